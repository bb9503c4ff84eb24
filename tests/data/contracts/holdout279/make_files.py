"""holdout279: ten blind ORDINARY draft contracts (5 zh, 5 en) and their hand labels.

Writes every contract from the sources below (.md / .txt directly, .docx / .pdf through ../word_pdf.py with
wrap_words=True), asserts every price and payment sum, re-applies the policy §3 rules (and the §4 TCO) to the labels
and asserts they equal the plan, checks that each labelled figure appears in the text, reads every built file back
(python-docx paragraphs + tables, pypdf), checks the text lengths and scans for threshold values, then writes the
.json labels. Run with /work/main/.venv/bin/python from anywhere.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scan (policy §3 and §4)
# availability 99.9 %; P1 response 4 h; LD 0.05 %/day (0.35 %/week); cap 100 %; prepayment 30 %; warranty 12 months;
# post-warranty fee 15 %; TCO share 40 %; TCO horizon 5 years. Any form: digits, Chinese numerals, words.
NB = r"(?<![\d.,])"          # not preceded by a digit / decimal point
NA = r"(?![\d])"             # not followed by a digit
ZH_NUM = "零一二三四五六七八九十百千两点"
THRESHOLD_PATTERNS = [
    ("99.9", NB + r"99\.90*" + NA),
    ("99.9 zh", r"九十九点九(?![" + ZH_NUM + "])"),
    ("4 h", NB + r"4\s*(?:-|\s)?(?:hours?|hrs?\b|h\b|小时|个小时|钟头)"),
    ("4 h words", r"\bfour\s*(?:\(4\)\s*)?(?:-|\s)?hours?\b"),
    ("4 h zh", r"(?<![" + ZH_NUM + r"])四(?:个)?(?:小时|钟头)"),
    ("240 min", NB + r"240\s*(?:minutes?|mins?|分钟)"),
    ("0.05 %", NB + r"0?\.050*\s*(?:%|％|per\s*cent|percent)"),
    ("0.05 % zh", r"万分之五(?![" + ZH_NUM + "])|千分之零点五|0\.5\s*‰"),
    ("0.35 %/week", NB + r"0?\.350*\s*(?:%|％|per\s*cent|percent)"),
    ("100 %", NB + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("100 % zh/en words", r"百分之百|百分之一百|one\s+hundred\s+per\s*cent|hundred\s+percent"),
    ("30 %", NB + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("30 % words", r"\bthirty\s+(?:\(30\)\s*)?per\s*cent|百分之三十(?![" + ZH_NUM + "])|三成"),
    ("15 %", NB + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("15 % words", r"\bfifteen\s+(?:\(15\)\s*)?per\s*cent|百分之十五(?![" + ZH_NUM + "])"),
    ("40 %", NB + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("40 % words", r"\bforty\s+(?:\(40\)\s*)?per\s*cent|百分之四十(?![" + ZH_NUM + "])|四成"),
    ("12 months", NB + r"12\s*(?:-|\s)?(?:months?|个月|月)"),
    ("12 months words", r"\btwelve\s*(?:\(12\)\s*)?(?:-|\s)?months?\b|十二个月|一十二个月"),
    ("1 year", NB + r"1\s*(?:-|\s)?(?:years?\b|年(?!\d))|\bone\s*(?:\(1\)\s*)?(?:-|\s)?years?\b|\ba\s+year\b"),
    ("1 year zh", r"(?<![" + ZH_NUM + r"每第])一年|壹年|一周年|365\s*(?:days?|日|天)"),
    ("5 years", NB + r"5\s*(?:-|\s)?(?:years?\b|年(?!\d))|\bfive\s*(?:\(5\)\s*)?(?:-|\s)?years?\b|(?<![" + ZH_NUM + r"])五年"),
    ("60 months", NB + r"60\s*(?:-|\s)?(?:months?|个月)|\bsixty\s+months?\b|六十个月"),
]
THRESHOLD_RES = [(name, re.compile(p, re.I)) for name, p in THRESHOLD_PATTERNS]


def threshold_hits(text):
    return [(name, m.group(0)) for name, rx in THRESHOLD_RES for m in rx.finditer(text)]


SELF_TEST_HIT = ["可用率不低于99.9%", "99.90 %", "九十九点九", "4小时内响应", "4 hours", "four (4) hours", "四小时",
                 "四个小时", "240 minutes", "0.05%", "0.05 per cent", "万分之五", "0.35% per week", "100%", "百分之百",
                 "30%", "30 per cent", "thirty per cent", "百分之三十", "15%", "fifteen per cent", "百分之十五", "40%",
                 "百分之四十", "12 months", "12个月", "twelve (12) months", "十二个月", "one year", "1 year", "a year",
                 "质保期一年", "5 years", "five-year", "五年", "60 months", "4-hour", "12-month", "365天"]
SELF_TEST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.08%", "万分之八", "万分之五十",
                  "0.055%", "130%", "150%", "百分之三十五", "25%", "115%", "百分之十五点五", "140%", "18个月",
                  "十八个月", "每年", "第一年", "2025年7月1日", "25 years", "十五年", "36 months", "2012年", "year 1",
                  "1,240 minutes", "315%", "1.5 times", "6 months", "2030%"]
for s in SELF_TEST_HIT:
    assert threshold_hits(s), "regex self-test: should hit " + s
for s in SELF_TEST_MISS:
    assert not threshold_hits(s), ("regex self-test: should miss", s, threshold_hits(s))

# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
THRESH = {"availability": 99.9, "p1": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "fee": 15,
          "tco_share": 40, "horizon": 5}


def tco(value, base, fee_pct, warranty_months, horizon=5):
    """Policy §4: purchase price + implementation (= the contract value) + post-warranty fee for every year of the
    horizon after the warranty (partial year pro rata); fee base = itemised licence/hardware price."""
    post_years = max(0.0, horizon - warranty_months / 12)
    fees = base * fee_pct / 100 * post_years
    return value + fees, fees, (fees / (value + fees) * 100 if value + fees else 0.0)


def apply_rules(t, x, forum_outside_mainland, tco_share):
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < THRESH["availability"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > THRESH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < THRESH["ld"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < THRESH["cap"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > THRESH["prepay"]:
        r.append("CR-PREPAYMENT")
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < THRESH["warranty"]:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > THRESH["fee"]):
            r.append("CR-POST-WARRANTY-FEE")
        if tco_share is not None and tco_share > THRESH["tco_share"]:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside_mainland:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def not_on_threshold(t, share):
    checks = [(t["availability_pct"], THRESH["availability"]), (t["p1_response_hours"], THRESH["p1"]),
              (t["ld_rate_per_day_pct"], THRESH["ld"]), (t["liability_cap_pct"], THRESH["cap"]),
              (t["prepayment_pct"], THRESH["prepay"]), (t["warranty_months"], THRESH["warranty"]),
              (t["post_warranty_fee_pct"], THRESH["fee"]), (share, THRESH["tco_share"])]
    for v, th in checks:
        assert v is None or abs(v - th) > 1e-6, ("value on a threshold", v, th)

# ---------------------------------------------------------------- sources
H279Z01 = """T:岚州市公安局交通警察支队交通信号控制优化平台建设项目政府采购合同
P:合同编号：LZJJ-ZFCG-2025-0417　　采购方式：公开招标　　项目编号：LZCG2025-GK-0392
P:采购人（甲方）：岚州市公安局交通警察支队　　地址：岚州市滨河东路218号
P:供应商（乙方）：杭州智行交通科技有限公司　　地址：杭州市西湖区文三路569号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就岚州市中心城区交通信号控制优化平台建设项目，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的技术方案均为本合同的组成部分。
H:第一条　项目内容
P:1.1　乙方为甲方建设交通信号控制优化平台，完成中心城区86个路口信号机的联网改造，并为24条主干线编制干线协调配时方案，实现区域信号的集中监控、方案下发、效果评价和拥堵预警。
P:1.2　平台部署于甲方公安视频专网机房，乙方负责软件安装、与甲方卡口系统及视频专网的对接、系统联调和人员培训。
P:1.3　主要技术要求：平台支持不少于300个路口接入扩展；方案下发时间不超过10秒；历史运行数据在线保存不少于三年；支持与省级交通管理平台按规定格式共享数据。
P:1.4　培训对象为甲方指挥中心值班民警及设施科技术人员，不少于3期，每期不少于2天，乙方提供培训教材和操作手册。
H:第二条　合同价款
P:2.1　本合同总价为人民币贰佰陆拾伍万元整（¥2,650,000），为固定总价，已包含设备、软件、运输、安装、调试、培训、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|信号控制优化平台软件许可（永久使用）|1套|1,280,000
TB:2|路口信号机联网改造（单价9,500元）|86个路口|817,000
TB:|软硬件小计||2,097,000
TB:3|干线协调配时优化（定制方案）|24条干线|356,000
TB:4|系统集成与部署|1项|168,000
TB:5|操作及管理培训|1项|29,000
TB:|合同总价||2,650,000
H:第三条　付款方式
P:3.1　合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥530,000。
P:3.2　系统初验合格后15个工作日内，甲方支付合同总价的45%，即¥1,192,500。
P:3.3　系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即¥927,500。
P:3.4　乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付，付款时间以财政审批为准。
H:第四条　交付与工期
P:4.1　乙方应在合同签订后90日内完成全部路口联网改造和平台部署，并提交初验申请。
P:4.2　甲方负责提供路口施工许可协调、专网接入端口和机房机位，并指定专人对接。乙方应编制详细的实施计划、施工组织方案和交通组织方案，经甲方确认后实施。
P:4.3　施工涉及道路占用的，乙方应提前报甲方审批，夜间施工应做好交通疏导和安全防护。
H:第五条　验收
P:5.1　初验条件：86个路口全部在线，联网率不低于98%；平台功能与投标文件功能清单逐项一致；配时方案下发成功率不低于99%；与卡口系统、视频专网的接口联调通过。
P:5.2　初验合格后进入试运行，期限为60日。试运行期间，24条干线高峰时段平均延误较改造前下降不少于8%，平台未发生一级故障，且第三方测评机构出具的安全测评报告无高危问题的，甲方组织最终验收。
P:5.3　系统上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条　质量保证与售后服务
P:6.1　质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、故障处理、硬件维修更换和配时方案调优服务。
P:6.2　平台月可用率不低于99.95%。每低于0.01个百分点，甲方扣减质量保证金¥2,000。
P:6.3　故障分级及响应：一级故障（平台整体不可用或10个以上路口离线）乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内修复。每超时一小时，乙方支付违约金¥1,000。
P:6.4　质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过软硬件小计的8%，即每年不超过¥167,760，且质保期满后的前两年不得上调。维护合同由双方另行签订，不自动续期。
P:6.5　乙方应设立本项目专属服务热线和服务台，安排不少于2名熟悉本项目的工程师负责日常维护，每季度对全部路口信号机和通信链路进行一次巡检，并向甲方提交巡检报告和配时效果评估报告。
H:第七条　知识产权
P:7.1　乙方为本项目定制开发的配时方案、接口程序、评价报表及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改、使用或委托第三方使用。
P:7.2　平台标准软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件和设备不侵犯第三方权利。
H:第八条　数据安全
P:8.1　平台采集的交通流量、信号运行、卡口过车及视频数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2　乙方人员须经甲方审查后方可进入专网机房，远程维护须经甲方逐次审批并通过运维审计系统进行。乙方应落实网络安全等级保护要求，采取访问控制、日志审计和数据加密措施。
P:8.3　发生数据泄露或安全事件的，乙方应在2小时内报告甲方并配合处置。因乙方原因造成数据泄露的，乙方承担全部法律责任和赔偿责任。
H:第九条　保密
P:乙方对履行合同中知悉的警务信息、网络结构、设备口令及甲方工作秘密负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条　违约责任
P:10.1　乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2　逾期超过30日或最终验收两次不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3　甲方逾期付款的（因财政审批原因除外），每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条　履约保证金
P:乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格后转为质量保证金，质保期满且乙方无违约情形的，甲方在20个工作日内无息退还。
H:第十二条　分包
P:本项目不允许分包或转包。乙方不得将合同义务的任何部分交由第三方履行。
H:第十三条　合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同。
H:第十四条　争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　不可抗力
P:因地震、洪水、疫情防控等不可抗力致使合同不能按期履行的，受影响方应在3日内通知对方并提供证明，双方可协商顺延履行期限；不可抗力持续超过60日的，任何一方均可书面通知解除合同。
H:第十六条　其他
P:本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：岚州市公安局交通警察支队　　代表签字：__________
P:乙方（盖章）：杭州智行交通科技有限公司　　代表签字：__________
P:签订日期：2025年　　月　　日
"""

H279Z02 = """T:染色机集中控制系统采购及维保合同
P:合同编号：HJYR-SB-2025-031
P:甲方（买方）：绍兴市柯桥区华锦印染有限公司
P:住所：绍兴市柯桥区滨海工业区兴滨路88号
P:乙方（卖方）：常州织控自动化科技有限公司
P:住所：常州市武进区常武中路18号
P:鉴于甲方拟对二号、三号车间的48台溢流染色机实施集中控制改造，乙方具备染整设备自动化控制系统的设计、供货和实施能力，双方经友好协商，就染色机集中控制系统的采购、安装、质保及质保期满后的维保服务达成如下协议。
H:一、供货及服务范围
P:（一）乙方负责提供48台染色机单机控制器、中控服务器及工作站、配方与工艺管理软件、助剂自动配送接口模块，完成安装接线、程序调试、与甲方现有助剂配送系统和ERP的对接，并对甲方操作工和工艺员进行培训。
P:（二）系统应实现升温曲线自动控制、配方集中下发、批次工艺记录追溯、染缸状态实时监视和能耗统计等功能，具体技术参数以本合同附件一《技术规格书》为准。
P:（三）乙方根据甲方现有工艺编制不少于60套常用品种的工艺模板，并开发与甲方ERP生产工单的数据接口。
H:二、合同价格
P:（一）本合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），含13%增值税。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|染色机单机控制器|48台|23,500|1,128,000
TB:2|中控服务器及工作站|1套|186,000|186,000
TB:3|配方与工艺管理软件许可|1套|342,000|342,000
TB:4|助剂自动配送接口模块|12套|14,000|168,000
TB:|软硬件小计|||1,824,000
TB:5|安装调试及系统对接|1项|136,000|136,000
TB:6|培训|1项|20,000|20,000
TB:|合同总价|||1,980,000
P:（二）上述价格已包含运输、保险、安装调试及质保期内的全部费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，即¥198,000。
P:（二）全部设备到货并安装调试完成后，甲方支付合同总价的50%，即¥990,000。安装调试完成不代表系统验收合格。
P:（三）系统终验合格后，甲方支付合同总价的35%，即¥693,000。
P:（四）剩余5%即¥99,000作为质量保证金，质保期满且无质量问题后10个工作日内支付。
H:四、交货与安装
P:（一）乙方应在合同生效后45日内将全部设备运至甲方指定车间，并在到货后30日内完成安装调试。为不影响生产，安装应分批进行，每批停机改造的染缸不超过8台，具体排程经甲方生产部确认。
P:（二）乙方可将染色机现场的安装接线工作交由其合作的当地安装队完成，乙方只需在进场前3日书面通知甲方，并对安装质量负责。
H:五、验收
P:（一）终验标准：48台染色机全部接入中控系统；升温控制精度±0.5℃；配方下发与单机执行一致率不低于99.5%；连续生产试运行20日内无一级故障；与ERP工单接口数据核对无差异；乙方提交竣工资料和操作手册。
P:（二）试运行结束后，甲方在10日内组织终验并出具验收报告。任何一项不达标的，乙方应限期整改并重新验收。设备到货签收、安装调试完成或甲方投入使用，均不视为验收合格。
H:六、故障响应
P:（一）一级故障（任一染缸控制失灵导致在产批次停机，或中控系统整体故障）：乙方30分钟内电话响应，3小时内到达现场，8小时内恢复生产。
P:（二）二级故障（单项功能异常但不影响生产）：2小时内响应，48小时内修复。
P:（三）乙方每超时一小时，按¥800向甲方支付违约金，可从质量保证金中直接扣除。
H:七、双方的其他义务
P:（一）甲方应按乙方提供的《现场条件要求》准备配电、接地和网络布线条件，安排改造染缸的停机窗口，并指定工艺员配合工艺模板的编制和验证。
P:（二）乙方应派驻具有电气作业资格的项目经理和工程师，遵守甲方安全生产和危险化学品管理制度，进入车间须佩戴防护用品。乙方人员在施工中造成人身伤害或设备损坏的，由乙方负责。
P:（三）乙方应在甲方厂内设立备件库，常用备件（控制主板、温度传感器、电磁阀）储备量不少于在用数量的5%，保证故障时能及时更换。
P:（四）乙方应分两期对甲方操作工、工艺员和设备维修人员进行现场培训，培训结束后经考核合格的人员应能独立完成日常操作和一般故障排除。
H:八、质量保证与维保
P:（一）质保期为十八个月，自系统终验合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:（二）质保期满后，乙方为甲方提供年度维保服务，包括定期巡检、备件更换、软件升级和故障处理。维保年费按软硬件小计的24%计取，即每年¥437,760，在质保期满后三年半内保持不变，按季度支付。
P:（三）维保期内的故障响应时限同本合同第六条。维保期内乙方每季度对全部控制器、传感器和中控系统进行一次现场巡检，出具巡检报告，并根据甲方新增品种免费更新工艺模板，每年不少于10套。
P:（四）维保期内更换的部件由乙方免费提供，但因甲方操作不当、车间水汽腐蚀防护不符合《现场条件要求》造成的损坏除外。
H:九、知识产权
P:（一）乙方为甲方编制的工艺模板、ERP接口程序及其源代码，知识产权归甲方所有，甲方可自行修改和使用。
P:（二）配方与工艺管理软件的著作权归乙方，甲方享有永久使用权。
H:十、数据安全
P:（一）系统中的配方、工艺参数、生产批次记录和能耗数据属于甲方，乙方仅为本合同目的使用，不得复制或向第三方提供。
P:（二）乙方远程维护须经甲方信息部逐次批准，并通过甲方指定的远程通道进行，结束后立即断开。乙方应采取病毒防护和访问控制措施，不得在系统中预留后门。
P:（三）发生数据泄露或被篡改的，乙方应在24小时内通知甲方并协助处置；因乙方原因造成的，由乙方承担赔偿责任。
H:十一、保密
P:双方对合同履行中获知的对方商业秘密和技术秘密（包括甲方的配方及工艺）负有保密义务，未经对方书面同意不得披露。乙方应要求其参与本项目的员工签署保密承诺书，员工违反保密义务的，视为乙方违反。本条在合同终止后三年内持续有效。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）逾期超过30日的，甲方有权解除合同并要求乙方返还已付款项。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十三、不可抗力
P:因不可抗力导致任何一方不能履行合同的，应及时通知对方并在合理期限内提供证明，双方根据影响程度协商延期履行或部分免除责任。
H:十四、合同解除
P:任何一方严重违约，经守约方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交绍兴仲裁委员会仲裁。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格书》、附件二《设备清单》为本合同的组成部分。
P:甲方：绍兴市柯桥区华锦印染有限公司（盖章）　　授权代表：__________
P:乙方：常州织控自动化科技有限公司（盖章）　　授权代表：__________
P:日期：2025年　　月　　日
"""

H279Z03 = """# 齿悦口腔连锁门诊预约管理云服务（SaaS）合同

