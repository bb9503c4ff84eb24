"""holdout287 — ten blind ORDINARY draft contracts: sources, labels and checks.

Writes every contract (.txt/.md directly, .docx/.pdf through ../word_pdf.py with wrap_words=True), asserts every price
and payment sum, re-applies policy §3/§4 to the labels and compares with the planned rule list, writes the .json labels
(holdout18/19 format), reads every built file back (python-docx paragraphs + tables, pypdf) and checks text lengths,
labelled figures and that no figure sits on a policy threshold. Run: /work/main/.venv/bin/python make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
C = {}  # key -> contract record

# ---------------------------------------------------------------- threshold patterns (policy §3 and §4)
ZD = "零〇一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾"
PCT = r"\s*(%|％|per ?cent|percent)"
TH = [
    ("availability 99.9", r"(?<![\d.])99\.90*(?!\d)"),
    ("availability 99.9 zh", r"百分之九十九点九(?![" + ZD + r"\d])"),
    ("availability 99.9 en", r"(?<![\w-])ninety[\s-]*nine point nine(?![\w-])"),
    ("response 4 h", r"(?<![\d.])4(\.0+)?\s*(个)?\s*(小时|hours?\b|hrs?\b|h\b)"),
    ("response 4 h zh", r"(?<![" + ZD + r"])[四肆]\s*个?\s*(小时|钟头)"),
    ("response 4 h en", r"(?<![\w-])four[\s-]*(\(4\)\s*)?(business |working |clock )?hours?\b"),
    ("response 240 min", r"(?<![\d.])240\s*(分钟|minutes?)"),
    ("prepayment 30", r"(?<![\d.])30(\.0+)?" + PCT),
    ("prepayment 30 zh", r"百分之三十(?![" + ZD + r"点])|(?<![" + ZD + r"])三成"),
    ("prepayment 30 en", r"(?<![\w-])thirty[\s-]*(\(30\)\s*)?(per ?cent|percent)"),
    ("LD 0.05/day", r"(?<![\d.])0?\.050*" + PCT),
    ("LD 0.35/week", r"(?<![\d.])0?\.350*" + PCT),
    ("LD 0.05 zh", r"万分之[五伍](?![" + ZD + r"点])|千分之零点五|(?<![\d.])0\.5\s*‰"),
    ("cap 100", r"(?<![\d.])100(\.0+)?" + PCT),
    ("cap 100 zh", r"百分之[一壹]?百(?![" + ZD + r"点])"),
    ("cap 100 en", r"(?<![\w-])(one |a )?hundred[\s-]*(\(100\)\s*)?(per ?cent|percent)"),
    ("warranty 12 months", r"(?<![\d.年])12\s*-?\s*(个)?\s*(months?\b|月)(?!\s*\d{1,2}\s*日)"),
    ("warranty 12 months zh", r"(?<![" + ZD + r"])[十拾][二贰]\s*个?\s*月"),
    ("warranty one year zh", r"(?<![第每统" + ZD + r"])[一壹]\s*(个)?\s*年(?![级度])|(?<![\d.])1\s*年(?![级度])"),
    ("warranty 12 months en", r"(?<![\w-])twelve[\s-]*(\(12\)\s*)?-?months?\b"),
    ("warranty one year en", r"(?<![\w-])(one|1)[\s-]*(\(1\)\s*)?-?years?\b"),
    ("post-warranty fee 15", r"(?<![\d.])15(\.0+)?" + PCT),
    ("post-warranty fee 15 zh", r"百分之十[五伍](?![" + ZD + r"点])"),
    ("post-warranty fee 15 en", r"(?<![\w-])fifteen[\s-]*(\(15\)\s*)?(per ?cent|percent)"),
    ("TCO share 40", r"(?<![\d.])40(\.0+)?" + PCT),
    ("TCO share 40 zh", r"百分之四十(?![" + ZD + r"点])|(?<![" + ZD + r"])四成"),
    ("TCO share 40 en", r"(?<![\w-])forty[\s-]*(\(40\)\s*)?(per ?cent|percent)"),
    ("horizon 5 years", r"(?<![\d.])5\s*-?\s*(个)?\s*(years?\b|年)|(?<![\d.])60\s*-?\s*(个)?\s*(months?\b|月)"),
    ("horizon 5 years zh", r"(?<![第" + ZD + r"])[五伍]\s*个?\s*年|(?<![" + ZD + r"])六十\s*个?\s*月"),
    ("horizon 5 years en", r"(?<![\w-])(five|sixty)[\s-]*(\(\d+\)\s*)?-?(years?|months?)\b"),
]
TH = [(n, re.compile(p, re.I)) for n, p in TH]

MUST_HIT = ["99.9%", "99.90 %", "百分之九十九点九", "ninety-nine point nine", "4小时", "4 个小时", "四小时", "肆小时",
            "four hours", "four (4) hours", "4 hours", "4h", "240分钟", "30%", "30％", "百分之三十", "三成",
            "thirty per cent", "0.05%", ".05 %", "0.35%", "万分之五", "0.5‰", "100%", "百分之百", "百分之一百",
            "one hundred per cent", "12个月", "12 months", "12-month", "十二个月", "一年", "1年", "one year",
            "one-year", "1 year", "twelve months", "15%", "15 per cent", "百分之十五", "fifteen percent", "40%",
            "百分之四十", "四成", "forty per cent", "5 years", "5年", "五年", "60 months", "六十个月", "five years",
            "five-year", "sixty months"]
MUST_MISS = ["99.95%", "99.5%", "百分之九十九点九五", "24小时", "二十四小时", "twenty-four hours", "14 hours", "0.4 hours",
             "130%", "0.3%", "万分之五十", "万分之八", "第一年", "每一年", "统一年度", "一年级", "2025年12月1日",
             "2026年", "18个月", "二十四个月", "0.055%", "150%", "百分之一百五十", "115%", "40.5%", "15.5%",
             "twenty-four months", "eighteen months", "2 years", "25年", "十五年", "百分之三十五", "第五年",
             "Severity 4", "one of", "someone yearly"]


def scan(text):
    return [(n, m.group(0)) for n, rx in TH for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert scan(s), ("pattern misses", s)
    for s in MUST_MISS:
        assert not scan(s), ("pattern over-matches", s, scan(s))


# ---------------------------------------------------------------- policy §3/§4 re-applied to a label
THRESH = dict(availability=99.9, response=4, ld=0.05, cap=100, prepay=30, warranty=12, fee=15, share=40, horizon=5)


def tco(p):
    """p['tco'] = (contract value, fee base, fee per year, warranty months) -> (TCO, post-warranty fees, share %)."""
    value, base, fee, wm = p["tco"]
    years = max(0.0, THRESH["horizon"] - wm / 12)
    fees = fee * years
    return value + fees, fees, fees / (value + fees) * 100


def apply_rules(t, x, p):
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < THRESH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > THRESH["response"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < THRESH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < THRESH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > THRESH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < THRESH["warranty"]:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if not x["post_warranty_fee_capped"] or f is None or f > THRESH["fee"]:
            r.add("CR-POST-WARRANTY-FEE")
        if p.get("tco") and tco(p)[2] > THRESH["share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or p.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rule_ids):
    sev = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
           "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
    levels = [sev.get(r, "medium") for r in rule_ids]
    return "high" if "high" in levels else ("medium" if "medium" in levels else "low")


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def add(key, name, fmt, lang, category, src, terms, extra, plan, expected, risk_level):
    assert list(terms) == TERM_KEYS, key
    C[key] = dict(name=name, fmt=fmt, lang=lang, category=category, src=src, terms=terms, extra=extra, plan=plan,
                  expected=sorted(expected), risk=risk_level)

# ================================================================ h287z01 自然资源厅 地质灾害监测预警平台 (docx, compliant)
H287Z01 = """T:地质灾害监测预警平台建设项目政府采购合同
P:合同编号：XZR-DZ-2025-017　　采购方式：公开招标　　招标编号：XZCG2025-0342
P:采购人（甲方）：湘中省自然资源厅
P:供应商（乙方）：衡岳地信科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就地质灾害监测预警平台建设项目达成如下条款，共同遵守。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方负责提供并部署地质灾害监测预警平台软件，供应并安装全省重点隐患点的GNSS位移监测站、雨量计和裂缝计，完成省、市、县三级预警模型与信息推送的定制开发、系统集成及培训。
P:1.2 项目交付地点为甲方指定的省级数据中心及各监测点位，设备清单与点位表见投标文件附件。
P:1.3 平台须支持不少于三千个监测点位的实时接入，数据刷新周期不超过1分钟，并能与甲方现有地理信息公共服务平台、应急管理部门预警系统及气象部门降雨预报数据对接。
P:1.4 乙方应派驻项目经理一名及技术负责人一名全程驻场，人员变更须经甲方书面同意。甲方负责提供数据中心机房、网络接入、电力条件及监测点位现场协调，并指定联系人配合乙方工作。
P:1.5 培训对象为省、市、县三级业务人员，不少于三期，每期不少于两日，培训教材由乙方编制并交甲方留存。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰陆拾万零叁仟元整（¥3,603,000），为固定总价，含税费、运输、安装、调试、培训及质保期内全部服务费用，分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|监测预警平台软件许可（永久，省级部署）|1套|1,380,000|1,380,000
TB:2|GNSS位移监测站|30套|26,500|795,000
TB:3|雨量计|60台|4,800|288,000
TB:4|裂缝计|80台|3,650|292,000
TB:5|软硬件小计|—|—|2,755,000
TB:6|预警模型及三级推送定制开发|1项|596,000|596,000
TB:7|系统集成与部署|1项|214,000|214,000
TB:8|培训|1项|38,000|38,000
TB:9|合同总价|—|—|3,603,000
H:第三条 付款方式
P:3.1 合同生效后十五个工作日内，甲方支付合同总价的25%作为预付款，即¥900,750；乙方应同时提交等额银行保函。
P:3.2 全部设备到货安装、平台部署完成并通过初步验收后，甲方支付合同总价的42%，即¥1,513,260。
P:3.3 项目最终验收合格后，甲方支付合同总价的33%，即¥1,188,990。
P:3.4 乙方每次请款前开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。因乙方原因导致付款条件未成就的，甲方有权顺延付款而不承担违约责任。
H:第四条 交付期限
P:乙方应在合同生效后一百二十日内完成全部设备安装和平台部署，并在一百八十日内具备最终验收条件。乙方应优先完成汛期前重点隐患点的设备安装，具体点位顺序由甲方根据年度地质灾害防治方案确定。因甲方原因或极端天气导致无法进场的，交付期限相应顺延，双方应书面确认顺延天数。
H:第五条 验收
P:5.1 初步验收：设备数量、型号与投标文件一致；各监测站数据接入平台且连续七日在线率不低于98%；平台功能逐项符合招标文件技术要求。
P:5.2 最终验收：系统试运行满九十日；预警模型经不少于三次汛期模拟演练，预警信息在5分钟内推送至省、市、县三级责任人；通过第三方安全测评；文档及源代码移交完毕。甲方组织专家按上述标准出具书面验收报告。
P:5.3 设备到货、平台上线试运行或甲方支付任何款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并申请复验，复验费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供软硬件维修、更换、升级及技术支持。
P:6.2 质保期满后如甲方需要，乙方提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过¥220,400），前两个维保年度价格不上调。维保合同另行签订，不自动续期。
P:6.3 质保期内乙方每季度对全部监测站开展一次远程巡检，每半年进行一次现场巡检，并提交巡检报告；设备因雷击、暴雨等自然原因损坏的，乙方亦应在七日内完成修复或更换。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%。
P:7.2 一级故障（平台整体中断或预警无法发布）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复每超时一小时，扣减履约保证金¥1,000；月可用率每低于约定值0.01个百分点，扣减¥1,500。
P:7.4 汛期内乙方应安排专人全天值守，遇强降雨预警时提前做好设备和平台保障。
H:第八条 数据安全
P:8.1 平台所有监测数据、隐患点信息及预警记录均属甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按等级保护第三级要求落实访问控制、加密传输和操作审计；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:8.4 乙方人员应签署数据安全承诺书；合同终止或履行完毕时，乙方应删除其持有的全部甲方数据并出具书面确认。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、监测点位及地理信息承担保密义务，保密期限不因合同终止而解除。
H:第十条 知识产权
P:10.1 定制开发的预警模型、接口程序、源代码及文档的知识产权归甲方所有，甲方可自由使用、修改和授权他人使用。
P:10.2 平台软件著作权仍归乙方，甲方享有永久使用许可。乙方保证所供软件和设备不侵犯第三方权利。
P:10.3 乙方应在最终验收前向甲方交付全部定制开发源代码、编译环境说明及部署文档。
H:第十一条 分包
P:乙方不得转包。监测点土建基础施工如需分包，须事先取得甲方书面同意，乙方对分包工作承担连带责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:12.2 设备或软件不符合约定的，乙方应免费更换或修复，并赔偿甲方由此遭受的损失。
P:12.3 乙方提供的设备为非原厂正品或翻新品的，甲方有权退货，乙方应按该设备价款的两倍赔偿。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。合同解除后，乙方应在三十日内退还已收取的相应款项。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。
H:第十五条 履约保证金
P:乙方应在合同签订前提交合同总价5%的履约保证金（¥180,150），最终验收合格后无息退还；本合同约定的扣减款项可从履约保证金中直接扣除，不足部分由乙方补足。
H:第十六条 不可抗力
P:因地震、洪水、滑坡等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生的除外。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：湘中省自然资源厅　　代表：__________　　日期：__________
P:乙方（盖章）：衡岳地信科技股份有限公司　　代表：__________　　日期：__________
"""
add("h287z01", "h287z01_natural_resources_geohazard_warning_platform.docx", "docx", "zh", "software", H287Z01,
    dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
         prepayment_pct=25, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
         post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=3603000),
    dict(items=[1380000, 795000, 288000, 292000, 596000, 214000, 38000], subtotals=[(2755000, [1380000, 795000, 288000, 292000])],
         unit=[(30, 26500, 795000), (60, 4800, 288000), (80, 3650, 292000)],
         pay=[(25, 900750), (42, 1513260), (33, 1188990)], tco=(3603000, 2755000, 2755000 * 8 / 100, 36),
         fee_amount=220400,
         figs=["99.95%", "30分钟", "万分之八", "25%", "三十六个月", "8%", "¥220,400", "¥3,603,000", "¥1,000", "中华人民共和国法律"]),
    [], "low")

# ================================================================ h287z02 轮胎厂 硫化机控制系统 + 维保 (txt)
H287Z02 = """硫化机控制系统改造及维保合同

