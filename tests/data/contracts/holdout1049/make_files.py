"""holdout1049: builds the ten draft contracts and their .json labels, and asserts the brief's checks.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Sources are kept below as markup (.docx/.pdf,
see ../word_pdf.py) or as the final text (.txt/.md). Labels are written from LABELS; each draft's rules are derived
from its label by my reading of policy §3 and compared with the design list; coverage, lengths and threshold figures
are asserted on the files as read back.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}      # stem -> (ext, source text)
LABELS = {}   # stem -> dict(category, kind, terms..., extra...)
DESIGN = {}   # stem -> expected rule list (design)
TCO_BASE = {}  # stem -> itemised licence / hardware subtotal (fee base)
FOREIGN_FORUM = set()  # stems whose forum is outside mainland China

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (label values may not equal them)
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(stem, t, value):
    years_post = max(0.0, 5 - t["warranty_months"] / 12)
    fee = TCO_BASE[stem] * t["post_warranty_fee_pct"] / 100
    post = years_post * fee
    return post / (value + post) * 100, value + post


def derive(stem):
    L = LABELS[stem]
    t, x = L["terms"], L["extra"]
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
            share, _ = tco_share(stem, t, x["contract_value"])
            assert abs(share - 40) > 2, (stem, share)
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or stem in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label_json(stem, name):
    L = LABELS[stem]
    t, x = L["terms"], L["extra"]
    terms = {k: t[k] for k in TERM_KEYS}
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    d = {"file": name, "language": "zh" if stem[5] == "z" else "en", "category": L["category"],
         "expected_terms": terms, "expected_extra": extra, "expected_rules": derive(stem)}
    return json.dumps(d, indent=1, ensure_ascii=False)


# ---- threshold-figure scan -------------------------------------------------------------------------------------
NB = r"(?<![\d.])"
NA = r"(?![\d])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESH_RE = re.compile("|".join([
    NB + r"(?:30|15|40|100)(?:\.0+)?" + NA + PCT,
    NB + r"99\.90*" + NA + PCT,
    NB + r"0?\.050*" + NA + PCT,
    r"百分之(?:三十|十五|四十|一百|百)(?![点分一二三四五六七八九十])",
    r"(?:万分之五|千分之零?点五)(?![十点])",
    NB + r"4" + NA + r"\s*(?:个)?\s*(?:hours?|hrs?|小时|h\b)",
    r"(?<![十二三五六七八九零〇一两])四\s*(?:个)?\s*小时",
    r"\bfour\s*(?:\(4\)\s*)?hours?",
    NB + r"12" + NA + r"\s*(?:个\s*月|months?)",
    r"(?<![一二三四五六七八九十])十二\s*个\s*月",
    r"\btwelve\s*(?:\(12\)\s*)?months?",
], ), re.I)


def self_test():
    hits = ["30%", "付款30 %", "15％", "40 percent", "100%", "99.9%", "99.90 %", "0.05%", ".05%", "百分之三十", "万分之五",
            "4小时", "4 hours", "四小时", "四个小时", "four hours", "12 months", "12个月", "十二个月", "twelve (12) months",
            "within4hours", "付款比例为30%", "cap100percent"]
    misses = ["130%", "3.30%", "99.95%", "99.5%", "0.08%", "24小时", "24 hours", "14 hours", "二十四小时", "百分之三十五",
              "万分之五十", "112 months", "120 months", "300%", "8.15%", "二十二个月", "45%", "150%",
              "0.055%", "1.4 hours", "2027年12月31日"]
    for s in hits:
        assert THRESH_RE.search(s), ("must hit", s)
    for s in misses:
        assert not THRESH_RE.search(s), ("must miss", s, THRESH_RE.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# =================================================================================================================
H1049Z01 = """T:单用途商业预付卡监管服务平台采购合同
P:合同编号：SWJ-ZFCG-2027-017    采购方式：公开招标
P:甲方（采购人）：某市商务局
P:乙方（供应商）：某某数智科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就单用途商业预付卡监管服务平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供预付卡监管平台软件（标准版V5）永久使用许可，部署于甲方指定的政务云环境，授权范围为全市商务主管部门及各区县商务部门使用，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括：发卡企业备案与信息公示模块、预收资金存管对接接口（对接三家存管银行）、风险预警模型与分级处置流程、消费者投诉联动模块、移动端监管小程序及领导驾驶舱。
P:1.3 乙方负责平台部署实施、历史备案数据迁移、与市场监管部门及“12345”热线系统的接口联调，并对甲方人员开展操作培训。
P:1.4 平台应符合网络安全等级保护第三级要求及商用密码应用要求，支持国产操作系统、数据库和中间件运行。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零壹万元整（¥2,010,000），为固定总价，包含软件许可、定制开发、部署实施、培训、税费及质保期内的全部服务费用。
TB:项目|金额（元）
TB:平台软件永久许可|1,160,000
TB:定制开发|720,000
TB:部署实施及数据迁移|96,000
TB:培训|34,000
TB:合计|2,010,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限及项目团队
P:4.1 乙方应于合同签订后一百二十日内完成定制开发、部署和数据迁移，并提交初步验收申请。
P:4.2 试运行期为六十日，自初步验收通过之日起计算。
P:4.3 乙方应指定具有同类政务平台实施经验的项目经理一名，驻场时间不少于实施期的三分之二；项目经理及核心开发人员未经甲方书面同意不得更换。
P:4.4 乙方应为市、区两级商务部门的业务人员和系统管理员分别组织集中培训，每类培训不少于两期，并提供操作手册、培训视频和考核题库，确保甲方人员能够独立完成日常监管操作和基础运维。
P:4.5 乙方应在质保期内每季度向甲方提交一次运行分析报告，内容包括平台可用率、故障处理情况、预警模型命中情况及优化建议。
H:第五条 验收
P:5.1 初步验收标准：功能与招标文件技术需求逐项相符；迁移数据与原系统逐条比对一致；三家存管银行接口连续十日交易对账无差错；系统在三百并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；第三方测评机构出具的网络安全等级保护测评报告及商用密码应用安全性评估报告均为合格；乙方提交源代码、设计文档、运维手册等全部交付资料。
P:5.3 甲方应在收到验收申请后十五日内组织验收。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过人民币92,800元），该价格在质保期满后三年内不作上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%，计划内维护须提前三个工作日书面通知甲方且安排在非工作时间。
P:7.2 一级故障（平台整体不可用或存管数据无法同步）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决；三级问题三个工作日内解决。
P:7.3 月度可用率每低于约定值0.1个百分点，甲方扣减当期维护费或质保金人民币3,000元；一级故障响应或恢复每超时一小时，扣减人民币1,000元。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、预警模型规则、源代码及文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证交付成果不侵犯任何第三方的合法权利，因侵权引起的纠纷和损失由乙方承担。
H:第九条 数据安全
P:9.1 平台中的发卡企业信息、预收资金数据、消费者信息及日志等全部数据归甲方所有，乙方不得用于本合同以外的任何目的，不得留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，采取加密存储、访问控制、操作审计等措施，运维操作须经堡垒机并经甲方审批。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政责任。
P:9.4 合同终止或质保期届满时，乙方应将其持有的全部甲方数据及副本交还甲方或按甲方要求彻底删除，并出具书面销毁确认；乙方参与本项目的人员应签署个人保密与数据安全承诺书。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、企业商业信息和消费者个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或逾期提交验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 乙方逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，依照政府采购法律法规及招标文件执行。
P:15.3 合同履行中需要变更技术需求的，双方应以书面形式确认，不得改变采购标的和资金用途，变更金额不影响本合同约定的付款比例。
P:甲方（盖章）：                    乙方（盖章）：
P:法定代表人或授权代表：            法定代表人或授权代表：
P:签订日期：    年  月  日
"""
SRC["h1049z01_commerce_bureau_prepaid_card_platform"] = ("pdf", H1049Z01)
LABELS["h1049z01_commerce_bureau_prepaid_card_platform"] = {
    "category": "software",
    "terms": dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
                  liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=24, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="goods_or_licence"),
    "extra": dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=2010000)}
DESIGN["h1049z01_commerce_bureau_prepaid_card_platform"] = ["CR-LD-LOW", "CR-SLA-AVAILABILITY"]
TCO_BASE["h1049z01_commerce_bureau_prepaid_card_platform"] = 1160000


# =================================================================================================================
H1049Z02 = """T:生产线控制系统改造项目合同
P:合同编号：GTJ-SB-2027-0311
P:甲方（买方）：某某电器制造有限公司（手持挂烫机生产厂）
P:乙方（卖方）：某某自动化工程有限公司
P:甲方拟对其总装车间六条手持挂烫机生产线的控制系统进行改造，将原有继电器控制和分散仪表升级为可编程控制与集中监控。乙方已对现场进行勘察并提交技术方案。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 工作范围
P:1.1 乙方负责六条生产线（注塑件上料、发热体装配、蒸汽测试、耐压测试、包装及码垛工位）控制系统的设计、供货、安装、编程、调试、试生产支持及培训。
P:1.2 改造内容包括：更换控制柜及可编程控制器、伺服驱动系统、人机界面，部署数据采集网关与工业交换机，安装产线控制软件及监控平台，并与甲方现有MES系统对接。
P:1.3 改造须分线实施，每条线停线时间不超过七个日历日，不得影响其余生产线的正常生产。
P:1.4 改造后的控制系统应满足甲方产品的安规测试要求，耐压测试工位应具备测试数据自动判定、不合格品自动剔除及测试记录不可篡改的功能，以满足甲方产品认证工厂检查的追溯要求。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰陆拾伍万元整（¥1,650,000），含设备、软件、安装调试、定制编程、培训、运输、保险及税费。分项价格见下表。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含可编程控制器、I/O模块）|6套|86,000|516,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|人机界面触摸屏|12台|9,500|114,000
TB:4|数据采集网关|6台|14,000|84,000
TB:5|工业以太网交换机|8台|7,500|60,000
TB:6|产线控制软件及监控平台许可（永久）|1套|300,000|300,000
TB:|软硬件小计|||1,386,000
TB:7|安装调试及线缆敷设|1项|148,000|148,000
TB:8|控制程序定制及MES接口开发|1项|96,000|96,000
TB:9|操作与维护培训|1项|20,000|20,000
TB:|合计|||1,650,000
H:第三条 付款
P:3.1 本合同生效后十个工作日内，甲方向乙方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量与外观，不视为质量验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方应在每期付款前开具对应金额的增值税专用发票。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方工厂，并在到货后七十五日内完成六条线的改造和调试。
P:4.2 乙方施工人员须遵守甲方的安全生产、动火作业和停送电管理制度，进入车间须佩戴防护用品。
P:4.3 每条线改造完成后，乙方应进行不少于三个班次的带料试生产，并出具调试记录。
P:4.4 乙方应随设备提供质保期内所需的常用备品备件（包括I/O模块、电源模块、伺服驱动器各两套），存放于甲方备件库，由甲方保管，质保期内消耗后由乙方免费补充。
P:4.5 改造期间，乙方应指派一名具有电气工程师资格的现场负责人，每日与甲方设备科召开协调会，并书面记录施工进度、停线时间和遗留问题。
H:第五条 验收
P:5.1 单线验收：每条生产线连续生产七个工作日，设备综合效率不低于改造前基准值，控制系统无导致停线的故障，耐压测试与蒸汽测试工位的测试数据全部上传至MES且无遗漏。
P:5.2 最终验收：六条线均通过单线验收；监控平台能实时显示各工位节拍、产量、不良率和设备状态；MES接口数据与现场计数比对差异不超过千分之二；乙方已提交电气图纸、控制程序源文件、参数表及操作维护手册。
P:5.3 甲方应在收到验收申请后十日内组织验收并出具书面意见。设备投入生产使用不视为验收合格。验收不合格的，乙方应在十日内整改后重新申请验收。
H:第六条 质量保证与售后维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备质量或软件缺陷造成的故障，乙方免费维修或更换，并免费提供软件升级。
P:6.2 一级故障（导致整条生产线停线）乙方应在1小时内响应，6小时内到达现场，当日内恢复生产；二级故障（单工位停机）应在2小时内响应，次日内处理完毕。
P:6.3 乙方响应或到场每超时一小时，向甲方支付人民币500元；一级故障未在约定时间内恢复的，每超过一小时另支付人民币800元，从质保期维保费用或应付款中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，维保费按软硬件小计的18%每年计取，即每年人民币249,480元，质保期满后前三年按此价格执行，不作上调。维保服务内容包括季度巡检、备件更换、程序维护及上述响应标准。
H:第七条 知识产权
P:7.1 产线控制软件及监控平台的标准产品著作权归其权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的控制程序、MES接口程序、人机界面画面及相关源文件、图纸，其知识产权归甲方所有，甲方可自行修改或交由第三方维护。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、质量检测数据及设备运行数据均属于甲方，乙方不得复制、留存或用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方批准，通过甲方指定的安全通道进行，并记录操作日志；乙方不得在控制系统中预留后门或远程锁机功能。
P:8.3 因乙方原因造成数据泄露、工艺参数丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，采取补救措施并承担全部损失。
P:8.4 乙方交付的工控设备和软件应关闭不必要的端口与服务，默认口令须在交付前全部修改并移交甲方，乙方人员离场时应注销其全部账号。
H:第九条 保密
P:9.1 乙方对在甲方厂区内知悉的产品设计、工艺流程、产能及客户信息负有保密义务，未经甲方书面同意不得披露或使用，合同终止后三年内仍然有效。
H:第十条 分包
P:10.1 乙方可将电气安装、线缆敷设等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方。乙方对分包单位的工作质量和安全负全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 因乙方原因造成甲方停线超过约定时间的，乙方还应赔偿甲方由此造成的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，双方可协商解除合同。
P:12.3 合同解除后，乙方应在十五日内撤离现场，移交已完成部分的图纸、程序和资料，并配合甲方恢复生产线的正常运行；已安装且经甲方确认可用的设备，按实际价值结算。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术方案、设备清单、验收记录表。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：                            日期：
"""
SRC["h1049z02_garment_steamer_line_control_retrofit"] = ("docx", H1049Z02)
LABELS["h1049z02_garment_steamer_line_control_retrofit"] = {
    "category": "hardware",
    "terms": dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                  liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=24, post_warranty_fee_pct=18, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
                  contract_kind="goods_or_licence"),
    "extra": dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1650000)}
DESIGN["h1049z02_garment_steamer_line_control_retrofit"] = ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"]
TCO_BASE["h1049z02_garment_steamer_line_control_retrofit"] = 1386000


# =================================================================================================================
H1049Z03 = """魔方培训连锁门店预约及会员管理系统服务合同

