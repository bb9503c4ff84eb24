"""holdout814: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. The sources are kept at the end of this file
(SRC). .txt/.md files are written as they are; .docx/.pdf are built by ../word_pdf.py from its small markup.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

# ---------------------------------------------------------------------------------------------------------------
# policy thresholds (policy.md §3) and my own reading of the rules
AVAIL_MIN, P1_MAX_H, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = (
    99.9, 4, 0.05, 100, 30, 12, 15, 40, 5)


def derive_rules(t, x, tco_share):
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX_H:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > PWF_MAX):
            r.add("CR-POST-WARRANTY-FEE")
        if tco_share is not None and tco_share > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x.get("_forum_outside"):
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


def tco(value, warranty_months, fee_base, fee_pct):
    """policy §4: horizon 5 years from acceptance; fee for every post-warranty year (pro rata)."""
    if fee_pct is None or warranty_months is None:
        return None
    years = max(0.0, HORIZON - warranty_months / 12)
    fees = years * fee_base * fee_pct / 100
    return fees / (value + fees) * 100


# ---------------------------------------------------------------------------------------------------------------
# threshold scan: no text may state a threshold figure
CN = "零一二三四五六七八九十"
THRESH = [
    r"(?<![\d.])99\.9(?!\d)",                                   # availability 99.9
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)",              # 4 hours
    r"(?<![二十])四\s*个?\s*小时", r"(?<![-\w])four[-\s]*hours?",
    r"(?<![\d.])0?\.05\s*(?:%|per\s*cent|percent)", r"万分之五(?!十)", r"千分之零点五",  # 0.05 %/day
    r"(?<![\d.])100\s*(?:%|per\s*cent|percent)", r"百分之(?:一百|百)", r"(?<![\w-])one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"(?<![\w-])thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:months?|个月|月(?!\s*\d))", r"(?<![一二三四五六七八九十])十二\s*个?\s*月", r"twelve[-\s]*months?", r"(?<![\d.])12-month",
    r"(?<![第每同当])一年(?!级)", r"(?<![\w-])one[-\s]*year(?!s)", r"(?<![\w-])1\s*year(?!s)",
    r"(?<![\d.])15\s*(?:%|per\s*cent|percent)", r"百分之十五(?![.点])", r"(?<![\w-])fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"(?<![\w-])forty\s*(?:per\s*cent|percent)", r"ninety-nine\s*point\s*nine",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in THRESH), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "四个小时", "four hours", "0.05%", "0.05 % per day",
            "万分之五", "100%", "100 per cent", "百分之一百", "30%", "百分之三十", "thirty per cent", "12 months",
            "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "百分之十五", "40 %", "百分之四十",
            "forty per cent", "thirty percent", "one hundred percent", "4-hour", "four-hour", "twelve-month",
            "12-month", "one-year", "fifteen percent", "ninety-nine point nine"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "twenty-four hours", "0.08%", "万分之八",
             "150%", "130%", "20%", "百分之二十", "18 months", "十八个月", "二十四个月", "第一年", "每一年",
             "one years", "12月31日", "11%", "0.15%", "45%", "35%", "2.4 hours", "first year", "14 hours", "0.1%", "one hundred and fifty percent", "forty-five days",
             "twenty-four hours", "24-hour"]


def self_test():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), ("must miss", s, THRESH_RE.search(s))


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(variant)]
    return hits


# ---------------------------------------------------------------------------------------------------------------
# labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

D = {}


def draft(key, name, fmt, lang, category, design, terms, extra, tco_args=None):
    D[key] = dict(name=name, fmt=fmt, lang=lang, category=category, design=sorted(design), terms=terms,
                  extra=extra, tco_args=tco_args)


def base(**kw):
    t = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
             liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
             termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
             contract_kind="service")
    for k, v in kw.items():
        assert k in t, k
        t[k] = v
    return {k: t[k] for k in TERM_KEYS}


def extra(value, sla=True, ld=True, capped=None, deemed=False, **private):
    x = {"sla_clause": sla, "ld_stated": ld}
    if capped is not None:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    x.update(private)
    return x


# z01 市文物局 烽火台与古城墙保护监测平台 — compliant
V = 880000 + 546000 + 186000 + 28000
assert V == 1640000
draft("z01", "h814z01_beacon_tower_city_wall_monitoring_platform", "pdf", "zh", "software", [],
      base(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
           governing_law="PRC", contract_kind="goods_or_licence"),
      extra(V, capped=True), (V, 24, 880000, 9))

# z02 洗碗布厂 production-line control retrofit
SUB2 = 708000 + 324000 + 99000 + 186000 + 238000
assert SUB2 == 1555000
V = SUB2 + 168000 + 142000 + 17000
assert V == 1882000
draft("z02", "h814z02_dishcloth_mill_line_control_retrofit", "docx", "zh", "hardware",
      ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-SLA-AVAILABILITY"],
      base(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10,
           final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28,
           contract_kind="goods_or_licence"),
      extra(V, capped=True), (V, 18, SUB2, 28))

# z03 花样滑冰培训连锁 booking / membership SaaS
V = 40 * 9600 * 2 + 126000
assert V == 894000
draft("z03", "h814z03_figure_skating_chain_booking_saas", "txt", "zh", "cloud",
      ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"],
      base(availability_pct=99.95, p1_response_hours=0.25, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
           auto_renewal_price_increase=True, subcontract_without_consent=True),
      extra(V))

# z04 城管局 城市景观灯光控制系统 annual O&M
V = 486000 + 532000 + 168000 + 82000
assert V == 1268000
draft("z04", "h814z04_city_landscape_lighting_control_om", "txt", "zh", "services",
      ["CR-LD-LOW", "CR-TERMINATION"],
      base(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.02, termination_for_breach=False),
      extra(V))

# z05 铜雕工作室 process tracking, supplier's template
V = 168000 + 214000 + 38000
assert V == 420000
draft("z05", "h814z05_bronze_studio_process_tracking_supplier_template", "md", "zh", "software",
      ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-PREPAYMENT", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
       "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-LIABILITY-CAP", "CR-LD-LOW"],
      base(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
           liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
           warranty_months=6, post_warranty_fee_pct=None, subcontract_without_consent=None, governing_law=None,
           contract_kind="goods_or_licence"),
      extra(V, capped=False, deemed=True), (V, 6, 168000, None))

# e01 perpetual licence + services, Bacău vendor, Romanian law
V = 1120000 + 386000 + 44000
assert V == 1550000
draft("e01", "h814e01_aps_perpetual_licence_bacau_vendor", "pdf", "en", "software", ["CR-GOVERNING-LAW"],
      base(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
           final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
           governing_law="Romania", contract_kind="goods_or_licence"),
      extra(V, capped=True, _forum_outside=True), (V, 18, 1120000, 11))

# e02 SaaS order form, Suceava vendor
V = 462000 * 3 + 84000
assert V == 1470000
draft("e02", "h814e02_supplier_quality_saas_order_form_suceava", "md", "en", "cloud",
      ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
      base(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=0.1,
           liability_cap_pct=6 / 36 * 100),
      extra(V))

# e03 vibration sensors + monitoring licence, buyer's paper, Botoșani vendor — compliant
SUB3 = 240 * 2850 + 24 * 9500 + 496000
assert SUB3 == 1408000
V = SUB3 + 142000 + 96000 + 24000
assert V == 1670000
draft("e03", "h814e03_pump_vibration_sensors_monitoring_licence", "docx", "en", "hardware", [],
      base(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
           contract_kind="goods_or_licence"),
      extra(V, capped=True), (V, 24, SUB3, 8))

# e04 managed services 36 months, Galați vendor
V = 58500 * 36 + 126000
assert V == 2232000
draft("e04", "h814e04_managed_infrastructure_services_galati", "md", "en", "services",
      ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL"],
      base(availability_pct=99.5, p1_response_hours=0.25, confidentiality=False,
           ld_rate_per_day_pct=2000 / V * 100, liability_cap_pct=150, auto_renewal_price_increase=True),
      extra(V))

# e05 market-data API subscription, two Subscription Years, Piatra Neamț vendor
V = 348000 * 2 + 46000
assert V == 742000
draft("e05", "h814e05_timber_market_data_api_subscription", "txt", "en", "services",
      ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-LD-MISSING"],
      base(sla_remedy=False, liability_cap_pct=150),
      extra(V, sla=False, ld=False))

FMT_EXT = {"pdf": ".pdf", "docx": ".docx", "txt": ".txt", "md": ".md"}


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, d in D.items():
        path = OUT / (d["name"] + FMT_EXT[d["fmt"]])
        if d["fmt"] in ("txt", "md"):
            path.write_text(SRC[key].strip("\n") + "\n", encoding="utf-8")
            print("wrote", path.name)
        else:
            write({key: SRC[key]}, {key: (path.name, d["fmt"])}, OUT, wrap_words=True)


def check_and_label():
    self_test()
    fired = set()
    for key, d in D.items():
        t, x = d["terms"], d["extra"]
        share = tco(*d["tco_args"]) if d["tco_args"] else None
        if share is not None:
            assert abs(share - TCO_MAX) > 2, (key, share)
        rules = derive_rules(t, x, share)
        assert rules == d["design"], (key, rules, d["design"])
        fired |= set(rules)
        # no value on a threshold
        assert t["availability_pct"] != AVAIL_MIN and t["p1_response_hours"] != P1_MAX_H
        assert t["ld_rate_per_day_pct"] != LD_MIN and t["liability_cap_pct"] != CAP_MIN
        assert t["prepayment_pct"] != PREPAY_MAX and t["warranty_months"] != WARRANTY_MIN
        assert t["post_warranty_fee_pct"] != PWF_MAX
        path = OUT / (d["name"] + FMT_EXT[d["fmt"]])
        text = read_back(path)
        hits = scan(text)
        assert not hits, (key, hits)
        if d["lang"] == "zh":
            n = len(re.sub(r"\s+", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%s %-60s %5d %s rules=%s risk=%s tco=%s" % (key, path.name, n, "ok" if ok else "OUT OF RANGE",
              ",".join(r[3:] for r in rules) or "-", risk(rules), None if share is None else round(share, 2)))
        assert ok, (key, n)
        x_out = {k: v for k, v in x.items() if not k.startswith("_")}
        label = {"file": path.name, "language": d["lang"], "category": d["category"], "expected_terms": t,
                 "expected_extra": x_out, "expected_rules": rules}
        (OUT / (d["name"] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    assert len(fired) == 20, sorted(fired)
    # the mix
    rs = {k: D[k]["design"] for k in D}
    assert [k for k in rs if not rs[k]] == ["z01", "e03"]
    assert rs["e01"] == ["CR-GOVERNING-LAW"] and risk(rs["e01"]) == "low"
    assert 8 <= len(rs["z05"]) <= 10
    assert sorted(k for k in rs if 2 <= len(rs[k]) <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    print("all checks passed; rules fired:", len(fired))


# ---------------------------------------------------------------------------------------------------------------
# sources
SRC["z01"] = """
T:烽火台与古城墙保护监测平台采购合同
P:合同编号：YBWW-ZC-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：雁北市文物局
P:乙方（供应商）：晋北数维文保科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就烽火台与古城墙保护监测平台的软件许可、定制开发及部署服务签订本合同，招标文件、投标文件及中标通知书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供文物保护监测平台软件（永久许可，不限用户数）一套，并完成定制开发、监测设备接入、部署与培训，覆盖市域内烽火台四十二座及古城墙监测段约六点八公里。
P:1.2 定制开发内容包括：烽火台三维点云比对模块、城墙裂缝与倾斜变形监测模块、雨水冲刷与植物根系病害巡查模块、预警分级处置流程、文物“四有”档案关联、移动巡查小程序及对接省文物安全监管平台的数据接口。
P:1.3 设备接入指甲方已有及另行采购的裂缝计、倾角仪、温湿度及视频终端共计三百六十个点位接入本平台，乙方负责协议适配与联调。
H:第二条 合同价款
P:2.1 合同总价为人民币1,640,000元（大写：壹佰陆拾肆万元整），含税，包括：平台软件许可费880,000元；定制开发费546,000元；设备接入与部署费186,000元；培训费28,000元。
P:2.2 合同总价为固定价格，包含乙方完成本合同全部工作所需的一切费用，甲方不再支付其他费用。
P:2.3 本项目资金来源为市级文物保护专项财政资金。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%，即328,000元，作为预付款。
P:3.2 平台部署完成并通过初验后十五个工作日内，甲方支付合同总价的45%，即738,000元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即574,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过财政国库集中支付，审批期间不视为甲方逾期。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百五十日内完成全部开发、接入与部署，并提交初验申请。
P:4.3 乙方应指定具有文物保护或测绘信息化项目经验的项目经理一名，实施期间驻场不少于一百个工作日；项目经理更换须经甲方书面同意。
P:4.4 乙方应为甲方及各县区文物管理所人员提供不少于六期培训，培训内容包括平台操作、预警处置、巡查小程序使用和日常运维，并提供培训教材及考核记录。
P:4.5 乙方在古城墙及烽火台本体周边作业时，应遵守文物保护法律法规及甲方现场管理要求，不得在文物本体上钻孔、粘贴或固定设备，因乙方原因造成文物损坏的，乙方承担全部责任。
H:第五条 验收
P:5.1 初验条件：全部功能模块按招标文件技术参数部署完毕；三百六十个点位接入率与数据完整率均达到招标文件要求；三维点云比对误差不大于五毫米；预警信息从采集到推送至责任人手机的时间不超过六十秒；通过第三方软件测评及网络安全等级保护测评。
P:5.2 初验合格后进入九十日试运行期。试运行期内未发生一级故障、各项指标持续达标的，甲方组织专家进行最终验收，出具书面验收报告。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件修复、版本升级、设备接入调整及现场技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划维护除外）；一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到6.2约定的，每超时一小时扣减500元；月度可用率每低于约定值0.01个百分点，扣减1,000元，扣减款项从应付款项中直接扣除。
P:6.4 质保期内乙方每季度对平台及接入点位进行一次巡检并提交巡检报告，每半年配合甲方开展一次数据备份恢复演练，汛期前增加一次专项巡检。
P:6.5 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过79,200元，该价格在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、源代码、文档及由此形成的数据成果，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证其提供的软件不侵犯第三方权利；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储、产生的全部监测数据、文物档案、影像资料及点位坐标属于甲方所有。乙方仅可为履行本合同使用，不得留存、复制或向任何第三方提供，亦不得用于其他目的。
P:8.2 乙方应按照网络安全等级保护第三级要求建设平台，落实访问控制、数据加密存储与传输、日志审计和备份措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的文物点位、安防布设、甲方工作秘密及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因合同终止而解除，在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方交付的软件不符合合同约定、经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项，乙方另行赔偿甲方因此遭受的损失。
H:第十一条 分包
P:11.1 本项目不允许分包或转包。乙方不得将本合同项下任何工作交由第三方完成。
H:第十二条 合同解除
P:12.1 乙方严重违反本合同约定，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
P:12.3 合同解除后，乙方应在十日内移交已完成的开发成果、源代码、文档及全部甲方数据，并配合甲方完成平台迁移。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力；补充协议不得违背招标文件的实质性内容。
P:14.3 附件：技术需求清单、点位清单、验收方案。
P:甲方（盖章）：雁北市文物局　　　　乙方（盖章）：晋北数维文保科技有限公司
P:签订日期：2027年3月　日
"""
SRC["z02"] = """
T:生产线控制系统改造合同
P:合同编号：JY-SB-2027-006
P:甲方：义乌市洁韵洗碗布厂
P:乙方：杭州智拓工业自动化有限公司
P:甲方六条洗碗布生产线（分切、复合、压花、包边及包装工段）的控制系统老化，故障频繁。经比选，甲方委托乙方对上述生产线的控制系统进行改造，包括设备供货、软件许可、程序开发、安装调试及后续维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除六条生产线原有继电器控制柜，更换为PLC控制柜，配套更换伺服驱动及变频器、人机界面触摸屏，在分切及包边工段加装视觉检测装置，并部署生产数据采集软件。
P:1.2 乙方负责编写全部PLC程序、触摸屏画面及配方管理功能，实现品种换型一键切换、张力与温度闭环控制、断料与跑偏自动停机报警，并将产量、能耗、停机原因等数据采集至数据采集软件。
P:1.3 改造应分线进行，每条线停产时间不得超过七日，不影响其余生产线正常生产。
P:1.4 改造后的控制系统应预留与甲方后续ERP系统对接的数据接口，PLC及触摸屏品牌型号以附件技术规格书为准，未经甲方书面同意不得替换。
H:第二条 合同价款
P:2.1 合同总价为人民币1,882,000元（含税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、柜体及元器件）|6套|708,000
TB:2|伺服驱动器及变频器|1批|324,000
TB:3|人机界面触摸屏|6台|99,000
TB:4|视觉检测装置（工业相机、光源、检测软件）|1批|186,000
TB:5|生产数据采集软件许可（永久）|1套|238,000
TB:|设备及软件小计||1,555,000
TB:6|安装调试（含拆除、布线、联调）|1项|168,000
TB:7|程序开发与配方管理|1项|142,000
TB:8|操作与维修培训|1项|17,000
TB:|合同总价||1,882,000
P:2.2 上述价格为固定价格，包括设备、运输、保险、安装、税费及乙方人员费用。
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方支付合同总价的10%，即188,200元，作为预付款。
P:3.2 六条生产线全部安装调试完成后十日内，甲方支付合同总价的55%，即1,035,100元。安装调试完成不视为验收合格。
P:3.3 系统通过终验后十日内，甲方支付合同总价的35%，即658,700元。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后六十日内将全部设备运抵甲方厂区，并于到货后九十日内完成六条生产线的安装调试。
P:4.2 乙方人员进入甲方厂区作业，应遵守甲方安全生产及消防管理制度，持证上岗，动火、登高及带电作业须办理作业许可；因乙方原因发生安全事故的，由乙方承担全部责任。
P:4.3 甲方负责提供施工用电、临时存放场地及各生产线停产窗口，并指派设备主管配合调试。
P:4.4 设备应为全新原厂正品，附合格证、说明书及原厂质保证明。乙方应提交电气图纸、PLC程序源文件、触摸屏工程文件及参数清单。
H:第五条 验收
P:5.1 每条生产线改造后连续试生产十五日，达到以下标准方可通过该线验收：额定速度下连续运行无控制系统原因停机；分切尺寸偏差不大于一毫米；视觉检测对破边、污点的检出率不低于98%、误剔率不高于0.5%；换型时间不超过二十分钟；能耗数据与电表读数误差不大于2%。
P:5.2 六条生产线均通过验收且数据采集软件连续运行三十日无重大故障后，双方签署终验报告。
P:5.3 乙方应对甲方操作工及维修电工分批培训，培训结束后进行实操考核，考核合格人数不少于甲方指定人数的九成。
P:5.4 试生产、投入使用或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验之日起计算。质保期内设备及软件出现非人为故障的，乙方免费维修或更换。
P:6.2 控制系统（含数据采集软件）月度可用率应不低于99.5%。
P:6.3 一级故障（整线停机）乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工段功能异常）2小时内响应，24小时内解决。
P:6.4 乙方未达到6.2或6.3约定的，每超时一小时向甲方支付800元；月度可用率每低于约定值0.1个百分点，扣减2,000元，从应付款项或维保费中扣除。
P:6.5 质保期满后，乙方按年提供维保服务，内容包括驻厂工程师一名、备品备件、程序优化及季度巡检。年度维保费按设备及软件小计的28%计取，即每年435,400元，质保期满后三年内不上调。维保合同每年签订一次。
P:6.6 质保期满后维保期间，乙方仍应执行6.2至6.4约定的服务水平及扣款标准。乙方承诺自终验之日起八年内保证主要备件供应。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、触摸屏画面、配方数据及接口程序归甲方所有，甲方可自行修改或委托他人修改。
P:7.2 数据采集软件及视觉检测软件的著作权归原权利人所有，甲方享有永久使用权。
H:第八条 数据安全
P:7.3 乙方保证所供设备及软件不侵犯任何第三方的知识产权，因此引起的索赔由乙方负责处理并承担费用。
P:8.1 生产工艺参数、配方、产量及客户订单相关数据均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方指定的VPN账号进行并留存操作记录；乙方不得在控制网络中接入未经甲方同意的设备。
P:8.3 因乙方原因造成数据泄露、丢失或控制程序被篡改的，乙方应在2小时内报告甲方，采取补救措施并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、生产数据、设备布局及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。合同终止后保密义务继续有效。
H:第十条 违约责任
P:9.2 乙方应要求其参与本项目的人员签署保密承诺书，人员违反保密义务的，视为乙方违约。
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因乙方原因造成甲方停产的，乙方除支付违约金外，还应赔偿甲方因此遭受的直接损失。
P:10.3 乙方逾期交货或逾期调试超过三十日的，甲方除要求支付违约金外，有权解除合同。
P:10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包。电缆敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
P:12.2 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
P:12.3 合同解除的，乙方应移交已完成部分的程序源文件、图纸及技术资料，并配合甲方恢复生产。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交金华仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 双方往来通知以书面形式送达本合同首部所列地址或电子邮箱，变更地址的应提前书面告知对方。
P:14.3 附件：技术规格书、设备清单、验收记录表，与本合同具有同等效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""
SRC["z03"] = """
约课及会员管理系统订阅与实施服务合同

合同编号：BY-IT-2027-011

甲方：上海冰羽体育文化发展有限公司（以下简称“甲方”）
乙方：杭州约课云科技有限公司（以下简称“乙方”）

甲方在全国经营花样滑冰培训门店四十家。为统一管理课程预约、会员卡、教练排班及家长端服务，甲方订阅乙方“约课云”约课及会员管理系统（SaaS），并委托乙方完成系统实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方四十家门店开通约课云系统，包括课程预约与排课、会员卡及课时包管理、教练排班与课时统计、冰场时段管理、家长端小程序、线上支付与退费、营销活动及经营报表等功能。
2. 每家门店不限后台账号数，家长端用户数不设上限。
（二）实施服务
1. 乙方负责将甲方现有会员、课时余额、储值余额及历史上课记录迁移至系统，并逐店核对。
2. 乙方按甲方要求配置课程体系（启蒙、基础、等级考试、竞赛队）、会员规则、定价及分成规则，完成小程序品牌定制。
3. 乙方为每家门店店长及前台人员提供线上培训，并在首批八家门店提供现场上线支持。
（三）资金结算
家长通过小程序支付的课时费、储值款直接进入甲方各门店的商户账户，乙方不得以任何形式归集、截留或延迟结算甲方资金。

二、服务期限
（一）订阅服务期限为两个服务年度：第一服务年度自2027年4月1日起至2028年3月31日止，第二服务年度自2028年4月1日起至2029年3月31日止。
（二）服务期满前三十日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。
（三）续期服务年度的订阅费由乙方根据届时公布的标准价格确定，乙方应在续期前通知甲方；甲方未在续期前书面提出异议的，视为接受调整后的价格。
（四）服务期内甲方新增门店的，新增门店订阅费按每家门店每个服务年度9,600元的标准，自开通之月起按月折算；甲方关闭门店的，可提前一个月书面通知乙方停止该门店的订阅。

三、合同价款与支付
（一）订阅费为每家门店每个服务年度9,600元，四十家门店每个服务年度合计384,000元，两个服务年度合计768,000元。
（二）实施费为一次性费用126,000元。
（三）合同总价为894,000元（含税）。
（四）订阅费按季度支付，每季度首月十日前支付当季订阅费96,000元。
（五）实施费在系统通过上线验收后十五日内一次性支付。
（六）乙方收款前应提供合法有效的增值税专用发票。
（七）上述费用已包含系统使用、存储、短信基础包、版本升级及技术支持费用，乙方不得另行收取。

四、上线验收
（一）乙方应在合同签订后六十日内完成全部门店上线。
（二）上线验收标准：
1. 迁移的会员数、课时余额及储值余额与甲方原系统逐店核对一致，差异为零；
2. 课程预约、签到消课、退费、支付对账等关键流程经甲方抽样测试无错误；
3. 家长端小程序在高峰时段（周末上午）并发预约不出现超卖或重复扣课；
4. 经营报表数据与甲方财务抽查数据一致。
（三）甲方在收到上线验收申请后十个工作日内组织验收，验收合格的签署上线验收单。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新申请验收，整改期间计入上线期限。
（五）乙方逾期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.95%，计划维护应安排在凌晨零点至六点并提前三日通知甲方。
（二）一级故障（系统整体无法登录、预约或支付功能不可用）乙方应在15分钟内响应，2小时内恢复；二级故障（单一功能异常）1小时内响应，8小时内解决。
（三）月度可用率每低于约定值0.1个百分点（不足0.1个百分点的按0.1个百分点计），乙方按当季订阅费的2%抵扣；故障响应或恢复每超时一小时，抵扣1,000元。抵扣金额在下一季度订阅费中扣除。
（四）乙方提供7×24小时服务热线，并指定专属客户成功经理，每季度向甲方提交服务报告，内容包括可用率、故障处理及需求响应情况。
（五）乙方进行版本更新应提前五日通知甲方，不得降低或取消甲方已使用的功能；涉及家长端界面重大变化的，应提前与甲方确认。

六、数据
（一）甲方会员信息、学员信息、上课记录、交易记录等业务数据归甲方所有。
（二）乙方有权对上述数据进行去标识化处理后形成统计数据，用于乙方产品改进及发布行业研究报告，该等统计数据及其权利归乙方所有，本合同终止后乙方仍可继续使用。
（三）乙方应采取加密存储、访问权限控制、操作日志留存等措施保障数据安全。学员多为未成年人，乙方应按照个人信息保护法律法规对未成年人个人信息予以特别保护。
（四）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，采取补救措施，并承担因乙方原因造成的全部损失。
（五）甲方业务数据应存储于中国境内的数据中心，未经甲方书面同意不得出境。
（六）甲方有权每个服务年度对乙方的数据安全措施进行一次检查，或要求乙方提供有效的第三方安全测评报告。
（七）合同终止后三十日内，乙方应向甲方完整导出全部业务数据，并删除系统中的甲方数据。

七、知识产权
（一）约课云系统及其功能更新的知识产权归乙方所有。
（二）乙方为甲方定制的小程序界面、课程体系配置、报表模板及数据迁移脚本归甲方所有，甲方可自由使用和修改。
（三）乙方保证系统不侵犯第三方知识产权，因此引起的纠纷由乙方处理并承担责任。

八、保密
双方对在合作中获知的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。双方应要求各自接触对方保密信息的员工遵守本条约定。

九、分包
乙方可将短信通知、支付通道对接及门店现场实施工作委托第三方完成，但应提前五个工作日书面通知甲方。乙方对第三方的工作承担责任，第三方接触甲方数据的，应遵守本合同关于数据安全的约定。

十、违约与解除
（一）乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还已收取的未履行期间订阅费，并赔偿甲方损失。
（二）甲方逾期支付订阅费超过三十日的，乙方可暂停服务，但应提前七日书面通知甲方。
（三）因不可抗力导致服务中断的，受影响方应及时通知对方，并在不可抗力影响消除后尽快恢复履行。
（四）合同因任何原因终止的，乙方应按本合同第六条第（七）项配合导出数据，并在终止后三十日内退还已预收但未履行期间的订阅费。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十二、其他
（一）本合同自双方盖章之日起生效，一式两份，双方各执一份。
（二）双方的通知以书面形式发送至本合同载明的联系人邮箱，发出之日起第二日视为送达。
（三）附件：功能清单、门店清单、数据迁移方案，与本合同具有同等效力。

甲方（盖章）：上海冰羽体育文化发展有限公司
乙方（盖章）：杭州约课云科技有限公司
日期：2027年3月
"""
SRC["z04"] = """
海州市城市景观灯光控制系统运维服务合同

项目编号：HZCG-CS-2026-047（竞争性磋商）

采购人（甲方）：海州市城市管理局
供应商（乙方）：海州光彩照明工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就海州市城市景观灯光控制系统运维服务事项，订立本合同。

第一条 服务范围
（一）本合同运维对象为甲方城市景观灯光控制系统，包括：景观灯光集中控制平台一套；分布于滨江路、人民广场、中山路商业街及二十六座桥梁、七十八栋临街建筑的集中控制器二百一十台；单灯控制器约一万二千只；配套通信网络及监控视频。
（二）服务内容包括：集控平台的日常运行维护、数据备份、软件故障处理和安全加固；集中控制器及单灯控制器的巡检、维修和更换；灯光场景程序的调整与编排；重大节日及活动的亮灯保障；运维工单及报表管理。
（三）灯具本体的更换不在本合同范围内，但乙方发现灯具故障的，应当在当日报告甲方。
（四）服务期内甲方新建景观灯光工程移交运维的，乙方应予接收并纳入运维范围；新增设备数量超过现有设备一成的，双方另行协商调整服务费。

第二条 服务期限
本合同服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期，甲方将依法另行组织采购。

第三条 合同价款
（一）合同总价为人民币1,268,000元（含税），其中：集控平台运维费486,000元，现场设备巡检维护费532,000元，节假日亮灯保障费168,000元，备品备件费82,000元。
（二）合同总价为固定总价，包括人员、车辆、工具、备件、通信及税费等全部费用。
（三）备品备件费按实际更换数量结算，结算金额不超过本条约定的备品备件费。

第四条 付款方式
（一）服务费按季度支付。每季度结束后，甲方依据季度考核结果，在十五个工作日内支付当季服务费，每季度317,000元，扣除当季考核扣款后支付。
（二）本合同不设预付款。
（三）乙方应于每次付款前开具合法有效的发票。
（四）本项目资金由财政预算安排，甲方在资金拨付审批期间延迟付款的，不视为违约。

第五条 服务水平
（一）集控平台月度可用率不低于99.95%。
（二）故障分级与处理时限：一级故障（集控平台瘫痪或整条道路、整座桥梁灯光不能按时开关）30分钟内响应，1小时内到场，3小时内恢复；二级故障（单台集中控制器故障）1小时内响应，8小时内修复；三级故障（单灯控制器故障）24小时内修复。
（三）重大节日及市级活动期间，乙方应提前三日完成全部设备检查，活动期间安排不少于十名技术人员现场值守。
（四）乙方每月对全部集中控制器巡检一次，每季度对单灯控制器抽检不少于一成，并于次月五日前提交月度运维报告。
（五）乙方应编制防汛、台风、冰冻及重大活动应急预案，报甲方备案，每半年组织一次应急演练；遇突发事件，乙方应按甲方指令在1小时内组织人员到场处置。
（六）乙方应建立运维工单系统，所有故障报修、派单、处理及回访均应在系统中留痕，甲方可随时查询。

第六条 考核与扣款
（一）甲方按月对乙方服务进行考核，考核细则见附件。
（二）一级故障每超时一小时扣款2,000元；二级故障每超时一小时扣款300元；集控平台月度可用率每低于约定值0.01个百分点扣款1,000元。
（三）重大节日及活动期间，因乙方原因造成亮灯失败的，每发生一次扣款10,000元。
（四）扣款从当季服务费中直接扣除。

第七条 服务验收
（一）甲方每季度组织一次服务验收，验收依据为：各级故障处理时限达标情况、月度可用率、巡检记录完整性、运维工单闭环率、节日亮灯保障情况及甲方抽查结果。
（二）季度考核得分低于八十分的，该季度服务视为验收不合格，乙方应在十日内提交整改方案并完成整改。
（三）服务期满，甲方根据四个季度验收结果出具年度服务验收意见。
（四）服务期满时，乙方应向甲方移交完整的设备台账、场景程序备份、账号口令清单、运维记录及备品备件库存清单，并配合后续服务单位完成交接，交接期不少于十五日。

第八条 数据与网络安全
（一）集控平台的运行数据、场景程序、设备台账、视频资料及运维记录均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
（二）乙方应按照网络安全等级保护第二级要求对集控平台进行维护，落实账号权限管理、口令定期更换、日志审计和每日数据备份，远程维护须通过甲方指定的安全通道并经甲方审批。
（三）发现安全漏洞、病毒或数据泄露的，乙方应在1小时内报告甲方并采取处置措施。因乙方原因导致数据泄露、篡改或系统被非法控制的，乙方承担全部责任。

第九条 保密
乙方对履行本合同知悉的甲方工作信息、系统配置、网络拓扑及账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。乙方应与参与本项目的全部人员签订保密承诺书，并在人员离场时收回其全部账号权限。

第十条 知识产权
乙方在服务期内编排的灯光场景程序、编写的运维脚本、形成的台账及报告归甲方所有，甲方可自行使用、修改或交由其他单位使用。

第十一条 人员要求
（一）乙方应配备项目负责人一名、平台运维工程师两名、现场维护人员不少于八名，其中电工须持有效特种作业操作证。
（二）乙方更换项目负责人须经甲方书面同意。
（三）乙方人员应统一着装、持证上岗，服从甲方及属地城管部门的现场管理。
（四）甲方应为乙方提供集控平台机房的出入便利及必要的工作场地，及时提供设备台账和图纸资料，并指定专人负责与乙方对接。

第十二条 分包
乙方不得将本合同项下服务转包或者分包给任何第三方。

第十三条 违约责任
（一）乙方未按第五条第（三）项、第（四）项约定的时间完成节前检查、月度巡检，或未在甲方整改通知规定的期限内完成整改的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方人员配备不足的，每缺少一人每日扣款200元。
（三）甲方未按约定付款的，应承担相应违约责任。

第十四条 合同的变更与解除
（一）本合同在服务期内，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。
（二）乙方违约的，甲方有权要求乙方限期整改并按本合同第六条、第十三条扣款或收取违约金。
（三）合同变更应由双方协商一致并签订书面补充协议。

第十五条 安全生产
乙方在道路、桥梁及建筑外立面作业时，应设置安全警示标志，高空作业人员须系好安全带，因乙方原因发生人身伤亡或财产损失的，由乙方承担全部责任。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，按磋商文件、响应文件及成交通知书执行，上述文件与本合同具有同等效力。附件：运维对象清单、考核细则、应急预案。

甲方（盖章）：海州市城市管理局
乙方（盖章）：海州光彩照明工程有限公司
签订日期：　　年　　月　　日
"""
SRC["z05"] = """
# 匠迹工艺追溯系统软件许可及定制开发合同

> 本合同采用宁波匠迹信息科技有限公司标准合同文本（JJ-HT-V3.0），未经乙方法务部门书面确认，不接受对格式条款的修改。

合同编号：JJ-2027-0315

甲方：苏州铜艺堂铜雕工作室

乙方：宁波匠迹信息科技有限公司

甲方从事铜雕、铜壶及铜质摆件的设计与手工制作。为实现从订单、设计稿、蜡模、翻砂、浇铸、錾刻、打磨到着色、包装的全工序追溯，甲方向乙方采购“匠迹工艺追溯系统”软件许可及定制开发服务。双方在平等自愿的基础上，订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供匠迹工艺追溯系统标准版软件许可一套（二十个用户），部署于甲方自有服务器。

1.2 乙方根据甲方需求定制开发以下内容：铜雕工序模板及工序流转规则；作品一物一码（二维码）生成与扫码报工；工匠计件工资统计；原料铜锭批次与作品关联；作品证书及防伪查询页面；订单进度微信通知。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。具体功能以乙方出具的《需求确认书》为准，《需求确认书》未列明的功能不属于本合同范围。

1.4 系统运行环境由甲方按乙方提供的配置清单准备，因运行环境不符合要求导致的性能问题，乙方不承担责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺追溯系统标准版软件许可（二十用户） | 168,000 |
| 2 | 定制开发 | 214,000 |
| 3 | 部署实施及培训 | 38,000 |
| | 合计 | 420,000 |

2.1 上述价格含增值税。甲方需要增加用户数的，按乙方届时报价另行购买。

2.2 服务器、操作系统、数据库、扫码枪及标签打印机由甲方自行采购，不包含在本合同价款内。

2.3 合同价款包含三人次的现场服务，超出部分按每人每日2,000元另行收费，差旅费用由甲方承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即273,000元。

3.2 系统部署上线后五个工作日内，甲方向乙方支付合同总价的35%，即147,000元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或技术支持，由此导致的工期延误由甲方负责；每逾期一日，甲方按应付未付金额的千分之一向乙方支付违约金。

## 第四条 交付

4.1 乙方在收到3.1款项且甲方签署《需求确认书》后九十日内完成定制开发及部署。

4.2 因甲方需求变更、资料提供不及时或服务器环境未就绪导致的延误，交付期限相应顺延。

4.3 乙方交付内容为可运行的系统及用户手册，不交付源代码。

4.4 乙方为甲方提供一次集中培训，培训对象为甲方管理人员及工匠代表，培训时长不少于一天，此后新增人员的培训由甲方自行组织。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在系统上线后七日内可就明显缺陷向乙方提出书面意见，乙方予以修复；修复工作不影响验收结论。

5.3 甲方在上线前即使用系统处理实际订单的，自甲方开始使用之日起视为上线。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、微信及远程方式提供技术支持。系统发生一级故障（系统无法登录或扫码报工无法使用）时，乙方在接到甲方通知后8小时内响应；其他问题在三个工作日内响应。

6.3 乙方将尽合理努力排除故障，但不保证系统无错误或不间断运行。

6.4 因甲方操作不当、服务器故障、断电、病毒或第三方软件导致的问题，不属于免费维护范围。

6.5 免费维护期内乙方发布的标准版补丁可免费安装，功能升级及新版本另行收费。

6.6 乙方技术支持的服务时间为工作日9:00至18:00，法定节假日不提供服务。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持及版本升级，应与乙方签订年度服务合同，服务费按乙方届时公布的服务价格标准执行。

7.2 甲方未签订年度服务合同的，乙方不再提供任何技术支持及升级，乙方对此后系统运行中出现的任何问题不承担责任。

## 第八条 知识产权

8.1 工艺追溯系统及乙方为本项目定制开发的全部成果，包括工序模板、扫码报工程序、计件统计模块、证书查询页面及相关文档的著作权及其他知识产权，均归乙方所有。

8.2 甲方在本合同有效期内享有上述软件的非独占、不可转让的使用权，仅限甲方内部使用。未经乙方书面同意，甲方不得修改、反编译、复制或许可任何第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第九条 数据

9.1 甲方在系统中录入和产生的作品信息、工艺参数、设计稿、工匠信息及订单数据归甲方所有，乙方仅为履行本合同的目的使用，不得用于其他目的，也不得向第三方提供。

9.2 乙方远程维护须经甲方同意，乙方应使用独立账号并保留操作记录，维护结束后关闭远程连接。乙方应采取必要的技术措施防止甲方数据在部署和维护过程中泄露或损毁。

9.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复数据并赔偿甲方因此遭受的直接损失。

9.4 合同终止时，乙方应协助甲方以通用格式导出系统中的全部甲方数据。

## 第十条 保密

双方对在合作过程中获知的对方技术信息、工艺秘密及经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。双方应要求各自接触保密信息的员工遵守本条约定。

## 第十一条 违约责任

11.1 因乙方原因未能按第4.1款约定期限完成部署的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方支付违约金后，仍应继续履行本合同。

11.3 因甲方原因导致项目暂停超过六十日的，乙方有权要求甲方支付已完成工作的全部费用。

## 第十二条 责任限制

12.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。

12.2 在任何情况下，乙方均不对甲方的利润损失、商誉损失、数据损失或其他间接损失承担责任。

12.3 甲方应自行做好数据备份，因甲方未备份导致的损失由甲方自行承担。

## 第十三条 合同解除

13.1 一方严重违反本合同，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

13.2 合同解除的，甲方已支付的款项不予退还，但乙方应退还尚未开始的定制开发部分对应的费用。

13.3 合同解除后，甲方应立即停止使用工艺追溯系统，并删除全部软件副本。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 乙方对本合同文本拥有最终解释权。

15.3 双方通知以电子邮件或微信发送至本合同载明的联系人即视为送达。

15.4 《需求确认书》《报价单》为本合同附件，与本合同不一致的，以本合同为准。

甲方（盖章）：苏州铜艺堂铜雕工作室

乙方（盖章）：宁波匠迹信息科技有限公司

日期：　　年　　月　　日
"""
SRC["e01"] = """
T:Software Licence and Services Agreement
P:Agreement No. SPS-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Foshan Muyang Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong Province (the "Customer"); and
P:(2) Siretal Planning Systems S.R.L., a company incorporated in Romania with its registered office at Strada Mărășești, Bacău, Romania (the "Vendor").
P:The Customer manufactures panel and solid-wood furniture in two plants in Foshan and wishes to replace its spreadsheet-based production planning with the Vendor's advanced planning and scheduling software. The Vendor has offered a perpetual licence of its software together with implementation, interface development and training services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Siretal APS software, version 7, in object code, including the planning engine, the scheduling board, the capacity module and the user documentation, and any corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to the Customer's ERP and MES systems, the scheduling rules, planning templates and reports configured or developed for the Customer, their source code and their documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software for the Customer, including orders, bills of materials, routings, capacities and production plans.
P:1.4 "Go-Live" means the first day on which the Software is used to issue production schedules for both plants.
P:1.5 "Final Acceptance" means the Customer's signature of the acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to eighty named planners and unlimited read-only users at the Customer's sites in the People's Republic of China, for the Customer's internal business purposes.
P:2.2 The Vendor shall perform the implementation services set out in Annex 1: process analysis, configuration of both plants, development of the ERP and MES interfaces, migration of routings and capacity data, testing, Go-Live support on site, and training of key users and administrators.
P:2.3 The Vendor shall appoint a project manager fluent in English or Chinese and shall provide an interpreter at its own cost for all on-site workshops.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,550,000 (one million five hundred and fifty thousand yuan), inclusive of all taxes payable in the People's Republic of China, composed of:
P:(a) Licence Fee: CNY 1,120,000;
P:(b) Implementation and interface development: CNY 386,000 (fixed price);
P:(c) Training: CNY 44,000.
P:3.2 The price includes all travel and accommodation costs of the Vendor's personnel, withholding taxes and bank charges on the Vendor's side.
H:Article 4 Payment
P:4.1 The Customer shall pay the total price in three instalments:
P:(a) 20% (CNY 310,000) within thirty days after signature of this Agreement and receipt of the Vendor's invoice;
P:(b) 45% (CNY 697,500) within thirty days after Go-Live;
P:(c) 35% (CNY 542,500) within thirty days after Final Acceptance.
P:4.2 Go-Live and the use of the Software in production do not constitute acceptance.
P:4.3 Payments are made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software within twenty days after signature and achieve Go-Live within one hundred and fifty days after signature.
P:5.2 Final Acceptance requires that all of the following have been met: (a) every function in the functional specification of Annex 2 has passed the agreed test scripts; (b) the ERP and MES interfaces have exchanged orders, work reports and stock movements for twenty consecutive working days without loss or duplication; (c) a full re-plan of both plants for a sixteen-week horizon completes within ten minutes; (d) the schedules issued are accepted by the plant managers for four consecutive weeks; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the criteria are met, the Customer shall sign the acceptance certificate within ten working days or state in writing the criteria not met. The Vendor shall correct any failure and repeat the relevant tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their specifications for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide support free of charge.
P:6.2 The Vendor shall provide support in English and Chinese by telephone, e-mail and remote access. For Severity 1 incidents (the Software cannot be used to plan or schedule production in a plant) the Vendor shall respond within one hour and provide a workaround within eight hours. For Severity 2 incidents (a major function is impaired) the Vendor shall respond within eight business hours.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 incident, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment due or paid within thirty days.
P:6.4 After the Warranty Period the Customer may order annual support, covering the services in Articles 6.1 to 6.3, at 11% of the Licence Fee per year, i.e. CNY 123,200 per year. This fee is fixed for the first three years after the Warranty Period. Each year of support is ordered separately; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor.
P:7.2 All rights, title and interest in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Go-Live and again at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analysis, benchmarking or product development.
P:8.2 The Software shall be installed on the Customer's servers in Foshan. The Vendor shall access the Customer's systems only through the remote-access channel provided by the Customer, with individual accounts and per-session approval, and shall not copy Customer Data outside the Customer's systems. Any transfer of Customer Data outside the People's Republic of China is prohibited.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and the Customer's information security rules, and shall keep logs of all access.
P:8.4 The Vendor shall notify the Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, cooperate in its investigation and remediation, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's production volumes, cost data, designs and customer lists, and shall use it only to perform this Agreement.
P:9.2 This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in the approved project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the prior written consent of the Customer. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.
P:12.2 The Customer may terminate this Agreement if the liquidated damages under Article 10.1 reach their maximum.
P:12.3 Upon termination by the Customer under this Article, the Vendor shall refund the amounts paid for services not performed and deliver all Custom Deliverables completed to date.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Romania.
P:13.2 Any dispute arising out of or in connection with this Agreement that cannot be settled amicably within thirty days shall be submitted to the competent courts of Bacău, Romania.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Implementation Services and Project Plan) and Annex 2 (Functional Specification and Test Scripts), is the entire agreement of the parties on its subject.
P:14.2 Amendments are valid only in writing signed by both parties.
P:14.3 This Agreement is made in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
SRC["e02"] = """
# Order Form and General Terms — QualiLink Supplier Quality Cloud

