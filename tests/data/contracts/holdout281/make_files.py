"""holdout281: ten blind ORDINARY draft contracts with hand-made labels.

Writes every contract of this folder from the sources below (.md / .txt directly, .docx / .pdf through
../word_pdf.py with wrap_words=True), asserts every price and payment sum, checks that each labelled figure appears
in the text, re-applies the policy §3 rules (and the §4 TCO share) to the hand labels and asserts the result equals
the plan, writes the .json labels, reads every built file back (python-docx paragraphs + tables, pypdf), checks the
text lengths and fails if any threshold regex matches. Run with /work/main/.venv/bin/python.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# Threshold regexes (policy §3 and §4): no figure may sit on a threshold, in digits, Chinese numerals or words.
ZN = "一二三四五六七八九十百千〇零两"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?!\d)\s*(%|％|per|percent)?", r"百分之九十九点九(?![\d" + ZN + "])",
                          r"ninety[- ]nine point nine(?! ?five| ?eight| ?seven)"],
    "response 4 hours": [r"(?<![\d.])4(\.0+)?\s*[- ]?\s*(hours?|hrs?|h\b|小时|个小时)", r"(?<![" + ZN + r"\d])四个?小时",
                         r"\bfour[- ]hours?\b", r"(?<![\d.])240\s*(minutes|mins|分钟)", r"半个工作日",
                         r"half a (business|working) day"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![" + ZN + r"\d])", r"千分之零点五", r"(?<![\d.])0\.35\s*%",
                      r"five hundredths", r"0\.5\s*‰"],
    "cap 100 %": [r"(?<![\d.])100(\.0+)?\s*(%|％|per ?cent|percent)", r"百分之(一)?百(?![" + ZN + "])",
                  r"one hundred per ?cent", r"hundred percent", r"(?<![\d.])1\s*倍", r"(?<![" + ZN + r"])一倍",
                  r"以合同总价为限", r"equal to the (total )?contract (price|value)"],
    "prepayment 30 %": [r"(?<![\d.])30(\.0+)?\s*(%|％|per ?cent|percent)", r"百分之三十(?![" + ZN + r"点\d])",
                        r"thirty per ?cent", r"三成", r"十分之三"],
    "warranty 12 months": [r"(?<![\d.])12\s*[- ]?\s*(months?|个月|月)", r"(?<![" + ZN + r"])十二个月",
                           r"\btwelve[- ]months?\b", r"(?<![\d.])1\s*[- ]?\s*(years?|年)(?![\d度])",
                           r"(?<![" + ZN + r"第每])一年", r"\bone[- ]year\b", r"\ba year\b",
                           r"(?<![\d.])365\s*(days|天|日)"],
    "post-warranty 15 %": [r"(?<![\d.])15(\.0+)?\s*(%|％|per ?cent|percent)", r"百分之十五(?![" + ZN + r"点\d])",
                           r"fifteen per ?cent"],
    "TCO 40 %": [r"(?<![\d.])40(\.0+)?\s*(%|％|per ?cent|percent)", r"百分之四十(?![" + ZN + r"点\d])",
                 r"forty per ?cent"],
    "horizon 5 years": [r"(?<![\d.])5\s*[- ]?\s*(years?|年)(?![\d度])", r"(?<![" + ZN + r"])五年",
                        r"\bfive[- ]years?\b", r"(?<![\d.])60\s*[- ]?\s*(months?|个月)"],
}
THRESHOLD_RES = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    hits = []
    for name, regs in THRESHOLD_RES.items():
        for rg in regs:
            for m in rg.finditer(text):
                hits.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest_regexes():
    must_hit = ["99.9%", "99.9 %", "99.90%", "百分之九十九点九", "4小时", "4 小时", "四小时", "四个小时", "4 hours",
                "4-hour", "four hours", "240分钟", "0.05%", "万分之五", "0.35% per week", "100%", "百分之百",
                "一倍", "30%", "百分之三十", "thirty per cent", "12个月", "十二个月", "12 months", "12-month",
                "twelve months", "一年", "1年", "one year", "a year", "15%", "百分之十五", "40%", "百分之四十",
                "5年", "五年", "five years", "60 months", "half a business day"]
    must_not = ["99.95%", "99.5%", "99.99%", "24小时", "二十四小时", "24 hours", "14 hours", "0.08%", "万分之八",
                "万分之二", "150%", "200%", "130%", "20%", "35%", "45%", "24个月", "二十二个月", "18 months",
                "2025年", "首年", "每年", "第一年度", "三年", "36 months", "25%", "0.055", "12小时", "50%",
                "1,500", "2015年", "45 days", "40 days", "30 days", "30分钟", "15 minutes", "三十日", "十五日"]
    for s in must_hit:
        assert threshold_hits(s), ("regex misses", s)
    for s in must_not:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------
# Policy §3 rules, re-applied to the hand labels (my reading; see NOTES.md).
def tco_share(v, terms, extra, plan):
    if terms["contract_kind"] != "goods_or_licence":
        return None
    fee = terms["post_warranty_fee_pct"]
    if fee is None or not extra.get("post_warranty_fee_capped"):
        return None  # an unstated / uncapped fee: the TCO is not computable
    years_after = max(0.0, 5 - (terms["warranty_months"] or 0) / 12)
    base = plan.get("fee_base") or v
    fees = years_after * base * fee / 100
    return fees / (v + fees) * 100


def apply_rules(plan):
    t, x = plan["terms"], plan["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or plan.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(x["contract_value"], t, x, plan)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def yuan(n):
    return f"{n:,}"


PLANS = []


def render_table(plan, fmt):
    """Price table from the plan's rows; a subtotal row after `subtotal_after` rows and a total row."""
    zh = plan["lang"] == "zh"
    head = plan.get("head") or (["序号", "名称", "单位", "数量", "单价（元）", "金额（元）"] if zh else
                                ["No.", "Item", "Unit", "Qty", "Unit price (CNY)", "Amount (CNY)"])
    rows = []
    for i, (name, unit, qty, price, amount) in enumerate(plan["rows"], 1):
        rows.append([str(i), name, unit, f"{qty:,}", yuan(price), yuan(amount)])
        if plan.get("subtotal_after") == i:
            sub = sum(r[4] for r in plan["rows"][:i])
            rows.append(["", plan["subtotal_label"], "", "", "", yuan(sub)])
    rows.append(["", "合计" if zh else "Total", "", "", "", yuan(plan["value"])])
    if fmt in ("docx", "pdf"):
        return "\n".join("TB:" + "|".join(r) for r in [head] + rows)
    if fmt == "md":
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)
    return "\n".join("  ".join(c for c in r if c) for r in [head] + rows)


def check_sums(plan):
    v = plan["value"]
    for name, unit, qty, price, amount in plan["rows"]:
        assert qty * price == amount, (plan["key"], name)
    assert sum(r[4] for r in plan["rows"]) == v, (plan["key"], "rows", sum(r[4] for r in plan["rows"]), v)
    if plan.get("subtotal_after"):
        sub = sum(r[4] for r in plan["rows"][:plan["subtotal_after"]])
        assert sub == plan["subtotal"], (plan["key"], "subtotal", sub)
    if plan.get("payments"):
        assert sum(p for p, a in plan["payments"]) == 100, plan["key"]
        for p, a in plan["payments"]:
            assert v * p / 100 == a, (plan["key"], p, a)
        assert sum(a for p, a in plan["payments"]) == v
    for a in plan.get("instalments_sum", []):
        assert sum(a) == v, (plan["key"], "instalments")
    assert plan["extra"]["contract_value"] == v


PLANS.append(dict(
    key="h281z01", file="h281z01_reservoir_dam_safety_monitoring_platform.docx", lang="zh", fmt="docx",
    category="hardware", value=3280000, subtotal=2575200, subtotal_after=5, subtotal_label="软硬件小计",
    rows=[("渗压计（振弦式，含电缆）", "支", 186, 3800, 706800),
          ("量水堰计（含堰板改造）", "套", 24, 9600, 230400),
          ("GNSS表面位移监测站", "套", 18, 42000, 756000),
          ("数据采集单元（MCU）", "台", 36, 11500, 414000),
          ("大坝安全监测平台软件许可（永久）", "套", 1, 468000, 468000),
          ("渗流、变形预警模型及数据对接定制开发", "项", 1, 392000, 392000),
          ("安装、调试及测点埋设", "项", 1, 286500, 286500),
          ("培训", "项", 1, 26300, 26300)],
    payments=[(20, 656000), (45, 1476000), (35, 1148000)],
    fee_base=2575200,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=3280000),
    expected=[], risk="low",
    figures=["3,280,000", "2,575,200", "99.95%", "30分钟", "万分之八", "20%", "45%", "35%", "三年", "9%",
             "231,768", "适用中华人民共和国法律"],
    src="""T:临江省水库大坝安全监测平台建设项目政府采购合同
P:合同编号：LJSL-2025-ZC-0417　　项目编号：LJZC2025-G-0386
P:采购人（甲方）：临江省水利厅　　地址：临江省江州市滨江路88号
P:供应商（乙方）：江州澜测智能科技有限公司　　地址：江州市高新区创智路16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就全省37座大中型水库大坝安全监测设施更新及省级监测平台建设事宜，经平等协商，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同不可分割的组成部分，内容不一致时以本合同正文为准。
H:第一条　项目内容
P:1.1 乙方负责为甲方所辖37座水库供货并安装渗压计、量水堰计、GNSS表面位移监测站和数据采集单元，部署省级大坝安全监测平台，开发渗流、变形预警模型，完成平台与省水利“一张图”及水库调度系统的数据对接，并对水库管理单位人员进行培训。
P:1.2 项目实施地点为各水库管理单位现场及甲方省级数据中心。乙方应于合同签订后150日内完成全部设备安装、平台部署和初验准备。
H:第二条　合同价款
P:2.1 本合同总价为人民币3,280,000元（大写：叁佰贰拾捌万元整），为固定总价，已包含设备、软件许可、定制开发、运输、保险、安装、调试、培训、税费以及质保期内全部服务费用，甲方不再另行支付其他费用。分项价格如下：
<<TABLE>>
P:2.2 上表第1至5项之和为“软硬件小计”，计人民币2,575,200元，作为本合同第七条维保费用的计算基数。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计656,000元。
P:3.2 全部设备安装完毕、平台上线运行并经初验合格后，甲方支付合同总价的45%，计1,476,000元，同时退还预付款保函。
P:3.3 项目终验合格后，甲方支付合同总价的35%，计1,148,000元。
P:3.4 乙方每次请款前应向甲方开具等额合法发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理时间不视为甲方逾期。
H:第四条　交付与安装
P:4.1 设备应为全新原厂合格产品，附合格证和出厂检定报告；渗压计、量水堰计应经具备资质的计量检定机构检定合格。
P:4.2 乙方在坝体上作业应遵守水库管理单位的安全管理规定，不得影响大坝运行和防汛调度；汛期需开展坝体作业的，应事先报水库管理单位同意并落实安全措施。
H:第五条　验收
P:5.1 初验：全部测点数据正常接入平台，与人工比测结果的偏差符合SL 551《土石坝安全监测技术规范》的要求；平台连续试运行30日无一级故障；预警模型经历史监测数据回放，能够按甲方确认的预警阈值正确推送预警信息。
P:5.2 终验：初验合格后试运行90日，其间无一级故障、预警推送到位，乙方已提交竣工资料、测点考证表、源代码及操作维护手册。甲方组织专家按照招标文件技术要求和本条标准进行终验并出具终验报告。
P:5.3 设备到货签收、安装完成、平台上线或甲方实际使用，均不视为验收合格。
H:第六条　服务水平
P:6.1 质保期内，监测平台月可用率不低于99.95%，经甲方同意的计划内维护时间除外，计划内维护应提前3个工作日报甲方。
P:6.2 故障分级：一级故障指平台整体中断、预警功能失效或单座水库全部测点离线；二级故障指部分测点离线或部分功能异常；其余为三级故障。乙方对一级故障应在30分钟内响应、2小时内开始远程处置，需现场处理的8小时内到达现场；二级故障2小时内响应、24小时内修复；三级故障在下一次巡检时处理。
P:6.3 汛期（每年5月15日至9月30日）乙方应安排专人值守，遇强降雨或水位超汛限时加密数据巡查。
P:6.4 乙方未按时响应或到场的，每迟延1小时向甲方支付1,000元；月可用率每低于承诺值0.01个百分点，向甲方支付2,000元。上述款项甲方可从应付款项中直接扣除。
H:第七条　质量保证与维保
P:7.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修复、版本升级以及每年汛前巡检。
P:7.2 质保期满后，甲方可与乙方另行签订维保合同。维保年费不超过软硬件小计的9%，即每年不超过231,768元，且该上限在质保期满后两年内不得上调；维保合同不自动续期。
H:第八条　数据安全
P:8.1 监测数据、水库工程资料、平台运行日志及由此形成的分析成果均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:8.2 平台部署于甲方省级数据中心政务外网区域，按网络安全等级保护第三级要求建设；乙方远程运维须经甲方逐次审批，通过堡垒机操作并全程留痕。
P:8.3 发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，由乙方承担全部责任并赔偿甲方损失。
H:第九条　保密
P:9.1 乙方对履约过程中知悉的水库工程安全信息、防汛调度方案及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条　知识产权
P:10.1 平台软件的知识产权归原权利人所有，甲方获得永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的预警模型、数据接口程序、源代码及技术文档，知识产权归甲方所有，甲方有权自行修改、使用或许可他人使用。
P:10.3 乙方保证所供货物和软件不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期完成初验准备的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 设备或软件不符合合同约定的，乙方应在甲方规定期限内更换或整改，并承担由此产生的全部费用。
H:第十二条　分包
P:12.1 乙方不得转包本项目。仅监测站观测房及GNSS墩的土建基础，可在取得甲方书面同意后分包，乙方对分包工作承担全部责任。
H:第十三条　合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿由此造成的损失。
H:第十四条　法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条　其他
P:15.1 本合同一式六份，甲方四份、乙方二份，自双方法定代表人或授权代表签字并盖章之日起生效。未尽事宜，双方可另行签订补充协议。
P:附件：1.设备清单及技术参数；2.测点分布表；3.验收方案。
P:甲方（盖章）：临江省水利厅　　　　乙方（盖章）：江州澜测智能科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年__月__日
"""))


