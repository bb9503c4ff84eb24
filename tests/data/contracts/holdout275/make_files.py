"""holdout275: ten blind ORDINARY draft contracts with hand labels.

Writes every contract (.txt/.md directly, .docx/.pdf through ../word_pdf.py with wrap_words=True), asserts every price
and payment sum and that each labelled figure appears in the text, re-applies policy §3/§4 to the labels and asserts the
result equals the plan, writes the .json labels, reads every built file back (python-docx paragraphs + tables, pypdf)
and fails if any threshold value sits in the text, or if a text length is out of range.
Run: /work/main/.venv/bin/python make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
CONTRACTS = {}  # key -> dict, filled by the parts below

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# ---------------------------------------------------------------- threshold scan (policy §3 and §4 values)
_CN = "一二三四五六七八九十百千零两〇"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?![\d])", r"九十九点九(?![零一二三四五六七八九])",
                          r"ninety-nine point nine(?! ?[a-z-]*(?:one|two|three|four|five|six|seven|eight|nine))"],
    "response 4 hours": [r"(?<![\d.])4\s*-?\s*(?:\(\w+\)\s*)?(?:business\s+|working\s+|clock\s+)?(?:hours?|hrs?|h\b)",
                         r"(?<![\d.])4\s*(?:个)?\s*(?:工作)?小时",
                         r"\bfour\s*-?\s*(?:\(4\)\s*)?(?:business\s+|working\s+|clock\s+)?hours?\b",
                         r"(?<![" + _CN + r"])四\s*(?:个)?\s*(?:工作)?小时",
                         r"(?<![\d.])240\s*(?:minutes?|mins?|分钟)", r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0?\.050*\s*%", r"(?<![\d.])0?\.050*\s*per\s*cent", r"万分之五(?![十])",
                      r"千分之零点五", r"(?<![\d.])0?\.5\s*‰", r"(?<![\d.])0?\.35\s*%", r"(?<![\d.])0?\.35\s*per\s*cent"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?\s*%", r"(?<![\d.])100\s*per\s*cent", r"one\s+hundred\s+per\s*cent",
                  r"百分之(?:一)?百(?![零一二三四五六七八九十])", r"(?<![" + _CN + r"])一倍", r"\bonce\s+the\s+(?:total\s+)?contract"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?\s*%", r"(?<![\d.])30\s*per\s*cent", r"thirty\s+per\s*cent",
                        r"百分之三十(?![一二三四五六七八九点])", r"三成"],
    "warranty 12 months": [r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"twelve\s*-?\s*(?:\(12\)\s*)?-?\s*months?",
                           r"(?<![" + _CN + r"])十二\s*个\s*月", r"(?<![\d.])1\s*-?\s*years?\b", r"\bone\s*-?\s*years?\b",
                           r"(?<![" + _CN + r"])一\s*(?:个)?\s*年", r"(?<![\d.])1\s*年", r"(?<![\d.])365\s*(?:days?|天|日)",
                           r"壹年", r"\ba\s+year\b"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(?:\.0+)?\s*%", r"(?<![\d.])15\s*per\s*cent", r"fifteen\s+per\s*cent",
                               r"百分之十五(?![点])"],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?\s*%", r"(?<![\d.])40\s*per\s*cent", r"forty\s+per\s*cent",
                       r"百分之四十(?![一二三四五六七八九点])", r"四成"],
    "horizon 5 years": [r"(?<![\d.])5\s*-?\s*years?\b", r"\bfive\s*-?\s*(?:\(5\)\s*)?years?\b",
                        r"(?<![" + _CN + r"])五\s*(?:个)?\s*年", r"(?<![\d.])5\s*年", r"(?<![\d.])60\s*-?\s*months?",
                        r"sixty\s*(?:\(60\)\s*)?months?", r"六十\s*个\s*月", r"(?<![\d.])60\s*个月"],
}
THRESHOLD_RES = [(name, re.compile(p, re.I)) for name, ps in THRESHOLD_PATTERNS.items() for p in ps]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for name, rx in THRESHOLD_RES:
        for v in variants:
            m = rx.search(v)
            if m:
                hits.append((name, m.group(0), v[max(0, m.start() - 30):m.end() + 30]))
                break
    return hits


def selftest_regexes():
    must_hit = ["99.9%", "99.90 %", "百分之九十九点九", "4 hours", "4-hour", "four (4) hours", "4小时", "四小时", "四个小时",
                "240 minutes", "0.05%", "万分之五", "0.35% per week", "100%", "百分之百", "一倍", "30%", "百分之三十",
                "thirty per cent", "12 months", "twelve-month", "十二个月", "1 year", "one-year", "一年", "365 days",
                "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "5 years", "five years", "五年", "5年",
                "60 months", "六十个月", "a year", "once the contract price"]
    must_miss = ["99.95%", "99.5%", "24 hours", "14 hours", "二十四小时", "24小时", "0.08%", "10.05%", "130%", "115%",
                 "百分之三十五", "百分之四十五", "2026年12月", "24 months", "十八个月", "2025年", "36个月", "three years",
                 "百分之十五点五", "year", "yearly", "每年", "首年", "0.035%", "140%", "150%"]
    for s in must_hit:
        assert threshold_hits(s), "regex self-test: should hit %r" % s
    for s in must_miss:
        assert not threshold_hits(s), "regex self-test: should miss %r -> %r" % (s, threshold_hits(s))


# ---------------------------------------------------------------- policy §3 / §4 re-applied to a label
THRESH = dict(avail=99.9, resp=4, ld=0.05, cap=100, prep=30, warr=12, fee=15, tco=40, horizon=5)


def tco(c):
    t, e = c["terms"], c["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] \
            or t["warranty_months"] is None:
        return None
    years = max(0.0, THRESH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * c["fee_base"]
    total = e["contract_value"] + fees
    return dict(years=years, fees=fees, tco=total, share=fees / total * 100)


def apply_rules(c):
    t, e = c["terms"], c["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not e["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < THRESH["avail"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > THRESH["resp"]:
        r.append("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < THRESH["ld"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < THRESH["cap"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > THRESH["prep"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < THRESH["warr"]):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > THRESH["fee"]):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or c["forum_outside_mainland"]:
        r.append("CR-GOVERNING-LAW")
    x = tco(c)
    if x is not None and x["share"] > THRESH["tco"]:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def no_value_on_threshold(c):
    t = c["terms"]
    for k, v in [("availability_pct", THRESH["avail"]), ("p1_response_hours", THRESH["resp"]),
                 ("ld_rate_per_day_pct", THRESH["ld"]), ("liability_cap_pct", THRESH["cap"]),
                 ("prepayment_pct", THRESH["prep"]), ("warranty_months", THRESH["warr"]),
                 ("post_warranty_fee_pct", THRESH["fee"])]:
        assert t[k] is None or abs(t[k] - v) > 1e-9, (c["file"], k, t[k])
    x = tco(c)
    assert x is None or abs(x["share"] - THRESH["tco"]) > 1e-9, (c["file"], x)


# ================================================================ h275z01 医保局 基金结算智能监控平台 (pdf, compliant)
Z01 = """T:南屏省医疗保障基金结算智能监控平台建设项目政府采购合同
P:合同编号：NPYB-ZC-2026-031
P:采购方式：公开招标（招标编号：NPZC-2026-0173）
P:甲方（采购人）：南屏省医疗保障局，住所：南屏省澜州市文昌路88号
P:乙方（供应商）：衡川数科信息技术有限公司，住所：澜州市高新区云栖大道216号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就医疗保障基金结算智能监控平台的建设事宜订立本合同，共同遵守。招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分，内容不一致的，以有利于甲方的为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设医疗保障基金结算智能监控平台（以下简称“平台”），提供监控平台软件许可、监控规则库定制、与省级医保信息平台及定点医药机构的接口开发、部署实施与数据治理、培训等服务，实现对住院、门诊及定点药店结算数据的事前提醒、事中审核和事后稽核。
P:1.2 平台部署于甲方医保专网及省政务云，具体功能、性能及技术指标以招标文件第五章“采购需求”及乙方投标响应为准。
P:1.3 乙方应按投标文件承诺组建项目团队，项目经理及技术负责人在项目建设期内驻场工作，未经甲方书面同意不得更换；甲方认为乙方人员不能胜任的，有权要求更换，乙方应在7日内派出资质不低于原人员的替代人员。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾捌万元整（¥2,680,000.00），为固定总价，包括软件许可、开发、实施、培训、税费及质保期内全部服务费用，甲方不再另行支付其他费用。分项如下：
P:（1）智能监控平台软件许可（规则引擎、监控分析、稽核工作台，永久许可）：¥1,380,000；
P:（2）监控规则库定制（不少于2,100条规则）：¥612,000；
P:（3）省医保信息平台及定点医药机构接口开发：¥438,000；
P:（4）部署实施与数据治理：¥214,000；
P:（5）培训：¥36,000。
H:第三条 付款方式
P:3.1 本合同生效且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的25%作为预付款，即¥670,000。
P:3.2 平台通过初步验收并开始试运行后，甲方支付合同总价的50%，即¥1,340,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的25%，即¥670,000。
P:3.4 甲方按国库集中支付程序付款，因财政支付流程造成的合理延迟不视为甲方违约。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格且无未结违约金后退还。
H:第四条 交付与验收
P:4.1 乙方应于合同生效后150日内完成部署并提交初步验收申请。初步验收内容包括：功能逐项测试；2,100条监控规则逐条以历史结算样本验证；与省医保信息平台及不少于600家定点医药机构的接口联调；在2,000个并发用户下单笔审核响应不超过3秒。
P:4.2 初步验收合格后进入为期90日的试运行。试运行期间未发生一级故障、全部遗留问题关闭，并取得第三方网络安全等级保护测评（三级）报告和商用密码应用安全性评估报告后，乙方方可申请最终验收。甲方组织专家按招标文件及本合同约定的标准进行最终验收，并出具书面验收报告。
P:4.3 平台上线、试运行、甲方使用或付款，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
P:4.4 乙方应在最终验收前移交需求规格说明书、系统设计文档、数据字典、接口说明、部署手册、运维手册、用户手册、规则库清单及全部定制源代码，并对甲方指定的不少于20名业务骨干和8名技术人员完成操作及运维培训，培训考核合格率作为验收资料之一。
H:第五条 质保与维护
P:5.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、规则库更新及技术支持。
P:5.2 质保期满后，如甲方需要继续维护服务，双方另行签订维护合同，年度维护费不超过软件许可费的9%（即每年不超过¥124,200），且在质保期满后三年内不上调。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三个工作日经甲方书面同意）。
P:6.2 故障分级及响应：一级故障（平台不可用或结算审核中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内解决。
P:6.3 乙方超过上述响应或恢复时限的，每超过一小时扣减¥1,500；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款项或履约保证金中抵扣。
H:第七条 数据安全
P:7.1 平台处理的医保结算数据、参保人员信息及其衍生数据均属于甲方，乙方仅为履行本合同之目的在甲方授权范围内处理，不得用于其他任何目的。
P:7.2 乙方人员须经甲方审批并通过堡垒机访问生产环境，不得将任何数据复制、下载或传出医保专网；测试使用甲方提供的脱敏数据。乙方应遵守《数据安全法》《个人信息保护法》及医保数据安全管理规定。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成的数据安全事件，乙方承担全部法律责任，并赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、技术资料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露；本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的监控规则、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
P:9.2 平台标准软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯任何第三方的合法权利。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方逾期超过30日，或交付成果经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 分包
P:本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:任何一方严重违反本合同，且在收到对方书面通知后15日内未能纠正的，守约方有权书面通知对方解除本合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，可根据影响程度部分或全部免除责任。
P:14.2 本合同一式六份，甲方四份、乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。未尽事宜，双方以书面补充协议约定。
P:甲方（盖章）：南屏省医疗保障局　　　　乙方（盖章）：衡川数科信息技术有限公司
P:授权代表：＿＿＿＿＿＿　　　　　　　　授权代表：＿＿＿＿＿＿
P:日期：2026年3月　日　　　　　　　　　日期：2026年3月　日
"""

CONTRACTS["h275z01"] = dict(
    file="h275z01_provincial_medical_insurance_fund_monitoring_platform.pdf", fmt="pdf", language="zh",
    category="software", src=Z01, forum_outside_mainland=False, fee_base=1380000,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=25, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2680000),
    plan=[],
    checks=[("price", 1380000 + 612000 + 438000 + 214000 + 36000, 2680000),
            ("payments", 670000 + 1340000 + 670000, 2680000),
            ("25 %", 2680000 * 25 // 100, 670000), ("50 %", 2680000 * 50 // 100, 1340000),
            ("fee 9 % of licence", 1380000 * 9 // 100, 124200)],
    figures=["¥2,680,000.00", "¥1,380,000", "25%", "¥670,000", "¥1,340,000", "三十六个月", "9%", "¥124,200",
             "99.95%", "30分钟内响应", "千分之一", "¥1,500", "本项目不允许分包", "适用中华人民共和国法律"],
)

# ================================================================ h275z02 玻纤厂 池窑 DCS + 质保期满后维保 (docx)
Z02 = """T:池窑DCS控制系统供货及实施合同
P:合同编号：TY-SB-2026-0412
P:甲方（买方）：泰岩玻璃纤维有限公司，地址：江苏省常州市金坛区华城路19号
P:乙方（卖方）：华衡工业自动化工程有限公司，地址：南京市江宁区胜利路97号
P:鉴于甲方三号无碱玻璃纤维池窑（设计日熔化量160吨）实施控制系统改造，经邀请招标，乙方中标。双方依据《中华人民共和国民法典》，就池窑DCS控制系统的供货、组态、安装调试及质保期满后的维保服务订立本合同。
H:一、合同标的与价格
P:1.1 乙方提供池窑DCS控制系统的硬件、软件许可、燃烧控制优化模型、组态编程、安装调试、热态投运及培训，并在质保期满后按本合同第七条提供维保服务。
P:1.2 合同总价为人民币2,980,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器及I/O卡件（冗余配置）|1套|1,164,000
TB:2|窑压、液位、温度仪表及执行机构|1批|642,000
TB:3|操作员站、工程师站及历史服务器|7台|186,000
TB:4|燃烧控制优化软件许可（永久）|1套|318,000
TB:5|组态软件及历史数据库许可|1套|226,000
TB:|软硬件小计||2,536,000
TB:6|组态编程与燃烧模型调校|1项|264,000
TB:7|安装调试与热态投运|1项|152,000
TB:8|操作及维护培训|1项|28,000
TB:|合同总价||2,980,000
H:二、付款
P:2.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计596,000元。
P:2.2 设备全部到货并经双方签收后，支付合同总价的35%，计1,043,000元。到货签收仅确认数量和外观，不代表质量验收。
P:2.3 系统热态投运并经最终验收合格后，支付合同总价的38%，计1,132,400元。
P:2.4 其余7%计208,600元作为质量保证金，质保期满且无未决质量问题后一次性无息支付。
P:2.5 乙方应在每次付款前向甲方开具等额合法有效的增值税专用发票，甲方收到发票后方履行相应付款义务。
H:三、交货与安装
P:3.1 乙方应于合同生效后75日内将全部设备运抵甲方指定地点，并在池窑冷修停炉窗口期内完成安装。
P:3.2 停炉窗口期由甲方提前20日书面通知。乙方应按甲方批准的施工方案及安全作业规程施工，乙方人员须参加甲方组织的安全培训并遵守动火、高处作业管理制度。
P:3.3 乙方应随货提供装箱单、合格证、出厂检验报告、仪表校验证书及原厂授权文件；进口部件应提供报关单据。设备到货后由双方共同开箱清点，发现缺件、错件或外观损坏的，乙方应在7日内补齐或更换。
P:3.4 乙方应指派具有同类池窑控制改造经验的项目经理，并保证调试工程师在冷态调试、升温烤窑及热态投运期间连续驻厂，直至系统最终验收合格。
H:四、验收
P:4.1 冷态调试完成后进行现场功能测试，包括I/O点逐点校验、控制回路及联锁逻辑测试、控制器冗余切换测试（切换时间不大于50毫秒且无扰动）。
P:4.2 热态投运后，系统连续稳定运行30天，窑温控制偏差不超过±3℃，窑压波动不超过±2Pa，燃料单耗较改造前基线下降不少于2.5%，且未发生因控制系统原因导致的停炉或拉丝中断，方可进行最终验收。双方按技术协议所列指标逐项测试并签署最终验收证书。
P:4.3 到货签收、安装完成或系统投入使用均不视为最终验收合格。任何一项指标未达到要求的，乙方应在10日内完成整改并重新测试，由此增加的费用由乙方承担。
P:4.4 最终验收前，乙方应移交系统竣工图、I/O清单、控制逻辑说明、组态备份、操作规程及维护手册，并对甲方不少于12名操作工和6名仪表维护人员完成培训。
H:五、质保与故障响应
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换有缺陷的硬件，免费提供软件缺陷修复及升级。
P:5.2 质保期内及维保期内，一级故障（可能导致池窑停炉或拉丝中断的故障）乙方应在15分钟内电话响应，2小时内到达现场；二级故障1小时内响应，8小时内到达现场。乙方未按时响应或到场的，每延迟1小时向甲方支付2,000元。
P:5.3 质保期内更换的部件，其质保期自更换之日起重新计算十八个月，但不短于原质保期剩余期限。因同一部件反复故障累计三次的，乙方应免费更换为新品并分析根本原因，提交书面报告。
P:5.4 乙方应建立故障记录台账，每季度向甲方提交一次设备运行分析报告，对控制器负荷、通讯质量及仪表漂移情况提出优化建议。
H:六、数据与网络安全
P:6.1 控制系统中的工艺参数、配方、生产数据及操作记录均属于甲方，乙方不得复制、留存或用于本合同以外的任何用途。
P:6.2 控制网络与办公网络物理隔离；乙方远程维护须经甲方逐次审批，通过甲方提供的安全通道进行并全程记录。乙方交付的软件及设备应经病毒查杀，不得预留后门。发生网络安全事件的，乙方应在2小时内告知甲方并配合处置，因乙方原因造成的损失由乙方全部赔偿。
H:七、质保期满后的维保
P:7.1 质保期满后，乙方按年度提供维保服务，内容包括：每季度巡检一次、备品备件保障、软件升级、7×24小时故障响应及现场服务。
P:7.2 年度维保费按软硬件小计的24%计取，即每年608,640元，自质保期满之日起四年内固定不变，于每个维保年度开始前支付。
P:7.3 维保期内乙方应在甲方厂区保存不少于一套控制器卡件、电源模块及关键仪表的备品，更换下的损坏部件由乙方负责修复。每次巡检后乙方应提交巡检报告，列明发现的隐患及处理建议。
P:7.4 上述四年维保期满后是否续签，由双方另行协商，不自动续期。
H:八、保密与知识产权
P:8.1 双方对履行本合同中知悉的对方技术秘密和商业信息承担保密义务，保密期限至相关信息依法公开之日止。
P:8.2 为甲方完成的组态文件、控制逻辑、燃烧模型参数、操作画面及相关文档的知识产权归甲方所有，甲方可自行修改和使用；乙方提供的标准软件按许可条款使用。
H:九、违约责任
P:9.1 乙方逾期交货或逾期完成热态投运的，每逾期一日，按合同总价的万分之二支付违约金。
P:9.2 乙方对本合同的累计赔偿责任以合同总价的150%为限，但故意、重大过失及第六条项下的责任不受此限。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十、分包
P:现场仪表安装和电缆敷设工作，乙方须经甲方书面同意后方可分包，并对分包方的工作质量及安全承担全部责任；其他工作不得分包。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。系统经两次整改仍达不到验收指标的，甲方亦有权解除合同，乙方应退还已收款项并自费拆除其提供的设备。
H:十二、法律适用及争议解决
P:本合同适用中华人民共和国法律。争议提交常州仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:十三、其他
P:13.1 因不可抗力致使合同不能履行的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同。
P:13.2 本合同附件包括技术协议、设备清单和施工方案，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方：泰岩玻璃纤维有限公司（盖章）　　乙方：华衡工业自动化工程有限公司（盖章）
P:代表签字：＿＿＿＿＿＿　　　　　　　　代表签字：＿＿＿＿＿＿
P:日期：2026年4月　日
"""

CONTRACTS["h275z02"] = dict(
    file="h275z02_glass_fibre_tank_furnace_dcs_maintenance.docx", fmt="docx", language="zh",
    category="hardware", src=Z02, forum_outside_mainland=False, fee_base=2536000,
    terms=dict(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=24, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2980000),
    plan=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    checks=[("subtotal", 1164000 + 642000 + 186000 + 318000 + 226000, 2536000),
            ("price", 2536000 + 264000 + 152000 + 28000, 2980000),
            ("payments", 596000 + 1043000 + 1132400 + 208600, 2980000),
            ("20 %", 2980000 * 20 // 100, 596000), ("35 %", 2980000 * 35 // 100, 1043000),
            ("38 %", 2980000 * 38 // 100, 1132400), ("7 %", 2980000 * 7 // 100, 208600),
            ("fee 24 % of subtotal", 2536000 * 24 // 100, 608640)],
    figures=["2,980,000", "2,536,000", "20%", "596,000", "38%", "十八个月", "24%", "608,640", "15分钟内电话响应",
             "万分之二", "150%", "书面同意后方可分包", "常州仲裁委员会"],
)


# ================================================================ build, read back, check, label
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def plain(src):
    """Markup of a .txt/.md source is the text itself."""
    return src.strip("\n") + "\n"


def size(c, text):
    if c["language"] == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), len(text)


def label(c):
    t = {k: c["terms"][k] for k in TERM_KEYS}
    e = c["extra"]
    extra = {"sla_clause": e["sla_clause"], "ld_stated": e["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = e["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in e and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = e["acceptance_deemed_on_delivery"]
    extra["contract_value"] = e["contract_value"]
    return {"file": c["file"], "language": c["language"], "category": c["category"], "expected_terms": t,
            "expected_extra": extra, "expected_rules": apply_rules(c)}


def main(only_sizes=False):
    selftest_regexes()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: c["src"] for k, c in CONTRACTS.items() if c["fmt"] in ("docx", "pdf")}
    targets = {k: (c["file"], c["fmt"]) for k, c in CONTRACTS.items() if c["fmt"] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, c in CONTRACTS.items():
        if c["fmt"] in ("txt", "md"):
            (OUT / c["file"]).write_text(plain(c["src"]), encoding="utf-8")
            print("wrote", c["file"])
    problems = []
    for k, c in CONTRACTS.items():
        text = read_back(OUT / c["file"])
        a, b = size(c, text)
        lo, hi = (2800, 3300) if c["language"] == "zh" else (1500, 1700)
        ok = lo <= a <= hi and (lo <= b <= hi if c["language"] == "zh" else True)
        print("%-70s %s %6d %6d %s" % (c["file"], c["language"], a, b, "ok" if ok else "OUT OF RANGE"))
        if not ok:
            problems.append("%s length %d/%d" % (c["file"], a, b))
        for h in threshold_hits(text):
            problems.append("%s threshold %s: %r in %r" % (c["file"], h[0], h[1], h[2]))
        if only_sizes:
            continue
        flat = re.sub(r"\s", "", text)
        for f in c["figures"]:
            if re.sub(r"\s", "", f) not in flat:
                problems.append("%s figure missing: %r" % (c["file"], f))
        for what, lhs, rhs in c["checks"]:
            if abs(lhs - rhs) > 1e-6:
                problems.append("%s check %s: %r != %r" % (c["file"], what, lhs, rhs))
        rules = apply_rules(c)
        if rules != sorted(c["plan"]):
            problems.append("%s rules %r != plan %r" % (c["file"], rules, sorted(c["plan"])))
        no_value_on_threshold(c)
        x = tco(c)
        print("    rules:", ", ".join(rules) or "(none)", "| risk:", risk(rules),
              "| TCO: %.2f share %.2f %%" % (x["tco"], x["share"]) if x else "")
        lab = label(c)
        json_path = OUT / (Path(c["file"]).stem + ".json")
        json_path.write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert sorted(CONTRACTS) == sorted(set(CONTRACTS))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        raise SystemExit(1)
    print("all checks passed")


# ================================================================ h275z03 连锁面馆 收银POS及会员SaaS + 实施 (md)
Z03 = """# 门店收银及会员管理SaaS服务合同

