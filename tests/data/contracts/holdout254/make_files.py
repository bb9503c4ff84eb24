"""holdout254: ten ordinary draft contracts (written before any run). Writes every contract file from the sources
below, builds .docx/.pdf through ../word_pdf.py, asserts the price / payment sums and the labelled figures,
re-applies the policy rules to the labels, writes the labels and scans the read-back text for threshold values.
Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# --- thresholds (policy §3/§4): no figure may sit on one, in any form --------------------------------------------
NUM = r"(?<![\d.,])"
THRESH = [
    NUM + r"30(?:\.0+)?\s*(?:%|％|per ?cent)", r"百分之三十(?![\d一二三四五六七八九])", r"thirty per ?cent",
    NUM + r"40(?:\.0+)?\s*(?:%|％|per ?cent)", r"百分之四十(?![一二三四五六七八九])", r"forty per ?cent",
    NUM + r"15(?:\.0+)?\s*(?:%|％|per ?cent)", r"百分之十五", r"fifteen per ?cent",
    NUM + r"100(?:\.0+)?\s*(?:%|％|per ?cent)", r"百分之(?:一)?百(?![分零一二三四五六七八九])", r"(?:one )?hundred per ?cent",
    NUM + r"99\.90*(?!\d)\s*(?:%|％)?", r"百分之九十九点九(?![一二三四五六七八九])",
    NUM + r"0?\.050*(?!\d)\s*(?:%|％)", r"万分之五(?![十])", r"0\.05\s*per ?cent",
    NUM + r"4\s*(?:小时|个小时|h\b|hours?|-hour)", r"(?<![十二三])四(?:个)?小时", r"\bfour[ -]hours?",
    NUM + r"12\s*(?:个月|個月|months?|-month)", r"十二个月", r"\btwelve[ -]months?", r"(?<![十])一年(?!内|度)",
    r"\bone[ -]year\b", NUM + r"1\s*年(?!度)",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]


def threshold_hits(text):
    return [m.group(0) for r in THRESH_RE for m in r.finditer(text)]


def self_test():
    bad = ["预付款为30%", "百分之三十", "response within 4 hours", "四小时内", "99.9%", "万分之五", "0.05%",
           "质保期12个月", "twelve months", "100%", "15%", "40 per cent", "one year", "十二个月", "4-hour"]
    good = ["24小时", "130%", "99.95%", "0.053%", "24 hours", "112个月", "万分之五十", "2015年", "4.5%", "1,500%",
            "14 hours", "two years", "年度", "99.5%", "300%"]
    for s in bad:
        assert threshold_hits(s), s
    for s in good:
        assert not threshold_hits(s), (s, threshold_hits(s))


# --- the policy rules, re-applied to the labels -------------------------------------------------------------------
def tco_share(tco):
    if tco is None:
        return None
    value, base, pct, wm = tco
    years = max(0.0, 5 - wm / 12)
    fees = base * pct / 100 * years
    return fees / (value + fees) * 100


def apply_rules(t, x, forum_outside=False, tco=None):
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(tco)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# --- the plan: labels decided before the text was written ----------------------------------------------------------
def T(kind, **kw):
    t = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
             prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
             post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=False, governing_law="PRC", contract_kind=kind)
    t.update(kw)
    assert list(t) == KEYS
    return t


def X(value, goods, sla=True, ld=True, capped=True, deemed=False):
    x = {"sla_clause": sla, "ld_stated": ld}
    if goods:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return x


G, S = "goods_or_licence", "service"
PLAN = {
 "h254z01": dict(file="h254z01_forestry_watchtower_fire_cameras_platform.docx", lang="zh", cat="hardware",
   t=T(G, availability_pct=99.95, ld_rate_per_day_pct=0.1, prepayment_pct=20, final_payment_on_acceptance=True,
       warranty_months=36, post_warranty_fee_pct=8),
   x=X(4080000, True), tco=(4080000, 3529200, 8, 36), rules=[],
   fig=["99.95%", "30分钟", "千分之一", "20%", "三十六个月", "8%", "4,080,000", "3,529,200"]),
 "h254z02": dict(file="h254z02_glass_fibre_furnace_dcs_with_maintenance.txt", lang="zh", cat="hardware",
   t=T(G, p1_response_hours=1, ld_rate_per_day_pct=0.03, liability_cap_pct=150, prepayment_pct=10,
       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28),
   x=X(2350000, True), tco=(2350000, 1890000, 28, 18),
   rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
   fig=["1小时", "万分之三", "150%", "10%", "十八个月", "28%", "2,350,000", "1,890,000"]),
 "h254z03": dict(file="h254z03_pet_hospital_chain_records_saas.md", lang="zh", cat="cloud",
   t=T(S, availability_pct=99.5, buyer_owns_data=False, confidentiality=False,
       ld_rate_per_day_pct=1500 / 2370000 * 100, liability_cap_pct=150),
   x=X(2370000, False), tco=None,
   rules=["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
   fig=["99.5%", "30分钟", "1,500元", "150%", "2,370,000"]),
 "h254z04": dict(file="h254z04_gov_service_centre_queue_terminals_om.pdf", lang="zh", cat="services",
   t=T(S, availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=800 / 846000 * 100,
       prepayment_pct=45, subcontract_without_consent=True),
   x=X(846000, False), tco=None, rules=["CR-PREPAYMENT", "CR-SUBCONTRACT"],
   fig=["99.95%", "15分钟", "800元", "45%", "846,000"]),
 "h254z05": dict(file="h254z05_snail_noodle_erp_supplier_template.md", lang="zh", cat="software",
   t=T(G, p1_response_hours=10, sla_remedy=False, ip_owner="supplier", data_security_clause=False,
       liability_cap_pct=10, prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
       warranty_months=6, subcontract_without_consent=None, governing_law=None),
   x=X(1110000, True, ld=False, capped=False, deemed=True), tco=None,
   rules=["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
   fig=["10小时", "10%", "55%", "六个月", "1,110,000"]),
 "h254e01": dict(file="h254e01_yellow_wine_fermentation_monitoring_licences.txt", lang="en", cat="software",
   t=T(G, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
       prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18),
   x=X(970000, True, sla=False, capped=False), tco=None,
   rules=["CR-POST-WARRANTY-FEE", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
   fig=["18 months", "20%", "0.08%", "150%", "970,000", "list price"]),
 "h254e02": dict(file="h254e02_resort_guest_messaging_saas_order_form.docx", lang="en", cat="cloud",
   t=T(S, availability_pct=99.95, p1_response_hours=6, ld_rate_per_day_pct=900 / 1174000 * 100,
       liability_cap_pct=6 / 24 * 100, auto_renewal_price_increase=True),
   x=X(1174000, False), tco=None, rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
   fig=["99.95%", "six (6) hours", "CNY 900", "six (6) months", "1,174,000", "8%"]),
 "h254e03": dict(file="h254e03_tea_estate_weather_soil_sensors.pdf", lang="en", cat="hardware",
   t=T(G, p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9),
   x=X(1540000, True), tco=(1540000, 1301800, 9, 24), rules=[],
   fig=["2 hours", "0.1%", "200%", "10%", "24 months", "9%", "1,540,000", "1,301,800"]),
 "h254e04": dict(file="h254e04_ev_parts_managed_cloud_hosting.md", lang="en", cat="cloud",
   t=T(S, availability_pct=99.95, sla_remedy=False, ld_rate_per_day_pct=3000 / 4820000 * 100,
       liability_cap_pct=150, termination_for_breach=False),
   x=X(4820000, False), tco=None, rules=["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
   fig=["99.95%", "30 minutes", "CNY 3,000", "150%", "4,820,000"]),
 "h254e05": dict(file="h254e05_museum_audio_guide_content_api.txt", lang="en", cat="cloud",
   t=T(S, availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=500 / 800000 * 100,
       liability_cap_pct=150),
   x=X(800000, False), tco=None, forum=True, rules=["CR-GOVERNING-LAW"],
   fig=["99.95%", "1 hour", "CNY 500", "150%", "800,000", "Paris"]),
}


# --- sources (markup of ../word_pdf.py: T title, H heading, P paragraph, TB table row) ----------------------------
H254Z01 = """T:森林防火瞭望塔视频监控及火情预警平台建设项目采购合同
P:合同编号：XL-LCJ-2026-ZB017
P:项目名称：全省重点林区瞭望塔视频监控及火情预警平台建设项目（政府采购公开招标，招标编号：XLZC-2026-0412）
P:甲方（采购人）：某省林业局
P:地址：省城林苑路88号
P:乙方（供应商）：青岚智感科技股份有限公司
P:地址：高新区创业大道1126号
P:鉴于甲方以公开招标方式采购本项目，乙方为经评标委员会评审并经甲方确认的中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，双方以招标文件、乙方投标文件及中标通知书为依据，经协商一致，订立本合同，共同遵守。招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责在全省36座重点林区瞭望塔上安装双光谱（可见光及热成像）云台摄像机及传输设备，建设省级森林火情预警平台，完成铁塔加固、防雷接地、设备安装调试，并与省森林防火指挥调度系统、气象数据服务及卫星热点监测数据完成对接，形成“塔上看、平台判、指挥调”的火情早期发现体系。
P:1.2 交付地点为甲方指定的各瞭望塔站点及省林业局数据中心机房。乙方应自行负责设备运输、吊装、上塔作业及高空作业安全，所需的施工通道、临时用电由甲方协调各林场提供。
P:1.3 项目总工期为合同签订之日起150日，其中设备到货不迟于第60日，全部站点安装调试完成不迟于第120日，平台上线试运行不迟于第150日。
H:第二条 合同价款
P:2.1 本合同总价为人民币4,080,000元（大写：肆佰零捌万元整），为固定总价，含设备、软件许可、运输、保险、安装调试、对接开发、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|双光谱热成像云台摄像机（探测距离不少于8公里）|36台|68,500|2,466,000
TB:2|微波及4G双链路传输设备|36套|7,200|259,200
TB:3|火情识别预警平台软件许可（永久）|1套|486,000|486,000
TB:4|平台服务器及存储设备|1批|318,000|318,000
TB:|设备及软件小计|||3,529,200
TB:5|安装调试、铁塔加固及防雷接地|36座|9,800|352,800
TB:6|与省森林防火指挥调度系统对接定制开发|1项|168,000|168,000
TB:7|操作及运维培训|1项|30,000|30,000
TB:|合同总价|||4,080,000
P:2.2 除本合同另有约定外，合同履行期间价格不作调整。因甲方书面要求增加站点或功能的，双方按投标单价另行签订补充协议。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币816,000元。
P:3.2 全部设备到货、安装调试完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币1,836,000元。
P:3.3 平台试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币1,428,000元。
P:3.4 乙方每次申请付款时应提供合法有效的增值税专用发票。甲方按财政国库集中支付程序付款，因财政资金拨付流程造成的合理延误不视为甲方违约。
H:第四条 技术要求与服务水平
P:4.1 摄像机在能见度良好条件下，对面积不少于2平方米的明火识别距离不少于5公里，对烟雾识别距离不少于8公里；平台从图像采集到推送告警的时延不超过20秒；识别误报经人工复核后每塔每日平均不超过3次。
P:4.2 预警平台在质保期内的月度可用率不低于99.95%（计划内维护时间经甲方书面同意后不计入）。
P:4.3 故障分级及响应：一级故障（平台整体不可用或三座以上瞭望塔同时离线）乙方应在30分钟内响应，6小时内到达现场，24小时内恢复；二级故障（单塔设备离线或识别功能失效）2小时内响应，48小时内修复；三级故障（非核心功能异常）1个工作日内响应，5个工作日内处理完毕。
P:4.4 防火期（每年1月至5月、10月至12月）内，乙方应在省级平台安排不少于2名技术人员驻场值守。
P:4.5 乙方未按4.3条时限响应或恢复的，每超时1小时，甲方可扣减质保金1,000元；月度可用率低于4.2条承诺的，每低0.01个百分点扣减2,000元。扣减款项可从质保金或应付款项中直接抵扣。
H:第五条 验收
P:5.1 初步验收：全部站点安装完成后，乙方提交自检报告，甲方组织逐塔检查，内容包括设备型号与投标文件一致性、图像清晰度、云台控制、传输链路稳定性、防雷接地电阻测试报告及铁塔加固检测报告。
P:5.2 最终验收：平台连续试运行60日，期间识别距离、告警时延、误报率和可用率均达到第四条要求，无一级故障；甲方组织专家按招标文件技术要求和本合同第四条逐项测试，出具书面最终验收报告。
P:5.3 设备到货签收、安装完成、上线试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换、升级、远程支持及驻场值守均由乙方免费提供。
P:6.2 质保期满后，甲方如需继续由乙方维保，年度维保费不超过设备及软件小计的8%，即每年不超过人民币282,336元，质保期满后前两个年度按此价格执行，不得上调；此后的价格由双方协商确定，乙方不得单方调价。维保合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 本项目采集的视频图像、热成像数据、火情告警记录、瞭望塔位置及林区地理信息均属于甲方，乙方不得以任何形式复制、留存、对外提供，也不得用于本合同以外的任何目的。
P:7.2 平台应按网络安全等级保护第三级要求部署，数据存储于甲方数据中心；乙方远程维护须经甲方审批并通过堡垒机进行，全程审计。乙方人员离场前应交还全部账号、介质和资料。
P:7.3 发生数据泄露、篡改或系统被入侵的，乙方应在发现后2小时内书面报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方因此遭受的损失。
H:第八条 保密
P:乙方对履行本合同中知悉的甲方林区防火部署、瞭望塔点位、网络拓扑、账号口令等非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效五年。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的对接程序、接口文档、识别参数配置及其源代码的知识产权归甲方所有，乙方应在最终验收时完整移交，甲方可自行修改、使用或委托第三方维护。
P:9.2 平台软件的原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供设备及软件不侵犯第三方知识产权。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装、上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方所供设备或服务不符合合同约定的，应无偿更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:乙方不得转包本项目。铁塔加固等辅助工程确需分包的，应事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效，报同级财政部门备案。
P:甲方（盖章）：某省林业局　　　　　　　乙方（盖章）：青岚智感科技股份有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:日期：2026年　月　日　　　　　　　　　日期：2026年　月　日
"""

H254Z02 = """T:池窑拉丝生产线窑炉集散控制系统（DCS）供货、实施及维保合同
P:合同编号：BX-GF-DCS-2026-031
P:买方（甲方）：泰岳玻璃纤维有限公司
P:卖方（乙方）：衡控自动化工程有限公司
P:签订地点：甲方厂区行政楼
P:鉴于甲方拟对二号池窑拉丝生产线的窑炉燃烧、通路温度、漏板及辅助系统进行集中控制改造，乙方具备相应的产品和工程能力，双方经友好协商，就DCS系统供货、组态实施、切换投运及质保期满后的维保服务达成如下条款。
H:一、供货范围与价格
P:（一）乙方提供的设备、软件和服务及价格如下（单位：人民币元，含13%增值税）：
TB:序号|名称|数量|单价|金额
TB:1|DCS控制站（冗余控制器、I/O卡件、电源）|6套|198,000|1,188,000
TB:2|操作员站及工程师站|9台|26,000|234,000
TB:3|DCS系统软件许可（组态、历史数据库、报表）|1套|326,000|326,000
TB:4|控制网络交换机、机柜及附件|1批|142,000|142,000
TB:|硬件及软件小计|||1,890,000
TB:5|组态编程及窑炉燃烧控制回路定制|1项|268,000|268,000
TB:6|安装调试、冷态测试及热态切换|1项|172,000|172,000
TB:7|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||2,350,000
P:（二）合同总价为人民币2,350,000元，为固定价格。乙方为履行本合同所发生的差旅、住宿、工具及切换期间的值守费用均已包含在内。
H:二、交货、安装与切换
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方厂区，并提交装箱单、合格证、出厂测试报告。
P:（二）安装调试及冷态测试应在设备到货后30日内完成。热态切换须在甲方安排的窑炉检修窗口内进行，乙方应提前提交切换方案、回退方案及安全措施，经甲方生产部和安全部会签后实施。
P:（三）切换期间乙方应派遣不少于4名工程师现场值守，直至系统连续稳定运行72小时。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计人民币235,000元。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的55%，计人民币1,292,500元。到货签收仅为数量清点，不构成质量验收。
P:（三）系统通过最终验收后20个工作日内，甲方支付合同总价的35%，计人民币822,500元。
P:（四）乙方应在每期付款前开具相应金额的增值税专用发票。
H:四、技术要求
P:（一）窑炉温度控制精度±1.5℃，通路温度波动不超过±2℃，漏板温度控制精度±0.5℃；控制器冗余切换时间不大于50毫秒，切换过程不得造成输出扰动。
P:（二）系统应与甲方现有的MES系统、能源管理系统通过OPC UA接口对接，数据刷新周期不大于1秒。
P:（三）系统应满足工业控制系统信息安全防护的相关要求，部署工业防火墙，关闭不必要的端口和服务。
H:五、验收
P:（一）冷态测试：逐点校验I/O，检查控制逻辑、联锁、报警和画面，形成测试记录，由甲方签字确认。
P:（二）最终验收：热态切换后系统连续运行30日，各项控制指标达到本合同第四部分要求，未发生因DCS原因导致的停炉、漏板断丝率异常升高或安全事故；乙方提交完整的竣工资料、组态备份及操作维护手册后，由甲方组织验收并出具书面验收报告。
P:（三）设备到货、安装完成或投入生产使用，均不视为最终验收合格。
H:六、质保与售后服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备、软件或组态质量问题发生的故障，乙方免费修复或更换。
P:（二）一级故障（控制站失效、窑炉关键回路失控或操作员站全部失去监控）：乙方应在接到通知后1小时内响应，8小时内到达现场；二级故障：2小时内响应，24小时内到达现场。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付2,000元。
H:七、质保期满后的维保
P:（一）质保期满后，乙方继续为甲方提供年度维保服务，内容包括定期巡检、备件更换、软件补丁及远程技术支持。
P:（二）年度维保费按硬件及软件小计的28%计取，即每年人民币529,200元，于每个维保年度开始后30日内支付。该费用标准在质保期满后的前三个年度内固定不变。
P:（三）维保服务期间的响应要求同本合同第六部分第（二）项。
P:（四）维保年度内，乙方每季度至少进行一次现场巡检，检查控制器负荷、冗余状态、通讯网络、接地及机柜环境，出具巡检报告并提出改进建议；发现隐患的，应在甲方同意的时间窗口内消除。
P:（五）乙方应在甲方厂区常备关键备件，包括控制器、电源模块、常用I/O卡件和网络交换机各不少于一套，备件消耗后10日内补齐，其费用已含在年度维保费中。
H:七之一、培训与技术资料
P:（一）乙方应在热态切换前为甲方操作人员、仪表维护人员和工程技术人员分别组织培训，培训内容包括系统原理、日常操作、报警处理、组态修改、备份恢复及常见故障处理，累计不少于8个工作日，培训后进行考核。
P:（二）乙方应向甲方交付中文操作手册、维护手册、组态说明、I/O清单、控制逻辑图、网络拓扑图及全部组态备份文件，资料应与现场实际一致，系统发生变更的，乙方应在变更完成后7日内更新。
H:八、数据与信息安全
P:（一）DCS系统中的工艺参数、配方、生产数据和操作记录均属于甲方所有，乙方仅可为履行本合同使用，不得复制、外传或用于其他目的。
P:（二）乙方不得在系统中预留远程访问通道；确需远程诊断的，须经甲方书面批准，通过甲方提供的受控通道进行，并由甲方人员全程监护。
P:（三）乙方人员接入的调试电脑须经甲方病毒查杀。因乙方原因造成病毒传播、数据泄露或生产事故的，乙方应在2小时内报告，承担全部责任并赔偿甲方损失。
H:九、保密
P:双方对在合作中知悉的对方技术秘密和商业秘密负有保密义务，特别是甲方的窑炉工艺、配方及产能数据，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
H:十、知识产权
P:（一）乙方为本项目编制的组态程序、控制策略、画面及相关技术文档，其知识产权归甲方所有，甲方有权自行修改和使用，也可交由第三方维护。
P:（二）DCS系统软件的原有知识产权归其权利人所有，甲方获得永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之三支付违约金。
P:（二）因乙方原因导致停炉或产品报废的，乙方应赔偿甲方的直接损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但乙方故意或重大过失造成的损失不受此限。
P:（四）甲方逾期付款的，每逾期一日按未付金额的万分之二支付违约金。
H:十二、分包与转让
P:乙方不得转包。机柜配线等辅助工作需要分包的，须事先取得甲方书面同意。未经对方书面同意，任何一方不得转让本合同项下的权利义务。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后15日内未予纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:十四、法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备清单、切换方案。
P:甲方：泰岳玻璃纤维有限公司（盖章）　　乙方：衡控自动化工程有限公司（盖章）
P:代表签字：　　　　　　　　　　　　　　代表签字：
P:日期：　　年　　月　　日
"""

H254Z03 = """T:宠物医院电子病历云服务（SaaS）订阅及实施合同
P:合同编号：PH-EMR-SaaS-2026-008
P:甲方（客户）：安宠连锁宠物医院管理有限公司
P:乙方（服务商）：云爪信息技术有限公司
P:鉴于甲方在全国经营50家连锁宠物医院，需统一使用电子病历、预约挂号、处方、检验检查及会员管理系统；乙方提供“云爪”宠物医疗电子病历云服务。双方经协商，就服务订阅、系统实施及数据迁移事宜订立本合同。
H:1. 定义
P:1.1 “云服务”指乙方通过互联网向甲方提供的宠物医疗电子病历平台，包括病历、处方、检验对接、预约、库存、会员及经营报表等模块。
P:1.2 “甲方数据”指甲方及其各医院在使用云服务过程中录入、上传或产生的全部数据，包括动物病历、影像、检验结果、宠物主人姓名及联系方式、消费记录。
P:1.3 “上线”指某一医院正式使用云服务开展诊疗业务。
H:2. 服务内容与期限
P:2.1 服务期为三十六个月，自首批医院上线之日起计算。服务期满后，如需继续使用，双方另行签订合同，本合同不自动续期。
P:2.2 乙方负责实施工作，包括50家医院的系统配置、历史病历数据迁移、与甲方现有检验设备及财务系统的接口开发、病历模板定制及人员培训。
P:2.3 实施分三批完成：第一批10家医院应在合同签订后45日内上线，第二批20家在第90日前上线，第三批20家在第135日前上线。
H:3. 费用
P:3.1 合同费用如下：
TB:项目|计费方式|金额（元）
TB:云服务订阅费|50家医院×14,400元/家/年×3年|2,160,000
TB:实施及历史数据迁移|一次性|186,000
TB:培训|一次性|24,000
TB:合计||2,370,000
P:3.2 合同总价为人民币2,370,000元。服务期内订阅单价不作调整；甲方新增医院的，按每家每年14,400元另行计费。
H:4. 付款
P:4.1 订阅费按季度结算，每季度结束后15个工作日内，乙方根据当季实际开通的医院数量开具发票，甲方在收到发票后20个工作日内支付当季费用，即每家医院每季度3,600元。
P:4.2 实施及数据迁移费、培训费在全部医院上线并通过实施验收后一次性支付。
P:4.3 甲方不预付任何费用。
H:5. 实施验收
P:5.1 每批医院上线后，乙方提交上线报告。全部医院上线后，甲方组织实施验收，标准为：历史病历迁移完整率不低于99.98%且抽查无错误；检验设备接口结果自动回传正确；病历模板、处方笺及报表符合甲方确认的需求说明书；各院收费数据与财务系统日对账一致。
P:5.2 上线使用或甲方支付订阅费，均不视为实施验收合格。验收未通过的，乙方应在10个工作日内整改。
H:6. 服务水平
P:6.1 乙方承诺云服务的月度可用率不低于99.5%。计划内维护应安排在凌晨1点至5点之间，并提前3日通知甲方。
P:6.2 故障分级与响应：一级故障（全部或多家医院无法登录、无法开具病历或处方）30分钟内响应，3小时内恢复；二级故障（单一医院或单一模块不可用）1小时内响应，8小时内恢复；三级故障（一般问题咨询）当日响应。
P:6.3 月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障超过恢复时限的，每超时1小时另行抵扣当月订阅费的1%。
H:6A. 培训与客户支持
P:6A.1 乙方应为每家医院的医生、助理、前台及库管人员提供上线前集中培训和上线后首周现场陪跑，并为甲方总部信息部门提供系统管理员培训，培训教材和视频交甲方留存使用。
P:6A.2 乙方提供7×24小时服务热线及在线工单系统，指定一名客户成功经理对接甲方总部，每月提交服务报告，内容包括可用率统计、故障清单、工单处理时效和改进计划。
P:6A.3 乙方对云服务进行版本升级的，应提前7日通知甲方，升级不得降低已有功能或改变甲方已确认的病历模板；重大升级应先在测试环境中由甲方确认。
P:6A.4 乙方应在每季度结束后与甲方召开服务回顾会，评估各医院的使用情况、医生反馈及待改进事项，形成会议纪要并跟踪落实。
P:6A.5 乙方应保证云服务与甲方现有检验设备（血常规、生化、影像）完成对接，对接清单以附件为准；甲方新购同类设备的，乙方应在30日内完成对接，不另收费。
H:7. 数据归属与使用
P:7.1 甲方数据归甲方所有。甲方可随时通过系统导出全部数据。
P:7.2 甲方同意，乙方可对甲方数据进行去标识化处理后，用于改进云服务、训练病历辅助诊断模型以及编制宠物医疗行业分析报告，上述使用在本合同终止后仍可继续。
P:7.3 合同终止后30日内，乙方应向甲方移交全部甲方数据的完整副本，并在甲方确认后删除其系统中的甲方数据（7.2条所述去标识化数据除外）。
H:8. 数据安全
P:8.1 乙方应将甲方数据存储于中国境内的数据中心，云服务应通过网络安全等级保护第三级测评，对宠物主人个人信息进行加密存储，实行访问权限最小化和操作日志留存不少于六个月。
P:8.2 乙方应建立数据备份机制，每日全量备份，恢复点目标不超过1小时。
P:8.3 发生数据泄露、丢失或被篡改的，乙方应在发现后24小时内通知甲方，配合甲方向主管部门报告，并承担因其原因造成的全部损失。
H:9. 知识产权
P:9.1 云服务平台的知识产权归乙方所有。
P:9.2 乙方为甲方定制的病历模板、报表及接口程序的知识产权归甲方所有，甲方可自行修改使用或交由第三方继续开发。
H:10. 违约责任
P:10.1 乙方未按2.3条约定时间完成任一批次上线的，每逾期一日，向甲方支付违约金1,500元。
P:10.2 因乙方原因导致甲方数据丢失的，乙方应负责恢复并赔偿损失。
P:10.3 乙方在本合同项下的赔偿责任总额以合同总价的150%为限，但因数据泄露造成的损失不受此限。
H:10A. 双方的其他义务
P:10A.1 甲方应指定总部项目负责人及各医院联络人，按实施计划提供历史病历数据、检验设备清单和网络条件，并组织人员参加培训；因甲方原因导致上线延期的，2.3条约定的时间相应顺延。
P:10A.2 乙方应为本项目配备专职项目经理、实施顾问和数据迁移工程师，人员名单经甲方确认后不得随意更换；确需更换的，应提前10日书面通知甲方并取得甲方同意。
P:10A.3 乙方应向甲方提供管理员账号，使甲方总部能够实时查看各医院的使用情况、账号权限及操作日志，并可自行开设或停用医院和用户账号。
P:10A.4 因政策调整需要在病历、处方或兽药管理方面新增功能的，乙方应在规定时间前完成系统调整，不另收费。
H:11. 分包
P:乙方不得将实施工作分包给第三方，确需分包的，应事先取得甲方的书面同意。
H:12. 合同解除
P:12.1 乙方严重违反本合同，经甲方书面通知后15日内未纠正的，甲方有权解除合同。
P:12.2 云服务连续两个月可用率低于99%的，甲方有权解除合同且不承担违约责任。
H:13. 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议提交成都仲裁委员会仲裁，仲裁裁决是终局的。
H:14. 其他
P:本合同自双方盖章之日起生效，一式两份，各执一份。附件：需求说明书、实施计划、医院清单。
P:甲方：安宠连锁宠物医院管理有限公司（盖章）
P:乙方：云爪信息技术有限公司（盖章）
P:签订日期：2026年3月　日
"""

H254Z04 = """T:政务服务中心排队叫号及自助服务终端运维服务合同
P:项目编号：QZW-CS-2026-019（政府采购竞争性磋商）
P:采购人（甲方）：某区政务服务中心
P:供应商（乙方）：宁泰信息系统服务有限公司
P:根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就政务服务中心排队叫号系统、自助服务终端及相关设备的年度运行维护服务，签订本合同。
H:第一章 服务范围
P:第一条 运维对象包括：排队叫号系统（取号机12台、窗口显示屏96块、综合屏6块、评价器96台及管理服务器）、自助服务终端86台（含社保、不动产、税务、公安出入境等自助业务终端）、大厅导视屏及配套网络设备。
P:第二条 服务期自2026年1月1日起至2026年12月31日止。服务期满本合同终止，不自动续期。
P:第三条 服务内容包括：驻场运维、日常巡检、故障维修、备品备件更换、系统软件升级维护、数据备份、节假日保障及年度运维总结。
H:第二章 服务费用与支付
P:第四条 本合同总价为人民币846,000元，明细如下：
TB:服务项目|计算方式|金额（元）
TB:驻场运维人员|2人×198,000元|396,000
TB:备品备件|包干|168,000
TB:终端巡检及维修|86台×2,300元|197,800
TB:系统软件升级维护|包干|84,200
TB:合计||846,000
P:第五条 合同签订后10个工作日内，甲方向乙方支付合同总价的45%，即人民币380,700元，作为服务预付款。
P:第六条 服务期满六个月，经甲方中期考核合格后，甲方支付合同总价的28%，即人民币236,880元；服务期满并经年度考核合格后，甲方支付合同总价的27%，即人民币228,420元。考核不合格的，按第十四条扣减后支付。
P:第七条 乙方应在每次收款前开具合法有效的发票。甲方按财政资金支付程序付款，因财政资金拨付审批造成的合理延迟，不视为甲方逾期付款，乙方不得因此停止或降低服务。
H:第三章 服务要求
P:第八条 乙方应安排2名具备相应技能的运维人员在工作日及周末延时服务时段驻场，驻场人员应于服务期首日到岗，名单及变更须经甲方认可。
P:第九条 乙方每周对全部终端进行一次巡检，检查打印、读卡、扫码、摄像头、身份证识读及网络连接，每月提交巡检报告。
P:第十条 排队叫号系统及自助服务终端管理平台在服务时段内的可用率不低于99.95%。
P:第十一条 故障分级及时限：一级故障（排队叫号系统整体瘫痪或三分之一以上终端无法使用）乙方应在15分钟内响应，2小时内恢复；二级故障（单台取号机或单台自助终端故障）30分钟内响应，当日修复或更换备机；三级故障（显示、评价等非核心功能问题）2个工作日内处理完毕。
P:第十二条 乙方应在重大节假日前及政务服务中心业务高峰期前完成专项保障检查，保障期间加派人员值守。
P:第十三条 乙方应每月对系统配置和业务数据进行备份，备份介质交甲方保管。
P:第十三条之一 乙方应建立运维工作台账，对每次故障记录报修时间、响应时间、到场时间、处理过程、更换部件及恢复时间，台账应实时向甲方开放查询。
P:第十三条之二 乙方应根据设备运行情况提出优化建议，包括叫号策略调整、终端业务功能扩展、老旧设备更新计划等，供甲方决策参考；涉及系统配置变更的，须经甲方书面同意后方可实施，并在变更后更新配置文档。
P:第十三条之三 乙方应配合甲方完成各进驻部门业务系统在自助服务终端上的上线、下线和版本更新测试，确保群众办事不受影响；配合工作不另行收费。
P:第十三条之四 备品备件应为原厂或经甲方认可的同等品质产品，乙方应在甲方现场储备取号机打印模块、身份证识读模块、触摸屏及工控主机等常用备件，储备清单作为本合同附件。
H:第四章之一 人员管理
P:第十三条之五 驻场人员应遵守政务服务中心的工作纪律和着装要求，文明服务，不得在窗口区域大声喧哗或与办事群众发生争执；甲方认为驻场人员不称职的，乙方应在5个工作日内予以更换。
P:第十三条之六 乙方应为驻场人员缴纳社会保险并承担其全部劳动报酬，乙方人员在服务中发生的人身伤害由乙方负责处理，与甲方无关。
P:第十三条之七 服务期满前30日，乙方应协助甲方做好服务交接，向甲方或甲方指定的后续服务单位移交全部设备台账、配置文档、账号口令、备件清单和未结故障，并配合完成不少于10个工作日的交接陪同，交接工作未完成前，甲方可暂缓支付最后一期款项。
P:第十三条之八 乙方应对自助服务终端的操作界面提供适老化和无障碍使用支持，配合甲方在终端旁设置操作指引，并根据群众反馈及时优化终端的业务引导流程和提示文字，相关优化不另行收费。
P:第十三条之九 乙方应建立应急预案，针对服务器宕机、网络中断、大面积终端故障及停电等情形，明确处置流程、人员分工和替代措施（如人工取号），并每半年配合甲方开展一次应急演练，演练记录交甲方存档。
H:第四章 考核与验收
P:第十四条 甲方按磋商文件所附考核细则进行中期和年度考核，考核内容包括响应及时率、故障修复率、可用率、巡检完成率、群众投诉情况和资料完整性，考核得分80分以上为合格。
P:第十五条 一级故障未按时响应的，每次扣减服务费500元；可用率低于第十条承诺的，每低0.01个百分点扣减1,000元；年度考核不合格的，甲方有权扣减当期应付款的10%。
P:第十六条 年度考核时乙方应提交运维总结、故障台账、备件使用清单及系统文档，经甲方确认后出具书面考核意见，作为服务验收结论。
H:第五章 数据安全与保密
P:第十七条 排队叫号及自助终端中产生的办事群众身份信息、办件信息、评价数据和系统日志均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:第十八条 乙方应遵守政务网络安全管理制度，维护操作使用甲方分配的账号并经堡垒机审计；更换下的存储部件须在甲方监督下进行数据擦除或交甲方保管。发生数据泄露或安全事件的，乙方应在1小时内报告甲方，并承担因其原因造成的全部责任。
P:第十九条 乙方及其人员对在服务中知悉的国家秘密、工作秘密、个人信息和甲方其他非公开信息负有保密义务，该义务不因合同终止而解除。
H:第六章 知识产权
P:第二十条 乙方在服务中形成的运维文档、巡检报告、配置脚本及改进方案的知识产权归甲方所有。
H:第七章 分包
P:第二十一条 乙方可将自助服务终端的硬件维修工作分包给终端原厂或其授权服务商，但应在分包前书面通知甲方，并对分包方的服务质量负责。
H:第八章 违约责任
P:第二十二条 乙方驻场人员未按第八条在服务期首日到岗的，每迟延一日，乙方向甲方支付违约金800元。
P:第二十三条 因乙方原因导致系统长时间瘫痪、数据泄露或造成恶劣社会影响的，乙方应赔偿甲方全部损失。
H:第九章 合同解除与争议
P:第二十四条 乙方严重违约，经甲方书面催告后7日内仍不改正的，甲方有权解除合同，并按实际服务期间结算费用。
P:第二十五条 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十章 其他
P:第二十六条 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：某区政务服务中心　　　乙方（盖章）：宁泰信息系统服务有限公司
P:日期：2026年　月　日
"""

H254Z05 = """T:桂源云ERP软件许可及实施服务合同（乙方标准文本 GY-ERP-STD V5.3）
P:合同编号：GY-2026-LSF-0217
P:甲方：柳香螺蛳粉食品有限公司
P:乙方：桂源云软件股份有限公司
P:说明：本合同为乙方标准合同文本，甲方签署即表示已阅读并同意全部条款。除双方另行书面约定的商务条款外，本文本条款不作修改。
H:第一条 合同标的
P:1.1 乙方向甲方提供桂源云ERP软件（财务、供应链、生产制造、质量追溯、电商订单模块，80个并发用户）的永久使用许可，并根据甲方需求提供定制开发和实施服务。
P:1.2 定制开发内容包括：螺蛳粉配料（米粉、酸笋、汤料包、腐竹等）批次追溯功能、预包装食品保质期管理、与天猫、抖音、拼多多店铺的订单及库存接口、经销商返利计算及移动审批。
P:1.3 实施服务包括需求调研、系统配置、期初数据导入、用户培训及上线支持。
H:第二条 合同价款
TB:项目|说明|金额（元）
TB:ERP软件许可|五大模块，80并发用户，永久许可|560,000
TB:定制开发|批次追溯、电商接口、返利计算等|380,000
TB:实施服务|调研、配置、数据导入、上线支持|150,000
TB:培训|关键用户及最终用户培训|20,000
TB:合计||1,110,000
P:2.1 合同总价为人民币1,110,000元（含税）。需求变更导致工作量增加的，按乙方人天单价3,200元另行计费。
H:第三条 付款方式
P:3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即人民币610,500元。乙方收到该笔款项后方启动项目。
P:3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即人民币388,500元。
P:3.3 系统上线满三个月后，甲方支付合同总价的10%，即人民币111,000元。
P:3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至款项付清。
H:第四条 项目实施
P:4.1 乙方根据项目进展安排实施顾问，实施计划由乙方编制，甲方应予以配合。项目计划时间仅供参考，乙方将尽力按计划推进。
P:4.2 甲方应及时提供需求资料、基础数据并安排关键用户参与，因甲方原因造成的延误，乙方不承担责任，由此增加的工作量按2.1条另行计费。
P:4.3 乙方有权根据需要调整实施人员。
P:4.4 项目分为需求调研、蓝图设计、系统配置与开发、数据准备、用户培训、上线切换六个阶段。每一阶段结束时，乙方提交阶段成果文档（需求调研报告、业务蓝图、配置说明、数据导入模板等），甲方应在收到后3个工作日内签字确认，逾期未确认的视为确认。
P:4.5 甲方应按照乙方提供的配置清单自行采购服务器、数据库、操作系统及网络设备，并在系统配置阶段开始前完成安装；因甲方环境不符合要求导致的问题，乙方不承担责任。
P:4.6 期初数据（物料编码、BOM配方、供应商及客户档案、库存余额、应收应付余额、固定资产卡片）由甲方按乙方模板整理，乙方负责导入。数据准确性由甲方负责。
P:4.7 乙方提供的培训包括关键用户培训（不超过5天）和最终用户培训（不超过3天），超出部分按乙方人天单价另行收费；培训教材的版权归乙方。
P:4.8 电商平台接口的实现以各平台开放接口为前提；平台接口规则变化导致的调整，属于新增需求，按2.1条另行计费。
P:4.9 甲方增加用户数、模块或法人公司的，按乙方当时的产品报价另行签订补充合同。
H:第五条 上线与验收
P:5.1 乙方完成系统部署和数据导入后，即通知甲方上线。系统上线运行即视为甲方验收合格。
P:5.2 甲方在上线后提出的问题，乙方将在维护服务中处理，不影响验收结论和付款义务。
H:第六条 免费维护
P:6.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括程序缺陷修复、远程技术支持和操作咨询。
P:6.2 故障处理：一级故障（系统无法登录或核心业务无法进行）乙方在接到报修后10小时内响应；二级故障在2个工作日内响应；三级故障在5个工作日内响应。
P:6.3 乙方将尽力在合理时间内解决故障，但不保证系统无中断或无错误运行。对于故障处理超时或系统中断，乙方不承担扣款、赔偿或违约金责任。
H:第七条 后续维护
P:7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的维护服务价格标准执行。
P:7.2 未签订年度维护合同的，乙方不再提供补丁、升级及技术支持；甲方日后要求恢复维护的，应补交中断期间的维护费。
H:第八条 知识产权
P:8.1 ERP软件及其文档的知识产权归乙方所有。
P:8.2 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码、技术文档的知识产权均归乙方所有，甲方在许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方。
P:8.3 乙方有权将定制开发成果用于其他客户或纳入其标准产品。
P:8.4 甲方仅可在其自身及其全资子公司的内部经营中使用ERP软件，不得出租、转让、分许可或以服务外包方式为第三方使用；甲方超出许可用户数使用的，乙方有权按标准报价收取差额许可费。
P:8.5 乙方有权通过软件内置的许可管理程序核查甲方的用户数和模块使用情况，甲方应予以配合。
H:第九条 甲方数据
P:9.1 甲方在ERP系统中录入的业务数据归甲方所有，乙方仅为本合同目的接触和使用。
P:9.2 系统部署于甲方自有服务器，甲方负责服务器、网络及数据备份的安全管理。
H:第十条 保密
P:双方对在履行本合同过程中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，但法律法规要求披露的除外。本条在合同终止后两年内有效。
H:第十一条 责任限制
P:11.1 乙方对因本合同引起的任何索赔的累计赔偿责任，以合同总价的10%为限。
P:11.2 乙方对间接损失、利润损失、数据丢失、业务中断或商誉损失不承担责任。
P:11.3 因甲方服务器、网络、第三方平台接口变化或甲方操作不当造成的问题，乙方不承担责任。
H:第十二条 合同解除
P:12.1 任何一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除本合同。
P:12.2 甲方提前解除合同的，已支付款项不予退还。
P:12.3 合同解除后，甲方应停止使用定制开发成果，并在10日内删除相关程序；ERP软件许可已付清的，甲方可继续使用标准产品，但乙方不再提供任何维护服务。
H:第十三条 不可抗力
P:因不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方并提供证明。
H:第十四条 争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。
H:第十四条之一 通知
P:本合同项下的通知以书面形式送达对方在本合同首页载明的地址或双方确认的电子邮箱，以电子邮件发送的，发送成功即视为送达。任何一方变更联系方式的，应提前5日书面通知对方。
H:第十四条之二 合同文件
P:本合同由合同正文、报价单、项目实施计划和乙方产品功能清单组成。功能清单以乙方标准产品为准，未列明的功能不属于本合同范围。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
P:15.2 本文本未尽事宜，以乙方官网公布的服务条款为准。
P:甲方（盖章）：柳香螺蛳粉食品有限公司　　乙方（盖章）：桂源云软件股份有限公司
P:签字：　　　　　　　　　　　　　　　　签字：
P:日期：2026年　月　日
"""

H254E01 = """T:SOFTWARE LICENCE AND INSTALLATION AGREEMENT - FERMENTATION MONITORING SYSTEM
P:Agreement No. KW-SX-2026-114
P:This Software Licence and Installation Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Shaoxing Jianhu Yellow Wine Brewery Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer"); and
P:(2) Gärwerk Prozesssysteme GmbH, a company incorporated in Germany, with its registered seat on the Kaninchenwerder, Berlin, Germany, acting for this Agreement through its representative office in Shanghai (the "Vendor").
P:Background: (A) The Customer brews traditional yellow wine (huangjiu) in open and closed fermentation tanks and wishes to monitor temperature, sugar, alcohol and acidity during primary and secondary fermentation. (B) The Vendor develops and licenses the GärView fermentation monitoring software and supplies the related tank modules and laboratory interface. (C) The Customer has selected the Vendor after a competitive comparison and the parties wish to record the terms on which the Vendor will license, install and configure the software. At the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan Renminbi (CNY).
H:1. Definitions
P:1.1 "Software" means the GärView server software, the tank monitoring modules and the laboratory interface module listed in Schedule 1, in object code, together with the user documentation.
P:1.2 "Customer Configuration" means the tank layouts, alarm limits, recipes, dashboards and reports configured for the Customer under this Agreement.
P:1.3 "Customer Data" means all process readings, laboratory results, batch records and other data entered into or generated by the Software at the Customer's premises.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Clause 5.3 that the acceptance tests have been passed.
P:1.5 "Warranty Period" means the period described in Clause 7.1.
H:2. Scope
P:2.1 The Vendor shall deliver the Software, install it on servers provided by the Customer at the Keqiao brewery, connect it to the sensors already fitted to 24 fermentation tanks, configure the Customer Configuration, connect the laboratory interface to the Customer's two analysers, and train the Customer's brewers and laboratory staff.
P:2.2 The Customer shall provide the servers, operating system licences, network connections and site access described in Schedule 2, and shall make its brewing master and laboratory head available for the configuration workshops.
P:2.3 The Vendor shall complete installation within 60 days after the Effective Date and shall present the system for acceptance testing within 90 days after the Effective Date.
H:3. Licence
P:3.1 Upon payment of the licence fees, the Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's Keqiao brewery for the Customer's internal brewing operations, for the number of tanks stated in Schedule 1.
P:3.2 The Customer may make copies of the Software for backup and disaster recovery purposes and may transfer the licence to a new server or a new brewery site of its own group after written notice to the Vendor.
H:4. Prices and Payment
P:4.1 The total price under this Agreement is CNY 970,000, inclusive of VAT, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:GärView tank monitoring module, perpetual licence|24|18,500|444,000
TB:GärView server licence, perpetual|1|236,000|236,000
TB:Laboratory interface module, perpetual licence|1|98,000|98,000
TB:Licence subtotal|||778,000
TB:Installation, sensor integration and configuration|1|164,000|164,000
TB:Training (brewers, laboratory, IT)|1|28,000|28,000
TB:Total Contract Price|||970,000
P:4.2 The Customer shall pay the Total Contract Price in three instalments:
P:(a) 20% (CNY 194,000) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China;
P:(b) 45% (CNY 436,500) after installation is complete and the Software is running on the Customer's servers; completion of installation is not acceptance; and
P:(c) 35% (CNY 339,500) within 20 days after Final Acceptance.
P:4.3 All invoices shall be valid Chinese VAT invoices. Payments shall be made in CNY by bank transfer to the Vendor's account in Shanghai.
H:5. Acceptance
P:5.1 The Vendor shall propose acceptance test procedures at least ten days before testing. The tests shall cover at least: (a) correct reading of all 24 tanks against calibrated handheld instruments, within plus or minus 0.3 degrees Celsius; (b) correct transfer of laboratory results from both analysers for 50 consecutive samples; (c) correct alarm generation for each configured limit; (d) batch reports for one complete primary and secondary fermentation cycle; and (e) backup and restore of the server.
P:5.2 After the tests have been passed, the system shall run for 21 consecutive days of normal production without a fault that stops monitoring of any tank for more than two hours.
P:5.3 When the tests and the run period have been passed, the Customer shall issue a written Final Acceptance certificate. Installation, use of the Software in production or payment of any instalment shall not be taken as acceptance. If any test fails, the Vendor shall correct the fault and repeat the test at its own cost.
H:6. Support
P:6.1 During the Warranty Period the Vendor will provide remote support by e-mail and telephone during its business hours. The Vendor will use commercially reasonable efforts to respond to support requests and to correct reported errors, but gives no commitment as to response or resolution times.
H:7. Warranty
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor will correct, free of charge, any reproducible error reported by the Customer and will provide all updates and new releases of the Software.
P:7.2 The Vendor warrants that the installation and configuration services will be performed with reasonable skill and care by qualified personnel.
H:8. Annual Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual software support, which includes updates, new releases and remote support.
P:8.2 Annual support is charged at the Vendor's list price in effect at the start of each support year, as published by the Vendor from time to time. The Vendor will notify the Customer of the applicable fee before each support year.
P:8.3 Annual support is ordered by a separate written purchase order for each year and does not renew automatically.
H:9. Customer Data and Security
P:9.1 All Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy, transfer or use Customer Data for any other purpose, including after termination.
P:9.2 The Software is installed on the Customer's servers in China. The Vendor's remote access shall take place only through the Customer's VPN with individual accounts and multi-factor authentication, for each session approved in advance by the Customer, and all sessions shall be logged. The Vendor shall not export Customer Data outside mainland China.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its work. The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to Customer Data or the Customer's systems attributable to the Vendor, shall take all necessary remedial steps, and shall be liable for the resulting losses of the Customer.
H:10. Intellectual Property
P:10.1 The Vendor retains all intellectual property rights in the Software and its documentation.
P:10.2 The Customer Configuration, and all reports, scripts and interface mappings created specifically for the Customer under this Agreement, belong to the Customer. The Customer may use, modify and license them freely, including through third parties.
P:10.3 The Vendor shall defend and indemnify the Customer against any third-party claim that the Software infringes intellectual property rights in China.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's recipes, yeast and qu cultures, fermentation curves and production volumes, and shall use it only for this Agreement.
P:11.2 These obligations continue for five years after the end of this Agreement, and for recipes and process know-how without time limit.
H:12. Delay and Liability
P:12.1 If the Vendor fails to present the system for acceptance testing by the date in Clause 2.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Total Contract Price for each day of delay, up to a maximum of 10% of the Total Contract Price.
P:12.2 The total liability of the Vendor under this Agreement is limited to 150% of the Total Contract Price. This limit does not apply to breach of Clauses 9 and 11, personal injury or wilful misconduct.
H:13. Subcontracting
P:13.1 The Vendor shall not subcontract any part of the installation or configuration services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:14. Term and Termination
P:14.1 This Agreement takes effect on signature (the "Effective Date") and continues until the end of the Warranty Period, except that the licence in Clause 3 is perpetual.
P:14.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the liquidated damages under Clause 12.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for any part of the system that has not passed Final Acceptance.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.
H:16. General
P:16.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:Schedule 1: Software and tank list. Schedule 2: Customer environment. Schedule 3: Acceptance test procedures.
P:Signed for the Customer: ____________________ Name / Title / Date
P:Signed for the Vendor: ____________________ Name / Title / Date
"""

H254E02 = """T:ORDER FORM AND GENERAL TERMS - GUEST MESSAGING PLATFORM
H:Part A - Order Form
P:Order Form No. VR-CN-2026-0093, issued by Ventomare Hospitality Software S.r.l., a company incorporated in Italy with its registered seat on the Isola Razza, Sardinia, Italy ("Ventomare" or the "Provider").
P:Customer: Sanya Coral Bay Resort Management Co., Ltd., Yalong Bay, Sanya, Hainan Province, People's Republic of China (the "Customer").
P:This Order Form, together with the General Terms in Part B, forms the agreement between Ventomare and the Customer (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails. At the Customer's request, all fees are stated and invoiced in Chinese Yuan Renminbi (CNY) and paid to Ventomare's account with a bank in mainland China.
P:Services: the Ventomare guest-messaging platform, including a unified inbox for WeChat, SMS, e-mail and in-room tablet chat, automated pre-arrival and in-stay message journeys, a multilingual reply assistant, service-request routing to housekeeping, engineering and food-and-beverage teams, and guest satisfaction surveys, for the resort's 612 rooms and villas (the "Services").
P:Subscription Term: 24 months from the Go-Live Date (the "Initial Term").
P:Fees:
TB:Item|Basis|Amount (CNY)
TB:Platform subscription|24 months x CNY 46,500 per month|1,116,000
TB:Onboarding (PMS integration, journeys, templates, training)|One-time|58,000
TB:Total Contract Value||1,174,000
P:Billing: the monthly subscription fee is invoiced monthly in arrears, starting with the month in which the Go-Live Date falls (pro rata for a partial month). The onboarding fee is invoiced after Go-Live Acceptance under Section 3 of Part B. No fee is payable before the Go-Live Date.
P:Target Go-Live Date: 45 days after signature of this Order Form.
P:Customer contacts: Director of Rooms; IT Manager. Provider contacts: Customer Success Manager, Asia Pacific; Support Desk.
P:Special conditions: none.
H:Part B - General Terms
H:1. Definitions
P:1.1 "Customer Data" means all data submitted to the Services by or for the Customer, including guest names, contact details, stay information, messages, preferences and survey answers, and all data derived from it by the Services for the Customer.
P:1.2 "Go-Live Date" means the date on which the Services are first used for live guest messaging at the resort after Go-Live Acceptance.
P:1.3 "Incident" means an unplanned interruption or degradation of the Services. A "Priority 1 Incident" is an Incident that prevents the Customer's staff from receiving or sending guest messages through the Services.
P:1.4 "Customer Materials" means the message journeys, templates, translations, routing rules and survey forms configured for the Customer.
H:2. Provision of the Services
P:2.1 Ventomare shall provide the Services in accordance with this Agreement and the documentation, using personnel with appropriate skills. The Services are hosted for the Customer in a data centre in mainland China operated by a cloud provider named in the documentation.
P:2.2 Ventomare shall integrate the Services with the Customer's property management system and WeChat official account, configure the message journeys listed in the onboarding plan and train the Customer's front office, guest relations and operations staff.
P:2.3 The Customer shall provide timely access to its property management system vendor, its WeChat account administrator and the information reasonably required for onboarding.
P:2.4 The Customer is responsible for the content of the messages its staff send, for obtaining any guest consent required by the PRC Personal Information Protection Law for marketing messages, and for keeping its user accounts secure. Ventomare shall provide the consent-capture and opt-out functions described in the documentation and shall honour guest opt-outs immediately.
P:2.5 Ventomare may improve the Services from time to time, provided that no change materially reduces the functions or security of the Services during the Subscription Term. Ventomare shall announce material changes at least 30 days in advance in the release notes and shall give the Customer access to a test environment to review them before they reach the live resort.
H:3. Go-Live Acceptance
P:3.1 Before the Go-Live Date, Ventomare shall demonstrate the Services in the Customer's environment against the acceptance criteria in the onboarding plan, which include at least: (a) two-way synchronisation of arrivals, in-house guests and departures with the property management system, checked for three consecutive days; (b) delivery of messages through every channel; (c) routing of service requests to the correct department; (d) correct display of Chinese, English and Russian messages; and (e) survey results available in the reporting dashboard.
P:3.2 The Customer shall confirm Go-Live Acceptance in writing within five business days after a successful demonstration or give reasons for refusal. Use of the Services for testing or training is not Go-Live Acceptance.
P:3.3 If the Go-Live Date does not occur within the target in the Order Form for reasons attributable to Ventomare, Ventomare shall pay the Customer CNY 900 for each day of delay, up to a total of CNY 45,000.
H:4. Service Levels
P:4.1 Ventomare shall make the Services available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 02:00 and 05:00 China Standard Time.
P:4.2 If monthly availability falls below the commitment in Section 4.1, the Customer shall receive a service credit of 5% of that month's subscription fee for each full 0.1 percentage point of shortfall, up to 50% of that month's fee. Credits are deducted from the next invoice.
P:4.3 Ventomare's support desk is available 24 hours a day by WeChat, telephone and e-mail. Ventomare shall respond to a Priority 1 Incident within six (6) hours after it is reported, and to other Incidents within two business days. Ventomare will use reasonable efforts to restore the Services as quickly as possible.
P:4.4 Ventomare shall provide a monthly service report showing availability, Incidents and their handling times.
H:5. Customer Data
P:5.1 Customer Data belongs to the Customer. Ventomare shall process Customer Data only to provide the Services and on the Customer's documented instructions, and shall not sell, share or use Customer Data for any other purpose.
P:5.2 Ventomare shall store and process Customer Data only in mainland China, shall protect it with encryption in transit and at rest, role-based access control and logging, and shall maintain the hosting environment at MLPS level 3.
P:5.3 Ventomare shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall cooperate with the Customer and the authorities, and shall bear the costs and losses resulting from incidents caused by Ventomare or its hosting provider.
P:5.4 Within 30 days after the end of this Agreement, Ventomare shall return all Customer Data to the Customer in a commonly used format and then delete it, and shall confirm the deletion in writing.
H:6. Intellectual Property
P:6.1 Ventomare retains all rights in the Services, the software and its documentation.
P:6.2 Customer Materials belong to the Customer. The Customer may use, copy, modify and license them, including for use with another provider after this Agreement ends.
H:7. Confidentiality
P:7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:7.2 These obligations continue for three years after the end of this Agreement.
H:8. Renewal and Fees
P:8.1 At the end of the Initial Term, the Agreement renews automatically for successive renewal terms of twenty-four months each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.
P:8.2 Ventomare may increase the subscription fee for any renewal term by up to 8% over the fee of the previous term by giving notice at least 75 days before the renewal date. The increased fee applies automatically unless the Customer gives notice of non-renewal.
H:9. Limitation of Liability
P:9.1 Each party's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by the Customer under this Agreement in the six (6) months preceding the event giving rise to the claim.
P:9.2 The limit in Section 9.1 does not apply to breach of Section 5, to personal injury or to wilful misconduct.
P:9.3 Neither party is liable for loss of profit or indirect loss.
H:10. Subcontracting
P:10.1 Ventomare may use the hosting provider named in the documentation. Any other subcontractor or sub-processor requires the Customer's prior written consent. Ventomare remains responsible for the acts of its subcontractors.
H:11. Term and Termination
P:11.1 This Agreement begins on signature of the Order Form and continues for the Initial Term and any renewal term.
P:11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice. The Customer may also terminate by written notice if availability falls below 99.5% in two consecutive months.
P:11.3 On termination by the Customer under Section 11.2, Ventomare shall refund any fees paid for the period after termination.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be referred to the Hainan International Arbitration Court for arbitration in Haikou in accordance with its rules. The award is final.
H:13. General
P:13.1 Notices shall be given in writing to the contacts in the Order Form. Amendments must be signed by both parties.
P:Signed for Ventomare Hospitality Software S.r.l.: ____________________ Name / Title / Date
P:Signed for Sanya Coral Bay Resort Management Co., Ltd.: ____________________ Name / Title / Date
"""

H254E03 = """T:SUPPLY AND INSTALLATION CONTRACT - WEATHER STATIONS AND SOIL SENSOR NETWORK
P:Contract No. PE-AGRI-2026-07
P:THIS CONTRACT is made between:
P:Yunnan Jingmai Ancient Tea Estate Co., Ltd., with its registered office in Lancang County, Pu'er, Yunnan Province, People's Republic of China (the "Buyer"); and
P:Agrosensia Integración S.L., a company incorporated in Spain, with its registered seat on the Isla de Montaña Clara, Canary Islands, Spain, acting through its branch in Kunming (the "Supplier").
P:WHEREAS the Buyer wishes to install automatic weather stations and a soil moisture and nutrient sensor network across its tea gardens to guide irrigation, fertilisation and frost protection; the Supplier has offered to supply, install and integrate such a system; and the parties have agreed that the Buyer's standard contract form shall be used. All prices are stated and payable in Chinese Yuan Renminbi (CNY), as requested by the Buyer.
P:NOW THEREFORE the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Equipment" means the weather stations, soil sensor nodes, gateways, solar power units and accessories listed in Annex 1.
P:1.2 "Platform Licence" means the perpetual licence to the Supplier's AgroView monitoring platform for the Buyer's estate.
P:1.3 "System" means the Equipment, the Platform Licence and the integration work together.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Article 5.3.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply and install 14 automatic weather stations, 220 soil sensor nodes measuring moisture, temperature, electrical conductivity and pH at two depths, and 8 LoRa gateways with solar power units in the tea gardens shown on the map in Annex 2.
P:2.2 The Supplier shall install the AgroView platform on the Buyer's server in the estate office, configure frost, drought and heavy-rain alerts, and integrate the platform with the Buyer's estate management system and its irrigation controllers.
P:2.3 The Supplier shall deliver all Equipment within 50 days and complete installation and integration within 100 days after signature.
P:2.4 The Buyer shall provide access to the tea gardens, a secure storage place for Equipment on the estate, electricity and network connection at the estate office, and a staff member familiar with the gardens to accompany the installation teams. The Supplier shall plan installation work so as not to disturb picking seasons and shall avoid damage to tea bushes and old trees; any damage caused by the Supplier shall be made good at its cost.
P:2.5 The Supplier shall train up to 12 of the Buyer's garden managers and technicians in the use of the platform, the reading of alerts, routine cleaning of rain gauges and radiation shields, battery and sensor replacement and simple fault finding. Training shall be given in Chinese on site, with printed Chinese manuals.
P:2.6 The Supplier shall keep on the estate, for the warranty period, a stock of spare parts of at least 10 soil sensor nodes, two sets of weather station sensors and one gateway, and shall replenish the stock within 15 days after use.
P:2.7 The Supplier shall deliver as-built drawings showing the location of every station, node and gateway, the calibration certificates of the weather station sensors and the configuration backup of the platform before Final Acceptance.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,540,000, inclusive of VAT, transport, insurance, installation and training, broken down as follows:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Automatic weather station|14|38,600|540,400
TB:Soil sensor node (two depths)|220|2,150|473,000
TB:LoRa gateway with solar power unit|8|12,800|102,400
TB:AgroView platform licence (perpetual)|1|186,000|186,000
TB:Equipment and Licence Subtotal|||1,301,800
TB:Installation and commissioning|1|148,200|148,200
TB:Integration with estate system and irrigation|1|76,000|76,000
TB:Training|1|14,000|14,000
TB:Contract Price|||1,540,000
P:3.2 The Contract Price is fixed and is not subject to adjustment.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 154,000) as an advance within 15 business days after signature, against an advance payment guarantee for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 847,000) after all Equipment has been installed and the Installation Certificate has been signed. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 539,000) within 20 business days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice.
H:Article 5 Acceptance
P:5.1 After installation, the Supplier shall carry out site tests in the presence of the Buyer: comparison of each weather station with a reference instrument (air temperature within 0.3 degrees Celsius, humidity within 3% RH, rainfall within 4% of the reference volume), calibration check of a sample of 20 soil nodes against laboratory analysis, gateway coverage of every node, and correct triggering of each configured alert.
P:5.2 The System shall then operate for 45 consecutive days during which at least 98% of scheduled readings from all nodes reach the platform, no weather station is offline for more than two days and data flows correctly to the estate management system and irrigation controllers.
P:5.3 When the tests and the operating period have been passed, the Buyer shall sign the Final Acceptance certificate. Delivery, installation, use of the System or payment shall not be taken as acceptance. Failed tests shall be repeated at the Supplier's cost.
H:Article 6 Warranty
P:6.1 The Supplier warrants the System for 24 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including sensors damaged by ordinary weather, and shall provide platform updates and remote support.
P:6.2 Fault response: for a Priority 1 fault (platform down, or more than one quarter of nodes or any three weather stations not reporting) the Supplier shall respond within 2 hours and restore service within 48 hours; for other faults it shall respond within one business day and repair within five business days.
P:6.3 For each hour of late response to a Priority 1 fault, the Supplier shall pay CNY 600, and for each day of late restoration CNY 1,500. The Buyer may deduct these amounts from any sum due.
H:Article 7 Support after Warranty
P:7.1 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support on the same scope as Article 6 at an annual fee of 9% of the Equipment and Licence Subtotal, i.e. CNY 117,162 per year. This fee is fixed for the first three years after the warranty period; any later change requires written agreement and may not exceed 3% per year.
P:7.2 Annual support is ordered by the Buyer's written purchase order and does not renew automatically.
H:Article 8 Data
P:8.1 All data collected by the System, including weather, soil and irrigation data, and all data in the Buyer's estate management system, belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, transfer or use them for any other purpose.
P:8.2 The platform runs on the Buyer's server. The Supplier's remote access shall use the Buyer's VPN with individual accounts, be approved by the Buyer for each session and be logged. Gateways shall use encrypted communication.
P:8.3 The Supplier shall report any security incident affecting the System within 12 hours, shall take remedial measures and shall be liable for losses caused by its breach of this Article.
H:Article 9 Intellectual Property
P:9.1 The integration software, interface mappings, alert rules and configuration files developed for the Buyer belong to the Buyer, which may use, modify and license them freely. Source code and documentation shall be delivered at Final Acceptance.
P:9.2 The AgroView platform and the Equipment firmware remain the property of their owners and are licensed to the Buyer perpetually.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's garden layout, yields, cultivation methods and prices, and shall not disclose it without prior written consent, for five years after the end of this Contract.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to complete installation and integration by the date in Article 2.3, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 8 and 10, which are not limited.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor. Local labour for trenching and pole installation may be hired only with the Buyer's written approval of the labour company.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Article 15 General
P:15.1 Notices under this Contract shall be made in writing and delivered by hand, courier or e-mail to the addresses given on the signature page. A notice by e-mail is received when the recipient confirms it or on the next business day, whichever is earlier.
P:15.2 Amendments to this Contract are valid only if made in writing and signed by both parties.
P:15.3 This Contract is made in Chinese and English, both equally authentic. Annex 1: Equipment list. Annex 2: Site map. Annex 3: Test plan.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