PLANS.append(dict(
    key="h281z02", file="h281z02_cement_raw_mill_control_system_maintenance.md", lang="zh", fmt="md",
    category="hardware", value=1850000, subtotal=1486000, subtotal_after=5, subtotal_label="设备及软件小计",
    rows=[("DCS控制站（控制器、I/O模块、机柜）", "套", 2, 286000, 572000),
          ("操作员站及工程师站", "台", 5, 23600, 118000),
          ("立磨优化控制软件许可（永久）", "套", 1, 345000, 345000),
          ("现场仪表（振动、压差、料层厚度等）", "批", 1, 263400, 263400),
          ("变频及MCC接口柜", "套", 1, 187600, 187600),
          ("组态编程与系统调试", "项", 1, 214000, 214000),
          ("安装及电缆敷设", "项", 1, 132500, 132500),
          ("操作及维护培训", "项", 1, 17500, 17500)],
    payments=[(20, 370000), (50, 925000), (25, 462500), (5, 92500)],
    terms=dict(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=18, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
               contract_value=1850000),
    expected=["CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"], risk="high",
    figures=["1,850,000", "20%", "15分钟", "千分之一", "十八个月", "即视为甲方验收合格", "当年度公布的服务价格表",
             "适用中华人民共和国法律"],
    src="""# 生料立磨控制系统改造及维保合同

合同编号：HYSN-ZB-2025-031
签订地点：安徽省淮北市

甲方（买方）：淮源水泥有限公司
乙方（卖方）：合肥恒磨自动化工程有限公司

甲方4500t/d熟料生产线的生料立磨现用控制系统已运行多年，备件停产、故障频发。甲方经邀请招标确定乙方承担该立磨控制系统的改造。为明确双方权利义务，依据《中华人民共和国民法典》，双方协商一致，签订本合同。

## 1 合同标的

1.1 乙方向甲方提供DCS控制站、操作员站和工程师站、立磨优化控制软件、现场仪表及变频、MCC接口柜，负责组态编程、安装调试和人员培训，并按本合同第8章约定在质保期满后提供维保服务。

1.2 交货期限：合同生效后75日内，全部设备运抵甲方厂区。改造施工应利用甲方窑系统计划检修窗口（预计10日）完成，不得延长甲方停窑时间。

1.3 乙方应提供设备清单、技术规格书、组态说明、接线图及操作维护手册各三套，并提交电子版。

## 2 合同价格

2.1 本合同总价为人民币1,850,000元（含13%增值税），包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。明细如下：

<<TABLE>>

2.2 上表第1至5项合计1,486,000元，为“设备及软件小计”。

## 3 付款方式

3.1 合同生效后10个工作日内，甲方支付合同总价的20%，计370,000元，作为预付款。

3.2 设备全部运抵甲方厂区并经甲方清点签收后，甲方支付合同总价的50%，计925,000元。

3.3 系统投料运行后，甲方支付合同总价的25%，计462,500元。

3.4 剩余5%计92,500元作为质量保证金，质保期满且无未决质量问题的，甲方在30日内无息付清。

3.5 乙方每期请款应提供等额增值税专用发票，甲方以银行转账方式付款。

## 4 交货、安装与调试

4.1 乙方负责将设备运至甲方指定库房，运输途中的损坏、丢失由乙方承担。甲方清点签收仅确认数量和外观，不免除乙方的质量责任。

4.2 乙方派驻现场的项目经理、调试工程师应具有同类立磨项目经验，施工人员应遵守甲方的安全生产、动火作业和受限空间作业管理规定。

4.3 乙方应在停窑检修窗口内完成新旧系统切换，切换前编制停车、切换和回退方案并经甲方生产部签字确认。

4.4 主要技术要求：控制器、电源和控制网络均冗余配置；立磨主电机、选粉机、循环风机及喂料系统的联锁逻辑按甲方确认的工艺联锁表实现；优化控制软件应能根据料层厚度、磨机压差和出口温度自动调节喂料量、研磨压力和选粉机转速；操作员站画面风格与甲方中控室现有系统保持一致。

4.5 乙方应在调试期间对甲方中控操作员、电气仪表维护人员进行现场培训，培训内容包括系统操作、常见报警处理、备件更换和日常点检，培训结束后提交培训记录。

## 5 验收

5.1 系统安装调试完成、立磨带料运行72小时后，即视为甲方验收合格，乙方可据此申请第3.3款款项。

5.2 甲方在带料运行期间发现的问题，乙方应及时处理，但不影响第5.1款的验收结论。

## 6 质量保证与故障响应

6.1 质保期为十八个月，自系统投料运行之日起计算。质保期内，因设备或软件质量原因发生的故障，乙方免费维修或更换，并免费提供软件补丁。

6.2 一级故障指立磨跳停且无法复位、DCS控制器冗余失效或控制网络全部中断；二级故障指单台设备、单个回路或部分画面异常，不影响主机运行；其余为三级故障。

6.3 一级故障：乙方接报后15分钟内电话响应，6小时内技术人员到达现场；二级故障：2小时内响应，次日到达现场；三级故障在下次定期巡检时处理。

6.4 乙方未按第6.3款时限响应或到场的，每迟延1小时向甲方支付800元，甲方可从质量保证金中扣除。

## 7 违约责任

7.1 乙方逾期交货的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。

7.2 乙方提供的设备或软件不符合合同约定，经两次整改仍不合格的，甲方有权要求退货并要求乙方返还已付款项、赔偿损失。

## 8 质保期满后的维保服务

8.1 质保期满后，甲方需要乙方继续提供系统维护、备件供应和软件升级服务的，双方另行签订维保合同。

8.2 维保费按乙方当年度公布的服务价格表执行，乙方于每年1月书面通知甲方当年费用标准。

## 9 生产数据与网络安全

9.1 立磨运行数据、工艺参数、生产报表均属于甲方，乙方仅可为调试和维保目的使用，不得用于其他用途。

9.2 乙方远程维护须事先经甲方生产部批准，经甲方工业防火墙和VPN接入，使用一次性账号并完整记录操作日志；乙方不得擅自在控制系统中安装软件或接入外部存储设备。

9.3 发生病毒感染、非法入侵或数据泄露的，乙方应在2小时内通报甲方并配合处置；因乙方原因造成的，由乙方承担全部责任并赔偿甲方损失。

## 10 保密

10.1 双方对履约中获知的对方技术资料、工艺配方、商务信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内继续有效。

## 11 知识产权

11.1 立磨优化控制软件的知识产权归乙方，甲方获得在本生产线上永久使用的许可。

11.2 乙方为本项目编制的组态程序、控制逻辑、监控画面以及针对本生产线整定的控制参数，知识产权归甲方所有，甲方有权自行修改和使用。

## 12 分包

12.1 乙方仅可将电缆敷设、桥架安装等辅助施工分包给具备相应资质的单位，且须事先取得甲方书面同意；乙方对分包单位的工作承担连带责任。

## 13 合同解除

13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，要求乙方返还已付款项并赔偿损失。

## 14 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。发生争议时双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

## 15 其他

15.1 本合同一式四份，双方各执二份，自双方盖章之日起生效。

15.2 本合同附件包括设备清单、技术规格书和工艺联锁表，与本合同正文具有同等法律效力；对本合同的任何修改，须经双方书面签署方可生效。

甲方：淮源水泥有限公司（盖章）　　　　乙方：合肥恒磨自动化工程有限公司（盖章）

代表签字：__________　　　　代表签字：__________

日期：2025年__月__日
"""))


