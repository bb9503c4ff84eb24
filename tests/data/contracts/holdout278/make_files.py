"""holdout278: ten blind, ORDINARY draft contracts (5 Chinese, 5 English) and their hand labels.

Every file in this folder is written from the sources below: .txt / .md as they are, .docx / .pdf through
../word_pdf.py (write(..., wrap_words=True)). The script then
- asserts every price and payment sum and that every labelled figure appears in the text;
- re-applies the contract rules of policy §3 (and the TCO model of §4) to the hand labels and asserts the result
  equals the plan written before the text;
- reads every built file back (python-docx paragraphs + tables, pypdf) and checks the text length
  (Chinese 2,800-3,300 characters, English 1,500-1,700 words) and that no threshold value appears anywhere;
- writes the .json labels (json.dumps(..., ensure_ascii=False, indent=1), no trailing newline).
Run with /work/main/.venv/bin/python make_files.py from anywhere.
"""
import json
import re
import sys
from fractions import Fraction
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scan (policy §3 and §4)
# Each pattern matches a figure that sits exactly on a threshold, in digits, Chinese numerals or words.
CN_NUM = "零一二三四五六七八九十百千点两"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.9(?![\d])", r"百分之九十九点九(?![零一二三四五六七八九])",
                          r"ninety-nine point nine(?! ?(?:zero|one|two|three|four|five|six|seven|eight|nine))"],
    "response 4 hours": [r"(?<![\d.])4\s*(?:-|个)?\s*(?:business |working |clock |calendar )?(?:hours?|hrs?|h\b|小时|工作小时)",
                         r"(?<![零一二三四五六七八九十百])四\s*个?(?:工作)?小时", r"(?<![-\w])(?<!twenty )(?<!thirty )(?<!forty )(?<!fifty )(?<!sixty )(?<!seventy )(?<!eighty )(?<!ninety )four\s*(?:\(4\)\s*)?(?:-\s*)?(?:business |working )?hours?",
                         r"(?<![\d.])240\s*(?:minutes|mins?|分钟)", r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.05\s*(?:%|％|per ?cent|percent)", r"万分之五(?![零一二三四五六七八九十])",
                      r"千分之零点五", r"(?<![\d.])0\.5\s*‰", r"(?<![\d.])0\.0005(?!\d)", r"0\.05 of a per ?cent",
                      r"five hundredths of (?:a|one) per ?cent"],
    "cap 100 %": [r"(?<![\d.])100\s*(?:%|％|per ?cent|percent)", r"百分之(?:一)?百(?![零一二三四五六七八九十])",
                  r"one hundred per ?cent", r"hundred percent"],
    "prepayment 30 %": [r"(?<![\d.])30\s*(?:%|％|per ?cent|percent)", r"百分之三十(?![零一二三四五六七八九点])",
                        r"thirty(?:\s*\(30\))?\s*per ?cent", r"十分之三", r"三成"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?\b|mos?\b)", r"(?<![零一二三四五六七八九十百])十二个月",
                           r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"(?<![\d.])1\s*(?:-\s*)?(?:years?\b|yr\b)",
                           r"\bone\s*(?:\(1\)\s*)?(?:-\s*)?years?\b", r"(?<![零一二三四五六七八九十百第])一\s*年(?!度|级)",
                           r"(?<![\d.])(?<!\d年)1\s*年(?!度)", r"(?<![\d.])365\s*(?:days?|日|天)", r"三百六十五(?:日|天)"],
    "fee 15 %": [r"(?<![\d.])15\s*(?:%|％|per ?cent|percent)", r"百分之十五(?![零一二三四五六七八九点])",
                 r"fifteen(?:\s*\(15\))?\s*per ?cent"],
    "TCO share 40 %": [r"(?<![\d.])40\s*(?:%|％|per ?cent|percent)", r"百分之四十(?![零一二三四五六七八九点])",
                       r"forty(?:\s*\(40\))?\s*per ?cent"],
    "TCO horizon 5 years": [r"(?<![\d.])5\s*(?:-\s*)?(?:个)?(?:years?\b|yr\b|年(?!度|级|月|\d))",
                            r"(?<![零一二三四五六七八九十百])五\s*(?:个)?年(?!度|级)", r"\bfive\s*(?:\(5\)\s*)?(?:-\s*)?years?\b",
                            r"(?<![\d.])60\s*(?:-\s*)?(?:个月|months?\b)", r"六十个月", r"\bsixty\s*(?:\(60\)\s*)?months?"],
}
THRESHOLD_RES = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}

SELF_TEST_HITS = ["可用率不低于99.9%", "99.9 %", "百分之九十九点九", "4小时内响应", "4 hours", "four (4) hours",
                  "四小时", "4-hour", "240 minutes", "0.05%", "万分之五", "0.0005", "100%", "百分之百", "100 per cent",
                  "30%", "30 %", "百分之三十", "thirty per cent", "12个月", "十二个月", "12 months", "twelve (12) months",
                  "12-month", "one year", "1 year", "一年", "质保1年", "365 days", "15%", "百分之十五", "fifteen per cent",
                  "40%", "百分之四十", "forty per cent", "5年", "五年", "five years", "5-year", "60 months", "六十个月"]
SELF_TEST_MISSES = ["99.95%", "99.5%", "199.9", "24小时", "二十四小时", "14 hours", "24 hours", "0.4 hours", "0.08%",
                    "万分之五十", "10.05%", "1100%", "百分之三十五", "130%", "2026年12月31日", "二十四个月", "112 months",
                    "一年度", "每年", "年度", "2025年", "115%", "百分之十五点五", "140%", "25年", "十五年", "2026年5月",
                    "160 months", "15 years", "40 days", "30 days", "第一年", "12 hours", "annual", "twenty-four hours",
                    "twenty four hours"]


