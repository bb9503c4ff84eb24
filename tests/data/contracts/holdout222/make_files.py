"""holdout222 — ten blind ORDINARY draft contracts (5 zh, 5 en) and their hand labels.

Written only from /work/shared/spec/policy.md and API.md, the holdout18/19 NOTES and labels, and ../word_pdf.py.
Run with /work/main/.venv/bin/python from anywhere. The script:
  1. keeps the source text of every contract (the .txt / .md written as they are; .docx / .pdf built through
     ../word_pdf.py `write(..., wrap_words=True)`, the price table of each .docx a real Word table);
  2. asserts every price line, every total and every payment split;
  3. re-applies the policy §3/§4 rules to the hand labels and asserts the result equals the planned findings;
  4. writes the .json labels (holdout18/19 layout: key order, one-space indent, no trailing newline);
  5. reads every built file back (python-docx paragraphs + tables, pypdf), checks the text length, checks that every
     labelled figure appears in the text, and fails if any threshold regex matches (the regexes are self-tested).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# Policy thresholds (policy.md §3 and §4) and the regexes that must NOT match any built file.
# ---------------------------------------------------------------------------------------------------------------
ND = r"(?<![\d.,])"                 # not preceded by a digit, a decimal point or a thousands comma
CN_D = "一二三四五六七八九十两零〇百千万点"   # Chinese numeral characters
NCB = r"(?<![%s])" % CN_D          # not preceded by a Chinese numeral
NCA = r"(?![%s\d])" % CN_D         # not followed by a Chinese numeral or a digit
PCT = r"\s*(?:%|％|per\s*cent|percent)"

THRESHOLD_PATTERNS = {
    # CR-SLA-AVAILABILITY 99.9 %
    "availability 99.9": [ND + r"99\.90*(?!\d)", r"百分之九十九点九" + NCA, r"ninety[- ]nine point nine(?! ?[a-z]*(?:one|two|three|four|five|six|seven|eight|nine))"],
    # CR-SLA-RESPONSE 4 hours
    "response 4 hours": [ND + r"4(?:\.0+)?\s*(?:个)?(?:工作)?小时", NCB + r"四\s*(?:个)?(?:工作)?小时",
                         r"(?<![\w.,-])(?:4|four)(?:\s*\(4\))?[\s-]*(?:business\s+|working\s+|clock\s+|calendar\s+)?(?:hours?|hrs?|h)\b",
                         ND + r"240\s*(?:分钟|minutes|mins?)\b", r"二百四十分钟"],
    # CR-LD-LOW 0.05 % per day
    "LD 0.05 %": [ND + r"0\.050*" + PCT, r"万分之五" + NCA, r"千分之零点五", ND + r"0\.50*\s*‰",
                  r"five\s+(?:one-)?ten[- ]thousandths?", ND + r"0\.0005(?!\d)"],
    # CR-LIABILITY-CAP 100 %
    "cap 100 %": [ND + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百" + NCA, r"one\s+hundred\s+(?:\(100\)\s*)?(?:per\s*cent|percent)",
                  NCB + r"[一壹1]\s*倍", r"\bone\s+times\b", r"\b1\s*[x×]\s"],
    # CR-PREPAYMENT 30 %
    "prepayment 30 %": [ND + r"30(?:\.0+)?" + PCT, r"百分之三十" + NCA, r"thirty\s+(?:\(30%?\)\s*)?(?:per\s*cent|percent)",
                        NCB + r"三成"],
    # CR-WARRANTY 12 months
    "warranty 12 months": [ND + r"12\s*个月", NCB + r"十二个月", r"(?<![\w.,-])(?:12|twelve)(?:\s*\(12\))?[\s-]*months?\b",
                           ND + r"(?<![十])[1一壹]\s*(?:个)?(?:整)?年(?![\d度级])", r"(?<![\w.,-])(?:1|one)(?:\s*\(1\))?[\s-]*years?\b"],
    # CR-POST-WARRANTY-FEE 15 %
    "post-warranty fee 15 %": [ND + r"15(?:\.0+)?" + PCT, r"百分之十五" + NCA, r"fifteen\s+(?:\(15%?\)\s*)?(?:per\s*cent|percent)",
                               r"一成五"],
    # CR-TCO-SERVICE-SHARE 40 % and the 5-year horizon of policy §3/§4
    "TCO share 40 %": [ND + r"40(?:\.0+)?" + PCT, r"百分之四十" + NCA, r"forty\s+(?:\(40%?\)\s*)?(?:per\s*cent|percent)",
                       NCB + r"四成"],
    "TCO horizon 5 years": [ND + r"5\s*(?:个)?(?:整)?年(?![\d度])", NCB + r"五\s*(?:个)?年(?!度)", ND + r"60\s*个月", NCB + r"六十个月",
                            r"(?<![\w.,-])(?:5|five)(?:\s*\(5\))?[\s-]*years?\b", r"(?<![\w.,-])(?:60|sixty)(?:\s*\(60\))?[\s-]*months?\b"],
}
THRESHOLD_RES = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}

SELF_TEST_HIT = [
    "可用率不低于99.9%", "可用率99.90%", "百分之九十九点九", "availability of 99.9 per cent",
    "4小时内响应", "四小时内到场", "4 个小时", "within 4 hours", "four (4) hours", "4 business hours", "4-hour", "240分钟",
    "每日万分之五", "0.05%", "0.05 per cent", "千分之零点五",
    "合同总价的100%", "百分之百", "100 per cent", "合同总价的一倍", "one hundred per cent",
    "预付30%", "百分之三十", "30 %", "thirty per cent", "thirty (30%) per cent",
    "质保期12个月", "十二个月", "12 months", "twelve (12) months", "12-month", "质保一年", "1 year", "one-year",
    "维保费15%", "百分之十五", "fifteen per cent",
    "40%", "百分之四十", "forty per cent",
    "5年", "五年", "五个年", "60个月", "5 years", "five-year", "sixty (60) months",
]
SELF_TEST_MISS = [
    "99.95%", "99.5%", "99.99%", "百分之九十九点九五", "24小时", "二十四小时", "14 hours", "24 hours", "1 hour", "0.5 hours",
    "万分之六", "0.055%", "0.15%", "1.5%", "150%", "200%", "合同总价的两倍", "130%", "10%", "300,000", "13.5%",
    "35%", "45%", "25%", "2030%", "18个月", "二十四个月", "2026年12月31日", "2025年", "2021年", "2031年", "每年", "年度",
    "first year", "Year 1", "24 months", "36 months", "2 years", "25 years", "1,500,000", "415%", "140%", "15日", "30日",
    "40个坐席", "12小时", "first 12 weeks", "15 days", "30 days", "4,800", "0.4", "年费", "第一个服务年度", "2015年",
    "5,000", "5 working days", "五个工作日",
]


def threshold_hits(text):
    hits = []
    for name, res in THRESHOLD_RES.items():
        for r in res:
            for m in r.finditer(text):
                hits.append((name, m.group(0), text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")))
    return hits


def self_test_regexes():
    for s in SELF_TEST_HIT:
        assert threshold_hits(s), "regex self-test: should hit %r" % s
    for s in SELF_TEST_MISS:
        assert not threshold_hits(s), "regex self-test: should not hit %r -> %r" % (s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------
# The rules of policy §3 (and the TCO of §4), re-applied to a label.
# ---------------------------------------------------------------------------------------------------------------
HORIZON_YEARS = 5


def tco_share(t, x, aux):
    """Share (%) of post-warranty fees in TCO over the horizon; None when not computable."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, HORIZON_YEARS - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * aux["fee_base"] * years_after
    tco = x["contract_value"] + fees
    return fees / tco * 100


