"""holdout284: ten blind, ORDINARY draft contracts (five Chinese, five English) with hand labels.

Writes every contract of this folder from the sources kept below (.md / .txt directly; .docx / .pdf through
../word_pdf.py with wrap_words=True), asserts every price and payment sum, re-applies the policy §3/§4 rules to the
hand labels and asserts that the result equals the plan, checks that every labelled figure appears in the read-back
text, scans every read-back file for values that sit on a policy threshold (regexes self-tested first), checks the
text lengths, and writes the .json labels (json.dumps(..., ensure_ascii=False, indent=1), no trailing newline).
Run with /work/main/.venv/bin/python make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# ---------------------------------------------------------------- threshold regexes (policy §3 and §4)
NUM_BEFORE = r"(?<![\d.,])"
CN_BEFORE = r"(?<![〇零一二三四五六七八九十百两])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLDS = {
    "availability 99.9": [NUM_BEFORE + r"99\.90*(?!\d)", r"九十九点九(?![〇零一二三四五六七八九])"],
    "P1 response 4 h": [NUM_BEFORE + r"4\s*[-\s]?\s*(?:hours?|hrs?\b|h\b|小时|个小时|工作小时)",
                        CN_BEFORE + r"四\s*个?\s*(?:工作)?小时", r"\bfour[\s-]*(?:business\s*|working\s*)?hours?",
                        NUM_BEFORE + r"240\s*(?:minutes?|mins?\b|分钟)", r"二百四十\s*分钟"],
    "liability cap 100 %": [NUM_BEFORE + r"100(?:\.0+)?" + PCT, r"百分之一?百(?![〇零一二三四五六七八九十])",
                            r"one\s*hundred\s*(?:per\s*cent|percent)"],
    "LD 0.05 %/day": [NUM_BEFORE + r"0\.050*(?!\d)", r"万分之五(?![十〇零一二三四五六七八九])", r"千分之零点五",
                      NUM_BEFORE + r"0\.5\s*‰", r"five\s*(?:one-)?hundredths"],
    "prepayment 30 %": [NUM_BEFORE + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"thirty\s*(?:per\s*cent|percent)"],
    "post-warranty fee 15 %": [NUM_BEFORE + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])",
                               r"fifteen\s*(?:per\s*cent|percent)"],
    "TCO share 40 %": [NUM_BEFORE + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成",
                       r"forty\s*(?:per\s*cent|percent)"],
    "warranty 12 months": [NUM_BEFORE + r"12\s*[-\s]?\s*(?:calendar\s*)?(?:months?|个月)", r"十二\s*个月",
                           r"twelve[\s-]*(?:calendar\s*)?months?", NUM_BEFORE + r"1\s*[-\s]?\s*years?\b",
                           r"\bone[\s-]*years?\b", r"(?<![\d第每十上下单])一\s*年(?!度)", NUM_BEFORE + r"1\s*年",
                           r"壹年", NUM_BEFORE + r"365\s*(?:days?|日|天)"],
    "TCO horizon 5 years": [NUM_BEFORE + r"5\s*[-\s]?\s*(?:years?\b|年(?!度))", CN_BEFORE + r"五\s*年",
                            r"\bfive[\s-]*years?", NUM_BEFORE + r"60\s*[-\s]?\s*(?:months?|个月)", r"六十\s*个月",
                            r"sixty[\s-]*months?"],
}
THRESHOLD_RES = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLDS.items()}

SELFTEST_HIT = {
    "availability 99.9": ["可用率不低于99.9%", "availability of 99.9 %", "九十九点九"],
    "P1 response 4 h": ["4小时内响应", "四小时", "within 4 hours", "four hours", "a 4-hour response", "240分钟"],
    "liability cap 100 %": ["合同总价的100%", "100 per cent", "百分之百", "one hundred per cent"],
    "LD 0.05 %/day": ["0.05%", "万分之五", "0.05 per cent", "0.050%"],
    "prepayment 30 %": ["预付30%", "30 per cent", "百分之三十", "thirty percent"],
    "post-warranty fee 15 %": ["15%", "百分之十五", "fifteen per cent"],
    "TCO share 40 %": ["40%", "百分之四十", "forty per cent"],
    "warranty 12 months": ["12个月", "十二个月", "12 months", "twelve months", "one year", "1 year", "质保一年",
                           "1年", "a 12-month term"],
    "TCO horizon 5 years": ["5年", "五年", "5 years", "five-year", "60个月", "60 months"],
}
SELFTEST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "14 hours", "24 hours", "1,100%", "万分之五十", "0.055",
                 "130%", "百分之三十五", "115%", "25%", "140%", "2026年12月", "首年", "每年", "第一年", "上一年度",
                 "2025年", "二〇二五年", "Year 1", "150%", "0.5%", "45%", "35%", "万分之六", "Year 5", "6小时",
                 "12日", "5日内", "three years", "36个月", "二十四个月"]


def threshold_hits(text):
    variants = [re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for name, regs in THRESHOLD_RES.items():
        for r in regs:
            for v in variants:
                m = r.search(v)
                if m:
                    hits.append((name, m.group(0), v[max(0, m.start() - 30):m.end() + 30]))
    return hits


def selftest():
    for name, samples in SELFTEST_HIT.items():
        for s in samples:
            assert any(n == name for n, _, _ in threshold_hits(s)), ("regex misses", name, s)
    for s in SELFTEST_MISS:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


# ---------------------------------------------------------------- policy §3 / §4 re-applied to a label
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(value, warranty_months, fee_pct, fee_base, horizon=5):
    """Policy §4: purchase + implementation (= contract value) + post-warranty fees for every year after the
    warranty ends (partial year pro rata); no operating cost stated; undiscounted."""
    post_years = max(0.0, horizon - warranty_months / 12)
    fees = post_years * fee_pct / 100 * fee_base
    return value + fees, fees / (value + fees) * 100


def apply_rules(t, x, forum_mainland, fee_base):
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    share = None
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
            _, share = tco(x["contract_value"], t["warranty_months"], t["post_warranty_fee_pct"], fee_base)
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or not forum_mainland:
        r.add("CR-GOVERNING-LAW")
    risk = "high" if r & HIGH else ("medium" if r - LOW else "low")
    # no computed value may sit on a threshold either
    for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                     ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                     ("post_warranty_fee_pct", 15)):
        assert t[key] is None or abs(t[key] - thr) > 1e-9, (key, t[key])
    assert share is None or abs(share - 40) > 0.5, share
    return sorted(r), risk, share


CONTRACTS = {}


def add(key, **kw):
    assert key not in CONTRACTS
    CONTRACTS[key] = kw


# ================================================================ h284z01 (zh, .docx, compliant)
H284Z01 = """T:省交通运输厅桥梁结构健康监测平台建设项目采购合同
P:合同编号：JTYS-QLJC-2026-017　　采购方式：公开招标　　项目编号：ZFCG-2026-0412
P:甲方（采购人）：省交通运输厅公路事业发展中心
P:乙方（供应商）：衡川智测科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就省内六座特大桥结构健康监测平台的供货、安装、平台定制开发及服务事宜，经平等协商订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方负责为沱江大桥、青龙峡大桥等六座特大桥供应并安装加速度计、应变计、位移计、温湿度计、风速风向仪和北斗/GNSS位移监测站，部署边缘采集站、通信设备、服务器及存储，提供结构健康监测平台软件许可，并完成平台定制开发、传感器标定、系统联调和人员培训。
P:1.2 平台定制开发包括：结构状态评估模型、分级预警规则、与甲方公路养护管理系统和省级路网运行监测平台的数据接口，以及面向养护单位的移动端巡检页面。
P:1.3 交付地点为各桥梁现场及甲方指定机房，全部工作应于合同签订后一百五十日内完成并具备初验条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币3,526,000元（大写：叁佰伍拾贰万陆仟元整），为固定总价，已包含设备、软件、运输、保险、安装、标定、开发、培训、税费及质保期内全部服务费用。分项价格如下表：
TB:序号|项目|金额（元）
TB:1|传感器及采集设备（六座桥梁，共412个测点）|1,486,000
TB:2|边缘采集站及通信设备|362,000
TB:3|监测平台软件许可（永久许可）|618,000
TB:4|服务器及存储设备|284,000
TB:|软硬件小计|2,750,000
TB:5|安装调试及传感器标定|326,000
TB:6|平台定制开发（评估模型、预警规则、数据接口）|412,000
TB:7|培训|38,000
TB:|合同总价|3,526,000
P:2.2 除甲方书面确认的设计变更外，合同总价不因材料价格、汇率或人工成本变化而调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币705,200元。
P:3.2 全部设备安装完毕、平台上线并通过初验后十五个工作日内，甲方支付合同总价的45%，即人民币1,586,700元。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即人民币1,234,100元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政资金支付流程付款，因财政国库集中支付审核造成的合理延迟不视为甲方违约。
P:3.5 乙方已于合同签订前以银行保函形式提交合同总价5%的履约保证金，即人民币176,300元。履约保证金在最终验收合格后转为质量保证金，质保期满且无未决质量问题后十五个工作日内无息退还。
H:第四条 交货、安装与进度
P:4.1 乙方应按经甲方确认的实施方案分桥组织施工，涉桥作业须取得桥梁管养单位同意并落实交通组织和高空作业安全措施。
P:4.2 设备到场时由双方共同开箱清点，核对品牌、型号、数量和出厂合格证明。到货签收仅确认数量与外观，不代表质量验收。
H:第五条 验收
P:5.1 初验标准：全部412个测点在线率不低于98%；数据采集频率、时间同步精度和传感器标定结果符合招标文件技术要求；平台各功能模块与投标文件功能清单逐项一致；数据接口与养护管理系统联调通过。
P:5.2 初验合格后系统进入九十日试运行。试运行期间未发生一级故障、累计故障停机不超过八小时，并经第三方检测机构出具检测报告、完成网络安全等级保护测评整改的，甲方组织最终验收。
P:5.3 验收须由甲方组织专家按上述标准逐项检验并出具书面验收报告。设备安装完成、平台上线、甲方试用或支付部分价款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担重新验收的费用。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修复和版本升级、年度传感器复核标定服务。
P:6.2 服务水平：平台月可用率不低于99.95%（计划内维护不计入，且需提前三日通知甲方）。故障分级处理要求：一级故障（平台整体不可用或任一桥梁监测数据中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。
P:6.3 乙方响应或恢复超时的，每超过一小时向甲方支付人民币1,500元；月可用率每低于承诺值0.01个百分点，扣减人民币2,000元，从应付款或履约保证金中扣除。
P:6.4 质保期满后，如甲方续购运维服务，年度运维服务费不超过软硬件小计的8%，即每年不超过人民币220,000元，并在质保期满后的两个年度内保持不变；续购须另行签订书面合同，不自动续期。
H:第七条 数据安全
P:7.1 本项目采集、传输、存储的全部监测数据、桥梁结构资料、预警记录及系统日志均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:7.2 乙方应按网络安全等级保护第三级要求落实访问控制、传输加密、日志审计和数据备份措施；远程维护须经甲方逐次审批并通过甲方堡垒机进行。
P:7.3 发生数据泄露、篡改或系统被入侵等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施，并对因其原因造成的全部损失承担赔偿责任。
H:第八条 保密
P:乙方对履约中知悉的甲方未公开信息，包括桥梁结构参数、病害资料和网络拓扑，负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后三年内持续有效。
H:第九条 知识产权
P:9.1 平台定制开发形成的评估模型、预警规则、接口程序、移动端页面及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再许可。
P:9.2 监测平台标准软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供软硬件不侵犯第三方权利。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成初验的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:10.2 乙方所供设备或软件不符合合同约定的，应负责更换或整改；经两次整改仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
H:第十一条 分包
P:本项目不得转包。乙方如需将现场高空安装作业分包，须事先取得甲方书面同意，并对分包单位的工作承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方承担违约责任。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应先行协商；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：省交通运输厅公路事业发展中心　　　授权代表：__________　　日期：2026年3月__日
P:乙方（盖章）：衡川智测科技有限公司　　　授权代表：__________　　日期：2026年3月__日
"""
assert 1486000 + 362000 + 618000 + 284000 == 2750000
assert 2750000 + 326000 + 412000 + 38000 == 3526000
assert 705200 + 1586700 + 1234100 == 3526000
assert (705200 * 100 == 20 * 3526000 and 1586700 * 100 == 45 * 3526000 and 1234100 * 100 == 35 * 3526000)
assert 2750000 * 8 // 100 == 220000
assert 3526000 * 5 == 176300 * 100
add("h284z01", name="h284z01_bridge_shm_platform_public_tender.docx", fmt="docx", lang="zh", src=H284Z01,
    category="hardware", fee_base=2750000, forum_mainland=True,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.06,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=3526000),
    rules=[], risk="low",
    figures=["3,526,000", "20%", "705,200", "35%", "99.95%", "30分钟内响应", "1,500元", "三十六个月", "8%",
             "220,000", "万分之六", "属于甲方所有", "保密", "知识产权归甲方所有", "书面同意", "解除合同",
             "适用中华人民共和国法律", "不视为验收合格"])


# ================================================================ h284z02 (zh, .pdf, three risky terms)
H284Z02 = """T:池窑拉丝生产线窑炉控制系统供货及维保合同
P:合同编号：BX-ZD-2026-0309
P:甲方（买方）：桐溪玻璃纤维股份有限公司
P:乙方（卖方）：江岚工业自动化工程有限公司
P:鉴于甲方三号池窑拉丝生产线（年产无碱玻纤纱六万吨）实施窑炉控制系统改造，乙方具备相应的集成能力与业绩，双方经友好协商，就窑炉控制系统的供货、组态、安装投运及质保期满后的维保服务，订立本合同。
H:一、合同标的与范围
P:（一）乙方提供DCS控制站及IO模块、操作员站与工程师站、窑炉燃烧控制柜（含全氧燃烧及电助熔控制回路）、玻璃液面与窑压窑温检测仪表，以及DCS组态软件和APC先进控制软件的永久许可。
P:（二）乙方负责控制策略设计与组态编程、新旧系统切换方案、安装调试、热态投运和操作人员培训。切换须在甲方安排的保温降产窗口内完成，不得导致窑炉停炉。
P:（三）乙方应于合同生效后一百二十日内完成全部设备到货，于到货后七十五日内完成热态投运。
P:（四）甲方负责提供施工用电、用水、临时场地和切换窗口，组织工艺、设备及安全部门配合调试；乙方进厂人员应遵守甲方安全生产、动火作业和高温区域管理制度，因违反制度造成的事故由乙方负责。
P:（五）乙方应为甲方培训窑炉操作员、仪表维护人员和工程师共不少于二十人次，培训内容包括DCS日常操作、报警处理、APC投切、联锁旁路管理和常见故障排查，培训结束后进行考核，考核合格率应达到95%以上。
H:二、合同价格
P:（一）合同总价为人民币3,420,000元，含税、运杂费、安装调试费及质保期内服务费。分项如下：
TB:序号|名称|金额（元）
TB:1|DCS控制站及IO模块|1,168,000
TB:2|操作员站、工程师站|214,000
TB:3|窑炉燃烧控制柜|586,000
TB:4|液面、窑压、窑温检测仪表|392,000
TB:5|DCS组态软件及APC先进控制软件许可|460,000
TB:软硬件小计||2,820,000
TB:6|控制策略设计与组态编程|318,000
TB:7|安装、调试及热态投运|246,000
TB:8|操作培训|36,000
TB:合同总价||3,420,000
P:（二）上述价格为固定价格，合同履行期间不作调整。设备应为原厂全新正品，包装须适应长途运输和防潮、防震要求，乙方承担运抵甲方厂区指定地点前的全部风险。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权，如发生侵权纠纷由乙方负责处理并承担费用。
P:（四）合同履行中如需增减设备或变更控制方案，双方应书面确认变更内容和价格，变更价格参照本合同同类单价确定，无同类单价的由双方协商。
H:三、付款
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款，计人民币342,000元。
P:（二）设备全部到货并经双方签收后，甲方支付合同总价的35%，计人民币1,197,000元。到货签收不代表质量验收。
P:（三）系统通过终验后，甲方支付合同总价的50%，计人民币1,710,000元。
P:（四）其余5%即人民币171,000元作为质量保证金，质保期满且无未决质量问题后无息支付。
H:四、验收
P:（一）终验标准：全部控制回路投入自动运行；窑温控制偏差不超过±3℃，液面波动不超过±0.3毫米；连续七十二小时热态运行无一级故障；APC投用率不低于95%；联锁保护和紧急停炉逻辑经甲方工艺、设备部门联合测试通过。
P:（二）满足上述标准并连续稳定运行三十日后，由甲方组织终验并签署终验证书。系统投运、甲方使用或付款均不视为验收通过。
P:（三）乙方应在终验前向甲方移交竣工资料，包括系统结构图、IO清单、控制逻辑说明、组态备份、仪表校验记录、操作及维护手册，纸质版两套、电子版一套。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备和软件，备品备件由乙方承担。
P:（二）故障响应：一级故障（可能导致停炉、断料或联锁误动作）乙方15分钟内电话响应，2小时内工程师到达现场；二级故障1小时内响应，8小时内到场；三级故障下一个工作日内处理。
P:（三）乙方响应或到场超时的，每超时一小时向甲方支付人民币2,000元，由甲方从质量保证金中扣除。
P:（四）乙方应随货提供两套关键备品备件（清单见附件），质保期内消耗的备件由乙方及时补齐。质保期内同一设备累计故障三次以上的，乙方应免费更换同型号新设备。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年度为甲方提供维保服务，包括季度巡检、7×24小时远程支持、备件更换、软件补丁和控制参数优化。
P:（二）维保费按软硬件小计的26%逐年计取，即每年人民币733,200元，每年年初支付。在三号池窑本次窑龄内，该年费保持不变。
P:（三）维保服务的响应要求同本合同第五条第（二）项，超时扣款同第五条第（三）项，由甲方从当年维保费中扣除。乙方每季度提交巡检报告，列明设备状态、备件消耗、报警统计和优化建议，经甲方设备部签字确认。
H:七、违约责任
P:（一）乙方逾期交货或逾期完成热态投运的，每逾期一日，按合同总价的万分之三支付违约金。
P:（二）因乙方原因导致窑炉非计划停炉的，乙方应赔偿甲方由此产生的直接损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但故意或重大过失造成的损失除外。
P:（四）乙方未按期移交竣工资料的，甲方有权暂缓支付终验款，直至资料移交完毕。
H:八、数据与网络安全
P:（一）工艺参数、配方、生产数据、控制程序备份及系统日志均属于甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方审批，通过工业防火墙和甲方堡垒机接入，全程录像；乙方接入设备须经查毒。
P:（三）发生网络攻击、病毒感染或数据泄露等事件，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:（四）乙方人员离场时应交回全部账号和门禁卡。合同终止后十日内，乙方应删除其持有的甲方全部资料并书面确认。
H:九、保密
P:双方对在合同履行中获知的对方技术秘密和经营信息承担保密义务，保密期限至合同终止后三年。
H:十、知识产权
P:为本项目编制的控制策略、组态工程文件、APC模型参数及技术文档归甲方所有，甲方可自行修改、使用，并可交由第三方维护。DCS与APC标准软件的知识产权归原权利人。
H:十一、分包
P:未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。
H:十二、合同解除
P:乙方严重违约且在甲方书面通知后十日内未改正的，甲方有权解除合同。甲方解除合同的，乙方应退还已收取的相应款项，并赔偿甲方因此遭受的损失。
H:十三、不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响方应在事件发生后三日内通知对方，并在十五日内提供证明，履行期限相应顺延。不可抗力持续超过六十日的，双方协商是否继续履行。
H:十四、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交嘉兴仲裁委员会仲裁。仲裁期间，除争议事项外，双方应继续履行合同其他部分。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术规格书、设备清单、切换方案。
P:甲方：桐溪玻璃纤维股份有限公司（盖章）　代表：________
P:乙方：江岚工业自动化工程有限公司（盖章）　代表：________
P:签订日期：2026年4月____日
"""
assert 1168000 + 214000 + 586000 + 392000 + 460000 == 2820000
assert 2820000 + 318000 + 246000 + 36000 == 3420000
assert 342000 + 1197000 + 1710000 + 171000 == 3420000
assert [342000 * 100 // 3420000, 1197000 * 100 // 3420000, 1710000 * 100 // 3420000, 171000 * 100 // 3420000] == \
    [10, 35, 50, 5]
assert 2820000 * 26 == 733200 * 100
add("h284z02", name="h284z02_glass_fibre_furnace_control_system.pdf", fmt="pdf", lang="zh", src=H284Z02,
    category="hardware", fee_base=2820000, forum_mainland=True,
    terms=dict(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03,
               liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=26, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=3420000),
    rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], risk="high",
    figures=["3,420,000", "10%", "342,000", "50%", "十八个月", "15分钟内电话响应", "2,000元", "26%", "733,200",
             "万分之三", "两倍", "属于甲方所有", "保密", "归甲方所有", "书面同意", "解除合同",
             "适用中华人民共和国法律", "嘉兴仲裁委员会", "不视为验收通过"])


# ================================================================ h284z03 (zh, .md, three risky terms)
H284Z03 = """# 浪花宝贝儿童游泳馆连锁会员与课程管理SaaS服务协议