def threshold_hits(text):
    hits = []
    for name, pats in THRESHOLD_RES.items():
        for p in pats:
            for m in p.finditer(text):
                hits.append((name, m.group(0), text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")))
    return hits


def self_test():
    for s in SELF_TEST_HITS:
        assert threshold_hits(s), "threshold regex misses %r" % s
    for s in SELF_TEST_MISSES:
        assert not threshold_hits(s), "threshold regex wrongly hits %r: %r" % (s, threshold_hits(s))


# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(terms, extra, fee_base, horizon=5):
    """Policy §4: purchase price + implementation (= the contract value) + post-warranty fees over the horizon
    (warranty from acceptance = start of the horizon; partial years pro rata). Returns (tco, fee_total, share %)."""
    w = terms["warranty_months"]
    fee = terms["post_warranty_fee_pct"]
    if w is None or fee is None or not extra.get("post_warranty_fee_capped"):
        return None
    years = max(Fraction(0), Fraction(horizon) - Fraction(w, 12))
    fees = Fraction(str(fee)) / 100 * fee_base * years
    total = extra["contract_value"] + fees
    return total, fees, fees / total * 100


def apply_rules(terms, extra, forum_outside_mainland, fee_base):
    t, e, r = terms, extra, set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        res = tco(t, e, fee_base)
        if res and res[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside_mainland:
        r.add("CR-GOVERNING-LAW")
    rules = sorted(r)
    sev = {SEVERITY[x] for x in rules}
    risk = "high" if "high" in sev else ("medium" if "medium" in sev else "low")
    return rules, risk


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

SOURCES = {}   # key -> text (txt / md) or word_pdf markup (docx / pdf)
CONTRACTS = {}  # key -> plan + label facts, filled next to each source

# ================================================================ H278Z01 (zh, .pdf) — compliant
SOURCES["h278z01"] = """T:西江省食品安全抽检数据平台建设项目政府采购合同
P:合同编号：XJSJ-CG-2026-0417　　采购方式：公开招标　　项目编号：XJZC2026-GK-0093
P:采购人（甲方）：西江省市场监督管理局　　地址：西江省临川市政务大道188号
P:供应商（乙方）：西江数安信息技术有限公司　　地址：临川市高新区创智路26号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，依据本项目招标文件、乙方投标文件及中标通知书（XJZC2026-GK-0093-ZB），甲乙双方就西江省食品安全抽检数据平台建设事宜协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设全省统一的食品安全抽检数据平台，覆盖省、市、县三级市场监管部门及承检机构，实现抽检计划下达、任务分派、现场抽样移动端录入、样品流转、检验结果报送、不合格食品核查处置、风险预警分析和信息公示的全流程线上管理。
P:1.2 乙方提供平台软件永久使用许可，并完成定制开发、历史数据迁移、与国家食品安全抽检监测信息系统及本省承检机构实验室信息系统的接口对接、部署实施和培训。平台部署于西江省政务云，由甲方提供云资源。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾捌万陆仟元整（¥2,686,000），为含税固定总价，包括软件许可、开发、迁移、接口、部署、培训、税费及乙方为履行本合同发生的全部费用。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久使用许可（含移动抽样端、统计分析组件）|1,160,000
TB:2|定制开发（抽检任务管理、承检机构管理、风险预警模型、不合格处置跟踪）|1,082,000
TB:3|历史数据迁移及系统接口（国家系统、承检机构LIMS、电子证照）|316,000
TB:4|部署实施及培训|128,000
TB:合计||2,686,000
P:2.2 合同履行期间，甲方不因原材料、人工等价格变动调整合同价款。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%，即¥537,200，作为预付款。
P:3.2 平台通过初步验收后十个工作日内，甲方支付合同总价的45%，即¥1,208,700。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥940,100。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方按国库集中支付程序付款。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后一百五十日内完成开发、部署并申请初步验收；初步验收通过后，平台进入九十日试运行期。
P:4.2 乙方应按投标文件派驻项目经理一名、开发及实施人员不少于十二名，未经甲方书面同意不得更换项目经理。
P:4.3 乙方应每两周向甲方提交项目进度报告，如实说明已完成工作、存在问题、风险及应对措施。
H:第五条 验收
P:5.1 初步验收标准：（一）需求规格说明书及招标文件技术要求所列功能逐项测试通过；（二）在八百个并发用户下，常用业务操作平均响应时间不超过2秒；（三）历史抽检数据（2019年至2025年）迁移后逐表核对记录数和关键字段，差错为零；（四）与国家系统、承检机构LIMS接口连续联调七日无数据丢失。
P:5.2 最终验收标准：（一）九十日试运行期内未发生一级故障；（二）取得第三方软件测评机构出具的测评报告，且无高风险问题；（三）通过网络安全等级保护第三级测评；（四）源代码、技术文档、运维手册等全部交付资料移交完毕。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。平台上线、试运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供缺陷修复、版本升级、技术支持和每季度一次现场巡检。
P:6.2 质保期内，平台月度可用率不低于99.95%。故障分级及响应要求：一级故障（平台整体不可用或抽检数据无法报送）30分钟内响应，2小时内到达现场或远程介入，6小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（一般问题）1个工作日内响应，3个工作日内解决。
P:6.3 乙方未达到第6.2款要求的，一级、二级故障每超时1小时，甲方有权扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥1,500。扣减款项从质保金或后续运维费中抵扣。
P:6.4 质保期满后，如甲方需要，乙方应提供后续运维服务，年度运维服务费不超过软件许可费的9%（即每年不超过¥104,400），质保期满后前两个服务年度按此价格执行，不得上调。运维合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件（包括源代码、数据库设计、接口程序、风险预警模型及参数）、技术文档及其他成果的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:7.2 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围不限用户数。
P:7.3 乙方保证所交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的抽检数据、检验报告、企业信息、执法信息及其他业务数据均归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和等级保护要求，落实访问控制、加密存储和操作审计；运维人员须经甲方审批后通过堡垒机登录，不得将数据拷贝出政务云。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、未公开的抽检结果和执法信息负有保密义务，未经甲方书面许可不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或申请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 分包与转包
P:11.1 本项目不允许分包。乙方不得将本合同全部或部分义务转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:附件：1.需求规格说明书；2.分项报价表；3.验收方案；4.数据安全承诺书。
P:甲方（盖章）：西江省市场监督管理局　　　　乙方（盖章）：西江数安信息技术有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:日期：2026年　月　日　　　　　　　　　　日期：2026年　月　日
"""
CONTRACTS["h278z01"] = dict(
    file="h278z01_food_safety_sampling_data_platform.pdf", fmt="pdf", language="zh", category="software",
    kind_desc="省市场监督管理局 食品安全抽检数据平台 (licence + custom development + migration), 政府采购 公开招标, buyer's paper",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
               prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
               post_warranty_fee_pct=9, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2686000),
    forum_outside=False, fee_base=1160000,
    sums=[([1160000, 1082000, 316000, 128000], 2686000), ([537200, 1208700, 940100], 2686000)],
    shares=[(20, 537200), (45, 1208700), (35, 940100)],
    figures=["2,686,000", "20%", "99.95%", "30分钟", "千分之一", "三十六个月", "9%", "104,400", "1,160,000",
             "本项目不允许分包", "中华人民共和国法律"],
    plan_rules=[], plan_risk="low")

# ================================================================ H278Z02 (zh, .docx) — post-warranty fee 18 %, no confidentiality, subcontract on notice
SOURCES["h278z02"] = """T:中频感应加热生产线PLC控制系统采购及维保合同
P:合同编号：HYGG-SB-2026-031
P:买方（以下简称甲方）：淮阳精工钢管有限公司，住所：淮阳市经济开发区钢城大道9号
P:卖方（以下简称乙方）：苏锡智控自动化工程有限公司，住所：无锡市新吴区锡兴路77号
P:鉴于甲方热处理车间现有四条中频感应加热生产线（用于油井管、锅炉管的淬火及回火）控制系统老化，甲方经比价选定乙方提供新的PLC控制系统并负责改造实施及后续维保，双方经友好协商，订立本合同。
H:第一条 供货及服务范围
P:1.1 乙方负责四条生产线的PLC控制柜、中频电源通讯及功率控制模块、红外测温及温度闭环控制、人机界面及上位监控系统、工业网络的供货、安装、程序编制、工艺调试和培训。
P:1.2 改造须在甲方安排的停产检修窗口内分线实施，每条线停产时间不超过七日，乙方应提前十日提交停线方案并经甲方生产部确认。
P:1.3 乙方应随设备提供中文操作手册、电气原理图、接线图、程序清单及备件清单各三套，并同时提供电子版。
P:1.4 乙方应指派具有中频电源及PLC调试经验的项目经理常驻现场，项目经理更换须经甲方同意。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾陆万贰仟元整（¥1,862,000），含税（增值税13%）、运输、保险、安装、调试及培训费用。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、电源、柜体）|4套|186,000|744,000
TB:2|中频电源通讯及功率控制模块|4套|58,500|234,000
TB:3|红外测温仪及温度闭环控制单元|12台|16,800|201,600
TB:4|HMI触摸屏及上位机|3套|42,000|126,000
TB:5|上位监控软件许可（永久）|1套|168,000|168,000
TB:6|工业交换机、光纤及网络附件|1批|63,400|63,400
TB:|软硬件小计|||1,537,000
TB:7|PLC程序编制及工艺调试|1项|236,000|236,000
TB:8|安装、接线及操作维护培训|1项|89,000|89,000
TB:|合同总价|||1,862,000
P:2.2 合同价格为固定价格，不因汇率、原材料或人工价格变动而调整。
H:第三条 付款
P:3.1 合同生效后七日内，甲方支付合同总价的10%（¥186,200）作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的50%（¥931,000）。到货签收仅表示数量和外观无误，不代表质量验收。
P:3.3 四条生产线全部通过终验后，甲方支付合同总价的35%（¥651,700）。
P:3.4 余款即合同总价的5%（¥93,100）作为质量保证金，质保期满且无未决质量问题后十日内无息支付。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后六十日内将全部设备送达甲方热处理车间，并于每条线停产窗口内完成安装和调试。
P:4.2 乙方现场人员应遵守甲方安全生产管理制度，进入车间须佩戴劳保用品，动火、登高作业须办理作业票。
P:4.3 设备包装应适合长途运输和多次搬运，因包装不当造成的损坏由乙方负责。设备运抵前两日，乙方应通知甲方安排卸货场地。
H:第五条 验收
P:5.1 每条生产线改造完成后进行72小时带载热试车，验收标准为：（一）出炉温度控制精度±5℃；（二）功率调节响应满足工艺卡要求，淬火及回火温度曲线自动记录完整；（三）连续三个班次无因控制系统导致的停机；（四）联锁保护（冷却水压低、超温、急停）逐项试验有效；（五）上位系统数据与现场仪表比对一致。
P:5.2 四条线均满足第5.1款后，甲方出具终验报告。设备到货、安装完成或试生产均不视为终验合格。验收不合格的，乙方应在十日内整改并重新试车。
H:第六条 质量保证
P:6.1 质保期为终验合格之日起二十四个月。质保期内，因设备或程序缺陷产生的故障，乙方免费维修或更换，并承担往返差旅费用。
P:6.2 故障响应：一级故障（生产线停机）乙方应在30分钟内电话响应，3小时内到达现场，8小时内恢复生产；二级故障（单项功能异常、不影响生产）2小时内响应，48小时内处理完毕。
P:6.3 乙方未按第6.2款响应或到场的，每超时1小时向甲方支付¥800，从质量保证金或维保费中扣除。
P:6.4 质保期内乙方应在甲方现场存放常用备件（PLC模块、测温探头、快速熔断器等），备件消耗后十日内补足。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方提供三个年度的维保服务，内容包括每季度一次预防性巡检、程序备份、备件供应及故障抢修，响应要求同第6.2款。
P:7.2 维保费按软硬件小计的18%每年计取，即每年¥276,660，三个维保年度内固定不变，每年年初支付。
P:7.3 维保期满后是否续签由双方另行协商，不自动续期。
P:7.4 维保期内更换的备件按乙方报价时提交的备件单价表结算，三个维保年度内不上调。
H:第七条之一 培训
P:乙方应在每条线投运前对甲方电气、工艺和操作人员进行培训，共三期，每期不少于两日，内容包括系统原理、操作规程、日常点检、常见故障处理以及程序备份与恢复，培训结束后进行考核。
H:第八条 数据安全
P:8.1 工艺配方、温度曲线、生产记录等数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须事先经甲方设备部批准，通过甲方提供的VPN账号登录，每次登录留存操作日志；乙方不得在控制网络中安装与本项目无关的软件，不得拷贝生产数据。
P:8.3 因乙方原因导致控制网络遭受病毒入侵、数据被篡改或丢失的，乙方应在2小时内通知甲方并协助恢复，承担由此造成的停产损失及其他赔偿责任。
H:第九条 知识产权
P:9.1 乙方为本项目编制的PLC程序、上位机画面、工艺参数配置及其源程序，交付后知识产权归甲方所有，甲方可自行修改或交由其他单位维护。上位监控软件许可为永久许可。
H:第十条 现场工作的委托
P:10.1 乙方可将现场布线、桥架安装等辅助工作交由其合作单位实施，提前三个工作日书面告知甲方即可。乙方对合作单位的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:11.2 因乙方原因造成甲方停产超出第1.2款约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 乙方交付的设备或程序经两次整改仍不能通过验收的，甲方有权退货并要求乙方返还已付款项。
P:11.4 因不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，根据影响程度部分或全部免除责任；不可抗力持续超过三十日的，双方可协商解除合同。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应配合甲方完成已安装设备的交接，并移交已完成的程序、图纸和调试记录。
H:第十三条 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交淮阳仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件为技术协议及设备清单，与本合同具有同等效力。
P:甲方：淮阳精工钢管有限公司（盖章）　　乙方：苏锡智控自动化工程有限公司（盖章）
P:授权代表：__________　　授权代表：__________
P:签订日期：2026年　月　日
"""
CONTRACTS["h278z02"] = dict(
    file="h278z02_steel_pipe_induction_heating_plc_system.docx", fmt="docx", language="zh", category="hardware",
    kind_desc="钢管厂 中频感应加热生产线 PLC 控制系统 (PLC cabinets, power modules, pyrometers, HMI, SCADA licence) + post-warranty 维保",
    terms=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
               prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
               post_warranty_fee_pct=18, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=True, governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1862000),
    forum_outside=False, fee_base=1537000,
    sums=[([744000, 234000, 201600, 126000, 168000, 63400], 1537000), ([1537000, 236000, 89000], 1862000),
          ([186200, 931000, 651700, 93100], 1862000), ([4 * 186000], 744000), ([4 * 58500], 234000),
          ([12 * 16800], 201600), ([3 * 42000], 126000), ([Fraction(18, 100) * 1537000], 276660)],
    shares=[(10, 186200), (50, 931000), (35, 651700), (5, 93100)],
    figures=["1,862,000", "1,537,000", "10%", "30分钟", "万分之八", "二十四个月", "18%", "276,660", "书面告知甲方即可",
             "中华人民共和国法律"],
    plan_rules=["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"], plan_risk="high")

# ================================================================ H278Z03 (zh, .md) — SaaS: availability 99.5, aggregated-data reuse, renewal with price increase
SOURCES["h278z03"] = """# 门店排队及会员管理SaaS服务协议

协议编号：YZ-SaaS-2026-0215

甲方（客户）：蜀渝锅语餐饮管理有限公司
地址：成都市锦江区春熙路东段12号

乙方（服务商）：杭州云桌科技有限公司
地址：杭州市西湖区文三路398号

甲方经营“锅语”连锁火锅品牌，目前在四川、重庆、贵州共有直营门店70家。为统一门店线上取号排队、预订、会员储值与积分、优惠券核销及会员营销，甲方选择使用乙方的“云桌”餐饮SaaS服务，并委托乙方完成上线实施。双方约定如下。

## 一、服务内容

（一）订阅服务：乙方向甲方70家门店提供云桌排队叫号、线上预订、会员储值积分、优惠券及营销活动模块，并提供总部会员中台（会员画像、分群、报表、储值资金对账）。

（二）实施服务：门店设备调试（叫号屏、取号机）、既有会员数据迁移（约86万名会员及其储值余额、积分）、与甲方微信小程序及收银POS系统对接、门店店长及收银员培训。

（三）服务期：自实施验收合格之日起二十四个月。

（四）门店增减：甲方新开或关闭门店的，应提前十五日书面通知乙方；新增门店的订阅费自开通当月起按单价折算，关闭门店的订阅费自次月起停止计收。

## 二、费用及支付

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店订阅费 | 70家 × 3,960元/店/年 × 2个服务年度 | 554,400 |
| 总部会员中台 | 86,000元/年 × 2个服务年度 | 172,000 |
| 实施服务费 | 一次性 | 138,000 |
| 合计 | | 864,400 |

（一）本协议不设预付款。订阅费按季度结算，乙方于每个季度结束后提交服务报告及发票，甲方在收到后十五个工作日内支付该季度费用（门店订阅费69,300元及会员中台费21,500元）。

（二）实施服务费在实施验收合格后十五个工作日内一次性支付。

（三）短信通知费由甲方按实际发送量另行结算，不计入本协议总额。

（四）乙方开具增值税专用发票，税率按国家规定执行。

## 三、实施与验收

（一）乙方应在本协议签订后四十五日内完成全部门店上线。

（二）实施验收标准：1. 70家门店全部完成上线，取号、叫号、预订、储值、核销功能逐店测试通过；2. 迁移后会员数、储值余额、积分余额与甲方原系统逐项核对一致；3. 与小程序及POS系统联调通过，交易对账无差异；4. 排队服务在每秒300次取号请求压力下正常运行；5. 上线后连续十四日未发生一级故障。

（三）甲方在乙方提交验收申请后七个工作日内组织验收并出具书面意见。门店开始使用不视为实施验收合格。

（四）乙方逾期完成上线的，每逾期一日向甲方支付违约金600元。

（五）实施期间乙方应指定项目经理一名，负责门店上线排期、培训组织和问题跟踪，每周向甲方提交实施周报。

（六）甲方应提供门店网络环境、收银系统接口文档及会员数据导出文件，并指定专人配合实施；因甲方原因造成延误的，上线期限相应顺延。

## 四、服务水平

（一）乙方承诺SaaS服务的月度可用率不低于99.5%，计划内维护须避开每日10:00—14:00及16:30—22:30营业高峰，并提前三日通知甲方。

（二）一级故障（全部或多家门店无法取号、核销或储值）乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内解决。

（三）月度可用率低于承诺值的，当月订阅费按以下标准抵扣：低于99.5%但不低于99%的，抵扣5%；低于99%的，抵扣10%。一级故障超过恢复时限的，每超过1小时另抵扣当月订阅费的1%。

（四）乙方提供7×24小时服务热线及在线工单，并为甲方指定专属客户成功经理，每季度提交服务报告，内容包括可用率、故障记录、工单处理情况及改进建议。

（五）乙方版本升级应在非营业时段进行；新版本影响门店操作流程的，应提前七日提供操作说明和培训。

## 五、数据

（一）甲方会员数据（包括姓名、手机号、生日、消费记录、储值及积分信息）及门店经营数据的所有权归甲方。

（二）乙方有权在去除个人身份信息后，将甲方的消费、排队及客流数据与其他客户数据汇总，用于编制餐饮行业分析报告、优化乙方产品及开发新的数据服务；本款授权在本协议终止后继续有效。

（三）乙方应按网络安全等级保护第三级要求运营服务平台，数据存储于中国境内，传输及存储加密，员工访问须经审批并留存日志，遵守《个人信息保护法》。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。

（四）甲方有权每年对乙方的数据安全措施进行一次检查，或要求乙方提供第三方安全测评报告。

## 六、知识产权

（一）云桌SaaS平台及其软件的知识产权归乙方所有。

（二）乙方为甲方定制的小程序页面、会员等级及积分规则配置、POS对接接口程序及相关文档归甲方所有，甲方有权自由使用、修改或交由第三方维护。

（三）乙方保证其平台不侵犯第三方知识产权；如因此引起纠纷，由乙方负责处理并赔偿甲方损失。

## 七、保密

双方对在合作中知悉的对方商业秘密（包括经营数据、价格、营销方案）负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本协议终止后三年。乙方员工及其服务商人员同样须遵守本条约定。

## 八、分包

乙方使用的云服务器及短信通道服务商以本协议附件所列为准；除此之外，乙方将本协议项下任何服务委托第三方履行，须事先取得甲方书面同意。乙方对其服务商的行为承担责任。

## 九、续期

服务期届满前三十日内任何一方未书面提出不再续约的，本协议自动续期二十四个月。续期时，乙方有权根据市场情况上调门店订阅单价及会员中台年费，上调幅度不超过8%，并以书面方式通知甲方。

## 十、责任限制

乙方在本协议项下的累计赔偿责任以本协议总额的150%为限，但因乙方故意、重大过失或违反第五条造成的损失不受此限。

## 十一、解除

（一）任何一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本协议。

（二）连续三个月月度可用率低于99%的，甲方有权解除本协议。

（三）协议终止后三十日内，乙方应将甲方会员数据以通用格式完整交还甲方，并在甲方确认后删除其系统中的副本，但第五条第（二）款所述的汇总数据除外。

（四）协议终止时，乙方应提供完整的会员储值及积分流水，配合甲方完成储值资金对账和迁移。

## 十二、不可抗力及通知

（一）因地震、洪水、疫情管控等不可抗力导致无法履行的，受影响一方应及时通知对方，并在合理期限内提供证明，相应免除责任。

（二）本协议项下的通知以书面形式送达首部所列地址，或发送至双方指定的电子邮箱，发出后次日视为送达。

## 十三、法律适用及争议解决

本协议适用中华人民共和国法律。因本协议产生的争议，提交成都仲裁委员会仲裁。

附件：1.门店清单；2.服务功能清单；3.云服务器及短信通道服务商清单；4.会员数据迁移方案。

甲方（盖章）：蜀渝锅语餐饮管理有限公司　　授权代表：________

乙方（盖章）：杭州云桌科技有限公司　　授权代表：________

签署日期：2026年____月____日
"""
CONTRACTS["h278z03"] = dict(
    file="h278z03_hotpot_chain_queue_membership_saas.md", fmt="md", language="zh", category="cloud",
    kind_desc="连锁火锅 (70 stores) 排队叫号 / 会员 SaaS, 24 months, + 实施",
    terms=dict(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=600 / 864400 * 100, liability_cap_pct=150,
               prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=864400),
    forum_outside=False, fee_base=None,
    sums=[([70 * 3960 * 2], 554400), ([86000 * 2], 172000), ([554400, 172000, 138000], 864400),
          ([69300 * 8, 21500 * 8], 554400 + 172000)],
    shares=[],
    figures=["864,400", "99.5%", "15分钟", "600元", "150%", "8%", "不设预付款", "自动续期", "汇总", "中华人民共和国法律"],
    plan_rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], plan_risk="medium")