PLANS.append(dict(
    key="h281z03", file="h281z03_pharmacy_chain_pos_membership_saas.txt", lang="zh", fmt="txt",
    category="cloud", value=1304800,
    head=["序号", "服务项目", "计费单位", "数量", "单价（元）", "金额（元）"],
    rows=[("POS收银及会员管理SaaS服务（90家门店×24个月）", "门店·月", 2160, 460, 993600),
          ("会员精准营销模块", "月", 24, 6800, 163200),
          ("实施服务（数据迁移、医保接口对接、培训）", "项", 1, 148000, 148000)],
    instalments_sum=[[148000] + [144600] * 8],
    terms=dict(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True,
               ld_rate_per_day_pct=1000 / 1304800 * 100, liability_cap_pct=None, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1304800),
    expected=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], risk="medium",
    figures=["1,304,800", "99.5%", "15分钟", "1,000元", "144,600", "去标识化", "上调", "适用中华人民共和国法律"],
    src="""康宁堂医药连锁门店收银及会员管理云服务合同

合同编号：KNT-IT-2025-0623

甲方（客户）：康宁堂大药房连锁有限公司
住所：浙江省嘉兴市南湖区禾兴路219号
乙方（服务商）：杭州云铺信息技术有限公司
住所：杭州市余杭区文一西路1288号

甲方经营90家零售药店。为统一门店收银、医保结算和会员管理，甲方决定采用乙方提供的“云铺零售”SaaS服务。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等规定，经友好协商，订立本合同，共同遵守。

一、服务内容与服务期
（一）乙方通过互联网向甲方90家门店及总部提供POS收银、医保刷卡结算、处方登记、会员积分与储值、会员精准营销及经营报表等云服务（以下简称“云服务”），并负责实施上线。
（二）乙方负责实施服务：将甲方现有收银系统中的会员资料、积分余额和商品档案迁移至云服务；完成与各统筹区医保结算接口及甲方ERP系统的对接；对门店店长、收银员进行培训。
（三）云服务的服务期为二十四个月，自全部门店上线验收合格之次日起计算。
（四）云服务主要功能包括：1.门店收银，支持扫码、银行卡、医保卡及储值卡等多种支付方式，断网时可离线收银并在恢复后自动上传；2.处方药销售登记，记录处方来源、审方药师和购药人信息；3.会员管理，包括会员注册、积分累计与兑换、储值、等级权益和生日关怀；4.会员精准营销，按会员购药品类和消费频次分组推送优惠券；5.经营报表，按门店、品类、时段统计销售、毛利和会员贡献；6.总部对门店价格、促销活动和收银权限的统一管理。

二、服务费用
（一）本合同总金额为人民币1,304,800元（含6%增值税），明细如下：
<<TABLE>>
（二）服务期内门店数量增加的，新增门店按每店每月460元计费，门店关闭的，自次月起停止计费。

三、付款方式
（一）本合同不设预付款。
（二）实施服务费148,000元在全部门店上线验收合格后15个工作日内支付。
（三）云服务费按季度后付，每季度144,600元，乙方在每季度结束后提交服务报告和发票，甲方审核无误后15个工作日内支付。

四、上线与验收
（一）乙方应在合同签订后60日内完成全部门店上线。
（二）上线验收标准：1.全部门店可正常收银、打印小票及电子发票；2.各统筹区医保刷卡结算测试交易全部成功并与医保对账一致；3.迁移后的会员人数、积分余额和储值余额与原系统逐条核对一致；4.总部报表数据与门店交易记录核对一致；5.乙方已完成培训并提交操作手册。
（三）门店开始使用云服务或甲方支付款项，均不视为验收合格。

五、服务水平
（一）云服务每月可用率不低于99.5%。可用率按当月总分钟数扣除不可用分钟数后计算，经甲方同意的计划维护时间除外，计划维护应安排在凌晨1点至5点之间。
（二）一级故障（多家门店无法收银或医保结算中断）：乙方应在15分钟内响应，1小时内提供临时收银方案，并持续处理至恢复；二级故障（单店故障或部分功能异常）：1小时内响应，当日恢复。
（三）月可用率低于99.5%但不低于99%的，减免当月云服务费的5%；低于99%的，减免当月云服务费的10%。一级故障响应超时的，每次减免2,000元。减免金额从下一季度服务费中抵扣。
（四）乙方应提供全天候客服热线和在线工单系统，并为甲方指定一名客户经理；乙方每季度向甲方提交服务报告，载明可用率、故障及处理情况、版本更新内容和下季度计划。
（五）乙方进行版本升级的，应提前5个工作日通知甲方，涉及收银、医保结算流程变化的，应事先在甲方指定门店试点，并向门店提供操作说明。

六、数据权属与数据安全
（一）甲方的会员信息、交易数据、处方登记信息和商品数据（以下简称“甲方数据”）的所有权归甲方。
（二）甲方同意，乙方可以对甲方数据进行去标识化和汇总处理，所形成的数据可用于乙方的医药零售行业分析报告及产品改进，该项使用在合同终止后仍可继续。
（三）乙方应将甲方数据存储于中国境内，按照网络安全等级保护第三级要求运行云服务，对会员个人信息加密存储，实行最小权限访问并保留访问日志。
（四）发生或可能发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致泄露的，乙方承担相应法律责任并赔偿甲方损失。
（五）合同终止后30日内，乙方应向甲方完整返还甲方数据，并在甲方确认后删除。

七、甲方的配合义务
（一）甲方应指定项目负责人，负责协调门店、医保对接和内部审批事项，并按乙方的合理要求及时提供现有系统数据和接口资料。
（二）甲方负责门店网络、收银电脑、扫码枪、小票打印机等终端设备的配置和维护，终端设备的配置应符合乙方书面提出的最低要求。
（三）甲方应妥善管理门店账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

八、保密
双方对在合作中获知的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露；本条在合同终止后三年内有效。

九、知识产权
（一）云服务平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的报表、医保接口程序及其文档归甲方所有，甲方可自行使用、修改或委托他人维护。

十、违约责任
（一）乙方未在约定期限内完成全部门店上线的，每逾期一日向甲方支付违约金1,000元。
（二）乙方服务不符合本合同约定，给甲方造成损失的，应予赔偿。

十一、分包
乙方不得将本合同项下服务转包；确需将门店现场实施分包的，应事先取得甲方书面同意。

十二、续期与终止
（一）服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期二十四个月。续期时乙方有权根据运营成本上调服务费，上调幅度不超过原标准的8%，乙方在续期前书面通知甲方即可。
（二）一方严重违约，经另一方书面催告后15日内未改正的，守约方有权书面通知解除本合同。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方住所地人民法院提起诉讼。

十四、不可抗力
因地震、洪水、疫情防控措施、基础电信网络大面积中断等不可抗力导致一方不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但应尽力减少损失。

十五、通知与其他
（一）双方的通知以书面形式送达本合同载明的地址，或发送至双方项目负责人的工作邮箱。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式二份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：康宁堂大药房连锁有限公司
授权代表：__________
乙方（盖章）：杭州云铺信息技术有限公司
授权代表：__________
日期：2025年__月__日
"""))


PLANS.append(dict(
    key="h281z04", file="h281z04_trading_centre_e_trading_system_annual_om.pdf", lang="zh", fmt="pdf",
    category="services", value=995000,
    head=["序号", "服务内容", "单位", "数量", "单价（元）", "金额（元）"],
    rows=[("驻场运维服务（3名工程师）", "人·月", 36, 19800, 712800),
          ("系统巡检与重大交易应急保障", "项", 1, 96000, 96000),
          ("安全加固与漏洞修复", "项", 1, 128000, 128000),
          ("中间件及数据库技术支持", "项", 1, 58200, 58200)],
    instalments_sum=[[248750] * 4],
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=False, termination_for_breach=False, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=995000),
    expected=["CR-CONFIDENTIALITY", "CR-TERMINATION"], risk="medium",
    figures=["995,000", "248,750", "99.95%", "15分钟", "千分之一", "不得擅自变更、中止或者终止", "适用中华人民共和国法律"],
    src="""T:云川市公共资源交易中心电子交易系统运维服务合同
P:合同编号：YCGGZY-YW-2025-07
P:采购方式：竞争性磋商　　采购项目编号：YCCG-2025-C-1152
P:采购人（甲方）：云川市公共资源交易中心
P:供应商（乙方）：云川信达软件服务有限公司
P:甲方通过竞争性磋商方式采购电子交易系统运维服务，乙方为成交供应商。根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及磋商文件、乙方响应文件和成交通知书，双方订立本合同。
H:第一条　服务范围
P:（一）运维对象：甲方电子交易系统，包括工程建设、政府采购、土地矿产和国有产权交易子系统，以及电子开标、远程异地评标、CA数字证书互认、保证金管理和交易信息公开模块，相关服务器、存储、中间件和数据库。
P:（二）服务内容：驻场运维、日常巡检、故障处理、重大交易活动保障、安全加固与漏洞修复、中间件和数据库技术支持、运维文档管理。
P:（三）服务期限：2025年7月1日至2026年6月30日。服务期届满，本合同自然终止；甲方需继续采购的，另行依法组织采购。
H:第二条　合同金额
P:（一）本合同总金额为人民币995,000元（大写：玖拾玖万伍仟元整），为固定总价，包括人员、差旅、工具、税费等全部费用。明细如下：
<<TABLE>>
P:（二）服务期内，乙方不得以任何理由要求增加费用。
H:第三条　付款方式
P:（一）合同不设预付款，服务费按季度支付，每季度248,750元。
P:（二）每季度结束后，乙方提交季度运维报告，经甲方按本合同第五条考核后15个工作日内，甲方根据考核结果支付当季度服务费。
H:第四条　服务要求
P:（一）乙方派驻3名运维工程师，其中项目负责人应具有信息系统项目管理师或同等资格。驻场人员应在合同签订后5个工作日内到岗，工作日8:30至18:00在甲方交易大厅驻场，节假日及夜间开标时安排专人值班。
P:（二）电子交易系统月可用率不低于99.95%（经甲方批准的计划维护时间除外）。
P:（三）故障分级：一级故障指开标、评标、保证金退付等核心功能中断或交易数据异常；二级故障指非核心功能异常；三级故障指一般咨询和操作问题。一级故障乙方应在15分钟内响应，1小时内恢复核心功能或启动应急预案；二级故障30分钟内响应，当日解决；三级故障1个工作日内答复。
P:（四）重大交易活动（单项预算1亿元以上的项目开标等）前，乙方应完成专项巡检并制定保障方案，开标期间安排工程师现场值守。
P:（五）乙方每月进行漏洞扫描，高危漏洞在3个工作日内完成修复，并配合甲方完成网络安全等级保护测评整改。
P:（六）乙方每日对服务器、存储、网络设备、中间件和数据库进行巡检并填写巡检记录，每周对交易数据库进行备份有效性检查，每季度配合甲方开展一次应急演练，演练方案和总结报告报甲方备案。
P:（七）乙方驻场人员应遵守甲方的考勤、着装和交易场所管理规定，服从甲方工作安排；未经甲方同意，乙方不得更换项目负责人，更换其他驻场人员应提前10个工作日书面报甲方同意，新人员的资格不得低于原人员。
P:（八）乙方应建立运维工单台账，对用户咨询、故障申报和变更请求逐项登记、处理和回访，台账每月报甲方核查。系统变更应提交变更方案，经甲方审批后在非交易时段实施，并保留回退措施。
P:（九）甲方应为驻场人员提供办公场所和必要的网络接入条件，及时提供系统原有技术文档，并指定专人负责与乙方的日常联络和考核工作。
H:第五条　考核与验收
P:（一）甲方每季度依据考核细则对乙方服务进行考核，考核内容包括人员到岗、故障响应及处理时效、巡检执行、漏洞修复、文档完整性和用户满意度，满分100分，90分以上为合格。
P:（二）服务期满，乙方提交运维总结报告、系统配置基线、运维文档和脚本清单，甲方依据磋商文件服务要求和各季度考核结果组织验收，出具验收意见。
H:第六条　服务质量扣款
P:（一）一级故障未在规定时间内响应或恢复的，每次扣减服务费3,000元；因乙方原因导致开标延误的，每次扣减服务费10,000元。
P:（二）月可用率低于99.95%的，每低0.01个百分点扣减服务费1,000元。
P:（三）季度考核不合格的，扣减当季度服务费的5%，并由乙方提交整改方案。
H:第七条　数据安全
P:（一）电子交易系统内的投标文件、评标数据、保证金信息和全部交易记录属于甲方，乙方仅可为履行运维服务接触，不得复制、下载、留存或向任何第三方提供。
P:（二）乙方运维操作须通过甲方堡垒机进行，使用实名账号，高危操作须经甲方审批后执行；开标前乙方人员不得接触未解密投标文件。
P:（三）发生数据泄露、篡改或网络攻击事件的，乙方应立即处置并在1小时内报告甲方；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
P:（四）乙方不得在交易系统中设置后门程序、隐藏账号或远程控制工具，不得通过互联网远程登录交易系统；乙方使用的运维终端须经甲方安全检查，禁止接入未经登记的移动存储介质。服务期满或驻场人员离岗时，乙方应交回全部账号和门禁卡，并在甲方监督下清除运维终端中的交易数据。
P:（五）乙方应每月对交易数据库和电子档案的备份进行恢复性抽查，发现备份失效的，应立即补做并报告甲方。
H:第八条　知识产权
P:乙方在运维过程中形成的运维文档、巡检报告、脚本程序和配置基线，其权利归甲方所有，甲方可自行使用和修改，也可交由后续服务单位使用。乙方使用的第三方运维工具，其许可费用由乙方承担，乙方保证甲方使用上述成果不侵犯任何第三方的合法权利。
H:第九条　违约责任
P:（一）驻场人员逾期到岗的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
P:（二）乙方擅自更换项目负责人的，每次支付违约金5,000元。
P:（三）乙方服务不符合本合同约定的，甲方有权按第六条扣减服务费，并要求乙方限期整改。
H:第十条　分包
P:乙方不得转包或者分包本合同项下的服务。
H:第十一条　合同的履行
P:本合同一经签订，合同双方不得擅自变更、中止或者终止合同。乙方违约的，按本合同第六条、第九条承担责任，并应继续履行合同义务。
H:第十二条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条　其他
P:（一）服务期届满前30日，乙方应编制运维交接方案，在服务期届满时向甲方或甲方指定的后续服务单位完整移交账号权限、运维文档、配置基线和未结工单，并提供不少于10个工作日的交接配合，交接期间不另收费。
P:（二）因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明。
P:（三）本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：云川市公共资源交易中心　　　乙方（盖章）：云川信达软件服务有限公司
P:授权代表：__________　　　授权代表：__________
P:签订日期：2025年6月__日
"""))


