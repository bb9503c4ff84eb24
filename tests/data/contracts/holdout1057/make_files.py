"""holdout1057: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written as is; .docx / .pdf are built by ../word_pdf.py from the markup sources below.
- Labels are written from DESIGN (one-space indent, no trailing newline, key order as holdout19).
- Checks: each draft's rules derived from its label (my reading of policy §3) equal the design list; all 20 CR rules
  fire at least once; text lengths as read back; no label value on a threshold; no threshold figure in any text
  (regex self-tested on must-hit / must-miss strings); TCO share not within 2 points of 40 %; price sums.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

ALL_RULES = [
    "CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
    "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
    "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
    "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE",
]

TERM_KEYS = [
    "availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
    "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
    "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
    "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind",
]


def derive_rules(t, x, d):
    """My reading of policy §3 (with its section "Where rules apply, and how clauses are read")."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated": also when there is no SLA at all
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
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    goods = t["contract_kind"] == "goods_or_licence"
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, d)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d.get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def tco_share(t, x, d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. None when the fee is not a computable figure."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def risk_of(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if any(r in high for r in rules):
        return "high"
    if any(r != "CR-GOVERNING-LAW" for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![a-z\-])four\s*\(?4?\)?\s*-?\s*hours?",
    r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![\d.])0\.05\s*%", r"(?<![\d.])0\.050*\s*%", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100\s*%", r"百分之一?百(?![分])", r"one hundred per\s*cent", r"one hundred percent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
    r"(?<![\d.])15\s*%", r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(?:months?|个\s*月|月)", r"twelve\s*\(?(?:12)?\)?\s*-?\s*months?", r"十二\s*个\s*月",
    r"(?<![a-z])one\s*-?\s*years?(?![a-z])", r"(?<![\d.])1\s*-?\s*years?(?![a-z])", r"(?<![一二三四五六七八九十每第])一\s*年",
    r"(?<![\d.])5\s*-?\s*years?(?![a-z])", r"five\s*\(?5?\)?\s*-?\s*years?", r"(?<![十])五\s*年", r"(?<![\d.])60\s*-?\s*months?",
    r"六十\s*个\s*月",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4-hour", "four (4) hours", "四小时", "4小时", "0.05%", "0.050 %",
            "万分之五", "100%", "百分之百", "30%", "百分之三十", "40 %", "15%", "百分之十五", "12 months", "12-month",
            "12个月", "十二个月", "twelve (12) months", "one year", "一年", "1 year", "5 years", "五年", "five years",
            "60 months", "2026年12月"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之五十",
             "130%", "150%", "200%", "35%", "25%", "115%", "18 months", "24个月", "十八个月", "each year", "每年",
             "Year 1", "第一年", "2 years", "两年", "36 months", "0.5%", "45%", "二十四个月", "4,800", "Section 4"]


def self_test():
    for s in MUST_HIT:
        assert SCAN.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not SCAN.search(s), ("must miss", s, SCAN.search(s))


def scan_text(name, text):
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = SCAN.search(variant)
        assert not m, (name, "threshold figure in text", variant[max(0, m.start() - 40):m.end() + 40])


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length_ok(lang, text):
    if lang == "zh":
        n = len(re.sub(r"\s+", "", text))
        return n, 2750 <= n <= 3000
    n = len(text.split())
    return n, 1450 <= n <= 1650


THRESH_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                 "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


# ---------------------------------------------------------------- sources
Z01 = """T:城市停车诱导平台采购合同
P:合同编号：HZCG-2027-0318    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市城市管理局
P:乙方（供应商）：某市泊通智能交通科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就城市停车诱导平台软件许可及定制开发项目，经协商一致，订立本合同（甲方合同范本）。
H:第一条 项目内容
P:1.1 乙方向甲方提供停车诱导平台软件许可（覆盖全市公共泊位及三级诱导屏，不限用户数、永久使用），并完成定制开发：诱导屏接入与发布模块、路内泊位地磁数据对接、公共停车场数据汇聚接口、市民停车小程序及运营分析驾驶舱。
P:1.2 乙方负责系统在甲方政务云上的部署、联调、数据初始化和上线试运行，并对甲方运维人员及各区停车管理人员进行培训。
P:1.3 项目详细需求以招标文件第五章及双方确认的需求规格说明书为准。
P:1.4 乙方提供的系统应兼容甲方现有诱导设备的通信协议，并预留与城市交通大脑平台的数据接口。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零捌万捌仟元整（¥2,088,000），为固定总价，含税及完成本项目所需全部费用，其中：平台软件许可费¥1,260,000；定制开发费¥684,000；实施部署费¥118,000；培训费¥26,000。
P:2.2 除本合同另有约定外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，计¥417,600。
P:3.2 系统上线试运行满三十日且通过初步验收后，甲方支付合同总价的45%，计¥939,600。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计¥730,800。
P:3.4 乙方每次请款前应开具合法有效的增值税发票；甲方按财政国库集中支付程序付款。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百二十日内完成全部开发、部署并具备上线试运行条件。
P:4.2 因甲方原因造成延误的，交付期限相应顺延，双方应书面确认。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具备同类项目经验，未经甲方同意不得更换；项目经理每周向甲方提交书面进度报告。
P:4.4 乙方应交付的文档包括：需求规格说明书、概要设计、数据库设计、接口说明、部署手册、测试报告、用户手册及培训教材。
H:第五条 验收
P:5.1 验收依据为招标文件、投标文件、需求规格说明书及国家相关标准，分初步验收和最终验收两个阶段。
P:5.2 最终验收标准：（1）需求规格说明书所列功能全部实现并逐项测试通过；（2）接入诱导屏、路内泊位及公共停车场数据与现场核对一致，泊位数据刷新延迟不超过三十秒；（3）平台在二千并发用户下页面平均响应时间不超过二秒；（4）通过第三方网络安全等级保护测评（第三级）；（5）连续试运行六十日内未发生一级故障；（6）技术文档、源代码及操作手册完整交付。
P:5.3 甲方应在收到乙方验收申请后十五个工作日内组织验收，并出具书面验收报告。系统上线、试运行或甲方使用，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
P:5.5 培训要求：乙方应为甲方系统管理员提供不少于三日的集中培训，为各区停车管理人员提供现场操作培训，培训结束后经考核合格方视为培训完成；培训教材归甲方所有，甲方可自行复制用于内部培训。
H:第六条 质量保证与维保服务
P:6.1 免费质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和安全补丁。
P:6.2 质保期满后，如甲方续购维保服务，年度维保费不超过平台软件许可费的8.5%，即每年不超过¥107,100，该标准三年内不上调；维保合同每年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或诱导屏大面积无法发布）：乙方应在三十分钟内响应，两小时内到达现场，八小时内恢复；二级故障：一小时内响应，二十四小时内解决；三级故障：两个工作日内解决。
P:7.3 乙方每超过约定响应或恢复时限一小时，甲方可扣减维保服务费或履约保证金¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 平台软件著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、小程序、驾驶舱及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所提供的软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台采集、生成和存储的全部泊位数据、车辆通行数据、用户数据及业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，亦不得以脱敏、汇总等方式另作他用。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储，运维访问须经甲方审批并通过堡垒机操作，不得将数据复制或转移至政务云之外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
P:9.4 合同终止或维保服务结束后，乙方应在十五日内将全部数据完整移交甲方，并彻底删除其持有的副本，出具书面删除证明。
H:第十条 保密
P:10.1 乙方对在履约过程中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书。
P:10.3 本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定的，应无偿修复或更换，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 履约保证金
P:12.1 乙方应在合同签订后七个工作日内向甲方提交合同总价5%的履约保证金，可以银行保函形式提交。
P:12.2 最终验收合格后，甲方在十个工作日内无息退还履约保证金；乙方存在违约情形的，甲方可从中扣除相应违约金及赔偿款。
H:第十三条 分包
P:本项目不允许分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:14.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及澄清文件为本合同组成部分。
P:16.2 合同履行中的变更须经双方书面确认，涉及金额调整的按政府采购有关规定办理。
P:16.3 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
P:签订日期：2027年3月18日
"""