# ================================================================ H278Z04 (zh, .txt) — O&M service: LD 万分之三, no termination for breach
SOURCES["h278z04"] = """清江市12345政务服务便民热线系统运行维护服务项目
政府采购合同（竞争性磋商）

合同编号：QJZW-YW-2026-008
采购项目编号：QJCG2026-CS-0112

采购人（甲方）：清江市政务服务管理局
地址：清江市滨江路1号市民中心A座
成交供应商（乙方）：清江汇通信息服务有限公司
地址：清江市高新区科技三路15号

根据清江市公共资源交易中心组织的竞争性磋商结果及成交通知书，甲乙双方按照磋商文件和乙方响应文件，订立本合同。

1 服务范围
1.1 乙方负责清江市12345政务服务便民热线系统的运行维护，包括呼叫中心平台（CTI、IVR、ACD、录音）、工单系统、知识库系统、热线数据分析系统以及与全市126家承办单位工单对接接口的日常运维。
1.2 乙方负责热线机房内CTI服务器、录音服务器、语音网关、座席终端等设备的巡检和备件更换，负责系统安全加固并配合甲方开展网络安全等级保护测评。
1.3 乙方在全国“两会”、防汛、重大节假日等重要时段提供应急保障，安排技术人员现场值守。
1.4 乙方应建立值班、巡检、变更、备份及应急管理等运维制度，并在服务开始后十五日内报甲方备案。
1.5 甲方负责提供机房环境、办公场地及必要的网络接入条件。

2 服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满，甲方依法重新组织采购，本合同不自动续期。

3 合同价款
3.1 本合同总价为人民币壹佰壹拾捌万贰仟元整（¥1,182,000），为固定总价，分项如下：
（1）驻场运维服务：4人，合计48人月，单价13,500元/人月，小计648,000元；
（2）系统软件运维（呼叫中心平台、工单系统、知识库系统）：276,000元；
（3）硬件巡检及备件：158,000元；
（4）安全加固及等保测评配合：64,000元；
（5）重要时段应急保障：36,000元。
3.2 上述价格包括人员、工具、备件、差旅、税费等全部费用，服务期内不作调整。
3.3 服务期内甲方新增座席或系统模块的，其运维费用由双方另行协商确定。

4 付款
4.1 本合同不设预付款。服务费按季度支付，每季度结束后，经甲方按本合同第7条考核合格，甲方在十五个工作日内支付该季度服务费295,500元，考核扣款从当季服务费中扣除。
4.2 乙方应在每次付款前提供等额增值税发票。

5 人员要求
5.1 乙方驻场人员不少于4人，其中项目负责人1人须具有信息系统项目管理师证书，驻场时间为每日8:00至22:00，夜间安排专人电话值班。
5.2 乙方更换驻场人员须提前十日书面报甲方同意，且替换人员资质不得低于原人员。
5.3 驻场人员应遵守甲方办公管理规定，服从甲方日常工作安排，不得在座席区域内从事与工作无关的活动。

6 服务水平
6.1 呼叫中心平台月度可用率不低于99.95%。
6.2 故障分级及时限：
一级故障（热线整体中断、无法接入或录音全部失效）：15分钟内响应，1小时内恢复；
二级故障（部分座席或单一系统功能异常）：30分钟内响应，3小时内恢复；
三级故障（不影响接听的一般问题）：2小时内响应，2个工作日内解决。
6.3 乙方每月5日前提交上月运维报告，内容包括系统运行情况、故障处理、巡检结果及隐患整改建议。
6.4 乙方每月对核心设备进行一次全面巡检，每季度进行一次数据备份恢复演练，每半年进行一次应急切换演练，演练方案和结果报甲方。
6.5 系统变更、升级须提前三个工作日提交变更方案，经甲方批准后在话务低峰时段实施，并做好回退准备。

7 考核与验收
7.1 甲方按季度对乙方进行考核，考核内容包括：平台可用率、故障响应及恢复时限、工单接口同步成功率（不低于99.8%）、巡检计划完成率、运维报告质量及驻场人员到岗情况。考核结果以书面考核表为准。
7.2 考核扣款：一级故障响应或恢复每超时1小时扣2,000元；二级故障每超时1小时扣500元；平台月度可用率每低于承诺值0.01个百分点扣1,000元；驻场人员缺岗每人每日扣600元。
7.4 季度考核得分低于80分的，甲方另行扣除该季度服务费的5%。
7.3 服务期满后，甲方组织终期验收，验收依据为本合同、磋商文件、响应文件及全年考核结果；乙方完成运维资料、账号口令和知识库文档的全部移交后方可通过验收。

8 服务接管与交接
8.1 乙方应在2026年4月1日前完成与原运维单位的系统交接，接管全部设备、账号和运维文档。
8.2 服务期满，乙方应配合甲方与新的运维单位完成交接，交接期内照常履行运维职责。
8.3 交接资料包括设备清单、网络拓扑、账号清单、配置备份、运维记录、故障台账及知识库文档，双方签署交接确认单。

9 数据安全
9.1 热线录音、工单、来电号码、市民个人信息及热线分析数据均属于甲方，乙方仅为运维目的接触上述数据，不得复制、留存或用于其他用途。
9.2 乙方人员须签署个人信息保护承诺，经甲方授权后通过运维审计系统访问生产环境，严禁使用个人存储介质。
9.3 发生数据泄露或系统被攻击等安全事件的，乙方应在1小时内报告甲方，并按应急预案处置；因乙方原因造成的，乙方承担全部责任。
9.4 交接完成后，乙方应删除其掌握的全部甲方数据并注销访问权限，出具书面删除确认。

10 保密
乙方对履行合同中知悉的甲方工作秘密、承办单位信息及未公开的工作信息负有保密义务，不得向第三方披露；保密义务在合同终止后继续有效。

11 知识产权
乙方在服务过程中编写的运维脚本、知识库条目、应急预案和各类报告归甲方所有。

12 分包
本项目不得分包或转包。

13 违约责任
13.1 乙方未按第8.1款约定时间完成服务接管，或未按甲方书面要求的时间完成系统升级、安全整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
13.2 因乙方原因导致热线中断造成重大社会影响的，乙方除按第7.2款扣款外，还应赔偿甲方由此产生的损失。
13.3 甲方逾期支付服务费的，乙方可书面催告，甲方应在收到催告后十五个工作日内支付。

14 合同的履行
14.1 本合同为政府采购合同，除不可抗力外，双方均不得擅自变更、中止或者终止合同。
14.2 乙方未履行或未适当履行合同义务的，甲方有权按第7条扣款、要求乙方限期整改并按第13条追究违约责任，乙方应继续履行合同，甲方不因此解除合同。
14.3 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方根据影响程度协商处理。

15 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向清江市人民法院提起诉讼。

16 其他
16.1 本合同未尽事宜，按磋商文件、响应文件及政府采购相关规定执行。
16.2 本合同一式五份，甲方三份，乙方一份，财政部门备案一份，自双方签字盖章之日起生效。
16.3 附件：1.磋商文件服务需求；2.乙方响应文件；3.季度考核细则；4.设备清单。

甲方（盖章）：清江市政务服务管理局          乙方（盖章）：清江汇通信息服务有限公司
负责人或授权代表：__________              负责人或授权代表：__________
签订日期：2026年3月  日
"""
CONTRACTS["h278z04"] = dict(
    file="h278z04_city_12345_hotline_annual_om.txt", fmt="txt", language="zh", category="services",
    kind_desc="市 12345 政务服务热线系统 运行维护服务 (2026-04-01 to 2027-03-31), 政府采购 竞争性磋商",
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03, liability_cap_pct=None,
               prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1182000),
    forum_outside=False, fee_base=None,
    sums=[([48 * 13500], 648000), ([648000, 276000, 158000, 64000, 36000], 1182000), ([295500 * 4], 1182000)],
    shares=[],
    figures=["1,182,000", "99.95%", "15分钟", "万分之三", "不设预付款", "不得分包", "甲方不因此解除合同",
             "不自动续期", "中华人民共和国法律"],
    plan_rules=["CR-LD-LOW", "CR-TERMINATION"], plan_risk="medium")

