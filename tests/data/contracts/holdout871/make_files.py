"""holdout871: builds the ten draft contracts from the sources below (.txt/.md written as is, .docx/.pdf through
../word_pdf.py), writes the .json labels and asserts the checks of the brief: price / payment sums, text lengths as
read back, no threshold figure in any text (regex self-tested), no label value on a threshold, TCO shares away from
the threshold, rules derived from the labels (own reading of policy section 3) equal to the design list, and that all
20 CR rules fire. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}     # key -> (file name, format, text)
LAB = {}     # key -> label dict
DESIGN = {}  # key -> designed rule list
TCO = {}     # key -> fee base (itemised licence / hardware subtotal)
FORUM_OUT = set()  # keys whose dispute forum is outside mainland China
SUMS = []    # (key, parts, total)

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def label(key, lang, category, terms, extra, design, fee_base=None, forum_outside=False):
    name, fmt, _ = SRC[key]
    assert list(terms) == TERM_KEYS, key
    x = {"sla_clause": extra["sla_clause"], "ld_stated": extra["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in extra
        assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = extra["acceptance_deemed_on_delivery"]
    x["contract_value"] = extra["contract_value"]
    LAB[key] = {"file": name, "language": lang, "category": category, "expected_terms": terms,
                "expected_extra": x, "expected_rules": sorted(design)}
    DESIGN[key] = sorted(design)
    if fee_base is not None:
        TCO[key] = fee_base
    if forum_outside:
        FORUM_OUT.add(key)


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key):
    t = LAB[key]["expected_terms"]
    v = LAB[key]["expected_extra"]["contract_value"]
    if key not in TCO or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * TCO[key]
    return fees / (v + fees) * 100


def derive(key):
    """My reading of policy section 3, from the label alone (plus the TCO fee base and the forum)."""
    t = LAB[key]["expected_terms"]
    x = LAB[key]["expected_extra"]
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUT:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if high & set(rules):
        return "high"
    if set(rules) - {"CR-GOVERNING-LAW"}:
        return "medium"
    return "low" if not rules or rules == ["CR-GOVERNING-LAW"] else "medium"


# --- threshold figures: regex, self-tested -----------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAN = re.compile(
    r"(?<![\d.,])(?:30|40|15|100)" + PCT + r"|(?<![\d.,])(?:30|40|15|100)\s*per\s*cent"
    r"|百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九十点])"
    r"|(?<![\d.,])99\.9(?!\d)"
    r"|(?<![\d.,])0\.05" + PCT + r"|万分之五(?![十百])|千分之零点五"
    r"|(?<![\d.,])4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b|-hour)|四个?小时|\bfour[\s-]*hours?\b"
    r"|(?<![\d.,])12\s*(?:个月|months?\b|-month)|十二个月|\btwelve[\s-]*months?\b"
    r"|\b(?:thirty|forty|fifteen|one\s*hundred)[\s-]*per\s*cent", re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "99.9%", "99.9 %", "0.05%", "万分之五", "4小时", "4 个小时", "4 hours",
            "within 4 hours", "4-hour", "100%", "12个月", "12 months", "十二个月", "twelve months", "15%",
            "40 per cent", "百分之四十", "百分之十五", "forty per cent", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "130%", "0.15%", "百分之三十五", "万分之八", "18 months",
             "112 months", "2.5%", "14 hours", "1,230%", "150%", "十八个月", "四十八小时", "120%", "0.08%", "48 hours",
             "万分之五十", "25%", "35%"]
for s in MUST_HIT:
    assert BAN.search(s), s
    assert BAN.search(re.sub(r"\s+", "", s)), s
for s in MUST_MISS:
    assert not BAN.search(s), s
    assert not BAN.search(re.sub(r"\s+", "", s)), s

THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


# ================================================================================================ z01 (pdf, zh)
SRC["h871z01"] = ("h871z01_red_tourism_scenic_area_platform.pdf", "pdf", """T:红色旅游景区综合管理平台采购合同
P:合同编号：WLJ-ZFCG-2027-018
P:采购项目编号：WLCG2027-026（公开招标）
P:甲方（采购人）：临川市文化和旅游局
P:乙方（供应商）：赣江数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就临川市红色旅游景区综合管理平台的软件许可及定制开发事宜订立本合同。本合同采用甲方提供的合同文本，招标文件、投标文件及澄清材料为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供"红色旅游景区综合管理平台"软件永久使用许可，覆盖全市九处红色旅游景区、两处纪念馆及市级监管中心，许可不限用户数，部署于甲方政务云。
P:1.2 乙方根据甲方需求定制开发以下功能：票务预约与核销、景区客流实时监测与预警、讲解员预约调度、红色教育研学团队管理、文物与展陈数字档案、游客评价与投诉处理、景区安全巡查，以及与省级智慧文旅平台、公安旅馆业系统、政务云统一身份认证的接口。
P:1.3 乙方负责平台的部署实施、历史数据迁移、系统联调和对甲方及各景区管理人员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零肆万元整（¥2,040,000），为含税全包价，包括软件许可、定制开发、实施部署、培训、差旅及质保期内的全部服务费用。
P:2.2 价款构成如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久使用许可|1,180,000
TB:2|定制开发及接口开发|742,000
TB:3|部署实施、数据迁移及培训|118,000
TB:合计||2,040,000
P:2.3 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币408,000元。
P:3.2 平台部署完成并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即人民币918,000元。
P:3.3 平台试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%，即人民币714,000元。
P:3.4 乙方每次申请付款前应开具合法有效的增值税发票。甲方付款应遵守国库集中支付的有关规定。
H:第四条 工期
P:4.1 乙方应在合同签订后九十日内完成部署和全部定制功能开发并提交初步验收申请。
P:4.2 初步验收通过后进入为期六十日的试运行，试运行期间平台应在各景区实际使用。
H:第五条 验收
P:5.1 初步验收标准：招标文件技术需求中的功能点全部实现；与省级智慧文旅平台等接口连续五个工作日数据交换无差错；在一千名并发用户条件下，票务预约页面响应时间不超过2秒、客流数据刷新延迟不超过10秒；通过第三方机构的网络安全等级保护测评和源代码安全检测。
P:5.2 最终验收标准：试运行期间未发生一级故障；历史数据迁移经甲方逐项核对无差错；用户手册、运维手册、源代码及数据字典等文档交付齐全；甲方组织专家评审通过并出具书面验收报告。
P:5.3 平台上线、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内，平台在政务云环境下的月度可用率应不低于99.95%，计划内维护应提前三个工作日书面报甲方同意，且不计入不可用时间。
P:6.2 乙方提供7×24小时技术支持。一级故障（平台整体不可用或票务核销中断）应在30分钟内响应，2小时内到达现场或远程处置，6小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在两个工作日内解决。
P:6.3 乙方未达到上述服务水平的，每延迟响应或恢复一小时，向甲方支付违约金人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币2,000元，从应付款项或履约保证金中扣除。
H:第七条 质保及质保期后服务
P:7.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和每季度一次的巡检服务。
P:7.2 质保期满后，甲方需要乙方继续提供维护服务的，年度维护费不超过软件许可费的9%，即每年不超过人民币106,200元，该价格在质保期满后三年内保持不变。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改、复制和再许可，无需另行付费。
P:8.3 乙方保证其交付的成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第九条 数据安全与数据权属
P:9.1 平台中的游客信息、票务数据、客流数据、文物档案等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，对游客个人信息进行加密存储和脱敏展示，运维操作须经堡垒机并留存审计日志，不得将数据复制至政务云以外的环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络拓扑、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，甲方有权要求乙方限期整改，并由乙方承担由此产生的费用。
P:11.3 甲方无正当理由逾期付款的，按逾期金额的万分之三每日向乙方支付违约金。
H:第十二条 分包与转包
P:12.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或交付成果经两次验收仍不合格，或发生第九条所述的重大数据安全事件的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:13.2 一方严重违约且在收到书面催告后十五日内未纠正的，守约方有权解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、重大公共卫生事件等不可抗力导致一方不能履行合同的，该方应在三日内书面通知对方，并在十五日内提供有关证明，双方协商调整履行期限；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份，具有同等法律效力。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：临川市文化和旅游局      乙方（盖章）：赣江数智科技有限公司
P:法定代表人或授权代表：__________      法定代表人或授权代表：__________
P:签订日期：2027年  月  日
""")
SUMS.append(("h871z01", [1180000, 742000, 118000], 2040000))
SUMS.append(("h871z01", [408000, 918000, 714000], 2040000))
label("h871z01", "zh", "software", dict(
    availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=2040000), [], fee_base=1180000)


# ================================================================================================ z02 (docx, zh)
SRC["h871z02"] = ("h871z02_shower_curtain_line_control_retrofit.docx", "docx", """T:生产线控制系统改造项目合同
P:合同编号：JY-SB-2027-0412
P:甲方（买方）：绍兴锦漪浴帘制品有限公司
P:乙方（卖方）：杭州衡控自动化工程有限公司
P:甲方拟对其印花、复合、裁切及包装共六条浴帘生产线的电气控制系统进行改造，乙方具备相应的设计、供货和集成能力。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责六条生产线控制系统的方案设计、设备供货、软件许可、安装调试和人员培训，包括更换原有继电器控制柜为PLC控制柜、更换伺服驱动系统、新增印花瑕疵在线视觉检测，以及部署产线数据采集及监控软件，实现产量、能耗、设备状态和工艺参数的集中监控。
P:1.2 乙方应根据甲方的工艺要求编写PLC程序、工艺配方管理程序和监控画面，并完成与甲方现有ERP系统的工单接口。
P:1.3 改造应分线进行，每条线停产时间不超过五天，不得影响甲方其余生产线的正常生产。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰柒拾柒万元整（¥1,770,000），含13%增值税、运输、保险、安装调试、培训及质保期内服务费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、低压电器）|6台|96,000|576,000
TB:2|伺服驱动器及伺服电机|48套|5,500|264,000
TB:3|HMI触摸屏|12台|7,500|90,000
TB:4|印花瑕疵在线视觉检测系统|2套|118,000|236,000
TB:5|工业交换机及网络布线材料|1批|84,000|84,000
TB:6|产线数据采集及监控软件（永久许可）|1套|210,000|210,000
TB:软硬件小计||||1,460,000
TB:7|安装、调试及试生产配合|1项|186,000|186,000
TB:8|PLC程序、工艺配方及ERP接口定制|1项|124,000|124,000
TB:合计||||1,770,000
P:2.2 上述价格为固定总价，不因原材料或人工价格变化而调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计人民币354,000元。
P:3.2 全部设备到货并完成六条生产线的安装调试后，甲方支付合同总价的55%，计人民币973,500元。到货签收及安装调试完成不视为验收合格。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的25%，计人民币442,500元。
P:3.4 乙方在每期付款前开具等额增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，并在到货后六十日内完成六条生产线的改造调试。
P:4.2 设备交付地点为甲方厂区，乙方负责卸货、就位，并承担交付前的毁损灭失风险。
H:第五条 验收
P:5.1 每条生产线调试完成后连续试生产七日，验收标准为：控制逻辑及联锁保护全部符合设计文件；印花瑕疵检出率不低于98%、误报率不高于2%；单线综合产能较改造前提升不低于8%；监控软件数据与现场仪表偏差不超过0.5%；ERP工单接口连续七日无丢单。
P:5.2 六条生产线全部达到上述标准后，双方签署最终验收报告。试生产期间出现不合格项的，乙方应免费整改并重新计算试生产期。
H:第六条 质保与维保
P:6.1 质保期为最终验收之日起十八个月。质保期内，乙方免费更换损坏部件并提供软件升级。
P:6.2 质保期内发生一级故障（整线停机）的，乙方应在1小时内响应，6小时内到场，24小时内恢复生产；二级故障（单台设备异常）应在2小时内响应，48小时内修复。乙方每延迟一小时，向甲方支付人民币800元违约金。
P:6.3 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备件更换、程序维护和软件升级。年度维保费按软硬件小计的28%计取，即每年人民币408,800元，自质保期满起三年内不作调整，按年度预付。
H:第七条 知识产权
P:7.1 数据采集及监控软件的著作权归乙方所有，甲方取得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、工艺配方程序、监控画面和ERP接口程序，其知识产权归甲方所有，乙方应在验收时交付源程序及注释，甲方有权自行修改和使用。
H:第八条 数据安全与保密
P:8.1 生产线运行数据、工艺参数、配方和产量数据均归甲方所有，乙方仅为履行本合同使用，不得向第三方提供或用于其他客户项目。
P:8.2 乙方远程维护须经甲方审批，通过甲方指定的VPN账号接入并留存操作记录；乙方不得在控制系统中留存后门或未声明的远程访问功能。因乙方原因造成数据泄露、被篡改或生产事故的，乙方承担全部赔偿责任。
P:8.3 双方对在合作中获知的对方技术秘密和商业秘密负保密义务，保密期限至本合同终止后三年。
H:第九条 培训、技术资料与现场安全
P:9.1 乙方应在每条生产线投产前，对甲方的设备操作人员、电工和工艺技术人员进行现场培训，培训内容包括设备操作、日常点检、常见报警处理、配方切换和监控软件使用，培训总时长不少于四十学时，并提供中文培训教材。
P:9.2 乙方应在最终验收前交付电气原理图、接线图、PLC程序备份、设备说明书、备品备件清单和软件安装介质，资料应与现场实际一致。
P:9.3 乙方进场人员应遵守甲方的安全生产管理制度，持证上岗，动火、登高及带电作业须事先办理作业许可。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:9.4 改造期间拆除的旧控制柜和电缆归甲方所有，乙方应按甲方指定地点堆放。
H:第十条 分包
P:10.1 乙方可将电气安装、线缆敷设等现场施工工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称。乙方对分包单位的工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的10%。
P:11.2 因乙方原因导致甲方停产超过约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十二条 合同解除
P:12.1 乙方逾期超过四十五日，或改造后的生产线经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 任何一方严重违反本合同且在书面通知后十五日内未改正的，另一方有权解除本合同。
H:第十三条 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。
P:13.2 双方发生争议应协商解决，协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件为技术协议和设备清单，与本合同具有同等效力。
P:14.2 因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力影响超过六十日的，双方协商是否继续履行。
P:14.3 双方往来通知以书面形式送达本合同首部所列地址，一方地址变更的，应在变更后三日内通知对方。
P:甲方：绍兴锦漪浴帘制品有限公司（盖章）    乙方：杭州衡控自动化工程有限公司（盖章）
P:代表签字：__________    代表签字：__________
""")
SUMS.append(("h871z02", [576000, 264000, 90000, 236000, 84000, 210000], 1460000))
SUMS.append(("h871z02", [1460000, 186000, 124000], 1770000))
SUMS.append(("h871z02", [354000, 973500, 442500], 1770000))
label("h871z02", "zh", "hardware", dict(
    availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None, prepayment_pct=20,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
    governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1770000), ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    fee_base=1460000)


# ================================================================================================ z03 (txt, zh)
SRC["h871z03"] = ("h871z03_ice_climbing_chain_booking_saas.txt", "txt", """预约及会员管理SaaS服务合同

