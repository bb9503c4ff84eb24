"""holdout274: ten ordinary draft contracts (5 zh, 5 en) with hand labels.

Writes every file from the sources below: .md/.txt directly, .docx/.pdf through ../word_pdf.py (wrap_words=True).
Asserts price and payment sums, that each labelled figure appears in the text, re-applies policy §3/§4 to the labels
and compares with the planned findings, writes the labels, reads every built file back and scans it for values on a
policy threshold. Run with /work/main/.venv/bin/python make_files.py
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold regexes (policy §3 / §4)
CN = "一二三四五六七八九十零点"
THRESHOLDS = {
    "availability 99.9": r"99\.9(?!\d)|百分之九十九点九(?![" + CN + "])",
    "p1 4 hours": r"(?<![\d.])4\s*(?:小时|个小时|hours?|hrs?|h\b|-hour)|(?<![十二三四五六七八九])四个?小时|\bfour[\s-]hours?\b|(?<!\d)240\s*(?:分钟|minutes)",
    "ld 0.05 %/day": r"(?<![\d.])0\.05\s*%|万分之五(?![" + CN + "])|千分之零点五|0\.5\s*‰|\bfive hundredths\b",
    "cap 100 %": r"(?<![\d.])100\s*%|百分之一百(?![" + CN + "])|百分之百|\bone hundred per ?cent\b",
    "prepay 30 %": r"(?<![\d.])30\s*%|百分之三十(?![" + CN + "])|\bthirty per ?cent\b|三成",
    "warranty 12 months": r"(?<![\d.])12\s*(?:个月|months?|-month)|十二个月|\btwelve[\s-]months?\b|(?<![第每十])一年|\bone[\s-]year\b|(?<![\d.])1\s*(?:year|年)\b|壹年",
    "fee 15 %": r"(?<![\d.])15\s*%|百分之十五(?![" + CN + "])|\bfifteen per ?cent\b",
    "tco 40 %": r"(?<![\d.])40\s*%|百分之四十(?![" + CN + "])|\bforty per ?cent\b",
    "horizon 5 years": r"(?<![\d.])5\s*(?:年|years?|-year)|(?<![十二三四六七八九])五年|\bfive[\s-]years?\b|(?<![\d.])60\s*(?:个月|months?)|六十个月",
}
THRESH_RE = {k: re.compile(v, re.I) for k, v in THRESHOLDS.items()}


def scan(text):
    return [(k, m.group(0)) for k, rx in THRESH_RE.items() for m in rx.finditer(text)]


def selftest():
    bad = ["可用率99.9%", "4小时内响应", "四小时", "within 4 hours", "four-hour", "0.05%", "万分之五", "100%",
           "百分之一百", "30%", "百分之三十", "12个月", "十二个月", "12 months", "twelve-month", "一年", "one year",
           "15%", "百分之十五", "40%", "百分之四十", "5年", "五年", "five years", "60 months", "240分钟"]
    good = ["99.95%", "24小时", "24 hours", "14 hours", "0.08%", "万分之五十", "万分之八", "150%", "百分之一百五十",
            "130%", "百分之三十五", "112 months", "2025年", "第一年", "每一年", "115%", "0.15%", "百分之十五点五",
            "140%", "百分之四十五", "15 years", "二〇二五年", "十五年", "36 months", "36个月"]
    for s in bad:
        assert scan(s), ("selftest should match", s)
    for s in good:
        assert not scan(s), ("selftest should not match", s, scan(s))


# ---------------------------------------------------------------- policy §3 / §4 re-applied to a label
def apply_rules(lab, local):
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = []
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
    if (not t["acceptance_clause"]) or t["final_payment_on_acceptance"] is False or x["acceptance_deemed_on_delivery"]:
        r.append("CR-ACCEPTANCE")
    tco = None
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"]) or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            years = max(0.0, 5 - t["warranty_months"] / 12)
            fees = years * t["post_warranty_fee_pct"] / 100 * local["fee_base"]
            total = x["contract_value"] + fees
            tco = (total, fees / total * 100)
            if fees / total * 100 > 40:
                r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or local.get("forum_outside"):
        r.append("CR-GOVERNING-LAW")
    sev_high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                "CR-POST-WARRANTY-FEE"}
    sev_low = {"CR-GOVERNING-LAW"}
    risk = "high" if sev_high & set(r) else ("medium" if set(r) - sev_low else "low")
    return sorted(r), risk, tco


# ---------------------------------------------------------------- markup -> .md / .txt
def to_md(src):
    out, in_table = [], False
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            cells = text.split("|")
            out.append("| " + " | ".join(cells) + " |")
            if not in_table:
                out.append("|" + "---|" * len(cells))
            in_table = True
            continue
        if in_table:
            out.append("")
        in_table = False
        if tag == "T":
            out.append("# " + text + "\n")
        elif tag == "H":
            out.append("## " + text + "\n")
        else:
            out.append(text + "\n")
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out = []
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            out.append("  ".join(c.ljust(6) for c in text.split("|")).rstrip())
        elif tag == "T":
            out.append(text + "\n")
        elif tag == "H":
            out.append("\n" + text)
        else:
            out.append(text)
    return "\n".join(out).rstrip() + "\n"


SOURCES, TARGETS, LABELS, PLANS = {}, {}, {}, {}
FIGS = {}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def label(key, name, fmt, lang, category, terms, extra, local, rules, risk, figs):
    assert set(terms) == set(TERM_KEYS), key
    t = {k: terms[k] for k in TERM_KEYS}
    if t["contract_kind"] == "goods_or_licence":
        xk = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
    else:
        xk = ["sla_clause", "ld_stated", "acceptance_deemed_on_delivery", "contract_value"]
    assert set(extra) == set(xk), key
    x = {k: extra[k] for k in xk}
    TARGETS[key] = (name, fmt)
    LABELS[key] = {"file": name, "language": lang, "category": category, "expected_terms": t, "expected_extra": x,
                   "expected_rules": sorted(rules)}
    PLANS[key] = (sorted(rules), risk, local)
    FIGS[key] = figs


# ================================================================ h274z01 水务局 供水漏损监测平台 (compliant, docx)
z01_items = [("电磁流量计（DMA分区计量）", 86, 14800), ("压力监测终端", 120, 3650), ("管网噪声记录仪", 260, 2100),
             ("漏损管理平台软件许可（永久）", 1, 468000)]
z01_sub = sum(q * p for _, q, p in z01_items)
assert z01_sub == 2724800
z01_total = z01_sub + 356000 + 29200
assert z01_total == 3110000
assert 622000 + 1088500 + 1399500 == z01_total and 622000 == z01_total * 20 // 100
assert round(z01_sub * 0.08) == 217984
SOURCES["h274z01"] = """T:智慧供水漏损监测平台建设项目采购合同
P:合同编号：SWJ-ZB-2026-0417
P:采购项目编号：HXCG2026-GK-118（公开招标）
P:甲方（采购人）：临川市水务局
P:乙方（供应商）：江汉智测科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临川市水务局智慧供水漏损监测平台建设项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责在甲方供水管网内建设漏损监测平台，包括DMA分区计量设备、压力监测终端、管网噪声记录仪的供货与安装，漏损管理平台软件许可、与甲方现有营业收费系统和GIS系统的接口开发、分区建模、调试及培训。
P:1.2 设备安装点位以甲方确认的《分区计量点位清单》为准，共覆盖主城区38个一级、二级计量分区。
H:第二条 合同价格
P:2.1 本合同总价为人民币3,110,000元（大写：叁佰壹拾壹万元整），含设备、软件、运输、安装、调试、接口开发、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
""" + "\n".join("TB:%d|%s|%d|%s|%s" % (i + 1, n, q, format(p, ","), format(q * p, ",")) for i, (n, q, p) in enumerate(z01_items)) + """
TB:5|软硬件小计|—|—|2,724,800
TB:6|安装调试、接口开发及DMA分区建模|1项|—|356,000
TB:7|操作及管理培训|1项|—|29,200
TB:合计|—|—|—|3,110,000
P:2.2 合同总价为固定价格，除甲方书面变更需求外不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币622,000元。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，即人民币1,088,500元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 项目终验合格后，甲方支付合同总价的45%，即人民币1,399,500元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后60日内完成全部设备到货，120日内完成安装、接口开发和调试并提交初验申请。
P:4.2 设备须为全新原厂产品，随货提供合格证、检定证书、说明书和装箱单。流量计须经法定计量机构检定合格。
H:第五条 验收
P:5.1 初验标准：全部点位设备在线率不低于98%；流量计检定证书齐全；平台实现分区水量平衡计算、夜间最小流量分析、压力异常和噪声疑似漏点告警；与营业收费系统、GIS系统的接口数据核对无差错；平台页面平均响应时间不超过3秒。
P:5.2 初验合格后进入90日试运行期。试运行期内未发生一级故障、平台累计产出的疑似漏点经现场复核确认率不低于60%的，乙方可申请终验。终验由甲方组织专家按招标文件技术要求和本条标准逐项核查并出具书面验收报告。
P:5.3 设备安装完成、系统上线或甲方使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级和现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币217,984元），该上限在质保期满后的两个年度内不得上调。维保合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 漏损管理平台月可用率不低于99.95%（计划维护时间经甲方书面同意的除外）。
P:7.2 故障分级响应：一级故障（平台整体不可用或核心分区数据中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内处理完毕；三级故障在下一次巡检时处理。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减人民币1,500元；月可用率每低于承诺值0.01个百分点，扣减人民币3,000元。扣减款项从维保费或履约保证金中抵扣。
H:第八条 数据安全与数据归属
P:8.1 本项目采集和产生的管网运行数据、用户用水数据、分区模型及日志均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、对外提供或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机进行，全程留痕。发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失由乙方全额赔偿。
H:第九条 保密
P:乙方对履行本合同知悉的甲方供水管网布局、关键设施位置、用户信息和内部资料负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在本合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目开发的接口程序、分区模型、定制报表及相关源代码和文档，知识产权归甲方所有，甲方可自由使用、修改和许可他人使用。
P:10.2 乙方原有平台软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供产品不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过60日的，甲方有权解除合同。
P:11.2 乙方所供设备或服务不符合合同约定的，应无偿更换或整改，并赔偿甲方因此遭受的损失。
H:第十二条 分包与转让
P:乙方不得转包本项目。确需将土建开挖等辅助工作分包的，应事先取得甲方书面同意，乙方对分包工作向甲方承担全部责任。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议。
P:甲方（盖章）：临川市水务局　　　　乙方（盖章）：江汉智测科技有限公司
P:法定代表人或授权代表：＿＿＿＿　　法定代表人或授权代表：＿＿＿＿
P:签订日期：2026年　月　日
"""
label("h274z01", "h274z01_water_bureau_leakage_monitoring_platform.docx", "docx", "zh", "hardware",
      dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
           prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
           post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=3110000),
      {"fee_base": z01_sub}, [], "low",
      ["99.95%", "30分钟", "万分之八", "20%", "三年", "8%", "3,110,000", "2,724,800", "217,984"])


# ================================================================ h274z02 化肥厂 造粒线 DCS + 维保 (md)
z02_items = [("DCS控制站（冗余控制器、I/O卡件、机柜）", 6, 236000), ("操作员站及工程师站", 9, 38500),
             ("DCS组态软件及运行许可", 1, 297500)]
z02_sub = sum(q * p for _, q, p in z02_items)
assert z02_sub == 2060000
z02_total = z02_sub + 236000 + 118000 + 26000
assert z02_total == 2440000
assert 244000 + 1220000 + 854000 + 122000 == z02_total
assert (244000, 1220000, 854000, 122000) == tuple(z02_total * p // 100 for p in (10, 50, 35, 5))
assert z02_sub * 26 // 100 == 535600
SOURCES["h274z02"] = """T:复合肥造粒生产线DCS控制系统采购及维保合同
P:合同编号：HF-SB-2026-093
P:甲方：鲁中丰禾化肥有限公司
P:住所：山东省临沂市河东区工业园丰禾路8号
P:乙方：齐鲁控联自动化工程有限公司
P:住所：山东省济南市高新区舜华路2299号
P:鉴于甲方二号造粒生产线（年产复合肥二十万吨）需更换原有PLC分散控制系统，乙方具备DCS系统集成能力并经甲方比选确定为供应商，双方依据《中华人民共和国民法典》，就DCS控制系统的供货、组态、调试及质保期满后的维保服务达成如下条款。
H:一、供货与服务范围
P:（一）乙方提供DCS控制站、操作员站及工程师站、组态软件及运行许可，完成造粒、干燥、冷却、筛分、包膜五个工段共计约1,460个I/O点的组态编程、回路调试和联锁测试。
P:（二）乙方负责旧系统拆除配合、新系统安装接线、开车保运及操作人员培训，并提交完整的组态备份、控制逻辑说明、I/O清单和竣工图纸。
H:二、合同价格
P:（一）合同总价为人民币2,440,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
""" + "\n".join("TB:%d|%s|%d|%s|%s" % (i + 1, n, q, format(p, ","), format(q * p, ",")) for i, (n, q, p) in enumerate(z02_items)) + """
TB:—|软硬件小计|—|—|2,060,000
TB:4|组态编程与回路调试|1项|—|236,000
TB:5|安装接线与开车保运|1项|—|118,000
TB:6|操作及维护培训|1项|—|26,000
TB:—|合同总价|—|—|2,440,000
P:（二）上述价格为固定总价，已包含运输、保险、现场服务、差旅等全部费用。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，即人民币244,000元。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的50%，即人民币1,220,000元。签收仅为数量确认，不构成质量验收。
P:（三）系统终验合格后，甲方支付合同总价的35%，即人民币854,000元。
P:（四）剩余5%即人民币122,000元作为质量保证金，质保期满且无未决质量问题后15日内无息支付。
H:四、交货与工期
P:（一）乙方应于合同生效后45日内将设备运抵甲方现场，并利用甲方年度大修停车窗口（计划为2026年8月10日至8月28日）完成切换。
P:（二）因乙方原因未能在停车窗口内完成切换的，乙方承担由此增加的停车损失及违约责任。
H:五、验收
P:（一）冷态调试：逐点核对I/O通道，模拟量精度误差不超过0.2%，联锁逻辑逐条测试并由甲方工艺、仪表人员签字确认。
P:（二）热态试车：投料连续运行72小时，主要回路投自动率达到95%以上，控制器冗余切换无扰动，无一级故障。
P:（三）热态试车合格后连续稳定运行30日，乙方提交验收资料，甲方组织终验并出具书面终验报告。设备安装、系统投用或甲方付款均不视为验收合格。
H:六、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，免费提供软件补丁和技术支持。
P:（二）故障响应：一级故障（控制器或网络故障导致工段停车）乙方1小时内远程响应，6小时内派工程师到达现场；二级故障8小时内响应，24小时内到场。乙方每超时1小时，向甲方支付人民币2,000元。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度提供维保服务，包括每季度一次预防性巡检、备件保障、软件版本维护、7×24小时电话支持，以及每次大修期间的现场保运。
P:（二）年度维保费为软硬件小计的26%，即每年人民币535,600元，于每个维保年度开始后30日内支付。该费用在本合同约定的维保期内固定不变。
P:（三）维保期自质保期满之日起至甲方书面通知停止之日止，甲方可在任一维保年度结束前60日书面通知不再续保。
H:八、数据与网络安全
P:（一）DCS系统运行产生的工艺参数、配方、报警记录和操作日志均属于甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方应按照工业控制系统信息安全防护要求实施：禁止在控制网接入未经查杀的移动介质，远程诊断须经甲方审批并使用甲方提供的安全通道，会话全程记录。因乙方原因造成病毒感染、数据泄露或生产事故的，乙方应在1小时内报告并承担全部赔偿责任。
H:九、保密
P:双方对在合作中获取的对方技术资料、工艺配方、控制方案和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:十、知识产权
P:乙方为本项目编制的组态程序、控制逻辑、画面及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、扩展和使用。DCS平台软件的知识产权归原厂所有，甲方获得永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）乙方交付的设备存在质量缺陷的，应在7日内免费更换，并赔偿甲方因此产生的直接损失。
H:十二、分包
P:乙方不得将本合同主体工作分包；电缆敷设等辅助工作需分包的，须经甲方书面同意。
H:十三、合同解除
P:乙方严重违约且在甲方书面通知后10日内未予纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交临沂仲裁委员会仲裁。
H:十五、生效
P:本合同经双方签字盖章后生效，一式四份，双方各执两份。
P:甲方（盖章）：鲁中丰禾化肥有限公司　　乙方（盖章）：齐鲁控联自动化工程有限公司
P:代表签字：＿＿＿＿　　代表签字：＿＿＿＿　　日期：2026年　月　日
"""
label("h274z02", "h274z02_fertiliser_plant_granulation_dcs_maintenance.md", "md", "zh", "hardware",
      dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
           prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
           post_warranty_fee_pct=26, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=2440000),
      {"fee_base": z02_sub}, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high",
      ["十八个月", "26%", "535,600", "1小时", "千分之一", "10%", "2,440,000", "2,060,000"])


# ================================================================ h274z03 宠物美容连锁 预约及会员SaaS + 实施 (txt)
z03_year = 55 * 4680 + 36000
assert z03_year == 293400
z03_total = z03_year * 3 + 96800
assert z03_total == 977000 and z03_year // 4 * 4 == z03_year and z03_year // 4 == 73350
SOURCES["h274z03"] = """T:门店预约及会员管理云服务订阅与实施合同
P:合同编号：CW-SaaS-2026-031
P:甲方：成都萌宠之家宠物美容连锁有限公司（以下简称“甲方”）
P:乙方：蓉城云铺软件服务有限公司（以下简称“乙方”）
P:甲方在川渝地区经营55家宠物美容门店，拟统一使用乙方“宠约云”门店预约及会员管理平台。双方经友好协商，签订本合同，以资共同遵守。
H:1. 定义
P:1.1 “订阅服务”指乙方通过互联网向甲方提供的在线预约、美容师排班、会员储值与积分、营销短信、门店收银对账及经营报表等功能。
P:1.2 “实施服务”指乙方为甲方完成的门店开通、历史会员数据迁移、价目表与服务项目配置、小程序对接及人员培训。
P:1.3 “上线日”指甲方在上线验收单上签字之日。
H:2. 服务期限
P:2.1 订阅服务初始期限为三十六个月，自上线日起算。
P:2.2 初始期限届满前30日内任何一方未书面提出终止的，本合同自动续展，每次续展期为二十四个月。续展时乙方有权根据其当期价格政策上调订阅费，上调幅度不超过上一期订阅费的8%，乙方以短信或邮件通知甲方即可生效。
H:3. 费用
P:3.1 订阅费：门店端每店每年人民币4,680元，共55店，合计每年人民币257,400元；总部管理端每年人民币36,000元。订阅费合计每年人民币293,400元，初始期限内合计人民币880,200元。
P:3.2 实施费：人民币96,800元，一次性支付。
P:3.3 本合同初始期限内总金额为人民币977,000元（含6%增值税）。
P:3.4 新增门店按每店每年人民币4,680元按月折算计费。短信超出套餐部分按每条人民币0.045元另计。
H:4. 付款
P:4.1 甲方不预付任何费用。
P:4.2 实施费在上线验收合格后15个工作日内支付。
P:4.3 订阅费按季度结算，每季度人民币73,350元，于每个服务季度结束后15个工作日内凭发票支付。
H:5. 实施与上线验收
P:5.1 乙方应在合同签订后45日内完成全部55家门店的开通和数据迁移。每逾期一日，乙方按人民币800元向甲方支付违约金。
P:5.2 上线验收标准：55家门店全部可正常预约、收银和核销；历史会员（约6.8万名）的储值余额、积分和次卡记录与甲方提供的原始数据逐条核对一致；预约、改约、取消、退款等18个业务场景测试通过；小程序下单到门店端提醒的时间不超过3秒。
P:5.3 甲方在收到验收申请后7个工作日内组织验收，验收合格的签署上线验收单；不合格的，乙方整改后重新验收。门店试用或甲方付款不视为验收合格。
H:6. 服务水平
P:6.1 乙方保证平台每月可用率不低于99.5%。可用率=（当月总分钟数－不可用分钟数）÷当月总分钟数。
P:6.2 故障分级：一级故障（全部或多数门店无法预约或收银）乙方应在1小时内响应，3小时内恢复；二级故障（个别功能异常）2小时内响应，次日内修复；三级问题在下一版本中修复。
P:6.3 当月可用率低于承诺值的，按低于部分每0.1个百分点抵扣当季订阅费的2%，最高抵扣当季订阅费的20%。一级故障恢复超时的，每超时1小时抵扣人民币500元。
H:7. 会员数据
P:7.1 甲方上传及平台运行中产生的会员信息、宠物档案、消费记录等数据均属于甲方所有，乙方仅为提供本合同服务处理该等数据。
P:7.2 乙方应将数据存储于中国境内的服务器，采取加密存储、访问控制、操作日志和每日备份等措施，并通过网络安全等级保护二级测评。发生数据泄露时，乙方应在2小时内通知甲方，采取补救措施并承担因其原因造成的全部损失。
P:7.3 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。
H:8. 保密
P:双方对因本合同知悉的对方商业秘密、门店经营数据和会员信息负有保密义务，保密期限持续至合同终止后三年。
H:9. 知识产权
P:9.1 平台软件的知识产权归乙方所有。
P:9.2 乙方为甲方专门制作的服务项目模板、营销活动页面、定制报表及小程序对接代码归甲方所有，甲方可自由使用、修改并许可第三方使用。
H:10. 服务商
P:乙方可将短信发送、在线支付通道以及部分门店上门实施工作交由第三方服务商完成，但应提前10日书面告知甲方。乙方对第三方服务商的行为承担责任。
H:11. 违约与赔偿
P:11.1 任何一方违反本合同约定的，应赔偿对方因此遭受的实际损失。
P:11.2 乙方无正当理由中断服务超过72小时的，甲方有权解除合同并要求乙方退还已付未使用期间的订阅费。
H:12. 解除
P:12.1 一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。
P:12.2 合同解除或期满后，乙方应配合甲方完成数据迁出，过渡期不超过60日，过渡期内服务照常提供。
H:13. 法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，任何一方均可提交成都仲裁委员会仲裁。
H:14. 其他
P:本合同自双方盖章之日起生效，一式两份，双方各执一份。
P:甲方：成都萌宠之家宠物美容连锁有限公司（盖章）　授权代表：＿＿＿＿
P:乙方：蓉城云铺软件服务有限公司（盖章）　授权代表：＿＿＿＿
P:日期：2026年　月　日
"""
label("h274z03", "h274z03_pet_grooming_chain_booking_membership_saas.txt", "txt", "zh", "cloud",
      dict(availability_pct=99.5, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=800 / 977000 * 100, liability_cap_pct=None,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
           subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=977000),
      {}, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium",
      ["99.5%", "1小时", "800元", "8%", "977,000", "880,200", "96,800", "提前10日书面告知"])


# ================================================================ h274z04 县税务局 办税服务厅 排队叫号及自助终端 运维 (pdf)
z04_lines = [("驻场运维人员服务费（2人）", 268800), ("自助办税终端巡检维护（46台×2,400元）", 46 * 2400),
             ("排队叫号及评价系统维护", 52600), ("备品备件包干费", 71200)]
z04_total = sum(v for _, v in z04_lines)
assert z04_total == 503000 and z04_total % 4 == 0 and z04_total // 4 == 125750
assert z04_total // 2 == 251500
SOURCES["h274z04"] = """T:办税服务厅排队叫号及自助办税终端运维服务合同
P:合同编号：QXSWJ-CS-2026-07
P:采购方式：竞争性磋商（项目编号：QXCG-2026-CS-052）
P:甲方（采购人）：国家税务总局清溪县税务局
P:乙方（成交供应商）：皖南信通系统服务有限公司
P:根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就办税服务厅排队叫号系统及自助办税终端的运行维护服务签订本合同。
H:第一条 服务对象
P:1.1 县局办税服务厅及城东、城南两个分厅的排队叫号系统（含叫号主机、窗口显示屏、综合屏、评价器）1套，自助办税终端46台（含发票领用、申报缴税、税务证明打印等机型），以及相关网络和打印外设。
P:1.2 设备清单以双方签字确认的《运维设备台账》为准，台账内设备增减时服务费按比例调整。
H:第二条 服务期限
P:服务期自2027年1月1日起至2027年12月31日止。期满后本合同终止，甲方如需继续采购，按政府采购程序另行确定供应商。
H:第三条 服务内容
P:3.1 驻场服务：乙方派驻2名运维工程师，工作日8:30至17:30在办税服务厅现场值守，负责开机检查、故障排除、耗材更换和日常操作指导；征期高峰和申报截止日前三日延长至19:00。
P:3.2 巡检服务：每月对全部终端进行一次巡检，每季度进行一次深度保养（清洁、打印模块校准、读卡器测试），提交巡检报告。
P:3.3 系统维护：叫号系统业务规则调整、窗口配置变更、评价数据导出和月度统计。
P:3.4 备件保障：乙方在县局设立备件库，常用备件（打印头、读卡器、触摸屏、电源）不少于各2套，备件费用已包干在合同价内。
H:第四条 合同价款
P:4.1 本合同总价为人民币503,000元（含税），构成如下：
""" + "\n".join("TB:%s|%s元" % (n, format(v, ",")) for n, v in z04_lines) + """
TB:合计|503,000元
P:4.2 服务费按季度支付，每季度人民币125,750元。甲方在每个服务季度结束且季度考核合格后20个工作日内支付。本合同不设预付款。
H:第五条 服务水平
P:5.1 故障分级：一级故障指排队叫号系统整体瘫痪或半数以上自助终端无法办理业务；二级故障指单台终端或单个窗口设备故障；三级故障指外观、耗材等一般问题。
P:5.2 响应时限：驻场时间内，一级故障乙方应在6小时内响应并到场处置，二级故障2小时内处理，三级故障当日处理。非驻场时间的故障在次日开厅前处理完毕。
P:5.3 处置超时的，每超时1小时扣减服务费人民币500元；一个季度内同类故障重复发生三次以上的，每次另扣人民币1,000元。扣减款项在当季服务费中抵扣。
P:5.4 乙方逾期进场的，每逾期一日按人民币600元向甲方支付违约金。
H:第六条 考核与验收
P:6.1 甲方每季度按《运维服务考核表》对乙方进行考核，考核内容包括故障处置及时率、巡检完成率、纳税人投诉情况和运维记录完整性，考核得分85分以上为合格。
P:6.2 服务期满后，甲方组织年度验收，核查全年运维记录、备件台账、设备完好状况和文档移交情况，出具书面验收意见。季度考核不合格的，甲方可暂缓支付当季服务费直至乙方整改完毕。
H:第七条 数据安全与保密
P:7.1 终端和系统中存储的纳税人信息、办税记录、评价数据均属于甲方所有。乙方人员不得查询、复制、拍摄或带离任何纳税人信息，维修更换的存储部件须经甲方见证后消磁或留存甲方。
P:7.2 乙方应遵守税务系统网络安全管理规定，不得私自接入外部网络或移动存储设备。发生信息泄露或安全事件的，乙方应立即报告甲方并承担相应的法律责任和赔偿责任。
P:7.3 乙方及其驻场人员对履行合同中知悉的甲方工作秘密和纳税人涉税信息负有保密义务，驻场人员须签署保密承诺书。本条义务在合同终止后持续有效。
H:第八条 知识产权
P:乙方在服务过程中形成的运维文档、配置脚本、统计报表模板归甲方所有，甲方可自由使用和修改。
H:第九条 责任限额
P:乙方在本合同项下对甲方承担的累计赔偿责任（含违约金和扣减款项）以合同总价的50%为限，即人民币251,500元，但乙方故意或重大过失造成的损失除外。
H:第十条 分包
P:本项目不得分包或转包。
H:第十一条 合同解除
P:乙方连续两个季度考核不合格，或发生严重违约经书面通知后10日内未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。
H:第十三条 其他
P:本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份。磋商文件、响应文件及成交通知书与本合同具有同等效力。
P:甲方（盖章）：国家税务总局清溪县税务局
P:乙方（盖章）：皖南信通系统服务有限公司
P:签订日期：2026年12月　日
"""
label("h274z04", "h274z04_county_tax_bureau_hall_terminals_om.pdf", "pdf", "zh", "services",
      dict(availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=600 / 503000 * 100, liability_cap_pct=50,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=503000),
      {}, ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"], "medium",
      ["6小时", "50%", "251,500", "600元", "503,000", "125,750"])


# ================================================================ h274z05 豆干厂 MES licence + 定制开发, 乙方模板 (md)
z05_total = 420000 + 386000 + 78000
assert z05_total == 884000
assert 530400 + 353600 == z05_total and 530400 == z05_total * 60 // 100
SOURCES["h274z05"] = """T:智造云MES系统软件许可及定制开发合同（乙方标准文本 ZZY-HT-2025版）
P:合同编号：ZZY-2026-0588
P:甲方（用户方）：湖南武冈香卤豆制品有限公司
P:乙方（服务方）：长沙智造云信息技术有限公司
P:说明：本合同为乙方标准合同文本，双方在空白处填写具体内容后签署。
H:第1条 合同标的
P:1.1 乙方向甲方提供“智造云MES”标准版软件许可，并按甲方需求进行定制开发，覆盖豆干生产的泡豆、磨浆、点卤成型、卤制、烘干、真空包装、杀菌七个工序。
P:1.2 定制开发内容包括：卤制配方与卤水批次管理、烘干曲线采集、包装线称重对接、原料大豆到成品的批次追溯、食品安全检验记录电子化及车间看板。
P:1.3 具体功能以双方确认的《需求说明书》为准，需求说明书确认后新增的需求另行计费。
H:第2条 合同金额
TB:项目|金额（元）|说明
TB:智造云MES标准版软件许可|420,000|50个并发用户
TB:定制开发|386,000|按需求说明书
TB:实施部署|78,000|含安装、数据初始化、培训
TB:合计|884,000|含税
P:2.1 合同总金额为人民币884,000元。
H:第3条 付款方式
P:3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的60%，即人民币530,400元，乙方收到款项后启动项目。
P:3.2 系统上线运行后10个工作日内，甲方支付合同总金额的剩余部分，即人民币353,600元。
P:3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方有权暂停服务。
H:第4条 项目实施与上线
P:4.1 乙方计划在收到首笔款项后90日内完成开发和部署。每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的3%。
P:4.2 甲方应提供必要的场地、网络、服务器及配合人员。因甲方原因导致的延误，工期相应顺延。
P:4.3 系统安装完成并上线运行，即视为甲方验收合格。甲方在上线后使用系统的，视为对全部功能的认可。
H:第5条 售后服务
P:5.1 乙方自系统上线之日起提供六个月的免费维护服务，包括程序缺陷修复和远程技术支持。
P:5.2 免费维护期内，甲方报告的紧急故障（系统无法登录或生产数据无法录入），乙方在工作日8小时内响应；一般问题在3个工作日内答复。
P:5.3 乙方将尽力在合理时间内排除故障，但不对故障排除时间作出承诺，亦不因响应或处理时间超出上述时限承担任何扣款、赔偿或违约责任。
P:5.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准执行。
H:第6条 知识产权
P:6.1 “智造云MES”软件及其全部组成部分的知识产权归乙方所有。
P:6.2 乙方根据本合同为甲方定制开发的功能模块、程序源代码、接口程序、报表模板及相关文档的知识产权亦归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向他人提供。
H:第7条 数据
P:7.1 甲方在系统中录入和产生的生产数据、配方数据和质量检验数据归甲方所有。
P:7.2 甲方同意，乙方可对上述数据进行脱敏处理后用于产品优化、行业分析和算法训练，并可在乙方其他客户的行业基准报告中使用汇总结果。
P:7.3 系统部署在甲方服务器上。乙方远程维护时应使用甲方开通的账号，采取防病毒、访问控制等必要的安全措施，不得篡改或删除甲方数据。因乙方操作过错造成数据丢失或泄露的，乙方负责协助恢复，并承担由此造成的直接损失。
H:第8条 违约责任
P:8.1 任何一方违反本合同约定，应承担相应的违约责任。
P:8.2 乙方不对因甲方操作不当、硬件故障、网络中断、第三方软件或不可抗力引起的损失承担责任，亦不对任何间接损失、利润损失或生产停顿损失承担责任。
H:第9条 合同解除
P:9.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除合同。
P:9.2 因甲方原因解除合同的，已付款项不予退还。
H:第10条 不可抗力
P:因地震、洪水、疫情、政府行为等不可抗力导致合同不能履行的，受影响方不承担责任，但应及时通知对方并提供证明。
H:第11条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。
H:第12条 其他
P:12.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份，具有同等法律效力。
P:12.2 本合同附件《需求说明书》《实施计划》与本合同具有同等效力。
P:甲方（盖章）：湖南武冈香卤豆制品有限公司　　　　乙方（盖章）：长沙智造云信息技术有限公司
P:授权代表：＿＿＿＿　　　　授权代表：＿＿＿＿
P:签订日期：2026年　月　日
"""
label("h274z05", "h274z05_dried_tofu_mes_supplier_template.md", "md", "zh", "software",
      dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
           buyer_owns_data=False, confidentiality=False, ld_rate_per_day_pct=0.02, liability_cap_pct=None,
           prepayment_pct=60, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=None, governing_law="PRC", contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
           contract_value=884000),
      {"fee_base": 420000},
      ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW",
       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high",
      ["60%", "万分之二", "六个月", "8小时", "当年公布的服务价格标准", "884,000", "530,400", "353,600"])


# ---------------------------------------------------------------- Chinese drafts: further ordinary clauses
def insert_before(key, anchor, text):
    assert SOURCES[key].count(anchor) == 1, (key, anchor)
    SOURCES[key] = SOURCES[key].replace(anchor, text.strip("\n") + "\n" + anchor)


insert_before("h274z01", "H:第六条 质量保证与维保", """
P:5.4 验收所需的流量比对仪器、压力校验仪由乙方提供并承担费用，甲方可委托第三方计量机构进行抽检，抽检不合格的费用由乙方承担。
""")
insert_before("h274z01", "P:甲方（盖章）：临川市水务局", """
P:附件：1.分区计量点位清单；2.设备技术参数偏离表；3.接口规范；4.培训计划；5.履约保函格式。
P:乙方项目经理：须具备给排水或自动化相关中级以上职称，驻场时间不少于项目工期的三分之二，未经甲方同意不得更换。乙方应每周向甲方提交项目周报，说明进度、问题和下周计划；甲方有权对施工安全、文明施工和道路开挖恢复情况进行检查。
""")
insert_before("h274z02", "H:十五、生效", """
H:十四（补）、培训与备件
P:（一）乙方为甲方仪表、工艺和操作人员提供不少于10个工作日的培训，其中组态与维护培训3日、操作员培训5日、安全与应急演练2日，培训后进行考核，考核合格人员名单作为验收资料之一。
P:（二）乙方随货提供两年用量的随机备件，包括I/O卡件、电源模块、通讯模块各不少于2块，并提供推荐备件清单及价格；推荐备件的价格在本合同签订后三年内不高于本合同单价。
P:（三）乙方应在大修切换前提交详细的切换方案和回退方案，经甲方生产、安全和设备部门会签后实施。切换期间乙方至少派驻3名工程师现场值守，直至装置连续稳定运行72小时。
""")
insert_before("h274z03", "H:13. 法律适用与争议", """
H:12A. 培训与日常支持
P:12A.1 乙方在上线前为各门店店长和美容师提供线上培训，并为总部运营人员提供两次现场培训；新开门店在开通后7日内完成培训。
P:12A.2 乙方提供工作日9:00至21:00的在线客服和电话支持，节假日提供值班支持。甲方可通过工单系统提交问题并查询处理进度。
P:12A.3 乙方对平台进行版本升级的，应提前5个工作日通知甲方，升级不得导致甲方已配置的数据、价目和会员权益丢失。影响门店营业的升级应安排在22:00至次日8:00进行。
P:12A.4 甲方应指定一名项目联系人，负责需求确认、门店协调和验收组织，并按约定及时提供历史会员数据和门店资料。因甲方原因延误的，实施工期相应顺延。
P:12A.5 乙方应按月向甲方提供服务报告，包括可用率统计、故障清单、工单处理情况和短信使用量，供双方在季度服务例会上复核。
""")
insert_before("h274z04", "H:第十二条 争议解决", """
H:第十一条之一 人员与交接
P:11A.1 驻场工程师须具有两年以上自助终端或网络运维经验，上岗前经甲方面试并接受税务系统保密和纳税服务规范培训。乙方更换驻场人员应提前7日书面告知甲方并经甲方同意，交接期不少于3个工作日。
P:11A.2 驻场人员应遵守办税服务厅工作纪律，统一着装、佩戴工牌，不得在窗口区域接打私人电话，不得代纳税人办理涉税业务。
P:11A.3 服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商移交运维台账、故障记录、配置资料、备件清单及账号密码，并配合完成不少于10个工作日的过渡服务。
P:11A.4 甲方应为驻场人员提供必要的工作场所、网络接入和值班条件，及时通报办税服务厅业务调整和征期安排，并协调终端厂商提供必要的技术资料。
P:11A.5 因不可抗力或上级部门统一部署导致服务内容发生重大变化的，双方应协商调整服务范围和费用。
""")
insert_before("h274z05", "H:第8条 违约责任", """
H:第7A条 甲方的义务
P:7A.1 甲方应按乙方要求提供服务器、数据库软件、网络环境和车间终端，服务器配置不低于乙方《部署环境要求》列明的标准。因甲方环境不符合要求导致系统运行异常的，乙方不承担责任。
P:7A.2 甲方应指定项目负责人和各工序关键用户，参与需求调研、测试和培训，并在乙方提出需求确认请求后5个工作日内书面回复，逾期未回复的视为确认。
P:7A.3 甲方应自行负责数据备份，按乙方建议每日备份数据库，并妥善保管系统账号密码。
P:7A.4 甲方不得将软件安装于合同约定以外的服务器，不得超出许可的并发用户数使用，如需增加用户数，应按乙方届时报价另行购买。
H:第7B条 培训
P:乙方为甲方提供系统管理员培训两天、关键用户培训三天，培训在甲方现场进行。超出上述天数的培训，按每人天人民币2,800元另行收费，差旅费由甲方承担。
""")
insert_before("h274z01", "H:第十五条 其他", """
P:第十四条之一 通知：双方按本合同首页载明的地址和联系人发送书面通知，联系人或地址变更的，应在变更后3日内书面告知对方，否则送达至原地址即视为送达。
""")
insert_before("h274z02", "H:十五、生效", """
H:十四（补二）、安全生产与现场管理
P:（一）乙方现场人员应遵守甲方危险化学品企业安全管理制度，进入装置区须办理作业票，动火、登高、受限空间作业须按甲方规定审批。乙方人员违反安全规定的，甲方有权责令停工整改。
P:（二）乙方应为现场人员办理工伤保险和意外伤害保险，因乙方人员违章作业造成人身伤害或设备损坏的，由乙方承担责任。
""")
insert_before("h274z03", "H:13. 法律适用与争议", """
H:12B. 通知与联系人
P:12B.1 本合同项下的通知以书面形式发送至双方在合同首页载明的地址或电子邮箱，邮件发出后一个工作日即视为送达。
P:12B.2 甲方联系人为信息部负责人，乙方联系人为客户成功经理。任何一方更换联系人的，应在3个工作日内通知对方。
P:12B.3 双方每季度召开一次服务例会，回顾服务报告、门店反馈和下季度需求，会议纪要经双方确认后作为服务改进依据。乙方应在每次例会后10个工作日内落实双方确认的改进事项。
""")
insert_before("h274z04", "H:第十二条 争议解决", """
H:第十一条之二 运维记录与报告
P:11B.1 乙方应建立运维工作日志，逐项记录故障发生时间、报修人、响应时间、处理过程、更换部件和恢复时间，日志每日由办税服务厅负责人签字确认。
P:11B.2 乙方应于每月5日前提交上月运维月报，包括终端运行情况、故障统计与分析、耗材使用情况、纳税人反映的问题及改进建议；每季度提交季度运维报告，作为季度考核依据。
P:11B.3 征期前5个工作日，乙方应对全部终端和叫号系统进行一次专项检查，确保征期业务高峰期间设备正常运行。
""")
insert_before("h274z05", "H:第8条 违约责任", """
H:第7C条 系统变更与升级
P:7C.1 乙方可根据产品规划对“智造云MES”标准版进行版本升级。甲方在维护期内可免费获得标准版升级，但定制开发部分的适配工作应另行计费。
P:7C.2 甲方提出的需求变更，应以书面形式提交乙方。乙方评估工作量后报价，双方确认后实施，工期相应顺延。
P:7C.3 因甲方自行修改数据库、安装其他软件或更改服务器配置导致系统异常的，乙方提供的恢复服务按人天另行收费。
""")
insert_before("h274z02", "H:十五、生效", """
P:（三）乙方拆除的旧系统设备由甲方处置，乙方应分类打包并移交甲方设备部门，移交清单双方签字确认。
""")
insert_before("h274z03", "H:13. 法律适用与争议", """
P:12B.4 乙方新增或调整短信模板、支付方式和小程序页面的，应事先取得甲方运营部门确认，涉及会员权益、价格和营销规则的页面文字以甲方确认稿为准。
P:12B.5 甲方新开、关闭或迁址门店的，应提前15日通知乙方，乙方在接到通知后5个工作日内完成门店开通、停用或信息变更。
""")
insert_before("h274z04", "H:第十二条 争议解决", """
P:11B.4 乙方应制定办税服务厅设备故障应急预案，包括人工叫号、备用终端启用和纳税人引导措施，每半年与甲方组织一次应急演练，演练记录归档备查。
P:11B.5 自助终端软件版本由上级税务机关统一发布，乙方仅负责按通知安装和验证，不得自行修改终端程序或更改系统参数。
""")
insert_before("h274z05", "H:第8条 违约责任", """
P:7C.4 乙方可根据业务需要调整远程维护方式和支持渠道，并在乙方官网或服务平台公告后生效。
P:7C.5 甲方自行或委托他人对系统进行二次开发导致系统异常或数据错误的，乙方不承担维护责任。
P:7C.6 甲方新增车间、生产线或工序的，应向乙方另行购买相应模块许可和实施服务，价格以乙方届时报价为准。
""")


# ================================================================ h274e01 lacquer-screen workshop design licences (md)
e01_lines = [("Lacaria Studio perpetual named-user licence", 14, 38600), ("Heritage Pattern Library module, perpetual", 6, 21500)]
e01_sub = sum(q * p for _, q, p in e01_lines)
assert e01_sub == 669400
e01_total = e01_sub + 46000 + 34600
assert e01_total == 750000
assert (150000, 337500, 262500) == tuple(e01_total * p // 100 for p in (20, 45, 35)) and 150000 + 337500 + 262500 == e01_total
assert round(e01_sub * 0.11) == 73634
SOURCES["h274e01"] = """T:Software Licence and Services Agreement
P:Agreement No. LDS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Yangzhou Qiyun Lacquer Screen Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 27 Dongguan Street, Guangling District, Yangzhou, Jiangsu Province (the "Customer"); and
P:(2) Lacaria Design Systems, Lda., a company incorporated in Portugal with its registered seat on the Ilhéu Rasca, Portugal (the "Vendor").
H:Background
P:A. The Customer designs and produces carved and inlaid lacquer screens, panels and furniture, and wishes to move its pattern drafting, colour layering and carving-path preparation from paper and general drawing tools to specialised design software.
P:B. The Vendor develops Lacaria Studio, a design application for decorative surfaces with layer-by-layer lacquer simulation, and the Heritage Pattern Library, a collection of traditional motifs that can be adapted and combined.
P:C. After a demonstration at the Customer's workshop and a four-week evaluation, the Customer has chosen to buy perpetual licences and related services from the Vendor on the terms below. At the Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means Lacaria Studio and the Heritage Pattern Library in the versions listed in Schedule 1, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the Customer-specific motif sets, colour palettes, brush and tool presets, export templates for the Customer's CNC carving machines and any documentation prepared by the Vendor for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in clause 6 have been passed.
P:1.4 "Business Day" means a day on which banks are open in Yangzhou.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its own business at its premises in Yangzhou and at any other site of the Customer in mainland China, for the number of named users stated in Schedule 1.
P:2.2 The Customer may transfer a named-user licence from one employee to another at any time by notice through the licence portal. The Customer may make backup copies and keep the Software on a standby workstation.
P:2.3 The licences remain valid whatever happens to the support services; the Software shall not stop working if support is not renewed.
H:3. Prices
P:3.1 The prices, in CNY and inclusive of VAT and all import charges, are:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
""" + "\n".join("TB:%s|%d|%s|%s" % (n, q, format(p, ","), format(q * p, ",")) for n, q, p in e01_lines) + """
TB:Licence Subtotal|—|—|669,400
TB:Installation, configuration and Custom Deliverables|1 lot|—|46,000
TB:Training (eight days on site)|1 lot|—|34,600
TB:Contract Price|—|—|750,000
P:3.2 The Contract Price of CNY 750,000 is fixed. It includes travel, interpreters for training, and all services described in this Agreement up to the end of the Warranty Period.
H:4. Payment
P:4.1 The Customer shall pay:
P:(a) 20% of the Contract Price (CNY 150,000) within 15 Business Days after signature and receipt of the Vendor's invoice;
P:(b) 45% of the Contract Price (CNY 337,500) after installation of the Software on all workstations and delivery of the Custom Deliverables, as confirmed in an installation record (which is not acceptance); and
P:(c) 35% of the Contract Price (CNY 262,500) within 15 Business Days after Final Acceptance.
P:4.2 Payments are made by bank transfer in CNY to the Vendor's account in mainland China named in its invoice. Each invoice shall be a valid Chinese VAT invoice issued by the Vendor's Shanghai representative entity.
H:5. Delivery and Installation
P:5.1 The Vendor shall deliver the Software and install it on the Customer's fourteen design workstations within 30 days after signature, and deliver the Custom Deliverables within 60 days after signature.
P:5.2 The Custom Deliverables include at least: 120 motifs digitised from the Customer's archive of screen drawings; six colour palettes matched to the Customer's lacquer recipes; carving-path export templates for the Customer's two CNC engraving machines; and a Chinese-language quick reference guide.
P:5.3 If the Vendor is late in delivery or installation for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. These damages do not exclude the Customer's right to terminate under clause 13.
H:6. Acceptance
P:6.1 Within 20 Business Days after installation, the parties shall run the acceptance tests in Schedule 2, which include at least:
P:(a) every licensed user can open, edit and save a layered design file of not less than 800 MB without errors;
P:(b) the lacquer layer simulation reproduces the six colour palettes within the colour tolerance stated in Schedule 2, checked against physical sample boards;
P:(c) three screen designs prepared by the Customer's designers are exported to both CNC machines and carved on test panels without path errors; and
P:(d) the 120 digitised motifs are complete and match the archive drawings as checked by the Customer's chief designer.
P:6.2 If a test fails, the Vendor shall correct the defect and repeat the test within 10 Business Days. Installation, use of the Software in production or payment of any instalment does not by itself mean acceptance.
P:6.3 Final Acceptance is given in writing by the Customer when all tests have been passed.
H:7. Warranty
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation and that the Custom Deliverables will conform to Schedule 2 for a period of 24 months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall, free of charge, correct defects, supply all updates and new versions of the Software, and provide remote and on-site support as set out in clause 8.
H:8. Support Levels
P:8.1 Support is available by telephone, e-mail and remote session from 08:30 to 20:00 China Standard Time on Business Days, and for Severity 1 incidents at any time.
P:8.2 Severity 1 means that the Software cannot be started, or design files cannot be opened or saved, on more than half of the workstations. The Vendor shall respond to a Severity 1 incident within 2 hours and provide a workaround or fix within 24 hours. Severity 2 (a major function unavailable, with a workaround) shall be responded to within 8 business hours; Severity 3 within 2 Business Days.
P:8.3 For each full hour by which the Vendor exceeds the Severity 1 response or fix time, the Vendor shall credit the Customer CNY 800, to be deducted from the next payment due or paid on request.
H:9. Post-Warranty Support
P:9.1 After the Warranty Period the Customer may order annual support, covering the services in clauses 7.2 and 8, for an annual fee of 11% of the Licence Subtotal, being CNY 73,634 per year.
P:9.2 This fee is fixed for the three support years following the Warranty Period. Each support year is ordered by the Customer by purchase order; there is no automatic renewal, and the Customer may stop ordering support at any time without affecting its licences.
H:10. Customer Data and Security
P:10.1 All design files, pattern archives, customer orders and other data of the Customer processed with the Software belong to the Customer. The Vendor shall use them only to perform this Agreement and shall not copy, keep or disclose them.
P:10.2 The Software runs on the Customer's workstations and does not send design files to the Vendor. Remote support sessions take place only with the Customer's approval for each session, are watched by the Customer's staff and may be recorded. The Vendor shall apply access control and encryption to any file the Customer sends it for troubleshooting and delete it when the incident is closed.
P:10.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected unauthorised access to Customer data in its hands, cooperate in the response, and be liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's unpublished designs, motifs, lacquer recipes and prices, and shall use it only for this Agreement.
P:11.2 This obligation continues for three years after the end of this Agreement, and for the Customer's designs and recipes without time limit.
H:12. Intellectual Property
P:12.1 The Vendor keeps all intellectual property in the Software.
P:12.2 All rights in the Custom Deliverables belong to the Customer from delivery. The Customer may use, modify, copy and license them freely, also to third parties, and the Vendor shall deliver them in editable formats.
P:12.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:13. Term and Termination
P:13.1 This Agreement comes into force on signature and continues until the end of the Warranty Period; clauses 2, 9, 10, 11, 12 and 15 survive.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after receiving notice. The Customer may also terminate if the delay damages under clause 5.3 reach their maximum.
P:13.3 On termination by the Customer for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid against return of the Software.
H:14. Subcontracting
P:14.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The digitising of motifs by the Vendor's partner studio in Suzhou named in Schedule 1 is approved by signature of this Agreement.
P:14.2 The Vendor remains responsible for the work of any subcontractor.
H:15. Liability
P:15.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price.
P:15.2 This limit does not apply to personal injury, wilful misconduct, gross negligence, or breach of clauses 10, 11 or 12.3.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Portugal.
P:16.2 Any dispute shall be finally settled by arbitration under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, seated in Lisbon, in the English language, by a sole arbitrator.
H:17. General
P:17.1 Notices shall be in writing and sent to the addresses above, or by e-mail to the contact persons in Schedule 1.
P:17.2 This Agreement, with Schedule 1 (Licences, Users and Contacts) and Schedule 2 (Acceptance Tests), is the entire agreement. Changes must be in writing and signed by both parties.
P:17.3 This Agreement is made in English and Chinese; both texts are equally authentic.
P:Signed for the Customer: ____________________ Name / title: ____________ Date: ________
P:Signed for the Vendor: ____________________ Name / title: ____________ Date: ________
"""
label("h274e01", "h274e01_lacquer_workshop_design_software_licences.md", "md", "en", "software",
      dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
           prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
           post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="Portugal", contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=750000),
      {"fee_base": e01_sub}, ["CR-GOVERNING-LAW"], "low",
      ["24 months", "2 hours", "0.1%", "150%", "20%", "11%", "73,634", "750,000", "laws of Portugal", "Ilhéu Rasca"])


def drop(key, starts):
    for s in starts:
        lines = [ln for ln in SOURCES[key].split("\n") if ln.startswith(s)]
        assert len(lines) == 1, (key, s)
        SOURCES[key] = SOURCES[key].replace(lines[0] + "\n", "")


drop("h274e01", ["P:1.4 ", "P:2.2 ", "P:13.3 ", "P:17.3 ", "P:4.2 ", "P:14.2 ", "P:6.3 "])

# ================================================================ h274e02 elephant park ticketing SaaS, Order Form + General Terms (txt)
e02_total = 186000 * 3 + 42000 * 3 + 68000
assert e02_total == 752000
assert e02_total * 45 // 100 == 338400 and 338400 + 8 * 51700 == e02_total
SOURCES["h274e02"] = """T:ORDER FORM No. TKW-CN-26-0311 (TICKETWEALD CLOUD)
P:Vendor: Ticketweald Systems GmbH, a company registered in Germany with its seat on the Insel Liepse, Germany ("Ticketweald").
P:Customer: Xishuangbanna Wild Elephant Valley Tourism Development Co., Ltd., Jinghong, Yunnan Province, PRC ("Customer").
P:This Order Form is governed by the Ticketweald General Terms for Cloud Services (version 4.2), reproduced below as Part B. If the Order Form and the General Terms conflict, the Order Form prevails. At the Customer's request, all fees are stated and payable in Chinese yuan (CNY).
H:PART A - ORDER DETAILS
P:A1. Subscribed Services. Ticketweald Cloud ticketing platform for the Customer's park: online and on-site ticket sales, timed-entry slots for the elephant observation walkway and the evening show, group and travel-agency bookings, gate validation with QR codes and ID cards, capacity control, refunds, and daily settlement reports. Online Channel Module: connectors to the Customer's WeChat mini-program and to three online travel agencies.
P:A2. Subscription Term. Thirty-six (36) months from the Subscription Start Date, which is the date of Go-Live Acceptance under A6. The Subscription Term ends at its expiry; any further period requires a new Order Form signed by both parties.
P:A3. Fees.
TB:Item|Annual fee (CNY)|Term total (CNY)
TB:Ticketweald Cloud platform, one park, up to 40 gate lanes|186,000|558,000
TB:Online Channel Module|42,000|126,000
TB:Onboarding (configuration, data import, gate integration, training)|one-time|68,000
TB:Total Contract Value|—|752,000
P:Fees are fixed for the Subscription Term. They include hosting, support and all updates. Transaction-based payment-gateway charges are billed directly by the payment provider and are not part of this Order Form.
P:A4. Payment Terms. (a) An advance payment of 45% of the Total Contract Value, being CNY 338,400, is due within 10 days after signature of this Order Form and before any work starts. (b) The balance of CNY 413,600 is paid in eight equal quarterly instalments of CNY 51,700, in arrears, the first at the end of the fifth quarter of the Subscription Term. Invoices are issued through Ticketweald's agent in Kunming as Chinese VAT invoices.
P:A5. Onboarding Plan. Ticketweald shall complete configuration, import of ticket types and price rules, integration with the Customer's 22 existing turnstiles, and training of ticket-office and gate staff, so that the platform is ready for Go-Live Acceptance within 50 days after signature. If readiness is delayed for reasons attributable to Ticketweald, it shall pay CNY 600 for each day of delay.
P:A6. Go-Live Acceptance. The Customer shall run the acceptance tests agreed in the Onboarding Plan within 10 days after readiness, including at least: (a) sale, change and refund of every ticket type through every channel; (b) validation at all gate lanes, including ID-card entry and re-entry rules; (c) timed-slot capacity control under a simulated holiday peak of 3,000 bookings per hour; and (d) daily settlement reports reconciled with the payment provider's statement. The Customer signs a Go-Live Acceptance certificate when all tests pass. Sales to the public before the certificate is signed do not count as acceptance.
P:A7. Customer Contacts. Ticketing manager and IT manager of the Customer, as notified in writing.
P:Signed for Ticketweald: ____________________ Date: ________
P:Signed for the Customer: ____________________ Date: ________
H:PART B - TICKETWEALD GENERAL TERMS FOR CLOUD SERVICES (VERSION 4.2)
H:1. Service Levels
P:1.1 Ticketweald shall make the production platform available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 local time.
P:1.2 Priority 1 incidents (ticket sales or gate validation unavailable for the whole park) shall be responded to within 30 minutes at any time and restored within 2 hours. Priority 2 incidents (one channel or one gate group unavailable) shall be responded to within 2 hours. Priority 3 incidents shall be responded to on the next business day.
P:1.3 If monthly availability falls below 99.95%, Ticketweald credits 5% of the monthly share of the annual fees for each started 0.1 percentage point of shortfall, up to half of that monthly share. Each Priority 1 incident restored late earns a further credit of CNY 2,000. Credits are set off against the next instalment or refunded at the end of the Term.
H:2. Customer Data
P:2.1 Customer Data means all data entered into or generated by the platform for the Customer, including visitor names, ID numbers, phone numbers, bookings, transactions and gate records. As between the parties, Customer Data belongs to the Customer.
P:2.2 Ticketweald processes Customer Data to provide the services and in accordance with the Customer's instructions.
P:2.3 Ticketweald may create aggregated and de-identified data derived from Customer Data, such as visitor volumes, booking lead times, channel mix and price elasticity, and may use such data during and after the Subscription Term to improve its products and to publish tourism demand benchmarks for its other customers. Such data does not identify the Customer or any visitor.
H:3. Data Security
P:3.1 The platform for Chinese customers is hosted in a data centre in mainland China operated by a licensed cloud provider. Ticketweald maintains an ISO 27001 certified information security management system and a multi-level protection (MLPS) level 3 filing for the platform.
P:3.2 Ticketweald encrypts personal information in transit and at rest, limits staff access on a need-to-know basis with multi-factor authentication, logs all administrative access, and keeps daily backups in a second mainland data centre.
P:3.3 Ticketweald notifies the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, supports the Customer's notifications to regulators and visitors, and bears the costs and losses caused by incidents for which it is responsible.
P:3.4 Personal information of visitors is not transferred outside mainland China.
H:4. Confidentiality
P:4.1 Each party shall protect the other's confidential information with at least reasonable care, use it only for the agreement and disclose it only to staff and advisers who need it and are bound by similar duties.
P:4.2 These duties last for three years after the end of the agreement.
H:5. Intellectual Property
P:5.1 Ticketweald owns the platform and all its standard features.
P:5.2 Customer-specific configurations, price rules, report layouts and the mini-program connector developed for the Customer belong to the Customer, who may use, modify and have third parties use them freely, also after the end of the agreement. Ticketweald hands them over in an exportable format on request.
H:6. Subcontractors
P:6.1 Ticketweald may use subcontractors only with the Customer's prior written consent. The hosting provider named in the Onboarding Plan is approved by signature of the Order Form.
P:6.2 Ticketweald is responsible for its subcontractors as for its own acts.
H:7. Liability
P:7.1 Each party's total liability under the agreement is limited to twice the Total Contract Value.
P:7.2 The limit does not apply to wilful misconduct, personal injury or breach of clause 3.
H:8. Term and Termination
P:8.1 The agreement ends at the expiry of the Subscription Term. There is no automatic renewal.
P:8.2 Either party may terminate the agreement by written notice if the other commits a material breach and does not cure it within 30 days after notice. If the Customer terminates for Ticketweald's breach, Ticketweald refunds the fees paid for the period after termination, including the unused part of the advance payment.
P:8.3 On expiry or termination Ticketweald shall provide a full export of Customer Data in CSV format within 10 days and delete Customer Data from its systems within 30 days thereafter, subject to clause 2.3.
H:9. Changes to the Services
P:9.1 Ticketweald may improve the platform at any time, provided that the functions in the Order Form are not reduced. Changes that affect gate hardware or the Customer's channels are announced 30 days in advance.
H:10. Governing Law and Jurisdiction
P:10.1 The agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:10.2 The courts of Hamburg, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with the agreement.
H:11. Miscellaneous
P:11.1 Notices must be in writing; e-mail to the contacts named in the Order Form is sufficient.
P:11.2 Neither party may assign the agreement without the other's written consent, except Ticketweald to an affiliate that takes over its obligations.
P:11.3 If any provision is invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one of similar effect.
"""
label("h274e02", "h274e02_elephant_park_ticketing_saas_order_form.txt", "txt", "en", "cloud",
      dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=600 / 752000 * 100, liability_cap_pct=200,
           prepayment_pct=45, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="Germany", contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=752000),
      {}, ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-PREPAYMENT"], "medium",
      ["99.95%", "30 minutes", "CNY 600", "45%", "338,400", "752,000", "twice the Total Contract Value",
       "laws of the Federal Republic of Germany", "Insel Liepse", "de-identified"])
insert_before("h274e02", "H:10. Governing Law and Jurisdiction", """
H:9A. Support
P:9A.1 Ticketweald provides a Chinese-speaking support desk by telephone and ticket portal every day from 07:00 to 22:00 China Standard Time, and a duty engineer for Priority 1 incidents at all other times. During the Spring Festival, the May Day holiday, the Water-Splashing Festival and the National Day holiday, Ticketweald keeps an engineer on standby for the park.
P:9A.2 Ticketweald sends the Customer a monthly service report with availability, incidents, response and restoration times, credits earned and open requests, and the parties review it in a quarterly service meeting.
P:9A.3 Ticketweald may suspend access only for non-payment of an undisputed instalment that remains unpaid 30 days after a written reminder, and must lift the suspension as soon as payment is received.
""")

# ================================================================ h274e03 kiwifruit orchard frost and irrigation sensors, buyer's paper (docx)
e03_lines = [("Soil moisture and temperature probe", 180, 2950), ("Frost and microclimate station", 24, 16800),
             ("LoRaWAN gateway with solar power kit", 9, 12400), ("Irrigation valve controller", 64, 3450),
             ("Orchard monitoring software, perpetual site licence", 1, 186000)]
e03_sub = sum(q * p for _, q, p in e03_lines)
assert e03_sub == 1452600
e03_total = e03_sub + 138400 + 19000
assert e03_total == 1610000
assert (161000, 885500, 563500) == tuple(e03_total * p // 100 for p in (10, 55, 35)) and 161000 + 885500 + 563500 == e03_total
assert round(e03_sub * 0.07) == 101682
SOURCES["h274e03"] = """T:Supply and Installation Contract for Orchard Frost Warning and Irrigation Monitoring Equipment
P:Contract No. QLG-PR-2026-022
P:Buyer: Shaanxi Qinling Golden Kiwifruit Orchards Co., Ltd., Zhouzhi County, Xi'an, Shaanxi Province, People's Republic of China (the "Buyer").
P:Supplier: Kiebitz Agrarsensorik GmbH, a company registered in Germany with its seat on the Insel Kiebitzwerder, Germany, acting through its branch office in Xi'an (the "Supplier").
P:The Buyer operates about 420 hectares of kiwifruit orchards on the northern slopes of the Qinling mountains, where late spring frost and uneven irrigation cause serious losses. After a competitive negotiation the Buyer has selected the Supplier to supply, install and commission a sensor network with frost warning and irrigation control. This contract is on the Buyer's standard form. All prices are in Chinese yuan (CNY), as requested by the Buyer.
H:Article 1 Scope
P:1.1 The Supplier shall supply the equipment and software listed in Article 2, install it in the Buyer's six orchard blocks, connect the valve controllers to the existing drip-irrigation mains, configure frost alarms and irrigation rules, integrate the system with the Buyer's farm management office, and train the Buyer's staff.
P:1.2 The Supplier shall prepare a site plan showing every probe, station, gateway and controller, agree it with the Buyer's orchard manager before installation, and deliver an as-built plan at the end.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,610,000, inclusive of VAT, transport, insurance, installation materials and all services under this contract. It is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
""" + "\n".join("TB:%s|%d|%s|%s" % (n, q, format(p, ","), format(q * p, ",")) for n, q, p in e03_lines) + """
TB:Hardware and Licence Subtotal|—|—|1,452,600
TB:Installation, configuration and commissioning|1 lot|—|138,400
TB:Training|1 lot|—|19,000
TB:Contract Price|—|—|1,610,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 161,000) is paid within 20 days after signature, against an advance payment guarantee of the same amount from a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 885,500) is paid after all equipment has been delivered and installed, as confirmed in an installation certificate signed by both parties. The installation certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 563,500) is paid within 20 days after Final Acceptance.
H:Article 4 Delivery and Installation
P:4.1 Delivery to the Buyer's warehouse in Zhouzhi shall take place within 45 days after signature. Installation and commissioning shall be completed by 20 February 2027, before the spring budding season.
P:4.2 If the Supplier fails to meet either date for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price in total.
P:4.3 All equipment shall be new, of the models named in the Supplier's offer, rated at least IP67 for outdoor use, and accompanied by test reports and Chinese-language manuals.
H:Article 5 Acceptance
P:5.1 After installation the Supplier shall carry out commissioning tests in the presence of the Buyer, including: (a) every probe and station reporting to the platform at the agreed interval; (b) temperature readings of the frost stations checked against a reference thermometer with a deviation not above 0.3 °C; (c) a simulated frost event triggering SMS and app alarms to the duty staff within 2 minutes; and (d) each valve controller opening and closing on command and according to the irrigation rules.
P:5.2 After successful commissioning, the system runs for 30 consecutive days. Final Acceptance is granted in writing when the trial run shows no Severity 1 fault, data completeness of every sensor is at least 98% over the period, and the Supplier has delivered the as-built plan, manuals and training records.
P:5.3 Installation, use of the system during frost nights or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During that period the Supplier repairs or replaces defective equipment free of charge, including batteries and solar panels that fail, and supplies software updates.
P:6.2 Severity 1 faults (loss of frost alarms or of irrigation control for a whole block) shall be responded to within 1 hour, at any time of day or night from 1 March to 31 May and during other frost warnings issued by the meteorological bureau; an engineer shall be on site within 24 hours if remote repair fails. Other faults shall be responded to within one business day.
P:6.3 For each full hour by which the Supplier exceeds the Severity 1 response time, it shall pay the Buyer CNY 600, deducted from the retention of payments or paid on request.
P:6.4 After the warranty period the Buyer may order annual support at a fee of 7% of the Hardware and Licence Subtotal, being CNY 101,682 per year. This fee is fixed for the first two support years. Support is ordered by the Buyer each year and is not renewed automatically.
H:Article 7 Data
P:7.1 All orchard data collected by the system, including sensor readings, irrigation records, alarm logs and maps, belongs to the Buyer. The Supplier may use it only to perform this contract.
P:7.2 The platform is installed on the Buyer's server in the farm office. Remote access by the Supplier requires the Buyer's approval for each session through an encrypted VPN with individual accounts; all sessions are logged. The Supplier shall not copy data out of the Buyer's systems.
P:7.3 The Supplier shall report any security incident involving the Buyer's data within 12 hours, take immediate remedial action and compensate the Buyer for losses caused by its breach of this Article.
H:Article 8 Confidentiality
P:8.1 Each party shall keep confidential the other party's technical and commercial information received under this contract, including the Buyer's yield figures and orchard maps, and shall not disclose it to any third party without prior written consent.
P:8.2 This obligation continues for three years after the end of the contract.
H:Article 9 Intellectual Property
P:9.1 The frost alarm rules, irrigation rules, orchard maps, dashboards and integration scripts prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:9.2 The standard platform software and device firmware remain the property of their owners and are licensed to the Buyer perpetually.
H:Article 10 Liability
P:10.1 The Supplier's total liability under this contract is limited to 150% of the Contract Price.
P:10.2 The limit does not apply to personal injury, wilful misconduct or breach of Articles 7 and 8.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Trenching and cable burial by a local contractor may be approved by the Buyer in writing after it has checked the contractor's qualifications. The Supplier remains responsible for any approved subcontractor.
H:Article 12 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Article 4.2 reach their maximum. In that case the Supplier shall refund the payments received against return of the equipment and compensate the Buyer's losses.
H:Article 13 Force Majeure
P:A party prevented from performing by force majeure shall notify the other within 3 days and provide evidence. Periods of performance are extended accordingly. Frost, rain and other weather normally expected in the orchards are not force majeure for installation work.
H:Article 14 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.
H:Article 15 Miscellaneous
P:15.1 This contract is made in Chinese and English; in case of difference the Chinese text prevails.
P:15.2 Annex 1: Site plan. Annex 2: Technical specifications. Annex 3: Commissioning and acceptance test plan. Annex 4: Training plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""
label("h274e03", "h274e03_kiwifruit_orchard_frost_irrigation_sensors.docx", "docx", "en", "hardware",
      dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
           prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
           post_warranty_fee_pct=7, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=1610000),
      {"fee_base": e03_sub}, [], "low",
      ["36 months", "1 hour", "0.08%", "150%", "10%", "7%", "101,682", "1,610,000", "1,452,600", "Insel Kiebitzwerder"])


