"""holdout219: ten blind, ORDINARY draft contracts (five Chinese, five English) and their hand-made labels.

Written only from /work/shared/spec/policy.md and API.md; no project code was read or run. This script:
- writes every contract of this folder from the sources below: .md / .txt directly, .docx / .pdf through
  ../word_pdf.py (write(..., wrap_words=True); the .docx keep the price table as a real Word table);
- asserts every price and payment sum;
- re-applies policy §3 / §4 to the planned labels and asserts the result equals the planned findings and risk;
- writes the .json labels (json.dumps(..., ensure_ascii=False, indent=1), no trailing newline);
- reads every built file back (python-docx paragraphs + tables, pypdf), checks the text length, that each labelled
  figure appears in the text, and that no figure sits on a policy threshold (the regexes are self-tested first).
Run with /work/main/.venv/bin/python.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# Threshold regexes (policy §3 and §4). A match anywhere in a read-back text fails the build.
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per ?cent|percent)"
THRESHOLDS = {
    "availability 99.9 %": r"99\.90*(?!\d)|九十九点九(?![一二三四五六七八九])",
    "P1 response 4 h": (r"(?<![\d.])4(?:\.0+)?\s*(?:hours?\b|hrs?\b|h\b|-hour|business hours|working hours|小时|个小时|"
                        r"个工作小时)|\bfour[- ](?:business |working )?hours?\b|(?<![一二三四五六七八九十两])四个?(?:工作)?小时|"
                        r"(?<![\d.])240\s*(?:minutes|分钟)"),
    "LD 0.05 %/day": r"(?<![\d.])0\.050*" + PCT + r"|万分之五(?![十])|(?<![\d.])0\.50*\s*‰|千分之零点五",
    "liability cap 100 %": (r"(?<![\d.])100(?:\.0+)?" + PCT + r"|\bone hundred per ?cent|\bhundred percent|"
                            r"百分之一?百(?![零一二三四五六七八九十])"),
    "prepayment 30 %": r"(?<![\d.])30(?:\.0+)?" + PCT + r"|\bthirty per ?cent|百分之三十(?![一二三四五六七八九点])|三成",
    "warranty 12 months": (r"(?<![\d.])12\s*(?:months?\b|-month|个月)|\btwelve[- ]months?\b|十二个月|一年|"
                           r"\bone[- ]year\b|(?<![\d.])1[- ]year\b"),
    "post-warranty fee 15 %": r"(?<![\d.])15(?:\.0+)?" + PCT + r"|\bfifteen per ?cent|百分之十五(?![点])",
    "TCO share 40 %": r"(?<![\d.])40(?:\.0+)?" + PCT + r"|\bforty per ?cent|百分之四十(?![一二三四五六七八九点])|四成",
    "TCO horizon 5 years": (r"(?<![\d.])5\s*(?:years?\b|-year|年(?!\d))|\bfive[- ]years?\b|(?<![十])五年|"
                            r"(?<![\d.])60\s*(?:months?\b|-month|个月)|\bsixty months\b|六十个月"),
}
THRESHOLD_RES = {k: re.compile(v, re.I) for k, v in THRESHOLDS.items()}

MUST_MATCH = {
    "availability 99.9 %": ["99.9%", "99.9 %", "availability of 99.9", "九十九点九"],
    "P1 response 4 h": ["4 hours", "4小时", "四小时", "四个小时", "four hours", "4-hour", "240 minutes", "4 business hours",
                        "4h"],
    "LD 0.05 %/day": ["0.05%", "0.05 per cent", "万分之五", "0.5‰", "0.050%"],
    "liability cap 100 %": ["100%", "100 per cent", "百分之百", "百分之一百", "one hundred per cent"],
    "prepayment 30 %": ["30%", "30 %", "thirty per cent", "百分之三十", "三成"],
    "warranty 12 months": ["12 months", "12-month", "12个月", "十二个月", "一年", "one year", "one-year", "twelve months"],
    "post-warranty fee 15 %": ["15%", "fifteen per cent", "百分之十五", "15 per cent"],
    "TCO share 40 %": ["40%", "forty per cent", "百分之四十", "四成"],
    "TCO horizon 5 years": ["5 years", "five years", "五年", "60 months", "60个月", "5年", "five-year"],
}
MUST_NOT_MATCH = ["99.95%", "99.99%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.5 hours", "0.055%",
                  "10.05%", "0.5%", "万分之五十", "150%", "百分之一百五十", "1100%", "300%", "35%", "百分之三十五", "3.30%",
                  "112 months", "2026年12月31日", "36个月", "二十四个月", "115%", "25%", "140%", "百分之四十五", "2025年",
                  "15 days", "15个工作日", "4 weeks", "四周", "45 minutes", "5 days", "48 hours", "4名", "区控点4个",
                  "once a year", "2026年4月1日", "8年", "0.08%", "5%", "60 days", "60日", "30 days", "30日", "40 stations",
                  "七年", "10%", "20%", "22%", "45%", "55%", "1.5 hours", "4 depths", "400 per day"]


def self_test():
    for key, samples in MUST_MATCH.items():
        for s in samples:
            assert THRESHOLD_RES[key].search(s), (key, s)
    for s in MUST_NOT_MATCH:
        hits = [k for k, rx in THRESHOLD_RES.items() if rx.search(s)]
        assert not hits, (s, hits)


def threshold_hits(text):
    """Search the text as read back and, to catch figures split over PDF lines, once more with the line breaks
    removed (Chinese) / collapsed to one space (English)."""
    variants = [text, re.sub(r"\s*\n\s*", "", text), re.sub(r"\s+", " ", text)]
    hits = []
    for key, rx in THRESHOLD_RES.items():
        for v in variants:
            m = rx.search(v)
            if m:
                hits.append((key, v[max(0, m.start() - 25):m.end() + 25]))
                break
    return hits


# ---------------------------------------------------------------------------------------------------------------
# Reading the built files back
# ---------------------------------------------------------------------------------------------------------------
def read_back(path: Path) -> str:
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def text_length(text, lang):
    """zh: characters other than whitespace and the Markdown symbols | # * >; en: words = whitespace-separated tokens
    that contain a letter or a digit (so Markdown table bars and dashes are not words)."""
    if lang == "zh":
        return len(re.sub(r"[\s|#*>]", "", text))
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def normalise(text, lang):
    return re.sub(r"\s", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)


# ---------------------------------------------------------------------------------------------------------------
# Policy §3 / §4 re-applied to my own labels
# ---------------------------------------------------------------------------------------------------------------
SEVERITY = {
    "CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
    "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
    "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
    "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
    "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
    "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium",
}
LIMITS = {"availability": 99.9, "p1_hours": 4, "ld_day_pct": 0.05, "cap_pct": 100, "prepay_pct": 30,
          "warranty_months": 12, "fee_pct": 15, "tco_share_pct": 40, "horizon_years": 5}


def tco(plan):
    """Policy §4: horizon 5 years from acceptance; purchase price + implementation = the contract value; post-warranty
    fee for every year after the warranty ends (partial year pro rata); fee base = itemised licence/hardware price."""
    t, x = plan["terms"], plan["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, LIMITS["horizon_years"] - t["warranty_months"] / 12)
    fees = post_years * plan["fee_base"] * t["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + fees
    return {"post_years": post_years, "fees": fees, "tco": total, "share_pct": fees / total * 100}


def apply_policy(plan):
    t, x = plan["terms"], plan["extra"]
    f = set()
    if not x["sla_clause"]:
        f.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < LIMITS["availability"]:
        f.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > LIMITS["p1_hours"]:
        f.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        f.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        f.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        f.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        f.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        f.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        f.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LIMITS["ld_day_pct"]:
        f.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < LIMITS["cap_pct"]:
        f.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > LIMITS["prepay_pct"]:
        f.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        f.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < LIMITS["warranty_months"]:
            f.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > LIMITS["fee_pct"]:
            f.add("CR-POST-WARRANTY-FEE")
        calc = tco(plan)
        if calc is not None and calc["share_pct"] > LIMITS["tco_share_pct"]:
            f.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        f.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        f.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        f.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or plan["forum_outside_mainland"]:
        f.add("CR-GOVERNING-LAW")
    return sorted(f)


def risk_level(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def not_on_threshold(plan):
    """No computed figure may sit exactly on a threshold either."""
    t = plan["terms"]
    pairs = [("availability_pct", LIMITS["availability"]), ("p1_response_hours", LIMITS["p1_hours"]),
             ("ld_rate_per_day_pct", LIMITS["ld_day_pct"]), ("liability_cap_pct", LIMITS["cap_pct"]),
             ("prepayment_pct", LIMITS["prepay_pct"]), ("warranty_months", LIMITS["warranty_months"]),
             ("post_warranty_fee_pct", LIMITS["fee_pct"])]
    for key, limit in pairs:
        if t[key] is not None:
            assert abs(t[key] - limit) > 1e-9, (plan["file"], key, t[key])
    calc = tco(plan)
    if calc is not None:
        assert abs(calc["share_pct"] - LIMITS["tco_share_pct"]) > 1e-9, (plan["file"], calc)
    if t["warranty_months"] is not None:
        assert t["warranty_months"] != 12 * LIMITS["horizon_years"], plan["file"]


# ---------------------------------------------------------------------------------------------------------------
# h219z01 — 市交通运输局 出租汽车和网约车监管服务平台, 政府采购 公开招标, buyer's paper (.docx, 第X条 / X.Y)
# ---------------------------------------------------------------------------------------------------------------
H219Z01 = """
T:澄州市出租汽车和网络预约出租汽车监管服务平台建设项目政府采购合同
P:合同编号：CZJT-ZC-2026-031　　采购项目编号：CZCG2026-GK-0417
P:采购方式：公开招标
P:甲方（采购人）：澄州市交通运输局　　住所：澄州市滨河东路88号
P:乙方（中标供应商）：澄州数联交通科技有限公司　　住所：澄州市高新区云栖路16号
P:鉴于甲方就本项目依法组织公开招标，乙方经评标委员会评审被确定为中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以招标文件、乙方投标文件和中标通知书为基础，经协商一致订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设本市出租汽车和网络预约出租汽车监管服务平台（以下简称“平台”），内容包括：基础平台软件许可、网约车监管数据交换模块许可、信用考核与投诉联动子系统定制开发、与部级和省级网约车监管信息交互平台的数据对接、视频智能分析服务器供货、部署实施、历史数据迁移和培训。
P:1.2 平台接入本市巡游出租汽车约6,200辆和在本市取得经营许可的网约车平台公司14家，汇集车辆定位、营运订单、计价器营收、驾驶员从业资格和乘客投诉数据，用于行业监管、信用考核和执法稽查。
P:1.3 招标文件、投标文件、中标通知书和本合同附件均为本合同的组成部分；各文件内容不一致的，以本合同正文为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾陆万元整（¥2,460,000），为固定总价，已包含设备、软件、税费、运输、安装、调试、培训以及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|出租汽车监管基础平台软件许可（永久）|1套|860,000
TB:2|网约车监管数据交换模块许可（永久）|1套|318,000
TB:3|信用考核与投诉联动子系统定制开发|1项|426,000
TB:4|部级及省级平台数据对接接口开发|1项|274,000
TB:5|视频智能分析服务器（含GPU卡）|2台|387,000
TB:6|部署实施与历史数据迁移|1项|158,000
TB:7|培训|1项|37,000
TB:合计|||2,460,000
P:2.2 上表第1、2、5项合计人民币1,565,000元，为本合同的软件许可及硬件价款，作为第七条运维服务费的计算基数。
H:第三条 付款
P:3.1 合同签订后，甲方在收到乙方开具的合法发票后10个工作日内支付合同总价的20%，计人民币492,000元，作为预付款。
P:3.2 平台通过初步验收后，甲方在收到发票后10个工作日内支付合同总价的45%，计人民币1,107,000元。
P:3.3 平台通过最终验收后，甲方在收到发票后10个工作日内支付合同总价的35%，计人民币861,000元。
P:3.4 甲方通过财政国库集中支付方式付款。乙方收款账户变更的，应提前书面通知甲方，否则由此产生的风险由乙方承担。
H:第四条 交付与进度
P:4.1 服务器应在合同签订后30日内运抵甲方指定机房；乙方应在合同签订后90日内完成部署、数据迁移和数据对接，并书面申请初步验收。
P:4.2 乙方派驻项目经理一名和实施工程师不少于六名常驻甲方现场；未经甲方书面同意，乙方不得更换项目经理。
P:4.3 甲方负责提供机房环境、网络接入和政务云资源，并协调网约车平台公司按规范报送数据。
H:第五条 验收
P:5.1 初步验收条件：（一）招标文件技术需求所列功能点全部实现并经甲方逐项确认；（二）与部级、省级平台的数据对接连续运行10日，报文格式校验全部通过；（三）在2,000个并发用户条件下，常用查询页面响应时间不超过3秒；（四）第三方安全测评机构出具的测评报告中无高风险问题。
P:5.2 初步验收合格后进入试运行，试运行期为60日。试运行期内未发生一级故障、迁移数据与原系统逐条核对一致、培训完成且文档和源代码移交齐全的，由甲方组织最终验收，并邀请行业专家参加，验收结论以书面形式出具。
P:5.3 平台上线、试运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内完成整改并重新申请验收，整改费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台年度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:6.2 故障分级与响应：一级故障（平台整体不可用或与部级平台的数据对接中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能不可用）应在1小时内响应，24小时内解决；三级故障（操作咨询或界面问题）在下一个工作日内处理完毕。
P:6.3 乙方未达到6.1或6.2要求的，可用率每低于承诺值0.01个百分点，扣减履约保证金或运维服务费人民币2,000元；一级故障每迟延响应或恢复1小时，扣减人民币1,000元。
H:第七条 质量保证与运维服务
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供缺陷修复、软件升级、硬件更换和7×24小时技术支持。
P:7.2 质保期满后，甲方可委托乙方提供运维服务。年度运维服务费不超过软件许可及硬件价款的8%，即每年不超过人民币125,200元；质保期满后的前两个年度按此价格执行，不得上调。运维服务须另行签订书面合同，不自动续期。
H:第八条 知识产权
P:8.1 基础平台软件和数据交换模块的知识产权归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的信用考核与投诉联动子系统、数据对接接口及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收前移交全部源代码。
P:8.3 乙方保证所提供的软件和设备不侵犯任何第三方的合法权利；发生侵权争议的，由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台汇集的车辆、订单、营收、驾驶员和乘客数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级的要求落实安全措施：个人信息加密存储、脱敏展示；运维操作通过甲方堡垒机进行并留存日志；不得将数据拷贝出甲方机房。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并立即采取处置措施；因乙方原因造成安全事件的，乙方承担全部法律责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、执法信息和未公开资料负有保密义务，未经甲方书面同意，不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请初步验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付的产品或服务不符合合同约定的，应负责更换或整改，并赔偿由此给甲方造成的损失。
H:第十二条 分包
P:12.1 乙方不得转包本项目。除投标文件中已载明并经甲方认可的综合布线工程外，乙方不得分包；确需分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方发生重大违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交澄州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方执四份，乙方执两份。
P:15.2 附件：1. 技术需求响应表；2. 功能点清单；3. 项目实施计划；4. 培训方案。
P:甲方（盖章）：澄州市交通运输局　　　　乙方（盖章）：澄州数联交通科技有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:日期：2026年4月　日　　　　　　　　　日期：2026年4月　日
"""


# ---------------------------------------------------------------------------------------------------------------
# h219z02 — 纸业公司 纸机在线纸病检测系统 with post-warranty 维保 (.pdf, 一、/（一）)
# ---------------------------------------------------------------------------------------------------------------
H219Z02 = """
T:纸机在线纸病检测系统采购合同
P:合同编号：JCZY-SB-2026-0612
P:买方（甲方）：江川纸业股份有限公司　　住所：江川市临港工业园纸业大道1号
P:卖方（乙方）：明睿视觉检测技术有限公司　　住所：江川市经济开发区创新路58号
P:甲方为其3号纸机（文化用纸，设计车速1,200米/分钟，净纸幅5,600毫米）采购在线纸病检测系统及相关服务。经询价比选，双方就下列条款达成一致。
H:一、合同标的及价格
P:（一）乙方提供在线纸病检测系统一套，包括线阵相机、光源、相机横梁及防尘冷却箱、图像处理服务器和纸病检测及分类软件，并负责安装调试、与甲方DCS和QCS系统的接口开发以及操作和维护培训。
P:（二）价格明细如下（单位：元）：
TB:序号|名称|数量|单价|金额
TB:1|高速线阵相机（8K）|16台|46,500|744,000
TB:2|LED透射及反射光源|8套|28,750|230,000
TB:3|相机横梁及防尘冷却箱|1套|168,000|168,000
TB:4|图像处理服务器|3台|72,000|216,000
TB:5|纸病检测及分类软件许可（永久）|1套|396,000|396,000
TB:|硬件及软件许可小计|||1,754,000
TB:6|安装调试及DCS/QCS接口开发|1项|134,000|134,000
TB:7|培训|1项|22,000|22,000
TB:|合同总价|||1,910,000
P:（三）合同总价为人民币1,910,000元（大写：壹佰玖拾壹万元整），其中硬件及软件许可小计为人民币1,754,000元。价格含税、运输、保险和安装调试费用。
H:二、主要技术要求
P:（一）检测宽度覆盖全部净纸幅，横向分辨率不低于0.35毫米，纵向分辨率在设计车速下不低于0.5毫米。
P:（二）系统能够识别孔洞、尘埃、条痕、褶子、斑点、边裂和浆块等缺陷，并按尺寸、形状和灰度自动分类；分类规则可由甲方工艺人员自行调整。
P:（三）缺陷数据按纸卷实时生成报告，并与甲方卷取及复卷系统联动，复卷时可自动停机定位缺陷。
P:（四）相机冷却箱应适应纸机湿部附近的高温高湿环境，配备压缩空气吹扫装置，防护等级不低于IP65。
P:（五）软件界面和报表为中文，支持甲方按班组、纸种和时间段统计缺陷。
H:三、付款
P:（一）合同生效后7日内，甲方支付合同总价的10%，计人民币191,000元，作为预付款。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的25%，计人民币477,500元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统终验合格后，甲方支付合同总价的60%，计人民币1,146,000元。
P:（四）其余5%，计人民币95,500元，作为质量保证金，在质保期满且无未决质量问题后支付。
H:四、交货与安装
P:（一）乙方应在合同生效后75日内将全部设备运至甲方3号纸机现场，并在甲方安排的停机检修窗口内完成安装。
P:（二）甲方提供停机窗口、吊装条件和电源；乙方人员进入车间应遵守甲方安全生产管理规定，并自行承担其人员的安全责任。
P:（三）设备的所有权和毁损、灭失风险自甲方到货签收时转移至甲方；乙方应随货提供装箱单、合格证、原产地证明和使用说明书。乙方保证所供设备为全新、未使用过的原厂合格产品。
P:（四）乙方应对甲方操作人员和维修人员进行现场培训，培训时间不少于3天，使受训人员能够独立完成日常操作、分类规则调整和一般故障处理。
H:五、验收
P:（一）离线测试：安装调试完成后，双方使用甲方提供的200张标准缺陷样张进行测试，漏检不超过2张，孔洞、尘埃、条痕、褶子等缺陷的分类与样张标注一致的不少于190张。
P:（二）在线测试：在车速不低于1,100米/分钟的条件下连续运行15日，系统能够检出直径0.3毫米以上的孔洞和1毫米以上的尘埃点，缺陷图片与纸卷编号、横向位置准确对应，断纸前后的图像记录完整。
P:（三）上述测试全部通过后，双方签署终验证书。设备安装、通电或甲方开始使用，均不视为终验合格。测试未通过的，乙方应在10日内整改后重新测试。
H:六、质保及维保
P:（一）质保期为六个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:（二）质保期满后，乙方提供年度维保服务，内容包括相机和光源检修、软件升级、备件更换及定期标定。年度维保费按硬件及软件许可小计的22%计收，即每年人民币385,880元，自质保期满之日起八年内保持不变。
P:（三）维保服务按年度另行签订合同，不自动续期。
H:七、服务响应
P:（一）一级故障（检测系统整体停止工作或全部相机无图像）：乙方应在1小时内远程响应，8小时内派工程师到达现场。
P:（二）二级故障（部分相机或个别功能异常）：乙方应在2小时内远程响应，48小时内到场处理。
P:（三）乙方到场每迟延1小时，向甲方支付人民币800元；质保期内同一部件故障三次以上的，乙方应更换同型号新件。
P:（四）乙方应在江川市或邻近城市设立服务网点，并储备常用备件。
H:八、数据与信息安全
P:（一）检测系统产生的纸病图像、缺陷统计和生产工艺数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方批准，并通过甲方提供的VPN账号进行，操作全程记录；乙方不得从甲方系统下载或复制生产数据。
P:（三）乙方发现数据泄露、病毒感染等安全事件的，应在24小时内通知甲方并协助处置；因乙方原因造成的，由乙方承担赔偿责任。
H:九、保密
P:双方对在合同签订和履行过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露；本条在合同终止后三年内持续有效。
H:十、知识产权
P:（一）检测软件的著作权归乙方所有，乙方授予甲方在3号纸机上永久使用的许可。
P:（二）为甲方开发的DCS/QCS接口程序以及使用甲方样张训练的纸病分类模型归甲方所有，甲方可以自行修改或交由第三方维护，乙方应交付接口源代码和模型文件。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意、重大过失或违反第八条造成的损失除外。
P:（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:（四）乙方交付的设备存在质量问题的，除按本合同约定维修或更换外，还应赔偿甲方因此发生的断纸、停机等直接损失。
H:十二、分包
P:乙方不得将本合同项下的安装或开发工作分包给第三方，但经甲方事先书面同意的除外。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后10日内未能纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十四、不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内书面通知对方，并在15日内提供有关证明；双方根据不可抗力的影响部分或者全部免除责任，但迟延履行后发生不可抗力的除外。
H:十五、法律适用及争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议。附件：技术规格书、验收测试方案、备件清单。
P:甲方：江川纸业股份有限公司（盖章）　　乙方：明睿视觉检测技术有限公司（盖章）
P:代表签字：　　　　　　　　　　　　　　代表签字：
P:日期：2026年6月　日　　　　　　　　　日期：2026年6月　日
"""


# ---------------------------------------------------------------------------------------------------------------
# h219z03 — 健身连锁 (40 clubs) 会员管理及课程预约 SaaS + 实施 (.md, 第X条 with （1）items)
# ---------------------------------------------------------------------------------------------------------------
H219Z03 = """# 健身门店会员管理及课程预约系统（SaaS）订阅服务合同

