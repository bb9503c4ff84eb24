import sys; sys.dont_write_bytecode = True
"""holdout318: writes the ten contracts (txt / md directly, docx / pdf through ../word_pdf.py), their .json labels,
reads every built file back, checks lengths, threshold figures and label arithmetic, and prints the expected rules.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}

# ---------------------------------------------------------------- threshold figures that must not appear
ZH_NUM = "一二三四五六七八九十两零〇百"
BANNED = {
    "availability 99.9": [r"99\.90*(?!\d)", r"九十九点九"],
    "P1 4 hours": [r"(?<![\d.])4(?:\.0+)?\s*个?\s*(?:小时|钟头)", r"(?<![%s])四\s*个?\s*(?:小时|钟头)" % ZH_NUM,
                   r"(?<![\d.])4(?:\.0+)?[\s-]*(?:business\s+|working\s+|clock\s+)?(?:hours?|hrs?|h)\b",
                   r"(?<![-\w])four[\s-]+(?:business\s+|working\s+|clock\s+)?hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)",
                   r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十])", r"0\.0005(?!\d)"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
                        r"(?<![-\w])thirty\s+per\s*cent"],
    "TCO 40 %": [r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成",
                 r"(?<![-\w])forty\s+per\s*cent"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?!点)", r"(?<![-\w])fifteen\s+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*个月", r"(?<![一二三四五六七八九])十二\s*个月", r"(?<![%s])一\s*年" % ZH_NUM, r"壹年",
                           r"(?<![\d.])1\s*年", r"(?<![\d.])12[\s-]*months?\b", r"(?<![-\w])twelve[\s-]*months?\b",
                           r"(?<![-\w])one[\s-]+year\b", r"(?<![\d.])1[\s-]*years?\b", r"\ba\s+year\b"],
    "horizon 5 years": [r"(?<![\d.])5\s*年", r"(?<![%s])五\s*年" % ZH_NUM, r"(?<![\d.])5[\s-]*years?\b",
                        r"(?<![-\w])five[\s-]*years?\b", r"(?<![\d.])60\s*(?:个月|months?)", r"六十\s*个月", r"(?<![-\w])sixty[\s-]*months?\b"],
}
BANNED_RE = {k: [re.compile(p, re.I) for p in v] for k, v in BANNED.items()}


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", "", text), re.sub(r"\s+", " ", text)):
        for name, pats in BANNED_RE.items():
            for p in pats:
                m = p.search(variant)
                if m:
                    hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


MUST_HIT = ["4小时内响应", "四小时", "4 hours", "four hours", "240分钟", "240 minutes", "99.9%", "99.90%", "0.05%",
            "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "40%", "百分之四十", "15%", "百分之十五", "12个月",
            "十二个月", "一年", "1年", "one year", "12 months", "twelve months", "五年", "5年", "5 years", "five years",
            "60个月", "60 months", "sixty months", "4-hour", "within 4 h"]
MUST_NOT_HIT = ["24小时", "二十四小时", "14小时", "24 hours", "twenty-four hours", "99.95%", "99.8%", "115%", "0.15%",
                "130%", "0.30%", "1.30%", "140%", "四十二个月", "2025年", "2015年", "十五年", "百分之三十五", "18个月",
                "24 months", "Subscription Year", "服务年度", "一个服务年度", "每年", "0.055%", "1,200,000 queries",
                "万分之五十"]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses %r" % s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), "regex wrongly hits %r: %r" % (s, threshold_hits(s))


# ---------------------------------------------------------------- policy.md §3/§4 read as a checklist on the labels
def tco_share(lab, base):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees, x["contract_value"] + fees, fees / (x["contract_value"] + fees) * 100


def derive_rules(lab, base, foreign_forum=False):
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(lab, base)
        if s and s[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def label(file, language, category, terms, sla_clause, ld_stated, deemed, value, capped=None, rules=()):
    assert list(terms) == TERM_KEYS, file
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": file, "language": language, "category": category, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(rules)}


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, fee, auto,
                                term, sub, law, kind]))


CONTRACTS = []  # (key, stem, ext, source, label, fee_base, foreign_forum)

# ================================================================ z01 生态环境局 水质自动监测平台 (pdf)
H318Z01 = """T:饮用水源地水质自动监测平台建设项目采购合同
P:合同编号：QXHB-ZFCG-2026-017
P:采购项目编号：QX2026-GK-0093（公开招标）
P:甲方（采购人）：青溪市生态环境局
P:住所：青溪市滨江路88号
P:乙方（供应商）：江淮澄源环境科技股份有限公司
P:住所：合肥市高新区望江西路1206号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青溪市饮用水源地水质自动监测平台建设项目（以下简称"本项目"）的设备供货、安装调试、平台开发及售后服务事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方在甲方指定的六处饮用水源地（龙潭水库、石门水库、青溪江一水厂取水口、青溪江二水厂取水口、白沙河取水口、桃坪水库）各建设一座水质自动监测站，并建设市级水质自动监测平台，实现监测数据的实时采集、传输、审核、预警和发布。
P:1.2 合同价款明细如下（人民币元，含税）：
TB:序号|项目|数量|单价|金额
TB:1|水质自动监测站成套设备（五参数、氨氮、总磷、总氮、高锰酸盐指数）|6套|386,000|2,316,000
TB:2|站房及采配水单元|6套|58,500|351,000
TB:3|数据采集传输仪|6台|14,800|88,800
TB:4|水质监测平台软件许可（永久）|1套|186,000|186,000
TB:|设备及软件小计|||2,941,800
TB:5|安装调试及实验室比对监测|1项|214,600|214,600
TB:6|平台定制开发（预警模型、省级平台对接）|1项|168,000|168,000
TB:7|操作及运维培训|1项|25,600|25,600
TB:|合同总价|||3,350,000
P:1.3 合同总价为人民币叁佰叁拾伍万元整（¥3,350,000），为固定总价，包含设备、软件、运输、保险、安装、调试、比对监测、培训、税费及质保期内的全部服务费用，甲方不再支付其他任何费用。
H:第二条 交付与工期
P:2.1 乙方应于合同签订后75日内完成全部设备到货，110日内完成六座监测站的安装调试并接入平台，150日内具备终验条件。
P:2.2 设备到货时，双方共同开箱清点，核对品牌、型号、数量及随机资料，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:2.3 乙方应在进场前提交施工组织方案和安全措施，经甲方确认后实施。施工期间不得影响水厂正常取水，涉及水源保护区的作业须遵守保护区管理规定。
H:第三条 付款
P:3.1 合同签订且乙方提交履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币670,000元。
P:3.2 全部设备到货安装并接入平台后，甲方支付合同总价的45%，即人民币1,507,500元。
P:3.3 项目终验合格后15个工作日内，甲方支付合同总价的35%，即人民币1,172,500元。
P:3.4 乙方每次收款前应开具等额合法增值税发票。甲方按财政资金支付程序办理付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 安装调试完成后，乙方组织试运行，试运行期为30日。试运行期间，各监测站应连续运行、数据传输完整，缺失数据须附质控说明；各项参数与实验室手工监测的比对结果应符合HJ 915相关技术规范的要求。
P:4.2 试运行结束后，甲方组织终验。终验内容包括：设备配置与投标文件一致；各站点质控（零点核查、跨度核查、加标回收）合格；平台预警模型在模拟超标场景下能在5分钟内推送预警信息；与省级平台的数据对接经省级平台确认；技术文档、源代码及操作手册齐全。
P:4.3 终验合格的，双方签署终验报告。设备安装、试运行或甲方使用任何功能，均不视为验收合格；终验不合格的，乙方应在15日内整改并承担复验费用。
H:第五条 质量保证与售后服务
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内，乙方免费提供设备维修、配件及易损件更换（试剂除外）、软件缺陷修复及版本升级服务，并每季度对各监测站巡检一次。
P:5.2 故障分级及响应时间：一级故障（监测站停运、数据中断或平台无法访问），乙方应在30分钟内响应，8小时内到达现场，24小时内恢复；二级故障（单项参数异常或质控不合格），2小时内响应，48小时内排除；三级故障（一般咨询），下一工作日内答复。
P:5.3 乙方响应或恢复超时的，每超时1小时，甲方从履约保证金中扣除500元；同一站点一个季度内发生一级故障超过3次的，乙方应免费更换相关设备。
P:5.4 质保期满后，如甲方需要继续委托乙方提供运维服务，年度运维服务费不超过设备及软件小计的6%（即每年不超过人民币176,508元），三年内不上调，具体以双方届时签订的运维合同为准。
H:第六条 数据安全
P:6.1 监测站及平台产生的全部监测数据、质控记录、运行日志均属甲方所有。未经甲方书面同意，乙方不得复制、留存、向第三方提供或用于本合同以外的任何目的。
P:6.2 乙方应按照网络安全等级保护第三级的要求部署平台，落实访问控制、传输加密、日志审计和数据备份措施；远程维护须经甲方审批，并通过甲方指定的运维审计系统进行。
P:6.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方因此遭受的损失。
H:第七条 保密
P:7.1 乙方对在履行本合同过程中知悉的甲方工作秘密、未公开的监测数据和网络配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条规定在合同终止后继续有效。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的预警模型、数据对接程序及其源代码、技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和升级。
P:8.2 监测平台标准软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供软硬件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:9.2 乙方所供设备不符合合同约定的，应无条件更换，并承担由此产生的全部费用。
P:9.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十条 分包与转包
P:10.1 乙方不得转包本项目。站房土建等非主体部分确需分包的，应事先取得甲方书面同意，乙方对分包部分向甲方承担连带责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同的组成部分。
P:甲方（盖章）：青溪市生态环境局        乙方（盖章）：江淮澄源环境科技股份有限公司
P:授权代表：                            授权代表：
P:日期：2026年  月  日                  日期：2026年  月  日
"""
CONTRACTS.append(("h318z01", "h318z01_eco_bureau_source_water_quality_monitoring", "pdf", H318Z01, label(
    "h318z01_eco_bureau_source_water_quality_monitoring.pdf", "zh", "hardware",
    T(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 6, False, True,
      False, "PRC", "goods_or_licence"),
    True, True, False, 3350000, capped=True, rules=[]), 2941800, False))

# ================================================================ z02 石膏板厂 成型干燥线控制系统改造 (docx)
H318Z02 = """T:纸面石膏板生产线成型干燥段控制系统改造合同
P:合同编号：HXSG-JG-2026-041
P:甲方（买方）：淮西龙泰石膏建材有限公司
P:地址：安徽省淮西市凤台路工业园6号
P:乙方（卖方）：常州恒控自动化工程有限公司
P:地址：江苏省常州市武进区常武中路217号
P:鉴于甲方第二条纸面石膏板生产线成型段、干燥段的控制系统已运行多年，继电器柜及变频器老化、备件停产，故障停线频繁；乙方具备自动化控制系统的设计、供货、编程、安装和调试能力。双方本着平等互利的原则，经友好协商，就该生产线控制系统改造事宜订立本合同。
H:一、改造范围
P:（一）拆除原成型机、输送辊道、切断机及干燥机的继电器控制柜和老旧变频器，新建PLC控制系统；干燥机十个温区实现热风温度闭环控制；新增上位机监控系统，实现配方管理、工艺曲线、报警记录及班产报表。
P:（二）乙方负责详细设计、设备供货、程序编制、安装接线、单体及联动调试、人员培训及质保期内服务。主要切换工作须在甲方年度检修停机窗口（共20日）内完成，不得因改造延长停机时间。
P:（三）改造涉及的土建基础、桥架及照明由甲方自行负责；与原DCS及能源计量系统的通讯接口由乙方负责。
H:二、合同价格
P:（一）合同价格明细见下表（人民币元，含13%增值税）：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（成型段、干燥段）|4套|168,000|672,000
TB:2|变频器及传动单元|46台|9,200|423,200
TB:3|干燥机温控仪表及传感器|1批|256,800|256,800
TB:4|上位机SCADA软件许可|1套|138,000|138,000
TB:5|工控服务器及操作站|1批|96,000|96,000
TB:|软硬件小计|||1,586,000
TB:6|设计、编程及调试|1项|276,000|276,000
TB:7|安装及电缆敷设（含拆旧）|1项|118,000|118,000
TB:8|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||2,000,000
P:（二）合同总价为人民币贰佰万元整（¥2,000,000），为固定价格，包含设备、软件、运输、保险、安装、调试、培训、税费及质保期内服务的全部费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即人民币200,000元。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的50%，即人民币1,000,000元。到货签收不构成验收。
P:（三）终验合格并签署终验证书后，甲方支付合同总价的35%，即人民币700,000元。
P:（四）其余5%（人民币100,000元）作为质量保证金，于质保期满且无未决质量问题后15个工作日内无息支付。
P:（五）乙方每次收款前应开具合法有效的增值税专用发票。
H:四、交货与工期
P:（一）乙方应于合同生效后60日内将全部设备运抵甲方厂区，并在甲方检修停机窗口开始前完成出厂测试（FAT），FAT记录提交甲方确认。
P:（二）乙方应在停机窗口内完成切换和单体调试，停机窗口结束后45日内完成联动调试和工艺优化，具备终验条件。
P:（三）乙方应派驻具有电气及自动化专业资质的项目经理和调试工程师，人员名单报甲方备案；未经甲方同意不得更换项目经理。施工须遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。
P:（四）调试期间乙方应会同甲方工艺人员逐段核对成型机、切断机和干燥机的工艺参数，形成参数确认表；切换后的首批板材经甲方质检部门检验合格后，方可转入连续生产。
H:五、验收
P:（一）终验标准：生产线在设计最高线速度（每分钟90米）下连续稳定运行72小时；干燥机各温区温度控制偏差不超过±3℃；出机板材含水率及断裂荷载符合GB/T 9775的要求；报警、联锁、急停功能逐项测试通过；上位机报表与现场计量数据一致；程序、图纸及操作手册移交完毕。
P:（二）终验合格的，双方签署终验证书。设备通电、投产或甲方使用均不视为验收合格。终验不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内，乙方免费修复缺陷、更换损坏部件并提供程序优化。
P:（二）故障分级响应：一级故障（导致生产线停线）乙方应在30分钟内远程响应，6小时内到达现场；二级故障（局部功能失效但不停线）2小时内远程响应，24小时内到达现场；三级故障（一般问题）在下一工作日内处理。
P:（三）乙方响应或到场超时的，每超时1小时，向甲方支付违约金800元，甲方可从质量保证金中直接扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度向甲方提供维保服务，内容包括每月定期巡检、备品备件供应及更换、程序优化、远程诊断和一名驻厂工程师。
P:（二）年度维保费按软硬件小计的32%计取，即每年人民币507,520元，本合同有效期内不作调整，按季度支付。
P:（三）维保服务按年度签订确认书；甲方未签署确认书的，维保服务不自动续期。
H:八、数据与网络安全
P:（一）生产线运行数据、配方参数及工艺曲线属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方应按工业控制系统信息安全防护要求实施网络隔离；远程维护须经甲方生产部书面审批，并在甲方监督下通过指定通道进行。
P:（三）因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应在2小时内报告甲方，立即采取措施，并承担由此造成的全部损失。
H:九、保密
P:乙方对在履约过程中知悉的甲方工艺配方、产能、成本等商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。
H:十、知识产权
P:乙方为本项目编制的PLC程序、上位机组态工程及其源文件、电气图纸，知识产权归甲方所有，甲方可自行修改或委托第三方修改。SCADA软件及工控设备内嵌软件的知识产权归其原权利人，甲方获得永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期导致停机窗口延长的，乙方还应赔偿甲方的停产损失。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意或重大过失、侵犯知识产权、违反保密及数据安全义务造成的损失不受此限。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十二、分包
P:乙方不得转包本合同。电缆敷设等辅助性工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交淮南仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、FAT测试大纲、终验测试大纲。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：淮西龙泰石膏建材有限公司        乙方（盖章）：常州恒控自动化工程有限公司
P:法定代表人或授权代表：                        法定代表人或授权代表：
"""
CONTRACTS.append(("h318z02", "h318z02_gypsum_board_line_control_retrofit", "docx", H318Z02, label(
    "h318z02_gypsum_board_line_control_retrofit.docx", "zh", "hardware",
    T(None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 32, False, True, False, "PRC",
      "goods_or_licence"),
    True, True, False, 2000000, capped=True, rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]), 1586000, False))

# ================================================================ z03 围棋培训 SaaS + 实施 (txt)
H318Z03 = """弈学堂课程及会员管理云服务合同

