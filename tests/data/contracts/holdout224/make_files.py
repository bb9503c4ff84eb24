"""holdout224 — ten ORDINARY draft contracts (no tricks), written blind from policy.md / API.md.

Run with /work/main/.venv/bin/python make_files.py. It
- writes the .md / .txt contracts from the sources below and builds the .docx / .pdf ones through ../word_pdf.py
  (write(..., wrap_words=True); the .docx price tables are real Word tables);
- asserts every price line, total and payment split, and that every labelled figure appears in the text;
- re-applies the policy §3 rules (and the §4 TCO share) to the labels and asserts the result equals the plan;
- writes the .json labels (holdout18/19 format, json.dumps(..., ensure_ascii=False, indent=1), no trailing newline);
- reads every built file back (python-docx paragraphs + tables, pypdf, plain text), counts its length and fails if a
  threshold regex matches (the regexes are self-tested first).
No project code is imported or run.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------------------------
# Thresholds of policy §3 / §4 in every spelling the drafts could use (digits, Chinese numerals, English words).
# --------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZH_DIGIT = "零一二三四五六七八九十百点"
THRESHOLD_RES = {
    "availability 99.9 %": [r"99\.90*(?![0-9])", r"百分之九十九点九(?![" + ZH_DIGIT + r"0-9])",
                             r"ninety[- ]nine point nine\b(?![- ](?:one|two|three|four|five|six|seven|eight|nine))"],
    "P1 response 4 h": [r"(?<![0-9.])4\s*-?\s*(?:个\s*)?(?:工作\s*)?(?:小时|钟头)",
                        r"(?<![0-9.])4\s*-?\s*(?:business\s+|working\s+|clock\s+)?(?:hours?|hrs?|h)\b",
                        r"(?<![十二三四五六七八九零])四\s*个?\s*(?:工作\s*)?(?:小时|钟头)",
                        r"\bfour[- ](?:business[- ]|working[- ]|clock[- ])?hours?\b", r"(?<![0-9.])240\s*(?:分钟|minutes?)"],
    "LD 0.05 %/day": [r"(?<![0-9.])0?\.050*" + PCT, r"万分之五(?![" + ZH_DIGIT + r"0-9])", r"千分之零点五",
                      r"(?<![0-9.])0\.5\s*‰", r"(?<![0-9.])5\s*‱", r"five\s+(?:one-)?ten[- ]thousandths?"],
    "prepayment 30 %": [r"(?<![0-9.])30(?:\.0+)?" + PCT, r"百分之三十(?![" + ZH_DIGIT + r"0-9])", r"\bthirty" + PCT,
                        r"(?<![十0-9])三成"],
    "liability cap 100 %": [r"(?<![0-9.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![" + ZH_DIGIT + r"0-9])",
                            r"\bone\s+hundred" + PCT],
    "warranty 12 months": [r"(?<![0-9.])12\s*-?\s*(?:个\s*)?(?:月|months?\b)", r"(?<![一二三四五六七八九])十二\s*个?\s*月",
                           r"\btwelve[- ]months?\b", r"(?<![0-9第每十.])(?:1|一)\s*个?\s*年(?!度|级)",
                           r"\b(?:one|1)[- ]years?\b", r"\ba\s+year\b"],
    "post-warranty fee 15 %": [r"(?<![0-9.])15(?:\.0+)?" + PCT, r"百分之十五(?![" + ZH_DIGIT + r"0-9])",
                               r"\bfifteen" + PCT],
    "TCO share 40 %": [r"(?<![0-9.])40(?:\.0+)?" + PCT, r"百分之四十(?![" + ZH_DIGIT + r"0-9])", r"\bforty" + PCT,
                       r"(?<![十0-9])四成"],
    "TCO horizon 5 years": [r"(?<![0-9.])5\s*-?\s*(?:个\s*)?(?:年(?!度)|years?\b)", r"(?<![十0-9])五\s*个?\s*年(?!度|级)",
                            r"\bfive[- ]years?\b", r"(?<![0-9.])60\s*-?\s*(?:个\s*)?(?:月|months?\b)",
                            r"六十\s*个?\s*月", r"\bsixty[- ]months?\b"],
}
THRESHOLD_RX = {k: re.compile("|".join("(?:%s)" % p for p in v), re.I) for k, v in THRESHOLD_RES.items()}

SELF_TEST_HIT = ["99.9%", "99.90 %", "百分之九十九点九", "ninety-nine point nine per cent", "4小时", "4 个小时", "四小时",
                 "四个工作小时", "4 hours", "4-hour", "four hours", "4 business hours", "240分钟", "0.05%", ".05 %",
                 "万分之五", "千分之零点五", "0.5‰", "30%", "30 %", "30 per cent", "百分之三十", "thirty per cent", "三成",
                 "100%", "百分之百", "百分之一百", "one hundred percent", "12个月", "12 months", "12-month", "十二个月",
                 "twelve months", "一年", "1年", "one year", "one-year", "a year", "15%", "百分之十五", "fifteen per cent",
                 "40%", "百分之四十", "forty per cent", "四成", "5年", "五年", "five years", "5-year", "60个月",
                 "60 months", "sixty months"]
SELF_TEST_MISS = ["99.95%", "99.5%", "百分之九十九点九五", "24小时", "二十四小时", "14 hours", "24 hours", "24/7",
                  "0.5%", "0.08%", "万分之八", "万分之五十", "130%", "35%", "百分之三十五", "1000%", "150%",
                  "百分之一百五十", "2025年", "2021年度", "第一年", "每一年", "3 months", "18个月", "二十四个月",
                  "115%", "0.15%", "45%", "百分之四十五", "2030 年", "十五年", "year one", "each year", "per year",
                  "25 years", "6 hours", "30 minutes", "30日", "40 days", "15 days", "百分之十", "10%"]


def self_test():
    for s in SELF_TEST_HIT:
        assert any(rx.search(s) for rx in THRESHOLD_RX.values()), "regex misses %r" % s
    for s in SELF_TEST_MISS:
        hits = [k for k, rx in THRESHOLD_RX.items() if rx.search(s)]
        assert not hits, "regex wrongly hits %r (%s)" % (s, hits)


def threshold_hits(text):
    out = []
    for k, rx in THRESHOLD_RX.items():
        for m in rx.finditer(text):
            out.append((k, m.group(0), text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")))
    return out


# --------------------------------------------------------------------------------------------------------------
# Policy §3 rules and §4 TCO, applied to the labels (my reading of policy.md, written for this check only).
# --------------------------------------------------------------------------------------------------------------
HORIZON = 5


def tco(meta, t, x):
    """(TCO, post-warranty share %) or None when not computable / not applicable."""
    if t["contract_kind"] != "goods_or_licence" or not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] is None:
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * meta["fee_base"] * post_years
    total = x["contract_value"] + fees
    return total, fees / total * 100


def apply_rules(meta, t, x):
    r = set()
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or not meta["forum_mainland"]:
        r.add("CR-GOVERNING-LAW")
    share = tco(meta, t, x)
    if share is not None and share[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def on_threshold(t, x, meta):
    """Labelled figures that sit exactly on a threshold (must be empty)."""
    bad = []
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12), ("post_warranty_fee_pct", 15)]
    for k, v in checks:
        if t[k] is not None and abs(t[k] - v) < 1e-9:
            bad.append(k)
    share = tco(meta, t, x)
    if share is not None and abs(share[1] - 40) < 1e-9:
        bad.append("tco share")
    return bad


PLAN = {}      # key -> dict(file, fmt, lang, category, terms, extra, rules, meta, figures, sums)
SOURCES = {}   # key -> text (md/txt) or word_pdf markup (docx/pdf)

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(**kw):
    assert set(kw) == set(TERM_KEYS), set(kw) ^ set(TERM_KEYS)
    return {k: kw[k] for k in TERM_KEYS}


def extra(kind, sla_clause, ld_stated, deemed, value, capped=None):
    d = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        assert capped is not None
        d["post_warranty_fee_capped"] = capped
    else:
        assert capped is None
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


def plan(key, file, fmt, lang, category, t, x, rules, meta, figures, sums):
    """sums: [(what, [parts], total)] — each must add up exactly."""
    PLAN[key] = dict(file=file, fmt=fmt, lang=lang, category=category, terms=t, extra=x, rules=sorted(rules),
                     meta=meta, figures=figures, sums=sums)


# ============================================================== h224z01 (zh, .txt) — compliant
H224Z01 = """青屿区退役军人服务平台建设项目政府采购合同

项目名称：青屿区退役军人服务平台建设项目
项目编号：QYCG-2025-GK-0416
采购方式：公开招标
合同编号：QYTJ-HT-2025-031

采购人（甲方）：南湖市青屿区退役军人事务局
地址：南湖市青屿区滨江路88号

供应商（乙方）：江城启明信息技术有限公司
地址：江城市高新区科创大道1209号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书（编号QYCG-ZB-2025-0416），甲乙双方经协商一致，签订本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分；上述文件内容不一致的，以本合同为准。

第一条 项目内容
（一）乙方为甲方建设青屿区退役军人服务平台（以下简称“平台”），覆盖区服务中心、街镇服务站和村社区服务站三级，主要包括：退役军人信息采集与档案管理、优待证申领与审核、就业创业服务与岗位对接、帮扶援助与困难救助审批、走访慰问记录、政策咨询与诉求办理、移动端微信小程序以及数据统计分析驾驶舱。
（二）平台部署在南湖市政务云，云资源由甲方提供。乙方负责应用系统的安装、配置、定制开发、数据迁移、联调测试、人员培训及质保期内的运行保障。
（三）乙方应按需求规格说明书完成定制开发，并完成与省退役军人信息管理系统、市政务服务统一身份认证平台及区人社就业信息系统的接口对接。

第二条 合同价款
（一）本合同总价为人民币1,366,000元（大写：壹佰叁拾陆万陆仟元整），为固定总价，已包含软件许可、开发、实施、税费及质保期内服务等全部费用。分项如下：
1. 平台软件许可（永久使用权，不限用户数）：486,000元；
2. 定制开发（优待证、帮扶援助、走访慰问、就业对接四个业务模块及小程序、驾驶舱）：612,000元；
3. 数据迁移与治理（历史台账约4.6万条，清洗、校核、导入）：138,000元；
4. 部署实施与培训（三级服务站操作培训不少于十场）：94,000元；
5. 等级保护测评及商用密码应用安全性评估配合：36,000元。
（二）除本合同另有约定外，甲方不再承担合同总价以外的任何费用。

第三条 付款方式
（一）合同签订且乙方提交等额有效发票后十个工作日内，甲方支付合同总价的20%作为预付款，即273,200元。
（二）平台通过初步验收后十个工作日内，甲方支付合同总价的45%，即614,700元。
（三）平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即478,100元。
（四）乙方应在合同签订前向甲方提交合同总价5%的履约保证金，即68,300元，最终验收合格后无息退还。

第四条 实施进度
（一）乙方应在合同签订之日起90日内完成开发、部署和数据迁移，并书面提交初步验收申请。
（二）初步验收通过后平台进入试运行，试运行期为60日。
（三）试运行期满，且不存在未关闭的一级、二级问题的，乙方可申请最终验收。

第五条 验收
（一）初步验收标准：1. 需求规格说明书所列功能逐项测试通过；2. 在500个并发用户条件下，常用查询页面平均响应时间不超过3秒；3. 迁移记录与原始台账逐条核对一致，核对中发现的差错已全部更正；4. 与省、市、区三个外部系统的接口联调通过，且连续7日无数据丢失。
（二）最终验收标准：1. 试运行期间平台累计可用率不低于99.95%；2. 第三方测评机构出具的安全测评报告无高危漏洞，中危漏洞已整改完毕；3. 乙方已提交源代码、数据库设计说明、接口文档、运维手册和培训记录；4. 甲方组织的专家评审意见为合格。
（三）验收由甲方组织，乙方配合。平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。