合同编号：CY-IT-2025-0712

**甲方（客户）**：深圳齿悦口腔医疗管理有限公司
统一社会信用代码：91440300MA5G8LQ24K　　地址：深圳市南山区科苑南路3099号

**乙方（服务商）**：广州约诊云科技有限公司
统一社会信用代码：91440101MA9W3TR67P　　地址：广州市天河区黄埔大道西638号

甲方经营25家连锁口腔门诊，为统一各门诊的预约挂号、排班和复诊提醒，拟采购乙方“约诊云”口腔预约管理平台的订阅服务及实施服务。双方在平等自愿的基础上，订立本合同。

## 1 服务内容

1.1 乙方向甲方25家门诊开通“约诊云”平台的订阅服务，包括线上预约（微信小程序、电话坐席）、医生排班、椅位管理、复诊及洁牙提醒、短信通知、预约统计报表等功能模块。

1.2 乙方负责实施服务：将甲方现有系统中的历史预约和患者档案迁移至平台，完成25家门诊的上线配置和人员培训，并完成平台与甲方微信小程序、门诊HIS系统的对接。

1.3 服务期为三十六个月，自平台上线验收合格之日起计算。

## 2 费用

2.1 本合同总金额为人民币壹佰贰拾万零陆仟元整（¥1,206,000），明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 25家门诊 × 每门诊每年¥14,400 × 3个服务年度 | 1,080,000 |
| 历史数据迁移 | 一次性 | 58,000 |
| 门诊上线配置与培训 | 一次性 | 44,000 |
| 小程序及HIS对接 | 一次性 | 24,000 |
| 合计 | | 1,206,000 |

2.2 甲方新开门诊的，按每门诊每年¥14,400按月折算增加订阅费；门诊关闭的，自次月起相应减少。

## 3 付款

3.1 本合同不设预付款。

3.2 订阅费按季度结算，每季度¥90,000，甲方在每个服务季度结束后15日内支付上一季度费用。

3.3 实施费合计¥126,000，在上线验收合格后15个工作日内一次性支付。

3.4 乙方应在收款前开具增值税专用发票。

## 4 实施与上线验收

4.1 乙方应在合同签订后60日内完成实施并申请上线验收。

4.2 上线验收标准：（1）历史预约及患者档案迁移后与原系统抽样核对一致，差错率不高于万分之一；（2）25家门诊全部完成配置并实际运行满7日；（3）小程序预约与门诊HIS之间的数据同步时间不超过5秒；（4）平台在300个并发用户下页面响应时间不超过2秒；（5）乙方提交配置说明、操作手册和培训记录。

