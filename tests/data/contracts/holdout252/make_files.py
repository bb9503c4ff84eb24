"""holdout252: ten ORDINARY draft contracts (h252z01-z05 Chinese, h252e01-e05 English) and their labels.

Writes every contract from the sources below (.md/.txt as is; .docx/.pdf through ../word_pdf.py with
wrap_words=True), asserts price and payment sums, re-applies policy section 3/4 to the planned labels, writes the
.json labels, reads every built file back (python-docx paragraphs + tables, pypdf) and fails if a figure sits on a
policy threshold or a text length is outside the brief. Run with /work/main/.venv/bin/python.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
        "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
        "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
        "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
        "contract_kind"]

# key -> (file, lang, category, terms, extra, tco input or None, planned rules, figures that must be in the text)
PLAN = {}


def plan(key, file, lang, category, terms, extra, tco, rules, figures, forum_outside=False):
    assert list(terms) == KEYS, key
    PLAN[key] = dict(file=file, lang=lang, category=category, terms=terms, extra=extra, tco=tco,
                     rules=sorted(rules), figures=figures, forum_outside=forum_outside)


def T(**kw):
    return {k: kw[k] for k in KEYS}


def rules_for(p):
    """Policy section 3 applied to the labels (my reading, written down in NOTES.md)."""
    t, x, r = p["terms"], p["extra"], set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
            r.add("CR-SLA-RESPONSE")
        if not t["sla_remedy"]:
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if p["tco"] and tco_share(p) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if p["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def tco_share(p):
    c = p["tco"]
    if c.get("fee") is None:
        return 0.0
    years_after = max(0.0, 5 - c["warranty_months"] / 12)
    fees = years_after * c["fee"]
    return fees / (p["extra"]["contract_value"] + fees) * 100


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if any(x in high for x in rules):
        return "high"
    if any(x != "CR-GOVERNING-LAW" for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- the plan (decided before the text was written)
G, S = "goods_or_licence", "service"
plan("h252z01", "h252z01_land_registration_centre_system_upgrade.docx", "zh", "software",
     T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
       buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
       prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
       post_warranty_fee_pct=10, auto_renewal_price_increase=False, termination_for_breach=True,
       subcontract_without_consent=False, governing_law="PRC", contract_kind=G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1860000),
     dict(warranty_months=36, fee=108000), [],
     ["1,860,000", "1,080,000", "426,000", "238,000", "116,000", "372,000", "651,000", "837,000", "108,000",
      "99.95%", "30分钟", "万分之八", "20%", "35%", "45%", "10%", "三年"])
plan("h252z02", "h252z02_wind_farm_scada_condition_monitoring.pdf", "zh", "hardware",
     T(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
       buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
       prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
       post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
       subcontract_without_consent=True, governing_law="PRC", contract_kind=G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=False,
          contract_value=2820000),
     dict(warranty_months=24, fee=None), ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
     ["2,820,000", "2,483,000", "486,000", "1,155,000", "628,000", "214,000", "297,000", "40,000", "282,000",
      "1,410,000", "987,000", "141,000", "99.95%", "1小时", "千分之一", "二十四个月"])
plan("h252z03", "h252z03_bookstore_chain_pos_membership_saas.md", "zh", "cloud",
     T(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
       buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=2000 / 3159600 * 100,
       liability_cap_pct=200, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
       warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
       termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3159600),
     None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
     ["3,159,600", "2,973,600", "186,000", "1,180", "82,600", "99.5%", "30分钟", "2,000", "8%", "两倍"])
plan("h252z04", "h252z04_county_hospital_his_annual_om.txt", "zh", "services",
     T(availability_pct=99.8, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
       buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.03, liability_cap_pct=None,
       prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
       post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
       subcontract_without_consent=False, governing_law=None, contract_kind=S),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=640000),
     None, ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SLA-AVAILABILITY"],
     ["640,000", "336,000", "148,000", "64,000", "92,000", "160,000", "99.8%", "15分钟", "万分之三"])
plan("h252z05", "h252z05_mooncake_bakery_wms_supplier_template.md", "zh", "software",
     T(availability_pct=None, p1_response_hours=24, sla_remedy=False, ip_owner="supplier",
       data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
       liability_cap_pct=None, prepayment_pct=62, acceptance_clause=False, final_payment_on_acceptance=False,
       warranty_months=6, post_warranty_fee_pct=25, auto_renewal_price_increase=False, termination_for_breach=True,
       subcontract_without_consent=None, governing_law=None, contract_kind=G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
          contract_value=1280000),
     dict(warranty_months=6, fee=215000),
     ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
      "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
     ["1,280,000", "860,000", "320,000", "100,000", "793,600", "486,400", "215,000", "62%", "25%", "24小时",
      "万分之二", "六个月"])
plan("h252e01", "h252e01_cherry_orchard_cold_chain_sensors.docx", "en", "hardware",
     T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
       buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
       prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
       post_warranty_fee_pct=9, auto_renewal_price_increase=False, termination_for_breach=True,
       subcontract_without_consent=False, governing_law="PRC", contract_kind=G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1164000),
     dict(warranty_months=24, fee=91062), [],
     ["1,164,000", "1,011,800", "483,000", "230,400", "86,400", "212,000", "128,200", "24,000", "232,800",
      "523,800", "407,400", "91,062", "0.08%", "150%", "24 months", "9%"])
plan("h252e02", "h252e02_hotpot_chain_kitchen_display_saas_order_form.txt", "en", "cloud",
     T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
       buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=1600 / 2375920 * 100,
       liability_cap_pct=6 / 24 * 100, prepayment_pct=None, acceptance_clause=True,
       final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
       auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
       governing_law="Spain", contract_kind=S),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2375920),
     None, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
     ["2,375,920", "2,257,920", "94,080", "118,000", "980", "99.95%", "30 minutes", "1,600", "six (6) months"],
     forum_outside=True)
plan("h252e03", "h252e03_ceramics_museum_collection_software_licence.pdf", "en", "software",
     T(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
       buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
       prepayment_pct=25, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
       post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
       subcontract_without_consent=False, governing_law="Portugal", contract_kind=G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1110000),
     dict(warranty_months=18, fee=85800), ["CR-GOVERNING-LAW"],
     ["1,110,000", "780,000", "168,000", "134,000", "28,000", "277,500", "555,000", "85,800", "0.1%", "200%",
      "18 months", "11%", "2 hours"], forum_outside=True)
plan("h252e04", "h252e04_port_logistics_managed_network_service.md", "en", "services",
     T(availability_pct=99.7, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
       buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=3000 / 4764000 * 100,
       liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
       warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
       termination_for_breach=False, subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=4764000),
     None, ["CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-TERMINATION"],
     ["4,764,000", "4,608,000", "128,000", "156,000", "99.7%", "6 hours", "3,000", "150%"])
plan("h252e05", "h252e05_lantern_festival_ticketing_api_subscription.txt", "en", "cloud",
     T(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
       data_security_clause=False, buyer_owns_data=True, confidentiality=True,
       ld_rate_per_day_pct=1000 / 486000 * 100, liability_cap_pct=None, prepayment_pct=65, acceptance_clause=True,
       final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
       auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
       governing_law="PRC", contract_kind=S),
     dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
     None, ["CR-DATA-SECURITY", "CR-PREPAYMENT", "CR-SLA-MISSING"],
     ["486,000", "420,000", "66,000", "315,900", "170,100", "65%", "35%", "1,000"])


# ---------------------------------------------------------------- sources
H252Z01 = """T:临川市不动产登记中心不动产登记信息系统升级改造项目政府采购合同
P:合同编号：LCBDC-2027-ZC-017　　采购方式：公开招标　　招标编号：LCZC2027-G0142
P:采购人（甲方）：临川市不动产登记中心　　地址：临川市文昌路88号
P:中标供应商（乙方）：江川数图信息技术有限公司　　地址：江州市高新区科创大道217号
P:鉴于甲方以公开招标方式采购“不动产登记信息系统升级改造项目”，经评标委员会评审，乙方为中标供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就本项目达成如下条款，以资共同遵守。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方将甲方现有不动产登记信息系统升级为“不动产登记一体化平台 V7”，内容包括：平台软件许可（含登记、审核、登簿、缮证、查询、档案六个子系统）、与税务、住建、公安、民政、法院等部门的接口开发、历史登记数据迁移与质检、部署实施及操作培训。
P:1.2 项目实施地点为甲方机房及甲方指定的八个登记大厅。乙方应按招标文件技术需求及本合同附件一《功能清单》完成全部工作。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,860,000元（大写：壹佰捌拾陆万元整），为固定总价，含税、含全部软件许可、开发、迁移、实施、培训及差旅费用，甲方不再支付其他任何费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|不动产登记一体化平台V7软件许可（永久、不限用户数）|1套|1,080,000
TB:2|跨部门接口开发（税务、住建、公安、民政、法院等11个接口）|1项|426,000
TB:3|历史登记数据迁移与质检（约186万条登记簿记录）|1项|238,000
TB:4|部署实施与操作培训|1项|116,000
TB:合计|||1,860,000
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%，即372,000元，作为预付款。
P:3.2 系统完成部署、数据迁移并通过初步验收后，甲方支付合同总价的35%，即651,000元。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的45%，即837,000元。
P:3.4 甲方付款以财政资金到位为前提，乙方应在每期付款前提供合法有效的发票。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成部署和数据迁移，并提交初步验收申请；初步验收通过后进入为期60日的试运行。
P:4.2 乙方每周向甲方提交项目周报，重大事项随时书面报告。
P:4.3 乙方应派驻项目经理一名、实施工程师不少于四名，项目经理须具有同类不动产登记系统实施经验，未经甲方书面同意不得更换。甲方认为乙方人员不能胜任的，有权要求更换，乙方应在5个工作日内完成更换。
P:4.4 乙方应在上线前为甲方登记窗口人员、审核人员及系统管理员分别组织培训，培训不少于六期，每期培训后进行考核并提交培训记录；系统管理员应能独立完成日常备份、用户授权及接口监控。
P:4.5 系统切换应安排在非工作日进行，乙方应事先制定切换方案及回退方案，经甲方书面确认后实施，切换期间不得影响甲方对外办理登记业务。
H:第五条 验收
P:5.1 初步验收标准：附件一所列功能全部实现；11个接口连续运行10日无差错；迁移数据与源数据逐条比对一致，抽检差错率不高于万分之一；500个并发用户下查询响应不超过2秒，登簿操作不超过3秒；通过第三方机构的安全测评和商用密码应用安全性评估。
P:5.2 最终验收标准：试运行期内未发生一级故障；5.1各项指标保持达标；乙方已移交全部文档、源代码（限本项目开发的接口及迁移程序）和培训记录。
P:5.3 验收由甲方组织，出具书面验收报告。系统上线运行、甲方使用或支付任何款项均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方应提供年度维护服务，年度维护费不高于软件许可费的10%，即每年不超过108,000元，且在质保期满后的三年内不得上调；具体以双方另行签订的维护合同为准，维护合同不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内停机经甲方书面同意的除外）。
P:7.2 故障分级及响应：一级故障（登记业务中断或数据错误）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障（一般咨询或界面问题）1个工作日内答复。
P:7.3 乙方响应或恢复超时的，每超时1小时向甲方支付1,000元；月度可用率每低于约定值0.01个百分点，扣减2,000元。上述款项甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目开发的接口程序、迁移程序、配置脚本及其源代码和文档，其知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:8.3 乙方保证所提供的软件及服务不侵犯任何第三方合法权益；因侵权引起的全部责任由乙方承担。
H:第九条 数据安全
P:9.1 本项目涉及的登记数据、权利人信息、档案影像及系统日志均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方人员仅可在甲方机房内通过堡垒机访问系统，不得将任何数据拷贝至甲方网络以外；测试使用的数据须经甲方脱敏后提供。乙方应遵守《数据安全法》《个人信息保护法》及等级保护要求。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:双方对在履行本合同中知悉的对方商业秘密、技术资料及工作秘密负有保密义务，未经对方书面同意不得向第三方披露；保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件一《功能清单》、附件二《项目实施计划》为本合同组成部分。
P:甲方（盖章）：临川市不动产登记中心　　法定代表人或授权代表：________　　日期：____年__月__日
P:乙方（盖章）：江川数图信息技术有限公司　　法定代表人或授权代表：________　　日期：____年__月__日
"""

H252Z02 = """T:北岭风电场SCADA及状态监测系统采购合同
P:合同编号：BLFD-SB-2027-031
P:买方（甲方）：北岭新能源发电有限公司（北岭风电场，装机容量99兆瓦，风机33台）
P:卖方（乙方）：东陵智控科技股份有限公司
P:甲方为提升风电场集中监控与机组健康管理水平，拟采购风电场SCADA系统及风机传动链状态监测系统（CMS）。乙方经甲方询比价程序确定为供货方。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、供货范围及合同价格
P:（一）乙方负责提供SCADA服务器及工作站、33台风机的CMS振动传感器与数据采集站、SCADA及CMS软件许可、电力监控系统安全防护设备，并负责安装、调试、与升压站综自系统及集团集控中心的对接，以及对甲方运行人员的培训。
P:（二）合同总价为人民币2,820,000元，明细如下：
TB:类别|内容|金额（元）
TB:硬件|SCADA服务器、历史数据库服务器、运行工作站及机柜|486,000
TB:硬件|CMS传感器及数据采集站（33台风机，每台35,000元）|1,155,000
TB:软件|SCADA及CMS软件许可（永久）|628,000
TB:硬件|纵向加密装置、隔离装置、工控防火墙|214,000
TB:小计|软硬件小计|2,483,000
TB:服务|安装调试及系统对接|297,000
TB:服务|运行人员培训|40,000
TB:合计||2,820,000
P:（三）上述价格包含设备运输、保险、装卸、现场安装及税费。设备的具体型号、配置以附件一《供货清单》为准。
H:二、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%，即282,000元，作为预付款；乙方须同时提交等额的银行预付款保函。
P:（二）全部设备到达风电场并经甲方开箱清点签收后，支付合同总价的50%，即1,410,000元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，支付合同总价的35%，即987,000元。
P:（四）剩余合同总价的5%，即141,000元，作为质量保证金，质保期满且无未决质量问题后无息支付。
H:三、交货、安装与工期
P:（一）乙方应在合同生效后75日内将全部设备运抵北岭风电场。CMS传感器安装须利用风机计划检修或低风速时段进行，乙方应提前五日提交吊装与登机作业计划，严格遵守甲方《风机登高作业安全规定》。
P:（二）乙方应在设备到货后60日内完成全部安装、调试和对接工作，并提交验收申请。
P:（三）设备包装应适合长途运输和风电场现场的多次搬运，防潮、防震、防锈，每箱附装箱清单及合格证。因包装不良造成设备损坏的，乙方应免费更换并承担由此造成的工期延误责任。
P:（四）乙方应随货提供两年运行所需的备品备件，包括CMS传感器6只、数据采集模块4块、服务器硬盘及电源各2件，备品备件清单随附件一一并确认，费用已包含在合同总价中。
P:（五）乙方应为甲方运行人员、检修人员及信息管理人员分别组织现场培训，培训内容包括SCADA日常监盘、报表查询、CMS频谱分析和报警处置、系统备份及恢复；培训结束后进行考核，确保每名学员能够独立操作。
P:（六）乙方应在设备到货时提交设备说明书、出厂检验报告、软件安装介质及授权文件，在验收前提交竣工图纸、系统配置手册、接口说明、运行维护手册和培训教材，纸质版一式三份并附电子版。乙方对技术资料的正确性负责，资料不全的，甲方有权暂缓组织验收。
P:（七）乙方应指定具有风电场监控系统实施经验的项目经理常驻现场，负责进度、质量和安全管理，每周提交书面周报。乙方现场人员须参加甲方组织的安全培训并考试合格，持证进行高处作业和电气作业；因乙方人员违反安全规定造成的人身伤害或设备损坏，由乙方承担全部责任。
H:四、验收
P:（一）验收标准：33台风机的运行数据全部接入SCADA，数据刷新周期不超过1秒；与升压站综自系统、集团集控中心数据核对一致；CMS对主轴承、齿轮箱、发电机振动特征值的采集完整，报警阈值经甲方确认；系统连续运行30日无一级故障；电力监控系统安全防护方案通过甲方及电网调度机构审查。
P:（二）验收合格后，双方签署最终验收证书。设备到货、安装完成或甲方投入使用，均不视为验收合格。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现的任何质量问题，乙方免费维修或更换，并免费提供软件升级。
P:（二）质保期满后的维保服务，由双方另行签订维保合同，维保费用按乙方当年公布的服务价目表执行。
H:六、服务水平
P:（一）质保期内，SCADA系统年度可用率不低于99.95%。
P:（二）一级故障（SCADA监控中断、与集控中心通信中断或CMS整体失效）：乙方应在1小时内响应，8小时内到达现场，24小时内恢复。二级故障：2小时内响应，48小时内解决。
P:（三）乙方响应或恢复超时的，每超时1小时支付2,000元；可用率每低于约定值0.01个百分点，支付5,000元。
H:七、知识产权
P:（一）软件著作权归乙方所有，甲方获得永久使用许可。
P:（二）乙方为甲方编制的监控画面、报表、CMS诊断模型参数、对接程序及其源代码归甲方所有，甲方可自行修改和使用。
H:八、数据安全与保密
P:（一）风机运行数据、功率数据、CMS监测数据及系统日志归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程访问须经甲方逐次审批，并通过甲方部署的堡垒机进行；乙方应落实电力监控系统安全防护要求，不得在生产控制大区接入任何无线或外部设备。发生数据泄露或网络安全事件的，乙方应在2小时内报告甲方，因乙方原因造成的损失由乙方全额赔偿。
P:（三）双方对在合同履行中获知的对方技术资料和商业信息负有保密义务，保密期限至合同终止后五年。
H:九、分包
P:乙方可将CMS传感器的现场安装、电缆敷设及吊装作业委托给具有相应资质的专业单位实施，但应提前3个工作日书面告知甲方，并对其工作质量和安全承担全部责任。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（三）乙方交付设备不符合合同约定的，应在10日内免费更换，并承担由此产生的全部费用。
H:十一、合同解除
P:乙方逾期交货超过30日，或交付的系统经两次整改仍未通过验收，或有其他严重违约行为经甲方书面通知后10日内未纠正的，甲方有权解除合同。
H:十二、不可抗力
P:因台风、地震等不可抗力致使合同不能履行的，受影响一方应在3日内通知对方并提供证明，双方协商延期或解除合同。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交北岭仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《供货清单》、附件二《技术规范书》与本合同具有同等效力。
P:甲方（盖章）：北岭新能源发电有限公司　　授权代表：________　　日期：________
P:乙方（盖章）：东陵智控科技股份有限公司　　授权代表：________　　日期：________
"""

H252Z03 = """# 书香里连锁书店门店收银及会员管理SaaS服务合同