协议编号：LHBB-SaaS-2026-03

甲方（客户）：深圳浪花宝贝体育发展有限公司
乙方（服务商）：云帆启程信息技术（广州）有限公司

甲方在华南地区经营25家儿童游泳馆，需统一会员、排课、售课、签到和教练课时结算。乙方拥有“泳课通”SaaS平台。双方就平台订阅和实施服务达成如下协议。

## 1. 服务内容

1.1 乙方向甲方25家场馆开通“泳课通”平台订阅，功能包括会员档案与家长账户、课包与储值卡、排课与约课、人脸或手环签到、教练课时与提成结算、经营看板和家长端小程序。

1.2 实施服务：历史会员及课包数据迁移（约3.8万名会员）、25馆逐店上线、甲方品牌小程序页面定制、与场馆人脸闸机对接、店长和前台人员培训。

1.3 订阅期为二十四个月，自全部场馆上线验收通过之日起计算。

1.4 订阅包含：不限数量的前台、教练和店长账号；家长端小程序不限访问量；每馆每月不超过两万条的短信和订阅消息通知；平台新功能的免费升级。超出部分的短信按0.045元/条另行结算，乙方应每月提供用量明细。

1.5 实施期间乙方指派一名项目经理和不少于三名实施顾问，按“先试点两馆、再分三批推广”的节奏推进，每周向甲方运营中心提交进度报告，列明已上线场馆、数据核对差异和待解决问题。

1.6 乙方负责对甲方的店长、前台和教练分批培训，每馆至少一次现场培训，并提供操作视频和常见问题手册；新入职员工可随时使用线上课程。


