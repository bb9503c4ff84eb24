"""holdout1013: builds the ten held-out draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes their .json labels and asserts the checks of the brief: lengths, no value on a threshold, no threshold figure in
any text, rules derived from the labels against the design list, coverage of all 20 CR rules.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}      # key -> source text (markup for docx/pdf)
META = {}     # key -> (file name, format, language, category)
TERMS = {}    # key -> expected_terms
EXTRA = {}    # key -> expected_extra
DESIGN = {}   # key -> set of rules intended by design
TCO = {}      # key -> (fee base, fee pct, warranty months) for goods_or_licence drafts with a stated fee
FORUM_OUTSIDE = set()  # keys whose dispute forum is outside mainland China

ALL_RULES = """CR-SLA-MISSING CR-SLA-AVAILABILITY CR-SLA-RESPONSE CR-SLA-NO-REMEDY CR-IP-OWNERSHIP CR-DATA-SECURITY
CR-DATA-OWNERSHIP CR-CONFIDENTIALITY CR-LD-MISSING CR-LD-LOW CR-LIABILITY-CAP CR-PREPAYMENT CR-ACCEPTANCE CR-WARRANTY
CR-POST-WARRANTY-FEE CR-AUTO-RENEWAL CR-TERMINATION CR-SUBCONTRACT CR-GOVERNING-LAW CR-TCO-SERVICE-SHARE""".split()

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(**kw):
    assert set(kw) == set(TERM_KEYS), set(kw) ^ set(TERM_KEYS)
    return {k: kw[k] for k in TERM_KEYS}


def extra(sla_clause, ld_stated, deemed, value, capped=None):
    d = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


def tco_share(key):
    base, pct, wm = TCO[key]
    years = 5 - wm / 12
    fees = years * base * pct / 100
    return fees / (EXTRA[key]["contract_value"] + fees) * 100


def derive(key):
    """My reading of policy section 3, from the label."""
    t, x, r = TERMS[key], EXTRA[key], set()
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or x["acceptance_deemed_on_delivery"]:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and tco_share(key) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return r


# ---- threshold scan --------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = [re.compile(p, re.I) for p in [
    r"99\.90*(?!\d)",                                                   # availability 99.9
    r"(?<![\d.,])0*4(?:\.0+)?\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)", r"(?<![\d.,])4(?:\.0+)?(?:hours?|hrs?|小时)",
    r"(?<![一二三四五六七八九十])四(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?(?:business\s*)?hours?",   # P1 4 hours
    r"(?<![\d.,])0?\.050*(?!\d)" + PCT, r"万分之五(?![十])", r"千分之零点五",                       # LD 0.05 %
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"\bone\s*hundred\s*(?:per\s*cent|percent)",  # cap 100 %
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"\bfifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])12\s*(?:\)\s*)?(?:months?|个月|-month)", r"(?<![\d.,])12months?", r"十二个月", r"\btwelve\s*(?:\(12\)\s*)?months?",
    r"\b(?:one|1)[\s-]*years?\b", r"(?<![\d.,])1\s*年(?!度)", r"(?<![第每])一年(?!度)", r"(?<![\d.,])1year",
]]
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时内", "四小时", "four (4) hours", "4hours", "0.05%", "0.05 % per day",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40 %",
            "forty percent", "12 months", "twelve (12) months", "12个月", "十二个月", "one year", "one-year", "1年",
            "质保一年", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "1.4 hours", "14 hours", "0.15%", "0.055%", "万分之五十",
             "1,100%", "150%", "130%", "0.30%", "百分之三十五", "115%", "25%", "140%", "百分之四十五", "112 months",
             "2012年", "Subscription Year 1", "第一年度", "每一年", "18 months", "120 months", "2027年", "1.5 hours"]


def hits(text):
    return [p.pattern for p in THRESH if p.search(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


# ==== z01 ========================================================================================================
META["z01"] = ("h1013z01_realty_registration_booking_platform.pdf", "pdf", "zh", "software")
SRC["z01"] = """T:不动产登记预约平台软件许可及定制开发合同
P:合同编号：BDCDJ-ZFCG-2027-018
P:采购人（甲方）：某市不动产登记中心
P:供应商（乙方）：某信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就不动产登记预约平台采购事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供不动产登记预约平台软件许可一套（永久使用许可，不限用户数），并完成以下定制开发：微信公众号及政务APP预约入口、窗口排队叫号系统对接、不动产登记业务系统接口、短信提醒及预约改期功能、预约数据统计报表。
P:1.2 乙方负责平台部署、数据初始化、联调测试、上线保障及操作培训，具体范围以招标文件技术需求和乙方投标文件为准。
P:1.3 平台部署于甲方政务外网机房，乙方不得将平台及数据部署于甲方指定环境以外的任何场所。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾万陆仟元整（¥1,306,000），为固定总价，包含软件许可、开发、部署、培训、税费及质保期内全部服务费用。分项如下：平台软件许可费¥720,000；定制开发费¥468,000；实施部署费¥92,000；培训费¥26,000。
P:2.2 合同履行期间，甲方不因人工、材料价格变动调整合同价款。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台上线试运行满二十个自然日、初验合格后，甲方支付合同总价的45%。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方应在甲方每次付款前开具等额增值税发票。资金支付按财政国库集中支付程序办理。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保函，最终验收合格后无息退还。
H:第四条 交付期限
P:4.1 乙方应于合同签订后七十五日内完成开发部署并提交上线申请，于合同签订后一百二十日内具备最终验收条件。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，双方应书面确认。
P:4.3 乙方应指派具有同类项目经验的项目经理一名及开发、测试人员不少于六名，项目经理在合同履行期间不得擅自更换；确需更换的，应提前十日书面征得甲方同意。
P:4.4 乙方应在合同签订后七日内提交项目实施计划，按周报告进度，并配合甲方对预约规则、号源分配及节假日规则的调整。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能点全部实现；与登记业务系统、叫号系统接口联调通过，预约数据双向一致；并发三百用户时页面平均响应时间不超过2秒；通过甲方组织的安全漏洞扫描，无高危漏洞。
P:5.2 最终验收标准：平台连续稳定运行六十日，无一级故障；第三方测评机构出具软件测试报告及网络安全等级保护测评合格意见；乙方提交全部技术文档、源代码及操作手册。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以书面验收报告为准。平台上线、甲方使用或支付部分款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
P:5.5 甲方组织的验收所需第三方测评费用由乙方承担，测评机构由甲方从具备相应资质的机构中选定。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥64,800），该价格在质保期满后三年内保持不变。
P:6.3 维护服务合同另行签订，不自动续期。
P:6.4 乙方应为甲方窗口人员及管理员分别组织现场培训，培训后学员能够独立完成预约审核、号源配置和报表导出。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，并安排在非办公时间进行。
P:7.2 一级故障（预约功能整体不可用或数据错误）：乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次日内解决；三级故障下一工作日内处理。
P:7.3 乙方响应或恢复超时的，每超时一小时，甲方可扣减¥800；月可用率每低于约定值0.01个百分点，扣减¥1,500。上述款项从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件产品的著作权归乙方所有，甲方在本项目范围内享有永久、不可撤销的使用权。
P:8.2 为本项目定制开发的程序、接口、报表模板及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证其交付成果不侵犯任何第三方合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的预约信息、申请人身份信息及全部业务数据归甲方所有，乙方仅为履行本合同之目的接触和处理，不得用于其他任何用途。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储和传输，运维操作经堡垒机审计，不得复制、导出或留存甲方数据。
P:9.3 发生或可能发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的数据安全事件，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、技术资料和业务信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在合同终止后继续有效。乙方应与参与本项目的全部人员签订保密承诺书，并在项目结束时交回或销毁其持有的甲方资料，由甲方现场确认。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权拒绝验收并要求乙方退还已付款项，乙方另行赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按有关规定承担责任。
H:第十二条 分包
P:本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:13.3 合同解除后，乙方应在十五日内向甲方移交已完成的开发成果、源代码、技术文档及甲方数据，并配合甲方完成平台迁移或交接，不得以任何理由拒绝或拖延。
P:13.4 合同解除不影响本合同中保密、数据安全及争议解决条款的效力。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲乙双方各执两份，采购代理机构及财政部门备案各一份。招标文件、投标文件及中标通知书为本合同组成部分。本合同自双方签字盖章之日起生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
P:签订日期：2027年3月____日
"""
TERMS["z01"] = terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                     data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                     liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                     auto_renewal_price_increase=False, termination_for_breach=True,
                     subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
EXTRA["z01"] = extra(True, True, False, 1306000, capped=True)
TCO["z01"] = (720000, 9, 24)
DESIGN["z01"] = set()


# ==== z02 ========================================================================================================
META["z02"] = ("h1013z02_photo_frame_plant_line_control_retrofit.docx", "docx", "zh", "hardware")
SRC["z02"] = """T:生产线控制系统改造项目合同
P:合同编号：DZXK-SB-2027-0412
P:甲方（买方）：某电子相框制造有限公司
P:乙方（卖方）：某自动化工程有限公司
P:甲方拟对其三号厂房两条电子相框组装线及一条贴合线的控制系统进行改造，乙方经比选中选。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务事宜订立本合同。
H:第一条 项目范围
P:1.1 乙方负责供货并安装PLC控制器、伺服驱动系统、工业触摸屏、视觉检测系统及产线控制软件，完成旧控制柜拆除、新系统接线、程序编写、与甲方MES系统的数据接口开发及停线切换。
P:1.2 改造后各线体节拍不低于每分钟十八台，贴合工位视觉检测漏检率不高于千分之二，换型时间不超过二十分钟。
P:1.3 切换施工应安排在甲方指定的停产窗口内完成，每条线停线时间不超过七十二小时。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰零捌万元整（¥2,080,000），含设备、软件许可、运输、保险、安装调试、培训及税费。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制器及IO模块|8套|68,000|544,000
TB:2|伺服驱动及电机改造|48轴|6,500|312,000
TB:3|工业触摸屏（HMI）|16台|9,500|152,000
TB:4|视觉检测系统|4套|98,000|392,000
TB:5|产线控制软件许可（含MES接口模块）|1套|460,000|460,000
TB:|软硬件小计|||1,860,000
TB:6|安装调试及停线切换|1项|186,000|186,000
TB:7|操作及维护培训|1项|34,000|34,000
TB:|合同总价|||2,080,000
P:2.2 上述价格为固定价格，不因汇率、原材料价格变化而调整。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，乙方应同时提交等额预付款保函。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%。到货签收及安装调试完成不代表质量验收。
P:3.3 终验合格后十五个工作日内，甲方支付合同总价的35%。
P:3.4 每次付款前，乙方应开具相应金额的增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后六十日内将全部设备运至甲方厂房，并于到货后四十五日内完成三条线的安装调试。
P:4.2 乙方施工人员应遵守甲方厂区安全、静电防护及洁净车间管理规定，因乙方人员违规造成的损失由乙方承担。
P:4.3 乙方应在进场前提交施工方案、停线切换方案及回退预案，经甲方生产部、设备部会签后实施。切换失败的，乙方应在停线窗口结束前恢复原系统运行，由此产生的费用由乙方承担。
P:4.4 设备应为原厂全新正品，附合格证、装箱单及原厂质保证明。乙方应随设备提供备品备件清单，并在质保期内保证常用备件库存，关键备件到货时间不超过四十八小时。
H:第五条 验收
P:5.1 安装调试完成后进入试生产，连续试生产二十个工作日，期间各线体节拍、漏检率、换型时间均达到第1.2款指标，且无因控制系统导致的停线超过两次，方可申请终验。
P:5.2 终验内容包括：设备型号数量核对、程序功能逐项测试、MES接口数据比对（抽取连续三个班次的产量、良率及报警数据）、安全联锁测试及技术资料移交。
P:5.3 终验由双方共同进行并签署终验报告。设备到货签收、安装完成或甲方投入试生产，均不视为验收合格。
P:5.4 终验不合格的，乙方应在十日内整改后重新验收；二次验收仍不合格的，甲方有权退货并要求退还已付款项。
P:5.5 试生产期间乙方应安排不少于两名工程师驻厂值守，记录每班运行情况并每日提交运行日报。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，免费修复软件缺陷。
P:6.2 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、程序优化、远程及现场支持），年度维保费按软硬件小计的26%计收，即每年¥483,600，该费用在质保期满后的维保期内固定不变。
P:6.3 维保合同于质保期满前一个月另行签订。维保服务包括每季度一次现场巡检、每年一次程序及参数全面备份，巡检报告应在巡检后五个工作日内提交甲方设备部。
H:第七条 技术服务水平
P:7.1 一级故障（整线停产）：乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位停机）：2小时内响应，24小时内解决；三级故障：下一工作日内处理。
P:7.2 乙方响应或到场超时的，每超时一小时，甲方可扣减¥1,000；一级故障恢复超时的，每超时一小时扣减¥2,000。扣减款项可从应付款或质保金中扣除。
H:第八条 知识产权
P:8.1 产线控制软件产品的著作权归乙方或其许可方所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方及MES接口程序，其知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改和使用。
H:第九条 数据安全
P:9.1 生产过程中产生的工艺参数、良率数据、产量数据及图像数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方审批，通过甲方提供的专用通道接入，全程留存操作日志，不得拷贝或带离任何数据。
P:9.3 因乙方原因导致数据泄露、丢失或系统被非法入侵的，乙方应在2小时内报告甲方，并承担全部赔偿责任。
H:第十条 保密
P:双方对在合作中获知的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得披露给第三方，保密期至相关信息公开时止。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 因乙方原因导致终验不合格的，乙方应赔偿甲方因停产造成的直接损失。
H:第十二条 分包
P:乙方不得转包本合同。电缆敷设等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
H:第十四条 培训与技术资料
P:14.1 乙方应为甲方设备工程师、班组长及操作工分别组织培训，培训内容包括系统原理、日常操作、换型设置、常见故障处理及程序备份恢复，培训课时合计不少于四十课时，培训后甲方工程师应能独立完成程序备份和参数调整。
P:14.2 乙方应在终验前移交电气原理图、接线图、程序清单、参数表、操作手册及维护手册的纸质版和电子版各两套，资料与现场实际一致。
H:第十五条 适用法律与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交东莞仲裁委员会仲裁。
H:第十六条 其他
P:16.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。
P:16.2 本合同附件包括技术规格书、设备清单、施工方案及验收大纲，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:16.3 本合同一式四份，双方各执两份，自双方授权代表签字并加盖公章之日起生效。合同的修改和补充应以书面形式作出。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""
TERMS["z02"] = terms(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                     data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                     liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True,
                     final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                     auto_renewal_price_increase=False, termination_for_breach=True,
                     subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
EXTRA["z02"] = extra(True, True, False, 2080000, capped=True)
TCO["z02"] = (1860000, 26, 18)
DESIGN["z02"] = {"CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"}


# ==== z03 ========================================================================================================
META["z03"] = ("h1013z03_gem_training_chain_booking_membership_saas.txt", "txt", "zh", "cloud")
SRC["z03"] = """预约及会员管理云服务合同

合同编号：ZBJD-YY-2027-007
甲方（客户）：某珠宝鉴定培训连锁有限公司
乙方（服务商）：某云软件科技有限公司

甲方在全国经营三十五家珠宝鉴定培训门店，需统一的课程预约、会员管理及营销工具。乙方向甲方提供其“云约”预约及会员管理SaaS服务并完成实施。双方根据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方三十五家门店开通预约及会员管理SaaS服务，功能包括：课程排期与在线预约、鉴定送检预约、会员储值与积分、课时卡核销、小程序商城、营销活动及经营报表。
2. 每家门店开通不超过十个员工账号，总部开通管理账号二十个；新增门店按附件一单价另行计费。
（二）实施服务
1. 乙方负责系统配置、三十五家门店基础数据导入、历史会员及课时余额迁移、与甲方财务系统及支付渠道的对接、门店人员培训。
2. 乙方为甲方定制“鉴定证书查询”页面及总部经营驾驶舱报表。
3. 实施范围以双方确认的需求确认单为准，需求确认单应在合同签订后十日内完成，作为验收依据。实施期间乙方应派顾问赴甲方总部及不少于五家样板门店现场调研。

二、服务期限
（一）服务期为两个服务年度：第一服务年度自系统上线验收合格之日起计算，至次年对应日的前一日止；第二服务年度紧接其后。
（二）服务期满，本合同终止。甲方如需继续使用，双方另行协商签订续约合同，本合同不自动续期。

三、费用及支付
（一）费用构成
1. 订阅服务费：每家门店每服务年度¥9,600，三十五家门店每服务年度合计¥336,000，两个服务年度合计¥672,000。
2. 实施费：一次性¥58,000，含数据迁移、接口对接、定制页面及报表开发、培训。
3. 合同总价：¥730,000（含税）。
（二）支付方式
1. 实施费在上线验收合格后十五个工作日内一次性支付。
2. 每一服务年度的订阅服务费，在该服务年度开始后十五个工作日内支付。因乙方原因服务年度内实际可用门店数减少的，相应费用在下一期结算时扣回。
3. 乙方应在收款前开具增值税专用发票。

四、上线与验收
（一）乙方应于合同签订后四十五日内完成实施并申请上线验收。
（二）验收标准：
1. 合同约定的功能全部可用，三十五家门店均能完成预约、核销和会员储值操作；
2. 历史会员数据迁移完整，抽查三百条会员及课时余额记录与原系统一致；
3. 支付渠道对账连续七日无差错；
4. 定制页面及报表按需求确认单实现。
（三）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。系统开通或甲方门店开始使用，不视为验收合格。

五、服务水平
（一）乙方保证SaaS服务每月可用率不低于99.5%，计划内维护应提前三日通知并安排在每日22:00至次日7:00之间，不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或无法收款）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能或部分门店不可用）：2小时内响应，次日内解决；
3. 三级故障（一般咨询及优化建议）：一个工作日内答复。
（三）服务补偿：月可用率每低于约定值0.5个百分点，乙方按当月订阅服务费的5%给予服务抵扣，当月累计抵扣不超过当月订阅服务费的一半；一级故障响应超时的，每次抵扣¥1,000。
（四）技术支持：乙方提供7×24小时电话及在线工单支持，工作日9:00至21:00安排专属客户成功经理对接甲方总部；节假日及大型促销活动前，乙方应根据甲方书面通知安排专人值守。
（五）数据备份：乙方每日对甲方数据进行全量备份，备份保留不少于三十日，数据恢复点目标不超过一小时，恢复时间目标不超过两小时。

六、数据与安全
（一）甲方在系统中录入和产生的会员信息、交易记录、课程数据归甲方所有。
（二）乙方可在去标识化处理后，将甲方数据与其他客户数据汇总，用于改进产品功能、形成行业分析报告及开发新的增值服务。
（三）乙方应采取加密存储、访问控制、日志审计、异地备份等措施保障数据安全，系统按网络安全等级保护第三级要求运行。发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成数据泄露或丢失的，乙方承担赔偿责任。
（四）乙方人员访问甲方数据须经授权并留痕，乙方每服务年度至少进行一次安全漏洞扫描，并将结果及整改情况告知甲方。
（五）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，之后删除甲方数据并出具书面说明。

七、知识产权
（一）“云约”SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的鉴定证书查询页面、驾驶舱报表及接口程序，其知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托第三方维护。

八、保密
双方对因本合同获知的对方商业秘密和经营信息承担保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。

九、违约责任
（一）乙方逾期完成实施或逾期申请上线验收的，每逾期一日，按合同总价的万分之八支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）任何一方违约给对方造成损失的，应赔偿对方实际损失。

十、双方义务
（一）甲方义务
1. 指定一名项目负责人及各门店联络人，及时提供门店资料、课程目录、会员历史数据和支付渠道参数；
2. 妥善保管账号密码，按乙方提供的操作手册使用系统；
3. 按本合同约定支付费用。
（二）乙方义务
1. 指派专职项目经理及实施顾问，实施期间每周提交进度报告，重大问题两个工作日内书面报告甲方；
2. 为甲方总部管理员、门店店长及前台人员分批组织线上和线下培训，提供操作手册及培训视频；
3. 服务期内免费提供标准功能的版本升级，升级前五个工作日通知甲方，升级不得降低已有功能或造成数据丢失；
4. 按季度向甲方提交服务报告，列明可用率、故障处理情况及服务抵扣金额。
（三）服务变更：甲方需增加定制功能的，双方另行签订变更协议，按附件一人天单价结算。门店关闭的，自下一服务年度起相应减少订阅费用。

十一、分包
乙方不得将实施服务分包给第三方；确需委托第三方进行支付对接的，应事先取得甲方书面同意。乙方使用的云计算基础设施服务商名称应在附件二中列明。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方退还未履行期间的服务费。
（二）连续两个月可用率低于约定值的，甲方有权解除合同。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方住所地人民法院提起诉讼。

十四、不可抗力
因不可抗力导致服务中断的，受影响一方应在三日内通知对方，并尽力减少损失；不可抗力持续超过三十日的，双方可协商解除合同。云计算基础设施服务商的故障不属于不可抗力。

十五、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。附件一：门店清单及单价；附件二：服务及基础设施说明。

甲方（盖章）：__________　　乙方（盖章）：__________
"""
TERMS["z03"] = terms(availability_pct=99.5, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                     data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.08,
                     liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     auto_renewal_price_increase=False, termination_for_breach=True,
                     subcontract_without_consent=False, governing_law="PRC", contract_kind="service")
EXTRA["z03"] = extra(True, True, False, 730000)
DESIGN["z03"] = {"CR-SLA-AVAILABILITY", "CR-DATA-OWNERSHIP"}


# ==== z04 ========================================================================================================
META["z04"] = ("h1013z04_water_bureau_flash_flood_warning_om_service.txt", "txt", "zh", "services")
SRC["z04"] = """山洪灾害监测预警系统运行维护服务合同

项目编号：SLJ-CS-2027-03（竞争性磋商）
采购人（甲方）：某县水利局
供应商（乙方）：某水利信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就县级山洪灾害监测预警系统运行维护服务订立本合同。

第一条 服务范围
1. 运维对象：县山洪灾害监测预警平台（含数据接收处理、预警发布、短信群发及会商子系统）；全县86个自动雨量站、24个自动水位站、38个视频监测点；152套无线预警广播及乡镇简易报警设备；县级平台机房服务器、存储及网络设备。
2. 服务内容：平台软件日常巡检、故障处理及补丁更新；监测站点汛前全面检修、汛期巡查及汛后保养；遥测终端、传感器、太阳能供电及通信模块的维修和更换；预警广播设备检测；数据质量核查与报送；汛期值守及技术保障；运维档案建立与更新。
3. 乙方更换的零部件费用单价在一千元以下的包含在服务费内；超过一千元的，由乙方报价，经甲方书面确认后另行结算。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。其中汛期为每年5月1日至9月30日。

第三条 服务费用及支付
1. 服务费总额为人民币伍拾捌万陆仟元整（¥586,000），包含人工、交通、通信、工具仪器、常用备件及税费。
2. 服务费按季度支付。每季度结束后，甲方根据季度考核结果在二十个工作日内支付当季度服务费¥146,500，并扣除当季考核扣款。
3. 乙方应在每次付款前开具合法发票。
4. 甲方经批准另行增加的站点，按磋商文件中的单站运维单价及实际运维天数结算，纳入季度考核。

第四条 服务要求
1. 乙方应组建不少于八人的运维团队，其中驻县运维工程师不少于三人，项目负责人具有水利或电子信息类中级以上职称。人员名单报甲方备案，更换须经甲方同意。
2. 汛前检修应于4月25日前完成，对全部站点逐一检查、校准雨量计和水位计，并提交检修报告。
3. 汛期实行7×24小时值守，平台值班人员不少于两人；遇暴雨预警时，乙方应增派技术人员到甲方指挥中心驻守，直至预警解除。
4. 乙方每月提交运维月报，内容包括站点运行情况、故障处理记录、数据到报统计及存在问题。
5. 汛后应于10月31日前完成全部站点保养，提交年度运维总结，对站点布设、设备更新及平台功能提出改进建议。
6. 乙方应常备雨量计、水位计、遥测终端、蓄电池、太阳能板及通信模块等备品备件，备件数量不少于在用设备的百分之五，并建立备件出入库台账。
7. 乙方人员野外作业应遵守安全生产规定，配备必要的防护装备，恶劣天气下不得冒险作业；乙方应为现场人员购买意外伤害保险，作业中发生的人身伤害由乙方负责。
8. 配合甲方参加省、市组织的山洪灾害防御演练及系统联调，按要求提供技术支撑和演练数据。

第五条 服务水平
1. 监测预警平台月可用率不低于99.95%（计划内维护经甲方同意后不计入）。
2. 故障分级及处理时限：
（1）一级故障（平台无法接收数据或无法发布预警）：30分钟内响应，2小时内恢复；汛期内发生的，乙方技术负责人应同时到场；
（2）二级故障（单个站点数据中断或预警广播失效）：1小时内响应，汛期48小时内、非汛期72小时内修复；
（3）三级故障（数据异常、设备外观损坏等）：一个工作日内响应，五个工作日内处理完毕。
3. 考核扣款：平台月可用率每低于约定值0.01个百分点，扣减当季度服务费¥1,000；一级故障响应或恢复超时的，每超时一小时扣减¥1,500；二级故障超时修复的，每站每日扣减¥200。季度考核扣款从当季度服务费中扣除。
4. 汛期内任一站点数据中断的，乙方应在发现后立即电话报告甲方值班室，并在修复后书面说明原因；同一站点汛期内累计中断三次以上的，乙方应提出设备更换或通信改造方案，报甲方审定后实施。
5. 乙方应保证雨量、水位数据准确，雨量计校准误差及水位计测量误差符合国家及行业相关技术规范的要求。

第六条 考核与验收
1. 甲方按季度对乙方服务进行考核，考核内容包括站点运行率、故障处理时效、汛期值守、档案资料及月报质量，考核细则见附件。
2. 季度考核得分低于八十分的，乙方应在十个工作日内提交整改报告；连续两个季度低于八十分的，甲方可约谈乙方法定代表人并将情况记入供应商履约评价。
3. 服务期满后十五个工作日内，甲方组织年度验收。验收标准：全部站点运行正常、运维档案完整、年度故障处理记录齐全、设备台账与实物一致，并经甲方书面确认。

第七条 甲方义务
1. 提供开展运维所需的系统账号、设备资料、站点位置清单及历史运维档案。
2. 协调乡镇、村组为乙方进入站点现场提供便利。
3. 按本合同约定进行考核并支付服务费。
4. 指定专人负责与乙方对接，及时确认乙方提交的备件更换及维修方案。

第八条 知识产权
乙方在服务过程中形成的运维报告、数据质量分析报告、设备台账、配置文件及维护脚本，其知识产权归甲方所有，甲方可自由使用和修改。

第九条 数据安全
1. 监测数据、预警信息、人员及转移安置名单等全部数据归甲方所有，乙方仅可为本合同目的使用，不得对外提供或用于其他项目。
2. 乙方应遵守网络安全等级保护制度，平台运维通过甲方堡垒机进行，禁止私自开通远程端口、复制数据或使用未经检测的移动存储介质。
3. 发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方，配合处置；因乙方原因造成数据泄露、篡改或丢失的，由乙方承担全部赔偿责任及法律责任。

第十条 保密
乙方及其工作人员对在服务中知悉的防汛预案、转移路线、人员信息及其他工作秘密负有保密义务，不得向任何单位和个人泄露，本条在合同终止后持续有效。

第十一条 分包
本项目不得转包。监测站点通信服务以外的工作确需分包的，须事先征得甲方书面同意。

第十二条 违约责任
1. 乙方未按本合同要求提供服务的，甲方有权要求乙方限期整改，并按第五条进行考核扣款。
2. 乙方违约给甲方造成损失的，应赔偿甲方的实际损失。
3. 甲方无正当理由未按期支付服务费的，乙方可书面催告，但不得因此中断汛期服务。

第十三条 合同期限与终止
1. 本合同服务期届满且甲方付清服务费后终止。
2. 除不可抗力外，服务期内任何一方不得提前解除本合同。因不可抗力无法履行的，双方协商处理。
3. 合同终止前三十日内，乙方应向甲方或甲方指定的后续服务单位办理交接，移交设备台账、运维档案、系统账号、配置文件及备件清单，并提供不少于十个工作日的交接配合，交接完成以双方签署的交接确认单为准。

第十四条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。本合同适用中华人民共和国法律。

第十五条 其他
1. 本合同一式五份，甲方三份、乙方两份，自双方签字盖章之日起生效。
2. 磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。

甲方（盖章）：____________　　乙方（盖章）：____________
日期：2027年____月____日
"""
TERMS["z04"] = terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                     data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                     liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     auto_renewal_price_increase=False, termination_for_breach=False,
                     subcontract_without_consent=False, governing_law="PRC", contract_kind="service")