合同编号：SXL-IT-2027-009

**甲方（客户）**：书香里文化连锁有限公司（下辖门店70家）
**乙方（服务商）**：云栈零售科技有限公司

## 前言

甲方经比选，决定采用乙方提供的“云栈零售”门店收银（POS）及会员管理SaaS服务，替换各门店原有的单机收银系统，并由乙方完成实施上线。双方依据《中华人民共和国民法典》等法律法规，经友好协商，签订本合同。

## 1. 服务内容

1.1 乙方通过其云平台向甲方70家门店提供收银、图书进销存联动、会员积分与储值、优惠券营销、线上预订到店自提及经营报表等SaaS服务（“订阅服务”），服务开通账号数以附件一为准。

1.2 乙方负责一次性实施服务，包括：商品主数据及约42万条图书条码的导入、原会员系统约86万名会员数据的迁移、与甲方财务系统及图书批发商订货平台的接口开发、门店收银终端调试、店长及收银员培训。

1.3 收银终端、扫码枪及小票打印机由甲方自备，乙方负责兼容性确认。

1.4 乙方在服务期内向甲方提供7×24小时服务热线和在线工单系统，并指定一名客户成功经理，每月与甲方信息部召开一次服务例会，通报服务情况、故障统计和版本更新计划。

1.5 订阅服务的功能升级随平台版本发布免费提供，版本更新不得减少附件一所列功能，涉及门店操作变化的，乙方应提前7日提供操作说明和线上培训。

## 2. 服务期限

2.1 订阅服务期限为三十六个月，自全部门店上线验收合格之次日起计算。

2.2 服务期限届满前30日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。每次续期时，乙方有权根据其成本及市场情况上调订阅服务费，上调幅度不超过上一期费用的8%，乙方于续期前以邮件方式通知甲方即可。

## 3. 费用

