"""holdout445: builds ten ordinary draft contracts (txt/md written directly, docx/pdf via ../word_pdf.py), writes their
labels, derives each draft's expected rules from its labels by my own reading of policy.md section 3, checks them
against the design list, asserts that all 20 CR rules fire in the set, checks text lengths and scans every source and
every built file for threshold figures. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scanner
BAD = [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.,])100\s*(%|％|per\s*cent|percent)", r"百分之百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30\s*(%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*(per\s*cent|percent)",
    r"(?<![\d.,])15\s*(%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*(per\s*cent|percent)",
    r"(?<![\d.,])40\s*(%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s*(per\s*cent|percent)",
    r"(?<![\d.])0\.050*\s*(%|％|per\s*cent|percent)", r"万分之五(?![十])", r"0\.0005(?!\d)",
    r"(?<![\d.])4\s*(小时|个小时|hours?\b|-hour|h\b|hrs?\b)", r"(?<![十])四\s*(个)?小时", r"four[\s-]*hours?",
    r"(?<![\d.])240\s*(分钟|minutes?|mins?)",
    r"(?<![\d.])12\s*(个月|months?|-month)", r"十二个月", r"twelve[\s-]*months?", r"一年", r"(?<![a-z])one[\s-]*years?",
    r"(?<![\d.])1\s*(year|yr)s?\b", r"(?<![\d.])1\s*年(?!度)",
    r"(?<![\d.])5\s*(年|years?|-year|yrs?)", r"五年", r"five[\s-]*years?", r"(?<![\d.])60\s*(个月|months?|-month)", r"六十个月",
    r"sixty[\s-]*months?",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BAD_RE:
            for m in rx.finditer(variant):
                found.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return found


MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "40%", "四成",
            "5年", "五年", "five years", "60 months", "12 months", "百分之四十", "百分之十五", "1 year", "one-year", "5 years"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "24 hours", "Subscription Year",
             "45%", "35%", "20%", "0.08%", "1 hour", "14 days", "2026年1月", "万分之八", "six months", "18 months",
             "百分之三十五", "百分之二十五", "1,150", "36 months", "per year", "each year", "Year 1", "第1年度"]
for s in MUST_HIT:
    assert hits(s), ("must hit", s)
for s in MUST_MISS:
    assert not hits(s), ("must miss", s, hits(s))

# ---------------------------------------------------------------- rules from labels (my reading of policy.md section 3)
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(d):
    """policy section 4: horizon 5 (years) from acceptance; post-warranty years = horizon - warranty years."""
    years_after = max(0.0, 5 - d["warranty_months"] / 12)
    fee = d["fee_base"] * d["fee_pct"] / 100
    total = d["value"] + years_after * fee
    return years_after * fee / total * 100, total


def derive(label, tco, foreign_forum):
    t, x = label["expected_terms"], label["expected_extra"]
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if tco and tco_share(tco)[0] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def label(file, lang, category, terms, sla, ld_stated, deemed, value, capped=None):
    assert list(terms) == KEYS, file
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": file, "language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto,
                           term, sub, law, kind]))


# ---------------------------------------------------------------- z01 (pdf, buyer's paper, 政府采购, compliant)
H445Z01 = """T:滨江市光荣院管理服务平台建设项目 政府采购合同
P:合同编号：BJTYJ-2026-ZC017　　采购方式：公开招标
P:甲方（采购人）：滨江市退役军人事务局　　地址：滨江市新城区政务中心东楼
P:乙方（供应商）：南京启衡信息技术有限公司　　地址：南京市雨花台区软件大道168号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就滨江市光荣院管理服务平台（以下简称“平台”）的软件许可、定制开发及实施服务达成如下协议，招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供光荣院管理平台软件（V3.0）永久使用许可，部署于甲方政务云，许可范围为全市3家光荣院及局机关，不限用户数。
P:1.2 乙方按甲方需求定制开发：优抚对象入住评估与档案管理、床位与护理计划、健康监测数据接入、探视预约、荣誉墙与纪念活动管理、资金使用台账及统计报表、与省退役军人信息系统的数据接口。
P:1.3 乙方负责历史数据迁移、部署实施及培训，项目建设期为合同签订之日起150日。乙方应派驻项目经理1名、开发及实施人员不少于6名，人员变更须经甲方书面同意。
P:1.4 培训对象为局机关及各光荣院管理人员、护理人员，集中培训不少于3期，乙方提供培训教材和操作视频，并对受训人员进行上机考核。
H:第二条 合同价款
P:合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），为固定总价，包含下列各项：
P:（1）平台软件许可费：¥468,000；
P:（2）定制开发费：¥596,000；
P:（3）实施部署费：¥148,000；
P:（4）历史数据迁移费：¥40,000；
P:（5）培训费：¥34,000。
P:合同总价已包含税费、差旅及质保期内全部服务费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款（¥257,200），乙方应同时提交等额银行保函。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%（¥578,700）。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%（¥450,100）。
P:3.4 乙方每次收款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序付款。
H:第四条 验收
P:4.1 初步验收：平台全部功能按需求规格说明书上线，乙方提交测试报告，甲方组织功能测试，所有测试用例通过且无一级、二级缺陷。
P:4.2 最终验收：初验后平台试运行90日，试运行期间未发生一级故障；200个并发用户下页面平均响应时间不超过2秒；历史数据迁移经抽样核对准确无误；通过第三方网络安全等级保护测评（二级）；乙方交付源代码、数据库设计说明、用户手册及运维手册。
P:4.3 甲方在收到乙方书面验收申请后10个工作日内组织验收，并出具书面验收报告。平台上线、试运行或甲方付款均不视为验收合格。
H:第五条 质量保证与维护
P:5.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，并配合甲方完成等级保护年度测评整改。
P:5.3 质保期内乙方应保持项目组核心成员稳定，配合甲方完成优抚政策调整引起的小范围功能调整（单项不超过10人天），不另收费。
P:5.4 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的10%（即每年不超过¥46,800），该价格在质保期满后三个年度内不得上调，届时另行签订维护合同。
H:第六条 服务水平
P:6.1 平台在质保期内的月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前3个工作日通知甲方）。
P:6.2 故障分级响应：一级故障（平台整体不可用或数据丢失）30分钟内响应、2小时内到场、8小时内恢复；二级故障（主要功能不可用）1小时内响应、12小时内恢复；三级故障2个工作日内解决。
P:6.3 乙方未达到6.1规定可用率的，每低0.01个百分点扣减当年维护保证金2,000元；一级故障响应或恢复每超时1小时，乙方支付1,000元违约金，甲方可从履约保证金中直接扣除。
H:第七条 知识产权
P:7.1 本项目定制开发的软件、接口程序、源代码、文档及数据库设计的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯第三方知识产权。
H:第八条 数据安全
P:8.1 平台中的优抚对象个人信息、健康数据、业务数据及衍生数据均归甲方所有，乙方不得用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储与传输、操作日志审计，远程运维须经甲方批准并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、优抚对象信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露，保密义务不因合同终止而解除。乙方应与参与本项目的全部人员签订保密承诺书，并在项目结束时收回其账号和权限。
H:第十条 违约责任
P:10.1 乙方未按期完成初验或最终验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合合同约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权拒收并要求乙方退还相应款项。
P:10.3 甲方未按期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:第十一条 分包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还甲方已付款项中未履行部分的费用并赔偿甲方损失。合同解除后，乙方仍应向甲方移交已完成的开发成果、源代码及全部业务数据，并配合后续服务单位完成交接。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。合同期满、双方义务履行完毕后本合同自然终止，不自动续期。
P:甲方（盖章）：滨江市退役军人事务局　　乙方（盖章）：南京启衡信息技术有限公司
P:代表签字：__________　　代表签字：__________　　签订日期：2026年3月16日
"""


# ---------------------------------------------------------------- z02 (docx, ice plant refrigeration control retrofit)
H445Z02 = """T:制冷机组控制系统改造及维保合同
P:合同编号：HJZB-2026-031
P:甲方（买方）：青岛海晶制冰有限公司　　地址：青岛市黄岛区渔港路27号
P:乙方（卖方）：济南中冷自控工程有限公司　　地址：济南市历城区工业北路299号
P:鉴于甲方一号、二号制冰车间的氨制冷机组控制系统老化，甲方经比选确定由乙方承担控制系统改造及质保期维保工作，双方经协商一致，订立本合同。
H:一、改造范围
P:（一）拆除原继电器控制柜，新装PLC控制系统2套，实现压缩机、冷凝器、蒸发器及制冰池的集中控制和能量调节。
P:（二）为6台螺杆压缩机配套变频器，更换温度、压力、液位传感器，新装氨泄漏检测报警装置，并与排风机联动。
P:（三）部署上位机监控软件，提供工况画面、报警记录、能耗报表及手机端报警推送，保留原手动操作回路。
P:（四）改造须分车间、分时段停机施工，单个车间停机不超过72小时，乙方应提前7日提交停机施工方案，经甲方书面确认后实施。
H:二、合同价格
P:合同总价为人民币壹佰壹拾贰万陆仟元整（¥1,126,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含控制柜、模块、触摸屏）|2套|386,000
TB:2|压缩机变频器|6台|231,000
TB:3|温度、压力、液位传感器|1批|96,800
TB:4|氨泄漏检测报警装置|1套|58,200
TB:5|上位机监控软件许可（永久）|1套|128,000
TB:6|工控机及显示大屏|1套|46,000
TB:|软硬件小计||946,000
TB:7|安装调试及控制程序编制|1项|168,000
TB:8|操作培训|1项|12,000
TB:|合同总价||1,126,000
P:合同总价包含设备、软件、运输、安装、调试、税费及质保期内维保费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并安装完毕后，甲方支付合同总价的50%；到货安装不视为验收合格。
P:（三）系统通过最终验收后，甲方支付合同总价的35%。
P:（四）余款5%作为质量保证金，质保期满且无未处理质量问题后10个工作日内无息支付。
H:四、交付与工期
P:（一）乙方应在合同生效后45日内完成全部设备到货，75日内完成两个车间的改造并具备验收条件。设备到货时，双方共同开箱清点，核对型号、数量及合格证，开箱清点仅确认数量，不代表质量合格。
P:（二）乙方施工人员须持有效电工证、压力容器或制冷作业证上岗，遵守甲方氨制冷车间安全管理制度，动火、登高及带电作业须办理作业票。施工期间造成的人身伤害及财产损失由乙方负责。
P:（三）乙方应对甲方设备操作人员及电工进行现场培训，内容包括系统操作、参数设置、报警处置、日常点检及应急停机，培训不少于3天，受训人员应能独立完成日常操作。
P:（四）乙方应提供常用备品备件清单及报价，并保证所供设备停产后仍能供应备件或提供兼容替代方案。
H:五、验收
P:（一）验收标准：系统连续运行168小时无一级故障；各冷间温度控制偏差不超过±0.5℃；氨泄漏报警在浓度达到设定值后5秒内动作并联动排风；制冰周期与改造前相比不延长；上位机数据与现场仪表核对一致；乙方提交竣工图纸、程序备份及操作手册。
P:（二）甲方在乙方提交验收申请后7个工作日内组织验收并出具书面验收报告。设备安装、试运行或甲方使用均不视为验收合格。
H:六、质保与维保
P:（一）质保期为最终验收合格之日起二十四个月，质保期内乙方免费维修或更换故障设备，每季度上门巡检一次并出具巡检报告。
P:（二）故障响应：一级故障（制冷机组停机或氨泄漏报警失效）乙方1小时内响应，6小时内到场；二级故障8小时内到场；三级故障3个工作日内处理。
P:（三）一级故障响应或到场每超时1小时，乙方向甲方支付违约金800元，甲方可从质量保证金中扣除。
P:（四）质保期满后，甲方可委托乙方继续维保，年度维保费按软硬件小计的9%计取（即每年¥85,140），质保期满后三个年度内不上调。
P:（五）维保服务内容包括：每季度巡检一次，每年制冷季前全面检测一次，传感器及氨泄漏探头每年校验一次并出具校验记录，PLC程序和上位机数据每季度备份一次，重大节假日及制冰旺季安排专人值守。维保期间更换的备件，质保期内免费，质保期满后按双方确认的备件报价单结算。
H:七、知识产权
P:乙方为本项目编制的PLC控制程序、组态画面、报表模板及其源程序归甲方所有，甲方可自行修改或交由他人维护；上位机软件的知识产权归原权利人，甲方获得永久使用许可。
H:八、数据安全
P:（一）系统运行数据、报警记录及生产数据归甲方所有，乙方不得复制或用于本合同以外的目的。
P:（二）乙方人员进入甲方配电室及车间作业前，应接受甲方安全培训。远程维护须经甲方逐次批准，通过甲方提供的VPN账号进行并留存操作记录；控制网络与办公网络之间须部署工业防火墙，乙方不得在控制系统中安装与本项目无关的软件，所用移动存储介质须经甲方查杀。
P:（三）因乙方原因导致数据泄露、控制系统被非法侵入或停机的，乙方应在2小时内报告甲方、立即处置，并赔偿甲方全部损失。
H:九、保密
P:双方对因本合同知悉的对方技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露。
H:十、分包
P:乙方可将电气配管、桥架及线缆敷设等安装施工分包给具备相应资质的单位，但应在进场前书面告知甲方分包单位名称；乙方对分包部分承担全部责任。
H:十一、违约责任
P:（一）乙方逾期完成交付或改造的，每逾期一日按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
P:（三）因乙方施工原因造成甲方机组损坏或停产损失的，乙方负责修复并赔偿实际损失。
H:十二、合同解除
P:乙方逾期超过30日，或严重违约经甲方书面催告后10日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失，乙方应在解除后15日内退还甲方已付但未履行部分的款项，并自费拆除未验收的设备、恢复原控制回路。
H:十三、法律适用与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交青岛仲裁委员会仲裁。
H:十四、不可抗力
P:因地震、台风、疫情等不可抗力导致不能履行的，受影响方应在3日内通知对方并提供证明，相应顺延工期；不可抗力持续超过60日的，双方可协商解除合同。
H:十五、其他
P:（一）本合同附件包括：设备技术规格表、施工方案、验收大纲、备品备件清单，附件与正文具有同等效力。
P:（二）合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青岛海晶制冰有限公司　　乙方（盖章）：济南中冷自控工程有限公司
P:签订日期：2026年4月8日
"""


# ---------------------------------------------------------------- z03 (txt, convenience chain SaaS + implementation)
H445Z03 = """门店订货及会员管理SaaS服务合同