Order Form No. QL-OF-2027-0193

## PART A — ORDER FORM

### A1. Parties

**Customer:** Ningbo Hengtai Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Beilun District, Ningbo, Zhejiang Province.

**Provider:** Bucovina Quality Cloud S.R.L., a company incorporated in Romania, with its registered office at Strada Ștefan cel Mare, Suceava, Romania.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscription

- **Service:** QualiLink Supplier Quality Cloud, Enterprise edition: supplier onboarding and audits, PPAP and first-article approval, incoming inspection, non-conformance and 8D management, supplier scorecards, and the supplier portal.
- **Users:** 260 named Customer users; unlimited supplier portal users for up to 900 supplier companies.
- **Subscription Term:** thirty-six months from the Service Start Date, divided into three Subscription Years.
- **Service Start Date:** the date on which the Provider makes the production tenant available, planned for 1 May 2027.
- **Onboarding Services:** configuration of workflows, migration of supplier master data and open PPAP files, integration with the Customer's ERP for receipts and inspection lots, and training, as described in Part B Section 3.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Year 1 | annual subscription fee | 462,000 |
| Subscription Year 2 | annual subscription fee | 462,000 |
| Subscription Year 3 | annual subscription fee | 462,000 |
| Onboarding Services | one-time, fixed price | 84,000 |
| **Total Fees** | | **1,470,000** |