Z02 = """T:卷发棒生产线控制系统改造合同
P:合同编号：JF-ZZ-2027-022
P:甲方：某电器制造有限公司（电动卷发棒生产厂）
P:乙方：某自动化工程有限公司
P:甲方为提升电动卷发棒生产线的温控精度、良品率和数据采集水平，委托乙方对六条总装及老化测试生产线的控制系统进行改造，双方经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线的PLC控制柜更换、发热体温控模块及加热回路改造、外观及功能视觉检测单元加装、伺服驱动及人机界面更换，并提供产线数据采集及控制软件许可（永久许可，六条产线不限终端）。
P:1.2 乙方负责设备供货、安装、接线、PLC程序及人机界面组态编写、与甲方MES系统对接、整线联调、试生产及操作培训。
P:1.3 改造须分线实施，每条产线停线时间不超过七日，不得影响其余产线生产。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾万元整（¥1,800,000），含税、运输、安装及保险费用，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造|6套|118,000|708,000
TB:2|温控模块及加热回路改造|6套|42,000|252,000
TB:3|视觉检测单元|6套|56,000|336,000
TB:4|伺服驱动及人机界面|6套|35,000|210,000
TB:5|产线数据采集及控制软件许可|1套|150,000|150,000
TB:|设备及软件小计|||1,656,000
TB:6|安装调试及MES对接|1项|128,000|128,000
TB:7|操作及维护培训|1项|16,000|16,000
TB:|合计|||1,800,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或人工价格变化而调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%，即¥180,000。
P:3.2 全部设备到货并完成六条产线安装调试后，甲方支付合同总价的55%，即¥990,000。到货签收及安装完成不代表设备质量验收合格。
P:3.3 整线最终验收合格后，甲方支付合同总价的35%，即¥630,000。
P:3.4 乙方应在每笔付款前开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，九十日内完成六条产线的改造及联调。
P:4.2 每条产线改造前，乙方应提交停线计划及安全施工方案，经甲方生产部门确认后方可实施。
P:4.3 乙方提供的设备应为全新原厂正品，PLC、伺服及视觉相机品牌须为投标时确认的品牌，不得以其他品牌替代；设备随附合格证、说明书及出厂检验报告。
P:4.4 乙方应随设备提供首批备品备件（含温控模块、继电器、光电开关及相机镜头各若干），清单见附件，备件价格已包含在合同总价内。
P:4.5 改造期间乙方应做好原有控制柜、线缆及程序的拆除登记和备份，拆除物资归甲方所有，由乙方运至甲方指定仓库。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线测试，全部产线完成后进行整线最终验收。
P:5.2 验收标准：（1）发热体温度控制精度达到设定值±3℃；（2）产线节拍不低于改造前设计节拍；（3）视觉检测漏检率不高于千分之二；（4）设备数据每五秒上传MES系统一次且与现场数据一致；（5）连续试生产二十日内无一级故障；（6）图纸、程序备份、说明书等资料齐全。
P:5.3 验收合格的，双方签署最终验收证书。任何产线投入试生产或甲方使用设备，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十日内整改并重新组织验收，整改费用由乙方承担；两次验收仍不合格的，甲方有权退货并解除合同。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为故障的，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、程序维护及软件升级），年度维保费按设备及软件小计的26%计取，即每年¥430,560，质保期满后三年内不调整。
P:6.3 一级故障（整条产线停机）：乙方应在一小时内响应，两小时内到达现场，八小时内恢复生产；二级故障（单台设备或检测单元失效）：两小时内响应，二十四小时内修复。
P:6.4 乙方每超过约定响应或恢复时限一小时，应向甲方支付¥500，甲方可从应付款中直接扣除。
P:6.5 培训：乙方应为甲方设备维修人员提供不少于五日的PLC程序、人机界面及视觉检测参数调整培训，为产线操作人员提供现场操作培训，并提交培训记录和考核结果。
P:6.6 维保服务期内，乙方应每季度对六条产线进行一次预防性巡检，并出具书面巡检报告。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、人机界面组态、MES接口程序及相应源文件、图纸，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:7.2 数据采集及控制软件的著作权归乙方所有，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、温度曲线及配方均属甲方所有，乙方只能为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方远程访问产线设备须经甲方书面审批，通过甲方指定的VPN及审计系统进行，访问结束后立即关闭通道。
P:8.3 乙方应对其人员和设备采取必要的安全措施，防止病毒、恶意程序进入甲方工控网络。因乙方原因导致数据泄露、丢失或工控系统感染病毒的，乙方应在两小时内报告甲方，并承担全部赔偿责任。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方产品设计、工艺、配方、产量及客户信息承担保密义务，不得向第三方披露。保密义务在本合同终止后三年内继续有效。
H:第十条 分包
P:乙方可将现场电气安装、线缆敷设等施工内容分包给具有相应资质的第三方，但应提前三日书面通知甲方；乙方对分包部分的质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方未按期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方施工原因造成甲方停产损失的，乙方应赔偿甲方实际损失。
P:11.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失、人身伤害及违反第八条、第九条造成的损失不受此限。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十二条 安全生产
P:乙方人员进入甲方厂区应遵守甲方安全管理制度，持证上岗，动火、带电作业须办理审批手续。因乙方违规作业造成人身伤害或财产损失的，由乙方承担责任。
P:乙方应为其现场人员购买意外伤害保险，并在施工区域设置安全警示标识；施工结束后及时清理现场。
H:第十三条 合同解除
P:乙方严重违约且在甲方书面通知后十日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。因不可抗力致使合同目的不能实现的，任何一方均可书面通知解除合同。
H:第十四条 法律适用及争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交温州仲裁委员会仲裁，仲裁裁决为终局裁决。
H:第十五条 其他
P:合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备技术规格书、改造实施方案、验收测试大纲。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

Z03 = """陶笛培训门店预约及会员管理系统服务合同

合同编号：TD-SAAS-2027-07
甲方：某陶笛文化教育连锁有限公司（下辖三十家直营培训门店）
乙方：某云课堂信息技术有限公司

甲方拟在旗下三十家陶笛培训门店统一使用课程预约、会员管理及储值消课系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店提供预约排课、会员档案、储值卡及课时包管理、消课核销、教师课酬统计、营销活动及经营报表功能，门店账号数量不限。
2. 乙方提供家长端微信小程序，支持在线约课、请假调课、课后点评及作品视频上传。
（二）实施服务
1. 将甲方现有会员、课时余额及储值余额数据从旧系统迁移至本系统，并逐店核对。
2. 按甲方品牌要求定制小程序页面、课程卡券模板及总部经营驾驶舱。
3. 为甲方总部及各门店店长、前台、教师提供培训。
4. 协助甲方完成小程序的微信平台认证及上线发布。
（三）支持服务
1. 乙方提供每日八时至二十二时的客服热线及在线工单，一级故障提供全天候电话支持。
2. 乙方为甲方指定一名专属客户成功经理，每季度回访各门店使用情况并提交改进建议。
3. 乙方每季度对门店新入职员工提供一次线上培训，不另收费。
（四）服务期
本合同服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧随其后。

二、合同价款
（一）订阅服务费：每家门店每个服务年度¥9,800，三十家门店每个服务年度合计¥294,000，两个服务年度合计¥588,000。
（二）实施费：¥86,000，含数据迁移、页面定制及驾驶舱开发。
（三）培训费：¥14,000。
（四）合同总金额为¥688,000（含税）。服务期内订阅服务费不作调整。新增门店按每店每个服务年度¥9,800另行结算。
（五）合同总金额已包含乙方为履行本合同所需的云资源、短信及带宽费用，乙方不得另行收取。

三、付款方式
（一）实施费及培训费合计¥100,000，在系统上线验收合格后十五个工作日内一次性支付，此前甲方不支付任何款项。
（二）订阅服务费按季度后付，每季度末乙方提交服务报告及发票，甲方确认后十个工作日内支付当季费用¥73,500。
（三）如当季发生服务水平扣减，甲方在当季付款中直接扣除。
（四）乙方收款账户变更的，应提前书面通知甲方。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、定制开发和培训，并申请上线验收。
（二）上线验收标准：
1. 会员人数、课时余额及储值余额与旧系统逐店核对一致，差错为零；
2. 合同附件所列功能逐项测试通过；
3. 小程序在三百人同时约课时页面响应不超过两秒；
4. 三家试点门店试运行十日，无一级故障。
（三）甲方应在收到验收申请后七个工作日内完成验收并出具书面意见。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新申请验收，整改期间计入逾期天数。
（五）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥600。

五、服务水平
（一）系统月度可用率不低于99.5%，乙方事先通知且在每日零时至六时进行的计划维护除外。
（二）一级故障（系统整体无法登录或无法约课、消课）：乙方应在三十分钟内响应，两小时内恢复；二级故障（部分功能异常）：两小时内响应，一个工作日内解决；三级故障：三个工作日内解决。
（三）月度可用率每低于约定值0.1个百分点，减免当季订阅服务费的2%；一级故障未按时恢复的，每超过一小时减免¥500。减免合计不超过当季订阅服务费。
（四）乙方应在每次一级故障恢复后三个工作日内提交故障分析报告，说明原因及整改措施。
（五）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。

六、数据归属与数据安全
（一）甲方及门店录入或产生的会员信息、学员作品、消课记录、储值数据及经营数据均属于甲方所有。
（二）为改进产品和编制行业分析报告，乙方有权对平台数据进行脱敏、汇总处理后使用，该使用在本合同终止后仍可继续，但不得识别到具体学员。
（三）乙方应将数据存储于中国境内的云服务器，对会员手机号、身份证号等个人信息加密存储，对后台访问实行权限分级和操作日志留存，并每日备份。
（四）发生数据泄露、丢失或被篡改的，乙方应在二小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部赔偿责任及监管处罚。
（五）服务期内甲方可随时通过管理后台自助导出会员及消课数据，乙方不得设置障碍或额外收费。
（六）合同终止后十五日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并删除系统中的甲方数据。

