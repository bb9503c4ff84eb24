"""holdout282 — builds ten ordinary draft contracts (5 zh, 5 en) and their labels from the sources kept here.

Run with /work/main/.venv/bin/python make_files.py. It writes the .txt/.md files directly, builds the .docx/.pdf
through ../word_pdf.py (write(..., wrap_words=True)), asserts every price and payment sum, re-applies the policy §3
rules (and the §4 TCO share) to the planned labels, writes the .json labels, reads every built file back
(python-docx paragraphs + tables, pypdf) and fails if a text length is out of range, a labelled figure is missing or a
policy threshold value appears anywhere. Uses no project code.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
C = {}  # key -> contract record (source, file, format, labels, sums)

# ---------------------------------------------------------------- threshold scan (policy §3 and §4) ----------
CN_D = "一二三四五六七八九十"
THRESHOLDS = [
    # availability 99.9 %
    r"99\.90*(?![0-9])", r"九十九点九(?![一二三四五六七八九])",
    # P1 response 4 hours
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时|钟头)", r"\bfour[\s-]*hours?\b",
    rf"(?<![{CN_D}])四个?(?:小时|钟头)", r"(?<![\d.])240\s*(?:minutes|分钟)",
    # LD 0.05 % per day
    r"(?<![\d.])0\.050*\s*(?:%|per\s*cent|percent)", r"万分之五(?![十])", r"(?<![\d.])0\.5\s*‰", r"千分之零点五",
    r"five\s+ten-?thousandths", r"百分之零点零五",
    # liability cap 100 %
    r"(?<![\d.])100\s*(?:%|per\s*cent|percent)", r"百分之一?百(?![分])", r"one\s+hundred\s+per\s*cent",
    # prepayment 30 %, post-warranty fee 15 %, TCO share 40 %
    r"(?<![\d.])30\s*(?:%|per\s*cent|percent)", rf"(?<![{CN_D}])百分之三十(?![{CN_D}])", r"\bthirty\s+per\s*cent",
    r"三成",
    r"(?<![\d.])15\s*(?:%|per\s*cent|percent)", r"百分之十五", r"\bfifteen\s+per\s*cent",
    r"(?<![\d.])40\s*(?:%|per\s*cent|percent)", rf"百分之四十(?![{CN_D}])", r"\bforty\s+per\s*cent", r"四成",
    # warranty 12 months
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", rf"(?<![{CN_D}])十二个?月", r"\btwelve[\s-]*months?\b",
    r"\bone[\s-]*years?\b", r"(?<![\d.])1\s*(?:-\s*)?years?\b", rf"(?<![{CN_D}第每])一年(?!级)", r"壹年", r"一周年",
    r"\bannum\b",
    # TCO horizon 5 years
    r"(?<![\d.])5\s*(?:-\s*)?(?:years?|年)", r"\bfive[\s-]*years?\b", rf"(?<![{CN_D}])五年", r"(?<![\d.])60\s*(?:-\s*)?(?:months?|个月)",
    r"六十个月", r"\bsixty[\s-]*months?\b",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESHOLDS]


def norm(text):
    return text.replace("％", "%").replace("\u00a0", " ")


def threshold_hits(text):
    t = norm(text)
    return [(p.pattern, m.group(0)) for p in THRESH_RE for m in p.finditer(t)]


def selftest_thresholds():
    bad = ["可用率99.9%", "availability of 99.90 %", "4小时内响应", "四小时", "within 4 hours", "four hours",
           "0.05%", "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "15%", "百分之十五",
           "fifteen per cent", "40%", "百分之四十", "12个月", "十二个月", "12 months", "a 12-month term",
           "one year", "质保期一年", "5年", "five years", "五年", "60 months", "240分钟", "one hundred per cent"]
    good = ["99.95%", "99.5%", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "1,500%", "150%", "130%",
            "百分之三十五", "18个月", "二十四个月", "2025年", "2026年3月", "每年", "第一年", "0.15%", "115%",
            "24 months", "first year", "each year", "one-off", "25年", "45%", "36 months"]
    for s in bad:
        assert threshold_hits(s), ("regex misses", s)
    for s in good:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


# ---------------------------------------------------------------- policy §3 rules, re-applied to the labels ----
def tco_share(terms, extra, fee_base, horizon=5):
    """Post-warranty fee share of TCO over the horizon (policy §4): None when the fee is not a figure."""
    if terms["contract_kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None:
        return None
    years_after = max(0.0, horizon - (terms["warranty_months"] or 0) / 12)
    fees = years_after * fee_base * terms["post_warranty_fee_pct"] / 100
    return fees / (extra["contract_value"] + fees) * 100


def apply_rules(terms, extra, forum_mainland, fee_base):
    t, r = terms, set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not forum_mainland:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def add(key, **rec):
    C[key] = rec


# ---------------------------------------------------------------- sources follow (one part per contract) -------
# ---- h282z01: 生态环境局 地表水自动监测站 数据管理平台 (政府采购 公开招标, buyer's paper), .docx, compliant ----
H282Z01 = """T:澄江市地表水水质自动监测站数据管理平台建设项目政府采购合同
P:合同编号：CJHB-ZC-2026-017　　采购方式：公开招标　　项目编号：CJZC2026-G0142
P:采购人（甲方）：澄江市生态环境局　　地址：澄江市滨河路88号
P:供应商（乙方）：江苏清源环境信息技术有限公司　　地址：南京市江宁区将军大道629号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就澄江市地表水水质自动监测站数据管理平台建设项目签订本合同。招标文件、投标文件及双方确认的澄清文件为本合同的组成部分；上述文件与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设地表水水质自动监测站数据管理平台，将全市14个水质自动监测站（含3个国控站、11个市控站）的监测数据统一接入平台，实现数据采集、质控审核、超标预警、视频联动、统计报表及向省级、国家平台的自动报送。
P:1.2 乙方负责提供平台软件许可、站端数据采集传输仪、质控审核及视频联动模块，完成数据对接开发、系统部署、历史数据迁移和人员培训，并按本合同约定提供质保期内及质保期满后的维护服务。
P:1.3 平台部署于甲方政务云资源池，乙方不得将平台或数据部署于其他任何环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾万零贰仟元整（¥1,502,000），为固定总价，已包含设备、软件、开发、运输、安装、调试、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|水质自动监测数据管理平台软件许可|1套|680,000|680,000
TB:2|站端数据采集传输仪|14台|23,500|329,000
TB:3|质控审核及视频联动模块许可|1套|156,000|156,000
TB:4|省级、国家平台数据对接开发|1项|218,000|218,000
TB:5|系统部署及历史数据迁移|1项|97,000|97,000
TB:6|操作与管理培训|1项|22,000|22,000
TB:合计|||1,502,000
P:2.2 上表第1至3项合计为软硬件小计，金额为人民币¥1,165,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥300,400。
P:3.2 平台初验合格后，甲方支付合同总价的45%，计¥675,900。
P:3.3 平台终验合格后，甲方支付合同总价的35%，计¥525,700。
P:3.4 乙方每次请款前应向甲方开具等额合法发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成全部站端设备安装、平台部署及对接开发，并书面提请初验。
P:4.2 乙方应派驻具备相应资格的项目经理，按周向甲方报送实施进度；涉及监测站现场作业的，应提前与站房运维单位协调，不得影响正常监测和数据报送。
P:4.3 站端数据采集传输仪应符合现行地表水自动监测技术规范及数据传输标准，并随货提供出厂检验报告和产品合格证。
P:4.4 乙方应在初验前向甲方提交系统操作手册、维护手册、接口说明及设备清单，并对甲方指定的管理和运维人员进行不少于两次的现场培训。
H:第五条 验收
P:5.1 初验标准：14个站点数据全部接入，数据传输完整、时间戳准确；平台功能与招标文件技术要求逐项核对相符；向省级平台的报送接口联调通过；系统连续运行72小时无一级故障。
P:5.2 初验合格后进入试运行，试运行期为三个月。终验标准：试运行期间数据报送无漏报、迟报；超标预警全部按设定规则触发；第三方机构出具的网络安全等级保护测评报告无高风险问题；培训完成、竣工文档移交齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以双方签署的书面验收报告为准。平台上线、试运行或甲方实际使用，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件升级、故障处理、设备维修更换和季度巡检服务。
P:6.2 质保期满后，甲方如继续委托乙方维护，年度维护费不超过软硬件小计的8%（即每年不超过¥93,200）。质保期满后前两个维护年度按该标准执行，不作上调；此后的费用由双方另行协商，且不得高于上述标准。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划维护应提前三个工作日书面通知甲方）。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据无法向省级平台报送）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障（单站数据中断或部分功能异常）2小时内响应、24小时内修复；三级故障在三个工作日内处理完毕。
P:7.3 乙方每超过响应或修复时限一小时，甲方可从维护费或履约保证金中扣减人民币800元；月度可用率每低于承诺值0.01个百分点，扣减人民币1,500元。
H:第八条 数据安全
P:8.1 平台采集、存储和生成的全部监测数据、视频及日志均属甲方所有。乙方仅为履行本合同使用，不得复制、留存、对外提供或用于任何其他目的。
P:8.2 乙方应按网络安全等级保护第二级要求落实访问控制、传输加密、操作审计和数据备份措施；远程运维须经甲方逐次批准，并通过甲方指定的堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 知识产权
P:9.1 对接开发形成的程序源代码、接口文档、配置脚本及其他定制成果的知识产权归甲方所有，乙方应在终验前全部移交，甲方可自行或委托第三方修改、使用。
P:9.2 平台软件及模块的原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件和设备不侵犯任何第三方的合法权利。
H:第十条 保密
P:乙方对履行合同过程中知悉的甲方工作秘密、网络结构、账号口令及未公开的监测信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方提供的设备或软件不符合合同约定的，应在甲方指定期限内更换或修正，并承担由此产生的全部费用。
P:11.3 因乙方原因导致监测数据未按时向省级或国家平台报送、被上级部门通报的，乙方应在五个工作日内提交整改报告，并承担由此产生的费用。
H:第十二条 分包与转包
P:乙方不得将本项目转包，也不得将任何部分分包给第三方。
H:第十三条 合同解除
P:乙方有严重违约行为，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿由此造成的损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：澄江市生态环境局　　乙方（盖章）：江苏清源环境信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年3月____日
"""
add("h282z01", src=H282Z01, file="h282z01_eco_bureau_surface_water_monitoring_platform.docx", fmt="docx", lang="zh",
    category="software", kind_text="生态环境局 地表水自动监测站 数据管理平台 (licence + 数采仪 + 对接开发), 政府采购 公开招标",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1502000),
    rules=[], forum_mainland=True, fee_base=1165000,
    sums=[([680000, 14 * 23500, 156000, 218000, 97000, 22000], 1502000), ([680000, 329000, 156000], 1165000),
          ([300400, 675900, 525700], 1502000), ([1502000 * 20 // 100, 1502000 * 45 // 100, 1502000 * 35 // 100], 1502000),
          ([1165000 * 8 // 100], 93200)],
    figures=["99.95%", "30分钟内响应", "千分之一", "20%", "质保期为三年", "8%", "1,502,000", "1,165,000"])


# ---------------------------------------------------------------- build, read back, check -----------------------
def build(keys):
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets, sources = {}, {}
    for k in keys:
        r = C[k]
        if r["fmt"] in ("txt", "md"):
            (OUT / r["file"]).write_text(r["src"].strip() + "\n", encoding="utf-8")
            print("wrote", r["file"])
        else:
            targets[k] = (r["file"], r["fmt"])
            sources[k] = r["src"]
    if targets:
        write(sources, targets, OUT, wrap_words=True)


def readback(k):
    r = C[k]
    path = OUT / r["file"]
    if r["fmt"] in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if r["fmt"] == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def size(k, text):
    if C[k]["lang"] == "zh":
        return len(re.sub(r"\s", "", text)), len(text)
    return len(text.split()), len(text)


def in_range(k, text):
    n, total = size(k, text)
    if C[k]["lang"] == "zh":
        return 2800 <= n <= 3300 and 2800 <= total <= 3300
    return 1500 <= n <= 1700

# ---- h282z02: 糖厂 蒸发工段 DCS + 质保期满后维保, .txt, POST-WARRANTY-FEE + TCO-SERVICE-SHARE ----
H282Z02 = """蒸发工段DCS控制系统改造及维保合同

