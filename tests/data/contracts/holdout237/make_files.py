"""holdout237: writes ten ordinary draft contracts (.md/.txt directly, .docx/.pdf through ../word_pdf.py), checks
price sums, re-applies policy §3/§4 to the planned labels, writes the .json labels and scans the read-back text
for any figure sitting on a policy threshold. Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json, re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- price arithmetic (asserted)
Z01 = dict(cam=36 * 86500, tower=36 * 21800, lic=620000, dev=468000, inst=356200, train=27000)
Z01_SUB = Z01["cam"] + Z01["tower"] + Z01["lic"]
Z01_V = sum(Z01.values())
assert Z01_SUB == 4518800 and Z01_V == 5370000
Z02 = dict(thick=2 * 468000, stress=2 * 392000, lic=186000, inst=98000, train=16000)
Z02_SUB = Z02["thick"] + Z02["stress"] + Z02["lic"]
Z02_V = sum(Z02.values())
assert Z02_SUB == 1906000 and Z02_V == 2020000 and Z02_SUB * 25 // 100 == 476500
Z03 = dict(saas=80 * 3600 * 3, member=48000 * 3, impl=96000)
Z03_V = sum(Z03.values())
assert Z03_V == 1104000
Z04 = dict(staff=36 * 19500, patrol=186000, parts=248000, mlps=64000, emerg=86000)
Z04_V = sum(Z04.values())
assert Z04_V == 1286000
Z05 = dict(lic=560000, dev=438000, impl=152000)
Z05_V = sum(Z05.values())
assert Z05_V == 1150000
E01 = dict(seats=24 * 38500, nodes=3 * 42000, plugin=186000, inst=64000)
E01_SUB = E01["seats"] + E01["nodes"]
E01_V = sum(E01.values())
assert E01_SUB == 1050000 and E01_V == 1300000 and E01_SUB * 9 // 100 == 94500
E02 = dict(subs=36 * 46500, setup=88000)
E02_V = sum(E02.values())
assert E02_V == 1762000
E03 = dict(probes=64 * 9800, analysers=8 * 46500, loggers=16 * 7200, lic=138000, inst=86600, train=11000)
E03_SUB = E03["probes"] + E03["analysers"] + E03["loggers"] + E03["lic"]
E03_V = sum(E03.values())
assert E03_SUB == 1252400 and E03_V == 1350000 and E03_SUB * 7 // 100 == 87668
E04 = dict(mrc=24 * 58000, onboard=36000)
E04_V = sum(E04.values())
assert E04_V == 1428000
E05 = dict(subs=3 * 268000, integ=42000)
E05_V = sum(E05.values())
assert E05_V == 846000
# payment schedules sum to 100 %
for sched in ([20, 45, 35], [10, 55, 35], [65, 35], [20, 45, 35], [10, 55, 35]):
    assert sum(sched) == 100, sched
E05_PRE = 2 * 268000 + 42000
INSTALMENTS = {  # (contract value, [(share %, amount written in the text)])
 "h237z01": (Z01_V, [(20, 1074000), (45, 2416500), (35, 1879500)]),
 "h237z02": (Z02_V, [(10, 202000), (55, 1111000), (35, 707000)]),
 "h237z05": (Z05_V, [(65, 747500), (35, 402500)]),
 "h237e01": (E01_V, [(20, 260000), (45, 585000), (35, 455000)]),
 "h237e03": (E03_V, [(10, 135000), (55, 742500), (35, 472500)]),
}
for _k, (_v, _parts) in INSTALMENTS.items():
    assert sum(a for _, a in _parts) == _v, _k
    for _pc, _a in _parts:
        assert _v * _pc == _a * 100, (_k, _pc, _a)
assert 4 * 321500 == Z04_V and Z01_SUB * 6 // 100 == 271128
assert E05_PRE == 578000

# ---------------------------------------------------------------- planned labels (decided before the text)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")


def plan(file, lang, cat, value, terms, extra, rules, fee_base=None, tco_fee=None):
    t = dict(BASE, **terms)
    ex = {"sla_clause": extra.get("sla_clause", True), "ld_stated": t["ld_rate_per_day_pct"] is not None}
    if t["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = extra["capped"]
    ex["acceptance_deemed_on_delivery"] = extra.get("deemed", False)
    ex["contract_value"] = value
    return dict(file=file, language=lang, category=cat, terms=t, extra=ex, rules=sorted(rules), fee_base=fee_base,
                tco_fee=tco_fee)


G = "goods_or_licence"
PLAN = {
 "h237z01": plan("h237z01_forestry_fire_monitoring_platform.docx", "zh", "hardware", Z01_V,
     dict(availability_pct=99.95, ld_rate_per_day_pct=0.1, prepayment_pct=20, final_payment_on_acceptance=True,
          warranty_months=36, post_warranty_fee_pct=6, contract_kind=G), dict(capped=True), [], fee_base=Z01_SUB),
 "h237z02": plan("h237z02_float_glass_online_measurement.pdf", "zh", "hardware", Z02_V,
     dict(p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.08, prepayment_pct=10,
          final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=25, contract_kind=G),
     dict(capped=True), ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], fee_base=Z02_SUB),
 "h237z03": plan("h237z03_noodle_chain_ordering_membership_saas.md", "zh", "cloud", Z03_V,
     dict(availability_pct=99.5, buyer_owns_data=False, ld_rate_per_day_pct=800 / Z03_V * 100, liability_cap_pct=120,
          auto_renewal_price_increase=True),
     {}, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h237z04": plan("h237z04_city_bus_dispatch_platform_om.txt", "zh", "services", Z04_V,
     dict(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=0.02,
          governing_law=None),
     {}, ["CR-DATA-SECURITY", "CR-LD-LOW"]),
 "h237z05": plan("h237z05_hotpot_base_erp_supplier_template.txt", "zh", "software", Z05_V,
     dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", liability_cap_pct=25, prepayment_pct=65,
          acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
          subcontract_without_consent=True, governing_law=None, contract_kind=G),
     dict(capped=False, deemed=True),
     ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
      "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"], fee_base=Z05["lic"]),
 "h237e01": plan("h237e01_porcelain_sculpting_software_licences.pdf", "en", "software", E01_V,
     dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
          final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, contract_kind=G),
     dict(capped=True), [], fee_base=E01_SUB),
 "h237e02": plan("h237e02_mountain_park_ticketing_saas_order_form.md", "en", "cloud", E02_V,
     dict(availability_pct=99.95, ld_rate_per_day_pct=1200 / E02_V * 100, liability_cap_pct=6 / 36 * 100,
          subcontract_without_consent=True, governing_law="Germany"),
     {}, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "h237e03": plan("h237e03_abalone_hatchery_water_sensors.docx", "en", "hardware", E03_V,
     dict(p1_response_hours=None, sla_remedy=None, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
          final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7, contract_kind=G),
     dict(capped=True, sla_clause=False), ["CR-SLA-MISSING", "CR-SLA-RESPONSE"], fee_base=E03_SUB),
 "h237e04": plan("h237e04_ceramics_trader_managed_it_support.txt", "en", "services", E04_V,
     dict(ld_rate_per_day_pct=1000 / E04_V * 100, liability_cap_pct=150),
     {}, ["CR-GOVERNING-LAW"]),
 "h237e05": plan("h237e05_cotton_quality_certificate_api.md", "en", "cloud", E05_V,
     dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=600 / E05_V * 100, liability_cap_pct=150,
          prepayment_pct=E05_PRE / E05_V * 100, termination_for_breach=False),
     {}, ["CR-PREPAYMENT", "CR-TERMINATION"]),
}
FORUM_OUTSIDE = {"h237e04"}  # PRC law chosen but the seat of arbitration is abroad


# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
def apply_rules(key, p):
    t, ex, r = p["terms"], p["extra"], []
    goods = t["contract_kind"] == "goods_or_licence"
    if not ex["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if ex["sla_clause"] and t["sla_remedy"] is False:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if t["ld_rate_per_day_pct"] is None:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if not ex["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and ex["post_warranty_fee_capped"]:
            years = max(0.0, 5 - t["warranty_months"] / 12)
            fees = t["post_warranty_fee_pct"] / 100 * p["fee_base"] * years
            share = fees / (ex["contract_value"] + fees) * 100
            p["tco"] = (ex["contract_value"] + fees, fees, share)
            if share > 40:
                r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- h237z01 (docx, buyer's paper, 政府采购 公开招标)
H237Z01 = """T:青岚省森林火灾智能监测预警平台建设项目政府采购合同
P:合同编号：QLLC-ZFCG-2026-0417　　采购方式：公开招标　　项目编号：QLZC2026-GK-083
P:采购人（甲方）：青岚省林业和草原局　　地址：青岚省松原市林苑路88号
P:供应商（乙方）：北辰天眼智能科技有限公司　　地址：青岚省松原市高新区创智大道16号
P:鉴于甲方以公开招标方式采购“青岚省森林火灾智能监测预警平台建设项目”，乙方为经评标委员会推荐、甲方确定的中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方在甲方指定的36个瞭望点位建设前端双光谱热成像监测设备及配套铁塔、供电与防雷设施，部署森林火灾智能监测预警平台（以下简称“平台”），完成“林火一张图”、烟火识别研判、短信及广播联动、巡护轨迹管理等定制开发，并完成系统集成、安装调试和培训。
P:1.2 具体设备型号、技术参数及点位清单以投标文件技术响应表为准，乙方不得以低于投标承诺的设备替换。
H:第二条 合同价格
P:2.1 本合同总价为人民币伍佰叁拾柒万元整（¥5,370,000.00），为含税全包价，包括设备、软件、运输、保险、安装、调试、培训及税费。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|双光谱热成像云台摄像机|36套|86,500|3,114,000
TB:2|铁塔、供电及防雷设施|36套|21,800|784,800
TB:3|森林火灾智能监测预警平台软件许可（永久）|1套|620,000|620,000
TB:4|定制开发（林火一张图、研判、联动）|1项|468,000|468,000
TB:5|安装调试及系统集成|1项|356,200|356,200
TB:6|培训|1项|27,000|27,000
TB:合计|||软硬件小计4,518,800|5,370,000
P:2.2 合同履行期间价格固定，不因市场价格变化调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥1,074,000。
P:3.2 全部点位安装完成并通过初验后，甲方支付合同总价的45%，即¥2,416,500。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥1,879,500。
P:3.4 乙方每次请款应提供合法有效的增值税发票。甲方付款通过国库集中支付系统办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后150日内完成全部点位建设及平台部署，具备初验条件。
P:4.2 初验通过后进入试运行，试运行期为90日，覆盖至少一个防火紧要期。
H:第五条 验收
P:5.1 初验标准：（一）36个点位设备型号、数量与投标文件一致；（二）热成像摄像机在3公里范围内可识别2平方米火点；（三）烟火识别告警从发现到推送至平台不超过60秒；（四）平台与省应急指挥系统、短信平台接口联调成功；（五）第三方检测机构出具的网络安全测评报告无高风险项。
P:5.2 最终验收标准：试运行期内平台无一级故障，误报率低于每点位每日3次，各项功能符合招标文件要求，资料（竣工图、操作手册、源代码及接口文档）齐全。
P:5.3 验收由甲方组织，可邀请专家参加，双方签署验收报告。设备到货、安装完成或甲方使用平台均不视为验收合格。验收不合格的，乙方应在20日内整改并重新提请验收。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修复及版本升级。
P:6.2 质保期满后，如甲方需要，乙方提供维护服务，年度维护费不高于软硬件小计的6%（即每年不超过¥271,128），前两个维护年度按此价格执行，不另行上调；是否续签由甲方决定，不自动续期。
H:第七条 服务水平
P:7.1 平台年可用率不低于99.95%（计划停机除外，计划停机须提前3日报甲方同意）。
P:7.2 故障分级及响应：一级故障（平台中断或三个以上点位离线）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个点位离线或功能异常）1小时内响应，24小时内恢复；三级故障（一般咨询与优化需求）2个工作日内处理。
P:7.3 乙方每迟延响应或迟延恢复1小时，甲方扣减维护保证金¥1,000；平台年可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款项从质量保证金或应付款中直接抵扣。
H:第八条 数据安全
P:8.1 平台采集的视频、图像、告警记录、巡护轨迹及其他业务数据均属于甲方所有，乙方仅为履行本合同使用，不得留存、复制或向任何第三方提供，不得用于其他用途。
P:8.2 乙方应按照网络安全等级保护第三级要求部署平台，落实访问控制、日志审计和数据加密；远程运维须经甲方审批并通过甲方堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失时，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任，包括赔偿甲方损失及承担有关部门的处罚。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方瞭望点位布局、通信参数、林区资源数据等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在本合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的软件、源代码、接口程序及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:10.2 平台标准软件的著作权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付产品不侵犯第三方知识产权。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的设备或软件不符合约定的，应在甲方要求的期限内更换或修复，并赔偿甲方因此受到的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目。铁塔基础土建部分如需分包，须事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：青岚省林业和草原局　　　　乙方（盖章）：北辰天眼智能科技有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日　　　　　　　　签订日期：2026年　月　日
"""


# ---------------------------------------------------------------- h237z02 (pdf, 浮法玻璃 在线测量 + 维保; no 保密 clause)
H237Z02 = """T:浮法玻璃在线厚度及应力测量系统采购合同
P:合同编号：JH-SB-2026-1108
P:买方（甲方）：金海浮法玻璃有限公司　　地址：江川省临港工业园滨海路3号
P:卖方（乙方）：精衡光电测控技术有限公司　　地址：江川省东湖区光谷三路21号
P:甲方二线、三线浮法玻璃生产线需加装在线厚度及应力测量系统，经比选确定由乙方供货并负责安装调试。双方依据《中华人民共和国民法典》，就设备采购及后续维保事宜订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供下列设备、软件及服务，合同总价为人民币贰佰零贰万元整（¥2,020,000），含增值税、运输、保险及安装费用：
P:1. 激光在线测厚仪2套，单价¥468,000，小计¥936,000；
P:2. 在线应力仪2套，单价¥392,000，小计¥784,000；
P:3. 测量分析软件许可（永久，含与甲方MES系统的数据接口）1套，¥186,000；
P:4. 安装调试及标定¥98,000；
P:5. 操作及维护培训¥16,000。
P:（二）上述第1至3项为软硬件小计，合计¥1,906,000。
H:二、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款，即¥202,000。
P:（二）设备到货并安装完成后，甲方支付合同总价的55%，即¥1,111,000。到货签收及安装完成不代表质量验收。
P:（三）系统最终验收合格后，甲方支付合同总价的35%，即¥707,000。
H:三、交货与安装
P:（一）乙方应于合同生效后100日内将设备运至甲方指定地点，并在到货后30日内完成安装调试。安装须利用甲方计划冷修或换板窗口，不得影响正常拉引。
P:（二）设备的包装、运输应符合高温车间环境要求，到货时由双方共同开箱检验，核对型号、数量及随机资料。
H:四、验收
P:（一）验收标准：1. 测厚重复性误差不大于±0.005毫米；2. 应力测量与离线偏光仪比对偏差不大于5纳米/厘米；3. 连续运行30日无停机故障；4. 测量数据按秒级上传至甲方MES系统且完整率不低于99.8%；5. 操作人员培训考核合格。
P:（二）满足上述标准后，双方签署最终验收单。设备仅完成安装或甲方已投入使用的，不视为验收合格。不合格的，乙方应在15日内整改后重新验收。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并承担往返费用。
P:（二）质保期内乙方每季度上门标定一次，并提交标定报告。
H:六、质保期后维保
P:（一）质保期满后，乙方提供年度维保服务，包括定期标定、备件更换、软件升级和故障处理。
P:（二）年度维保费按软硬件小计的25%计取，即每年¥476,500，该价格在合同约定的维保期内固定不变。甲方每年以订单方式确认，不自动续期。
P:（三）维保期内的备件费用已包含在年度维保费中，光源、探头等易损件不另行收费。
H:七、服务水平
P:（一）一级故障（测量中断或数据失真导致无法指导生产）：乙方1小时内响应，8小时内到达现场，24小时内恢复测量；二级故障（单项功能异常）：2小时内响应，48小时内修复。
P:（二）乙方每迟延响应或迟延修复1小时，向甲方支付¥800；全年累计迟延超过20小时的，甲方可另行委托第三方维修，费用由乙方承担。
H:八、数据安全
P:（一）系统采集的厚度、应力、工艺参数及生产数据均属于甲方所有，乙方仅为调试、维保目的访问，不得复制、留存或用于其他任何目的。
P:（二）乙方远程诊断须经甲方当班负责人逐次授权，通过甲方提供的专用VPN账号进行，操作全程记录日志；乙方须对其人员账号口令安全负责。
P:（三）因乙方原因造成甲方生产数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合调查，并赔偿甲方全部损失。
H:九、知识产权
P:（一）乙方为甲方定制的MES接口程序、报表模板及工艺对接配置，其知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人修改。
P:（二）测量分析软件的著作权归乙方，甲方获得永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）设备性能达不到验收标准且整改后仍不合格的，甲方有权退货，乙方返还已收款项并赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:十一、分包
P:乙方不得将本合同项下任何工作分包或转包给第三方。
H:十二、解除
P:（一）乙方严重违约且在甲方书面通知后20日内未能纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:（二）因不可抗力不能履行合同的，双方协商处理。
H:十三、法律适用及争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交临港仲裁委员会仲裁。
H:十四、技术资料与培训
P:（一）乙方应随设备提供中文操作手册、维护手册、电气原理图、通讯协议说明、标定规程及软件安装介质，并在安装调试完成前交付全部竣工资料。
P:（二）乙方应为甲方培训操作人员不少于12人次、设备维护人员不少于6人次，培训内容包括测量原理、日常点检、标定方法、常见故障判断及软件报表使用。培训结束后由乙方组织考核，考核合格者颁发培训证明。
P:（三）乙方应提供关键备件推荐清单及单价，备件价格在质保期及维保期内不得高于本合同附件所列价格。
H:十五、风险转移与所有权
P:（一）设备在甲方工厂交付并经双方开箱检验签收后，毁损、灭失的风险转移至甲方；在此之前由乙方承担。
P:（二）设备所有权自甲方付清相应货款之日起转移至甲方。测量分析软件按第九条约定许可甲方使用。
H:十六、安全生产
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产、动火作业、高温区域作业及锡槽周边作业管理规定，佩戴劳动防护用品，服从甲方现场管理人员指挥。
P:（二）因乙方人员违反安全规定造成人身伤害或财产损失的，由乙方承担责任；因甲方原因造成的，由甲方承担责任。
H:十七、不可抗力
P:因地震、台风、洪水、疫情管控等不可抗力致使一方不能按期履行的，受影响方应在3日内书面通知对方，并在15日内提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行。
H:十八、通知
P:（一）本合同项下的通知应以书面形式送达对方首部地址或指定联系人，传真、电子邮件发送成功即视为送达。甲方指定联系人为设备动力部负责人，乙方指定联系人为项目经理。
P:（二）任何一方变更联系人或地址的，应在3日内书面通知对方，否则按原地址送达视为有效。
P:（三）本合同附件与正文具有同等效力，附件与正文不一致的，以正文为准。
H:十九、其他
P:本合同一式四份，双方各执两份，自双方盖章之日起生效。附件：设备技术规格书、安装方案、培训计划。
P:甲方：金海浮法玻璃有限公司（盖章）　　乙方：精衡光电测控技术有限公司（盖章）
P:代表签字：__________　　代表签字：__________　　日期：2026年11月　日
"""


# ---------------------------------------------------------------- h237z03 (md, 面馆连锁 SaaS + 实施)
H237Z03 = """# 门店点单及会员管理SaaS服务协议