合同编号：QLT-SB-2025-0611
甲方（买方）：齐鲁通达轮胎有限公司
地址：山东省东营市广饶县经济开发区通达路8号
乙方（卖方）：济南恒控自动化工程有限公司
地址：山东省济南市高新区工业南路316号

鉴于甲方全钢子午胎车间原有硫化机控制系统采用继电器与温控仪表组合，故障率高、工艺参数无法追溯，甲方拟对该车间四十八台双模硫化机实施控制系统改造，乙方具备相应的设计、供货、安装和服务能力，双方经友好协商，订立本合同。

一、合同标的与价格
（一）乙方为甲方提供硫化机PLC控制柜、HMI触摸屏、温度压力传感器套件及硫化工艺管理软件，完成安装调试、工艺配方迁移、与甲方MES系统的接口开发及操作培训。
（二）价格明细（人民币，含税）：
1. 硫化机PLC控制柜 48台 × 38,500元 = 1,848,000元
2. HMI触摸屏 48台 × 6,200元 = 297,600元
3. 温压传感器套件 48套 × 4,150元 = 199,200元
4. 硫化工艺管理软件许可（永久） 1套 426,000元
   软硬件小计：2,770,800元
5. 安装调试 318,000元
6. 工艺配方迁移及MES接口开发 187,000元
7. 操作与维护培训 24,200元
合同总价：3,300,000元（大写：叁佰叁拾万元整）。
（三）合同总价为固定价格，含设备、软件、运输、保险、安装调试、培训及质保期内服务的全部费用。
（四）本合同附件包括技术协议、设备清单和改造进度计划，附件与本合同具有同等效力。
（五）培训对象为甲方电气维修人员和硫化工序操作人员，不少于四十人次。

二、交货与安装
（一）乙方应在合同生效后七十五日内将全部设备运抵甲方车间，并按甲方停机计划分六批完成改造，每批八台，每批改造停机时间不超过七十二小时。
（二）改造期间乙方须遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。乙方应为现场作业人员办理工伤保险和意外伤害保险，现场安全事故由乙方负责。
（三）乙方应在每批改造前五日提交施工方案，经甲方设备部批准后实施；改造前须备份原控制系统，改造失败时须在八小时内恢复原有控制，保证甲方生产不受影响。
（四）乙方提供的PLC、触摸屏及传感器均应为原厂全新正品，品牌和型号与技术协议一致，并随货提供合格证、说明书和出厂检测报告。

三、付款
（一）合同生效后十日内，甲方支付合同总价的20%，计660,000元，作为预付款。
（二）全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的35%，计1,155,000元。到货签收仅为数量确认，不代表质量验收。
（三）全部硫化机改造完成并通过最终验收后，甲方支付合同总价的38%，计1,254,000元。
（四）剩余7%，计231,000元，作为质量保证金，质保期满且无未决质量问题后支付。
（五）乙方每次收款前应开具增值税专用发票。甲方付款时有权扣除乙方应付的违约金。

四、验收
（一）单机验收：每台硫化机改造后连续硫化不少于两百模，温度控制偏差不超过±1℃，压力控制偏差不超过±0.02MPa，开合模动作及联锁保护全部正常。
（二）最终验收：四十八台全部通过单机验收；工艺配方全部迁移并经甲方工艺部门核对无误；MES接口连续三十日数据无丢失；甲方按上述标准签署最终验收报告，报告由甲方设备部、工艺部和质量部共同签字。
（三）试生产或甲方使用设备，不视为验收合格。
（四）单机验收不合格的，乙方应在七日内整改并重新验收，由此延误的时间计入逾期。

五、质量保证
（一）质保期为十八个月，自最终验收之日起计算。质保期内乙方免费维修、更换故障部件并提供软件升级。
（二）一级故障（硫化机停机或温压失控）乙方应在30分钟内响应，2小时内到达现场；二级故障8小时内到场处理。
（三）响应或到场每超时一小时，乙方向甲方支付800元违约金。
（四）质保期内同一部件累计故障三次以上的，乙方应更换为全新部件，该部件质保期重新计算。乙方应在甲方厂区常备PLC CPU模块、电源模块和触摸屏各两套。
（五）质保期满前一个月，双方共同对全部设备进行全面检查，发现的问题由乙方按质保责任解决。

六、质保期满后的维保服务
（一）质保期满后，乙方继续提供维保服务，内容包括两名驻场工程师、定期巡检、备品备件更换及软件维护。
（二）年度维保服务费为人民币柒拾贰万元（720,000元/年），按季度支付；首个维保服务期为三年，期间费用不作调整。
（三）维保服务期满后如需继续，由双方另行书面确认，不自动续期。
（四）维保服务期内，驻场工程师实行两班制，确保生产时段有人值守；乙方每月提交维保报告，列明故障处理、备件消耗和巡检结果。一级故障的响应、到场时限及超时违约金与质保期相同。

七、数据与网络安全
（一）硫化工艺配方、生产及质量数据均属甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
（二）乙方远程维护须事先经甲方审批，通过甲方指定的工控安全网关进行，并留存操作日志。
（三）发生数据泄露、篡改或因乙方原因导致控制系统遭受攻击的，乙方应在2小时内报告甲方，采取补救措施并赔偿甲方全部损失。
（四）乙方交付的软件及更新包应经病毒查杀，不得预留后门或未经授权的远程控制功能。

八、保密
双方对因本合同知悉的对方技术信息和经营信息负有保密义务，未经对方书面许可不得向第三方披露，合同终止后三年内仍然有效。乙方人员离场时应交回甲方发放的图纸、资料和门禁卡。

九、知识产权
（一）乙方为本项目开发的配方迁移程序、MES接口程序及其源代码归甲方所有，甲方可自由修改和使用。
（二）PLC标准功能块的著作权归乙方，甲方享有永久、免费的使用权。
（三）乙方保证所供软件和设备不侵犯第三方知识产权，否则由乙方承担全部责任。

十、安装分包
乙方可将现场电气接线、桥架敷设工作交由其合作的安装单位完成，但应在进场前书面告知甲方安装单位名称和人员名单，乙方对其工作质量和安全承担全部责任。

十一、违约责任
（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）乙方提供的设备或软件存在质量缺陷，导致甲方轮胎批量报废的，乙方应赔偿甲方的直接损失。

十二、合同解除
乙方严重违约且在甲方书面通知后十五日内未予纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。合同解除后，乙方应配合甲方恢复原控制系统或将已改造设备移交甲方继续使用。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，不涉及争议部分的条款双方应继续履行。

十四、不可抗力
因不可抗力不能履行合同的，根据不可抗力的影响部分或全部免除责任，受影响方应在三日内通知对方并在十五日内提供证明。

十五、其他
本合同一式四份，双方各执两份，经双方法定代表人或授权代表签字并加盖公章后生效。

甲方：齐鲁通达轮胎有限公司（盖章）        乙方：济南恒控自动化工程有限公司（盖章）
授权代表：__________                      授权代表：__________
日期：____年__月__日                      日期：____年__月__日
"""
add("h287z02", "h287z02_tyre_plant_curing_press_control_with_maintenance.txt", "txt", "zh", "hardware", H287Z02,
    dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
         prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
         post_warranty_fee_pct=720000 / 2770800 * 100, auto_renewal_price_increase=False,
         termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
         contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=3300000),
    dict(items=[1848000, 297600, 199200, 426000, 318000, 187000, 24200],
         subtotals=[(2770800, [1848000, 297600, 199200, 426000])],
         unit=[(48, 38500, 1848000), (48, 6200, 297600), (48, 4150, 199200)],
         pay=[(20, 660000), (35, 1155000), (38, 1254000), (7, 231000)], tco=(3300000, 2770800, 720000, 18),
         figs=["30分钟", "千分之一", "20%", "十八个月", "720,000元/年", "2,770,800元", "3,300,000元", "书面告知甲方",
               "800元", "中华人民共和国法律"]),
    ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], "high")

# ================================================================ h287z03 舞蹈培训连锁 课程与会员 SaaS + 实施 (md)
H287Z03 = """# 舞蹈培训门店管理云服务及实施协议

**协议编号**：YW-SaaS-2025-0088

**甲方（客户）**：云舞艺术培训连锁管理有限公司（下辖二十所舞蹈学校）

**乙方（服务商）**：排课宝网络科技（杭州）有限公司