| 项目 | 计价 | 金额（元） |
|---|---|---|
| 订阅服务费 | 每店每月1,180元 × 70店 = 每月82,600元 × 36个月 | 2,973,600 |
| 一次性实施费 | 数据迁移、接口开发、上线、培训 | 186,000 |
| 合同总额 | | 3,159,600 |

3.1 订阅服务费按季度结算，每季度结束后10个工作日内，乙方出具当季服务报告及发票，甲方确认后15个工作日内支付当季费用（每季度247,800元）。

3.2 一次性实施费在全部门店上线验收合格后一次性支付。

3.3 甲方无需预付任何费用。

3.4 上述费用为含税价格，已包含平台使用、存储、短信通知（每月不超过20万条）、版本升级及本合同约定的全部支持服务费用。门店数量在服务期内增加的，新增门店按每店每月1,180元的同一单价计费；门店关闭的，自关闭次月起停止计费。

## 4. 实施与验收

4.1 乙方应在合同签订后60日内完成10家试点门店上线，在此后45日内完成其余60家门店上线。

4.2 验收标准：会员数据迁移后与源系统逐条核对一致，积分及储值余额差额为零；收银单笔结算时间不超过3秒；与财务系统日结对账连续10个营业日无差异；订货接口数据准确；各门店店长及收银员培训考核合格。

4.3 甲方按门店组织验收并签署验收单。单店试用、上线运行或甲方支付季度费用均不视为验收合格。

4.4 乙方未按4.1约定时间完成上线的，每逾期一日，向甲方支付违约金2,000元。

4.5 甲方应指定项目联系人，及时提供原系统数据、接口文档及门店营业安排，并为上线切换提供必要的协助。因甲方原因导致工期延误的，工期相应顺延。

## 5. 服务水平

5.1 订阅服务月度可用率不低于99.5%，计划内维护应安排在凌晨1点至6点之间并提前3日通知甲方。

5.2 故障响应：一级故障（收银无法结算或会员无法识别，影响任一门店营业）乙方应在30分钟内响应，2小时内恢复；二级故障（报表、营销等非收银功能异常）2小时内响应，1个工作日内解决。

5.3 乙方应于每月5日前向甲方提交上月服务报告，内容包括可用率统计、故障清单及处理情况、工单响应时长和改进措施。甲方对报告有异议的，双方以平台监控记录为准核对。

5.4 月度可用率低于约定值的，每低于0.1个百分点，减免当月订阅服务费的2%；一级故障恢复超时的，每超时1小时减免受影响门店当月订阅费的10%。减免金额在下一季度结算时抵扣。

## 6. 数据

6.1 甲方在使用订阅服务过程中产生的销售数据、库存数据及会员个人信息（“甲方数据”）归甲方所有。

6.2 乙方可对甲方数据进行去标识化处理后形成汇总统计数据，用于乙方编制图书零售行业分析报告、优化乙方产品及训练其选品推荐模型，该等使用在本合同终止后仍可继续，汇总统计数据归乙方所有。

6.3 乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问权限控制和操作日志审计等措施，平台应通过网络安全等级保护三级测评。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。

6.4 乙方处理会员个人信息应遵守《个人信息保护法》，仅在甲方授权范围内处理，不得向第三方提供会员手机号、消费记录等个人信息。

6.5 合同终止后30日内，乙方应按甲方要求以通用格式返还全部甲方数据，并在返还后删除其系统中的甲方数据（6.2所述汇总统计数据除外）。

## 7. 知识产权

7.1 SaaS平台及其软件的知识产权归乙方所有。

7.2 乙方为甲方专门开发的财务及订货接口程序、定制报表模板及其文档归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 8. 保密

双方对因本合同获知的对方商业秘密和经营信息（包括门店经营数据、采购价格、会员规模）负有保密义务，未经对方书面同意不得披露；本条在合同终止后三年内持续有效。

## 9. 责任限制

任何一方在本合同项下的累计赔偿责任以合同总额的两倍为限，但因故意、重大过失、侵犯知识产权或违反第6条、第8条造成的损失除外。

## 10. 分包

乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。云基础设施由乙方选用的境内公有云服务商提供，已在附件二列明。

## 11. 合同解除

11.1 乙方严重违约（包括连续两个月可用率低于约定值、发生重大数据安全事件），经甲方书面通知后15日内未纠正的，甲方有权解除合同。

11.2 合同解除后，甲方仅需支付至解除之日已实际提供服务的费用。

11.3 本合同期满或解除后，乙方应提供不少于60日的过渡期服务，过渡期内按原价格继续提供订阅服务，并配合甲方或其指定的新服务商完成数据交接，不得以任何方式拖延或设置障碍。

## 12. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会仲裁。

## 13. 其他

本合同一式两份，双方各执一份，自双方签章之日起生效。附件一《服务清单及门店名录》、附件二《云基础设施说明》为本合同组成部分。

甲方（盖章）：书香里文化连锁有限公司　　代表签字：________　　日期：________

乙方（盖章）：云栈零售科技有限公司　　代表签字：________　　日期：________
"""

H252Z04 = """清河县人民医院医院信息系统（HIS）年度运维服务合同

项目名称：清河县人民医院HIS及相关系统2027年度运维服务
采购方式：竞争性磋商　　采购项目编号：QHZC-2026-C086
合同编号：QHRY-XX-2027-002

采购人（甲方）：清河县人民医院
成交供应商（乙方）：衡山医信科技服务有限公司

根据清河县政府采购中心组织的竞争性磋商结果，乙方为本项目成交供应商。依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》、磋商文件及乙方响应文件，甲乙双方订立本合同。

第一章　服务范围与期限

第一条　服务对象。乙方为甲方提供以下系统的运行维护服务：医院信息系统（HIS，含门急诊、住院、药房、收费模块）、电子病历系统接口、检验及影像系统接口、医保结算接口、院内数据库（两套双机热备数据库）及相关应用服务器。系统清单见附件一。

第二条　服务内容。（一）驻场运维：乙方派驻两名工程师在甲方信息科驻场，工作日8:00至18:00在岗，节假日及夜间轮流值守；（二）远程及二线技术支持：7×24小时电话及远程支持，疑难问题由乙方二线专家处理；（三）定期巡检和应急演练：每月一次全面巡检，每季度一次应急切换演练；（四）数据库运维：备份策略执行与核查、性能优化、容量规划和补丁管理；（五）配合服务：配合甲方完成医保政策调整、电子票据、互联网医院等外部接口的变更上线，配合上级卫生健康部门的数据上报和等级保护测评整改；（六）知识转移：每半年为甲方信息科人员开展一次系统运维培训，使甲方人员掌握日常巡检、备份恢复和常见故障处理。

第三条　服务期限。自2027年1月1日起至2027年12月31日止。期满后如需继续采购，由甲方按政府采购程序另行确定，本合同不自动续期。

第二章　服务费用与支付

第四条　合同总价为人民币640,000元（大写：陆拾肆万元整），包括：
　　驻场运维服务费　　　　　　336,000元
　　远程及二线技术支持费　　　148,000元
　　巡检及应急演练费　　　　　 64,000元
　　数据库运维服务费　　　　　 92,000元
　　合计　　　　　　　　　　　640,000元
上述价格为固定价格，含税费、交通、食宿及乙方人员的全部费用。

第五条　服务费按季度支付，每季度160,000元。每季度结束后，甲方依据第十一条对乙方进行季度考核，考核合格并收到乙方发票后20个工作日内支付当季服务费；考核扣减的款项从当季服务费中扣除。甲方不支付预付款。

第三章　服务水平

第六条　系统可用率。HIS核心业务（挂号、收费、医嘱、药房发药）月度可用率不低于99.8%，每月计划内维护时间不超过2小时且须安排在凌晨，经甲方信息科书面同意。

第七条　故障分级与响应。
　　一级故障：HIS核心业务中断、数据库宕机或医保结算全部失败。乙方应在15分钟内响应，驻场工程师立即到场处置，2小时内恢复业务或启用应急方案。
　　二级故障：部分科室或部分功能无法使用。30分钟内响应，8小时内解决。
　　三级故障：一般性问题或咨询。2小时内响应，3个工作日内解决。

第八条　服务报告。乙方应在每月前5个工作日内提交上月运维报告，内容包括巡检结果、故障清单及根因分析、备份核查记录和改进建议；重大故障处置完毕后3日内提交专项分析报告。重大节假日、医保年度结算及系统升级等关键时段，乙方应提前制定保障方案，增派工程师现场值守。

第九条　服务水平未达标的处理。月度可用率每低于约定值0.1个百分点，扣减当季服务费5,000元；一级故障响应或恢复超时的，每次扣减3,000元；二级故障超时的，每次扣减1,000元。季度累计扣减不超过当季服务费的五分之一。

第四章　人员

第十条　乙方驻场工程师须具有三年以上医院信息系统运维经验，名单及资质在进场前报甲方确认。乙方更换驻场人员须提前10日书面征得甲方同意，并做好工作交接。驻场人员应遵守甲方医院管理制度及信息安全管理规定。甲方为驻场人员提供办公场所、网络及必要的办公设备，并指定信息科一名负责人作为联系人，负责工作安排、服务确认及考核组织。驻场人员不能胜任工作的，甲方有权要求更换，乙方应在7日内派出符合条件的替换人员。

第五章　考核与验收

第十一条　季度考核。甲方每季度依据附件二《运维服务考核表》对乙方进行考核，考核内容包括可用率、故障响应与恢复时效、巡检和备份执行情况、运维文档完整性及科室满意度，考核满分100分，80分以上为合格。

第十二条　年度验收。服务期满后，甲方组织年度验收，验收标准为：四个季度考核均合格；全年未发生因乙方原因导致的数据丢失；运维文档、系统配置台账、应急预案及全部脚本已完整移交甲方。年度验收合格后，甲方出具验收报告。年度验收不合格的，乙方应在15日内完成整改并申请复验；复验仍不合格的，甲方有权扣减第四季度服务费中相应部分，并将有关情况报县政府采购监督管理部门。

第六章　数据安全

第十三条　HIS及相关系统中的患者诊疗信息、费用数据、医保数据及系统日志均属于甲方，乙方仅为履行本合同处理上述数据，不得用于任何其他目的。

第十四条　乙方人员访问系统须使用甲方分配的个人账号，通过堡垒机操作，所有操作留存审计日志；禁止将数据导出至院外或使用移动存储介质拷贝数据；远程支持须经甲方信息科逐次授权并全程录屏。乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的相关要求。

第十五条　发生数据泄露、篡改、丢失或勒索病毒等安全事件的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。

