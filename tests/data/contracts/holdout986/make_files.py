"""holdout986: builds the ten draft contracts of this folder from the sources below, writes their .json labels and
asserts the checks of the brief (design rules = rules derived from the labels, coverage of all 20 CR rules, text lengths
as read back, no value or stated figure on a policy threshold, price sums).

Run: /work/main/.venv/bin/python -B make_files.py   (imports ../word_pdf.py for .docx and .pdf)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC, META = {}, {}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def contract(key, file, lang, category, terms, extra, design_rules, risk, fmt_extra=None, tco=None,
             forum_outside=False, prices=None):
    """terms: dict over TERM_KEYS; extra: sla_clause, ld_stated, [post_warranty_fee_capped], deemed, value.
    tco: (fee base, annual post-warranty fee) when the TCO is computable. prices: (list of parts, total)."""
    META[key] = dict(file=file, lang=lang, category=category, terms=terms, extra=extra, design=sorted(design_rules),
                     risk=risk, tco=tco, forum_outside=forum_outside, prices=prices)


def label(m):
    t = {k: m["terms"][k] for k in TERM_KEYS}
    x = m["extra"]
    ex = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    ex["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    ex["contract_value"] = x["contract_value"]
    return {"file": m["file"], "language": m["lang"], "category": m["category"], "expected_terms": t,
            "expected_extra": ex, "expected_rules": derive(m)}


def tco_share(m):
    t, x = m["terms"], m["extra"]
    if t["contract_kind"] != "goods_or_licence" or m["tco"] is None:
        return None
    annual = m["tco"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = annual * years
    return fees / (x["contract_value"] + fees) * 100


def derive(m):
    """My reading of policy section 3 over the label values."""
    t, x = m["terms"], m["extra"]
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
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
    if (t["governing_law"] not in (None, "PRC")) or m["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(m)
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?" + PCT,
    r"(?<![\d.,])99\.90*(?!\d)" + PCT,
    r"(?<![\d.,])0\.050*(?!\d)" + PCT,
    r"(?<![\d.,])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月)",
    r"\b(?:thirty|fifteen|forty|one\s*hundred|hundred)\s*-?\s*(?:percent|per\s*cent)",
    r"\bfour\s*-?\s*hours?\b", r"\btwelve\s*-?\s*months?\b", r"\bfourhours?\b", r"\btwelvemonths?\b",
    r"百分之(?:三十|十五|四十|百|一百|九十九点九)(?![点\d一二三四五六七八九〇零])",
    r"万分之五(?![十\d])", r"千分之零点五", r"(?<![十二三四五六七八九\d])四个?小时", r"(?<![\d])十二个月",
]), re.I)
MUST_HIT = ["30%", "30 %", "15 percent", "40 per cent", "100%", "99.9%", "99.90 %", "0.05%", "4 hours", "4小时",
            "12 months", "12个月", "twelve months", "four hours", "百分之三十", "百分之十五", "百分之四十", "百分之百",
            "万分之五", "四小时", "十二个月", "12-month", "thirty percent", "within 4 h"]
MUST_MISS = ["130%", "35%", "99.95%", "99.5%", "0.055%", "10.05%", "24 hours", "24小时", "14 hours", "112 months",
             "18 months", "2,100%", "万分之五十", "百分之三十五", "二十四小时", "24个月", "1.5%", "百分之十",
             "15 days", "30 days", "100,000", "40 Business Days", "百分之四十五", "2027年12月31日", "12月"]


def scan_selftest():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ================================================================ z01 (.pdf, 第X条 with 1.1, compliant)
SRC["z01"] = """T:专精特新企业培育服务平台采购合同
P:合同编号：QGX-ZFCG-2027-0318
P:采购人（甲方）：清源市工业和信息化局
P:供应商（乙方）：澄明数智科技股份有限公司
P:根据《中华人民共和国政府采购法》、《中华人民共和国民法典》及项目采购文件（采购编号QYCG-2027-G046）、乙方投标文件和中标通知书，甲乙双方就专精特新企业培育服务平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同使用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供专精特新企业培育服务平台软件（以下简称“平台”）的永久使用许可，许可范围为甲方及其所属的区县工信部门，用户数不限。
P:1.2 乙方按甲方需求完成以下定制开发：企业画像与梯度培育库、惠企政策智能匹配、专精特新申报网上受理与审核、培育成效统计分析驾驶舱，以及与市政务服务平台、市场监管登记系统和统计数据平台的接口。
P:1.3 乙方负责平台部署、历史申报数据迁移、联调测试、试运行保障和用户培训。
P:1.4 平台部署于甲方指定的市电子政务云，乙方不得将平台或数据部署于其他环境。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾万元整（¥1,900,000.00），为固定总价，含税及完成本项目所需的全部费用。
P:2.2 价款构成：平台软件许可费¥980,000；定制开发费¥760,000；部署实施及数据迁移费¥134,000；培训费¥26,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥380,000。
P:3.2 平台完成部署、定制功能上线并通过初步验收后，甲方支付合同总价的45%，即¥855,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥665,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
P:3.5 甲方付款前有权对乙方请款材料进行审核，材料不全的，付款期限相应顺延。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和全部定制功能上线，并于上线后进入为期两个月的试运行。
P:4.2 乙方应交付平台安装介质、定制功能源代码、接口说明、数据库设计文档、用户手册和运维手册。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有五年以上政务信息化项目经验，未经甲方书面同意不得更换。
P:4.4 乙方应为甲方及区县工信部门提供不少于三场集中培训，每场不少于四十人次，并提供操作视频。
H:第五条 验收
P:5.1 初步验收：全部定制功能按需求规格说明书逐项测试通过；历史申报数据迁移后经甲方抽样核对无差错；三个外部接口连续十个工作日数据交换正常；平台在三百名用户并发访问时页面响应时间不超过三秒。
P:5.2 最终验收：试运行期满，期间未发生一级故障；平台通过甲方委托的第三方机构安全测评，高危漏洞全部整改完毕；乙方交付第4.2款所列全部文档。甲方在收到乙方验收申请后十五个工作日内组织验收并出具书面验收意见。
P:5.3 平台上线、试运行或甲方实际使用均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥88,200，该费率在质保期满后两年内不上调。维护服务合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告；国家或本市专精特新认定政策调整的，乙方应在三十日内完成相应功能调整，不另收费。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在非工作时间进行。
P:7.2 故障分级响应：一级故障（平台无法访问或申报受理中断）乙方应在30分钟内响应，两小时内到场或远程处置；二级故障2小时内响应；三级故障下一个工作日内处理。
P:7.3 乙方响应或修复超时的，每超时一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付¥2,000，从应付款项或履约保证金中扣除。
H:第八条 数据安全与数据归属
P:8.1 平台中的企业申报材料、企业经营数据、政策数据及日志均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得留存、复制或用于任何其他目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，对敏感字段加密存储，运维操作须经甲方审批并通过堡垒机进行，全程留痕。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并配合甲方向主管部门报告。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、企业商业信息和未公开的政策信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内持续有效。
H:第十条 知识产权
P:10.1 本项目定制开发的功能模块、接口程序及其源代码和文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。
P:10.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证平台不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成上线或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合约定且整改后仍不合格的，甲方有权拒绝验收并要求乙方退还已付款项、赔偿损失。
P:11.3 乙方违反第八条、第九条约定的，除承担赔偿责任外，甲方有权解除合同。
P:11.4 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方不得将合同义务全部或部分交由第三方履行。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除本合同，乙方应退还相应款项并赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方可解除合同。
P:13.3 合同解除后，乙方应在十日内移交全部数据、源代码和文档，并配合甲方完成平台迁移。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，即¥95,000，可采用银行保函形式。
P:15.2 最终验收合格后，甲方在十五个工作日内无息退还履约保证金；乙方存在未支付的违约金或赔偿款的，甲方可从中扣除。
H:第十六条 其他
P:16.1 采购文件、乙方投标文件及澄清承诺为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清源市工业和信息化局          乙方（盖章）：澄明数智科技股份有限公司
P:签订日期：2027年3月18日
"""
contract("z01", "h986z01_specialised_sme_cultivation_platform.pdf", "zh", "software",
         dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
              data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
              liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
              warranty_months=36, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
              termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1900000),
         [], "low", tco=88200, prices=([980000, 760000, 134000, 26000], 1900000))

# ================================================================ z02 (.docx, 第X条, Word price table)
SRC["z02"] = """T:生产线控制系统改造合同
P:合同编号：HX-SB-2027-052
P:甲方：浙江恒鑫电器制造有限公司
P:乙方：杭州拓峰自动化工程有限公司
P:甲方为电压力锅生产企业，现有六条总装及检测生产线的控制系统已运行十余年，故障频发、备件停产。甲方委托乙方对上述生产线的控制系统进行改造，包括设备供货、软件许可、控制程序开发、安装调试及培训。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房内的总装线一至四号及气密检测线一、二号，共六条生产线。
P:1.2 乙方负责拆除原有继电器控制柜，更换为PLC控制柜，加装伺服驱动、压力及温度传感器，配置工控机和HMI触摸屏，部署产线监控软件，开发各线控制程序及与甲方MES系统的数据接口。
P:1.3 改造应分线实施，每条线停线时间不超过三日，乙方应提前提交停线切换方案，经甲方生产部书面确认后实施。
P:1.4 乙方应先对原控制逻辑进行测绘，形成现状图纸交甲方确认。改造后各线的安全联锁功能（急停、光栅、防护门联锁）不得低于改造前水平。
P:1.5 改造后的控制系统应预留两条新增生产线的扩展接口。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾万元整（¥2,100,000），含税、运输、安装、调试及培训费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含柜体、PLC、I/O模块）|6套|168,000|1,008,000
TB:2|伺服驱动及压力、温度传感器|6套|72,000|432,000
TB:3|工控机及HMI触摸屏|12台|14,500|174,000
TB:4|产线监控软件许可（永久）|1套|226,000|226,000
TB:软硬件小计|||1,840,000
TB:5|控制程序定制开发及MES接口|1项|148,000|148,000
TB:6|安装调试及停线切换|1项|96,000|96,000
TB:7|操作及维护培训|1项|16,000|16,000
TB:合计|||2,100,000
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%，即¥210,000作为预付款。
P:3.2 全部设备到货并完成六条线安装、通电调试后，甲方支付合同总价的55%，即¥1,155,000。到货和安装不视为验收。
P:3.3 全部生产线通过最终验收后，甲方支付合同总价的35%，即¥735,000。
P:3.4 乙方请款时应提供增值税专用发票及相应的到货单或验收证书。
P:3.5 甲方支付各期款项前，乙方须提交相应阶段的履约证明材料。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后七十日内完成全部设备到货，一百二十日内完成六条线的改造及调试。
P:4.2 乙方应交付设备合格证、电气原理图、PLC及HMI程序源文件、接口文档和操作维护手册。
P:4.3 设备到货时，双方共同开箱清点，核对品牌、型号、数量及外观并签署到货单。到货单仅确认数量，不代表质量认可。
P:4.4 主要元器件品牌应符合附件一品牌清单，乙方如需替换，应事先取得甲方书面同意，替换品性能不得低于原品牌。
P:4.5 因甲方原因导致停线安排推迟的，工期相应顺延。
H:第五条 验收
P:5.1 每条线改造完成后连续生产七日，节拍达到每分钟六台，气密检测误判率低于千分之二，设备停机时间累计不超过两小时。
P:5.2 六条线全部达到第5.1款要求，且监控软件与MES数据接口连续十日数据一致后，甲方组织最终验收并出具验收报告。
P:5.3 验收不合格的，乙方应在十日内整改并承担整改费用。安装完成或投入生产均不代表验收合格。
P:5.4 最终验收时，乙方应提交第三方电气安全检测报告及全部程序源文件的备份介质。
H:第六条 质量保证
P:6.1 质保期为最终验收合格之日起十八个月。质保期内设备及软件的故障由乙方免费维修或更换，并免费提供软件升级。
P:6.2 质保期内，一级故障（整条线停机）乙方应在1小时内响应，六小时内到场；二级故障两小时内响应。乙方每超时一小时，向甲方支付¥800。
P:6.3 质保期内乙方应每季度巡检一次，并在甲方仓库储备常用备件，备件清单见附件二。
P:6.4 质保期内因设备质量问题连续停机超过二十四小时的，乙方应免费提供备用设备。
H:第七条 质保期满后维保
P:7.1 质保期满后，乙方继续提供维保服务，维保期至最终验收后满五年止。
P:7.2 维保年费按本合同软硬件小计的26%计取，即每年人民币478,400元，维保期内不作调整，按季度支付。维保内容包括定期巡检、故障维修、备件更换及软件升级。
P:7.3 维保期内一级故障的响应要求与第6.2款相同。维保年费自质保期满之日起按季度计付，不足一季度的按实际天数计算。
H:第八条 数据与知识产权
P:8.1 生产线运行数据、工艺参数及质量检测记录归甲方所有，乙方仅可在维修和调试时使用，不得带离甲方厂区或用于其他目的。
P:8.2 乙方远程维护须经甲方审批并通过甲方提供的VPN接入；乙方应对接入终端采取防病毒措施，因乙方原因造成数据泄露、篡改或生产系统中毒的，乙方承担赔偿责任，并应在两小时内书面报告甲方。
P:8.3 本项目定制开发的控制程序、HMI画面及接口程序的知识产权归甲方所有，甲方可自行修改和使用。监控软件产品的知识产权归乙方，乙方授予甲方永久使用许可。
P:8.4 乙方调试使用的移动存储介质须经甲方信息部门查毒登记，调试结束后乙方应删除其中的甲方数据。
H:第九条 保密
P:9.1 乙方对甲方的工艺、产能、配方及其他技术和经营信息负有保密义务，未经甲方书面许可不得披露，保密期限至合同终止后三年。
P:9.2 乙方应要求参与本项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 因乙方施工或设备质量原因造成甲方停产的，乙方应赔偿甲方实际损失。
P:10.3 乙方违反第九条保密义务的，应支付违约金人民币五万元，并赔偿甲方由此遭受的损失。
H:第十一条 现场施工
P:11.1 电气配线、桥架安装等现场施工，乙方可交由具备资质的施工单位完成，但应提前三个工作日书面通知甲方，并对其施工质量和安全负责。
P:11.2 乙方施工人员须遵守甲方厂区安全管理制度，动火作业须办理审批。
P:11.3 施工单位在甲方厂区内造成人身伤害或财产损失的，由乙方承担责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日或严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方退还已付款项并赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可以书面通知解除本合同。
H:第十三条 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。
P:13.2 仲裁期间，不涉及争议的合同部分应继续履行。
H:第十四条 培训
P:14.1 乙方应为甲方电气维修人员和班组长各提供两期培训，内容包括PLC程序读写、HMI参数设置、常见故障诊断和备件更换，经考核合格后方可独立操作。
H:第十五条 其他
P:15.1 附件一品牌清单、附件二备件清单及附件三技术规格书为本合同组成部分，与正文具有同等效力。
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：浙江恒鑫电器制造有限公司        乙方（盖章）：杭州拓峰自动化工程有限公司
"""
contract("z02", "h986z02_pressure_cooker_line_control_retrofit.docx", "zh", "hardware",
         dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
              data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
              liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
              warranty_months=18, post_warranty_fee_pct=26, auto_renewal_price_increase=False,
              termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2100000),
         ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], "high", tco=478400,
         prices=([1008000, 432000, 174000, 226000, 148000, 96000, 16000], 2100000))

# ================================================================ z03 (.txt, 一、/（一）/1., SaaS + 实施, two 服务年度)
SRC["z03"] = """排课预约及会员管理系统（SaaS）服务合同

