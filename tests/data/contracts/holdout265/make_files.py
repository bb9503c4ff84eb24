"""holdout265: builds the ten ordinary draft contracts, their labels, and checks them (sums, figures, rules, thresholds).
Run: /work/main/.venv/bin/python make_files.py"""
import sys
sys.dont_write_bytecode = True
import json, re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

C = {}  # key -> dict(file, fmt, lang, category, kind, src, terms, extra, plan, forum_outside, figures, sums)


def rules(c):
    t, x, goods = c["terms"], c["extra"], c["terms"]["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tco = c.get("tco")
        if tco and tco["fees"] / tco["total"] * 100 > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or c.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rs):
    return "high" if HIGH & set(rs) else ("medium" if set(rs) - LOW else "low")


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# Threshold values (policy §3/§4) that may appear in no form in any built file.
THRESH = [
    r"(?<![\d.])30(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s+per\s*cent",
    r"(?<![\d.])4(\.0+)?\s*(个)?(小时|hours?|hrs?)\b", r"(?<![\d.])4(\.0+)?\s*(个)?小时", r"(?<![一二三四五六七八九十])四(个)?小时", r"\bfour\s*(\(4\)\s*)?hours?",
    r"99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九零])", r"ninety-nine point nine",
    r"(?<![\d.])0\.050*(?!\d)\s*(%|％)", r"万分之五(?![十])", r"five\s+ten-thousandths",
    r"(?<![\d.])12\s*(个)?(月|months?)\b", r"(?<![\d.])12\s*个?月", r"十二个月", r"\btwelve\s*(\(12\)\s*)?months?",
    r"(?<![\d.])15(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen\s+per\s*cent",
    r"(?<![\d.])100(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之(一)?百(?![分])", r"one hundred per\s*cent",
    r"(?<![\d.])40(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s+per\s*cent",
    r"(?<![\d.])5\s*(年|years?)\b", r"(?<![\d.])5\s*年", r"(?<![一二三四五六七八九十])五年", r"\bfive\s*(\(5\)\s*)?years?",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]


def hits(text):
    return [m.group(0) for rx in THRESH_RE for m in rx.finditer(text)]


def selftest():
    bad = ["预付款为合同总价的30%", "4小时内响应", "四小时", "99.9%", "万分之五", "0.05%", "12个月", "十二个月", "12 months",
           "15%", "百分之十五", "100%", "40%", "five years", "5年", "4 hours", "thirty per cent", "twelve (12) months"]
    good = ["预付款为25%", "24小时", "14小时", "99.95%", "万分之五十", "0.055%", "112个月", "18个月", "115%", "150%",
            "1.5%", "25年", "45 %", "14 hours", "99.99%", "2 hours", "24 months", "3 years"]
    for s in bad:
        assert hits(s), s
    for s in good:
        assert not hits(s), (s, hits(s))