协议编号：MW-SaaS-2026-031

**甲方（客户）**：蜀味坊餐饮管理连锁有限公司（以下简称“甲方”）
**乙方（服务商）**：云簿科技（成都）有限公司（以下简称“乙方”）

甲方经营“蜀味坊”面馆连锁，现有直营门店80家。乙方提供“云簿”餐饮点单及会员管理SaaS服务。双方经协商，就甲方订阅该服务及乙方提供实施服务达成如下协议。

## 1 服务内容

1.1 乙方为甲方80家门店开通扫码点单、收银、后厨出单、库存及报表功能，并开通会员小程序模块（储值、积分、优惠券、会员营销）。

1.2 乙方提供实施服务：菜品及套餐建档、门店收银硬件与外卖平台对接、历史会员数据导入、店长及收银员培训。

1.3 服务期为三个服务年度，自全部门店上线验收之日起算。

## 2 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 点单及门店管理SaaS | 80店 × 3,600元/店/年 × 3年 | 864,000 |
| 会员小程序模块 | 48,000元/年 × 3年 | 144,000 |
| 实施服务 | 一次性 | 96,000 |
| 合计 | | 1,104,000 |

2.1 协议总金额为人民币壹佰壹拾万零肆仟元整（¥1,104,000）。

2.2 订阅费按季度结算，乙方于每季度结束后10日内开具发票，甲方收到发票后15日内支付；甲方无需预付任何费用。