合同编号：YXBL-IT-2026-008
甲方（客户）：长沙悦享便利连锁有限公司
地址：长沙市岳麓区麓谷大道662号
乙方（服务商）：杭州云铺数智科技有限公司
地址：杭州市滨江区江南大道3880号

甲方在长沙、株洲、湘潭经营120家便利店，拟统一使用乙方的门店订货及会员管理SaaS服务（以下简称“云服务”），并委托乙方完成实施及历史数据迁移。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方120家门店及总部提供云服务，包括：门店智能订货（按销量、库存和天气自动生成建议订货单）、配送中心要货与到货确认、商品价格与促销管理、会员注册与积分、电子优惠券、会员消费分析报表。
1.2 乙方负责实施服务：门店开通与账号配置、与甲方收银系统（POS）及配送中心WMS的接口对接、120家门店分三批上线、店长及店员培训。
1.3 云服务通过浏览器、门店手持终端及会员小程序使用，乙方应保证与甲方现有门店硬件兼容，不要求甲方另行采购设备。
1.4 乙方负责将甲方原会员系统中的会员档案、积分余额及近两年消费记录迁移至云服务。
1.5 服务期为三个服务年度，自全部门店上线验收合格之日起计算。每个服务年度自上线验收合格之日起算，至次年对应日前一日止。

2. 费用
2.1 云服务年费：每店每服务年度人民币2,680元，120家门店合计每服务年度¥321,600，三个服务年度合计¥964,800。
2.2 实施费：¥186,000（一次性）。
2.3 数据迁移费：¥48,000（一次性）。
2.4 合同总价：¥1,198,800。服务期内门店数量增加的，新增门店按2.1单价按月折算计费；门店关闭的，自次月起相应减少。

3. 付款
3.1 实施费及数据迁移费在全部门店上线验收合格后15个工作日内一次性支付。
3.2 云服务年费按季度支付，每季度结束后10个工作日内，乙方提交服务报告及发票，甲方核对后支付该季度费用。
3.3 甲方不预付任何款项。

4. 上线验收
4.1 乙方应在合同签订后90日内完成全部门店上线。
4.2 验收标准：120家门店均能正常订货、要货、收货；与POS及WMS接口连续7日数据一致、无丢单；会员迁移数据经抽查核对无误，积分余额与原系统一致；高峰时段单张订货单提交响应不超过3秒；乙方交付接口说明、操作手册和培训记录。
4.3 甲方在收到验收申请后7个工作日内组织验收并签署书面意见。门店开通或试用不视为验收合格。
4.4 分批上线的，每批门店上线后试运行7日，乙方应记录并关闭试运行中发现的问题；三批门店全部试运行完毕后进行整体验收。

5. 服务水平
5.1 云服务月度可用率不低于99.5%，每日2:00至5:00的计划维护时间除外。
5.2 故障响应：一级故障（全部或多家门店无法订货、收银对接中断）15分钟内响应、2小时内恢复；二级故障（单店或单一功能异常）1小时内响应、8小时内恢复；一般问题1个工作日内答复。
5.3 服务补偿：月度可用率每低于约定值0.1个百分点，减免当月服务费的2%；一级故障恢复每超时1小时，减免当月服务费1,000元。减免金额从当季应付费用中直接扣除。
5.4 乙方每月向甲方提交服务报告，列明可用率、故障处理及补偿计算。

6. 知识产权
6.1 云服务平台及其软件的知识产权归乙方所有。
6.2 乙方为甲方定制开发的报表、接口程序及配置成果归甲方所有，甲方可自行使用、修改或交由第三方维护。

7. 数据与个人信息
7.1 甲方的会员信息、商品、订货、销售数据均属于甲方，乙方仅为履行本合同处理，不得用于其他任何目的，不得向第三方提供。
7.2 乙方应按《个人信息保护法》及网络安全等级保护三级要求部署云服务，数据存储于中国境内，敏感个人信息加密存储，操作留痕，定期进行漏洞扫描。
7.3 发生数据泄露或个人信息安全事件的，乙方应在2小时内通知甲方，配合甲方向主管部门报告；因乙方原因造成泄露、丢失或篡改的，乙方承担全部赔偿责任。
7.4 合同终止后30日内，乙方应将甲方全部数据以通用格式交还甲方，并在甲方确认后删除，出具删除证明。
7.5 乙方人员访问甲方生产数据须经甲方授权，使用实名账号并开启双因素认证，乙方应每半年向甲方提供一次安全自查报告及第三方渗透测试摘要。