合同编号：MF-IT-2027-006

甲方：某某魔方教育科技有限公司（魔方培训连锁品牌运营方）
乙方：某某云软件有限公司

鉴于甲方在全国经营三十家魔方及益智类培训门店，需要统一的课程预约、会员管理和门店运营系统；乙方提供相应的云端软件服务（SaaS）。双方依据《中华人民共和国民法典》等法律法规，就系统订阅及实施服务达成如下协议。

一、服务内容
（一）订阅服务
1. 乙方向甲方提供“约课云”预约及会员管理系统的订阅服务，包括课程排期与预约、会员储值与课时管理、教练排班、门店收银、营销活动、家长端小程序及总部经营报表。
2. 订阅范围为甲方的三十家门店及总部，每家门店不限账号数。新增门店按本合同单价另行计费。
（二）实施服务
1. 乙方负责系统初始化配置、三十家门店的组织架构和课程体系搭建、历史会员及课时数据迁移、与甲方现有支付通道和企业微信的对接。
2. 乙方为甲方定制开发总部经营分析报表一套（含门店业绩、续费率、教练课耗等十二张报表）及会员等级规则配置。
3. 乙方对总部及门店人员开展线上线下培训，每家门店至少一名店长和一名前台完成考核。
（三）运营支持
1. 服务期内，乙方为甲方配备专属客户成功经理一名，负责需求对接、版本更新说明和季度使用情况回顾。
2. 乙方提供工作日九点至二十一点的在线客服和电话支持，周末及法定节假日提供值班支持，门店开课高峰期（寒暑假）增派值班人员。
3. 系统版本升级由乙方统一进行，乙方应提前五个工作日告知新功能和变更内容；涉及收银、储值或课时扣减逻辑的变更，须经甲方确认后方可上线。
（四）门店增减
服务期内甲方新开门店的，按每家门店每个服务年度9,800元的单价按月折算计费；门店关闭的，甲方可提前三十日书面通知减少订阅，自下一个服务年度起不再计费，已支付的当年费用不予退还。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自系统正式上线之日起计算，第二个服务年度紧随其后。
（二）实施工作应在合同签订后四十五日内完成，并于完成后申请实施验收。

三、费用及支付
（一）合同总价为人民币陆拾陆万肆仟元整（¥664,000），明细如下：
1. 订阅服务费：每家门店每个服务年度人民币9,800元，三十家门店两个服务年度合计人民币588,000元；
2. 实施服务费（含配置、数据迁移、接口对接、定制报表及培训）：人民币76,000元，一次性支付。
（二）实施服务费在实施验收合格后十五日内支付。
（三）订阅服务费按服务年度支付，每个服务年度的费用（人民币294,000元）在该服务年度开始后十五日内支付。
（四）乙方应在收款前开具增值税专用发票。