H254E04 = """T:MANAGED CLOUD HOSTING SERVICES AGREEMENT
P:Agreement reference: FH-HF-2026-021
P:Between: Hefei Voltaxis Electric Drive Components Co., Ltd., Economic and Technological Development Zone, Hefei, Anhui Province, People's Republic of China (the "Customer"); and Farolnet Serviços Geridos, Lda., a company incorporated in Portugal with its registered seat on the Ilhéu do Farol, Algarve, Portugal, performing this Agreement through its wholly owned subsidiary in Shanghai (the "Provider").
P:Background: The Customer manufactures motor controllers, inverters and wiring harnesses for electric vehicles. It wishes to move its ERP, MES, PLM and quality systems from its own server room to a managed private cloud hosted in mainland China and operated by the Provider. At the Customer's request, all charges in this Agreement are expressed and payable in Chinese Yuan Renminbi (CNY).
H:1. Definitions
P:1.1 "Hosted Systems" means the Customer applications and databases listed in Schedule 1 that the Provider hosts and operates under this Agreement.
P:1.2 "Managed Services" means the hosting, operation, monitoring, patching, backup and security services described in Schedule 2.
P:1.3 "Migration" means the transfer of the Hosted Systems from the Customer's server room to the Provider's hosting environment, as described in Schedule 3.
P:1.4 "Customer Data" means all data of the Customer stored or processed in the Hosted Systems or the hosting environment, including logs and backups.
P:1.5 "Service Commencement Date" means the date of Migration Acceptance under Clause 4.3.
H:2. Services
P:2.1 The Provider shall provide a dedicated private cloud in two data centres in Shanghai and Wuxi, with compute, storage, network, firewalls and load balancers sized as in Schedule 2, and shall operate it 24 hours a day, seven days a week.
P:2.2 The Managed Services include operating system and database administration, patching within the windows agreed with the Customer, capacity monitoring, daily backups kept for 35 days, monthly backups kept for 13 months, quarterly restore tests and an annual disaster-recovery test switching the ERP and MES to the Wuxi site.
P:2.3 The Provider shall assign a named service delivery manager and shall hold a monthly service review with the Customer.
P:2.4 The Customer shall remain responsible for its application licences, for functional changes to the Hosted Systems and for its end users. The Provider shall give the Customer's application vendors controlled access to the hosting environment when the Customer asks for it in writing.
P:2.5 The Provider shall keep a configuration management database of the hosting environment, shall follow a change process agreed with the Customer, and shall not make changes to production systems outside the agreed windows except for emergency security fixes, which it shall report to the Customer on the same day.
P:2.6 The Provider shall scan the hosting environment for vulnerabilities every month, shall correct critical vulnerabilities within seven days and high vulnerabilities within 30 days, and shall support one penetration test per year by a tester chosen by the Customer.
H:3. Charges and Payment
P:3.1 The charges are:
TB:Item|Basis|Amount (CNY)
TB:Managed private cloud and Managed Services|36 months x CNY 128,000 per month|4,608,000
TB:Migration (one-time)|Fixed price|212,000
TB:Total Contract Value||4,820,000
P:3.2 The monthly charge is invoiced monthly in arrears from the Service Commencement Date. The Migration charge is invoiced after Migration Acceptance. No amount is payable in advance.
P:3.3 The monthly charge is fixed for the Term. Additional resources ordered by the Customer in writing are charged at the unit rates in Schedule 4.
H:4. Migration
P:4.1 The Provider shall complete the Migration within 90 days after signature, following the migration plan in Schedule 3, with cut-over of the MES during a planned production shutdown agreed with the Customer.
P:4.2 Migration acceptance criteria: (a) every Hosted System runs in the new environment with the agreed configuration; (b) record counts and checksums of every database match the source; (c) ERP month-end closing and MES production-order processing are tested successfully by the Customer's key users; (d) response times of the ten key transactions listed in Schedule 3 are no worse than in the old environment; and (e) a restore test and a failover test have been completed.
P:4.3 When all criteria are met, the Customer shall sign a Migration Acceptance certificate. Cut-over or use of the Hosted Systems in production is not Migration Acceptance.
P:4.4 If Migration Acceptance is delayed beyond the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 3,000 for each day of delay, up to a maximum of CNY 150,000.
H:5. Service Levels
P:5.1 The Provider targets availability of the hosting environment of 99.95% per calendar month, measured at the Provider's network edge and excluding scheduled maintenance notified at least seven days in advance.
P:5.2 Incident response targets: Priority 1 (a Hosted System used in production is unavailable, or the MES is so slow that production lines stop) - response within 30 minutes and a work-around or restoration within three hours; Priority 2 - response within two hours; Priority 3 - response within one business day.
P:5.3 The service levels in this Clause 5 are targets. The Provider shall report its performance against them in the monthly service review and shall prepare an improvement plan when a target is missed. No service credits, fee reductions, refunds or other compensation are payable for failure to meet a service level, and the improvement plan is the Customer's sole remedy for such failure.
H:6. Customer Data and Security
P:6.1 Customer Data belongs to the Customer. The Provider shall access and process Customer Data only to provide the services under this Agreement and only on the Customer's instructions. The Provider shall not use Customer Data for any other purpose, including analytics or product development.
P:6.2 The hosting environment shall be located only in mainland China and shall be maintained at MLPS level 3 with a valid ISO 27001 certificate. The Provider shall apply encryption at rest for all storage, multi-factor authentication and privileged-access management for administrators, and shall keep access logs for at least 180 days.
P:6.3 The Provider shall notify the Customer of any security incident affecting Customer Data or the Hosted Systems within two hours after detection, shall contain and remedy it, shall support the Customer's investigation and reports to the authorities, and shall be liable for the Customer's losses caused by the incident if the Provider was at fault.
P:6.4 At the end of the Term, the Provider shall return all Customer Data, including backups, and shall then securely delete it and certify the deletion.
H:7. Intellectual Property
P:7.1 The Provider retains its rights in its hosting platform, tools and standard procedures.
P:7.2 Migration plans, runbooks, infrastructure-as-code templates and configuration documentation prepared for the Customer belong to the Customer, which may use, modify and hand them to another provider without restriction.
H:8. Confidentiality
P:8.1 Each party shall treat as confidential all non-public information of the other party, including the Customer's product designs, customer programmes and production figures, and shall use it only for this Agreement.
P:8.2 The confidentiality obligations survive for five years after the end of this Agreement.
H:9. Liability
P:9.1 The Provider's total liability arising out of or in connection with this Agreement is limited to 150% of the Total Contract Value.
P:9.2 The limit does not apply to breach of Clause 6, personal injury or wilful misconduct.
P:9.3 Neither party is liable for indirect or consequential loss, except for losses from breach of Clause 6 or 8.
H:10. Subcontracting
P:10.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent, except for the data-centre operators in Shanghai and Wuxi named in Schedule 2, which the Customer approves by signing this Agreement. The Provider remains responsible for all subcontractors.
H:11. Term and Termination
P:11.1 This Agreement begins on signature and continues for 36 months from the Service Commencement Date (the "Term"). It does not renew automatically; any extension requires a written agreement signed by both parties.
P:11.2 Because of the investment made by the Provider in dedicated infrastructure, neither party may terminate this Agreement before the end of the Term, except if a force majeure event prevents performance for more than 90 consecutive days.
P:11.3 If the Provider commits a material breach, the Customer may require the Provider to remedy the breach and may claim damages within the limits of Clause 9, but the Customer is not entitled to terminate this Agreement on that ground.
P:11.4 At the end of the Term the Provider shall provide reasonable exit assistance for up to 60 days at the rates in Schedule 4, including transfer of the Hosted Systems and Customer Data to the Customer or a new provider.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The arbitral award is final and binding.
H:13. General
P:13.1 This Agreement and its Schedules are the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:13.2 Neither party may assign this Agreement without the other party's prior written consent.
P:Schedules: 1 Hosted Systems; 2 Service Description; 3 Migration Plan and Acceptance; 4 Additional Resources and Rates.
P:For the Customer: ____________________ Name / Title / Date
P:For the Provider: ____________________ Name / Title / Date
"""