合同编号：DY-IT-2026-019

- 甲方（客户）：上海动域健身管理有限公司，住所：上海市徐汇区漕溪北路 331 号
- 乙方（服务商）：约课云（杭州）科技有限公司，住所：杭州市余杭区文一西路 998 号

甲方在上海、苏州、杭州经营“动域”连锁健身俱乐部共 40 家。为统一管理会员、私教和团课预约，甲方选定乙方的“约课云”SaaS 系统。双方经友好协商，订立本合同。

### 第一条 服务内容

（1）订阅服务：乙方通过互联网向甲方提供约课云系统的使用权，功能包括会员档案、储值卡与次卡管理、私教和团课预约、闸机及人脸签到、微信小程序、教练排班与课时结算、总部经营驾驶舱和报表。

（2）实施服务：将甲方原系统中约 186,000 名会员的档案和有效卡项迁移至约课云；完成 40 家门店闸机和人脸签到设备的对接；按甲方品牌规范配置小程序页面；开发与甲方财务系统的收款对账接口；培训门店店长、前台和教练。

（3）运营支持：乙方提供 7×24 小时故障热线和在线工单，指定专属客户成功经理一名，每季度向甲方提交服务报告，内容包括可用率、故障处理和功能使用情况。

### 第二条 服务期限

服务期为三年，自 2026 年 6 月 1 日（计费起始日）起至 2029 年 5 月 31 日止。计费起始日前的实施和试运行期间不收取订阅费。续期按第九条执行。

### 第三条 费用与支付

（1）费用明细：

| 项目 | 计费方式 | 单价（元） | 数量 | 金额（元） |
|---|---|---|---|---|
| 门店订阅费 | 每店每月 | 1,180 | 40 店 × 36 个月 | 1,699,200 |
| 总部管理端及经营驾驶舱 | 每月 | 6,800 | 36 个月 | 244,800 |
| 实施服务费 | 一次性 | 186,000 | 1 项 | 186,000 |
| 合计 | | | | 2,130,000 |

（2）合同总金额为人民币 2,130,000 元（大写：贰佰壹拾叁万元整），其中订阅费 1,944,000 元，实施服务费 186,000 元。

（3）订阅费按季度结算：每个季度结束后 10 个工作日内，甲方支付该季度的订阅费人民币 162,000 元（扣除第五条约定的服务抵扣后支付）。

（4）实施服务费在上线验收合格后 15 个工作日内一次性支付。本合同不设预付款。

（5）乙方应在甲方付款前开具合法有效的增值税专用发票。

（6）服务期内订阅单价不作调整。甲方新开门店的，新门店按每店每月 1,180 元计费，按实际开通月数计算。

### 第四条 上线与验收

（1）乙方应于 2026 年 5 月 20 日前完成实施工作，并书面申请上线验收。

（2）上线验收标准：
1. 迁移后的会员档案、卡项余额和剩余课时与甲方原系统逐条核对一致；
2. 40 家门店的闸机和人脸签到设备联调通过；
3. 在 3,000 个并发预约请求下，预约提交的响应时间不超过 2 秒；
4. 收款对账接口连续 7 日与甲方财务系统对账无差异；
5. 储值卡退费、转卡等特殊业务按甲方规则配置并测试通过；
6. 试运行 14 日内未发生一级故障。

（3）全部标准达到后，双方签署上线验收单。系统上线试运行、甲方使用系统或支付订阅费，均不视为验收合格。验收未通过的，乙方应在 7 日内整改并重新申请验收。

（4）甲方应指定项目联系人，按时提供原系统数据导出文件、门店设备清单和品牌规范，组织门店人员参加培训，并对其账号的使用负责。