合同编号：GLTY-SB-2026-009

甲方（买方）：崇左甘澜糖业有限公司
住所：广西壮族自治区崇左市江州区糖业工业园2号
乙方（卖方）：南宁宏控自动化工程有限公司
住所：南宁市西乡塘区科园大道31号

鉴于甲方拟于下一榨季开榨前完成蒸发工段控制系统改造，以五效蒸发罐液位、汁汽压力和出口糖浆锤度的自动控制替代现有常规仪表盘操作，乙方具备相应的DCS系统集成能力，双方经友好协商，订立本合同，共同遵守。

一、改造范围
1. 乙方负责蒸发工段DCS系统的设计、供货、组态编程、安装调试、开车保运和培训，覆盖五效蒸发罐、汁汽加热器、糖浆缓冲罐及配套泵阀。
2. 新系统须保留与制炼车间现有控制系统的通讯，锅炉房汽压、澄清工段清汁流量等信号应在蒸发操作站上显示。
3. 改造施工应在停榨检修期内完成，不得影响甲方其他车间检修进度。
4. 乙方提供的控制器、I/O卡件须为同一品牌的工业级产品，控制器和通讯网络冗余配置，操作站采用工业级计算机；现场仪表的防护等级和接液材质须适应糖汁高温、易结垢的工况。

二、合同价格
合同总价为人民币壹佰捌拾贰万元整（¥1,820,000），含税，为固定价格。分项如下：
（1）DCS控制站（控制器、I/O卡件、电源及机柜内附件）4套，单价186,000元，小计744,000元；
（2）操作员站及工程师站6台，单价28,500元，小计171,000元；
（3）DCS系统软件及组态软件许可1套，168,000元；
（4）现场仪表（液位计、温度变送器、压力变送器、在线锤度计）1批，312,000元；
（5）控制柜、工业交换机及通讯设备1批，96,000元；
以上（1）至（5）项为软硬件小计，共计1,491,000元；
（6）组态编程及蒸发自动控制策略，186,000元；
（7）安装调试及开车保运，123,000元；
（8）操作及维护培训，20,000元。
合计1,820,000元。

三、付款
1. 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，计182,000元。
2. 全部设备运抵甲方现场并经双方清点签收后，甲方支付合同总价的35%，计637,000元。到货签收仅为数量和外观确认，不代表质量验收。
3. 系统终验合格后，甲方支付合同总价的50%，计910,000元。
4. 余款5%即91,000元作为质量保证金，质保期满且无未决质量问题后一次付清。
5. 乙方应在每期付款前开具合法有效的增值税专用发票。

四、交货与工期
1. 乙方应在合同生效后75日内将全部设备运抵甲方厂区，在停榨检修期内完成安装、接线和单体调试。
2. 开榨前乙方应完成冷态联调，开榨后派员驻厂保运，直至终验。
3. 乙方应指定一名项目经理和不少于两名调试工程师，在施工和开车期间驻厂；人员变更须提前书面告知甲方并经甲方认可。
4. 乙方施工人员应遵守甲方安全生产管理制度，进入生产区域须办理作业票，动火、登高作业须经甲方安全部门审批。乙方人员在施工中发生的安全事故由乙方负责。

五、验收
1. 冷态联调验收：全部I/O点逐点测试正确，控制回路开环动作正常，报警和联锁逻辑经甲方工艺人员确认。
2. 终验：开榨后连续运行满30日，五效蒸发罐液位、汁汽压力和末效糖浆锤度主要控制回路全部投入自动运行；糖浆锤度控制偏差在合同技术附件规定范围内；操作站历史数据和报表完整；技术资料、组态备份及源文件移交完毕。
3. 终验由双方共同签署终验报告。设备安装完成、开机运行或甲方投入生产使用，均不视为验收合格。

六、质量保证
1. 质保期为十八个月，自终验合格之日起计算。质保期内，因设备或软件质量问题产生的维修、更换和升级费用由乙方承担。
2. 质保期内乙方每个榨季开榨前进行一次全面检查，榨季中每月巡检一次。
3. 乙方应为甲方操作人员和仪表维修人员分别提供不少于三天的集中培训，培训后甲方人员应能独立完成日常操作、参数整定和一般故障处理。

七、质保期满后的维保服务
1. 质保期满后，乙方继续为甲方提供年度维保服务，内容包括榨季驻厂保运、备品备件更换、系统软件升级及组态修改。
2. 年度维保费按软硬件小计的28%计取，即每年417,480元，由甲方在每个维保年度开始后三十日内支付。该费率在双方合作期间不作上调。
3. 维保期间乙方应执行本合同第八条规定的服务水平。

八、服务水平
1. 一级故障（控制器或通讯中断、操作站全部失去监控，影响蒸发工段生产）：乙方应在30分钟内电话响应，2小时内到达现场，8小时内排除故障或提供临时方案。
2. 二级故障（单个回路或单台设备异常）：2小时内响应，24小时内处理完毕。
3. 乙方每超过上述时限一小时，应向甲方支付1,000元，甲方可从质量保证金或维保费中直接扣除。

九、工控安全与数据
1. DCS系统采集的工艺参数、生产数据、报警记录和操作日志均归甲方所有，乙方不得复制、外传或用于本合同以外的任何目的。
2. 乙方应按工业控制系统信息安全防护要求配置网络隔离和主机加固；确需远程诊断的，须经甲方书面批准，使用甲方提供的临时账号，诊断结束后立即关闭。
3. 发生病毒感染、数据泄露或非授权访问等安全事件的，乙方应在2小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部损失。
4. 合同终止或维保关系结束时，乙方应交回甲方提供的账号和资料，并删除其持有的甲方数据副本。

十、保密
双方对在合同履行中获知的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后仍然有效。

十一、知识产权
1. 乙方为本项目编写的组态程序、控制策略、画面及其源文件的知识产权归甲方所有，甲方可自行修改或委托他人维护。
2. DCS系统软件的原有知识产权归原厂商，甲方获得永久使用许可。

十二、违约责任
1. 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
2. 因乙方原因导致蒸发工段停产的，乙方除承担修复费用外，还应赔偿甲方由此造成的直接损失。
3. 乙方逾期违约金累计不超过合同总价的10%；达到该上限后乙方仍未完成的，甲方可依照第十四条解除合同。

十三、分包
现场仪表安装和电缆敷设如需分包，乙方应事先取得甲方书面同意，并对分包工作承担全部责任。

十四、合同解除
乙方严重违约且在甲方书面通知后十日内未予纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。

十五、不可抗力
因地震、洪水、台风等不可抗力导致一方不能履行合同的，该方应在事件发生后三日内通知对方，并在十五日内提供有关证明；受影响的义务相应顺延，双方均不承担违约责任。不可抗力持续超过六十日的，双方可协商变更或解除合同。

十六、适用法律与争议解决
本合同适用中华人民共和国法律。发生争议时双方协商解决，协商不成的，提交崇左仲裁委员会仲裁。

十七、其他
本合同附件（技术协议、设备清单、I/O点表）与本合同具有同等效力。本合同一式四份，双方各执两份，经双方签字盖章后生效。

甲方：崇左甘澜糖业有限公司（盖章）　　　　乙方：南宁宏控自动化工程有限公司（盖章）
代表：　　　　　　　　　　　　　　　　　　代表：
日期：2026年4月　日　　　　　　　　　　　日期：2026年4月　日
"""
add("h282z02", src=H282Z02, file="h282z02_sugar_refinery_evaporation_dcs_maintenance.txt", fmt="txt", lang="zh",
    category="hardware", kind_text="糖厂 蒸发工段 DCS (控制站, 操作站, 组态软件, 现场仪表) + 质保期满后年度维保",
    terms=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=28, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1820000),
    rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], forum_mainland=True, fee_base=1491000,
    sums=[([4 * 186000, 6 * 28500, 168000, 312000, 96000], 1491000), ([1491000, 186000, 123000, 20000], 1820000),
          ([182000, 637000, 910000, 91000], 1820000), ([1820000 * 10 // 100, 1820000 * 35 // 100, 1820000 * 50 // 100,
                                                        1820000 * 5 // 100], 1820000),
          ([1491000 * 28 // 100], 417480)],
    figures=["28%", "417,480", "十八个月", "30分钟内电话响应", "万分之八", "10%", "1,820,000", "1,491,000"])

# ---- h282z03: 连锁汽修 工单及会员 SaaS + 实施, .txt, AUTO-RENEWAL + SLA-AVAILABILITY + LIABILITY-CAP ----
H282Z03 = """车匠云门店管理系统SaaS服务订购协议

协议编号：CJY-SaaS-2026-0315

甲方（订购方）：成都驰远汽车服务连锁有限公司
地址：成都市武侯区武科西五路360号
乙方（服务方）：杭州车匠云科技有限公司
地址：杭州市滨江区长河街道江虹路1750号

甲方在成都、绵阳、德阳等地经营35家直营汽车维修保养门店。为统一各门店的接车开单、维修工单、配件库存、会员储值和结算管理，甲方订购乙方的车匠云门店管理系统（以下简称“平台”）SaaS服务，并委托乙方完成实施上线。双方经协商一致，签订本协议。

第一条 服务内容
1. 乙方通过互联网向甲方提供平台的使用权，包括接车开单、维修工单、配件进销存、会员与储值卡、营销活动、门店结算及总部经营分析等功能模块。
2. 乙方负责平台的日常运行、维护、安全防护和版本升级，甲方无需自行部署服务器。
3. 乙方负责实施工作，包括35家门店的账号和权限配置、旧系统会员及储值余额数据迁移、工单与打印模板定制、与甲方财务系统的凭证接口开发、门店人员培训及上线保障。
4. 平台应支持门店在断网时离线开单，网络恢复后自动同步；平台应提供手机端应用，供技师接单、拍照和记录维修过程。

第二条 订购清单与费用
1. 服务期为三十六个月，自平台上线验收合格之日起计算。
2. 费用如下：
（1）门店版订阅费：35家门店，每店每月980元，每月合计34,300元，服务期合计1,234,800元；
（2）总部管理模块订阅费：每月3,200元，服务期合计115,200元；
（3）实施费（一次性）：168,000元。
3. 本协议总金额为人民币1,518,000元（含税）。其中订阅费每月合计37,500元，服务期合计1,350,000元。
4. 服务期内新增门店的，按每店每月980元的同等单价计费，自该门店开通之月起算。