甲方拟将各校排课、约课、会员卡、收费及家校沟通统一到一个云平台；乙方运营“排课宝”课程与会员管理SaaS平台。甲方目前各校分别使用三种不同的收银和排课软件，会员卡无法跨校通用，经营数据无法汇总；甲方希望在新学期开课前完成切换，以减少对招生和续费的影响。双方订立本协议如下。

## 1. 服务内容

1.1 乙方向甲方二十所学校开通“排课宝”旗舰版订阅服务，包括课程排期、学员约课与签到、会员卡及课时包、线上收费与对账、家长端小程序、经营报表。

1.2 乙方提供一次性实施服务：旧系统学员与会员卡数据迁移、二十校组织架构与课程体系配置、小程序页面定制、收费渠道对接、对账规则配置及店长培训。

1.3 平台功能包括：课程与教室排期、教师课时统计、学员请假与补课、课时包到期提醒、储值卡与次卡管理、团购核销、家长端作业点评和成长档案、各校及区域经营报表。

1.4 订阅服务包含平台功能的持续更新、每校每月两千条短信通知额度、标准接口及在线客服支持。

1.5 甲方新开设学校的，可按本协议单价增开，服务期与本协议订阅期同时届满，费用按剩余月数折算。

## 2. 服务期限与续订

2.1 订阅期为二十四个月，自平台上线验收通过之日起计算。

2.2 订阅期届满前三十日内任何一方未书面提出不续订的，本协议自动续订二十四个月；续订时乙方有权按其届时公布的标准价格调整订阅费，上调幅度不超过上一期订阅费的8%。

2.3 续订期内除订阅费外，本协议其余条款继续适用。订阅期内甲方减少学校数量的，订阅费不予调减。

## 3. 费用与支付

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 旗舰版订阅费 | 20校 × 11,600元/校/年 × 2年 | 464,000 |
| 实施服务费 | 一次性 | 78,000 |
| 合计 |  | 542,000 |

3.1 订阅费按季度结算，每季度末乙方开具发票，甲方于收票后十五日内支付当季费用58,000元。

3.2 实施服务费在上线验收通过后十五日内一次性支付。

3.3 甲方无须预付任何费用。订阅期内乙方不得上调订阅费单价。所有费用均含增值税，乙方开具增值税专用发票。

3.4 甲方逾期付款超过三十日的，乙方可书面催告；催告后十五日内仍未支付的，乙方可暂停新增功能，但不得停止已开通学校的约课和收费服务。

## 4. 实施与验收

4.1 乙方应在协议签订后四十五日内完成实施。实施每逾期一日，乙方按每日500元向甲方支付违约金。

4.2 上线验收标准：旧系统学员、会员卡余额及剩余课时逐条核对一致；二十校全部开通并完成店长培训；线上收费与银行流水连续十日对账无差异；小程序约课高峰期页面响应不超过3秒。

4.3 甲方按上述标准书面确认验收；开通账号或试用平台不视为验收。

4.4 实施期间乙方指派专职项目经理，每周提交进度报告；数据迁移须在闭店后进行，不得影响学校正常上课。

4.5 验收不合格的，乙方应在十日内完成整改并重新提交验收，整改期间计入逾期。

4.6 实施服务费包含两次集中现场培训；甲方要求增加的，按每人每日2,500元另行计费。

## 5. 服务水平

5.1 乙方保证平台月度可用率不低于99.5%，计划维护须提前三日通知并安排在夜间进行。

5.2 一级故障（平台整体不可用，或无法约课、收费）乙方应在15分钟内响应，2小时内恢复；二级故障1小时内响应，当日解决；三级问题两个工作日内解决。

5.3 月度可用率低于99.5%但不低于99%的，按当月订阅费的5%抵扣；低于99%的，按10%抵扣。

5.4 乙方提供每日9:00至22:00的在线客服和电话支持，覆盖各校营业时间，周末及节假日正常值班。

5.5 乙方每月向甲方提交服务报告，列明可用率、故障记录、处理时长和抵扣金额。

5.6 平台重大版本更新须提前七日通知甲方并提供更新说明；更新导致功能异常的，按一级故障处理。

## 6. 数据归属与使用

6.1 甲方学员、家长、会员及交易数据归甲方所有。

6.2 甲方同意，乙方可在去标识化处理后，将甲方业务数据用于行业经营分析报告、产品改进及推荐模型训练，该使用权在协议终止后继续有效。

6.3 甲方可随时通过平台导出其全部数据，乙方不得拒绝或收取额外费用。

6.4 乙方不得利用甲方数据向甲方学员或家长推送第三方广告。

## 7. 数据安全

7.1 乙方应按网络安全等级保护第三级要求运营平台，对学员个人信息加密存储，实行最小权限访问，保留操作日志。

7.2 平台数据存储于中国境内。发生数据泄露等安全事件的，乙方应在24小时内通知甲方，并承担因此给甲方造成的损失。

7.3 乙方应每日备份平台数据，备份保留不少于三十日，并定期开展渗透测试，将结果摘要提供给甲方。

7.4 乙方应配合甲方完成个人信息保护合规评估；处理未成年学员信息须以取得监护人同意为前提。

7.5 乙方应指定数据安全负责人，并在签约时将其联系方式告知甲方。

## 8. 保密

双方对在合作中获知的对方商业信息负保密义务，未经对方书面同意不得披露，本条在协议终止后三年内有效。乙方员工因工作知悉的学员和家长信息，同样适用本条。

## 9. 知识产权

9.1 平台软件及其更新的知识产权归乙方。

9.2 乙方为甲方定制的课程体系配置、报表模板和小程序页面，知识产权归甲方，甲方可自由使用和修改。

9.3 乙方保证平台不侵犯他人知识产权；因此引发纠纷的，由乙方负责处理并承担费用。

9.4 甲方提供的课程名称、商标和教学素材，知识产权仍归甲方，乙方仅为提供服务而使用。

## 10. 责任与分包

10.1 乙方在本协议项下的累计赔偿责任，以本协议合计金额的两倍为限，但数据泄露造成的损失不受此限。

10.2 未经甲方书面同意，乙方不得将实施或运维工作分包给第三方。

10.3 平台所用云计算基础设施由阿里云提供，已由甲方在签约前书面确认；更换云服务商须事先取得甲方书面同意。

10.4 因乙方过错导致学员或家长投诉、索赔的，乙方应协助处理并承担相应费用。

## 11. 终止

任何一方严重违约，经对方书面通知后二十日内未纠正的，对方有权书面通知解除本协议。协议终止后三十日内，乙方应按甲方要求以Excel或CSV格式导出并移交全部数据，附字段说明，随后予以删除。因乙方原因解除协议的，乙方应退还甲方已支付但尚未使用期间的订阅费。协议终止不影响双方在终止前已产生的权利义务。

## 12. 法律适用与争议

本协议适用中华人民共和国法律。争议提交杭州仲裁委员会仲裁。

## 13. 不可抗力

因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失；不可抗力持续超过三十日的，甲方可解除协议。

## 14. 通知与其他

双方指定项目联系人负责日常沟通，书面通知以电子邮件或快递送达本协议载明的地址时生效。协议的任何修改须以书面形式作出并经双方盖章。本协议一式两份，双方各执一份，自双方盖章之日起生效。附件：服务功能清单、实施计划、上线验收表。

甲方（盖章）：云舞艺术培训连锁管理有限公司　　　乙方（盖章）：排课宝网络科技（杭州）有限公司