All amounts are in CNY and include value-added tax. The annual subscription fee is fixed for the Subscription Term. Additional named users, if ordered, are charged pro rata at CNY 1,650 per user per Subscription Year; such additional fees are not part of the Total Fees.

### A4. Invoicing and Payment

- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after receipt of a valid invoice.
- The Onboarding Services fee is invoiced after Onboarding Acceptance under Part B Section 3 and is payable within thirty days after receipt of a valid invoice.
- No other amount is payable before the Service Start Date.

### A5. Service Levels

- **Availability:** the Service shall be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 00:00 and 06:00 Beijing time.
- **Priority 1 incidents** (the Service is unavailable, or inspection lots cannot be recorded or released for all users): response within 30 minutes, at any time; restoration or workaround within 6 hours.
- **Priority 2 incidents** (a major function is impaired for a group of users): response within 2 hours during Beijing business hours; resolution within 3 business days.
- **Service credits:** for each full 0.1 percentage point by which monthly availability falls below the commitment, the Customer receives a credit of 3% of the monthly share of the annual subscription fee, up to 25% of that monthly share. For each hour by which a Priority 1 response or restoration time is exceeded, the Customer receives a credit of CNY 1,000. Credits are deducted from the next invoice or, in the last Subscription Year, paid to the Customer.
- The Provider reports availability and incidents to the Customer monthly.