七、系统升级与变更
（一）乙方可对平台进行版本升级，但升级不得减少本合同约定的功能，不得降低服务水平；涉及操作方式重大变化的，应提前十日通知甲方并提供培训资料。
（二）甲方提出的功能变更需求，双方书面确认工作量后另行报价，经甲方书面同意后实施。

八、甲方义务
（一）甲方应指定总部项目负责人，协调各门店配合数据核对和培训。
（二）甲方应妥善保管管理员账号，因甲方账号管理不善造成的损失由甲方自行承担。
（三）甲方应保证其录入系统的学员信息已取得学员或其监护人的授权同意。

九、保密
双方对在合作中知悉的对方商业秘密、经营数据、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

十、知识产权
（一）平台软件的知识产权归乙方所有。
（二）为甲方定制的小程序页面、课程卡券模板、驾驶舱报表及相关设计素材，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

十一、分包
未经甲方书面同意，乙方不得将本合同项下服务分包或转包给任何第三方。

十二、责任限制
乙方在本合同项下的累计赔偿责任不超过合同总金额的两倍；因乙方故意、重大过失或违反第六条造成的损失不受此限。

十三、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。
（二）连续两个月月度可用率低于约定值，或一个季度内发生三次以上一级故障的，甲方有权解除合同，乙方应退还未使用期间的服务费。
（三）合同解除或期满终止后，乙方应提供不少于三十日的过渡期支持，协助甲方完成数据迁移，过渡期内系统保持可用。
（四）服务期满后，双方如需续约，应另行签订合同，本合同不自动续期。

十四、不可抗力
因地震、火灾、大范围网络中断等不可抗力导致无法履行的，受影响一方应在三日内通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力持续超过三十日的，双方可协商解除合同。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交广州仲裁委员会仲裁。

十六、其他
乙方开具的发票应为增值税专用发票，税率变化时按含税价不变原则执行。本合同附件包括：功能清单、门店名单、数据迁移方案。本合同一式二份，双方各执一份，自双方签章之日起生效。

甲方（签章）：__________    乙方（签章）：__________
"""

Z04 = """加油站油气回收在线监测系统运行维护服务合同

项目编号：HBJ-CS-2027-011（竞争性磋商）
甲方（采购人）：某市生态环境局
乙方（成交供应商）：某环境监测技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就本市加油站油气回收在线监测系统年度运行维护服务，订立本合同。

第一条 服务范围
1. 服务对象为本市已安装油气回收在线监测设备的186座加油站，包括各站的气液比监测装置、油气管线压力传感器、油罐压力传感器、数据采集传输仪，以及部署于甲方机房的油气回收在线监测平台。
2. 服务内容包括：站端设备日常巡检、故障维修和备件更换；压力及流量传感器年度比对监测；平台软件运行维护、数据审核与异常报警处置；月度、季度运行分析报告编制；配合甲方开展执法检查和数据核查。
3. 服务期限：2027年3月1日至2028年2月29日。
4. 服务地点：本市行政区域内各加油站及甲方机房。

第二条 服务价格
1. 合同总价为人民币肆拾伍万壹仟元整（¥451,000），包括：站端设备运维费186站×¥2,100/站＝¥390,600；平台运行维护费¥38,400；备品备件费¥22,000。
2. 合同总价为固定价格，已包含人工、交通、检测、备件及税费。服务期内新增站点的，按每站¥2,100的年度标准按实际服务月数折算。

第三条 付款方式
1. 本合同不设预付款。
2. 服务费按季度支付，每季度¥112,750。每季度结束后，经甲方考核合格，乙方开具发票，甲方在十五个工作日内支付；考核扣减的金额在当季付款中扣除。
3. 乙方应在每季度结束后五个工作日内提交当季服务报告及考核自评材料。

第四条 服务要求
1. 乙方应配备不少于六名专职运维人员，其中至少两人持有相关监测上岗证书，并设立本地运维站点，配备运维车辆及检测设备。
2. 站端设备每季度至少现场巡检一次，巡检内容包括传感器零点检查、气液比复核、数据传输核对及设备清洁，巡检记录须经加油站负责人签字。
3. 每座加油站的压力及流量传感器在服务期内完成一次比对监测，乙方应于2027年9月30日前完成全部站点的比对并提交比对报告。
4. 平台每日进行数据审核，对气液比超标、压力异常及数据中断的站点，当日生成预警并推送甲方执法人员。
5. 乙方应建立备品备件库，常用传感器、采集传输仪及通信模块的库存数量应能满足十座站点同时更换的需要；备件使用情况每月报甲方备案。
6. 站端设备经维修仍无法正常运行、需整机更换的，乙方应出具检测意见报甲方，由甲方通知加油站经营单位更换，乙方负责更换后的安装调试和数据联网。
7. 乙方应按甲方要求派员配合执法检查、专项督查及数据核查，提供相关运维记录和技术说明。
8. 月度分析报告应包括：各站数据传输情况、超标及异常站点清单、故障处理情况、备件使用情况及下月工作计划；季度报告还应包括各区县对比分析和管理建议。

第五条 服务水平
1. 一级故障（平台整体中断或十座以上站点数据同时中断）：乙方应在三十分钟内响应，六小时内恢复。
2. 二级故障（单站数据中断或设备失效）：乙方应在两小时内响应，二十四小时内到场修复；需更换备件的，四十八小时内完成。
3. 乙方每超过上述响应或恢复时限一小时，扣减服务费¥300；单站数据中断超过七十二小时未修复的，每站每日扣减¥200。
4. 乙方应建立运维值班制度，服务期内每日八时至二十时安排专人值守平台，其他时段电话值守。
5. 遇重大活动保障或重污染天气应急期间，乙方应按甲方通知实行全天现场值守。

第六条 考核与验收
1. 甲方按季度对乙方服务进行考核，考核内容包括：巡检按计划完成并有签字记录；故障均在规定时限内处置；比对监测按期完成且报告规范；月度分析报告按时提交、数据与平台一致；未发生因乙方原因导致的数据造假或篡改。
2. 季度考核合格的，甲方出具考核意见作为当季付款依据；考核不合格的，乙方应在十日内整改，整改合格前甲方暂停支付当季费用。
3. 服务期满后，甲方依据四个季度的考核结果组织年度验收，乙方应提交全年运维台账、比对报告及总结报告。

第七条 甲方义务
1. 甲方应向乙方提供平台管理员账号、站点清单及既有运维资料，并协调各区县生态环境分局及加油站经营单位配合乙方工作。
2. 甲方应按本合同约定及时组织考核并支付服务费。
3. 甲方机房的供电、空调及网络环境由甲方负责，因此类原因造成的平台中断不计入乙方故障时限。

第八条 人员管理与作业安全
1. 乙方运维人员名单及联系方式应报甲方备案，人员变更应提前五日告知甲方，主要技术负责人未经甲方同意不得更换。
2. 乙方人员进入加油站作业，应遵守加油站安全管理规定，严禁烟火，使用防爆工具，不得影响加油站正常经营；发生安全事故的，由乙方承担责任。

第九条 数据安全
1. 在线监测数据、平台数据库、运维台账及分析报告均属于甲方所有，乙方仅能为本合同目的使用，不得向任何第三方提供，不得另作他用。
2. 乙方应落实网络安全等级保护要求，运维人员使用实名账号登录平台，远程运维须通过甲方堡垒机，所有操作留存日志备查；不得在平台以外的设备存储监测数据。
3. 乙方不得修改、删除原始监测数据；确需修正的，须经甲方书面同意并留痕。
4. 发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在一小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
5. 服务期满后，乙方应删除其持有的全部甲方数据，并向甲方出具书面删除说明。

第十条 知识产权
乙方在服务过程中为甲方编写的数据审核规则、统计报表、分析模型及脚本程序，知识产权归甲方所有，甲方可自由使用和修改，乙方不得将上述成果用于其他项目。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 违约责任
1. 乙方未按第四条第3项约定的日期完成比对监测的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 因乙方原因导致监测数据失真、造假，或影响甲方执法工作的，乙方应承担相应的法律责任，并赔偿甲方由此遭受的损失。
3. 乙方巡检记录弄虚作假的，每发现一次扣减服务费¥2,000。
4. 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十三条 合同的履行
本合同履行期间，除因不可抗力致使合同目的不能实现外，任何一方不得解除合同。一方违约的，另一方有权要求其继续履行、采取补救措施并赔偿损失，但不得以此为由解除合同。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
1. 竞争性磋商文件、响应文件、成交通知书及乙方的服务承诺均为本合同的组成部分。
2. 服务期满，本合同自动终止，甲方可依法重新组织采购。服务期满或新供应商接手时，乙方应在十日内移交全部运维台账、备件清单、平台账号及技术文档，并配合新供应商完成交接。
3. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：__________    乙方（盖章）：__________
签订日期：2027年2月20日
"""

Z05 = """# 鸢飞工序跟踪系统软件销售及定制开发合同