PLANS.append(dict(
    key="h281z05", file="h281z05_zongzi_maker_mes_supplier_template.md", lang="zh", fmt="md",
    category="software", value=1360000,
    rows=[("智造云MES软件许可（标准版，5个车间，120个并发用户，永久）", "套", 1, 1020000, 1020000),
          ("定制开发（蒸煮工段追溯、真空包装线对接、批次召回报表）", "项", 1, 256000, 256000),
          ("实施部署及培训", "项", 1, 84000, 84000)],
    payments=[(50, 680000), (38, 516800), (12, 163200)],
    fee_base=1020000,
    terms=dict(availability_pct=None, p1_response_hours=24, sla_remedy=True, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=20, prepayment_pct=50, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=6, post_warranty_fee_pct=22, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1360000),
    expected=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    risk="high",
    figures=["1,360,000", "1,020,000", "50%", "24小时", "万分之二", "20%", "六个月", "22%", "224,400",
             "知识产权归乙方所有", "无需另行取得甲方同意", "脱敏", "适用中华人民共和国法律"],
    src="""# 智造云MES软件销售及实施合同

（苏州匠链智能科技有限公司标准合同文本 V4.0）

合同编号：JL-MES-2025-0219

**甲方（用户）**：嘉禾粽业食品有限公司
**乙方（供应商）**：苏州匠链智能科技有限公司

甲方因粽子生产线数字化管理需要，向乙方购买“智造云MES”制造执行系统软件许可及相关定制开发、实施服务。双方本着平等自愿的原则，依据《中华人民共和国民法典》，就相关事宜达成如下协议。

### 第一条 合同标的

1.1 乙方向甲方提供智造云MES软件（标准版）许可，覆盖甲方浸米、包制、蒸煮、冷却、真空包装五个车间，并发用户数120个。

1.2 乙方按双方确认的《需求规格说明书》进行定制开发，包括蒸煮工段温度时间追溯、真空包装线设备数据对接、原料批次到成品批次的正反向追溯及召回报表。

1.3 乙方负责软件安装部署、基础数据初始化、与甲方ERP系统的工单和库存接口对接以及用户培训。

### 第二条 合同金额

2.1 本合同总金额为人民币1,360,000元（含税），明细如下：

<<TABLE>>

2.2 除本合同另有约定外，乙方人员差旅费已包含在上述价格中。

2.3 上述价格不包括服务器、数据库、操作系统、网络设备等硬件和第三方软件的费用，该等费用由甲方自行承担。

### 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的50%，即680,000元。

3.2 系统上线运行后5个工作日内，甲方支付合同总金额的38%，即516,800元。

3.3 系统验收合格后5个工作日内，甲方支付合同总金额的12%，即163,200元。

3.4 甲方逾期付款的，乙方有权暂停实施工作，工期相应顺延。

### 第四条 实施周期

4.1 乙方应在收到第3.1条款项后90日内完成部署和定制开发，具备上线条件。

4.2 因甲方需求变更、现场条件不具备或甲方人员配合不到位导致的延误，实施周期相应顺延。

4.3 甲方应按乙方提供的配置清单自行采购并准备服务器、数据库、车间工控一体机、扫码枪和标签打印机，提供车间网络和ERP接口测试环境，并指定熟悉生产工艺的人员参与需求调研、数据准备和上线测试。

4.4 乙方负责编制实施计划，组织需求调研，提交《需求规格说明书》经甲方确认后开始定制开发。《需求规格说明书》确认后甲方提出的新增需求，按乙方人天单价另行计费。

4.5 乙方为甲方车间班组长、质检员、仓库管理员和系统管理员提供现场培训，培训人数不超过60人次，并提供操作手册和培训视频。

### 第五条 验收

5.1 系统上线稳定运行10日后，乙方提交验收申请。甲方应按《需求规格说明书》所列功能逐项测试，核对追溯报表与生产记录、ERP工单与库存数据的一致性，并确认系统连续运行期间无一级故障。

5.2 测试通过的，双方签署验收报告。测试未通过的，乙方整改后重新提交验收。

### 第六条 免费维护期

6.1 免费维护期为六个月，自验收合格之日起计算。维护期内乙方免费提供软件缺陷修复和远程技术支持。

6.2 一级故障（MES系统整体不可用，导致车间无法报工、无法打印批次标签）：乙方在接到甲方报修后24小时内响应；二级故障（部分功能异常）：乙方在2个工作日内响应；三级问题：在下一版本中统一处理。

6.3 乙方未按第6.2条时限响应的，每超时一次向甲方赔付500元。

### 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，以持续获得软件补丁、版本升级和技术支持。

7.2 年度维护费为软件许可费的22%，即每年224,400元，于每个维护年度开始前一次性支付。维护费标准在本合同有效期内不作调整。

7.3 维护服务内容包括：软件缺陷修复、标准版本升级、远程技术支持、每半年一次的系统健康检查。现场服务、二次开发和新增接口不属于维护服务范围，另行计费。

7.4 甲方未购买维护服务或维护服务中断的，乙方不再提供补丁和升级；甲方此后恢复维护服务的，须补缴中断期间的维护费。

### 第八条 知识产权

8.1 智造云MES软件的著作权及其他知识产权归乙方所有。

8.2 乙方根据本合同为甲方定制开发的功能模块、工艺模型、报表及其源代码，知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，未经乙方书面许可，甲方不得修改、反编译或交由第三方使用。

### 第九条 数据

9.1 甲方在使用本软件过程中产生的生产数据归甲方所有。

9.2 甲方同意，乙方可在对甲方生产数据进行脱敏处理后，将其用于乙方产品优化、行业解决方案研发及案例展示。

9.3 乙方在实施和维护过程中接触甲方系统的，应采取访问控制、操作留痕和传输加密等安全措施，不得泄露甲方数据；发生数据泄露的，乙方应在48小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

9.4 甲方应自行做好数据备份。因甲方服务器、网络或操作失误导致的数据丢失，乙方可协助恢复，但不承担责任。

### 第十条 保密

10.1 双方对因本合同获悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

### 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总金额的20%。任何情况下，乙方均不对甲方的利润损失、停产损失或其他间接损失承担责任。

### 第十二条 分包

12.1 乙方有权将部分实施、开发工作委托其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作质量负责。

### 第十三条 合同解除

13.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

13.2 合同解除的，甲方应支付乙方已完成工作的费用；已交付的软件许可按本合同约定继续有效，但甲方已付款项不足以覆盖软件许可费的除外。

### 第十四条 法律适用及争议解决

14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交苏州仲裁委员会仲裁。

### 第十五条 不可抗力

15.1 因自然灾害、政府行为、疫情等不可抗力导致不能履行合同的，受影响方不承担违约责任，但应及时通知对方并提供证明。

### 第十六条 其他

16.1 本合同一式两份，双方各执一份，经双方盖章后生效。本合同附件《需求规格说明书》《实施计划》与本合同具有同等效力。

甲方（盖章）：嘉禾粽业食品有限公司　　　　乙方（盖章）：苏州匠链智能科技有限公司

签字：__________　　　　签字：__________

日期：____年__月__日
"""))