四、实施验收
（一）验收标准：三十家门店全部开通并完成真实业务操作；迁移的会员、储值余额和剩余课时与甲方原系统逐条核对一致；支付通道对账连续七日无差错；定制报表数据与抽查的门店原始单据一致；培训考核通过。
（二）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。系统开通或门店开始使用不视为验收合格。验收不合格的，乙方应在七日内整改。
（三）实施验收合格之日为系统正式上线之日。如因甲方原因导致验收推迟超过二十日的，双方可书面确认以实际开通全部门店之日作为上线日，但乙方仍应完成未完成的实施事项。

五、服务水平
（一）系统月度可用率不低于99.95%，计划内维护应安排在每日凌晨零点至六点之间，并提前两日通知甲方。
（二）一级故障（系统整体无法登录、无法预约或无法收银）乙方应在30分钟内响应，2小时内恢复；二级故障（单一功能不可用）2小时内响应，当日内解决；一般问题在三个工作日内解决。
（三）乙方每月向甲方提供服务报告，列明可用率、故障次数及处理情况。
（四）对于未达到上述服务水平的情形，乙方应分析原因并制定改进措施，但乙方不因此承担服务费减免、扣款或赔偿责任。

六、数据
（一）甲方及其会员在系统中产生的会员信息、课时记录、交易数据归甲方所有。乙方仅为提供本合同服务处理上述数据。
（二）乙方有权对甲方数据进行去标识化和汇总处理，并将处理后的数据用于乙方产品改进、行业分析报告及向其他客户提供的经营对标服务，该项权利在合同终止后继续有效。
（三）乙方应对系统采取访问控制、传输与存储加密、日志审计、异地备份等安全措施，系统已通过网络安全等级保护第三级测评。会员个人信息的处理应符合《个人信息保护法》，未成年学员信息应单独加密保存。
（四）发生数据泄露或丢失的，乙方应在发现后2小时内通知甲方，配合甲方履行告知和报告义务；因乙方原因造成的，乙方承担全部赔偿责任。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在交付后删除甲方数据。
（六）乙方应每日对甲方数据进行全量备份，备份数据保存不少于三十日；甲方可随时通过系统后台自助导出会员及交易数据。

七、知识产权
（一）“约课云”系统及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的报表、配置方案、数据迁移脚本及相关文档归甲方所有，甲方有权自行修改、使用或委托第三方使用。

八、保密
（一）双方对履行本合同获知的对方商业秘密，包括甲方的门店经营数据、课程定价、会员名单和营销方案，负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务在合同终止后三年内继续有效。

九、续期
（一）服务期满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时乙方有权根据市场情况调整订阅服务费单价，并以书面方式通知甲方；甲方未在续期开始前提出异议的，视为接受调整后的价格。

十、违约责任
（一）乙方未按期完成实施的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金；逾期超过三十日的，乙方可暂停服务，但应提前七日书面通知。
（三）因乙方原因导致会员储值余额或课时数据错误的，乙方应在甲方通知后二十四小时内核实更正，并赔偿甲方因向会员补偿而产生的实际损失。

十一、分包
乙方不得将本合同项下的实施服务转包；确需将部分工作分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

十二、合同解除
（一）一方严重违约且在收到守约方书面通知后十五日内未纠正的，守约方有权解除合同。
（二）因乙方原因导致系统连续中断超过二十四小时或一个服务年度内累计发生三次以上一级故障的，甲方有权解除合同，乙方应退还未履行期间的服务费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：实施计划；附件三：门店清单。
双方联系人及通知地址以附件四为准，任何一方变更联系人或地址的，应提前五日书面通知对方。

甲方（盖章）：                      乙方（盖章）：
代表人：                            代表人：
日期：                              日期：
"""
SRC["h1049z03_cube_training_chain_booking_saas"] = ("txt", H1049Z03)
LABELS["h1049z03_cube_training_chain_booking_saas"] = {
    "category": "cloud",
    "terms": dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.07,
                  liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                  warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="service"),
    "extra": dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=664000)}
DESIGN["h1049z03_cube_training_chain_booking_saas"] = ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"]


# =================================================================================================================
H1049Z04 = """农机作业监测系统年度运维服务合同

项目编号：NNJ-CS-2026-045
采购方式：竞争性磋商

甲方（采购人）：某某市农业农村局
乙方（成交供应商）：某某农业信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》，就农机作业监测系统年度运维服务事宜订立本合同。

第一条 服务范围
（一）平台运维：对农机作业监测平台（含作业数据中心、深松及秸秆还田作业核验模块、补贴核算模块、移动端APP）的应用系统、数据库、中间件及政务云资源进行日常巡检、故障处理、性能优化、补丁更新和数据备份。
（二）终端运维：对全市已安装的北斗农机作业监测终端（约3,200台）及配套传感器提供远程诊断、故障终端更换、在线率监测和农忙季节现场巡修。
（三）数据服务：对作业轨迹、面积和质量数据进行核查，按季度和年度出具作业面积核算报告，为农机购置与应用补贴、作业补助的审核提供数据支撑。
（四）安全保障：落实网络安全等级保护第二级要求，开展季度漏洞扫描和年度应急演练。
（五）服务交接：服务期开始前，乙方应与上一期运维单位完成系统、账号、文档和终端台账的交接，交接中发现的问题应书面报告甲方；服务期结束时，乙方应以同样方式向甲方或甲方指定的下一期运维单位完成交接，交接期不少于十五日。
（六）培训：乙方每半年为各区县农机推广站工作人员组织一次系统操作和数据核查培训，并为新安装终端的农机手提供使用指导。
（七）其他：甲方临时交办的与本系统相关的数据统计和报表工作，乙方应予配合，不另行收费。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，下一期服务由甲方依法重新采购，本合同不自动续期。

第三条 合同价款
（一）本合同总价为人民币肆拾叁万陆仟元整（¥436,000），为固定总价，包括人工、差旅、备件、工具、终端更换及税费，甲方不再支付其他费用。
（二）分项价格：平台运维186,000元；终端运维164,000元；数据核查及报告58,000元；安全保障28,000元。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度费用为人民币109,000元。每季度服务考核合格后，乙方提交季度服务报告和发票，甲方在十五个工作日内支付当季费用。
（三）季度考核中发生扣减的，甲方从当季费用中直接扣除。

第五条 服务水平
（一）平台月度可用率不低于99.95%。
（二）故障分级及处理时限：一级故障（平台整体不可用、数据无法上传或补贴核算中断）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常或单一区县数据异常）1小时内响应，8小时内解决；三级问题两个工作日内解决。
（三）终端在线情况按月统计通报，离线终端应在发现后一个工作日内完成远程诊断，故障终端应在报修后三个工作日内完成更换。农忙季节（三夏、三秋）乙方应在各区县安排巡修人员，故障终端次日内到场。
（四）平台可用率每低于约定值0.01个百分点，扣减当季服务费人民币1,000元；一级故障每超时一小时扣减人民币800元；终端更换每超期一日扣减人民币100元。

第六条 人员要求
（一）乙方应配备驻场运维工程师两名，在甲方指定地点工作，其中至少一名具有数据库或系统运维相关认证。
（二）农忙季节乙方应另行安排不少于四名终端巡修人员。乙方人员变更须提前十日书面通知甲方并经甲方同意。

（三）乙方应建立运维值班制度，服务期内每日八点至二十点安排专人值守监控平台，其他时间安排电话值班，值班电话应保持畅通。
（四）乙方应于每月前五个工作日提交上月运维月报，内容包括巡检记录、故障清单、终端在线统计、数据核查情况和下月工作计划。

第七条 应急保障与资产管理
（一）乙方应在合同生效后十五日内制定应急预案，覆盖平台宕机、数据库损坏、政务云资源故障、大面积终端离线和数据泄露等场景，经甲方审定后执行，并在服务期内组织不少于一次实战演练。
（二）补贴申报和审核期间，乙方应提前完成系统扩容评估和压力测试，安排专人驻守，确保申报系统稳定运行。
（三）乙方应建立终端资产台账，记录每台终端的安装机具、编号、安装位置、更换和维修记录；更换下的故障终端由乙方负责维修或报废处理，数据存储部件须经甲方确认后方可带离。

第八条 考核与验收
（一）季度考核：甲方按本合同第五条的指标及季度服务报告进行考核，考核内容包括可用率、故障处理时效、终端在线率、巡检记录和数据核查质量。
（二）年度终验：服务期满前三十日，乙方提交年度运维总结、作业面积核算年度报告、资产与配置台账、运维文档和脚本。年度报告须与各区县抽查结果相符，抽查差异率不超过千分之五。
（三）考核不合格的，乙方应在十日内整改并重新考核；整改后仍不合格的，甲方可按第十二条处理。甲方签收报告不视为考核合格。

第九条 数据安全与数据归属
（一）平台中的农机档案、作业轨迹、农户及补贴信息等全部数据归甲方所有。乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供，不得用于商业用途。
（二）乙方应遵守《数据安全法》《个人信息保护法》，运维操作一律通过甲方堡垒机进行并全程记录；涉及补贴数据的导出须经甲方书面审批。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，立即处置并配合调查；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）服务期满，乙方应完整移交运维资料和账号权限，并删除其持有的甲方数据。