第七章　知识产权

第十六条　乙方在服务期内为甲方编写的运维文档、配置台账、应急预案、巡检及备份脚本归甲方所有，甲方可自由使用和修改。

第八章　违约责任

第十七条　乙方未按合同约定日期派驻工程师进场或未按约定提供服务的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

第十八条　甲方无正当理由逾期支付服务费的，每逾期一日按应付金额的万分之二支付违约金。

第十九条　乙方不得将本合同服务转包或分包。

第二十条　乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面催告后10日内未纠正的，甲方有权解除合同，并按实际服务期间结算费用。服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的后续服务单位完成全部交接，包括账号权限清单、系统配置、脚本、未结问题清单，交接完成前不得撤离驻场人员。

第九章　争议解决及其他

第二十一条　因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第二十二条　本合同一式五份，甲方三份、乙方一份、县政府采购中心备案一份，自双方签字盖章之日起生效。附件一《运维系统清单》、附件二《运维服务考核表》为本合同组成部分。

甲方（盖章）：清河县人民医院　　　　　　乙方（盖章）：衡山医信科技服务有限公司
法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
日期：______年___月___日　　　　　　　　日期：______年___月___日
"""

H252Z05 = """# 仓易通仓储管理系统（WMS）软件许可及定制开发合同

> 仓易通标准软件合同文本 V5.0（乙方范本）　合同编号：CYT-2027-0315

**甲方**：月满楼食品有限公司（月饼及中式糕点生产企业）
**乙方**：仓易通软件技术有限公司

甲方因中秋旺季月饼礼盒仓储、分拣及经销商发货管理需要（旺季日均出库约一万八千箱），拟引入乙方“仓易通WMS”软件并委托乙方进行定制开发。双方本着平等自愿原则，签订本合同。

## 一、合同标的

1. 乙方向甲方提供“仓易通WMS V5”标准软件许可（永久许可，限甲方成品仓、原料仓及两个前置仓共四个仓库使用）。
2. 乙方根据甲方需求进行以下定制开发：月饼礼盒预售订单与库存锁定、冷链原料（蛋黄、莲蓉等）批次与保质期管理、经销商订货平台及快递面单接口、旺季波次分拣策略。
3. 乙方负责系统安装部署、基础数据初始化及操作培训（实施服务）。
4. 甲方自备服务器、网络、PDA手持终端及标签打印机，其型号应符合乙方的配置要求。因甲方硬件或网络环境不符合要求导致系统无法正常运行的，责任由甲方承担。
5. 软件许可为甲方内部使用的许可，不得转让、出租或供甲方关联公司使用；甲方增加仓库或用户的，应按乙方届时的报价另行购买许可。
6. 系统中集成的数据库、中间件等第三方软件由甲方自行采购并取得合法授权，乙方可协助安装。

## 二、合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS V5 软件许可 | 860,000 |
| 2 | 定制开发 | 320,000 |
| 3 | 实施服务 | 100,000 |
| | 合计 | 1,280,000 |

本合同总金额为人民币1,280,000元（含增值税）。

## 三、付款方式

1. 合同签订后5个工作日内，甲方支付合同总金额的62%，即793,600元。乙方收到该笔款项后启动项目。
2. 系统安装上线后5个工作日内，甲方支付合同总金额的38%余款，即486,400元。
3. 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

## 四、项目实施

1. 乙方在收到首付款后开始需求调研，定制开发周期以双方确认的《需求规格说明书》为准，原则上不超过90个工作日。
2. 需求调研结束后，乙方编制《需求规格说明书》，甲方应在5个工作日内书面确认，逾期未提出意见的视为确认。《需求规格说明书》确认后，甲方提出的任何需求变更均按变更处理。
3. 乙方为甲方提供两次集中操作培训，每次不超过两天，培训对象为甲方仓库主管、拣货员及系统管理员；超出部分按乙方人天单价另行收费。
4. 甲方应及时提供业务资料、确认需求并安排人员配合；因甲方需求变更或配合不到位造成的延期，乙方不承担责任，工期相应顺延，新增工作量另行计费。
5. 乙方交付系统逾期的，每逾期一日按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

## 五、系统交付

1. 乙方完成系统安装部署并开通账号后，即视为系统交付完成。
2. 系统安装上线即视为甲方验收合格，甲方不再另行组织验收。甲方在使用中发现的问题，乙方在维护期内予以处理。
3. 乙方交付内容为：系统安装程序、授权文件、用户操作手册及管理员手册（电子版）。定制开发部分不交付源代码，甲方如需二次开发，应另行委托乙方实施。

## 六、免费维护期

1. 免费维护期为六个月，自系统安装上线之日起计算。维护期内乙方提供远程技术支持和软件缺陷修复。
2. 故障处理：一级故障（系统无法登录或无法出库）乙方在接到甲方报修后24小时内响应；其他故障在3个工作日内响应。乙方将尽力恢复，但不保证恢复时限。
3. 因故障造成的任何损失，乙方不承担扣款、赔偿或违约金责任。
4. 维护期内的现场服务按乙方人天单价另行收费，差旅费由甲方承担。
5. 维护期内乙方提供的版本升级仅限标准软件的小版本更新；大版本升级及定制功能在新版本上的适配，需另行签订合同并收费。
6. 中秋旺季（每年7月1日至9月30日）甲方需要乙方现场保障的，应提前30日书面申请，保障费用按乙方当年的旺季服务报价执行。

## 七、年度维护服务

1. 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年215,000元，按年预付。
2. 年度维护服务内容包括：远程技术支持、软件缺陷修复、标准软件小版本升级及每年一次远程巡检。
3. 甲方未续购年度维护服务的，乙方不再提供任何技术支持及版本升级；甲方日后恢复维护的，应补缴中断期间的维护费。

## 八、知识产权

1. 仓易通WMS软件及其所有版本的著作权归乙方所有。
2. 乙方为甲方定制开发的功能模块、接口程序、波次策略算法及相关源代码、文档的知识产权均归乙方所有。甲方获得在本合同约定范围内的非独占使用权，不得自行或委托第三方修改、反编译或转让。
3. 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 九、数据

1. 甲方在系统中录入和产生的库存、订单、经销商及客户数据归甲方所有。
2. 乙方有权在对甲方数据进行脱敏处理后，用于食品行业仓储数据分析、产品改进及对外发布行业报告。
3. 乙方对其掌握的甲方数据采取必要的加密和访问控制措施；因乙方原因导致甲方数据泄露的，乙方应在知悉后48小时内通知甲方，并赔偿甲方因此遭受的直接损失。
4. 合同终止后，甲方可在30日内自行导出业务数据；逾期未导出的，乙方可删除相关数据，乙方不对此承担责任。

## 十、保密

双方对在合作中知悉的对方商业秘密、技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

## 十一、违约责任

1. 任何一方违反本合同约定的，应承担相应的违约责任。
2. 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。
3. 因甲方操作不当、擅自修改系统配置、硬件故障、网络中断、病毒攻击或第三方软件原因造成的系统故障或数据损失，乙方不承担责任。
4. 因不可抗力（包括自然灾害、疫情、政府行为、电信或云服务中断）导致合同无法按期履行的，受影响一方不承担违约责任，履行期限相应顺延。

## 十二、合同解除

一方严重违约，经另一方书面通知后30日内仍未改正的，另一方有权解除本合同。因甲方原因解除合同的，甲方已付款项不予退还。

## 十三、争议解决

因本合同产生的争议，双方友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 十四、其他

1. 本合同未尽事宜，以乙方官网公布的《仓易通服务规则》为准。
2. 乙方可在其宣传材料及客户名单中使用甲方名称及商标，用于展示合作案例。
3. 甲方应妥善保管系统管理员账号及密码，因账号管理不善造成的损失由甲方自行承担。
4. 本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：《需求规格说明书》（待确认后补充）、《软件配置要求》。

甲方（盖章）：月满楼食品有限公司　　授权代表：________　　日期：________