8. 违约责任
8.1 乙方未按4.1约定完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
8.2 乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但因数据泄露、故意或重大过失造成的损失不受此限。
8.3 乙方违反第7条约定的，除赔偿损失外，还应按合同总价的5%支付违约金，并配合甲方处理会员投诉及主管部门的调查。
8.4 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

9. 分包
乙方不得将本合同项下服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意。

10. 续期
服务期满前30日任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据成本变化调整云服务年费，上调幅度不超过上一服务年度年费的8%，乙方在期满前30日书面通知甲方调整后的价格即可。

11. 合同解除
乙方严重违约且在甲方书面通知后15日内未纠正的，或云服务连续两个月可用率低于98%的，甲方有权解除合同，乙方应退还已付未使用期间的服务费并协助迁出数据。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交长沙仲裁委员会仲裁。仲裁期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以争议为由中断云服务或拒绝交还数据。

13. 双方的其他义务
13.1 甲方应指定项目负责人，按时提供门店清单、商品主数据、原会员系统导出数据和接口测试环境，组织门店人员参加培训。
13.2 乙方应指定项目经理及客户成功经理各1名，上线期间每周提交进度报告；服务期内每季度与甲方召开一次服务回顾会，通报订货建议准确率、门店使用情况和改进计划。
13.3 乙方进行影响门店使用的版本升级，应提前5个工作日通知甲方，并安排在夜间计划维护时间内完成。

14. 不可抗力
因不可抗力不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方据实际影响协商顺延或减免相应责任。公共云基础设施的一般故障不属于不可抗力。

15. 其他
本合同附件包括：服务功能清单、门店上线计划、接口说明、服务报告模板。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：长沙悦享便利连锁有限公司　　　授权代表：__________
乙方（盖章）：杭州云铺数智科技有限公司　　　授权代表：__________
日期：2026年5月12日
"""


# ---------------------------------------------------------------- z04 (txt, traffic police e-police annual O&M, 竞争性磋商)
H445Z04 = """云州市公安局交通警察支队
电子警察系统运维服务项目合同

项目编号：YZGA-CS-2026-044（竞争性磋商）
甲方（采购人）：云州市公安局交通警察支队
乙方（成交供应商）：云州市恒安智能交通工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就全市电子警察系统运维服务订立本合同。磋商文件、响应文件及乙方的书面承诺为本合同的组成部分。

第一条 服务范围
（1）全市148个电子警察点位的前端设备，包括抓拍相机、补光灯、视频检测器、信号检测器、端口交换机、立杆及机箱。
（2）支队指挥中心的电子警察集成平台、图片存储服务器、违法数据审核子系统及与公安交通管理综合应用平台的数据上传接口。
（3）前端至中心的传输链路，由乙方负责故障定位并配合运营商处理。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。乙方应于2026年7月1日前完成进场交接，接管全部运维工作，交接时双方共同清点设备和备件并签署交接清单。

第三条 服务内容
（1）巡检：前端点位每月巡检一次，清洁镜头及补光灯，检查供电、接地、防雷和机箱密封；中心平台每日巡检并填写巡检记录。
（2）故障处理：按第五条规定的响应时限处理各类故障，故障设备无法现场修复的，先行安装备用设备恢复抓拍。
（3）备品备件：乙方自备不少于点位数量十分之一的抓拍相机、补光灯及交换机作为备件，服务期内更换的配件费用包含在合同价款内。
（4）数据质量：每日核查违法数据上传情况，对抓拍图片清晰度、号牌识别和时间同步进行抽查，发现问题当日整改。
（5）驻场：指挥中心安排驻场工程师2名，工作日8:00至18:00在岗，节假日及重大活动期间按甲方要求值守。
（6）配合：配合甲方做好道路施工、信号配时调整、点位迁移及新增设备接入，点位迁移的材料费用另行核定。
（7）报告：每月5日前提交上月运维报告，内容包括巡检记录、故障统计、备件更换及数据质量情况。
（8）专项保障：汛期、台风、冰雪天气前对立杆、机箱及供电线路进行专项检查；重大活动、节假日前按甲方通知对重点路口设备进行全面检测，保障期间安排外场人员现场值守。

第四条 合同价款
合同总价为人民币壹佰叁拾陆万捌仟元整（¥1,368,000），包括：
（1）前端点位运维费：148个×5,400元＝¥799,200；
（2）中心平台及存储运维费：¥268,000；
（3）备品备件费：¥210,800；
（4）驻场人员费：¥90,000。
合同价款为固定价格，包括人工、交通、工具、备件、税费等全部费用，服务期内不作调整。

第五条 服务要求与考核
（1）一级故障（中心平台瘫痪、数据上传中断或5个以上点位同时停止抓拍）：30分钟内响应，2小时内到场，6小时内恢复。
（2）二级故障（单个点位停止抓拍或识别异常）：1小时内响应，8小时内恢复。
（3）三级故障（补光、时间同步等一般问题）：24小时内处理完毕。
（4）甲方每季度对乙方进行考核，考核内容包括响应及恢复时效、巡检完成率、违法数据上传及时率和运维报告质量，满分100分。
（5）故障响应或恢复每超时1小时扣减运维费500元；季度考核低于90分的，每低1分扣减当季运维费1,000元；扣减金额从当季应付款中直接扣除。

第六条 付款方式
合同价款按季度支付。每季度考核结束后15个工作日内，乙方开具发票，甲方按考核结果扣减后支付当季费用，每季度¥342,000。甲方不支付预付款。

第七条 验收
服务期满后，甲方组织年度验收。验收标准：各季度考核均不低于85分；全部点位设备运行正常，交回的备件与清单相符；巡检记录、故障台账、设备档案及运维报告完整；平台账号、口令和配置资料完整移交给甲方或甲方指定的后续服务单位。验收合格后甲方出具验收报告。验收不合格的，乙方应在甲方规定期限内整改并重新申请验收。

第八条 成果与数据
（1）运维过程中形成的设备台账、点位档案、配置资料、运维报告等成果归甲方所有。
（2）电子警察系统中的过车图片、违法记录及其他业务数据归甲方所有，乙方不得用于本合同以外的任何用途。

第九条 保密
乙方及其人员对履约中知悉的警务工作秘密、点位布设方案、平台账号口令及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露；乙方应与驻场人员签订保密承诺书。保密义务在合同终止后继续有效。

第十条 违约责任
（1）乙方未按第二条约定完成进场交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（2）乙方未按约定提供服务造成甲方损失的，应予赔偿；因乙方维护不当造成前端设备、立杆或中心设备损坏的，乙方负责修复或按原价更换，并承担由此产生的交通设施恢复费用。
（3）甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。

第十一条 分包与转包
乙方不得将本合同项下的服务转包或分包给其他单位。

第十二条 合同的履行
本合同一经签订，甲乙双方不得擅自变更、中止或者终止合同。乙方违约的，按第五条、第十条承担扣款和违约责任，并应继续履行合同。

第十三条 安全生产
乙方在道路上作业应设置警示标志，高处作业须系安全带、使用合格的登高车，作业人员须购买意外伤害保险。作业中发生的安全事故由乙方负责。在路口作业须避开早晚高峰，占用车道的应提前报甲方并按要求设置锥桶和警示灯，作业结束后及时清理现场。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 人员管理
（1）乙方应组建不少于8人的运维团队，其中项目经理1名、驻场工程师2名、外场维护人员不少于5名，人员名单及资质证明报甲方备案。
（2）乙方人员应经公安机关背景审查，遵守甲方出入管理和机房管理规定，统一着装、佩戴工作证。
（3）项目经理及驻场工程师不得随意更换，确需更换的应提前10日书面报甲方同意，更换人员的资质不得低于原人员。

第十六条 服务期满交接
服务期满前30日，乙方应编制交接清单，向甲方或甲方指定的后续服务单位移交设备档案、配置资料、账号口令、备件及未结故障清单，并在服务期满后15日内提供必要的交接协助，交接协助不另行收费。

第十七条 其他
本合同未尽事宜，由双方按照磋商文件及相关法律法规协商签订补充协议，补充协议与本合同具有同等效力。本合同附件：电子警察点位清单、备品备件清单、季度考核细则、运维报告模板。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。服务期满，本合同终止，不自动续期。

甲方（盖章）：云州市公安局交通警察支队　　　代表：__________
乙方（盖章）：云州市恒安智能交通工程有限公司　　代表：__________
签订日期：2026年6月20日
"""


# ---------------------------------------------------------------- z05 (md, supplier's template, nougat packaging-line MES)
H445Z05 = """# 智造云联 MES 软件许可及实施合同

> 苏州智造云联软件有限公司 标准合同文本 V2.3（本文本由乙方提供）

合同编号：ZZYL-MES-2026-0217

**甲方（用户）**：泉州喜糖坊食品有限公司　地址：泉州市晋江市食品工业园8号

**乙方（供应商）**：苏州智造云联软件有限公司　地址：苏州工业园区星湖街328号