H254E05 = """T:CONTENT API SUBSCRIPTION AGREEMENT - MUSEUM AUDIO GUIDE
P:Reference: LP-XA-2026-005
P:This Content API Subscription Agreement is entered into by:
P:Xi'an Tang Dynasty Heritage Museum Co., Ltd., Qujiang New District, Xi'an, Shaanxi Province, People's Republic of China (the "Customer"); and
P:Lumière Patrimoine Médias SAS, a French simplified joint-stock company with its registered seat on the Île de Puteaux, Hauts-de-Seine, France (the "Vendor").
P:Recitals: The Vendor produces and licenses multilingual audio-guide content about art and heritage and makes it available to museums through an application programming interface (the "Content API"). The Customer operates a museum of Tang dynasty art and wishes to offer visitors audio-guide narration in foreign languages through its own WeChat mini-program and rented handsets. The parties have agreed on the following terms. All fees are expressed and payable in Chinese Yuan Renminbi (CNY), as requested by the Customer.
H:1. Definitions
P:1.1 "Catalogue Content" means the Vendor's existing audio narrations, texts and images on Chinese art and history made available through the Content API.
P:1.2 "Commissioned Content" means the narrations, scripts, translations and recordings produced by the Vendor specifically for the Customer's galleries under Clause 3.
P:1.3 "Visitor Data" means data about the Customer's visitors and their use of the audio guide that is transmitted to or generated by the Content API.
P:1.4 "Launch Date" means the date on which the Commissioned Content is accepted and made available to visitors.
H:2. Subscription
P:2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive right to access the Content API and to stream the Catalogue Content to visitors through the Customer's mini-program, website and handsets at the museum.
P:2.2 The Subscription Term is 24 months from the Launch Date. The Agreement does not renew automatically; any renewal requires a new written agreement, and the fees for any renewal will be agreed between the parties at that time.
P:2.3 The Vendor shall serve the Content API from servers located in mainland China through a content delivery network licensed in China.
P:2.4 The Vendor shall update the Catalogue Content at least twice a year and shall give the Customer 30 days' notice before removing any item that the Customer uses in its galleries. Removed items that form part of a gallery route shall be replaced by items of equivalent length and quality at no extra cost.
P:2.5 Before any content is published to visitors, the Customer may review it for conformity with PRC law, museum regulations and the Customer's curatorial standards. The Vendor shall remove or correct within two business days any content that the Customer reasonably rejects.
P:2.6 The Vendor shall provide API documentation in Chinese and English, a test environment, and technical support to the Customer's mini-program developer during integration, including two working sessions in Xi'an.
P:2.7 The Content API shall support the accessibility functions agreed with the Customer, including slower playback speed, large-text transcripts and an easy-language version of 30 highlight narrations in English, so that elderly visitors and visitors with impaired hearing or vision can use the audio guide.
H:3. Commissioned Content
P:3.1 The Vendor shall produce narrations for 160 exhibits in the Customer's permanent galleries in English, French, Japanese and Korean, based on scripts reviewed by the Customer's curators, recorded by professional voice actors, and delivered as audio files and texts through the Content API.
P:3.2 The Vendor shall deliver the Commissioned Content within 70 days after signature.
P:3.3 Acceptance: the Customer's curators and language reviewers shall check every narration for historical accuracy against the curatorial notes, for correct pronunciation of Chinese names and places, for translation quality, and for audio quality (no noise or clipping, level within the agreed range), and shall test playback of every exhibit through the mini-program and handsets. The Customer shall give written acceptance or a list of defects within 15 business days. Defects shall be corrected and re-submitted within ten business days. Delivery or publication of content to visitors for testing is not acceptance.
H:4. Fees and Payment
P:4.1 The fees are:
TB:Item|Basis|Amount (CNY)
TB:Content API subscription, year 1|Annual fee|368,000
TB:Content API subscription, year 2|Annual fee|368,000
TB:Commissioned Content (160 exhibits, four languages)|One-time|64,000
TB:Total Contract Value||800,000
P:4.2 The subscription fee is invoiced quarterly in arrears at CNY 92,000 per quarter, starting from the Launch Date. The Commissioned Content fee is invoiced after written acceptance under Clause 3.3. No amount is payable in advance.
P:4.3 The fees are fixed for the Subscription Term and include all streaming volumes for the museum's visitors.
P:4.4 The fees include VAT and any withholding tax. The Vendor shall issue valid Chinese VAT invoices through its agent in Xi'an, and the Customer shall pay each invoice within 30 days after receipt by bank transfer in CNY.
H:5. Service Levels
P:5.1 The Vendor shall make the Content API available 99.95% of each calendar month, excluding maintenance announced seven days in advance and carried out while the museum is closed.
P:5.2 The Vendor shall respond to a Priority 1 incident (the audio guide cannot be played by visitors) within 1 hour during museum opening hours and shall restore service within six hours. Other incidents shall be answered within one business day.
P:5.3 If availability falls below the level in Clause 5.1, the Customer shall receive a credit of 5% of the quarterly fee for each full 0.1 percentage point of shortfall. For each hour of late response to a Priority 1 incident the Vendor shall credit CNY 800. Credits are deducted from the next invoice.
H:6. Delay
P:6.1 If the Commissioned Content is not delivered within the period in Clause 3.2 for reasons attributable to the Vendor, the Vendor shall pay CNY 500 for each day of delay, up to CNY 20,000.
H:7. Visitor Data
P:7.1 Visitor Data belongs to the Customer. The Vendor shall process Visitor Data only to provide the Content API to the Customer and shall not use it for any other purpose, including its own analytics, advertising or product development.
P:7.2 The Vendor shall keep Visitor Data in mainland China, shall collect no more personal information than the Customer's mini-program needs, shall protect it with encryption, access control and logging, and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of a security incident affecting Visitor Data, shall take remedial action and shall be liable for the losses caused by incidents for which it is responsible.
P:7.4 At the end of the Agreement the Vendor shall return or delete Visitor Data as the Customer instructs and confirm this in writing.
H:8. Intellectual Property
P:8.1 The Vendor retains all rights in the Catalogue Content and the Content API.
P:8.2 All rights in the Commissioned Content, including the scripts, translations and recordings, are assigned to the Customer on payment of the Commissioned Content fee. The Customer may use, modify, reproduce and license the Commissioned Content freely, also after the Subscription Term. The Vendor shall obtain from the voice actors and translators all consents needed for this assignment.
H:9. Confidentiality
P:Each party shall keep confidential the non-public information of the other party, including the Customer's exhibition plans and visitor statistics, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Agreement.
H:10. Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Value, except for breach of Clauses 7 and 9, infringement of third-party rights and wilful misconduct, which are not limited.
P:10.2 The Vendor shall indemnify the Customer against claims that the Catalogue Content or the Commissioned Content infringes the rights of any third party.
H:11. Subcontracting
P:The Vendor may engage a recording studio and freelance translators for the Commissioned Content only with the Customer's prior written consent to each subcontractor, and remains responsible for their work. No other subcontracting is permitted.
H:12. Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice.
P:12.2 On such termination the Vendor shall refund any fees paid for the period after termination, and the Customer keeps its rights in the Commissioned Content.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the International Chamber of Commerce by one arbitrator. The seat of arbitration is Paris, France, and the language is English.
H:14. General
P:14.1 Notices shall be in writing and sent to the addresses above or to e-mail addresses agreed by the parties.
P:14.2 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:14.3 This Agreement is made in English and Chinese. Both versions are equally authentic; the curatorial terms in the Chinese version govern the interpretation of exhibit names.
P:14.4 Neither party may assign this Agreement without the prior written consent of the other party.
P:Signed for the Customer: ____________________ Name / Title / Date
P:Signed for the Vendor: ____________________ Name / Title / Date
"""


