#!/usr/bin/env python3
"""holdout280: ten blind ORDINARY draft contracts (h280z01-z05 Chinese, h280e01-e05 English) and their labels.

Writes every file from the sources kept below, asserts every price and payment sum and that each labelled figure
appears in the text, builds the .docx/.pdf through ../word_pdf.py (wrap_words=True), re-applies the policy §3/§4 rules
to the labels and asserts the result equals the plan, writes the .json labels, then reads every built file back
(python-docx paragraphs + tables, pypdf) to check the text lengths and to scan for any value sitting on a threshold.
Run: /work/main/.venv/bin/python make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}     # key -> source text (.md/.txt as written; .docx/.pdf as word_pdf markup)
PLAN = {}    # key -> the plan: file, label fields, price lines, payments, figures, expected rules, risk

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# ---- values that sit exactly on a policy threshold, in any spelling (policy §3 and §4) ----
_N = "(?![0-9])"
THRESHOLDS = {
    "availability 99.9 %": r"99\.90*(?![0-9])|九十九点九(?![一二三四五六七八九])|ninety[- ]nine point nine(?![- ](?:one|two|three|four|five|six|seven|eight|nine))",
    "P1 response 4 hours": r"(?<![0-9.])4(?:\.0+)?\s*(?:business |working |clock )?(?:hours?|hrs?|h)\b|(?<![0-9.])4\s*个?(?:工作)?小时|(?<![十0-9])四个?(?:工作)?小时|\bfour(?:[- ](?:business|working|clock))?[- ]hours?\b|(?<![0-9.])240\s*(?:分钟|minutes?)",
    "LD 0.05 %/day": r"(?<![0-9.])0\.050*\s*(?:%|per ?cent)|万分之五(?![十0-9])|千分之零点五|(?<![0-9.])0\.50*\s*‰|(?<![0-9.])0\.35\s*%",
    "liability cap 100 %": r"(?<![0-9.])100(?:\.0+)?\s*(?:%|per ?cent)|百分之(?:一)?百(?![零一二三四五六七八九十])|\bone hundred per ?cent|\bhundred percent",
    "prepayment 30 %": r"(?<![0-9.])30(?:\.0+)?\s*(?:%|per ?cent)|百分之三十(?![一二三四五六七八九])|\bthirty per ?cent",
    "post-warranty fee 15 %": r"(?<![0-9.])15(?:\.0+)?\s*(?:%|per ?cent)|百分之十五(?![点])|\bfifteen per ?cent",
    "TCO share 40 %": r"(?<![0-9.])40(?:\.0+)?\s*(?:%|per ?cent)|百分之四十(?![一二三四五六七八九])|\bforty per ?cent",
    "warranty 12 months": r"(?<![0-9.])12\s*(?:个月|[- ]?months?)|十二个月|\btwelve[- ]months?|(?<![第每同逐])一年|一周年|(?<![0-9.])1\s*年(?![0-9])|\b(?:one|1)[- ]years?\b",
    "TCO horizon 5 years": r"(?<![0-9.])5\s*(?:[- ]?years?|年)(?![0-9])|(?<![十0-9])五年|\bfive[- ]years?\b|(?<![0-9.])60\s*(?:个月|[- ]?months?)|六十个月",
}
THRESH_RE = {k: re.compile(v, re.I) for k, v in THRESHOLDS.items()}
SELF_TEST_HIT = ["可用率不低于99.9%", "99.90 %", "within 4 hours", "4 business hours", "4h", "4小时内响应", "四小时",
                 "四个工作小时", "240分钟", "four hours", "0.05%", "万分之五", "100%", "100 per cent", "百分之一百",
                 "30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "forty percent", "12个月",
                 "12 months", "12-month", "十二个月", "质保期一年", "1年", "one year", "one-year", "5年", "five years",
                 "60 months", "五年", "0.35%"]
SELF_TEST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时内", "0.5小时", "0.055%", "万分之五十",
                  "万分之二", "0.1%", "150%", "1000%", "20%", "0.15%", "115%", "百分之十五点五", "45%", "140%",
                  "18个月", "2026年12月31日", "第一年", "每年", "2025年", "24 months", "十五年", "36 months", "15日",
                  "30日", "40日", "100元", "15 minutes", "per year", "fiscal year"]


def self_test():
    for s in SELF_TEST_HIT:
        assert any(r.search(s) for r in THRESH_RE.values()), ("threshold regex misses", s)
    for s in SELF_TEST_MISS:
        hits = [k for k, r in THRESH_RE.items() if r.search(s)]
        assert not hits, ("threshold regex over-matches", s, hits)


def scan(text):
    return [(k, m.group(0)) for k, r in THRESH_RE.items() for m in r.finditer(text)]


def read_back(path):
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    """Chinese: characters other than whitespace; English: words (whitespace-separated tokens)."""
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---- policy §3 / §4 re-applied to a label ----
def tco(p):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty fee for
    every year after the warranty (partial year pro rata) on the itemised licence/hardware base."""
    t = p["terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = p["fee_base"] * t["post_warranty_fee_pct"] / 100 * years
    total = p["extra"]["contract_value"] + fees
    return {"tco": total, "post_warranty_fees": fees, "share_pct": fees / total * 100}


def apply_rules(p):
    t, x = p["terms"], p["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(p)
        if c is not None and c["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or p["forum_outside_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")


def plan(key, file, lang, category, value, lines, payments, figs, rules, risk_level, terms, sla_clause=True,
         ld_stated=True, capped=None, deemed=False, fee_base=None, forum_outside=False):
    t = dict(BASE)
    t.update(terms)
    assert list(t) == TERM_KEYS
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    PLAN[key] = dict(file=file, language=lang, category=category, terms=t, extra=extra, lines=lines,
                     payments=payments, figs=figs, rules=sorted(rules), risk=risk_level, fee_base=fee_base,
                     forum_outside_mainland=forum_outside)

# =====================================================================================================================
# h280z01 — 省气象局 强对流天气预警发布平台 (政府采购 公开招标, buyer's paper) — PDF, 第X条 with 1.1 sub-clauses
# =====================================================================================================================
SRC["z01"] = """T:云岭省气象灾害预警发布平台建设项目政府采购合同
P:合同编号：YLQX-ZC-2026-017　　采购方式：公开招标　　采购项目编号：YLCG-2026-G0342
P:甲方（采购人）：云岭省气象局
P:乙方（供应商）：北京天衡气象科技有限公司
P:鉴于甲方通过公开招标方式采购“气象灾害预警发布平台建设项目”，乙方为依法确定的中标供应商，双方根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，经协商一致，签订本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设覆盖全省的强对流天气（短时强降水、冰雹、雷暴大风、龙卷）预警发布平台，内容包括：预警制作与发布平台软件许可、多源数据融合与短临外推模块定制开发、服务器及存储设备供货、发布渠道对接、部署实施、数据迁移及培训。
P:1.2 平台应与甲方现有的雷达拼图系统、自动站实况系统、省突发事件预警信息发布系统对接，预警产品须在签发后三分钟内同步推送至短信、应急广播、电视插播和新媒体渠道。
P:1.3 项目建设地点为甲方指定的省气象信息中心机房及政务云平台；工期为合同签订之日起150日内完成部署并具备初验条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币3,320,000元（大写：叁佰叁拾贰万元整），为固定总价，包括软硬件、开发、运输、安装、税费及质保期内全部服务费用，甲方不再另行支付其他费用。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|预警制作与发布平台软件许可（永久，省市县三级不限用户数）|1,260,000
TB:2|多源数据融合与短临外推模块定制开发|845,000
TB:3|服务器及存储设备（含机柜内布线）|698,000
TB:4|发布渠道对接（短信、应急广播、电视插播、新媒体）|312,000
TB:5|部署实施与历史预警数据迁移|166,000
TB:6|培训（省级集中培训及市级轮训）|39,000
TB:合计||3,320,000
P:2.3 上表第1项与第3项合计为软硬件小计人民币1,958,000元，作为质保期满后维保费用的计算基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%，即人民币664,000元作为预付款。
P:3.2 项目通过初验后15个工作日内，甲方支付合同总价的45%，即人民币1,494,000元。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币1,162,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，因财政支付流程产生的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后30日内提交实施方案及详细设计，经甲方书面确认后实施；设备到货时双方共同开箱清点，签署到货单，到货签收不代表质量验收。
P:4.2 乙方派驻项目经理一名、实施工程师不少于四名，项目经理未经甲方同意不得更换。
P:4.3 乙方应在初验前完成省级集中培训和各市轮训，使甲方预报员能够独立完成预警制作、签发和撤销，值班运维人员能够独立完成日常巡检和故障初步处置；乙方同时移交用户手册、运维手册、接口说明及应急预案。
H:第五条 验收
P:5.1 初验：部署完成后，由甲方组织按照招标文件技术要求逐项测试，测试内容至少包括：预警产品从签发到各渠道送达不超过三分钟；短临外推产品逐6分钟滚动更新；平台支持不少于800个并发用户时页面响应不超过3秒；与雷达拼图、自动站、省突发事件预警信息发布系统的接口数据逐条比对一致；历史预警数据迁移条数与源库一致。
P:5.2 初验合格后进入为期三个月的试运行。试运行期间须经历至少一次省级强对流天气过程的实战检验，且未发生一级故障，并取得第三方等级保护测评机构出具的三级测评合格报告后，甲方组织最终验收，出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、设备保修及现场技术支持。
P:6.2 质保期满后，甲方可与乙方另行签订维保合同，年度维保费不超过软硬件小计的8%，即每年不超过人民币156,640元；质保期满后前两个年度按此价格执行，不得上调，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护经甲方批准的除外）。
P:7.2 故障分级及响应：一级故障（预警发布中断或全省产品无法生成）乙方应在15分钟内响应，1小时内恢复；二级故障（单一渠道或单一地市异常）30分钟内响应，8小时内解决；三级故障2个工作日内解决。汛期（每年5月至9月）乙方安排工程师驻场值守。
P:7.3 乙方未达到上述响应或恢复时限的，每超时一小时扣减人民币2,000元；月可用率每低于承诺值0.01个百分点，扣减人民币3,000元，扣款从维保费或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围覆盖全省各级气象部门。
P:8.2 乙方为本项目定制开发的数据融合与短临外推模块、接口程序及其源代码、技术文档的知识产权归甲方所有，乙方应在终验时一并移交，甲方有权自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 本项目涉及的气象观测数据、预警信息、发布对象信息及运行日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方应按照网络安全等级保护第三级要求开展建设；远程运维须经甲方审批并通过堡垒机进行，全程审计；数据不得离开甲方政务云环境。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:乙方对在履行合同中知悉的甲方工作秘密、网络结构、账号口令及未公开的预警信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期违约金累计不超过合同总价的10%。
P:11.2 乙方交付的产品不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
H:第十二条 分包与转让
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:乙方逾期超过30日，或发生其他重大违约行为经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，并要求乙方返还已付款项、支付违约金及赔偿损失。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件：1. 技术规格及功能清单；2. 设备配置清单；3. 实施进度计划。
P:甲方（盖章）：云岭省气象局　　法定代表人或授权代表：__________　　日期：__________
P:乙方（盖章）：北京天衡气象科技有限公司　　法定代表人或授权代表：__________　　日期：__________
"""

# =====================================================================================================================
# h280z02 — 面粉厂 制粉生产线自动控制系统 + 质保期满后维保 — DOCX, 一、/（一）, Word price table
# =====================================================================================================================
SRC["z02"] = """T:制粉生产线自动控制系统改造项目合同
P:合同编号：MF-SB-2026-0086
P:甲方（买方）：河南麦丰面业有限公司
P:乙方（卖方）：郑州恒研自动化工程有限公司
P:签订地点：河南省新乡市
P:甲方日处理小麦六百吨的制粉车间现有控制系统老化、备件停产，拟进行整体改造。乙方具备相应的工控系统集成能力。双方本着平等自愿、诚实信用的原则，就控制系统改造事宜达成如下协议。
H:一、项目范围
P:（一）乙方负责制粉车间清理、制粉、配粉及打包工段自动控制系统的设计、供货、安装、编程、调试及培训，包括PLC控制柜、在线传感与计量仪表、工业网络、服务器及操作员站、SCADA组态及配粉管理软件。
P:（二）新系统须实现全线顺序启停、联锁保护、设备状态监测、能耗统计及配粉配方管理，并预留与甲方ERP系统的数据接口。
P:（三）改造须利用甲方计划停产检修窗口完成，现场停产切换时间不超过十日。
P:（四）系统设计、制造和安装应符合国家及行业现行标准，包括粉尘防爆电气设备、低压成套开关设备及工业控制系统信息安全相关标准；控制柜应采用防尘结构，现场仪表防护等级不低于IP65，所有电缆须有永久性标识。
P:（五）乙方提供的设备应为全新、未使用过的原厂产品，随货提供合格证、说明书及出厂检验报告，主要部件品牌须与投标文件所列一致，未经甲方书面同意不得替换。
H:二、合同价款
P:（一）合同总价为人民币1,930,000元（含13%增值税），分项如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（单价86,000元）|8套|688,000
TB:2|在线传感与计量仪表（料位计、流量秤、水分仪等）|1批|412,000
TB:3|工业交换机、服务器及操作员站|1批|236,000
TB:4|SCADA组态及配粉管理软件许可（永久）|1套|198,000
TB:软硬件小计|||1,534,000
TB:5|控制程序编制与系统联调|1项|224,000
TB:6|现场安装及电缆敷设|1项|148,000
TB:7|操作及维护培训|1项|24,000
TB:合计|||1,930,000
P:（二）上述价格为固定价格，已包含运输、保险、安装辅材及乙方人员差旅费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，即386,000元作为预付款。
P:（二）设备全部到货并安装完毕、经甲方签收后，甲方支付合同总价的50%，即965,000元。到货签收仅表示数量清点无误，不构成质量验收。
P:（三）系统通过终验后10个工作日内，甲方支付合同总价的25%，即482,500元。
P:（四）余款5%即96,500元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:四、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方车间，并在甲方停产检修窗口内完成安装切换。
P:（二）乙方应遵守甲方安全生产及粉尘防爆管理制度，动火作业须办理审批。
P:（三）乙方可将现场安装、电缆敷设及桥架施工分包给其选定的施工单位，分包前书面告知甲方即可，乙方对分包部分的质量和安全向甲方负责。
P:（四）乙方应指派具有粮食加工行业控制系统实施经验的项目经理全程负责，并在开工前提交施工组织设计、停产切换方案及回退预案，经甲方生产部和设备部共同确认后实施。切换过程中如出现无法在计划时间内恢复生产的情况，乙方应立即按回退预案恢复原系统运行。
P:（五）乙方应在终验前完成对甲方中控操作工、电工及设备管理人员的培训，培训内容包括系统操作、配方维护、报警处理、日常点检和常见故障排除，培训结束后进行考核，考核合格人员不少于十二人。
H:五、验收
P:（一）系统调试完成后，双方按照技术协议进行终验测试，标准包括：全线在日处理六百吨负荷下连续运行72小时无停机；顺序启停及全部联锁保护逐项试验动作正确；配粉精度偏差不超过±0.5%；操作员站画面刷新不超过1秒；能耗及产量报表与现场计量数据一致。
P:（二）全部项目合格后双方签署终验报告。设备安装、试运行或甲方投入生产使用，均不视为终验合格。终验不合格的，乙方应在10日内整改后重新验收。
H:六、质量保证及维保服务
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备，免费修复软件缺陷。
P:（二）故障响应：一级故障（整线或主要工段停机）乙方应在30分钟内电话响应，2小时内到达现场，8小时内恢复生产；二级故障（单台设备或单一功能异常）2小时内响应，24小时内修复。乙方每超过上述时限一小时，向甲方支付1,500元。
P:（三）质保期满后，乙方提供全包维保服务（含备品备件、驻厂工程师一名及软件升级），年度维保费按软硬件小计的28%计取，即每年人民币429,520元，按季度支付。维保价格在质保期满后三个年度内固定不变。
P:（四）质保期内乙方每季度到现场巡检一次，检查控制柜、仪表及网络设备运行状况，并出具巡检报告；乙方应在甲方厂区常备关键备件，包括CPU模块、电源模块、通讯模块及常用传感器。
H:七、知识产权
P:（一）乙方为本项目编制的PLC控制程序、组态画面、配粉模型及接口程序的知识产权归甲方所有，乙方应在终验时移交全部源程序及注释文档，甲方有权自行修改或委托他人修改。
P:（二）SCADA组态软件及配粉管理软件产品的知识产权归原权利人，甲方获得永久使用许可。
H:八、数据安全与保密
P:（一）系统产生的生产数据、配方参数、能耗数据均属于甲方，乙方不得复制、外传或用于本合同以外的任何目的。
P:（二）乙方远程维护须事先经甲方批准，通过甲方指定的VPN及堡垒机接入，禁止使用移动存储介质拷贝数据；控制网络与办公网络之间须部署工业防火墙。
P:（三）发生数据泄露、配方被篡改或网络安全事件时，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部损失。
P:（四）双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装切换的，每逾期一日，按合同总价的万分之八向甲方支付违约金，由此造成甲方停产延长的，乙方另行赔偿实际损失。
P:（二）甲方逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
H:十、合同解除
P:乙方逾期交货超过20日，或系统两次验收均不合格，或有其他根本违约行为经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十一、不可抗力与变更
P:（一）因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响方应在3日内书面通知对方，履行期限相应顺延。
P:（二）甲方要求增加控制点位或调整工艺流程的，双方应以书面形式确认变更内容、费用及工期；未经书面确认的变更，乙方不得据此主张增加费用。
H:十二、争议解决
P:本合同适用中华人民共和国法律。发生争议时双方友好协商，协商不成的，提交新乡仲裁委员会仲裁。
H:十三、其他
P:本合同一式四份，双方各执两份，经双方法定代表人或授权代表签字并加盖公章后生效。技术协议及设备清单为本合同附件，与本合同具有同等效力。
P:甲方：河南麦丰面业有限公司（盖章）　代表：__________　日期：__________
P:乙方：郑州恒研自动化工程有限公司（盖章）　代表：__________　日期：__________
"""

# =====================================================================================================================
# h280z03 — 连锁洗衣（45家门店）订单与会员 SaaS + 实施 — Markdown, 第1条 / 1.1
# =====================================================================================================================
SRC["z03"] = """# 洁衣坊门店订单及会员管理系统软件服务合同

合同编号：JYF-IT-2026-009

**甲方（客户）：** 杭州洁衣坊洗涤服务连锁有限公司
**乙方（服务商）：** 上海云衫信息科技有限公司

甲方在杭州、嘉兴、湖州共经营45家洗衣门店及1座中央洗涤工厂，现需采用云端软件统一管理收衣开单、衣物追踪、会员储值与营销。乙方拥有“云衫洗护”SaaS平台。经友好协商，双方订立本合同，共同遵守。

## 第1条 服务内容

1.1 乙方向甲方45家门店及中央工厂提供“云衫洗护”平台的软件服务，功能包括：收衣开单与小票打印、衣物条码及水洗唛追踪、工厂分拣与质检、上门取送预约小程序、会员储值与积分、优惠券营销、门店经营报表。

1.2 乙方负责实施服务：系统初始化配置、价目表导入、旧系统约6.8万名会员资料及储值余额的迁移、门店店长及收银员培训、上线期间现场支持。

1.3 门店使用的电脑、小票打印机及扫码枪由甲方自备，乙方提供兼容性清单及安装指导。

1.4 乙方负责平台与甲方现有收款通道（微信支付、支付宝及银联商户）、团购核销平台及甲方财务软件的对接，实现每日营业额自动汇总和按门店对账。对接所需的第三方账户由甲方开立，相关接口费用如有，由甲方直接向第三方支付。

1.5 乙方应为甲方开通总部、区域、门店三级管理账号，总部可查看全部门店数据，区域经理仅可查看所辖门店，店员账号仅限本店开单及会员操作。

## 第2条 服务期限

2.1 订阅服务期为36个月，自上线验收合格之日起计算。

2.2 服务期届满前30日，任何一方未书面提出不再续约的，本合同自动续期24个月；续期期间乙方有权根据市场情况调整订阅单价，调整幅度不超过上一期单价的8%，乙方应在续期开始前以邮件通知甲方调整后的价格。

## 第3条 费用及支付

| 项目 | 计算方式 | 金额（元） |
|---|---|---|
| 订阅费 | 45家门店 × 680元/店/月 × 36个月 | 1,101,600 |
| 实施费 | 一次性 | 96,000 |
| 会员数据迁移费 | 一次性 | 38,000 |
| 合计 | | 1,235,600 |

3.1 本合同不设预付款。实施费和会员数据迁移费在上线验收合格后15个工作日内一次性支付。

3.2 订阅费按季度结算，每季度结束后10个工作日内，乙方凭当季服务报告及发票请款，每季度订阅费为91,800元。

3.3 服务期内新增或关闭门店的，订阅费按实际门店数和天数据实结算，单价不变。

## 第4条 上线与验收

4.1 乙方应于合同签订后45日内完成实施并具备上线条件。

4.2 上线验收标准：(1) 选取3家试点门店连续运行10个营业日，未出现一级故障；(2) 迁移后的会员资料、储值余额及积分与旧系统逐户核对一致；(3) 开单至小票打印不超过3秒；(4) 储值消费、退款与支付通道对账一致；(5) 中央工厂抽检500件衣物的分拣扫码无漏扫、错扫。全部满足后双方签署上线验收单。

4.3 乙方应在上线前分批完成全部45家门店店长及收银员的操作培训，提供操作视频和图文手册；上线后首周乙方安排实施顾问在甲方总部值守，并对每家门店进行一次远程回访，收集问题清单并在上线验收前全部关闭。培训及回访费用已包含在实施费中。

4.4 门店开始使用系统不视为验收合格。乙方未能在约定日期前具备上线条件的，每逾期一日向甲方支付违约金800元。

## 第5条 服务水平

5.1 平台月可用率不低于99.95%，计划内维护应安排在凌晨0点至6点之间并提前3日通知。

5.2 一级故障（全部门店无法开单或收款）乙方应在15分钟内响应、2小时内恢复；二级故障（部分功能或个别门店异常）1小时内响应、8小时内解决。

5.3 当月可用率低于承诺值的，减免当月订阅费的5%；低于99.5%的，减免10%。一级故障响应超时的，每次扣减500元。

5.4 乙方提供7×24小时客服热线和在线工单系统，甲方门店可随时报障；乙方每月5日前向甲方提交上月服务报告，列明可用率、故障清单、处理时长及减免金额。

5.5 平台版本升级由乙方免费提供。涉及门店操作流程变化的升级，乙方应提前7日通知甲方并提供操作说明，不得安排在周末及节假日营业高峰期间上线。

## 第6条 数据

6.1 甲方的会员信息、消费记录、储值余额、订单及衣物照片等业务数据属于甲方。

6.2 乙方应采取加密存储、访问权限控制、操作日志留存等措施保护甲方数据安全，平台已通过网络安全等级保护第三级测评；发生数据泄露或丢失的，乙方应在24小时内通知甲方并配合处置，因乙方原因造成的损失由乙方赔偿。

6.3 甲方同意，乙方有权对甲方业务数据进行去标识化处理后，汇总用于洗护行业经营分析报告、产品功能改进及算法模型训练，相关汇总数据及分析成果的权利归乙方所有，本款在合同终止后继续有效。

6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部业务数据交付甲方，并在甲方确认后删除平台中的甲方数据。

6.5 会员储值资金由甲方自有账户及持牌支付机构结算，乙方平台仅记录储值流水，不归集、不沉淀任何资金；乙方不得擅自向甲方会员推送与甲方经营无关的广告或信息。

## 第7条 知识产权

7.1 “云衫洗护”平台及其后续版本的知识产权归乙方所有。

7.2 乙方为甲方定制的小程序页面、会员权益方案模板和专用报表归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 第8条 甲方责任

8.1 甲方应指定项目负责人一名，负责协调门店配合实施，按乙方提供的模板及时提供价目表、门店信息和旧系统数据。

8.2 甲方应妥善保管分配给门店员工的账号和密码，员工离职时及时停用其账号。因甲方原因导致上线延迟的，工期相应顺延，乙方不承担逾期责任。

8.3 甲方应确保门店网络及终端设备满足乙方提供的兼容性清单要求。

## 第9条 保密

双方对因本合同获知的对方商业秘密，包括价格体系、会员规模、经营数据及技术资料，承担保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。双方应要求其接触上述信息的员工及顾问遵守同等保密义务，并对其违反行为承担责任。

## 第10条 分包

乙方的平台部署在阿里云华东节点，该云服务商已经甲方在本合同中认可。除此之外，乙方将本合同项下任何工作交由第三方完成的，须事先取得甲方书面同意。

## 第11条 违约与解除

11.1 任何一方违反本合同约定的，应赔偿守约方因此遭受的损失。

11.2 乙方连续两个月未达到第5条服务水平，或发生重大数据安全事件，或有其他严重违约行为经甲方书面通知后15日内未纠正的，甲方有权书面通知解除本合同，并按实际服务天数结算费用。

11.3 本合同终止或到期不续约的，乙方应在甲方选定新系统前提供不少于60日的过渡期服务，过渡期订阅费按原单价据实结算；过渡期内乙方应配合新服务商完成数据交接，不得以任何理由中断服务或拒绝导出数据。

## 第12条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 第13条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州洁衣坊洗涤服务连锁有限公司　　授权代表：________　　日期：________

乙方（盖章）：上海云衫信息科技有限公司　　授权代表：________　　日期：________
"""

# =====================================================================================================================
# h280z04 — 市体育中心 票务及检票闸机系统 年度运维 (政府采购 竞争性磋商) — TXT, 第一章 / 第X条 (running)
# =====================================================================================================================
SRC["z04"] = """滨江市体育中心票务及检票闸机系统运维服务采购合同

项目名称：体育中心票务及检票闸机系统运维服务项目
采购方式：竞争性磋商（项目编号：BJCG-2025-FW-1187）
合同编号：BJTY-YW-2026-01

采购人（甲方）：滨江市体育中心
供应商（乙方）：滨江智票科技服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就体育中心票务及检票闸机系统运维服务事项，经协商一致，订立本合同。

第一章 总则

第一条 服务对象。本合同运维对象为甲方体育场、体育馆、游泳馆三座场馆的票务系统，包括：线上售票平台及小程序、现场售票窗口系统、实名制核验系统、检票闸机112通道（含人脸识别读头、二维码读头及摆闸机芯）、场馆票务数据中心服务器及网络设备。

第二条 服务期限。服务期自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，续签须依法重新履行采购程序。

第三条 服务内容。乙方提供驻场运维、定期巡检、故障处理、赛事及演出保障、备品备件供应、系统安全加固及版本升级服务，具体要求见附件《运维服务需求书》。乙方应建立运维工单制度，所有报修、处理、回访均须在工单系统中留痕，甲方可随时查询；每月5日前乙方向甲方提交上月运维月报，列明故障统计、处理时长、备件消耗及系统运行分析。

第二章 服务费用与支付

第四条 合同总价为人民币786,000元，为固定总价，分项如下：
  1. 驻场运维服务（2名工程师，服务期内）........456,000元
  2. 季度巡检及年度健康评估........................64,000元
  3. 大型赛事及演出保障（包干24场次）..............96,000元
  4. 备品备件（读头、摆闸电机、控制主板等）........118,000元
  5. 系统安全加固与版本升级........................52,000元
  合计..............................................786,000元

第五条 本合同不设预付款。服务费分四期按季度支付，每季度结束且季度考核完成后15个工作日内，甲方支付196,500元。季度考核得分低于90分的，按考核办法扣减当期服务费。

第六条 乙方开具发票后甲方方可付款。备品备件费用按包干使用，服务期内更换的备件须为原厂或经甲方认可的同等品质产品，旧件交还甲方登记处置；服务期满未使用完毕的备件归甲方所有。超出包干场次的赛事保障，按每场4,000元据实结算，须经甲方书面确认。

第三章 服务要求

第七条 驻场要求。乙方派驻2名具备票务系统及闸机维护经验的工程师，工作日8:30至17:30在场；有赛事或演出的日期，驻场工程师须在开场前3小时到岗，散场后清场完毕方可离开。驻场人员名单须报甲方备案，更换须经甲方同意。驻场工程师应遵守甲方场馆管理、安保和消防制度，统一着装、持证上岗，非工作需要不得进入场馆控制区域。

第八条 巡检要求。乙方每季度对全部闸机通道、读头、服务器、网络设备进行一次全面巡检，测试人脸识别通过率及二维码核验速度，清洁读头镜面，出具巡检报告，发现的隐患应列明整改措施和完成时限；每年12月提交系统年度健康评估报告及次年度改进建议。

第九条 服务水平。
  （一）票务系统及检票闸机系统月可用率不低于99.5%。
  （二）一级故障（赛事或演出期间检票通道成片中断，或售票、实名核验系统不可用）乙方应在15分钟内到场响应，1小时内恢复；二级故障（单个通道或单项功能异常）30分钟内响应，当日修复。
  （三）月可用率每低于承诺值0.1个百分点，扣减服务费2,000元；故障响应或恢复每超时30分钟，扣减1,000元。

第十条 赛事保障。大型赛事及演出前3日，乙方应完成全部通道联调测试，制定应急预案，并按甲方要求配备现场保障人员；保障期间乙方须备足读头、电机、主板等关键备件。乙方应在每场保障结束后2个工作日内提交保障报告，载明入场人数、各通道通行数据、异常情况及处理结果。

第四章 考核与验收

第十一条 季度考核。甲方每季度按考核办法从系统可用率、故障响应及恢复时限、巡检完成情况、赛事保障质量、文档记录五个方面评分，满分100分。

第十二条 年度验收。服务期满前15日内，甲方依据全年季度考核结果、年度健康评估报告及运维文档移交情况组织验收，出具验收意见。考核资料不全或季度考核有两次以上低于80分的，验收不予通过，乙方应限期整改。服务期满时，乙方应将全部运维文档、账号清单、配置基线及未关闭问题清单完整移交甲方或甲方指定的后续服务商，并提供不少于10个工作日的交接配合。

第五章 数据与信息安全

第十三条 购票人实名信息、人脸照片、检票通行记录、票务交易数据均属于甲方，乙方仅可为履行运维服务使用，不得复制、导出、留存或向任何第三方提供。

第十四条 人脸数据须存储于甲方本地服务器，乙方远程访问须经甲方批准并通过堡垒机进行；乙方应落实账号权限管理和操作审计，定期修补系统漏洞，每半年配合甲方开展一次网络安全检查，检查发现的高危问题须在5个工作日内完成整改。发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。

第十五条 保密。乙方及其人员对在服务中知悉的甲方工作信息、系统账号密码、网络结构和场馆安保方案负有保密义务，未经甲方书面同意不得泄露，保密义务在合同终止后继续有效。

第六章 知识产权与分包

第十六条 乙方在服务期内形成的运维文档、巡检报告、配置基线、脚本及应急预案归甲方所有，甲方可自由使用和修改。

第十七条 乙方不得将本合同项下的服务转包或分包给第三方。

第七章 违约责任与合同解除

第十八条 乙方未按约定于2026年1月1日完成进场和系统接管的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

第十九条 驻场人员缺岗的，每人每日扣减服务费800元；因乙方原因导致赛事或演出检票严重受阻的，乙方应赔偿甲方由此遭受的损失。

第二十条 乙方连续两个季度考核低于80分，或发生重大数据安全事件，或有其他严重违约行为经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，按已提供服务据实结算，并要求乙方赔偿损失。

第八章 附则

第二十一条 本合同适用中华人民共和国法律。履行中发生争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第二十二条 本合同未尽事宜，按磋商文件、响应文件执行；本合同条款与响应文件不一致的，以对甲方更有利的约定为准。因不可抗力导致赛事取消或服务中断的，双方互不承担违约责任，已包干但未发生的保障场次在服务期末据实核减。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

附件：1. 运维服务需求书；2. 季度考核办法；3. 设备清单。

甲方（盖章）：滨江市体育中心        代表签字：__________    日期：__________
乙方（盖章）：滨江智票科技服务有限公司        代表签字：__________    日期：__________
"""

# =====================================================================================================================
# h280z05 — 螺蛳粉生产企业 WMS 软件许可 + 定制开发，乙方（供应商）标准合同文本 — Markdown, **1.** / 1.1
# =====================================================================================================================
SRC["z05"] = """# 云仓智联WMS仓储管理系统软件许可及定制开发合同

> 云仓智联标准合同文本 V4.0（2025版）

合同编号：YCZL-WMS-2026-0213

甲方（用户）：广西柳州螺香食品有限公司
乙方（开发商）：南宁云仓智联科技有限公司

甲方为螺蛳粉及配料包生产企业，拥有原料仓、辅料仓、成品仓及电商发货仓共四处仓库。为提升仓储作业效率和批次追溯能力，甲方决定采用乙方的云仓智联WMS系统并委托乙方进行定制开发。双方经协商，签订本合同。

**1. 合同标的**

1.1 乙方向甲方提供云仓智联WMS标准版软件许可，授权范围为20个电脑端用户及30台手持终端（PDA）。

1.2 乙方根据甲方需求进行以下定制开发：（1）原料、配料包的批次及保质期追溯，先进先出预警；（2）酸笋、腐竹等湿料包的温湿度分区仓管理；（3）与天猫、抖音、拼多多等电商平台的订单接口；（4）电商发货称重复核及面单打印；（5）与甲方现有金蝶ERP的物料及库存同步接口。

1.3 乙方负责系统安装部署、基础数据初始化及甲方仓管人员的操作培训。PDA、条码打印机及电子秤等硬件由甲方自行采购。

1.4 系统部署在甲方租用的云服务器上，服务器、带宽、数据库许可及操作系统由甲方自行准备并承担费用，乙方提供配置要求。乙方为实施和维护需要，可通过远程方式登录甲方服务器。

**2. 合同金额**

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | WMS标准版软件许可（永久，20用户+30台PDA） | 380,000 |
| 2 | 定制开发（批次追溯、湿料包分区、电商接口、称重复核、ERP接口） | 460,000 |
| 3 | 实施部署及培训 | 86,000 |
| | 合计 | 926,000 |

上述金额含6%增值税。

**3. 付款方式**

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总额的50%，即人民币463,000元。

3.2 系统上线后5个工作日内，甲方支付剩余50%，即人民币463,000元。

3.3 甲方逾期付款的，每逾期一日按应付款项的千分之一向乙方支付违约金，且乙方有权暂停实施或维护服务直至甲方付清款项。

**4. 实施与交付**

4.1 乙方应在收到首期款后90日内完成标准版部署及定制功能开发，具备上线条件。实施计划以乙方项目经理发出的计划表为准。

4.2 甲方应及时提供仓库布局、库位编码、物料主数据及业务流程资料，并安排专人配合测试。因甲方资料提供延迟或需求变更导致工期延误的，交付期限相应顺延。

4.3 需求确认后甲方提出新增或变更需求的，乙方有权另行报价，双方另签补充协议。

4.4 乙方为甲方仓管员、主管及电商客服提供两次集中培训，每次不超过两天。超出次数的培训或甲方新入职员工的培训，按乙方的人天单价另行收费。

4.5 上线切换期间，甲方应停止使用原有的纸质台账和Excel库存表，并组织全面盘点，将盘点结果作为系统期初库存。因期初数据不准确导致的库存差异，由甲方自行负责。

**5. 上线与验收**

5.1 乙方完成部署并通知甲方后，系统即投入上线运行。系统上线运行即视为甲方验收合格。

5.2 甲方如对系统有异议，应在上线后7日内书面提出；逾期未提出的，视为甲方对系统功能及质量无异议。

**6. 免费维护**

6.1 自系统上线之日起六个月为免费维护期。免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 一级故障（系统无法进行出入库作业）乙方在接到甲方报修后8小时内响应，一般问题在2个工作日内响应。乙方以远程方式处理为主，确需现场服务的，差旅费用由甲方承担。

6.4 下列情形不属于免费维护范围：甲方或第三方修改系统配置、服务器或网络故障、电商平台接口规则变化导致的调整、甲方硬件设备问题、甲方操作不当造成的数据错误。

6.3 乙方将尽力在合理时间内解决故障，但乙方不因响应或处理超时承担任何扣款、赔偿或违约责任。

**7. 维护服务**

7.1 免费维护期满后，甲方如需继续获得维护及升级服务，应按乙方当年公布的维护服务价格标准与乙方签订维护服务合同。

7.2 未签订维护服务合同的，乙方不再提供任何技术支持，由此导致的系统问题由甲方自行承担。

7.3 乙方发布的标准版新版本，仅向签订维护服务合同的用户提供。甲方定制功能在新版本上的适配不包含在维护服务中，需要适配的，乙方按工作量另行报价。

7.4 甲方中断维护服务后再次申请恢复的，应补交中断期间的维护费用。

**8. 知识产权**

8.1 本合同项下交付的全部软件，包括标准版软件以及为甲方定制开发的功能模块、接口程序、报表及其源代码，知识产权均归乙方所有。

8.2 甲方仅获得在本企业内部使用上述软件的非独占、不可转让的许可，不得修改、反编译、复制或提供给任何第三方使用。乙方有权将定制开发成果用于其他客户。

**9. 数据**

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 乙方应采取访问控制、数据备份及传输加密等技术措施保障甲方数据安全；发生数据泄露或丢失的，乙方应在发现后48小时内通知甲方并协助处理，因乙方过错造成的，乙方承担相应的赔偿责任。

9.3 甲方同意，乙方可将甲方的库存、出入库及销售数据进行脱敏处理后，用于行业分析、产品优化以及为其他客户提供供应链数据服务。

9.4 合同终止后，甲方可在30日内自行从系统中导出业务数据；需要乙方协助导出或转换格式的，按乙方报价另行收费。

**10. 保密**

双方对在合作过程中获悉的对方商业秘密和技术信息负有保密义务，未经对方书面许可不得向第三方披露。本条不适用于已公开的信息或依法须披露的信息。保密义务自本合同生效之日起至合同终止后两年内有效。

**11. 违约责任**

11.1 乙方逾期交付的，每逾期一日按合同总额的万分之一向甲方支付违约金，违约金累计不超过合同总额的3%。

11.2 乙方在本合同项下对甲方的累计赔偿责任（含违约金）以合同总额的20%为限，且不对甲方的利润损失、商誉损失或其他间接损失承担责任。

11.3 甲方违反第8条约定擅自修改软件或向第三方提供软件的，应按合同总额的20%向乙方支付违约金，并赔偿乙方由此遭受的全部损失。

**12. 合同解除**

任何一方严重违反本合同，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。合同解除的，乙方已收取的款项按已完成工作量结算。

**13. 不可抗力**

因不可抗力、网络运营商故障、第三方平台接口变更等非乙方原因导致不能履行或延迟履行的，乙方不承担责任。受影响的一方应及时通知对方，并在合理期限内提供相关证明，履行期限相应顺延。

**14. 争议解决**

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

**15. 其他**

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有书面约定的除外。

15.3 乙方向甲方联系人邮箱发出的通知，自发出之日起视为送达。

甲方（盖章）：广西柳州螺香食品有限公司　　签字：________　　日期：________

乙方（盖章）：南宁云仓智联科技有限公司　　签字：________　　日期：________
"""

# =====================================================================================================================
# h280e01 — Quanzhou incense maker: recipe-management software, perpetual licences; Italian vendor (Isola Basiluzzo)
# TXT, numbered clauses 1-18 with defined terms and Schedule 1
# =====================================================================================================================
SRC["e01"] = """SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
Agreement No. AL-CN-2026-031

This Agreement is made on the date of the last signature below

BETWEEN

(1) AROMALOGICA S.R.L., a company incorporated in Italy with its registered seat on the Isola Basiluzzo, Aeolian Islands, Province of Messina, Italy (the "Vendor"); and

(2) QUANZHOU XIANGYUN INCENSE CO., LTD., a company incorporated in the People's Republic of China with its registered office in Yongchun County, Quanzhou, Fujian Province (the "Customer").

BACKGROUND

(A) The Customer produces stick, coil and cone incense and blends several thousand formulas from sandalwood, agarwood, herbal powders and binders. It wishes to replace its spreadsheets with a controlled recipe-management system.

(B) The Vendor develops the Formula Studio software for fragrance and incense formulation and has agreed to license it and to implement it at the Customer's plant on the terms below.

(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Software" means the Vendor's Formula Studio recipe-management software and Plant Batch module in object code, with their documentation and any updates supplied under this Agreement.

1.2 "Customer Deliverables" means the recipe templates, label and batch-ticket layouts, reports, and the interfaces to the Customer's Kingdee ERP and weighing-scale terminals that the Vendor prepares specifically for the Customer.

1.3 "Customer Data" means the Customer's formulas, raw-material specifications, supplier records, batch records and all other data entered into or generated by the Software.

1.4 "Go-Live" means the first day on which the Customer uses the Software in production for issuing batch tickets.

1.5 "Final Acceptance" means the Customer's written confirmation under Clause 6.3.

2. SCOPE

2.1 The Vendor shall supply the Software licences listed in Schedule 1 and shall perform the implementation, configuration, migration of the Customer's recipe library (about 3,800 formulas) and training described in Schedule 1 and in the Project Plan.

2.2 The Software will be installed on servers provided by the Customer at its Yongchun plant. The Vendor will specify the server and database requirements in writing within ten days after signature.

3. LICENCE

3.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in the People's Republic of China, for the number of named users stated in Schedule 1.

3.2 The Customer may make backup copies and may let its contractors use the Software on its behalf, provided they are bound by obligations of confidentiality no less strict than those in Clause 11.

3.3 The Customer may not decompile or reverse-engineer the Software except as permitted by applicable law.

4. PRICE AND PAYMENT

4.1 The total price is CNY 870,000 (the "Contract Price"), itemised in Schedule 1, inclusive of applicable taxes. The Contract Price is fixed for the scope in Schedule 1.

4.2 The Customer shall pay the Contract Price as follows:
(a) 20% (CNY 174,000) within 15 days after signature of this Agreement, against the Vendor's invoice;
(b) 45% (CNY 391,500) within 15 days after Go-Live;
(c) 35% (CNY 304,500) within 15 days after Final Acceptance.

4.3 Payments shall be made by bank transfer to the CNY account named on the invoice.

5. DELIVERY AND PROJECT PLAN

5.1 The Vendor shall make the Software available for installation within 20 days after signature. The parties shall agree a Project Plan within 30 days after signature, aiming at Go-Live about four months after signature.

5.2 The dates in the Project Plan are estimates. The Vendor shall use reasonable endeavours to meet them but shall not be liable for any delay in delivery or implementation. If a delay is caused by the Customer, the Project Plan shall be adjusted accordingly.

5.3 Travel costs for up to 45 consultant-days on site in Quanzhou are included in the Contract Price.

6. ACCEPTANCE

6.1 Before Go-Live the Vendor shall demonstrate that the Software and the Customer Deliverables have been installed and configured as described in the Project Plan.

6.2 After Go-Live the Customer shall run acceptance tests for up to 30 working days. The Software passes when:
(a) every migrated formula has been reconciled line by line against the Customer's spreadsheet library, with no unexplained difference;
(b) batch tickets for stick, coil and cone lines are produced with correct weights, lot numbers and allergen statements;
(c) the scale-terminal interface records actual weights against each batch ticket, and the ERP interface posts material consumption correctly for two consecutive month-end closings;
(d) formula changes are versioned with an audit trail showing user, time and reason; and
(e) no error that stops batch production has occurred during the last 20 working days of the test period.

6.3 When all criteria are met the Customer shall sign a Final Acceptance certificate. Go-Live, production use or any payment does not by itself constitute acceptance. If the criteria are not met, the Vendor shall correct the defects and the tests shall be repeated.

7. WARRANTY

7.1 The Vendor warrants that the Software and the Customer Deliverables will perform substantially in accordance with their documentation and the Project Plan for eighteen (18) months after Final Acceptance (the "Warranty Period").

7.2 During the Warranty Period the Vendor shall correct reported errors and supply all updates of the Software free of charge.

8. SUPPORT

8.1 During the Warranty Period and any paid support period, support is provided by e-mail and through the Vendor's ticket portal during the Vendor's business hours (09:00 to 17:00 Central European Time, Monday to Friday, excluding Italian public holidays).

8.2 The Vendor will use commercially reasonable efforts to respond to and resolve reported errors, but it does not guarantee any response time, resolution time or availability of the Software.

8.3 After the Warranty Period the Customer may order annual support (error correction, updates and access to the ticket portal) for a fee of 13% of the licence subtotal in Schedule 1 per year, that is CNY 75,400 per year. This fee is fixed for the first three support years. Support is ordered by purchase order for each year and does not renew automatically.

9. INTELLECTUAL PROPERTY

9.1 The Vendor retains all intellectual property rights in the Software.

9.2 All intellectual property rights in the Customer Deliverables vest in the Customer upon creation. The Vendor shall deliver their source files and documentation at Final Acceptance. The Customer may use, modify and license the Customer Deliverables freely, including through third parties.

10. CUSTOMER DATA AND DATA SECURITY

10.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.

10.2 Customer Data stays on the Customer's servers in China. The Vendor may access them remotely only through the Customer's VPN, with a separate approval for each session, and shall not download formulas or batch records to its own systems. Any test data needed outside the plant shall be prepared and anonymised by the Customer.

10.3 The Vendor shall ensure that its personnel use individual accounts and multi-factor authentication, and shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data. The Vendor is liable for all losses caused by such an incident if it results from the Vendor's breach of this Clause 10.

11. CONFIDENTIALITY

11.1 Each party shall keep confidential all non-public information of the other party obtained under this Agreement and use it only for this Agreement. The Customer's formulas are trade secrets and shall be protected for as long as they remain secret; other information shall be protected for seven years after termination.

11.2 These obligations do not apply to information that is public, already known to the receiving party without restriction, or required to be disclosed by law.

12. SUBCONTRACTING

The Vendor shall not subcontract any part of the implementation or support without the Customer's prior written consent and remains responsible for its subcontractors.

13. LIABILITY

Neither party is liable for loss of profit, loss of business or indirect or consequential damage, except in case of wilful misconduct or gross negligence, or breach of Clause 10 or Clause 11.

14. TERM AND TERMINATION

14.1 This Agreement starts on signature and, as to the licences, continues indefinitely.

14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach. If the Customer terminates before Final Acceptance because of the Vendor's breach, the Vendor shall refund the amounts paid for the parts not accepted.

15. FORCE MAJEURE

Neither party is responsible for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

16. GOVERNING LAW AND JURISDICTION

16.1 This Agreement is governed by the laws of Italy, excluding the United Nations Convention on Contracts for the International Sale of Goods.

16.2 The Tribunale di Messina, Italy, has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

17. GENERAL

This Agreement, with Schedule 1 and the Project Plan, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals; a Chinese translation is for convenience only.

SCHEDULE 1 - LICENCES, SERVICES AND PRICES (CNY)

Item | Quantity | Unit price | Amount
Formula Studio named-user perpetual licence | 25 | 18,400 | 460,000
Plant Batch module perpetual licence (one plant) | 1 | 120,000 | 120,000
Licence subtotal | | | 580,000
Implementation and configuration, incl. Customer Deliverables | fixed | | 214,000
Migration of the recipe library | fixed | | 58,000
Training (administrators, formulators, plant supervisors) | fixed | | 18,000
Total Contract Price | | | 870,000

Signed for AROMALOGICA S.R.L.: ______________________ Name / Title / Date

Signed for QUANZHOU XIANGYUN INCENSE CO., LTD.: ______________________ Name / Title / Date
"""

# =====================================================================================================================
# h280e02 — Dali paragliding school: booking SaaS on the vendor's Order Form + General Terms; French vendor (Île Téviec)
# Markdown, Part A Order Form (table) + Part B General Terms B1-B12
# =====================================================================================================================
SRC["e02"] = """# SkyDesk Order Form

**Order Form No.** SD-2026-0418  
**Vendor:** Vollibre SAS, registered seat on the Île Téviec, 56510 Saint-Pierre-Quiberon (Morbihan), France ("Vollibre")  
**Customer:** Dali Cangshan Paragliding Training Co., Ltd., Xiaguan, Dali, Yunnan Province, People's Republic of China ("Customer")

This Order Form, together with the SkyDesk General Terms in Part B, forms the agreement between Vollibre and Customer (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A - Order details

### A1. Service

SkyDesk, Vollibre's hosted booking platform for flying schools, configured for Customer's tandem-flight and training business at its Cangshan and Erhai launch sites. The subscription includes: online booking and payment pages in Chinese and English; tandem-flight scheduling by slot, pilot and launch site; instructor and pilot rosters with licence-expiry alerts; weather holds with automatic rebooking offers; electronic waiver and health-declaration forms; student course records for the beginner and advanced pilot courses; and the management dashboard.

### A2. Subscription Term

Twenty-four (24) months from the Service Start Date, being the day after Onboarding Acceptance under B3. The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

At Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| SkyDesk subscription, up to 40 staff users and 3 launch sites | CNY 21,800 per month x 24 months | 523,200 |
| Onboarding (configuration, data import, payment-channel set-up, staff training) | one-time | 26,800 |
| Total fees for the Subscription Term | | 550,000 |

### A4. Invoicing and payment

- The onboarding fee is invoiced after Onboarding Acceptance.
- Subscription fees are invoiced monthly in arrears, at the end of each calendar month of service.
- No amount is payable in advance. Invoices are payable within 30 days.
- Booking payments made by Customer's clients are settled directly to Customer's own merchant accounts with WeChat Pay and Alipay; Vollibre never holds client funds.

### A5. Onboarding timetable and delay

Vollibre shall complete onboarding and make the Service ready for Onboarding Acceptance within 45 days after signature of this Order Form. If Vollibre misses this date for reasons not attributable to Customer, Vollibre shall pay Customer CNY 400 for each day of delay, which Customer may deduct from the first invoices.

### A6. Hosting

The Service for Customer is hosted on Alibaba Cloud in the Hangzhou region of mainland China. Alibaba Cloud is approved by Customer as Vollibre's hosting subcontractor by signature of this Order Form.

### A7. Contacts

Customer's project lead: the head of the booking office. Vollibre's onboarding manager: as named in the kick-off e-mail. Support requests are raised through the in-app help desk or the support hotline.

Signed for Vollibre SAS: ______________________ (name, title, date)

Signed for Dali Cangshan Paragliding Training Co., Ltd.: ______________________ (name, title, date)

## Part B - SkyDesk General Terms

### B1. Definitions

"Customer Data" means all data that Customer or its clients enter into the Service, including client names, identity-document numbers, contact details, body weight, health declarations, signed waivers, flight and course records and payment references.

"Customer Materials" means the booking-page texts and images, course templates, waiver and declaration wording, price rules and reports configured for Customer during onboarding or later at Customer's request.

"Severity 1 Incident" means an incident that prevents bookings, check-in of flyers at a launch site, or access to waivers.

### B2. Service levels

B2.1 Vollibre shall make the Service available at least 99.95% of each calendar month, excluding maintenance windows announced seven days in advance and scheduled between 22:00 and 06:00 China Standard Time.

B2.2 Vollibre shall respond to a Severity 1 Incident within one (1) hour, at any time of day, and shall work continuously until it is resolved or a workaround is in place. Other incidents are answered within eight business hours.

B2.3 If availability in a month falls below the committed level, Customer receives a service credit of 5% of that month's subscription fee; below 99.5%, 10%; below 99%, 20%. Each late response to a Severity 1 Incident gives a further credit of CNY 500. Credits are deducted from the next invoice.

B2.4 Vollibre shall send Customer a monthly service report showing availability, incidents, response times and credits.

B2.5 Support is provided in Chinese and English through the in-app help desk and a hotline staffed from 07:00 to 21:00 China Standard Time every day during the flying season (March to November) and on business days in the other months. Severity 1 Incidents may be reported at any time through the hotline.

B2.6 Vollibre may improve the Service from time to time, but shall not remove a function listed in A1 during the Subscription Term, and shall give Customer at least 30 days' notice of any change that affects how clients book or how staff check flyers in.

### B3. Onboarding Acceptance

B3.1 When onboarding is complete, Customer shall test the Service for ten days using the acceptance checklist attached to the kick-off minutes. The checklist includes at least:
(a) bookings and payments through WeChat Pay and Alipay reconcile with the merchant statements for every test transaction;
(b) weather holds trigger rebooking offers for all affected bookings;
(c) waivers and health declarations are signed and stored for each flyer;
(d) imported client and course records match the source files in number and content; and
(e) booking pages load within three seconds on a 4G mobile connection in Dali.

B3.2 Customer confirms Onboarding Acceptance in writing when the checklist is met. Use of the Service before that confirmation is not acceptance. If the checklist is not met, Vollibre shall correct the deficiencies and the test shall be repeated.

### B4. Customer Data and data security

B4.1 Customer Data belongs to Customer. Vollibre processes it only on Customer's instructions and only to provide the Service, and shall not use it for any other purpose, including analytics for other customers or product training.

B4.2 Vollibre shall store and process Customer Data only in mainland China, in compliance with the Personal Information Protection Law and the Data Security Law. It shall encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least six months, and back up Customer Data daily.

B4.3 Vollibre shall notify Customer within 48 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take remedial measures, and shall assist Customer with notifications to authorities and clients. Vollibre is responsible for the losses and costs that Customer suffers from such an incident if it is caused by Vollibre or its subcontractors.

B4.4 At the end of the Agreement Vollibre shall export all Customer Data to Customer in a common format within 30 days and then delete it, confirming deletion in writing.

### B5. Intellectual property

B5.1 Vollibre owns the SkyDesk platform and all improvements to it.

B5.2 Customer Materials belong to Customer. Customer may use, modify, copy and license them freely, including with a successor provider.

### B6. Customer responsibilities

Customer shall keep its user credentials secure, ensure that the information it publishes on booking pages is lawful and accurate, obtain the consent of its clients where required by law, and remain responsible for flight operations, pilot licensing and flyer safety. Customer shall name a project lead who is available during onboarding, provide its price lists, course descriptions and existing client records in the import templates supplied by Vollibre, and open the merchant accounts needed for online payment. Delays caused by Customer extend the onboarding timetable accordingly.

### B7. Subcontracting

Except for the hosting subcontractor approved in the Order Form, Vollibre shall not subcontract any part of the Service without Customer's prior written consent. Vollibre remains responsible for the acts and omissions of its subcontractors.

### B8. Liability

B8.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

B8.2 Vollibre's total liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six (6) months preceding the event giving rise to the claim. This limit does not apply to death or personal injury caused by negligence, or to fraud.

### B9. Term and termination

B9.1 The Agreement runs for the Subscription Term.

B9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. Repeated failure to meet B2.1 in three consecutive months is a material breach by Vollibre.

B9.3 On termination, Customer pays the fees for the Service provided up to the termination date; Vollibre refunds any amount paid for a later period.

### B10. Force majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control. Weather that prevents flying is not force majeure for the Service.

### B11. Governing law and jurisdiction

The Agreement is governed by French law. The Tribunal de commerce de Lorient, France, has exclusive jurisdiction over any dispute arising out of or in connection with the Agreement.

### B12. General

The Agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Neither party may assign the Agreement without the other's written consent. Notices may be given by e-mail to the contacts named in the Order Form.
"""

# =====================================================================================================================
# h280e03 — Heilongjiang blueberry farm: frost sensors, gateways, weather stations + alarm licence; German integrator
# (Insel Kirr), buyer's paper — DOCX, Clause 1-17 with (a)/(b), Annex 1 price table + Annex 2 priority table (Word)
# =====================================================================================================================
SRC["e03"] = """T:Purchase Contract for a Frost Monitoring and Alarm System
P:Contract No. LM-EQ-2026-007
P:This Contract is entered into between:
P:Heilongjiang Lanmei Blueberry Plantation Co., Ltd., a company established under the laws of the People's Republic of China, with its registered address in Yichun, Heilongjiang Province (the "Buyer"); and
P:Kirrtech Agrarsensorik GmbH, a company established under the laws of Germany, with its registered seat on the Insel Kirr, 18374 Zingst, Germany (the "Supplier").
P:Whereas the Buyer grows highbush and lowbush blueberries on about 420 hectares of plantation, where late spring and early autumn frosts can destroy flowers and fruit in a single night; and whereas the Supplier designs and installs wireless frost monitoring systems, the parties agree as follows. This Contract is drafted on the Buyer's standard form. At the Buyer's request all amounts are stated and paid in Chinese yuan (CNY).
H:Clause 1 Subject of the Contract
P:1.1 The Supplier shall supply, install and commission a frost monitoring and alarm system for the Buyer's plantation (the "System"), consisting of the sensor nodes, gateways, weather stations and software licence listed in Annex 1, and shall train the Buyer's staff.
P:1.2 The System shall measure canopy temperature, leaf wetness and soil temperature across all plantation blocks, transmit readings every five minutes, and send frost alarms to the Buyer's duty staff by SMS, voice call and mobile app when the thresholds set by the Buyer are reached.
P:1.3 The software shall run on a server provided by the Buyer at its plantation office. The Supplier shall specify the server requirements within 15 days after signature.
H:Clause 2 Contract Price
P:2.1 The Contract Price is CNY 940,000, including all taxes, transport, insurance, installation materials and the Supplier's travel costs. The breakdown is set out in Annex 1.
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements or any other reason.
H:Clause 3 Payment
P:3.1 The Buyer shall pay the Contract Price in three instalments:
P:(a) 10% (CNY 94,000) within 20 days after signature, against an advance-payment guarantee of the same amount issued by a bank in China;
P:(b) 55% (CNY 517,000) within 20 days after the Installation Certificate under Clause 5.2 is signed;
P:(c) 35% (CNY 329,000) within 20 days after the Final Acceptance Certificate under Clause 6.3 is signed.
P:3.2 Each payment is made against a valid VAT invoice issued by the Supplier's Chinese agent named in Annex 1.
H:Clause 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the Buyer's plantation office in Yichun within 70 days after signature, so that installation is complete before the spring frost season.
P:4.2 The equipment shall be new, of the models stated in Annex 1, and delivered with certificates of origin and quality, manuals in Chinese and the radio type approvals required in China.
H:Clause 5 Installation
P:5.1 The Supplier shall carry out a radio survey of the plantation, propose the node and gateway positions for the Buyer's approval, install and configure all equipment and connect the System to the Buyer's server.
P:5.2 When installation is complete, the parties shall sign an Installation Certificate. The Installation Certificate confirms completeness of installation only and is not acceptance of the System.
H:Clause 6 Acceptance
P:6.1 After installation the System shall run for a trial period of 21 consecutive days.
P:6.2 The System passes acceptance when, during the trial period:
P:(a) at least 98% of all scheduled readings from every block reach the server;
P:(b) each sensor reading is within 0.3 degrees Celsius of a calibrated reference thermometer in the spot checks made jointly by the parties at ten randomly chosen nodes;
P:(c) a simulated frost event in each block produces SMS, voice and app alarms to every duty phone within two minutes;
P:(d) gateway batteries keep the gateways running for 72 hours without sunlight in the test made by disconnecting the solar panels; and
P:(e) no Priority 1 incident under Annex 2 has occurred in the last ten days of the trial period.
P:6.3 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate. Installation, operation of the System or any payment shall not be treated as acceptance. If the System fails, the Supplier shall correct the defects at its own cost and the trial period shall be repeated.
H:Clause 7 Warranty
P:7.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate.
P:7.2 During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including sensor batteries that fail earlier than stated in the specifications, and shall provide software updates free of charge.
P:7.3 The Supplier shall keep in Yichun a stock of spare nodes and one spare gateway throughout the warranty period.
H:Clause 8 Service Levels
P:8.1 The alarm software shall be available at least 99.95% of each month during the frost seasons from 15 April to 15 June and from 1 September to 15 October.
P:8.2 Incidents are classified and handled as set out in Annex 2. A Priority 1 incident shall be answered within one hour at any time of day or night during the frost seasons.
P:8.3 For each full hour by which the Supplier exceeds a response or restoration time in Annex 2, the Supplier shall pay the Buyer CNY 1,000. For each 0.01 percentage point by which monthly availability falls below the level in 8.1, the Supplier shall pay CNY 800.
H:Clause 9 Post-Warranty Support
P:9.1 After the warranty period the Buyer may order support covering repairs, replacement parts, software updates and the service levels of Clause 8 for up to three further years.
P:9.2 The annual support fee is 7.5% of the Hardware and Licence Subtotal in Annex 1, that is CNY 59,670 per year. This fee is fixed for the three years and shall not be increased. Support is ordered year by year by purchase order and does not renew automatically.
H:Clause 10 Delay
P:10.1 If the Supplier fails to deliver the equipment or to complete installation by the dates in this Contract, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 If the delay exceeds 30 days, the Buyer may also terminate this Contract under Clause 15.
H:Clause 11 Farm Data and Data Security
P:11.1 All data collected or generated by the System, including sensor readings, block maps, alarm logs and user records ("Farm Data"), belongs to the Buyer. The Supplier may use Farm Data only to perform this Contract.
P:11.2 Farm Data shall be stored on the Buyer's server in China. The Supplier may access the server remotely only with the Buyer's approval for each session, using individual accounts, and shall not copy Farm Data to its own systems or transfer it outside China.
P:11.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting Farm Data, take immediate remedial action and bear the losses caused by incidents for which it is responsible.
H:Clause 12 Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's yields, block maps and prices, and shall not disclose it to third parties without prior written consent. This obligation survives termination.
H:Clause 13 Intellectual Property
P:13.1 The radio survey, installation drawings, alarm rules, block maps and dashboards prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to other contractors.
P:13.2 The firmware of the equipment and the alarm software remain the property of the Supplier or its licensors; the Buyer receives a perpetual licence to use them with the System.
H:Clause 14 Subcontracting
P:The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Clause 15 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's written notice, or in the case of Clause 10.2. The Supplier shall then refund the amounts paid for equipment and services not accepted, and compensate the Buyer's losses.
H:Clause 16 Liability
P:The total liability of the Supplier under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 11 and 12, for which liability is not limited.
H:Clause 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding on both parties.
H:Annex 1 Equipment, Licence and Prices (CNY)
TB:Item|Quantity|Unit price|Amount
TB:Frost sensor node (canopy temperature, leaf wetness, soil temperature)|180|2,350|423,000
TB:LoRaWAN gateway with solar power and battery|6|18,600|111,600
TB:Automatic weather station|2|46,500|93,000
TB:FrostGuard alarm and analytics software, perpetual licence|1|168,000|168,000
TB:Hardware and Licence Subtotal|||795,600
TB:Radio survey, installation and commissioning|fixed||126,400
TB:Training of duty staff and administrators|fixed||18,000
TB:Contract Price|||940,000
P:Supplier's Chinese agent for invoicing: Harbin Beiguo Agricultural Technology Trading Co., Ltd.
H:Annex 2 Incident Priorities
TB:Priority|Description|Response|Restoration
TB:Priority 1|Frost alarms not delivered, or more than 10% of nodes offline, during a frost season|1 hour|8 hours
TB:Priority 2|A gateway or weather station down, or a block without readings|2 hours|24 hours
TB:Priority 3|Other faults and questions|1 business day|5 business days
P:Signed for the Buyer: ____________________ (authorised representative, company seal, date)
P:Signed for the Supplier: ____________________ (authorised representative, date)
"""

# =====================================================================================================================
# h280e04 — Suzhou silk mill: managed Wi-Fi and network service, 24 months; Scottish provider (Eilean Mhartainn)
# PDF, Article 1-16 with 1.1 sub-clauses, Schedules as paragraphs
# =====================================================================================================================
SRC["e04"] = """T:Managed Wireless Network Services Agreement
P:Agreement reference: MN-SZ-2026-12B
P:This Agreement is made between Mhartainn Networks Ltd, a company registered in Scotland with its registered office on Eilean Mhartainn, Loch Broom, Ross-shire, Scotland, acting through its branch in Suzhou Industrial Park (the "Provider"), and Suzhou Jinsi Silk Weaving Co., Ltd., a company established in the People's Republic of China with its registered office in Shengze Town, Wujiang District, Suzhou, Jiangsu Province (the "Customer").
P:Background: the Customer operates a silk weaving mill with weaving sheds, a dyeing and finishing workshop, a raw-silk warehouse, offices and a staff dormitory. It needs reliable wireless coverage for its loom-monitoring terminals, handheld warehouse scanners, office users and dormitory residents, and has chosen to buy this as a managed service rather than to own the equipment. At the Customer's request all charges in this Agreement are expressed and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Services" means the managed wireless network services described in Article 2 and Schedule 1.
P:1.2 "Service Commencement Date" means the date of the Service Acceptance Certificate under Article 5.
P:1.3 "Initial Term" means twenty-four (24) months from the Service Commencement Date.
P:1.4 "Customer Data" means all data relating to the Customer, its employees, residents and guests that passes through or is collected by the network, including traffic logs, device lists, authentication records and guest portal registrations.
H:Article 2 Services
P:2.1 The Provider shall design, supply, install, operate, monitor and maintain a wireless network of 186 access points with controllers, PoE switches and authentication servers across the Customer's site, and shall provide a guest portal, separate networks for production terminals, office users and dormitory residents, and a monthly performance report.
P:2.2 All equipment supplied by the Provider remains the Provider's property. The Provider shall replace any equipment that fails and shall refresh firmware and security patches as required.
P:2.3 Monitoring is performed around the clock from the Provider's network operations centre in Suzhou Industrial Park.
P:2.4 The Customer may request changes to the network, such as new coverage areas or additional networks for new production lines. The Provider shall answer each request within five business days with a written proposal stating the effect on the charges and the timetable. No change is binding until both parties have signed the proposal.
H:Article 3 Charges and Payment
P:3.1 The charges are: a one-time Deployment Charge of CNY 84,000 and a Monthly Service Charge of CNY 58,500 for 24 months, that is CNY 1,404,000. The total charges for the Initial Term are CNY 1,488,000.
P:3.2 The Deployment Charge is invoiced after the Service Acceptance Certificate is signed. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable in advance. The Customer pays each correct VAT invoice within 30 days.
P:3.3 The charges are fixed for the Initial Term. Additional access points requested by the Customer are charged at the unit rate in Schedule 1.
H:Article 4 Deployment
P:4.1 The Provider shall complete a radio survey within 20 days after signature and deliver a design with predicted coverage maps for the Customer's approval.
P:4.2 The Provider shall complete installation and be ready for Service Acceptance within 60 days after the Customer approves the design. Installation in the weaving sheds shall be scheduled during planned stoppages agreed with the Customer's production manager, and all work near looms and dye vats shall follow the Customer's safety rules.
P:4.3 If the Provider is not ready for Service Acceptance by the date in 4.2 for reasons not caused by the Customer, the Provider shall pay the Customer CNY 1,200 for each day of delay.
H:Article 5 Service Acceptance
P:5.1 The Provider shall demonstrate, in the presence of the Customer's IT manager, that:
P:(a) signal strength is at least -67 dBm at every measurement point on the approved survey plan, including between loom rows;
P:(b) each loom-monitoring terminal and warehouse scanner connects and roams between access points without losing its session;
P:(c) throughput of at least 50 Mbps is achieved at each office and dormitory test point;
P:(d) production, office, dormitory and guest networks are isolated from each other; and
P:(e) the network has run for seven consecutive days without a Priority 1 incident.
P:5.2 When all tests are passed, the parties sign the Service Acceptance Certificate. Installation or use of the network by the Customer does not amount to acceptance.
H:Article 6 Service Levels
P:6.1 The Provider shall ensure network availability of at least 99.95% in each calendar month for each building, measured by the Provider's monitoring system and excluding planned maintenance agreed with the Customer.
P:6.2 A Priority 1 incident means loss of wireless service in a whole building or in any weaving shed. The Provider shall respond to a Priority 1 incident within 30 minutes, be on site within three hours and restore service within six hours. A Priority 2 incident (loss of service in part of a building) shall be responded to within two hours and resolved by the next business day.
P:6.3 If availability for a building falls below the level in 6.1, the Customer receives a credit of 5% of the Monthly Service Charge; below 99.5%, 10%; below 99%, 20%. For every 30 minutes by which a Priority 1 response or restoration is late, the Customer receives a further credit of CNY 800. Credits are deducted from the next invoice.
P:6.4 The monthly performance report shall show availability per building, all incidents with their response and restoration times, the credits due, the number of connected devices per network, and any recommendations for capacity or coverage changes. The parties shall meet each quarter to review the reports and agree on improvement actions.
H:Article 7 Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Services and shall not sell, analyse or disclose it for any other purpose.
P:7.2 Customer Data shall be stored and processed only in mainland China. The Provider shall apply access control with individual accounts and multi-factor authentication, encrypt management traffic, keep authentication logs for the period required by Chinese law, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.
P:7.3 The Provider shall notify the Customer within 12 hours of any security incident affecting the network or Customer Data, take immediate containment measures, and bear the losses caused to the Customer by incidents resulting from its breach of this Article.
H:Article 8 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Customer's production data, loom layouts and designs, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 9 Documents and Intellectual Property
P:9.1 The survey results, coverage maps, network design, configurations and as-built documentation prepared for the Customer belong to the Customer, which may use them freely, including with a successor provider.
P:9.2 The Provider retains its rights in its monitoring tools and standard procedures.
H:Article 10 Subcontracting
P:10.1 The cabling contractor named in Schedule 2 is approved by the Customer on signature of this Agreement.
P:10.2 The Provider shall not use any other subcontractor for the Services without the Customer's prior written consent, and remains responsible for all subcontractors.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the total charges for the Initial Term, except for death or personal injury, fraud, and breach of Articles 7 and 8.
P:11.2 Neither party is liable for loss of profit or indirect loss.
H:Article 12 Term, Renewal and Termination
P:12.1 This Agreement starts on signature and ends at the end of the Initial Term. It does not renew automatically. Any extension requires a written agreement signed by both parties.
P:12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after written notice, or if availability for any building is below 99% in two consecutive months.
P:12.3 At the end of this Agreement the Provider shall remove its equipment at its own cost, leave the cabling in place, and return or delete Customer Data as the Customer instructs.
H:Article 13 Customer Obligations
P:The Customer shall provide power, rack space and safe access to all areas where equipment is installed, and shall inform the Provider of planned stoppages and building works that may affect the network.
H:Article 14 Force Majeure
P:Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it informs the other party promptly and takes reasonable steps to limit the effects.
H:Article 15 Governing Law and Jurisdiction
P:This Agreement is governed by Scots law. The parties submit to the exclusive jurisdiction of the Court of Session in Edinburgh.
H:Article 16 General
P:This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Amendments are valid only in writing signed by both parties.
P:Schedule 1 (Service description and rates): 186 access points; 2 controllers in high-availability pair; 14 PoE switches; guest portal; monthly report; additional access point at CNY 260 per month.
P:Schedule 2 (Approved subcontractor): Wujiang Hengtong Structured Cabling Engineering Co., Ltd., for cabling only.
P:Signed for Mhartainn Networks Ltd: ____________________ Name, title, date
P:Signed for Suzhou Jinsi Silk Weaving Co., Ltd.: ____________________ Name, title, date
"""

# =====================================================================================================================
# h280e05 — Wuhan bank: company-registry lookup API subscription, 36 months; Italian vendor (Isola Dino)
# TXT, Section 1-15 with 1.1 sub-clauses
# =====================================================================================================================
SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
(Company Registry Lookup API)

Agreement number: RD-WH-2026-0057

Parties

Registra Dati S.p.A., a company incorporated in Italy, with its registered seat on the Isola Dino, 87028 Praia a Mare (CS), Italy ("Vendor").

Wuhan Hanjiang Commercial Bank Co., Ltd., a bank incorporated in the People's Republic of China, with its head office in Jianghan District, Wuhan, Hubei Province ("Customer").

Recitals

Customer must identify its corporate clients and their foreign shareholders, directors and beneficial owners when opening accounts, granting trade finance and monitoring cross-border payments. Vendor operates an application programming interface (the "API") that returns structured extracts from official company registries in more than ninety jurisdictions. Customer wishes to subscribe to the API and connect it to its customer due-diligence system. At Customer's request all fees in this Agreement are stated and paid in Chinese yuan (CNY).

Section 1. Definitions

1.1 "Service" means access to the API, the registry extracts and documents returned by it, the web console, the documentation and the support described in this Agreement.

1.2 "Lookup" means one successful request that returns a registry extract or an officer or shareholder list for one company.

1.3 "Go-Live" means the date of Integration Acceptance under Section 4.

1.4 "Query Data" means all company names, registration numbers and other identifiers that Customer submits to the API, together with the results returned to Customer and the logs of Customer's requests.

Section 2. The Service

2.1 Vendor shall provide Customer with access to the API from Go-Live for the Subscription Term of thirty-six (36) months.

2.2 The annual fee includes up to 60,000 Lookups per contract year. Additional Lookups are charged at CNY 9 each and invoiced quarterly with the subscription fee. Unused Lookups do not carry over.

2.3 Vendor shall keep registry data current by refreshing each jurisdiction at least as often as stated in the coverage list in Annex A, and shall indicate in each extract the date on which the registry was last consulted.

2.4 Vendor shall provide onboarding: a test environment, sample code, a mapping of the API fields to Customer's due-diligence data model, and two days of integration workshops at Customer's head office in Wuhan.

2.5 The web console lets Customer's compliance staff run individual searches, download registry documents in PDF form, and see the number of Lookups used by each department. Customer may create up to 80 console users and decide their roles.

2.6 Vendor shall notify Customer at least 60 days in advance of any change to the API that is not backward compatible, and shall keep the previous API version running for at least six months after the new version is released.

Section 3. Fees and payment

3.1 The fees are:
(a) an onboarding fee of CNY 36,000; and
(b) an annual subscription fee of CNY 420,000 for each of the three contract years, that is CNY 1,260,000.
The total fees for the Subscription Term are CNY 1,296,000, excluding additional Lookups.

3.2 The onboarding fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears in equal instalments of CNY 105,000. No amount is payable before Go-Live.

3.3 Customer pays each correct VAT special invoice within 30 days after receipt. The fees are fixed for the Subscription Term.

3.4 Vendor shall send Customer a monthly usage statement showing the Lookups made by jurisdiction and by department. If Customer expects to exceed the included Lookups, the parties may agree in writing on a larger package at a lower unit price.

Section 4. Onboarding and Integration Acceptance

4.1 Vendor shall make the test environment, documentation and field mapping available within 15 days after signature, and shall support Customer's integration so that Integration Acceptance can take place within 60 days after signature.

4.2 Customer shall test the integration using a test set of 500 companies selected by Customer from at least 20 jurisdictions. Integration Acceptance is reached when:
(a) at least 97% of the test companies are found, and every extract returned matches the registry entry on the date shown;
(b) the API answers at least 95% of requests within 800 milliseconds at a load of 20 requests per second;
(c) each response contains the fields listed in the field mapping, including shareholders and directors where the registry publishes them; and
(d) Customer's due-diligence system stores each response with the request time and the user who made it.

4.3 Customer confirms Integration Acceptance in writing. Use of the test environment or of the production API before that confirmation is not acceptance.

4.4 If Vendor is not ready for Integration Acceptance within 60 days after signature for reasons not attributable to Customer, Vendor shall pay Customer CNY 1,000 for each day of delay.

Section 5. Service levels and support

5.1 Vendor shall make the production API available at least 99.95% of each calendar month, excluding maintenance announced five business days in advance and performed on Sundays between 01:00 and 05:00 China Standard Time.

5.2 A Priority 1 incident means that the API is unavailable, or that more than 5% of requests fail or time out, for longer than ten minutes. Vendor shall respond to a Priority 1 incident within one (1) hour, at any time, and keep Customer informed every hour until service is restored. Priority 2 incidents (wrong or incomplete data for a jurisdiction) are answered within one business day.

5.3 If monthly availability falls below the level in 5.1, Customer receives a credit of 5% of the monthly equivalent of the annual fee (CNY 35,000); below 99.5%, 10%; below 99%, 25%. A late response to a Priority 1 incident gives a further credit of CNY 1,000. Credits are set off against the next quarterly invoice.

5.4 Support is provided in English and Chinese by e-mail and telephone. Vendor shall name a customer success manager who meets Customer each quarter to review usage, coverage and incidents. Vendor shall publish the current status of each jurisdiction and of the API on a status page that Customer's staff can consult at any time.

Section 6. Query Data

6.1 Query Data belongs to Customer. Vendor may use Query Data only to provide the Service to Customer and shall not use it for any other purpose, including building profiles of Customer's clients, selling it, or analysing Customer's business.

6.2 At the end of this Agreement, Vendor shall return Customer's request logs on request and then delete Query Data.

Section 7. Registry content and use by Customer

7.1 Registry extracts are compiled from public sources. Vendor shall use reasonable care to return them accurately, but does not guarantee the accuracy of information filed by third parties with the registries. If Customer reports that an extract differs from the registry entry on the date shown, Vendor shall investigate and correct the extract within three business days, and the Lookup shall not be charged.

7.2 Customer may store the extracts in its due-diligence files and use them for its own compliance, credit and risk purposes, including disclosure to its regulators and auditors, but shall not resell them.

Section 8. Intellectual property

8.1 Vendor owns the API, the web console and its database compilation.

8.2 The integration code, field mappings, reports and workflows prepared by Vendor specifically for Customer during onboarding belong to Customer, which may use, modify and license them freely.

Section 9. Confidential information

Each party shall keep confidential the other party's non-public business information received under this Agreement, including the terms of this Agreement, and shall not disclose it to third parties without prior written consent, except to its professional advisers, regulators and auditors. This obligation survives for three years after the end of this Agreement.

Section 10. Subcontracting

Vendor shall not subcontract the operation of the Service, in whole or in part, without Customer's prior written consent. Obtaining data from registries and official data distributors is not subcontracting.

Section 11. Liability

11.1 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term, except for fraud and wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss.

Section 12. Term and termination

12.1 This Agreement starts on signature and ends at the end of the Subscription Term.

12.2 The fees have been set on the basis of a full Subscription Term. Neither party may terminate this Agreement before the end of the Subscription Term. Customer's remedies for any failure of the Service are the service credits under Section 5 and damages under Section 11.

12.3 Vendor may suspend the Service if an undisputed invoice remains unpaid 30 days after a written reminder.

Section 13. Force majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, including the unavailability of a public registry, provided that it notifies the other party promptly.

Section 14. Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules in force at the time.

Section 15. Miscellaneous

15.1 This Agreement, with Annex A (coverage list) and Annex B (field mapping), is the entire agreement between the parties on its subject.

15.2 Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions are equally authentic.

Signed for Registra Dati S.p.A.: ______________________ Name / Title / Date

Signed for Wuhan Hanjiang Commercial Bank Co., Ltd.: ______________________ Name / Title / Date
"""

# =====================================================================================================================
# The plan for each contract: decided before its text was written; labels are produced from it.
# =====================================================================================================================
plan("z01", "h280z01_weather_bureau_severe_weather_warning_platform.pdf", "zh", "software", 3320000,
     lines=[1260000, 845000, 698000, 312000, 166000, 39000], payments=[664000, 1494000, 1162000],
     figs=["3,320,000", "1,958,000", "664,000", "20%", "99.95%", "15分钟内响应", "千分之一", "质保期为三年", "8%", "156,640",
           "归甲方所有", "不得将本项目转包或分包", "适用中华人民共和国法律"],
     rules=[], risk_level="low", fee_base=1958000, capped=True,
     terms=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                warranty_months=36, post_warranty_fee_pct=8))
plan("z02", "h280z02_flour_mill_milling_line_control_system.docx", "zh", "hardware", 1930000,
     lines=[8 * 86000, 412000, 236000, 198000, 224000, 148000, 24000], payments=[386000, 965000, 482500, 96500],
     figs=["1,930,000", "1,534,000", "386,000", "20%", "30分钟内电话响应", "1,500元", "万分之八", "十八个月", "28%", "429,520",
           "书面告知甲方即可", "新乡仲裁委员会"],
     rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], risk_level="high", fee_base=1534000,
     capped=True,
     terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=18,
                post_warranty_fee_pct=28, subcontract_without_consent=True))
plan("z03", "h280z03_laundry_chain_order_membership_saas.md", "zh", "cloud", 1235600,
     lines=[45 * 680 * 36, 96000, 38000], payments=[96000 + 38000] + [91800] * 12,
     figs=["1,235,600", "1,101,600", "91,800", "本合同不设预付款", "99.95%", "15分钟内响应", "800元", "自动续期24个月", "8%",
           "去标识化", "归乙方所有", "杭州仲裁委员会"],
     rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"], risk_level="medium",
     terms=dict(availability_pct=99.95, p1_response_hours=0.25, buyer_owns_data=False,
                ld_rate_per_day_pct=800 / 1235600 * 100, final_payment_on_acceptance=None,
                auto_renewal_price_increase=True, contract_kind="service"))
plan("z04", "h280z04_sports_centre_ticketing_gate_annual_om.txt", "zh", "services", 786000,
     lines=[456000, 64000, 96000, 118000, 52000], payments=[196500] * 4,
     figs=["786,000", "196,500", "本合同不设预付款", "99.5%", "15分钟内到场响应", "万分之二", "2,000元", "不得将本合同项下的服务转包或分包",
           "自然终止"],
     rules=["CR-LD-LOW", "CR-SLA-AVAILABILITY"], risk_level="medium",
     terms=dict(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.02,
                final_payment_on_acceptance=None, contract_kind="service"))
plan("z05", "h280z05_rice_noodle_maker_wms_supplier_template.md", "zh", "software", 926000,
     lines=[380000, 460000, 86000], payments=[463000, 463000],
     figs=["926,000", "50%", "463,000", "即视为甲方验收合格", "六个月", "8小时内响应", "不因响应或处理超时承担任何扣款", "当年公布的维护服务价格标准",
           "知识产权均归乙方所有", "脱敏处理", "万分之一", "20%为限", "乙方所在地人民法院"],
     rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
     risk_level="high", fee_base=380000, capped=False, deemed=True,
     terms=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                ld_rate_per_day_pct=0.01, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=None,
                governing_law=None))
plan("e01", "h280e01_incense_maker_recipe_software_licences.txt", "en", "software", 870000,
     lines=[25 * 18400, 120000, 214000, 58000, 18000], payments=[174000, 391500, 304500],
     figs=["870,000", "580,000", "20% (CNY 174,000)", "does not guarantee any response time", "shall not be liable for any delay",
           "eighteen (18) months", "13%", "75,400", "vest in the Customer", "laws of Italy", "Tribunale di Messina"],
     rules=["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk_level="high",
     fee_base=580000, capped=True, sla_clause=False, ld_stated=False, forum_outside=True,
     terms=dict(sla_remedy=False, prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=13,
                governing_law="Italy"))
plan("e02", "h280e02_paragliding_school_booking_saas_order_form.md", "en", "cloud", 550000,
     lines=[24 * 21800, 26800], payments=[26800] + [21800] * 24,
     figs=["550,000", "523,200", "No amount is payable in advance", "99.95%", "within one (1) hour", "CNY 400 for each day",
           "six (6) months", "does not renew automatically", "French law", "Tribunal de commerce de Lorient"],
     rules=["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"], risk_level="medium", forum_outside=True,
     terms=dict(availability_pct=99.95, p1_response_hours=1, confidentiality=False,
                ld_rate_per_day_pct=400 / 550000 * 100, liability_cap_pct=6 / 24 * 100,
                final_payment_on_acceptance=None, governing_law="France", contract_kind="service"))
plan("e03", "h280e03_blueberry_farm_frost_sensors.docx", "en", "hardware", 940000,
     lines=[180 * 2350, 6 * 18600, 2 * 46500, 168000, 126400, 18000], payments=[94000, 517000, 329000],
     figs=["940,000", "795,600", "10% (CNY 94,000)", "99.95%", "within one hour", "0.1% of the Contract Price for each day",
           "twenty-four (24) months", "7.5%", "59,670", "200% of the Contract Price", "Harbin Arbitration Commission"],
     rules=[], risk_level="low", fee_base=795600, capped=True,
     terms=dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=7.5))
plan("e04", "h280e04_silk_mill_managed_wifi_service.pdf", "en", "services", 1488000,
     lines=[84000, 24 * 58500], payments=[84000] + [58500] * 24,
     figs=["1,488,000", "1,404,000", "No charge is payable in advance", "99.95%", "within 30 minutes", "CNY 1,200 for each day",
           "150% of the total charges", "does not renew automatically", "Scots law", "Court of Session in Edinburgh"],
     rules=["CR-GOVERNING-LAW"], risk_level="low", forum_outside=True,
     terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=1200 / 1488000 * 100,
                liability_cap_pct=150, final_payment_on_acceptance=None, governing_law="Scotland",
                contract_kind="service"))
plan("e05", "h280e05_bank_company_registry_api_subscription.txt", "en", "cloud", 1296000,
     lines=[36000, 3 * 420000], payments=[36000] + [105000] * 12,
     figs=["1,296,000", "105,000", "No amount is payable before Go-Live", "99.95%", "within one (1) hour",
           "CNY 1,000 for each day", "twice the total fees", "Query Data belongs to Customer",
           "Neither party may terminate this Agreement before the end of the Subscription Term",
           "Wuhan Arbitration Commission"],
     rules=["CR-DATA-SECURITY", "CR-TERMINATION"], risk_level="high",
     terms=dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
                ld_rate_per_day_pct=1000 / 1296000 * 100, liability_cap_pct=200, final_payment_on_acceptance=None,
                termination_for_breach=False, contract_kind="service"))


# =====================================================================================================================
# Checks, build, labels, read-back scan
# =====================================================================================================================
def check_plan(key, p):
    t, x, v = p["terms"], p["extra"], p["extra"]["contract_value"]
    assert sum(p["lines"]) == v, (key, "price lines", sum(p["lines"]), v)
    assert sum(p["payments"]) == v, (key, "payments", sum(p["payments"]), v)
    if t["prepayment_pct"] is not None:
        assert p["payments"][0] * 100 == t["prepayment_pct"] * v, (key, "prepayment share")
    if t["post_warranty_fee_pct"] is not None:
        fee = p["fee_base"] * t["post_warranty_fee_pct"] / 100
        assert f"{round(fee):,}" in SRC[key], (key, "annual fee figure", fee)
        assert round(fee) == fee
    # no labelled or derived value sits on a threshold
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["warranty_months"] != 12
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
    assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-9
    assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - 15) > 1e-9
    c = tco(p)
    assert c is None or abs(c["share_pct"] - 40) > 0.5, (key, "TCO share near 40", c)
    assert f"{v:,}" in SRC[key], (key, "contract value not in text")
    got = apply_rules(p)
    assert got == p["rules"], (key, "rules differ from plan", got, p["rules"])
    assert risk(got) == p["risk"], (key, "risk", risk(got), p["risk"])


def label(p):
    return {"file": p["file"], "language": p["language"], "category": p["category"],
            "expected_terms": {k: p["terms"][k] for k in TERM_KEYS}, "expected_extra": p["extra"],
            "expected_rules": p["rules"]}


def main():
    self_test()
    assert len(PLAN) == 10 and set(PLAN) == set(SRC)
    fmts = {}
    for key, p in PLAN.items():
        check_plan(key, p)
        fmts.setdefault(Path(p["file"]).suffix, []).append(key)
    assert {k: len(v) for k, v in fmts.items()} == {".pdf": 2, ".docx": 2, ".md": 3, ".txt": 3}, fmts
    fired = set(r for p in PLAN.values() for r in p["rules"])
    counts = sorted(len(p["rules"]) for p in PLAN.values())
    print("rules fired across the set:", len(fired), sorted(fired))
    print("findings per contract:", counts)

    built = {k: (p["file"], Path(p["file"]).suffix[1:]) for k, p in PLAN.items() if p["file"].endswith((".docx", ".pdf"))}
    for key, p in PLAN.items():
        if key not in built:
            (OUT / p["file"]).write_text(SRC[key], encoding="utf-8")
            print("wrote", p["file"])
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)

    problems = []
    rows = []
    for key, p in PLAN.items():
        text = read_back(OUT / p["file"])
        n = size(text, p["language"])
        lo, hi = (2800, 3300) if p["language"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append((p["file"], "length", n))
        flat = re.sub(r"\s", "", text)
        for f in p["figs"]:
            if re.sub(r"\s", "", f) not in flat:
                problems.append((p["file"], "figure missing", f))
        for hit in scan(text):
            problems.append((p["file"], "threshold value", hit))
        (OUT / (Path(p["file"]).stem + ".json")).write_text(
            json.dumps(label(p), ensure_ascii=False, indent=1), encoding="utf-8")
        c = tco(p)
        rows.append((p["file"], n, p["risk"], ", ".join(r[3:] for r in p["rules"]) or "(none)",
                     None if c is None else round(c["share_pct"], 2)))
    for r in rows:
        print(*r, sep=" | ")
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
