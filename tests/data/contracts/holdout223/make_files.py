"""holdout223 -- ten blind, ORDINARY draft contracts and their hand-made labels.

Writes every contract of this folder from the sources below (.md / .txt directly; .docx / .pdf through
../word_pdf.py with wrap_words=True), asserts every price and payment sum, re-applies the policy rules (policy.md
section 3, TCO section 4) to the planned labels and asserts the result equals the plan, writes the .json labels in
the holdout18/19 format, reads every built file back (python-docx paragraphs + tables, pypdf), checks that each
labelled figure appears in the text, measures the text lengths and fails if any threshold figure appears.

Run with /work/main/.venv/bin/python make_files.py (no project code is imported or run).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# Threshold figures (policy section 3 and section 4) that must not appear anywhere, in any form.
# prepayment 30 %; post-warranty fee 15 %; TCO share 40 %; liability cap 100 %; availability 99.9 %;
# LD 0.05 % per day (also 0.35 % per week); warranty 12 months; P1 response 4 hours; TCO horizon 5 years.
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZHN = "零〇一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰"
THRESHOLD_PATTERNS = {
    "30 % (prepayment)": [r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])",
                          r"(?<![\w-])thirty[\s-]+per\s*cent", r"(?<![\w-])thirty[\s-]+percent",
                          r"(?<![" + ZHN + r"])三成"],
    "15 % (post-warranty fee)": [r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![点])",
                                 r"(?<![\w-])fifteen[\s-]+per\s*cent", r"(?<![\w-])fifteen[\s-]+percent",
                                 r"一成半"],
    "40 % (TCO share)": [r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])",
                         r"(?<![\w-])forty[\s-]+per\s*cent", r"(?<![\w-])forty[\s-]+percent",
                         r"(?<![" + ZHN + r"])四成"],
    "100 % (liability cap)": [r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百(?![零一二三四五六七八九])",
                              r"(?<![\w-])(?:one\s+)?hundred[\s-]+per\s*cent", r"(?<![\w-])hundred[\s-]+percent",
                              r"(?<![" + ZHN + r"])[一壹]倍", r"以合同总价为限", r"以合同总金额为限",
                              r"limited to the (?:total )?(?:contract price|contract value|fees)(?![\w ]*\d)"],
    "99.9 % (availability)": [r"(?<![\d.,])99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",
                              r"ninety[\s-]+nine\s+point\s+nine(?![\s-]+(?:one|two|three|four|five|six|seven|eight|nine))"],
    "0.05 % per day (LD)": [r"(?<![\d.,])0?\.050*" + PCT, r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
                            r"(?<![\d.,])0?\.350*" + PCT, r"(?<![\d.,])0\.00050*(?!\d)",
                            r"five[\s-]+hundredths"],
    "12 months (warranty)": [r"(?<![\d.,])12\s*个\s*月", r"(?<![" + ZHN + r"])十二\s*个\s*月",
                             r"(?<![\d.,])1\s*(?:个)?\s*年(?!度|级)", r"(?<![" + ZHN + r"第])[一壹]\s*(?:个)?\s*年(?!度|级)",
                             r"一周年", r"(?<![\d.,])12[\s-]*months?", r"(?<![\w-])twelve[\s-]*months?",
                             r"(?<![\w-])(?:one|1)[\s-]+years?(?!\w)", r"(?<![\d.,])365\s*(?:days|日|天)"],
    "4 hours (P1 response)": [r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|钟头)", r"(?<![" + ZHN + r"])四\s*(?:个)?\s*(?:小时|钟头)",
                              r"(?<![\d.,])4[\s-]*(?:business\s+|working\s+|clock\s+)?(?:hours?|hrs?|h)\b",
                              r"(?<![\w-])four[\s-]*(?:business\s+|working\s+|clock\s+)?hours?",
                              r"(?<![\d.,])240\s*(?:分钟|minutes)"],
    "5 years (TCO horizon)": [r"(?<![\d.,])5\s*(?:个)?\s*年", r"(?<![" + ZHN + r"])[五伍]\s*(?:个)?\s*年",
                              r"(?<![\d.,])5[\s-]*years?", r"(?<![\w-])five[\s-]*years?",
                              r"(?<![\d.,])60\s*(?:个)?\s*月", r"(?<![\d.,])60[\s-]*months?", r"sixty[\s-]*months?",
                              r"六十\s*个\s*月"],
}
THRESHOLD_RES = {name: [re.compile(p, re.I) for p in pats] for name, pats in THRESHOLD_PATTERNS.items()}

SELF_TEST_HIT = {
    "30 % (prepayment)": ["预付合同总价的30%", "30 %", "百分之三十", "thirty per cent", "30 percent", "付三成"],
    "15 % (post-warranty fee)": ["年费为15%", "15.0%", "百分之十五", "fifteen percent", "一成半"],
    "40 % (TCO share)": ["占40%", "百分之四十", "forty per cent", "40 per cent"],
    "100 % (liability cap)": ["合同总价的100%", "百分之百", "百分之一百", "one hundred per cent", "以合同总价为限",
                              "赔偿以合同价款的一倍为限", "limited to the Contract Price."],
    "99.9 % (availability)": ["可用率99.9%", "99.90%", "九十九点九", "ninety-nine point nine per cent"],
    "0.05 % per day (LD)": ["每日0.05%", "每日.05%", "万分之五", "千分之零点五", "0.35% per week", "0.0005 of"],
    "12 months (warranty)": ["质保期12个月", "十二个月", "质保一年", "1年", "12 months", "twelve-month", "one year",
                             "1 year", "365天"],
    "4 hours (P1 response)": ["4小时内响应", "四小时", "4个小时", "4 hours", "four hours", "4-hour", "4 business hours",
                              "240分钟"],
    "5 years (TCO horizon)": ["5年", "五年", "five years", "5-year", "60个月", "60 months"],
}
SELF_TEST_MISS = ["130%", "0.15%", "45%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%",
                  "万分之五十", "0.055%", "2025年12月", "2025年", "十五年", "年度", "同一年度", "24个月", "112 months",
                  "CNY 100,000", "40,000元", "15日内", "30日内", "14 hours", "Section 4 applies", "25%", "0.5%",
                  "1,500 words", "one of the years", "第一年度", "2.4 hours", "35%", "limited to the fees paid in the 6"]


def threshold_hits(text):
    hits = []
    for name, res in THRESHOLD_RES.items():
        for rx in res:
            for m in rx.finditer(text):
                hits.append((name, m.group(0), text[max(0, m.start() - 30):m.end() + 30]))
    return hits


def self_test():
    for name, samples in SELF_TEST_HIT.items():
        for s in samples:
            assert any(rx.search(s) for rx in THRESHOLD_RES[name]), ("regex misses", name, s)
    for s in SELF_TEST_MISS:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------
# Policy rules re-applied to a planned label (policy.md section 3; TCO per section 4, horizon 5 years).
# ---------------------------------------------------------------------------------------------------------------
HORIZON = 5


def tco(p):
    """(tco, post-warranty fees, share %) for goods/licence contracts with a known fee; None otherwise."""
    if p["kind"] != "goods_or_licence" or p["pwf"] is None or not p["capped"]:
        return None
    post_years = max(0.0, HORIZON - p["warranty"] / 12)
    fees = post_years * p["pwf"] / 100 * p["fee_base"]
    total = p["value"] + fees
    return total, fees, fees / total * 100


def apply_rules(p):
    r = []
    if not p["sla"]:
        r.append("CR-SLA-MISSING")
    if p["availability"] is not None and p["availability"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if p["p1"] is None or p["p1"] > 4:
        r.append("CR-SLA-RESPONSE")
    if p["sla"] and not p["remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if p["ip"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not p["dsec"]:
        r.append("CR-DATA-SECURITY")
    if p["owns"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not p["conf"]:
        r.append("CR-CONFIDENTIALITY")
    if not p["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif p["ld"] is not None and p["ld"] < 0.05:
        r.append("CR-LD-LOW")
    if p["cap"] is not None and p["cap"] < 100:
        r.append("CR-LIABILITY-CAP")
    if p["prepay"] is not None and p["prepay"] > 30:
        r.append("CR-PREPAYMENT")
    if not p["acc"] or p["deemed"] or p["final"] is False:
        r.append("CR-ACCEPTANCE")
    if p["kind"] == "goods_or_licence":
        if p["warranty"] is None or p["warranty"] < 12:
            r.append("CR-WARRANTY")
        if p["pwf"] is None or not p["capped"] or p["pwf"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        t = tco(p)
        if t is not None and t[2] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if p["auto"]:
        r.append("CR-AUTO-RENEWAL")
    if not p["term"]:
        r.append("CR-TERMINATION")
    if p["sub"] is True:
        r.append("CR-SUBCONTRACT")
    if p["law"] != "PRC" or not p["forum_mainland"]:
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
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(p):
    terms = {
        "availability_pct": p["availability"], "p1_response_hours": p["p1"], "sla_remedy": p["remedy"],
        "ip_owner": p["ip"], "data_security_clause": p["dsec"], "buyer_owns_data": p["owns"],
        "confidentiality": p["conf"], "ld_rate_per_day_pct": p["ld"], "liability_cap_pct": p["cap"],
        "prepayment_pct": p["prepay"], "acceptance_clause": p["acc"], "final_payment_on_acceptance": p["final"],
        "warranty_months": p["warranty"], "post_warranty_fee_pct": p["pwf"],
        "auto_renewal_price_increase": p["auto"], "termination_for_breach": p["term"],
        "subcontract_without_consent": p["sub"], "governing_law": p["law"], "contract_kind": p["kind"],
    }
    extra = {"sla_clause": p["sla"], "ld_stated": p["ld_stated"]}
    if p["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = p["capped"]
    extra["acceptance_deemed_on_delivery"] = p["deemed"]
    extra["contract_value"] = p["value"]
    return {"file": p["file"], "language": p["language"], "category": p["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": apply_rules(p)}


SRC = {}    # key -> source text (markup for .docx / .pdf, final text for .md / .txt)

# ---------------------------------------------------------------------------------------------------------------
# h223z01 -- provincial SAMR elevator / special-equipment safety supervision platform (公开招标, buyer's paper), .docx
# ---------------------------------------------------------------------------------------------------------------
SRC["z01"] = """T:淮海省电梯及特种设备安全监管平台建设项目合同
P:合同编号：HHSJ-ZFCG-2025-0417
P:项目名称：淮海省电梯及特种设备安全监管平台建设项目
P:采购方式：公开招标（招标编号：HHZC2025-GK-0332）
P:甲方（采购人）：淮海省市场监督管理局
P:地址：淮海省临川市政务大道88号
P:乙方（供应商）：杭州梯安信息技术有限公司
P:地址：浙江省杭州市滨江区江虹路1760号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就甲方采购电梯及特种设备安全监管平台事宜订立本合同。招标文件、投标文件、澄清文件和中标通知书均为本合同的组成部分；上述文件之间内容不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设覆盖全省的电梯及特种设备安全监管平台，主要功能包括：特种设备使用登记与定期检验信息管理、电梯维保过程监管、电梯应急处置（96333）联动、风险分级预警、执法检查辅助以及统计分析与大屏展示。
P:1.2 乙方在甲方指定的试点城市300台在用电梯上安装物联网采集网关，实时采集电梯运行状态、困人报警和门区故障信号，并接入平台。
P:1.3 平台部署于淮海省政务云，由甲方提供云资源。乙方负责软件安装部署、数据对接、系统集成、培训以及质保期内的技术支持。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰壹拾柒万元整（¥3,170,000.00），为固定总价，已包含货物、软件许可、开发、安装、运输、测试、培训、税费及乙方为履行本合同所需的全部费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|特种设备安全监管平台软件许可（省级部署，永久许可）|1套|1,260,000|1,260,000
TB:2|电梯应急处置子系统定制开发|1项|685,000|685,000
TB:3|数据对接（国家特种设备平台、96333、维保单位系统）|1项|412,000|412,000
TB:4|电梯物联网采集网关（含安装）|300台|1,980|594,000
TB:5|等保测评及密码应用安全性评估配合|1项|88,000|88,000
TB:6|实施部署及培训|1项|131,000|131,000
TB:合计||||3,170,000
P:2.2 上表第1项与第4项合计人民币1,854,000元，以下简称“软硬件价款”。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额合法发票后15个工作日内，甲方支付合同总价的25%作为预付款，即人民币792,500元。
P:3.2 平台完成部署和数据对接并通过初步验收后，甲方支付合同总价的50%，即人民币1,585,000元。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的25%，即人民币792,500元。
P:3.4 甲方通过国库集中支付方式付款。乙方应在签订合同前按合同总价的5%提交履约保证金，最终验收合格后无息退还。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起120日内完成平台部署和全部网关安装，并书面提交初步验收申请。
P:4.2 乙方应于合同签订之日起150日内完成与国家特种设备平台、96333应急处置中心和维保单位系统的全部数据对接。
H:第五条 验收
P:5.1 初步验收：平台各项功能逐项符合招标文件技术需求，全部数据接口联调通过，300台网关全部在线并连续7日稳定上传数据，经甲方书面确认后视为初步验收通过。
P:5.2 试运行期为九十日，自初步验收通过之日起计算。试运行期间平台未发生一级故障，800个并发用户下页面平均响应时间不超过3秒，第三方测评机构出具的等级保护第三级测评报告和密码应用安全性评估报告均无高风险问题，且乙方已提交全部技术文档和定制部分源代码的，甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为甲方已验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、网关故障更换和远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软硬件价款的9%，即每年不超过人民币166,860元，且该价格在质保期满后的前两个维护年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。计划内维护须提前3个工作日报甲方同意，并安排在夜间进行。
P:7.2 故障分级及响应要求：一级故障（平台整体无法访问或应急处置功能中断），乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能异常），2小时内响应，24小时内解决；三级故障（一般问题），在下一个工作日内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减人民币1,500元；月度可用率每低于约定值0.01个百分点，扣减人民币2,000元。扣减款项从应付款项或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台汇集的特种设备登记数据、检验检测数据、电梯运行数据、企业及人员信息等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得以任何形式留存、复制或向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，通过甲方指定的堡垒机进行运维操作，全程留存审计日志，不得在政务云以外存储任何业务数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部法律责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、执法信息、系统架构及账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应要求参与本项目的人员签署保密承诺书。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 为本项目定制开发的应急处置子系统、数据对接程序、报表以及全部源代码和技术文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和二次开发。
P:10.2 平台基础软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖全省各级市场监督管理部门。
P:10.3 乙方保证其交付成果不侵犯任何第三方的合法权益；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定的期限完成交付的，每逾期一日，按合同总价的0.1%向甲方支付违约金。逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的产品或服务不符合合同约定的，甲方有权要求乙方限期整改；整改后仍不合格的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:11.3 甲方逾期付款的，按照国家有关规定承担相应责任。
H:第十二条 分包
P:12.1 乙方不得转包本项目。乙方如需将网关安装等非主体、非关键性工作分包，应事先取得甲方书面同意，并对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿由此造成的损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方执四份，乙方执二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：淮海省市场监督管理局　　乙方（盖章）：杭州梯安信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h223z02 -- auto-glass plant: optical distortion inspection equipment + post-warranty 维保, .pdf
# ---------------------------------------------------------------------------------------------------------------
SRC["z02"] = """T:光学畸变在线检测设备采购及维保合同
P:合同编号：YG-SB-2025-086
P:甲方（买方）：闽清耀光汽车玻璃有限公司
P:住所：福建省福州市闽清县白金工业区耀光路8号
P:乙方（卖方）：苏州视准光电检测设备有限公司
P:住所：江苏省苏州市工业园区星湖街328号
P:鉴于甲方为提升汽车前挡风玻璃的光学质量检测能力，拟在两条夹层玻璃生产线上增设光学畸变在线检测系统，乙方具备该类设备的设计、制造、安装和售后服务能力。双方依据《中华人民共和国民法典》，经平等协商，订立本合同，共同遵守。
H:一、合同标的与价款
P:（一）乙方向甲方提供光学畸变在线检测设备、离线复检台及配套检测分析软件，并负责安装调试、与甲方制造执行系统（MES）对接以及操作培训。
P:（二）合同总价为人民币贰佰捌拾肆万元整（¥2,840,000），含13%增值税及包装、运输、保险、安装调试和培训费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|光学畸变在线检测设备（含线扫相机、斑马纹光源屏、输送定位机构）|2套|1,080,000|2,160,000
TB:2|离线复检台|1套|318,000|318,000
TB:3|检测分析软件许可（永久许可，随设备）|2套|96,000|192,000
TB:4|安装调试及MES对接|1项|146,000|146,000
TB:5|操作及维护培训|1项|24,000|24,000
TB:合计||||2,840,000
P:（三）上表第1至3项合计人民币2,670,000元，以下称“设备及软件价款”。
P:（四）技术要求：设备应能检测厚度3.5毫米至6.5毫米、最大尺寸1,800毫米×1,500毫米的前挡风玻璃，检测范围覆盖主视区A区和B区，并能按照甲方各客户的畸变判定标准分区设置判定阈值。详细技术参数以附件设备技术规格书为准。
H:二、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方工厂指定地点，并于到货后25日内完成安装调试。
P:（二）设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认设备数量、型号和外观，不代表设备质量验收合格。
P:（三）安装调试期间，乙方应服从甲方的安全生产管理规定，不得影响生产线正常运行。
P:（四）设备所有权及毁损灭失风险自到货签收时转移给甲方；到货签收前的运输及装卸风险由乙方承担。
P:（五）乙方应为甲方培训不少于12名操作人员和4名设备维护人员，经考核合格后颁发结业证书。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计人民币568,000元；
P:（二）设备全部到货并签收后，甲方支付合同总价的50%，计人民币1,420,000元；
P:（三）设备通过最终验收后，甲方支付合同总价的25%，计人民币710,000元；
P:（四）其余5%计人民币142,000元作为质量保证金，质保期满且无未决质量问题时无息支付。
H:四、验收
P:（一）安装调试完成后，设备应在甲方生产线上连续运行二十个生产日。运行期满后，双方按以下标准进行最终验收：使用甲方提供的标定样板检测，测量重复性不超过5毫屈光度；对甲方挑选的不少于500片有缺陷及无缺陷样片进行盲测，漏检数为零，误判率不高于0.8%；单片检测节拍不超过9秒；检测结果能够实时写入MES并与玻璃序列号一一对应。
P:（二）全部指标达到后，双方签署最终验收证书。设备投入生产使用或甲方支付任何款项，均不视为验收合格。
P:（三）验收不合格的，乙方应在20日内整改并重新组织验收；第二次验收仍不合格的，甲方有权退货并解除合同。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换损坏部件（附件所列易损光源按附件约定执行），并免费升级检测分析软件。质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新部件，该部件的质保期自更换之日起重新计算。
P:（二）质保期内故障响应要求：一级故障（检测设备停机，导致生产线停线或只能人工全检），乙方应在30分钟内远程响应，8小时内派工程师到达现场；二级故障（部分检测功能异常），乙方应在2小时内响应，24小时内到达现场。
P:（三）乙方超过上述时限的，每超时1小时向甲方支付违约金800元，甲方可从质量保证金或维保费中直接扣除。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按甲方要求提供年度维保服务，内容包括每季度一次的现场标定、光源和相机等备件更换、软件升级以及7×24小时远程技术支持。
P:（二）年度维保费为设备及软件价款的24%，即每年人民币640,800元，于每个维保年度开始后30日内支付。乙方承诺在质保期满后的四个维保年度内，上述年费固定不变。
P:（三）维保服务期内的故障响应时限和超时违约金，按本合同第五条执行。
P:（四）维保年度内，乙方每季度向甲方提交设备健康报告，列明标定结果、更换备件和故障统计情况。
P:（五）维保服务按维保年度签订确认书，不自动续期。
H:七、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:（二）乙方提供的设备不符合合同约定技术要求的，甲方有权要求更换或退货，并要求乙方赔偿由此造成的损失。
P:（三）乙方未按合同约定提供培训或技术资料的，甲方有权要求其限期补正，并可暂缓支付相应款项。
H:八、数据与信息安全
P:（一）设备采集的玻璃图像、畸变测量数据、工艺参数和质量统计数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方进行远程维护须经甲方逐次审批，通过甲方提供的专用VPN账号接入，操作过程全程录屏；乙方不得将上述数据复制、导出或存储于甲方工厂以外的任何介质或系统。
P:（三）因乙方原因导致数据泄露、丢失或被篡改的，乙方应在24小时内书面通知甲方，配合调查和处置，并赔偿甲方全部损失。
H:九、保密
P:乙方对知悉的甲方客户车型信息、玻璃配方、工艺参数和生产数据负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应要求参与本项目的员工遵守本条约定，并对其行为负责。保密义务不因合同终止而解除。
H:十、知识产权
P:（一）检测分析软件的著作权归乙方所有，乙方授予甲方永久使用许可，许可随设备转让。
P:（二）乙方为甲方定制的车型检测方案、判定规则配置、MES接口程序及其源代码归甲方所有，甲方可自由使用、修改并许可第三方使用。
H:十一、分包
P:乙方可将设备基础的土建施工分包给具备相应资质的单位，但须事先取得甲方书面同意；乙方对分包单位的工作承担连带责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后15日内未能纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十三、法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交福州仲裁委员会按其仲裁规则仲裁。
H:十四、其他
P:（一）本合同附件包括设备技术规格书、易损件清单和培训计划，与本合同具有同等效力。
P:（二）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：闽清耀光汽车玻璃有限公司　　乙方（盖章）：苏州视准光电检测设备有限公司
P:授权代表：__________　　授权代表：__________
P:日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h223z03 -- pet-hospital chain (35 hospitals): medical-record and booking SaaS + 实施, .md
# ---------------------------------------------------------------------------------------------------------------
SRC["z03"] = """# 宠诊云诊疗及预约服务订阅合同