合同编号：BF-SaaS-2027-033
甲方（客户）：成都冰峰攀冰运动培训连锁有限公司
乙方（服务商）：上海云约信息科技有限公司
签订地点：成都市武侯区

鉴于甲方在全国经营三十家室内攀冰培训门店，需要统一的课程预约、会员管理和门店运营系统；乙方以软件即服务（SaaS）方式提供"云约"预约及会员管理系统。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方三十家门店开通"云约"系统的使用权限，包括课程排期与预约、教练排班、会员卡及课时包管理、装备租赁登记、安全须知电子签署、储值与线上支付对账、营销活动和经营报表等模块。
2. 每家门店开通不超过十个管理账号，总部开通不超过二十个管理账号，会员端通过甲方的微信小程序使用，会员人数不设上限。
3. 系统支持电脑、平板和手机浏览器访问，门店前台可使用乙方适配的扫码枪和小票打印机，乙方负责提供设备驱动及配置说明。
（二）实施服务
1. 乙方负责甲方现有会员数据（约六万八千名会员、课时余额及储值余额）的清洗与迁移，迁移前后余额须逐一核对一致。
2. 乙方为甲方定制小程序首页、课程详情页和安全须知签署流程，并开发与甲方财务系统的日结对账接口。
3. 乙方分三批为各门店店长、前台和教练提供线上及现场培训，并提供系统操作手册和门店上线检查表。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起计算，每个服务年度为期一年。
（二）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。

三、费用与支付
（一）合同总价为人民币陆拾柒万肆仟元整（¥674,000），其中：
1. 订阅费：每家门店每服务年度人民币9,800元，三十家门店每服务年度合计人民币294,000元，两个服务年度合计人民币588,000元；
2. 实施费（含数据迁移、定制开发和培训）：人民币86,000元，为一次性费用。
（二）实施费在上线验收合格后十五个工作日内一次性支付。
（三）订阅费按服务年度支付，甲方在每个服务年度开始后十个工作日内支付该服务年度的订阅费。
（四）合同期内新增门店的，按每店每服务年度人民币9,800元按月折算计费；关闭门店的，自下一服务年度起相应减少订阅费。
（五）乙方在收款前开具增值税专用发票。

四、上线验收
（一）验收标准：
1. 会员数据、课时余额、储值余额迁移后与原系统逐条核对一致；
2. 全部约定模块在三家试点门店连续运行十日，未发生一级故障；
3. 在三千名会员同时预约的压力测试中，预约提交响应时间不超过2秒；
4. 对账接口与甲方财务系统连续五日日结数据一致。
（二）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。系统在试点门店试用或甲方支付任何款项，均不视为验收合格。

五、服务水平
（一）乙方保证系统每月可用率不低于99.5%，可用率=（当月总分钟数-不可用分钟数）/当月总分钟数。经甲方同意的计划维护不计入不可用时间，计划维护应安排在凌晨零点至六点之间。
（二）故障分级及响应：
1. 一级故障（系统整体无法登录、预约或支付中断）：30分钟内响应，3小时内恢复；
2. 二级故障（单个模块不可用或部分门店无法使用）：1小时内响应，8小时内恢复；
3. 三级问题（操作咨询、非紧急缺陷）：当日响应，五个工作日内解决。
（三）服务补偿：月可用率每低于约定值0.1个百分点，乙方按当服务年度订阅费的1%给予服务抵扣；一级故障超过恢复时限的，每超过一小时抵扣人民币600元。抵扣额在下期应付款中扣减，合同最后一期不足抵扣的，乙方以现金支付。
（四）乙方应为甲方指定专属客户成功经理，每季度提交服务报告，内容包括可用率、故障处理、工单统计和各门店功能使用情况，并每年至少两次到甲方总部进行业务回访。
（五）乙方对系统进行版本升级应提前七日通知甲方；涉及会员端界面、收费或退款流程变化的，须经甲方书面确认后方可上线。

