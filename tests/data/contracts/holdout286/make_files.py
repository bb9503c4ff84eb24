"""holdout286: ten blind ORDINARY draft contracts (5 zh, 5 en) with hand labels.

Writes every contract from the sources kept below (.md / .txt directly, .docx / .pdf through ../word_pdf.py with
wrap_words=True), asserts every price and payment sum, re-applies the policy §3 contract rules to the hand labels and
asserts the result equals the plan, writes the .json labels (holdout18/19 format), reads every built file back
(python-docx paragraphs + tables, pypdf), checks that each labelled figure appears in the text, checks the text length
and fails if any figure sits on a policy threshold. Run with /work/main/.venv/bin/python make_files.py.
"""
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold regexes (policy §3 and §4)
CN = "〇零一二三四五六七八九十百千两"
NB = r"(?<![\d.,])"          # no digit / decimal point before
NA = r"(?![\d])"             # no digit after
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLDS = {
    "prepayment 30 %": [NB + r"30(?:\.0+)?" + NA + PCT, r"百分之三十(?![" + CN + r"点])", r"\bthirty\s*(?:per\s*cent|percent)",
                        r"(?<![" + CN + r"])三成"],
    "P1 response 4 h": [NB + r"4(?:\.0+)?\s*(?:-|\s)?(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![" + CN + r"])四(?:个)?小时",
                        r"\bfour[\s-]*hours?", NB + r"240\s*(?:minutes|分钟)", r"半个工作日"],
    "availability 99.9 %": [NB + r"99\.90*" + NA, r"百分之九十九点九(?![" + CN + r"])"],
    "LD 0.05 %/day": [NB + r"0\.050*" + NA + PCT, r"万分之五(?![" + CN + r"])", r"千分之零点五", NB + r"0\.350*" + NA + PCT,
                      r"万分之三十五"],
    "liability cap 100 %": [NB + r"100(?:\.0+)?" + NA + PCT, r"百分之(?:一)?百(?![" + CN + r"])",
                            r"\bhundred\s*(?:per\s*cent|percent)"],
    "warranty 12 months": [NB + r"12\s*(?:-|\s)?(?:months?|个月|月)", r"(?<![" + CN + r"])十二个?月", r"\btwelve[\s-]*months?",
                           NB + r"1\s*(?:-|\s)?years?\b", r"\bone[\s-]*years?\b", r"(?<![" + CN + r"第每])一年", NB + r"1\s*年(?!\d)",
                           r"\ba\s+year\b"],
    "post-warranty fee 15 %": [NB + r"15(?:\.0+)?" + NA + PCT, r"百分之十五(?![" + CN + r"点])", r"\bfifteen\s*(?:per\s*cent|percent)"],
    "TCO share 40 %": [NB + r"40(?:\.0+)?" + NA + PCT, r"百分之四十(?![" + CN + r"点])", r"\bforty\s*(?:per\s*cent|percent)",
                       r"(?<![" + CN + r"])四成"],
    "TCO horizon 5 years": [NB + r"5\s*(?:-|\s)?years?\b", r"(?<![" + CN + r"])五年", NB + r"5\s*年", r"\bfive[\s-]*years?\b",
                            NB + r"60\s*(?:-|\s)?(?:months?|个月)", r"六十个月", r"\bsixty[\s-]*months?"],
}
THRESHOLD_RES = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLDS.items()}