4.3 甲方应在收到验收申请后10个工作日内组织验收并签署验收单。平台开通、门诊使用或甲方付款均不视为上线验收合格。

4.4 因乙方原因未能在约定期限内通过上线验收的，每逾期一日，乙方向甲方支付违约金¥900。

## 5 服务水平

5.1 乙方承诺平台月可用率不低于99.5%（计划内维护且提前48小时通知的除外，计划维护应安排在夜间22:00至次日6:00进行）。

5.2 故障分级：一级故障指全部或多家门诊无法预约、排班数据丢失，乙方应在30分钟内响应，2小时内恢复；二级故障指部分功能异常，乙方应在2小时内响应，24小时内修复。

5.3 当月可用率低于99.5%但不低于99.0%的，乙方按当月订阅费的5%抵扣服务费；低于99.0%的，按当月订阅费的10%抵扣。一级故障未按时响应或恢复的，每次另行抵扣¥1,000。

5.4 乙方提供7×24小时服务热线，并为甲方指定专属客户成功经理。

5.5 乙方应每月向甲方提交服务报告，列明当月可用率、故障记录、处理时长及服务费抵扣金额，经甲方确认后作为季度结算依据。

## 6 续期

6.1 服务期届满前30日内，任何一方未书面提出不续约的，本合同自动续期二十四个月，续期可连续发生。

6.2 自动续期时，乙方有权按其届时的标准报价调整订阅费单价，但上调幅度不超过上一期单价的8%。乙方应在续期生效前以短信或邮件方式告知甲方调整后的价格。

## 7 数据

7.1 甲方及其患者在平台中产生的预约记录、患者联系信息、就诊偏好等数据（“甲方数据”）归甲方所有。

7.2 甲方同意，乙方有权对甲方数据进行去标识化、汇总处理后，用于口腔行业分析报告、产品功能改进及排班算法训练，处理后形成的统计数据及模型归乙方所有，本合同终止后仍可继续使用。

7.3 服务期满或合同终止后30日内，乙方应按甲方要求导出并交付全部甲方数据，之后删除平台中的甲方数据并出具删除证明。

## 8 数据安全

8.1 平台部署于阿里云华南（深圳）地域，乙方应保持平台网络安全等级保护第三级备案，对患者个人信息加密存储和传输，实施最小权限和访问日志审计，日志保存不少于六个月。

8.2 乙方应遵守《个人信息保护法》《数据安全法》等规定。发生数据泄露、篡改或丢失的，乙方应在12小时内通知甲方，立即采取补救措施，并承担因此给甲方及患者造成的全部损失。

## 9 保密

双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务不因合同终止而解除。

## 10 知识产权

10.1 平台软件及其升级版本的知识产权归乙方。

10.2 乙方为甲方定制的预约规则、报表模板、小程序页面及对接程序，知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。

## 11 双方责任

11.1 甲方应指定项目负责人，及时提供历史数据、门诊排班规则和对接所需的接口资料，组织各门诊前台及医生参加培训。

11.2 乙方应为实施阶段指派具备口腔门诊系统实施经验的项目经理，并在各门诊上线首周安排人员现场或远程值守。平台版本升级影响甲方使用习惯的，乙方应提前10日通知并提供操作说明。

11.3 乙方不得在平台内向甲方患者推送与甲方无关的广告或第三方营销信息。

## 12 分包

乙方不得将本合同项下服务分包给第三方，但平台所使用的阿里云基础设施服务除外。确需分包的，须事先取得甲方书面同意。

## 13 不可抗力

因不可抗力或电信运营商、云基础设施大范围故障导致服务中断的，受影响方应及时通知对方并尽力减少损失，该期间不计入可用率考核，但乙方应在障碍消除后尽快恢复服务。

## 14 责任限制

乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但因数据泄露、侵犯知识产权或故意、重大过失造成的损失不受此限。

## 15 合同解除

15.1 乙方严重违约（包括连续两个月可用率低于99.0%、发生重大数据安全事件），经甲方书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期间结算费用。

15.2 甲方逾期付款超过60日，经乙方催告后仍未支付的，乙方可暂停服务。

## 16 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交广州仲裁委员会仲裁。

## 17 其他

本合同附件一《平台功能清单》、附件二《实施计划》、附件三《服务报告模板》为本合同不可分割的组成部分，附件与正文不一致的，以正文为准。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：深圳齿悦口腔医疗管理有限公司　　　乙方（盖章）：广州约诊云科技有限公司

授权代表：__________　　　　　　　　　　　　　　授权代表：__________

日期：2025年　月　日
"""

H279Z04 = """安澜县人民医院信息中心机房及HIS服务器年度运维服务合同

合同编号：ALXRMYY-CG-2025-058
采购方式：竞争性磋商（项目编号：ALCG-2025-CS-117）

采购人（甲方）：安澜县人民医院
地址：安澜县城关镇人民路45号
联系人：信息中心 周主任

供应商（乙方）：丽水数维信息技术服务有限公司
地址：丽水市莲都区丽阳街522号
联系人：项目经理 叶工

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方信息中心机房及HIS服务器年度运维服务事宜订立本合同。

第一条 服务范围
（一）运维对象：甲方信息中心主机房及备用机房内的HIS、LIS、PACS、电子病历等业务系统所用服务器、存储、SAN交换机、备份一体机共78台设备，以及机房精密空调、UPS、配电柜、动环监控系统。设备清单见附件一。
（二）服务内容：驻场运维、设备巡检维护、机房动环及UPS维护、数据备份与容灾演练、安全加固与漏洞修复、故障处理及应急保障。
（三）本合同不包括应用软件的功能修改和二次开发，不包括需更换的备件费用（备件由甲方另行采购，乙方负责更换安装）。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，甲方如需继续采购，应依法重新组织采购，本合同不自动续期。乙方应在服务期开始前完成与原服务商的交接，对全部设备进行一次初始检查，并向甲方提交设备现状评估报告和驻场人员名单。

第三条 合同价款
（一）本合同总价为人民币肆拾玖万陆仟元整（¥496,000），为服务期内的固定总价，明细如下：
  1. 驻场运维（2名工程师，工作日8:00—18:00驻场，节假日轮值）：216,000元
  2. 服务器及存储巡检维护（78台设备）：132,000元
  3. 机房动环及UPS维护：64,000元
  4. 数据备份与容灾演练：46,000元
  5. 安全加固与漏洞修复：38,000元
  合计：496,000元
（二）合同价款已包含人员、交通、工具、税费等全部费用。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度124,000元。每个服务季度结束后，经甲方季度考核合格，乙方开具发票，甲方在15个工作日内支付该季度服务费，考核扣款从当季服务费中扣除。

第五条 服务要求
（一）驻场工程师须具备服务器或存储厂商认证，乙方更换驻场人员须提前10日告知甲方并经甲方认可。
（二）巡检：乙方每日对核心设备运行状态进行检查并记录；每月对全部设备进行一次全面巡检，出具巡检报告；每季度对UPS蓄电池进行一次放电测试。
（三）备份：HIS及电子病历数据库每日全量备份、每小时增量备份，备份数据每月进行一次恢复验证；每半年组织一次容灾切换演练，演练方案事先报甲方批准。
（四）安全加固：每季度开展一次漏洞扫描和基线核查，高危漏洞在发现后7日内完成修复或采取缓解措施。
（五）应急保障：春节、国庆等长假及医院等级评审、重大公共卫生事件期间，乙方应安排专人24小时值守，并提前制定保障方案报甲方备案。
（六）服务报告：乙方每月5日前提交上月运维月报，内容包括设备运行情况、故障及处理记录、备份执行情况、安全隐患和改进建议；重大故障处理完毕后3个工作日内提交故障分析报告。
（七）设备变更：乙方对设备配置、系统参数进行任何变更前，须填写变更申请，说明变更原因、风险及回退方案，经甲方信息中心批准后在业务低峰时段实施。

第六条 故障响应与考核
（一）一级故障（HIS核心数据库服务器、存储或机房供电中断，导致门诊或住院业务停止）：乙方15分钟内响应，驻场人员立即处置，2小时内恢复业务或启用应急预案。
（二）二级故障（单台设备故障，业务未中断）：1小时内响应，8小时内修复。
（三）三级故障（一般性问题）：当日响应，3个工作日内处理完毕。
（四）一级故障每超时一次扣减服务费2,000元，二级故障每超时一次扣减500元。甲方每季度按附件二《运维考核表》评分，得分低于90分的，另扣减当季服务费的3%。

第七条 验收
（一）季度考核即为季度服务验收，考核内容包括巡检记录完整性、故障处理时限、备份恢复验证结果和驻场出勤情况。
（二）服务期满前，乙方提交年度运维总结、设备健康评估报告及全部运维文档，甲方组织年度验收。验收标准为：四个季度考核均合格；全年未发生因乙方原因导致的数据丢失；容灾演练达到方案规定的恢复目标。

第八条 数据安全
（一）甲方业务系统中的患者信息、诊疗数据、运行日志均属于甲方，乙方仅可为履行运维职责访问，不得拷贝、下载、留存或向他人提供。
（二）乙方人员一律通过甲方运维堡垒机进行操作，禁止使用个人移动存储设备，禁止在机房私接网络。乙方应遵守网络安全等级保护和医疗卫生机构数据安全管理的相关规定。
（三）发现数据泄露、勒索病毒等安全事件时，乙方应在2小时内报告甲方并配合处置；因乙方原因造成数据泄露、损毁的，乙方承担全部法律责任并赔偿甲方损失。

第九条 保密
乙方及其人员对在服务中接触的医院内部信息、患者隐私、网络拓扑和系统口令负有保密义务，乙方应与驻场人员签订保密协议。保密义务在本合同终止后继续有效。

第十条 知识产权
乙方在服务中为甲方编写的运维文档、巡检报告、脚本、应急预案及配置记录归甲方所有，甲方可自由使用和修改。

第十一条 分包与转包
乙方不得将本合同项下服务转包或分包给任何第三方。

第十二条 双方义务
（一）甲方为驻场人员提供办公场所和必要的网络条件，协调各设备原厂的技术支持。
（二）乙方应遵守甲方各项管理制度，服从信息中心的工作安排，不得影响医院正常诊疗秩序。乙方驻场人员在院内发生的人身安全事故由乙方自行负责。乙方应为驻场人员依法缴纳社会保险，甲方与乙方人员之间不构成劳动关系。

（三）服务期满或合同终止时，乙方应在10个工作日内完成交接，向甲方或其指定的新服务商移交全部设备口令、配置文档、运维记录和未结问题清单，并配合完成过渡期内的故障处理。

第十三条 违约责任
乙方违反本合同约定的，应承担违约责任，赔偿甲方由此遭受的损失。乙方未达到服务要求的，甲方按第六条的规定扣减服务费。

第十四条 合同的变更和解除
（一）本合同履行中，双方协商一致可以书面方式变更服务内容。
（二）服务期内，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。乙方服务不符合约定的，甲方可按第六条考核扣款并要求乙方更换驻场人员，但不得以此为由解除合同。