（乙方标准合同文本 V3.0）

合同编号：YF-XS-2027-0416

甲方（买方）：某风筝工作室（个体工商户转型设立的手工风筝制作企业）

乙方（卖方）：某鸢飞软件科技有限公司

甲方拟采购乙方"鸢飞工序跟踪系统"，用于风筝骨架制作、蒙面裁剪、手绘上色、组装及试飞检验等工序的进度跟踪和质量记录。双方经协商，按乙方标准合同文本签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供鸢飞工序跟踪系统标准版软件许可一套（永久许可，二十个并发用户），包括订单管理、工序派工、扫码报工、半成品库存、质检记录及统计报表模块。

1.2 乙方根据甲方需求进行定制开发，内容包括：风筝款式工艺路线模板、手绘工序计件工资计算、试飞检验记录表单、客户定制订单进度查询页面，以及与甲方网店订单系统的接口。

1.3 乙方负责系统在甲方服务器上的安装部署、基础数据初始化及操作培训。

1.4 系统运行环境：服务器由甲方自备，操作系统、数据库及扫码终端、标签打印机等硬件不在本合同范围内，甲方应按乙方提供的配置清单自行采购。

## 第二条 合同金额

2.1 本合同总金额为人民币叁拾壹万贰仟元整（¥312,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序跟踪系统标准版软件许可（二十并发用户） | 168,000 |
| 2 | 定制开发（工艺模板、计件工资、检验表单、查询页面、网店接口） | 126,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 312,000 |

2.2 以上金额含增值税。甲方需要增加用户数或功能模块的，按乙方届时报价另行签订合同。

2.3 本合同金额不包括第三方软件及硬件费用；乙方人员赴甲方现场提供服务的差旅费用由甲方承担。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总金额的65%，即¥202,800，乙方收到款项后开始开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%，即¥109,200。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或技术支持，由此造成的工期延误由甲方负责。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付

4.1 乙方应在收到首笔款项后七十五日内完成定制开发，并在甲方服务器上完成安装部署。

4.2 甲方应按乙方要求提供服务器、网络环境及基础数据；因甲方原因导致延期的，交付期限相应顺延。

4.3 乙方交付的资料包括安装介质、用户手册及培训课件。定制开发部分仅交付可执行程序，不交付源代码。

4.4 乙方为甲方提供一次集中培训，培训时长两日，培训对象为甲方管理人员及各工序组长；此后的培训需求按乙方服务价格另行收费。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在系统上线后发现问题的，可通过乙方服务热线提交，乙方按第七条提供维护服务。

## 第六条 知识产权

6.1 鸢飞工序跟踪系统标准版及乙方为甲方定制开发的全部功能、模板、接口程序及其源代码，知识产权均归乙方所有。

6.2 甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，也不得交由第三方修改或维护。

6.3 乙方有权将定制开发成果纳入其标准产品向其他客户销售。

6.4 甲方违反本条约定的，乙方有权终止软件许可并要求甲方赔偿损失。

## 第七条 维护服务

7.1 自系统上线之日起，乙方提供六个月的免费维护，包括缺陷修复、远程技术支持及补丁升级。

7.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费按乙方当年公布的服务价格标准收取。

7.3 故障响应：一级故障（系统无法登录或无法报工）由乙方在工作时间内8小时内响应；二级及以下故障在三个工作日内响应。乙方将尽力在合理时间内解决故障，但不承诺修复时限。

7.4 维护服务通过电话、远程桌面及在线工单方式提供；确需现场服务的，由甲方承担乙方人员差旅费用。

7.5 乙方不因故障响应或修复时间超出上述时限而承担任何扣款、赔偿或违约金责任。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的订单、工序、工资及客户数据归甲方所有，乙方仅为提供维护服务使用，不得用于其他目的。

8.2 乙方远程维护须经甲方同意并使用甲方提供的临时账号，维护结束后由甲方收回；乙方应对其维护人员进行安全管理，不得复制、带离甲方数据。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并依照第十条承担赔偿责任。

8.4 甲方应自行负责系统数据的日常备份。因甲方未备份或服务器故障导致的数据丢失，乙方不承担责任。

## 第九条 保密

双方对在合作中获悉的对方技术资料、价格、客户及经营信息负有保密义务，未经对方同意不得向第三方披露，但依法律规定必须披露的除外。本条义务在合同终止后二年内有效。

## 第十条 违约责任

10.1 乙方未按第四条约定期限交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总金额的20%。

10.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

10.4 任何情况下，乙方均不对甲方的利润损失、商誉损失、停工损失等间接损失承担责任。

## 第十一条 甲方义务

11.1 甲方应指定一名项目联系人，负责需求确认、资料提供及内部协调，并在乙方提交需求说明后五个工作日内书面确认。

11.2 甲方应在系统上线前完成工序编码、员工信息及风筝款式资料的整理，并对资料的准确性负责。

11.3 甲方确认需求后再提出变更的，乙方有权另行收费并相应顺延交付期限。

11.4 甲方应妥善保管软件安装介质及授权文件，不得将软件安装在约定以外的服务器上，不得超出约定用户数使用。

## 第十二条 版本升级

12.1 免费维护期内，乙方向甲方提供标准版的补丁及小版本升级。

12.2 标准版大版本升级及定制功能在新版本上的适配，不属于免费维护范围，按乙方届时报价收费。

## 第十三条 合同解除

一方严重违约，经另一方书面催告后二十日内仍未改正的，另一方可书面通知解除本合同。因甲方原因解除合同的，已付款项不予退还。合同解除后，甲方应停止使用软件并删除全部安装副本。

## 第十四条 不可抗力

因自然灾害、政府行为、网络运营商故障等不能预见、不能避免且不能克服的情况导致合同不能履行的，受影响方不承担责任，但应及时通知对方并在合理期限内提供证明。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同以乙方标准合同文本为准，手写修改部分须经双方盖章确认方为有效。

16.2 双方往来通知以书面形式送达本合同首部所列地址，一方地址变更的，应及时书面通知对方。

16.3 本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________    乙方（盖章）：__________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. RCQ-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Lumeng Precision Optics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Red Canyon Quality Systems, Inc., a Utah corporation with its principal office at Kanab, Utah, United States of America (the "Vendor").
P:The Customer wishes to license the Vendor's quality management and document control software for its lens and optical-module plants, and to have the Vendor configure, integrate and roll out that software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's CanyonQMS product, version 9, in object code, including the document control, change control, CAPA, supplier quality, calibration and audit modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the workflows, forms, report templates, interface programs and data-migration scripts that the Vendor develops specifically for the Customer under Article 3, together with their source code and documentation.
P:1.3 "Customer Data" means all documents, records, measurements, images and other data that the Customer or its users enter into, upload to or generate with the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers controlled by the Customer in mainland China for up to three hundred named users, for the internal business of the Customer and its affiliates.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster-recovery purposes. The Customer shall not sell, sublicense or reverse engineer the Software except as permitted by applicable law.
P:2.3 The licence survives any termination of the services under this Agreement, provided the Licence Fee has been paid.
H:Article 3 Services
P:3.1 The Vendor shall install the Software in the Customer's data centre, configure the modules listed in the statement of work, build the Custom Deliverables, migrate the existing document library of approximately forty thousand controlled documents, and integrate the Software with the Customer's ERP and laboratory systems.
P:3.2 The Vendor shall train the Customer's key users and administrators on site in Changzhou and shall provide training materials in Chinese and English.
P:3.3 The Vendor shall complete the services and make the system ready for acceptance testing within one hundred and twenty days after the effective date.
P:3.4 The Vendor shall appoint a project manager with experience of at least two comparable implementations in regulated manufacturing, who shall attend weekly progress meetings and shall not be replaced without the Customer's consent. The Vendor's staff working on site shall follow the Customer's plant safety, clean-room and information-security rules.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,636,000, inclusive of applicable taxes, consisting of the Licence Fee of CNY 1,180,000, implementation services of CNY 420,000 and training of CNY 36,000. The price is fixed.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price, CNY 327,200, within thirty days after signature of this Agreement; (b) 45%, CNY 736,200, after the Vendor completes installation, configuration and the system test and the Customer signs the system test report; and (c) 35%, CNY 572,600, after Final Acceptance.
P:4.3 The Vendor shall issue a valid invoice for each payment. The Customer shall pay each invoice within thirty days after receipt.
H:Article 5 Acceptance
P:5.1 After the system test, the parties shall run user acceptance testing on the acceptance test plan attached as Annex 2.
P:5.2 The acceptance criteria are: (a) every function in the statement of work has been tested and passed; (b) migrated documents reconcile with the source library by count, version and approval history; (c) the ERP and laboratory interfaces transfer records correctly over ten consecutive working days; (d) search and approval actions complete within three seconds for two hundred concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 The Customer shall confirm Final Acceptance in writing within ten working days after all criteria are met. Use of the system in production before that confirmation does not constitute acceptance.
P:5.4 If the system fails acceptance testing, the Vendor shall correct the defects at its own cost and the tests shall be repeated.
P:5.5 If the Vendor fails to make the system ready for acceptance by the date in Article 3.3, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates, upgrades and technical support free of charge.
P:6.2 Defects are classified by severity. For a Severity 1 defect (the system is down or controlled documents cannot be released), the Vendor shall respond within one hour and provide a workaround within eight hours. For a Severity 2 defect, the Vendor shall respond within two hours and provide a workaround within two working days.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000, deductible from any amount due.
P:6.4 After the Warranty Period, the Customer may order annual support. The annual support fee is 9% of the Licence Fee, CNY 106,200 per year, and shall not increase for the first three support years. Each support year is ordered separately and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code, and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN and bastion host, with individual accounts and session logging, and shall not copy Customer Data outside the Customer's environment. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within twenty-four hours of any actual or suspected breach affecting Customer Data, shall help contain and remedy it, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and business information received under this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:9.2 These obligations continue for three years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
P:10.2 Neither party is liable for loss of profit or other indirect loss, except in the cases excluded from the limit.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:12.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the services and for the Software, against return or destruction of the Software.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Utah, United States of America, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Salt Lake City, Utah, and each party submits to the jurisdiction of those courts.
H:Article 14 Force Majeure
P:Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than sixty days, either party may terminate the affected services by written notice.
H:Article 15 General
P:15.1 This Agreement, with its Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses stated above.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# SiteSentry Order Form and General Terms