第三条 付款方式
1. 订阅费按季度后付：每季度结束后，乙方提交当季服务报告和发票，甲方在确认后十五个工作日内支付当季订阅费112,500元。
2. 实施费在平台上线验收合格后三十日内一次性支付168,000元。
3. 甲方在平台上线验收前不支付任何款项。
4. 新增门店的订阅费自开通之月起并入当季结算。

第四条 实施与上线验收
1. 乙方应在本协议签订后60日内完成全部门店的实施工作并提请上线验收。
2. 上线验收标准：（1）35家门店均能完成接车开单、派工、领料、结算全流程；（2）会员信息和储值余额迁移后逐户核对一致，差异已全部处理；（3）定制的工单及打印模板符合甲方确认的样式；（4）财务凭证接口连续十个营业日传输无差错；（5）门店店长及前台人员完成培训。
3. 验收由甲方信息部和运营部共同进行，以甲方签署的上线验收单为准。部分门店先行试用，不视为验收合格。
4. 乙方未能按期完成上线验收的，每逾期一日，应向甲方支付违约金1,200元。
5. 甲方应指定项目负责人，按实施计划提供旧系统数据、门店组织架构和价格体系，并安排门店人员参加培训。因甲方原因导致的延误，实施期限相应顺延。

第五条 服务水平
1. 平台月度可用率不低于99.5%。可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数。经甲方同意的计划维护不计入不可用时间，计划维护应安排在每日22:00至次日7:00之间。
2. 月度可用率低于99.5%但不低于99.0%的，乙方按当月订阅费的5%抵扣下一季度费用；低于99.0%的，按当月订阅费的10%抵扣。
3. 故障响应：一级故障（全部或多数门店无法开单、收银）乙方应在30分钟内响应，2小时内恢复或提供应急方案；二级故障（单店或单功能异常）2小时内响应，当日处理；一般咨询在一个工作日内答复。
4. 乙方应提供7×24小时服务热线，并为甲方指定专属客户成功经理。
5. 乙方应每月向甲方提供服务报告，列明当月可用率、故障记录及处理情况、版本更新内容；甲方对报告有异议的，双方以平台监控日志为准核对。
6. 平台版本升级应提前五个工作日通知甲方，涉及门店操作流程变化的，乙方应提供更新说明和线上培训。

第六条 续订与价格
1. 服务期满前六十日内，任何一方未书面提出不再续订的，本协议自动续订，续订期限为三十六个月。
2. 续订期间，乙方有权按其届时公布的标准价格调整订阅单价，但单价上调幅度不超过上一服务期单价的8%。乙方应在服务期满前九十日书面通知调整后的价格。

第七条 数据归属与数据安全
1. 甲方在使用平台过程中产生和上传的会员信息、车辆信息、维修工单、库存、储值及财务数据均属甲方所有。乙方仅为向甲方提供本协议约定的服务而处理上述数据，不得用于其他目的，不得向任何第三方（包括配件供应商、保险机构和其他汽修企业）提供。
2. 平台应通过网络安全等级保护第三级测评。乙方应对会员手机号、身份证号等个人信息加密存储，实行最小权限访问和操作日志留存，并每日备份。
3. 发生数据泄露、丢失或被篡改的，乙方应在24小时内书面通知甲方，配合甲方履行个人信息保护法规定的义务，并承担因其原因给甲方造成的损失。
4. 协议终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除，出具删除证明。

第八条 保密
双方应对在合作中获知的对方商业秘密和经营信息（包括门店经营数据、价格政策和客户名单）保密，未经对方书面同意不得向第三方披露。本条义务在协议终止后三年内继续有效。乙方应要求其参与本项目的员工签署保密承诺。

第九条 知识产权
1. 平台及其软件的知识产权归乙方所有。
2. 乙方为甲方定制的工单模板、打印模板、专用报表及财务凭证接口程序，其知识产权归甲方所有，乙方应交付接口程序源代码；甲方可自由使用、修改或交由第三方维护。

第十条 分包
乙方使用的云基础设施服务商为阿里云计算有限公司，甲方签署本协议即表示同意。除此以外，乙方将本协议项下任何工作委托第三方完成的，应事先取得甲方书面同意。

第十一条 责任限制
乙方在本协议项下的累计赔偿责任，以甲方在损失发生前九个月内实际支付的订阅费为限；但因乙方故意或重大过失、违反第七条数据安全义务造成的损失不受此限。

第十二条 协议解除
1. 乙方严重违反本协议，经甲方书面通知后十五日内未改正的，甲方有权解除本协议。
2. 平台连续两个月可用率低于99.0%的，甲方有权书面通知解除本协议，乙方应退还甲方已支付但未实际提供服务期间的费用。
3. 协议解除的，乙方仍应按第七条第4款交付和删除数据。

第十三条 法律适用与争议解决
本协议适用中华人民共和国法律。因本协议发生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。

第十四条 不可抗力
因自然灾害、公共网络或电力中断等不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，相应时间不计入不可用时间，但乙方未按约定做好容灾备份的除外。

第十五条 其他
本协议自双方签字盖章之日起生效，一式两份，双方各执一份。附件《实施工作说明书》与本协议具有同等效力。

甲方（盖章）：成都驰远汽车服务连锁有限公司　　乙方（盖章）：杭州车匠云科技有限公司
授权代表：　　　　　　　　　　　　　　　　　　授权代表：
日期：2026年　月　日
"""
add("h282z03", src=H282Z03, file="h282z03_car_repair_chain_work_order_saas.txt", fmt="txt", lang="zh",
    category="cloud", kind_text="连锁汽修 (35 门店) 工单及会员 SaaS, 36 months, + 实施",
    terms=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1200 / 1518000 * 100, liability_cap_pct=9 / 36 * 100, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1518000),
    rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], forum_mainland=True, fee_base=None,
    sums=[([35 * 980 * 36, 3200 * 36, 168000], 1518000), ([35 * 980], 34300), ([34300 + 3200], 37500),
          ([37500 * 36], 1350000), ([37500 * 3], 112500), ([1234800, 115200], 1350000)],
    figures=["99.5%", "30分钟内响应", "1,200元", "九个月", "8%", "1,518,000", "三十六个月"])

# ---- h282z04: 区法院 庭审录音录像系统 年度运维 (政府采购 竞争性磋商), .pdf, DATA-SECURITY + SLA-RESPONSE ----
H282Z04 = """T:科技法庭庭审录音录像系统运维服务合同
P:合同编号：YXFY-ZC-2026-003
P:采购项目名称：云溪区人民法院科技法庭庭审录音录像系统运维服务　　采购方式：竞争性磋商
P:采购人（甲方）：临江市云溪区人民法院
P:供应商（乙方）：临江华审信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方的响应文件和成交通知书，甲乙双方就甲方科技法庭庭审录音录像系统运维服务事项，经协商一致，订立本合同。
H:第一条 服务范围
P:1.1 运维对象为甲方本院及三个人民法庭共22间科技法庭的庭审录音录像系统，包括高清摄像机、拾音器、音频处理器、庭审主机、合成与存储设备、庭审直播编码器，以及集中管理平台和庭审点播系统。
P:1.2 服务内容包括：定期巡检、故障处理、设备维修与备件更换、系统软件升级、庭审直播保障、重大庭审现场保障和运维档案管理。
P:1.3 服务期自2026年1月1日起至2026年12月31日止。
P:1.4 运维设备的名称、型号、数量和安装位置以双方确认的《运维设备清单》为准。服务期内甲方新增科技法庭的，新增部分按每间每月600元另行计费，自移交运维之月起算。
P:1.5 乙方应在合同生效后十日内向甲方提交运维服务方案，内容包括组织架构、人员安排、巡检计划、应急预案和备件储备计划，经甲方确认后执行。
H:第二条 服务费用
P:2.1 本合同服务费总额为人民币叁拾肆万肆仟元整（¥344,000），为包干价，包含人工、交通、工具、备品备件及税费。明细如下：
TB:序号|服务项目|计费方式|金额（元）
TB:1|科技法庭巡检维护|22间×7,200元|158,400
TB:2|集中管理平台及庭审点播系统维护|包干|58,000
TB:3|备品备件包干|包干|96,000
TB:4|远程技术支持及软件升级|包干|31,600
TB:合计||||344,000
P:2.2 备品备件包干范围内的更换，乙方不得另行收费；单件价格超过人民币8,000元的主要设备整机更换除外，由双方另行书面确认。
P:2.3 除上述费用及第1.4条约定的新增费用外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 服务费按季度支付，每季度为人民币86,000元。每季度结束后，乙方提交季度运维报告和发票，经甲方考核合格后十五个工作日内支付。
P:3.2 甲方不向乙方预付任何款项。考核扣减的金额从当季服务费中直接扣除。
P:3.3 乙方应保证所开具发票真实合法；因发票问题导致延迟付款的，甲方不承担责任。
H:第四条 巡检与日常维护
P:4.1 乙方应在合同生效后20日内完成首次全面巡检，逐间检查设备运行状态、录像质量、音画同步和存储容量，形成设备台账和问题清单报甲方。
P:4.2 此后乙方每月对全部科技法庭巡检一次，每次巡检应在非开庭时间进行，巡检记录由甲方各法庭书记员签字确认。
P:4.3 甲方安排重大案件开庭或庭审直播的，乙方应在接到通知后派工程师提前到场调试，并在庭审全程现场值守。
P:4.4 乙方应在甲方本院设置备件库，常备摄像机、拾音器、音频处理器、庭审主机等易损备件，备件库存清单每季度报甲方。
P:4.5 系统软件升级须事先制定方案报甲方同意，并在非开庭时间实施，升级前应做好配置备份，升级后逐间测试录像和直播功能。
P:4.6 甲方应为乙方提供必要的工作场所和进入法庭的便利，指定联系人负责报修和考核，并及时告知法庭设备的新增或变更情况。
H:第五条 服务水平
P:5.1 一级故障（开庭期间录音录像中断、庭审直播中断或集中管理平台整体不可用）：乙方应在接到甲方报修后6小时内响应并到场处理，当日恢复。
P:5.2 二级故障（单个法庭部分设备异常、点播或检索功能异常）：乙方应在次个工作日内到场处理，三个工作日内修复。
P:5.3 乙方超过上述时限的，每发生一次，甲方从当季服务费中扣减人民币500元；同一季度内超过三次的，每次扣减人民币1,000元。
P:5.4 乙方应设立全天候报修电话，并指定一名项目负责人和不少于两名常驻临江市的运维工程师，人员须经甲方认可。
H:第六条 考核与验收
P:6.1 甲方每季度按以下标准对乙方进行考核：月度巡检全部按时完成并有签字记录；故障处理有完整的报修、处理和确认记录；重大庭审保障无失误；季度运维报告内容完整。
P:6.2 服务期满后，甲方组织年度验收，核对全年巡检记录、故障处理记录、备件更换清单和运维档案，并出具书面验收意见。验收不合格的，乙方应在甲方指定期限内整改。年度验收合格的，甲方出具验收合格证明，作为乙方履约评价的依据。
P:6.3 季度考核不合格的，甲方扣减当季服务费的5%，并要求乙方在十个工作日内提交整改计划。
H:第七条 数据归属
P:庭审录音录像资料、庭审笔录同步数据及系统日志均属甲方所有。乙方仅为履行本合同之目的接触上述资料，不得用于其他用途。
H:第八条 保密
P:8.1 乙方及其工作人员对在服务过程中知悉的案件信息、审判工作秘密及诉讼参与人个人信息负有保密义务，不得以任何方式向第三方泄露。
P:8.2 乙方派驻甲方的工作人员名单应报甲方备案，并签署保密承诺书；人员变动应提前告知甲方。乙方人员进入审判区域应遵守甲方安全保卫和法庭管理规定，佩戴工作证件，开庭期间非经甲方通知不得进入法庭。
P:8.3 本条义务不因合同终止而解除。
H:第九条 成果归属
P:乙方在服务过程中形成的设备台账、巡检报告、运维文档和配置清单，其所有权和知识产权归甲方，乙方应在服务期满时完整移交。
H:第十条 违约责任
P:10.1 乙方未按第4.1条期限完成首次全面巡检的，每逾期一日，应向甲方支付违约金人民币300元。
P:10.2 乙方未按约定提供服务，经甲方书面催告仍不改正的，甲方可另行委托第三方处理，所需费用由乙方承担。
P:10.3 甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率向乙方支付逾期利息。
P:10.4 乙方工作人员在服务过程中损坏甲方设备或设施的，乙方应负责修复或照价赔偿。
H:第十一条 转包与分包
P:乙方不得将本合同项下的服务转包，也不得分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（一）因乙方原因导致重大庭审录音录像缺失，造成严重影响的；（二）季度考核连续两次不合格的；（三）其他严重违约行为经催告后十日内仍未纠正的。
P:12.2 合同解除的，甲方按乙方实际提供服务的期间结算费用，乙方应赔偿因此给甲方造成的损失。
P:12.3 乙方严重违约的，甲方还可依照政府采购有关规定将其违约行为记入供应商诚信档案。
H:第十三条 合同期满
P:服务期满，本合同终止，不自动续期。甲方根据政府采购规定另行组织采购，乙方应配合新服务商完成交接。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交临江仲裁委员会仲裁。
H:第十五条 不可抗力
P:因自然灾害、大范围停电等不可抗力致使一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，受影响的义务相应顺延或免除；乙方应尽力采取临时措施保障重大庭审。
H:第十六条 其他
P:本合同未尽事宜，双方可签订补充协议。磋商文件、响应文件为本合同附件。本合同一式五份，甲方三份，乙方两份，自双方盖章之日起生效。
P:甲方：临江市云溪区人民法院（盖章）　　乙方：临江华审信息技术有限公司（盖章）
P:代表人：__________　　代表人：__________
P:2025年12月____日
"""
add("h282z04", src=H282Z04, file="h282z04_district_court_trial_av_recording_om.pdf", fmt="pdf", lang="zh",
    category="services", kind_text="区法院 科技法庭 庭审录音录像系统 年度运维服务, 政府采购 竞争性磋商",
    terms=dict(availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=300 / 344000 * 100, liability_cap_pct=None, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=344000),
    rules=["CR-DATA-SECURITY", "CR-SLA-RESPONSE"], forum_mainland=True, fee_base=None,
    sums=[([22 * 7200, 58000, 96000, 31600], 344000), ([86000 * 4], 344000)],
    figures=["6小时内响应", "人民币300元", "344,000", "86,000", "500元"])

# ---- h282z05: 辣条厂 WMS licence + 定制开发, supplier's own template, .md, ten findings ----
H282Z05 = """# 仓易通WMS仓储管理系统软件许可及定制开发合同