### 第五条 服务水平

（1）系统月度可用率不低于 99.5%。月度可用率 =（当月总分钟数 − 不可用分钟数）÷ 当月总分钟数；经甲方书面同意、在凌晨 2:00 至 5:00 进行的计划维护不计入不可用时间。

（2）故障分级与响应：
- 一级故障（多家门店无法签到、无法预约或无法收款）：30 分钟内响应，2 小时内恢复；
- 二级故障（单店或部分功能异常）：2 小时内响应，8 小时内恢复；
- 三级故障（咨询及一般问题）：下一个工作日内答复。

（3）服务抵扣：月度可用率低于 99.5% 但不低于 99% 的，抵扣当月订阅费的 5%；低于 99% 的，抵扣当月订阅费的 10%；一级故障恢复时间每超过 1 小时，另抵扣人民币 500 元。

### 第六条 数据与个人信息保护

（1）会员数据（包括姓名、手机号、人脸特征、体测数据和消费记录）均归甲方所有。乙方作为受托处理者，仅按甲方指示、为提供本合同服务处理会员数据，不得用于其他任何目的。

（2）乙方应将数据存储于中国境内的数据中心，系统须通过网络安全等级保护第三级测评；人脸特征值应加密存储，员工访问实行最小授权并全程留痕；数据每日备份，备份保存不少于 30 日，并每季度进行一次恢复演练。

（3）发生个人信息泄露、篡改或丢失的，乙方应在 24 小时内通知甲方，配合甲方向主管部门报告和通知会员，并承担因其原因造成的全部损失，包括甲方向会员支付的赔偿。

（4）合同终止后 30 日内，乙方应将全部数据以甲方可读取的格式返还甲方，并删除全部副本，出具删除证明。

（5）乙方应每年委托第三方对系统进行渗透测试，并将测试结论提供给甲方；甲方有权在提前 5 个工作日通知后检查乙方的数据安全措施。

### 第七条 保密

双方对在合作中知悉的对方商业秘密、会员信息、价格和经营数据负有保密义务，未经对方书面同意不得披露。乙方应与接触甲方数据的员工签订保密协议，员工离职不影响其保密义务。本条在合同终止后三年内有效。

### 第八条 知识产权

约课云系统及其升级版本的知识产权归乙方所有。为甲方定制的小程序页面、品牌素材、报表模板和收款对账接口归甲方所有，甲方可自由使用、修改，或交由第三方继续开发。乙方保证约课云系统不侵犯第三方知识产权，因此产生的纠纷由乙方负责处理并承担费用。

### 第九条 续期与价格调整

服务期届满前 60 日内，任何一方均未书面提出不续约的，本合同自动续展二十四个月，此后亦同。续展期内，乙方有权按其届时的标准价目表上调订阅单价，每次上调幅度不超过 9%，并应提前 30 日书面通知甲方。

### 第十条 违约责任

（1）乙方未能在第四条约定日期前通过上线验收的，每逾期一日，按合同总金额的万分之六向甲方支付违约金。

（2）乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但因个人信息泄露给甲方造成的损失不受此限。

### 第十一条 分包

乙方不得将实施服务分包。乙方使用的云基础设施服务商以附件二所列并经甲方签字确认者为限；更换或新增任何分包方或受托处理者，须事先取得甲方书面同意。

### 第十二条 合同解除

乙方发生重大违约，包括连续两个月月度可用率低于 99% 或发生重大数据安全事件，经甲方书面催告后 15 日内仍未纠正的，甲方有权书面通知解除合同，双方按实际服务期间结算费用。合同终止或解除时，乙方应配合甲方将数据迁移至甲方指定的系统，并提供不少于 60 日的过渡期支持。

### 第十三条 不可抗力

因地震、台风、疫情防控措施或基础电信网络大面积中断等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，相应期间的服务中断不计入第五条的不可用时间，双方按影响程度免除相应责任。

### 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

### 第十五条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同未尽事宜，双方可签订补充协议。附件一：功能清单；附件二：云基础设施服务商及数据存储地点。

甲方（盖章）：上海动域健身管理有限公司　　　　乙方（盖章）：约课云（杭州）科技有限公司

日期：2026 年 5 月　日　　　　　　　　　　　　　日期：2026 年 5 月　日
"""


# ---------------------------------------------------------------------------------------------------------------
# h219z04 — 区生态环境局 空气质量自动监测站 年度运维, 政府采购 竞争性谈判 (.txt, 1 / 1.1)
# ---------------------------------------------------------------------------------------------------------------
H219Z04 = """青澜区环境空气质量自动监测站点运行维护服务合同

项目编号：QLHB-2026-TP-008
采购方式：竞争性谈判

甲方（采购人）：青澜区生态环境局
地址：青澜区环湖中路200号

乙方（成交供应商）：清源环境监测运营有限公司
地址：青澜区科技园南区12栋

根据竞争性谈判文件、乙方的响应文件和成交通知书，甲乙双方按照《中华人民共和国民法典》和《中华人民共和国政府采购法》的规定，就环境空气质量自动监测站点运行维护服务订立本合同。

1 服务范围

1.1 运维对象：区内环境空气质量自动监测标准站9个（国控点2个、省控点3个、区控点4个）和颗粒物微型监测站48个，包括站房、采样系统，SO2、NO2、CO、O3、PM10、PM2.5分析仪，数据采集传输设备，以及空调、UPS、防雷等辅助设施。

1.2 服务内容：日常巡检、维护保养、故障维修、质控校准（零点检查、跨度检查、多点校准和精密度检查）、标准物质和易耗件供应、数据审核、异常数据标记、运维台账以及月度和年度运维报告。

1.3 服务期：2026年4月1日至2027年3月31日。服务期满合同自然终止，不自动续期；甲方如需继续采购，依法另行组织。

1.4 乙方提供服务应执行《环境空气气态污染物（SO2、NO2、O3、CO）连续自动监测系统安装验收技术规范》（HJ 193）、《环境空气颗粒物（PM10和PM2.5）连续自动监测系统技术要求及检测方法》（HJ 653）、本合同第5.2条所列技术规范以及国家和省有关自动监测运维管理的规定；规范更新的，按新规范执行。

2 合同价款

2.1 本合同总价为人民币1,208,000元（大写：壹佰贰拾万零捌仟元整），明细如下：
  （1）标准站运维：9站 × 86,000元 = 774,000元
  （2）微型站运维：48站 × 5,250元 = 252,000元
  （3）质控比对及标准物质：118,000元
  （4）数据审核与报告编制：64,000元
  合计：1,208,000元

2.2 合同价款为固定总价，包含人工、交通、备品备件、标准物质、易耗件、通讯流量和税费，甲方不再支付其他费用。乙方报价已考虑站点分散、夜间和节假日应急值守等因素，服务期内不因人工或物价变动调整合同价款。

3 付款

3.1 本合同不设预付款。

3.2 服务费按季度支付，每季度人民币302,000元。每季度结束后，甲方根据第6条考核结果，在收到乙方发票后15个工作日内支付扣除考核扣款后的余额。

4 进场接管

4.1 乙方应在合同签订后10日内完成站点交接：会同甲方和上一运维单位清点设备、核对仪器状态和历史数据，三方签署交接清单。交接清单经甲方确认，作为本合同服务的起始验收依据。

4.2 甲方向乙方移交站房钥匙、数据平台运维账号和设备技术资料；乙方应妥善保管，合同终止时如数归还。

4.3 乙方逾期完成接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

5 服务要求与响应

5.1 乙方应在本区设立运维站，配备持证运维人员不少于8名、运维车辆不少于3辆；每个标准站每周至少巡检一次，微型站每月至少巡检两次，巡检记录当日上传运维管理平台。

5.2 数据有效率、质控合格率等指标应符合《环境空气气态污染物（SO2、NO2、O3、CO）连续自动监测系统运行和质控技术规范》（HJ 818）和《环境空气颗粒物（PM10和PM2.5）连续自动监测系统运行和质控技术规范》（HJ 817）的规定。

5.3 故障分级与响应：
  一级故障（站房断电、整站停机或数据传输中断）：乙方应在6小时内响应并派人到站，24小时内恢复数据采集；
  二级故障（单台分析仪故障或数据异常）：乙方应在12小时内到站，48小时内修复；
  三级故障（辅助设施异常）：乙方应在48小时内处理完毕。

5.4 分析仪维修时间超过72小时的，乙方应安装经检定合格的备用仪器，保证监测不中断。

5.5 乙方应配合甲方和上级生态环境部门的质控检查、飞行检查和比对监测，如实提供运维记录。

5.6 乙方每月5日前提交上月运维报告，内容包括巡检和维护情况、故障处理、质控结果、数据有效率统计和下月工作计划；服务期满前提交年度运维总结。

5.7 遇重污染天气预警或重大活动空气质量保障等情形，乙方应按甲方要求增加巡检频次并安排人员驻站值守，不另行收费。

6 考核与扣款

6.1 甲方每季度对乙方进行考核，考核内容包括数据有效率、质控记录完整性、故障响应及到站时间和运维台账质量。考核结果经双方签字确认，作为支付当季服务费的依据。乙方应在每季度结束后5个工作日内提交当季运维报告和考核自评表。

6.2 一级故障每迟延到站1小时，扣款人民币500元；标准站单站当月数据有效率未达到第5.2条规定的，扣减当季服务费的2%；微型站超过48小时未恢复数据的，每站每次扣款人民币300元。

6.3 乙方伪造、篡改监测数据，或者干扰采样、指使他人伪造篡改数据的，甲方有权立即解除合同，并依法移送有关部门处理。

6.4 考核不合格的季度，乙方应提交整改报告，甲方在下一季度考核中重点核查整改落实情况。

7 数据安全

7.1 监测原始数据、审核数据、运维记录和报告均归甲方所有。乙方仅为履行本合同使用上述数据，不得删除或修改原始数据，不得向任何第三方提供，也不得用于其他用途。

7.2 乙方应对运维账号实行专人专用，数据采集传输设备的密码每季度更换；远程访问须经甲方批准并记录；不得在站点设备上安装与运维无关的软件或接入未经批准的网络设备。

7.3 发生数据丢失、被篡改、传输异常或网络安全事件的，乙方应在2小时内报告甲方；因乙方原因造成的，乙方负责恢复数据，承担相应的法律责任并赔偿甲方损失。

7.4 合同终止时，乙方应移交全部运维账号和数据资料，并删除其保存的监测数据副本。

8 成果归属

运维台账、质控记录、校准报告、月度和年度报告以及乙方为本项目编制的站点运维规程，其著作权和其他权利均归甲方所有，甲方可自由使用和修改。

9 分包

乙方不得转包本项目。标准物质检定或分析仪返厂维修确需委托第三方的，应事先取得甲方书面同意，乙方对第三方的工作承担全部责任。运维人员应为乙方的正式员工并持有相应上岗证书，人员变动应提前7日报甲方备案。

10 违约与解除

10.1 乙方未按合同约定提供服务的，甲方有权要求其限期改正。连续两个季度考核不合格，或发生第6.3条情形的，甲方有权书面通知乙方解除合同，并要求乙方赔偿损失。

10.2 乙方不能按时提供服务或者服务质量不合格的，甲方可以委托第三方完成相关工作，费用从应付乙方的服务费中扣除。

10.3 因地震、台风、洪水等不可抗力造成站点损毁或数据中断的，乙方应及时报告并采取措施减少损失，双方按影响程度免除相应责任。

10.4 甲方逾期支付服务费的，按逾期金额每日万分之二向乙方支付违约金。

11 法律适用与争议解决

本合同适用中华人民共和国法律。履行中发生争议，双方协商解决；协商不成的，向青澜区人民法院提起诉讼。

12 其他

12.1 本合同一式五份，甲方执三份，乙方执两份，自双方签字盖章之日起生效。
12.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
12.3 附件：站点清单、运维作业规范、季度考核细则。

甲方（盖章）：青澜区生态环境局            乙方（盖章）：清源环境监测运营有限公司
代表：                                    代表：
日期：2026年3月  日                       日期：2026年3月  日
"""


# ---------------------------------------------------------------------------------------------------------------
# h219z05 — 酱油 maker's LIMS licence + custom development on the supplier's own template (.md, 第X条 / X.Y, 【】)
# ---------------------------------------------------------------------------------------------------------------
H219Z05 = """# 谱联 LIMS 实验室信息管理系统软件许可及实施合同

**谱联标准合同文本 V4.0（2025 版）**

合同编号：【PL-2026-0358】

甲方（用户）：【海禾酿造食品股份有限公司】
住所：【佛山市高明区沧江工业园海禾路 8 号】

乙方（许可方）：谱联实验室信息技术有限公司
住所：广州市天河区科韵路 16 号软件园 B 座 7 层

> 本合同为乙方标准文本。【】内为需填写的内容；双方对条款的修改应以补充协议形式另行约定。

甲方为酿造酱油、蚝油和调味汁的生产企业，拟建设覆盖原料验收、发酵过程、半成品和成品检验的实验室信息管理系统。甲方经比选确定采购乙方的谱联 LIMS 软件及实施服务，双方达成如下约定：

## 第一条 定义