合同编号：MC-SaaS-2025-0612

**甲方（订阅方）：** 成都萌宠宠物医院管理有限公司
住所：四川省成都市武侯区天府大道中段666号

**乙方（服务方）：** 上海宠诊云科技有限公司
住所：上海市闵行区申长路988号

鉴于：

1. 甲方在四川、重庆两地经营宠物医院连锁，现有直营宠物医院35家，拟统一使用云端电子病历和预约挂号系统；
2. 乙方运营“宠诊云”宠物医院管理云服务，具备为连锁医院提供系统实施和持续服务的能力。

双方经友好协商，订立本合同。

## 第一章 服务内容

**第一条 订阅服务** 乙方向甲方35家医院提供宠诊云专业版订阅服务，包括电子病历、处方与药房库存管理、检验及影像报告挂接、微信预约挂号小程序、会员与疫苗驱虫提醒、经营统计报表。每家医院的账号数量不受限制。预约小程序支持在线预约、医生排班展示、候诊叫号和就诊提醒。服务期内乙方为甲方提供7×24小时客服热线，并指派专属客户成功经理负责日常对接。

**第二条 实施服务** 乙方负责：（一）将甲方现有系统中约38万份历史病历及会员资料迁移至宠诊云；（二）完成35家医院的开通部署和人员培训；（三）与甲方医院现有的血球仪、生化仪、影像设备及收银系统对接；（四）上线甲方品牌的预约挂号小程序。每家医院的现场培训不少于2场，按医生、护士和前台岗位分别进行。甲方应指定项目负责人，并按双方确认的实施计划提供历史数据、设备接口资料和培训场地。

## 第二章 费用与支付

**第三条 费用** 本合同总金额为人民币捌拾叁万元整（¥830,000），明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 宠诊云专业版订阅费 | 9,600元/院/订阅年度 × 35家 × 2个订阅年度 | 672,000 |
| 实施服务费（数据迁移、部署、培训、设备对接） | 固定价格 | 158,000 |
| 合计 | | 830,000 |

**第四条 支付** 订阅费按季度结算，每季度人民币84,000元，于该季度结束后15日内，在甲方确认乙方提交的季度服务报告后支付。实施服务费在实施验收合格后15日内一次性支付。本合同不设预付款，乙方应在每次收款前开具增值税专用发票。季度服务报告应列明当季月度可用率、故障清单、处理时长以及服务费减免的计算过程。

## 第三章 实施与验收

**第五条 实施期限** 乙方应在合同生效后90日内完成全部35家医院的上线工作。乙方应在合同生效后10日内提交实施计划，经甲方确认后按片区分批上线。