第十五条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十六条 其他
本合同一式四份，甲乙双方各执两份，经双方法定代表人或授权代表签字并加盖公章后生效。附件一《运维设备清单》、附件二《运维考核表》为本合同组成部分。

甲方（盖章）：安澜县人民医院　　　　　　　　乙方（盖章）：丽水数维信息技术服务有限公司
法定代表人或授权代表：__________　　　　　法定代表人或授权代表：__________
签订日期：2025年6月　日
"""

H279Z05 = """# 匠造MES生产执行系统软件许可及定制开发合同

（匠造MES标准合同范本 V4.0 ｜ 武汉匠造智能软件有限公司 制）

合同编号：JZ-MES-2025-1186

甲方（用户）：咸宁市桂乡食品有限公司
地址：咸宁市咸安区桂花镇桂乡大道16号

乙方（开发方）：武汉匠造智能软件有限公司
地址：武汉市东湖新技术开发区光谷大道77号

甲方为桂花糕、桂花糖及桂花酥等糕点产品的生产企业，拟在其糕点生产车间上线生产执行系统（MES），实现从桂花原料收储、糖渍、配料、蒸制、冷却、包装到入库的全过程管理。乙方为MES软件的开发商。双方依据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下条款。

## 第一章 定义

1.1 “标准软件”指乙方拥有著作权的匠造MES V6标准版软件及其用户手册。

1.2 “定制开发”指乙方根据甲方需求，在标准软件基础上开发的桂花糖渍工艺追溯、蒸制批次管理和冷链温控对接功能，以及相应的接口程序、数据库脚本和源代码。

1.3 “上线”指系统在甲方生产车间安装完成并开始处理真实生产数据。

1.4 “工作日”指中华人民共和国法定工作日。

## 第二章 系统功能范围

标准软件包括以下模块：基础数据管理、生产计划排程、物料领用与投料防错、工序报工、批次追溯、质量检验记录、设备状态采集、仓储条码管理和生产报表。定制开发包括：（1）桂花糖渍工艺追溯，记录每批鲜桂花的采收地块、到厂时间、糖渍配比、糖渍起止时间和缸号；（2）蒸制批次管理，按蒸柜记录蒸制温度、时长和出柜时间，与包装批次自动关联；（3）冷链温控对接，采集冷却间和成品冷库温度记录仪的数据并设置超限提醒。定制开发的详细需求以双方签字确认的《需求规格说明书》为准，《需求规格说明书》确认后甲方提出的新增需求按变更处理。

## 第三章 合同价款

3.1 本合同总价为人民币玖拾玖万捌仟元整（¥998,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠造MES标准版软件许可（含60个并发用户） | 520,000 |
| 2 | 定制开发（桂花糖渍工艺追溯、蒸制批次管理、冷链温控对接） | 386,000 |
| 3 | 实施部署 | 74,000 |
| 4 | 用户培训 | 18,000 |
| | 合计 | 998,000 |

3.2 甲方需增加并发用户数的，按乙方届时的价格另行购买。

## 第四章 付款方式

4.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即¥548,900，乙方收到该笔款项后启动项目。

4.2 系统上线后10个工作日内，甲方支付合同总价的45%，即¥449,100。

4.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术服务。

## 第五章 项目实施

5.1 乙方应在收到首笔款项后120日内完成标准软件部署、定制开发及系统上线。

5.2 甲方应提供符合乙方要求的服务器、网络和车间终端环境，并提供工艺流程、配方管理规则、批次编码规则等需求资料。因甲方需求变更或资料提供迟延导致工期延误的，工期相应顺延，由此增加的工作量按乙方人天单价另行计费。

5.3 项目实施分为需求调研、方案确认、开发测试、部署上线四个阶段。每一阶段完成后，乙方提交阶段成果，甲方应在5个工作日内签字确认，逾期未确认的，视为确认。

5.4 乙方负责对甲方车间主任、班组长、质检员和仓管员进行操作培训，培训不超过3次，每次不超过1天。超出部分按乙方人天单价另行收费。

5.5 乙方逾期完成上线的，每逾期一日，按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第六章 验收

6.1 系统上线运行满7日，甲方未以书面形式向乙方提出异议的，即视为系统验收合格。

6.2 甲方在上线后使用系统处理生产业务的，视为甲方认可系统已符合合同要求。

## 第七章 质保与售后服务

7.1 免费质保期为三个月，自系统上线之日起计算。质保期内乙方免费修复软件缺陷。

7.2 质保期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

7.3 故障响应：一级故障（系统无法登录或生产数据无法录入）乙方在接到报修后24小时内响应；二级故障在3个工作日内响应。乙方以远程支持为主，需要现场服务的，差旅费由甲方承担。

7.4 乙方将尽力在上述时限内响应和处理故障，但不因响应或修复超时承担任何扣款、赔偿或违约金。

7.5 标准软件的版本升级由乙方统一发布。质保期内甲方可免费获得补丁；质保期满后未签订维护协议的，甲方不再享有升级和补丁服务，乙方也不再对系统运行问题提供支持。

7.6 因甲方自行修改系统配置、擅自安装其他软件、服务器硬件故障或电力中断造成的系统问题，不属于乙方质保范围，乙方可提供有偿服务。

## 第八章 知识产权

8.1 标准软件的著作权及其他知识产权归乙方所有，乙方授予甲方在本合同约定的用户数范围内非独占、不可转让的使用许可。

8.2 定制开发成果（包括接口程序、数据库脚本、报表和源代码）的知识产权归乙方所有，乙方可将其用于其他客户项目。甲方享有在本企业内部使用的权利，未经乙方书面同意，甲方不得修改、反编译或提供给第三方使用。

## 第九章 数据

9.1 甲方在系统中录入和产生的生产数据、配方、批次及质量追溯记录归甲方所有，乙方仅为履行本合同使用。

9.2 乙方在实施和维护过程中接触甲方生产数据的，应采取必要的安全防护措施，包括账号权限控制、操作日志记录和数据传输加密，防止数据被泄露、篡改或丢失。因乙方原因发生数据安全事件的，乙方应在24小时内通知甲方，采取补救措施，并承担相应的赔偿责任。

9.3 本合同终止后，经甲方书面要求，乙方应协助甲方将系统中的生产数据导出为通用格式文件，乙方收取的协助费用按人天单价计算。

## 第十章 责任限制

10.1 任何情况下，乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的25%。

10.2 乙方不承担甲方的利润损失、停产损失、产品召回损失等间接损失。

## 第十一章 合同解除

11.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，另一方可书面通知解除本合同。

11.2 合同解除后，甲方已支付的标准软件许可费不予退还。

## 第十二章 不可抗力

因不可抗力不能履行合同的，受影响方不承担责任，但应在不可抗力发生后15日内通知对方。网络攻击、第三方云服务或操作系统厂商原因导致的服务中断，视为不可抗力，乙方不承担责任。

## 第十三章 争议解决

因本合同产生的争议，双方友好协商；协商不成的，提交武汉仲裁委员会仲裁。

## 第十四章 其他

14.1 本合同为乙方标准合同文本，甲方确认已阅读并理解全部条款。

14.2 乙方对本合同条款享有最终解释权。本合同未约定的服务事项，以乙方官方网站公布的《匠造服务说明》为准。

14.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：咸宁市桂乡食品有限公司　　　　乙方（盖章）：武汉匠造智能软件有限公司

代表签字：__________　　　　　　　　　　　代表签字：__________

日期：2025年　月　日
"""

H279E01 = """T:Software Licence and Services Agreement - FormaBamboo CAD
P:Agreement No. SLF-CN-2025-088
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Jiangxi Zhuyun Bamboo Furniture Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 9 Zhuxiang Road, Yiyang County, Shangrao, Jiangxi Province (the "Customer"); and
P:(2) Studio Legnoforma S.r.l., a company with its registered office at Via del Faro 3, Isola Tuarredda, Italy (the "Vendor").
P:Background. The Customer makes bamboo furniture in Yiyang and wishes to replace its two-dimensional drawing tools with parametric design software connected to its CNC routers. The Vendor develops FormaBamboo CAD and has agreed to license it and provide the related services on the terms below. At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means FormaBamboo CAD Pro, version 9, and the FormaBamboo CAM post-processor module, in object code, with their user documentation and any updates supplied under this Agreement.
P:1.2 "Component Library" means the library of parametric bamboo components to be developed by the Vendor for the Customer under Article 3, including joint types, culm profiles, laminated panel families, hardware fittings and their rules.
P:1.3 "Deliverables" means the Component Library, the CNC post-processor configurations and any scripts, templates and documents prepared by the Vendor specifically for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance tests have been passed.
P:1.5 "Severity 1 Fault" means a fault that prevents all users from saving or exporting drawings, or that stops CNC output.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for fourteen (14) named users of FormaBamboo CAD Pro and two (2) seats of the CAM post-processor module, for the Customer's own business at any of its sites in mainland China.
P:2.2 The Customer may make backup copies and may reassign a named-user licence when an employee leaves.
P:2.3 Once paid for, the licence survives any termination of this Agreement.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Licensed Software on the Customer's server and workstations, connect it to the Customer's three CNC routers and edge-banding line, and configure the post-processors so that drawings can be sent to each machine without manual editing.
P:3.2 The Vendor shall develop the Component Library of not fewer than 180 parametric components based on the Customer's existing product catalogue and bamboo processing rules, such as culm wall thickness, node spacing and lamination direction.
P:3.3 The Vendor shall deliver two on-site training courses of three days each for designers and one course of two days for CNC operators, with training materials in Chinese.
P:3.4 The Vendor shall complete installation within 45 days and the whole of the services within 100 days after the Effective Date, following a project plan agreed by both parties within 10 days after signature.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 980,000 (the "Contract Price"), inclusive of VAT, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:FormaBamboo CAD Pro perpetual named-user licence|14|46,500|651,000
TB:FormaBamboo CAM post-processor module licence|2|38,000|76,000
TB:Licence Subtotal|||727,000
TB:Component Library development|1|158,000|158,000
TB:Installation, configuration and CNC integration|1|64,000|64,000
TB:Training|1|31,000|31,000
TB:Contract Price|||980,000
P:4.2 The Customer shall pay the Contract Price as follows: (a) twenty per cent (CNY 196,000) within 15 days after signature, against the Vendor's invoice; (b) forty-five per cent (CNY 441,000) within 15 days after the Installation Certificate under Article 5.1; and (c) thirty-five per cent (CNY 343,000) within 15 days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer in CNY to the Vendor's account with its onshore collection agent named in the invoice. The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:Article 5 Installation and Acceptance
P:5.1 When the Licensed Software is installed on all workstations and connected to the CNC routers, the Vendor shall notify the Customer, and the parties shall sign an Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance of the Licensed Software or of the Deliverables.
P:5.2 The acceptance tests shall verify that: (a) all fourteen named users can create, edit and save drawings concurrently without error; (b) the Component Library contains at least 180 components, each of which regenerates correctly when its main dimensions are changed; (c) twenty sample products chosen by the Customer can be designed and sent to each CNC router, and the parts cut match the drawings within 0.3 mm; (d) the cutting lists and bills of materials exported to the Customer's ERP match the drawings; and (e) the system runs for 20 consecutive working days in production use without a Severity 1 Fault.
P:5.3 When all tests are passed, the Customer shall sign a Final Acceptance certificate within 7 working days. If a test fails, the Vendor shall correct the defect at its own cost and the failed test shall be repeated. Use of the Licensed Software in production, signature of the Installation Certificate or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Deliverables will conform to their documentation and to this Agreement for twenty-four (24) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and provide all updates and new versions of the Licensed Software at no cost.
P:6.2 The Vendor shall provide support in Chinese by telephone, e-mail and remote session. For a Severity 1 Fault the Vendor shall respond within 2 hours and provide a workaround within one working day; for other faults it shall respond within one working day.
P:6.3 If the Vendor fails to respond to a Severity 1 Fault within the time in Article 6.2, it shall credit the Customer CNY 600 for each hour of delay, to be deducted from the next payment or paid within 30 days.
P:6.4 After the Warranty Period the Customer may order annual support and updates at a fee of eleven per cent (11%) of the Licence Subtotal, that is CNY 79,970 per year. This fee shall not be increased during the first three support years. Support is ordered by the Customer's purchase order for each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Deliverables, including the Component Library and its source files, vest in the Customer upon creation. The Customer may use, modify, copy and license the Deliverables freely, including to its contractors.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Security
P:8.1 All drawings, designs, product data and files created by the Customer with the Licensed Software belong to the Customer. The Vendor shall use them only to perform this Agreement and shall not retain copies after completing a support task.
P:8.2 The Vendor shall access the Customer's systems only through a remote session opened by the Customer for each support task, with the Customer's staff present, and shall follow the Customer's security instructions. The Vendor shall keep any Customer files it receives encrypted and shall delete them when the task is closed.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer data in its possession and shall bear the losses caused by a security incident attributable to the Vendor.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Customer's product designs and prices and the Vendor's source code, and shall use it only for this Agreement. This obligation continues for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete the services within the time in Article 3.4 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 7.3, to breaches of Articles 8 and 9, or to wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 If the delay damages under Article 10.1 reach their maximum, the Customer may also terminate the services.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Italy.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Chamber of Arbitration of Milan by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement is signed in English and Chinese; both versions have equal force.
P:14.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:Signed for and on behalf of the Customer: ____________________  Name / Title / Date
P:Signed for and on behalf of the Vendor: ____________________  Name / Title / Date
"""

H279E02 = """# Galop Numérique — Order Form No. GN-2025-0611