2.3 实施费在全部门店上线验收合格后一次性支付。

## 3 上线与验收

3.1 乙方应在协议生效后45日内完成全部80家门店的部署上线。

3.2 上线验收标准：（1）菜品、价格与甲方提供的清单一致；（2）连续7日点单、收银数据与支付通道流水核对一致；（3）会员数据导入完整，抽查500名会员余额与积分无差错；（4）高峰时段单店下单响应时间不超过2秒；（5）外卖平台订单自动接单成功。

3.3 双方据此签署上线验收单。门店开始试用不视为验收合格。

3.4 因乙方原因逾期完成上线的，每逾期一日，乙方向甲方支付违约金¥800。

## 4 服务水平

4.1 乙方承诺服务月可用率不低于99.5%（乙方提前72小时通知并安排在凌晨2:00至6:00之间的维护除外）。

4.2 故障分级：P1（全部或多家门店无法点单、收银）30分钟内响应，3小时内恢复；P2（单店或单一功能异常）1小时内响应，8小时内恢复；P3（咨询及一般问题）1个工作日内答复。

4.3 月可用率低于承诺值的，乙方按当月订阅费的5%至20%给予服务抵扣；P1故障超时恢复的，每超过1小时抵扣当月订阅费的1%。

## 5 数据

5.1 甲方的会员信息、订单、储值记录及经营数据（“甲方数据”）归甲方所有。

5.2 乙方有权对甲方数据进行脱敏、汇总处理后，用于编制餐饮行业消费分析报告、优化乙方产品及向其他客户提供行业对标服务，该权利在本协议终止后继续有效。

5.3 乙方应采取加密存储、访问控制、操作审计等措施保护甲方数据，服务器部署于中国境内，并通过网络安全等级保护第三级测评。发生数据泄露的，乙方应在24小时内通知甲方，并承担因其过错造成的损失。

5.4 协议终止后30日内，乙方应向甲方完整导出甲方数据，并在甲方确认后删除。

## 6 保密

双方对在合作中获知的对方商业秘密、技术资料及经营信息负有保密义务，保密期限至协议终止后三年。

## 7 知识产权

7.1 SaaS平台及其软件的知识产权归乙方。

7.2 乙方为甲方定制的菜单模板、会员营销方案、专属报表及接口配置归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 8 续期与调价

8.1 服务期满前30日内任何一方未书面提出不续期的，本协议自动续展一个服务年度，此后亦同。

8.2 每次续展时，乙方有权根据其成本变化上调订阅费，上调幅度不超过上一服务年度费用的8%，以乙方书面通知为准。

## 9 责任

9.1 任何一方违约给对方造成损失的，应予赔偿。乙方在本协议项下的累计赔偿责任以协议总金额的120%为限，但因乙方泄露甲方数据造成的损失不受此限。

## 10 分包

乙方不得将本协议项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

## 11 终止

11.1 一方严重违约且在收到对方书面通知后15日内未纠正的，守约方有权书面通知解除本协议。

11.2 P1故障在一个自然月内发生三次以上的，甲方有权解除本协议，且无需承担违约责任。

## 12 法律适用与争议解决

本协议适用中华人民共和国法律。因本协议产生的争议，提交成都仲裁委员会仲裁。

## 13 门店设备与培训

13.1 门店使用的收银一体机、厨房打印机及扫码设备由甲方自行采购，乙方应在实施阶段提供兼容设备清单，并对甲方已有设备进行适配测试，无法适配的须书面说明原因。

13.2 乙方应在每家门店上线前完成店长及收银员培训，培训方式可为集中培训加远程视频，每店至少两人参加；新开门店在服务期内由乙方免费提供同等培训。

13.3 乙方应提供7×24小时客服热线及在线工单系统，并为甲方指定一名客户成功经理，按月提交服务报告，内容包括可用率、故障记录、工单处理情况及功能更新说明。

## 14 门店数量变化

14.1 服务期内甲方新增门店的，按每店每年3,600元的单价按月折算增加订阅费；关闭门店的，自关闭次月起相应减少订阅费。

14.2 门店数量变化由甲方书面通知乙方，乙方应在5个工作日内完成新门店的开通。

## 15 通知

15.1 双方往来通知以书面形式送达本协议首部所列地址，或发送至双方指定的电子邮箱，电子邮件发出之日视为送达。

15.2 一方联系人或联系方式变更的，应在变更后3个工作日内通知对方。

15.3 乙方的系统维护通知、功能更新说明可通过管理后台公告方式发布，但涉及费用、数据处理规则或服务水平变化的，须以书面方式通知甲方。

15.4 本协议附件包括：门店清单、功能清单、实施计划、上线验收单模板，附件与本协议具有同等效力；附件与正文不一致的，以正文为准。

## 16 其他

16.1 本协议的任何修改须经双方书面签署方为有效。乙方管理后台中的用户协议、隐私政策等在线条款与本协议不一致的，以本协议为准。

16.2 本协议任何条款被认定无效的，不影响其他条款的效力。

16.3 本协议一式两份，双方各执一份。乙方开具的发票抬头为甲方，甲方各门店不单独结算，由甲方总部统一支付。

本协议一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：蜀味坊餐饮管理连锁有限公司　　授权代表：__________

乙方（盖章）：云簿科技（成都）有限公司　　授权代表：__________

日期：2026年　月　日
"""


# ---------------------------------------------------------------- h237z04 (txt, 交通运输局 公交调度平台 年度运维, 竞争性磋商)
H237Z04 = """政府采购服务合同
（白河市公交智能调度平台2027年度运维服务项目）

合同编号：BHJT-CS-2027-006
采购方式：竞争性磋商

采购人（甲方）：白河市交通运输局
地址：白河市政务服务中心北楼5层

成交供应商（乙方）：通衢信息技术服务有限公司
地址：白河市经开区数码港大厦1708室

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方的响应文件，甲乙双方就白河市公交智能调度平台年度运维服务事宜，签订本合同。

第1条 服务范围
1.1 运维对象：白河市公交智能调度平台（含调度中心系统、电子站牌发布系统、客流统计系统）、调度中心机房设备，以及全市1,260辆公交车的车载智能终端。
1.2 服务内容：驻场运维值守、系统日常巡检与性能优化、车载终端故障维修及备件更换、网络安全等级保护测评配合、重大节假日及恶劣天气应急保障。
1.3 服务期：2027年1月1日起至2027年12月31日止。

第2条 服务费用
2.1 合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），包括：
（1）驻场运维人员服务费：36人·月 × 19,500元 = 702,000元；
（2）系统巡检及优化：186,000元；
（3）车载终端维修及备件：248,000元；
（4）等保测评配合：64,000元；
（5）应急保障：86,000元。
2.2 本合同价格为固定总价，服务期内不作调整。

第3条 付款
3.1 服务费按季度支付。每季度结束后，甲方按第5条进行季度考核，考核合格后15个工作日内支付当季服务费¥321,500。
3.2 季度考核存在扣款的，甲方从当季服务费中直接扣除。
3.3 本合同不设预付款。

第4条 服务要求
4.1 乙方应安排不少于3名具备相应资质的运维工程师驻场，工作日8:00至20:00在岗，其他时段电话值守，早晚高峰及节假日加强值守。
4.2 调度平台服务可用率按月统计不低于99.95%。
4.3 故障响应：一级故障（调度中心系统中断、车辆定位大面积丢失）15分钟内响应，2小时内恢复；二级故障（单项子系统异常、电子站牌成片黑屏）30分钟内响应，8小时内恢复；三级故障（单车终端故障）当日响应，3个工作日内修复。
4.4 乙方每月5日前提交上月运维报告，内容包括故障统计、巡检记录、性能分析及改进建议。
4.5 乙方应于每年3月31日前完成年度系统全面巡检，6月30日前完成调度数据库迁移至新存储的工作。

4.6 乙方驻场人员名单应在合同签订后5个工作日内报甲方备案，更换驻场人员须提前10日书面报甲方同意，新人员的资质不得低于原人员，并完成不少于5个工作日的交接。
4.7 乙方应建立备件库，常用车载终端备件库存不少于在用数量的3%，保证三级故障的修复时限。
4.8 春运、国庆等重大节假日及暴雨、冰雪等恶劣天气期间，乙方应增派不少于2名工程师在调度中心值守，并提前制定应急保障方案报甲方审核。
4.9 乙方应每半年组织一次调度中心系统故障应急演练，演练方案及总结报告报甲方备案。
4.10 乙方应按甲方要求对调度平台进行季度漏洞扫描和基线核查，发现的问题应在双方约定的期限内完成整改，并将整改报告报甲方。
4.11 乙方应配合甲方接受上级主管部门、审计部门的检查，如实提供运维记录和相关资料。
4.12 乙方应在服务期满前30日内完成全部运维资料、账号口令及配置文件的整理移交，配合甲方或新的服务商完成交接，交接期间不得中断服务。

第5条 考核与验收
5.1 甲方按季度对乙方服务进行考核，考核内容包括可用率、故障响应及恢复时间、运维报告质量、驻场到岗情况。
5.2 可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,500；一级故障每超时1小时扣减¥2,000，二级故障每超时1小时扣减¥500。
5.3 服务期满后，甲方组织年度验收，验收标准为：全年平台可用率达标、全部运维文档及配置资料移交完整、车载终端完好率不低于98%。年度验收合格后，乙方全部服务义务履行完毕。

第6条 数据及资料
6.1 平台中的车辆运行数据、客流数据、调度记录及相关资料均归甲方所有，乙方不得用于本合同以外的用途。

第7条 保密
7.1 乙方及其驻场人员对在服务中接触到的甲方工作秘密、系统口令、网络拓扑及其他未公开信息负有保密义务，不得泄露给任何第三方。
7.2 乙方应与驻场人员签订保密承诺书，并报甲方备案。保密义务不因本合同终止而解除。

第8条 知识产权
8.1 乙方在服务过程中为甲方编写的运维脚本、配置文件、操作手册和技术文档，其知识产权归甲方所有。
8.2 乙方保证其使用的工具软件不侵犯第三方合法权益。

第9条 违约责任
9.1 乙方未能按第4.5条约定期限完成年度巡检或数据库迁移的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
9.2 乙方驻场人员未经甲方同意擅自离岗的，每人每日扣减服务费¥800。
9.3 甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。

第10条 分包
乙方不得分包或转包本合同项下的服务。

第11条 合同解除
11.1 乙方连续两个季度考核不合格，或存在其他严重违约行为经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
11.2 合同期满即行终止，不自动续期。次年度运维服务由甲方依法另行采购。