乙方（盖章）：仓易通软件技术有限公司　　授权代表：________　　日期：________
"""

H252E01 = """T:Supply and Installation Contract for Cold-Chain Temperature Monitoring Equipment
P:Contract No. DLJS-CC-2027-04
P:This Contract is made between Dalian Jinshi Cherry Orchard Co., Ltd., a company incorporated in the People's Republic of China with its registered address at 16 Orchard Road, Jinzhou District, Dalian, Liaoning Province (the "Buyer"), and Frigosense SAS, a French simplified joint-stock company with its registered seat on the Grand Bé, Saint-Malo, France (the "Supplier").
H:Recitals
P:(A) The Buyer grows, packs and ships fresh cherries from its orchards in Jinzhou to customers across China and wishes to monitor temperature and humidity without interruption from the packing house to the delivery point.
P:(B) Following a competitive selection carried out on the Buyer's standard terms, the Buyer has chosen the Supplier to supply, install and commission a wireless cold-chain monitoring system, and the Supplier has agreed to do so on the terms of this Contract.
P:(C) At the Buyer's request, all prices in this Contract are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "System" means the sensors, gateways, vehicle data loggers, monitoring software and related documentation listed in Annex 1, installed and configured at the Sites.
P:1.2 "Sites" means the Buyer's packing house, its three cold rooms, its pre-cooling tunnel and the eighteen refrigerated trucks operated for the Buyer.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the System has passed the acceptance tests.
P:1.4 "Contract Price" means the total price stated in Article 2.2.
H:Article 2 Scope and Price
P:2.1 The Supplier shall supply the equipment and software licence listed below, install and commission the System at the Sites, integrate it with the Buyer's order-management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,164,000, inclusive of VAT, packaging, transport to the Sites, customs clearance, insurance and all travel costs of the Supplier's personnel. The Contract Price is fixed and is itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|420|1,150|483,000
TB:2|LoRa gateways with 4G backhaul|36|6,400|230,400
TB:3|Refrigerated-truck data loggers|18|4,800|86,400
TB:4|Monitoring software, perpetual licence|1|212,000|212,000
TB:|Hardware and Licence Subtotal|||1,011,800
TB:5|Installation, commissioning and integration|1|128,200|128,200
TB:6|Training|1|24,000|24,000
TB:|Contract Price|||1,164,000
P:2.3 No other fee, charge or expense shall be payable by the Buyer for the scope described in this Contract.
H:Article 3 Payment
P:3.1 The Buyer shall pay 20% of the Contract Price (CNY 232,800) within 20 days after signature, against the Supplier's invoice and an advance-payment guarantee for the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 45% of the Contract Price (CNY 523,800) within 20 days after all equipment has been delivered and installed at the Sites and the Installation Certificate has been signed. The Installation Certificate records delivery and installation only and is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 407,400) within 20 days after Final Acceptance.
P:3.4 All payments shall be made by bank transfer in CNY to the Supplier's account stated in its invoice. The Supplier bears its own bank charges.
H:Article 4 Delivery, Installation and Delay
P:4.1 The Supplier shall deliver all equipment to the Sites within 60 days after signature and complete installation and commissioning within 35 days after delivery, so that the System is ready for acceptance testing before the cherry harvest begins.
P:4.2 If the Supplier fails to meet any date in Article 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligation to complete the work.
P:4.3 Installation in the cold rooms and on the trucks shall be scheduled with the Buyer's operations manager so that packing and shipping are not interrupted.
H:Article 5 Acceptance
P:5.1 The acceptance tests are described in Annex 2 and shall show at least that: (a) every sensor reports to the monitoring software at its configured interval with a measured accuracy within ±0.3 °C against a calibrated reference thermometer; (b) alarms for out-of-range temperature reach the designated mobile phones within 60 seconds; (c) truck loggers buffer readings during loss of signal and upload them without gaps when the signal returns; (d) data is exchanged correctly with the Buyer's order-management system for twenty consecutive shipments; and (e) the System runs for 21 consecutive days without a Severity 1 incident.
P:5.2 The Supplier shall notify the Buyer when the System is ready for testing. The tests are performed jointly, and the results are recorded in a test report signed by both parties.
P:5.3 When all tests have been passed, the Buyer shall issue a Final Acceptance certificate within 7 days. Delivery, installation, operational use or any payment does not constitute acceptance. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Post-Warranty Support
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During that period it shall repair or replace any defective equipment free of charge, including parts, labour, shipping and travel, and provide software patches and updates free of charge.
P:6.2 Sensor batteries shall last at least three years in normal use; any battery that fails earlier shall be replaced free of charge, even after the warranty period.
P:6.3 After the warranty period, the Supplier shall, if the Buyer so requests by purchase order, provide annual support for a fee of 9% of the Hardware and Licence Subtotal, that is CNY 91,062 per year. This fee is fixed for the first three years after the warranty period and may afterwards be changed only by written agreement. Support does not renew automatically.
H:Article 7 Service Levels
P:7.1 During the warranty and any paid support period, the Supplier shall respond to incidents as follows: Severity 1 (loss of monitoring of a cold room, the pre-cooling tunnel or a truck in transit) within 1 hour, with a workaround within 6 hours and an engineer on site in Dalian within 24 hours when needed; Severity 2 (loss of a single sensor or a reporting function) within 3 hours; Severity 3 (questions and minor defects) within two business days.
P:7.2 For each full hour by which a Severity 1 response or workaround is late, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:7.3 The Supplier shall keep a stock of spare sensors and gateways in Dalian sufficient for prompt replacement during the harvest season.
H:Article 8 Intellectual Property
P:8.1 The monitoring software remains the Supplier's property and is licensed to the Buyer on a perpetual, non-exclusive basis for use at its own sites.
P:8.2 Dashboards, alarm rules, integration scripts, configuration files and reports prepared specifically for the Buyer belong to the Buyer, which may use, modify and have them maintained by third parties freely. The Supplier shall deliver them in editable form.
H:Article 9 Buyer Data and Data Security
P:9.1 All temperature, humidity, location and shipment records collected by the System, and all data derived from them, belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The monitoring software shall be installed on servers in the Buyer's premises or on a cloud account opened in the Buyer's name in mainland China. The Supplier shall access it only through accounts issued by the Buyer, with multi-factor authentication, and shall not copy data outside the Buyer's environment.
P:9.3 The Supplier shall apply encryption in transit between gateways and servers, change all default passwords, and comply with the Data Security Law and the Personal Information Protection Law. It shall notify the Buyer within 12 hours of any suspected security incident, cooperate in the response, and be liable for all losses caused by an incident attributable to it.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other, including customer lists, prices and shipment volumes, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Contract.
H:Article 11 Liability
P:The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any subcontractor approved.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under Article 4.2 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the payments received for work not accepted, and compensate the Buyer's direct losses.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The arbitral award is final and binding on both parties.
H:Article 15 Miscellaneous
P:This Contract is made in English and Chinese; both versions have equal force. It takes effect on signature by both parties. Annex 1 (Equipment List and Site Plan) and Annex 2 (Acceptance Test Plan) form part of this Contract.
P:For the Buyer: Dalian Jinshi Cherry Orchard Co., Ltd.   Signature: ____________   Date: ____________
P:For the Supplier: Frigosense SAS   Signature: ____________   Date: ____________
"""

H252E02 = """ORDER FORM No. KDS-CN-2027-0117
Kitchen Display Service - Order Form and General Terms

Vendor: Comandera Cocina Digital S.L., a Spanish limited company with its registered office on the islet of Sancti Petri, Chiclana de la Frontera, Cádiz, Spain ("Vendor")
Customer: Chengdu Laohuoguo Catering Management Co., Ltd., 9 Jinli West Road, Wuhou District, Chengdu, Sichuan Province, China ("Customer")

This Order Form is entered into under, and incorporates, the General Terms set out in Part B below. Capitalised terms have the meaning given in Part B. If this Order Form conflicts with Part B, this Order Form prevails.

PART A - ORDER DETAILS

A1. Service. Vendor's cloud kitchen-display service ("Service"): order routing from Customer's point-of-sale system to kitchen screens, station-level ticket timing, broth and dipping-sauce preparation queues, dish run-out alerts, and the management dashboard.

A2. Locations. Ninety-six (96) hotpot restaurants of Customer in Chengdu, Chongqing, Xi'an and Kunming, as listed in Schedule 1. Each Location receives up to six kitchen screens connected to the Service.

A3. Subscription Term. Twenty-four (24) months from the Service Start Date, being the date on which Go-Live Acceptance is signed for the first twenty Locations.

A4. Fees. At Customer's request all fees are stated and payable in Chinese Yuan (CNY):
    Subscription fee: CNY 980 per Location per month x 96 Locations = CNY 94,080 per month
    Subscription fees for the Subscription Term: CNY 94,080 x 24 = CNY 2,257,920
    One-time onboarding fee (POS integration, menu set-up, screen configuration, training): CNY 118,000
    Total Contract Value: CNY 2,375,920 (VAT included)

A5. Invoicing and payment. Subscription fees are invoiced monthly in arrears and paid within 30 days of invoice. The onboarding fee is invoiced once Go-Live Acceptance has been signed for all Locations. No fee is payable in advance.

A6. Onboarding timetable. Vendor shall complete onboarding of the first twenty Locations within 45 days after signature of this Order Form and of all Locations within 120 days after signature. For each day by which either date is missed, Vendor shall pay Customer CNY 1,600 as liquidated damages.

A7. Go-Live Acceptance. Each group of Locations is accepted when, in a two-day trial during opening hours: every order entered at the point of sale appears on the correct kitchen screen within 2 seconds; ticket timing and run-out alerts work as described in Schedule 2; the dashboard totals match the point-of-sale daily report; and the Location's kitchen staff have been trained. Customer signs a Go-Live Acceptance certificate when these criteria are met. Use of the Service in a Location before that certificate does not constitute acceptance.

A8. Renewal. After the Subscription Term, this Order Form renews for successive periods of one year at the same fees, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

Signed for Vendor: ____________________   Name / Title: ____________________   Date: __________
Signed for Customer: ____________________   Name / Title: ____________________   Date: __________

PART B - GENERAL TERMS

1. Definitions
1.1 "Customer Data" means all orders, menus, recipes, preparation times, staff identifiers and other data entered into or generated by the Service for Customer.
1.2 "Service Start Date", "Location" and "Go-Live Acceptance" have the meanings in Part A.
1.3 "Documentation" means Vendor's user guides for the Service as updated from time to time, provided that updates do not reduce the functionality described in Schedule 2.

2. Provision of the Service
2.1 Vendor grants Customer and its staff a non-exclusive, non-transferable right to use the Service at the Locations during the Subscription Term.
2.2 Vendor shall host the Service for Customer in a data centre located in mainland China operated by a licensed cloud provider, and shall keep the Service compatible with Customer's point-of-sale system version listed in Schedule 2.
2.3 Customer shall provide network connectivity in each Location and the screens and mounting hardware listed in Schedule 1, and shall appoint a project contact for onboarding.

3. Service Levels
3.1 Availability. Vendor shall make the Service available 99.95% of the time in each calendar month, measured at the Service's kitchen endpoints, excluding planned maintenance notified at least 72 hours in advance and carried out between 02:00 and 06:00 China Standard Time.
3.2 Support. Vendor provides a Chinese-speaking support desk, reachable by telephone and chat at all times while any Location is open. Priority 1 incidents (orders not reaching kitchen screens in one or more Locations) receive a response within 30 minutes and a workaround or restoration within 2 hours. Priority 2 incidents (a single screen or a dashboard function unavailable) receive a response within 2 hours and resolution within one business day. Priority 3 requests are answered within two business days.
3.3 Service credits. If monthly availability falls below the committed level, Customer receives a credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to half of that month's fee. If a Priority 1 response or restoration is late, Customer receives a credit of CNY 500 per affected Location per hour of delay. Credits are deducted from the next invoice.
3.4 Reporting. Vendor shall send Customer a monthly service report showing availability, incidents by priority, response and restoration times and credits due.

4. Customer Data and Security
4.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, share or analyse it for any other party.
4.2 Vendor shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least one year, and maintain the MLPS level-3 filing of the hosting environment.
4.3 Vendor shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, take immediate steps to contain it, and compensate Customer for losses caused by an incident attributable to Vendor or its subcontractors.
4.4 On expiry or termination, Vendor shall return Customer Data in a standard format within 30 days and then delete it, and confirm the deletion in writing.

5. Intellectual Property
5.1 The Service, its software and the Documentation remain Vendor's property.
5.2 Menu structures, station layouts, preparation queues, dashboard views and integration mappings configured specifically for Customer ("Customer Configurations") belong to Customer, which may use, copy, modify and provide them to any successor provider without restriction.

6. Confidentiality
Each party shall keep confidential the non-public information disclosed by the other party, including recipes, sales volumes and prices, use it only for this Agreement and not disclose it to third parties except to its advisers and subcontractors bound by equivalent duties. This obligation continues for three years after the Agreement ends.