**Vendor:** Galop Numérique SAS, 14 quai des Mouettes, Île Brunec, France ("Galop", "we")
**Customer:** Lijiang Yulong Trails Horse Trekking Co., Ltd., No. 32 Baisha Road, Yulong County, Lijiang, Yunnan Province, People's Republic of China ("Customer")
**Order Form date:** 2025-06-11
**Agreement:** this Order Form together with the Galop Numérique General Terms below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part 1 — Order details

**Subscribed service.** TrailDesk online booking platform for guided horse treks and riding lessons, covering the public booking engine (web and WeChat mini-program), guide and horse rostering, deposit and waiver handling, and the Channel Manager add-on that synchronises availability with online travel agencies.

**Subscription Term.** Thirty-six (36) months from the Service Start Date, divided into three Subscription Years. The Service Start Date is the date of Go-Live Acceptance under Section 4 of the General Terms.

**Currency.** At the Customer's request, all fees are stated, invoiced and payable in Chinese yuan (CNY), and the Customer will pay them from its account in China. Fees include applicable taxes.

| Item | Basis | Fee (CNY) |
|---|---|---|
| TrailDesk Booking Engine (up to 40 guides, 160 horses, unlimited bookings) | 168,000 per Subscription Year × 3 | 504,000 |
| Channel Manager add-on (up to 6 connected travel agencies) | 42,000 per Subscription Year × 3 | 126,000 |
| Set-up, configuration and data migration | one-time | 48,000 |
| **Total fees for the Subscription Term** | | **678,000** |

**Invoicing and payment.**
(a) On signature of this Order Form, Galop will invoice the fees for the first Subscription Year and the set-up fee, together CNY 258,000. This invoice is payable within 10 days and in any case before the Service Start Date; Galop will not start the set-up work until it is paid.
(b) The fees for the second and third Subscription Years (CNY 210,000 each) are invoiced 30 days before the start of the relevant Subscription Year and are payable in advance.
(c) Invoices are payable by bank transfer to Galop's collection account in Shanghai named on the invoice.

**Renewal.** The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

**Customer contacts.** Operations: Ms He Lan, operations manager. Finance: Mr Mu Qiang, chief accountant.

## Part 2 — General Terms

### Section 1. Definitions

1.1 "Services" means the subscribed TrailDesk services described in the Order Form, including hosting, maintenance, updates and support.

1.2 "Customer Data" means all data entered into or generated by the Services for the Customer, including rider names, identity and contact details, health declarations, waivers, booking and payment records, guide and horse schedules.

1.3 "Customer Configurations" means the route pages, booking widgets, price and deposit rules, waiver templates and report layouts that Galop configures or builds specifically for the Customer.

1.4 "Priority 1 Incident" means an incident that makes the booking engine unavailable to riders or prevents the Customer's staff from viewing the day's treks.

### Section 2. Provision of the Services

2.1 Galop will make the Services available to the Customer during the Subscription Term in accordance with this Agreement and the documentation.

2.2 Galop may update the Services from time to time, provided that an update does not materially reduce the functions subscribed by the Customer.

2.3 The Customer is responsible for its user accounts and for the accuracy of the trek schedules, prices and rider information it enters.

2.4 The Customer will not use the Services to send unsolicited marketing messages and will obtain any consent required under applicable law before it collects rider information through the booking pages.

### Section 3. Set-up

3.1 Galop will configure the Services for the Customer's four riding bases in Yulong County, migrate the Customer's existing booking and rider records from its spreadsheets and current booking tool, set up the mini-program booking pages in Chinese and English, and connect the Channel Manager to the travel agencies listed by the Customer.

3.2 Galop will provide two remote training sessions for office staff and one on-site session at the main riding base for guides.

3.3 The Customer will provide its existing records, route descriptions, photographs, prices and waiver texts within 10 days after the Order Form date and will appoint a project contact who can take decisions on configuration.

### Section 4. Go-Live Acceptance

4.1 Galop will make the configured Services available for testing no later than 45 days after the invoice under Order Form item (a) is paid.

4.2 The Customer will test the Services within 10 working days. The Services pass Go-Live Acceptance when: (a) at least 300 migrated rider and booking records are checked by sampling and match the source data; (b) a rider can book, pay a deposit, sign a waiver and receive confirmation through both the web page and the mini-program; (c) a booking made in the Channel Manager appears on the roster within two minutes; (d) guide and horse rosters for a sample week can be created and printed; and (e) no Priority 1 Incident is open.

4.3 The Customer will confirm Go-Live Acceptance in writing. Use of the Services by the Customer before that confirmation is not acceptance.

4.4 If the Services are not ready for Go-Live Acceptance by the date in Section 4.1 for reasons attributable to Galop, Galop will pay the Customer CNY 500 for each day of delay.

### Section 5. Service levels

5.1 Galop will make the booking engine available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Galop provides support by e-mail, telephone and the in-app chat, with Chinese-speaking support staff. Galop will respond to a Priority 1 Incident within 1 hour at any time and will work continuously until service is restored. Other incidents will receive a response within one business day.

5.3 If monthly availability is below 99.95% but not below 99.5%, the Customer will receive a service credit of 5% of the monthly equivalent of the subscription fees; if it is below 99.5%, the credit is 10%. Credits are deducted from the next invoice, or paid out at the end of the Subscription Term.

### Section 6. Customer Data and security

6.1 Customer Data belongs to the Customer. Galop processes Customer Data only to provide the Services and on the Customer's documented instructions, and will not sell, analyse or otherwise use it for any other purpose.

6.2 Customer Data is hosted in Alibaba Cloud data centres in mainland China and will not be transferred outside mainland China. Galop staff outside China have no access to Customer Data except, with the Customer's prior approval, for a specific support task through a logged session.

6.3 Galop maintains technical and organisational security measures appropriate to the Customer Data, including encryption in transit and at rest, multi-factor authentication for administrators, role-based access and daily backups kept for 30 days.

6.4 Galop will notify the Customer within 24 hours after becoming aware of a personal data breach affecting Customer Data, will take immediate steps to contain it, and will bear the costs and losses caused by a breach attributable to Galop or its hosting provider.

6.5 At the end of the Subscription Term Galop will return the Customer Data in CSV format and then delete it.

### Section 7. Intellectual property

7.1 Galop owns the Services and the underlying software.

7.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and may give them to another service provider.

### Section 8. Confidentiality

Each party will keep the other party's confidential information secret, use it only for the purposes of this Agreement and disclose it only to its staff and advisers who need to know it. This obligation survives for three years after the end of the Agreement.

### Section 9. Subcontracting

Galop uses Alibaba Cloud as its hosting provider, which the Customer approves by signing the Order Form. Galop will not use any other subcontractor for the Services without the Customer's prior written consent.

### Section 10. Limitation of liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

10.2 Galop's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

### Section 11. Term and termination

11.1 The Agreement starts on the Order Form date and continues for the Subscription Term.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for Galop's breach, Galop will refund the prepaid fees for the period after termination.

### Section 12. Governing law and jurisdiction

12.1 This Agreement is governed by French law.

12.2 Any dispute relating to this Agreement will be submitted to the exclusive jurisdiction of the Commercial Court of Paris (Tribunal de commerce de Paris).

### Section 13. Miscellaneous

13.1 This Agreement is the entire agreement between the parties about its subject matter. Changes must be in writing and signed by both parties.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control.

**Signed for Galop Numérique SAS:** ____________________ Name, title, date