合同编号：YS-IT-2027-011
甲方：上海朗思教育科技有限公司（雅思培训连锁机构，下设35家门店）
乙方：南京云课信息技术有限公司

甲方拟在全部门店统一使用线上排课、学员预约和会员管理系统。乙方以软件即服务（SaaS）方式向甲方提供该系统，并负责实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方35家门店及总部开通排课预约及会员管理系统，功能包括：课程与教室排期、教师排班、学员在线预约与签到、模考报名、会员卡与课时包管理、续费提醒、小程序端预约、经营报表。
（二）实施服务：
1. 根据甲方课程体系完成系统配置，包括雅思听说读写各科班型、一对一课程、模考场次和教室资源；
2. 将甲方原有系统中的学员档案、剩余课时、会员卡余额及历史预约记录迁移至新系统；
3. 开发甲方定制的校区经营报表及与甲方财务系统的收款对账接口；
4. 对各门店课程顾问、教务和店长进行操作培训；
5. 上线后为各门店提供为期一个月的陪跑支持。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，第二个服务年度紧随其后。
（四）乙方为甲方配置专属客户成功经理一名和技术支持团队，工作日九点至二十一点提供在线支持，周末及节假日安排值班。
（五）系统应支持甲方今后新增的课程类型和班型，相关配置由乙方免费完成。

二、费用及支付
（一）合同总金额为人民币捌拾肆万元整（¥840,000），包括：
1. 订阅费：每门店每服务年度¥9,800，35家门店每服务年度共¥343,000，两个服务年度共¥686,000；
2. 实施费（一次性）：¥118,000；
3. 数据迁移费（一次性）：¥36,000。
（二）实施费和数据迁移费在系统上线验收合格后十五个工作日内支付。
（三）各服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（四）服务期内甲方新增门店的，按每门店每服务年度¥9,800按剩余月份折算增加费用；门店关闭的，自下一服务年度起相应减少。
（五）乙方收款前应开具增值税专用发票。
（六）本合同价格在服务期内固定不变。

三、实施与验收
（一）乙方应在合同签订后六十日内完成配置、数据迁移和接口开发，并在三家试点门店试运行十日后全面上线，试点门店由甲方指定。
（二）上线验收标准：
1. 迁移后的学员档案、剩余课时和会员卡余额与原系统逐条核对一致；
2. 排课、预约、签到、续费提醒等功能按需求确认书逐项测试通过；
3. 收款对账接口连续五个营业日对账无差异；
4. 高峰时段五百名学员同时预约时，页面响应时间不超过两秒；
5. 小程序端预约、取消和改约功能在主流手机系统上测试通过。
（三）甲方在收到乙方验收申请后十个工作日内组织验收，合格的签署上线验收单。试运行或门店实际使用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改后重新提交验收；两次验收仍不合格的，甲方有权解除合同并要求乙方退还已收款项。
（五）乙方应向甲方交付系统操作手册、管理员手册、数据字典及接口说明。