## 2. 费用

| 项目 | 计价 | 金额（元） |
|---|---|---|
| 平台订阅费 | 25馆 × 11,800元/馆/年 × 2年 | 590,000 |
| 实施服务费（迁移、上线、小程序定制、培训） | 固定价 | 126,000 |
| 人脸闸机对接 | 固定价 | 48,000 |
| 合计 | | 764,000 |

2.1 订阅费按季度结算，每季度末后十五日内支付当季费用73,750元，共八期；甲方无需预付任何费用。

2.2 实施服务费和闸机对接费在全部场馆上线验收通过后一次性支付。

2.3 乙方应在每次收款前开具增值税专用发票。订阅期内甲方新开场馆的，按每馆每年11,800元按月折算增加订阅费；甲方关闭场馆的，自关闭次月起相应减少。

## 3. 上线与验收

3.1 乙方应在协议签订后七十日内完成25馆上线。每家场馆上线前须完成：会员、课包余额、剩余课时逐户核对一致；约课、签到、扣课、退课全流程测试通过；闸机识别通过率不低于98%。

3.2 全部场馆稳定运行十四日、未出现一级故障后，甲方签署上线验收单。系统开通或门店开始使用不视为验收通过。

3.3 上线验收单应列明各馆上线日期、数据核对结果和遗留问题清单；遗留问题由乙方在验收后十日内关闭。

3.4 因乙方原因逾期上线的，每逾期一日乙方向甲方支付违约金600元。

## 4. 服务水平

4.1 平台月可用率不低于99.5%，计划维护须安排在每日22:00至次日6:00并提前两日通知。

4.2 一级故障（多家场馆无法签到、售课或家长无法约课）15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复。

4.3 月可用率低于承诺值的，按当月订阅费的5%给予服务抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障超过恢复时限的，每次另抵扣当月订阅费的3%。

4.4 乙方提供7×24小时热线、工单系统和专属企业微信群三种支持渠道。二级以下问题及功能咨询在工作日9:00至21:00处理，周末及法定节假日由值班工程师处理一级、二级故障。乙方每月5日前提交上月服务报告，列明可用率、故障清单、处理时长和抵扣金额，经甲方确认后在下一季度订阅费中扣减。

## 5. 数据与儿童个人信息

5.1 甲方会员、家长及儿童的个人信息、课程与消费数据归甲方所有。

5.2 乙方可对上述数据进行去标识化处理后，用于平台功能改进、行业经营分析报告及向其他客户提供的对标服务，该权利在本协议终止后继续有效。

5.3 乙方应将数据存储于中国境内，落实网络安全等级保护第三级要求，对儿童个人信息加密存储、最小授权访问并留存访问日志。发生数据泄露时，乙方应在24小时内通知甲方并协助甲方履行报告和告知义务，因乙方原因造成的损失由乙方承担。

5.4 本协议终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。在甲方切换至其他系统期间，乙方应按原价格继续提供不超过九十日的过渡服务，并配合新服务商完成数据核对。

5.5 乙方人员仅可在处理甲方工单所必需的范围内查看甲方数据，批量导出须经甲方运营负责人书面批准。乙方每年应接受一次由甲方或其委托的第三方进行的数据安全检查，并对发现的问题限期整改。

## 6. 保密

双方对履约中获知的对方商业信息、价格、会员规模和经营数据保密，未经对方书面同意不得向第三方披露，保密期至协议终止后三年。

## 7. 甲方义务

甲方应指定各场馆的系统管理员，及时提供迁移所需的原始数据和闸机设备信息，组织门店人员参加培训，并妥善保管账户密码。因甲方提供的原始数据错误导致的核对差异，由甲方负责更正。甲方逾期支付订阅费的，乙方可书面催告；催告后十五日仍未支付的，乙方可暂停开通新增场馆，但不得停止已上线场馆的服务，也不得删除或锁定甲方数据。

## 8. 知识产权

8.1 平台及其升级版本的知识产权归乙方。乙方保证平台不侵犯第三方权利，因此引起的索赔由乙方负责处理并承担费用。

8.2 为甲方定制的小程序页面、品牌素材、闸机对接程序和专属报表归甲方所有，甲方可自由使用、修改或交由其他服务商维护。

## 9. 续期

订阅期满前四十五日任何一方未书面提出不续期的，本协议自动续期，续期期限与原订阅期相同。续期时乙方有权按其届时价目表调整订阅单价，每次涨幅不超过8%。

## 10. 责任限制

乙方在本协议项下的累计赔偿责任以本协议合计金额的150%为限，但数据泄露、侵犯知识产权和故意违约造成的损失不受此限。

## 11. 分包

乙方将实施或运维工作交由第三方的，须事先取得甲方书面同意。

## 12. 解除

一方严重违约，经对方书面通知后二十日内仍未纠正的，守约方有权解除本协议。乙方连续两个月可用率低于99%的，甲方可立即解除本协议。

## 13. 不可抗力与通知

因不可抗力或电信运营商大范围网络中断导致服务中断的，受影响方应及时通知对方，相应期间不计入不可用时间，但乙方应采取合理措施尽快恢复。协议项下的通知以书面或双方确认的电子邮箱发送，发出后次一工作日视为送达。

## 14. 适用法律与争议

本协议适用中华人民共和国法律。争议由甲方住所地有管辖权的人民法院管辖。

## 15. 其他

本协议自双方盖章之日起生效，一式两份。附件一《功能清单》、附件二《实施计划》、附件三《数据迁移核对规则》与本协议具有同等效力。本协议的修改须经双方书面签署，乙方在官网发布的服务条款变更不适用于本协议。

甲方（盖章）：深圳浪花宝贝体育发展有限公司　　日期：2026年3月____日

乙方（盖章）：云帆启程信息技术（广州）有限公司　　日期：2026年3月____日
"""
assert 25 * 11800 * 2 == 590000 and 590000 + 126000 + 48000 == 764000
assert 590000 // 8 * 8 == 590000 and 590000 // 8 == 73750
add("h284z03", name="h284z03_swim_school_chain_membership_saas.md", fmt="md", lang="zh", src=H284Z03,
    category="cloud", fee_base=None, forum_mainland=True,
    terms=dict(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True,
               ld_rate_per_day_pct=600 / 764000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=764000),
    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], risk="medium",
    figures=["764,000", "73,750", "99.5%", "15分钟内响应", "5%", "去标识化", "600元", "150%", "8%", "自动续期",
             "书面同意", "解除本协议", "适用中华人民共和国法律", "不视为验收通过", "归甲方所有"])


# ================================================================ h284z04 (zh, .txt, two risky terms)
H284Z04 = """市档案馆数字档案馆系统年度运维服务合同

采购方式：竞争性磋商
项目编号：SDA-CS-2026-006
合同编号：SDAG-YW-2026-02

采购人（甲方）：临川市档案馆
供应商（乙方）：明档数据服务有限公司

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就甲方数字档案馆系统（含档案管理系统、电子档案长期保存系统、档案利用服务平台及其服务器、存储、备份设备）的年度运维服务订立本合同。

第1条 服务期限
1.1 服务期自2026年3月1日起至2027年2月28日止。
1.2 服务期满本合同即行终止，不自动续期。甲方如需继续采购，按政府采购程序另行组织。

第2条 服务内容
2.1 驻场运维：乙方派驻两名具备系统运维经验的工程师，工作日8:30至17:30在甲方机房及档案利用大厅驻场，负责日常巡检、故障处理、用户账号维护和利用平台的技术支持。
2.2 系统巡检与性能优化：每月一次全面巡检，每季度一次数据库性能分析与优化，出具巡检报告。
2.3 数据备份与容灾：每日增量备份、每周全量备份，每半年在异地备份点组织一次恢复演练，演练结果形成书面记录。
2.4 安全加固：按季度对操作系统、中间件和数据库进行补丁评估和安全加固，配合甲方完成网络安全等级保护测评及整改。
2.5 电子档案长期保存检测：每季度对长期保存系统中的电子档案进行真实性、完整性、可用性和安全性抽检，抽检比例不低于在库档案的千分之三，发现问题及时报告并修复。
2.6 重要时段保障：在国际档案日、档案开放日、年度档案移交进馆高峰期以及甲方书面通知的其他重要时段，乙方应增派一名工程师现场值守，并提前完成系统健康检查和应急预案演练，所需费用已包含在服务费中。
2.7 技术咨询：乙方应就甲方提出的系统扩容、软件升级、新增接口等事项提供书面技术建议，但相关采购和实施不在本合同范围内。
2.8 用户培训：每半年为甲方业务人员和各立档单位档案员举办一次系统操作培训，内容包括电子文件归档、档案著录、利用审批和统计报表，培训课件交甲方留存。

第3条 服务费用
3.1 本合同服务费总额为人民币486,000元，包含人员、交通、工具、备品耗材、税费等全部费用。构成如下：
  驻场运维人员费（两人）：312,000元
  系统巡检与性能优化：68,000元
  数据备份与容灾演练：54,000元
  安全加固与等保测评配合：52,000元
  合计：486,000元
3.2 服务费按季度支付，每季度服务结束并经甲方考核确认后十五个工作日内，甲方支付当季服务费121,500元。本合同不设预付款。
3.3 乙方应在每次付款前提供合法有效的发票。
3.4 服务期内服务费不因人工成本、物价或汇率变化而调整。甲方要求增加服务内容的，双方另行书面确认。

第4条 服务水平
4.1 系统可用性：档案管理系统和档案利用服务平台在工作时间内的月可用率不低于99.95%。
4.2 故障分级与响应：
  一级故障（系统整体不可用、数据无法访问或可能丢失）：30分钟内响应，2小时内恢复；
  二级故障（部分功能不可用或性能明显下降）：1小时内响应，8小时内恢复；
  三级故障（个别用户或非核心功能问题）：当日响应，三个工作日内解决。
4.3 上述服务水平指标作为季度服务评价的依据。指标未达到的，乙方应在五个工作日内提交原因分析和整改说明，并在下一季度改进。

第5条 服务考核与验收
5.1 每季度末乙方提交季度服务报告，内容包括巡检记录、故障清单及处理时长、备份和恢复演练记录、安全加固记录。甲方对照第2条服务内容和第4条服务水平逐项核对，形成季度考核表，由双方签字确认。
5.2 服务期满前二十日内，甲方组织年度服务验收，验收标准为：全部季度考核已确认；服务期内未发生因乙方原因导致的数据丢失；年度恢复演练成功；运维文档、配置清单和账号权限清单已完整移交。验收合格后出具书面验收意见。
5.3 服务期满或合同解除时，乙方应配合甲方或甲方指定的后续服务商进行不少于十个工作日的交接，移交全部账号、密码、脚本和未关闭工单，交接完成前不得撤离驻场人员。

第6条 人员要求与双方配合
6.1 驻场工程师应持有数据库或系统运维相关证书，名单及资质证明作为合同附件。更换驻场人员须提前十日书面告知甲方，并经甲方同意，新人员资质不得低于原人员。驻场人员因病、休假临时离岗的，乙方应安排同等资质人员顶岗。
6.2 乙方人员进入甲方机房和库房，须遵守甲方出入登记、陪同和档案安全管理规定。
6.3 甲方应为驻场人员提供必要的办公场所、网络接入和工作条件，指定一名联系人负责工单派发和季度考核，并及时告知系统使用中发现的问题。甲方自行或委托他人变更系统配置的，应提前告知乙方。