7. Subcontractors
Vendor may engage affiliates and third-party subcontractors, including hosting and support providers, to perform any part of the Service. Vendor shall inform Customer of each new subcontractor by e-mail at least 14 days before it starts work and remains responsible for its subcontractors' performance.

8. Warranties
8.1 Vendor warrants that the Service will perform materially in accordance with Schedule 2 and the Documentation, and that onboarding services will be performed with reasonable skill and care.
8.2 Vendor shall correct any non-conformity reported by Customer, in accordance with the service levels in Section 3.

9. Limitation of Liability
9.1 Neither party is liable for indirect or consequential loss, or for loss of profits or goodwill.
9.2 Vendor's aggregate liability arising out of or in connection with this Agreement shall not exceed the subscription fees paid or payable by Customer for the six (6) months preceding the event giving rise to the claim.
9.3 Section 9.2 does not limit liability for death or personal injury, fraud, or wilful misconduct.

10. Term and Termination
10.1 This Agreement runs for the Subscription Term and any renewal under A8.
10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach. Customer may also terminate if monthly availability falls below the committed level in three consecutive months.
10.3 On termination by Customer for Vendor's breach, Vendor shall refund any fees paid for periods after termination, and shall continue to provide the Service for up to 60 days at the same fees if Customer requests transition assistance.

11. Force Majeure
Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Failures of Vendor's subcontractors are not force majeure unless they are themselves caused by such an event.

12. Governing Law and Jurisdiction
This Agreement is governed by the laws of the Kingdom of Spain. The courts of Cádiz, Spain, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

13. General
13.1 This Agreement is the entire agreement of the parties on its subject and supersedes prior proposals. Amendments must be in writing and signed by both parties.
13.2 Notices shall be in writing and sent to the addresses in Part A, with a copy by e-mail.
13.3 This Agreement is made in English. A Chinese translation may be provided for convenience.

Schedule 1 - Locations and screens. Schedule 2 - Service description and supported point-of-sale versions.
"""

H252E03 = """T:Software Licence and Implementation Agreement - Collection Management System
P:Agreement No. ZBCM-2027-SW-02
P:Between: Zibo Ceramics Museum Operation Co., Ltd., a company established in the People's Republic of China, of 1 Taoci Avenue, Zichuan District, Zibo, Shandong Province (the "Customer"); and Acervo Digital, Lda., a Portuguese private limited company with its registered office on the Ilhéu Branco, Portugal (the "Licensor").
H:Background
P:The Customer manages a collection of some 46,000 ceramic objects, from Neolithic pottery to contemporary studio porcelain, together with kiln-site archives and photographs. It wishes to replace its spreadsheet records with a professional collection management system, and has selected the Licensor's "Acervo CMS" after comparing three proposals. The parties agree as follows. At the Customer's request all amounts in this Agreement are expressed and paid in Chinese Yuan (CNY).
H:Clause 1 Interpretation
P:1.1 "Software" means Acervo CMS version 9, including the cataloguing, loans, conservation, location-tracking, digital-asset and public-portal modules, and its documentation.
P:1.2 "Services" means the data migration, configuration, interface and training services described in Schedule A.
P:1.3 "Go-Live" means the date on which the Customer's curators start cataloguing in the Software in production.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Clause 5.4.
H:Clause 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer for an unlimited number of named staff users and for the public online catalogue.
P:2.2 The licence includes the right to make copies for backup, testing and disaster recovery.
H:Clause 3 Fees
P:3.1 The total price under this Agreement is CNY 1,110,000, inclusive of all taxes and expenses, made up as follows:
TB:Licence fee, Acervo CMS v9 perpetual licence|CNY 780,000
TB:Migration of 46,000 object records and 118,000 images|CNY 168,000
TB:Configuration and digital-image interface|CNY 134,000
TB:Training of curators, registrars and IT staff|CNY 28,000
TB:Total|CNY 1,110,000
P:3.2 The Customer shall pay: (a) 25% of the total price (CNY 277,500) within 30 days after signature of this Agreement; (b) 50% (CNY 555,000) within 30 days after Go-Live; and (c) the remaining 25% (CNY 277,500) within 30 days after Final Acceptance.
P:3.3 The Licensor shall issue a valid invoice before each payment. Go-Live and the payment under 3.2(b) do not mean that the Software or the Services have been accepted.
H:Clause 4 Project Plan and Delay
P:4.1 The Licensor shall achieve Go-Live within 100 days after signature, and shall be ready for the final acceptance tests within 60 days after Go-Live, in accordance with the project plan in Schedule B.
P:4.2 If the Licensor misses either date for reasons not attributable to the Customer, it shall pay liquidated damages of 0.1% of the total price for each day of delay, subject to a maximum of 10% of the total price.
P:4.3 Each party shall appoint a project manager. The Licensor's project manager shall speak Chinese or be accompanied by a qualified interpreter at all meetings.
P:4.4 The Customer shall make its spreadsheets, image folders and kiln-site archive lists available within 10 days after signature, give the Licensor's staff supervised access to the collection database and the photography workstation, and release its registrars for the checks required in Clause 5.
P:4.5 The Licensor shall train at least twelve curators and registrars and three IT staff in Zibo, in Chinese, in sessions agreed with the Customer, and shall provide printed and electronic training material. Each trainee shall be able to catalogue an object, record a loan and run the standard reports without assistance at the end of training.
P:4.6 The Licensor shall report progress in writing every two weeks, listing completed tasks, open issues and risks to the dates in Clause 4.1.
H:Clause 5 Acceptance
P:5.1 The Licensor shall migrate the Customer's records and images and configure the Software according to the museum's cataloguing standard agreed in Schedule A.
P:5.2 The final acceptance tests shall verify that: (a) a full reconciliation shows every migrated object record and image linked correctly, with an error rate not above one record in 2,000 in a random sample of 1,000 records checked by the Customer's registrars; (b) searches over the whole collection return results within 3 seconds for 50 concurrent users; (c) the digital-image interface exchanges files with the Customer's photography workstation without loss of metadata; (d) the public portal displays the selected objects correctly in Chinese and English; and (e) the Software has run in production for 30 days without a Priority 1 incident.
P:5.3 The tests are carried out jointly and recorded in a written report. Any failure shall be corrected and the test repeated at the Licensor's cost.
P:5.4 When all tests are passed, the Customer shall sign a Final Acceptance certificate within 10 days. Installation, Go-Live and use of the Software do not in themselves constitute acceptance.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that the Software will perform in accordance with its documentation and Schedule A for 18 months from Final Acceptance, and shall correct any defect reported in that period free of charge, including supplying patches and new versions released during that period.
P:6.2 The Licensor warrants that the Services will be performed with due skill and care by trained staff.
H:Clause 7 Support after the Warranty
P:7.1 After the warranty period, the Licensor shall offer annual support (corrections, new versions, telephone and remote assistance) at a fee of 11% of the licence fee, that is CNY 85,800 per year. This fee shall not increase during the first four years after the warranty period.
P:7.2 Support is ordered by the Customer year by year by written purchase order and does not renew automatically.
H:Clause 8 Service Levels
P:8.1 During the warranty and support periods, the Licensor shall respond to Priority 1 incidents (the Software unavailable, or collection records damaged or lost) within 2 hours at any time, and provide a workaround or fix within 24 hours. Priority 2 incidents (a module or interface not working) receive a response within 8 business hours and a fix within 5 business days. Other requests are answered within 3 business days.
P:8.2 For each hour by which a Priority 1 response or fix is late, the Licensor shall pay CNY 600, which the Customer may set off against any amount due.
H:Clause 9 Customer Data
P:9.1 All collection records, images, loan and conservation data and other information entered into or generated by the Software ("Customer Data") belong to the Customer. The Licensor may use Customer Data only to perform this Agreement.
P:9.2 The Software shall be installed on the Customer's servers in Zibo. Remote access by the Licensor requires the Customer's approval for each session, through a VPN with multi-factor authentication, and all sessions are logged. The Licensor shall not copy Customer Data outside the Customer's systems, and shall use test data only as prepared by the Customer.
P:9.3 The Licensor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, notify the Customer within 12 hours of any suspected breach, and be liable for losses caused by any breach attributable to it.
H:Clause 10 Intellectual Property
P:10.1 The Software remains the property of the Licensor.
P:10.2 Configuration files, migration scripts, cataloguing templates, portal page designs and the digital-image interface developed for the Customer ("Custom Deliverables") belong to the Customer, which may use, modify and license them freely, including to a future service provider. The Licensor shall deliver their source code and documentation at Final Acceptance.
H:Clause 11 Confidentiality
P:Each party shall keep confidential the other party's non-public information, including unpublished research on the collection, security arrangements of the galleries and stores, and commercial terms, and shall not disclose it to any third party without prior written consent, during this Agreement and for five years afterwards.
H:Clause 12 Liability
P:The Licensor's total liability under this Agreement is limited to 200% of the total price, except for personal injury, wilful misconduct, and breach of Clauses 9 and 11, which are unlimited.
H:Clause 13 Subcontracting
P:The Licensor shall not subcontract any part of the Services without the Customer's prior written consent.
H:Clause 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under Clause 4.2 reach their maximum.
P:14.2 On termination for the Licensor's breach, the Licensor shall refund the amounts paid for the Services not accepted, and the licence granted in Clause 2 shall continue if the licence fee has been paid.
H:Clause 15 Governing Law and Arbitration
P:This Agreement is governed by the laws of Portugal. Any dispute arising out of or in connection with it shall be finally settled by arbitration under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, seated in Lisbon, in the English language.
H:Clause 16 General
P:This Agreement, with Schedule A (Scope and Cataloguing Standard) and Schedule B (Project Plan), is the entire agreement of the parties. It is made in English and Chinese, both equally authentic, and takes effect on signature.
P:For the Customer: ____________________  Date: __________
P:For the Licensor: ____________________  Date: __________
"""

H252E04 = """# Managed Network Services Agreement

**Agreement reference:** NBPL-MNS-2027-01

**Customer:** Ningbo Haitong Port Logistics Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at 288 Gangwan Road, Beilun District, Ningbo, Zhejiang Province ("**Customer**").

**Provider:** Réseaux Cygne SAS, a French company whose registered seat is on the Île aux Cygnes, Paris, France ("**Provider**").

## Background

(A) Customer operates container yards, bonded warehouses, a truck gate complex and a dispatch centre in the Beilun port area, connected by a campus network and wide-area links.

(B) Customer wishes to outsource the design refresh, operation and monitoring of this network to Provider for three years, and Provider has agreed to provide the Services described below.