> 仓易通标准合同文本 V3.0（2025年修订）　合同编号：CYT-HN-2026-0218

**甲方（用户）**：平江县香辣坊食品有限公司
地址：湖南省岳阳市平江县工业园食品城路16号

**乙方（供应商）**：长沙仓易通软件有限公司
地址：长沙市岳麓区麓谷大道668号

甲方主要生产调味面制品（辣条）及休闲豆制品，现有原料、包材、成品及电商发货共5个仓库。为实现批次追溯、保质期管理和电商订单快速发货，甲方向乙方采购仓易通WMS仓储管理系统软件许可及定制开发服务。双方本着平等互利的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓易通WMS标准版软件许可及RF手持终端客户端授权，并根据甲方需求进行定制开发、实施部署和培训。

1.2 定制开发内容以双方确认的《需求说明书》为准，主要包括：按生产批次和保质期先进先出拣货、临期预警、与甲方金蝶云星空ERP的物料及单据对接、与电商平台订单系统的对接。

1.3 软件部署于甲方自有服务器，服务器、网络、数据库授权及RF手持终端硬件由甲方自行采购。

1.4 系统功能包括：入库收货、质检待验、上架策略、库位管理、波次拣货、复核打包、出库交接、盘点、库存调整、批次追溯查询及各类统计报表。

1.5 乙方保证所提供的软件为其合法拥有或有权许可的软件。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 仓易通WMS标准版软件许可（5个仓库、60个并发用户） | 1套 | 420,000 | 420,000 |
| 2 | RF手持终端客户端授权 | 40个 | 1,800 | 72,000 |
| 3 | 定制开发（批次保质期管理、ERP对接、电商订单对接） | 1项 | 268,000 | 268,000 |
| 4 | 实施部署 | 1项 | 76,000 | 76,000 |
| 5 | 用户培训 | 1项 | 14,000 | 14,000 |
| | 合计 | | | 850,000 |

合同总价为人民币捌拾伍万元整（¥850,000），含增值税。其中软件许可费（第1、2项）为492,000元。

## 第三条 付款方式

3.1 本合同签订后七日内，甲方向乙方支付合同总价的55%，即467,500元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线后，甲方支付合同总价的45%，即382,500元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停实施和技术服务，工期相应顺延。

3.4 乙方在收取每笔款项前向甲方开具相应金额的增值税专用发票。

## 第四条 实施与交付

4.1 乙方在收到预付款后90个工作日内完成软件安装部署、定制开发和系统上线。

4.2 甲方应按乙方要求提供需求资料、基础数据、服务器环境和配合人员。因甲方需求变更或配合不到位造成的延误，不计入乙方工期；需求变更导致工作量增加的，费用另行计算。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.4 乙方指派项目经理负责项目实施，实施期间每两周向甲方通报一次项目进度。系统上线前，乙方协助甲方整理基础数据、导入期初库存，并进行一次模拟出入库演练。

4.5 乙方为甲方仓库管理人员和系统管理员各提供一次集中培训，培训地点在甲方现场，培训教材电子版交甲方留存。

## 第五条 上线确认

5.1 乙方完成系统安装部署后，向甲方提交《上线确认单》。甲方应在收到后三个工作日内签署。

5.2 甲方逾期未签署，或甲方已开始使用系统处理出入库业务的，视为系统验收合格。

## 第六条 技术支持与维护

6.1 乙方提供免费维护期六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：一级故障（系统无法登录、无法进行出入库作业）乙方在接到甲方报修后24小时内响应；二级故障（部分功能异常、报表错误）在三个工作日内响应；其他问题在下一版本中统一处理。

6.3 乙方将尽力在合理时间内排除故障。因系统故障、数据错误导致的停工、发货延误等损失，乙方不承担赔偿责任。

6.4 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方另行签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。

6.5 现场服务需甲方承担乙方人员的差旅费用。

6.6 免费维护期内甲方可免费获得软件升级版本；免费维护期满后未签订维护协议的，乙方不再提供升级、补丁和远程支持。

## 第七条 知识产权

7.1 仓易通WMS软件的著作权及其他知识产权归乙方所有。

7.2 本合同项下定制开发的功能模块、接口程序、源代码及相关文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，不得提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方录入和产生的业务数据归甲方所有。

8.2 乙方有权在去除客户名称等标识信息后，将甲方的库存周转、出入库和物流时效数据用于产品优化、行业分析报告及乙方其他产品的算法训练。

8.3 乙方应采取合理的技术措施保障系统数据安全，对参与项目的人员实行账号权限管理，远程维护须经甲方同意并留存操作记录。因乙方过错导致甲方数据泄露或丢失的，乙方应在知悉后四十八小时内通知甲方，并承担相应的赔偿责任。

8.4 合同终止后，乙方应甲方要求协助导出甲方业务数据，导出服务按人天另行收费。

## 第九条 保密

双方对在合作中知悉的对方技术秘密、商业信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密期限至本合同终止后三年。

## 第十条 合作伙伴

乙方有权根据项目需要，将部分开发、实施工作委托给乙方的合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作向甲方负责。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应违约责任。

11.2 乙方对甲方的间接损失、预期利润损失、商誉损失不承担责任。

11.3 因不可抗力、第三方软硬件（包括服务器、数据库、网络和RF手持终端）故障或甲方操作不当造成的损失，乙方不承担责任。

## 第十二条 合同解除

任何一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权解除本合同。合同解除后，甲方已支付的预付款不予退还，但乙方未开始实施的除外。甲方擅自修改软件或将软件提供给第三方使用的，乙方有权终止甲方的使用许可。

## 第十三条 争议解决

因本合同引起的争议，双方友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方另有约定的，以书面补充协议为准。甲方签署本合同即表示已充分阅读并理解本合同全部条款。

甲方（盖章）：平江县香辣坊食品有限公司　　　　乙方（盖章）：长沙仓易通软件有限公司

授权代表：　　　　　　　　　　　　　　　　　　授权代表：