第六条 质量保证与服务水平
（一）质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、因政策调整引起的小范围功能修改，并提供7×24小时技术支持热线。
（二）质保期内平台月可用率不低于99.95%，计划内维护时间除外；计划维护须提前3个工作日经甲方同意。
（三）故障分级响应：一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个模块不可用）应在1小时内响应，当日内恢复；三级故障（一般性问题）应在下一个工作日内处理完毕。
（四）乙方未达到上述响应或恢复时限的，每超时1小时，甲方可从履约保证金或应付款中扣除800元；月可用率每低于约定值0.01个百分点，扣除1,000元。扣款不免除乙方继续履行及整改的义务。
（五）质保期满后，甲方如需乙方继续提供运维服务，双方另行签订运维合同。年度运维服务费不超过平台软件许可费的10%，即每年不超过48,600元，质保期满后三年内不得上调；该运维合同期满不自动续期。

第七条 知识产权
（一）乙方为本项目定制开发的软件（包括源代码、接口程序、数据库设计）及全部文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
（二）平台软件许可部分的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
（三）乙方保证所交付成果不侵犯第三方合法权利，否则由乙方承担全部责任。

第八条 数据安全
（一）平台中的退役军人个人信息、业务数据及日志均归甲方所有，乙方仅为履行本合同而接触和处理，不得用于其他任何目的，不得留存、复制或向第三方提供。
（二）乙方应按网络安全等级保护第三级要求落实安全措施，包括访问控制、敏感字段加密存储和操作日志审计；乙方人员远程运维须经甲方审批，并通过甲方堡垒机进行。
（三）发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
（四）合同终止时，乙方应将全部数据完整移交甲方，删除其掌握的数据副本，并出具书面删除证明。

第九条 保密
乙方对履行本合同过程中知悉的甲方工作秘密、退役军人个人信息及其他非公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。乙方应与参与本项目的全部人员签订保密协议。本条在合同终止后继续有效。

第十条 违约责任
（一）乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；违约金累计不超过合同总价的10%。
（二）乙方交付成果存在质量问题，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。

第十一条 分包与转包
本项目不允许分包。乙方不得将本合同的全部或部分义务转包给第三方。

第十二条 合同解除
乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知乙方解除本合同，并要求乙方赔偿由此造成的损失。

第十三条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在10日内提供证明；双方可根据影响程度协商延期履行或部分免除责任。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。

第十五条 其他
本合同一式六份，甲方四份，乙方二份，具有同等法律效力，自双方法定代表人或授权代表签字并加盖公章之日起生效。

甲方（盖章）：南湖市青屿区退役军人事务局
授权代表（签字）：
日期：2025年　月　日

乙方（盖章）：江城启明信息技术有限公司
授权代表（签字）：
日期：2025年　月　日
"""
SOURCES["h224z01"] = H224Z01
plan("h224z01", "h224z01_district_veterans_service_platform.txt", "txt", "zh", "software",
     terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
           prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
           post_warranty_fee_pct=10, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
     extra("goods_or_licence", True, True, False, 1366000, capped=True),
     [], dict(forum_mainland=True, fee_base=486000),
     ["99.95%", "30分钟内响应", "万分之八", "20%作为预付款", "二十四个月", "软件许可费的10%", "48,600", "1,366,000",
      "扣除800元", "本项目不允许分包", "适用中华人民共和国法律"],
     [("price", [486000, 612000, 138000, 94000, 36000], 1366000),
      ("payments", [273200, 614700, 478100], 1366000),
      ("20/45/35 %", [1366000 * 20 // 100, 1366000 * 45 // 100, 1366000 * 35 // 100], 1366000),
      ("fee 10 % of licence", [48600], 486000 // 10),
      ("bond 5 %", [68300], 1366000 * 5 // 100)])

# ============================================================== h224z02 (zh, .docx) — POST-WARRANTY-FEE, TCO
H224Z02 = """T:自动光学检测（AOI）设备采购及维保合同
P:合同编号：CY-SB-2025-0287
P:买方（甲方）：江门澄源电路科技有限公司，地址：江门市蓬江区棠下镇工业大道16号
P:卖方（乙方）：苏州睿检光电设备有限公司，地址：苏州市吴中区越溪街道吴中大道2588号
P:鉴于甲方为新建的多层板二厂采购自动光学检测设备，乙方经甲方询价比选被确定为供应商，双方依据《中华人民共和国民法典》，就设备供货、安装调试、培训及质保期满后的维保服务达成如下协议。
H:1 合同标的与价格
P:1.1 乙方向甲方提供下表所列AOI检测设备、复判工作站及配套软件，并负责运输、安装、调试、与甲方MES系统对接和人员培训。
TB:序号|名称|型号|数量|单价（元）|金额（元）
TB:1|双面自动光学检测设备（内层/外层线路）|RJ-AOI 860D|4台|465,000|1,860,000
TB:2|阻焊及文字终检AOI|RJ-FAI 520|2台|392,000|784,000
TB:3|缺陷复判工作站（VRS）|RJ-VRS 30|6台|38,500|231,000
TB:4|AOI编程与SPC分析软件（永久授权，全厂站点）|RJ-Studio 7|1套|126,000|126,000
TB:—|设备及软件小计（第1至4项）|—|—|—|3,001,000
TB:5|安装调试及MES系统对接|—|1项|148,000|148,000
TB:6|操作、编程及维修培训|—|1项|36,000|36,000
TB:—|合同总价（含税）|—|—|—|3,185,000
P:1.2 合同总价为人民币3,185,000元，含13%增值税、包装、运输、保险、安装调试及培训费用，合同履行期间不作调整。
H:2 交货与安装
P:2.1 乙方应在合同生效后75日内将全部设备运至甲方二厂指定位置，并在到货后20日内完成安装调试。
P:2.2 设备到货时双方共同开箱清点，签署到货签收单。到货签收单仅确认数量与外观，不代表设备质量验收合格。
P:2.3 乙方负责设备就位、接线及与甲方MES系统的数据对接，使每块板的检测结果、缺陷坐标和复判结论按料号、批次实时上传MES。
P:2.4 设备在甲方签收前的毁损、灭失风险由乙方承担。
H:3 付款
P:3.1 合同生效且乙方提交预付款保函后十个工作日内，甲方支付合同总价的10%作为预付款，即318,500元。
P:3.2 全部设备到货签收后十五个工作日内，甲方支付合同总价的50%，即1,592,500元。
P:3.3 设备最终验收合格后十五个工作日内，甲方支付合同总价的35%，即1,114,750元。
P:3.4 合同总价的5%即159,250元作为质量保证金，于质保期满且无未解决的质量问题后十五个工作日内无息支付。
H:4 验收
P:4.1 安装调试完成后，乙方书面提出验收申请，甲方在7日内组织验收，验收按以下标准逐项进行：
P:（1）使用甲方提供的标准缺陷样板（含开路、短路、缺口、残铜、针孔、线宽超差等十二类缺陷），每台设备连续检测三次，漏检数均为零；
P:（2）在甲方量产料号上连续抽检2,000面，每面平均假点数不超过25个；
P:（3）610mm×710mm板面单面检测时间不超过18秒；
P:（4）设备连续72小时稳定运行，无一级故障；
P:（5）MES对接数据与设备本地记录逐批核对一致。
P:4.2 全部标准达到后，双方签署最终验收报告。设备安装完成、投入试生产或甲方支付任何款项，均不视为验收合格。验收未通过的，乙方应在10日内整改并重新验收。
P:4.3 验收所需的标准缺陷样板和测试料号由甲方提供，乙方工程师参加验收的费用由乙方自行承担。
H:5 质保与服务响应
P:5.1 质保期为自最终验收合格之日起十八个月。质保期内，乙方免费更换损坏部件（光源、相机、运动平台等易损件除外的全部部件），免费提供软件升级和远程技术支持。
P:5.2 故障分级及响应：一级故障（设备停机导致所在产线停线）乙方应在30分钟内电话响应，6小时内派工程师到场，24小时内修复；二级故障（设备可运行但性能下降）2小时内响应，48小时内修复；其他问题在3个工作日内处理。
P:5.3 乙方未按上述时限响应、到场或修复的，每超时1小时，乙方应向甲方支付1,500元；一级故障超过24小时仍未修复的，乙方还应免费提供备用设备，直至故障设备修复。
P:5.4 乙方在江门设服务网点，常备关键备件，确保一级故障的到场时限。
P:5.5 质保期内同一部件累计发生三次以上故障的，乙方应免费更换同型号新部件。
H:6 质保期满后的维保服务
P:6.1 质保期满后，乙方继续为全部设备及软件提供维保服务，内容包括定期保养（每季度一次）、故障维修、部件更换、软件升级和算法参数优化。
P:6.2 维保年费按设备及软件小计的23%计取，即每年人民币690,230元，按季度支付，自质保期满之日起执行，维保期为质保期满后四个年度。维保期内年费不作上调。
P:6.3 维保期内的服务响应标准与本合同第5.2条、第5.3条相同。维保期满后双方另行协商，不自动续期。
P:6.4 维保期内乙方每季度提交保养报告，列明设备运行状况、更换部件及改进建议，经甲方确认后作为当季维保费的支付依据。
H:7 知识产权
P:7.1 乙方为甲方料号编制的检测程序、MES接口程序及报表模板的知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。
P:7.2 设备内置软件及RJ-Studio软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供设备和软件不侵犯第三方知识产权。
H:8 数据安全
P:8.1 甲方提供的Gerber资料、工艺参数，以及设备产生的缺陷图像和检测数据均属于甲方，乙方只能为履行本合同使用，不得拷贝、带离或用于其他目的。
P:8.2 乙方远程诊断须事先取得甲方批准，并通过甲方指定的VPN通道进行，全程记录。设备或硬盘返厂维修前，存储介质应留在甲方或由乙方在甲方监督下擦除。
P:8.3 发生数据泄露或被非法访问的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:9 保密
P:9.1 乙方对在履行本合同中获知的甲方客户名称、料号、产品设计及工艺信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后三年内继续有效。
H:10 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第8条、第9条造成的损失不受此限。
H:11 分包
P:11.1 乙方不得将本合同义务分包或转包。设备吊装、搬运如需委托专业单位，须事先取得甲方书面同意，乙方对其行为承担全部责任。
H:12 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 甲方因乙方违约解除合同的，已交付设备由乙方自费取回。
H:13 不可抗力
P:13.1 因不可抗力致使合同不能按期履行的，受影响方应在事件发生后3日内通知对方并提供证明，履行期限相应顺延。
H:14 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交江门仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:15 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章且乙方提交预付款保函之日起生效。
P:甲方（盖章）：江门澄源电路科技有限公司　　授权代表：　　　　日期：
P:乙方（盖章）：苏州睿检光电设备有限公司　　授权代表：　　　　日期：
"""
SOURCES["h224z02"] = H224Z02
plan("h224z02", "h224z02_pcb_aoi_inspection_equipment_maintenance.docx", "docx", "zh", "hardware",
     terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
           prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
           post_warranty_fee_pct=23, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
     extra("goods_or_licence", True, True, False, 3185000, capped=True),
     ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], dict(forum_mainland=True, fee_base=3001000),
     ["30分钟内电话响应", "千分之一", "两倍为限", "10%作为预付款", "十八个月", "设备及软件小计的23%", "690,230",
      "3,185,000", "3,001,000", "1,500元", "书面同意", "适用中华人民共和国法律"],
     [("price lines", [4 * 465000, 2 * 392000, 6 * 38500, 126000], 3001000),
      ("price lines shown", [1860000, 784000, 231000, 126000], 3001000),
      ("price", [3001000, 148000, 36000], 3185000),
      ("payments", [318500, 1592500, 1114750, 159250], 3185000),
      ("10/50/35/5 %", [3185000 * 10 // 100, 3185000 * 50 // 100, 3185000 * 35 // 100, 3185000 * 5 // 100], 3185000),
      ("fee 23 % of subtotal", [690230], 3001000 * 23 // 100)])

# ============================================================== h224z03 (zh, .md) — AUTO-RENEWAL, SLA-AVAILABILITY
H224Z03 = """# 家园共育与收费管理云服务合同

**合同编号：** HM-IT-2025-019