(C) At Customer's request, all charges are stated and paid in Chinese Yuan (CNY).

## 1. Definitions

1.1 **"Services"** means the managed network services in Schedule 1: 24x7 monitoring from Provider's network operations centre, incident and change management, configuration backups, firmware management, quarterly capacity reviews, and on-site field engineering at the Sites.

1.2 **"Sites"** means the locations in Schedule 2: the dispatch centre, four container yards, two bonded warehouses, the truck gate complex and the administrative building.

1.3 **"Managed Devices"** means the routers, switches, firewalls, wireless controllers and access points at the Sites listed in Schedule 2, which remain Customer's property.

1.4 **"Service Commencement Date"** means the date on which Customer signs the Service Readiness Certificate under Clause 4.

1.5 **"Initial Term"** means thirty-six (36) months from the Service Commencement Date.

## 2. Charges

2.1 The charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time): discovery, documentation, tool set-up, runbooks | fixed | 156,000 |
| Monthly Recurring Charge (all Sites and Managed Devices) | 128,000 per month x 36 months | 4,608,000 |
| **Total Contract Value** | | **4,764,000** |

2.2 The Transition Charge is invoiced after Service Readiness Acceptance. The Monthly Recurring Charge is invoiced monthly in arrears from the Service Commencement Date. Customer pays within 30 days of receiving a correct invoice. Nothing is payable in advance.

2.3 The charges are fixed for the Initial Term and include all labour, tools, travel and the spare parts pool described in Schedule 1. Additional devices are charged at the unit rates in Schedule 3.

## 3. Transition

3.1 Provider shall complete transition within 75 days after signature of this Agreement, including a full inventory of the Managed Devices, network diagrams, configuration baselines and runbooks for each Site.

3.2 If transition is not complete and the Service Readiness Certificate is not signed by that date for reasons attributable to Provider, Provider shall pay Customer CNY 3,000 for each day of delay.

3.3 During transition Provider shall not make any change to a Managed Device without a change request approved by Customer's network manager.

## 4. Service Readiness Acceptance

4.1 Before the Service Commencement Date, Provider shall demonstrate in the presence of Customer that: (a) every Managed Device is visible in the monitoring platform with alerts routed to the operations centre; (b) configuration backups of every device can be restored on a test device; (c) a simulated outage at a container yard and at the truck gate complex is detected within 5 minutes and escalated according to the runbooks; and (d) the documentation listed in Schedule 1 has been delivered and reviewed by Customer.

4.2 When these criteria are met, Customer signs the Service Readiness Certificate. Taking over of monitoring by Provider before that signature does not constitute acceptance.

## 5. Service Levels

5.1 **Availability.** Provider shall ensure that the core network at each Site is available 99.7% of each calendar month, excluding planned maintenance approved by Customer.

5.2 **Incident response.** Provider shall respond to incidents as follows:

| Priority | Description | Response | Restoration target |
|---|---|---|---|
| P1 | Loss of network at the truck gate complex, a container yard or the dispatch centre | 6 hours | 10 hours |
| P2 | Degraded service or loss of a single building or wireless zone | 8 hours | 1 business day |
| P3 | Minor fault or change request | 2 business days | 5 business days |

5.3 **Service credits.** If monthly availability at a Site falls below the level in 5.1, Provider shall credit 3% of the Monthly Recurring Charge for each started 0.1 percentage point of shortfall, up to one quarter of that month's charge. For each P1 incident whose response or restoration is late, Provider shall credit CNY 2,000. Credits are deducted from the next invoice.

5.4 **Reporting.** Provider shall deliver a monthly service report and attend a monthly service review with Customer, and a quarterly capacity review with recommendations.

5.5 **Change management.** Standard changes listed in the runbooks are carried out within 3 business days of Customer's request. Other changes follow the change process in Schedule 1: Provider proposes the change with a risk assessment and a rollback plan, Customer approves it in writing, and Provider carries it out in an agreed window outside peak gate hours. Emergency changes needed to restore service may be made with the verbal approval of Customer's duty manager, confirmed in writing within one business day.

5.6 **Spare parts.** Provider shall keep a pool of spare switches, access points and firewall modules at its Ningbo depot, sufficient to replace any failed Managed Device of a type listed in Schedule 2, and shall record every replacement in the monthly report.

## 6. Customer Data and Network Security

6.1 All configurations, logs, traffic statistics, diagrams and other data relating to Customer's network ("**Customer Data**") belong to Customer and may be used by Provider only to provide the Services.

6.2 Provider shall operate the Services from a network operations centre in mainland China, access Managed Devices only through Customer's jump server with multi-factor authentication and individual accounts, keep session logs for one year, and comply with the Cybersecurity Law, the Data Security Law and MLPS level-3 requirements applicable to Customer's network.

6.3 Provider shall notify Customer of any security incident within 2 hours of detection, assist in containment and investigation, and be liable for losses caused by any incident attributable to Provider or its personnel.

## 7. Intellectual Property

7.1 Network designs, diagrams, runbooks, configuration templates and reports prepared for Customer belong to Customer, which may use, modify and give them to any successor provider.

7.2 Provider's monitoring software and tools remain Provider's property and are used by Provider to deliver the Services.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information, including network designs, security settings, customer and shipment information, and commercial terms, and shall not disclose it to any third party without prior written consent. This obligation survives for five years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 Provider shall assign a named service delivery manager and at least two field engineers based in Ningbo.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.

9.3 Provider's personnel working at the Sites shall follow Customer's port safety rules, wear the required protective equipment in the container yards, and hold valid electrical work permits where required. Customer may require the removal of any person who breaches those rules, and Provider shall provide a suitably qualified replacement within 10 business days.

9.4 Provider shall keep the service delivery manager in post for the whole Initial Term unless Customer agrees to a change in writing, and shall give Customer at least 30 days' notice of any planned change of field engineers, with a documented hand-over.

## 10. Customer Obligations

10.1 Customer shall give Provider's engineers escorted access to the Sites, provide rack space and power for any monitoring probes, and inform Provider of planned operational events that affect the network, such as new yard openings.

10.2 Customer shall purchase replacement hardware recommended by Provider when a Managed Device reaches the end of its vendor support.

## 11. Term

11.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension requires a written agreement.

11.2 Neither party may terminate this Agreement before the end of the Initial Term. Customer's remedies for any failure of the Services, including repeated failures to meet the service levels, are the service credits under Clause 5.3 and damages under Clause 12.

11.3 At the end of the Initial Term, Provider shall provide up to 60 days of exit assistance and hand over all Customer Data, documentation and credentials.

## 12. Liability

12.1 Neither party is liable for indirect loss or loss of profit.

12.2 Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of Clauses 6 and 8, which are not limited.

12.3 **Force majeure.** Neither party is liable for failure caused by typhoon, flood, earthquake, government action or other events beyond its reasonable control, provided it notifies the other party promptly and does its best to limit the effects. Failures of public carriers' circuits are handled under Schedule 1 and are not excused unless they are themselves caused by such an event.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. General

This Agreement, with Schedules 1 to 3, is the entire agreement between the parties. It is made in English and Chinese, both equally valid, and takes effect on signature by both parties.

For Customer: ____________________ Date: __________

For Provider: ____________________ Date: __________
"""

H252E05 = """API SUBSCRIPTION AGREEMENT
(Event Ticketing API - Zigong Lantern Festival)

Agreement No.: ZGLF-TKT-2027-08

THIS AGREEMENT is made between:

(1) Zigong Lantern Culture Events Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 66 Caideng Road, Ziliujing District, Zigong, Sichuan Province (the "Customer"); and

(2) Biglietto Rapido S.r.l., an Italian limited liability company with its registered office on the Isola Capo Rizzuto, Crotone, Italy (the "Vendor").

WHEREAS:

(A) The Customer organises the annual Zigong International Dinosaur Lantern Festival and related night events, with more than two million visitors each season, and sells tickets through its own mini-program, travel agencies and on-site kiosks.

(B) The Vendor operates a cloud ticketing platform that issues, validates and reconciles electronic tickets through an application programming interface (the "API").

(C) The Customer wishes to subscribe to the API so that all its sales channels issue and validate tickets through a single inventory, and the Vendor is willing to provide the subscription and the related integration support on the terms below.

(D) At the Customer's request, all amounts are stated and paid in Chinese Yuan (CNY).

IT IS AGREED as follows.

1. DEFINITIONS

1.1 "Subscription" means the right to call the API for ticket issuing, seat and time-slot inventory, QR-code validation at the gates, refunds and daily reconciliation, within the volume allowance in Schedule 1.

1.2 "Integration Support" means the Vendor's assistance in connecting the Customer's mini-program, its agency booking portal and its forty-two gate validators to the API, as described in Schedule 2.

1.3 "Go-Live" means the date on which the Customer signs the Integration Acceptance certificate under Clause 5.

1.4 "Customer Data" means ticket orders, visitor names, identity-document numbers, mobile numbers, entry records and any other data the Customer or its visitors submit through the API.

1.5 "Festival Season" means the period, announced by the Customer each year, during which the lantern festival is open to visitors, usually from the Spring Festival to the Lantern Festival and for several weeks afterwards.

1.6 "Sales Channels" means the Customer's mini-program, its agency booking portal and its on-site kiosks, and any further channel the Customer connects to the API during the term with the Vendor's technical assistance.

2. TERM

2.1 The Subscription runs for a term of one year from Go-Live.

2.2 The Subscription does not renew automatically. Any further term requires a new written agreement, and the Vendor shall give the Customer its proposed fee for a further term at least 90 days before the end of the current term.

3. FEES AND PAYMENT

3.1 The fees are:
    Annual API Subscription (volume allowance of eight million API calls)    CNY 420,000
    Integration Support (fixed price)                                            CNY  66,000
    Total                                                                        CNY 486,000
All fees include VAT and all expenses of the Vendor.

3.2 The Customer shall pay 65% of the total (CNY 315,900) within 10 days after signature of this Agreement, before any work starts, and the remaining 35% (CNY 170,100) within 30 days after Go-Live.

3.3 Calls above the volume allowance are charged at the unit rate in Schedule 1, invoiced quarterly in arrears. The Vendor shall warn the Customer when 80% of the allowance has been used.

4. INTEGRATION SUPPORT

4.1 The Vendor shall provide sandbox credentials within 5 days after signature, API documentation in Chinese and English, and an integration engineer who attends the Customer's offices in Zigong during the integration period.