合同编号：YXT-SaaS-2026-0318
甲方（客户）：杭州弈知围棋文化传播有限公司
统一社会信用代码：91330106MA2K8H3Q7P
乙方（服务商）：苏州云枰软件科技有限公司
统一社会信用代码：91320594MA1XR62D4T

甲方在杭州、嘉兴、湖州三地经营十八个围棋培训校区，现有学员约九千名。为统一管理课程排期、学员档案、课时消耗、会员储值和家校沟通，甲方选用乙方的"弈学堂"课程及会员管理云平台。双方经协商一致，订立本合同。

第一条 服务内容
（1）乙方通过其云平台向甲方提供课程及会员管理服务，功能包括：课程与班级排期、教练课表、学员档案与段位记录、课时消耗与续费提醒、会员储值与优惠券、对弈记录上传与复盘、家长端小程序及经营报表。
（2）乙方为甲方提供一次性实施服务，包括：十八个校区基础数据配置、原有系统学员及课时数据迁移、课程体系和段位晋级规则配置、与甲方收银系统的接口对接、校区管理员及教练培训。
（3）服务开通账号数：总部管理端1套，校区管理端18套，教练端不限数量，家长端小程序不限数量。
（4）乙方应为甲方指定一名客户成功经理，负责需求对接、问题跟踪和季度服务回顾；服务期内乙方应每季度向甲方提交服务报告，内容包括可用率统计、故障记录、工单处理情况及版本更新说明。
（5）乙方应保证家长端小程序符合微信平台规则及未成年人个人信息保护的相关要求。

第二条 服务期限
（1）服务期为三个服务年度，首个服务年度自甲方签署上线验收单之日起算。
（2）服务期届满前60日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，此后亦同。
（3）续期时，乙方有权根据市场情况上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前30日以书面或平台公告方式通知甲方。

第三条 费用
（1）订阅费：校区端每校区每服务年度9,800元，18个校区合计176,400元；总部管理端每服务年度32,600元；订阅费合计每服务年度209,000元，三个服务年度共计627,000元。
（2）实施费：一次性86,000元。
（3）合同总金额为人民币713,000元（含6%增值税）。
（4）上述价格包含服务期内的平台使用、存储、短信通知（每服务年度二十万条以内）、版本升级和技术支持费用。

第四条 付款
（1）实施费在上线验收合格后15个工作日内一次性支付。
（2）各服务年度的订阅费，在该服务年度开始后15个工作日内支付。首个服务年度的订阅费与实施费一并于上线验收合格后支付。
（3）本合同不设预付款。乙方收款前应开具合法增值税发票。

第五条 上线验收
（1）乙方应于合同签订后45日内完成实施并提交上线验收申请。
（2）验收标准：十八个校区学员档案、剩余课时及储值余额迁移后与原系统逐条核对一致；课程排期、课时扣减、续费提醒和家长端通知经双方抽样测试无误；收银接口对账连续7日无差异；培训完成且校区管理员考核通过。
（3）验收合格的，双方签署上线验收单。平台开通或甲方试用不视为验收合格。
（4）验收不合格的，乙方应在10日内整改并重新组织验收，由此增加的费用由乙方承担。