第12条 争议解决
因履行本合同发生争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第13条 其他
13.1 磋商文件、响应文件、成交通知书为本合同的组成部分。
13.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
13.3 乙方人员在甲方场所工作期间，应遵守甲方的安全管理、机房出入及办公秩序等规定；因乙方人员原因造成甲方设备损坏的，由乙方负责修复或赔偿。
13.4 本合同履行期间，甲方可根据公交线网调整情况书面通知乙方调整运维对象的范围，调整幅度在合同总价5%以内的，不调整合同价格。
13.5 乙方应为驻场人员依法缴纳社会保险，驻场人员的工资、福利及劳动纠纷由乙方自行负责，与甲方无关。
13.6 本合同未尽事宜，按照磋商文件和响应文件的约定执行；仍未约定的，双方协商签订补充协议。
13.7 乙方应按政府采购有关规定，在合同签订后提交履约保证金¥38,000，履约保证金在年度验收合格后15个工作日内无息退还；乙方存在考核扣款未结清的，甲方可从履约保证金中扣除。
13.8 乙方应在每季度考核前向甲方提交服务自评报告，自评报告作为季度考核的参考依据之一。

甲方（盖章）：白河市交通运输局
法定代表人或委托代理人：__________

乙方（盖章）：通衢信息技术服务有限公司
法定代表人或委托代理人：__________

签订日期：2026年12月　日
"""


# ---------------------------------------------------------------- h237z05 (txt, supplier's own template, many problems)
H237Z05 = """慧链ERP软件许可及实施服务合同
（慧链软件标准合同文本 第4.0版）

合同编号：HL-ERP-2026-0526

甲方（用户）：川渝红锅食品股份有限公司
住所：重庆市璧山区食品工业园红锅路9号

乙方（许可方）：慧链软件股份有限公司
住所：广东省深圳市南山区科苑南路2288号

甲方为火锅底料及调味品生产企业，拟引入ERP系统覆盖财务、供应链、生产及质量管理。乙方为慧链ERP软件的著作权人。甲方同意按照乙方标准合同文本采购该软件的使用许可及相关定制开发、实施服务，双方达成如下条款。

第一条 定义
1.1 “许可软件”：指慧链ERP V8标准版中的财务、供应链、生产制造、质量管理四个模块。
1.2 “定制开发”：指乙方为甲方开发的配方管理、原料批次追溯及经销商返利管理功能。
1.3 “上线”：指许可软件及定制功能在甲方生产环境中部署完毕并开始录入业务单据。

第二条 合同金额
2.1 合同总金额为人民币壹佰壹拾伍万元整（¥1,150,000），其中：
（1）许可软件使用费：¥560,000；
（2）定制开发费：¥438,000；
（3）实施服务费（需求调研、系统配置、数据初始化、培训）：¥152,000。
2.2 上述金额不含差旅费，乙方人员赴甲方现场的差旅费用按实报销。

第三条 付款方式
3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即¥747,500。乙方收到该款项后安排项目团队进场。
3.2 系统上线后10个工作日内，甲方支付合同总金额的35%，即¥402,500。
3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停全部服务。

第四条 实施与上线
4.1 乙方根据需求调研结果制定实施计划，经双方确认后执行。乙方将尽合理努力按计划完成上线，但实施周期受甲方配合程度影响，乙方不对上线日期作出保证。
4.2 甲方应指定项目负责人，按时提供业务资料、期初数据并组织关键用户参加培训。
4.3 实施分为需求调研、蓝图设计、系统配置与开发、数据初始化、用户培训、上线切换六个阶段，各阶段交付物以乙方实施方法论为准。
4.4 乙方项目经理由乙方指定，乙方有权根据项目情况调整实施人员，并以邮件方式告知甲方。
4.5 因甲方原因导致实施暂停超过30日的，乙方有权将项目团队撤回，重新进场时另行收取进场费用。

第五条 验收
5.1 系统上线即视为甲方验收合格。
5.2 上线后甲方发现的问题，按第六条的维护约定处理，不影响验收结论及付款。

第六条 免费维护期
6.1 乙方提供自上线之日起六个月的免费维护期，内容包括软件缺陷修复、远程技术支持及操作咨询。
6.2 一级故障（系统无法登录或核心业务无法开单）乙方在接到报修后8小时内响应，并尽力尽快恢复；二级故障2个工作日内响应；其他问题5个工作日内答复。
6.3 对于故障处理时效，乙方不承担扣款、赔偿或违约金责任。
6.4 下列情形不属于免费维护范围：甲方自行修改系统配置或数据库导致的问题；甲方服务器、网络、操作系统及第三方软件故障；甲方新增的需求或业务流程调整；因甲方操作不当造成的数据错误。

第七条 免费维护期后的服务
7.1 免费维护期满后，甲方如需继续获得软件升级和技术支持，应与乙方签订年度服务协议。
7.2 年度服务费按乙方当年公布的服务价格标准执行，乙方有权根据市场情况调整。

第八条 知识产权
8.1 许可软件的著作权及其他知识产权归乙方所有，甲方获得非独占、不可转让的使用许可。
8.2 定制开发形成的程序、源代码、数据模型及文档的知识产权同样归乙方所有。甲方仅可在本企业内部使用，不得修改、反编译或交由第三方维护，乙方可将该等成果用于其他客户。

第九条 数据安全
9.1 甲方录入系统的配方、采购、销售、财务等数据归甲方所有，乙方不得用于本合同以外的目的。
9.2 乙方人员接触甲方系统时，应使用甲方分配的账号，遵守甲方信息安全制度；乙方应采取必要措施防止数据泄露、篡改或丢失。
9.3 因乙方过错导致甲方数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

第十条 保密
双方对因本合同获知的对方技术信息和经营信息（包括甲方火锅底料配方及工艺参数）负有保密义务，未经对方书面同意不得向第三方披露。

第十一条 分包
乙方有权将部分实施及开发工作交由其认证合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作承担管理责任。

第十二条 违约责任
12.1 任何一方违反本合同约定的，应承担相应的违约责任。
12.2 乙方在本合同项下的全部赔偿责任总额，以合同总金额的25%为限；乙方不对甲方的间接损失、利润损失或数据恢复费用承担责任。

第十三条 合同解除
一方严重违约，经对方书面催告后30日内仍未纠正的，对方有权解除本合同。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，提交乙方住所地人民法院诉讼解决。

第十五条 甲方义务
15.1 甲方应为乙方实施人员提供必要的办公场所、网络环境及服务器资源，服务器配置应满足乙方出具的部署要求。
15.2 甲方应在乙方提出需求后5个工作日内确认需求调研报告、蓝图设计方案及定制开发需求说明；甲方逾期确认的，实施周期相应顺延。
15.3 甲方应负责期初数据的整理及准确性，包括物料编码、配方、供应商、客户、库存及财务科目余额，因期初数据错误导致的问题由甲方自行承担。
15.4 甲方提出超出需求说明范围的变更的，双方另行签订变更单，变更费用按乙方实施人员每人每日3,200元计取。
第十六条 培训
16.1 乙方提供关键用户培训及系统管理员培训，培训以乙方标准课件为准，累计不超过10人天。
16.2 超出上述范围的培训，按第15.4条的人天单价另行收费。
16.3 甲方参加培训的人员应具备相应的业务及计算机基础，因甲方人员变动需要重复培训的，费用由甲方承担。
16.4 乙方可向甲方提供在线学习平台账号，学习平台内容以乙方实际提供为准，乙方有权随时调整。
16.5 乙方有权在其官方网站、宣传资料及客户案例中使用甲方名称及商标，用于展示合作关系，甲方对此予以同意。
16.6 本合同签订后，甲方不得以任何理由要求退还已支付的许可软件使用费。
第十七条 其他
17.1 本合同文本为乙方标准文本，双方确认已充分阅读并理解全部条款。
17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
17.3 本合同附件包括：许可模块清单、定制开发需求说明、实施计划，附件与本合同具有同等效力。

