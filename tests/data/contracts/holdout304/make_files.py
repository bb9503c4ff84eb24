import sys; sys.dont_write_bytecode = True  # noqa: E702  (before importing ../word_pdf.py)
"""holdout304: ten ordinary draft contracts (5 zh, 5 en), written blind, with their sidecar labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt / .md directly, .docx / .pdf through ../word_pdf.py with wrap_words=True) and the ten
.json labels, reads every built file back, and asserts: text lengths, label arithmetic, no value on a policy
threshold, no threshold figure in any text, and that all 20 CR rules of policy.md fire at least once.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# Threshold figures that must not appear in any text (policy.md §3 defaults), in digits, Chinese numerals and words.
# ----------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b)"
CN_NUM = "一二三四五六七八九十两百千零〇"
FORBIDDEN = {
    "availability 99.9": [r"99\s*\.\s*9(?!\d)", r"九十九点九(?![一二三四五六七八九])"],
    "P1 response 4 hours": [r"(?<![\d.,])4\s*-?\s*(?:个?小时|hours?\b|hrs?\b|h\b)",
                            r"(?<![" + CN_NUM + r"])[四肆]\s*个?\s*小时",
                            r"\bfour\s*(?:\(4\)\s*)?[\s-]*(?:hours?|hrs?)\b",
                            r"(?<![\d.,])240\s*(?:分钟|minutes?\b|mins?\b)", r"二百四十\s*分钟",
                            r"\btwo\s+hundred\s+(?:and\s+)?forty\s+minutes\b"],
    "delay damages 0.05 %/day": [r"(?<![\d.,])0?\.\s*050*" + PCT, r"万分之[五伍](?![十百])",
                                 r"\bfive\s+hundredths?\b", r"\b0\.0005\b"],
    "liability cap 100 %": [r"(?<![\d.,])100\s*(?:\.0+)?" + PCT, r"百分之[一壹]?百", r"\bone\s+hundred\s+per\s*cent\b",
                            r"\bhundred\s+percent\b"],
    "prepayment 30 %": [r"(?<![\d.,])30\s*(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])",
                        r"(?<![" + CN_NUM + r"])三成", r"\bthirty\s*(?:per\s*cent|percent)\b"],
    "payment share 40 % / TCO share 40 %": [r"(?<![\d.,])40\s*(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])",
                                            r"(?<![" + CN_NUM + r"])四成", r"\bforty\s*(?:per\s*cent|percent)\b"],
    "post-warranty fee 15 %": [r"(?<![\d.,])15\s*(?:\.0+)?" + PCT, r"百分之十五(?![点])",
                               r"\bfifteen\s*(?:per\s*cent|percent)\b"],
    "warranty 12 months": [r"(?<![\d.,])12\s*-?\s*(?:个月|months?\b|mos?\b)", r"(?<![" + CN_NUM + r"])十二\s*个月",
                           r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b", r"\bone[\s-]*(?:\(1\)\s*)?years?\b",
                           r"(?<![\d.,])1\s*-?\s*years?\b", r"一年", r"(?<![\d.,])1\s*年(?!度)"],
    "5 years / 60 months": [r"(?<![\d.,])5\s*-?\s*(?:年(?!度)|years?\b)", r"(?<![" + CN_NUM + r"])五\s*年",
                            r"\bfive[\s-]*(?:\(5\)\s*)?years?\b", r"(?<![\d.,])60\s*-?\s*(?:个月|months?\b)",
                            r"六十\s*个月", r"\bsixty[\s-]*months?\b"],
}
COMPILED = [(k, re.compile(p, re.I)) for k, ps in FORBIDDEN.items() for p in ps]

MUST_HIT = ["4小时", "四小时", "四个小时", "4 hours", "four hours", "four-hour", "240 minutes", "99.9%", "99.9 %",
            "0.05%", "0.05 % per day", "万分之五", "100%", "100 per cent", "百分之百", "百分之一百", "30%", "30 %",
            "百分之三十", "三成", "thirty per cent", "40%", "百分之四十", "四成", "forty percent", "15%", "百分之十五",
            "12个月", "十二个月", "12 months", "12-month", "twelve months", "one year", "one-year", "1 year", "一年",
            "5年", "五年", "5 years", "five years", "five-year", "60 months", "六十个月", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "14小时", "24 hours", "14 hours", "99.95%", "99.98 %", "115%", "0.15%",
                "150%", "1.5倍", "130%", "35%", "45%", "140%", "0.5%", "四十二个月", "二十四个月", "2025年", "2026年",
                "15个工作日", "30日", "40 days", "12月31日", "Section 12", "24 months", "服务年度", "Subscription Year",
                "three years", "三年", "第十五条", "万分之三", "千分之一", "0.08%", "36 months", "15 minutes",
                "Article 4 Delivery", "1,200", "260,000", "2015 rules", "组成", "百分之三十五", "百分之十"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text)):
        for key, rx in COMPILED:
            m = rx.search(variant)
            if m:
                hits.append((key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex self-test: should hit: %r" % s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), "regex self-test: should not hit: %r -> %r" % (s, threshold_hits(s))
    print("regex self-test ok (%d must-hit, %d must-not-hit)" % (len(MUST_HIT), len(MUST_NOT_HIT)))


# ----------------------------------------------------------------------------------------------------------------
# Policy reading (mine, from policy.md §3/§4) used to derive each label's expected rules from its terms.
# ----------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco(t, x, fee_base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years_after = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * fee_base
    total = x["contract_value"] + fees
    return {"post_warranty_years": years_after, "post_warranty_fees": fees, "tco": total,
            "share_pct": fees / total * 100}


def derive_rules(t, x, fee_base, forum_outside_mainland):
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, fee_base)
        if c and c["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside_mainland:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ----------------------------------------------------------------------------------------------------------------
# Contract texts. Markup for .docx/.pdf sources (../word_pdf.py): T: title, H: heading, P: paragraph, TB: table row.
# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:临江市桥梁隧道结构健康监测平台建设项目采购合同
P:合同编号：LJJT-ZFCG-2026-017　　采购方式：公开招标　　项目编号：LJCG2026-GK-0309
P:甲方（采购人）：临江市交通运输局　　地址：临江市滨江大道218号　　联系人：工程管理科 许工
P:乙方（中标供应商）：杭州衡桥智感科技有限公司　　地址：杭州市西湖区三墩镇振华路98号　　联系人：项目经理 俞工
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临江市桥梁隧道结构健康监测平台建设项目公开招标的结果，甲乙双方在平等、自愿的基础上，就乙方为甲方建设结构健康监测平台事宜订立本合同。招标文件、乙方投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责为甲方管辖的江湾大桥、东岭隧道等七座桥梁、三座隧道供货并安装结构监测传感器、数据采集及传输设备，部署监测平台软件，开发阈值预警模型及与市交通综合执法平台的数据接口，并完成培训。
P:1.2 具体设备清单、测点布置图及技术指标见附件一《技术规格及测点表》，乙方不得以低于附件一要求的产品替代。
H:第二条 合同价款
P:2.1 本合同为固定总价合同，合同总价为人民币贰佰陆拾壹万元整（¥2,610,000），含设备、软件、运输、安装、调试、培训、税费及质保期内全部服务费用。分项价格如下：
P:（1）应变、位移、倾角、加速度及温湿度传感器共412套：¥1,126,000
P:（2）数据采集仪、边缘网关及4G/光纤传输设备：¥438,000
P:（3）结构健康监测平台软件永久许可（含移动端）：¥520,000
P:以上软硬件小计：¥2,084,000
P:（4）安装、布线及系统联调：¥316,000
P:（5）预警模型定制开发及数据接口开发：¥186,000
P:（6）操作及运维培训：¥24,000
P:合计：¥2,610,000
P:2.2 除甲方书面确认的设计变更外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥522,000。
P:3.2 全部设备安装完毕、平台上线并通过初步验收后，甲方支付合同总价的45%，即¥1,174,500。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥913,500。
P:3.4 甲方付款前，乙方应开具合法有效的增值税发票。甲方因财政资金拨付流程产生的合理延迟不视为违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成全部设备的供货、安装和平台部署，并书面申请初步验收。
P:4.2 安装涉及桥面或隧道内作业的，乙方应提前7日提交施工方案并取得甲方及路政部门许可，施工期间的交通组织费用由乙方承担。
P:4.3 乙方应在平台上线前向甲方提交设备合格证、出厂检测报告、传感器标定证书、竣工图及操作手册各一套（纸质及电子版），并对甲方指定的不少于10名管理及养护人员进行集中培训，培训考核合格率应达到90%以上。
H:第五条 验收
P:5.1 初步验收标准：所有测点在线且数据完整率不低于98%；传感器标定记录齐全；平台刷新周期不超过10秒；预警模型在模拟超限工况下正确推送三级预警；与市交通综合执法平台接口联调通过。
P:5.2 初步验收通过后进入90日试运行期。试运行期内累计故障停机不超过8小时且无一级故障的，乙方可申请最终验收。最终验收由甲方组织专家按附件一及本条标准进行，并出具书面验收报告。
P:5.3 设备到货签收、平台上线或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级及每季度一次现场巡检。
P:6.2 平台月可用率不低于99.95%。可用率每低于承诺值0.01个百分点，甲方可扣减质保金¥2,000。
P:6.3 故障响应：一级故障（平台整体中断或三座以上结构物数据中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内修复。乙方每超时一小时，甲方可扣减¥1,000。
P:6.4 质保期满后，如甲方需要，乙方按年度提供维保服务，年度维保费不超过软硬件小计的8%（即不超过¥166,720），该价格自质保期满起两个年度内保持不变，续签须双方另行书面约定。
P:6.5 质保期内更换的部件，自更换之日起重新计算该部件的质保期，但不短于原质保期剩余期限。乙方应建立设备履历台账，每季度向甲方提交运行分析报告，列明故障原因、处理结果及结构安全预警统计。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的预警模型、数据接口程序及其源代码、测点配置文件和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台软件的原有知识产权仍归乙方，乙方授予甲方永久、免费的使用许可。乙方保证所供产品不侵犯第三方知识产权。
H:第八条 数据安全
P:8.1 监测数据、结构档案及系统日志均属于甲方所有，乙方仅可为履行本合同使用，不得向任何第三方提供或用于其他目的。
P:8.2 乙方应按网络安全等级保护二级要求部署平台，落实访问控制、传输加密和日志审计，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或篡改的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
H:第九条 保密
P:9.1 双方对履约中知悉的对方技术信息、工作秘密及未公开资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过30日的，甲方有权解除合同。
P:10.2 乙方所供产品不符合合同约定的，应在10日内免费更换，并赔偿甲方因此产生的损失。
H:第十一条 分包
P:11.1 乙方不得转包本项目。确需将土建配合或高空作业分包的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内未改正的，甲方有权解除合同，并要求乙方承担违约责任。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件一《技术规格及测点表》、附件二《验收方案》。
P:甲方（盖章）：临江市交通运输局　　代表签字：__________　　日期：____年__月__日
P:乙方（盖章）：杭州衡桥智感科技有限公司　　代表签字：__________　　日期：____年__月__日
"""