EXTRA["z04"] = extra(True, False, False, 586000)
DESIGN["z04"] = {"CR-LD-MISSING", "CR-TERMINATION"}


# ==== z05 ========================================================================================================
META["z05"] = ("h1013z05_bamboo_blind_studio_process_tracking_supplier_template.md", "md", "zh", "software")
SRC["z05"] = """# 软件产品销售及定制开发合同

**（织艺云标准合同文本 V3.0）**

合同编号：ZYY-XS-2027-0219

甲方（客户）：某竹丝画帘工作室

乙方（供应商）：某织艺云软件有限公司

甲方拟采购乙方“织艺云”生产工序追踪软件，用于竹丝画帘从选竹、煮竹、劈丝、编织、绘画到装裱的工序追踪、订单排期及成品溯源，并要求乙方根据甲方工艺进行定制开发。双方本着平等自愿原则，依据《中华人民共和国民法典》签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供“织艺云”工序追踪软件标准版永久使用许可一套，授权站点十个，授权用户三十个。

1.2 乙方根据甲方需求进行以下定制开发：竹丝画帘工序模板及工时记录、扫码报工、画师作品档案、订单进度看板、成品溯源二维码及小程序查询页面。

1.3 乙方负责软件安装部署、基础数据初始化及使用培训。定制开发的具体内容以乙方出具的需求说明书为准，需求说明书未列明的功能不属于本合同范围。

1.4 软件部署于甲方工作室自有服务器，小程序查询页面通过乙方提供的云服务接口发布。乙方为甲方提供的云服务接口在免费维护期内免费使用，期满后按乙方届时标准收取接口服务费。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “织艺云”工序追踪软件标准版许可 | 168,000 |
| 2 | 定制开发（工序模板、扫码报工、作品档案、看板、溯源查询） | 126,000 |
| 3 | 部署及培训 | 18,000 |
| | 合计 | 312,000 |

合同总价为人民币叁拾壹万贰仟元整（¥312,000），含税。扫码枪、标签打印机、服务器等硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥202,800。乙方收到该笔款项后开始需求调研及开发工作。

3.2 系统安装上线后五个工作日内，甲方支付合同总价的35%，即¥109,200。

3.3 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在付款前书面告知并提供开票信息。

3.4 甲方逾期付款的，乙方有权暂停开发、部署及技术支持服务，由此造成的工期延误由甲方承担。

## 第四条 交付及验收

4.1 乙方在收到首笔款项后九十日内完成开发并安装上线。因甲方需求变更、资料提供不及时造成的延误，交付期限相应顺延。

4.2 系统安装上线即视为甲方验收合格。甲方在上线后对系统提出的修改要求，乙方视情况在后续版本中予以考虑。

4.3 甲方开始使用系统录入生产数据的，视为甲方认可交付成果。

4.4 乙方交付内容包括：安装完成的软件系统、系统管理员账号、用户操作手册电子版一份。源代码、数据库设计文档及接口文档不属于交付范围。

## 第五条 免费维护及售后服务

5.1 乙方提供自系统上线之日起六个月的免费维护，期间免费修复软件缺陷并提供远程技术支持。

5.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的价格标准购买年度维护服务，维护费用以乙方届时报价为准。

5.3 维护期内，甲方报告的一级故障（系统无法登录或无法报工），乙方在8小时内响应；其他问题在三个工作日内响应。乙方提供远程支持为主，确需上门的，差旅费用由甲方承担。

5.4 乙方对响应时间不作赔偿承诺。因网络、硬件、甲方操作不当等原因导致的问题，不属于免费维护范围。

5.5 乙方提供两次远程培训，每次不超过三小时，培训对象为甲方管理人员及工序负责人。超出部分按乙方培训收费标准另行计费。

## 第六条 知识产权

6.1 “织艺云”软件产品及其全部版本的知识产权归乙方所有。

6.2 乙方为甲方定制开发的工序模板、功能模块、小程序页面及相关源代码、文档，其知识产权归乙方所有。甲方在本合同约定的授权范围内享有使用权，不得对其进行修改、反向工程或许可第三方使用。

6.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第七条 数据

7.1 甲方在系统中录入的订单、客户、画师及工艺数据归甲方所有。

7.2 甲方同意，乙方可对甲方数据进行去标识化处理后，用于产品改进、工艺知识库建设及行业统计分析，并可将分析结果用于乙方的产品和服务。

7.3 乙方对其提供的部署环境采取访问控制、数据备份及日志记录等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，采取补救措施并承担相应的赔偿责任。

7.4 甲方应自行做好本地服务器的数据备份。因甲方服务器故障或操作不当造成的数据丢失，乙方不承担责任。

## 第八条 双方责任

8.1 甲方应按乙方要求准备服务器、网络、扫码设备及标签打印机等运行环境，并在乙方开始部署前完成；运行环境不符合要求导致系统无法正常使用的，由甲方自行负责。

8.2 甲方应指定专人配合需求调研，在乙方提交需求说明书后三个工作日内确认；逾期未确认的，视为甲方同意需求说明书的全部内容。

8.3 甲方在开发过程中提出需求变更的，乙方有权根据工作量另行收费并相应调整交付时间。

8.4 乙方应按照本合同约定完成开发和部署，并保证标准版软件的功能与乙方产品说明一致。乙方不对软件满足甲方特定用途作出保证。

8.5 授权站点及授权用户超出本合同约定数量的，甲方应按乙方当时的价格补购许可。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密、技术资料及客户信息负有保密义务，未经对方书面同意，不得向第三方披露，保密期限为合同终止后三年。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同，并要求违约方承担违约责任。

11.2 甲方在合同签订后单方取消采购的，已付款项不予退还。

11.3 合同解除后，甲方应停止使用乙方软件并删除其安装副本；乙方可在甲方书面申请后三十日内协助导出甲方业务数据，导出服务按乙方收费标准另行计费。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方根据不可抗力的影响部分或全部免除责任，但应及时通知对方并在合理期限内提供证明。电信网络故障、第三方云服务中断、黑客攻击及病毒入侵等，视为不可抗力。

## 第十三条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，双方对条款另有约定的，以双方签章确认的补充协议为准。

14.2 本合同一式两份，甲乙双方各执一份，具有同等法律效力，自双方签字盖章之日起生效。

14.3 乙方出具的需求说明书、报价单为本合同附件。本合同未尽事宜，双方另行签订补充协议。

甲方（签章）：__________　　乙方（签章）：__________
"""
TERMS["z05"] = terms(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                     data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
                     liability_cap_pct=None, prepayment_pct=65, acceptance_clause=False,
                     final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
                     auto_renewal_price_increase=False, termination_for_breach=True,
                     subcontract_without_consent=None, governing_law="PRC", contract_kind="goods_or_licence")