PLANS.append(dict(
    key="h281e01", file="h281e01_teapot_studio_3d_scan_design_licences.pdf", lang="en", fmt="pdf",
    category="software", value=570000, subtotal=447600, subtotal_after=2, subtotal_label="Licence Subtotal",
    rows=[("ScanForma Studio perpetual licence", "seat", 6, 58400, 350400),
          ("ScanForma Texture and Glaze add-on, perpetual", "seat", 6, 16200, 97200),
          ("Onboarding and workstation configuration", "lot", 1, 41200, 41200),
          ("Custom Form Library (120 studio teapot forms)", "lot", 1, 68000, 68000),
          ("On-site training, three days", "lot", 1, 13200, 13200)],
    payments=[(20, 114000), (45, 256500), (35, 199500)],
    fee_base=447600,
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="Italy",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=570000),
    expected=["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"], risk="high",
    figures=["570,000", "447,600", "20%", "45%", "35%", "18 months", "11%", "49,236", "150%", "two (2) hours",
             "laws of Italy", "Isola dei Topi"],
    src="""T:Software Licence and Services Agreement
P:Agreement No. FF-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Formaforte S.r.l., a company incorporated in Italy with its registered office at Via del Porto 7, Isola dei Topi, Italy ("Vendor"); and
P:(2) Yixing Hewei Zisha Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered address at 58 Dingshu Avenue, Yixing, Jiangsu Province ("Customer").
P:Background: Customer designs and makes purple-clay (zisha) teapots by hand and wishes to record its historic forms and new designs as accurate three-dimensional models. Vendor publishes the ScanForma software, which turns structured-light scans into editable surface models and parametric templates. Customer has selected Vendor after comparing three offers, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means ScanForma Studio and the ScanForma Texture and Glaze add-on, in object code, with the user documentation, in the version current at the Effective Date and any update supplied under this Agreement.
P:1.2 "Custom Form Library" means the library of parametric templates that Vendor will build from Customer's 120 studio teapot forms under Article 3.3, including the source files, parameters and naming scheme.
P:1.3 "Customer Materials" means all scans, photographs, models, drawings, glaze records, templates and other files that Customer or its staff create, import or store with the Software, and the Custom Form Library.
P:1.4 "Acceptance" means Customer's written confirmation under Article 5 that the acceptance tests have been passed.
P:1.5 "Effective Date" means the date on which both parties have signed this Agreement.
H:Article 2 Licence
P:2.1 Subject to payment of the Fees, Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six named workstations at Customer's premises in Yixing, for Customer's own design and production purposes.
P:2.2 Customer may move a seat to a replacement workstation by deactivating it on the old machine. Customer may make backup copies of the Software for archival purposes.
P:2.3 Customer shall not decompile or reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Scope of Services
P:3.1 Vendor shall deliver the licence keys and installation files for all six seats, install the Software on the workstations and configure it for Customer's two structured-light scanners and its five-axis milling machine.
P:3.2 Vendor shall train up to twelve Customer staff on site for three days, covering scanning, cleaning and merging of point clouds, surface reconstruction, texture capture and export.
P:3.3 Vendor shall build the Custom Form Library: Customer will make the 120 teapot forms available for scanning at its studio; Vendor will scan them, reconstruct each form and turn it into a parametric template whose spout, handle, lid and body proportions can be changed independently.
P:3.4 Vendor shall use reasonable endeavours to complete the work under Articles 3.1 to 3.3 within ten weeks after the Effective Date, in accordance with the project plan in Annex 2.
H:Article 4 Fees and Payment
P:4.1 At Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY). The total price is CNY 570,000 (the "Contract Price"), inclusive of Chinese VAT and withholding taxes, made up as follows:
<<TABLE>>
P:4.2 Customer shall pay the Contract Price as follows: (a) 20% (CNY 114,000) within 15 days after the Effective Date; (b) 45% (CNY 256,500) after the Software is installed on all six workstations and the training is completed; (c) 35% (CNY 199,500) within 15 days after Acceptance.
P:4.3 Vendor shall issue a valid invoice for each instalment. Customer shall pay by bank transfer to Vendor's account stated in the invoice.
H:Article 5 Acceptance
P:5.1 Within ten working days after Vendor notifies Customer that the work is complete, the parties shall run the acceptance tests in Annex 3, which shall show that: (a) each seat scans the Vendor reference gauge with a mean deviation of no more than 0.08 mm; (b) texture and glaze colour capture matches the Customer colour cards within the tolerance in Annex 3; (c) models export without error to the milling machine's tool-path software; and (d) all 120 templates in the Custom Form Library open, regenerate when their parameters are changed, and match the scanned originals.
P:5.2 If a test fails, Vendor shall correct the defect and the failed test shall be repeated. Customer shall sign an acceptance certificate when all tests are passed.
P:5.3 Installation, training, use of the Software in production or payment of an instalment does not amount to Acceptance.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software will perform substantially in accordance with its documentation and that the Custom Form Library will conform to Article 3.3, for a warranty period of 18 months from Acceptance.
P:6.2 During the warranty period Vendor shall correct any reproducible defect free of charge and shall supply all updates and new versions of the Software released during that period.
H:Article 7 Support
P:7.1 During the warranty period and any paid support period, Vendor shall provide support by telephone, e-mail and remote session in English and Chinese, Monday to Friday, 9:00 to 18:00 China Standard Time.
P:7.2 Vendor shall respond to a Severity 1 incident (the Software cannot be started or cannot save or export models on any workstation) within two (2) hours, and to a Severity 2 incident (a function is impaired but a workaround exists) within one business day. Vendor shall work on a Severity 1 incident continuously during support hours until a fix or workaround is supplied.
P:7.3 The response times in Article 7.2 are targets. Failure to meet them does not entitle Customer to any service credit, fee reduction, refund or other compensation.
P:7.4 After the warranty period, Customer may order annual support at 11% of the Licence Subtotal, that is CNY 49,236 per support year. Vendor shall not increase this fee for the first three support years. Each support year is ordered by Customer's purchase order; support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Form Library and in all other Customer Materials belong to Customer from creation. Vendor assigns to Customer any rights it may have in them, and Customer may use, modify, copy and license them to anyone without further payment. Vendor shall deliver the Custom Form Library in the native ScanForma format and in an open exchange format.
H:Article 9 Customer Materials and Data Security
P:9.1 Customer Materials belong to Customer. Vendor may use them only to perform this Agreement and shall not keep, copy or publish any of them, including any design shown to Vendor's staff during scanning.
P:9.2 The Software runs on Customer's workstations and does not transmit Customer Materials to Vendor. Remote support sessions take place only with Customer's permission for each session, are observed by Customer's staff and are logged. Vendor staff shall not transfer files out of Customer's systems.
P:9.3 Vendor shall keep scan files made at Customer's studio on encrypted media during the work, shall hand them to Customer when the Custom Form Library is delivered and shall then delete its copies and confirm deletion in writing.
P:9.4 If Vendor becomes aware of any loss of, or unauthorised access to, Customer Materials in its possession, it shall notify Customer within 24 hours, take all steps needed to contain the incident, and bear responsibility for the losses caused to Customer by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's designs, forms and glaze recipes and Vendor's pricing, and shall use it only for this Agreement. This obligation continues for three years after this Agreement ends.
H:Article 11 Liability
P:11.1 Each party's total liability arising out of this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for infringement of intellectual property rights, breach of Articles 9 or 10, death or personal injury, or wilful misconduct.
P:11.2 Neither party is liable for loss of profit or indirect loss.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the services without Customer's prior written consent, and remains responsible for the work of any subcontractor that Customer approves.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.
P:13.2 If Customer terminates under Article 13.1 before Acceptance, Vendor shall refund the amounts paid for the services not performed and for any seat that Customer returns.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Italy, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 The courts having jurisdiction over Isola dei Topi, Italy, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with its Annexes (Annex 1 Software specifications; Annex 2 Project plan; Annex 3 Acceptance tests), is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese; both versions are equally authentic.
P:Signed for Formaforte S.r.l.: ____________________  Name / title: ____________________
P:Signed for Yixing Hewei Zisha Studio Co., Ltd.: ____________________  Name / title: ____________________
P:Date: ____________________
"""))


PLANS.append(dict(
    key="h281e02", file="h281e02_cable_car_ticketing_saas_order_form.txt", lang="en", fmt="txt",
    category="cloud", value=1792000,
    head=["No.", "Item", "Unit", "Qty", "Price (CNY)", "Amount (CNY)"],
    rows=[("Ticketing platform subscription (online sales, gates, capacity control)", "month", 36, 46500, 1674000),
          ("Gate integration and onboarding (one-time)", "lot", 1, 118000, 118000)],
    instalments_sum=[[118000] + [46500] * 36],
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1500 / 1792000 * 100, liability_cap_pct=6 / 36 * 100, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1792000),
    expected=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"], risk="high",
    figures=["1,792,000", "46,500", "36 months", "99.95%", "30 minutes", "CNY 1,500", "six (6) months",
             "up to 6%", "renews automatically", "laws of the People's Republic of China"],
    src="""ORDER FORM No. ALT-CN-25-0917
under the Altaïr Ticketing General Terms (version 2025-03)

Vendor: Billetterie Altaïr SAS, a French simplified joint-stock company with its registered office at 3 Quai des Pêcheurs, Île Loaven, France ("Altaïr")
Customer: Huangshan Yunhai Cableway Co., Ltd., registered at 16 Tangkou Road, Huangshan District, Huangshan City, Anhui Province, China ("Customer")

This Order Form and the General Terms set out below together form the agreement between Altaïr and Customer (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

PART A - ORDER DETAILS

A1. Service. Altaïr will provide its cloud ticketing platform for Customer's three cableways (Yungu, Yuping and Taiping lines): online ticket sales through Customer's WeChat mini-program, website and the online travel agencies listed in Schedule 1; time-slot reservation and capacity control for each line; QR-code and ID-card validation at 22 turnstiles in six stations; refunds; and daily settlement and sales reports (the "Service").

A2. Onboarding. Altaïr will configure the ticket products and price rules supplied by Customer, integrate the Service with Customer's turnstile controllers and its finance system, migrate open advance bookings from Customer's current system, and train Customer's ticket office, gate and finance staff.

A3. Subscription Term. 36 months from the Go-Live Date, being the date on which Customer signs the Go-Live Acceptance certificate under A6.

A4. Fees. All fees are in Chinese yuan (CNY) at Customer's request and include Chinese VAT.

<<TABLE>>

The total contract value for the Subscription Term is CNY 1,792,000. The subscription fee covers up to 9 million tickets for the Subscription Term; there is no per-ticket charge within that volume.

A5. Invoicing and payment. The onboarding fee is invoiced after Go-Live Acceptance. The subscription fee of CNY 46,500 is invoiced monthly in arrears, starting with the month in which the Go-Live Date falls (pro rata for a part month). Customer pays each invoice within 30 days. No fee is payable in advance.

A6. Go-Live Acceptance. Before the Go-Live Date the parties will jointly run the acceptance tests in Schedule 2, which must show that: (a) each sales channel completes test sales, changes and refunds for every ticket product; (b) every turnstile validates QR codes and ID cards within one second and rejects used or out-of-slot tickets; (c) capacity limits per time slot are enforced across all channels; (d) the daily settlement report reconciles to the payment providers' statements for three consecutive test days; and (e) migrated advance bookings match Customer's list. Customer signs the Go-Live Acceptance certificate when all tests are passed. Configuration, test sales or live use before signature do not amount to acceptance.

A7. Go-Live date and delay. Altaïr will make the Service ready for Go-Live Acceptance by 15 March 2026, before the spring season. If readiness is late for reasons attributable to Altaïr, Altaïr will pay Customer CNY 1,500 for each day of delay.

A8. Service levels.
(a) Availability: the online sales channels and gate validation will be available at least 99.95% of each calendar month, excluding maintenance agreed with Customer at least five days in advance and carried out between 22:00 and 06:00.
(b) Incidents: Priority 1 means that ticket sales stop in any channel or gate validation fails at any station; Priority 2 means degraded performance or a failed non-critical function; Priority 3 means any other issue. Altaïr will respond to a Priority 1 incident within 30 minutes, at any time of day, and restore service or provide a workaround within two hours; Priority 2 within two hours, resolved within two business days; Priority 3 within one business day.
(c) Service credits: if availability in a month is below 99.95% but at least 99.5%, Customer receives a credit of 5% of that month's subscription fee; below 99.5%, 10%. Each Priority 1 incident not responded to within 30 minutes gives a credit of CNY 2,000. Credits are deducted from the next invoice.

A9. Renewal. This Order Form renews automatically for successive renewal terms of 24 months each unless either party gives written notice of non-renewal at least 90 days before the end of the current term. For each renewal term Altaïr may increase the subscription fee by up to 6% by giving Customer notice at least 60 days before the renewal term starts.

A10. Hosting and subcontractors. Altaïr hosts the Service for Customer on Alibaba Cloud in its mainland China (Hangzhou) region; Customer approves that hosting provider by signing this Order Form. Altaïr's Shanghai subsidiary provides on-site onboarding and support as Altaïr's named subcontractor, also approved by signature.

A11. Contacts. Customer: Ms Wang Li, IT Manager. Altaïr: Mr Julien Caradec, Account Director.

PART B - GENERAL TERMS

1. Definitions. "Customer Data" means all data that Customer or its visitors enter into the Service or that the Service generates for Customer, including visitor names, ID-card numbers, telephone numbers, booking and ticket records, gate passage records and payment references. "Customer Configurations" means ticket products, price rules, capacity rules, ticket layouts and report templates set up for Customer. "Documentation" means Altaïr's user guides for the Service.

2. Provision of the Service. Altaïr will provide the Service in accordance with the Order Form and the Documentation, with reasonable skill and care, and will keep the Service compliant with the laws applicable to online ticket sales in China that Customer notifies to Altaïr. Altaïr may update the Service from time to time, provided that no update materially reduces its functions.

3. Customer responsibilities. Customer is responsible for its turnstiles, station network and payment-provider contracts, for the accuracy of prices and products it configures, and for its users' accounts. Customer will give Altaïr timely information and access needed for onboarding, will name a project manager for the onboarding period, and will make its ticket office, gate and finance staff available for the training sessions agreed in the project plan. Customer will inform Altaïr at least ten days in advance of special events, public holidays and promotions that are expected to increase ticket sales sharply, so that Altaïr can plan capacity. Altaïr will provide a Chinese-language support hotline and an online ticket system for incident reports, and a monthly service report showing availability, incidents and credits.

4. Customer Data. Customer Data belongs to Customer. Altaïr will use Customer Data only to provide the Service to Customer and will not sell it, disclose it for marketing or use it for any other purpose. On expiry or termination Altaïr will, at Customer's choice, return Customer Data in a standard export format within 30 days and then delete it.

5. Intellectual property. Altaïr owns the Service, the Documentation and all related software. Customer Configurations belong to Customer; Customer may use, copy, modify and hand them to any successor provider, and Altaïr will export them on request.

6. Confidentiality. Each party will keep confidential the other party's non-public business, technical and financial information received under the Agreement, use it only for the Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This clause survives for three years after the Agreement ends.

7. Subcontracting. Apart from the subcontractors approved in the Order Form, Altaïr will not subcontract any part of the Service without Customer's prior written consent. Altaïr remains responsible for every subcontractor.

8. Warranties. Each party warrants that it has the power to enter into the Agreement. Altaïr warrants that the Service will perform materially as described in the Documentation and that it will correct, at no charge, any reproducible error reported by Customer.

9. Indemnity. Altaïr will defend Customer against any third-party claim that the Service infringes that party's intellectual property rights and will pay the damages and costs finally awarded.

10. Limitation of liability. Altaïr's total aggregate liability arising out of or in connection with the Agreement, whether in contract, tort or otherwise, will not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim. Neither party is liable for indirect or consequential loss or loss of profits. The limit does not apply to the indemnity in clause 9.

11. Term and termination. The Agreement lasts for the Subscription Term and any renewal term. Either party may terminate it by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice, or becomes insolvent. On termination Customer pays the fees for the Service provided up to the termination date.

12. Force majeure. Neither party is liable for failure caused by events beyond its reasonable control, including natural disasters, epidemics, government action or a general failure of public networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

13. Notices. Notices must be in writing and delivered by courier or e-mail to the contacts in the Order Form.

14. Governing law and disputes. The Agreement is governed by the laws of the People's Republic of China. Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

15. Entire agreement. The Order Form and these General Terms are the entire agreement between the parties on their subject matter and replace any earlier proposals. Changes must be agreed in writing.

Signed for Billetterie Altaïr SAS: ____________________ Name and title: ____________________ Date: __________
Signed for Huangshan Yunhai Cableway Co., Ltd.: ____________________ Name and title: ____________________ Date: __________
"""))