合同编号：YWX-IT-2026-017

**甲方（客户）**：一碗乡餐饮管理有限公司，地址：四川省成都市武侯区科华北路62号
**乙方（服务商）**：点单云（杭州）科技有限公司，地址：浙江省杭州市西湖区文三路478号

甲方经营“一碗乡”连锁面馆，现有直营门店80家。为统一门店收银、会员和营销管理，甲方选用乙方的“点单云”收银及会员管理SaaS服务。双方本着平等自愿原则，经友好协商，订立本合同。

## 1. 服务内容

1.1 乙方通过其云平台向甲方80家门店提供收银POS、会员管理及营销模块的订阅服务，并负责门店部署、菜品及价格资料导入、会员数据迁移、外卖平台和支付通道接口对接以及店长、收银员培训（合称“实施服务”）。
1.2 甲方自备收银终端、厨房打印机及扫码设备。乙方应在合同生效后5个工作日内提供兼容设备清单，并在部署时逐店完成调试。
1.3 订阅期内门店数量增减的，订阅费按实际开通门店数及本合同单价按月结算；新增门店的部署由乙方按每店900元另行报价，经甲方书面确认后实施。
1.4 平台应支持门店断网离线收银，网络恢复后自动同步订单及会员数据，离线期间的交易不得丢失。
1.5 甲方应指定项目联系人，按乙方提交的资料模板提供菜品、价格、门店及会员资料，并协调各门店配合部署和培训。

