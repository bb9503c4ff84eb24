"""holdout243: builds ten ordinary draft contracts (5 zh, 5 en) from the sources kept here, writes their labels,
re-applies policy §3/§4 to the labels, and scans the read-back text for values sitting on a policy threshold.
Run: /work/main/.venv/bin/python make_files.py"""
import sys
sys.dont_write_bytecode = True
import json, re
from pathlib import Path

OUT = Path(__file__).resolve().parent

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# Plan: file, language, category, terms, extra, private facts (forum outside mainland, fee base), planned rules,
# strings that must appear in the text.
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
PLAN = {}


def plan(key, file, lang, cat, terms, extra, rules, must, forum_outside=False, fee_base=None):
    t = dict(BASE)
    t.update(terms)
    assert set(t) == set(KEYS)
    PLAN[key] = dict(file=file, lang=lang, cat=cat, terms=t, extra=extra, rules=sorted(rules), must=must,
                     forum_outside=forum_outside, fee_base=fee_base)


# ---- arithmetic of every price and payment table (asserted) ----
# z01 农业农村厅 追溯平台
assert 1180000 + 864000 + 236000 + 148000 + 42000 == 2470000
assert 494000 + 1111500 + 864500 == 2470000 and 494000 == 2470000 * 20 // 100
assert 1180000 * 9 // 100 == 106200
# z02 不锈钢带钢 表面检测 + 测宽
assert 1260000 + 486000 + 214000 + 340000 == 2300000
assert 2300000 + 168000 + 92000 + 20000 == 2580000
assert 258000 + 903000 + 1290000 + 129000 == 2580000
assert 2300000 * 24 // 100 == 552000
# z03 甜品连锁 SaaS
assert 65 * 1280 * 24 == 1996800 and 6500 * 24 == 156000
assert 1996800 + 156000 + 186000 + 28000 == 2366800
assert 65 * 1280 * 3 + 6500 * 3 == 269100 and 269100 * 8 == 1996800 + 156000
# z04 公积金 呼叫中心 运维
assert 696000 + 218000 + 186000 + 74000 + 26000 == 1200000 and 300000 * 4 == 1200000
# z05 方便面 ERP
assert 1360000 + 980000 + 310000 + 70000 == 2720000
assert 1768000 + 952000 == 2720000 and 1768000 == 2720000 * 65 // 100
# e01 kiln-curve licences
assert 6 * 58000 == 348000 and 8 * 9500 == 76000 and 348000 + 76000 + 96000 + 34000 == 554000
assert 110800 + 249300 + 193900 == 554000 and 348000 * 11 // 100 == 38280
# e02 ticketing SaaS
assert 48500 * 36 == 1746000 and 1746000 + 164000 == 1910000
# e03 water sensors
assert 40 * 36800 == 1472000 and 6 * 42500 == 255000 and 1472000 + 255000 + 188000 == 1915000
assert 1915000 + 236000 + 49000 == 2200000 and 220000 + 1210000 + 770000 == 2200000
assert 1915000 * 8 // 100 == 153200
# e04 managed IT
assert 62000 * 24 == 1488000 and 1488000 + 52000 == 1540000
# e05 certificate API
assert 21500 * 24 == 516000 and 516000 + 64000 == 580000
assert 261000 == 580000 * 45 // 100 and 261000 + 8 * 39875 == 580000

G = dict(post_warranty_fee_capped=True)
plan("h243z01", "h243z01_agri_product_traceability_platform.md", "zh", "software",
     dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
          warranty_months=36, post_warranty_fee_pct=9),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=2470000),
     [], ["2,470,000", "99.95%", "30分钟", "万分之八", "20%", "三十六个月", "9%", "106,200"], fee_base=1180000)
plan("h243z02", "h243z02_stainless_strip_surface_inspection.docx", "zh", "hardware",
     dict(p1_response_hours=1, ld_rate_per_day_pct=0.02, prepayment_pct=10, warranty_months=18,
          post_warranty_fee_pct=24),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=2580000),
     ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
     ["2,580,000", "1小时", "万分之二", "10%", "十八个月", "24%", "552,000"], fee_base=2300000)
plan("h243z03", "h243z03_dessert_chain_ordering_loyalty_saas.md", "zh", "cloud",
     dict(availability_pct=99.95, p1_response_hours=0.25, buyer_owns_data=False, ld_rate_per_day_pct=1500 / 2366800 * 100,
          liability_cap_pct=200, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
          contract_kind="service"),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2366800),
     ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
     ["2,366,800", "99.95%", "15分钟", "1,500元", "200%"])
plan("h243z04", "h243z04_housing_fund_call_centre_annual_om.pdf", "zh", "services",
     dict(availability_pct=99.5, p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=0.1,
          final_payment_on_acceptance=None, contract_kind="service"),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1200000),
     ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
     ["1,200,000", "99.5%", "15分钟", "千分之一"])
plan("h243z05", "h243z05_instant_noodle_erp_supplier_template.txt", "zh", "software",
     dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", liability_cap_pct=10, prepayment_pct=65,
          acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
          subcontract_without_consent=True),
     dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
          contract_value=2720000),
     ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
      "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
     ["2,720,000", "8小时", "10%", "65%", "六个月"], fee_base=1360000)
plan("h243e01", "h243e01_celadon_kiln_curve_software_licences.pdf", "en", "software",
     dict(p1_response_hours=1, ld_rate_per_day_pct=400 / 554000 * 100, liability_cap_pct=150, prepayment_pct=20,
          warranty_months=24, post_warranty_fee_pct=11, governing_law="Italy"),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=554000),
     ["CR-GOVERNING-LAW"], ["CNY 554,000", "one hour", "CNY 400", "150%", "20%", "24 months", "11%", "38,280"],
     forum_outside=True, fee_base=348000)
plan("h243e02", "h243e02_lake_park_ticketing_saas_order_form.md", "en", "cloud",
     dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=1200 / 1910000 * 100,
          liability_cap_pct=9 / 36 * 100, final_payment_on_acceptance=None, subcontract_without_consent=True,
          contract_kind="service"),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1910000),
     ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
     ["CNY 1,910,000", "99.95%", "30 minutes", "CNY 1,200", "nine months"])
plan("h243e03", "h243e03_kelp_scallop_farm_water_sensors.docx", "en", "hardware",
     dict(availability_pct=99.95, p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
          prepayment_pct=10, warranty_months=36, post_warranty_fee_pct=8),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=2200000),
     [], ["CNY 2,200,000", "99.95%", "two hours", "0.08%", "200%", "10%", "36 months", "8%", "153,200"],
     fee_base=1915000)
plan("h243e04", "h243e04_tool_exporter_managed_it_desktop_support.txt", "en", "services",
     dict(sla_remedy=False, ld_rate_per_day_pct=900 / 1540000 * 100, liability_cap_pct=200,
          final_payment_on_acceptance=None, termination_for_breach=False, contract_kind="service"),
     dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1540000),
     ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"], ["CNY 1,540,000", "CNY 900", "200%"])
plan("h243e05", "h243e05_vinegar_exporter_quality_certificate_api.txt", "en", "cloud",
     dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=350 / 580000 * 100,
          liability_cap_pct=150, prepayment_pct=45, final_payment_on_acceptance=None, contract_kind="service"),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=580000),
     ["CR-DATA-SECURITY", "CR-PREPAYMENT"], ["CNY 580,000", "99.95%", "one hour", "CNY 350", "150%", "45%"])