PLANS.append(dict(
    key="h281e03", file="h281e03_apple_orchard_hail_net_weather_sensors.docx", lang="en", fmt="docx",
    category="hardware", value=2700000, subtotal=2248000, subtotal_after=5,
    subtotal_label="Equipment and Licence Subtotal",
    rows=[("Anti-hail net system (posts, cables, net, closing gear)", "ha", 64, 21500, 1376000),
          ("Automatic weather station", "set", 8, 38600, 308800),
          ("Soil-moisture sensor node", "pc", 120, 2350, 282000),
          ("LoRa gateway", "pc", 6, 14200, 85200),
          ("Orchard monitoring software, perpetual licence", "lot", 1, 196000, 196000),
          ("Installation and commissioning", "lot", 1, 318000, 318000),
          ("Hail-alert integration and dashboards", "lot", 1, 124000, 124000),
          ("Training", "lot", 1, 10000, 10000)],
    payments=[(10, 270000), (55, 1485000), (35, 945000)],
    fee_base=2248000,
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=7.5, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2700000),
    expected=[], risk="low",
    figures=["2,700,000", "2,248,000", "10%", "55%", "35%", "36 months", "7.5%", "168,600", "one (1) hour",
             "0.08%", "200%", "laws of the People's Republic of China"],
    src="""T:Supply and Installation Contract - Anti-Hail Nets and Orchard Weather Monitoring
P:Contract No. QXHF-2025-EQ-008
P:This Contract is made on the date of the last signature below between:
P:Qixia Hongfu Orchard Co., Ltd., a company registered in Qixia City, Yantai, Shandong Province, People's Republic of China, whose office is at 9 Guoyuan Road, Songshan Street, Qixia (the "Buyer"); and
P:Nordhagel Agrartechnik GmbH, a company registered in Germany, whose registered office is at Hafenstraße 12, Insel Tollow, Germany (the "Supplier").
P:Recitals: (A) The Buyer grows apples on 64 hectares of hillside orchard and lost a large part of two harvests to hail. (B) The Buyer invited tenders for anti-hail nets with automatic closing, weather stations and soil sensors, linked by software that closes the nets when hail is forecast. (C) The Supplier's tender was accepted. This Contract is drafted by the Buyer and the parties agree as follows.
H:Clause 1 Definitions and Documents
P:1.1 "Equipment" means the net system, weather stations, sensor nodes and gateways listed in Clause 3. "Software" means the orchard monitoring software licensed under Clause 3. "Deliverables" means the alert rules, dashboards, integration code, configurations, drawings and reports produced for the Buyer.
P:1.2 The following documents form part of this Contract, in this order of priority: this Contract; Annex A (Technical Specification); Annex B (Site Plan and Schedule); Annex C (Acceptance Test Plan); the Supplier's tender.
H:Clause 2 Scope
P:2.1 The Supplier shall design, supply, install and commission the anti-hail net system on the 64 hectares shown in Annex B, with motorised closing gear for each block; install eight automatic weather stations with hail sensors, 120 soil-moisture sensor nodes and six LoRa gateways; install and configure the Software on the Buyer's server; build the hail-alert integration that links weather-service warnings and local sensor readings to the closing gear; and train the Buyer's staff.
P:2.2 The Supplier shall complete installation by 20 April 2026, before blossom, and shall not damage trees, irrigation lines or terraces. Any damage shall be repaired at the Supplier's cost.
P:2.3 The Buyer shall give the Supplier access to the orchard, provide electricity at the points shown in Annex B, supply the server on which the Software will run, and name a site manager who can approve work in each block. The Supplier shall follow the Buyer's site rules, including the rules on spraying periods and on vehicle routes between the terraces.
P:2.4 The Supplier shall deliver the Equipment to the Buyer's store in Qixia with its packing lists, certificates of origin and test reports. The Buyer's signature on the delivery note confirms the number of packages only.
H:Clause 3 Price
P:3.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 2,700,000, fixed, including VAT, customs duties, freight, insurance, installation, training and all services during the warranty period:
<<TABLE>>
P:3.2 Items 1 to 5 form the "Equipment and Licence Subtotal" of CNY 2,248,000.
H:Clause 4 Payment
P:4.1 10% of the Contract Price (CNY 270,000) as an advance, within 20 days after signature and against an advance-payment guarantee from a bank in China for the same amount.
P:4.2 55% (CNY 1,485,000) after the Installation Certificate is signed for all blocks; the Installation Certificate confirms completeness of delivery and installation only and is not acceptance.
P:4.3 35% (CNY 945,000) within 30 days after Final Acceptance.
P:4.4 Each payment is due against a valid VAT invoice.
H:Clause 5 Acceptance
P:5.1 After installation the Supplier shall run a 30-day trial operation. Final Acceptance requires that: (a) every block's nets close fully within 20 minutes of a closing command, in three tests witnessed by the Buyer; (b) each weather station agrees with a calibrated reference station within the tolerances in Annex C; (c) no sensor node or gateway is silent for more than 48 hours during the trial; (d) a simulated hail warning triggers the correct alerts and closing commands for the right blocks; and (e) the Supplier has delivered as-built drawings, manuals and the source code of the integration.
P:5.2 If all criteria are met, the Buyer signs a Final Acceptance Certificate within seven days. If not, the Supplier shall correct the defects and repeat the tests at its own cost.
P:5.3 Delivery, installation, the Installation Certificate or use of the Equipment during the season does not constitute Final Acceptance.
H:Clause 6 Warranty
P:6.1 The Supplier warrants the Equipment, the Software and the Deliverables for 36 months from Final Acceptance. During that period the Supplier shall repair or replace defective parts, including nets torn by hail within their rated load, free of charge.
P:6.2 Before each hail season (by 30 April) the Supplier shall inspect the nets, closing gear and stations and replace worn parts.
H:Clause 7 Service Levels
P:7.1 Severity 1 means that the closing gear of any block or the hail-alert chain does not work during the hail season (1 May to 30 September); Severity 2 means any other fault affecting the nets or stations; Severity 3 means a minor fault or question.
P:7.2 The Supplier shall respond to a Severity 1 fault within one (1) hour, by telephone or remote session, and shall have a technician on site within 24 hours; Severity 2: response within eight hours and repair within five days; Severity 3: next routine visit.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may set off against any amount due.
H:Clause 8 Support after Warranty
P:8.1 After the warranty period the Buyer may order support and spare-parts service at 7.5% of the Equipment and Licence Subtotal per year, that is CNY 168,600 per year. The Supplier shall keep this fee unchanged for the first two years after the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
P:8.2 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
H:Clause 9 Delay
P:9.1 If the Supplier fails to complete installation by the date in Clause 2.2, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If that maximum is reached, the Buyer may terminate under Clause 15.
H:Clause 10 Buyer Data and Data Security
P:10.1 All weather, soil, net-position and alert data, orchard maps and reports ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:10.2 The Software runs on the Buyer's server in Qixia. The Supplier may access it remotely only through the VPN account issued by the Buyer, after approval for each session; all access is logged. Buyer Data shall not be transferred outside the People's Republic of China.
P:10.3 The Supplier shall report any unauthorised access, loss or alteration of Buyer Data within 12 hours, shall help restore the data, and is liable for the losses caused by its breach of this Clause.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received in connection with this Contract, including yields, prices and the layout of the Buyer's orchards, and shall not disclose it to any third party without prior written consent. This duty survives termination for three years.
H:Clause 12 Intellectual Property
P:12.1 The Deliverables, including the source code of the integration, belong to the Buyer. The Buyer may use, modify and license them freely.
P:12.2 The Software and the firmware of the Equipment remain the property of their owners; the Buyer receives a perpetual licence to use them with the Equipment.
H:Clause 13 Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, or breach of Clauses 10 and 11.
H:Clause 14 Subcontracting
P:14.1 The Supplier may engage a local installation contractor for post setting and cabling only with the Buyer's prior written consent and remains fully responsible for that contractor. No other part of the work may be subcontracted.
H:Clause 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the maximum delay damages under Clause 9 are reached.
H:Clause 16 Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be referred to the Yantai Arbitration Commission for arbitration in Yantai.
H:Clause 17 Miscellaneous
P:17.1 This Contract is signed in English and Chinese; both texts are equally valid. Amendments require a written document signed by both parties.
P:For the Buyer: ____________________   For the Supplier: ____________________
P:Name and title: ____________________   Name and title: ____________________
"""))