第十条 保密
乙方及其人员对在服务中知悉的农户个人信息、补贴资金信息和甲方内部资料负有保密义务，未经甲方书面同意不得以任何方式披露。保密义务在本合同终止后继续有效。

第十一条 知识产权
乙方在服务期内为甲方编写的运维脚本、报表模板、核算报告及运维文档归甲方所有。乙方保证其提供的工具软件不侵犯第三方权利。

第十二条 违约责任
（一）乙方未按期提交季度报告、年度核算报告或未按期完成服务交接的，每逾期一日，按合同总价的千分之一支付违约金。
（二）连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。
（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十三条 分包
本项目不得分包或转包。乙方擅自分包的，甲方有权解除合同。

第十四条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权书面通知解除本合同，乙方应退还未履行期间的费用并赔偿损失。
合同解除后，乙方仍应按第一条第（五）项完成交接，在新的运维单位接手前继续保障平台基本运行，该期间的服务费按实际服务天数结算。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。磋商文件、响应文件及成交通知书为本合同附件。

甲方（盖章）：                      乙方（盖章）：
日期：                              日期：
"""
SRC["h1049z04_agri_bureau_machinery_monitoring_om"] = ("txt", H1049Z04)
LABELS["h1049z04_agri_bureau_machinery_monitoring_om"] = {
    "category": "services",
    "terms": dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                  warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="service"),
    "extra": dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=436000)}
DESIGN["h1049z04_agri_bureau_machinery_monitoring_om"] = []


# =================================================================================================================
H1049Z05 = """# 软件产品许可及定制开发合同

> 竹匠云标准合同文本（V1.8）　　文本提供方：乙方　　合同编号：ZJY-HT-2027-0219

**甲方（买方）**：某某竹编工艺工作室

**乙方（卖方）**：某某竹匠云软件科技有限公司

甲方因竹编产品生产管理需要，向乙方购买“竹匠云工序追踪系统”软件许可并委托乙方进行定制开发。双方经友好协商，依据《中华人民共和国民法典》，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“竹匠云工序追踪系统”标准版软件的永久使用许可（单一工作室、不超过三十个用户账号），功能包括：原料（竹材）入库与批次管理、破篾、染色、编织、定型、上漆等工序报工，半成品流转，订单进度查询，手艺人计件工资统计及成品二维码溯源。

1.2 乙方根据甲方需求进行定制开发，包括：非遗工艺作品档案模块、定制订单（客户来图定制）跟踪模块、与甲方网店订单的接口。

1.3 乙方负责软件安装部署、基础数据初始化及一次集中培训。

1.4 软件支持电脑端和手机端使用，手艺人可通过手机扫描半成品二维码完成报工，系统按工序和作品类型自动汇总计件数量。

## 第二条 合同价款

2.1 本合同总价为人民币壹拾柒万贰仟元整（¥172,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 竹匠云工序追踪系统标准版永久许可 | 128,000 |
| 2 | 定制开发（作品档案、定制订单跟踪、网店接口） | 36,000 |
| 3 | 安装部署、数据初始化及培训 | 8,000 |
| | 合计 | 172,000 |

2.2 上述价格不含服务器、扫码枪、标签打印机等硬件，如需乙方代购，另行报价。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币111,800元。乙方收到该笔款项后开始实施。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币60,200元。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停实施或暂停技术支持，由此产生的工期延误由甲方承担。

## 第四条 实施与交付

4.1 乙方计划在收到首笔款项后六十日内完成定制开发和部署，具体进度以乙方项目计划为准。

4.2 因需求变更、甲方资料提供不及时、网络或硬件条件不具备等原因导致进度推迟的，实施期限相应顺延，乙方不承担责任。

4.3 乙方实施延误的，双方应协商调整进度安排，乙方应尽快完成。

4.4 甲方应指定一名项目联系人，负责需求确认、资料提供和组织工作室人员参加培训。

4.5 甲方应在实施前自行准备符合乙方配置要求的服务器或云主机、稳定的网络环境及扫码设备。甲方环境不符合要求的，乙方可协助调试，所需费用另计。

4.6 乙方的培训为一次集中培训，时长为一天，地点在甲方工作室。甲方人员变动需要再次培训的，按每人次八百元另行收费。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整，属于新需求的，乙方可另行报价。

5.3 上线后甲方发现的问题，乙方在免费维护期内予以处理；甲方不得以存在个别问题为由拒绝或迟延支付合同尾款。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方在工作日通过电话、微信和远程方式提供技术支持，对甲方反映的问题尽合理努力及时处理。

6.3 因甲方操作不当、擅自修改、硬件故障或网络原因导致的问题，不属于免费维护范围。

6.4 免费维护期内，甲方需要乙方上门服务的，乙方可以安排，差旅费用由甲方承担。免费维护期不因系统停用、甲方未使用或问题处理时间而延长。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，以保证软件正常使用和获得版本升级。

7.2 年度维保服务费为软件许可费的25%，即每年人民币32,000元，每年在维保服务期开始前一次性支付。

7.3 甲方未购买维保服务的，乙方不再提供任何技术支持和升级，已上线的软件仍可继续使用。

7.4 维保服务内容包括：远程技术支持、软件缺陷修复、标准版本升级及每年一次的数据库健康检查。定制模块在标准版本升级后的适配工作，按实际工作量另行收费。

7.5 维保服务中断后甲方重新购买的，应补缴中断期间的维保服务费。

## 第八条 知识产权与使用许可

8.1 “竹匠云工序追踪系统”及其全部模块的著作权归乙方所有。

8.2 乙方为甲方定制开发的作品档案模块、定制订单跟踪模块、网店接口程序及相关源代码、文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

8.4 甲方应妥善保管管理员账号及密码，因甲方账号管理不善造成的损失由甲方自行承担。

8.5 甲方不得超出许可的用户账号数使用软件。需要增加账号的，按每个账号每年六百元另行购买。

## 第九条 数据

9.1 甲方在系统中录入和产生的工艺资料、订单信息、客户信息和手艺人信息归甲方所有，乙方不得用于本合同以外的用途。

9.2 乙方远程维护时应取得甲方同意，采用加密通道连接，不得下载或留存甲方数据；乙方应协助甲方建立每日自动备份机制。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并赔偿甲方由此遭受的损失。

## 第十条 保密

10.1 双方对在合作中获知的对方商业秘密负有保密义务，包括甲方的工艺配方、染色方案、客户名单和定价，乙方的软件技术资料和报价。未经对方书面同意，不得向第三方披露。

10.2 本条义务在合同终止后两年内有效。

10.3 乙方可将甲方作为客户案例用于宣传，但不得披露甲方的工艺配方、客户名单和经营数据。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

11.3 因甲方提供的资料不准确、需求反复变更或未按约定付款，导致乙方增加工作量的，乙方有权另行收取费用。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 因不可抗力导致合同无法履行的，双方互不承担责任，可协商解除合同。

## 第十三条 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.3 双方通过本合同首页所列的电话、微信或电子邮箱发送的通知，自发出之日起视为送达。

14.2 本合同附件（功能清单、定制需求说明）与本合同具有同等效力。本合同条款为乙方标准文本，双方另有书面约定的，以书面约定为准。

甲方（签章）：　　　　　　　　　乙方（签章）：