第7条 数据安全
7.1 数字档案馆系统中的全部档案数据、元数据、利用记录及日志均属于甲方所有，乙方仅可为完成本合同运维服务使用，不得复制、下载、留存或向任何第三方提供。
7.2 乙方运维操作须通过甲方堡垒机进行，禁止使用个人移动存储介质，禁止远程直连生产数据库；涉及数据修复的，须事先取得甲方书面批准并留存操作记录。
7.3 乙方应落实网络安全等级保护第三级要求中由运维方承担的安全责任。发生数据泄露、篡改、丢失或系统被入侵等安全事件时，乙方应在1小时内报告甲方，并立即采取处置措施。因乙方原因造成的安全事件，乙方承担全部赔偿责任及由此产生的行政责任。
7.4 服务期满或合同解除后，乙方应在五个工作日内交回全部门禁卡、账号和工作资料，并书面确认其人员和设备中未留存任何甲方数据。

第8条 运维成果
服务期内形成的运维文档、巡检报告、优化脚本、配置清单和应急预案均归甲方所有，甲方可自由使用、修改，并可提供给后续运维服务商。

第9条 违约责任
9.1 乙方未按约定时间派驻人员到岗，或未按期提交季度服务报告、完成恢复演练的，每逾期一日，按本合同服务费总额的千分之一向甲方支付违约金。
9.2 因乙方原因造成档案数据丢失或损毁的，乙方应负责恢复并赔偿甲方全部损失，包括档案抢救、数据恢复和第三方鉴定所发生的费用。

第10条 转包与分包
乙方不得将本合同服务转包，也不得将任何部分分包给第三方。

第11条 合同解除
乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除本合同，并要求乙方赔偿损失。乙方无正当理由撤离驻场人员连续超过三个工作日的，视为严重违约。甲方解除合同的，按乙方实际完成的服务结算费用。

第12条 适用法律与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。

第13条 其他
13.1 磋商文件、响应文件、成交通知书及乙方的服务承诺为本合同的组成部分。
13.2 双方往来通知以书面形式送达合同首页所列地址，或发送至双方确认的电子邮箱。
13.3 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：临川市档案馆          法定代表人或授权代表：
乙方（盖章）：明档数据服务有限公司  法定代表人或授权代表：
签订日期：2026年2月____日
"""
assert 312000 + 68000 + 54000 + 52000 == 486000 and 486000 == 4 * 121500
add("h284z04", name="h284z04_city_archives_digital_archive_annual_om.txt", fmt="txt", lang="zh", src=H284Z04,
    category="services", fee_base=None, forum_mainland=True,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
    rules=["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"], risk="medium",
    figures=["486,000", "121,500", "不设预付款", "99.95%", "30分钟内响应", "整改说明", "千分之一", "属于甲方所有",
             "归甲方所有", "不得将任何部分分包", "解除本合同", "适用中华人民共和国法律", "不自动续期"])


# ================================================================ h284z05 (zh, .md, supplier's template, ten findings)
H284Z05 = """# 蜀川云智ERP软件许可及实施合同

**（蜀川云智标准合同文本 V4.0，适用于食品制造行业客户）**

合同编号：SCYZ-ERP-2026-0117

甲方（用户）：眉山红坛食品有限公司
乙方（许可方）：成都蜀川云智软件有限公司

鉴于甲方主营泡椒、泡菜及调味品的生产和销售，拟上线企业资源计划（ERP）系统；乙方是“云智食品ERP”软件的著作权人。双方依据《中华人民共和国民法典》，经协商一致，签订本合同，共同遵守。

## 第1条 定义

1.1 “许可软件”指乙方“云智食品ERP”标准版的财务、采购、销售、库存、生产和质量追溯模块及其文档。

1.2 “定制开发”指乙方为甲方开发的腌制发酵批次管理、泡菜坛池池位管理、盐水浓度与发酵周期记录、出口食品追溯报表等功能。

1.3 “实施服务”指安装部署、基础数据初始化、业务流程配置和用户培训。

1.4 “上线”指甲方开始在生产环境中使用许可软件录入采购、生产或销售单据。

## 第2条 合同价款

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 许可软件（60个并发用户，永久许可） | 520,000 |
| 2 | 定制开发 | 380,000 |
| 3 | 实施服务 | 160,000 |
| 4 | 基础数据初始化 | 42,000 |
| | 合同总价 | 1,102,000 |

上述价款含增值税。合同总价不含服务器、数据库、操作系统及第三方硬件，由甲方自行采购。乙方可根据甲方需要推荐服务器配置，但推荐不构成乙方对硬件性能的保证。

如甲方在上线后增加用户数，增购价格按乙方届时的报价单执行；增加的用户许可同样适用本合同条款。

## 第3条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的60%，即661,200元。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即385,700元。

3.3 系统上线满三个月后，甲方支付剩余5%，即55,100元。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税专用发票。

3.5 甲方逾期付款的，每逾期一日按应付未付金额的千分之二向乙方支付违约金；逾期超过二十日的，乙方有权暂停实施和支持服务，工期相应顺延。

## 第4条 交付与实施

4.1 乙方在收到第3.1条款项后开始实施，计划在九十个工作日内完成系统上线。实施计划以双方项目启动会确认的版本为准。

4.2 甲方应提供满足乙方要求的服务器和网络环境，按时提供物料、配方、客户、供应商等基础数据，并安排关键用户全程参与。因甲方原因造成的延误，工期顺延，由此增加的实施人天按乙方标准人天单价另行收费。

4.3 因乙方原因延期交付的，乙方应积极调配资源、采取补救措施，尽快完成交付。

4.4 乙方指派一名项目经理负责实施，实施顾问由乙方根据进度安排，乙方有权根据工作需要调整实施人员。实施期间乙方提供不超过一百二十个实施人天，超出部分按每人天2,800元另行计费。

4.5 乙方为甲方的关键用户提供集中培训，为最终用户提供一次上线前操作培训，培训教材以乙方标准教材为准。甲方人员未参加培训的，乙方不再另行安排免费培训。

## 第5条 验收

系统安装部署完成后，即视为甲方验收合格。甲方在上线后发现的问题，按第6条的维护服务处理。

## 第6条 维护服务

6.1 自系统安装部署完成之日起，乙方提供六个月的免费维护，内容包括软件缺陷修复、远程技术支持和操作咨询。

6.2 乙方通过电话、远程桌面和在线工单提供支持，将以商业上合理的努力尽快处理甲方提出的问题。乙方不因支持服务的响应或处理时间承担任何赔偿责任。

6.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护合同，维护费按乙方当年度公布的服务价格标准收取。

6.4 现场服务、新增报表、流程变更及因甲方操作不当产生的服务，按乙方标准人天单价另行计费。

6.5 免费维护期内乙方提供许可软件的补丁和小版本升级。大版本升级、定制开发功能在升级后的适配，以及因甲方更换服务器、数据库或操作系统引起的重新部署，均需另行付费。

## 第7条 知识产权

7.1 许可软件的著作权及其他知识产权归乙方所有。乙方授予甲方在其自有场所内使用许可软件的非独占、不可转让的永久许可。

7.2 定制开发成果（包括源代码、数据库设计、报表模板和技术文档）的知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译或向第三方提供。乙方可将定制开发成果纳入其标准产品并向其他客户提供。

7.3 甲方不得将许可软件提供给其关联公司或加盟工厂使用；如需扩大使用范围，应另行购买许可。

## 第8条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 甲方同意乙方在对上述数据进行脱敏处理后，将其用于产品优化、食品行业分析及算法模型训练。

8.3 乙方远程维护时应采用加密通道和专用账号，按甲方授权的范围操作。因乙方原因导致甲方数据泄露的，乙方应立即通知甲方并采取补救措施，在其过错范围内承担赔偿责任。

8.4 甲方负责服务器的日常运行、数据备份和账号密码管理。因甲方未做备份、账号保管不当或使用非乙方提供的接口造成的数据丢失，乙方不承担责任。

## 第9条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。甲方的泡菜配方、发酵工艺参数和客户名单属于甲方商业秘密。乙方的产品报价、实施方法论和源代码属于乙方商业秘密。本条在合同终止后三年内有效。

## 第10条 责任限制

10.1 任何一方不对对方的间接损失、利润损失或商誉损失承担责任。

10.2 乙方在本合同项下的累计赔偿责任，不超过合同总价的10%。

10.3 因甲方硬件、网络、第三方软件或病毒导致的系统故障和数据错误，乙方不承担责任，但可应甲方要求有偿协助处理。

## 第11条 合同解除

一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。因甲方原因解除合同的，乙方已收取的款项不予退还，已完成但未付款的工作量由甲方按乙方标准人天单价结算。合同解除后，甲方应停止使用定制开发成果。

## 第12条 不可抗力

因地震、洪水、疫情、政府行为或大范围网络故障等不可抗力不能履行合同的，根据不可抗力的影响部分或全部免除责任，但应及时通知对方，并在合理期限内提供证明。不可抗力消除后，双方继续履行合同，实施计划相应调整。

## 第13条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，由乙方所在地人民法院管辖。

## 第14条 其他

14.1 本合同自双方盖章之日起生效。本合同未尽事宜，以乙方官网公布的《云智软件服务条款》为准。

14.2 双方的通知以书面或电子邮件方式发送至本合同首页所列联系人。

14.3 双方承诺在合作过程中不向对方人员提供任何形式的回扣或不正当利益。

14.4 本合同一式两份，双方各执一份。

甲方（盖章）：眉山红坛食品有限公司　　代表签字：________

乙方（盖章）：成都蜀川云智软件有限公司　　代表签字：________