**Order Form No.:** HPS-OF-2027-0093

**Provider:** High Plateau Software LLC, a Utah limited liability company, Panguitch, Utah, United States of America ("Provider")

**Customer:** Anhui Qingshan Building Materials Co., Ltd., Wuhu, Anhui Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A: Order Form

### A1. Subscribed Service

A1.1 Provider will provide Customer with access to SiteSentry, Provider's hosted application for field inspections, environment, health and safety (EHS) incident reporting, corrective actions and permit-to-work management, for Customer's cement, aggregate and ready-mix plants in Anhui and Jiangsu.

A1.2 The subscription covers up to 650 named users, the SiteSentry mobile application, the analytics dashboards and the standard API. The service is hosted for Customer in a data centre in mainland China operated by Provider's hosting provider.

A1.3 Onboarding Services: Provider will configure Customer's plant hierarchy, inspection checklists and incident workflows, import historical incident records from Customer's spreadsheets, build two interfaces (to Customer's HR system for user and organisation data, and to Customer's maintenance system for corrective work orders), and train Customer's administrators and plant safety officers.

### A2. Subscription Term

A2.1 The Subscription Term is thirty-six months, starting on the date of Onboarding Acceptance under A4 (the "Start Date").

A2.2 The subscription ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| SiteSentry subscription, subscription year 1 | 650 named users | 268,000 |
| SiteSentry subscription, subscription year 2 | 650 named users | 268,000 |
| SiteSentry subscription, subscription year 3 | 650 named users | 268,000 |
| Onboarding Services | fixed price | 46,000 |
| **Total fees for the Subscription Term** | | **850,000** |

A3.1 Fees include VAT. The subscription fee is fixed for the Subscription Term. Additional named users may be added at CNY 412 per user per subscription year, pro rata.

A3.2 Subscription fees are invoiced quarterly in arrears, CNY 67,000 per quarter, at the end of each calendar quarter of the Subscription Term. The Onboarding Services fee is invoiced after Onboarding Acceptance. Customer pays each undisputed invoice within thirty days of receipt. Nothing is payable before the Start Date.

### A4. Onboarding and Acceptance

A4.1 Provider will complete the Onboarding Services and notify Customer that the service is ready for acceptance within seventy days after signature of this Order Form.

A4.2 Onboarding Acceptance requires that: (a) the plant hierarchy, checklists and workflows match the configuration workbook approved by Customer; (b) imported incident records reconcile with the source spreadsheets by count and by plant; (c) both interfaces run without error for ten consecutive working days; (d) the mobile application works offline and synchronises at three pilot plants; and (e) no Priority 1 or Priority 2 issue is open.

A4.3 Customer will confirm or reject acceptance in writing within ten working days, listing any failed criteria. Use of the service by pilot plants does not count as acceptance.

A4.4 If the service is not ready for acceptance by the date in A4.1 for reasons attributable to Provider, Provider shall pay CNY 700 for each day of delay, deducted from the Onboarding Services fee and the first subscription invoices.

### A5. Service Levels

A5.1 Provider will make SiteSentry available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 00:00 and 05:00 China Standard Time.

A5.2 Priority 1 issues (the service or the mobile synchronisation is unavailable for all users, or incident reporting fails) receive a response within 30 minutes, at any time. Priority 2 issues receive a response within two hours during business hours. Priority 3 issues receive a response within one business day.

A5.3 If monthly availability falls below the commitment in A5.1, Customer receives a service credit of 5% of that quarter's subscription fee for each started 0.1 percentage point of shortfall, up to half of the quarterly fee. A late Priority 1 response earns a credit of CNY 800 per started hour. Credits are deducted from the next invoice.

### A6. Contacts and Signatures

A6.1 Provider's account manager and Customer's EHS systems lead are named in the contact sheet. Either party may change its contact by written notice.

A6.2 Signed for Provider: ____________________ Signed for Customer: ____________________

## Part B: General Terms

### 1. Use of the Service

1.1 Provider grants Customer and its affiliates a non-exclusive, non-transferable right to use the service during the Subscription Term for their internal business.

1.2 Customer is responsible for the accuracy of the data it enters, for its users' compliance with this Agreement, and for keeping user credentials under its control.

1.3 Customer shall not resell the service, use it to build a competing product, or attempt to gain access to other customers' environments.

### 2. Customer Data

2.1 All data, records, photographs and documents that Customer or its users submit to the service ("Customer Data") belong to Customer.

2.2 Provider may process Customer Data only to provide and support the service for Customer under this Agreement, and for no other purpose.

2.3 During the Subscription Term and for sixty days after it ends, Customer may export all Customer Data in CSV and PDF formats. Provider will delete Customer Data within ninety days after the end of the Subscription Term unless Customer asks for an earlier deletion.

### 3. Intellectual Property

3.1 Provider owns SiteSentry and all improvements to it.

3.2 The checklists, workflows, report layouts and interface mappings configured or built for Customer under the Onboarding Services ("Customer Configurations") belong to Customer. Customer may use, copy, modify and let third parties use them without restriction, including after this Agreement ends.

3.3 Provider may use general know-how and skills gained in performing this Agreement, provided it does not disclose Customer's confidential information or Customer Configurations.

### 4. Confidentiality

4.1 Each party will keep the other party's confidential information secret, use it only for this Agreement, and disclose it only to personnel and advisers who need it and are bound by equivalent duties.

4.2 Confidential information does not include information that is public, already known to the recipient, independently developed, or lawfully received from a third party. These obligations last for three years after the Agreement ends.

### 5. Warranties

5.1 Provider warrants that the service will perform materially in accordance with its documentation and that the Onboarding Services will be performed with reasonable skill and care.

5.2 If the service does not conform, Provider will correct the non-conformity at no charge. If Provider cannot do so within thirty days, Customer may terminate under section 7 and receive a refund of any fees paid for the period after termination.

5.3 Provider will provide support in Chinese and English through the support portal, by e-mail and by telephone, and will keep Customer informed of planned releases at least ten days before they take effect. New releases will not remove functions that Customer uses under this Order Form without Customer's written agreement.

### 6. Limitation of Liability

6.1 Provider's aggregate liability arising out of or relating to this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

6.2 Neither party is liable for lost profits, lost revenue or indirect or consequential damages.

6.3 The limits in this section do not apply to a party's liability for fraud or for death or personal injury caused by its negligence.

### 7. Term and Termination

7.1 This Agreement lasts for the Subscription Term.

7.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty days after receiving notice describing it.

7.3 Customer may also terminate if monthly availability is below the commitment in A5.1 in any three months of a subscription year.

7.4 On termination by Customer under this section, Provider will refund any fees paid for the period after termination.

### 8. Subcontracting and Assignment

8.1 Provider shall not subcontract the performance of the service or the Onboarding Services, in whole or in part, without Customer's prior written consent, and remains responsible for any approved subcontractor.

8.2 Neither party may assign this Agreement without the other party's written consent, except to a successor of its entire business.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

### 10. General

10.1 Notices must be in writing and sent to the contacts named in the contact sheet. This Agreement is signed in English and Chinese; both versions have equal force.

