"""holdout229: writes ten ORDINARY draft contracts (5 zh, 5 en), their labels, and checks them.

Run with /work/main/.venv/bin/python make_files.py. Sources are kept here as a small markup (T: title, H: heading,
P: paragraph, TB: table row with cells split by |). .docx / .pdf are built by ../word_pdf.py (wrap_words=True);
.md / .txt are rendered here. Then every built file is read back (python-docx paragraphs + tables, pypdf, plain
text), lengths are checked, every labelled figure is looked up in the text, the policy rules are re-applied to the
labels and compared with the plan, and the text is scanned for any value sitting on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
S = {}      # key -> markup source
PLAN = {}   # key -> dict(file, fmt, lang, category, terms, extra, rules, forum_outside, tco, figures)

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def rules_from_labels(t, x, forum_outside=False):
    """policy.md §3 / §4 applied to a label, as I read it (see NOTES.md)."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    if goods and t["post_warranty_fee_pct"] is not None and tco_share(t, x) > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def tco_share(t, x, base=None):
    """§4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised licence/hardware."""
    base = base if base is not None else x.get("_fee_base", x["contract_value"])
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    low = {"CR-GOVERNING-LAW"}
    if any(r in high for r in rules):
        return "high"
    if any(r not in low for r in rules):
        return "medium"
    return "low"


# ---- threshold scan: no figure may sit on a policy §3/§4 threshold, in any form ----
CN = "〇零一二三四五六七八九十百点"
THRESHOLDS = [
    ("availability 99.9", r"99\.90*(?![\d])\s*%?|百分之九十九点九(?![\d" + CN + r"])"),
    ("response 4 h", r"(?<![\d.])4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b|-hour)|(?<![" + CN + r"])四(?:个)?小时"
     r"|\bfour\s*(?:\(4\)\s*)?(?:business\s+|working\s+|clock\s+)?hours?\b|\bfour-hour|240\s*(?:分钟|minutes)"),
    ("LD 0.05 %/day", r"(?<![\d.])0\.050*\s*%|万分之五(?![十])|千分之零点五|0\.05\s*per\s*cent|\b0\.0005\b"),
    ("cap 100 %", r"(?<![\d.])100(?:\.0+)?\s*(?:%|per\s*cent|percent)|百分之一?百(?![分零一二三四五六七八九])"
     r"|one hundred per\s*cent|\bhundred percent"),
    ("prepayment 30 %", r"(?<![\d.])30(?:\.0+)?\s*(?:%|per\s*cent|percent)|百分之三十(?![" + CN + r"])"
     r"|thirty per\s*cent|thirty percent|三成"),
    ("warranty 12 months", r"(?<![\d.])12\s*(?:个月|months?\b|-month)|十二个月|twelve\s*(?:\(12\)\s*)?months?|twelve-month"
     r"|(?<![第" + CN + r"])一年|(?<![\d])1\s*年|\bone\s*(?:\(1\)\s*)?year\b|\bone-year|(?<![\d.])1\s*years?\b"),
    ("post-warranty 15 %", r"(?<![\d.])15(?:\.0+)?\s*(?:%|per\s*cent|percent)|百分之十五(?![" + CN + r"])"
     r"|fifteen per\s*cent|fifteen percent"),
    ("TCO 40 %", r"(?<![\d.])40(?:\.0+)?\s*(?:%|per\s*cent|percent)|百分之四十(?![" + CN + r"])"
     r"|forty per\s*cent|forty percent"),
    ("horizon 5 years", r"(?<![\d.])5\s*(?:年|years?\b|-year)|(?<![" + CN + r"])五年|\bfive\s*(?:\(5\)\s*)?years?\b"
     r"|\bfive-year"),
]
THRESH_RE = [(n, re.compile(p, re.I)) for n, p in THRESHOLDS]


def scan(text):
    return [(n, m.group(0)) for n, rx in THRESH_RE for m in rx.finditer(text)]


def self_test():
    must_hit = ["可用率99.9%", "99.90 %", "4小时内响应", "四小时", "within 4 hours", "four (4) hours", "4-hour",
                "万分之五", "0.05%", "100%", "百分之百", "30%", "百分之三十", "thirty per cent", "12个月", "十二个月",
                "twelve (12) months", "一年", "one year", "15%", "百分之十五", "40 %", "forty percent", "五年",
                "5 years", "five years", "240 minutes"]
    must_miss = ["99.95%", "24小时", "24 hours", "14小时", "万分之八", "0.08%", "150%", "35%", "百分之三十五", "第一条",
                 "二十四个月", "24 months", "2025年", "每年", "annual", "0.5%", "10%", "45%", "25 years", "第十一年度",
                 "115%", "1,400 hours", "1.5 years"]
    for s in must_hit:
        assert scan(s), ("self-test: should hit", s)
    for s in must_miss:
        assert not scan(s), ("self-test: should miss", s, scan(s))

# ============ h229z01: 市公安局出入境管理支队 预约及证件办理平台 (政府采购 公开招标, 甲方文本), compliant ============
S["z01"] = """T:出入境业务预约及证件办理平台建设项目采购合同
P:合同编号：JZGA-CRJ-2026-017　　采购方式：公开招标（招标编号：JZCG-2026-GK-0342）
P:采购人（甲方）：江州市公安局出入境管理支队
P:供应商（乙方）：江州云衡信息技术有限公司
P:鉴于甲方通过公开招标方式采购“出入境业务预约及证件办理平台”，乙方为本项目中标供应商，依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方经协商一致订立本合同，共同遵守。招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方为甲方建设出入境业务预约及证件办理平台，包括网上预约（微信小程序及政务服务网入口）、窗口受理排队叫号、自助填表、证件制发进度查询、短信通知及统计分析等功能，并完成与甲方现有出入境业务受理系统、全市政务服务平台的接口对接。
P:1.2 平台部署于甲方指定的公安信息网及互联网区政务云资源，跨网数据交换须经甲方现有安全边界接入平台进行，乙方不得自行设置其他通道。
P:1.3 乙方应派驻不少于六人的项目团队，项目经理须具备高级项目管理资格并常驻甲方现场，未经甲方书面同意不得更换。乙方人员进入甲方办公区域应遵守甲方安全保卫和保密管理规定，并接受甲方背景审查。
P:1.4 项目实施分为需求确认、开发、部署、初步验收、试运行和最终验收六个阶段，各阶段成果经甲方书面确认后方可进入下一阶段。乙方每周向甲方提交项目周报，如实说明进度、问题及风险。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾叁万元整（¥2,330,000），为固定总价，包含软件许可、定制开发、部署实施、培训及质保期内全部服务费用，甲方不再另行支付任何费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（预约、受理、叫号、查询模块，不限用户数）|1,260,000
TB:2|定制开发（业务受理系统接口、政务服务平台接口、小程序定制）|848,000
TB:3|部署实施及数据初始化|186,000
TB:4|操作及运维培训|36,000
TB:合计||2,330,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%，即¥466,000，作为预付款。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,048,500。
P:3.3 平台试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥815,500。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方付款受财政资金拨付程序约束的，双方应相互配合办理。
P:3.5 乙方收款账户应与投标文件所载一致，如需变更，应由乙方法定代表人签字并加盖公章书面通知甲方。
H:第四条 交付与验收
P:4.1 乙方应于合同签订后一百二十日内完成开发、部署并提请初步验收。
P:4.2 初步验收标准：（一）需求规格说明书所列功能逐项测试通过；（二）在并发2,000个预约请求时页面响应时间不超过2秒；（三）与业务受理系统、政务服务平台接口数据比对一致；（四）经甲方委托的第三方机构完成安全测评且无高危漏洞。
P:4.3 初步验收通过后进入九十日试运行。试运行期间累计发生一级故障不超过一次、业务数据无丢失，且乙方已提交全部源代码、设计文档和运维手册的，甲方组织最终验收并出具书面验收报告。
P:4.4 平台上线运行、甲方使用或支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此发生的费用由乙方承担。
H:第五条 质量保证与售后服务
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、现场巡检及技术支持。
P:5.2 服务水平：平台月度可用率不低于99.95%。一级故障（预约或受理业务整体中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复业务；二级故障2小时内响应，次日内解决。
P:5.3 乙方响应或恢复超时的，每超时一小时扣减服务费¥2,000；月度可用率每低于约定值0.01个百分点，扣减¥1,500。扣款从质量保证金或应付款中直接扣除。
P:5.4 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的10%（即每年不超过¥126,000），该价格在质保期满后两个年度内不得上调，具体以届时签订的维护合同为准。
P:5.5 质保期内乙方每季度对平台进行一次健康检查并提交巡检报告；春节、国庆等节假日及重大活动保障期间，乙方应安排专人驻场值守。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的接口程序、小程序、源代码、设计文档及其他成果，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和二次开发。
P:6.2 平台标准软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯任何第三方权利，否则由乙方承担全部责任。
P:6.3 乙方应在最终验收前向甲方交付全部定制源代码及编译、部署说明，并保证甲方技术人员可据此独立完成编译和部署。
H:第七条 数据安全
P:7.1 平台采集、存储的全部申请人信息、预约记录、证件数据及日志均属于甲方，乙方仅能为履行本合同处理，不得复制、留存、向任何第三方提供或用于任何其他目的。
P:7.2 乙方应按照网络安全等级保护第三级要求落实安全措施，人员经甲方政审后方可接触系统，远程运维一律禁止，现场运维须经甲方审批并全程审计。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履行本合同知悉的警务工作秘密、系统架构、账号口令及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:8.2 乙方参与本项目的人员均应签署保密承诺书，乙方对其人员的泄密行为承担连带责任。
H:第九条 违约责任
P:9.1 乙方逾期提请初步验收或最终验收的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:9.2 甲方无正当理由逾期付款的，按国家有关规定承担责任。
P:9.3 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
H:第十条 分包与转包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十一条 合同解除
P:11.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）逾期超过六十日；（二）验收连续两次不合格；（三）发生第七条所述数据安全事件；（四）其他严重违约且经催告后十五日内未改正。
P:11.2 合同解除的，乙方应退还已收取的未履行部分款项，并移交全部成果和数据。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份、乙方二份。履约期满后本合同自然终止，不自动续期。
P:本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力；补充协议不得违背招标文件和投标文件的实质性内容。
P:甲方（盖章）：江州市公安局出入境管理支队　　乙方（盖章）：江州云衡信息技术有限公司
P:签订日期：2026年　月　日
"""
PLAN["z01"] = dict(
    file="h229z01_exit_entry_appointment_platform.md", lang="zh", category="software",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=10, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2330000, _fee_base=1260000),
    rules=[], items=[1260000, 848000, 186000, 36000], pays=[466000, 1048500, 815500],
    figures=["2,330,000", "99.95%", "30分钟", "千分之一", "20%", "三年", "10%", "1,260,000"])