SOURCES = {k.lower(): v for k, v in globals().items() if re.fullmatch(r"H254[ZE]0\d", k)}
# prices: (subtotal lines or None, subtotal, all lines, total, payments, payment shares in %)
PRICES = {
 "h254z01": ([2466000, 259200, 486000, 318000], 3529200, [3529200, 352800, 168000, 30000], 4080000,
             [816000, 1836000, 1428000], [20, 45, 35]),
 "h254z02": ([1188000, 234000, 326000, 142000], 1890000, [1890000, 268000, 172000, 20000], 2350000,
             [235000, 1292500, 822500], [10, 55, 35]),
 "h254z03": (None, None, [50 * 14400 * 3, 186000, 24000], 2370000, None, None),
 "h254z04": (None, None, [2 * 198000, 168000, 86 * 2300, 84200], 846000, [380700, 236880, 228420], [45, 28, 27]),
 "h254z05": (None, None, [560000, 380000, 150000, 20000], 1110000, [610500, 388500, 111000], [55, 35, 10]),
 "h254e01": ([24 * 18500, 236000, 98000], 778000, [778000, 164000, 28000], 970000,
             [194000, 436500, 339500], [20, 45, 35]),
 "h254e02": (None, None, [24 * 46500, 58000], 1174000, None, None),
 "h254e03": ([14 * 38600, 220 * 2150, 8 * 12800, 186000], 1301800, [1301800, 148200, 76000, 14000], 1540000,
             [154000, 847000, 539000], [10, 55, 35]),
 "h254e04": (None, None, [36 * 128000, 212000], 4820000, None, None),
 "h254e05": (None, None, [368000, 368000, 64000], 800000, [92000] * 8 + [64000], None),
}
EXTRA_SUMS = [(0.08 * 3529200, 282336), (0.28 * 1890000, 529200), (0.09 * 1301800, 117162), (14400 / 4, 3600),
              (368000 / 4, 92000)]