**第六条 实施验收** 实施完成后，由甲方按以下标准组织验收：

（一）35家医院全部上线，并连续10个营业日正常接诊使用；
（二）历史病历迁移后，每家医院随机抽取不少于200份病历与原系统逐项核对，字段差错为零；
（三）预约小程序在模拟高峰时段每分钟600次预约提交的情况下，平均响应时间不超过2秒；
（四）检验设备报告能够自动回传至对应病历。

全部标准达到后，甲方出具实施验收确认书。系统上线使用不视为实施验收通过。验收不通过的，乙方应在10日内完成整改并重新提交验收。

**第七条 逾期** 因乙方原因未能在第五条约定期限内完成实施验收的，每逾期一日，乙方按合同总金额的千分之一向甲方支付违约金。

## 第四章 服务水平

**第八条 可用率** 乙方承诺宠诊云月度服务可用率不低于99.5%，经甲方书面同意的计划内维护时间除外。计划内维护应安排在每日23:00至次日6:00之间。乙方可对宠诊云进行版本更新；涉及操作方式的重大变更应提前15日通知甲方，且不得减少甲方已订阅的功能。

**第九条 故障响应** 一级故障（任一医院无法开具病历或无法收费）：乙方应在30分钟内响应，2小时内恢复或提供临时替代方案；二级故障（部分功能异常）：2小时内响应，1个工作日内解决；三级故障（咨询或一般问题）：1个工作日内答复。一级故障处理期间，乙方应通过电话和甲方指定的工作群同步通报处理进展，每30分钟更新一次。

**第十条 服务费减免** 月度可用率低于99.5%但不低于99%的，减免当月订阅费的5%；低于99%的，减免当月订阅费的10%。一级故障超过恢复时限的，每超时1小时另行减免人民币1,000元。减免金额从下一季度应付订阅费中抵扣。

## 第五章 数据

**第十一条 数据权属** 甲方及其客户（宠物主人）的个人信息、宠物病历、检验结果和经营数据均归甲方所有。乙方仅为向甲方提供本合同约定的服务而处理上述数据，不得将其用于任何其他目的。

**第十二条 数据安全** 乙方应将甲方数据存储于中国境内已通过网络安全等级保护第三级备案的云环境中；对个人信息进行加密存储和加密传输，实行最小权限管理，访问日志留存不少于六个月。发生数据泄露、毁损或丢失等安全事件的，乙方应在24小时内通知甲方并立即采取补救措施；因乙方原因造成的损失，由乙方负责赔偿。乙方应在每个订阅年度内委托具备资质的第三方机构对宠诊云进行渗透测试，并向甲方提供测试结论摘要。

**第十三条 数据返还** 合同终止后30日内，乙方应按甲方要求的格式导出并交付全部数据，随后删除其系统中的甲方数据，并出具删除证明。合同存续期间，甲方可随时通过系统自助导出全部病历和会员数据。

## 第六章 知识产权

**第十四条** 宠诊云平台及其更新版本的知识产权归乙方所有。乙方为甲方定制的报表模板、病历模板和检验设备对接接口归甲方所有，甲方可自由使用、修改并许可第三方使用。

## 第七章 期限与续订

**第十五条 订阅期** 订阅期为二十四个月，自实施验收合格之日的次日起算。订阅期内订阅费单价不作调整。

**第十六条 自动续订** 订阅期届满前30日内，任何一方未书面提出不再续订的，本合同自动续订二十四个月。续订期内的订阅费按乙方届时公布的标准价格执行，乙方有权根据市场情况调整。

**第十七条 分包** 乙方将实施服务的任何部分委托第三方完成的，须事先取得甲方书面同意，并对受托方的行为承担责任。

## 第八章 违约与解除

**第十八条 责任限额** 乙方在本合同项下的累计赔偿责任以合同总金额的150%为限；因乙方原因导致数据安全事件的，赔偿不受此限。

**第十九条 解除** 乙方严重违约且在收到甲方书面通知后15日内未纠正的，或月度可用率连续两个月低于99%的，甲方有权书面通知解除本合同，并要求乙方按第十三条交付数据。合同解除的，甲方已支付但尚未提供服务期间对应的订阅费，乙方应予退还。

## 第九章 争议解决及其他

**第二十条** 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交成都仲裁委员会仲裁。仲裁地为成都，仲裁裁决是终局的，对双方均有约束力。

**第二十一条** 因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在合理期限内提供证明；双方根据影响程度协商延期履行或解除合同。

**第二十二条** 本合同附件包括服务说明、实施计划和设备接口清单，与本合同具有同等效力。双方的通知以书面形式送达本合同载明的地址。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都萌宠宠物医院管理有限公司　　　乙方（盖章）：上海宠诊云科技有限公司

授权代表：__________　　　授权代表：__________

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h223z04 -- city 城市管理局 waste-sorting supervision platform, annual O&M (政府采购 单一来源), .txt
# ---------------------------------------------------------------------------------------------------------------
SRC["z04"] = """临江市生活垃圾分类监管平台运维服务合同

合同编号：LJCG-DY-2025-019
采购方式：单一来源采购（财政批复：临财采〔2025〕57号）

采购人（甲方）：临江市城市管理局
地址：临江市北湖区人民路201号
供应商（乙方）：临江智城环境科技有限公司
地址：临江市高新区创业路16号

乙方为临江市生活垃圾分类监管平台的原建设单位，掌握平台源代码及前端设施技术资料。经临江市财政局批准，本项目采用单一来源方式采购。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及采购文件、乙方响应文件，双方就平台运维服务订立本合同。

1. 服务范围

1.1 平台软件运维：监管平台、收运调度系统、积分兑换小程序及数据接口的日常运行监控、缺陷修复、性能优化、补丁升级和数据备份。
1.2 前端设施维护：全市1,240个智能投放点的称重、满溢传感器及视频设备，以及46辆收运车辆的车载定位和称重终端的巡检、调试和故障维修（不含整机更换，整机更换由甲方另行采购）。前端设施的电费和通信费由甲方承担。
1.3 驻场服务：乙方派驻3名运维工程师，工作日8:30至17:30在甲方指挥中心驻场；节假日安排工程师值守待命。驻场人员名单报甲方备案；乙方更换驻场人员须提前10日征得甲方同意，且每季度更换不得超过1人。
1.4 数据治理与报表：按月汇总各街道投放量、分类准确率和收运情况，编制月度、季度分析报告。月度报告应于次月5日前提交。
1.5 应急保障：配合甲方完成重大活动、极端天气等情况下的平台保障和数据支持，保障期间安排不少于2名工程师现场值守。
1.6 乙方应使用甲方认可的运维管理系统记录全部工单，工单信息对甲方实时开放查询。

2. 服务期限

2.1 服务期自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同自然终止。甲方如需继续采购运维服务，应依照政府采购程序另行办理，本合同不自动续期。

3. 服务费用及支付

3.1 本合同总价为人民币玖拾陆万元整（¥960,000），包括乙方完成本合同全部服务所需的人员、工具、备品备件（单价2,000元以下）、差旅及税费。分项如下：
    驻场运维服务（3人）      372,000元
    平台软件运维            186,000元
    前端设施维护            298,000元
    数据治理及报表           64,000元
    重大活动及应急保障       40,000元
    合计                    960,000元
3.2 服务费按季度支付，每季度人民币240,000元。每季度结束后，甲方在完成当季考核之日起15个工作日内，按考核结果扣减相应款项后支付当季服务费。乙方应在收款前开具合法有效的发票。
3.3 本合同不设预付款。

4. 服务水平

4.1 平台月度可用率不低于99.95%。计划内维护应提前2个工作日报甲方同意。
4.2 故障分级及时限：
    一级故障（平台整体无法访问，或全部投放点数据中断）：乙方应在接到报修后6小时内响应，24小时内恢复；
    二级故障（部分子系统或部分街道数据异常）：乙方应在下一个工作日内响应，3个工作日内解决；
    三级故障（单个投放点设备故障）：乙方应在48小时内修复。
4.3 乙方未达到上述恢复或修复时限的，每超时1小时扣减服务费500元；平台月度可用率每低于约定值0.01个百分点，扣减服务费1,000元。扣减款项在当季服务费中抵扣。
4.4 乙方应每月对平台进行漏洞扫描，高危漏洞应在5个工作日内修复。
4.5 乙方应每日对平台数据进行增量备份，每周进行全量备份，并每季度开展一次数据恢复演练。

5. 交接及阶段性工作

5.1 乙方应于服务期开始后15日内完成运维交接，向甲方提交运维手册、资产清单和应急预案。
5.2 乙方应于每季度最后一个月的20日前完成全部投放点设备巡检，并提交巡检报告，报告应附现场照片和设备状态记录。
5.3 乙方应于2025年11月30日前配合甲方完成平台网络安全等级保护测评及问题整改。
5.4 服务期满时，乙方应配合甲方或甲方指定的后续服务单位完成交接，交接期不少于15日，交接期间不得中断服务。

6. 考核与验收

6.1 甲方每季度对乙方服务进行考核，考核内容包括平台可用率、故障处理时效、巡检完成率、报表及时性和驻场人员出勤。考核得分90分及以上的，全额支付当季服务费；80分至89分的，扣减当季服务费的3%；低于80分的，扣减当季服务费的8%。
6.2 服务期满前30日内，甲方组织终期验收。验收标准为：各季度考核均不低于80分，全部故障工单闭环，更新后的源代码、运维文档和资产清单移交完毕。验收通过后甲方出具书面验收意见。
6.3 考核结果由双方签字确认；乙方对考核结果有异议的，可在5个工作日内书面申请复核。

7. 数据安全

7.1 平台数据（包括居民投放记录、收运轨迹、监控视频、企业及设施信息）归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
7.2 乙方运维人员须通过甲方政务云堡垒机进行操作，使用实名账号，操作日志保存不少于六个月；未经甲方批准不得导出任何数据。
7.4 合同终止后，乙方应注销其持有的全部运维账号，删除运维过程中产生的临时数据，并向甲方书面确认。
7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内向甲方报告并采取应急处置措施；因乙方原因造成安全事件的，乙方承担全部法律责任及甲方由此遭受的损失。

8. 保密

乙方及其驻场人员对履行本合同过程中知悉的甲方工作信息、居民个人信息及平台账号口令负有保密义务，不得向任何第三方透露。驻场人员应签署保密承诺书，乙方应定期对其开展保密教育。本条义务在合同终止后继续有效。

9. 知识产权

运维期间乙方为甲方完成的程序修改、新增功能、报表模板、脚本及相关文档，其知识产权归甲方所有，乙方应在每季度末向甲方提交更新后的源代码。平台原有软件的著作权仍归乙方，乙方同意甲方为运行、维护和升级平台而使用、修改该软件，不另收费。

10. 违约责任

10.1 乙方未按第5.1条、第5.3条约定的期限完成相应工作的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
10.2 乙方在本合同项下承担的赔偿责任（含违约金及考核扣款）累计不超过合同总价的50%。
10.3 甲方逾期支付服务费的，按照国家有关规定处理。

11. 分包与转包

乙方不得将本合同服务转包或分包给任何第三方。驻场人员应为乙方正式员工。

12. 合同解除

乙方严重违约，或连续两个季度考核得分低于80分的，甲方有权书面通知解除本合同，并按实际服务期间结算服务费。因不可抗力导致合同无法履行的，双方可协商解除。

13. 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方不得中断运维服务。

14. 其他

14.1 本合同附件包括服务需求书、乙方响应文件和考核细则，与本合同具有同等法律效力。
14.2 双方联系人及联系方式见附件，变更时应书面通知对方。
14.3 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：临江市城市管理局              乙方（盖章）：临江智城环境科技有限公司
授权代表：__________                        授权代表：__________
签订日期：2025年6月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h223z05 -- 腊肠 (cured sausage) maker: WMS licence + custom development, on the supplier's own template, .md
# ---------------------------------------------------------------------------------------------------------------
SRC["z05"] = """# 仓擎WMS软件销售及实施合同

> 仓擎软件标准合同文本（V4.0）　本文本由广州仓擎软件有限公司提供

合同编号：CQ-XS-2025-1127