甲方（盖章）：川渝红锅食品股份有限公司　　代表：__________
乙方（盖章）：慧链软件股份有限公司　　　　代表：__________
日期：2026年　月　日
"""


# ---------------------------------------------------------------- h237e01 (pdf, perpetual licences, compliant)
H237E01 = """T:Software Licence and Services Agreement - ScultoreLab 3D Sculpting Suite
P:Agreement No. SL-CN-2026-044
P:This Agreement is made between Dehua Baiyu Porcelain Art Co., Ltd., a company established in the People's Republic of China with its registered office at 12 Taoci Avenue, Longxun Town, Dehua County, Fujian Province (the "Buyer"), and ScultoreLab S.r.l., a company incorporated in Italy with its registered office at Via del Faro 7, Isola di Santa Cristina, Italy (the "Licensor").
H:Background
P:A. The Buyer designs and produces porcelain figurines and wishes to move its sculptors from clay models and manual mould-making to digital sculpting, shrinkage compensation and 3-D printed master models.
P:B. The Licensor develops the ScultoreLab 3D Sculpting Suite and has agreed to grant perpetual licences, to develop a glaze-and-shrinkage plug-in for the Buyer's porcelain bodies, and to install the software and train the Buyer's staff, on the terms below.
H:1. Definitions
P:1.1 "Licensed Software" means the ScultoreLab 3D Sculpting Suite, version 11, in object code, with its documentation and the updates supplied under this Agreement.
P:1.2 "Plug-in" means the glaze-and-shrinkage compensation plug-in to be developed for the Buyer under Clause 3, including its source code, build scripts, material tables and documentation.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Clause 6.3 that the Licensed Software and the Plug-in meet the acceptance criteria.
P:1.4 "Contract Price" means the total price in Clause 4.1.
H:2. Licence
P:2.1 The Licensor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software on twenty-four named sculptor workstations and three rendering nodes at the Buyer's sites in Dehua County, for the Buyer's own design and production work.
P:2.2 The Buyer may move a licence to a replacement workstation by notice to the Licensor, may make back-up copies, and may let its contractors use the Licensed Software on the Buyer's premises for the Buyer's work.
P:2.3 The licence survives any termination of this Agreement once the licence fees for the relevant seats have been paid.
H:3. Services
P:3.1 The Licensor shall develop the Plug-in to simulate the firing shrinkage of the Buyer's three porcelain bodies (white, ivory and celadon-glazed) and to compensate the digital model so that the fired piece matches the design within the tolerance in Clause 6.2.
P:3.2 The Licensor shall install and configure the Licensed Software on all workstations and nodes, connect it to the Buyer's two 3-D printers and its file server, and train up to thirty sculptors and two administrators in Dehua.
P:3.3 The Licensor shall complete installation within sixty days and deliver the Plug-in for acceptance testing within one hundred and twenty days after the Effective Date.
H:4. Price
P:4.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 1,300,000, inclusive of taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Sculptor workstation licences (perpetual)|24|38,500|924,000
TB:Rendering node licences (perpetual)|3|42,000|126,000
TB:Licence subtotal|||1,050,000
TB:Glaze-and-shrinkage Plug-in development|1|186,000|186,000
TB:Installation, configuration and training|1|64,000|64,000
TB:Contract Price|||1,300,000
P:4.2 The prices are fixed for the duration of this Agreement and include all travel and living costs of the Licensor's staff.
H:5. Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 260,000) as an advance within twenty days after the Effective Date, against the Licensor's invoice and an advance-payment bank guarantee of the same amount.
P:5.2 The Buyer shall pay 45% of the Contract Price (CNY 585,000) after installation is complete on all workstations and nodes. Installation does not constitute acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 455,000) within thirty days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the Licensor's account in mainland China named in its invoice, against a valid invoice.
H:6. Acceptance
P:6.1 After delivery of the Plug-in the parties shall run the acceptance tests in the test plan attached as Annex B at the Buyer's premises.
P:6.2 The acceptance criteria are: (a) all licences activate and run on the agreed hardware; (b) thirty test figurines, ten in each porcelain body, fired from compensated models deviate from the design by no more than 0.3 mm on the measured points; (c) export to the Buyer's 3-D printers runs without manual repair of meshes; (d) a model of two million polygons opens within ten seconds on a standard workstation; and (e) all documentation and the Plug-in source code are handed over.
P:6.3 When all criteria are met the Buyer shall sign a Final Acceptance certificate within ten working days. Installation, use of the software in production or payment of any instalment is not acceptance. If a test fails, the Licensor shall correct the defect within twenty days and the test shall be repeated.
H:7. Warranty
P:7.1 The Licensor warrants for twenty-four months from Final Acceptance that the Licensed Software and the Plug-in will conform to their documentation and the acceptance criteria. During this period the Licensor shall correct defects and supply all updates and new versions free of charge.
P:7.2 Service levels during the warranty: for a Severity 1 defect (software cannot start, models are corrupted or production printing stops) the Licensor shall respond within two hours during the Buyer's working hours (08:00 to 20:00 Beijing time) and provide a workaround within one working day; Severity 2 defects within one working day and a fix in the next update; Severity 3 questions within three working days.
P:7.3 For each hour by which a Severity 1 response is late, the Licensor shall credit the Buyer CNY 600 against the next payment or pay it on demand.
H:8. Support after the Warranty
P:8.1 After the warranty the Buyer may order annual support, covering updates, new versions and the service levels in Clause 7.2.
P:8.2 The annual support fee is 9% of the licence subtotal, that is CNY 94,500 per year, and will not be increased for the first three support years. Support is ordered each year by written purchase order; it does not renew automatically.
H:9. Intellectual Property
P:9.1 The Licensed Software remains the property of the Licensor.
P:9.2 All rights in the Plug-in, including its source code, material tables and documentation, vest in the Buyer on creation. The Buyer may use, modify, copy and license the Plug-in freely, including to third parties.
P:9.3 The Licensor shall indemnify the Buyer against any claim that the Licensed Software or the Plug-in infringes a third party's rights.
H:10. Buyer Data and Data Security
P:10.1 The Buyer's sculpt files, designs, moulds, firing data and production records ("Buyer Data") belong to the Buyer. The Licensor shall use Buyer Data only to perform this Agreement and shall not keep, copy or transfer it outside the Buyer's premises.
P:10.2 Remote support is given only through a session opened by the Buyer's administrator, which the Buyer may record. The Licensor shall keep its staff accounts secure, follow the Buyer's security rules and apply the PRC Data Security Law and Personal Information Protection Law.
P:10.3 The Licensor shall notify the Buyer within twelve hours of any incident affecting Buyer Data and shall be liable for all losses caused by an incident for which it is responsible.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's unreleased designs, and shall use it only for this Agreement. This duty continues for three years after the end of this Agreement; for unreleased designs it continues without limit.
H:12. Delay and Liability
P:12.1 If the Licensor is late in completing installation or in delivering the Plug-in for acceptance testing, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:12.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims under Clause 9.3 or breach of Clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Licensor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for its subcontractors.
H:14. Termination
P:14.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within thirty days after being notified.
P:14.2 On termination by the Buyer for the Licensor's breach, the Licensor shall refund the amounts paid for services not accepted.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen under its rules in force. The award is final.
H:16. General
P:16.1 This Agreement, with Annex A (licence and workstation list) and Annex B (acceptance test plan), is the whole agreement. Changes must be in writing and signed by both parties.
P:16.2 This Agreement is signed in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________ For the Licensor: ____________________
P:Name and title: ____________________ Name and title: ____________________
P:Date: ____________________ Date: ____________________
"""


# ---------------------------------------------------------------- h237e02 (md, Order Form + General Terms)
H237E02 = """# ORDER FORM No. TX-2026-0187

**Vendor:** Ticketwerk GmbH, Am Hafen 4, Insel Dänholm, 18439 Stralsund, Germany ("Ticketwerk")

**Customer:** Huangshan Yunhai Scenic Area Operation Co., Ltd., 1 Tangkou Road, Huangshan District, Huangshan, Anhui Province, People's Republic of China ("Customer")

This Order Form is governed by the Ticketwerk General Terms for Cloud Services (edition 2026-03) set out below as Part B. By signing, the parties agree to this Order Form and to Part B. If they conflict, this Order Form prevails.

## Part A - Order Details

**A1. Services.** Ticketwerk provides its cloud ticketing platform for the Customer's mountain park: online sales through the Customer's website and WeChat mini-programme, timed-entry quotas per gate, cable-car bundles, group and travel-agency bookings, real-name ticket checks at nine entrance gates, and daily settlement reports.

**A2. Subscription Term.** Thirty-six (36) months from the Go-Live Date.

**A3. Fees.** At the Customer's request all fees are in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, unlimited tickets, nine gates | CNY 46,500 per month x 36 months | 1,674,000 |
| Set-up, gate integration and data migration | one-time | 88,000 |
| **Total Contract Value** | | **1,762,000** |

**A4. Invoicing.** The subscription fee is invoiced monthly in arrears. The set-up fee is invoiced after Go-Live Acceptance. No fee is payable before the Go-Live Date. Invoices are payable within thirty days to Ticketwerk's collection account in Shanghai.

**A5. Go-Live.** Ticketwerk shall achieve Go-Live Acceptance within ninety days after signature. If Go-Live Acceptance is delayed for reasons attributable to Ticketwerk, Ticketwerk shall pay CNY 1,200 for each day of delay, up to CNY 90,000.

**A6. Go-Live Acceptance.** Go-Live Acceptance requires that: (a) the test bookings in the agreed test script complete through each sales channel; (b) all nine gates validate real-name tickets with a decision time under one second; (c) settlement reports for three consecutive test days reconcile with the payment providers to the fen; (d) the platform handles a simulated peak of 3,000 bookings per minute; and (e) historical ticket data is migrated and reconciled. The Customer signs a Go-Live Acceptance certificate when the criteria are met. Live sales alone are not Go-Live Acceptance.

**A7. Hosting.** The platform for the Customer is hosted in a data centre in mainland China operated by Ticketwerk's local hosting partner.

Signed for Ticketwerk GmbH: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

## Part B - Ticketwerk General Terms for Cloud Services

### 1. Definitions

1.1 "Customer Data" means all data entered into or generated by the Services for the Customer, including visitor names, ID numbers, bookings, payments and gate records.

1.2 "Services" means the cloud services and set-up services described in the Order Form.

1.3 "Incident" means an interruption or degradation of the Services.

### 2. Provision of the Services

2.1 Ticketwerk shall provide the Services with skill and care and in accordance with the Order Form and these Terms.

2.2 Ticketwerk may improve the Services from time to time, provided that it does not materially reduce their functionality.

2.3 Customer shall keep its user credentials secure and shall inform Ticketwerk without delay if it suspects misuse.

### 3. Service Levels

3.1 Ticketwerk commits to a monthly availability of 99.95% for the sales channels and the gate validation service, excluding maintenance announced at least five days in advance and carried out between 00:30 and 05:00 Beijing time.

3.2 Incident priorities: Priority 1 (sales or gate validation unavailable) - response within 30 minutes, 24 hours a day, and restoration within three hours; Priority 2 (one channel or one gate unavailable) - response within one hour, restoration within eight hours; Priority 3 (other faults) - response within one business day.

3.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that fee. A late Priority 1 response or restoration earns a credit of CNY 2,000 per hour.

3.4 Gates keep validating tickets offline for up to two hours if the connection to the platform is lost, and synchronise afterwards.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Ticketwerk processes Customer Data only to provide the Services and on Customer's documented instructions, and shall not use it for any other purpose.

4.2 Ticketwerk shall keep Customer Data in mainland China, maintain an MLPS level-3 filing for the hosting environment, encrypt data in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs for at least one hundred and eighty days.

4.3 Ticketwerk shall notify Customer within twelve hours after becoming aware of a security incident affecting Customer Data, shall take all reasonable remedial steps and shall bear the costs and losses caused by an incident for which it is responsible.

4.4 At the end of the Subscription Term Ticketwerk shall export all Customer Data in an agreed format and then delete it, confirming deletion in writing.

### 5. Intellectual Property

5.1 Ticketwerk retains all rights in the platform.

5.2 Ticket designs, pricing rules, quota rules and reports configured specifically for Customer belong to Customer, who may use, modify and hand them to another provider.

### 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers bound by equal duties, during the Subscription Term and three years after.

### 7. Subcontractors

7.1 Ticketwerk may use subcontractors, including its hosting partner and its support centre, to perform the Services. Ticketwerk shall inform Customer of any new subcontractor by e-mail notice; no consent of Customer is required.

7.2 Ticketwerk remains responsible for the acts and omissions of its subcontractors.

### 8. Liability

8.1 Ticketwerk's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

8.2 The limit in Clause 8.1 does not apply to death or personal injury or to wilful misconduct.

8.3 Neither party is liable for indirect or consequential loss or loss of profit.

### 9. Term and Termination

9.1 The Agreement runs for the Subscription Term and ends at its expiry unless the parties sign a new Order Form. There is no automatic renewal.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after notice.

9.3 Customer may also terminate by written notice if Priority 1 Incidents occur on more than three days in any calendar month.