1.1 “许可软件”：指谱联 LIMS 平台 V6 及仪器数据采集模块，包括其目标代码、用户手册以及乙方在免费维护期内提供的补丁。

1.2 “定制开发”：指乙方根据甲方需求开发的发酵过程检测流程、批次放行流程，依据 GB 2717 和 GB/T 18186 编制的酱油产品检验方案模板，以及与甲方 ERP、MES 系统的数据接口。

1.3 “上线”：指许可软件及定制开发功能部署至甲方服务器，并开放给甲方用户登录使用。

1.4 “定制开发成果”：指乙方履行定制开发所形成的全部软件、文档和配置。

1.5 “工作日”：指中华人民共和国法定工作日；“一级故障”指导致系统整体不可用或核心检验数据无法保存的故障。

## 第二条 许可与价款

2.1 乙方授予甲方非独占、不可转让的永久许可，供甲方在其【佛山】工厂内使用，并发用户数不超过 50 个。

2.2 合同价款明细：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 谱联 LIMS 平台 V6 永久许可（50 并发用户） | 620,000 |
| 2 | 仪器数据采集模块许可（液相色谱、自动电位滴定仪、近红外分析仪等） | 148,000 |
| 3 | 定制开发（发酵过程检测、批次放行、检验方案模板、ERP/MES 接口） | 472,000 |
| 4 | 实施与基础数据初始化 | 96,000 |
| 5 | 用户培训 | 24,000 |
| | 合计 | 1,360,000 |

2.3 合同总价为人民币 1,360,000 元（大写：壹佰叁拾陆万元整），含增值税。甲方增加并发用户或模块的，按乙方当时的价格另行购买。

2.4 许可软件不得用于向第三方提供检测服务，不得转让或出租；甲方关联公司使用许可软件的，须另行购买许可。

## 第三条 付款

3.1 合同签订后 5 个工作日内，甲方支付合同总价的 55%，即人民币 748,000 元。

3.2 系统上线后 5 个工作日内，甲方支付合同总价的 35%，即人民币 476,000 元。

3.3 系统上线满 90 日后 5 个工作日内，甲方支付剩余的 10%，即人民币 136,000 元。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停实施和技术支持，由此造成的延误由甲方承担。

3.5 乙方在收到每期款项后 10 个工作日内向甲方开具增值税专用发票。

## 第四条 实施与交付

4.1 乙方在收到首期款后 120 日内完成部署及定制开发，并安排上线。

4.2 甲方应提供符合乙方要求的服务器、数据库和网络环境，提供检验标准、样品信息和历史数据，并指定熟悉业务的人员配合。

4.3 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的 3%。因甲方需求变更、未及时提供环境或资料造成的延误，不视为乙方逾期。

4.4 乙方为甲方提供管理员培训 2 次、最终用户培训 4 次，每次不超过 20 人；超出部分按乙方标准另行收费。乙方人员在甲方现场工作期间，应遵守甲方的食品安全和车间卫生管理制度。

4.5 实施过程中甲方需求变更的，乙方有权调整实施计划并另行收取费用。

## 第五条 验收

5.1 系统上线运行，即视为甲方验收合格。

5.2 甲方在上线后 7 日内未以书面形式提出异议的，视为甲方认可乙方交付的全部软件、定制开发成果和服务。

5.3 甲方在上线后提出的问题，由乙方在免费维护期内按第六条处理。

## 第六条 免费维护

6.1 乙方自上线之日起向甲方提供六个月的免费维护，内容包括缺陷修复和远程技术支持，不包括需求变更和新增功能。

6.2 故障响应：一级故障（系统无法登录或检验数据无法保存）乙方在工作日 8 小时内响应；二级及以下故障在 3 个工作日内响应。

6.3 乙方将尽力在合理时间内排除故障，但不承担因响应或修复延迟导致的任何扣款、赔偿或违约责任。

6.4 下列情形不属于免费维护范围：甲方或第三方修改系统，甲方服务器、数据库或网络故障，计算机病毒，不可抗力，以及甲方未按用户手册操作造成的问题。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方另行签订年度维护合同，维护费用按乙方当年度公布的服务价格标准执行。

7.2 甲方未签订年度维护合同的，乙方不再提供补丁、升级和技术支持；甲方日后恢复维护的，应补缴中断期间的维护费用。

7.3 乙方有权根据产品生命周期停止对旧版本的维护，甲方应按乙方要求升级至受支持的版本。

## 第八条 知识产权

8.1 许可软件的全部知识产权归乙方所有。

8.2 定制开发成果（包括但不限于源代码、流程配置、检验方案模板、接口程序及相关文档）的知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，也不得向第三方提供。

8.3 乙方有权将定制开发成果用于其他客户的项目。

## 第九条 数据

9.1 甲方在 LIMS 中录入或产生的检验数据、原料和配方参数以及产品质量数据归甲方所有。

9.2 乙方对其实施和维护中接触的甲方数据采取访问控制、操作日志和加密传输等安全措施；发现数据泄露的，应在 24 小时内通知甲方；因乙方过错造成数据泄露的，乙方承担相应的赔偿责任。甲方应自行做好数据备份，因甲方未备份造成的数据损失，乙方不承担责任。

9.3 甲方同意，乙方可以在对甲方数据进行脱敏处理后，将其用于产品改进、算法训练和发布行业质量基准报告；该等使用无需另行取得甲方同意，乙方亦不向甲方支付任何费用。

## 第十条 保密

双方对在合同履行中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规要求披露的除外。乙方可以在宣传材料和客户名单中使用甲方的名称和标识。本条义务在合同终止后三年内有效。

## 第十一条 责任限制

11.1 任何一方均不对间接损失、利润损失或商誉损失承担责任。

11.2 乙方在本合同项下的累计赔偿责任总额不超过合同总价的 20%。

11.3 因甲方提供的资料不准确、操作不当或擅自修改系统造成的损失，由甲方自行承担。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后 30 日内仍未纠正的，守约方有权解除合同。

12.2 合同解除的，甲方已支付的许可费不予退还；乙方已完成的定制开发工作按实际工作量结算。

12.3 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，互不承担违约责任。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交广州仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件包括：需求规格说明书、实施计划、报价单。附件与本合同正文不一致的，以本合同正文为准。本合同的任何修改须经双方书面确认。

14.3 双方通过电子邮件发送的通知，自发出之日起视为送达。甲方联系人：【　　】；乙方联系人：【　　】。

甲方（盖章）：【　　　　　】　　　　乙方（盖章）：谱联实验室信息技术有限公司

签署日期：【　　年　　月　　日】
"""


# ---------------------------------------------------------------------------------------------------------------
# h219e01 — Jingdezhen porcelain maker: glaze-formulation software, perpetual licences (Spanish vendor on the
# Isla de San Simón) (.txt, numbered clauses, schedules)
# ---------------------------------------------------------------------------------------------------------------
H219E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT
Agreement No. ESM-CN-2026-014

THIS AGREEMENT is made on ____ 2026

BETWEEN:

(1) JINGDEZHEN QINGHUA PORCELAIN CO., LTD., a company incorporated in the People's Republic of China, with its
registered office at 9 Taoxi Road, Zhushan District, Jingdezhen, Jiangxi Province (the "Customer"); and

(2) ESMALTIA SOFTWARE S.L., a company incorporated in Spain, with its registered office at Edificio del Lazareto,
Isla de San Simón, 36800 Redondela (Pontevedra), Spain (the "Vendor").

BACKGROUND

(A) The Vendor develops and licenses GlazeLab, a software suite for glaze formulation, unity-formula (Seger)
calculation, raw-material substitution and kiln-curve simulation.

(B) The Customer produces celadon, blue-and-white and high-fired colour-glazed porcelain at its works in Jingdezhen.
It wishes to move its library of about 4,800 glaze recipes from spreadsheets and paper cards into GlazeLab, and to
connect GlazeLab to the X-ray fluorescence (XRF) spectrometer in its raw-materials laboratory.

(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).

IT IS AGREED as follows:

1. DEFINITIONS

1.1 "Licensed Software" means GlazeLab Designer, the Kiln Curve Simulator module and the Raw Material Database, in
object code, together with their user documentation and all corrections and updates supplied under this Agreement.

1.2 "Custom Deliverables" means the recipe templates, the migrated recipe library, the XRF interface and the reports
developed by the Vendor for the Customer under clause 4, including their source code and documentation.

1.3 "Customer Data" means all recipes, test-tile results, firing records, raw-material analyses and other data entered
into or generated by the Licensed Software by or for the Customer.

1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under clause 5.

1.5 "Business Day" means a day other than a Saturday, a Sunday or a public holiday in the People's Republic of China.

2. LICENCE

2.1 The Vendor grants the Customer a perpetual, non-exclusive and irrevocable licence to install and use the Licensed
Software for the Customer's own business at its sites in Jingdezhen, for the numbers of named users and modules set out
in Schedule 1.

2.2 The licence fees are one-time fees. No further licence fee is payable for continued use of the Licensed Software.

3. PRICE AND PAYMENT

3.1 The Contract Price is CNY 1,210,000, made up as set out in Schedule 1. It is a fixed price and includes all travel
and living expenses of the Vendor's staff.

3.2 The Contract Price is payable in three instalments:

(a) 20% of the Contract Price (CNY 242,000) within 15 Business Days after signature of this Agreement and receipt by
the Customer of an advance-payment guarantee for the same amount issued by a bank in the PRC;

(b) 45% of the Contract Price (CNY 544,500) after the Installation Certificate has been signed. The Installation
Certificate is not acceptance;

(c) 35% of the Contract Price (CNY 423,500) after Final Acceptance.

3.3 Each instalment is due within 20 Business Days after the Customer receives a correct invoice. Payments are made in
CNY by bank transfer to the account notified in writing by the Vendor.

4. SERVICES AND TIMETABLE

4.1 The Vendor shall:

(a) install the Licensed Software on the Customer's servers in Jingdezhen;

(b) configure recipe templates for the Customer's glaze families (celadon, underglaze blue, copper red and crackle);

(c) migrate the Customer's recipe library;

(d) develop an interface that imports oxide analyses from the Customer's XRF spectrometer into the Raw Material
Database; and

(e) train the Customer's 18 named users in Jingdezhen.

4.2 Installation shall be completed within 45 days after signature, and the Custom Deliverables shall be ready for
acceptance testing within 120 days after signature.

4.3 If the Vendor fails to meet either date in clause 4.2 for reasons not attributable to the Customer, the Vendor
shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract
Price.

5. ACCEPTANCE

5.1 The parties shall carry out acceptance tests in Jingdezhen under a test plan agreed within 30 days after signature. The tests shall show
that:

(a) every migrated recipe matches its source spreadsheet or card, checked in full by the Customer's glaze laboratory;

(b) unity formulas calculated for 60 reference recipes agree with the Customer's verified values to within 0.01 mole;

(c) the XRF interface imports 30 consecutive analyses without manual correction;

(d) kiln-curve simulations for the Customer's three production kilns reproduce the recorded firing curves; and

(e) the system has been used productively for 20 Business Days without a Severity 1 defect.

5.2 When all tests have been passed, the Customer shall sign the Final Acceptance Certificate within 5 Business Days.
Installation, use of the Licensed Software in production or payment of any instalment is not acceptance.

5.3 If a test fails, the Vendor shall correct the defect within 15 Business Days and the test shall be repeated. If the
repeated test fails, the Customer may terminate this Agreement under clause 11.2 and recover all amounts paid.

6. WARRANTY

6.1 The Vendor warrants, for 24 months after Final Acceptance (the "Warranty Period"), that the Licensed Software and
the Custom Deliverables will perform substantially in accordance with their documentation.

6.2 During the Warranty Period, the Vendor shall correct defects free of charge and shall provide the support service
described in Schedule 2, including the service levels and service credits, at no cost to the Customer.

7. SUPPORT AFTER THE WARRANTY PERIOD

7.1 After the Warranty Period, the Customer may order annual support, covering updates, helpdesk assistance and the
service levels in Schedule 2. The Annual Support Fee is 11% of the licence subtotal in Schedule 1
(CNY 963,000), that is CNY 105,930 per year. This fee is fixed for the first three support years. After that, the
Vendor may increase it by no more than 3% per year, on at least 90 days' written notice.

7.2 Support is ordered for each support year by written purchase order. It does not renew automatically.

8. INTELLECTUAL PROPERTY

8.1 The Vendor retains all intellectual property rights in the Licensed Software.

8.2 All intellectual property rights in the Custom Deliverables vest in the Customer as they are created. The Customer
may use, modify, copy and license the Custom Deliverables freely. The Vendor shall deliver the complete source code of the Custom Deliverables at Final Acceptance.

9. CUSTOMER DATA AND DATA SECURITY

9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and for no
other purpose. In particular, it may not use Customer Data, in aggregated, anonymised or any other form, to develop or
improve its products or to compile benchmarks.

9.2 The Licensed Software runs on the Customer's own servers in Jingdezhen. The Vendor may access those servers only
remotely through the Customer's VPN, for each session with the Customer's prior approval, and every session is logged.
The Vendor shall not copy Customer Data to any system outside the Customer's network or outside the PRC.

9.3 The Vendor shall take the technical and organisational security measures described in Schedule 2, comply with the
PRC Data Security Law and the Personal Information Protection Law, notify the Customer of any security incident
affecting Customer Data within 24 hours, and bear all losses caused by an incident for
which it is responsible.

10. CONFIDENTIALITY

10.1 The Customer's recipes, firing curves and raw-material sources are trade secrets. Each party shall keep the
other's confidential information secret and use it only for this Agreement.

10.2 This clause survives termination of this Agreement for seven years.

11. LIABILITY AND TERMINATION

11.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not
apply to wilful misconduct, gross negligence or breach of clauses 9 or 10.

11.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not
remedy it within 30 days after notice, or in the case described in clause 5.3.

12. SUBCONTRACTING

The Vendor shall not subcontract any part of the services without the Customer's prior written consent.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of Spain.

13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration
administered by the Madrid Court of Arbitration (Corte de Arbitraje de Madrid) under its rules. The seat of arbitration
is Madrid and the language is English.

14. GENERAL

This Agreement, with its Schedules, is the entire agreement of the parties on its subject. The English text prevails over any translation.

SCHEDULE 1 - PRICES (CNY)

Item                                                   Qty   Unit price   Amount
GlazeLab Designer named-user licence (perpetual)        18       38,500   693,000
Kiln Curve Simulator module (perpetual)                  6       29,000   174,000
Raw Material Database site licence (perpetual)           1       96,000    96,000
Licence subtotal                                                          963,000
Configuration, recipe migration and XRF interface        1      214,000   214,000
Training in Jingdezhen                                   1       33,000    33,000
Contract Price                                                          1,210,000

SCHEDULE 2 - SUPPORT AND SERVICE LEVELS

Support hours: 08:30 to 17:30 China Standard Time on Business Days, by telephone, e-mail and the support portal.

Severity 1 - the Licensed Software cannot be started, or recipes cannot be saved or calculated: response within 2
hours; workaround within 1 Business Day; permanent correction within 10 Business Days.

Severity 2 - a function is impaired but a workaround exists: response within 8 business hours; correction in the next
maintenance release.

Severity 3 - questions and cosmetic defects: response within 2 Business Days.

Service credits: for each hour by which a Severity 1 response is late, the Vendor credits CNY 600. During the Warranty
Period credits are paid to the Customer; afterwards they are deducted from the next Annual Support Fee.

Security measures: named support engineers only; multi-factor authentication for remote sessions; no local storage of
Customer Data on support engineers' devices.

SIGNED for and on behalf of the Customer: ______________________  Name / Title / Date

SIGNED for and on behalf of the Vendor: ________________________  Name / Title / Date
"""