日期：　　　　　　　　　　　　　日期：
"""
SRC["h1049z05_bamboo_studio_process_tracking_supplier_template"] = ("md", H1049Z05)
LABELS["h1049z05_bamboo_studio_process_tracking_supplier_template"] = {
    "category": "software",
    "terms": dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                  liability_cap_pct=None, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
                  warranty_months=6, post_warranty_fee_pct=25, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=None, governing_law="PRC",
                  contract_kind="goods_or_licence"),
    "extra": dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                  contract_value=172000)}
DESIGN["h1049z05_bamboo_studio_process_tracking_supplier_template"] = [
    "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
    "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]
TCO_BASE["h1049z05_bamboo_studio_process_tracking_supplier_template"] = 128000


# =================================================================================================================
H1049E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BPS-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Chongli Xueyuan Mountain Resort Operations Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chongli District, Zhangjiakou, Hebei Province (the "Buyer"), and Baldy Peak Systems, Inc., a corporation organised under the laws of the State of Idaho, with its principal office at Main Street, Ketchum, Idaho 83340, United States (the "Vendor").
P:The Buyer operates ski lifts, gondolas and snowmaking systems at its mountain resort and wishes to acquire a perpetual licence of the Vendor's SummitOps maintenance and operations software, together with implementation and training services. The Vendor has agreed to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the SummitOps lift maintenance, inspection and snowmaking management software, in object code, including the mobile inspection application and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, inspection checklists, data migration scripts, interfaces to the Buyer's snowmaking control system and ticketing system, reports and related source code and documentation created by the Vendor specifically for the Buyer.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.3.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's resort and head office in China for its own operations, for up to 150 named users and unlimited mobile inspection devices.
P:2.2 The Vendor shall install the Software on the Buyer's servers in its data centre in Chongli, configure it for 14 lifts, 2 gondolas and 86 snowmaking guns, migrate five seasons of maintenance records from the Buyer's existing spreadsheets and database, and build the interfaces listed in Annex 1.
P:2.3 The Vendor shall train 24 maintenance technicians, 6 supervisors and 3 system administrators at the resort, in Chinese, and shall deliver user and administrator manuals in Chinese and English.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,726,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,280,000; implementation services (configuration, interfaces and data migration) CNY 410,000; training CNY 36,000.
P:3.2 No other fees are payable for the scope in Article 2 during the warranty period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 30 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price within 30 days after the Installation Certificate. The Installation Certificate confirms only that the Software has been installed and the interfaces connected; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice. The Vendor shall provide valid invoices in the form required by PRC tax rules, through its appointed local agent where necessary.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and data migration within 90 days after signature, so that the system can be used in the coming winter season.
P:5.2 Acceptance criteria: (a) every function in Annex 2 passes the test script agreed by the parties; (b) migrated maintenance records reconcile with the source data for every lift and gun; (c) the snowmaking interface reads gun status and water and air pressure every 10 seconds without loss during a 72-hour test; (d) the Software runs for 30 consecutive days of operation without a Severity 1 fault; (e) all documentation and the source code of the Custom Deliverables have been delivered.
P:5.3 The Buyer shall complete the tests within 15 days after the Vendor's notice of readiness and shall either issue Final Acceptance or list the failures. The Vendor shall correct the failures within 15 days and submit the affected items for retest. Use of the Software in operation, or any payment, is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and Annex 2 for eighteen (18) months after Final Acceptance. During this period the Vendor shall correct all defects and supply all updates and new releases free of charge.
P:6.2 The Vendor shall respond to a Severity 1 fault (the Software is unavailable or lift inspection records cannot be created or retrieved) within 1 hour, at any time during the ski season, and shall provide a workaround within 8 hours. Severity 2 faults shall be answered within 2 hours and resolved within 2 business days.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Vendor shall, at the Buyer's request, provide annual support at a fee of 11% of the Software licence fee per year (CNY 140,800 per year). This fee is fixed for the first three support years. Each support year is ordered separately; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Buyer may use, copy, modify and license them and have them maintained by third parties without restriction.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Buyer Data and Data Security
P:8.1 All data entered into or generated by the Software, including equipment records, inspection results, personnel data and operating logs ("Buyer Data"), belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not keep copies.
P:8.2 The Software is hosted on the Buyer's own servers in China. The Vendor's remote access requires the Buyer's approval for each session, through the Buyer's VPN and bastion host, and all sessions are logged. Buyer Data shall not be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement, and shall notify the Buyer within 12 hours of any security incident affecting Buyer Data. The Vendor is liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent.
P:9.2 This Article survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to meet the date in Article 5.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement indemnities, breach of Articles 8 and 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor, including its local implementation partner.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the delay damages in Article 10.1 reach their maximum. On termination by the Buyer, the Vendor shall refund amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Idaho, United States, without regard to its conflict-of-law rules.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers. Any dispute not settled within 30 days shall be submitted to the state or federal courts located in Idaho, and each party submits to their jurisdiction.
H:Article 14 Force Majeure and Buyer Cooperation
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. The time for performance is extended by the period of the event.
P:14.2 The Buyer shall provide server capacity, network access, site access during the installation window and the source data for migration in good time, and shall make its maintenance supervisors available for the acceptance tests. Delays caused by the Buyer extend the date in Article 5.1 accordingly.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Interfaces) and Annex 2 (Functional Specification and Test Script), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""
SRC["h1049e01_ski_resort_maintenance_software_licence"] = ("pdf", H1049E01)
LABELS["h1049e01_ski_resort_maintenance_software_licence"] = {
    "category": "software",
    "terms": dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                  liability_cap_pct=150, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="Idaho",
                  contract_kind="goods_or_licence"),
    "extra": dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1726000)}
DESIGN["h1049e01_ski_resort_maintenance_software_licence"] = ["CR-GOVERNING-LAW"]
TCO_BASE["h1049e01_ski_resort_maintenance_software_licence"] = 1280000
FOREIGN_FORUM.add("h1049e01_ski_resort_maintenance_software_licence")


# =================================================================================================================
H1049E02 = """# ORDER FORM AND GENERAL TERMS: FIELDPATH FIELD SERVICE SUBSCRIPTION

**Order Form No.** WRR-OF-2027-0118

**Provider:** Wood River Routing, LLC, an Idaho limited liability company, River Street, Hailey, Idaho 83333, United States ("Provider")

**Customer:** Suzhou Hengsheng Elevator Maintenance Co., Ltd., a company incorporated in the People's Republic of China, Suzhou Industrial Park, Jiangsu Province ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies only to this Order Form. If Part A and Part B conflict, Part A prevails.

## PART A: ORDER DETAILS

### A1. Subscribed Service

A1.1 Provider will provide Customer with access to FieldPath, a cloud service for scheduling, dispatching and recording elevator maintenance and repair visits, including the technician mobile application, the planner console, the customer portal for building managers, route optimisation and reporting (the "Service").

A1.2 The Service is provided from a dedicated instance hosted in a data centre in mainland China, as described in A5.

A1.3 Quantity: 160 named technician and planner users. Customer may add users at the unit price in A3, prorated to the end of the current Subscription Year.

### A2. Subscription Term

A2.1 The Subscription Term is twenty-four (24) months, made up of two Subscription Years. The first Subscription Year starts on the Go-Live Date, which is the date of Onboarding Acceptance under A4.

A2.2 The Subscription Term ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; nothing in this Order Form renews automatically.

### A3. Fees