**甲方（客户）：** 成都禾苗幼教集团有限公司（下属直营幼儿园共28所）
**地址：** 成都市武侯区科华北路62号

**乙方（服务商）：** 上海童讯网络科技有限公司
**地址：** 上海市闵行区紫星路588号2幢

甲方拟为其下属28所幼儿园统一使用家园沟通与收费管理系统，乙方以软件即服务（SaaS）方式提供“童讯园丁”云平台及实施服务。双方经友好协商，订立本合同。

## 一、服务内容

1. 家园沟通：班级通知、成长档案、请假与接送登记、家长满意度问卷。
2. 收费管理：学费、餐费、兴趣班费用的线上缴费，退费审批，与银行到账逐笔对账，电子收据。
3. 园务管理：幼儿考勤、晨检记录、教职工排班，以及集团层面的经营数据看板。
4. 实施服务：28所园区的账号与组织架构配置、收费项目配置、历史缴费数据导入、与甲方财务系统的对账接口开发、园长及教师培训。
5. 平台同时提供家长端微信小程序、教师端App和集团管理后台，三端数据实时同步。

## 二、服务期限

1. 实施期自合同生效之日起45日。
2. 订阅服务期为三年，自实施验收合格之日起计算。
3. 服务期满前60日内任何一方未书面提出不续约的，本合同自动续期，每次续期两年。续期期间乙方有权按其届时公布的标准价目调整订阅单价，并提前30日通知甲方，甲方在续期期间不得以调价为由提前终止。
4. 续期期间的其他条款与本合同相同。

## 三、费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 28所园 × 9,800元/园/年 = 274,400元/年，共三年 | 823,200 |
| 实施费 | 一次性，含配置、数据导入、对账接口、培训 | 96,000 |
| 合同总价 |  | 919,200 |

1. 合同总价为人民币919,200元（含6%增值税）。短信通道费和支付渠道手续费由甲方按实际发生额另行承担，不计入合同总价。
2. 本合同不设预付款。订阅费按季度后付，每季度结束后15日内，甲方凭乙方发票支付当季订阅费68,600元，共十二期。
3. 实施费96,000元在实施验收合格后15个工作日内一次性支付。
4. 初始服务期内订阅单价不作调整；园区数量增减的，按实际开通园区数和使用月数相应调整当季订阅费。

## 四、实施与验收

1. 乙方应在实施期内完成全部28所园区的上线，并提交实施验收申请。
2. 实施验收标准：（1）28所园区的账号、班级及幼儿档案全部开通并经园长确认；（2）导入的历史缴费记录与甲方原台账逐笔核对一致；（3）连续两个收费周期内线上缴费与银行到账逐笔对账无差错；（4）与甲方财务系统的对账接口连续10个工作日运行正常；（5）培训覆盖全部园长及班主任并有签到记录。
3. 各园区上线使用、甲方支付订阅费均不视为实施验收合格。验收不合格的，乙方应在10日内整改后重新验收。
4. 实施期内，乙方应为每所园区安排至少一次现场或视频上线辅导，并在各园区首个收费周期内提供远程值守支持。

## 五、服务水平

1. 乙方承诺平台月度可用率不低于99.5%。可用率按（当月总分钟数－不可用分钟数）÷当月总分钟数计算，经甲方同意的计划内维护除外。
2. 故障分级：一级故障指全部或多数园区无法登录、家长端无法缴费或收费通道中断，乙方应在15分钟内响应，2小时内恢复；二级故障指单一园区或单一功能不可用，1小时内响应，8小时内恢复；一般问题在2个工作日内解决。
3. 服务补偿：月度可用率每低于承诺值0.1个百分点，乙方减免当季订阅费的2%；一级故障未按时响应的，每次向甲方支付500元。补偿可在下期费用中直接扣减。
4. 乙方提供工作日8:00至20:00的电话客服，以及面向园长的专属客户经理。
5. 乙方每月5日前向甲方提交上月服务报告，列明可用率、故障记录及处理情况。
6. 因电信运营商或支付渠道的全局性故障造成的中断，不计入不可用时间，但乙方应及时通知甲方并尽力协助恢复。

## 六、数据与信息安全

1. 平台中的幼儿、家长和教职工个人信息、缴费记录及其他业务数据均属于甲方，乙方仅为提供本合同服务而处理，不得用于营销、画像或其他任何目的，也不得向第三方提供。
2. 数据存储于中国境内。乙方应采取加密存储与传输、权限分级、操作日志留存不少于6个月等措施，访问生产数据须经审批并全程留痕，对儿童个人信息实行专门保护，并配合甲方履行取得监护人同意等义务。
3. 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方因此遭受的全部损失，包括对家长的赔偿和行政处罚。
4. 合同终止后30日内，乙方应按甲方要求导出并移交全部数据，随后彻底删除并出具删除证明。
5. 乙方应每年委托具备资质的第三方机构对平台进行渗透测试，并将结论摘要提供给甲方。

## 七、双方的其他义务

1. 乙方应为甲方指派专职实施顾问，实施期内每周提交进度报告。
2. 平台新版本上线前，乙方应提前7日通知甲方并提供更新说明，且不得降低甲方已在使用的功能。
3. 乙方应每半年组织一次线上回访培训，对甲方新入职教师的培训免费提供。
4. 甲方应指定项目负责人，及时提供组织架构、收费标准和历史缴费台账。
5. 甲方负责向家长告知平台的个人信息处理规则，并取得法律要求的同意。

## 八、保密

双方对在合作中获知的对方商业信息、经营数据和个人信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。

## 九、知识产权

1. 平台软件的知识产权归乙方所有。
2. 乙方为甲方专门开发的对账接口程序、定制报表以及园所宣传模板，知识产权归甲方所有，甲方可自由使用、修改并许可第三方使用。

## 十、分包

乙方使用的云服务商为阿里云（华东2区域），甲方签署本合同即表示同意。除此之外，乙方不得将本合同项下的服务分包给第三方；确需分包的，应事先取得甲方书面同意。

## 十一、违约责任

1. 乙方未按期完成实施的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
2. 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但违反第六条、第八条或因故意、重大过失造成的损失除外。

## 十二、合同解除

1. 乙方严重违约，或连续两个月未达到第五条第1款可用率承诺的，经甲方书面催告后10日内未改正，甲方有权解除本合同，并仅需支付截至解除之日已实际提供服务的费用。
2. 合同解除或终止后，乙方应继续提供30日的数据导出协助。
3. 甲方逾期支付订阅费超过30日的，乙方可书面催告，但不得因此删除或锁定甲方数据。

## 十三、不可抗力

因地震、洪水等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。

## 十四、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

## 十五、其他

本合同附件包括：附件1 功能清单；附件2 实施计划；附件3 服务水平考核表。附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都禾苗幼教集团有限公司　　代表：＿＿＿＿　　日期：＿＿＿＿

乙方（盖章）：上海童讯网络科技有限公司　　代表：＿＿＿＿　　日期：＿＿＿＿
"""
SOURCES["h224z03"] = H224Z03
plan("h224z03", "h224z03_kindergarten_chain_family_fee_saas.md", "md", "zh", "cloud",
     terms(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.06, liability_cap_pct=150,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
     extra("service", True, True, False, 919200),
     ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], dict(forum_mainland=True),
     ["99.5%", "15分钟内响应", "万分之六", "150%为限", "本合同不设预付款", "自动续期", "调整订阅单价", "919,200",
      "当季订阅费的2%", "书面同意", "适用中华人民共和国法律"],
     [("subscription per year", [28 * 9800], 274400),
      ("price", [274400 * 3, 96000], 919200),
      ("price shown", [823200, 96000], 919200),
      ("quarterly payments", [68600] * 12 + [96000], 919200)])

# ============================================================== h224z04 (zh, .pdf) — CONFIDENTIALITY, LD-LOW
H224Z04 = """T:临江市气象数据平台运行维护服务合同
P:项目名称：临江市气象局气象数据平台运行维护服务项目
P:项目编号：LJQX-2025-TP-007（竞争性谈判）
P:采购人（甲方）：临江市气象局
P:地址：临江市东湖区气象路9号
P:成交供应商（乙方）：临江云岫信息科技有限公司
P:地址：临江市高新区创新二路77号
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性谈判文件、乙方的响应文件及成交通知书，甲乙双方就气象数据平台运行维护服务事项订立本合同。谈判文件、响应文件和成交通知书是本合同的组成部分。
H:一、服务范围
P:（一）运维对象：气象数据共享平台、气象预警信息发布系统、气象公众服务网站及其所依托的服务器、数据库、中间件和网络安全设备（设备清单见附件1）。
P:（二）服务内容：日常监控与巡检、故障处置、应用系统缺陷修复与小版本升级、数据库性能优化、数据备份与恢复演练、安全加固与漏洞整改、汛期及重大天气过程保障、运维文档编制。服务期内甲方因业务需要少量增加运维对象的，乙方应予配合，增加的工作量不超过原工作量一成的，不另行计费。
P:（三）服务期自2025年4月1日起至2026年3月31日止。
P:（四）运维对象主要包括：应用服务器16台、数据库服务器4台、存储2套、防火墙及入侵防御设备各2台，气象数据共享平台（V3.2）和与国家突发事件预警信息发布系统对接的预警信息发布系统。
H:二、合同价款与支付
P:（一）合同总价为人民币750,000元，为包干价，由以下部分组成：驻场运维服务（2名工程师工作日驻场，汛期及重大天气过程实行7×24小时值守）456,000元；应用系统维护与缺陷修复168,000元；数据库、中间件及服务器巡检优化72,000元；网络安全加固与应急演练54,000元。
P:（二）甲方不预付任何款项。服务费按季度支付，每季度考核结束且乙方提交合格发票后十个工作日内，甲方支付当季服务费187,500元，并扣除当季依第四条产生的扣款。
P:（三）乙方开具的发票应列明服务期间及扣款金额。
H:三、服务要求
P:（一）乙方应派驻具有三年以上运维经验的工程师2名，名单经甲方确认，未经甲方同意不得更换。乙方另设二线专家组，提供远程及现场技术支撑。
P:（二）日常巡检每日两次，形成巡检记录；每季度提交运维报告，内容包括系统运行状况、故障统计、性能分析、安全事件及改进建议。
P:（三）汛期（每年5月至9月）前，乙方应完成全部系统的汛前检查、备份验证和应急预案演练，并提交汛前保障报告。
P:（四）乙方应建立配置管理台账，系统变更须提前提交变更方案，经甲方批准后实施，并做好回退准备。
P:（五）乙方应每月对数据备份进行一次恢复抽检，每季度组织一次全量恢复演练，并记录恢复时间和结果。
P:（六）启动气象灾害应急响应Ⅲ级及以上期间，乙方应增派一名工程师到场值守，直至应急响应解除，相关费用已包含在合同总价中。
P:（七）乙方应每季度进行一次漏洞扫描，高危漏洞在7日内完成整改，中危漏洞在30日内完成整改，并将整改报告报送甲方。
H:四、服务水平与考核
P:（一）气象预警信息发布系统及气象数据共享平台的月可用率不低于99.95%。
P:（二）故障分级响应：一级故障（预警信息无法发布、雷达或自动站数据接入中断、平台整体不可用）乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障（部分功能不可用或数据延迟超过10分钟）30分钟内响应，8小时内恢复；三级故障在2个工作日内解决。
P:（三）考核扣款：响应或恢复每超时30分钟，扣款500元；月可用率每低于承诺值0.01个百分点，扣款800元；季度考核得分低于80分的，另扣当季服务费的5%。扣款在当季服务费中直接扣除。
P:（四）季度考核由甲方依据附件2考核细则组织，考核结果经双方签字确认，作为当季服务验收及付款的依据。
P:（五）每次一级故障处置完毕后，乙方应在24小时内提交故障分析报告，说明原因、处置过程及防范措施。
P:（六）乙方应在每月前5个工作日内向甲方提交上月可用率统计和故障清单，并附监控系统截图。
H:五、验收
P:（一）每季度服务按第四条考核，考核得分不低于80分且无未整改的一级故障的，视为当季服务验收合格。
P:（二）服务期满后，甲方组织终验，终验标准为：全年各季度考核合格；运维文档、配置台账、巡检记录和应急演练记录完整；系统安全测评中无未整改的高危漏洞；全部账号权限已按甲方要求移交或注销。
P:（三）终验不合格的，乙方应在15日内整改，整改期间的服务不另行计费。
H:六、数据安全
P:（一）平台中的气象观测数据、预警信息、用户信息及日志均属于甲方，乙方仅可为履行本合同在甲方授权范围内访问，不得复制、存储于自有设备或向任何第三方提供，不得用于其他任何目的。
P:（二）乙方应遵守《网络安全法》《数据安全法》及网络安全等级保护第三级的要求：运维操作一律通过甲方堡垒机进行并留存审计日志；运维账号实名分配，人员离场当日注销；禁止使用未经甲方登记的移动存储介质。
P:（三）发生数据泄露、篡改、丢失或网络攻击等安全事件的，乙方应在30分钟内向甲方报告，立即启动应急处置并保存证据；因乙方原因导致安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
P:（四）服务期满或合同解除时，乙方应交回全部访问凭证，并书面确认未留存甲方任何数据。
H:七、知识产权
P:乙方在服务过程中编写的运维文档、脚本、配置基线、应急预案及对应用系统所作的修改，知识产权归甲方所有，甲方可自由使用和修改，并可交由后续服务商使用。
H:八、甲方的权利和义务
P:（一）甲方为乙方驻场人员提供必要的办公场所和网络接入条件。
P:（二）甲方指定信息中心负责人作为项目联系人，负责变更审批、考核和验收组织。
P:（三）甲方有权对乙方的服务过程进行监督检查，对不符合要求的工作提出整改意见。
P:（四）甲方应按合同约定及时支付服务费。
H:九、违约责任
P:（一）乙方未按约定时间完成季度运维报告、汛前保障准备或系统升级任务的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方派驻人员擅自离岗或未经同意更换的，每人每日扣款600元。
P:（三）因乙方原因导致预警信息未能按时发布的，乙方除承担上述责任外，还应赔偿由此给甲方造成的损失。
H:十、分包
P:乙方不得将本合同服务的全部或部分分包、转包给第三方。
H:十一、合同解除
P:乙方严重违约，或连续两个季度考核得分低于80分，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期间和考核结果结算费用。
H:十二、合同期限
P:本合同服务期满即终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。服务期满或合同解除时，乙方应在15日内完成工作交接，并配合新服务商完成过渡。交接内容包括全部账号口令、配置台账、运维文档和未关闭的问题清单。
H:十三、不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方，并在不可抗力消除后继续履行。汛期强降雨、台风等可以预见的天气过程，不属于乙方可以免责的不可抗力。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:十五、其他
P:本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。附件：1. 运维设备及系统清单；2. 季度考核细则。
P:甲方（盖章）：临江市气象局　　代表签字：
P:乙方（盖章）：临江云岫信息科技有限公司　　代表签字：
P:签订日期：2025年3月　日
"""
SOURCES["h224z04"] = H224Z04
plan("h224z04", "h224z04_city_meteorological_platform_annual_om.pdf", "pdf", "zh", "services",
     terms(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.03, liability_cap_pct=None,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
     extra("service", True, True, False, 750000),
     ["CR-CONFIDENTIALITY", "CR-LD-LOW"], dict(forum_mainland=True),
     ["99.95%", "15分钟内响应", "万分之三", "甲方不预付任何款项", "750,000", "扣款500元", "不自动续期",
      "不得将本合同服务的全部或部分分包", "适用中华人民共和国法律"],
     [("price", [456000, 168000, 72000, 54000], 750000),
      ("quarterly payments", [187500] * 4, 750000)])

# ============================================================== h224z05 (zh, .md) — supplier's template, many problems
H224Z05 = """# 软件许可及定制开发服务合同