# ---------------------------------------------------------------------------------------------------------------
# h219e02 — Sanya dive centre: booking SaaS on an Order Form + General Terms (Spanish vendor on the Illa de Sa
# Dragonera) (.md, Part A order form table + Part B sections)
# ---------------------------------------------------------------------------------------------------------------
H219E02 = """# ORDER FORM No. BCS-OF-2026-0871

**Buceo Cloud Systems S.L. - ReefDesk Subscription**

This Order Form is entered into between the Customer and the Vendor named below. It incorporates the ReefDesk General
Terms set out in Part B (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form
prevails.

## Part A - Order details

| Field | Details |
|---|---|
| Customer | Sanya Blue Coral Diving Co., Ltd., 18 Haiyun Road, Dadonghai, Jiyang District, Sanya, Hainan Province, PRC |
| Vendor | Buceo Cloud Systems S.L., registered office at the former lighthouse keeper's house, Illa de Sa Dragonera, 07150 Andratx, Illes Balears, Spain |
| Service | ReefDesk cloud platform for dive centres: online booking through a WeChat mini-program and the web, dive-trip scheduling, boat manifests, equipment rental and servicing records, digital liability waivers and medical declarations, instructor rotas, course and certification records, and finance export |
| Scope | 3 dive shops (Dadonghai, Yalong Bay, Wuzhizhou Island pier), 2 dive boats, up to 25 staff users, unlimited diver accounts |
| Subscription Term | 36 months from the Service Start Date |
| Service Start Date | 1 July 2026 |
| Target Go-Live Date | 15 June 2026 |
| Currency | CNY, at the Customer's request |
| Hosting | Alibaba Cloud, mainland China (Shenzhen region) |

### A.1 Fees

| Item | Basis | Monthly fee (CNY) | Months | Total (CNY) |
|---|---|---|---|---|
| ReefDesk Platform (3 shops, 2 boats, 25 staff users) | monthly | 18,400 | 36 | 662,400 |
| WeChat mini-program booking channel | monthly | 2,600 | 36 | 93,600 |
| Onboarding and configuration | one-time | - | - | 64,000 |
| **Total fees for the Subscription Term** | | | | **820,000** |

### A.2 Billing

Monthly fees (CNY 21,000 per month) are invoiced quarterly in arrears, at CNY 63,000 per quarter, and are payable within
30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance under Section 4 of Part B. No fees are
payable in advance.

### A.3 Onboarding

Onboarding covers: import of about 9,200 diver records and certification cards from the Customer's spreadsheets; set-up
of the three shops, both boats and the rental inventory; Customer-specific waiver and medical declaration forms in
Chinese, English and Russian; the booking pages of the WeChat mini-program in the Customer's branding; an export of
daily takings to the Customer's finance software; and two days of training in Sanya. The Vendor shall appoint a named onboarding manager who speaks
Mandarin and shall report progress to the Customer weekly.

If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to the Vendor, the Vendor
shall pay the Customer CNY 500 for each day of delay, up to CNY 20,000 in total.

### A.4 Renewal

This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A.5 Special conditions

At the Customer's request, this Agreement is governed by PRC law (Section 13 of Part B).

## Part B - ReefDesk General Terms

### 1. Definitions

"Customer Data" means all data that the Customer or its divers enter into the Service, including personal information,
medical declarations, bookings and payment records. "Customer Configurations" means the forms, page designs, course
catalogue and export mappings created for the Customer. "Service" means the ReefDesk platform described in the Order
Form. "Business Day" means a working day in the PRC. "Go-Live Acceptance" means the Customer's
signature of the certificate under Section 4.2.

### 2. The Service

2.1 The Vendor shall provide the Service to the Customer during the Subscription Term in accordance with this Agreement
and its documentation.

2.2 The Vendor may improve the Service from time to time, provided that no change materially reduces its functionality
or security. The Vendor shall give at least 30 days' notice of any change that requires action by the Customer's staff.

2.3 The Customer is responsible for the accuracy of the data it enters and for the use of its user accounts.

2.4 The Vendor shall provide a Chinese-language user interface and help centre, and training materials for the
Customer's new employees during the Subscription Term.

### 3. Service levels

3.1 The Vendor shall make the Service available 99.95% of each calendar month, excluding scheduled maintenance carried
out between 01:00 and 05:00 Beijing time with at least 48 hours' notice.

3.2 Incidents are handled as follows:

| Priority | Definition | Response |
|---|---|---|
| Priority 1 | Booking, check-in or waiver signing unavailable for all shops | 30 minutes, 24x7 |
| Priority 2 | A major function unavailable for one shop or one boat | 2 hours, 08:00-20:00 daily |
| Priority 3 | Other defects and questions | next Business Day |

3.3 Service credits: if monthly availability is below 99.95%, the Customer receives a credit of 5% of that month's fees;
below 99.5%, 10%; below 99%, 20%. For each started hour by which a Priority 1 response is late, the Customer receives a
further credit of CNY 300. Credits are deducted from the next invoice.

3.4 The Vendor shall send the Customer a monthly service report showing availability, incidents and credits by the
fifth Business Day of the following month.

### 4. Go-Live Acceptance

4.1 Before go-live, the Vendor shall demonstrate that: (a) all imported diver records and certification cards have
been reconciled with the Customer's spreadsheets; (b) waivers and medical declarations can be signed on tablets in each
shop; (c) a booking with WeChat payment can be made for each shop and each boat; (d) boat manifests print correctly; and
(e) the Service has run for 5 Business Days in parallel with the Customer's existing process without a Priority 1
incident.

4.2 When these tests are passed, the Customer signs a Go-Live Acceptance Certificate. Use of the Service with live
bookings before that date is not acceptance.

### 5. Fees and payment

5.1 The Customer shall pay the fees set out in the Order Form. The fees are fixed for the Subscription Term.

5.2 The Vendor shall issue invoices acceptable under PRC tax rules, through its appointed local billing agent.

5.3 If the Customer disputes an invoice in good faith, it shall pay the undisputed part, and the parties shall try to
resolve the dispute within 30 days.

### 6. Customer Data and security

6.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only on the Customer's documented
instructions and only to provide the Service. It shall not use Customer Data for any other purpose, whether in
identifiable, aggregated or anonymised form.

6.2 Customer Data is stored in mainland China. The Vendor shall encrypt Customer Data in transit and at rest, treat
medical declarations as sensitive personal information, require multi-factor authentication for all administrative
access, log that access, and maintain the MLPS level 3 filing of the Service.

6.3 The Vendor shall notify the Customer of any personal information breach within 24 hours, assist the Customer with
notifications to divers and authorities, and is responsible for the losses caused by its failure to comply with this
Section 6, subject to Section 10.

6.4 Within 30 days after the end of the Subscription Term, the Vendor shall return all Customer Data in a standard
format and then delete it.

6.5 The Vendor shall have the Service penetration-tested by an independent tester every year and shall share a summary
of the results with the Customer on request.

### 7. Confidentiality

Each party shall keep confidential all non-public information received from the other party and use it only for this
Agreement. This obligation survives for three years after the Agreement ends. Confidential information does not include
information that is public or that a party developed independently.

### 8. Intellectual property

8.1 The Vendor owns the Service and all its underlying software.

8.2 Customer Configurations belong to the Customer. The Customer may use, modify and license them freely, including
with a future provider.

### 9. Subcontractors and sub-processors

The Vendor may use subcontractors and sub-processors, including its affiliates and hosting providers, to provide the
Service. The Vendor will notify the Customer by e-mail of any new subcontractor or sub-processor at least 14 days
before it begins work. The Vendor remains responsible for their performance.

### 10. Limitation of liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

10.2 The Vendor's total aggregate liability arising out of or in connection with this Agreement shall not exceed the
fees paid or payable by the Customer for the nine (9) months preceding the event giving rise to the claim.

### 11. Term and termination

11.1 The Subscription Term is non-cancellable. The Customer may not terminate this Agreement before the end of the
Subscription Term for any reason, including a breach by the Vendor. The Customer's remedies for any failure of the
Service are the service credits under Section 3 and re-performance of the affected services.

11.2 The Vendor may suspend the Service on 15 days' notice, and terminate on 30 days' notice, if undisputed fees
remain unpaid for more than 60 days after their due date.

11.3 Sections 6.4, 7, 8 and 10 survive the end of this Agreement.

### 12. Force majeure

Neither party is liable for failure caused by events beyond its reasonable control, including typhoons, port
closures and failures of public networks. The affected party shall notify the other promptly. If such an event
prevents use of the Service for more than 30 consecutive days, fees for the affected period are not payable.

### 13. Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the
Shanghai International Arbitration Center for arbitration in Shanghai.

### 14. General

The Agreement is the entire agreement of the parties. Notices shall be given in writing to the addresses in the Order
Form. Neither party may assign this Agreement without the other's written consent, except to a successor of its whole
business that assumes all its obligations.

**Signed for the Customer:** ______________________  Date: ________

**Signed for the Vendor:** ______________________  Date: ________
"""