六、数据归属与数据安全
（一）甲方会员信息、预约记录、教练资料、交易流水等业务数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供或出售。
（二）乙方应保证系统所在云平台通过网络安全等级保护三级测评，对会员手机号、身份证号等个人信息加密存储，对后台操作实行权限分级和日志审计，日志保存不少于六个月。
（三）发生数据泄露、丢失或被篡改时，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因其原因造成的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后删除其保存的副本，出具删除证明。
（五）全部数据应存储在中华人民共和国境内，未经甲方书面同意不得出境。

七、保密
双方对在合作中知悉的对方经营信息、会员信息、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因本合同终止而免除。

八、知识产权
（一）"云约"系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、对账接口程序及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改和使用。

九、续期
本合同期满前六十日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。续期的订阅费由乙方根据当年的产品价格体系确定，上调幅度不超过上一服务年度订阅费的18%，乙方在续期开始前通知甲方即可。

十、违约责任
（一）乙方未能按期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第六条、第七条约定的，应赔偿甲方全部损失，并支付合同总价的10%作为违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但乙方故意或重大过失造成的损失不受此限。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，须事先取得甲方书面同意，并对分包方的行为承担责任。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还未履行服务期间的订阅费。
（二）连续三个月月可用率低于约定值的，甲方有权解除合同。
（三）合同解除或终止的，乙方应配合甲方完成数据返还和系统切换，过渡期不少于三十日，过渡期内按原服务标准提供服务。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会仲裁。

十四、其他
（一）因不可抗力导致一方不能履行的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任；但乙方应尽力保障数据完整并尽快恢复服务。
（二）双方的通知以书面形式或本合同指定的电子邮箱发送，自到达之日起生效。
（三）附件一门店清单、附件二功能清单、附件三实施计划为本合同组成部分。
（四）本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：成都冰峰攀冰运动培训连锁有限公司
乙方（盖章）：上海云约信息科技有限公司
日期：2027年  月  日
""")
SUMS.append(("h871z03", [294000, 294000, 86000], 674000))
SUMS.append(("h871z03", [9800 * 30], 294000))
label("h871z03", "zh", "cloud", dict(
    availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=None,
    acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
    auto_renewal_price_increase=True, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=674000),
    ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])


# ================================================================================================ z04 (txt, zh)
SRC["h871z04"] = ("h871z04_used_clothing_bin_system_om_service.txt", "txt", """滨江市废旧衣物回收箱监管系统年度运维服务合同

项目名称：滨江市废旧衣物回收箱监管系统2027年度运维服务
采购方式：竞争性磋商
采购编号：BJSW-CS-2027-009
甲方（采购人）：滨江市商务局
乙方（成交供应商）：滨江启联信息技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，依据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就滨江市废旧衣物回收箱监管系统年度运维服务达成如下协议。

第一条 服务范围
（一）运维对象为甲方部署于市政务云的废旧衣物回收箱监管系统，包括监管平台（含回收企业管理、回收箱点位管理、满溢预警、清运调度、投诉处理和统计分析模块）、手机端巡查应用、与市城市运行管理平台的数据接口，以及全市一千八百六十个智能回收箱上的满溢传感器和定位终端的数据接入。
（二）服务内容包括：系统日常监控与巡检、故障处理、数据备份与恢复演练、安全加固与漏洞修复、系统功能优化（全年不超过六十人日）、终端数据接入异常排查、用户培训与咨询，以及重大活动期间的保障值守。
（三）智能回收箱及传感器硬件的维修更换不在本合同范围内，由各回收企业负责，乙方负责定位故障并通知相关企业。
（四）服务期开始前，乙方应与上一运维单位及甲方完成交接，核对系统账号、源代码、部署文档、终端清单和未关闭问题清单，交接期间系统不得中断。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同即行终止，甲方是否继续采购由甲方依法另行确定。

第三条 合同金额与支付
（一）合同总金额为人民币肆拾叁万陆仟捌佰元整（¥436,800），包括人工、工具、差旅、税费及完成本合同服务所需的全部费用，服务期内不作调整。
（二）服务费按季度支付，每季度人民币109,200元。每季度结束后，甲方根据第七条考核结果，在十五个工作日内支付该季度服务费；考核有扣减的，从当季服务费中扣除。
（三）甲方不向乙方支付预付款。乙方应在申请付款时提交季度服务报告和合法发票。乙方收款账户以响应文件载明的为准，变更的应书面通知甲方。

第四条 服务团队
（一）乙方应组建不少于五人的运维团队，其中驻场工程师两名，工作日在甲方指定地点办公，项目经理须具备三年以上政务系统运维经验。
（二）乙方更换项目经理或驻场工程师须提前十日书面告知甲方并经甲方认可，替换人员资历不得低于原人员。
（三）乙方人员应遵守甲方办公场所和政务云机房的管理规定，因乙方人员过错造成甲方设备损坏的，由乙方赔偿。

第五条 服务水平
（一）乙方应保障监管平台月度可用率不低于99.95%，经甲方批准的计划内维护时间除外。
（二）故障响应与处理时限：
1. 一级故障（平台整体不可用、数据接口中断或满溢预警无法推送）：30分钟内响应，2小时内到场，6小时内恢复；
2. 二级故障（单个功能模块异常或部分终端数据缺失）：1小时内响应，24小时内修复；
3. 三级问题（咨询、界面显示等一般问题）：两个工作日内解决。
（三）乙方每月对系统进行一次全面巡检，每季度进行一次数据备份恢复演练，每半年进行一次漏洞扫描并在二十日内完成中高危漏洞修复。
（四）在全国文明城市测评、重大节假日等时段，乙方应按甲方要求安排现场值守。
（五）乙方应建立运维工单台账，每月五日前向甲方提交上月运维月报，内容包括系统运行情况、故障及处理、终端在线率、数据质量问题、安全事件和下月工作计划。
（六）乙方每季度为各区商务部门和回收企业的系统用户组织一次培训，全年培训不少于二百人次。

第六条 数据安全与数据权属
（一）系统中的回收企业信息、回收箱点位、清运记录、投诉记录、市民个人信息及统计数据均归甲方所有。乙方仅为履行运维服务接触和处理上述数据，不得用于任何其他用途，不得留存、复制或向第三方提供。
（二）乙方应遵守网络安全等级保护制度，运维操作须通过政务云堡垒机进行并全程审计，禁止使用个人设备连接生产环境；涉及数据导出的，须经甲方书面审批。
（三）发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施并配合调查；因乙方原因导致安全事件的，乙方承担全部法律责任和赔偿责任。
（四）服务期满后，乙方应移交全部运维账号、文档和配置资料，并删除其持有的全部系统数据。
（五）系统数据的备份应存放于政务云内，不得存放于乙方自有服务器或公有云。

第七条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核指标包括：平台月度可用率、故障响应及恢复时限达标情况、巡检和演练完成情况、漏洞修复及时性、用户满意度。满分为一百分。
（二）季度考核得分九十分及以上的，全额支付当季服务费；每低于九十分一分，扣减当季服务费的1%；低于七十分的，扣减当季服务费的20%，且甲方有权约谈乙方负责人。
（三）一级故障每超过恢复时限一小时，扣减人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币800元。
（四）服务期满，甲方依据四个季度的考核记录、运维文档移交情况和系统运行状态组织年度验收，出具书面验收意见。

第八条 保密
乙方及其人员应对履约过程中知悉的甲方工作秘密、系统架构、账号口令、市民个人信息及其他非公开信息严格保密，未经甲方书面同意不得披露。乙方应与全部参与人员签订保密承诺书。保密义务在本合同终止后继续有效。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、优化代码、报表及文档，其知识产权归甲方所有，甲方可自由使用和修改。乙方应在服务期满时一并移交上述成果的电子版本。

第十条 分包
本项目不得分包或转包。乙方擅自分包或转包的，视为严重违约。

第十一条 违约责任
（一）乙方未在约定期限内完成系统功能优化、漏洞修复或甲方书面要求的整改事项的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。
（二）乙方人员违反保密或数据安全约定的，乙方应赔偿甲方由此遭受的全部损失。
（三）甲方逾期支付服务费的，按中国人民银行同期贷款市场报价利率支付逾期利息。
（四）乙方违约导致甲方被上级部门通报或考核扣分的，乙方应配合整改，并承担由此产生的相关费用。

第十二条 合同履行
本合同履行期内，除因不可抗力致使合同目的不能实现的情形外，双方均不得单方解除合同。乙方服务不符合约定的，按第七条考核扣减服务费，并由乙方限期整改。