EXTRA["z05"] = extra(True, True, True, 312000, capped=False)
DESIGN["z05"] = {"CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE",
                 "CR-SLA-NO-REMEDY", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-LD-LOW"}


# ==== e01 ========================================================================================================
META["e01"] = ("h1013e01_cold_chain_wms_perpetual_licence_utah_vendor.pdf", "pdf", "en", "software")
SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. JV-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengleng Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Nantong, Jiangsu Province (the "Buyer"), and Juab Valley Software, Inc., a Utah corporation with its principal place of business at Main Street, Nephi, Utah, United States of America (the "Vendor").
P:The Buyer operates temperature-controlled warehouses and wishes to replace its existing warehouse management software. The Vendor develops and licenses the ColdTrack warehouse management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the ColdTrack WMS server and client software, the handheld terminal application and the temperature-logging module, in object code, together with their documentation and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other work product that the Vendor creates specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Go-Live" means the first day on which the Buyer uses the Licensed Software for live operations at all three warehouses named in the Statement of Work.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software for the internal business of the Buyer and its affiliates in the People's Republic of China, for up to 260 named users and 180 handheld terminals.
P:2.2 The Buyer may make copies of the Licensed Software for backup, testing and disaster recovery. Additional users may be purchased at the unit prices in Schedule A for the duration of the warranty period.
P:2.3 The Licensed Software will be installed on servers in the Buyer's own data centre in Nantong. The Vendor shall not install any remote monitoring agent or licence key server that sends information outside the Buyer's network.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in the Statement of Work, including requirements confirmation, configuration, interfaces to the Buyer's ERP, transport management and cold-room sensor systems, migration of open inventory and location data, user acceptance testing support, Go-Live support and training of key users and administrators.
P:3.2 The Vendor shall appoint a project manager who speaks Mandarin and shall keep a qualified team on site in Nantong during configuration, testing and Go-Live. Key personnel named in the Statement of Work may be replaced only with the Buyer's prior written approval.
P:3.3 The Vendor shall deliver Go-Live within 110 days after the effective date and shall make the system ready for Final Acceptance within 170 days after the effective date.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,670,000, inclusive of applicable taxes, made up of: licence fee CNY 1,240,000; implementation services CNY 386,000; training CNY 44,000. The price is fixed and is not subject to adjustment for exchange rates.
P:4.2 The Buyer shall pay: (a) 10% of the contract price within fifteen days after signature, against the Vendor's invoice and an advance-payment bank guarantee; (b) 55% within fifteen days after Go-Live; and (c) 35% within fifteen days after Final Acceptance.
P:4.3 Go-Live, use of the system in live operations or payment under Article 4.2(b) does not constitute acceptance.
H:Article 5 Acceptance
P:5.1 After Go-Live the system shall run in live operations for thirty consecutive days. The Vendor may request Final Acceptance when, during that period: (a) all functions listed in the Statement of Work have passed the agreed test scripts; (b) inventory reconciled between the system and a physical count at each warehouse shows no discrepancy caused by the software; (c) temperature records are captured from every cold room at the agreed interval with no gap longer than five minutes; (d) interfaces to the ERP and transport systems have run without unresolved Priority 1 or Priority 2 defects; and (e) all documentation and the source code of the Custom Deliverables have been delivered.
P:5.2 The Buyer shall test and either confirm Final Acceptance in writing or list the failed criteria within ten working days after the request. The Vendor shall correct the listed failures at its own cost and request acceptance again. If the system fails acceptance a second time, the Buyer may terminate under Article 12 and recover all amounts paid.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with the documentation and the Statement of Work for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases, and provide support without charge.
P:6.2 After the Warranty Period the Buyer may purchase annual support. The annual support fee is 8.5% of the licence fee, being CNY 105,400 per year, and shall not be increased for the first three years after the Warranty Period. Support renews only by written order of the Buyer.
H:Article 7 Service Levels
P:7.1 The Vendor shall provide a support desk by telephone, email and ticket portal, staffed in Mandarin from 08:00 to 22:00 China Standard Time every day, with an on-call engineer outside those hours.
P:7.2 Priority 1 (system down, or receiving, picking or shipping stopped at a warehouse): response within 1 hour and a workaround or fix within 8 hours. Priority 2 (a major function degraded): response within 2 hours and a fix within 2 working days. Priority 3 (minor issue): response within one working day.
P:7.3 If the Vendor misses a Priority 1 response or fix time, the Buyer is entitled to a service credit of CNY 1,000 for each hour or part of an hour of delay, deducted from any amount payable to the Vendor.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:8.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Buyer may use, modify, license and have third parties maintain the Custom Deliverables without restriction.
P:8.3 The Vendor shall defend and indemnify the Buyer against any third-party claim that the Licensed Software or Custom Deliverables infringe intellectual property rights.
H:Article 9 Data Security
P:9.1 All data entered into or generated by the system, including inventory, customer, shipment and temperature data, belongs to the Buyer. The Vendor may access it only to perform this Agreement and may not copy, retain or use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's bastion host with named accounts, shall follow the Buyer's information-security policies and applicable PRC data protection law, and shall not transfer any Buyer data outside the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within 2 hours of becoming aware of any security incident affecting Buyer data, shall cooperate in containment and investigation, and shall be liable for all losses caused by a security incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to achieve Go-Live or readiness for Final Acceptance by the dates in Article 3.3 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the contract price for each day of delay.
P:11.2 Each party's total liability under this Agreement is limited to 200% of the contract price. The limit does not apply to breach of Article 9 or Article 10, infringement indemnities, wilful misconduct or personal injury.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature. The licence in Article 2 survives any termination after Final Acceptance.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. The Buyer may also terminate under Article 5.2.
P:12.3 On termination by the Buyer for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, and the Buyer shall return or destroy the Licensed Software.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Utah, United States of America, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state courts located in Juab County, Utah, and each party submits to the jurisdiction of those courts.
H:Article 15 General
P:15.1 This Agreement, the Statement of Work and Schedule A are the entire agreement. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
TERMS["e01"] = terms(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                     data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                     liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8.5,
                     auto_renewal_price_increase=False, termination_for_breach=True,
                     subcontract_without_consent=False, governing_law="Utah", contract_kind="goods_or_licence")
EXTRA["e01"] = extra(True, True, False, 1670000, capped=True)
TCO["e01"] = (1240000, 8.5, 24)
FORUM_OUTSIDE.add("e01")
DESIGN["e01"] = {"CR-GOVERNING-LAW"}


# ==== e02 ========================================================================================================
META["e02"] = ("h1013e02_supplier_quality_saas_order_form_idaho_vendor.md", "md", "en", "cloud")
SRC["e02"] = """# Order Form and General Terms: QualityLoop Cloud Subscription

**Order Form No. SRC-OF-27-0146**

**Vendor:** Snake River Cloud Systems, LLC, an Idaho limited liability company, West Bridge Street, Blackfoot, Idaho, United States ("Vendor")

**Customer:** Ningbo Xinrui Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, Hangzhou Bay New Zone, Ningbo, Zhejiang ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A: Order Form

### A1. Subscribed Service

QualityLoop Cloud, Vendor's hosted supplier quality management service, with the following modules: supplier onboarding and audits, incoming inspection, non-conformance and 8D reports, PPAP document control, supplier scorecards and the supplier self-service portal. Up to 400 named internal users and 1,200 supplier portal accounts.

### A2. Subscription Term

Two Subscription Years. Subscription Year 1 starts on the Service Start Date, which is the date on which Customer signs the Onboarding Acceptance certificate under A4. Subscription Year 2 starts on the first anniversary of the Service Start Date. The Agreement ends at the end of Subscription Year 2 and renews only if both parties sign a new Order Form.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 400 users, all modules | 548,000 |
| Subscription fee, Subscription Year 2 | 400 users, all modules | 548,000 |
| Onboarding services (one-time) | configuration, data import, ERP interface, training | 64,000 |
| Total Fees | | 1,160,000 |

All amounts include VAT. Additional named users during a Subscription Year are charged pro rata at CNY 1,370 per user per Subscription Year. The subscription fee for Subscription Year 2 is fixed at the amount above.

### A4. Onboarding and Acceptance

Vendor shall complete onboarding within 60 days after signature of this Order Form. Onboarding includes configuration of Customer's inspection plans and approval workflows, import of Customer's approved supplier list, open non-conformance reports and PPAP records, an interface to Customer's ERP for receipts and purchase orders, and training of administrators and key users.

Customer shall test the configured Service against the onboarding checklist attached to this Order Form within ten working days after Vendor's notice of completion. Onboarding Acceptance requires that: (a) every module in A1 is configured and working for Customer's two plants; (b) the imported supplier list and records match the source files in a full count; (c) receipts and purchase orders flow between the ERP and the Service for five consecutive working days without error; and (d) training has been delivered. Access to the Service for testing does not constitute acceptance.

If onboarding is not completed by the agreed date for reasons attributable to Vendor, Vendor shall pay delay damages of 0.1% of the Total Fees for each day of delay, which Customer may deduct from the fees.

### A5. Invoicing and Payment

The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice. The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days. No amount is payable before the Service Start Date.

### A6. Hosting, Contacts and Special Terms

The Service is provided from a dedicated tenant in Alibaba Cloud's Shanghai region, which Customer approves by signing this Order Form. Customer Data is stored and processed only in mainland China. Vendor's customer success manager for Customer is based in Shanghai. Notices to Customer go to its IT director; notices to Vendor go to its general counsel in Blackfoot, Idaho, with a copy to its Shanghai representative.

## Part B: General Terms

### 1. Definitions

1.1 "Service" means the hosted service described in A1, including updates Vendor makes generally available to its customers.

1.2 "Customer Data" means all data, documents and files submitted to the Service by or for Customer or its suppliers, and all reports and records the Service generates from them.

1.3 "Customer Materials" means configurations, inspection plan templates, workflows, report layouts and interface mappings created by Vendor for Customer during onboarding.

### 2. Use of the Service

2.1 Vendor grants Customer and its affiliates the right to access and use the Service during the Subscription Term for their internal business purposes.

2.2 Customer shall not resell the Service or use it to build a competing product, and is responsible for its users' compliance with this Agreement.

2.3 Customer shall keep user credentials secure, promptly deactivate users who leave, and notify Vendor of any unauthorised use of its accounts of which it becomes aware. Customer is responsible for the accuracy of the data its users and suppliers submit, and for obtaining any consents its suppliers' personnel must give before their contact details are entered in the supplier portal.

2.4 Vendor may update the Service from time to time, provided that no update materially reduces the functions described in A1 during the Subscription Term.

### 3. Availability and Support

3.1 Vendor will use commercially reasonable efforts to make the Service available and to perform scheduled maintenance outside Customer's business hours where practicable.

3.2 Vendor provides support through its ticket portal and email during Vendor's business hours and will use reasonable efforts to respond to support requests promptly, giving priority to issues that prevent use of the Service.

3.3 Vendor will inform Customer by email of any incident that makes the Service unavailable to all users and of its resolution.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data. Vendor processes Customer Data only to provide the Service to Customer and for no other purpose.

4.2 Vendor shall return Customer Data in a standard export format on request at any time during the Subscription Term, and shall delete it within 30 days after the Agreement ends, confirming deletion in writing.

### 5. Data Security

5.1 Vendor shall maintain administrative, technical and physical safeguards for Customer Data, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of access, daily backups and annual penetration testing, and shall comply with applicable PRC cybersecurity and personal information protection laws.

5.2 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take prompt steps to contain it, and shall be responsible for the losses caused to Customer by a security incident attributable to Vendor, its personnel or its hosting provider.

### 6. Confidentiality

Each party shall protect the other party's Confidential Information with at least reasonable care, use it only to perform this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar duties. Confidential Information includes Customer Data, pricing and each party's business and technical information. These obligations continue for three years after the Agreement ends, and for Customer Data for as long as Vendor holds it.

### 7. Intellectual Property

7.1 Vendor owns the Service and all its underlying software and technology.

7.2 Customer owns the Customer Materials and may use, copy, modify and license them freely, including with other systems, during and after the Subscription Term. Vendor shall export them on request.

### 8. Subcontracting

Vendor shall not subcontract performance of the Service or onboarding, or appoint any subprocessor of Customer Data other than the hosting provider approved in A6, without Customer's prior written consent. Vendor remains responsible for any subcontractor.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential damages, loss of profit or loss of business.

9.2 Each party's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by Customer under this Agreement in the six (6) months immediately preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit liability for fraud, wilful misconduct or personal injury.

### 10. Term and Termination

10.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

10.2 If Customer terminates under 10.1, Vendor shall refund the prepaid fees for the remainder of the Subscription Year in which termination takes effect.

10.3 Sections 4, 5, 6, 7 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Agreement without the other's written consent, except to an affiliate that takes over the relevant business.

12.2 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

12.3 This Agreement is the entire agreement between the parties about its subject matter. Any amendment must be in writing and signed by both parties.

Signed for Vendor: ____________________

Signed for Customer: ____________________
"""
TERMS["e02"] = terms(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
                     data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                     liability_cap_pct=6 / 24 * 100, prepayment_pct=None, acceptance_clause=True,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     auto_renewal_price_increase=False, termination_for_breach=True,
                     subcontract_without_consent=False, governing_law="PRC", contract_kind="service")
EXTRA["e02"] = extra(False, True, False, 1160000)
DESIGN["e02"] = {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-LIABILITY-CAP"}


# ==== e03 ========================================================================================================
META["e03"] = ("h1013e03_paper_mill_vibration_sensors_monitoring_licence.docx", "docx", "en", "hardware")
SRC["e03"] = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. SZHX-EQ-2027-088
P:Buyer: Suzhou Huaxin Paper Co., Ltd., a company incorporated in the People's Republic of China, Wujiang District, Suzhou, Jiangsu ("Buyer").
P:Supplier: Klamath Basin Instruments, Inc., an Oregon corporation, Klamath Falls, Oregon, United States ("Supplier").
P:This Contract is issued on the Buyer's standard terms for equipment purchases. The Buyer wishes to install wireless vibration and temperature monitoring on the rotating equipment of its two paper machines, and the Supplier has offered the equipment, software and services below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the Price Table.
P:1.2 "Software" means the Supplier's MillSense condition monitoring software, including the analytics server, the web dashboard and the mobile alert application, licensed under clause 4.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's site.
P:1.4 "Custom Work" means alarm rules, machine models, dashboard layouts, the interface to the Buyer's maintenance management system and any other work product developed by the Supplier for the Buyer.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Buyer's mill in Wujiang, install, configure and commission the System on the dryer sections, press sections, vacuum pumps, fans and refiners of paper machines PM1 and PM2, as set out in the technical specification annexed to this Contract.
P:2.2 The Supplier shall build machine models and alarm thresholds for each monitored asset, integrate the Software with the Buyer's maintenance management system so that alarms create work requests automatically, and train the Buyer's reliability engineers and operators.
P:2.3 All Equipment shall be new, of current manufacture, rated for the temperature and humidity of a paper machine hall, and certified for use in the People's Republic of China where certification is required.
H:3. Price
P:3.1 The Contract Price is CNY 1,221,000, inclusive of VAT, delivery to site, import duties, installation and all services, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor with mounting kit|240|2,450|588,000
TB:2|Wireless gateway with industrial enclosure|24|8,600|206,400
TB:3|MillSense software licence, perpetual, 300 monitored assets|1|312,000|312,000
TB:|Equipment and licence subtotal|||1,106,400
TB:4|Installation, configuration and commissioning|1 lot|96,600|96,600
TB:5|Training (reliability engineers and operators)|1 lot|18,000|18,000
TB:|Contract Price|||1,221,000
P:3.2 The Contract Price is fixed for the duration of the Contract.
H:4. Licence
P:4.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at the Buyer's mills in the People's Republic of China for the number of monitored assets stated in the Price Table.
P:4.2 The Software shall be installed on servers provided by the Buyer on its own network. No part of the System shall require a connection to any server outside the Buyer's network in order to operate.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment within 50 days after the effective date and complete installation and commissioning within 35 days after delivery. Installation on running machines shall be carried out during the scheduled shutdowns notified by the Buyer.
P:5.2 The Supplier's personnel shall comply with the Buyer's site safety, lock-out and permit-to-work rules.
H:6. Acceptance
P:6.1 After commissioning, the System shall complete a trial run of 45 consecutive days. The Buyer shall accept the System when, during the trial run: (a) every sensor reports to the Software at the configured interval, with data loss below one per cent for each sensor; (b) the battery life reported by each sensor is consistent with the specification; (c) alarms for each monitored asset are tested by simulation and create work requests in the maintenance management system; (d) the dashboards and reports listed in the specification are available; and (e) all documentation has been delivered.
P:6.2 Acceptance shall be confirmed by an acceptance certificate signed by both parties. Delivery, installation, commissioning or use of the System by the Buyer does not constitute acceptance.
P:6.3 If the System fails acceptance, the Supplier shall correct the failures within 15 days at its own cost and the trial run shall be repeated for the affected part.
H:7. Payment
P:7.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:7.2 The Buyer shall pay 55% of the Contract Price within 20 days after delivery and installation of all Equipment, against the signed delivery note. Payment under this clause does not mean acceptance.
P:7.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after acceptance under clause 6.
H:8. Warranty and Support
P:8.1 The Supplier warrants the System for thirty-six months after acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail before their specified life, and shall provide Software updates and remote and on-site support at no cost.
P:8.2 After the warranty period, the Buyer may order annual support covering Equipment replacement, Software updates and support. The annual support fee shall not exceed 7% of the equipment and licence subtotal, that is CNY 77,448 per year, and is fixed for the first two years after the warranty period.
P:8.3 Faults shall be handled as follows.
TB:Severity|Description|Response|Restoration
TB:Critical|Software server down, or no data from a whole machine section|30 minutes|8 hours
TB:Major|A gateway or several sensors without data|2 hours|2 working days
TB:Minor|A single sensor or a cosmetic issue|1 working day|5 working days
P:8.4 For each hour by which the Supplier exceeds a response or restoration time for a Critical fault, the Buyer may deduct CNY 800 from any amount payable to the Supplier, or claim it from the Supplier.
H:9. Intellectual Property
P:9.1 The Supplier retains ownership of the Software and of the Equipment firmware.
P:9.2 Ownership of all Custom Work passes to the Buyer upon creation. The Buyer may use, modify and license the Custom Work freely, including to other suppliers.
H:10. Data Security and Confidentiality
P:10.1 All measurement data, alarms, machine models and maintenance records in the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The Supplier shall access the System only through the Buyer's remote access gateway with individual accounts approved by the Buyer, shall not copy data out of the Buyer's network, and shall apply the security patches recommended by the Buyer. The Supplier shall report any security incident involving the System within 2 hours and is liable for losses caused by incidents attributable to it.
P:10.3 Each party shall keep confidential the non-public information received from the other, including the Buyer's production data and process parameters, and shall not disclose it without prior written consent during the Contract and for five years after it ends.
H:11. Delay and Liability
P:11.1 If the Supplier fails to meet a delivery or commissioning date in clause 5, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:11.2 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for personal injury, wilful misconduct, intellectual property infringement and breach of clause 10.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains responsible for its subcontractors.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages have accrued for more than 40 days. The Supplier shall then refund amounts paid for the undelivered or rejected part of the System.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:15. Documentation, Training and Spare Parts
P:15.1 Before acceptance the Supplier shall deliver, in English and Chinese, the installation records with the position and identifier of every sensor, the network diagram, the configuration of each gateway, the Software administration and user manuals, and a description of every alarm rule and machine model.
P:15.2 The Supplier shall train at least eight reliability engineers in system administration, data analysis and alarm tuning, and at least twenty operators in the use of the dashboards and mobile alerts. Training shall be given at the Buyer's mill and in Chinese.
P:15.3 The Supplier shall keep spare sensors and gateways in stock in China sufficient to replace failed units within five working days, and shall continue to supply spare parts for at least eight years after acceptance.
H:16. Force Majeure
P:Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the delay.
H:17. General
P:This Contract is made in English and Chinese, both texts being equally authentic. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
TERMS["e03"] = terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                     data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                     liability_cap_pct=150, prepayment_pct=10, acceptance_clause=True,
                     final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                     auto_renewal_price_increase=False, termination_for_breach=True,
                     subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
EXTRA["e03"] = extra(True, True, False, 1221000, capped=True)
TCO["e03"] = (1106400, 7, 36)
DESIGN["e03"] = set()


# ==== e04 ========================================================================================================
META["e04"] = ("h1013e04_motorcycle_parts_managed_it_services_36_months.md", "md", "en", "services")
SRC["e04"] = """# Managed IT Services Agreement

**Agreement No. GR-MSA-2027-12B**

**Customer:** Chongqing Jialing Precision Motorcycle Parts Co., Ltd., Shapingba District, Chongqing, People's Republic of China ("Customer")

**Provider:** Blue Mountain Managed Services, Inc., an Oregon corporation, Adams Avenue, La Grande, Oregon, United States, acting through its Chongqing representative office ("Provider")

**Background.** Customer runs three plants and a sales office in Chongqing. It wishes to outsource its service desk, end-user support, network operations and server administration to Provider for thirty-six months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the performance standards and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Transition" means the handover of the services from Customer's internal IT team and its previous provider to Provider, as set out in the transition plan.

1.5 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, stores or processes in performing the Services.

## Section 2. Term

2.1 This Agreement starts on the Effective Date. The Transition shall be completed within 75 days after the Effective Date. The operational term is thirty-six months starting on the day after Transition Acceptance.

2.2 The operational term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Services

3.1 Provider shall perform the Services in Schedule 1 in accordance with the Service Levels, good industry practice and Customer's IT policies as notified to Provider.

3.2 Provider shall assign a named service delivery manager, who is based in Chongqing and speaks Mandarin, and a resident team of at least six engineers across Customer's sites during Customer's working hours.

3.3 Provider shall keep an up-to-date configuration database and runbooks for all systems in scope, and shall report monthly on Service Level performance, incidents, changes, capacity and recommendations.

3.4 Customer shall give Provider's personnel access to its sites, systems and documentation as reasonably required, provide desk space and network access for the resident team, and name an IT manager as Provider's main contact. Provider is not responsible for a failure to meet a Service Level to the extent caused by Customer's failure to perform these obligations, provided Provider promptly notifies Customer.

3.5 Provider's personnel shall comply with Customer's site rules, including safety rules on the shop floor. Provider shall replace any member of its team whom Customer reasonably asks to be removed, and shall not reduce the resident team without Customer's written approval.

3.6 The parties shall hold a monthly service review at Customer's head office and a quarterly governance meeting attended by a Provider executive, at which Provider presents trends, recurring problems and an improvement plan. Agreed actions are recorded in minutes signed by both service managers.

## Section 4. Transition and Acceptance

4.1 Provider shall complete the Transition in accordance with the transition plan, including knowledge transfer, discovery of all devices and servers, installation of monitoring tools, creation of runbooks and a two-week parallel run with Customer's team.

4.2 Transition Acceptance requires that: (a) all devices and servers in scope are discovered and recorded in the configuration database; (b) monitoring covers every network device and server in scope; (c) runbooks for every system in Schedule 1 have been approved by Customer; and (d) during the parallel run Provider met the response and resolution times in Schedule 2 for all incidents. Customer shall confirm acceptance in writing or give reasons for refusal within ten working days. The start of service delivery does not by itself constitute acceptance.

4.3 If Transition Acceptance is delayed beyond the date in Section 2.1 for reasons attributable to Provider, Provider shall pay delay damages of 0.08% of the Total Contract Value for each day of delay.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears and paid within 30 days after receipt of a valid VAT invoice. The one-time transition charge is invoiced after Transition Acceptance.

5.2 The monthly service charge is fixed for the operational term. Provider may not increase it except by written amendment agreed by Customer.

5.3 Service credits under Schedule 2 are deducted from the next invoice. Service credits are a price adjustment for reduced service and do not limit Customer's other rights and remedies.

5.4 Additional services requested by Customer outside Schedule 1 shall be quoted in advance and performed only after Customer's written approval.

## Section 6. Customer Data and Confidentiality

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Agreement.

6.2 Each party shall keep confidential all information of the other party that is marked confidential or would reasonably be understood to be confidential, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent, except to its personnel and advisers who need to know it. This Section 6.2 survives for five years after the Agreement ends.

## Section 7. Intellectual Property

7.1 Provider retains its pre-existing tools, methods and software.

7.2 Runbooks, scripts, configuration records, network diagrams, reports and other deliverables created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including by giving them to a replacement provider.

## Section 8. Subcontracting

Provider may subcontract any part of the Services, including field support at the plants and after-hours monitoring, to third parties of its choice by giving Customer ten working days' written notice. Provider remains responsible for the performance of its subcontractors.

## Section 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for wilful misconduct, personal injury and breach of Section 6.

## Section 10. Termination

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if Provider misses the same Critical Service Level in three consecutive months.

10.2 Customer may also terminate this Agreement for convenience after the first eighteen months of the operational term by giving Provider 90 days' written notice and paying the termination fee set out in Schedule 3.

10.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all deliverables under Section 7.2 and Customer Data, and cooperate with any replacement provider.

## Section 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing.

## Section 12. General

This Agreement, with its Schedules, is the entire agreement. Any amendment must be in writing and signed by both parties. It is signed in English and Chinese, and both versions have equal effect.

## Schedule 1. Services

| Service tower | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, portal and messaging app, in Mandarin and English, for about 1,150 users | 24 x 7 |
| End-user support | Desktops, laptops, printers, mobile devices and shop-floor terminals at three plants and the sales office | Plant shifts, on site |
| Network operations | Monitoring and management of 14 core and distribution switches, 210 access switches, 180 wireless access points, 6 firewalls and the WAN links | 24 x 7 |
| Server administration | 64 virtual and 18 physical servers, backup jobs, patching and capacity | 24 x 7 monitoring, business-hours changes |
| Change and asset management | Change control, configuration database, software licence records and asset lifecycle | Business hours |

## Schedule 2. Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Managed network availability, per month | 99.95% | 2% of the monthly service charge for each 0.1 percentage point below target |
| Priority 1 incident (plant production stopped or site-wide outage) response | 15 minutes, 24 x 7 | CNY 2,000 per late incident |
| Priority 1 incident resolution or workaround | 3 hours | CNY 1,500 per hour late |
| Priority 2 incident response | 1 hour | CNY 600 per late incident |
| Service desk calls answered within 60 seconds | 90% of calls | 1% of the monthly service charge |
| Monthly service credits in total | | up to 12.5% of the monthly service charge |

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge (one-time) | payable after Transition Acceptance | 126,000 |
| Monthly service charge | 96,500 per month for 36 months | 3,474,000 |
| Total Contract Value | | 3,600,000 |
| Exit assistance beyond the included handover | per engineer day | 2,400 |
| Termination fee under Section 10.2 | two monthly service charges | 193,000 |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""
TERMS["e04"] = terms(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
                     data_security_clause=False, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                     liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     auto_renewal_price_increase=False, termination_for_breach=True,
                     subcontract_without_consent=True, governing_law="PRC", contract_kind="service")
EXTRA["e04"] = extra(True, True, False, 3600000)
DESIGN["e04"] = {"CR-SUBCONTRACT", "CR-DATA-SECURITY"}


# ==== e05 ========================================================================================================
META["e05"] = ("h1013e05_agri_weather_soil_data_api_subscription.txt", "txt", "en", "cloud")
SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. EO-API-2027-0093

CUSTOMER: Heilongjiang Beidahuang Yuntian Agricultural Technology Co., Ltd., Xiangfang District, Harbin, Heilongjiang Province, People's Republic of China ("Customer").

VENDOR: Elkhorn Agronomic Data, Inc., an Oregon corporation, Main Street, Baker City, Oregon, United States ("Vendor").

Customer provides crop advisory services to farms in Northeast China. Vendor operates a data platform that delivers historical and forecast weather, satellite vegetation indices and modelled soil moisture through an application programming interface (the "API"). Customer subscribes to the API and to a custom data feed on the terms below.

1. DEFINITIONS

1.1 "Licensed Data" means the weather, vegetation index and soil moisture data made available through the API, in the datasets and at the resolution listed in the Subscription Schedule.

1.2 "Custom Feed" means the daily field-level feed that Vendor builds for Customer under clause 4, including its specification, data transformations, field-matching logic and delivery scripts.

1.3 "Customer Data" means field boundaries, farm names and locations, crop plans, sensor readings and any other data that Customer or its users upload to or query through the API, and all results derived from it for Customer.

1.4 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.

1.5 "Service Start Date" means the date of Customer's written acceptance of the Custom Feed under clause 4.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, to store the Licensed Data and to use it in Customer's advisory services, including in reports and mobile application screens provided to Customer's farm clients.

2.2 Customer shall not resell the Licensed Data in bulk or as a competing data product. Customer may display derived maps, charts and recommendations to its farm clients without restriction.

2.3 The subscription covers up to 2,000,000 API calls per Subscription Year and up to 18,000 registered fields. Usage above these volumes is charged at the overage rates in the Subscription Schedule.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years starting on the Service Start Date.

3.2 At the end of the initial Subscription Term, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 The fees for any renewal term are Vendor's list prices in effect at the start of that renewal term, as published by Vendor, which may be higher than the fees in the preceding Subscription Year.

4. CUSTOM FEED AND ACCEPTANCE

4.1 Within 45 days after signature, Vendor shall build the Custom Feed according to the specification agreed by the parties, matching Customer's registered fields with Vendor's grids and delivering daily files to Customer's storage bucket in the Harbin data centre by 05:00 China Standard Time.

4.2 Customer shall test the Custom Feed for ten consecutive days. The Custom Feed is accepted when: (a) daily files are delivered on time on every test day; (b) at least 495 fields in a random sample of 500 registered fields checked by Customer are matched correctly; (c) the values in the feed match the values returned by the API for the same fields and dates; and (d) the documentation of the feed has been delivered. Customer shall confirm acceptance in writing or list the failures within five working days after the test period.

4.3 If the Custom Feed is not ready for testing by the date in clause 4.1 for reasons attributable to Vendor, Vendor shall pay delay damages of 0.1% of the Total Fees for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee for Subscription Year 1, CNY 386,000; subscription fee for Subscription Year 2, CNY 386,000; Custom Feed set-up fee, CNY 48,000; Total Fees for the initial Subscription Term, CNY 820,000. All fees include VAT.

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice. The set-up fee is invoiced after acceptance of the Custom Feed. No fee is payable before the Service Start Date.

5.3 Overage charges, if any, are invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 Vendor shall make the API available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 22:00 and 04:00 China Standard Time on weekends.

6.2 Vendor shall deliver the Custom Feed by 05:00 China Standard Time each day. A file delivered more than three hours late counts as a late delivery.

6.3 Support is provided by email, ticket and a shared messaging channel. Vendor's response times are: Severity 1 (API unavailable, or the Custom Feed not delivered): 1 hour, at any time; Severity 2 (degraded performance or incorrect data in part of the feed): 3 hours; Severity 3 (questions and minor issues): next business day.

6.4 If monthly availability is below the commitment, Customer receives a service credit of 5% of the monthly equivalent of the annual subscription fee for each 0.5 percentage point or part of it below the commitment. Each late delivery of the Custom Feed and each late Severity 1 response earns a credit of CNY 500. Credits are deducted from the next invoice or, at the end of the term, refunded.

7. INTELLECTUAL PROPERTY

7.1 Vendor retains all rights in the API, the Licensed Data and its models.

7.2 The Custom Feed specification, field-matching tables, transformation scripts and delivery scripts developed for Customer belong to Customer, which may use, modify and license them freely, including with data from other providers.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the API and the Custom Feed to Customer, and shall not use it for any other purpose, including to improve its models or to provide data to others.

8.2 Vendor shall store Customer Data only on servers in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least six months and test its security controls at least annually.

8.3 Vendor shall notify Customer within 24 hours after discovering any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain it, and shall compensate Customer for losses caused by such an incident where it results from Vendor's breach of this clause 8.

8.4 Within 30 days after the Agreement ends, Vendor shall return Customer Data in an agreed format and then delete it from its systems and backups, confirming deletion in writing.

9. SUBCONTRACTING

Vendor shall not subcontract any part of its obligations, or engage any third party to process Customer Data, without Customer's prior written consent. Vendor remains responsible for any subcontractor so approved.

10. WARRANTIES

10.1 Vendor warrants that it has the right to license the Licensed Data, that the Licensed Data is produced with the methods described in its documentation, and that the Custom Feed will conform to its specification.

10.2 Weather forecasts and modelled values are estimates. Vendor does not warrant any particular crop outcome.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Each party's total liability under this Agreement shall not exceed 150% of the Total Fees, except for wilful misconduct, infringement of intellectual property rights and Vendor's obligations under clause 8.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

12.2 Customer may also terminate by written notice if Vendor misses the availability commitment in clause 6.1 in any two months of the same Subscription Year.

12.3 If Customer terminates under clause 12.1 or 12.2, Vendor shall refund the fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above, by courier or by email with confirmation of receipt.

14.2 This Agreement and the Subscription Schedule are the entire agreement between the parties. Amendments must be in writing and signed by both parties.

14.3 This Agreement is signed in English and Chinese, both versions having equal effect.

SUBSCRIPTION SCHEDULE

Datasets: daily and hourly weather history from 1991, ten-day forecasts at 3 km resolution, weekly vegetation indices at 10 m resolution, daily modelled soil moisture at three depths. Coverage: Heilongjiang, Jilin, Liaoning and eastern Inner Mongolia. Overage: CNY 0.08 per API call above the included volume; CNY 6 per additional registered field per Subscription Year.

Signed for Customer: ____________________

Signed for Vendor: ____________________
"""
TERMS["e05"] = terms(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                     data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1,
                     liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     auto_renewal_price_increase=True, termination_for_breach=True,
                     subcontract_without_consent=False, governing_law="PRC", contract_kind="service")
EXTRA["e05"] = extra(True, True, False, 820000)
DESIGN["e05"] = {"CR-CONFIDENTIALITY", "CR-AUTO-RENEWAL"}


# ==== build and check ============================================================================================
def write_label(key):
    name, fmt, lang, cat = META[key]
    rules = sorted(derive(key))
    assert set(rules) == DESIGN[key], (key, set(rules) ^ DESIGN[key])
    label = {"file": name, "language": lang, "category": cat, "expected_terms": TERMS[key],
             "expected_extra": EXTRA[key], "expected_rules": rules}
    (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    return rules


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    keys = ["z01", "z02", "z03", "z04", "z05", "e01", "e02", "e03", "e04", "e05"]
    office = {k: (META[k][0], META[k][1]) for k in keys if META[k][1] in ("docx", "pdf")}
    for k in keys:
        if META[k][1] in ("txt", "md"):
            (OUT / META[k][0]).write_text(SRC[k], encoding="utf-8")
            print("wrote", META[k][0])
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    covered, problems = set(), []
    for k in keys:
        name, fmt, lang, cat = META[k]
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (k, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            h = hits(variant)
            if h:
                problems.append("%s threshold text %s" % (k, h))
        for field, thr in THRESHOLD_VALUES.items():
            v = TERMS[k][field]
            if v is not None and abs(v - thr) < 1e-9:
                problems.append("%s %s on threshold" % (k, field))
        share = None
        if k in TCO:
            share = tco_share(k)
            if abs(share - 40) <= 2:
                problems.append("%s TCO share %.2f within 2 points" % (k, share))
        rules = write_label(k)
        covered |= set(rules)
        print("%s %-70s %s=%d tco=%s rules=%s" % (k, name, "chars" if lang == "zh" else "words", n,
                                                 None if share is None else round(share, 2), rules))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules not covered: %s" % sorted(missing))
    assert not problems, "\n".join(problems)
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
