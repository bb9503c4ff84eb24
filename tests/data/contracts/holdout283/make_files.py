"""holdout283 — ten blind ORDINARY draft contracts (5 zh, 5 en) with hand labels.

Writes every contract (.txt / .md directly, .docx / .pdf through ../word_pdf.py with wrap_words=True) from the
markup sources below (T: title, H: heading, P: paragraph, TB: table row, cells split by |), asserts every price and
payment sum, re-applies policy §3/§4 to the hand-made terms and asserts the result equals the planned findings,
writes the .json labels, reads every built file back (python-docx paragraphs + tables, pypdf) and checks that every
labelled figure appears in the text, that the text length is inside the brief's range, and that no figure sits on a
policy threshold. Run with /work/main/.venv/bin/python make_files.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent


# ---------------------------------------------------------------- rendering of .md / .txt from the markup
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
            table.append(text.split("|"))
            continue
        flush()
        if tag == "T":
            out += ["# " + text, ""]
        elif tag == "H":
            out += ["## " + text, ""]
        else:
            out += [text, ""]
    flush()
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out, table = [], []

    def flush():
        if table:
            for row in table:
                out.append("  ".join(cell for cell in row))
            out.append("")
            table.clear()

    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append(text.split("|"))
            continue
        flush()
        if tag == "T":
            out += [text, ""]
        elif tag == "H":
            out += [text, ""]
        else:
            out += [text, ""]
    flush()
    return "\n".join(out).rstrip() + "\n"


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    raise ValueError(path)


# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
HORIZON = 5
KINDS_GOODS = "goods_or_licence"


def tco_share(terms, extra, fee_base):
    """post-warranty fee share of TCO over the horizon, % (None when not computable)."""
    if terms["contract_kind"] != KINDS_GOODS or terms["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - (terms["warranty_months"] or 0) / 12)
    fees = years * terms["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (extra["contract_value"] + fees) * 100


def apply_rules(terms, extra, fee_base=None, forum_mainland=True):
    t, rules = terms, set()
    if not extra["sla_clause"]:
        rules.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        rules.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        rules.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        rules.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        rules.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        rules.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        rules.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        rules.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        rules.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        rules.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        rules.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        rules.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or extra["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        rules.add("CR-ACCEPTANCE")
    if t["contract_kind"] == KINDS_GOODS:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            rules.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            rules.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra, fee_base)
        if share is not None and share > 40:
            rules.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        rules.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        rules.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        rules.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not forum_mainland:
        rules.add("CR-GOVERNING-LAW")
    return sorted(rules)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
            "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high",
            "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium",
            "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------- threshold scan (policy §3 and §4 figures)
ZN = "零一二三四五六七八九十百千"
THRESHOLD_PATTERNS = [
    # availability 99.9 %
    ("availability 99.9", r"(?<![\d.,])99\.9(?![\d])"),
    ("availability 99.9 zh", r"百分之九十九点九(?![" + ZN + "])"),
    ("availability 99.9 en", r"ninety[- ]nine point nine(?![- ]?(one|two|three|four|five|six|seven|eight|nine))"),
    # P1 response 4 hours
    ("4 hours", r"(?<![\d.,])4\s*(个)?\s*(小时|钟头|h\b|hrs?\b|hours?\b|-hour)"),
    ("4 hours zh", r"(?<![" + ZN + r"\d])四\s*(个)?\s*(小时|钟头)"),
    ("4 hours en", r"\bfour[- ](business[- ]|working[- ]|clock[- ])?hours?\b"),
    ("240 minutes", r"(?<![\d.,])240\s*(分钟|minutes?)"),
    # LD 0.05 % per day
    ("0.05 %", r"(?<![\d.,])0\.05\s*(%|％|per ?cent)"),
    ("0.5 permille", r"(?<![\d.,])0\.5\s*‰"),
    ("万分之五", r"万分之五(?![" + ZN + r"点\d])"),
    ("千分之零点五", r"千分之零点五(?![" + ZN + "])"),
    ("0.35 % per week", r"(?<![\d.,])0\.35\s*(%|per ?cent)"),
    # liability cap 100 %
    ("100 %", r"(?<![\d.,])100\s*(%|％|per ?cent)"),
    ("百分之百", r"百分之(一)?百(?![" + ZN + "])"),
    ("one hundred per cent", r"\b(one )?hundred (per ?cent|percent)"),
    # prepayment 30 %
    ("30 %", r"(?<![\d.,])30\s*(%|％|per ?cent)"),
    ("百分之三十", r"百分之三十(?![" + ZN + r"点\d])"),
    ("thirty per cent", r"\bthirty (per ?cent|percent)"),
    # warranty 12 months
    ("12 months", r"(?<![\d.,])12\s*(个)?\s*(月|months?\b|-month)"),
    ("十二个月", r"(?<![" + ZN + r"])十二\s*(个)?\s*月"),
    ("twelve months", r"\btwelve[- ]months?\b"),
    ("一年", r"(?<![" + ZN + r"第每\d])一\s*(个)?\s*(年|周年)(?!度|级)"),
    ("1 year", r"(?<![\d.,])1\s*(年|[- ]?years?\b)"),
    ("one year", r"\b(one|a)[- ]year\b"),
    # post-warranty fee 15 %
    ("15 %", r"(?<![\d.,])15\s*(%|％|per ?cent)"),
    ("百分之十五", r"百分之十五(?![" + ZN + r"点\d])"),
    ("fifteen per cent", r"\bfifteen (per ?cent|percent)"),
    # TCO share 40 %
    ("40 %", r"(?<![\d.,])40\s*(%|％|per ?cent)"),
    ("百分之四十", r"百分之四十(?![" + ZN + r"点\d])"),
    ("forty per cent", r"\bforty (per ?cent|percent)"),
    # TCO horizon 5 years (policy §4 default)
    ("5 years", r"(?<![\d.,])5\s*(年|[- ]?years?\b)"),
    ("五年", r"(?<![" + ZN + r"第\d])五\s*(个)?\s*(年|周年)(?!度|级)"),
    ("five years", r"\bfive[- ]years?\b"),
    ("60 months", r"(?<![\d.,])60\s*(个)?\s*(月|months?\b)|六十个月|\bsixty months\b"),
]
THRESHOLD_RE = [(name, re.compile(p, re.I)) for name, p in THRESHOLD_PATTERNS]


def threshold_hits(text):
    flat = re.sub(r"[ \t]*\n[ \t]*", " ", text)  # a figure broken over a PDF line still counts
    hits = []
    for name, rx in THRESHOLD_RE:
        for m in rx.finditer(text):
            hits.append((name, m.group(0)))
        for m in rx.finditer(flat):
            hits.append((name, m.group(0)))
    return sorted(set(hits))


def self_test():
    must_hit = ["可用率不低于99.9%", "百分之九十九点九", "ninety-nine point nine per cent", "在4小时内响应",
                "四小时内到场", "4 hours", "four-hour response", "240分钟", "0.05%", "0.05 per cent", "万分之五",
                "千分之零点五", "100%", "百分之百", "百分之一百", "one hundred per cent", "30%", "百分之三十",
                "thirty per cent", "12个月", "12 months", "十二个月", "twelve months", "质保期一年", "1年",
                "one year", "a one-year warranty", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十",
                "forty percent", "5年", "五年", "five years", "60 months", "0.35%", "4 h"]
    must_miss = ["99.95%", "99.5%", "百分之九十九点九五", "24小时", "二十四小时", "14小时", "24 hours",
                 "0.08%", "万分之五十", "万分之三", "130%", "200%", "1,100%", "百分之三十五", "300%",
                 "13.5%", "115%", "2015年", "第一年", "每一年", "一年度", "二十五年", "2025年", "5.5%",
                 "12小时", "112 months", "第五年", "150%", "45 minutes", "0.4 hours", "140%"]
    for s in must_hit:
        assert threshold_hits(s), ("regex misses", s)
    for s in must_miss:
        assert not threshold_hits(s), ("regex wrongly hits", s, threshold_hits(s))


# ================================================================ h283z01 — 省地震局 地震预警平台 (PDF, compliant)
H283Z01 = """T:省地震预警监测与信息发布平台建设项目采购合同
P:合同编号：JZJ-ZFCG-2026-017    采购方式：公开招标    项目编号：QX2026-GK-0346
P:甲方（采购人）：青溪省地震局    地址：青溪省云门市观澜路88号
P:乙方（供应商）：北辰地感科技股份有限公司    地址：云门市高新区启明大道1260号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就省地震预警监测与信息发布平台建设项目达成如下协议。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责供货、安装、集成和调试136个预警监测台站设备、40套预警信息发布终端，以及部署预警处理平台软件（永久许可），完成与省应急指挥平台、广电应急广播系统的接口定制开发，并对甲方人员进行培训。
P:1.2 项目工期为合同签订之日起150日内完成全部台站安装及平台部署，并具备初验条件。
P:1.3 培训内容包括平台运维、台站巡检维护及预警产品发布流程，分3期在甲方指定地点进行，每期不少于20人，培训教材及视频资料交甲方留存。
H:第二条 合同价格
P:2.1 本合同总价为人民币5,960,000元（大写：伍佰玖拾陆万元整），为含税固定总价，包括设备、软件许可、运输、保险、安装、集成、定制开发、培训、税费及质保期内全部服务费用。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|预警监测终端（一般站）|120套|18,600|2,232,000
TB:2|强震动基准站设备|16套|96,500|1,544,000
TB:3|预警信息发布终端|40套|12,800|512,000
TB:4|预警处理平台软件永久许可|1套|860,000|860,000
TB:软硬件小计||||5,148,000
TB:5|系统集成与台站安装|1项|438,000|438,000
TB:6|接口定制开发（应急指挥平台、应急广播）|1项|326,000|326,000
TB:7|培训|1项|48,000|48,000
TB:合计||||5,960,000
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%，即1,192,000元作为预付款。
P:3.2 全部台站安装完毕、平台部署完成并通过初验后15个工作日内，甲方支付合同总价的45%，即2,682,000元。
P:3.3 系统通过终验后15个工作日内，甲方支付合同总价的35%，即2,086,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方财政资金拨付流程造成的付款时间顺延，不视为甲方违约。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，履约保证金在终验合格后无息退还。
H:第四条 交付与安装
P:4.1 乙方应按甲方确认的台站清单和进度计划分批到货，到货时提交装箱单、合格证及出厂检验报告，双方现场清点签收。到货签收仅表示数量、外观核对无误，不构成质量验收。
P:4.2 台站选址、基墩施工标准按甲方提供的技术规范执行，乙方负责设备安装、授时与通信调试。
P:4.3 乙方应配备不少于3名具有地震观测或信息系统集成经验的项目人员，项目经理未经甲方书面同意不得更换。乙方人员进入台站及甲方机房，应遵守甲方安全管理规定。
H:第五条 验收
P:5.1 初验条件：全部台站连续稳定传输数据不少于30日，单台站数据完整率不低于98%；平台对模拟地震事件的自动触发、定位与震级估算满足招标文件技术要求，首报产出时间不超过震后8秒；与应急指挥平台、应急广播系统的接口联调通过。
P:5.2 初验合格后进入90日试运行。试运行期间无一级故障，且第三方检测机构出具的系统性能与网络安全测评报告结论为合格的，甲方组织专家进行终验，出具终验报告。
P:5.3 设备安装完成、平台上线或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供设备维修更换、软件缺陷修复、版本升级及每半年一次的台站巡检。
P:6.2 质保期满后，甲方如需继续购买维保服务，年度维保费不超过软硬件小计的8%，即每年不超过411,840元，该价格在质保期满后的两个年度内不上调。维保合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，预警处理平台年度可用率不低于99.95%（计划内维护经甲方书面同意的除外）。
P:7.2 故障分级与响应：一级故障（平台中断、预警信息无法产出或发布）乙方应在30分钟内响应，2小时内派员到场，6小时内恢复；二级故障（单台站或单终端离线）2小时内响应，24小时内修复；三级故障3个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时向甲方支付2,000元；年度可用率每低于约定值0.01个百分点，乙方支付5,000元。上述款项可由甲方从应付款或履约保证金中扣除。
H:第八条 数据安全
P:8.1 本项目产生和处理的全部观测数据、预警产品、日志及配置信息属于甲方所有，乙方仅为履行本合同使用，不得复制、留存、对外提供或用于任何其他目的。
P:8.2 乙方应按照网络安全等级保护第三级要求实施平台部署，远程维护须经甲方书面审批，并通过甲方堡垒机进行，全程留存审计记录。
P:8.3 发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政责任后果。
H:第九条 保密
P:双方对在履行本合同过程中知悉的对方商业秘密、台站坐标、网络结构及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的接口程序、源代码、配置脚本和技术文档的知识产权归甲方所有，乙方应在终验前全部移交，甲方有权自行修改、使用和许可他人使用。
P:10.2 预警处理平台软件的既有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付产品不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方所供设备或软件不符合合同约定的，应负责更换或修复，并赔偿甲方由此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:本项目不得转包。台站基墩等土建配套工作如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 因地震、洪水等不可抗力致使合同不能按期履行的，受影响一方应在3日内通知对方，并在15日内提供证明，双方协商调整工期；不可抗力不免除乙方在质保期内的修复义务。
P:15.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件：1.台站设备清单；2.技术规范；3.验收方案。
P:甲方（盖章）：青溪省地震局    授权代表：__________    日期：____年__月__日
P:乙方（盖章）：北辰地感科技股份有限公司    授权代表：__________    日期：____年__月__日
"""


# ================================================================ h283z02 — 乳品厂 UHT 杀菌线控制系统 (DOCX)
H283Z02 = """T:UHT超高温灭菌生产线控制系统采购及安装合同
P:合同编号：MY-SB-2026-0412
P:甲方（买方）：塞北牧源乳业有限公司
P:住所：锡林郭勒盟锡林浩特市乳业园区北环路6号
P:乙方（卖方）：恒控智联自动化工程有限公司
P:住所：天津市滨海新区黄海路218号
P:鉴于甲方液态奶车间新建两条UHT超高温灭菌生产线，需要配套控制系统；乙方具备相应的设计、供货、安装与调试能力。双方经平等协商，就控制系统的采购、安装、调试及后续维保事宜订立本合同，以资共同遵守。
H:一、合同标的与价格
P:（一）乙方为甲方两条UHT灭菌线及配套CIP清洗系统提供PLC控制柜、现场仪表、HMI操作站、SCADA及电子批次记录软件许可，并负责安装、调试、联调、验证和培训。
P:（二）合同总价为人民币1,960,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（冗余CPU）|6套|148,000|888,000
TB:2|温度、压力、流量仪表|1批|412,000|412,000
TB:3|HMI操作站|8台|26,500|212,000
TB:4|SCADA及电子批次记录软件许可|1套|268,000|268,000
TB:软硬件小计||||1,780,000
TB:5|安装调试及CIP联调|1项|126,000|126,000
TB:6|IQ/OQ/PQ验证及培训|1项|54,000|54,000
TB:合同总价||||1,960,000
P:（三）上述价格为固定价格，已包括运输、保险、安装材料、调试耗材及乙方人员差旅费用。
P:（四）控制系统主要技术要求：采用冗余CPU和冗余电源，单台控制器故障时系统无扰切换；杀菌温度、保持时间和背压实现闭环控制；配方参数修改须经两级权限审批并留存电子签名；系统时钟与甲方工厂时钟服务器同步；批次记录保存期限不少于产品保质期满后两年。
P:（五）培训：乙方为甲方操作人员、电仪维修人员和质量人员分别提供现场培训，合计不少于8天。培训后甲方人员应能独立完成配方下发、CIP程序调用、批次记录审核及常见故障处理。
H:二、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%，即196,000元。
P:（二）全部设备到货并完成安装、单机调试后，甲方支付合同总价的55%，即1,078,000元。到货与安装的签收不代表甲方对设备质量的验收。
P:（三）系统通过终验后15个工作日内，甲方支付合同总价的35%，即686,000元。
P:（四）乙方应在每次收款前开具等额合法有效的增值税专用发票。
H:三、交货与工期
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方车间，并于到货后45日内完成安装和热水试车。
P:（二）乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（三）乙方进入甲方车间施工，应遵守甲方食品安全、卫生与安全生产管理制度，施工人员须持健康证并接受甲方入场培训；动火、登高等作业须办理作业许可。因乙方人员违章造成人身伤害、设备损坏或产品污染的，由乙方承担责任。
P:（四）乙方应指派一名项目经理全程负责本项目，并安排不少于两名调试工程师驻场至终验；项目经理未经甲方书面同意不得更换。
H:四、验收
P:（一）验收标准：灭菌温度控制精度±0.5℃，保持管出口温度低于设定值时自动分流并报警；连续三批次生产的电子批次记录完整，温度、压力与流量曲线可追溯；CIP程序按配方自动执行，电导率与温度联锁有效；IQ/OQ/PQ文件经甲方质量部门审核签字。
P:（二）系统连续稳定运行20个生产日且无一级故障后，双方签署终验报告。安装完成、试生产或甲方使用系统，均不视为终验合格。
P:（三）终验时乙方应提交竣工资料，包括电气图纸、I/O清单、PLC及HMI程序源文件、软件许可证书、仪表校准证书、操作与维护手册及验证文件；资料不全的，不予终验。
H:五、质保与售后服务
P:（一）质保期为十八个月，自终验报告签署之日起计算。质保期内乙方免费维修或更换故障部件，并免费修复软件缺陷。
P:（二）故障分级：一级故障指灭菌线因控制系统原因停机或无法记录批次数据；二级故障指单台仪表或单个操作站失效。一级故障乙方应在30分钟内远程响应，3小时内工程师到场；二级故障2小时内响应，次日内修复。
P:（三）乙方超时响应或超时到场的，每超时1小时向甲方支付1,500元，甲方可从应付款项中直接扣除。
P:（四）乙方应在甲方厂区存放常用备件，确保一级故障时关键部件可在当日更换。
H:六、维保服务
P:（一）质保期满后，乙方向甲方提供年度维保服务，包括备件更换、软件升级、季度巡检和7×24小时技术支持。
P:（二）年度维保费按软硬件小计的25%计算，即每年445,000元，自质保期满之日起按年预付；该费率在合同签订后六个年度内保持不变。
P:（三）甲方在质保期满后应连续购买维保服务，直至系统停止使用。
P:（四）维保期内的故障响应时限与质保期相同，乙方超时的，按本合同第五条第（三）项扣款。
H:七、数据与网络安全
P:（一）控制系统产生的生产批次记录、工艺参数、报警日志及配方数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）乙方远程维护须经甲方书面批准，通过甲方指定的工控安全网关接入，并保留操作日志。乙方应确保所交付系统不含恶意代码。
P:（三）因乙方原因导致数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方全部损失。
P:（四）乙方工程师使用的电脑、U盘等介质接入甲方控制网络前，须经甲方查杀病毒并登记。
H:八、保密
P:乙方对在履行本合同中获知的甲方工艺配方、生产数据、经营信息负有保密义务，不得向任何第三方披露，并应要求参与本项目的人员签署保密承诺。本条在合同终止后仍然有效。
H:九、知识产权
P:（一）乙方为甲方编写的PLC程序、HMI画面、批次报表模板及相关源文件，知识产权归甲方所有，乙方应在终验时随竣工资料一并交付，甲方可自由修改和使用。
P:（二）SCADA软件的著作权仍归其权利人，甲方获得永久使用许可。
P:（三）乙方保证所交付的软硬件不侵犯第三方知识产权，否则由乙方负责处理并赔偿甲方损失。
H:十、分包
P:乙方不得将本合同项下工作转包；电缆敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作质量和安全承担全部责任。
H:十一、合同的履行与变更
P:（一）本合同签订后，任何一方均不得单方解除合同。一方违约的，守约方可要求违约方继续履行、采取补救措施或支付违约金，但不得以此为由解除合同。
P:（二）合同变更须经双方书面确认。
H:十二、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方协商延期履行。不可抗力事件消除后，双方应继续履行合同。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交锡林郭勒仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:（二）本合同附件包括技术规格书、设备清单、验收方案及维保服务内容，附件与本合同正文具有同等效力。
P:（三）双方往来通知以书面形式送达本合同首部所列地址。
P:甲方（盖章）：塞北牧源乳业有限公司    代表：__________
P:乙方（盖章）：恒控智联自动化工程有限公司    代表：__________
P:签订日期：2026年____月____日
"""


# ================================================================ h283z03 — 连锁瑜伽 约课 SaaS (MD)
H283Z03 = """T:门店约课及会员管理SaaS服务合同
P:合同编号：ZX-SaaS-2026-031
P:甲方（客户）：上海栖息瑜伽健康管理连锁有限公司（下称“甲方”，旗下30家门店）
P:乙方（服务商）：杭州云约信息技术有限公司（下称“乙方”）
P:甲方拟在全部门店统一使用线上约课、会员卡管理与教练排班系统，乙方以SaaS方式提供该系统并负责上线实施。双方经协商一致，订立本合同。
H:1. 定义
P:1.1 “平台”指乙方运营的“云约”门店约课与会员管理系统，包括甲方专属的小程序前端、门店管理后台和数据报表模块。
P:1.2 “订阅期”指自上线验收通过之日起的二十四个月。
P:1.3 “甲方数据”指甲方及其会员在使用平台过程中录入、上传或产生的会员资料、约课记录、消费记录、教练排班及课程评价等全部数据。
H:2. 服务内容与费用
P:2.1 乙方在订阅期内向甲方30家门店提供平台使用权、托管、运维和技术支持；并完成会员卡数据迁移、门店与课程配置、小程序页面定制、收银对接及培训。
P:2.2 费用明细如下：
TB:项目|计费方式|金额（元）
TB:平台订阅费|30家门店×1,280元/店/月×24个月|921,600
TB:上线实施（数据迁移、配置、小程序定制、收银对接）|一次性|68,000
TB:培训（店长及前台，共6场）|一次性|12,000
TB:合同总价||1,001,600
P:2.3 平台订阅费按季度结算，每季度115,200元，于每个季度结束后15个工作日内凭乙方发票支付，共8期。上线实施费及培训费合计80,000元，于上线验收通过后15个工作日内一次性支付。甲方无需预付任何款项。
P:2.4 订阅期内门店数量增加的，新增门店按1,280元/店/月计费，自开通当月起按实际月数计算；门店数量减少的，自下一季度起相应核减，但计费门店总数不少于25家。
P:2.5 甲方门店装修或停业期间，订阅费不予减免，但乙方应协助甲方暂停相关门店的约课功能并保留会员数据。
H:3. 上线实施与验收
P:3.1 乙方应在合同签订后45日内完成数据迁移和配置，并提交上线验收申请。
P:3.2 验收标准：（1）原系统会员、剩余课时及储值余额迁移后逐条核对一致；（2）约课、签到、取消与候补流程按甲方确认的业务清单测试通过；（3）高峰期（晚间19:00—21:00）500名会员并发约课，页面响应时间不超过2秒；（4）收银对接对账无差异。全部满足后，甲方签署上线验收单。
P:3.3 平台开通或甲方门店试用，不视为验收通过。
P:3.4 因乙方原因未按期提交上线验收申请或验收不通过的，每逾期一日，乙方向甲方支付800元违约金。
P:3.5 上线前，乙方应制定数据迁移方案和切换计划，经甲方确认后实施；切换期间乙方应安排实施顾问驻点甲方总部，保障门店正常营业。
P:3.6 培训包括店长管理后台操作、前台约课与收银操作、数据报表使用三个模块，乙方另提供操作视频和常见问题手册。
H:4. 服务水平
P:4.1 乙方承诺平台月度可用率不低于99.5%。计划维护应安排在凌晨1:00—5:00之间，并提前3日通知甲方。
P:4.2 故障响应：一级故障（平台无法登录或无法约课）1小时内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决；三级问题3个工作日内答复。
P:4.3 服务补偿：月度可用率低于99.5%但不低于99%的，减免当月订阅费的5%；低于99%的，减免当月订阅费的10%。一级故障恢复每超时1小时，另减免当月订阅费的1%。
P:4.4 乙方应每月向甲方提交服务报告，列明当月可用率、故障记录、补偿金额及优化建议。
P:4.5 平台版本升级应提前7日通知甲方，升级不得降低甲方已使用的功能；涉及小程序前端变化的，应先在测试环境经甲方确认。
H:5. 甲方数据
P:5.1 甲方数据归甲方所有。乙方仅为向甲方提供本合同约定的服务而处理甲方数据，不得用于其他任何目的，不得向第三方提供、出售或用于营销。
P:5.2 乙方应将甲方数据存储于中国境内，采取加密存储、传输加密、访问权限控制和操作审计等安全措施，会员手机号、身份证号等敏感信息应去标识化展示。
P:5.3 发生或可能发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失和会员投诉处理费用由乙方承担。
P:5.4 合同终止后30日内，乙方应将甲方数据以通用格式完整交付甲方，随后删除并出具删除证明。
P:5.5 乙方应每日备份甲方数据，备份数据至少保留30日，并每季度进行一次恢复演练。乙方人员访问甲方数据须经授权并留存日志，不得利用甲方会员信息向会员推送乙方或第三方的广告。
H:6. 保密
P:双方对在合作中知悉的对方商业信息、价格、会员信息和技术资料负有保密义务，非经对方书面同意不得披露。乙方应确保其员工及实施顾问遵守本条约定。保密义务在合同终止后继续有效。
H:7. 知识产权
P:7.1 平台及其底层软件的知识产权归乙方所有。
P:7.2 乙方为甲方定制的小程序页面设计、课程体系配置、报表模板及相关素材，知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。
P:7.3 乙方保证平台及其交付内容不侵犯第三方知识产权，否则由乙方负责处理并承担甲方因此遭受的损失。
H:8. 续期
P:8.1 订阅期届满前30日，任何一方未书面通知不续期的，本合同自动续期，每次续期六个月。
P:8.2 每次续期时，乙方有权上调平台订阅单价，上调幅度不超过当期单价的8%，乙方以书面或系统公告方式告知甲方即可。
H:9. 责任限制
P:除因故意或重大过失造成的损失外，乙方在本合同项下的累计赔偿责任，以违约事件发生前六个月内甲方已支付的平台订阅费总额为限。
H:10. 分包
P:乙方不得将本合同项下的服务转包。云托管以外的实施工作如需交由第三方完成，应事先取得甲方书面同意，乙方对其委托的第三方的行为承担全部责任。
H:11. 合同解除
P:11.1 一方严重违约，经守约方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。
P:11.2 平台连续两个月可用率低于99%的，甲方有权解除合同而不承担任何责任。
P:11.3 合同解除或终止的，甲方仅需支付截至终止日实际使用期间的订阅费。
H:12. 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方友好协商；协商不成的，提交上海仲裁委员会仲裁。争议解决期间，除争议事项外，双方应继续履行本合同。
H:13. 甲方义务
P:甲方应指定项目联系人，按时提供原系统数据、门店及课程信息，组织门店人员参加培训，并妥善保管管理账号。因甲方提供的数据错误导致迁移结果有误的，乙方应协助更正，不承担违约责任。
H:14. 不可抗力
P:因不可抗力（包括自然灾害、政府行为、公共网络或云服务基础设施大范围故障）导致服务中断的，受影响一方应及时通知对方并尽力减少损失；不可抗力持续超过30日的，任何一方均可书面通知终止本合同。
H:15. 其他
P:15.1 本合同附件包括服务说明、上线实施方案和服务水平说明，与本合同具有同等效力。合同的变更须经双方书面确认。
P:15.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
P:甲方：上海栖息瑜伽健康管理连锁有限公司（盖章）    授权代表：__________
P:乙方：杭州云约信息技术有限公司（盖章）    授权代表：__________
P:日期：2026年__月__日
"""


# ================================================================ h283z04 — 公安局出入境 自助终端 年度运维 (TXT)
H283Z04 = """T:出入境自助服务终端年度运行维护服务合同
P:合同编号：LZGA-CRJ-YW-2026-05
P:采购方式：竞争性磋商
P:甲方（采购人）：临州市公安局出入境管理支队
P:乙方（供应商）：中安鼎信智能设备服务有限公司
P:根据临州市公安局出入境自助服务终端运行维护服务项目竞争性磋商文件、乙方响应文件及成交通知书，经双方协商，订立本合同。
H:第一条 服务范围
P:1.1 乙方为甲方设在市出入境接待大厅及9个县区受理点的156台自助服务终端提供运行维护服务，包括自助签注机86台、自助受理一体机42台、自助拍照机28台。
P:1.2 服务内容包括：日常巡检、故障维修、部件更换、耗材补充（签注纸、色带除外）、系统补丁更新、终端安全加固、运行月报，以及在市出入境接待大厅派驻2名驻场工程师。
P:1.3 服务期自2026年7月1日起至2027年6月30日止。服务期满后本合同终止，甲方依法重新组织采购。
P:1.4 服务期内新增或撤销终端的，按本合同单价及实际服务月数增减费用，由双方书面确认。终端分布清单见附件1，服务考核表见附件2。
H:第二条 服务费用
P:2.1 本合同总价为人民币1,228,000元，为包干价，包括人工、备件、交通、工具、税费等全部费用，明细如下：
TB:服务项目|数量|单价（元/服务期）|金额（元）
TB:自助签注机运维|86台|5,400|464,400
TB:自助受理一体机运维|42台|6,200|260,400
TB:自助拍照机运维|28台|3,900|109,200
TB:驻场工程师|2人|168,000|336,000
TB:备品备件包|1项|58,000|58,000
TB:合计|||1,228,000
P:2.2 服务费已包含耗材以外的全部零部件费用。单次更换价值超过5,000元的主要部件，乙方应事先报甲方备案。
H:第三条 付款方式
P:3.1 服务费按季度支付，每季度307,000元。每季度结束后，甲方依据第六条考核结果，在收到乙方发票后15个工作日内支付当季服务费（扣除考核扣款）。
P:3.2 本合同不设预付款。
P:3.3 甲方付款前，乙方应提供当季运行月报、考核结果确认单及合法有效发票。
H:第四条 服务要求
P:4.1 乙方应于服务期开始前3日内完成驻场人员到位，并在服务期开始后20日内完成全部终端的首次巡检，提交设备状态基线报告。
P:4.2 乙方每月对全部终端巡检一次，每季度对打印、读卡、指纹、人像采集模块进行一次深度保养，并向甲方提交运行月报。
P:4.3 终端操作系统及应用程序的补丁、版本更新，须经甲方审核同意后实施，不得擅自变更终端配置。
P:4.4 驻场工程师工作时间与大厅对外办公时间一致，节假日期间甲方安排对外办公的，乙方应安排人员值守。驻场工程师须具备两年以上自助设备维护经验，更换人员须提前5个工作日告知甲方并经甲方同意。
P:4.5 乙方应建立备品备件库，在本市储备各类终端核心部件（打印模块、读卡模块、人像采集模块、工控主板）各不少于3套，确保故障时可及时更换。
P:4.6 乙方每季度应对终端进行一次病毒查杀和安全基线检查，发现的安全隐患应在3个工作日内整改并报甲方。乙方不得在终端上安装与服务无关的软件，不得擅自开通远程访问端口。
P:4.7 乙方应在每月5日前提交上月运行月报，内容包括终端运行情况、故障统计、部件更换记录和改进建议。
H:第五条 故障响应
P:5.1 一级故障（终端整机无法办理业务、证件打印中断或涉及安全的异常）：乙方应在15分钟内响应，1小时内到场，3小时内修复或以备机替换。
P:5.2 二级故障（单一模块异常、部分功能无法使用）：1小时内响应，当日修复。
P:5.3 三级故障（外观、提示信息等不影响业务的问题）：3个工作日内处理完毕。
P:5.4 县区受理点的到场时限在上述时限基础上各延长1小时。
P:5.5 乙方应建立7×24小时报修热线和工单系统，每一次故障从报修到修复的全过程应在工单系统中记录，甲方可随时查询。重大活动及节假日前，乙方应对全部终端进行专项巡检并安排人员现场保障。
H:第六条 考核与验收
P:6.1 首次巡检结束后，甲方对乙方提交的设备状态基线报告进行核验，核验通过视为进场验收合格。
P:6.2 甲方每季度按《运维服务考核表》对乙方进行考核，考核内容包括故障响应及修复时限、巡检完成率、月报质量和群众投诉情况，考核结果作为季度服务费支付依据。
P:6.3 乙方每次响应、到场或修复超时，扣减当季服务费500元；季度巡检完成率低于95%的，扣减当季服务费3,000元。
P:6.4 服务期满时，甲方对全部服务情况进行综合评价，出具服务评价意见。
P:6.5 考核结果由双方签字确认；乙方对考核结果有异议的，可在收到考核结果后3个工作日内提出，由双方协商处理。
H:第七条 数据安全
P:7.1 终端采集、存储和传输的申请人身份信息、人像、指纹及业务数据属于甲方，乙方不得以任何方式读取、复制、留存、传输或用于本合同以外的目的。
P:7.2 乙方维修更换的硬盘、存储卡等存储介质一律留存甲方，由甲方统一销毁；乙方人员须经甲方政治审查并签订责任书后方可接触终端，禁止使用外接存储设备。
P:7.3 因乙方原因造成数据泄露、丢失或终端被非法控制的，乙方应立即报告甲方并配合调查处置，承担全部法律责任和赔偿责任。
P:7.4 乙方应建立终端运维数据安全管理制度，对驻场及维修人员进行安全教育，留存现场操作记录不少于六个月，并配合甲方及上级公安机关的安全检查。
H:第八条 成果归属
P:乙方在服务期内形成的巡检记录、运行月报、设备台账、故障分析报告及运维手册归甲方所有，服务期满前15日内完整移交甲方，并配合新的服务商完成交接。
H:第九条 违约责任
P:9.1 乙方未按第四条4.1约定时间完成驻场人员到位或首次巡检的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 乙方提供的服务不符合本合同约定的，应在甲方通知后立即整改；整改后仍不合格的，甲方可另行委托第三方完成，费用由乙方承担。
P:9.3 甲方无正当理由逾期支付服务费的，按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
P:9.4 乙方因维修不当造成终端损坏的，应负责修复或赔偿。
H:第十条 分包
P:乙方不得将本合同项下的服务转包或分包给第三方。乙方违反本条约定的，甲方有权解除合同。
H:第十一条 合同解除
P:11.1 乙方连续两个季度考核不合格，或发生因乙方原因导致的数据安全事件的，甲方有权书面通知解除本合同。
P:11.2 乙方有其他严重违约行为，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:11.3 合同解除后，乙方应配合甲方完成设备及资料交接，甲方按实际服务期间结算服务费。
H:第十二条 不可抗力
P:因不可抗力造成终端损坏或服务中断的，双方均不承担违约责任，但乙方应尽力采取措施恢复服务，并在不可抗力消除后立即恢复正常维护。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方不得停止服务。
H:第十四条 其他
P:14.1 磋商文件、响应文件、成交通知书与本合同具有同等效力。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临州市公安局出入境管理支队    经办人：__________
P:乙方（盖章）：中安鼎信智能设备服务有限公司    代表：__________
P:签订日期：2026年6月____日
"""


# ================================================================ h283z05 — 阿胶企业 QMS 许可 + 定制开发, 乙方范本 (MD)
H283Z05 = """T:软件产品许可及定制开发合同（鲁信质云标准合同文本V4.0）
P:合同编号：LXZY-HT-2026-088
P:甲方：东阿福胶堂阿胶股份有限公司
P:乙方：济南鲁信质云软件有限公司
P:说明：本合同为乙方标准合同文本，适用于乙方软件产品的许可、定制开发及实施服务。甲乙双方在平等自愿基础上，就甲方采购乙方“质云QMS质量管理系统”及相关定制开发事宜，经协商一致，订立本合同。
H:第1条 合同标的
P:1.1 乙方向甲方提供质云QMS质量管理系统标准版软件的永久使用许可（200个用户），并根据甲方需求完成以下定制开发：GMP电子批记录模块、偏差与CAPA流程、阿胶熬胶及凝胶切块工序的工艺参数采集接口、质量看板。
P:1.2 乙方负责软件的部署、初始化配置、数据导入和使用培训。
P:1.3 系统部署于甲方自有服务器。服务器、数据库、操作系统及第三方中间件由甲方自行采购，不在本合同范围内。
P:1.4 乙方交付物包括：软件安装介质、用户手册、管理员手册及接口说明。
H:第2条 合同金额
P:2.1 本合同总金额为人民币1,320,000元（大写：壹佰叁拾贰万元整），明细如下：
TB:序号|项目|金额（元）|备注
TB:1|质云QMS标准版永久许可（200用户）|560,000|含安装介质及使用手册
TB:2|定制开发|640,000|电子批记录、偏差/CAPA、工艺参数接口、质量看板
TB:3|部署实施|96,000|含初始化配置及数据导入
TB:4|培训|24,000|共4期
TB:合计||1,320,000|含6%增值税
P:2.2 上述价格不包括甲方服务器、数据库、操作系统及第三方中间件的费用，乙方收到款项后开具增值税普通发票。
H:第3条 付款方式
P:3.1 第一期：本合同签订后5个工作日内，甲方支付合同总金额的50%，即660,000元，乙方收到该款项后启动项目。
P:3.2 第二期：系统上线后5个工作日内，甲方支付合同总金额的45%，即594,000元。
P:3.3 第三期：系统上线满三个月后5个工作日内，甲方支付合同总金额的5%，即66,000元。
P:3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。
P:3.5 甲方未按约定付款的，乙方有权相应顺延工期。
H:第4条 项目实施
P:4.1 乙方在收到第一期款项后120日内完成定制开发及部署，具体进度以乙方提交的项目实施计划为准。
P:4.2 甲方应及时提供需求资料、测试环境和业务配合人员；因甲方原因造成的延误，工期相应顺延。
P:4.3 因乙方原因导致系统未能按期上线的，每逾期一日，乙方按合同总金额的万分之一向甲方支付违约金，违约金累计不超过合同总金额的3%。
P:4.4 乙方指定项目经理负责项目实施；甲方应指定项目联系人，负责需求确认和内部协调。
P:4.5 乙方在需求调研后提交需求规格说明书，甲方应在5个工作日内确认，逾期未确认的视为同意。
P:4.6 需求确认后，甲方提出的需求变更应以书面形式提交，乙方评估工作量后另行报价，双方确认后实施；未经确认的变更，乙方有权不予实施。
P:4.7 乙方提供4期培训，包括系统管理员培训和最终用户培训，培训地点为甲方所在地。
P:4.8 甲方应为乙方实施人员提供办公场所、网络环境及必要的测试数据。
H:第5条 上线与验收
P:5.1 系统部署完成并上线运行，即视为甲方验收合格。
P:5.2 上线后10日内甲方未书面提出异议的，亦视为甲方已确认系统符合合同约定。甲方对系统的使用，视为对验收结果的认可。
P:5.3 乙方提交的上线报告经甲方签收后，作为系统交付完成的依据。
H:第6条 维护服务
P:6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。
P:6.2 故障响应：一级故障（系统无法登录或批记录无法保存）乙方在接到甲方报告后24小时内响应；二级及以下故障在3个工作日内响应。
P:6.3 故障的修复时间视问题复杂程度而定，乙方不因响应或修复时限未达到而承担任何扣款、赔偿或违约金责任。
P:6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护协议，维护费按乙方当年公布的服务价目表收取。
P:6.5 下列情形不属于免费维护范围：甲方擅自修改系统或数据库、硬件或网络故障、第三方软件问题、甲方操作不当造成的问题。
P:6.6 维护服务通过电话和远程方式提供；需乙方人员现场服务的，差旅费用由甲方承担。乙方可根据产品升级计划对系统进行升级，升级版本在免费维护期内免费提供。
P:6.7 乙方远程支持时间为工作日9:00—17:30。
H:第7条 知识产权
P:7.1 质云QMS软件及其文档的知识产权归乙方所有。
P:7.2 乙方根据本合同完成的定制开发成果（包括但不限于源代码、流程模型、报表模板和接口程序），其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行修改、反向工程或提供给第三方使用。
P:7.3 甲方付清全部合同款项前，软件许可不生效，乙方有权暂停甲方使用。
H:第8条 数据
P:8.1 甲方在系统中录入和产生的质量记录、批记录和工艺数据归甲方所有。
P:8.2 乙方可将甲方数据经脱敏处理后，用于乙方中药行业质量知识库建设、算法训练及产品改进，此类使用不视为违反本合同。
P:8.3 乙方应采取合理的技术措施保障系统数据安全，包括访问控制、传输加密和数据备份；发现数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成数据泄露的，乙方依法承担赔偿责任。
P:8.4 合同终止后，乙方可应甲方要求导出甲方数据，导出服务按乙方人天单价另行收费。
P:8.5 甲方应自行负责服务器及数据库的日常备份。
H:第9条 保密
P:双方对本合同内容及在履行过程中知悉的对方商业秘密、技术信息承担保密义务，未经对方书面同意，不得向第三方披露。保密期限为合同终止后三年。乙方可在其宣传材料和客户名单中使用甲方名称。
H:第10条 合作伙伴
P:乙方可根据项目需要，将部分开发、实施工作委托其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作成果负责，并可根据需要调整合作伙伴名单。
H:第11条 违约与解除
P:11.1 任何一方违反本合同约定的，应承担相应的违约责任。
P:11.2 一方严重违约，经另一方书面通知后30日内仍未纠正的，守约方有权解除本合同。
P:11.3 任何一方均不对对方的间接损失、利润损失承担责任。
H:第12条 不可抗力
P:因不可抗力致使合同不能履行的，受影响方不承担责任，但应及时通知对方并提供证明。不可抗力包括自然灾害、政府行为、社会异常事件、网络攻击及电力、通信中断等乙方无法控制的情形。
H:第13条 通知
P:双方往来通知以书面形式发送至本合同首部所列地址或双方确认的电子邮箱，发出后即视为送达。
H:第14条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，由乙方所在地人民法院管辖。
H:第15条 其他
P:15.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。本合同附件包括报价单、功能清单和项目实施计划。
P:15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：东阿福胶堂阿胶股份有限公司    代表：__________
P:乙方（盖章）：济南鲁信质云软件有限公司    代表：__________
P:日期：2026年__月__日
"""


# ================================================================ h283e01 — vinegar brewery recipe software (PDF)
H283E01 = """T:Software Licence and Implementation Agreement
P:Agreement No. AD-CN-2026-014
P:This Software Licence and Implementation Agreement (the "Agreement") is made between:
P:(1) Zhenjiang Baota Fragrant Vinegar Brewery Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered address at 31 Jingkou Road, Zhenjiang, Jiangsu Province (the "Buyer"); and
P:(2) Acetaia Digitale S.r.l., a company organised under the laws of Italy, with its registered office on the Isola della Vacca, Italy (the "Vendor").
H:Recitals
P:A. The Buyer brews and ages black rice vinegar in solid-state fermentation and wishes to manage its recipes, starter cultures, fermentation stages and ageing batches in one controlled software system.
P:B. The Vendor develops and licenses recipe-management and batch-genealogy software for fermented food producers and has agreed to license that software to the Buyer and to implement it at the Buyer's Zhenjiang brewery on the terms below.
P:C. At the Buyer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's AcetoRecipe product, comprising the Recipe Manager Server, the Named User client and the Batch Genealogy Module, in the version current on the date of this Agreement, with its documentation.
P:1.2 "Custom Deliverables" means the recipe and fermentation-stage templates, the interfaces to the Buyer's ERP and MES systems, the reports and all related scripts, configuration files and documentation that the Vendor prepares for the Buyer under this Agreement.
P:1.3 "Installation Certificate" means the certificate signed by both parties confirming that the Software has been installed in the Buyer's production environment.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Article 6.
P:1.5 "Buyer Data" means all recipes, formulations, process parameters, batch records, quality results and other data entered into or generated by the Software at the Buyer's site.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Buyer's sites in mainland China for the Buyer's own business, for the number of named users stated in Article 3.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer may transfer the licence to an affiliate that takes over the brewery, on written notice to the Vendor.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,430,000, inclusive of value-added tax, broken down as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Recipe Manager Server licence (perpetual)|1|420,000|420,000
TB:Named User licences (perpetual)|60|6,800|408,000
TB:Batch Genealogy Module licence (perpetual)|1|186,000|186,000
TB:Licence Subtotal|||1,014,000
TB:Configuration of recipe and fermentation-stage templates|1 lot|248,000|248,000
TB:ERP and MES interfaces|1 lot|132,000|132,000
TB:Training (four on-site sessions)|1 lot|36,000|36,000
TB:Contract Price|||1,430,000
P:3.2 The Contract Price is fixed. It includes travel, accommodation and all expenses of the Vendor's personnel, and all taxes and duties the Vendor bears.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 143,000) within 30 days after signature, against the Vendor's invoice and a bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 786,500) within 30 days after the Installation Certificate. The Installation Certificate confirms installation only and is not an acceptance of the Software or of any Custom Deliverable.
P:4.3 The Buyer shall pay 35% of the Contract Price (CNY 500,500) within 30 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer in CNY to the Vendor's account stated on its invoice.
H:Article 5 Implementation and Delay
P:5.1 The Vendor shall install the Software within 60 days after signature and shall make the system ready for the Final Acceptance tests within 150 days after signature, following the project plan in Annex 2.
P:5.2 If the Vendor misses either date for reasons attributable to it, the Vendor shall pay the Buyer liquidated damages of CNY 1,600 for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 The Final Acceptance tests shall demonstrate that: (a) all recipes and fermentation-stage templates listed in Annex 1 are loaded and approved through the Buyer's two-step review; (b) batch genealogy traces each finished lot back to its grain, starter culture and vat within ten seconds; (c) the ERP and MES interfaces exchange production orders and batch results without error for ten consecutive working days; and (d) the Buyer's quality department has signed the validation report.
P:6.2 If the tests are passed, the Buyer shall sign the Final Acceptance certificate within seven days. If any test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:6.3 Installation, go-live, productive use or any payment does not amount to Final Acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation and Annex 1 for twenty-four (24) months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects free of charge and provide all updates and new versions of the Software.
H:Article 8 Support and Service Levels
P:8.1 Support is provided in Chinese and English by telephone, e-mail and secure remote session.
P:8.2 Severity 1 means that recipe release or batch recording is stopped. For a Severity 1 incident the Vendor shall respond within 45 minutes and provide a workaround within eight hours. Severity 2 incidents receive a response within two hours and a fix within three working days. Severity 3 questions are answered within five working days.
P:8.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000 against the next invoice or pay that amount on request.
H:Article 9 Annual Support after the Warranty Period
P:9.1 After the Warranty Period the Buyer may order annual support covering the services in Article 8, updates and new versions.
P:9.2 The annual support fee is 11.5% of the Licence Subtotal, namely CNY 116,610 per year, fixed for the first three support years. Any later change requires written agreement and may not exceed 3% over the previous year's fee.
P:9.3 Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and may not copy, keep or use it for any other purpose.
P:10.2 Remote access requires the Buyer's approval for each session, runs through the Buyer's VPN with multi-factor authentication and is logged. The Vendor shall not take Buyer Data outside the Buyer's systems; test data shall be anonymised by the Buyer.
P:10.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to Buyer Data through its personnel or tools, shall help contain it and shall be liable for the resulting losses.
H:Article 11 Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's recipes, starter cultures and production volumes, and shall use it only for this Agreement. This duty survives termination for three years; for the Buyer's recipes it has no time limit.
H:Article 12 Intellectual Property
P:12.1 The Software remains the property of the Vendor and its licensors.
P:12.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source files at Final Acceptance, and the Buyer may use, modify and license them freely.
P:12.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 13 Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to infringement claims, breach of Articles 10 and 11, personal injury or wilful misconduct.
H:Article 14 Subcontracting
P:The Vendor shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for every approved subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Article 5.2 reach their maximum.
P:15.2 On termination the Vendor shall hand over all Custom Deliverables completed so far and refund payments for undelivered work.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Italy.
P:16.2 Any dispute shall be finally settled by arbitration under the Rules of the Chamber of Arbitration of Milan by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language is English.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:17.2 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    Name / Title: ____________________    Date: ____________
P:For the Vendor: ____________________    Name / Title: ____________________    Date: ____________
"""


# ================================================================ h283e02 — island-ferry ticketing SaaS, Order Form + General Terms (TXT)
H283E02 = """T:ORDER FORM No. BM-XM-0072 - MareTix Ticketing Service
P:Vendor: Billetterie Marine SAS, registered office on the Île Costans, France ("Vendor").
P:Customer: Xiamen Haixi Island Ferry Co., Ltd., 9 Lujiang Road, Siming District, Xiamen, Fujian Province, People's Republic of China ("Customer").
P:This Order Form is placed under, and incorporates, the MareTix General Terms printed below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.
H:Part 1 - Order details
P:1. Service: MareTix cloud ticketing for scheduled passenger ferries, covering online and counter sales, real-name passenger manifests, QR-code boarding gates, fare and timetable management, settlement reports and the WeChat mini-program front end.
P:2. Scope: 6 routes, 14 vessels, 5 terminals, 38 counter workstations and 22 boarding gates. Third-party channels: the Service connects to the online travel agencies listed in Annex 1 through Vendor's standard connectors.
P:3. Initial Term: 36 months from the Go-Live Date.
P:4. Hosting: Alibaba Cloud, East China (Hangzhou) region.
P:5. Currency: at Customer's request all fees are stated and payable in Chinese yuan (CNY).
H:Part 2 - Fees
TB:Item|Basis|Amount (CNY)
TB:Platform fee|CNY 46,500 per month x 36 months|1,674,000
TB:Onboarding (fare tables, gate integration, mini-program, data migration, training)|one-time|118,000
TB:Total fees for the Initial Term||1,792,000
P:6. Invoicing: the platform fee is invoiced monthly in arrears and is payable within 30 days of invoice. The onboarding fee is invoiced on Go-Live Acceptance and is payable within 30 days. No fee is payable before the Go-Live Date.
P:7. Passenger volumes: the platform fee covers up to 9 million tickets per contract year. Volumes above that are charged at CNY 0.06 per ticket, invoiced quarterly in arrears.
H:Part 3 - Onboarding and Go-Live
P:8. Vendor shall complete onboarding and present the Service for Go-Live Acceptance within 90 days after signature of this Order Form.
P:9. Go-Live Acceptance tests: (a) all fares, discounts and timetables for the six routes match Customer's approved fare book; (b) tickets sold through counters, the mini-program and third-party channels are validated at every gate, including offline validation for ten minutes of network loss; (c) real-name manifests are produced per sailing and match gate records; (d) daily settlement reports reconcile with the payment channels for seven consecutive days; and (e) 3,000 tickets per minute can be sold with page responses under two seconds.
P:10. When the tests are passed Customer signs a Go-Live Acceptance certificate; that date is the Go-Live Date. Switching on the Service, a pilot on one route or any use by Customer is not Go-Live Acceptance.
P:11. If Go-Live Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay Customer CNY 1,500 for each day of delay, up to a total of CNY 120,000.
P:12. Vendor shall train Customer's counter supervisors, gate staff and finance users in six sessions at Customer's premises in Xiamen and shall provide Chinese user guides and short training videos.
P:Signed for Customer: ____________________    Date: __________
P:Signed for Vendor: ____________________    Date: __________
H:MARETIX GENERAL TERMS (version 2026-03)
H:1. Definitions
P:1.1 "Service" means the hosted MareTix software described in the Order Form, with its standard updates.
P:1.2 "Customer Data" means data entered into the Service by or for Customer or its passengers, including passenger names, identity document numbers, telephone numbers, sailings and payment references.
P:1.3 "Customer Configurations" means the fare tables, timetables, report layouts, mini-program pages and gate rules set up for Customer.
H:2. Provision of the Service
P:2.1 Vendor shall provide the Service to Customer during the term in accordance with the Order Form and these General Terms.
P:2.2 Vendor may update the Service from time to time, provided that no update materially reduces the functions described in the Order Form.
P:2.3 Vendor shall provide a Chinese-speaking help desk by telephone and e-mail from 06:00 to 23:00 every day, with an on-call number for Severity 1 incidents at all other times.
P:2.4 Vendor shall keep the Service compatible with the real-name ticketing requirements of the Chinese maritime authorities as notified by Customer, and shall implement changes required by those authorities within the time they allow.
P:2.5 Vendor shall provide a test environment that mirrors production, in which Customer can check new fare tables before they go live.
H:3. Service levels
P:3.1 Vendor shall make the Service available at least 99.95% of each calendar month, excluding maintenance announced seven days in advance and carried out between 00:30 and 05:00 China Standard Time.
P:3.2 Severity 1 means that tickets cannot be sold or boarding gates cannot validate tickets at any terminal. Vendor shall respond to a Severity 1 incident within 30 minutes, 24 hours a day, and restore the Service or provide a workaround within two hours. Severity 2 incidents receive a response within two hours.
P:3.3 If monthly availability falls below 99.95%, Vendor shall credit 5% of that month's platform fee; below 99.5%, 10%; below 99%, 20%. Each Severity 1 restoration that takes longer than two hours earns a further credit of 2% of that month's platform fee. Credits are deducted from the next invoice.
H:4. Renewal
P:4.1 After the Initial Term the Agreement renews automatically for successive renewal terms of 24 months unless either party gives notice of non-renewal at least 60 days before the end of the current term.
P:4.2 Vendor may increase the platform fee and the per-ticket charge for each renewal term by up to 6% by notice given at least 60 days before the renewal date.
H:5. Fees and taxes
P:5.1 Fees are stated inclusive of the value-added tax applicable in China. Vendor shall issue valid VAT invoices through its Chinese billing agent.
P:5.2 Undisputed invoices not paid when due bear interest at the Loan Prime Rate published by the National Interbank Funding Center.
P:5.3 Vendor may not suspend the Service for non-payment of an amount that Customer disputes in good faith.
H:6. Customer Data
P:6.1 As between the parties, Customer Data belongs to Customer.
P:6.2 Vendor shall use Customer Data only to provide the Service to Customer and shall not sell it or use it for advertising.
P:6.3 On expiry or termination Vendor shall make Customer Data available for export in CSV format for 30 days and shall then delete it.
H:7. Customer Configurations and intellectual property
P:7.1 The Service, its source code and Vendor's know-how remain Vendor's property.
P:7.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and give them to any successor ticketing provider.
H:8. Confidentiality
P:Each party shall hold the other party's confidential information in confidence, use it only for the Agreement and disclose it only to its employees and advisers who need it and are bound by similar duties. Confidential information does not include information that is public or that the recipient developed independently. This clause survives termination for three years.
H:9. Subcontractors
P:Vendor may engage subcontractors and hosting providers of its choice to perform any part of the Service. Vendor keeps a current list on its website and will inform Customer of additions by updating that list. Vendor remains responsible for its subcontractors.
H:10. Customer obligations
P:Customer shall operate the counters and gates with trained staff, keep its passwords safe and provide network connections at its terminals. Customer is responsible for the accuracy of the fares and timetables it approves and shall not resell the Service or use it for purposes other than passenger transport.
H:11. Warranties
P:Vendor warrants that the Service will perform materially as described in the Order Form, but does not warrant that it will be error-free. Customer's remedies for availability shortfalls are the credits in clause 3.3 and termination under clause 13.2.
H:12. Liability
P:12.1 Neither party is liable for indirect or consequential loss or loss of profit.
P:12.2 Each party's total liability under the Agreement is limited to 150% of the total fees for the Initial Term stated in the Order Form, except for death or personal injury, fraud and breach of clause 8.
H:13. Term and termination
P:13.1 Either party may terminate the Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:13.2 Customer may also terminate if monthly availability falls below 99% in two consecutive months.
P:13.3 On termination Vendor shall provide reasonable assistance for the transfer of Customer Configurations and Customer Data to a successor provider at its then-current day rates.
P:13.4 Customer shall pay fees for the Service provided up to the effective date of termination. If Customer terminates for Vendor's breach, Vendor shall refund any fees paid for the period after termination.
H:14. Force majeure
P:Neither party is liable for failure caused by events beyond its reasonable control, including typhoons and port closures ordered by the authorities, provided it notifies the other party promptly and resumes performance as soon as possible.
H:15. Governing law and disputes
P:The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules then in force.
H:16. Miscellaneous
P:Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign the Agreement without the other's written consent, except to an affiliate as part of a reorganisation. Vendor may name Customer as a reference customer only with Customer's prior written approval. Failure to exercise a right is not a waiver, and if any provision is invalid the rest of the Agreement remains in force.
"""


# ================================================================ h283e03 — corn farm grain-dryer sensors, buyer's paper (DOCX, compliant)
H283E03 = """T:Purchase Contract for Grain-Dryer Monitoring Sensors and Software
P:Contract No. SLF-PUR-2026-009
P:Buyer: Jilin Songliao Plain Grain Farm Co., Ltd., Nongan County, Changchun, Jilin Province, People's Republic of China (the "Buyer").
P:Supplier: Agrarsensorik Rheinaue GmbH, with its registered seat on the Insel Mariannenaue, Germany (the "Supplier").
P:Background: the Buyer operates eight tower grain dryers for maize at its central drying yard. Grain is regularly over-dried or under-dried because moisture is measured by hand sampling. The Buyer has selected the Supplier, after a competitive negotiation, to supply, install and calibrate an in-line moisture and temperature monitoring system. This contract is issued on the Buyer's standard purchase terms. At the Buyer's request all amounts are in Chinese yuan (CNY).
H:Clause 1 Definitions and Interpretation
P:1.1 "Equipment" means the sensors, temperature cables, gateways and accessories listed in Clause 3.
P:1.2 "Software" means the Supplier's DryWatch monitoring software, including the dryer dashboards and alarm engine.
P:1.3 "System" means the Equipment and the Software installed, configured and calibrated at the Buyer's drying yard.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 6.
P:1.5 "Farm Data" means all moisture, temperature, airflow and throughput readings, dryer settings, alarms and reports produced by the System.
P:1.6 Headings are for convenience only. Where the English text is signed together with a Chinese translation, both have equal effect.
H:Clause 2 Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install them on the eight dryers, connect them to the Buyer's drying-yard network, calibrate the moisture sensors against laboratory oven tests for the Buyer's maize varieties, and train the Buyer's operators.
P:2.2 The Supplier shall deliver the Equipment to the drying yard, duty paid, no later than 20 July 2026, so that the System can be accepted before the harvest begins.
P:2.3 The Equipment shall be packed for overland transport and winter storage, marked with the contract number and dryer number, and accompanied by packing lists, certificates of origin and conformity, calibration certificates and operating manuals in Chinese.
P:2.4 The Supplier shall appoint a project manager who speaks Chinese and shall keep at least one commissioning engineer on site from installation until Final Acceptance.
P:2.5 Work on the dryers shall follow the Buyer's site safety rules, including hot-work and working-at-height permits. The Supplier is responsible for the safety of its own personnel.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 1,480,000, including value-added tax, import duties, transport, insurance, installation, calibration and training:
TB:No.|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|In-line moisture sensor, dryer outlet and column|24|21,800|523,200
TB:2|Multi-point grain temperature cable|64|4,650|297,600
TB:3|Dryer control gateway with local display|8|38,500|308,000
TB:4|DryWatch software licence, perpetual, site-wide|1|176,000|176,000
TB:|Hardware and Licence Subtotal|||1,304,800
TB:5|Installation, commissioning and calibration|1 lot|146,200|146,200
TB:6|Operator and maintenance training|1 lot|29,000|29,000
TB:|Contract Price|||1,480,000
P:3.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
P:3.3 Until the end of the warranty period the Buyer may order additional sensors of the same types at the unit prices in Clause 3.1.
H:Clause 4 Payment
P:4.1 20% of the Contract Price (CNY 296,000) within 20 days after signature, against an advance-payment guarantee of the same amount from a bank in mainland China.
P:4.2 45% of the Contract Price (CNY 666,000) within 20 days after the Equipment is installed on all eight dryers and the installation record is signed. The installation record is not acceptance.
P:4.3 35% of the Contract Price (CNY 518,000) within 20 days after Final Acceptance.
P:4.4 The Supplier shall issue a valid VAT invoice before each payment.
H:Clause 5 Delivery and Delay
P:5.1 Installation and calibration shall be complete by 31 August 2026.
P:5.2 If the Supplier is late in delivery or in completing installation and calibration, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate the contract under Clause 14.
H:Clause 6 Acceptance
P:6.1 Final Acceptance takes place after the System has run for 15 drying days during the harvest. The System is accepted when: (a) outlet moisture readings differ from laboratory oven results by no more than 0.5 percentage points on at least 90% of 60 paired samples; (b) every temperature cable reports each sensor point every minute; (c) high-temperature and fire alarms reach the control room and the shift leader's phone within 30 seconds in a witnessed test; and (d) the dashboards and daily drying reports listed in Annex A are available.
P:6.2 If a criterion is not met, the Supplier shall remedy the defect within ten days and the test shall be repeated. Installation, start-up or use of the System in production is not Final Acceptance.
P:6.3 The Supplier shall provide the test procedures at least 14 days before the tests, and the Buyer's quality and drying-yard staff shall witness them.
H:Clause 7 Warranty
P:7.1 The Supplier warrants the System for thirty-six (36) months from Final Acceptance. During this period it shall repair or replace defective Equipment free of charge, including parts, labour and travel, and provide all Software updates.
P:7.2 Replaced parts carry the remaining warranty period or six months, whichever is longer.
P:7.3 The warranty does not cover damage caused by the Buyer's misuse, lightning or rodents, provided the Supplier installed the cable protection described in Annex A.
H:Clause 8 Service Levels
P:8.1 Severity 1 means that a dryer must stop, or that moisture readings of a dryer are lost, during the drying season (September to December). The Supplier shall respond remotely within 30 minutes and, where remote help fails, have an engineer on site within ten hours. Severity 2 faults are answered within two hours and fixed within three days.
P:8.2 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 800, and for each hour by which on-site attendance is late, CNY 500. The Buyer may deduct these amounts from any payment due.
P:8.3 The Supplier shall keep a stock of spare sensors and one spare gateway at its service point in Changchun throughout the warranty period.
H:Clause 9 Support after Warranty
P:9.1 After the warranty period the Buyer may order annual support on the same terms as Clause 8, including spare parts and calibration checks.
P:9.2 The annual support fee is 7.5% of the Hardware and Licence Subtotal, namely CNY 97,860 per year, fixed for the first two years after the warranty period. Support is ordered by written purchase order for each year and does not renew automatically.
H:Clause 10 Farm Data and Data Security
P:10.1 Farm Data belongs to the Buyer. The Supplier may use it only to perform this contract and may not disclose it or use it for any other purpose, including product development or benchmarking.
P:10.2 The Software runs on the Buyer's server at the drying yard. Remote access requires the Buyer's approval for each session and goes through the Buyer's VPN with individual accounts; the Supplier shall not copy Farm Data outside the Buyer's systems.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any suspected unauthorised access caused by its personnel, tools or Equipment, shall assist in containing it and shall be liable for the resulting losses.
P:10.4 When the contract ends the Supplier shall delete any Farm Data it still holds and confirm the deletion in writing.
H:Clause 11 Confidentiality
P:Each party shall keep confidential all technical and commercial information received from the other under this contract and shall not disclose it to third parties without written consent. This obligation survives for three years after the contract ends.
H:Clause 12 Intellectual Property
P:12.1 The Software and the Equipment firmware remain the Supplier's property and are licensed to the Buyer perpetually for use at the Buyer's sites.
P:12.2 The calibration curves, dryer-specific configurations and reports produced for the Buyer belong to the Buyer, which may use, modify and share them freely.
H:Clause 13 Liability and Subcontracting
P:13.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, fire damage caused by the System and wilful misconduct, which are not limited.
P:13.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains liable for its subcontractors.
P:13.3 Neither party is liable for delay caused by force majeure if it informs the other party promptly and provides evidence. Ordinary harvest weather is not force majeure.
H:Clause 14 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or in the case described in Clause 5.2. On termination the Supplier shall refund payments received for Equipment not delivered, and the Buyer may keep delivered Equipment against payment of its contract price.
H:Clause 15 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun.
H:Clause 16 Final Provisions
P:This contract takes effect on signature by both parties and is made in four originals, two for each party. Annex A (Technical Specification and Reports) and Annex B (Calibration Plan) form part of it. Notices shall be in writing in English or Chinese and sent to the addresses above; e-mail notices are valid when acknowledged.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Place: Changchun
"""


# ================================================================ h283e04 — PCB maker managed Wi-Fi + endpoint service (TXT)
H283E04 = """T:MANAGED SERVICES AGREEMENT - Managed Wi-Fi and Endpoint Service
P:Reference: FN-MSA-CN-2026-031
P:THIS AGREEMENT is made on the date of the last signature below
P:BETWEEN Kunshan Huaxin Precision Circuit Co., Ltd., a company incorporated in the People's Republic of China, whose registered address is 88 Qianjin East Road, Kunshan, Jiangsu Province ("Customer"); and
P:Fladday Networks Ltd, a company incorporated in Scotland, whose registered office is on Eilean Fladday, Scotland, United Kingdom ("Provider").
P:WHEREAS Customer manufactures multilayer printed circuit boards at two plants in Kunshan and wishes to outsource the operation of its wireless network and the management of its office and shop-floor endpoints; and WHEREAS Provider operates a managed-services centre serving manufacturers in East China. At Customer's request, all charges are stated and payable in Chinese yuan (CNY).
P:NOW IT IS AGREED as follows.
H:Part A - General
P:A1. Definitions. "Services" means the Managed Wi-Fi Service and the Managed Endpoint Service described in Part B. "Service Start Date" means the date of Service Acceptance under clause B5. "Customer Data" means all data on Customer's endpoints and network, including device inventories, user accounts, logs, configuration backups and any production or engineering files that Provider may come across. "Term" has the meaning given in clause A2.
P:A2. Term. This Agreement starts on signature and the Services run for 24 months from the Service Start Date. The Term may be extended only by a written amendment signed by both parties; there is no automatic renewal.
P:A3. Order of precedence. If the Parts of this Agreement conflict, Part C (Charges) prevails over Part B, and Part B prevails over this Part A.
P:A4. Governance. Each party shall name a service manager. The service managers meet monthly to review the report under clause B8, and the parties' IT directors meet each quarter to review service quality and planned changes at the plants.
H:Part B - Services
P:B1. Managed Wi-Fi Service. Provider shall operate, monitor and maintain Customer's wireless network at Plant 1 and Plant 2, comprising 210 access points, 4 wireless controllers and the associated switch ports, including configuration changes, firmware updates, capacity planning, rogue-device detection and monthly reports.
P:B2. Managed Endpoint Service. Provider shall manage 1,150 Windows desktops, laptops and shop-floor industrial PCs through Customer's endpoint-management console: operating-system and application patching, software distribution, antivirus and disk-encryption status, asset inventory, and remote support to Customer's users in Chinese and English.
P:B3. Service desk. Provider shall run a service desk reachable by telephone, e-mail and a web portal between 08:00 and 20:00 China Standard Time on working days, with an on-call engineer outside those hours. Calls are logged in Provider's ticketing tool, and Customer can see their status on the web portal.
P:B4. Onboarding. Provider shall take over the network and the endpoints, survey both plants, document the current configuration and enrol all devices. Provider will use reasonable endeavours to complete onboarding within 60 days after signature. Provider shall not be liable for any delay in onboarding and no deduction or compensation applies to such delay.
P:B5. Service Acceptance. Onboarding is complete when Provider demonstrates, and Customer confirms in a signed Service Acceptance certificate, that: (a) a wireless survey shows a signal of at least -67 dBm on at least 95% of measured points on the production floors and in the offices; (b) all 1,150 endpoints report to the console with current patches and encryption enabled; (c) roaming of handheld scanners between access points in the SMT and drilling halls does not drop sessions in a witnessed test; and (d) the run-book and configuration records are handed over. Taking over the network or starting to operate it is not Service Acceptance.
P:B6. Service performance. Provider will use commercially reasonable efforts to keep the wireless network available and to respond to incidents promptly. Response and restoration times depend on the nature of each incident and on access to Customer's sites. Any target times mentioned in Provider's marketing material or proposal are indicative only and do not form part of this Agreement.
P:B7. Maintenance windows. Planned changes that may interrupt service are carried out on Sundays between 02:00 and 06:00 after three working days' notice, unless Customer agrees otherwise.
P:B8. Reporting. Provider shall send Customer a monthly report listing incidents, changes, patch compliance and capacity trends, and shall attend a monthly review meeting.
P:B9. Change management. Changes to controllers, access points or endpoint policies follow the change process in the run-book: Provider raises a change request, Customer's IT manager approves it, and Provider records the result.
P:B10. Customer responsibilities. Customer shall give Provider's engineers escorted access to the plants, provide administrator accounts, keep its endpoint-management console licences current and tell Provider about planned production changes that affect the network.
P:B11. Personnel. Provider shall assign a named service manager and at least two engineers based in Kunshan. Provider's staff shall follow Customer's clean-room, ESD and safety rules when on site.
P:B12. Hardware. Customer owns all access points, controllers and endpoints. Replacement hardware is bought by Customer, and Provider handles warranty claims with the manufacturers on Customer's behalf and keeps an inventory of all hardware under management.
H:Part C - Charges and payment
P:C1. Charges. The Services are charged as follows:
TB:Charge|Basis|Monthly (CNY)|Total for the Term (CNY)
TB:Managed Wi-Fi Service|210 access points|31,500|756,000
TB:Managed Endpoint Service|1,150 endpoints x CNY 35|40,250|966,000
TB:Monthly charges|24 months x CNY 71,750|71,750|1,722,000
TB:Onboarding|one-time|-|86,000
TB:Total contract value|||1,808,000
P:C2. Invoicing. Monthly charges are invoiced monthly in arrears, starting from the Service Start Date. The onboarding charge is invoiced after Service Acceptance. Invoices are payable within 30 days. No amount is payable in advance.
P:C3. Changes in volume. Additional access points or endpoints are charged pro rata at the unit rates in clause C1 from the month in which they are added.
P:C4. Taxes. Charges include value-added tax. Provider shall issue valid Chinese VAT invoices through its Suzhou branch.
P:C5. Price review. The unit rates in clause C1 are fixed for the Term.
H:Part D - Data, confidentiality and intellectual property
P:D1. Ownership of Customer Data. Customer Data belongs to Customer. Provider shall process Customer Data only on Customer's instructions and only to perform the Services, and shall not keep, copy or use it for any other purpose.
P:D2. Data security. Provider shall perform the Services from its operations centre in Suzhou, shall keep Customer Data in mainland China, shall maintain ISO/IEC 27001 certification and an MLPS level 3 filing for its management platform, shall use individual named accounts with multi-factor authentication for all administrative access, and shall keep access logs for 180 days.
P:D3. Security incidents. Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall assist Customer in investigating and containing it, and shall be liable for losses caused by its breach of clauses D1 to D3.
P:D4. Confidentiality. Each party shall keep confidential the other party's non-public business and technical information, in particular Customer's product designs, process recipes and customer lists, and shall use it only for this Agreement. This clause survives for three years after termination.
P:D5. Intellectual property. Network designs, configurations, policies, scripts and documentation prepared for Customer under this Agreement belong to Customer, which may use and modify them and pass them to any successor provider. Provider's tools and know-how remain Provider's.
H:Part E - Liability, subcontracting, termination
P:E1. Liability. Each party's total liability under this Agreement is limited to 150% of the total contract value stated in clause C1. The limit does not apply to breach of clauses D1 to D4, personal injury or wilful misconduct. Neither party is liable for indirect loss or loss of profit.
P:E2. Subcontracting. Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
P:E3. Termination for breach. Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
P:E4. Exit. On expiry or termination Provider shall, for up to 60 days, hand over all configurations, credentials and records to Customer or its new provider and shall then delete any Customer Data it still holds and confirm deletion in writing.
P:E5. Force majeure. Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters or government action, if it notifies the other party promptly and resumes performance as soon as possible.
P:E6. Assignment. Neither party may assign this Agreement without the other party's written consent.
H:Part F - Governing law and disputes
P:F1. This Agreement is governed by the laws of the People's Republic of China.
P:F2. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou under its rules in force at the time.
P:F3. Notices shall be in writing, in English or Chinese, and delivered to the addresses above. Notices by e-mail are effective when the recipient acknowledges them.
P:F4. Entire agreement. This Agreement is the entire agreement between the parties about the Services and replaces Provider's proposal. Amendments must be in writing and signed by both parties.
P:SIGNED for and on behalf of Customer: ____________________    Name: ____________    Date: ________
P:SIGNED for and on behalf of Provider: ____________________    Name: ____________    Date: ________
"""


# ================================================================ h283e05 — HR platform bank-account verification API (MD)
H283E05 = """T:API Subscription Agreement - Bank Account Verification Service
P:Agreement reference: CC-API-2026-0193
P:Parties: ContaCerta, Lda., a private limited company registered in Portugal with its registered office on the Ilhéu da Pontinha, Funchal, Madeira, Portugal ("ContaCerta"); and Nanjing Renhe Workforce Cloud Co., Ltd., 66 Zhongshan North Road, Gulou District, Nanjing, Jiangsu Province, People's Republic of China ("Customer").
P:Background: Customer runs an HR and payroll platform that pays wages for about 2,300 employer clients in China. Before a salary is paid to a new bank account, Customer needs to confirm that the account exists and that the account holder's name and identity number match. ContaCerta provides an account verification service through a REST API, operated for Chinese customers from a hosting facility in mainland China. All amounts in this Agreement are stated and payable in Chinese yuan (CNY), as Customer requested.
H:Section 1 Key Terms
TB:Term|Detail
TB:Service|Account verification API (two-, three- and four-element checks), batch verification endpoint, web console and monthly reports
TB:Subscription Term|24 months from the Service Start Date
TB:Committed volume|1,800,000 verifications per subscription year
TB:Annual Subscription Fee|CNY 378,000 per subscription year (two years: CNY 756,000)
TB:Integration support (one-time)|CNY 24,000
TB:Total fees for the Subscription Term|CNY 780,000
TB:Additional verifications|CNY 0.23 per verification above the committed volume
TB:Hosting provider|Named in Schedule 2
H:Section 2 Definitions
P:2.1 "Service Start Date" means the date on which ContaCerta issues production API keys to Customer.
P:2.2 "Customer Data" means the names, identity numbers, bank account numbers, mobile numbers and other data that Customer submits to the Service, and the verification results returned to Customer.
P:2.3 "Integration Acceptance" means Customer's written confirmation under Section 5.
P:2.4 "Incident Priority 1" means that the verification API or the batch endpoint is unavailable or returns errors for more than 5% of requests over a ten-minute period.
P:2.5 "Business Day" means a working day in mainland China.
H:Section 3 The Service
P:3.1 ContaCerta shall provide the Service to Customer during the Subscription Term in accordance with this Agreement and the API documentation.
P:3.2 ContaCerta shall route verification requests only through licensed channels in mainland China and shall keep the Service compliant with the rules of the People's Bank of China that apply to it.
P:3.3 Customer may use the Service only to verify accounts of persons who are paid through Customer's platform and who have consented to the verification.
P:3.4 ContaCerta shall give Customer at least 60 days' notice of any change to the API that is not backward compatible and shall keep the previous version available during that period.
P:3.5 Customer is responsible for obtaining the consent of the persons whose accounts are verified and for the accuracy of the data it submits.
H:Section 4 Fees and Payment
P:4.1 The Annual Subscription Fee is invoiced annually in advance. The fee for the first subscription year is invoiced on signature of this Agreement and must be paid within 15 days, and in any event before ContaCerta issues production API keys. The fee for the second subscription year is invoiced 30 days before the start of that year.
P:4.2 The integration support fee is invoiced after Integration Acceptance and is payable within 30 days.
P:4.3 Additional verifications above the committed volume are invoiced quarterly in arrears.
P:4.4 Fees include value-added tax. ContaCerta shall issue valid Chinese VAT invoices through its billing agent in Shanghai.
P:4.5 ContaCerta shall not increase the fees during the Subscription Term.
H:Section 5 Integration and Integration Acceptance
P:5.1 Within ten working days after signature ContaCerta shall provide sandbox access, test accounts covering all major Chinese banks, and an integration engineer who speaks Chinese.
P:5.2 Integration Acceptance tests: (a) 2,000 sample verifications across at least 20 banks return results matching the expected outcomes; (b) the median response time of the API is under 800 milliseconds at 50 requests per second; (c) batch files of 10,000 records are processed within 20 minutes; and (d) error codes and retry logic are documented and tested. When the tests are passed Customer signs an Integration Acceptance certificate. Issuing API keys or test traffic alone is not Integration Acceptance.
P:5.3 If ContaCerta does not provide the sandbox and integration engineer on time, it shall pay Customer CNY 500 for each day of delay.
P:5.4 ContaCerta's integration engineer shall attend weekly calls with Customer's developers until Integration Acceptance.
H:Section 6 Service Levels
P:6.1 ContaCerta shall keep the verification API available at least 99.95% of each calendar month, measured at its API gateway, excluding planned maintenance notified five days in advance and performed between 01:00 and 05:00 China Standard Time.
P:6.2 ContaCerta shall respond to an Incident Priority 1 within one hour, at any time of day, and shall provide status updates every 30 minutes until the incident is resolved. Priority 2 incidents receive a response within three hours during business hours.
P:6.3 If monthly availability is below 99.95%, ContaCerta shall credit Customer 5% of the monthly equivalent of the Annual Subscription Fee; below 99.5%, 10%; below 99%, 25%. Service credits are deducted from the next invoice or paid out at the end of the Subscription Term.
P:6.4 ContaCerta shall publish a status page and send Customer a monthly report showing availability, response times, error rates and any credits due.
H:Section 7 Customer Data
P:7.1 Customer Data belongs to Customer. ContaCerta processes Customer Data on Customer's behalf to return verification results to Customer.
P:7.2 Customer grants ContaCerta a perpetual, royalty-free licence to keep verification outcomes and hashed account identifiers, and to use aggregated and de-identified data derived from Customer's requests to maintain and improve its account-validation database and the fraud-risk scores it offers to all of its customers. This licence continues after the Subscription Term ends.
P:7.3 ContaCerta shall not sell Customer Data in identifiable form.
H:Section 8 Data Security
P:8.1 ContaCerta shall process Customer Data only in mainland China, in accordance with the Personal Information Protection Law and the Data Security Law, and shall not transfer identifiable Customer Data outside mainland China.
P:8.2 ContaCerta shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep the Service under an MLPS level 3 filing and retain access logs for 180 days.
P:8.3 ContaCerta shall notify Customer within 24 hours after becoming aware of any personal-information breach affecting Customer Data, cooperate with Customer's notifications to individuals and regulators, and bear the losses and costs caused by breaches attributable to it.
H:Section 9 Confidentiality
P:Each party shall keep the other party's confidential information secret, use it only to perform this Agreement and disclose it only to employees and advisers who need to know it and are bound by confidentiality duties. ContaCerta shall ensure that its staff and subprocessors are bound by equivalent duties. This Section survives for three years after the Agreement ends.
H:Section 10 Intellectual Property
P:10.1 The Service, the API, the verification database and the documentation remain ContaCerta's property.
P:10.2 Integration code, field mappings and report templates that ContaCerta prepares for Customer belong to Customer, which may use, modify and license them freely.
P:10.3 ContaCerta shall defend Customer against third-party claims that the Service infringes intellectual property rights and shall pay any damages finally awarded.
H:Section 11 Subprocessors
P:ContaCerta may use the hosting provider named in Schedule 2, which Customer approves by signing this Agreement. Any other subprocessor or subcontractor requires Customer's prior written consent.
H:Section 12 Liability
P:Each party's total liability under this Agreement is limited to 200% of the total fees for the Subscription Term stated in Section 1, except for breach of Sections 8 and 9, fraud and wilful misconduct, which are not limited.
H:Section 13 Term, Renewal and Termination
P:13.1 This Agreement starts on signature and ends at the end of the Subscription Term. It may be renewed only by a renewal order signed by both parties; it does not renew automatically.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. If Customer terminates for ContaCerta's breach, ContaCerta shall refund the prepaid fees for the remaining part of the subscription year.
P:13.3 On termination ContaCerta shall return Customer Data and delete it within 30 days, except the data covered by Section 7.2.
H:Section 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Portugal.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration at the Commercial Arbitration Centre of the Portuguese Chamber of Commerce and Industry, with its seat in Lisbon, Portugal, before three arbitrators, in English.
H:Section 15 General
P:This Agreement, with Schedule 1 (Integration Timetable) and Schedule 2 (Hosting Provider), is the entire agreement between the parties. Changes must be agreed in writing. Neither party may assign this Agreement without the other's written consent. Notices shall be in writing, in English, and may be sent by e-mail with confirmation of receipt. Neither party is liable for delays caused by events beyond its reasonable control, such as natural disasters or failures of the national banking networks, if it gives prompt notice.
P:Signed for ContaCerta, Lda.: ____________________    Date: __________
P:Signed for Nanjing Renhe Workforce Cloud Co., Ltd.: ____________________    Date: __________
"""


# ================================================================ plan: files, labels, figures, sums
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def terms(*values):
    assert len(values) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, values))


def extra(sla, ld, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
T_, F_, N_ = True, False, None

PLAN = {
    "h283z01": dict(
        file="h283z01_seismic_bureau_early_warning_platform.pdf", lang="zh", category="hardware", src=H283Z01,
        terms=terms(99.95, 0.5, T_, "buyer", T_, T_, T_, 0.1, N_, 20, T_, T_, 36, 8, F_, T_, F_, "PRC", G),
        extra=extra(T_, T_, T_, F_, 5960000), fee_base=5148000, forum_mainland=True, rules=[],
        sums=[([2232000, 1544000, 512000, 860000], 5148000), ([5148000, 438000, 326000, 48000], 5960000),
              ([120 * 18600], 2232000), ([16 * 96500], 1544000), ([40 * 12800], 512000),
              ([1192000, 2682000, 2086000], 5960000), ([5960000 * 20 // 100], 1192000),
              ([5960000 * 45 // 100], 2682000), ([5148000 * 8 // 100], 411840)],
        figures=["5,960,000", "5,148,000", "411,840", "99.95%", "30分钟内响应", "千分之一", "20%", "1,192,000",
                 "三年", "8%", "35%", "适用中华人民共和国法律", "书面同意", "归甲方所有", "保密义务", "终验"]),
    "h283z02": dict(
        file="h283z02_dairy_uht_line_control_system.docx", lang="zh", category="hardware", src=H283Z02,
        terms=terms(N_, 0.5, T_, "buyer", T_, T_, T_, 0.08, N_, 10, T_, T_, 18, 25, F_, F_, F_, "PRC", G),
        extra=extra(T_, T_, T_, F_, 1960000), fee_base=1780000, forum_mainland=True,
        rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"],
        sums=[([888000, 412000, 212000, 268000], 1780000), ([1780000, 126000, 54000], 1960000),
              ([6 * 148000], 888000), ([8 * 26500], 212000), ([196000, 1078000, 686000], 1960000),
              ([1960000 // 10], 196000), ([1960000 * 55 // 100], 1078000), ([1960000 * 35 // 100], 686000),
              ([1780000 * 25 // 100], 445000)],
        figures=["1,960,000", "1,780,000", "445,000", "25%", "十八个月", "30分钟内远程响应", "万分之八", "10%",
                 "196,000", "不得单方解除合同", "不得以此为由解除合同", "适用中华人民共和国法律", "书面同意",
                 "知识产权归甲方所有", "保密义务"]),
    "h283z03": dict(
        file="h283z03_yoga_chain_class_booking_saas.md", lang="zh", category="cloud", src=H283Z03,
        terms=terms(99.5, 1, T_, "buyer", T_, T_, T_, 800 / 1001600 * 100, 6 / 24 * 100, N_, T_, N_, N_, N_,
                    T_, T_, F_, "PRC", S),
        extra=extra(T_, T_, None, F_, 1001600), fee_base=None, forum_mainland=True,
        rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
        sums=[([30 * 1280 * 24], 921600), ([921600, 68000, 12000], 1001600), ([30 * 1280 * 3], 115200),
              ([115200 * 8], 921600), ([68000, 12000], 80000)],
        figures=["1,001,600", "921,600", "99.5%", "1小时内响应", "800元", "六个月", "前六个月", "二十四个月",
                 "自动续期", "8%", "无需预付", "甲方数据归甲方所有", "保密义务", "知识产权归甲方所有", "书面同意",
                 "适用中华人民共和国法律"]),
    "h283z04": dict(
        file="h283z04_exit_entry_self_service_terminal_om.txt", lang="zh", category="services", src=H283Z04,
        terms=terms(N_, 0.25, T_, "buyer", T_, T_, F_, 0.02, N_, N_, T_, N_, N_, N_, F_, T_, F_, "PRC", S),
        extra=extra(T_, T_, None, F_, 1228000), fee_base=None, forum_mainland=True,
        rules=["CR-CONFIDENTIALITY", "CR-LD-LOW"],
        sums=[([86 * 5400], 464400), ([42 * 6200], 260400), ([28 * 3900], 109200), ([2 * 168000], 336000),
              ([464400, 260400, 109200, 336000, 58000], 1228000), ([307000 * 4], 1228000)],
        figures=["1,228,000", "307,000", "15分钟内响应", "万分之二", "不设预付款", "500元", "属于甲方",
                 "不得将本合同项下的服务转包或分包", "适用中华人民共和国法律", "解除本合同"]),
    "h283z05": dict(
        file="h283z05_ejiao_maker_qms_supplier_template.md", lang="zh", category="software", src=H283Z05,
        terms=terms(N_, 24, F_, "supplier", T_, F_, T_, 0.01, N_, 50, F_, F_, 6, N_, F_, T_, T_, "PRC", G),
        extra=extra(T_, T_, F_, T_, 1320000), fee_base=560000, forum_mainland=True,
        rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
        sums=[([560000, 640000, 96000, 24000], 1320000), ([660000, 594000, 66000], 1320000),
              ([1320000 // 2], 660000), ([1320000 * 45 // 100], 594000), ([1320000 * 5 // 100], 66000)],
        figures=["1,320,000", "50%", "660,000", "即视为甲方验收合格", "六个月", "乙方当年公布的服务价目表",
                 "24小时内响应", "不因响应或修复时限未达到而承担任何扣款、赔偿或违约金责任", "万分之一",
                 "知识产权均归乙方所有", "脱敏处理后", "无需另行取得甲方同意", "保密义务", "适用中华人民共和国法律"]),
    "h283e01": dict(
        file="h283e01_vinegar_brewery_recipe_software_licence.pdf", lang="en", category="software", src=H283E01,
        terms=terms(N_, 0.75, T_, "buyer", T_, T_, T_, 1600 / 1430000 * 100, 150, 10, T_, T_, 24, 11.5, F_, T_,
                    F_, "Italy", G),
        extra=extra(T_, T_, T_, F_, 1430000), fee_base=1014000, forum_mainland=False,
        rules=["CR-GOVERNING-LAW"],
        sums=[([420000, 60 * 6800, 186000], 1014000), ([1014000, 248000, 132000, 36000], 1430000),
              ([143000, 786500, 500500], 1430000), ([1430000 // 10], 143000), ([1430000 * 55 // 100], 786500),
              ([1430000 * 35 // 100], 500500), ([1014000 * 115 // 1000], 116610)],
        figures=["CNY 1,430,000", "1,014,000", "CNY 116,610", "11.5%", "45 minutes", "CNY 1,600 for each day",
                 "150%", "10%", "twenty-four (24) months", "laws of Italy", "Milan", "prior written consent",
                 "vest in the Buyer", "does not renew automatically"]),
    "h283e02": dict(
        file="h283e02_island_ferry_ticketing_saas_order_form.txt", lang="en", category="cloud", src=H283E02,
        terms=terms(99.95, 0.5, T_, "buyer", F_, T_, T_, 1500 / 1792000 * 100, 150, N_, T_, N_, N_, N_, T_, T_,
                    T_, "PRC", S),
        extra=extra(T_, T_, None, F_, 1792000), fee_base=None, forum_mainland=True,
        rules=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SUBCONTRACT"],
        sums=[([46500 * 36], 1674000), ([1674000, 118000], 1792000)],
        figures=["1,792,000", "99.95%", "within 30 minutes", "CNY 1,500 for each day", "150%",
                 "renews automatically", "up to 6%", "subcontractors and hosting providers of its choice",
                 "Customer Data belongs to Customer", "laws of the People's Republic of China",
                 "No fee is payable before the Go-Live Date"]),
    "h283e03": dict(
        file="h283e03_corn_farm_grain_dryer_sensors.docx", lang="en", category="hardware", src=H283E03,
        terms=terms(N_, 0.5, T_, "buyer", T_, T_, T_, 0.08, 200, 20, T_, T_, 36, 7.5, F_, T_, F_, "PRC", G),
        extra=extra(T_, T_, T_, F_, 1480000), fee_base=1304800, forum_mainland=True, rules=[],
        sums=[([24 * 21800], 523200), ([64 * 4650], 297600), ([8 * 38500], 308000),
              ([523200, 297600, 308000, 176000], 1304800), ([1304800, 146200, 29000], 1480000),
              ([296000, 666000, 518000], 1480000), ([1480000 // 5], 296000), ([1480000 * 45 // 100], 666000),
              ([1480000 * 35 // 100], 518000), ([1304800 * 75 // 1000], 97860)],
        figures=["CNY 1,480,000", "1,304,800", "CNY 97,860", "7.5%", "within 30 minutes", "0.08%", "200%",
                 "20%", "thirty-six (36) months", "People's Republic of China", "prior written consent",
                 "belong to the Buyer", "Farm Data belongs to the Buyer"]),
    "h283e04": dict(
        file="h283e04_pcb_maker_managed_wifi_endpoint_service.txt", lang="en", category="services", src=H283E04,
        terms=terms(N_, N_, F_, "buyer", T_, T_, T_, N_, 150, N_, T_, N_, N_, N_, F_, T_, F_, "PRC", S),
        extra=extra(F_, F_, None, F_, 1808000), fee_base=None, forum_mainland=True,
        rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
        sums=[([31500 * 24], 756000), ([1150 * 35], 40250), ([40250 * 24], 966000), ([31500, 40250], 71750),
              ([71750 * 24], 1722000), ([756000, 966000], 1722000), ([1722000, 86000], 1808000)],
        figures=["1,808,000", "commercially reasonable efforts", "indicative only",
                 "shall not be liable for any delay in onboarding", "150%", "no automatic renewal",
                 "prior written consent", "Customer Data belongs to Customer", "No amount is payable in advance",
                 "laws of the People's Republic of China"]),
    "h283e05": dict(
        file="h283e05_hr_platform_bank_account_verification_api.md", lang="en", category="cloud", src=H283E05,
        terms=terms(99.95, 1, T_, "buyer", T_, F_, T_, 500 / 780000 * 100, 200, 378000 / 780000 * 100, T_, N_,
                    N_, N_, F_, T_, F_, "Portugal", S),
        extra=extra(T_, T_, None, F_, 780000), fee_base=None, forum_mainland=False,
        rules=["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-PREPAYMENT"],
        sums=[([378000 * 2], 756000), ([756000, 24000], 780000)],
        figures=["CNY 780,000", "CNY 378,000", "annually in advance", "99.95%", "within one hour",
                 "CNY 500 for each day", "200%", "aggregated and de-identified", "laws of Portugal", "Lisbon",
                 "prior written consent", "does not renew automatically"]),
}


# ================================================================ build, label, read back, check
def label(key, p):
    return {"file": p["file"], "language": p["lang"], "category": p["category"], "expected_terms": p["terms"],
            "expected_extra": p["extra"], "expected_rules": p["rules"]}


def squash(s):
    return re.sub(r"\s+", "", s)


def text_length(text, lang):
    if lang == "zh":
        return len(squash(text)), len(text)
    return len(text.split()), None


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # 1. plan: sums, labels off thresholds, rules re-applied == plan
    for key, p in PLAN.items():
        for parts, total in p["sums"]:
            assert sum(parts) == total, (key, parts, total)
        t, e = p["terms"], p["extra"]
        assert list(t) == TERM_KEYS
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        share = tco_share(t, e, p["fee_base"])
        assert share is None or abs(share - 40) > 0.5, (key, share)
        got = apply_rules(t, e, p["fee_base"], p["forum_mainland"])
        assert got == p["rules"], (key, got, p["rules"])
        assert ("post_warranty_fee_capped" in e) == (t["contract_kind"] == G)
        assert p["file"].startswith(key + "_")
        if share is not None:
            print("%s TCO share %.2f %%" % (key, share))

    # 2. write the contracts
    targets = {k: (p["file"], p["file"].rsplit(".", 1)[1]) for k, p in PLAN.items()
               if p["file"].endswith((".docx", ".pdf"))}
    write({k: PLAN[k]["src"] for k in targets}, targets, OUT, wrap_words=True)
    for key, p in PLAN.items():
        if p["file"].endswith(".md"):
            (OUT / p["file"]).write_text(to_md(p["src"]), encoding="utf-8")
            print("wrote", p["file"])
        elif p["file"].endswith(".txt"):
            (OUT / p["file"]).write_text(to_txt(p["src"]), encoding="utf-8")
            print("wrote", p["file"])

    # 3. labels
    for key, p in PLAN.items():
        name = p["file"].rsplit(".", 1)[0] + ".json"
        (OUT / name).write_text(json.dumps(label(key, p), ensure_ascii=False, indent=1), encoding="utf-8")

    # 4. read back: figures present, lengths, no threshold value
    problems = []
    fmt_count = {}
    for key, p in PLAN.items():
        text = read_back(OUT / p["file"])
        flat = squash(text)
        ext = p["file"].rsplit(".", 1)[1]
        fmt_count.setdefault(ext, set()).add(p["lang"])
        for fig in p["figures"]:
            if squash(fig) not in flat:
                problems.append((key, "figure missing", fig))
        for parts, total in p["sums"]:
            if "{:,}".format(total) not in text and "{:,}".format(total) not in flat:
                # every total that is a money figure must be printed (pure checks like 30×1280×24 are shown too)
                problems.append((key, "total not printed", total))
        n, full = text_length(text, p["lang"])
        if p["lang"] == "zh":
            ok = 2800 <= n <= 3300 and 2800 <= full <= 3300
        else:
            ok = 1500 <= n <= 1700
        print("%s %-5s %s length %s%s" % (key, ext, p["lang"], n, "" if full is None else " (with whitespace %d)" % full))
        if not ok:
            problems.append((key, "length", n, full))
        hits = threshold_hits(text)
        if hits:
            problems.append((key, "threshold", hits))
    assert sorted(fmt_count) == ["docx", "md", "pdf", "txt"]
    assert all(v == {"zh", "en"} for v in fmt_count.values()), fmt_count
    counts = {ext: sum(1 for p in PLAN.values() if p["file"].endswith("." + ext)) for ext in fmt_count}
    assert counts == {"docx": 2, "pdf": 2, "md": 3, "txt": 3}, counts

    # 5. the mix
    nrules = sorted(len(p["rules"]) for p in PLAN.values())
    lows = [k for k, p in PLAN.items() if p["rules"] and risk(p["rules"]) == "low"]
    assert nrules.count(0) == 2 and len(lows) == 1 and len(PLAN[lows[0]]["rules"]) == 1, (nrules, lows)
    assert sum(1 for n in nrules if 2 <= n <= 3) == 6 and max(nrules) >= 9, nrules
    fired = set().union(*(p["rules"] for p in PLAN.values()))
    print("rules fired:", len(fired), "of", len(SEVERITY), "- not fired:", sorted(set(SEVERITY) - fired))
    for key, p in PLAN.items():
        print("%s %-6s %s" % (key, risk(p["rules"]), ", ".join(r[3:] for r in p["rules"]) or "(none)"))
    if problems:
        for pr in problems:
            print("PROBLEM", pr)
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