def apply_rules(p):
    """policy §3 and §4 applied to a label (the reading documented in NOTES.md)."""
    t, x, r = p["terms"], p["extra"], set()
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        fee, capped = t["post_warranty_fee_pct"], x["post_warranty_fee_capped"]
        if fee is None or not capped or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if fee is not None and capped and t["warranty_months"] is not None:
            years = max(0.0, 5 - t["warranty_months"] / 12)
            service = years * fee / 100 * p["fee_base"]
            share = service / (x["contract_value"] + service) * 100
            p["tco"] = (x["contract_value"] + service, share)
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or p["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)

Z01 = """# 某省农产品质量安全追溯平台建设项目 政府采购合同

合同编号：NYT-ZS-2027-031　　采购方式：公开招标　　项目编号：GZCG-2027-0418

**甲方（采购人）：** 某省农业农村厅
地址：省会市农林路88号　　联系人：农产品质量安全监管处

**乙方（供应商）：** 禾信数科信息技术有限公司
地址：省会市高新区云栖大道206号　　统一社会信用代码：见投标文件

鉴于甲方就"某省农产品质量安全追溯平台建设项目"依法组织公开招标，乙方经评标委员会评审推荐并经甲方确认为中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据招标文件、乙方投标文件及中标通知书，双方经协商一致，订立本合同，共同遵守。

## 第一条 项目内容

1.1 乙方为甲方建设全省统一的农产品质量安全追溯平台，覆盖省、市、县三级监管部门及约一万二千家规模生产经营主体，实现"一品一码"赋码、产地准出与市场准入衔接、检测数据归集、监管驾驶舱和公众扫码查询。

1.2 乙方提供追溯平台软件永久使用许可，并完成定制开发、与国家追溯平台及省检测系统的数据对接、历史数据迁移、部署实施和培训。具体技术要求以招标文件第五章为准。

## 第二条 合同价款

2.1 本合同总价为人民币2,470,000元（大写：贰佰肆拾柒万元整），为固定总价，含税及乙方完成本项目的全部费用。分项如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 追溯平台软件许可（永久，不限用户数） | 1,180,000 |
| 2 | 定制开发（赋码管理、监管驾驶舱、移动巡检端） | 864,000 |
| 3 | 数据对接与历史数据迁移 | 236,000 |
| 4 | 部署实施 | 148,000 |
| 5 | 培训 | 42,000 |
| | 合计 | 2,470,000 |

2.2 除本合同另有约定外，甲方无需向乙方支付任何其他费用。

## 第三条 付款方式

3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即494,000元。

3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即1,111,500元。

3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即864,500元。

3.4 每笔付款前乙方应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，但因甲方原因延误的，不影响乙方按期履约的期限顺延。

## 第四条 交付与工期

4.1 乙方应于合同签订后150日内完成全部开发、对接与部署，并提交初步验收申请。

4.2 乙方应按招标文件要求派驻项目经理及不少于六名开发实施人员，未经甲方同意不得更换项目经理。

4.3 乙方应在合同签订后10日内提交项目实施方案，明确需求调研、设计、开发、测试、部署和培训各阶段的时间节点，经甲方确认后执行。乙方每两周向甲方提交项目进展报告，发现可能影响工期的问题应及时书面报告。

4.4 培训对象包括省级管理员、市县监管人员和生产经营主体代表，培训不少于八期，乙方应提供操作手册、培训课件和视频教程。

4.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。

## 第五条 验收

5.1 初步验收：平台部署完成后，由甲方组织对照招标文件功能清单逐项测试。验收标准为：功能清单全部实现；赋码并发不低于每秒800笔；页面平均响应时间不超过2秒；与国家追溯平台的数据交换连续10日无差错；历史数据迁移抽查核对一致。

5.2 最终验收：初步验收后平台连续试运行90日，期间未发生一级故障，并取得第三方软件测评报告及网络安全等级保护测评报告的，由甲方组织专家进行最终验收，出具书面验收报告。

5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，费用由乙方承担。

## 第六条 质保与运维

6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和现场服务。

6.2 质保期满后如甲方需要继续维护，年度维护费不超过软件许可费的9%，即每年不超过106,200元，且在质保期满后的两个年度内保持不变。届时由双方另行签订维护合同，该维护合同不自动续期。

## 第七条 服务水平

7.1 平台在质保期内月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前3日告知甲方）。

7.2 故障分级及响应：一级故障（平台整体不可用或赋码、查询功能中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。

7.3 乙方每超过约定响应时限1小时，按1,000元扣减；月度可用率每低于约定0.01个百分点，按2,000元扣减。扣减款项从应付款或履约保证金中扣除。

## 第八条 数据安全与数据归属

8.1 平台中的生产经营主体信息、检测数据、赋码记录、监管记录等全部数据属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于任何其他目的。

8.2 乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求落实访问控制、加密存储、操作审计和备份措施，运维操作须经堡垒机进行。

8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

## 第九条 保密

乙方对履约中知悉的甲方工作秘密、网络结构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。

## 第十条 知识产权

10.1 乙方保证所提供软件不侵犯任何第三方合法权益。平台软件产品的著作权仍归乙方，甲方享有永久、不可撤销的使用许可。

10.2 为本项目定制开发的程序、源代码、接口规范及技术文档，其知识产权归甲方所有，甲方可自行或委托他人修改、使用。

## 第十一条 分包

本项目不得分包，乙方不得将合同任何部分转让给第三方。

## 第十二条 违约责任

12.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

12.2 乙方提供的服务或软件不符合合同约定，经甲方书面通知后15日内仍未纠正的，构成根本违约，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。

12.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。

## 第十三条 合同解除

乙方有重大违约行为，或逾期交付超过60日的，甲方有权书面通知解除本合同。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

## 第十五条 其他

15.1 招标文件、投标文件、中标通知书及澄清文件为本合同组成部分，内容不一致的，以对甲方更有利的为准。

15.2 乙方应遵守国家关于政务信息系统建设的有关规定，平台应支持国产操作系统、数据库和浏览器，并通过商用密码应用安全性评估，评估费用已包含在合同总价中。

15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：某省农业农村厅　　　　　乙方（盖章）：禾信数科信息技术有限公司

法定代表人或授权代表：__________　　　法定代表人或授权代表：__________

签订日期：2027年　月　日
"""

Z02 = """T:不锈钢冷轧带钢表面质量在线检测及测宽系统采购合同
P:合同编号：JG-SB-2027-0612
P:甲方（买方）：某不锈钢精密带钢有限公司，住所：广东省阳江市江城区临港工业园
P:乙方（卖方）：视衡智能检测装备股份有限公司，住所：江苏省苏州市工业园区星湖街
P:甲方二号冷轧线及精整线需要配置带钢表面缺陷在线检测系统和激光测宽仪。乙方系该类设备的制造商和系统集成商。双方经平等协商，就设备供货、软件许可、安装调试及后续维保事宜达成如下条款。
H:第一条 合同标的与价格
P:1.1 乙方为甲方二号冷轧线提供上、下表面各一套线阵相机检测单元及配套LED光源，为精整线提供一套激光测宽仪，并提供检测服务器、工控机和缺陷识别软件许可，完成安装、调试、缺陷样本库训练和人员培训。
P:1.2 合同总价为人民币2,580,000元，含税、运输、保险、安装及培训费用。分项价格如下表：
TB:序号|名称|数量|金额（元）
TB:1|表面检测相机及光源单元|2套|1,260,000
TB:2|激光测宽仪|1套|486,000
TB:3|检测服务器及工控机|1批|214,000
TB:4|缺陷识别软件许可（永久）|1套|340,000
TB:|软硬件小计||2,300,000
TB:5|安装调试|1项|168,000
TB:6|缺陷样本库训练（针对甲方钢种定制）|1项|92,000
TB:7|操作与维护培训|1项|20,000
TB:|合同总价||2,580,000
H:第二条 付款
P:2.1 合同生效后10日内，甲方支付合同总价的10%作为预付款，计258,000元。
P:2.2 设备到达甲方现场并经开箱清点签收后，甲方支付合同总价的35%，计903,000元。开箱签收仅确认数量和外观，不代表质量验收。
P:2.3 系统通过最终验收后，甲方支付合同总价的50%，计1,290,000元。
P:2.4 余款5%计129,000元作为质量保证金，质保期满且无未决质量问题后支付。
H:第三条 交货与安装
P:3.1 乙方应于合同生效后100日内将全部设备运抵甲方现场，并于到货后45日内完成安装调试，安装须利用甲方产线检修窗口进行，不得影响正常生产。
P:3.2 乙方负责设备在现场的卸货、就位、接线和与甲方L2过程控制系统的数据对接，甲方提供电源、压缩空气和安装支架基础。
P:3.3 乙方应在设备发货前提交设备出厂检验报告、安装图纸、电气原理图、软件操作手册和备品备件清单，并在最终验收时移交全部竣工资料。
P:3.4 设备在甲方现场的安装、调试作业须遵守甲方安全生产管理制度，乙方人员进入产线区域须经安全培训并佩戴防护用品，因乙方人员违章造成的人身或财产损失由乙方承担。
P:3.5 乙方应在安装前组织一次设计联络会，与甲方确认相机安装位置、光源角度、冷却方式和与L2系统的数据接口格式，会议纪要经双方签字后作为技术协议的补充。
H:第四条 验收
P:4.1 安装调试完成后，乙方提交验收申请，双方按技术协议进行性能测试。验收标准：对孔洞、划伤、辊印、夹杂等十类典型缺陷的检出率不低于98%，分类准确率不低于92%；测宽仪在线测量精度±0.2毫米；系统在最高线速度每分钟180米下稳定运行；连续72小时热负荷运行无死机。
P:4.2 性能测试合格后系统连续试运行60日，期间无一级故障的，双方签署最终验收证书。
P:4.3 设备到货、安装或投入使用，均不视为验收合格。测试不合格的，乙方应在20日内整改后重新测试。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换损坏部件，免费提供软件升级。
P:5.2 质保期满后，乙方继续提供维保服务，维保年费按软硬件小计的24%计取，即每年552,000元，该金额在质保期满后的各年度固定不变。维保内容包括备件更换、相机标定、软件升级和每季度一次的现场巡检。
P:5.3 维保服务按年度结算，甲方在每个维保年度开始后30日内支付当年度维保费。
P:5.4 乙方应在甲方现场储备相机、光源驱动器和工控机硬盘等关键备件，并保证设备停产后至少八年内持续供应备件。
H:第六条 服务响应
P:6.1 故障分级：一级故障指检测系统停机或漏检导致产线无法放行；二级故障指部分功能失效但不影响放行；三级故障指一般咨询和非紧急问题。
TB:故障级别|响应时间|到场时间|修复时间
TB:一级|1小时|8小时|24小时
TB:二级|2小时|24小时|72小时
TB:三级|8小时|按约定|按约定
P:6.2 乙方每超过约定响应或修复时限1小时，向甲方支付1,500元，从质量保证金或维保费中扣除。
H:第七条 数据安全
P:7.1 检测过程中形成的缺陷图像、检测记录、生产工艺参数和质量报表均属甲方所有，乙方不得复制、留存或用于其他客户的模型训练。
P:7.2 乙方远程维护须经甲方审批并通过甲方指定的安全通道进行，操作全程记录；乙方应防止恶意代码进入甲方工控网络。
P:7.3 因乙方原因导致甲方数据泄露或工控系统受到攻击的，乙方应在2小时内报告，并承担全部赔偿责任。
H:第八条 保密
P:双方对在合作中知悉的对方技术秘密、工艺参数和商业信息负有保密义务，保密期限至合同终止后三年。
H:第九条 知识产权
P:9.1 检测软件产品的著作权归乙方，甲方获得永久使用许可，可在本合同所购设备上无限期使用。
P:9.2 针对甲方钢种训练形成的缺陷样本库、分类模型参数和对接接口程序归甲方所有，甲方可自行使用、修改或交由第三方维护。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 设备或软件质量不符合约定的，甲方有权要求更换、整改，并要求乙方赔偿由此造成的损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:10.4 乙方保证所供设备为全新、未使用过的合格产品，主要部件的品牌、型号和产地与设备配置清单一致。如发现以旧充新或擅自更换部件的，甲方有权拒收，乙方应无条件更换并承担由此产生的全部费用。
P:10.5 乙方应保证系统软件在甲方产线升级改造后仍可继续使用，产线速度或带钢规格变化需要调整检测参数的，质保期内由乙方免费调整。
P:10.6 质保期内同一部件累计发生三次以上同类故障的，乙方应免费更换为新的同型号或更高规格部件，质保期自更换之日起重新计算。
H:第十一条 分包与转让
P:乙方不得转让本合同。乙方如需将现场安装辅助工作分包，须事先取得甲方书面同意，并对分包方的行为承担责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后20日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十四条 法律适用与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交阳江仲裁委员会仲裁。
H:第十五条 其他
P:乙方应为甲方培训操作人员不少于二十人次、维护人员不少于六人次，培训内容包括系统操作、缺陷判定、相机清洁标定、常见故障处理和软件参数调整，培训结束后由甲方进行考核。
P:本合同附件包括技术协议、设备配置清单和培训计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:授权代表：____________　　授权代表：____________
P:日期：2027年　月　日
"""

Z03 = """# 门店点单及会员营销云服务协议

协议编号：TP-SaaS-2027-0093

委托方（以下称"甲方"）：湘甜记餐饮管理连锁有限公司
住所：湖南省长沙市天心区芙蓉南路一段
服务方（以下称"乙方"）：点星云科技有限公司
住所：浙江省杭州市滨江区江南大道

甲方经营"湘甜记"甜品及奶茶连锁品牌，目前共有直营门店65家。为统一门店点单、小程序下单、外卖接单和会员积分管理，甲方决定采用乙方的点单及会员营销云服务，并由乙方完成上线实施。双方协商一致，签订本协议。

一、服务内容

（一）乙方向甲方65家门店开通点单收银、小程序点单、外卖聚合接单和厨房出品显示服务，按门店计费。

（二）乙方向甲方总部开通会员营销模块，包括会员等级、积分、储值卡、优惠券、生日礼和营销短信功能。

（三）乙方负责实施，包括菜单与配方资料录入、门店设备调试、与美团及饿了么的接单对接、原有会员系统约二十六万名会员数据迁移，以及店长和收银员培训。

二、服务期限

服务期为二十四个月，自全部门店上线验收之日起计算。

（四）服务支持：乙方为甲方提供7×24小时客服热线和在线工单，为总部配备专属客户成功经理，每季度上门回访一次，协助甲方分析点单和会员运营情况。

（五）乙方提供的门店收银程序应支持断网离线收银，网络恢复后订单自动上传，离线期间的订单不得丢失或重复。

（六）门店增减：服务期内甲方新开门店的，按本协议单价开通，自开通当月起计费；门店关闭的，自关闭次月起停止计费，甲方应提前15日书面通知乙方。

（七）甲方义务：甲方负责门店网络、收银电脑、打印机和扫码设备的采购与维护，按乙方要求提供菜单、价格和会员资料，并指定一名项目负责人配合实施。

三、费用

（一）费用构成如下：

| 项目 | 单价 | 数量 | 金额（元） |
|---|---|---|---|
| 门店点单服务费 | 1,280元/店/月 | 65店×24月 | 1,996,800 |
| 总部会员营销模块 | 6,500元/月 | 24月 | 156,000 |
| 上线实施费（含对接与会员迁移） | — | 1项 | 186,000 |
| 培训费 | — | 1项 | 28,000 |
| 合计 | | | 2,366,800 |

（二）本协议服务期内费用总额为人民币2,366,800元。

四、付款

（一）服务费按季度后付：每个服务季度结束后，乙方出具对账单和发票，甲方于15个工作日内支付当季服务费269,100元。

（二）上线实施费和培训费合计214,000元，在全部门店通过上线验收后一次性支付。

（三）甲方在服务开始前无需支付任何预付款。

（四）乙方应在每季度对账单中列明各门店开通、停用日期和计费天数，甲方对账单有异议的，应在收到后10个工作日内提出，双方核对无误后按核定金额付款。

五、上线与验收

（一）乙方应在协议签订后45日内完成全部门店上线。

（二）上线验收标准：65家门店点单、收银、打印、外卖接单全部可用；与两家外卖平台订单对账连续7日一致；会员迁移后余额、积分与原系统逐条核对一致；小程序在午间和晚间高峰时段下单无积压、无重复扣款。

（三）门店开通或试营业使用，不视为上线验收合格。验收须由甲方信息部和营运部书面确认。

（四）上线验收未通过的，乙方应在7日内完成整改并重新提请验收；两次验收仍未通过的，甲方有权解除本协议，乙方应退还甲方已支付的全部款项。

六、服务水平

（一）乙方保证服务月度可用率不低于99.95%。

（二）一级故障（全部或多家门店无法点单收银）乙方应在15分钟内响应，1小时内给出临时方案；二级故障1小时内响应；三级故障当日响应。

（三）月度可用率低于承诺的，按当月服务费的5%至20%分档扣减；一级故障响应超时的，每次扣减2,000元。

七、续期与调价

（一）服务期满前30日内任何一方未书面提出不续期的，本协议自动续期，每次续期二十四个月。

（二）每次续期时，乙方有权根据市场及成本情况上调服务单价，上调幅度不超过上一服务期单价的8%，乙方提前30日通知甲方即可，无需甲方同意。

八、数据

（一）甲方的会员信息、订单数据、门店经营数据归甲方所有。

（二）甲方同意，乙方可将甲方的订单和消费数据去标识化并汇总后，用于编制茶饮行业分析报告、优化乙方产品及向其他客户提供行业基准对比服务，该等使用在协议终止后仍可继续。

（三）乙方应落实数据加密存储、访问权限控制和操作日志审计，数据存储于中国境内；发生数据泄露时乙方应在2小时内通知甲方，因乙方原因导致的，由乙方承担赔偿责任。

（四）协议终止后30日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除。

（五）乙方应按照《个人信息保护法》要求，在小程序中向会员展示隐私政策并取得必要的同意，会员行使查询、更正、删除等权利的，乙方应在5个工作日内配合甲方处理。

（六）乙方应每日对甲方数据进行异地备份，备份数据保留不少于三十日；因系统故障导致订单或会员数据丢失的，乙方应在24小时内从备份中恢复，并对无法恢复的部分承担赔偿责任。

九、保密

双方对在履行本协议过程中获知的对方商业秘密和经营信息承担保密义务，保密期限至协议终止后三年。

乙方人员及其指定的客服人员不得以任何方式私自联系甲方会员，不得利用甲方会员信息推送乙方或第三方的广告，但甲方通过乙方系统自行发起的营销活动除外。

十、知识产权

云服务平台的知识产权归乙方所有。为甲方专门设计的小程序页面、会员等级规则配置和营销活动模板归甲方所有，甲方可自由使用、修改。

十一、违约责任

（一）乙方未能按期完成全部门店上线的，每逾期一日，向甲方支付违约金1,500元。

（二）乙方在本协议项下的累计赔偿责任以本协议费用总额的200%为限，但数据泄露和故意行为造成的损失不受此限。

（三）乙方未按约定完成会员数据迁移，导致会员积分、储值余额错误的，乙方应在3日内更正，并承担甲方因此向会员作出补偿的费用。

（四）甲方逾期支付服务费超过30日的，乙方可书面催告，催告后15日内仍未支付的，乙方可暂停新增门店开通，但不得中断已开通门店的点单服务。

十二、转委托

乙方不得将本协议项下的服务转委托第三方；确需使用外包人员进行门店现场调试的，须事先征得甲方书面同意。

十三、解除

乙方严重违约，或可用率连续三个月低于承诺的，甲方有权书面通知解除本协议，乙方应退还已收取但未提供服务部分的费用。

协议终止时，乙方应配合甲方将点单和会员服务平稳迁移至甲方指定的新系统，迁移期内乙方按原单价继续提供服务，迁移期不超过六十日。

十四、法律适用与争议解决

本协议适用中华人民共和国法律。争议提交长沙仲裁委员会仲裁。

十四之一、通知

双方指定的项目负责人及其电子邮箱为本协议履行中的通知送达地址，重要通知（包括不续期通知、解除通知）还应以书面形式寄送至对方住所。

十五、其他

（一）乙方应在门店营业高峰时段（每日11:00至14:00、17:00至21:00）避免任何计划内维护，版本升级须提前5日通知甲方并提供升级说明。

（二）本协议未尽事宜，双方可签订补充协议。本协议一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：湘甜记餐饮管理连锁有限公司　　乙方（盖章）：点星云科技有限公司

代表签字：__________　　代表签字：__________

日期：2027年　月　日
"""

Z04 = """T:住房公积金呼叫中心及网上服务系统运行维护服务合同
P:项目名称：住房公积金12329呼叫中心及网上服务系统运维服务采购项目
P:采购方式：竞争性磋商　　合同编号：GJJ-YW-2027-07
P:采购人（甲方）：某市住房公积金管理中心
P:成交供应商（乙方）：恒联运维技术服务有限公司
P:根据竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就甲方呼叫中心及网上服务系统的运行维护服务，经协商一致订立本合同。
H:一、服务范围
P:（一）12329呼叫中心平台：包括坐席系统、交互式语音应答、录音质检、工单系统及其服务器、交换机和中继线路设备的日常运行维护。
P:（二）网上服务系统：包括网上服务大厅、手机APP、微信公众号及自助查询终端的应用运维、版本更新部署和接口巡检。
P:（三）驻场服务：乙方派驻三名工程师在甲方机房和呼叫中心现场值守，工作日8:30至17:30在岗，其他时间电话值班。
P:（四）配合甲方完成年度网络安全等级保护测评、安全加固、应急演练和系统操作培训。
P:（五）日常运维工作包括：每日两次巡检服务器、数据库、中间件和网络设备运行状态并填写巡检记录；每周检查备份完整性并每季度进行一次恢复演练；每月分析话务系统容量和网上服务大厅访问量，提出扩容或优化建议；按甲方要求部署应用系统版本更新，更新前提交变更方案并经甲方审批。
P:（六）节假日及公积金政策调整期间，乙方应增派人员值守，保障来电接通和网上业务办理不受影响。
H:二、服务期限
P:服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，依法重新组织采购。
H:三、合同金额
P:合同总价为人民币1,200,000元，为固定总价，包含人员、工具、交通、备品备件（单件3,000元以下）和税费。分项如下：
P:1. 驻场运维服务：696,000元；
P:2. 呼叫中心平台软硬件维护：218,000元；
P:3. 网上服务大厅、APP及公众号维护：186,000元；
P:4. 等保测评配合及安全加固：74,000元；
P:5. 应急演练与培训：26,000元。
H:四、付款方式
P:服务费按季度支付，每季度300,000元。每季度结束后，甲方根据本合同第七条考核结果确认当季服务，并在确认后15个工作日内支付。考核扣款从当季服务费中扣除。本合同不设预付款。
H:五、服务启动与交接
P:（一）乙方应在2027年1月1日前完成与原运维单位的交接，包括系统账号、配置清单、运维文档和遗留问题清单。
P:（二）交接验收标准：配置清单与现网逐项核对一致；全部账号完成密码更换；乙方工程师通过甲方组织的上岗考核；应急预案经甲方审定。交接验收由甲方书面确认，乙方人员进场不视为交接验收合格。
H:六、服务水平
P:（一）呼叫中心平台和网上服务系统月度可用率均不低于99.5%（经甲方同意的计划停机除外）。
P:（二）故障分级及时限：一级故障（呼叫中心无法接入来电、网上服务大厅或APP整体不可用）15分钟内响应，30分钟内到场，2小时内恢复；二级故障（部分功能异常）30分钟内响应，8小时内解决；三级故障（一般咨询）在下一个工作日内处理。
P:（三）每季度提交运维报告，内容包括故障统计、可用率、话务系统性能和整改建议。
P:（四）可用率按月统计，以甲方监控平台记录为准，计算方法为：当月实际可用时间除以当月应服务时间。乙方对统计结果有异议的，应在收到报告后5个工作日内提出。
H:七、考核与扣款
P:（一）月度可用率每低于约定0.1个百分点，扣减当季服务费的1%。
P:（二）一级故障响应或恢复超时的，每次扣减3,000元；二级故障超时的，每次扣减800元。
P:（三）驻场人员无故缺岗的，每人每日扣减1,000元。季度累计扣款不超过当季服务费的20%。
H:八、数据安全
P:（一）系统中的缴存职工个人信息、账户数据、通话录音和业务日志均属甲方所有，乙方仅可在运维必要范围内访问，不得下载、复制、留存或向任何第三方提供，不得用于本合同以外的任何目的。
P:（二）乙方运维操作一律通过甲方堡垒机进行，使用实名账号，操作全程审计；严禁在运维终端存储业务数据，严禁使用未经甲方批准的远程工具。
P:（三）乙方应落实网络安全等级保护第三级的管理要求。发生或发现数据泄露、篡改、丢失等安全事件的，乙方应在1小时内向甲方报告并配合处置。因乙方原因造成安全事件的，乙方承担全部法律责任和赔偿责任，包括甲方因此受到的行政处罚。
P:（四）乙方人员在服务期内接触的缴存职工信息，仅限于处理故障和完成运维任务所必需的最小范围，查询个人业务数据须经甲方业务部门当次授权并留痕。甲方有权对乙方的数据安全措施进行检查，乙方应予配合并按检查意见整改。
H:九、知识产权
P:乙方在服务中形成的运维文档、脚本、配置基线和应急预案归甲方所有，服务结束时全部移交甲方。
H:十、人员管理
P:（一）乙方驻场工程师应具备相应资质，名单报甲方备案，更换人员须提前10日征得甲方同意。
P:（二）本项目不得分包或转包。
P:（三）乙方应为驻场人员缴纳社会保险，驻场人员须遵守甲方机房管理制度和考勤要求，进入机房须登记，离岗须办理交接。
P:（四）服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的新运维单位完成交接，移交全部账号、文档和未结工单，并配合新单位平稳过渡，交接期间不得降低服务质量。
H:十之一、工具与备件
P:乙方自备运维所需的监控工具、测试仪器和笔记本电脑，相关设备须经甲方安全检查后方可接入甲方网络。单件价格在3,000元以下的备品备件由乙方承担，超出部分由乙方报价并经甲方确认后采购。乙方更换下的存储介质一律留存甲方，由甲方按规定销毁。
H:十一、违约责任
P:（一）乙方未能按约定时间完成交接、进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方违反第八条约定的，除承担赔偿责任外，甲方有权立即解除合同。
P:（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:十二、合同解除
P:乙方有下列情形之一的，甲方有权书面通知解除本合同：连续两个季度考核扣款达到上限；发生重大数据安全事件；其他严重违约且在甲方通知后10日内未改正。
H:十二之一、服务交付物
P:乙方应按月提交运维月报、按季度提交运维报告，并在服务期满前提交全年运维总结，内容包括系统运行情况、重大事件处理、安全风险评估和下一服务期的运维建议，作为甲方下一次采购的参考。
H:十二之二、服务评价
P:甲方每季度组织业务部门和呼叫中心坐席对乙方服务进行满意度评价，评价结果与第七条考核共同作为确认当季服务的依据。连续两个季度满意度评价低于良好等级的，乙方应更换驻场负责人并提交整改方案。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:十四、其他
P:竞争性磋商文件、乙方响应文件和成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市住房公积金管理中心　　乙方（盖章）：恒联运维技术服务有限公司
P:代表：__________　　代表：__________
P:日期：2027年　月　日
"""

Z05 = """企业资源计划（ERP）软件许可及实施合同
（远帆软件标准合同文本 V4.0）

合同编号：YF-ERP-2027-215

甲方（用户）：麦香源食品股份有限公司
地址：河南省漯河市经济技术开发区
乙方（供应商）：远帆软件系统有限公司
地址：浙江省杭州市西湖区文三路

前言
甲方为方便面及调味包生产企业，拟建设覆盖财务、供应链、生产制造和质量管理的ERP系统。乙方为"远帆云ERP"软件的著作权人。甲方同意按照乙方标准合同文本，采购乙方ERP软件许可并委托乙方完成定制开发和实施。双方签订本合同如下。

第1条 定义
1.1 "许可软件"指乙方远帆云ERP V9标准产品，包括财务、供应链、生产、质量四个模块，许可用户数200个。
1.2 "定制开发成果"指乙方根据甲方需求开发的批次追溯、面饼与调料包排产、经销商返利结算等功能程序、报表及接口。
1.3 "上线"指许可软件及定制开发成果在甲方服务器完成安装部署并开通用户账号。

第2条 合同价款
2.1 合同总价为人民币2,720,000元，明细如下：
  (1) 许可软件费：1,360,000元；
  (2) 定制开发费：980,000元；
  (3) 实施服务费：310,000元；
  (4) 数据迁移费：70,000元。
  合计：2,720,000元。
2.2 上述价格不含甲方自行采购的服务器、数据库及操作系统。乙方人员超出实施计划的现场服务，按每人天2,800元另行计费。

第3条 付款方式
3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即1,768,000元，作为预付款。
3.2 系统安装部署完成后5个工作日内，甲方支付合同总价的35%，即952,000元。
3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施服务。

第4条 实施与交付
4.1 乙方根据双方确认的实施计划开展蓝图设计、系统配置、定制开发、数据迁移和用户培训。乙方将尽力按实施计划完成各阶段工作，但实施计划仅为预估，实际进度可根据甲方需求变化和配合情况调整。
4.2 甲方应指定项目负责人，及时提供业务资料、测试数据和场地设备，并组织关键用户参与测试。因甲方原因造成的延误，乙方不承担责任。
4.3 甲方在蓝图设计确认后提出的需求变更，乙方有权评估工作量并按本合同2.2条的人天单价另行收费，实施计划相应顺延。
4.4 数据迁移范围为甲方现有系统中近三个会计年度的财务凭证、物料主数据、客户及经销商档案和期初库存，数据的准确性由甲方负责，乙方负责导入工具和导入操作。
4.5 乙方为甲方关键用户提供系统操作培训，为甲方信息部门人员提供系统管理培训，培训计划由乙方制定。

第5条 验收
5.1 系统安装部署完成即视为甲方验收合格。
5.2 上线后甲方在使用过程中发现的问题，按第6条维护条款处理，不影响验收结论和付款。

第6条 免费维护
6.1 乙方自上线之日起提供六个月的免费维护，内容包括缺陷修复、远程技术支持和补丁更新。
6.2 故障响应：一级故障（系统无法登录或核心业务无法处理）乙方在接到报告后8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。
6.3 乙方将按上述时限尽力处理，乙方不因响应或处理超时承担任何扣款、赔偿或违约责任。

第7条 后续维护服务
7.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护协议。
7.2 年度维护费按乙方当年度公布的服务价格标准执行，乙方有权根据产品版本和服务成本调整收费标准。

第8条 知识产权
8.1 许可软件的著作权及一切知识产权归乙方所有，甲方仅获得在本企业内部使用的非独占、不可转让许可。
8.2 定制开发成果（包括源代码、设计文档和接口程序）的知识产权均归乙方所有。乙方向甲方提供可执行程序供甲方内部使用，甲方不得自行或委托第三方修改、反编译或二次开发。乙方有权将定制开发成果用于其他客户或纳入标准产品。

第9条 数据安全
9.1 甲方的业务数据（包括配方、成本、客户和经销商数据）属于甲方所有，乙方仅在实施和维护需要时访问，不得用于其他目的。
9.2 乙方实施人员访问甲方系统时，应使用甲方分配的账号，遵守甲方的信息安全制度，不得将甲方数据拷贝至乙方设备。
9.3 因乙方人员违反前款规定造成甲方数据泄露的，乙方应在发现后24小时内通知甲方，协助采取补救措施，并承担相应赔偿责任。

9.4 乙方远程维护须经甲方同意，并使用甲方提供的远程接入方式，维护结束后甲方应及时关闭远程访问权限。

第10条 保密
双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

第11条 转委托
乙方有权根据项目需要，将部分定制开发、数据迁移或现场实施工作委托给乙方的合作伙伴完成，无需另行取得甲方同意。

第11A条 系统升级
乙方发布许可软件新版本的，甲方可在维护期内免费获得升级程序，但定制开发成果的适配改造须另行收费。乙方可停止对旧版本的支持，甲方应在乙方通知后九十日内完成升级。

第12条 责任限制
12.1 无论基于何种原因，乙方在本合同项下的全部赔偿责任累计不超过合同总价的10%。
12.2 乙方不对甲方的间接损失、利润损失、停产损失或数据损失承担责任。

第12A条 甲方义务
甲方应按乙方提供的配置要求自行准备服务器、数据库、操作系统和网络环境，并负责系统的日常备份。因甲方运行环境不符合要求或甲方人员误操作造成的系统故障和数据问题，乙方不承担责任，乙方协助处理的，按人天单价收费。

第13条 合同解除
任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

第13A条 系统上线支持
系统安装部署完成后，乙方安排实施顾问现场支持两周，协助甲方完成首次月结、首批生产订单和经销商返利结算。超过两周的现场支持，甲方应按本合同2.2条的人天单价另行支付费用。乙方对上线支持期间甲方业务处理结果不承担责任。

第14条 不可抗力
因不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

第14A条 通知
双方的通知以书面形式按本合同首部地址送达，或以双方项目负责人的电子邮件发送，发出后第二个工作日视为送达。任何一方变更联系方式的，应提前5日书面通知对方。

第15条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决，协商不成的，提交乙方所在地人民法院诉讼解决。

第16条 其他
16.1 本合同为乙方标准合同文本，甲方已仔细阅读并充分理解全部条款。
16.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
16.3 本合同附件包括：附件一《功能模块清单》，附件二《实施计划》，附件三《定制开发需求说明》。附件与正文不一致的，以正文为准。
16.4 本合同的任何修改须经双方书面确认。乙方发布的产品使用说明、服务政策及价格标准构成本合同的组成部分，乙方有权适时更新。

甲方（盖章）：麦香源食品股份有限公司　　乙方（盖章）：远帆软件系统有限公司
授权代表：__________　　授权代表：__________
签订日期：2027年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT - KILN-CURVE CONTROL SOFTWARE
P:Agreement No. FV-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Fornace Veneta Software S.r.l., a company incorporated in Italy with its registered seat on the Isola di San Giuliano, Venice, Italy (the "Licensor"); and
P:(2) Jingdezhen Qingyun Celadon Workshop Co., Ltd., a company incorporated in the People's Republic of China with its address at Zhushan District, Jingdezhen, Jiangxi Province (the "Customer").
P:Background: The Customer operates six gas and electric kilns for celadon and shadow-blue porcelain and wishes to record, design and replay firing curves with precise control of temperature and reduction atmosphere. The Licensor develops the KilnCurve Studio software and interface modules for kiln controllers. At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Software" means KilnCurve Studio version 7, in object code, with its user documentation.
P:1.2 "Interface Modules" means the controller interface software modules that connect the Software to the Customer's kiln controllers and oxygen probes.
P:1.3 "Firing Profiles" means the firing curves, reduction schedules, alarm rules and reports configured by the Licensor specifically for the Customer's kilns and glazes under this Agreement.
P:1.4 "Final Acceptance" means the written confirmation by the Customer under Clause 6.3.
P:1.5 "Customer Data" means all firing logs, temperature and atmosphere records, glaze recipes, photographs and other data entered into or generated by the Software at the Customer's site.
H:2. Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use six (6) copies of the Software and eight (8) Interface Modules at the Customer's workshops in Jingdezhen for the Customer's own business.
P:2.2 The Customer may make reasonable back-up copies. The Customer shall not decompile the Software except as permitted by applicable law.
P:2.3 The licence survives the end of the warranty and of any support services and is not conditional on buying support.
H:3. Services
P:3.1 The Licensor shall install the Software on the Customer's workstations, install and connect the Interface Modules, configure the Firing Profiles for the Customer's six kilns and its principal celadon, shadow-blue and crackle glazes, and train the Customer's kiln masters and technicians.
P:3.2 The Licensor shall complete installation within seventy (70) days after the Effective Date and shall make the system ready for acceptance testing within one hundred (100) days after the Effective Date.
P:3.3 The Customer shall provide network access, the controller documentation, a trial firing schedule and access to its kilns during agreed firing windows.
H:4. Price
P:4.1 The total contract price is CNY 554,000 (the "Contract Price"), including all taxes, travel and expenses of the Licensor, made up as follows:
P:(a) Software licence fees: 6 copies x CNY 58,000 = CNY 348,000 (the "Licence Fees");
P:(b) Interface Modules: 8 x CNY 9,500 = CNY 76,000;
P:(c) Configuration of the Firing Profiles: CNY 96,000;
P:(d) Installation and training: CNY 34,000.
P:4.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements.
H:5. Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 110,800) within fifteen (15) days after the Effective Date as an advance payment, against the Licensor's invoice.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 249,300) within fifteen (15) days after installation of all Software copies and Interface Modules is complete. This payment does not mean that the Customer accepts the Software or the services.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 193,900) within fifteen (15) days after Final Acceptance.
P:5.4 Payments shall be made by bank transfer in CNY to the Licensor's account in the People's Republic of China named in its invoice.
H:6. Acceptance
P:6.1 When the Licensor notifies readiness, the parties shall carry out the acceptance tests in Annex 2 on each kiln. The criteria are: (a) every Firing Profile runs from start to end without manual correction; (b) the measured kiln temperature stays within plus or minus 3 degrees Celsius of the set curve during the holding stages; (c) the oxygen reading during the reduction stage stays within the range set for each glaze; (d) every alarm rule triggers correctly in a simulated fault; and (e) firing reports are generated and exported correctly.
P:6.2 After the tests are passed, the system shall run for thirty (30) days of normal production firing without a Severity 1 fault.
P:6.3 The Customer shall then issue a written Final Acceptance certificate within ten (10) days, or give written reasons for refusal. Installation, use of the Software in production or any payment shall not by itself constitute acceptance.
P:6.4 If a test fails, the Licensor shall correct the defect and repeat the test at its own cost within twenty (20) days.
H:7. Warranty
P:7.1 The Licensor warrants that for 24 months after Final Acceptance (the "Warranty Period") the Software, the Interface Modules and the Firing Profiles will perform materially in accordance with the documentation and Annex 1.
P:7.2 During the Warranty Period the Licensor shall correct defects, provide updates and new versions free of charge, and provide remote and, where needed, on-site support.
H:8. Support after the Warranty Period
P:8.1 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Licence Fees, that is CNY 38,280 per year, and is fixed for the three years following the Warranty Period.
P:8.2 Support covers defect correction, updates, remote assistance and the service levels in Clause 9. Support is renewed only by the Customer's written order for each year; it does not renew automatically.
H:9. Service Levels
P:9.1 Severity 1 means a failure that stops a kiln from following its curve or prevents the Software from recording a firing in progress. Severity 2 means a failure of a non-critical function. Severity 3 means a question or cosmetic issue.
P:9.2 The Licensor shall respond to a Severity 1 fault within one hour, around the clock during firing days notified by the Customer, and restore operation or provide a workaround within twelve hours. Severity 2 faults: response within eight business hours; Severity 3: within three business days.
P:9.3 For each hour by which the Licensor exceeds the Severity 1 response time, the Customer may deduct CNY 500 from any amount due to the Licensor.
P:9.4 The Licensor has a partner engineer in Jiangxi who may attend on site; the Licensor remains fully responsible for his work.
H:10. Intellectual Property
P:10.1 The Software and the Interface Modules remain the property of the Licensor and its licensors.
P:10.2 The Firing Profiles and all reports, configurations and documents made specifically for the Customer belong to the Customer. The Customer may use, modify, copy and license them freely, including to a successor service provider.
P:10.3 The Licensor shall defend and indemnify the Customer against any claim that the Software infringes a third party's intellectual property right.
H:11. Customer Data and Data Security
P:11.1 Customer Data belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose, including product development.
P:11.2 The Software stores Customer Data on the Customer's own workstations. Remote access by the Licensor requires the Customer's prior approval for each session, uses an encrypted connection and is logged. The Licensor shall keep its personnel under written confidentiality and security obligations and comply with the Data Security Law and the Personal Information Protection Law of the PRC.
P:11.3 The Licensor shall notify the Customer within 24 hours of any actual or suspected security incident affecting Customer Data, cooperate in remedying it, and bear the loss caused to the Customer by any incident attributable to the Licensor.
H:12. Confidentiality
P:Each party shall keep confidential all non-public technical and commercial information of the other party, including glaze recipes and firing know-how of the Customer, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.
H:13. Delay Damages and Liability
P:13.1 If the Licensor fails to make the system ready for acceptance testing by the date in Clause 3.2, it shall pay the Customer liquidated damages of CNY 400 for each day of delay.
P:13.2 The Licensor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, breach of Clause 11 or the indemnity in Clause 10.3.
H:14. Subcontracting
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent, except the partner engineer named in Annex 3, who is approved by signature of this Agreement.
H:15. Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after notice.
P:15.2 The Customer may also terminate if the delay under Clause 13.1 exceeds sixty (60) days, and recover the payments made for services not accepted.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Italy.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the Venice Chamber of Arbitration, seated in Venice, Italy, in the English language.
H:17. General
P:17.1 This Agreement, with Annex 1 (Specification), Annex 2 (Acceptance Tests) and Annex 3 (Approved Partner), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:17.2 Notices shall be in writing and sent to the addresses above by courier or email with confirmation.
P:17.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:Signed for the Licensor: ____________________  Signed for the Customer: ____________________
P:Name and title: ____________________  Name and title: ____________________
P:Date: ____________________
"""

E02 = """# ORDER FORM No. HT-2027-0381 - Online Ticketing and Visitor Management Service

**Provider:** Havelticket GmbH, registered office on the Insel Töplitz, 14476 Potsdam, Germany ("Provider")

**Customer:** Xinjiang Kanas Lake Scenic Area Tourism Development Co., Ltd., Burqin County, Altay Prefecture, Xinjiang, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Havelticket General Terms for Subscription Services reproduced in Part B below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails. At the Customer's request all fees are stated and payable in Chinese Yuan (CNY).

## Part A - Order Details

| Item | Description | Quantity / Term | Fee (CNY) |
|---|---|---|---|
| 1 | Ticketing Cloud subscription: online sales, timed entry slots, shuttle-bus seat booking, gate validation, visitor flow dashboard | 36 months x CNY 48,500 | 1,746,000 |
| 2 | Onboarding: configuration, integration with 42 turnstile lanes, the Scenic Area's real-name system and two online travel agency channels, data migration, staff training | one-time | 164,000 |
| | **Total Fees** | | **1,910,000** |

**A.1 Subscription Term.** Thirty-six (36) months from the Go-Live Date.

**A.2 Billing.** Subscription fees are invoiced monthly in arrears at CNY 48,500 per month. The onboarding fee is invoiced after Go-Live Acceptance. Nothing is payable before the Go-Live Date. The total fees for the Subscription Term are CNY 1,910,000.

**A.3 Go-Live Date.** The Provider shall reach Go-Live Acceptance no later than 1 May 2027, ahead of the summer season.

**A.4 Hosting.** The service is hosted for the Customer in a mainland-China cloud region operated by a licensed local cloud provider. Customer Data is not transferred outside mainland China.

**A.5 Renewal.** At the end of the Subscription Term, the subscription renews for successive periods of thirty-six months at the same fees unless either party gives sixty (60) days' written notice of non-renewal.

**A.6 Contacts.** Provider account manager: Ms Lena Brandt. Customer project lead: Mr Erlan, Information Centre, Kanas Scenic Area.

## Part B - General Terms for Subscription Services

### 1. Definitions

1.1 "Service" means the Ticketing Cloud subscription and related support described in Part A.

1.2 "Customer Data" means all data entered into the Service by or for the Customer, including visitor identity and contact data, orders, payments, entry records and flow statistics.

1.3 "Customer Configurations" means the price plans, time-slot rules, gate rules, reports and page designs configured for the Customer.

1.4 "Go-Live Acceptance" means the Customer's written confirmation under Section 3.

### 2. The Service

2.1 The Provider shall make the Service available to the Customer and its authorised users during the Subscription Term in accordance with the documentation.

2.2 The Provider may improve the Service from time to time, provided that no change materially reduces its functionality or security.

2.3 The Customer is responsible for its users' credentials and for the accuracy of prices and visitor information it publishes.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall carry out the onboarding in Part A. Before the Go-Live Date the parties shall run the acceptance tests in Annex 1.

3.2 The acceptance criteria are: (a) online sales, refunds and time-slot limits work for every ticket type; (b) all 42 turnstile lanes validate tickets and real-name identity within two seconds per visitor; (c) orders from both travel agency channels reconcile with the Service for seven consecutive days; (d) the Service handles a simulated peak of 8,000 orders per hour without error; and (e) the visitor flow dashboard matches gate counts.

3.3 The Customer shall confirm Go-Live Acceptance in writing or state the failed criteria within five business days after the tests. Switching the gates to the Service alone is not Go-Live Acceptance.

3.4 If Go-Live Acceptance is not reached by the date in Part A, A.3, for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

### 4. Service Levels

4.1 The Provider shall use its best efforts to make the Service available 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and scheduled outside opening hours of the Scenic Area.

4.2 Incidents are classified as follows. Priority 1: ticket sales or gate validation unavailable for the Scenic Area. Priority 2: a major function impaired with a workaround. Priority 3: other issues.

4.3 The Provider shall respond to Priority 1 incidents within 30 minutes, 24 hours a day, seven days a week, and work continuously until the incident is resolved. Priority 2 incidents: response within two hours. Priority 3 incidents: response within two business days.

4.4 The service levels in this Section are targets. The Provider does not grant service credits, fee reductions or other compensation for failure to meet them, and the Customer's remedies for a failure are those in Section 12.

4.5 The Provider shall publish a monthly service report showing availability, incidents and their resolution times.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data only on the Customer's documented instructions and only to provide the Service, and shall not sell, analyse or otherwise use it for its own purposes.

5.2 The Provider shall protect Customer Data with measures at least equal to ISO/IEC 27001, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, daily backups and access logging, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.

5.3 The Provider shall notify the Customer within 24 hours after becoming aware of a personal data breach or security incident affecting Customer Data, provide the information the Customer needs for its reporting duties, and bear the costs and losses caused by incidents attributable to the Provider.

5.4 On expiry or termination the Provider shall return all Customer Data in a standard format within thirty days and then delete it, and confirm deletion in writing.

### 6. Subcontractors

6.1 The Provider may engage subcontractors and sub-processors, including its affiliates, the cloud hosting provider and local implementation partners, to perform any part of the Service.

6.2 The Provider shall inform the Customer of any new subcontractor or sub-processor by updating the list on its customer portal. The Provider remains responsible for the performance of its subcontractors.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service, its software and documentation.

7.2 Customer Configurations belong to the Customer. The Customer may use, modify and license them freely, and the Provider shall export them on request.

### 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, use it only for this Agreement and disclose it only to personnel and advisers who need to know it and are bound by equivalent duties.

8.2 These duties last for three years after the end of the Agreement, and for trade secrets as long as they remain secret.

### 9. Fees and Taxes

9.1 Invoices are payable within thirty days of receipt of a valid VAT invoice issued by the Provider's registered branch in Urumqi.

9.2 The fees in Part A are fixed for the Subscription Term.

### 10. Warranties

10.1 Each party warrants that it has full authority to enter into this Agreement.

10.2 The Provider warrants that the Service will perform materially in accordance with the documentation and that it will not introduce malicious code into the Customer's systems.

### 11. Liability

11.1 Neither party is liable for indirect or consequential loss, including loss of profit or revenue.

11.2 The Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the nine months preceding the event giving rise to the claim.

11.3 The limits in this Section do not apply to death or personal injury caused by negligence or to wilful misconduct.

### 12. Term and Termination

12.1 This Agreement starts on signature and continues for the Subscription Term and any renewal.

12.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice.

12.3 The Customer may terminate by written notice if the Service is unavailable for more than three consecutive days during the peak season from June to October.

12.4 On termination the Customer shall pay fees for the Service provided up to the termination date only.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi in accordance with its rules then in force. The award is final and binding on both parties.

### 14. General

14.1 Notices must be in writing and sent to the addresses in this Order Form. Neither party may assign this Agreement without the other's written consent.

14.2 Neither party is liable for delay caused by force majeure, including closure of the Scenic Area by the authorities for weather or safety reasons.

**Signed for Havelticket GmbH:** ____________________  Date: __________

**Signed for Xinjiang Kanas Lake Scenic Area Tourism Development Co., Ltd.:** ____________________  Date: __________
"""

E03 = """T:PURCHASE CONTRACT FOR MARINE WATER-QUALITY MONITORING EQUIPMENT AND PLATFORM
P:Contract No. CD-HY-2027-019
P:Buyer: Changdao Haiyun Kelp and Scallop Aquaculture Co., Ltd., Changdao Comprehensive Pilot Zone, Yantai, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Océamesure SAS, a company incorporated in France with its registered seat on the Île de Sainte-Anne, Glénan archipelago, Finistère, France, acting through its project office in Qingdao (the "Supplier").
P:Whereas the Buyer farms kelp and scallops on long-line rafts in the waters around the Changdao islands and needs continuous monitoring of dissolved oxygen, temperature, salinity, pH and chlorophyll to protect its stock during summer heat and autumn storms; and whereas the Supplier designs and integrates buoy-mounted sensor systems, the parties agree as follows. This Contract is drafted on the Buyer's standard form. At the Buyer's request all prices are stated and payable in Chinese Yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, moor, commission and calibrate forty (40) multiparameter sensor buoys and six (6) solar-powered gateway stations at the raft areas designated by the Buyer, and shall supply a perpetual licence of its monitoring platform software, installed on the Buyer's server.
P:1.2 The Supplier shall train the Buyer's farm technicians in cleaning, calibration, battery replacement and the use of the platform.
P:1.3 The detailed technical specification is in Annex 1. The Supplier confirms that the sensors are rated for continuous immersion in sea water and for wave heights occurring in the Bohai Strait.
H:Article 2 Price
P:2.1 The total contract price is CNY 2,200,000 (the "Contract Price"), including VAT, customs duties, transport, mooring materials, installation and training. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter sensor buoy|40|36,800|1,472,000
TB:2|Solar gateway station|6|42,500|255,000
TB:3|Monitoring platform licence (perpetual)|1|188,000|188,000
TB:|Equipment and licence subtotal|||1,915,000
TB:4|Installation, mooring and commissioning|1|236,000|236,000
TB:5|Calibration and training|1|49,000|49,000
TB:|Contract Price|||2,200,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, freight rates or material costs.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 220,000) within twenty (20) days after signature, against an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 1,210,000) within twenty (20) days after all equipment has been delivered to the Buyer's pier and counted. Delivery and counting confirm quantity only and are not acceptance.
P:3.3 35% of the Contract Price (CNY 770,000) within twenty (20) days after Final Acceptance under Article 5.
P:3.4 Each payment requires a valid VAT invoice.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's pier at Changdao within ninety (90) days after signature and complete mooring and commissioning within forty-five (45) days after delivery, working in the sea-state windows agreed with the Buyer's raft manager.
P:4.2 The Buyer shall provide a work boat with crew and access to its rafts. The Supplier shall comply with the Buyer's safety rules at sea.
H:Article 5 Acceptance
P:5.1 After commissioning, the parties shall test the system against Annex 2. The acceptance criteria are: (a) every buoy transmits readings at ten-minute intervals to the platform; (b) dissolved oxygen readings agree with laboratory reference samples within 0.3 mg/L and temperature within 0.2 degrees Celsius; (c) low-oxygen and high-temperature alarms reach the duty technicians by text message within two minutes; (d) each gateway station keeps operating for five days without sun on its battery; and (e) the platform produces daily and monthly reports for each raft area.
P:5.2 After the tests are passed, the system shall operate for a trial period of sixty (60) days with data completeness of at least 98% for every buoy. The Buyer shall then sign the Final Acceptance certificate within ten (10) days or state in writing the criteria not met.
P:5.3 Delivery, mooring, switching on or use of the system by the Buyer does not constitute acceptance.
H:Article 6 Warranty and Maintenance
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace, free of charge, any defective buoy, sensor, gateway or software, recalibrate sensors twice a year, and provide software updates.
P:6.2 After the warranty period the Buyer may order annual maintenance at a fee of 8% of the equipment and licence subtotal, that is CNY 153,200 per year, fixed for the two years after the warranty period. Any later change must be agreed in writing. Maintenance is ordered year by year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 The platform shall be available at least 99.95% of each calendar month during the warranty period, excluding maintenance agreed in advance with the Buyer.
P:7.2 Fault levels and times are set out in the table below.
TB:Priority|Definition|Response|On-site or restoration
TB:Priority 1|Platform down, or alarms not delivered for a raft area|two hours|restoration within 24 hours
TB:Priority 2|Single buoy or gateway out of service|one business day|repair within five days
TB:Priority 3|Questions, reports, minor issues|two business days|as agreed
P:7.3 For each hour of delay beyond the Priority 1 response or restoration time, the Supplier shall pay CNY 800. For each 0.01 percentage point of monthly availability below the commitment, the Supplier shall pay CNY 1,000. The Buyer may deduct these amounts from any payment or draw on the performance bond.
H:Article 8 Data and Data Security
P:8.1 All measurement data, alarms, reports and farm records collected or generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, publish or use them for research or any other purpose.
P:8.2 The platform runs on the Buyer's server in Yantai. Remote maintenance by the Supplier requires the Buyer's approval for each session, runs through an encrypted VPN with multi-factor authentication and is logged. The Supplier shall not store Buyer data on its own systems and shall comply with the Data Security Law of the PRC.
P:8.3 The Supplier shall report any security incident to the Buyer within two hours, take immediate remedial measures, and compensate the Buyer for all losses caused by incidents attributable to the Supplier.
H:Article 9 Confidentiality
P:Each party shall keep confidential all information received from the other party that is marked or obviously confidential, including the Buyer's raft layout, production volumes and prices, and shall not disclose it to third parties without prior written consent, during this Contract and for three years after it ends.
H:Article 10 Intellectual Property
P:10.1 The platform software and firmware remain the property of the Supplier, and the Buyer receives a perpetual licence to use them with the equipment.
P:10.2 The raft-area maps, alarm rules, report templates and interface programs prepared for the Buyer belong to the Buyer, who may use, modify and license them freely.
H:Article 11 Liquidated Damages and Liability
P:11.1 If the Supplier is late in delivery or in reaching Final Acceptance, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, damage to the Buyer's stock or rafts caused by gross negligence, wilful misconduct and breach of Article 8, which are not limited.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The marine contractor providing divers for mooring shall be approved in writing by the Buyer before work starts.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty (20) days after written notice, or if liquidated damages reach their maximum, and may recover the payments made for equipment or work not accepted.
H:Article 14 Force Majeure
P:Typhoons, storm surges and sea ice beyond the design conditions in Annex 1 are force majeure. The affected party shall notify the other promptly; time for performance is extended accordingly.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Yantai Arbitration Commission for arbitration in Yantai.
H:Article 16 Miscellaneous
P:16.1 Annexes: Annex 1 Technical Specification; Annex 2 Acceptance Test Plan; Annex 3 Training Plan. They form part of this Contract.
P:16.2 This Contract is made in English and Chinese. Both texts are equally authentic; in case of conflict the Chinese text prevails.
P:16.3 This Contract takes effect on signature and stamping by both parties.
P:16.4 The Supplier shall provide, before Final Acceptance, as-built drawings of each mooring, the calibration certificates of every sensor, the operation and maintenance manuals in Chinese, and a list of recommended spare parts with prices valid for the warranty period.
P:16.5 The Supplier shall comply with the Buyer's environmental rules for the sea area, shall not leave any mooring material or waste at sea, and shall remove and recover any buoy that breaks loose, at its own cost during the warranty period.
P:For the Buyer: ____________________  For the Supplier: ____________________
P:Date: ____________________  Date: ____________________
"""

E04 = """MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

Agreement reference: CNJ-MSA-2027-12

BETWEEN

Conejera Sistemas Gestionados S.L., a company incorporated in Spain with its registered seat on the Isla Conejera, Balearic Islands, Spain, acting for this Agreement through its service desk in Hangzhou ("Provider"); and

Zhejiang Yongkang Forgewell Hardware Tools Import & Export Co., Ltd., Yongkang Economic Development Zone, Jinhua, Zhejiang Province, People's Republic of China ("Customer").

RECITALS

A. The Customer designs and exports hand tools, garden tools and power-tool accessories, with a head office, two factories and a showroom in Yongkang and about 310 computer users.

B. The Customer wishes to outsource the day-to-day management of its desktops, laptops, printers, office network, email and file services to the Provider.

C. At the Customer's request all charges in this Agreement are stated and payable in Chinese Yuan (CNY).

THE PARTIES AGREE AS FOLLOWS.

1. DEFINITIONS

1.1 "Services" means the managed IT and desktop support services described in Clause 3 and Schedule 1.

1.2 "Service Commencement Date" means the date on which Transition Acceptance is confirmed under Clause 4.

1.3 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider accesses, stores or processes in performing the Services.

1.4 "Deliverables" means the asset register, configuration records, scripts, runbooks, knowledge articles and reports prepared by the Provider for the Customer.

2. TERM

2.1 This Agreement starts on signature. The Services run for an Initial Term of twenty-four (24) months from the Service Commencement Date.

2.2 The Agreement expires at the end of the Initial Term. Any extension requires a written agreement signed by both parties.

3. SERVICES

3.1 The Provider shall provide a service desk in Mandarin Chinese and English, reachable by telephone, email and a web portal during the Customer's working hours from Monday to Saturday.

3.2 The Provider shall provide desktop and laptop support, printer support, user account management, email and file-server administration, patch management, anti-malware management and management of the office network switches and Wi-Fi at the Customer's three sites.

3.3 The Provider shall station two support engineers at the Yongkang head office and visit the factories as needed.

3.4 The Provider shall handle requests and incidents promptly and with the skill and care of a competent IT service provider, and shall use commercially reasonable efforts to resolve incidents affecting many users with priority.

3.5 The Provider shall maintain an asset register of all end-user devices and update it monthly.

3.6 The Provider shall submit a monthly report listing tickets opened and closed, recurring problems, patch status and recommendations.

4. TRANSITION

4.1 The Provider shall complete the transition from the Customer's current arrangements within forty-five (45) days after signature, including discovery of all devices, set-up of the service desk and ticketing tool, handover of knowledge from the Customer's IT staff and preparation of runbooks.

4.2 Transition acceptance criteria: (a) the asset register covers all devices found in the discovery and has been checked by the Customer on a sample of at least fifty devices; (b) the service desk has handled live requests from all three sites for ten consecutive working days; (c) runbooks for the email, file-server, printing and network services have been reviewed by the Customer; and (d) all administrator passwords have been changed and recorded in the Customer's password vault.

4.3 The Customer shall confirm Transition Acceptance in writing, or state the criteria not met, within five working days after the Provider's notice. Use of the service desk by the Customer's staff is not Transition Acceptance.

4.4 If Transition Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.

5. CHARGES AND PAYMENT

5.1 The charges are:

   (a) Monthly Service Charge: CNY 62,000 per month for 24 months, total CNY 1,488,000;
   (b) Transition Charge: CNY 52,000, one-time.

   Total contract value: CNY 1,540,000.

5.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. No amount is payable in advance.

5.3 Invoices are payable within thirty (30) days of receipt of a valid VAT invoice.

5.4 The charges cover up to 330 users. Additional users are charged at CNY 180 per user per month, agreed by written change order.

6. CUSTOMER RESPONSIBILITIES

6.1 The Customer shall give the Provider's engineers access to its premises, systems and a desk at the head office.

6.2 The Customer shall buy hardware, software licences and spare parts, on the Provider's recommendation where requested.

6.3 The Customer shall appoint an IT coordinator as the single point of contact for the Provider.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall access and process Customer Data only to perform the Services and only on the Customer's instructions, and shall not copy, retain, disclose or use it for any other purpose.

7.2 The Provider shall apply the security measures in Schedule 2, including named administrator accounts, multi-factor authentication for remote access, logging of administrator actions, encryption of laptops and backups, and prompt removal of access when its personnel leave the account. Customer Data shall remain in mainland China.

7.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data or the Customer's systems, help contain and remedy it, and compensate the Customer for losses caused by incidents attributable to the Provider's breach of this Clause.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's confidential information, including the Customer's product designs, price lists, customer lists and export documents, and shall use it only for this Agreement.

8.2 This obligation continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Deliverables belong to the Customer from creation. The Customer may use, modify and license them freely, including to a successor provider.

9.2 The Provider's ticketing tool and its general know-how remain the Provider's property. The Customer receives a free licence to use the tool during the term and to export its data at the end.

10. PERSONNEL AND SUBCONTRACTING

10.1 The Provider's engineers shall be suitably qualified. The Customer may require the replacement of an engineer for reasonable cause.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Neither party is liable to the other for indirect or consequential loss, or for loss of profit.

11.2 The Provider's total liability under this Agreement is limited to 200% of the total contract value. This limit does not apply to death or personal injury, wilful misconduct or breach of Clause 7.

12. TERM COMMITMENT AND REMEDIES

12.1 The parties commit to the full Initial Term. Neither party may terminate this Agreement before the end of the Initial Term, whether for convenience or for breach, except by a written agreement signed by both parties.

12.2 If either party fails to perform its obligations, the other party's remedies are to require performance and to claim damages under Clause 11. The parties shall first escalate the matter to their managing directors, who shall meet within ten working days.

12.3 On expiry the Provider shall give reasonable handover assistance to the Customer or its new provider for up to thirty days, at the rates in Schedule 3.

13. FORCE MAJEURE

13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, power failures of the public grid and government action, provided that it notifies the other party promptly.

13.2 Where the Services are interrupted by force majeure, the Monthly Service Charge is reduced in proportion to the time during which no Services are provided.

14. NON-SOLICITATION

During the term and for six months after it, neither party shall actively solicit for employment any employee of the other party who was involved in the Services, without the other party's consent.

15. INSURANCE AND COMPLIANCE

The Provider shall maintain professional indemnity insurance and public liability insurance with reputable insurers during the term and provide certificates on request. The Provider shall comply with all laws applicable to the Services in the People's Republic of China, including labour and social insurance laws for the engineers stationed at the Customer's premises, and shall ensure that software it installs on the Customer's devices is properly licensed. The Provider shall follow the Customer's site rules, including safety rules in the factory areas, and its engineers shall wear visitor badges when outside the head office.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute shall be submitted to the Jinhua Arbitration Commission for arbitration in Jinhua.

17. GENERAL

17.1 This Agreement, with Schedule 1 (Service Description), Schedule 2 (Security Measures) and Schedule 3 (Rates), is the entire agreement of the parties.

17.2 Changes must be agreed in a written change order signed by both parties.

17.3 Notices must be in writing and delivered by hand, courier or email to the addresses above.

17.4 This Agreement is made in English. A Chinese translation may be prepared for reference.

SIGNED by the parties on the dates below.

For Conejera Sistemas Gestionados S.L.: ____________________  Date: __________

For Zhejiang Yongkang Forgewell Hardware Tools Import & Export Co., Ltd.: ____________________  Date: __________
"""

E05 = """QUALITY CERTIFICATE API SUBSCRIPTION AGREEMENT

Reference: GQ-API-2027-0577

Parties

Guincho Qualidade Digital, Lda., a company incorporated in Portugal with its registered seat on the Ilhéu do Guincho, Madeira, Portugal (the "Vendor").

Shanxi Laochen Mature Vinegar Export Co., Ltd., Qingxu County, Taiyuan, Shanxi Province, People's Republic of China (the "Customer").

Background

(A) The Customer exports Shanxi mature vinegar and vinegar-based condiments to more than twenty countries. Each shipment needs a quality certificate with laboratory results for acidity, amino-acid nitrogen, heavy metals and microbiology, issued in the formats that importers and foreign authorities accept.

(B) The Vendor operates the CertiLink service, which receives laboratory results through an application programming interface (API), checks them against the destination market's limits, and issues signed digital quality certificates that importers can verify online.

(C) The Customer wishes to subscribe to CertiLink and connect it to its ERP system and its customs declaration workflow. At the Customer's request all fees in this Agreement are stated and payable in Chinese Yuan (CNY).

The parties agree as follows.

1. Definitions

1.1 "Service" means the CertiLink API, the certificate issuance and verification portal, and the support described in this Agreement.

1.2 "Customer Data" means laboratory results, batch and shipment records, importer details and all other data the Customer or its laboratories submit to the Service, and the certificates issued from it.

1.3 "Integration" means the connection of the Service to the Customer's ERP system, its two contract laboratories and its customs declaration software, as described in Schedule 1.

1.4 "Integration Acceptance" means the Customer's written confirmation under Clause 4.

2. Term

2.1 The subscription runs for twenty-four (24) months from Integration Acceptance (the "Subscription Term").

2.2 The Agreement ends at the end of the Subscription Term. It may be renewed only by a written agreement signed by both parties; the Vendor shall propose renewal terms at least sixty days before expiry.

3. The Service

3.1 The Vendor shall provide the Service for up to 6,000 certificates per year in Chinese, English, Spanish and Arabic, with templates for the Customer's twelve principal destination markets.

3.2 The Vendor shall keep the destination-market limits in the Service up to date and notify the Customer of any change that affects its products within five business days after it becomes aware of it.

3.3 The Vendor shall provide a sandbox environment for testing throughout the Subscription Term.

3.4 The Customer is responsible for the accuracy of the laboratory results it submits.

3.5 The Vendor shall provide a Customer success manager who speaks Mandarin Chinese, hold a review meeting with the Customer every quarter, and report on certificate volumes, rejected submissions, changes in destination-market limits and planned improvements to the Service.

3.6 The Vendor shall provide online training for new users of the Customer and its laboratories at no extra charge, and keep the user guide and API documentation current in Chinese and English.

3.7 If an importer or a foreign authority questions a certificate issued through the Service, the Vendor shall, within two business days, provide the issuance record and a written explanation that the Customer can pass on, and shall correct and reissue the certificate without charge where the error lies with the Service.

4. Integration and Acceptance

4.1 The Vendor shall complete the Integration within sixty (60) days after signature.

4.2 Acceptance criteria: (a) results from both laboratories are received through the API without manual re-keying; (b) certificates are generated correctly for each destination template in a test set of forty shipments; (c) certificate numbers and batch numbers reconcile with the ERP and the customs declaration records for all test shipments; (d) an importer can verify a certificate online within three seconds; and (e) the Customer's staff have been trained.

4.3 The Customer shall confirm Integration Acceptance in writing within five business days after the tests, or list the criteria not met. Issuing live certificates before that date does not by itself mean acceptance.

4.4 If Integration Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 350 for each day of delay.

5. Fees and Payment

5.1 Fees:
    (a) Subscription fee: CNY 21,500 per month for 24 months, total CNY 516,000;
    (b) Integration fee: CNY 64,000, one-time.
    Total contract value: CNY 580,000.

5.2 The Customer shall pay an advance of 45% of the total contract value, CNY 261,000, within ten (10) days after signature and before the Integration starts.

5.3 The balance of CNY 319,000 is payable in eight equal quarterly instalments of CNY 39,875, each at the end of a quarter of the Subscription Term.

5.4 Invoices shall be issued by the Vendor's agent in Shanghai as valid VAT invoices and paid within thirty days. Fees are fixed for the Subscription Term.

6. Service Levels

6.1 The Service shall be available 99.95% of each calendar month, measured at the API endpoint, excluding maintenance announced at least three days in advance and performed at weekends.

6.2 Priority 1 (the API or certificate issuance unavailable): response within one hour, 24 hours a day; restoration target six hours. Priority 2 (a template or language not working): response within one business day. Priority 3: response within three business days.

6.3 If monthly availability falls below the commitment, the Vendor shall credit 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to the full monthly fee. For each late Priority 1 response, the Vendor shall credit CNY 500. Credits are deducted from the next instalment.

7. Customer Data

7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the Service to the Customer, and shall not sell it, use it for benchmarking or analytics, or disclose it to anyone other than the importers and authorities the Customer designates for each certificate.

7.2 On expiry or termination the Vendor shall deliver all Customer Data and certificates to the Customer in a machine-readable format within thirty days and then delete its copies.

8. Confidentiality

8.1 Each party shall treat as confidential the other party's business information received under this Agreement, including the Customer's recipes, laboratory results, prices and customer lists, and shall not disclose it to third parties without written consent, except as required by law.

8.2 This obligation survives for three years after the end of this Agreement.

9. Intellectual Property

9.1 The Vendor retains all rights in the Service, the API and its standard templates.

9.2 The certificate layouts, brand elements and interface programs prepared specifically for the Customer belong to the Customer, who may use, modify and license them freely.

10. Warranties

10.1 The Vendor warrants that certificates issued by the Service accurately reflect the data submitted and the destination-market limits in force at the time of issue.

10.2 The Vendor warrants that it holds all rights needed to provide the Service and shall indemnify the Customer against third-party intellectual property claims.

11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 The Vendor's total liability under this Agreement is limited to 150% of the total contract value, except for wilful misconduct and claims under Clause 10.2.

12. Subcontracting and Assignment

12.1 The Vendor shall not subcontract any part of the Service without the Customer's prior written consent. The Vendor's hosting provider named in Schedule 2 is approved by signature of this Agreement.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.2 If the Customer terminates under Clause 13.1, the Vendor shall refund the part of the advance that relates to the period after termination.

13.3 On termination or expiry, certificates already issued remain valid and verifiable online for the period required by the destination market, and the Vendor shall keep the verification page available for those certificates for at least three years.

14. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Taiyuan Arbitration Commission for arbitration in Taiyuan.

16. General

16.1 This Agreement with its Schedules is the entire agreement of the parties. Schedule 1: Integration Scope. Schedule 2: Hosting and Support Contacts.

16.2 Amendments must be in writing and signed by both parties.

16.3 Notices shall be sent by email with a copy by courier to the addresses above.

16.4 The Vendor shall comply with the export-control and sanctions laws that apply to it and shall inform the Customer without delay if any such law prevents it from issuing certificates for a destination market.

16.5 This Agreement is made in English and Chinese, and both versions have equal effect.

Signed for Guincho Qualidade Digital, Lda.: ____________________  Date: __________

Signed for Shanxi Laochen Mature Vinegar Export Co., Ltd.: ____________________  Date: __________
"""

SOURCES = {"h243z01": Z01, "h243z02": Z02, "h243z03": Z03, "h243z04": Z04, "h243z05": Z05,
           "h243e01": E01, "h243e02": E02, "h243e03": E03, "h243e04": E04, "h243e05": E05}

# threshold values of policy §3/§4 in every written form; each must never match the read-back text
THRESHOLDS = [
    r"(?<![\d.])30(\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s+per\s*cent",
    r"(?<![\d.])4(\.0+)?\s*(个)?(小时|hours?\b|hrs?\b|h\b)", r"(?<![十二三一五六七八九零])四个?小时", r"\bfour\s+hours?",
    r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])0\.050*(?!\d)\s*%", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100(\.0+)?\s*%", r"百分之(一)?百(?![分零一二三四五六七八九])", r"one\s+hundred\s+per\s*cent",
    r"(?<![\d.])12\s*(个)?(months?\b|个月)", r"十二个?月", r"\btwelve(\s*\(12\))?\s+(calendar\s+)?months?", r"一年",
    r"\bone[\s-]year", r"(?<![\d.])1[\s-]years?\b",
    r"(?<![\d.])15(\.0+)?\s*%", r"百分之十五(?![点])", r"fifteen\s+per\s*cent",
    r"(?<![\d.])40(\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"forty\s+per\s*cent",
    r"(?<![\d.])5\s*(个)?(years?\b|年)", r"五年", r"\bfive[\s-]years?", r"(?<![\d.])0\.05(?!\d)",
]
TH = [re.compile(p, re.I) for p in THRESHOLDS]