第六条 服务水平
（1）乙方保证平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前3日通知且安排在22:00至次日6:00之间）。
（2）故障响应：一级故障（平台整体无法登录或课时、储值数据错误）15分钟内响应，2小时内恢复；二级故障（单项功能不可用）1小时内响应，8小时内解决；三级问题（咨询、优化建议）2个工作日内答复。
（3）月度可用率未达标的，按当月订阅费的5%至20%抵扣下期费用；一级故障响应超时的，每次抵扣500元。
（4）乙方应每日对甲方数据进行备份，备份数据保存不少于30日，数据恢复点目标不超过1小时。

第七条 数据权属与使用
（1）甲方录入或通过平台产生的学员信息、家长联系方式、课时及储值记录、对弈记录（以下简称"甲方数据"）归甲方所有。
（2）甲方同意，乙方可将经去标识化处理的学员对弈记录、学习行为数据用于乙方AI陪练模型的训练、产品功能改进及行业研究，该使用在本合同终止后仍可继续。
（3）服务终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在导出确认后删除其系统中的甲方数据（本条第（2）项已去标识化的数据除外）。

第八条 数据安全
（1）乙方平台应取得网络安全等级保护第二级以上备案，数据存储于中国境内，传输及存储加密，按最小权限原则设置访问控制，操作日志保存不少于六个月。
（2）乙方应建立数据安全事件应急预案，发生或可能发生学员个人信息泄露的，应在24小时内通知甲方，并配合甲方履行个人信息保护法规定的告知和报告义务。
（3）因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应承担赔偿责任，并承担甲方因此产生的合理调查和处理费用。

第九条 保密
双方对在合作中知悉的对方商业秘密（包括甲方的学员规模、经营数据、收费标准，以及乙方的技术资料）负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内有效。下列信息不属于保密信息：已公开的信息；接收方独立开发的信息；依法律规定或监管要求须披露的信息，但接收方应事先通知对方。

第十条 知识产权
（1）平台软件及其升级版本的知识产权归乙方所有。
（2）乙方为甲方专门配置或开发的课程体系模板、段位晋级规则、报表模板及收银接口程序，知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

第十一条 违约责任
（1）乙方未按期完成实施的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（2）乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但数据泄露造成的损失不受此限。
（3）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。

第十二条 转包与分包
乙方不得将本合同项下的服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意。乙方使用的云基础设施服务商以本合同附件所列为准，变更须经甲方书面同意。

第十三条 合同解除
一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除合同。因乙方违约解除的，乙方应退还甲方已付但未使用服务期对应的订阅费。合同终止或到期后，乙方应配合甲方完成数据导出和业务过渡，过渡期不超过30日，过渡期内平台按原标准继续提供。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。

第十五条 其他
（1）甲方应指定项目联系人，按时提供迁移所需的原系统数据和校区资料，并对其提供数据的合法性负责。
（2）本合同附件包括：功能清单、数据迁移方案、上线验收测试用例、云基础设施服务商清单。
（3）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州弈知围棋文化传播有限公司
授权代表：
乙方（盖章）：苏州云枰软件科技有限公司
授权代表：
签订日期：2026年  月  日
"""
CONTRACTS.append(("h318z03", "h318z03_go_school_chain_course_membership_saas", "txt", H318Z03, label(
    "h318z03_go_school_chain_course_membership_saas.txt", "zh", "cloud",
    T(99.95, 0.25, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True, True, False, "PRC",
      "service"),
    True, True, False, 713000, rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]), None, False))

# ================================================================ z04 出入境 预约受理系统 年度运维 (txt)
H318Z04 = """出入境证件预约受理系统年度运维服务合同

项目名称：出入境证件预约受理系统2026年度运维服务
采购方式：竞争性磋商（项目编号：LZCG-2026-CS-0142）
甲方：临州市公安局出入境管理支队
乙方：浙江数安码科技有限公司

根据本项目磋商文件、乙方响应文件及成交通知书，双方就出入境证件预约受理系统（含互联网预约端、窗口受理端、自助终端管理模块及与上级出入境管理信息系统的接口）的年度运维服务达成如下协议。

1. 服务范围
1.1 系统日常运行监控、巡检与故障处理，覆盖市局受理大厅及七个县（市、区）受理点。
1.2 应用软件缺陷修复、上级接口规范变更后的版本适配及小版本迭代。
1.3 等级保护测评整改配合、漏洞修补和安全加固。
1.4 驻场运维：乙方派驻两名运维工程师，工作日在甲方指定地点驻场，节假日及受理高峰期按甲方要求值守。
1.5 备品备件：自助终端读卡器、身份证阅读模块、高拍仪等易损部件的更换。
1.6 重大活动保障：在春节、暑期等出入境业务高峰期及重大活动期间，乙方应增派一名工程师现场值守，费用已包含在合同价格内。

2. 服务期限
2.1 服务期自2026年1月1日起至2026年12月31日止。
2.2 服务期满本合同终止，不自动续期。甲方如需继续采购，依法另行组织采购。
2.3 乙方应在服务期开始前完成与上一运维单位的交接，交接期间发生的故障由乙方按本合同第5条处理。

3. 服务费用
3.1 服务费用明细（人民币元）：
  驻场运维服务（两名工程师）：368,000
  应用巡检及故障处理：126,000
  版本适配及小版本迭代：158,000
  等保整改配合及安全加固：64,000
  备品备件：42,000
  合计：758,000
3.2 上述费用为全包价格，包括人员、差旅、工具、备件、税费等全部费用。
3.3 服务期内因上级部署新增的重大功能开发不属于本合同范围，需要时由双方另行协商。

4. 付款
4.1 服务费按季度支付，每季度189,500元。
4.2 每季度结束后，甲方依据第7条对乙方进行季度考核，考核通过后15个工作日内支付该季度服务费；考核扣减的金额从当季服务费中直接扣除。
4.3 本合同不设预付款。

5. 服务水平
5.1 系统月度可用率不低于99.8%。可用率＝（当月总分钟数－非计划停机分钟数）÷当月总分钟数。计划内维护须提前5个工作日报甲方批准，并安排在非受理时段进行。
5.2 故障分级与响应：
  5.2.1 一级故障（互联网预约端或窗口受理端整体不可用，或与上级系统数据交换中断）：15分钟内响应，30分钟内到场，2小时内恢复。
  5.2.2 二级故障（单个受理点或单项功能不可用）：30分钟内响应，8小时内解决。
  5.2.3 三级故障（一般性问题）：当日响应，3个工作日内解决。
5.3 版本适配：上级接口规范变更通知下达后，乙方应在通知要求的期限内完成适配、测试和上线。
5.4 乙方应设立7×24小时服务热线，并指定一名项目经理作为唯一联系人，项目经理应具备三年以上政务系统运维经验。

6. 服务考核与扣减
6.1 月度可用率每低于承诺值0.1个百分点，扣减当季服务费的2%。
6.2 一级故障响应或恢复每超时30分钟，扣减1,000元；二级故障每超时1小时，扣减300元。
6.3 驻场人员无故缺岗的，每人每日扣减800元；未经甲方同意更换驻场人员的，每人次扣减2,000元。
6.4 季度累计扣减金额不超过当季服务费的20%；超过的，视为乙方严重违约。

7. 季度考核
7.1 乙方应于每季度结束后5个工作日内提交季度运维报告，内容包括可用率统计、故障清单及处理记录、巡检记录、版本变更记录及安全加固情况。
7.2 甲方对照第5条服务水平和第6条扣减规则核对报告，出具季度考核意见。考核意见为季度服务验收的依据。
7.3 服务期满前，乙方应完成运维文档、账号和配置资料的移交，经甲方确认后方可办理末季度付款。
7.4 季度考核得分低于80分的，甲方有权约谈乙方负责人，乙方应在10个工作日内提交整改方案。

8. 数据安全
8.1 系统中的申请人身份信息、证件信息、预约及受理记录等全部数据属于甲方，乙方不得以任何形式复制、留存、查询与运维无关的数据或对外提供。
8.2 乙方运维人员须经甲方政治审查并签署保密承诺书；运维操作必须在公安网内通过甲方运维审计系统进行，禁止使用个人终端和移动存储介质。
8.3 发生数据泄露或安全事件的，乙方应立即报告甲方并配合处置。因乙方原因造成数据泄露的，乙方承担全部法律责任和赔偿责任，甲方有权解除合同。
8.4 乙方应在服务期开始前提交运维安全管理方案，内容包括人员管理、账号及权限管理、变更管理和应急处置流程，经甲方审核后执行；每半年组织一次应急演练。
8.5 服务期满或合同解除时，乙方应交还全部账号、介质和资料，并由甲方核查确认乙方及其人员未留存任何系统数据。

9. 保密
9.1 乙方及其人员对在服务中接触的公安工作秘密、系统架构、网络拓扑、账号口令负有保密义务，不得向任何第三方泄露。保密义务不因合同终止而解除。
9.2 乙方不得以任何形式公开宣传本项目，不得在案例介绍、投标材料中使用本项目的系统截图、架构图或数据。

10. 知识产权
10.1 乙方在服务期内为本系统编写的补丁、适配程序、运维脚本及其源代码、文档，知识产权归甲方所有。
10.2 乙方在运维中使用的自有工具软件，知识产权仍归乙方，乙方授予甲方在服务期内免费使用的权利。

11. 分包
11.1 乙方可将机房巡检、终端设备现场更换等辅助性工作交由其合作单位承担，但应提前5个工作日书面告知甲方，并对合作单位的工作承担责任。

12. 违约责任
12.1 乙方未按第5.3条期限完成版本适配的，每逾期一日，按合同总价的千分之一支付违约金。
12.2 乙方违反第8条或第9条的，甲方有权解除合同，并要求乙方赔偿全部损失。
12.3 乙方驻场人员违反甲方管理规定、经甲方书面通知仍不改正的，甲方有权要求乙方更换，乙方应在5个工作日内完成更换。