日期：　　年　　月　　日
"""
add("h282z05", src=H282Z05, file="h282z05_spicy_snack_maker_wms_supplier_template.md", fmt="md", lang="zh",
    category="software", kind_text="辣条厂 WMS licence + RF 授权 + 定制开发, supplier's own template (仓易通标准合同文本 V3.0)",
    terms=dict(availability_pct=None, p1_response_hours=24, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=None, prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law=None,
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
               contract_value=850000),
    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    forum_mainland=True, fee_base=492000,
    sums=[([420000, 40 * 1800, 268000, 76000, 14000], 850000), ([420000, 72000], 492000),
          ([467500, 382500], 850000), ([850000 * 55 // 100, 850000 * 45 // 100], 850000)],
    figures=["55%", "467,500", "24小时内响应", "万分之二", "六个月", "届时公布的服务价格标准", "850,000"])

# ---- h282e01: Dongyang woodcarving CNC-design software perpetual licences, Italian vendor, .pdf, GOVERNING-LAW only ----
H282E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:CarveForm Studio perpetual licences, custom post-processors and training. Agreement No. ID-DY-2026-031
P:This Agreement is made on the date of the last signature below between:
P:(1) Dongyang Xinglin Woodcarving Art Co., Ltd., a limited liability company established under the laws of the People's Republic of China, with its registered address at 88 Huadian Road, Nanma Town, Dongyang, Zhejiang Province (the "Buyer"); and
P:(2) Intagli Digitali S.r.l., a company incorporated in Italy, with its registered seat at Via del Faro 3, Isola Porri, Sardinia, Italy (the "Vendor").
H:Background
P:(A) The Buyer operates a woodcarving workshop in Dongyang that produces carved furniture panels, folding screens, temple doors and architectural woodwork. Its workshop runs four CNC carving routers, two of them five-axis and two three-axis, and employs designers who turn hand sketches and photographs into relief models.
P:(B) The Vendor develops and licenses CarveForm Studio, a design and toolpath program for relief and in-the-round carving, and has offered to license it to the Buyer, to write post-processors for the Buyer's routers, to migrate the Buyer's pattern library and to train the Buyer's staff.
P:(C) At the Buyer's request, every price in this Agreement is stated and payable in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Licensed Software" means CarveForm Studio Pro and the 5-Axis Toolpath Module in the versions current at delivery, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the post-processors written for the Buyer's routers, the converted pattern library, the machine and tool templates and any other work product made specifically for the Buyer, including source files.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.
P:1.4 "Business Day" means a working day in the People's Republic of China.
P:1.5 "Severity 1 Fault" means a fault that stops design or toolpath generation on all seats, or a post-processor error that produces wrong toolpaths on any router.
H:2. Scope
P:2.1 The Vendor shall deliver the Licensed Software licence keys, install the Licensed Software on the Buyer's workstations, write and deliver the Custom Deliverables, migrate the Buyer's library of about 2,300 carving patterns from its existing formats, and train the Buyer's designers and machine operators in Dongyang.
P:2.2 The Vendor shall carry out all on-site work with engineers who speak Chinese or with an interpreter at its own cost.
H:3. Price
P:3.1 The Contract Price is CNY 904,000, fixed, inclusive of value-added tax, withholding tax, travel and all other costs, and made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:CarveForm Studio Pro, perpetual licence|14 seats|46,000|644,000
TB:5-Axis Toolpath Module, perpetual licence|6 seats|18,500|111,000
TB:Licence Subtotal|||755,000
TB:Custom post-processors for four routers|1 lot|86,000|86,000
TB:Installation and pattern-library migration|1 lot|39,000|39,000
TB:On-site training in Dongyang|1 lot|24,000|24,000
TB:Contract Price|||904,000
P:3.2 No exchange-rate adjustment applies. Bank charges outside China are borne by the Vendor.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 180,800) within fifteen Business Days after signature of this Agreement and receipt of the Vendor's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 406,800) within twenty Business Days after the Installation Certificate is signed. The Installation Certificate only records that the Licensed Software is installed and the Custom Deliverables delivered; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 316,400) within twenty Business Days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Vendor shall deliver the licence keys within ten Business Days after signature and complete installation, the Custom Deliverables and the pattern migration within 45 days after signature.
P:5.2 If the Vendor misses the date in Clause 5.1 or the Final Acceptance date in the project plan for reasons not attributable to the Buyer, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. The Buyer may deduct the damages from any payment.
H:6. Acceptance
P:6.1 After installation, the parties shall run the acceptance tests in Annex 2, which include at least: (a) activation of all fourteen seats and all six module seats; (b) generation of toolpaths by each post-processor and carving of three reference panels on each router, with a measured deviation from the model of no more than 0.1 mm; (c) a sample check of the migrated patterns against the originals; (d) completion of the training; and (e) ten consecutive Business Days of production use without a Severity 1 Fault.
P:6.2 If all tests are passed, the Buyer shall sign the Final Acceptance Certificate within five Business Days. If a test fails, the Vendor shall correct the cause and the test shall be repeated. Installation, use of the Licensed Software in production, or any payment does not amount to acceptance.
H:7. Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to their documentation and the specification in Annex 1 for eighteen months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects free of charge and supply all updates and new versions of the Licensed Software without charge.
H:8. Support Service Levels
P:8.1 During the Warranty Period and any paid maintenance year, the Vendor shall provide support by telephone, e-mail and remote session from 08:00 to 20:00 Beijing time, Monday to Saturday.
P:8.2 For a Severity 1 Fault the Vendor shall respond within 2 hours and provide a workaround or fix within one Business Day. For other faults the Vendor shall respond by the next Business Day and fix them in the next maintenance release or earlier.
P:8.3 For each hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Buyer CNY 600 against the next invoice or, if none is due, pay the amount within thirty days.
H:9. Post-Warranty Maintenance
P:9.1 After the Warranty Period the Buyer may order maintenance by purchase order, one maintenance year at a time. The maintenance fee is 11% of the Licence Subtotal per year, that is CNY 83,050 per year, and covers the support in Clause 8 and all updates and new versions.
P:9.2 The fee is fixed for the first three maintenance years. After that, any increase requires the Buyer's written agreement and shall not exceed 3% over the previous year's fee. Maintenance does not renew automatically.
H:10. Intellectual Property
P:10.1 The Licensed Software remains the property of the Vendor. The Vendor grants the Buyer and its affiliates in the People's Republic of China a perpetual, irrevocable, non-exclusive licence to use the Licensed Software on the licensed number of seats.
P:10.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall hand over their source files and documentation at Final Acceptance. The Buyer may use, copy, modify and license the Custom Deliverables freely, including to other CNC suppliers.
P:10.3 The Vendor shall indemnify the Buyer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:11. Buyer Data
P:11.1 Design files, carving patterns, customer drawings and photographs processed with the Licensed Software are Buyer Data and belong to the Buyer. The Vendor may use Buyer Data only to provide support under this Agreement.
P:11.2 The Licensed Software runs on the Buyer's own workstations. Licence activation transmits only the seat identifier and a hardware fingerprint. Each remote support session requires the Buyer's approval, is run through a screen-sharing tool chosen by the Buyer and is closed at the end of the case. The Vendor shall not keep copies of Buyer Data and shall delete any file sent to it once the support case is closed.
P:11.3 The Vendor shall notify the Buyer within 24 hours of any unauthorised access to or loss of Buyer Data in its hands, shall help the Buyer to limit the consequences and is liable for all losses caused by its breach of this Clause 11.
H:12. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Agreement, including the Buyer's designs, prices and customer list, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.
H:13. Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Clauses 10.3 and 11, for personal injury and for wilful misconduct, which is not limited.
H:14. Subcontracting
P:The Vendor's Chinese service partner named in Annex 3 may carry out installation and training and is approved by signature of this Agreement. The Vendor shall not use any other subcontractor without the Buyer's prior written consent and remains responsible for its subcontractors.
H:15. Termination
P:The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after notice, or if the delay damages under Clause 5.2 reach their maximum. On termination before Final Acceptance, the Vendor shall repay the amounts received less the value of any deliverables the Buyer elects to keep.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Italy.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration. The seat of arbitration is Milan, Italy, and the language is English.
H:17. General
P:17.1 This Agreement is signed in English, with a Chinese translation for reference. Notices shall be in writing to the addresses above. Amendments require a written document signed by both parties.
P:17.2 Annexes: Annex 1 Specification; Annex 2 Acceptance Tests; Annex 3 Approved Service Partner.
P:For the Buyer: Dongyang Xinglin Woodcarving Art Co., Ltd.    Name, title, signature: ____________________
P:For the Vendor: Intagli Digitali S.r.l.    Name, title, signature: ____________________
"""
add("h282e01", src=H282E01, file="h282e01_woodcarving_cnc_design_software_perpetual_licences.pdf", fmt="pdf",
    lang="en", category="software",
    kind_text="Dongyang woodcarving workshop: CNC-carving design software perpetual licences + custom post-processors, Italian vendor",
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="Italy",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=904000),
    rules=["CR-GOVERNING-LAW"], forum_mainland=False, fee_base=755000,
    sums=[([14 * 46000, 6 * 18500], 755000), ([755000, 86000, 39000, 24000], 904000),
          ([180800, 406800, 316400], 904000), ([904000 * 20 // 100, 904000 * 45 // 100, 904000 * 35 // 100], 904000),
          ([755000 * 11 // 100], 83050)],
    figures=["laws of Italy", "Milan", "within 2 hours", "0.1% of the Contract Price", "eighteen months", "11%",
             "CNY 83,050", "150%", "20%", "904,000"])

# ---- h282e02: Chongqing hot-spring resort booking SaaS, French vendor's Order Form + General Terms, .md ----
H282E02 = """# ORDER FORM No. RSV-CN-2026-0042

**Réservia SAS** - Booking, Channel and Spa Platform

| | |
|---|---|
| Vendor | Réservia SAS, 2 Cale du Vieux Port, Île Trevorc'h, Finistère, France (company number 842 517 306) |
| Customer | Chongqing Jinyun Hot Spring Resort Co., Ltd., 18 Quanhua Road, Beibei District, Chongqing, People's Republic of China |
| Customer contact | Director of E-commerce and Revenue |
| Property | Jinyun Hot Spring Resort: 260 guest rooms, 36 private pool villas, 48 spa treatment rooms, 22 outdoor thermal pools |
| Subscription Term | 24 months from the date of Go-Live Acceptance |
| Currency | Chinese Yuan (CNY), at the Customer's request; all amounts include PRC value-added tax |

This Order Form is entered into under, and incorporates, the Réservia General Terms (China edition, version 4.2) printed below. Together they form the "Agreement".

## 1. Services ordered

1.1 Réservia Booking Engine for the resort's website, WeChat mini-program and mobile pages, with room, villa and package sales.

1.2 Réservia Channel Manager, connecting the resort's inventory and rates to Ctrip, Meituan, Fliggy, Tongcheng and Booking.com, with two-way synchronisation of availability, rates and reservations.

1.3 Réservia Spa and Pool Scheduler for treatment rooms, therapists, private-pool time slots and day-visitor tickets, including the guest self-booking page.

1.4 Interface to the Customer's property management system and to its existing membership program.

## 2. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Booking Engine and Channel Manager | 14,800 per month x 24 months | 355,200 |
| Spa and Pool Scheduler | 6,700 per month x 24 months | 160,800 |
| Subscription subtotal | 21,500 per month x 24 months | 516,000 |
| Onboarding (set-up, OTA mapping, rate-plan migration, training) | one-time | 46,000 |
| Payment gateway integration (WeChat Pay, Alipay, UnionPay) | one-time | 18,000 |
| **Total fees under this Order Form** | | **580,000** |

2.1 Subscription fees are invoiced monthly in arrears, starting with the month in which Go-Live Acceptance occurs, and are payable within thirty days after receipt of a valid VAT invoice.

2.2 The onboarding and integration fees (CNY 64,000) are invoiced after Go-Live Acceptance. No amount is payable in advance.

## 3. Go-Live and acceptance

3.1 The target Go-Live date is ten weeks after signature of this Order Form. If Go-Live Acceptance is delayed beyond the target date for reasons attributable to Réservia, Réservia shall pay the Customer CNY 500 for each day of delay, deducted from the first invoices.

3.2 Go-Live Acceptance requires that: (a) test bookings made through each connected channel arrive in the property management system with the correct room type, rate and guest details; (b) availability and rate changes made in the Channel Manager appear on every channel within the time stated in the onboarding plan; (c) a full day of test payments through each payment method reconciles with the gateway settlement files; (d) spa and pool bookings respect therapist rosters and pool capacity; and (e) the Customer's staff have completed training. The Customer shall sign the Go-Live Acceptance certificate when all items are met. Opening the Booking Engine to the public before signature does not amount to acceptance.

## 4. Special terms agreed for this Order

4.1 Customer Data is hosted in mainland China as described in section 5 of the General Terms.

4.2 Réservia's approved subcontractors are Alibaba Cloud (hosting, Chengdu region) and Chengdu Lüxing Digital Technology Co., Ltd. (local onboarding and first-line telephone support).

Signed for Réservia SAS: ______________________ (Managing Director) Date: __________

Signed for Chongqing Jinyun Hot Spring Resort Co., Ltd.: ______________________ (General Manager) Date: __________

---

# RÉSERVIA GENERAL TERMS (China edition, version 4.2)

## 1. Definitions

"Platform" means Réservia's hosted booking, channel and scheduling software and its updates. "Customer Data" means all data entered into or generated on the Platform by or for the Customer, including guest names, contact details, identity-document numbers, reservations, payment records and preferences. "Customer Materials" means the Customer's content and the configurations made for it, including rate plans, package templates, booking-page designs, spa menus and reports.

## 2. Access and use

2.1 Réservia grants the Customer, for the Subscription Term, the right to access and use the Platform for the property named in the Order Form, for an unlimited number of its staff users.

2.2 The Customer shall keep its user credentials secure and is responsible for the actions of its users.

2.3 Réservia may improve the Platform from time to time, provided that it does not materially reduce the functions ordered.

## 3. Support

3.1 Réservia provides support through its help desk by e-mail and a ticket portal from 09:00 to 18:00 Paris time on French working days, and through its local partner by telephone in Chinese from 09:00 to 21:00 Beijing time every day.

3.2 Réservia will use commercially reasonable efforts to keep the Platform available and to resolve tickets as soon as reasonably practicable, with priority for incidents that prevent reservations from being received. Réservia does not commit to any particular availability level or response time.

3.3 Réservia may carry out maintenance at any time, and will try to schedule planned maintenance outside the busiest booking hours in China and to announce it in the Platform.

## 4. Fees and renewal

4.1 The Customer shall pay the fees stated in the Order Form.

4.2 At the end of the Subscription Term the Agreement renews automatically for successive renewal terms of twenty-four months each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

4.3 Réservia may increase the subscription fees for any renewal term by notice given at least ninety days before that term starts. The increase shall not exceed 6% of the fees of the preceding term.

4.4 Late payments bear interest at the loan prime rate published by the National Interbank Funding Center.

## 5. Customer Data and security

5.1 Customer Data belongs to the Customer. Réservia processes Customer Data only on the Customer's documented instructions and only to provide the Platform and support, and shall not use it for any other purpose.

5.2 Customer Data is stored and processed in mainland China on the hosting provider named in the Order Form. Réservia shall not transfer Customer Data outside mainland China. Its staff in France see only system logs that contain no personal information.

5.3 Réservia shall comply with the Personal Information Protection Law and the Data Security Law, encrypt Customer Data in transit and at rest, restrict access to named staff using multi-factor authentication, log all access, back up Customer Data daily and test restoration quarterly.

5.4 Réservia shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and is liable for the losses, regulatory fines and notification costs that the Customer incurs because of an incident caused by Réservia or its subcontractors.

5.5 On expiry or termination, Réservia shall export all Customer Data in a standard format at the Customer's request and then delete it, and confirm the deletion in writing.

## 6. Confidentiality

Each party shall keep confidential the other party's non-public business information received under the Agreement, including prices, occupancy and revenue figures, and shall not disclose it to third parties except to its professional advisers and approved subcontractors bound by equivalent duties. This obligation survives for three years after the Agreement ends.

## 7. Intellectual property

7.1 The Platform and all rights in it remain with Réservia.

7.2 Customer Materials, including the configurations, templates and designs made for the Customer during onboarding, belong to the Customer. The Customer may use, modify and give them to any successor provider without restriction, and Réservia shall export them on request.

## 8. Subcontracting

Réservia may use the subcontractors listed in the Order Form. It shall not use any other subcontractor or change a listed one without the Customer's prior written consent, and it remains responsible for its subcontractors' performance.

## 9. Liability

9.1 Each party's total liability under the Agreement is limited to twice the total fees under the Order Form.

9.2 The limit does not apply to breach of section 5, to infringement of intellectual property, to personal injury, or to fraud or wilful misconduct.

## 10. Term and termination

10.1 The Agreement starts on signature of the Order Form and continues for the Subscription Term and any renewal term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.

10.3 Réservia may suspend access if undisputed fees remain unpaid for more than forty-five days after a reminder, with ten days' notice.

10.4 On termination by the Customer for Réservia's breach, Réservia shall refund any fees paid for the period after termination.

## 11. Governing law and disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing under its rules in force at the time.

## 12. General

12.1 The Agreement is written in English and Chinese; both versions have equal force. Amendments must be in writing and signed by both parties.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 Notices shall be sent to the contact persons named in the Order Form by e-mail with a copy by courier.
"""
add("h282e02", src=H282E02, file="h282e02_hot_spring_resort_booking_saas_order_form.md", fmt="md", lang="en",
    category="cloud",
    kind_text="Chongqing hot-spring resort booking / channel / spa SaaS, 24 months, French vendor's Order Form + General Terms",
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=500 / 580000 * 100, liability_cap_pct=200, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=580000),
    rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], forum_mainland=True, fee_base=None,
    sums=[([14800 * 24, 6700 * 24], 516000), ([14800 + 6700], 21500), ([516000, 46000, 18000], 580000),
          ([46000, 18000], 64000)],
    figures=["commercially reasonable efforts", "renews automatically", "6%", "CNY 500 for each day",
             "twice the total fees", "580,000"])

# ---- h282e03: Gansu potato farm storage-cellar sensors, German integrator, buyer's paper, .docx, compliant ----
H282E03 = """T:Supply and Installation Contract for Potato Storage Cellar Climate Monitoring
P:Contract No. LY-CC-2026-07
P:Buyer: Gansu Dingxi Lanyuan Potato Industry Co., Ltd., Lanyuan Industrial Park, Anding District, Dingxi, Gansu Province, People's Republic of China (the "Buyer").
P:Supplier: Kellerklima Systemtechnik GmbH, Hafenstrasse 5, Insel Pagenwerder, Germany, commercial register HRB 40917 (the "Supplier").
P:This Contract is drawn up on the Buyer's standard form. The Buyer grows and stores seed and table potatoes in 18 underground and semi-underground storage cellars with a total capacity of about 36,000 tonnes. Losses from sprouting, rot and condensation depend on close control of temperature, humidity and carbon dioxide. The Buyer therefore purchases from the Supplier a cellar climate monitoring system with sensors, gateways, fan controllers and central software, installed and integrated with the existing ventilation. All prices are in Chinese Yuan (CNY) at the Buyer's request.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the equipment and software listed in Article 2 for all 18 cellars, integrate them with the existing ventilation fans, heaters and the farm's SMS alarm gateway, and train the Buyer's storage staff.
P:1.2 Each cellar shall have twelve temperature and humidity probes placed in the pile at the heights shown in Annex A, three carbon dioxide sensors, one gateway and two fan controllers. The central monitoring software shall run on the Buyer's server in the farm office.
P:1.3 All equipment shall be new, suitable for continuous operation at 0 to 40 degrees Celsius and relative humidity up to saturation, and certified for sale in China where certification is required.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,230,000, including value-added tax, transport to the Buyer's site, customs clearance, installation, commissioning and all other costs. It is fixed for the duration of the Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity probes|216|1,450|313,200
TB:2|Carbon dioxide sensors|54|3,800|205,200
TB:3|LoRa gateways|18|6,900|124,200
TB:4|Ventilation fan controllers|36|5,600|201,600
TB:5|Monitoring software, perpetual site licence, unlimited cellars|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,012,200
TB:6|Installation and cabling|1 lot||142,800
TB:7|Integration with ventilation control and SMS alarm gateway|1 lot||58,000
TB:8|Training and documentation|1 lot||17,000
TB:|Contract Price|||1,230,000
H:Article 3 Terms of Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 123,000) within fifteen working days after signature, against the Supplier's invoice and a bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 Delivery and installation payment: 55% of the Contract Price (CNY 676,500) within twenty working days after the parties sign the Installation Certificate for all 18 cellars. The Installation Certificate confirms quantities and installation only and is not acceptance of the system.
P:3.3 Final payment: 35% of the Contract Price (CNY 430,500) within twenty working days after Final Acceptance.
P:3.4 Each payment requires a valid Chinese VAT invoice issued by the Supplier or its authorised Chinese agent.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 60 days after signature and complete installation before the start of the storage season on 20 September 2026.
P:4.2 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of these damages does not release the Supplier from its obligation to complete the work.
P:4.3 Installation work inside loaded cellars shall follow the Buyer's storage manager's instructions, so that doors are opened as little as possible and the potato piles are not damaged.
H:Article 5 Acceptance
P:5.1 After installation, the system shall run for 30 consecutive days in loaded cellars. Final Acceptance requires that: (a) every probe reads within 0.3 degrees Celsius and 3 percentage points of relative humidity of a calibrated reference instrument at the sample points in Annex B; (b) every carbon dioxide sensor passes a test with reference gas; (c) alarms for high temperature, high humidity and high carbon dioxide reach the duty phones by SMS within two minutes in a test of each cellar; (d) automatic ventilation cycles run as configured in each cellar; (e) no gap longer than twenty minutes appears in the records of any cellar during the 30 days; and (f) training is complete and the documents in Annex B have been handed over.
P:5.2 When all conditions are met, the Buyer shall sign the Final Acceptance Certificate within seven working days. Installation, use of the system during the storage season or any payment does not mean that the Buyer accepts the system.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance, covering two storage seasons. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including transport and labour, and provide software corrections and updates free of charge.
P:6.2 Probes or sensors replaced under warranty shall be calibrated before installation. A replaced part carries a new warranty of six months if that ends later than the warranty period.
H:Article 7 Service Levels
P:7.1 The Supplier shall keep a telephone hotline in Chinese, staffed every day during the storage season from 1 September to 30 April and on working days at other times.
TB:Severity|Description|Response|On site / restoration
TB:Severity 1|Central software down, or ventilation control lost in any cellar|1 hour|On site within 24 hours; restored within 36 hours
TB:Severity 2|Gateway or more than three probes of one cellar out of service|Same day|Restored within 3 working days
TB:Severity 3|Single sensor fault or reporting issue|Next working day|Next scheduled visit
P:7.2 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 400, which the Buyer may deduct from any amount due.
H:Article 8 Support after the Warranty Period
P:8.1 After the warranty period, the Buyer may order support by written order for each support year. The support fee is 9% of the Hardware and Licence Subtotal per year, that is CNY 91,098, and covers the services and service levels of Articles 6.1 and 7, annual recalibration and software updates.
P:8.2 The support fee is fixed for the first three support years. Support does not renew automatically, and any later change of price must be agreed in writing.
H:Article 9 Buyer Data and Security
P:9.1 All data recorded by the system, including climate readings, alarm logs, cellar inventories and storage-loss records, is Buyer Data and belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 Buyer Data is stored on the Buyer's server. The gateways send data only to that server. Remote access for support requires the Buyer's approval for each session, uses the Buyer's VPN with multi-factor authentication and is logged. The Supplier shall not copy Buyer Data to its own systems or outside China.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or Buyer Data, shall help the Buyer to contain it and is liable for the losses caused by its failure to meet this Article.
H:Article 10 Intellectual Property
P:10.1 The integration scripts, configurations, cellar dashboards and alarm rules made for the Buyer belong to the Buyer, which may use, modify and have them maintained by any third party. The Supplier shall hand them over with their documentation at Final Acceptance.
P:10.2 The monitoring software and equipment firmware remain the property of their owners and are licensed to the Buyer perpetually for use at the Buyer's farms.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Contract, including the Buyer's storage data, yields and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:Article 12 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct and breach of Articles 9 and 11, which is not limited.
H:Article 13 Subcontracting
P:The installation partner named in Annex C, Lanzhou Beiyuan Electromechanical Installation Co., Ltd., is approved by the Buyer's signature of this Contract. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent and remains responsible for all subcontractors.
H:Article 14 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if the liquidated damages under Article 4.2 reach their maximum.
H:Article 15 Force Majeure
P:A party prevented from performing by force majeure shall notify the other party promptly and provide evidence. Performance is suspended while the event continues. If it continues for more than 90 days, either party may terminate the Contract by written notice.
H:Article 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou.
H:Article 17 Miscellaneous
P:This Contract is made in English and Chinese, and both texts have equal force. Annexes: A Sensor layout; B Acceptance test plan and documents; C Approved installation partner.
P:For the Buyer: ____________________ Date: __________    For the Supplier: ____________________ Date: __________
"""
add("h282e03", src=H282E03, file="h282e03_potato_farm_storage_cellar_sensors.docx", fmt="docx", lang="en",
    category="hardware",
    kind_text="Gansu potato farm: storage-cellar climate sensors, gateways, fan controllers + monitoring licence, German integrator, buyer's paper",
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1230000),
    rules=[], forum_mainland=True, fee_base=1012200,
    sums=[([216 * 1450, 54 * 3800, 18 * 6900, 36 * 5600, 168000], 1012200),
          ([1012200, 142800, 58000, 17000], 1230000), ([123000, 676500, 430500], 1230000),
          ([1230000 * 10 // 100, 1230000 * 55 // 100, 1230000 * 35 // 100], 1230000), ([1012200 * 9 // 100], 91098)],
    figures=["0.08% of the Contract Price", "24 months", "9%", "CNY 91,098", "200%", "1 hour", "10%", "1,230,000"])

# ---- h282e04: Changzhou motor maker managed SIEM, Scottish provider, .md, LD-MISSING + SLA-NO-REMEDY ----
H282E04 = """# MANAGED SIEM SERVICES AGREEMENT

Agreement reference: BCO-CZ-2026-118

**Between**

**Changzhou Hengli Motor Co., Ltd.**, a company established in the People's Republic of China with its registered office at 9 Hehai East Road, Wujin District, Changzhou, Jiangsu Province ("Customer"); and

**Bhride Cyber Operations Ltd**, a company registered in Scotland (SC 613208) with its registered office at Harbour House, Eilean Bhride, Argyll, Scotland ("Provider").

**Recitals**

(A) Customer makes industrial motors and drive systems in three plants in Changzhou. Its IT network and its production (OT) network, including the manufacturing execution system and the PLC gateways of its winding and assembly lines, produce security logs that Customer cannot monitor around the clock with its own staff.

(B) Provider operates security information and event management (SIEM) services and a security operations centre through its subsidiary in Shanghai.

(C) Customer wishes to buy a managed SIEM service for twenty-four months, and the parties agree that all charges are stated and paid in Chinese Yuan (CNY), as Customer requested.

### 1. Definitions

1.1 "Service" means the managed SIEM service described in Schedule 1: log collection, correlation, 24x7 monitoring by analysts, incident triage and notification, monthly reporting and rule tuning.

1.2 "Customer Data" means all logs, events, network flow records, asset information and other data that Customer or its systems provide to Provider, and all alerts, reports and analyses derived from them.

1.3 "Service Acceptance" means Customer's written confirmation under Clause 4 that onboarding is complete.

1.4 "Incident Priority" means P1, P2 or P3 as defined in Schedule 2.

1.5 "Approved Subcontractor" means Bhride Cyber Operations (Shanghai) Co., Ltd., which operates the security operations centre.

1.6 "Working day" means a day on which banks are open for business in Changzhou.

### 2. Term

2.1 This Agreement starts on the date of the last signature (the "Effective Date"). The Service period runs for twenty-four months from Service Acceptance.

2.2 The Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.

### 3. Charges and Payment

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (log-source integration, parser development, use-case tuning, runbooks) | one-time | 88,000 |
| Monthly service charge (up to 180 log sources, 24x7 monitoring) | 58,000 x 24 months | 1,392,000 |
| **Total Contract Value** | | **1,480,000** |

3.1 The onboarding charge is invoiced after Service Acceptance.

3.2 The monthly service charge is invoiced quarterly in arrears (CNY 174,000 per quarter), starting with the quarter in which Service Acceptance occurs.

3.3 Customer pays undisputed invoices within thirty days after receipt of a valid VAT invoice issued by the Approved Subcontractor. No amount is payable in advance.

3.4 Additional log sources above 180 are charged at CNY 260 per source per month, only if Customer orders them in writing.

### 4. Onboarding and Service Acceptance

4.1 Provider shall carry out onboarding under the plan in Schedule 3. The target date for Service Acceptance is ten weeks after the Effective Date. Provider will use reasonable endeavours to meet the target date; if it is missed, the parties will agree a revised date in the steering committee.

4.2 Service Acceptance requires that: (a) at least 160 log sources from the IT and OT networks, including firewalls, domain controllers, the manufacturing execution system and the PLC gateways, are connected and reporting; (b) the 45 use cases listed in Schedule 3 have each been triggered by a simulated attack and produced the expected alert; (c) runbooks and escalation contacts have been approved by Customer; and (d) a shadow operation of 14 consecutive days has been completed, with all alerts handled according to the runbooks.

4.3 Customer shall sign a Service Acceptance certificate within five working days after all conditions are met, or state in writing which conditions are not met. Connecting log sources or starting monitoring does not constitute Service Acceptance.

4.4 Customer shall give Provider's engineers the network access, log-forwarding configuration and contact persons needed for onboarding, and shall make its OT engineers available for the integration of the PLC gateways during planned production stops.

### 5. Service Levels

5.1 Provider shall meet the following service levels, measured monthly:

| Incident Priority | Example | Triage and notification | Containment advice |
|---|---|---|---|
| P1 | ransomware activity, confirmed intrusion, attack on the OT network | 30 minutes | 2 hours |
| P2 | malware on a single host, suspicious privileged activity | 2 hours | 8 hours |
| P3 | policy violations, low-risk anomalies | next working day | in the monthly report |

5.2 The customer portal shall be available at least 99.95% of each month, excluding maintenance announced three working days in advance.

5.3 The service levels in this Clause are performance targets. If a target is missed, Provider shall explain the reason in the monthly service report and, if Customer asks, agree a remediation plan with deadlines. No service credits, fee reductions or other financial compensation apply to missed service levels.

5.4 Provider shall deliver a monthly service report by the fifth working day of each month, listing alerts, incidents, service-level results, rule changes and recommendations, and shall hold a quarterly review with Customer's IT and production managers.

5.5 Provider shall keep at least two named senior analysts who know Customer's environment assigned to the account, and shall tell Customer in advance of any change of the service manager.

### 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer. Provider shall not use Customer Data, or any data derived from it, for other clients, for any threat-intelligence feed, for benchmarking or for product development.

6.2 Customer Data is held in a SIEM tenant dedicated to Customer in a data centre in Shanghai, which has passed Multi-Level Protection Scheme level 3 assessment. Customer Data shall not leave mainland China. Access is limited to named analysts of the Approved Subcontractor, uses multi-factor authentication and is logged, and the access logs are available to Customer.

6.3 Provider shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data or the SIEM tenant, shall take immediate steps to contain it and is liable for the losses that Customer suffers because of an incident caused by Provider or the Approved Subcontractor.

6.4 On expiry or termination, Provider shall return Customer Data in a standard format within thirty days and then securely delete it, and confirm the deletion in writing.

### 7. Intellectual Property

7.1 Provider's SIEM platform, standard rules and tools remain Provider's property.

7.2 The parsers, detection rules, use cases, playbooks, runbooks and dashboards developed specifically for Customer during onboarding and the Service period belong to Customer. Customer may use, modify and give them to any other provider without restriction. Provider shall export them on request and at the end of the Agreement.

### 8. Confidentiality

Each party shall keep confidential the other party's non-public information obtained under this Agreement, including Customer's network design, vulnerabilities and incident details, and shall disclose it only to its staff and the Approved Subcontractor on a need-to-know basis. This obligation continues for three years after this Agreement ends.

### 9. Subcontracting

Provider may perform the Service through the Approved Subcontractor, which is approved by Customer's signature of this Agreement. Provider shall not use any other subcontractor without Customer's prior written consent, and it remains fully responsible for the acts of its subcontractors.

### 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit in Clause 10.1 does not apply to breach of Clause 6 or Clause 8, to personal injury or to wilful misconduct.

10.3 Neither party is liable for indirect or consequential loss, except under Clause 6.

### 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after receiving Customer's notice.

11.2 Either party may terminate by written notice if the other party becomes insolvent.

11.3 On termination, Customer pays the charges for the Service provided up to the termination date, and Provider shall give exit assistance under Clause 6.4 and Clause 7.2.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding on both parties.

### 13. General

13.1 This Agreement, with Schedule 1 (Service Description), Schedule 2 (Incident Priorities) and Schedule 3 (Onboarding Plan and Use Cases), is the entire agreement between the parties on its subject.

13.2 It is signed in English and Chinese, and both versions are equally authentic.

13.3 Neither party may assign this Agreement without the other party's prior written consent.

13.4 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, government action or a widespread failure of public networks, provided that it notifies the other party promptly and resumes performance as soon as possible.

13.5 Notices under this Agreement shall be in writing and sent by courier or e-mail to the contact persons named in Schedule 1. A notice sent by e-mail is effective when the recipient confirms receipt.

Signed for **Changzhou Hengli Motor Co., Ltd.**: ______________________ Date: __________

Signed for **Bhride Cyber Operations Ltd**: ______________________ Date: __________
"""
add("h282e04", src=H282E04, file="h282e04_motor_maker_managed_siem_service.md", fmt="md", lang="en",
    category="services",
    kind_text="Changzhou motor maker: managed SIEM service, 24 months + onboarding, Scottish provider",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1480000),
    rules=["CR-LD-MISSING", "CR-SLA-NO-REMEDY"], forum_mainland=True, fee_base=None,
    sums=[([88000, 58000 * 24], 1480000), ([58000 * 3], 174000), ([174000 * 8], 1392000)],
    figures=["30 minutes", "99.95%", "No service credits", "reasonable endeavours", "150%", "1,480,000"])

# ---- h282e05: Shenzhen logistics customs-declaration API subscription, Portuguese vendor, .txt ----
H282E05 = """API SUBSCRIPTION AGREEMENT
Customs Declaration API - Enterprise Tier
Agreement No. AD-SZ-2026-0077

PARTIES

Alfândega Digital, Lda., a private limited company registered in Portugal under number 516 204 883, with its seat at Rua do Cais 7, Ilhéu dos Dragoeiros, Portugal ("Vendor"); and

Shenzhen Qianhai Haoyun Supply Chain Co., Ltd., a company established in the People's Republic of China, with its registered address at 1 Qianwan Road, Qianhai, Nanshan District, Shenzhen ("Customer").

BACKGROUND

Customer is a freight forwarder and customs broker that files import and export declarations for cross-border e-commerce sellers and manufacturers through the China International Trade Single Window. Vendor operates an application programming interface (the "API") that validates declaration data, suggests commodity codes, converts commercial invoices and packing lists into declaration messages, submits them and returns the customs receipts. Customer wishes to connect its warehouse and order systems to the API. At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

(a) "Service" means access to the API, the web console, the sandbox environment and support, as described in Schedule 1.
(b) "Subscription Term" means the period of twenty-four months starting on the Service Start Date.
(c) "Service Start Date" means the date on which Vendor issues production API credentials to Customer.
(d) "Subscription Year" means each of the two consecutive periods that make up the Subscription Term.
(e) "Customer Data" means all data that Customer or its systems submit to the Service or receive from it, including shipper, consignee and buyer details, commodity descriptions, commodity codes, invoices, packing lists, declarations and customs receipts.
(f) "Integration Acceptance" means Customer's written confirmation under Section 4.

2. SERVICE

(a) Vendor shall provide the Service during the Subscription Term for up to 400,000 declarations per Subscription Year, and for an unlimited number of Customer's users and connected systems.
(b) Vendor shall keep the API compatible with the message formats of the Single Window and shall release any change required by a new customs rule before it takes effect, with at least ten working days' notice to Customer when Customer must change its own systems.
(c) Vendor shall provide a sandbox environment with test responses throughout the Subscription Term.

3. FEES AND PAYMENT

(a) Fees:
    Subscription Fee, Enterprise Tier: CNY 276,000 per Subscription Year x 2 = CNY 552,000
    Onboarding and integration support (one-time): CNY 38,000
    Total fees under this Agreement: CNY 590,000
(b) Declarations above 400,000 in a Subscription Year are charged at CNY 0.45 each, invoiced after the end of that Subscription Year.
(c) The Subscription Fee for the first Subscription Year, CNY 276,000, is invoiced on signature of this Agreement and is payable within ten days after the invoice, before the Service Start Date. Vendor will issue production credentials only after this payment is received.
(d) The Subscription Fee for the second Subscription Year is invoiced thirty days before that Subscription Year begins.
(e) The onboarding fee of CNY 38,000 is invoiced after Integration Acceptance.
(f) All fees include PRC value-added tax. Vendor invoices through its authorised agent in Shenzhen, which issues Chinese VAT invoices.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

(a) Vendor shall help Customer to connect its warehouse management system and order system to the API under the onboarding plan in Schedule 3. The target date for Integration Acceptance is eight weeks after the Service Start Date.
(b) Integration Acceptance requires that: (i) 1,000 test declarations of the types listed in Schedule 3 pass through the sandbox without errors caused by the API; (ii) 200 live declarations are accepted by the Single Window without rejection caused by Vendor's data conversion or commodity-code mapping; (iii) customs receipts are returned to Customer's systems for every live declaration; and (iv) Customer's operators have completed training.
(c) Customer shall confirm Integration Acceptance in writing within five working days after the conditions are met. Live use of the API before that confirmation does not mean acceptance.
(d) If Integration Acceptance is delayed beyond the target date for reasons attributable to Vendor, Vendor shall pay Customer CNY 450 for each day of delay, deducted from the onboarding fee and then from later invoices.

5. SERVICE LEVELS AND CREDITS

(a) The API shall be available at least 99.95% of each calendar month, measured at Vendor's gateway, excluding maintenance announced five working days in advance and carried out between 01:00 and 05:00 Beijing time.
(b) Priority 1 incidents (the API is unavailable, or submissions to the Single Window fail for all declarations): Vendor shall respond within 30 minutes and restore the Service within 3 hours. Priority 2 incidents (degraded performance, or failures of one declaration type): response within 2 hours and restoration by the next working day. Support is available in Chinese and English by telephone, e-mail and ticket, at all hours for Priority 1 and from 08:00 to 22:00 Beijing time otherwise.
(c) If monthly availability falls below 99.95%, Vendor shall credit 10% of the monthly equivalent of the Subscription Fee (CNY 23,000); below 99.5%, 25% of it. For each hour by which a Priority 1 response or restoration is late, Vendor shall credit CNY 1,000. Credits are deducted from the next invoice or paid within thirty days after the end of the Subscription Term.
(d) Vendor shall provide a monthly service report with availability, incidents, response and restoration times and credits due.

6. CUSTOMER DATA AND SECURITY

(a) Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the Service to Customer and only on Customer's instructions, and shall not use it for any other purpose, including statistics, product development or services to other customers.
(b) Customer Data is stored and processed only in mainland China, on servers of the hosting provider named in Section 8 in its Shenzhen region. Vendor's staff outside China have no access to Customer Data.
(c) Vendor shall comply with the Personal Information Protection Law, the Data Security Law and the rules on customs data, shall encrypt Customer Data in transit and at rest, shall give access only to named operations staff using multi-factor authentication, shall log every access and shall keep the logs for at least 180 days.
(d) Vendor shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take immediate measures to contain it, and shall bear the losses, regulatory fines and notification costs that Customer incurs as a result of an incident caused by Vendor or its subcontractors.
(e) At the end of the Subscription Term, Vendor shall return all Customer Data in a standard format within thirty days and then delete it from all systems, and shall confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

(a) The API, the console and Vendor's standard commodity-code models remain Vendor's property.
(b) The mapping templates, commodity-code rules and connectors written for Customer during onboarding belong to Customer. Customer may use, modify and have them maintained by others without restriction, and Vendor shall deliver their source code at Integration Acceptance.

8. SUBCONTRACTORS

Vendor uses Tencent Cloud Computing (Beijing) Co., Ltd. for hosting and Shenzhen Guanxun Information Technology Co., Ltd. for local support and invoicing; both are approved by Customer's signature of this Agreement. Vendor shall not use any other subcontractor for the Service without Customer's prior written consent and remains responsible for its subcontractors.

9. TERM, NO CANCELLATION

(a) This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new agreement signed by both parties.
(b) The Subscription Term is fixed and non-cancellable. Customer may not terminate this Agreement or reduce the Subscription before the end of the Subscription Term for any reason, including a breach by Vendor. Customer's remedies for failures of the Service are the credits in Section 5 and damages under Section 10, and the fees already paid or due are not refundable.
(c) Vendor may suspend the Service if an undisputed invoice remains unpaid for more than thirty days after a written reminder, and may terminate this Agreement if the amount remains unpaid for a further thirty days.

10. LIABILITY

(a) Vendor's total liability under this Agreement is limited to 150% of the total fees under Section 3(a).
(b) The limit does not apply to breach of Section 6, to infringement of third-party rights, or to fraud or wilful misconduct.
(c) Vendor is not liable for customs penalties caused by incorrect data supplied by Customer, but is liable for penalties and demurrage caused by errors in Vendor's data conversion or commodity-code mapping, within the limit in Section 10(a).

11. GOVERNING LAW AND DISPUTES

(a) This Agreement is governed by the laws of the People's Republic of China.
(b) Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time of submission.

12. GENERAL

(a) This Agreement consists of these terms and Schedule 1 (Service Description), Schedule 2 (Support Contacts) and Schedule 3 (Onboarding Plan and Test Cases).
(b) It is written in English and Chinese; both versions are equally authentic.
(c) Amendments are valid only in writing signed by both parties. Neither party may assign this Agreement without the other party's prior written consent.
(d) Notices shall be given in writing to the addresses above, with a copy by e-mail to the contacts in Schedule 2.

SIGNED

For Alfândega Digital, Lda.: ______________________  Name / Title / Date
For Shenzhen Qianhai Haoyun Supply Chain Co., Ltd.: ______________________  Name / Title / Date
"""
add("h282e05", src=H282E05, file="h282e05_logistics_customs_declaration_api_subscription.txt", fmt="txt", lang="en",
    category="cloud",
    kind_text="Shenzhen logistics firm: customs-declaration API subscription, 24 months + onboarding, Portuguese vendor",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False,
               ld_rate_per_day_pct=450 / 590000 * 100, liability_cap_pct=150, prepayment_pct=276000 / 590000 * 100,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=590000),
    rules=["CR-CONFIDENTIALITY", "CR-PREPAYMENT", "CR-TERMINATION"], forum_mainland=True, fee_base=None,
    sums=[([276000 * 2, 38000], 590000), ([276000 * 2], 552000)],
    figures=["CNY 276,000", "before the Service Start Date", "non-cancellable", "within 30 minutes", "99.95%",
             "CNY 450 for each day", "150%", "590,000"])

# ---------------------------------------------------------------- main ------------------------------------------
PLAN = {  # the mix decided before writing: key -> (expected rules, risk)
    "h282z01": ([], "low"),
    "h282z02": (["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high"),
    "h282z03": (["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], "medium"),
    "h282z04": (["CR-DATA-SECURITY", "CR-SLA-RESPONSE"], "high"),
    "h282z05": (["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"], "high"),
    "h282e01": (["CR-GOVERNING-LAW"], "low"),
    "h282e02": (["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
    "h282e03": ([], "low"),
    "h282e04": (["CR-LD-MISSING", "CR-SLA-NO-REMEDY"], "high"),
    "h282e05": (["CR-CONFIDENTIALITY", "CR-PREPAYMENT", "CR-TERMINATION"], "medium"),
}


def label(k):
    r = C[k]
    t = {key: r["terms"][key] for key in TERM_KEYS}
    x = r["extra"]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in x and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    return {"file": r["file"], "language": r["lang"], "category": r["category"], "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(r["rules"])}


def main():
    selftest_thresholds()
    assert set(C) == set(PLAN) and len(C) == 10
    fmts = sorted(C[k]["fmt"] for k in C)
    assert fmts == sorted(["docx"] * 2 + ["pdf"] * 2 + ["md"] * 3 + ["txt"] * 3), fmts
    build(sorted(C))
    fired = set()
    for k in sorted(C):
        r = C[k]
        assert set(r["terms"]) == set(TERM_KEYS), k
        for parts, total in r["sums"]:
            assert sum(parts) == total, (k, parts, total)
        got = apply_rules(r["terms"], r["extra"], r["forum_mainland"], r["fee_base"])
        assert got == sorted(r["rules"]) == sorted(PLAN[k][0]), (k, got, r["rules"])
        assert risk(got) == PLAN[k][1], (k, risk(got))
        fired |= set(got)
        text = readback(k)
        flat = re.sub(r"\s", "", norm(text))
        if r["fmt"] == "pdf":  # page footers "第 N 页" drawn by word_pdf.build_pdf can split a sentence
            flat = re.sub(r"第\d+页", "", flat)
        hits = threshold_hits(text) + (threshold_hits(flat) if r["lang"] == "zh" else [])
        assert not hits, (k, hits)
        for f in r["figures"]:
            assert re.sub(r"\s", "", f) in flat, (k, "figure missing", f)
        assert in_range(k, text), (k, size(k, text))
        cv = r["extra"]["contract_value"]
        assert f"{cv:,}" in flat, (k, "contract value not in text")
        (OUT / (Path(r["file"]).stem + ".json")).write_text(
            json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
        share = tco_share(r["terms"], r["extra"], r["fee_base"])
        print(f"{r['file']:62s} {size(k, text)} risk={risk(got):6s} tco_share={share and round(share, 2)} {got}")
    print(len(fired), "distinct rules fired:", sorted(fired))
    n = sum(1 for k in C if not C[k]["rules"]), sum(1 for k in C if C[k]["rules"] == ["CR-GOVERNING-LAW"])
    assert n == (2, 1)
    assert sum(1 for k in C if 2 <= len(C[k]["rules"]) <= 3) == 6 and max(len(C[k]["rules"]) for k in C) >= 9
    print("all assertions passed")


if __name__ == "__main__":
    main()