# ---------------------------------------------------------------- z01 (docx, compliant, goods)
H265Z01 = """T:城市智慧路灯管理平台建设项目采购合同
P:合同编号：CGJ-ZC-2026-0417　　采购方式：公开招标（招标编号 GZCG-2026-088）
P:采购人（甲方）：江澄市城市管理局
P:供应商（乙方）：明泓照明物联科技有限公司
P:鉴于甲方就“城市智慧路灯管理平台建设项目”依法组织公开招标，乙方为经评审确定的中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，相互解释，互为说明。
H:第一条 项目内容
P:1.1 乙方为甲方主城区4,800盏道路照明灯具加装单灯控制器，在160个箱式变电站及配电箱内安装集中控制器，部署智慧路灯管理平台软件一套，实现远程开关灯、调光、能耗计量、故障自动报警、资产台账和工单派发等功能。
P:1.2 乙方负责平台与甲方“城市运行管理服务平台”及市政务云统一身份认证系统的接口开发与联调，并负责全部设备的安装、调试、系统集成、试运行和培训。
P:1.3 项目实施地点为甲方指定的主城区道路及甲方机房，计划工期为合同签订之日起一百五十日。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰伍拾捌万贰仟元整（¥3,582,000），为含税固定总价，包含设备、软件许可、安装、运输、保险、接口开发、培训及质保期内全部服务费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|单灯控制器（NB-IoT，含计量模块）|4,800台|420|2,016,000
TB:2|集中控制器（含防雷模块）|160台|3,600|576,000
TB:3|智慧路灯管理平台软件许可（永久）|1套|468,000|468,000
TB:|设备及软件小计|||3,060,000
TB:4|安装调试及系统集成|1项|312,000|312,000
TB:5|城市运行管理平台接口及定制开发|1项|186,000|186,000
TB:6|操作与运维培训|1项|24,000|24,000
TB:|合同总价|||3,582,000
P:2.2 除双方书面变更外，合同履行期间价格不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥716,400。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥1,253,700。到货签收仅确认数量与外观，不代表质量验收。
P:3.3 项目通过最终验收后，甲方支付合同总价的45%，即¥1,611,900。
P:3.4 乙方每次请款应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理时间不视为甲方违约。
H:第四条 验收
P:4.1 安装调试完成后进入为期三十日的试运行。试运行结束后，乙方提交验收申请，甲方组织专家按招标文件技术要求逐项验收，验收标准包括：（一）单灯控制器在线率不低于98.5%；（二）平台下发开关灯指令后，单灯动作延迟不超过10秒；（三）能耗计量误差不超过±1.5%；（四）故障报警准确率不低于97%；（五）与城市运行管理服务平台的接口经甲方确认数据一致；（六）通过第三方软件安全测评。
P:4.2 验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。设备安装、平台上线或甲方使用系统，均不视为验收合格。
P:4.3 验收合格后，双方签署最终验收报告。
H:第五条 质量保证
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备，免费提供软件缺陷修复和版本升级。
P:5.2 质保期满后，甲方如需继续委托乙方维保，年度维保费不超过设备及软件小计的8%（即每年不超过¥244,800），该费用标准在质保期满后两年内固定不变。
H:第六条 服务水平
P:6.1 质保期内平台年度可用率不低于99.95%。
P:6.2 故障分为三级：一级故障（平台整体不可用或成片路灯失控）30分钟内响应、2小时内到场、8小时内恢复；二级故障（单个片区功能异常）2小时内响应、24小时内修复；三级故障（单灯或单项功能问题）48小时内修复。
P:6.3 响应或恢复超过上述时限的，每超过一小时，乙方向甲方支付违约金¥1,000；平台可用率每低于约定值0.01个百分点，乙方支付违约金¥2,000，甲方可直接从应付款或履约保证金中扣除。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、配置文件、数据报表模板及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台软件原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付的货物和软件不侵犯任何第三方权利。
H:第八条 数据安全
P:8.1 平台运行中产生的路灯运行数据、能耗数据、资产台账及用户信息均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 平台部署于市政务云，乙方应按网络安全等级保护第三级要求落实访问控制、日志审计和数据加密措施，远程维护须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金，但因财政资金拨付原因造成的除外。
H:第十一条 分包
P:本项目不得转包。乙方拟将灯杆高空作业分包的，须事先取得甲方书面同意，并对分包方的行为承担连带责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 适用法律和争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 履约保证金与不可抗力
P:14.1 乙方应于合同签订后七日内向甲方提交合同总价5%的银行履约保函，有效期至最终验收合格后三十日。乙方未按约定履行义务的，甲方可按本合同约定从保函中获得赔偿。
P:14.2 因地震、台风、洪水等不可抗力导致不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，相应期限顺延；不可抗力持续超过六十日的，双方可协商解除合同。
P:14.3 因道路施工、交通管制等原因需调整安装计划的，乙方应提前三日向甲方书面报告，经甲方同意后执行，工期相应顺延。
H:第十五条 其他
P:15.1 合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江澄市城市管理局　　法定代表人或授权代表：________　　日期：____年__月__日
P:乙方（盖章）：明泓照明物联科技有限公司　　法定代表人或授权代表：________　　日期：____年__月__日
"""
C["z01"] = dict(
    file="h265z01_city_streetlamp_platform_public_tender.docx", fmt="docx", lang="zh", category="hardware", src=H265Z01,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20,
               acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=3582000),
    plan=[], figures=["99.95%", "30分钟内响应", "千分之一", "20%", "三年", "8%", "3,582,000", "¥244,800"],
    sums=[(4800 * 420, 2016000), (160 * 3600, 576000), (2016000 + 576000 + 468000, 3060000),
          (3060000 + 312000 + 186000 + 24000, 3582000), (716400 + 1253700 + 1611900, 3582000),
          (3582000 * 20 // 100, 716400), (3582000 * 35 // 100, 1253700), (3060000 * 8 // 100, 244800)],
    tco=dict(total=3582000 + 2 * 244800, fees=2 * 244800))
# ---------------------------------------------------------------- e01 (pdf, one low finding, goods/licence)
H265E01 = """T:Software Licence and Services Agreement — Embroidery Pattern Design Suite
P:Agreement No. AT-CN-2026-031
P:This Agreement is made between Suzhou Jinxiu Silk Embroidery Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province (the "Customer"), and Atelier Fil d'Or SAS, a simplified joint-stock company incorporated in France with its registered seat on the Île Piren, Brittany, France (the "Vendor").
P:Background. The Customer designs and produces hand and machine silk embroidery, including double-sided Su embroidery, and wishes to replace its ageing pattern-drawing tools with a modern design suite for its designers. The Vendor publishes the FilDesign Studio software for textile pattern design, stitch simulation and colour separation. Following the Customer's request for quotation and the Vendor's offer dated 9 March 2026, the parties agree as follows.
H:1. Definitions
P:1.1 "Licensed Software" means FilDesign Studio version 8 and the Colour Separation Module, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the items the Vendor develops specifically for the Customer under clause 3.2, including the thread-palette library, the converters and the report templates, in source and object form.
P:1.3 "Customer Data" means the Customer's pattern files, design drafts, customer orders, colour records and any other data the Customer creates, loads or processes with the Licensed Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under clause 5.4 that all acceptance criteria are met.
P:1.5 "Business Day" means a working day in mainland China.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive and non-transferable licence to install and use the Licensed Software for the number of named designer seats stated in the Price Schedule, on computers owned or controlled by the Customer at its studios in Suzhou.
P:2.2 The Customer may make backup copies and may move a seat from one computer to another by deactivating the first installation. Affiliates of the Customer in mainland China may use seats allocated to them by the Customer.
P:2.3 The licence survives expiry of the warranty and of any support agreement and may be terminated by the Vendor only if the Customer fails to pay the licence fees after written notice and a thirty-day cure period.
H:3. Scope of Services
P:3.1 The Vendor shall deliver the Licensed Software and licence keys, install it on fourteen designer workstations and two colour-separation stations, and configure it for the Customer's network and plotters.
P:3.2 The Vendor shall develop for the Customer: (a) a thread-palette library covering the 1,186 silk thread colours used by the Customer; (b) converters importing the Customer's 23,000 legacy pattern files from its existing drawing tool; and (c) production report templates in Chinese.
P:3.3 The Vendor shall train twenty designers and two administrators on site in Suzhou over five training days, with an interpreter at the Vendor's cost.
P:3.4 The Vendor shall complete installation within forty-five days and Final Acceptance within one hundred and ten days after signature.
H:4. Price and Payment
P:4.1 At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY) and include all taxes, travel and expenses.
P:Price Schedule
P:Item | Quantity | Unit price (CNY) | Amount (CNY)
P:FilDesign Studio perpetual designer seat | 14 | 38,500 | 539,000
P:Colour Separation Module perpetual licence | 2 | 46,000 | 92,000
P:Licence subtotal | | | 631,000
P:Installation, configuration and legacy file conversion | 1 | 58,000 | 58,000
P:On-site training | 1 | 21,000 | 21,000
P:Total Contract Price | | | 710,000
P:4.2 The Customer shall pay: (a) 10% of the Total Contract Price (CNY 71,000) within twenty Business Days after signature; (b) 55% (CNY 390,500) after the Vendor has installed the Licensed Software on all workstations and the Customer has signed the installation certificate, which confirms installation only and is not acceptance; and (c) 35% (CNY 248,500) within twenty Business Days after Final Acceptance.
P:4.3 The Vendor shall issue a valid Chinese VAT invoice, or have its appointed Chinese reseller issue one, before each payment. Payment shall be made to the bank account named in the Vendor's invoice.
H:5. Acceptance
P:5.1 After installation the Vendor shall run the acceptance tests set out in Annex 2 in the presence of the Customer's design manager.
P:5.2 The acceptance criteria are: (a) all 23,000 legacy pattern files are converted and a random sample of 300 files matches the originals in stitch count, colour and outline; (b) stitch simulation of a 60 cm by 90 cm double-sided pattern renders in less than 20 seconds on the agreed workstation; (c) colour separation of the sample set matches the Customer's thread palette with no unmatched colour; (d) the Chinese report templates print correctly; and (e) no Severity 1 defect remains open during a twenty-day trial run.
P:5.3 If a test fails, the Vendor shall correct the defect and repeat the test within ten days at its own cost. Installation, productive use of the software or any payment does not constitute acceptance.
P:5.4 When all criteria are met the Customer shall sign a Final Acceptance certificate within five Business Days.
H:6. Warranty
P:6.1 The Vendor warrants for eighteen months after Final Acceptance that the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation. During the warranty the Vendor shall correct defects free of charge and provide all updates and new versions released.
P:6.2 The Vendor warrants that the media and keys are free from viruses and disabling code and that the Customer's use under this Agreement does not infringe any third party's intellectual property rights.
H:7. Support and Service Levels
P:7.1 During the warranty the Vendor shall provide support by telephone, e-mail and remote session in Chinese or English between 08:00 and 20:00 China Standard Time on Business Days.
P:7.2 Severity 1 (the software cannot be used by the designers or pattern files are corrupted): response within 2 hours and a workaround within 1 Business Day. Severity 2 (a major function fails with no workaround): response within 8 business hours and correction within 5 Business Days. Severity 3 (other defects): correction in the next update.
P:7.3 For each hour by which the Vendor misses a Severity 1 response time, the Vendor shall pay the Customer CNY 500, deducted from the next payment or paid on demand.
P:7.4 After the warranty the Customer may buy annual support. The annual support fee is 11% of the licence subtotal, that is CNY 69,410 per year, and shall not change for the first three years of support. Support renews only by a purchase order of the Customer; there is no automatic renewal.
H:8. Intellectual Property
P:8.1 The Licensed Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify, copy and license them to others without restriction.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe third-party rights.
H:9. Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, keep, analyse or use it for any other purpose.
P:9.2 The Licensed Software runs on the Customer's own computers and does not send pattern files or usage data to the Vendor. Remote support sessions require the Customer's approval for each session, are recorded, and shall not transfer any file out of the Customer's network.
P:9.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, keep any Customer Data it receives encrypted, notify the Customer within 24 hours of any security incident, and bear all losses caused by an incident attributable to the Vendor or its staff.
H:10. Confidentiality
P:Each party shall keep confidential all non-public information of the other party, in particular the Customer's unpublished designs, pattern files and customer lists, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after termination, and for designs without time limit.
H:11. Delay and Liability
P:11.1 If the Vendor misses the installation date or the Final Acceptance date in clause 3.4 for reasons attributable to it, it shall pay delay damages of 0.1% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price. This limit does not apply to breach of clauses 9 and 10, infringement claims or wilful misconduct.
H:12. Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor's appointed Chinese reseller named in Annex 3 is approved for invoicing and logistics only.
H:13. Term and Termination
P:13.1 This Agreement takes effect on signature and continues until the end of the warranty; clauses 2, 8, 9, 10 and 11 survive.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice. If the Customer terminates before Final Acceptance, the Vendor shall refund all amounts paid against return of the licence keys.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by French law.
P:14.2 Any dispute shall be finally settled under the Rules of Arbitration of the International Chamber of Commerce by one arbitrator. The seat of arbitration is Paris, France, and the language is English.
H:15. General
P:15.1 This Agreement is signed in English and Chinese; in case of difference the English text prevails. Annexes: 1 Price Schedule; 2 Acceptance Test Plan; 3 Reseller.
P:15.2 Notices shall be in writing and sent to the addresses above.
P:Signed for the Customer: ____________________  Date: __________
P:Signed for the Vendor: ____________________  Date: __________
"""
C["e01"] = dict(
    file="h265e01_silk_embroidery_design_software_licences.pdf", fmt="pdf", lang="en", category="software", src=H265E01,
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
               acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="France", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=710000),
    plan=["CR-GOVERNING-LAW"], forum_outside=True,
    figures=["within 2 hours", "0.1%", "150%", "10%", "eighteen months", "11%", "710,000", "69,410", "French law"],
    sums=[(14 * 38500, 539000), (2 * 46000, 92000), (539000 + 92000, 631000), (631000 + 58000 + 21000, 710000),
          (71000 + 390500 + 248500, 710000), (710000 * 55 // 100, 390500), (631000 * 11 // 100, 69410)],
    tco=dict(total=710000 + 3.5 * 69410, fees=3.5 * 69410))
# ---------------------------------------------------------------- z02 (txt, 3 findings, goods)
H265Z02 = """T:回转窑烟气排放连续监测系统（CEMS）供货安装及维保合同
P:合同编号：HSJC-SB-2026-062
P:甲方（买方）：衡山建材水泥有限公司
P:乙方（卖方）：清测环境仪器有限公司
P:签订地点：甲方厂区
P:为满足排污许可证及超低排放改造对熟料生产线窑尾、窑头和煤磨排放口实施在线监测并与生态环境部门联网的要求，甲方经询比价选定乙方。双方根据《中华人民共和国民法典》及相关法律法规，本着平等自愿、诚实信用的原则，就乙方供货、安装、调试并提供维保服务事宜，订立本合同，共同遵守。
H:一、供货范围与技术要求
P:（一）乙方为甲方二号熟料线提供三套烟气排放连续监测系统，分别安装于窑尾、窑头和煤磨排放口，监测二氧化硫、氮氧化物、氧含量、颗粒物、烟气流速、温度、压力及湿度。
P:（二）系统应符合HJ 75、HJ 76相关技术规范，数据采集传输仪应满足HJ 212通讯协议，监测数据实时上传至省污染源监控平台，同时接入甲方中控室DCS系统。
P:（三）乙方负责设备运输、安装、调试、伴热管线敷设、分析小屋安装、与DCS及省平台的联网调试，并配合第三方检测机构完成比对监测。
P:（四）交货期：合同生效后四十五日内全部设备到达甲方现场；到货后三十日内完成安装调试。
H:二、合同价格
P:（一）合同总价为人民币壹佰陆拾壹万伍仟元整（¥1,615,000），含设备、运输、安装、调试、联网、比对配合、培训及税费。明细如下：
P:1. 烟气分析仪（含预处理单元）3套×268,000元=804,000元；
P:2. 颗粒物监测仪3套×86,000元=258,000元；
P:3. 流速温压湿一体化监测仪3套×42,000元=126,000元；
P:4. 数据采集传输仪3台×18,000元=54,000元；
P:5. 分析小屋及伴热管线3套×65,000元=195,000元；
P:以上设备小计1,437,000元。
P:6. 安装调试及DCS、省平台联网：118,000元；
P:7. 比对监测配合及验收资料编制：52,000元；
P:8. 操作人员培训：8,000元。
P:（二）本合同为固定总价，甲方不再另行支付其他费用。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的25%作为预付款，计403,750元。
P:（二）全部设备到货并经双方清点签字后，甲方支付合同总价的35%，计565,250元。到货签字仅表示数量清点无误，不代表设备验收合格。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，计565,250元。
P:（四）剩余5%即80,750元作为质量保证金，质保期满且无质量问题后十五个工作日内无息支付。
P:（五）乙方每次收款前须开具13%增值税专用发票。
H:四、验收
P:（一）安装调试完成并连续试运行七十二小时后，乙方书面申请验收。
P:（二）验收标准：1.各监测参数示值误差、零点漂移、量程漂移满足HJ 75规定；2.第三方检测机构出具的比对监测报告结论合格；3.省污染源监控平台联网验收通过，数据连续稳定上传；4.DCS画面数据与数采仪数据一致；5.技术资料、操作规程齐全。
P:（三）任何一项不合格的，乙方应在十日内整改后重新验收。设备安装完毕或投入试运行，均不视为验收合格。验收合格后双方签署最终验收单。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备出现质量问题的，乙方免费维修或更换，并免费提供备品备件、标气校准支持和软件升级。
P:（二）质保期内故障分级及响应：一级故障（任一排放口数据中断或全部参数失准）乙方接到通知后2小时内远程响应，12小时内到达现场，24小时内恢复数据上传；二级故障（单项参数异常）8小时内响应，48小时内处理完毕。
P:（三）乙方未按上述时限响应或到场的，每超时一小时向甲方支付违约金800元；因乙方原因导致数据中断被生态环境部门处罚的，罚款由乙方承担。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方继续为甲方提供全包维保服务，内容包括日常巡检、定期校准、易损件更换、季度比对配合及有效性审核资料整理。
P:（二）年度维保费按设备小计的25%计取，即每年359,250元，在质保期满后三年内保持不变，按季度支付。
P:（三）维保服务期内，乙方仍按本合同第五条第（二）项的时限响应故障。
H:七、知识产权
P:乙方为本项目编制的数采仪配置、DCS通讯组态程序及接口文档归甲方所有，甲方可自行修改或交由其他单位维护。设备内置软件的知识产权归原厂所有，甲方享有永久使用权。
H:八、数据安全与保密
P:（一）监测数据、工况数据和排污许可资料均属于甲方，乙方仅为履行本合同使用，不得向第三方提供或用于其他用途。
P:（二）乙方远程维护须事先取得甲方同意，不得擅自修改监测参数、标定系数或上传数据；乙方应采取账号分级、操作日志留存等措施，防止数据被篡改或泄露。
P:（三）因乙方原因造成数据篡改、泄露或丢失的，乙方应在1小时内通知甲方，并承担由此产生的全部责任和损失，包括行政处罚。
P:（四）双方对履约中知悉的对方商业秘密和技术资料负有保密义务，本条在合同终止后三年内有效。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方交付的设备不符合合同约定的，甲方有权要求更换，并由乙方承担相关费用。
H:十、分包
P:分析小屋基础及电缆桥架等土建辅助工作，乙方如需分包，须经甲方书面同意，乙方对分包方的工作质量和安全承担全部责任。
H:十一、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全管理制度，高处作业、动火作业须办理作业票。因乙方人员违章作业造成的事故由乙方负责。乙方应为现场作业人员购买意外伤害保险，并在进场前提交人员名单及特种作业资格证书复印件。
H:十二、合同解除
P:乙方逾期交货超过三十日，或设备经两次整改仍不能通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。发生争议双方友好协商，协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、培训与技术资料
P:（一）乙方应在验收前为甲方环保专工、中控操作员和仪表维修人员提供不少于三天的现场培训，内容包括系统原理、日常巡检、标气校准、常见故障判断及数据异常标记，培训后由乙方组织考核。
P:（二）乙方应在验收时移交设备说明书、安装竣工图、接线图、通讯协议说明、校准记录、比对监测报告及备品备件清单各两套，并提供电子版。
P:（三）质保期内乙方每季度至少安排一次现场巡检，出具巡检报告并经甲方签字确认。
H:十五、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明，可根据影响程度部分或全部免除责任；因不可抗力造成交货延误的，交货期相应顺延。
H:十六、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备配置清单、培训计划。
P:甲方：衡山建材水泥有限公司（盖章）　　代表：________　　日期：________
P:乙方：清测环境仪器有限公司（盖章）　　代表：________　　日期：________
"""
C["z02"] = dict(
    file="h265z02_cement_kiln_cems_supply_and_maintenance.txt", fmt="txt", lang="zh", category="hardware", src=H265Z02,
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03, liability_cap_pct=None, prepayment_pct=25,
               acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=25,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1615000),
    plan=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    figures=["2小时内远程响应", "万分之三", "25%", "十八个月", "359,250", "1,615,000", "800元"],
    sums=[(3 * 268000, 804000), (3 * 86000, 258000), (3 * 42000, 126000), (3 * 18000, 54000), (3 * 65000, 195000),
          (804000 + 258000 + 126000 + 54000 + 195000, 1437000), (1437000 + 118000 + 52000 + 8000, 1615000),
          (403750 + 565250 + 565250 + 80750, 1615000), (1615000 * 25 // 100, 403750), (1615000 * 35 // 100, 565250),
          (1437000 * 25 // 100, 359250)],
    tco=dict(total=1615000 + 3.5 * 359250, fees=3.5 * 359250))
# ---------------------------------------------------------------- z03 (md, 3 findings, service / SaaS)
H265Z03 = """# 洗衣门店订单与会员管理SaaS服务合同

合同编号：YJ-SaaS-2026-0315

**甲方（客户）**：沁洁连锁洗衣服务有限公司
**乙方（服务商）**：云衣汇软件科技有限公司

甲方在华东地区经营九十家直营洗衣门店，需统一的收衣开单、衣物追踪、会员储值和小程序预约上门取送平台。乙方提供“云衣汇”洗衣行业SaaS平台。双方经平等协商，就乙方向甲方提供平台订阅服务及上线实施服务达成如下协议。

## 1. 服务内容

1.1 订阅服务：乙方在服务期内向甲方九十家门店及总部开通“云衣汇”平台，包括收衣开单、衣物条码及挂衣点管理、工厂洗涤流转、取衣通知、会员储值与积分、营销券、小程序预约取送、经营报表等模块。

1.2 实施服务：乙方负责甲方原收银系统中约二十一万条会员及储值余额数据的迁移，开通甲方品牌小程序并对接微信支付，为门店配置条码打印机和挂衣点位，培训门店店长及收银员，并支持九十家门店分三批切换上线。

1.3 服务期为二十四个月，自全部门店上线验收合格之日起计算。

## 2. 费用

| 项目 | 数量 | 单价 | 金额（元） |
|---|---|---|---|
| 门店订阅费 | 90店×24个月 | 260元/店/月 | 561,600 |
| 总部管理账号包 | 24个月 | 1,800元/月 | 43,200 |
| 上线实施费（数据迁移、小程序、培训） | 1项 | 86,000 | 86,000 |
| 合同总价 | | | 690,800 |

2.1 上述价格含税，包括平台使用、云资源、短信额度（每店每月三百条）及服务期内的常规版本升级。超出短信额度的部分按每条0.045元另行结算，乙方每月提供用量明细。

2.2 甲方新增门店的，按每店每月260元计费，自开通当月起算。

## 3. 付款

3.1 本合同不设预付款。

3.2 实施费在全部门店上线验收合格后十五个工作日内一次付清。

3.3 订阅费按季度结算，乙方于每季度结束后开具发票，甲方在收到发票后二十日内支付该季度费用。

## 3之一. 甲方义务

甲方应指定一名项目负责人，协调各门店的切换时间；在迁移前十日向乙方提供原收银系统的数据导出文件和字段说明；保证门店网络和收银电脑满足乙方书面提出的最低配置；及时组织门店人员参加培训。甲方未按约定提供配合导致上线延误的，上线期限相应顺延，乙方不承担逾期责任。

## 3之二. 通知

本合同项下的通知以书面形式送达双方在合同首页列明的地址或电子邮箱，电子邮件发出后次一工作日视为送达。任何一方联系人变更的，应在三日内通知对方。

## 4. 上线验收

4.1 每批门店上线后试运行七日，全部门店上线后乙方提交验收申请。

4.2 验收标准：（1）会员数量、储值余额、积分与原系统核对一致，差异笔数为零；（2）九十家门店均能完成开单、收款、取衣全流程；（3）小程序预约、支付、退款各测试五十笔，全部成功；（4）高峰时段开单响应不超过2秒；（5）操作手册及培训记录齐全。

4.3 甲方应在收到申请后五个工作日内组织验收，不合格的乙方限期整改。门店开始使用平台不视为验收合格。

## 5. 服务水平

5.1 平台月度可用率不低于99.95%，计划内维护须安排在凌晨一点至五点之间并提前三日通知。

5.2 一级故障（门店无法开单或收款）乙方15分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复；三级故障在下一版本中解决。

5.3 月度可用率低于约定值的，按当月订阅费的5%向甲方提供服务抵扣；低于99.5%的，抵扣比例为10%。一级故障未按时恢复的，每次另抵扣当月订阅费的2%。

## 6. 数据

6.1 甲方会员信息、订单、储值记录等业务数据归甲方所有。

6.2 乙方可在服务期内及服务期满后，对甲方业务数据进行脱敏、汇总处理，用于洗衣行业经营分析报告、产品改进及向其他客户提供行业对标服务。

6.3 乙方平台已通过网络安全等级保护三级测评，应对会员个人信息加密存储，实行最小权限访问并留存操作日志；发生数据泄露的，乙方应在24小时内通知甲方，并对因其原因造成的损失承担赔偿责任。

6.4 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部业务数据，并在甲方确认后删除其系统中的原始数据。

## 7. 知识产权

平台及其源代码的知识产权归乙方所有。乙方为甲方定制的小程序页面、报表模板和营销活动配置归甲方所有，甲方可自行修改或交由第三方使用。

## 8. 保密

双方对在合作中获悉的对方商业秘密、经营数据和价格信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

## 9. 续期

服务期满前三十日内任何一方未提出书面异议的，本合同自动续期一年，并可依此类推。续期时乙方有权按其届时公布的价目表调整订阅单价，新价格自续期之日起执行。

## 10. 分包与第三方

乙方可将短信发送、支付通道对接、门店设备安装等工作委托第三方完成，提前书面通知甲方即可，乙方对第三方的工作承担责任。

## 11. 违约责任

11.1 因乙方原因导致全部门店未能在合同生效后六十日内上线验收的，每逾期一日，乙方向甲方支付违约金500元。

11.2 任何一方在本合同项下的累计赔偿责任以合同总价的两倍为限，但违反第6条、第8条的除外。

## 12. 合同解除

一方严重违约且在收到对方书面通知后十五日内未纠正的，守约方有权解除合同。甲方因乙方违约解除合同的，乙方应退还已收取的未履行期间费用。

## 13. 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会仲裁。

## 14. 客户支持与培训

14.1 乙方提供每日八点至二十二点的在线客服和电话支持，门店可通过平台内工单提交问题，乙方应在工单中记录处理过程和结果，供甲方总部查询。

14.2 乙方为甲方指定一名客户成功经理，每月向甲方提交服务报告，内容包括可用率、故障统计、工单处理时长和下月版本计划；每季度与甲方运营部召开一次服务回顾会。

14.3 乙方在上线前为每批门店的店长和收银员提供现场或视频培训，并提供操作视频和常见问题手册。新开门店的培训在开通后七日内完成，不另行收费。

## 15. 平台变更与门店增减

15.1 乙方对平台进行功能调整的，应提前十五日通知甲方；影响门店收银、会员储值或小程序支付的重大变更，须事先取得甲方同意，并安排在营业时间之外发布。

15.2 甲方关闭门店的，提前三十日书面通知乙方后，该门店订阅费自关闭次月起停止计收；门店数量减少不影响其他门店的服务。

15.3 甲方门店的储值余额以平台记录为准，乙方不得以任何理由冻结、挪用或扣划甲方会员的储值资金。

## 16. 不可抗力

因自然灾害、公共卫生事件、基础电信网络大面积中断等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率考核；但乙方自身系统故障或云资源供应商的故障不属于不可抗力。

## 17. 其他

本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：沁洁连锁洗衣服务有限公司　　授权代表：________　　日期：________

乙方（盖章）：云衣汇软件科技有限公司　　授权代表：________　　日期：________
"""
C["z03"] = dict(
    file="h265z03_laundry_chain_order_membership_saas.md", fmt="md", lang="zh", category="cloud", src=H265Z03,
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=500 / 690800 * 100, liability_cap_pct=200,
               prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=690800),
    plan=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"],
    figures=["99.95%", "15分钟内响应", "违约金500元", "两倍", "690,800", "脱敏", "提前书面通知甲方即可", "价目表调整"],
    sums=[(90 * 24 * 260, 561600), (24 * 1800, 43200), (561600 + 43200 + 86000, 690800)])
# ---------------------------------------------------------------- z04 (pdf, compliant, O&M service)
H265Z04 = """T:医疗保障信息系统年度运行维护服务合同
P:项目编号：LXYB-CS-2026-05　　采购方式：竞争性磋商
P:采购人（甲方）：临溪县医疗保障局
P:成交供应商（乙方）：安衡数智信息技术有限公司
P:根据临溪县医疗保障信息系统年度运行维护服务项目竞争性磋商文件、乙方响应文件及成交通知书，依据《中华人民共和国民法典》《中华人民共和国政府采购法》等法律法规，甲乙双方经协商一致，签订本合同。
H:第一章 服务内容与期限
P:第一条 乙方为甲方提供县级医疗保障信息系统的运行维护服务，范围包括：县医保经办大厅业务系统、定点医药机构结算前置系统、县级数据库及中间件、与省医保信息平台的接口、县内二十六家定点医院和一百四十二家定点药店的结算接入支持。
P:第二条 服务内容包括：（一）日常巡检、监控和故障处理；（二）应用系统缺陷修复和配合省平台版本升级的适配；（三）数据库备份、恢复演练和性能优化；（四）安全巡检、漏洞整改和网络安全等级保护测评配合；（五）年度结算、集中参保缴费期等重要时段的驻场保障；（六）经办人员和定点机构操作咨询。
P:第三条 服务期自2026年7月1日起至2027年6月30日止。服务期满，本合同终止；甲方如需继续采购，依法另行组织采购，本合同不自动续期。
P:第四条 乙方派驻两名运维工程师在甲方机房驻场服务，工作日八点半至十七点半在岗，其余时间保持电话畅通；驻场人员须具备数据库或系统运维相关资质，名单经甲方确认，未经甲方同意不得更换。
H:第二章 服务费用与支付
P:第五条 本合同总价为人民币伍拾捌万捌仟元整（¥588,000），包含人员、工具、差旅、备件及税费，分项如下：
TB:服务项目|金额（元）
TB:驻场运维服务（两人）|276,000
TB:应用系统维护及省平台升级适配|148,000
TB:数据库及中间件维护|86,000
TB:安全巡检及等保测评配合|52,000
TB:重要时段应急保障|26,000
TB:合计|588,000
P:第六条 本合同不设预付款。服务费按季度支付，每季度服务结束并经甲方考核合格后，甲方在十五个工作日内支付当季服务费147,000元，四个季度合计588,000元。考核扣款从当季服务费中扣除。
P:第七条 乙方应在每次付款前开具合法发票，发票内容应与实际服务项目一致，并随附经甲方签字的季度考核表。甲方按财政资金支付程序办理付款。
H:第三章 服务水平与考核
P:第八条 服务期内，医保结算系统月度可用率不低于99.95%，因省平台或基础网络原因造成的中断不计入。
P:第九条 故障分级：一级故障指县内医保结算全面中断或数据库不可用，乙方应在15分钟内响应，1小时内到场，3小时内恢复结算；二级故障指部分定点机构无法结算或经办功能异常，应在30分钟内响应，8小时内解决；三级故障为一般问题，应在2个工作日内解决。
P:第十条 考核扣款：一级故障未按时恢复的，每延误一小时扣减当季服务费2,000元；二级故障超时的，每次扣减500元；月度可用率每低于约定值0.01个百分点，扣减1,000元。
P:第十一条 乙方每月5日前提交上月运维报告，内容包括巡检记录、故障处理记录、备份情况和安全事件；甲方按磋商文件所附考核表对乙方进行季度考核。
P:第十一条之一 重要时段保障：每年医保年度结算期、城乡居民集中参保缴费期及省平台重大版本切换期间，乙方应增派一名数据库工程师驻场，提前制定保障方案并报甲方审定；保障期间实行二十四小时值守，每日向甲方报送运行情况。
P:第十一条之二 乙方每半年至少组织一次数据库备份恢复演练和一次结算中断应急演练，演练方案、过程记录和结果报告报甲方存档；演练发现的问题应在约定期限内整改完毕。
P:第十一条之三 乙方应建立运维知识库，记录系统架构、配置参数、常见故障处理方法和变更记录，并随时保持更新；对系统的任何配置变更，须提前填写变更申请，经甲方审批后在业务低峰时段实施，实施前做好回退准备。
P:第十一条之四 乙方应为驻场人员提供必要的培训，确保其熟悉医保经办业务流程和省平台接口规范；甲方认为驻场人员不能胜任工作的，有权要求乙方在五个工作日内更换，乙方不得拒绝。
H:第四章 验收
P:第十二条 季度考核即为该季度的服务验收，考核标准为：（一）运维报告完整并经甲方确认；（二）服务水平满足第八条、第九条要求；（三）备份恢复演练成功；（四）无因乙方原因导致的数据安全事件。考核不合格的，乙方应在十日内整改。
P:第十三条 服务期满前三十日，乙方提交年度运维总结和全部运维文档，甲方组织年度验收，验收合格后双方签署验收报告。
H:第五章 数据安全与保密
P:第十四条 医保业务系统中的参保人员信息、结算数据、基金数据及全部日志均属于甲方，乙方仅可为履行本合同在甲方授权范围内访问，不得复制、留存、对外提供或用于任何其他目的。
P:第十五条 乙方人员须通过甲方堡垒机实名操作，不得使用个人设备接入医保专网，不得在互联网环境下存储任何医保数据；涉及数据批量导出或修改的操作须经甲方书面审批并全程记录。乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及医保数据安全管理规定。
P:第十六条 发生数据泄露、篡改或网络安全事件的，乙方应在30分钟内报告甲方，并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
P:第十七条 乙方及其人员对履约中知悉的甲方工作秘密和参保人信息负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。
H:第六章 知识产权
P:第十八条 乙方在服务期内编写的运维手册、巡检脚本、应急预案、接口适配程序及其源代码归甲方所有，甲方可自行使用、修改或交由后续服务单位使用。
H:第七章 违约责任
P:第十九条 乙方未按省医保信息平台规定时间完成版本升级适配的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:第二十条 乙方驻场人员擅自离岗或未经同意更换的，每人每日扣减服务费800元。
P:第二十一条 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第八章 分包与合同解除
P:第二十二条 乙方不得将本合同项下服务转包或分包给任何第三方。
P:第二十三条 乙方发生严重违约，包括连续两个季度考核不合格、因乙方原因发生重大数据安全事件等情形，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算费用。
P:第二十四条 合同终止或解除时，乙方应在七日内移交全部账号、口令、文档和运维工具配置，配合后续服务单位完成交接，交接期间不得中断服务。交接完成后，乙方应书面确认其人员及设备中未留存任何医保数据，并由甲方信息安全负责人签字确认；交接中发现的遗留问题，乙方仍应负责处理完毕。
H:第九章 法律适用与争议解决
P:第二十五条 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十章 附则
P:第二十六条 磋商文件、响应文件、成交通知书及考核表为本合同附件，与本合同具有同等效力。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临溪县医疗保障局　　代表：________　　日期：________
P:乙方（盖章）：安衡数智信息技术有限公司　　代表：________　　日期：________
"""
C["z04"] = dict(
    file="h265z04_county_medical_insurance_system_annual_om.pdf", fmt="pdf", lang="zh", category="services", src=H265Z04,
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=588000),
    plan=[], figures=["99.95%", "15分钟内响应", "千分之一", "588,000", "147,000"],
    sums=[(276000 + 148000 + 86000 + 52000 + 26000, 588000), (4 * 147000, 588000)])
# ---------------------------------------------------------------- z05 (md, supplier's template, ~10 findings)
H265Z05 = """# 智造云MES软件产品许可及实施合同

（乙方标准文本 V4.0 · 本文本由乙方提供）

合同编号：ZZY-MES-2026-118

**甲方（用户）**：渝江榨菜食品股份有限公司
**乙方（供方）**：智造云工业软件有限公司

甲方为榨菜生产企业，拥有青菜头收购、盐渍发酵、脱盐切分、调味拌料及包装杀菌等生产环节。为提升生产过程追溯和质量管控水平，甲方拟采购乙方“智造云MES”制造执行系统产品，并委托乙方进行定制开发和实施。双方经友好协商，同意按照乙方标准合同文本签订本合同。

## 第1条 定义

1.1 “产品”指乙方自主研发的智造云MES软件V6系列，包括生产计划、工单管理、物料追溯、质量检验、设备管理和报表中心等标准模块。

1.2 “定制开发成果”指乙方根据甲方需求开发的盐渍池管理模块、盐水浓度及发酵周期监控模块、批次追溯码赋码对接程序，以及相应的源代码、数据库设计和技术文档。

1.3 “上线”指乙方将系统部署至甲方服务器并开通甲方用户账号。

1.4 “人天单价”指乙方当年公布的工程师现场或远程服务的单日收费标准，不足半日按半日计算。

## 第2条 合同标的及价款

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 智造云MES产品永久许可（50个并发用户） | 420,000 |
| 2 | 盐渍池及发酵监控定制模块开发 | 260,000 |
| 3 | 六条包装线PLC及赋码设备数据采集对接 | 138,000 |
| 4 | 部署实施及数据初始化 | 62,000 |
| 5 | 用户培训 | 20,000 |
| | 合计 | 900,000 |

2.1 合同总价为人民币玖拾万元整（¥900,000），含税。

2.2 甲方增加并发用户的，按乙方当期价格另行购买。

## 第3条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即450,000元，乙方收款后安排项目启动。

3.2 系统上线后五个工作日内，甲方支付合同总价的45%，即405,000元。

3.3 系统上线满三个月后，甲方支付剩余5%，即45,000元。

3.4 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施服务和技术支持。

## 第4条 实施与交付

4.1 乙方计划在合同签订且收到首付款后一百二十日内完成部署上线，具体进度以双方确认的实施计划为准。

4.2 实施过程中甲方需求变更、甲方人员配合不到位或现场条件不具备导致的延误，工期顺延，乙方不承担任何责任。

4.3 甲方应提供满足乙方要求的服务器、网络、数据库软件及现场办公条件，并指定项目对接人员。

4.4 实施阶段划分为需求调研、方案设计、系统配置与定制开发、数据初始化、用户培训和上线切换六个阶段。每个阶段结束时，乙方提交阶段成果文件，甲方应在三个工作日内签字确认；逾期未确认的，视为甲方已确认。

4.5 需求调研阶段，乙方将派员赴甲方腌制车间、脱盐车间和包装车间调研，甲方应安排熟悉工艺的人员配合，并提供现有的生产记录表单、物料编码规则、质量检验标准及设备清单。

4.6 数据初始化所需的物料主数据、工艺路线、盐渍池台账和期初库存数据由甲方负责整理，按乙方提供的模板导入；数据准确性由甲方负责。

4.7 乙方负责为甲方关键用户和系统管理员提供培训，培训内容以乙方标准培训课件为准，培训在甲方现场进行，共计四天。培训以外的额外培训需求，按乙方人天单价另行收费。

## 第4条之一 甲方责任

甲方应保证服务器操作系统、数据库软件和网络环境的合法授权及正常运行，负责日常数据备份；因甲方服务器故障、网络中断、病毒感染或甲方人员误操作导致的系统问题，不属于乙方维护范围，乙方可协助处理并按人天单价收费。甲方自行修改系统配置或数据库造成损失的，由甲方自行承担。

## 第5条 验收

5.1 系统上线即视为甲方验收合格。

5.2 上线后甲方如发现问题，可通过工单方式提交乙方，乙方将在后续版本中酌情处理，不影响已确认的验收结论和付款。

## 第6条 知识产权

6.1 产品及定制开发成果的全部知识产权（包括著作权、专利申请权及技术秘密）均归乙方所有。

6.2 乙方授予甲方在本企业内部使用定制开发成果的非独占、不可转让的使用权。甲方不得修改、反编译，也不得交由第三方维护或二次开发。乙方有权将定制开发成果纳入产品标准版本向其他客户销售。

## 第7条 免费维护与后续服务

7.1 乙方自系统上线之日起提供六个月免费维护，内容为软件缺陷修复和远程技术支持。

7.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

## 第8条 技术支持

8.1 乙方技术支持时间为工作日九点至十七点半。

8.2 甲方报告紧急故障（系统无法登录或生产工单无法下达）的，乙方在8小时内响应，并根据故障情况安排远程或现场处理；一般问题在三个工作日内答复。

8.3 上述时限为乙方的服务目标，乙方未达到的，不承担违约金、赔偿或服务费扣减责任。

8.4 乙方主要通过电话、即时通讯工具和远程桌面提供技术支持，甲方应为乙方开通远程访问通道。确需乙方工程师到甲方现场处理的，差旅费用由甲方承担。

8.5 乙方发布的产品新版本，甲方在免费维护期内可以免费升级；因甲方定制内容与新版本不兼容而产生的适配工作，按乙方人天单价另行收费。

## 第9条 数据

9.1 乙方应采取访问控制、数据库备份和操作日志等技术措施，保障系统中甲方数据的安全；因乙方原因导致甲方数据泄露或丢失的，乙方应协助恢复并赔偿甲方直接损失。乙方在发现数据安全事件后二十四小时内通知甲方。

9.2 甲方同意，乙方可以收集系统运行中产生的生产工艺参数、盐水浓度曲线、发酵周期及质量检验数据，经脱敏处理后用于乙方行业工艺模型训练、产品改进及行业研究报告，该等使用在本合同终止后继续有效。

## 第10条 违约责任

10.1 任何一方违反本合同约定的，应承担相应违约责任。

10.2 乙方对甲方的间接损失、利润损失、停产损失和商誉损失不承担责任。

## 第11条 合同解除

一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方可以解除本合同。因甲方原因解除的，已付款项不予退还。

## 第12条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第12条之一 不可抗力

因不可抗力或政策变化导致合同无法履行的，受影响一方不承担责任，但应及时通知对方。

## 第12条之二 通知

双方往来通知以书面或电子邮件方式送达合同首页所载地址。乙方通过其客户服务平台发布的产品公告、版本说明及价格调整通知，自发布之日起对甲方生效。

## 第13条 其他

13.1 本合同为乙方标准文本，双方对条款已充分理解，如需修改应以补充协议方式另行约定。

13.2 本合同一式两份，双方各执一份，自双方盖章且乙方收到首付款之日起生效。

甲方（盖章）：渝江榨菜食品股份有限公司　　代表：________　　日期：________

乙方（盖章）：智造云工业软件有限公司　　代表：________　　日期：________
"""
C["z05"] = dict(
    file="h265z05_pickled_mustard_mes_supplier_template.md", fmt="md", lang="zh", category="software", src=H265Z05,
    terms=dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
               buyer_owns_data=False, confidentiality=False, ld_rate_per_day_pct=None, liability_cap_pct=None, prepayment_pct=50,
               acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
               governing_law=None, contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
               contract_value=900000),
    plan=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    figures=["8小时内响应", "50%", "六个月", "900,000", "即视为甲方验收合格", "均归乙方所有", "当年公布的服务价格标准", "脱敏"],
    forbid=["保密"],
    sums=[(420000 + 260000 + 138000 + 62000 + 20000, 900000), (450000 + 405000 + 45000, 900000)])
# ---------------------------------------------------------------- e02 (txt, 3 findings, SaaS order form)
H265E02 = """ORDER FORM No. BT-2026-0072
under the Bledes Ticketing General Terms (edition 2025)

Vendor: Bledes Ticketing S.L., a Spanish limited company with its registered seat on the Illa de Ses Bledes, Balearic Islands, Spain ("Bledes")
Customer: Zhangjiajie Yunxia Glass Bridge Scenic Area Operation Co., Ltd., Zhangjiajie, Hunan Province, People's Republic of China ("Customer")

This Order Form and the General Terms printed below form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

PART A - ORDER DETAILS

A1. Subscribed Service
Bledes TixCloud, a hosted ticketing and visitor-flow platform, comprising: online sales through the Customer's WeChat mini-program and website; real-name ticket verification at 32 turnstiles and 6 manual lanes; timed-entry slot management for the glass bridge and the canyon elevator; group and travel-agency booking portal; refunds and rebooking; daily settlement reports; and capacity dashboards for the scenic-area command centre.

A2. Subscription Term
Thirty-six (36) months from the Go-Live Date. The Agreement ends at the end of the Subscription Term unless the parties sign a new Order Form. There is no automatic renewal.

A3. Charges
At the Customer's request, all charges are stated and payable in Chinese Yuan (CNY) and include VAT.

Item                                             Basis                  Amount (CNY)
Platform subscription                            42,000 per month x 36     1,512,000
Onboarding: turnstile integration, data set-up,
payment-channel connection and training          one-time                     96,000
Total Contract Value                                                       1,608,000

Transaction volumes are unlimited. Payment-channel fees charged by WeChat Pay or banks are paid by the Customer directly to those providers and are not part of this Agreement.

A4. Invoicing and Payment
(a) No amount is payable before the Go-Live Date.
(b) The onboarding fee is invoiced after Go-Live Acceptance under A6.
(c) The platform subscription is invoiced monthly in arrears at the end of each calendar month and is payable within 30 days after receipt of a valid VAT invoice issued by Bledes' Chinese service entity, Bledes (Changsha) Technology Co., Ltd.

A5. Go-Live
Bledes shall make the platform ready for Go-Live Acceptance within 60 days after signature. If Go-Live Acceptance is delayed beyond that date for reasons attributable to Bledes, Bledes shall pay the Customer CNY 1,000 for each day of delay, up to a total of CNY 80,000.

A6. Go-Live Acceptance
Before Go-Live, Bledes shall run the acceptance tests agreed in the Onboarding Plan with the Customer's ticketing manager. Go-Live Acceptance requires that: (i) all 32 turnstiles and 6 manual lanes verify real-name tickets within 1 second; (ii) 5,000 simulated bookings in one hour are processed without error; (iii) sales, refunds and settlement reports reconcile with the payment-channel statements for a three-day test period; (iv) the timed-entry slots block sales when the bridge capacity is reached; and (v) staff in each role have been trained. The Customer signs an acceptance certificate when the tests pass. Use of the platform for sales during the test period is not Go-Live Acceptance.

A7. Service Levels (summary of General Terms clause 4)
Monthly availability target: 99.5%. Priority 1 incident response: 30 minutes, 24 hours a day, 7 days a week.

Signed for Bledes: ______________________   Date: __________
Signed for the Customer: ______________________   Date: __________

PART B - GENERAL TERMS

1. Definitions
1.1 "Customer Data" means all data entered into or generated by the platform for the Customer, including visitor names, identity-document numbers, mobile numbers, booking records, ticket sales and entry records.
1.2 "Go-Live Date" means the date the Customer signs the Go-Live Acceptance certificate.
1.3 "Priority 1 Incident" means an incident that stops ticket sales or ticket verification at the scenic area.
1.4 "Monthly Fee" means the monthly platform subscription stated in the Order Form.

2. Provision of the Service
2.1 Bledes shall provide the platform from data centres located in mainland China, operated by a cloud provider holding an MLPS level 3 filing.
2.2 Bledes shall keep the platform compatible with the Customer's turnstiles and with the real-name verification interfaces required by the competent tourism authority, and shall deliver the changes those authorities require during the Subscription Term without extra charge.
2.3 Bledes may update the platform from time to time, provided that no update materially reduces its functions. Updates shall be deployed between 23:00 and 06:00 China Standard Time and notified three days in advance.

3. Customer Responsibilities
3.1 The Customer shall provide network connectivity at the scenic area, maintain the turnstile hardware, and appoint a ticketing manager as the contact for Bledes.
3.2 The Customer is responsible for the ticket prices, refund policies and visitor terms it configures on the platform.

4. Service Levels
4.1 Bledes shall make the platform available 99.5% of the time in each calendar month, excluding announced maintenance windows.
4.2 Bledes shall respond to a Priority 1 Incident within 30 minutes and use all reasonable efforts to restore service within 2 hours. Priority 2 incidents (a function unavailable with a workaround) receive a response within 2 hours.
4.3 If monthly availability falls below the target, the Customer receives a service credit of 5% of the Monthly Fee for each full 0.5 percentage point of shortfall, up to 50% of the Monthly Fee. If a Priority 1 Incident is not restored within 2 hours, the Customer receives a further credit of 2% of the Monthly Fee for each additional hour. Credits are deducted from the next invoice.
4.4 Bledes shall provide a Chinese-speaking support desk by telephone and ticket, staffed around the clock during the public holidays of the Spring Festival, the May Day and the National Day weeks, when visitor numbers peak. Bledes shall give the Customer a monthly service report showing availability, incidents by priority, response and restoration times, and credits due, by the fifth working day of the following month.
4.5 Before each peak period Bledes shall carry out a load test agreed with the Customer, simulating at least twice the highest hourly booking volume of the previous year, and shall share the results and any remedial actions with the Customer at least ten days before the peak period starts.

5. Customer Data and Security
5.1 Customer Data belongs to the Customer. Bledes processes Customer Data only on the Customer's documented instructions and only to provide the service; it shall not sell, analyse or use Customer Data for any other purpose, also after the end of the Agreement.
5.2 Bledes shall store Customer Data only in mainland China, encrypt identity-document numbers, restrict access to named support staff with multi-factor authentication, keep access logs for at least six months, and comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law.
5.3 Bledes shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, take immediate remedial action, and bear the costs and losses resulting from an incident caused by Bledes or its subcontractors.
5.4 At the end of the Agreement Bledes shall return all Customer Data in a standard format within 15 days and then delete it, confirming deletion in writing.

6. Intellectual Property
6.1 The platform and its software remain the property of Bledes and its licensors.
6.2 The ticket designs, mini-program pages, report templates and interface mappings created for the Customer during onboarding belong to the Customer, which may use, modify and give them to a successor provider.

7. Confidentiality
Each party shall keep confidential the non-public information of the other party received in connection with the Agreement, use it only for the Agreement and not disclose it without the other party's prior written consent, for three years after termination.

8. Subcontracting
Bledes shall not subcontract any part of the service without the Customer's prior written consent, except the cloud hosting provider named in the Onboarding Plan, which the Customer approves by signing this Order Form. Bledes remains responsible for its subcontractors.

9. Liability
9.1 Neither party is liable for indirect or consequential loss or loss of profit.
9.2 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the nine months preceding the event giving rise to the claim.
9.3 The limits in 9.1 and 9.2 do not apply to breach of clause 5, wilful misconduct or personal injury.

10. Term and Termination
10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
10.2 The Customer may also terminate with 15 days' notice if availability falls below 98% in two consecutive months.
10.3 On termination Bledes shall provide reasonable exit assistance for up to 60 days at the rates then agreed, and clause 5.4 applies.

11. Force Majeure
Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided it notifies the other party promptly and mitigates the effects. Failures of Bledes' hosting provider are not force majeure.

12. Governing Law and Disputes
12.1 This Agreement is governed by the laws of Spain.
12.2 Any dispute shall be resolved by arbitration administered by the Madrid International Arbitration Centre (CIAM) under its rules, with the seat of arbitration in Madrid, Spain, before one arbitrator, in English.

13. General
13.1 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
13.2 Notices shall be sent in writing to the addresses in the Order Form, with a copy by e-mail.
13.3 The Agreement is signed in English with a Chinese translation for reference; the English text prevails.
"""
C["e02"] = dict(
    file="h265e02_glass_bridge_ticketing_saas_order_form.txt", fmt="txt", lang="en", category="cloud", src=H265E02,
    terms=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=1000 / 1608000 * 100, liability_cap_pct=9 / 36 * 100,
               prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="Spain", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1608000),
    plan=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], forum_outside=True,
    figures=["99.5%", "30 minutes", "CNY 1,000 for each day", "nine months", "1,608,000", "laws of Spain"],
    sums=[(42000 * 36, 1512000), (1512000 + 96000, 1608000)])