13. 合同解除
13.1 乙方连续两个季度考核不通过，或严重违反本合同且经甲方书面通知后10日内仍未改正的，甲方有权解除合同。
13.2 合同解除的，甲方按乙方实际提供服务的期间结算服务费，并扣除已发生的考核扣减和违约金。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

15. 其他
15.1 磋商文件、响应文件、成交通知书为本合同组成部分。
15.2 本合同未尽事宜，按照《中华人民共和国政府采购法》及其实施条例和磋商文件的有关规定执行。
15.3 本合同一式五份，甲方三份，乙方两份，自双方盖章之日起生效。

甲方（盖章）：临州市公安局出入境管理支队
乙方（盖章）：浙江数安码科技有限公司
签订日期：2025年12月  日
"""
CONTRACTS.append(("h318z04", "h318z04_exit_entry_booking_system_annual_om", "txt", H318Z04, label(
    "h318z04_exit_entry_booking_system_annual_om.txt", "zh", "services",
    T(99.8, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, True, "PRC",
      "service"),
    True, True, False, 758000, rules=["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]), None, False))

# ================================================================ z05 糍粑厂 WMS (supplier's template, md)
H318Z05 = """# 仓储管理系统（WMS）软件许可及实施合同

**云仓立方标准合同文本 V5.0**

合同编号：YCLF-WMS-2026-0527

- 甲方（用户）：宜春禾香食品有限公司（糍粑、年糕生产企业）
- 甲方地址：江西省宜春市袁州区医药工业园禾香路3号
- 乙方（供应方）：深圳云仓立方软件有限公司
- 乙方地址：深圳市南山区科技园科苑路15号

甲方拟建设成品冷库及原料库的仓储管理系统，乙方为WMS软件产品的开发商。经双方协商，甲方同意按乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"云仓立方WMS"标准版软件永久许可及RF手持终端授权，并根据甲方需求进行定制开发和实施部署。

1.2 定制开发内容：糯米原料批次及效期管理、冷库（-18℃）成品批次追溯、按生产日期先进先出的拣货策略、与甲方用友ERP的出入库单据接口。

1.3 合同价款如下（人民币元，含税）：

| 序号 | 项目 | 数量 | 单价 | 金额 |
|---|---|---|---|---|
| 1 | WMS标准版软件永久许可 | 1套 | 248,000 | 248,000 |
| 2 | RF手持终端授权 | 20个 | 2,600 | 52,000 |
| | 软件许可小计 | | | 300,000 |
| 3 | 定制开发 | 1项 | 186,000 | 186,000 |
| 4 | 实施部署及培训 | 1项 | 54,000 | 54,000 |
| | 合同总价 | | | 540,000 |

1.4 乙方提供的软件为通用商业软件，乙方不保证软件完全满足甲方的全部业务需求或无任何缺陷。

1.5 RF手持终端硬件由甲方自行采购，乙方可提供选型建议。

## 第二条 付款方式

2.1 合同签订后5个工作日内，甲方支付合同总价的65%，即人民币351,000元。乙方收到该款项后启动项目。

2.2 系统上线后10个工作日内，甲方支付合同总价的35%，即人民币189,000元。

2.3 甲方逾期付款的，乙方有权暂停实施和服务，工期相应顺延，并按每日千分之一收取滞纳金。

2.4 乙方收到款项后开具增值税普通发票；甲方要求开具专用发票的，应提前告知开票信息。

## 第三条 交付与实施

3.1 乙方在收到首期款后90日内完成软件安装部署和定制开发。因甲方需求变更、现场条件不具备或配合不及时造成的延误，工期相应顺延。

3.2 实施过程中甲方提出的需求变更，乙方另行报价，双方确认后执行。

3.3 甲方应为实施提供服务器、网络、RF终端设备及必要的工作场地，并指定项目负责人。甲方未按时提供的，乙方不承担延误责任。

3.4 培训以远程方式进行，现场培训不超过2天，培训对象为甲方仓库主管及系统管理员。

3.5 系统部署完成后，甲方应在3日内安排仓库人员开始使用系统；甲方未按时使用的，视为系统已上线。

## 第四条 验收

4.1 乙方完成软件安装部署后，即视为甲方验收合格，系统同时上线运行。

4.2 甲方在系统上线后发现的问题，按第六条维护服务处理，不影响验收结论及付款。

4.3 甲方在系统上线后10日内未提出书面异议的，亦视为对系统功能的确认。

## 第五条 知识产权

5.1 WMS标准版软件的知识产权归乙方所有。

5.2 乙方为甲方进行定制开发所形成的程序、源代码、接口及相关文档，知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或交由第三方使用。乙方有权将定制开发成果用于其他客户。

5.3 甲方不得将软件转让、出租或在许可范围之外的仓库、法人主体使用；使用超出约定用户数和终端数的，应按乙方报价补缴许可费。

## 第六条 免费维护期及维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：一级故障（系统无法登录或无法出入库作业）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。乙方视故障复杂程度安排处理，不承诺解决时限。

6.3 乙方响应超时的，不承担扣款、赔偿或违约金责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的服务价格标准执行。

6.5 下列情形不属于免费维护范围：甲方自行修改系统配置或数据库；甲方服务器、网络、操作系统或第三方软件引起的问题；不可抗力；甲方需求变更。

6.6 乙方提供远程支持的时间为工作日9:00至18:00，非工作时间支持另行收费。乙方发布的新版本，甲方可在免费维护期内免费升级；免费维护期满后升级需另行购买。

## 第七条 数据

7.1 甲方在系统中形成的业务数据归甲方所有。

7.2 乙方可在对甲方业务数据进行脱敏处理后，将其用于产品优化、行业分析及乙方其他产品和服务，无需另行取得甲方同意。

7.3 系统部署在甲方服务器上。乙方远程维护时应遵守甲方的网络管理规定，采取合理的安全措施防止数据泄露；因乙方原因造成甲方数据泄露的，乙方承担相应赔偿责任。

7.4 甲方应自行做好数据备份，因甲方未备份导致的数据损失，乙方不承担责任。

## 第八条 保密

双方对在合作过程中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。保密期限为合同终止后两年。

## 第九条 合作伙伴

乙方有权根据项目需要，将部分开发、实施或维护工作委托给乙方的合作伙伴完成，无需征得甲方同意。乙方合作伙伴按乙方的要求提供服务，由乙方统一与甲方对接。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部责任（含违约金、赔偿金）以合同总价的20%为限，且乙方不承担任何间接损失、利润损失或数据损失。

10.3 因不可抗力、第三方原因或甲方原因造成的延误和损失，乙方不承担责任。

## 第十一条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。甲方已支付的款项不予退还，但乙方严重违约的除外。甲方逾期付款超过30日的，乙方有权解除合同并收回软件使用许可。

## 第十二条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼费、律师费由败诉方承担。

## 第十三条 其他

13.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

13.2 本合同为乙方标准文本，双方另有约定的以补充协议为准；未签订补充协议的，以本文本为准。

13.3 本合同的附件包括：报价单、定制开发需求说明（以乙方确认版本为准）。

13.4 乙方有权在其官网及宣传材料中将甲方列为客户案例。