签订日期：2026年____月____日
"""
assert 520000 + 380000 + 160000 + 42000 == 1102000
assert 661200 + 385700 + 55100 == 1102000
assert 661200 * 100 == 60 * 1102000 and 385700 * 100 == 35 * 1102000 and 55100 * 100 == 5 * 1102000
add("h284z05", name="h284z05_pickled_pepper_erp_supplier_template.md", fmt="md", lang="zh", src=H284Z05,
    category="software", fee_base=520000, forum_mainland=True,
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=10, prepayment_pct=60, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=None, governing_law=None,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
               contract_value=1102000),
    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    risk="high",
    figures=["1,102,000", "60%", "661,200", "即视为甲方验收合格", "六个月", "当年度公布的服务价格标准",
             "商业上合理的努力", "知识产权归乙方所有", "脱敏", "10%", "保密", "解除本合同", "乙方所在地人民法院"])


# ================================================================ h284e01 (en, .pdf, one low finding)
H284E01 = """T:Software Licence and Implementation Agreement - GlazeLab Formulation Suite
P:Agreement No. SF-JDZ-2026-004
P:This Agreement is made on the date of the last signature below between:
P:(1) Jingdezhen Qingyao Porcelain Studio Co., Ltd., a company established in the People's Republic of China with its registered office in Zhushan District, Jingdezhen, Jiangxi Province (the "Customer"); and
P:(2) Smalto Formule S.r.l., a company incorporated in Italy with its registered seat on the Isola Barbana, Grado, Italy, acting in China through its appointed service partner named in Annex 3 (the "Vendor").
P:Recitals
P:A. The Customer designs and fires celadon, blue-and-white and reactive-glaze porcelain, and wishes to move its glaze recipes, firing curves and test-tile records from spreadsheets into a single formulation system.
P:B. The Vendor develops and licenses the GlazeLab Formulation Suite, which calculates unity molecular formulae, predicts thermal expansion and matches glaze recipes to firing schedules.
P:C. At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the GlazeLab Formulation Suite in the version current at delivery, the Kiln Curve module and the Oxide Chemistry Database, together with their user documentation.
P:1.2 "Custom Deliverables" means the converted recipe library, the oxide report template and any scripts, mappings or documents prepared by the Vendor specifically for the Customer.
P:1.3 "Final Acceptance" means the Customer's written confirmation that the tests in Article 5 have been passed.
P:1.4 "Severity 1 Fault" means a fault that prevents all users from calculating or saving recipes, or corrupts recipe data.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the Customer's own business at its studios and kiln site in Jingdezhen, for the number of named users and modules listed in Article 3.
P:2.2 The Vendor shall install the Software on the Customer's server, import and convert the Customer's 3,200 historic glaze recipes and their test-tile photographs, build the oxide report template, and train the Customer's glaze technicians.
P:2.3 The Vendor shall complete installation and data conversion within seventy days after the Effective Date, according to the project plan in Annex 1.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 630,000, inclusive of value-added tax, travel and all expenses, itemised as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:GlazeLab named-user licence, perpetual|8|46,500|372,000
TB:Kiln Curve module licence, perpetual|2|38,000|76,000
TB:Oxide Chemistry Database licence, perpetual|1|54,000|54,000
TB:Licence subtotal|||502,000
TB:Installation and conversion of 3,200 recipes|1|68,000|68,000
TB:Oxide report template (custom)|1|34,000|34,000
TB:Training of glaze technicians|1|26,000|26,000
TB:Contract Price|||630,000
P:3.2 The Contract Price is fixed and is not subject to any adjustment for exchange-rate movements between the euro and the Chinese Yuan.
H:Article 4 Payment
P:4.1 The Customer shall pay twenty per cent (20%) of the Contract Price, being CNY 126,000, within fifteen days after the Effective Date against the Vendor's invoice.
P:4.2 The Customer shall pay forty-five per cent (45%), being CNY 283,500, within fifteen days after the Vendor delivers an installation certificate signed by both parties. The installation certificate records that the Software has been installed and does not constitute acceptance.
P:4.3 The Customer shall pay the remaining thirty-five per cent (35%), being CNY 220,500, within fifteen days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's service partner stated in Annex 3. The Vendor shall issue a valid Chinese VAT invoice, through its service partner, before each payment.
H:Article 5 Acceptance
P:5.1 After installation and conversion, the parties shall jointly run the acceptance tests in Annex 2, which shall show at least the following: every one of the 3,200 converted recipes reproduces the oxide analysis of the source spreadsheet within a tolerance of 0.2 per cent by weight; the calculated thermal expansion of twenty reference glazes agrees with the Customer's laboratory measurements within the tolerance set in Annex 2; the Kiln Curve module stores and retrieves all firing schedules of the Customer's three kilns; and the oxide report template prints correctly in Chinese and English.
P:5.2 If the tests are passed and the Software has then run for thirty consecutive days without a Severity 1 Fault, the Customer shall sign a Final Acceptance certificate within seven days.
P:5.3 Installation, use of the Software by the Customer or any payment shall not be deemed acceptance. If a test fails, the Vendor shall correct the fault and the test shall be repeated at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software will perform materially in accordance with its documentation for eighteen (18) months after Final Acceptance (the "Warranty Period") and shall correct any defect reported during that period free of charge.
P:6.2 During the Warranty Period the Vendor, through its service partner, shall acknowledge a Severity 1 Fault within 2 hours after notification, at any time, and shall provide a workaround or fix within one business day. Other faults shall be acknowledged within one business day.
P:6.3 For each full hour by which the acknowledgement of a Severity 1 Fault is late, the Vendor shall credit the Customer CNY 500 against the next invoice or pay that amount on request.
P:6.4 After the Warranty Period the Customer may buy annual support, including updates, new versions and the service levels in Article 6.2, for an Annual Support Fee of eleven per cent (11%) of the Licence subtotal, being CNY 55,220 per year. The Annual Support Fee is fixed for the first three support years; any later change requires the written agreement of both parties and shall not exceed three per cent (3%) per year. Support is bought year by year by purchase order and does not renew automatically.
H:Article 7 Customer Data and Security
P:7.1 All glaze recipes, oxide analyses, firing schedules, test-tile photographs and other data entered into or produced by the Software ("Customer Data") belong to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose, including the improvement of its products.
P:7.2 The Software is installed on the Customer's own server in Jingdezhen. The Vendor may access it remotely only with the Customer's approval for each session, through the Customer's VPN, and shall keep a log of each session. The Vendor shall not take copies of Customer Data out of the Customer's systems.
P:7.3 The Vendor shall notify the Customer of any actual or suspected unauthorised access to Customer Data within 24 hours after becoming aware of it, shall cooperate in containing it, and shall be liable for all losses caused by its breach of this Article 7.
H:Article 8 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's glaze recipes, which are trade secrets, and the Vendor's pricing. This obligation continues for three years after the end of this Agreement, and for the Customer's recipes without limit of time.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 The Custom Deliverables belong to the Customer upon payment. The Customer may use, modify and license them freely, including to a successor service provider, and the Vendor shall deliver them in editable form.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation and conversion within the period in Article 2.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of eight per cent (8%) of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to breach of Articles 7 or 8, infringement of third-party rights, or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent, except to the service partner named in Annex 3, which the Customer approves by signing this Agreement. The Vendor remains responsible for its service partner.
H:Article 12 Termination
P:Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within twenty days after written notice. If the Customer terminates before Final Acceptance, the Vendor shall refund all amounts paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising from this Agreement shall be finally settled by arbitration administered by the Milan Chamber of Arbitration under its rules. The seat of arbitration is Milan, Italy, and the language is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Project Plan), Annex 2 (Acceptance Tests) and Annex 3 (Service Partner), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for a delay caused by force majeure, such as earthquake, flood, epidemic or government action, provided that it notifies the other party promptly and resumes performance as soon as possible. Time limits are extended by the period of the force majeure event.
P:14.3 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses in Annex 3. A notice sent by e-mail is received on the next business day in Jingdezhen.
P:14.4 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: ____________________ Name and title: ____________ Date: ____________
P:For the Vendor: ____________________ Name and title: ____________ Date: ____________
"""
assert 8 * 46500 == 372000 and 2 * 38000 == 76000 and 372000 + 76000 + 54000 == 502000
assert 502000 + 68000 + 34000 + 26000 == 630000
assert 126000 + 283500 + 220500 == 630000
assert 126000 * 100 == 20 * 630000 and 283500 * 100 == 45 * 630000 and 220500 * 100 == 35 * 630000
assert 502000 * 11 == 55220 * 100
add("h284e01", name="h284e01_porcelain_glaze_software_perpetual_licences.pdf", fmt="pdf", lang="en", src=H284E01,
    category="software", fee_base=502000, forum_mainland=False,
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=630000),
    rules=["CR-GOVERNING-LAW"], risk="low",
    figures=["CNY 630,000", "(20%)", "CNY 126,000", "CNY 220,500", "eighteen (18) months", "within 2 hours",
             "CNY 500", "(11%)", "CNY 55,220", "0.1% of the Contract Price for each day", "(150%)", "belong to the Customer",
             "keep confidential", "prior written consent", "material breach", "laws of the People's Republic of China",
             "Milan Chamber of Arbitration", "shall not be deemed acceptance"])


# ================================================================ h284e02 (en, .txt, three risky terms)
H284E02 = """ORDER FORM No. BF-CN-0261
RiverPass Ticketing Cloud

Supplier: Billetterie Fluviale SAS, a French simplified joint-stock company with its registered seat on the Île de Hur, Morbihan, France ("Supplier")
Customer: Guilin Jade Lijiang Cruise Co., Ltd., Qixing District, Guilin, Guangxi, People's Republic of China ("Customer")

This Order Form is governed by the RiverPass General Terms set out below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails. At the Customer's request every amount in this Order Form is stated and payable in Chinese Yuan (CNY).

PART 1 - ORDER DETAILS

1. Services ordered
(a) RiverPass Ticketing Cloud, Fleet Edition, for 14 vessels and 3 piers (Zhujiang, Mopanshan and Yangshuo), including online booking, seat maps, pier check-in with QR codes, group and travel-agency allotments, channel connectors for two online travel agencies, refunds, and daily revenue reports.
(b) Onboarding Services: configuration of vessels, seat maps, fare tables and sailing schedules; integration with the Customer's payment gateway and its finance system; migration of open bookings; training for pier staff and the sales office.

2. Subscription Term
The Subscription Term is twenty-four (24) months from the Go-Live Acceptance Date. The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

3. Fees
  Subscription Fee: CNY 23,500 per month x 24 months = CNY 564,000
  Onboarding Services (fixed price): CNY 72,000
  Total Contract Value: CNY 636,000
The fees include all SMS notices up to 40,000 messages per month and all ticket transactions. The fees are fixed for the Subscription Term.

4. Invoicing and payment
(a) The Subscription Fee is invoiced monthly in arrears and is payable within thirty days after receipt of a valid Chinese VAT invoice issued by Supplier's local billing entity.
(b) The Onboarding fee is invoiced after the Go-Live Acceptance Date and is payable within thirty days.
(c) No amount is payable in advance.

5. Go-Live
(a) Supplier shall reach the Go-Live Acceptance Date within sixty days after signature of this Order Form.
(b) If Go-Live Acceptance is delayed for reasons attributable to Supplier, Supplier shall pay CNY 500 for each day of delay, up to a total of CNY 36,000.

6. Go-Live Acceptance
Go-Live Acceptance takes place when all of the following have been demonstrated in the production environment and confirmed by Customer in writing: (i) test sales through the website, the mini-programme and both travel-agency channels for each of the 14 vessels; (ii) check-in of 300 test tickets at each pier with the handheld scanners; (iii) three consecutive days of reconciliation between RiverPass, the payment gateway and the finance system without unexplained differences; and (iv) migration of all open bookings with no missing passenger. Switching the system on, or Customer's use of it for live sales, is not Go-Live Acceptance.

7. Contacts and support channels
Supplier's account manager and the onboarding lead are named in the project kick-off record. Support is provided in Chinese and English through a 24x7 hotline, a ticket portal and a shared messaging group. During the peak seasons (the Spring Festival, the May Day and National Day holidays and the summer vacation) Supplier shall keep one engineer on standby in Guilin at its own cost.

Signed for Supplier: ______________________  Name / Title: ______________  Date: ________
Signed for Customer: ______________________  Name / Title: ______________  Date: ________

PART 2 - RIVERPASS GENERAL TERMS (version 2026.1)

1. Definitions
"Customer Data" means all data entered into the Services by or for Customer, including bookings, passenger names, identity-document numbers, telephone numbers and payment records. "Customer Configurations" means the seat maps, fare tables, schedules, report layouts and other settings prepared for Customer. "Incident" means an event that degrades or interrupts the Services.

2. Provision of the Services
2.1 Supplier shall provide the Services in accordance with the Order Form, these General Terms and the documentation.
2.2 Supplier may update the Services from time to time, provided that no update materially reduces their functionality or security. Supplier shall announce any change to the user interface of the pier check-in screens at least ten days before release, so that pier staff can be briefed.
2.3 Supplier shall provide training for up to forty pier and office staff during onboarding and refresher sessions before each peak season, in Chinese.