甲方为提高牛轧糖包装线的生产追溯和设备管理水平，选用乙方“智造云联MES”软件，并委托乙方进行定制开发和实施。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智造云联MES V5软件的永久使用许可，覆盖甲方3条牛轧糖包装线（理糖、枕式包装、装盒、装箱、金属检测、称重剔除工位）。

1.2 乙方根据甲方需求进行定制开发，包括：与包装机、金属检测机、在线称重设备的数据采集接口；批次追溯及过敏原标识管理；包装材料领用与损耗统计；生产日报及设备OEE看板；与甲方用友ERP的工单和入库接口。

1.3 乙方负责软件安装部署、基础数据配置、操作培训和上线支持。

1.4 软件许可按产线授权，甲方增加产线或将软件用于其他工厂的，应另行向乙方购买许可。许可仅限甲方在泉州晋江工厂内部使用，不得转让、出租或分许可。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云联MES V5 软件许可（3条产线，永久） | 860,000 |
| 2 | 定制开发（接口、追溯、看板、ERP对接） | 260,000 |
| 3 | 实施部署及培训 | 80,000 |
| | **合同总价** | **1,200,000** |

合同总价为含税价。甲方所需的服务器、工控机、扫码枪等硬件及数据库软件由甲方自行采购，不在本合同范围内。软件许可费自交付安装介质和授权文件时即不予退还。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即¥600,000。

3.2 系统上线运行后5个工作日内，甲方支付剩余50%，即¥600,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施和技术支持服务。

## 第四条 实施

4.1 乙方计划在收到首笔款项后100日内完成系统上线，具体进度以双方确认的实施计划为准。上线时间为计划时间，因需求变更、现场条件或第三方设备接口原因顺延的，乙方不承担延期责任。

4.2 甲方应按实施计划提供现场条件、网络环境、基础数据，并安排关键用户参与需求确认和测试。因甲方原因导致实施延误的，工期相应顺延，由此增加的实施费用由甲方承担。

4.3 需求确认书签署后，甲方提出的需求变更按乙方人天单价另行计费，人天单价为2,800元。

4.4 乙方为甲方提供两期培训：关键用户培训（系统配置、报表、追溯查询）和操作工培训（扫码报工、包材领用、异常登记），每期不超过2天。超出部分按人天单价计费。

4.5 乙方派出的实施顾问在甲方现场工作期间，甲方应提供办公场所和网络，乙方人员的差旅费用已包含在实施费中。

## 第五条 验收

系统安装部署完成并上线运行后，即视为甲方验收合格。甲方上线后提出的问题，乙方在维护服务中处理。

## 第六条 免费维护

6.1 免费维护期为系统上线之日起六个月。免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：一级故障（系统无法使用、包装线数据无法采集）乙方在接到甲方报修后8小时内响应；二级故障2个工作日内响应；其他问题5个工作日内答复。

6.3 因甲方擅自修改配置、硬件故障、网络中断或第三方设备原因导致的问题，不属于免费维护范围。乙方将尽力在合理时间内解决故障，但不因响应时间或修复时间承担任何扣款、赔偿或违约金。

## 第七条 年度维保

7.1 免费维护期满后，甲方应与乙方签订年度维保合同，年度维保费为软件许可费的25%，即每年¥215,000。

7.2 年度维保服务包括远程支持、缺陷修复、小版本升级和每年两次现场巡检。未签订年度维保合同的，乙方不再提供任何升级和技术支持。

7.3 年度维保费应于每个维保年度开始前一次性支付。中断维保后重新签订的，甲方应补缴中断期间的维保费。

## 第八条 知识产权

8.1 智造云联MES软件及其全部版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、追溯模块、看板报表及相关源代码、文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。

## 第九条 数据

9.1 甲方的生产数据、批次追溯数据归甲方所有。

9.2 乙方有权在对甲方数据进行脱敏处理后，将其用于产品改进、算法训练及行业分析，甲方同意乙方在合同期满后继续使用上述脱敏数据。

9.3 乙方在实施及维护中应采取访问控制、加密传输等安全措施，远程维护经甲方开通账号后进行；发现数据泄露的，乙方应在24小时内通知甲方。因乙方原因造成甲方数据泄露的，乙方承担相应的赔偿责任。

## 第十条 保密

双方对在合作中获知的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后三年。乙方在宣传材料和客户名单中使用甲方名称及案例的，不视为违反本条约定。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。乙方未按计划上线的，应继续履行并采取补救措施。

11.2 乙方在本合同项下的累计赔偿责任（包括违约责任和损害赔偿）不超过合同总价的20%，乙方不承担任何间接损失、利润损失或停产损失。

11.3 软件提供的追溯、统计和看板结果仅供甲方管理参考，甲方据此作出的生产、质量和召回决定由甲方自行负责。

## 第十二条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地有管辖权的人民法院起诉。

## 第十四条 不可抗力

因不可抗力导致不能履行或延迟履行的，受影响方不承担责任，但应及时通知对方。不可抗力包括自然灾害、政府行为、公共卫生事件、电力及网络运营商故障等。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件（报价单、实施计划、需求确认书）与本合同具有同等效力。

甲方（盖章）：泉州喜糖坊食品有限公司　　　乙方（盖章）：苏州智造云联软件有限公司

日期：2026年2月26日
"""


# ---------------------------------------------------------------- e01 (pdf, Kazakh vendor, perpetual WMS licence + services)
H445E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SL-TS-2026-114
P:This Agreement is made on 9 March 2026 between:
P:(1) Steppe Logic LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office at 77 Dostyk Avenue, Almaty 050010 (the "Vendor"); and
P:(2) Xinjiang Tianshan Cold Chain Logistics Co., Ltd., a company registered in the People's Republic of China, with its office at 518 Kashi East Road, Urumqi (the "Customer").
P:Background: The Customer operates three refrigerated warehouses in Urumqi, Korla and Khorgos. It wishes to replace its warehouse management software with the Vendor's SteppeWMS product and to engage the Vendor to implement it. At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means SteppeWMS version 8 in object code, with its documentation and any corrections and updates supplied under this Agreement.
P:1.2 "Deliverables" means everything the Vendor creates for the Customer under this Agreement, including configurations, interface programs for the Customer's ERP, transport management and temperature monitoring systems, custom reports, label templates, migration scripts and their source code and documentation.
P:1.3 "Go-Live" means the first day on which all three warehouses process inbound and outbound orders in the Software in production.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
P:1.5 "Customer Data" means all data that the Customer or its users enter into, upload to or generate with the Software, including inventory, order, customer, temperature and personnel records.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in the People's Republic of China for its internal business and the business of its affiliates.
P:2.2 The licence covers 60 named users and three warehouse sites. Additional users or sites may be purchased at the unit prices in Article 3, which are fixed for the term of the Warranty Period.
P:2.3 The Customer may make copies for backup, testing and disaster recovery without further charge.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,660,000, inclusive of all taxes, and is made up as follows:
P:(a) Named user licences: 60 users at CNY 14,000 each, CNY 840,000;
P:(b) Warehouse site licences: 3 sites at CNY 100,000 each, CNY 300,000;
P:(c) Licence Fees subtotal: CNY 1,140,000;
P:(d) Implementation services, including configuration and interfaces: CNY 420,000;
P:(e) Data migration from the legacy system: CNY 64,000;
P:(f) Training: CNY 36,000.
P:3.2 The Contract Price is fixed. It includes travel, accommodation and all expenses of the Vendor's personnel in China.
H:Article 4 Payment
P:4.1 The Customer shall pay: (a) 18% of the Contract Price (CNY 298,800) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer; (b) 47% (CNY 780,200) within 20 days after Go-Live; and (c) 35% (CNY 581,000) within 20 days after Final Acceptance.
P:4.2 The Vendor's invoices shall be addressed to the Customer's finance department in Urumqi. Payments are made by bank transfer to the Vendor's account stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature and shall be ready for Final Acceptance within 60 days after Go-Live.
P:5.2 The Customer shall issue the Final Acceptance certificate when all of the following criteria are met: (a) all functions in the agreed specification have passed the acceptance test scripts; (b) every interface has run for 20 consecutive days without data loss, and records reconcile between the Software and the connected systems; (c) migrated stock balances match the legacy system by location and batch; (d) the Software handles 3,000 order lines per hour with screen response under two seconds; (e) no Severity 1 or Severity 2 defect remains open; and (f) the Vendor has delivered the source code of the Deliverables, the administrator guide and the training records.
P:5.3 Go-Live, use of the Software in production or any payment does not by itself constitute Final Acceptance. If a test fails, the Vendor shall correct the defect and the test shall be repeated at the Vendor's cost.
H:Article 6 Warranty
P:6.1 The Warranty Period is eighteen (18) months from Final Acceptance. During it the Vendor shall correct all defects in the Software and the Deliverables free of charge and provide all updates and new versions released for the Software.
P:6.2 The Vendor warrants that the Software will perform substantially in accordance with its documentation and that the Deliverables will meet the agreed specification.
H:Article 7 Support and Service Levels
P:7.1 During the Warranty Period and any support period the Vendor shall provide support by telephone, e-mail and remote session from 8:00 to 22:00 Beijing time, seven days a week, and round the clock for Severity 1 incidents.
P:7.2 Severity 1 means that warehouse operations at any site are stopped or Customer Data is corrupted. The Vendor shall respond to a Severity 1 incident within one (1) hour and provide a workaround within eight hours. Severity 2 incidents (a major function unavailable) shall be responded to within two hours and resolved within two business days. Severity 3 incidents shall be resolved in the next maintenance release.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,500, deducted from the next payment due or paid on demand.
H:Article 8 Post-Warranty Support
P:8.1 After the Warranty Period the Customer may order annual support. The annual support fee is eleven per cent (11%) of the Licence Fees, that is CNY 125,400 per year, and is fixed for the first three years of support.
P:8.2 Any later change of the fee must be agreed in writing and shall not exceed three per cent per year. Support is renewed only by a written order of the Customer.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all rights in the Software.
P:9.2 All rights in the Deliverables, including their source code, vest in the Customer on creation. The Customer may use, modify, copy and license the Deliverables freely, including to its contractors. The Vendor grants the Customer a perpetual licence to any Vendor tools embedded in the Deliverables so far as necessary to use them.
P:9.3 The Vendor shall indemnify the Customer against any claim that the Software or the Deliverables infringe a third party's intellectual property rights.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:10.2 The Vendor shall access the Customer's systems only through accounts and a bastion host provided by the Customer, with each session logged, and shall not transfer Customer Data outside the People's Republic of China.
P:10.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected unauthorised access to Customer Data, cooperate in the investigation and remedy, and be liable for all losses caused by a breach of this Article by the Vendor or its personnel.
H:Article 11 Confidentiality
P:Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This obligation survives termination for three years.
H:Article 12 Delay Damages and Liability
P:12.1 If the Vendor fails to achieve Go-Live or to be ready for Final Acceptance by the dates in Article 5.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breaches of Articles 10 and 11, infringement claims under Article 9.3, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:14.2 If the Customer terminates under Article 14.1 before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted and deliver all Deliverables completed so far.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Kazakhstan.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration at the International Arbitration Centre of the Astana International Financial Centre, seated in Astana, in English, before three arbitrators.
H:Article 16 General
P:16.1 This Agreement, with its Annex 1 (Functional Specification) and Annex 2 (Implementation Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party.
P:For Steppe Logic LLP: ____________________ Director
P:For Xinjiang Tianshan Cold Chain Logistics Co., Ltd.: ____________________ Legal Representative
"""