Z02 = """T:流浆箱及干燥部控制系统改造合同
P:合同编号：SYZY-JG-2026-0412
P:甲方：山阳纸业股份有限公司（以下简称甲方）　　住所：湖南省岳阳市云溪区长岭路66号
P:乙方：湘控自动化工程有限公司（以下简称乙方）　　住所：长沙市岳麓区麓谷大道627号
P:鉴于甲方三号纸机流浆箱总压控制及干燥部汽罐压差控制系统老化、断纸频繁，经邀请招标，甲方选定乙方承担该控制系统的改造工程。双方经协商一致，订立本合同，共同遵守。
H:一、工程范围
P:（一）乙方负责三号纸机流浆箱总压、液位及唇板开度控制回路，干燥部九组烘缸汽罐压差及冷凝水排放控制回路的设计、供货、安装、组态编程、停机切换及调试。
P:（二）原DCS控制站拆除后由乙方回收处理，旧设备残值已在报价中抵扣。改造须在甲方安排的两次计划停机（每次不超过72小时）内完成切换。
H:二、合同价格
P:（一）合同总价为人民币贰佰伍拾陆万元整（¥2,560,000），为含税固定总价，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制站及I/O模件|2套|786,000
TB:2|流浆箱总压、液位控制仪表及执行机构|1批|412,000
TB:3|干燥部汽罐压差控制阀组及变送器|9组|538,000
TB:4|操作站、工程师站及控制软件许可|1批|304,000
TB:|软硬件小计||2,040,000
TB:5|组态编程及控制策略开发|1项|226,000
TB:6|安装、停机切换及调试|1项|278,000
TB:7|操作及维护培训|1项|16,000
TB:|合计||2,560,000
P:（二）上述价格已包括运输、保险、安装材料、技术服务及税费，甲方不再另行支付任何费用。
H:三、付款
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款，计¥256,000。
P:（二）全部回路完成切换并经热负荷试车、纸机连续运行72小时后，甲方支付合同总价的55%，计¥1,408,000。热负荷试车及本款付款不视为验收合格。
P:（三）工程竣工验收合格后20日内，甲方支付合同总价的35%，计¥896,000。
P:（四）每期付款前乙方应提交相应金额的增值税专用发票。
H:四、工期
P:（一）乙方应于合同生效后75日内完成全部设备到货，并在甲方第二次计划停机结束时完成切换。
P:（二）因甲方停机计划调整导致工期顺延的，乙方不承担逾期责任，但应配合甲方重新排期。
H:五、验收
P:（一）竣工验收在纸机连续稳定运行30日后进行，验收标准为：流浆箱总压波动不超过设定值的±0.5%；汽罐压差控制偏差不超过±2kPa；全部控制回路均投入自动运行，无需人工干预；因控制系统原因造成的断纸每周不超过一次；报警、联锁及紧急停机功能逐项测试通过；竣工图纸、组态备份和操作手册移交完毕。
P:（二）验收由甲方设备部、生产部和乙方共同进行，按上述标准逐项记录，双方签署竣工验收报告。任何一项不达标的，乙方应限期整改后重新验收。
H:六、质保及维保
P:（一）质保期为二十四个月，自竣工验收合格之日起算。质保期内乙方免费维修或更换故障设备，免费提供软件补丁和组态修改。
P:（二）故障分级及响应：一级故障（控制站宕机、流浆箱控制失效导致停机）乙方接到通知后6小时内响应，10小时内到达现场；二级故障（单回路失控）8小时内响应，24小时内到达现场；一般问题在两个工作日内处理。
P:（三）乙方到场超过上款时限的，每超时一小时，甲方可扣减质量保证金¥800。
P:（四）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的9%，即每年¥183,600，该费用自质保期满起三个年度内固定不变。维保内容包括每季度巡检、备件保障和远程技术支持。
H:七、知识产权
P:（一）乙方为本项目编制的组态程序、控制策略、画面文件及技术文档，其知识产权归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）控制软件许可为永久许可，乙方保证其来源合法。
H:八、数据及网络安全
P:（一）控制系统运行数据及工艺参数属于甲方，乙方不得复制、外传或用于本合同以外的目的。
P:（二）乙方应按工业控制系统信息安全防护要求部署边界防火墙并关闭无用端口，远程维护须经甲方审批并全程记录。
P:（三）因乙方原因导致控制系统遭受网络攻击或数据泄露的，乙方应立即报告甲方，并承担由此造成的全部损失。
H:九、保密
P:（一）乙方对在工程中获得的甲方工艺配方、生产数据、图纸及经营信息负有保密义务，未经甲方书面许可不得向第三方透露。本条在合同终止后继续有效。
H:十、违约责任
P:（一）乙方未按第四条约定完成到货或切换的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，按同期贷款市场报价利率支付利息。
P:（三）因乙方施工原因造成纸机非计划停机的，乙方应赔偿甲方的直接损失。
H:十一、分包
P:（一）乙方不得将本工程转包。电缆敷设等辅助工作需分包的，应事先取得甲方书面同意。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）不可抗力：因地震、洪水、疫情防控措施等不能预见、不能避免且不能克服的事件导致不能按期履行的，受影响一方应在3日内通知对方并提供证明，履行期限相应顺延。不可抗力持续超过60日的，双方协商是否继续履行。
P:（三）现场管理：乙方人员进入甲方厂区须遵守甲方安全生产、动火作业、有限空间作业和防火管理制度，佩戴劳保用品。停机切换期间乙方应安排项目经理及控制工程师全程在岗，配合甲方生产部完成开机、升速和纸页质量调整。乙方造成甲方设备、建筑物损坏或人员伤害的，由乙方负责赔偿。
P:（四）变更：甲方要求增加控制回路或调整功能的，双方应以书面变更单确认工作内容、价格及工期后执行；未经书面确认的变更，乙方不得另行收费。
P:（五）资料移交：乙方应在竣工验收前向甲方移交设备合格证、出厂检验报告、仪表校验记录、I/O清单、回路图、组态程序备份及操作维护手册，纸质版两套、电子版一套。移交资料不全的，视为竣工验收条件未满足。
P:（六）培训：乙方应对甲方操作工、仪表工及电气工程师分班进行理论及实操培训，累计不少于40学时，并在培训结束后组织考核。考核不合格的人员，乙方应免费补训。
P:（七）廉洁：双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼金或其他不正当利益。
P:（八）通知：双方的通知以书面形式送达本合同首部所列地址，或发送至双方项目负责人确认的电子邮箱，发出之日起第三日视为送达。
P:（九）本合同未尽事宜，双方可签订书面补充协议。补充协议与本合同具有同等法律效力，与本合同不一致的，以签订在后的补充协议为准。
P:（十）附件：附件一《技术规格书》、附件二《停机切换方案》、附件三《竣工验收记录表》。
P:甲方：山阳纸业股份有限公司（盖章）　　授权代表：__________
P:乙方：湘控自动化工程有限公司（盖章）　　授权代表：__________
P:签订日期：____年__月__日
"""