四、服务水平
（一）系统月度可用率不低于99.5%。每月计划内维护不超过两次，须安排在晚间十点至次日早上七点之间，并提前三日通知甲方。
（二）故障分级：
1. 一级故障（系统无法登录、预约或签到功能全部中断）：15分钟内响应，两小时内恢复；
2. 二级故障（部分门店或部分功能无法使用）：1小时内响应，八小时内恢复；
3. 三级故障（一般问题及咨询）：下一个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.5个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障响应或恢复超时的，每次抵扣¥1,000。抵扣金额从下一期订阅费中扣减。
（四）乙方每月向甲方提交服务报告，列明可用率、故障记录和处理结果。
（五）系统数据每日备份，乙方每季度进行一次灾备演练，恢复点目标不超过一小时，恢复时间目标不超过两小时。
（六）系统版本升级应提前五个工作日通知甲方，不得减少甲方已使用的功能；升级导致门店无法正常预约的，按一级故障处理。

五、数据安全与数据归属
（一）学员个人信息、会员及消费记录、课程安排等甲方数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）系统部署于中国境内的云服务器，学员手机号、身份证号等敏感字段应加密存储，后台操作按角色授权并留存日志不少于六个月。
（三）乙方应遵守《个人信息保护法》《数据安全法》的要求。发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和对学员的赔偿。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式完整导出并移交全部数据，移交确认后删除其保存的副本并出具删除证明。
（五）乙方人员访问甲方数据须经甲方书面授权并采用双因素认证。乙方每年委托第三方对系统进行一次渗透测试，并将结果摘要提供给甲方。

六、知识产权
（一）系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方定制开发的经营报表、对账接口及相关文档的知识产权归甲方所有，甲方可自行修改或委托第三方使用。
（三）乙方保证系统及服务不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担费用。

七、违约责任
（一）乙方未能按本合同第三条约定的时间完成全面上线的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）乙方服务严重不符合约定，给甲方造成损失的，应赔偿甲方的全部实际损失。
（三）甲方逾期付款的，乙方应书面催告，甲方在催告后十日内仍未支付的，乙方可暂停新增门店的开通。
（四）因乙方原因导致学员预约错误或课时扣减错误的，乙方应在二日内更正，并承担甲方由此向学员支付的补偿费用。

八、分包
乙方不得将本合同项下的服务转包，亦不得在未经甲方书面同意的情况下将任何部分分包给第三方。

九、合同的解除与终止
（一）乙方严重违约，或连续两个月未达到第四条承诺的可用率，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方退还未履行期间的订阅费。
（二）本合同于第二个服务年度届满时终止，不自动续期。甲方如需续用，双方另行协商签订新合同。
（三）合同解除或终止时，乙方应配合甲方完成数据迁移，协助期不少于三十日，不得以任何理由扣留甲方数据。

十、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方住所地人民法院提起诉讼。诉讼期间，本合同不涉及争议的部分应继续履行。

十一、其他
本合同附件包括需求确认书、门店清单及服务报告模板。双方联系人及通知地址见附件，一方变更联系人的，应提前五日书面通知对方。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海朗思教育科技有限公司
乙方（盖章）：南京云课信息技术有限公司
日期：2027年4月6日
"""
contract("z03", "h986z03_ielts_chain_booking_membership_saas.txt", "zh", "cloud",
         dict(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
              data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1,
              liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
              warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
              termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
              contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=840000),
         ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], "medium", prices=([686000, 118000, 36000], 840000))

# ================================================================ z04 (.txt, 1. / 1.1, annual O&M service, 竞争性磋商)
SRC["z04"] = """地铁保护区巡查监测系统年度运维服务合同

项目编号：JTGD-CS-2027-007（竞争性磋商）
采购人（甲方）：江城市轨道交通局
供应商（乙方）：江城中衡测绘信息工程有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就地铁保护区巡查监测系统（以下简称“系统”）的年度运维服务订立本合同。

1. 服务范围
1.1 系统包括保护区巡查移动终端应用、外部作业项目审批台账、自动化监测数据采集平台（含全线一百二十六个监测断面的静力水准仪、测斜仪及裂缝计的数据接入）、无人机巡查影像管理模块和预警发布模块。
1.2 乙方提供的运维服务包括：系统软硬件日常巡检与维护、故障处理、数据库维护与备份、监测数据接入质量核查、预警阈值参数维护（按甲方书面指令执行）、操作系统及中间件安全补丁更新、用户支持和季度运维报告。
1.3 乙方应派驻三名运维工程师在甲方监控中心驻场，工作日八时三十分至十七时三十分在岗；节假日及夜间安排一名工程师电话值守，接报后按第3条要求响应。
1.4 服务期自2027年1月1日起至2027年12月31日止。
1.5 乙方应于服务期开始前十日内与原运维单位完成交接，梳理系统资产清单、账号权限和遗留问题清单，报甲方确认。
1.6 每年汛期及重大节假日前，乙方应组织专项巡检，对监测设备供电、通信和数据质量进行全面核查，并提交专项报告。
1.7 乙方应建立运维工单台账，所有故障、变更和巡检均须在工单系统中登记闭环，甲方可随时查阅。

2. 服务费用及支付
2.1 本合同年度运维服务费为人民币壹佰贰拾陆万捌仟元整（¥1,268,000），含驻场人员、备品备件、差旅及税费。
2.2 服务费按季度支付，每季度¥317,000。每季度结束后，甲方在十日内完成季度考核，并在考核结果确认后十五个工作日内支付当季度服务费（扣除考核扣款）。
2.3 本合同不设预付款。
2.4 服务期内甲方新增监测断面或功能模块的，运维费用由双方参照本合同价格另行协商确定。

3. 服务水平
3.1 系统年度可用率不低于99.95%，自动化监测数据应按设定的采集频率完整接入。
3.2 故障响应时限：
（1）一级故障（监测数据中断、预警无法发布或系统整体不可用）：30分钟内响应，两小时内到达现场，六小时内恢复；
（2）二级故障（单一模块或部分断面异常）：1小时内响应，当日内恢复；
（3）三级故障（一般性问题）：两个工作日内处理完毕；
（4）预警误报或漏报：乙方接报后十五分钟内核实并报告甲方值班人员。
3.3 乙方应在故障处理完毕后二十四小时内提交故障报告，说明原因、处理过程和防范措施。
3.4 甲方在重大活动保障期间可要求乙方安排工程师全天驻场，乙方应予配合，不另收费。
3.5 乙方每月对系统数据进行一次全量备份并异地存放，每半年进行一次恢复演练。

4. 考核与扣款
4.1 甲方按附件《运维服务考核细则》每季度对乙方进行考核，考核内容包括可用率、响应时限、巡检完成率、报告质量和驻场人员出勤情况。
4.2 一级故障响应或恢复超时的，每次扣款¥3,000；二级故障超时的，每次扣款¥1,000；驻场人员无故缺勤的，每人每日扣款¥800。
4.3 系统年度可用率每低于承诺值0.01个百分点，扣减当年服务费¥2,000，在第四季度服务费中一并扣除。
4.4 季度考核连续两个季度不合格的，甲方约谈乙方负责人，并将考核结果记入供应商履约评价。

5. 验收
5.1 每季度考核即为当季度服务验收，考核得分八十五分及以上且无未关闭的一级故障，为当季度验收合格。
5.2 服务期满后，甲方组织年度验收，验收标准为：四个季度考核均合格；全年运维记录、巡检记录、备份记录完整；系统数据及文档完整移交。甲方出具年度验收意见。
5.3 年度验收不合格的，乙方应在十五日内完成整改，整改完成前甲方暂不支付第四季度服务费。

6. 数据安全
6.1 系统中的全部监测数据、巡查影像、作业项目资料及运行日志均属于甲方所有。乙方仅为履行运维服务使用，不得复制、外传或用于其他目的。
6.2 乙方应遵守网络安全等级保护制度及甲方信息安全管理规定。运维操作须通过甲方堡垒机进行，不得私自开通远程访问通道，不得在个人设备中存储系统数据。
6.3 发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在三十分钟内报告甲方并启动应急处置；因乙方原因导致的，乙方承担相应的赔偿责任及由此产生的行政责任。
6.4 乙方使用的运维工具软件须经甲方安全检测后方可接入。服务期满时，乙方应删除所有留存的甲方数据并书面确认。

7. 保密
7.1 乙方对在服务中知悉的地铁线路结构、监测数据、安全风险信息及甲方其他未公开信息负有保密义务，未经甲方书面同意不得以任何形式披露。
7.2 乙方驻场人员应签署保密承诺书。保密义务不因合同终止而解除。
7.3 乙方不得在论文、宣传材料或投标文件中使用本项目的监测数据及影像。

8. 知识产权
8.1 乙方在运维期间为甲方编写的脚本、数据处理程序、报告及文档的知识产权归甲方所有。
8.2 系统原有软件的知识产权按原建设合同执行。
8.3 乙方保证其提供的工具和服务不侵犯第三方知识产权。