### A6. Special Terms

- **Governing law and disputes:** Part B Section 12 applies; the parties have agreed on the laws of the People's Republic of China and arbitration in Shanghai.
- **Language:** the Provider provides Chinese-language support with its own staff during Beijing business hours.
- **Renewal:** this Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

Signed for the Customer: ____________________ Date: ________

Signed for the Provider: ____________________ Date: ________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscription service described in Section A2, including the supplier portal, the standard reports and the standard interfaces.

1.2 "Customer Data" means all data, files and documents that the Customer, its users or its suppliers enter into or upload to the Service, and the records generated from them.

1.3 "Customer Configurations" means the workflows, forms, inspection plans, scorecard formulas, report layouts and interface mappings configured for the Customer during the Onboarding Services or later at the Customer's request.

1.4 "Onboarding Acceptance" means the Customer's written confirmation under Section 3.3.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer and its users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 The Provider may update the Service from time to time, provided that an update does not materially reduce the functions the Customer has subscribed to. The Provider shall announce major updates thirty days in advance.

### 3. Onboarding Services and Acceptance

3.1 The Provider shall complete the Onboarding Services within ninety days after the Service Start Date according to a project plan agreed with the Customer.

3.2 Onboarding Acceptance requires that (a) all workflows listed in the project plan have passed the Customer's test cases; (b) the supplier master data and open PPAP files have been migrated and reconciled record by record, with no unexplained difference; (c) the ERP integration has transferred receipts and inspection results for ten consecutive working days without loss or duplication; and (d) key users and administrators have completed training.