def self_test():
    hits = ["预付30%", "预付款30 %", "百分之三十", "thirty per cent", "4小时", "四小时", "4 hours", "four hours",
            "99.9%", "99.90%", "0.05%", "万分之五", "100%", "百分之百", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "百分之十五", "40%", "百分之四十", "5年", "五年", "five years",
            "0.05 % per day"]
    misses = ["24小时", "14 hours", "99.95%", "99.5%", "0.08%", "万分之八", "万分之二", "200%", "150%",
              "24个月", "二十四个月", "2025年", "115%", "45%", "百分之四十五", "35%", "0.5小时", "1,500元", "2027年"]
    for s in hits:
        assert any(r.search(s) for r in TH), s
    for s in misses:
        assert not any(r.search(s) for r in TH), s


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


def size(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


def label(key):
    p = PLAN[key]
    terms = {k: p["terms"][k] for k in KEYS}
    return {"file": p["file"], "language": p["lang"], "category": p["cat"], "expected_terms": terms,
            "expected_extra": p["extra"], "expected_rules": p["rules"]}


if __name__ == "__main__":
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: (p["file"], p["file"].rsplit(".", 1)[1]) for k, p in PLAN.items()}
    write({k: SOURCES[k] for k, v in built.items() if v[1] in ("docx", "pdf")},
          {k: v for k, v in built.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for k, (name, kind) in built.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    bad = []
    for k, p in PLAN.items():
        assert apply_rules(p) == p["rules"], (k, apply_rules(p), p["rules"])
        text = read_back(OUT / p["file"])
        flat = re.sub(r"\s+", " ", text)
        for m in p["must"]:
            if m not in flat:
                bad.append((k, "missing", m))
        for r in TH:
            for mm in r.finditer(text):
                bad.append((k, "threshold", r.pattern, text[max(0, mm.start() - 20):mm.end() + 20]))
        n = size(text, p["lang"])
        lo, hi = (2800, 3300) if p["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            bad.append((k, "length", n))
        print(k, p["file"], "length", n, "rules", len(p["rules"]), "tco", p.get("tco"))
        (OUT / (p["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
    for b in bad:
        print("PROBLEM", b)
    assert not bad, len(bad)
    print("all checks passed")