第十三条 争议解决
因本合同引起的争议，双方应友好协商；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）本合同未尽事宜，按照竞争性磋商文件、响应文件及政府采购有关规定执行。
（二）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在受影响范围内免除责任，但应采取措施减少损失。
（三）竞争性磋商文件的技术要求、乙方响应文件的服务方案和考核评分细则为本合同附件。
（四）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：滨江市商务局
乙方（盖章）：滨江启联信息技术服务有限公司
日期：2026年12月  日
""")
SUMS.append(("h871z04", [109200] * 4, 436800))
label("h871z04", "zh", "services", dict(
    availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=None,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
    subcontract_without_consent=False, governing_law=None, contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=436800),
    ["CR-LD-LOW", "CR-TERMINATION"])


# ================================================================================================ z05 (md, zh)
SRC["h871z05"] = ("h871z05_snuff_bottle_studio_process_tracking_supplier_template.md", "md", """# 匠迹工坊生产过程追溯系统 软件许可及定制开发合同

（匠迹软件标准合同文本 V3.0）

- 合同编号：JJ-HT-2027-0157
- 甲方（买方）：衡水瓶中画内画艺术工作室有限公司
- 乙方（卖方）：石家庄匠迹软件开发有限公司

甲方因内画鼻烟壶、内画水晶瓶等产品的生产过程追溯和订单管理需要，向乙方购买"匠迹工坊生产过程追溯系统"（以下简称"本系统"）软件许可并委托乙方进行定制开发。双方经协商，同意按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供本系统标准版软件永久使用许可一套，包括坯料入库、画师派工、绘制进度登记、烧制与上釉记录、质检、成品编码、订单和发货管理模块，许可用户数为四十个。

1.2 乙方按甲方需求进行以下定制开发：

1. 每件作品"一物一码"追溯，记录坯料批次、画师、绘制工时、题款、钤印和质检结果，消费者扫码可查看作品故事；
2. 画师计件工资核算，按作品等级和工时自动生成月度工资表；
3. 与甲方网店后台的订单接口和与物流公司的电子面单接口；
4. 大师作品收藏证书的生成与打印模板。

1.3 乙方负责本系统在甲方服务器上的安装部署、基础数据导入和两次操作培训。

1.4 本系统运行环境要求：服务器不低于八核CPU、三十二GB内存、一TB固态硬盘，操作系统为乙方认可的Linux发行版，数据库为乙方指定版本。甲方运行环境不符合要求导致的性能问题，不属于本系统缺陷。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工坊生产过程追溯系统标准版永久许可（四十用户） | 168,000 |
| 2 | 定制开发（一物一码追溯、计件工资、接口、证书模板） | 236,000 |
| 3 | 安装部署、数据导入及培训 | 36,000 |
| | 合计 | 440,000 |

合同总价为人民币肆拾肆万元整（¥440,000），含税。甲方服务器、操作系统、数据库及扫码设备由甲方自备，不在本合同价款内。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方支付合同总价的65%，即人民币286,000元，乙方收到该笔款项后开始开发工作。

3.2 本系统安装完成后五日内，甲方支付合同总价的35%，即人民币154,000元。

3.3 甲方逾期付款的，乙方有权暂停开发、实施及技术支持服务，并按逾期金额每日千分之一收取滞纳金。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在签订合同时提供开票信息。

## 第四条 交付

4.1 乙方计划在收到首付款后七十日内完成定制开发并安装部署。因需求变更、甲方未及时提供资料或配合等原因造成延期的，交付时间相应顺延。

4.2 交付时间为乙方的计划时间，乙方将尽力按期交付，但不因交付延期向甲方承担违约金或赔偿责任。

4.3 甲方在开发过程中提出超出本合同第一条范围的需求，按乙方人天单价另行计费，人天单价为人民币2,600元。

4.4 甲方应指定一名项目联系人，在乙方提出要求后三个工作日内提供需求说明、作品等级标准、画师名册、工资核算规则、网店后台接口账号和物流面单账号等资料，并确认需求说明书。需求说明书经甲方确认后，乙方按确认版本开发，甲方再行修改的视为需求变更。

4.5 培训在安装完成后进行，每次不超过半天，参训人员由甲方组织。超出两次的培训按第6.4条另行收费。

## 第五条 验收

5.1 本系统在甲方服务器安装完成后，即视为甲方验收合格。

5.2 甲方在系统安装后发现功能问题的，可通过乙方客服热线或工单系统提出，乙方在后续版本中统一修正。

5.3 甲方开始录入生产数据或使用本系统任何功能的，视为甲方认可本系统符合合同约定。

## 第六条 免费维护与后续服务

6.1 本系统自安装完成之日起享有六个月的免费维护期。免费维护期内，乙方提供远程技术支持、缺陷修复和标准版升级。

6.2 免费维护期内，对于系统无法登录、生产数据无法保存等一级故障，乙方在2小时内响应，并在两个工作日内提供解决方案；其他问题在三个工作日内响应。乙方的服务时间为工作日9:00至17:30。

6.3 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护合同，维护费按乙方届时公布的维护服务价格标准执行。未签订维护合同的，乙方不再提供任何技术支持。

6.4 乙方提供的现场服务，按每人每天人民币2,600元另行收费，差旅费由甲方承担。

6.5 免费维护期内乙方发布的标准版升级包由甲方自行下载安装；涉及定制功能的升级适配，按第4.3条另行计费。

## 第七条 知识产权

7.1 本系统标准版及乙方为甲方定制开发的全部功能模块、源代码、接口程序、证书模板及相关文档的著作权和其他知识产权均归乙方所有。

7.2 甲方仅获得在本合同约定用户数范围内、在甲方内部使用上述软件的非独占、不可转让的使用权，不得对软件进行修改、反向工程，不得许可第三方使用。

7.3 乙方有权将定制开发成果纳入本系统后续版本，向其他客户提供。

## 第八条 数据

8.1 甲方录入本系统的作品信息、画师信息、工资数据、客户和订单数据归甲方所有，乙方仅为安装、维护本系统访问上述数据，不得用于其他目的。

8.2 乙方远程维护时须事先取得甲方同意，使用甲方分配的临时账号登录，维护结束后由甲方关闭账号；乙方不得复制、下载或带走甲方数据。

8.3 乙方应对其维护人员进行数据安全教育，采取必要的技术措施防止数据泄露；因乙方人员过错导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任，赔偿范围受第九条限制。

8.4 甲方应自行做好数据备份，因甲方未备份造成的数据丢失，乙方不承担责任。

## 第九条 责任限制

9.1 乙方在本合同项下的全部责任，无论基于违约、侵权或其他原因，累计不超过合同总价的20%。

9.2 乙方不对甲方的利润损失、商誉损失、数据恢复费用或任何间接损失承担责任。

9.3 因甲方服务器、网络、扫码设备或第三方软件导致的问题，乙方不承担责任。

## 第十条 合同解除

10.1 一方严重违反本合同，经另一方书面催告后十五日内仍未改正的，守约方可书面通知解除本合同。

10.2 甲方未按约定支付首付款超过十五日的，乙方有权解除本合同。

10.3 因甲方原因解除合同的，甲方已支付的款项不予退还；乙方已完成但尚未付款的工作，甲方仍应按比例支付。

## 第十一条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，提交石家庄仲裁委员会仲裁。

## 第十二条 其他

12.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

12.2 乙方官网公布的服务说明和价格标准构成本合同的一部分，乙方有权不时更新。

12.3 因不可抗力、网络运营商故障、政府行为等乙方无法控制的原因导致不能履行或延迟履行的，乙方不承担责任。

12.4 本合同未尽事宜，以乙方官网公布的服务说明为准。

甲方（盖章）：衡水瓶中画内画艺术工作室有限公司

乙方（盖章）：石家庄匠迹软件开发有限公司

