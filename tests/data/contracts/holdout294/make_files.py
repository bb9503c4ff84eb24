"""holdout294: builds the ten blind ORDINARY draft contracts of this folder and their labels.

Sources are kept below in a small markup (T: title, H: heading, P: paragraph, TB: table row, cells split by |).
.md and .txt files are rendered here; .docx and .pdf through ../word_pdf.py (write(..., wrap_words=True)).
Then every built file is read back (python-docx paragraphs + tables, pypdf), lengths are checked, every labelled
figure is looked up in the text, every price / payment sum is asserted, the policy rules (policy.md §3, §4) are
re-applied to the labels and compared with the planned findings, the labels are written, and the read-back text
is scanned for any figure sitting on a policy threshold. Run with /work/main/.venv/bin/python.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scan
D = r"[\d.]"
CN = "〇零一二三四五六七八九十百千"
THRESH = {
    "availability 99.9": r"(?<![\d.,])99\.9(?![\d])|九十九点九(?![" + CN + r"])",
    "P1 response 4 h": r"(?<![\d.,])4\s*(?:个)?(?:小时|hours?|hrs?\b|h\b|-hour)|(?<![" + CN + r"])四(?:个)?小时|(?<![\w-])four(?:\s*\(4\))?[\s-]+hours?",
    "LD 0.05 %/day": r"(?<![\d.,])0\.05\s*(?:%|per\s*cent|percent)|万分之五(?![十" + CN + r"])|0\.35\s*(?:%|per\s*cent)|(?<![\w-])five\s+hundredths|千分之零点五",
    "liability cap 100 %": r"(?<![\d.,])100\s*(?:%|per\s*cent|percent)|百分之百|百分之一百(?![" + CN + r"])|one\s+hundred\s+per\s*cent(?!\s*\(1)",
    "prepayment 30 %": r"(?<![\d.,])30\s*(?:%|per\s*cent|percent)|(?<![" + CN + r"])百分之三十(?![" + CN + r"点])|(?<![\w-])thirty\s+per\s*cent|(?<![\w-])thirty\s+percent",
    "warranty 12 months": r"(?<![\d.,])12\s*(?:个月|months?|-month)|十二个月|(?<![\w-])twelve(?:\s*\(12\))?[\s-]+months?",
    "post-warranty fee 15 %": r"(?<![\d.,])15\s*(?:%|per\s*cent|percent)|(?<![" + CN + r"])百分之十五(?![" + CN + r"点])|(?<![\w-])fifteen\s+per\s*cent",
    "TCO share 40 %": r"(?<![\d.,])40\s*(?:%|per\s*cent|percent)|(?<![" + CN + r"])百分之四十(?![" + CN + r"点])|(?<![\w-])forty\s+per\s*cent",
    "TCO horizon 5 years": r"(?<![\d.,])5\s*(?:年|years?|-year)|(?<![" + CN + r"])五年|(?<![\w-])five(?:\s*\(5\))?[\s-]+years?",
}
THRESH_RE = {k: re.compile(v, re.I) for k, v in THRESH.items()}


def selftest_thresholds():
    hits = {
        "availability 99.9": ["可用率99.9%", "99.9 % uptime", "百分之九十九点九"],
        "P1 response 4 h": ["4小时内响应", "within 4 hours", "四小时", "four (4) hours", "a 4-hour fix"],
        "LD 0.05 %/day": ["0.05%", "万分之五", "0.05 per cent", "0.35% per week"],
        "liability cap 100 %": ["100%", "百分之一百", "one hundred per cent"],
        "prepayment 30 %": ["30%", "百分之三十", "thirty per cent", "30 per cent"],
        "warranty 12 months": ["12个月", "12 months", "十二个月", "twelve (12) months", "a 12-month term"],
        "post-warranty fee 15 %": ["15%", "百分之十五", "fifteen per cent"],
        "TCO share 40 %": ["40%", "百分之四十", "forty per cent"],
        "TCO horizon 5 years": ["5年", "五年", "five years", "5 years"],
    }
    misses = ["99.95%", "99.5%", "24小时", "二十四小时", "twenty-four hours", "14 hours", "2025年", "0.065%",
              "万分之五十", "130%", "1,100%", "百分之三十五", "百分之十五点五", "112 months", "2015年", "115%",
              "百分之四十五", "140%", "25 years", "thirty-five per cent", "0.105%", "24 hours", "45 stores",
              "二〇二五年", "1.5 years", "15 minutes"]
    for k, pos in hits.items():
        for s in pos:
            assert THRESH_RE[k].search(s), (k, s)
    for s in misses:
        for k, rx in THRESH_RE.items():
            assert not rx.search(s), (k, s)


def scan(name, text):
    flat = re.sub(r"\s+", "", text)
    spaced = re.sub(r"\s+", " ", text)
    for k, rx in THRESH_RE.items():
        for t in (text, spaced, flat if re.search(r"[\u4e00-\u9fff]", text) else spaced):
            m = rx.search(t)
            assert not m, (name, k, t[max(0, m.start() - 30):m.end() + 30])


# ---------------------------------------------------------------- rendering and read-back
def items(src):
    out = []
    for line in src.strip().splitlines():
        if line.strip():
            tag, _, text = line.partition(":")
            out.append((tag, text))
    return out


def render(src, kind):
    lines, prev = [], None
    for tag, text in items(src):
        if tag == "TB":
            cells = text.split("|")
            if kind == "md":
                if prev != "TB":
                    lines.append("")
                lines.append("| " + " | ".join(cells) + " |")
                if prev != "TB":
                    lines.append("|" + "---|" * len(cells))
            else:
                lines.append("  ".join(cells))
        else:
            if prev == "TB":
                lines.append("")
            if tag == "T":
                lines.append(("# " if kind == "md" else "") + text)
                lines.append("")
            elif tag == "H":
                lines.append(("## " if kind == "md" else "") + text)
                lines.append("")
            else:
                lines.append(text)
                lines.append("")
        prev = tag
    return "\n".join(lines).rstrip("\n") + "\n"


def read_back(path):
    if path.suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def measure(lang, text):
    return len(text) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
def tco(cv, base, warranty_months, fee_pct, horizon=5):
    years = max(0.0, horizon - warranty_months / 12)
    post = fee_pct / 100 * base * years
    return cv + post, post, (post / (cv + post) * 100 if cv + post else 0.0)


def apply_rules(t, x, forum_outside=False, fee_base=None):
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] in ("supplier", "joint", None):
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            _, _, share = tco(x["contract_value"], fee_base, t["warranty_months"] or 0, t["post_warranty_fee_pct"])
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
           "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
    levels = [sev.get(r, "medium") for r in rules]
    return "high" if "high" in levels else ("medium" if "medium" in levels else "low")


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# Base clean terms; each contract overrides what differs.
CLEAN = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
             liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
             termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
             contract_kind="goods_or_licence")

C = {}  # key -> dict(file, lang, category, src, terms, extra, plan, must, forum_outside, fee_base, sums)

# ================================================================ h294z01 (zh, .md) compliant
Z01 = """
T:临川市住房和城乡建设局 建筑工地扬尘噪声在线监测平台建设项目 政府采购合同
P:合同编号：LCZJ-ZFCG-2025-047　　采购方式：公开招标　　招标编号：LCZC2025-GK-118
P:采购人（甲方）：临川市住房和城乡建设局　　地址：临川市政务中心东楼六层
P:供应商（乙方）：江州蓝图环境科技有限公司　　地址：江州市高新区创业大道88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就在建工地扬尘噪声在线监测平台建设事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方在全市120个在建工地安装扬尘噪声在线监测设备，部署监管平台软件，完成与省智慧工地监管平台、市生态环境局大气监测平台的数据对接，并提供培训和质保期内的运行维护。
P:1.2 平台部署在市政务云，由甲方提供云资源；乙方负责平台软件的安装、配置和调优。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾柒万元整（¥2,270,000），为固定总价，包含设备、软件许可、开发、安装、运输、保险、培训、质保期服务及税费。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|扬尘噪声在线监测设备（PM2.5、PM10、TSP、噪声、温湿度、风速风向）|120套|9,600|1,152,000
TB:2|监管平台软件许可（含移动端、大屏端，永久使用）|1套|680,000|680,000
TB:3|定制开发（省智慧工地平台、市生态环境局平台接口）|1项|236,000|236,000
TB:4|设备安装调试及数据接入|120点|1,450|174,000
TB:5|培训|1项|28,000|28,000
TB:合计|||　|2,270,000
P:2.2 上表第1、2项为软硬件小计，计人民币1,832,000元。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，计454,000元。
P:3.2 全部设备安装完毕、数据接入平台并经甲方书面确认后，支付合同总价的45%，计1,021,500元。设备安装确认仅为进度确认，不视为验收。
P:3.3 项目最终验收合格后30日内，支付合同总价的35%，计794,500元。
P:3.4 乙方应在签约时提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成全部设备安装、平台部署及接口对接。
P:4.2 因工地停工、甲方原因造成的延误，工期相应顺延，双方应书面确认。
P:4.3 甲方负责协调各在建工地的施工单位提供安装位置和临时电源，并指定一名联络人；乙方每周向甲方报送安装进度表，列明已安装、已接入和待处理的工地清单。
P:4.4 乙方应在平台上线前为市、区两级监管人员及工地管理人员分批开展培训，培训不少于6场，并提交操作手册和培训签到记录。
H:第五条 验收
P:5.1 设备到货后进行到货检验，核对型号、数量、CMA计量检定证书。
P:5.2 最终验收标准：（一）设备颗粒物监测数据与市环境监测站标准设备比对，相对误差不超过±15微克每立方米或±10%（以较大者为准）；（二）连续试运行30日，设备数据有效上传率不低于95%；（三）超标报警在5分钟内推送至监管人员手机端；（四）与省、市两个平台接口联调通过，数据一致；（五）平台通过第三方等保二级测评。
P:5.3 甲方在乙方提交验收申请后15日内组织验收，出具书面验收报告。任何安装、上线、试运行或付款行为，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障设备和部件，免费提供软件升级。
P:6.2 质保期满后，甲方可选择续签维保服务。维保年费不超过软硬件小计的8%（即每年不超过146,560元），前两个维保年度价格不上浮，具体以双方另行签订的书面合同为准，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护除外，维护须提前3日书面告知甲方）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或全部工地数据中断）30分钟内响应，2小时内恢复；二级故障（单个工地设备离线）2小时内响应，次日内到场修复；三级故障（非关键功能问题）1个工作日内响应。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减维保考核款500元；平台月可用率每低于承诺值0.01个百分点，扣减1,000元，从应付款或履约保证金中扣除。
H:第八条 数据安全
P:8.1 监测数据、工地信息、报警记录及平台日志的所有权归甲方。乙方仅为履行本合同使用上述数据，不得复制、留存或用于其他任何目的，不得向第三方提供。
P:8.2 乙方应按等保二级要求落实访问控制、传输加密、日志审计和备份措施；运维人员通过甲方堡垒机访问平台，账号实名管理。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行合同中知悉的甲方工作秘密、工地及企业信息负保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发的接口程序、源代码、文档及报表模板的知识产权归甲方所有，乙方应在验收时移交源代码。
P:10.2 平台软件的原有知识产权仍归乙方，甲方享有永久、不可撤销的使用权。
P:10.3 乙方保证所供设备和软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 分包
P:本项目不得分包或转包。
H:第十二条 违约责任
P:12.1 乙方逾期完成的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:第十三条 合同解除
P:乙方逾期超过30日，或严重违约经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市住房和城乡建设局　　　　乙方（盖章）：江州蓝图环境科技有限公司
P:代表签字：＿＿＿＿＿＿　　　　　　　　　　　代表签字：＿＿＿＿＿＿
P:日期：2025年　月　日　　　　　　　　　　　日期：2025年　月　日
"""

C["z01"] = dict(
    file="h294z01_housing_bureau_site_dust_noise_platform.md", lang="zh", category="hardware", src=Z01,
    terms=dict(CLEAN, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
               warranty_months=36, post_warranty_fee_pct=8),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2270000),
    plan=[], fee_base=1832000,
    sums=[(120 * 9600 + 680000 + 236000 + 120 * 1450 + 28000, 2270000), (120 * 9600 + 680000, 1832000),
          (454000 + 1021500 + 794500, 2270000), (0.20 * 2270000, 454000), (0.45 * 2270000, 1021500),
          (0.35 * 2270000, 794500), (0.08 * 1832000, 146560)],
    must=["99.95%", "30分钟内响应", "千分之一", "20%", "三年", "8%", "2,270,000", "1,832,000", "146,560", "堡垒机",
          "保密", "归甲方所有", "不得分包", "中华人民共和国法律", "不视为验收合格"],
)

# ================================================================ h294z02 (zh, .docx) post-warranty fee, TCO, P1 response
Z02 = """
T:瓦楞纸板生产线控制系统改造项目合同
P:合同编号：HX-BZ-2025-0316
P:甲方（买方）：南浔恒信包装股份有限公司纸箱厂
P:乙方（卖方）：苏州瑞拓工业自动化有限公司
P:鉴于甲方拟对其2号五层瓦楞纸板生产线（幅宽2,500毫米）的湿部、干部及横切控制系统进行改造，乙方具备相应的设计、供货和调试能力，双方依据《中华人民共和国民法典》，经友好协商，就本项目达成如下协议。
H:第1条 定义
P:1.1 "系统"指本合同第2条所列控制系统软硬件及其集成成果。
P:1.2 "终验"指按第5条完成的最终验收。"停线故障"指导致生产线整线停机的故障。
P:1.3 "技术协议"指双方于签约前确认的《2号线控制系统改造技术协议》，其中载明的控制功能、性能指标、设备品牌型号和接口规范是本合同验收的依据。技术协议与本合同正文不一致的，以较有利于甲方生产安全和产品质量的约定为准。
H:第2条 供货范围与价格
P:2.1 本合同总价为人民币2,130,000元（含13%增值税），明细见下表：
TB:序号|名称|数量|金额（元）
TB:1|生产管理控制系统软件许可（湿部、干部、横切、订单排程模块）|1套|486,000
TB:2|PLC控制柜及伺服驱动（湿部、干部、横切）|1批|918,000
TB:3|现场工业交换机、张力传感器、编码器及线缆|1批|214,000
TB:4|操作站及服务器|1批|142,000
TB:软硬件小计|　|　|1,760,000
TB:5|安装、调试及停机改造|1项|248,000
TB:6|与甲方ERP订单系统接口定制开发|1项|96,000
TB:7|操作及维护培训|1项|26,000
TB:合计|　|　|2,130,000
P:2.2 上述价格为固定价格，包括运输、保险、安装、调试、培训及质保期服务。
H:第3条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即426,000元，作为预付款。
P:3.2 设备到达甲方工厂并安装完毕后，甲方支付合同总价的50%，即1,065,000元。到货安装仅为交付确认，不构成验收。
P:3.3 终验合格后20个工作日内，甲方支付合同总价的25%，即532,500元。
P:3.4 其余5%即106,500元作为质量保证金，质保期满且无未决质量问题后支付。
H:第4条 交付与停机改造
P:4.1 乙方应于合同生效后75日内将全部设备运抵甲方工厂，停机改造时间不超过10日，具体停机窗口由甲方根据订单情况确定。
P:4.2 乙方应在合同生效后15日内召开设计联络会，提交电气原理图、控制柜布置图、网络拓扑图和停机改造方案，经甲方书面确认后方可生产备货。改造期间乙方应派驻项目经理及不少于4名调试工程师常驻现场，遵守甲方的安全生产、动火作业和门禁管理制度。
P:4.3 甲方负责提供设备基础、动力电源、压缩空气接口及ERP系统测试环境，并安排熟悉生产线的操作人员配合调试。因甲方未按期提供上述条件造成的延误，工期相应顺延。
P:4.4 乙方逾期交付或逾期完成停机改造的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
H:第5条 验收
P:5.1 终验标准：（1）生产线以每分钟220米车速连续稳定运行72小时，无停线故障；（2）纸板横切长度误差不超过±1毫米；（3）订单换单时间不超过45秒；（4）与ERP系统订单下发、产量回传数据核对一致；（5）全部功能符合技术协议。
P:5.2 乙方提交终验申请后，甲方在10个工作日内组织测试并出具书面结论。生产线恢复生产或甲方使用系统，均不视为验收合格。
H:第6条 质量保证
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件缺陷修正。
P:6.2 故障分级及响应时限如下：
TB:故障级别|定义|响应时限|到场时限
TB:一级|停线故障|8小时|24小时
TB:二级|单工段功能异常，生产线可降速运行|24小时|48小时
TB:三级|非生产性功能问题|2个工作日|按约定
P:6.3 乙方超过上表响应或到场时限的，每超时1小时，向甲方支付800元，从质量保证金或维保费中扣除。
H:第7条 质保期后维保服务
P:7.1 质保期满后，乙方提供维保服务，内容包括：（1）7×24小时电话及远程诊断；（2）每季度一次现场巡检，检查控制柜温升、伺服报警记录、网络负载和程序备份情况，并出具巡检报告；（3）控制系统软件的版本升级和缺陷修正；（4）伺服驱动、编码器等易损备件的更换，备件费用已包含在维保费中；（5）每年一次停机检修期间的现场保障。
P:7.2 维保费按软硬件小计的27%每年计取，即每年475,200元，按季度支付。维保期为质保期满后三个年度，期间价格不作调整；期满后是否续签由双方另行书面约定。
H:第7条之二 培训
P:乙方应在终验前为甲方提供两期培训：操作培训面向机台操作工，内容包括配方调用、换单和常见报警处理；维护培训面向电气工程师，内容包括程序备份与恢复、伺服参数设置和故障诊断。每期培训后乙方应提交培训教材和考核记录。
H:第8条 数据与网络安全
P:8.1 生产数据、工艺参数、订单数据归甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他用途。
P:8.2 乙方远程访问须经甲方逐次审批，通过甲方指定的安全网关接入，访问记录保留备查；乙方不得在控制网络中安装与本项目无关的软件。
P:8.3 因乙方原因导致数据泄露、系统被入侵或生产中断的，乙方应在2小时内报告甲方并承担由此造成的全部损失。
H:第9条 保密
P:双方对在履行本合同过程中获知的对方商业秘密和技术信息负有保密义务，合同终止后三年内仍然有效。
H:第10条 知识产权
P:10.1 ERP接口程序及其源代码、甲方工艺配方参数表的知识产权归甲方所有，甲方可自行修改和使用。
P:10.2 控制系统软件的知识产权归乙方所有，甲方享有永久使用权。
H:第11条 分包
P:乙方不得将本合同项下工作分包给第三方；确需将电气安装工作分包的，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第12条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
P:甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金，但乙方不得因此擅自停止质保或维保服务。
H:第12条之二 不可抗力
P:因地震、洪水、疫情防控措施等不可抗力导致不能履行的，受影响方应在3日内通知对方并提供证明，相应义务的履行期限顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第13条 争议解决
P:本合同适用中华人民共和国法律。争议提交佛山仲裁委员会仲裁。
H:第14条 其他
P:本合同一式四份，双方各执两份，自双方盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　日期：
"""

C["z02"] = dict(
    file="h294z02_carton_plant_corrugator_control_system.docx", lang="zh", category="hardware", src=Z02,
    terms=dict(CLEAN, p1_response_hours=8, ld_rate_per_day_pct=0.06, prepayment_pct=20, warranty_months=18,
               post_warranty_fee_pct=27),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2130000),
    plan=["CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE"], fee_base=1760000,
    sums=[(486000 + 918000 + 214000 + 142000, 1760000), (1760000 + 248000 + 96000 + 26000, 2130000),
          (426000 + 1065000 + 532500 + 106500, 2130000), (0.2 * 2130000, 426000), (0.5 * 2130000, 1065000),
          (0.25 * 2130000, 532500), (0.05 * 2130000, 106500), (0.27 * 1760000, 475200)],
    must=["8小时", "万分之六", "20%", "十八个月", "27%", "475,200", "2,130,000", "1,760,000", "800元", "保密",
          "归甲方所有", "书面同意", "中华人民共和国法律", "不视为验收合格"],
)

# ================================================================ h294z03 (zh, .txt) auto-renewal, availability, no data security
Z03 = """
T:会员营销管理系统SaaS服务及实施合同
P:甲方：成都净途汽车服务连锁有限公司（下称"甲方"）
P:乙方：杭州车赢云信息技术有限公司（下称"乙方"）
P:签订地点：成都市武侯区
P:甲方经营45家洗车美容门店，拟统一使用会员营销管理系统替换各门店现有的收银及会员软件。乙方为该系统的服务提供商。双方本着平等自愿的原则，就SaaS服务订阅及上线实施事宜订立本合同，共同遵守。
H:一、服务内容
P:（一）乙方向甲方45家门店及总部开通会员营销管理系统，功能包括会员储值、次卡与套餐、洗车核销、积分与优惠券、微信小程序下单、门店收银对账及总部经营报表。
P:（二）乙方负责上线实施：系统配置、会员与储值余额数据从原系统迁移、门店收银设备对接、小程序上架、培训。
P:（三）服务期为三个服务年度，自系统上线验收通过之日起计算。
P:（四）服务期内乙方提供：系统日常运行维护和版本升级；工作日9:00至21:00及周末节假日9:00至18:00的在线客服和电话支持；每季度一次的经营数据复盘会，向甲方总部汇报会员增长、储值消耗、核销率和营销活动效果；节假日高峰前的系统容量检查。
P:（五）系统版本升级应避开甲方营业高峰时段，原则上在每日22:00至次日7:00之间进行，并提前2个工作日通知甲方运营部门。升级导致已有功能变化的，乙方应同步更新操作手册并通知各门店店长。
H:二、费用
P:（一）合同总价为人民币836,000元，明细如下：
TB:项目|计费方式|金额（元）
TB:门店版订阅|45家×4,680元/家/年×3年|631,800
TB:总部管理端订阅|36,000元/年×3年|108,000
TB:上线实施（配置、数据迁移、设备对接、小程序上架）|一次性|84,000
TB:培训（店长及收银员，分片区集中培训）|一次性|12,200
TB:合计||836,000
P:（二）订阅费合计每年246,600元。甲方新增门店的，按每家每年4,680元按实际开通月份折算，另行签订补充协议。
H:三、付款
P:（一）订阅费按季度支付，每个服务季度结束后15日内，甲方凭乙方开具的发票支付该季度订阅费61,650元。
P:（二）上线实施费和培训费在上线验收通过后20日内一次性支付。
P:（三）本合同不设预付款。
P:（四）上述费用均为含税价，乙方开具税率为6%的增值税专用发票。甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金；乙方不得因甲方逾期付款而暂停门店收银功能，但可书面催告。
H:四、上线实施与验收
P:（一）乙方应在合同签订后45日内完成全部门店上线。每逾期一日，乙方按每日600元向甲方支付违约金。
P:（二）上线验收标准：1.45家门店均可正常收银、核销和打印小票；2.迁移的会员数量、储值余额、剩余次数与原系统导出数据逐条核对一致；3.小程序下单、支付、核销全流程测试通过；4.系统连续稳定运行7日，无一级故障。
P:（三）乙方提交验收申请后，甲方在5个工作日内完成验收并书面确认。门店开始使用系统不视为验收通过。
P:（四）上线按片区分三批进行：第一批为城西片区15家门店，试点运行7日后，经甲方确认再推广第二批城南、城东片区20家门店和第三批郊县10家门店。每批上线前一日夜间完成数据切换，切换期间门店使用纸质单据登记，次日由乙方协助补录。
H:五、服务水平
P:（一）系统月可用率不低于99.5%。
P:（二）一级故障（全部或多数门店无法收银或核销）：15分钟内响应，2小时内恢复；二级故障（单店无法使用或部分功能异常）：1小时内响应，当日恢复；三级故障（咨询或一般问题）：1个工作日内答复。
P:（三）乙方每月5日前向甲方提交上月服务报告，列明系统可用率、故障清单及处理时长、客服工单数量和满意度。甲方对报告有异议的，双方在10日内核对确认。
P:（四）月可用率低于承诺值的，每低0.1个百分点，当月订阅费减免5%；一级故障恢复超时的，每超时1小时减免当月订阅费的2%，当月减免合计不超过当月订阅费。
H:六、续期
P:服务期满前30日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场行情调整订阅单价，上浮幅度每次不超过8%，以乙方书面通知为准。
H:六之二、甲方的责任
P:（一）甲方指定总部信息专员一名作为项目对接人，负责协调各门店配合上线、收集需求和确认配置。
P:（二）甲方负责各门店的网络接入和收银电脑、扫码枪、小票打印机等终端设备的日常保管，保证其符合乙方书面列明的最低配置要求。
P:（三）甲方应在上线前按乙方提供的模板整理原系统会员数据，并对迁移结果进行抽查确认。
H:七、知识产权
P:（一）系统软件及其后续版本的知识产权归乙方所有。
P:（二）乙方为甲方定制的会员等级规则、营销活动模板、报表格式及小程序页面设计归甲方所有，甲方可自行使用、修改或交由其他服务商使用。
H:八、会员数据
P:（一）甲方会员的姓名、手机号、车牌号、消费及储值记录等数据归甲方所有。
P:（二）乙方仅为向甲方提供本合同约定的服务而使用上述数据，不得出售或用于向甲方会员推送第三方广告。
P:（三）服务终止后30日内，乙方应按甲方要求以Excel格式导出全部会员数据并交付甲方。
H:九、保密
P:双方对在合作中知悉的对方经营数据、价格政策、门店布局计划等商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十、分包
P:乙方不得将上线实施工作分包；如需委托第三方进行门店设备安装，应事先取得甲方书面同意。
H:十一、违约责任与责任限额
P:（一）任何一方违约的，应赔偿对方因此遭受的实际损失。
P:（二）乙方在本合同项下的赔偿总额以合同总价的两倍为限，但因故意或重大过失造成的损失除外。
H:十一之二、不可抗力
P:因不可抗力或基础电信运营商、云服务商大面积故障导致服务中断的，乙方应及时通知甲方并尽快恢复；该期间不计入可用率统计，但中断超过48小时的，甲方可按实际中断天数要求减免相应订阅费。
H:十二、合同解除
P:（一）乙方违反本合同主要义务，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务部分的费用。
P:（二）合同解除或服务期满不再续期的，乙方应配合甲方向新的服务商移交会员及储值数据，并保持系统只读访问60日，便于门店处理会员的储值余额查询。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。
H:十四、其他
P:（一）双方确认的通知地址和联系人见合同首页，一方变更联系方式的应在3日内书面通知对方。
P:（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:（三）本合同自双方盖章之日起生效，一式两份，双方各执一份。
P:甲方（盖章）：　　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　　授权代表：
P:日期：　　年　　月　　日　　　　日期：　　年　　月　　日
"""

C["z03"] = dict(
    file="h294z03_car_wash_chain_membership_saas.txt", lang="zh", category="cloud", src=Z03,
    terms=dict(CLEAN, availability_pct=99.5, p1_response_hours=0.25, data_security_clause=False,
               ld_rate_per_day_pct=600 / 836000 * 100, liability_cap_pct=200, final_payment_on_acceptance=None,
               auto_renewal_price_increase=True, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=836000),
    plan=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    sums=[(45 * 4680 * 3, 631800), (36000 * 3, 108000), (631800 + 108000 + 84000 + 12200, 836000),
          (45 * 4680 + 36000, 246600), (246600 / 4, 61650)],
    must=["99.5%", "15分钟内响应", "600元", "两倍", "自动续期", "上浮", "归甲方所有", "保密", "书面同意",
          "836,000", "不设预付款", "中华人民共和国法律"],
)

# ================================================================ h294z04 (zh, .pdf) no confidentiality clause, liability cap
Z04 = """
T:潭州市中心血站血液管理信息系统年度运维服务合同
P:项目编号：TZCG-2025-CS-0209（竞争性磋商）
P:采购人（甲方）：潭州市中心血站
P:成交供应商（乙方）：湘楚医信科技有限公司
P:根据潭州市中心血站血液管理信息系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方经协商一致，签订本合同。
H:1. 服务范围与期限
P:1.1 运维对象：甲方血液管理信息系统（含献血者管理、采血、成分制备、检验、库存、发血、质量控制模块）、与各用血医院的发血对接接口、献血者服务小程序及配套的数据库和备份系统。
P:1.2 服务内容：驻场运维、远程技术支持及季度巡检、按国家新版血站信息技术规范进行的系统升级适配、数据库及备份运维。
P:1.3 服务期限：2025年7月1日至2026年6月30日。服务期满本合同自行终止，不自动续期。
P:1.4 服务地点为甲方本部及下属三个采血点、两个储血点。采血点和储血点的终端设备、条码打印机和血液冷链监控终端的软件配置问题，一并纳入本合同的运维范围；终端硬件的维修不在本合同范围内，但乙方应协助甲方判断故障原因。
H:2. 合同金额与支付
P:2.1 合同总金额为人民币586,000元，构成如下：
TB:服务项目|金额（元）
TB:驻场运维服务（2名工程师，工作日驻场，节假日值守）|312,000
TB:远程技术支持及季度巡检|96,000
TB:系统升级适配（含用血医院接口调整、献血者小程序改版）|118,000
TB:数据库及备份运维|60,000
TB:合计|586,000
P:2.2 合同金额按季度支付，每季度146,500元。每个服务季度结束后，甲方对乙方进行季度考核，考核完成后15个工作日内，甲方根据考核结果支付该季度费用。甲方不支付任何预付款。
H:3. 人员要求
P:3.1 乙方驻场工程师应具有3年以上医疗信息系统运维经验，熟悉Oracle数据库，经甲方面试确认后上岗，服务期内不得随意更换；确需更换的，应提前10日书面报甲方同意。
P:3.2 驻场人员应遵守甲方的考勤、安全、感染防控和实验室区域出入管理制度。
H:4. 服务水平
P:4.1 核心业务系统（采血、制备、检验、发血）月可用率不低于99.95%。
P:4.2 故障响应：一级故障（采血或发血业务中断）15分钟内响应，1小时内到场，3小时内恢复业务；二级故障（单一模块功能异常，有替代手段）30分钟内响应，8小时内解决；三级故障（一般问题）当日响应，3个工作日内解决。
P:4.3 乙方每日检查数据库运行状态和备份作业，每周进行一次备份可恢复性抽查，每季度完成一次全面巡检并提交巡检报告。
P:4.4 乙方应配合甲方每半年开展一次业务连续性应急演练，演练场景包括数据库主机故障切换、机房断电后的系统恢复、发血接口中断时的手工发血流程，演练结束后5个工作日内提交演练总结和改进建议。
P:4.5 遇无偿献血者集中献血活动、节假日用血高峰或突发公共卫生事件时，乙方应按甲方通知增派技术人员现场值守，所需费用已包含在合同金额中。
H:4A. 服务交接与文档
P:4A.1 服务开始后10日内，乙方应完成与上一服务商的交接，清点系统账号、服务器、数据库实例和备份介质，形成交接清单经甲方签字确认。
P:4A.2 乙方应建立并持续更新运维档案，包括系统架构图、配置基线、变更记录、故障处理记录和巡检报告，服务期满时完整移交甲方，并配合甲方向新的服务商进行不少于15日的交接。
P:4A.3 乙方进行系统变更前，须提交变更申请和回退方案，经甲方信息科审批后，在业务低峰时段实施。
H:5. 考核与扣款
P:5.1 季度考核按附件《运维服务考核表》进行，满分100分。得分在90分以上的全额支付；80至89分的扣减当季费用的3%；80分以下的扣减当季费用的8%。
P:5.2 一级故障响应或恢复超时的，每超时30分钟扣减1,000元；核心系统月可用率每低于承诺值0.01个百分点扣减2,000元。上述扣款在当季费用中扣除。
H:6. 升级适配任务
P:6.1 乙方应在2025年10月31日前完成系统升级适配，并通过甲方组织的验收。
P:6.2 验收标准：（1）新版规范要求的数据项和质控规则全部实现；（2）与全部用血医院的发血对接接口联调通过，血袋信息核对一致；（3）献血者小程序新版上线，预约、查询、电子献血证功能测试通过；（4）升级后连续运行15日无一级故障。甲方出具书面验收意见，系统上线使用不代替验收。
P:6.3 升级适配上线前，乙方应在测试环境完成全流程验证，并制定切换方案和回退方案，切换安排在夜间或非采血时段进行，切换期间乙方技术负责人须在现场。
P:6.4 乙方逾期完成升级适配任务的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
H:7. 数据安全
P:7.1 献血者个人信息、检验结果、血液库存和发血记录等全部业务数据归甲方所有，乙方不得以任何形式采集、复制、留存或用于本合同以外的目的。
P:7.2 乙方运维操作须通过甲方堡垒机进行，使用个人实名账号，操作全程记录；不得在生产数据库上直接进行未经审批的数据修改；测试使用的数据须经甲方脱敏处理后提供。
P:7.3 乙方应落实《数据安全法》《个人信息保护法》及等级保护的要求。发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取措施并在1小时内报告甲方；因乙方原因造成的，乙方承担全部责任，包括对献血者的赔偿和行政处罚。
H:8. 知识产权
P:升级适配过程中乙方为甲方开发的接口程序、脚本及文档，知识产权归甲方所有，乙方应交付源代码；系统原有软件的知识产权不因本合同发生转移。
H:8A. 甲方的义务
P:甲方应为驻场人员提供办公场地、网络和必要的办公设备，指定信息科专人负责日常联络、工单确认和季度考核，并及时提供故障处理所需的业务配合。
H:9. 转包与分包
P:乙方不得转包或分包本合同项下的任何服务。
H:10. 违约责任
P:10.1 乙方未按约定提供服务的，除按第5条扣款外，还应赔偿由此给甲方造成的损失。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金和扣款）以本合同总金额的百分之六十为限。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
H:11. 合同解除
P:乙方连续两个季度考核得分低于80分，或发生严重影响采供血业务的重大违约的，甲方有权书面通知解除合同。合同解除的，甲方按乙方实际提供服务的期间和考核结果结算费用；乙方仍应按第4A.2条完成运维档案移交和交接工作，交接完成前不得撤离驻场人员。
H:12. 法律适用与争议
P:本合同适用中华人民共和国法律。发生争议协商不成的，由甲方所在地人民法院管辖。
H:13. 附则
P:本合同一式四份，甲乙双方各执两份，经双方签字盖章后生效。附件：运维服务考核表、驻场人员名单、系统清单。
P:甲方：潭州市中心血站（盖章）　　　　乙方：湘楚医信科技有限公司（盖章）
P:代表：　　　　　　　　　　　　　　　代表：
"""

C["z04"] = dict(
    file="h294z04_blood_centre_system_annual_om.pdf", lang="zh", category="services", src=Z04,
    terms=dict(CLEAN, availability_pct=99.95, p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=0.1,
               liability_cap_pct=60, final_payment_on_acceptance=None, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
    plan=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    sums=[(312000 + 96000 + 118000 + 60000, 586000), (586000 / 4, 146500)],
    must=["99.95%", "15分钟内响应", "千分之一", "百分之六十", "586,000", "堡垒机", "归甲方所有", "不得转包或分包",
          "中华人民共和国法律", "不自动续期", "不支付任何预付款"],
)

# ================================================================ h294z05 (zh, .txt) supplier's template, many problems
Z05 = """
T:码上溯产品质量追溯系统软件许可及开发合同
P:（码上溯标准合同文本 V4.0）
P:合同编号：MSS-2025-GD-0721
P:甲方（客户）：广州百草堂凉茶饮品有限公司
P:乙方（服务商）：深圳码上溯信息技术有限公司
P:甲方因凉茶饮品产品质量追溯管理需要，向乙方采购码上溯产品质量追溯系统软件许可及定制开发服务。双方根据《中华人民共和国民法典》等法律规定，在平等、自愿的基础上签订本合同。
H:第一条 合同标的
P:1.1 乙方向甲方提供码上溯追溯平台软件（企业版）的使用许可，许可范围为甲方及其控股子公司，许可期限为永久。
P:1.2 乙方按甲方需求进行定制开发，包括：一物一码赋码管理、灌装及包装产线数据采集对接、原料药材批次追溯、经销商扫码出入库App、消费者扫码查询页面。
P:1.3 乙方负责系统部署实施及用户培训。
P:1.4 系统部署在甲方自行采购的云服务器上，操作系统、数据库软件及云资源费用由甲方承担。消费者扫码查询页面的短信验证、地图定位等第三方接口服务费用按实际发生由甲方另行支付。
P:1.5 软件许可按甲方及控股子公司的生产工厂计算，目前为两个工厂，共六条灌装线；新增工厂或灌装线的，需另行购买扩展许可。
H:第二条 合同价款
P:2.1 合同总价为人民币1,080,000元（大写：壹佰零捌万元整），明细如下：
TB:项目|金额（元）
TB:码上溯追溯平台软件许可（企业版，永久）|420,000
TB:定制开发（赋码管理、产线采集对接、原料批次追溯、经销商App、消费者查询页）|560,000
TB:部署实施|88,000
TB:培训|12,000
TB:合计|1,080,000
P:2.2 以上价格含税，不含甲方产线改造、喷码设备及服务器硬件费用。
H:第三条 付款方式
P:3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即540,000元。
P:3.2 系统上线后10个工作日内，甲方支付合同总价的50%，即540,000元。
P:3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方有权暂停开发和服务直至甲方付清。
H:第四条 项目实施
P:4.0 项目分为需求调研、开发、部署、上线四个阶段。需求调研阶段，乙方派顾问到甲方广州工厂及肇庆原料基地调研，调研结束后10个工作日内提交《需求规格说明书》，甲方应在5个工作日内书面确认，逾期未提出书面意见的视为确认。需求规格说明书确认后，甲方提出的新增需求按乙方人天单价另行计费。
P:4.1 乙方在收到首期款后开始实施，计划在90个工作日内完成开发和部署。因甲方需求变更、产线停产或配合不及时导致的延期，乙方不承担责任。
P:4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。
P:4.3 甲方应提供产线设备接口资料、服务器运行环境和网络条件，并指定项目负责人。
P:4.4 甲方应协调喷码设备供应商开放设备通讯协议，配合乙方完成产线数据采集对接；因第三方设备原因导致无法对接的，乙方可调整对接方式，由此增加的工作量由甲方承担。
H:第五条 上线与验收
P:5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。
P:5.2 甲方在上线后对系统提出的修改意见，乙方在合理范围内予以处理，但不影响验收结论和付款。
P:5.3 上线前乙方在测试环境进行内部测试，测试记录可应甲方要求提供查阅。甲方应在乙方通知上线之日起3个工作日内安排产线切换，逾期未安排的，自通知之日起第4个工作日视为系统已上线。
H:第六条 免费维护期
P:6.1 系统上线之日起六个月为免费维护期，乙方在维护期内免费修复系统缺陷。
P:6.2 故障响应：一级故障（系统无法登录或赋码中断）乙方在接到甲方通知后24小时内响应；二级、三级故障在3个工作日内响应。
P:6.3 乙方将尽力在上述时限内处理故障，但不因响应或修复超时向甲方承担任何扣款、赔偿或违约责任。
H:第六条之一 培训
P:乙方为甲方提供两次集中培训：一次面向甲方质量部、生产部的系统管理员，内容包括赋码规则设置、批次追溯查询、异常码处理；一次面向甲方销售部及重点经销商代表，内容包括经销商App的扫码出入库和窜货预警查询。培训地点由甲方提供，培训人员的差旅费用已包含在合同价款中。
H:第七条 维护期满后的服务
P:7.1 免费维护期满后，甲方如需继续获得乙方的维护和升级服务，应与乙方签订年度技术服务协议。
P:7.2 年度技术服务费按乙方当年公布的服务价格标准执行。
P:7.3 甲方未签订年度技术服务协议的，乙方不再提供缺陷修复、版本升级和远程支持；甲方日后需要恢复服务的，除支付当年服务费外，还应补缴中断期间的服务费。
H:第八条 知识产权
P:8.1 码上溯追溯平台软件及乙方为本项目定制开发的全部程序、页面、App、接口及相关文档的知识产权均归乙方所有。
P:8.2 甲方在许可范围内享有非独占的使用权，不得对软件及定制开发成果进行修改、反向工程，亦不得交由第三方维护。
H:第九条 数据
P:9.1 甲方产品赋码数据、生产批次数据、经销商及消费者扫码数据归甲方所有。
P:9.2 乙方采取数据加密、访问权限控制和操作日志等安全措施保护上述数据。因乙方原因导致数据泄露的，乙方应在24小时内通知甲方并承担相应责任。
P:9.3 甲方同意乙方可将上述数据脱敏后用于码上溯平台的产品改进、行业分析及对外发布的饮料行业追溯统计报告，该使用在本合同终止后继续有效。
H:第十条 保密
P:双方对合作中知悉的对方商业秘密负有保密义务，保密期限为合同终止后两年。
H:第十一条 合作伙伴
P:乙方有权根据项目需要将部分开发、实施工作委托其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。
H:第十二条 责任限制
P:12.1 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的25%。
P:12.2 乙方不对甲方的间接损失、利润损失、商誉损失或产品召回费用承担责任。
P:12.3 因甲方提供的资料不准确、擅自修改系统配置或使用非乙方认可的喷码设备造成的问题，由甲方自行承担。
H:第十三条 合同解除
P:任何一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。
H:第十三条之一 不可抗力
P:因不可抗力、政府行为、电信网络或第三方云平台故障导致本合同不能履行或延迟履行的，受影响方不承担违约责任，但应及时通知对方。
H:第十四条 争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。
H:第十五条 其他
P:15.1 双方的书面通知以本合同首部所载地址和联系人为准，以电子邮件发送的，发出之日视为送达。
P:15.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同为乙方标准文本，双方如有补充约定，以书面补充协议为准。
P:甲方（盖章）：　　　　　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　　　　　日期：
"""

C["z05"] = dict(
    file="h294z05_herbal_tea_traceability_supplier_template.txt", lang="zh", category="software", src=Z05,
    terms=dict(CLEAN, p1_response_hours=24, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
               ld_rate_per_day_pct=0.02, liability_cap_pct=25, prepayment_pct=50, acceptance_clause=False,
               final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
               subcontract_without_consent=True, governing_law=None),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
               contract_value=1080000),
    plan=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
          "CR-WARRANTY"], fee_base=420000,
    sums=[(420000 + 560000 + 88000 + 12000, 1080000), (540000 + 540000, 1080000), (0.5 * 1080000, 540000)],
    must=["50%", "视为甲方验收合格", "六个月", "当年公布的服务价格标准", "24小时内响应", "不因响应或修复超时",
          "均归乙方所有", "脱敏后", "万分之二", "25%", "无需另行征得甲方同意", "保密", "乙方所在地人民法院",
          "1,080,000"],
)

# ================================================================ h294e01 (en, .md) short warranty, no termination, Greek law
E01 = """
T:Software Licence and Services Agreement — KilnCurve Perpetual Licences
P:Agreement No. KD-CN-2025-019
P:This Agreement is made between Zibo Yaoguang Ceramic Art Studio Co., Ltd., a company registered in Zibo, Shandong Province, People's Republic of China ("Customer"), and Kaminos Digital S.A., a company with its registered seat on the island of Nisída Makronisos, Greece ("Kaminos").
P:Background. Customer designs and fires glazed stoneware and porcelain in four electric and gas kilns and wishes to control its firing curves digitally. Kaminos publishes the KilnCurve software, which designs firing profiles, records thermocouple data and sends profiles to kiln controllers. Customer has selected KilnCurve after a trial, and the parties now set out the terms of the licence and of the related services.
H:Clause 1 Definitions
P:1.1 "Software" means KilnCurve Designer and KilnCurve Controller Link, in object code, with their user documentation and any corrections or updates Kaminos provides under this Agreement.
P:1.2 "Profile Library" means the set of firing profiles, ramp and soak tables, cooling schedules and glaze-specific adjustments that Kaminos prepares for Customer under Clause 4, together with the underlying measurement files.
P:1.3 "Acceptance" means written confirmation by Customer under Clause 5 that the Software and the Profile Library meet the acceptance criteria.
P:1.4 "Contract Price" means the total price in Clause 3.1. At Customer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Clause 2 Licence
P:2.1 Kaminos grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of seats and kiln connections listed in Clause 3.1, at Customer's studio and workshops in Zibo, for Customer's own business.
P:2.2 Customer may make a reasonable number of backup copies. Customer shall not decompile the Software except as permitted by mandatory law.
P:2.3 Additional seats or kiln connections may be ordered at the unit prices in Clause 3.1 for two years after the date of this Agreement.
H:Clause 3 Price and Payment
P:3.1 The Contract Price is CNY 425,000, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:KilnCurve Designer perpetual licence (named seat)|6|38,500|231,000
TB:KilnCurve Controller Link perpetual licence (per kiln)|4|26,000|104,000
TB:Licence subtotal| | |335,000
TB:Kiln profiling and custom Profile Library for Customer's glazes|1|72,000|72,000
TB:Remote installation, controller set-up and training (three sessions)|1|18,000|18,000
TB:Total Contract Price| | |425,000
P:3.2 Customer shall pay: (a) 20% of the Contract Price (CNY 85,000) within ten business days after signature, against Kaminos's invoice; (b) 55% (CNY 233,750) after the Software is installed and connected to all four kilns, as confirmed in the installation report, which is not Acceptance; and (c) the remaining 25% (CNY 106,250) within twenty business days after Acceptance.
P:3.3 The prices include all licence fees, services and travel. Each party bears its own taxes; withholding tax required by PRC law shall be deducted from the payment and Customer shall provide the tax certificate.
H:Clause 4 Services and Delivery
P:4.1 Kaminos shall deliver download links and licence keys within ten days after signature, install the Software remotely, configure the controller interface for each of Customer's four kilns and train Customer's staff in three remote sessions.
P:4.2 Kaminos shall prepare the Profile Library for Customer's fourteen current glazes, based on test firings that Customer carries out and thermocouple logs that Customer uploads, and shall deliver it within sixty days after signature.
P:4.3 If Kaminos fails to deliver the Profile Library by the date in Clause 4.2 for reasons not attributable to Customer, Kaminos shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Clause 5 Acceptance
P:5.1 After delivery of the Profile Library, Customer shall carry out acceptance tests within fifteen business days. The acceptance criteria are: (a) each kiln follows the loaded profile with a deviation of no more than 5 °C at each set point during a full firing; (b) thermocouple data from all kilns is recorded without gaps and can be exported; (c) three production firings per glaze group using the Profile Library give results that Customer's quality inspector accepts against the reference tiles; and (d) all functions in the user documentation work as described.
P:5.2 If a test fails, Kaminos shall correct the defect and the test shall be repeated. Installation, use of the Software in production, or payment under Clause 3.2(b) does not amount to Acceptance.
H:Clause 6 Warranty
P:6.1 Kaminos warrants that for three months after Acceptance the Software will perform substantially in accordance with its documentation and the Profile Library will meet the criteria in Clause 5.1. During that period Kaminos shall correct reported defects free of charge.
P:6.2 After the warranty period, corrections and updates are provided only under Annual Support (Clause 7).
H:Clause 7 Annual Support
P:7.1 After the warranty period Customer may order Annual Support. The Annual Support fee is 14% of the Licence subtotal per year (CNY 46,900), fixed for the first three support years. Each support year is ordered by a separate purchase order; there is no automatic renewal.
P:7.2 Annual Support includes updates, new versions of the Software, remote help by e-mail and video call, and up to ten hours a year of profile tuning.
P:7.3 Severity 1 means that a kiln cannot be controlled or a running firing is at risk. For Severity 1 reports, during the warranty period and Annual Support, Kaminos shall respond within 2 hours, at any time, and shall work continuously until the kiln can again be controlled, if necessary by a manual fallback it describes. For other reports Kaminos shall respond within one business day.
P:7.4 If Kaminos misses the Severity 1 response time, it shall pay CNY 500 for each hour or part of an hour of delay, deducted from the next payment or support fee.
H:Clause 8 Intellectual Property
P:8.1 Kaminos keeps all rights in the Software.
P:8.2 The Profile Library is prepared for Customer and belongs to Customer once delivered, including all copyright in it. Customer may use, modify, copy and share it, and may license it to third parties, without further payment. Kaminos may keep an archive copy only for support.
P:8.3 Kaminos shall defend Customer against any claim that the Software infringes a third party's rights and shall pay any damages awarded.
H:Clause 9 Customer Data
P:9.1 Firing logs, glaze recipes, test results and all other data that Customer enters or generates with the Software ("Customer Data") belong to Customer. Kaminos may access Customer Data only to provide installation and support, and may not use it for any other purpose.
P:9.2 The Software runs on Customer's own computers in Zibo. Kaminos shall access them only through remote sessions that Customer opens for each support case, shall not copy Customer Data outside those sessions and shall follow Customer's written security instructions and PRC law on data and personal information.
P:9.3 If Kaminos becomes aware of unauthorised access to Customer Data through its staff or tools, it shall notify Customer within 24 hours, help contain the incident and bear the losses it causes.
H:Clause 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, in particular Customer's glaze recipes and firing methods, and use it only for this Agreement. This duty continues for three years after the end of the Agreement, and for glaze recipes without time limit.
H:Clause 11 Subcontracting
P:Kaminos shall not subcontract any services under this Agreement without Customer's prior written consent.
H:Clause 12 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to Clause 8.3, breach of Clause 9 or Clause 10, or wilful misconduct.
H:Clause 13 Term and Continuity
P:13.1 This Agreement takes effect on signature. The licences in Clause 2 are perpetual and irrevocable once the Contract Price has been paid.
P:13.2 Given the perpetual nature of the licences and the custom work involved, neither party may terminate this Agreement. If Kaminos is in breach, Customer's remedies are correction of the defect, the amounts in Clauses 4.3 and 7.4, and damages within Clause 12; Customer shall not withhold or recover amounts already paid on the ground of such breach.
H:Clause 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry, in English, by a sole arbitrator.
H:Clause 15 General
P:15.1 Notices shall be in writing and sent by e-mail and courier to the addresses below.
P:15.2 This Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties. It is signed in English and in Chinese; if the versions differ, the English version prevails.
P:For Customer: Zibo Yaoguang Ceramic Art Studio Co., Ltd. Name: ________ Title: ________ Date: ________
P:For Kaminos: Kaminos Digital S.A., Nisída Makronisos, Greece. Name: ________ Title: ________ Date: ________
"""

C["e01"] = dict(
    file="h294e01_ceramics_studio_kiln_software_licences.md", lang="en", category="software", src=E01,
    terms=dict(CLEAN, p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
               warranty_months=3, post_warranty_fee_pct=14, termination_for_breach=False, governing_law="Greece"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=425000),
    plan=["CR-GOVERNING-LAW", "CR-TERMINATION", "CR-WARRANTY"], fee_base=335000,
    sums=[(6 * 38500, 231000), (4 * 26000, 104000), (231000 + 104000, 335000), (335000 + 72000 + 18000, 425000),
          (85000 + 233750 + 106250, 425000), (0.2 * 425000, 85000), (0.55 * 425000, 233750),
          (0.25 * 425000, 106250), (0.14 * 335000, 46900)],
    must=["three months after Acceptance", "14%", "46,900", "within 2 hours", "CNY 500", "0.1% of the Contract Price",
          "150%", "20%", "neither party may terminate", "laws of Greece", "Athens", "prior written consent",
          "belongs to Customer", "425,000"],
)

# ================================================================ h294e02 (en, .txt) order form + general terms
E02 = """
T:ORDER FORM No. BO-2025-CN-044 — Parkline Ticketing Cloud
P:This Order Form is entered into under, and incorporates, the Parkline General Terms of Service (version 7.2) printed below. Together they form the "Agreement".
H:PART A — ORDER FORM
P:A1. Parties. Vendor: Billetterie Océane SAS, registered office on the Île Bannec, Finistère, France ("Vendor"). Customer: Xishuangbanna Rainforest Wildlife Park Co., Ltd., Jinghong, Yunnan Province, People's Republic of China ("Customer").
P:A2. Service. Parkline Ticketing Cloud, Park edition: online and on-site ticket sales, timed entry slots, annual passes, group and school bookings, WeChat mini-program storefront, connections to two online travel agencies, turnstile control for the main gate and the night-safari gate, and the management dashboard.
P:A3. Subscription Term. Three Subscription Years from the Service Start Date. The Service Start Date is the date of Go-Live Acceptance under A6.
P:A4. Fees. At Customer's request all fees are stated and paid in Chinese yuan (CNY).
TB:Fee|Basis|Amount (CNY)
TB:Subscription fee, Park edition (up to 1.8 million tickets a year, 16 turnstiles, 40 cashier seats)|CNY 268,000 per Subscription Year x 3|804,000
TB:Onboarding: configuration, ticket and price set-up, turnstile and OTA connections, data import, training|one-time|46,000
TB:Total Order Value| |850,000
P:A5. Invoicing. The subscription fee for the first Subscription Year is invoiced on signature of this Order Form and is payable within thirty days. The fee for each later Subscription Year is invoiced at the start of that year. The onboarding fee is invoiced separately after Go-Live Acceptance. Tickets above the yearly volume in A4 are charged at CNY 0.12 each, invoiced yearly in arrears.
P:A6. Onboarding and Go-Live. Vendor targets Go-Live within ten weeks after signature. Go-Live Acceptance requires that: (a) all ticket types, prices and time slots in Customer's approved configuration sheet are live; (b) a test day with at least 2,000 tickets sold through the mini-program, cashier seats and both OTAs reconciles to the fen with the payment provider's settlement file; (c) all turnstiles open on valid tickets and refuse used, expired and wrong-gate tickets; and (d) annual-pass holders imported from Customer's old system can enter with their existing passes. Customer signs a Go-Live Acceptance certificate when the tests pass. Use of the Service for sales before that certificate does not count as acceptance.
P:A7. Contacts. Vendor: customer success manager, Shanghai office. Customer: head of IT and head of visitor services.
P:A8. Renewal. After the Subscription Term, the Agreement renews for further periods of one Subscription Year each, at the same fees, unless either party gives notice of non-renewal at least sixty days before the end of the current period.
H:PART B — PARKLINE GENERAL TERMS OF SERVICE (version 7.2)
H:1. Definitions
P:1.1 "Service" means the Parkline Ticketing Cloud service described in the Order Form, including its mobile and web interfaces and the APIs Vendor makes available.
P:1.2 "Customer Data" means all data that Customer or its visitors submit to the Service or that the Service generates for Customer, including visitor names, mobile numbers, identity document numbers required for real-name ticketing, photographs of annual-pass holders, orders, payments and entry records.
P:1.3 "Incident Priority 1" means that ticket sales or gate entry is unavailable at the park.
H:2. Provision of the Service
P:2.1 Vendor shall provide the Service during the Subscription Term in accordance with the Agreement and the documentation.
P:2.2 Vendor may update the Service from time to time, provided that updates do not materially reduce the functions ordered. Planned maintenance takes place between 01:00 and 05:00 China Standard Time and is announced at least three days ahead.
H:3. Service Levels
P:3.1 Availability target: 99.95% per calendar month, excluding planned maintenance.
P:3.2 Support is available around the clock for Incident Priority 1 and from 08:00 to 20:00 China Standard Time for other requests. For an Incident Priority 1 Vendor will respond within 30 minutes and work continuously until the incident is resolved or a workaround is in place.
P:3.3 The levels in this clause are service targets. Vendor reports monthly on availability and response times. No service credits, fee reductions or other compensation apply if a target is not met; Customer's remedy for repeated failure is termination under clause 11.2.
P:3.4 Before each public holiday period (Spring Festival, the Water-Splashing Festival and National Day week) Vendor shall run a capacity review with Customer, scale the Service for the expected peak of ticket sales and gate entries, and keep an engineer on standby for the main days of the holiday.
H:4. Customer Obligations
P:4.1 Customer is responsible for its network, cashier devices, turnstile hardware and the accuracy of the prices and ticket rules it configures.
P:4.2 Customer shall keep user credentials secure and notify Vendor of any known misuse.
P:4.3 Customer shall name a project lead for onboarding, provide the ticket types, prices, opening hours and gate rules in the configuration sheet, arrange access to the turnstile controllers for Vendor's engineers and make cashier staff available for training.
P:4.4 Customer is responsible for the content it publishes to visitors through the Service, including park rules, refund conditions and safety notices, and for obtaining visitors' consent where PRC law requires it.
H:5. Fees and Payment
P:5.1 Fees are set out in the Order Form and are exclusive of VAT, which is added at the applicable rate.
P:5.2 Undisputed invoices are payable within thirty days. Vendor may suspend the Service after a second written reminder if an undisputed amount remains unpaid for more than forty-five days.
H:6. Customer Data
P:6.1 Customer Data belongs to Customer. Vendor processes Customer Data only on Customer's instructions and only to provide the Service, and shall not use it for any other purpose, including analytics for other customers or marketing.
P:6.2 Customer Data is stored and processed only in data centres in mainland China, under a hosting arrangement meeting MLPS level 3. Vendor applies encryption in transit and at rest, role-based access with multi-factor authentication for its staff, logging of all administrative access and daily backups kept for thirty days.
P:6.3 Vendor shall notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, provide the information Customer needs for its reporting duties under PRC law, and bear the costs and losses caused by incidents for which Vendor is responsible.
P:6.4 On expiry or termination Vendor shall return Customer Data in a standard format within thirty days and then delete it, including from backups when those backups expire, and shall confirm the deletion in writing. Until the data has been returned, Vendor shall keep the Service available to Customer in read-only mode so that visitor services can answer refund and annual-pass questions.
H:7. Intellectual Property
P:7.1 Vendor owns the Service and all its components.
P:7.2 Ticket designs, price tables, configuration sheets, reports and other materials created for Customer during onboarding belong to Customer, which may use, modify and pass them to any other provider.
H:8. Confidentiality
P:Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and disclose it only to staff and advisers who need to know it. This clause survives for three years after the end of the Agreement.
H:9. Subcontractors
P:Vendor may use subcontractors, hosting providers and other service providers of its choice to perform the Agreement, including its affiliates. Vendor will inform Customer of its main subcontractors on request and remains responsible for their performance.
H:10. Liability
P:10.1 Each party's total liability under the Agreement is limited to 150% of the Total Order Value.
P:10.2 The limit does not apply to breach of clause 6 or clause 8, to personal injury, or to wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss.
H:10A. Force Majeure
P:Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or a general failure of public telecommunications networks, provided that it informs the other party promptly and takes reasonable steps to limit the effect. Vendor's hosting and subcontractors are not force majeure events in themselves.
H:11. Term and Termination
P:11.1 The Agreement runs for the Subscription Term and any renewal under the Order Form.
P:11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. Repeated failure to meet the availability target in three months of any six consecutive months is a material breach.
P:11.3 If Customer terminates under clause 11.2, Vendor shall refund the prepaid fees for the remaining part of the Subscription Year.
H:12. Governing Law and Disputes
P:12.1 The Agreement is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:13. General
P:13.1 Neither party may assign the Agreement without the other party's written consent, except Vendor to an affiliate that takes over the Service.
P:13.2 If the Order Form and these General Terms conflict, the Order Form prevails.
P:13.3 Vendor may publish new versions of these General Terms; a new version applies to this Agreement only if Customer accepts it in writing.
P:13.4 Notices must be in writing and sent by e-mail to the contacts in A7, with a copy by courier for notices of breach or termination.
P:Signed for Vendor: ____________________ Signed for Customer: ____________________
"""

C["e02"] = dict(
    file="h294e02_wildlife_park_ticketing_saas_order_form.txt", lang="en", category="cloud", src=E02,
    terms=dict(CLEAN, availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=None,
               liability_cap_pct=150, prepayment_pct=None, final_payment_on_acceptance=None,
               subcontract_without_consent=True, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=850000),
    plan=["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    sums=[(268000 * 3, 804000), (804000 + 46000, 850000)],
    must=["99.95%", "within 30 minutes", "No service credits", "150%", "of its choice", "Customer Data belongs to Customer",
          "24 hours", "laws of the People's Republic of China", "Kunming Arbitration Commission", "at the same fees",
          "850,000", "targets Go-Live"],
)

# ================================================================ h294e03 (en, .docx) compliant, buyer's paper
E03 = """
T:Purchase Contract for Field Weather and Soil Monitoring Equipment
P:Contract No. GXTT-PUR-2025-0088
P:Buyer: Guangxi Tiantang Sugarcane Plantation Co., Ltd., Chongzuo, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Seller: Liebitz Agrarsensorik GmbH, with its registered office on the Insel Liebitz, Germany, acting through its project office in Guangzhou (the "Seller").
P:The Buyer operates about 6,800 hectares of sugarcane in Chongzuo and wishes to schedule irrigation, fertiliser and harvest from measured field conditions. Following its request for quotation, the Buyer has accepted the Seller's offer. This Contract is on the Buyer's standard purchase terms, amended only as written below. All prices are in Chinese yuan (CNY) at the Buyer's request.
H:Article 1 Scope
P:1.1 The Seller shall supply, install and commission automatic weather stations, soil moisture and temperature probes, LoRaWAN gateways and an agro-meteorological data platform licence, integrate the platform with the Buyer's irrigation controllers and cane-yield model, and train the Buyer's staff (together, the "System").
P:1.2 Station locations are listed in Annex 1. The Seller shall survey each location before installation and propose adjustments in writing where signal coverage or access requires it.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,280,000, fixed, including VAT, transport to site, insurance, installation, training and warranty service:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station, seven parameters, solar powered|36|14,800|532,800
TB:2|Soil moisture and temperature probe, three depths|120|2,350|282,000
TB:3|LoRaWAN gateway with 4G backhaul|8|9,600|76,800
TB:4|Agro-met data platform licence, perpetual, on Buyer's server|1|168,000|168,000
TB: |Hardware and Licence Subtotal| | |1,059,600
TB:5|Installation, solar mounting and commissioning|1|124,400|124,400
TB:6|Integration with irrigation controllers and cane-yield model|1|86,000|86,000
TB:7|Training|1|10,000|10,000
TB: |Contract Price| | |1,280,000
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 128,000) within fifteen working days after signature, against the Seller's invoice and a bank guarantee for the same amount.
P:3.2 55% (CNY 704,000) after all equipment has been delivered and installed, against the Installation Certificate signed by the Buyer's field manager. The Installation Certificate is not acceptance.
P:3.3 The remaining 35% (CNY 448,000) within thirty days after Final Acceptance under Article 5.
H:Article 4 Delivery and Delay
P:4.1 The Seller shall complete delivery and installation within seventy days after signature, avoiding the harvest season, and shall agree the installation sequence with the Buyer's field manager.
P:4.2 If the Seller is late in delivery, installation or Final Acceptance for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of these damages does not release the Seller from its obligations.
P:4.3 The Seller's installation crews shall follow the Buyer's field safety rules, keep off planted rows outside the agreed access paths, take away all packaging and waste, and restore any drainage ditch or road they disturb. Damage to crops caused by the Seller's crews is compensated at the Buyer's standard rate per square metre.
H:Article 5 Acceptance
P:5.1 Final Acceptance takes place after a trial operation of thirty consecutive days and requires that: (a) every station and probe reports to the platform at its configured interval, with at least 98% of expected readings received over the trial period; (b) air temperature, humidity and rainfall readings of three stations selected by the Buyer agree with the readings of the Chongzuo meteorological bureau's reference station within the tolerances in Annex 2; (c) the irrigation controllers receive and execute schedules generated from the platform for at least two irrigation cycles; and (d) the cane-yield model imports the daily data file without manual correction.
P:5.2 The Buyer shall test within ten working days after the Seller's written notice that the trial is complete and shall issue the Final Acceptance Certificate or a written list of defects. Installation, use of data or any payment does not amount to acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is thirty-six months from Final Acceptance. During the warranty period the Seller shall repair or replace defective equipment, including batteries, solar panels and sensors damaged by normal weather, and correct software defects, free of charge.
P:6.2 Fault levels and response times during the warranty period are:
TB:Level|Description|Response|On site or remedied
TB:Critical|Platform down, or more than a quarter of stations not reporting|1 hour|24 hours
TB:Major|One gateway or up to five stations not reporting|2 hours|3 days
TB:Minor|Single probe or display problem|1 working day|7 days
P:6.3 The data platform shall be available at least 99.95% of each month, excluding maintenance agreed with the Buyer.
P:6.4 For each hour by which a Critical response is late the Seller shall pay CNY 600, and for each day by which a Critical or Major fault remains unremedied after the time above it shall pay CNY 1,000. For each 0.01 percentage point by which monthly platform availability falls short of the level in Article 6.3 it shall pay CNY 800. Amounts are deducted from the next payment or claimed under the bank guarantee.
H:Article 7 After-Warranty Support
P:7.1 After the warranty period the Buyer may order support covering all items of the warranty. The annual support fee is 7.5% of the Hardware and Licence Subtotal (CNY 79,470 a year), fixed for the first two support years. Any later change requires written agreement and may not exceed 3% a year.
P:7.2 Support is ordered year by year by purchase order. It does not renew automatically.
H:Article 7A Training, Documentation and Spare Parts
P:7A.1 The Seller shall train two groups: six platform administrators from the Buyer's IT and agronomy departments, over three days, covering configuration, alarm rules, data export and first-level troubleshooting; and the field supervisors of each plantation section, over one day each, covering station cleaning, battery checks and probe replacement.
P:7A.2 At Final Acceptance the Seller shall deliver as-built drawings, station records with coordinates and serial numbers, calibration certificates, operating and maintenance manuals in Chinese, and the administrator passwords in a sealed envelope.
P:7A.3 The Seller shall keep spare parts for the delivered equipment available for at least eight years after Final Acceptance and shall supply them at its list prices then in force less the discount in Annex 3.
H:Article 8 Data
P:8.1 All field data, station readings, irrigation schedules and yield records generated by the System ("Buyer Data") belong to the Buyer. The Seller may use Buyer Data only to perform this Contract.
P:8.2 The platform runs on the Buyer's server in Chongzuo. The Seller's remote access requires the Buyer's approval for each session, runs through the Buyer's VPN with individual accounts and is logged. The Seller shall not copy Buyer Data outside the Buyer's systems, shall change all default passwords on delivered equipment and shall comply with PRC data-security law.
P:8.3 If the Seller learns of any unauthorised access to Buyer Data or the System through its staff, tools or equipment, it shall inform the Buyer within 12 hours, help contain the incident and be liable for the resulting losses.
H:Article 9 Intellectual Property
P:9.1 The integration interfaces, scripts, configuration files and reports developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely; the Seller shall deliver their source code at Final Acceptance.
P:9.2 The platform software and device firmware remain the property of their owners and are licensed to the Buyer perpetually.
H:Article 10 Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Contract, including the Buyer's planting plans and yields, and shall not disclose it without prior written consent, for three years after the end of this Contract.
H:Article 11 Liability
P:The Seller's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Articles 8 and 10, which are not limited.
H:Article 12 Subcontracting
P:The Seller shall not subcontract any part of the work without the Buyer's prior written consent. Local installation crews proposed by the Seller require the same consent, and the Seller remains responsible for them.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Seller commits a material breach and does not remedy it within fifteen days after notice, or if the delay damages under Article 4.2 reach their maximum.
H:Article 13A Force Majeure
P:A party prevented from performing by typhoon, flood, epidemic measures or other force majeure shall notify the other party within three days and resume performance as soon as possible; time limits are extended accordingly. Normal rainy-season weather in Guangxi is not force majeure.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
P:Annex 1: Station and probe locations. Annex 2: Measurement tolerances.
P:For the Buyer: ____________________    For the Seller: ____________________
"""

C["e03"] = dict(
    file="h294e03_sugarcane_farm_weather_sensors.docx", lang="en", category="hardware", src=E03,
    terms=dict(CLEAN, availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
               prepayment_pct=10, warranty_months=36, post_warranty_fee_pct=7.5),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1280000),
    plan=[], fee_base=1059600,
    sums=[(36 * 14800, 532800), (120 * 2350, 282000), (8 * 9600, 76800), (532800 + 282000 + 76800 + 168000, 1059600),
          (1059600 + 124400 + 86000 + 10000, 1280000), (128000 + 704000 + 448000, 1280000), (0.1 * 1280000, 128000),
          (0.55 * 1280000, 704000), (0.35 * 1280000, 448000), (0.075 * 1059600, 79470)],
    must=["99.95%", "1 hour", "0.1% of the Contract Price", "twice the Contract Price", "10%", "thirty-six months",
          "7.5%", "79,470", "prior written consent", "belong to the Buyer", "Nanning Arbitration Commission",
          "1,280,000", "does not renew automatically"],
)

# ================================================================ h294e04 (en, .pdf) one low finding: forum outside mainland
E04 = """
T:Managed E-mail Security Services Agreement
P:Reference: DBS-MSA-2025-CN07
P:Between: Changsha Xiangyun Printing & Packaging Co., Ltd., Yuelu District, Changsha, Hunan Province, People's Republic of China (the "Customer"); and Dubh Beag Secure Mail Ltd, a company registered in Scotland with its office on Eilean Dubh Beag, Argyll, Scotland (the "Provider").
P:Recitals. (A) The Customer runs its own mail servers for about 620 mailboxes and has suffered repeated phishing and invoice-fraud attempts aimed at its finance and pre-press teams. (B) The Provider operates a managed e-mail security service with filtering nodes in mainland China run by its local partner. (C) The parties agree that the Provider shall protect the Customer's inbound and outbound e-mail on the terms below. At the Customer's request all amounts are stated and paid in Chinese yuan (CNY).
H:Section 1 Definitions
P:1.1 "Service" means the managed e-mail security service described in Section 2.
P:1.2 "Service Commencement" means the date on which the Customer signs the Service Acceptance Certificate under Section 4.
P:1.3 "Monthly Fee" means the fixed monthly charge in Section 3.
P:1.4 "P1 Incident" means a failure of the Service that stops inbound or outbound e-mail for the Customer, or an active attack that the Service fails to block and that affects more than twenty mailboxes.
H:Section 2 The Service
P:2.1 The Service consists of: inbound and outbound filtering for spam, malware and phishing; attachment sandboxing; impersonation and invoice-fraud detection; a quarantine portal for users and administrators; outbound data-loss rules for artwork files and customer price lists; daily reports; and a monitored security desk operated in Mandarin and English.
P:2.2 The Provider shall tune the filtering rules for the Customer's business each month, review the quarantine statistics with the Customer's IT manager and run two phishing-awareness exercises a year for the Customer's staff.
P:2.3 The term of the Service is twenty-four months from Service Commencement. The Agreement then ends unless the parties sign a written renewal.
H:Section 3 Charges and Payment
P:3.1 The charges are:
TB:Charge|Basis|Amount (CNY)
TB:Monthly Fee (up to 700 mailboxes)|CNY 21,500 x 24 months|516,000
TB:Onboarding (MX cut-over, policy design, portal set-up, training)|one-time|18,000
TB:Total Contract Value| |534,000
P:3.2 The Monthly Fee is invoiced monthly in arrears. The onboarding charge is invoiced after Service Commencement. Nothing is payable in advance. Invoices are payable within thirty days of receipt of a valid VAT invoice.
P:3.3 Mailboxes above 700 are charged at CNY 28 each per month, invoiced monthly in arrears. The rates in this Section are fixed for the term.
H:Section 4 Onboarding and Service Acceptance
P:4.1 The Provider shall complete onboarding within thirty days after signature. For each day by which Service Commencement is delayed beyond that date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 as liquidated damages, up to CNY 20,000.
P:4.2 Service Acceptance requires that: (a) all of the Customer's mail domains route through the Service with no loss of legitimate mail during a fourteen-day parallel run; (b) a test set of known phishing, malware and fraud samples supplied by the Customer is blocked or quarantined in full; (c) false positives in the parallel run affect fewer than 0.1% of legitimate messages; and (d) the quarantine portal, reports and outbound rules work as agreed in the design document. The Customer signs the Service Acceptance Certificate when the criteria are met. Routing of mail through the Service before that date is not acceptance.
H:Section 5 Service Levels and Credits
P:5.1 The Service shall be available 99.99% of each calendar month. Mail delivery latency through the Service shall not exceed two minutes for 95% of messages.
P:5.2 The Provider shall respond to a P1 Incident within 30 minutes at any time, to a P2 Incident (degraded filtering or a single domain affected) within 2 hours, and to other requests within one working day.
P:5.3 If availability in a month falls below the level in 5.1, the Customer receives a credit of 5% of the Monthly Fee for each started 0.1 percentage point of shortfall, up to the full Monthly Fee. Each late P1 response gives a further credit of CNY 1,000. Credits are deducted from the next invoice.
P:5.4 The Provider shall send the Customer a monthly service report showing availability, latency, volumes of blocked and quarantined mail, false-positive reports, P1 and P2 incidents with response and resolution times, and any credits due. The parties shall meet by video call each quarter to review the report, the filtering rules and planned changes.
H:Section 5A Customer Responsibilities
P:5A.1 The Customer shall appoint an IT manager as the single point of contact, keep the DNS and firewall settings required by the Service in place, and give the Provider at least five working days' notice of planned changes to its mail servers or domains.
P:5A.2 The Customer shall inform its staff of the quarantine portal and the procedure for releasing messages, and shall report suspected misclassifications through the portal or the security desk.
P:5A.3 The Customer remains responsible for the security of its own mail servers, user devices and passwords. The Provider shall nevertheless alert the Customer promptly if it sees signs that a mailbox has been compromised, such as outbound spam or unusual forwarding rules.
H:Section 6 Customer Data and Security
P:6.1 All e-mail messages, attachments, logs, quarantine contents and reports processed by the Service ("Customer Data") belong to the Customer. The Provider processes Customer Data only to provide the Service and shall not use it for any other purpose, including training of filtering models for other customers.
P:6.2 Customer Data is processed and stored only on the filtering nodes in mainland China. The Provider shall keep an ISO 27001 certified security management system, encrypt Customer Data in transit and at rest, restrict staff access to named engineers with multi-factor authentication and log every access, and shall delete quarantined messages after thirty days unless the Customer asks otherwise.
P:6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, give the Customer the information it needs to meet its reporting duties under PRC law, and bear the losses and costs caused by incidents for which it is responsible.
P:6.4 At the end of the Agreement the Provider shall return the Customer's policies and logs and delete Customer Data within thirty days, confirming deletion in writing.
H:Section 7 Intellectual Property
P:The filtering rules, data-loss policies, reports and training materials prepared specifically for the Customer belong to the Customer, which may use, modify and hand them to another provider. The Provider keeps its platform and standard rule sets.
H:Section 8 Confidentiality
P:Each party shall keep confidential the non-public information of the other party, including the Customer's client lists, artwork and prices, use it only for this Agreement and not disclose it without prior written consent. This Section survives for three years after the end of the Agreement.
H:Section 9 Subcontracting
P:9.1 The filtering nodes in mainland China are operated by the Provider's partner Xiangjiang CloudSec (Changsha) Co., Ltd., which the Customer approves by signing this Agreement.
P:9.2 The Provider shall not use any other subcontractor or replace the partner without the Customer's prior written consent, and remains responsible for every subcontractor.
H:Section 10 Liability
P:Each party's total liability under this Agreement is limited to twice the Total Contract Value. The limit does not apply to breach of Section 6 or Section 8, personal injury or wilful misconduct.
H:Section 11 Termination
P:11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:11.2 The Customer may also terminate by written notice if availability falls below the level in 5.1 in three months of any six consecutive months.
P:11.3 On termination the Provider shall support the transfer of mail routing to the Customer or a new provider for up to thirty days at no extra charge.
H:Section 11A Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Attacks against the Service that a reasonably designed e-mail security service would withstand are not force majeure, and no credits are suspended for them.
H:Section 12 Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration administered by the Scottish Arbitration Centre. The seat of arbitration is Edinburgh, Scotland, and the language is English.
H:Section 13 General
P:13.1 Changes to this Agreement must be in writing and signed by both parties.
P:13.2 Neither party may assign this Agreement without the other party's written consent.
P:13.3 This Agreement is signed in English; a Chinese translation is for convenience only.
P:13.4 Notices under this Agreement must be in writing and sent by e-mail to the contacts named in the onboarding design document, with a copy by courier for any notice of breach or termination. A notice sent by e-mail is received on the next working day in Changsha.
P:Signed for the Customer: ____________________ Signed for the Provider: ____________________
"""

C["e04"] = dict(
    file="h294e04_printing_house_managed_email_security.pdf", lang="en", category="services", src=E04,
    terms=dict(CLEAN, availability_pct=99.99, p1_response_hours=0.5, ld_rate_per_day_pct=400 / 534000 * 100,
               liability_cap_pct=200, prepayment_pct=None, final_payment_on_acceptance=None, contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=534000),
    plan=["CR-GOVERNING-LAW"], forum_outside=True,
    sums=[(21500 * 24, 516000), (516000 + 18000, 534000)],
    must=["99.99%", "within 30 minutes", "CNY 400", "twice the Total Contract Value", "Nothing is payable in advance",
          "belong to the Customer", "prior written consent", "laws of the People's Republic of China", "Edinburgh",
          "534,000", "Service Acceptance Certificate"],
)

# ================================================================ h294e05 (en, .md) no SLA, set-up fee billed with year 1
E05 = """
T:API Subscription Agreement — IncomeCheck Verification Service
P:Agreement reference: RD-SUB-CN-2025-112
P:This Agreement is made between Ravadata d.o.o., a limited liability company with its registered seat on the island of Otok Rava, Zadar County, Croatia ("Ravadata"), and Shanghai Huixin Consumer Finance Co., Ltd., Pudong New Area, Shanghai, People's Republic of China ("Customer").
P:Whereas Customer grants small consumer loans and must verify the declared income of applicants; whereas Ravadata provides an application programming interface that returns an income-verification result from sources the applicant authorises; and whereas Customer wishes to subscribe to that interface for its online lending channels; the parties agree as follows.
H:1. Definitions
P:1.1 "API" means the IncomeCheck verification interface, its sandbox environment, documentation and client libraries.
P:1.2 "Applicant Data" means all personal information of loan applicants that Customer sends to the API or that the API returns to Customer, including names, identity numbers, mobile numbers, employer details, payroll and tax summaries, and the authorisation records.
P:1.3 "Service Start Date" means the date on which Customer signs the Integration Acceptance record under clause 4.
P:1.4 "Subscription Year" means each successive year from the Service Start Date.
H:2. Subscription
P:2.1 Ravadata grants Customer, for the Subscription Term, a non-exclusive right to call the API from Customer's loan-origination system for the purpose of verifying applicants' income.
P:2.2 The Subscription Term is two Subscription Years. It does not renew automatically; any extension requires a written agreement signed by both parties.
P:2.3 The subscription includes up to 1.2 million verification calls per Subscription Year. Calls beyond that volume are charged at CNY 0.45 each, invoiced quarterly in arrears.
H:3. Fees and Payment
P:3.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are:
TB:Fee|Basis|Amount (CNY)
TB:Annual subscription, IncomeCheck Standard tier|CNY 420,000 per Subscription Year x 2|840,000
TB:Set-up and integration (sandbox, field mapping, adapter for Customer's loan-origination system, load test)|one-time|65,000
TB:Total fees|  |905,000
P:3.2 On signature of this Agreement Ravadata invoices the set-up and integration fee together with the subscription fee for the first Subscription Year (CNY 485,000 in total). Customer shall pay that invoice within fifteen days and in any event before the Service Start Date. The subscription fee for the second Subscription Year is invoiced at the start of that year.
P:3.3 Fees are exclusive of VAT. Payments are made to Ravadata's account in Shanghai.
H:4. Set-up and Integration Acceptance
P:4.1 Ravadata shall provide sandbox access within five days after receiving payment and shall complete the set-up within forty-five days after signature.
P:4.2 Integration Acceptance requires that: (a) the adapter returns results in Customer's agreed field format for all test cases in the integration test plan; (b) a parallel test of 3,000 anonymised historical applications, prepared by Customer, shows verification results consistent with Customer's manual checks in the cases listed in the test plan; (c) a load test at 60 calls per second completes with a median response time under 800 milliseconds; and (d) authorisation records are stored and retrievable for every call. Customer signs the Integration Acceptance record when the tests are passed. Use of the API in production before that record is not acceptance.
P:4.3 If Integration Acceptance is delayed beyond the date in 4.1 for reasons attributable to Ravadata, Ravadata shall pay Customer CNY 600 for each day of delay, up to CNY 30,000 in total.
H:5. Service and Support
P:5.1 Ravadata will use commercially reasonable efforts to keep the API available and to answer support requests promptly, and will announce planned maintenance in advance where practicable. No specific availability level, response time or resolution time applies to the API or to support.
P:5.2 Support requests may be raised through Ravadata's support portal or by e-mail, in English or Chinese.
P:5.3 Ravadata may change the API from time to time. Changes that require Customer to modify its integration will be announced at least sixty days in advance, and the previous version will remain available during that period.
H:6. Applicant Data and Security
P:6.1 Applicant Data belongs to Customer. Ravadata processes Applicant Data only on Customer's instructions and only to return verification results to Customer, and shall not use it for any other purpose, including building scores or databases for other clients.
P:6.2 Applicant Data is processed only in mainland China, on servers operated by Ravadata's subsidiary Ravadata Information Technology (Shanghai) Co., Ltd. Ravadata shall comply with the Personal Information Protection Law, the Data Security Law and applicable financial-regulatory rules; apply encryption in transit and at rest, access control with multi-factor authentication and complete access logging; keep request and response content no longer than thirty days, except authorisation records, which are kept as Customer instructs; and hold a valid MLPS level 3 record for the production environment.
P:6.3 Ravadata shall notify Customer of any actual or suspected personal-information incident within 24 hours of becoming aware of it, cooperate with Customer's notifications to regulators and applicants, and bear the losses, fines and costs caused by incidents for which it is responsible.
P:6.4 Customer is responsible for obtaining applicants' authorisation in the form agreed in the integration test plan before calling the API.
H:6A. Customer Obligations
P:6A.1 Customer shall keep its API keys and certificates secure, restrict their use to its loan-origination system, rotate them at least once every Subscription Year and inform Ravadata without delay if it suspects that a key has been disclosed.
P:6A.2 Customer shall use the verification results only as one input to its own credit decision and shall not resell them or make them available to third parties, other than to regulators and auditors as required by law.
P:6A.3 Customer shall keep its calls within the rate agreed in the integration test plan and shall tell Ravadata at least two weeks in advance of marketing campaigns that it expects to raise call volumes sharply.
H:6B. Audit and Regulatory Cooperation
P:6B.1 Ravadata shall allow Customer, its internal auditors and its regulators to review, on reasonable notice, the controls that Ravadata applies to Applicant Data, and shall answer written security questionnaires within ten working days.
P:6B.2 Ravadata shall provide once in each Subscription Year a summary of its most recent MLPS assessment and of any penetration test of the production environment, together with the remediation status of findings.
H:7. Intellectual Property
P:7.1 Ravadata owns the API and its underlying software and models.
P:7.2 The adapter, field mappings and test scripts developed for Customer under clause 4 belong to Customer, which may use, modify and license them freely. Ravadata shall deliver their source code at Integration Acceptance.
H:8. Confidentiality
P:Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need it and are bound by similar duties. The obligation survives for three years after the end of the Agreement.
H:9. Subcontracting
P:Ravadata may use its Shanghai subsidiary named in clause 6.2, which Customer approves by signing this Agreement. Any other subcontractor or sub-processor requires Customer's prior written consent, and Ravadata remains responsible for all of them.
H:10. Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1.
P:10.2 The limit does not apply to breach of clause 6 or clause 8, to fines imposed on Customer because of Ravadata's breach, or to wilful misconduct.
H:11. Termination
P:11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice.
P:11.2 Customer may terminate immediately if a regulator prohibits Customer from using the API or if Ravadata loses a licence or filing required to provide it.
P:11.3 On termination by Customer under 11.1 or 11.2, Ravadata shall refund the subscription fee for the unused part of the current Subscription Year and return or delete Applicant Data as Customer instructs.
P:11.4 At the end of the Agreement for any reason, Ravadata shall keep the API available for up to sixty days at the last applicable rates if Customer needs time to move to another provider, hand over all authorisation records in an agreed format, and confirm in writing that all other Applicant Data has been deleted from its systems and those of its subsidiary.
H:11A. Force Majeure
P:Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a failure of public telecommunications networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Such an event does not excuse Ravadata's duties under clause 6.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.
H:13. General
P:13.1 This Agreement may be amended only in writing signed by both parties.
P:13.2 Neither party may assign this Agreement without the other party's written consent.
P:13.3 Notices are given in writing to the addresses on the signature page.
P:Signed for Ravadata d.o.o.: ____________________ Signed for Customer: ____________________
"""

C["e05"] = dict(
    file="h294e05_consumer_lender_income_verification_api.md", lang="en", category="cloud", src=E05,
    terms=dict(CLEAN, availability_pct=None, p1_response_hours=None, sla_remedy=False,
               ld_rate_per_day_pct=600 / 905000 * 100, liability_cap_pct=150, prepayment_pct=485000 / 905000 * 100,
               final_payment_on_acceptance=None, contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=905000),
    plan=["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    sums=[(420000 * 2, 840000), (840000 + 65000, 905000), (420000 + 65000, 485000)],
    must=["commercially reasonable efforts", "No specific availability level", "CNY 485,000", "before the Service Start Date",
          "CNY 600", "150%", "Applicant Data belongs to Customer", "prior written consent", "does not renew automatically",
          "laws of the People's Republic of China", "Shanghai International Arbitration Center", "905,000"],
)


# ================================================================ build, read back, check, label
def label(key):
    c = C[key]
    t = c["terms"]
    x = c["extra"]
    terms = {k: t[k] for k in TERM_KEYS}
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    return {"file": c["file"], "language": c["lang"], "category": c["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(c["plan"])}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest_thresholds()
    built = {}
    for key, c in C.items():
        kind = c["file"].rsplit(".", 1)[1]
        if kind in ("md", "txt"):
            (OUT / c["file"]).write_text(render(c["src"], kind), encoding="utf-8")
            print("wrote", c["file"])
        else:
            built[key] = (c["file"], kind)
    write({k: C[k]["src"] for k in built}, built, OUT, wrap_words=True)

    report = []
    for key, c in C.items():
        path = OUT / c["file"]
        text = read_back(path)
        n = measure(c["lang"], text)
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        assert lo <= n <= hi, (key, n)
        # figures and clauses the labels rest on must be in the read-back text
        clean = re.sub(r"第 \d+ 页", "", text)
        hay = re.sub(r"\s+", "", clean) if c["lang"] == "zh" else re.sub(r"\s+", " ", clean)
        for s in c["must"]:
            needle = re.sub(r"\s+", "", s) if c["lang"] == "zh" else s
            assert needle in hay, (key, s)
        # price and payment arithmetic
        for got, want in c["sums"]:
            assert abs(got - want) < 1e-6, (key, got, want)
        # rules re-applied to the labels
        t, x = c["terms"], c["extra"]
        rules = apply_rules(t, x, c.get("forum_outside", False), c.get("fee_base"))
        assert rules == sorted(c["plan"]), (key, rules, c["plan"])
        # no labelled value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-9
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        share = None
        if t["contract_kind"] == "goods_or_licence" and t["post_warranty_fee_pct"] is not None:
            total, post, share = tco(x["contract_value"], c["fee_base"], t["warranty_months"], t["post_warranty_fee_pct"])
            assert abs(share - 40) > 0.5, (key, share)
        # the threshold scan of the read-back text
        scan(key, text)
        lab = label(key)
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        report.append((c["file"], c["lang"], n, rules, risk(rules), share))
    for f, lang, n, rules, rk, share in report:
        print(f"{f}: {n} {'chars' if lang == 'zh' else 'words'}; risk {rk}; "
              f"TCO share {'-' if share is None else round(share, 2)}; {', '.join(rules) or '(none)'}")
    print("all assertions passed")


if __name__ == "__main__":
    main()