3.3 The Customer shall confirm Onboarding Acceptance in writing within ten working days after the Provider's notice that the criteria are met, or state the criteria not met. The Provider shall remedy any failure and repeat the tests at no charge. Use of the Service in production before Onboarding Acceptance does not mean acceptance.

3.4 If the Provider fails to achieve Onboarding Acceptance within the period in Section 3.1 for reasons attributable to it, the Provider shall pay liquidated damages of 0.1% of the Total Fees for each day of delay, up to a maximum of 8% of the Total Fees.

### 4. Fees and Taxes

4.1 The Customer shall pay the fees in Section A3 as set out in Section A4.

### 5. Customer Data

5.1 As between the parties, all Customer Data belongs to the Customer.

5.2 The Provider shall use Customer Data only to provide the Service and the Onboarding Services to the Customer and shall not use it for any other purpose or disclose it to any third party, except as required by law.

5.3 During the Subscription Term and for sixty days after it ends, the Customer may export all Customer Data in CSV and PDF formats through the Service. After that period the Provider shall delete the Customer Data and confirm the deletion in writing.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for the purposes of this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

6.2 This Section survives for three years after the end of the Agreement.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service, its software and its documentation.

7.2 The Customer Configurations belong to the Customer. At the Customer's request the Provider shall export them in a documented format, and the Customer may use, modify and license them to third parties freely.