# ============ h229z02: 电缆厂 火花试验机 + 偏心度测量仪 + 质保后维保 (docx), PWF uncapped + subcontract on notice ============
S["z02"] = """T:在线检测设备采购合同
P:合同编号：YXDL-SB-2026-0611
P:买方（以下简称甲方）：宜兴远东线缆股份有限公司
P:卖方（以下简称乙方）：常州精测仪器科技有限公司
P:甲方因电力电缆及控制电缆挤出生产线质量检测升级需要，向乙方采购在线火花试验机、激光偏心度测量仪及配套数据采集软件。双方根据《中华人民共和国民法典》，经友好协商，就设备供货、安装调试及售后服务事宜达成如下条款。
H:一、设备清单与合同价格
P:1.1 设备名称、规格、数量及价格见下表。价格为含税固定价，已包括设备费、运输至甲方厂区的费用、保险、安装调试、培训及质保期内的服务费用。
TB:序号|名称及型号|数量|单价（元）|金额（元）
TB:1|在线火花试验机 JC-HV30（工频，0–30 kV）|12台|38,500|462,000
TB:2|激光偏心度测量仪 JC-EC60（三轴，外径 5–60 mm）|8台|86,000|688,000
TB:3|质量数据采集软件（20个采集点许可）|1套|64,000|64,000
TB:4|安装调试及与MES接口对接|1项|52,000|52,000
TB:5|操作及维修培训|1项|14,000|14,000
TB:设备及软件小计|||||1,214,000
TB:合同总价||||1,280,000
P:1.2 合同总价为人民币壹佰贰拾捌万元整（¥1,280,000）。
P:1.3 设备的技术参数、配置及性能指标以双方签署的技术协议为准。技术协议与本合同不一致的，以对甲方更有利者为准。
H:二、交货与安装
P:2.1 乙方应于合同生效后六十日内将全部设备运至甲方宜兴厂区第二、第三车间，并于到货后二十日内完成安装、调试及与甲方MES系统的数据接口对接。
P:2.2 设备到货时双方共同开箱清点，核对型号、数量、随机文件及出厂检验报告，并签署到货签收单。到货签收单仅确认数量和外观，不代表质量验收。
P:乙方应随设备提供中文操作手册、维修手册、电气原理图、出厂检验报告及计量校准证书各两套，资料不全的视为交货未完成。
P:2.3 乙方可将设备的现场安装调试工作交由其在无锡的服务合作单位实施，但应提前书面告知甲方，并对合作单位的工作质量承担责任。
P:2.4 乙方应采用适合长途运输的包装，因包装不当造成的损坏由乙方负责。设备运抵后由乙方负责卸车及就位，甲方提供吊装设备及电源。
P:2.5 乙方现场人员应遵守甲方车间安全生产规定，进入高压试验区须办理作业许可，因乙方人员违章造成的人身及财产损失由乙方承担。
H:三、验收
P:3.1 安装调试完成后，设备在生产线上连续运行二十日，期间乙方配合甲方进行最终验收测试。
P:3.2 验收标准：（一）火花试验机在标准样线上对人工针孔缺陷的检出率不低于99%，电压示值误差不超过±2%；（二）偏心度测量仪对标准棒的测量重复性优于±0.005 mm，偏心度示值误差不超过±1%；（三）采集软件每秒上传数据，MES侧数据与设备显示值比对一致；（四）运行期间无因设备原因造成的停线。
P:3.3 全部指标达标的，甲方签署最终验收报告。未达标的，乙方应在十日内整改并重新测试。设备投入生产使用不视为验收合格。
P:3.4 验收所需的标准样线、标准棒由乙方提供，并附有效的计量检定证书。
H:四、付款
P:4.1 合同生效后十个工作日内，甲方支付合同总价的10%，即¥128,000。
P:4.2 全部设备到货并安装完毕后，甲方支付合同总价的60%，即¥768,000。
P:4.3 最终验收合格后二十个工作日内，甲方支付合同总价的25%，即¥320,000。
P:4.4 合同总价的5%，即¥64,000，作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
P:4.5 乙方应在每次收款前开具全额增值税专用发票。
P:4.6 甲方有权从应付款项中直接扣减乙方应付的违约金、超时费用及赔偿款。
H:五、质量保证
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为损坏的故障，乙方免费维修或更换零部件，并免费提供软件升级。
P:5.2 质保期内故障分级及响应要求如下：一级故障（导致挤出生产线停线）乙方应在1小时内远程响应，8小时内派工程师到达现场；二级故障（单台设备功能异常但不影响生产）2小时内响应，48小时内到场。
P:5.3 乙方响应或到场超时的，每超时一小时向甲方支付¥500。
P:乙方应建立设备维修档案，每次服务后提交服务报告，经甲方设备科签字确认。
P:5.4 乙方应在甲方厂区存放常用备件一套，备件消耗后十日内补齐。
P:5.5 质保期内因同一原因累计发生三次以上一级故障的，乙方应免费更换整机，该设备的质保期自更换之日起重新计算。
H:六、质保期满后的维保服务
P:6.1 质保期满后，甲方可委托乙方继续提供设备维保服务，服务内容包括每季度巡检、年度计量校准、故障维修及软件升级。
P:6.2 维保服务费按乙方当年度公布的维保价格表执行，双方每年签订维保服务单。乙方调整价格表的，应提前三十日通知甲方。
P:6.3 维保服务期间的故障响应时限按本合同第5.2条执行。
H:七、数据与信息安全
P:7.1 设备及采集软件产生的工艺参数、检测记录和质量数据均属于甲方，乙方不得复制、上传至乙方或任何第三方的服务器，也不得用于本合同以外的用途。
P:7.2 乙方远程诊断须经甲方信息部门逐次审批，通过甲方提供的VPN账号进行并留存操作日志；工程师现场服务须遵守甲方信息安全及保密制度。
P:7.3 因乙方原因导致甲方数据泄露、丢失或生产系统遭受攻击的，乙方应在发现后2小时内通知甲方、协助处置，并赔偿甲方由此遭受的损失。
H:八、保密
P:乙方对在合作中获悉的甲方生产工艺、配方参数、客户信息、经营数据等商业秘密负有保密义务，未经甲方书面许可不得向任何第三方披露或用于其他目的。本保密义务在合同终止后三年内继续有效。
P:乙方应与其参与本项目的人员签订保密协议，并对其人员的泄密行为承担责任。
H:九、知识产权
P:9.1 乙方为甲方定制开发的MES数据接口程序及报表模板，其知识产权归甲方所有，乙方应交付源代码，甲方可自行修改使用。
P:9.2 设备内置软件及采集软件的著作权归原权利人，甲方享有永久使用权。
P:9.3 乙方保证所供设备及软件不侵犯第三方知识产权。如有第三方主张权利，由乙方负责处理并承担全部费用。
H:十、违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过四十五日的，甲方有权解除合同。
P:10.2 设备经两次整改仍不能通过验收的，甲方有权退货，乙方应退还全部已付款项并赔偿甲方损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、合同解除
P:一方严重违反本合同且在收到对方书面通知后十五日内未予纠正的，守约方有权解除本合同并要求违约方赔偿损失。
P:合同解除后，乙方应在三十日内退还甲方已支付的未履行部分款项，甲方可保留已验收合格的设备并按合同单价结算。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单。
P:甲方（盖章）：宜兴远东线缆股份有限公司　　代表签字：________
P:乙方（盖章）：常州精测仪器科技有限公司　　代表签字：________
"""
PLAN["z02"] = dict(
    file="h229z02_cable_plant_spark_testers_eccentricity_gauges.docx", lang="zh", category="hardware",
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=False,
               contract_value=1280000, _fee_base=1214000),
    rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"], items=[462000, 688000, 64000, 52000, 14000],
    lines=[(12, 38500, 462000), (8, 86000, 688000)], pays=[128000, 768000, 320000, 64000],
    figures=["1,280,000", "1小时内", "万分之八", "10%", "二十四个月", "当年度公布的维保价格表", "书面告知"])