甲方（盖章）：宜春禾香食品有限公司　　　　乙方（盖章）：深圳云仓立方软件有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：2026年　月　日　　　　　　　　　　　日期：2026年　月　日
"""
CONTRACTS.append(("h318z05", "h318z05_glutinous_rice_cake_factory_wms_supplier_template", "md", H318Z05, label(
    "h318z05_glutinous_rice_cake_factory_wms_supplier_template.md", "zh", "software",
    T(None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True, True, None,
      "goods_or_licence"),
    True, True, True, 540000, capped=False,
    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
           "CR-WARRANTY"]), 300000, False))

# ================================================================ e01 silk-umbrella studio, perpetual licences, Greek vendor (pdf)
H318E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GRV-HZ-2026-014
P:This Agreement is made between:
P:(1) Hangzhou Yunshan Silk Umbrella Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 58 Daguan Road, Gongshu District, Hangzhou, Zhejiang (the "Customer"); and
P:(2) Gramvousa Pattern Systems S.A., a company incorporated in Greece with its registered seat on Nisída Gramvousa, Regional Unit of Chania, Crete (the "Vendor").
P:Background: (A) The Customer designs and hand-paints silk and oil-paper umbrellas and wishes to move its canopy design, colour planning and print-file preparation onto software. (B) The Vendor develops "Skiadio Studio", a pattern and canopy-template design application, and has agreed to license it to the Customer in perpetuity, to build a set of custom canopy templates from the Customer's own designs and to install and support the software on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Skiadio Studio designer application, the Pattern Library module and the Colour Separation plug-in, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Templates" means the thirty-two canopy templates, stroke brushes and colour palettes the Vendor builds for the Customer under Article 3, in editable source form.
P:1.3 "Installation Certificate" means the document signed by both parties when the Licensed Software is installed on the Customer's workstations and the licence keys are activated. "Final Acceptance" means the Customer's written acceptance under Article 6.
P:1.4 "Customer Data" means the Customer's designs, sketches, colour recipes, customer orders and any other file created or stored with the Licensed Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software for the number of seats stated in Article 4, at its studio in Hangzhou and at any other premises of the Customer in mainland China.
P:2.2 The Customer may make backup copies, move a seat to a replacement workstation and use the Licensed Software for its own design and production work and for work commissioned by its clients. No licence fee is payable beyond the Contract Price.
H:Article 3 Services
P:3.1 The Vendor shall: (a) install and configure the Licensed Software on fourteen designer workstations and six colour-separation workstations; (b) digitise the Customer's archive of canopy designs supplied on paper and as scans, and build from them the Custom Templates, each fitted to the rib counts the Customer uses (16, 24, 32 and 36 ribs); (c) configure print-file export for the Customer's two silk-screen print suppliers; and (d) train up to twenty of the Customer's staff in Hangzhou.
P:3.2 All services shall be completed within ninety days after signature. The Vendor shall deliver a project plan within ten days after signature for the Customer's approval.
H:Article 4 Contract Price
P:4.1 At the Customer's request all prices are stated and payable in Chinese yuan (CNY). The Contract Price is fixed and includes all licence fees, services, travel, taxes and duties:
P:Item 1  Skiadio Studio designer seat, perpetual licence  14 seats x CNY 18,600  CNY 260,400
P:Item 2  Pattern Library module, perpetual licence  1 site  CNY 46,800
P:Item 3  Colour Separation plug-in, perpetual licence  6 seats x CNY 7,900  CNY 47,400
P:Licence Subtotal  CNY 354,600
P:Item 4  Custom Templates (32 templates, brushes, palettes)  CNY 88,000
P:Item 5  Installation, configuration and training  CNY 27,400
P:Contract Price  CNY 470,000
H:Article 5 Payment
P:5.1 The Customer shall pay twenty per cent of the Contract Price (CNY 94,000) within fifteen days after signature, against the Vendor's invoice and an advance-payment guarantee of the same amount issued by a bank acceptable to the Customer.
P:5.2 The Customer shall pay forty-five per cent of the Contract Price (CNY 211,500) within fifteen days after the Installation Certificate is signed. The Installation Certificate records installation only and is not acceptance of the Licensed Software or of the Custom Templates.
P:5.3 The Customer shall pay the remaining thirty-five per cent of the Contract Price (CNY 164,500) within fifteen days after Final Acceptance.
P:5.4 Payments shall be made by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 6 Acceptance
P:6.1 When the services under Article 3 are complete, the Vendor shall notify the Customer and the parties shall run the acceptance tests in Annex 2 within ten working days. The tests shall show at least that: (a) all twenty seats start, open and save files without error; (b) each Custom Template matches the Customer's reference design in proportions and rib division, as checked by the Customer's chief designer; (c) print files exported for both print suppliers are accepted by them without correction; and (d) colour separation for six sample designs reproduces the agreed Pantone references within the tolerance stated in Annex 2.
P:6.2 If the tests are passed the Customer shall sign a Final Acceptance certificate within five working days. If a test fails the Vendor shall correct the defect and the test shall be repeated at the Vendor's cost.
P:6.3 Installation, use of the software in production or any payment does not amount to Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Templates will conform to their documentation and to Annex 1 for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:7.2 Support is provided by telephone, e-mail and remote session from 08:00 to 20:00 Beijing time on working days. For a Severity 1 fault (the software cannot start on more than one seat, or print files cannot be exported) the Vendor shall respond within 2 hours and restore operation or provide a workaround within one working day. For a Severity 2 fault the Vendor shall respond within one working day.
P:7.3 If the Vendor misses a response or restoration time, it shall pay the Customer CNY 500 for each hour of delay, which the Customer may deduct from any sum due.
P:7.4 After the Warranty Period the Customer may order annual maintenance. The Annual Maintenance Fee is eleven per cent of the Licence Subtotal, that is CNY 39,006 per year, and shall not change for three years after the Warranty Period. Later changes require written agreement and shall not exceed three per cent per year. Maintenance is ordered by purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software and all intellectual property in it remain the Vendor's.
P:8.2 The Custom Templates, including their source files, and all intellectual property in them vest in the Customer on creation. The Customer may use, modify, reproduce and license them without restriction. The Vendor shall not reuse the Customer's designs or the Custom Templates for any other customer.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Licensed Software infringes a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy it off the Customer's premises or keep it after the services end.
P:9.2 The Licensed Software runs on the Customer's own workstations and server. The Vendor shall access them remotely only with the Customer's approval for each session, through the connection the Customer provides, and shall keep a log of every session for the Customer.
P:9.3 The Vendor shall protect Customer Data it handles with appropriate technical and organisational measures, shall notify the Customer within 24 hours of any unauthorised access to or loss of Customer Data, and shall be liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other, including unpublished designs, pricing and client lists, shall use it only for this Agreement and shall not disclose it without the other party's written consent. This obligation survives for three years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete the services within the period in Article 3.2 for reasons not attributable to the Customer, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to ten per cent of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to infringement claims under Article 8.3, breach of Articles 9 and 10, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within thirty days after notice. If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all sums paid.
P:13.2 The licences granted in Article 2 for which payment has been made survive termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry, in the English language.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both texts are equally valid. Annex 1 (Functional Specification) and Annex 2 (Acceptance Tests) form part of it.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""
CONTRACTS.append(("h318e01", "h318e01_silk_umbrella_studio_template_software_greek_vendor", "pdf", H318E01, label(
    "h318e01_silk_umbrella_studio_template_software_greek_vendor.pdf", "en", "software",
    T(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Greece",
      "goods_or_licence"),
    True, True, False, 470000, capped=True, rules=["CR-GOVERNING-LAW"]), 354600, False))

# ================================================================ e02 Tianchi shuttle ticketing SaaS, Estonian vendor (md)
H318E02 = """# ORDER FORM AND GENERAL TERMS — SHUTTLE TICKETING PLATFORM

Order Form No. SRN-CN-0207

# Part A — Order Form

## A1. Parties

| | |
|---|---|
| Customer | Jilin Changbai Mountain Tianchi Scenic Area Transport Service Co., Ltd., Erdaobaihe Town, Antu County, Jilin Province, People's Republic of China |
| Vendor | Saarnaki Transit Software OÜ, registered in Estonia, seated on Saarnaki islet, Hiiu County |
| Customer contact | Director of Passenger Operations |
| Vendor contact | Head of Asia Accounts |

## A2. Services

The Vendor provides the "Saarnaki Ride" cloud ticketing platform for the Customer's shuttle bus network between the North, West and South Slope gates, the Tianchi viewing areas and the Erdaobaihe transfer centre: online and on-site ticket sales, timed boarding slots, QR-code gate scanning, dynamic capacity limits per route, refunds, passenger counting and daily settlement reports. The platform is provided as a hosted service; the Customer installs no server software.

Onboarding services (one-time): configuration of 14 routes and their timetables, fare rules for adults, children, seniors and group tickets, integration with WeChat Pay and Alipay through the Customer's merchant accounts, integration with the scenic area's real-name entry system, set-up of the gate scanning licences, and training for ticket-office and gate staff.

## A3. Fees

At the Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | per Subscription Year | 168,000 |
| Gate scanning licences (24 gates) | per Subscription Year | 43,200 |
| Subscription total | per Subscription Year | 211,200 |
| Subscription total for the Initial Term | 3 Subscription Years | 633,600 |
| Onboarding services | one-time | 58,400 |
| **Total fees under this Order Form** | | **692,000** |

Included volume: 900,000 tickets per Subscription Year. Tickets above that volume are charged at CNY 0.12 per ticket, invoiced at the end of the Subscription Year concerned.

## A4. Term

The Initial Term is three Subscription Years. The first Subscription Year starts on the Go-Live Date. This Order Form does not renew automatically; any renewal requires a new Order Form signed by both parties.

## A5. Invoicing and payment

(a) Onboarding fees are invoiced on the Go-Live Date, after the Customer has signed the Go-Live Acceptance record.

(b) Subscription fees are invoiced quarterly in advance, the first quarter on the Go-Live Date.

(c) Invoices are payable within 30 days. No amount is payable before the Go-Live Date.

## A6. Go-Live Acceptance

Before the Go-Live Date the parties shall run the acceptance tests agreed in the project plan, which shall show at least: (i) complete purchase, boarding and refund journeys for each ticket type on the mini-program and at the ticket office; (ii) QR scanning at all 24 gates, including offline scanning when the network drops; (iii) daily settlement reports reconciled with the WeChat Pay and Alipay statements for three consecutive days; and (iv) capacity limits enforced per route and time slot. When the tests are passed the Customer signs a Go-Live Acceptance record. Use of the platform for live sales before that record is signed is not acceptance.

The Vendor aims to reach the Go-Live Date by 1 June 2026, before the summer season. The Vendor will inform the Customer promptly of any expected slippage and agree a revised date with it.

## A7. Special terms

The General Terms in Part B apply. Where the Order Form and the General Terms differ, the Order Form prevails. At the Customer's request the governing law and dispute resolution terms in Part B are those of the People's Republic of China.

# Part B — General Terms

## B1. Provision of the platform

B1.1 The Vendor shall provide the platform in accordance with its documentation and shall make updates available to the Customer at no additional charge.

B1.2 The Vendor will use commercially reasonable efforts to keep the platform available and to respond to support requests promptly. Support is available through the support portal and a hotline staffed in Chinese during the scenic area's opening hours. The Vendor does not commit to any particular availability level, response time or resolution time, and scheduled maintenance may be carried out at times the Vendor chooses, with notice on the support portal.

B1.3 The Vendor may change the features of the platform provided that the functions described in section A2 are not materially reduced.

## B2. Customer obligations

B2.1 The Customer shall keep its user credentials secure, ensure that its staff use the platform in accordance with the documentation and be responsible for fare settings, timetables and content it enters.

B2.2 The Customer shall provide the merchant accounts, the interface documentation of the real-name entry system and network connectivity at the gates.

## B3. Customer Data and security

B3.1 "Customer Data" means all data entered by or for the Customer or generated by its use of the platform, including passenger names, identity document numbers, telephone numbers, trip records and payment references. Customer Data belongs to the Customer. The Vendor shall process it only on the Customer's documented instructions and only to provide the services under this Order Form, and shall not use it for any other purpose.

B3.2 The platform instance used by the Customer is hosted in a public cloud region in mainland China operated by the hosting provider named in the project plan. Customer Data shall not be transferred or accessed from outside mainland China.

B3.3 The Vendor shall maintain security measures appropriate to the risk, including a platform instance filed under the Multi-Level Protection Scheme at level 3, encryption of Customer Data in transit and at rest, role-based access with multi-factor authentication for administrators, logging of all administrative access and daily backups kept for at least 30 days.