PLANS.append(dict(
    key="h281e04", file="h281e04_bearing_maker_managed_backup_helpdesk.md", lang="en", fmt="md",
    category="services", value=986000,
    head=["No.", "Charge", "Unit", "Qty", "Rate (CNY)", "Amount (CNY)"],
    rows=[("Managed backup service (180 servers and virtual machines, 420 endpoints)", "month", 24, 26300, 631200),
          ("Help-desk service (650 users, Chinese and English)", "month", 24, 12600, 302400),
          ("Onboarding (one-time)", "lot", 1, 52400, 52400)],
    instalments_sum=[[52400] + [38900] * 24],
    forum_outside=True,
    terms=dict(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=900 / 986000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="Scotland", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=986000),
    expected=["CR-GOVERNING-LAW"], risk="low",
    figures=["986,000", "38,900", "24 months", "15 minutes", "CNY 900", "150%", "law of Scotland",
             "Eilean nan Each", "does not renew automatically"],
    src="""# Managed Backup and Help-Desk Services Agreement

**Agreement reference:** EB-NB-2025-031

**Between**

1. **Each Bay Managed Services Ltd**, a company registered in Scotland (company number SC618204) whose registered office is at The Old Pier House, Eilean nan Each, Scotland ("**Provider**"); and
2. **Ningbo Haishu Precision Bearing Co., Ltd.**, a company incorporated in the People's Republic of China whose registered address is 288 Jinggang Road, Haishu District, Ningbo, Zhejiang Province ("**Customer**").

**Background.** Customer makes rolling bearings in two plants in Ningbo and runs its ERP, MES, design and quality systems on its own servers. After a ransomware scare it wants professionally managed backups and a single help desk for its 650 users. Provider runs a managed-services practice with a delivery team in Ningbo. The parties agree as follows.

## 1. Definitions

1.1 "**Services**" means the managed backup service and the help-desk service described in clause 3 and Schedule 1.

1.2 "**Customer Data**" means all data of Customer, its employees, customers and suppliers that is backed up, restored, viewed or otherwise handled by Provider, including ERP, MES and drawing data and all backup copies.

1.3 "**Service Acceptance**" means Customer's written confirmation under clause 5 that onboarding is complete and the acceptance tests have been passed.

1.4 "**Term**" means 24 months from the date of Service Acceptance.

## 2. Term

2.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties, on prices agreed at that time.

## 3. Services

3.1 **Managed backup.** Provider will design, operate and monitor backups of the 180 servers and virtual machines and 420 engineering and office endpoints listed in Schedule 1, using the backup software already licensed by Customer. Backups are written to Customer-owned backup appliances in the Haishu plant and copied each night to a second appliance in a colocation rack leased by Customer in Hangzhou, with an immutable copy kept for 35 days.

3.2 Provider will check every backup job each morning, re-run failed jobs the same day, carry out a monthly test restore of a sample of files, virtual machines and databases chosen by Customer, and a full recovery test of the ERP system twice per contract year.

3.3 **Help desk.** Provider will staff a help desk in Chinese and English from 07:30 to 20:00, Monday to Saturday, with an on-call engineer outside those hours for Priority 1 incidents. The help desk will log, diagnose and resolve or route incidents and service requests from Customer's users for the systems in Schedule 1.

3.4 Provider will deliver a monthly service report showing backup success, restore tests, incidents, response times, credits and recommendations, and will attend a monthly service review with Customer's IT manager.

3.5 **Customer responsibilities.** Customer will keep its backup software licences and appliance support contracts valid, give Provider the VPN accounts and administrative rights it needs, tell Provider in advance about new systems, changes to its network and planned shutdowns of either plant, and name an IT manager who can approve restores and changes. Customer remains responsible for the hardware and software it owns.

3.6 **Changes.** Either party may propose changes to the scope in Schedule 1. Provider will state the effect of a change on the charges and service levels in writing, and no change takes effect until both parties sign it. Up to ten additional servers or virtual machines may be added during the Term without extra charge.

## 4. Charges and payment

4.1 At Customer's request all charges are in Chinese yuan (CNY) and include VAT. The charges for the Term are:

<<TABLE>>

4.2 The total contract value is CNY 986,000. The monthly charges of CNY 38,900 are invoiced monthly in arrears from the month in which Service Acceptance occurs. The onboarding charge is invoiced after Service Acceptance. Nothing is payable in advance.

4.3 Customer will pay undisputed invoices within 30 days of receipt.

## 5. Onboarding and Service Acceptance

5.1 Provider will complete onboarding within 45 days after signature. Onboarding includes discovery of all systems in Schedule 1, the backup design, configuration of jobs and retention, the help-desk knowledge base and contact routing, and the runbooks in Schedule 3.

5.2 Service Acceptance requires that: (a) every system in Schedule 1 has been backed up successfully on ten consecutive days; (b) test restores of one file server, one virtual machine, the ERP database and five endpoints, chosen by Customer, have succeeded within the recovery times in Schedule 2; (c) the help desk has handled the test tickets in Schedule 2 within the target times; and (d) the runbooks have been delivered and approved by Customer. Customer will sign an acceptance note within five working days after the tests are passed.

5.3 If onboarding is not complete by the date in clause 5.1 for reasons attributable to Provider, Provider will pay Customer CNY 900 for each day of delay.

## 6. Service levels

6.1 Incidents are classified as follows:

| Priority | Meaning | Response | Target resolution |
|---|---|---|---|
| P1 | Production systems down, a restore needed to resume production, or a suspected ransomware event | 15 minutes, at any time | Restore started within 1 hour |
| P2 | A single system or group of users impaired | 1 hour | 8 business hours |
| P3 | Individual user issue or request | 2 business hours | 3 business days |

6.2 "Response" means that a qualified engineer has acknowledged the incident to the reporter and started work on it.

6.3 If Provider misses a P1 response or resolution target, Customer receives a service credit of 3% of the monthly charge for that month for each missed target. If more than two P2 targets are missed in a month, Customer receives a credit of 2% of that month's charge. If a scheduled backup of a production system fails on two consecutive days without Provider re-running it successfully, Customer receives a credit of 1% of that month's charge. Credits are deducted from the next invoice and are capped at 20% of the monthly charge.

## 7. Customer Data and data security

7.1 Customer Data belongs to Customer. Provider may handle Customer Data only to perform the Services and on Customer's instructions, and will not copy, keep or use it for any other purpose.

7.2 Customer Data remains on Customer's own systems and appliances in mainland China. Provider's engineers access those systems only through Customer's VPN with multi-factor authentication and personal accounts, from Provider's delivery office in Ningbo; no access is made from outside mainland China. All backups are encrypted, and Provider will follow Customer's information-security policies and the PRC Data Security Law and Personal Information Protection Law.

7.3 Provider will notify Customer within 12 hours after becoming aware of any unauthorised access to, or loss, corruption or encryption of, Customer Data, will work with Customer to contain and recover from the incident, and is liable for the losses caused by its breach of this clause 7.

## 8. Confidentiality

8.1 Each party will keep confidential the non-public information of the other party that it receives under this Agreement, including Customer's designs, prices and customer lists, and will disclose it only to staff who need it for this Agreement and are bound by equivalent obligations. This clause survives for three years after the end of the Agreement.

## 9. Intellectual property

9.1 The runbooks, scripts, backup policies, knowledge-base articles and reports prepared for Customer belong to Customer, which may use, modify and give them to any other provider. Provider keeps its general tools and methods.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to breach of clause 7 or clause 8, death or personal injury, or fraud.

## 11. Subcontracting

11.1 Provider will not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts of any subcontractor.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that it does not remedy within 30 days after notice. Customer may also terminate if service credits reach the cap in clause 6.3 in three months out of any six.

12.2 On expiry or termination Provider will hand over all runbooks, credentials and open tickets to Customer or its new provider and will give up to 20 working days of transition help at the rates in Schedule 1.

## 13. Governing law and disputes

13.1 This Agreement is governed by the law of Scotland.

13.2 Any dispute arising out of or in connection with this Agreement will be resolved by arbitration under the Scottish Arbitration Rules, with the seat of arbitration on Eilean nan Each, Scotland. The tribunal will have one arbitrator and the language of the arbitration will be English.

## 14. General

14.1 This Agreement, with Schedule 1 (Scope and charges), Schedule 2 (Test plan and recovery times) and Schedule 3 (Runbooks), is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

**Signed for Each Bay Managed Services Ltd:** ____________________ Name / title: ____________________

**Signed for Ningbo Haishu Precision Bearing Co., Ltd.:** ____________________ Name / title: ____________________
"""))