# ============ h229z03: 书店连锁 40 门店 收银及会员 SaaS + 实施 (txt), availability 99.5, cap 6 months, auto-renewal +8% ============
S["z03"] = """T:门店收银及会员管理云服务合同
P:合同编号：XSSD-IT-2026-08
P:客户（甲方）：湖南湘书文化连锁有限公司
P:服务商（乙方）：长沙店联云科技有限公司
P:甲方在湖南省内经营四十家实体书店，现有收银系统老旧、会员数据分散。乙方拥有“店联云”零售收银及会员管理SaaS平台。甲方拟订阅该平台并委托乙方完成实施上线。经双方协商，订立本合同如下。
H:第1条 定义
P:1.1 “平台”指乙方运营的店联云收银、库存、会员、营销及报表云服务。
P:1.2 “门店”指甲方名下经营的书店，开通时共四十家，具体名单见附件一。
P:1.3 “甲方数据”指甲方及其会员在使用平台过程中产生或上传的全部数据，包括商品、销售、库存、会员资料、积分及交易记录。
P:1.4 “上线”指门店停止使用原收银系统、全部收银和会员业务改由平台办理。
H:第2条 服务内容
P:2.1 乙方为甲方四十家门店开通平台订阅，包括收银终端软件、会员小程序、后台管理、图书库存及调拨、营销券、报表分析功能，账号数不限。
P:2.2 实施服务：乙方负责历史商品数据及约二十六万条会员数据迁移、门店收银硬件（扫码枪、小票机、钱箱）对接、会员积分规则配置、店员培训，并逐店上线。
P:2.3 乙方负责平台的运行维护和版本升级，升级不得降低已有功能。
P:2.4 乙方应为甲方配备专属客户经理并开通全天候服务热线，每月提交平台运行报告，内容包括可用率、故障清单、处理结果及优化建议。
P:2.5 收银终端在网络中断时应能离线收银不少于七十二小时，网络恢复后自动上传交易数据，不得丢单。
P:2.6 乙方负责对接甲方现有图书批发商的电子订货接口，实现订货、到货及退货单据的自动传输。
H:第3条 服务期限与续期
P:3.1 订阅服务期为三十六个月，自全部门店上线验收合格次日起算。
P:3.2 服务期届满前六十日内任何一方未书面提出不续约的，本合同自动续展，每次续展期为二十四个月。续展时乙方有权根据成本变化上调订阅费，上调幅度不超过上一期费用的8%，以乙方书面通知为准。
P:3.3 续展期内的服务水平、数据及保密条款与首个服务期相同。
H:第4条 费用与支付
P:4.1 订阅费：每家门店每年人民币8,160元，四十家门店每年合计¥326,400，三十六个月服务期合计¥979,200。
P:4.2 实施费：一次性¥148,000。
P:4.3 本合同总金额为¥1,127,200（订阅费¥979,200加实施费¥148,000）。
P:4.4 实施费在全部门店上线验收合格后十五个工作日内支付。订阅费按季度后付，每季度¥81,600，乙方在每季度结束后开具发票，甲方收票后十五个工作日内支付。甲方无需预付任何费用。
P:4.5 服务期内新增门店的，按每店每年8,160元的单价按月折算计费。
P:4.6 订阅费包含平台使用、数据存储、短信通知（每月不超过二十万条）及版本升级费用，超出部分的短信按每条0.04元另行结算。
H:第5条 上线验收
P:5.1 乙方应在服务开通后七十五日内完成全部门店上线。
P:5.2 验收标准：（一）会员数据迁移后抽检五百条，姓名、手机号、积分余额全部一致；（二）每家门店完成不少于三日的真实收银，日结与财务对账无差异；（三）收银单笔结算时间不超过1.5秒；（四）附件二所列功能测试全部通过。
P:5.3 甲方在收到验收申请后十个工作日内组织验收，符合标准的签署验收单。门店试营业使用平台不视为验收合格。
P:5.4 验收不合格的，乙方应在十日内整改，整改期间订阅服务期不起算。
P:5.5 各门店上线时乙方应派员现场值守不少于两个营业日，协助店员处理收银问题。
H:第6条 服务水平
P:6.1 平台月度可用率不低于99.5%（计划内维护除外，计划维护须安排在凌晨零点至六点并提前三日通知）。
P:6.2 故障等级：一级故障指十家以上门店无法收银或会员无法积分，乙方应在30分钟内响应并于2小时内恢复；二级故障指单店无法收银，1小时内响应；三级故障指报表或营销功能异常，次日内处理。
P:6.3 服务赔偿：月度可用率低于约定值的，按当月订阅费的5%抵扣；低于99%的，按10%抵扣。一级故障恢复超时的，每超时一小时按当月订阅费的2%抵扣，单月抵扣合计不超过当月订阅费的50%。
P:6.4 乙方应在每月前五个工作日内提交上月服务水平报告。甲方对报告有异议的，以双方共同核实的监控记录为准。
P:6.5 因甲方门店网络、电力中断或甲方自行更改配置导致的故障，不计入不可用时间，但乙方应协助甲方排查。
H:第7条 甲方数据
P:7.1 甲方数据归甲方所有。乙方仅可为向甲方提供本合同服务而处理甲方数据，不得用于向第三方营销、画像分析或任何其他目的。
P:7.2 乙方应将甲方数据存储于中国境内的云数据中心，采取加密存储、传输加密、访问权限分级和操作审计措施，平台应通过网络安全等级保护第三级测评。
P:7.3 发生数据泄露或疑似泄露的，乙方应在6小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，并负责配合甲方向会员履行告知义务。
P:7.4 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认后删除。
P:7.5 乙方仅在甲方发起营销活动时代为发送会员短信，短信内容须经甲方审核，并应提供退订方式。
H:第8条 保密
P:双方对在合作中获知的对方商业信息、价格、技术资料负有保密义务，未经对方书面同意不得披露，本义务在合同终止后三年内有效。
P:乙方应对接触甲方数据的员工进行保密培训并签署保密承诺，员工离职后仍负有保密义务。
H:第9条 知识产权
P:9.1 平台及其软件的知识产权归乙方。
P:9.2 乙方为甲方配置的会员积分规则、定制报表模板、小程序页面设计及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由其他服务商使用。
P:9.3 乙方保证平台不侵犯第三方知识产权，因此产生的纠纷由乙方负责处理并赔偿甲方损失。
H:第10条 违约责任
P:10.1 乙方未按第5.1条期限完成全部门店上线的，每逾期一日向甲方支付违约金¥800。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 除故意、重大过失及违反第7条的情形外，乙方在本合同项下的累计赔偿责任不超过索赔事件发生前六个月甲方已支付的订阅费总额。
P:10.4 乙方违反第7条约定的，应赔偿甲方全部损失，包括甲方向会员或监管部门承担的赔偿和罚款。
H:第11条 转委托
P:乙方不得将本合同项下的实施或运维服务委托第三方完成，确需委托的，应事先取得甲方书面同意。
H:第12条 合同解除
P:12.1 一方实质性违约，经另一方书面催告后二十日内仍未纠正的，另一方有权解除合同。
P:12.2 平台连续两个月可用率低于99%的，甲方有权解除合同，乙方应按第7.4条配合导出数据。
P:12.3 合同解除或终止的，双方按实际服务期间结算订阅费；乙方应继续提供不少于三十日的过渡服务，保障门店正常收银。
H:第13条 法律适用与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交长沙仲裁委员会仲裁。
H:第14条 其他
P:本合同自双方盖章之日起生效，一式两份，双方各执一份。附件一：门店清单；附件二：功能清单及验收用例。
P:本合同附件与正文具有同等效力；附件与正文不一致的，以正文为准。
P:甲方：湖南湘书文化连锁有限公司（盖章）　　乙方：长沙店联云科技有限公司（盖章）
P:日期：2026年　月　日
"""
PLAN["z03"] = dict(
    file="h229z03_bookstore_chain_pos_membership_saas.txt", lang="zh", category="cloud",
    terms=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=800 / 1127200 * 100, liability_cap_pct=6 / 36 * 100, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1127200),
    rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], items=[979200, 148000],
    lines=[(40, 8160, 326400), (3, 326400, 979200), (4, 81600, 326400)], pays=[],
    figures=["1,127,200", "99.5%", "30分钟", "¥800", "前六个月", "8%", "二十四个月", "三十六个月"])

# ============ h229z04: 县水利局 灌区用水计量平台 年度运维 (政府采购 单一来源, pdf): no SLA, no confidentiality clause ============
S["z04"] = """T:灌区用水计量监测平台2027年度运行维护服务合同
P:项目编号：SHX-SL-2026-DY-009（政府采购 单一来源）
P:采购人（甲方）：石河县水利局
P:成交供应商（乙方）：陇西汇泉水务科技有限公司
P:乙方为石河县东干渠灌区用水计量监测平台的原建设单位。该平台于2024年建成，包括分布在干、支、斗渠的186个计量点（超声波流量计、雷达水位计及遥测终端）、县水利局监控中心平台软件及农户用水查询小程序。平台原质保期已于2026年届满。经县财政部门批准，甲方以单一来源方式向乙方采购该平台2027年度运行维护服务。依据《中华人民共和国政府采购法》及相关规定，双方订立本合同。
H:一、服务期限
P:服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，如需继续委托，甲方按政府采购程序另行采购。
H:二、服务内容
P:（一）计量点巡检维护：每月对186个计量点逐一巡检，检查传感器、太阳能供电、遥测终端及通信状态，清理渠道淤积对测流断面的影响，填写巡检记录并拍照上传。
P:（二）汛前及灌溉期前专项检修：每年3月底前完成春灌前全面检修，5月底前完成汛前检修，对流量计进行比测校核，偏差超过±3%的予以调校或更换。
P:冬季停水期设备防护：每年11月停水后对渠道内设备进行防冻、防盗检查，拆除易损部件入库保管，次年春灌前复装调试。
P:（三）平台软件运维：负责监控中心平台、数据库及小程序的日常运行维护、故障处理、补丁更新和数据备份，每月备份一次并异地保存。
P:小程序运维方面，乙方应保证农户用水查询小程序正常使用，按甲方要求更新水价、用水定额及通知公告，对用水户反映的数据差错及时核实更正。
P:（四）数据服务：每月5日前提交上月各斗口用水量统计、每季度提交水量平衡分析报告，配合甲方完成水资源费征收及用水户协会结算数据核对。
P:（五）备品备件：乙方在县城设立备件库，储备不少于计量点总数8%的流量计及遥测终端，所耗备件费用包含在合同价内。
P:（六）故障处理：接到甲方或用水户协会报修后，乙方应及时安排人员处理，尽快恢复设备和平台运行，处理结果报甲方备案。
P:（七）用水户服务：设立服务热线，接听用水户关于计量数据、水量查询的咨询，做好登记和回访。
P:（八）技术培训：每年对甲方及各用水户协会管理人员开展不少于两次技术培训，内容包括计量设备日常检查、平台查询和报表使用。
P:（九）台账管理：建立计量点设备台账，记录设备型号、安装位置、更换和维修情况，每季度更新并报甲方。
P:（十）人员配置：乙方应在县城设立运维站，配备专职运维人员不少于四名，并配备巡检车辆和比测仪器。
P:（十一）灌溉期保障：春灌、夏灌及汛期，乙方应加密巡查频次，确保计量数据连续上报，遇设备损坏应优先抢修。
P:（十二）安全作业：乙方人员在渠道、闸站作业时应遵守水利工程安全管理规定，配备救生衣等防护用品，汛期涉水作业须两人以上同行，因乙方原因发生的安全事故由乙方负责。
H:三、合同价款
P:本合同总价为人民币肆拾叁万陆仟元整（¥436,000），包括以下各项：
TB:服务项目|金额（元）
TB:计量点巡检及专项检修（186个计量点）|218,400
TB:平台软件运维|126,000
TB:数据服务及报表|61,600
TB:备品备件|30,000
TB:合计|436,000
P:上述价款为固定价格，包含人工、交通、仪器、备件、税费等一切费用。
H:四、付款方式
P:本合同不设预付款。甲方每季度末对乙方服务进行考核，考核合格后十五个工作日内支付当季度服务费¥109,000，四个季度合计¥436,000。季度考核不合格的，甲方按考核办法扣减当季度服务费，并可要求乙方限期整改。
P:乙方应按甲方要求开具发票。甲方付款受财政国库集中支付程序约束，因财政拨款程序造成的合理延迟不视为甲方违约。
H:五、考核与验收
P:（一）季度考核内容：巡检记录、检修记录、月度数据报表和备件台账是否齐全并按时提交；甲方每季度随机抽查不少于二十个计量点，核对现场设备状况与巡检记录是否相符；用水户投诉是否已处理并反馈。
P:（二）年度验收：服务期满后，甲方组织对全年服务进行验收，验收内容包括四个季度考核结果、春灌及汛前检修报告、流量计比测记录、设备台账和数据备份的完整性。年度验收合格的，甲方出具验收意见。
P:（三）季度考核扣款：经抽查发现漏巡或巡检记录与现场不符的，每个计量点扣减¥200；台账缺失的，每项扣减¥500。
P:（四）年度验收不合格的，乙方应在甲方规定期限内整改，甲方可暂缓支付第四季度服务费直至整改完成。
H:六、数据安全与数据归属
P:（一）平台采集的全部用水计量数据、用水户信息、平台日志及乙方在运维中形成的台账、报告，均属于甲方所有。乙方仅可为履行本合同使用，不得向任何第三方提供，不得用于本合同以外的用途。
P:乙方应指定数据安全责任人，运维人员须签署数据安全承诺书，离岗时注销全部账号。
P:（二）乙方应落实数据安全措施：平台账号实行实名和最小权限管理，远程维护须通过甲方指定的VPN并记录日志，数据库每月加密备份，禁止将数据拷贝至个人设备。
P:（三）发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在2小时内报告甲方，立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
P:（四）乙方应配合甲方完成平台网络安全等级保护测评及整改工作，相关费用包含在合同价内。
H:七、知识产权
P:乙方在运维中为甲方编写的报表模板、数据处理脚本及分析报告，归甲方所有。平台原有软件的权属按原建设合同执行。
P:乙方保证运维中使用的工具软件来源合法，不侵犯第三方知识产权。
H:八、违约责任
P:（一）乙方未按第二条约定期限完成春灌前检修、汛前检修或未按时提交数据报告的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方维护不到位造成计量数据缺失，影响水资源费征收的，乙方应赔偿甲方由此遭受的直接损失。
P:（三）甲方无正当理由拖延支付服务费的，应承担相应违约责任。
P:（四）因特大洪水等不可抗力导致乙方无法按期完成检修的，乙方应及时书面告知甲方，并在影响消除后尽快完成，相应期限顺延。
H:九、分包
P:本项目不得分包、转包。
H:十、合同解除
P:乙方连续两个季度考核不合格，或存在其他严重违约行为经书面通知后十五日内仍未改正的，甲方有权解除本合同，并按实际履行情况结算费用。
P:合同解除的，乙方应在十日内完成资料和账号移交，甲方可另行委托其他单位承担运维服务，由此增加的费用由乙方承担。
H:十一、法律适用和争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:十二、其他
P:本合同未尽事宜，双方可签订补充协议。本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。
P:服务期满时，乙方应向甲方移交设备台账、备品备件清单、平台账号口令及技术资料，并配合后续服务单位做好交接。
P:甲方（盖章）：石河县水利局　　　　　乙方（盖章）：陇西汇泉水务科技有限公司
P:法定代表人或授权代表：________　　　法定代表人或授权代表：________
P:签订日期：2026年12月　日
"""
PLAN["z04"] = dict(
    file="h229z04_county_irrigation_metering_platform_om.pdf", lang="zh", category="services",
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=436000),
    rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], items=[218400, 126000, 61600, 30000],
    lines=[(4, 109000, 436000)], pays=[],
    figures=["436,000", "千分之一", "109,000", "及时安排人员处理", "不设预付款"])