## 2. 订阅期限与续期

2.1 订阅期为二十四个月，自全部门店上线验收合格次日起算。
2.2 订阅期满前30日内任何一方未书面提出不续约的，本合同自动续期二十四个月，续期次数不限。
2.3 每次续期时，乙方有权根据其产品价格体系调整订阅单价，上调幅度不超过当期单价的10%。乙方于续期生效前15日书面通知甲方即可，无需另行签署协议。

## 3. 费用与支付

3.1 费用明细如下（含6%增值税）：

| 序号 | 项目 | 计价方式 | 金额（元） |
|---|---|---|---|
| 1 | 收银POS订阅 | 80店 × 168元/店/月 × 24个月 | 322,560 |
| 2 | 会员营销模块订阅 | 80店 × 92元/店/月 × 24个月 | 176,640 |
| 3 | 实施服务（部署、资料导入、数据迁移、培训） | 固定价 | 74,800 |
| 4 | 外卖平台及支付通道接口对接 | 固定价 | 36,000 |
| | 合计 | | 610,000 |

3.2 订阅费按季度后付：每个自然季度结束后10个工作日内，乙方按当季实际开通门店数出具账单及发票，甲方在收到发票后15个工作日内支付。全部门店开通时，每季度订阅费为62,400元。
3.3 实施服务费及接口对接费在全部门店上线验收合格后一次性支付。甲方无需向乙方预付任何费用。

## 4. 上线与验收

4.1 乙方应于合同生效后45日内完成80家门店的部署上线，其中首批10家试点门店应在20日内上线，其余门店分两批完成。
4.2 上线验收标准：（1）每家门店连续3个营业日正常点单、收银、打印及日结；（2）各门店日结金额与支付通道对账单差异为零；（3）约26万名会员的资料、储值余额及积分全部迁移，抽查500名会员数据与原系统一致；（4）外卖平台订单同步至门店的时间不超过5秒；（5）完成全部店长及收银员培训。
4.3 甲方在收到乙方验收申请后5个工作日内组织验收并签署验收单。门店开始营业使用不视为验收合格。
4.4 乙方未能在4.1约定期限内完成全部门店上线验收的，每逾期一日向甲方支付违约金500元。
4.5 乙方应在部署开始前提交《门店上线实施方案》，列明各批次门店、上线日期、切换步骤及回退预案，经甲方确认后执行；切换应安排在门店非营业时段进行，不得影响门店正常营业。

## 5. 服务水平

5.1 乙方保证服务月度可用率不低于99.95%（经甲方同意的夜间维护窗口除外）。
5.2 一级故障（任一门店无法点单收银或会员无法核销储值）：15分钟内响应，1小时内恢复或启用离线收银；二级故障（报表、营销功能异常）：2小时内响应，24小时内修复。
5.3 月度可用率低于承诺值的，按当月订阅费的5%至20%分档抵扣；一级故障每超时一次，抵扣当月订阅费800元。抵扣金额在下一季度账单中扣除。
5.4 乙方提供7×24小时客服热线及远程支持，并为甲方指派专属客户成功经理。
5.5 乙方每月5日前向甲方提交上月服务报告，列明月度可用率、故障记录及处理情况、抵扣金额和优化建议。

## 6. 数据

6.1 甲方及其会员的数据，包括会员资料、消费记录、储值余额、菜品及经营数据（“甲方数据”），归甲方所有。
6.2 乙方可对甲方数据进行脱敏、汇总处理后，用于编制餐饮行业经营分析报告及优化其产品和算法模型；处理后的数据由乙方享有，本合同终止后乙方仍可继续使用。
6.3 乙方平台已通过网络安全等级保护三级测评，甲方数据存储于中国境内，传输和存储均加密，访问按最小权限授权并留存日志。乙方发生数据泄露、丢失等安全事件的，应在24小时内通知甲方并采取补救措施，由此给甲方或其会员造成的损失由乙方承担。
6.4 本合同终止后30日内，乙方应向甲方提供甲方数据的完整导出，并在甲方确认后删除其系统中的甲方数据（6.2所述处理后数据除外）。

## 7. 知识产权

7.1 点单云平台及其软件的知识产权归乙方所有。
7.2 乙方为甲方开发的接口对接程序、定制报表模板及门店配置方案归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 8. 保密

双方对在合作中获知的对方商业秘密、经营信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方员工及其经甲方同意委托的第三方均应遵守本条约定，乙方对其违反保密义务的行为承担责任。本条在合同终止后三年内持续有效。

## 9. 责任限制

9.1 除数据安全事件、侵犯知识产权及故意行为外，乙方在本合同项下的累计赔偿责任不超过损害事件发生前六个月内甲方已支付的订阅费总额。
9.2 任何一方均不对对方的间接损失、利润损失承担责任，但乙方依第5.3条承担的服务抵扣及依第4.4条支付的违约金不受本条影响。

## 10. 分包

乙方不得将实施服务分包；确需委托第三方进行门店现场部署的，应事先取得甲方书面同意，并对其行为承担责任。

## 11. 合同解除

11.1 一方严重违约且在收到书面通知后15日内未予纠正的，另一方有权书面通知解除本合同。
11.2 月度可用率连续两个月低于99%的，甲方有权解除本合同，无需承担任何违约责任。
11.3 合同因任何原因终止的，乙方应继续提供不少于60日的过渡期服务，协助甲方将数据迁移至甲方指定的系统，过渡期订阅费按原单价按月结算。

## 12. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

## 13. 其他

13.1 双方在本合同首部列明的地址为通知送达地址，一方变更地址的应提前7日书面通知对方。
13.2 附件《服务功能清单》《门店清单》《上线实施方案》为本合同组成部分。
13.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：一碗乡餐饮管理有限公司　　　乙方（盖章）：点单云（杭州）科技有限公司

日期：2026年5月　日
"""

CONTRACTS["h275z03"] = dict(
    file="h275z03_noodle_chain_pos_membership_saas.md", fmt="md", language="zh",
    category="cloud", src=Z03, forum_outside_mainland=False, fee_base=None,
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True,
               ld_rate_per_day_pct=500 / 610000 * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=610000),
    plan=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    checks=[("POS", 80 * 168 * 24, 322560), ("member", 80 * 92 * 24, 176640),
            ("price", 322560 + 176640 + 74800 + 36000, 610000), ("quarter", 80 * (168 + 92) * 3, 62400),
            ("8 quarters + one-off", 8 * 62400 + 74800 + 36000, 610000)],
    figures=["610,000", "99.95%", "15分钟内响应", "500元", "自动续期二十四个月", "不超过当期单价的10%",
             "脱敏、汇总处理后", "六个月内甲方已支付的订阅费", "甲方无需向乙方预付任何费用", "杭州仲裁委员会"],
)

# ================================================================ h275z04 图书馆 RFID 自助借还系统 年度运维 (txt, 竞争性磋商)
Z04 = """临澜市图书馆RFID自助借还系统运维服务采购合同

项目编号：LLCG-2026-CS-0088
采购方式：竞争性磋商
甲方（采购人）：临澜市图书馆
地址：临澜市滨河东路300号
乙方（供应商）：书联智能科技有限公司
地址：临澜市经济技术开发区创业路15号

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就甲方RFID自助借还系统运维服务事宜，经协商一致，订立本合同。

一、服务范围与内容
（一）乙方负责甲方总馆及6个分馆的RFID自助借还设备、安全门禁、24小时自助图书馆、馆员工作站及盘点设备、自助借还系统软件及其与图书馆集成管理系统（ILS）SIP2接口的运维服务，设备清单见附件一。
（二）服务内容包括：日常巡检与保养、故障诊断与修复、软件维护及补丁升级、配件更换、设备清洁、馆员操作培训、寒暑假及节假日开放保障、读者借还高峰期现场值守。
（三）单件价格在800元以下的配件由乙方免费提供并更换；单件价格在800元及以上的配件，乙方提出更换方案并报价，经甲方书面确认后更换，费用另计。
（四）乙方应为其派驻人员购买意外伤害保险，乙方人员在服务过程中发生的人身伤亡由乙方自行负责。
（五）乙方应在甲方总馆设立备件库，常备自助借还机主板、RFID读写器、触摸屏、电源模块及门禁天线等易损备件，备件数量不少于附件一所列设备总数的适当比例，保证故障设备及时更换。

二、服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满本合同终止；甲方需要继续采购的，依法重新组织采购程序。

三、合同价款
本合同总价为人民币417,400元（大写：肆拾壹万柒仟肆佰元整），包含人工、交通、免费配件、税费等全部费用。明细如下：
1. 自助借还机维护：42台 × 3,600元 = 151,200元
2. 安全门禁维护：18套 × 2,400元 = 43,200元
3. 24小时自助图书馆维护：3台 × 9,800元 = 29,400元
4. 馆员工作站及盘点车维护：26台 × 1,500元 = 39,000元
5. 系统软件运维及ILS接口保障：58,600元
6. 驻场服务（工作日驻场工程师1名）：96,000元
合计：417,400元
服务期内上述价款固定不变，不因人工成本或配件价格变化而调整。

四、付款方式
（一）服务费按季度支付。每季度考核合格后，乙方开具发票，甲方在收到发票后10个工作日内支付当季服务费104,350元；考核扣款从当季服务费中直接扣除。
（二）本合同不设预付款。