日期：2027年  月  日
""")
SUMS.append(("h871z05", [168000, 236000, 36000], 440000))
SUMS.append(("h871z05", [286000, 154000], 440000))
label("h871z05", "zh", "software", dict(
    availability_pct=None, p1_response_hours=2, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
    buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=65,
    acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
    governing_law=None, contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
         contract_value=440000),
    ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
     "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"], fee_base=168000)


# ================================================================================================ e01 (pdf, en)
SRC["h871e01"] = ("h871e01_dairy_herd_software_perpetual_licence_sahiwal_vendor.pdf", "pdf", """T:Software Licence and Services Agreement
P:Agreement No. QC-IT-2027-021
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Hohhot Qingcao Dairy Farming Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hohhot, Inner Mongolia (the "Buyer"); and
P:(2) Ravi Agritech Solutions (Private) Limited, a company incorporated in Pakistan with its registered office on Jail Road, Sahiwal, Punjab, Pakistan (the "Vendor").
P:The Buyer operates seven dairy farms with about eleven thousand milking cows and wishes to acquire a herd and milk-yield management system. The Vendor is the developer of the HerdWise software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HerdWise herd management software, version 6, in object code, including the modules for animal registration, breeding and calving, feeding, milk recording, animal health and veterinary treatment, and farm reporting.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion tools and configurations that the Vendor develops or prepares specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.4 that the system has passed the acceptance tests.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence described in Article 4 and shall deliver the Software, install and configure it on the Buyer's servers in Hohhot, and migrate the Buyer's existing herd records for all seven farms.
P:2.2 The Vendor shall develop interfaces between the Software and (a) the milking parlour controllers at each farm, (b) the Buyer's feed mixing wagons, and (c) the Buyer's ERP system for inventory of semen, medicines and feed.
P:2.3 The Vendor shall train the Buyer's herd managers, veterinarians and IT staff in Chinese, using interpreters where necessary, and shall provide user and administrator manuals in Chinese and English.
H:Article 3 Price and Payment
P:3.1 The Contract Price is RMB 1,680,000 (one million six hundred and eighty thousand yuan), including all taxes, travel and expenses, made up as follows: perpetual Software licence RMB 1,240,000; implementation, interfaces and data migration RMB 386,000; training and documentation RMB 54,000.
P:3.2 The Buyer shall pay the Contract Price in three instalments:
P:(a) 20% (RMB 336,000) within 15 business days after signature of this Agreement and receipt of the Vendor's invoice;
P:(b) 45% (RMB 756,000) within 15 business days after the Software has been installed at all seven farms and the data migration has been completed; installation does not constitute acceptance;
P:(c) 35% (RMB 588,000) within 15 business days after Final Acceptance.
P:3.3 All amounts are payable in RMB by bank transfer to the Vendor's account stated in its invoice. The Vendor is responsible for any fees charged by its own bank.
H:Article 4 Licence
P:4.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at all of the Buyer's current and future farms in mainland China, for an unlimited number of named users and animals.
P:4.2 The Buyer may make copies for backup, testing and disaster recovery. The Buyer may transfer the licence to an affiliate that takes over any of its farms, on written notice to the Vendor.
H:Article 5 Project Schedule
P:5.1 The Vendor shall complete installation, configuration and migration within 90 days after the Effective Date, and shall deliver all interfaces ready for acceptance testing within 120 days after the Effective Date.
P:5.2 The Vendor shall appoint a project manager who speaks Chinese or is supported by a full-time interpreter, and shall report progress to the Buyer every two weeks.
H:Article 6 Acceptance
P:6.1 Acceptance testing shall be carried out at two pilot farms and then at all seven farms, under a test plan agreed by the parties within 20 days after the Effective Date.
P:6.2 The acceptance criteria are: (a) every function listed in Annex 1 works as specified; (b) migrated animal records reconcile with the legacy records for every animal, including lactation, breeding and treatment history; (c) milk yield data from the parlour interfaces arrive in the Software within five minutes for 30 consecutive milking days without loss; (d) standard reports return within three seconds with 60 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:6.3 Defects found during testing shall be corrected by the Vendor at its own cost and the relevant tests repeated.
P:6.4 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate within ten business days. Use of the Software in live operation before that certificate does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and patches and answer support requests at no charge.
P:7.2 Support is provided by telephone, e-mail and remote session from 08:00 to 20:00 Beijing time, seven days a week, and by on-site visit when a problem cannot be solved remotely.
P:7.3 Severity 1 (the Software is unavailable at any farm or milk recording has stopped) shall be responded to within 1 hour and resolved or worked around within 8 hours. Severity 2 (a module is unusable) shall be responded to within 2 hours and resolved within two business days. Severity 3 shall be resolved in the next scheduled release.
P:7.4 For each hour by which the Vendor exceeds a Severity 1 response or resolution time, the Vendor shall pay the Buyer a service credit of RMB 1,200, deductible from any amount payable to the Vendor.
P:7.5 After the Warranty Period the Buyer may order annual support at a fee of 11% of the licence price, that is RMB 136,400 per year. This fee is fixed for the first three years after the Warranty Period and may afterwards be increased only by written agreement.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software as a standard product.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall hand over their source code with the final delivery, and the Buyer may use, modify and license them without restriction.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Buyer Data and Data Security
P:9.1 All herd data, milk records, veterinary records and other data entered into or generated by the Software belong to the Buyer. The Vendor may access the data only to perform this Agreement and shall not use, copy or disclose it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with named accounts and logged sessions, and shall not transfer any Buyer data outside mainland China.
P:9.3 The Vendor shall implement appropriate technical and organisational security measures, shall notify the Buyer within 24 hours of any security incident affecting Buyer data, and shall be liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to meet a date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 9 and 10, infringement claims, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Buyer may also terminate if liquidated damages under Article 11.1 reach their maximum. On termination for the Vendor's breach the Vendor shall refund amounts paid for services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Pakistan.
P:14.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be referred to arbitration in Lahore, Pakistan, under the Arbitration Act 1940, by a sole arbitrator. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties and may be amended only in writing signed by both parties.
P:15.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:15.3 This Agreement is made in English in two originals, one for each party, and takes effect on the date of signature by both parties (the "Effective Date").
P:Signed for the Buyer: ____________________     Signed for the Vendor: ____________________
P:Name and title: ____________________     Name and title: ____________________
""")
SUMS.append(("h871e01", [1240000, 386000, 54000], 1680000))
SUMS.append(("h871e01", [336000, 756000, 588000], 1680000))
label("h871e01", "en", "software", dict(
    availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="Pakistan", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1680000), ["CR-GOVERNING-LAW"], fee_base=1240000, forum_outside=True)


# ================================================================================================ e02 (md, en)
SRC["h871e02"] = ("h871e02_warehouse_workforce_saas_order_form_bogura_vendor.md", "md", """# Order Form and General Terms: ShiftLoom Workforce Cloud

Order Form No. KCS-CN-2027-0086

## PART A: ORDER FORM

### A1. Parties

- **Provider:** Karatoa Cloud Systems Limited, a company incorporated in Bangladesh, with its registered office at Sherpur Road, Bogura 5800, Bangladesh.
- **Customer:** Ningbo Haiyue Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Beilun District, Ningbo, Zhejiang Province.

### A2. Service Ordered

ShiftLoom Workforce Cloud, a hosted software-as-a-service platform for shift planning, time and attendance, task allocation and labour cost reporting, for the Customer's nine cold-storage warehouses in Zhejiang and Jiangsu. The subscription covers up to 1,200 worker seats and 60 supervisor seats, the mobile clock-in application, the labour analytics module and the standard integration with the Customer's warehouse management system.

Onboarding services: configuration of shift rules and pay codes for each warehouse, import of worker master data, set-up of the warehouse management system integration, two custom labour cost reports and train-the-trainer sessions at three sites.

### A3. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 starts on the Go-Live Date, being the date on which the Customer accepts the onboarding under Section 4 of Part B. Subscription Year 2 starts on the first anniversary of the Go-Live Date. The Provider shall reach the Go-Live Date within 75 days after the Order Date.

### A4. Fees

| Item | Basis | Subscription Year 1 (RMB) | Subscription Year 2 (RMB) | Total (RMB) |
|---|---|---|---|---|
| Platform subscription | 1,200 worker seats at RMB 390 per seat per year, supervisor seats included | 468,000 | 468,000 | 936,000 |
| Onboarding services | one-time, fixed price | 58,000 | | 58,000 |
| **Total Contract Value** | | **526,000** | **468,000** | **994,000** |

Additional worker seats may be ordered at RMB 390 per seat per year, pro rated for the remainder of the Subscription Year. Fees include VAT and are fixed for the Subscription Term.

### A5. Invoicing and Payment

The onboarding fee is invoiced on the Go-Live Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt of a valid VAT invoice (fapiao), in RMB, to the Provider's account in China named in the invoice. No amount is payable before the Go-Live Date.

### A6. Special Terms

(a) Service levels for this Order Form are set out in Section 5 of Part B, with the availability commitment raised to 99.95% per calendar month.

(b) Customer Data shall be hosted in the Provider's cloud region in mainland China (Shanghai) and shall not be transferred outside mainland China.

(c) This Order Form and Part B form one agreement (the "Agreement"). If they conflict, Part A prevails.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Service" means the hosted platform and the mobile application described in A2, including updates made generally available by the Provider.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including worker names, identity numbers, attendance records, shift plans, wage data and photographs used for clock-in.

1.3 "Deliverables" means the configurations, integration mappings and custom reports prepared for the Customer during onboarding.

### 2. Use of the Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Customer is responsible for its users' accounts and shall not resell the Service or use it to build a competing product.

### 3. Onboarding

3.1 The Provider shall perform the onboarding services described in A2 under a project plan agreed within ten business days after the Order Date, and shall provide a named onboarding manager.

3.2 The Customer shall provide worker master data, pay rules and access to its warehouse management system test environment in time for the plan.

### 4. Acceptance

4.1 When onboarding is complete, the Provider shall notify the Customer, and the Customer shall test the Service for ten business days.

4.2 The acceptance criteria are: (a) shift rules and pay codes for all nine warehouses calculate correctly on two full pay periods of parallel-run data; (b) imported worker records match the source file for every worker; (c) the warehouse management system integration exchanges task and clock-in data every five minutes without loss for five consecutive days; (d) the custom labour cost reports match the Customer's manual calculation; and (e) no Priority 1 or Priority 2 defect is open.

4.3 The Customer shall confirm acceptance in writing or list the failed criteria. The Provider shall correct them and the failed tests shall be repeated. Use of the Service for pilot purposes before acceptance is not acceptance.

4.4 If the Go-Live Date is not reached within the period in A3 for reasons attributable to the Provider, the Provider shall pay liquidated damages of 0.08% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.

### 5. Service Levels

5.1 The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days ahead and performed between 01:00 and 05:00 China Standard Time.