> 质衡软件标准合同文本 ZH-QMS-V4.0（本文本由乙方提供，空白处按项目填写）

**合同编号：** 【ZH-2025-0638】

**甲方（用户）：** 【镇江恒醇香醋股份有限公司】
**住所：** 【镇江市丹徒区谷阳镇醋香路18号】

**乙方（许可方）：** 杭州质衡信息技术有限公司
**住所：** 杭州市西湖区文三路259号昌地火炬大厦11层

甲方因质量管理需要，拟使用乙方拥有著作权的“质衡QMS”质量管理软件，并委托乙方根据甲方酿造工艺进行定制开发。双方确认已仔细阅读并充分理解本合同全部条款，经协商一致订立本合同。

## 第1条 定义

1.1 “标准软件”：乙方享有著作权的质衡QMS质量管理软件V6版本，包括检验管理、不合格品管理、供应商质量、计量器具和文件管理模块。

1.2 “定制开发”：乙方根据甲方需求在标准软件之上开发的功能，包括固态发酵工艺过程记录、醋醅及原料（糯米、麸皮、稻壳）检验、陈酿批次追溯与召回模拟、标签打印及留样管理、HACCP及ISO 22000记录表单。

1.3 “上线”：乙方将标准软件及定制开发功能部署至甲方服务器并开通甲方用户账号。

1.4 “工作日”：中国法定工作日，不含周六、周日及法定节假日。

## 第2条 合同价款

| 项目 | 数量 | 金额（元） |
|---|---|---|
| 质衡QMS标准软件许可（永久，50个并发用户） | 1套 | 420,000 |
| 定制开发（见第1.2条） | 1项 | 356,000 |
| 实施与培训 | 1项 | 64,000 |
| 合计 |  | 840,000 |

2.1 合同总价为人民币840,000元（含税）。

2.2 甲方需要增加用户数、模块或需求变更的，按乙方当时的报价另行计费。

2.3 合同总价不含服务器、数据库、操作系统等第三方软硬件费用，由甲方自行采购。

## 第3条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即462,000元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%，即378,000元。

3.3 甲方逾期付款的，乙方有权暂停实施及技术支持服务，由此导致的工期顺延由甲方负责。

3.4 乙方在收到每笔款项后开具增值税专用发票。

## 第4条 项目实施

4.1 乙方在收到预付款后90日内完成定制开发并部署上线，甲方应配合提供工艺资料、服务器环境和测试数据。

4.2 甲方在实施过程中提出需求变更的，实施期限相应顺延。

4.3 乙方可根据项目需要调整实施人员，并将调整情况告知甲方。

4.4 甲方应指定项目联系人，并在乙方提出要求后3个工作日内确认需求说明书；逾期未确认的，视为甲方认可乙方编写的需求说明书。项目实施过程中形成的会议纪要经双方签字后作为本合同的补充。

4.5 乙方可采用远程方式完成部署和培训；甲方要求现场服务的，差旅费用由甲方另行承担。培训为系统操作培训，共两次，每次不超过20人。

## 第5条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后如发现问题，可向乙方提出，乙方将在后续版本中统筹考虑。

5.3 甲方在上线后使用系统处理业务的，视为对系统功能和质量的确认。

## 第6条 维护服务

6.1 乙方自系统上线之日起提供三个月的免费维护服务，内容为远程故障排查和缺陷修复。

6.2 免费维护期内故障响应：一级故障（系统无法登录或主要功能无法使用）乙方在接到甲方报修后10小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。乙方将尽力在合理时间内排除故障，但不对修复时间作出承诺，亦不因响应或修复延迟承担任何赔偿或违约责任。

6.3 免费维护期满后，甲方如需继续获得维护、升级和技术支持服务，应与乙方另行签订维护合同，维护费按乙方届时公布的服务价格标准执行。

6.4 以下情况不属于维护范围：甲方或第三方修改系统、操作不当、服务器或网络环境故障、病毒感染、甲方自行升级数据库或操作系统。

6.5 维护服务以远程方式为主，现场服务另行收费。免费维护期内的升级仅限标准软件的补丁版本，大版本升级另行收费。

## 第7条 知识产权

7.1 标准软件及其升级版本的著作权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、源代码、表单模板及相关文档的知识产权归乙方所有，乙方授予甲方在本合同约定范围内的非独占使用权。甲方不得自行或委托第三方修改、反编译或再开发。

7.3 乙方可将定制开发中形成的通用功能纳入标准软件，向其他客户提供。

7.4 甲方使用标准软件所需的第三方组件许可，由甲方自行取得。

## 第8条 数据

8.1 甲方在系统中录入和产生的业务数据（包括检验结果、工艺参数、批次记录）归甲方所有。

8.2 乙方有权将甲方数据进行脱敏、汇总处理后，用于产品改进、算法训练和行业质量分析报告，该等使用在本合同终止后仍可继续。

8.3 乙方应采取必要的技术和管理措施保障数据安全，包括访问权限控制、传输加密和操作日志记录。发生因乙方原因导致的数据泄露的，乙方应在发现后24小时内通知甲方，并对甲方的直接损失承担赔偿责任。

8.4 合同终止后，乙方可应甲方书面要求提供一次数据导出服务，导出格式由乙方确定。

## 第9条 保密

9.1 双方对在履行本合同中知悉的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。

9.2 本条不适用于已公开的信息或依法须披露的信息。保密义务在合同终止后两年内有效。

9.3 乙方可在其宣传材料和客户名单中使用甲方名称及标识。

## 第10条 违约责任

10.1 乙方未按第4.1条约定期限上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。因甲方原因导致的延期除外。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的25%为限，且不承担任何间接损失、利润损失或数据损失。

10.4 乙方对甲方依据系统输出结果作出的质量判定和产品放行决定不承担责任。

## 第11条 甲方义务

甲方应提供符合乙方要求的服务器及数据库环境并保证网络畅通；甲方应妥善保管账号密码，因账号管理不当造成的损失由甲方承担；甲方不得将软件提供给关联公司或第三方使用。

## 第12条 合同解除

12.1 任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

12.3 合同解除后，甲方应在10日内停止使用定制开发功能。

## 第13条 不可抗力

因不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方。网络攻击、第三方软件缺陷及电力故障均视为不可抗力。

## 第14条 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同产生的争议，双方协商解决；协商不成的，提交乙方住所地有管辖权的人民法院诉讼解决。

## 第15条 其他

15.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

15.2 本合同条款以乙方标准文本为准，双方的补充约定须另行签订书面文件。

15.3 本合同附件包括需求说明书和报价单。

甲方（盖章）：【镇江恒醇香醋股份有限公司】　　授权代表：【　　】　　日期：【　　】