**Signed for Lijiang Yulong Trails Horse Trekking Co., Ltd.:** ____________________ Name, title, date
"""

H279E03 = """T:Supply and Installation Contract for Soil Sensor Network
P:Contract No. TBC-PUR-2025-046
P:THIS CONTRACT is made on the date of the last signature below BETWEEN:
P:Xinjiang Tarim Baiyun Cotton Farming Co., Ltd., a company established in the People's Republic of China, whose registered office is at No. 88 Tuanjie Road, Aral, Xinjiang Uygur Autonomous Region (the "Buyer"); AND
P:Feldmess Systeme GmbH, a company established in Germany, whose registered office is at Hafenstrasse 5, Insel Buhlitz, Germany (the "Supplier").
P:WHEREAS the Buyer farms approximately 6,400 hectares of drip-irrigated cotton in four blocks near Aral and wishes to measure soil moisture, temperature and salinity at root depth in order to schedule irrigation and fertigation more precisely; and WHEREAS the Supplier, after a tender held by the Buyer, has offered to supply, install, calibrate and integrate a soil sensor network on the Buyer's terms and conditions; the parties agree as follows. At the Buyer's request all amounts in this Contract are stated and paid in Chinese yuan (CNY).
H:Clause 1 Definitions and Interpretation
P:1.1 "Equipment" means the probes, gateways, weather stations, mounting kits, batteries, solar panels and spare parts listed in Schedule 1.
P:1.2 "Software" means the FeldView irrigation analytics software, licensed perpetually under Clause 3, including its updates.
P:1.3 "System" means the Equipment and the Software installed, calibrated and integrated with the Buyer's drip-irrigation controllers.
P:1.4 "Installation Certificate" and "Final Acceptance Certificate" have the meanings given in Clause 6.
P:1.5 Headings are for convenience only. Schedules form part of this Contract.
H:Clause 2 Scope of Supply
P:2.1 The Supplier shall supply and install 320 multi-depth soil probes measuring moisture, temperature and electrical conductivity at 20, 40 and 60 cm, 16 solar-powered LoRaWAN gateways, 4 automatic weather stations and the Software on the Buyer's server at the farm office in Aral.
P:2.2 The Supplier shall calibrate the probes for the Buyer's sandy loam and saline soils, integrate the System with the Buyer's 48 drip-irrigation controllers so that irrigation recommendations can be approved and sent from the Software, and train the Buyer's agronomists and field technicians.
P:2.3 The Supplier shall complete delivery within 50 days and installation within 90 days after the Effective Date. Installation in the fields shall be scheduled with the Buyer's block managers so as not to damage drip lines or the growing crop.
P:2.4 Title to each item of Equipment passes to the Buyer on delivery to the farm. Risk of loss or damage passes to the Buyer when the item is installed and recorded in the Installation Certificate.
P:2.5 The Buyer shall give the Supplier's staff access to the fields and the farm office, provide the field maps, controller documentation and network details required, and make an agronomist available during calibration. The Supplier's staff shall follow the Buyer's safety rules for field vehicles, irrigation equipment and chemicals.
H:Clause 3 Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's farming operations, without limit on the number of users or sensors connected.
P:3.2 The Buyer may copy the Software for backup and for a standby server.
H:Clause 4 Contract Price
P:4.1 The Contract Price is CNY 1,850,000 including VAT, delivery to the farm, installation and all services, as broken down below:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-depth soil probe (moisture, temperature, EC)|320|3,150|1,008,000
TB:2|Solar LoRaWAN field gateway|16|18,500|296,000
TB:3|Automatic weather station|4|27,000|108,000
TB:4|FeldView irrigation analytics software, perpetual licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,598,000
TB:5|Installation and calibration|1|142,000|142,000
TB:6|Integration with drip-irrigation controllers|1|88,000|88,000
TB:7|Training|1|22,000|22,000
TB:|Contract Price|||1,850,000
P:4.2 The Contract Price is fixed and shall not be adjusted for exchange rates, freight or customs costs, which are borne by the Supplier.
H:Clause 5 Payment
P:5.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 185,000) as an advance within 15 working days after receiving the Supplier's invoice and an advance-payment bank guarantee from a bank in mainland China; (b) 55% (CNY 1,017,500) within 20 working days after the Installation Certificate; and (c) 35% (CNY 647,500) within 20 working days after the Final Acceptance Certificate.
P:5.2 Each payment is subject to receipt of a valid VAT invoice.
H:Clause 6 Installation and Acceptance
P:6.1 When all Equipment is installed and transmitting, the parties shall inspect the installation and sign an Installation Certificate. The Installation Certificate confirms installation only; it is not acceptance of the System.
P:6.2 The acceptance tests, to be run over 21 consecutive days in the irrigation season, shall show that: (a) at least 98% of scheduled readings from all probes reach the Software; (b) at 20 sampling points chosen by the Buyer, probe moisture readings agree with gravimetric laboratory samples within plus or minus 3 percentage points of volumetric water content; (c) irrigation recommendations approved in the Software are executed by each of the 48 controllers and logged; (d) the weather stations report all parameters without gaps longer than two hours; and (e) no Severity 1 fault remains open.
P:6.3 When the tests are passed the Buyer shall issue the Final Acceptance Certificate within 7 working days. If any test fails, the Supplier shall remedy the failure and the test shall be repeated at the Supplier's cost. Delivery, installation, use of the System or payment shall not be deemed acceptance.
H:Clause 7 Warranty and Support
P:7.1 The Supplier warrants the System against defects in design, materials and workmanship for thirty-six (36) months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective Equipment free of charge, including probes damaged by normal field conditions, and provide all Software updates.
P:7.2 Faults shall be handled as follows:
TB:Severity|Description|Response time|Restoration target
TB:Severity 1|Software server down, or more than 10% of probes or any gateway not reporting during the irrigation season|2 hours|2 days (field parts replaced)
TB:Severity 2|Single probe or weather station fault, report errors|8 hours|7 days
TB:Severity 3|Questions, minor defects|2 working days|next update
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:7.4 After the warranty the Buyer may order support and spare-part replacement at an annual fee of 6% of the Hardware and Licence Subtotal, that is CNY 95,880 per year, fixed for the first two years after the warranty. Support is ordered by separate purchase order and does not renew automatically.
H:Clause 8 Intellectual Property
P:8.1 The Software remains the property of the Supplier.
P:8.2 The controller integration, calibration models, dashboards and reports prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source files at Final Acceptance.
H:Clause 9 Buyer Data
P:9.1 All sensor readings, weather data, irrigation records, field maps and yield data collected or produced by the System (the "Buyer Data") belong to the Buyer and shall be used by the Supplier only to perform this Contract.
P:9.2 Buyer Data shall be stored only on the Buyer's servers in Aral. Gateways shall send data only to the Buyer's server. The Supplier shall not copy Buyer Data outside the farm and may access the System remotely only through a connection opened by the Buyer for each support task.
P:9.3 The Supplier shall implement appropriate security measures, including encrypted radio links, changed default passwords and signed firmware, and shall notify the Buyer within 12 hours of any security incident. The Supplier is liable for all losses caused by a security incident attributable to it.
H:Clause 10 Confidentiality
P:Each party shall keep confidential the other's non-public information, including the Buyer's field data, yields and prices, and shall not disclose it to third parties without prior written consent. This Clause survives termination for three years.
H:Clause 11 Delay and Liability
P:11.1 If the Supplier fails to complete installation by the date in Clause 2.3, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:11.2 The Supplier's aggregate liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Clauses 9 and 10.
H:Clause 12 Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent.
H:Clause 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages reach their maximum.
H:Clause 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:Clause 15 Miscellaneous
P:Neither party shall be liable for a delay caused by force majeure, such as sandstorms, floods or government orders, provided that it notifies the other party within 5 days and takes reasonable steps to limit the delay. This Contract is made in Chinese and English, both equally authentic. Schedule 1: Equipment list and installation map. Schedule 2: Acceptance test procedure.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
"""

H279E04 = """MANAGED FIREWALL AND SECURITY OPERATIONS CENTRE SERVICES AGREEMENT

Reference: RSS-JHHT-2025-07

PARTIES

1) Jinhua Hardline Hand Tools Co., Ltd., registered at No. 1200 Jinqu Road, Wucheng District, Jinhua, Zhejiang Province, People's Republic of China ("Customer").

2) Ruisg Security Services Ltd, registered at The Old Pier House, Eilean Ruisg, Scotland, United Kingdom ("Provider").

BACKGROUND

A. The Customer manufactures spanners, pliers, screwdrivers and socket sets in two plants in Jinhua and sells them to distributors in China, Europe and South America. Its office network, ERP, e-commerce shop and plant networks are protected by two pairs of high-availability firewalls.

B. The Customer wishes to outsource the management of these firewalls and the monitoring of its network for security threats. The Provider operates a security operations centre ("SOC") and has agreed to provide these services on the terms of this Agreement.

C. At the Customer's request all charges under this Agreement are expressed and payable in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Services" means the Managed Firewall Service and the SOC Service described in Schedule A.

1.2 "Service Commencement Date" means the date of Service Acceptance under clause 4.

1.3 "Customer Data" means all logs, alerts, network flow records, configuration files, incident records and other data of the Customer that the Provider receives or generates in providing the Services.

1.4 "Incident" means an event that the SOC has confirmed as a security threat to the Customer. Incidents are classified as Priority 1 (active compromise or ransomware, or outage of a firewall pair), Priority 2 (confirmed malicious activity without business impact) or Priority 3 (policy violations and suspicious activity).

1.5 "Monthly Recurring Charge" or "MRC" means the monthly charge in clause 3.1.

2. TERM

2.1 This Agreement starts on signature and the Services run for twenty-four (24) months from the Service Commencement Date.

2.2 The Agreement expires at the end of that period unless the parties agree in writing to extend it. There is no automatic renewal.

3. CHARGES AND PAYMENT

3.1 The charges are:

   Item                                             Basis                     CNY
   Managed Firewall Service (2 HA pairs)            22,000 per month x 24     528,000
   SOC monitoring and incident response (24x7)      36,000 per month x 24     864,000
   Monthly Recurring Charge (total)                 58,000 per month x 24     1,392,000
   Onboarding (one-time)                                                      64,000
   Total Contract Value                                                       1,456,000

3.2 The Customer pays no amount in advance. The onboarding charge is invoiced after Service Acceptance. The MRC is invoiced monthly in arrears, and each invoice is payable within 30 days after receipt of a valid VAT invoice.

3.3 The charges are fixed for the term and include all travel and expenses of the Provider.

4. ONBOARDING AND SERVICE ACCEPTANCE

4.1 Within 40 days after signature the Provider shall complete onboarding: review the current firewall rule bases and remove obsolete rules with the Customer's approval, connect all firewalls, servers, domain controllers and endpoint agents to the SIEM, tune detection rules, agree runbooks and escalation contacts, and set up the customer portal.

4.2 Service Acceptance takes place when the Provider demonstrates that: (a) all 64 log sources listed in Schedule B send events to the SIEM; (b) simulated attack scenarios agreed with the Customer (phishing payload, lateral movement, data exfiltration and a firewall failover) are detected and escalated according to the runbooks; (c) the rule-base review has been approved by the Customer; and (d) a ten-day parallel run has been completed without loss of logs. The Customer then signs a Service Acceptance certificate. Connection of log sources or use of the portal does not amount to Service Acceptance.

4.3 If Service Acceptance is delayed beyond the 40-day period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

5. SERVICE LEVELS

5.1 The Provider shall monitor the Customer's environment 24 hours a day, 7 days a week.

5.2 The Provider shall respond to Incidents within the following times, measured from confirmation of the Incident by the SOC: Priority 1 within 6 hours; Priority 2 within 12 hours; Priority 3 within 2 business days. A response means that an analyst has contacted the Customer's escalation contact and started containment or investigation.

5.3 Firewall change requests submitted through the portal shall be implemented within 2 business days, or within 8 hours if marked urgent by the Customer.

5.4 The Provider shall deliver a monthly service report with Incident statistics, response times, rule changes and recommendations, and shall hold a quarterly review meeting with the Customer.

5.5 The service levels in this clause 5 are targets. If the Provider fails to meet them, the Customer is not entitled to service credits, fee reductions or damages for that failure, but the Provider shall explain the cause in the monthly report and propose corrective actions.