# ---------------------------------------------------------------- e02 (md, Uzbek vendor, SaaS Order Form + General Terms)
H445E02 = """# ORDER FORM No. SR-CN-0419

**ShiftRoute Workforce Cloud - Order Form and General Terms**

| | |
|---|---|
| Provider | Ipak Yuli Software LLC, 12 Amir Temur Street, Tashkent 100000, Republic of Uzbekistan |
| Customer | Chengdu Shuxiang Catering Management Co., Ltd., 88 Tianfu Third Street, Chengdu, Sichuan, PRC |
| Order Date | 6 April 2026 |
| Subscription Start Date | the date of Onboarding Acceptance |
| Subscription Term | three (3) Subscription Years from the Subscription Start Date |
| Currency | Chinese Yuan (CNY), at the Customer's request |

This Order Form is entered into under, and incorporates, the General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Part 1 - Services Ordered

1. **Subscription.** Access to the ShiftRoute Workforce Cloud for the Customer's 86 hotpot restaurants and its central kitchen in Sichuan and Chongqing, covering up to 3,200 active employee profiles: shift scheduling, time and attendance with mobile clock-in, labour cost forecasting, recruiting pipeline for store staff, onboarding checklists and health-certificate expiry tracking.
2. **Onboarding.** Configuration of restaurants, roles and shift rules; integration with the Customer's payroll system and its point-of-sale system (sales data for labour forecasting); import of current employee records; training of 86 restaurant managers and 12 area managers; hypercare for two weeks after Onboarding Acceptance.

## Part 2 - Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | up to 3,200 profiles | 318,000 |
| Subscription Fee, Subscription Year 2 | up to 3,200 profiles | 318,000 |
| Subscription Fee, Subscription Year 3 | up to 3,200 profiles | 318,000 |
| Onboarding Fee | fixed price, one time | 58,000 |
| **Total Contract Value** | | **1,012,000** |

Additional profiles above 3,200 are charged at CNY 8.50 per profile per month, invoiced quarterly in arrears. Fees are inclusive of VAT. The Subscription Fee is fixed for the Subscription Term.

## Part 3 - Payment

1. The Subscription Fee is invoiced quarterly in arrears, CNY 79,500 per quarter, and is payable within 30 days of a correct invoice.
2. The Onboarding Fee is invoiced on Onboarding Acceptance and is payable within 30 days.
3. No amount is payable in advance.

## Part 4 - Onboarding Plan and Acceptance

1. The Provider shall make the configured service available for acceptance testing within 60 days of the Order Date.
2. **Onboarding Acceptance** occurs when the Customer confirms in writing that: (a) all 86 restaurants and the central kitchen are configured and their managers can publish schedules; (b) clock-in data from a two-week parallel run reconciles with the existing attendance records for every employee; (c) the payroll export has been accepted by the payroll system for one full pay period without manual correction; (d) labour forecasts are generated daily from point-of-sale data; and (e) the training of all managers is completed and recorded. Go-live in any restaurant, or use of the service, is not Onboarding Acceptance.
3. The Customer shall confirm or give reasons for rejection within 10 business days after the Provider's notice that the criteria are met.

Signed for the Provider: ____________________ (General Director)

Signed for the Customer: ____________________ (Authorised Signatory)

# GENERAL TERMS

## Section 1 - Definitions

1.1 "Customer Data" means all data entered into or generated in the service by or for the Customer, including employee personal information, schedules, attendance records and sales data.

1.2 "Customer Materials" means the configurations, shift-rule sets, report templates and integration mappings created for the Customer.

1.3 "Subscription Year" means each successive period beginning on the Subscription Start Date or an anniversary of it.

## Section 2 - The Service

2.1 The Provider shall provide the service in accordance with the documentation and this Order Form, through data centres located in mainland China operated by a hosting provider approved by the Customer in writing before signature.

2.2 The Provider may update the service from time to time, provided that no update materially reduces its functionality.

## Section 3 - Service Levels

3.1 The service shall be available at least 99.95% of each calendar month, excluding maintenance windows announced at least five days in advance and held between 01:00 and 05:00 Beijing time.

3.2 Priority 1 incidents (the service or clock-in unavailable for more than ten restaurants) shall be responded to within 30 minutes and restored within six hours. Priority 2 incidents shall be responded to within two hours and restored within one business day. Priority 3 incidents shall be handled within five business days.

3.3 Service credits: if monthly availability is below 99.95% but at least 99.5%, the Customer receives a credit of 5% of that month's Subscription Fee; below 99.5% but at least 99.0%, 10%; below 99.0%, 20%. If a Priority 1 incident is not restored within the restoration time, an additional credit of CNY 1,000 applies for each further hour. Credits are deducted from the next invoice.

3.4 The Provider shall send a monthly service report with availability, incidents and credits.

## Section 4 - Delay

4.1 If Onboarding Acceptance is not achieved within 90 days of the Order Date for reasons attributable to the Provider, the Provider shall pay delay damages of 0.1% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.

## Section 5 - Customer Data

5.1 As between the parties, the Customer owns all Customer Data. The Provider shall process Customer Data only to provide the service and on the Customer's documented instructions, except as stated in Section 5.2.

5.2 The Provider may aggregate and de-identify Customer Data and use the resulting data, during and after the Subscription Term, to improve its products, to train its forecasting models and to publish industry labour benchmarks, provided that neither the Customer nor any individual can be identified.

5.3 The Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least 180 days and maintain an information security programme certified to ISO 27001.

5.4 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take all steps needed to contain it, and bear the costs of investigation, notification to individuals and regulators and the Customer's other losses caused by the incident where it results from the Provider's breach of this Section.

5.5 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

## Section 6 - Sub-processors and Subcontractors

6.1 The Provider shall not engage any subcontractor or sub-processor, other than the hosting provider approved under Section 2.1, without the Customer's prior written consent. The Provider remains liable for every subcontractor and sub-processor.

## Section 7 - Intellectual Property

7.1 The Provider retains all rights in the service and its software.

7.2 Customer Materials belong to the Customer. The Customer may use, modify and license them, including to any successor provider, without restriction.

## Section 8 - Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, use it only to perform this agreement, and protect it with at least reasonable care. This obligation continues for three years after the end of the Subscription Term.

## Section 9 - Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The Provider's total aggregate liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

9.3 The limits in this Section do not apply to liability for personal injury, fraud or wilful misconduct.

## Section 10 - Term, Renewal and Termination

10.1 This agreement runs for the Subscription Term. It may be renewed only by a new Order Form signed by both parties; there is no automatic renewal.

10.2 Either party may terminate this agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. The Customer may also terminate if monthly availability falls below 99.0% in any two consecutive months.

10.3 On termination by the Customer under Section 10.2 the Provider shall refund any prepaid fees for the period after termination and provide reasonable assistance with transition for up to 60 days at no charge.

## Section 11 - Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

## Section 12 - General

12.1 Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign this agreement without the other's written consent. Amendments must be in writing and signed by both parties.
"""