乙方（盖章）：杭州质衡信息技术有限公司　　授权代表：【　　】　　日期：【　　】
"""
SOURCES["h224z05"] = H224Z05
plan("h224z05", "h224z05_vinegar_maker_qms_supplier_template.md", "md", "zh", "software",
     terms(availability_pct=None, p1_response_hours=10, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
           buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=25,
           prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=3,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=None, governing_law="PRC", contract_kind="goods_or_licence"),
     extra("goods_or_licence", True, True, True, 840000, capped=False),
     ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
      "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], dict(forum_mainland=True, fee_base=420000),
     ["10小时内响应", "万分之二", "25%为限", "55%", "三个月的免费维护", "届时公布的服务价格标准", "上线运行即视为甲方验收合格",
      "知识产权归乙方所有", "脱敏、汇总处理", "840,000", "适用中华人民共和国法律"],
     [("price", [420000, 356000, 64000], 840000),
      ("payments", [462000, 378000], 840000),
      ("55/45 %", [840000 * 55 // 100, 840000 * 45 // 100], 840000)])

# ============================================================== h224e01 (en, .docx) — LIABILITY-CAP, WARRANTY, GOVERNING-LAW
H224E01 = """T:Software Licence and Implementation Agreement
P:Agreement No. DD-CN-2025-044
P:This Software Licence and Implementation Agreement (the "Agreement") is made between:
P:(1) Decoro Digitale S.r.l., a company incorporated in Italy with its registered seat on the Isola di Sant'Erasmo, 30142 Venice, Italy (the "Vendor"); and
P:(2) Foshan Huacai Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered address at 21 Ceramics Avenue, Nanzhuang Town, Chancheng District, Foshan, Guangdong (the "Customer").
P:Background
P:(A) The Customer produces glazed porcelain tiles on four digital inkjet printing lines and wishes to replace its ageing pattern-design tools.
P:(B) The Vendor develops the TessiDesign Studio and ChromaLink software and has agreed to license them perpetually to the Customer and to connect them to the Customer's printing lines.
P:(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means TessiDesign Studio, ChromaLink and the RIP connectors listed in Article 2, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Customer Deliverables" means everything the Vendor creates specifically for the Customer under this Agreement, including colour profiles, pattern templates, glaze-effect presets, conversion scripts and the migrated design library.
P:1.3 "Customer Data" means the Customer's tile designs, artwork, colour recipes, production parameters and any other data the Customer makes available to the Vendor.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Licences, Services and Price
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its sites in mainland China for its own business, within the quantities below.
P:2.2 The Vendor shall install the Software, calibrate colour profiles for the four printing lines, migrate 3,200 legacy designs from the Customer's existing files and train the Customer's staff.
P:2.3 The price is fixed and broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|TessiDesign Studio, perpetual named-user licence|18|58,000|1,044,000
TB:2|ChromaLink colour-management module, perpetual site licence|1|186,000|186,000
TB:3|RIP connector for one digital inkjet line, perpetual licence|4|42,500|170,000
TB:-|Licence Subtotal (items 1 to 3)|-|-|1,400,000
TB:4|Implementation: installation, colour calibration of four lines, migration of 3,200 designs|1|214,000|214,000
TB:5|Training of designers and line technicians|1|46,000|46,000
TB:-|Contract Price (including VAT)|-|-|1,660,000
P:2.4 The Contract Price of CNY 1,660,000 includes value-added tax, travel and all other costs of the Vendor.
H:Article 3 Payment
P:3.1 The Customer shall pay the Contract Price in three instalments against the Vendor's valid VAT invoice:
P:(a) 20% of the Contract Price, namely CNY 332,000, within 15 days after signature of this Agreement, as an advance payment;
P:(b) 45% of the Contract Price, namely CNY 747,000, within 15 days after the Installation Certificate is signed; and
P:(c) 35% of the Contract Price, namely CNY 581,000, within 15 days after Final Acceptance.
P:3.2 The Installation Certificate only confirms that the Software has been installed on the agreed workstations and servers. It does not constitute acceptance of the Software or of any Customer Deliverable.
H:Article 4 Delivery and Implementation
P:4.1 The Vendor shall deliver the licence keys within 10 days after signature and complete installation within 45 days after signature, in accordance with the implementation plan in Annex 1.
P:4.2 If the Vendor fails to complete installation, or to be ready for the Final Acceptance Tests, by the dates in Annex 1 for reasons not attributable to the Customer, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 5 Acceptance
P:5.1 When implementation is complete the Vendor shall notify the Customer, and the parties shall carry out the Final Acceptance Tests described in Annex 2 within 20 days. The tests include at least the following:
P:(a) on each of the four lines, 20 reference tiles printed from calibrated profiles show a colour deviation no greater than Delta E 1.5 against the approved proofs;
P:(b) every one of the 3,200 migrated designs opens in TessiDesign Studio, renders with its layers and channels intact and can be sent to the correct line;
P:(c) the RIP connectors keep pace with each line at its rated belt speed without buffering errors; and
P:(d) the Software runs for 10 consecutive production days without a Severity 1 incident.
P:5.2 If all tests are passed, the Customer shall sign the Final Acceptance Certificate within 5 working days. If a test fails, the Vendor shall correct the defect at its own cost and the failed test shall be repeated.
P:5.3 Installation, use of the Software in production or payment of any instalment does not by itself amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Customer Deliverables will perform substantially in accordance with the documentation and Annex 2 for a period of ninety (90) days from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct reported defects free of charge. After the Warranty Period, defect correction is provided only under the support services in Article 7.
H:Article 7 Support and Maintenance
P:7.1 From the day after the Warranty Period ends, the Customer may order annual support covering updates, new releases, defect correction and remote assistance. The Annual Support Fee is 11% of the Licence Subtotal, namely CNY 154,000 per support year, invoiced quarterly in arrears.
P:7.2 The Annual Support Fee shall not be increased during the first six support years. Any later change requires the Customer's written agreement. Support is ordered by the Customer's purchase order for each support year and does not renew automatically.
P:7.3 Incidents are classified as follows. Severity 1: the design studio is unusable for all users, or a RIP connector stops a printing line. Severity 2: a major function is impaired but a workaround exists. Severity 3: any other fault or question.
P:7.4 During the Warranty Period and any support year, the Vendor shall respond to a Severity 1 incident within one hour, provide a workaround within 8 hours and a permanent fix within 3 working days. Severity 2 incidents shall be answered within 3 hours and Severity 3 incidents within 2 working days.
P:7.5 For each hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall grant the Customer a service credit of CNY 1,200, deducted from the next amount payable.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Customer Deliverables vest in the Customer on creation. The Customer may use, copy, modify and license them freely. The Vendor shall hand over the Customer Deliverables in editable form at Final Acceptance.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or a Customer Deliverable infringes a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use it only to perform this Agreement and shall not copy it, retain it or use it for any other purpose, including the training of design tools or the creation of sample libraries.
P:9.2 The Software is installed on the Customer's own servers. The Vendor may access them remotely only through the Customer's VPN, after the Customer approves each session, and all sessions shall be logged. No Customer Data shall be transferred outside the Customer's premises.
P:9.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall cooperate fully in containing it, and shall bear the losses caused to the Customer by any such incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for seven years after the Agreement ends.
H:Article 11 Limitation of Liability
P:11.1 The Vendor's aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed CNY 600,000.
P:11.2 Article 11.1 does not apply to liability for death or personal injury, wilful misconduct, the indemnity in Article 8.3, or breach of Articles 9 and 10.
P:11.3 Neither party is liable for indirect or consequential loss.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the implementation or support services without the Customer's prior written consent.
H:Article 13 Term and Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice of it, or if the liquidated damages under Article 4.2 reach their maximum.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Italy.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration. The seat of arbitration shall be Milan, Italy, and the language of the arbitration shall be English.
H:Article 15 Miscellaneous
P:15.1 This Agreement, with Annex 1 (implementation plan) and Annex 2 (acceptance tests), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature.
P:For the Vendor: Decoro Digitale S.r.l.    Name: ____________    Title: ____________    Date: ____________
P:For the Customer: Foshan Huacai Ceramics Co., Ltd.    Name: ____________    Title: ____________    Date: ____________
"""
SOURCES["h224e01"] = H224E01
plan("h224e01", "h224e01_ceramic_tile_design_software_perpetual_licences.docx", "docx", "en", "software",
     terms(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=600000 / 1660000 * 100,
           prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=3,
           post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="Italy", contract_kind="goods_or_licence"),
     extra("goods_or_licence", True, True, False, 1660000, capped=True),
     ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-WARRANTY"], dict(forum_mainland=False, fee_base=1400000),
     ["within one hour", "0.1% of the Contract Price for each day", "CNY 600,000", "CNY 332,000",
      "ninety (90) days from Final Acceptance", "11% of the Licence Subtotal", "CNY 154,000", "CNY 1,660,000",
      "CNY 1,200", "prior written consent", "laws of Italy", "Milan, Italy"],
     [("licence lines", [18 * 58000, 186000, 4 * 42500], 1400000),
      ("licence lines shown", [1044000, 186000, 170000], 1400000),
      ("price", [1400000, 214000, 46000], 1660000),
      ("payments", [332000, 747000, 581000], 1660000),
      ("20/45/35 %", [1660000 * 20 // 100, 1660000 * 45 // 100, 1660000 * 35 // 100], 1660000),
      ("support 11 % of licences", [154000], 1400000 * 11 // 100)])

# ============================================================== h224e02 (en, .md) — SLA-MISSING, SLA-RESPONSE, LD-MISSING
H224E02 = """# Gipfelbuch Order Form

**Order Form No.:** GB-ORD-2025-0173
**Governed by:** Gipfelbuch General Terms for Subscription Services, version 3.1, set out in Part 2 below

**Vendor:** Gipfelbuch AG, a Swiss company limited by shares, registered seat on the Insel Lützelau, Lake Zurich, Switzerland ("Gipfelbuch")

**Customer:** Yangshuo Karst Vertical Outdoor Sports Co., Ltd., a company incorporated in the People's Republic of China, Baisha Town, Yangshuo County, Guilin, Guangxi ("Customer")

## Part 1 - Order details

The Customer operates a climbing park with guided routes on six limestone crags, a bouldering hall, a gear-rental shop and a climbing school. It orders the Gipfelbuch booking platform to take online bookings, collect electronic waivers, schedule guides and manage rentals. At the Customer's request, all fees in this Order Form are stated and payable in Chinese yuan (CNY).

| Item | Charge | Quantity | Amount (CNY) |
|---|---|---|---|
| Gipfelbuch Platform subscription (bookings, e-waivers, guide and route scheduling, rentals, reporting) | CNY 11,800 per month | 24 months | 283,200 |
| WeChat mini-program and WeChat Pay connector | CNY 2,600 per month | 24 months | 62,400 |
| Onboarding (configuration of products and time slots, import of member records, staff training) | one-time | 1 | 38,000 |
| **Total fees for the Subscription Term** | | | **383,600** |

1. **Subscription Term:** 24 months from the Go-Live Date.
2. **Renewal:** At the end of the Subscription Term, the subscription renews once for a further 24 months at the same monthly fees, unless either party gives written notice of non-renewal at least 60 days before the end of the Subscription Term.
3. **Invoicing:** Monthly fees are invoiced monthly in arrears and are payable within 30 days of the invoice date. The onboarding fee is invoiced on Go-Live Acceptance. No fees are payable in advance.
4. **Target Go-Live Date:** 15 March 2026 (an estimate; see Section 3.3 of the General Terms).
5. **Authorised users:** up to 40 named staff users; unlimited guests making bookings.
6. **Customer contact:** Operations Manager, Yangshuo park office. **Gipfelbuch contact:** Customer Success Manager, Asia-Pacific.

## Part 2 - General Terms for Subscription Services

### Section 1. Definitions

1.1 "Platform" means the Gipfelbuch booking software made available as a hosted service, including the mini-program and payment connector ordered.

1.2 "Customer Data" means all data entered into or generated in the Platform by or for the Customer, including guest names, contact details, identity document numbers, signed waivers, guardian consents for minors, booking and payment records.

1.3 "Customer Configurations" means the product catalogue, route maps, waiver texts, e-mail and message templates and reports set up for the Customer.

### Section 2. Subscription

2.1 Gipfelbuch grants the Customer, for the Subscription Term, the right to access and use the Platform for its own climbing-park business within the quantities in the Order Form.

2.2 The Customer shall not resell the Platform, attempt to reverse-engineer it, or use it to send unsolicited marketing messages.

2.3 Gipfelbuch may improve the Platform from time to time, provided that it does not materially reduce the functions the Customer has ordered.

2.4 The Customer is responsible for its user accounts and shall keep passwords secure. Gipfelbuch may suspend an account that is being used in breach of Section 2.2 after notifying the Customer, and shall restore it as soon as the breach ends.

### Section 3. Onboarding and Go-Live Acceptance

3.1 Gipfelbuch shall configure the Platform for the Customer's products and time slots, import the Customer's existing member records and train the Customer's staff as described in the onboarding plan.

3.2 Before go-live, the parties shall run the Go-Live Acceptance tests: (a) test bookings for every product and time slot, including group bookings and cancellations; (b) signing of the electronic waiver by an adult and, with guardian consent, by a minor; (c) payment through WeChat Pay, with seven consecutive days of Platform payment records reconciled to the WeChat Pay settlement statement; and (d) approval of the mini-program by the WeChat platform. When all tests are passed, the Customer signs a Go-Live Acceptance Certificate. Use of the Platform for live bookings before that signature is not acceptance.

3.3 Gipfelbuch will use reasonable efforts to reach go-live by the Target Go-Live Date. The date is an estimate. If go-live is late, Gipfelbuch shall continue the onboarding work until go-live is achieved; no damages, discounts or other compensation are payable for the delay.

### Section 4. Availability and Support

4.1 Gipfelbuch will use commercially reasonable efforts to keep the Platform available around the clock, except during scheduled maintenance, which it will try to carry out at night China time. Gipfelbuch does not commit to any particular level of availability, response time or resolution time.

4.2 Support is provided by e-mail and through the ticket portal during Gipfelbuch's business hours, Monday to Friday, 09:00 to 17:00 Zurich time, in English or German. Gipfelbuch will work on tickets in the order it considers appropriate.

4.3 No service credits, refunds or other compensation apply to interruptions of the Platform or to the handling of support tickets.

### Section 5. Customer Data

5.1 Customer Data belongs to the Customer. Gipfelbuch processes Customer Data only to provide the Platform and the services under the Order Form and in accordance with the Customer's documented instructions. Gipfelbuch shall not use Customer Data for any other purpose, including in aggregated, anonymised or de-identified form, and shall not sell or disclose it.

5.2 During the Subscription Term and for 30 days after it ends, the Customer may export all Customer Data in CSV format. Gipfelbuch shall then delete the Customer Data from the Platform and its backups within 60 days and confirm the deletion in writing.

### Section 6. Data Security

6.1 The Platform instance used by the Customer is hosted on Tencent Cloud in the Guangzhou region of mainland China, in an environment with a filing for level 3 of the Multi-Level Protection Scheme. Customer Data is not transferred outside mainland China.

6.2 Gipfelbuch shall maintain appropriate technical and organisational security measures, including encryption of Customer Data in transit and at rest, multi-factor authentication for administrative access, role-based access control, logging of all administrative access and daily encrypted backups.

6.3 Gipfelbuch shall process personal information in compliance with the Personal Information Protection Law of the People's Republic of China and shall assist the Customer in responding to requests from guests.

6.4 Gipfelbuch shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it and shall bear the losses and costs the Customer suffers as a result of an incident caused by Gipfelbuch's breach of this Section 6.

### Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and financial information received in connection with the Order Form and shall use it only for the purposes of the Order Form. These obligations survive for three years after the Subscription Term ends.

### Section 8. Intellectual Property

8.1 The Platform and all related software and documentation remain the property of Gipfelbuch.

8.2 The Customer Configurations belong to the Customer. The Customer may use, copy and modify them and may allow any third party to use them, including after the Subscription Term ends. Gipfelbuch shall provide them in an exportable format on request.

### Section 9. Fees and Taxes

9.1 Fees are stated in the Order Form and are fixed for the Subscription Term and any renewal term.

9.2 The Customer shall pay the fees in CNY to the bank account named on the invoice. If the Customer is required by law to withhold tax on a payment, it may do so and shall provide Gipfelbuch with the tax receipt.

### Section 10. Subcontracting

10.1 The Customer approves Tencent Cloud as hosting provider by signing the Order Form.

10.2 Gipfelbuch shall not engage any other subcontractor or sub-processor to perform any part of the services, or to process Customer Data, without the Customer's prior written consent, and remains responsible for the work of any subcontractor.

### Section 11. Warranties

11.1 Gipfelbuch warrants that it will provide the services with reasonable skill and care and that the Platform will perform materially in accordance with its documentation.

11.2 The Customer warrants that it has the right to provide the Customer Data to Gipfelbuch for processing under the Order Form.

### Section 12. Liability

12.1 Each party's total liability under the Order Form and these General Terms is limited to twice the total fees payable under the Order Form.

12.2 The limit in Section 12.1 does not apply to death or personal injury caused by negligence, fraud, wilful misconduct, or breach of Section 5 or Section 6.

### Section 13. Term and Termination

13.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing it.

13.2 On termination, the Customer shall pay the fees for services provided up to the termination date, and Section 5.2 applies to the return and deletion of Customer Data.

### Section 14. Governing Law and Disputes

14.1 At the Customer's request, the Order Form and these General Terms are governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

### Section 15. General

15.1 The Order Form prevails over these General Terms where they conflict. Amendments must be in writing and signed by both parties.

15.2 Neither party may assign the Order Form without the other party's written consent.

**Signed for Gipfelbuch AG:** ______________________ Name / Title / Date

**Signed for Yangshuo Karst Vertical Outdoor Sports Co., Ltd.:** ______________________ Name / Title / Date
"""
SOURCES["h224e02"] = H224E02
plan("h224e02", "h224e02_climbing_park_booking_saas_order_form.md", "md", "en", "cloud",
     terms(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=200,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
     extra("service", False, False, False, 383600),
     ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], dict(forum_mainland=True),
     ["does not commit to any particular level of availability, response time or resolution time",
      "no damages, discounts or other compensation", "twice the total fees", "No fees are payable in advance",
      "at the same monthly fees", "prior written consent", "laws of the People's Republic of China", "383,600"],
     [("platform line", [11800 * 24], 283200), ("connector line", [2600 * 24], 62400),
      ("price", [283200, 62400, 38000], 383600)])

# ============================================================== h224e03 (en, .pdf) — compliant
H224E03 = """T:Purchase Contract for Water-Quality Monitoring Equipment
P:Contract No. BSP-EQ-2025-012
P:This Contract is made between Beihai Baishatou Pearl Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, of 8 Haiyun Road, Yinhai District, Beihai, Guangxi (the "Buyer"), and Marisonda Sistemas S.L., a company incorporated in Spain with its registered office on the Isla de las Palomas, Tarifa, Cadiz, Spain (the "Supplier").
P:Whereas the Buyer farms pearl oysters on raft lines in the Tieshan Bay area and needs continuous measurement of dissolved oxygen, temperature and salinity to protect its stock during hot and rainy periods; and whereas the Supplier designs and integrates marine sensor systems and has a service office in Beihai, the parties agree as follows. This Contract is drawn up on the Buyer's standard form, and all amounts are stated and payable in Chinese yuan (CNY) at the Buyer's request.
H:Clause 1 Scope of Supply
P:1.1 The Supplier shall supply, install, moor, calibrate and commission the equipment and software listed in Schedule 1 (the "System"), connect the System to the Buyer's feeding-management system and train the Buyer's staff.
P:1.2 The System shall measure dissolved oxygen, water temperature, salinity, pH, chlorophyll-a and turbidity at 24 points across the Buyer's raft lines every 10 minutes, transmit the readings over LoRa gateways to a server at the Buyer's shore station, and raise alarms when readings cross limits set by the Buyer.
P:1.3 The Supplier shall deliver the System, with manuals in Chinese, within 70 days after the Contract takes effect, and shall complete installation within 30 days after delivery.
H:Clause 2 Contract Price
P:2.1 The Contract Price is CNY 1,590,000, including VAT, customs duties, transport to the Buyer's shore station, installation, mooring materials and training. It is fixed for the duration of the Contract.
P:2.2 The Contract Price is broken down in Schedule 1. The Hardware and Licence Subtotal in Schedule 1 is the basis of the support fee under Clause 7.
H:Clause 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price, namely CNY 159,000, within 15 days after receiving an advance-payment guarantee issued by a bank in mainland China for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price, namely CNY 874,500, within 15 days after the Delivery and Installation Certificate is signed. That certificate records that the equipment has been delivered complete and installed; it is not acceptance of the System.
P:3.3 The Buyer shall pay the balance of 35% of the Contract Price, namely CNY 556,500, within 15 days after the Final Acceptance Certificate is signed.
H:Clause 4 Acceptance
P:4.1 After installation the Supplier shall run the System for 21 consecutive days (the "Trial Run") and the Buyer shall take water samples at each buoy at least twice per week for laboratory analysis.
P:4.2 The System passes Final Acceptance when all of the following are met: (a) dissolved-oxygen readings are within 0.3 mg/L, salinity within 0.5 PSU and temperature within 0.2 degrees Celsius of the laboratory results; (b) during the Trial Run no buoy misses more than two of its 144 daily readings on any day; (c) a low-oxygen test alarm reaches the duty manager's phone by SMS and WeChat within two minutes; (d) readings flow automatically into the Buyer's feeding-management system; and (e) the Supplier has delivered as-built drawings, mooring records, calibration certificates and manuals.
P:4.3 When the criteria are met the parties shall sign the Final Acceptance Certificate. If any criterion is not met, the Supplier shall correct the cause at its own cost and repeat the relevant part of the Trial Run. Installation, use of the readings by the Buyer or payment does not in itself constitute acceptance.
H:Clause 5 Warranty
P:5.1 The Supplier warrants the System for 24 months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace any defective equipment or software free of charge, including parts, labour, boat hire and travel.
P:5.2 Wiper blades and calibration reagents are consumables and are excluded from the warranty; the Supplier shall sell them to the Buyer at the prices in Schedule 1 during the Warranty Period and for three years after it.
P:5.3 Any equipment lost or damaged by a typhoon or by a vessel striking a buoy is excluded from the warranty, but the Supplier shall replace it at the unit prices in Schedule 1.
H:Clause 6 Service Levels
P:6.1 A Severity 1 fault is the loss of readings from three or more buoys, or failure of the alarm function. A Severity 2 fault is the loss of readings from one or two buoys, or a sensor drift found at a laboratory check. Any other fault is Severity 3.
P:6.2 During the Warranty Period and any support year, the Supplier shall respond to a Severity 1 fault within 30 minutes of the Buyer's call, have an engineer on site within 8 hours and restore service within 24 hours. Severity 2 faults shall be answered within 2 hours and fixed within 3 days; Severity 3 faults within 7 days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response, on-site or restoration time, the Supplier shall pay the Buyer CNY 800. The Buyer may deduct these amounts from any payment due.
H:Clause 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Supplier shall, if the Buyer so orders, provide support comprising quarterly on-site calibration, repairs, software updates and the service levels in Clause 6.
P:7.2 The annual support fee is 8.5% of the Hardware and Licence Subtotal, namely CNY 121,550 per year, and is fixed for the first three support years. Support is ordered by the Buyer for each year and does not renew automatically.
H:Clause 8 Delay
P:8.1 If the Supplier fails to complete delivery, installation or the Trial Run on time for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under Clause 14.
H:Clause 9 Intellectual Property
P:9.1 The Buyer owns all dashboards, alarm rules, reports, integration scripts and other items the Supplier creates specifically for the Buyer under this Contract, and may use, modify and license them freely.
P:9.2 The AquaVista software and the firmware in the equipment remain the property of the Supplier and its licensors and are licensed to the Buyer perpetually for use with the System.
H:Clause 10 Data Security
P:10.1 All measurements, alarms and other data generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy them or disclose them to anyone.
P:10.2 The monitoring server stays at the Buyer's shore station. Gateway links shall be encrypted, and the Supplier shall access the server remotely only through a channel approved by the Buyer for each session, with every session logged.
P:10.3 The Supplier shall report any unauthorised access to, or loss of, the Buyer's data within 12 hours after discovering it, help the Buyer contain it and compensate the Buyer for any loss caused by the Supplier's failure to comply with this Clause.
H:Clause 11 Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's farm locations, stock numbers, yields and all other non-public information it receives, and shall not disclose them without the Buyer's prior written consent, during the Contract and for three years after it ends.
H:Clause 12 Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for liability for personal injury, wilful misconduct and breach of Clauses 10 and 11, which is unlimited.
H:Clause 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Mooring work at sea may be carried out by a local marine contractor approved by the Buyer in writing, for whose work the Supplier remains responsible.
H:Clause 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after receiving notice, or in the case described in Clause 8.2.
P:14.2 On termination the Supplier shall refund all amounts received for parts of the System not accepted, and the Buyer shall return the corresponding equipment.
H:Clause 15 Force Majeure
P:15.1 A party prevented from performing by force majeure shall notify the other party promptly and provide evidence. Typhoons that are forecast at least 48 hours in advance are not force majeure for the purpose of mooring work that the Supplier schedules after the forecast.
H:Clause 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Beihai Arbitration Commission for arbitration in Beihai. The award is final.
H:Clause 17 Miscellaneous
P:17.1 This Contract is made in English and Chinese, in two originals of each, with equal force. It takes effect when signed and sealed by both parties.
H:Schedule 1 Price Breakdown (CNY)
TB:Item|Quantity|Unit price|Amount
TB:Multiparameter water-quality buoy with DO, temperature, salinity, pH, chlorophyll-a and turbidity sensors|24|46,800|1,123,200
TB:Solar-powered LoRa gateway|4|21,500|86,000
TB:AquaVista monitoring software, perpetual on-premises licence|1|168,000|168,000
TB:Spare sensor-head kit|1|52,800|52,800
TB:Hardware and Licence Subtotal|||1,430,000
TB:Installation and mooring of 24 buoys and 4 gateways|1|126,000|126,000
TB:Calibration and training|1|34,000|34,000
TB:Contract Price|||1,590,000
TB:Consumables: wiper blade set CNY 180; calibration reagent kit CNY 460
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
"""
SOURCES["h224e03"] = H224E03
plan("h224e03", "h224e03_pearl_farm_water_quality_sensors.pdf", "pdf", "en", "hardware",
     terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
           prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
           post_warranty_fee_pct=8.5, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
     extra("goods_or_licence", True, True, False, 1590000, capped=True),
     [], dict(forum_mainland=True, fee_base=1430000),
     ["within 30 minutes", "0.08% of the Contract Price for each day", "150% of the Contract Price", "CNY 159,000",
      "24 months from the date of the Final Acceptance Certificate", "8.5% of the Hardware and Licence Subtotal",
      "CNY 121,550", "CNY 1,590,000", "CNY 800", "prior written consent", "laws of the People's Republic of China"],
     [("hardware and licence lines", [24 * 46800, 4 * 21500, 168000, 52800], 1430000),
      ("lines shown", [1123200, 86000, 168000, 52800], 1430000),
      ("price", [1430000, 126000, 34000], 1590000),
      ("payments", [159000, 874500, 556500], 1590000),
      ("10/55/35 %", [1590000 * 10 // 100, 1590000 * 55 // 100, 1590000 * 35 // 100], 1590000),
      ("support 8.5 %", [121550], 1430000 * 85 // 1000)])

# ============================================================== h224e04 (en, .txt) — single low finding: GOVERNING-LAW
H224E04 = """MANAGED IT AND ENDPOINT SUPPORT SERVICES AGREEMENT

Agreement reference: HIMS-HZ-2025-09

BETWEEN

(1) HEATHER ISLE MANAGED SERVICES LTD, a company registered in Scotland, whose registered office is on Eilean Fraoich, Scotland, acting for this Agreement through its Hangzhou branch office (the "Provider"); and

(2) HANGZHOU XINGYAO LIVESTREAM CULTURE MEDIA CO., LTD., a company incorporated in the People's Republic of China, whose registered address is at Floor 9, Building 3, 1180 Jianghui Road, Binjiang District, Hangzhou (the "Customer").

RECITALS

A. The Customer runs a livestreaming agency with three studios in Hangzhou, where 64 workstations, encoding computers and laptops are used by hosts, producers and back-office staff, and where an interrupted live sale costs the Customer revenue by the minute.

B. The Provider supplies managed IT services to media and e-commerce businesses and has agreed to take over the day-to-day support of the Customer's endpoints, studio networks and back-office systems on the terms below.

C. All charges in this Agreement are stated and payable in Chinese yuan (CNY) at the Customer's request.

1. DEFINITIONS

1.1 "Services" means the services described in Clause 2 and Schedule A.
1.2 "Customer Data" means all data of the Customer and of its hosts, employees and customers that the Provider can access in performing the Services, including personal information, host contracts, sales figures, account credentials and recordings.
1.3 "Service Commencement Date" means the day after the Customer signs the Transition Acceptance Certificate.
1.4 "Monthly Fee" means the fixed monthly charge in Schedule A.
1.5 "Initial Term" means 24 months from the Service Commencement Date.

2. SERVICES

2.1 The Provider shall provide: (a) a service desk reachable by phone, WeChat and ticket portal; (b) remote and on-site support for the 64 endpoints listed in Annex 1; (c) management of the wired and Wi-Fi networks, firewalls and streaming uplinks of the three studios; (d) endpoint security, patching and device management; (e) administration of the Customer's office software accounts; and (f) daily backup of the back-office file server with monthly restore tests.

2.2 One on-site engineer shall be present at the studios from 13:00 to 22:00 on every day of the week, to cover the Customer's peak streaming hours. Outside those hours the service desk answers Priority 1 calls around the clock.

2.3 The Customer may add or remove up to 6 endpoints per quarter at the per-endpoint rate in Schedule A without amending this Agreement.

3. TRANSITION

3.1 Within 30 days after signature, the Provider shall complete transition: enrol every endpoint in the endpoint-security and device-management tools, document the studio networks, take over all administrator accounts, run a test restore of the file server and deliver runbooks for each studio.

3.2 Transition is accepted when the Customer confirms that (a) all 64 endpoints report to the management console; (b) the network documentation matches a joint walk-through of each studio; (c) a full restore of a sample folder has been completed and verified; and (d) the runbooks have been approved by the Customer's operations manager. The Customer then signs the Transition Acceptance Certificate. Starting to use the service desk before that signature is not acceptance.

3.3 If transition is not accepted within 30 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay until acceptance.

4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule A. The total charges for the Initial Term are CNY 1,056,000, comprising 24 Monthly Fees of CNY 42,500 and a one-time transition fee of CNY 36,000.

4.2 The Monthly Fee is invoiced at the end of each month and payable within 30 days after receipt of a valid invoice. The transition fee is invoiced after the Transition Acceptance Certificate is signed. No amount is payable in advance.

4.3 Service credits under Schedule B are deducted from the next invoice.

4.4 The Monthly Fee is fixed for the Initial Term.

5. SERVICE LEVELS

5.1 The Provider shall meet the service levels in Schedule B and report its performance to the Customer within 5 working days after the end of each month.

5.2 If the Provider misses the Priority 1 response or restoration time three or more times in any two consecutive months, the Customer may treat this as a material breach under Clause 12.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose, disclose it or transfer it outside mainland China.

6.2 The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. It shall use multi-factor authentication and a password vault for all privileged accounts, restrict access to named engineers approved by the Customer, log every privileged session and keep the logs for at least 6 months.

6.3 The Provider shall notify the Customer within 12 hours after becoming aware of any actual or suspected breach affecting Customer Data, take all reasonable steps to contain it, and indemnify the Customer against losses, fines and third-party claims resulting from a breach caused by the Provider.

6.4 On expiry or termination the Provider shall hand over all credentials and Customer Data and certify in writing that it keeps no copies.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information of the other party, including unreleased campaigns, host contracts, sales figures and the details of the Customer's systems, and shall not disclose it to third parties without the other party's prior written consent. This Clause survives for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 Runbooks, scripts, network diagrams, configuration files and reports prepared by the Provider for the Customer belong to the Customer, which may use, modify and give them to any successor provider.

8.2 The Provider's own tools and know-how remain the Provider's property.

9. PERSONNEL

9.1 The Provider shall assign experienced engineers who speak Mandarin and shall not replace the named on-site engineer without 10 days' notice and a handover, except for illness or resignation.

9.2 Provider personnel at the studios shall follow the Customer's site rules and must not appear on camera or interfere with live streams.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term.

11.2 The limit does not apply to liability under Clause 6 or Clause 7, to fraud or wilful misconduct, or to death or personal injury.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Initial Term. Any extension must be agreed in writing by both parties; there is no automatic renewal.

12.2 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 20 days after written notice.

12.3 On expiry or termination the Provider shall give the Customer or a successor provider up to 30 days of exit assistance at the rates in Schedule A.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement and any non-contractual obligations arising out of it are governed by the law of Scotland.

13.2 The Court of Session in Edinburgh has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

14. GENERAL

14.1 This Agreement, its Schedules and Annex 1 form the entire agreement of the parties. Amendments must be in writing and signed by both parties.

14.2 Notices shall be given in writing to the addresses above, with a copy by e-mail.

SCHEDULE A - CHARGES (CNY)

Monthly Fee components:
- Service desk and remote support, 64 endpoints at CNY 300 per endpoint ........ 19,200
- On-site engineer, 13:00 to 22:00 daily ........................................ 14,800
- Network, firewall and streaming uplink management, three studios ............. 5,100
- Endpoint security, device management and backup tooling ....................... 3,400
Monthly Fee ..................................................................... 42,500
Monthly Fees for the Initial Term (24 x 42,500) ............................... 1,020,000
Transition fee (one-time) ........................................................ 36,000
Total charges for the Initial Term ............................................ 1,056,000
Additional endpoint: CNY 300 per month. Exit assistance: CNY 1,800 per engineer day.

SCHEDULE B - SERVICE LEVELS

Priority 1: a live stream is interrupted or cannot start, a studio network or uplink is down, or an encoding computer fails during a scheduled stream. Response within 15 minutes, at any time of day; engineer at the studio within 1 hour; service restored or a working fallback in place within 3 hours.
Priority 2: a single workstation or a back-office system is unusable. Response within 1 hour; resolution within 8 hours.
Priority 3: requests and minor faults. Resolution by the end of the next working day.
Studio network availability: at least 99.95% per studio per month, excluding maintenance agreed with the Customer in advance.
Service credits: 5% of the Monthly Fee for each Priority 1 incident whose response or restoration time is missed, and 3% of the Monthly Fee for each studio whose monthly availability falls below the commitment, up to a total of 20% of the Monthly Fee in any month.

SIGNED for and on behalf of HEATHER ISLE MANAGED SERVICES LTD
Name: ____________________  Title: ____________________  Date: ____________

SIGNED for and on behalf of HANGZHOU XINGYAO LIVESTREAM CULTURE MEDIA CO., LTD.
Name: ____________________  Title: ____________________  Date: ____________
"""
SOURCES["h224e04"] = H224E04
plan("h224e04", "h224e04_livestream_agency_managed_it_support.txt", "txt", "en", "services",
     terms(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=900 / 1056000 * 100, liability_cap_pct=150,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=False, governing_law="Scotland", contract_kind="service"),
     extra("service", True, True, False, 1056000),
     ["CR-GOVERNING-LAW"], dict(forum_mainland=False),
     ["99.95%", "Response within 15 minutes", "CNY 900 for each day of delay", "150% of the total charges",
      "No amount is payable in advance", "CNY 1,056,000", "5% of the Monthly Fee", "prior written consent",
      "law of Scotland", "Court of Session in Edinburgh", "no automatic renewal"],
     [("monthly fee", [64 * 300, 14800, 5100, 3400], 42500),
      ("term", [42500 * 24], 1020000),
      ("price", [1020000, 36000], 1056000)])

# ============================================================== h224e05 (en, .txt) — DATA-SECURITY, SUBCONTRACT, TERMINATION
H224E05 = """RESIDUCERT API SUBSCRIPTION ORDER AND TERMS OF SERVICE

Order number: RC-CN-2025-0311

PART I - ORDER

Vendor: ResiduCert, Lda., a company registered in Portugal, with its registered office on the Ilhéu de Ponta Delgada, Azores, Portugal ("ResiduCert").

Customer: Jinxiang Hongyuan Garlic Import & Export Co., Ltd., a company incorporated in the People's Republic of China, of 66 Suanchang Road, Jinxiang County, Jining, Shandong ("Customer").

Purpose. The Customer exports fresh and dried garlic from Shandong to importers in the European Union, Japan, the Republic of Korea, Indonesia and the United Arab Emirates. For every export lot its laboratory runs multi-residue pesticide tests. The Customer subscribes to the ResiduCert API to submit those results, have them checked automatically against the maximum residue limits ("MRLs") of the destination market, and receive a residue compliance certificate with a QR verification code that its importers can check online.

Currency. At the Customer's request, all fees under this Order are stated and payable in Chinese yuan (CNY).

Subscription Term. 24 months from the Integration Acceptance date.

Fees.
  API platform subscription, including up to 750 certificates per month:
    CNY 16,500 per month x 24 months ............................ CNY 396,000
  Integration package, one-time (connector from the Customer's
    laboratory information system and ERP to the API, mapping of
    test methods and analytes, user training) ..................... CNY 58,000
  Total fees under this Order .................................... CNY 454,000
  Certificates above 750 in a month: CNY 18 each, invoiced monthly in arrears (usage-based, not included above).

Invoicing. The subscription fee is invoiced monthly in arrears and payable within 30 days after the invoice date. The integration fee is invoiced after Integration Acceptance. No fee is payable in advance.

Renewal. This Order ends at the end of the Subscription Term. Any renewal requires a new Order signed by both parties.

PART II - TERMS OF SERVICE

Section 1. The Service

1.1 ResiduCert provides an application programming interface ("API") and a web portal through which the Customer submits laboratory results for export lots and receives, for each lot and destination market, a compliance verdict against the current MRLs and a residue compliance certificate.

1.2 ResiduCert maintains the MRL database for the five destination markets named in the Order and updates it within 3 working days after an official change is published. It alerts the Customer by e-mail to every change affecting garlic.

1.3 Certificates issued through the Service are private compliance statements. They do not replace official inspection and quarantine certificates issued by the customs authorities of the People's Republic of China or by any importing country.

1.4 The Customer is responsible for the accuracy of the laboratory results it submits.

1.5 The Customer may create up to 20 user accounts for its quality, logistics and sales staff. Each account is personal and must not be shared.

Section 2. Customer Data

2.1 "Customer Data" means the laboratory results, lot numbers, grower and field identifiers, consignee names and all other data that the Customer submits to the Service or that the Service generates for the Customer, including certificates.

2.2 Customer Data belongs to the Customer. ResiduCert uses Customer Data only to provide the Service to the Customer and does not sell it, disclose it to other customers or use it for any other purpose.

2.3 The Customer may download its Customer Data and certificates at any time during the Subscription Term and for 60 days after it ends.

Section 3. Integration and Acceptance

3.1 ResiduCert shall build and configure the connector between the Customer's laboratory information system, its ERP and the API, map the Customer's test methods and analytes to the ResiduCert analyte list and train up to 10 users.

3.2 Integration Acceptance takes place when: (a) 200 historical lot results, chosen by the Customer, have been submitted through the connector; (b) the verdict returned for each lot and market matches the reference check prepared by the Customer's quality department; (c) a certificate with the correct lot data and a working QR code has been generated for each lot; (d) the time from release of a result in the laboratory information system to the issue of the certificate is under 2 minutes for every test lot; and (e) the certificate number is written back automatically to the ERP. The Customer confirms Integration Acceptance in writing. Use of the Service for real shipments before that confirmation is not acceptance.

3.3 ResiduCert shall reach Integration Acceptance within 45 days after signature of this Order.

3.4 If Integration Acceptance is delayed beyond that date for reasons attributable to ResiduCert, ResiduCert shall pay the Customer CNY 400 for each day of delay.

3.5 The Customer shall give ResiduCert's integration team timely access to test environments of its laboratory information system and ERP, and shall name a project contact with authority to approve the analyte mapping.

Section 4. Service Levels

4.1 ResiduCert shall make the API and the certificate verification page available at least 99.95% of each calendar month, excluding maintenance announced 5 days in advance and carried out between 01:00 and 03:00 China time.

4.2 Severity 1 (the API is unavailable, certificates cannot be issued, or verdicts are wrong for a whole market): response within 30 minutes, 24 hours a day, and restoration or a workaround within 3 hours. Severity 2 (a single function is impaired): response within 2 hours during business hours and resolution within 2 working days. Severity 3: resolution in the next maintenance release.

4.3 Support is provided in Chinese and English by telephone and through the support portal.

Section 5. Service Credits

5.1 If monthly availability falls below the commitment in Section 4.1, ResiduCert shall credit 5% of that month's subscription fee for each 0.1 percentage point or part of it by which availability falls short, up to the full monthly fee.

5.2 If ResiduCert misses a Severity 1 response or restoration time, it shall credit CNY 500 for each hour or part of an hour by which the time is exceeded.

5.3 Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

Section 6. Subcontractors

6.1 ResiduCert may engage subcontractors, including hosting providers, data-centre operators and software developers, at its discretion to provide any part of the Service and to host Customer Data. A list of current subcontractors is available to the Customer on request.

6.2 ResiduCert remains responsible to the Customer for the performance of its subcontractors.

Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information received under this Order, including the Customer's prices, customers and laboratory methods and ResiduCert's MRL rules engine, and shall not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the Order ends.

Section 8. Intellectual Property

8.1 The Service, the MRL database and the certificate format remain the property of ResiduCert.

8.2 The connector code written for the Customer, and the mapping tables between the Customer's test methods and the ResiduCert analyte list, belong to the Customer, which may use, modify and allow others to use them without restriction. ResiduCert shall deliver them with source code at Integration Acceptance.

Section 9. Warranties

9.1 ResiduCert warrants that the Service will perform materially in accordance with its documentation and that the MRL database will reflect official limits published for the destination markets, subject to Section 1.2.

9.2 ResiduCert shall correct any wrong verdict caused by an error in its MRL database or rules engine within 24 hours after notice and reissue the affected certificates free of charge.

Section 10. Liability

10.1 Each party's total liability under this Order is limited to 150% of the total fees under this Order.

10.2 Section 10.1 does not apply to fraud, wilful misconduct or a breach of Section 7.

10.3 Neither party is liable for loss of profit or indirect loss, except where that loss results from a wrong verdict that ResiduCert fails to correct under Section 9.2.

Section 11. Term, Suspension and Termination

11.1 This Order is non-cancellable. It remains in force for the whole Subscription Term, and the Customer may not terminate it before the end of the Subscription Term for any reason. The Customer's remedies for any failure of the Service are the service credits in Section 5, the correction duties in Section 9.2 and the delay payment in Section 3.4.

11.2 ResiduCert may suspend the Service if an undisputed invoice remains unpaid for more than 30 days after a written reminder, and may terminate this Order if the amount remains unpaid for a further 30 days.

11.3 On expiry or termination, Section 2.3 applies to the Customer's access to its Customer Data.

Section 12. Governing Law and Disputes

12.1 This Order and these Terms of Service are governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan in accordance with its rules. The award is final and binding on both parties.

Section 13. General

13.1 This Order and these Terms of Service are the entire agreement of the parties on their subject. Amendments must be in writing and signed by both parties.

13.2 Neither party may assign this Order without the other party's written consent.

13.3 Notices shall be given in writing to the addresses in Part I, with a copy by e-mail.

13.4 This Order is signed in English. A Chinese translation may be prepared for the Customer's internal use; the English text prevails.

Accepted and agreed:

For ResiduCert, Lda.                          For Jinxiang Hongyuan Garlic Import & Export Co., Ltd.
Name: ______________________                  Name: ______________________
Title: _____________________                  Title: _____________________
Date: ______________________                  Date: ______________________
"""
SOURCES["h224e05"] = H224E05
plan("h224e05", "h224e05_garlic_exporter_residue_certificate_api.txt", "txt", "en", "cloud",
     terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
           buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=400 / 454000 * 100, liability_cap_pct=150,
           prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
           subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
     extra("service", True, True, False, 454000),
     ["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"], dict(forum_mainland=True),
     ["99.95%", "response within 30 minutes", "CNY 400 for each day of delay", "150% of the total fees",
      "No fee is payable in advance", "CNY 454,000", "at its discretion", "may not terminate it",
      "laws of the People's Republic of China", "Jinan Arbitration Commission"],
     [("subscription", [16500 * 24], 396000),
      ("price", [396000, 58000], 454000)])


# ============================================================== build, label, read back, check
ISLANDS = {"h224e01": "Isola di Sant'Erasmo", "h224e02": "Insel Lützelau", "h224e03": "Isla de las Palomas",
           "h224e04": "Eilean Fraoich", "h224e05": "Ilhéu de Ponta Delgada"}
MIX = {"compliant": 2, "single low": 1, "two or three": 6, "many": 1}
FORMATS = {"docx": 2, "pdf": 2, "md": 3, "txt": 3}
ZH_RANGE, EN_RANGE = (2800, 3300), (1500, 1700)


def read_back(path):
    if path.suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def nows(s):
    return re.sub(r"\s", "", s)


def words(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def mix_class(rules):
    if not rules:
        return "compliant"
    if len(rules) == 1 and risk(rules) == "low":
        return "single low"
    if 2 <= len(rules) <= 3:
        return "two or three"
    return "many" if len(rules) >= 9 else "other"


def check_plan():
    assert sorted(PLAN) == sorted(SOURCES) and len(PLAN) == 10
    assert sorted(k for k in PLAN if PLAN[k]["lang"] == "zh") == ["h224z0%d" % i for i in range(1, 6)]
    fired = set()
    for key, P in PLAN.items():
        assert P["file"].startswith(key + "_"), key
        for what, parts, total in P["sums"]:
            assert sum(parts) == total, (key, what, sum(parts), total)
        got = apply_rules(P["meta"], P["terms"], P["extra"])
        assert got == P["rules"], (key, got, P["rules"])
        assert not on_threshold(P["terms"], P["extra"], P["meta"]), (key, on_threshold(P["terms"], P["extra"], P["meta"]))
        fired.update(got)
    classes = [mix_class(P["rules"]) for P in PLAN.values()]
    assert {c: classes.count(c) for c in MIX} == MIX, classes
    fmts = [P["fmt"] for P in PLAN.values()]
    assert {f: fmts.count(f) for f in FORMATS} == FORMATS, fmts
    for f in FORMATS:
        assert {P["lang"] for P in PLAN.values() if P["fmt"] == f} == {"zh", "en"}, f
    return fired


def label(P):
    return {"file": P["file"], "language": P["lang"], "category": P["category"], "expected_terms": P["terms"],
            "expected_extra": P["extra"], "expected_rules": P["rules"]}


def main():
    self_test()
    fired = check_plan()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {}
    for key, P in PLAN.items():
        if P["fmt"] in ("md", "txt"):
            (OUT / P["file"]).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", P["file"])
        else:
            built[key] = (P["file"], P["fmt"])
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for key, P in PLAN.items():
        name = P["file"].rsplit(".", 1)[0] + ".json"
        (OUT / name).write_text(json.dumps(label(P), ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", name)

    print()
    print("%-9s %-5s %-4s %-7s %-7s %s" % ("key", "fmt", "lang", "length", "risk", "rules"))
    for key, P in sorted(PLAN.items()):
        text = read_back(OUT / P["file"])
        spaced = " ".join(text.split())  # a PDF line break inside a phrase becomes one space
        hits = threshold_hits(text) + threshold_hits(spaced)
        if P["lang"] == "zh":
            hits += threshold_hits(nows(text))
        assert not hits, (key, hits)
        flat = nows(text)
        for fig in P["figures"]:
            assert nows(fig) in flat, (key, "figure missing", fig)
        for what, parts, total in P["sums"]:
            for n in parts + [total]:
                if n >= 1000:
                    assert f"{n:,}" in flat, (key, what, n)
        if P["lang"] == "zh":
            n_all, n_cjk = len(text), len(flat)
            assert ZH_RANGE[0] <= n_all <= ZH_RANGE[1] and ZH_RANGE[0] <= n_cjk <= ZH_RANGE[1], (key, n_all, n_cjk)
            assert "甲方" in text and "乙方" in text
            length = "%d chars (%d without whitespace)" % (n_all, n_cjk)
        else:
            n = words(text)
            assert EN_RANGE[0] <= n <= EN_RANGE[1], (key, n)
            assert ISLANDS[key] in spaced, (key, "island name")
            assert "CNY" in text
            length = "%d words" % n
        share = tco(P["meta"], P["terms"], P["extra"])
        print("%-9s %-5s %-4s %-36s %-7s %s%s" % (key, P["fmt"], P["lang"], length, risk(P["rules"]),
                                                ", ".join(r[3:] for r in P["rules"]) or "(none)",
                                                "  [TCO %.0f, share %.2f %%]" % share if share else ""))
    print()
    print("rules fired across the set (%d of 20):" % len(fired), ", ".join(sorted(fired)))
    print("all checks passed")


if __name__ == "__main__":
    main()