4.2 The Vendor shall complete its part of the integration so that the Integration Acceptance tests can start within 50 days after signature. For each day of delay attributable to the Vendor, the Vendor shall pay the Customer CNY 1,000 as liquidated damages, up to a maximum of CNY 48,600.

4.3 The Customer shall provide the test devices, the mini-program test environment and access to its gate validators, and shall make its developers available as reasonably required.

5. INTEGRATION ACCEPTANCE

5.1 The Integration Acceptance tests shall demonstrate that: (a) tickets sold through all three channels draw on a single inventory with no overselling in a load test of 3,000 orders per minute; (b) QR-code validation at the gate validators returns a result within one second, including during a simulated loss of the gate network with offline validation and later synchronisation; (c) refunds and partial refunds are reflected correctly in inventory and in the daily reconciliation; and (d) the daily reconciliation file matches the Customer's payment-gateway statement for five consecutive test days.

5.2 The Customer signs the Integration Acceptance certificate when all tests are passed. Sandbox use or trial sales before that signature do not constitute acceptance.

6. SERVICE

6.1 The Vendor will use commercially reasonable efforts to keep the API available during the festival season and to answer support requests submitted through its online support portal.

6.2 The Vendor may carry out maintenance on the platform from time to time and will try to give notice of maintenance that it expects to affect the API.

6.3 The Vendor shall notify the Customer in advance of any change to the API that requires changes to the Customer's systems, and shall keep the previous API version available for at least 90 days after such notice.

6.4 The Vendor shall provide the Customer each morning with a reconciliation file for the previous day listing every ticket issued, validated, refunded and voided, by channel, and a monthly usage statement showing the API calls consumed against the volume allowance.

6.5 Before the opening night of each festival season the parties shall hold a readiness review covering expected visitor numbers, peak sales periods, gate configuration and contacts of both parties for the season.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to provide the Subscription to the Customer, and shall not sell it, use it for marketing or disclose it to any other customer of the Vendor.

7.2 On expiry of the term the Vendor shall export the Customer Data to the Customer in a standard format on request.

8. INTELLECTUAL PROPERTY

8.1 The API, the Vendor's platform and its documentation remain the Vendor's property.

8.2 The connector code, gate-validator configuration, reconciliation scripts and report templates developed for the Customer under the Integration Support belong to the Customer, which may use, modify and license them freely. The Vendor shall hand over their source code at Go-Live.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including visitor numbers, pricing plans, sales results and technical information, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers bound by confidentiality duties.

9.2 This Clause 9 survives for five years after the end of this Agreement.

10. SUBCONTRACTING

The Vendor shall not subcontract any part of the Integration Support or the operation of the Subscription without the Customer's prior written consent. The Vendor remains responsible for any subcontractor so approved.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 15 days after receiving written notice of the breach.

11.2 If the Customer terminates under Clause 11.1 before Go-Live, the Vendor shall refund all amounts paid within 30 days. If the Customer terminates after Go-Live, the Vendor shall refund the Subscription fee for the remainder of the term.

12. LIABILITY

Neither party is liable to the other for indirect or consequential loss. Nothing in this Agreement limits liability for death, personal injury, fraud or wilful misconduct.

13. FORCE MAJEURE

Neither party is liable for failure caused by events beyond its reasonable control, including earthquake, flood and government orders cancelling public events, provided that it notifies the other party promptly. If the festival is cancelled by government order, the parties shall agree in good faith on an extension of the term.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules then in force. The award is final and binding.

15. GENERAL

15.1 This Agreement, with Schedule 1 (Volume Allowance and Unit Rates) and Schedule 2 (Integration Scope), is the entire agreement between the parties on its subject.

15.2 Amendments are valid only in writing signed by both parties.

15.3 This Agreement is made in English and Chinese; both texts are equally authentic.

15.4 Neither party may assign this Agreement or any right under it without the prior written consent of the other party.

15.5 Notices under this Agreement shall be in writing and delivered by hand, by courier or by e-mail with confirmation of receipt to the addresses stated above, or to any other address a party notifies for this purpose. Notices to the Vendor shall also be copied to its appointed representative in Chengdu.

15.6 If any provision of this Agreement is held invalid, the remaining provisions continue in force, and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.

15.7 This Agreement takes effect on the date of signature by both parties.

Signed for and on behalf of the Customer: ______________________   Date: ____________

Signed for and on behalf of the Vendor: ______________________   Date: ____________
"""


# ---------------------------------------------------------------- build, check, label
SOURCES = {"h252z01": H252Z01, "h252z02": H252Z02, "h252z03": H252Z03, "h252z04": H252Z04, "h252z05": H252Z05,
           "h252e01": H252E01, "h252e02": H252E02, "h252e03": H252E03, "h252e04": H252E04, "h252e05": H252E05}
TARGETS = {k: (PLAN[k]["file"], PLAN[k]["file"].rsplit(".", 1)[1]) for k in PLAN
           if PLAN[k]["file"].endswith((".docx", ".pdf"))}

# figures on a policy threshold (section 3: 99.9 %, 4 h, 0.05 %/day, 100 % cap, 30 % prepayment, 12 months
# warranty, 15 % fee; section 4: 40 % share), in digits, Chinese numerals and words
THRESHOLDS = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.])(30|15|40|100)\s*%", r"(?<![\d.])0\.050*\s*%", r"百分之(三十|十五|四十|一百|百)(?![点零一二三四五六七八九十])",
    r"万分之五(?![十])", r"千分之零点五", r"(?i)\b(30|15|40|100|thirty|fifteen|forty|one hundred|a hundred)[\s-]*(per[\s-]*cent|percent|pct)\b",
    r"(?<![\d.年])12\s*个?月", r"(?<![\d.])12\s*个月", r"(?<![十])十二个?月", r"(?i)(?<![\d.])\b(12|twelve)[\s-]*(\(12\)\s*)?(calendar\s+)?months?\b",
    r"(?<![\d.])4\s*个?小时", r"(?<![十])四个?小时", r"(?i)(?<![\d.])\b(4|four)[\s-]*(\(4\)\s*)?(business\s+|working\s+|clock\s+)?hours?\b",
]
SELFTEST_HIT = ["99.9%", "九十九点九", "30%", "15 %", "40%", "100%", "0.05%", "0.050%", "百分之三十", "百分之百",
                "万分之五", "thirty per cent", "15 percent", "12个月", "十二个月", "12 months", "twelve months",
                "12-month", "4小时", "四小时", "4 hours", "four business hours", "4-hour"]
SELFTEST_MISS = ["99.95%", "99.98", "130%", "115%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%",
                 "万分之五十", "2027年12月31日", "36个月", "0.08%", "1,150", "250%", "2 hours"]


def selftest():
    for s in SELFTEST_HIT:
        assert any(re.search(rx, s) for rx in THRESHOLDS), s
    for s in SELFTEST_MISS:
        assert not any(re.search(rx, s) for rx in THRESHOLDS), s


def sums():
    assert 1080000 + 426000 + 238000 + 116000 == 1860000 == 372000 + 651000 + 837000
    assert 1860000 * 20 // 100 == 372000 and 1860000 * 35 // 100 == 651000 and 1860000 * 45 // 100 == 837000
    assert 1080000 * 10 // 100 == 108000
    assert 486000 + 35000 * 33 + 628000 + 214000 == 2483000 and 35000 * 33 == 1155000
    assert 2483000 + 297000 + 40000 == 2820000 == 282000 + 1410000 + 987000 + 141000
    assert [2820000 * p // 100 for p in (10, 50, 35, 5)] == [282000, 1410000, 987000, 141000]
    assert 1180 * 70 == 82600 and 82600 * 36 == 2973600 and 2973600 + 186000 == 3159600 and 82600 * 3 == 247800
    assert 336000 + 148000 + 64000 + 92000 == 640000 == 160000 * 4
    assert 860000 + 320000 + 100000 == 1280000 == 793600 + 486400
    assert 1280000 * 62 // 100 == 793600 and 860000 * 25 // 100 == 215000
    assert 420 * 1150 == 483000 and 36 * 6400 == 230400 and 18 * 4800 == 86400
    assert 483000 + 230400 + 86400 + 212000 == 1011800 and 1011800 + 128200 + 24000 == 1164000
    assert 232800 + 523800 + 407400 == 1164000 and [1164000 * p // 100 for p in (20, 45, 35)] == [232800, 523800, 407400]
    assert round(1011800 * 0.09) == 91062
    assert 96 * 980 == 94080 and 94080 * 24 == 2257920 and 2257920 + 118000 == 2375920
    assert 780000 + 168000 + 134000 + 28000 == 1110000 == 277500 + 555000 + 277500 and 780000 * 11 // 100 == 85800
    assert 128000 * 36 == 4608000 and 4608000 + 156000 == 4764000
    assert 420000 + 66000 == 486000 == 315900 + 170100 and 486000 * 65 // 100 == 315900 and 486000 // 10 == 48600


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return sum(1 for tok in text.split() if re.search(r"[A-Za-z0-9]", tok))


def main():
    selftest()
    sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for k, p in PLAN.items():
        if k not in TARGETS:
            (OUT / p["file"]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", p["file"])
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    problems = []
    for k, p in PLAN.items():
        got = rules_for(p)
        assert got == p["rules"], (k, got, p["rules"])
        if p["tco"] and p["tco"].get("fee") is not None:
            print("  %s TCO share %.1f %%" % (k, tco_share(p)))
        text = read_back(OUT / p["file"])
        flat = re.sub(r"\s+", "", text)
        for fig in p["figures"]:
            if re.sub(r"\s+", "", fig) not in flat:
                problems.append("%s: figure %r not in the text" % (k, fig))
        for variant in (text, re.sub(r"\s*\n\s*", "", text), re.sub(r"\s+", " ", text)):
            for rx in THRESHOLDS:
                m = re.search(rx, variant)
                if m:
                    problems.append("%s: threshold value %r (%s)" % (k, m.group(0), rx))
        n = length(text, p["lang"])
        lo, hi = (2800, 3300) if p["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        print("  %s %s %d %s, rules %s, risk %s" % (k, p["file"], n, "characters" if p["lang"] == "zh" else "words",
                                                    ", ".join(r[3:] for r in got) or "(none)", risk(got)))
        label = {"file": p["file"], "language": p["lang"], "category": p["category"],
                 "expected_terms": p["terms"], "expected_extra": p["extra"], "expected_rules": got}
        (OUT / (p["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    assert not problems, "\n".join(sorted(set(problems)))
    print("all checks passed")


if __name__ == "__main__":
    main()