# ================================================================ h274e04 pump maker managed network and firewall service (txt)
e04_mrc = 46000 + 28500
e04_total = e04_mrc * 36 + 118000
assert e04_mrc == 74500 and e04_total == 2800000
SOURCES["h274e04"] = """T:MANAGED NETWORK AND FIREWALL SERVICES AGREEMENT
P:Reference: RC-MNS-2026-CN-08
P:BETWEEN
P:Taizhou Haoquan Pump Manufacturing Co., Ltd., No. 16 Beng Ye Road, Daxi Town, Wenling, Taizhou, Zhejiang Province, People's Republic of China ("Customer"); and
P:Rete Cappuccini S.r.l., a company incorporated in Italy with its registered seat on the Isola Cappuccini, Italy, represented in China by its Hangzhou service centre ("Provider").
P:RECITALS
P:(A) Customer manufactures centrifugal and submersible pumps at three plants in Wenling and Taizhou and runs its production planning, design and order systems over a campus network between the plants.
P:(B) Customer wishes to hand the day-to-day operation of its local networks and its perimeter firewalls to a specialist provider, and Provider has offered to take over these services.
P:(C) At Customer's request all charges in this Agreement are in Chinese yuan (CNY).
P:THE PARTIES AGREE AS FOLLOWS:
H:1. INTERPRETATION
P:1.1 "Services" means the Managed LAN Service and the Managed Firewall Service described in Schedule A.
P:1.2 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under clause 4.
P:1.3 "Initial Term" means thirty-six months from the Service Commencement Date.
P:1.4 "Customer Environment" means Customer's switches, wireless access points, firewalls, cabling and related equipment at the three plants, as listed in Schedule A.
H:2. SERVICES
P:2.1 Managed LAN Service: 24x7 monitoring of 212 switches and 146 wireless access points; configuration management and backups; firmware updates in agreed windows; moves, adds and changes up to 40 per month; fault diagnosis and coordination of hardware replacement under Customer's vendor warranties.
P:2.2 Managed Firewall Service: operation of Customer's two firewall clusters (one at the headquarters plant and one at the foundry plant), including rule-base management on Customer's approved change requests, VPN management for suppliers and sales offices, intrusion-prevention signature updates, log review and a monthly security report.
P:2.3 Provider shall operate a service desk in Mandarin and English, reachable by telephone, e-mail and portal at all times.
H:3. CHARGES AND PAYMENT
P:3.1 Charges:
TB:Charge|Monthly (CNY)|Initial Term (CNY)
TB:Managed LAN Service, three plants|46,000|1,656,000
TB:Managed Firewall Service, two clusters|28,500|1,026,000
TB:Transition and onboarding (one-time)|—|118,000
TB:Total|74,500 per month|2,800,000
P:3.2 The transition and onboarding charge is invoiced after the Service Commencement Date. Monthly charges are invoiced at the end of each month for the month just ended. No amount is payable in advance.
P:3.3 Customer pays undisputed invoices within 30 days. Charges are fixed for the Initial Term.
H:4. TRANSITION AND SERVICE COMMENCEMENT
P:4.1 Provider shall carry out the transition in accordance with the Transition Plan in Schedule B, aiming to complete it within 60 days after signature. Provider will use reasonable efforts to meet the dates in the Transition Plan; the dates are estimates.
P:4.2 Before service commencement Provider shall demonstrate to Customer: (a) all devices in the Customer Environment visible in the monitoring system with correct alarms; (b) complete configuration backups of all switches and firewalls, restored successfully on a test device; (c) the firewall rule base documented and reconciled with Customer's approved access matrix; and (d) the service desk, escalation list and reporting working, tested with ten sample tickets.
P:4.3 When the demonstration is successful Customer signs the Service Commencement Certificate. Provider taking over monitoring during transition is not service commencement.
H:5. SERVICE LEVELS
P:5.1 Provider's target for availability of the core network and firewall clusters is 99.95% per calendar month, excluding agreed maintenance windows.
P:5.2 Priority 1 incidents (loss of connectivity for a whole plant, or loss of a firewall cluster) shall be responded to within 30 minutes and worked on continuously until restored. Priority 2 incidents shall be responded to within 2 hours and Priority 3 incidents within one business day.
P:5.3 The service levels are targets. If Provider misses a service level, it shall explain the cause in the monthly report and agree a remediation plan with Customer. No service credits, fee reductions or other compensation are payable for a missed service level.
H:6. CUSTOMER DATA
P:6.1 Configurations, rule bases, network diagrams, logs and all other data relating to the Customer Environment ("Customer Data") belong to Customer. Provider uses Customer Data only to perform the Services.
P:6.2 Provider shall return all Customer Data on request and at the end of the Agreement, and then delete its copies.
H:7. DATA SECURITY
P:7.1 Provider shall manage the Customer Environment from its Hangzhou service centre over a dedicated encrypted connection. Administrative access uses named accounts with multi-factor authentication, and every session is logged and kept for Customer's review for not less than 180 days.
P:7.2 Provider holds ISO 27001 certification for the service centre and shall keep it for the term. Configuration backups are encrypted and stored in mainland China only.
P:7.3 Provider shall notify Customer within 2 hours of any security incident affecting the Customer Environment or Customer Data, take immediate containment steps, and bear the losses caused by incidents resulting from its breach of this clause.
H:8. CONFIDENTIALITY
P:8.1 Each party shall keep confidential the other party's confidential information, including Customer's network design, passwords, production and product information, and Provider's tools and methods, and shall use it only for this Agreement.
P:8.2 The obligations in this clause continue for three years after the end of the Agreement.
H:9. INTELLECTUAL PROPERTY
P:9.1 Provider retains ownership of its monitoring platform, tools and standard procedures.
P:9.2 Configurations, rule bases, scripts, diagrams and run-books created for Customer belong to Customer, which may use, modify and license them freely, including to a successor provider.
H:10. SUBCONTRACTING
P:10.1 Provider shall not subcontract the Services or any part of them without Customer's prior written consent.
P:10.2 Provider remains fully responsible for any subcontractor approved by Customer.
H:11. CHANGES
P:11.1 Either party may request a change to the Services. Provider shall provide an impact assessment and price within 10 business days. No change is binding unless signed by both parties.
P:11.2 Additional devices added to the Customer Environment are charged at the unit rates in Schedule A from the month after they are added.
H:12. TERM AND TERMINATION
P:12.1 This Agreement starts on signature and continues until the end of the Initial Term. It may be extended only by a written agreement signed by both parties.
P:12.2 Customer may not terminate this Agreement before the end of the Initial Term. If Provider commits a breach, Customer's remedies are the remediation process in clause 5.3, escalation under clause 14 and a claim for damages under clause 13.
P:12.3 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 60 days after a written reminder.
P:12.4 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule A, including handover of all Customer Data, configurations and documentation to Customer or a successor provider.
H:13. LIABILITY
P:13.1 Each party's total liability arising out of or in connection with this Agreement is limited to 150% of the total charges for the Initial Term.
P:13.2 Neither party is liable for indirect loss, loss of profit or loss of production, except in the case of wilful misconduct or gross negligence or breach of clauses 7 or 8.
P:13.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence.
H:14. GOVERNANCE AND ESCALATION
P:14.1 The parties shall hold a monthly service review between Customer's IT manager and Provider's service manager, and a quarterly review between Customer's deputy general manager and Provider's country director.
P:14.2 Any dispute is first escalated through these levels. If it is not resolved within 30 days, either party may refer it under clause 15.
H:15. GOVERNING LAW AND DISPUTE RESOLUTION
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.
H:16. GENERAL
P:16.1 Neither party may assign this Agreement without the prior written consent of the other.
P:16.2 Notices shall be given in writing to the addresses above.
P:16.3 Schedule A (Services, Customer Environment and Unit Rates) and Schedule B (Transition Plan) form part of this Agreement.
P:SIGNED for and on behalf of Customer: ____________________ Name: ______________ Title: ______________
P:SIGNED for and on behalf of Provider: ____________________ Name: ______________ Title: ______________
"""
label("h274e04", "h274e04_pump_maker_managed_network_firewall_service.txt", "txt", "en", "services",
      dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=150,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
      dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2800000),
      {}, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"], "high",
      ["99.95%", "30 minutes", "150%", "2,800,000", "74,500", "No service credits", "may not terminate", "Isola Cappuccini"])