# ---------------------------------------------------------------------------------------------------------------
# h219e03 — Xiapu kelp farm: current / temperature sensors, Scottish integrator on the Isle of Ewe, buyer's paper
# (.docx, Articles / N.M, Word price table + severity table)
# ---------------------------------------------------------------------------------------------------------------
H219E03 = """
T:Purchase Contract for Ocean Current and Temperature Monitoring Equipment
P:Contract No. XPHY-2026-EQ-07
P:Buyer: Fujian Xiapu Haiyun Aquaculture Co., Ltd., 66 Binhai Avenue, Songcheng Subdistrict, Xiapu County, Ningde, Fujian Province, People's Republic of China (the "Buyer")
P:Supplier: Ewe Marine Instruments Ltd, The Boathouse, Isle of Ewe, Wester Ross, Scotland, United Kingdom (the "Supplier")
P:The Buyer farms kelp (Saccharina japonica) on longline rafts in the coastal waters of Xiapu County. To plan seeding, harvesting and typhoon preparations, and to detect warm-water events early, the Buyer wishes to install a network of current and temperature monitoring stations across its farm areas. Following the Buyer's invitation to quote, the parties agree as follows. This Contract is on the Buyer's standard purchase terms; all prices are in Chinese yuan (CNY), as required by the Buyer.
H:Article 1 Definitions
P:1.1 "Equipment" means the instruments, data loggers, mooring kits and spare parts listed in Annex 1.
P:1.2 "Platform" means the OceanView data platform software licensed under Article 2.
P:1.3 "Custom Deliverables" means the dashboards, alert rules and the interface to the Buyer's farm management system developed by the Supplier under this Contract, with their source code and documentation.
P:1.4 "Buyer Data" means all measurements, positions of stations and farm areas, and other data collected or produced by the Equipment and the Platform.
P:1.5 "Final Acceptance" means the signature by the Buyer of the Final Acceptance Certificate under Article 6.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply the Equipment for 14 monitoring stations, license the Platform, deploy the stations at sea at positions chosen by the Buyer, develop the Custom Deliverables and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Platform on the Buyer's own server in Xiapu for an unlimited number of the Buyer's users.
P:2.3 The Supplier shall train up to 16 of the Buyer's staff in two sessions in Xiapu, covering operation of the Platform, routine cleaning of biofouling from the sensors and replacement of batteries.
H:Article 3 Price
P:3.1 The Contract Price is CNY 2,000,000, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Acoustic Doppler current profiler, 600 kHz, with trawl-resistant frame|6|148,000|888,000
TB:2|Temperature and salinity sensor string, five depths|14|23,500|329,000
TB:3|Buoy data logger with 4G and BeiDou telemetry|14|19,800|277,200
TB:4|Mooring kit (anchor, chain, subsurface float)|14|6,300|88,200
TB:5|OceanView data platform licence, perpetual, on-premises|1|176,000|176,000
TB:|Hardware and Licence Subtotal|||1,758,400
TB:6|Installation and deployment at sea, including vessel and divers|1|142,600|142,600
TB:7|Custom dashboards, alerts and interface to the farm management system|1|86,000|86,000
TB:8|Training (two sessions in Xiapu)|1|13,000|13,000
TB:|Contract Price|||2,000,000
P:3.2 The Contract Price is fixed. It includes delivery DDP to the Buyer's store in Xiapu, customs clearance, import duties, taxes, insurance until delivery, and all travel costs of the Supplier's staff.
H:Article 4 Payment
P:4.1 10% of the Contract Price (CNY 200,000) within 15 working days after signature, against an advance-payment guarantee of the same amount issued by a bank in the PRC.
P:4.2 55% of the Contract Price (CNY 1,100,000) after all stations have been deployed and the Buyer has signed the Installation Certificate. The Installation Certificate records delivery and deployment only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 700,000) after Final Acceptance.
P:4.4 Each payment is due within 20 working days after the Buyer receives a correct invoice.
H:Article 5 Delivery, Deployment and Delay
P:5.1 The Equipment shall be delivered to Xiapu within 70 days after signature. Deployment at sea shall be completed within 30 days after delivery, in weather windows agreed with the Buyer's farm manager.
P:5.2 The Buyer shall provide access to its rafts, a safe working boat when available, and the station positions.
P:5.3 If delivery or deployment is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Days on which the local maritime authority prohibits vessels from leaving port are not counted.
P:5.4 Risk in the Equipment passes to the Buyer on delivery to the Buyer's store in Xiapu.
H:Article 6 Acceptance
P:6.1 After deployment, the parties shall run a 30-day sea trial. Final Acceptance requires that: (a) data from each station has been received on the Platform on at least 28 of the 30 days; (b) current speed and direction measured by each profiler agree with a reference profiler lowered from a vessel, within the accuracy stated in the technical specification; (c) temperature readings agree with a calibrated reference thermometer to within 0.1 degrees Celsius; (d) warm-water and strong-current alerts have been triggered in tests and delivered to the duty officers' phones; and (e) the interface delivers ten-minute data to the Buyer's farm management system without loss.
P:6.2 When the tests are passed, the Buyer shall sign the Final Acceptance Certificate within 7 working days. Delivery, deployment, use of the data or payment does not constitute acceptance.
P:6.3 If a test fails, the Supplier shall correct the cause and the test shall be repeated at the Supplier's cost.
P:6.4 Before the sea trial starts, the Supplier shall provide the factory test records and calibration certificates of every instrument.
H:Article 7 Warranty
P:7.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace, free of charge, any Equipment that fails through a defect in design, materials or workmanship, and shall correct defects in the Platform and the Custom Deliverables.
P:7.2 Damage caused by ships, fishing gear, typhoons beyond the design conditions or the Buyer's misuse is not covered, but the Supplier shall repair it at the rates in Annex 2.
P:7.3 Spare parts for the Equipment shall remain available for at least eight years after Final Acceptance.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period, the Buyer may order annual support covering recalibration of the sensors, firmware and Platform updates, spare parts and remote technical assistance. The annual support fee is 7.5% of the Hardware and Licence Subtotal, that is CNY 131,880 per year, fixed for the first three support years.
P:8.2 Annual support is ordered by written order for each year and does not renew automatically.
H:Article 9 Service Levels
P:9.1 During the warranty period and any support year, the Supplier shall handle faults as follows:
TB:Severity|Definition|Remote response|Engineer on site
TB:Severity 1|Platform down, or more than five stations silent|1 hour|within 48 hours
TB:Severity 2|One to five stations silent or giving implausible data|8 hours|within 5 working days
TB:Severity 3|Other faults and questions|1 working day|as agreed
P:9.2 For each hour by which a Severity 1 remote response is late, the Supplier shall pay CNY 300; for each day by which the engineer's arrival for a Severity 1 fault is late, CNY 2,000. Days on which vessels may not leave port are not counted.
P:9.3 The Supplier shall keep a stock of spare data loggers and sensor strings at its service partner's premises in Xiamen.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not use it for any other purpose.
P:10.2 The Platform runs on the Buyer's server in Xiapu. The Supplier may access it remotely only through the Buyer's VPN, with the Buyer's approval for each session; all sessions are logged. The Supplier shall not transfer Buyer Data outside the PRC and shall comply with the PRC Data Security Law.
P:10.3 The Supplier shall notify the Buyer of any security incident affecting Buyer Data within 12 hours, help the Buyer to contain it, and compensate the Buyer for losses caused by an incident for which the Supplier is responsible.
H:Article 11 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the positions and production figures of the Buyer's farms, and shall not disclose it without prior written consent. This obligation continues for three years after the Contract ends.
H:Article 12 Intellectual Property
P:12.1 The Supplier retains the intellectual property in the Platform and in the firmware of the Equipment.
P:12.2 The Custom Deliverables belong to the Buyer. The Buyer may use, modify and license them freely. The Supplier shall deliver their source code at Final Acceptance.
H:Article 13 Subcontracting
P:13.1 For deployment and on-site service in Fujian, the Supplier will use Xiamen Haixin Marine Technology Co., Ltd., which the Buyer approves by signing this Contract.
P:13.2 Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:Article 14 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 10 and 11, which are not limited.
H:Article 15 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Article 5.3 reach their maximum.
H:Article 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.
H:Article 17 Miscellaneous
P:This Contract is signed in English and Chinese; both texts are equally authentic. Notices shall be in writing and sent to the addresses above. Annex 1: Technical specification and equipment list. Annex 2: Repair rates. Annex 3: Station positions.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------
# h219e04 — Shenzhen drone-parts distributor: managed IT and desktop support, French provider on the Île de Groix
# (.txt, "Clause N" with lettered sub-clauses, Schedules A-B)
# ---------------------------------------------------------------------------------------------------------------
H219E04 = """MANAGED IT SERVICES AGREEMENT

Reference: GSI-SZ-2026-05

Parties

Customer: Shenzhen Feiyi Drone Components Trading Co., Ltd., Room 1203, Block B, Keji Park, Nanshan District,
Shenzhen, Guangdong Province, PRC.

Provider: Groix Services Informatiques SAS, registered office at 4 Quai de Port-Tudy, 56590 Île de Groix, France,
acting for the purposes of this Agreement through its service team in Shenzhen.

Recitals

A. The Customer distributes flight controllers, motors, propellers, batteries and camera gimbals for civil drones.
It has about 260 staff at its head office in Nanshan, Shenzhen, and at its warehouse in Songshan Lake, Dongguan.

B. The Customer has decided to outsource its service desk, desktop support and infrastructure monitoring, and
selected the Provider after a competitive tender.

C. At the Customer's request, all charges in this Agreement are expressed and payable in CNY.

The parties therefore agree as follows.

Clause 1 - Definitions

In this Agreement: "Services" means the services described in Clause 2 and Schedule B; "Service Commencement Date"
means 1 September 2026; "Transition" means the activities in Clause 3; "Monthly Charges" means the charges in Schedule
A payable for each month of the Term; "Term" means 24 months from the Service Commencement Date; "Business Hours"
means 08:30 to 18:30, Monday to Saturday, excluding PRC public holidays.

Clause 2 - Services

(a) Service desk in Mandarin and English by telephone, WeChat Work and the ticketing portal, during Business Hours,
with an out-of-hours telephone line for Priority 1 incidents.

(b) Desktop support for laptops, desktop PCs, printers, barcode scanners and label printers, including installation,
moves, repairs under the manufacturers' warranties, and set-up of equipment for new employees.

(c) An on-site engineer at the Nanshan office two days a week, and on-site visits to the Dongguan warehouse when a
fault cannot be fixed remotely.

(d) Monitoring, 24 hours a day, of the Customer's servers, firewalls, switches and wireless access points, with patch
management and antivirus console administration.

(e) Processing of joiners, movers and leavers, including accounts, e-mail boxes and equipment.

(f) Maintenance of the IT asset register, and a monthly service report.

(g) Coordination with the Customer's other suppliers, including the internet service providers, the ERP vendor and the
printer leasing company, for faults in their systems.

Clause 3 - Transition

(a) Between signature and the Service Commencement Date the Provider shall take over the services from the Customer's
in-house team. Transition includes: a complete inventory of end-user devices and network equipment; collection of
passwords and licence keys into the Customer's password vault; knowledge articles for the 35 most common requests; and
set-up of the ticketing portal.

(b) Transition Acceptance requires that: the asset register has been reconciled device by device with a physical
check at both sites; the knowledge articles have been approved by the Customer's IT manager; the ticketing portal is
live for all users; and the Provider has run the service desk for 10 Business Days in parallel with the in-house team
without missing a Priority 1 response time. The Customer shall sign a Transition Acceptance Certificate within 3
Business Days after these conditions are met. Taking over tickets or paying charges is not acceptance.

(c) The Customer shall give the Provider's staff access to its premises, systems and documentation as needed for
Transition.

(d) If Transition Acceptance is not achieved by the Service Commencement Date for reasons attributable to the Provider,
the Provider shall pay the Customer CNY 1,200 for each day of delay, up to a total of CNY 36,000.

Clause 4 - Charges and Payment

(a) The charges are set out in Schedule A. The Monthly Charges are fixed for the Term.

(b) The Monthly Charges are invoiced monthly in arrears and are payable within 30 days after receipt of a valid VAT
invoice. The Transition fee is invoiced after Transition Acceptance. No amount is payable in advance.

(c) The number of users is reviewed every quarter. If it changes by more than 10 users, the per-user charge is applied
to the new number from the following month.

(d) Additional on-site days or projects outside the Services require a written work order signed by the Customer's IT
manager before the work starts.

Clause 5 - Service Levels

(a) The Provider shall meet the service levels in Schedule B.

(b) If a service level is missed, the service credits in Schedule B apply. Credits are deducted from the next invoice
and do not limit the Customer's other rights.

(c) The Provider shall meet the Customer's IT manager every month to review the service report, and shall present an
improvement plan for any service level missed in two consecutive months.

(d) The monthly service report shall show ticket volumes, response and resolution times by priority, service credits
due, open problems and the status of the asset register.

Clause 6 - Customer Materials and Customer Data

All data, documents, passwords and configurations of the Customer that the Provider accesses in performing the
Services ("Customer Data") remain the property of the Customer. The Provider may use Customer Data only for performing
the Services. At the end of the Term, the Provider shall hand over all Customer Data and documentation in its
possession.

Clause 7 - Intellectual Property

Runbooks, scripts, knowledge articles, configuration records and other documents prepared by the Provider for the
Customer under this Agreement belong to the Customer, which may use, modify and share them freely, including with a
successor provider. The Provider keeps its own tools and general know-how.

Clause 8 - Personnel

(a) The Provider shall assign suitably qualified staff who speak Mandarin and shall name a service manager as the
Customer's single point of contact.

(b) The Provider's staff working on the Customer's premises shall follow the Customer's site rules, including the
warehouse safety rules for lithium batteries.

(c) The Provider shall not replace the service manager or the on-site engineer without giving the Customer 30 days'
notice and a handover period.

Clause 9 - Confidentiality

(a) Each party shall keep confidential all information of the other party that is marked as confidential or that
should reasonably be understood to be confidential, including the Customer's supplier prices, customer lists and
stock figures.

(b) Each party shall use the other's confidential information only for this Agreement, and disclose it only to those
of its employees and advisers who need it for that purpose.

(c) This Clause does not apply to information that is public or lawfully received from a third party, and continues
to apply for three years after this Agreement ends.

Clause 10 - Liability

(a) Neither party is liable for loss of profit or for indirect loss.

(b) The total liability of the Provider under this Agreement is limited to 150% of the Total Contract Value stated in
Schedule A, except for personal injury, wilful misconduct and gross negligence.

Clause 11 - Subcontracting

The Provider may subcontract any part of the Services, including the on-site services in Shenzhen and Dongguan, to
local partners, provided that it gives the Customer written notice identifying the partner before the partner starts
work. The Provider remains responsible for the acts and omissions of its subcontractors.

Clause 12 - Term and Termination