| Item | Basis | Unit price (CNY) | Quantity | Amount (CNY) |
|---|---|---|---|---|
| FieldPath subscription, Subscription Year 1 | per named user per year | 1,350 | 160 | 216,000 |
| FieldPath subscription, Subscription Year 2 | per named user per year | 1,350 | 160 | 216,000 |
| Onboarding services (configuration, data import, integration with Customer's ERP and elevator IoT gateway, training) | fixed, one-time | 38,000 | 1 | 38,000 |
| **Total Contract Value** | | | | **470,000** |

All amounts are in CNY and include VAT. Prices are fixed for the Subscription Term.

### A4. Onboarding and Acceptance

A4.1 Provider will complete onboarding within 60 days after signature of this Order Form. Onboarding covers configuration of 2,300 elevator units and 420 buildings, import of three years of maintenance history, integration with Customer's ERP (work orders and spare parts) and with its elevator IoT gateway (fault alarms), and training of planners and technicians.

A4.2 Onboarding Acceptance criteria: (a) all units, buildings and contracts imported and reconciled with Customer's master list; (b) fault alarms from the IoT gateway create dispatch jobs within 60 seconds in a test of 50 alarms; (c) ERP work orders and parts consumption synchronise without error for 10 consecutive business days; (d) at least 140 users have logged in and completed a training exercise.

A4.3 Customer will test within 10 business days after Provider's notice of readiness and will sign an acceptance certificate or list the failures. Live use of the Service before the certificate is signed is not acceptance.

A4.4 If onboarding is not accepted by the date in A4.1 for reasons attributable to Provider, Provider will pay Customer CNY 350 for each day of delay, up to CNY 23,500 in total.

### A5. Hosting and Data Location

A5.1 The dedicated instance is hosted on infrastructure of a licensed cloud service provider in the Shanghai region. Customer Data is stored and processed only in mainland China. Provider's support staff outside China may not access Customer Data.

### A6. Invoicing and Payment

A6.1 The Onboarding fee is invoiced after Onboarding Acceptance.

A6.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

A6.3 Invoices are payable within 30 days by bank transfer in CNY to the account of Provider's appointed collection agent in China, who will issue official VAT invoices (fapiao).

## PART B: GENERAL TERMS

### 1. Service Levels

1.1 Provider will make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.

1.2 Priority 1 incidents (the Service or the mobile application is unavailable, or fault alarms do not create dispatch jobs) will be responded to within 30 minutes at any time, with a workaround or fix within 3 hours. Priority 2 incidents will be responded to within 2 hours during business hours and resolved within 2 business days.

1.3 If monthly availability falls below the commitment in 1.1, Customer will receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of it, below the commitment, up to half of that monthly equivalent. If a Priority 1 response is late, Customer receives a credit of CNY 500 per late hour. Credits are set off against the next invoice or paid at the end of the Subscription Term.

### 2. Customer Data

2.1 All data that Customer or its users enter into the Service, and all data generated by the Service from it, including building, unit, fault and visit records and personal information of technicians and building contacts ("Customer Data"), belong to Customer. Provider will use Customer Data only to provide the Service to Customer.

2.2 Provider will protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of all administrative access and daily backups kept for 30 days. The hosting environment holds a valid MLPS level-3 filing.

2.3 Provider will notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, will take immediate steps to contain it and will cooperate with Customer's reports to the authorities. Provider is responsible for losses caused by its failure to comply with this Section 2.

2.4 Within 30 days after the end of the Subscription Term, Provider will return all Customer Data in a common machine-readable format and then delete it from the Service and backups.

### 3. Subcontractors

3.1 Provider may engage subcontractors and sub-processors, including hosting providers, support partners and its local implementation partner, to perform any part of the Service. Provider will inform Customer by updating the list of subcontractors published on its customer portal. Customer's consent is not required. Provider remains responsible for the acts of its subcontractors.

### 4. Intellectual Property

4.1 Provider owns the Service and all improvements to it.

4.2 Configurations, report templates, integration mappings and scripts made specifically for Customer during onboarding belong to Customer. Customer may use, modify and let third parties use them without restriction.

### 5. Confidentiality

5.1 Each party will keep the other party's confidential information secret, use it only for this Order Form and disclose it only to its employees and advisers who need to know it and are bound by similar duties. This Section applies during the Subscription Term and for three years after it.

### 6. Term and Termination

6.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

6.2 If Customer terminates under 6.1, Provider will refund the prepaid subscription fees for the remainder of the Subscription Year and the credits owed.

6.3 Provider may suspend the Service only if an undisputed invoice is more than 45 days overdue and Customer has not paid within 10 days after a further written notice.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential losses, lost profits or lost revenue.

7.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer under this Order Form in the six (6) months before the event giving rise to the claim.

7.3 The limits in 7.1 and 7.2 do not apply to Customer's payment obligations or to either party's fraud or wilful misconduct.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with its documentation and that it will not materially reduce the functionality of the Service during the Subscription Term.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Disputes will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 10. Customer Responsibilities

10.1 Customer is responsible for the accuracy of the data it enters, for keeping user credentials secure and for the use of the Service by its users. Customer will not use the Service to store data unrelated to its maintenance business and will promptly inform Provider of any suspected misuse of an account.

10.2 Customer will provide timely access to its ERP and IoT gateway test environments and a project contact during onboarding. Delays caused by Customer extend the date in A4.1 accordingly.

### 11. General

11.1 Notices must be in writing and sent to the addresses in this Order Form. This Order Form is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________
"""
SRC["h1049e02_elevator_field_service_saas_order_form"] = ("md", H1049E02)
LABELS["h1049e02_elevator_field_service_saas_order_form"] = {
    "category": "cloud",
    "terms": dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                  ld_rate_per_day_pct=350 / 470000 * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                  subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    "extra": dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=470000)}
DESIGN["h1049e02_elevator_field_service_saas_order_form"] = ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]


# =================================================================================================================
H1049E03 = """T:Supply Contract for Machine Condition Monitoring Sensors and Software
P:Contract No. DGHY-EQ-2027-052
P:Buyer: Dongguan Hongye Paper Co., Ltd., a company incorporated in the People's Republic of China, Machong Town, Dongguan, Guangdong Province (the "Buyer").
P:Supplier: Payette Lake Instruments, Inc., an Idaho corporation, Lake Street, McCall, Idaho 83638, United States (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer runs three paper machines and a stock preparation line. It wishes to monitor the vibration and temperature of rotating equipment (dryer cylinders, felt rolls, pumps, fans and gearboxes) in order to plan maintenance before failures occur. The Supplier will supply wireless sensors, gateways and a perpetual licence of its monitoring software, and will install and commission the system.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting hardware and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's PulseWatch condition monitoring software, including its analytics server, web console and mobile alerts application.
P:1.3 "System" means the Equipment and the Software, installed, configured and integrated at the Buyer's mill.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under Clause 5.4.
P:1.5 "Contract Price" means the total price in Clause 2.2.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver to the Buyer's mill, install, configure and commission the System, integrate alarms with the Buyer's distributed control system and its computerised maintenance management system, and train the Buyer's staff, as set out in the technical specification in Annex A.
P:2.2 The Contract Price is CNY 1,720,000, fixed, inclusive of VAT, import duties, freight, insurance and all expenses of the Supplier's staff, itemised in the table below.
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, triaxial, ATEX-rated housing|420|2,150|903,000
TB:2|Industrial wireless gateway with edge storage|36|6,800|244,800
TB:3|PulseWatch software, perpetual site licence, unlimited users|1|380,000|380,000
TB:|Hardware and Licence Subtotal|||1,527,800
TB:4|Installation, configuration, DCS and CMMS integration, commissioning|1|168,000|168,000
TB:5|Training of operators, maintenance engineers and administrators|1|24,200|24,200
TB:|Contract Price|||1,720,000
P:2.3 The Supplier shall include with the delivery the spare parts listed in Annex A (20 sensors and 2 gateways) within the price above.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 30 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after the Installation Certificate. The Installation Certificate confirms that the Equipment has been delivered and mounted and the Software installed; it is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice (fapiao) issued by the Supplier or its appointed import agent.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment DAP the Buyer's mill within 70 days after signature and shall complete installation within 40 days after delivery.
P:4.2 Installation on running machines shall be planned with the Buyer's production department and carried out during scheduled shutdowns wherever possible. The Supplier's staff shall follow the Buyer's safety rules, permit-to-work procedures and lock-out rules.
P:4.3 Risk in the Equipment passes to the Buyer on delivery; title passes on payment under Clause 3.2.
H:5. Acceptance
P:5.1 After installation the Supplier shall run the System for a trial period of 45 days.
P:5.2 Acceptance criteria: (a) every sensor reports vibration and temperature data at the configured interval with no more than 0.5% of readings missing over the last 14 days of the trial; (b) measured values on 20 sample points agree with the Buyer's portable analyser within the tolerance in Annex A; (c) alarms reach the distributed control system and create work orders in the maintenance system within 60 seconds in a test of 30 simulated faults; (d) no Severity 1 fault occurs in the last 20 days of the trial; (e) documentation, configuration backups and training records are delivered.
P:5.3 The Buyer shall test the System within 15 days after the trial and shall either sign the acceptance certificate or give the Supplier a written list of failures. The Supplier shall correct the failures within 15 days and the affected tests shall be repeated.
P:5.4 Final Acceptance occurs only when the Buyer signs the acceptance certificate. Use of the System during the trial, or any payment, is not acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months after Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, correct Software defects and supply new Software versions, all free of charge.
P:6.2 The Supplier shall respond to faults as set out in the table below. Response means a qualified engineer working on the fault, by remote access where possible.
TB:Severity|Definition|Response|On site if needed|Restoration
TB:Severity 1|Analytics server or console down, or alarms not reaching the DCS|30 minutes|24 hours|24 hours
TB:Severity 2|A gateway or group of sensors offline|2 hours|3 days|3 days
TB:Severity 3|Single sensor fault or minor software issue|1 business day|Next planned visit|10 days
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 800; for each day by which a Severity 2 restoration is late, CNY 500. The Buyer may deduct these amounts from any payment or from the performance guarantee.
P:6.4 After the warranty, the Supplier shall provide support for two further years at an annual fee of 7% of the Hardware and Licence Subtotal, that is CNY 106,946 per year, fixed. Support is ordered by the Buyer for each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use it at the mill.
P:7.2 Configurations, machine models, alarm rules, integration scripts, reports and documents made for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely and have them supported by others.
H:8. Data Protection and Security
P:8.1 All data collected by the System and all data of the Buyer processed by the Supplier belong to the Buyer. The Supplier shall not use them for any purpose other than this Contract and shall not keep copies after completing its work.
P:8.2 The Software runs on the Buyer's servers on its plant network. Remote access by the Supplier is permitted only with the Buyer's approval for each session, through the Buyer's VPN and bastion host, and is logged. Data shall not leave the People's Republic of China.
P:8.3 The Supplier shall harden the gateways and the server as required in Annex A, change all default passwords, and notify the Buyer within 2 hours of any security incident it becomes aware of. The Supplier is liable for losses caused by its breach of this Clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's processes, production data, machine layouts and commercial terms, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for five years after the end of this Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier misses a delivery, installation or acceptance date, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, infringement of third-party rights, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund amounts paid for parts of the System that have not been accepted.
P:12.2 The Buyer may also terminate by written notice if the Supplier becomes insolvent or can no longer lawfully export or supply the Equipment.
H:13. Export Control and Compliance
P:13.1 The Supplier is responsible for obtaining any export licence or classification needed to ship the Equipment and the Software from the United States and for meeting Chinese import and certification requirements, including radio type approval for the sensors and gateways. A delay in obtaining them is not force majeure.
P:13.2 The Supplier shall comply with applicable anti-bribery laws and the Buyer's supplier code of conduct, and its staff at the mill shall follow the Buyer's environmental, health and safety rules.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final.
P:Annex A: Technical specification and sensor locations. Annex B: Acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
SRC["h1049e03_paper_mill_condition_monitoring_sensors"] = ("docx", H1049E03)
LABELS["h1049e03_paper_mill_condition_monitoring_sensors"] = {
    "category": "hardware",
    "terms": dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=36, post_warranty_fee_pct=7, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="goods_or_licence"),
    "extra": dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1720000)}