### 8. Warranties

8.1 The Provider warrants that the Service will perform materially in accordance with its documentation and that the Onboarding Services will be performed with reasonable skill and care by qualified personnel.

### 9. Limitation of Liability

9.1 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer under this Agreement in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.3 The limits in this Section do not apply to personal injury caused by negligence, fraud, or wilful misconduct.

### 10. Term and Termination

10.1 The Agreement starts on signature of the Order Form and ends at the end of the Subscription Term, unless terminated earlier under this Section.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice describing the breach.

10.3 If the Customer terminates under Section 10.2, the Provider shall refund the prepaid subscription fees for the period after termination.

### 11. Subcontracting and Assignment

11.1 The Provider shall not subcontract the provision of the Service or any Onboarding Services, including support, without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

11.2 Neither party may assign the Agreement without the other party's written consent.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.

### 13. General

13.1 This Agreement is the entire agreement of the parties on its subject and replaces all prior proposals. Amendments must be in writing and signed by both parties.
"""
SRC["e03"] = """
T:Supply and Licence Contract for Pump Vibration Monitoring
P:Contract No. LH-EQ-2027-031
P:Buyer: Jiangsu Lianhua Chemical Co., Ltd., Taixing Economic Development Zone, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Siret Condition Monitoring S.R.L., Calea Națională, Botoșani, Romania (the "Supplier").
P:The Buyer operates a chemical plant with more than two hundred process pumps, cooling-water pumps and compressors. It wishes to install wireless vibration and temperature sensors on these machines and to monitor their condition with the Supplier's software. This Contract is made on the Buyer's standard terms for equipment and software purchases, as adapted for this project.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's VibraSight condition monitoring software, including the analysis server, the web client and the mobile application, licensed under Clause 3.
P:1.3 "Custom Deliverables" means the machine models, alarm thresholds, diagnostic rules, dashboards and the interface to the Buyer's maintenance management system configured or developed for the Buyer, with their source files and documentation.
P:1.4 "Buyer Data" means all measurements, alarms, machine records and other data collected or generated at the Buyer's plant.
P:1.5 "Final Acceptance" means the signature by the Buyer of the final acceptance certificate under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Software, configure the Custom Deliverables and train the Buyer's staff, for the following prices:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX/Ex ia certified|240|2,850|684,000
TB:2|Wireless gateway with industrial Ethernet uplink|24|9,500|228,000
TB:3|VibraSight software, perpetual licence for 300 measurement points, server and web client|1|496,000|496,000
TB:|Hardware and Licence Subtotal|||1,408,000
TB:4|Installation, mounting and commissioning|1 lot|142,000|142,000
TB:5|Machine models, diagnostic rules and maintenance system interface|1 lot|96,000|96,000
TB:6|Training of operators and reliability engineers|1 lot|24,000|24,000
TB:|Contract Price (including 13% VAT)|||1,670,000
P:2.2 The Contract Price is fixed and includes delivery to the Buyer's plant, customs clearance, duties, insurance, travel of the Supplier's personnel and all taxes.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software at the Buyer's plant in Taixing for the number of measurement points stated in Clause 2.1, and to make backup copies.
P:3.2 The licence does not expire and is not conditional on the purchase of support after the warranty period.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 167,000) within thirty days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 918,500) within thirty days after the Installation Certificate under Clause 5.4. The Installation Certificate is not acceptance.
P:4.3 35% of the Contract Price (CNY 584,500) within thirty days after Final Acceptance.
P:4.4 All payments are made in CNY against a valid invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's plant within seventy-five days after signature. All sensors and gateways installed in hazardous areas shall carry valid Chinese explosion-proof certificates.
P:5.2 The Supplier shall install and commission the Equipment and the Software within sixty days after delivery, under the Buyer's permit-to-work system and site safety rules.
P:5.3 Each delivery shall be packed for sea and road transport and accompanied by a packing list, certificates of origin and conformity, explosion-proof certificates, calibration certificates for every sensor and installation manuals in Chinese.
P:5.4 When all Equipment is installed and communicating, the parties shall sign an Installation Certificate.
H:6. Acceptance
P:6.1 After the Installation Certificate, the system shall complete a trial run of forty-five days.
P:6.2 Final Acceptance requires that: (a) at least 99% of the installed sensors deliver valid measurements at the configured interval throughout the last thirty days of the trial run; (b) the measurements of twenty sensors selected by the Buyer deviate by no more than 5% from readings taken with a calibrated portable analyser; (c) alarms reach the maintenance management system and the on-duty engineer within two minutes; (d) the Custom Deliverables conform to the agreed specification; and (e) all training has been completed.
P:6.3 The Buyer shall sign the final acceptance certificate within ten working days after the criteria are met, or state the criteria not met in writing. Delivery, installation, the trial run and use of the system do not constitute acceptance.
H:7. Warranty and Support
P:7.1 The warranty period for the Equipment, the Software and the Custom Deliverables is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, and replace sensor batteries that fail before their rated life.
P:7.2 For Severity 1 faults (the analysis server is down, or a gateway serving more than twenty sensors is offline) the Supplier shall respond within 30 minutes, have an engineer on site within 24 hours and restore service within 48 hours. Severity 2 faults (single sensors or functions) shall be answered within 8 hours and resolved within five working days.
P:7.3 For every hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,000, deducted from the next payment or from the retained amounts.
P:7.4 After the warranty period the Buyer may order annual support, with the same service levels, updates and repair service, at 8% of the Hardware and Licence Subtotal per year, that is CNY 112,640 per year. This fee is fixed for the first three years after the warranty period and is ordered by separate purchase order each year; it does not renew automatically.
P:7.5 The Supplier shall keep spare parts and replacement sensors available for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Custom Deliverables belong to the Buyer from creation. The Supplier shall deliver their source files and documentation at Final Acceptance, and the Buyer may use, modify and license them freely.
P:8.2 The Software and the firmware of the Equipment remain the property of the Supplier and its licensors.
P:8.3 The Supplier shall indemnify the Buyer against third-party claims that the Equipment, the Software or the Custom Deliverables infringe intellectual property rights.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not retain, copy or use it for any other purpose.
P:9.2 The Software shall be installed on the Buyer's servers inside the plant network. The Supplier may access it remotely only through the Buyer's bastion host, with named accounts, multi-factor authentication and the Buyer's approval for each session. No Buyer Data shall leave the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer of any actual or suspected data security incident within twelve hours, take remedial measures at its own cost, and be liable for the losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production volumes and network, and all other non-public information received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This Clause survives for five years after the end of this Contract.
H:11. Delay and Liability
P:11.1 If the Supplier is late in delivery, in installation or in achieving Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work, including installation, without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if the liquidated damages under Clause 11.1 reach their maximum.
P:13.2 On termination under Clause 13.1 the Supplier shall refund the amounts paid for Equipment or services not accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese; both versions are equally authentic. It takes effect on signature by both parties.
P:15.2 Notices shall be given in writing to the addresses stated above, or to other addresses notified in writing. Notices by e-mail are effective when the recipient confirms receipt.
P:15.3 Annex 1 (Technical Specification and Machine List) and Annex 2 (Acceptance Test Procedure) form part of this Contract. If they conflict with the Clauses, the Clauses prevail.
P:Buyer: ____________________    Supplier: ____________________
"""
SRC["e04"] = """
# Managed Infrastructure Services Agreement