Z03 = """口腔诊所预约及电子病历云服务合同

合同编号：YXKQ-IT-2026-05

甲方：蓉城悦笑口腔医疗管理有限公司（及其附件一所列30家门诊部）
地址：成都市武侯区天府大道北段1700号

乙方：牙联云科技（成都）有限公司
地址：成都市高新区交子大道177号

甲方经营连锁口腔门诊，拟统一上线预约挂号、电子病历、影像管理及会员回访系统。乙方提供“牙联云”口腔诊所云服务平台。双方经友好协商，就乙方向甲方提供订阅服务及实施服务达成如下合同。

第一条 服务内容
（1）订阅服务：乙方向甲方30家门诊开通“牙联云”平台的预约排班、电子病历、口腔影像存储、收费对账及会员回访模块，每家门诊不限账号数。
（2）实施服务：乙方负责将甲方现有系统中的患者档案、病历及影像数据迁移至平台，完成门诊组织架构、收费项目、病历模板的配置，与甲方的微信公众号及财务系统对接，并对各门诊前台、医生、护士进行培训。
（3）甲方专属的病历模板、随访话术及经营报表由乙方按甲方需求定制。

第二条 服务期限
（1）订阅服务期为三个服务年度，第一个服务年度自上线验收合格之日起算。
（2）服务期满后本合同终止，不自动续期；甲方需要续订的，双方另行签订书面合同。

第三条 费用
（1）订阅费：每家门诊每个服务年度¥11,600，30家合计每个服务年度¥348,000，三个服务年度合计¥1,044,000。
（2）实施费（一次性）：¥286,000，包括数据迁移¥118,000、配置及接口开发¥132,000、培训¥36,000。
（3）合同总金额：¥1,330,000（含税）。服务期内订阅单价不作调整。新增门诊按同一单价按剩余期限折算。

第四条 付款
（1）合同签订后10个工作日内，甲方一次性支付实施费¥286,000及第一个服务年度订阅费¥348,000，合计¥634,000。该笔款项在系统上线前支付。
（2）第二、第三个服务年度的订阅费，甲方于该服务年度开始前15日内支付。
（3）乙方收款前应开具增值税专用发票。

第五条 上线验收
（1）乙方应在合同签订后75日内完成30家门诊的上线。
（2）验收标准：①抽查不少于500份患者档案和病历，迁移后与原系统内容一致，影像可正常调阅；②30家门诊均能完成预约、接诊、收费全流程操作；③平台在300名用户并发时页面响应时间不超过2秒；④与公众号、财务系统接口对账无差异；⑤培训完成并通过考核。
（3）全部标准达到后，双方签署上线验收单。门诊开始试用不视为验收合格。
（4）乙方未按期完成上线的，每逾期一日，向甲方支付违约金¥1,000。

第六条 服务水平
（1）平台月可用率不低于99.95%（计划维护除外，计划维护应提前72小时通知并安排在夜间）。
（2）故障分级：一级故障（平台无法登录或病历无法读写）30分钟内响应，3小时内恢复；二级故障（单一模块异常）2小时内响应，当日恢复；其他问题在2个工作日内答复。
（3）月可用率未达承诺值的，按当月订阅费的5%给予服务抵扣；一级故障响应超时的，每次抵扣¥2,000。抵扣在下期订阅费中扣除。

第七条 知识产权
（1）平台软件及其后续升级的知识产权归乙方。
（2）乙方为甲方定制的病历模板、随访话术、经营报表及接口程序，知识产权归甲方所有，甲方可自由使用、修改，并可在服务终止后交由其他服务商使用。

第八条 数据安全
（1）平台部署于中国境内的云服务器，已通过网络安全等级保护三级测评。乙方应对患者个人信息和病历数据加密存储和传输，实行最小权限管理，保留访问日志不少于六个月。
（2）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向主管部门报告，并承担因其原因造成的全部损失。

第九条 数据权属与使用
（1）甲方上传及在平台中产生的患者信息、病历、影像和经营数据属于甲方。
（2）甲方同意，乙方可将甲方数据去标识化处理后，用于改进平台产品、训练口腔影像辅助诊断模型及编制行业经营分析报告，该等使用在服务期满后仍可继续。
（3）服务期满或合同终止后30日内，乙方应将甲方数据以通用格式完整返还，并在甲方确认后删除平台上的副本。

第十条 保密
（1）双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露。本条义务在合同终止后三年内有效。

第十一条 分包
（1）乙方可将短信通知、数据迁移及现场培训等工作委托给第三方完成，但应提前书面通知甲方。乙方对第三方的工作承担责任。

第十二条 责任限制
（1）乙方在本合同项下的累计赔偿责任，以合同总金额的1.5倍为限；因乙方泄露数据或故意违约造成的损失不受此限。

第十三条 合同解除
（1）任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。甲方因乙方违约解除合同的，乙方应退还未履行服务年度的订阅费。

第十四条 争议解决
（1）本合同适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

第十五条 其他
（1）本合同一式两份，双方各执一份，自签字盖章之日起生效。附件一：门诊清单。
（2）门诊增减：服务期内甲方新开门诊的，乙方应在接到甲方书面通知后10个工作日内开通服务，订阅费按第三条单价及剩余服务期限折算；甲方关闭门诊的，该门诊的账号停用，已付订阅费不予退还，但甲方可将剩余期限转给其他新开门诊使用。
（3）培训与支持：乙方为甲方指定一名客户成功经理，每季度到甲方总部回顾服务情况。新入职员工的线上培训由乙方免费提供，培训课程及操作视频随产品版本更新。
（4）版本升级：乙方对平台的升级不得降低本合同约定的功能和服务水平。涉及病历格式或接口变更的，应提前30日通知甲方并提供测试环境。
（5）合规：乙方保证平台的电子病历功能符合国家卫生健康主管部门关于电子病历应用管理的规定，并在相关规范更新后及时调整；因平台不符合规定导致甲方受到处罚的，由乙方承担相应责任。
（6）不可抗力：因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，不承担违约责任；不可抗力不包括乙方机房或供应商的一般性设备故障。
（7）通知：本合同项下的通知以书面形式送达首部地址，或发送至双方指定联系人的电子邮箱。
（8）本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。
（9）门诊配合：甲方各门诊应指定一名系统联络人，负责本门诊账号管理、问题反馈和新员工的操作指导。上线前，甲方应按乙方提供的模板整理各门诊的医生排班、诊室设置及收费项目，并对迁移数据的抽查结果进行确认。
（10）服务报告：乙方每月5日前向甲方提交上月服务报告，内容包括平台可用率、故障记录、工单处理情况及下月版本计划，并列明服务抵扣金额。

甲方（盖章）：蓉城悦笑口腔医疗管理有限公司　　授权代表：__________
乙方（盖章）：牙联云科技（成都）有限公司　　授权代表：__________
日期：____年__月__日
"""

Z04 = """南屿市社会保险经办系统运行维护服务合同

采购项目编号：NYCG-2026-CS-0058（竞争性磋商）
合同编号：NYSB-YW-2026-01

甲方（采购人）：南屿市社会保险事业管理中心
地址：南屿市人民路36号
乙方（成交供应商）：闽信数科技术服务有限公司
地址：福州市鼓楼区软件大道89号

根据南屿市社会保险经办系统运行维护服务项目竞争性磋商结果，甲方委托乙方提供社会保险经办系统的运行维护服务。双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》订立本合同。

1. 服务范围
1.1 乙方负责甲方社会保险经办系统（含参保登记、缴费核定、待遇核发、基金财务、公共服务网厅及自助终端后台）的应用运维、数据库及中间件运维、版本适配、安全巡检与应急保障。
1.2 乙方派驻不少于4名运维工程师在甲方机房驻场，工作日8:30至18:00在岗，节假日及夜间安排专人值守并保持电话畅通。待遇集中发放日及年度缴费基数调整期间，乙方应增派人员现场保障。
1.3 乙方应在合同生效后10日内完成与原运维单位的交接，交接内容包括系统文档、账号权限、运维脚本及未结问题清单。

2. 服务期限
2.1 本合同服务期为一个服务年度，自2026年1月1日起至2026年12月31日止。期满后合同自然终止，不自动续期。

3. 合同价款
3.1 合同总价为人民币壹佰柒拾贰万伍仟元整（¥1,725,000），包括：
  （1）驻场运维服务费：¥1,046,400；
  （2）应用系统维护及版本适配：¥368,000；
  （3）数据库及中间件运维：¥214,000；
  （4）安全巡检及应急演练：¥96,600。
3.2 合同总价为固定价格，服务期内不作调整。

4. 付款方式
4.1 本合同不设预付款。
4.2 服务费按季度支付，每季度末经甲方考核后15个工作日内支付当季服务费¥431,250，并按第6条考核结果扣减相应费用。

5. 服务水平
5.1 社会保险经办系统（含核心经办、网厅及自助终端后台）月度可用率不低于99.7%。计划内维护须提前5个工作日报甲方批准，并安排在非办公时间进行。
5.2 故障分级及响应时限：
  （1）一级故障（核心经办业务全面中断或待遇核发无法进行）：15分钟内响应，30分钟内到场，2小时内恢复；
  （2）二级故障（部分业务或部分经办网点无法办理）：30分钟内响应，6小时内恢复；
  （3）三级故障（个别功能异常、不影响业务办理）：2小时内响应，3个工作日内解决。
5.3 乙方每月5日前提交上月运维报告，内容包括可用率统计、故障处理记录、巡检结果及整改建议。

6. 考核与扣款
6.1 甲方按季度对乙方进行服务考核，考核指标为可用率、响应时限、恢复时限、巡检完成率和报告及时性。
6.2 月度可用率每低于承诺值0.1个百分点，扣减当季服务费¥5,000；一级故障响应或恢复每超时一小时，扣减¥3,000；二级故障每超时一小时，扣减¥1,000。
6.3 年度服务期满前，甲方组织终期验收，以四个季度考核结果、交接文档完整性及系统运行报告为依据，出具验收意见。

7. 知识产权
7.1 乙方在服务期间编写的运维脚本、应急预案、配置基线及技术文档，知识产权归甲方所有，甲方可自行使用或提供给后续服务单位。

8. 数据安全
8.1 社会保险经办系统中的参保人员信息、缴费及待遇数据属于甲方，乙方仅可为本合同运维目的接触，不得复制、留存或向任何第三方提供。
8.2 乙方人员须签署个人保密承诺并通过甲方背景审查；所有操作须通过甲方堡垒机进行并全程审计，禁止使用个人存储介质。
8.3 发生数据泄露、篡改或系统被攻击的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的损失及行政处罚，由乙方承担全部责任。

9. 保密
9.1 乙方对履约过程中知悉的甲方工作秘密、内部文件、网络架构及系统口令负有保密义务，合同终止后仍然有效。

10. 违约责任
10.1 乙方未按第1.3款按期完成交接的，每迟延一日，按合同总价的千分之一向甲方支付违约金。
10.2 乙方违反第8条约定的，除赔偿损失外，甲方有权将有关情况报告财政部门。
10.3 服务期内，任何一方不得以对方违约为由解除本合同。乙方发生违约的，按第6条扣款并继续履行；因乙方违约给甲方造成损失的，乙方应予赔偿。

11. 转包与分包
11.1 乙方不得将本合同服务转包或者分包给任何第三方。

12. 争议解决
12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交南屿仲裁委员会仲裁。

13. 其他
13.1 磋商文件、乙方响应文件及成交通知书是本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
13.2 人员管理：乙方驻场人员名单、资质证书及联系方式应在进场前报甲方备案。乙方更换项目经理或驻场工程师的，须提前10个工作日书面报甲方同意，替换人员的资质不得低于原人员。驻场人员应遵守甲方考勤、门禁及机房管理制度。
13.3 应急保障：乙方应在进场后30日内编制系统故障、数据库损坏、网络攻击及机房断电等应急预案，报甲方审定，并于服务期内组织不少于两次应急演练，演练记录及总结报告报甲方存档。
13.4 服务交接：服务期满或合同终止时，乙方应配合甲方或新的运维单位完成交接，移交全部运维文档、脚本、账号及未结问题清单，交接期不少于15日，交接期间乙方不得中断服务，交接不另收费。
13.5 廉洁要求：乙方不得向甲方工作人员赠送礼品礼金或提供其他不正当利益，发现违反的，甲方有权报告主管部门并将乙方列入不良行为记录。
13.6 不可抗力：因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。
13.7 通知：双方通知以书面形式送达首部所列地址，或发送至双方项目联系人的电子邮箱。
13.8 配合事项：甲方应为乙方驻场人员提供办公场所、必要的办公设备及机房出入授权，及时提供系统变更所需的业务政策文件。甲方信息科负责审批乙方提交的变更申请，并在3个工作日内答复。
13.9 政策调整：国家或省级社会保险政策调整需要对经办系统进行参数配置或小型功能修改的，属于本合同服务范围，乙方应在甲方要求的时限内完成并配合测试，不另行收费。需要新增业务模块的，由甲方另行采购。
13.10 运维工具：乙方使用的监控、巡检及自动化运维工具须经甲方信息科审核，部署在甲方内网，不得具有向外网传输数据的功能；服务期满后，乙方应协助甲方卸载或移交上述工具及其配置。
13.11 附件：附件一《运维服务内容及人员配置表》、附件二《季度考核评分表》、附件三《应急预案框架》。

甲方（盖章）：南屿市社会保险事业管理中心　　经办人：__________
乙方（盖章）：闽信数科技术服务有限公司　　授权代表：__________
签订日期：____年__月__日
"""