3. Service levels
3.1 Supplier shall make the Services available at least 99.95% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 00:30 and 05:30 China Standard Time.
3.2 Incident priorities and response times: Priority 1 (ticket sales or pier check-in impossible at any pier) - response within 30 minutes, 24 hours a day, and restoration or workaround within 3 hours; Priority 2 (a channel, report or function unavailable) - response within 2 hours and restoration within one business day; Priority 3 - response within one business day.
3.3 If monthly availability falls below 99.95%, Customer receives a service credit of 5% of that month's Subscription Fee; below 99.5%, 10%; below 99.0%, 20%. If a Priority 1 response is late, Customer receives a further credit of CNY 800 for each started hour of delay. Credits are deducted from the next invoice or, at the end of the term, paid to Customer.
3.4 Supplier shall send Customer a monthly service report showing availability, Incidents and credits.

4. Customer Data
4.1 Customer Data belongs to Customer. Supplier shall process Customer Data only to provide the Services and on Customer's documented instructions, and shall not use it for any other purpose.
4.2 Customer Data is hosted in data centres in mainland China operated by a cloud provider holding a level-3 MLPS record. Supplier shall encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least six months and comply with the Personal Information Protection Law and the Data Security Law.
4.3 Supplier shall notify Customer of any security breach affecting Customer Data within 24 hours after becoming aware of it, shall take all steps needed to contain it and support Customer's notifications to authorities and passengers, and shall be liable for the losses caused by a breach for which it is responsible.
4.4 Within thirty days after the end of the Subscription Term, Supplier shall return Customer Data in CSV format and then delete it, and shall confirm the deletion in writing.

5. Confidentiality
Each party shall keep confidential all non-public information of the other party obtained in connection with the Agreement, use it only for the Agreement and disclose it only to staff and advisers who need to know it. This obligation survives for three years after the end of the Agreement.

6. Intellectual property
6.1 Supplier owns the RiverPass platform and all its improvements.
6.2 Customer Configurations belong to Customer. Customer may use, copy, modify and license them freely, including to another ticketing provider, and Supplier shall export them on request in a documented format.

7. Subcontractors
Supplier may engage subcontractors and sub-processors, including hosting, SMS and customer-support providers, to perform any part of the Services. Supplier shall inform Customer of any new subcontractor by e-mail at least thirty days before it begins work. Supplier remains responsible for the acts and omissions of its subcontractors.

8. Limitation of liability
8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.
8.2 Supplier's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.
8.3 The limits in this Clause 8 do not apply to death or personal injury caused by negligence, fraud, or Supplier's breach of Clause 4.

9. Term and termination
9.1 The Agreement continues until the end of the Subscription Term.
9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after receiving written notice of the breach.
9.3 Customer may also terminate the Agreement by written notice if monthly availability falls below 99.0% in two consecutive months.
9.4 On termination Supplier shall refund any fees paid for the period after termination and provide reasonable assistance with the transfer of Customer Data and Customer Configurations to a new provider for up to sixty days.

10. Customer obligations
Customer shall provide the information, pier network connections and staff reasonably required for onboarding, keep its user credentials secure, and use the Services in accordance with the documentation and applicable law.

11. Force majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, including floods on the Li River that close the piers, provided that it informs the other party without delay. Service credits are not due for unavailability caused by such events.

12. Governing law and jurisdiction
12.1 The Agreement is governed by French law.
12.2 The courts of Paris, France, have exclusive jurisdiction over any dispute arising out of or in connection with the Agreement.

13. General
13.1 The Agreement consists of the Order Form and these General Terms, and supersedes all prior proposals.
13.2 Amendments are valid only if in writing and signed by both parties. Supplier may not amend these General Terms by posting a new version.
13.3 Neither party may assign the Agreement without the other party's prior written consent, except to a successor of its whole business.
13.4 Notices shall be sent to the addresses in the Order Form. The English text of the Agreement prevails over any translation.
"""
assert 23500 * 24 == 564000 and 564000 + 72000 == 636000
add("h284e02", name="h284e02_river_cruise_ticketing_saas_order_form.txt", fmt="txt", lang="en", src=H284E02,
    category="cloud", fee_base=None, forum_mainland=False,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=500 / 636000 * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=True, governing_law="France", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=636000),
    rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], risk="medium",
    figures=["CNY 636,000", "CNY 23,500 per month", "No amount is payable in advance", "99.95%", "within 30 minutes",
             "5% of that month's Subscription Fee", "CNY 500 for each day of delay", "six (6) months",
             "inform Customer of any new subcontractor", "governed by French law", "courts of Paris",
             "Customer Data belongs to Customer", "does not renew automatically", "is not Go-Live Acceptance"])


# ================================================================ h284e03 (en, .docx, compliant, buyer's paper)
H284E03 = """T:Purchase Contract for Grain-Silo Monitoring Sensors and Software
P:Contract No. NJHT-GS-2026-11
P:Buyer: Nenjiang Black Soil Soybean Farm Co., Ltd., Nenjiang, Heihe, Heilongjiang Province, People's Republic of China (the "Buyer")
P:Supplier: Buchwerder Agrarsensorik GmbH, with its registered seat on the Insel Buchwerder, Germany, represented in China by its branch office in Harbin (the "Supplier")
P:Whereas the Buyer stores soybeans in 24 steel silos at its Nenjiang drying and storage centre and wishes to monitor grain temperature, moisture, gas concentration and fill level in each silo; and whereas the Supplier has offered the equipment, software and services described below in its tender of 9 February 2026; the parties agree as follows. This Contract is the Buyer's standard form. At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Clause 1 Definitions and Documents
P:1.1 "Equipment" means the sensors, cables, gateways and accessories listed in Schedule 1. "Software" means the SiloView monitoring software licensed under Clause 2.3. "System" means the Equipment and Software installed and integrated with the Buyer's aeration controls.
P:1.2 The Contract consists of these clauses, Schedule 1 (Price Schedule), Schedule 2 (Technical Specification), Schedule 3 (Acceptance Test Procedure) and Schedule 4 (Fault Classes). In case of conflict, these clauses prevail.
H:Clause 2 Scope of Supply
P:2.1 The Supplier shall supply, install and commission temperature cables, moisture sensors, carbon-dioxide and phosphine gas sensors and radar level sensors for all 24 silos, together with solar-backed wireless gateways and the SiloView server installation at the Buyer's control room.
P:2.2 The Supplier shall integrate the System with the Buyer's existing aeration-fan controllers so that fans can be switched automatically on temperature and humidity rules agreed with the Buyer's storage manager.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the SiloView software for the Buyer's storage operations at the Nenjiang site.
P:2.4 The Equipment shall be rated for operation down to minus forty degrees Celsius, as set out in Schedule 2.
P:2.5 The Supplier shall train up to ten of the Buyer's storage and maintenance staff on site, in Chinese, covering daily monitoring, alarm handling, sensor cleaning and replacement, and the aeration rules, and shall hand over operating and maintenance manuals in Chinese in two printed copies and electronic form.
H:Clause 3 Price
P:3.1 The Contract Price is CNY 1,546,000, including VAT, customs duties, packing, transport to site, insurance, installation, commissioning, training and all services during the warranty period. The price breakdown is as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point temperature cables|24|18,600|446,400
TB:2|Grain moisture sensors|48|4,350|208,800
TB:3|CO2 and phosphine gas sensors|24|6,900|165,600
TB:4|Radar level sensors|24|7,800|187,200
TB:5|Wireless gateways with solar backup|12|9,500|114,000
TB:6|SiloView software licence, perpetual|1|168,000|168,000
TB:|Equipment and Software Subtotal|||1,290,000
TB:7|Installation and commissioning|1|142,000|142,000
TB:8|Aeration-control integration|1|96,000|96,000
TB:9|Training|1|18,000|18,000
TB:|Contract Price|||1,546,000
P:3.2 The Contract Price is fixed for the duration of the Contract.
H:Clause 4 Payment
P:4.1 Advance payment: ten per cent (10%) of the Contract Price, CNY 154,600, within twenty days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 Delivery and installation payment: fifty-five per cent (55%), CNY 850,300, within twenty days after all Equipment has been installed and the installation record has been signed. The installation record confirms quantities and installation only and is not an acceptance of the System.
P:4.3 Final payment: thirty-five per cent (35%), CNY 541,100, within twenty days after the Final Acceptance Certificate is signed.
P:4.4 Each payment requires a valid VAT invoice issued by the Supplier's Harbin branch.
H:Clause 5 Delivery and Delay
P:5.1 The Supplier shall complete installation of all Equipment by 30 June 2026, so that the System can be tested before the autumn harvest intake.
P:5.2 The Equipment shall be new, of current manufacture and packed for rail and road transport in cold weather. Risk in the Equipment passes to the Buyer when the installation record is signed. The Buyer shall provide access to the silos, power at each gateway position and a safe working platform, and the Supplier's staff shall follow the Buyer's rules for work at height and in confined spaces.
P:5.3 If the Supplier fails to meet the date in Clause 5.1 or the date for Final Acceptance in Clause 6.3, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay. Total liquidated damages for delay shall not exceed ten per cent (10%) of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:Clause 6 Acceptance
P:6.1 Acceptance tests shall be carried out according to Schedule 3 and shall demonstrate at least: temperature readings within plus or minus 0.5 degrees Celsius of a calibrated reference at three depths in six sample silos; moisture readings within the tolerance stated in Schedule 2 compared with oven-dried laboratory samples; gas alarms triggered by test gas at each silo; level readings within 5 cm of manual measurement; and correct automatic switching of aeration fans under the agreed rules.
P:6.2 After the tests are passed, the System shall run for forty-five consecutive days during grain intake without a Class A fault. The parties shall then sign the Final Acceptance Certificate.
P:6.3 Final Acceptance shall be reached by 30 November 2026. Delivery, installation, use of the System or any payment does not constitute acceptance.
H:Clause 7 Warranty and After-Sales Service
P:7.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective Equipment and correct any Software defect free of charge, including parts, labour and travel.
P:7.2 Fault classes are defined in Schedule 4. For a Class A fault (loss of monitoring for a group of silos, or failure of a temperature or gas alarm) the Supplier shall respond within 1 hour by telephone or remote connection and shall have an engineer on site within 24 hours. For a Class B fault the Supplier shall respond within one business day.
P:7.3 For each hour by which a Class A response or on-site arrival is late, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Buyer may order annual maintenance services. The annual maintenance fee shall not exceed nine per cent (9%) of the Equipment and Software Subtotal, that is CNY 116,100 per year, and shall remain fixed for the first three maintenance years. Each maintenance year is ordered separately by the Buyer; there is no automatic renewal.
H:Clause 8 Buyer Data and Security
P:8.1 All grain data, sensor readings, alarm records and system logs generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, transfer abroad or disclose them.
P:8.2 The SiloView server is installed at the Buyer's site. Remote maintenance is permitted only after the Buyer's approval for each session, through the Buyer's VPN with two-factor authentication, and each session shall be logged.
P:8.3 The Supplier shall report any security incident affecting the System or Buyer data within 12 hours, take remedial measures immediately and compensate the Buyer for all losses caused by the Supplier's breach of this Clause 8.
H:Clause 9 Confidentiality
P:Each party shall keep confidential all technical and commercial information of the other party received under this Contract and shall not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Clause 10 Intellectual Property
P:10.1 The Supplier retains the intellectual property in the SiloView software and the Equipment firmware.
P:10.2 The aeration-control rules, integration programs, configuration files and documentation prepared for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them, including source code of the integration programs, before Final Acceptance.
H:Clause 11 Liability
P:The Supplier's total liability under this Contract shall not exceed two hundred per cent (200%) of the Contract Price, except for liability for personal injury, wilful misconduct or gross negligence, and breach of Clauses 8 and 9.
H:Clause 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Clause 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after the Buyer's written notice, or if liquidated damages for delay reach their maximum. The Supplier shall then refund the amounts paid for Equipment not accepted.
H:Clause 14 Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within three days and provide evidence within fifteen days. Severe winter weather that is normal for Nenjiang in the season of performance is not force majeure.
H:Clause 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin in accordance with its rules. The award is final and binding on both parties.
H:Clause 16 Miscellaneous
P:This Contract is made in Chinese and English, and both versions have equal effect. It enters into force on signature by both parties.
P:Buyer: Nenjiang Black Soil Soybean Farm Co., Ltd.   Authorised signatory: ____________   Date: __________
P:Supplier: Buchwerder Agrarsensorik GmbH, Harbin Branch   Authorised signatory: ____________   Date: __________
"""
assert [24 * 18600, 48 * 4350, 24 * 6900, 24 * 7800, 12 * 9500] == [446400, 208800, 165600, 187200, 114000]
assert 446400 + 208800 + 165600 + 187200 + 114000 + 168000 == 1290000
assert 1290000 + 142000 + 96000 + 18000 == 1546000
assert 154600 + 850300 + 541100 == 1546000
assert 154600 * 100 == 10 * 1546000 and 850300 * 100 == 55 * 1546000 and 541100 * 100 == 35 * 1546000
assert 1290000 * 9 == 116100 * 100
add("h284e03", name="h284e03_soybean_farm_grain_silo_sensors.docx", fmt="docx", lang="en", src=H284E03,
    category="hardware", fee_base=1290000, forum_mainland=True,
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1546000),
    rules=[], risk="low",
    figures=["CNY 1,546,000", "(10%)", "CNY 154,600", "CNY 541,100", "0.08% of the Contract Price for each day",
             "twenty-four (24) months", "respond within 1 hour", "CNY 800", "(9%)", "CNY 116,100", "(200%)",
             "belong to the Buyer", "keep confidential", "prior written consent", "material breach",
             "laws of the People's Republic of China", "Harbin Arbitration Commission", "does not constitute acceptance"])


# ================================================================ h284e04 (en, .md, two risky terms)
H284E04 = """# Managed Network and Print Services Agreement