B3.4 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and shall assist the Customer with notifications required by the Personal Information Protection Law. The Vendor is liable for all losses, fines and costs the Customer suffers as a result of a security incident caused by the Vendor or its hosting provider.

B3.5 On expiry or termination the Vendor shall return all Customer Data in a standard format within 30 days and then delete it, and shall certify the deletion in writing.

## B4. Intellectual property

B4.1 The platform and all intellectual property in it remain the Vendor's. The Customer receives a right to use the platform during the term of this Order Form.

B4.2 Route maps, fare tables, timetables, report templates and other configurations prepared specifically for the Customer, and all reports generated from Customer Data, belong to the Customer, which may use, modify and license them freely, including to a successor provider.

## B5. Confidentiality

B5.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation survives for three years after the end of the Order Form.

## B6. Warranties

B6.1 Each party warrants that it has the authority to enter into this Order Form. The Vendor warrants that the platform will perform materially in accordance with its documentation and that the onboarding services will be performed with reasonable skill and care.

B6.2 If the platform does not perform as warranted, the Vendor shall correct the non-conformity. Except as expressly stated in this Order Form, the Vendor gives no other warranty.

## B7. Liability

B7.1 Neither party excludes liability for personal injury, fraud or wilful misconduct.

B7.2 Subject to B7.1 and B3.4, each party's total liability arising out of or in connection with this Order Form is limited to two times the total fees under this Order Form.

B7.3 Neither party is liable for loss of profit or indirect loss, except for losses under B3.4.

## B8. Subcontracting

B8.1 The hosting provider named in the project plan is approved by the Customer's signature of this Order Form. The Vendor shall not appoint any other subcontractor without the Customer's prior written consent and remains responsible for all subcontractors.

## B9. Term and termination

B9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

B9.2 If the Customer terminates under B9.1, the Vendor shall refund any subscription fees paid for the period after termination.

B9.3 Sections B3, B4, B5 and B7 survive termination.

## B10. Governing law and disputes

B10.1 This Order Form is governed by the laws of the People's Republic of China.

B10.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time. The arbitral award is final and binding.

## B11. General

B11.1 Notices shall be given in writing to the contacts in section A1. This Order Form is signed in English and Chinese; both versions have equal effect.

Signed for the Customer: ____________________ Date: __________

Signed for the Vendor: ____________________ Date: __________
"""
CONTRACTS.append(("h318e02", "h318e02_tianchi_shuttle_ticketing_saas_order_form", "md", H318E02, label(
    "h318e02_tianchi_shuttle_ticketing_saas_order_form.md", "en", "cloud",
    T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False, "PRC",
      "service"),
    False, False, False, 692000, rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]), None, False))

# ================================================================ e03 navel-orange packing yard cold-room sensors, Danish integrator (docx)
H318E03 = """T:PURCHASE CONTRACT FOR COLD-ROOM ENVIRONMENTAL MONITORING SYSTEM
P:Contract No. GNQ-CG-2026-033
P:Buyer: Ganzhou Qiancheng Navel Orange Packing Co., Ltd., Xinfeng County, Ganzhou, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Hesselø Cold Chain Instruments ApS, a company registered in Denmark with its seat on the island of Hesselø, Kattegat (the "Supplier").
P:The Buyer operates a packing yard with eight cold rooms in which navel oranges are degreened, cured and stored before grading and shipment. After a tender the Buyer has selected the Supplier to supply, install and commission a wireless monitoring system for temperature, humidity, ethylene and carbon dioxide in all eight rooms. This Contract is issued on the Buyer's standard purchase terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply the sensors, gateways and monitoring software listed in Section 2, install and calibrate them in cold rooms 1 to 8 and in the degreening chamber, connect the alarm outputs to the Buyer's packing-line ERP and to an SMS gateway, and train the Buyer's staff.
P:1.2 The system shall record readings from every sensor at intervals of not more than one minute, display them on dashboards by room, and raise alarms to the duty supervisor when a reading leaves the limits set by the Buyer for that room and fruit lot.
P:1.3 The monitoring software shall run on a server in the Buyer's machine room. The system shall continue to record readings locally in each gateway if the network connection to the server is lost, and upload them when it is restored.
P:1.4 The system shall keep at least three harvest seasons of readings online and allow export of any period as CSV files for the Buyer's quality records.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is fixed and includes delivery to the Buyer's site, customs duties, import formalities, installation, calibration, training, taxes and all services during the Warranty Period.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|96|1,850|177,600
TB:2|Ethylene and carbon dioxide sensors|24|6,400|153,600
TB:3|Gateways with local storage|8|9,750|78,000
TB:4|Monitoring software, perpetual licence for 8 rooms|1|124,000|124,000
TB:|Hardware and Licence Subtotal|||533,200
TB:5|Installation, calibration and commissioning|1|61,800|61,800
TB:6|Alarm integration with ERP and SMS gateway|1|32,000|32,000
TB:7|Training|1|9,000|9,000
TB:|Contract Price|||636,000
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Buyer's site within sixty days after signature and complete installation and calibration within thirty days after delivery. Work inside the cold rooms shall be scheduled with the Buyer's operations manager so that stored fruit is not exposed to temperatures outside its limits.
P:3.2 The Supplier's engineers shall follow the Buyer's site safety and food hygiene rules, including the use of protective clothing in cold rooms, and shall not store materials in areas where fruit is handled. The Buyer shall provide power outlets, mounting points and network ports at the locations shown in the installation drawing approved by both parties.
P:3.3 On delivery the parties shall check the quantity and visible condition of the equipment against the packing list and sign a delivery note. Signature of the delivery note confirms receipt only.
H:Section 4 Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 The Buyer shall pay sixty-five per cent of the Contract Price (CNY 413,400) within twenty days after the Delivery and Installation Certificate is signed. That certificate records delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining thirty-five per cent of the Contract Price (CNY 222,600) within twenty days after Final Acceptance.
P:4.4 Each payment is made by bank transfer against a valid VAT invoice issued by the Supplier or its appointed agent in China.
H:Section 5 Acceptance
P:5.1 After installation the Supplier shall run the system for fourteen consecutive days. Final Acceptance requires that: (a) every sensor reports at the agreed interval with no gap longer than ten minutes, except during a power cut documented by the Buyer; (b) temperature readings agree with a calibrated reference thermometer to within ±0.3 °C and humidity readings to within ±3 percentage points at three points in each room; (c) ethylene and carbon dioxide sensors pass a test with certified calibration gas; (d) alarms reach the duty supervisor by SMS and appear in the ERP within two minutes in a simulated excursion in each room; and (e) calibration certificates, manuals and as-built drawings have been delivered.
P:5.2 When all criteria are met the Buyer shall sign a Final Acceptance certificate. Installation, operation of the system in production or any payment does not constitute acceptance. If a criterion is not met the Supplier shall correct the defect within ten days and the test shall be repeated at its cost.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for thirty-six months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective equipment, recalibrate sensors once per season before the harvest, correct software defects and supply software updates free of charge.
P:6.2 Faults shall be handled as follows:
TB:Severity|Description|Response|On site or restored
TB:Severity 1|Loss of monitoring or alarms in any cold room|30 minutes|8 hours
TB:Severity 2|Single sensor or gateway failure|2 hours|2 working days
TB:Severity 3|Other faults and questions|1 working day|5 working days
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time it shall pay the Buyer CNY 600, and for each day by which it misses a Severity 2 time CNY 300. The Buyer may deduct these amounts from any payment due.
P:6.4 Spare parts for all equipment shall remain available for at least seven years after Final Acceptance; if a model is discontinued, the Supplier shall offer a compatible replacement at no higher price.
H:Section 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Buyer may order annual support covering recalibration, repair, replacement of failed sensors and software updates. The annual support fee is nine per cent of the Hardware and Licence Subtotal, that is CNY 47,988 per year, and is fixed for the three years following the Warranty Period.
P:7.2 Support is ordered by the Buyer's purchase order each year and does not renew automatically.
H:Section 8 Data and Security
P:8.1 All readings, alarm logs, room limits, lot records and other data generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall access the system remotely only through the Buyer's VPN with an individual account, after approval by the Buyer's IT manager for each session, and shall not copy data outside the Buyer's network. Default passwords on all devices shall be changed before commissioning.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any unauthorised access to the system or data that it becomes aware of, shall cooperate to contain it and shall be liable for losses caused by its breach of this Section.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's business received under this Contract, including volumes, customers and storage practices, shall use it only for this Contract and shall not disclose it to any third party without the Buyer's written consent, during the Contract and for three years afterwards.
H:Section 10 Intellectual Property
P:10.1 The integration scripts, alarm rules, dashboards and configuration files prepared for the Buyer belong to the Buyer, which may use, modify and disclose them freely, including to another service provider. The Supplier shall deliver them in editable form at Final Acceptance.
P:10.2 The monitoring software remains the Supplier's property and is licensed to the Buyer in perpetuity for the eight rooms.
H:Section 11 Delay
P:11.1 If the Supplier fails to deliver or to complete installation and calibration within the times in Section 3 for reasons not attributable to the Buyer, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to eight per cent of the Contract Price.
P:11.2 Payment of delay damages does not release the Supplier from its obligation to complete the work.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after receiving notice, or if delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the sums paid for work not accepted and compensate the Buyer's losses.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang. The award is final and binding on both parties.
H:Section 15 General
P:15.1 This Contract is made in Chinese and English; both texts are equally authentic. The technical specification attached to the tender documents forms part of it.
P:15.2 No amendment is valid unless made in writing and signed by both parties. Neither party may assign this Contract without the written consent of the other party.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""
CONTRACTS.append(("h318e03", "h318e03_navel_orange_packing_cold_room_sensors", "docx", H318E03, label(
    "h318e03_navel_orange_packing_cold_room_sensors.docx", "en", "hardware",
    T(None, 0.5, True, "buyer", True, True, True, 0.08, None, None, True, True, 36, 9, False, True, False, "PRC",
      "goods_or_licence"),
    True, True, False, 636000, capped=True, rules=[]), 533200, False))

