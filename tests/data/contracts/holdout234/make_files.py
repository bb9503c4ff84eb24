"""holdout234: ten ORDINARY draft contracts (5 zh, 5 en) and their hand labels, written from policy.md / API.md only.

Run with /work/main/.venv/bin/python make_files.py. Writes every contract file from the sources below (.md / .txt
directly, .docx / .pdf through ../word_pdf.py with wrap_words=True), asserts price and payment sums, re-applies the
policy rules to the hand labels and checks them against the plan, writes the .json labels, reads every built file back
(python-docx paragraphs + tables, pypdf) and fails if a threshold value appears or a labelled figure is missing.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ---- threshold scan (policy §3 / §4): no figure may sit on one, in any form ----
ZN = "零一二两三四五六七八九十百千万"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",  # availability 99.9
    r"(?<![\d.])4(?:\.0+)?\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"(?<![" + ZN + r"])四个?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0?\.050*\s*%", r"万分之五(?![十])", r"\b(?:zero point zero five|0\.05 per ?cent)",  # LD 0.05 %/day
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之(?:一)?百(?![分零一二三四五六七八九])", r"one hundred per ?cent", r"(?<![\d.])100 per ?cent",  # cap 100 %
    r"(?<![\d.])30(?:\.0+)?\s*%", r"(?<![" + ZN + r"])百分之三十(?![一二三四五六七八九点])", r"\bthirty per ?cent", r"(?<![\d.])30 per ?cent",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"\bfifteen per ?cent", r"(?<![\d.])15 per ?cent",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"\bforty per ?cent", r"(?<![\d.])40 per ?cent",
    r"(?<![\d.年])12\s*(?:个)?(?:月|months?)", r"(?<![" + ZN + r"])十二个月", r"(?<![" + ZN + r"\d])一年(?!级)", r"(?<![\d.])1\s*年",
    r"\btwelve[\s-]*(?:\(12\)\s*)?months?", r"\bone[\s-]year\b", r"(?<![\d.])1[\s-]year\b", r"\b12-month",
    r"(?<![\d.])5\s*(?:年|years?)", r"(?<![" + ZN + r"])五年", r"\bfive[\s-]years?\b", r"(?<![\d.])60\s*(?:个)?(?:月|months?)",  # TCO horizon
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]


def threshold_hits(text):
    return [m.group(0) for r in THRESHOLD_RE for m in r.finditer(text)]


def selftest():
    bad = ["可用率99.9%", "99.90 %", "4小时内响应", "四小时", "within 4 hours", "four hours", "0.05%", "万分之五",
           "100%", "百分之百", "30%", "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "forty percent",
           "12个月", "十二个月", "质保一年", "twelve months", "one year", "a 12-month term", "5年", "five years", "60 months"]
    good = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.08%", "万分之三", "130%", "150%", "230%", "0.30",
            "115%", "18个月", "二十四个月", "一年级", "每年", "24 months", "99.98%", "1,500", "3,000,000", "14%", "万分之五十"]
    for s in bad:
        assert threshold_hits(s), s
    for s in good:
        assert not threshold_hits(s), (s, threshold_hits(s))


# ---- the rules of policy §3, re-applied to the hand labels ----
def apply_rules(lab, fee_base=None, forum_abroad=False):
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
            r.add("CR-SLA-RESPONSE")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
            fees = t["post_warranty_fee_pct"] / 100 * fee_base * years
            if fees / (x["contract_value"] + fees) > 0.40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_abroad:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def tco(lab, fee_base):
    t, x = lab["expected_terms"], lab["expected_extra"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * fee_base * years
    return x["contract_value"] + fees, fees / (x["contract_value"] + fees) * 100


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def label(file, lang, category, terms, extra, rules):
    assert list(terms) == TERM_KEYS, file
    ek = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if terms["contract_kind"] == "goods_or_licence"
                                        else []) + ["acceptance_deemed_on_delivery", "contract_value"]
    assert list(extra) == ek, file
    return {"file": file, "language": lang, "category": category, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(rules)}


CONTRACTS = {}  # key -> dict(name, fmt, lang, src, label, plan, prices, pays, figures, fee_base, forum_abroad)

# ================= h234z01: 应急管理厅 指挥调度平台 (docx, compliant) =================
H234Z01 = """T:省应急指挥调度平台建设项目采购合同
P:合同编号：YJT-ZFCG-2027-018　　采购方式：公开招标　　招标编号：SCG-2027-0413
P:采购人（甲方）：某省应急管理厅　　地址：省城青年路166号
P:供应商（乙方）：北辰应急科技股份有限公司　　地址：高新区科研路29号
P:鉴于甲方就“省应急指挥调度平台建设项目”依法组织公开招标，乙方为经评审确定的中标供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件及乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目范围
P:1.1 乙方负责提供应急指挥调度平台软件许可、融合通信网关及配套硬件，完成“指挥一张图”、预案数字化、值班值守、视频会商等定制开发，并完成与省、市、县三级应急平台及气象、水利、自然资源部门系统的对接、部署、联调和培训。
P:1.2 具体功能与性能要求以招标文件第五章《采购需求》及乙方投标文件的技术响应为准，两者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰玖拾捌万元整（¥2,980,000），为固定总价，已包含软件许可、硬件设备、定制开发、运输、安装、集成、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|应急指挥调度平台软件许可（省级主节点及16个地市节点，永久许可）|1,386,000
TB:2|融合通信网关、调度台及视频会商终端等硬件|624,000
TB:3|软硬件小计|2,010,000
TB:4|定制开发（指挥一张图、预案数字化、值班值守、三级联动接口）|738,000
TB:5|部署实施与系统集成|196,000
TB:6|用户培训（管理员及值班人员）|36,000
TB:7|合同总价|2,980,000
P:2.2 除甲方书面确认的需求变更外，甲方不再支付本合同价款以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥596,000。
P:3.2 系统部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,341,000。
P:3.3 系统试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥1,043,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款须遵守财政国库集中支付的相关规定。
H:第四条 交付与实施进度
P:4.1 乙方应在合同签订后90日内完成全部硬件到货、平台部署和定制功能开发，具备初步验收条件。
P:4.2 乙方应派驻项目经理一名及不少于六名实施工程师，项目经理未经甲方书面同意不得更换。
P:4.3 到货时甲方仅核对设备型号与数量，签收不代表质量合格，也不构成验收。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件列明的功能点逐项测试通过；（二）平台在500个并发用户下，页面平均响应时间不超过2秒；（三）与三级应急平台及各部门系统接口联调通过，数据一致；（四）第三方机构出具的安全测评报告无高危问题。
P:5.2 初步验收通过后进入试运行，试运行期为90日。试运行期间累计无一级故障、值班值守与视频会商连续稳定运行的，乙方可申请最终验收。最终验收由甲方组织专家按照招标文件、投标文件及本合同约定进行，并出具书面验收报告。
P:5.3 验收不合格的，乙方应在15日内整改并重新申请验收。系统上线使用、试运行或甲方支付任何款项，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台核心服务（调度、会商、值班）年度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意，且不得安排在汛期及重大活动保障期间。
P:6.2 故障分级及响应：一级故障（平台整体不可用或调度通信中断）15分钟内响应，2小时内到达现场，6小时内恢复；二级故障（主要功能受影响）30分钟内响应，8小时内解决；三级故障（一般问题）2个工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时向甲方支付¥2,000；年度可用率每低于承诺值0.01个百分点，扣减¥3,000，从质量保证金或应付款项中扣除。
P:6.4 乙方提供7×24小时服务热线，并在每季度末提交运维报告。
H:第七条 质保与维保
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内软件升级、缺陷修复、硬件维修更换及现场服务均免费。
P:7.2 质保期满后，甲方如需继续购买维保服务，年度维保费不超过软硬件小计的8%，即每年不超过¥160,800；该价格在质保期满后连续两年内不得上调，后续服务另行签约。
H:第八条 数据安全
P:8.1 平台内全部业务数据、灾情信息、通讯录、视频资料及日志，均属于甲方所有。乙方仅为履行本合同目的使用，不得复制、留存或用于任何其他目的。
P:8.2 乙方应落实网络安全等级保护第三级要求：远程运维须经甲方审批并通过堡垒机进行，全程审计；生产数据不得带离甲方机房；测试使用脱敏数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对履约中知悉的应急预案、值班信息、通讯录、网络拓扑及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的全部成果（含源代码、接口程序、数据模型和技术文档）的知识产权归甲方所有，乙方应在最终验收时一并移交。甲方可自行或委托第三方修改、使用。
P:10.2 平台软件产品本身的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供产品不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 逾期超过60日或验收两次不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。
H:第十二条 分包
P:乙方不得将本项目转包或分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及澄清材料为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方两份，自双方盖章之日起生效。
P:15.3 项目管理：双方各指定一名项目联系人，乙方每周五向甲方提交项目周报，内容包括进度、问题、风险及下周计划；重大事项应当日书面报告。
P:15.4 通知与送达：本合同项下的通知以书面形式送达本合同首部所列地址，一方地址或联系人变更的，应提前五个工作日书面通知对方。
P:15.5 廉洁履约：乙方不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益，违反本款的，甲方有权解除合同并依法追究责任。
P:甲方（盖章）：某省应急管理厅　　　　乙方（盖章）：北辰应急科技股份有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:日期：2027年　月　日　　　　　　　　日期：2027年　月　日
"""
CONTRACTS["h234z01"] = dict(
    name="h234z01_emergency_dispatch_platform_gov_tender.docx", fmt="docx", lang="zh", src=H234Z01,
    prices=([1386000, 624000], 2010000, [2010000, 738000, 196000, 36000], 2980000),
    pays=[20, 45, 35], fee_base=2010000, forum_abroad=False,
    figures=["99.95%", "15分钟内响应", "千分之一", "20%", "三年", "8%", "¥2,980,000", "适用中华人民共和国法律"],
    plan=[],
    label=label("h234z01_emergency_dispatch_platform_gov_tender.docx", "zh", "software", dict(
        availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
        prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
        post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"), dict(
        sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=2980000), []))

# ================= h234z02: 锂电隔膜 测厚与缺陷检测 (pdf) =================
H234Z02 = """T:隔膜生产线在线测厚及表面缺陷检测系统采购合同
P:合同编号：XM-CG-2027-0562
P:甲方（买方）：江苏恒膜新能源材料有限公司　　地址：常州市武进区滨湖路8号
P:乙方（卖方）：苏州光测智能装备有限公司　　地址：苏州工业园区星湖街328号
P:甲方为其湿法隔膜三条生产线（L3、L4、L5）的质量管控升级，向乙方采购在线测厚仪、表面缺陷检测系统及配套软件，并委托乙方安装调试。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 标的及价格
P:1.1 本合同标的、数量与价格如下（人民币，含13%增值税）：
TB:序号|名称及规格|数量|单价（元）|金额（元）
TB:1|β射线在线测厚仪（扫描架、探头、测控柜，幅宽5.6米）|3套|486,000|1,458,000
TB:2|表面缺陷检测系统（线阵相机组、光源、图像处理工作站）|3套|392,000|1,176,000
TB:3|数据服务器及质量分析软件许可（永久许可）|1套|168,000|168,000
TB:4|设备及软件小计|||2,802,000
TB:5|安装调试及与MES系统对接|1项|118,000|118,000
TB:6|操作及维护培训|1项|20,000|20,000
TB:7|合同总价|||2,940,000
P:1.2 合同总价为人民币贰佰玖拾肆万元整（¥2,940,000），包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第二条 技术要求
P:2.1 测厚仪测量范围5至30微米，重复精度±0.1微米（2σ），扫描速度不低于300毫米/秒，横向分辨率不大于5毫米。
P:2.2 缺陷检测系统在线速度80米/分钟时，可识别0.2毫米及以上的孔洞、褶皱、黑点、划痕等缺陷，检出率不低于98%，误报率不高于每千米3次。
P:2.3 系统应按卷号自动生成厚度分布图和缺陷地图，通过接口实时上传至甲方MES系统，并支持按客户要求导出质量报告。
H:第三条 交货与安装
P:3.1 乙方应在合同生效后75日内将设备运抵甲方常州工厂，并在到货后30日内完成安装调试。安装须利用甲方安排的停线窗口，每条线停线时间不超过36小时。
P:3.2 设备到货时双方共同开箱清点，到货签收仅确认数量和外观，不视为质量验收。
P:3.3 乙方进场人员须遵守甲方洁净车间、动火及用电管理规定。
H:第四条 验收
P:4.1 验收标准：（一）用标准膜片校验，测厚仪重复精度满足第2.1条；（二）以甲方提供的缺陷样卷测试，检出率、误报率满足第2.2条；（三）与MES接口连续14天数据完整、无丢失；（四）三条线连续稳定运行30天，无一级故障。
P:4.2 上述条件全部满足后，双方签署最终验收报告。验收不合格的，乙方应在20日内整改后重新验收。设备投入生产使用不视为验收合格。
H:第五条 付款
P:5.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥294,000。
P:5.2 全部设备到货签收后，甲方支付合同总价的50%，即¥1,470,000。
P:5.3 最终验收合格后，甲方支付合同总价的35%，即¥1,029,000。
P:5.4 剩余5%即¥147,000作为质量保证金，质保期满且无未决质量问题后无息支付。
H:第六条 质保及售后服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障部件（β射线源、相机、光源等），并免费升级软件。
P:6.2 故障响应：一级故障（测厚或检测功能失效，影响生产线放行）1小时内远程响应，8小时内到达现场，24小时内恢复；二级故障（部分功能或精度异常）2小时内响应，48小时内解决。
P:6.3 乙方响应或到场超时的，每超时1小时向甲方支付¥1,500，可从质量保证金中扣除。
P:6.4 质保期满后，乙方继续提供维保服务（含定期校准、备件更换、射线源年检协助和软件升级），年度维保费按设备及软件小计的22%计取，即每年¥616,440，在质保期满后的三年半内保持不变。
H:第七条 数据安全
P:7.1 系统采集的厚度数据、缺陷图像、生产工艺参数及配方信息均属于甲方所有，乙方仅可为本合同目的使用，不得另作他用。
P:7.2 乙方远程维护须经甲方审批，通过甲方指定的VPN与堡垒机进行，操作留痕；不得将数据拷贝出厂；更换的存储介质交甲方处理。
P:7.3 因乙方原因导致数据泄露、损毁的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:第八条 知识产权
P:8.1 乙方为甲方定制的缺陷分类模型参数、MES接口程序及质量报表模板归甲方所有，甲方可自行修改使用。
P:8.2 设备内置软件及质量分析软件的知识产权属乙方，乙方授予甲方永久使用许可。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:9.2 设备经两次整改仍不能通过验收的，甲方有权退货并解除合同，乙方退还全部已付款项。
P:9.3 甲方逾期付款的，按同期贷款市场报价利率支付利息。
H:第十条 分包
P:乙方不得将安装调试工作分包；确需将起重吊装交由专业单位实施的，须事先取得甲方书面同意。
H:第十一条 合同解除
P:一方严重违约且经书面通知后15日内未纠正的，守约方有权解除本合同并要求赔偿损失。
H:第十二条 安全生产
P:乙方应对射线源的运输、安装和使用承担辐射安全责任，提供辐射安全许可证明，安装前协助甲方办理环评备案手续。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交常州仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、验收方案。
P:14.2 项目管理：乙方应指定一名项目负责人驻厂协调安装调试，每日与甲方设备部核对进度；甲方指定设备部经理作为联系人，负责停线窗口安排和现场协调。
P:14.3 备品备件：乙方应随设备提供易损件清单及两年用量的推荐备件，价格按投标报价执行；质保期满后，乙方保证至少八年内持续供应备件和射线源更换服务。
P:14.4 培训：乙方应对甲方操作人员、工艺工程师和设备维护人员分别进行培训，培训结束后进行考核，确保每条线至少有两名人员能独立完成日常校准、参数设置和常见故障处理。
P:14.5 变更：甲方需增加检测项目或调整接口内容的，双方应书面确认工作量和费用后实施；未经书面确认的变更，乙方不得据此要求增加费用或顺延工期。
P:14.6 通知：本合同项下的通知以书面形式发送至本合同首部地址或双方确认的电子邮箱，电子邮件发出之日视为送达。
P:14.7 不可抗力：因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延，但逾期后发生的不可抗力不免除责任。
P:14.8 文件交付：乙方应在最终验收前交付设备说明书、电气图纸、校准记录、软件操作手册及接口说明文档各两套，并提供电子版；文件不全的，甲方可暂缓签署验收报告。
P:14.9 合同文件：技术协议、设备清单、验收方案为本合同附件，与正文具有同等效力；正文与附件不一致的，以正文为准。
P:14.10 环境条件：甲方应保证安装位置的温度、湿度、振动和供电满足技术协议要求，并提供压缩空气和网络接入点；现场条件不满足的，乙方应书面提出，双方协商处理。
P:甲方：江苏恒膜新能源材料有限公司（盖章）　　乙方：苏州光测智能装备有限公司（盖章）
P:代表：__________　　代表：__________　　日期：2027年　月　日
"""
CONTRACTS["h234z02"] = dict(
    name="h234z02_separator_thickness_gauge_defect_inspection.pdf", fmt="pdf", lang="zh", src=H234Z02,
    prices=([1458000, 1176000, 168000], 2802000, [2802000, 118000, 20000], 2940000),
    pays=[10, 50, 35, 5], fee_base=2802000, forum_abroad=False,
    figures=["22%", "¥616,440", "十八个月", "1小时内远程响应", "万分之八", "10%", "¥2,940,000"],
    plan=["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    label=label("h234z02_separator_thickness_gauge_defect_inspection.pdf", "zh", "hardware", dict(
        availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
        prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
        post_warranty_fee_pct=22, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"), dict(
        sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=2940000),
        ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]))

# ================= h234z03: 烘焙连锁 订货与会员 SaaS + 实施 (md) =================
H234Z03 = """T:门店订货及会员营销云服务合同
P:合同编号：MB-SaaS-2027-031
P:甲方：成都麦香坊烘焙连锁管理有限公司（以下简称“甲方”），住所：成都市锦江区东大街218号
P:乙方：杭州云焙信息技术有限公司（以下简称“乙方”），住所：杭州市余杭区文一西路998号
P:甲方在川渝两地经营70家直营烘焙门店，拟统一门店订货、中央工厂配送和会员营销管理。乙方拥有“云焙”门店订货及会员营销SaaS平台。双方经协商一致，就甲方订阅该平台及乙方提供实施服务事宜订立本合同。
H:一、服务内容
P:（一）订阅服务：乙方通过互联网向甲方70家门店及总部提供云焙平台的订货、要货审批、中央工厂排产、配送、门店库存、会员积分、储值卡、优惠券及小程序商城等功能模块。
P:（二）实施服务：包括门店账号开通、商品及配方资料初始化、原会员系统约21万名会员及储值余额迁移、与甲方财务系统和收银系统的接口开发、小程序页面按甲方品牌形象定制，以及店长和总部人员培训。
P:（三）服务期：两年，自全部门店上线验收通过之日起计算。
H:二、费用
P:（一）费用明细如下：
TB:项目|计费方式|金额（元）
TB:门店订阅费|70店 × 3,600元/店/年 × 2年|504,000
TB:总部模块订阅费（中央工厂、会员营销）|86,000元/年 × 2年|172,000
TB:订阅费合计||676,000
TB:实施服务费（一次性）|固定价|148,000
TB:合同总价||824,000
P:（二）合同总价为人民币捌拾贰万肆仟元整（¥824,000）。新开门店按每店每年3,600元另行计费，不含在合同总价内。
H:三、付款方式
P:（一）甲方无需预付任何费用。
P:（二）实施服务费在全部门店上线验收通过后15个工作日内一次性支付。
P:（三）订阅费按季度结算，每季度结束后10个工作日内，乙方提交服务报告及发票，甲方核对无误后支付当季费用（每季度¥84,500）。
H:四、上线与验收
P:（一）乙方应在合同签订后60日内完成全部门店上线。
P:（二）上线验收标准：1. 70家门店全部完成订货及收银对接，连续7天订单无差错；2. 会员数量、积分和储值余额迁移前后逐户核对一致；3. 周末高峰时段3,000个并发订单下，下单响应时间不超过2秒；4. 财务接口连续两个结账周期数据一致。
P:（三）满足上述标准后双方签署验收确认单。门店实际使用或甲方支付季度费用，均不视为验收通过。
P:（四）乙方逾期完成上线的，每逾期一日向甲方支付违约金¥600。
H:五、服务水平
P:（一）平台月度可用率不低于99.5%（计划内维护除外，计划内维护应安排在凌晨1点至5点，并提前48小时通知）。
P:（二）故障分级：一级故障（门店无法下单或收银中断）30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障（一般咨询）一个工作日内答复。
P:（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的3%给予服务抵扣；一级故障响应每超时1小时，抵扣¥500。抵扣在下季度费用中扣除。
H:六、数据
P:（一）甲方及其会员在平台中产生的订单、会员资料、消费记录和储值数据归甲方所有。
P:（二）乙方有权对甲方的交易数据进行脱敏和汇总处理后，用于编制烘焙行业经营分析报告、训练销量预测模型及改进乙方产品，该项权利在合同终止后继续有效。
P:（三）数据安全：乙方平台通过网络安全等级保护第三级测评，数据在境内存储并加密传输，会员手机号等个人信息加密存储；乙方应建立访问控制和操作日志；发生数据泄露时，应在24小时内通知甲方并配合处置，因乙方原因造成损失的，由乙方赔偿。
P:（四）合同终止后30日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除平台中的甲方数据。
H:七、知识产权
P:（一）云焙平台及其标准功能的知识产权属乙方。
P:（二）乙方为甲方定制的小程序页面、品牌素材和接口程序归甲方所有，甲方可自行修改或交由第三方维护。
H:八、保密
P:双方对在合作中获悉的对方商业秘密，包括配方、供应商价格、会员信息、平台技术资料，负有保密义务，合同终止后三年内继续有效。
H:九、续期
P:服务期满前30日，任何一方未书面提出不续约的，本合同自动续期两年。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过原费用的8%，并提前30日书面通知甲方。
H:十、违约与责任
P:（一）任何一方违约，应赔偿对方因此遭受的实际损失。
P:（二）乙方在本合同项下的累计赔偿总额以合同总价的120%为限，但数据泄露及侵犯知识产权的赔偿不受此限。
H:十一、转委托
P:乙方不得将实施服务转委托第三方；确需由第三方完成部分接口开发的，须经甲方书面同意。
H:十二、合同解除
P:（一）一方严重违约，经另一方书面通知后15日内未纠正的，另一方有权解除合同。
P:（二）月度可用率连续三个月低于99%的，甲方可解除合同而不承担违约责任。
H:十三、法律适用及争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。
H:十四、其他
P:本合同一式两份，双方各执一份，自双方盖章之日起生效。
P:（二）项目组织：乙方应指派一名实施经理负责门店上线，按片区分三批推进，每批上线前完成店长培训和试订货演练；甲方指定运营部负责人作为项目联系人，负责门店协调和资料提供。
P:（三）门店变动：甲方关闭门店的，自关闭次月起停止计收该门店订阅费；甲方新开门店的，乙方应在接到通知后五个工作日内完成开通，费用按本合同第二条单价计算。
P:（四）培训与手册：乙方应提供门店操作手册、总部操作手册及培训视频，并在服务期内免费为甲方新入职店长提供线上培训，每季度不少于一次。
P:（五）功能更新：乙方对平台进行版本更新的，应提前五个工作日通知甲方，更新不得降低甲方已使用功能的水平；对门店操作有影响的，应同步更新操作手册。
P:（六）通知：本合同项下通知以书面或电子邮件形式发送至双方在本合同中确认的联系人，电子邮件发出后次一工作日视为送达。
P:（七）不可抗力：因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任；平台自身的软硬件故障不属于不可抗力。
P:（八）合同附件：《功能清单》《实施计划》《服务水平说明》为本合同附件，与本合同具有同等效力。
P:（九）接口维护：甲方更换收银系统或财务系统的，乙方应配合完成接口调整，工作量在二十人天以内的不另收费，超出部分由双方书面确认后按每人天1,800元结算。
P:（十）服务报告：乙方每季度提交服务报告，内容包括可用率统计、故障记录、处理时长、版本更新和服务抵扣计算，作为当季付款依据；甲方可在收到报告后五个工作日内提出异议。
P:（十一）门店支持：乙方提供门店营业时间内的在线客服，门店人员可通过电话、小程序或企业微信提交问题。
P:（十二）账号管理：甲方负责管理门店及总部账号，员工离职时应及时停用；乙方应提供账号权限配置功能，并按甲方要求导出账号清单供甲方核查。
P:（十三）发票：乙方按甲方要求开具增值税专用发票，发票信息有误的，乙方应在五个工作日内重新开具。
P:甲方（盖章）：成都麦香坊烘焙连锁管理有限公司　　乙方（盖章）：杭州云焙信息技术有限公司
P:签署日期：2027年　月　日
"""
CONTRACTS["h234z03"] = dict(
    name="h234z03_bakery_chain_ordering_membership_saas.md", fmt="md", lang="zh", src=H234Z03,
    prices=([504000, 172000], 676000, [676000, 148000], 824000),
    pays=None, fee_base=None, forum_abroad=False,
    figures=["99.5%", "30分钟内响应", "¥600", "120%", "上调", "脱敏", "¥824,000"],
    plan=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    label=label("h234z03_bakery_chain_ordering_membership_saas.md", "zh", "cloud", dict(
        availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=600 / 824000 * 100, liability_cap_pct=120,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="service"), dict(
        sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=824000),
        ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]))

# ================= h234z04: 公积金管理中心 网上服务平台运维 (txt) =================
H234Z04 = """T:住房公积金网上服务平台运行维护服务合同
P:项目编号：GJJ-CS-2027-007（竞争性磋商）
P:甲方（采购人）：某市住房公积金管理中心
P:乙方（成交供应商）：江城数智信息服务有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就住房公积金网上服务平台（含网上业务大厅、手机APP、微信公众号、小程序及综合服务平台接口）运行维护服务达成如下协议。
H:第一条 服务范围
P:1.1 驻场运维：乙方派驻3名运维工程师在甲方信息中心工作，工作日8:30至17:30在岗，节假日安排值班。
P:1.2 应用运维：平台日常巡检、性能监控、缺陷修复、小版本优化、与银行及不动产、税务、社保等部门接口的维护。
P:1.3 数据库运维：备份检查、恢复演练（每半年至少一次）、性能调优和存储容量管理。
P:1.4 安全运维：每月漏洞扫描、补丁管理、配合等级保护测评及网络安全应急演练。
P:1.5 服务期：2027年1月1日起至2027年12月31日止。
H:第二条 服务费用
P:2.1 本合同总价为人民币捌拾柒万伍仟元整（¥875,000），具体构成如下：
P:（1）驻场运维服务费：¥486,000；
P:（2）应用运维及缺陷修复费：¥212,000；
P:（3）安全巡检及应急保障费：¥93,000；
P:（4）数据库运维费：¥84,000。
P:2.2 上述费用为服务期内全部费用，包括人员、差旅、工具、税费等。
H:第三条 付款
P:3.1 本合同不设预付款。
P:3.2 服务费按季度支付。每季度结束后，甲方依据第六条进行季度考核，考核合格后15个工作日内支付当季服务费¥218,750；考核扣款从当季费用中扣除。
H:第四条 服务交接
P:4.1 乙方应在服务期开始前10日内完成与原运维单位的交接，包括账号权限、运维文档、监控配置及未结问题清单，交接完成后双方签署交接确认书。
P:4.2 乙方未按期完成交接或驻场人员未按时到岗的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
H:第五条 服务水平
P:5.1 故障分级：一级故障为平台整体不可用或核心业务（提取、缴存、贷款）无法办理；二级故障为部分功能异常；三级故障为一般问题。
P:5.2 响应要求：一级故障乙方响应时间不超过6小时，并在响应后8小时内恢复；二级故障8小时内响应，2个工作日内解决；三级故障3个工作日内解决。
P:5.3 乙方响应或恢复超时的，每超时1小时扣减服务费¥500；同一季度一级故障超过3次的，扣减当季服务费的5%。
P:5.4 乙方每月5日前提交上月运维报告，内容包括巡检记录、故障处理、变更记录及安全事件。
H:第六条 考核与验收
P:6.1 甲方每季度按照磋商文件附件《运维服务考核细则》对乙方进行考核，考核指标包括：人员到岗率、故障响应及时率、巡检完成率、备份成功率、安全漏洞整改率及用户满意度，考核得分低于80分的为不合格。
P:6.2 考核不合格的，当季服务费扣减10%，乙方应在15日内提交整改报告；连续两个季度不合格的，甲方有权解除合同。
P:6.3 服务期满，甲方组织终期验收，以各季度考核结果、运维文档移交完整性和平台运行状况为依据。
H:第七条 人员管理
P:7.1 驻场人员须具有两年以上同类平台运维经验，名单经甲方确认后不得随意更换；确需更换的，须提前10日书面申请并经甲方同意，替换人员资质不得低于原人员。
P:7.2 乙方人员应遵守甲方的考勤、保密及机房管理制度。
H:第八条 数据安全
P:8.1 平台中缴存职工个人信息、缴存、提取、贷款数据以及业务日志，均属于甲方所有，乙方仅为提供本合同运维服务使用，不得留存、复制或用于其他目的。
P:8.2 乙方运维操作须通过甲方堡垒机进行，实行最小权限和双人复核；严禁将生产数据导出至外部设备；测试环境只能使用脱敏数据。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方，并按甲方应急预案处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:第九条 保密
P:乙方及其人员对履约中接触的个人信息、业务数据、网络结构、系统口令等负有保密义务，不得向任何第三方披露，乙方人员须签署保密承诺书。本条在合同终止后长期有效。
H:第十条 知识产权
P:乙方在服务期内形成的运维文档、脚本、配置基线、优化代码及报告，其知识产权归甲方所有。
H:第十一条 分包
P:本项目不允许分包。
H:第十二条 合同解除
P:12.1 乙方严重违约，或出现第6.2条连续两个季度考核不合格情形的，甲方有权书面通知解除合同。
P:12.2 合同解除或期满时，乙方应配合甲方完成与后续运维单位的交接，交接期不少于15日，期间不得中断服务。
H:第十三条 期限
P:服务期满本合同自然终止，不自动续期。甲方如需续购，应依法另行组织采购。
H:第十四条 争议解决
P:因本合同发生争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同未尽事宜，依照磋商文件、响应文件及有关法律规定执行。本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。
P:15.2 服务文档：乙方应在服务期开始后20日内编制运维手册、应急预案和系统资产清单，并在服务期内持续更新，服务期满时完整移交甲方。
P:15.3 重要时段保障：在公积金年度结息、缴存基数调整、节假日前后等业务高峰期，乙方应增派工程师现场值守，并提前制订保障方案报甲方审定。
P:15.4 变更管理：乙方对生产环境的任何变更，须提前提交变更申请，说明变更内容、影响范围和回退方案，经甲方审批后在约定时间窗口实施，实施后提交变更报告。
P:15.5 应急演练：乙方每半年至少组织一次应急演练，演练场景包括数据库故障切换、网络中断和网站篡改处置，演练结束后提交总结报告及改进措施。
P:15.6 满意度调查：甲方每季度向业务处室和各管理部发放服务满意度问卷，调查结果计入季度考核，乙方应针对意见较多的事项提出改进计划。
P:15.7 廉洁条款：乙方不得向甲方工作人员提供任何形式的财物或不正当利益；违反的，甲方有权解除合同，并将有关情况报告财政部门。
P:15.8 通知：本合同项下通知以书面形式送达双方在合同中确认的地址或联系人，一方变更联系方式的，应及时书面告知对方。
P:15.9 工作交接：服务期内乙方驻场人员发生变动的，应提前完成工作交接，交接清单经甲方确认；因人员变动造成服务质量下降的，按第六条考核处理。
P:15.10 配合义务：甲方负责提供运维所需的办公场所、网络接入、堡垒机账号和必要的系统资料，并协调银行、税务等外部单位配合乙方开展接口排查。
P:15.11 合同文件：磋商文件、响应文件、成交通知书及《运维服务考核细则》为本合同组成部分，与本合同正文具有同等效力。
P:15.12 工具与软件：乙方使用的监控、扫描和运维工具须为正版软件，并在使用前报甲方备案；工具在甲方网络中部署的，服务期满后由乙方负责卸载并清除相关账号。
P:15.13 考勤记录：驻场人员的考勤以甲方门禁记录为准，每月随运维报告一并提交，人员缺勤的，乙方应安排同等资质人员顶岗，否则按考核细则扣分。
P:15.14 用户支持：乙方应协助甲方12329热线及各管理部处理网上业务相关的咨询和投诉，在接到转办工单后两个工作日内反馈处理结果。
P:甲方（章）：某市住房公积金管理中心　　　　乙方（章）：江城数智信息服务有限公司
P:负责人：__________　　　　　　　　　　　法定代表人：__________
P:日期：2027年　月　日
"""
CONTRACTS["h234z04"] = dict(
    name="h234z04_housing_fund_online_platform_om.txt", fmt="txt", lang="zh", src=H234Z04,
    prices=([486000, 212000, 93000, 84000], 875000, [875000], 875000),
    pays=None, fee_base=None, forum_abroad=False,
    figures=["不超过6小时", "万分之二", "¥500", "¥875,000", "不设预付款"],
    plan=["CR-LD-LOW", "CR-SLA-RESPONSE"],
    label=label("h234z04_housing_fund_online_platform_om.txt", "zh", "services", dict(
        availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=None,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law=None, contract_kind="service"), dict(
        sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=875000),
        ["CR-LD-LOW", "CR-SLA-RESPONSE"]))

# ================= h234z05: 酱油酿造企业 ERP 许可 + 定制开发 (乙方模板, md) =================
H234Z05 = """T:禾信ERP软件许可及实施服务合同（标准文本 HX-2027版）
P:合同编号：HX-XS-2027-1186
P:甲方（用户方）：佛山海天源酱油酿造有限公司
P:乙方（服务方）：广州禾信软件股份有限公司
P:说明：本合同为乙方标准合同文本，经双方确认后签署。甲方为酱油、蚝油及调味品生产企业，拟采用乙方禾信ERP系统，并要求乙方按其酿造工艺进行定制开发。
H:第1条 定义
P:1.1 “标准产品”指乙方禾信ERP V9财务、供应链、生产制造、质量管理模块。
P:1.2 “定制开发成果”指乙方按甲方需求开发的酿造批次追溯、发酵罐温度及盐度数据接口、经销商返利及渠道费用管理等功能，以及相关源代码、文档。
P:1.3 “上线”指系统在甲方生产环境中开始处理业务数据。
H:第2条 合同金额
P:2.1 本合同总金额为人民币贰佰叁拾万元整（¥2,300,000），明细如下：
TB:项目|内容|金额（元）
TB:标准产品许可|禾信ERP V9，180个并发用户，永久许可|1,160,000
TB:定制开发|批次追溯、发酵罐接口、经销商返利|840,000
TB:实施服务|蓝图设计、系统配置、数据迁移、上线支持|260,000
TB:培训|关键用户及最终用户培训|40,000
TB:合计||2,300,000
P:2.2 因甲方需求变更产生的工作量，按每人天2,800元另行结算。
H:第3条 付款方式
P:3.1 合同签订后7个工作日内，甲方支付合同总金额的50%，即¥1,150,000。
P:3.2 系统上线后7个工作日内，甲方支付合同总金额的38%，即¥874,000。
P:3.3 系统上线运行满三个月后，甲方支付剩余12%，即¥276,000。
P:3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。
H:第4条 实施与交付
P:4.1 乙方计划在合同签订后150日内完成系统上线，具体进度以双方确认的项目计划为准。
P:4.2 甲方应提供实施所需的场地、人员和基础数据，因甲方原因造成延误的，工期相应顺延。
P:4.3 乙方可根据项目需要，将部分实施、接口开发或数据迁移工作分包给乙方认证的合作伙伴，并通知甲方，乙方对合作伙伴的工作承担管理责任。
H:第5条 验收
P:系统上线后，即视为甲方对标准产品、定制开发成果及实施服务验收合格。甲方在上线后提出的问题，作为维护服务处理。
H:第6条 免费维护
P:6.1 乙方自系统上线之日起提供六个月免费维护，内容包括远程技术支持和缺陷修复，不含新增功能及现场服务。
P:6.2 故障响应：一级故障（系统无法登录或核心业务中断）乙方在接到报告后8小时内响应；二级故障2个工作日内响应；三级故障5个工作日内响应。
P:6.3 上述响应时间为乙方的服务目标，乙方未能达到的，不承担扣款、赔偿或违约责任。
H:第7条 后续维护
P:免费维护期满后，甲方如需继续获得升级和技术支持，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。
H:第8条 知识产权
P:8.1 标准产品的知识产权归乙方所有。
P:8.2 定制开发成果的知识产权（含源代码）归乙方所有，乙方授予甲方在本企业内部非独占、不可转让的使用权，甲方不得自行或委托第三方修改、反编译或向第三方提供。
H:第9条 数据
P:9.1 甲方业务数据归甲方所有。乙方在实施和维护中接触甲方数据的，应采取必要的技术和管理措施，包括账号权限控制、传输加密和操作日志，防止数据泄露、丢失；因乙方过错造成数据泄露的，乙方按本合同第11条承担责任。
P:9.2 甲方同意，乙方可对甲方业务数据进行脱敏处理后，用于乙方产品改进、调味品行业解决方案和行业分析模型的开发。
H:第10条 保密
P:双方对因本合同获悉的对方技术秘密和经营信息负有保密义务，保密期限为合同终止后两年。
H:第11条 违约责任
P:11.1 因乙方原因导致系统上线延误的，每延误一日，乙方按合同总金额的万分之三向甲方支付违约金，违约金总额不超过合同总金额的3%。
P:11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总金额的20%，且不承担任何间接损失、利润损失或数据损失。
H:第12条 合同解除
P:任何一方严重违约，经对方书面催告后30日内仍未改正的，守约方可以解除合同。
H:第13条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。
H:第14条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，由乙方所在地人民法院管辖。
H:第15条 其他
P:15.1 本合同附件包括：报价单、实施工作说明书、定制需求清单。
P:15.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:15.3 项目组织：乙方委派项目经理一名，负责实施计划、资源安排和问题协调；甲方应指定项目负责人及各业务模块关键用户，按计划参与蓝图设计、测试和培训。
P:15.4 蓝图设计：乙方应在实施开始后30日内完成业务蓝图，内容包括财务、采购、销售、生产、仓储和质量流程；甲方应在收到蓝图后五个工作日内书面确认，逾期未确认的，乙方可按蓝图继续实施。
P:15.5 数据迁移：甲方负责整理物料、客户、供应商、期初库存及期初余额等基础数据，乙方提供模板并完成导入；因甲方数据错误引起的问题，由甲方负责修正。
P:15.6 培训：乙方提供关键用户培训及最终用户培训，培训时间和人数以实施工作说明书为准，超出部分按第2.2条另行计费。
P:15.7 硬件环境：运行本系统所需的服务器、数据库、网络及操作系统由甲方自行采购和维护，乙方提供配置建议。
P:15.8 通知：双方往来通知以书面或电子邮件形式发送至本合同确认的联系人，发出后次一工作日视为送达。
P:15.9 不可抗力：因不可抗力不能履行合同的，受影响方应在五日内通知对方并提供证明，双方协商是否继续履行。
P:15.10 需求变更：甲方在蓝图确认后提出的新增需求或流程调整，视为需求变更，乙方评估工作量并报价，经甲方确认后实施，工期相应顺延。
P:15.11 甲方责任：甲方应保证提供的业务资料真实、完整，并按时组织测试和培训；甲方人员不配合导致进度延误的，乙方不承担责任。
P:15.12 系统环境：甲方应按乙方建议配置服务器和网络，因甲方环境不符合要求造成的性能问题，不属于乙方责任范围。
P:15.13 版本说明：乙方发布标准产品新版本的，甲方可在签订维护协议后获得升级，定制开发部分的升级适配另行报价。
P:15.14 上线准备：系统上线前，乙方应组织上线演练，检查期初数据、权限设置及打印格式；甲方应在上线前完成库存盘点并冻结旧系统的业务录入。
P:15.15 旧系统：甲方原有财务软件及进销存系统的数据保留和停用安排由甲方决定，乙方可提供历史数据查询方案，费用另行协商。
P:15.16 沟通机制：双方每两周召开一次项目例会，形成会议纪要，经双方项目负责人确认后作为项目文件存档。
P:15.17 发票：乙方在每次收款前向甲方开具相应金额的增值税专用发票。
P:甲方（盖章）：佛山海天源酱油酿造有限公司　　乙方（盖章）：广州禾信软件股份有限公司
P:授权代表：__________　　授权代表：__________
P:日期：2027年　月　日
"""
CONTRACTS["h234z05"] = dict(
    name="h234z05_soy_sauce_brewer_erp_supplier_template.md", fmt="md", lang="zh", src=H234Z05,
    prices=([1160000], 1160000, [1160000, 840000, 260000, 40000], 2300000),
    pays=[50, 38, 12], fee_base=1160000, forum_abroad=False,
    figures=["50%", "即视为甲方", "六个月", "8小时内响应", "万分之三", "20%", "届时公布的服务价格标准",
             "通知甲方", "脱敏", "¥2,300,000"],
    plan=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
          "CR-WARRANTY"],
    label=label("h234z05_soy_sauce_brewer_erp_supplier_template.md", "zh", "software", dict(
        availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
        buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.03, liability_cap_pct=20,
        prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=True, governing_law="PRC", contract_kind="goods_or_licence"), dict(
        sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
        contract_value=2300000),
        ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
         "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
         "CR-WARRANTY"]))

# ================= h234e01: necktie maker, jacquard design software perpetual licences (pdf) =================
H234E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TS-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Tessitura Digitale Murano S.r.l., a company organised under the laws of Italy, with its registered office at Fondamenta dei Vetrai 42, Isola di Murano, 30141 Venezia, Italy (the "Licensor"); and
P:(2) Zhejiang Silkroute Necktie Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at 88 Lingdai Road, Shengzhou, Zhejiang Province (the "Licensee").
P:Background. The Licensee designs and weaves silk and polyester neckties on electronic jacquard looms. The Licensor publishes the TessiCAD software for jacquard pattern design, colour reduction, weave simulation and loom file output. The Licensee wishes to acquire perpetual licences of TessiCAD for its design studio and weaving workshop and to obtain installation, configuration and training services from the Licensor on the terms below.
H:1. Definitions
P:1.1 "Software" means TessiCAD version 11 and the Weave Simulation module in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Loom Library" means the loom profiles, yarn tables, weave structures and card templates configured by the Licensor for the Licensee's own looms and products.
P:1.3 "Acceptance" means the signature by both parties of the acceptance certificate under Clause 5.
P:1.4 "Licensee Data" means the Licensee's pattern files, colour archives, customer artwork, order information and any other data that the Licensee loads into or creates with the Software.
H:2. Licence
P:2.1 The Licensor grants the Licensee a non-exclusive, perpetual, non-transferable licence to install and use the Software on the number of seats shown in Clause 3 at its premises in Shengzhou for its own business.
P:2.2 The Licensee may make backup copies and may move a seat to replacement hardware by notice to the Licensor. Any further seats may be ordered at the unit prices of Clause 3 for two years from the date of this Agreement.
H:3. Fees
P:3.1 At the Licensee's request all fees are stated and payable in Chinese Renminbi (CNY). The fees are fixed and include all taxes and the Licensor's travel costs:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:TessiCAD design seat, perpetual licence|14|58,000|812,000
TB:Weave Simulation module, perpetual licence|6|24,000|144,000
TB:Licence subtotal|||956,000
TB:Installation and Loom Library configuration|1||118,000
TB:Training of designers and loom technicians|1||46,000
TB:Total Contract Price|||1,120,000
P:3.2 The Total Contract Price is CNY 1,120,000 (one million one hundred and twenty thousand Renminbi).
H:4. Payment
P:4.1 The Licensee shall pay (a) 20% of the Total Contract Price (CNY 224,000) within 15 days after signature of this Agreement; (b) 45% (CNY 504,000) within 15 days after installation of all seats; and (c) 35% (CNY 392,000) within 15 days after Acceptance.
P:4.2 Payment is made by bank transfer against a valid invoice. Installation of the seats is not acceptance of the Software.
H:5. Delivery, Installation and Acceptance
P:5.1 The Licensor shall install all seats and configure the Loom Library within 60 days after signature of this Agreement.
P:5.2 Acceptance tests are carried out on the Licensee's premises and shall show that: (a) all 20 licensed seats and modules start and run without error; (b) fifty reference designs supplied by the Licensee are converted to loom files that weave correctly on each of the Licensee's nine jacquard looms; (c) colour reduction of a 24-colour design completes in less than 90 seconds on the agreed workstation; and (d) the weave simulation of the reference designs is confirmed by the Licensee's chief designer.
P:5.3 If the tests are passed, both parties sign the acceptance certificate within five working days. If a test fails, the Licensor shall correct the defect and repeat the test within 15 days. Productive use of the Software before the certificate is signed does not constitute Acceptance.
P:5.4 If the Licensor fails to complete installation and configuration by the date in Clause 5.1, it shall pay the Licensee delay damages of 0.1% of the Total Contract Price for each day of delay, up to a maximum of 10% of the Total Contract Price.
H:6. Warranty
P:6.1 The Licensor warrants that the Software will perform substantially in accordance with its documentation for a period of ninety (90) days from Acceptance. During this period the Licensor shall correct reported defects free of charge.
P:6.2 The warranty does not cover defects caused by hardware failure, by changes made by the Licensee or by use contrary to the documentation.
H:7. Support and Maintenance
P:7.1 After the warranty period the Licensee may purchase support and maintenance, which includes new versions, corrections, hotline assistance and remote support.
P:7.2 The support fee is 11% of the Licence subtotal per year, i.e. CNY 105,160 per year, and the Licensor shall not increase it for the first three years of support. Support is ordered each year by purchase order and does not renew automatically.
P:7.3 Severity levels. Severity 1 means that no design seat can produce loom files. The Licensor shall respond to a Severity 1 incident within 2 hours during the Licensee's working hours (08:00 to 20:00 China time, Monday to Saturday) and provide a workaround within one working day. Severity 2 incidents are answered within one working day and Severity 3 incidents within three working days.
P:7.4 If the Licensor misses the Severity 1 response time, it shall credit the Licensee CNY 800 for each hour of delay against the next support invoice or, during the warranty, against any amount due.
H:8. Intellectual Property
P:8.1 The Licensor retains all rights in the Software.
P:8.2 The Loom Library, the card templates and any other deliverable prepared specifically for the Licensee belong to the Licensee, which may use, modify and license them freely, including for use with other software.
P:8.3 The Licensor shall defend the Licensee against any claim that the Software infringes a third-party right and shall pay any damages awarded.
H:9. Licensee Data and Data Security
P:9.1 Licensee Data belongs to the Licensee. The Licensor shall use Licensee Data only to perform this Agreement and shall not keep copies after the relevant service is completed.
P:9.2 Remote access by the Licensor requires the Licensee's approval for each session and takes place through the Licensee's VPN with multi-factor authentication. Licensee Data shall not be transferred outside the People's Republic of China. The Licensor shall apply access control, encryption of transferred files and logging of all support sessions.
P:9.3 The Licensor shall notify the Licensee within 24 hours of becoming aware of any unauthorised access to Licensee Data, cooperate in its investigation and bear the loss caused by a security incident for which it is responsible.
H:10. Confidentiality
P:10.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. The Licensee's designs, customer artwork and order information are always confidential information.
P:10.2 This obligation continues for three years after the end of this Agreement.
H:11. Liability
P:11.1 Neither party is liable for loss of profit or indirect damage, except in case of wilful misconduct or gross negligence.
P:11.2 The Licensor's total liability under or in connection with this Agreement shall not exceed CNY 560,000.
H:12. Subcontracting
P:The Licensor shall not subcontract any part of the services without the Licensee's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:13.2 Termination does not affect perpetual licences that have been paid for.
H:14. Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Italy.
P:14.2 The Court of Venice (Tribunale di Venezia) has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:15. General
P:15.1 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
P:15.2 Notices shall be given in writing in English or Chinese to the addresses above.
P:15.3 This Agreement is signed in two English originals; a Chinese translation may be made for the Licensee's internal use.
P:15.4 Project management. Each party appoints a project manager. The Licensor's project manager reports progress to the Licensee every week during installation and configuration, in writing and in English or Chinese, and raises any risk to the timetable without delay.
P:15.5 Hardware. The Licensee supplies the design workstations and the server according to the minimum configuration in the Licensor's offer. The Licensor checks the workstations before installation and tells the Licensee in writing of any shortfall.
P:15.6 Force majeure. Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:15.7 Invoices. The Licensor issues its invoices in CNY in the name of the Licensee, showing the Agreement number, and the Licensee pays to the bank account stated in the invoice.
P:15.8 Assignment. Neither party may assign this Agreement without the written consent of the other party.
P:Signed for the Licensor: ____________________ Name and title: ____________________
P:Signed for the Licensee: ____________________ Name and title: ____________________
P:Date: ____________________
"""
CONTRACTS["h234e01"] = dict(
    name="h234e01_necktie_jacquard_design_licences_italian_vendor.pdf", fmt="pdf", lang="en", src=H234E01,
    prices=([812000, 144000], 956000, [956000, 118000, 46000], 1120000),
    pays=[20, 45, 35], fee_base=956000, forum_abroad=True,
    figures=["ninety (90) days", "CNY 560,000", "laws of Italy", "Court of Venice", "11%", "CNY 105,160",
             "0.1%", "within 2 hours", "CNY 1,120,000"],
    plan=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-WARRANTY"],
    label=label("h234e01_necktie_jacquard_design_licences_italian_vendor.pdf", "en", "software", dict(
        availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=560000 / 1120000 * 100,
        prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=3,
        post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="Italy", contract_kind="goods_or_licence"), dict(
        sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=1120000),
        ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-WARRANTY"]))

# ================= h234e02: Li River cruise operator, ticketing SaaS, Order Form + General Terms (txt) =================
H234E02 = """T:ORDER FORM No. HT-2027-0917
P:Vendor: Halligtix GmbH, Hanswarft 3, 25863 Insel Langeness, Germany ("Halligtix")
P:Customer: Guilin Lijiang Jingyun Cruise Co., Ltd., 12 Binjiang Road, Xiufeng District, Guilin, Guangxi, China ("Customer")
P:This Order Form is entered into under, and incorporates, the Halligtix General Terms for Online Services (version 2027-03) printed below it (the "General Terms"). Where this Order Form and the General Terms differ, this Order Form prevails.
H:A. Order Details
P:A.1 Service: Halligtix Ticketing Cloud, Professional edition, covering online and counter sales of cruise tickets for the Guilin to Yangshuo route, seat and deck allocation, real-name passenger registration, QR boarding passes, agent and tour-operator portals, dynamic pricing rules and the reporting suite.
P:A.2 Scope: 9 vessels, 2 piers (Mopanshan and Zhujiang), 40 counter and gate devices, up to 6,000 passengers per day.
P:A.3 Subscription Term: 36 months from the Subscription Start Date, which is the date of Go-Live Acceptance under Section 4 of the General Terms.
P:A.4 Fees. At Customer's request all fees are quoted and invoiced in Chinese Renminbi (CNY):
TB:Item|Basis|Amount (CNY)
TB:Subscription fee, contract year 1|fixed|268,000
TB:Subscription fee, contract year 2|fixed|268,000
TB:Subscription fee, contract year 3|fixed|268,000
TB:Onboarding (configuration, OTA connectors, data import, training)|one-time|74,000
TB:Total Order Value||878,000
P:A.5 Invoicing. Halligtix invoices the subscription fee for contract year 1 together with the onboarding fee (CNY 342,000 in total) upon signature of this Order Form; that invoice is payable within 20 days, and in any case before the Subscription Start Date. The fees for contract years 2 and 3 are invoiced at the start of each contract year and are payable within 30 days.
P:A.6 Transaction charges of payment providers (WeChat Pay, Alipay, UnionPay) are paid by Customer directly to those providers and are not part of this Order Form.
P:A.7 Go-Live target date: 75 days after signature of this Order Form, before the summer high season.
P:Signed for Halligtix GmbH: ____________________ Date: __________
P:Signed for Customer: ____________________ Date: __________
H:B. General Terms for Online Services
H:1. Definitions
P:1.1 "Service" means the online service ordered in an Order Form, as hosted and operated by Halligtix and its hosting providers.
P:1.2 "Customer Data" means passenger details, bookings, payment references, agent records and all other data that Customer or its passengers enter into the Service.
P:1.3 "Customisations" means the booking widgets, ticket layouts, report templates and connectors that Halligtix builds for Customer under an Order Form.
H:2. The Service
P:2.1 Halligtix provides the Service to Customer during the Subscription Term in accordance with the documentation. The Service is hosted in a data centre in mainland China through a local hosting partner named in the documentation.
P:2.2 Customer may allow its employees, pier staff and appointed ticket agents to use the Service. Customer is responsible for the accounts it creates.
P:2.3 Halligtix may update the Service from time to time, provided that the functions ordered are not materially reduced.
H:3. Onboarding
P:3.1 Halligtix will configure the Service for the vessels, routes and fare rules in the Order Form, connect the online travel agencies listed in the project plan, import the existing agent list and future bookings, and train Customer's key users.
P:3.2 Customer will provide route data, fare rules, vessel plans and a project contact, and will answer questions within three working days.
H:4. Go-Live Acceptance
P:4.1 Before Go-Live, the parties run an acceptance test in a staging environment using test scripts agreed in the project plan. The test is passed when: (a) a full sailing day of at least 6,000 test tickets is sold across online, counter and agent channels without any lost or duplicated booking; (b) boarding passes scan at all gate devices in under one second; (c) daily sales reports reconcile with payment provider statements to the cent; and (d) all listed OTA connectors confirm bookings in both directions.
P:4.2 When the test is passed, the parties sign a Go-Live Acceptance certificate. Use of the Service for live sales before signature does not count as acceptance.
P:4.3 If Go-Live Acceptance is not achieved by the Go-Live target date for reasons attributable to Halligtix, Halligtix pays Customer CNY 700 for each day of delay, up to CNY 35,000 in total.
H:5. Service Levels
P:5.1 Availability. Halligtix makes the Service available 99.95% of the time in each calendar month, measured at the edge of its hosting network and excluding announced maintenance of no more than 6 hours per month between 00:30 and 05:30 China time.
P:5.2 Support. Severity 1 (ticket sales or boarding impossible at a pier) is answered within 30 minutes at any time and worked on continuously until service is restored. Severity 2 (a channel or function impaired) is answered within 2 hours during support hours. Severity 3 is answered within two working days.
P:5.3 Service credits. If monthly availability falls below the commitment, Customer receives a credit of 5% of the monthly share of the subscription fee for each started 0.1 percentage point below it, up to half of that monthly share. For each hour by which the Severity 1 answer time is missed, Customer receives a credit of CNY 600. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.
H:6. Customer Data
P:6.1 Customer Data remains the property of Customer. Halligtix uses Customer Data only to provide the Service to Customer and for no other purpose.
P:6.2 At the end of the Subscription Term Halligtix makes an export of Customer Data available in CSV format for 30 days and then deletes it from the Service.
H:7. Customisations and Intellectual Property
P:7.1 Halligtix and its licensors own the Service and all software used to provide it.
P:7.2 Customisations made for Customer belong to Customer. Halligtix delivers them with their source files, and Customer may use, modify and license them freely, also with another ticketing provider.
H:8. Confidentiality
P:8.1 Each party keeps confidential all non-public information of the other party that it receives under the Order Form, and uses it only for that purpose.
P:8.2 This Section continues for three years after the end of the Subscription Term.
H:9. Personnel and Subcontractors
P:9.1 Halligtix may use its hosting partner named in the documentation. Any other subcontractor for the Service or the onboarding requires Customer's prior written consent.
P:9.2 Halligtix remains responsible for the acts and omissions of its subcontractors.
H:10. Liability
P:10.1 Neither party is liable for indirect or consequential loss or loss of profit, except for wilful misconduct.
P:10.2 Each party's total liability under an Order Form is limited to 150% of the Total Order Value.
H:11. Term, Renewal and Termination
P:11.1 After the Subscription Term the Order Form renews for further contract years, one at a time, at the same fees, unless either party gives notice of non-renewal at least 60 days before the end of the current period.
P:11.2 Either party may terminate the Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.
P:11.3 If Customer terminates for Halligtix's breach, Halligtix refunds any prepaid fees for the period after termination.
H:12. Governing Law and Jurisdiction
P:12.1 These General Terms and every Order Form are governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:12.2 The courts of Hamburg, Germany, have exclusive jurisdiction.
H:12A. Customer Responsibilities
P:12A.1 Customer provides route timetables, fare rules, passenger limits approved by the maritime authority, vessel deck plans and the names of its key users before the onboarding workshop, and keeps these data up to date during the Subscription Term.
P:12A.2 Customer is responsible for its pier network, counter printers and gate devices, and for the contracts with its payment providers and online travel agencies.
P:12A.3 Customer informs Halligtix at least 14 days in advance of any holiday peak, special sailing or festival event that may multiply ticket volumes, so that Halligtix can plan capacity.
H:12B. Changes and Additional Work
P:12B.1 Additional vessels, piers or devices may be added by a change to the Order Form at the unit prices in the Halligtix price sheet attached to it, which remain fixed during the Subscription Term.
P:12B.2 Additional connectors or reports requested after Go-Live are quoted in advance and performed only after Customer's written approval of the quotation.
P:12B.3 Halligtix keeps a change log of all configuration changes made for Customer and makes it available in the administration console.
P:12B.4 Training for new Customer staff after Go-Live is provided through the online academy at no extra charge; on-site refresher training is quoted on request.
H:12C. Notices
P:12C.1 Operational notices may be given through the administration console or by email to the contacts named in the project plan. Notices of breach, termination or non-renewal must be sent by email and by courier to the addresses in the Order Form.
H:13. Miscellaneous
P:13.1 Changes to an Order Form must be in writing and signed by both parties.
P:13.2 The English text prevails over any translation.
"""
CONTRACTS["h234e02"] = dict(
    name="h234e02_li_river_cruise_ticketing_saas_order_form.txt", fmt="txt", lang="en", src=H234E02,
    prices=([268000, 268000, 268000], 804000, [804000, 74000], 878000),
    pays=None, fee_base=None, forum_abroad=True,
    figures=["CNY 342,000", "Subscription Start Date", "99.95%", "within 30 minutes", "CNY 700", "150%",
             "Federal Republic of Germany", "courts of Hamburg", "878,000"],
    plan=["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-PREPAYMENT"],
    label=label("h234e02_li_river_cruise_ticketing_saas_order_form.txt", "en", "cloud", dict(
        availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=700 / 878000 * 100, liability_cap_pct=150,
        prepayment_pct=342000 / 878000 * 100, acceptance_clause=True, final_payment_on_acceptance=None,
        warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
        termination_for_breach=True, subcontract_without_consent=False, governing_law="Germany",
        contract_kind="service"), dict(
        sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=878000),
        ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-PREPAYMENT"]))

# ================= h234e03: laver farm water-quality sensors, buyer's paper (docx, compliant) =================
H234E03 = """T:PURCHASE CONTRACT FOR WATER-QUALITY MONITORING EQUIPMENT AND INSTALLATION
P:Contract No. HYZ-2027-PC-015
P:Buyer: Lianyungang Haiyuanzhi Laver Farming Co., Ltd., Gaogong Island Road 6, Lianyun District, Lianyungang, Jiangsu, China (the "Buyer").
P:Supplier: Térénez Océan Instruments SAS, Pointe de Térénez, Île de Térénez, 29252 Plouezoc'h, France (the "Supplier").
P:Recitals. (A) The Buyer cultivates Porphyra laver on floating rafts over about 2,600 hectares of sea area and needs continuous data on water temperature, salinity, nutrients and turbidity to plan seeding, harvesting and disease prevention. (B) The Supplier designs and integrates marine monitoring buoys and has offered a solution in its tender dated 14 March 2027. (C) This contract is drawn up on the Buyer's standard purchase terms. At the Buyer's request, all prices are in Chinese Renminbi (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall deliver, install, moor, commission and hand over the monitoring system described in Annex 1 (Technical Specification), consisting of multiparameter buoys, nutrient analysers, shore gateways and the monitoring platform licence, and shall train the Buyer's staff.
P:1.2 The system shall transmit readings every ten minutes to the monitoring platform installed on the Buyer's server, raise alarms on configurable thresholds and produce daily and seasonal reports for each farming block.
H:Article 2 Price
P:2.1 The Contract Price is fixed and includes delivery to Lianyungang, import clearance, duties, taxes, installation, mooring, commissioning, training and all services during the warranty period:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter buoy (temperature, salinity, pH, dissolved oxygen, turbidity, chlorophyll)|24|38,500|924,000
TB:2|Nutrient analyser (nitrate, ammonium, phosphate) on anchored platform|6|72,000|432,000
TB:3|Shore gateway with 4G and LoRa links|8|9,500|76,000
TB:4|Monitoring platform licence, perpetual, on-premises|1|168,000|168,000
TB:5|Equipment and Licence Subtotal|||1,600,000
TB:6|Installation, mooring and commissioning|1|214,000|214,000
TB:7|Calibration, spare kit set-up and training|1|46,000|46,000
TB:8|Contract Price|||1,860,000
P:2.2 The Contract Price is CNY 1,860,000. No other charge is payable unless agreed in a written change order signed by the Buyer.
H:Article 3 Payment
P:3.1 The Buyer pays 10% of the Contract Price (CNY 186,000) as an advance within 20 days after receiving an advance payment guarantee from a bank in mainland China for the same amount.
P:3.2 The Buyer pays 55% of the Contract Price (CNY 1,023,000) within 20 days after all equipment has been delivered, moored and switched on. This payment does not mean that the equipment has been accepted.
P:3.3 The Buyer pays the remaining 35% (CNY 651,000) within 20 days after the Final Acceptance Certificate has been signed.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's base at Gaogong Island within 70 days after signature and shall complete mooring and commissioning within 30 days after delivery, in a period of calm weather agreed with the Buyer's harbour master.
P:4.2 The Buyer provides a work boat and crew for mooring; the Supplier provides divers, anchors, chains and all installation tools.
P:4.3 For each day by which the Supplier is late in completing delivery or commissioning, the Supplier shall pay liquidated damages of 0.08% of the Contract Price, up to a maximum of 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires that: (a) each sensor reading is within the accuracy in Annex 1 when compared with laboratory analysis of water samples taken on three different days; (b) data from all buoys and analysers reach the platform with at least 98% completeness over a 30-day trial run; (c) alarms are tested for each parameter and reach the duty phones within two minutes; and (d) the as-built documentation and mooring charts are delivered.
P:5.2 When these criteria are met, the parties sign the Final Acceptance Certificate. Delivery, switching on, use of data or any payment does not amount to acceptance.
P:5.3 If the criteria are not met, the Supplier shall remedy the defects within 20 days and the trial run is repeated for the affected equipment.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty the Supplier repairs or replaces any defective equipment free of charge, including sensors damaged by biofouling if the anti-fouling system fails, and supplies software updates.
P:6.2 The Supplier replaces consumables (reagents, wipers, membranes) at the intervals stated in Annex 1 during the warranty at its own cost.
H:Article 7 After-sales Support and Service Levels
P:7.1 Severity 1 means loss of data from three or more buoys or from the platform. The Supplier responds to a Severity 1 fault within one hour by telephone or remote session, sends a technician from its Lianyungang service partner to the shore base within 24 hours and, weather permitting, restores service within 72 hours. Severity 2 faults are answered within 8 hours and solved within 5 working days.
P:7.2 If the Supplier misses the Severity 1 response or on-site time, it pays the Buyer CNY 1,000 per hour of delay, deducted from any amount due.
P:7.3 After the warranty, the Buyer may order support for calibration, repairs and software updates at a yearly fee of 7% of the Equipment and Licence Subtotal, i.e. CNY 112,000 per year. This fee is fixed for the three years after the warranty. Support is ordered by purchase order; there is no automatic renewal.
H:Article 8 Data
P:8.1 All measurements, alarms, farm maps and reports are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this contract.
P:8.2 The platform runs on the Buyer's server in Lianyungang. The Supplier accesses it only with the Buyer's approval for each session, through the Buyer's VPN with individual accounts and logs, and does not copy data outside the Buyer's systems or outside mainland China.
P:8.3 The Supplier shall report any unauthorised access, loss or disclosure of Buyer data to the Buyer within 12 hours, help to contain it and compensate the Buyer for the loss it causes.
H:Article 9 Confidentiality
P:The Supplier keeps confidential the Buyer's farming plans, sea-area maps, yields, prices and all data under Article 8, and discloses them to nobody without the Buyer's prior written consent. This obligation survives the end of the contract.
H:Article 10 Intellectual Property
P:10.1 Alarm rules, farm-block dashboards, report templates and interface code made for the Buyer belong to the Buyer, which may modify them and let third parties use them.
P:10.2 The platform software remains the Supplier's property and is licensed to the Buyer perpetually under Article 2.
H:Article 11 Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Lianyungang service partner named in Annex 3 is approved by signature of this contract.
H:Article 13 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not cure it within 20 days after notice, or if the delay damages under Article 4.3 reach their maximum.
H:Article 14 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Lianyungang Arbitration Commission for arbitration in Lianyungang.
H:Article 15 Final Provisions
P:This contract is made in English and Chinese, both equally valid, in four originals. Annex 1: Technical Specification. Annex 2: Acceptance Test Plan. Annex 3: Service Partner.
P:15.1 Project organisation. Each party names a project manager within seven days after signature. The Supplier submits a detailed installation plan with mooring positions, weather windows and boat schedule for the Buyer's approval before shipping the equipment.
P:15.2 Documentation. Before Final Acceptance the Supplier delivers operating manuals, calibration procedures, spare-parts lists, wiring diagrams and mooring charts in English and Chinese, in paper and electronic form.
P:15.3 Training. The Supplier trains at least six of the Buyer's technicians in sensor cleaning, calibration, buoy recovery and platform administration, at the Buyer's base and on the water, and certifies each trainee who passes the practical test.
P:15.4 Spare parts. The Supplier guarantees the supply of spare parts and consumables for at least eight years after Final Acceptance at prices no higher than those in its tender.
P:15.5 Force majeure. A party affected by typhoon, storm surge, sea ice or other events beyond its control informs the other party promptly; the time for performance is extended by the duration of the event.
P:15.6 Site rules. The Supplier's personnel on the Buyer's rafts and boats wear life jackets at all times, follow the instructions of the Buyer's boat master and may not work at sea when the wind exceeds force six.
P:15.7 Invoices. The Supplier issues invoices in CNY through its agent in China, showing the contract number, and the Buyer pays to the account stated in each invoice.
P:15.8 Environmental care. The Supplier removes all packaging, old cables and replaced batteries from the Buyer's base and disposes of them lawfully. No anchor, chain or sensor may be abandoned at sea.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""
CONTRACTS["h234e03"] = dict(
    name="h234e03_laver_farm_water_sensors_buyer_paper.docx", fmt="docx", lang="en", src=H234E03,
    prices=([924000, 432000, 76000, 168000], 1600000, [1600000, 214000, 46000], 1860000),
    pays=[10, 55, 35], fee_base=1600000, forum_abroad=False,
    figures=["24 months", "within one hour", "0.08%", "200%", "7%", "CNY 112,000", "10%", "CNY 1,860,000"],
    plan=[],
    label=label("h234e03_laver_farm_water_sensors_buyer_paper.docx", "en", "hardware", dict(
        availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
        prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
        post_warranty_fee_pct=7, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"), dict(
        sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=1860000), []))

# ================= h234e04: sportswear trader, managed IT and desktop support (md) =================
H234E04 = """T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:Reference: BUDA-MSA-CN-0271
P:Between: Budanet Serveis Gestionats S.L., with its registered seat at Illa de Buda, 43870 Amposta, Tarragona, Spain ("Provider"); and Quanzhou Feiyue Sportswear Trading Co., Ltd., 55 Fengze Street, Quanzhou, Fujian, China ("Customer").
P:Background: Customer trades sportswear and footwear from its Quanzhou head office, a bonded warehouse in Jinjiang and six showrooms. It employs about 260 staff using laptops, desktops, printers, a Microsoft 365 tenant and an on-premises ERP server. Provider operates a multilingual service desk for Chinese clients through its Xiamen branch. Customer wishes to outsource end-user support and infrastructure management to Provider.
H:1. Definitions and Interpretation
P:1.1 "Services" means the services in Schedule 1: service desk, desktop and laptop support, on-site support, server and network monitoring, patching, backup management, Microsoft 365 administration and asset management.
P:1.2 "Incident" means an unplanned interruption or reduction in quality of an IT service. "Priority 1" means an Incident that stops the ERP, the warehouse scanners or the head-office network, or affects more than 50 users.
P:1.3 "Transition" means the takeover of the Services from Customer's current IT staff, described in Schedule 2.
P:1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses in performing the Services.
H:2. Term
P:2.1 This Agreement starts on the date of signature and the Services run for 24 months from the Service Commencement Date, which is the date on which Transition Acceptance is signed.
P:2.2 This Agreement does not renew automatically. The parties will discuss any extension at least three months before expiry.
H:3. Charges and Payment
P:3.1 At Customer's request all charges are in Chinese Renminbi (CNY).
TB:Charge|Basis|Amount (CNY)
TB:Monthly Service Charge|CNY 46,500 x 24 months|1,116,000
TB:Transition Charge|one-time|58,000
TB:Total Contract Value||1,174,000
P:3.2 The Monthly Service Charge covers up to 260 users and 12 servers; each additional user costs CNY 150 per month. Additional users are not part of the Total Contract Value.
P:3.3 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. All invoices are payable within 30 days. No amount is payable in advance.
H:4. Transition
P:4.1 Provider will carry out the Transition according to the plan in Schedule 2: knowledge transfer from Customer's staff, documentation of every server, switch and firewall, asset inventory, set-up of the service desk tools and of remote monitoring agents.
P:4.2 Transition Acceptance takes place when (a) the asset inventory covers every device and has been checked by Customer on a 10% sample; (b) runbooks exist for each server and for backup and restore; (c) a test restore of the ERP database has succeeded; and (d) the service desk has handled Customer's tickets for ten working days in parallel with Customer's staff without a missed Priority 1. Customer signs a Transition Acceptance certificate when these criteria are met. Go-live of the service desk alone is not Transition Acceptance.
P:4.3 Provider will use reasonable endeavours to complete the Transition within 45 days after signature.
H:5. Service Levels
P:5.1 Provider will respond to Incidents as follows: Priority 1 within 30 minutes, 24 hours a day, with an engineer on site in Quanzhou or Jinjiang within 3 hours where needed; Priority 2 within 2 hours during business hours; Priority 3 within one business day; service requests within two business days.
P:5.2 Provider will report monthly on the number of tickets, response times, resolution times, patch compliance and backup success, and will meet Customer once a quarter to review service quality.
P:5.3 The service levels in this Section are targets. Failure to meet them does not give Customer a right to service credits, deductions from the charges or damages; Provider will instead prepare an improvement plan and discuss it with Customer at the next quarterly review.
H:6. Customer Data and Security
P:6.1 Customer Data belongs to Customer. Provider uses it only to perform the Services and does not use it for any other purpose, even in anonymised form.
P:6.2 Provider's staff access Customer's systems only through named accounts with multi-factor authentication; privileged sessions are logged and the logs are kept for Customer. Customer Data is not moved outside Customer's systems or outside mainland China. Provider complies with the Personal Information Protection Law and the Data Security Law.
P:6.3 Provider notifies Customer of any security incident affecting Customer Data within 12 hours, takes immediate containment measures and bears the loss and costs caused by an incident for which it is responsible.
H:7. Confidentiality
P:Each party keeps the other party's confidential information secret, uses it only for this Agreement and discloses it only to staff who need it. This obligation survives for three years after termination or expiry.
H:8. Work Products
P:Runbooks, scripts, configuration records, network diagrams and asset inventories created by Provider for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.
H:9. Subcontracting
P:Provider performs the Services with its own staff. Provider may not subcontract any part of the Services without Customer's prior written consent.
H:10. Liability
P:10.1 Neither party is liable for indirect loss or loss of profit, except for wilful misconduct.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. Breach of Section 6 or Section 7 is not limited.
H:11. Duration and Ending of the Agreement
P:11.1 This Agreement continues for the full term in Section 2 and may not be terminated early by either party, except by Provider if Customer fails to pay undisputed charges for more than 60 days after a written reminder.
P:11.2 If Provider breaches this Agreement, Customer's remedies are to require Provider to perform the Services properly and to claim compensation for its proven direct loss, within the limit in Section 10.
P:11.3 On expiry, Provider will support the handover to Customer or a successor provider for up to 30 days at the rates in Schedule 3.
H:12. Force Majeure
P:Neither party is responsible for delay or failure caused by events beyond its reasonable control, such as typhoons, floods or government measures, provided that it informs the other party promptly and takes reasonable steps to limit the effect.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules.
H:14. General
P:14.1 This Agreement, with Schedule 1 (Services), Schedule 2 (Transition Plan) and Schedule 3 (Rates), is the entire agreement of the parties on its subject.
P:14.2 Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both texts are equally valid.
P:14.3 Governance. Provider appoints a service delivery manager who attends a monthly operational meeting at Customer's head office and a quarterly review with Customer's finance director. Minutes are kept by Provider and approved by Customer.
P:14.4 Customer responsibilities. Customer gives Provider's engineers access to its premises during business hours, provides administrator credentials through its password vault, and keeps licences for its software products valid. Customer decides on the purchase of new hardware, on Provider's advice.
P:14.5 Change requests. Projects outside the Services, such as office moves, new showrooms or an ERP upgrade, are quoted separately by Provider and carried out only after Customer's written purchase order.
P:14.6 Staff. Provider keeps a named team of at least four engineers for Customer, two of whom speak Minnan or Mandarin and work on site in Quanzhou. Provider informs Customer before replacing a team member and arranges a handover of at least five working days.
P:14.7 Assets. Customer owns all devices, software licences and accounts. Provider maintains the asset inventory and returns all access credentials at the end of this Agreement.
P:14.8 Notices. Notices must be in writing and sent to the addresses above or to the email addresses in Schedule 1; an email is received on the next business day after it is sent.
P:14.9 Security reviews. Customer may, once a year and with ten business days' notice, review Provider's access logs, staff lists and procedures relating to the Services, at its own cost.
P:14.10 Invoices. Provider's Xiamen branch issues VAT invoices in CNY for all charges, showing the reference number of this Agreement and the service month.
P:14.11 Assignment. Neither party may assign this Agreement without the other party's prior written consent.
P:14.12 Service catalogue. Schedule 1 lists the supported hardware models, operating systems and applications. Provider advises Customer each quarter on devices that are reaching the end of their support life and on the replacement budget for the next period.
P:14.13 Onboarding of staff. When Customer hires new employees, Provider prepares the laptop, accounts and mailbox on the first working day if it receives the request three business days in advance, and collects and wipes devices of departing employees for re-use.
P:Signed for Provider: ____________________
P:Signed for Customer: ____________________
"""
CONTRACTS["h234e04"] = dict(
    name="h234e04_sportswear_trader_managed_it_desktop_support.md", fmt="md", lang="en", src=H234E04,
    prices=([1116000], 1116000, [1116000, 58000], 1174000),
    pays=None, fee_base=None, forum_abroad=False,
    figures=["Priority 1 within 30 minutes", "does not give Customer a right to service credits", "reasonable endeavours",
             "may not be terminated early", "150%", "1,174,000"],
    plan=["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    label=label("h234e04_sportswear_trader_managed_it_desktop_support.md", "en", "services", dict(
        availability_pct=None, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=150,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="service"), dict(
        sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1174000),
        ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]))

# ================= h234e05: pepper exporter, quality-certificate API subscription (txt, one low finding) =================
H234E05 = """T:API SUBSCRIPTION AGREEMENT - CERTIFICATE SERVICES
P:Agreement number: DQ-API-2027-118
P:Parties
P:Danna Quality Data Ltd, a company registered in Scotland (company number SC712004), whose registered office is at Danna Steading, Isle of Danna, Argyll PA31 8NB, Scotland ("Danna"); and
P:Hainan Qiongxiang Pepper Import and Export Co., Ltd., No. 9 Jiaji Industrial Park, Qionghai, Hainan Province, China (the "Customer").
P:Recitals
P:(A) The Customer exports white and black pepper to buyers in Europe, the Middle East and South-East Asia. Every export lot needs a quality certificate showing moisture, piperine content, aflatoxin and pesticide residues, together with the laboratory reports behind it.
P:(B) Danna operates the CertiLink platform, which receives laboratory results through an application programming interface (API), checks them against the specifications of each destination market and issues signed digital certificates that importers can verify online.
P:(C) The Customer wishes to subscribe to the CertiLink API and to have Danna integrate it with the Customer's lot-management system and its two contract laboratories.
P:The parties agree as follows.
H:1. Definitions
P:1.1 "API Service" means access to the CertiLink API and web console for issuing, verifying and revoking certificates, as described in Schedule A.
P:1.2 "Integration" means the connection of the API Service to the Customer's lot-management system and to the systems of its two contract laboratories, with certificate templates for the Customer's twelve main destination markets.
P:1.3 "Customer Data" means lot records, laboratory results, certificates, buyer names and any other data submitted by or for the Customer.
P:1.4 "Integration Acceptance" means the Customer's written confirmation that the tests in Clause 4 have been passed.
H:2. Subscription
P:2.1 Danna grants the Customer a non-exclusive right to use the API Service for its own export business during the Subscription Period.
P:2.2 The Subscription Period is 24 months from Integration Acceptance. It may be extended only by a written agreement signed by both parties; there is no automatic renewal.
P:2.3 The subscription includes up to 4,000 certificates per contract year. Certificates above that volume are charged at CNY 18 each and are not included in the Contract Value.
H:3. Fees and Payment
P:3.1 At the Customer's request, fees are stated and invoiced in Chinese Renminbi (CNY).
TB:Fee|Calculation|CNY
TB:Subscription fee|CNY 21,800 per month x 24 months|523,200
TB:Integration fee|fixed, one-time|36,800
TB:Contract Value||560,000
P:3.2 The Integration fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears (CNY 65,400 per quarter). Invoices are payable within 30 days. The Customer makes no advance payment.
H:4. Integration and Acceptance
P:4.1 Danna shall complete the Integration within 50 days after signature of this Agreement.
P:4.2 The Integration is tested with 200 historical lots chosen by the Customer. Integration Acceptance requires that (a) each certificate matches the laboratory results without manual re-keying; (b) every certificate is correctly checked against the selected market specification, including the maximum residue limits of the European Union and the Gulf states; (c) certificates can be verified by a test importer through the public verification page; and (d) revocation and reissue work end to end.
P:4.3 If a test fails, Danna corrects the fault and the failed tests are repeated. Issuing certificates in production before Integration Acceptance does not count as acceptance.
P:4.4 If Integration Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to Danna, Danna pays the Customer CNY 420 for each day of delay, up to CNY 25,000.
H:5. Service Levels
P:5.1 Danna makes the API Service available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out on Sundays between 01:00 and 05:00 China time.
P:5.2 Priority 1 incidents (certificates cannot be issued or verified) are answered within one hour, at any time of day, and Danna works on them without interruption until the API Service is restored. Priority 2 incidents are answered within 8 business hours.
P:5.3 If availability in a month falls below the commitment, the Customer receives a service credit of 10% of that month's subscription fee, rising to 25% below 99.5% and to half of the monthly fee below 99%. If a Priority 1 answer is late, the Customer receives a credit of CNY 300 for each started hour of delay. Credits are deducted from the next invoice.
H:6. Customer Data and Data Protection
P:6.1 Customer Data belongs to the Customer. Danna processes it only to provide the API Service to the Customer and does not use it, in identifiable, anonymised or aggregated form, for any other purpose.
P:6.2 Customer Data is stored in Danna's hosting region in mainland China operated by a local cloud provider with an MLPS level-3 filing. Danna encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication and keeps access logs.
P:6.3 Danna notifies the Customer of any personal data or security breach affecting Customer Data within 24 hours, cooperates in remedying it and is responsible for losses caused by a breach attributable to it.
P:6.4 On expiry, Danna returns all Customer Data in a readable format and deletes it within 30 days, and confirms the deletion in writing.
H:7. Intellectual Property
P:7.1 Danna owns the CertiLink platform and the API.
P:7.2 The certificate templates, mapping rules and connector code made for the Customer under the Integration belong to the Customer, which may use and change them freely and let any third party use them.
H:8. Confidentiality
P:Each party shall keep confidential the information it receives from the other party under this Agreement, including prices, buyers, laboratory results and technical documentation, and shall use it only for this Agreement. This Clause survives for three years after the Agreement ends.
H:9. Subcontractors
P:Danna shall not engage any subcontractor for the API Service or the Integration without the Customer's prior written consent, except the cloud provider named in Schedule A. Danna remains responsible for its subcontractors.
H:10. Liability
P:10.1 Neither party is liable for loss of profit or indirect loss, except in the case of fraud or wilful default.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Value. Breach of Clauses 6 and 8 is not subject to this limit.
H:11. Termination
P:11.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which it fails to remedy within 30 days after being asked in writing to do so.
P:11.2 The Customer may also terminate if monthly availability falls below 99% in three consecutive months.
P:11.3 On termination for Danna's breach, Danna refunds any fees paid for the period after termination and assists in the transfer of the certificate archive.
H:12. Governing Law and Jurisdiction
P:12.1 This Agreement is governed by Scots law.
P:12.2 The Court of Session in Edinburgh has exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:13. General
P:13.1 This Agreement, with Schedule A (Service Description) and Schedule B (Integration Plan), is the entire agreement of the parties.
P:13.2 Changes must be in writing and signed by both parties. Notices may be sent by email to the contacts in Schedule B, with a copy by courier.
P:13.3 Customer responsibilities. The Customer ensures that its contract laboratories are accredited and submit complete results, keeps its list of destination-market specifications up to date and tells Danna promptly of any change in a buyer's requirements.
P:13.4 Account management. Danna names an account manager who speaks Mandarin, reviews certificate volumes and service performance with the Customer every quarter and tells the Customer in advance of any planned change to the API that may affect the Integration.
P:13.5 API changes. Danna keeps each published API version available for at least nine months after announcing a new version, so that the Customer can adapt its systems without interruption of certificate issue.
P:13.6 Force majeure. Neither party is liable for delay caused by events beyond its reasonable control. Failures of Danna's own systems or of its cloud provider are not force majeure.
P:13.7 Assignment. Neither party may assign this Agreement without the other party's written consent.
P:13.8 Invoices. Danna issues its invoices in CNY through its appointed agent in Haikou, showing this Agreement number and the quarter concerned, and the Customer pays to the account stated in the invoice.
P:13.9 Language. This Agreement is made in English. A Chinese translation may be prepared for the Customer's internal use; if the texts differ, the English text prevails.
P:13.10 Reports. Danna provides a monthly report showing certificates issued, verification requests by importers, availability and incidents, and makes the report available for download in the web console.
P:13.11 Verification page. Danna keeps the public verification page for each certificate online for at least three years after it is issued, also after the end of this Agreement, so that importers and customs authorities can check certificates already shipped with goods.
P:Signed for and on behalf of Danna Quality Data Ltd: ____________________
P:Signed for and on behalf of the Customer: ____________________
P:Date: ____________________
"""
CONTRACTS["h234e05"] = dict(
    name="h234e05_pepper_exporter_certificate_api_scottish_vendor.txt", fmt="txt", lang="en", src=H234E05,
    prices=([523200], 523200, [523200, 36800], 560000),
    pays=None, fee_base=None, forum_abroad=True,
    figures=["99.95%", "within one hour", "CNY 420", "150%", "Scots law", "Court of Session in Edinburgh",
             "no advance payment", "560,000"],
    plan=["CR-GOVERNING-LAW"],
    label=label("h234e05_pepper_exporter_certificate_api_scottish_vendor.txt", "en", "cloud", dict(
        availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=420 / 560000 * 100, liability_cap_pct=150,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="Scotland", contract_kind="service"), dict(
        sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=560000),
        ["CR-GOVERNING-LAW"]))


# ================= build, check, label =================
def to_md(src):
    out, table = [], []
    for line in src.splitlines() + [""]:
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append(text.split("|"))
            continue
        if table:
            out.append("| " + " | ".join(table[0]) + " |")
            out.append("|" + "---|" * len(table[0]))
            out.extend("| " + " | ".join(r) + " |" for r in table[1:])
            out.append("")
            table = []
        if not line.strip():
            continue
        out.append({"T": "# ", "H": "## "}.get(tag, "") + text)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out = []
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            out.append("    " + "  |  ".join(text.split("|")))
        elif tag in ("T", "H"):
            out.extend(["", text, ""] if tag == "H" else [text, ""])
        else:
            out.append(text)
    return "\n".join(out).strip() + "\n"


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, c in CONTRACTS.items():
        parts, sub, lines, total = c["prices"]
        assert sum(parts) == sub and sum(lines) == total == c["label"]["expected_extra"]["contract_value"], key
        if c["pays"]:
            assert sum(c["pays"]) == 100, key
        got = apply_rules(c["label"], c["fee_base"], c["forum_abroad"])
        assert got == sorted(c["plan"]) == c["label"]["expected_rules"], (key, got, c["plan"])
        if c["fmt"] in ("docx", "pdf"):
            sources[key], targets[key] = c["src"], (c["name"], c["fmt"])
        else:
            (OUT / c["name"]).write_text(to_md(c["src"]) if c["fmt"] == "md" else to_txt(c["src"]), encoding="utf-8")
            print("wrote", c["name"])
    write(sources, targets, OUT, wrap_words=True)
    problems = []
    for key, c in CONTRACTS.items():
        text = read_back(OUT / c["name"])
        flat = re.sub(r"\s+", " ", text)
        squeezed = re.sub(r"\s+", "", text)
        hits = threshold_hits(flat) + threshold_hits(squeezed)
        if hits:
            problems.append((key, "threshold", sorted(set(hits))))
        for fig in c["figures"]:
            if fig not in flat and fig.replace(" ", "") not in squeezed:
                problems.append((key, "figure missing", fig))
        if c["lang"] == "zh":
            n = len(squeezed)
            ok = 2800 <= n <= 3300
        else:
            n = len(text.split())
            ok = 1500 <= n <= 1700
        print(f"{c['name']}: {n} {'chars' if c['lang'] == 'zh' else 'words'}{'' if ok else '  <-- OUT OF RANGE'}")
        if not ok:
            problems.append((key, "length", n))
        if c["fee_base"] and c["label"]["expected_extra"].get("post_warranty_fee_capped"):
            total, share = tco(c["label"], c["fee_base"])
            print(f"   TCO {total:,.2f}  post-warranty share {share:.2f} %")
        (OUT / (c["name"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(c["label"], ensure_ascii=False, indent=1), encoding="utf-8")
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