9. 违约责任
9.1 乙方未按约定日期开始驻场服务，或未按甲方要求的期限完成专项巡查及数据核查任务的，每逾期一日按本合同金额的千分之一支付违约金。
9.2 乙方因过错造成甲方损失的，应予赔偿。但乙方在本合同项下的累计赔偿责任（含违约金及考核扣款）不超过本合同金额的50%。
9.3 甲方逾期付款的，应按中国人民银行同期贷款利率支付利息。

10. 人员与分包
10.1 乙方驻场人员应具备测绘或计算机相关专业背景，项目负责人须具有高级工程师职称。人员更换须提前十日书面报甲方同意。
10.2 乙方不得将本合同服务转包或分包给任何第三方。
10.3 乙方应为驻场人员购买意外伤害保险，驻场人员在甲方场所应遵守甲方安全管理规定。
10.4 乙方驻场人员的工资、社会保险及福利由乙方承担，与甲方不存在劳动关系。

11. 合同终止
11.1 本合同于服务期届满时终止。
11.2 因不可抗力致使本合同无法继续履行的，双方可协商终止本合同，按实际服务期间结算费用。
11.3 合同终止时，乙方应在十日内向甲方移交全部运维资料、账号密码及数据，并配合后续服务单位完成交接。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。
12.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
12.3 争议解决期间，乙方不得中断运维服务。

13. 其他
13.1 竞争性磋商文件、乙方响应文件、成交通知书及《运维服务考核细则》为本合同组成部分。
13.2 本合同一式四份，甲方执三份，乙方执一份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
13.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：江城市轨道交通局
乙方（盖章）：江城中衡测绘信息工程有限公司
签订日期：2026年12月22日
"""
contract("z04", "h986z04_metro_protection_zone_monitoring_om.txt", "zh", "services",
         dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
              data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
              liability_cap_pct=50, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
              warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
              termination_for_breach=False, subcontract_without_consent=False, governing_law="PRC",
              contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1268000),
         ["CR-LIABILITY-CAP", "CR-TERMINATION"], "medium", prices=([317000] * 4, 1268000))

# ================================================================ z05 (.md, "## 第X条", supplier's own template, many problems)
SRC["z05"] = """# 窑火云·陶瓷生产工序追溯系统 软件许可及定制开发合同

**（窑火云标准合同文本 2026版）**

合同编号：YHY-HT-2027-0093

甲方（买方）：禹州市钧泓瓷艺工作室

乙方（卖方）：郑州窑火云软件科技有限公司

甲乙双方本着平等互利的原则，就甲方采购乙方“窑火云·陶瓷生产工序追溯系统”软件许可及定制开发服务事宜，达成如下条款，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供窑火云·陶瓷生产工序追溯系统标准版软件许可（单工作室、不限终端数），用于甲方钧瓷生产的工序记录与产品追溯。

1.2 乙方根据甲方需求进行定制开发，内容包括：釉料配方库、窑炉烧成曲线记录与窑变记录、坯体成型到出窑的扫码流转、成品一物一码追溯查询页面。

1.3 乙方负责系统部署、基础数据初始化和操作培训。

1.4 系统部署于乙方租用的云服务器，甲方通过浏览器及移动端访问。云服务器费用在免费维护期内由乙方承担，期满后由甲方承担。

1.5 系统标准版功能以乙方官网公布的产品说明为准，乙方有权对标准版功能进行调整。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾叁万元整（¥430,000.00），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追溯系统标准版软件许可 | 168,000 |
| 2 | 定制开发（配方库、烧成与窑变记录、扫码流转、追溯查询） | 214,000 |
| 3 | 部署实施及数据初始化 | 38,000 |
| 4 | 操作培训 | 10,000 |
| | 合计 | 430,000 |

2.2 上述价格不含甲方自行采购的扫码枪、平板电脑、标签打印机等硬件设备。

2.3 甲方需增加定制功能的，按每人日人民币一千八百元另行计费。

2.4 本合同价格为含税价，税率按国家规定执行。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币贰拾柒万玖仟伍佰元（¥279,500），乙方收款后启动开发。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币壹拾伍万零伍佰元（¥150,500）。

3.3 甲方逾期付款的，乙方有权暂停开发、部署或技术支持服务，由此造成的工期延误由甲方承担。

3.4 乙方收到款项后十个工作日内向甲方开具增值税普通发票，甲方需开具专用发票的，应提前告知。

## 第四条 交付与上线

4.1 乙方应在收到首期款后七十五日内完成定制开发并部署上线。

4.2 因甲方未按时提供配方、工艺流程等基础资料导致的延误，交付时间相应顺延。

4.3 乙方交付的内容为：系统安装部署、管理员账号、用户手册电子版。源代码及设计文档不在交付范围内。

4.4 乙方提供两次上门培训，每次不超过一日，培训对象为甲方指定的管理员及工序记录人员，超出部分另行计费。

4.5 甲方应指定专人负责项目对接，并在乙方提交需求确认书后三个工作日内予以书面确认，逾期未确认的视为同意。

4.6 系统上线时，乙方向甲方发送上线通知，上线时间以通知载明的时间为准。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后对系统功能提出的修改意见，乙方视情况在后续版本中统筹考虑。

## 第六条 免费维护期

6.1 乙方提供自系统上线之日起六个月的免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 一级故障（系统无法登录或扫码流转全部中断），乙方在接到甲方通知后8小时内响应；其他故障在三个工作日内响应。现场服务需甲方另行支付差旅费用。

6.3 以下情形不属于免费维护范围：甲方操作不当、擅自修改数据库、硬件设备或网络故障、第三方软件问题及不可抗力导致的故障。

6.4 免费维护期内，乙方每月对系统使用情况进行一次远程检查。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需乙方继续提供维护及升级服务，应与乙方签订年度维护合同，年度维护费按乙方当年公布的价格标准执行。

7.2 甲方未签订年度维护合同的，乙方不再提供任何技术支持及升级服务。

7.3 年度维护服务内容包括远程技术支持、缺陷修复和标准版升级，定制功能的升级适配另行计费。

## 第八条 知识产权

8.1 系统标准版软件及本合同项下定制开发成果（包括但不限于程序、配方库结构、页面及文档）的知识产权均归乙方所有。

8.2 甲方在支付全部合同款后获得定制开发成果的非独占使用权，仅限于甲方内部使用，不得修改、反编译或许可第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

8.4 甲方应采取措施防止其员工复制、传播系统软件，因此造成乙方损失的，甲方应予赔偿。

## 第九条 数据

9.1 甲方在系统中录入的配方、烧成记录、产品信息等数据归甲方所有。

9.2 甲方同意，乙方可对系统中的工艺及生产数据进行脱敏处理后，用于乙方产品改进、行业分析报告及算法模型训练。

9.3 乙方对系统服务器采取防火墙、访问控制和数据加密等安全措施，每日备份数据。因乙方原因导致甲方数据泄露或丢失的，乙方应在二十四小时内通知甲方，协助恢复数据，并依法承担相应的赔偿责任。

9.4 合同终止后，甲方可在三十日内申请导出其数据，逾期乙方有权删除。

9.5 甲方应妥善保管其账号和密码，因甲方账号泄露造成的损失由甲方自行承担。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

10.2 本条保密义务在合同终止后两年内有效。

10.3 乙方可将甲方名称及本项目作为案例用于宣传推广，甲方书面反对的除外。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且不对甲方的间接损失、利润损失及商誉损失承担责任。

11.3 甲方擅自将系统提供给第三方使用或修改系统的，应向乙方支付合同总价两倍的违约金。

11.4 因甲方提供的资料错误或甲方硬件、网络原因导致系统无法使用的，乙方不承担责任。

## 第十二条 合同解除

12.1 任何一方严重违反本合同约定，经守约方书面通知后十五日内仍未改正的，守约方有权解除本合同。

12.2 因不可抗力导致合同无法履行的，双方均不承担违约责任。

12.3 合同解除的，乙方已收取款项中对应已完成工作的部分不予退还。

## 第十三条 法律适用及争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

13.3 争议解决期间，甲方不得拒绝支付未发生争议部分的款项。

## 第十四条 其他

14.1 本合同未尽事宜，双方另行协商。本合同一式两份，双方各执一份，自双方盖章之日起生效。

14.2 本合同附件（需求确认书）与本合同具有同等效力。附件与正文不一致的，以正文为准。

14.3 双方通过电子邮件或即时通讯工具发出的通知，发出即视为送达。

甲方（盖章）：禹州市钧泓瓷艺工作室　　　　乙方（盖章）：郑州窑火云软件科技有限公司