### 10. Governing Law and Jurisdiction

10.1 The Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

10.2 The courts of Stralsund, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with the Agreement.

### 11. General

11.1 Notices must be in writing and sent to the addresses in the Order Form.

11.2 Neither party may assign the Agreement without the other's written consent.

11.3 If any provision is invalid, the remaining provisions stay in force.

11.4 Force majeure. Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, closure of the mountain by the authorities, epidemics or failures of public networks, provided that it informs the other party promptly and does what it reasonably can to limit the effects. Weather closures of the scenic area do not reduce the monthly subscription fee.

11.5 Customer's obligations. Customer shall provide network connections at each gate, keep the gate devices it owns in working order, name a project manager and a duty contact for incidents, and give Ticketwerk the ticket rules, prices and quotas in time for set-up. Where Customer's delay prevents Go-Live, the Go-Live date in Clause A5 moves accordingly.

11.6 Support channels. Ticketwerk operates a Chinese-language hotline and ticket portal for the Customer. Priority 1 Incidents must be reported by telephone; other incidents may be reported through the portal. Ticketwerk gives the Customer a monthly service report showing availability, incidents, response and restoration times and any credits due.

11.7 Changes to the Order. Additional gates, new sales channels or new ticket products are added by a change order signed by both parties. The monthly fee for an additional gate is agreed in the change order before work starts.

11.8 Export and sanctions. Each party shall comply with the export-control laws that apply to it. Ticketwerk confirms that the platform as provided to the Customer does not require an export licence.

11.9 Entire agreement. The Order Form and these Terms are the entire agreement between the parties on their subject and replace all earlier proposals. Terms printed on purchase orders or invoices do not apply.

11.10 Language. The Order Form is signed in English with a Chinese translation for information; the English text prevails.

11.11 Publicity. Ticketwerk may name the Customer as a reference only with the Customer's prior written approval of the wording, and shall not use photographs of the scenic area or the Customer's logo without that approval.
"""


# ---------------------------------------------------------------- h237e03 (docx, buyer's paper, no service levels)
H237E03 = """T:Purchase Contract for Water-Quality Monitoring Equipment
P:Contract No. WHB-EQ-2026-019
P:Buyer: Weihai Bluewave Abalone Breeding Co., Ltd., No. 66 Haibin North Road, Rongcheng, Weihai, Shandong Province, People's Republic of China (the "Buyer")
P:Seller: AquaVeille Systèmes SAS, 3 Quai des Pêcheurs, Île de Bailleron, France (the "Seller")
P:Whereas the Buyer operates a land-based abalone hatchery with forty-eight larval and nursery tanks and needs continuous monitoring of dissolved oxygen, temperature, salinity, pH, ammonia and nitrite; and whereas the Seller offered the equipment and services below in its quotation of 8 September 2026, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Equipment" means the probes, analysers, data loggers, gateways and accessories listed in Article 2.
P:1.2 "Software" means the AquaVeille Monitor software licensed under Article 9, including the hatchery dashboards configured for the Buyer.
P:1.3 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Article 6.
P:1.4 "Contract Price" means the total price stated in Article 2.
H:Article 2 Scope and Price
P:2.1 The Seller shall supply, install, calibrate and commission the Equipment and the Software at the Buyer's hatchery in Rongcheng, and train the Buyer's staff.
P:2.2 At the Buyer's request all prices are in Chinese yuan (CNY), inclusive of import duties, VAT, transport to site and insurance. The Contract Price is CNY 1,350,000:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Multiparameter probes (DO, temperature, salinity, pH), titanium housing|64|9,800|627,200
TB:Ammonia and nitrite online analysers|8|46,500|372,000
TB:Data loggers and LoRa gateways|16|7,200|115,200
TB:AquaVeille Monitor software licence (perpetual, site)|1|138,000|138,000
TB:Equipment and licence subtotal|||1,252,400
TB:Installation, calibration and commissioning|1|86,600|86,600
TB:Training (two sessions)|1|11,000|11,000
TB:Contract Price|||1,350,000
P:2.3 The prices are fixed and include all tools, spare seals and calibration solutions needed for commissioning.
H:Article 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 135,000) as an advance within fifteen working days after signature, against the Seller's invoice.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 742,500) after delivery of all Equipment to the hatchery and joint inspection of quantities. Delivery and inspection are not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 472,500) within twenty working days after Final Acceptance.
P:3.4 All payments are made in CNY to the Seller's account with a bank in mainland China.
H:Article 4 Delivery
P:4.1 The Seller shall deliver the Equipment to the hatchery within seventy days after signature, with packing lists, certificates of origin and calibration certificates.
P:4.2 Installation shall be carried out tank by tank so that larval rearing is not interrupted; the Buyer's production manager decides the sequence.
H:Article 5 Installation and Commissioning
P:5.1 The Seller shall complete installation, calibration and commissioning within thirty days after delivery.
P:5.2 The Seller shall configure alarm thresholds for each tank in agreement with the Buyer's biologists and connect the alarms to the Buyer's duty telephones and SMS platform.
H:Article 6 Acceptance
P:6.1 After commissioning, the Equipment and Software shall run for a trial period of thirty consecutive days.
P:6.2 Acceptance criteria: (a) all probes and analysers report to the Software at intervals of no more than one minute; (b) dissolved oxygen readings deviate from the Buyer's calibrated handheld meter by no more than 0.2 mg/L in weekly comparisons; (c) ammonia readings deviate from laboratory analysis by no more than 10%; (d) alarms reach the duty telephones within sixty seconds in ten simulated events; (e) no data gap longer than ten minutes occurs in the trial period; (f) documentation and calibration records are handed over.
P:6.3 When the criteria are met, both parties sign the acceptance certificate. Use of the Equipment during the trial period is not acceptance. If a criterion is not met, the Seller shall remedy the defect and the trial period restarts for the affected tanks.
H:Article 7 Warranty
P:7.1 The Seller warrants the Equipment and Software for twenty-four months after Final Acceptance against defects in design, materials and workmanship, and that they will meet the acceptance criteria.
P:7.2 During the warranty the Seller shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and travel, within a reasonable time after the Buyer's notice. Consumable membranes and electrolyte are supplied by the Seller free of charge during the warranty.
P:7.3 The Seller shall keep a stock of spare probes in mainland China during the warranty.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty the Buyer may order annual maintenance (quarterly calibration, consumables, software updates and repairs).
P:8.2 The annual maintenance fee is 7% of the equipment and licence subtotal, namely CNY 87,668 per year, fixed for three years after the warranty. Maintenance is ordered by the Buyer each year in writing and is not renewed automatically.
H:Article 9 Software and Intellectual Property
P:9.1 The Seller grants the Buyer a perpetual, non-exclusive licence to use the Software at the hatchery and at any other site of the Buyer.
P:9.2 The hatchery dashboards, alarm rules, tank maps and reports configured for the Buyer belong to the Buyer, who may use, change and pass them to any other service provider.
H:Article 10 Data
P:10.1 All measurement data, alarm records and production records ("Buyer Data") belong to the Buyer. The Seller may use Buyer Data only to perform this Contract.
P:10.2 The Software is installed on the Buyer's own server at the hatchery. The Seller's remote access is opened by the Buyer for each support session, logged and closed afterwards. The Seller shall keep its access credentials secure and shall not copy Buyer Data out of the Buyer's systems.
P:10.3 The Seller shall notify the Buyer within twelve hours of any security incident affecting Buyer Data and shall be liable for all damage caused by an incident for which it is responsible.
H:Article 11 Confidentiality
P:11.1 The Seller shall keep confidential all non-public information of the Buyer, including its breeding methods, survival rates and production figures, and shall not disclose it without the Buyer's written consent. This obligation survives the end of the Contract for three years.
H:Article 12 Liquidated Damages and Liability
P:12.1 If the Seller fails to deliver the Equipment or to complete commissioning on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The total liability of the Seller under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 10 and 11, which are unlimited.
H:Article 13 Subcontracting
P:13.1 The Seller shall not subcontract any part of the installation or services without the Buyer's prior written consent.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Seller commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum.
P:14.2 On such termination the Seller shall refund the amounts paid and take back the Equipment at its own cost.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and limits the consequences.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
H:Article 17 Miscellaneous
P:17.1 This Contract is made in English and Chinese, both equally authentic, in four originals, two for each party.
P:17.2 Packing and transport. The Seller shall pack the Equipment for sea and road transport in a salt-laden environment, mark each case with the contract number and tank zone, and bear the risk of loss or damage until the Equipment is unloaded and signed for at the hatchery. Title passes to the Buyer when the instalment under Article 3.2 is paid.
P:17.3 Documents. With the Equipment the Seller shall deliver operating manuals in Chinese, wiring diagrams, calibration procedures, a recommended spare-parts list with prices, and the installation record of each probe and analyser.
P:17.4 Training. The Seller shall train up to fourteen technicians and biologists in two sessions at the hatchery, covering daily checks, cleaning and replacement of membranes, calibration, alarm handling and the use of the dashboards. Each participant receives a training record.
P:17.5 Notices. Notices under this Contract shall be in writing and sent by courier or e-mail to the addresses above. A notice sent by e-mail is received on the working day after it is sent.
P:17.6 Amendments to this Contract are valid only if made in writing and signed by both parties.
P:17.7 Compliance. The Seller shall ensure that the Equipment complies with the applicable PRC standards for electrical equipment used in aquaculture facilities, that probe housings and cables in contact with seawater are free of substances harmful to abalone larvae, and that radio equipment holds the required type approval.
P:For the Buyer: ____________________ For the Seller: ____________________
P:Date: ____________________ Date: ____________________
"""


# ---------------------------------------------------------------- h237e04 (txt, managed IT; PRC law, seat Madrid)
H237E04 = """MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

Agreement reference: ESC-MSA-2026-072

BETWEEN

(1) Foshan Yuehua Ceramics Trading Co., Ltd., a company established in the People's Republic of China, registered office 28 Jihua Fifth Road, Chancheng District, Foshan, Guangdong Province ("Customer"); and

(2) Escombreras Servicios Gestionados S.L., a company incorporated in Spain, registered office Muelle Norte 2, Isla de Escombreras, Cartagena, Spain ("Provider").

RECITALS

(A) Customer trades building and sanitary ceramics from a head office in Foshan, a showroom in Chancheng and two warehouses in Nanhai, with about one hundred and sixty staff using laptops, desktops, a file server, an ERP server and a small Wi-Fi network.

(B) Customer wishes to outsource day-to-day IT operations and user support. Provider runs a managed-services practice with a support team in Guangzhou and agreed to provide the services below.