def check_prices():
    for k, (sub, subtotal, lines, total, pays, shares) in PRICES.items():
        if sub is not None:
            assert sum(sub) == subtotal, k
        assert sum(lines) == total == PLAN[k]["x"]["contract_value"], k
        if pays is not None:
            assert sum(pays) == total, k
        if shares is not None:
            assert sum(shares) == 100, k
            assert all(abs(p - total * s / 100) < 0.01 for p, s in zip(pays, shares)), k
    for a, b in EXTRA_SUMS:
        assert abs(a - b) < 0.01, (a, b)


def to_md(src):
    out, prev = [], None
    for tag, _, text in (line.partition(":") for line in src.splitlines() if line.strip()):
        if tag == "TB":
            cells = text.split("|")
            if prev != "TB":
                out.append("")
                out.append("| " + " | ".join(cells) + " |")
                out.append("|" + "---|" * len(cells))
            else:
                out.append("| " + " | ".join(cells) + " |")
        else:
            if prev == "TB":
                out.append("")
            out.append({"T": "# ", "H": "## "}.get(tag, "") + text)
            out.append("")
        prev = tag
    return "\n".join(out).strip() + "\n"


def to_txt(src):
    out, prev = [], None
    for tag, _, text in (line.partition(":") for line in src.splitlines() if line.strip()):
        if tag == "TB":
            out.append("    ".join(text.split("|")))
        else:
            if prev == "TB":
                out.append("")
            out.append(text)
            if tag == "T":
                out.append("=" * 40)
            out.append("")
        prev = tag
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