五、服务要求与服务水平
（一）驻场：乙方在服务期内每周一至周五8:30—17:30安排工程师1名驻总馆，周末及节假日安排远程值守和备勤人员。
（二）巡检：乙方每月对全部设备巡检一次，每季度对RFID读写器进行一次灵敏度校准，并填写巡检记录表，经甲方签字确认。
（三）可用率：自助借还服务在开放时间内的月度可用率不低于99.5%，以自助借还系统日志和甲方值班记录为准。
（四）故障响应：一级故障（总馆或任一分馆自助借还全部中断，或ILS接口中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单台设备故障）2小时内响应，当日闭馆前修复；三级故障（外观、提示音等轻微问题）在3个工作日内处理。
（五）扣款：一级故障响应或恢复超时的，每超时一小时扣款500元；二级故障逾期修复的，每台每日扣款200元。
（六）报告：乙方每季度首月10日前向甲方提交上季度运维报告，内容包括设备运行状况、故障统计与分析、配件更换明细、读者反馈处理情况及改进建议。
（七）重大活动保障：甲方举办全民阅读月、少儿暑期阅读等重大活动期间，乙方应根据甲方书面通知增派工程师现场值守，不另收费。
（八）人员：驻场工程师应具备两年以上同类设备运维经验，乙方更换驻场人员应提前7日书面告知甲方并做好工作交接。
（九）软件升级：乙方对自助借还系统软件进行升级或安装补丁前，应提交升级方案并在测试环境验证，经甲方同意后在闭馆时段实施，并保留回退手段。

六、考核与验收
（一）每季度末，甲方按附件二《运维服务考核表》对乙方进行考核，考核内容包括故障响应及时性、修复时效、巡检完成情况、驻场出勤、读者投诉及馆员满意度。考核得分80分及以上为合格。
（二）考核不合格的，当季服务费按考核细则扣减，乙方应在10日内提交书面整改报告。
（三）乙方对考核结果有异议的，可在收到考核结果后3个工作日内提出书面复核申请，甲方应在5个工作日内答复。
（四）服务期满前15日，甲方组织终期验收，验收标准为：附件一所列设备均处于正常可用状态，全年巡检记录、故障记录和配件更换记录完整，运维文档及系统配置资料已移交甲方。终期验收合格后，甲方出具验收意见。

七、数据归属
自助借还系统及ILS接口中的读者信息、借阅记录和流通统计数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。

八、保密
乙方对在履行本合同过程中知悉的甲方技术信息、经营信息和其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因本合同终止而解除。

九、知识产权
乙方在服务过程中形成的巡检记录、运维文档、配置文件及脚本归甲方所有。乙方保证其提供的软件补丁及配件不侵犯第三方知识产权。

十、违约责任
（一）乙方未在服务期开始后5个工作日内完成进场交接和设备普查的，或未按约定完成月度巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方人员操作不当造成设备损坏的，由乙方负责修复或赔偿。
（三）乙方驻场工程师无故缺勤的，每缺勤一日扣款300元。
（四）乙方维修不及时致使甲方临时改为人工借还的，乙方应承担甲方因此增加的合理人工费用。
（五）甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。

十一、分包
乙方不得将本合同项下的服务分包或转包给第三方。

十二、合同解除
乙方连续两个季度考核不合格，或严重违约经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期结算费用。合同解除或服务期满时，乙方应将设备台账、运维文档、系统账号及口令完整移交甲方或甲方指定的接续服务商，并配合完成交接。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十四、甲方的权利和义务
（一）甲方应为乙方驻场人员提供必要的办公场所和网络条件，并指定专人负责日常联络和服务确认。
（二）甲方有权对乙方的服务过程进行监督检查，对不符合要求的服务要求乙方限期改正。

十五、其他
（一）竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：临澜市图书馆                乙方（盖章）：书联智能科技有限公司
法定代表人或授权代表：                    法定代表人或授权代表：
签订日期：2026年3月   日
"""

CONTRACTS["h275z04"] = dict(
    file="h275z04_city_library_rfid_self_service_om.txt", fmt="txt", language="zh",
    category="services", src=Z04, forum_outside_mainland=False, fee_base=None,
    terms=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=417400),
    plan=["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    checks=[("lines", 42 * 3600 + 18 * 2400 + 3 * 9800 + 26 * 1500, 151200 + 43200 + 29400 + 39000),
            ("price", 151200 + 43200 + 29400 + 39000 + 58600 + 96000, 417400),
            ("quarters", 4 * 104350, 417400)],
    figures=["417,400", "104,350", "本合同不设预付款", "99.5%", "30分钟内响应", "500元", "千分之一",
             "归甲方所有，乙方仅为履行本合同使用", "不得将本合同项下的服务分包", "适用中华人民共和国法律"],
)


# ================================================================ h275z05 酱油酿造 WMS 许可 + 定制开发, 乙方范本 (md, many problems)
Z05 = """# 仓易通WMS软件许可及实施合同

> 本合同采用仓易通标准合同范本（V5.0），由乙方提供。

合同编号：CYT-HT-2026-0219

甲方（用户）：味源酿造食品股份有限公司
地址：广东省佛山市高明区荷城街道酱园路8号

乙方（供应商）：仓易通软件有限公司
地址：广东省广州市天河区科韵路22号

甲方为酱油及调味品生产企业，拥有原料库、成品库和包材库三个仓库。为提升仓储作业效率，实现批次追溯和效期管理，甲方向乙方采购仓易通WMS仓储管理系统软件许可及相关定制开发、实施服务。双方经协商，订立本合同。

## 第一条 定义

1.1 “标准软件”指乙方拥有著作权的仓易通WMS仓储管理系统标准版及PDA/RF终端程序。
1.2 “定制开发”指乙方根据甲方需求对标准软件进行的功能扩展，包括批次及效期管理、酱油罐区库存管理、灌装线下线自动入库对接以及与甲方ERP系统的接口。
1.3 “上线”指系统在甲方任一仓库投入实际业务操作。

## 第二条 合同价款

2.1 本合同总价为人民币1,310,000元，明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | WMS标准版软件许可 | 永久许可，3个仓库，60个并发用户 | 560,000 |
| 2 | PDA/RF终端许可 | 40个终端 | 72,000 |
| 3 | 定制开发 | 批次效期、罐区管理、灌装线对接、ERP接口 | 486,000 |
| 4 | 实施服务 | 需求调研、系统配置、数据初始化、上线支持 | 168,000 |
| 5 | 培训 | 仓库主管及操作员 | 24,000 |
| | 合计 | | 1,310,000 |

2.2 以上价格含税。甲方需要增加仓库、用户或终端的，按乙方届时的价格另行购买。
2.3 服务器、数据库、操作系统、PDA手持终端及标签打印机等硬件和第三方软件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即720,500元。
3.2 系统上线后10个工作日内，甲方支付合同总价的45%，即589,500元。
3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施和技术支持，直至甲方付清款项。
3.4 乙方在收到每笔款项后开具相应金额的增值税发票。

## 第四条 实施

4.1 乙方在收到首付款后启动实施，计划实施周期约120日。实施计划以乙方项目经理编制的计划为准，乙方可根据项目实际情况调整。
4.2 甲方应按乙方要求提供场地、网络、服务器和基础数据，并指派关键用户全程参与。因甲方原因导致实施延误的，实施周期相应顺延，乙方因此增加的人工费用由甲方按每人日2,200元承担。
4.3 定制开发的范围以双方确认的需求说明书为准。需求说明书确认后甲方提出变更的，乙方有权另行评估工作量并收取费用。
4.4 甲方应在乙方提交需求说明书、配置方案等文件后3个工作日内书面确认，逾期未确认的视为甲方认可。
4.5 乙方指派项目经理一名负责实施，乙方可根据工作需要调整实施人员，调整后通知甲方。

## 第五条 上线与验收

5.1 乙方完成系统部署，并在甲方任一仓库上线后，即视为甲方验收合格。
5.2 甲方在上线后提出的问题，由乙方在免费维护期内处理，不影响验收结论和付款。

## 第六条 免费维护

6.1 乙方自系统上线之日起向甲方提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。
6.2 故障分级及响应：一级故障（系统无法登录或无法进行出入库作业）乙方在8小时内响应；二级故障（部分功能异常）在2个工作日内响应；三级故障（界面、报表格式等问题）在后续版本中统一解决。
6.3 乙方将尽力在合理时间内排除故障，但不因故障或响应延迟承担任何扣款、赔偿或违约责任。
6.4 需要乙方工程师到甲方现场服务的，差旅及食宿费用由甲方承担。
6.5 下列情形不属于免费维护范围：甲方误操作或擅自修改配置；服务器、网络及PDA硬件故障；第三方软件问题；甲方要求的新增功能或报表。

## 第七条 免费维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护服务协议，年度维护费按乙方当年度公布的价格标准执行。
7.2 甲方未签订维护服务协议的，乙方不再提供技术支持和版本升级；甲方日后重新购买维护服务的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 标准软件的著作权及其他一切知识产权归乙方所有。甲方获得的是在本合同约定的仓库和用户数量范围内的永久使用许可。
8.2 乙方为甲方进行定制开发所形成的程序、源代码、设计文档及其知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译，也不得许可第三方使用。
8.3 乙方有权将定制开发成果纳入其产品，提供给其他客户使用。
8.4 甲方超出许可的仓库、用户或终端数量使用软件的，应按乙方当时的价格补缴许可费。

## 第九条 数据

9.1 甲方在系统中录入和产生的库存、批次、客户及订单数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
9.2 乙方实施人员访问甲方系统须使用甲方分配的账号，遵守甲方的信息安全管理制度，不得擅自复制、下载或外传甲方数据。乙方发现数据安全事件的，应在24小时内通知甲方并协助处置；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应责任。

## 第十条 保密

双方对在履行本合同过程中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规要求披露的除外。本条在合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部责任，包括违约责任和赔偿责任，以合同总价的20%为限。
11.2 乙方不对甲方的间接损失、预期利益损失及商誉损失承担责任。
11.3 甲方向乙方提出索赔的，应在损害发生之日起三个月内书面提出，逾期视为放弃。

## 第十二条 分包

乙方有权将部分实施和开发工作交由其合作伙伴完成，无需征得甲方同意，乙方对合作伙伴的工作成果负责。

## 第十三条 合同解除

13.1 一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。
13.2 因甲方原因解除合同的，甲方已支付的款项不予退还，且甲方应支付乙方已完成工作的费用；乙方有权收回软件许可。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 不可抗力

因地震、台风、洪水、火灾、疫情、政府行为、网络运营商故障等不能预见、不能避免且不能克服的情形致使一方不能履行合同的，该方不承担责任，但应及时通知对方并提供证明。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
16.2 双方往来通知以书面形式送达本合同首部所列地址，或发送至双方项目经理的电子邮箱。
16.3 本合同条款为乙方标准条款，甲方确认已仔细阅读并充分理解全部条款的含义。

甲方（盖章）：味源酿造食品股份有限公司　　　　乙方（盖章）：仓易通软件有限公司

授权代表：　　　　　　　　　　　　　　　　　授权代表：