DESIGN["h1049e03_paper_mill_condition_monitoring_sensors"] = []
TCO_BASE["h1049e03_paper_mill_condition_monitoring_sensors"] = 1527800


# =================================================================================================================
H1049E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** CPM-NB-2027-03

**Customer:** Ningbo Haoda Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, Beilun District, Ningbo, Zhejiang Province ("Customer").

**Provider:** Camas Prairie Managed IT, Inc., an Idaho corporation, Main Street, Grangeville, Idaho 83530, United States, acting in China through its wholly owned subsidiary as service delivery entity ("Provider").

**Background.** Customer manufactures brake and suspension components at four plants in Zhejiang and Anhui. It wishes to outsource its end-user IT support, endpoint management and infrastructure monitoring to Provider for a term of 36 months. Provider has reviewed Customer's environment during a two-week assessment and has proposed the services in Schedule 1.

## 1. Definitions and Interpretation

1.1 "Services" means the services described in Schedule 1. "Service Levels" means the levels in Schedule 2. "Charges" means the charges in Schedule 3.

1.2 "Transition" means the work needed to take over the Services from Customer's internal IT team and current suppliers, as described in Schedule 1, part A.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition acceptance certificate under Section 4.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider receives or can access in performing the Services.

1.5 The Schedules form part of this Agreement. If a Schedule conflicts with Sections 1 to 15, the Sections prevail.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term unless the parties agree in writing to extend it on terms then agreed. It does not renew automatically.

## 3. Services

3.1 Provider shall perform the Services in accordance with Schedule 1, the Service Levels and good industry practice, using staff with appropriate skills and certifications.

3.2 Provider shall keep at least two engineers on site at the Beilun plant during business hours and shall visit each other plant at least twice a month and whenever needed to resolve an incident.

3.3 Provider shall provide a service manager who meets Customer's IT manager monthly to review performance, incidents, changes and improvement proposals.

3.4 Customer shall give Provider's staff access to its sites, systems and administrator accounts needed for the Services, provide desk space and network access for the on-site engineers, and tell Provider in advance about planned production shutdowns, new plants and major system changes. Provider is not responsible for a missed Service Level to the extent it is caused by Customer's failure to do so.

## 4. Transition and Acceptance

4.1 Provider shall complete the Transition within 75 days after signature.

4.2 Transition acceptance criteria: (a) all endpoints, servers, network devices and licences are recorded in the configuration database and reconciled with Customer's asset register; (b) monitoring is active for every server and network device listed in Schedule 1; (c) the service desk has handled live tickets for 20 business days in parallel with Customer's team and met the Service Levels in that period; (d) runbooks, escalation lists and the continuity plan have been approved by Customer.

4.3 Customer shall review the Transition within 10 business days after Provider's notice and shall either sign the acceptance certificate or list the shortcomings, which Provider shall correct within 10 business days. Performance of any service before that signature is not acceptance.

4.4 If the Transition is not accepted by the date in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000 in total.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 each month and report on them within five business days after the end of the month.

5.2 If a Service Level is missed, Provider shall pay the service credit set out in Schedule 2. Credits are deducted from the next invoice. The total credits in a month shall not exceed 20% of the Monthly Service Charge for that month.

5.3 If Provider misses the same Service Level in three consecutive months, Provider shall submit a remediation plan within 10 days and carry it out at its own cost.

## 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term and include VAT and all expenses, including travel between plants.

6.2 The Transition Charge is invoiced after Transition acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls, prorated for a partial month.

6.3 Customer shall pay each correct invoice within 30 days after receipt of a valid VAT invoice (fapiao).

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of this Agreement.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's product drawings, pricing and customer lists, and shall use it only for this Agreement. Disclosure to employees and subcontractors who need to know is allowed if they are bound by equivalent obligations. This Section survives for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 Provider keeps its pre-existing tools and methods. Runbooks, scripts, configuration records, reports and documents produced for Customer under this Agreement belong to Customer, which may use, modify and license them without restriction, including for a successor provider.

## 10. Personnel and Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the performance of any approved subcontractor.

10.2 Customer may require the replacement of any Provider staff member who does not perform adequately or breaches Customer's site rules.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss or loss of profit, except in case of wilful misconduct.

11.2 Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Term.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if the condition in Section 5.3 recurs after a remediation plan.

12.2 Provider may terminate if Customer fails to pay an undisputed invoice within 60 days after a reminder.

## 13. Exit

13.1 On expiry or termination, Provider shall for up to 90 days provide reasonable exit assistance at the rates in Schedule 3 and hand over all documentation, credentials and records to Customer or a successor provider.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final and binding.

## 15. General

15.1 Notices shall be in writing. Amendments must be signed by both parties. This Agreement is made in English and Chinese; both versions are equally valid.

## Schedule 1: Services

| Part | Service | Description |
|---|---|---|
| A | Transition | Discovery, asset reconciliation, monitoring set-up, runbooks, parallel run with Customer's team |
| B | Service desk | Chinese and English service desk by phone, chat and portal, 07:00 to 22:00 every day, for about 1,450 users |
| C | Endpoint management | Imaging, patching, software distribution and asset tracking for about 1,300 PCs and 260 shop-floor terminals |
| D | Infrastructure monitoring | 24x7 monitoring of 86 servers, storage, backup jobs and 190 network devices at four plants, with alert handling |
| E | On-site support | Desk-side support, moves and changes, printer and terminal replacement on the production lines |
| F | Reporting | Monthly service report, quarterly service review, annual improvement plan |

## Schedule 2: Service Levels

| Item | Definition | Target | Service credit if missed |
|---|---|---|---|
| P1 incident response | A plant production line, the ERP or the MES is stopped by an IT failure | Response within 6 hours | CNY 2,000 per late hour |
| P1 incident restoration | As above | Restoration within 12 hours | CNY 3,000 per late hour |
| P2 incident response | A group of users or a non-critical system is affected | Response within 8 business hours | CNY 500 per late incident |
| Service desk answer time | Calls answered | 90% within 60 seconds | 2% of the Monthly Service Charge |
| Patch compliance | Critical patches installed on endpoints | 95% within 14 days of release | 2% of the Monthly Service Charge |
| Backup recovery | A failed scheduled backup job is rerun successfully | Within 1 business day | 3% of the Monthly Service Charge |

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | fixed, one-time | 112,000 |
| Monthly Service Charge | CNY 58,000 per month for 36 months | 2,088,000 |
| Total Charges over the Service Term | | 2,200,000 |
| Additional work and exit assistance | per engineer day, on written order | 2,400 |

**For Customer:** ____________________ **For Provider:** ____________________
"""
SRC["h1049e04_auto_parts_managed_it_services"] = ("md", H1049E04)
LABELS["h1049e04_auto_parts_managed_it_services"] = {
    "category": "services",
    "terms": dict(availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=False, buyer_owns_data=True, confidentiality=True,
                  ld_rate_per_day_pct=1800 / 2200000 * 100, liability_cap_pct=150, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                  subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    "extra": dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2200000)}
DESIGN["h1049e04_auto_parts_managed_it_services"] = ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"]


# =================================================================================================================
H1049E05 = """DATA SUBSCRIPTION AGREEMENT
TIMBERLINE PRICE DATA AND API SERVICE

Agreement No. CTA-CN-2027-011

BETWEEN

Clearwater Timber Analytics, Inc., an Idaho corporation, Michigan Avenue, Orofino, Idaho 83544, United States ("Provider"); and

Zhangjiagang Senlin Timber Trading Co., Ltd., a company incorporated in the People's Republic of China, Zhangjiagang Free Trade Zone, Jiangsu Province ("Customer").

Customer imports softwood logs and lumber from North America and wishes to receive market price, export volume and freight data through Provider's application programming interface for use in its purchasing, pricing and risk management. Provider agrees to provide the data and the service on the terms of this Agreement.

1. DEFINITIONS

1.1 "Licensed Data" means the log and lumber price assessments, mill and port price series, export volume statistics, ocean freight indices and related data that Provider publishes through the Service, including historical series back to 2012.

1.2 "Service" means Provider's Timberline API, the web dashboard, the bulk download facility and the related documentation.

1.3 "Subscription Year" means each one-year period beginning on the Start Date or an anniversary of it. "Subscription Term" means the two Subscription Years that follow the Start Date.

1.4 "Start Date" means the date on which Customer signs the access acceptance certificate under Clause 4.

1.5 "Customer Data" means the account information, user details, query logs, watch lists, internal price mappings and any other data that Customer or its users submit to the Service.