# ================================================================ H278Z05 (zh, .md) — supplier's own template, ten findings
SOURCES["h278z05"] = """# 合源ERP软件销售及实施合同

**（合源软件标准合同文本 HY-ERP-V2025.3）**

合同编号：HY-2026-ZJ-0386

甲方（买方）：临江醇香酿造食品有限公司
地址：临江市石桥镇酱园路8号

乙方（卖方）：合源软件科技有限公司
地址：杭州市滨江区江南大道3888号

甲方主要生产红腐乳、白腐乳、青方及调味酱料，拥有豆坯、前发酵、腌制、装坛后发酵及灌装五个车间和省内外经销网络。为实现财务、采购、库存、生产、质量追溯及经销商管理的一体化，甲方向乙方购买合源ERP软件并委托乙方进行定制开发和实施。经双方协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供合源ERP软件（标准版）使用许可，许可模块为：财务会计、应收应付、采购管理、库存管理、生产制造、质量管理、批次追溯、销售及经销商管理，许可用户数为60个并发用户。

1.2 乙方根据甲方需求进行定制开发，内容为：发酵周期及腌制批次管理（含坛号、盐度、温度记录）、原料到成品的全链条批次追溯、经销商返利及费用核销。

1.3 乙方提供安装部署、基础数据初始化、期初数据导入及操作培训。

1.4 软件使用许可为永久许可，仅限甲方在本合同约定的用户数范围内使用。甲方不得对软件进行反向工程、反编译或反汇编，不得将软件出租、出借或提供给甲方以外的单位使用。甲方增加用户数的，按乙方当时的报价另行购买。

1.5 本合同所称“定制开发”以附件2所列需求为准，附件2以外的需求或需求变更，由双方另行签订协议并另行计费。

## 第二条 合同金额

| 项目 | 金额（元） |
|---|---|
| 合源ERP软件使用许可（8个模块，60用户） | 728,000 |
| 定制开发 | 186,000 |
| 实施服务 | 52,000 |
| 培训 | 14,000 |
| 合计 | 980,000 |

合同总金额为人民币玖拾捌万元整（¥980,000），含增值税。合同金额不包括服务器、数据库、操作系统及其他第三方软件的费用，该等软硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总金额的62%，即607,600元。乙方收到该款项后开始安排项目。

3.2 软件安装部署完成后五个工作日内，甲方支付合同余款，即合同总金额的38%（372,400元）。

3.3 乙方在收到每笔款项后十个工作日内开具增值税专用发票。

## 第四条 交付与验收

4.1 乙方在收到首期款后九十日内完成软件安装部署及定制功能交付。

4.2 软件在甲方服务器安装部署完成之日，即视为甲方验收合格。甲方在安装完成后开始录入业务数据或使用任一模块的，亦视为验收合格。

4.3 甲方对软件功能有异议的，可在质保期内向乙方提出，乙方将视情况予以处理，但不影响已发生的验收效力及付款义务。

4.4 实施按以下阶段进行：项目启动、业务调研、蓝图设计、系统配置及定制开发、数据准备与导入、用户培训、上线切换。每一阶段完成后，甲方应在乙方提交的阶段确认单上签字；甲方逾期三个工作日未签字的，视为确认。

4.5 培训包括系统管理员培训和最终用户培训，共计八天，在甲方现场集中进行。培训后由甲方自行组织内部推广。

4.6 系统上线切换后，乙方提供一周的现场保驾支持。

## 第五条 知识产权

5.1 合源ERP软件及其文档的知识产权归乙方所有。

5.2 乙方为甲方定制开发的功能、程序、报表及其源代码，知识产权均归乙方所有。甲方享有在本企业内部使用的权利，不得自行或委托第三方修改、复制、转让或许可他人使用。

## 第六条 免费维护期及售后服务

6.1 免费维护期为六个月，自软件安装部署完成之日起计算。免费维护期内乙方提供远程技术支持及软件缺陷修复。

6.2 故障响应：对于导致系统无法登录或业务无法进行的紧急故障，乙方在接到甲方通知后二十四小时内响应；一般问题在三个工作日内答复。

6.3 乙方将尽力按上述时限处理问题，但不因响应或处理时间承担任何扣款、赔偿或违约责任。

6.4 免费维护期满后，甲方如需继续获得服务，应与乙方签订年度服务协议，年度服务费按软件许可费的24%计收，即每年174,720元，于每个服务年度开始前支付。

6.5 软件版本升级：免费维护期内，乙方向甲方提供标准产品的补丁程序；标准产品的大版本升级及定制功能的适配不在免费维护范围内，另行收费。

6.6 乙方的服务方式以电话、即时通讯及远程连接为主；需要乙方工程师到甲方现场的，甲方承担差旅费用。

6.7 免费维护期满后甲方未签订年度服务协议的，乙方不再提供技术支持、补丁程序及任何形式的维护服务。

## 第七条 甲方义务

7.1 甲方应提供满足乙方要求的服务器、数据库、网络环境及操作系统，并指定项目负责人及各模块关键用户配合实施。

7.2 甲方应按时提供基础资料、期初数据，并对数据的准确性负责。因甲方原因造成项目延误的，乙方不承担责任，工期相应顺延。

7.3 甲方应自行做好业务数据的日常备份，因甲方未备份造成的数据损失，乙方不承担责任。

## 第八条 数据安全

8.1 甲方在软件中录入和产生的业务数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方远程支持须经甲方同意并使用甲方分配的账号，不得拷贝甲方业务数据；乙方应采取必要的安全防护措施，发生因乙方原因导致的数据泄露或损毁时，应在24小时内通知甲方并协助恢复，承担相应赔偿责任。

## 第九条 保密

双方应对在合作过程中获得的对方技术信息和经营信息保密，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。

10.2 甲方逾期付款的，乙方有权暂停服务，工期相应顺延。

10.3 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总金额的20%，且乙方不承担任何间接损失、利润损失或数据损失。

10.4 甲方主张违约金或赔偿的，应提供实际损失的证明材料。

## 第十一条 合同解除

任何一方严重违反本合同，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。合同解除的，已交付的软件及服务按实际完成情况结算。

## 第十一条之二 不可抗力

因不可抗力或其他非乙方所能控制的原因（包括第三方软件、硬件或网络故障）导致乙方不能履行或迟延履行的，乙方不承担责任。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同为乙方标准合同文本，双方如有特别约定，以书面补充协议为准。

13.3 双方的通知以书面形式或电子邮件发送至本合同首部所列地址或双方指定的邮箱，发送即视为送达。

13.4 附件：1.软件模块及许可清单；2.定制开发需求说明；3.实施计划。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。

甲方（盖章）：临江醇香酿造食品有限公司　　乙方（盖章）：合源软件科技有限公司

代表签字：__________　　代表签字：__________

日期：2026年　月　日
"""
CONTRACTS["h278z05"] = dict(
    file="h278z05_fermented_tofu_erp_supplier_template.md", fmt="md", language="zh", category="software",
    kind_desc="腐乳厂 ERP licence (8 modules, 60 users) + custom development, supplier's own template",
    terms=dict(availability_pct=None, p1_response_hours=24, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=20,
               prepayment_pct=62, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
               post_warranty_fee_pct=24, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=None, governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
               contract_value=980000),
    forum_outside=False, fee_base=728000,
    sums=[([728000, 186000, 52000, 14000], 980000), ([607600, 372400], 980000),
          ([Fraction(24, 100) * 728000], 174720)],
    shares=[(62, 607600), (38, 372400)],
    figures=["980,000", "62%", "607,600", "即视为甲方验收合格", "知识产权均归乙方所有", "六个月", "二十四小时", "24%",
             "174,720", "万分之二", "20%", "不因响应或处理时间承担任何扣款", "中华人民共和国法律"],
    plan_rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    plan_risk="high")