def threshold_hits(text):
    hits = []
    for variant in (re.sub(r"\s+", " ", text), re.sub(r"(?<=[\u2e80-\uffff])\s+(?=[\u2e80-\uffff])", "", text)):
        for name, pats in THRESHOLD_RES.items():
            for p in pats:
                for m in p.finditer(variant):
                    hits.append((name, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    must_hit = ["预付款为合同总价的30%", "预付 30 %", "百分之三十", "thirty per cent", "三成", "4小时内响应", "四小时", "within 4 hours",
                "four hours", "4-hour", "240 minutes", "99.9%", "99.90 %", "百分之九十九点九", "0.05% per day", "万分之五",
                "0.35 % per week", "100% of the fees", "百分之百", "one hundred per cent", "12个月", "十二个月", "12 months",
                "twelve-month", "one year", "一年", "1 year", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十",
                "forty per cent", "5 years", "五年", "five-year", "60 months", "六十个月", "5年"]
    must_miss = ["130%", "0.30%", "24小时内", "14 hours", "99.95%", "99.5%", "百分之九十九点九五", "0.055%", "万分之五十",
                 "万分之三", "1,100%", "24个月", "二十四个月", "112 months", "first year", "每一年", "第一年", "2025年", "2026年",
                 "115%", "0.15%", "140%", "25 years", "十五年", "十五个月", "二十四小时", "365 days", "0.4%", "1.5%", "45%",
                 "24 hours", "30 days", "三十日", "5 working days", "15 minutes", "CNY 40,000", "12 hours", "4,000"]
    for s in must_hit:
        assert threshold_hits(s), "self-test: should hit " + s
    for s in must_miss:
        assert not threshold_hits(s), ("self-test: should miss", s, threshold_hits(s))


# ---------------------------------------------------------------- policy §3 rules, re-applied to the labels
MAINLAND_LAWS = {"PRC", None}


def tco_share(p):
    t, x = p["terms"], p["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    fee = Decimal(str(p["fee_base"])) * Decimal(str(t["post_warranty_fee_pct"])) / 100
    years = max(Decimal(0), Decimal(5) - Decimal(t["warranty_months"]) / 12)
    post = fee * years
    return post / (Decimal(x["contract_value"]) + post) * 100


def apply_rules(p):
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(p)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in MAINLAND_LAWS or not p["forum_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

PLANS = {}     # key -> plan dict
SOURCES = {}   # key -> markup (T:/H:/P:/TB:)

# ================================================================ h286z01 林草局 红外相机监测平台 (docx, compliant)
SOURCES["h286z01"] = """T:澜沧省野生动物红外相机监测平台建设项目采购合同
P:合同编号：LCLC-ZFCG-2025-0417　　采购方式：公开招标　　招标编号：LCZC2025-G-1186
P:采购人（甲方）：澜沧省林业和草原局　　住所：澜沧省云川市翠湖北路88号
P:供应商（乙方）：成都云杉智感科技有限公司　　住所：四川省成都市高新区天府三街219号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，为建设覆盖全省十一个自然保护地的野生动物红外相机监测网络及物种智能识别平台，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责供应红外触发相机及配套设备、物种智能识别与监测平台软件及服务器，完成野外点位勘选布设、平台定制开发、系统联调和培训，并在质保期内提供运维服务。
P:1.2 设备清单、技术参数及点位分布以招标文件第三章及附件一为准。相机须支持4G回传、夜间不可见光补光和-25℃低温工作。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰零捌万元整（¥3,080,000），为固定总价，含设备、软件许可、运输、保险、安装、开发、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|4G红外触发相机|600台|2,680|1,608,000
TB:2|太阳能供电及防盗支架|600套|420|252,000
TB:3|物种智能识别与监测平台软件许可（永久）|1套|486,000|486,000
TB:4|服务器及存储设备|1套|318,000|318,000
TB:5|野外点位勘选及安装布设|1项|214,000|214,000
TB:6|平台定制开发（物种名录对接、巡护系统接口）|1项|176,000|176,000
TB:7|培训|1项|26,000|26,000
TB:合计|||| 3,080,000
P:2.2 第1至4项为软硬件部分，小计人民币2,664,000元，作为质保期满后维保费用的计费基数。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即616,000元。
P:3.2 全部设备到货并通过初步验收后，甲方支付合同总价的50%，即1,540,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的27%，即831,600元。
P:3.4 其余3%即92,400元作为质量保证金，质保期满且无未决质量问题时无息退还。
P:3.5 乙方每次请款应提供合法有效的发票。甲方付款通过国库集中支付系统办理。
H:第四条 交付与安装
P:4.1 乙方应于合同生效后90日内完成全部设备到货，150日内完成全部点位布设和平台部署。
P:4.2 点位布设须满足监测方案要求：每台相机的经纬度、海拔、朝向和安装高度应当拍照记录并录入平台，误差不大于10米。
P:4.3 设备到货签收仅表明数量和外观无误，不代表质量合格，也不构成验收。
P:4.4 乙方应为甲方及各保护地管理人员提供不少于3期集中培训，每期不少于2天，内容包括相机布设与维护、平台操作、物种鉴定复核和数据导出，并提供培训教材。
H:第五条 验收
P:5.1 初步验收：全部点位布设完成后，甲方组织初步验收，标准为：（一）相机在线率不低于95%；（二）平台对甲方提供的2,000张标注样本的物种识别准确率不低于90%；（三）影像自拍摄到平台入库不超过10分钟；（四）与省巡护系统和物种名录数据库接口联调通过。
P:5.2 最终验收：初步验收合格后系统试运行90日，试运行期间未发生一级故障、各项指标持续达标，且乙方提交竣工资料、源代码和操作手册后，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 设备安装、平台上线、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用后重新验收。
H:第六条 质保与运维
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费维修或更换故障设备，免费提供平台升级和运维服务。
P:6.2 平台月度可用率不低于99.95%。故障分级：一级故障指平台整体不可用或超过50台相机同时离线；二级故障指单个保护地数据无法回传；三级故障为其他一般问题。
P:6.3 一级故障乙方应在1小时内响应，8小时内恢复平台服务；二级故障2小时内响应，48小时内处理完毕；三级故障在下一次巡检时处理。野外设备需更换的，乙方应在7日内到场更换。
P:6.4 乙方未按时响应或恢复的，每超时1小时扣减质量保证金1,000元；月度可用率每低于约定值0.01个百分点，扣减2,000元。
P:6.6 质保期内乙方应每季度对野外点位巡检一次，清理镜头、检查电池和支架，并向甲方提交巡检报告及相机运行统计。
P:6.5 质保期满后，甲方如需乙方继续提供维保，年度维保费不高于软硬件小计的8%，即每年不超过213,120元，该上限在质保期满后两年内不作调整，具体以届时另行签订的维保合同为准，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，使用范围不限于本项目点位数量。
P:7.2 为本项目定制开发的接口程序、源代码、数据库设计、配置文件及技术文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
H:第八条 数据安全
P:8.1 监测影像、物种记录、相机点位坐标（含珍稀濒危物种分布信息）等全部数据属于甲方，乙方仅为履行本合同处理，不得复制、留存、公开或用于任何其他目的。
P:8.2 平台部署于甲方政务云，乙方应落实网络安全等级保护要求，对数据实施加密存储和访问控制，运维操作经堡垒机并留存日志。
P:8.3 发生数据泄露、丢失或篡改时，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、点位信息和技术资料负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成布设的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的设备或软件不符合合同约定的，应予更换并承担相关费用，给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包。确需分包辅助性工作的，须经甲方书面同意，乙方就分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日或发生其他根本违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 合同解除的，乙方应在15日内向甲方移交已完成的成果、全部监测数据和相关技术文档。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。附件一：设备清单与点位分布表；附件二：技术规格偏离表。
P:甲方（盖章）：澜沧省林业和草原局　　法定代表人或授权代表：＿＿＿＿　　日期：＿＿＿＿
P:乙方（盖章）：成都云杉智感科技有限公司　　法定代表人或授权代表：＿＿＿＿　　日期：＿＿＿＿
"""
PLANS["h286z01"] = {
    "file": "h286z01_forestry_bureau_camera_trap_monitoring_platform.docx", "fmt": "docx", "language": "zh",
    "category": "hardware", "kind_note": "林草局 野生动物红外相机监测平台 (600 cameras, mounts, 识别平台 licence, servers, 布设, 接口开发), 政府采购 公开招标, buyer's paper",
    "total": 3080000, "items": [1608000, 252000, 486000, 318000, 214000, 176000, 26000],
    "payments": [(20, 616000), (50, 1540000), (27, 831600), (3, 92400)],
    "fee_base": 2664000, "subtotal_items": [1608000, 252000, 486000, 318000], "forum_mainland": True,
    "terms": {"availability_pct": 99.95, "p1_response_hours": 1, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True, "ld_rate_per_day_pct": 0.1,
              "liability_cap_pct": None, "prepayment_pct": 20, "acceptance_clause": True, "final_payment_on_acceptance": True,
              "warranty_months": 36, "post_warranty_fee_pct": 8, "auto_renewal_price_increase": False,
              "termination_for_breach": True, "subcontract_without_consent": False, "governing_law": "PRC",
              "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
              "contract_value": 3080000},
    "expected": [], "risk": "low",
    "figures": ["3,080,000", "20%", "616,000", "1,540,000", "831,600", "92,400", "2,664,000", "三十六个月", "99.95%", "1小时内响应",
                "千分之一", "8%", "213,120", "书面同意", "适用中华人民共和国法律"],
}


# ================================================================ building, reading back, checking
def to_md(src):
    out, table = [], []

    def flush():
        if table:
            out.append("| " + " | ".join(table[0]) + " |")
            out.append("|" + "---|" * len(table[0]))
            for row in table[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
            table.clear()

    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append([c.strip() for c in text.split("|")])
            continue
        flush()
        out.append({"T": "# ", "H": "## "}.get(tag, "") + text)
        out.append("")
    flush()
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out, table = [], []

    def flush():
        if table:
            widths = [max(len(r[i]) if i < len(r) else 0 for r in table) for i in range(max(len(r) for r in table))]
            for row in table:
                out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(row)).rstrip())
            out.append("")
            table.clear()

    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append([c.strip() for c in text.split("|")])
            continue
        flush()
        out.append(text)
        if tag == "T":
            out.append("=" * min(60, len(text) * 2))
        out.append("")
    flush()
    return "\n".join(out).rstrip() + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def zh_chars(text):
    return len(re.sub(r"\s", "", text))


def en_words(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def label(key, p):
    terms = {k: p["terms"][k] for k in TERM_KEYS}
    x = p["extra"]
    keys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if terms["contract_kind"] == "goods_or_licence" else []) \
        + ["acceptance_deemed_on_delivery", "contract_value"]
    assert set(x) == set(keys), (key, sorted(x))
    return {"file": p["file"], "language": p["language"], "category": p["category"], "expected_terms": terms,
            "expected_extra": {k: x[k] for k in keys}, "expected_rules": sorted(p["expected"])}


def check_sums(key, p):
    assert sum(p["items"]) == p["total"] == p["extra"]["contract_value"], (key, sum(p["items"]), p["total"])
    if p.get("subtotal_items") is not None:
        assert sum(p["subtotal_items"]) == p["fee_base"], (key, "subtotal", sum(p["subtotal_items"]))
    pays = p["payments"]
    if pays:
        assert sum(a for _, a in pays) == p["total"], (key, "payments", sum(a for _, a in pays))
        for pct, amt in pays:
            if pct is not None:
                assert Decimal(p["total"]) * Decimal(str(pct)) / 100 == amt, (key, pct, amt)
    for name, check in p.get("checks", {}).items():
        assert check, (key, name)


def main(only=None):
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    keys = [k for k in PLANS if only is None or k in only]
    report = []
    for key in keys:
        p = PLANS[key]
        check_sums(key, p)
        rules = apply_rules(p)
        assert rules == sorted(p["expected"]), (key, "rules", rules, sorted(p["expected"]))
        assert risk(rules) == p["risk"], (key, "risk", risk(rules), p["risk"])
        path = OUT / p["file"]
        if p["fmt"] in ("docx", "pdf"):
            write({key: SOURCES[key]}, {key: (p["file"], p["fmt"])}, OUT, wrap_words=True)
        elif p["fmt"] == "md":
            path.write_text(to_md(SOURCES[key]), encoding="utf-8")
        else:
            path.write_text(to_txt(SOURCES[key]), encoding="utf-8")
        text = read_back(path)
        flat = re.sub(r"\s+", "", text)
        missing = [f for f in p["figures"] if re.sub(r"\s+", "", f) not in flat]
        assert not missing, (key, "figures missing", missing)
        hits = threshold_hits(text)
        assert not hits, (key, "threshold values", hits)
        if p["language"] == "zh":
            n, unit, lo, hi = zh_chars(text), "chars (no whitespace)", 2800, 3300
            assert lo <= len(text) <= hi, (key, "length with whitespace", len(text))
        else:
            n, unit, lo, hi = en_words(text), "words", 1500, 1700
        assert lo <= n <= hi, (key, unit, n)
        share = tco_share(p)
        lab = label(key, p)
        (OUT / (Path(p["file"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        report.append((p["file"], n, unit, len(text), rules, risk(rules), None if share is None else round(float(share), 2)))
    for row in report:
        print(*row, sep="  ")
    if only is None:
        fired = set().union(*(set(r[4]) for r in report))
        print("rules fired across the set:", len(fired), sorted(fired))

# ================================================================ h286z02 钢厂 热轧自动化 + 维保 (pdf; POST-WARRANTY-FEE, TCO)
SOURCES["h286z02"] = """T:1780mm热轧生产线自动化控制系统改造合同
P:合同号：LJGT-SB-2025-0933
P:买方（甲方）：临江钢铁股份有限公司，地址：河北省临江市钢城大道1号
P:卖方（乙方）：上海冶控自动化工程有限公司，地址：上海市宝山区友谊路1518号
P:鉴于甲方热轧厂1780mm生产线基础自动化和过程控制系统已运行十八年，备件停产、故障频发，甲方通过邀请招标选定乙方承担本次改造。双方依据《中华人民共和国民法典》，就系统供货、设计、编程、安装调试、试车及质保期后维保服务达成如下条款。
H:1 合同标的与范围
P:1.1 改造范围包括加热炉出口至卷取机的粗轧、精轧、层流冷却和卷取区域的基础自动化（L1）、过程控制计算机系统（L2）、HMI操作站、工业网络以及与主传动、液压AGC和检测仪表的接口。
P:1.2 乙方负责详细设计、软硬件供货、组态编程、离线仿真测试、安装指导、冷调试、热负荷试车和人员培训，并在质保期满后按第7条提供维保服务。
P:1.3 改造须利用甲方年度检修窗口实施，停产切换时间不超过16天。
P:1.4 技术协议、设备清单和切换方案为本合同附件，与正文具有同等效力；附件与正文不一致的，以正文为准。
H:2 合同价格
P:2.1 合同总价为人民币伍佰玖拾陆万陆仟元整（¥5,966,000），含税，分项如下：
TB:序号  项目  金额（元）
TB:（1）基础自动化PLC控制系统（粗轧、精轧、卷取）  2,860,000
TB:（2）过程控制计算机系统（L2）服务器及软件许可  1,240,000
TB:（3）HMI操作站及工业以太网  436,000
TB:（4）传动系统接口及仪表  388,000
TB:软硬件小计  4,924,000
TB:（5）工程设计与组态编程  612,000
TB:（6）安装指导、调试及热负荷试车  384,000
TB:（7）培训  46,000
TB:合计  5,966,000
P:2.2 合同价格为固定价格，不因汇率、原材料价格变化而调整。
P:2.3 因甲方提出设计变更而增加的工作，双方按技术协议所附人天单价另行签订补充协议；未经甲方书面确认的额外工作，甲方不承担费用。乙方报价中遗漏但为实现合同功能所必需的软硬件，由乙方无偿补齐。
H:3 付款
P:3.1 合同生效后凭乙方开具的预付款保函支付10%，即596,600元。
P:3.2 设备全部到达甲方现场并经开箱检验后支付35%，即2,088,100元；开箱检验仅核对型号、数量和外观，不构成验收。
P:3.3 热负荷试车完成并通过最终验收后支付45%，即2,684,700元。
P:3.4 剩余10%即596,600元为质量保证金，质保期满无质量争议后支付。
H:4 交货与实施
P:4.1 全部硬件应于合同生效后120日内运抵甲方热轧厂指定仓库。
P:4.2 乙方应在检修窗口开始前完成全部程序的离线仿真测试，并提交切换方案供甲方审批。
P:4.3 乙方现场人员应遵守甲方安全生产、动火作业和煤气区域管理规定，因乙方人员违章造成的事故由乙方负责。
P:4.4 乙方应在交货时提供装箱清单、合格证、出厂检验报告；在最终验收前提交竣工图、程序清单、I/O点表、操作及维护手册各三套，并提供电子版。
P:4.5 乙方派驻现场的项目经理和调试负责人须具备同类热轧产线改造经验，未经甲方同意不得更换。
H:5 验收
P:5.1 冷调试完成后进行热负荷试车，连续轧制72小时无因自动化系统造成的停机。
P:5.2 最终验收在试生产60日后进行，验收标准：成品厚度偏差±50μm以内的比例不低于98%；终轧温度控制偏差±18℃以内的比例不低于95%；卷取温度命中率不低于95%；L2模型设定计算时间不超过2秒；系统功能逐项符合技术协议。
P:5.3 验收合格由双方签署最终验收证书。系统投入生产或甲方支付任何款项均不视为验收。
H:6 质量保证
P:6.1 质保期为十八个月，自最终验收证书签署之日起算。质保期内乙方免费修复缺陷、更换损坏硬件和提供软件升级。
P:6.2 一级故障（导致轧线停机）乙方应在15分钟内远程响应，2小时内工程师到达现场；二级故障（影响产品质量但不停机）1小时内响应，次日内到场。
P:6.3 乙方未在上述时限内响应或到场的，每迟延1小时向甲方支付5,000元；因乙方原因造成的停机，按甲方确认的停机损失赔偿。
P:6.4 乙方应在甲方现场备件库存放推荐的关键备件，并保证系统所用硬件自最终验收起至少八年内可供货或有兼容替代品。
H:7 质保期后维保服务
P:7.1 质保期满后，乙方提供年度维保服务，内容包括两名驻场工程师、备件保障、软件维护、季度巡检和年度检修配合。
P:7.2 年度维保费为软硬件小计的26%，即每年人民币1,280,240元，按年度于每个维保年度开始后30日内支付。
P:7.3 维保期间每年由双方签署维保确认单，费用按第7.2条执行，不作上调；甲方不再需要维保服务的，提前60日书面通知乙方即可终止。
P:7.4 维保期间一级故障的响应和到场时限、迟延赔付标准与第6.2条、第6.3条相同；乙方每季度提交巡检报告，列明设备状态、隐患及整改建议。
H:8 知识产权
P:8.1 PLC及HMI组态程序、L2模型源程序、模型参数和全部设计文档归甲方所有，乙方应交付可编辑的源文件，甲方可自行修改或委托他人修改。
P:8.2 PLC、操作系统和数据库等第三方标准软件由乙方提供合法的永久许可。
P:8.3 乙方保证所供软硬件不侵犯任何第三方的知识产权；发生侵权争议的，由乙方负责处理并承担全部费用。
H:9 数据安全与保密
P:9.1 生产过程数据、工艺参数和质量数据归甲方所有，乙方不得带出甲方厂区或用于本合同以外的任何目的。
P:9.2 远程维护须经甲方逐次审批，通过甲方堡垒机进行并全程录屏；乙方应采取防病毒和访问控制措施，不得在工控网内使用未经检测的移动存储介质。
P:9.3 因乙方原因发生数据泄露、病毒感染或网络安全事件的，乙方应在1小时内报告，并承担由此造成的全部损失。乙方人员离场时应交回全部账号和门禁卡。
P:9.4 双方对在合作中获得的对方技术资料和商业信息负有保密义务，保密期限至合同终止后三年。
H:10 违约责任
P:10.1 乙方逾期交货或因乙方原因导致投产延误的，每逾期一日按合同总价的万分之八支付违约金。
P:10.2 乙方累计赔偿责任以合同总价的150%为限，但故意、重大过失及人身伤亡除外。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:11 分包
P:11.1 电缆敷设、桥架安装等辅助工作确需分包的，须事先取得甲方书面同意。
H:12 解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同并要求赔偿。
P:12.2 合同解除后，乙方应移交已完成的程序、图纸和文档，甲方按已完成并经确认的工作量结算。
H:13 不可抗力
P:13.1 因地震、洪水、疫情等不可抗力不能履行合同的，受影响方应在3日内通知对方并提供证明，双方协商延期或解除。
H:14 适用法律与争议
P:14.1 本合同适用中华人民共和国法律。争议提交邯郸仲裁委员会仲裁。
P:14.2 本合同自双方签字盖章之日起生效，一式四份，双方各执二份。附件：技术协议、设备清单、切换方案。
P:甲方（盖章）：临江钢铁股份有限公司　　代表：＿＿＿＿
P:乙方（盖章）：上海冶控自动化工程有限公司　　代表：＿＿＿＿
"""
PLANS["h286z02"] = {
    "file": "h286z02_steel_plant_hot_rolling_automation_maintenance.pdf", "fmt": "pdf", "language": "zh",
    "category": "hardware", "kind_note": "钢厂 1780mm 热轧 L1/L2 automation revamp (PLC, L2 servers + licences, HMI, 接口) + post-warranty 维保",
    "total": 5966000, "items": [2860000, 1240000, 436000, 388000, 612000, 384000, 46000],
    "payments": [(10, 596600), (35, 2088100), (45, 2684700), (10, 596600)],
    "fee_base": 4924000, "subtotal_items": [2860000, 1240000, 436000, 388000], "forum_mainland": True,
    "checks": {"fee 26 % of subtotal": Decimal(4924000) * 26 / 100 == 1280240},
    "terms": {"availability_pct": None, "p1_response_hours": 0.25, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True, "ld_rate_per_day_pct": 0.08,
              "liability_cap_pct": 150, "prepayment_pct": 10, "acceptance_clause": True, "final_payment_on_acceptance": True,
              "warranty_months": 18, "post_warranty_fee_pct": 26, "auto_renewal_price_increase": False,
              "termination_for_breach": True, "subcontract_without_consent": False, "governing_law": "PRC",
              "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
              "contract_value": 5966000},
    "expected": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "risk": "high",
    "figures": ["5,966,000", "4,924,000", "10%", "596,600", "2,088,100", "2,684,700", "十八个月", "26%", "1,280,240", "15分钟内",
                "5,000元", "万分之八", "150%", "书面同意", "适用中华人民共和国法律"],
}

# ================================================================ h286z03 驾校连锁 培训及约车 SaaS + 实施 (md; SLA-AVAILABILITY, SUBCONTRACT, LD-LOW)
SOURCES["h286z03"] = """T:驾培管理及约车平台SaaS订阅与实施服务合同
P:合同编号：PCJP-IT-2025-021
P:甲方：鹏程驾驶培训集团有限公司（下辖十二个校区，统一社会信用代码见附件）
P:乙方：杭州驾云信息技术有限公司
P:甲方拟统一旗下十二个校区的招生报名、学员档案、教练排班、训练约车、计时培训和财务结算管理，乙方提供“驾云”驾培管理SaaS平台及配套实施服务。双方本着平等自愿原则，订立本合同。
H:第一章 服务内容
P:第一条 订阅服务。乙方向甲方十二个校区开通驾云平台标准版及约车模块，包括学员报名与档案、教练及车辆排班、学员小程序约车、计时培训终端对接、考试预约信息同步、收费与退费管理、经营报表。每个校区账号数不限。
P:第二条 实施服务。乙方负责：（一）历史学员数据（约四万八千条）清洗迁移；（二）十二个校区约车规则、班型、价格体系配置；（三）与甲方现有计时培训终端及属地驾培监管服务平台对接；（四）甲方定制的集团经营驾驶舱开发；（五）面向校区管理员、教练和前台人员的培训，按校区分批进行，每批不少于一天；（六）上线后首月的运营陪跑，协助各校区处理约车规则调整和报表核对。
P:第三条 服务期。订阅服务期为三年，自上线验收合格之日起算。期满前60日双方协商续订事宜，本合同不自动续期。
H:第二章 费用与支付
P:第四条 合同总额为人民币1,580,000元，构成如下：
TB:项目|计费方式|金额（元）
TB:平台订阅费|12个校区×38,600元/校区·年×3年|1,389,600
TB:实施费（迁移、配置、对接、驾驶舱开发）|一次性|168,000
TB:培训费|一次性|22,400
TB:合计||1,580,000
P:第五条 支付。本合同不设预付款。实施费和培训费合计190,400元，在上线验收合格后15个工作日内支付；订阅费按季度后付，每季度115,800元，于每季度结束后15个工作日内凭发票支付。
P:第六条 服务期内订阅单价不作调整。乙方开具的发票应为增值税专用发票，发票抬头为甲方，各校区费用可按甲方要求分别列示。甲方增设校区的，按同一单价按月折算增加费用。
H:第三章 实施与验收
P:第七条 乙方应于合同签订后75日内完成全部实施工作并申请上线验收。
P:第八条 上线验收标准：（一）迁移数据抽样核对一致率不低于99.8%，学员余额和课时全部逐一核对无误；（二）约车、取消、候补、计时签到签退、退费等流程按测试用例全部通过；（三）2,000名学员并发约车时页面响应不超过3秒；（四）属地监管服务平台对接测试通过并取得对接确认；（五）驾驶舱指标与财务口径核对一致。
P:第九条 甲方在收到验收申请后10个工作日内组织验收并出具书面意见。平台试用或部分校区先行使用不视为验收合格。
H:第四章 服务水平
P:第十条 平台月度可用率不低于99.5%（计划内维护除外，计划内维护应安排在22:00至次日6:00并提前3日通知）。
P:第十一条 故障分级及响应：一级故障（平台无法登录或约车、计时功能中断）30分钟内响应，3小时内恢复；二级故障（部分功能或单个校区异常）1小时内响应，8小时内解决；三级故障（咨询或一般缺陷）次一工作日内答复。
P:第十二条 服务补偿：月度可用率低于约定值但不低于99%的，扣减当月订阅费的5%；低于99%的，扣减当月订阅费的10%；一级故障每超时1小时扣减800元。补偿从下一季度订阅费中抵扣。
H:第五章 数据与保密
P:第十三条 学员身份信息、人脸照片、培训学时、约车记录和收费数据均属于甲方，乙方仅为提供本合同服务处理，不得用于其他目的，不得向第三方提供。
P:第十四条 乙方应将数据存储于中国境内的云资源，对身份证号码和人脸照片加密存储，落实网络安全等级保护第三级要求和最小权限访问，保留操作日志不少于六个月。发生数据泄露等安全事件的，乙方应在12小时内通知甲方，采取补救措施，并对因其过错造成的损失承担赔偿责任。
P:第十五条 服务期满或合同解除后30日内，乙方应按甲方要求导出全部数据并在交付后彻底删除，出具删除证明。服务期内乙方应每日对甲方数据进行备份，备份数据保存不少于三十日，并每半年进行一次恢复演练，将演练结果书面报告甲方。因乙方原因导致数据丢失的，乙方应负责恢复，无法恢复的应赔偿甲方由此产生的全部损失。
P:第十六条 双方对在履约中获悉的对方商业秘密和非公开信息负有保密义务，不得向第三方披露，本条在合同终止后三年内有效。
H:第六章 知识产权
P:第十七条 驾云平台及其标准功能的知识产权归乙方。为甲方定制开发的集团驾驶舱、报表和对接程序的知识产权归甲方，乙方应交付源代码，甲方可自行修改或交第三方维护。
H:第七章 分包
P:第十八条 乙方可将短信发送、在线支付通道接入以及部分现场培训工作委托第三方完成，但应提前10日书面通知甲方。乙方对受托方的行为承担责任。
H:第八章 违约责任
P:第十九条 乙方未按第七条期限完成实施并申请上线验收的，每逾期一日，按合同总额的万分之二向甲方支付违约金。
P:第二十条 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第九章 合同解除
P:第二十一条 一方严重违约，经对方书面催告后20日内仍未改正的，守约方有权解除本合同。连续三个月可用率低于约定值的，视为乙方严重违约。
H:第十章 双方其他权利义务
P:第二十二条 甲方应指定项目负责人，按实施计划提供历史数据、校区班型价格资料和监管平台对接所需的账号与证明材料，组织各校区人员参加培训并按期完成验收测试。甲方负责保管本方账号密码，因甲方人员泄露账号造成的损失由甲方承担。
P:第二十三条 乙方应指定项目经理，按周提交实施进度报告；服务期内每季度向甲方提交服务报告，列明可用率、故障处理、版本更新和安全事件情况。乙方应为甲方提供7×24小时服务热线，并在每个校区上线后的首两周安排人员远程值守。
P:第二十四条 乙方在服务期内对平台进行的功能升级，甲方免费享有。升级影响约车、计时等核心流程的，乙方应提前15日通知甲方并提供操作说明。监管政策调整导致需要修改计时对接规则的，乙方应在政策生效前完成调整，不另行收费。
P:第二十五条 因法律法规或监管部门要求，甲方需要调整服务范围的，双方应友好协商，以书面补充协议确定。
H:第十一章 不可抗力与通知
P:第二十六条 因不可抗力致使一方不能履行合同的，该方应及时通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任。第三方云服务商的一般故障不属于不可抗力。
P:第二十七条 本合同项下的通知应以书面形式送达双方在合同首页载明的地址或电子邮箱，一方变更联系方式应提前5个工作日书面通知对方。
H:第十二章 争议解决
P:第二十八条 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交济南仲裁委员会仲裁。
P:第二十九条 附件：一、服务功能清单；二、实施计划；三、上线验收测试用例；四、十二个校区名单及地址。附件与正文具有同等效力。
P:第三十条 本合同一式四份，双方各执二份，自双方盖章之日起生效。
P:甲方（盖章）：鹏程驾驶培训集团有限公司　　授权代表：＿＿＿＿
P:乙方（盖章）：杭州驾云信息技术有限公司　　授权代表：＿＿＿＿
"""
PLANS["h286z03"] = {
    "file": "h286z03_driving_school_chain_booking_saas_implementation.md", "fmt": "md", "language": "zh",
    "category": "cloud", "kind_note": "驾校连锁 (12 校区) 培训管理及约车 SaaS, 36 months + 实施 (迁移, 配置, 监管平台对接, 驾驶舱)",
    "total": 1580000, "items": [1389600, 168000, 22400],
    "payments": [(None, 190400)] + [(None, 115800)] * 12,
    "fee_base": None, "subtotal_items": None, "forum_mainland": True,
    "checks": {"subscription": 12 * 38600 * 3 == 1389600, "quarterly": 1389600 / 12 == 115800, "one-off": 168000 + 22400 == 190400},
    "terms": {"availability_pct": 99.5, "p1_response_hours": 0.5, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True, "ld_rate_per_day_pct": 0.02,
              "liability_cap_pct": None, "prepayment_pct": None, "acceptance_clause": True, "final_payment_on_acceptance": None,
              "warranty_months": None, "post_warranty_fee_pct": None, "auto_renewal_price_increase": False,
              "termination_for_breach": True, "subcontract_without_consent": True, "governing_law": "PRC",
              "contract_kind": "service"},
    "extra": {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1580000},
    "expected": ["CR-LD-LOW", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "risk": "medium",
    "figures": ["1,580,000", "1,389,600", "38,600", "190,400", "115,800", "不设预付款", "99.5%", "30分钟内响应", "万分之二",
                "提前10日书面通知", "不自动续期", "适用中华人民共和国法律"],
}

# ================================================================ h286z04 社保服务中心 服务大厅系统 年度运维 (txt; DATA-SECURITY, TERMINATION)
SOURCES["h286z04"] = """T:江城市社会保险服务中心服务大厅信息系统运行维护服务合同
P:项目名称：服务大厅信息系统运行维护服务（2025—2026年度）
P:采购方式：竞争性磋商　　项目编号：JCCG-2025-CS-0352
P:采购人（甲方）：江城市社会保险服务中心
P:成交供应商（乙方）：湖北楚信数码服务有限公司
P:根据江城市政府采购中心组织的竞争性磋商结果，甲乙双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》等规定，就甲方服务大厅及下属六个经办网点信息系统的运行维护服务订立本合同。磋商文件、乙方响应文件及成交通知书是本合同的组成部分。
P:一、服务范围与服务期
P:（一）服务对象：市本级服务大厅及六个经办网点的叫号排队系统、46台自助服务终端、窗口评价器、大厅信息发布屏、社保业务经办系统（前台受理模块）以及大厅内网络和安全设备。
P:（二）服务内容：驻场运维、日常巡检、故障处理、系统配置变更、小规模功能修改（全年累计不超过120人天）、设备维修协调、重大活动及参保缴费高峰期保障、运维文档编写。
P:（三）日常巡检：每个工作日开门前完成叫号系统、自助终端、评价器和信息发布屏的开机检查；每周对各网点设备运行状况巡检一次；每月对大厅网络、交换机和安全设备检查一次并形成巡检记录。
P:（四）高峰期保障：每年参保缴费集中期、养老金资格认证集中期及甲方通知的重大活动期间，乙方应增派不少于2名工程师现场保障，相应费用已包含在合同金额内。
P:（五）服务期：自2025年7月1日起至2026年6月30日止。服务期满后，甲方根据需要重新组织采购，本合同不自动延续。
P:二、合同金额
P:（一）合同总金额为人民币捌拾玖万贰仟元整（¥892,000），包含人员、交通、工具、备品备件（单件价值2,000元以下）、税费等全部费用。分项如下：
TB:服务项目|金额（元）
TB:驻场运维服务（3名工程师）|486,000
TB:叫号排队系统、自助终端及窗口评价器维护|128,800
TB:业务经办系统前台模块应用运维及小修改|214,000
TB:网络及安全设备巡检维护|63,200
TB:合计|892,000
P:（二）单件价值2,000元以上的备件，由乙方报价、经甲方确认后另行采购。
P:三、支付方式
P:（一）服务费按季度支付，每季度223,000元。每季度结束后，甲方依据考核结果在10个工作日内支付，本合同不设预付款。
P:（二）季度考核扣款从当季服务费中直接扣除。乙方应在请款时提交季度服务报告和合法发票。
P:四、人员要求
P:（一）乙方派驻3名工程师，其中至少1名具备数据库管理经验、1名具备网络安全相关资质，工作时间与大厅办公时间一致，参保缴费高峰期及周末延时服务时应安排值守。
P:（二）驻场人员须经甲方审核同意后方可上岗，乙方更换驻场人员应提前10个工作日征得甲方同意，并做好工作交接。驻场人员应遵守甲方考勤和工作纪律，统一着装，文明服务。
P:五、服务水平与考核
P:（一）故障分级：一级故障指服务大厅业务全面中断或超过半数窗口无法受理业务；二级故障指单个网点中断或叫号、自助终端大面积故障；三级故障指单台设备或个别功能异常。
P:（二）一级故障须在15分钟内响应，1小时内到场，2小时内恢复业务；二级故障30分钟内响应，6小时内解决；三级故障在1个工作日内解决。
P:（三）乙方每月提交运维月报，每季度提交服务报告，记录故障处理、巡检、变更和修改情况。
P:（四）考核扣款：一级故障未按时恢复的，每次扣款2,000元；二级故障未按时解决的，每次扣款800元；巡检漏项、月报逾期每项扣款300元；群众因系统问题投诉经核实的，每件扣款500元。
P:（五）季度考核由甲方组织，依据附件考核细则评分，考核结果经双方签字确认后作为付款依据；服务期满时甲方进行年度验收，验收标准为：四个季度考核平均得分不低于85分，未发生因乙方原因导致的一级故障超时，运维文档和设备台账完整，小规模修改均已上线并经业务科室确认。验收合格的，甲方出具书面验收意见；不合格的，乙方应在15日内整改。
P:六、业务数据
P:（一）社保业务经办系统及各设备中的参保人员信息、业务数据、影像资料和日志均归甲方所有，乙方仅为履行本合同之目的接触和使用，不得用于其他用途。
P:七、保密
P:（一）乙方及其驻场人员对在服务中知悉的参保人员个人信息、业务数据、系统账号和甲方内部资料负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方驻场人员应签署保密承诺书。
P:（二）保密义务不因本合同终止而解除。乙方驻场人员离岗时，应办理书面工作交接，并向甲方交回工作证件和办公用品。
P:八、知识产权
P:（一）乙方在服务期内完成的小规模功能修改代码、配置脚本和运维文档，知识产权归甲方所有，乙方应在修改上线时一并移交。
P:（二）乙方保证其提供的服务及工具软件不侵犯第三方合法权益，因侵权引起的纠纷由乙方负责处理并承担费用。
P:（三）每项小规模修改须经甲方业务科室提出需求、信息科审批后实施，修改完成后由需求科室测试确认方可上线。
P:九、违约责任
P:（一）乙方未按约定时间进场提供服务的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
P:（二）乙方驻场人员数量不足或未经同意更换人员的，每人每日扣款600元。
P:（三）乙方违反第七条约定的，应承担相应法律责任并赔偿甲方损失。
P:（四）甲方无故逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
P:十、合同的变更与解除
P:（一）合同履行期间，双方均不得擅自变更或解除合同。一方违约的，应按本合同第九条承担违约责任并继续履行；因政策调整确需变更服务内容的，双方协商签订补充协议。
P:（二）服务期满时的交接：乙方应建立设备台账和运维知识库，服务期满前15日向甲方或甲方指定的后续服务单位完成工作交接，移交设备台账、系统配置清单、运维文档和未结问题清单，并配合后续单位熟悉系统不少于10个工作日。
P:十一、甲方义务
P:（一）甲方应为驻场人员提供必要的办公场所、网络接入和工作条件，及时提供系统账号授权，指定专人负责联络、考核和验收工作。
P:（二）甲方对乙方提交的修改需求评估、变更方案应在5个工作日内予以答复；甲方未及时答复影响服务的，乙方不承担相应责任。
P:十二、转包与分包
P:（一）乙方不得将本合同服务转包或分包给第三方。
P:十三、不可抗力
P:（一）因自然灾害、公共卫生事件等不可抗力导致服务中断的，受影响方应立即通知对方并尽力减少损失，在不可抗力影响范围内免除责任。
P:十四、争议解决
P:（一）本合同适用中华人民共和国法律。履行中发生争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
P:十五、其他
P:（一）本合同未尽事宜，按磋商文件及政府采购有关规定执行。本合同一式五份，甲方三份，乙方一份，同级财政部门备案一份，自双方签字盖章之日起生效。
P:（二）附件：服务内容清单、设备清单、考核细则、驻场人员名单。
P:甲方（盖章）：江城市社会保险服务中心　　经办人：＿＿＿＿　　签订日期：＿＿＿＿
P:乙方（盖章）：湖北楚信数码服务有限公司　　授权代表：＿＿＿＿　　签订日期：＿＿＿＿
"""
PLANS["h286z04"] = {
    "file": "h286z04_social_insurance_service_hall_annual_om.txt", "fmt": "txt", "language": "zh",
    "category": "services", "kind_note": "社会保险服务中心 服务大厅 (叫号, 46 自助终端, 评价器, 经办系统前台, 网络) annual O&M, 政府采购 竞争性磋商",
    "total": 892000, "items": [486000, 128800, 214000, 63200],
    "payments": [(25, 223000)] * 4,
    "fee_base": None, "subtotal_items": None, "forum_mainland": True,
    "terms": {"availability_pct": None, "p1_response_hours": 0.25, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": False, "buyer_owns_data": True, "confidentiality": True, "ld_rate_per_day_pct": 0.1,
              "liability_cap_pct": None, "prepayment_pct": None, "acceptance_clause": True, "final_payment_on_acceptance": None,
              "warranty_months": None, "post_warranty_fee_pct": None, "auto_renewal_price_increase": False,
              "termination_for_breach": False, "subcontract_without_consent": False, "governing_law": "PRC",
              "contract_kind": "service"},
    "extra": {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 892000},
    "expected": ["CR-DATA-SECURITY", "CR-TERMINATION"], "risk": "high",
    "figures": ["892,000", "223,000", "不设预付款", "15分钟内响应", "2,000元", "千分之一", "不得擅自变更或解除合同", "不得将本合同服务转包或分包",
                "适用中华人民共和国法律"],
}

# ================================================================ h286z05 鸭脖企业 WMS 许可 + 定制开发, 乙方模板 (md; about ten findings)
SOURCES["h286z05"] = """T:仓智WMS仓储管理软件许可及实施合同（乙方标准文本 V4.0）
P:合同编号：CZ-WMS-2025-138
P:甲方（被许可方）：汉味鸭颈王食品股份有限公司
P:乙方（许可方）：武汉仓智软件有限公司
P:说明：本合同为乙方标准合同文本，适用于仓智WMS的软件许可、定制开发及实施。双方就第2条所列项目确认如下条款。
H:第1条 定义
P:1.1 “标准软件”指乙方享有著作权的仓智WMS仓储管理系统V6及RF手持终端接入组件。
P:1.2 “定制开发”指乙方根据甲方需求在标准软件基础上开发的功能模块、接口程序及报表。
P:1.3 “上线”指系统在甲方任一仓库投入实际仓储作业。
P:1.4 “免费维护期”指乙方免费提供远程维护服务的期间；“维保服务”指免费维护期满后甲方另行付费获得的维护和升级服务。
H:第2条 项目内容与价格
P:2.1 乙方向甲方提供标准软件的永久使用许可（武汉中心仓、长沙仓、郑州仓三个仓库，80个并发用户），并完成冷链批次追溯、效期先进先出、鲜品临期预警等定制开发，以及与甲方用友ERP、TMS运输系统和电子秤的接口对接。
P:2.2 合同总价为人民币1,176,000元，明细如下：
TB:项目|数量|金额（元）
TB:仓智WMS标准软件许可（永久，三仓，80用户）|1套|560,000
TB:RF手持终端接入许可|60个×1,800元|108,000
TB:软件许可小计||668,000
TB:定制开发（冷链批次追溯、效期先出、临期预警、ERP/TMS/电子秤接口）|1项|412,000
TB:实施及上线支持|1项|96,000
TB:合计||1,176,000
P:2.3 上述价格不含硬件、数据库及操作系统费用，该等软硬件由甲方自行采购并满足乙方提出的配置要求。
P:2.4 乙方在收到每期款项后开具增值税专用发票。合同价格已包含乙方人员在武汉市内的交通费用，长沙仓、郑州仓现场服务的差旅费由甲方另行承担。
H:第3条 付款
P:3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即646,800元，乙方收到款项后启动项目。
P:3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即411,600元。
P:3.3 系统上线满三个月后5个工作日内，甲方支付剩余10%，即117,600元。
P:3.4 甲方逾期付款的，乙方有权暂停实施和服务，由此导致的工期顺延由甲方负责，并按逾期金额每日千分之一收取滞纳金。
H:第4条 实施
P:4.1 乙方应在收到首期款后90日内完成武汉中心仓上线，其余两仓在其后60日内上线。
P:4.2 甲方应按乙方要求提供仓库布局、库位编码、商品主数据、期初库存及接口文档，并配备项目对接人员。因甲方资料延迟或需求变更导致的延误，工期相应顺延。
P:4.3 需求确认书经甲方签字后，甲方提出的新增或变更需求按乙方人天单价（2,800元/人天）另行计费。
P:4.4 乙方为甲方关键用户提供系统管理和业务操作培训各一期，每期不超过三天，地点在武汉中心仓；其他仓库人员的培训由甲方关键用户自行组织，乙方提供培训资料。
P:4.5 数据初始化由甲方负责，乙方提供导入模板和技术指导。因甲方提供的主数据或期初库存不准确造成的作业差错，乙方不承担责任。
H:第5条 验收
P:5.1 系统上线后，乙方向甲方提交上线确认单。甲方应在5个工作日内签署；甲方逾期未签署，或系统上线试运行满15日甲方未书面提出重大问题的，视为验收合格。
P:5.2 甲方开始使用系统进行收货、拣选或发货作业的，即视为甲方已验收合格。
H:第6条 免费维护与维保
P:6.1 免费维护期为六个月，自武汉中心仓上线之日起算。免费维护期内乙方提供远程故障处理和缺陷修复，现场服务按差旅实报实销。
P:6.2 故障响应：紧急故障（仓库无法作业）乙方在接到报修后8小时内响应；一般故障在2个工作日内响应。乙方将尽力在合理时间内解决问题，但不就响应或解决时间承担扣款、赔偿或违约责任。
P:6.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订维保协议，年度维保费按乙方当年度公布的服务价格标准执行。
P:6.4 免费维护期内乙方提供标准软件的小版本升级；大版本升级、因甲方业务变化产生的功能调整以及甲方自行修改配置引起的问题处理，均另行收费。
P:6.5 乙方提供的维护以远程方式为主，甲方应为乙方开通必要的远程访问通道。
H:第7条 知识产权
P:7.1 标准软件的著作权及相关知识产权归乙方所有。
P:7.2 乙方为甲方完成的定制开发成果（包括源代码、接口程序、报表模板和技术文档），知识产权均归乙方所有。甲方在许可范围内享有非独占、不可转让的使用权，未经乙方书面同意，不得修改、反编译或交由第三方维护。
H:第8条 数据
P:8.1 甲方录入或系统产生的业务数据归甲方所有。乙方应采取合理的技术和管理措施保护甲方数据安全，对远程运维账号实行专人管理；发生数据泄露的，乙方应在发现后及时通知甲方并协助处置，因乙方过错造成损失的，乙方依本合同第10条承担责任。
P:8.2 甲方同意乙方可对系统运行中产生的仓储作业数据进行脱敏处理后，用于乙方产品优化、算法训练和发布行业分析报告，该等脱敏数据及分析成果归乙方所有。
P:8.3 合同终止后，甲方在付清全部款项的前提下可要求乙方协助导出业务数据，导出服务按第4.3条人天单价计费。
H:第9条 保密
P:9.1 双方对在合作中知悉的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露，但第8.2条约定的使用除外。保密义务在合同终止后两年内有效。
H:第10条 违约责任
P:10.1 因乙方原因导致武汉中心仓上线延期的，每逾期一日，乙方按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的25%，且乙方不承担甲方的利润损失、商誉损失、货物损耗及其他间接损失。
P:10.3 甲方违反第7.2条擅自修改或交第三方维护定制开发成果的，乙方有权终止许可并要求甲方赔偿。
H:第11条 合同解除
P:11.1 任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。合同解除时，甲方应支付乙方已完成工作的费用。
P:11.2 合同解除后，甲方应停止使用尚未付清款项部分对应的软件，乙方已收取的首期款项不予退还，但乙方严重违约导致解除的除外。
H:第12条 不可抗力
P:12.1 因不可抗力、政策变化、第三方软硬件缺陷或网络故障导致合同不能履行的，乙方不承担责任。
H:第13条 争议解决
P:13.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:第14条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同条款与附件不一致的，以本合同为准。
P:14.2 本合同附件包括：需求确认书、实施计划、上线确认单格式、服务器配置要求。乙方的报价单、宣传资料不构成本合同内容。
P:14.3 双方往来通知以合同首页载明的联系人电子邮件发送，发送即视为送达。
P:甲方（盖章）：汉味鸭颈王食品股份有限公司　　代表签字：＿＿＿＿　　日期：＿＿＿＿
P:乙方（盖章）：武汉仓智软件有限公司　　代表签字：＿＿＿＿　　日期：＿＿＿＿
"""
PLANS["h286z05"] = {
    "file": "h286z05_duck_neck_maker_wms_licence_supplier_template.md", "fmt": "md", "language": "zh",
    "category": "software", "kind_note": "鸭脖企业 WMS 永久许可 (3 warehouses, 80 users, 60 RF) + 冷链批次追溯 custom development + ERP/TMS interfaces, supplier's own template",
    "total": 1176000, "items": [560000, 108000, 412000, 96000],
    "payments": [(55, 646800), (35, 411600), (10, 117600)],
    "fee_base": 668000, "subtotal_items": [560000, 108000], "forum_mainland": True,
    "checks": {"RF": 60 * 1800 == 108000},
    "terms": {"availability_pct": None, "p1_response_hours": 8, "sla_remedy": False, "ip_owner": "supplier",
              "data_security_clause": True, "buyer_owns_data": False, "confidentiality": True, "ld_rate_per_day_pct": 0.03,
              "liability_cap_pct": 25, "prepayment_pct": 55, "acceptance_clause": False, "final_payment_on_acceptance": False,
              "warranty_months": 6, "post_warranty_fee_pct": None, "auto_renewal_price_increase": False,
              "termination_for_breach": True, "subcontract_without_consent": None, "governing_law": None,
              "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": False, "acceptance_deemed_on_delivery": True,
              "contract_value": 1176000},
    "expected": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], "risk": "high",
    "figures": ["1,176,000", "668,000", "55%", "646,800", "411,600", "117,600", "视为验收合格", "六个月", "8小时内响应",
                "不就响应或解决时间承担扣款", "当年度公布的服务价格标准", "知识产权均归乙方所有", "脱敏", "万分之三", "25%"],
}

# ================================================================ h286e01 stone carving CAD/CAM perpetual licences (pdf; GOVERNING-LAW only)
SOURCES["h286e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LS-CN-2025-044
P:This Agreement is made between Lorestone Software S.r.l., a company incorporated in Italy with its registered seat on the Isola Loreto, Lake Iseo, Italy ("Lorestone"), and Quanzhou Hui'an Shiyi Stone Carving Co., Ltd., a company incorporated in the People's Republic of China with its registered address in Hui'an County, Quanzhou, Fujian Province (the "Customer").
P:Background. The Customer designs and produces carved granite and marble work, including temple columns, balustrades, memorial sculpture and architectural ornament, on CNC bridge saws and five-axis routers. The Customer wishes to replace its current design and toolpath software with Lorestone's StoneCAM suite, and Lorestone has agreed to licence the suite, write post-processors for the Customer's machines, install and calibrate the software and train the Customer's staff on the terms below. At the Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Licensed Software" means the StoneCAM Designer and StoneCAM 5X modules listed in Clause 2, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the post-processors, tool libraries, machining templates and any other material that Lorestone prepares specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Clause 5.3 that the acceptance tests have been passed.
P:1.4 "Severity 1 Fault" means a fault in the Licensed Software or a Custom Deliverable that stops production on one or more of the Customer's machines.
H:2. Scope and Price
P:2.1 Lorestone grants the Customer a perpetual, non-exclusive licence to install and use the Licensed Software for the number of seats stated below at the Customer's premises in Hui'an, and on laptops used by the Customer's designers when visiting clients. The licence may be transferred to an affiliate of the Customer on written notice.
P:2.2 The Contract Price is CNY 920,000, fixed and inclusive of VAT, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:StoneCAM Designer perpetual licence|6 seats|58,000|348,000
TB:StoneCAM 5X five-axis CAM perpetual licence|4 seats|86,000|344,000
TB:Licence subtotal|||692,000
TB:Custom post-processors (bridge saws and five-axis routers)|3 machines|42,000|126,000
TB:Installation, configuration and machine calibration|1 lot|64,000|64,000
TB:On-site training (8 days)|1 lot|38,000|38,000
TB:Total|||920,000
P:2.3 No other charge is payable for the scope above. Travel and accommodation of Lorestone's engineers are included in the Contract Price.
H:3. Payment
P:3.1 20% of the Contract Price (CNY 184,000) within 20 days after signature, against Lorestone's invoice and a bank guarantee for the same amount issued by a bank acceptable to the Customer.
P:3.2 45% of the Contract Price (CNY 414,000) within 30 days after the Installation Certificate under Clause 4.4.
P:3.3 35% of the Contract Price (CNY 322,000) within 30 days after Final Acceptance.
P:3.4 Payments are made by bank transfer in CNY to the account named in Lorestone's invoice. Lorestone bears its own bank charges and any taxes levied on it outside China.
H:4. Delivery and Installation
P:4.1 Lorestone shall deliver the Licensed Software and licence keys within 20 days after signature, and shall complete installation, the post-processors and calibration within 75 days after signature.
P:4.2 The Customer shall provide the workstations, network access and machine time reasonably needed, and the technical data of its machines (controller model, axis limits, tool holders and spindle data).
P:4.3 Calibration includes machining a set of test pieces on each of the three machines: a straight cut, a contour profile, a relief panel and a five-axis undercut.
P:4.4 When installation and calibration are complete, the parties sign an Installation Certificate. The Installation Certificate records completion of the work only; it is not acceptance of the Licensed Software or of the Custom Deliverables.
H:5. Acceptance
P:5.1 Acceptance tests start within 10 days after the Installation Certificate and are carried out on the Customer's own designs, chosen by the Customer.
P:5.2 The tests are passed when: (a) every function listed in Annex A works as described; (b) each post-processor produces code that runs on its machine without manual editing for 20 consecutive production jobs; (c) test pieces are within 0.2 mm of the design model at every measured point; (d) a relief panel of 600 x 900 mm is computed in less than 25 minutes on the Customer's standard workstation; and (e) no Severity 1 Fault occurs during a 30-day production run.
P:5.3 When the tests are passed, the Customer issues Final Acceptance in writing within 7 days. If a test fails, Lorestone shall correct the fault at its cost and the test is repeated. Installation, use in production or any payment does not mean that the Customer has accepted the Licensed Software.
H:6. Warranty and Support
P:6.1 Lorestone warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their documentation and Annex A for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Lorestone corrects faults free of charge and supplies all new versions of the Licensed Software.
P:6.2 Lorestone shall respond to a Severity 1 Fault within 2 hours of the Customer's report, by telephone or remote session from its support desk, which serves Chinese customers from 8:00 to 20:00 Beijing time on working days, and shall provide a fix or a workaround within 24 hours. Other faults are answered on the next working day.
P:6.3 For each full hour by which Lorestone exceeds the Severity 1 response time, Lorestone shall credit the Customer CNY 800, deducted from the next payment due or, after the last payment, paid on demand.
P:6.4 After the Warranty Period, the Customer may order annual support, covering updates, new versions and the support under Clauses 6.2 and 6.3, for 11% of the Licence subtotal per year (CNY 76,120). This fee is fixed for the first three years after the Warranty Period and may then be changed only by written agreement. Support is ordered each year by purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Licensed Software remains the property of Lorestone and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. Lorestone shall deliver them with their source files and may not supply them to any other customer. The Customer may use, modify and license the Custom Deliverables freely, including to a future software supplier.
P:7.3 Lorestone shall defend the Customer against any claim that the Licensed Software infringes a third party's rights and shall pay any resulting damages and costs.
H:8. Customer Data and Security
P:8.1 The Customer's designs, three-dimensional scans, client drawings, cutting parameters and production records ("Customer Data") belong to the Customer. Lorestone may use Customer Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:8.2 Remote support sessions are opened by the Customer for each occasion and are recorded. Lorestone shall use encrypted connections, shall not transfer Customer Data out of the Customer's systems without the Customer's written permission in each case, and shall delete any copy it receives once the support case is closed.
P:8.3 Lorestone shall report any security incident affecting Customer Data to the Customer within 24 hours, take all reasonable steps to contain it and compensate the Customer for loss caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including the Customer's designs and client lists and Lorestone's pricing, and shall use it only for this Agreement. This obligation survives termination for three years.
H:10. Delay and Liability
P:10.1 If Lorestone fails to complete installation and calibration by the date in Clause 4.1 for reasons not attributable to the Customer, Lorestone shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Lorestone's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to Clauses 7.3 and 8, to death or personal injury, or to wilful misconduct.
P:10.3 Neither party is liable for the other's loss of profit, except under Clause 8.
H:11. Subcontracting
P:11.1 Lorestone shall not subcontract any part of the services without the Customer's prior written consent. Lorestone remains responsible for the work of any approved subcontractor as for its own.
H:12. Termination
P:12.1 The Customer may terminate this Agreement by written notice if Lorestone commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages in Clause 10.1 reach their maximum. Lorestone shall then refund the amounts paid for the parts not accepted.
P:12.2 Licences for which the Licensed Software has been accepted and paid survive termination.
H:13. Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the delay.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Italy, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language of the arbitration is English.
H:15. General
P:15.1 This Agreement, with Annex A (functional specification) and Annex B (machine data and test pieces), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:For Lorestone Software S.r.l.: ____________________ Name and title: ____________________
P:For Quanzhou Hui'an Shiyi Stone Carving Co., Ltd.: ____________________ Name and title: ____________________
"""
PLANS["h286e01"] = {
    "file": "h286e01_stone_carving_cadcam_perpetual_licences.pdf", "fmt": "pdf", "language": "en",
    "category": "software", "kind_note": "stone-carving workshop CAD/CAM perpetual licences (6 + 4 seats) + custom post-processors, installation, training; Italian vendor's paper",
    "total": 920000, "items": [348000, 344000, 126000, 64000, 38000],
    "payments": [(20, 184000), (45, 414000), (35, 322000)],
    "fee_base": 692000, "subtotal_items": [348000, 344000], "forum_mainland": False,
    "checks": {"designer": 6 * 58000 == 348000, "5x": 4 * 86000 == 344000, "post": 3 * 42000 == 126000,
               "support 11 %": Decimal(692000) * 11 / 100 == 76120},
    "terms": {"availability_pct": None, "p1_response_hours": 2, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True, "ld_rate_per_day_pct": 0.1,
              "liability_cap_pct": 150, "prepayment_pct": 20, "acceptance_clause": True, "final_payment_on_acceptance": True,
              "warranty_months": 18, "post_warranty_fee_pct": 11, "auto_renewal_price_increase": False,
              "termination_for_breach": True, "subcontract_without_consent": False, "governing_law": "Italy",
              "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
              "contract_value": 920000},
    "expected": ["CR-GOVERNING-LAW"], "risk": "low",
    "figures": ["CNY 920,000", "692,000", "184,000", "414,000", "322,000", "18 months", "within 2 hours", "CNY 800", "11%",
                "76,120", "0.1%", "150%", "prior written consent", "laws of Italy", "Milan"],
}

# ================================================================ h286e02 dive centre booking SaaS, Order Form + General Terms (txt; SLA-MISSING, SLA-RESPONSE, LIABILITY-CAP)
SOURCES["h286e02"] = """T:ORDER FORM No. DD-2025-0716 - DiveDesk Subscription
P:Vendor: Carrec Plongée Logiciels SAS, a French simplified joint-stock company with its registered office on the Île Carrec, France ("Vendor").
P:Customer: Sanya Coral Bay Diving Service Co., Ltd., Haitang Bay, Sanya, Hainan Province, People's Republic of China ("Customer").
P:This Order Form is governed by the DiveDesk General Terms set out in Part 2 below. If the Order Form and the General Terms differ, the Order Form prevails. At the Customer's request all amounts are in Chinese yuan (CNY) and the Services are hosted in mainland China.
H:Part 1 - Order Details
P:A. Services ordered. DiveDesk online booking and dive-centre management platform, comprising: online booking and payment for fun dives, courses and snorkelling trips, in Chinese, English and Russian; diver records with certification, logged dives and medical questionnaires; a boat manifest module for the Customer's three boats; rental equipment tracking; instructor scheduling; a WeChat mini-program front end; and daily sales reports.
P:B. Subscription Term. 36 months from the Go-Live Date. The subscription does not renew automatically; any renewal requires a new Order Form signed by both parties.
P:C. Fees.
TB:Item|Basis|Monthly (CNY)|Total (CNY)
TB:DiveDesk platform subscription (2 sites, unlimited staff users)|36 months|6,800|244,800
TB:Boat manifest module (3 boats)|36 months|1,400|50,400
TB:Onboarding: configuration, data import, mini-program set-up|one time|-|36,000
TB:Total contract value|||331,200
P:D. Invoicing. Subscription fees (CNY 8,200 per month) are invoiced monthly in arrears and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. Nothing is payable before the Go-Live Date.
P:E. Onboarding. Vendor shall complete onboarding, including import of the Customer's diver records from its spreadsheets and its current booking tool, configuration of prices, boats and dive sites, and publication of the WeChat mini-program, by the target date of 15 October 2025.
P:F. Go-Live Acceptance. Before the Go-Live Date the Customer tests the Services against the agreed test list: (i) a complete booking and payment in each language; (ii) cancellation and refund; (iii) import reconciliation, with every diver record and open course balance matching the source data; (iv) printing a boat manifest with certification checks; and (v) the daily sales report agreeing with payment-channel statements for three consecutive days. The Go-Live Date is the date on which the Customer signs the Go-Live Acceptance note. Use of the Services during testing is not acceptance.
P:G. Late onboarding. If Go-Live Acceptance is not achieved by the target date for reasons attributable to Vendor, Vendor shall pay the Customer CNY 300 for each day of delay, up to CNY 18,000, by deduction from the onboarding fee.
P:H. Hosting. The Services are hosted with Alibaba Cloud in its Hainan region, which the Customer approves as Vendor's hosting provider.
P:I. Training. Onboarding includes two remote training sessions for the Customer's front-desk staff and one on-site session in Sanya for instructors and boat crew, in Chinese, together with short written guides for booking, manifests and refunds.
P:J. Contacts. Vendor account manager: Ms. Soizic Le Gall. Customer project lead: Mr. Chen Haoyu.
H:Part 2 - DiveDesk General Terms
H:1. The Services
P:1.1 Vendor shall provide the Services described in the Order Form with reasonable skill and care and in accordance with the product documentation published in the DiveDesk help centre.
P:1.2 Vendor may improve and update the Services from time to time, provided that an update does not materially reduce the functions ordered by the Customer.
P:1.3 The Customer shall keep its user passwords secure, ensure that its staff use the Services in accordance with the documentation, and is responsible for the accuracy of the prices, schedules and content it enters.
P:1.4 The Customer is responsible for its contracts with payment channels (WeChat Pay, Alipay and UnionPay). Vendor integrates these channels as part of onboarding and keeps the integrations working when a channel changes its interface.
P:1.5 Vendor shall provide the Customer with release notes for each update that changes how staff or divers use the Services, at least seven days before the update where the change is planned.
H:2. Availability and Support
P:2.1 Vendor will use commercially reasonable efforts to make the Services available at all times, except for planned maintenance, which Vendor will try to schedule outside the Customer's busiest hours.
P:2.2 Support is provided by e-mail and through the help centre during Vendor's business hours. Vendor will endeavour to answer support requests promptly and to resolve faults within a reasonable time, taking into account their impact on the Customer.
P:2.3 The Customer may request telephone assistance for urgent matters, which Vendor will provide when staff are available.
H:3. Fees and Payment
P:3.1 Fees are as stated in the Order Form and are fixed for the Subscription Term. Fees include all taxes; Vendor issues valid Chinese VAT invoices through its agent in Haikou.
P:3.2 Undisputed invoices not paid when due bear interest at the loan prime rate published by the National Interbank Funding Center. Vendor may suspend the Services if an undisputed invoice remains unpaid 45 days after written reminder.
H:4. Customer Data
P:4.1 "Customer Data" means all data entered into or generated by the Services for the Customer, including divers' names, contact details, passport numbers, certification records, medical questionnaires and payment records. Customer Data belongs to the Customer.
P:4.2 Vendor shall process Customer Data only to provide the Services to the Customer and in accordance with the Customer's instructions and the Personal Information Protection Law of the People's Republic of China. Vendor shall not sell, analyse or use Customer Data for any other purpose, and shall not transfer it out of mainland China.
P:4.3 Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, multi-factor authentication for Vendor staff and daily backups kept for 30 days.
P:4.4 Vendor shall notify the Customer of any personal information security incident affecting Customer Data within 48 hours after becoming aware of it, give the Customer the information it needs to inform divers and regulators, and bear the costs and losses caused by an incident resulting from Vendor's breach of this Clause 4.
P:4.5 On expiry or termination Vendor shall, at the Customer's choice, return Customer Data in CSV format and then delete it within 30 days, and confirm the deletion in writing.
P:4.6 Once in each year of the Subscription Term, on 20 days' notice, the Customer or an auditor appointed by it may review Vendor's security measures for the Services, including the hosting arrangements and access records for Customer Data.
H:5. Confidentiality
P:5.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall use it only to perform this Agreement. This obligation continues for three years after the end of the Subscription Term.
H:6. Intellectual Property
P:6.1 Vendor owns the Services and the DiveDesk software.
P:6.2 Configurations, price lists, course templates, texts and images prepared for the Customer, and the Customer's branded mini-program pages, belong to the Customer, who may use, modify and transfer them freely, including to another provider.
H:7. Subcontracting
P:7.1 Apart from the hosting provider named in the Order Form, Vendor shall not use subcontractors or sub-processors for the Services without the Customer's prior written consent. Vendor remains responsible for any subcontractor.
H:8. Liability
P:8.1 Each party's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid or payable by the Customer under the Order Form in the nine months immediately preceding the event giving rise to the claim.
P:8.2 The limit does not apply to the Customer's obligation to pay the fees, to death or personal injury caused by negligence, or to fraud.
P:8.3 Neither party is liable for indirect or consequential loss, including loss of bookings, profit or goodwill.
H:9. Term and Termination
P:9.1 This Agreement starts on signature of the Order Form and continues until the end of the Subscription Term.
P:9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice describing the breach.
P:9.3 If the Customer terminates under Clause 9.2, Vendor shall refund any fees paid for the period after termination.
H:10. Force Majeure
P:10.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including typhoons, floods, epidemics and general failures of public networks, provided it notifies the other party promptly.
H:11. Governing Law and Disputes
P:11.1 This Agreement is governed by the laws of the People's Republic of China.
P:11.2 Disputes shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou in accordance with its rules then in force. The arbitral award is final and binding on both parties.
H:12. General
P:12.1 Notices must be in writing and sent by e-mail to the contacts named in the Order Form, with a copy by courier for any notice of breach or termination.
P:12.2 Neither party may assign this Agreement without the other party's prior written consent.
P:12.3 This Agreement is written in English and Chinese; both versions have equal effect.
P:12.4 The Order Form and these General Terms are the entire agreement of the parties on their subject. Terms printed on purchase orders, invoices or web pages do not apply. Any change must be in writing and signed by both parties.
P:Signed for Carrec Plongée Logiciels SAS: ____________________ Date: __________
P:Signed for Sanya Coral Bay Diving Service Co., Ltd.: ____________________ Date: __________
"""
PLANS["h286e02"] = {
    "file": "h286e02_dive_centre_booking_saas_order_form.txt", "fmt": "txt", "language": "en",
    "category": "cloud", "kind_note": "dive-centre booking SaaS (DiveDesk), 36 months + onboarding, French vendor's Order Form + General Terms",
    "total": 331200, "items": [244800, 50400, 36000],
    "payments": [(None, 8200)] * 36 + [(None, 36000)],
    "fee_base": None, "subtotal_items": None, "forum_mainland": True,
    "checks": {"platform": 6800 * 36 == 244800, "manifest": 1400 * 36 == 50400},
    "terms": {"availability_pct": None, "p1_response_hours": None, "sla_remedy": False, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True,
              "ld_rate_per_day_pct": 300 / 331200 * 100, "liability_cap_pct": 9 / 36 * 100, "prepayment_pct": None,
              "acceptance_clause": True, "final_payment_on_acceptance": None, "warranty_months": None, "post_warranty_fee_pct": None,
              "auto_renewal_price_increase": False, "termination_for_breach": True, "subcontract_without_consent": False,
              "governing_law": "PRC", "contract_kind": "service"},
    "extra": {"sla_clause": False, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 331200},
    "expected": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "risk": "high",
    "figures": ["Île Carrec", "331,200", "8,200", "36 months", "commercially reasonable efforts", "CNY 300", "nine months", "prior written consent",
                "laws of the People's Republic of China", "Haikou"],
}

# ================================================================ h286e03 greenhouse climate sensors, buyer's paper (docx; compliant)
SOURCES["h286e03"] = """T:Purchase Contract for Greenhouse Climate and Root-Zone Sensor System
P:Contract No. YY-GH-2025-017
P:Buyer: Hebei Yuanye Greenhouse Agriculture Co., Ltd., Gu'an County, Langfang, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Frauenwörth Klimatechnik GmbH, a company registered in Germany with its seat on the Insel Frauenwörth, Chiemsee, Bavaria, acting in China through its representative office in Beijing (the "Supplier").
P:Recitals. The Buyer grows tomatoes in 14 glass greenhouse blocks with a total area of 36 hectares. It wishes to measure climate and root-zone conditions in every block, feed the readings into its existing climate computer and keep the data on its own server. After a comparison of three offers the Buyer selected the Supplier. This contract is on the Buyer's standard terms. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install and calibrate the sensors, gateways, weather stations and software listed in Annex 1, develop an interface to the Buyer's climate computer, train the Buyer's staff and provide warranty service as set out below.
P:1.2 All equipment shall be new, of the models stated in Annex 1, rated for greenhouse use at up to 95% relative humidity and 45 degrees Celsius, and certified for radio use in China.
P:1.3 The climate monitoring software is supplied under a perpetual licence for use at the Buyer's farm, with no limit on the number of users or sensors.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,290,000, inclusive of VAT, delivery to the farm, installation, calibration, the interface, training and warranty service. It is itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Climate sensor node (temperature, humidity, CO2, light)|240|2,150|516,000
TB:2|Root-zone sensor (substrate EC, pH, moisture)|160|1,380|220,800
TB:3|LoRaWAN gateway|8|9,600|76,800
TB:4|Outdoor weather station|2|38,500|77,000
TB:5|Climate monitoring software, perpetual licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,058,600
TB:6|Installation and calibration|1 lot|124,400|124,400
TB:7|Interface to the Buyer's climate computer (custom)|1 lot|86,000|86,000
TB:8|Training|1 lot|21,000|21,000
TB:|Total|||1,290,000
P:2.2 The Contract Price is fixed. Quantities may be changed by written agreement at the unit prices above.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 129,000) within 15 working days after signature, against the Supplier's advance-payment guarantee.
P:3.2 55% of the Contract Price (CNY 709,500) within 20 working days after the Installation Certificate. The Installation Certificate confirms that equipment has been installed; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 451,500) within 20 working days after the Final Acceptance Certificate.
P:3.4 Each payment is made against a valid VAT invoice.
P:3.5 Within 15 working days after signature the Supplier shall provide a performance guarantee of 5% of the Contract Price, issued by a bank in mainland China and valid until 30 days after the end of the warranty period. The Buyer may draw on it for any amount due from the Supplier under this contract that remains unpaid after written demand.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm within 60 days after signature and complete installation within 40 further days, working block by block so that production is not disturbed.
P:4.2 The Supplier's staff shall follow the Buyer's hygiene rules, including disinfection at block entrances and a ban on moving tools between blocks without cleaning, to prevent the spread of plant disease.
P:4.3 The Buyer shall provide power outlets at agreed points, mounting positions on the greenhouse structure, access to the blocks during working hours and a contact person for each block. The Buyer shall also provide the protocol documentation of its climate computer and arrange access to the climate computer's vendor where the interface requires it.
P:4.4 Before Final Acceptance the Supplier shall hand over the as-built block layout with the position and identifier of every sensor, user and administrator manuals in Chinese, the calibration records and a list of recommended spare parts with prices valid for three years.
P:4.5 If the Supplier fails to meet a date in Article 4.1 for reasons not caused by the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 After installation the Supplier calibrates every sensor against reference instruments supplied by an accredited laboratory and hands over the calibration records.
P:5.2 Final acceptance tests are run over 21 consecutive days. The system passes when: (a) climate nodes read within 0.5 degrees Celsius and 3% relative humidity of the reference instruments; (b) root-zone EC readings are within 5% of laboratory samples; (c) at least 98% of expected readings from every block arrive on the Buyer's server; (d) the interface passes readings to the climate computer within 60 seconds and no alarm is lost in the alarm tests; and (e) no Severity 1 fault occurs.
P:5.3 When the tests are passed, the Buyer signs the Final Acceptance Certificate within 5 working days. Installation, use of the system in production or any payment does not amount to acceptance. Failed tests are repeated after correction at the Supplier's cost.
H:Article 6 Warranty and Service
P:6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate. During this period the Supplier repairs or replaces defective equipment and corrects software faults free of charge, including parts, labour, travel and recalibration.
P:6.2 Severity 1 means loss of data from a whole greenhouse block or failure of the interface to the climate computer. The Supplier shall respond to a Severity 1 fault within 1 hour, restore service remotely or on site within 24 hours and keep spare gateways and sensors at its Beijing office for this purpose. Other faults are answered within one working day and fixed within three working days.
P:6.3 If the Supplier misses a Severity 1 response or restoration time, it shall pay CNY 600 for each hour of delay, deducted from the next payment or from the performance guarantee.
P:6.4 After the warranty period the Buyer may order annual support for 9% of the Hardware and Licence Subtotal per year (CNY 95,274). This fee is fixed for three years after the warranty period. Support is ordered by written order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The climate monitoring software remains the property of the Supplier and its licensors; the Buyer's licence is perpetual and irrevocable.
P:7.2 The interface to the climate computer, its source code, configuration files and documentation are owned by the Buyer from delivery. The Buyer may use, modify and license them freely, including to other suppliers.
H:Article 8 Data Security
P:8.1 All readings, alarms, crop records and configuration data ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this contract and shall not copy, analyse or disclose it for any other purpose.
P:8.2 Buyer Data is stored on the Buyer's server at the farm. Remote access by the Supplier is permitted only through the Buyer's VPN with a personal account, for a session approved by the Buyer, and is logged. The Supplier shall keep its tools free of malware and shall not store Buyer Data on its own systems.
P:8.3 The Supplier shall report any security incident involving Buyer Data or the Buyer's network within 24 hours, help the Buyer contain it, and compensate the Buyer for loss caused by the Supplier's breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public information it receives from the other party, including the Buyer's growing recipes, yields and layouts, and shall not disclose it to third parties without prior written consent. This Article survives termination for three years.
H:Article 10 Liability
P:10.1 Each party is liable for the loss it causes by breaching this contract. Liquidated damages under Article 4.5 do not limit the Buyer's right to claim further proven loss.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages in Article 4.5 reach their maximum.
P:12.2 On termination the Supplier shall return the amounts paid for equipment and services not accepted, and the Buyer may keep, at the contract prices, any equipment already installed.
H:Article 13 Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang.
H:Article 14 Miscellaneous
P:14.1 Annex 1 (equipment list and block layout) and Annex 2 (test procedure) form part of this contract.
P:14.2 This contract is signed in four originals in English and Chinese, two for each party, and takes effect on signature. If the versions differ, the Chinese version prevails.
P:Buyer: Hebei Yuanye Greenhouse Agriculture Co., Ltd. Authorised signatory: ______________ Date: ________
P:Supplier: Frauenwörth Klimatechnik GmbH. Authorised signatory: ______________ Date: ________
"""
PLANS["h286e03"] = {
    "file": "h286e03_greenhouse_tomato_farm_climate_sensors.docx", "fmt": "docx", "language": "en",
    "category": "hardware", "kind_note": "greenhouse tomato farm climate / root-zone sensors, LoRaWAN gateways, weather stations, software licence + custom interface; buyer's paper",
    "total": 1290000, "items": [516000, 220800, 76800, 77000, 168000, 124400, 86000, 21000],
    "payments": [(10, 129000), (55, 709500), (35, 451500)],
    "fee_base": 1058600, "subtotal_items": [516000, 220800, 76800, 77000, 168000], "forum_mainland": True,
    "checks": {"nodes": 240 * 2150 == 516000, "root": 160 * 1380 == 220800, "gw": 8 * 9600 == 76800, "ws": 2 * 38500 == 77000,
               "support 9 %": Decimal(1058600) * 9 / 100 == 95274},
    "terms": {"availability_pct": None, "p1_response_hours": 1, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True, "ld_rate_per_day_pct": 0.08,
              "liability_cap_pct": None, "prepayment_pct": 10, "acceptance_clause": True, "final_payment_on_acceptance": True,
              "warranty_months": 24, "post_warranty_fee_pct": 9, "auto_renewal_price_increase": False,
              "termination_for_breach": True, "subcontract_without_consent": False, "governing_law": "PRC",
              "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
              "contract_value": 1290000},
    "expected": [], "risk": "low",
    "figures": ["Insel Frauenwörth", "1,290,000", "1,058,600", "129,000", "709,500", "451,500", "0.08%", "24 months",
                "within 1 hour", "CNY 600", "9%", "95,274", "prior written consent", "laws of the People's Republic of China"],
}

# ================================================================ h286e04 managed backup and DR service (md; LD-MISSING, SLA-NO-REMEDY)
SOURCES["h286e04"] = """T:Managed Backup and Disaster Recovery Services Agreement
P:Reference: CC-FS-0825
P:Between Choraidh Continuity Ltd, a company registered in Scotland with its registered office on Eilean Choraidh, Loch Eriboll, Sutherland, Scotland ("Provider"), and Foshan Nanzhuang Ceramics Co., Ltd., Nanzhuang Town, Chancheng District, Foshan, Guangdong Province, People's Republic of China ("Customer").
P:Whereas the Customer manufactures glazed porcelain tiles on four kiln lines and depends on its ERP, manufacturing execution system (MES), kiln control historian and file servers; and whereas the Provider offers managed backup and disaster recovery services delivered from data centres in mainland China through its local delivery team in Guangzhou; the parties agree as follows. At the Customer's request all charges are in Chinese yuan (CNY).
H:1. Definitions and Interpretation
P:1.1 "Services" means the managed backup and disaster recovery services described in Schedule 1.
P:1.2 "Protected Systems" means the systems listed in Schedule 1, Part B, as updated by agreement.
P:1.3 "Service Acceptance" has the meaning given in Clause 4.3.
P:1.4 "Priority 1 Incident" means a failure of backup or recovery affecting a Tier 1 Protected System (ERP, MES or kiln historian), or a disaster declared by the Customer.
P:1.5 "Recovery Point Objective" (RPO) and "Recovery Time Objective" (RTO) have their usual meaning and the values set out in Schedule 2.
H:2. Term
P:2.1 This Agreement begins on signature and the Services run for an Initial Term of 36 months from Service Acceptance.
P:2.2 At the end of the Initial Term the Agreement ends unless the parties agree in writing to extend it. There is no automatic renewal.
H:3. Charges and Payment
P:3.1 The charges are:
TB:Charge|Basis|Amount (CNY)
TB:Onboarding (design, agent deployment, first full backups, first DR test)|one time|58,000
TB:Monthly Service Charge (backup of 46 servers, 38 TB protected, DR replica in Guangzhou)|42,500 x 36 months|1,530,000
TB:Total charges for the Initial Term||1,588,000
P:3.2 The onboarding charge is invoiced on Service Acceptance. The Monthly Service Charge is invoiced quarterly in arrears (CNY 127,500 per quarter). Invoices are payable within 30 days. No charge is payable in advance.
P:3.3 Protected data above 38 TB is charged at CNY 260 per additional terabyte per month, only after the Customer has approved the increase in writing.
P:3.4 The charges are fixed for the Initial Term.
H:4. Onboarding and Service Acceptance
P:4.1 Provider will carry out onboarding in accordance with the plan in Schedule 3 and will use reasonable endeavours to achieve Service Acceptance by the target date stated there (ten weeks after signature). Target dates are estimates; Provider has no liability for any delay in onboarding, and the Customer's remedy for serious delay is termination under Clause 12.
P:4.2 The Customer shall give Provider timely access to the Protected Systems, administrator accounts and network paths, and shall nominate an onboarding lead.
P:4.3 Service Acceptance is achieved when the following tests, witnessed by the Customer, have been passed and the Customer has signed the acceptance record: (a) a successful full backup of every Protected System; (b) a test restore of each Protected System, checked by the system owner; (c) a failover test of the Tier 1 Protected Systems to the DR replica meeting the RPO and RTO in Schedule 2; and (d) handover of the runbooks and the DR plan. Starting the backup jobs does not amount to Service Acceptance.
H:5. Service Levels
P:5.1 Provider shall aim to meet the service levels in Schedule 2, which include: a Recovery Point Objective of 15 minutes and a Recovery Time Objective of 6 hours for Tier 1 Protected Systems; daily backups of all other Protected Systems with a 24-hour RPO; response to a Priority 1 Incident within 30 minutes, 24 hours a day, every day of the year; and response to other incidents within 2 business hours.
P:5.2 Provider shall run a full disaster recovery test every six months with the Customer and report the results, including any failure to meet the RPO or RTO and the corrective actions.
P:5.3 The service levels are targets. If Provider fails to meet a service level, Provider shall investigate the cause and take corrective action at its own cost, but no service credits, fee reductions, refunds or damages are payable for a failure to meet a service level.
P:5.4 Provider shall report monthly on backup success rates, restore requests, incidents and capacity.
P:5.5 Each Priority 1 Incident is handled by a named incident manager, who keeps the Customer's IT manager informed by telephone and gives a written incident report within three business days after the incident is closed. The parties meet each quarter to review the monthly reports, open risks and planned changes to the Protected Systems.
P:5.6 Restore requests from the Customer for individual files, mailboxes or database tables are handled without charge and without limit on their number.
H:6. Customer Data
P:6.1 All data backed up or replicated under this Agreement ("Customer Data") belongs to the Customer. Provider may process Customer Data only to provide the Services and shall not access, copy or use it for any other purpose.
P:6.2 Customer Data is stored only in Provider's data centres in Guangzhou and Shenzhen, which are certified at MLPS level 3, and is never transferred outside mainland China.
P:6.3 Customer Data is encrypted in transit and at rest with keys held by the Customer. Access by Provider staff requires multi-factor authentication, is limited to named engineers, and is logged; logs are kept for the term and made available to the Customer on request.
P:6.4 Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate fully in the investigation and bear the losses caused by an incident resulting from its breach of this Clause 6.
P:6.5 On termination Provider shall, at the Customer's option, hand over the latest backups and then securely erase all Customer Data within 30 days, with a written certificate.
H:7. Confidentiality
P:7.1 Each party shall keep confidential all non-public information received from the other, including the Customer's production data, formulas and network design, and use it only for this Agreement. This obligation survives termination for three years.
H:8. Intellectual Property
P:8.1 Provider's software, tools and general know-how remain Provider's property.
P:8.2 The runbooks, DR plan, recovery scripts and documentation prepared for the Customer belong to the Customer, which may use, modify and share them with any successor provider.
H:9. Subcontracting
P:9.1 The data-centre facility operators named in Schedule 1 are approved on signature. Provider shall not use any other subcontractor for the Services without the Customer's prior written consent, and remains responsible for every subcontractor.
H:10. Liability
P:10.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term stated in Clause 3.1.
P:10.2 The limit does not apply to breach of Clause 6 or Clause 7, to death or personal injury, or to fraud or wilful misconduct.
P:10.3 Neither party is liable for loss of profit or other indirect loss, except as a result of breach of Clause 6.
H:11. Customer Responsibilities
P:11.1 The Customer shall keep the backup agents installed and running, inform Provider of planned changes to the Protected Systems at least five business days in advance, and take part in the disaster recovery tests.
P:11.2 The Customer is responsible for deciding which systems are protected and for declaring a disaster.
P:11.3 The Customer shall provide network bandwidth between its Nanzhuang site and the Guangzhou data centre of at least the level recommended in Schedule 3, and shall tell Provider promptly of any outage of that link.
H:12. Termination
P:12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after written notice. Repeated failure to meet the same service level in three consecutive months is a material breach.
P:12.2 The Customer may also terminate by written notice if Service Acceptance has not been achieved within eight weeks after the target date.
P:12.3 On termination Provider shall give exit assistance for up to 60 days, including transfer of backups to the Customer or its new provider, at the rates in Schedule 4.
H:13. Force Majeure
P:13.1 Neither party is liable for failure caused by events beyond its reasonable control. A disaster affecting the Customer's site is not force majeure for Provider, since recovery from it is the purpose of the Services.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be referred to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:15. General
P:15.1 Schedules 1 to 4 form part of this Agreement. Changes must be agreed in writing.
P:15.2 This Agreement is signed in English and Chinese; both texts are equally authentic.
P:15.3 Notices must be in writing and delivered by hand, courier or e-mail to the addresses in Schedule 1. A notice of breach or termination sent by e-mail must also be sent by courier.
P:15.4 Neither party may assign this Agreement without the other's prior written consent, which shall not be unreasonably withheld in the case of a group reorganisation.
P:15.5 This Agreement is the entire agreement of the parties on its subject and replaces all earlier proposals, including Provider's proposal of June 2025.
P:Schedule 1 - Services and Protected Systems. Schedule 2 - Service Levels. Schedule 3 - Onboarding Plan. Schedule 4 - Exit Rates.
P:For Choraidh Continuity Ltd: ____________________ Date: __________
P:For Foshan Nanzhuang Ceramics Co., Ltd.: ____________________ Date: __________
"""
PLANS["h286e04"] = {
    "file": "h286e04_ceramics_maker_managed_backup_dr_service.md", "fmt": "md", "language": "en",
    "category": "services", "kind_note": "managed backup + disaster recovery (46 servers, 38 TB, DR replica in Guangzhou), 36 months + onboarding; Scottish provider's paper",
    "total": 1588000, "items": [58000, 1530000],
    "payments": [(None, 58000)] + [(None, 127500)] * 12,
    "fee_base": None, "subtotal_items": None, "forum_mainland": True,
    "checks": {"msc": 42500 * 36 == 1530000, "quarter": 42500 * 3 == 127500},
    "terms": {"availability_pct": None, "p1_response_hours": 0.5, "sla_remedy": False, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True, "ld_rate_per_day_pct": None,
              "liability_cap_pct": 150, "prepayment_pct": None, "acceptance_clause": True, "final_payment_on_acceptance": None,
              "warranty_months": None, "post_warranty_fee_pct": None, "auto_renewal_price_increase": False,
              "termination_for_breach": True, "subcontract_without_consent": False, "governing_law": "PRC",
              "contract_kind": "service"},
    "extra": {"sla_clause": True, "ld_stated": False, "acceptance_deemed_on_delivery": False, "contract_value": 1588000},
    "expected": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"], "risk": "high",
    "figures": ["Eilean Choraidh", "1,588,000", "1,530,000", "58,000", "127,500", "No charge is payable in advance", "within 30 minutes",
                "no service credits", "no liability for any delay", "150%", "prior written consent", "laws of the People's Republic of China"],
}

# ================================================================ h286e05 address-verification API subscription (txt; AUTO-RENEWAL, DATA-OWNERSHIP, CONFIDENTIALITY)
SOURCES["h286e05"] = """T:ADDRESSCHECK API SUBSCRIPTION AGREEMENT
P:Agreement No. UG-CN-2025-112
P:Unije Geodata d.o.o., a limited liability company incorporated in Croatia with its registered seat on the island of Otok Unije, Croatia ("Unije Geodata"), and Hangzhou Xiling Youpin E-commerce Co., Ltd., Binjiang District, Hangzhou, Zhejiang Province, People's Republic of China (the "Client"), agree as follows.
P:Background: The Client sells Chinese tea, ceramics and household goods through its own cross-border web shop and through marketplaces to consumers in the European Union. Parcels returned because of wrong or incomplete addresses cost the Client money and reviews. Unije Geodata operates the AddressCheck API, which standardises, validates and geocodes postal addresses in the European Union, the United Kingdom, Norway and Switzerland. The Client wishes to call the API from its order system at checkout and before labels are printed. At the Client's request all fees are in Chinese yuan (CNY).
H:Section 1 - Service
P:1.1 Unije Geodata grants the Client, during the term, the right to call the AddressCheck API from the Client's order system, web shop and warehouse label system, and to store the standardised addresses returned with the Client's orders.
P:1.2 The subscription covers up to 3,000,000 successful lookups per contract year across the standardisation, validation and geocoding endpoints. Lookups above that volume are charged at CNY 0.06 per lookup, invoiced quarterly in arrears.
P:1.3 Unije Geodata updates its reference data at least monthly from postal operators and official address registers, and publishes the version of the reference data used in each API response.
P:1.4 Unije Geodata shall give the Client at least 90 days' notice before retiring an API version, and shall keep the retired version running for that period.
P:1.5 Unije Geodata provides a usage dashboard showing lookups per day, per endpoint and per country, and sends the Client a monthly usage report. When the Client's usage reaches 80% of the annual volume, Unije Geodata shall warn the Client by e-mail so that the Client can decide whether to limit calls or accept overage charges.
H:Section 2 - Integration Support and Acceptance
P:2.1 Unije Geodata shall provide an integration support package: sandbox and production credentials, a Chinese-language integration guide, mapping of the API fields to the Client's order system, and up to 15 days of remote engineering support.
P:2.2 Unije Geodata shall deliver sandbox credentials within 5 working days after signature and production credentials within 5 working days after the Client's request.
P:2.3 Integration acceptance: the Client runs a test set of 5,000 historical delivery addresses, including 600 addresses that were returned as undeliverable. The integration is accepted when (a) at least 97% of the valid addresses are confirmed and standardised, (b) at least 90% of the returned addresses are flagged with a correction or warning, (c) the median response time measured from the Client's Hangzhou servers is below 400 milliseconds, and (d) the Client's order system records the results correctly. The Client confirms acceptance in writing. Sandbox use does not amount to acceptance.
P:2.4 If the integration fails a test, Unije Geodata shall analyse the failed addresses with the Client, adjust the field mapping or the guide, and the test is repeated at no extra charge.
P:2.5 If production credentials or the corrected integration guide are not delivered by the dates in Clause 2.2 for reasons attributable to Unije Geodata, Unije Geodata shall pay CNY 400 for each day of delay, deducted from the next invoice.
H:Section 3 - Fees and Payment
P:3.1 The fees for the Initial Term are:
TB:Item|Basis|Amount (CNY)
TB:AddressCheck subscription (3,000,000 lookups per contract year)|CNY 186,000 per contract year x 2|372,000
TB:Integration support package|one time|18,000
TB:Total for the Initial Term||390,000
P:3.2 The subscription fee is invoiced quarterly in arrears, CNY 46,500 per quarter, starting with the quarter in which production credentials are issued. The integration support fee is invoiced after integration acceptance. No fee is payable in advance.
P:3.3 Invoices are payable within 30 days. The Client may withhold any amount it disputes in good faith while the parties resolve the dispute.
H:Section 4 - Term and Renewal
P:4.1 The Initial Term is 24 months from the date production credentials are issued.
P:4.2 This Agreement renews automatically for successive renewal terms of 24 months unless either party gives written notice of non-renewal at least 60 days before the end of the current term.
P:4.3 For each renewal term Unije Geodata may increase the subscription fee and the overage rate by up to 8% over the rates of the preceding term, by notice given at least 75 days before the renewal date. The increase applies automatically to the renewal term.
H:Section 5 - Service Levels
P:5.1 The production API shall be available at least 99.95% of each calendar month, measured at Unije Geodata's API gateway, excluding maintenance announced at least five days in advance and carried out between 01:00 and 04:00 Central European Time.
P:5.2 Priority 1 means the production API is unavailable or returns errors for more than 5% of calls. Unije Geodata shall respond to a Priority 1 report within 1 hour, 24 hours a day, and shall work continuously until service is restored. Priority 2 (degraded accuracy or response time) is answered within 8 hours.
P:5.3 If monthly availability falls below the level in Clause 5.1, the Client receives a service credit of 5% of the quarterly subscription fee for that month; if it falls below 99.5%, the credit is 10%. A late Priority 1 response gives a credit of CNY 1,000 per hour of delay. Credits are deducted from the next invoice.
H:Section 6 - Client Data
P:6.1 "Client Data" means the addresses, names and other order details sent by the Client to the API and the results returned to the Client. Client Data remains the property of the Client.
P:6.2 Unije Geodata processes Client Data to provide the API and keeps request logs with Client Data for no more than 30 days for troubleshooting.
P:6.3 In addition, Unije Geodata may retain address elements and validation outcomes derived from Client Data, in aggregated and de-identified form, and use them without time limit to correct and enrich its reference database and to improve the AddressCheck service for all of its customers.
H:Section 7 - Data Security
P:7.1 Unije Geodata shall maintain an information security management system certified to ISO/IEC 27001, encrypt all API traffic with TLS 1.2 or higher, encrypt logs at rest, restrict access to named staff with multi-factor authentication, and test the security of the API at least once in each contract year by an independent tester.
P:7.2 The parties shall sign the standard contract for the cross-border transfer of personal information required by the laws of the People's Republic of China before production use. Unije Geodata processes Client Data only in the European Union.
P:7.3 Unije Geodata shall notify the Client of any security incident affecting Client Data within 24 hours after becoming aware of it, provide the facts the Client needs for its own notifications, take immediate steps to contain the incident, and compensate the Client for losses caused by the incident to the extent it results from Unije Geodata's breach of this Section.
H:Section 8 - Intellectual Property
P:8.1 The API, the reference database and the documentation belong to Unije Geodata.
P:8.2 The Client's integration code, field mappings and business rules, including those written by Unije Geodata's engineers during integration support, belong to the Client, which may use and modify them freely.
H:Section 9 - Subcontracting
P:9.1 Unije Geodata hosts the API with the cloud provider named in Annex 2. It shall not engage any other subcontractor or sub-processor for the service without the Client's prior written consent.
H:Section 10 - Liability
P:10.1 Each party's total liability under this Agreement is limited to twice the total fees for the Initial Term stated in Clause 3.1. The limit does not apply to payment of fees, to breach of Section 7, or to fraud.
P:10.2 Neither party is liable for indirect loss or loss of profit.
H:Section 11 - Termination
P:11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. Monthly availability below 99.5% in any two months of a contract year is a material breach.
P:11.2 On termination Unije Geodata shall delete the request logs containing Client Data within 30 days and confirm the deletion in writing.
H:Section 12 - Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:Section 13 - General
P:13.1 Notices shall be given in writing by e-mail to the addresses in Annex 1 and confirmed by courier where they concern breach or termination.
P:13.2 Annex 1 (contacts), Annex 2 (hosting and technical description) and Annex 3 (test procedure) form part of this Agreement. Changes must be in writing and signed by both parties.
P:13.3 This Agreement is made in English and Chinese; the two versions have equal force.
P:13.4 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the whole of the relevant business.
P:For Unije Geodata d.o.o.: ____________________ Date: __________
P:For Hangzhou Xiling Youpin E-commerce Co., Ltd.: ____________________ Date: __________
"""
PLANS["h286e05"] = {
    "file": "h286e05_ecommerce_address_verification_api_subscription.txt", "fmt": "txt", "language": "en",
    "category": "cloud", "kind_note": "address-verification API subscription (3 M lookups per contract year), 24 months + integration support; Croatian vendor's paper",
    "total": 390000, "items": [372000, 18000],
    "payments": [(None, 46500)] * 8 + [(None, 18000)],
    "fee_base": None, "subtotal_items": None, "forum_mainland": True,
    "checks": {"subscription": 186000 * 2 == 372000, "quarter": 186000 / 4 == 46500},
    "terms": {"availability_pct": 99.95, "p1_response_hours": 1, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": False, "confidentiality": False,
              "ld_rate_per_day_pct": 400 / 390000 * 100, "liability_cap_pct": 200, "prepayment_pct": None,
              "acceptance_clause": True, "final_payment_on_acceptance": None, "warranty_months": None, "post_warranty_fee_pct": None,
              "auto_renewal_price_increase": True, "termination_for_breach": True, "subcontract_without_consent": False,
              "governing_law": "PRC", "contract_kind": "service"},
    "extra": {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 390000},
    "expected": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"], "risk": "medium",
    "figures": ["Otok Unije", "390,000", "372,000", "18,000", "46,500", "No fee is payable in advance", "renews automatically", "8%",
                "99.95%", "within 1 hour", "CNY 400", "de-identified", "twice the total fees", "prior written consent",
                "laws of the People's Republic of China"],
}


if __name__ == "__main__":
    main()