授权代表：__________　　　　　　　　　　　　　授权代表：__________
"""
add("h287z03", "h287z03_dance_school_chain_membership_saas.md", "md", "zh", "cloud", H287Z03,
    dict(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=500 / 542000 * 100, liability_cap_pct=200,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=542000),
    dict(items=[464000, 78000], unit=[(20 * 2, 11600, 464000)], quarter=(58000, 464000 / 8),
         figs=["99.5%", "15分钟", "500元", "两倍", "542,000", "去标识化", "自动续订", "8%", "中华人民共和国法律"]),
    ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium")

# ================================================================ h287z04 公交集团 智能调度系统 年度运维 (pdf)
H287Z04 = """T:智能公交调度系统运维服务合同
P:合同编号：JCBUS-YW-2025-009
P:采购方式：竞争性谈判
P:甲方：江城公交集团有限公司（国有独资）
P:乙方：楚联智行信息技术有限公司
P:该系统于二〇二一年建成投运，承担全市二百一十条公交线路的智能调度任务。甲方通过竞争性谈判选定乙方承担智能公交调度系统2025—2026年度运维服务。依据谈判文件、乙方响应文件及成交通知书，双方协商一致，订立本合同。
H:第一条 服务范围
P:1.1 运维对象：甲方智能调度中心平台（调度排班、车辆定位、客流统计、电子站牌发布四个子系统）、十二个场站调度终端及全集团一千八百余台车载智能终端。
P:1.2 服务内容：驻场运维、应用软件维护与版本升级、车载终端故障维修及备件更换、月度巡检、季度应急演练及运维报告。
P:1.3 服务器、网络设备和数据库由甲方另行采购维保，乙方负责日常监控、告警处置和协调原厂维修。
P:1.4 车载终端维修包括车载主机、定位模块、摄像头、客流计数器和报站器，乙方备件库存应满足两周用量。
P:1.6 乙方须在服务期开始时对全部设备进行盘点，建立设备台账，并每季度更新。
P:1.5 乙方每半年对调度平台进行一次功能优化升级，升级方案须经甲方审批并在夜间停运时段实施；乙方应于每月五日前提交上月运维报告，内容包括运行情况、故障统计、巡检结果和改进建议。
H:第二条 服务期限
P:服务期自2025年3月1日起至2026年2月28日止。期满后甲方将依法重新组织采购，本合同不自动续期。服务期开始前十日内，乙方应完成与原服务商的交接并书面确认系统现状。
H:第三条 服务费用
P:3.1 本合同服务费总额为人民币壹佰贰拾叁万陆仟元整（¥1,236,000），构成如下：驻场运维（三人）¥612,000；软件维护与版本升级¥298,000；车载终端维修及备件¥214,000；巡检与应急演练¥112,000。
P:3.2 服务费按季度支付，每季度¥309,000。甲方在季度考核结束、收到乙方发票后二十个工作日内支付，不预付。服务期内如甲方新增线路或车辆导致运维工作量增加超过两成的，双方可协商调整服务费。服务费已包含乙方人员工资、社保、差旅、备件、工具及税费，甲方不再支付其他费用。乙方请款时应开具增值税专用发票并附季度考核单。
P:3.3 季度考核得分低于85分的，按每低1分扣减当季服务费的0.5%。
H:第四条 服务水平
P:4.1 调度平台月可用率不低于99.95%。
P:4.2 故障分级及时限：一级故障（全线调度中断、车辆定位大面积丢失）15分钟内响应，1小时内恢复；二级故障（单一子系统或单个场站异常）30分钟内响应，6小时内恢复；三级故障当日处理。
P:4.3 一级故障恢复每超时半小时，扣减当季服务费¥2,000；月可用率每低于约定值0.01个百分点，扣减¥1,500。
P:4.4 乙方每日早高峰前完成系统巡视，发现问题立即报告甲方调度中心。
P:4.5 重大节假日、大型活动及恶劣天气期间，乙方应增派人员现场保障，费用已包含在服务费中。
P:4.6 乙方应建立故障工单台账，每项故障从报告、响应、处理到关闭全程记录，甲方可随时查阅。
P:4.7 乙方每季度组织调度系统应急演练，场景包括平台宕机切换、网络中断及车载终端批量离线，演练方案和总结报告报甲方备案。电子站牌信息发布错误的，乙方应在20分钟内纠正。
P:4.8 乙方应为调度中心提供7×24小时电话支持，接到报障后立即登记工单；发现系统存在安全漏洞或重大隐患的，应在当日书面报告甲方并提出整改建议。
H:第五条 人员要求
P:乙方驻场人员不少于三人，其中项目经理须具备五个以上同类项目经验，人员更换须提前十日书面通知甲方并经甲方认可。驻场人员须为乙方正式员工，工作时间为每日5:30至22:30，实行轮班，遵守甲方考勤及安全管理规定。乙方项目经理每月参加甲方运维例会。乙方人员在甲方场所发生的人身伤害，由乙方负责处理，甲方不承担责任。
H:第六条 考核与验收
P:6.1 每季度末，甲方按运维考核细则对故障响应及时率、恢复时限、巡检完成率、报告质量进行评分，并出具季度考核单。
P:6.2 服务期满，甲方依据四个季度考核结果、版本升级完成情况、备件台账及文档移交进行年度验收，出具书面验收意见。
P:6.3 年度验收不合格的，乙方应在三十日内整改，整改期间继续提供服务且不另收费。季度考核单和年度验收意见作为支付服务费的依据。乙方对考核结果有异议的，双方应在五个工作日内复核确认。
H:第七条 数据安全
P:7.1 调度、车辆轨迹、客流及乘客刷卡数据均属甲方所有，乙方仅可在履行本合同所需范围内访问，不得复制、留存或用于其他目的。
P:7.2 乙方应遵守甲方网络安全管理制度，运维操作通过甲方堡垒机进行并全程审计，禁止使用个人存储介质。
P:7.3 发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方，配合调查处置，并承担因其过错造成的全部损失及行政责任。
P:7.4 乙方应每日检查数据备份执行情况，每季度配合甲方进行数据恢复演练；不得在调度系统中安装未经甲方批准的软件或开放未经审批的网络端口。
P:7.5 乙方人员须签署数据安全承诺书，离岗时交回全部账号和门禁权限。服务期满或合同终止时，乙方应删除其持有的甲方数据并书面确认。
H:第八条 成果归属
P:乙方在服务期内编写的运维脚本、配置文档、知识库及报表模板归甲方所有，服务期满时完整移交，并同时提交系统运维手册和设备台账。乙方自有工具软件的知识产权仍归乙方。
H:第九条 分包
P:乙方不得将本合同服务转包或分包。经甲方书面同意由原厂提供的技术支持，不视为分包，乙方仍对服务结果负责。
H:第十条 违约责任
P:10.1 乙方未按约定期限完成版本升级、月度巡检报告或应急演练的，每逾期一日按合同总额的千分之一支付违约金。
P:10.2 因乙方运维不当造成甲方运营中断或设备损坏的，乙方应赔偿甲方实际损失。
P:10.4 驻场人员数量不足或擅自离岗的，每人每日扣减服务费¥800。本条违约金和扣款可从应付服务费中直接扣除；违约金不足以弥补甲方损失的，乙方应继续赔偿。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十一条 合同的履行与解除
P:本合同生效后双方均不得单方解除。乙方违约的，甲方可要求乙方继续履行、限期整改、扣减服务费并支付违约金，但不得以此为由解除合同；因不可抗力致使合同目的无法实现的除外。
H:第十二条 不可抗力与交接
P:12.1 因地震、洪水等不可抗力影响服务的，受影响方应及时通知对方，双方协商采取替代措施，相应免除责任。
P:12.2 服务期满前一个月，乙方应配合甲方或甲方新选定的服务商完成工作交接，交接期内乙方继续提供服务。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，向甲方住所地人民法院起诉。争议解决期间，乙方不得停止运维服务。
H:第十四条 附则
P:本合同附件包括谈判文件、响应文件、运维服务范围及设备清单、运维考核细则、故障分级标准和驻场人员名单。本合同的任何变更须经双方书面签署。本合同一式四份，甲乙双方各执二份，自双方签章之日起生效。
P:甲方（盖章）：江城公交集团有限公司　　乙方（盖章）：楚联智行信息技术有限公司
P:代表签字：__________　　代表签字：__________
"""
add("h287z04", "h287z04_city_bus_group_dispatch_system_annual_om.pdf", "pdf", "zh", "services", H287Z04,
    dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1236000),
    dict(items=[612000, 298000, 214000, 112000], quarter=(309000, 1236000 / 4),
         figs=["99.95%", "15分钟", "千分之一", "¥1,236,000", "¥309,000", "不得以此为由解除合同", "¥2,000", "中华人民共和国法律"]),
    ["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium")

# ================================================================ h287z05 黄酒酿造 QMS 许可 + 定制开发, 乙方范本 (md)
H287Z05 = """# 软件许可及技术服务合同

> 本文本为“质衡软件标准合同范本 V4.0”，条款经乙方法务部门审定。

- 合同编号：ZH-QMS-2025-215
- 甲方（被许可方）：会稽山阴黄酒酿造股份有限公司
- 乙方（许可方）：杭州质衡软件技术有限公司

甲方现有质量记录以纸质台账和电子表格为主，批次追溯依赖人工查询。甲方因黄酒酿造质量管理需要，向乙方采购“质衡QMS质量管理系统”软件许可及相关定制开发、实施服务。双方依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予质衡QMS标准版软件的永久使用许可（二百个并发用户），部署于甲方自有服务器。软件许可证书由乙方在首期款到账后出具，许可范围以证书载明为准。如甲方需增加用户数，按每个并发用户2,800元另行购买。

1.2 乙方按甲方需求进行定制开发：麦曲及酒药批次追溯、前酵后酵发酵过程质量监控、成品酒批次放行流程、与检验室气相色谱仪及酸度计等仪器的数据对接。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。培训包括管理员培训和最终用户培训各一期，每期不超过两日，地点为甲方厂区。

1.4 标准版软件包括检验计划、来料检验、过程检验、成品检验、不合格品处理、计量器具管理、供应商质量评价和质量统计分析模块。

1.5 定制开发需求以双方确认的《需求规格说明书》为准；需求确认后甲方提出的变更，乙方有权另行收费。对接的检验仪器以签约时甲方提供的清单为准，共计十四台，新增仪器另行计费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质衡QMS标准版软件许可（200用户，永久） | 560,000 |
| 2 | 定制开发 | 410,000 |
| 3 | 实施部署 | 96,000 |
| 4 | 培训 | 18,000 |
|  | 合计 | 1,084,000 |

合同总价为人民币壹佰零捌万肆仟元整（¥1,084,000）。上述价格不含服务器、操作系统、数据库及第三方中间件费用，也不含乙方人员现场服务的差旅费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥596,200。乙方收到该款项后启动开发。

3.2 系统上线运行后十日内，甲方支付合同总价的38%，即¥411,920。

3.3 系统上线运行满三个月后，甲方支付剩余7%，即¥75,880。

3.4 乙方在收款前开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知。甲方逾期支付首期款的，乙方交付期限相应顺延。

3.5 甲方已支付的款项不因任何原因退还，但乙方根本违约的除外。

## 第四条 交付与上线

4.1 乙方应在收到首期款后一百五十日内完成开发和部署，具备上线条件。

4.2 乙方完成部署并通知甲方后，系统即可上线运行。

4.3 甲方应提供服务器、操作系统、数据库及网络环境，并保证符合乙方公布的部署要求；因甲方环境不符导致的延误，乙方不承担责任。

4.4 甲方应指定项目负责人，在乙方提出需求确认、测试配合等要求后三个工作日内答复，逾期视为确认。项目按需求确认、开发完成、部署完成、上线运行四个里程碑推进，时间以《项目计划》为准。乙方交付的软件介质及文档清单以乙方发货单为准。

## 第五条 验收

系统上线运行即视为甲方验收合格。甲方在上线前提出的意见，乙方可在后续版本中予以考虑。上线前乙方可提供演示环境供甲方熟悉功能。

## 第六条 免费维护期

6.1 自系统上线之日起六个月内为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 免费维护期内，甲方报告的紧急故障，乙方在8小时内响应；一般问题在三个工作日内答复。

6.3 乙方将尽力按上述时限提供支持，但不因响应或修复时间承担任何扣款、赔偿或违约金责任。

6.4 支持方式以电话、邮件和远程连接为主，热线服务时间为工作日8:30至17:30；需现场服务的，甲方承担乙方人员差旅费用。

6.5 因甲方操作不当、擅自修改配置或第三方软硬件原因导致的故障，不属于免费维护范围。乙方可在免费维护期内通过远程方式推送补丁，甲方应予配合。

## 第七条 后续维护

免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护协议，维护费用按乙方当年度公布的服务价格标准执行。年度维护协议的服务内容和响应时限以届时签订的协议为准；甲方未签订年度维护协议的，乙方不再提供升级和技术支持。

## 第八条 知识产权

8.1 质衡QMS软件及乙方在履行本合同过程中形成的定制开发成果（包括程序、源代码、数据模型、接口及文档）的全部知识产权均归乙方所有。

8.2 甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或向第三方提供。

8.3 甲方要求乙方交付定制功能源代码的，双方另行协商源代码许可费用。甲方不得自行或委托第三方开发与本软件功能相同或相似的产品。

8.4 乙方保证所许可的软件不侵犯第三方合法权益。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、检验及质量数据归甲方所有。

9.2 乙方有权对上述数据进行脱敏处理后，用于产品优化、行业质量数据库建设及对外提供的行业分析服务。

9.3 乙方应采取访问控制、加密和备份等措施保障系统数据安全；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

9.4 甲方同意乙方将本项目作为成功案例进行宣传，并可使用甲方名称和商标。

9.5 甲方应自行负责服务器数据的日常备份；因甲方未备份导致的数据丢失，乙方不承担责任。

## 第十条 保密

双方对在合同履行中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得披露，包括但不限于软件源代码、产品设计、价格信息、生产工艺和配方。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

11.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且不承担任何间接损失、利润损失。

11.4 因不可抗力、甲方原因或第三方原因导致乙方逾期的，乙方不承担违约责任。违约金不足以弥补损失的，守约方可另行主张赔偿，但受第11.3条限制。甲方逾期付款超过三十日的，乙方有权收回软件使用许可。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权解除本合同。合同解除的，甲方应停止使用乙方软件并删除全部副本；乙方解除合同的，甲方仍应支付已完成工作的相应价款。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁，仲裁费用由败诉方承担。

## 第十四条 不可抗力

因地震、火灾、政府行为、网络攻击等不可抗力导致合同不能履行的，受影响方不承担责任。

## 第十五条 其他

本合同未尽事宜，以乙方官网公布的服务条款为补充。本合同附件包括《需求规格说明书》《项目计划》和《软件许可证书》，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。本范本条款与双方往来函件不一致的，以本范本为准。

甲方（盖章）：会稽山阴黄酒酿造股份有限公司

乙方（盖章）：杭州质衡软件技术有限公司