# ================================================================ H278E01 (en, .pdf) — Italian law / Milan arbitration only (one low finding)
SOURCES["h278e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FD-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Zibo Lanxin Glassware Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 66 Boshan Glassworks Road, Boshan District, Zibo, Shandong Province (the "Customer"); and
P:(2) Fornace Digitale S.r.l., a company incorporated under the laws of Italy with its registered office on the Isola Li Nibani, Italy (the "Vendor").
P:BACKGROUND
P:(A) The Customer operates a glassware workshop with two regenerative end-port furnaces and one electric-boosted day tank, producing pressed and blown tableware and decorative glass.
P:(B) The Vendor develops FurnaceCAD, a suite of software for the thermal design and combustion simulation of glass-melting furnaces, and the Customer wishes to acquire perpetual licences to FurnaceCAD and related services to support the rebuild of its furnaces planned for 2027.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the FurnaceCAD modules listed in Schedule 1, in object code, with their user documentation and any corrections and new versions supplied under this Agreement.
P:1.2 "Furnace Models" means the calibrated simulation models of the Customer's existing furnaces and the design variants built by the Vendor for the Customer under clause 3.2, with their input files, meshes, boundary conditions and reports.
P:1.3 "Customer Data" means all drawings, temperature records, fuel and batch data, production figures and other information supplied by or generated for the Customer.
P:1.4 "Final Acceptance" means the written acceptance of the Customer under clause 6.3.
H:2. Licence
P:2.1 Upon payment of the first instalment the Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of named workstations stated in Schedule 1, at the Customer's premises in Zibo, for the Customer's own furnace design and operation.
P:2.2 The Software and all intellectual property rights in it remain with the Vendor. The Customer shall not decompile or reverse engineer the Software except as permitted by applicable law.
H:3. Services
P:3.1 The Vendor shall install and configure the Software and the licence server, and shall train six Customer engineers in two sessions held in Zibo.
P:3.2 The Vendor shall build Furnace Models of the Customer's two end-port furnaces and its day tank, calibrate them against the temperature surveys supplied by the Customer, and run up to eight design variants for the planned rebuild, each with a written report.
P:3.3 The Vendor shall deliver the Software and the installation within eight weeks after the Effective Date and the Furnace Models within twenty weeks after the Effective Date, in accordance with the project plan in Schedule 2.
H:4. Price
P:4.1 The total price of this Agreement is CNY 984,000 (the "Contract Price"), inclusive of Chinese VAT and all withholding taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:FurnaceCAD Thermal Designer, perpetual licence|3 seats|168,000|504,000
TB:FurnaceCAD Glass Flow Simulation module, perpetual licence|2 seats|126,000|252,000
TB:FurnaceCAD Refractory and Materials Library, perpetual licence|1|58,000|58,000
TB:Licence Subtotal|||814,000
TB:Installation and configuration|1|46,000|46,000
TB:Furnace Models and design variants|1|88,000|88,000
TB:Training (two sessions in Zibo)|1|36,000|36,000
TB:Contract Price|||984,000
P:4.2 The Contract Price is fixed and includes travel, accommodation and all other expenses of the Vendor's personnel.
H:5. Payment
P:5.1 The Customer shall pay the Contract Price in three instalments, each within fifteen days after receipt of a correct invoice:
P:(a) twenty per cent (20%), CNY 196,800, after signature of this Agreement;
P:(b) forty-five per cent (45%), CNY 442,800, after the Vendor has installed the Software and the parties have signed the Installation Certificate; the Installation Certificate records delivery and installation only and is not acceptance of the Software or the Furnace Models;
P:(c) thirty-five per cent (35%), CNY 344,400, after Final Acceptance.
P:5.2 Payments shall be made by bank transfer in CNY to the Vendor's account named in its invoice.
H:6. Acceptance
P:6.1 Within ten days after delivery of the Furnace Models the Vendor shall carry out the acceptance tests in Schedule 3 in the presence of the Customer's engineers.
P:6.2 The acceptance criteria are: (a) the Vendor's benchmark case reproduces the published reference results within three per cent (3%); (b) for each existing furnace, the calibrated model reproduces the crown and bottom temperatures measured in the Customer's surveys within plus or minus ten degrees Celsius at every measuring point; (c) each design-variant report is complete as described in Schedule 2; (d) every licensed module runs on every named workstation and the licence server restarts without loss of licences; and (e) the Customer's engineers can set up and run a new design variant unaided after training.
P:6.3 If the criteria are met, the Customer shall sign a Final Acceptance certificate within ten days. If not, the Vendor shall correct the defects at its cost and repeat the tests. Installation, use of the Software or payment of any instalment does not constitute acceptance.
H:7. Warranty
P:7.1 The Vendor warrants for eighteen (18) months after Final Acceptance (the "Warranty Period") that the Software will perform substantially in accordance with its documentation and that the Furnace Models have been prepared with reasonable skill and care.
P:7.2 During the Warranty Period the Vendor shall correct any defect free of charge, supply all new versions of the Software free of charge, and provide support under clause 8.
H:8. Support and Service Levels
P:8.1 Support is available by telephone, e-mail and remote session in English and Chinese.
P:8.2 Severity 1 (the Software or the licence server cannot be used at all): response within two (2) hours at any time, and a workaround or fix within two working days. Severity 2 (a module or function fails but work can continue): response within eight working hours and a fix in the next maintenance release. Severity 3 (questions, documentation): response within three working days.
P:8.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against the next invoice or pay that amount on request.
H:9. Post-Warranty Support
P:9.1 After the Warranty Period the Customer may order Annual Support covering new versions, corrections and the support described in clause 8.
P:9.2 The Annual Support Fee is eleven per cent (11%) of the Licence Subtotal per year, that is CNY 89,540 per year, and shall not be increased for the first three support years. Any later change requires the written agreement of both parties.
P:9.3 Annual Support is ordered by purchase order for each support year and does not renew automatically.
H:10. Intellectual Property in the Furnace Models
P:10.1 The Furnace Models, the design-variant reports and all other deliverables prepared specifically for the Customer belong to the Customer upon creation. The Customer may use, modify and disclose them freely, including to furnace builders and refractory suppliers for the rebuild.
H:11. Customer Data and Security
P:11.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not use it for any other purpose, including benchmarking or product development.
P:11.2 The Vendor shall access the Customer's systems only through remote sessions opened and supervised by the Customer, shall keep Customer Data only on encrypted devices for as long as needed for the services, and shall delete it and confirm the deletion in writing after Final Acceptance.
P:11.3 The Vendor shall notify the Customer within twenty-four hours of any loss of or unauthorised access to Customer Data, shall take all reasonable steps to contain it, and shall be liable for the resulting loss to the extent caused by the Vendor.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other party's confidential information, including furnace designs, production figures, prices and the terms of this Agreement, and shall not disclose it except to its employees and advisers who need it for this Agreement and are bound by similar obligations. This obligation survives for three years after the end of this Agreement.
H:13. Delay Damages and Liability
P:13.1 If the Vendor fails to meet a delivery date in clause 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of zero point zero eight per cent (0.08%) of the Contract Price for each day of delay, up to a maximum of eight per cent (8%) of the Contract Price.
P:13.2 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to breach of clauses 11 and 12, infringement of third-party rights, or wilful misconduct.
H:14. Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:15. Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice describing the breach.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Italy.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language is English.
H:17. General
P:17.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:17.2 This Agreement is signed in two English originals, one for each party.
P:Schedules: 1 Licensed modules and workstations; 2 Project plan and deliverables; 3 Acceptance tests.
P:For the Customer: Zibo Lanxin Glassware Co., Ltd.  Name: ____________  Title: ____________  Date: ____________
P:For the Vendor: Fornace Digitale S.r.l.  Name: ____________  Title: ____________  Date: ____________
"""
CONTRACTS["h278e01"] = dict(
    file="h278e01_glassware_furnace_design_software_licences.pdf", fmt="pdf", language="en", category="software",
    kind_desc="Zibo glassware workshop: FurnaceCAD perpetual licences + furnace models + training; Italian vendor (Isola Li Nibani)",
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
               prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
               post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="Italy", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=984000),
    forum_outside=True, fee_base=814000,
    sums=[([3 * 168000], 504000), ([2 * 126000], 252000), ([504000, 252000, 58000], 814000),
          ([814000, 46000, 88000, 36000], 984000), ([196800, 442800, 344400], 984000),
          ([Fraction(11, 100) * 814000], 89540)],
    shares=[(20, 196800), (45, 442800), (35, 344400)],
    figures=["984,000", "814,000", "(20%)", "two (2) hours", "CNY 1,000", "(0.08%)", "(150%)", "eighteen (18) months",
             "(11%)", "89,540", "laws of Italy", "Milan", "prior written consent"],
    plan_rules=["CR-GOVERNING-LAW"], plan_risk="low")

# ================================================================ H278E02 (en, .txt) — ticketing SaaS Order Form + General Terms: P1 response 6 h, cap 6 months of fees, French law / Paris
SOURCES["h278e02"] = """BILLETTERIE NUAGE SAS
ORDER FORM No. BN-ZJJ-2026-07

This Order Form is entered into between Billetterie Nuage SAS, a French simplified joint-stock company with its registered office on the Île Cigogne, France ("Provider"), and Zhangjiajie Yunxia Scenic Area Operation Co., Ltd., a company incorporated in the People's Republic of China, of No. 18 Tianmen Road, Wulingyuan District, Zhangjiajie, Hunan Province ("Customer"). It incorporates the Billetterie Nuage General Terms attached below (the "General Terms"). If the Order Form and the General Terms conflict, the Order Form prevails.

PART 1 - ORDER DETAILS

1. Subscribed Service
Billetterie Nuage cloud ticketing platform for the Customer's glass-bridge attraction and the adjoining canyon walkway, comprising: online sales through the Customer's WeChat mini-program, web shop and partner travel agencies; real-name ticket issuance with identity-card verification; timed-entry capacity management; QR-code and identity-card validation at 14 turnstile lanes in two gate banks; refunds and changes; finance reconciliation with the Customer's payment gateway; and management reports.

2. Subscription Term
Thirty-six (36) months from the Go-Live Date (the "Subscription Term"). There is no automatic renewal. Any renewal requires a new Order Form signed by both parties.

3. Fees
At the Customer's request all fees are stated and payable in Chinese yuan (CNY), inclusive of Chinese VAT.

Item                                             Basis                      Amount (CNY)
Platform subscription (unlimited tickets)         CNY 24,500 per month x 36       882,000
Onboarding, turnstile integration and training    one-time                         96,000
Total Order Value                                                                 978,000

Fees charged by the Customer's payment gateway, SMS carriers or travel-agency platforms are not part of the Total Order Value and are paid by the Customer directly to those parties.

4. Invoicing and Payment
4.1 No amount is payable in advance.
4.2 The onboarding fee is invoiced after Go-Live Acceptance under Section 5 of this Order Form.
4.3 The subscription fee is invoiced monthly in arrears, starting with the month in which the Go-Live Date falls (pro rata for a part month).
4.4 Invoices are payable within thirty days of receipt by bank transfer to Provider's CNY account in China.

5. Onboarding and Go-Live Acceptance
5.1 Provider shall complete onboarding by 20 June 2026 (the "Target Go-Live Date"), ahead of the summer peak season.
5.2 Go-Live Acceptance tests, run jointly on site over three consecutive operating days, are: (a) all 14 turnstile lanes validate QR-code and identity-card tickets with a median validation time of no more than 1 second; (b) the platform processes a simulated sales peak of 1,200 tickets per minute without errors; (c) the timed-entry quota for every slot is never exceeded; (d) daily sales, refunds and payment-gateway settlements reconcile to the cent; (e) the mini-program, web shop and three partner travel-agency channels sell and refund correctly.
5.3 When the tests are passed, Customer signs a Go-Live Acceptance certificate; the date of signature is the "Go-Live Date". Opening the platform to visitors before that signature does not constitute acceptance.
5.4 If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay the Customer CNY 800 for each day of delay until it is achieved.

6. Customer Contacts
Operations: Ms. Tian Jing, Ticketing Manager. Finance: Mr. Peng Hao, Finance Director.

PART 2 - GENERAL TERMS

1. Definitions
"Service" means the subscribed ticketing platform described in the Order Form. "Customer Data" means all data entered into or generated by the Service for the Customer, including visitor names, identity-card numbers, mobile numbers, orders, entry records and financial records. "Customer Configurations" means ticket products, prices, time slots, capacity rules, branded pages and reports configured for the Customer.

2. Provision of the Service
2.1 Provider shall make the Service available to the Customer during the Subscription Term in accordance with these General Terms and the Service Level Schedule in Section 3.
2.2 The Service is hosted in a mainland China data centre region of a public cloud provider named in Annex 1. Provider shall not move the hosting outside mainland China.
2.3 Provider may improve the Service from time to time, provided that no change materially reduces the functions or security of the Service.

3. Service Levels
3.1 Availability. The Service shall be available at least 99.95% of each calendar month, measured at the validation interface and the sales interface, excluding planned maintenance announced seven days in advance and carried out between 00:30 and 05:30 China time.
3.2 Support. Provider's support desk operates from Provider's offices in Europe and handles incidents by telephone, e-mail and ticket portal in English and Chinese. Target response times: Priority 1 (ticket sales or gate validation unavailable for all visitors): six (6) hours; Priority 2 (a channel, a gate bank or a report unavailable): one working day; Priority 3 (other issues): three working days. Response means the assignment of an engineer who contacts the Customer.
3.3 Service Credits. If availability in a month falls below 99.95%, the Customer receives a credit against the following monthly invoice of 5% of the monthly subscription fee for availability of 99.5% or more, 10% for availability of 99.0% or more, and 20% below 99.0%. Service credits are also paid in cash at the end of the Subscription Term if no invoice remains.
3.4 Offline mode. The turnstile controllers keep a local list of valid tickets for the current day and continue to validate tickets during an interruption of the connection to the platform.

4. Customer Data and Security
4.1 Customer Data belongs to the Customer. Provider processes Customer Data only on the Customer's documented instructions and only to provide the Service. Provider shall not sell, analyse or otherwise use Customer Data, in identifiable, de-identified or aggregated form, for any other purpose.
4.2 Provider shall protect Customer Data with measures meeting at least level 3 of the Chinese Multi-Level Protection Scheme, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and retention of access logs for at least six months. Personal information is stored and processed in mainland China and is not transferred abroad; Provider's European support staff work only with masked records.
4.3 Provider shall notify the Customer of any security incident affecting Customer Data within twenty-four hours of becoming aware of it, shall cooperate in the Customer's notification of regulators and visitors, and shall bear the costs and losses caused by incidents attributable to Provider.
4.4 At the end of the Subscription Term Provider shall return all Customer Data in CSV format within fifteen days and then delete it, confirming the deletion in writing.

5. Intellectual Property
5.1 Provider owns the Service, its software and documentation. The Customer receives the right to use the Service during the Subscription Term.
5.2 Customer Configurations and all reports produced for the Customer belong to the Customer, who may use, copy, modify and transfer them to any successor system freely.

6. Confidentiality
Each party shall keep confidential all non-public information received from the other party, use it only for this agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Subscription Term.

7. Subcontractors
Provider may use the hosting provider named in Annex 1. Provider shall not appoint any other subcontractor for the Service without the Customer's prior written consent, and remains responsible for all subcontractors.

8. Liability
8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue, except in case of fraud or wilful misconduct.
8.2 Provider's total aggregate liability arising out of or in connection with this agreement shall not exceed the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

9. Term and Termination
9.1 This agreement starts on signature of the Order Form and ends at the end of the Subscription Term.
9.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days of written notice. The Customer may also terminate by written notice if availability falls below 99.0% in any two consecutive months.
9.3 On termination Provider shall provide reasonable assistance, for up to sixty days, to transfer the Customer Data and Customer Configurations to the Customer or its new provider.

10. Force Majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics and government orders closing the scenic area, provided it notifies the other party promptly and resumes performance as soon as possible.

11. Governing Law and Jurisdiction
11.1 This agreement is governed by French law.
11.2 Any dispute arising out of or in connection with this agreement shall be submitted to the exclusive jurisdiction of the Commercial Court of Paris (Tribunal de commerce de Paris), France.

12. Miscellaneous
12.1 Neither party may assign this agreement without the other party's prior written consent.
12.2 This agreement may be amended only in writing signed by both parties. It is executed in English; a Chinese translation may be prepared for convenience only.

Annex 1: Hosting provider and data-centre region. Annex 2: Turnstile lanes and gate banks.

Signed for Billetterie Nuage SAS: ____________________  Name / Title: ____________________  Date: __________
Signed for Zhangjiajie Yunxia Scenic Area Operation Co., Ltd.: ____________________  Name / Title: ____________________  Date: __________
"""
CONTRACTS["h278e02"] = dict(
    file="h278e02_glass_bridge_ticketing_saas_order_form.txt", fmt="txt", language="en", category="cloud",
    kind_desc="Zhangjiajie glass-bridge attraction ticketing SaaS, 36 months, Order Form + General Terms; French vendor (Île Cigogne)",
    terms=dict(availability_pct=99.95, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=800 / 978000 * 100,
               liability_cap_pct=round(6 / 36 * 100, 4), prepayment_pct=None, acceptance_clause=True,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="France", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=978000),
    forum_outside=True, fee_base=None,
    sums=[([24500 * 36], 882000), ([882000, 96000], 978000)],
    shares=[],
    figures=["978,000", "99.95%", "six (6) hours", "CNY 800", "six (6) months", "No amount is payable in advance",
             "French law", "Commercial Court of Paris", "prior written consent", "There is no automatic renewal"],
    plan_rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"], plan_risk="medium")

# ================================================================ H278E03 (en, .docx) — compliant, buyer's paper
SOURCES["h278e03"] = """T:Purchase Contract for an Orchard Irrigation Sensor and Control System
P:Contract No. LSJM-2026-IRR-02
P:Buyer: Hainan Lingshui Golden Mango Plantation Co., Ltd., Yelin Town, Lingshui Li Autonomous County, Hainan Province, People's Republic of China (the "Buyer").
P:Supplier: Beuchel AgriSens GmbH, a limited liability company under German law with its registered office on the Insel Beuchel, Germany, acting together with its Haikou representative office (the "Supplier").
P:Whereas the Buyer operates about 620 hectares of mango orchards in nine irrigation blocks and wishes to replace manual irrigation scheduling with a sensor-based drip-irrigation control system; and whereas the Supplier submitted the best offer in the Buyer's invitation to bid No. LSJM-IB-2026-01; the parties agree on the Buyer's standard terms as follows. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Scope of Supply
LN:Supply of soil-moisture and salinity sensors at two depths, weather stations, LoRaWAN gateways and valve controllers for all nine irrigation blocks, as listed in Annex 1.
LN:Supply of a perpetual licence to the AgriSens Irrigation Manager software, installed on the Buyer's server in the farm office, with the mobile application for field staff.
LN:Installation, radio survey, commissioning, integration with the existing fertigation pumps, and training of the Buyer's irrigation team.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,100,000, fixed and inclusive of 13% VAT, packing, transport to the orchard, insurance, installation, import duties and all other costs of the Supplier. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture and salinity sensor, two depths|240|1,860|446,400
TB:2|Weather station with rain gauge and anemometer|6|23,500|141,000
TB:3|LoRaWAN gateway with solar power and 4G backhaul|8|9,800|78,400
TB:4|Valve controller for drip-irrigation zones|64|3,150|201,600
TB:5|AgriSens Irrigation Manager, perpetual licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||963,400
TB:6|Installation, radio survey and commissioning|1|118,600|118,600
TB:7|Training|1|18,000|18,000
TB:|Contract Price|||1,100,000
H:Article 3 Payment
P:3.1 Advance payment: ten per cent (10%) of the Contract Price, CNY 110,000, within fifteen days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Delivery payment: fifty-five per cent (55%), CNY 605,000, within fifteen days after all equipment has been installed in the field and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only; it is not acceptance.
P:3.3 Final payment: thirty-five per cent (35%), CNY 385,000, within fifteen days after Final Acceptance under Article 5.
P:3.4 The advance-payment guarantee shall be released after the delivery payment is made.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the orchard within ninety days after signature and complete installation and commissioning within forty days after delivery. Work in the orchard shall avoid the flowering season and be coordinated with the Buyer's field managers.
P:4.2 The equipment shall be rated for outdoor tropical use: ingress protection of at least IP67, operation from 0 to 55 degrees Celsius and relative humidity up to 95%, and typhoon-resistant mounting as described in Annex 1.
P:4.3 The Supplier shall mark every sensor and controller with its block and zone number and hand over an as-built map of all devices and cables.
H:Article 5 Acceptance
P:5.1 After commissioning the system shall run for a trial period of twenty-one consecutive days, during which the following acceptance criteria shall be met: (a) at least 98% of the scheduled sensor readings from each block reach the Irrigation Manager; (b) soil-moisture readings, checked by the Buyer against gravimetric samples at twenty points, agree within three percentage points of volumetric water content; (c) every valve controller executes an opening and closing command from the Irrigation Manager within 60 seconds; (d) automatic irrigation runs according to the schedules set by the Buyer for all nine blocks, and the alarms for dry soil, high salinity, pipe burst and low battery are triggered correctly in tests; (e) as-built documentation, user manuals and the training are completed.
P:5.2 If the criteria are met, the parties shall sign a Final Acceptance certificate within five working days. If they are not met, the Supplier shall correct the defects at its own cost and the trial period shall start again. Installation, use of the system during the trial period or any payment shall not be deemed acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace free of charge any defective equipment, including batteries and solar panels, and shall correct software defects and supply software updates free of charge.
P:6.2 The Supplier shall keep a stock of spare sensors, valve controllers and one spare gateway at its Haikou office and replace failed units within three working days.
H:Article 7 Service Levels
P:7.1 Severity 1 (irrigation control unavailable for one or more whole blocks, or the Irrigation Manager down): the Supplier shall respond within one (1) hour by telephone or remote session at any time and restore control within twenty-four hours, including on-site attendance where needed. Severity 2 (individual sensors or valves failed): response within eight working hours and repair within three working days. Severity 3 (questions and minor issues): response within two working days.
P:7.2 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
H:Article 8 Maintenance after the Warranty Period
P:8.1 At the Buyer's option the Supplier shall provide maintenance after the warranty period on the terms of Articles 6 and 7, with one preventive visit per season.
P:8.2 The maintenance fee is eight per cent (8%) of the Hardware and Licence Subtotal per year, CNY 77,072 per year, fixed for the first two maintenance years. Maintenance is ordered by the Buyer each year in writing and does not renew automatically.
H:Article 9 Buyer Data and Security
P:9.1 All soil, weather, irrigation, yield and mapping data collected or produced by the system are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The Irrigation Manager is hosted on the Buyer's own server. The Supplier shall access it only through a remote connection enabled by the Buyer for each session, shall use individual accounts and strong passwords, shall change all default passwords of gateways and controllers before handover, and shall not copy Buyer Data to its own systems.
P:9.3 The Supplier shall report any security incident affecting the system or Buyer Data to the Buyer within twelve hours, shall help restore the system, and shall compensate the Buyer for losses caused by incidents attributable to the Supplier.
H:Article 10 Intellectual Property
P:10.1 The irrigation schedules, block configurations, dashboards and integration scripts prepared for the Buyer belong to the Buyer, who may use, modify and pass them to any third party.
P:10.2 The AgriSens Irrigation Manager software remains the Supplier's property and is licensed to the Buyer perpetually and irrevocably.
H:Article 11 Confidentiality
P:11.1 The Supplier shall keep confidential all information received from the Buyer, including orchard maps, yields, costs and prices, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract for three years.
H:Article 12 Liquidated Damages
P:12.1 If the Supplier is late in delivery or in completing installation and commissioning, it shall pay liquidated damages of zero point one per cent (0.1%) of the Contract Price for each day of delay, up to ten per cent (10%) of the Contract Price.
P:12.2 Payment of liquidated damages does not release the Supplier from its obligations or from liability for other losses.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Trenching and cable laying may be subcontracted to a local contractor approved by the Buyer in writing.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after written notice, or if liquidated damages reach their maximum.
P:14.2 On termination the Supplier shall refund the amounts paid for equipment and services not accepted and remove its equipment at its own cost if the Buyer so requests.
H:Article 15 Force Majeure
P:15.1 Typhoons, floods and other events of force majeure excuse a party's delay to the extent they prevent performance, if the affected party notifies the other party within three days and takes reasonable steps to limit the effects.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou in accordance with its rules. The award is final and binding on both parties.
H:Article 17 Miscellaneous
P:17.1 This Contract is made in English and Chinese, both texts being equally authentic, in four originals, two for each party. It enters into force on signature by both parties.
P:Annex 1: Equipment list, technical specifications and block allocation. Annex 2: Installation plan and acceptance test plan.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""
CONTRACTS["h278e03"] = dict(
    file="h278e03_mango_orchard_irrigation_sensors.docx", fmt="docx", language="en", category="hardware",
    kind_desc="Hainan mango orchard irrigation sensors, gateways, valve controllers + perpetual software licence; German integrator (Insel Beuchel), buyer's paper",
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
               prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
               post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1100000),
    forum_outside=False, fee_base=963400,
    sums=[([240 * 1860], 446400), ([6 * 23500], 141000), ([8 * 9800], 78400), ([64 * 3150], 201600),
          ([446400, 141000, 78400, 201600, 96000], 963400), ([963400, 118600, 18000], 1100000),
          ([110000, 605000, 385000], 1100000), ([Fraction(8, 100) * 963400], 77072)],
    shares=[(10, 110000), (55, 605000), (35, 385000)],
    figures=["1,100,000", "963,400", "(10%)", "one (1) hour", "CNY 500", "(0.1%)", "twenty-four (24) months", "(8%)",
             "77,072", "People's Republic of China", "Haikou Arbitration Commission", "prior written consent"],
    plan_rules=[], plan_risk="low")