5.2 Support is provided 24 hours a day, 7 days a week, in Chinese and English. Priority 1 incidents (the Service or clock-in is unavailable at one or more warehouses) shall be responded to within 30 minutes and restored within 3 hours. Priority 2 incidents (a major function is degraded) shall be responded to within 2 hours and restored within 12 hours of business time. Priority 3 requests shall be answered within one business day.

5.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.01 percentage point, or part of it, below the commitment, up to half of the monthly equivalent. If a Priority 1 incident is not restored within the restoration time, the Customer receives a further credit of RMB 800 for each hour of delay. Credits are deducted from the next invoice or paid in cash at the end of the Subscription Term.

### 6. Customer Data

6.1 As between the parties, the Customer owns the Customer Data. The Provider shall process Customer Data to provide the Service and as otherwise permitted by this Section.

6.2 The Customer grants the Provider a perpetual licence to use Customer Data in aggregated and anonymised form to improve the Service, to train its scheduling algorithms and to publish labour productivity benchmarks for the logistics industry, provided that neither the Customer nor any individual is identified.

6.3 Within 30 days after the end of the Subscription Term the Provider shall make the Customer Data available for export in CSV format and shall then delete it from the Service.

### 7. Data Security

7.1 The Provider shall maintain an information security programme certified to ISO/IEC 27001, including encryption of Customer Data at rest and in transit, role-based access control, logging of administrator access and annual penetration testing.

7.2 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take immediate steps to contain it and shall cooperate with any report to the authorities.

7.3 The Provider is liable for losses caused by a security incident resulting from its breach of this Section, subject to Section 11.

### 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and not disclose it to third parties except to its employees and professional advisers bound by equivalent duties. This Section survives for three years after the end of the Agreement.

### 9. Intellectual Property

9.1 The Provider owns the Service and all improvements to it.

9.2 The Deliverables, once paid for, belong to the Customer, who may use, modify and license them freely, including after the end of the Subscription Term.

### 10. Subcontractors

10.1 The Provider may use subcontractors and sub-processors, including hosting providers and support partners, to perform the Agreement. The Provider shall publish the current list on its trust portal and give the Customer 15 days' notice of any addition. The Provider remains responsible for its subcontractors.

### 11. Limitation of Liability

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 The Provider's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

### 12. Term, Renewal and Termination

12.1 The Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

12.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice. On termination for the Provider's breach, the Provider shall refund prepaid fees for the remaining period.

### 13. Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

### 14. General

14.1 Neither party may assign the Agreement without the other party's written consent, except to an affiliate in a corporate reorganisation.

14.2 Notices shall be given in writing to the addresses in A1.
""")
SUMS.append(("h871e02", [468000, 468000, 58000], 994000))
SUMS.append(("h871e02", [1200 * 390], 468000))
label("h871e02", "en", "cloud", dict(
    availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=6 / 24 * 100,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=994000),
    ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"])


# ================================================================================================ e03 (docx, en)
SRC["h871e03"] = ("h871e03_grain_silo_sensors_monitoring_licence_jhelum_vendor.docx", "docx", """T:Supply Contract for Grain Storage Monitoring Equipment and Software
P:Contract No. ZYGR-EQ-2027-014
P:Buyer: Henan Zhongyuan Grain Reserve Co., Ltd., Zhengdong New District, Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Jhelum Instruments & Controls (Private) Limited, G.T. Road, Jhelum, Punjab, Pakistan (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment procurement. The Buyer wishes to equip 42 grain silos and 6 warehouses at its Zhongmou and Xinzheng depots with temperature, humidity and gas monitoring, and the Supplier has offered the equipment and software described below.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensors, gateways and monitoring stations listed in the Price Schedule in Clause 3.
P:1.2 "Software" means the SiloSense monitoring platform licensed under Clause 4, including its web console, mobile application and alarm engine.
P:1.3 "Customised Work" means the interface to the Buyer's grain storage management system, the depot dashboards and the alarm rules configured for the Buyer, with their source code and documentation.
P:1.4 The Contract consists of this document, Annex A (Technical Specification) and Annex B (Acceptance Test Procedure). If they conflict, this document prevails.
H:2. Scope of Supply
P:2.1 The Supplier shall design, supply, deliver, install, configure and commission a grain condition monitoring system covering all silos and warehouses named in Annex A, including cable routing inside each silo, power supply for gateways and integration with the Buyer's existing grain storage management system.
P:2.2 The Supplier shall train the Buyer's storage keepers and IT staff and deliver operating, maintenance and administration manuals in Chinese.
H:3. Contract Price
P:3.1 The Contract Price is RMB 1,674,000, inclusive of VAT, customs duties, freight to site, insurance, installation and all other costs. The price is fixed and is broken down in the following Price Schedule.
TB:Item|Description|Quantity|Unit price (RMB)|Amount (RMB)
TB:1|Digital grain temperature sensor cable, 24 points per cable|420|1,680|705,600
TB:2|Wireless gateway with solar backup power|36|8,600|309,600
TB:3|Silo gas monitoring station (phosphine, CO2, O2, humidity)|6|24,500|147,000
TB:4|SiloSense monitoring platform, perpetual site licence|1|268,000|268,000
TB:|Equipment and licence subtotal|||1,430,200
TB:5|Installation, configuration and commissioning|1|212,000|212,000
TB:6|Training and documentation|1|31,800|31,800
TB:|Contract Price|||1,674,000
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at all of the Buyer's depots for an unlimited number of users and monitoring points.
P:4.2 The Buyer may install the Software on its own servers and on backup servers, and may relocate it to another data centre on notice to the Supplier.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (RMB 167,400) as an advance within 20 business days after signature, against an advance payment guarantee of the same amount from a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 55% of the Contract Price (RMB 920,700) within 20 business days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (RMB 585,900) within 20 business days after the Final Acceptance Certificate is signed.
P:5.4 Each payment is subject to a valid invoice. Payments are made in RMB to the Supplier's bank account in China or, at the Supplier's request, to its account abroad in accordance with PRC foreign exchange rules.
H:6. Delivery and Installation
P:6.1 The Supplier shall deliver all Equipment to the depots within 75 days after signature and complete installation and commissioning within 50 days after delivery.
P:6.2 Risk passes to the Buyer on delivery to site; title passes on payment under Clause 5.2.
P:6.3 Within 15 business days after signature the Supplier shall provide a performance security equal to 5% of the Contract Price, valid until one month after the end of the warranty period. The Buyer may claim under it for any amount the Supplier owes under this Contract.
P:6.4 Installation work inside silos shall follow the Buyer's safety rules for confined spaces and fumigated storage. No work may start in a silo until the Buyer's depot manager has issued a written work permit.
H:7. Acceptance
P:7.1 After commissioning, the system shall run for 45 consecutive days under the Acceptance Test Procedure in Annex B.
P:7.2 The acceptance criteria are: (a) every sensor point reports to the Software at the configured interval, with no more than two missed readings per sensor point in any week of the test period; (b) sensor temperature readings agree with calibrated reference thermometers within 0.5 degrees Celsius at sample points chosen by the Buyer; (c) alarms for high temperature and phosphine concentration reach the duty keeper's mobile phone within two minutes; (d) the interface transfers daily grain condition data to the Buyer's grain storage management system without error; and (e) all documentation has been delivered.
P:7.3 When all criteria are met, the parties shall sign a Final Acceptance Certificate. If any criterion is not met, the Supplier shall remedy the defect at its own cost and the test period shall restart for the affected depot.
H:8. Warranty and Maintenance
P:8.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period it shall repair or replace faulty Equipment and correct Software defects free of charge, including parts, labour and travel.
P:8.2 During the warranty period, for a Severity 1 fault (monitoring of a whole depot is lost, or alarms are not delivered) the Supplier shall respond within 30 minutes by telephone or remote session and, where needed, arrive on site within 24 hours through its service partner in Zhengzhou approved under Clause 12. For a Severity 2 fault (individual cables or gateways fail) it shall respond within 2 hours and repair within three days.
P:8.3 For each hour of delay beyond the Severity 1 response or on-site times, the Supplier shall pay RMB 1,000, which the Buyer may deduct from any payment or from the performance security.
P:8.4 After the warranty period the Supplier shall, if the Buyer so orders, provide annual maintenance at a fee not exceeding 7% of the equipment and licence subtotal, namely RMB 100,114 per year. The fee shall not be increased for three years after the end of the warranty period.
P:8.5 The Supplier shall keep spare parts and replacement sensor cables available for at least eight years after Final Acceptance and shall give the Buyer at least six months' notice before discontinuing any part, with an offer of a compatible replacement.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier.
P:9.2 The Customised Work belongs to the Buyer. The Supplier shall deliver its source code at Final Acceptance, and the Buyer may use, modify and license it freely.
H:10. Data Ownership and Data Security
P:10.1 All monitoring data, alarm records and grain condition data generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep, analyse or disclose them for any other purpose.
P:10.2 The Supplier shall supply Equipment and Software free of hidden remote access functions, shall change all default passwords before handover and shall access the system remotely only through the Buyer's VPN with prior approval for each session.
P:10.3 The Supplier shall report any security incident affecting the system or its data within 2 hours, take immediate remedial action and be liable for all losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the locations and quantities of grain reserves, and shall not disclose it without prior written consent. This obligation survives termination without limit of time.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or maintenance work without the Buyer's prior written consent. The Supplier's service partner in Zhengzhou is approved by the Buyer's signature of this Contract; any other subcontractor requires separate written consent. The Supplier remains responsible for its subcontractors.
H:13. Liquidated Damages and Liability
P:13.1 If the Supplier fails to complete delivery or installation on time, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Clauses 10 and 11.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages reach their maximum.
P:14.2 On such termination the Supplier shall refund all amounts paid for Equipment or services not accepted, and the Buyer may complete the work through another contractor.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.
H:16. Miscellaneous
P:16.1 The Contract is made in English and Chinese, both texts having equal force.
P:16.2 The Contract takes effect on signature by both parties and may be amended only in writing.
P:For the Buyer: ____________________     For the Supplier: ____________________
""")
SUMS.append(("h871e03", [705600, 309600, 147000, 268000], 1430200))
SUMS.append(("h871e03", [420 * 1680, 36 * 8600, 6 * 24500], 1162200))
SUMS.append(("h871e03", [1430200, 212000, 31800], 1674000))
SUMS.append(("h871e03", [167400, 920700, 585900], 1674000))
label("h871e03", "en", "hardware", dict(
    availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1674000), [], fee_base=1430200)


# ================================================================================================ e04 (md, en)
SRC["h871e04"] = ("h871e04_retail_end_user_managed_services_naogaon_vendor.md", "md", """# Managed IT Services Agreement

**Agreement No.** XJFM-MSA-2027-03

**Between**

**Xiangjiang Fresh Mart Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Yuelu District, Changsha, Hunan Province (the **"Customer"**); and

**Atrai Digital Services Limited**, a company incorporated in Bangladesh, with its registered office at Main Road, Naogaon 6500, Bangladesh, acting through its service delivery centre and its support partner in Changsha (the **"Supplier"**).

**Background.** The Customer operates 186 supermarkets and two distribution centres in Hunan. It wishes to outsource the support of its end-user computing estate to the Supplier for 36 months. The parties agree as follows.

## 1. Definitions

1.1 **"Services"** means the managed services described in Schedule 1.

1.2 **"Service Levels"** means the levels set out in Schedule 2, and **"Service Credits"** the credits set out there.

1.3 **"Charges"** means the charges set out in Schedule 3.

1.4 **"Customer Data"** means all data of the Customer, its staff and its customers that the Supplier receives or can access in performing the Services, including data held on devices it supports.

1.5 **"Service Commencement Date"** means the day after the Customer signs the Transition Acceptance certificate under Clause 3.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the **"Term"**).