Agreement No. YD-MSA-2027-02

**Customer:** Shenzhen Yunda Fulfilment Technology Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Bao'an District, Shenzhen, Guangdong Province.

**Provider:** Dunărea Managed IT S.R.L., a company incorporated in Romania, with its registered office at Strada Domnească, Galați, Romania, acting through its service delivery centre and its local team in Shenzhen.

**Background.** The Customer runs nine fulfilment warehouses in southern China. Its warehouse management system, conveyor control servers, networks and cloud workloads are today operated by a small in-house team. The Customer wishes to hand over their day-to-day operation to the Provider for thirty-six months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" the credits set out there.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data stored on, processed by or generated by the systems in scope, including orders, inventory, customer addresses and logs.

1.5 "Service Commencement Date" means the date on which the Provider takes over full operational responsibility after Transition Acceptance.

## 2. Term

2.1 This Agreement starts on signature. The initial service term is thirty-six months from the Service Commencement Date (the "Initial Term").

2.2 At the end of the Initial Term this Agreement renews automatically for successive renewal terms of twenty-four months each, unless either party gives written notice of non-renewal at least ninety days before the end of the then-current term.

2.3 For each renewal term the Provider may increase the Monthly Service Charge by giving the Customer written notice at least sixty days before the renewal term begins. The increased charge applies from the first day of the renewal term.

## 3. Transition

3.1 The Provider shall carry out the transition of the Services within seventy-five days after signature, according to a transition plan agreed with the Customer. The transition includes discovery and documentation of all systems in scope, installation of the monitoring tools, creation of runbooks, knowledge transfer from the Customer's team, and a parallel run.

3.2 Transition Acceptance requires that: (a) every item of Schedule 1 is covered by a tested runbook; (b) all servers, network devices and cloud accounts in scope report to the monitoring platform, and alerts reach the service desk within two minutes; (c) the Provider has restored a backup of the warehouse management system database to a test environment successfully; and (d) a parallel run of twenty days has been completed without a missed Priority 1 response time.

3.3 The Customer shall confirm Transition Acceptance in writing within seven working days after the Provider's notice that the criteria are met, or state in writing which criteria are not met. The Provider shall correct any failure at its own cost.

3.4 If the Service Commencement Date does not occur within seventy-five days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 100,000.

## 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 If the Provider fails a Service Level, the Customer receives the Service Credits in Schedule 2. Service Credits are deducted from the next monthly invoice. They do not limit the Customer's other rights.

4.3 The Provider shall deliver a monthly service report with the Service Level results, incidents, changes, capacity trends and improvement actions, and shall attend a monthly service review in Shenzhen or by video conference.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3.

5.2 The Monthly Service Charge is invoiced monthly in arrears and is payable within thirty days after receipt of a valid invoice.

5.3 The Transition Charge is invoiced after Transition Acceptance and is payable within thirty days after receipt of a valid invoice.

5.4 During the Initial Term the Charges are fixed. No advance payment is due under this Agreement.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 Customer Data shall remain on the Customer's systems and cloud accounts in the People's Republic of China. The Provider's staff outside China may access the systems only for monitoring and remote operations, through the Customer's privileged access gateway, with named accounts and multi-factor authentication; they shall not copy Customer Data to systems outside the Customer's environment.

6.3 The Provider shall comply with the Customer's information security policies, the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, keep access logs for at least six months and review privileged accounts every month.

6.4 The Provider shall notify the Customer of any security incident affecting Customer Data or systems in scope within two hours after becoming aware of it, contain it, and cooperate with the Customer and the authorities. The Provider is liable for losses caused by its breach of this Section 6.

## 7. Intellectual Property

7.1 The runbooks, scripts, configurations, monitoring rules and documentation created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and hand them to a successor provider freely.

7.2 The Provider's own tools and monitoring platform remain the Provider's property. The Provider grants the Customer a licence to use the output of those tools for the Customer's own purposes.

## 8. Personnel and Subcontracting

8.1 The Provider shall assign a named service delivery manager and keep a local on-site team of at least three engineers in Shenzhen during business hours.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its subcontractors.

## 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the Initial Term as set out in Schedule 3.

9.2 The limit does not apply to personal injury, wilful misconduct or gross negligence, or to breach of Section 6.