1.6 "Custom Feed" means the data mapping tables, unit and currency conversion rules, product code translations and integration scripts that Provider prepares for Customer under Clause 3.2.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the Service and to use the Licensed Data for Customer's internal business purposes in the People's Republic of China, for up to 25 named users and up to 200,000 API calls per calendar month.

2.2 Customer may include Licensed Data in internal reports, purchasing models and management presentations. Customer may not resell or redistribute Licensed Data to third parties in raw form or make it available through a public website.

2.3 API calls above the monthly allowance are charged at the overage rate in Clause 6.1 and are not part of the Subscription Fees.

3. SETUP SERVICES

3.1 Provider shall enable Customer's accounts, issue API keys for Customer's production and test environments, and provide a named technical contact for the Subscription Term.

3.2 Provider shall prepare the Custom Feed, which maps Provider's product grades and regions to Customer's internal product codes and converts prices into CNY per cubic metre on the exchange rate source chosen by Customer, and shall assist Customer's IT staff in connecting the API to Customer's ERP and pricing tools.

3.3 Provider shall complete the setup services within 45 days after signature of this Agreement.

4. ACCESS ACCEPTANCE

4.1 Acceptance criteria: (a) all subscribed data series are available through the API and the dashboard; (b) a sample of 300 data points retrieved through the Custom Feed matches the values published on Provider's dashboard after conversion; (c) the API returns responses within 2 seconds at the 95th percentile in a test of 5,000 calls; (d) the daily update of the price series arrives in Customer's ERP on 10 consecutive business days without manual intervention.

4.2 Customer shall test within 10 business days after Provider's notice of readiness and shall either sign the access acceptance certificate or list the failures for correction. Use of the Service during the test period is not acceptance.

4.3 If the setup services are not accepted by the date in Clause 3.3 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 20,000 in total.

5. SERVICE LEVELS AND CREDITS

5.1 The API and the dashboard shall be available 99.95% of the time in each calendar month, excluding maintenance announced at least 72 hours in advance and performed on weekends.

5.2 Priority 1 incidents (the API is unavailable, or the daily update of price series has not been published by its scheduled time) shall be responded to within 1 hour at any time. Priority 2 incidents shall be responded to within 1 business day.

5.3 If monthly availability falls below the level in Clause 5.1, or if the daily update is published more than 6 hours late, Provider shall grant a service credit of CNY 2,000 for each 0.1 percentage point of shortfall and CNY 800 for each late daily update. Credits are set off against the next invoice or paid at the end of the Subscription Term.

5.4 Provider shall correct any error in the Licensed Data within 2 business days after it is reported and shall publish a correction notice.

5.5 Provider may change the Service, add data series or retire an endpoint, but shall give Customer at least 90 days' written notice before retiring an endpoint or a subscribed data series and shall keep the previous API version available during that period. If a subscribed data series is discontinued without an equivalent replacement, the Subscription Fee is reduced in proportion to its share of the subscribed package set out in Annex 1.

5.6 Provider shall give Customer's technical contact access to a status page showing current incidents, maintenance windows and the publication time of each daily update, and shall send a monthly service report with availability, incidents and credits.

6. FEES AND PAYMENT

6.1 Fees (CNY, including VAT):

  Item                                   Basis                      Amount
  Subscription Fee, Subscription Year 1  annual                     268,000
  Subscription Fee, Subscription Year 2  annual                     268,000
  Setup services and Custom Feed         one-time                   18,000
  Total                                                             554,000
  API overage                            per 10,000 calls           150

6.2 The setup fee is invoiced after access acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year.

6.3 Invoices are payable within 30 days by bank transfer in CNY to Provider's collection agent in Shanghai, which issues VAT invoices (fapiao). The Subscription Fees are fixed for the Subscription Term.

7. RENEWAL

7.1 At the end of the Subscription Term, this Agreement renews for one further Subscription Year at the same Subscription Fee, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and shall not use query logs, watch lists or internal price mappings for any other purpose, including its own price assessments.

8.2 Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named support staff, multi-factor authentication and logged administrative access. Customer Data is stored on servers in mainland China operated by Provider's licensed hosting partner.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, disclosure or loss of Customer Data, shall take immediate steps to limit it, and is liable for losses caused by its breach of this Clause 8.

8.4 Within 30 days after the end of this Agreement, Provider shall return Customer Data on request and then delete it.

9. INTELLECTUAL PROPERTY

9.1 Provider and its data sources own the Licensed Data and the Service.

9.2 The Custom Feed belongs to Customer. Customer may use, modify and license it freely, including after the end of this Agreement and with another data provider.

10. NO CANCELLATION

10.1 This Agreement and the Subscription Fees for the Subscription Term are non-cancellable by Customer. Customer may not terminate this Agreement before the end of the Subscription Term for any reason, including a breach by Provider. Customer's sole remedies for any failure of the Service are the service credits and the corrections under Clause 5.

10.2 Provider may suspend access if an undisputed invoice remains unpaid 30 days after a written reminder, and may terminate this Agreement if Customer redistributes Licensed Data in breach of Clause 2.2 and does not stop within 10 days after notice.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the setup services or the support of the Service to any third party without Customer's prior written consent. The hosting partner named in Annex 1 is approved by the signature of this Agreement. Provider remains responsible for any approved subcontractor.

12. WARRANTIES AND LIABILITY

12.1 Provider warrants that it compiles the Licensed Data with reasonable care according to its published methodology. Provider does not guarantee any trading result.

12.2 Neither party is liable for indirect or consequential loss or lost profits.

12.3 Each party's total liability under this Agreement is limited to 150% of the total fees payable for the Subscription Term, except for Customer's payment obligations, Provider's liability under Clause 8 and either party's wilful misconduct.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final.

14. GENERAL

14.1 Notices shall be in writing to the addresses above. This Agreement, with Annex 1 (Data Series and Hosting Partner), is the entire agreement and may be amended only in writing signed by both parties.

Signed for Provider: ____________________     Signed for Customer: ____________________
Date: ____________________                      Date: ____________________
"""
SRC["h1049e05_timber_price_data_api_subscription"] = ("txt", H1049E05)
LABELS["h1049e05_timber_price_data_api_subscription"] = {
    "category": "cloud",
    "terms": dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=False,
                  ld_rate_per_day_pct=400 / 554000 * 100, liability_cap_pct=150, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
                  subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    "extra": dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=554000)}
DESIGN["h1049e05_timber_price_data_api_subscription"] = ["CR-CONFIDENTIALITY", "CR-TERMINATION"]


# =================================================================================================================
def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    assert len(SRC) == 10 and set(SRC) == set(LABELS) == set(DESIGN)
    sources, targets = {}, {}
    for stem, (ext, text) in SRC.items():
        name = stem + "." + ext
        if ext in ("docx", "pdf"):
            sources[stem], targets[stem] = text, (name, ext)
        else:
            (OUT / name).write_text(text, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    seen = set()
    for stem, (ext, _) in sorted(SRC.items()):
        name = stem + "." + ext
        L = LABELS[stem]
        t = L["terms"]
        # label values never on a threshold
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (stem, k, t[k])
        rules = derive(stem)
        assert rules == sorted(DESIGN[stem]), (stem, rules, DESIGN[stem])
        seen.update(rules)
        (OUT / (stem + ".json")).write_text(label_json(stem, name), encoding="utf-8")
        # read back: length and threshold scan
        text = read_back(OUT / name)
        zh = stem[5] == "z"
        n = len(re.sub(r"\s", "", text)) if zh else len(text.split())
        lo, hi = (2750, 3000) if zh else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH_RE.search(variant)
            assert not m, (stem, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        extra = ""
        if t["contract_kind"] == "goods_or_licence" and t["post_warranty_fee_pct"] is not None:
            share, tco = tco_share(stem, t, L["extra"]["contract_value"])
            extra = " TCO %.0f share %.1f%%" % (tco, share)
        print("%-62s %-5s %5d %s %s%s" % (name, "chars" if zh else "words", n, risk(rules), ",".join(rules) or "-",
                                          extra))
        assert lo <= n <= hi, (stem, n)
    assert seen == set(ALL_RULES), sorted(set(ALL_RULES) - seen)
    risks = {s: risk(derive(s)) for s in SRC}
    nrules = {s: len(derive(s)) for s in SRC}
    compliant = [s for s in SRC if nrules[s] == 0]
    assert sorted(c[5] for c in compliant) == ["e", "z"] and all(risks[c] == "low" for c in compliant)
    e01 = [s for s in SRC if s.startswith("h1049e01")][0]
    assert derive(e01) == ["CR-GOVERNING-LAW"] and risks[e01] == "low"
    z05 = [s for s in SRC if s.startswith("h1049z05")][0]
    assert 8 <= nrules[z05] <= 10
    others = [s for s in SRC if s not in compliant and s not in (e01, z05)]
    assert len(others) == 6 and all(2 <= nrules[s] <= 3 for s in others)
    print("all checks passed")


if __name__ == "__main__":
    main()