# ---------------------------------------------------------------- e03 (docx, 2 findings, hardware, buyer's paper)
H265E03 = """T:Supply and Installation Contract for Automatic Weather Stations
P:Contract No. LM-PROC-2026-019
P:Buyer: Hainan Lüman Mango Plantation Co., Ltd., Sanya, Hainan Province, People's Republic of China (the "Buyer")
P:Supplier: Heuwiese Agrarsensorik GmbH, a limited liability company incorporated in Germany with its registered seat on the Insel Heuwiese, Germany (the "Supplier")
P:This Contract is prepared on the Buyer's standard form for equipment purchases. The Buyer operates about 2,600 hectares of mango orchards in southern Hainan and needs a network of automatic weather stations and soil-moisture sensors to plan irrigation, forecast flowering and fruit-set conditions, and warn of typhoons and cold spells. After comparing offers, the Buyer selected the Supplier, and the parties agree as follows.
H:Article 1 Definitions and Interpretation
P:1.1 "Equipment" means the weather stations, soil-moisture arrays, gateways, solar power kits, masts and spare parts listed in Annex 1.
P:1.2 "Platform" means the Supplier's AgroMet data platform software, licensed to the Buyer under Article 7 and installed on the Buyer's server at the plantation office.
P:1.3 "Works" means the delivery, installation, configuration, integration and training described in Article 2.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
P:1.5 Headings are for convenience only. Annexes form part of this Contract.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver to the plantation in Sanya, install and commission twenty-four automatic weather stations measuring air temperature, humidity, rainfall, wind speed and direction, solar radiation and leaf wetness, and six soil-moisture arrays measuring moisture and temperature at four depths.
P:2.2 Each station shall be powered by a solar kit with a battery sufficient for seven days without sun and shall transmit data every ten minutes over the mobile network, with local storage of at least ninety days of readings when the network is down.
P:2.3 The Supplier shall install the Platform, configure alarms for typhoon winds, heavy rain and low night temperatures, and connect the Platform to the Buyer's irrigation controllers and to its farm-management system through the interfaces described in Annex 2.
P:2.4 The Supplier shall train ten field supervisors and two IT staff at the plantation.
P:2.5 All Equipment shall be new, of the latest model, designed for tropical coastal conditions, and rated for wind gusts of at least 60 metres per second.
P:2.6 The Supplier shall deliver with the Equipment a set of spare sensors, batteries and gateway modules equal to at least one tenth of the installed quantity, stored at the plantation office and replenished by the Supplier during the warranty at its own cost.
P:2.7 The Supplier shall provide in Chinese and English the operation manuals, wiring diagrams, calibration certificates of every sensor, the site survey report with the coordinates of each station, and a maintenance plan describing routine cleaning, recalibration intervals and battery replacement. Site surveys shall be carried out with the Buyer's field supervisors so that stations are placed away from irrigation spray and tree shade.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and payable in Chinese Yuan (CNY). The prices are fixed, include all taxes, import duties, customs clearance, freight, insurance and installation, and are not subject to adjustment.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Automatic weather station with solar kit and mast|24|46,800|1,123,200
TB:Soil-moisture array (four depths) with gateway|6|18,500|111,000
TB:AgroMet Platform perpetual licence|1|148,000|148,000
TB:Equipment and licence subtotal|||1,382,200
TB:Installation, commissioning and integration|1|126,000|126,000
TB:Training|1|18,800|18,800
TB:Contract Price|||1,527,000
H:Article 4 Delivery and Payment
P:4.1 The Supplier shall deliver all Equipment to the plantation within seventy-five days after signature and complete installation within thirty days after delivery.
P:4.2 If the Supplier fails to meet the delivery or installation date for reasons attributable to it, the Supplier shall pay liquidated damages of 0.03% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:4.3 The Buyer shall pay: (a) 20% of the Contract Price (CNY 305,400) within fifteen working days after signature, against an advance-payment bank guarantee of the same amount; (b) 45% (CNY 687,150) after all Equipment is installed and the Buyer has signed the installation certificate, which records completeness only and is not acceptance; and (c) 35% (CNY 534,450) within twenty working days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice issued by the Supplier's Chinese trading agent named in Annex 4.
H:Article 5 Testing and Acceptance
P:5.1 After installation the Equipment and the Platform shall run for a trial period of sixty days covering at least one heavy-rain event.
P:5.2 The acceptance criteria are: (a) each station delivers at least 98% of its expected ten-minute records over the trial period; (b) readings of temperature, humidity and rainfall compared with a calibrated reference station provided by the Hainan meteorological service differ by no more than the tolerances in Annex 3; (c) alarms are raised within five minutes of the trigger values; (d) irrigation controllers receive the Platform's schedules correctly; and (e) all documentation and calibration certificates are delivered.
P:5.3 If the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. If not, the Supplier shall remedy the defects at its own cost and the trial period restarts for the affected stations. Installation, use of the data or any payment does not amount to acceptance.
H:Article 6 Warranty and After-Warranty Support
P:6.1 The Supplier warrants the Equipment and the Platform for twenty-four months after Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment free of charge, including parts, labour and transport, and supply Platform updates.
P:6.2 Fault handling during the warranty: for a Critical fault (the Platform is down, or three or more stations stop reporting), the Supplier shall respond within 6 hours and restore service within 3 days; for other faults, respond within 1 working day and repair within 7 days.
P:6.3 If a station remains out of service beyond the restoration time because of the Supplier, the Supplier shall pay CNY 600 per station for each further day.
P:6.4 After the warranty the Buyer may order annual support at 9% of the equipment and licence subtotal, namely CNY 124,398 per year. This fee is fixed for the first three years after the warranty and may be changed after that only by written agreement. Support is ordered year by year; nothing renews automatically.
H:Article 7 Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Platform for its own agricultural operations, including any plantation it acquires in mainland China.
P:7.2 The interfaces to the irrigation controllers and farm-management system, the alarm rules and the crop-specific reports developed for the Buyer belong to the Buyer, which may use, modify and disclose them to other contractors without restriction. The Supplier shall deliver their source code.
H:Article 8 Data
P:8.1 All data collected by the Equipment and the Platform, including weather, soil, irrigation and yield data, belong to the Buyer. The Supplier may use the data only to perform this Contract.
P:8.2 The Platform runs on the Buyer's server. Remote access by the Supplier is allowed only through the Buyer's VPN with an account approved for each session; the Supplier shall not copy any data out of the Buyer's systems, shall keep its access credentials secure, and shall follow the PRC Data Security Law.
P:8.3 The Supplier shall notify the Buyer within 24 hours of any security incident involving the Buyer's data or systems and bear the losses caused by an incident for which it is responsible.
H:Article 9 Confidentiality
P:Each party shall keep confidential the other party's technical and business information obtained under this Contract, including the Buyer's plantation layout, yield and irrigation data, and shall not disclose it to third parties without prior written consent, during the Contract and for three years after it ends.
H:Article 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage to property caused by negligence, or wilful misconduct.
H:Article 11 Subcontracting
P:The Supplier may not subcontract the installation or any other part of the Works without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor, including its compliance with the plantation's safety rules.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the delay damages under Article 4.2 reach their maximum.
P:12.2 On termination the Supplier shall refund the payments received for Equipment not accepted and collect that Equipment at its own cost.
H:Article 13 Force Majeure
P:Typhoons of a strength exceeding the Equipment rating, earthquakes and government orders are force majeure. The affected party shall notify the other within five days. Damage to Equipment by typhoons within its rating is covered by the warranty.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China, excluding the UN Convention on Contracts for the International Sale of Goods. Disputes shall be submitted to the people's court with jurisdiction over the Buyer's domicile in Sanya.
H:Article 15 Final Provisions
P:This Contract is made in English and Chinese, both equally authentic, and takes effect on signature by both parties. Annexes: 1 Equipment list; 2 Interface description; 3 Measurement tolerances; 4 Trading agent.
P:For the Buyer: ____________________   For the Supplier: ____________________
"""
C["e03"] = dict(
    file="h265e03_mango_plantation_weather_stations.docx", fmt="docx", lang="en", category="hardware", src=H265E03,
    terms=dict(availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03, liability_cap_pct=200, prepayment_pct=20,
               acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1527000),
    plan=["CR-LD-LOW", "CR-SLA-RESPONSE"],
    figures=["within 6 hours", "0.03%", "200%", "20%", "twenty-four months", "9%", "1,527,000", "124,398"],
    sums=[(24 * 46800, 1123200), (6 * 18500, 111000), (1123200 + 111000 + 148000, 1382200),
          (1382200 + 126000 + 18800, 1527000), (305400 + 687150 + 534450, 1527000), (1527000 * 45 // 100, 687150),
          (1382200 * 9 // 100, 124398)],
    tco=dict(total=1527000 + 3 * 124398, fees=3 * 124398))
# ---------------------------------------------------------------- e04 (md, 2 findings, managed SD-WAN)
H265E04 = """# Managed SD-WAN Services Agreement

**Agreement reference:** QN-MS-2026-044

**Between**

**Quistinic Réseaux SAS**, a French simplified joint-stock company with its registered seat on the Île Quistinic, Morbihan, France, acting through its Chinese operating subsidiary licensed for value-added telecommunications services (the "**Provider**"); and

**Ningbo Haitong Freight Forwarding Co., Ltd.**, a company incorporated in the People's Republic of China with its head office in Ningbo, Zhejiang Province (the "**Customer**").

**Recitals**

(A) The Customer runs freight-forwarding, customs-brokerage and warehouse operations from fourteen offices and warehouses in China and depends on its network to reach its transport management system, the customs single-window platform and the shipping lines' booking portals.

(B) The Customer wishes to replace its leased-line network with a managed SD-WAN service, and the Provider has offered such a service in its proposal of 2 April 2026.

The parties therefore agree as follows.

## 1. Definitions

1.1 **"Sites"** means the fourteen Customer locations listed in Schedule 1.

1.2 **"Service"** means the managed SD-WAN service described in clause 2, including edge devices, underlay internet circuits procured for the Customer, the orchestration portal and the Provider's network operations centre (NOC).

1.3 **"Service Acceptance"** means the Customer's written acceptance of the Service at all Sites under clause 4.

1.4 **"Critical Incident"** means a total loss of connectivity at the Ningbo head office, at the Beilun or Meishan port warehouses, or at three or more Sites at the same time.

1.5 **"Initial Term"** means thirty-six months from Service Acceptance.

## 2. The Service

2.1 The Provider shall design, supply, install, configure, monitor and manage the SD-WAN network at all Sites, including two edge devices in high-availability mode at the head office and at each port warehouse and one edge device at every other Site.

2.2 Each Site receives two underlay internet circuits from different basic carriers, procured by the Provider in the Customer's name, plus a 4G/5G backup link at each port warehouse.

2.3 The Provider shall configure application-aware routing that gives priority to the transport management system, customs declarations and voice, and shall provide secure access to the Customer's cloud tenancy.

2.4 The NOC monitors the network around the clock, opens tickets automatically on alarms and gives the Customer read access to the orchestration portal with real-time and monthly reports.

2.5 The edge devices remain the Provider's property; the Customer shall keep them in a safe and dry place and allow access for maintenance.

2.6 The Provider shall appoint a named service manager who attends a monthly service review with the Customer's IT manager, presents the service report, follows up open tickets and proposes improvements, such as bandwidth changes ahead of the peak shipping season before the Spring Festival.

2.7 Changes to routing policies, security rules or Site bandwidth requested by the Customer through the portal are carried out within two business days, or within six business hours when the Customer marks them as urgent, without extra charge up to twenty changes per month.

2.8 The Customer shall provide power, rack space and a safe location for the edge devices at each Site, name a local contact for every Site, and give the Provider's engineers access during business hours, or at any time for a Critical Incident. The Customer shall not move or reconfigure the edge devices itself.

2.9 Adding a new Site is ordered by a written change order at the monthly charge per Site stated in clause 3.1 and a one-time charge of CNY 6,000 per Site; closing a Site during the Initial Term requires payment of its remaining monthly charges.

## 3. Charges and Payment

3.1 At the Customer's request all charges are stated and paid in Chinese Yuan (CNY), inclusive of VAT and of all underlay circuit charges.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly recurring charge, 14 Sites | 5,600 per Site per month = 78,400 per month x 36 months | 2,822,400 |
| One-time installation and design charge | one-time | 84,000 |
| **Total Contract Value** | | **2,906,400** |

3.2 The one-time charge is invoiced after Service Acceptance. Monthly recurring charges are invoiced monthly in arrears starting from the month following Service Acceptance. No charge is payable in advance.

3.3 Invoices are payable within thirty days after receipt of a valid VAT invoice.

## 4. Implementation and Service Acceptance

4.1 The Provider shall activate all Sites within ninety days after signature according to the rollout plan in Schedule 2.

4.2 If a Site is not ready for acceptance testing by its planned date because of the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay for the whole rollout.

4.3 At each Site the Provider shall demonstrate: (a) failover between the two circuits within 1 second without dropping established sessions; (b) application priority for the transport management system under load; (c) the agreed bandwidth on each circuit; (d) working secure access to the cloud tenancy; and (e) correct reporting in the portal. After all Sites pass and seven days of stable operation, the Customer signs the Service Acceptance certificate. Site activation or use of the network by the Customer is not Service Acceptance.

## 5. Service Levels

5.1 The Provider targets a monthly Service availability of 99.95% for each Site with two circuits.

5.2 Incident handling:

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| Critical | see clause 1.4 | 30 minutes | 3 hours |
| Major | loss of one circuit or degraded performance at a Site | 1 hour | 8 hours |
| Minor | other incidents and requests | next business day | 5 business days |

5.3 The Provider shall report service levels monthly in the portal.

5.4 The service levels in this clause 5 are targets only. Failure to meet them does not give the Customer any right to service credits, fee reductions, damages or other compensation; the Provider will investigate the cause and inform the Customer of the corrective action it takes.

## 6. Customer Data and Security

6.1 Network configurations, traffic statistics, logs and any data of the Customer passing through or stored in the Service ("Customer Data") belong to the Customer and may be used by the Provider only to deliver the Service.

6.2 The Provider shall operate the NOC and the orchestration platform in mainland China under MLPS level 3, encrypt all traffic between Sites, enforce multi-factor authentication and role-based access for its staff, and keep audit logs of all configuration changes for the Initial Term.

6.3 The Provider shall notify the Customer within 2 hours of any security incident affecting the Service or Customer Data, contain it, and bear the losses resulting from incidents caused by its breach of this clause.

## 7. Intellectual Property

The network design, addressing plan, routing policies and security rules prepared for the Customer belong to the Customer, which may use and modify them and hand them to any successor provider. The Provider's orchestration software and tools remain its property.

## 8. Confidentiality

Each party shall keep confidential all non-public information received from the other party, including the Customer's network design, customer lists and shipment data, and use it only for this Agreement. This clause survives for three years after the end of the Agreement.

## 9. Liability

The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breaches of clauses 6 and 8 or to wilful misconduct.

## 10. Subcontracting

The Provider may use the basic carriers listed in Schedule 1 for underlay circuits, which the Customer approves by signing. Any other subcontracting requires the Customer's prior written consent.

## 11. Term, Renewal and Termination

11.1 This Agreement runs for the Initial Term. It then renews for successive periods of one year at the same charges unless either party gives written notice of non-renewal at least sixty days before the end of the current period.

11.2 Because the Provider invests in equipment and circuits for the Customer, neither party may terminate this Agreement during the Initial Term for any reason, including breach by the other party. A party's remedies for breach are limited to claiming performance and, where this Agreement allows it, compensation within the limits of clause 9.

11.3 On expiry the Provider shall cooperate with the Customer and any new provider for up to sixty days to migrate the network without interruption, and shall collect its edge devices after migration.

## 12. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, including typhoons, earthquakes and government orders, provided it promptly informs the other party and takes reasonable steps to limit the effect.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo in accordance with its rules. The award is final.

## 14. General

14.1 This Agreement and its Schedules (1 Sites and circuits; 2 Rollout plan; 3 Technical design) are the entire agreement of the parties.

14.2 Amendments require a written document signed by both parties.

14.3 The English text is signed together with a Chinese translation; the English text prevails.

Signed for the Provider: ______________________   Date: __________

Signed for the Customer: ______________________   Date: __________
"""
C["e04"] = dict(
    file="h265e04_freight_forwarder_managed_sdwan.md", fmt="md", lang="en", category="services", src=H265E04,
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=2000 / 2906400 * 100, liability_cap_pct=150,
               prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2906400),
    plan=["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    figures=["99.95%", "30 minutes", "CNY 2,000 for each day", "150%", "2,906,400", "targets only", "neither party may terminate"],
    sums=[(14 * 5600, 78400), (78400 * 36, 2822400), (2822400 + 84000, 2906400)])
# ---------------------------------------------------------------- e05 (txt, 2 risky terms / 3 findings, data API)
H265E05 = """DATA API SUBSCRIPTION AGREEMENT
Court Judgement Data Service

Agreement No.: ACJ-CN-2026-007

THIS AGREEMENT is entered into by and between:

(1) Ana Chaves Jurisdata, Lda., a private limited company incorporated in Portugal, with its registered seat on the Ilhéu de Ana Chaves, São Tomé Bay (the "Vendor"); and

(2) Beijing Lüxi Legal Technology Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Haidian District, Beijing (the "Customer").

WHEREAS the Vendor operates a structured database of published Chinese court judgements, enriched with party, court, cause-of-action, statute-citation and outcome fields and delivered through an application programming interface (API); and WHEREAS the Customer develops legal research and litigation-analytics software for law firms and corporate legal departments and wishes to use the Vendor's data in its products; the parties agree as follows.

ARTICLE 1 - DEFINITIONS
1.1 "API" means the Vendor's REST interface giving access to the Data, with its documentation.
1.2 "Data" means the structured judgement records, metadata and enrichment fields made available by the Vendor through the API and the bulk files under Article 2.
1.3 "Customer Data" means the search queries, case lists, client matter references, annotations and any other information that the Customer or its users submit to the API.
1.4 "Customer Products" means the Customer's legal research platform "LüxiLaw" and its litigation-analytics modules.
1.5 "Subscription Year" means each period of one year starting on the Start Date or an anniversary of it.
1.6 "Start Date" means the date on which the Customer accepts the Onboarding under Article 4.

ARTICLE 2 - SUBSCRIPTION
2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API, to download the bulk files made available to it, and to store, index, analyse and display the Data within the Customer Products to the Customer's subscribers in mainland China.
2.2 The subscription includes up to 3 million API calls per month, daily incremental updates of newly published judgements, and quarterly full bulk files for the civil, commercial and administrative divisions.
2.3 The Customer may not resell the raw Data as a standalone data set or give any third party bulk access to it. Display of individual judgements and analytics derived from the Data to the Customer's subscribers is permitted.
2.4 The Vendor shall keep the Data consistent with the publicly released judgements, apply the anonymisation of natural persons' names required by the publishing courts, and correct errors reported by the Customer within ten business days.

ARTICLE 3 - TERM
3.1 The Subscription Term is two Subscription Years from the Start Date.
3.2 The Subscription Term may be extended only by a written agreement signed by both parties. Nothing in this Agreement renews automatically.

ARTICLE 4 - ONBOARDING AND ACCEPTANCE
4.1 Within thirty days after signature the Vendor shall: (a) issue production API credentials; (b) deliver the initial bulk files covering judgements published from 2014 onwards; (c) map the Vendor's cause-of-action taxonomy to the Customer's classification scheme (the "Custom Mapping"); and (d) provide two days of technical training to the Customer's engineers.
4.2 The Customer shall test the Onboarding within ten business days. Onboarding is accepted when: (i) a reconciliation of 2,000 randomly selected judgement numbers shows that all of them are present in the bulk files; (ii) enrichment fields in a sample of 500 records match the source judgements, with no more than the error rate stated in the Data specification; (iii) the Custom Mapping covers every cause of action in the Customer's scheme; and (iv) API calls in the agreed test script return correct results. The Customer then signs an acceptance notice. Receipt of credentials or use of the API in development does not constitute acceptance.
4.3 If the Onboarding is not completed within the period in Article 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 300 for each day of delay.

ARTICLE 5 - FEES AND PAYMENT
5.1 At the Customer's request, all fees are stated and payable in Chinese Yuan (CNY), inclusive of applicable taxes.

   Item                                         Amount (CNY)
   Annual subscription fee, Subscription Year 1      264,000
   Annual subscription fee, Subscription Year 2      264,000
   Onboarding and Custom Mapping (one-time)           12,000
   Total contract value                              540,000

5.2 The onboarding fee is invoiced after acceptance under Article 4.2. The annual subscription fee is invoiced in four equal quarterly instalments of CNY 66,000, each at the end of the quarter to which it relates. No fees are payable before the Start Date.
5.3 Invoices are payable within thirty days after receipt of a valid VAT invoice issued by the Vendor's Chinese reseller named in Schedule 2.
5.4 Additional API calls beyond the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

ARTICLE 6 - SERVICE AND SUPPORT
6.1 The Vendor will use commercially reasonable efforts to keep the API available and responsive and to deliver the daily updates on time.
6.2 The Customer may report problems by e-mail to the Vendor's support address. The Vendor will handle reports as promptly as reasonably practicable during its business hours.
6.3 The Vendor may carry out maintenance of the API at any time and will try to give advance notice of planned maintenance on its status page.

ARTICLE 7 - CUSTOMER DATA
7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the API to the Customer and shall not sell, disclose, analyse or otherwise use it for any other purpose, during or after the Subscription Term.
7.2 On expiry or termination the Vendor shall delete all Customer Data in its possession within thirty days.

ARTICLE 8 - INTELLECTUAL PROPERTY
8.1 The Vendor owns the database rights in the compilation and enrichment of the Data; the texts of the judgements themselves are public documents.
8.2 The Custom Mapping prepared for the Customer belongs to the Customer, which may use, modify and license it freely, also after this Agreement ends.
8.3 The Customer owns the Customer Products and all analytics, models and reports it creates from the Data.

ARTICLE 9 - CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the Customer's product plans and client lists and the Vendor's enrichment methods, and shall not disclose it without the other party's prior written consent.
9.2 The obligation does not apply to information that is or becomes public through no fault of the receiving party, or that must be disclosed by law, and lasts for three years after the end of this Agreement.

ARTICLE 10 - WARRANTIES
10.1 The Vendor warrants that it has the rights necessary to license the Data under this Agreement and that the Data has been collected from publicly released court judgements in compliance with applicable law.
10.2 The Vendor shall defend the Customer against any claim that the Customer's use of the Data in accordance with this Agreement infringes a third party's rights, and pay the damages awarded.

ARTICLE 11 - LIABILITY
11.1 Neither party is liable for indirect or consequential losses.
11.2 The total liability of each party under this Agreement is limited to 150% of the total contract value stated in Article 5.1, except for the indemnity in Article 10.2 and for breach of Article 9.

ARTICLE 12 - SUBCONTRACTING AND ASSIGNMENT
12.1 The Vendor may not subcontract any part of its obligations without the Customer's prior written consent, except for the Chinese reseller and the hosting provider named in Schedule 2, approved by signature of this Agreement.
12.2 Neither party may assign this Agreement without the other party's written consent.

ARTICLE 13 - TERMINATION
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice.
13.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination, and the Customer may keep and continue to use the Data received until the termination date for the remainder of the Subscription Term.

ARTICLE 14 - COMPLIANCE
14.1 Each party shall comply with the laws of the People's Republic of China applicable to its activities under this Agreement, including the rules on the publication and use of court judgements.
14.2 The Vendor shall serve the API from infrastructure located in mainland China.

ARTICLE 15 - GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising from or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force at the time. The award is final and binding on both parties.

ARTICLE 16 - MISCELLANEOUS
16.1 This Agreement, with Schedule 1 (Data specification) and Schedule 2 (Reseller and hosting provider), is the entire agreement between the parties on its subject matter.
16.2 Amendments are valid only if made in writing and signed by both parties.
16.3 This Agreement is made in English and Chinese. Both versions are equally authentic.

IN WITNESS WHEREOF the parties have signed this Agreement on the dates below.

For the Vendor: ______________________   Name and title: ______________   Date: __________

For the Customer: ______________________   Name and title: ______________   Date: __________
"""
C["e05"] = dict(
    file="h265e05_legal_tech_court_judgement_data_api.txt", fmt="txt", lang="en", category="cloud", src=H265E05,
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=False,
               buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=300 / 540000 * 100, liability_cap_pct=150,
               prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=540000),
    plan=["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    figures=["commercially reasonable efforts", "CNY 300 for each day", "150%", "540,000", "belongs to the Customer"],
    forbid=["security incident", "encrypt", "breach notification"],
    sums=[(264000 * 2 + 12000, 540000), (4 * 66000, 264000)])
# ---------------------------------------------------------------- build, read back, check, label


def plain(src):
    """markup -> plain text for the .txt contracts written in markup (z02)."""
    if not src.startswith("T:"):
        return src
    return "\n\n".join(line.partition(":")[2] for line in src.splitlines() if line.strip()) + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(c):
    t = c["terms"]
    terms = {k: t[k] for k in TERM_KEYS}
    return {"file": c["file"], "language": c["lang"], "category": c["category"], "expected_terms": terms,
            "expected_extra": c["extra"], "expected_rules": rules(c)}


if __name__ == "__main__":
    selftest()
    assert len(C) == 10
    fmts = {}
    for k, c in C.items():
        fmts.setdefault(c["fmt"], []).append(k)
        for got, want in c["sums"]:
            assert got == want, (k, got, want)
        assert rules(c) == sorted(c["plan"]), (k, rules(c), c["plan"])
        extra_keys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if c["terms"]["contract_kind"] == "goods_or_licence" else []) + ["acceptance_deemed_on_delivery", "contract_value"]
        assert list(c["extra"]) == extra_keys, k
        assert set(c["terms"]) == set(TERM_KEYS), k
    assert {f: len(v) for f, v in fmts.items()} == {"docx": 2, "pdf": 2, "md": 3, "txt": 3}, fmts
    # the mix
    n = [len(rules(c)) for c in C.values()]
    assert sorted(n) == [0, 0, 1, 2, 2, 3, 3, 3, 3, 10], sorted(n)
    fired = set().union(*(rules(c) for c in C.values()))
    print("rules fired across the set:", len(fired))
    # write
    for k, c in C.items():
        if c["fmt"] in ("md", "txt"):
            (OUT / c["file"]).write_text(plain(c["src"]), encoding="utf-8")
            print("wrote", c["file"])
    write({k: c["src"] for k, c in C.items() if c["fmt"] in ("docx", "pdf")},
          {k: (c["file"], c["fmt"]) for k, c in C.items() if c["fmt"] in ("docx", "pdf")}, OUT, wrap_words=True)
    # read back, lengths, figures, forbidden words, thresholds
    for k, c in C.items():
        text = read_back(OUT / c["file"])
        flat = re.sub(r"\s+", "", text)
        if c["lang"] == "zh":
            size = len(flat)
            assert 2800 <= size <= 3300, (k, size)
        else:
            size = len(text.split())
            assert 1500 <= size <= 1700, (k, size)
        for f in c["figures"]:
            assert re.sub(r"\s+", "", f) in flat, (k, f)
        for f in c.get("forbid", []):
            assert f not in text and re.sub(r"\s+", "", f) not in flat, (k, f)
        h = hits(text) + hits(re.sub(r"\s+", " ", text)) + hits(flat)
        assert not h, (k, h)
        c["size"] = size
        lab = label(c)
        (OUT / (c["file"].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(k, c["file"], c["lang"], size, risk(lab["expected_rules"]), lab["expected_rules"])
        if c.get("tco"):
            print("   TCO", c["tco"]["total"], "share %.1f%%" % (c["tco"]["fees"] / c["tco"]["total"] * 100))
    print("all checks passed")