**Agreement reference:** GMS-DG-2026-07

**Between**

**Dongguan Songlin Furniture Manufacturing Co., Ltd.**, Houjie Town, Dongguan, Guangdong, People's Republic of China (the **"Customer"**)

and

**Garbh Managed Services Ltd**, a company registered in Scotland with its registered office on Eilean Garbh, Scotland, acting in China through its Shenzhen service company named in Schedule 4 (the **"Provider"**).

**Background.** The Customer makes solid-wood and upholstered furniture in three factories in Houjie and Dalingshan. It wants one provider to run its local and wireless networks, firewalls and internet links, and its fleet of multifunction printers, for a fixed monthly charge. The Provider has proposed such a service. At the Customer's request, all charges are stated and paid in Chinese Yuan (CNY).

## Section 1 - Definitions

1.1 **"Services"** means the Managed Network Service and the Managed Print Service described in Schedule 1.

1.2 **"Service Commencement"** means the date on which the Customer signs the acceptance record under Section 4.

1.3 **"Initial Term"** means thirty-six (36) months from Service Commencement.

1.4 **"Priority 1 Incident"** means a complete loss of network connectivity at a factory, or failure of the core switch or firewall at any factory.

## Section 2 - Services

2.1 **Managed Network Service.** The Provider shall monitor and manage 46 switches, 120 wireless access points, 3 firewalls and the internet links at the three factories, apply configuration changes requested by the Customer, keep firmware up to date and replace faulty devices with equivalent devices.

2.2 **Managed Print Service.** The Provider shall supply, install and maintain 62 multifunction printers, supply all toner and spare parts, and operate print-release and scan-to-folder functions for the Customer's offices, design studio and warehouses. Paper is supplied by the Customer.

2.3 **Transition.** The Provider shall take over the existing network, install the new printers and document the network, within seventy-five days after signature of this Agreement.

2.4 The devices installed under the Managed Print Service remain the Provider's property. The Provider shall remove them at the end of the Agreement.

2.5 The Provider shall give the Customer's IT coordinator read-only access to its monitoring portal, showing the status of every managed device, open incidents, printer toner levels and monthly page counts, and shall train two Customer staff to use it.

## Section 3 - Charges and Payment

| Charge | Basis | CNY |
|---|---|---|
| Managed Network Service | 41,800 per month x 36 | 1,504,800 |
| Managed Print Service (fleet fee, up to 210,000 mono and 38,000 colour pages per month) | 17,600 per month x 36 | 633,600 |
| Transition fee | one-time | 84,000 |
| **Total charges for the Initial Term** | | **2,222,400** |

3.1 Monthly charges are invoiced monthly in arrears from Service Commencement. Pages above the monthly volumes are charged at CNY 0.035 per mono page and CNY 0.21 per colour page; they are variable and not part of the total above.

3.2 The transition fee is invoiced after Service Commencement.

3.3 The Customer pays each undisputed invoice within thirty days after receipt of a valid VAT special invoice. No charge is payable in advance.

3.4 The monthly charges are fixed for the Initial Term.

## Section 4 - Service Commencement and Acceptance

4.1 On completion of the transition the Provider shall demonstrate, at each factory: network coverage of at least -67 dBm in every production hall listed in Schedule 2; failover of each firewall and core switch within sixty seconds; printing, scanning and print-release from every department; and a complete network document set (diagrams, IP plan and device inventory).

4.2 When all tests have been passed and the Services have run for ten working days without a Priority 1 Incident, the Customer shall sign the acceptance record. Installation or use of the Services does not constitute acceptance.

4.3 If Service Commencement is delayed beyond the period in Section 2.3 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to a maximum of CNY 90,000.

## Section 5 - Service Levels

5.1 The core network (core switches, firewalls and internet links) at each factory shall be available at least 99.95% of each month, excluding maintenance windows agreed with the Customer.

5.2 Response and restoration times:

| Priority | Example | Response | Restoration |
|---|---|---|---|
| 1 | Factory offline, core switch or firewall down | 30 minutes | 3 hours |
| 2 | A production line or office area offline; a printer group unusable | 1 hour | 8 hours |
| 3 | A single device or user | next business day | 3 business days |

5.3 Service credits: if availability at a factory falls below 99.95% in a month, the Customer receives a credit of 5% of the monthly Managed Network charge; below 99.5%, 10%. Each late Priority 1 response gives a credit of CNY 1,000. Printer uptime below 97% in a month gives a credit of 3% of the Managed Print charge. Credits are deducted from the next invoice.

5.4 The Provider shall deliver a monthly service report by the fifth working day of the following month, showing availability per factory, all incidents with their response and restoration times, printer uptime, page volumes, toner deliveries and the credits due.

5.5 The parties shall hold a quarterly service review at the Customer's head office to discuss the reports, recurring faults, planned changes and capacity needs, such as new production halls or additional printers. Minutes are kept by the Provider and approved by the Customer.

## Section 6 - Changes, Personnel and Customer Responsibilities

6.1 The Customer may request additional devices, sites or functions. The Provider shall quote for each request within ten working days, using the unit prices in Schedule 1 where they apply, and no change takes effect until both parties sign a change note.

6.2 The Provider shall assign a named service manager and keep at least one engineer on site at the Houjie factory during the Customer's working hours. Provider staff shall follow the Customer's factory rules on safety, dust control and fire prevention, and shall wear the visitor badges issued by the Customer.

6.3 The Customer shall provide rack space, power, cooling and cable routes for the network equipment, reasonable access to all sites, and a single contact for service requests. The Customer shall not move or reconfigure managed devices without informing the Provider.

## Section 7 - Customer Data

All data of the Customer handled in the course of the Services, including print jobs, scanned documents, network logs and device configurations, remains the property of the Customer. The Provider shall use it only for the purpose of providing the Services.

## Section 8 - Confidentiality

8.1 Each party shall keep confidential the commercial information of the other party that it receives under this Agreement, including prices, product designs and customer lists, and shall not disclose it to third parties except to its professional advisers.

8.2 This Section survives the end of the Agreement for three years.

## Section 9 - Intellectual Property

Network designs, configurations, print rules and documents prepared by the Provider for the Customer belong to the Customer, which may use, modify and give them to any other provider without restriction. The Provider's own tools and monitoring software remain the Provider's property.

## Section 10 - Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent, except to its Shenzhen service company named in Schedule 4. The Provider is responsible for all subcontractors.

## Section 11 - Liability

11.1 Neither party is liable for indirect loss or loss of profit.

11.2 The Provider's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the total charges for the Initial Term, except for death or personal injury and wilful misconduct.

## Section 12 - Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension must be agreed in writing.

12.2 Given the Provider's investment in devices, this Agreement may not be terminated by either party before the end of the Initial Term, except by written notice if the other party becomes insolvent or enters liquidation.

12.3 For any breach of this Agreement, the Customer's remedies are the service credits in Section 5 and damages under Section 11. Breach by either party does not give the other party a right to terminate.

12.4 At the end of the Agreement the Provider shall hand over all configurations, passwords and documents to the Customer or its new provider and support the handover for up to thirty days.

## Section 13 - Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

## Section 14 - General