1. DEFINITIONS

1.1 "Services" means the managed IT and desktop support services in Clause 2 and Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Clause 4.

1.3 "Term" means twenty-four months from the Service Commencement Date.

1.4 "Incident" means any event that interrupts or degrades an IT service used by Customer; "P1 Incident" means an Incident that stops the ERP, the file server, e-mail or network access for a whole site.

2. SERVICES

2.1 Provider shall provide: (a) a service desk in Mandarin and Cantonese by telephone, chat and e-mail from 08:00 to 20:00 Beijing time on working days, with on-call cover at other times for P1 Incidents; (b) desktop and laptop support, including installation, imaging, patching and replacement of faulty devices supplied by Customer; (c) monitoring and administration of the file server, the ERP server and the backups; (d) management of the network, firewall and Wi-Fi at all four sites; (e) one engineer on site at the head office three days a week and at the other sites on request; and (f) a monthly service report and a quarterly review meeting.

2.2 Provider shall keep an up-to-date inventory of Customer's IT assets, licences and accounts, and shall hand it over on request and at the end of the Term.

3. CHARGES AND PAYMENT

3.1 At Customer's request all charges are expressed and paid in Chinese yuan (CNY).

3.2 The monthly service charge is CNY 58,000, fixed for the Term, for up to one hundred and eighty users. The one-time transition charge is CNY 36,000. The total contract value over the Term is CNY 1,428,000 (24 x 58,000 + 36,000).

3.3 The monthly service charge is invoiced monthly in arrears. The transition charge is invoiced after Transition Acceptance. Customer pays no amount in advance. Invoices are payable within thirty days by transfer to Provider's account in Guangzhou.

3.4 Additional users above one hundred and eighty are charged at CNY 260 per user per month, only after Customer's written approval.

4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete transition within forty-five days after signature: documentation of the current environment, installation of monitoring agents, transfer of administrator credentials into Customer's password vault, test of backup restores and set-up of the service desk.

4.2 Transition Acceptance requires: (a) all servers, network devices and at least 95% of end-user devices visible in the monitoring system; (b) a successful test restore of the ERP database and of one file-server share; (c) the service desk answering test calls in both languages; and (d) Customer's written confirmation of the environment documentation. Customer signs the Transition Acceptance certificate when these criteria are met.

4.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay, up to CNY 45,000.

5. SERVICE LEVELS

5.1 Response and resolution targets:
- P1 Incident: response within 30 minutes at any time; restoration within six hours.
- P2 Incident (one user group or one application impaired): response within one hour in service-desk hours; resolution within one working day.
- P3 Incident and service requests: response within two working days; resolution within five working days.

5.2 Provider shall report its performance against these targets each month.

5.3 If Provider misses a target in a month, Customer receives a service credit: 3% of the monthly charge for each late P1 response or restoration, and 1% for each five late P2 or P3 tickets, up to 20% of the monthly charge. Credits are deducted from the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 All data held on Customer's systems, including customer lists, price lists, orders, e-mails and staff information ("Customer Data"), belongs to Customer. Provider shall process Customer Data only to perform the Services and shall not copy it to any system outside Customer's control.

6.2 Provider's engineers use individual named accounts with multi-factor authentication; shared administrator accounts are not permitted. Remote access is only through Customer's VPN and is logged. Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 Provider shall notify Customer within eight hours of becoming aware of any security incident affecting Customer Data or Customer's systems, shall help contain it and shall bear the losses caused by an incident for which it is responsible.

7. CONFIDENTIALITY

7.1 Each party shall keep secret the confidential information of the other party, including Customer's pricing, supplier terms and customer lists, and use it only for this Agreement. The obligation continues for three years after the Term.

8. INTELLECTUAL PROPERTY

8.1 Scripts, documentation, configuration records and the asset inventory produced by Provider for Customer belong to Customer, who may use and modify them and give them to another provider.

8.2 Provider's own monitoring tools remain Provider's property and are removed at the end of the Term.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, wilful misconduct and breach of Clauses 6 and 7.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent.

11. TERM AND TERMINATION

11.1 The Agreement ends at the expiry of the Term. It does not renew automatically; any extension requires a written agreement.

11.2 Customer may terminate the Agreement by written notice if Provider commits a material breach and does not remedy it within twenty days after notice, or if Provider misses the P1 restoration target three times in any quarter.

11.3 On expiry or termination Provider shall provide exit assistance for up to thirty days at no extra charge, including handover of credentials, documentation and the asset inventory.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Madrid International Arbitration Centre (CIAM). The seat of arbitration is Madrid, Spain, and the language is English.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 Amendments must be in writing and signed by both parties.

13.3 Customer's obligations. Customer shall give Provider's engineers access to its premises during office hours, provide a desk and network access for the on-site engineer, keep its hardware and software licences valid and tell Provider in advance about office moves, new sites and large changes in staff numbers.

13.4 Provider's personnel. Provider shall assign qualified engineers who speak Mandarin or Cantonese, tell Customer in advance of any change of the on-site engineer and arrange a handover of at least three working days. Customer may ask for the replacement of an engineer for good reason.

13.5 Reporting and reviews. The monthly service report shows incidents and requests by priority, response and resolution times against Clause 5, credits due, backup results, patch status and recommended improvements. The quarterly review looks at trends, open risks and planned changes, and its minutes are agreed in writing.

13.6 Change requests. Projects outside the Services, such as a new site network or an ERP upgrade, are quoted separately and carried out only after Customer's written order.

13.7 Force majeure. Neither party is liable for a delay caused by events beyond its reasonable control, provided it informs the other party promptly and limits the effects; P1 support shall resume as soon as reasonably possible.

13.8 Entire agreement. This Agreement and its Schedule are the entire agreement between the parties on the Services.

13.9 Exit. At the end of the Term, or on earlier termination, Provider shall return all equipment, passwords, documentation and Customer Data in its possession, remove its monitoring agents, confirm in writing that no copies remain, and answer questions from Customer or a new provider for thirty days. Any exit work that goes beyond this list is quoted in advance and carried out only after Customer's written order.

13.10 Language. This Agreement is signed in English with a Chinese translation; the English text prevails.

SCHEDULE 1 - SERVICE CATALOGUE (summary): service desk; desktop and laptop support; server administration; backup management; network and Wi-Fi management; on-site engineer; reporting.

Signed for Customer: ____________________  Name: ____________  Date: ________

Signed for Provider: ____________________  Name: ____________  Date: ________
"""


# ---------------------------------------------------------------- h237e05 (md, API subscription; prepaid, no termination)
H237E05 = """# Subscription Agreement - CottonTrace Quality Certificate API

**Agreement No.** DV-API-2026-118

**Supplier:** Davaar Data Ltd, The Old Lighthouse Cottage, Davaar Island, Campbeltown, Argyll, Scotland, United Kingdom ("Davaar")

**Customer:** Xinjiang Tianmian Cotton Import & Export Co., Ltd., 177 Beijing South Road, Urumqi, Xinjiang Uygur Autonomous Region, People's Republic of China ("Customer")

## Background

1. Customer exports ginned cotton and cotton yarn. Its buyers ask for a machine-readable quality certificate with each shipment: HVI fibre results, moisture, trash content, bale traceability and contamination checks.
2. Davaar operates the CottonTrace API, which validates laboratory results against buyer specifications and issues signed digital quality certificates that buyers can verify.
3. Customer wishes to subscribe to the CottonTrace API and to have Davaar integrate it with Customer's laboratory information system and export documentation system.

## 1. Definitions

1.1 **Service** means the CottonTrace API, the certificate verification portal and the support described in this Agreement.

1.2 **Integration** means the one-time connection of the Service to Customer's laboratory information system and export documentation system, including mapping of Customer's test methods and bale numbering.

1.3 **Customer Data** means laboratory results, bale and lot data, shipment data, buyer names and all certificates issued for Customer.

1.4 **Service Start Date** means the date on which Customer signs the Integration Acceptance certificate.

1.5 **Subscription Term** means thirty-six months from the Service Start Date.

## 2. The Service

2.1 Davaar shall provide the Service for the Subscription Term for up to 60,000 certificates per contract year. Certificates above that number are charged under Clause 3.4.

2.2 Davaar hosts the Service for Customer on a cloud region in mainland China through a licensed local cloud provider.

2.3 Davaar shall keep the list of supported buyer specifications up to date and add new ones requested by Customer within twenty working days.

## 3. Fees and Payment

3.1 At Customer's request, all fees are stated and paid in Chinese yuan (CNY).

| Item | Amount (CNY) |
|---|---|
| Annual subscription, contract year 1 | 268,000 |
| Annual subscription, contract year 2 | 268,000 |
| Annual subscription, contract year 3 | 268,000 |
| Integration (one-time) | 42,000 |
| **Total** | **846,000** |

3.2 The subscription fees for contract years 1 and 2 and the Integration fee, together CNY 578,000, are invoiced on signature of this Agreement and are payable within fifteen days, before the Integration starts. Davaar has granted a fixed price for three years in return for this payment.

3.3 The subscription fee for contract year 3 is invoiced at the start of that year and payable within thirty days.

3.4 Certificates above the annual volume are charged at CNY 3.20 each, invoiced quarterly in arrears.

3.5 Payments are made to Davaar's collection account with a bank in Shanghai.

## 4. Integration and Acceptance

4.1 Davaar shall complete the Integration within sixty days after receiving the payment under Clause 3.2.

4.2 Integration Acceptance requires: (a) certificates are issued automatically for test lots from the laboratory information system; (b) 500 sample certificates match the laboratory results field by field; (c) the verification portal confirms each sample certificate; (d) the export documentation system attaches the certificate to the shipment file; and (e) the user guide and interface documentation are delivered. Customer signs the Integration Acceptance certificate when all criteria are met.

4.3 If Integration Acceptance is delayed for reasons attributable to Davaar, Davaar shall pay Customer CNY 600 for each day of delay, up to CNY 30,000.

## 5. Service Levels

5.1 Davaar shall make the API and the verification portal available 99.95% of each calendar month, excluding announced maintenance between 01:00 and 05:00 Beijing time.

5.2 Severity 1 (certificates cannot be issued or verified): response within one hour at any time, workaround within six hours. Severity 2 (degraded performance or a single specification failing): response within three hours in business hours, fix within two business days. Severity 3: response within two business days.

5.3 If availability falls below the commitment in a month, Customer receives a service credit of 10% of one twelfth of the annual subscription fee for each started 0.1 percentage point of shortfall, up to the full monthly amount. Late Severity 1 responses earn a credit of CNY 500 per hour.