(a) This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any
extension requires a written agreement signed by both parties.

(b) The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails
to remedy it within 30 days after notice, or if Priority 1 service levels are missed in three consecutive months.

(c) On expiry or termination, the Provider shall cooperate for up to 60 days in handing the Services over to the
Customer or a successor provider, at the rates in Schedule A.

(d) Termination does not affect rights and obligations that accrued before it.

Clause 13 - Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the
Shenzhen Court of International Arbitration for arbitration in Shenzhen.

Clause 14 - General

This Agreement, with its Schedules, is the entire agreement of the parties. It may be amended only in writing signed by
both parties. It is made in English and Chinese, and both versions are equally authentic. Notices shall be sent to the
addresses above, with copies by e-mail to the named contacts.

SCHEDULE A - CHARGES (CNY)

Service                                                  Basis                     Monthly      Term total
Service desk and desktop support                         260 users x 165           42,900       1,029,600
On-site engineer, Nanshan office (two days a week)       fixed                     11,600         278,400
Server and network monitoring                            fixed                      6,500         156,000
Monthly Charges                                                                    61,000       1,464,000
Transition (one-time)                                                                              48,000
Total Contract Value                                                                            1,512,000

Term: 24 months. Additional on-site days: CNY 1,450 per day.

SCHEDULE B - SERVICE LEVELS AND SERVICE CREDITS

Priority 1 - an outage at a site, more than 20 users unable to work, or the warehouse shipping system down.
Response: 30 minutes, at any time. On site if needed: 2 hours in Nanshan, 3 hours in Dongguan. Target resolution:
8 hours.

Priority 2 - one user or one device unable to work, or a degraded service affecting several users.
Response: 1 hour in Business Hours. Target resolution: next Business Day.

Priority 3 - requests and questions. Response: 8 business hours. Target resolution: 3 Business Days.

Service credits: for each Priority 1 incident whose response is late, 2% of the Monthly Charges; for each Priority 1
incident not resolved within 8 hours, a further 2%; if more than three Priority 2 responses in a month are late, 3% of
the Monthly Charges. Service credits in one month are limited to 20% of that month's Monthly
Charges.

Signed for the Customer: ______________________   Date: __________

Signed for the Provider: ______________________   Date: __________
"""


# ---------------------------------------------------------------------------------------------------------------
# h219e05 — Ningxia goji exporter: heavy-metal certificate API subscription, German vendor on the Insel Neuwerk
# (.pdf, § sections with (1), (2) paragraphs, annexes)
# ---------------------------------------------------------------------------------------------------------------
H219E05 = """
T:API Subscription Agreement - CertiMetal Heavy-Metal Certificate Service
P:Agreement No. NWA-CN-2026-112
P:between
P:Ningxia Qixiang Goji Import and Export Co., Ltd., 27 Qixiang Road, Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China - hereinafter the "Customer" -
P:and
P:Neuwerk Analytik GmbH, Leuchtturmweg 1, 27499 Insel Neuwerk, Hamburg, Germany, registered in the commercial register of the Hamburg Local Court - hereinafter the "Vendor" -
H:Preamble
P:The Customer exports dried goji berries, goji powder and goji juice concentrate to buyers in the European Union, the United Kingdom and other markets. For each export lot its contract laboratories test lead, cadmium, mercury and arsenic. Importers increasingly ask for a machine-verifiable certificate showing that each lot meets the maximum levels of the destination market. The Vendor operates CertiMetal, an application programming interface (API) that checks laboratory results against those maximum levels, including Regulation (EU) 2023/915, and issues signed digital certificates that importers can verify online. At the Customer's request, all fees under this Agreement are stated and payable in Chinese yuan (CNY). The Customer intends to use the Service for all export lots from the 2026 harvest onwards.
H:§ 1 Subject Matter
P:(1) The Vendor grants the Customer, for the Term, the right to use the CertiMetal API and the importer verification portal (together the "Service") as described in Annex 1.
P:(2) Through the Service the Customer can: upload the results of heavy-metal tests per lot; have them checked against the maximum levels of the destination market selected; generate a certificate in PDF form with a QR code and an electronic signature; and let importers verify the certificate in the portal.
P:(3) The Service includes the regulatory limits data feed, which the Vendor updates when the maximum levels of the covered markets change.
P:(4) The Vendor may further develop the Service, provided that the functions described in Annex 1 remain available and the Customer is informed of any change to the API at least 60 days in advance.
H:§ 2 Term
P:(1) This Agreement runs for 24 months from the Service Start Date of 1 August 2026 (the "Term").
P:(2) The Agreement ends at the end of the Term without notice. It does not renew automatically. Any extension requires a new written agreement.
H:§ 3 Fees and Payment
P:(1) The fees are as follows:
TB:Item|Basis|CNY per month|Months|Total CNY
TB:API subscription, tier M, up to 3,000 certificate calls per month|monthly|28,600|24|686,400
TB:Regulatory limits data feed (EU, UK, Canada, Australia)|monthly|3,900|24|93,600
TB:Onboarding and integration|one-time|-|-|52,000
TB:Total contract value|||832,000
P:(2) Calls above 3,000 in a month are charged at CNY 9 per call and invoiced with the following quarter. They are not included in the total contract value.
P:(3) Monthly fees (CNY 32,500 per month) are invoiced quarterly in arrears at CNY 97,500 per quarter. The onboarding fee is invoiced after Integration Acceptance under § 5. No fees are payable in advance.
P:(4) Invoices are payable within 30 days after receipt, by bank transfer in CNY to the account stated in the invoice.
P:(5) The fees are fixed for the Term. Each party bears the charges of its own bank.
H:§ 4 Availability and Support
P:(1) The Vendor will use commercially reasonable efforts to make the Service available 24 hours a day, seven days a week, except for maintenance windows announced in the portal.
P:(2) The Customer may submit support requests through the ticket portal or by e-mail. Support staff are available on German working days from 09:00 to 17:00 Central European Time, and the Vendor will endeavour to respond promptly.
P:(3) No service levels, response times, resolution times or service credits apply to the Service.
H:§ 5 Onboarding and Integration Acceptance
P:(1) Onboarding comprises: mapping of the export file of the Customer's laboratory information system to the API; set-up of the Customer's product categories, lot numbering and importer list; a certificate template in the Customer's branding in English, German and Chinese; and an online training for the Customer's quality staff.
P:(2) The Vendor will use reasonable efforts to complete onboarding within 45 days after signature. Dates given in the project plan are estimates.
P:(3) Integration Acceptance requires that: (a) 200 historical laboratory reports chosen by the Customer have been processed through the API; (b) every value on every resulting certificate matches the laboratory report; (c) the limits applied for dried goji, goji powder and goji juice concentrate are correct for each destination market; (d) importers can verify test certificates through the QR code and the portal; and (e) the export from the Customer's laboratory information system runs for 10 working days without manual correction.
P:(4) When these tests are passed, the Customer signs an Integration Acceptance Certificate. Productive use of the Service before that date is not acceptance.
P:(5) If a test fails, the Vendor shall correct the cause without charge and the test shall be repeated.
H:§ 6 Customer Data
P:(1) All laboratory results, lot data, shipment data, importer details and certificates that the Customer uploads or generates ("Customer Data") belong to the Customer.
P:(2) The Vendor processes Customer Data only to provide the Service to the Customer. It shall not use Customer Data for any other purpose, whether in identifiable, aggregated or anonymised form, and shall not disclose it to third parties other than importers to whom the Customer has given a certificate.
P:(3) At the end of the Term the Vendor shall provide a full export of the Customer Data and shall delete it within 30 days afterwards, except certificates that must remain verifiable, which are kept until the expiry date printed on them.
P:(4) The Customer remains responsible for the correctness of the laboratory results it uploads.
H:§ 7 Data Security
P:(1) The Service is hosted for the Customer in the Alibaba Cloud Beijing region by the hosting partner named in Annex 2. Customer Data is stored in mainland China.
P:(2) The Vendor maintains an information security management system certified to ISO/IEC 27001. Customer Data is encrypted in transit and at rest; administrative access requires multi-factor authentication and is logged; the certificate signing keys are kept in a hardware security module.
P:(3) The Vendor shall notify the Customer of any security incident affecting Customer Data within 48 hours, take the necessary measures to contain it, and is responsible for the damage caused by an incident for which it or its hosting partner is responsible.
H:§ 8 Confidentiality
P:(1) Each party shall treat as confidential all information of the other party that is marked as confidential or is confidential by its nature, in particular test results, prices, customer and supplier names.
P:(2) Information that is public or was lawfully received from a third party without a confidentiality obligation is excluded.
P:(3) This obligation continues for three years after the end of this Agreement.
H:§ 9 Rights of Use and Intellectual Property
P:(1) The Vendor retains all rights in the Service, the API and the software underlying them.
P:(2) The certificate templates, the Customer's branding, the product category set-up and the field mappings prepared for the Customer belong to the Customer. The Customer may use, modify and license them freely, including with another provider.
H:§ 10 Subcontracting
P:(1) The hosting partner named in Annex 2 is approved by the Customer by signing this Agreement.
P:(2) Any other subcontracting requires the Customer's prior written consent. The Vendor remains responsible for its subcontractors.
H:§ 11 Liability
P:(1) The Vendor's total liability under this Agreement is limited to 200% of the total contract value stated in § 3 (1).
P:(2) This limit does not apply to damage caused intentionally or by gross negligence, or to injury to life, body or health.
H:§ 12 Termination
P:(1) Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice.
P:(2) For the Customer, a material breach includes in particular the issue of a certificate with wrong limit values caused by the Vendor.
P:(3) On termination the Vendor shall provide the export under § 6 (3).
H:§ 13 Governing Law and Disputes
P:(1) This Agreement is governed by the laws of the People's Republic of China.
P:(2) Any dispute shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:§ 14 Final Provisions
P:(1) Amendments and supplements to this Agreement must be made in writing. This also applies to any waiver of the written form requirement.
P:(2) Should any provision of this Agreement be or become invalid, the validity of the remaining provisions shall not be affected. The parties shall replace the invalid provision by a valid provision that comes as close as possible to its economic purpose.
P:(3) This Agreement is made in English; a Chinese translation is provided for information.
H:Annex 1 - Service Description
P:API endpoints: lot upload, limit check, certificate generation, certificate status, importer verification. Formats: JSON over HTTPS; PDF certificates with QR code and electronic signature. Covered markets: European Union, United Kingdom, Canada, Australia. Covered elements: lead, cadmium, mercury, arsenic. Product categories configured: dried goji berries, goji powder, goji juice concentrate. Certificates state the lot number, product, destination market, measured values with units, the applicable maximum levels, the laboratory and its accreditation number, and a unique verification code. The portal keeps an audit trail of every certificate issued, amended or withdrawn.
H:Annex 2 - Hosting Partner
P:Beijing Cloudway Technology Co., Ltd., operating the Service on Alibaba Cloud, Beijing region, under a data processing agreement with the Vendor.
P:Signed for the Customer: ____________________   Signed for the Vendor: ____________________
P:Place and date: ____________________   Place and date: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------
# The plan: labels decided before the texts were written (buyer's point of view), plus the facts the checks need
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, fee, auto, term, sub, law,
          kind):
    vals = [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, fee, auto, term, sub, law,
            kind]
    return dict(zip(TERM_KEYS, vals))


def extra(sla, ld_stated, deemed, value, capped=None):
    x = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:  # only on goods_or_licence labels
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return x