Z05 = """# 味源ERP软件许可及实施合同

**（乙方标准合同文本 WY-ERP-2025 版）**

合同编号：WY-2026-HB-0133

- 甲方：荆楚卤香食品有限公司　　地址：湖北省武汉市东西湖区走马岭食品产业园12号
- 乙方：武汉味源软件股份有限公司　　地址：武汉市洪山区光谷大道77号

甲方为卤制食品生产及连锁门店配送企业，拟采购乙方“味源食品行业ERP”软件并由乙方进行定制开发和实施。经双方协商，依照乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供味源食品行业ERP软件许可（财务、供应链、生产制造、批次追溯、门店要货模块，60个用户），并在乙方标准产品基础上为甲方定制开发卤制配方管理、冷链门店配送排线、保质期批次预警等功能。

1.2 乙方负责系统安装部署、基础数据初始化、期初数据导入及用户培训。

## 第二条 合同价款

2.1 合同总价为人民币壹佰叁拾万元整（¥1,300,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 味源食品行业ERP软件许可（永久，60用户） | 900,000 |
| 2 | 定制开发（配方管理、配送排线、保质期预警） | 320,000 |
| 3 | 实施及数据初始化、培训 | 80,000 |
| | 合计 | 1,300,000 |

2.2 上述价格不含甲方服务器、数据库及操作系统等第三方软硬件，该等软硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥845,000，乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥455,000。

3.3 甲方逾期付款的，乙方有权暂停实施工作，工期相应顺延。

## 第四条 项目实施

4.1 乙方应在收到首期款项后120日内完成系统上线。上线时间以乙方发出的上线通知为准。

4.2 甲方应按乙方要求及时提供业务资料、基础数据和必要的办公条件，因甲方原因导致的延误由甲方负责。

4.3 乙方未按期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。甲方在上线后使用系统处理业务的，视为对系统功能的确认。

5.2 上线后发现的问题，乙方在维护期内按第七条处理，不影响验收结论及付款。

## 第六条 知识产权

6.1 味源ERP软件及其文档的知识产权归乙方所有。

6.2 乙方为甲方定制开发的配方管理、配送排线、保质期预警功能及相关源代码、设计文档，知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。乙方有权将定制开发成果纳入标准产品向其他客户销售。

## 第七条 免费维护期及后续维保

7.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括软件缺陷修复、远程技术支持和版本补丁。

7.2 故障响应：一级故障（系统无法登录或核心业务中断）乙方在接到报告后2小时内响应；二级故障在8小时内响应；一般问题在3个工作日内答复。乙方将尽力排除故障，但不因响应或处理超时承担扣款、赔偿或违约责任。

7.3 免费维护期满后，甲方应与乙方签订年度维保合同，年度维保费为软件许可费的26%，即每年¥234,000。未签订维保合同的，乙方不再提供任何技术支持及补丁。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方不得用于本合同以外的用途。

8.2 乙方在实施和维护过程中应遵守甲方的信息安全管理制度，远程访问须经甲方授权，不得擅自复制甲方数据；实施完成后应删除在乙方设备上留存的甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 第九条 保密

9.1 双方对在合作过程中获悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

## 第十条 合作伙伴

10.1 乙方有权根据项目需要，将部分开发、实施及培训工作委托给乙方的合作伙伴完成，无需另行取得甲方同意。

## 第十一条 责任限制

11.1 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.2 乙方不承担甲方的间接损失及利润损失。

## 第十二条 合同解除

12.1 任何一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同未尽事宜，以乙方产品手册及服务政策为准。

14.2 甲方的配合义务：甲方应指定项目负责人及各模块关键用户，在乙方要求的时间内完成需求确认、数据整理和测试工作。甲方关键用户每周投入项目的时间不少于三个工作日。

14.3 需求变更：双方确认需求规格说明书后，甲方提出的任何新增或变更需求，均按乙方人天单价¥2,600另行计费，工期相应顺延。

14.4 运行环境：甲方应按乙方提供的配置清单准备服务器、数据库及网络环境。因甲方环境不符合要求导致系统运行异常的，乙方不承担责任。

14.5 培训：乙方为甲方提供关键用户培训及系统管理员培训各一期，培训地点在甲方所在地。甲方新增人员的培训按乙方服务价格另行收费。

14.6 不可抗力：因不可抗力、政府行为或网络运营商原因导致合同不能履行的，双方均不承担违约责任。

14.7 通知：双方的通知以书面形式送达本合同首部所列地址，或以电子邮件发送至双方项目负责人邮箱，发出即视为送达。

14.8 项目文档：乙方在实施过程中向甲方提供需求规格说明书、系统配置说明、用户操作手册及系统管理员手册，上述文档以乙方标准模板编制。

14.9 数据迁移：期初数据由甲方按乙方模板整理并保证其准确性，乙方负责导入及导入结果核对。因甲方提供的数据错误导致的重复导入，乙方按人天单价另行收费。

14.10 上线支持：系统上线后首月，乙方安排一名实施顾问在甲方现场支持，此后以远程方式提供服务。甲方要求现场服务的，按乙方差旅及人天标准另行结算。

14.11 版本升级：免费维护期内乙方提供标准产品的版本升级；定制开发功能与新版本的适配，由乙方按需求变更另行报价。

14.12 附件：附件一《功能清单》、附件二《实施计划》，附件与本合同正文不一致的，以正文为准。

甲方（盖章）：荆楚卤香食品有限公司　　　授权代表：__________

乙方（盖章）：武汉味源软件股份有限公司　　授权代表：__________

签订日期：____年__月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT - DECAL DESIGN SUITE
P:Agreement No. QHS-LIC-2026-03
P:This Agreement is made between Jingdezhen Qinghua Studio Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Taoxi Road, Zhushan District, Jingdezhen, Jiangxi Province (the "Buyer"), and Farmakonisi Ceramic Software S.A., a company incorporated in Greece with its registered office at Harbour House, Nisida Farmakonisi, Dodecanese, Greece (the "Vendor").
P:Background: The Buyer designs and produces blue-and-white porcelain and uses printed decals for its export tableware lines. The Vendor publishes DecalForge, a design and colour-separation suite for ceramic transfer printing. The Buyer wishes to acquire perpetual licences and related services, and the Vendor wishes to supply them, on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means DecalForge Designer and the DecalForge Colour Separation module in the versions current at delivery, with their documentation and updates released during the Warranty Period.
P:1.2 "Custom Deliverables" means the cobalt-glaze colour library, the kiln-shrinkage calibration profiles and the print templates developed by the Vendor for the Buyer under Article 3.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the number of seats listed in Article 4 at the Buyer's studios in Jingdezhen, for the Buyer's own design and production work.
P:2.2 The Buyer may make backup copies and may move a seat to a replacement workstation at any time by deactivating the old installation.
H:Article 3 Services
P:3.1 The Vendor shall install the Licensed Software, build the cobalt-glaze colour library from test tiles fired by the Buyer, calibrate shrinkage profiles for the Buyer's three kilns, and train the Buyer's designers and print-room staff.
P:3.2 Services shall be carried out on site in Jingdezhen and remotely through connections approved by the Buyer under Article 9.
H:Article 4 Price
P:4.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 860,000, fixed, including all taxes, travel and expenses, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:DecalForge Designer perpetual licence|14 seats|38,500|539,000
TB:DecalForge Colour Separation module perpetual licence|6 seats|21,000|126,000
TB:Licence Subtotal|||665,000
TB:Colour library and kiln calibration (Custom Deliverables)|1 lot|148,000|148,000
TB:Installation and training|1 lot|47,000|47,000
TB:Contract Price|||860,000
H:Article 5 Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 86,000) within 30 days after signature, against the Vendor's invoice.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 473,000) within 30 days after the Installation Certificate is signed. The Installation Certificate records that the seats are installed and running; it is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 301,000) within 30 days after Final Acceptance.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall deliver and install all seats within 45 days after signature and complete the Custom Deliverables within 90 days after signature.
P:6.2 Acceptance tests shall show that: (a) every seat opens, edits and saves the Buyer's sample design files without error; (b) colour separations for ten reference patterns, printed and fired by the Buyer, match the approved reference tiles within a colour difference of Delta E 2.5; (c) decals produced with the calibration profiles fit the Buyer's standard plate, bowl and vase shapes within 0.5 mm after firing; and (d) the training programme is completed and documented.
P:6.3 When all tests are passed the Buyer shall sign a Final Acceptance certificate. Installation, use in production or any payment shall not be taken as acceptance. If any test fails, the Vendor shall correct the fault within 15 days at its own cost and the test shall be repeated.
P:6.4 If the Vendor is late in delivery or in completing the Custom Deliverables, it shall pay the Buyer delay damages of CNY 700 for each day of delay, up to a total of 10% of the Contract Price.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their documentation and Article 6.2 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:7.2 Support requests are classified as Severity 1 (no seat can open or export files, or production printing is stopped), Severity 2 (a major function fails with a workaround) and Severity 3 (other questions). The Vendor shall respond to Severity 1 requests within 1 hour at any time of day, and work continuously until a fix or workaround is in place. Severity 2 requests shall be answered within 8 working hours.
P:7.3 For each hour by which the Vendor exceeds a Severity 1 response time, the Buyer may deduct CNY 500 from the next payment or claim it from the Vendor.
P:7.4 After the Warranty Period the Vendor shall offer annual support at 11% of the Licence Subtotal (CNY 73,150 per year), fixed for three years after the Warranty Period ends. Support continues only if the Buyer issues a purchase order for each year; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables, including the colour library data, calibration profiles and print templates, belong to the Buyer from creation. The Buyer may use, modify, copy and license them to any third party without further payment. The Vendor shall deliver them in editable form.
P:8.3 The Vendor warrants that the Licensed Software does not infringe any third party's rights and shall defend and indemnify the Buyer against any infringement claim.
H:Article 9 Buyer Data and Data Security
P:9.1 The Buyer's designs, pattern archives, glaze recipes and production data ("Buyer Data") belong to the Buyer. The Vendor may use Buyer Data only to perform this Agreement.
P:9.2 Remote access by the Vendor shall be requested for each session, approved by the Buyer's IT administrator, made through the Buyer's VPN with individual accounts and recorded. The Vendor shall not copy Buyer Data to its own systems and shall delete any test files after use.
P:9.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to or loss of Buyer Data, shall cooperate in remedying it, and shall be liable for the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the Buyer's unreleased designs and customer lists, and shall not disclose it without prior written consent. This obligation survives for three years after termination.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to twice the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for any subcontractor approved.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under Article 6.4 reach their maximum. On such termination the Vendor shall refund the amounts paid for undelivered items.
P:13.2 The licences granted for paid seats survive any termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute shall be finally settled by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry, in the English language, by a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement is signed in two originals in English. Notices shall be in writing and sent by courier or email to the addresses above.
P:15.2 Project management. Each party shall name a project manager within 7 days after signature. The project managers shall meet by video call every week until Final Acceptance and keep short minutes of decisions, open issues and dates. Any change to the scope, price or dates requires a written change order signed by both project managers and approved by the Buyer's general manager.
P:15.3 Training. Training under Article 3.1 shall cover at least six designers and three print-room operators, shall be given in Chinese or with an interpreter provided by the Vendor, and shall include practical exercises on the Buyer's own patterns. The Vendor shall provide recorded video lessons that the Buyer may use to train new staff without further charge.
P:15.4 Export and compliance. The Vendor confirms that no export licence is required for the Licensed Software to be delivered to and used in China, and that it will deliver licence keys that do not expire and do not depend on an annual online activation.
P:15.5 Force majeure. Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it informs the other party promptly and resumes performance as soon as possible. Dates are extended by the period of the event.
P:15.6 Entire agreement. This Agreement is the whole agreement between the parties on its subject and replaces earlier quotations and correspondence. Amendments are valid only in writing signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

E02 = """# Osmussaar Cloud Ticketing - Order Form and General Terms