14.1 This Agreement, with Schedule 1 (Service Description), Schedule 2 (Sites and Coverage), Schedule 3 (Service Reports) and Schedule 4 (Provider's Service Company), is the entire agreement of the parties.

14.2 Neither party is liable for delay caused by force majeure, including typhoons and government orders, provided that it informs the other party promptly. Service credits are not due for periods affected by force majeure.

14.3 Notices shall be given in writing to the addresses above, with a copy by e-mail to the contacts named in Schedule 4.

14.4 Amendments must be in writing and signed by both parties. This Agreement is signed in English and Chinese; both texts are equally authentic.

**For the Customer:** ____________________ Name: ____________ Title: ____________ Date: ________

**For the Provider:** ____________________ Name: ____________ Title: ____________ Date: ________
"""
assert 41800 * 36 == 1504800 and 17600 * 36 == 633600 and 1504800 + 633600 + 84000 == 2222400
add("h284e04", name="h284e04_furniture_maker_managed_network_print.md", fmt="md", lang="en", src=H284E04,
    category="services", fee_base=None, forum_mainland=True,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1500 / 2222400 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2222400),
    rules=["CR-DATA-SECURITY", "CR-TERMINATION"], risk="high",
    figures=["2,222,400", "No charge is payable in advance", "99.95%", "30 minutes", "CNY 1,000",
             "CNY 1,500 for each day of delay", "(150%)", "remains the property of the Customer",
             "keep confidential", "prior written consent", "does not give the other party a right to terminate",
             "laws of the People's Republic of China", "Shenzhen Court of International Arbitration",
             "does not constitute acceptance", "does not renew automatically"])


# ================================================================ h284e05 (en, .txt, three risky terms)
H284E05 = """SANCTIONS SCREENING API SUBSCRIPTION AGREEMENT

Agreement number: ICD-SH-2026-031

PARTIES
(1) Shanghai Haixun Cross-Border Payment Technology Co., Ltd., Pudong New Area, Shanghai, People's Republic of China ("Customer").
(2) Ilovik Compliance Data d.o.o., a limited liability company incorporated in Croatia with its registered seat on the island of Otok Ilovik, Croatia ("Vendor").

RECITALS
(A) Customer provides cross-border collection and payment services to e-commerce merchants and must screen merchants, payers and payees against sanctions, export-control and politically-exposed-person lists before releasing funds.
(B) Vendor operates the ListGuard screening API, which returns scored matches against consolidated lists that Vendor updates several times a day.
(C) At Customer's request, all fees under this Agreement are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS
1.1 "API" means the ListGuard real-time screening and batch re-screening interfaces described in Schedule A.
1.2 "Screening Data" means all names, dates of birth, addresses, identifiers, transaction references and other data that Customer submits to the API, and all results and logs relating to them.
1.3 "Service Start Date" means the date on which Vendor makes the production API available to Customer.
1.4 "Integration Acceptance" means Customer's written confirmation that the tests in Clause 5 have been passed.
1.5 "Severity 1 Incident" means that the production API is unavailable or returns errors for more than five per cent of calls.

2. SERVICES AND TERM
2.1 Vendor shall provide Customer with access to the API for up to 18 million screening calls per subscription year, daily delta re-screening of Customer's merchant base, list-update notifications and a web console for reviewing matches.
2.2 Vendor shall provide integration support: a test environment, an integration engineer for Customer's payment platform team, tuning of match thresholds and name-transliteration rules for Chinese, Russian and Arabic names, and training of Customer's compliance analysts.
2.3 Vendor shall load new designations and delistings published by the United Nations Security Council, the competent authorities of the People's Republic of China and the other list owners named in Schedule A into the production lists within 3 hours after their official publication, and shall keep a dated history of every list version so that Customer can show which list version was used for any screening result.
2.4 The subscription term is twenty-four (24) months from the Service Start Date, divided into two subscription years. This Agreement expires at the end of the term and does not renew automatically. Any renewal requires a new written agreement.

3. FEES
3.1 Fees:
    Annual Subscription Fee, subscription year 1 ........ CNY 348,000
    Annual Subscription Fee, subscription year 2 ........ CNY 348,000
    Integration support (fixed price) ................... CNY 46,000
    Total Fees .......................................... CNY 742,000
3.2 Screening calls above 18 million in a subscription year are charged at CNY 0.012 per call and are not included in the Total Fees.
3.3 The fees are fixed for the term and include all list updates.

4. PAYMENT
4.1 The Annual Subscription Fee for subscription year 1 (CNY 348,000) is payable within ten days after signature of this Agreement and before the Service Start Date. Vendor need not make the production API available until that payment has been received.
4.2 The Annual Subscription Fee for subscription year 2 is payable at the start of subscription year 2.
4.3 The integration support fee is payable within thirty days after Integration Acceptance.
4.4 Invoices are issued by Vendor's authorised billing agent in Shanghai as valid VAT invoices. Payments are made in CNY to the agent's account in Shanghai.

5. INTEGRATION ACCEPTANCE
5.1 Vendor shall support Customer so that Integration Acceptance can be reached within fifty days after the Service Start Date.
5.2 The tests are: (a) a benchmark file of 5,000 names prepared by Customer, including known listed persons and transliteration variants, on which the API shall find every listed person; (b) a false-positive rate on Customer's clean sample no higher than the rate stated in Schedule A; (c) a response time of the real-time API below 300 milliseconds for 95 per cent of calls under a load of 200 calls per second; and (d) correct delta re-screening of Customer's merchant base on three consecutive days.
5.3 Access to the production API or its use by Customer before the tests are passed is not Integration Acceptance.
5.4 Customer shall provide the benchmark file, the clean sample and a contact in its payment platform team, and shall complete its own development work according to the integration plan agreed at the kick-off meeting. Delays caused by Customer extend the period in Clause 5.1 accordingly.
5.5 If Integration Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.02% of the Total Fees for each day of delay.

6. SERVICE LEVELS
6.1 Vendor shall keep the production API available at least 99.95% of each calendar month, measured at Vendor's Shanghai endpoint and excluding maintenance announced at least seven days in advance.
6.2 Vendor shall respond to a Severity 1 Incident within 30 minutes, at any time, and shall restore service or provide a workaround within 2 hours. Other incidents shall be answered within one business day.
6.3 Vendor shall publish monthly availability figures in the web console.
6.4 Vendor does not provide service credits, fee reductions or other compensation for failure to meet the service levels in this Clause 6. Vendor's obligation in that case is to restore the service and to report the cause.

7. SCREENING DATA AND SECURITY
7.1 Screening Data belongs to Customer. Vendor shall process it only to provide the services under this Agreement, on Customer's instructions, and shall not use it to build or enrich lists, to train models or for any other purpose.
7.2 The production API and all Screening Data are hosted in a data centre in Shanghai operated by the hosting partner named in Schedule C. Screening Data shall not be transferred outside mainland China.
7.3 Vendor shall maintain a level-3 MLPS record for the production system, encrypt Screening Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months and delete Screening Data ninety days after each call unless Customer instructs otherwise.
7.4 Vendor shall allow Customer, its auditors and competent regulators to audit Vendor's compliance with this Clause 7 on reasonable notice, and shall answer Customer's information-security questionnaires within ten business days. Vendor shall keep a business-continuity plan for the production API, test it at least once in each subscription year and share the test summary with Customer.
7.5 Vendor shall notify Customer of any security incident affecting Screening Data within 12 hours, take immediate measures to contain it, assist Customer with reports to the People's Bank of China and other authorities, and compensate Customer for all losses, fines and costs caused by a breach of this Clause 7.

8. CONFIDENTIALITY
Each party shall keep confidential all non-public information received from the other party, including Customer's merchant lists, risk rules and transaction volumes, and Vendor's pricing and matching methods. This obligation survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY
9.1 Vendor retains all rights in the API, its software and the consolidated lists.
9.2 The match-threshold settings, transliteration rules and screening policies configured for Customer belong to Customer. Customer may use, modify and license them freely, including with another screening provider, and Vendor shall export them on request.

10. SUBCONTRACTING
Vendor may use the hosting partner named in Schedule C, which Customer approves by signing this Agreement. Vendor shall not engage any other subcontractor or sub-processor without Customer's prior written consent. Vendor is responsible for its subcontractors.

11. LIABILITY
11.1 Neither party is liable for indirect loss or loss of profit.
11.2 Vendor's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Fees. This limit does not apply to breaches of Clauses 7 and 8 or to wilful misconduct.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after written notice.
12.2 Customer may terminate this Agreement by written notice if a competent regulator objects to the use of the API.
12.3 On expiry or termination, Vendor shall continue to provide the API for up to sixty days at the same fees, pro rata, if Customer needs that time to move to another provider, and shall provide the list-version history for all of Customer's screening results in a documented format.
12.4 On termination, Vendor shall refund the unused part of any prepaid Annual Subscription Fee, pro rata, and return or delete Screening Data as Customer instructs.

13. GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its arbitration rules. The arbitration shall be conducted in English and Chinese.

14. GENERAL
14.1 This Agreement, together with Schedule A (API Description and Quality Figures), Schedule B (Support Contacts) and Schedule C (Hosting Partner), is the entire agreement between the parties.
14.2 Amendments must be in writing and signed by both parties.
14.3 Neither party is liable for a failure caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit its effects. A failure of Vendor's hosting partner is not force majeure for Vendor.
14.4 This Agreement is executed in English in two originals.

For Customer: ____________________  Name and title: ______________  Date: __________
For Vendor:   ____________________  Name and title: ______________  Date: __________
"""
assert 2 * 348000 + 46000 == 742000
add("h284e05", name="h284e05_payment_firm_sanctions_screening_api.txt", fmt="txt", lang="en", src=H284E05,
    category="cloud", fee_base=None, forum_mainland=True,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=150, prepayment_pct=348000 / 742000 * 100, acceptance_clause=True,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=742000),
    rules=["CR-LD-LOW", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY"], risk="medium",
    figures=["CNY 742,000", "CNY 348,000", "before the Service Start Date", "99.95%", "within 30 minutes",
             "does not provide service credits", "0.02% of the Total Fees for each day", "(150%)",
             "Screening Data belongs to Customer", "keep confidential", "prior written consent", "material breach",
             "laws of the People's Republic of China", "Shanghai International Arbitration Center",
             "is not Integration Acceptance", "does not renew automatically"])


# ================================================================ build, read back, check, label
EXTRA_KEYS = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
ISLANDS = {"h284e01": "Isola Barbana", "h284e02": "Île de Hur", "h284e03": "Insel Buchwerder",
           "h284e04": "Eilean Garbh", "h284e05": "Otok Ilovik"}


def read_back(path):
    if path.suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def words(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def main():
    sys.dont_write_bytecode = True  # never leave a __pycache__ next to ../word_pdf.py
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, c in CONTRACTS.items():
        assert c["name"].startswith(key + "_") and c["name"].endswith("." + c["fmt"]), c["name"]
        if c["fmt"] in ("docx", "pdf"):
            sources[key], targets[key] = c["src"], (c["name"], c["fmt"])
        else:
            (OUT / c["name"]).write_text(c["src"], encoding="utf-8")
            print("wrote", c["name"])
    write(sources, targets, OUT, wrap_words=True)

    fired, report = set(), []
    for key, c in CONTRACTS.items():
        t, x = c["terms"], c["extra"]
        goods = t["contract_kind"] == "goods_or_licence"
        assert list(t) == TERM_KEYS, key
        assert list(x) == [k for k in EXTRA_KEYS if goods or k != "post_warranty_fee_capped"], key
        if not goods:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        rules, risk, share = apply_rules(t, x, c["forum_mainland"], c["fee_base"])
        assert rules == sorted(c["rules"]), (key, rules, c["rules"])
        assert risk == c["risk"], (key, risk, c["risk"])
        fired |= set(rules)
        text = read_back(OUT / c["name"])
        nows = re.sub(r"\s+", "", text)
        for f in c["figures"]:
            assert re.sub(r"\s+", "", f) in nows, (key, "figure missing", f)
        hits = threshold_hits(text) + threshold_hits(c["src"])
        assert not hits, (key, hits)
        if c["lang"] == "zh":
            n = (len(text), len(nows))
            assert all(2800 <= v <= 3300 for v in n), (key, n)
        else:
            n = (words(text), len(text.split()))
            assert all(1500 <= v <= 1700 for v in n), (key, n)
            assert ISLANDS[key] in text, key
            assert "CNY" in text, key
        label = {"file": c["name"], "language": c["lang"], "category": c["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": sorted(c["rules"])}
        (OUT / (Path(c["name"]).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        report.append((c["name"], c["lang"], n, rules, risk, None if share is None else round(share, 2)))

    # the mix the brief asks for
    counts = sorted(len(c["rules"]) for c in CONTRACTS.values())
    assert [len(c["rules"]) for c in CONTRACTS.values()].count(0) == 2
    singles = [c for c in CONTRACTS.values() if len(c["rules"]) == 1]
    assert len(singles) == 1 and singles[0]["rules"][0] in LOW and singles[0]["risk"] == "low"
    assert sum(1 for c in CONTRACTS.values() if 2 <= len(c["rules"]) <= 3) == 6
    assert sum(1 for c in CONTRACTS.values() if len(c["rules"]) >= 9) == 1
    fmts = [c["fmt"] for c in CONTRACTS.values()]
    assert (fmts.count("docx"), fmts.count("pdf"), fmts.count("md"), fmts.count("txt")) == (2, 2, 3, 3)
    for f in ("docx", "pdf", "md", "txt"):
        assert {c["lang"] for c in CONTRACTS.values() if c["fmt"] == f} == {"zh", "en"}, f
    for row in report:
        print(*row, sep="  ")
    print("rule counts", counts)
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    print("rules never fired:", sorted(all_rules - fired) or "none")
    print("all checks passed")


if __name__ == "__main__":
    main()