签订日期：____年__月__日
"""
add("h287z05", "h287z05_yellow_wine_brewery_qms_supplier_template.md", "md", "zh", "software", H287Z05,
    dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
         buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=20,
         prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
         contract_value=1084000),
    dict(items=[560000, 410000, 96000, 18000], pay=[(55, 596200), (38, 411920), (7, 75880)], tco=None,
         figs=["55%", "8小时", "万分之二", "20%", "六个月", "当年度公布的服务价格标准", "视为甲方验收合格", "脱敏",
               "全部知识产权均归乙方所有", "¥1,084,000"]),
    ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
     "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high")

# ================================================================ checks, build, read-back, labels
def check_plan(key, c):
    t, x, p = c["terms"], c["extra"], c["plan"]
    v = x["contract_value"]
    assert sum(p["items"]) == v, (key, sum(p["items"]), v)
    for total, parts in p.get("subtotals", []):
        assert sum(parts) == total, (key, total)
    for n, unit, amount in p.get("unit", []):
        assert n * unit == amount, (key, n, unit, amount)
    if "pay" in p:
        assert sum(a for _, a in p["pay"]) == v, (key, "payments")
        assert sum(s for s, _ in p["pay"]) == 100, (key, "shares")
        for share, amount in p["pay"]:
            assert v * share == amount * 100, (key, share, amount)
    if "quarter" in p:
        assert p["quarter"][0] == p["quarter"][1], (key, p["quarter"])
    if "fee_amount" in p:
        assert p["tco"][2] == p["fee_amount"], key
    got = apply_rules(t, x, p)
    assert got == c["expected"], (key, got, c["expected"])
    assert risk(got) == c["risk"], (key, risk(got), c["risk"])
    # no labelled or derived figure on a threshold
    for k, th in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                  ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                  ("post_warranty_fee_pct", 15)]:
        assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
    if t["warranty_months"] is not None:
        assert t["warranty_months"] != 60, key
    if p.get("tco"):
        assert abs(tco(p)[2] - 40) > 1e-6, key


def readback(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append("\t".join(cell.text for cell in row.cells))
        return "\n".join(lines)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)


def label(c):
    extra = dict(c["extra"])
    return {"file": c["name"], "language": c["lang"], "category": c["category"], "expected_terms": c["terms"],
            "expected_extra": extra, "expected_rules": c["expected"]}


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, c in C.items():
        check_plan(key, c)
        assert c["name"].startswith(key + "_"), key
        if c["fmt"] in ("txt", "md"):
            (OUT / c["name"]).write_text(c["src"], encoding="utf-8")
            print("wrote", c["name"])
    built = {k: c for k, c in C.items() if c["fmt"] in ("docx", "pdf")}
    write({k: c["src"] for k, c in built.items()}, {k: (c["name"], c["fmt"]) for k, c in built.items()}, OUT,
          wrap_words=True)
    problems = []
    for key, c in C.items():
        text = readback(OUT / c["name"])
        if c["lang"] == "zh":
            norm = re.sub(r"\s+", "", text)
            n_all, n_nows = len(text), len(norm)
            size = "%d chars (%d without whitespace)" % (n_all, n_nows)
            if not (2800 <= n_all <= 3300 and 2800 <= n_nows <= 3300):
                problems.append((key, "length", size))
            figs_ok = [f for f in c["plan"]["figs"] if re.sub(r"\s+", "", f) not in norm]
        else:
            norm = re.sub(r"\s+", " ", text)
            n = len(text.split())
            size = "%d words" % n
            if not (1500 <= n <= 1700):
                problems.append((key, "length", size))
            figs_ok = [f for f in c["plan"]["figs"] if f not in norm]
        if figs_ok:
            problems.append((key, "figures missing", figs_ok))
        hits = scan(text) + scan(norm)
        if hits:
            problems.append((key, "threshold", sorted(set(hits))))
        c["size"] = size
        tc = ""
        if c["plan"].get("tco"):
            total, fees, share = tco(c["plan"])
            tc = "TCO %.2f, post-warranty fees %.2f, share %.2f%%" % (total, fees, share)
        print("%-60s %-34s %s | %s | %s" % (c["name"], size, ",".join(r[3:] for r in c["expected"]) or "(none)",
                                            c["risk"], tc))
        (OUT / (c["name"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(c), ensure_ascii=False, indent=1), encoding="utf-8")
    for pr in problems:
        print("PROBLEM", pr)
    assert not problems, "%d problems" % len(problems)
    fired = sorted({r for c in C.values() for r in c["expected"]})
    print("contracts:", len(C), "| rules fired across the set:", len(fired), fired)

# ================================================================ h287e01 silk-scarf designer, print-design software licences (pdf)
H287E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TDM-CN-2025-044
P:This Agreement is made between Hangzhou Qiansi Silk Design Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 318 Fengqi Road, Gongshu District, Hangzhou, Zhejiang ("Customer"), and Tessitura Digitale Maddalena S.r.l., a company incorporated in Italy with its registered seat on the Isola Maddalena, Sardinia, Italy ("Vendor").
H:Recitals
P:(A) Customer designs printed silk scarves and shawls for its own brand and for fashion houses, and sends its artwork to several digital textile print houses in Hangzhou and Shaoxing.
P:(B) Vendor develops and licenses textile-print design software used for repeat patterns, colourways and colour separation, and has offered to license that software to Customer, to install and calibrate it, and to build a custom pattern library and print-house export presets.
P:(C) At Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means Vendor's MaddaPrint Studio design suite and its Colour Separation module, in the versions listed in Annex 1, including documentation and updates released during the Warranty Period.
P:1.2 "Custom Deliverables" means the custom repeat-pattern library, the colourway templates and the export presets for Customer's print houses developed by Vendor under Article 3.2.
P:1.3 "Final Acceptance" means the written acceptance of the whole delivery by Customer under Article 6.
P:1.4 "Customer Data" means all artwork, design files, colour profiles, pattern archives and other content created, uploaded or stored by Customer when using the Software.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of named workstations listed in Article 4 for Customer's own business, including design work for Customer's clients.
P:2.2 Customer may move a licence from one workstation to another by deactivating it on the first workstation. Customer may make backup copies of the Software for archive purposes.
P:2.3 The licence does not expire and is not affected by the end of the Warranty Period or by Customer's decision not to buy support services.
H:Article 3 Services
P:3.1 Vendor shall install the Software on Customer's workstations in Hangzhou, calibrate the colour pipeline on each calibrated monitor, and set up the network licence server.
P:3.2 Vendor shall develop the Custom Deliverables according to the specification agreed by the parties within twenty days after signature, including a library of not fewer than 600 repeat patterns from Customer's archive and export presets for three print houses named by Customer.
P:3.3 Vendor shall train Customer's designers in three sessions of two days each, held in Hangzhou, and provide training materials in Chinese and English.
P:3.4 Customer shall provide workstations and monitors meeting the requirements in Annex 1, network access, a room for training and a contact person who can take decisions on the specification. Vendor shall tell Customer in writing, without delay, of anything Customer must do that is holding up the work.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 970,000, fixed and inclusive of all taxes, travel and expenses of Vendor's staff, itemised as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:MaddaPrint Studio perpetual licence|14 seats|46,800|655,200
TB:Colour Separation module perpetual licence|6 seats|21,500|129,000
TB:Licence subtotal|||784,200
TB:Installation and colour calibration|lump sum||68,000
TB:Custom pattern library and export presets|lump sum||92,000
TB:Training|lump sum||25,800
TB:Total|||970,000
P:4.2 Customer shall pay: (a) 20% (CNY 194,000) within fifteen days after signature; (b) 45% (CNY 436,500) within fifteen days after the Installation Certificate; and (c) 35% (CNY 339,500) within fifteen days after Final Acceptance.
P:4.3 The Installation Certificate confirms only that the Software has been installed on all workstations. It is not acceptance of the Software or of the Custom Deliverables.
P:4.4 Vendor shall issue a valid invoice for each payment. Payments shall be made by bank transfer to Vendor's CNY account.
H:Article 5 Delivery and Delay
P:5.1 Vendor shall complete installation within forty-five days and make the whole delivery ready for acceptance testing within ninety days after signature.
P:5.2 If Vendor fails to meet either date for reasons attributable to it, Vendor shall pay Customer liquidated damages of CNY 700 for each day of delay. Customer may deduct such damages from any payment due. If the delay exceeds sixty days, Customer may terminate under Article 12.
H:Article 6 Acceptance
P:6.1 Acceptance tests shall show that: (a) colour reproduction on each calibrated monitor stays within a Delta E of 1.5 against Customer's reference swatches; (b) files exported with each preset are processed by the RIP of each of the three print houses without manual correction; (c) the custom library contains the agreed patterns with correct repeats and colourways; and (d) the Software runs for ten consecutive working days in production without a Severity 1 fault.
P:6.2 Customer shall issue a Final Acceptance certificate within five working days after the tests are passed, or list the defects found. Vendor shall correct the defects and repeat the tests.
P:6.3 Use of the Software in production, installation, or any payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the agreed specification for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, supply updates and provide support free of charge.
P:7.2 Severity 1 (the Software cannot be started or cannot export print files) shall be responded to within 2 hours during Customer's business hours (08:30 to 18:00 Beijing time) and worked on continuously until resolved; Severity 2 within eight business hours; Severity 3 within two business days.
P:7.3 For each full hour by which Vendor exceeds a Severity 1 response time, Vendor shall credit Customer CNY 600.
P:7.4 After the Warranty Period, Customer may order annual support at 11% of the Licence subtotal per year (CNY 86,262). This fee is fixed for the first three support years; any later change shall be agreed in writing. Support is ordered by written purchase order for each support year and is not renewed automatically.
P:7.5 While Customer has support, Vendor shall keep the Software compatible with the operating-system versions in use on Customer's workstations and with the current RIP software of the three print houses, and shall deliver new releases at no extra charge.
H:Article 8 Customer Data
P:8.1 Customer Data belongs to Customer. Vendor obtains no rights in Customer Data and shall use it only to perform this Agreement.
P:8.2 The Software runs on Customer's own workstations. Vendor may access Customer's systems only by remote sessions that Customer opens for each support case, and shall not copy Customer Data to its own systems unless Customer agrees in writing for a particular case and deletes the copy when the case is closed.
P:8.3 Vendor shall protect any Customer Data it handles with appropriate technical and organisational measures, comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, and bear the losses caused to Customer by such an incident where it results from Vendor's breach.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including Customer's unreleased designs and collections, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement, and without limit of time for unreleased designs.
H:Article 10 Intellectual Property
P:10.1 Vendor retains all intellectual property rights in the Software.
P:10.2 All intellectual property rights in the Custom Deliverables vest in Customer on creation. Customer may use, modify and license them freely, including to its print houses. Vendor shall deliver the Custom Deliverables in editable form together with their documentation.
P:10.3 Vendor shall indemnify Customer against claims that the Software or the Custom Deliverables infringe any third party's rights.
H:Article 11 Liability
P:Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to breach of Articles 8 and 9, infringement under Article 10.3, wilful misconduct or personal injury.
H:Article 12 Subcontracting and Termination
P:12.1 Vendor shall not subcontract any of its obligations without Customer's prior written consent, and remains responsible for any approved subcontractor.
P:12.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within twenty days after notice, or in the case described in Article 5.2. On termination Vendor shall refund the payments made for undelivered parts.
H:Article 13 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 14 Governing Law and Disputes
P:This Agreement is governed by the laws of Italy. Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Chamber of Arbitration of Milan, with its seat in Milan, in the English language.
H:Article 15 General
P:This Agreement is made in two originals in English. Annex 1 (Software versions and workstation list) and Annex 2 (Custom Deliverables specification) form part of it. Amendments must be in writing and signed by both parties.
P:For Customer: ____________________   For Vendor: ____________________
"""
add("h287e01", "h287e01_silk_scarf_studio_print_design_licences.pdf", "pdf", "en", "software", H287E01,
    dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=700 / 970000 * 100, liability_cap_pct=150,
         prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
         post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="Italy", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=970000),
    dict(items=[655200, 129000, 68000, 92000, 25800], subtotals=[(784200, [655200, 129000])],
         unit=[(14, 46800, 655200), (6, 21500, 129000)], pay=[(20, 194000), (45, 436500), (35, 339500)],
         tco=(970000, 784200, 784200 * 11 / 100, 18), fee_amount=86262,
         figs=["CNY 700 for each day", "150%", "eighteen (18) months", "within 2 hours", "11%", "CNY 86,262",
               "laws of Italy", "Chamber of Arbitration of Milan", "CNY 970,000", "20% (CNY 194,000)"]),
    ["CR-GOVERNING-LAW"], "low")