def apply_rules(t, x, aux):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if x["sla_clause"] and (t["p1_response_hours"] is None or t["p1_response_hours"] > 4):
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or x["acceptance_deemed_on_delivery"]:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, aux) if x["post_warranty_fee_capped"] else None
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or aux["forum_outside_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def risk_level(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def label_json(c):
    t = c["terms"]
    assert list(t) == TERM_KEYS, (c["key"], list(t))
    x = {"sla_clause": c["extra"]["sla_clause"], "ld_stated": c["extra"]["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = c["extra"]["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in c["extra"], c["key"]
    x["acceptance_deemed_on_delivery"] = c["extra"]["acceptance_deemed_on_delivery"]
    x["contract_value"] = c["extra"]["contract_value"]
    d = {"file": c["file"], "language": c["lang"], "category": c["category"], "expected_terms": t,
         "expected_extra": x, "expected_rules": sorted(c["rules"])}
    return json.dumps(d, ensure_ascii=False, indent=1)


def check_money(c):
    """Every price line, the total, and every payment split."""
    total = 0
    for name, qty, unit, amount in c["items"]:
        if qty is not None:
            assert qty * unit == amount, (c["key"], name, qty, unit, amount)
        total += amount
    assert total == c["extra"]["contract_value"], (c["key"], total, c["extra"]["contract_value"])
    for name, parts, value in c.get("subtotals", []):
        assert sum(a for n, q, u, a in c["items"] if n in parts) == value, (c["key"], name)
    pays = c["payments"]
    assert sum(a for _, _, a in pays) == total, (c["key"], "payments", sum(a for _, _, a in pays), total)
    for name, pct, amount in pays:
        if pct is not None:
            assert pct * total == amount * 100, (c["key"], name, pct, amount)


CONTRACTS = []


# ===============================================================================================================
# h222z01 — 市卫生健康委员会 120 急救指挥调度平台 (政府采购 公开招标, buyer's paper), .docx, compliant
# ===============================================================================================================
H222Z01 = """T:江岚市120急救指挥调度平台建设项目政府采购合同
P:合同编号：JLWJ-ZC-2025-0417
P:采购项目编号：JLCG2025-GK-0388（公开招标）
P:采购人（甲方）：江岚市卫生健康委员会
P:地址：江岚市滨河大道88号市政务中心B座
P:供应商（乙方）：南京衡讯智能科技有限公司
P:地址：南京市雨花台区软件大道168号创智中心3栋
P:鉴于甲方就“江岚市120急救指挥调度平台建设项目”依法组织公开招标，经评标委员会评审并公告中标结果，确定乙方为中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以招标文件、乙方投标文件和中标通知书为基础，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设市级120急救指挥调度平台，内容包括：急救调度指挥系统软件（含四十个调度坐席）、融合通信及录音系统、车载智能终端、服务器存储及网络安全设备的供货与安装；与110、119接警平台及全市二十三家网络医院的信息接口定制开发；平台部署、历史数据迁移和人员培训。
P:1.2 平台建成后应具备来电自动定位与号码显示、结构化问询、智能推荐派车、车辆实时轨迹、院前急救电子病历回传、医院预警交接、三方通话与全程录音、统计分析大屏等功能，具体以招标文件第五章技术需求和乙方投标文件技术响应表为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰叁拾玖万贰仟元整（¥3,392,000.00），含税，包括设备及软件、运输保险、安装调试、定制开发、数据迁移、培训、质保期内服务及乙方完成本项目所需的全部费用。除本合同另有约定外，甲方不再支付其他任何费用。
P:2.2 分项报价如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|急救调度指挥系统软件（含40个调度坐席许可）|1套|1,280,000|1,280,000
TB:2|融合通信及录音系统|1套|468,000|468,000
TB:3|车载智能终端（含北斗定位及无线通信模块）|60台|9,800|588,000
TB:4|服务器、存储及网络安全设备|1批|536,000|536,000
TB:5|110/119/网络医院接口定制开发|1项|324,000|324,000
TB:6|平台部署、数据迁移及培训|1项|196,000|196,000
TB:—|软硬件小计（第1至4项）|—|—|2,872,000
TB:—|合计|—|—|3,392,000
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，乙方提交等额银行保函，甲方支付合同总价的25%作为预付款，计人民币848,000元。
P:3.2 全部设备到货、安装完毕并通过初步验收后，甲方支付合同总价的45%，计人民币1,526,400元。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的25%，计人民币848,000元。
P:3.4 其余5%（人民币169,600元）作为质量保证金，质保期满且无未解决的质量问题后10个工作日内无息支付。
P:3.5 乙方每次请款前应开具合法有效的增值税发票，甲方通过国库集中支付方式付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后75日内完成全部设备到货、安装和软件部署，在120日内完成接口联调并具备初步验收条件。
P:4.2 乙方应派驻具有同类项目经验的项目经理，未经甲方同意不得更换。实施期间乙方人员应遵守急救中心调度大厅的管理规定，不得影响现有调度业务的连续运行。
H:第五条 验收
P:5.1 初步验收：设备到货安装、软件部署和接口联调完成后，由甲方组织初步验收。验收标准为：（1）设备型号、数量、配置与投标文件一致；（2）来电定位、派车、轨迹、录音等功能逐项测试通过；（3）四十个坐席同时在线接警、派车，系统无卡顿；（4）与110、119及网络医院的接口联调记录完整、数据交换正确。
P:5.2 试运行及最终验收：初步验收合格后进入九十日试运行。试运行期间累计故障停机不得超过2小时，且不得发生一级故障。试运行期满后，甲方组织最终验收，标准包括：接警至派车指令下达的系统处理时间不超过10秒；车辆定位刷新间隔不超过5秒；录音完整可检索；历史数据迁移逐表核对无差错；通过网络安全等级保护第三级测评；竣工文档、源代码和培训记录齐全。
P:5.3 设备签收、系统上线使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修正、版本升级、硬件维修或更换及现场技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外，须提前三日书面报备）。一级故障（平台无法接警或派车、全部坐席中断）接报后15分钟内响应，1小时内到达现场，3小时内恢复；二级故障（部分功能或部分坐席异常）30分钟内响应，8小时内解决；三级故障（一般性问题）2个工作日内解决。
P:6.3 服务违约扣减：一级故障响应或恢复每超时1小时，扣减人民币2,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币1,500元。扣减款项从质量保证金或下一期应付款中直接抵扣。
P:6.4 质保期满后，甲方可与乙方另行签订运维服务合同，年度运维服务费不超过软硬件小计的8.5%，即每年不超过人民币244,120元，且质保期满后的三个年度内不得上调。是否续签由甲方决定，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、数据迁移脚本、统计报表及相关源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和升级，乙方应在最终验收时一并移交。
P:7.2 急救调度指挥系统软件及融合通信软件的著作权仍归乙方，乙方授予甲方在本项目范围内永久、不可撤销的使用许可。
P:7.3 乙方保证所提供的设备、软件不侵犯任何第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的呼救电话信息、通话录音、患者信息、车辆轨迹和院前病历等全部数据属于甲方，乙方不得将其用于本合同以外的任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求实施，落实访问控制、传输与存储加密及操作日志审计；远程维护须经甲方逐次审批并通过堡垒机进行，不得将任何数据复制或带离甲方网络环境。
P:8.3 发现数据泄露、篡改或丢失等安全事件的，乙方应立即处置并在2小时内报告甲方；因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、网络结构、系统口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包与转让
P:11.1 乙方投标文件未载明分包事项，本项目不得分包。乙方不得将本合同全部或部分转包给他人，也不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的补充文件均为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江岚市卫生健康委员会　　　乙方（盖章）：南京衡讯智能科技有限公司
P:法定代表人或授权代表：__________　　　法定代表人或授权代表：__________
P:签订日期：2025年__月__日　　　签订日期：2025年__月__日
"""

CONTRACTS.append({
    "key": "h222z01", "file": "h222z01_city_health_commission_120_dispatch_platform.docx", "lang": "zh",
    "category": "software", "fmt": "docx", "source": H222Z01,
    "kind_note": "市卫健委 120 急救指挥调度平台 (调度软件 40 坐席, 融合通信, 车载终端, 服务器, 接口定制), 政府采购 公开招标",
    "items": [("急救调度指挥系统软件", 1, 1280000, 1280000), ("融合通信及录音系统", 1, 468000, 468000),
              ("车载智能终端", 60, 9800, 588000), ("服务器、存储及网络安全设备", 1, 536000, 536000),
              ("接口定制开发", 1, 324000, 324000), ("部署、迁移及培训", 1, 196000, 196000)],
    "subtotals": [("软硬件小计", ["急救调度指挥系统软件", "融合通信及录音系统", "车载智能终端", "服务器、存储及网络安全设备"], 2872000)],
    "payments": [("预付款", 25, 848000), ("初步验收", 45, 1526400), ("最终验收", 25, 848000), ("质保金", 5, 169600)],
    "terms": {"availability_pct": 99.95, "p1_response_hours": 0.25, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True,
              "ld_rate_per_day_pct": 0.06, "liability_cap_pct": None, "prepayment_pct": 25,
              "acceptance_clause": True, "final_payment_on_acceptance": True, "warranty_months": 36,
              "post_warranty_fee_pct": 8.5, "auto_renewal_price_increase": False, "termination_for_breach": True,
              "subcontract_without_consent": False, "governing_law": "PRC", "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
              "acceptance_deemed_on_delivery": False, "contract_value": 3392000},
    "aux": {"fee_base": 2872000, "forum_outside_mainland": False},
    "rules": [],
    "figures": ["3,392,000", "2,872,000", "25%", "848,000", "1,526,400", "169,600", "99.95%", "15分钟内响应",
                "0.01个百分点", "万分之六", "三十六个月", "8.5%", "244,120", "不自动续期", "知识产权归甲方所有",
                "属于甲方", "不得分包", "适用中华人民共和国法律", "不视为验收合格", "保密义务"],
})


# ===============================================================================================================
# h222z02 — 高速线材厂 激光测径仪 + 质保期后全包维保, .txt (一、/（一）numbering)
# ===============================================================================================================
H222Z02 = """激光测径仪采购及维保合同

合同编号：RFGT-ZB-2025-1136

甲方（买方）：河北润丰特钢股份有限公司
住所：河北省邯郸市峰峰矿区滏阳东路9号
乙方（卖方）：苏州明测光电科技有限公司
住所：江苏省苏州市工业园区星湖街218号

甲方高速线材厂为提升精轧及吐丝工序的尺寸在线检测能力，经邀请招标选定乙方供应激光测径设备，并由乙方提供质保期后的维保服务。双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

一、合同标的
（一）乙方向甲方供应并安装下列设备和软件：四轴激光测径仪两台，分别安装于精轧机组出口和减定径机组出口；六轴高精度激光测径仪一台，安装于吐丝机前；水冷防护罩及吹扫系统三套；测量数据采集与SPC分析软件一套。
（二）乙方负责设备安装、标定和调试，将测量数据接入甲方二级过程控制系统，并对甲方操作及点检人员进行培训。培训不少于两期，每期三天，内容包括测量原理、日常点检、标准棒标定和常见故障处理。
（三）设备须适应高速线材生产环境：轧制速度每秒110米以上，环境温度不高于60℃，被测线材直径5.5毫米至20毫米，测量精度±0.01毫米，重复性0.003毫米。

二、合同价格
（一）合同总价为人民币壹佰柒拾万元整（¥1,700,000），含13%增值税，包括设备、软件、包装运输、保险、安装标定调试、培训及质保期内服务的全部费用。
（二）价格明细：
1. 四轴激光测径仪：2台×386,000元＝772,000元
2. 六轴高精度激光测径仪：1台×512,000元＝512,000元
3. 水冷防护罩及吹扫系统：3套×36,000元＝108,000元
4. 测量数据采集与SPC分析软件：1套，164,000元
设备及软件小计：1,556,000元
5. 安装、标定及调试：118,000元
6. 操作维护培训：26,000元
合计：1,700,000元

三、付款
（一）合同生效后15日内，甲方支付合同总价的20%作为预付款，即340,000元。
（二）设备运抵甲方现场并经双方开箱清点签收后，甲方支付合同总价的35%，即595,000元。开箱签收仅确认数量和外观，不代表质量验收。
（三）设备通过最终验收后，甲方支付合同总价的35%，即595,000元。
（四）合同总价的10%，即170,000元，作为质量保证金，于质保期届满且乙方履行完毕质保义务后支付。
（五）甲方每次付款前，乙方应开具等额增值税专用发票。

四、交货与安装
（一）乙方应在合同生效后90日内将全部设备运抵甲方高速线材厂。
（二）安装须利用甲方计划检修时段进行。乙方应提前提交安装方案，经甲方生产部门批准后实施，不得造成非计划停机。
（三）支架制作及基础改造如需委托第三方施工，乙方须事先取得甲方书面同意，并对第三方的施工质量和安全负责。
（四）设备包装应适合长途运输并防潮防震，货物毁损灭失的风险自甲方开箱签收时转移至甲方。
（五）乙方应随设备提供中文操作手册、维护手册、电气图纸、出厂检验报告和易损件清单，并保证在质保期及维保期内供应备件。
（六）乙方人员进入甲方生产区域，应遵守甲方安全生产规定并接受入厂安全教育，因其违章作业造成的事故由乙方负责。

五、验收
（一）设备安装调试完毕后，由甲方组织最终验收。验收标准为：1.使用经计量检定的标准棒进行静态测试，各测量轴偏差不超过±0.01毫米；2.在线连续测量一百二十卷线材，测量结果与人工抽检结果一致；3.连续72小时在线运行无故障，数据完整；4.测量数据按约定格式接入甲方二级系统，曲线、报警和SPC报表正常；5.技术资料、合格证和标定证书齐全。
（二）验收不合格的，乙方应在10日内整改并重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
（三）设备安装完毕或投入试用，均不视为验收合格。

六、质量保证
（一）质保期为十八个月，自最终验收合格之日起计算。
（二）质保期内，因设备本身质量问题造成的故障，乙方免费维修或更换，包括激光器、接收器和控制单元。乙方每半年进行一次现场巡检和标定，并出具巡检报告。
（三）服务水平：一级故障（测径仪停测或数据中断，影响轧线质量判定）乙方应在接到甲方通知后30分钟内电话响应，6小时内工程师到达现场，到场后8小时内恢复测量；二级故障（单轴异常、软件报表异常）2小时内响应，48小时内解决。
（四）乙方未按上述时限响应或到场的，每超时1小时，向甲方支付800元，从质量保证金或维保费中扣除。

七、质保期后的维保服务
（一）质保期届满后，乙方按本条提供全包维保服务，内容包括：每季度一次现场点检、每年度两次标准棒标定、激光器及易损光学元件更换、软件升级和远程诊断。
（二）全包维保年费为设备及软件小计的25.5%，即每年396,780元，在质保期满后的四个维保年度内固定不变，按季度于每季度结束后支付。
（三）维保期间的服务水平和超时扣款，与本合同第六条第（三）项、第（四）项相同。
（四）维保期届满后不自动续期；如需继续维保，双方另行协商签订合同。

八、数据与网络安全
（一）测径仪产生的测量数据、轧制工艺参数及SPC统计结果均属于甲方，乙方不得用于本合同以外的目的，也不得向第三方提供。
（二）乙方设备接入甲方工业控制网络，须遵守甲方工控安全管理制度，关闭不必要的端口和服务。远程诊断须经甲方逐次批准，通过甲方指定的安全接入通道进行，诊断结束后立即断开，不得在乙方设备或服务器上留存甲方数据。
（三）发生病毒感染、数据泄露或非授权访问等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因导致的，乙方承担赔偿责任。

九、保密
双方对合作中获悉的对方技术资料、生产工艺和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内仍然有效。

十、知识产权
（一）测径仪内置软件和SPC分析软件的著作权归乙方，甲方享有永久使用权。
（二）乙方为甲方定制开发的二级系统数据接口程序和报表模板，知识产权归甲方所有，乙方应交付源代码，甲方可自行修改和使用。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之七支付违约金。
（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但因乙方故意或重大过失造成的损失除外。

十二、合同解除
乙方逾期交货超过45日，或有其他严重违约行为经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。

十三、不可抗力
因地震、洪水等不可抗力致使一方不能履行合同的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日致使合同目的不能实现的，双方均可解除合同。

十四、争议解决
本合同适用中华人民共和国法律。发生争议时双方协商解决；协商不成的，提交邯郸仲裁委员会仲裁。

十五、其他
本合同自双方签字盖章之日起生效，一式四份，双方各执两份。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
附件：1.技术协议；2.设备配置清单；3.验收大纲。

甲方：河北润丰特钢股份有限公司（盖章）
授权代表：
日期：

乙方：苏州明测光电科技有限公司（盖章）
授权代表：
日期：
"""

CONTRACTS.append({
    "key": "h222z02", "file": "h222z02_wire_rod_mill_laser_diameter_gauges_maintenance.txt", "lang": "zh",
    "category": "hardware", "fmt": "txt", "source": H222Z02,
    "kind_note": "特钢 高速线材厂 激光测径仪 (四轴 ×2, 六轴 ×1, 水冷罩, SPC 软件) + 质保期后全包维保",
    "items": [("四轴激光测径仪", 2, 386000, 772000), ("六轴高精度激光测径仪", 1, 512000, 512000),
              ("水冷防护罩及吹扫系统", 3, 36000, 108000), ("SPC分析软件", 1, 164000, 164000),
              ("安装、标定及调试", 1, 118000, 118000), ("操作维护培训", 1, 26000, 26000)],
    "subtotals": [("设备及软件小计", ["四轴激光测径仪", "六轴高精度激光测径仪", "水冷防护罩及吹扫系统", "SPC分析软件"], 1556000)],
    "payments": [("预付款", 20, 340000), ("开箱签收", 35, 595000), ("最终验收", 35, 595000), ("质保金", 10, 170000)],
    "terms": {"availability_pct": None, "p1_response_hours": 0.5, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True,
              "ld_rate_per_day_pct": 0.07, "liability_cap_pct": 200, "prepayment_pct": 20,
              "acceptance_clause": True, "final_payment_on_acceptance": True, "warranty_months": 18,
              "post_warranty_fee_pct": 25.5, "auto_renewal_price_increase": False, "termination_for_breach": True,
              "subcontract_without_consent": False, "governing_law": "PRC", "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
              "acceptance_deemed_on_delivery": False, "contract_value": 1700000},
    "aux": {"fee_base": 1556000, "forum_outside_mainland": False},
    "rules": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "figures": ["1,700,000", "1,556,000", "20%", "340,000", "595,000", "170,000", "30分钟内电话响应", "万分之七",
                "200%", "十八个月", "25.5%", "396,780", "不自动续期", "知识产权归甲方所有", "均属于甲方",
                "书面同意", "适用中华人民共和国法律", "不视为验收合格", "保密义务", "2小时内通知甲方"],
})


# ===============================================================================================================
# h222z03 — 奶茶连锁 (150 家门店) 点单及会员 SaaS + 实施, .md (## 1 / 1.1 numbering)
# ===============================================================================================================
H222Z03 = """# 饮客云门店点单及会员营销SaaS服务协议

协议编号：YKY-SaaS-2025-CD-0672

**甲方（客户）**：成都茶语时光餐饮管理有限公司
地址：四川省成都市武侯区天府大道北段1700号

**乙方（服务商）**：上海饮客云信息技术有限公司
地址：上海市徐汇区宜山路700号C2栋

甲方经营“茶语时光”现制茶饮连锁品牌，在四川、重庆共有直营及加盟门店150家，拟以乙方的饮客云SaaS平台替换现有收银及会员系统。经友好协商，双方就乙方提供订阅服务及实施服务事宜订立本协议。

## 1 服务内容

1.1 订阅服务：乙方通过其云平台向甲方150家门店及总部提供以下模块：（1）门店点单与收银模块，含微信及支付宝小程序点单、POS收银、外卖平台订单聚合、出杯叫号和小票打印；（2）会员与营销模块，含会员注册、积分、储值卡、等级权益、优惠券及营销活动配置；（3）总部数据看板，含门店销售、单品排行、会员复购等经营报表。

1.2 实施服务：乙方负责平台初始化配置，导入甲方菜单、配方与价格体系；将甲方原会员系统中约一百八十六万名会员的资料、积分和储值余额迁移至平台；完成与甲方ERP及供应链系统的接口对接；为门店店长和收银员提供分批培训。

1.3 订阅期：自上线验收合格之日起二十四个月。

1.4 甲方负责门店网络及收银硬件（POS机、扫码枪、小票打印机）的采购和维护，硬件清单由乙方在实施前书面确认兼容性。

## 2 费用

2.1 订阅费和实施费如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店点单与收银模块 | 150店 × 180元/店/月 × 24个月 | 648,000 |
| 会员与营销模块 | 150店 × 95元/店/月 × 24个月 | 342,000 |
| 总部数据看板 | 2,600元/月 × 24个月 | 62,400 |
| 实施服务费（一次性） | 配置、数据迁移、接口对接、培训 | 168,000 |
| 合计 | | 1,220,400 |

2.2 每月订阅费合计43,850元。订阅期内新开门店按同一单价计费，闭店门店自次月起停止计费。

2.3 上述价格均含6%增值税。

## 3 付款

3.1 订阅费按季度结算。乙方于每个季度结束后5个工作日内提交对账单和发票，甲方核对无误后15个工作日内支付当季订阅费（每季度131,550元）。

3.2 实施服务费168,000元在上线验收合格后15个工作日内一次性支付。

3.3 甲方不预付任何订阅费或实施费。

3.4 订阅期内订阅单价不作调整。

## 4 上线与验收

4.1 乙方应在本协议签署后60日内完成全部150家门店的上线。乙方应提交分批上线计划，每批不超过三十家门店，上线前在每家门店完成收银设备联调。

4.2 上线验收标准：（1）全部门店可正常点单、收银、出杯叫号，外卖订单聚合无遗漏；（2）会员资料、积分、储值余额迁移后逐户核对，与甲方导出的原始数据差异为零；（3）小程序在每分钟3,000单的压测下，下单接口平均响应时间不超过1秒且无失败订单；（4）与ERP的销售和库存数据连续7日对账一致；（5）全部店长和收银员完成培训并有培训记录。

4.3 乙方完成上述工作后书面提交验收申请，甲方在10个工作日内组织验收并签署上线验收单。门店开始使用平台营业，不等于上线验收合格。

4.4 乙方未按期完成上线验收的，每逾期一日，按本协议总金额的万分之八向甲方支付违约金。

## 5 服务水平

5.1 乙方保证平台月度服务可用率不低于99.5%。服务可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数。每月计划维护不超过两次，须安排在凌晨1点至6点之间，并提前48小时通知甲方。

5.2 故障等级与响应：一级故障（全部门店或十家以上门店无法点单或收银）乙方应在15分钟内响应，2小时内恢复；二级故障（单店无法使用或部分功能异常）30分钟内响应，8小时内恢复；三级故障（咨询及一般问题）于下一个工作日内答复。

5.3 服务补偿：月度可用率低于99.5%但不低于99%的，乙方按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣；一级故障恢复每超时1小时，另按当月订阅费的1%抵扣。抵扣金额在下一季度订阅费中扣除。

5.4 乙方提供全天候客服热线和在线工单系统，为甲方指定专属客户成功经理，每季度与甲方召开服务回顾会，提交可用率、故障和工单统计报告。

## 6 数据

6.1 甲方的会员数据、订单数据和门店经营数据（“甲方数据”）的所有权归甲方。

6.2 乙方有权在对甲方数据进行去标识化处理后，将交易数据和会员消费行为数据用于乙方的茶饮行业分析报告、产品功能优化以及推荐算法模型训练，该等使用在本协议终止后仍可继续。乙方不得对外提供可识别甲方或任何会员身份的数据。

6.3 数据安全：平台部署于乙方租用的阿里云华东区域数据中心，已通过网络安全等级保护第三级测评。乙方应对会员个人信息实施加密存储和传输、最小权限访问控制及操作审计，遵守《个人信息保护法》《数据安全法》。发生数据泄露等安全事件的，乙方应在8小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。

6.4 本协议终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据并交付甲方，随后删除平台上的甲方数据（第6.2条所述已去标识化的数据除外）。

## 7 知识产权

7.1 饮客云平台及其软件、算法的知识产权归乙方。

7.2 乙方为甲方专门制作的菜单与配方配置、营销活动模板、定制报表及ERP接口程序归甲方所有，甲方可自行或交由第三方使用和修改。

## 8 保密

双方应对合作中获知的对方商业秘密承担保密义务，包括甲方的配方、价格策略、门店经营数据和乙方的技术资料，未经对方书面同意不得披露。保密义务在本协议终止后三年内有效。

## 9 责任限制

乙方在本协议项下的累计赔偿责任以本协议总金额的150%为限，但因乙方违反第6.3条或第8条造成的损失不受此限。

## 10 续期

10.1 订阅期届满前30日内任何一方未书面提出不续约的，本协议自动续期，每次续期二十四个月。

10.2 续期期间的订阅费按乙方届时公布的标准价目表执行，无需另行征得甲方同意。

## 11 转委托

乙方不得将本协议项下的实施或运维服务转委托他人；确需委托第三方的，须事先取得甲方书面同意。甲方签署本协议即视为同意乙方使用第6.3条所述的云服务商。

## 12 解除

12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本协议，并按实际服务期间结算订阅费。

12.2 乙方连续两个月可用率低于99%的，甲方有权解除本协议。

12.3 本协议解除或终止的，乙方应按第6.4条交付甲方数据，并配合甲方完成向新系统的迁移，迁移期内平台按原价继续提供，最长不超过60日。

## 13 法律适用与争议解决

本协议适用中华人民共和国法律。因本协议产生的争议，提交成都仲裁委员会仲裁。

## 14 其他

因不可抗力或第三方支付平台、外卖平台接口变更导致服务中断的，双方互不承担违约责任，但乙方应尽快恢复服务并及时通知甲方。本协议附件包括门店清单、功能清单和上线计划，与本协议具有同等效力。本协议自双方签章之日起生效，一式两份，双方各执一份。

甲方（盖章）：成都茶语时光餐饮管理有限公司　　授权代表：　　　　日期：

乙方（盖章）：上海饮客云信息技术有限公司　　授权代表：　　　　日期：
"""

CONTRACTS.append({
    "key": "h222z03", "file": "h222z03_milk_tea_chain_ordering_membership_saas.md", "lang": "zh",
    "category": "cloud", "fmt": "md", "source": H222Z03,
    "kind_note": "奶茶连锁 150 店 点单收银 + 会员营销 SaaS, 24 个月, + 一次性实施 (会员迁移, ERP 对接)",
    "items": [("门店点单与收银模块", 150 * 24, 180, 648000), ("会员与营销模块", 150 * 24, 95, 342000),
              ("总部数据看板", 24, 2600, 62400), ("实施服务费", 1, 168000, 168000)],
    "subtotals": [("每月订阅费 × 24", ["门店点单与收银模块", "会员与营销模块", "总部数据看板"], 43850 * 24)],
    "payments": [("季度订阅费 8 × 131,550", None, 8 * 131550), ("实施费（上线验收后）", None, 168000)],
    "terms": {"availability_pct": 99.5, "p1_response_hours": 0.25, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": False, "confidentiality": True,
              "ld_rate_per_day_pct": 0.08, "liability_cap_pct": 150, "prepayment_pct": None,
              "acceptance_clause": True, "final_payment_on_acceptance": None, "warranty_months": None,
              "post_warranty_fee_pct": None, "auto_renewal_price_increase": True, "termination_for_breach": True,
              "subcontract_without_consent": False, "governing_law": "PRC", "contract_kind": "service"},
    "extra": {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1220400},
    "aux": {"fee_base": None, "forum_outside_mainland": False},
    "rules": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "figures": ["1,220,400", "43,850", "131,550", "168,000", "99.5%", "15分钟内响应", "万分之八", "150%",
                "自动续期", "届时公布的标准价目表", "去标识化", "推荐算法模型训练", "所有权归甲方", "归甲方所有",
                "书面同意", "适用中华人民共和国法律", "不等于上线验收合格", "保密义务", "8小时内通知甲方",
                "不预付"],
})


# ===============================================================================================================
# h222z04 — 县自然资源局 不动产登记信息系统 年度运维 (政府采购 竞争性磋商), .pdf (第X条 / 1. numbering)
# ===============================================================================================================
H222Z04 = """T:青禾县不动产登记信息系统运行维护服务合同
P:合同编号：QHZRZY-YW-2025-012
P:采购方式：竞争性磋商（项目编号：QHCG-2025-CS-0096）
P:甲方（采购人）：青禾县自然资源局
P:地址：青禾县城关镇人民路36号
P:乙方（成交供应商）：长沙图联数据技术有限公司
P:地址：湖南省长沙市岳麓区麓谷大道627号
P:根据青禾县不动产登记信息系统运行维护服务项目竞争性磋商结果，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》，甲乙双方就运维服务事宜订立本合同。本合同项下服务须遵守《不动产登记暂行条例》及其实施细则和不动产登记数据库标准等相关规定。
H:第一条 服务对象与服务期
P:1.服务对象：甲方不动产登记业务系统、“互联网+不动产登记”网上办事平台、登记存量数据库，不动产登记与税务、公安、民政、银行等部门的共享接口，以及上述系统所在的服务器、数据库和中间件。
P:2.系统现状：业务系统采用B/S架构，部署于甲方政务内网，数据库为国产数据库，登记存量数据约四十二万宗。
P:3.服务期：自2026年1月1日起至2026年12月31日止。服务期满，本合同自动终止；下一服务期的运维服务由甲方依法另行采购。
H:第二条 服务内容
P:1.驻场运维：乙方派驻2名具备不动产登记系统运维经验的工程师，工作日在甲方不动产登记中心驻场，负责系统日常监控、故障处理、用户问题解答和业务数据修正配合。
P:2.巡检与优化：每季度进行一次全面巡检，涵盖服务器、数据库、中间件和接口运行状况，提交巡检报告并完成性能优化。
P:3.政策性功能调整：按上级主管部门和甲方要求，完成登记业务规则、表单、证书及接口的调整升级，服务期内工作量以220人天为限，超出部分另行协商。
P:4.数据备份与容灾演练：每日增量备份、每周全量备份，异地备份介质由甲方保管；每半年开展一次数据恢复演练。
P:5.等级保护配合：配合甲方开展网络安全等级保护测评，按测评报告完成应用层面的整改。
P:6.应急保障：登记业务高峰、系统割接和节假日前，乙方应增派工程师现场保障，并提前制定应急预案报甲方备案。
P:7.培训：每季度为登记窗口人员和信息管理人员开展一次系统操作与常见问题培训。
P:8.驻场人员管理：乙方应在合同签订后5个工作日内提交驻场人员名单和资质证明，经甲方确认后上岗。驻场人员应遵守甲方考勤和办公纪律，服从甲方信息管理人员的工作安排。驻场人员确需更换的，乙方应提前10日书面申请，经甲方同意后方可更换，新人员资历不得低于原人员，并完成不少于5个工作日的交接；驻场人员请假的，乙方应安排同等能力人员临时顶岗。
H:第三条 服务费用
P:1.本合同总价为人民币柒拾伍万陆仟元整（¥756,000），包括人员、差旅、工具及完成本合同服务所需的全部费用。
P:2.费用构成如下：
TB:服务项目|计费方式|金额（元）
TB:驻场运维服务|2人×168,000元/人|336,000
TB:季度巡检与性能优化|4次×18,500元/次|74,000
TB:政策性功能调整|220人天×1,100元/人天|242,000
TB:数据备份与容灾演练|包干|58,000
TB:等级保护测评整改配合|包干|46,000
TB:合计||756,000
H:第四条 付款方式
P:1.服务费按季度支付，每季度189,000元。乙方在每季度结束后提交季度服务报告，经甲方考核合格后15个工作日内支付当季服务费。
P:2.本合同不设预付款。
P:3.季度考核不合格的，甲方按第七条扣减相应款项后支付。
H:第五条 服务水平
P:1.故障分级：一级故障指登记业务系统或网上办事平台整体无法使用；二级故障指部分功能、部分接口异常或个别窗口无法办理；三级故障指一般性使用问题。
P:2.响应与处理时限：一级故障，驻场人员15分钟内响应，2小时内恢复；二级故障，30分钟内响应，8小时内处理完毕；三级故障，当日处理完毕。非工作时间发生一级故障的，乙方工程师应在1小时内远程接入处理，并在3小时内到达现场。
P:3.乙方应建立运维工单台账，每件故障均记录发现时间、响应时间、处理过程和恢复时间，作为考核依据。
P:4.乙方应提供运维服务热线，对非驻场时段的咨询和报障予以受理、登记和跟踪。
P:5.因不可抗力或上级部门统一部署的系统停机造成服务中断的，不计入故障处理时间。
H:第六条 考核与验收
P:1.季度考核指标：故障响应及时率不低于98%；巡检报告在季度结束后5个工作日内提交；当季度无因乙方原因造成的数据丢失；用户满意度测评不低于90分。
P:2.年度验收：服务期满后，甲方依据四个季度的考核结果、运维文档、备份恢复演练记录和功能调整完成清单组织年度验收，出具验收意见。
P:3.考核或验收不合格的，乙方应在10日内整改，并重新提交考核或验收。
P:4.年度验收意见作为甲方评价乙方履约情况的依据，并报县财政部门备案。
H:第七条 服务扣款
P:1.一级故障响应每超时30分钟，扣减当季服务费1,000元；恢复每超时1小时，扣减2,000元。
P:2.二级故障未按时处理完毕的，每次扣减500元。
P:3.季度考核每有一项指标不达标，扣减当季服务费3,000元。
H:第八条 数据安全
P:1.不动产登记数据、权利人信息、登记簿及档案影像资料属于甲方，乙方仅可为履行本合同的目的在甲方授权范围内处理。
P:2.乙方人员只能通过甲方堡垒机在登记内网中操作，使用个人实名账号，操作全程录像留痕；不得使用移动存储介质，不得将任何数据导出、复制或传输至外网。
P:3.乙方进行数据修正须凭甲方书面工单，并在修正前完成备份。
P:4.发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应立即报告甲方并在2小时内提交初步情况说明，配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任和相应法律责任。
P:5.服务期满或合同解除时，乙方应注销其掌握的全部系统账号和访问凭证，并向甲方书面确认。
H:第九条 知识产权
P:乙方在服务期内为甲方开发的功能模块、接口程序、运维脚本及技术文档，知识产权归甲方所有，乙方应在年度验收前交付源代码和文档。乙方原有运维工具软件的知识产权仍归乙方，乙方许可甲方在服务期内免费使用。
H:第十条 违约责任
P:1.乙方未按约定时间完成政策性功能调整、巡检报告或容灾演练的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:2.乙方未经甲方同意更换驻场人员的，每人次支付违约金8,000元。
P:3.乙方支付的违约金不足以弥补甲方损失的，乙方还应赔偿不足部分。
P:4.甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:乙方不得将本合同服务分包或转包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未改正，或连续两个季度考核不合格的，甲方有权解除合同，并按实际服务期间结算费用。合同解除或终止的，乙方应在甲方指定期限内完成运维资料、账号权限和源代码的移交，并配合新的服务单位完成交接，交接期不少于15日。
H:第十三条 争议解决
P:因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:1.磋商文件、响应文件和成交通知书是本合同的组成部分。
P:2.本合同未尽事宜，按照政府采购相关规定执行，或由双方另行签订补充协议。
P:3.本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
P:甲方（盖章）：青禾县自然资源局
P:代表签字：　　　　　日期：2025年12月　日
P:乙方（盖章）：长沙图联数据技术有限公司
P:代表签字：　　　　　日期：2025年12月　日
"""

CONTRACTS.append({
    "key": "h222z04", "file": "h222z04_county_real_estate_registration_system_om.pdf", "lang": "zh",
    "category": "services", "fmt": "pdf", "source": H222Z04,
    "kind_note": "县自然资源局 不动产登记信息系统 年度运维 (驻场 2 人, 巡检, 政策性调整 220 人天, 备份演练), 政府采购 竞争性磋商",
    "items": [("驻场运维服务", 2, 168000, 336000), ("季度巡检与性能优化", 4, 18500, 74000),
              ("政策性功能调整", 220, 1100, 242000), ("数据备份与容灾演练", None, None, 58000),
              ("等级保护测评整改配合", None, None, 46000)],
    "payments": [("季度服务费 4 × 189,000", None, 4 * 189000)],
    "terms": {"availability_pct": None, "p1_response_hours": 0.25, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": False,
              "ld_rate_per_day_pct": 0.03, "liability_cap_pct": None, "prepayment_pct": None,
              "acceptance_clause": True, "final_payment_on_acceptance": None, "warranty_months": None,
              "post_warranty_fee_pct": None, "auto_renewal_price_increase": False, "termination_for_breach": True,
              "subcontract_without_consent": False, "governing_law": None, "contract_kind": "service"},
    "extra": {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 756000},
    "aux": {"fee_base": None, "forum_outside_mainland": False},
    "rules": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "figures": ["756,000", "189,000", "不设预付款", "15分钟内响应", "万分之三", "属于甲方", "知识产权归甲方所有",
                "不得将本合同服务分包", "自动终止", "甲方有权解除合同", "甲方所在地人民法院", "2小时内提交",
                "年度验收"],
})


# ===============================================================================================================
# h222z05 — 粉丝 (红薯粉丝) 生产企业 MES 软件许可 + 定制开发, supplier's own template, .md (## 第1条 / 1.1)
# ===============================================================================================================
H222Z05 = """# 云图MES制造执行系统软件许可及实施合同

> 本合同为成都智造云图软件有限公司标准合同文本（编号YT-HT-MES，版本V4.0），空白处由双方填写。

合同编号：YT2025-MES-0219

甲方（用户）：川南薯香食品有限公司
地址：四川省内江市东兴区田家工业园薯业路8号

乙方（供应商）：成都智造云图软件有限公司
地址：四川省成都市高新区天府软件园E区5栋

甲方主要从事红薯淀粉和红薯粉丝的生产与销售，现有粉丝生产线六条。为实现生产过程数字化管理，甲方向乙方采购云图MES软件许可，并委托乙方进行定制开发和实施。甲方已了解云图MES标准版的功能和技术要求，并确认其满足甲方的基本管理需求。双方经协商一致，签订本合同。

## 第1条 合同标的

1.1 乙方向甲方提供云图MES标准版软件许可，含生产管理、质量追溯、仓储管理、设备管理四个模块，50个并发用户。许可方式为永久许可，限甲方内江工厂使用。

1.2 乙方根据甲方粉丝生产工艺进行定制开发，包括：打浆、漏粉、冷冻老化、解冻搓散、烘干各工序的数据采集与工艺参数监控；按批次的原料至成品全程追溯；包装称重数据接入；生产日报及质量报表。

1.3 乙方提供设备数据采集网关及传感器接入18套，负责系统部署、与甲方ERP的接口对接以及用户培训。

1.4 本合同所称“上线”指系统在甲方生产环境投入运行；“定制功能”指乙方依甲方需求在标准版之外开发的功能、报表和接口；“维护期”指第6条约定的免费维护期。

1.5 下列工作不属于本合同范围：甲方车间网络布线、服务器及工控机采购、生产设备本体的通讯改造，以及第三方软件的许可费用。

1.6 培训：乙方为甲方提供两次集中培训，对象为系统管理员、车间班组长和质检人员，培训地点在甲方工厂。

## 第2条 合同价款

2.1 价款明细如下：

| 序号 | 内容 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 云图MES标准版软件许可（50并发用户） | 1套 | 620,000 |
| 2 | 粉丝生产工艺定制开发 | 1项 | 485,000 |
| 3 | 设备数据采集网关及传感器接入 | 18套 × 6,500元 | 117,000 |
| 4 | 部署、实施及培训 | 1项 | 96,000 |
| | 合计 | | 1,318,000 |

2.2 合同总价为人民币壹佰叁拾壹万捌仟元整（¥1,318,000），含增值税。

## 第3条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即724,900元，乙方收款后启动项目。

3.2 系统上线运行后7日内，甲方支付合同总价的45%，即593,100元。

3.3 甲方逾期付款的，每逾期一日应按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和服务，直至甲方付清款项。

3.4 乙方在收到款项后开具增值税专用发票。

## 第4条 实施与交付

4.1 乙方计划在收到首期款后90日内完成部署和定制开发，具体进度以双方确认的实施计划为准。因需求变更、甲方配合不到位或其他非乙方原因导致延误的，工期相应顺延。

4.2 甲方应指定项目负责人，提供工艺资料、设备通讯协议及现场施工条件，并及时确认需求说明书。需求说明书经甲方确认后发生变更的，乙方有权另行收费。

4.3 乙方有权根据项目需要，将部分定制开发、现场实施和网关安装工作委托其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作向甲方负责。

4.4 甲方应在乙方通知后3个工作日内确认阶段成果，逾期未确认的，视为甲方已确认。

4.5 乙方实施人员应遵守甲方厂区的食品安全和卫生管理要求，进入生产车间须穿戴工作服并由甲方人员陪同。

## 第5条 上线与验收

5.1 乙方完成系统部署并将系统切换至生产环境运行，即为系统上线。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的问题，由乙方在维护期内按第6条处理，不影响验收结论和付款。

## 第6条 免费维护期

6.1 免费维护期为系统上线之日起六个月。维护期内乙方提供远程技术支持、软件缺陷修正和标准版本升级。

6.2 紧急故障（系统无法使用并影响生产）乙方在24小时内响应；一般故障在3个工作日内响应。乙方将尽合理努力尽快排除故障。

6.3 因系统故障导致的停产、减产、原料损耗或其他损失，乙方不承担赔偿责任，也不支付任何违约金或服务费扣减。

6.4 网关及传感器硬件按原厂标准保修，保修期同为六个月。

6.5 下列情况不属于免费维护范围：甲方或第三方擅自修改系统、操作不当、病毒攻击、停电及网络故障、甲方新增需求。

## 第7条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维保合同，维保费用按乙方当年度公布的服务价格标准执行。

7.2 未签订维保合同的，乙方按次收取现场服务费，标准以乙方当时的收费标准为准。

7.3 乙方对标准版软件的版本支持以乙方公布的产品生命周期政策为准。

## 第8条 知识产权

8.1 云图MES软件及乙方为本项目开发的全部定制功能、工艺模型、报表、接口程序及相关文档的知识产权均归乙方所有。

8.2 甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得对软件进行修改或反向工程，亦不得交由第三方维护或二次开发。

8.3 甲方违反第8.2条的，乙方有权终止软件许可，并要求甲方赔偿损失。

## 第9条 数据

9.1 系统中的生产数据由甲方所有。乙方采取防火墙、访问权限控制和数据备份等必要技术措施保护甲方数据安全；因乙方原因导致甲方数据泄露或损毁的，乙方负责恢复并承担相应责任。

9.2 甲方同意，乙方可在去除甲方名称等识别信息后，使用系统运行数据和工艺参数进行产品改进、行业解决方案研发及市场宣传案例制作。

9.3 甲方应自行做好数据的日常备份，因甲方未备份造成的数据损失由甲方承担。

## 第10条 保密

双方对本合同内容及履行过程中获悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，法律法规另有规定的除外。保密期限至合同终止后两年。

## 第11条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失或停产损失承担责任。

11.3 因不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。

## 第12条 合同解除

12.1 一方严重违反本合同，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同因甲方原因解除的，甲方已付款项不予退还。

12.3 合同解除后，甲方应停止使用乙方软件及定制功能，并删除相关副本。

## 第13条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第14条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方对条款的任何修改须以补充协议形式书面确认。

14.3 双方往来通知以书面形式送达本合同首部所列地址，或发送至双方项目负责人的电子邮箱。

14.4 附件：1.需求说明书；2.实施计划；3.硬件配置清单。

甲方（盖章）：川南薯香食品有限公司　　　授权代表：　　　　日期：

乙方（盖章）：成都智造云图软件有限公司　　授权代表：　　　　日期：
"""

CONTRACTS.append({
    "key": "h222z05", "file": "h222z05_vermicelli_maker_mes_supplier_template.md", "lang": "zh",
    "category": "software", "fmt": "md", "source": H222Z05,
    "kind_note": "红薯粉丝生产企业 MES 永久许可 + 工艺定制开发 + 采集网关, supplier's own template (云图 V4.0)",
    "items": [("云图MES标准版软件许可", 1, 620000, 620000), ("粉丝生产工艺定制开发", 1, 485000, 485000),
              ("设备数据采集网关及传感器接入", 18, 6500, 117000), ("部署、实施及培训", 1, 96000, 96000)],
    "payments": [("签约预付", 55, 724900), ("上线后（视为验收）", 45, 593100)],
    "terms": {"availability_pct": None, "p1_response_hours": 24, "sla_remedy": False, "ip_owner": "supplier",
              "data_security_clause": True, "buyer_owns_data": False, "confidentiality": True,
              "ld_rate_per_day_pct": None, "liability_cap_pct": None, "prepayment_pct": 55,
              "acceptance_clause": False, "final_payment_on_acceptance": False, "warranty_months": 6,
              "post_warranty_fee_pct": None, "auto_renewal_price_increase": False, "termination_for_breach": True,
              "subcontract_without_consent": True, "governing_law": "PRC", "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": False, "post_warranty_fee_capped": False,
              "acceptance_deemed_on_delivery": True, "contract_value": 1318000},
    "aux": {"fee_base": 620000, "forum_outside_mainland": False},
    "rules": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "figures": ["1,318,000", "55%", "724,900", "593,100", "即视为甲方验收合格", "六个月", "24小时内响应",
                "不承担赔偿责任", "当年度公布的服务价格标准", "知识产权均归乙方所有", "去除甲方名称等识别信息",
                "无需另行征得甲方同意", "千分之一", "保密义务", "守约方有权解除本合同", "适用中华人民共和国法律"],
})


# ===============================================================================================================
# h222e01 — Dehua porcelain-figurine maker: 3D sculpting software perpetual licences (Spanish vendor), .pdf
# ===============================================================================================================
H222E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CDS-CN-2025-031
P:This Agreement is made on ______________ 2025 between:
P:(1) Fujian Dehua Yuci Ceramic Art Co., Ltd., a company incorporated in the People's Republic of China, whose registered address is No. 58 Xunzhong Road, Dehua County, Quanzhou, Fujian Province ("Customer"); and
P:(2) Conillera Digital Sculpt, S.L., a company incorporated in Spain, whose registered office is at Edificio del Faro, Isla Sa Conillera, 07830 Sant Josep de sa Talaia, Illes Balears, Spain ("Vendor").
H:Background
P:(A) Customer produces blanc-de-Chine porcelain figurines and wishes to move the sculpting of its master models from clay to digital sculpting and resin 3D printing.
P:(B) Vendor develops the ArcillaForm 3D sculpting software and has offered the licences and services described below.
P:(C) At Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "Software" means ArcillaForm Studio and ArcillaForm Render in the versions listed in Schedule 1, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ceramic brush library, the porcelain and glaze material presets, the shrinkage-compensation and mould-splitting scripts that Vendor prepares for Customer under clause 3.2.
P:1.3 "Customer Data" means all digital models, scans, drawings and other files that Customer creates or supplies.
P:1.4 "Acceptance" means the signing of the Acceptance Certificate under clause 6.
H:2. Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive and irrevocable licence to install and use 24 seats of ArcillaForm Studio and 6 seats of ArcillaForm Render at Customer's sites in Dehua County for Customer's own design and production purposes.
P:2.2 Seats are managed by a floating licence server on Customer's network. Licence checks exchange only the seat identifier and the licence key; the Software sends no Customer Data to Vendor.
H:3. Services
P:3.1 Vendor shall install the Software and the licence server, configure the workstations and connect the Software to Customer's two resin 3D printers.
P:3.2 Vendor shall prepare the Custom Deliverables: a library of at least 60 brushes for drapery folds, faces and fine ornament; material presets for Dehua white porcelain and four glazes; a script that scales models for the firing shrinkage of the clay bodies Customer uses; and a script that splits a master model into plaster-mould sections with draft angles and registration keys.
P:3.3 Vendor shall provide eight days of on-site training in Dehua for up to 26 trainees.
P:3.4 Vendor shall perform the services through its own staff and through Xiamen Kilnway Technology Co., Ltd., its authorised partner in Fujian, which Customer approves by signing this Agreement. Vendor shall not use any other subcontractor without Customer's prior written consent and remains responsible for the work of every subcontractor.
H:4. Contract Price
P:4.1 The total Contract Price is CNY 1,500,000, itemised in Schedule 1. It is fixed and includes applicable taxes, Vendor's travel and all expenses.
H:5. Payment
P:5.1 Customer shall pay: (a) 20% of the Contract Price (CNY 300,000) within 15 days after signature, against Vendor's invoice; (b) 50% (CNY 750,000) after delivery of the licence keys, completion of installation and signing of the Installation Certificate; (c) 25% (CNY 375,000) within 20 days after Acceptance; and (d) the remaining 5% (CNY 75,000) within 20 days after the end of the Warranty Period, provided that all warranty claims have been remedied.
P:5.2 The Installation Certificate confirms only that the Software has been installed. It is not Acceptance.
H:6. Delivery and Acceptance
P:6.1 Vendor shall complete installation within 45 days after signature and shall deliver the Custom Deliverables ready for Acceptance testing within 90 days after signature.
P:6.2 Customer shall run the Acceptance tests in Schedule 2 with Vendor within 10 working days after Vendor's notice of readiness.
P:6.3 If all tests are passed, Customer shall sign the Acceptance Certificate within 5 working days. If any test fails, Vendor shall correct the defect and the failed tests shall be repeated. Installation, use of the Software in production or any payment does not constitute Acceptance.
P:6.4 If the Custom Deliverables are not ready for Acceptance testing by the date in clause 6.1, Vendor shall pay liquidated damages of CNY 1,200 for each day of delay, up to a total of 10% of the Contract Price. If the delay exceeds 60 days, Customer may also terminate this Agreement under clause 14.
H:7. Warranty
P:7.1 Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation and Schedule 2 for 24 months after Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period, Vendor shall correct defects, supply all updates and new versions of the Software free of charge, and provide support at the levels in Schedule 3.
H:8. Support after the Warranty Period
P:8.1 After the Warranty Period, Customer may order annual support, which includes updates, new versions and support at the levels in Schedule 3. The Annual Support Fee is 11% of the licence subtotal in Schedule 1, that is CNY 135,960 per year.
P:8.2 The Annual Support Fee is fixed for the first three support years. After that, Vendor may increase it by no more than 3% per year, on 90 days' written notice.
P:8.3 Support is ordered by Customer's purchase order for each support year and does not renew automatically. If Customer does not order support, its licences remain valid.
H:9. Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain Vendor's property, subject to the licence in clause 2.
P:9.2 The Custom Deliverables and all intellectual property rights in them belong to Customer from their creation. Customer may use, copy, modify and license them to others without restriction. Vendor shall deliver the source of all scripts at Acceptance.
P:9.3 Vendor shall indemnify Customer against third-party infringement claims concerning the Software or the Custom Deliverables.
H:10. Customer Data and Data Security
P:10.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose, including product development or marketing.
P:10.2 Vendor shall access Customer's systems only on site or through remote sessions that Customer approves for each occasion. Sample models that Customer provides for the preparation of the Custom Deliverables shall be stored encrypted, kept only on Vendor's designated project computers and deleted at Acceptance, with written confirmation.
P:10.3 Vendor shall notify Customer within 12 hours after becoming aware of any loss of, or unauthorised access to, Customer Data, shall help Customer to contain it, and shall be liable for the losses Customer suffers as a result of a breach of this clause 10.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent. This obligation continues for three years after this Agreement ends.
H:12. Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to clauses 9.3, 10 and 11, personal injury or fraud.
H:13. Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
H:14. Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:14.2 Customer may also terminate under clause 6.4. If this Agreement is terminated before Acceptance because of Vendor's breach, Vendor shall refund all amounts received.
H:15. Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of Spain.
P:15.2 The courts of Eivissa (Ibiza), Spain, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:16. General
P:16.1 This Agreement is made in English, with a Chinese translation for reference.
P:16.2 This Agreement may be amended only in writing signed by both parties.
H:Schedule 1 - Prices (CNY)
P:Line 1: ArcillaForm Studio, perpetual licence, 24 seats at CNY 38,500 = CNY 924,000.
P:Line 2: ArcillaForm Render, perpetual licence, 6 seats at CNY 52,000 = CNY 312,000.
P:Licence subtotal (lines 1 and 2): CNY 1,236,000.
P:Line 3: Custom Deliverables (brush library, material presets, shrinkage and mould-splitting scripts): CNY 186,000.
P:Line 4: Installation, licence server set-up and eight days of on-site training: CNY 78,000.
P:Total Contract Price: CNY 1,500,000.
H:Schedule 2 - Acceptance Tests
P:(a) All 30 seats activate from the licence server, and a released seat can be re-used within two minutes.
P:(b) On Customer's reference workstation, a figurine model of 20 million polygons opens in under 45 seconds and a turntable render completes in under 6 minutes.
P:(c) Using the brush library and presets, Customer's sculptor reproduces three reference pieces, and Customer's design committee confirms in writing that the detail is suitable for mould making.
P:(d) The shrinkage script scales three test models so that the fired porcelain pieces are within 0.5 mm of the target dimensions.
P:(e) The mould-splitting script produces printable mould sections for three figurines that cast without undercut defects.
H:Schedule 3 - Support Levels
P:Support is provided in Chinese through Vendor's Xiamen partner, from 08:00 to 22:00 Beijing time every day.
P:Severity 1 (licence server down, or no seat can be used): response within 2 hours and a workaround within 8 hours.
P:Severity 2 (a major function fails for some users): response within 8 hours and a fix or workaround within three working days.
P:Service credits: for each hour by which a Severity 1 response or workaround time is exceeded, Vendor shall credit CNY 800 against the next Annual Support Fee or, during the Warranty Period, against the payment in clause 5.1(d).
P:For Customer: ______________________   Name and title: ______________________
P:For Vendor: ______________________   Name and title: ______________________
"""

CONTRACTS.append({
    "key": "h222e01", "file": "h222e01_porcelain_figurine_3d_sculpting_licences.pdf", "lang": "en",
    "category": "software", "fmt": "pdf", "source": H222E01,
    "kind_note": "Dehua porcelain-figurine maker: 3D sculpting perpetual licences (24 + 6 seats) + ceramic customisations, Spanish vendor on Isla Sa Conillera",
    "items": [("ArcillaForm Studio", 24, 38500, 924000), ("ArcillaForm Render", 6, 52000, 312000),
              ("Custom Deliverables", 1, 186000, 186000), ("Installation and training", 1, 78000, 78000)],
    "subtotals": [("Licence subtotal", ["ArcillaForm Studio", "ArcillaForm Render"], 1236000)],
    "payments": [("signature", 20, 300000), ("Installation Certificate", 50, 750000), ("Acceptance", 25, 375000),
                 ("end of Warranty Period", 5, 75000)],
    "terms": {"availability_pct": None, "p1_response_hours": 2, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True,
              "ld_rate_per_day_pct": 1200 / 1500000 * 100, "liability_cap_pct": 150, "prepayment_pct": 20,
              "acceptance_clause": True, "final_payment_on_acceptance": True, "warranty_months": 24,
              "post_warranty_fee_pct": 11, "auto_renewal_price_increase": False, "termination_for_breach": True,
              "subcontract_without_consent": False, "governing_law": "Spain", "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
              "acceptance_deemed_on_delivery": False, "contract_value": 1500000},
    "aux": {"fee_base": 1236000, "forum_outside_mainland": True},
    "rules": ["CR-GOVERNING-LAW"],
    "figures": ["CNY 1,500,000", "CNY 1,236,000", "20% of the Contract Price", "CNY 300,000", "CNY 375,000",
                "CNY 1,200 for each day of delay", "24 months after Acceptance", "11% of the licence subtotal",
                "CNY 135,960", "does not renew automatically", "response within 2 hours", "credit CNY 800",
                "150% of the Contract Price", "laws of Spain", "courts of Eivissa", "Customer Data belongs to Customer",
                "belong to Customer", "prior written consent", "material breach", "does not constitute Acceptance",
                "Chinese Renminbi (CNY)"],
})


# ===============================================================================================================
# h222e02 — Wuyishan bamboo-raft operator: ticketing SaaS, Order Form + General Terms (German vendor), .txt
# ===============================================================================================================
H222E02 = """WATTENMEER TICKETING GMBH
ORDER FORM No. WT-CN-0147
(together with the RaftPass Cloud General Terms of Service, version 3.1, attached as Part B)

PART A - ORDER FORM

A1. Parties
Customer: Wuyishan Jiuqu Bamboo Raft Tourism Co., Ltd., No. 16 Xingcun Wharf Road, Wuyishan, Nanping, Fujian Province, People's Republic of China.
Vendor: Wattenmeer Ticketing GmbH, Vogelwärterhaus, Insel Scharhörn, 27499 Hamburg, Germany, registered with the Hamburg commercial register.

A2. Background
Customer operates bamboo-raft trips on the Nine-Bend Stream from Xingcun Pier to Wuyi Palace, with about 1,300 rafts in the peak season. All passengers must be registered by real name, and departures are limited by quotas set by the scenic-area administration. Customer wishes to replace its current ticketing system with Vendor's RaftPass Cloud service before the spring season.

A3. Services
RaftPass Cloud, hosted in mainland China, with the following modules: online booking through a WeChat mini-program and a website; real-name ticketing with identity-card verification; departure-slot quotas by pier and time slot; QR-code and identity-card gate validation at Xingcun Pier (14 gates); raft and raftsman dispatch scheduling with fair rotation; connectors to online travel agencies; refunds for weather closures; revenue and visitor-flow reports; and the daily statistics export required by the scenic-area administration.

A4. Subscription Term
36 months from the Go-Live Date.

A5. Fees (CNY)
At Customer's request, all fees are stated, invoiced and payable in Chinese Renminbi (CNY).
Platform subscription: CNY 31,800 per month x 36 months = CNY 1,144,800
Gate validation module: 14 gates x CNY 420 per gate per month x 36 months = CNY 211,680
Onboarding (one-time: configuration, travel-agency connectors, import of historical bookings, training): CNY 96,000
Total Order Value: CNY 1,452,480
The monthly fees total CNY 37,680. Payment-channel charges of WeChat Pay and Alipay are charged by those providers directly to Customer and are not part of this Order Form.

A6. Invoicing and Payment
Monthly fees are invoiced quarterly in arrears, CNY 113,040 per quarter. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No amount is payable before the Go-Live Date.

A7. Go-Live and Go-Live Acceptance
(a) Vendor shall make the Services ready for Go-Live Acceptance by 15 March 2026.
(b) Go-Live Acceptance tests: 200 test bookings through the mini-program, the website and two travel-agency channels are recorded correctly; real-name verification accepts valid and rejects invalid sample identity cards; each of the 14 gates validates a ticket in under one second, also in offline mode; quotas close a departure slot when it is full; and the tickets sold on one test day reconcile with the payment-channel statements without difference.
(c) Customer shall sign the Go-Live Acceptance certificate within 5 business days after the tests are passed. Taking the Services into live use before the tests are passed is not Go-Live Acceptance.
(d) If Go-Live Acceptance is delayed beyond 15 March 2026 for reasons attributable to Vendor, Vendor shall pay Customer CNY 900 for each day of delay.

A8. Hosting Provider
Vendor hosts the Services on the infrastructure of Hangzhou Yunqi Data Services Co., Ltd. in its Hangzhou data centre, which Customer approves by signing this Order Form.

A9. Precedence
This Order Form and the General Terms form the Agreement. If they conflict, this Order Form prevails.

A10. Contacts
Customer's project manager: Head of the Ticketing Office. Vendor's account manager: China Customer Success Lead, Shanghai.

Signed for Customer: ____________________  Date: ________
Signed for Vendor: ____________________  Date: ________

PART B - RAFTPASS CLOUD GENERAL TERMS OF SERVICE (version 3.1)

1. Definitions
1.1 "Services" means the RaftPass Cloud services described in the Order Form.
1.2 "Customer Data" means all data that Customer or its passengers enter into the Services or that the Services generate for Customer, including passenger names, identity-card numbers, telephone numbers, bookings, gate records and dispatch records.
1.3 "Customer Configurations" means the fare tables, quota rules, dispatch rules, connector mappings and report templates set up for Customer.

2. Provision of the Services
2.1 Vendor shall provide the Services in accordance with the Order Form and these General Terms.
2.2 The Services and all Customer Data are hosted in mainland China. Vendor's second-line support staff may access the production environment only through a bastion host in Hangzhou, without any right to download data, and personal information does not leave mainland China.
2.3 Vendor may update the Services from time to time, provided that no update materially reduces their functions.
2.4 Customer is responsible for the gate hardware, the pier network and the accuracy of the quota figures it enters. Vendor shall provide the interface specifications for the gates and test each gate with Customer before Go-Live.

3. Service Levels
3.1 Availability target: 99.95% in each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 22:00 and 06:00 Beijing time.
3.2 Support: Priority 1 incidents (booking, ticket sale or gate validation unavailable at a pier) - response within 30 minutes and restoration target of two hours, every day from 06:00 to 22:00 Beijing time; Priority 2 incidents - response within two hours; Priority 3 - response within the next business day.
3.3 Vendor shall report availability and incident response times to Customer each month.
3.4 During the peak season from April to October, Vendor shall keep an engineer on call who can reach Xingcun Pier within three hours if an incident cannot be resolved remotely.
3.5 The service levels in this section are targets. A failure to meet them does not entitle Customer to service credits, fee reductions, damages or any other compensation.

4. Customer Data and Data Security
4.1 Customer Data belongs to Customer. Vendor processes Customer Data only on Customer's documented instructions and only to provide the Services, and does not use it for any other purpose.
4.2 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Vendor shall keep the hosting environment at the standard of MLPS level 3, encrypt identity-card numbers in storage and all data in transit, restrict access to named personnel with multi-factor authentication and keep access logs for at least six months.
4.3 Vendor shall notify Customer within 8 hours after becoming aware of any security incident affecting Customer Data, shall take immediate measures to contain it, and shall bear the losses, regulatory penalties and costs of notification resulting from an incident caused by Vendor or its subcontractors.
4.4 Within 30 days after the Agreement ends, Vendor shall return all Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

5. Subcontracting
5.1 Apart from the hosting provider named in the Order Form, Vendor shall not subcontract any part of the Services without Customer's prior written consent. Vendor remains responsible for its subcontractors.

6. Intellectual Property
6.1 The Services, the software and all related intellectual property remain Vendor's property. Customer receives a right to use the Services during the Subscription Term.
6.2 Customer Configurations belong to Customer. Customer may use and modify them freely and may give them to any successor supplier.

7. Confidentiality
7.1 Each party shall keep confidential all non-public information it receives from the other party in connection with the Agreement, shall use it only for the Agreement and shall not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after the Agreement ends.

8. Fees
8.1 The fees in the Order Form are fixed for the Subscription Term.
8.2 Vendor's invoices shall be Chinese VAT invoices issued by Vendor's Shanghai representative entity.

9. Term and Renewal
9.1 The Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10. Termination
10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
10.2 Customer may terminate the Agreement by written notice if Go-Live Acceptance is delayed by more than 45 days for reasons attributable to Vendor.
10.3 On termination Vendor shall provide reasonable assistance for the transfer of Customer Data and Customer Configurations to Customer or its new supplier.
10.4 Termination does not affect fees for Services provided before the termination date.

11. Liability
11.1 Vendor's aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.
11.2 The limit in 11.1 does not apply to liability for death or personal injury, for fraud, or for wilful misconduct.
11.3 Neither party is liable for indirect or consequential loss or loss of profit.

12. Force Majeure
12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including floods, closures of the scenic area ordered by the authorities, and failures of public telecommunications networks.

13. Governing Law and Jurisdiction
13.1 The Agreement is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
13.2 The courts of Hamburg, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with the Agreement.

14. General
14.1 The Agreement is written in English. Any Chinese translation is for convenience only.
14.2 Neither party may assign the Agreement without the other party's prior written consent.
14.3 Amendments must be in writing and signed by both parties.
14.4 Notices shall be sent in writing to the addresses in the Order Form, with a copy by e-mail to the contacts named in A10.
"""

CONTRACTS.append({
    "key": "h222e02", "file": "h222e02_bamboo_raft_ticketing_saas_order_form.txt", "lang": "en",
    "category": "cloud", "fmt": "txt", "source": H222E02,
    "kind_note": "Wuyishan bamboo-raft operator: real-name ticketing / gate / dispatch SaaS, 36 months, German vendor's Order Form + General Terms (Insel Scharhörn)",
    "items": [("Platform subscription", 36, 31800, 1144800), ("Gate validation module", 14 * 36, 420, 211680),
              ("Onboarding", 1, 96000, 96000)],
    "subtotals": [("monthly fees x 36", ["Platform subscription", "Gate validation module"], 37680 * 36)],
    "payments": [("12 quarters in arrears x 113,040", None, 12 * 113040), ("onboarding after Go-Live Acceptance", None, 96000)],
    "terms": {"availability_pct": 99.95, "p1_response_hours": 0.5, "sla_remedy": False, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True,
              "ld_rate_per_day_pct": 900 / 1452480 * 100, "liability_cap_pct": round(6 / 36 * 100, 4),
              "prepayment_pct": None, "acceptance_clause": True, "final_payment_on_acceptance": None,
              "warranty_months": None, "post_warranty_fee_pct": None, "auto_renewal_price_increase": False,
              "termination_for_breach": True, "subcontract_without_consent": False, "governing_law": "Germany",
              "contract_kind": "service"},
    "extra": {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1452480},
    "aux": {"fee_base": None, "forum_outside_mainland": True},
    "rules": ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "figures": ["CNY 1,452,480", "CNY 37,680", "CNY 113,040", "No amount is payable before the Go-Live Date",
                "99.95%", "response within 30 minutes", "does not entitle Customer to service credits",
                "CNY 900 for each day of delay", "six (6) months preceding", "36 months from the Go-Live Date",
                "laws of the Federal Republic of Germany", "courts of Hamburg", "Customer Data belongs to Customer",
                "Customer Configurations belong to Customer", "prior written consent", "does not renew automatically",
                "material breach", "not Go-Live Acceptance", "Chinese Renminbi (CNY)", "within 8 hours"],
})


# ===============================================================================================================
# h222e03 — Putian large-yellow-croaker farm: water-quality sensors + platform (Scottish integrator), buyer's
#           paper, .docx, compliant
# ===============================================================================================================
H222E03 = """T:Contract for the Supply and Installation of a Water-Quality Monitoring System
P:Contract No. NRB-EQ-2025-088
P:Buyer: Putian Nanri Bay Large Yellow Croaker Aquaculture Co., Ltd., Nanri Town, Xiuyu District, Putian, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Easdale Aquatic Instruments Ltd, The Old Slate Store, Easdale, Argyll PA34 4TB, Scotland, United Kingdom (the "Supplier").
P:Whereas the Buyer farms large yellow croaker in offshore net cages around Nanri Island and needs continuous measurement of dissolved oxygen and other water-quality parameters, in particular on calm summer nights when low oxygen can kill fish within hours; whereas the Buyer selected the Supplier through its tender No. NRB-T-2025-14; and whereas, at the Buyer's request, all prices are stated and paid in Chinese Renminbi (CNY); the parties agree as follows.
H:Article 1 Scope
P:1.1 The Supplier shall supply, install and commission a water-quality monitoring system for the Buyer's cage groups A to H, consisting of multiparameter sondes, solar telemetry buoys with gateways, dissolved-oxygen alarm and aerator control units, and the monitoring platform software, as specified in Annex 1 (Technical Specification).
P:1.2 The Supplier shall integrate the control units with the Buyer's existing aerators so that aeration starts automatically when dissolved oxygen falls below the level set by the Buyer, and shall configure SMS and app alarms for the Buyer's duty staff.
P:1.3 The monitoring platform is installed on the Buyer's servers in its Nanri office. Measurements are transmitted from the buoys to the Buyer's servers only.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,966,000, fixed, including VAT, import duties, transport to Nanri Island, marine installation, insurance until Acceptance, training and all other costs of the Supplier. The price is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter sonde (dissolved oxygen, temperature, salinity, pH, turbidity) with anti-fouling wiper|40|23,600|944,000
TB:2|Solar telemetry buoy with gateway|8|41,500|332,000
TB:3|Dissolved-oxygen alarm and aerator control unit|16|9,800|156,800
TB:4|Monitoring platform software, perpetual licence|1|268,000|268,000
TB:|Hardware and Licence Subtotal (items 1-4)|||1,700,800
TB:5|Installation on cages and moorings|1|142,000|142,000
TB:6|Aerator integration and alarm configuration|1|88,000|88,000
TB:7|Training and commissioning|1|35,200|35,200
TB:|Total Contract Price|||1,966,000
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 196,600) within 20 days after signature, against an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 1,081,300) after all equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate records delivery and installation only and is not acceptance of the system.
P:3.3 35% of the Contract Price (CNY 688,100) within 20 days after Final Acceptance under Article 5.
P:3.4 Each payment is made against a valid invoice. The Supplier's bank charges outside China are for the Supplier's account.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's base on Nanri Island within 75 days after signature and complete installation within 40 days after delivery.
P:4.2 Installation at sea shall be carried out from the Buyer's work boats under the direction of the Buyer's site manager and shall avoid typhoon warnings. The Supplier's staff shall follow the Buyer's boat safety rules and wear life jackets at all times.
P:4.3 Risk in the equipment passes to the Buyer at Final Acceptance.
P:4.4 The Supplier shall provide packing lists and certificates of origin with each shipment and shall arrange customs clearance at Xiamen, with the Buyer's assistance as importer of record.
H:Article 5 Acceptance
P:5.1 After installation the system shall run for a trial period of 30 days. Final Acceptance requires that: (a) each sonde agrees with laboratory reference measurements of water samples taken by the Buyer within 0.2 mg/L for dissolved oxygen, 0.3 °C for temperature and 0.5 for salinity; (b) during the trial period no sonde has a data gap longer than 30 minutes other than during agreed cleaning; (c) in a test at each cage group, the aerators start within two minutes after the measured oxygen falls below the set level, and the alarm reaches the duty phones within 60 seconds; (d) the platform shows live data, trends and the daily report for all cage groups; and (e) the documentation and training listed in Annex 1 have been delivered.
P:5.2 If all criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 days. If any criterion is not met, the Supplier shall remedy the defect within 15 days and the relevant tests shall be repeated.
P:5.3 Delivery, installation, use of the system for production or payment of any instalment does not mean that the system has been accepted.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace, free of charge, any equipment or software that fails, including sensors, batteries, solar panels and buoys, except the consumables listed in Annex 2 (membranes, wiper brushes and calibration solutions), which the Supplier shall supply at the prices in Annex 2.
P:6.2 The Supplier shall keep a stock of spare sondes and gateway parts at the Buyer's base during the warranty period and shall calibrate every sonde once every quarter.
P:6.3 The warranty period is extended by any period during which the system cannot be used because of a defect.
H:Article 7 Service Levels
P:7.1 The Supplier shall provide a Chinese-speaking support line through its service partner in Fuzhou, and shall respond and restore service within the following times:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|No oxygen data or no alarm for a cage group, or automatic aeration fails|1 hour|8 hours, weather permitting|16 hours
TB:Severity 2|A single sonde or buoy fails, or a platform function is unavailable|2 hours|2 working days|3 working days
TB:Severity 3|Minor faults and questions|Next working day|As agreed|As agreed
P:7.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 1,500; for each working day by which a Severity 2 restoration time is exceeded, CNY 600. The Buyer may deduct these amounts from any payment due to the Supplier.
H:Article 8 Support after the Warranty Period
P:8.1 After the warranty period the Buyer may order annual support, including quarterly calibration, repair and replacement of failed equipment, software updates and the service levels in Article 7. The annual support fee is 9.5% of the Hardware and Licence Subtotal, that is CNY 161,576 per year, fixed for three years after the warranty period.
P:8.2 Support is ordered by the Buyer's written purchase order for each year and is not renewed automatically.
H:Article 9 Intellectual Property
P:9.1 The monitoring platform software remains the property of its licensor; the Buyer receives a perpetual licence to use it for its farms.
P:9.2 The integration logic for the aerators, the alarm rules, the configuration files and the reports prepared for the Buyer belong to the Buyer, which may use, modify and have them modified by others without restriction.
H:Article 10 Data and Security
P:10.1 All measurement data, stock data and farm records collected or produced by the system belong to the Buyer. The Supplier shall not use them for any purpose other than performing this Contract.
P:10.2 The Supplier shall encrypt the telemetry link, change all default passwords before installation and access the Buyer's servers only through remote sessions approved by the Buyer each time. No data may be copied to the Supplier's own systems.
P:10.3 The Supplier shall report any security incident affecting the system or the Buyer's data to the Buyer within 12 hours, shall help to contain it, and shall compensate the Buyer for losses caused by the Supplier's breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and business information received under this Contract, including the Buyer's stocking densities, production figures and farm layout, and shall not disclose it to any third party without prior written consent. This obligation survives termination.
H:Article 12 Delay
P:12.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in Articles 4 and 5 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
H:Article 13 Subcontracting
P:13.1 The Supplier may not subcontract any part of the work, including mooring work or boat hire, without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Article 12 reach their maximum.
H:Article 15 Force Majeure
P:15.1 Typhoons, storm surges and other events beyond the reasonable control of a party excuse delay for their duration, provided the affected party notifies the other party promptly. Installation time lost because of typhoon warnings extends the dates in Article 4 accordingly.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Putian Arbitration Commission for arbitration in Putian.
H:Article 17 Miscellaneous
P:17.1 This Contract is made in English and Chinese; both versions are equally authentic. Annex 1 (Technical Specification) and Annex 2 (Consumables Price List) form part of it.
P:17.2 Notices shall be in writing and sent to the addresses above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

CONTRACTS.append({
    "key": "h222e03", "file": "h222e03_yellow_croaker_farm_water_quality_sensors.docx", "lang": "en",
    "category": "hardware", "fmt": "docx", "source": H222E03,
    "kind_note": "Putian large-yellow-croaker farm: 40 sondes, 8 telemetry buoys, 16 aerator controls, platform licence; Scottish integrator on Easdale, buyer's paper",
    "items": [("sonde", 40, 23600, 944000), ("telemetry buoy", 8, 41500, 332000), ("aerator control unit", 16, 9800, 156800),
              ("platform licence", 1, 268000, 268000), ("installation", 1, 142000, 142000),
              ("integration", 1, 88000, 88000), ("training", 1, 35200, 35200)],
    "subtotals": [("Hardware and Licence Subtotal", ["sonde", "telemetry buoy", "aerator control unit", "platform licence"], 1700800)],
    "payments": [("advance", 10, 196600), ("Installation Certificate", 55, 1081300), ("Final Acceptance", 35, 688100)],
    "terms": {"availability_pct": None, "p1_response_hours": 1, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True,
              "ld_rate_per_day_pct": 0.1, "liability_cap_pct": None, "prepayment_pct": 10,
              "acceptance_clause": True, "final_payment_on_acceptance": True, "warranty_months": 24,
              "post_warranty_fee_pct": 9.5, "auto_renewal_price_increase": False, "termination_for_breach": True,
              "subcontract_without_consent": False, "governing_law": "PRC", "contract_kind": "goods_or_licence"},
    "extra": {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
              "acceptance_deemed_on_delivery": False, "contract_value": 1966000},
    "aux": {"fee_base": 1700800, "forum_outside_mainland": False},
    "rules": [],
    "figures": ["CNY 1,966,000", "1,700,800", "10% of the Contract Price", "CNY 196,600", "CNY 1,081,300",
                "CNY 688,100", "24 months from Final Acceptance", "9.5% of the Hardware and Licence Subtotal",
                "CNY 161,576", "not renewed automatically", "0.1% of the Contract Price for each day of delay",
                "CNY 1,500", "laws of the People's Republic of China", "Putian Arbitration Commission",
                "belong to the Buyer", "prior written consent", "material breach", "does not mean that the system has been accepted",
                "Chinese Renminbi (CNY)", "within 12 hours"],
})


# ===============================================================================================================
# h222e04 — Ningbo bearing exporter: managed IT and desktop support, 24 months (Italian provider), .md
# ===============================================================================================================
H222E04 = """# Managed IT Services Agreement

**Agreement reference:** LSI-NB-MSA-2025-07

**Between**

**Ningbo Beilun Hengda Precision Bearing Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office at No. 88 Mingzhou Road, Beilun District, Ningbo, Zhejiang Province ("**Customer**"), and

**Laguna Servizi Informatici S.r.l.**, a company incorporated in Italy, with its registered office at Fondamenta dei Borgognoni 7, Isola di Torcello, 30142 Venezia, Italy, acting through its delivery team in Ningbo ("**Provider**").

**Recitals**

A. Customer manufactures deep-groove and tapered roller bearings for export, with a factory and warehouse in Beilun and a sales office in Ningbo city, and about 420 computer users.

B. Customer wishes to outsource its service desk, desktop support and infrastructure monitoring, and Provider has offered to provide these services on the terms below.

C. At Customer's request, all Charges are stated, invoiced and paid in Chinese Renminbi (CNY).

## 1. Definitions

1.1 **Services** means the services described in clause 2 and Schedule 2.

1.2 **Service Commencement Date** means the day after Transition Acceptance.

1.3 **Customer Data** means all data, documents, e-mails and records of Customer, its employees and its customers that Provider has access to in performing the Services.

1.4 **Initial Term** means the period of 24 months from the Service Commencement Date.

## 2. Services

2.1 Provider shall provide: (a) a service desk in Chinese and English from 07:30 to 20:00, Monday to Saturday, by telephone, e-mail and web portal; (b) on-site desktop support by two resident engineers at the Beilun factory, with visits to the city office when needed; (c) endpoint management, including operating-system patching, management of the antivirus console and an up-to-date hardware and software inventory; (d) user administration for Microsoft 365 and for Customer's ERP system; (e) daily monitoring of the backups of the file server and the ERP database; (f) monitoring of firewalls, switches and wireless access points; and (g) coordination of Customer's hardware and telecommunications suppliers.

2.2 Provider shall deliver the Services in accordance with the service levels in Schedule 2 and with Customer's reasonable written instructions.

2.3 The Services do not include the purchase of hardware or software licences, project work such as office moves or new system implementations, or support of the controllers of production machinery. Such work may be ordered separately by written change request at rates agreed in each change request.

2.4 Customer shall provide the resident engineers with desks, network access, the administrator accounts needed for the Services and a contact person in each department.

## 3. Transition

3.1 Provider shall complete the transition of the Services from Customer's current arrangements within six weeks after signature.

3.2 Transition Acceptance requires that: (a) the asset inventory has been reconciled with Customer's fixed-asset list and all differences explained; (b) runbooks for the thirty most frequent request types have been approved by Customer's IT manager; (c) the ticketing tool has been configured and tested with Customer's categories and priorities; and (d) Provider has operated the service desk in parallel with Customer's staff for ten business days, handling every P1 and P2 ticket within the service levels.

3.3 Customer shall confirm Transition Acceptance in writing within three business days after the criteria are met. Starting to use the service desk before that is not Transition Acceptance.

3.4 If Transition Acceptance is not achieved within six weeks after signature for reasons attributable to Provider, Provider shall pay CNY 1,100 for each day of delay.

3.5 During the transition, Customer's existing IT staff shall provide the information and access reasonably required by Provider.

## 4. Term

4.1 This Agreement starts on signature and continues for the Initial Term.

4.2 At the end of the Initial Term this Agreement renews for a further 24 months at the same Charges and on the same terms, unless either party gives written notice of non-renewal at least 90 days before the end of the Initial Term.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 1. The monthly Charges are invoiced monthly in arrears and paid within 30 days of invoice. The Transition Fee is invoiced after Transition Acceptance.

5.2 No Charges are payable in advance.

5.3 The Charges are fixed for the Initial Term and for any renewal term. Additional users are charged at the per-user rate in Schedule 1.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the response and resolution times in Schedule 2 and shall report its performance each month.

6.2 If Provider misses the response or resolution time of a P1 incident, Provider shall credit 5% of the monthly Charges for that month for each such incident; if it misses the response time for more than ten P2 or P3 tickets in a month, it shall credit 2% of the monthly Charges. Service credits in a month are capped at 10% of the monthly Charges and are deducted from the next invoice.

6.3 Provider shall provide a monthly service report with ticket volumes, service-level performance and recommendations, and the parties shall hold a service review meeting every quarter.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services and shall not sell it, disclose it to third parties or use it for any other purpose.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's business information, including prices, customer lists, drawings and the terms of this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent, except as required by law. This obligation continues for three years after this Agreement ends.

## 9. Personnel and Subcontractors

9.1 Provider shall assign suitably qualified staff. The two resident engineers shall not be replaced without ten business days' notice to Customer, except in case of illness or resignation.

9.2 Provider may use subcontractors, including local service partners for on-site support and hardware repairs, and shall inform Customer in writing of the subcontractors it uses. Provider remains responsible for the acts and omissions of its subcontractors.

9.3 Provider's staff working at Customer's sites shall follow Customer's site rules, including the safety rules of the production areas.

## 10. Intellectual Property

10.1 The runbooks, scripts, knowledge-base articles and reports that Provider prepares specifically for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

10.2 Provider's monitoring and ticketing tools and its general know-how remain Provider's property.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 200% of the total Charges for the Initial Term, including the Transition Fee.

11.2 This limit does not apply to death or personal injury, fraud, or breach of clause 8.

11.3 Neither party is liable for indirect loss or loss of profit.

## 12. Remedies and Termination

12.1 Customer's remedies for any failure of Provider to meet the service levels or to perform the Services are the service credits under clause 6 and Provider's obligation to perform the affected Services again without charge.

12.2 Neither party may terminate this Agreement before the end of the Initial Term or of a renewal term, except by written notice if the other party becomes insolvent, enters liquidation or ceases to carry on business.

12.3 On expiry or termination, Provider shall hand over all runbooks, documentation, passwords and tickets to Customer or its new provider and shall assist with the hand-over for up to thirty days at the same rates.

## 13. Force Majeure

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including typhoons, power failures in the public grid and government orders, provided it notifies the other party promptly and resumes performance as soon as possible.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

15.2 This Agreement is made in English and Chinese. Both versions are equally authentic.

15.3 Notices shall be given in writing to the addresses above.

## Schedule 1 - Charges (CNY)

| Charge | Basis | Monthly (CNY) | Initial Term (CNY) |
|---|---|---|---|
| Service desk and remote support | 420 users x CNY 85 per user per month | 35,700 | 856,800 |
| On-site desktop support | 2 resident engineers | 26,500 | 636,000 |
| Network and server monitoring | fixed | 7,800 | 187,200 |
| Transition Fee | one-time | - | 58,000 |
| **Total** | | **70,000** | **1,738,000** |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | ERP, e-mail or network down for a whole site, or production-line computers stopped | 30 minutes (on site within 2 hours) | 8 hours |
| P2 | A department or a key user cannot work | 1 hour | 1 business day |
| P3 | A single user affected, with a workaround available | 8 business hours | 3 business days |
| P4 | Requests and questions | 2 business days | as agreed |

Response and resolution times run during service-desk hours, except for P1 incidents, which run around the clock.

**Signed** for Customer: ____________________ Date: __________

**Signed** for Provider: ____________________ Date: __________
"""

CONTRACTS.append({
    "key": "h222e04", "file": "h222e04_bearing_exporter_managed_it_desktop_support.md", "lang": "en",
    "category": "services", "fmt": "md", "source": H222E04,
    "kind_note": "Ningbo bearing exporter: managed IT (service desk, 2 resident engineers, endpoints, monitoring), 24 months; Italian provider on Isola di Torcello",
    "items": [("Service desk", 420 * 24, 85, 856800), ("On-site desktop support", 24, 26500, 636000),
              ("Monitoring", 24, 7800, 187200), ("Transition Fee", 1, 58000, 58000)],
    "subtotals": [("monthly x 24", ["Service desk", "On-site desktop support", "Monitoring"], 70000 * 24)],
    "payments": [("24 months in arrears x 70,000", None, 24 * 70000), ("Transition Fee after Transition Acceptance", None, 58000)],
    "terms": {"availability_pct": None, "p1_response_hours": 0.5, "sla_remedy": True, "ip_owner": "buyer",
              "data_security_clause": False, "buyer_owns_data": True, "confidentiality": True,
              "ld_rate_per_day_pct": 1100 / 1738000 * 100, "liability_cap_pct": 200, "prepayment_pct": None,
              "acceptance_clause": True, "final_payment_on_acceptance": None, "warranty_months": None,
              "post_warranty_fee_pct": None, "auto_renewal_price_increase": False, "termination_for_breach": False,
              "subcontract_without_consent": True, "governing_law": "PRC", "contract_kind": "service"},
    "extra": {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1738000},
    "aux": {"fee_base": None, "forum_outside_mainland": False},
    "rules": ["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"],
    "figures": ["1,738,000", "70,000", "No Charges are payable in advance", "30 minutes (on site within 2 hours)",
                "credit 5% of the monthly Charges", "CNY 1,100 for each day of delay", "200% of the total Charges",
                "at the same Charges", "remains the property of Customer", "shall inform Customer in writing",
                "Neither party may terminate this Agreement before the end of the Initial Term",
                "laws of the People's Republic of China", "Ningbo Arbitration Commission", "belong to Customer",
                "not Transition Acceptance", "Chinese Renminbi (CNY)"],
})


# ===============================================================================================================
# h222e05 — Guangxi sugar-orange exporter: phytosanitary-certificate data API subscription (Portuguese vendor), .txt
# ===============================================================================================================
H222E05 = """PHYTOCHECK API SUBSCRIPTION AGREEMENT

Agreement number: CPC-2025-CN-112

This Subscription Agreement is entered into between:

Cabras PhytoCert, Lda., a private limited company organised under the laws of Portugal, with its registered seat on the Ilhéu das Cabras, 9700 Angra do Heroísmo, Terceira, Azores, Portugal ("Vendor"); and

Guangxi Lipu Jinju Fruit Export Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered address at No. 9 Guiyuan Road, Lipu, Guilin, Guangxi Zhuang Autonomous Region ("Customer").

RECITALS

(A) Customer packs and exports sugar oranges (shatangju) from registered orchards and packing houses in Lipu to buyers in South-East Asia, the Gulf states and Canada, in about 4,500 consignments per season.

(B) Every consignment needs a phytosanitary certificate issued by the China Customs authorities, and the importing countries set different requirements on pests, cold treatment, orchard and packing-house registration and labelling. Mistakes in the application lead to rejected certificates and shipments held at the port.

(C) Vendor operates PhytoCheck, an API service that checks consignment data against the current requirements of importing countries and prepares the data set for the certificate application. Vendor does not issue phytosanitary certificates.

(D) At Customer's request, all fees under this Agreement are stated, invoiced and payable in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "Service" means the PhytoCheck API and web console, the requirement database for the importing countries listed in Schedule A, the document-pack generator and the related support.

1.2 "ERP Adapter" means the software that Vendor develops to connect the Service with Customer's ERP and packing-house system.

1.3 "Customer Rule Set" means the rules that Vendor configures for Customer's orchards, packing houses, products, export markets and document templates.

1.4 "Customer Data" means all consignment, consignee, orchard, packing-house and treatment data that Customer submits to the Service, and the results that the Service produces from it.

1.5 "Service Start Date" means the date of the Service Start Acceptance certificate under clause 4.

1.6 "Subscription Term" means 24 months from the Service Start Date.

2. THE SERVICE

2.1 Vendor shall provide the Service to Customer during the Subscription Term for up to 6,000 consignment checks in each subscription year.

2.2 Vendor shall update the requirement database within two business days after an importing country or the China Customs authorities publish a change that affects Customer's export markets, and shall notify Customer of each change by e-mail.

2.3 Vendor shall develop the ERP Adapter and configure the Customer Rule Set as described in Schedule A, and shall train Customer's export documentation staff.

2.4 Customer remains responsible for the correctness of the data it submits and for its certificate applications to the authorities.

3. FEES AND PAYMENT

3.1 The fees are set out in Schedule A. The total fees for the Subscription Term are CNY 682,000.

3.2 Vendor shall issue its first invoice on signature of this Agreement for the Year 1 Subscription Fee, the ERP Adapter fee and the onboarding fee, together CNY 414,000. This invoice is payable within 10 days after signature and in any case before the Service Start Date.

3.3 Vendor shall invoice the Year 2 Subscription Fee of CNY 268,000 at the beginning of the second subscription year, payable within 30 days.

3.4 Consignment checks above 6,000 in a subscription year are charged at CNY 38 per check, invoiced at the end of that year.

3.5 The fees are fixed for the Subscription Term.

4. SERVICE START AND ACCEPTANCE

4.1 Vendor shall make the Service, the ERP Adapter and the Customer Rule Set ready for Service Start Acceptance within 60 days after signature.

4.2 Service Start Acceptance tests: (a) 50 consignments from the last season, chosen by Customer, are re-checked, and the Service identifies every requirement that the authorities or importers raised for them; (b) the ERP Adapter posts the check results for 20 test consignments into Customer's ERP without manual correction; (c) the document-pack generator produces correct packs for Thailand, Vietnam and the United Arab Emirates; and (d) Customer's customs broker confirms in writing that the data set matches the format required for the certificate application.

4.3 Customer shall sign the Service Start Acceptance certificate within 5 business days after all tests are passed. Use of the Service for live consignments before that date is not acceptance.

4.4 If the Service is not ready for Service Start Acceptance within the period in clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 Vendor shall meet the service levels in Schedule B and shall report its performance every month.

5.2 If Vendor does not meet the availability commitment in a month, Customer is entitled to the service credits in Schedule B, which are deducted from the next invoice or, at the end of the Subscription Term, refunded.

6. INTELLECTUAL PROPERTY

6.1 The Service, the requirement database and all related software and documentation remain Vendor's property.

6.2 All intellectual property rights in the ERP Adapter, the Customer Rule Set and any other work that Vendor performs for Customer under this Agreement belong to Vendor. Customer receives a non-exclusive, non-transferable right to use the ERP Adapter and the Customer Rule Set together with the Service during the Subscription Term. Customer may not modify them or have them used with any other service.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the Service to Customer and shall not use it, in any form, for any other purpose, including statistics or services for other customers.

7.2 The Service and all Customer Data are hosted in mainland China, in the Shenzhen data centre of Shenzhen Qianhai Cloudlink Co., Ltd., which Customer approves by signing this Agreement. Vendor shall not use any other subcontractor or sub-processor without Customer's prior written consent.

7.3 Vendor shall maintain an information security management system certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, give access only to named staff with multi-factor authentication and keep access logs for at least 180 days.

7.4 Vendor shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and shall be liable for the losses and costs that Customer suffers as a result of an incident caused by Vendor or its sub-processor.

7.5 At the end of the Subscription Term Vendor shall return Customer Data in CSV format and delete it within 30 days, and shall confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's prices, consignees and volumes, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after this Agreement ends.

9. TERM AND RENEWAL

9.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically. The parties may agree a further term in writing.

10. TERMINATION

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.2 If Customer terminates under clause 10.1, Vendor shall refund the fees paid for the period after termination.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term. This limit does not apply to breach of clauses 7 or 8, fraud or wilful misconduct.

11.2 Vendor is not liable for decisions of the authorities on certificate applications, provided the Service performed in accordance with this Agreement.

12. FORCE MAJEURE

12.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

13. GOVERNING LAW AND DISPUTES

13.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.

14. GENERAL

14.1 This Agreement is made in English. Notices must be in writing and sent to the addresses above.

14.2 Amendments must be in writing and signed by both parties.

SCHEDULE A - FEES (CNY)

Subscription Fee, Year 1 (up to 6,000 consignment checks): CNY 268,000
Subscription Fee, Year 2 (up to 6,000 consignment checks): CNY 268,000
ERP Adapter and Customer Rule Set (one-time development): CNY 124,000
Onboarding and training (one-time): CNY 22,000
Total fees for the Subscription Term: CNY 682,000
Importing countries covered: Thailand, Vietnam, Malaysia, Indonesia, the Philippines, the United Arab Emirates, Saudi Arabia and Canada.

SCHEDULE B - SERVICE LEVELS

B1. Availability: the API is available 99.95% of the time in each calendar month, excluding maintenance announced at least two business days in advance.

B2. Support hours: 09:00 to 18:00 Azores time, Monday to Friday, in English, by e-mail and telephone.

B3. Severity 1 (the API is unavailable or returns errors for all requests): response within 8 business hours. Severity 2 (a function or an importing country's rules fail): response within two business days. Severity 3 (questions): response within five business days.

B4. Service credits: if availability in a month is below 99.95% but at least 99.5%, 5% of the monthly equivalent of the current Subscription Fee; below 99.5% but at least 99.0%, 10%; below 99.0%, 20%.

Signed for Vendor: ____________________  Date: __________
Signed for Customer: ____________________  Date: __________
"""

CONTRACTS.append({
    "key": "h222e05", "file": "h222e05_sugar_orange_exporter_phyto_certificate_api.txt", "lang": "en",
    "category": "cloud", "fmt": "txt", "source": H222E05,
    "kind_note": "Guangxi sugar-orange exporter: phytosanitary-certificate data API, 24 months, + ERP adapter / rule set; Portuguese vendor on the Ilhéu das Cabras",
    "items": [("Subscription Year 1", 1, 268000, 268000), ("Subscription Year 2", 1, 268000, 268000),
              ("ERP Adapter and Customer Rule Set", 1, 124000, 124000), ("Onboarding", 1, 22000, 22000)],
    "subtotals": [("first invoice", ["Subscription Year 1", "ERP Adapter and Customer Rule Set", "Onboarding"], 414000)],
    "payments": [("first invoice before Service Start", None, 414000), ("Year 2 invoice", None, 268000)],
    "terms": {"availability_pct": 99.95, "p1_response_hours": 8, "sla_remedy": True, "ip_owner": "supplier",
              "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True,
              "ld_rate_per_day_pct": 500 / 682000 * 100, "liability_cap_pct": 150,
              "prepayment_pct": 414000 / 682000 * 100, "acceptance_clause": True,
              "final_payment_on_acceptance": None, "warranty_months": None, "post_warranty_fee_pct": None,
              "auto_renewal_price_increase": False, "termination_for_breach": True,
              "subcontract_without_consent": False, "governing_law": "PRC", "contract_kind": "service"},
    "extra": {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 682000},
    "aux": {"fee_base": None, "forum_outside_mainland": False},
    "rules": ["CR-IP-OWNERSHIP", "CR-PREPAYMENT", "CR-SLA-RESPONSE"],
    "figures": ["CNY 682,000", "CNY 414,000", "before the Service Start Date", "CNY 268,000",
                "response within 8 business hours", "99.95%", "5% of the monthly equivalent", "CNY 500 for each day of delay",
                "150% of the total fees", "belong to Vendor", "non-exclusive, non-transferable right",
                "Customer Data belongs to Customer", "prior written consent", "does not renew automatically",
                "material breach", "laws of the People's Republic of China", "Nanning Arbitration Commission",
                "not acceptance", "within 12 hours", "Chinese Renminbi (CNY)", "Ilhéu das Cabras"],
})


# ===============================================================================================================
# Build, read back, check, label.
# ===============================================================================================================
ZH_RANGE = (2800, 3300)   # Chinese: characters other than whitespace, as read back
EN_RANGE = (1500, 1700)   # English: whitespace-separated words, as read back


def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8"), 0
    if fmt == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(cell.text for cell in row.cells))
        return "\n".join(parts), len(doc.tables)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages), 0
    raise ValueError(fmt)