日期：　　年　　月　　日
"""
contract("z05", "h986z05_jun_porcelain_process_tracking_supplier_template.md", "zh", "software",
         dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
              data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
              liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
              warranty_months=6, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
              termination_for_breach=True, subcontract_without_consent=None, governing_law="PRC",
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
              contract_value=430000),
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high",
         prices=([168000, 214000, 38000, 10000], 430000))

# ================================================================ e01 (.pdf, Article N with N.N, only CR-GOVERNING-LAW)
SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BLS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 15 March 2027 between Guangxi Liuhe Sugar Industry Group Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Liuzhou, Guangxi (the "Buyer"), and Bayou Lafourche Process Software, L.L.C., a Louisiana limited liability company with its principal office at 412 Canal Boulevard, Thibodaux, Louisiana 70301, United States (the "Vendor").
P:The Vendor develops and licenses MillWise, a process optimisation and production accounting software for cane sugar mills. The Buyer operates three cane sugar mills in Guangxi and wishes to license MillWise and to have the Vendor implement it at those mills. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MillWise server, client and historian components listed in Schedule A, in object code, together with any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, mill-specific calculation templates, reports and documentation that the Vendor develops for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all process, laboratory, production and commercial data of the Buyer that is entered into, stored in or processed by the Software, including data collected from the Buyer's distributed control systems.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's three mills in Liucheng, Luzhai and Xiangzhou and at the Buyer's head office, for an unlimited number of named users employed by the Buyer and its subsidiaries.
P:2.2 The Buyer may make backup copies of the Software and may transfer the licence to another mill owned by the Buyer on written notice to the Vendor.
P:2.3 The Buyer shall not decompile or reverse engineer the Software, except to the extent permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, build the mass and energy balance models for each mill, develop interfaces to the Buyer's DCS historians, weighbridge system and laboratory information system, migrate three crushing seasons of historical production data, and train the Buyer's staff.
P:3.2 The Vendor shall complete installation and configuration at all three mills within 100 days after signature, so that the Software can be used for the pre-season trial run before the start of the 2027/28 crushing season.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin and shall keep at least two engineers on site during installation and the first four weeks of the crushing season.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,820,000, inclusive of taxes, made up of: Software licence fees CNY 1,160,000; implementation and model building CNY 420,000; interfaces and data migration CNY 186,000; training CNY 54,000.
P:4.2 The Buyer shall pay the price as follows: (a) 20% (CNY 364,000) within 20 days after signature and receipt of the Vendor's invoice; (b) 45% (CNY 819,000) after installation at all three mills has been completed and the Buyer has signed an installation certificate, which does not constitute acceptance; (c) 35% (CNY 637,000) within 20 days after Final Acceptance.
P:4.3 Prices are fixed for the duration of this Agreement. All payments shall be made in CNY to the Vendor's account with a bank in the People's Republic of China designated in the invoice.
H:Article 5 Acceptance
P:5.1 After installation, the Vendor shall run the Software in parallel with the Buyer's existing spreadsheets for a trial period of 30 consecutive crushing days.
P:5.2 The acceptance criteria are: (a) every function listed in Schedule B passes the agreed test scripts; (b) daily mass balance closure for sucrose is within 0.5 percentage points at each mill; (c) all interfaces transfer data for ten consecutive days without loss or manual correction; (d) migrated historical data reconciles with the Buyer's production records; and (e) no Severity 1 defect is open at the end of the trial period.
P:5.3 Within ten working days after the end of the trial period, the Buyer shall either issue a written Final Acceptance certificate or list the criteria not met. The Vendor shall correct any failure and repeat the relevant tests at its own cost. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Schedule B for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct defects and provide updates, upgrades and remote and on-site support free of charge.
P:6.2 Support levels: a Severity 1 incident (the Software unavailable at a mill during crushing, or loss of data collection from a DCS historian) shall be responded to within 1 hour and a workaround shall be provided within eight hours; a Severity 2 incident shall be responded to within two hours; other requests within one working day.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 incident, the Vendor shall credit the Buyer CNY 1,500 for each hour or part of an hour of delay, deducted from the next payment due or paid on demand.
P:6.4 After the Warranty Period, the Vendor shall offer annual support on the same terms at a fee of 11% of the Software licence fees, being CNY 127,600 per year, which shall not be increased for the first three years after the Warranty Period. Annual support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:7.3 The Vendor shall indemnify the Buyer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Software shall be installed on servers at the Buyer's premises. Remote access by the Vendor requires the Buyer's approval for each session, shall use the Buyer's VPN with multi-factor authentication, and shall be logged. The Vendor shall not transfer Buyer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. The Vendor shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, shall take all steps needed to contain it, and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including production volumes, prices and process know-how, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation within the time in Article 3.2, or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Articles 8 and 9, or the indemnity in Article 7.3.
P:10.3 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence in Article 2 shall continue for the Software already paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Louisiana, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.
H:Article 14 General
P:14.1 This Agreement, with Schedule A (Software components) and Schedule B (Functional specification and test scripts), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
contract("e01", "h986e01_sugar_mill_process_software_perpetual_licence.pdf", "en", "software",
         dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
              data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
              liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
              warranty_months=24, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
              termination_for_breach=True, subcontract_without_consent=False, governing_law="Louisiana",
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1820000),
         ["CR-GOVERNING-LAW"], "low", tco=127600, prices=([1160000, 420000, 186000, 54000], 1820000))

# ================================================================ e02 (.md, Order Form Part A (A1-A6) + General Terms Part B, fee table)
SRC["e02"] = """# Courtableau Cloud Systems, Inc. - Subscription Order Form

**Order Form No. CCS-OF-2027-0211**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the Customer orders the Services described below on the terms of Part B.

## PART A - ORDER DETAILS

### A1. Parties

**Vendor:** Courtableau Cloud Systems, Inc., a Louisiana corporation, 227 North Court Street, Opelousas, Louisiana 70570, United States.

**Customer:** Changsha Hengyun Equipment Leasing Co., Ltd., Room 1806, Xiangjiang Fortune Centre, Yuelu District, Changsha, Hunan Province, People's Republic of China.

### A2. Services

RentalYard, the Vendor's cloud platform for construction-equipment rental businesses, comprising: (a) the Rental Operations module (quotes, contracts, dispatch, returns, damage inspection and invoicing) for 260 named users at the Customer's 18 branches; (b) the Telematics module, connecting up to 2,400 machines through the Customer's existing telematics boxes; and (c) Onboarding Services as described in A4.

### A3. Subscription Term and Fees

The Subscription Term starts on the date of Onboarding Acceptance and runs for 24 months (two Subscription Years). All amounts are in CNY and include VAT.

| Item | Basis | Per Subscription Year (CNY) | Subscription Term total (CNY) |
|---|---|---|---|
| Rental Operations module | 260 named users, 18 branches | 486,000 | 972,000 |
| Telematics module | up to 2,400 connected machines | 138,000 | 276,000 |
| Onboarding Services | one-time | - | 96,000 |
| **Total Order Value** | | | **1,344,000** |

Invoicing: the Onboarding Services fee is invoiced after Onboarding Acceptance. The subscription fees for each Subscription Year are invoiced at the start of that Subscription Year. Invoices are payable within 30 days. Additional machines above 2,400 are charged at CNY 48 per machine per month and are not part of the Total Order Value.

### A4. Onboarding Services

The Vendor shall configure the Services for the Customer's branches, rate cards and fleet categories; migrate open rental contracts, customer accounts and the fleet register from the Customer's current system; build an interface to the Customer's Kingdee accounting system; and train 40 key users. The target date for Onboarding Acceptance (the "Go-Live Date") is 90 days after signature of this Order Form.

### A5. Hosting

The Services for this Order are hosted in a data centre in mainland China operated by Alibaba Cloud, which the Customer approves by signing this Order Form.

### A6. Special Terms

Section 13 (Governing Law) applies in its version for Customers in the People's Republic of China. No other special terms apply.

Signed for the Vendor: ____________________ Signed for the Customer: ____________________

Date: 8 April 2027

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, records and files that the Customer or its users submit to the Services or that the Services collect from the Customer's machines.

1.2 "Customer Deliverables" means the configurations, report templates, data migration scripts and the accounting interface created by the Vendor specifically for the Customer.

1.3 "Incident" means any failure of the Services to operate in accordance with the documentation.

### 2. Use of the Services

2.1 The Vendor grants the Customer and its users a non-exclusive right to use the Services during the Subscription Term for the Customer's internal business purposes.

2.2 The Customer is responsible for its users' compliance with these terms and for keeping user credentials secure.

### 3. Onboarding Acceptance

3.1 When the Vendor considers the Onboarding Services complete, it shall notify the Customer. The Customer shall test the Services within ten business days against the following criteria: (a) all open rental contracts, customer balances and fleet records have been migrated and reconcile with the Customer's source system; (b) the accounting interface posts invoices and receipts correctly for five consecutive business days; (c) every connected machine that is powered on reports location and engine hours to the Services; and (d) the end-to-end scenarios agreed in the onboarding plan pass without a Priority 1 or Priority 2 defect.

3.2 If the criteria are met, the Customer shall sign an Onboarding Acceptance certificate. If not, the Vendor shall correct the failures and the test shall be repeated. Use of the Services by the Customer during testing does not amount to Onboarding Acceptance.

3.3 If Onboarding Acceptance does not occur by the Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 1,200 for each day of delay, up to a maximum of CNY 60,000.

### 4. Service Levels

4.1 The Vendor shall make the Services available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 22:00 and 06:00 Beijing time.

4.2 The Vendor shall respond to Incidents as follows: Priority 1 (the Services unavailable, or dispatch or invoicing impossible for all users) within 30 minutes, 24 hours a day, with a target restoration time of three hours; Priority 2 (a major function impaired for one or more branches) within two hours during business hours; Priority 3 (other Incidents) within one business day.