# ================================================================ h274e05 recruitment platform diploma-verification API (pdf)
e05_total = 21500 * 24 + 44000
assert e05_total == 560000 and e05_total * 120 // 100 == 672000
SOURCES["h274e05"] = """T:API Subscription Agreement - Academic Credential Verification
P:Agreement number: VDT-BJ-2026-041
P:This Agreement is entered into by:
P:Beijing Zhaopin Qiao Human Resources Technology Co., Ltd., Haidian District, Beijing, People's Republic of China, which operates an online recruitment platform (the "Customer"); and
P:Verdiplo SAS, a simplified joint-stock company incorporated in France with its registered seat on the Île Tanguy, France (the "Vendor").
P:Whereas the Customer wishes to let employers on its platform check the diplomas and degree certificates declared by candidates, and the Vendor offers an application programming interface (API) that checks academic credentials against issuing-institution records and authorised verification channels, the parties agree as follows. At the Customer's request all amounts in this Agreement are in Chinese yuan (CNY).
H:Section 1 Definitions
P:1.1 "API" means the Vendor's credential verification interface, its sandbox, documentation and client libraries.
P:1.2 "Verification Request" means a single call to the API asking whether a credential declared by a candidate is genuine, with the returned result (verified, not verified, or cannot be determined) and the supporting reference.
P:1.3 "Candidate Data" means the names, identity document numbers, credential numbers, institutions, dates and any other data of candidates submitted by the Customer, and the results returned for them.
P:1.4 "Production Access" means API keys for the production environment with the monthly request volume in Section 3.
H:Section 2 Subscription
P:2.1 The Vendor grants the Customer a non-exclusive, non-transferable right to use the API during the Subscription Term to verify credentials of candidates applying through its platform, and to show the results to the employers concerned.
P:2.2 The Subscription Term is twenty-four months from the date of Integration Acceptance under Section 5. Any extension requires a written agreement signed by both parties; there is no automatic renewal.
P:2.3 The Vendor shall use commercially reasonable efforts to keep the API available and to deal with support requests promptly. The Vendor will publish planned maintenance on its developer portal in advance where practicable.
H:Section 3 Fees
P:3.1 The fees are:
TB:Item|Amount (CNY)
TB:Platform fee, 21,500 per month for 24 months, including up to 60,000 Verification Requests per month|516,000
TB:Integration and onboarding (sandbox, mapping to the Customer's candidate records, employer consent flow, training)|44,000
TB:Total Contract Value|560,000
P:3.2 Verification Requests above the monthly volume are charged at CNY 0.85 each and invoiced with the next monthly fee. Unused requests do not carry over.
P:3.3 Fees are fixed for the Subscription Term and include VAT.
H:Section 4 Payment
P:4.1 The integration and onboarding fee is invoiced after Integration Acceptance.
P:4.2 The platform fee is invoiced monthly in arrears, at the end of each month of the Subscription Term.
P:4.3 The Customer pays within 30 days after receipt of a valid Chinese VAT invoice issued by the Vendor's agent in Beijing. No advance payment is due.
H:Section 5 Integration and Acceptance
P:5.1 The Vendor shall provide sandbox access within 10 days after signature and support the Customer's developers in integrating the API with the Customer's candidate profile and employer portal.
P:5.2 The Vendor shall make Production Access available so that Integration Acceptance can take place no later than 70 days after signature (the "Target Go-Live Date"). If Production Access is not available by the Target Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 450 for each day of delay, up to 10% of the Total Contract Value.
P:5.3 Integration Acceptance tests are run on a test set of 500 credentials prepared by the Customer, of which the Customer knows the true status. The tests are passed when: (a) every genuine credential in the set is returned as verified or cannot be determined, with no genuine credential returned as not verified; (b) every forged credential in the set is returned as not verified or cannot be determined; (c) every result carries the supporting reference described in the documentation; and (d) the employer consent flow records consent before each request.
P:5.4 When all tests are passed the Customer signs an Integration Acceptance certificate. Use of the sandbox or of Production Access by the Customer before that date is not acceptance.
H:Section 6 Candidate Data
P:6.1 Candidate Data belongs to the Customer. The Vendor processes Candidate Data only to perform the verifications requested by the Customer under this Agreement and for no other purpose, and shall not sell, license or disclose it to any third party, other than the issuing institutions and verification channels needed to answer a Verification Request.
P:6.2 The Customer is responsible for informing candidates and obtaining their separate consent to the verification, as required by the Personal Information Protection Law.
P:6.3 At the end of the Subscription Term the Vendor shall, at the Customer's choice, return or delete Candidate Data.
H:Section 7 Confidentiality
P:7.1 Each party shall keep confidential the terms of this Agreement and all non-public business and technical information received from the other party, and shall not disclose them to any third party without the other party's prior written consent, except to its professional advisers or as required by law.
P:7.2 This Section continues to apply for three years after the end of the Agreement.
H:Section 8 Intellectual Property
P:8.1 The Vendor owns the API, its verification methods and its documentation.
P:8.2 The connectors, mapping scripts, consent flow screens and report templates developed by the Vendor for the Customer during integration belong to the Customer, which may use, modify and license them freely, also after the end of the Agreement.
H:Section 9 Customer Obligations
P:9.1 The Customer shall use the API only for verifications related to recruitment through its platform and shall not resell Verification Requests.
P:9.2 The Customer shall keep its API keys secret and inform the Vendor without delay if it suspects that a key has been misused.
P:9.3 The Customer shall tell employers that a result of "cannot be determined" is not evidence that a credential is false.
H:Section 10 Accuracy of Results
P:10.1 The Vendor shall apply due care in obtaining results from issuing institutions and verification channels and shall correct any incorrect result free of charge as soon as it becomes aware of it.
P:10.2 Where a result is incorrect because of an error of the Vendor, the Vendor shall at its cost re-run the verification and support the Customer in informing the employer and candidate concerned.
H:Section 11 Subcontracting
P:The Vendor shall not subcontract its obligations under this Agreement without the Customer's prior written consent. The issuing institutions and official verification channels are not subcontractors.
H:Section 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 120% of the Total Contract Value, being CNY 672,000.
P:12.2 This limit does not apply to wilful misconduct, fraud, or breach of Section 6 or Section 7.
H:Section 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.
P:13.3 Sections 6, 7, 8 and 12 survive termination.
H:Section 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules in force at the time of application.
H:Section 15 Miscellaneous
P:15.1 This Agreement is signed in English and Chinese, both versions equally valid.
P:15.2 Notices shall be sent in writing to the addresses above.
P:For the Customer: ____________________    Date: ____________
P:For the Vendor: ____________________    Date: ____________
"""
label("h274e05", "h274e05_recruitment_platform_diploma_verification_api.pdf", "pdf", "en", "cloud",
      dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=False,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=450 / 560000 * 100, liability_cap_pct=120,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
      dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=560000),
      {}, ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high",
      ["commercially reasonable efforts", "CNY 450", "120%", "560,000", "672,000", "Île Tanguy"])