# ================================================================ h287e02 cycling-tour operator booking SaaS, Order Form + General Terms (md)
H287E02 = """# Pédalia Order Form No. PDL-OF-2025-0193

This Order Form is entered into between **Pédalia SAS**, a French simplified joint-stock company with its registered seat on the Île Coz Castel, Côtes-d'Armor, Brittany, France ("**Pédalia**"), and **Qinghai Huxian Velo Travel Co., Ltd.**, a company incorporated in the People's Republic of China with its office at 52 Kunlun Road, Chengxi District, Xining, Qinghai ("**Customer**"). It incorporates the Pédalia General Terms for Subscription Services set out in Part B below. If this Order Form and the General Terms conflict, this Order Form prevails.

Customer runs guided and self-guided cycling tours around Qinghai Lake, with rental bikes, support vehicles and partner guesthouses, and wants to take bookings, deposits and guest details online through one system instead of through chat groups and spreadsheets.

## Part A — Order Form

### A1. Subscribed Services

| Service | Scope | Fee (CNY) |
|---|---|---|
| Booking Engine | tour calendar, departures, seat and bike inventory, online booking and deposits | included |
| Channel Manager | connection to three online travel agencies named by Customer | included |
| Guide App | rosters, guest lists, route check-ins for guides and drivers | included |
| Subscription Fee | per Subscription Year | 168,000 |
| Subscription Fees for the Initial Term | 3 Subscription Years | 504,000 |
| Setup Services | configuration, channel mapping, payment gateway, data import, training | 46,000 |
| **Total Order Value** | | **550,000** |

At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY) and include value-added tax.

### A2. Term

The Initial Term is thirty-six (36) months starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A5. At the end of the Initial Term the subscription renews for successive terms of the same length at the same fees and on the same terms, unless either party gives notice of non-renewal at least sixty days before the end of the current term.

### A3. Invoicing and Payment

3.1 On the Order Effective Date Pédalia will invoice the Subscription Fee for the first Subscription Year together with the Setup Services fee, a total of CNY 214,000. Customer shall pay this invoice within ten days and in any case before the Subscription Start Date; Pédalia will not start the Setup Services until it is paid.

3.2 The Subscription Fee for the second and third Subscription Years (CNY 168,000 each) is invoiced at the start of each Subscription Year and payable within thirty days.

3.3 Payment is made by bank transfer to Pédalia's CNY account with its bank in Shanghai. Late payments bear interest at the Loan Prime Rate published by the National Interbank Funding Center.

### A4. Setup Services

4.1 Pédalia will configure the Booking Engine for Customer's tours (at least twenty-eight tour products and their departure calendars), map Customer's products to the three online travel agencies, connect the WeChat Pay and Alipay gateways, import the guest and booking history Customer provides, and train Customer's sales staff and guides.

4.2 Pédalia shall make the Services ready for Go-Live Acceptance within forty-five days after receiving the payment under A3.1. If it fails to do so for reasons attributable to it, Pédalia shall pay Customer CNY 400 for each day of delay, which Customer may set off against later invoices.

### A5. Go-Live Acceptance

Customer will test the Services against the acceptance checklist in Annex 1, which includes: correct availability and pricing of every tour product on the Booking Engine and on each online travel agency; successful test bookings with deposits through both payment gateways, reconciled with the gateway statements; complete and correct import of the booking history; and the Guide App working offline on the Qinghai Lake routes and synchronising when back in coverage. Customer will sign a Go-Live Acceptance certificate within five business days after the checklist is passed, or list the failures. Using the Services for live bookings before the certificate is signed is not acceptance.

### A6. Service Levels (summary; details in Part B, Section 4)

Monthly availability of the Booking Engine: 99.95%. Severity 1 response time: 1 hour, every day from 07:00 to 23:00 Beijing time during the tour season (May to October) and from 09:00 to 18:00 outside it.

### A7. Signatures

Signed for Pédalia SAS: ____________________  Signed for Customer: ____________________

## Part B — Pédalia General Terms for Subscription Services

### 1. Definitions

"Customer Data" means all data that Customer or its guests enter into the Services, including guest names, contact details, identity document numbers, emergency contacts, health notes, bookings and payments. "Customer Configurations" means the tour products, price rules, booking forms, email and message templates and reports configured for Customer.

### 2. Use of the Services

2.1 Pédalia grants Customer and its authorised users a non-exclusive right to use the Services during the term for Customer's business.

2.2 Customer is responsible for the accuracy of the tour information it publishes and for the conduct of its users.

2.3 Customer shall keep user credentials secure, shall not use the Services to send unsolicited marketing messages, and shall not attempt to probe or overload the Services. Pédalia may suspend an individual user account that is being misused, and will tell Customer at once.

### 3. Customer Data and Security

3.1 Customer Data belongs to Customer. Pédalia shall process Customer Data only to provide the Services to Customer and according to Customer's documented instructions, and shall not use it for any other purpose.

3.2 The Services for Customer are hosted in data centres in mainland China operated by Alibaba Cloud. Customer Data is encrypted in transit and at rest, access by Pédalia staff is limited to support cases and logged, and Customer Data is not transferred outside mainland China.

3.3 Pédalia shall notify Customer of any security incident affecting Customer Data within forty-eight hours after becoming aware of it, help Customer meet its obligations under the Personal Information Protection Law, and bear the costs and losses that result from an incident caused by its breach of this Section.

3.4 On expiry or termination, Pédalia will make Customer Data available for export for sixty days and then delete it and confirm deletion in writing.

### 4. Service Levels and Credits

4.1 Pédalia will make the Booking Engine available 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

4.2 Severity 1 means the Booking Engine or payment collection is unavailable for all users. Pédalia will respond within 1 hour and work continuously until service is restored. Severity 2 (a major feature is impaired) will be responded to within six hours; Severity 3 by the next business day.

4.3 If monthly availability falls below the committed level, Customer receives a credit against the next invoice of 5% of the monthly equivalent of the Subscription Fee for each 0.5 percentage point of shortfall or part of it, up to half of that monthly equivalent. If a Severity 1 response is late, Customer receives a credit of CNY 500 per hour of delay.

### 5. Subcontractors and Sub-processors

Pédalia may use subcontractors and sub-processors, including its affiliates, to provide any part of the Services. It will inform Customer by email of the subcontractors and sub-processors it uses and of any change. Pédalia remains responsible for their performance.

### 6. Intellectual Property

6.1 Pédalia owns the Services and all improvements to them.

6.2 Customer Configurations belong to Customer. Customer may use, copy, modify and let third parties use them, including after the end of the subscription, and Pédalia will export them on request in a documented format.

### 7. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this agreement and disclose it only to staff and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of the agreement.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Pédalia's total aggregate liability arising out of or in connection with the agreement is limited to the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

8.3 The limits in this Section do not apply to Pédalia's obligations under Section 3 in respect of Customer Data, to wilful misconduct or to death or personal injury.

### 9. Term and Termination

9.1 Either party may terminate the agreement by written notice if the other party commits a material breach and does not cure it within thirty days after receiving notice describing the breach.

9.2 If Customer terminates under 9.1, Pédalia shall refund any prepaid fees for the period after termination.

### 10. General

10.1 Neither party may assign the agreement without the other's written consent, except to a successor of its whole business.

10.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or a general failure of public networks, if it informs the other party promptly and does what it reasonably can to limit the effects.

10.3 Notices must be in writing and sent to the addresses in the Order Form, by courier or email with confirmation of receipt.

10.4 The agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xining Arbitration Commission for arbitration in Xining.
"""
add("h287e02", "h287e02_qinghai_lake_cycling_tours_booking_saas.md", "md", "en", "cloud", H287E02,
    dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=400 / 550000 * 100,
         liability_cap_pct=6 / 36 * 100, prepayment_pct=214000 / 550000 * 100, acceptance_clause=True,
         final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
         auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
         governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=550000),
    dict(items=[168000, 168000, 168000, 46000], subtotals=[(504000, [168000] * 3), (214000, [168000, 46000])],
         figs=["99.95%", "within 1 hour", "CNY 400 for each day", "six (6) months", "thirty-six (36) months",
               "CNY 214,000", "inform Customer by email", "same fees", "Xining Arbitration Commission", "550,000"]),
    ["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-SUBCONTRACT"], "medium")