日期：2026年6月　日
"""

CONTRACTS["h275z05"] = dict(
    file="h275z05_soy_sauce_brewer_wms_supplier_template.md", fmt="md", language="zh",
    category="software", src=Z05, forum_outside_mainland=False, fee_base=560000 + 72000,
    terms=dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=20, prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
               contract_value=1310000),
    plan=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    checks=[("price", 560000 + 72000 + 486000 + 168000 + 24000, 1310000),
            ("payments", 720500 + 589500, 1310000), ("55 %", 1310000 * 55 // 100, 720500),
            ("45 %", 1310000 * 45 // 100, 589500)],
    figures=["1,310,000", "55%", "720,500", "即视为甲方验收合格", "六个月", "8小时内响应", "不因故障或响应延迟承担任何扣款",
             "按乙方当年度公布的价格标准执行", "知识产权均归乙方所有", "合同总价的20%为限", "无需征得甲方同意",
             "适用中华人民共和国法律"],
)


# ================================================================ h275e01 Dehua porcelain glaze software perpetual licences (txt)
E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT
GlazeMind Formulator - Perpetual Licences

Agreement No.: SML-CN-2026-044

This Agreement is made between:

(1) Smaltolab S.r.l., a company incorporated in Italy with its registered office at Via del Faro 3, Isola La Scola, 19025 Portovenere (SP), Italy (the "Licensor"); and

(2) Dehua Baiyun Porcelain Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 27 Xunzhong Road, Dehua County, Quanzhou, Fujian Province (the "Customer").

Background

(A) The Licensor develops and licenses GlazeMind Formulator, a software application used by ceramic studios and factories to calculate glaze recipes, convert between unity molecular formula and batch weights, predict thermal expansion and plan kiln firing curves.

(B) The Customer produces high-white Dehua porcelain and wishes to acquire perpetual licences of the software for its glaze laboratory, together with a library of its local raw materials and related installation and training services.

(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).

The parties agree as follows.

1. DEFINITIONS

1.1 "Software" means GlazeMind Formulator version 7, including the Kiln Firing Curve module, in object code form, and its user documentation.

1.2 "Raw Material Library" means the database of the Customer's own raw materials (including Dehua kaolin, local feldspar, quartz and calcined bone ash) with their oxide analyses, which the Licensor will build for the Customer under Clause 3.

1.3 "Delivery" means the day on which the Licensor makes the licence keys and installation files available to the Customer and the Software is installed on the Customer's laboratory server.

1.4 "Final Acceptance" means the Customer's written confirmation under Clause 6 that the acceptance tests have been passed.

1.5 "Business Day" means a day on which banks are open in Quanzhou.

2. LICENCE

2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business purposes at its premises in Dehua County, for up to eight named users and on one laboratory server.

2.2 The Customer may make one backup copy of the Software. It shall not sell, rent or sublicense the Software, and shall not decompile it except to the extent permitted by mandatory law.

3. SCOPE AND PRICE

3.1 The Licensor shall supply the following items at the following fixed prices, inclusive of applicable taxes:

  Item 1  GlazeMind Formulator named-user licence, 8 x CNY 46,500 ......... CNY 372,000
  Item 2  Laboratory server licence .......................................... CNY 88,000
  Item 3  Kiln Firing Curve module licence .................................. CNY 64,000
          Licence Subtotal ................................................... CNY 524,000
  Item 4  Raw Material Library and migration of the Customer's
          existing recipes (about 1,800 recipes) ............................. CNY 96,000
  Item 5  Installation, configuration and training ........................... CNY 38,000
          Contract Price ..................................................... CNY 658,000

4. PAYMENT

4.1 The Customer shall pay the Contract Price in three instalments:
(a) 20% (CNY 131,600) within 15 Business Days after signature of this Agreement and receipt of the Licensor's invoice;
(b) 45% (CNY 296,100) within 15 Business Days after Delivery and the signature of the installation certificate, which records completion of installation only and is not acceptance of the Software;
(c) 35% (CNY 230,300) within 15 Business Days after Final Acceptance.

4.2 Payments shall be made by bank transfer in CNY to the account designated in the invoice. Each party bears its own bank charges.

5. DELIVERY AND INSTALLATION

5.1 The Licensor shall achieve Delivery within 45 days after signature of this Agreement and complete the Raw Material Library within 75 days after signature.

5.2 Installation and training shall be carried out on the Customer's premises by the Licensor's engineer together with its named installation partner (Clause 14). Training comprises three days for the glaze laboratory staff and one day for the Customer's IT administrator.

5.3 If the Licensor fails to achieve Delivery or to complete the Raw Material Library by the dates in Clause 5.1 for reasons not attributable to the Customer, it shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.

6. ACCEPTANCE

6.1 Within 20 days after Delivery and completion of the Raw Material Library, the parties shall jointly perform the acceptance tests described in Annex 2, which include:
(a) reproduction of 36 reference glazes selected by the Customer, with the calculated unity formula matching the Customer's laboratory records within the tolerance stated in Annex 2;
(b) correct import of all migrated recipes, checked in full by record count and by sampling 150 recipes;
(c) generation of firing curves for the Customer's two shuttle kilns and its tunnel kiln; and
(d) operation of all eight named-user seats at the same time without error.

6.2 If the tests are passed, the Customer shall sign the Final Acceptance certificate within five Business Days. If any test fails, the Licensor shall correct the defect and the failed tests shall be repeated.

6.3 Installation, use of the Software by the Customer or payment of any instalment does not constitute Final Acceptance.

7. WARRANTY

7.1 The Licensor warrants that for ninety (90) days from Delivery the Software will perform substantially in accordance with its documentation. During this warranty period the Licensor will correct reported defects free of charge.

8. SUPPORT LEVELS

8.1 During the warranty period and any paid maintenance period, the Licensor shall provide support through its Chinese-speaking help desk by telephone and e-mail from 08:30 to 18:00 China Standard Time on Business Days.

8.2 Severity 1 (the Software cannot be started, or glaze calculations return wrong results): response within two (2) hours, workaround or fix within two Business Days.

8.3 Severity 2 (a function is impaired but a workaround exists): response within one Business Day, fix in the next maintenance release.

8.4 For each hour or part of an hour by which a Severity 1 response is late, the Licensor shall credit the Customer CNY 1,000 against the next amount payable.

9. MAINTENANCE AFTER THE WARRANTY PERIOD

9.1 After the warranty period, the Customer may order annual maintenance, which includes new versions, defect correction and the support in Clause 8.

9.2 The annual maintenance fee is 13% of the Licence Subtotal, that is CNY 68,120 per year, and shall not be increased for the first three maintenance years.

9.3 Maintenance is ordered by the Customer's written purchase order for each maintenance year and does not renew automatically.

10. CUSTOMER DATA AND SECURITY

10.1 All glaze recipes, raw-material analyses, firing records and other data that the Customer enters into or generates with the Software ("Customer Data") belong to the Customer. The Licensor shall use Customer Data only to perform this Agreement.

10.2 The Software runs on the Customer's own server in Dehua. The Licensor may access the server remotely only for support, through a session opened and supervised by the Customer's administrator, and shall not copy Customer Data out of the Customer's systems or transfer it outside the People's Republic of China.

10.3 The Licensor shall keep its remote-support tools patched and protected by multi-factor authentication, and shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data. The Licensor shall be liable for all losses caused to the Customer by a security incident attributable to it.

11. CONFIDENTIALITY

11.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, in particular the Customer's glaze recipes and raw-material sources, which are trade secrets of the Customer.

11.2 Information may be disclosed only to employees and advisers who need to know it and are bound by equivalent duties. This Clause survives termination for three years, and indefinitely for the Customer's recipes.

12. INTELLECTUAL PROPERTY

12.1 The Software and all intellectual property rights in it remain with the Licensor.

12.2 The Raw Material Library, the migrated recipe database and any reports or templates prepared specifically for the Customer belong to the Customer, who may use, modify and disclose them freely, including to another software provider.

13. LIABILITY

13.1 The Licensor's total liability under this Agreement is limited to one and a half times the Contract Price.

13.2 The limitation does not apply to death or personal injury, fraud, wilful misconduct, breach of Clause 10 or Clause 11, or infringement of third-party rights.

14. SUBCONTRACTING

14.1 The Licensor will carry out on-site installation through Xiamen Taoyun Technical Services Co., Ltd., which the Customer approves by signing this Agreement.

14.2 The Licensor shall not subcontract any other part of its obligations without the Customer's prior written consent, and remains responsible for all subcontractors.

15. TERM AND TERMINATION

15.1 This Agreement and the licences granted in it are perpetual.

15.2 The Customer may not terminate this Agreement or rescind the licences, whether for convenience or because of a breach by the Licensor. The Customer's remedies for any breach by the Licensor are limited to the liquidated damages under Clause 5.3, the warranty under Clause 7, the service credits under Clause 8.4 and damages within Clause 13.

15.3 The Licensor may terminate the licences if the Customer fails to pay any undisputed amount within 60 days after a written reminder, or uses the Software in breach of Clause 2.

16. GOVERNING LAW AND JURISDICTION

16.1 This Agreement is governed by the laws of Italy, excluding the United Nations Convention on Contracts for the International Sale of Goods.

16.2 The Court of La Spezia, Italy, has exclusive jurisdiction over all disputes arising out of or in connection with this Agreement.

17. GENERAL

17.1 This Agreement, with Annex 1 (Software specification and hardware requirements) and Annex 2 (Acceptance tests), is the entire agreement between the parties on its subject matter.

17.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or by e-mail to the contacts named in Annex 1.

For Smaltolab S.r.l.                              For Dehua Baiyun Porcelain Studio Co., Ltd.

Name: Lucia Ferrandi                              Name: Zheng Wenhui
Title: Amministratore Delegato                    Title: General Manager
Date: ____________                                Date: ____________
"""