# ================================================================ H278E04 (en, .md) — managed print + endpoint: subcontract on notice, no delay damages, no SLA remedy
SOURCES["h278e04"] = """# MANAGED PRINT AND ENDPOINT SERVICES AGREEMENT

**Agreement reference:** SMI-DG-2026-003

**Between**

**Shiphoirt Managed IT Ltd**, a company registered in Scotland with its registered office on Eilean Shiphoirt, Isle of Lewis, Scotland (the **"Provider"**); and

**Dongguan Huale Toys Manufacturing Co., Ltd.**, a company incorporated in the People's Republic of China with its registered address at No. 28 Industrial Avenue, Changping Town, Dongguan, Guangdong Province (the **"Customer"**).

**Recitals**

A. The Customer manufactures plastic and plush toys for export in two factory buildings and an office block in Changping, with about 1,900 staff, and relies on label, shipping-document and office printing and on some 620 desktop and laptop computers.

B. The Provider offers managed print and endpoint management services to manufacturers in southern China through its Shenzhen service centre.

C. The parties wish to set out the terms on which the Provider will manage the Customer's print fleet and endpoints. At the Customer's request all charges are stated and payable in Chinese yuan (CNY).

## 1. Definitions

1.1 **"Services"** means the managed print service, the endpoint management service and the service desk described in Schedule 1.

1.2 **"Fleet"** means the 46 multifunction printers, label printers and desktop printers listed in Schedule 2, supplied and owned by the Provider.

1.3 **"Endpoints"** means the Customer's desktop and laptop computers enrolled in the Provider's management platform, initially 620.

1.4 **"Transition"** means the work described in clause 3 to take over the Fleet and Endpoints and start the Services.

1.5 **"Customer Data"** means all documents, scans, print logs, device inventories and other data of the Customer processed by the Provider or stored on the Fleet or the Endpoints.

## 2. Term

2.1 The Services start on the Service Commencement Date stated in the Transition Acceptance certificate and continue for twenty-four (24) months.

2.2 This Agreement does not renew automatically. Any extension shall be agreed in writing before the end of the term.

## 3. Transition

3.1 The Provider shall install the new Fleet, migrate print queues and label templates, enrol all Endpoints in its management platform, and set up the service desk. The Provider will use reasonable endeavours to complete Transition by 31 May 2026 (the **"Target Date"**), and will keep the Customer informed of progress every week.

3.2 Transition Acceptance criteria: (a) all 46 Fleet devices installed, networked and printing from every production line and office; (b) all label and shipping-document templates reproduced and verified by the Customer's warehouse; (c) all Endpoints enrolled and reporting, with at least 95% of Endpoints compliant with the agreed patch baseline; (d) secure release printing working with staff badges; (e) five consecutive working days of hypercare without a Priority 1 incident.

3.3 When the criteria are met, the Customer shall sign a Transition Acceptance certificate within three working days. Use of the Fleet or of the service desk before that certificate is not acceptance.

## 4. Charges and Payment

4.1 The charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Print fleet fee (46 devices, includes 180,000 mono and 40,000 colour pages per month) | CNY 18,400 per month x 24 | 441,600 |
| Endpoint management | 620 Endpoints x CNY 42 per month x 24 | 624,960 |
| Service desk | CNY 9,560 per month x 24 | 229,440 |
| Transition (one-time) | after Transition Acceptance | 64,000 |
| **Total fixed charges** | | **1,360,000** |

4.2 Pages above the included volumes are charged at CNY 0.035 per mono page and CNY 0.28 per colour page, invoiced quarterly. Endpoints added or removed change the endpoint charge from the following month.

4.3 No charge is payable in advance. Monthly charges are invoiced at the end of each month; the Transition charge is invoiced after Transition Acceptance. Invoices are payable within thirty days.

## 5. Service Levels

5.1 The Provider shall meet the following service levels:

| Priority | Example | Response | Restoration |
|---|---|---|---|
| P1 | Label printing stopped on a production line, or more than 50 Endpoints affected | 30 minutes | 6 hours |
| P2 | A single device or Endpoint unusable | 2 hours | next working day |
| P3 | Requests and minor faults | 1 working day | 3 working days |

5.2 The Provider shall also keep at least 95% of Endpoints compliant with the agreed patch baseline each month and apply critical security patches within seven days of release.

5.3 The service levels are targets. Failure to meet a service level does not entitle the Customer to service credits, fee deductions, damages or any other compensation; the Provider's only obligation is to investigate the failure and present a written remediation plan at the next monthly service review.

5.4 The Provider shall present a monthly service report showing performance against each service level, open incidents, toner and parts usage and patch compliance.

## 6. Provider Obligations

6.1 The Provider shall supply, install, maintain and replace the Fleet and supply all toner, parts and consumables except paper and labels.

6.2 The Provider shall keep one on-site engineer at the Customer's premises during the Customer's day shift, Monday to Saturday.

6.3 The Provider shall follow the Customer's site rules, including safety induction, restricted areas and the no-photography rule in product development rooms.

6.4 The Provider shall hold a monthly service review with the Customer's IT manager and a quarterly review with the Customer's finance director, covering volumes, costs, incidents, patch compliance and proposals for reducing printing.

6.5 The Provider shall collect used toner cartridges and replaced parts and have them recycled in accordance with the environmental rules of Guangdong Province, and shall give the Customer a recycling record each quarter.

## 6A. Customer Obligations

6A.1 The Customer shall provide network connections, power, a lockable storeroom for consumables and desk space for the on-site engineer.

6A.2 The Customer shall name an IT contact with authority to approve changes and shall give the Provider's staff the access to buildings and systems they need for the Services.

## 7. Subcontracting

7.1 The Provider may subcontract any part of the Services, including on-site engineering, device delivery and recycling of consumables, to its partner companies in Guangdong, by giving the Customer written notice of the subcontractor's name before it starts work.

7.2 The Provider remains responsible for the acts and omissions of its subcontractors as for its own.

## 8. Customer Data and Security

8.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and shall not use it for any other purpose, including in aggregated or anonymised form.

8.2 The Provider shall protect Customer Data by appropriate technical and organisational measures, including encrypted hard disks in all Fleet devices, secure release printing, multi-factor authentication for the management platform, role-based access for its staff and logging of all administrative actions. The management platform is hosted in mainland China.

8.3 When a Fleet device is removed, its storage shall be wiped to a recognised standard in the Customer's presence or handed to the Customer.

8.4 The Provider shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, cooperate in the investigation, and be liable for the losses caused by incidents attributable to the Provider or its subcontractors.

## 9. Confidentiality

Each party shall keep confidential the non-public information of the other party, including product designs, customer orders and pricing, and shall not disclose it to third parties without prior written consent, except to subcontractors who need it for the Services and are bound by equivalent obligations. These obligations continue for three years after this Agreement ends.

## 10. Intellectual Property

10.1 The Provider's management platform and tools remain its property.

10.2 Label templates, print policies, scripts, device images and runbooks prepared for the Customer belong to the Customer, who may use and modify them freely and hand them over to any successor provider.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to one hundred and twenty-five per cent (125%) of the total fixed charges.

11.2 This limit does not apply to death or personal injury, breach of clauses 8 and 9, or wilful misconduct.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

12.2 On expiry or termination the Provider shall remove the Fleet after wiping its storage under clause 8.3, return all Customer Data, and support the handover to a new provider for up to thirty days.

## 12A. Force Majeure

Neither party is liable for delay or failure caused by typhoons, floods, epidemics, power rationing or other events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as the event ends.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Dongguan Arbitration Commission for arbitration in Dongguan.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties. Changes must be in writing and signed by both parties.

14.2 This Agreement is signed in two English originals.

**Schedules:** 1 Service description; 2 Fleet list and locations; 3 Patch baseline.

| For the Provider | For the Customer |
|---|---|
| Name: | Name: |
| Title: | Title: |
| Signature: | Signature: |
| Date: | Date: |
"""
CONTRACTS["h278e04"] = dict(
    file="h278e04_toy_factory_managed_print_endpoint_service.md", fmt="md", language="en", category="services",
    kind_desc="Dongguan toy factory managed print (46 devices) + endpoint management (620) + service desk, 24 months; Scottish provider (Eilean Shiphoirt)",
    terms=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=125,
               prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1360000),
    forum_outside=False, fee_base=None,
    sums=[([18400 * 24], 441600), ([620 * 42 * 24], 624960), ([9560 * 24], 229440),
          ([441600, 624960, 229440, 64000], 1360000)],
    shares=[],
    figures=["1,360,000", "30 minutes", "does not entitle the Customer to service credits", "reasonable endeavours",
             "by giving the Customer written notice", "(125%)", "People's Republic of China", "Dongguan Arbitration Commission"],
    plan_rules=["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], plan_risk="high")

# ================================================================ H278E05 (en, .txt) — OCR API: no data-security clause, training reuse, 65 % in advance
SOURCES["h278e05"] = """API SUBSCRIPTION AGREEMENT - IDENTITY DOCUMENT RECOGNITION SERVICE

Reference: LD-SH-2026-0042

PARTIES

Leitura Digital, Lda., a private limited company organised under Portuguese law with its registered office on the Ilhéu Bom Bom ("Vendor"); and

Shanghai Anxin Insurance Brokers Co., Ltd., a company incorporated in the People's Republic of China with its registered address at Room 1208, No. 500 Lujiazui Ring Road, Pudong New Area, Shanghai ("Customer").

BACKGROUND

The Customer is a licensed insurance broker selling motor, health and travel insurance through its mobile application, its website and about 300 agents. When a policyholder opens an account or buys a policy, the Customer must record the policyholder's identity details. The Customer wishes to read resident identity cards, passports and Mainland travel permits for Hong Kong and Macao residents automatically from photographs taken in its application, and to check the quality of those photographs. The Vendor provides an optical character recognition service for identity documents through an application programming interface (the "API"). At the Customer's request, all fees are stated and payable in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Service" means the Vendor's identity document recognition service made available through the API, including field extraction, image-quality checks, tamper detection and the web console, as described in Annex A.

1.2 "Recognition" means one successful API call that returns the extracted fields of one side of one document.

1.3 "Customer Data" means the document images submitted by the Customer through the API and the fields and results returned for them.

1.4 "Service Start Date" means the date on which the Customer signs the Integration Acceptance certificate under clause 4.

1.5 "Subscription Term" means twenty-four (24) months from the Service Start Date, divided into a first and a second "Subscription Year".

2. THE SERVICE

2.1 The Vendor shall provide the Service to the Customer during the Subscription Term through API endpoints served from a data centre in mainland China, and shall provide production and test API keys for the Customer's application and agent tools.

2.2 The Service supports the resident identity card (both sides), the passport data page and the Mainland travel permit for Hong Kong and Macao residents. New document types are added without extra charge when the Vendor releases them.

2.3 The Vendor shall provide an integration guide, software development kits for iOS, Android and Java, and an engineer to support the Customer's developers during integration.

2.4 The Vendor shall give the Customer at least thirty days' notice of any change to the API that requires changes to the Customer's application, and shall keep the previous API version available for at least ninety days after such a change.

2.5 The web console shows call volumes and error rates per day and allows the Customer to manage API keys, users and usage alerts.

3. FEES AND PAYMENT

3.1 The fees for the Subscription Term are:

   Platform fee                 CNY 18,000 per month x 24 months              CNY   432,000
   Committed recognitions       1,800,000 per Subscription Year x 2
                                at CNY 0.16 per Recognition                   CNY   576,000
   Integration support          one-time                                      CNY    42,000
   Total Fees                                                                 CNY 1,050,000

3.2 Recognitions above the committed volume in a Subscription Year are charged at CNY 0.14 each, invoiced quarterly in arrears. Unused committed recognitions expire at the end of each Subscription Year.

3.3 Sixty-five per cent (65%) of the Total Fees, CNY 682,500, is invoiced on signature of this Agreement and must be paid before the Vendor issues the test API keys and starts integration support.

3.4 The remaining thirty-five per cent (35%), CNY 367,500, is invoiced at the start of the second Subscription Year.

3.5 Invoices are payable within twenty days of receipt by bank transfer to the Vendor's CNY account. Fees are inclusive of Chinese VAT.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall support the Customer's integration so that the Customer can run the Integration Acceptance tests within six weeks after the test API keys are issued.

4.2 The Integration Acceptance tests use a sample set of 500 documents prepared by the Customer (300 identity cards, 120 passports and 80 travel permits, photographed under normal and poor lighting). The criteria are: (a) field-level accuracy of at least 98.5% for name, document number, date of birth, address and validity dates; (b) response time of no more than 800 milliseconds for 95% of calls at 50 calls per second; (c) all blurred, cropped or photocopied samples in the set are flagged by the quality checks; (d) the Customer's mobile application and agent tool complete the end-to-end flow without errors.

4.3 When the criteria are met the Customer shall sign an Integration Acceptance certificate within five working days. Use of the test API keys is not acceptance.

4.4 If the Integration Acceptance tests cannot be run within the period in clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 900 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced five working days in advance and performed between 01:00 and 05:00 China time.

5.2 Incidents are classified and handled as follows. Priority 1 (the API is unavailable or returns errors for more than 10% of calls): response within thirty (30) minutes, 24 hours a day, and restoration within two hours. Priority 2 (degraded accuracy or speed): response within two hours and resolution within two working days. Priority 3 (other questions): response within one working day.

5.3 If monthly availability is below 99.95%, the Vendor shall credit the Customer 5% of the monthly platform fee for availability of 99.5% or more, 10% for availability of 99.0% or more and 20% below 99.0%. If a Priority 1 incident is not restored within two hours, an additional credit of 2% of the monthly platform fee applies for each further hour.

5.4 The Vendor shall send the Customer a monthly service report showing availability, call volumes, error rates, credits due and incidents.

6. CUSTOMER DATA

6.1 The Customer owns the Customer Data. The Customer is responsible for informing policyholders and obtaining any consents required under the Personal Information Protection Law for the submission of document images to the Service.

6.2 The Vendor processes Customer Data to provide the Service.

6.3 The Vendor may retain document images and extracted fields submitted through the API, after removing the Customer's account identifiers, and use them to train, test and improve its recognition models and its other products for all of its customers. This right continues after the end of the Subscription Term.

7. INTELLECTUAL PROPERTY

7.1 The Vendor owns the Service, the API, the recognition models and the software development kits. The Customer may use them during the Subscription Term for its own business.

7.2 The field mappings, quality thresholds and custom templates configured for the Customer's application belong to the Customer, who may use, modify and transfer them to any other provider freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's business information received under this Agreement, including prices, product plans, technical documentation and the terms of this Agreement, and shall not disclose it to any third party without the other party's prior written consent.

8.2 The obligations in clause 8.1 continue for three years after the end of this Agreement and do not apply to information that is public or independently developed.

9. SUBCONTRACTING

9.1 The Vendor may use the cloud infrastructure provider named in Annex B to host the Service. The Vendor shall not subcontract any other part of the Service without the Customer's prior written consent.

9.2 The Vendor remains responsible for the performance of any subcontractor.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to two hundred per cent (200%) of the Total Fees.

10.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct or gross negligence.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; a renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice describing the breach.

11.3 If the Customer terminates under clause 11.2, the Vendor shall refund the prepaid fees for the period after termination and for unused committed recognitions.

11.4 On the end of this Agreement the Vendor shall deactivate the Customer's API keys and provide the Customer with its usage records.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The arbitral award is final and binding.

13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses given in Annex B.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 This Agreement is made in English in two originals. Amendments must be in writing and signed by both parties.

Annex A: Service description and supported document types. Annex B: Cloud infrastructure provider; contacts.

For Leitura Digital, Lda.                        For Shanghai Anxin Insurance Brokers Co., Ltd.
Name: ______________________                      Name: ______________________
Title: _____________________                      Title: _____________________
Date: ______________________                      Date: ______________________
"""
CONTRACTS["h278e05"] = dict(
    file="h278e05_insurance_broker_id_card_ocr_api.txt", fmt="txt", language="en", category="cloud",
    kind_desc="Shanghai insurance broker ID-document OCR API subscription, 24 months; Portuguese vendor (Ilhéu Bom Bom)",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
               buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=900 / 1050000 * 100, liability_cap_pct=200,
               prepayment_pct=65, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1050000),
    forum_outside=False, fee_base=None,
    sums=[([18000 * 24], 432000), ([Fraction(16, 100) * 1800000 * 2], 576000), ([432000, 576000, 42000], 1050000),
          ([682500, 367500], 1050000)],
    shares=[(65, 682500), (35, 367500)],
    figures=["1,050,000", "(65%)", "682,500", "99.95%", "thirty (30) minutes", "CNY 900", "(200%)",
             "train, test and improve its recognition models", "People's Republic of China",
             "Shanghai Arbitration Commission", "prior written consent"],
    plan_rules=["CR-DATA-OWNERSHIP", "CR-DATA-SECURITY", "CR-PREPAYMENT"], plan_risk="high")