def normalise(text, zh):
    text = re.sub(r"第 \d+ 页", " ", text)
    if zh:
        text = re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text)
        text = re.sub(r"(?<=[^\x00-\x7f])\s+(?=[\d%])|(?<=[\d%])\s+(?=[^\x00-\x7f])", "", text)
    return re.sub(r"\s+", " ", text)


def main():
    self_test()
    check_prices()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary = {}
    for k, p in PLAN.items():
        name = p["file"]
        ext = name.rsplit(".", 1)[1]
        if ext == "md":
            (OUT / name).write_text(to_md(SOURCES[k]), encoding="utf-8")
        elif ext == "txt":
            (OUT / name).write_text(to_txt(SOURCES[k]), encoding="utf-8")
        else:
            binary[k] = (name, ext)
    write({k: SOURCES[k] for k in binary}, binary, OUT, wrap_words=True)
    summary = []
    for k, p in PLAN.items():
        zh = p["lang"] == "zh"
        raw = read_back(OUT / p["file"])
        text = normalise(raw, zh)
        hits = threshold_hits(raw) + threshold_hits(text)
        assert not hits, (k, hits)
        for f in p["fig"]:
            assert f in text, (k, f)
        assert f"{p['x']['contract_value']:,}" in text, k
        length = len(re.sub(r"\s", "", raw)) if zh else len(raw.split())
        lo, hi = (2800, 3300) if zh else (1500, 1700)
        assert lo <= length <= hi, (k, length)
        rules = apply_rules(p["t"], p["x"], p.get("forum", False), p["tco"])
        assert rules == sorted(p["rules"]), (k, rules, p["rules"])
        label = {"file": p["file"], "language": p["lang"], "category": p["cat"], "expected_terms": p["t"],
                 "expected_extra": p["x"], "expected_rules": rules}
        (OUT / (p["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        share = tco_share(p["tco"])
        summary.append((p["file"], length, risk(rules), rules, None if share is None else round(share, 2)))
    for row in summary:
        print(*row)


if __name__ == "__main__":
    main()