甲方（买方）：东莞市腊香园食品有限公司
地址：广东省东莞市厚街镇腊味工业园3号

乙方（卖方）：广州仓擎软件有限公司
地址：广东省广州市天河区软件路15号

甲方是一家以广式腊肠、腊肉为主要产品的食品生产企业，需对原料冷库、晾晒烘烤车间、成品仓及发货区实施仓储管理信息化。乙方是仓擎WMS仓储管理软件的开发商。双方本着平等互利的原则，就甲方购买仓擎WMS软件及相关定制开发、实施服务事宜，达成如下协议：

## 第一条 合同标的

（1）仓擎WMS企业版软件许可一套，永久许可，36个并发用户；
（2）定制开发：冷库温湿度监控对接、原料肉批次及保质期先进先出策略、晾晒烘烤工序在制品管理、与甲方金蝶云星空ERP的数据对接、电商平台发货单对接；
（3）PDA手持终端24台（含充电座和一块备用电池）；
（4）实施服务：安装部署、基础数据初始化、业务流程配置及操作培训；
（5）本合同不包括服务器、网络设备、数据库软件及操作系统，上述软硬件由甲方自行采购并准备。

软件许可仅限于甲方在东莞厂区内使用；甲方新增厂区或并发用户数的，应另行向乙方购买许可。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 仓擎WMS企业版软件许可 | 1套 | 420,000 |
| 2 | 定制开发 | 1项 | 385,000 |
| 3 | PDA手持终端 | 24台 | 108,000 |
| 4 | 实施服务 | 1项 | 97,000 |
| | 合计 | | 1,010,000 |

合同总价为人民币壹佰零壹万元整（¥1,010,000），含税。PDA手持终端单价为4,500元。乙方在每次收款前向甲方开具增值税专用发票，软件许可部分的适用税率以税务机关的规定为准。

## 第三条 付款方式

（1）本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即人民币555,500元；
（2）系统上线后10个工作日内，甲方向乙方支付合同总价的45%，即人民币454,500元；
（3）乙方在收到第（1）项款项后安排项目启动。甲方未按期付款的，乙方有权暂停实施工作，交付期限相应顺延；
（4）甲方已支付的款项不因任何原因予以退还，但本合同另有约定的除外。

## 第四条 交付与上线

（1）乙方在收到第三条第（1）项款项后100个工作日内完成软件安装、定制功能开发和系统上线；
（2）甲方应按乙方要求提供服务器、网络环境、基础数据及业务人员配合。因甲方原因导致延误的，交付期限相应顺延；
（3）PDA手持终端由乙方随软件一并交付，到货即视为交付完成，毁损灭失风险自到货时转移给甲方；
（4）甲方应指定项目联系人，并在乙方提交需求规格说明书后5个工作日内完成确认。需求规格说明书经甲方签字确认后，作为定制开发的唯一依据；确认后甲方提出的任何修改均视为需求变更；
（5）乙方为甲方提供不超过3次集中培训，每次不超过2天，培训地点在甲方工厂，超出部分按人天单价计费；
（6）乙方派驻项目经理一名，负责实施期间的沟通协调。乙方人员在甲方现场工作期间，应遵守甲方的食品安全、卫生和安全生产管理制度。系统上线是指甲方开始使用本系统进行实际出入库作业。

## 第五条 验收

系统安装完成并上线运行之日，即视为甲方验收合格。甲方在系统上线后提出的需求变更或新增功能，按乙方人天单价2,200元另行计费。甲方应在上线前完成期初库存盘点和基础数据核对，乙方对甲方所提供数据的准确性不承担责任。

## 第六条 售后服务

（1）乙方提供自系统上线之日起三个月的免费维护服务，包括软件缺陷修复和电话、远程技术支持；
（2）免费维护期内，对一级故障（系统无法进行出入库作业），乙方在接到甲方报修后48小时内响应；对其他问题，乙方在5个工作日内响应；
（3）乙方将尽力在合理时间内解决故障，但不因响应或处理超时向甲方承担任何扣款、赔偿或违约金；
（4）免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护协议，维护费按乙方当年度公布的价目表收取；
（5）PDA手持终端按生产厂家的保修政策执行，乙方协助甲方办理保修手续；
（6）因甲方操作不当、擅自修改系统、病毒或服务器及网络故障导致的问题，不属于免费维护范围，乙方可按人天单价收费处理；
（7）维护服务通过电话、微信或远程方式提供，乙方工程师赴现场服务的差旅费用由甲方承担。

## 第七条 知识产权

（1）仓擎WMS软件以及乙方为本项目开发的全部定制功能、接口程序、配置方案、源代码和技术文档的知识产权，均归乙方所有；
（2）甲方仅获得在本企业内部使用上述软件和定制功能的非独占、不可转让的使用权，不得修改、反编译，亦不得交由第三方维护；
（3）乙方有权将本项目的定制功能用于其他客户或纳入仓擎WMS标准产品；
（4）甲方违反本条约定的，应向乙方支付相当于软件许可费两倍的违约金。

## 第八条 数据

（1）甲方在系统中录入和产生的业务数据归甲方所有；
（2）甲方同意乙方在对上述数据进行脱敏、汇总处理后，将其用于产品改进、算法训练以及食品行业仓储分析报告的编制；
（3）乙方对远程维护账号实行专人管理并留存操作日志，数据传输采用加密方式，未经甲方许可不访问甲方生产数据库；因乙方原因造成甲方数据泄露或丢失的，乙方应在48小时内告知甲方，采取补救措施并承担相应的赔偿责任；
（4）合同终止时，乙方可按甲方要求以标准格式导出业务数据，导出服务按人天单价收费。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密期限为本合同终止后三年。乙方有权在其宣传资料和客户案例中使用甲方的名称和标识。

## 第十条 违约责任

（1）因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%；
（2）乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的10%；
（3）任何情况下，乙方均不对甲方的间接损失、利润损失或商誉损失承担责任。

## 第十一条 合同解除

任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。甲方逾期付款超过60日的，乙方有权解除本合同并停止软件许可。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交广州仲裁委员会仲裁。

## 第十三条 其他

（1）本合同未尽事宜，双方可另行签订补充协议；
（2）因不可抗力导致一方不能履行本合同的，该方不承担违约责任，但应及时通知对方并在15日内提供有关证明；
（3）双方往来通知以书面形式发送至本合同首页载明的地址，或发送至双方项目联系人的电子邮箱；
（4）本合同附件包括需求规格说明书、实施计划和PDA配置清单，附件与本合同具有同等效力；
（5）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：东莞市腊香园食品有限公司　　　乙方（盖章）：广州仓擎软件有限公司