def text_length(text, lang):
    return len("".join(text.split())) if lang == "zh" else len(text.split())


def scan(text, lang):
    variants = [text, " ".join(text.split())]
    if lang == "zh":
        variants.append("".join(text.split()))
    hits = []
    for v in variants:
        hits.extend(threshold_hits(v))
    return hits


def check_plan():
    assert len(CONTRACTS) == 10
    assert [c["key"] for c in CONTRACTS] == ["h222z%02d" % i for i in range(1, 6)] + ["h222e%02d" % i for i in range(1, 6)]
    fmts = {}
    for c in CONTRACTS:
        assert c["file"].startswith(c["key"] + "_") and c["file"].endswith("." + c["fmt"]), c["file"]
        assert c["lang"] == ("zh" if c["key"][4] == "z" else "en")
        fmts.setdefault(c["fmt"], set()).add(c["lang"])
    counts = {f: sum(1 for c in CONTRACTS if c["fmt"] == f) for f in fmts}
    assert counts == {"docx": 2, "pdf": 2, "md": 3, "txt": 3}, counts
    assert all(v == {"zh", "en"} for v in fmts.values()), fmts
    # the mix: 2 compliant, 1 with a single low finding, 6 with two or three findings, 1 template with many
    sizes = sorted(len(c["rules"]) for c in CONTRACTS)
    assert sizes.count(0) == 2 and sizes.count(1) == 1 and sum(1 for s in sizes if s in (2, 3)) == 6 and sizes[-1] >= 9, sizes
    single = [c for c in CONTRACTS if len(c["rules"]) == 1][0]
    assert SEVERITY[single["rules"][0]] == "low"
    for c in CONTRACTS:
        check_money(c)
        got = apply_rules(c["terms"], c["extra"], c["aux"])
        assert got == sorted(c["rules"]), (c["key"], got, sorted(c["rules"]))
        for f in c["figures"]:
            assert f in c["source"], (c["key"], "figure not in source", f)
        assert not threshold_hits(c["source"]), (c["key"], threshold_hits(c["source"]))
    fired = set(r for c in CONTRACTS for r in c["rules"])
    return fired