4.3 If the monthly availability falls below the commitment in Section 4.1, the Customer is entitled to a service credit of 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point below the commitment, up to 50% of that amount. If the Vendor misses the Priority 1 response time, the Customer is entitled to a credit of CNY 1,000 for each occurrence. Credits are deducted from the next invoice.

### 5. Customer Data

5.1 As between the parties, the Customer owns the Customer Data. The Vendor shall process Customer Data to provide the Services and as set out in Section 5.2.

5.2 The Vendor may collect and use aggregated and de-identified data derived from Customer Data, including machine utilisation, rental rates and usage statistics, to improve and develop its products, to produce industry benchmarks for its customers, and for other lawful business purposes, during and after the Subscription Term. Such data shall not identify the Customer or any individual.

5.3 Within 30 days after the end of the Subscription Term, the Vendor shall make all Customer Data available for export in CSV format and shall then delete it from its systems.

### 6. Data Security

6.1 The Vendor shall maintain an information security programme certified to ISO 27001 and shall keep Customer Data in mainland China. Customer Data shall be encrypted in transit and at rest, access by Vendor personnel shall be limited to those who need it and shall be logged, and backups shall be taken daily.

6.2 The Vendor shall notify the Customer within 24 hours after becoming aware of any security breach affecting Customer Data, shall investigate and remedy it at its own cost, and shall be responsible for losses caused by a breach of its obligations under this Section 6.

### 7. Intellectual Property

7.1 The Vendor owns the Services, the software and all improvements to them.

7.2 The Customer owns the Customer Deliverables. The Vendor shall hand over the migration scripts, interface specifications and report templates, and the Customer may use, modify and license them freely, including after the Subscription Term.

### 8. Confidentiality

8.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for the purposes of this Order Form and not disclose it to third parties except to its employees and advisers who need to know it and are bound by equivalent obligations. These obligations last for three years after the end of the Subscription Term.

### 9. Subcontracting

9.1 Except for the hosting provider approved in A5, the Vendor shall not subcontract the performance of the Services without the Customer's prior written consent. The Vendor remains responsible for its subcontractors.

### 10. Renewal

10.1 At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.

10.2 The Vendor may increase the fees for any renewal term by up to 9% above the fees of the preceding Subscription Year by giving the Customer notice at least 75 days before the renewal date.

### 11. Limitation of Liability

11.1 Neither party shall be liable for any indirect, incidental or consequential damages or loss of profits.

11.2 Each party's total aggregate liability arising out of or relating to this Order Form shall not exceed the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to the Customer's payment obligations or to either party's liability for fraud or wilful misconduct.

### 12. Term and Termination

12.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice describing the breach.

12.2 If the Customer terminates under Section 12.1, the Vendor shall refund any prepaid fees for the period after termination.

### 13. Governing Law

13.1 For Customers in the People's Republic of China, this Order Form is governed by the laws of the People's Republic of China, and any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

### 14. General

14.1 This Order Form, Parts A and B, is the entire agreement for the Services. If Part A and Part B conflict, Part A prevails. Changes require a written amendment signed by both parties.
"""
contract("e02", "h986e02_equipment_rental_saas_order_form.md", "en", "cloud",
         dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
              data_security_clause=True, buyer_owns_data=False, confidentiality=True,
              ld_rate_per_day_pct=1200 / 1344000 * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
              acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
              post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
              subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1344000),
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], "medium",
         prices=([972000, 276000, 96000], 1344000))

# ================================================================ e03 (.docx, 1. / 1.1, Word price table, buyer's paper, compliant)
SRC["e03"] = """T:PURCHASE CONTRACT FOR WIRELESS VIBRATION SENSORS AND CONDITION MONITORING SOFTWARE
P:Contract No. JRP-EQ-2027-0457
P:Buyer: Jiangsu Ruiheng Paper Co., Ltd., No. 8 Binjiang Road, Zhenjiang, Jiangsu Province, People's Republic of China.
P:Supplier: Morehouse Sensing Technologies, LLC, 1120 East Madison Avenue, Bastrop, Louisiana 71220, United States.
P:The Buyer operates two paper machines and a pulping line at its Zhenjiang mill and wishes to monitor the condition of their rotating equipment. This contract is made on the Buyer's standard terms for equipment and software purchases. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless vibration and temperature sensors on the motors, gearboxes, pumps, fans and dryer-section bearings listed in Annex 1, together with wireless gateways, two edge servers and the Supplier's ConditionView monitoring software.
P:1.2 The Supplier shall configure the alarm limits and analysis rules for every monitored asset, build dashboards for the maintenance department and each machine, and connect the software to the Buyer's computerised maintenance management system so that alarms create work requests automatically.
P:1.3 The Supplier shall train the Buyer's reliability engineers and maintenance technicians as set out in clause 4.4.
H:2. Contract Price
P:2.1 The contract price is CNY 2,060,000, fixed and inclusive of VAT, delivery to the Zhenjiang mill, customs clearance, installation, commissioning and training. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|360|2,450|882,000
TB:2|Wireless gateways, industrial grade|18|16,800|302,400
TB:3|Edge servers with operating system|2|68,500|137,000
TB:4|ConditionView software licence, perpetual, 400 monitored assets|1|548,000|548,000
TB:Hardware and licence subtotal||||1,869,400
TB:5|Installation, configuration, CMMS interface and commissioning|1|164,600|164,600
TB:6|Training|1|26,000|26,000
TB:Contract price||||2,060,000
H:3. Payment
P:3.1 The Buyer shall pay 20% of the contract price (CNY 412,000) as an advance within 15 business days after signature, against the Supplier's invoice and an advance payment bank guarantee for the same amount.
P:3.2 The Buyer shall pay 45% of the contract price (CNY 927,000) after all equipment has been delivered and installed and the Buyer has signed the installation record. Signature of the installation record does not mean that the equipment has been accepted.
P:3.3 The Buyer shall pay the remaining 35% of the contract price (CNY 721,000) within 20 business days after Final Acceptance under clause 5.
P:3.4 All payments are made in CNY by bank transfer against a valid VAT invoice.
H:4. Delivery, Installation and Training
P:4.1 The Supplier shall deliver all equipment to the mill within 75 days after signature. Installation shall be carried out during the planned shutdowns notified by the Buyer and completed within 120 days after signature.
P:4.2 The Supplier's staff shall comply with the Buyer's site safety rules, including permit-to-work, lock-out and hot-work procedures.
P:4.3 The Supplier shall deliver installation drawings, a sensor location list, software manuals and the configuration of every monitored asset in electronic form.
P:4.4 The Supplier shall give three days of training for up to 12 reliability engineers and two days of training for up to 30 technicians, in Mandarin, at the mill.
P:4.5 Equipment shall be packed for sea and road transport. The Supplier bears the risk of loss of or damage to the equipment until it has been delivered to the mill and the delivery note has been signed. Title passes to the Buyer on payment of the second instalment under clause 3.2.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 45 days. Final Acceptance requires that: (a) every sensor in Annex 1 transmits data to the software at the configured interval; (b) no monitored asset misses more than two scheduled measurements in any week of the trial period; (c) readings of 20 sample points agree with the Buyer's portable analyser within the tolerance stated in Annex 2; (d) alarms create work requests in the maintenance management system correctly in all test cases; and (e) all documentation under clause 4.3 has been delivered.
P:5.2 The Buyer shall carry out the acceptance tests with the Supplier and shall sign a Final Acceptance certificate within ten business days after the criteria are met. If a criterion is not met, the Supplier shall remedy the failure at its own cost and the relevant test shall be repeated.
P:5.3 Delivery, installation, commissioning or use of the system by the Buyer does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and software for 36 months from Final Acceptance. During the warranty period, the Supplier shall repair or replace defective equipment, including sensor batteries that fail before their stated life, and shall provide software updates and upgrades, all free of charge.
P:6.2 Support levels during the warranty period: a Severity 1 fault (the software or an edge server down, or more than one gateway out of service) shall be responded to within 30 minutes and resolved within one business day; a Severity 2 fault (individual sensors or functions failing) shall be responded to within two hours and resolved within five business days.
P:6.3 If the Supplier misses a response or resolution time for a Severity 1 fault, it shall pay the Buyer CNY 1,000 for each hour of delay, which the Buyer may deduct from any amount due to the Supplier.
P:6.4 After the warranty period, the Supplier shall provide annual maintenance at the Buyer's request at a fee of 8% of the hardware and licence subtotal, being CNY 149,552 per year, fixed for the first two years after the warranty period. Annual maintenance is agreed year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways in stock in China sufficient to replace any failed unit within five business days.
H:7. Delay Damages and Liability
P:7.1 If the Supplier fails to complete delivery or installation on time, or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the contract price for each day of delay, up to a maximum of 10% of the contract price.
P:7.2 The Supplier's total liability under this contract is limited to 200% of the contract price, except for liability for personal injury, fraud, wilful misconduct and breaches of clauses 8 and 9, which is unlimited.
H:8. Data Ownership and Data Security
P:8.1 All measurement data, alarms, reports and maintenance records generated by the system belong to the Buyer. The Supplier may use them only to perform this contract and shall not keep copies or use them for any other purpose, including product development.
P:8.2 The software and edge servers shall be installed on the Buyer's plant network. The Supplier may access them remotely only with the Buyer's approval for each session, through the Buyer's VPN and jump server, and every session shall be logged.
P:8.3 The Supplier shall comply with the PRC Data Security Law and Cybersecurity Law. If the Supplier becomes aware of unauthorised access to or loss of the Buyer's data, it shall inform the Buyer within 12 hours, take immediate remedial action and compensate the Buyer for all resulting losses.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all technical and commercial information of the Buyer, including machine layouts, production figures and maintenance practices, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues for five years after the end of this contract.
H:10. Intellectual Property
P:10.1 The Supplier retains the intellectual property in the ConditionView software and grants the Buyer a perpetual licence under clause 2.
P:10.2 The analysis rules, alarm configurations, dashboards and the CMMS interface developed for the Buyer belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall hand over the interface source code.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the payments received for the parts not accepted.
P:12.2 Either party may terminate this contract by written notice if force majeure prevents its performance for more than 60 consecutive days.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing.
H:14. Miscellaneous
P:14.1 Annex 1 (Monitored assets and sensor locations) and Annex 2 (Technical specification) form part of this contract. This contract is made in English and Chinese, and both versions have equal effect.
H:15. Notices
P:15.1 Notices under this contract shall be in writing and sent by courier or email to the addresses above or to another address that a party notifies. A notice sent by email is deemed received on the next business day after it is sent, unless the sender receives an error message.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
contract("e03", "h986e03_paper_mill_vibration_sensors_monitoring_licence.docx", "en", "hardware",
         dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
              data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
              liability_cap_pct=200, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
              warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
              termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2060000),
         [], "low", tco=149552, prices=([882000, 302400, 137000, 548000, 164600, 26000], 2060000))