GOODS, SERVICE = "goods_or_licence", "service"
PLANS = {
    "h219z01": {
        "file": "h219z01_city_transport_taxi_ridehailing_platform.docx", "language": "zh", "category": "software",
        "terms": terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True,
                       False, "PRC", GOODS),
        "extra": extra(True, True, False, 2460000, capped=True), "fee_base": 1565000, "forum_outside_mainland": False,
        "rules": [], "risk": "low",
        "items": [860000, 318000, 426000, 274000, 387000, 158000, 37000], "fee_base_items": [860000, 318000, 387000],
        "payments": [(20, 492000), (45, 1107000), (35, 861000)],
        "figs": ["2,460,000", "1,565,000", "99.95%", "30分钟内响应", "千分之一", "20%", "492,000", "三十六个月", "8%",
                 "125,200", "适用中华人民共和国法律", "知识产权归甲方所有", "事先取得甲方书面同意"],
        "absent": [],
    },
    "h219z02": {
        "file": "h219z02_paper_mill_web_inspection_cameras.pdf", "language": "zh", "category": "hardware",
        "terms": terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 6, 22, False, True,
                       False, "PRC", GOODS),
        "extra": extra(True, True, False, 1910000, capped=True), "fee_base": 1754000, "forum_outside_mainland": False,
        "rules": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "risk": "high",
        "items": [16 * 46500, 8 * 28750, 168000, 3 * 72000, 396000, 134000, 22000],
        "fee_base_items": [744000, 230000, 168000, 216000, 396000],
        "payments": [(10, 191000), (25, 477500), (60, 1146000), (5, 95500)],
        "figs": ["1,910,000", "1,754,000", "1小时内远程响应", "万分之八", "150%", "10%", "191,000", "六个月", "22%",
                 "385,880", "终验合格后", "适用中华人民共和国法律", "归甲方所有"],
        "absent": ["可用率"],
    },
    "h219z03": {
        "file": "h219z03_fitness_chain_booking_saas.md", "language": "zh", "category": "cloud",
        "terms": terms(99.5, 0.5, True, "buyer", True, True, True, 0.06, 200, None, True, None, None, None, True,
                       True, False, "PRC", SERVICE),
        "extra": extra(True, True, False, 2130000), "fee_base": None, "forum_outside_mainland": False,
        "rules": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "risk": "medium",
        "items": [1180 * 40 * 36, 6800 * 36, 186000], "payments": [],
        "figs": ["2,130,000", "1,699,200", "244,800", "99.5%", "30分钟内响应", "万分之六", "两倍为限", "本合同不设预付款",
                 "自动续展二十四个月", "9%", "162,000"],
        "absent": [],
    },
    "h219z04": {
        "file": "h219z04_district_air_quality_stations_om.txt", "language": "zh", "category": "services",
        "terms": terms(None, 6, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                       True, False, "PRC", SERVICE),
        "extra": extra(True, True, False, 1208000), "fee_base": None, "forum_outside_mainland": False,
        "rules": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"], "risk": "medium",
        "items": [9 * 86000, 48 * 5250, 118000, 64000], "payments": [],
        "figs": ["1,208,000", "302,000", "6小时内响应", "千分之一", "本合同不设预付款", "不自动续期", "事先取得甲方书面同意"],
        "absent": ["保密", "秘密", "可用率"],
    },
    "h219z05": {
        "file": "h219z05_soy_sauce_lims_supplier_template.md", "language": "zh", "category": "software",
        "terms": terms(None, 8, False, "supplier", True, False, True, 0.02, 20, 55, False, False, 6, None, False,
                       True, None, "PRC", GOODS),
        "extra": extra(True, True, True, 1360000, capped=False), "fee_base": 768000, "forum_outside_mainland": False,
        "rules": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                  "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
        "risk": "high",
        "items": [620000, 148000, 472000, 96000, 24000], "fee_base_items": [620000, 148000],
        "payments": [(55, 748000), (35, 476000), (10, 136000)],
        "figs": ["1,360,000", "8小时内响应", "万分之二", "20%", "55%", "748,000", "六个月的免费维护", "当年度公布的服务价格标准",
                 "即视为甲方验收合格", "知识产权均归乙方所有", "脱敏处理后", "不承担因响应或修复延迟导致的任何扣款"],
        "absent": ["分包", "转包", "可用率"],
    },
    "h219e01": {
        "file": "h219e01_porcelain_glaze_software_licences.txt", "language": "en", "category": "software",
        "terms": terms(None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True,
                       False, "Spain", GOODS),
        "extra": extra(True, True, False, 1210000, capped=True), "fee_base": 963000, "forum_outside_mainland": True,
        "rules": ["CR-GOVERNING-LAW"], "risk": "low",
        "items": [18 * 38500, 6 * 29000, 96000, 214000, 33000], "fee_base_items": [693000, 174000, 96000],
        "payments": [(20, 242000), (45, 544500), (35, 423500)],
        "figs": ["Isla de San Simón", "CNY 1,210,000", "963,000", "response within 2 hours", "0.08% of the Contract Price for each day",
                 "150% of the Contract Price", "20% of the Contract Price (CNY 242,000)", "24 months after Final Acceptance",
                 "11% of the licence subtotal", "105,930", "governed by the laws of Spain", "The seat of arbitration is Madrid",
                 "vest in the Customer", "prior written consent"],
        "absent": ["availability"],
    },
    "h219e02": {
        "file": "h219e02_dive_centre_booking_saas_order_form.md", "language": "en", "category": "cloud",
        "terms": terms(99.95, 0.5, True, "buyer", True, True, True, 500 / 820000 * 100, 9 / 36 * 100, None, True,
                       None, None, None, False, False, True, "PRC", SERVICE),
        "extra": extra(True, True, False, 820000), "fee_base": None, "forum_outside_mainland": False,
        "rules": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT", "CR-TERMINATION"], "risk": "medium",
        "items": [18400 * 36, 2600 * 36, 64000], "payments": [],
        "figs": ["Illa de Sa Dragonera", "820,000", "662,400", "93,600", "99.95%", "30 minutes", "CNY 500 for each day of delay",
                 "for the nine (9) months preceding", "36 months", "notify the Customer by e-mail", "non-cancellable",
                 "No fees are payable in advance", "does not renew automatically", "Customer Configurations belong to the Customer"],
        "absent": ["prior written consent"],
    },
    "h219e03": {
        "file": "h219e03_kelp_farm_ocean_sensors.docx", "language": "en", "category": "hardware",
        "terms": terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True,
                       False, "PRC", GOODS),
        "extra": extra(True, True, False, 2000000, capped=True), "fee_base": 1758400, "forum_outside_mainland": False,
        "rules": [], "risk": "low",
        "items": [6 * 148000, 14 * 23500, 14 * 19800, 14 * 6300, 176000, 142600, 86000, 13000],
        "fee_base_items": [888000, 329000, 277200, 88200, 176000],
        "payments": [(10, 200000), (55, 1100000), (35, 700000)],
        "figs": ["Isle of Ewe", "CNY 2,000,000", "1,758,400", "Severity 1", "0.1% of the Contract Price for each day",
                 "200% of the Contract Price", "10% of the Contract Price (CNY 200,000)", "36 months from Final Acceptance",
                 "7.5% of the Hardware and Licence Subtotal", "131,880", "laws of the People's Republic of China",
                 "The Custom Deliverables belong to the Buyer", "prior written consent"],
        "absent": ["availability"],
    },
    "h219e04": {
        "file": "h219e04_drone_parts_managed_it_desktop_support.txt", "language": "en", "category": "services",
        "terms": terms(None, 0.5, True, "buyer", False, True, True, 1200 / 1512000 * 100, 150, None, True, None,
                       None, None, False, True, True, "PRC", SERVICE),
        "extra": extra(True, True, False, 1512000), "fee_base": None, "forum_outside_mainland": False,
        "rules": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], "risk": "high",
        "items": [260 * 165 * 24, 11600 * 24, 6500 * 24, 48000], "payments": [],
        "figs": ["Île de Groix", "1,512,000", "1,464,000", "Response: 30 minutes", "CNY 1,200 for each day of delay",
                 "150% of the Total Contract Value", "No amount is payable in advance",
                 "provided that it gives the Customer written notice", "remain the property of the Customer",
                 "does not renew automatically"],
        "absent": ["security incident", "encrypt", "data security", "breach notification", "availability", "prior written consent"],
    },
    "h219e05": {
        "file": "h219e05_goji_heavy_metal_certificate_api.pdf", "language": "en", "category": "cloud",
        "terms": terms(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                       True, False, "PRC", SERVICE),
        "extra": extra(False, False, False, 832000), "fee_base": None, "forum_outside_mainland": False,
        "rules": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "risk": "high",
        "items": [28600 * 24, 3900 * 24, 52000], "payments": [],
        "figs": ["Insel Neuwerk", "832,000", "686,400", "93,600", "commercially reasonable efforts",
                 "No service levels, response times, resolution times or service credits apply",
                 "200% of the total contract value", "No fees are payable in advance", "does not renew automatically",
                 "within 48 hours", "prior written consent"],
        "absent": ["liquidated", "penalt", "delay damages", "99.", "per day of delay"],
    },
}

SOURCES = {"h219z01": H219Z01, "h219z02": H219Z02, "h219e03": H219E03, "h219e05": H219E05}
TARGETS = {key: (PLANS[key]["file"], PLANS[key]["file"].rsplit(".", 1)[1]) for key in SOURCES}
TEXT_FILES = {"h219z03": H219Z03, "h219z04": H219Z04, "h219z05": H219Z05, "h219e01": H219E01, "h219e02": H219E02,
              "h219e04": H219E04}
LENGTH_RANGE = {"zh": (2800, 3300), "en": (1500, 1700)}
ALL_RULES = sorted(SEVERITY)


def check_prices(key, plan):
    value = plan["extra"]["contract_value"]
    assert sum(plan["items"]) == value, (key, sum(plan["items"]), value)
    if plan["payments"]:
        assert sum(p for p, _ in plan["payments"]) == 100, key
        assert sum(a for _, a in plan["payments"]) == value, key
        for pct, amount in plan["payments"]:
            assert value * pct == amount * 100, (key, pct, amount)
        first_pct = plan["payments"][0][0]
        assert plan["terms"]["prepayment_pct"] in (first_pct, None), key
    if plan["terms"]["contract_kind"] == GOODS:
        assert sum(plan["fee_base_items"]) == plan["fee_base"], key
    # the service fees stated per period add up to the term totals used above
    per_period = {
        "h219z03": (162000 * 12, 1180 * 40 * 36 + 6800 * 36),   # quarterly subscription fee x 12 quarters
        "h219z04": (302000 * 4, 1208000),                        # quarterly fee x 4 quarters
        "h219e02": (63000 * 12, 18400 * 36 + 2600 * 36),         # quarterly in arrears x 12 quarters
        "h219e04": (61000 * 24, 1464000),                        # Monthly Charges x 24 months
        "h219e05": (97500 * 8, 28600 * 24 + 3900 * 24),          # quarterly in arrears x 8 quarters
    }
    if key in per_period:
        a, b = per_period[key]
        assert a == b, (key, a, b)
    # post-warranty fees stated in the text
    fee_amounts = {"h219z01": 125200, "h219z02": 385880, "h219e01": 105930, "h219e03": 131880}
    if key in fee_amounts:
        assert plan["fee_base"] * plan["terms"]["post_warranty_fee_pct"] == fee_amounts[key] * 100, key


def check_mix():
    counts = {k: len(p["rules"]) for k, p in PLANS.items()}
    compliant = [k for k, n in counts.items() if n == 0]
    single_low = [k for k, p in PLANS.items() if len(p["rules"]) == 1 and SEVERITY[p["rules"][0]] == "low"]
    two_three = [k for k, n in counts.items() if 2 <= n <= 3]
    many = [k for k, n in counts.items() if n >= 9]
    assert (len(compliant), len(single_low), len(two_three), len(many)) == (2, 1, 6, 1), counts
    assert PLANS[many[0]]["file"].find("supplier_template") > 0
    fmts = [p["file"].rsplit(".", 1)[1] for p in PLANS.values()]
    assert sorted(fmts) == sorted(["docx"] * 2 + ["pdf"] * 2 + ["md"] * 3 + ["txt"] * 3), fmts
    for fmt in ("docx", "pdf", "md", "txt"):
        langs = {p["language"] for p in PLANS.values() if p["file"].endswith(fmt)}
        assert langs == {"zh", "en"}, (fmt, langs)
    fired = sorted({r for p in PLANS.values() for r in p["rules"]})
    return fired, [r for r in ALL_RULES if r not in fired]


def label(plan):
    return {"file": plan["file"], "language": plan["language"], "category": plan["category"],
            "expected_terms": plan["terms"], "expected_extra": plan["extra"], "expected_rules": plan["rules"]}


def main():
    self_test()
    for key, plan in PLANS.items():
        check_prices(key, plan)
        got = apply_policy(plan)
        assert got == plan["rules"], (key, got, plan["rules"])
        assert risk_level(got) == plan["risk"], (key, risk_level(got), plan["risk"])
        assert list(plan["terms"]) == TERM_KEYS, key
        not_on_threshold(plan)
    fired, unfired = check_mix()
    print("rules fired across the set:", len(fired), "of", len(ALL_RULES), "; not fired:", unfired)

    for key, text in TEXT_FILES.items():
        (OUT / PLANS[key]["file"]).write_text(text, encoding="utf-8")
        print("wrote", PLANS[key]["file"])
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    for key, plan in PLANS.items():
        name = plan["file"].rsplit(".", 1)[0] + ".json"
        (OUT / name).write_text(json.dumps(label(plan), ensure_ascii=False, indent=1), encoding="utf-8")

    print()
    print("%-52s %-4s %6s  %-6s %s" % ("file", "lang", "length", "risk", "rules / TCO"))
    failures = []
    for key, plan in PLANS.items():
        lang = plan["language"]
        text = read_back(OUT / plan["file"])
        n = text_length(text, lang)
        lo, hi = LENGTH_RANGE[lang]
        if not lo <= n <= hi:
            failures.append((plan["file"], "length", n))
        norm = normalise(text, lang)
        for fig in plan["figs"]:
            if normalise(fig, lang) not in norm:
                failures.append((plan["file"], "figure missing", fig))
        for word in plan["absent"]:
            if normalise(word, lang).lower() in norm.lower():
                failures.append((plan["file"], "should be absent", word))
        for hit in threshold_hits(text):
            failures.append((plan["file"], "threshold", hit))
        calc = tco(plan)
        extra_info = "" if calc is None else "  TCO %.2f, post-warranty share %.2f %%" % (calc["tco"], calc["share_pct"])
        print("%-52s %-4s %6d  %-6s %s%s" % (plan["file"], lang, n, plan["risk"], ", ".join(plan["rules"]) or "-",
                                             extra_info))
    assert not failures, "\n".join(map(str, failures))
    print("\nall checks passed")


if __name__ == "__main__":
    main()