代表签字：__________　　　代表签字：__________

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h223e01 -- Jinjiang sportswear maker: pattern-grading software perpetual licences (Italian vendor, Isola di
# Burano), .pdf
# ---------------------------------------------------------------------------------------------------------------
SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. SD-CN-2025-031
P:This Agreement is made between Jinjiang Feiyue Sportswear Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 88 Yingbin Road, Jinjiang, Fujian Province (the "Customer"), and Sartoria Digitale S.r.l., a company incorporated in Italy with its registered office at Fondamenta Cao di Rio 14, Isola di Burano, 30142 Venezia, Italy (the "Vendor").
P:Background. The Customer designs and manufactures running, training and outdoor apparel and wishes to replace its ageing pattern-making tools with a single system for pattern design, size grading and marker making. The Vendor develops and licenses the ModelloCAD suite, which is used by apparel manufacturers in Europe and Asia. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ModelloCAD Pattern Design and Grading module, the Marker Nesting module and the 3D Sample module, in object code, together with their documentation and any corrections and new versions supplied under this Agreement.
P:1.2 "Services" means the pattern library conversion, the configuration of grading rules, the plotter and cutter interface, training and the other work described in Article 2.
P:1.3 "Go-Live" means the first day on which the Customer's pattern room produces graded patterns and markers for a production order using the Software.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
P:1.5 "Customer Data" means all pattern files, size charts, grading tables, style sheets, designs and other information of the Customer processed with the Software or disclosed to the Vendor.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the number of named seats stated in Article 3, at the Customer's sites in mainland China, for the Customer's own business and that of its subsidiaries.
P:2.2 The Vendor shall convert approximately 4,200 legacy patterns in DXF and native formats into the Software, configure the Customer's grading rules for its Asian and European size ranges, build the interface to the Customer's two plotters and automatic cutting table, and train the Customer's pattern makers, graders and marker planners at the Jinjiang factory.
P:2.3 The Software will be installed on servers and workstations provided by the Customer. Any remote connection by the Vendor requires the Customer's approval for each session.
H:Article 3 Prices
P:3.1 All prices in this Agreement are stated and payable in Chinese yuan (CNY), as requested by the Customer, and include all taxes, duties and travel costs. They are fixed for the duration of the Services.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:ModelloCAD Pattern Design and Grading, perpetual named seat|28|38,500|1,078,000
TB:Marker Nesting module, perpetual named seat|12|21,000|252,000
TB:3D Sample module, perpetual named seat|6|29,000|174,000
TB:Licence Fee subtotal|||1,504,000
TB:Pattern library conversion|1|186,000|186,000
TB:Grading rule configuration|1|92,000|92,000
TB:Training at the Jinjiang factory|1|58,000|58,000
TB:Plotter and cutter interface|1|44,000|44,000
TB:Contract Price|||1,884,000
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price of CNY 1,884,000 in three instalments, each within twenty days after receipt of a correct invoice:
P:(a) 20% (CNY 376,800) after signature of this Agreement, as an advance payment;
P:(b) 45% (CNY 847,800) after Go-Live, which is a delivery milestone and not acceptance; and
P:(c) 35% (CNY 659,400) after Final Acceptance.
P:4.2 Payments are made by bank transfer to the Vendor's account stated on the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall deliver the Software within fifteen days after signature and shall achieve Go-Live within ninety days after signature, in accordance with the project plan attached as Schedule 1.
P:5.2 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of CNY 1,700 for each day of delay, up to a maximum of 8% of the Contract Price. If the delay exceeds forty-five days, the Customer may terminate this Agreement under Article 14.
H:Article 6 Acceptance
P:6.1 After Go-Live the Customer shall run the Software in production for thirty days. During that period the Vendor shall demonstrate that:
P:(a) all converted patterns open without error and a sample of 300 patterns chosen by the Customer matches the legacy measurements within 0.5 mm;
P:(b) graded size sets produced for ten styles chosen by the Customer match the Customer's grading tables without manual correction;
P:(c) markers generated by the Marker Nesting module reach the fabric utilisation rates stated in Schedule 2;
P:(d) the plotter and cutter interface transfers markers without manual editing; and
P:(e) no Severity 1 defect is open.
P:6.2 When the criteria are met the Customer shall issue a Final Acceptance certificate within ten days. Installation, Go-Live, production use or any payment does not constitute acceptance. If the criteria are not met the Vendor shall correct the defects at its own cost and repeat the tests.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation and that the Services will be performed with due skill and care. The warranty period is twenty-four months from Final Acceptance.
P:7.2 During the warranty period the Vendor shall correct defects, supply new versions and provide the support described in Article 8 free of charge.
H:Article 8 Support
P:8.1 The Vendor shall operate a Mandarin-speaking support desk available from 08:00 to 20:00 China Standard Time on working days, with an emergency line at all other times for Severity 1 defects.
P:8.2 A Severity 1 defect means that graded patterns or markers cannot be produced. The Vendor shall respond to a Severity 1 defect within 1 hour and provide a workaround within eight hours. Severity 2 defects shall be responded to within one working day.
P:8.3 For each full hour by which the Vendor misses the Severity 1 response or workaround time, the Customer is entitled to a credit of CNY 1,000, deducted from the next payment due to the Vendor.
P:8.4 After the warranty period the Customer may order annual support. The annual support fee is 11% of the Licence Fee subtotal, that is CNY 165,440 per year, fixed for the first three support years. Any later change shall be agreed in writing and shall not exceed 3% per year. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:9.2 The Vendor's personnel may access the Customer's systems only through remote sessions approved and recorded by the Customer, using individual accounts. No Customer Data may be transferred outside the Customer's systems without the Customer's written consent.
P:9.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in containing it, and shall be liable for the resulting losses where the incident is caused by the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. The Customer's unreleased designs, collections and pricing are confidential information. These obligations continue for three years after the end of this Agreement.
H:Article 11 Intellectual Property
P:11.1 The Vendor retains all intellectual property rights in the Software.
P:11.2 The converted pattern library, the grading rules, the interface scripts and all other deliverables produced specifically for the Customer belong to the Customer from creation. The Customer may use, modify and license them freely, including to other software suppliers.
P:11.3 The Vendor shall indemnify the Customer against third-party claims that the Software infringes any intellectual property right.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, to infringement claims under Article 11.3, or to wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 This Agreement enters into force on signature by both parties. The licences survive any termination except termination for non-payment.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice describing the breach. The Customer may also terminate under Article 5.2.
P:14.3 If the Customer terminates before Final Acceptance, the Vendor shall refund the amounts paid for the parts of the Software and Services that the Customer returns or cannot use.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Italy.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Rules of the Chamber of Arbitration of Milan by a sole arbitrator. The seat of arbitration is Milan and the language is English.
H:Article 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be sent by courier or email to the addresses stated above.
P:16.3 This Agreement is signed in two originals in English, one for each party.
P:Schedule 1: Project plan. Schedule 2: Fabric utilisation targets by product family.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h223e02 -- Qingdao beer festival: ticketing SaaS, Order Form + General Terms (German vendor, Insel Wilhelmstein), .md
# ---------------------------------------------------------------------------------------------------------------
SRC["e02"] = """# Order Form No. ST-QD-2025-07

**Steinhuder Ticketing GmbH** -- Festival Ticketing Platform

This Order Form is entered into under, and incorporates, the Steinhuder Ticketing General Terms (Version 3.4) set out in Part B below. If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A -- Order Details

| Field | Details |
|---|---|
| Customer | Qingdao Haiqiao Festival Culture Development Co., Ltd., No. 9 Donghai West Road, Shinan District, Qingdao, Shandong, China |
| Vendor | Steinhuder Ticketing GmbH, Festung Wilhelmstein, Insel Wilhelmstein, 31515 Wunstorf, Germany |
| Event | Qingdao Harbour Beer Festival, 2025 and 2026 seasons |
| Service | Festival Ticketing Platform: online sales, WeChat and Alipay checkout, real-name ticketing, gate scanning, reporting |
| Order Date | the date of the Customer's signature below |
| Subscription Start Date | 1 May 2025 |
| Subscription Term | 24 months from the Subscription Start Date |
| Hosting location | Alibaba Cloud, Qingdao region (mainland China) |
| Currency | Chinese yuan (CNY), at the Customer's request |

**Fees**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Subscription Year 1 | fixed annual fee | 298,000 |
| Platform subscription, Subscription Year 2 | fixed annual fee | 298,000 |
| Setup and integration (payments, real-name verification, 64 gate scanners, reporting) | one-time | 84,000 |
| On-site festival support, 2025 season | per season | 46,000 |
| On-site festival support, 2026 season | per season | 46,000 |
| **Total Order Value** | | **772,000** |

No per-ticket or transaction fee is charged by the Vendor. Payment-channel fees charged by WeChat Pay and Alipay are paid by the Customer directly to those providers.

**Invoicing.** Invoice 1 (Setup and the Year 1 subscription, CNY 382,000) is issued on the Order Date and is payable within ten days, in any event before the Subscription Start Date. The Year 2 subscription is invoiced on the first day of Subscription Year 2. On-site support for each season is invoiced after the last day of that festival.

**Approved sub-processor.** Steinhuder Ticketing (Qingdao) Co., Ltd., the Vendor's subsidiary, which operates the hosting environment in the Qingdao region.

## Part B -- General Terms (Version 3.4)

### § 1 Scope

1.1 The Vendor provides the Festival Ticketing Platform (the "Service") as a hosted service for the Subscription Term, together with the setup and support services listed in the Order Form.

1.2 The Customer may allow its staff, ticket agents and gate contractors to use the Service for the Event. The Customer is responsible for their use of the Service.

1.3 The Vendor may improve the Service during the Subscription Term, provided that no change reduces its functions or security and that no new release is deployed during a festival period.

### § 2 Term

2.1 The Subscription Term is stated in the Order Form. The agreement ends automatically at the end of the Subscription Term. Any further season requires a new Order Form signed by both parties; there is no automatic renewal.

### § 3 Fees and Payment

3.1 Fees are set out in the Order Form and are fixed for the Subscription Term. All amounts are in CNY and include VAT at the applicable rate.

3.2 Invoices are payable by bank transfer within the period stated in the Order Form. If an undisputed invoice remains unpaid for more than thirty days after a reminder, the Vendor may suspend the Service after a further ten days' written notice, but never during a festival period.

3.3 The Customer may dispute an invoice in good faith by written notice stating its reasons; the undisputed part remains payable.

### § 4 Setup, Go-Live and Acceptance

4.1 The Vendor shall complete the setup and make the Service ready for Go-Live Testing by 15 April 2025.

4.2 Go-Live Testing shall demonstrate, in a test environment equal to production: (a) a load test at 8,000 completed ticket purchases per minute with a median page response below 1.5 seconds; (b) validation of a ticket at any gate scanner within 300 milliseconds, including offline mode; (c) exact reconciliation of one full test day of sales with the WeChat Pay and Alipay settlement files; and (d) real-name verification of ticket holders as required by the Qingdao public security authorities.

4.3 When all tests are passed, the Customer signs a Go-Live Acceptance certificate. Opening ticket sales, use of the Service in production or payment of any invoice is not acceptance.

4.4 If the Service is not ready for Go-Live Testing on the date in § 4.1 for reasons attributable to the Vendor, the Vendor pays the Customer CNY 900 for each day of delay, up to a maximum of CNY 45,000.

### § 5 Service Levels

5.1 The Vendor shall make the Service available at least 99.95% of the time in each calendar month, measured at the Vendor's public endpoints, excluding maintenance announced at least five days in advance. No maintenance may be scheduled during a festival period.

5.2 Incidents are classified by priority. A Priority 1 incident means that tickets cannot be sold or validated. The Vendor shall respond to a Priority 1 incident within 30 minutes, at any time of day, and shall restore service or provide a workaround within two hours.

5.3 If availability in a month falls below the level in § 5.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly equivalent. During a festival period, each full hour by which a Priority 1 response or restoration time is missed gives a further credit of CNY 2,000.

5.4 During each festival period the Vendor provides two support engineers on site at the festival grounds and a Mandarin-speaking remote team.

5.5 The Vendor shall send the Customer a monthly service report showing availability, incidents, response and restoration times and any credits due.

### § 6 Customer Data

6.1 All data entered into or generated by the Service for the Customer, including ticket-holder personal information, sales records and entry logs ("Customer Data"), belongs to the Customer.

6.2 The Vendor processes Customer Data only on the Customer's instructions and only to provide the Service. The Vendor does not use Customer Data for analytics, marketing or any other purpose and does not sell or share it.

6.3 At the end of the Subscription Term the Vendor shall return all Customer Data in CSV format within fifteen days and then delete it, and shall confirm the deletion in writing.

### § 7 Data Security

7.1 Customer Data is stored and processed only in the hosting location stated in the Order Form. The hosting environment holds a record at level 3 of the Multi-Level Protection Scheme.

7.2 The Vendor shall encrypt personal information in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs and comply with the Personal Information Protection Law and the Data Security Law.

7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take immediate remedial measures, and is responsible for the losses and regulatory penalties that the Customer suffers as a result of an incident caused by the Vendor or its sub-processor.

### § 8 Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including prices, attendance figures and security arrangements, and shall use it only for the purpose of the agreement. This obligation continues for three years after the end of the agreement.

### § 9 Intellectual Property

9.1 The Vendor retains all rights in the Service and its underlying software.

9.2 Seat and area maps, ticket designs, branded web pages and the Customer-specific configuration created for the Event belong to the Customer. The Customer may use, modify and license them without restriction, including with another ticketing provider.

### § 10 Sub-processors and Subcontractors

10.1 The sub-processor named in the Order Form is approved. The Vendor shall not engage any other sub-processor or subcontractor without the Customer's prior written consent, and remains responsible for every sub-processor and subcontractor.

### § 11 Liability

11.1 The Vendor's total aggregate liability arising out of or in connection with the agreement, whether in contract, tort or otherwise, shall not exceed CNY 160,000.

11.2 The limitation does not apply to liability for death or personal injury, for intent or gross negligence, or under § 7.3.

### § 12 Termination

12.1 Either party may terminate the agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. Failure of the Service during a festival period for more than six hours in total is a material breach.

12.2 On termination by the Customer for the Vendor's breach, the Vendor refunds prepaid fees for the period after termination.

12.3 On any termination or expiry, the Vendor shall support an orderly transfer of the Customer Data and configurations to the Customer or a successor provider for up to thirty days at no additional charge.

### § 13 Governing Law and Jurisdiction

13.1 The agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

13.2 The courts of Hanover, Germany, have exclusive jurisdiction for all disputes arising out of or in connection with the agreement.

### § 14 Miscellaneous

14.1 Amendments must be made in writing. The English version of the agreement is binding.

14.2 Neither party is liable for failure to perform caused by force majeure, provided that it informs the other party promptly. A public-health or public-security order cancelling the Event is force majeure for both parties.

14.3 Notices must be in writing and sent by email, with a copy by courier, to the addresses stated in the Order Form.

---

Signed for the Customer: ____________________  Date: __________

Signed for the Vendor: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# h223e03 -- Lianyungang laver farm: water-quality sensors (Scottish integrator, Eilean Musdile; buyer's paper), .docx
# ---------------------------------------------------------------------------------------------------------------
SRC["e03"] = """T:Contract for the Supply and Installation of a Water-Quality Monitoring System
P:Contract No. HZY-WQ-2025-014
P:Buyer: Lianyungang Haizhiyun Laver Aquaculture Co., Ltd., Ganyu District, Lianyungang, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Musdile Marine Instruments Ltd., Lismore Lighthouse Station, Eilean Musdile, Oban, Argyll, Scotland, United Kingdom (the "Supplier").
P:Recitals: The Buyer farms laver (Porphyra) on floating rafts over approximately 2,600 hectares of coastal water off Lianyungang. Sudden changes in temperature, salinity and nutrients cause disease and losses at harvest time. The Buyer has invited offers for a monitoring system that measures water quality across its sea areas in real time and warns its farm managers, and has selected the Supplier's offer. This Contract is written on the Buyer's standard form.
H:1. Definitions
P:1.1 "System" means the buoys, sensors, shore gateways, spare sensor kits and monitoring software listed in the Price Schedule, installed and configured as described in this Contract.
P:1.2 "Site" means the Buyer's sea areas and shore station in Ganyu District described in Annex A.
P:1.3 "Installation Certificate" means the certificate signed by the Buyer confirming that all buoys and gateways have been moored, installed and connected. It records completion of installation only.
P:1.4 "Final Acceptance" means the written acceptance of the System by the Buyer under Clause 6.
P:1.5 "Buyer Data" means all measurements, alarms, farm maps, user accounts and other data collected, generated or stored by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, moor, install, configure, calibrate and commission the System at the Site, train the Buyer's staff and provide the warranty and support described in this Contract.
P:2.2 Each buoy carries sensors for temperature, salinity, dissolved oxygen, turbidity, chlorophyll and nitrate, a solar power unit and a 4G and LoRa communication module. The monitoring software shall show live readings on maps and mobile phones, store the readings on the Buyer's server and send alarms by text message and WeChat when thresholds set by the Buyer are crossed.
P:2.3 The Buyer shall provide space and mains power at its shore station, access to its farm boats at agreed times and the network connection between the gateways and its server.
H:3. Price
P:3.1 The Contract Price is CNY 2,470,000. All prices are stated and payable in Chinese yuan at the Buyer's request and include delivery to the Site, import duties, customs clearance, taxes, installation vessels and all other costs of the Supplier. The prices are fixed.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter monitoring buoy with sensors|36|46,800|1,684,800
TB:Shore gateway with backup power|4|38,500|154,000
TB:Monitoring software, perpetual licence, 10 users|1|286,000|286,000
TB:Spare sensor kits|1 lot|62,000|62,000
TB:Equipment and Licence Subtotal|||2,186,800
TB:Mooring, installation and commissioning|1|238,000|238,000
TB:Calibration and training|1|45,200|45,200
TB:Contract Price|||2,470,000
H:4. Payment
P:4.1 The Buyer shall pay the Contract Price as follows, each time within thirty days after receiving the Supplier's correct VAT invoice:
P:(a) 10% (CNY 247,000) as an advance payment after signature of this Contract, against an advance payment guarantee from a bank acceptable to the Buyer;
P:(b) 55% (CNY 1,358,500) after the Installation Certificate has been signed; and
P:(c) 35% (CNY 864,500) after Final Acceptance.
P:4.2 The Installation Certificate and the payment under Clause 4.1(b) do not mean that the Buyer accepts the System.
H:5. Delivery, Installation and Delay
P:5.1 The Supplier shall deliver the System to the Site within seventy-five days after signature and complete installation within forty days after delivery, in the window between laver seasons agreed in Annex B.
P:5.2 Mooring work at sea must follow the Buyer's safety rules and the instructions of the local maritime authority.
P:5.3 If the Supplier fails to complete installation on time for reasons within its control, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds thirty days, the Buyer may terminate this Contract under Clause 14.
H:6. Tests and Final Acceptance
P:6.1 After installation the System shall run for a trial period of forty-five days. Final Acceptance requires that:
P:(a) every sensor reading agrees with calibrated reference measurements taken by the Lianyungang marine monitoring station on three separate days within the tolerances in Annex C;
P:(b) each buoy transmits readings at least every ten minutes and no buoy loses data for more than six consecutive hours;
P:(c) alarms reach the named farm managers within two minutes of a threshold being crossed;
P:(d) all data is stored on the Buyer's server and can be exported in CSV format; and
P:(e) the Supplier has delivered the as-built documentation, calibration certificates and training records.
P:6.2 If all criteria are met, the Buyer shall issue a Final Acceptance certificate within ten days. If any criterion is not met, the Supplier shall remedy the failure at its own cost and the trial period shall be repeated for the affected buoys. Use of the System during the trial period is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants that the System is new, free from defects in design, materials and workmanship and fit for continuous use in sea water. The warranty period is twenty-four months from Final Acceptance.
P:7.2 During the warranty period the Supplier shall repair or replace any defective item free of charge, including the cost of boats and divers, and shall recalibrate the sensors every three months.
P:7.3 Items repaired or replaced under warranty carry a new warranty for the remaining warranty period or six months, whichever is longer.
H:8. Support and Service Levels
P:8.1 Priority 1 means that a shore gateway is down or that more than a quarter of the buoys send no data. For a Priority 1 fault the Supplier shall respond within 1 hour, by telephone or remote session, and shall have a technician at the Site within 24 hours, weather permitting.
P:8.2 Other faults shall be responded to within one working day and repaired at the next scheduled maintenance visit.
P:8.3 For each hour by which the Supplier misses a Priority 1 response or attendance time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment due.
P:8.4 After the warranty period the Buyer may order annual support covering recalibration, sensor replacement and software updates. The annual support fee shall not exceed 8.5% of the Equipment and Licence Subtotal, that is CNY 185,878 per year, and is fixed for the first three support years. Support is ordered each year by purchase order and does not renew automatically.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Contract and shall not keep, use or disclose it for any other purpose.
P:9.2 Buyer Data is stored only on the Buyer's server in Lianyungang. The Supplier may access the System remotely only through the Buyer's VPN, with individual accounts and only for sessions approved by the Buyer. Sensor firmware must not send data to any other destination.
P:9.3 The Supplier shall protect the System against unauthorised access, shall notify the Buyer within twelve hours of any security incident affecting Buyer Data, and shall be liable for the Buyer's losses caused by an incident for which the Supplier is responsible.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's farm maps, production figures and prices, and shall not disclose it without prior written consent. This Clause survives termination for three years.
H:11. Intellectual Property
P:11.1 The Supplier retains the intellectual property in its standard software and firmware and grants the Buyer a perpetual licence to use them with the System.
P:11.2 The alarm rules, dashboards, farm maps, interface scripts and reports configured for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:13. Subcontracting
P:13.1 The Buyer approves by signing this Contract the mooring contractor named in Annex A. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent and remains responsible for all subcontracted work.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or under Clause 5.3.
P:14.2 On termination the Supplier shall refund the amounts paid for items not accepted, and the Buyer may claim its additional costs of completing the work.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by typhoons, sea ice or other events beyond its reasonable control, provided it notifies the other party within three days. Dates are extended by the period of the event.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Lianyungang Arbitration Commission for arbitration in Lianyungang. The award is final and binding.
H:17. Miscellaneous
P:17.1 This Contract is made in English and Chinese; both versions have equal effect. Annexes A to C form part of this Contract.
P:17.2 Notices shall be given in writing to the addresses above. No amendment is valid unless it is signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: __________    Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# h223e04 -- Xi'an semiconductor distributor: managed IT and service desk (Spanish provider, Isla del Fraile), .txt
# ---------------------------------------------------------------------------------------------------------------
SRC["e04"] = """MANAGED IT SERVICES AGREEMENT

Agreement reference: FMS-XA-2025-002

BETWEEN

(1) Xi'an Xinrui Semiconductor Components Distribution Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at Building 3, No. 56 Jinye Road, High-tech Zone, Xi'an, Shaanxi Province ("Customer"); and

(2) Fraile Managed Services S.L., a company incorporated in Spain, whose registered office is at Isla del Fraile, 30880 Aguilas (Murcia), Spain ("Provider").

BACKGROUND

(A) Customer distributes semiconductor components and modules to electronics manufacturers from its headquarters and warehouse in Xi'an and from sales offices in Shenzhen and Suzhou, with about 420 users.

(B) Customer wishes to outsource its IT service desk, end-user support and the day-to-day management of its servers and network, and Provider has offered to provide these services on the terms below. All charges are in Chinese yuan (CNY) at Customer's request.

SECTION 1 - DEFINITIONS

1.1 "Services" means the services described in Section 2 and the Service Description in Schedule 1.
1.2 "Service Commencement Date" means the day after Transition Acceptance.
1.3 "Transition" means the transfer of the Services from Customer's internal team to Provider under Section 4.
1.4 "Monthly Service Charge" means the fixed monthly charge stated in Section 6.
1.5 "Customer Data" means all data of Customer or its customers and suppliers that Provider can access in performing the Services, including order data, pricing, customer lists, personal information of employees and system credentials.

SECTION 2 - SERVICES

2.1 From the Service Commencement Date Provider shall provide:
  (a) a service desk, reachable by telephone, email and WeChat, in Mandarin and English, seven days a week and twenty-four hours a day;
  (b) on-site desktop support at the Xi'an headquarters on working days from 08:30 to 18:00, and next-business-day on-site support in Shenzhen and Suzhou;
  (c) monitoring and administration of 46 servers, the storage system, the backup system and the network equipment at all sites;
  (d) monthly patching of operating systems and standard software, in maintenance windows approved by Customer;
  (e) management of user accounts, e-mail and collaboration tools; and
  (f) IT asset management for laptops, desktops and mobile devices.
2.2 Services not described in Schedule 1, including new projects, are provided only on a separate written order.
2.3 Provider shall keep Customer's configuration database up to date and shall record every incident, request and change in a ticketing system that Customer can view at any time.

SECTION 3 - TERM

3.1 This Agreement starts on signature and continues until the end of thirty-six months after the Service Commencement Date (the "Initial Term").
3.2 This Agreement expires at the end of the Initial Term. Any extension must be agreed in writing by both parties, including the charges for the extension period. There is no automatic renewal.

SECTION 4 - TRANSITION

4.1 Provider shall carry out the Transition in accordance with the transition plan in Schedule 2 and shall complete it within forty-five days after signature.
4.2 Transition Acceptance requires that: (a) Provider has documented all servers, network devices and applications in a configuration database reviewed by Customer; (b) Provider's engineers have completed knowledge transfer sessions with Customer's IT staff for every service in Schedule 1; (c) runbooks for backup, restore, user administration and incident handling have been delivered; and (d) Provider has operated the service desk in parallel with Customer's team for ten working days without a missed Priority 1 response.
4.3 When the criteria are met Customer shall sign a Transition Acceptance certificate within five working days. Taking over tickets in the parallel period is not acceptance.
4.4 If Transition Acceptance is delayed beyond the period in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 60,000.

SECTION 5 - SERVICE LEVELS

5.1 Incidents are classified as follows:
  Priority 1 - the ERP, the warehouse system or the network at a site is unavailable, or more than fifty users cannot work: response within 15 minutes, resolution target six hours;
  Priority 2 - a business application is degraded or a group of users is affected: response within one hour, resolution target one business day;
  Priority 3 - a single user is affected: response within two business hours, resolution target three business days.
5.2 The service desk shall answer calls with an average speed of answer of no more than 45 seconds in each month.
5.3 If Provider misses the Priority 1 response time, Customer is entitled to a service credit of 2% of the Monthly Service Charge for each incident concerned. If more than five Priority 2 or Priority 3 incidents in a month miss their response time, Customer is entitled to a further credit of 1% of the Monthly Service Charge. Service credits in any month shall not exceed 10% of the Monthly Service Charge and are deducted from the next invoice.
5.4 Provider shall report its performance against the service levels each month and shall attend a monthly service review meeting with Customer.

SECTION 6 - CHARGES AND PAYMENT

6.1 The charges are:
  Transition fee (one-time): CNY 118,000
  Monthly Service Charge: CNY 68,500 x 36 months = CNY 2,466,000
  Total Contract Value: CNY 2,584,000
6.2 The transition fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No charges are payable in advance.
6.3 Customer shall pay each correct invoice within thirty days after receipt. The charges are fixed for the Initial Term and include all travel costs within mainland China.

SECTION 7 - CUSTOMER RESPONSIBILITIES

7.1 Customer shall provide Provider's engineers with desk space, network access and the administrator accounts needed to perform the Services, and shall appoint a service manager as Provider's main contact.
7.2 Customer remains responsible for its software licences and for decisions on changes to its systems.
7.3 Customer shall give Provider at least ten working days' notice of office moves, new sites or large changes in the number of users.

SECTION 8 - CUSTOMER DATA

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.
8.2 At the end of this Agreement Provider shall return all documentation and Customer Data in its possession to Customer.

SECTION 9 - CONFIDENTIALITY

9.1 Each party shall keep confidential any information of the other party that is marked confidential or that a reasonable person would regard as confidential, including Customer's prices, customer and supplier lists and business plans, and shall not disclose it to third parties without the other party's prior written consent.
9.2 The obligations in this Section continue for three years after the end of this Agreement.

SECTION 10 - INTELLECTUAL PROPERTY

10.1 Provider retains the rights in its own tools, methods and monitoring software.
10.2 Runbooks, scripts, knowledge-base articles, configuration records and reports produced for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider without restriction.

SECTION 11 - SUBCONTRACTING

11.1 Provider may subcontract any part of the Services, including on-site support in Shenzhen and Suzhou and out-of-hours service desk cover, to its affiliates or to third-party service companies by giving Customer written notice at least ten days before the subcontractor starts work.
11.2 Provider remains responsible for the performance of its subcontractors.

SECTION 12 - PERSONNEL

12.1 Provider shall assign a named service delivery manager and shall keep the key engineers named in Schedule 3 on the account for at least the first six months after the Service Commencement Date, except for illness or resignation.
12.2 Provider's personnel on Customer's premises shall follow Customer's site rules, including the rules of its bonded warehouse.
12.3 Customer may require Provider to replace any engineer whose conduct or performance is reasonably unsatisfactory.

SECTION 13 - LIABILITY

13.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.
13.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business, except in case of wilful misconduct.

SECTION 14 - DURATION AND REMEDIES

14.1 This Agreement may not be terminated before the end of the Initial Term by either party, except that Provider may suspend or terminate the Services if an undisputed invoice remains unpaid for more than sixty days after a written reminder.
14.2 Customer's remedies for any failure by Provider to meet the service levels or its other obligations are the service credits under Section 5.3 and damages under Section 13. Customer shall not terminate this Agreement or withhold the Monthly Service Charge on account of such failure.
14.3 Either party may terminate this Agreement by written notice if a force majeure event prevents the other party from performing for more than ninety consecutive days.
14.4 For sixty days before the end of this Agreement, Provider shall support the transfer of the Services to Customer or a successor provider and shall hand over all runbooks, configuration records and open tickets.

SECTION 15 - GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute that cannot be settled by negotiation within thirty days shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an. The arbitral award is final.

SECTION 16 - GENERAL

16.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.
16.2 Amendments are valid only if made in writing and signed by both parties.
16.3 This Agreement is made in English and Chinese. Both versions have equal effect.

Schedule 1 - Service Description. Schedule 2 - Transition Plan. Schedule 3 - Key Personnel.

Signed for Customer: ____________________    Signed for Provider: ____________________
Name: ____________________                   Name: ____________________
Date: __________                             Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# h223e05 -- Hainan coconut exporter: food-safety certificate API subscription (Italian vendor, Isola di
# Pellestrina), .txt
# ---------------------------------------------------------------------------------------------------------------
SRC["e05"] = """CERTIVERDE API SUBSCRIPTION AGREEMENT

No. CV-HN-2025-118

This Agreement is made on the date of the last signature below between:

Hainan Yelin Coconut Products Import and Export Co., Ltd., Qinglan Port Industrial Park, Wenchang, Hainan Province, People's Republic of China (the "Customer"); and

CertiVerde S.r.l., Strada Comunale dei Murazzi 112, Isola di Pellestrina, 30126 Venezia, Italy (the "Vendor").

The Customer exports coconut water, coconut milk, desiccated coconut and fresh coconuts to the European Union, the United Kingdom, the Middle East and Southeast Asia. Each consignment needs laboratory results and certificate data that meet the rules of the destination market. The Customer's quality team currently checks each consignment by hand against printed limit tables, which has led to consignments being held at destination ports. The Vendor operates the CertiVerde Certificate API, which checks consignment and laboratory data against destination-market food-safety rules and prepares certificate data. The parties agree as follows.

1. DEFINITIONS

In this Agreement:
(a) "API" means the CertiVerde Certificate API, its web console and documentation;
(b) "Call" means one request to the API for one consignment, whatever the number of products in it;
(c) "Customer Data" means all data the Customer or its systems submit to the API or that the API generates for the Customer, including laboratory reports, batch records, supplier and farm details, consignee names and addresses, and certificate drafts;
(d) "Onboarding" means the integration and configuration work described in clause 3; and
(e) "Service Start Date" means the day after Onboarding Acceptance.

2. THE SUBSCRIPTION

2.1 From the Service Start Date, for a subscription term of twenty-four months, the Vendor shall give the Customer access to the API to:
(a) check each consignment's laboratory results against the pesticide residue limits, mycotoxin limits, microbiological criteria and labelling rules of the destination country;
(b) check that laboratory reports come from accredited laboratories and are complete;
(c) prepare certificate data in the formats required by the destination authorities and by the China customs single-window system; and
(d) keep a traceability record linking each consignment to its batches, processing plant and farms.
2.2 The subscription includes 800 Calls per month. Unused Calls do not carry over.
2.3 The Vendor keeps the rules database up to date as destination-market rules change and publishes a change log in the web console.
2.4 The Agreement ends at the end of the subscription term. A further subscription requires a new written agreement; this Agreement does not renew automatically.
2.5 The Vendor may add new functions to the API. It shall give the Customer at least thirty days' notice before removing any function or changing the API in a way that requires changes to the Customer's integration.

3. ONBOARDING

3.1 The Vendor shall connect the API to the Customer's ERP system and to its customs declaration software, map the Customer's product codes and laboratory report formats, and train the Customer's quality and export staff.
3.2 The Vendor will aim to complete Onboarding within sixty days after signature. These dates are estimates, and the Vendor shall have no liability for any delay in Onboarding.
3.3 Onboarding Acceptance requires that:
(a) fifty historical consignments chosen by the Customer are processed through the API, and the results match the Customer's manual checks with no mismatch;
(b) certificate data for ten test consignments is accepted without error by the test environment of the customs single-window system;
(c) the ERP integration creates and updates consignment records automatically; and
(d) the Customer's staff have completed training.
3.4 When these criteria are met the Customer shall sign an Onboarding Acceptance certificate within five working days. Use of the API in production before that date is not acceptance.
3.5 The Customer shall make its ERP test environment and the relevant staff available as reasonably required for Onboarding.

4. FEES AND PAYMENT

4.1 All fees are in Chinese yuan (CNY), as requested by the Customer, and include VAT and all taxes:
Onboarding fee (one-time): CNY 46,000
Subscription fee: CNY 14,800 per month for 24 months = CNY 355,200
Total fees: CNY 401,200
4.2 Calls above the monthly allowance are charged at CNY 3.50 per Call and invoiced monthly with the subscription fee.
4.3 The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee is invoiced monthly in arrears. Nothing is payable in advance.
4.4 The Customer shall pay each correct invoice within thirty days after receipt by bank transfer to the Vendor's account in China stated on the invoice.
4.5 The subscription fee is fixed for the subscription term.
4.6 If the Customer disputes part of an invoice in good faith, it shall pay the undisputed part, and the parties shall settle the disputed part by negotiation.

5. SUPPORT

5.1 The Customer may submit questions and fault reports through the support portal or by email. The Vendor will use commercially reasonable efforts to make the API available and to answer support requests during its normal business hours.
5.2 The Vendor does not commit to any availability level, response time or resolution time, and no service credits or other compensation apply if the API is unavailable or slow.
5.3 The Vendor shall announce planned maintenance in the web console in advance where reasonably possible.

6. RESPONSIBILITY FOR CERTIFICATES

6.1 The API supports the Customer's own checks. The Customer remains responsible for the accuracy of the data it submits and for the certificates and declarations it makes to the authorities.
6.2 The Vendor shall correct any error in the rules database promptly after it becomes aware of it and shall inform the Customer of errors that may have affected consignments already checked.
6.3 With each check result the Vendor shall state the rule references and the version of the rules database used, so that the Customer can show them to the authorities.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer.
7.2 The Vendor processes Customer Data only to provide the API and the Onboarding to the Customer. The Vendor shall not use Customer Data, in identifiable, aggregated or anonymised form, for benchmarking, product development, market reports or any other purpose, and shall not disclose it to third parties.
7.3 At any time during the term the Customer may export its Customer Data from the web console. Within thirty days after the end of this Agreement the Vendor shall delete all Customer Data and confirm the deletion in writing.

8. DATA SECURITY

8.1 Customer Data is hosted in mainland China, in the Alibaba Cloud Hangzhou region, by the hosting provider named in Annex 2.
8.2 The Vendor maintains an information security management system certified to ISO 27001, encrypts Customer Data in transit and at rest, limits access to named staff using multi-factor authentication, and keeps access logs for at least six months.
8.3 The Vendor shall notify the Customer within 24 hours after discovering any unauthorised access to, or loss or disclosure of, Customer Data, shall take all reasonable steps to contain the incident and shall compensate the Customer for the losses the incident causes where the Vendor or its hosting provider is at fault.

9. CONFIDENTIALITY

9.1 Each party shall treat as confidential the other party's non-public business, technical and financial information received under this Agreement, including the Customer's buyers, volumes and prices, and shall use it only to perform this Agreement.
9.2 This clause continues to apply for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 The Vendor owns the API, the rules database and its software.
10.2 The product-code mappings, report templates and integration code produced for the Customer in Onboarding belong to the Customer, which may use, modify and license them freely.
10.3 The Vendor shall defend the Customer against any claim that the API infringes a third party's intellectual property right and shall pay any damages awarded against the Customer.

11. SUBCONTRACTING

11.1 The hosting provider named in Annex 2 is approved by the Customer's signature. The Vendor shall not use any other subcontractor or sub-processor without the Customer's prior written consent.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 4.1.
12.2 The limit does not apply to breach of clauses 7, 8 or 9, or to fraud or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of it.
13.2 On termination by the Customer under clause 13.1, the Vendor shall refund any fees paid for the period after termination and shall make Customer Data available for export for thirty days.

14. GOVERNING LAW AND DISPUTES

14.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute shall be referred to the Hainan International Arbitration Court for arbitration in Haikou in accordance with its rules. The award is final and binding.

15. GENERAL

15.1 This Agreement, with Annex 1 (API documentation) and Annex 2 (hosting provider), is the entire agreement on its subject.
15.2 Amendments must be in writing and signed by both parties.
15.3 Neither party may assign this Agreement without the other party's written consent.
15.4 Notices shall be sent by email and by courier to the addresses stated above.
15.5 This Agreement is signed in English in two originals.

For the Customer: ____________________    For the Vendor: ____________________
Name and title: ______________________    Name and title: ______________________
Date: __________                          Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, plans (the labels decided before writing the text), prices and the figures each label rests on.
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": "h223z01_provincial_samr_elevator_safety_platform.docx",
    "z02": "h223z02_auto_glass_distortion_inspection_equipment.pdf",
    "z03": "h223z03_pet_hospital_chain_records_booking_saas.md",
    "z04": "h223z04_city_waste_sorting_platform_annual_om.txt",
    "z05": "h223z05_sausage_maker_wms_supplier_template.md",
    "e01": "h223e01_sportswear_pattern_grading_licences_it_vendor.pdf",
    "e02": "h223e02_beer_festival_ticketing_saas_order_form_de_vendor.md",
    "e03": "h223e03_laver_farm_water_sensors_buyer_paper.docx",
    "e04": "h223e04_semiconductor_distributor_managed_it_service_desk.txt",
    "e05": "h223e05_coconut_exporter_certificate_api_subscription.txt",
}