# ================================================================ e04 (.md, Sections + Schedules 1-3 as tables, managed services 36 months)
SRC["e04"] = """# MANAGED NETWORK AND IT SUPPORT SERVICES AGREEMENT

**Agreement No. OHS-MSA-2027-009**

This Managed Network and IT Support Services Agreement (the "Agreement") is made on 19 May 2027 between:

- **Hainan Lanwan Hotel Management Co., Ltd.**, a company incorporated in the People's Republic of China, registered office at 66 Haixiu Road, Haikou, Hainan Province (the "Customer"); and
- **Ouachita Hospitality Systems, Inc.**, an Arkansas corporation with its principal place of business at 310 Central Avenue, Hot Springs, Arkansas 71901, United States, acting with its branch office in Sanya (the "Provider").

The Customer operates fourteen hotels in Hainan. The Provider manages hotel networks and provides IT support to hospitality companies. The Customer wishes to outsource the operation of the guest and staff networks and first- and second-line IT support at its hotels to the Provider on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the Sites listed there.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under Section 3.3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its guests that the Provider accesses, receives or handles in providing the Services, including network logs, guest registration data passed to the captive portal and the contents of support tickets.

1.5 "Incident" means an unplanned interruption or reduction in quality of a Service.

## Section 2. Services

2.1 From the Service Commencement Date, the Provider shall provide the Services at each Site in accordance with Schedule 1 and meet the service levels in Schedule 2.

2.2 The Provider shall operate a 24x7 service desk in Haikou with Mandarin- and English-speaking staff, which shall be the single point of contact for the Customer's hotels.

2.3 The Provider shall keep the network equipment at each Site under manufacturer support, apply security patches and firmware updates within the maintenance windows agreed with each hotel, and keep an accurate configuration and asset register.

2.4 The Provider shall attend a monthly service review with the Customer's IT manager and shall submit a monthly report on availability, Incidents, changes and open risks.

## Section 3. Transition

3.1 During a transition period of 60 days after signature, the Provider shall take over the documentation, passwords and open tickets from the Customer's current contractor, survey each Site, and install its monitoring tools.

3.2 The Provider shall not charge any Service Fee for the transition period. The one-time Transition Fee in Schedule 3 becomes payable only after the Service Commencement Certificate has been signed.

3.3 The Customer shall sign a Service Commencement Certificate when: (a) all Sites are connected to the Provider's monitoring platform and visible on the service desk console; (b) the configuration and asset register has been delivered and checked against a sample of at least two Sites; (c) the service desk has handled test calls from every hotel in both languages; and (d) a guest Wi-Fi failover test has been passed at each Site. Operation of the Services before signature of the certificate does not amount to acceptance.

3.4 If the Service Commencement Date has not occurred within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay until it occurs.

## Section 4. Charges and Payment

4.1 The Customer shall pay the charges set out in Schedule 3. The total contract value over the Term is CNY 2,440,000, consisting of the Monthly Service Fee of CNY 64,500 for 36 months and the Transition Fee of CNY 118,000.

4.2 The Monthly Service Fee is invoiced monthly in arrears. The Transition Fee is invoiced after the Service Commencement Date. Invoices are payable within 30 days after receipt. The charges are fixed for the Term.

4.3 Service credits under Schedule 2 are deducted from the next invoice.

## Section 5. Customer Data

5.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only for the purpose of providing the Services, and shall return it to the Customer at the end of the Term.

## Section 6. Confidentiality

6.1 Each party shall keep confidential the terms of this Agreement and all business, technical and financial information of the other party that it receives in connection with this Agreement, and shall not disclose such information to any third party without the prior written consent of the other party, except to its professional advisers or as required by law.

6.2 The obligations in this Section continue for three years after the end of this Agreement.

## Section 7. Intellectual Property

7.1 The Provider retains ownership of its monitoring tools, service desk software and methods.

7.2 Network designs, configuration files, runbooks and documentation prepared by the Provider specifically for the Customer belong to the Customer, which may use, modify and license them freely, including to a successor provider.

## Section 8. Personnel and Subcontracting

8.1 The Provider shall assign a named service delivery manager and keep at least one qualified engineer based in each of Haikou and Sanya.

8.2 The Provider may use subcontractors for on-site work at the hotels, including cabling, equipment replacement and smart-hands services, by giving the Customer written notice of the subcontractor's name and scope of work before it starts. The Provider remains responsible for the work of its subcontractors.

## Section 9. Liability

9.1 The Provider's total liability arising out of or in connection with this Agreement is limited to 150% of the total contract value. This limit does not apply to death or personal injury caused by negligence, fraud or wilful misconduct.

9.2 Neither party is liable for loss of profits or indirect loss.

## Section 10. Term and Termination

10.1 This Agreement continues until the end of the Term and then expires unless the parties agree an extension in writing.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after notice, or if the Provider misses the availability level in Schedule 2 at the same Site in three consecutive months.

10.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days, including the handover of all documentation, passwords and configuration files to the Customer or its new provider, free of charge. Exit assistance requested beyond 60 days is charged at the rate in Schedule 3.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Hainan International Arbitration Court for arbitration in Haikou.

## Section 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties. Changes must be agreed in writing.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 - Services and Sites

| Service | Description | Sites |
|---|---|---|
| Managed guest Wi-Fi | Operation of access points, controllers, captive portal and internet breakout; bandwidth management per room | All 14 hotels |
| Managed staff network | Operation of switches, firewalls and the staff wireless network, including VLAN and firewall rule changes on request | All 14 hotels |
| Service desk | 24x7 first-line support by phone, email and portal for hotel staff and guest network issues | Haikou service desk for all Sites |
| On-site support | Second-line support, equipment replacement from Provider-held spares, moves and changes | Haikou and Sanya engineers; other Sites by visit |
| Monitoring | Round-the-clock monitoring of all network devices and internet links, with automatic Incident creation | All 14 hotels |

Sites: Haikou (4 hotels), Sanya (5 hotels), Wanning (2 hotels), Qionghai (2 hotels), Danzhou (1 hotel).

## Schedule 2 - Service Levels and Credits

| Measure | Service level | Service credit |
|---|---|---|
| Network availability per Site (monthly) | 99.95% | 3% of the Monthly Service Fee for each 0.1 percentage point below the level |
| Priority 1 Incident (a hotel's guest or staff network down) | Response within 30 minutes; engineer on site within three hours in Haikou and Sanya, within six hours elsewhere | CNY 1,500 per late response or late attendance |
| Priority 2 Incident (partial loss of service at a Site) | Response within one hour; resolution within eight hours | CNY 500 per late resolution |
| Service requests | Completed within three business days | None |

Service credits in any month shall not exceed 20% of the Monthly Service Fee.

## Schedule 3 - Charges

| Charge | Amount (CNY) | Payment |
|---|---|---|
| Transition Fee (one-time) | 118,000 | After Service Commencement Date |
| Monthly Service Fee | 64,500 per month | Monthly in arrears, 36 months |
| Total over the Term | 2,440,000 | |
| Exit assistance beyond 60 days | 2,600 per engineer day | Monthly in arrears |
"""
contract("e04", "h986e04_hotel_group_managed_network_services.md", "en", "services",
         dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
              data_security_clause=False, buyer_owns_data=True, confidentiality=True,
              ld_rate_per_day_pct=2000 / 2440000 * 100, liability_cap_pct=150, prepayment_pct=None,
              acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
              post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
              subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2440000),
         ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], "high", prices=([64500 * 36, 118000], 2440000))