PLANS.append(dict(
    key="h281e05", file="h281e05_live_commerce_image_moderation_api.txt", lang="en", fmt="txt",
    category="cloud", value=1428000,
    head=["No.", "Item", "Unit", "Qty", "Price (CNY)", "Amount (CNY)"],
    rows=[("Moderation API, committed plan (up to 3,000,000 images per month)", "month", 24, 58000, 1392000),
          ("Integration and custom taxonomy set-up (one-time)", "lot", 1, 36000, 36000)],
    instalments_sum=[[36000] + [58000] * 24],
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True,
               ld_rate_per_day_pct=1000 / 1428000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1428000),
    expected=["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high",
    figures=["1,428,000", "58,000", "24 months", "commercially reasonable efforts", "CNY 1,000", "150%",
             "de-identified", "laws of the People's Republic of China", "Ilhéu do Boi"],
    src="""API SUBSCRIPTION AGREEMENT - PRODUCT IMAGE MODERATION

Agreement No. VC-HZ-2025-112

This Agreement is entered into by:

Visãoclara Tecnologia, Lda., a private limited company organised under the laws of Portugal, with its registered office at Rua do Farol 4, Ilhéu do Boi, Portugal ("Vendor"); and

Hangzhou Xingbo Live Commerce Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office at 1500 Jiangnan Avenue, Binjiang District, Hangzhou, Zhejiang Province ("Customer").

WHEREAS Customer operates live-streaming sales channels for about 2,400 merchants and must check product images, thumbnails and stream frames for prohibited goods, false claims and unlawful content before and during each broadcast; and WHEREAS Vendor offers a machine-learning image moderation service accessible through an application programming interface (the "API"); the parties agree as follows.

SECTION 1 - DEFINITIONS

1.1 "Submitted Content" means the images, thumbnails, video frames and related text that Customer sends to the API.
1.2 "Results" means the labels, scores, bounding boxes and decisions that the API returns for Submitted Content.
1.3 "Custom Taxonomy" means the set of moderation categories, label names, thresholds and decision rules configured for Customer under Section 3, including the mapping to Customer's merchant-compliance rules.
1.4 "Integration Acceptance" means Customer's written confirmation under Section 4 that the integration tests have been passed.
1.5 "Subscription Term" means 24 months from the date of Integration Acceptance.

SECTION 2 - THE SERVICE

2.1 During the Subscription Term Vendor will give Customer access to the API for automated moderation of Submitted Content, with the general categories described in the API documentation and the Custom Taxonomy.
2.2 Vendor will provide Customer with API keys, a test environment, client libraries and documentation in English and Chinese, and a web console where Customer's reviewers can see Results, override decisions and export statistics.
2.3 Vendor processes Submitted Content in a mainland China region of a domestic cloud provider (Hangzhou), which Customer approves by signing this Agreement.
2.4 Vendor will use commercially reasonable efforts to keep the API available and to answer Customer's support requests promptly. Support requests may be raised by e-mail or through the web console. Vendor does not commit to any particular availability, processing time or support response time.
2.5 Customer will use the API only for moderating content on its own channels and those of its merchants, will keep its API keys secret, and will not send the API more than 200 requests per second without agreeing a higher limit with Vendor in advance. Customer is responsible for obtaining any consent its merchants and streamers must give before their images are sent to the API.
2.6 Vendor may improve the models behind the API from time to time. Vendor will give Customer at least 14 days' notice of any change that alters the labels or the format of Results and will keep the previous model version available for 30 days after such a change.

SECTION 3 - INTEGRATION AND CUSTOM TAXONOMY

3.1 Within 40 days after signature Vendor will: (a) work with Customer's compliance team to define the Custom Taxonomy, covering at least the prohibited-goods, medical-claim, counterfeit-logo and minors-protection categories listed in Schedule 1; (b) configure the Custom Taxonomy in the API; (c) support Customer's engineers in connecting the API to Customer's merchant back office and its stream-monitoring tool, including webhook call-backs; and (d) train Customer's reviewers on the web console.
3.2 Customer will provide a labelled test set of 20,000 images drawn from its own channels, access to its test systems, and a technical contact.
3.3 Vendor will name a project lead for the integration work, agree a short project plan with Customer within ten days after signature, and report progress to Customer every week until Integration Acceptance. Changes to the Custom Taxonomy requested by Customer after Integration Acceptance will be made by Vendor without additional charge up to four times per contract year.

SECTION 4 - INTEGRATION ACCEPTANCE

4.1 When the work in Section 3.1 is complete, the parties will run the tests in Schedule 2. Integration Acceptance requires that: (a) the API returns Results for every image in Customer's labelled test set; (b) precision and recall on that test set, per Custom Taxonomy category, meet the figures in Schedule 2; (c) Results are delivered correctly by webhook to Customer's back office; and (d) reviewers can override and export decisions in the console.
4.2 Customer will sign an acceptance note within five working days after the tests are passed. Use of the API in production before that note does not amount to Integration Acceptance.
4.3 If the work in Section 3.1 is not ready for testing within the period stated there for reasons attributable to Vendor, Vendor will pay Customer CNY 1,000 for each day of delay.

SECTION 5 - FEES AND PAYMENT

5.1 At Customer's request all fees are in Chinese yuan (CNY) and include VAT.

<<TABLE>>

5.2 The total contract value is CNY 1,428,000. The monthly plan fee of CNY 58,000 is invoiced monthly in arrears from the month of Integration Acceptance. The set-up fee is invoiced after Integration Acceptance. Images above the monthly plan volume are charged at CNY 16 per 1,000 images, invoiced with the following month's fee. No amount is payable in advance.
5.3 Customer will pay each correct invoice within 30 days.

SECTION 6 - CUSTOMER DATA

6.1 As between the parties, Customer owns the Submitted Content and the Results. Vendor will process them to provide the API to Customer.
6.2 Customer grants Vendor a non-exclusive, royalty-free licence to retain Submitted Content and Results in de-identified form and to use them to train, test and improve Vendor's models and services for all its customers, during the Subscription Term and afterwards. Vendor will remove merchant names and personal identifiers before such use.
6.3 Vendor will protect Submitted Content and Results with encryption in transit and at rest, role-based access control and logging of all staff access, and will keep them within mainland China. Vendor will comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in its processing.
6.4 Vendor will notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Submitted Content or Results, will take the steps needed to contain the incident, and is responsible for the losses that its breach of this Section 6 causes to Customer.
6.5 Except as stated in Section 6.2, on expiry or termination Vendor will delete Submitted Content and Results within 30 days and confirm deletion in writing.

SECTION 7 - INTELLECTUAL PROPERTY

7.1 Vendor owns the API, its models and its documentation.
7.2 The Custom Taxonomy and any integration code written for Customer belong to Customer, which may use, modify and license them freely, including with another moderation provider. Vendor will export the Custom Taxonomy in a documented format on request.

SECTION 8 - CONFIDENTIALITY

8.1 Each party will treat as confidential all non-public information received from the other party, including Customer's merchant lists, sales figures and compliance rules and Vendor's technical documentation, will use it only for this Agreement and will not disclose it to third parties without prior written consent. This obligation lasts for three years after the Agreement ends.

SECTION 9 - SUBCONTRACTING

9.1 Apart from the cloud provider approved in Section 2.3, Vendor will not subcontract any part of its obligations without Customer's prior written consent and remains responsible for any approved subcontractor.

SECTION 10 - LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to breach of Sections 6 or 8, infringement of intellectual property rights, or wilful misconduct.
10.2 Neither party is liable for indirect loss or loss of profit. Customer remains responsible for its final moderation decisions.

SECTION 11 - TERM, RENEWAL AND TERMINATION

11.1 This Agreement ends at the end of the Subscription Term. It may be renewed for a further 24 months at the same fees if Customer requests renewal in writing at least 30 days before the end of the Subscription Term.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

SECTION 12 - GOVERNING LAW AND DISPUTES

12.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.
12.2 Any dispute will be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules. The award is final and binding on both parties.

SECTION 13 - MISCELLANEOUS

13.1 This Agreement with its Schedules (Schedule 1 Custom Taxonomy outline; Schedule 2 Integration tests and accuracy figures) is the entire agreement between the parties on its subject matter. Amendments require a written document signed by both parties. Neither party may assign this Agreement without the other's written consent.
13.2 Notices must be given in writing by courier or e-mail to the addresses stated above, marked for the attention of the contract manager named by each party. A notice sent by e-mail takes effect on the next business day.
13.3 This Agreement is signed in English and Chinese, and both language versions have equal effect.

Signed for Visãoclara Tecnologia, Lda.: ____________________ Name and title: ____________________ Date: __________
Signed for Hangzhou Xingbo Live Commerce Co., Ltd.: ____________________ Name and title: ____________________ Date: __________
"""))


# ---------------------------------------------------------------------------------------------------------------
# Build, read back, check, label.
def full_text(plan):
    return plan["src"].replace("<<TABLE>>", render_table(plan, plan["fmt"]))


def read_back(plan):
    path = OUT / plan["file"]
    if plan["fmt"] == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if plan["fmt"] == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def norm(text, zh):
    return "".join(text.split()) if zh else " ".join(text.split())


def size_of(text, zh):
    if zh:
        return len("".join(text.split())), len(text)
    return len(text.split()), len([w for w in text.split() if re.search(r"\w", w)])


def label_of(plan):
    t, x = plan["terms"], plan["extra"]
    assert list(t) == TERM_KEYS, plan["key"]
    xkeys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if t["contract_kind"] == "goods_or_licence"
                                           else []) + ["acceptance_deemed_on_delivery", "contract_value"]
    assert list(x) == xkeys, (plan["key"], list(x))
    return {"file": plan["file"], "language": plan["lang"], "category": plan["category"],
            "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": dict(x),
            "expected_rules": sorted(plan["expected"])}


def not_on_threshold(plan, share):
    t = plan["terms"]
    for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                     ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                     ("post_warranty_fee_pct", 15)]:
        if t[key] is not None:
            assert abs(t[key] - thr) > 1e-6, (plan["key"], key, t[key])
    if share is not None:
        assert abs(share - 40) > 0.5, (plan["key"], "tco share", share)


def main():
    selftest_regexes()
    assert len(PLANS) == 10 and len({p["key"] for p in PLANS}) == 10
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for plan in PLANS:
        check_sums(plan)
        rules, share = apply_rules(plan)
        assert rules == sorted(plan["expected"]), (plan["key"], rules, plan["expected"])
        assert risk_of(rules) == plan["risk"], (plan["key"], risk_of(rules), plan["risk"])
        not_on_threshold(plan, share)
        plan["share"] = share
        text = full_text(plan)
        assert not threshold_hits(text), (plan["key"], threshold_hits(text))
        if plan["fmt"] in ("md", "txt"):
            (OUT / plan["file"]).write_text(text, encoding="utf-8")
            print("wrote", plan["file"])
        else:
            sources[plan["key"]] = text
            targets[plan["key"]] = (plan["file"], plan["fmt"])
    write(sources, targets, OUT, wrap_words=True)

    fmts = {}
    for plan in PLANS:
        zh = plan["lang"] == "zh"
        back = read_back(plan)
        n = norm(back, zh)
        for fig in plan["figures"]:
            assert norm(fig, zh) in n, (plan["key"], "figure missing", fig)
        for a in [r[4] for r in plan["rows"]] + [plan["value"]]:
            assert yuan(a) in n, (plan["key"], "amount missing", a)
        hits = threshold_hits(back) + threshold_hits(n)
        assert not hits, (plan["key"], hits)
        s1, s2 = size_of(back, zh)
        lo, hi = (2800, 3300) if zh else (1500, 1700)
        assert lo <= s1 <= hi and lo <= s2 <= hi, (plan["key"], "length", s1, s2)
        plan["size"] = (s1, s2)
        fmts.setdefault(plan["fmt"], set()).add(plan["lang"])
        label = json.dumps(label_of(plan), ensure_ascii=False, indent=1)
        (OUT / (Path(plan["file"]).stem + ".json")).write_text(label, encoding="utf-8")
    assert all(fmts[f] == {"zh", "en"} for f in fmts), fmts
    counts = {f: sum(p["fmt"] == f for p in PLANS) for f in ("docx", "pdf", "md", "txt")}
    assert counts == {"docx": 2, "pdf": 2, "md": 3, "txt": 3}, counts
    for plan in PLANS:
        unit = "chars (non-space, all)" if plan["lang"] == "zh" else "words (split, with a letter/digit)"
        share = "" if plan["share"] is None else " TCO share %.2f%%" % plan["share"]
        print(plan["file"], plan["size"], unit, plan["risk"], ",".join(plan["expected"]) or "(none)", share)
    print("all assertions passed")


if __name__ == "__main__":
    main()