# ================================================================ e04 transformer maker, managed log monitoring, Norwegian provider (md)
H318E04 = """# MANAGED LOG MONITORING SERVICE AGREEMENT

Agreement reference: FLV-MLM-2026-CZ11

**Between**

**Changzhou Jinyuan Transformer Co., Ltd.**, a company established in the People's Republic of China, with its registered address at 9 Hehai East Road, Xinbei District, Changzhou, Jiangsu ("Customer"); and

**Fleinvær Secure Operations AS**, a company registered in Norway, with its seat on Fleinvær, Gildeskål, Nordland ("Provider").

**Recitals**

(A) Customer manufactures power and distribution transformers in two plants in Changzhou and runs an ERP system, a product lifecycle management system, test-bay data systems and office networks.

(B) Customer wishes to have its security and system logs collected, analysed and monitored around the clock, and Provider offers such a managed service through its security operations centre and its operating entity in Shanghai.

**It is agreed as follows.**

## 1. Definitions

1.1 "Service" means the managed log monitoring service described in clause 2 and Schedule 1.

1.2 "Log Sources" means the servers, network devices, firewalls, endpoints and applications listed in the onboarding plan, initially 120 sources.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance certificate under clause 4.

1.4 "Monthly Charge" and "Onboarding Charge" mean the charges in Schedule 2.

## 2. The Service

2.1 Provider shall collect logs from the Log Sources through collectors installed in Customer's plants, store and correlate them on Provider's platform, monitor alerts 24 hours a day, investigate suspicious events, notify Customer of incidents in accordance with Schedule 1 and recommend containment measures.

2.2 Provider shall deliver a monthly service report covering incidents, alert statistics, log-source health, detection-rule changes and recommendations, and shall hold a quarterly review meeting with Customer's IT manager.

2.3 Provider shall maintain and tune the detection rules, including rules written specifically for Customer's environment, and shall add up to ten further Log Sources per quarter without additional charge.

## 3. Onboarding

3.1 Provider shall complete onboarding within 60 days after signature: installation of collectors, connection of all Log Sources, baseline tuning, escalation contacts and run-books.

3.2 If onboarding is not completed within that period for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay until the Service Commencement Date.

## 4. Service Acceptance

4.1 At the end of onboarding the parties shall run a 14-day acceptance period during which Provider shall show that: (a) every Log Source sends logs and gaps longer than 30 minutes are alerted; (b) at least 20 simulated attack scenarios agreed with Customer are detected and escalated in accordance with Schedule 1; (c) the monthly report template and portal access are working; and (d) run-books for the top 15 incident types are approved by Customer.

4.2 When these criteria are met Customer shall sign a Service Acceptance certificate. Operation of collectors or alerts sent before that date do not amount to acceptance.

## 5. Charges and Payment

5.1 At Customer's request all charges are stated and payable in Chinese yuan (CNY). The charges are set out in Schedule 2.

5.2 The Onboarding Charge is invoiced after the Service Acceptance certificate is signed. The Monthly Charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls (pro rata for a part month).

5.3 Invoices are payable within 30 days of receipt. No amount is payable in advance.

## 6. Term and Renewal

6.1 The Initial Term is 24 months from the Service Commencement Date.

6.2 At the end of the Initial Term this Agreement renews automatically for successive Renewal Terms of one Service Year each, unless either party gives written notice of non-renewal at least 90 days before the end of the then current term.

6.3 Provider may increase the Monthly Charge for each Renewal Term by up to six per cent by notice given at least 30 days before the Renewal Term begins. The increased charge applies from the first day of the Renewal Term.

## 7. Service Levels and Service Credits

7.1 Provider shall meet the response and notification times in Schedule 1.

7.2 If Provider misses a time in Schedule 1, Customer is entitled to the Service Credits set out there, credited against the next invoice. Service Credits in any month are limited to 25% of that month's Monthly Charge.

7.3 Service Credits are Customer's sole and exclusive remedy for any failure to meet the service levels or otherwise to perform the Service. Customer shall have no right to terminate this Agreement, in whole or in part, on account of any such failure or any other breach by Provider; Customer's remedies are Service Credits and, where clause 11 allows, damages.

## 8. Customer Data and Security

8.1 "Customer Data" means all logs, alerts, incident records and other information collected from Customer's systems. Customer Data belongs to Customer and Provider shall use it only to provide the Service to Customer. Provider shall not use Customer Data, whether or not anonymised, for any other customer or purpose.

8.2 Customer Data is stored on collectors in Customer's plants and on Provider's platform in a data centre in Shanghai filed under the Multi-Level Protection Scheme at level 3. Customer Data shall not be transferred outside mainland China and Provider's staff outside mainland China shall not have access to it.

8.3 Provider shall encrypt Customer Data in transit and at rest, restrict access to named analysts with multi-factor authentication, log all access, and keep Customer Data for 180 days online and a further 180 days in archive, then delete it.

8.4 Provider shall notify Customer within 2 hours of any security incident affecting Customer Data or Provider's platform, shall take immediate containment measures, and shall be liable for all losses Customer suffers as a result of such an incident caused by Provider.

8.5 On expiry or termination Provider shall return Customer Data in a standard format within 30 days and then delete it and certify the deletion.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including Customer's network architecture, vulnerabilities, incidents and production data, and Provider's methods and tools, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 10. Intellectual Property

10.1 Provider's platform, tools and general detection content remain Provider's property.

10.2 Detection rules, run-books, dashboards and reports created specifically for Customer belong to Customer, which may use, modify and pass them to any successor provider. Provider shall hand them over in usable form on expiry or termination.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term, except for breach of clauses 8 and 9, personal injury and wilful misconduct, which are not limited.

11.2 Neither party is liable for indirect or consequential loss, except in respect of breach of clauses 8 and 9.

## 12. Subcontracting

12.1 Provider shall not subcontract any part of the Service without Customer's prior written consent. Provider's Shanghai operating entity named in Schedule 2 is approved by signature of this Agreement. Provider remains responsible for all subcontractors.

## 13. Suspension and Ending

13.1 Provider may suspend the Service if Customer fails to pay an undisputed invoice within 30 days after a written reminder, and may terminate this Agreement if the amount remains unpaid for a further 30 days.

13.2 Customer may end this Agreement only by notice of non-renewal under clause 6.2, taking effect at the end of the Initial Term or of a Renewal Term.

13.3 On expiry or termination Provider shall provide reasonable exit assistance for up to 30 days, including handover of the materials under clause 10.2.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules. The award is final.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties about the Service. Amendments must be in writing and signed by both parties.

15.2 This Agreement is signed in English and Chinese; both versions are equally authentic.

## Schedule 1 — Priorities, Response Times and Service Credits

| Priority | Definition | Response and notification | Service Credit per miss |
|---|---|---|---|
| P1 | Confirmed intrusion, ransomware activity, or loss of log collection from a whole plant | 15 minutes by telephone and e-mail | 5% of the Monthly Charge |
| P2 | Suspicious activity on a critical server or privileged account | 1 hour | 2% of the Monthly Charge |
| P3 | Policy violations and other alerts needing review | 8 hours | 0.5% of the Monthly Charge |
| P4 | Questions and change requests | 2 working days | none |

Response means that a named analyst has begun investigating and has contacted Customer's escalation contact.

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly Charge (120 Log Sources, 24x7 monitoring, reporting) | per month | 46,500 |
| Monthly Charges for the Initial Term | 24 months | 1,116,000 |
| Onboarding Charge | one-time | 84,000 |
| **Total charges for the Initial Term** | | **1,200,000** |

Operating entity in mainland China: Fleinvær Secure Operations (Shanghai) Co., Ltd.

For Customer: ____________________ Date: __________

For Provider: ____________________ Date: __________
"""
CONTRACTS.append(("h318e04", "h318e04_transformer_maker_managed_log_monitoring", "md", H318E04, label(
    "h318e04_transformer_maker_managed_log_monitoring.md", "en", "services",
    T(None, 0.25, True, "buyer", True, True, True, 900 / 1200000 * 100, 150, None, True, None, None, None, True, False,
      False, "PRC", "service"),
    True, True, False, 1200000, rules=["CR-AUTO-RENEWAL", "CR-TERMINATION"]), None, False))