def main():
    self_test_regexes()
    fired = check_plan()
    sys.dont_write_bytecode = True   # write nothing outside this folder (no ../__pycache__)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources = {c["key"]: c["source"] for c in CONTRACTS if c["fmt"] in ("docx", "pdf")}
    targets = {c["key"]: (c["file"], c["fmt"]) for c in CONTRACTS if c["fmt"] in ("docx", "pdf")}
    for c in CONTRACTS:
        if c["fmt"] in ("txt", "md"):
            (OUT / c["file"]).write_text(c["source"], encoding="utf-8")
            print("wrote", c["file"])
    write(sources, targets, OUT, wrap_words=True)

    rows = []
    for c in CONTRACTS:
        text, ntables = read_back(OUT / c["file"], c["fmt"])
        if c["fmt"] == "docx":
            assert ntables >= 1, (c["key"], "no Word table")
        n = text_length(text, c["lang"])
        lo, hi = ZH_RANGE if c["lang"] == "zh" else EN_RANGE
        assert lo <= n <= hi, (c["key"], "length", n)
        body = re.sub(r"第 \d+ 页", "", text) if c["fmt"] == "pdf" else text   # PDF page footers cut sentences
        flat = "".join(body.split())
        for f in c["figures"]:
            assert "".join(f.split()) in flat, (c["key"], "figure not read back", f)
        hits = scan(text, c["lang"])
        assert not hits, (c["key"], hits)
        label = label_json(c)
        (OUT / (Path(c["file"]).stem + ".json")).write_text(label, encoding="utf-8")
        share = tco_share(c["terms"], c["extra"], c["aux"]) if c["terms"]["contract_kind"] == "goods_or_licence" and c["extra"].get("post_warranty_fee_capped") else None
        rows.append((c["file"], c["lang"], c["fmt"], n, len(text), ntables, ", ".join(sorted(c["rules"])) or "(none)",
                     risk_level(c["rules"]), share))
    for r in rows:
        print("%-62s %s %-4s len=%5d raw=%5d tables=%d risk=%-6s tco=%s rules=%s" % (r[0], r[1], r[2], r[3], r[4], r[5], r[7],
                                                                        "-" if r[8] is None else "%.2f%%" % r[8], r[6]))
    print("rules fired at least once (%d of %d):" % (len(fired), len(SEVERITY)), ", ".join(sorted(fired)))
    print("rules not fired:", ", ".join(sorted(set(SEVERITY) - fired)) or "(none)")
    print("all checks passed")


if __name__ == "__main__":
    main()