# ============ h229z05: 麻辣烫底料厂 WMS 许可 + 定制开发, 乙方合同范本 (md): ten findings ============
S["z05"] = """T:仓储管理系统软件许可及实施服务合同（仓智WMS标准合同文本 V4.0）
P:合同编号：CZ-WMS-2026-1187
P:甲方（用户）：四川蜀味源食品有限公司
P:乙方（软件供应商）：成都仓智软件股份有限公司
P:甲方主营麻辣烫底料、火锅底料及冒菜调料的生产与销售，现有原料库、包材库、成品库及冷链库共四处仓库。为实现原料批次追溯和成品先进先出管理，甲方决定采用乙方的仓智WMS软件。本合同采用乙方标准文本，双方确认已阅读并理解全部条款。
H:一、合同标的
P:1.1 乙方向甲方提供仓智WMS企业版软件许可，以及为甲方实施的定制开发、部署上线和培训服务。
P:1.2 定制开发内容：原料批次及保质期追溯、冷链库位温度联动、底料成品按生产日期先进先出出库、与甲方金蝶ERP的物料及单据接口、手持终端（PDA）拣货界面。
P:1.3 本合同所称“上线”，指系统在甲方任一仓库开始办理实际出入库业务。
P:1.4 本合同所称“一级故障”，指系统整体无法办理出入库业务；“二级故障”指部分功能异常但可采用替代方式继续作业。
H:二、合同金额
P:2.1 本合同总金额为人民币壹佰壹拾捌万元整（¥1,180,000），明细如下：
TB:项目|说明|金额（元）
TB:WMS企业版软件许可|4个仓库、60个PDA终端、不限后台用户|720,000
TB:定制开发|批次追溯、冷链库位、ERP接口、PDA界面|356,000
TB:实施部署|现场调研、配置、数据初始化、上线支持|84,000
TB:培训|仓管员、系统管理员培训|20,000
TB:合计||1,180,000
H:三、付款方式
P:3.1 本合同签订后五个工作日内，甲方支付合同总金额的50%，即¥590,000，作为预付款。乙方收到预付款后启动项目。
P:3.2 系统上线运行后十个工作日内，甲方支付合同总金额的50%，即¥590,000。
P:3.3 甲方逾期付款的，乙方有权暂停服务，并按每日千分之一收取滞纳金。
P:3.4 乙方收到款项后十五个工作日内开具增值税专用发票。合同总金额不因甲方需求调整而减少。
H:四、项目实施
P:4.1 乙方在收到预付款后九十日内完成定制开发和部署，并安排系统上线。
P:4.2 甲方应指定项目联系人，按时提供仓库布局、物料编码、历史库存等资料，并安排人员参加培训。因甲方原因导致的延误，工期相应顺延。
P:4.3 乙方提供的实施服务以本合同附件《实施范围说明》为限，超出范围的需求变更，双方另行签订变更单，按每人日2,800元计费。
P:4.4 甲方应提供符合乙方要求的服务器、网络及PDA终端。因甲方硬件环境不符合要求造成的系统问题，乙方不承担责任。
P:4.5 乙方可根据项目需要调整实施人员，并提前通知甲方。
P:4.6 甲方应在乙方提交数据初始化模板后七日内完成物料、库位及期初库存数据的整理和核对，数据准确性由甲方负责。
H:五、上线与验收
P:5.1 系统在甲方仓库正式上线运行即视为甲方验收合格。甲方不得以任何理由拒绝或拖延上线。
P:5.2 上线后发现的问题，乙方在维护期内按本合同第六条处理，不影响验收结论和付款。
P:5.3 甲方对系统功能有异议的，应在上线前以书面形式提出；上线后提出的，视为新增需求，按第4.3条处理。
H:六、免费维护期及技术支持
P:6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持和程序缺陷修复。
P:6.2 故障响应：一级故障（系统无法出入库）乙方在接到报修后10小时内响应；二级故障在两个工作日内响应；其他问题在版本更新时统一处理。
P:6.3 乙方将尽力在合理时间内解决故障，但不因响应或修复延误向甲方承担任何扣款、赔偿或违约金。
P:6.4 以下情形不属于免费维护范围：甲方自行修改配置或数据造成的故障；因甲方网络、服务器或ERP系统原因导致的问题；新增功能需求。
P:6.5 免费维护期内乙方提供的远程支持时间为工作日九时至十八时，节假日仅受理一级故障。
H:七、维护期满后的服务
P:7.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即每年¥201,600。
P:7.2 甲方未续签年度维护合同的，乙方不再提供技术支持、缺陷修复及版本升级。
P:7.3 年度维护服务内容包括远程技术支持、缺陷修复、版本升级及每个维护年度一次现场巡检。年度维护费在每个维护年度开始前支付。
P:7.4 甲方在维护期满后中断维护、之后重新续签的，应补缴中断期间的维护费。
H:八、知识产权
P:8.1 仓智WMS软件及其所有版本的著作权归乙方所有。
P:8.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关源代码，知识产权均归乙方所有。甲方在本合同约定的仓库范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。
P:8.3 甲方如需将定制功能扩展至其他仓库或关联公司使用，应另行向乙方购买许可。
H:九、数据
P:9.1 甲方在系统中录入和产生的库存、出入库及物料数据属于甲方。乙方应采取访问控制、传输加密和定期备份等措施保护甲方数据；因乙方过错导致数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方，并承担相应赔偿责任。
P:9.2 甲方同意乙方可将脱敏后的库存周转、出入库及物料数据汇总用于产品优化、行业分析及向其他客户提供的对标服务，该等使用在本合同终止后仍可继续。
P:9.3 甲方应自行做好业务数据的日常备份，因甲方未备份造成的数据损失，乙方不承担责任。
P:9.4 乙方远程维护时应使用甲方开通的临时账号，维护结束后由甲方关闭。乙方不对甲方服务器及网络的安全防护承担责任。
H:十、保密
P:双方对本合同内容及在合作中获知的对方技术和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。
P:乙方的产品价格、实施方法及本合同条款属于乙方商业秘密，甲方不得向其他软件供应商披露。
H:十一、违约责任
P:11.1 乙方未按第4.1条期限上线的，每逾期一日按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的3%。
P:11.2 甲方违反第八条约定的，应向乙方支付合同总金额的20%作为违约金。
P:11.3 任何一方均不对对方的间接损失、利润损失承担责任。
P:11.4 因不可抗力、第三方软硬件故障或甲方原因造成的延误，乙方不承担违约责任。
H:十二、合同解除
P:任何一方严重违约，经对方书面通知后三十日内仍未纠正的，守约方可解除本合同。合同解除后，乙方已收取的预付款中已投入的开发费用不予退还。
P:合同终止后，甲方应停止使用定制功能以外的升级版本，已安装的当前版本可继续使用。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会按其规则仲裁。
H:十四、其他
P:本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同文本为乙方标准文本，双方未另行修改。
P:本合同附件包括《实施范围说明》《系统功能清单》，附件是本合同不可分割的组成部分。乙方可根据产品发展更新本标准文本，更新后的文本仅适用于新签合同。
P:甲方（盖章）：四川蜀味源食品有限公司　　　乙方（盖章）：成都仓智软件股份有限公司
P:签署日期：2026年　月　日
"""
PLAN["z05"] = dict(
    file="h229z05_hotpot_base_maker_wms_supplier_template.md", lang="zh", category="software",
    terms=dict(availability_pct=None, p1_response_hours=10, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=None, prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=28, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=None, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
               contract_value=1180000, _fee_base=720000),
    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    items=[720000, 356000, 84000, 20000], lines=[(1, 720000 * 28 // 100, 201600)], pays=[590000, 590000],
    figures=["1,180,000", "50%", "10小时", "万分之二", "六个月", "28%", "201,600", "即视为甲方验收合格", "脱敏"])

# ============ h229e01: Yangjiang knife maker, blade-grinding CAM perpetual licences, German vendor (docx) ============
S["e01"] = """T:Software Licence and Services Agreement - Blade Grinding CAM Suite
P:Agreement No. SK-YJ-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Yangjiang Hanfeng Cutlery Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yangdong District, Yangjiang, Guangdong Province (the "Customer"), and Schleifkraft Software GmbH, a company registered in Germany with its seat on the Insel Buchhorst, Germany (the "Vendor").
H:Background
P:(A) The Customer manufactures kitchen knives, chef's knives and scissors and operates two grinding halls with fourteen five-axis CNC blade-grinding and sharpening machines.
P:(B) The Vendor develops and licenses the BladeForm CAM suite, which generates grinding paths for blade bevels, hollow grinds and edge geometries from 3D models and simulates material removal before production.
P:(C) The Customer wishes to acquire perpetual licences of BladeForm for its engineering and production staff, together with post-processors customised for its grinding machines, installation and training, on the terms below. At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Licensed Software" means the BladeForm CAM suite, version 8 and any update supplied under this Agreement, in object code, together with its user documentation.
P:1.2 "Custom Post-Processors" means the machine-specific post-processors, tool libraries and setup templates that the Vendor develops for the Customer's grinding machines under Clause 3.
P:1.3 "Customer Data" means the Customer's blade designs, 3D models, CAD files, grinding parameters, production records and any other data that the Customer makes available to the Vendor or processes with the Licensed Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Clause 6 have been passed.
P:1.5 "Business Day" means a day on which banks are open in Guangdong Province.
H:2. Licence Grant
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on fourteen (14) named workstations or concurrent seats at the Customer's sites in Yangjiang for the Customer's own business purposes.
P:2.2 The Customer may make back-up copies and may move a seat to a replacement workstation on notice to the Vendor. The Customer shall not reverse engineer the Licensed Software except to the extent permitted by mandatory law.
P:2.3 The licence survives expiry of any support period. Support is not a condition of continued use.
H:3. Services
P:3.1 The Vendor shall develop one Custom Post-Processor for each of the three machine models in the Customer's grinding halls, build a tool library for the Customer's grinding wheels, and prepare setup templates for the Customer's twelve most common blade profiles.
P:3.2 The Vendor shall install the Licensed Software and the Custom Post-Processors, configure the licence server on the Customer's network, and train up to twenty Customer engineers and machine operators in two on-site sessions.
P:3.3 The Vendor shall deliver the Licensed Software within thirty (30) days after signature and aims to complete installation and the Custom Post-Processors within ninety (90) days after signature. The Vendor will use reasonable endeavours to meet these dates but they are estimates only.
H:4. Fees
P:4.1 The fees are fixed and include all taxes, travel and living expenses of the Vendor's staff:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:BladeForm CAM perpetual licence (seat)|14|46,000|644,000
TB:Custom Post-Processors, tool library and setup templates|1 lot|118,000|118,000
TB:Installation and on-site training|1 lot|38,000|38,000
TB:Total Contract Price|||800,000
P:4.2 The Total Contract Price is CNY 800,000. The licence subtotal is CNY 644,000.
H:5. Payment
P:5.1 The Customer shall pay 20% of the Total Contract Price (CNY 160,000) within fifteen Business Days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Total Contract Price (CNY 360,000) within fifteen Business Days after the Licensed Software and the Custom Post-Processors have been installed. Installation is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Total Contract Price (CNY 280,000) within twenty Business Days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the account of the Vendor's representative office in Shenzhen named on the invoice, against a valid Chinese VAT invoice.
H:6. Acceptance
P:6.1 After installation the parties shall run the acceptance tests in Schedule 2 on the Customer's machines. The tests include: (a) grinding test blades for three reference profiles (a 210 mm chef's knife, a 150 mm utility knife and a santoku) from paths generated by the Licensed Software; (b) verifying that the bevel angle deviates by no more than 0.3 degrees and the edge line by no more than 0.02 mm from the model; (c) running each Custom Post-Processor without manual editing of the generated code; and (d) simulating a full production batch of forty blades without collision warnings.
P:6.2 If all tests are passed, the Customer shall issue a Final Acceptance certificate within five Business Days. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. Productive use of the Licensed Software before the certificate is issued does not constitute acceptance.
H:7. Warranty
P:7.1 The Vendor warrants that for six (6) months after Final Acceptance the Licensed Software and the Custom Post-Processors will perform substantially in accordance with their documentation and the acceptance criteria. During this period the Vendor shall correct reported defects free of charge.
P:7.2 The warranty does not cover defects caused by modifications made by anyone other than the Vendor, or by hardware or machine controls that do not meet the published system requirements.
H:8. Support and Maintenance
P:8.1 During the warranty period and any paid support period the Vendor provides a hotline in Chinese and English and remote support through a connection the Customer opens for each session.
P:8.2 Severity 1 means that grinding paths cannot be generated or a Custom Post-Processor produces unsafe code so that production on a machine stops. The Vendor shall respond to a Severity 1 incident within two (2) hours and provide a workaround or fix within two Business Days. Severity 2 incidents are answered within one Business Day.
P:8.3 For each Severity 1 incident not responded to in time, the Vendor shall credit 5% of the annual support fee, or during the warranty period pay CNY 2,000, up to ten credits per year.
P:8.4 After the warranty period the Customer may order annual support, including updates, new versions and hotline support, at 13% of the licence subtotal per year (CNY 83,720). This fee is fixed for the first three support years and thereafter may be changed only by written agreement. Support renews only when the Customer issues a purchase order; there is no automatic renewal.
H:9. Intellectual Property
P:9.1 The Vendor keeps all rights in the Licensed Software.
P:9.2 All rights in the Custom Post-Processors, tool libraries and setup templates vest in the Customer upon payment. The Vendor shall deliver their source files. The Customer may use, modify and license them freely, including to its machine suppliers and other software providers.
H:10. Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems, keep it after a support session, or use it for any other purpose.
P:10.2 Remote access is permitted only through the Customer's VPN, for a session approved by the Customer's IT department, and is logged. The Vendor shall apply access controls, encryption of any data in transit and the Customer's information security rules.
P:10.3 The Vendor shall notify the Customer within twenty-four (24) hours of any actual or suspected unauthorised access to Customer Data through the Vendor, cooperate in containing it, and be responsible for losses that the Customer suffers as a result of the Vendor's breach of this Clause 10.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Customer's blade designs and production methods and the Vendor's source code, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:12. Liability
P:12.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Contract Price, except for liability for personal injury, wilful misconduct and breach of Clauses 10 and 11, which is unlimited.
P:12.2 Neither party is liable for indirect or consequential loss.
H:13. Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent.
H:14. Term and Termination
P:14.1 This Agreement starts on signature and continues until all obligations have been performed.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty (30) days after written notice. If the Customer terminates before Final Acceptance, the Vendor shall refund all amounts paid and the Customer shall uninstall the Licensed Software.
H:15. Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:15.2 The courts of Lindau (Bodensee), Germany, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:16. General
P:16.1 This Agreement, with Schedule 1 (System Requirements) and Schedule 2 (Acceptance Tests), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English and Chinese. Both versions are equally authentic.
P:Signed for the Customer: ____________________ Name / Title / Date
P:Signed for the Vendor: ____________________ Name / Title / Date
"""
PLAN["e01"] = dict(
    file="h229e01_knife_maker_grinding_cam_licences_de_vendor.docx", lang="en", category="software",
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=6, post_warranty_fee_pct=13, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="Germany",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=800000, _fee_base=644000),
    rules=["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-WARRANTY"], items=[644000, 118000, 38000],
    lines=[(14, 46000, 644000), (1, 644000 * 13 // 100, 83720)], pays=[160000, 360000, 280000],
    figures=["800,000", "six (6) months", "two (2) hours", "13%", "83,720", "150%", "20%", "Lindau"])

# ============ h229e02: Xishuangbanna elephant park ticketing SaaS, Order Form + General Terms, Italian vendor (md) ============
S["e02"] = """T:Order Form No. BG-CN-2026-0093 - Biglietto Cloud Ticketing Service
P:This Order Form is entered into between Xishuangbanna Wild Elephant Valley Tourism Development Co., Ltd., Jinghong, Yunnan Province, People's Republic of China ("Customer"), and Biglietto Cloud S.r.l., with its registered seat on the Isola di Santo Spirito, Venice, Italy ("Biglietto"). It incorporates the Biglietto General Terms of Service set out in Part B below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails.
H:Part A - Order Form
H:A1. Subscribed Services
P:Biglietto will provide its Biglietto Cloud ticketing platform for the Customer's park, including online and mini-program ticket sales in Chinese and English, timed-entry and capacity management for the elephant observation trail, group and travel-agency booking, 22 ticket-office and kiosk seats, QR-code validation at 14 turnstiles, refunds, revenue reporting and the operator console (together, the "Services").
H:A2. Subscription Term
P:The Subscription Term is twenty-four (24) months from the Service Start Date, which is the day after Go-Live Acceptance under A5. At the end of the Subscription Term the subscription renews for a further twenty-four (24) months at the same fees and on the same terms unless either party gives written notice of non-renewal at least sixty (60) days before the end of the current term.
H:A3. Fees
P:At the Customer's request all fees are quoted, invoiced and paid in Chinese Yuan (CNY).
TB:Item|Basis|Amount (CNY)
TB:Platform subscription (all modules, 22 seats, 14 turnstiles)|CNY 19,500 per month x 24 months|468,000
TB:Setup: turnstile integration, WeChat mini-program, data import, training|one-time|86,000
TB:Total Contract Value||554,000
P:Payment processing charges of the Customer's payment providers (WeChat Pay, Alipay, UnionPay) are paid by the Customer directly to those providers and are not part of this Order Form.
H:A4. Invoicing and Payment
P:The setup fee is invoiced after Go-Live Acceptance. The subscription fee is invoiced monthly in arrears at the end of each calendar month. The Customer pays each undisputed invoice within thirty (30) days after receipt of a valid Chinese VAT invoice issued by Biglietto's Kunming service company. No amount is payable in advance.
H:A5. Implementation and Go-Live Acceptance
P:A5.1 Biglietto shall complete setup within sixty (60) days after signature of this Order Form, before the Water-Splashing Festival peak season.
P:A5.2 Go-Live Acceptance tests: (a) end-to-end sale, validation and refund of each ticket type through each channel; (b) every turnstile admits a valid QR code within one second and rejects used or expired codes; (c) a load test of 3,000 ticket sales per minute without errors; (d) daily revenue report reconciled with the payment providers' statements for three consecutive days. When all tests are passed, the Customer signs a Go-Live Acceptance certificate. Ticket sales to the public before the certificate is signed are not acceptance.
P:A5.3 If Biglietto does not achieve Go-Live Acceptance by the date in A5.1 for reasons attributable to Biglietto, it shall pay the Customer CNY 500 for each day of delay, up to CNY 43,000 in total.
P:A5.4 Biglietto shall train the Customer's ticket-office supervisors and IT staff on site in Jinghong before Go-Live, and shall provide a Chinese-language operator manual and quick-reference cards for kiosk staff.
H:A6. Service Levels
P:A6.1 Biglietto targets a monthly availability of the ticket-sales and validation functions of 99.95%, excluding scheduled maintenance notified five days in advance and performed between 01:00 and 05:00 China Standard Time.
P:A6.2 Severity 1 (no tickets can be sold or validated at the park) - response within thirty (30) minutes, around the clock, and continuous work until restored. Severity 2 (one channel or function unavailable) - response within two hours during park opening hours. Severity 3 - next Business Day.
P:A6.3 Service levels are performance targets. Biglietto will report its performance monthly and work in good faith to improve it, but a failure to meet a service level does not entitle the Customer to service credits, fee reductions or damages.
H:A7. Customer Contacts
P:Customer: Mr. Yan Zhigang, IT Manager. Biglietto: Ms. Chiara Benedetti, Account Director, and the Kunming support desk for day-to-day matters.
H:A8. Customer Responsibilities
P:The Customer shall provide network connections at the ticket offices and turnstiles, appoint a project lead with authority to approve configurations, supply accurate price lists and capacity limits, and obtain the consents required from visitors for the collection of their personal information through its own privacy notice, which Biglietto shall display in the booking flow.
H:Part B - General Terms of Service
H:B1. Use of the Services
P:B1.1 Biglietto grants the Customer and its authorised users a non-exclusive right to use the Services during the Subscription Term for the Customer's own park operations.
P:B1.2 The Customer is responsible for its users' credentials and for the accuracy of prices and capacity limits it configures.
P:B1.3 Biglietto may improve the Services from time to time, provided that no change materially reduces the functions subscribed in the Order Form.
P:B1.4 The Customer shall not resell the Services, use them for any other attraction without a separate order, or attempt to gain unauthorised access to the platform or to other customers' data.
H:B2. Customer Data
P:B2.1 "Customer Data" means all data entered into or generated by the Services for the Customer, including visitor names, identity-document numbers, mobile numbers, bookings, sales and entry records.
P:B2.2 Customer Data belongs to the Customer. Biglietto may process Customer Data only to provide the Services to the Customer and for no other purpose.
P:B2.3 On expiry or termination Biglietto shall make Customer Data available for export in CSV format for thirty (30) days and then delete it.
H:B3. Confidentiality
P:Each party shall keep the other party's confidential information secret, use it only for the purposes of this Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This clause survives for three years after termination.
H:B4. Subcontractors
P:Biglietto may use subcontractors, hosting providers and other service providers of its choice to perform the Services. Biglietto publishes a list of its principal subcontractors on its website and may update it at any time. Biglietto remains responsible for their performance.
H:B5. Intellectual Property
P:B5.1 Biglietto owns the Services, the platform software and all improvements to them.
P:B5.2 Ticket designs, price structures, the mini-program pages built for the Customer and all other Customer-specific configurations belong to the Customer. The Customer may use, modify and hand them to any successor provider.
H:B6. Warranties
P:Biglietto warrants that the Services will be performed with reasonable skill and care and will materially conform to their documentation. Biglietto does not warrant that the Services will be error-free.
P:Biglietto further warrants that the Services comply with the applicable rules of the People's Republic of China on online ticket sales and real-name ticketing as notified to it by the Customer, and that it holds the licences needed to provide them.
H:B7. Liability
P:B7.1 Each party's aggregate liability arising out of or in connection with this Order Form is limited to one and a half times (150%) the Total Contract Value.
P:B7.2 The limit does not apply to wilful misconduct, personal injury or the Customer's payment obligations.
P:B7.3 Neither party is liable for loss of profit, revenue or goodwill or for indirect loss.
H:B8. Term and Termination
P:B8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after receiving written notice describing the breach.
P:B8.2 Either party may terminate with immediate effect if the other party becomes insolvent or ceases business.
P:B8.3 On termination the Customer pays the fees for Services provided up to the termination date, and B2.3 applies.
H:B9. Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics and government action, provided that it notifies the other party promptly and resumes performance as soon as possible.
H:B10. Governing Law and Disputes
P:This Order Form and the General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming under its rules then in force. The award is final and binding.
H:B11. General
P:B11.1 Notices must be in writing and sent to the contacts named in A7.
P:B11.2 Neither party may assign this Order Form without the other party's prior written consent, except that Biglietto may assign it to an affiliate on notice.
P:B11.3 This Order Form is signed in English. A Chinese translation is provided for convenience.
P:B11.4 Biglietto may not change these General Terms during the current Subscription Term without the Customer's written agreement.
P:B11.5 Neither party shall use the other's name or logo in publicity without prior written approval, except that the Customer may state that it uses the Services.
P:Accepted and agreed:
P:For Customer: ____________________ Name / Title / Date
P:For Biglietto Cloud S.r.l.: ____________________ Name / Title / Date
"""
PLAN["e02"] = dict(
    file="h229e02_elephant_park_ticketing_saas_order_form_it_vendor.md", lang="en", category="cloud",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=500 / 554000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=554000),
    rules=["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], items=[468000, 86000],
    lines=[(24, 19500, 468000)], pays=[],
    figures=["554,000", "99.95%", "thirty (30) minutes", "CNY 500", "150%", "at the same fees", "of its choice"])

# ============ h229e03: Beidaihe clam farm water-quality sensors, French integrator, buyer's paper (txt), compliant ============
S["e03"] = """T:SUPPLY AND INSTALLATION CONTRACT - WATER-QUALITY MONITORING SYSTEM FOR THE BEIDAIHE CLAM BEDS
P:Contract No. QHD-BHX-2026-031
P:Buyer: Qinhuangdao Beidaihe Haixian Aquaculture Co., Ltd., Beidaihe District, Qinhuangdao, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Marcouf Aquasense SAS, a company registered in France with its seat on the Île Saint-Marcouf, France, acting through its Tianjin branch (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for equipment purchases. At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY).
H:ARTICLE 1 - PURPOSE
P:1.1 The Buyer farms Manila clams and surf clams on about 640 hectares of sea area off Beidaihe. Sudden drops in dissolved oxygen, salinity shifts after heavy rain and red-tide events have caused losses in recent seasons.
P:1.2 The Buyer purchases, and the Supplier shall supply, install and commission, a water-quality monitoring system consisting of moored multiparameter buoys, shore gateways and monitoring software, with alarms to the Buyer's farm managers, as specified in Annex A (the "System").
H:ARTICLE 2 - SCOPE OF SUPPLY
P:2.1 Thirty-six (36) solar-powered buoys, each measuring dissolved oxygen, temperature, salinity, pH, turbidity and chlorophyll-a, with anti-fouling wipers and 4G/LoRa communication.
P:2.2 Six (6) shore gateways with battery back-up at the Buyer's two jetties, hatchery and office.
P:2.3 A perpetual licence of the AquaSense Monitor software for the Buyer's servers, with dashboards, alarm rules, SMS and WeChat alerts, and history reports.
P:2.4 Mooring, installation at sea, commissioning, integration with the Buyer's hatchery control room, and training.
P:2.5 A starter set of spare parts (two complete sensor heads, four wiper assemblies and one spare gateway board) kept at the Buyer's hatchery, which the Supplier shall replenish during the warranty whenever a part is used.
H:ARTICLE 3 - PRICE
P:3.1 The Contract Price is fixed and includes delivery to Beidaihe, duties, taxes, insurance, installation, commissioning and training.
TB:Item | Qty | Unit price (CNY) | Amount (CNY)
TB:Multiparameter buoy MA-6 | 36 | 21,500 | 774,000
TB:Shore gateway GW-2 | 6 | 14,000 | 84,000
TB:AquaSense Monitor perpetual licence | 1 | 96,000 | 96,000
TB:Equipment and licence subtotal | | | 954,000
TB:Mooring, installation at sea and commissioning | 1 lot | 118,000 | 118,000
TB:Training of farm and hatchery staff | 1 lot | 18,000 | 18,000
TB:Contract Price | | | 1,090,000
P:3.2 The Contract Price is CNY 1,090,000.
H:ARTICLE 4 - DELIVERY AND INSTALLATION
P:4.1 The Supplier shall deliver all equipment to the Buyer's jetty within seventy-five (75) days after signature and complete installation at sea within thirty (30) days after delivery, weather permitting. Days on which the harbour authority prohibits small craft from going to sea extend the installation period day for day.
P:4.2 The Supplier shall use the mooring contractor Qinhuangdao Haitong Marine Engineering Co., Ltd., which the Buyer approves by signing this Contract. Any other subcontractor requires the Buyer's prior written consent. The Supplier is responsible for all subcontractors.
P:4.3 On completion of installation the parties sign an Installation Certificate. The Installation Certificate confirms quantities and positions only and is not acceptance.
P:4.4 Work at sea shall be carried out only in conditions allowed by the harbour authority, with life jackets and a second vessel on standby. The Supplier is responsible for the safety of its personnel and subcontractors and shall avoid damage to the clam beds and to other farmers' rafts.
H:ARTICLE 5 - ACCEPTANCE
P:5.1 After installation the System runs for a trial period of thirty (30) consecutive days.
P:5.2 The System passes acceptance when, during the trial period: (a) each buoy delivers readings at least every ten minutes on at least 98% of the scheduled intervals; (b) dissolved-oxygen readings deviate by no more than 0.3 mg/L from the reference measurements taken by the Buyer's laboratory on five sampling days; (c) an alarm for a simulated oxygen drop reaches the on-duty manager by SMS and WeChat within two minutes; and (d) the Supplier has delivered the as-built mooring plan, manuals and spare-parts list.
P:5.3 The Buyer shall then sign a Final Acceptance Certificate. If the System fails, the Supplier shall correct it and the trial period restarts for the affected buoys. Use of the System by the Buyer before Final Acceptance does not mean acceptance.
H:ARTICLE 6 - PAYMENT
P:6.1 No advance payment is made.
P:6.2 65% of the Contract Price (CNY 708,500) is paid within twenty (20) working days after the Installation Certificate is signed.
P:6.3 35% of the Contract Price (CNY 381,500) is paid within twenty (20) working days after the Final Acceptance Certificate is signed.
P:6.4 Each payment is made against a valid Chinese VAT invoice.
H:ARTICLE 7 - WARRANTY
P:7.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During this period it shall repair or replace any defective buoy, sensor, gateway or software at its own cost, including boat hire, and shall supply software updates free of charge.
P:7.2 Sensor membranes and wiper blades are consumables and are replaced free of charge only when they fail before their rated life.
P:7.3 Warranty repairs follow the response times and remedies of Article 8. A buoy that fails three times in the warranty period for the same reason shall be replaced with a new unit.
H:ARTICLE 8 - SERVICE LEVELS
P:8.1 Severity 1 means a failure that stops data or alarms from the whole farm or from the hatchery intake buoys. The Supplier shall respond by telephone within one (1) hour at any time of day and have a technician on site within twenty-four (24) hours. Severity 2 means a single buoy or sensor failure; the Supplier responds within one working day and repairs within five working days, weather permitting.
P:8.2 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 800. For each day by which a Severity 2 repair is late, the Supplier shall pay CNY 300. The Buyer may deduct these amounts from any payment due.
H:ARTICLE 9 - SUPPORT AFTER THE WARRANTY
P:9.1 After the warranty the Buyer may order annual support covering calibration twice a year, repairs, software updates and the service levels of Article 8.
P:9.2 The annual support fee is 9% of the equipment and licence subtotal, namely CNY 85,860 per year, fixed for the first three support years. Any later change requires written agreement and may not exceed 3% per year.
P:9.3 Support is ordered by purchase order for each year. There is no automatic renewal.
H:ARTICLE 10 - DATA
P:10.1 All readings, alarms, logs and reports generated by the System are Buyer Data and belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep, copy or use it for any other purpose, including research or product development.
P:10.2 The AquaSense Monitor software runs on the Buyer's servers in Qinhuangdao. The Supplier's remote maintenance access is enabled by the Buyer for each session, uses multi-factor authentication and is logged. Communications between buoys, gateways and server are encrypted.
P:10.3 The Supplier shall notify the Buyer within twelve (12) hours of any security incident affecting the System or Buyer Data, cooperate in remedying it, and bear the losses caused by its breach of this Article.
H:ARTICLE 11 - CONFIDENTIALITY
P:The Supplier shall keep confidential all information about the Buyer's farm, production volumes, hatchery methods and commercial terms, and shall disclose it to no third party without the Buyer's written consent, during this Contract and for three years afterwards.
H:ARTICLE 12 - INTELLECTUAL PROPERTY
P:12.1 The dashboards, alarm rules and reports configured for the Buyer belong to the Buyer, which may modify them and give them to any other service provider.
P:12.2 The Supplier keeps the rights in the standard AquaSense Monitor software and buoy firmware, which are licensed to the Buyer perpetually.
H:ARTICLE 13 - DELAY DAMAGES AND LIABILITY
P:13.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Liquidated damages do not release the Supplier from its obligations.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud and breach of Articles 10 and 11.
H:ARTICLE 14 - TERMINATION
P:The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not remedy the breach within twenty (20) days after the Buyer's notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for any part of the System not accepted.
H:ARTICLE 15 - GOVERNING LAW AND DISPUTES
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.
H:ARTICLE 16 - FINAL PROVISIONS
P:This Contract is signed in two originals in English and Chinese; both texts are equally valid. Annex A: Technical Specification and buoy positions. Annex B: Acceptance Test Plan.
P:Amendments to this Contract are valid only in writing signed by authorised representatives of both parties. If a provision is invalid, the rest of the Contract remains in force and the parties shall replace the invalid provision with a valid one of similar effect.
P:For the Buyer: ____________________ (seal)     For the Supplier: ____________________
"""
PLAN["e03"] = dict(
    file="h229e03_clam_farm_water_sensors_fr_integrator.txt", lang="en", category="hardware",
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=200, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1090000, _fee_base=954000),
    rules=[], items=[774000, 84000, 96000, 118000, 18000],
    lines=[(36, 21500, 774000), (6, 14000, 84000), (1, 954000 * 9 // 100, 85860)], pays=[708500, 381500],
    figures=["1,090,000", "one (1) hour", "0.08%", "200%", "9%", "85,860", "twenty-four (24) months"])

# ============ h229e04: Shenyang robot-parts distributor, managed IT + service desk, Spanish provider (pdf) ============
S["e04"] = """T:Managed IT and Service Desk Agreement
P:Agreement reference: MSA-SY-2026-118
P:Between: Shenyang Beifang Robot Parts Trading Co., Ltd., Hunnan District, Shenyang, Liaoning Province, People's Republic of China (the "Client"); and Servicios Gestionados Nicolás S.L., a company registered in Spain with its seat on the Isla de San Nicolás, Spain, acting through its Dalian branch (the "Provider").
H:Recitals
P:A. The Client distributes industrial-robot spare parts, reducers, servo motors and teach pendants from its Shenyang warehouse and four sales offices in Dalian, Changchun, Harbin and Tianjin, with about 260 users.
P:B. The Client wishes to outsource its end-user support, service desk, server and network operations to the Provider, and the Provider has agreed to provide these services on the terms of this Agreement. At the Client's request all charges are stated and paid in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Services" means the services described in Clause 2 and Schedule 1.
P:1.2 "Initial Term" means thirty-six (36) months from the Service Commencement Date.
P:1.3 "Service Commencement Date" means the day after the Client signs the Transition Acceptance certificate under Clause 4.
P:1.4 "Client Data" means all data of the Client or its customers that the Provider accesses, processes or stores in performing the Services, including customer lists, price lists, orders, e-mail and user accounts.
P:1.5 "P1 Incident" means an incident that stops the ERP, the warehouse management system, e-mail or internet access for a whole site, or a suspected security breach.
P:1.6 "Working day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China, taking into account official adjusted working days.
H:2. Services
P:2.1 Service desk: a bilingual (Chinese and English) service desk by telephone, WeChat and portal from 07:30 to 21:00 on working days and on-call outside these hours.
P:2.2 End-user support: deskside support at the Shenyang headquarters by two resident engineers, and remote support for the sales offices, covering about 300 PCs, laptops, printers and handheld scanners.
P:2.3 Infrastructure operations: monitoring and administration of the Client's 18 servers, storage, backup, firewalls, switches and Wi-Fi at all sites, patching, and a monthly backup restore test.
P:2.4 Transition: knowledge transfer from the Client's current IT staff, inventory of assets and accounts, runbooks, and set-up of the monitoring and ticket tools.
P:2.5 Asset and licence management: the Provider maintains the register of the Client's hardware and software licences, tracks warranties and renewals and reports quarterly.
P:2.6 Minor projects: PC roll-outs, new-starter set-ups and small network changes are included up to twenty engineer-days per quarter.
P:2.7 Security operations: the Provider applies the Client's password and patching policies, reviews firewall and antivirus alerts daily and reports suspected incidents to the Client's IT manager immediately.
H:3. Charges and Payment
P:3.1 The charges are:
TB:Charge|Basis|Amount (CNY)
TB:Transition|one-time|72,000
TB:Monthly service charge|CNY 58,000 x 36 months|2,088,000
TB:Total Contract Value (Initial Term)||2,160,000
P:3.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced at the end of each month for that month. The Client pays within thirty (30) days after receipt of a valid VAT invoice. The Provider receives no advance payment.
P:3.3 Additional work outside Schedule 1, such as office moves, is charged only if agreed in a written work order at the rates in Schedule 3.
P:3.4 The monthly service charge is fixed for the Initial Term. It already covers changes in the number of users of up to 10% above or below the figure in Recital A; larger changes are priced by written agreement.
H:4. Transition and Acceptance
P:4.1 The Provider shall complete transition within forty-five (45) days after signature.
P:4.2 Transition Acceptance requires: (a) all assets and user accounts listed and reconciled with the Client's records; (b) runbooks approved by the Client for every server and network device; (c) monitoring active for all servers and sites; (d) a successful test restore of the ERP database; and (e) ten working days of shadow operation of the service desk without an unresolved P1 Incident.
P:4.3 When the criteria are met, the Client signs a Transition Acceptance certificate. The Provider starting to answer calls is not acceptance.
P:4.4 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,300 for each day of delay.
H:5. Service Levels
P:5.1 P1 Incident: response within twenty (20) minutes at any time; restoration or workaround within six (6) hours.
P:5.2 P2 Incident (a single user or function affected, with business impact): response within one working hour; resolution within one working day.
P:5.3 Service desk: 85% of calls answered within 30 seconds, measured monthly; first-contact resolution of at least 70% for password and account requests.
P:5.4 Service credits: for each P1 Incident whose response or restoration target is missed, 3% of the monthly service charge; for each month in which the call-answering target is missed, 2%. Credits in a month are capped at 20% of that month's charge and are deducted from the next invoice.
P:5.5 The Provider reports service-level performance monthly and attends a monthly service review with the Client's IT manager.
P:5.6 Each monthly report lists incidents by priority, the service levels achieved, credits due, open problems, backup test results and planned changes for the next month.
H:6. Client Data and Security
P:6.1 Client Data belongs to the Client. The Provider shall process Client Data only on the Client's instructions and only to perform the Services, and shall not use it for any other purpose, including analytics or benchmarking for other clients.
P:6.2 The Provider's engineers access the Client's systems only with named accounts, multi-factor authentication and logged sessions. Client Data remains on the Client's systems in mainland China and shall not be copied to the Provider's systems or transferred outside mainland China.
P:6.3 The Provider shall comply with the Personal Information Protection Law and the Data Security Law, notify the Client within eight (8) hours of becoming aware of any security incident affecting Client Data, help contain it, and be liable for losses caused by its breach of this Clause 6.
H:7. Confidentiality
P:Each party shall keep confidential the other party's confidential information, including the Client's customer and pricing information and the Provider's tools and methods, and shall not disclose it without prior written consent. This obligation continues for three years after termination.
H:8. Intellectual Property
P:Runbooks, configuration records, knowledge-base articles and scripts prepared for the Client belong to the Client, which may use and modify them and give them to any successor provider. The Provider keeps its pre-existing tools and methods.
H:9. Subcontracting
P:The Provider shall not subcontract any part of the Services without the Client's prior written consent and remains responsible for any approved subcontractor.
H:10. Liability
P:10.1 The Provider's total liability arising out of or in connection with this Agreement is limited to the monthly service charges paid by the Client in the three (3) months preceding the event giving rise to the claim.
P:10.2 The limit does not apply to personal injury, fraud or wilful misconduct.
P:10.3 Neither party is liable for loss of profit or indirect loss.
H:11. Term and Termination
P:11.1 This Agreement starts on signature and continues for the Initial Term. It does not renew automatically; any extension requires a written agreement.
P:11.2 Given the Provider's investment in transition, resident staff and tools, neither party may terminate this Agreement before the end of the Initial Term, except where the other party becomes insolvent or ceases business. The Client's remedies for any breach of the service levels or other obligations of the Provider are the service credits under Clause 5 and damages under Clause 10.
P:11.3 At the end of the Agreement the Provider shall hand over all runbooks, passwords, configurations and Client Data and support the successor provider for up to thirty (30) days at the rates in Schedule 3.
H:12. Personnel
P:12.1 The Provider shall assign qualified staff, keep the two resident engineers stable and replace any engineer that the Client reasonably objects to within ten working days.
P:12.2 The Provider's staff comply with the Client's site, safety and IT rules.
P:12.3 Engineers with access to the Client's systems shall be background-checked and shall sign individual confidentiality undertakings before starting work.
P:12.4 The Provider shall give the Client at least one month's notice before replacing a resident engineer and shall arrange a hand-over of at least five working days.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenyang Arbitration Commission for arbitration in Shenyang.
H:14. Business Continuity
P:The Provider shall maintain a documented continuity plan for the Services, including back-up service-desk staff in its Dalian branch, and shall test the restore of the Client's critical servers twice a year together with the Client.
H:15. General
P:14.1 Amendments must be in writing and signed by both parties. Schedules: 1 Service Description; 2 Sites and Assets; 3 Rates for Additional Work.
P:14.2 This Agreement is executed in English and Chinese in two originals each.
P:For the Client: ____________________ Name / Title / Date
P:For the Provider: ____________________ Name / Title / Date
"""
PLAN["e04"] = dict(
    file="h229e04_robot_parts_distributor_managed_it_es_provider.pdf", lang="en", category="services",
    terms=dict(availability_pct=None, p1_response_hours=20 / 60, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1300 / 2160000 * 100, liability_cap_pct=3 / 36 * 100, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2160000),
    rules=["CR-LIABILITY-CAP", "CR-TERMINATION"], items=[72000, 2088000], lines=[(36, 58000, 2088000)], pays=[],
    figures=["2,160,000", "twenty (20) minutes", "CNY 1,300", "three (3) months", "neither party may terminate"])

# ============ h229e05: Tibetan highland-barley exporter, certificate API subscription, Portuguese vendor (txt): Lisbon forum only ============
S["e05"] = """T:CERTIFICATE API SUBSCRIPTION AGREEMENT
P:Agreement No. TOPO-CN-2026-027
P:THIS AGREEMENT is made between:
P:(1) Lhasa Gangjian Highland Barley Import & Export Co., Ltd., registered in Lhasa, Tibet Autonomous Region, People's Republic of China ("Customer"); and
P:(2) Topo Certificados Digitais, Lda., a company registered in Portugal with its seat on the Ilhéu do Topo, Azores, Portugal ("Vendor").
P:RECITALS
P:(A) Customer exports highland barley grain, roasted barley flour (tsampa) and barley tea to buyers in Nepal, the Middle East and Europe. Each shipment needs certificates of origin, phytosanitary and quality certificates, and importers increasingly ask to verify them electronically.
P:(B) Vendor operates the TopoCert platform, an application programming interface (API) and web portal for issuing, sealing, registering and verifying electronic trade certificates and for exchanging them with importers, inspection bodies and banks.
P:(C) Customer wishes to subscribe to TopoCert and to have Vendor connect it to Customer's export order system. At Customer's request all fees are stated and paid in Chinese Yuan (CNY).
H:1. DEFINITIONS
P:1.1 "Service" means the TopoCert API, portal, certificate templates, electronic sealing, verification pages and related support described in Schedule 1.
P:1.2 "Customer Data" means all data submitted to or generated by the Service for Customer, including shipment data, consignee names, certificates, seals, logs and verification records.
P:1.3 "Onboarding" means the configuration of Customer's certificate templates, connection of the Service to Customer's export order system, test issuance and training, as set out in Schedule 2.
P:1.4 "Subscription Term" means twenty-four (24) months from the date of Onboarding Acceptance.
P:1.5 "Working day" means a day on which banks are open in Lhasa.
H:2. SERVICE
P:2.1 Vendor shall provide the Service to Customer during the Subscription Term for up to 6,000 certificates per year, with unlimited verification requests by third parties.
P:2.2 Vendor shall host the Service for Customer in a data centre in mainland China operated by a licensed cloud provider and shall keep the Service compatible with Customer's export order system.
P:2.3 Vendor shall complete Onboarding within forty-five (45) days after signature.
P:2.4 Support is provided in Chinese and English by e-mail, telephone and the support portal. Vendor shall appoint a named customer success manager who meets Customer's documentation team at least quarterly.
P:2.5 Vendor may update the Service, provided that it gives at least thirty (30) days' notice of any change to the API and keeps the previous API version available for at least six months after the notice.
H:3. FEES AND PAYMENT
P:3.1 Fees:
TB:Item | Basis | Amount (CNY)
TB:Subscription fee | CNY 198,000 per subscription year x 2 | 396,000
TB:Onboarding (templates, integration, testing, training) | one-time | 34,000
TB:Total Contract Value | | 430,000
P:3.2 The subscription fee is invoiced quarterly in arrears in equal instalments of CNY 49,500. The Onboarding fee is invoiced after Onboarding Acceptance. Customer shall pay undisputed invoices within thirty (30) days of receipt of a valid invoice. No fee is payable in advance.
P:3.3 Certificates beyond the annual allowance are charged at CNY 18 each, invoiced quarterly in arrears, and are not part of the Total Contract Value.
P:3.4 All fees include value-added tax and any withholding taxes. Vendor shall issue its invoices through its service company in Shanghai as valid Chinese VAT invoices.
H:4. ONBOARDING ACCEPTANCE
P:4.1 Onboarding Acceptance requires: (a) each of Customer's eight certificate templates approved by Customer; (b) fifty test certificates issued from Customer's export order system through the API without manual re-entry; (c) each test certificate verified successfully by QR code and by API by a test importer account; and (d) completion of training for Customer's documentation team.
P:4.2 Customer confirms Onboarding Acceptance in writing within five working days after the tests are passed. Issuing live certificates before that confirmation is not acceptance.
P:4.4 If a test fails, Vendor shall correct the defect and repeat the test promptly at its own cost.
P:4.3 If Onboarding Acceptance is delayed beyond the period in clause 2.3 for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay, up to CNY 21,500.
H:5. SERVICE LEVELS
P:5.1 Vendor shall make the issuing API and the verification pages available 99.95% of the time in each calendar month, excluding scheduled maintenance notified seven days in advance.
P:5.2 Severity 1 (certificates cannot be issued or verified): response within forty-five (45) minutes, at any hour, and restoration within six (6) hours. Severity 2 (a function degraded): response within two hours. Severity 3: next working day.
P:5.3 Service credits: if monthly availability falls below the committed level, Vendor credits 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, and 2% for each Severity 1 incident whose response time is missed, with all credits in a month capped at 20% of that monthly equivalent.
P:5.4 Credits are deducted from the next invoice and do not limit Customer's other remedies.
P:5.5 Vendor shall provide a monthly service report showing availability, incidents, response times and credits, and shall publish the status of the Service on a status page that Customer's staff can consult at any time.
H:6. CUSTOMER DATA AND SECURITY
P:6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the Service to Customer and shall not use it, in identifiable, aggregated or anonymised form, for any other purpose.
P:6.2 Vendor shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for administrators and audit logs, and shall keep Customer Data in mainland China. Vendor shall comply with the Personal Information Protection Law, the Data Security Law and the Electronic Signature Law of the People's Republic of China.
P:6.3 Vendor shall notify Customer within twelve (12) hours of any security incident affecting Customer Data, take all steps needed to contain it, and be liable for the losses caused by its breach of this clause 6.
P:6.4 At the end of the Subscription Term Vendor shall return Customer Data in a readable format and keep the verification pages of issued certificates online for the period required by the importing countries, at no extra charge, then delete the data.
P:6.5 Customer may audit Vendor's compliance with this clause 6 once per subscription year on reasonable notice, or at any time after a security incident, and Vendor shall provide its current security certifications on request.
H:7. CONFIDENTIALITY
P:Each party shall treat as confidential all non-public information received from the other, including Customer's buyers, prices and shipment volumes, use it only for this Agreement and not disclose it without the other's prior written consent. This clause survives termination by three years.
H:8. INTELLECTUAL PROPERTY
P:8.1 Vendor keeps all rights in the TopoCert platform.
P:8.2 Customer's certificate templates, seals, integration code written for Customer and Customer's documentation belong to Customer, which may use, modify and license them freely.
P:8.3 Vendor warrants that the Service does not infringe third-party rights and shall defend Customer against any claim that it does, at Vendor's cost.
H:9. SUBCONTRACTING
P:Vendor shall not subcontract any part of the Service, including hosting, to a party other than the licensed cloud provider named in Schedule 1 without Customer's prior written consent.
H:10. LIABILITY
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.
P:10.2 The limit does not apply to breach of clauses 6 and 7, fraud or wilful misconduct.
H:11. TERM AND TERMINATION
P:11.1 This Agreement begins on signature and ends at the end of the Subscription Term. It does not renew automatically. Any renewal requires a new written agreement.
P:11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not remedied within thirty (30) days after written notice. Customer may also terminate if monthly availability is below 99.5% in two consecutive months.
P:11.3 On termination Customer pays only for the Service provided until termination, and clause 6.4 applies.
P:11.4 Vendor shall provide reasonable assistance for up to sixty (60) days after the end of this Agreement to transfer Customer's templates and verification records to a successor provider.
H:12. GOVERNING LAW AND DISPUTES
P:12.1 This Agreement is governed by the laws of Portugal.
P:12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Commercial Arbitration Centre of the Portuguese Chamber of Commerce and Industry, seated in Lisbon, in English.
H:13. GENERAL
P:13.1 Notices shall be in writing and sent by e-mail and courier to the addresses in Schedule 3.
P:13.2 This Agreement, with its Schedules, is the entire agreement. Amendments must be in writing and signed by both parties.
P:13.3 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and makes reasonable efforts to resume performance.
P:13.4 Neither party may assign this Agreement without the other's prior written consent.
P:13.5 This Agreement is made in English with a Chinese translation for reference.
P:Signed for Customer: ____________________ Name / Title / Date
P:Signed for Vendor: ____________________ Name / Title / Date
"""
PLAN["e05"] = dict(
    file="h229e05_highland_barley_certificate_api_pt_vendor.txt", lang="en", category="cloud",
    terms=dict(availability_pct=99.95, p1_response_hours=0.75, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=300 / 430000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="Portugal", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=430000),
    rules=["CR-GOVERNING-LAW"], items=[396000, 34000], lines=[(2, 198000, 396000), (8, 49500, 396000)], pays=[],
    figures=["430,000", "99.95%", "forty-five (45) minutes", "CNY 300", "150%", "laws of Portugal", "Lisbon"])


# ============ build, read back, check, label ============
FMT = {"z01": "md", "z02": "docx", "z03": "txt", "z04": "pdf", "z05": "md",
       "e01": "docx", "e02": "md", "e03": "txt", "e04": "pdf", "e05": "txt"}


def render(src, fmt):
    out, rows = [], []

    def flush():
        if not rows:
            return
        cells = [[c.strip() for c in r.split("|")] for r in rows]
        if fmt == "md":
            n = max(len(c) for c in cells)
            cells = [c + [""] * (n - len(c)) for c in cells]
            out.append("| " + " | ".join(cells[0]) + " |")
            out.append("|" + "---|" * n)
            out.extend("| " + " | ".join(c) + " |" for c in cells[1:])
        else:
            out.extend(" | ".join(c) for c in cells)
        out.append("")
        rows.clear()

    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            rows.append(text)
            continue
        flush()
        if tag == "T":
            out += ["# " + text if fmt == "md" else text, ""]
        elif tag == "H":
            out += ["## " + text if fmt == "md" else text, ""]
        else:
            out += [text, ""]
    flush()
    return "\n".join(out).rstrip("\n") + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    p = PLAN[key]
    terms = {k: p["terms"][k] for k in TERM_KEYS}
    extra = {k: v for k, v in p["extra"].items() if not k.startswith("_")}
    return {"file": p["file"], "language": p["lang"], "category": p["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(p["rules"])}


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    assert len(S) == len(PLAN) == 10
    # sources: sums and threshold scan of the source text itself
    for key, p in PLAN.items():
        v = p["extra"]["contract_value"]
        assert sum(p["items"]) == v, (key, sum(p["items"]), v)
        if p["pays"]:
            assert sum(p["pays"]) == v, (key, "pays", sum(p["pays"]), v)
        for q, u, amt in p.get("lines", []):
            assert q * u == amt, (key, q, u, amt)
        got = rules_from_labels(p["terms"], p["extra"])
        assert got == sorted(p["rules"]), (key, got, p["rules"])
    # write
    bin_targets = {k: (PLAN[k]["file"], FMT[k]) for k in PLAN if FMT[k] in ("docx", "pdf")}
    write({k: S[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k in PLAN:
        if FMT[k] in ("md", "txt"):
            (OUT / PLAN[k]["file"]).write_text(render(S[k], FMT[k]), encoding="utf-8")
            print("wrote", PLAN[k]["file"])
    for k in PLAN:
        name = PLAN[k]["file"]
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
    # read back
    bad = []
    print("\nfile | fmt | length | rules | risk | TCO share")
    for k, p in PLAN.items():
        text = read_back(OUT / p["file"])
        flat = re.sub(r"\s+", "", text)
        for f in p["figures"]:
            if re.sub(r"\s+", "", f) not in flat:
                bad.append((k, "figure missing", f))
        hits = scan(text) + scan(flat if p["lang"] == "zh" else re.sub(r"\s+", " ", text))
        if hits:
            bad.append((k, "threshold", sorted(set(hits))))
        if p["lang"] == "zh":
            n = len(flat)
            if not 2800 <= n <= 3300:
                bad.append((k, "length", n))
            size = "%d chars (%d with whitespace)" % (n, len(text))
        else:
            n = len(text.split())
            if not 1500 <= n <= 1700:
                bad.append((k, "words", n))
            size = "%d words" % n
        t, x = p["terms"], p["extra"]
        share = ("%.2f %%" % tco_share(t, x)) if (t["contract_kind"] == "goods_or_licence"
                                                 and t["post_warranty_fee_pct"] is not None) else "-"
        print(p["file"], "|", FMT[k], "|", size, "|", ", ".join(p["rules"]) or "(none)", "|", risk(p["rules"]),
              "|", share)
    mix = sorted(len(p["rules"]) for p in PLAN.values())
    fired = sorted({r for p in PLAN.values() for r in p["rules"]})
    print("\nfindings per contract:", mix)
    print("rules fired across the set (%d):" % len(fired), ", ".join(fired))
    assert mix.count(0) == 2 and mix.count(1) == 1 and sum(1 for m in mix if 2 <= m <= 3) == 6 and max(mix) >= 9, mix
    one = [p for p in PLAN.values() if len(p["rules"]) == 1][0]
    assert risk(one["rules"]) == "low"
    if bad:
        for b in bad:
            print("PROBLEM:", b)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