insert_before("h274e02", "H:10. Governing Law and Jurisdiction", """
P:9A.4 Ticketweald keeps the ticket types, prices and gate rules configured by the Customer unchanged during updates and tests every new release against the Customer's configuration in a staging environment before it is deployed to the production platform.
""")
insert_before("h274e03", "H:Article 14 Governing Law and Disputes", """
H:Article 13A Site Work and Safety
P:13A.1 The Supplier's staff shall follow the Buyer's orchard rules, in particular on access during pollination and spraying periods, the protection of vines, trellises and drip lines, and the handling of fuel and batteries. Damage to vines or irrigation lines caused by the Supplier shall be repaired or compensated at the Buyer's replacement cost.
P:13A.2 The Supplier shall arrange insurance for its staff and equipment on site and comply with the work-safety regulations of the People's Republic of China.
P:13A.3 Batteries, packaging and replaced devices shall be taken back by the Supplier and disposed of in accordance with environmental regulations; the Supplier shall provide the Buyer with disposal records.
H:Article 13B Training
P:13B.1 The Supplier shall train up to 20 of the Buyer's orchard supervisors and technicians in three sessions: operation of the platform and mobile app, response to frost alarms and irrigation rule changes, and basic maintenance of probes, stations and gateways, including battery replacement and sensor cleaning.
P:13B.2 Training is given in Mandarin at the Buyer's farm office and in the orchards, with printed Chinese-language materials. The Supplier shall repeat the frost-alarm session before the second spring season at no extra charge.
""")
insert_before("h274e04", "H:15. GOVERNING LAW AND DISPUTE RESOLUTION", """
H:14A. CUSTOMER RESPONSIBILITIES
P:14A.1 Customer shall give Provider's engineers access to the plants when needed, subject to Customer's safety rules, and provide rack space and power for Provider's monitoring appliance at the headquarters plant.
P:14A.2 Customer shall keep the hardware in the Customer Environment under vendor warranty or maintenance contracts, or replace devices that are no longer supported, and shall tell Provider of any change it makes to the Customer Environment itself.
P:14A.3 Customer shall approve or reject firewall change requests through the portal, and shall name at least two authorised approvers at all times.
P:14A.4 Where Provider cannot meet a service level because Customer has not met these responsibilities, the service level does not apply to the incident concerned, and Provider shall record the reason in the monthly report.
""")
insert_before("h274e05", "H:Section 12 Liability", """
H:Section 11A Support and Reporting
P:11A.1 The Vendor provides support to the Customer's developers and operations staff through its developer portal and by e-mail in English and Mandarin on French and Chinese business days. Requests are handled in order of receipt, with priority given to requests that prevent verifications from being made.
P:11A.2 The Vendor sends the Customer a monthly usage report showing the number of Verification Requests, the split of results by type, and any requests that could not be answered, with the reasons.
P:11A.3 The Vendor shall inform the Customer in advance of changes to the API that require changes on the Customer's side, and shall keep the previous API version working for at least 90 days after the new version is released.
P:11A.4 The parties shall meet by video conference each quarter to review usage, result quality, complaints from employers or candidates, and planned changes, and shall record agreed actions in writing.
H:Section 11B Compliance
P:11B.1 Each party shall comply with the laws that apply to it in performing this Agreement, including the Personal Information Protection Law of the People's Republic of China and the rules on academic credential verification issued by the competent education authorities.
P:11B.2 The Vendor confirms that it obtains results only from issuing institutions and channels authorised to provide them, and shall provide the Customer on request with a list of the channels used for credentials issued in mainland China and abroad.
""")
insert_before("h274e05", "H:Section 12 Liability", """
P:11B.3 The Vendor shall keep records of the channels consulted for each Verification Request for the Subscription Term, so that the Customer can answer questions from employers, candidates or authorities about how a result was obtained.
""")
insert_before("h274e04", "H:15. GOVERNING LAW AND DISPUTE RESOLUTION", """
P:14A.5 Customer shall inform Provider in advance of planned plant shutdowns, production line moves and new buildings that affect the network, so that Provider can plan configuration changes and staff cover.
""")