**Order Form No. OCT-CN-2026-0044**

## Part A - Order Form

**A1. Parties.** This Order Form is entered into by Emeishan Tibetan Macaque Reserve Scenic Area Operation Co., Ltd., Huangwan Town, Emeishan City, Sichuan Province, People's Republic of China ("Customer"), and Osmussaar Cloud Ticketing OU, a private limited company registered in Estonia, with its office at Lighthouse Road 1, Osmussaar island, Laane County, Estonia ("Provider"). This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

**A2. Services.** Provider shall provide its cloud ticketing platform for the macaque reserve section of the scenic area: online sale of timed-entry tickets through Customer's WeChat mini-program and website, group and school bookings, quota management per time slot, real-name verification, gate validation through Customer's turnstile scanners, and daily sales and visitor-flow reports (the "Services"). Provider shall also configure the platform and integrate it with Customer's turnstile scanners and finance system (the "Set-up Services").

**A3. Fees.** At Customer's request all fees are stated and paid in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | per Subscription Year | 286,000 |
| Subscription, Initial Term | 3 Subscription Years | 858,000 |
| Set-up Services (configuration, scanner and finance integration, training) | one-time | 74,000 |
| Total fees for the Initial Term | | 932,000 |
| Tickets above 2,000,000 in a Subscription Year | per ticket, usage-based | 0.06 |

**A4. Term.** The Initial Term is three Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance; each later Subscription Year starts on its anniversary.

**A5. Invoicing.** The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. The Set-up Services fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice. No fee is payable before Go-Live Acceptance. Usage charges are invoiced quarterly in arrears.

**A6. Go-Live.** Provider shall complete the Set-up Services and reach Go-Live Acceptance within 60 days after signature of this Order Form. Go-Live Acceptance occurs when Customer signs a go-live certificate after these tests are passed: (a) tickets sold on the mini-program and website for each time slot are validated at every turnstile within 1 second; (b) quota limits stop sales when a slot is full; (c) real-name data are checked against the identity service; (d) a load test of 3,000 ticket sales per minute completes without error; and (e) daily sales reports reconcile to the finance system for five consecutive days. Public selling of tickets before the certificate is signed does not mean Go-Live Acceptance.

**A7. Late go-live.** If Go-Live Acceptance is delayed beyond the date in A6 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

## Part B - General Terms

**B1. Provision of the Services.** Provider shall provide the Services in accordance with the Agreement and the documentation, with reasonable skill and care, using personnel who speak Chinese for first-line support. Provider shall host the Services in a data centre located in mainland China operated by a licensed cloud operator.

**B2. Service Levels.**
2.1 Provider shall make the Services available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 3 days in advance and carried out between 23:00 and 06:00 Beijing time.
2.2 Priority 1 incidents (ticket sale or gate validation unavailable) shall be responded to within 30 minutes and restored within 3 hours, at any time of day. Priority 2 incidents (a function degraded) shall be responded to within 2 hours. Other requests shall be answered within one business day.
2.3 If monthly availability falls below the level in 2.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly equivalent. A late Priority 1 response earns a credit of CNY 1,500 per incident. Credits are deducted from the next invoice.

**B3. Renewal.** After the Initial Term the Agreement renews automatically for successive periods of one Subscription Year each unless either party gives notice of non-renewal at least 60 days before the end of the current period. Provider may increase the subscription fee for any renewal period by up to 8% by notice given at least 90 days before that period starts.

**B4. Customer Data.**
4.1 Ticketing records, visitor personal information, booking data and reports (the "Customer Data") belong to Customer. Provider shall process Customer Data only on Customer's documented instructions to provide the Services.
4.2 Notwithstanding 4.1, Customer grants Provider a perpetual, royalty-free licence to use Customer Data in aggregated and de-identified form to develop and improve Provider's products, to train its demand-forecasting models and to publish visitor-flow benchmarks for the tourism sector. This licence continues after the Agreement ends.

**B5. Data Security.** Provider shall protect Customer Data with measures that meet MLPS level 3 and the Personal Information Protection Law, including encryption in transit and at rest, role-based access with multi-factor authentication, logging of all administrative access and quarterly vulnerability scans. Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and bear the costs and losses that result from incidents caused by its breach of this Clause. Customer Data shall not be transferred outside mainland China.

**B6. Sub-processors.** Provider shall not engage any sub-processor or subcontractor for the Services without Customer's prior written consent. Provider remains responsible for each approved sub-processor.

**B7. Intellectual Property.** Provider retains all rights in the platform. Ticket designs, configuration settings, report templates and interface scripts created for Customer under the Set-up Services belong to Customer, which may use, modify and hand them to any other supplier without restriction.

**B8. Confidentiality.** Each party shall keep the other's confidential information secret, use it only for the Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This Clause survives for three years after the Agreement ends.

**B9. Liability.** Each party's total liability under the Agreement is limited to 150% of the total fees for the Initial Term stated in A3. This limit does not apply to breach of B5 or B8, to personal injury or to wilful misconduct. Neither party is liable for indirect or consequential loss.

**B10. Termination.** Either party may terminate the Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after notice. On termination Provider shall return all Customer Data in CSV format within 15 days and then delete it, except for the licence in B4.2, and shall refund any prepaid fees for the period after termination.

**B11. Force Majeure.** Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided it notifies the other party promptly. Closure of the scenic area by the authorities suspends the subscription fee for the closure period.

**B12. Governing Law and Disputes.** The Agreement is governed by the laws of the Republic of Estonia. The courts of Tallinn, Estonia, have exclusive jurisdiction over any dispute arising out of it.