2.2 The parties may extend the Term by written agreement, on the same Charges unless otherwise agreed. There is no automatic extension.

## 3. Transition

3.1 Within 60 days after signature the Supplier shall take over the Services from the Customer's current provider, following a transition plan agreed within ten business days after signature.

3.2 Transition is complete when the criteria in Part B of Schedule 1 are met. The Customer shall verify them within five business days after the Supplier's notice and, if they are met, sign the Transition Acceptance certificate. Partial operation of the Services before that date is not acceptance.

3.3 If the Supplier has not achieved Transition Acceptance within the period in Clause 3.1 for reasons attributable to it, it shall pay liquidated damages of RMB 2,600 for each day of delay, up to RMB 160,000.

## 4. Services and Service Levels

4.1 The Supplier shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2 from the Service Commencement Date.

4.2 The Supplier shall report performance against each Service Level monthly, within five business days after the end of each month, and attend a monthly service review with the Customer's IT manager.

4.3 If the Supplier fails a Service Level, the Service Credit in Schedule 2 applies. Service Credits are deducted from the next invoice. They are a price adjustment and do not limit the Customer's other rights.

4.4 If the same Service Level is failed in three consecutive months, the Supplier shall submit a remediation plan within ten business days and carry it out at its own cost.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges set out in Schedule 3. The Charges are fixed for the Term and include VAT, travel, tools and spare-parts logistics.

5.2 The monthly service charge is invoiced monthly in arrears. The transition charge is invoiced after Transition Acceptance. Each invoice is payable within 30 days after receipt of a valid VAT invoice. No advance payment is made.

5.3 The number of supported devices may change by up to 10% without any change to the Charges. Larger changes are priced using the unit rates in Schedule 3.

## 6. Personnel

6.1 The Supplier shall provide a named service delivery manager and enough qualified engineers to meet the Service Levels, including at least four field engineers based in Changsha and two in Hengyang.

6.2 The Supplier shall replace any person whom the Customer reasonably objects to on grounds of conduct or competence.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Supplier may use Customer Data only to perform the Services and shall not use it for any other purpose, including the improvement of its own services or the preparation of statistics.

7.2 At the end of the Term the Supplier shall return all Customer Data and documentation it holds, in the form requested by the Customer.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked as confidential or is obviously confidential, including pricing, supplier terms, store performance and staff information, and shall not disclose it to third parties without prior written consent, except to its employees and advisers who need to know it and are bound by equivalent obligations.

8.2 This Clause does not apply to information that is public, was already lawfully known to the receiving party or is required to be disclosed by law. It survives the end of this Agreement for five years.

## 9. Intellectual Property

9.1 Scripts, knowledge-base articles, device images, reports and documentation that the Supplier creates for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely.

9.2 The Supplier keeps its pre-existing tools and methods, and grants the Customer a free licence to use any of them embedded in the deliverables.

## 10. Subcontracting

10.1 The Supplier may not subcontract any part of the Services without the Customer's prior written consent. The Supplier's support partner in Changsha, Hunan Xinlian Technical Services Co., Ltd., is approved by signature of this Agreement. The Supplier remains fully responsible for all subcontractors.

## 11. Liability

11.1 The Supplier's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for personal injury, fraud, wilful misconduct and breach of Clause 8.

11.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded in Clause 11.1.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach that is not remedied within 30 days after notice, if Service Credits reach their monthly maximum in three months within any period of six months, or if the Supplier becomes insolvent.

12.2 On termination or expiry the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3, so that the Services can be transferred to the Customer or a new provider without interruption.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be resolved by the service managers or, after escalation, by senior management within 30 days shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## 14. General

14.1 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties about its subject matter. Amendments must be in writing and signed by both parties.

14.2 Neither party is liable for failure caused by force majeure, provided that it notifies the other party promptly and makes reasonable efforts to resume performance.

Signed for the Customer: ____________________ Signed for the Supplier: ____________________

## Schedule 1: Services

**Part A: Service scope**

| Service | Description | Coverage |
|---|---|---|
| Service desk | Single point of contact by telephone, WeChat and portal, in Mandarin; logging, triage and resolution of incidents and requests | 07:00 to 23:00 every day |
| Store and office endpoint support | Support of about 2,350 desktop and laptop computers, 1,120 POS terminals, printers and handheld scanners; remote and on-site repair | All 186 stores, 2 distribution centres, head office |
| Device lifecycle | Imaging, deployment, moves, replacement and disposal coordination of devices | On request, within the volumes in Schedule 3 |
| Patch and software management | Monthly operating system and application patching, software distribution, asset inventory | All supported devices |
| Reporting | Monthly service report, asset report and improvement proposals | Monthly |

**Part B: Transition criteria**

| No. | Criterion |
|---|---|
| 1 | Service desk answering calls under the Supplier's name, with all open tickets from the previous provider taken over |
| 2 | Asset inventory covering every supported device, reconciled with the Customer's records |
| 3 | Field engineers in place in Changsha and Hengyang, with spare-parts stock agreed with the Customer |
| 4 | Knowledge base for the top fifty incident types reviewed and approved by the Customer |
| 5 | A two-week parallel run completed with no Priority 1 incident unresolved |

## Schedule 2: Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service Credit |
|---|---|---|---|---|
| Priority 1 | Checkout unavailable at a store, or more than ten users at one site unable to work | Within 6 hours | Within 10 hours | RMB 1,500 per failed incident |
| Priority 2 | A single POS terminal or a manager's computer unavailable | Within 8 hours | Next business day | RMB 500 per failed incident |
| Priority 3 | Other incidents and service requests | Next business day | Within five business days | RMB 100 per failed request |
| Service desk | Average speed of answer in the month | Within 45 seconds | n/a | 2% of the monthly charge if missed |

Service Credits in any month are limited to 10% of the monthly service charge.

## Schedule 3: Charges

| Item | Basis | Amount (RMB) |
|---|---|---|
| Transition charge | One-time, fixed | 126,000 |
| Monthly service charge | RMB 86,500 per month for 36 months | 3,114,000 |
| **Total Charges for the Term** | | **3,240,000** |
| Additional device (beyond the permitted change) | Per device per month | 21 |
| Exit assistance | Per engineer day | 1,800 |
""")
SUMS.append(("h871e04", [126000, 86500 * 36], 3240000))
label("h871e04", "en", "services", dict(
    availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=2600 / 3240000 * 100, liability_cap_pct=150,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3240000),
    ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"])


# ================================================================================================ e05 (txt, en)
SRC["h871e05"] = ("h871e05_crop_data_api_subscription_mianwali_vendor.txt", "txt", """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BL-DATA-2027-007