# ================================================================ e05 (.txt, upper-case headings, numbered clauses, data API subscription)
SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT

Agreement No. UCE-DS-CN-2027-031

THIS DATA SUBSCRIPTION AGREEMENT is made on 2 June 2027

BETWEEN

(1) Union County Energy Data, Inc., an Arkansas corporation whose principal office is at 105 South Washington Avenue, El Dorado, Arkansas 71730, United States ("Provider"); and

(2) Zhoushan Haiyuan Petrochemical Trading Co., Ltd., a company incorporated in the People's Republic of China whose registered office is at 18 Xincheng Avenue, Dinghai District, Zhoushan, Zhejiang Province ("Customer").

BACKGROUND

Provider collects and publishes daily price assessments, inventory estimates and refinery operating data for crude oil and refined products in the United States Gulf Coast and Mid-Continent markets. Customer trades crude oil and fuel oil and wishes to receive Provider's data through Provider's application programming interface for use in its trading and risk systems. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered, together with its documentation.

1.2 "Data" means the data sets listed in clause 2.1, including historical series and daily updates.

1.3 "Start Date" means the date of Onboarding Acceptance under clause 4.3.

1.4 "Subscription Year" means the one-year period beginning on the Start Date and the one-year period beginning on the first anniversary of the Start Date. "Subscription Term" means both Subscription Years together.

1.5 "Customer Data" means the watchlists, queries, saved models, user details and any position or portfolio files that Customer uploads to or creates in Provider's systems.

1.6 "Custom Connectors" means the data mappings and the connector to Customer's trading and risk management system that Provider develops for Customer under clause 4.1.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive and non-transferable licence to access the following Data through the API and to use it for Customer's internal business purposes: (a) daily price assessments for 46 crude grades and refined products; (b) weekly inventory estimates for the Gulf Coast and Mid-Continent regions; (c) refinery outage and operating rate data; and (d) historical series from January 2010.

2.2 Customer may use the Data in its internal systems and reports and may share extracts of limited size with its banks, auditors and regulators. Customer shall not resell the Data or make it available to third parties as a data feed.

2.3 Access is limited to 25 named users and to 200,000 API calls per day. Customer may add users at the rate in clause 5.4.

3. DATA DELIVERY

3.1 Provider will publish daily price assessments through the API by 18:00 Central Time on each US business day, and weekly and monthly data according to the publication calendar available to Customer on Provider's client portal.

3.2 Provider will use commercially reasonable efforts to keep the API available 24 hours a day, seven days a week, except for planned maintenance, which Provider will try to schedule outside Asian trading hours.

3.3 Provider's client support team answers questions and reports of problems by email and telephone during its business hours. Provider will use reasonable efforts to correct errors in the Data and problems with the API as soon as practicable after they are reported.

3.4 Provider may change the format or content of the Data or the API from time to time, provided that it gives Customer at least 60 days' notice of any change that removes a data set listed in clause 2.1 or breaks backward compatibility of the API.

4. ONBOARDING

4.1 Within 45 days after signature, Provider shall provide Customer with API credentials and a test environment, develop the Custom Connectors, load the historical series into Customer's system through the Custom Connectors and train Customer's users.

4.2 Customer shall provide Provider with reasonable access to its technical staff and with the documentation of its trading and risk management system.

4.3 Onboarding Acceptance takes place when Customer confirms in writing that: (a) all data sets in clause 2.1 can be retrieved through the API from Customer's network in Zhoushan; (b) the Custom Connectors load the daily price assessments into Customer's system correctly for ten consecutive US business days; (c) the historical series loaded into Customer's system reconcile with Provider's published values; and (d) the documentation of the Custom Connectors has been delivered. Customer shall confirm or list the criteria not met within five business days after Provider notifies Customer that onboarding is complete. Use of the Data during onboarding does not amount to acceptance.

5. FEES AND PAYMENT

5.1 The fees for the Subscription Term are: subscription fee for the first Subscription Year CNY 468,000; subscription fee for the second Subscription Year CNY 468,000; and one-time onboarding fee CNY 42,000. The total contract value is CNY 978,000, inclusive of VAT.

5.2 The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

5.3 Customer shall pay each invoice within 30 days after receipt, in CNY, to the bank account in the People's Republic of China stated on the invoice.

5.4 Additional named users are charged at CNY 9,600 per user per Subscription Year, pro rata for part of a year. Additional users are not included in the total contract value.

5.5 The fees are fixed for the Subscription Term.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data and the API to Customer under this Agreement, and shall not use it for any other purpose, in particular not to analyse Customer's trading positions or to create data products.

6.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access limited to Provider personnel who need it to support Customer, logging of all access, and annual independent penetration testing. Customer Data shall not be transferred to any third party.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall investigate and contain the incident at its own cost, and shall compensate Customer for losses caused by Provider's breach of this clause 6.

6.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a usable format and then delete it, and shall confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data, the API and all its methods of assessment. Nothing in this Agreement transfers those rights to Customer.

7.2 The Custom Connectors, including their source code and documentation, belong to Customer upon delivery. Customer may use, modify and license them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's confidential information, including the terms of this Agreement, Customer's trading interests and Provider's methods, and shall use it only for the purposes of this Agreement. This obligation continues for three years after the end of the Subscription Term.

9. LIMITATION OF LIABILITY

9.1 Provider does not warrant that the Data is complete or free of errors, and Customer is responsible for its trading decisions.

9.2 Neither party shall be liable for loss of profits, loss of trading opportunity or any indirect or consequential loss.

9.3 Each party's total liability arising out of or in connection with this Agreement shall not exceed 150% of the total contract value. This limit does not apply to Customer's obligation to pay the fees, to a breach of clause 6 or 8, or to fraud or wilful misconduct.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Provider shall not subcontract any of its obligations under this Agreement without Customer's prior written consent.

10.2 Neither party may assign this Agreement without the prior written consent of the other party.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any renewal shall be agreed by the parties in writing.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach of it and fails to remedy the breach within 30 days after receiving notice. If Customer terminates under this clause, Provider shall refund the subscription fee for the remainder of the current Subscription Year.

11.3 On expiry or termination, Customer shall stop using the API. Customer may keep Data received before that date in its internal records and reports.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in effect at the time of applying for arbitration. The arbitral award is final and binding upon both parties.

13. GENERAL

13.1 This Agreement is the entire agreement between the parties on its subject matter and replaces all earlier proposals. Amendments must be in writing and signed by both parties.

13.2 Notices shall be given in writing to the addresses above or to the email addresses of the contact persons that each party names in writing.

13.3 This Agreement is signed in two originals in English, one for each party.

SIGNED for and on behalf of Union County Energy Data, Inc.: ____________________

SIGNED for and on behalf of Zhoushan Haiyuan Petrochemical Trading Co., Ltd.: ____________________
"""
contract("e05", "h986e05_energy_price_data_api_subscription.txt", "en", "cloud",
         dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
              data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
              liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
              warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
              termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
              contract_kind="service"),
         dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=978000),
         ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high", prices=([468000, 468000, 42000], 978000))

# ================================================================ build and checks
ORDER = ["z01", "z02", "z03", "z04", "z05", "e01", "e02", "e03", "e04", "e05"]
RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}
THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    covered = set()
    for key in ORDER:
        m = META[key]
        name = m["file"]
        assert re.fullmatch(r"h986%s_[a-z0-9_]+\.(txt|md|docx|pdf)" % key, name), name
        parts, total = m["prices"]
        assert sum(parts) == total == m["extra"]["contract_value"], (key, sum(parts), total)
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            write({key: SRC[key]}, {key: (name, ext)}, OUT, wrap_words=True)
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
        text = readback(OUT / name)
        n = size(text, m["lang"])
        lo, hi = RANGES[m["lang"]]
        assert lo <= n <= hi, (key, n)
        m["size"] = n
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hit = THRESHOLD_RE.search(variant)
            assert not hit, (key, hit.group(0), variant[max(0, hit.start() - 40):hit.end() + 40])
        t = m["terms"]
        for k, v in THRESHOLD_VALUES.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        s = tco_share(m)
        m["tco_share"] = s
        if s is not None:
            assert abs(s - 40) > 2, (key, s)
        lab = label(m)
        assert lab["expected_rules"] == m["design"], (key, lab["expected_rules"], m["design"])
        assert risk_of(lab["expected_rules"]) == m["risk"], (key, m["risk"])
        covered |= set(lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        print("  %s %s=%d rules=%s risk=%s tco=%s" % (key, "chars" if m["lang"] == "zh" else "words", n,
                                                        lab["expected_rules"], m["risk"],
                                                        None if s is None else round(s, 2)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    clean = [k for k in ORDER if not META[k]["design"]]
    assert sorted(k[0] for k in clean) == ["e", "z"], clean
    assert META["e01"]["design"] == ["CR-GOVERNING-LAW"] and META["e01"]["risk"] == "low"
    assert 8 <= len(META["z05"]["design"]) <= 10
    mid = [k for k in ORDER if k not in clean and k not in ("e01", "z05")]
    assert len(mid) == 6 and all(2 <= len(META[k]["design"]) <= 3 for k in mid), mid
    print("all checks passed")


if __name__ == "__main__":
    main()