# ---------------------------------------------------------------- e03 (docx, Georgian vendor, cold-store sensor network, buyer's paper)
H445E03 = """T:SUPPLY AND INSTALLATION CONTRACT - COLD STORE SENSOR NETWORK
P:Contract No. JS-EQ-2026-027
P:Buyer: Yantai Jinsui Fruit Cold Storage Co., Ltd., 16 Gangcheng West Road, Fushan District, Yantai, Shandong, PRC (the "Buyer").
P:Supplier: Kartli Sensing Ltd, 41 Aleksandre Kazbegi Avenue, Tbilisi 0177, Georgia (the "Supplier").
P:The Buyer stores apples, pears and cherries in 14 controlled-atmosphere cold rooms at its Fushan site. It has selected the Supplier, after comparing three offers, to supply and install a wireless sensor network that monitors temperature, humidity, door status and ammonia leaks in every room. This contract is on the Buyer's standard terms. All prices are in Chinese Yuan (CNY).
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the equipment and software listed in clause 2, so that every cold room, the machine room and the loading dock are monitored continuously and alarms reach the duty staff by screen, SMS and voice call.
P:1.2 The Supplier shall integrate the monitoring software with the Buyer's refrigeration control system (read-only) and with the Buyer's warehouse system, so that temperature history is attached to each storage lot.
P:1.3 The Supplier shall train the Buyer's refrigeration technicians and duty staff, and provide as-built drawings, sensor location maps, calibration certificates and manuals in Chinese.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,125,000, including VAT, packing, shipment to the site, customs clearance, insurance and all installation costs. The items are:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, IP67, calibrated|420|1,150|483,000
TB:2|LoRa gateways with backup power|24|6,800|163,200
TB:3|Fixed ammonia leak detectors with local sounder|16|9,500|152,000
TB:4|Monitoring software, perpetual site licence|1|136,000|136,000
TB:5|Monitoring server and UPS|1 set|58,800|58,800
TB:|Equipment and software subtotal|||993,000
TB:6|Installation, configuration and commissioning|1 lot|118,000|118,000
TB:7|Training|1 lot|14,000|14,000
TB:|Contract Price|||1,125,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, freight or duties.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 112,500) within 15 days after signature, against an advance payment guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 618,750) within 15 days after all equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 35% of the Contract Price (CNY 393,750) within 15 days after the Final Acceptance Certificate is signed.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 70 days after signature and complete installation within 30 days after delivery. Work in cold rooms shall be scheduled with the Buyer so that no room is opened for longer than two hours at a time.
P:4.2 On delivery the parties shall check the equipment against the packing lists. Any damaged or missing items shall be replaced by the Supplier within 14 days at its cost.
P:4.3 Supplier personnel on site shall follow the Buyer's safety rules, in particular the rules for ammonia areas and work at height.
P:4.4 The Supplier shall submit an installation plan within 20 days after signature, showing the position of each sensor, gateway and detector, the cable routes for fixed detectors and the order in which rooms will be worked on. The Buyer shall confirm or comment on the plan within five business days.
P:4.5 The Supplier shall hand over a stock of spare parts equal to 2% of the sensors and one spare gateway, included in the Contract Price, and shall keep spare parts available for at least eight years after Final Acceptance.
H:5. Acceptance
P:5.1 After installation the system shall run for 14 consecutive days. Final Acceptance requires that: (a) every sensor reports at least once per minute with no more than 0.5% of readings missing per day; (b) temperature readings agree with a reference thermometer within plus or minus 0.3 degrees Celsius at ten points chosen by the Buyer; (c) each ammonia detector raises an alarm within 30 seconds in a gas test witnessed by the Buyer; (d) alarms reach the duty phone by SMS and voice call within 60 seconds; (e) the interfaces to the refrigeration control system and the warehouse system work as specified; and (f) all documents under clause 1.3 have been delivered.
P:5.2 If the criteria are met the Buyer shall sign the Final Acceptance Certificate within seven days. Otherwise the Supplier shall correct the defects and the 14-day run shall be repeated.
H:6. Warranty
P:6.1 The warranty period is thirty-six (36) months from the date of the Final Acceptance Certificate. During it the Supplier shall repair or replace any defective equipment free of charge, including parts, labour, travel and shipping, recalibrate sensors once a year and provide software updates.
P:6.2 Replacement sensors and detectors shall be delivered from stock held by the Supplier's service partner in Yantai.
H:7. Support and Response Times
P:7.1 A Critical fault is any failure that leaves a cold room unmonitored, stops alarm delivery or disables an ammonia detector. The Supplier shall respond to a Critical fault within thirty (30) minutes of the Buyer's call, be on site within eight hours and restore monitoring within twelve hours. Other faults shall be responded to within two hours and fixed within three business days.
P:7.2 For each hour by which the Supplier is late in responding to or restoring a Critical fault, the Supplier shall pay the Buyer CNY 800. The Buyer may deduct these amounts from any payment due.
P:7.3 The Supplier shall send the Buyer a quarterly report listing faults, response and restoration times, battery status of the sensors and any recalibration carried out, and shall replace sensor batteries before they fall below the level stated in the manual.
H:8. Post-Warranty Maintenance
P:8.1 After the warranty period the Buyer may order maintenance from the Supplier. The annual maintenance fee shall be 7% of the equipment and software subtotal, that is CNY 69,510 per year, for the first two years after warranty; any later fee shall be agreed in writing and shall not exceed the previous fee by more than 3%.
P:8.2 Maintenance covers the same services as the warranty, including parts, recalibration, battery replacement and software updates, with the response and restoration times of clause 7. Maintenance is ordered by the Buyer in writing for each year and is never renewed automatically.
H:9. Intellectual Property
P:9.1 The configuration, alarm rules, dashboards, reports and interface programs developed for the Buyer, with their source code, belong to the Buyer, which may modify them or have them maintained by others.
P:9.2 The Supplier grants the Buyer a perpetual licence to the monitoring software and to the firmware of the equipment. The Supplier warrants that the equipment and software do not infringe any third party's rights.
H:10. Data Security
P:10.1 All sensor readings, alarm records and logs belong to the Buyer. The Supplier shall not use them for any purpose other than this contract and shall not transfer them outside the Buyer's site.
P:10.2 The monitoring server shall sit on the Buyer's network behind its firewall. Remote access by the Supplier is allowed only through a VPN account opened by the Buyer for each job, with all sessions logged. Default passwords shall be changed before commissioning.
P:10.3 The Supplier shall report any security incident within two hours and is liable for all losses caused by a breach of this clause by the Supplier or its personnel.
H:11. Confidentiality
P:Each party shall keep confidential the other party's technical and business information received under this contract and shall not disclose it to any third party without prior written consent. This obligation survives the end of the contract.
H:12. Delay
P:12.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in clauses 4 and 5 for reasons within its control, it shall pay the Buyer CNY 1,000 for each day of delay, up to 10% of the Contract Price.
P:12.2 If the delay exceeds 45 days, the Buyer may also terminate the contract under clause 14.
H:13. Subcontracting
P:13.1 The Buyer approves by signing this contract Yantai Lengtong Refrigeration Service Co., Ltd. as the Supplier's local installation and service partner. Any other subcontractor requires the Buyer's prior written consent.
P:13.2 The Supplier remains fully responsible for the work of its service partner and any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's written notice.
P:14.2 On such termination the Supplier shall refund payments for equipment and services not accepted and remove any equipment the Buyer rejects, at its own cost.
H:15. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Yantai Arbitration Commission for arbitration in Yantai.
H:16. General
P:This contract is made in two English originals with a Chinese translation for reference. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 21 April 2026
"""


# ---------------------------------------------------------------- e04 (md, Armenian vendor, managed service desk + network operations)
H445E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** ACO-MSA-2026-08

**Between** Ararat Cloud Operations CJSC, 5 Tigran Mets Avenue, Yerevan 0010, Republic of Armenia (the "Provider")

**and** Foshan Meijia Furniture Manufacturing Co., Ltd., 2 Lecong Industrial Avenue, Shunde District, Foshan, Guangdong, PRC (the "Customer").

The Customer runs two furniture factories, a showroom and a distribution centre in Foshan with about 1,400 staff and 900 end-user devices. It wishes to outsource its IT service desk, end-user support and network operations to the Provider. The Provider will deliver the services remotely from its operations centre in Yerevan and on site through field engineers in Foshan. The charges are stated in Chinese Yuan (CNY) at the Customer's request.

## 1. Definitions

1.1 "Services" means the services described in clause 2 and Schedule 1.

1.2 "Service Commencement Date" means 1 July 2026, or any later date on which the Provider takes over all Services after Transition Acceptance.

1.3 "Customer Data" means all data of the Customer, its staff, customers and suppliers that the Provider or its personnel can access in performing the Services, including tickets, user directories, network configurations and logs.

1.4 "Service Levels" means the levels in Schedule 2.

## 2. Services

2.1 Service desk in Mandarin and English from 07:30 to 22:00 Beijing time, Monday to Saturday, and an on-call engineer at all other times for Priority 1 incidents.

2.2 End-user support: device setup, software installation, printer and scanner support, account and password management, and on-site support at the four Customer sites.

2.3 Network operations: monitoring of the core switches, 212 access switches, 160 wireless access points, firewalls and internet links around the clock; change management; firmware updates in agreed windows; monthly capacity reports.

2.4 Asset management: keeping the Customer's IT asset register accurate, with quarterly reconciliation.