insert_before("h274z01", "H:第十五条 其他", """
P:第十四条之二 履约保证：乙方应在合同签订前提交合同总价5%的履约保函，保函有效期至终验合格后30日；终验合格后甲方退还履约保函，乙方同时提交等额的质量保证金保函，有效期至质保期满。
""")
insert_before("h274z02", "H:十五、生效", """
P:（四）乙方应在终验时移交全部组态源文件、控制器程序备份、操作站镜像及网络配置，并在每次维保巡检后更新备份，双方签字确认备份清单。甲方可自行保存和使用上述文件。
""")
insert_before("h274z03", "H:13. 法律适用与争议", """
H:12C. 发票与税费
P:12C.1 乙方应在收款前向甲方开具合法有效的增值税专用发票，发票信息以甲方书面提供的开票资料为准。因乙方发票不合格导致甲方延迟付款的，甲方不承担逾期责任。
P:12C.2 双方各自承担依法应由其缴纳的税费。新增门店和短信超量费用与当季订阅费合并开票结算，乙方应随发票提供门店数量和短信用量明细。
""")
insert_before("h274z04", "H:第十二条 争议解决", """
H:第十一条之三 履约保证金与廉洁
P:11C.1 乙方应在合同签订前向甲方缴纳履约保证金人民币25,000元，服务期满年度验收合格后无息退还。乙方发生扣减而当季服务费不足抵扣的，可从履约保证金中扣除，乙方应在10日内补足。
P:11C.2 乙方及其人员不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益，不得利用驻场便利为任何纳税人或中介机构提供涉税便利。违反本条的，甲方有权要求更换人员，情节严重的可解除合同。
""")
insert_before("h274z05", "H:第8条 违约责任", """
H:第7D条 交付物
P:7D.1 乙方在系统上线时向甲方交付安装程序、用户操作手册和系统管理员手册的电子版。定制开发部分的源代码不属于交付物，由乙方保存。
P:7D.2 甲方需要乙方提供数据库表结构说明或接口文档的，应另行书面申请，乙方视情况提供，并可收取相应费用。
P:7D.3 乙方不保证系统能够满足甲方的全部业务需求，亦不保证系统运行不中断或无错误。系统以乙方交付时的状态提供，需求说明书以外的功能不属于乙方的交付义务。
""")