# ================================================================ build, check, label
def read_back(path):
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s)


def label(key, c):
    t = c["terms"]
    assert list(t) == TERM_KEYS, key
    goods = t["contract_kind"] == "goods_or_licence"
    extra = {"sla_clause": c["extra"]["sla_clause"], "ld_stated": c["extra"]["ld_stated"]}
    if goods:
        extra["post_warranty_fee_capped"] = c["extra"]["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in c["extra"], key
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
    extra["acceptance_deemed_on_delivery"] = c["extra"]["acceptance_deemed_on_delivery"]
    extra["contract_value"] = c["extra"]["contract_value"]
    return {"file": c["file"], "language": c["language"], "category": c["category"],
            "expected_terms": dict(t), "expected_extra": extra, "expected_rules": list(c["plan_rules"])}


def on_threshold(key, c):
    """No labelled figure may sit on a policy threshold either."""
    t, e = c["terms"], c["extra"]
    checks = [(t["availability_pct"], 99.9), (t["p1_response_hours"], 4), (t["ld_rate_per_day_pct"], 0.05),
              (t["liability_cap_pct"], 100), (t["prepayment_pct"], 30), (t["warranty_months"], 12),
              (t["post_warranty_fee_pct"], 15)]
    for v, th in checks:
        assert v is None or abs(v - th) > 1e-9, (key, v, th)
    if t["contract_kind"] == "goods_or_licence":
        res = tco(t, e, c["fee_base"])
        if res:
            assert abs(res[2] - 40) > Fraction(1, 10), (key, float(res[2]))


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    keys = ["h278z01", "h278z02", "h278z03", "h278z04", "h278z05", "h278e01", "h278e02", "h278e03", "h278e04", "h278e05"]
    assert sorted(SOURCES) == sorted(keys) == sorted(CONTRACTS)
    # the planned mix and formats
    fmts = [CONTRACTS[k]["fmt"] for k in keys]
    assert sorted(fmts) == sorted(["docx"] * 2 + ["pdf"] * 2 + ["md"] * 3 + ["txt"] * 3), fmts
    for f in ("docx", "pdf", "md", "txt"):
        assert {CONTRACTS[k]["language"] for k in keys if CONTRACTS[k]["fmt"] == f} == {"zh", "en"}, f
    sizes = sorted(len(CONTRACTS[k]["plan_rules"]) for k in keys)
    assert sizes[:2] == [0, 0] and sizes[2] == 1 and all(2 <= n <= 3 for n in sizes[3:9]) and sizes[9] >= 9, sizes
    single = [k for k in keys if len(CONTRACTS[k]["plan_rules"]) == 1]
    assert SEVERITY[CONTRACTS[single[0]]["plan_rules"][0]] == "low" and CONTRACTS[single[0]]["plan_risk"] == "low"
    fired = set(r for k in keys for r in CONTRACTS[k]["plan_rules"])
    print("rules fired across the set: %d of %d; not fired: %s" % (len(fired), len(SEVERITY), sorted(set(SEVERITY) - fired)))

    # text files as they are; Word / PDF through ../word_pdf.py
    for k in keys:
        c = CONTRACTS[k]
        if c["fmt"] in ("txt", "md"):
            (OUT / c["file"]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", c["file"])
    write({k: SOURCES[k] for k in keys if CONTRACTS[k]["fmt"] in ("docx", "pdf")},
          {k: (CONTRACTS[k]["file"], CONTRACTS[k]["fmt"]) for k in keys if CONTRACTS[k]["fmt"] in ("docx", "pdf")},
          OUT, wrap_words=True)

    bad = []
    for k in keys:
        c = CONTRACTS[k]
        assert c["file"].startswith(k + "_") and c["file"].endswith("." + c["fmt"]), k
        # price and payment arithmetic
        for parts, total in c["sums"]:
            assert sum(Fraction(p) for p in parts) == total, (k, parts, total)
        if c["shares"]:
            assert sum(s for s, _ in c["shares"]) == 100, k
            for pct, amount in c["shares"]:
                assert Fraction(pct, 100) * c["extra"]["contract_value"] == amount, (k, pct, amount)
        # read back
        text = read_back(OUT / c["file"])
        flat = norm(text)
        for fig in c["figures"]:
            assert norm(fig) in flat, (k, "figure not in read-back text", fig)
        amount = "{:,}".format(c["extra"]["contract_value"])
        assert amount in flat, (k, amount)
        if c["language"] == "zh":
            n, nonws = len(text), len("".join(text.split()))
            assert 2800 <= n <= 3300 and 2800 <= nonws <= 3300, (k, n, nonws)
            c["length"] = "%d characters (%d without whitespace)" % (n, nonws)
        else:
            n = len(text.split())
            assert 1500 <= n <= 1700, (k, n)
            c["length"] = "%d words (%d characters)" % (n, len(text))
        hits = threshold_hits(text) + threshold_hits(SOURCES[k])
        if hits:
            bad.append((k, hits))
        # the policy re-applied to the labels must give the plan
        on_threshold(k, c)
        rules, risk = apply_rules(c["terms"], c["extra"], c["forum_outside"], c["fee_base"])
        assert rules == sorted(c["plan_rules"]) and risk == c["plan_risk"], (k, rules, risk, c["plan_rules"], c["plan_risk"])
        res = tco(c["terms"], c["extra"], c["fee_base"]) if c["terms"]["contract_kind"] == "goods_or_licence" else None
        c["tco"] = "TCO %s, post-warranty fees %s, share %.2f %%" % (
            "{:,}".format(float(res[0])), "{:,}".format(float(res[1])), float(res[2])) if res else "TCO n/a"
        print("%s  %-5s %-40s risk %-6s %s; %s" % (k, c["fmt"], ",".join(r[3:] for r in rules) or "(none)", risk,
                                                   c["length"], c["tco"]))
    assert not bad, bad

    for k in keys:
        c = CONTRACTS[k]
        path = OUT / (Path(c["file"]).stem + ".json")
        path.write_text(json.dumps(label(k, c), ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", path.name)
    print("all checks passed")


if __name__ == "__main__":
    main()