# ================================================================ e05 logistics platform, licence points check API, Croatian vendor (txt)
H318E05 = """API SUBSCRIPTION AGREEMENT
DRIVER LICENCE STATUS AND POINTS CHECK SERVICE

Agreement No. VRN-API-2026-GZ05

THIS AGREEMENT is made on the date of the last signature below

BETWEEN

GUANGZHOU HUIYUN FREIGHT PLATFORM TECHNOLOGY CO., LTD., a company established under the laws of the People's Republic of China, with its registered office in Huangpu District, Guangzhou, Guangdong ("Customer"); and

VRNIK DATA SERVICES D.O.O., a company registered in Croatia with its seat on Otok Vrnik, Korčula, Dubrovnik-Neretva County ("Vendor").

BACKGROUND

Customer operates an online freight-matching platform on which independent truck drivers and carriers accept delivery orders. Before a driver is admitted, and again at intervals, Customer must confirm that the driver's licence is valid for the vehicle class and that the licence has not been suspended or reached the points limit. Vendor provides an application programming interface ("API") that returns the status, class and current points of a mainland driving licence, through its mainland operating subsidiary and the authorised data channels described in the Schedule. Customer wishes to subscribe to the API on the terms below.

1. DEFINITIONS

1.1 "API" means Vendor's driver licence status and points check interface, its sandbox environment and documentation.

1.2 "Query" means one request to the API for one driving licence that returns a result, including a "not found" result.

1.3 "Subscription Year" means each successive period beginning on the Service Start Date or on an anniversary of it.

1.4 "Service Start Date" means the date on which Customer signs the Integration Acceptance record under clause 4.

1.5 "Customer Data" means the licence numbers, names and other information Customer submits in Queries, and the results returned to Customer.

2. SERVICE

2.1 Vendor shall make the API available to Customer's production systems from the Service Start Date for the Subscription Term, in accordance with the documentation and the service levels in the Schedule.

2.2 Each Query shall return, where available: licence validity, permitted vehicle classes, expiry date, accumulated points in the current scoring cycle, and any suspension or revocation status, with the time of the last update from the data source.

2.3 Vendor shall provide a sandbox environment for development and testing free of charge, and shall give Customer at least 60 days' notice of any change to the API that is not backward compatible.

2.4 Vendor shall notify Customer through the support portal at least 5 days in advance of scheduled maintenance and immediately of any unplanned outage, and shall publish a status page showing the current availability of the API and of each data channel.

2.5 The included volume is 1,200,000 Queries per Subscription Year. Queries above the included volume are charged as stated in the Schedule.

3. INTEGRATION SERVICES

3.1 Vendor shall assist Customer with integration of the API into Customer's driver onboarding and periodic re-check processes, including field mapping, error handling, batch re-check jobs for the existing driver base and a monitoring dashboard for Customer's operations team.

3.2 Vendor shall complete the integration services within 45 days after signature of this Agreement.

3.3 If the integration services are not completed within that period for reasons attributable to Vendor, Vendor shall pay Customer CNY 400 for each day of delay until the Service Start Date.

3.4 Customer shall provide a test environment, sample data for the acceptance tests and a named technical contact.

4. INTEGRATION ACCEPTANCE

4.1 Before the Service Start Date the parties shall run the acceptance tests set out in the Schedule, including: (a) results for a sample of 2,000 licences compared with manual checks through the official public channel, with no discrepancy in status or vehicle class; (b) a load test at 50 Queries per second for one hour with a 95th-percentile response time below 800 milliseconds; (c) correct handling of every documented error code; and (d) the batch re-check job completed for the existing driver base.

4.2 When the tests are passed Customer shall sign an Integration Acceptance record. Production use before that record is signed does not amount to acceptance.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and payable in Chinese yuan (CNY). The fees are set out in the Schedule.

5.2 The Integration Fee is invoiced after the Integration Acceptance record is signed.

5.3 The Subscription Fee is invoiced quarterly in advance, the first quarter on the Service Start Date. Overage fees are invoiced quarterly in arrears.

5.4 Invoices are payable within 30 days of receipt. No fee is payable before the Service Start Date.

6. TERM

6.1 The Subscription Term is two Subscription Years from the Service Start Date.

6.2 This Agreement does not renew automatically. Any extension shall be agreed in writing, including its fees.

7. CUSTOMER DATA

7.1 Customer Data is and remains the property of Customer.

7.2 Vendor shall use Customer Data only to process Customer's Queries and to invoice Customer, and shall not sell it or use it to build any database of drivers for itself or others.

7.3 Vendor keeps Query logs for 30 days for billing and troubleshooting and then deletes them.

8. CUSTOMER OBLIGATIONS

8.1 Customer shall submit Queries only for drivers who have applied to or are registered on Customer's platform and who have been informed that their licence will be checked, and shall obtain any consent the law requires.

8.2 Customer shall keep its API keys secret and shall be responsible for all Queries made with them.

8.3 Customer shall not resell the API or its results.

8.4 Customer shall inform Vendor without delay of any suspected misuse of its API keys so that they can be revoked.

9. INTELLECTUAL PROPERTY

9.1 The API, the platform and all data sources remain the property of Vendor or its licensors.

9.2 The integration adapters, batch jobs and dashboard configuration prepared for Customer under clause 3 belong to Customer, which may use, modify and license them freely. Vendor shall deliver them with their source code at Integration Acceptance.

10. WARRANTIES

10.1 Vendor warrants that the API will perform in accordance with its documentation and that results will reflect the information available from the data source at the time stated in each result.

10.2 Vendor does not warrant the accuracy of the information held by the data source itself.

10.3 If a result is shown to be wrong because of an error in Vendor's processing, Vendor shall correct it without delay and re-run the affected Queries free of charge.

11. LIABILITY

11.1 Vendor's total liability under this Agreement is limited to one and a half times the total fees under this Agreement.

11.2 Neither party is liable for loss of profit or indirect loss.

11.3 Nothing in this Agreement limits liability for personal injury, fraud or wilful misconduct.

12. SUBCONTRACTING

12.1 Vendor's mainland operating subsidiary named in the Schedule performs the Service and is approved by Customer's signature of this Agreement. Vendor shall not subcontract any other part of the Service without Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

13.2 If Customer terminates under clause 13.1, Vendor shall refund the Subscription Fee paid for the period after termination.

13.3 On expiry or termination Vendor shall cooperate for up to 30 days with any transfer of the service to another provider and shall deliver the materials under clause 9.2 in their latest version.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding.

15. GENERAL

15.1 This Agreement, including the Schedule, is the entire agreement of the parties about its subject matter. Amendments must be in writing and signed by both parties.

15.2 Notices shall be sent to the addresses above by courier or e-mail with confirmation of receipt.

15.3 This Agreement is signed in English and Chinese; both texts are equally authentic.

15.4 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over its business.

SCHEDULE - FEES, SERVICE LEVELS AND ACCEPTANCE

PART 1 - FEES

  Subscription Fee (1,200,000 Queries included)     per Subscription Year    CNY 264,000
  Subscription Fees for the Subscription Term       2 Subscription Years     CNY 528,000
  Integration Fee                                   one-time                 CNY 36,000
  TOTAL FEES UNDER THIS AGREEMENT                                            CNY 564,000
  Overage                                           per Query above the included volume   CNY 0.18

PART 2 - SERVICE LEVELS

  API availability: at least 99.95% in each calendar month, measured by Vendor's external monitoring at one-minute intervals, excluding scheduled maintenance notified 5 days in advance and carried out between 01:00 and 05:00 Beijing time.

  Support priorities:
  Priority 1 - API unavailable or returning errors for more than 5% of Queries: response within 30 minutes, restoration target 2 hours.
  Priority 2 - degraded performance or a single data field missing: response within 2 hours, restoration target 1 working day.
  Priority 3 - questions and documentation issues: response within 1 working day.

  Service credits: if availability in a month falls below the level above, Customer receives a credit of 5% of the quarterly Subscription Fee for each 0.1 percentage point of shortfall, up to half of that quarterly fee. For each missed Priority 1 response time Customer receives a credit of CNY 1,000.

PART 3 - ACCEPTANCE TESTS

  As described in clause 4.1. Test sample and manual comparison records are kept by Customer.

PART 4 - OPERATING SUBSIDIARY

  Vrnik Data Services (Guangzhou) Co., Ltd., Tianhe District, Guangzhou.

Signed for Customer: ______________________   Date: __________

Signed for Vendor:   ______________________   Date: __________
"""
CONTRACTS.append(("h318e05", "h318e05_logistics_platform_driver_licence_points_api", "txt", H318E05, label(
    "h318e05_logistics_platform_driver_licence_points_api.txt", "en", "cloud",
    T(99.95, 0.5, True, "buyer", False, True, False, 400 / 564000 * 100, 150, None, True, None, None, None, False, True,
      False, "PRC", "service"),
    True, True, False, 564000, rules=["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"]), None, False))


# ================================================================ build, read back, check
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_label_values(key, lab, base):
    t, x = lab["expected_terms"], lab["expected_extra"]
    near = lambda v, th, tol: v is not None and abs(v - th) < tol
    assert not near(t["availability_pct"], 99.9, 0.005), key
    assert not near(t["p1_response_hours"], 4, 0.01), key
    assert not near(t["ld_rate_per_day_pct"], 0.05, 0.002), key
    assert not near(t["liability_cap_pct"], 100, 0.5), key
    assert not near(t["prepayment_pct"], 30, 0.5), key
    assert not near(t["warranty_months"], 12, 0.5), key
    assert not near(t["post_warranty_fee_pct"], 15, 0.5), key
    s = tco_share(lab, base) if base else None
    if s:
        assert not near(s[2], 40, 1.0), (key, s)
    return s


if __name__ == "__main__":
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {}
    for key, stem, ext, src, lab, base, ff in CONTRACTS:
        assert lab["file"] == stem + "." + ext, key
        if ext in ("txt", "md"):
            (OUT / lab["file"]).write_text(src, encoding="utf-8")
            print("wrote", lab["file"])
    write({k: s for k, _, e, s, _, _, _ in CONTRACTS if e in ("docx", "pdf")},
          {k: (st + "." + e, e) for k, st, e, _, _, _, _ in CONTRACTS if e in ("docx", "pdf")}, OUT, wrap_words=True)

    fired = set()
    print()
    print("%-9s %-5s %-6s %-8s %s" % ("contract", "fmt", "size", "risk", "expected rules"))
    for key, stem, ext, src, lab, base, ff in CONTRACTS:
        text = read_back(OUT / lab["file"])
        size = len(text) if lab["language"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lab["language"] == "zh" else (1500, 1700)
        assert lo <= size <= hi, (key, size)
        hits = threshold_hits(text) + threshold_hits(src)
        assert not hits, (key, hits)
        s = check_label_values(key, lab, base)
        rules = derive_rules(lab, base, ff)
        assert rules == lab["expected_rules"], (key, rules, lab["expected_rules"])
        fired |= set(rules)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        tco = "" if not s else "  TCO %.0f, post-warranty fees %.0f, share %.2f %%" % (s[1], s[0], s[2])
        print("%-9s %-5s %-6d %-8s %s%s" % (key, ext, size, risk_of(rules), ", ".join(rules) or "(none)", tco))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, missing
    kinds = [len(c[4]["expected_rules"]) for c in CONTRACTS]
    print("\nall 20 CR rules fire at least once; findings per contract:", kinds)