BASE = dict(sla=True, remedy=True, ip="buyer", dsec=True, owns=True, conf=True, ld_stated=True, cap=None,
            prepay=None, acc=True, final=None, deemed=False, warranty=None, pwf=None, capped=None, auto=False,
            term=True, sub=False, law="PRC", forum_mainland=True, fee_base=None, availability=None)


def plan(**kw):
    p = dict(BASE)
    p.update(kw)
    return p


PLAN = {
    "z01": plan(language="zh", category="software", kind="goods_or_licence", value=3170000, availability=99.95,
                p1=0.5, ld=0.1, prepay=25, final=True, warranty=36, pwf=9, capped=True, fee_base=1854000,
                rules=[], risk="low"),
    "z02": plan(language="zh", category="hardware", kind="goods_or_licence", value=2840000, p1=0.5, ld=0.08,
                prepay=20, final=True, warranty=18, pwf=24, capped=True, fee_base=2670000,
                rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], risk="high"),
    "z03": plan(language="zh", category="cloud", kind="service", value=830000, availability=99.5, p1=0.5, ld=0.1,
                cap=150, conf=False, auto=True,
                rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], risk="medium"),
    "z04": plan(language="zh", category="services", kind="service", value=960000, availability=99.95, p1=6,
                ld=0.07, cap=50, rules=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"], risk="medium"),
    "z05": plan(language="zh", category="software", kind="goods_or_licence", value=1010000, p1=48, remedy=False,
                ip="supplier", owns=False, ld=0.02, cap=10, prepay=55, acc=False, final=False, deemed=True,
                warranty=3, pwf=None, capped=False, sub=None, fee_base=528000,
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                       "CR-WARRANTY"], risk="high"),
    "e01": plan(language="en", category="software", kind="goods_or_licence", value=1884000, p1=1,
                ld=1700 / 1884000 * 100, cap=150, prepay=20, final=True, warranty=24, pwf=11, capped=True,
                fee_base=1504000, law="Italy", forum_mainland=False, rules=["CR-GOVERNING-LAW"], risk="low"),
    "e02": plan(language="en", category="cloud", kind="service", value=772000, availability=99.95, p1=0.5,
                ld=900 / 772000 * 100, cap=160000 / 772000 * 100, prepay=382000 / 772000 * 100, law="Germany",
                forum_mainland=False, rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
                risk="medium"),
    "e03": plan(language="en", category="hardware", kind="goods_or_licence", value=2470000, p1=1, ld=0.1,
                cap=200, prepay=10, final=True, warranty=24, pwf=8.5, capped=True, fee_base=2186800,
                rules=[], risk="low"),
    "e04": plan(language="en", category="services", kind="service", value=2584000, p1=0.25,
                ld=2000 / 2584000 * 100, cap=150, dsec=False, term=False, sub=True,
                rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"], risk="high"),
    "e05": plan(language="en", category="cloud", kind="service", value=401200, sla=False, p1=None, remedy=False,
                ld=None, ld_stated=False, cap=150,
                rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high"),
}
for _k, _p in PLAN.items():
    _p["file"] = FILES[_k]

# price lines (must sum to the contract value), payments (amount, % of value), post-warranty fee (base, %, amount)
PRICES = {
    "z01": dict(lines=[1260000, 685000, 412000, 300 * 1980, 88000, 131000], products=[1260000, 300 * 1980],
                pay=[(792500, 25), (1585000, 50), (792500, 25)], fee=(9, 166860)),
    "z02": dict(lines=[2 * 1080000, 318000, 2 * 96000, 146000, 24000], products=[2 * 1080000, 318000, 2 * 96000],
                pay=[(568000, 20), (1420000, 50), (710000, 25), (142000, 5)], fee=(24, 640800)),
    "z03": dict(lines=[9600 * 35 * 2, 158000], quarterly=(84000, 8, 9600 * 35 * 2)),  # 8 quarters = subscription
    "z04": dict(lines=[372000, 186000, 298000, 64000, 40000], quarterly=(240000, 4, 960000)),
    "z05": dict(lines=[420000, 385000, 24 * 4500, 97000], products=[420000, 24 * 4500],
                pay=[(555500, 55), (454500, 45)]),
    "e01": dict(lines=[28 * 38500, 12 * 21000, 6 * 29000, 186000, 92000, 58000, 44000],
                products=[28 * 38500, 12 * 21000, 6 * 29000], pay=[(376800, 20), (847800, 45), (659400, 35)],
                fee=(11, 165440)),
    "e02": dict(lines=[298000, 298000, 84000, 46000, 46000], advance=84000 + 298000),
    "e03": dict(lines=[36 * 46800, 4 * 38500, 286000, 62000, 238000, 45200],
                products=[36 * 46800, 4 * 38500, 286000, 62000],
                pay=[(247000, 10), (1358500, 55), (864500, 35)], fee=(8.5, 185878)),
    "e04": dict(lines=[118000, 68500 * 36]),
    "e05": dict(lines=[46000, 14800 * 24]),
}

# the figures / phrases each labelled term rests on (whitespace-insensitive for zh, whitespace-collapsed for en)
EVIDENCE = {
    "z01": ["3,170,000", "1,854,000", "25%作为预付款", "792,500", "1,585,000", "视为甲方已验收合格", "三十六个月",
            "9%", "166,860", "99.95%", "30分钟内响应", "每超时1小时扣减人民币1,500元", "归甲方所有", "1小时内报告甲方",
            "保密义务", "按合同总价的0.1%", "事先取得甲方书面同意", "有权书面通知解除本合同", "不自动续期",
            "本合同适用中华人民共和国法律"],
    "z02": ["2,840,000", "2,670,000", "20%作为预付款", "568,000", "1,420,000", "710,000", "142,000",
            "十八个月", "24%", "640,800", "四个维保年度内", "30分钟内远程响应", "每超时1小时向甲方支付违约金800元",
            "万分之八", "归甲方所有", "保密义务", "事先取得甲方书面同意", "甲方有权解除合同", "不自动续期",
            "福州仲裁委员会"],
    "z03": ["830,000", "672,000", "158,000", "84,000", "本合同不设预付款", "实施验收确认书", "千分之一", "99.5%",
            "30分钟内响应", "减免当月订阅费的5%", "均归甲方所有", "24小时内通知甲方", "自动续订二十四个月",
            "乙方有权根据市场情况调整", "事先取得甲方书面同意", "150%", "甲方有权书面通知解除本合同",
            "成都仲裁委员会"],
    "z04": ["960,000", "240,000", "本合同不设预付款", "99.95%", "6小时内响应", "每超时1小时扣减服务费500元",
            "万分之七", "合同总价的50%", "归甲方所有", "1小时内向甲方报告", "保密义务", "不得将本合同服务转包或分包",
            "甲方有权书面通知解除本合同", "本合同不自动续期", "本合同适用中华人民共和国法律", "终期验收"],
    "z05": ["1,010,000", "55%", "555,500", "454,500", "即视为甲方验收合格", "三个月的免费维护服务", "48小时内响应",
            "不因响应或处理超时向甲方承担任何扣款、赔偿或违约金", "当年度公布的价目表", "知识产权，均归乙方所有",
            "脱敏、汇总处理后", "万分之二", "合同总价的10%", "保密义务", "守约方有权解除本合同", "广州仲裁委员会"],
    "e01": ["CNY 1,884,000", "1,504,000", "20% (CNY 376,800)", "45% (CNY 847,800)", "35% (CNY 659,400)",
            "not acceptance", "CNY 1,700 for each day of delay", "twenty-four months from Final Acceptance",
            "within 1 hour", "credit of CNY 1,000", "11% of the Licence Fee subtotal", "CNY 165,440",
            "does not renew automatically", "Customer Data belongs to the Customer", "within 24 hours",
            "150% of the Contract Price", "prior written consent", "material breach", "laws of Italy",
            "Chamber of Arbitration of Milan", "Isola di Burano", "Chinese yuan (CNY)"],
    "e02": ["772,000", "CNY 382,000", "before the Subscription Start Date", "99.95%", "within 30 minutes",
            "service credit of 5%", "CNY 900 for each day of delay", "Go-Live Acceptance certificate",
            "belongs to the Customer", "within 24 hours", "CNY 160,000", "prior written consent",
            "there is no automatic renewal", "material breach", "Federal Republic of Germany", "courts of Hanover",
            "Insel Wilhelmstein", "Chinese yuan (CNY)"],
    "e03": ["2,470,000", "2,186,800", "10% (CNY 247,000)", "55% (CNY 1,358,500)", "35% (CNY 864,500)",
            "0.1% of the Contract Price for each day of delay", "twenty-four months from Final Acceptance",
            "respond within 1 hour", "CNY 600", "8.5% of the Equipment and Licence Subtotal", "CNY 185,878",
            "does not renew automatically", "Buyer Data belongs to the Buyer", "within twelve hours",
            "200% of the Contract Price", "prior written consent", "material breach",
            "laws of the People's Republic of China", "Lianyungang Arbitration Commission", "Eilean Musdile",
            "Chinese yuan"],
    "e04": ["CNY 2,584,000", "CNY 68,500 x 36 months = CNY 2,466,000", "No charges are payable in advance",
            "Transition Acceptance certificate", "CNY 2,000 for each day of delay", "within 15 minutes",
            "service credit of 2%", "Customer Data belongs to Customer", "150% of the Total Contract Value",
            "by giving Customer written notice", "shall not terminate this Agreement", "There is no automatic renewal",
            "laws of the People's Republic of China", "Xi'an Arbitration Commission", "Isla del Fraile",
            "Chinese yuan (CNY)"],
    "e05": ["CNY 401,200", "CNY 14,800 per month for 24 months = CNY 355,200", "Nothing is payable in advance",
            "Onboarding Acceptance certificate", "commercially reasonable efforts",
            "does not commit to any availability level, response time or resolution time",
            "no liability for any delay", "Customer Data belongs to the Customer", "within 24 hours",
            "150% of the total fees", "prior written consent", "does not renew automatically", "material breach",
            "laws of the People's Republic of China", "Hainan International Arbitration Court",
            "Isola di Pellestrina", "Chinese yuan (CNY)"],
}

# ---------------------------------------------------------------------------------------------------------------
# Checks, build, labels, read-back.
# ---------------------------------------------------------------------------------------------------------------
THRESHOLD_VALUES = {"prepay": 30, "ld": 0.05, "cap": 100, "availability": 99.9, "p1": 4, "warranty": 12, "pwf": 15}


def check_prices():
    for key, pr in PRICES.items():
        p = PLAN[key]
        assert sum(pr["lines"]) == p["value"], (key, sum(pr["lines"]), p["value"])
        if "products" in pr:
            assert sum(pr["products"]) == p["fee_base"], (key, sum(pr["products"]), p["fee_base"])
        if "pay" in pr:
            assert sum(a for a, _ in pr["pay"]) == p["value"], key
            assert sum(pct for _, pct in pr["pay"]) == 100, key
            for amount, pct in pr["pay"]:
                assert amount * 100 == p["value"] * pct, (key, amount, pct)
            if p["prepay"] is not None:
                assert pr["pay"][0][1] == p["prepay"], key
        if "fee" in pr:
            pct, amount = pr["fee"]
            assert round(p["fee_base"] * pct / 100, 6) == amount, (key, pct, amount)
            assert pct == p["pwf"], key
        if "quarterly" in pr:
            amount, n, of = pr["quarterly"]
            assert amount * n == of, (key, amount, n, of)
        if "advance" in pr:
            assert abs(pr["advance"] / p["value"] * 100 - p["prepay"]) < 1e-12, key


def check_plan_values():
    for key, p in PLAN.items():
        for field, thr in THRESHOLD_VALUES.items():
            if p[field] is not None:
                assert abs(p[field] - thr) > 1e-9, (key, field, p[field])
        t = tco(p)
        if t is not None:
            assert abs(t[2] - 40) > 1e-6, (key, "TCO share", t[2])
        assert apply_rules(p) == sorted(p["rules"]), (key, apply_rules(p), p["rules"])
        assert risk(p["rules"]) == p["risk"], (key, risk(p["rules"]), p["risk"])
        # labelling conventions (holdout18/19)
        if p["kind"] == "service":
            assert p["warranty"] is None and p["pwf"] is None and p["capped"] is None, key
            assert p["final"] is None, key
        if p["kind"] == "goods_or_licence":
            assert p["final"] is not None and p["capped"] is not None, key
    # the mix: 2 compliant, 1 single low finding, 6 with two or three, 1 with about ten
    sizes = sorted(len(p["rules"]) for p in PLAN.values())
    assert sizes.count(0) == 2, sizes
    single = [k for k, p in PLAN.items() if len(p["rules"]) == 1]
    assert len(single) == 1 and SEVERITY[PLAN[single[0]]["rules"][0]] == "low", single
    assert sum(1 for n in sizes if n in (2, 3)) == 6, sizes
    assert sum(1 for n in sizes if 9 <= n <= 11) == 1, sizes
    fired = {r for p in PLAN.values() for r in p["rules"]}
    assert fired == set(SEVERITY), sorted(set(SEVERITY) - fired)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [para.text for para in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def norm(text, zh):
    return re.sub(r"\s+", "", text) if zh else re.sub(r"\s+", " ", text)


def main():
    self_test()
    check_prices()
    check_plan_values()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: (n, n.rsplit(".", 1)[1]) for k, n in FILES.items() if n.endswith((".docx", ".pdf"))}
    for key, name in FILES.items():
        if key not in built:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)

    for key, p in PLAN.items():
        lab = label(p)
        assert lab["expected_rules"] == sorted(p["rules"]), key
        (OUT / (FILES[key].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")

    problems = []
    print("\n%-62s %5s %7s %7s %6s  %s" % ("file", "lang", "chars", "non-ws", "words", "risk / rules"))
    for key, name in FILES.items():
        p = PLAN[key]
        zh = p["language"] == "zh"
        text = read_back(OUT / name)
        flat = norm(text, zh)
        for ev in EVIDENCE[key]:
            if norm(ev, zh) not in flat:
                problems.append((name, "figure not found", ev))
        for variant in (text, flat):
            for hit in threshold_hits(variant):
                problems.append((name, "threshold", hit))
        nonws = len(re.sub(r"\s", "", text))
        words = len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])
        if zh:
            if not (2800 <= nonws <= 3300 and 2800 <= len(text) <= 3300):
                problems.append((name, "length", len(text), nonws))
        else:
            if not (1500 <= words <= 1700 and 1500 <= len(text.split()) <= 1700):
                problems.append((name, "words", words, len(text.split())))
        t = tco(p)
        extra = "" if t is None else "  TCO %.0f share %.2f%%" % (t[0], t[2])
        print("%-62s %5s %7d %7d %6d  %s %s%s" % (name, p["language"], len(text), nonws, words, p["risk"],
                                                  ",".join(r[3:] for r in sorted(p["rules"])) or "-", extra))
    if problems:
        for pr in problems:
            print("PROBLEM", pr)
        raise SystemExit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