6. CUSTOMER OBLIGATIONS

6.1 The Customer shall give the Provider the administrative access needed to manage the firewalls and connect the log sources, and shall keep its escalation contacts up to date.

6.2 The Customer shall inform the Provider in advance of planned network changes, new sites and new internet-facing systems.

6.3 The Customer shall remain responsible for its own business decisions taken on the Provider's recommendations, and for the installation of patches on systems that are not managed by the Provider.

6A. PROVIDER PERSONNEL

6A.1 The Provider shall name a service delivery manager who speaks Chinese and who is the Customer's single point of contact for the Services, and a deputy who acts in his or her absence.

6A.2 Analysts and engineers working on the Services shall hold recognised security qualifications and shall have at least two years of SOC or firewall experience. The Provider shall replace any person whom the Customer reasonably asks to be removed from the Services.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Services and shall not use it for any other purpose, including for its other clients.

7.2 The SIEM and all Customer Data are hosted on servers in the Customer's data room in Jinhua. Provider personnel access them only through the Customer's VPN with multi-factor authentication, and all sessions are logged. Customer Data shall not be transferred outside mainland China.

7.3 The Provider shall maintain ISO/IEC 27001 certification for its SOC operations, apply least-privilege access, screen its analysts and keep firewall credentials in an encrypted vault.

7.4 If the Provider becomes aware of any unauthorised access to or disclosure of Customer Data in its care, it shall notify the Customer within 12 hours, take immediate containment measures and compensate the Customer for losses caused by a security breach attributable to the Provider.

8. INTELLECTUAL PROPERTY

8.1 The Provider keeps its SOC platform, detection content library and tools.

8.2 Firewall rule bases, detection rules, runbooks and reports written specifically for the Customer belong to the Customer, which may use, modify and hand them over to another provider without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all information received from the other party in connection with this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to professional advisers bound by similar duties.

9.2 These obligations continue for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 The Provider may engage subcontractors to perform part of the Services, including its partner SOC in Hangzhou for night-shift monitoring and on-site firewall engineers in Zhejiang, by giving the Customer written notice of each subcontractor before it starts work.

10.2 The Provider remains responsible for the acts and omissions of its subcontractors.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 The Provider's total liability under this Agreement is limited to 120% of the Total Contract Value. This limit does not apply to breach of clause 7 or clause 9, fraud or wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice.

12.2 On expiry or termination the Provider shall hand over all Customer Data, configurations and documentation, and shall support the transfer to a new provider for up to 30 days.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The language of the arbitration shall be Chinese.

14. GENERAL

14.1 Neither party is liable for delays caused by events beyond its reasonable control.

14.2 This Agreement may be amended only in writing signed by both parties.

SCHEDULE A - SERVICE DESCRIPTION

Managed Firewall Service: configuration management, rule changes on request, firmware updates, health monitoring, backup of configurations and failover tests every six months, for two high-availability firewall pairs at the Customer's two plants.

SOC Service: continuous log collection and correlation in the SIEM, threat detection, triage and investigation of alerts, incident response guidance, threat-intelligence updates, monthly reporting and quarterly reviews.

SCHEDULE B - LOG SOURCES

64 log sources, including 4 firewalls, 2 domain controllers, the ERP and e-commerce servers, the mail gateway and the endpoint protection console.

SIGNATURES

For the Customer: ____________________  Name:            Title:            Date:

For the Provider: ____________________  Name:            Title:            Date:
"""

H279E05 = """VERIFISCO VAT VALIDATION API - SUBSCRIPTION AGREEMENT

Agreement number: VF-CN-2025-0193
Date: 2025-07-08

BETWEEN

Verifisco Tech S.L., a Spanish limited company with registered office at Calle del Puerto 21, Isla del Toro, Spain ("Verifisco"),

AND

Guangzhou Pearl Bay Cross-Border Commerce Co., Ltd., a company registered in the People's Republic of China, with its office at Room 1806, No. 183 Tianhe North Road, Guangzhou, Guangdong Province ("Customer").

RECITALS

(A) The Customer sells household goods and small appliances to business buyers in the European Union, the United Kingdom and Norway through its own web shop and through online marketplaces. To apply the correct VAT treatment to business-to-business sales it must check its buyers' VAT identification numbers at the time of each order and keep evidence of the check.

(B) Verifisco provides an application programming interface (the "API") that validates VAT numbers against the official databases of the tax authorities concerned, returns the registered name and address where available, and issues a consultation reference for the Customer's records.

(C) The Customer wishes to subscribe to the API and to have Verifisco build a connector between the API and its order management system. At the Customer's request, all fees are expressed and payable in Chinese yuan (CNY).

THE PARTIES AGREE AS FOLLOWS.

ARTICLE I - DEFINITIONS

(a) "Subscription Term" means twenty-four (24) consecutive months from the Activation Date, as extended under Article IX.

(b) "Activation Date" means the date on which Verifisco issues production API credentials to the Customer and the Connector passes Integration Acceptance under Article IV.

(c) "Connector" means the software module that Verifisco will develop for the Customer to call the API from the Customer's order management system, store the results and consultation references with each order, and flag orders whose VAT number is invalid.

(d) "Customer Data" means VAT numbers, company names and addresses, order references and query logs submitted by or for the Customer, and the results returned to the Customer.

(e) "Validation Call" means one request to the API for one VAT number.

ARTICLE II - SUBSCRIPTION

(a) Verifisco grants the Customer a non-exclusive, non-transferable right to use the API during the Subscription Term for the Customer's own business, up to 600,000 Validation Calls per calendar month under the Business 600k plan.

(b) The API covers the VAT numbers of the member states of the European Union, the United Kingdom and Norway. Where a tax authority's database is unavailable, the API returns a status code saying so and the Customer may retry.

(c) Verifisco may improve the API from time to time. It will give the Customer at least 60 days' notice of any change that is not backward compatible and will keep the previous version running for that period.

ARTICLE III - FEES AND PAYMENT

(a) The fees are:

    Business 600k plan subscription      CNY 21,500 per month x 24 months      CNY 516,000
    Connector development and onboarding  one-time                             CNY  36,000
    Total fees for the Subscription Term                                       CNY 552,000

(b) Validation Calls above 600,000 in a month are charged at CNY 0.04 per call and invoiced with the following month's fee.

(c) No fees are payable in advance. The subscription fee is invoiced monthly in arrears from the Activation Date. The one-time fee is invoiced after Integration Acceptance.

(d) Invoices are payable within 30 days by bank transfer to Verifisco's account in Guangzhou named on the invoice. The fees include all taxes chargeable in China, and Verifisco will provide valid VAT invoices through its local billing agent.

ARTICLE IV - CONNECTOR AND INTEGRATION ACCEPTANCE

(a) Verifisco will deliver the Connector and production credentials within 30 days after the date of this Agreement.

(b) The Customer will test the Connector in its staging environment using a test file of at least 500 VAT numbers from all covered countries. The Connector passes Integration Acceptance when: (1) the result for every number in the test file matches the result of a manual check on the tax authority's public service; (2) every result, including the consultation reference, is stored against the correct test order; (3) orders with invalid numbers are flagged and held for review; and (4) unavailable-database and timeout status codes are handled as set out in the integration specification.

(c) The Customer will confirm Integration Acceptance in writing within 10 working days of a successful test. Delivery of credentials or use of the Connector in production is not Integration Acceptance.

(d) If Verifisco does not deliver a Connector that passes Integration Acceptance within the period in paragraph (a) for reasons attributable to it, it will pay the Customer CNY 400 for each day of delay.

ARTICLE V - SERVICE AND SUPPORT

(a) Verifisco will use commercially reasonable efforts to keep the API available and to restore it promptly after an interruption.

(b) Support is available by e-mail and through the ticket portal during Verifisco's business hours (Madrid time). Verifisco will answer support requests as soon as reasonably practicable.

(c) Verifisco does not commit to any particular availability level, response time or resolution time, and no service credits apply.

ARTICLE V A - CUSTOMER OBLIGATIONS

(a) The Customer will use the API only to check the VAT numbers of its own actual or prospective buyers and will not resell the results or build a competing database from them.

(b) The Customer is responsible for keeping its API credentials secret within its organisation, for the configuration of its order management system and for the VAT treatment it applies to each sale.

(c) The Customer will tell Verifisco in advance if it expects its monthly volume to rise above the plan limit, for example before a seasonal sales campaign, so that the plan can be changed.

(d) The Customer will name a technical contact for the Connector project and will make its staging environment and test data available within 5 working days after the date of this Agreement.

ARTICLE VI - CUSTOMER DATA

(a) Customer Data belongs to the Customer. Verifisco will use it only to provide the API and the support services to the Customer and will not use it for any other purpose.

(b) Verifisco will delete query logs containing Customer Data within 60 days after the end of the Subscription Term, unless the Customer asks for an export before then.

ARTICLE VII - CONFIDENTIALITY

(a) Each party will keep confidential any information of the other party that is marked confidential or that would reasonably be considered confidential, including the Customer's customer lists and Verifisco's technical documentation, and will use it only for this Agreement.

(b) A party may disclose confidential information to its employees and advisers who need to know it and are bound by similar duties, or where required by law.

(c) This Article continues for three years after the end of this Agreement.

ARTICLE VIII - INTELLECTUAL PROPERTY

(a) Verifisco owns the API, its databases and its documentation.

(b) The Connector, including its source code and documentation, belongs to the Customer from delivery. The Customer may use, modify and license it freely and may have it maintained by third parties. Verifisco will deliver the source code together with the Connector.

ARTICLE IX - TERM, RENEWAL AND TERMINATION

(a) This Agreement starts on its date and continues for the Subscription Term.

(b) At the end of the Subscription Term the subscription renews automatically for successive periods of six (6) months at the same monthly fee and on the same terms, unless either party gives at least 30 days' written notice before the end of the current period.

(c) Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice of the breach.

(d) On termination the Customer will pay the fees for the Validation Calls made up to the termination date.

ARTICLE X - SUBCONTRACTING

(a) Verifisco will not subcontract any part of its obligations without the Customer's prior written consent.

(b) The tax authorities' databases queried by the API are sources of information and are not subcontractors of Verifisco.

ARTICLE XI - LIABILITY

(a) Verifisco does not guarantee the accuracy of information held by the tax authorities, but it is responsible for passing that information to the Customer without alteration.

(b) Neither party is liable for indirect loss or loss of profit.

(c) Verifisco's total liability under this Agreement will not exceed one and a half (1.5) times the total fees for the Subscription Term stated in Article III (a).

ARTICLE XII - GOVERNING LAW AND JURISDICTION

(a) This Agreement is governed by the laws of Spain.

(b) The courts of Madrid, Spain, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

ARTICLE XIII - GENERAL

(a) Notices must be in writing and sent by e-mail with confirmation of receipt to the addresses that each party designates.

(b) Neither party is liable for failure to perform caused by events beyond its reasonable control.

(c) This Agreement is the entire agreement between the parties on its subject. It may be changed only in writing signed by both parties.

(d) Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business that accepts all of its obligations under this Agreement.