# ================================================================ h287e03 Yunnan coffee farm soil & weather sensors, buyer's paper (docx)
H287E03 = """T:Supply and Installation Contract for Soil and Weather Monitoring Equipment
P:Contract No. YWC-PUR-2025-031 (Buyer's standard form for equipment purchases)
P:Buyer: Pu'er Yunwu Coffee Estate Co., Ltd., Simao District, Pu'er, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: AgriSens Hanswerder GmbH, with its registered seat on the Insel Hanswerder, Brandenburg, Germany, acting together with its Kunming representative office (the "Supplier").
P:Background: The Buyer grows arabica coffee on about 1,100 hectares of terraced land at altitudes between 1,100 and 1,700 metres. It wants to measure soil moisture, soil temperature and conductivity by block, and local weather at each slope, so that it can plan irrigation, fertilisation and harvest labour. The Supplier was selected after a competitive tender and agrees to supply, install and commission a monitoring system on the terms below. At the Buyer's request all prices are in Chinese Yuan (CNY).
H:Clause 1 Definitions and Scope
P:1.1 "Equipment" means the soil probes, weather stations, LoRaWAN gateways and solar power kits listed in Schedule 1, together with their firmware.
P:1.2 "Software" means the farm monitoring software licensed under Clause 3.3, and "Dashboard" means the irrigation-advice dashboard configured for the Buyer under Clause 2.3.
P:1.3 "Final Acceptance" means the Buyer's written acceptance under Clause 6.3.
P:1.4 The Supplier shall deliver the Equipment to the Buyer's estate, install it at the locations marked on the block map in Schedule 2, calibrate each soil probe against laboratory samples, configure the Software and the Dashboard, and train the Buyer's agronomists and field technicians.
H:Clause 2 Technical Requirements
P:2.1 Soil probes shall measure moisture, temperature and electrical conductivity at 20, 40 and 60 cm depth and report at least every 15 minutes. Weather stations shall measure rainfall, air temperature, humidity, wind, solar radiation and leaf wetness.
P:2.2 Gateways and stations shall run on solar power with enough battery capacity for seven days without sun, and shall withstand the monsoon season and slopes of up to 35 degrees.
P:2.3 The Dashboard shall show readings by block, irrigation advice based on the Buyer's rules, and rainfall and disease-risk alerts by SMS to named staff.
P:2.4 All Equipment shall be new, of current production, and supplied with certificates of origin and conformity.
H:Clause 3 Price
P:3.1 The Contract Price is CNY 1,400,000, inclusive of all taxes, duties, freight to the estate, insurance, installation, calibration and training, as set out below:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Soil moisture, temperature and EC probe|120|3,850|462,000
TB:Automatic weather station|8|42,500|340,000
TB:LoRaWAN gateway|6|18,600|111,600
TB:Solar power kit|14|5,400|75,600
TB:Farm monitoring software, perpetual licence|1|186,000|186,000
TB:Hardware and Licence Subtotal|||1,175,200
TB:Installation and calibration|lump sum||138,000
TB:Dashboard configuration|lump sum||64,800
TB:Training|lump sum||22,000
TB:Contract Price|||1,400,000
P:3.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
P:3.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's estates, on as many workstations and mobile devices as the Buyer needs.
H:Clause 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 140,000) within fifteen days after signature, against an advance-payment bank guarantee of the same amount from a bank in mainland China.
P:4.2 The Buyer shall pay 55% (CNY 770,000) within fifteen days after the Delivery and Installation Certificate is signed. That certificate records that all Equipment has arrived and been installed; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% (CNY 490,000) within fifteen days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice. The Buyer may deduct from any payment the liquidated damages due under Clause 5.2.
H:Clause 5 Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment within seventy days and complete installation within one hundred days after signature, and shall schedule field work outside the main harvest months agreed with the Buyer.
P:5.2 For each day of delay in delivery or installation attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price. Liquidated damages are capped at 10% of the Contract Price; if that cap is reached the Buyer may terminate under Clause 13.
H:Clause 6 Testing and Acceptance
P:6.1 After installation the Supplier shall run acceptance tests with the Buyer's agronomists.
P:6.2 The tests shall show that: (a) every probe reads within ±3% volumetric moisture of the laboratory samples taken at its location; (b) at least 98% of scheduled readings from each device reach the Software over thirty consecutive days; (c) each weather station agrees with a reference instrument within the tolerances in Schedule 3; (d) SMS alerts reach the named staff within ten minutes of a trigger; and (e) the Dashboard shows the irrigation advice correctly for five test scenarios chosen by the Buyer.
P:6.3 If the tests are passed the Buyer shall sign a Final Acceptance certificate within seven days. Otherwise it shall list the failures, and the Supplier shall correct them and repeat the tests at its own cost. Installation, use of the system or any payment does not amount to acceptance.
H:Clause 7 Warranty
P:7.1 The Supplier warrants the Equipment, the Software and the Dashboard for twenty-four (24) months from Final Acceptance. During that period it shall repair or replace any defective item free of charge, including parts, labour and travel to the estate, and supply firmware and software updates.
P:7.2 The Supplier shall keep a stock of spare probes, gateway boards and batteries in Pu'er or Kunming throughout the warranty.
H:Clause 8 Support and Service Levels
P:8.1 Severity 1 (a gateway or weather station is down, or more than a quarter of the probes in a block stop reporting) shall be responded to within 2 hours, remotely, and a technician shall be on site within 24 hours when remote repair fails. Severity 2 shall be responded to within one business day; other requests within three business days.
P:8.2 For each full hour of delay in a Severity 1 response, and each full day of delay in arriving on site, the Supplier shall pay CNY 500 and CNY 1,500 respectively.
P:8.3 After the warranty the Buyer may order annual support covering the same services at 7.5% of the Hardware and Licence Subtotal per year (CNY 88,140). That fee stays fixed for the first three support years after the warranty. Support is ordered by the Buyer's purchase order each year and does not renew on its own.
H:Clause 9 Data
P:9.1 All readings, yields, block maps and other data collected or produced by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not sell, share or reuse it, also not in anonymised or aggregated form.
P:9.2 The Software and Buyer Data are hosted on the Buyer's own server at the estate office, with an encrypted backup at a cloud provider in mainland China chosen by the Buyer. The Supplier may access them only through accounts issued by the Buyer, with logged sessions, and shall follow the Buyer's security rules and the Data Security Law of the People's Republic of China.
P:9.3 The Supplier shall tell the Buyer within 12 hours of any breach of security affecting Buyer Data, take immediate steps to contain it, and compensate the Buyer for losses caused by its breach of this Clause.
H:Clause 10 Confidentiality
P:Each party shall keep confidential the information it receives from the other in connection with this Contract, including the Buyer's yields, costs and block maps, and shall not disclose it without prior written consent, during this Contract and for three years afterwards.
H:Clause 11 Intellectual Property
P:11.1 The intellectual property in the Software and firmware stays with the Supplier or its licensors.
P:11.2 The Dashboard configuration, the irrigation rules, calibration records and reports made for the Buyer belong to the Buyer, which may use, modify and have them modified by others without restriction.
H:Clause 12 Liability and Subcontracting
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 9 and 10.
P:12.2 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Buyer approves, by signing this Contract, Yunnan Lancang Agri-Tech Co., Ltd. as the local installer named in Schedule 2; the Supplier remains liable for its work.
H:Clause 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not cure it within twenty days after notice, or if the cap in Clause 5.2 is reached.
P:13.2 On termination the Supplier shall repay the amounts paid for Equipment or services not delivered or not accepted, and the Buyer may keep and use Equipment already installed against payment of its price.
H:Clause 14 Force Majeure
P:A party prevented from performing by earthquake, landslide, flood or other events beyond its control shall notify the other party within five days and is excused for as long as the event lasts.
H:Clause 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Clause 16 Miscellaneous
P:This Contract is made in Chinese and English, both versions being equally authentic. Schedule 1 (Equipment list), Schedule 2 (Block map and installer) and Schedule 3 (Test tolerances) form part of it.
P:Buyer: ____________________   Supplier: ____________________
"""
add("h287e03", "h287e03_yunnan_coffee_estate_soil_weather_sensors.docx", "docx", "en", "hardware", H287E03,
    dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
         prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
         post_warranty_fee_pct=7.5, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1400000),
    dict(items=[462000, 340000, 111600, 75600, 186000, 138000, 64800, 22000],
         subtotals=[(1175200, [462000, 340000, 111600, 75600, 186000])],
         unit=[(120, 3850, 462000), (8, 42500, 340000), (6, 18600, 111600), (14, 5400, 75600)],
         pay=[(10, 140000), (55, 770000), (35, 490000)], tco=(1400000, 1175200, 1175200 * 7.5 / 100, 24),
         fee_amount=88140,
         figs=["0.08% of the Contract Price", "200%", "twenty-four (24) months", "within 2 hours", "7.5%",
               "CNY 88,140", "CNY 1,400,000", "10% of the Contract Price (CNY 140,000)", "Kunming Arbitration Commission",
               "CNY 500"]),
    [], "low")