**B13. General.** The Agreement is the entire agreement of the parties on its subject. Changes must be in writing signed by both parties. Notices shall be sent by email with confirmation.

**B14. Customer Responsibilities.** Customer shall provide turnstile scanner specifications, network access at the gates, the merchant accounts used for online payment and the identity-verification credentials needed for real-name checks. Customer is responsible for the accuracy of prices, quotas and opening hours that it enters in the platform, and for the content of its own notices to visitors.

**B15. Payments Received from Visitors.** Ticket revenue is paid by visitors directly into Customer's merchant accounts. Provider does not hold or process visitor funds and shall not be a party to refunds, which Customer handles under its own refund policy using the refund function of the platform.

**B16. Support and Training.** Provider shall provide a Chinese-language support hotline and online ticketing portal at all times during the ticket-selling season and from 08:00 to 20:00 Beijing time at other times, shall train up to twenty of Customer's staff during the Set-up Services, and shall provide written guides in Chinese for ticket-office and gate staff.

**B17. Changes to the Services.** Provider may update the platform from time to time, provided that an update does not materially reduce the functions or service levels described in the Agreement. Provider shall give Customer at least 14 days' notice of any change affecting the mini-program, the gate validation or the reports, and shall offer a test environment before the change goes live.

**B18. Reports.** Provider shall make available in the platform daily, monthly and seasonal reports of ticket sales by channel, visitor numbers by time slot and gate, and refunds, and shall allow Customer to export them at any time in spreadsheet format without extra charge.

**B19. Assignment.** Neither party may assign the Agreement without the other party's prior written consent, except to a successor to its whole business that accepts the Agreement in writing.

Signed for Customer: ____________________  Signed for Provider: ____________________
"""

E03 = """T:Purchase Contract for Grain-Bin Temperature Monitoring System
P:Contract No. BDH-HX-2026-021
P:Buyer: Heilongjiang Xinghuo Soybean Farm Co., Ltd., No. 9 Nongken Street, Bei'an, Heihe City, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Fejo Grain Sensing ApS, a company registered in Denmark, Vestergade 4, Fejo, 4944 Fejo, Denmark, acting through its project office in Harbin (the "Supplier").
P:Recitals: The Buyer stores soybeans in sixteen steel bins at its Bei'an drying centre and wishes to monitor grain temperature, moisture and carbon dioxide to prevent spoilage. After a competitive negotiation the Buyer selected the Supplier. This Contract is on the Buyer's standard terms, adapted to the project.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission temperature cables, moisture and CO2 sensors, bin gateways and the monitoring software for the sixteen bins, connect them to the Buyer's control room and to the aeration fans, and train the Buyer's storage staff.
P:1.2 The technical specification and cable layout for each bin are set out in Annex 1. Equipment shall be new, suitable for operation at minus 40 degrees Celsius and certified for use in grain dust.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 1,045,000, a fixed price including delivery to site, import duties, taxes, installation and all services until Final Acceptance:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point temperature cable|96|4,850|465,600
TB:2|Moisture and CO2 sensor|24|6,200|148,800
TB:3|Bin gateway with fan control relay|16|9,400|150,400
TB:4|Monitoring software, perpetual site licence|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||882,800
TB:5|Installation and cabling|1 lot|136,400|136,400
TB:6|Commissioning and training|1 lot|25,800|25,800
TB:|Contract Price|||1,045,000
H:Section 3 Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 209,000) within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 Installation payment: 45% of the Contract Price (CNY 470,250) after all equipment is installed and the Installation Certificate is signed. The Installation Certificate is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 365,750) within 20 working days after Final Acceptance.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Bei'an drying centre within 50 days after signature and complete installation within 30 days after delivery, in any case before the bins are filled after harvest.
P:4.2 If the Supplier fails to meet a date in 4.1, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Delay damages do not relieve the Supplier of its other obligations.
P:4.3 Work inside bins shall follow the Buyer's confined-space and dust-safety rules. The Supplier is responsible for the safety of its staff on site.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for 30 days with the bins in use. Final Acceptance requires that: (a) every temperature point reads within plus or minus 0.5 degrees Celsius of a calibrated reference probe at ten sampled points per bin; (b) moisture and CO2 readings agree with laboratory samples within the tolerances in Annex 1; (c) alarms for hot spots reach the control room and the duty officer's phone within 60 seconds; (d) automatic fan control follows the rules in Annex 1 in a documented test; and (e) drawings, manuals and the configuration backup are handed over.
P:5.2 When all criteria are met the parties sign the Final Acceptance Certificate. Delivery, installation, use of the system or payment does not mean acceptance. If a criterion is not met, the Supplier shall correct the defect within 10 days and the test shall be repeated.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and travel.
P:6.2 Fault levels and response times during the warranty period are:
TB:Level|Description|Response|On site
TB:Severity 1|Monitoring of a bin lost, or alarms or fan control not working|1 hour|24 hours
TB:Severity 2|Single cable or sensor faulty|8 working hours|3 days
TB:Severity 3|Questions and minor issues|2 working days|as agreed
P:6.3 For each hour by which the Supplier misses a Severity 1 response or on-site time, the Buyer may deduct CNY 600 from the warranty retention or claim it from the Supplier.
P:6.4 After the warranty period the Supplier shall provide annual support at 7% of the Hardware and Licence Subtotal (CNY 61,796 per year), fixed for the first two years after the warranty period. Any later support requires a new written agreement; nothing in this Contract renews automatically.
H:Section 7 Data and Data Security
P:7.1 All temperature, moisture, CO2 and fan-operation data and all stock records ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:7.2 The monitoring software runs on the Buyer's server in the control room. Remote access by the Supplier requires the Buyer's approval for each session, goes through the Buyer's VPN with individual accounts and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems and shall keep its tools free of malware.
P:7.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, help the Buyer contain it and compensate the Buyer for losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 Bin layouts, alarm rules, fan-control logic and reports configured for the Buyer belong to the Buyer, which may use, modify and disclose them to any other contractor. The standard software remains the Supplier's and is licensed to the Buyer perpetually.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party obtained under this Contract, including the Buyer's stock quantities, prices and customers, and shall not disclose it without the other party's prior written consent. This duty continues for three years after the Contract ends.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, property damage caused by fire or explosion, wilful misconduct and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for the work of any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not cure it within 15 days after notice, or if delay damages reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:Section 14 General
P:14.1 This Contract is made in Chinese and English; both texts are equally valid. It takes effect on signature by both parties.
P:14.2 Site conditions. The Buyer shall provide power supply points at each bin, access to the bin roofs and a secure store for equipment on site. The Supplier has inspected the bins before signature and may not claim extra payment for site conditions that a competent contractor should have noticed.
P:14.3 Training and documents. The Supplier shall train at least eight of the Buyer's storage and maintenance staff in Chinese, covering reading the system, responding to alarms, replacing a cable section and checking calibration. Manuals, drawings and the training material shall be delivered in Chinese.
P:14.4 Spare parts. The Supplier shall keep in Harbin a stock of spare cables, sensors and gateways sufficient to meet the on-site times in Section 6.2, and shall make spare parts for the supplied equipment available for purchase for at least seven years after Final Acceptance at prices no higher than those in Section 2.1.
P:14.5 Force majeure. A party prevented from performing by events beyond its reasonable control, such as floods, blizzards, epidemics or government orders, shall notify the other party promptly and is excused for the duration of the event. Delivery and installation dates are extended accordingly.
P:14.6 Insurance. The Supplier shall maintain public liability insurance covering its work on site and shall provide a copy of the policy before starting installation.
P:14.7 Conduct on site. The Supplier's staff shall follow the Buyer's rules for fire safety, fumigation periods and vehicle movement at the drying centre, and shall not enter a bin under fumigation or without the Buyer's permit. The Buyer may remove from site any person who breaks these rules.
P:14.8 Harvest season. From the start of soybean intake until the bins are full, the Supplier shall keep an engineer on call who can reach Bei'an within the on-site times in Section 6.2, and shall not schedule planned maintenance that takes any bin's monitoring offline during that period unless the Buyer agrees in writing.
P:14.9 Notices. Notices under this Contract shall be in writing and delivered by hand, courier or email to the project representatives named by the parties.
P:Annex 1: Technical specification and cable layout. Annex 2: Acceptance test record.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Cloud Operations Services Agreement

Agreement reference: FJ-MCO-2026-117

**Between**

(1) **Zhejiang Wenhai Pump Manufacturing Co., Ltd.**, Dongbu Industrial Zone, Wenling, Taizhou, Zhejiang Province, People's Republic of China ("Customer"); and

(2) **Fedje Cloud Operations AS**, a company registered in Norway, Kystvegen 12, 5947 Fedje, Norway ("Provider").

**Background**

(A) Customer runs its ERP, product-lifecycle, dealer-portal and manufacturing-execution systems on 48 virtual servers rented from a public cloud operator in mainland China.

(B) Customer wishes to outsource the day-to-day operation of those servers to Provider, and Provider has agreed to provide the services described below on the terms of this Agreement.

## 1. Definitions

1.1 "Services" means the managed operations services in clause 3 for the servers listed in Schedule 1.

1.2 "Transition" means the handover of operations from Customer's internal team to Provider under clause 4.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition acceptance certificate.

1.4 "Term" means 36 months from the Service Commencement Date.

## 2. Term

2.1 This Agreement starts on signature and continues until the end of the Term. It ends automatically at the end of the Term; any extension requires a new written agreement signed by both parties.

## 3. Services

3.1 Provider shall monitor the servers, operating systems, databases and middleware around the clock; apply patches under an agreed monthly schedule; run daily backups and a quarterly restore test; manage capacity and cloud cost reports; handle incidents, problems and changes under the process in Schedule 2; and keep the configuration database up to date.