CONTRACTS["h275e01"] = dict(
    file="h275e01_dehua_porcelain_glaze_software_licences_it_vendor.txt", fmt="txt", language="en",
    category="software", src=E01, forum_outside_mainland=True, fee_base=524000,
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=3, post_warranty_fee_pct=13, auto_renewal_price_increase=False,
               termination_for_breach=False, subcontract_without_consent=False, governing_law="Italy",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=658000),
    plan=["CR-GOVERNING-LAW", "CR-TERMINATION", "CR-WARRANTY"],
    checks=[("item 1", 8 * 46500, 372000), ("licence subtotal", 372000 + 88000 + 64000, 524000),
            ("price", 524000 + 96000 + 38000, 658000), ("payments", 131600 + 296100 + 230300, 658000),
            ("20 %", 658000 * 20 // 100, 131600), ("45 %", 658000 * 45 // 100, 296100),
            ("35 %", 658000 * 35 // 100, 230300), ("fee 13 %", 524000 * 13 // 100, 68120)],
    figures=["CNY 658,000", "CNY 524,000", "20% (CNY 131,600)", "ninety (90) days", "within two (2) hours",
             "CNY 1,000", "0.1% of the Contract Price for each day", "13% of the Licence Subtotal", "CNY 68,120",
             "one and a half times the Contract Price", "The Customer may not terminate this Agreement",
             "laws of Italy", "Court of La Spezia", "prior written consent"],
)


# ================================================================ h275e02 Qingdao sailing school booking SaaS, Order Form + General Terms (md)
E02 = """# ORDER FORM - VoileBook Booking Platform

**Order Form No.:** BNR-OF-2026-0317
**Supplier:** Bananec Réservations SAS, Île Bananec, Archipel des Glénan, 29170 Fouesnant, France ("Bananec")
**Customer:** Qingdao Fushan Bay Sailing School Co., Ltd., No. 6 Aoyun Road, Shinan District, Qingdao, Shandong Province, China (the "Customer")

This Order Form is entered into under, and incorporates, the VoileBook General Terms set out in Part B below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A - Order Details

| Term | Detail |
|---|---|
| Service | VoileBook online booking platform for sailing schools, with the WeChat mini-program booking channel |
| Subscription Start Date | The day after Go-Live Acceptance (A4) |
| Initial Term | 36 months from the Subscription Start Date |
| Currency | CNY (stated at the Customer's request; all amounts include VAT) |
| Hosting region | Mainland China (Shanghai region of Bananec's cloud hosting partner) |
| Customer contact | Ms Liu Fang, Operations Manager |
| Bananec contact | M. Yann Le Goff, Account Director Asia |

### A1. Services

A1.1 Bananec shall provide the Customer with access to the VoileBook platform for online booking of courses, boat rentals and coaching sessions, including fleet and instructor calendars, weather-based cancellation rules, member accounts and course-completion certificates.

A1.2 The subscription covers up to 40 boats, 25 instructor accounts and 6 administrator accounts. Additional boats or accounts may be added by a further Order Form at the same unit rates.

A1.3 Online payments by course participants are processed through WeChat Pay and Alipay under the Customer's own merchant accounts. Bananec does not receive or hold participants' payments.

### A2. Fees

| Item | Charge | Quantity | Total (CNY) |
|---|---|---|---|
| Platform subscription (40 boats, 25 instructors) | CNY 9,800 per month | 36 months | 352,800 |
| WeChat mini-program booking channel | CNY 2,600 per month | 36 months | 93,600 |
| Onboarding: fleet set-up, calendars, data import, staff training | one-time | 1 | 42,600 |
| **Total Contract Value** | | | **489,000** |

### A3. Invoicing and Payment

A3.1 Monthly subscription charges (CNY 12,400 in total per month) are invoiced monthly in arrears and are payable within 30 days after the invoice date.

A3.2 The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable in advance of the Subscription Start Date.

A3.3 Invoices are issued in CNY by Bananec's appointed billing agent in Shanghai as official Chinese VAT invoices (fapiao).

### A4. Onboarding and Go-Live Acceptance

A4.1 Bananec shall complete onboarding within 30 Business Days after signature. Onboarding includes configuration of the Customer's fleet (dinghies, keelboats and safety boats), course catalogue, instructor calendars and pricing; import of about 3,200 member records and open course bookings from the Customer's spreadsheets; set-up of the WeChat mini-program; and two training sessions for office staff and instructors.

A4.2 Go-Live Acceptance tests: (a) 20 test bookings of each course type completed from the mini-program through payment and confirmation message; (b) imported member records reconciled by count and by a sample of 100 records; (c) weather-cancellation rule tested on a simulated gale warning; (d) calendar conflicts correctly blocked for boats and instructors. The Customer shall sign the Go-Live Acceptance certificate within five Business Days after the tests pass. Use of the platform before that date is not acceptance.

A4.3 If onboarding is not completed by the date in A4.1 for reasons attributable to Bananec, Bananec shall pay the Customer CNY 400 for each day of delay, deducted from the onboarding fee.

### A5. Renewal

A5.1 After the Initial Term, this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

A5.2 Bananec may increase the monthly charges for any renewal term by up to 9% by giving the Customer written notice at least 45 days before the renewal term begins. The increased charges apply from the start of that renewal term without any further agreement.

## Part B - VoileBook General Terms

### 1. Definitions

1.1 "Customer Data" means all data, including personal information of course participants, members and instructors, that the Customer or its users enter into the Service or that the Service generates for the Customer.

1.2 "Service" means the VoileBook platform and channels described in the Order Form.

1.3 "Business Day" means a working day in the People's Republic of China.

### 2. Provision of the Service

2.1 Bananec shall provide the Service in accordance with the Order Form, these General Terms and the documentation, with reasonable skill and care.

2.2 Bananec may improve the Service from time to time, provided that no change materially reduces its functions during the term.

2.3 The Customer is responsible for its users' activity and for keeping its administrator passwords safe.

### 3. Service Levels

3.1 Availability. Bananec shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 23:00 and 05:00 China Standard Time.

3.2 Support. Priority 1 incidents (the booking engine or the mini-program cannot take bookings or payments) shall be responded to within one (1) hour at any time and restored within six hours. Priority 2 incidents shall be responded to within eight business hours.

3.3 Service credits. If monthly availability falls below the level in 3.1, the Customer shall receive a credit against the next invoice of 5% of that month's subscription charges for each started 0.1 percentage point of shortfall, up to the whole monthly charge. A missed Priority 1 response time gives a credit of CNY 500 per incident.

3.4 Bananec shall provide a monthly service report with availability, incidents and credits.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. Bananec shall process Customer Data only on the Customer's documented instructions and only to provide the Service.

4.2 Bananec shall not sell Customer Data, use it for advertising or use it to develop products for other customers.

4.3 On expiry or termination, Bananec shall, at the Customer's choice, return all Customer Data in CSV format within 15 days and then delete it from its systems and backups within a further 30 days.

### 5. Data Protection and Security

5.1 Customer Data is stored and processed only in mainland China. No Customer Data is transferred to France or to any other country.

5.2 Bananec shall maintain technical and organisational security measures that include encryption of data in transit and at rest, role-based access, multi-factor authentication for administrative access, daily backups kept in a second mainland location, annual penetration testing and logging of all administrative access. Its hosting partner holds an MLPS level 3 record and an ISO/IEC 27001 certificate.

5.3 Bananec shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when processing Customer Data.

5.4 Bananec shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate measures to contain it, assist the Customer with notifications to regulators and individuals, and bear all costs and losses resulting from an incident caused by its breach of this Clause 5.

### 6. Intellectual Property

6.1 Bananec retains all rights in the Service and its software.

6.2 The booking-page designs, course templates and the integration with the Customer's membership spreadsheet prepared specifically for the Customer belong to the Customer, who may use, modify and have them used by any third party.

### 7. Sub-processors and Subcontractors

7.1 Bananec's cloud hosting partner and its Shanghai billing agent, named in the Order Form annex, are approved by the Customer on signature.

7.2 Bananec shall not engage any other sub-processor or subcontractor for the Service without the Customer's prior written consent, and remains responsible for all of them.

### 8. Warranties

8.1 Each party warrants that it has full power to enter into this Agreement.

8.2 Bananec warrants that the Service will perform materially in accordance with the documentation and that it will not introduce viruses or malicious code.

### 9. Liability

9.1 Bananec's total liability arising out of or in connection with this Agreement is limited to one and a half times the Total Contract Value stated in the Order Form.

9.2 The limitation in 9.1 does not apply to liability for death or personal injury, fraud, wilful misconduct or breach of Clause 5.

9.3 Neither party is liable for indirect or consequential loss.

### 10. Term and Termination

10.1 This Agreement starts on signature and continues for the Initial Term and any renewal terms.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice, or becomes insolvent.

10.3 The Customer may also terminate by written notice if availability falls below 99% in two consecutive months.

10.4 On termination Bananec shall refund any charges paid for periods after the termination date.

### 11. Governing Law and Jurisdiction

11.1 This Agreement is governed by French law.

11.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the Commercial Court of Quimper, France.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Notices shall be in writing and sent by e-mail to the contacts in the Order Form, with a copy by courier.

12.3 This Agreement is signed in English. A Chinese translation is provided for reference only.

**Signed for Bananec Réservations SAS:** ____________________ Yann Le Goff, Account Director Asia

**Signed for Qingdao Fushan Bay Sailing School Co., Ltd.:** ____________________ Sun Haitao, Principal

Date: ____________
"""

CONTRACTS["h275e02"] = dict(
    file="h275e02_qingdao_sailing_school_booking_saas_fr_vendor.md", fmt="md", language="en",
    category="cloud", src=E02, forum_outside_mainland=True, fee_base=None,
    terms=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False,
               ld_rate_per_day_pct=400 / 489000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="France", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=489000),
    plan=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-GOVERNING-LAW"],
    checks=[("platform", 9800 * 36, 352800), ("channel", 2600 * 36, 93600),
            ("price", 352800 + 93600 + 42600, 489000), ("monthly", 9800 + 2600, 12400)],
    figures=["489,000", "99.95%", "within one (1) hour", "CNY 400 for each day of delay", "renews automatically",
             "by up to 9%", "belongs to the Customer", "one and a half times the Total Contract Value",
             "prior written consent", "French law", "Commercial Court of Quimper", "No amount is payable in advance"],
)


# ================================================================ h275e03 Ningxia goji farm soil-moisture sensors, buyer's paper (pdf, compliant)
E03 = """T:PURCHASE CONTRACT - SOIL-MOISTURE MONITORING SYSTEM
P:Contract No.: NXHS-CG-2026-009
P:Buyer: Ningxia Hongshan Goji Plantation Co., Ltd., Shiqiao Village, Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Graswerder Agrarsensorik GmbH, Insel Graswerder 2, 23774 Heiligenhafen, Germany (the "Supplier").
P:WHEREAS the Buyer cultivates about 1,150 hectares of goji berry under drip irrigation and wishes to schedule irrigation by measured soil moisture; WHEREAS the Supplier designs and integrates wireless soil-moisture monitoring systems and has submitted its offer of 12 March 2026; the parties, on the Buyer's standard purchase terms, agree as follows. All prices are stated and payable in CNY at the Buyer's request.
H:Article 1 Subject Matter
P:1.1 The Supplier shall supply, install, calibrate and commission a soil-moisture monitoring system for the Buyer's plantation, consisting of multi-depth soil-moisture and temperature probes, solar-powered LoRaWAN gateways, automatic weather stations and the Irrigation Insight platform software, and shall integrate the system with the Buyer's existing drip-irrigation controllers.
P:1.2 The technical specification, the probe layout map for the 14 irrigation blocks and the acceptance test plan are set out in Annexes 1 to 3, which form part of this Contract.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,590,000, fixed, delivered duty paid to the plantation and inclusive of VAT, as follows:
TB:Item|Description|Quantity x unit price|Amount (CNY)
TB:1|Soil-moisture and temperature probes, three depths|180 x 3,860|694,800
TB:2|Solar LoRaWAN gateways|24 x 11,500|276,000
TB:3|Automatic weather stations|6 x 28,400|170,400
TB:4|Irrigation Insight platform licence, perpetual, on-premises|1|186,000
TB:|Hardware and Licence Subtotal||1,327,200
TB:5|Installation and calibration|lump sum|148,600
TB:6|Integration with drip-irrigation controllers|lump sum|92,000
TB:7|Training|lump sum|22,200
TB:|Contract Price||1,590,000
P:2.2 The Contract Price includes transport, import duties and customs clearance, insurance until delivery, tools, travel and accommodation of the Supplier's personnel, and all documentation.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 159,000) within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 874,500) within 20 days after all equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate confirms quantities and installation only and is not acceptance of the system.
P:3.3 35% of the Contract Price (CNY 556,500) within 20 days after Final Acceptance under Article 5.
P:3.4 Each payment is subject to receipt of a valid invoice. The Supplier's Chinese agent may issue invoices in the Supplier's name.
H:Article 4 Delivery, Installation and Delay
P:4.1 The Supplier shall deliver all equipment to the plantation within 60 days after signature and complete installation and calibration within 35 days after delivery, so that the system is in service before the summer irrigation peak.
P:4.2 The Buyer shall provide access to the fields, a secure store for equipment, mains power at the farm office and a staff member to accompany the installation team.
P:4.3 If the Supplier is late in delivery or in completing installation for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from completing the work.
H:Article 5 Acceptance
P:5.1 After installation, the system shall run for 21 consecutive days, during which the parties shall carry out the acceptance tests in Annex 3, including: (a) every probe reporting at each scheduled interval to the platform through at least one gateway; (b) probe readings checked against gravimetric soil samples taken by the Buyer at 18 locations, with deviations within the tolerance in Annex 1; (c) weather-station data compared with the county meteorological station; (d) irrigation recommendations transmitted to and executed by the drip-irrigation controllers in all 14 blocks; and (e) no Severity 1 incident during the final ten days.
P:5.2 When all tests are passed and the Supplier has handed over as-built drawings, the probe register, calibration records and manuals, the Buyer shall issue the Final Acceptance Certificate within seven days.
P:5.3 Delivery, installation, use of the system or any payment shall not be deemed to be acceptance. If any test fails, the Supplier shall remedy the defect at its cost and the test shall be repeated.
H:Article 6 Warranty
P:6.1 The Supplier warrants that all equipment and software are new, free from defects and conform to the specification. The warranty period is 24 months from Final Acceptance.
P:6.2 During the warranty period the Supplier shall repair or replace defective equipment free of charge, including parts, labour, shipping and travel, and shall provide software updates at no cost. Probes replaced under warranty carry a new warranty of 24 months from replacement.
H:Article 7 Service Levels
P:7.1 The Supplier shall operate a support hotline staffed in Chinese by its agent in Yinchuan.
P:7.2 Severity 1 (the platform is unavailable, or more than one gateway or more than ten probes are offline during the irrigation season from April to October): response within one (1) hour, remote diagnosis immediately, and an engineer on site within 48 hours if required. Severity 2 (any other fault): response within one working day, resolution within five working days.
P:7.3 For each hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 800, and for each day by which the on-site attendance is late, CNY 1,500. The Buyer may deduct these amounts from any payment due or from the warranty support fee.
H:Article 8 Support After the Warranty Period
P:8.1 After the warranty period the Supplier shall offer annual support, covering hotline, remote diagnosis, on-site repair labour, platform updates and recalibration of the probes before each irrigation season.
P:8.2 The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 106,176 per year, and is fixed for the first three support years. Support is ordered by the Buyer's written order for each support year and does not renew automatically.
H:Article 9 Buyer Data and Security
P:9.1 All soil-moisture, weather, irrigation and yield data collected or generated by the system, and all farm maps provided by the Buyer, belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The platform runs on the Buyer's server at the farm office. The Supplier may access it remotely only through an account approved by the Buyer for each session, with multi-factor authentication and logging. The Supplier shall not copy the Buyer's data outside the Buyer's systems and shall not transfer any of it outside mainland China.
P:9.3 The Supplier shall notify the Buyer within 24 hours of any suspected security incident affecting the system or the Buyer's data, shall take all necessary remedial measures and shall be liable for all losses caused by an incident attributable to it or its agent.
H:Article 10 Confidentiality
P:Each party shall keep confidential all technical and commercial information of the other party obtained in connection with this Contract and shall not disclose it to any third party without prior written consent, except as required by law. This obligation survives the termination of this Contract for three years.
H:Article 11 Intellectual Property
P:11.1 The irrigation-controller integration scripts, the calibration tables for the Buyer's soils, the dashboards and reports configured for the Buyer and all related documentation belong to the Buyer, which may use, modify and license them without restriction.
P:11.2 The Irrigation Insight platform remains the property of the Supplier and is licensed to the Buyer perpetually. The Supplier warrants that the equipment and software do not infringe any third-party rights.
H:Article 12 Subcontracting
P:The Supplier's agent in Yinchuan, Ningxia Lüyuan Agricultural Technology Co., Ltd., which will perform installation and on-site support, is approved by the Buyer on signature. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent and remains responsible for its agent and any subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if liquidated damages under Article 4.3 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund all amounts received for work not accepted and compensate the Buyer's losses.
H:Article 14 Liability
P:Each party is liable to the other for losses caused by its breach of this Contract in accordance with the law. The Supplier is responsible for personal injury and property damage caused by its personnel or its agent at the plantation.
H:Article 15 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, such as sandstorms, floods or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan in accordance with its rules. The award is final and binding on both parties.
H:Article 17 Miscellaneous
P:17.1 This Contract is made in Chinese and English; both versions have equal effect. Amendments must be in writing and signed by both parties.
P:17.2 This Contract takes effect on signature and sealing by both parties.
P:For the Buyer: Ningxia Hongshan Goji Plantation Co., Ltd. (seal)  Authorised representative: ____________
P:For the Supplier: Graswerder Agrarsensorik GmbH  Authorised representative: ____________  Date: ____________
"""

CONTRACTS["h275e03"] = dict(
    file="h275e03_ningxia_goji_farm_soil_moisture_sensors.pdf", fmt="pdf", language="en",
    category="hardware", src=E03, forum_outside_mainland=False, fee_base=1327200,
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1590000),
    plan=[],
    checks=[("probes", 180 * 3860, 694800), ("gateways", 24 * 11500, 276000), ("stations", 6 * 28400, 170400),
            ("subtotal", 694800 + 276000 + 170400 + 186000, 1327200),
            ("price", 1327200 + 148600 + 92000 + 22200, 1590000),
            ("payments", 159000 + 874500 + 556500, 1590000), ("10 %", 1590000 * 10 // 100, 159000),
            ("55 %", 1590000 * 55 // 100, 874500), ("35 %", 1590000 * 35 // 100, 556500),
            ("fee 8 %", 1327200 * 8 // 100, 106176)],
    figures=["CNY 1,590,000", "1,327,200", "10% of the Contract Price (CNY 159,000)", "24 months from Final Acceptance",
             "8% of the Hardware and Licence Subtotal", "CNY 106,176", "within one (1) hour", "CNY 800",
             "0.08% of the Contract Price for each day", "prior written consent", "Yinchuan Arbitration Commission",
             "laws of the People's Republic of China"],
)


# ================================================================ h275e04 Wenzhou shoe maker managed backup and DR, Scottish provider (docx, one low finding)
E04 = """T:Managed Backup and Disaster Recovery Services Agreement
P:Agreement reference: TCL-MSA-0931
P:This Agreement is dated the date of the last signature below and is made between Tigh Continuity Ltd, a company registered in Scotland under number SC612348, whose registered office is at The Boathouse, Eilean Tigh, Isle of Raasay, Scotland (the "Provider"), and Wenzhou Oufeng Footwear Co., Ltd., a company established in the People's Republic of China, of No. 118 Shuangyu Industrial Park, Lucheng District, Wenzhou, Zhejiang Province (the "Customer").
P:Background: The Customer makes leather and injection-moulded shoes in three plants and runs its ERP, production-planning, design (CAD) and e-commerce order systems on servers at its Wenzhou head office. After a storage failure in its peak season the Customer wishes to obtain managed backup and a recovery site in another city. The Provider delivers these services through its operations team and a data-centre partner in Hangzhou. All charges are stated in CNY at the Customer's request.
H:Section 1 Definitions
P:1.1 "Services" means the managed backup, disaster recovery and service management services described in Section 2 and Schedule 1.
P:1.2 "Protected Systems" means the 22 virtual machines and the 48 TB of file and database storage listed in Schedule 1.
P:1.3 "Recovery Site" means the Provider's dedicated environment in the Hangzhou data centre of Hangzhou Xihu Cloud Data Centre Co., Ltd. (the "Data-Centre Partner").
P:1.4 "Service Commencement Date" means the day after the Customer signs the Service Acceptance Certificate under Section 4.
P:1.5 "Customer Data" means all data of the Customer or its customers that is backed up, replicated or otherwise processed by the Provider.
H:Section 2 Services
P:2.1 The Provider shall back up the Protected Systems according to the agreed policies, replicate the Tier 1 virtual machines continuously to the Recovery Site, monitor every backup job, repair failed jobs, and keep the backup software, the replication software and the Recovery Site infrastructure patched and supported.
P:2.2 On the Customer's invocation of disaster recovery, the Provider shall bring the Protected Systems into service at the Recovery Site in the priority order of the recovery runbook and shall support the Customer until fail-back to Wenzhou.
P:2.3 The Provider shall carry out a disaster-recovery test with the Customer every quarter and deliver a written test report within five working days of each test.
P:2.4 The Customer shall provide network connectivity between its head office and the Recovery Site, rack space and power for the backup proxies, administrator accounts for the Protected Systems, and a named contact who can invoke disaster recovery at any time. The Customer shall tell the Provider in advance of any change to the Protected Systems.
H:Section 3 Term and Charges
P:3.1 This Agreement starts on signature. The initial service period is 36 months from the Service Commencement Date. The Agreement does not renew automatically; any extension must be agreed in writing, at the same Monthly Charge unless the parties agree otherwise.
P:3.2 The charges are:
TB:Service|Unit charge|Quantity|Monthly charge (CNY)
TB:Managed backup of protected capacity|CNY 310 per TB per month|48 TB|14,880
TB:Disaster-recovery replication and recovery|CNY 420 per VM per month|22 VMs|9,240
TB:Service management and quarterly DR test|fixed|1|5,880
TB:Monthly Charge|||30,000
TB:One-time onboarding (seeding, runbooks, first DR test)|||68,000
TB:Total Contract Value (36 x 30,000 + 68,000)|||1,148,000
P:3.3 The onboarding charge is invoiced after Service Acceptance. The Monthly Charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice. The Customer pays nothing in advance.
P:3.4 The unit charges are fixed for the initial service period. Additional capacity is charged at the unit charges above from the month in which it is added.
H:Section 4 Onboarding and Service Acceptance
P:4.1 The Provider shall complete onboarding within 40 working days after signature: installation of backup proxies at the Customer's site, initial seeding of all Protected Systems, set-up of replication, preparation of the recovery runbook with the Customer's IT team, and a first full disaster-recovery test.
P:4.2 Service Acceptance requires that (a) all Protected Systems have completed a full backup and seven days of successful incremental backups; (b) 10 virtual machines chosen by the Customer are restored and verified by their business owners; (c) the first disaster-recovery test brings the ERP and e-commerce order systems into service at the Recovery Site within the recovery time objective in Schedule 2; and (d) the runbook is approved by the Customer. The Customer shall sign the Service Acceptance Certificate within five working days after these criteria are met.
P:4.3 Running backups before Service Acceptance does not amount to acceptance.
P:4.4 If the Provider fails to complete onboarding within the period in Section 4.1 for reasons not attributable to the Customer, it shall pay the Customer CNY 700 for each day of delay.
H:Section 5 Service Levels and Service Credits
P:5.1 The Provider shall meet the service levels in Schedule 2. The Provider shall report performance against them monthly.
P:5.2 Each monthly report shall list backup job success and failures by system, replication lag, incidents with their response and resolution times, capacity used and any service credits due.
P:5.3 If a service level is missed, the Provider shall give the service credits in Schedule 2 against the next invoice. Service credits do not limit the Customer's other rights for persistent failure.
P:Schedule 2 - Service levels
TB:Measure|Commitment|Service credit
TB:Availability of backup portal and Recovery Site platform|99.95% per calendar month|5% of the Monthly Charge for each started 0.1 percentage point below the commitment
TB:Recovery point objective (Tier 1 VMs)|15 minutes|10% of the Monthly Charge per missed test or invocation
TB:Recovery time objective (Tier 1 VMs)|2 hours from invocation|10% of the Monthly Charge per missed test or invocation
TB:Priority 1 incident response (failed recovery, replication stopped, ransomware alert)|15 minutes, 24 x 7|CNY 1,000 per started 15 minutes late
TB:Priority 2 incident response (single job failure)|2 business hours|CNY 300 per incident
H:Section 6 Customer Data and Security
P:6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and only on the Customer's written instructions.
P:6.2 Customer Data shall be stored only at the Customer's site and at the Recovery Site, both in mainland China. The Provider's staff outside China shall have no access to Customer Data; monitoring from Scotland shall use job metadata only.
P:6.3 The Provider shall encrypt all backups and replicas with keys held in the Customer's key vault, enforce multi-factor authentication and immutable backup copies, log all administrative actions, and ensure that the Recovery Site holds an MLPS level 3 record.
P:6.4 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, contain it, support the Customer's notifications under the Personal Information Protection Law and the Data Security Law, and be liable for all losses caused by any incident attributable to the Provider or the Data-Centre Partner.
P:6.5 On expiry or termination the Provider shall return Customer Data as the Customer directs and then securely erase it, with a certificate of erasure.
H:Section 7 Confidentiality
P:Each party shall keep confidential the other party's business and technical information received under this Agreement, including the Customer's shoe designs, customer lists and system configurations, and shall use it only for this Agreement. This Section survives termination for three years.
H:Section 8 Intellectual Property
P:The recovery runbook, backup policies, scripts and reports prepared for the Customer belong to the Customer, which may use and modify them and provide them to any successor provider. The Provider's tools and know-how remain its own.
H:Section 9 Subcontracting
P:The Data-Centre Partner is approved by the Customer on signature. The Provider shall not subcontract any other part of the Services without the Customer's prior written consent and is responsible for the acts of every subcontractor.
H:Section 10 Liability
P:10.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.
P:10.2 The limit does not apply to breach of Section 6 or Section 7, personal injury or wilful misconduct.
H:Section 11 Termination
P:11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after written notice, or if the recovery time objective is missed in two consecutive quarterly tests.
P:11.2 Either party may terminate if the other becomes insolvent.
P:11.3 On any termination the Provider shall provide exit assistance for up to 90 days at the then current Monthly Charge pro rata.
H:Section 12 Governing Law and Jurisdiction
P:This Agreement is governed by the law of Scotland. The courts of Scotland have exclusive jurisdiction to settle any dispute arising out of or in connection with it.
H:Section 13 General
P:13.1 Schedules 1 and 2 form part of this Agreement. Schedule 1 lists the Protected Systems and backup policies.
P:13.2 Notices must be in writing and sent to the addresses above, with a copy by e-mail.
P:13.3 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it gives prompt notice and uses reasonable efforts to resume performance. A failure of the Data-Centre Partner is not such an event.
P:13.4 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.
P:Signed for and on behalf of Tigh Continuity Ltd: ____________ Name: Ewan MacLeod, Director. Date: ____________
P:Signed for and on behalf of Wenzhou Oufeng Footwear Co., Ltd.: ____________ Name: Chen Jianguo, General Manager. Date: ____________
"""

CONTRACTS["h275e04"] = dict(
    file="h275e04_wenzhou_shoemaker_managed_backup_dr_scottish_provider.docx", fmt="docx", language="en",
    category="services", src=E04, forum_outside_mainland=True, fee_base=None,
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=700 / 1148000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="Scotland", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1148000),
    plan=["CR-GOVERNING-LAW"],
    checks=[("backup", 310 * 48, 14880), ("DR", 420 * 22, 9240), ("monthly", 14880 + 9240 + 5880, 30000),
            ("TCV", 36 * 30000 + 68000, 1148000)],
    figures=["1,148,000", "30,000", "99.95%", "15 minutes, 24 x 7", "CNY 700 for each day of delay",
             "150% of the Total Contract Value", "does not renew automatically", "prior written consent",
             "law of Scotland", "courts of Scotland", "The Customer pays nothing in advance"],
)


# ================================================================ h275e05 Shenzhen e-commerce address-validation API, Portuguese vendor (txt)
E05 = """ADDRESS VALIDATION API SUBSCRIPTION AGREEMENT

Reference: MC-CN-2026-0078

BETWEEN

MORADA CERTA, LDA., a private limited company incorporated in Portugal, with its registered office on the Ilhéu Raso, Portugal ("Morada Certa" or the "Vendor"); and

SHENZHEN QIANHAI XUNJIE E-COMMERCE CO., LTD., a company incorporated in the People's Republic of China, with its registered address at Room 1902, Qianhai Financial Centre, Nanshan District, Shenzhen, Guangdong Province (the "Customer").

RECITALS

A. The Customer sells household goods through its own online shop and through third-party marketplaces and ships about 90,000 parcels a day across mainland China. Incomplete and wrong delivery addresses cause returned parcels and repeated deliveries.

B. Morada Certa operates an application programming interface (the "API") that parses, standardises, corrects and geocodes Chinese postal addresses against its reference address database, and returns a confidence score and the matching courier delivery zone.

C. The Customer wishes to subscribe to the API for its order-processing system. At the Customer's request, all amounts in this Agreement are stated and payable in Chinese Renminbi (CNY).

IT IS AGREED as follows.

Clause 1. Definitions

(a) "Customer Data" means all data submitted by the Customer to the API, including recipients' names, telephone numbers and addresses, and all results returned to the Customer.

(b) "Integration Acceptance" means the Customer's written confirmation that the tests in Clause 5 have been passed.

(c) "Subscription Start Date" means the day after Integration Acceptance.

(d) "Term" means 24 months from the Subscription Start Date.

Clause 2. Services

(a) Morada Certa shall provide the Customer with access to the API under the "Commerce 3200" plan, which includes up to 3,200,000 validation calls per calendar month, batch validation of historical addresses, and access to the web console for usage reports.

(b) Morada Certa shall provide integration support: an API design workshop, sandbox access, mapping of the courier zone codes of the Customer's five logistics partners, and on-call engineering support until Integration Acceptance.

(c) Calls above the monthly allowance are charged at CNY 0.006 per call, invoiced monthly in arrears.

(d) Morada Certa shall update the reference address database at least monthly with new residential compounds, road renamings and changes of administrative divisions published by the Chinese authorities.

Clause 3. Fees

(a) The fees are:

    Monthly subscription fee, Commerce 3200 plan .... CNY 23,500 x 24 months = CNY 564,000
    Integration support (one-time) .................. CNY 26,000
    Total Contract Value ............................ CNY 590,000

(b) Overage charges under Clause 2(c) are usage-based and are not part of the Total Contract Value.

Clause 4. Payment

(a) Within 10 days after signature of this Agreement, and before the production API keys are issued, the Customer shall pay a commitment prepayment of 45% of the Total Contract Value, that is CNY 265,500.

(b) The commitment prepayment is credited against the monthly subscription fees from the first month of the Term until it is used up. Thereafter the monthly subscription fee is invoiced monthly in arrears.

(c) The integration support fee is invoiced after Integration Acceptance.

(d) All invoices are payable within 30 days after receipt. The Vendor's billing agent in Shenzhen issues Chinese VAT invoices on its behalf.

Clause 5. Integration and Acceptance

(a) Morada Certa shall provide sandbox access within five working days after signature and complete the courier zone mapping within 30 days after signature.

(b) Integration Acceptance tests: (i) a test file of 5,000 historical addresses selected by the Customer is validated, and at least the match rate agreed in Schedule 1 is achieved, with every result classified correctly against the Customer's delivery records; (ii) median response time measured from the Customer's Shenzhen data centre is below 150 milliseconds at 300 calls per second for one hour; (iii) the courier zone codes returned for a sample of 500 addresses match the logistics partners' zone tables. The Customer shall confirm Integration Acceptance in writing within five working days after all tests pass.

(c) Use of the sandbox or of the production API before Integration Acceptance does not constitute acceptance.

(d) If the courier zone mapping is not completed by the date in Clause 5(a) for reasons attributable to Morada Certa, Morada Certa shall pay the Customer CNY 450 for each day of delay.

Clause 6. Service Levels

(a) Availability. The production API shall be available at least 99.5% of each calendar month, measured by Morada Certa's monitoring from Shenzhen, excluding scheduled maintenance announced three days in advance.

(b) Response. Priority 1 incidents (the API does not respond or returns errors for more than one call in ten) shall be responded to within one (1) hour, 24 hours a day, and restored within three hours. Priority 2 incidents shall be responded to within six business hours.

(c) Service credits. If availability falls below the level in paragraph (a), the Customer shall receive a credit of 10% of that month's subscription fee for each started 0.5 percentage point of shortfall, up to the whole monthly fee. Each late Priority 1 response gives a credit of CNY 1,000.

(d) Reporting. Morada Certa shall send a monthly service report with availability, median and peak response times, call volumes, incidents and any credits due.

(e) Changes. Morada Certa shall give at least 90 days' written notice of any change to the API that is not backward compatible and shall keep the previous version available during that period.

Clause 7. Customer Data

(a) As between the parties, the Customer owns the Customer Data. Morada Certa shall process Customer Data on the Customer's instructions to provide the API.

(b) Morada Certa may retain the address components of validated queries, without recipients' names and telephone numbers and in de-identified form, and use them to correct and enrich its reference address database, which it offers to all its customers. This right continues after the end of the Term.

Clause 8. Data Security

(a) The production API used by the Customer is hosted in a cloud region in Guangzhou. Customer Data is not transferred outside mainland China.

(b) Morada Certa shall encrypt Customer Data in transit and at rest, delete recipients' names and telephone numbers from its systems within 24 hours after each call, restrict access to authorised engineers with multi-factor authentication, keep access logs for 180 days, and comply with the Personal Information Protection Law and the Data Security Law.

(c) Morada Certa shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate measures to contain it, cooperate with the Customer's notifications, and bear the losses, fines and costs caused to the Customer by any incident attributable to it.

Clause 9. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the Customer's order volumes and the Vendor's pricing, and shall not disclose it to third parties without prior written consent. This Clause survives termination for three years.

Clause 10. Intellectual Property

(a) Morada Certa retains all rights in the API, its software and its reference address database.

(b) The courier zone mapping tables and any validation rules prepared specifically for the Customer belong to the Customer, which may use, modify and license them freely, including with another provider.

Clause 11. Subcontracting

Morada Certa shall not subcontract any part of its obligations, including hosting and integration support, other than to the cloud provider and billing agent named in Schedule 2, without the Customer's prior written consent, and remains responsible for any subcontractor.

Clause 12. Liability

(a) Morada Certa's total liability under this Agreement is limited to twice the Total Contract Value.

(b) This limit does not apply to breach of Clause 8 or Clause 9, infringement of third-party rights or wilful misconduct.

Clause 13. Term, Renewal and Termination

(a) This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any further subscription requires a new written agreement.

(b) Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

(c) If the Customer terminates under paragraph (b), Morada Certa shall refund the unused part of the commitment prepayment within 15 days.

(d) On expiry or termination, Morada Certa shall delete all Customer Data other than the de-identified address components retained under Clause 7(b) within 30 days and confirm the deletion in writing.

Clause 14. Governing Law and Dispute Resolution

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final.

Clause 15. General

(a) Schedule 1 (Acceptance criteria and match rates) and Schedule 2 (Approved subcontractors) form part of this Agreement.

(b) This Agreement is made in English and Chinese. In case of conflict, the Chinese version prevails.

(c) Notices shall be in writing and sent by courier or e-mail to the representatives named in Schedule 1.

(d) Neither party may assign this Agreement without the other party's written consent.

(e) Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. A failure of Morada Certa's subcontractors is not such an event.

SIGNED by the parties' authorised representatives:

For MORADA CERTA, LDA.                          For SHENZHEN QIANHAI XUNJIE E-COMMERCE CO., LTD.
Name: Inês Valadares                            Name: Lin Zhiyuan
Title: Managing Partner                         Title: Chief Operating Officer
Date: ____________                              Date: ____________
"""

CONTRACTS["h275e05"] = dict(
    file="h275e05_shenzhen_ecommerce_address_validation_api_pt_vendor.txt", fmt="txt", language="en",
    category="cloud", src=E05, forum_outside_mainland=False, fee_base=None,
    terms=dict(availability_pct=99.5, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True,
               ld_rate_per_day_pct=450 / 590000 * 100, liability_cap_pct=200, prepayment_pct=45,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=590000),
    plan=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
    checks=[("subscription", 23500 * 24, 564000), ("TCV", 564000 + 26000, 590000),
            ("45 %", 590000 * 45 // 100, 265500)],
    figures=["CNY 590,000", "45% of the Total Contract Value, that is CNY 265,500", "99.5%", "within one (1) hour",
             "CNY 450 for each day of delay", "use them to correct and enrich its reference address database",
             "twice the Total Contract Value", "does not renew automatically", "prior written consent",
             "Shenzhen Court of International Arbitration", "laws of the People's Republic of China"],
)


if __name__ == "__main__":
    main()