SIGNED

For Verifisco Tech S.L.: ____________________  Name, title, date

For Guangzhou Pearl Bay Cross-Border Commerce Co., Ltd.: ____________________  Name, title, date
"""

# ---------------------------------------------------------------- plan: labels, sums, figures
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


def extra(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:  # only on goods_or_licence labels
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
PLAN = {
    # key: (file, format, language, category, terms, extra, rules, forum_outside, tco(base, fee%, warranty) | None,
    #       [(parts, total)], [figures that must appear in the text])
    "h279z01": ("h279z01_traffic_police_signal_control_platform.pdf", "pdf", "zh", "software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                      False, "PRC", G),
                extra(True, True, True, False, 2650000), [], False, (2097000, 8, 36),
                [([1280000, 817000], 2097000), ([2097000, 356000, 168000, 29000], 2650000), ([86 * 9500], 817000),
                 ([530000, 1192500, 927500], 2650000), ([2650000 * 20 // 100], 530000), ([2097000 * 8 // 100], 167760)],
                ["99.95%", "30分钟内响应", "万分之八", "20%", "质保期为三年", "8%", "167,760", "2,650,000", "不允许分包",
                 "适用中华人民共和国法律", "均不视为验收合格"]),
    "h279z02": ("h279z02_dyeing_mill_machine_control_system_maintenance.docx", "docx", "zh", "hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 24, False, True, True,
                      "PRC", G),
                extra(True, True, True, False, 1980000),
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], False, (1824000, 24, 18),
                [([48 * 23500, 186000, 342000, 12 * 14000], 1824000), ([1824000, 136000, 20000], 1980000),
                 ([198000, 990000, 693000, 99000], 1980000), ([1824000 * 24 // 100], 437760)],
                ["30分钟内电话响应", "千分之一", "10%", "十八个月", "24%", "437,760", "书面通知甲方", "1,980,000",
                 "绍兴仲裁委员会"]),
    "h279z03": ("h279z03_dental_chain_appointment_saas.md", "md", "zh", "cloud",
                terms(99.5, 0.5, True, "buyer", True, False, True, 900 / 1206000 * 100, 150, None, True, None, None,
                      None, True, True, False, "PRC", S),
                extra(True, True, None, False, 1206000),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], False, None,
                [([25 * 14400 * 3, 58000, 44000, 24000], 1206000), ([90000 * 12], 25 * 14400 * 3),
                 ([58000, 44000, 24000], 126000)],
                ["99.5%", "30分钟内响应", "¥900", "150%", "不设预付款", "自动续期", "8%", "去标识化", "书面同意",
                 "广州仲裁委员会", "1,206,000"]),
    "h279z04": ("h279z04_county_hospital_his_server_room_om.txt", "txt", "zh", "services",
                terms(None, 0.25, True, "buyer", True, True, True, None, None, None, True, None, None, None, False,
                      False, False, "PRC", S),
                extra(True, False, None, False, 496000), ["CR-LD-MISSING", "CR-TERMINATION"], False, None,
                [([216000, 132000, 64000, 46000, 38000], 496000), ([124000 * 4], 496000)],
                ["15分钟内响应", "不设预付款", "不得单方解除本合同", "不得以此为由解除合同", "不自动续期", "转包或分包",
                 "适用中华人民共和国法律", "496,000"]),
    "h279z05": ("h279z05_osmanthus_cake_mes_supplier_template.md", "md", "zh", "software",
                terms(None, 24, False, "supplier", True, True, False, 0.01, 25, 55, False, False, 3, None, False, True,
                      None, None, G),
                extra(True, True, False, True, 998000),
                ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                False, None,
                [([520000, 386000, 74000, 18000], 998000), ([548900, 449100], 998000), ([998000 * 55 // 100], 548900)],
                ["24小时内响应", "万分之一", "25%", "55%", "三个月", "即视为系统验收合格", "乙方当年公布的服务价格标准",
                 "知识产权归乙方所有", "不因响应或修复超时承担任何扣款、赔偿或违约金", "武汉仲裁委员会", "998,000"]),
    "h279e01": ("h279e01_bamboo_furniture_cad_perpetual_licences.pdf", "pdf", "en", "software",
                terms(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                      "Italy", G),
                extra(True, True, True, False, 980000), ["CR-GOVERNING-LAW"], True, (727000, 11, 24),
                [([14 * 46500, 2 * 38000], 727000), ([727000, 158000, 64000, 31000], 980000),
                 ([196000, 441000, 343000], 980000), ([980000 * 20 // 100], 196000), ([727000 * 11 // 100], 79970)],
                ["within 2 hours", "0.1% of the Contract Price for each day", "150% of the Contract Price",
                 "twenty per cent", "twenty-four (24) months", "eleven per cent (11%)", "79,970", "laws of Italy",
                 "Chamber of Arbitration of Milan", "980,000", "prior written consent"]),
    "h279e02": ("h279e02_horse_trekking_booking_saas_order_form.md", "md", "en", "cloud",
                terms(99.95, 1, True, "buyer", True, True, True, 500 / 678000 * 100, 6 / 36 * 100,
                      258000 / 678000 * 100, True, None, None, None, False, True, False, "France", S),
                extra(True, True, None, False, 678000),
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-PREPAYMENT"], True, None,
                [([168000 * 3, 42000 * 3, 48000], 678000), ([168000 + 42000, 48000], 258000),
                 ([258000, 210000, 210000], 678000)],
                ["99.95%", "within 1 hour", "CNY 500 for each day", "six (6) months", "Thirty-six (36) months",
                 "CNY 258,000", "before the Service Start Date", "French law", "Commercial Court of Paris",
                 "does not renew automatically", "678,000"]),
    "h279e03": ("h279e03_cotton_farm_soil_sensor_network.docx", "docx", "en", "hardware",
                terms(None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 6, False, True, False,
                      "PRC", G),
                extra(True, True, True, False, 1850000), [], False, (1598000, 6, 36),
                [([320 * 3150, 16 * 18500, 4 * 27000, 186000], 1598000), ([1598000, 142000, 88000, 22000], 1850000),
                 ([185000, 1017500, 647500], 1850000), ([1598000 * 6 // 100], 95880)],
                ["2 hours", "0.08% of the Contract Price for each day", "200% of the Contract Price", "10% of the",
                 "thirty-six (36) months", "6% of the Hardware and Licence Subtotal", "95,880",
                 "Urumqi Arbitration Commission", "1,850,000", "prior written consent"]),
    "h279e04": ("h279e04_hand_tool_maker_managed_firewall_soc.txt", "txt", "en", "services",
                terms(None, 6, False, "buyer", True, True, True, 1200 / 1456000 * 100, 120, None, True, None, None,
                      None, False, True, True, "PRC", S),
                extra(True, True, None, False, 1456000),
                ["CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], False, None,
                [([22000 * 24, 36000 * 24], 58000 * 24), ([58000 * 24, 64000], 1456000)],
                ["Priority 1 within 6 hours", "not entitled to service credits", "by giving the Customer written notice",
                 "CNY 1,200 for each day", "120% of the Total Contract Value", "no amount in advance",
                 "Shanghai International Arbitration Center", "1,456,000"]),
    "h279e05": ("h279e05_ecommerce_vat_validation_api_subscription.txt", "txt", "en", "cloud",
                terms(None, None, False, "buyer", False, True, True, 400 / 552000 * 100, 150, None, True, None, None,
                      None, False, True, False, "Spain", S),
                extra(False, True, None, False, 552000),
                ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], True, None,
                [([21500 * 24, 36000], 552000)],
                ["commercially reasonable efforts", "does not commit to any particular availability level",
                 "CNY 400 for each day", "one and a half (1.5) times", "No fees are payable in advance",
                 "at the same monthly fee", "laws of Spain", "courts of Madrid", "552,000", "prior written consent"]),
}

SOURCES = {"h279z01": H279Z01, "h279z02": H279Z02, "h279z03": H279Z03, "h279z04": H279Z04, "h279z05": H279Z05,
           "h279e01": H279E01, "h279e02": H279E02, "h279e03": H279E03, "h279e04": H279E04, "h279e05": H279E05}


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


def source_text(src):
    """Plain text of a docx/pdf markup source (for the figure checks before building)."""
    return "\n".join(line.partition(":")[2].replace("|", " ") if re.match(r"^(T|H|P|TB|LN):", line) else line
                     for line in src.splitlines())


def main():
    sys.dont_write_bytecode = True  # write nothing outside this folder
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    report = []
    labels = {}
    for key, (fname, fmt, lang, cat, t, x, rules, forum_out, tco_in, sums, figures) in PLAN.items():
        src = SOURCES[key]
        # sums
        for parts, total in sums:
            assert sum(parts) == total, (key, parts, total)
        # TCO and rules
        share = None
        if tco_in is not None:
            base, fee_pct, wm = tco_in
            assert t["post_warranty_fee_pct"] == fee_pct and t["warranty_months"] == wm, key
            total_tco, fees, share = tco(x["contract_value"], base, fee_pct, wm)
            report.append("%s TCO %.2f, post-warranty fees %.2f, share %.2f %%" % (key, total_tco, fees, share))
        not_on_threshold(t, share)
        got = apply_rules(t, x, forum_out, share)
        assert got == sorted(rules), (key, got, rules)
        assert (t["contract_kind"] == G) == ("post_warranty_fee_capped" in x), key
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        # figures in the source text
        plain = source_text(src) if fmt in ("docx", "pdf") else src
        for f in figures:
            assert f in plain, (key, "figure missing", f)
        assert "{:,}".format(x["contract_value"]) in plain, (key, "contract value missing")
        labels[key] = {"file": fname, "language": lang, "category": cat, "expected_terms": t,
                       "expected_extra": x, "expected_rules": sorted(rules)}
        report.append("%s rules %s risk %s" % (key, ",".join(sorted(rules)) or "(none)", risk(rules)))

    # build
    targets = {k: (v[0], v[1]) for k, v in PLAN.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for key, (fname, fmt, *_rest) in PLAN.items():
        if fmt in ("md", "txt"):
            (OUT / fname).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", fname)

    # read back: lengths, thresholds, figures
    for key, (fname, fmt, lang, *_rest) in PLAN.items():
        text = read_back(OUT / fname)
        hits = threshold_hits(text)
        assert not hits, (fname, hits)
        squashed = re.sub(r"\s", "", text)
        for f in PLAN[key][10]:
            assert re.sub(r"\s", "", f) in squashed, (fname, "figure not read back", f)
        if lang == "zh":
            n = len(squashed)
            assert 2800 <= n <= 3300 and 2800 <= len(text) <= 3300, (fname, n, len(text))
            report.append("%s %s: %d characters without whitespace, %d with" % (fname, fmt, n, len(text)))
        else:
            n = len(text.split())
            assert 1500 <= n <= 1700, (fname, n)
            report.append("%s %s: %d words" % (fname, fmt, n))

    # labels
    for key, lab in labels.items():
        path = OUT / (Path(lab["file"]).stem + ".json")
        path.write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", path.name)
    print("\n".join(report))


if __name__ == "__main__":
    main()