3.2 Provider shall provide a named service manager who meets Customer's IT manager monthly to review performance, incidents, risks and planned changes, and who produces a monthly service report within 5 working days after each month end.

3.3 Provider shall operate from its service centre in Hangzhou, staffed by engineers who speak Chinese, and shall not move the Services to another location without Customer's written approval.

## 4. Transition

4.1 Provider shall complete Transition within 45 days after signature. Transition includes documentation of every server, taking over monitoring and backup jobs, runbooks for the ten most common tasks and shadowing Customer's team for two weeks.

4.2 Transition acceptance requires that: (a) all 48 servers appear in Provider's monitoring with alert thresholds agreed with Customer; (b) a full backup of every server and a test restore of three servers chosen by Customer have succeeded; (c) runbooks are delivered and reviewed by Customer; and (d) Provider has handled all incidents in a 10-day parallel run within the service levels in Schedule 2. Customer shall sign the Transition acceptance certificate when these criteria are met. Provider's start of monitoring alone is not acceptance.

4.3 If Transition acceptance is delayed beyond the date in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 5. Service Levels

5.1 Provider shall keep each production server available at least 99.95% of each calendar month, measured by Provider's monitoring and excluding maintenance windows agreed in advance and outages of the cloud operator's own platform that Provider reports promptly.

5.2 Incidents are classified and handled within the response and restoration times in Schedule 2.

5.3 If Provider misses a service level in a month, Customer receives the service credits in Schedule 2, deducted from the next monthly invoice. Credits in any month are limited to 20% of the Monthly Service Charge for that month.

## 6. Charges and Payment

6.1 At Customer's request all charges are in Chinese yuan (CNY). The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the Term.

6.2 The Transition charge is invoiced after Transition acceptance. The Monthly Service Charge is invoiced monthly in arrears. Customer shall pay undisputed invoices within 30 days. No charge is payable in advance.

6.3 Cloud resource fees payable to the cloud operator are paid by Customer directly and are not part of this Agreement.

## 7. Customer Data

7.1 All data stored on or processed by the servers, including backups and logs ("Customer Data"), remain the property of Customer. Provider shall use Customer Data only to provide the Services and shall not sell, disclose for payment or otherwise exploit it.

## 8. Intellectual Property

8.1 Runbooks, scripts, monitoring rules and documentation produced by Provider for Customer belong to Customer, which may use, modify and give them to any successor provider. Provider keeps its own monitoring tools and may use general know-how gained in performing the Services.

## 9. Personnel and Subcontracting

9.1 Provider shall assign qualified engineers and replace any engineer reasonably objected to by Customer.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors as for its own staff.

## 10. Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed CNY 600,000.

10.2 Neither party is liable for loss of profit, loss of business or indirect loss.

10.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence or for fraud.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the availability level in clause 5.1 for the same server in three consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On expiry or termination Provider shall provide up to 60 days of exit assistance at the rates in Schedule 3, hand over all runbooks, credentials and documentation, and return or delete Customer Data as Customer directs.

## 12. Force Majeure

12.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other promptly and takes reasonable steps to limit the effect. Outages of the cloud operator are not force majeure for Provider's own obligations in clause 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Taizhou Arbitration Commission for arbitration in Taizhou, Zhejiang.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

14.2 Customer shall give Provider administrator access to the cloud accounts and servers in scope, inform Provider of planned business events such as quarter-end closing and dealer promotions, and approve or reject change requests within the times agreed in the change process.

14.3 Provider shall follow Customer's change-management process: every change to a production server needs an approved change request, a rollback plan and a record of the result. Emergency changes may be made to restore a P1 incident and shall be documented within one working day.

14.4 Provider shall review the cloud consumption of the servers each month and propose savings, such as resizing idle servers or scheduling test environments to stop at night. Proposals are implemented only after Customer's approval.

14.5 Provider shall keep a security-cleared deputy for the named service manager so that the monthly review and escalations are never delayed by holidays or absence. Customer may ask for the replacement of the service manager if the service levels are missed in two consecutive months.

14.6 At the end of each quarter the parties shall review the list of recurring incidents and agree on problem-management actions, with owners and target dates, to remove their root causes. Progress shall be reported in the monthly service report until each action is closed.

14.7 Notices shall be in writing and sent by email to the contacts named by each party, with a copy by courier for notices of breach or termination.

## Schedule 1 - Servers in Scope

48 virtual servers: ERP (12), product lifecycle (8), dealer portal (10), manufacturing execution (14), shared services such as directory, file and backup (4). The list is kept in the configuration database and may change by agreed change requests; the Monthly Service Charge changes only when the count moves by more than four servers.

## Schedule 2 - Priorities, Times and Credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | Production system down or data at risk | 15 minutes | 3 hours | CNY 3,000 per incident, plus CNY 1,000 per further hour |
| P2 | Production degraded, workaround available | 30 minutes | 8 hours | CNY 1,000 per incident |
| P3 | Single user or non-production issue | 2 hours | 3 working days | none |
| Availability | Below 99.95% for a server in a month | - | - | 3% of the Monthly Service Charge per server affected |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time | 88,000 |
| Monthly Service Charge | per month, 36 months | 68,500 |
| Total for the Term | 88,000 + 36 x 68,500 | 2,554,000 |
| Exit assistance | per engineer day | 2,800 |

Signed for Customer: ____________________    Signed for Provider: ____________________
"""

E05 = """API SUBSCRIPTION AGREEMENT - HS CODE CLASSIFICATION SERVICE

Agreement No. KLC-API-2026-0087

THIS AGREEMENT is made between:

Guangzhou Haiyun Cross-Border Trading Co., Ltd., Room 1802, 23 Huacheng Avenue, Tianhe District, Guangzhou, Guangdong Province, People's Republic of China ("Customer"); and

Kolocep Tariff Data d.o.o., a company registered in Croatia, with its office at Donje Celo 5, Otok Kolocep, 20221 Kolocep, Croatia ("Vendor").

BACKGROUND

Customer sells household goods through online marketplaces to buyers in Europe, North America and Southeast Asia, and must declare a correct tariff code for every product it ships. Vendor operates an application programming interface that proposes Harmonized System codes and national tariff lines for product descriptions and images. Customer wishes to subscribe to that interface for its listing and customs-declaration systems.

1. DEFINITIONS

1.1 "API" means Vendor's HS code classification interface described in the Schedule, with its documentation.

1.2 "Customer Content" means product descriptions, images, supplier data, declared values and other data sent by Customer to the API, and the results returned for them.

1.3 "Subscription Year" means each successive period starting on the Service Start Date or on its anniversary.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Term, a non-exclusive right to call the API from Customer's systems and to use the results in Customer's business, including in declarations made by its customs brokers.

2.2 The Term is two Subscription Years from the Service Start Date. The Agreement then expires. A further subscription requires a new order signed by both parties; nothing renews automatically.

2.3 The subscription includes up to 1,500,000 classification calls per Subscription Year. Additional calls are charged at the rate in the Schedule.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are: subscription fee CNY 184,000 per Subscription Year, CNY 368,000 for the Term; onboarding fee CNY 22,000, one-time. The total fees for the Term are CNY 390,000, excluding any additional calls.

3.2 The subscription fee is invoiced quarterly in advance, in equal instalments of CNY 46,000, the first on the Service Start Date. The onboarding fee is invoiced after Integration Acceptance. Nothing is payable before the Service Start Date.

3.3 Additional calls are invoiced quarterly in arrears. Invoices are payable within 30 days.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Vendor shall provide sandbox access, API keys, documentation and two online workshops, and shall map Customer's product categories to Vendor's classification rules, including Customer-specific rules for its own product range ("Customer Rules").

4.2 Integration Acceptance takes place when: (a) Customer's listing system and declaration system call the API successfully in the production environment; (b) a test set of 500 of Customer's products, chosen by Customer, is classified and at least 97% of the proposed six-digit codes agree with the codes confirmed by Customer's licensed customs broker; (c) results for the same products are returned identically on repeated calls; and (d) Customer Rules are documented. Customer shall confirm Integration Acceptance in writing within 5 working days after these criteria are met. Use of the API in the sandbox is not acceptance.

5. SERVICE AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API available and to perform it substantially in accordance with its documentation.

5.2 Support is provided by email and through Vendor's ticketing portal. Vendor will use commercially reasonable efforts to respond to support requests promptly during Central European business hours and to correct reproducible errors in a timely manner.

5.3 Vendor may carry out maintenance from time to time and will try to announce it in advance on its status page.

5.4 Vendor shall update the tariff tables within a reasonable time after a change published by the World Customs Organization or by a national customs authority in a market listed in the Schedule.

6. CUSTOMER CONTENT AND DATA SECURITY

6.1 Customer Content belongs to Customer. Vendor shall use Customer Content only to provide the API to Customer and shall not use it to train models for, or disclose it to, any other person.

6.2 Vendor shall process Customer Content in a data centre in mainland China, protect it with encryption in transit and at rest, restrict access to named personnel with multi-factor authentication, log all access and keep its information security management certified to ISO/IEC 27001.

6.3 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Content, take immediate measures to contain it, and compensate Customer for losses caused by Vendor's breach of this clause.

6.4 At the end of the Term Vendor shall return Customer Content on request and delete it within 30 days.

7. INTELLECTUAL PROPERTY

7.1 Vendor keeps all rights in the API, its models and its tariff database.

7.2 Customer Rules and the category mapping prepared for Customer belong to Customer, which may use, modify and disclose them to any other service provider.

8. CONFIDENTIALITY

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to third parties without prior written consent. Customer's product range, suppliers, prices and sales volumes are Customer's confidential information. This clause survives for three years after the end of the Agreement.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract the provision of the API or engage any sub-processor of Customer Content without Customer's prior written consent.

10. LIABILITY

10.1 Vendor's total liability under this Agreement is limited to twice the total fees for the Term stated in clause 3.1, except for breach of clauses 6 and 8, infringement of third-party rights and wilful misconduct.