## 10. Termination and Exit

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice, or if the Provider fails the Priority 1 response Service Level in three consecutive months.

10.2 Either party may terminate if the other becomes insolvent.

10.3 On expiry or termination the Provider shall provide exit assistance for up to ninety days at the then-current Charges, hand over all runbooks, credentials and documentation, and return or delete Customer Data as the Customer instructs.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding on both parties.

## 12. General

12.1 This Agreement with its Schedules is the entire agreement of the parties. If a Schedule conflicts with the Sections, the Sections prevail.

12.2 Amendments must be in writing and signed by both parties.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Monitoring and event management | 186 servers, 9 warehouse networks, 2 cloud accounts, conveyor control servers | 24 x 7 |
| Service desk | Incident and request handling for Customer IT staff, in Chinese and English | 24 x 7 |
| Server and operating system operations | Patching, capacity, performance, user administration | Business hours, plus emergency changes 24 x 7 |
| Network operations | Firewalls, switches, Wi-Fi, SD-WAN links between warehouses | 24 x 7 |
| Backup and restore | Daily backups, monthly restore tests, quarterly recovery drill | 24 x 7 |
| Cloud operations | Compute, storage and database services in two mainland China regions | 24 x 7 |
| Change management | Change advisory board, peak-season change freeze | Business hours |

## Schedule 2 — Service Levels

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of the warehouse management system | at least 99.5% per calendar month, excluding agreed maintenance windows | 5% of the Monthly Service Charge for each 0.1 percentage point below the level, up to 25% |
| Priority 1 incident (a warehouse cannot ship or receive) | response within 15 minutes; restoration within 3 hours | CNY 2,000 for each hour or part of an hour late |
| Priority 2 incident (a function degraded at one or more warehouses) | response within 1 hour; resolution within 8 hours | CNY 500 for each hour late |
| Priority 3 incident | response within 8 business hours; resolution within 3 business days | none |
| Monthly restore test | completed successfully each month | CNY 3,000 for each missed test |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 126,000 |
| Monthly Service Charge | 36 months x CNY 58,500 | 2,106,000 |
| **Total Charges for the Initial Term** | | **2,232,000** |

All Charges include value-added tax. Additional servers beyond the scope in Schedule 1 are charged at CNY 260 per server per month; such charges are not part of the Total Charges.
"""
SRC["e05"] = """
DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CTA-SUB-2027-017

BETWEEN

Dongguan Senhe Home Furnishing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Houjie Town, Dongguan, Guangdong Province ("Customer"); and

Ceahlău Timber Analytics S.R.L., a company incorporated in Romania, with its registered office at Bulevardul Decebal, Piatra Neamț, Romania ("Provider").

BACKGROUND

Customer imports oak, beech and spruce sawn timber and panels from Central and Eastern Europe for its furniture plants. Provider compiles market data on European timber and wood products, including mill prices, export prices, sawmill output, stocks and freight rates, and makes the data available through an application programming interface (the "API") and a web dashboard (the "Dashboard"). Customer wishes to subscribe to the data for two years and to load it into its purchasing and cost-planning systems.

1. DEFINITIONS

1.1 "Provider Data" means the price series, indices, statistics, reports and other content that Provider makes available through the API and the Dashboard.

1.2 "Subscribed Data Sets" means the data sets listed in Clause 2.2.

1.3 "Customer Data" means all data that Customer or its users upload to, enter into or submit through the API or the Dashboard, including material code lists, saved queries, watch lists and user details, and the usage logs relating to Customer.

1.4 "Subscription Year" means each of the two consecutive periods described in Clause 3.1.

1.5 "Integration Services" means the services described in Clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, during the Subscription Term, a non-exclusive, non-transferable right to access the Subscribed Data Sets through the API and the Dashboard, to store Provider Data in Customer's internal systems, and to use it for Customer's internal purchasing, costing, budgeting and reporting purposes.

2.2 The Subscribed Data Sets are: (a) European hardwood sawn timber prices by species, grade and thickness; (b) European softwood sawn timber prices; (c) particleboard, MDF and plywood prices; (d) sawmill output and stock statistics for twelve producing countries; and (e) container freight rates from the main European ports to South China. Historical data back to January 2015 is included.

2.3 Customer may register up to thirty named Dashboard users and connect up to three of its own systems to the API. API use is subject to the fair-use limits in the documentation.

2.4 Customer may share reports and charts that contain Provider Data with its affiliates, auditors and banks, provided that raw data series are not redistributed.

3. TERM AND FEES

3.1 The Subscription Term starts on 1 June 2027 (the "Subscription Start Date") and consists of two Subscription Years: the first Subscription Year from 1 June 2027 to 31 May 2028 and the second Subscription Year from 1 June 2028 to 31 May 2029.

3.2 The fees are:
(a) subscription fee for the first Subscription Year: CNY 348,000;
(b) subscription fee for the second Subscription Year: CNY 348,000;
(c) Integration Services fee: CNY 46,000, one-time.
The total fees under this Agreement are CNY 742,000, including value-added tax. The subscription fee for the second Subscription Year is fixed and will not be increased.

3.3 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The Integration Services fee is invoiced after Integration Acceptance under Clause 4.3. Invoices are payable within thirty days after receipt. No other payment is due before the Subscription Start Date.

3.4 This Agreement expires at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement signed by both parties.

4. INTEGRATION SERVICES AND ACCEPTANCE

4.1 Provider shall, within sixty days after the Subscription Start Date, (a) provide API credentials for a test and a production environment; (b) prepare a mapping table between Provider's product codes and the four hundred and twenty material codes supplied by Customer; (c) support Customer's IT team in building the daily import into Customer's purchasing system; and (d) train Customer's purchasing and controlling staff in two online sessions.

4.2 Integration Acceptance requires that: (a) the API returns the complete history of every Subscribed Data Set from January 2015; (b) every material code supplied by Customer has been mapped, or Customer has agreed in writing that it cannot be mapped; (c) the daily import job has run for ten consecutive working days and the imported values match the Dashboard for a sample of fifty series chosen by Customer; and (d) the thirty Dashboard users have been set up and trained.

4.3 Customer shall confirm Integration Acceptance in writing within ten working days after Provider's notice that the criteria are met, or list the criteria not met. Provider shall remedy any shortfall without charge and notify Customer again.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to make the API and the Dashboard available to Customer and to publish updates of the Subscribed Data Sets in line with the publication calendar in the documentation.

5.2 Provider may carry out maintenance of the API and the Dashboard from time to time and will try to give Customer advance notice of planned maintenance.

5.3 Support is provided by e-mail and through Provider's online help desk during Provider's normal business hours in Romania. Provider will handle support requests with reasonable diligence.

5.4 Provider may change the structure of the API after giving Customer at least sixty days' notice and keeping the previous version available during that period.

6. PROVIDER DATA AND INTELLECTUAL PROPERTY

6.1 Provider Data and the API, the Dashboard and the documentation remain the property of Provider and its data sources. Customer receives only the rights granted in Clause 2.

6.2 The mapping table, the import specifications and any custom reports that Provider prepares specifically for Customer under this Agreement belong to Customer, and Customer may use, modify and license them freely, also after this Agreement ends.

6.3 After expiry, Customer may keep and continue to use internally the Provider Data downloaded during the Subscription Term, but may not receive updates.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API, the Dashboard and the Integration Services to Customer, and shall not use it for any other purpose, including market analysis, benchmarking or the compilation of Provider Data.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access and logging of access to Customer Data. Provider shall comply with the applicable data protection laws, including the Personal Information Protection Law of the People's Republic of China for personal information of Customer's users.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, take all reasonable steps to contain it, and bear the costs and losses caused by its breach of this Clause 7.

7.4 Within thirty days after the end of this Agreement, Provider shall return Customer Data to Customer in a common format and then delete it.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, including Customer's purchasing volumes, supplier names and material codes, and shall not disclose it to any third party without the other party's prior written consent.

8.2 This Clause survives for three years after the end of this Agreement.

9. WARRANTIES

9.1 Provider warrants that it has the right to grant the rights in Clause 2 and that Provider Data is compiled with reasonable care from sources Provider considers reliable.

9.2 Provider Data is market information. Customer remains responsible for its purchasing and pricing decisions.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to one hundred and fifty percent of the total fees under Clause 3.2.

10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

10.3 The limits in this Clause do not apply to breach of Clause 7 or Clause 8, wilful misconduct, or infringement of the other party's intellectual property rights.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract the provision of the API, the Dashboard, the Integration Services or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the prior written consent of the other party.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.

12.2 If Customer terminates under Clause 12.1, Provider shall refund the part of the subscription fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.

14. GENERAL

14.1 Notices shall be given in writing to the addresses stated above or by e-mail to the contact persons named by each party.

14.2 This Agreement is made in English in two originals. It is the entire agreement of the parties on its subject, and amendments must be in writing and signed by both parties.

SIGNED for Customer: ____________________   Date: __________

SIGNED for Provider: ____________________   Date: __________
"""

if __name__ == "__main__":
    build()
    check_and_label()