This Data and API Subscription Agreement (the "Agreement") is entered into between Dalian Beiliang Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhongshan District, Dalian, Liaoning Province (the "Customer"), and Salt Range Geoanalytics (Private) Limited, a company incorporated in Pakistan with its registered office on Chashma Road, Mianwali, Punjab, Pakistan (the "Provider").

The Provider produces crop condition indices, yield forecasts and weather risk data derived from satellite imagery and weather models, and makes them available through an application programming interface (the "API"). The Customer buys and trades grain and oilseeds and wishes to use the data in its sourcing and risk management. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the crop condition indices, yield forecasts, planted-area estimates and weather risk scores described in Schedule A, as updated by the Provider from time to time.

1.2 "Subscription Year" means each successive one-year period, the first starting on the Activation Date. The Subscription Term consists of two Subscription Years.

1.3 "Activation Date" means the date on which the Provider issues production API credentials to the Customer.

1.4 "Custom Deliverables" means the region configurations, custom forecast reports and the dashboard built for the Customer under Clause 3.

1.5 "Customer Materials" means all data the Customer provides to the Provider or submits through the API, including its sourcing regions, field boundaries, supplier lists, purchase volumes and query history.

2. SUBSCRIPTION

2.1 During the Subscription Term the Provider grants the Customer a non-exclusive, non-transferable right to access the API and to use the Data Products within its group in mainland China for its internal business, including trading decisions, internal reports and presentations to its banks.

2.2 The Customer may make up to 300,000 API calls per Subscription Year. Calls above that volume are charged at the rate in Schedule B.

2.3 The Customer shall not resell the Data Products or publish them in raw form, but may publish charts and summaries that do not allow the underlying data to be reconstructed.

3. ONBOARDING AND CUSTOM DELIVERABLES

3.1 Within 45 days after the Activation Date the Provider shall (a) configure the Data Products for the Customer's eighteen sourcing regions in Heilongjiang, Jilin, Inner Mongolia and abroad, (b) calibrate its yield models against five years of yield data supplied by the Customer, (c) build a web dashboard showing the Customer's regions, and (d) train up to twenty users.

3.2 The onboarding is accepted when (a) every configured region returns all Data Products through the API, (b) back-tested yield forecasts for the calibrated regions deviate from the Customer's recorded yields by no more than the tolerance stated in Schedule A, (c) the dashboard displays all regions with daily updates for ten consecutive days and (d) the training has been delivered. The Customer shall confirm acceptance in writing within ten business days after the Provider's notice or list the failed criteria, which the Provider shall correct.

3.3 If onboarding is not accepted within the period in Clause 3.1 for reasons attributable to the Provider, the Provider shall pay liquidated damages of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees.

3.4 The Provider shall name a customer success manager who speaks Chinese or English, holds a monthly call with the Customer's risk team to review the accuracy of the forecasts for the Customer's regions and informs the Customer in advance of any material change to the methods used to produce the Data Products.

4. FEES AND PAYMENT

4.1 The fees are as follows:

   Onboarding fee (one-time)                      RMB  72,000
   Subscription fee, Subscription Year 1          RMB 345,000
   Subscription fee, Subscription Year 2          RMB 345,000
   Total Fees                                     RMB 762,000

4.2 The onboarding fee and the subscription fee for Subscription Year 1 are payable together within ten business days after signature of this Agreement. The Provider issues production API credentials and starts onboarding after receipt of that payment.

4.3 The subscription fee for Subscription Year 2 is payable within 30 days after the start of Subscription Year 2.

4.4 All fees are fixed for the Subscription Term, exclusive of overage charges, and include all taxes. Payment is made in RMB or, at the Provider's choice, in US dollars at the exchange rate published by the People's Bank of China on the invoice date.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to make the API available and to update each Data Product on the schedule described in Schedule A. Updates may be delayed by cloud cover, satellite outages or late weather data, and the Provider will inform the Customer of known delays on its status page.

5.2 Support is provided by e-mail and ticket from Monday to Friday, 09:00 to 18:00 Pakistan Standard Time. The Provider will respond to support requests as soon as reasonably practicable.

5.3 The Provider may perform maintenance on the API at any time and will try to give advance notice of planned maintenance.

6. CUSTOMER MATERIALS

6.1 Customer Materials belong to the Customer. The Provider shall use them only to provide the Data Products and services to the Customer under this Agreement and shall not use them to calibrate models for other customers, to produce market statistics or for any other purpose.

6.2 At the end of the Subscription Term, or earlier at the Customer's request, the Provider shall return or delete all Customer Materials and confirm the deletion in writing.

7. DATA SECURITY

7.1 The Provider shall host the Customer's configurations and Customer Materials in a data centre in mainland China operated by a licensed cloud provider, encrypt them in transit and at rest, restrict access to named staff working on the Customer's account and keep access logs for at least one year.

7.2 The Provider shall notify the Customer within 24 hours of any unauthorised access to or loss of Customer Materials, take immediate containment measures and compensate the Customer for losses caused by its failure to comply with this Clause.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's sourcing regions, positions and trading intentions, and shall use it only for this Agreement. This obligation continues for five years after the end of the Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in the API, the Data Products and its models.

9.2 The Custom Deliverables belong to the Customer once the onboarding fee has been paid. The Provider shall deliver the dashboard source code and region configurations, and the Customer may use, modify and license them freely, including after the Subscription Term.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any of its obligations, other than the hosting referred to in Clause 7.1, without the Customer's prior written consent, and remains responsible for any subcontractor.

11. LIABILITY

11.1 The Provider's total liability under this Agreement is limited to 150% of the Total Fees, except for breach of Clauses 6, 7 and 8, infringement and wilful misconduct, which are not limited.

11.2 The Data Products are forecasts. The Provider does not warrant any trading result, and neither party is liable for lost profits, except as provided in Clause 11.1.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It may be renewed only by a written agreement signed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the unexpired part of the Subscription Term.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall first be discussed between senior representatives. If it is not resolved within 30 days, it shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

14. GENERAL

14.1 Neither party may assign this Agreement without the other's written consent.

14.2 Schedule A (Data Products and update schedule) and Schedule B (overage rates) form part of this Agreement.

14.3 Notices shall be given in writing to the addresses stated above, with a copy by e-mail to the contact persons named by each party.

14.4 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

SCHEDULE A: DATA PRODUCTS

Crop condition index for wheat, corn, soybean and rice, per region, updated every five days. Yield forecast per region and crop, updated every two weeks during the season; back-test tolerance for calibrated regions of 6% of the recorded yield. Planted-area estimate per region, twice per season. Weather risk score for drought, frost and flood, daily.

SCHEDULE B: OVERAGE RATES

API calls above the annual allowance: RMB 0.35 per call, invoiced quarterly in arrears.

Signed for the Customer: ____________________        Signed for the Provider: ____________________
""")
SUMS.append(("h871e05", [72000, 345000, 345000], 762000))
label("h871e05", "en", "cloud", dict(
    availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
    prepayment_pct=(72000 + 345000) / 762000 * 100, acceptance_clause=True, final_payment_on_acceptance=None,
    warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
    termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=762000),
    ["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])


# ================================================================================================ build and check
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    assert len(SRC) == 10 and set(SRC) == set(LAB)
    for key, parts, total in SUMS:
        assert sum(parts) == total, (key, parts, total)
    built = {}
    for key, (name, fmt, text) in SRC.items():
        assert name.startswith(key + "_") and name.endswith("." + fmt), name
        if fmt in ("txt", "md"):
            (OUT / name).write_text(text, encoding="utf-8")
        else:
            write({key: text}, {key: (name, fmt)}, OUT, wrap_words=True)
        built[key] = read_back(OUT / name)
    union = set()
    for key in sorted(LAB):
        lab = LAB[key]
        lang = lab["language"]
        text = built[key]
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        alt = len([w for w in text.split() if re.search(r"\w", w)]) if lang == "en" else n
        assert lo <= n <= hi, (key, n)
        assert lo <= alt <= hi, (key, "words with a letter or digit", alt)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = BAN.search(form)
            assert not m, (key, m.group(0), form[max(0, m.start() - 40):m.end() + 40])
        t = lab["expected_terms"]
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        s = tco_share(key)
        if s is not None:
            assert abs(s - 40) > 2, (key, s)
        rules = derive(key)
        assert rules == DESIGN[key], (key, rules, DESIGN[key])
        union |= set(rules)
        (OUT / (Path(lab["file"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print("%-8s %-4s %5d %s %-6s tco=%s %s" % (key, lang, n, "(%d)" % alt, risk(rules),
                                                   "-" if s is None else "%.2f" % s, ", ".join(rules) or "(none)"))
    assert union == set(ALL_RULES), set(ALL_RULES) - union
    counts = {k: len(v) for k, v in DESIGN.items()}
    zh_ok = [k for k, v in counts.items() if v == 0 and "z" in k]
    en_ok = [k for k, v in counts.items() if v == 0 and "e" in k[4:]]
    assert len(zh_ok) == 1 and len(en_ok) == 1, (zh_ok, en_ok)
    assert DESIGN["h871e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["h871z05"] <= 10
    six = [k for k in counts if k not in zh_ok + en_ok + ["h871e01", "h871z05"]]
    assert len(six) == 6 and all(2 <= counts[k] <= 3 for k in six), counts
    print("all checks passed")


if __name__ == "__main__":
    main()