insert_before("h274z04", "H:第十二条 争议解决", """
P:11C.3 甲方对乙方驻场人员的工作质量有异议的，可书面要求乙方在5个工作日内调换人员。
""")
insert_before("h274z05", "H:第8条 违约责任", """
P:7D.4 系统上线后，甲方应指定专人负责系统日常管理，包括用户账号开通、权限分配和基础数据维护。因甲方人员误操作导致数据错误的，乙方可协助修复，按人天另行收费。
P:7D.5 乙方有权在甲方处展示本项目作为行业案例，并可在宣传材料中使用甲方名称和标识。
""")


# ---------------------------------------------------------------- build, read back, check
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len([w for w in text.split() if re.search(r"\w", w)])


if __name__ == "__main__":
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    binary = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, binary, OUT, wrap_words=True)
    for key, (name, fmt) in TARGETS.items():
        if fmt == "md":
            (OUT / name).write_text(to_md(SOURCES[key]), encoding="utf-8")
        elif fmt == "txt":
            (OUT / name).write_text(to_txt(SOURCES[key]), encoding="utf-8")
    problems = []
    for key in sorted(TARGETS):
        name, fmt = TARGETS[key]
        lab = LABELS[key]
        plan_rules, plan_risk, local = PLANS[key]
        rules, risk, tco = apply_rules(lab, local)
        assert rules == plan_rules == lab["expected_rules"], (key, rules, plan_rules)
        assert risk == plan_risk, (key, risk, plan_risk)
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", " ", text)
        nows = re.sub(r"\s", "", text)
        for f in FIGS[key]:
            if f not in flat and re.sub(r"\s", "", f) not in nows:
                problems.append((key, "figure not in text", f))
        hits = scan(flat) + scan(text)
        if hits:
            problems.append((key, "threshold", hits))
        n = length(text, lab["language"])
        lo, hi = (2800, 3300) if lab["language"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-62s %s %5d %-6s %s%s" % (name, lab["language"], n, risk, ",".join(r[3:] for r in rules) or "(none)",
                                          "" if tco is None else "  TCO %.0f share %.2f%%" % tco))
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("all checks passed")