# ================================================================ h287e04 shoe maker managed endpoint + help desk (txt)
H287E04 = """MANAGED ENDPOINT AND SERVICE DESK AGREEMENT

Reference: HMI-SA-2025-118

BETWEEN

(1) Hoan Managed IT Ltd, a company registered in Scotland with its registered office on Eilean Hoan, Sutherland, Scotland, acting through its Xiamen service centre ("Provider"); and

(2) Xiamen Lujiang Footwear Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 66 Tong'an Industrial Park Road, Tong'an District, Xiamen, Fujian ("Customer").

BACKGROUND

A. Customer makes sports and casual shoes in two factories in Xiamen and has an office in Jinjiang. Its 1,150 desktops, laptops and shop-floor terminals are looked after today by a small in-house team that cannot keep up with the factories' shift pattern.

B. Provider runs managed endpoint and service desk services for manufacturing companies in Fujian from its Xiamen service centre.

C. Customer wishes to outsource the day-to-day management of its endpoints and its IT service desk to Provider on the terms below. At Customer's request all charges are in Chinese Yuan (CNY).

IT IS AGREED as follows.

1. DEFINITIONS

1.1 "Endpoints" means the desktops, laptops, thin clients and shop-floor terminals listed in the inventory in Schedule 1, as updated under paragraph 3.4.

1.2 "Service Desk" means the telephone, WeChat Work and portal service for Customer's users described in Schedule 2.

1.3 "Service Commencement Date" means the date stated in the Service Commencement Certificate signed under paragraph 5.

1.4 "Customer Data" means all data of Customer or its employees, customers and suppliers stored on the Endpoints or given to Provider in the course of the services, including design files, production plans, order data and personnel records.

2. TERM

2.1 This Agreement starts on signature. The Services run for twenty-four (24) months from the Service Commencement Date (the "Service Term").

2.2 This Agreement expires at the end of the Service Term. Any extension must be agreed in writing by both parties, including the charges for it.

3. SERVICES

3.1 Onboarding: Provider will take over the Endpoint inventory, install its management agent on every Endpoint, build standard images for office and shop-floor devices, document the support procedures and set up the Service Desk.

3.2 Endpoint management: software distribution, operating-system and application patching on a monthly cycle agreed with Customer, asset inventory, hardware fault handling with the manufacturers' warranty services, new-starter and leaver set-up, and device re-imaging.

3.3 Service Desk: first- and second-line support for all Customer users, in Chinese, from 07:00 to 23:00 every day including weekends, to cover the factories' two shifts; on-site technicians at each factory during the day shift.

3.4 Customer may add or remove Endpoints. The monthly endpoint charge will be adjusted at the unit rate in paragraph 4.1 from the month after the change.

3.5 Reporting: each month Provider will send a service report showing ticket volumes by factory and category, performance against the service levels, patch compliance, devices not seen by the management agent for more than fourteen days, and recommendations.

3.6 Out of scope: network equipment, servers, the ERP and production-planning applications, printers and copiers, and the factories' machine controllers. Provider will log calls about them and pass them to the party Customer names.

3.7 Customer will give Provider administrative access to the Endpoints, a work area and storage for spare devices at each factory, and a named IT manager who approves changes, images and the patching calendar.

4. CHARGES

4.1 The charges are:

  Item                                           Basis                          CNY
  Endpoint management                            1,150 Endpoints x CNY 58       66,700 per month
  Service Desk                                   fixed                          21,300 per month
  Monthly charge                                                                 88,000 per month
  Monthly charges for the Service Term           24 months x CNY 88,000         2,112,000
  Onboarding                                     one-time                       54,000
  Total Contract Value                                                          2,166,000

4.2 The onboarding charge is payable within thirty days after the Service Commencement Certificate is signed.

4.3 The monthly charge is invoiced at the end of each month for that month and is payable within thirty days after receipt of a valid VAT invoice. Nothing is payable in advance.

4.4 The charges include all Provider staff, tools, travel within Xiamen and Jinjiang, and taxes. Replacement hardware and third-party software licences are bought by Customer.

5. ONBOARDING AND SERVICE COMMENCEMENT

5.1 Provider will use reasonable endeavours to complete onboarding within sixty days after signature.

5.2 When onboarding is complete, the parties will jointly check that: (a) the management agent reports from at least 98% of the Endpoints in the inventory; (b) the standard images have been deployed on a test group of thirty devices from each factory without errors; (c) the Service Desk has handled a one-week pilot with the office users, with all tickets logged and closed; and (d) the support procedures and escalation contacts are documented and approved by Customer's IT manager.

5.3 If all checks are met, Customer will sign a Service Commencement Certificate within five business days. If not, Provider will fix the shortfalls and the check will be repeated. Going live with users before the certificate is signed does not mean the checks have been passed.

6. SERVICE LEVELS

6.1 Incidents are prioritised as follows:

  Priority   Description                                                  Response     Resolution target
  P1         a production line, a factory or more than 50 users affected   30 minutes   6 hours
  P2         a department or a key user affected                          1 hour       1 business day
  P3         a single user affected, workaround available                 8 hours      3 business days
  P4 (request) standard service request                                   1 business day  5 business days

6.2 Service Desk calls will be answered within 60 seconds on average each month, and at least 90% of tickets will be resolved within their target.

6.3 For each P1 incident Provider will call Customer's IT manager within fifteen minutes of logging it, give updates every hour until service is restored, and send a written incident report within three business days.

6.4 Provider will report performance against the service levels monthly and discuss it at the monthly service review with Customer's IT manager.

6.5 The service levels are targets. If Provider does not meet them, the parties will agree an improvement plan at the service review; failure to meet a service level does not entitle Customer to service credits, a reduction of the charges or damages.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider acquires no rights in it.

7.2 Provider may access Customer Data only as far as necessary to perform the Services and shall not use it for any other purpose.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's business information received in connection with this Agreement, including Customer's designs, customers and prices, use it only for this Agreement and not disclose it to third parties without prior written consent.

8.2 This paragraph does not apply to information that is public, already known to the receiving party or required to be disclosed by law, and it survives for three years after the end of this Agreement.

9. PERSONNEL

9.1 Provider will name a service delivery manager who attends the monthly service review and is Customer's single point of contact.

9.2 Provider's staff on Customer's premises will follow Customer's site rules, including safety rules on the shop floor. Customer may ask for the replacement of any staff member on reasonable grounds.

9.3 Provider will keep at least two technicians on site at each factory during the day shift and will give Customer fourteen days' notice before replacing the service delivery manager or a site technician.

10. INTELLECTUAL PROPERTY

10.1 Provider's management tools, agent software and general know-how remain Provider's property. Provider grants Customer the right to use them during the Service Term.

10.2 The standard images, scripts, knowledge-base articles and documentation created specifically for Customer under this Agreement belong to Customer, which may use and modify them and give them to any future provider. Provider will hand them over in editable form at the end of the Service Term.

11. LIABILITY

11.1 Neither party is liable for loss of profit or indirect loss.

11.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

12. SUBCONTRACTING

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the work of any subcontractor.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.2 On expiry or termination Provider will give reasonable assistance, for up to sixty days, to transfer the Services to Customer or a new provider, at the rates in paragraph 4.1 pro rata.

13.3 Customer may also terminate this Agreement without cause by giving ninety days' written notice, in which case it will pay the monthly charges up to the termination date and any unpaid part of the onboarding charge.

14. GENERAL

14.1 Neither party is liable for a delay caused by events beyond its reasonable control.

14.2 Changes to this Agreement must be in writing and signed by both parties.

14.3 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

SIGNED for Provider: ____________________      SIGNED for Customer: ____________________
Name and title: ____________________              Name and title: ____________________
Date: ____________________                        Date: ____________________

SCHEDULE 1 - Endpoint inventory (to be attached).
SCHEDULE 2 - Service Desk description and escalation contacts (to be attached).
"""
add("h287e04", "h287e04_shoe_maker_managed_endpoint_service_desk.txt", "txt", "en", "services", H287E04,
    dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer", data_security_clause=False,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=150,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2166000),
    dict(items=[88000] * 24 + [54000], subtotals=[(88000, [66700, 21300]), (2112000, [88000] * 24)],
         unit=[(1150, 58, 66700), (24, 88000, 2112000)],
         figs=["30 minutes", "does not entitle Customer to service credits", "150%", "reasonable endeavours",
               "2,166,000", "Customer Data belongs to Customer", "Xiamen Arbitration Commission",
               "prior written consent"]),
    ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"], "high")

# ================================================================ h287e05 micro-lender mobile-number verification API subscription (txt)
H287E05 = """API SUBSCRIPTION AGREEMENT - NUMVERA MOBILE VERIFICATION SERVICE

Agreement number: NV-CN-0457

This API Subscription Agreement (the "Agreement") is made between:

NumVera d.o.o., a limited liability company incorporated in Croatia with its registered seat on the island of Otok Zverinac, Zadar County, Croatia, which provides the service in China through its Chengdu branch ("NumVera"); and

Chengdu Jinli Microcredit Co., Ltd., a licensed microcredit company incorporated in the People's Republic of China with its registered office at 88 Tianfu Avenue Middle Section, High-tech Zone, Chengdu, Sichuan ("Client").

Recitals

(1) Client grants small consumer and business loans through a mobile app and must check that each applicant's mobile number is real, in service, registered in the applicant's own name and held for a reasonable time, as part of its know-your-customer and anti-fraud checks.

(2) NumVera offers an application programming interface (the "API") that returns these checks in real time for mainland mobile numbers through licensed data channels.

(3) At Client's request all fees are stated and paid in Chinese Yuan (CNY).

The parties agree as follows.

Section 1. Definitions

1.1 "Query" means one call to the API for one mobile number, whatever the result.

1.2 "Client Data" means the mobile numbers, names, identity numbers and other information that Client sends to the API, and the results the API returns to Client.

1.3 "Go-Live" means the date on which Client signs the integration acceptance record under Section 5.

1.4 "Subscription Period" means the twenty-four (24) months starting on Go-Live.

Section 2. The Service

2.1 NumVera will give Client access to the following API checks: number status (active, suspended, cancelled), three-element verification of number, name and identity number, number tenure band, and recent change-of-subscriber indicator.

2.2 NumVera will provide a sandbox environment, API documentation in Chinese, test numbers, and integration support by its engineers in Chengdu.

2.3 Client may use the results only for its own credit, know-your-customer and anti-fraud decisions, and shall not resell them.

2.4 Client shall obtain from each applicant the consent required by law for the checks, through its app, and shall keep evidence of that consent. NumVera may ask for evidence for sample Queries.

2.5 Each result is returned as match, no match or unable to verify, with a reason code. NumVera does not return any subscriber details beyond these results.

2.6 Client shall protect its API keys, rotate them at least every ninety days, and call the API only from the IP addresses it registers in the client portal.

Section 3. Fees

3.1 The fees are:

   Platform fee (includes up to 150,000 Queries per month)    CNY 23,500 per month
   Platform fees for the Subscription Period                  24 x CNY 23,500 = CNY 564,000
   Integration support (one-time)                             CNY 18,000
   Total fixed fees                                           CNY 582,000

3.2 Queries above the monthly allowance are charged at CNY 0.12 each and invoiced with the following month's platform fee.

3.3 The platform fee is invoiced monthly in arrears and payable within twenty days after Client receives a valid VAT invoice. The integration support fee is invoiced after Go-Live. Client pays nothing in advance.

3.4 NumVera may not change the platform fee or the per-Query rate during the Subscription Period.

3.5 Each invoice shows the number of Queries made in the month by check type. Client may dispute an invoice within fifteen days after receipt, giving reasons; undisputed amounts remain payable.

Section 4. Integration

4.1 NumVera shall complete the integration support and make the production API available to Client within thirty days after signature. For each day by which NumVera is late for reasons attributable to it, NumVera shall pay Client CNY 450 as liquidated damages.

4.2 NumVera will assist Client's developers with the connection, signing and encryption of requests, and error handling, and will review Client's integration code on request.

4.3 Client shall name a technical contact, provide a test environment and give NumVera a forecast of its monthly Query volumes before Go-Live.

Section 5. Integration Acceptance

5.1 Client will run the acceptance test cases in Annex A: at least 500 test numbers covering every status and result type return the expected results; the API works with Client's request signing and field encryption; response times in the sandbox and production meet the figures in the documentation; and error codes are handled as documented.

5.2 When all test cases pass, Client signs an integration acceptance record. Production traffic before that record is signed does not count as acceptance.

Section 6. Service Availability and Support

6.1 NumVera will use commercially reasonable efforts to keep the API available and to answer support requests promptly. No service levels, response times or service credits apply to the Service.

6.2 NumVera will announce planned maintenance on its status page at least two days in advance and schedule it at night where possible.

6.3 Support requests may be sent by email or through the client portal. NumVera's Chengdu team works on business days from 09:00 to 18:00.

6.4 NumVera will show the current state of the Service on its status page and will tell Client by email of any unplanned outage it becomes aware of.

Section 7. Client Data

7.1 As between the parties, Client Data belongs to Client. NumVera processes Client Data on Client's behalf to provide the Service.

7.2 NumVera may keep Query logs and results for up to three years and may use them, in de-identified and aggregated form, to develop and improve its scoring and fraud-detection models and for industry benchmarking, both during and after the term of this Agreement.

Section 8. Data Security

8.1 NumVera shall process Client Data only on servers located in mainland China, encrypt it in transit and at rest, restrict access to named staff on a need-to-know basis, keep access logs for at least six months, and comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.

8.2 NumVera holds a valid MLPS level-3 filing for the API platform and an ISO 27001 certificate, and will keep both in force during the Subscription Period.

8.4 NumVera shall have its API platform penetration-tested by an independent tester each year, give Client a summary of the results, and allow Client or an auditor appointed by Client to check its compliance with this Section on reasonable notice.

8.3 NumVera shall notify Client within 24 hours after becoming aware of any leak, loss or unauthorised access affecting Client Data, cooperate with Client and the regulators in dealing with it, and compensate Client for the losses, fines and costs that result from an incident caused by NumVera's breach.

Section 9. Confidentiality

9.1 Each party shall keep confidential the non-public information of the other party, including Client's lending rules and volumes and NumVera's documentation and prices, and shall use it only for this Agreement.

9.2 This obligation continues for three years after the end of this Agreement.

Section 10. Intellectual Property

10.1 NumVera owns the API, its models and its documentation.

10.2 Any adapters, scripts or code written by NumVera for Client during integration support belong to Client, which may use, modify and license them without restriction.

Section 11. Liability

11.1 Neither party is liable for indirect loss or loss of profit, except under Section 8.3.

11.2 NumVera's total liability under this Agreement is limited to two times the total fixed fees under Section 3.1.

Section 12. Subcontracting

NumVera shall not subcontract the Service or any part of it, other than to the licensed carrier data channels listed in Annex B, without Client's prior written consent. Client approves the channels in Annex B by signing this Agreement.

Section 13. Term and Termination

13.1 This Agreement runs until the end of the Subscription Period and does not renew automatically. A renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within fifteen days after notice.

13.3 Client may terminate immediately by notice if a regulator orders it to stop using the Service, paying the fees due up to the termination date.

13.4 On termination NumVera shall stop processing Client Data, return or delete it as Client instructs, and confirm in writing, subject to Section 7.2.

Section 14. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, including outages of the carrier data channels, provided it informs the other party promptly.

Section 15. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

Section 16. General

16.1 Annex A (Acceptance test cases) and Annex B (Approved data channels) form part of this Agreement.

16.2 This Agreement may be amended only in writing signed by both parties. Neither party may assign it without the other's written consent.

16.3 Notices shall be in writing and delivered by courier or email to the addresses above. This Agreement is signed in English; NumVera will provide a Chinese translation for convenience.

For NumVera d.o.o.: ____________________        For Chengdu Jinli Microcredit Co., Ltd.: ____________________
Date: ____________________                        Date: ____________________
"""
add("h287e05", "h287e05_microlender_mobile_number_verification_api.txt", "txt", "en", "cloud", H287E05,
    dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=450 / 582000 * 100, liability_cap_pct=200,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=582000),
    dict(items=[23500] * 24 + [18000], subtotals=[(564000, [23500] * 24)], unit=[(24, 23500, 564000)],
         figs=["commercially reasonable efforts", "No service levels, response times or service credits",
               "de-identified and aggregated", "CNY 450", "two times the total fixed fees", "CNY 582,000",
               "Chengdu Arbitration Commission", "prior written consent"]),
    ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high")


if __name__ == "__main__":
    main()