2.5 Governance: the Provider shall appoint a named service manager who speaks Mandarin, hold a monthly service review with the Customer's IT manager, and propose at each review at least one improvement that reduces ticket volumes or recurring incidents. Each quarter the parties shall review the runbooks and the asset register together.

2.6 The Provider shall staff the service with the numbers and skills stated in its proposal and shall not reduce the on-site team in Foshan below two field engineers during working hours without the Customer's written approval.

## 3. Transition

3.1 The Provider shall carry out the transition in accordance with Schedule 1, Part B, starting on the date of signature.

3.2 **Transition Acceptance** is given by the Customer in writing when: (a) all current open tickets and known problems have been taken over and documented; (b) every network device is monitored and reachable by the Provider's tools, as shown in a test report; (c) runbooks for the 30 most frequent requests and for all Priority 1 scenarios are written and approved by the Customer; (d) a two-week shadow period has been completed in which the Provider handled all tickets with the Customer's team watching and met the Service Levels; and (e) the Provider's staff have passed the Customer's security induction. Starting work or receiving tickets is not Transition Acceptance.

3.3 If Transition Acceptance is not given, the Provider shall correct the shortfalls within ten business days and the Customer shall assess the transition again.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 1, Part A. The Total Contract Value is CNY 1,740,000.

4.2 The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Transition Charge is invoiced after Transition Acceptance. Invoices are payable within 30 days. The Customer pays nothing in advance.

4.3 The charges are fixed for the whole term and include all travel, tools and licences the Provider needs to deliver the Services.

4.4 Service credits under Schedule 2 are deducted from the invoice for the month after the month in which they arise.

## 5. Service Levels

5.1 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly, with ticket-level detail.

5.2 If the Provider misses a Service Level, the service credits in Schedule 2 apply. Credits do not limit the Customer's other rights.

## 6. Delay in Service Commencement

6.1 If the Provider has not taken over all Services by 1 July 2026 for reasons attributable to it, the Provider shall pay delay damages of 0.02% of the Total Contract Value for each day of delay, until all Services have been taken over.

## 7. Subcontracting

7.1 The Provider may subcontract the on-site field engineering under clause 2.2 to one or more IT service companies in Guangdong of its choice, by giving the Customer written notice of the subcontractor's name at least ten days before it starts work. The Provider remains responsible for its subcontractors as for its own staff.

## 8. Customer Data and Security

8.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and shall not copy, analyse, sell or disclose it for any other purpose.

8.2 The Provider shall access the Customer's systems only through the Customer's privileged access management server in Foshan, with named accounts, multi-factor authentication and session recording. No Customer Data shall be stored outside mainland China, and tickets shall be kept in the Customer's own service management tool.

8.3 The Provider shall report any security incident involving Customer Data or the Customer's systems within two hours, take immediate containment measures, cooperate with the Customer and the authorities, and bear all losses caused by a breach of this clause by the Provider, its staff or its subcontractors.

## 9. Intellectual Property

9.1 Runbooks, knowledge articles, scripts, network diagrams and configurations produced by the Provider for the Customer belong to the Customer, which may use, change and hand them to any successor provider.

9.2 The Provider's own monitoring tools remain its property. Their licence ends with this agreement, and the Provider shall export all monitoring data to the Customer at the end.

## 10. Confidentiality

10.1 Each party shall keep confidential all information of the other party that is marked or obviously confidential, use it only for this agreement and disclose it only to personnel who need it. This clause survives the end of this agreement for three years.

## 11. Liability

11.1 The Provider's total liability under this agreement is limited to 150% of the Total Contract Value. This limit does not apply to clause 8, clause 10, personal injury or wilful misconduct.

## 12. Term, Renewal and Termination

12.1 This agreement starts on signature and ends 24 months after the Service Commencement Date. It can be extended only by written agreement of both parties.

12.2 The Customer may terminate this agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if the Provider misses the Priority 1 Service Levels in three months of any six-month period.

12.3 On expiry or termination the Provider shall give exit assistance for up to 90 days, including a full handover of documentation, accounts and open tickets to the Customer or its new provider.

## 13. Governing Law and Disputes

13.1 This agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1 - Charges and Transition

**Part A - Charges**

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | CNY 68,500 per month x 24 months | 1,644,000 |
| **Total Contract Value** | | **1,740,000** |

Additional moves and changes above 60 per month are charged at CNY 380 each.

**Part B - Transition Plan**

| Week | Activity |
|---|---|
| 1-2 | knowledge transfer from the Customer's IT team; access set-up |
| 3-4 | discovery of network devices; monitoring set-up; runbooks drafted |
| 5-6 | shadow period; runbook approval; security induction |
| 7 | Transition Acceptance; Service Commencement |

## Schedule 2 - Service Levels and Credits

| Priority | Example | Response | Restoration | Target |
|---|---|---|---|---|
| P1 | a factory network, the ERP link or the internet down | 15 minutes | 6 hours | every incident |
| P2 | one production line, one building or one department affected | 1 hour | 1 business day | 95% of incidents per month |
| P3 | one user affected | 2 business hours | 3 business days | 90% of requests per month |

| Service Level missed | Service credit |
|---|---|
| any P1 response or restoration | CNY 2,000 per incident, plus CNY 500 per further hour |
| P2 target in a month | 3% of the Monthly Service Charge |
| P3 target in a month | 2% of the Monthly Service Charge |

Signed for the Provider: ____________________ Signed for the Customer: ____________________

Date: 28 April 2026
"""


# ---------------------------------------------------------------- e05 (txt, Azerbaijani vendor, freight data API subscription)
H445E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CFD-API-CN-2026-031

PARTIES

Caspian Freight Data LLC, a limited liability company registered in the Republic of Azerbaijan, 19 Neftchilar Avenue, Baku AZ1095 (the "Provider").

Xi'an Silk Road Container Logistics Co., Ltd., a company registered in the People's Republic of China, 1 Gangwu Avenue, International Trade and Logistics Park, Xi'an, Shaanxi (the "Customer").

BACKGROUND

The Customer organises container shipments by rail between Xi'an and Europe, including on the Trans-Caspian route through Kazakhstan, the Caspian Sea ferries, Azerbaijan and Georgia. The Provider collects and publishes freight rates, ferry and rail schedules and port congestion information for this route. The Customer wishes to receive this information through the Provider's application programming interface (API) and use it in its own quotation and tracking systems. The fees are stated in Chinese Yuan (CNY), the currency requested by the Customer.

1. DEFINITIONS

1.1 "API" means the Provider's REST interface at the address notified to the Customer, with its documentation.

1.2 "Data Feeds" means the information supplied through the API: spot and contract rail rates by corridor, Caspian ferry schedules and slot availability for Aktau, Kuryk and Alat, border crossing waiting times, and port congestion notices.

1.3 "Customer Data" means the queries sent by the Customer, the shipment references and cargo details it uploads for tracking, and any results the API returns that relate to identified Customer shipments.

1.4 "Subscription Year" means the period starting on the Activation Date and each following period starting on an anniversary of it.

1.5 "Activation Date" means the date of Onboarding Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the term to call the API and to use the Data Feeds within its business, including showing them to its own customers in quotations and tracking pages.

2.2 The subscription covers up to 50 named users of the Provider's web console and up to 600,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.20 each, invoiced with the next instalment.

2.3 The Customer shall not resell the Data Feeds as a data product of its own.

2.4 The Customer shall keep its API keys secure and may create separate keys for its test and production systems. The Provider may suspend a key that is being used in breach of clause 2.3 after notifying the Customer and giving it five business days to stop the misuse.

3. FEES AND PAYMENT

3.1 The fees are:
    Subscription Fee, first Subscription Year ........ CNY 276,000
    Subscription Fee, second Subscription Year ....... CNY 276,000
    Onboarding and integration (one time) ............ CNY 24,000
    Total fees for the initial term .................. CNY 576,000

3.2 The Subscription Fee for each Subscription Year is payable in two equal instalments of CNY 138,000, each invoiced at the end of the relevant half of the Subscription Year and payable within 30 days.

3.3 The onboarding fee is invoiced after Onboarding Acceptance and payable within 30 days. The Customer makes no payment in advance.

3.4 Fees include VAT and any withholding tax, which the Provider shall bear.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 30 days after signature the Provider shall issue production API credentials, build the connector that maps the Data Feeds to the Customer's quotation system fields, and load the Customer's open shipments for tracking.

4.2 Onboarding Acceptance is given in writing by the Customer when: (a) every endpoint listed in the documentation returns valid data in a test run of 1,000 calls agreed with the Customer; (b) the connector loads rates and schedules into the quotation system without manual correction for ten consecutive business days; (c) tracking results for at least 50 live shipments match the carriers' own notices; and (d) the Provider has delivered the connector source code and field mapping document. Issuing credentials or using the API is not Onboarding Acceptance.

4.3 If the Provider fails to achieve Onboarding Acceptance within 45 days after signature for reasons attributable to it, the Provider shall pay the Customer CNY 400 for each day of delay, deducted from the first instalment.

5. AVAILABILITY AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and the Data Feeds current, and will inform the Customer by e-mail of planned maintenance.

5.2 The Customer may raise support requests by e-mail or through the web console. The Provider will handle them with reasonable care and skill during its business hours in Baku.

5.3 The Provider may change the API, provided that it gives the Customer at least 60 days' notice of any change that is not backward compatible, keeps the previous version running during that period and updates the connector under clause 4 at no charge.

5.4 Data Feeds reflect information published by carriers, ferry operators and ports. The Provider does not warrant that rates and schedules will be honoured by those third parties.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the subscription to the Customer and shall not aggregate it, sell it, use it in its Data Feeds or disclose it to any third party.

6.2 Customer Data shall be processed on servers in mainland China operated for the Provider by a hosting provider approved by the Customer in writing, and shall not be transferred abroad. The Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs.

6.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, take immediate measures to stop it, and compensate the Customer for all losses caused by the Provider's failure to comply with this clause.

6.4 At the end of the term the Provider shall return Customer Data in a standard format and delete it within 30 days, confirming deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider retains all rights in the API and the Data Feeds.

7.2 The connector, field mappings and any other materials developed for the Customer under clause 4 belong to the Customer, which may use, modify and license them freely, including to a successor data provider.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's shipment volumes, routes and prices, use it only for this agreement and not disclose it to third parties without written consent. This obligation survives the end of the agreement for three years.

9. SUBCONTRACTING

9.1 Apart from the hosting provider approved under clause 6.2, the Provider shall not subcontract any part of its obligations without the Customer's prior written consent.

10. TERM AND RENEWAL

10.1 The initial term is two Subscription Years from the Activation Date.

10.2 At the end of the initial term and of each renewal term, this agreement renews automatically for a further Subscription Year unless either party gives notice of non-renewal at least 60 days before the end of the current term.

10.3 For each renewal term the Provider may increase the Subscription Fee by up to 10% by notice given at least 90 days before the renewal date.

11. LIABILITY

11.1 Neither party is liable for indirect loss or loss of profit, except for breach of clauses 6 or 8.

11.2 Each party's total liability under this agreement is limited to two times the total fees for the initial term stated in clause 3.1. The limit does not apply to clause 6, personal injury or wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 On termination by the Customer for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission in Beijing for arbitration under its rules then in force.

14. FORCE MAJEURE

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, government action or the failure of public telecommunications networks, provided that it notifies the other party promptly and does its best to limit the effects. If such an event prevents performance for more than 60 days, either party may terminate this agreement by notice, and the Provider shall refund fees paid for the period after termination.

15. GENERAL

15.1 Neither party may assign this agreement without the other's written consent. Notices shall be given in writing to the addresses above. Amendments must be in writing and signed by both parties. This agreement is signed in two English originals.

For Caspian Freight Data LLC: ____________________ Director

For Xi'an Silk Road Container Logistics Co., Ltd.: ____________________ Legal Representative

Date: 14 May 2026
"""