10.2 Classification results are proposals. Customer and its customs broker remain responsible for the codes declared, but Vendor shall re-perform any incorrect classification free of charge.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.

11.2 If Customer terminates under 11.1, Vendor shall refund the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

13. GENERAL

13.1 This Agreement, with the Schedule, is the entire agreement between the parties. Changes must be in writing and signed by both parties. Notices may be given by email to the contacts in the Schedule.

13.2 Customer shall keep its API keys secure, shall not share them with third parties other than its customs brokers and contractors acting for it, and shall inform Vendor promptly if a key may have been compromised. Vendor shall then revoke the key and issue a new one without charge.

13.3 Customer shall not resell access to the API, use the API to build a competing classification database or send the API automated calls designed to copy Vendor's tariff database.

13.4 Vendor shall provide monthly usage reports showing the number of calls, the number of products classified and the distribution of results by market, so that Customer can monitor its included volume.

13.5 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, large-scale network outages or government action, provided it notifies the other party promptly and takes reasonable steps to resume performance.

13.6 Neither party may assign this Agreement without the other party's prior written consent.

13.7 This Agreement is made in English and Chinese. In case of conflict, the English text prevails.

13.8 Vendor shall give Customer at least 60 days' notice before withdrawing a market from the list in the Schedule or changing the format of API responses in a way that is not backward compatible, and shall keep the previous version of the API running during that period so that Customer can adapt its systems.

13.9 Customer may send up to three users to Vendor's online product training each quarter without charge. Vendor shall keep the documentation, error codes and examples of the API available in English and Chinese, and shall answer integration questions from Customer's developers by email.

13.10 Each party shall comply with applicable anti-bribery laws and shall not offer or give any payment, gift or other advantage to the other party's employees in connection with this Agreement. A breach of this clause is a material breach for the purpose of clause 11.1, but it does not affect the other terms of this Agreement.

13.11 On request, Vendor shall provide the legal notes and rulings on which a classification result is based, in a form that Customer's customs broker can attach to its working papers.

SCHEDULE - API DESCRIPTION, MARKETS AND RATES

Endpoints: classify (text and image), batch classify (up to 200 products per call), explain (returns the legal notes and rulings behind a result), tariff lookup.

Markets covered: European Union, United Kingdom, United States, Canada, Australia, Japan, Singapore, Malaysia, Thailand and the People's Republic of China.

Additional calls above the included volume: CNY 0.09 per call.

Customer contact: Ms Lin Yue, operations manager. Vendor contact: Mr Ivo Maric, account manager.

SIGNED for Customer: ____________________          SIGNED for Vendor: ____________________
Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# Files, labels and checks
# ----------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, language, format, source)
    "h304z01": ("h304z01_bridge_tunnel_health_monitoring_platform.pdf", "zh", "pdf", Z01),
    "h304z02": ("h304z02_paper_mill_headbox_dryer_control_retrofit.docx", "zh", "docx", Z02),
    "h304z03": ("h304z03_dental_chain_booking_emr_saas.txt", "zh", "txt", Z03),
    "h304z04": ("h304z04_social_insurance_system_annual_om.txt", "zh", "txt", Z04),
    "h304z05": ("h304z05_braised_food_erp_supplier_template.md", "zh", "md", Z05),
    "h304e01": ("h304e01_porcelain_decal_design_perpetual_licences.pdf", "en", "pdf", E01),
    "h304e02": ("h304e02_macaque_reserve_ticketing_saas_order_form.md", "en", "md", E02),
    "h304e03": ("h304e03_soybean_farm_grain_bin_sensors.docx", "en", "docx", E03),
    "h304e04": ("h304e04_pump_maker_managed_cloud_operations.md", "en", "md", E04),
    "h304e05": ("h304e05_hs_code_classification_api_subscription.txt", "en", "txt", E05),
}

# price and payment arithmetic stated in the texts: (parts, total)
SUMS = {
    "h304z01": [([1126000, 438000, 520000], 2084000), ([2084000, 316000, 186000, 24000], 2610000),
                ([522000, 1174500, 913500], 2610000), ([2610000 * 0.20, 2610000 * 0.45, 2610000 * 0.35], 2610000),
                ([2084000 * 0.08], 166720)],
    "h304z02": [([786000, 412000, 538000, 304000], 2040000), ([2040000, 226000, 278000, 16000], 2560000),
                ([256000, 1408000, 896000], 2560000), ([2560000 * 0.10, 2560000 * 0.55, 2560000 * 0.35], 2560000),
                ([2040000 * 0.09], 183600)],
    "h304z03": [([30 * 11600], 348000), ([3 * 348000], 1044000), ([118000, 132000, 36000], 286000),
                ([1044000, 286000], 1330000), ([286000, 348000], 634000)],
    "h304z04": [([1046400, 368000, 214000, 96600], 1725000), ([4 * 431250], 1725000)],
    "h304z05": [([900000, 320000, 80000], 1300000), ([845000, 455000], 1300000), ([1300000 * 0.65], 845000),
                ([900000 * 0.26], 234000), ([1300000 * 0.20], 260000)],
    "h304e01": [([14 * 38500], 539000), ([6 * 21000], 126000), ([539000, 126000], 665000),
                ([665000, 148000, 47000], 860000), ([86000, 473000, 301000], 860000), ([665000 * 0.11], 73150)],
    "h304e02": [([3 * 286000], 858000), ([858000, 74000], 932000)],
    "h304e03": [([96 * 4850], 465600), ([24 * 6200], 148800), ([16 * 9400], 150400),
                ([465600, 148800, 150400, 118000], 882800), ([882800, 136400, 25800], 1045000),
                ([209000, 470250, 365750], 1045000), ([1045000 * 0.20, 1045000 * 0.45, 1045000 * 0.35], 1045000),
                ([882800 * 0.07], 61796)],
    "h304e04": [([36 * 68500], 2466000), ([2466000, 88000], 2554000)],
    "h304e05": [([2 * 184000], 368000), ([368000, 22000], 390000), ([4 * 46000], 184000)],
}


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty, pwf,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value,
#       fee_base (goods only), forum outside mainland, declared expected rules)
LABELS = {
    "h304z01": ("hardware", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False,
                              True, False, "PRC", G), True, True, True, False, 2610000, 2084000, False, []),
    "h304z02": ("hardware", T(None, 6, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 9, False,
                              True, False, "PRC", G), True, True, True, False, 2560000, 2040000, False,
                ["CR-LD-LOW", "CR-SLA-RESPONSE"]),
    "h304z03": ("cloud", T(99.95, 0.5, True, "buyer", True, False, True, 1000 / 1330000 * 100, 150,
                           634000 / 1330000 * 100, True, None, None, None, False, True, True, "PRC", S),
                True, True, None, False, 1330000, None, False, ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
    "h304z04": ("services", T(99.7, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                              False, False, False, "PRC", S), True, True, None, False, 1725000, None, False,
                ["CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
    "h304z05": ("software", T(None, 2, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 26, False,
                              True, True, None, G), True, True, True, True, 1300000, 900000, False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h304e01": ("software", T(None, 1, True, "buyer", True, True, True, 700 / 860000 * 100, 200, 10, True, True, 24,
                              11, False, True, False, "Greece", G), True, True, True, False, 860000, 665000, True,
                ["CR-GOVERNING-LAW"]),
    "h304e02": ("cloud", T(99.95, 0.5, True, "buyer", True, False, True, 600 / 932000 * 100, 150, None, True, None,
                           None, None, True, True, False, "Estonia", S), True, True, None, False, 932000, None, True,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW"]),
    "h304e03": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 36, 7, False, True,
                              False, "PRC", G), True, True, True, False, 1045000, 882800, False, []),
    "h304e04": ("services", T(99.95, 0.25, True, "buyer", False, True, False, 2000 / 2554000 * 100,
                              600000 / 2554000 * 100, None, True, None, None, None, False, True, False, "PRC", S),
                True, True, None, False, 2554000, None, False,
                ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h304e05": ("cloud", T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                           True, False, "PRC", S), False, False, None, False, 390000, None, False,
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}


def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: v[3] for k, v in built.items()}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    for k, sums in SUMS.items():
        for parts, total in sums:
            assert abs(sum(parts) - total) < 0.005, (k, parts, total)

    fired = set()
    print()
    print("%-8s %-5s %-6s %-7s %s" % ("key", "lang", "fmt", "risk", "expected rules"))
    for k, (name, lang, fmt, src) in FILES.items():
        text = read_back(OUT / name, fmt)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        assert lo <= n <= hi, "%s length %d outside %d-%d" % (name, n, lo, hi)
        for variant in (text, src):
            hits = threshold_hits(variant)
            assert not hits, "%s: threshold figure in text: %r" % (name, hits)

        cat, t, sla, ld_stated, capped, deemed, value, fee_base, forum_out, declared = LABELS[k]
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key, t[key])
        c = tco(t, extra, fee_base)
        if c:
            assert abs(c["share_pct"] - 40) > 1e-9, (k, c)
        rules = derive_rules(t, extra, fee_base, forum_out)
        assert rules == sorted(declared), (k, rules, declared)
        fired |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                        encoding="utf-8")
        print("%-8s %-5s %-6s %-7s %s" % (k, lang, fmt, risk(rules), ", ".join(rules) or "(none)"))
        print("         length %d %s%s" % (n, "chars" if lang == "zh" else "words",
                                           ("; TCO %.2f, post-warranty %.2f, share %.2f %%" %
                                            (c["tco"], c["post_warranty_fees"], c["share_pct"])) if c else ""))
    missing = set(ALL_RULES) - fired
    assert not missing, "rules never expected: %s" % sorted(missing)
    print("\nall %d CR rules expected at least once" % len(ALL_RULES))


if __name__ == "__main__":
    main()