10.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as practicable.
"""

E03 = """T:Supply Contract for Wireless Vibration Sensors and Condition Monitoring Software
P:Contract No. YSC-EQ-2027-036
P:Buyer: Hebei Yanshan Cement Co., Ltd., Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Wasatch Vibration Instruments, Inc., a Utah corporation, Heber City, Utah, United States of America, acting through its authorised representative office in Beijing (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer is buying wireless vibration and temperature sensors, gateways and condition monitoring software for the kilns, raw mills, cement mills, fans and conveyors of its two clinker lines, together with installation and training.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's WasatchWatch condition monitoring software, installed on the Buyer's servers, licensed perpetually for 420 measurement points, with its analytics, alarm and reporting modules.
P:1.3 "Buyer Data" means all vibration, temperature and process data collected by the Equipment or processed by the Software, and all data supplied by the Buyer.
P:1.4 The Supplier shall deliver the Equipment and the Software, survey the measurement points, install and commission the Equipment, configure the Software, build the interface to the Buyer's distributed control system (DCS), develop the dashboards and alarm rules specified by the Buyer, and train the Buyer's staff.
P:1.5 The technical specification in Annex 1 prevails over any brochure, datasheet or quotation of the Supplier.
H:2. Price
P:2.1 The Contract Price is CNY 1,990,000, inclusive of VAT, packing, freight to the Buyer's plant, insurance and all customs duties. It is fixed for the duration of the Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor WV-300 with mounting kit|420|2,350|987,000
TB:2|Industrial wireless gateway WG-20|28|9,600|268,800
TB:3|WasatchWatch software licence, perpetual, 420 points|1|546,000|546,000
TB:|Hardware and Licence Subtotal|||1,801,800
TB:4|Installation, commissioning and DCS integration|1 lot|164,000|164,000
TB:5|Training|1 lot|24,200|24,200
TB:|Total Contract Price|||1,990,000
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price, CNY 199,000, within twenty working days after signature and after receiving from the Supplier a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price, CNY 1,094,500, within thirty days after all Equipment has been installed and the Installation Certificate has been signed. The Installation Certificate records completion of installation only and is not acceptance of the Equipment or the Software.
P:3.3 The Buyer shall pay the remaining 35%, CNY 696,500, within thirty days after Final Acceptance under clause 5.
P:3.4 Each payment is made against a valid VAT invoice.
P:3.5 The bank guarantee under clause 3.1 shall remain valid until the Installation Certificate is signed, and the Buyer shall return it within ten days after that date.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment and the Software to the Buyer's plant within sixty days after signature and shall complete installation and commissioning within one hundred days after signature.
P:4.2 Installation work at the kilns and mills shall be scheduled in the Buyer's planned maintenance stops. The Supplier's personnel shall follow the Buyer's safety rules, including permits for work at height and near rotating equipment.
P:4.3 If the Supplier fails to complete installation and commissioning by the date in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of delay damages does not relieve the Supplier of its obligations.
P:4.4 The Supplier shall provide, with the Equipment, a set of spare sensors and gateway modules equal to at least three percent of the installed quantity, at no extra charge. Spare parts used during the warranty shall be replenished by the Supplier.
P:4.5 The Supplier shall deliver, in Chinese and English, the measurement point list, installation drawings, network diagram, configuration backups, user and administrator manuals, and the test records of commissioning.
P:4.6 Training shall cover sensor installation and replacement, gateway configuration, Software administration, alarm handling and basic vibration analysis, for at least twelve maintenance engineers and four administrators, in three sessions at the Buyer's plant. Training is complete when the trainees pass a practical test set by the Supplier and approved by the Buyer.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a trial operation of forty-five days following commissioning.
P:5.2 The acceptance criteria are: (a) all 420 measurement points report data with a sampling interval not longer than ten minutes; (b) vibration readings agree with the Buyer's reference portable analyser within the tolerance stated in the technical specification; (c) alarms configured for each asset are triggered correctly in simulated tests; (d) the DCS interface transfers the agreed tags without error during the last ten days of trial operation; and (e) no Severity 1 fault has occurred during the last twenty days of trial operation.
P:5.3 The parties shall sign the Final Acceptance Certificate within seven working days after the criteria are met. Delivery, installation, commissioning or use of the system by the Buyer shall not be treated as acceptance.
P:5.4 If the criteria are not met, the Supplier shall remedy the defects at its own cost, and the trial operation shall be repeated for the affected assets.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and travel, and shall provide Software updates.
P:6.2 For a Severity 1 fault (the monitoring server is down, or a gateway failure stops data from a kiln or mill), the Supplier shall respond within one hour and restore the function within twenty-four hours. For a Severity 2 fault (individual sensors fail), the Supplier shall respond within one working day and replace the sensor within five working days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due or claim under the bank guarantee.
P:6.4 After the warranty, the Supplier shall offer annual support at 7.5% of the Hardware and Licence Subtotal, CNY 135,135 per year, fixed for the first two support years. Support is ordered by a separate purchase order each year and does not renew automatically.
H:7. Buyer Data and Data Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, including product development or benchmarking.
P:7.2 The Software is installed in the Buyer's data centre. The Supplier's remote access requires the Buyer's approval for each session and takes place through the Buyer's VPN with multi-factor authentication and logging. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:7.3 The Supplier shall notify the Buyer within twelve hours of any security incident affecting Buyer Data or the Buyer's systems, shall cooperate in containing it, and shall be liable for losses caused by its breach of this clause.
H:8. Intellectual Property
P:8.1 The dashboards, alarm rules, asset models and DCS interface developed for the Buyer under this Contract belong to the Buyer, which may use and modify them freely and have third parties maintain them.
P:8.2 The Software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
H:9. Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's process data and plant layouts, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Contract ends.
H:10. Liability
P:The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct and breach of clauses 7 and 9, which is not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if delay damages reach their maximum. On such termination the Supplier shall refund the amounts paid for Equipment and Software that the Buyer returns.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.
H:14. Force Majeure
P:A party prevented from performing by an event beyond its reasonable control, such as an earthquake, flood, epidemic or government order, shall notify the other party within five days, provide evidence and use its best efforts to limit the effect. Time for performance is extended by the duration of the event. If the event lasts more than ninety days, either party may terminate the Contract by written notice.
H:15. General
P:This Contract is signed in Chinese and English; both versions have equal force. The technical specification (Annex 1) and the acceptance test plan (Annex 2) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Infrastructure Services Agreement

**Agreement No.:** SJM-MS-2027-021

**Customer:** Shenzhen Haotong Cold-Chain Logistics Co., Ltd., Shenzhen, Guangdong Province, People's Republic of China ("Customer")

**Provider:** San Juan Managed IT, LLC, a Utah limited liability company, Blanding, Utah, United States of America, performing the on-site services through its registered branch in Shenzhen ("Provider")

**Background.** Customer operates fourteen temperature-controlled warehouses and a head office in Guangdong, Fujian and Guangxi. Customer wishes Provider to take over the day-to-day operation of its IT infrastructure for thirty-six months on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the Transition.

1.2 "Service Levels" means the levels and credits in Schedule 2.

1.3 "Charges" means the amounts in Schedule 3.

1.4 "Customer Data" means all data of Customer, its customers and its employees that Provider accesses, processes or stores in performing the Services, including temperature logs, shipment records and personal information.

1.5 "Service Commencement Date" means the day after Transition Acceptance under clause 3.

## 2. Term

2.1 This Agreement starts on signature. The operational term is thirty-six months from the Service Commencement Date.

2.2 The Agreement expires at the end of the operational term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 Provider will carry out the Transition: discovery of all in-scope assets, installation of monitoring agents, set-up of the service desk, transfer of knowledge from Customer's current supplier and documentation of operating procedures.

3.2 Provider will use reasonable efforts to complete the Transition within sixty days after signature. If the Transition is delayed, the parties will agree a revised plan in good faith, and Customer's current supplier will continue to operate the infrastructure in the meantime.

3.3 Transition Acceptance requires that: (a) every asset in the inventory is monitored and visible in the service dashboard; (b) the service desk has handled test tickets in Chinese and English in all priorities; (c) backups of all in-scope servers have completed and a test restore has succeeded at two sites; (d) the operating procedures and the configuration management database have been delivered and reviewed by Customer; and (e) a parallel run of ten working days has been completed without an unresolved Priority 1 incident.

3.4 Customer will confirm Transition Acceptance in writing within five working days after the criteria are met. The start of parallel running is not acceptance.

## 4. Services and Service Levels

4.1 Provider will perform the Services in accordance with Schedule 1 and will meet the Service Levels in Schedule 2.

4.2 Provider will report performance against the Service Levels monthly. Service credits under Schedule 2 are deducted from the next monthly invoice.

4.3 Provider will assign a named service delivery manager, based in Shenzhen, who attends monthly service reviews and quarterly business reviews with Customer.

4.4 Provider will keep the infrastructure within the standards of Customer's IT policies, including Customer's obligations under the Multi-Level Protection Scheme (MLPS) level 3 assessment of its warehouse management system.

4.5 Customer will provide Provider with remote access through its privileged-access gateway, desk space at the head office, access to warehouses during working hours, and timely decisions on changes. Provider is not responsible for a missed Service Level to the extent it is caused by Customer's failure to do so, or by the failure of a telecommunications carrier contracted directly by Customer.

4.6 Provider will keep at least two engineers on site at the head office during business hours and a field engineer in each of Guangdong, Fujian and Guangxi. Provider will not replace the service delivery manager without Customer's consent, except for illness or resignation.

4.7 All changes to production systems follow Customer's change-management process. Emergency changes may be made to restore a Priority 1 service and must be recorded within one working day.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total contract value is CNY 3,600,000, inclusive of VAT. The monthly charge is fixed for the operational term.

5.2 The Transition fee is invoiced after Transition Acceptance. The monthly charge is invoiced at the end of each month of the operational term, in arrears. Customer pays undisputed invoices within thirty days of receipt. No amount is payable before Transition Acceptance.

5.3 Changes in the number of devices by more than ten percent are priced at the unit rates in Schedule 3.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may access and use Customer Data only to perform the Services and for no other purpose, and shall not keep copies after the Agreement ends.

6.2 Provider shall access Customer's systems only through Customer's privileged-access gateway, with named accounts, multi-factor authentication and session recording. Provider's staff shall be screened before assignment and shall complete Customer's security training.

6.3 Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Customer Data shall not leave mainland China.

6.4 Provider shall notify Customer within two hours of detecting any security incident affecting Customer Data or Customer's systems, take immediate containment measures, and be liable for losses caused by its breach of this clause.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, including network designs, passwords and customer lists, and use it only for this Agreement.

7.2 These obligations continue for three years after this Agreement ends.

## 8. Intellectual Property

8.1 Provider retains its monitoring tools, methodologies and pre-existing scripts.

8.2 Runbooks, configuration records, scripts and reports written specifically for Customer under this Agreement belong to Customer, which may use, modify and pass them to any future supplier without restriction.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

9.2 The limit does not apply to personal injury, wilful misconduct or breach of clauses 6 and 7.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not cure it within thirty days after notice, or if Provider misses the Priority 1 resolution target more than three times in any quarter.

11.2 On expiry or termination, Provider shall provide exit assistance for up to ninety days at the monthly charge pro rata, including handover of all documentation and credentials to Customer or its new supplier.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force.

## 13. General

13.1 The Schedules form part of this Agreement. If the body of the Agreement and a Schedule conflict, the body prevails.

13.2 Amendments must be in writing and signed by authorised representatives of both parties.

## Schedule 1: Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact for 1,150 users by telephone, e-mail and portal, in Chinese and English | 07:00 to 23:00, seven days |
| Server and storage management | 86 servers, 4 storage arrays, virtualisation hosts: monitoring, patching, capacity reports | Monitoring around the clock |
| Network management | Routers, switches, firewalls and wireless at 15 sites; SD-WAN links to the head office | Monitoring around the clock |
| Backup and restore | Daily backups, monthly test restores, off-site copies at Customer's second data centre | Daily |
| Warehouse devices | Handheld scanners, label printers and temperature-logger gateways: configuration and replacement | Business hours, on site within one working day |
| Reporting | Monthly service report, quarterly capacity and risk review | Monthly and quarterly |

## Schedule 2: Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | Warehouse management system, cold-room monitoring or a site network is down | within 6 hours | within 24 hours | 2% of the monthly charge per incident |
| Priority 2 | A service is degraded or a group of users cannot work | within 8 hours | within 2 working days | 1% of the monthly charge per incident |
| Priority 3 | A single user or device is affected | within 1 working day | within 5 working days | none |
| Backup | A scheduled backup fails and is not rerun by the next day | not applicable | next day | CNY 1,000 per failed backup |

Total service credits in a month are limited to 20% of that month's monthly charge.

## Schedule 3: Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-off, after Transition Acceptance | 126,000 |
| Monthly charge | CNY 96,500 per month for 36 months | 3,474,000 |
| Total contract value | | 3,600,000 |
| Additional server | Per server per month | 620 |
| Additional network device | Per device per month | 180 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. MVA-DS-2027-008

BETWEEN Jilin Fengyuan Grain Trading Co., Ltd., Changchun, Jilin Province, People's Republic of China ("Customer")
AND Mason Valley Agri-Data, Inc., a Nevada corporation with its principal office at Yerington, Nevada, United States of America ("Provider").

Customer buys and trades maize, soybean and rice and wishes to receive crop-condition, weather and satellite vegetation data for its sourcing regions in north-east China and for the main exporting countries, by API, for use in its procurement and risk models. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets listed in clause 2.1, as updated by Provider from time to time.
1.2 "API" means Provider's application programming interface through which Licensed Data is delivered, with its documentation.
1.3 "Customer Data" means the field boundaries, warehouse locations, sourcing volumes, yield records and query parameters that Customer uploads to or sends through the API.
1.4 "Custom Feeds" means the data feeds, region mappings and crop calendars that Provider configures specifically for Customer under clause 3.
1.5 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each later period between two consecutive anniversaries of the Start Date.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access through the API, download, store and use the following Licensed Data for Customer's internal business: (a) daily gridded weather observations and ten-day forecasts; (b) satellite vegetation indices at ten-metre resolution, updated every five days; (c) weekly crop-condition and yield-estimate reports by province, state and country; and (d) historical series of the above from 2000 onwards.
2.2 Customer may make the Licensed Data and analyses derived from it available to its employees and to its affiliates in mainland China. Customer shall not resell the Licensed Data or publish it in raw form.
2.3 The Subscription Term consists of two Subscription Years starting on the date of API Acceptance under clause 4 (the "Start Date").

2.4 Customer may use the API with up to fifteen named API keys and up to two hundred thousand calls per day. Calls above that volume are throttled, not charged, unless the parties agree a higher volume in writing.
2.5 When Customer shows Licensed Data in internal dashboards or reports, it shall keep Provider's source attribution. Attribution is not required for analyses in which the Licensed Data cannot be recognised.

3. SET-UP SERVICES

3.1 Provider will configure Custom Feeds for Customer's thirty-eight sourcing prefectures and nine foreign growing regions, map Provider's region codes to Customer's administrative codes, build crop calendars for the four crops Customer trades, and connect the API to Customer's data platform.
3.2 Provider will complete the set-up services and notify Customer that the API is ready for acceptance within forty-five days after signature.
3.3 If Provider does not meet the date in clause 3.2 for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay, deducted from the set-up fee.

4. API ACCEPTANCE

4.1 API Acceptance requires that: (a) all datasets in clause 2.1 are delivered through the API for every configured region; (b) a sample of two hundred records checked by Customer against Provider's documentation shows the agreed fields, units and update times; (c) the region mappings are confirmed by Customer; and (d) Customer's data platform has received the daily feeds without manual intervention on ten consecutive days.
4.2 Customer will confirm API Acceptance in writing within seven working days after the criteria are met. Receipt of test feeds is not acceptance.

4.3 If the criteria are not met, Provider shall correct the deficiencies at its own cost and notify Customer again, and the tests in clause 4.1 shall be repeated for the affected datasets or regions.

5. FEES AND PAYMENT

5.1 The fees are: Subscription Year 1, CNY 318,000; Subscription Year 2, CNY 318,000; set-up services, CNY 24,000. The total fees for the Subscription Term are CNY 660,000, inclusive of VAT.
5.2 The fee for each Subscription Year is invoiced in two equal instalments of CNY 159,000, at the end of the sixth month and at the end of the Subscription Year. The set-up fee is invoiced after API Acceptance. Customer pays each invoice within thirty days of receipt.
5.3 Additional regions or datasets are charged at Provider's quotation agreed in writing.

6. RENEWAL

6.1 After the second Subscription Year, the subscription renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least sixty days before the end of the current Subscription Year.
6.2 Provider may increase the fees for any renewal Subscription Year by notifying Customer at least forty-five days before that year begins. The increased fees apply unless Customer gives notice of non-renewal.

7. SERVICE

7.1 Provider will use commercially reasonable efforts to keep the API accessible and to deliver updates of the Licensed Data at the intervals stated in the documentation.
7.2 Provider will answer support requests sent to its support e-mail address during its business hours and will use commercially reasonable efforts to correct data errors and interruptions in a timely manner. Provider does not commit to a specific availability level or to specific response or correction times.
7.3 Provider may carry out maintenance of the API at any time and will try to announce planned maintenance in advance on its status page.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Licensed Data and the set-up services to Customer, and shall not use it for any other purpose, including its own analytics, benchmarking or products, during or after the Subscription Term.
8.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named personnel with multi-factor authentication, and logging of all access. Customer Data shall be stored on servers located in mainland China.
8.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain it, and shall be liable for losses caused by its breach of this clause 8.
8.4 Within thirty days after the end of the Subscription Term, Provider shall delete Customer Data and confirm the deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors own the Licensed Data and the API.
9.2 The Custom Feeds, region mappings and crop calendars configured for Customer belong to Customer, which may use and modify them freely and have them used by third parties, including after this Agreement ends.
9.3 Analyses, models and reports that Customer creates using the Licensed Data belong to Customer and may be kept and used after the Subscription Term.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information disclosed under this Agreement, including Customer's sourcing volumes, trading positions and the terms of this Agreement, and shall use it only for this Agreement.
10.2 These obligations continue for three years after this Agreement ends.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term stated in clause 5.1.
11.2 The limit does not apply to breach of clauses 8 or 10, wilful misconduct or fraud.
11.3 Provider gives no warranty that the forecasts or estimates in the Licensed Data will prove accurate. Customer remains responsible for its trading decisions.

12. SUBCONTRACTING

Provider shall not subcontract the set-up services or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and continues for the Subscription Term and any renewal under clause 6.
13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.
13.3 On termination by Customer for Provider's breach, Provider shall refund any fees paid for the period after termination.

14. CUSTOMER RESPONSIBILITIES

14.1 Customer shall keep its API keys secure, shall tell Provider promptly if a key may have been disclosed, and is responsible for use of the API under its keys.
14.2 Customer shall provide accurate field boundaries and administrative codes for the set-up services and shall confirm the region mappings within five working days after Provider submits them.

15. FORCE MAJEURE

Neither party is liable for a delay or failure caused by events beyond its reasonable control, including satellite outages, natural disasters, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as it can. If such an event prevents delivery of the Licensed Data for more than thirty consecutive days, Customer may terminate this Agreement and receive a refund of fees paid for the period after termination.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the People's Republic of China.
16.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules.

17. GENERAL

17.1 This Agreement is made in English and Chinese; both versions have equal force.
17.2 Neither party may assign this Agreement without the other party's written consent.
17.3 Notices must be in writing and sent to the addresses stated above.

Signed for Customer: ____________________
Signed for Provider: ____________________
"""


# ---------------------------------------------------------------- design (labels)
def T(avail, p1, remedy, ip, dsc, bod, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsc, bod, conf, ld, cap, prepay, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
DESIGN = {
    "h1057z01": dict(
        file="h1057z01_city_parking_guidance_platform.pdf", src=Z01, lang="zh", category="software",
        terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8.5, False, True, False,
                "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=2088000),
        fee_base=1260000, sums=[([1260000, 684000, 118000, 26000], 2088000), ([417600, 939600, 730800], 2088000)],
        rules=[]),
    "h1057z02": dict(
        file="h1057z02_curling_iron_line_control_retrofit.docx", src=Z02, lang="zh", category="hardware",
        terms=T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 26, False, True, True, "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1800000),
        fee_base=1656000,
        sums=[([708000, 252000, 336000, 210000, 150000], 1656000), ([1656000, 128000, 16000], 1800000),
              ([180000, 990000, 630000], 1800000), ([6 * 118000, 6 * 42000, 6 * 56000, 6 * 35000], 1506000),
              ([round(1656000 * 0.26)], 430560)],
        rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h1057z03": dict(
        file="h1057z03_ocarina_school_booking_saas.txt", src=Z03, lang="zh", category="cloud",
        terms=T(99.5, 0.5, True, "buyer", True, False, True, 600 / 688000 * 100, 200, None, True, None, None, None,
                False, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=688000),
        sums=[([30 * 9800], 294000), ([294000, 294000, 86000, 14000], 688000), ([86000, 14000], 100000),
              ([73500] * 8, 588000)],
        rules=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h1057z04": dict(
        file="h1057z04_fuel_vapour_recovery_monitoring_om.txt", src=Z04, lang="zh", category="services",
        terms=T(None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
                False, None, S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=451000),
        sums=[([186 * 2100], 390600), ([390600, 38400, 22000], 451000), ([112750] * 4, 451000)],
        rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h1057z05": dict(
        file="h1057z05_kite_studio_process_tracking_supplier_template.md", src=Z05, lang="zh", category="software",
        terms=T(None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
                None, G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                   contract_value=312000),
        fee_base=168000, sums=[([168000, 126000, 18000], 312000), ([202800, 109200], 312000)],
        rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h1057e01": dict(
        file="h1057e01_optics_qms_perpetual_licence_utah_vendor.pdf", src=E01, lang="en", category="software",
        terms=T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9, False, True, False, "Utah",
                G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1636000),
        fee_base=1180000, forum_outside_mainland=True,
        sums=[([1180000, 420000, 36000], 1636000), ([327200, 736200, 572600], 1636000), ([round(1180000 * 0.09)], 106200)],
        rules=["CR-GOVERNING-LAW"]),
    "h1057e02": dict(
        file="h1057e02_ehs_saas_order_form_utah_vendor.md", src=E02, lang="en", category="cloud",
        terms=T(99.95, 0.5, True, "buyer", False, True, True, 700 / 850000 * 100, 6 / 36 * 100, None, True, None, None,
                None, False, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=850000),
        sums=[([268000, 268000, 268000, 46000], 850000), ([67000] * 12, 804000)],
        rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h1057e03": dict(
        file="h1057e03_cement_vibration_sensors_monitoring.docx", src=E03, lang="en", category="hardware",
        terms=T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 7.5, False, True, False, "PRC",
                G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1990000),
        fee_base=1801800,
        sums=[([420 * 2350, 28 * 9600, 546000], 1801800), ([1801800, 164000, 24200], 1990000),
              ([199000, 1094500, 696500], 1990000), ([round(1801800 * 0.075)], 135135)],
        rules=[]),
    "h1057e04": dict(
        file="h1057e04_cold_chain_managed_infrastructure_36_months.md", src=E04, lang="en", category="services",
        terms=T(None, 6, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
                "PRC", S),
        extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=3600000),
        sums=[([96500 * 36], 3474000), ([126000, 3474000], 3600000)],
        rules=["CR-LD-MISSING", "CR-SLA-RESPONSE"]),
    "h1057e05": dict(
        file="h1057e05_crop_weather_data_api_subscription_nevada.txt", src=E05, lang="en", category="cloud",
        terms=T(None, None, False, "buyer", True, True, True, 500 / 660000 * 100, 200, None, True, None, None, None, True,
                True, False, "PRC", S),
        extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=660000),
        sums=[([318000, 318000, 24000], 660000), ([159000] * 4, 636000)],
        rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}


def label(key, d):
    ex = {k: d["extra"][k] for k in ("sla_clause", "ld_stated", "post_warranty_fee_capped",
                                      "acceptance_deemed_on_delivery", "contract_value") if k in d["extra"]}
    return {"file": d["file"], "language": d["lang"], "category": d["category"], "expected_terms": d["terms"],
            "expected_extra": ex, "expected_rules": d["rules"]}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: d for k, d in DESIGN.items() if d["file"].endswith((".docx", ".pdf"))}
    write({k: d["src"] for k, d in built.items()},
          {k: (d["file"], d["file"].rsplit(".", 1)[1]) for k, d in built.items()}, OUT, wrap_words=True)
    covered = set()
    for key, d in DESIGN.items():
        assert d["file"].startswith(key + "_")
        path = OUT / d["file"]
        if key not in built:
            path.write_text(d["src"], encoding="utf-8")
            print("wrote", d["file"])
        t, x = d["terms"], d["extra"]
        assert list(t) == TERM_KEYS
        # label shape: goods labels carry post_warranty_fee_capped, service labels do not
        assert ("post_warranty_fee_capped" in x) == (t["contract_kind"] == G), key
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        for parts, total in d["sums"]:
            assert sum(parts) == total, (key, parts, total)
        # no label value on a threshold
        for k, v in THRESH_VALUES.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, v)
        share = tco_share(t, x, d)
        if share is not None:
            assert abs(share - 40) > 2, (key, "TCO share near 40", share)
        rules = derive_rules(t, x, d)
        assert rules == sorted(d["rules"]), (key, rules, d["rules"])
        covered |= set(rules)
        text = readback(path)
        n, ok = length_ok(d["lang"], text)
        assert ok, (key, "length", n)
        scan_text(key, text)
        if d["file"].endswith((".docx", ".pdf")):
            scan_text(key + " source", d["src"])
        lab = OUT / (path.stem + ".json")
        lab.write_text(json.dumps(label(key, d), ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-62s %-5s n=%-5d risk=%-6s tco=%s rules=%s" % (
            d["file"], d["lang"], n, risk_of(rules), "-" if share is None else "%.1f%%" % share, ", ".join(rules)))
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, ("rules never fired", missing)
    # counts of the mix
    nrules = {k: len(d["rules"]) for k, d in DESIGN.items()}
    assert sorted(k for k, v in nrules.items() if v == 0) == ["h1057e03", "h1057z01"]
    assert DESIGN["h1057e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= nrules["h1057z05"] <= 10
    print("all checks passed; all 20 rules fire")


if __name__ == "__main__":
    main()