# ---------------------------------------------------------------- files, labels, design
FILES = {
    "h445z01": ("h445z01_veterans_honour_home_platform.pdf", "zh", H445Z01),
    "h445z02": ("h445z02_ice_plant_refrigeration_control_retrofit.docx", "zh", H445Z02),
    "h445z03": ("h445z03_convenience_chain_ordering_membership_saas.txt", "zh", H445Z03),
    "h445z04": ("h445z04_traffic_police_e_police_annual_om.txt", "zh", H445Z04),
    "h445z05": ("h445z05_nougat_factory_packaging_mes_supplier_template.md", "zh", H445Z05),
    "h445e01": ("h445e01_almaty_wms_perpetual_licence.pdf", "en", H445E01),
    "h445e02": ("h445e02_tashkent_workforce_saas_order_form.md", "en", H445E02),
    "h445e03": ("h445e03_tbilisi_cold_store_sensor_network.docx", "en", H445E03),
    "h445e04": ("h445e04_yerevan_managed_it_services.md", "en", H445E04),
    "h445e05": ("h445e05_baku_freight_data_api_subscription.txt", "en", H445E05),
}
G, S = "goods_or_licence", "service"
LABELS = {
    "h445z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 10, False, True,
                              False, "PRC", G), True, True, False, 1286000, True),
    "h445z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, 9, False, True, True,
                              "PRC", G), True, True, False, 1126000, True),
    "h445z03": ("cloud", T(99.5, 0.25, True, "buyer", True, True, False, 0.1, 200, None, True, None, None, None, True, True,
                           False, "PRC", S), True, True, False, 1198800, None),
    "h445z04": ("services", T(None, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False,
                              False, False, "PRC", S), True, True, False, 1368000, None),
    "h445z05": ("software", T(None, 8, False, "supplier", True, False, True, None, 20, 50, False, False, 6, 25, False, True,
                              None, "PRC", G), True, False, True, 1200000, True),
    "h445e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 200, 18, True, True, 18, 11, False, True, False,
                              "Kazakhstan", G), True, True, False, 1660000, True),
    "h445e02": ("cloud", T(99.95, 0.5, True, "buyer", True, False, True, 0.1, 6 / 36 * 100, None, True, None, None, None,
                           False, True, False, "PRC", S), True, True, False, 1012000, None),
    "h445e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 1000 / 1125000 * 100, None, 10, True, True, 36, 7,
                              False, True, False, "PRC", G), True, True, False, 1125000, True),
    "h445e04": ("services", T(None, 0.25, True, "buyer", True, True, True, 0.02, 150, None, True, None, None, None, False,
                              True, True, "PRC", S), True, True, False, 1740000, None),
    "h445e05": ("cloud", T(None, None, False, "buyer", True, True, True, 400 / 576000 * 100, 200, None, True, None, None,
                           None, True, True, False, "PRC", S), False, True, False, 576000, None),
}
TCO = {  # goods/licence drafts: value, itemised licence/hardware fee base, post-warranty fee %, warranty months
    "h445z01": dict(value=1286000, fee_base=468000, fee_pct=10, warranty_months=24),
    "h445z02": dict(value=1126000, fee_base=946000, fee_pct=9, warranty_months=24),
    "h445z05": dict(value=1200000, fee_base=860000, fee_pct=25, warranty_months=6),
    "h445e01": dict(value=1660000, fee_base=1140000, fee_pct=11, warranty_months=18),
    "h445e03": dict(value=1125000, fee_base=993000, fee_pct=7, warranty_months=36),
}
FOREIGN_FORUM = {"h445e01"}  # AIFC arbitration, seated in Astana
DESIGN = {
    "h445z01": [],
    "h445z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h445z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "h445z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h445z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                "CR-WARRANTY"],
    "h445e01": ["CR-GOVERNING-LAW"],
    "h445e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h445e03": [],
    "h445e04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h445e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SUMS = [  # (parts, total) as written in the texts
    ([468000, 596000, 148000, 40000, 34000], 1286000), ([257200, 578700, 450100], 1286000),
    ([386000, 231000, 96800, 58200, 128000, 46000], 946000), ([946000, 168000, 12000], 1126000),
    ([321600 * 3, 186000, 48000], 1198800), ([120 * 2680], 321600),
    ([148 * 5400, 268000, 210800, 90000], 1368000), ([342000 * 4], 1368000),
    ([860000, 260000, 80000], 1200000), ([600000, 600000], 1200000), ([860000 * 25 // 100], 215000),
    ([60 * 14000, 3 * 100000], 1140000), ([1140000, 420000, 64000, 36000], 1660000), ([298800, 780200, 581000], 1660000),
    ([1140000 * 11 // 100], 125400),
    ([318000 * 3, 58000], 1012000), ([318000 // 4], 79500),
    ([420 * 1150, 24 * 6800, 16 * 9500, 136000, 58800], 993000), ([993000, 118000, 14000], 1125000),
    ([112500, 618750, 393750], 1125000), ([993000 * 7 // 100], 69510),
    ([68500 * 24, 96000], 1740000), ([276000 * 2, 24000], 576000), ([138000 * 2], 276000),
]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    for parts, total in SUMS:
        assert sum(parts) == total, (parts, total)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key], targets[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired, problems = set(), []
    for key, (name, lang, src) in FILES.items():
        cat, terms, sla, ld_stated, deemed, value, capped = LABELS[key]
        lab = label(name, lang, cat, terms, sla, ld_stated, deemed, value, capped)
        t = lab["expected_terms"]
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        if key in TCO:
            assert TCO[key]["value"] == value and TCO[key]["warranty_months"] == t["warranty_months"]
            assert TCO[key]["fee_pct"] == t["post_warranty_fee_pct"]
            share, total = tco_share(TCO[key])
            assert abs(share - 40) > 2, (key, share)
            print("  TCO", key, round(total, 2), "share %.2f %%" % share)
        rules = derive(lab, TCO.get(key), key in FOREIGN_FORUM)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        lab["expected_rules"] = rules
        fired.update(rules)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= size <= hi
        print("%-60s %s %5d %s  %-6s %s" % (name, lang, size, "chars" if lang == "zh" else "words", risk(rules),
                                           ", ".join(r[3:] for r in rules) or "(none)"))
        if not ok:
            problems.append((name, "length", size))
        for h in hits(src) + hits(text):
            problems.append((name, "threshold", h))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, missing
    compliant = [k for k in DESIGN if not DESIGN[k]]
    assert len(compliant) == 2 and {k[4] for k in compliant} == {"z", "e"}
    assert [k for k in DESIGN if DESIGN[k] == ["CR-GOVERNING-LAW"]] == ["h445e01"]
    assert len(DESIGN["h445z05"]) >= 8
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; every one of the 20 rules fires at least once")


if __name__ == "__main__":
    main()