5.4 Service credits are Customer's sole and exclusive remedy for any failure of the Service to meet the service levels or for any other failure of Davaar to perform.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Davaar shall use Customer Data only to provide the Service to Customer and shall not sell it, share it or use it for any other purpose.

6.2 Davaar shall store Customer Data in mainland China only, encrypt it in transit and at rest, restrict access to authorised staff with multi-factor authentication, keep audit logs and maintain an MLPS level-3 filing for the hosting environment.

6.3 Davaar shall notify Customer within twelve hours of any security incident affecting Customer Data, cooperate in its investigation and bear the losses and costs caused by an incident for which it is responsible.

6.4 At the end of the Subscription Term Davaar shall return all Customer Data and certificates in a standard format and then delete its copies.

## 7. Intellectual Property

7.1 Davaar owns the Service and its software.

7.2 The mappings, certificate templates and interface adapters prepared for Customer in the Integration belong to Customer, who may use, modify and give them to another provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information and use it only under this Agreement, during the Subscription Term and for three years after.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total fees in Clause 3.1, except for personal injury, wilful misconduct and breach of Clauses 6 and 8.

## 10. Subcontracting

10.1 Davaar shall not subcontract the Service or the Integration, other than hosting by the cloud provider named in Annex 1, without Customer's prior written consent.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically.

11.2 The Subscription Term is a fixed commitment. Customer may not terminate this Agreement before the end of the Subscription Term for any reason, including any breach by Davaar; Customer's remedies for any breach are limited to service credits under Clause 5.

11.3 Davaar may suspend the Service if an undisputed invoice remains unpaid thirty days after a reminder.

## 12. Governing Law and Disputes

12.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The language of the arbitration is Chinese.

## 13. General

13.1 Annex 1 (hosting provider) and Annex 2 (supported specifications) form part of this Agreement.

13.2 Changes must be in writing and signed by both parties.

13.3 Customer's obligations. Customer shall keep its laboratory information system and export documentation system available for the Integration, name a technical contact and a laboratory contact, provide sample lots and test results, and check the mapping tables within five working days after Davaar submits them.

13.4 Support. Davaar provides support in Chinese and English through a ticket portal and a hotline. Severity 1 issues must be reported by telephone. Davaar sends Customer a monthly report showing availability, certificate volumes, incidents, response times and any credits.

13.5 Changes to the Service. Davaar may improve the Service but shall not remove a function Customer uses or change the API in a way that breaks the Integration without at least ninety days' notice and a migration path at no charge.

13.6 Audit. Once in each contract year Customer may, on thirty days' notice, review Davaar's security certificates, MLPS filing and the results of its latest penetration test.

13.7 Force majeure. Neither party is liable for a failure caused by events beyond its reasonable control, provided it informs the other party promptly and limits the effects.

13.8 Notices. Notices must be in writing and sent to the addresses above or to the e-mail addresses named by each party.

13.9 Entire agreement. This Agreement and its Annexes are the entire agreement of the parties on their subject and replace all earlier proposals and quotations.

13.10 Certificates already issued. Certificates issued during the Subscription Term remain verifiable through the portal for at least three years after the end of the Subscription Term at no additional charge, so that Customer's buyers can check shipments that are still in transit or under claim.

13.11 Language. This Agreement is signed in English with a Chinese translation for information; the English text prevails. Notices may be sent in either language.

13.12 Counterparts. The Agreement may be signed in counterparts and by electronic signature, each of which is an original.

13.13 Assignment. Neither party may assign this Agreement without the other party's prior written consent, except that Customer may assign it to an affiliate that takes over its cotton export business, by written notice to Davaar.

Signed for Davaar Data Ltd: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""


# ---------------------------------------------------------------- build, read back, check, label
TEXTS = {"h237z01": H237Z01, "h237z02": H237Z02, "h237z03": H237Z03, "h237z04": H237Z04, "h237z05": H237Z05,
         "h237e01": H237E01, "h237e02": H237E02, "h237e03": H237E03, "h237e04": H237E04, "h237e05": H237E05}
SOURCES = {k: TEXTS[k] for k in ("h237z01", "h237z02", "h237e01", "h237e03")}
TARGETS = {k: (PLAN[k]["file"], PLAN[k]["file"].rsplit(".", 1)[1]) for k in SOURCES}

# figures that must appear in the read-back text (as written), per contract
FIGURES = {
 "h237z01": ["5,370,000", "4,518,800", "20%", "99.95%", "30分钟", "千分之一", "三年", "6%", "271,128", "1,074,000"],
 "h237z02": ["2,020,000", "1,906,000", "10%", "十八个月", "25%", "476,500", "万分之八", "1小时内响应"],
 "h237z03": ["1,104,000", "99.5%", "30分钟", "¥800", "120%", "8%", "脱敏"],
 "h237z04": ["1,286,000", "99.95%", "15分钟", "万分之二", "321,500"],
 "h237z05": ["1,150,000", "65%", "747,500", "六个月", "8小时", "25%", "当年公布的服务价格标准", "视为甲方验收合格"],
 "h237e01": ["1,300,000", "1,050,000", "20%", "twenty-four months", "9%", "94,500", "two hours", "0.08%", "150%"],
 "h237e02": ["1,762,000", "46,500", "99.95%", "30 minutes", "CNY 1,200", "six months", "Stralsund"],
 "h237e03": ["1,350,000", "1,252,400", "10%", "twenty-four months", "7%", "87,668", "0.1%", "200%"],
 "h237e04": ["1,428,000", "58,000", "30 minutes", "CNY 1,000", "150%", "Madrid"],
 "h237e05": ["846,000", "578,000", "99.95%", "one hour", "CNY 600", "150%", "may not terminate"],
}

NUM_ZH = "零〇一二两三四五六七八九十百"
THRESHOLDS = [  # (name, regex) — any match in a built file is a failure
 ("availability 99.9", r"(?<![\d.])99\.90*(?![\d])"),
 ("P1 4 hours", r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)|(?<![" + NUM_ZH + r"])四个?小时|\bfour[- ](?:working |business )?hours?\b|(?<!\d)240\s*(?:minutes|分钟)"),
 ("LD 0.05 %", r"(?<![\d.])0?\.050*\s*(?:%|％|per ?cent|percent)|万分之五(?![十\d])|千分之零点五|(?<![\d.])0\.05(?!\d)"),
 ("cap 100 %", r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per ?cent|percent)|百分之(?:一)?百(?!零)|one hundred per ?cent"),
 ("prepayment 30 %", r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per ?cent|percent)|百分之三十(?![\d一二三四五六七八九])|thirty per ?cent"),
 ("warranty 12 months", r"(?<![\d.])12\s*-?\s*(?:months?|个月)|十二个月|(?<![" + NUM_ZH + r"\d])一年|\btwelve[- ]months?\b|\bone[- ]year\b|(?<![\d.])1\s*-?\s*years?\b|(?<![\d.])1年"),
 ("post-warranty 15 %", r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per ?cent|percent)|百分之十五(?![\d一二三四五六七八九])|fifteen per ?cent"),
 ("TCO 40 %", r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per ?cent|percent)|百分之四十(?![\d一二三四五六七八九])|forty per ?cent"),
 ("horizon 5 years", r"(?<![\d.])5\s*-?\s*(?:years?|年)|(?<![" + NUM_ZH + r"])五年|\bfive[- ]years?\b|(?<![\d.])60\s*-?\s*(?:months?|个月)|六十个月|\bsixty[- ]months?\b"),
]
THR = [(n, re.compile(rx, re.I)) for n, rx in THRESHOLDS]
SELFTEST_HIT = ["可用率99.9%", "4小时内响应", "四小时", "four hours", "4-hour", "0.05%", "万分之五", "100%", "30%", "百分之三十",
                "12个月", "十二个月", "一年", "twelve months", "one year", "15%", "百分之十五", "40%", "五年", "5 years",
                "five years", "60 months", "thirty per cent"]
SELFTEST_MISS = ["99.95%", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "120%", "130%", "35%", "2026年",
                 "十八个月", "twenty-four months", "25%", "45%", "三年", "每年", "six months", "150%", "0.5 hours"]


def selftest():
    for s in SELFTEST_HIT:
        assert any(rx.search(s) for _, rx in THR), "threshold regex misses " + s
    for s in SELFTEST_MISS:
        hits = [n for n, rx in THR if rx.search(s)]
        assert not hits, (s, hits)


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def norm(t):
    t = re.sub(r"\s+", " ", t)
    return re.sub(r"(?<=[\u2e80-\uffff\d%])\s+(?=[\u2e80-\uffff])|(?<=[\u2e80-\uffff])\s+(?=[\d¥])", "", t)


def main():
    selftest()
    for key, text in TEXTS.items():
        name = PLAN[key]["file"]
        if key not in SOURCES:
            (OUT / name).write_text(text, encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    problems = []
    for key, p in PLAN.items():
        path = OUT / p["file"]
        raw = read_back(path)
        t1, t2 = re.sub(r"\s+", " ", raw), norm(raw)
        flat = re.sub(r"\s+", "", raw)
        for fig in FIGURES[key]:
            if re.sub(r"\s+", "", fig) not in flat:
                problems.append("%s: figure %r not in text" % (key, fig))
        for n, rx in THR:
            for tt in (t1, t2):
                m = rx.search(tt)
                if m:
                    problems.append("%s: threshold %s hit %r in …%s…" % (key, n, m.group(0),
                                                                       tt[max(0, m.start() - 30):m.end() + 30]))
                    break
        size = len(raw) if p["language"] == "zh" else len(raw.split())
        lo, hi = (2800, 3300) if p["language"] == "zh" else (1500, 1700)
        unit = "chars" if p["language"] == "zh" else "words"
        flag = "" if lo <= size <= hi else "  <-- outside %d-%d" % (lo, hi)
        if flag:
            problems.append("%s: length %d %s outside %d-%d" % (key, size, unit, lo, hi))
        got = apply_rules(key, p)
        assert got == p["rules"], (key, got, p["rules"])
        tco = p.get("tco")
        print("%-8s %-5s %5d %s  risk %-6s rules %s%s%s" % (key, path.suffix, size, unit, risk(got), ",".join(got) or "-",
              "  TCO %.0f fees %.0f share %.2f%%" % tco if tco else "", flag))
        label = {"file": p["file"], "language": p["language"], "category": p["category"],
                 "expected_terms": {k: p["terms"][k] for k in KEYS}, "expected_extra": p["extra"],
                 "expected_rules": got}
        (OUT / (p["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    for pr in problems:
        print("PROBLEM", pr)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
