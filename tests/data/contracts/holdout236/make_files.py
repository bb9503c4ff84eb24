"""holdout236: writes the ten ordinary draft contracts (.md / .txt directly, .docx / .pdf through ../word_pdf.py),
re-applies policy §3/§4 to the hand labels, asserts the plan, writes the .json labels and scans every built file,
read back, for values that sit on a policy threshold. Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scan (policy §3 / §4)
THRESHOLD_PATTERNS = [
    r"(?<![\d.])30(\.0+)?\s*(%|％|per ?cent)", r"百分之三十(?![\d一二三四五六七八九])", r"\bthirty per ?cent",
    r"(?<![\d.])4(\.0+)?\s*(-?\s*hours?|小时|个小时|h\b)", r"(?<![一二三四五六七八九十])四(个)?小时", r"(?<!-)\bfour[- ]hours?",
    r"(?<![\d.])99\.9(?![\d])", r"百分之九十九点九(?![一二三四五六七八九零])",
    r"(?<![\d.])0\.05(?![\d])", r"万分之五(?![\d])", r"\bfive hundredths",
    r"(?<![\d.])12\s*(个月|-?\s*months?)", r"十二个月", r"\btwelve[- ]months?", r"质保期?[为：:]?\s*[一1]\s*年",
    r"\bone[- ]year warranty",
    r"(?<![\d.])15(\.0+)?\s*(%|％|per ?cent)", r"百分之十五(?![\d一二三四五六七八九])", r"\bfifteen per ?cent",
    r"(?<![\d.])40(\.0+)?\s*(%|％|per ?cent)", r"百分之四十(?![\d一二三四五六七八九])", r"\bforty per ?cent",
    r"(?<![\d.])100(\.0+)?\s*(%|％|per ?cent)", r"百分之(一)?百(?![\d零一二三四五六七八九])", r"\bone hundred per ?cent",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RE for m in rx.finditer(text)]


def self_test():
    bad = ["预付30%", "30 per cent", "百分之三十", "4小时内响应", "四小时", "4 hours", "four hours", "a 4-hour",
           "99.9%", "99.9 %", "0.05%", "万分之五", "12个月", "十二个月", "12 months", "twelve months", "质保期一年",
           "15%", "百分之十五", "40%", "forty per cent", "100%", "百分之百", "one hundred per cent", "12-month"]
    good = ["twenty-four hours", "130%", "24小时", "24 hours", "二十四个月", "99.95%", "0.055%", "万分之八", "112 months", "15.5%",
            "140%", "1000%", "二十四小时内", "14 hours", "0.08%", "百分之三十五", "99.99", "320%"]
    for s in bad:
        assert threshold_hits(s), s
    for s in good:
        assert not threshold_hits(s), (s, threshold_hits(s))


# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x, fee_base, horizon=5):
    """Share (%) of post-warranty fees in the TCO; None when the fee is not stated."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, horizon - t["warranty_months"] / 12)
    fees = fee_base * t["post_warranty_fee_pct"] / 100 * years_after
    return fees / (x["contract_value"] + fees) * 100


def apply_rules(t, x, fee_base=None, forum_outside=False):
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or x["acceptance_deemed_on_delivery"]:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEV[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"

# ---------------------------------------------------------------- sources (markup of ../word_pdf.py: T/H/P/TB)
H236Z01 = """T:江州市档案馆数字档案管理平台建设项目政府采购合同
P:合同编号：JZDA-2026-CG-0417　　采购方式：公开招标　　项目编号：JZCG-2026-GK-0417
P:采购人（甲方）：江州市档案馆　　地址：江州市文昌路18号
P:供应商（乙方）：江州云典信息技术有限公司　　地址：江州市高新区科创大道266号
P:鉴于甲方就“数字档案管理平台建设项目”依法组织公开招标，乙方为经评审确定的中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同组成部分；如有冲突，以本合同条款为准。
H:第一条　项目内容
P:1.1 乙方为甲方建设数字档案管理平台，包括：档案管理平台软件许可（含收集、整理、保管、利用、统计、鉴定销毁六个子系统，不限用户数）；按甲方业务定制开发的馆藏档案著录规则引擎、与江州市政务服务平台及电子文件归档系统的接口、领导查档审批流程；存量目录数据约420万条及原文影像约36TB的迁移；部署实施与培训。
P:1.2 平台须符合《电子档案管理系统基本功能规定》《数字档案馆建设指南》及等级保护第三级要求，并通过甲方组织的安全测评。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰肆拾柒万陆仟元整（¥2,476,000），为固定总价，含税费、运输、安装、迁移、培训及质保期内全部服务费用，甲方不再支付其他费用。价格明细如下：
TB:序号|项目|金额（元）
TB:1|档案管理平台软件许可（永久使用，不限用户数）|1,280,000
TB:2|定制开发（著录规则引擎、接口、审批流程）|760,000
TB:3|存量数据迁移（目录数据及原文影像）|310,000
TB:4|部署实施及培训|126,000
TB:合计||2,476,000
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥495,200。
P:3.2 平台部署完成、数据迁移完成并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,114,200。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥866,600。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条　交付与进度
P:4.1 乙方应在合同签订后一百二十日内完成部署、开发与迁移并申请初步验收。
P:4.2 乙方应在项目启动后十日内提交实施方案和迁移方案，经甲方书面确认后执行。迁移须先在测试环境完成两轮演练。
H:第五条　验收
P:5.1 初步验收标准：（一）软件功能逐项符合招标文件技术需求清单；（二）迁移目录数据与源库逐条比对一致，原文影像抽检5%无缺失、无错挂；（三）接口联调连续十个工作日无错误；（四）在300个并发用户下，检索响应时间不超过2秒。
P:5.2 初步验收后平台试运行九十日。试运行期间无一级故障，且第三方机构出具的等保测评报告无高风险问题的，甲方组织最终验收，出具最终验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收未通过的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条　服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分级响应：一级故障（平台不可用或档案数据存在丢失风险）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，一个工作日内解决；三级问题一个工作日内响应，五个工作日内解决。
P:6.3 乙方响应或恢复超时的，每超过1小时向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当期维保费用或质量保证金¥2,000。
H:第七条　质保及后续维护
P:7.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费为软件许可费的8%，即每年¥102,400，且在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第八条　数据安全与数据归属
P:8.1 平台中全部档案数据、目录数据、原文影像、用户信息和日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应在甲方机房内实施迁移，远程运维须经甲方逐次审批并通过堡垒机进行，操作全程留痕。乙方应落实访问控制、加密传输、介质管理等安全措施，遵守《数据安全法》《个人信息保护法》及档案管理相关规定。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条　保密
P:9.1 乙方对履约中接触的档案内容、未开放档案信息、网络拓扑、账号口令等负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条　知识产权
P:10.1 平台标准软件著作权仍归乙方，甲方获得永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的规则引擎、接口程序、流程配置及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再许可。乙方应在最终验收前移交源代码及技术文档。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
H:第十二条　分包与转包
P:12.1 乙方不得转包，也不得将本项目的任何部分分包给第三方。
H:第十三条　合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条　法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　其他
P:15.1 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。合同未尽事宜，双方可签订书面补充协议。
P:甲方（盖章）：江州市档案馆　　　　乙方（盖章）：江州云典信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日　　　　签订日期：2026年　月　日
"""
H236Z02 = """T:轮胎X光检测设备采购及维保合同
P:合同编号：HF-SB-2026-0093
P:甲方（买方）：山东恒丰轮胎股份有限公司　　地址：东营市广饶县经济开发区恒丰路1号
P:乙方（卖方）：青岛睿视工业检测设备有限公司　　地址：青岛市崂山区株洲路151号
P:甲方为提升全钢子午线轮胎成品检测能力，向乙方采购轮胎X光检测设备及配套软件，并约定质保期满后的维保服务。双方经友好协商，订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方向甲方供应全钢子午线轮胎X光检测机三台（型号RS-XT900，含射线源、平板探测器、翻转机构、铅房及冷却系统），以及缺陷图像智能识别软件许可一套（三台设备共用，永久许可）。
P:（二）乙方负责设备运输、就位、安装、调试、辐射安全检测配合、与甲方MES系统的数据对接以及操作和维修培训。
H:二、合同价款
P:（一）合同总价为人民币肆佰捌拾贰万元整（¥4,820,000），含13%增值税。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|轮胎X光检测机RS-XT900|3台|1,460,000|4,380,000
TB:2|缺陷图像智能识别软件许可|1套|220,000|220,000
TB:软硬件小计||||4,600,000
TB:3|安装调试及MES对接|1项|186,000|186,000
TB:4|操作与维修培训|1项|34,000|34,000
TB:合计||||4,820,000
P:（二）上述价格为固定价格，甲方不承担清单以外的任何费用。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥482,000。
P:（二）三台设备全部到货、安装完毕并经甲方签收后，甲方支付合同总价的55%，即¥2,651,000。签收仅表示数量和外观核对无误，不代表质量验收。
P:（三）设备通过最终验收后二十个工作日内，甲方支付合同总价的35%，即¥1,687,000。
P:（四）乙方应在每次付款前开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后九十日内将设备运至甲方东营工厂二号成品车间，并在到货后二十日内完成安装调试。
P:（二）乙方负责办理射线装置相关的辐射安全评价配合工作，提供设备的辐射防护检测报告。
H:五、验收
P:（一）最终验收标准：1. 设备配置与技术协议一致；2. 铅房外表面剂量率符合国家标准，经有资质的第三方检测合格；3. 单条轮胎检测节拍不超过45秒；4. 使用甲方提供的200条已知缺陷样胎测试，缺陷检出率不低于98%、误判率不高于2%；5. 与MES对接的检测结果上传准确无误；6. 设备连续运行三十日无一级故障。
P:（二）满足上述全部标准的，甲方在十个工作日内出具最终验收报告。任何一项不满足的，乙方应在十五日内整改后重新验收。设备到货、安装或投入试生产，均不视为验收合格。
H:六、质保期
P:（一）设备及软件质保期为最终验收合格之日起二十四个月。质保期内乙方免费维修、更换非人为损坏的零部件（射线管、探测器均包括在内），并免费提供软件升级。
P:（二）质保期内的故障响应：一级故障（设备停机或射线防护异常）乙方应在8小时内响应，二十四小时内派工程师到场；二级故障在一个工作日内响应；一般问题在三个工作日内处理。
P:（三）乙方到场或修复超过前款时限的，每超过1小时支付甲方违约金¥2,000，可从质保金或后续维保费中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年提供维保服务，服务内容包括每季度一次预防性维护、射线管及探测器校准、软件升级与远程诊断，以及故障维修（备件费另计）。
P:（二）年度维保费按软硬件小计的25%计收，即每年¥1,150,000，在质保期满后三年内固定不变，按年度于每个服务年度结束后支付。
P:（三）维保期内的故障响应标准与本合同第六条第（二）项、第（三）项相同。
H:八、数据与信息安全
P:（一）设备采集的轮胎图像、检测结果、生产批次和工艺参数等数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程诊断须经甲方逐次书面批准，通过甲方指定的VPN及堡垒机接入，不得在设备中预留任何远程通道或后门。乙方应采取防病毒、访问控制和日志审计等措施。
P:（三）发生数据泄露或被非法访问时，乙方应在2小时内通知甲方并配合调查。因乙方原因导致数据安全事件的，乙方赔偿甲方全部损失。
H:九、保密
P:乙方对在履约中获悉的甲方工艺配方、产品缺陷数据、生产计划等商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十、知识产权
P:（一）设备内置软件及缺陷识别软件的著作权归乙方，甲方获得永久使用许可。
P:（二）为甲方定制的MES对接程序、缺陷判级规则及相关文档归甲方所有，甲方可自由使用、修改。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）设备不能通过验收且整改后仍不合格的，甲方有权退货，乙方退还已付款项并赔偿损失。
H:十二、分包
P:乙方不得将设备安装调试以外的工作分包；确需将吊装就位工作分包的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:十三、合同解除
P:乙方严重违约且在甲方书面通知后二十日内未予纠正的，甲方有权解除本合同并要求赔偿。
H:十四、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交青岛仲裁委员会按其仲裁规则仲裁。
H:十五、其他
P:本合同一式四份，双方各执二份，经双方签字盖章后生效。附件：技术协议、设备配置清单、验收测试方案。
P:甲方：山东恒丰轮胎股份有限公司（盖章）　　乙方：青岛睿视工业检测设备有限公司（盖章）
P:授权代表：__________　　授权代表：__________　　日期：2026年　月　日
"""
H236Z03 = """T:“动力圈”会员预约与会籍管理SaaS服务协议
P:协议编号：DLQ-SaaS-2026-045
P:甲方（客户）：上海动力圈健身管理连锁有限公司（旗下45家门店）
P:乙方（服务商）：杭州约课云科技有限公司
P:鉴于甲方拟以订阅方式使用乙方“约课云”SaaS平台，覆盖全部45家门店的会员注册、会籍管理、团课与私教预约、储值与次卡核销、门禁联动及经营报表，并由乙方完成实施上线，双方签订本协议。
H:1. 服务内容与期限
P:1.1 乙方向甲方开通约课云平台企业版，按门店数计费，每店包含前台、教练及店长账号不限数量，会员端小程序一套（以甲方品牌上线）。
P:1.2 实施服务：45家门店的基础数据配置、既有会员数据（约38万名会员、会籍及储值余额）迁移、与甲方现有门禁闸机和财务系统对接、店员培训。
P:1.3 订阅期限：自平台上线验收通过之日起三年（以下称“初始期限”）。
H:2. 费用
P:2.1 费用明细如下：
TB:项目|计费方式|金额（元）
TB:平台订阅费|45店 × ¥9,600/店/年 × 3年|1,296,000
TB:实施服务费（配置、迁移、对接、培训）|一次性|168,000
TB:合计||1,464,000
P:2.2 订阅期内门店数增加的，新增门店按同一单价按月折算计费；门店关闭的，自次季度起相应减少。
H:3. 付款
P:3.1 实施服务费在上线验收通过后十五个工作日内一次性支付。
P:3.2 订阅费按季度结算，每季度¥108,000，于每个季度结束后十五个工作日内支付。本协议不设预付款。
H:4. 实施与上线验收
P:4.1 乙方应在协议签订后六十日内完成全部门店上线。
P:4.2 上线验收标准：（1）迁移会员、会籍、储值余额与甲方原系统逐条核对一致；（2）门禁联动在全部门店测试通过，刷码开门时间不超过1秒；（3）预约高峰（每日18:00–21:00）在2,000并发下页面响应不超过2秒；（4）与财务系统的日结对账连续七日无差异。全部满足后，甲方签署上线验收单。门店开始使用系统不视为验收。
P:4.3 乙方逾期完成上线验收的，每逾期一日，应向甲方支付违约金¥1,200。
H:5. 服务水平
P:5.1 平台月度可用率不低于99.5%，计划维护应安排在凌晨1:00–5:00并提前三日通知。
P:5.2 故障响应：P1（全部或多家门店无法预约、核销或开门）30分钟内响应，3小时内恢复；P2（单店或单一功能故障）2小时内响应；P3咨询类问题一个工作日内答复。
P:5.3 服务抵扣：月度可用率低于承诺值的，按下表抵扣当季订阅费：低于99.5%但不低于99.0%的，抵扣当月订阅费的5%；低于99.0%的，抵扣10%。P1超时恢复的，每次另抵扣¥1,000。
H:6. 数据
P:6.1 会员信息、消费记录、预约记录及经营数据属于甲方。乙方应按照《个人信息保护法》和甲方指示处理会员个人信息。
P:6.2 甲方同意乙方在去标识化处理后，将平台内的预约、到店及消费数据汇总用于乙方的产品改进和《健身行业经营白皮书》等行业分析报告，该等使用在本协议终止后仍可继续。
P:6.3 乙方应将数据存储于中国境内的云服务器，实施分级访问控制、传输及存储加密和操作日志审计；乙方系统通过等级保护第三级测评。发生数据泄露的，乙方应在24小时内通知甲方，并承担因其过错造成的全部损失。
P:6.4 协议终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并删除其存储的甲方数据。
H:7. 保密
P:双方对在合作中知悉的对方商业信息、价格、会员规模及经营数据负有保密义务，保密期限至协议终止后三年。
H:8. 知识产权
P:平台软件的知识产权归乙方。为甲方定制的小程序界面、报表模板和对接程序归甲方所有，甲方可自由使用和修改。
H:9. 续期
P:9.1 初始期限届满前三十日，任何一方未书面提出不续期的，本协议自动续期一年，此后亦同。
P:9.2 每次续期时，乙方有权根据市场情况单方调整订阅单价，上调幅度不超过8%，并以书面通知甲方后生效。
H:10. 责任
P:10.1 乙方在本协议项下的累计赔偿责任以协议总价的150%为限，但数据泄露、侵犯知识产权或故意行为造成的损失不受此限。
H:11. 分包
P:乙方不得将实施服务分包；确需委托第三方提供门禁对接现场施工的，须事先取得甲方书面同意。
H:12. 解除
P:任何一方严重违约且在书面通知后十五日内未纠正的，守约方有权解除本协议。
H:13. 法律适用与争议
P:本协议适用中华人民共和国法律。争议提交甲方所在地有管辖权的人民法院诉讼解决。
P:甲方（盖章）：上海动力圈健身管理连锁有限公司　　乙方（盖章）：杭州约课云科技有限公司
P:日期：2026年　月　日
"""
H236Z04 = """T:南湖区退役军人服务信息平台年度运维服务合同
P:（政府采购竞争性谈判项目，项目编号：NHCG-2026-TP-0088）
P:采购人（甲方）：南湖区退役军人事务局
P:成交供应商（乙方）：嘉禾智联信息服务有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及本项目竞争性谈判文件、乙方响应文件和成交通知书，甲乙双方就南湖区退役军人服务信息平台（含优待证办理、就业创业服务、帮扶援助、褒扬纪念、信访接待五个子系统及移动端）2027年度运维服务事宜，订立本合同。
H:一、服务期限与范围
P:（一）服务期限自2027年1月1日起至2027年12月31日止。期满后本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。
P:（二）服务范围：平台应用系统及数据库的日常运行维护、故障处理、小规模功能优化（全年不超过80人日）、安全巡检与漏洞整改、数据备份与恢复演练、重要节日及重大活动保障、业务人员操作支持。
P:（三）乙方派驻两名专职运维工程师在甲方办公地点驻场，工作日8:30–17:30在岗，其余时间电话值守。
H:二、服务费用
P:（一）本合同年度运维服务费为人民币伍拾捌万陆仟元整（¥586,000），为包干价。构成如下：驻场运维人员费用¥336,000；二线技术支持及功能优化¥118,000；安全巡检与漏洞整改¥72,000；备件与工具费用¥60,000。
P:（二）除本合同另有约定外，甲方不再支付其他费用。
H:三、付款方式
P:（一）服务费按季度支付，每季度¥146,500。每季度结束后，甲方依据第五条完成季度考核，并在考核结果确认后十个工作日内支付当季服务费（扣除考核扣款）。
P:（二）本合同不设预付款。乙方应在每次付款前开具增值税普通发票。
H:四、服务水平
P:（一）平台各子系统在服务期内的月度可用率不低于99.95%（经甲方批准的计划停机除外）。
P:（二）故障分级：一级故障指平台整体或优待证办理等核心业务无法使用、数据存在丢失风险；二级故障指单个子系统部分功能异常；三级指一般性咨询与操作问题。
P:（三）响应与处理时限：一级故障30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，一个工作日内解决；三级问题2小时内响应，三个工作日内解决。
P:（四）每月进行一次全面安全巡检，发现的高危漏洞应在七日内完成整改，中危漏洞在三十日内完成整改。每季度进行一次数据恢复演练。
H:五、考核与验收
P:（一）甲方按季度对乙方服务进行考核，考核内容包括：可用率、故障响应与恢复时限、巡检及整改完成情况、备份演练记录、驻场人员出勤及服务满意度。季度考核以乙方提交的季度服务报告及运维系统记录为依据。
P:（二）扣款标准：一级故障响应或恢复超时的，每次扣减当季服务费¥2,000；月度可用率每低于承诺值0.01个百分点，扣减¥1,000；驻场人员无故缺岗一日扣减¥500。
P:（三）服务期满后十五日内，乙方提交年度运维总结、配置清单和文档，甲方组织年度验收，验收合格后出具验收意见。
H:六、数据安全
P:（一）平台中退役军人个人信息、优抚对象信息、业务办理数据及日志均属于甲方，乙方仅可为履行运维服务处理，不得复制、导出、留存或用于其他目的。
P:（二）乙方人员须签署保密承诺书并通过政审，仅可通过甲方堡垒机、以个人账号进行操作，高危操作须经甲方审批并双人复核。乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求。
P:（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任并依法承担相应法律责任。
H:七、保密
P:乙方对在服务过程中知悉的国家秘密、工作秘密、个人信息和平台技术资料负有保密义务，未经甲方书面同意不得对外披露；本条义务在合同终止后继续有效。
H:八、知识产权
P:乙方在服务期内形成的运维脚本、配置文档、优化功能的源代码及巡检报告，知识产权归甲方所有。
H:九、分包
P:乙方可将机房巡检、网络布线等辅助性工作分包给具备相应能力的第三方，但应在分包前五个工作日书面告知甲方分包单位名称及分包内容；乙方对分包部分向甲方承担全部责任。
H:十、违约责任
P:（一）乙方未按约定期限完成高危漏洞整改、恢复演练或提交季度服务报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）乙方驻场人员未经甲方同意更换的，每人次支付违约金¥3,000。
P:（三）甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:十一、合同解除
P:乙方严重违约或一个季度内累计发生三次一级故障超时的，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。
H:十二、适用法律与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院提起诉讼。
H:十三、其他
P:本合同一式五份，甲方执三份，乙方执二份。谈判文件、响应文件及成交通知书为本合同组成部分。
P:甲方（盖章）：南湖区退役军人事务局　　　　乙方（盖章）：嘉禾智联信息服务有限公司
P:代表签字：__________　　　　代表签字：__________　　　　签订日期：2026年12月　日
"""
H236Z05 = """T:智造云MES系统软件许可及定制开发合同（乙方标准文本 ZZY-MES-2025版）
P:合同编号：ZZY-2026-MES-112
P:甲方（用户）：嘉兴五芳粽业食品股份有限公司
P:乙方（供应商）：杭州智造云软件股份有限公司
P:甲方拟在粽子生产基地实施制造执行系统（MES），覆盖原料验收、浸米、拌料、包粽、蒸煮、冷却、真空包装、速冻及成品入库全过程。乙方以本标准文本向甲方提供MES软件许可及定制开发服务。双方确认已阅读并理解本合同全部条款。
H:第一条 合同标的
P:1.1 乙方向甲方提供智造云MES标准版软件许可（单工厂，不限用户数）。
P:1.2 乙方按甲方需求进行定制开发，包括：包粽工位计件与扫码报工模块、蒸煮及速冻工序温度时间监控模块、批次追溯与食品安全召回模块、与甲方用友ERP及电子秤、金属探测器等设备的数据对接。
P:1.3 乙方提供部署实施及用户培训。
H:第二条 合同金额
TB:项目|金额（元）
TB:MES标准版软件许可|680,000
TB:定制开发（计件报工、工序监控、批次追溯）|540,000
TB:部署实施及培训|96,000
TB:设备及ERP数据对接|84,000
TB:合计|1,400,000
P:合同总金额为人民币壹佰肆拾万元整（¥1,400,000）。
H:第三条 付款方式
P:3.1 本合同签订后五个工作日内，甲方支付合同总金额的50%，即¥700,000。
P:3.2 系统上线运行后五个工作日内，甲方支付剩余50%，即¥700,000。
P:3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。
H:第四条 实施
P:4.1 乙方根据双方确认的需求说明书进行开发和实施，计划工期为合同签订后一百五十日。因需求变更、甲方配合不及时、设备接口资料不全等原因导致工期延长的，乙方不承担责任。
P:4.2 乙方将尽合理努力按计划推进项目，如遇进度滞后，乙方将调配资源追赶进度。
H:第五条 上线与验收
P:5.1 系统完成部署并在甲方生产现场上线运行后，即视为甲方验收合格。
P:5.2 上线后甲方提出的需求说明书以外的修改，按乙方人天单价另行收费。
H:第六条 免费维护
P:6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。
P:6.2 一级故障（系统无法登录或全线无法报工）乙方在接到甲方报修后12小时内响应；其他问题在三个工作日内响应。
P:6.3 乙方将尽力排除故障，但不因响应或修复时间承担任何扣款、赔偿或违约金。
H:第七条 后续维护服务
P:7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的服务价格标准执行。
P:7.2 未签订年度维护合同的，乙方对系统不再提供任何支持，甲方需要的现场服务按乙方人天单价另行计费。
H:第八条 知识产权
P:8.1 MES标准版软件、定制开发的功能模块、报表、接口程序及全部源代码、文档的知识产权均归乙方所有。
P:8.2 甲方在支付全部款项后取得在本工厂内使用上述软件的非独占、不可转让的使用权，不得修改、反向工程或提供给任何第三方。
H:第九条 数据
P:9.1 甲方生产数据的所有权归甲方。乙方应采取访问控制、数据加密和备份措施保护甲方数据，因乙方原因造成数据泄露的，乙方应在知悉后24小时内通知甲方，并赔偿由此造成的直接损失。
P:9.2 甲方同意，乙方可将系统运行中产生的生产数据进行脱敏处理后，用于乙方产品优化、算法训练以及食品行业生产效率分析，并可在合同终止后继续使用。
H:第十条 保密
P:双方对签订和履行本合同过程中获悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期为合同终止后两年。
H:第十一条 分包
P:乙方有权根据项目需要，将部分开发、对接或现场实施工作交由乙方的合作伙伴完成，无需另行征得甲方同意。
H:第十二条 违约与责任限制
P:12.1 任何一方违反本合同约定的，应承担相应的违约责任。
P:12.2 乙方在本合同项下的全部赔偿责任（包括违约金和损害赔偿）累计不超过合同总金额的20%。乙方不承担甲方的利润损失、停产损失及其他间接损失。
H:第十三条 合同解除
P:一方严重违约，经对方书面催告后三十日内仍未改正的，对方有权解除本合同。
H:第十四条 争议解决
P:因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同为乙方标准文本，未经乙方书面确认的手写修改无效。
P:甲方（盖章）：嘉兴五芳粽业食品股份有限公司　　乙方（盖章）：杭州智造云软件股份有限公司
P:签约代表：__________　　签约代表：__________　　日期：2026年　月　日
"""
H236E01 = """T:Software Licence and Implementation Agreement — Pattern Design and Nesting Software
P:Agreement No. HNL-TSP-2026-07
P:This Agreement is made on the date of the last signature below between:
P:(1) Haining Jinyu Leather Goods Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Haizhou East Road, Haining, Zhejiang Province ("Customer"); and
P:(2) Taglio Preciso S.r.l., a company incorporated in Italy with its registered seat on the Isola di Sant'Angelo, Venice, Italy ("Vendor").
P:Recitals. (A) Customer designs and manufactures handbags, wallets and small leather goods and operates eleven automatic leather-cutting tables at its Haining plant. (B) Vendor develops and licenses the Taglio pattern-design, grading and nesting software used in the leather industry. (C) Customer wishes to acquire perpetual licences of that software, have it connected to its cutting tables and have it implemented, and Vendor is willing to do so on the terms below. At Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Software" means Vendor's Taglio Design, Taglio Grade and Taglio Nest modules, version 9, together with all updates supplied under this Agreement.
P:1.2 "Seat" means one named workstation licence for the Software.
P:1.3 "Custom Deliverables" means the cutting-table interface, the hide-defect marking templates, the Customer-specific nesting rule sets, the reports and all related scripts and documentation created by Vendor for Customer under this Agreement.
P:1.4 "Final Acceptance" means the acceptance described in clause 5.3.
P:1.5 "Severity 1 Incident" means an incident that stops pattern output to the cutting tables or makes the Software unusable for all users.
H:2. Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to use forty (40) Seats of the Software at Customer's sites in mainland China for Customer's own business.
P:2.2 Vendor shall design, build and install the Custom Deliverables, including a two-way interface between the Software and the eleven cutting tables, so that nested markers are sent to the tables and cut results are returned to the Software.
P:2.3 Vendor shall install and configure the Software, migrate approximately 6,800 existing patterns from Customer's legacy design files, and train Customer's pattern makers, graders and cutting-room supervisors.
H:3. Prices
P:3.1 The prices are fixed and include all taxes, travel and expenses of Vendor's staff:
P:| Item | Quantity | Unit price (CNY) | Amount (CNY) |
P:|---|---|---|---|
P:| Taglio Software perpetual licence (Seat) | 40 | 38,500 | 1,540,000 |
P:| Cutting-table interface and custom templates | 1 | 180,000 | 180,000 |
P:| Installation, configuration and pattern migration | 1 | 96,000 | 96,000 |
P:| Training (pattern makers, graders, supervisors) | 1 | 24,000 | 24,000 |
P:| Total Contract Price | | | 1,840,000 |
P:3.2 The licence subtotal (CNY 1,540,000) is the "Licence Fee" for the purposes of clause 7.
H:4. Payment
P:4.1 Customer shall pay:
P:(a) 10% of the Total Contract Price (CNY 184,000) within twenty days after signature of this Agreement, against Vendor's invoice;
P:(b) 55% of the Total Contract Price (CNY 1,012,000) within twenty days after the Installation Certificate is signed, which confirms only that the Software has been installed on all forty workstations and is not acceptance; and
P:(c) the remaining 35% of the Total Contract Price (CNY 644,000) within twenty days after Final Acceptance.
P:4.2 All invoices shall be valid Chinese VAT invoices issued through Vendor's appointed local agent. Payments shall be made in CNY by bank transfer to the account named in the invoice.
H:5. Delivery and Acceptance
P:5.1 Vendor shall complete installation within sixty days and submit the Custom Deliverables for acceptance testing within one hundred and twenty days after signature.
P:5.2 If Vendor fails to meet the date for acceptance testing, Vendor shall pay delay damages of 0.08% of the Total Contract Price for each day of delay, up to a maximum of 10% of the Total Contract Price. Delay damages do not prevent Customer from terminating under clause 13.
P:5.3 Final Acceptance is given when all of the following criteria are met in tests witnessed by Customer: (a) all forty Seats are installed and licensed; (b) at least 98% of the migrated patterns open without error and match the source dimensions within 0.2 mm; (c) nested markers for ten reference orders reach the material yield agreed in the test plan; (d) the interface sends markers to and receives cut results from all eleven tables for five consecutive working days without a Severity 1 Incident; and (e) the documentation and source code of the Custom Deliverables have been handed over. Customer shall sign a Final Acceptance Certificate within ten working days after the criteria are met.
P:5.4 Use of the Software in production, installation or any payment does not amount to Final Acceptance.
H:6. Warranty
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, supply all updates free of charge and provide remote and, where needed, on-site support.
P:6.2 During the Warranty Period Vendor shall respond to a Severity 1 Incident within two hours, around the clock, and restore service within twelve working hours; other incidents shall receive a response within one working day.
P:6.3 For each full hour by which Vendor exceeds the response or restoration time for a Severity 1 Incident, Vendor shall credit Customer CNY 800, deducted from the next amount due to Vendor.
H:7. Post-warranty Support
P:7.1 After the Warranty Period Customer may order annual support, which includes updates, remote support and the response times and credits of clauses 6.2 and 6.3.
P:7.2 The annual support fee is 11% of the Licence Fee, that is CNY 169,400 per year, fixed for the first three support years. Any later change requires a written agreement of both parties. Support is ordered by separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software and Vendor's pre-existing tools remain the property of Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables vest in Customer on creation. Customer may use, modify, copy and license them, and have them maintained by third parties, without restriction. Vendor shall deliver their source code before Final Acceptance.
H:9. Customer Data and Data Security
P:9.1 Patterns, designs, order data, yield data and all other data that Customer provides or that the Software produces for Customer ("Customer Data") belong to Customer. Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:9.2 The Software runs on Customer's own servers in Haining. Vendor's remote access requires Customer's approval for each session, takes place through Customer's VPN with multi-factor authentication and is logged. Vendor shall not copy Customer Data outside Customer's systems and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 Vendor shall notify Customer within twelve hours after becoming aware of any unauthorised access to Customer Data in Vendor's control, shall assist in containing it and shall be liable for all losses caused by its breach of this clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including Customer's designs and collections before their launch, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:11. Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price. This limit does not apply to breach of clauses 9 and 10, infringement of intellectual property, death or personal injury, or wilful misconduct.
H:12. Subcontracting
P:12.1 Vendor shall not subcontract any part of the work without Customer's prior written consent. Vendor's appointed local agent, named in Annex 2, is approved by signature of this Agreement for invoicing and on-site logistics only. Vendor remains responsible for any subcontractor.
H:13. Term and Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within twenty days after written notice, or if the maximum amount of delay damages under clause 5.2 is reached. Vendor shall then refund the amounts paid for work that has not been accepted.
P:13.2 The licences granted in clause 2.1 for Seats that have been paid survive any termination.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Milan Chamber of Arbitration under its rules. The seat of arbitration is Milan, Italy, and the language of the arbitration is English.
H:15. General
P:15.1 This Agreement, with Annex 1 (Technical Specification and Test Plan) and Annex 2 (Local Agent), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation of receipt.
P:15.3 This Agreement is made in English in two originals, one for each party.
P:Signed for Haining Jinyu Leather Goods Co., Ltd.: ____________________ Name / Title / Date
P:Signed for Taglio Preciso S.r.l.: ____________________ Name / Title / Date
"""
H236E02 = """T:Order Form and General Terms — TicketWald Cloud Ticketing Service
H:Part A — Order Form No. TW-CN-2026-0311
P:Provider: Wald und Welle Software GmbH, registered office on the Insel Kälberwerder, Berlin, Germany ("Provider").
P:Customer: Sanya Yalong Tropical Rainforest Park Co., Ltd., Yalong Bay, Sanya, Hainan Province, People's Republic of China ("Customer").
P:Background: Customer operates a tropical rainforest park with an aerial walkway, a cable car, guided night tours and about 2.1 million visitors a year. Customer wishes to sell and validate tickets online, at the gates and through travel agencies using Provider's TicketWald cloud service. This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). At Customer's request all fees are stated and payable in Chinese Yuan (CNY).
P:A1 Subscription Term. Thirty-six (36) months from the Go-Live Date stated in the Go-Live Acceptance Certificate.
P:A2 Services ordered. TicketWald Enterprise edition: online shop and WeChat mini-program, timed-entry and capacity management, cable-car and night-tour add-ons, travel-agency portal with credit limits, 24 gate validators integration, cashier desk software for 14 counters, reporting and finance export.
P:A3 Fees.
P:Subscription fee: CNY 23,500 per month for the Subscription Term, 36 months, total CNY 846,000.
P:Onboarding fee (configuration, gate integration, data import, training): CNY 54,000, one-time.
P:Total Contract Value: CNY 900,000.
P:Transaction-based payment-gateway charges are billed by the payment provider directly to Customer and are not part of this Agreement.
P:A4 Invoicing. The subscription fee is invoiced monthly in arrears. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Go-Live Date. Invoices are payable within thirty days.
P:A5 Go-Live. Provider shall achieve Go-Live Acceptance within seventy-five days after signature of this Order Form. For each day by which Go-Live Acceptance is late for reasons attributable to Provider, Provider shall pay Customer CNY 600 as liquidated damages, up to a total of CNY 45,000.
P:A6 Go-Live Acceptance. Customer shall issue a Go-Live Acceptance Certificate when: (a) tickets of every product type can be bought online, in the mini-program, at the counters and through the agency portal; (b) all 24 gate validators accept valid tickets and reject used, expired and invalid ones in a test of at least 500 scans; (c) the daily finance export reconciles with the payment records for three consecutive days; and (d) Customer's staff have been trained. Using the service for live sales before these criteria are met is not acceptance.
P:A7 Renewal. The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.
P:A8 Customer contact: Head of Visitor Services. Provider contact: Account Director Asia.
H:Part B — General Terms
P:B1 Provision of the Service
P:B1.1 Provider shall make the TicketWald service available to Customer through the internet during the Subscription Term and shall host it in a data centre in mainland China operated by Provider's hosting partner named in Annex 1.
P:B1.2 Provider will use commercially reasonable efforts to keep the service available and to deal with support requests promptly. Customer may raise support requests through Provider's ticketing portal or by e-mail. Provider does not commit to any specific availability level, response time or resolution time, and no service credits apply.
P:B1.3 Provider may carry out maintenance at times it chooses and will try to give notice of major maintenance in advance.
P:B1.4 Provider may update and improve the service from time to time, provided that the functions ordered in A2 are not materially reduced.
P:B2 Customer Obligations
P:B2.1 Customer shall provide gate hardware, network connectivity at the park and the information reasonably needed for onboarding.
P:B2.2 Customer is responsible for its users' account credentials and for the accuracy of the prices and products it configures.
P:B3 Customer Data
P:B3.1 All data entered into or generated by the service for Customer, including visitor names, identity numbers, contact details, orders, scans and sales figures ("Customer Data"), belong to Customer. Provider shall process Customer Data only on Customer's documented instructions and only to provide the service.
P:B3.2 Provider shall keep Customer Data in mainland China, protect it with encryption in transit and at rest, role-based access control, multi-factor authentication for administrators and logging of all administrative access, and comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law. The hosting environment holds an MLPS level-3 record.
P:B3.3 Provider shall notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it and shall bear the costs and losses caused by incidents resulting from its breach of this clause B3.
P:B3.4 On expiry or termination Provider shall return Customer Data in a standard format within thirty days and then delete it, confirming deletion in writing.
P:B4 Customer Configurations
P:B4.1 The TicketWald platform remains Provider's property. Product set-ups, price rules, templates, reports and interface mappings made for Customer ("Customer Configurations") belong to Customer, which may use, modify and hand them over to a successor supplier freely.
P:B5 Confidentiality
P:B5.1 Each party shall keep confidential the other party's non-public information, including Customer's visitor figures and pricing, and use it only for this Agreement, during the term and for three years after it ends.
P:B6 Subcontracting
P:B6.1 Apart from the hosting partner named in Annex 1, Provider shall not subcontract any part of the service without Customer's prior written consent.
P:B7 Liability
P:B7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of data, except for Provider's breach of clause B3.
P:B7.2 Provider's total liability arising out of or in connection with this Agreement in any year is limited to the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.
P:B8 Term and Termination
P:B8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:B8.2 On termination Customer shall pay the fees for the service provided up to the termination date; no other fees are due.
P:B9 Governing Law and Disputes
P:B9.1 This Agreement is governed by the laws of the People's Republic of China.
P:B9.2 Disputes shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou in accordance with its rules in force at the time.
P:B10 General
P:B10.1 The Order Form prevails over these General Terms. Amendments must be in writing and signed by both parties. Neither party may assign the Agreement without the other's written consent.
P:B10.2 Force majeure: neither party is liable for delay caused by typhoons, floods or other events beyond its reasonable control, provided it notifies the other party promptly and mitigates the effects.
P:Signed for Sanya Yalong Tropical Rainforest Park Co., Ltd.: ____________________ Date: __________
P:Signed for Wald und Welle Software GmbH: ____________________ Date: __________
"""
H236E03 = """T:EQUIPMENT SUPPLY AND INSTALLATION CONTRACT — AQUACULTURE WATER-QUALITY MONITORING SYSTEM
P:Contract No.: PTHY-WQ-2026-019
P:BUYER: Putian Haiyu Abalone Aquaculture Co., Ltd., Nanri Island, Xiuyu District, Putian, Fujian Province, People's Republic of China (the "Buyer").
P:SUPPLIER: Cézembre Aquatech SAS, a French company with its registered office on the Île de Cézembre, Saint-Malo, France (the "Supplier").
P:WHEREAS the Buyer farms abalone in land-based tanks and sea cages at Nanri Island and needs continuous monitoring of dissolved oxygen, temperature, salinity, pH, ammonia and turbidity; WHEREAS the Supplier designs and integrates water-quality sensors and monitoring software for aquaculture; the parties agree as follows. This Contract is made on the Buyer's standard terms. All prices are in Chinese Yuan (CNY) as requested by the Buyer.
H:ARTICLE 1 SCOPE OF SUPPLY
P:1.1 The Supplier shall supply, install and commission: (a) sixty-four (64) multi-parameter water-quality sondes with anti-fouling wipers, mounted in 48 land-based tanks and 16 sea-cage clusters; (b) sixteen (16) solar-powered wireless gateways; (c) a perpetual licence of the AquaVeille monitoring software for installation on the Buyer's server, with alarm rules, dashboards and a mobile application for farm staff.
P:1.2 The Supplier shall connect the system to the Buyer's aerator controllers so that aerators start automatically when dissolved oxygen falls below the set point, and shall calibrate all sondes on site.
P:1.3 The Supplier shall train the Buyer's technicians in operation, cleaning and calibration.
H:ARTICLE 2 CONTRACT PRICE
P:2.1 The Contract Price is fixed and includes all taxes, duties, freight, insurance, installation and travel:
P:Item 1: Multi-parameter sonde, 64 units x CNY 18,600 = CNY 1,190,400
P:Item 2: Solar wireless gateway, 16 units x CNY 9,800 = CNY 156,800
P:Item 3: AquaVeille software, perpetual licence = CNY 168,000
P:Equipment and Licence Subtotal (Items 1-3) = CNY 1,515,200
P:Item 4: Installation, aerator integration and commissioning = CNY 142,000
P:Item 5: Training and on-site calibration = CNY 22,800
P:CONTRACT PRICE = CNY 1,680,000
H:ARTICLE 3 PAYMENT TERMS
P:3.1 The Buyer shall pay the Contract Price as follows: (a) 20% (CNY 336,000) as advance payment within fifteen working days after signature, against the Supplier's bank guarantee of the same amount; (b) 45% (CNY 756,000) within fifteen working days after all equipment has been delivered and installed and the Buyer has signed the installation record, which is not acceptance; (c) 35% (CNY 588,000) within fifteen working days after Final Acceptance.
P:3.2 Each payment requires a valid Chinese VAT invoice issued by the Supplier's Fujian representative office.
H:ARTICLE 4 DELIVERY
P:4.1 The Supplier shall deliver all equipment to Nanri Island within seventy days and complete installation within one hundred days after signature.
P:4.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. If the maximum is reached, the Buyer may terminate under Article 13.
H:ARTICLE 5 ACCEPTANCE
P:5.1 Final Acceptance takes place after a trial run of thirty consecutive days, when all of the following criteria are met: (a) every sonde reports to the software at least once every five minutes for at least 99% of the expected readings; (b) dissolved-oxygen readings differ from the Buyer's calibrated reference meter by no more than 0.2 mg/L and temperature by no more than 0.2 °C in a joint test; (c) low-oxygen alarms reach the mobile application within sixty seconds and start the aerators automatically in all tested tanks; (d) the gateways keep working for seventy-two hours on battery without sun; and (e) manuals, calibration certificates and as-built drawings have been handed over.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within seven working days after the criteria are met, or state in writing which criteria are not met. Installation, use of the system or payment does not constitute acceptance.
H:ARTICLE 6 WARRANTY
P:6.1 The Supplier warrants the equipment and software for twenty-four (24) months from Final Acceptance. During this period it shall repair or replace defective parts, including sensor membranes and wipers that fail in normal use, free of charge, and supply software updates.
P:6.2 Severity 1 faults (loss of dissolved-oxygen monitoring or alarms for any tank or cage cluster) shall receive a response within one (1) hour, day and night, and a working replacement or repair within eight hours; other faults shall receive a response within one working day. The Supplier shall keep a stock of spare sondes in Putian.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 time limit, it shall pay the Buyer CNY 1,000, deducted from any amount due.
H:ARTICLE 7 AFTER-WARRANTY SERVICE
P:7.1 After the warranty the Buyer may order annual service covering quarterly on-site calibration, membrane replacement, software updates and the response times of Article 6.2 and 6.3.
P:7.2 The annual service fee is 9% of the Equipment and Licence Subtotal, i.e. CNY 136,368 per year, fixed for three years after the warranty ends. Service is ordered by the Buyer each year in writing; it does not renew automatically.
H:ARTICLE 8 DATA
P:8.1 Sensor readings, alarms, tank and cage layouts, stocking and production data ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, disclose, sell or analyse it for any other purpose.
P:8.2 The software is hosted on the Buyer's server on Nanri Island. Remote maintenance is allowed only after the Buyer approves each session, through the Buyer's VPN, with all actions logged. The Supplier shall protect Buyer Data against loss and unauthorised access and comply with PRC data-protection law.
P:8.3 The Supplier shall inform the Buyer within twelve hours of any data-security incident in its sphere and shall compensate the Buyer for all losses resulting from its breach of this Article 8.
H:ARTICLE 9 CONFIDENTIALITY
P:9.1 Each party shall keep confidential the other party's technical and commercial information and shall not disclose it to third parties without prior written consent, during the Contract and for five years after it ends.
H:ARTICLE 10 INTELLECTUAL PROPERTY
P:10.1 The AquaVeille software and sonde firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:10.2 The alarm rules, aerator-control logic, dashboards and integration scripts developed for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by others.
H:ARTICLE 11 LIABILITY
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for fraud, wilful misconduct, personal injury and breach of Articles 8 and 9.
H:ARTICLE 12 SUBCONTRACTING
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Marine installation of the sea-cage mounts may be carried out by a local contractor approved by the Buyer in writing.
H:ARTICLE 13 TERMINATION
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not cure it within fifteen days after written notice.
H:ARTICLE 14 GOVERNING LAW AND DISPUTES
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen.
H:ARTICLE 15 MISCELLANEOUS
P:15.1 This Contract is signed in English and Chinese; both versions have equal force. Annexes: Annex A Technical Specification; Annex B Site Plan; Annex C Acceptance Test Procedure.
P:For the Buyer: ____________________ (seal) Date: ________
P:For the Supplier: ____________________ Date: ________
"""
H236E04 = """T:Managed IT Services and Service Desk Agreement
P:Reference: MLV-WX-2026-014
P:Between Wuxi Huaxin Textile Machinery Trading Co., Ltd., 19 Xinhua Road, Xinwu District, Wuxi, Jiangsu Province, People's Republic of China ("Client"), and Mélvan Services Informatiques SARL, a French company registered on the Île Mélvan, France, acting through its Suzhou branch ("Provider").
P:Introduction. Client distributes spinning, weaving and dyeing machinery across East China from a head office in Wuxi, four regional sales offices and a spare-parts warehouse in Changzhou, with about 260 staff. Client wishes to outsource end-user support and the day-to-day management of its IT infrastructure. Provider offers managed IT services from a service centre in Suzhou. All charges are stated and payable in Chinese Yuan (CNY) at Client's request.
H:1. Definitions and Interpretation
P:1.1 "Services" means the service desk, end-user support, infrastructure management and related services described in clause 3 and Schedule 1.
P:1.2 "Service Commencement" means the date on which Client confirms in writing that the transition criteria in clause 5.2 are met.
P:1.3 "Priority 1 Incident" means an incident that stops the ERP, e-mail or network for a whole site, or prevents the warehouse from dispatching spare parts.
P:1.4 "Term" means twenty-four (24) months from Service Commencement.
H:2. Term
P:2.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written agreement of both parties.
H:3. Services
P:3.1 Service desk in Mandarin and English, by telephone, e-mail and portal, from 7:30 to 20:00 on working days and on-call at other times.
P:3.2 End-user support for about 260 users: laptops, printers, mobile devices, accounts and software installation, with on-site support at the Wuxi head office twice a week and remote support for the regional offices.
P:3.3 Management of 22 servers, the virtualisation platform, backup, firewalls, switches and wireless networks at all six sites, including patching, monitoring and capacity reports.
P:3.4 Monthly service reports and a quarterly service review with Client's IT manager.
H:4. Charges and Payment
P:4.1 The charges are:
TB:Charge|Basis|Amount (CNY)
TB:Monthly service charge|24 months x CNY 64,000|1,536,000
TB:Transition charge (discovery, documentation, tool set-up)|one-time|72,000
TB:Total Contract Value||1,608,000
P:4.2 The monthly service charge is invoiced at the end of each month in arrears. The transition charge is invoiced after Service Commencement. No charge is payable in advance.
P:4.3 Invoices are payable within thirty days after receipt of a valid VAT invoice.
H:5. Transition
P:5.1 Provider shall complete the transition within forty-five days after signature.
P:5.2 Transition criteria: (a) all servers, network devices and user devices are recorded in the configuration database and reconciled with Client's asset list; (b) monitoring covers every server and site link; (c) a restore test of the ERP backup succeeds; (d) runbooks for the ten most frequent requests are approved by Client; and (e) the service desk has handled live calls for ten working days in parallel with Client's staff without a missed Priority 1 Incident. Client confirms Service Commencement in writing when all criteria are met; taking over calls alone does not amount to Service Commencement.
P:5.3 If Service Commencement is delayed for reasons attributable to Provider, Provider shall pay CNY 1,300 for each day of delay, up to CNY 39,000.
H:6. Service Levels
P:6.1 Provider shall meet the following response and resolution targets, measured monthly:
TB:Priority|Response|Resolution
TB:Priority 1|30 minutes|6 hours
TB:Priority 2|1 hour|1 working day
TB:Priority 3|8 working hours|3 working days
P:6.2 Service credits: for each Priority 1 Incident not responded to or resolved in time, Provider shall credit 3% of the monthly service charge; if less than 90% of Priority 2 and Priority 3 tickets in a month meet their targets, Provider shall credit 2% of that month's charge. Credits are deducted from the next invoice and are capped at 20% of the monthly charge.
H:7. Client Data
P:7.1 All data of Client handled by Provider in performing the Services, including ERP and customer data, e-mails and files ("Client Data"), belongs to Client. Provider may use Client Data only to perform the Services and shall return it at the end of the Term.
H:8. Confidentiality
P:8.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including Client's customer lists, prices and supplier terms, and shall not disclose it without prior written consent, except to its employees who need to know it for this Agreement. This obligation lasts for three years after the Agreement ends.
H:9. Intellectual Property
P:9.1 Provider's tools, monitoring software and methods remain its property. Configuration records, network diagrams, runbooks and reports prepared for Client belong to Client, which may use and modify them and give them to any successor provider.
H:10. Personnel and Subcontracting
P:10.1 Provider shall use qualified staff and shall replace any person whom Client reasonably objects to.
P:10.2 Provider shall not subcontract any of the Services without Client's prior written consent.
H:11. Liability
P:11.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. Neither party is liable for indirect losses or lost profits.
H:12. Duration and Ending of the Agreement
P:12.1 Given the investment in transition, neither party may terminate this Agreement before the end of the Term. If Provider fails to perform the Services, Client's remedies are the service credits under clause 6.2 and damages under clause 11; Client shall continue to pay the monthly service charge for the rest of the Term.
P:12.2 At the end of the Term Provider shall hand over all documentation and credentials and support the transfer to Client or a new provider for up to thirty days at no extra charge.
H:13. Force Majeure
P:13.1 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided it notifies the other party promptly and resumes performance as soon as possible.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi.
H:15. General
P:15.1 This Agreement with Schedule 1 (Service Description) and Schedule 2 (Site List) is the entire agreement on its subject. Amendments require the written agreement of both parties.
P:For Client: ____________________ Name, title, date
P:For Provider: ____________________ Name, title, date
"""
H236E05 = """T:API SUBSCRIPTION AGREEMENT — CERTIFY FOOD-SAFETY CERTIFICATE SERVICE
P:Agreement number: CFY-CN-2026-0057
P:PARTIES
P:Certify Alimentar, Lda., a Portuguese company with its registered office on the Ilhéu de Santa Maria, Azores, Portugal ("Certify"); and
P:Fujian Zhenghe Baihao White Tea Export Co., Ltd., Zhenghe County, Nanping, Fujian Province, People's Republic of China ("Subscriber").
P:BACKGROUND
P:Subscriber exports white tea (Baihao Yinzhen, Bai Mudan and Shoumei) to the European Union, the United Kingdom and the Middle East. Each shipment needs health and food-safety certificates and laboratory reports that importers and border authorities check. Certify operates an application programming interface (API) that validates certificate data against importer requirements, stores certificates and laboratory reports, and shares verified certificates with importers. Subscriber wishes to connect its export-documentation system to that API. At Subscriber's request all fees are stated and payable in Chinese Yuan (CNY).
P:SECTION 1 — DEFINITIONS
P:1.1 "API" means Certify's certificate validation and sharing interface, its web console and its documentation.
P:1.2 "Subscriber Data" means all certificates, laboratory reports, shipment details, product specifications and other information that Subscriber or its users submit to the API, and all results produced from them for Subscriber.
P:1.3 "Subscription Start Date" means the date on which Certify activates Subscriber's production API keys after Integration Acceptance.
P:1.4 "Critical Incident" means a failure of the production API that prevents Subscriber from validating or sharing certificates.
P:SECTION 2 — SUBSCRIPTION
P:2.1 Certify grants Subscriber a non-exclusive right to use the API during the Subscription Term for up to 2,400 shipments per year and 25 named console users.
P:2.2 The Subscription Term is twenty-four (24) months from the Subscription Start Date.
P:2.3 Certify shall provide onboarding: sandbox access, mapping of Subscriber's export documents to the API schema, importer-requirement profiles for the 18 destination countries listed in Annex 1, and two training sessions for Subscriber's documentation team.
P:SECTION 3 — FEES AND PAYMENT
P:3.1 Fees: annual subscription fee CNY 186,000 for each of the two subscription years (CNY 372,000 in total) and a one-time onboarding fee of CNY 18,000. Total Contract Value: CNY 390,000. Shipments above the annual allowance are charged at CNY 60 each and are not included in the Total Contract Value.
P:3.2 Certify shall invoice the onboarding fee and the first year's subscription fee (together CNY 204,000) on signature of this Agreement, payable within fifteen days and in any case before the Subscription Start Date. The second year's fee of CNY 186,000 is invoiced at the start of the second subscription year.
P:3.3 Invoices shall be valid Chinese VAT invoices issued by Certify's authorised agent in Xiamen.
P:SECTION 4 — ONBOARDING AND INTEGRATION ACCEPTANCE
P:4.1 Certify shall make the production environment ready for Integration Acceptance within forty-five days after receiving the payment under clause 3.2.
P:4.2 Integration Acceptance is confirmed by Subscriber in writing when: (a) the API validates a test set of 200 historical certificates with the expected results for every destination country; (b) certificates are shared with three importers nominated by Subscriber and opened by them; (c) Subscriber's documentation system exchanges data with the API through the agreed mapping without error for ten working days; and (d) the console users have been trained. Use of the sandbox or of production keys before these criteria are met is not acceptance.
P:4.3 If Integration Acceptance is delayed for reasons attributable to Certify, Certify shall pay Subscriber CNY 300 for each day of delay, up to CNY 18,000.
P:SECTION 5 — SERVICE LEVELS
P:5.1 The production API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.
P:5.2 Critical Incidents shall receive a response within one (1) hour at any time and a workaround or fix within six hours. Other incidents shall receive a response within one business day.
P:5.3 Service credits: if availability in a month is below the commitment in clause 5.1, Subscriber receives a credit of 5% of the monthly equivalent of the annual fee for each started 0.1 percentage point of shortfall, up to half of that monthly equivalent; if a Critical Incident is not responded to in time, Subscriber receives a credit of CNY 500 per late hour. Credits are set off against the next invoice or paid at the end of the term.
P:SECTION 6 — SUBSCRIBER DATA AND SECURITY
P:6.1 Subscriber Data belongs to Subscriber. Certify shall process Subscriber Data only to provide the API to Subscriber and to share certificates with the importers and authorities that Subscriber designates. Certify shall not use Subscriber Data for any other purpose, including analytics, benchmarking or product development, whether in identifiable, de-identified or aggregated form.
P:6.2 Certify shall host Subscriber Data on servers in mainland China operated by a cloud provider with an MLPS level-3 record, encrypt it in transit and at rest, limit access to named administrators using multi-factor authentication, log all access and keep the logs for one hundred and eighty days. Transfers of Subscriber Data outside mainland China take place only to the importers and authorities designated by Subscriber and in accordance with PRC data-export rules.
P:6.3 Certify shall notify Subscriber within twenty-four hours after becoming aware of any security incident affecting Subscriber Data, shall cooperate in investigating and containing it, and shall bear all costs and losses caused by incidents resulting from its failure to meet this Section 6.
P:6.4 At the end of the Subscription Term Certify shall export all Subscriber Data in PDF and JSON formats and then delete it within thirty days, certifying deletion in writing.
P:SECTION 7 — INTELLECTUAL PROPERTY
P:7.1 The API, its software and its importer-requirement library remain the property of Certify.
P:7.2 The document mappings, validation profiles and templates configured specifically for Subscriber belong to Subscriber, which may use and modify them and share them with any other service provider.
P:SECTION 8 — SUBCONTRACTING
P:8.1 Certify shall not subcontract the provision of the API, except to the cloud provider named in Annex 2, without Subscriber's prior written consent.
P:SECTION 9 — WARRANTIES
P:9.1 Certify warrants that the API will perform materially in accordance with its documentation and that it will keep the importer-requirement profiles for the destination countries in Annex 1 up to date within ten days after a published regulatory change.
P:SECTION 10 — LIABILITY
P:10.1 Certify's total liability under this Agreement is limited to 150% of the Total Contract Value, except for losses caused by breach of Section 6, fraud or wilful misconduct, which are not limited.
P:10.2 Neither party is liable for indirect or consequential loss.
P:SECTION 11 — TERM, RENEWAL AND TERMINATION
P:11.1 After the Subscription Term the subscription continues for further one-year periods at the same fees unless either party gives written notice at least sixty days before the end of the current period.
P:11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after notice. If Subscriber terminates for Certify's breach, Certify shall refund the prepaid fees for the unused period.
P:SECTION 12 — GOVERNING LAW AND DISPUTES
P:12.1 This Agreement is governed by the laws of Portugal.
P:12.2 Any dispute shall be finally resolved by arbitration at the Arbitration Centre of the Portuguese Chamber of Commerce and Industry in Lisbon, in the English language.
P:SECTION 13 — GENERAL
P:13.1 This Agreement, with Annex 1 (Destination Countries) and Annex 2 (Cloud Provider), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties. Notices may be given by e-mail to the addresses in Annex 1.
P:Signed for Certify Alimentar, Lda.: ____________________ Date: ________
P:Signed for Fujian Zhenghe Baihao White Tea Export Co., Ltd.: ____________________ Date: ________
"""
# ---------------------------------------------------------------- files, labels and the plan
FILES = {  # key: (file name, language, format)
    "h236z01": ("h236z01_city_archives_digital_archive_platform.docx", "zh", "docx"),
    "h236z02": ("h236z02_tyre_plant_xray_inspection_maintenance.pdf", "zh", "pdf"),
    "h236z03": ("h236z03_gym_chain_booking_membership_saas.md", "zh", "md"),
    "h236z04": ("h236z04_veterans_service_platform_annual_om.txt", "zh", "txt"),
    "h236z05": ("h236z05_zongzi_maker_mes_supplier_template.md", "zh", "md"),
    "h236e01": ("h236e01_leather_goods_pattern_software_licences.md", "en", "md"),
    "h236e02": ("h236e02_rainforest_park_ticketing_saas_order_form.pdf", "en", "pdf"),
    "h236e03": ("h236e03_abalone_farm_water_sensors.txt", "en", "txt"),
    "h236e04": ("h236e04_textile_machinery_managed_it_service_desk.docx", "en", "docx"),
    "h236e05": ("h236e05_white_tea_certificate_api_subscription.txt", "en", "txt"),
}
SOURCES = {"h236z01": H236Z01, "h236z02": H236Z02, "h236z03": H236Z03, "h236z04": H236Z04, "h236z05": H236Z05,
           "h236e01": H236E01, "h236e02": H236E02, "h236e03": H236E03, "h236e04": H236E04, "h236e05": H236E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
          warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
          termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC")

V = {"h236z01": 2476000, "h236z02": 4820000, "h236z03": 1464000, "h236z04": 586000, "h236z05": 1400000,
     "h236e01": 1840000, "h236e02": 900000, "h236e03": 1680000, "h236e04": 1608000, "h236e05": 390000}

# per contract: category, terms (over OK), extra flags, fee base (TCO), forum outside mainland, planned rules
PLAN = {
    "h236z01": ("software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True), 1280000, False, []),
    "h236z02": ("hardware", dict(availability_pct=None, p1_response_hours=8, ld_rate_per_day_pct=0.1,
                prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=25, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True), 4600000, False,
                ["CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE"]),
    "h236z03": ("cloud", dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                ld_rate_per_day_pct=1200 / 1464000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
                auto_renewal_price_increase=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True), None, False,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h236z04": ("services", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.02,
                final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True), None, False, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h236z05": ("software", dict(availability_pct=None, p1_response_hours=12, sla_remedy=False, ip_owner="supplier",
                buyer_owns_data=False, ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=50,
                acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                post_warranty_fee_pct=None, subcontract_without_consent=True, governing_law=None,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True), 680000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-WARRANTY"]),
    "h236e01": ("software", dict(availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.08,
                liability_cap_pct=150, prepayment_pct=10, warranty_months=18, post_warranty_fee_pct=11,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True), 1540000, True,
                ["CR-GOVERNING-LAW"]),
    "h236e02": ("cloud", dict(availability_pct=None, p1_response_hours=None, sla_remedy=False,
                ld_rate_per_day_pct=600 / 900000 * 100, liability_cap_pct=6 / 36 * 100,
                final_payment_on_acceptance=None, contract_kind="service"),
                dict(sla_clause=False, ld_stated=True), None, False,
                ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h236e03": ("hardware", dict(availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1,
                liability_cap_pct=200, prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=9,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True), 1515200, False, []),
    "h236e04": ("services", dict(availability_pct=None, p1_response_hours=0.5, data_security_clause=False,
                ld_rate_per_day_pct=1300 / 1608000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
                termination_for_breach=False, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True), None, False, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h236e05": ("cloud", dict(availability_pct=99.95, p1_response_hours=1, confidentiality=False,
                ld_rate_per_day_pct=300 / 390000 * 100, liability_cap_pct=150, prepayment_pct=204000 / 390000 * 100,
                final_payment_on_acceptance=None, governing_law="Portugal", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True), None, True,
                ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-PREPAYMENT"]),
}
PLANNED_RISK = {"h236z01": "low", "h236z02": "high", "h236z03": "medium", "h236z04": "medium", "h236z05": "high",
                "h236e01": "low", "h236e02": "high", "h236e03": "low", "h236e04": "high", "h236e05": "medium"}


def label(key):
    name, lang, _ = FILES[key]
    cat, terms, flags, fee_base, forum_outside, planned = PLAN[key]
    t = {k: terms.get(k, OK.get(k)) for k in TERM_KEYS}
    x = {"sla_clause": flags["sla_clause"], "ld_stated": flags["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = flags["post_warranty_fee_capped"]
    x["acceptance_deemed_on_delivery"] = flags.get("acceptance_deemed_on_delivery", False)
    x["contract_value"] = V[key]
    rules = apply_rules(t, x, fee_base, forum_outside)
    assert rules == sorted(planned), (key, rules, planned)
    assert risk(rules) == PLANNED_RISK[key], (key, risk(rules))
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}

# ---------------------------------------------------------------- arithmetic and labelled figures in the text
SUMS = {  # key: (price lines, payment lines)
    "h236z01": ([1280000, 760000, 310000, 126000], [495200, 1114200, 866600]),
    "h236z02": ([3 * 1460000, 220000, 186000, 34000], [482000, 2651000, 1687000]),
    "h236z03": ([45 * 9600 * 3, 168000], [168000] + [108000] * 12),
    "h236z04": ([336000, 118000, 72000, 60000], [146500] * 4),
    "h236z05": ([680000, 540000, 96000, 84000], [700000, 700000]),
    "h236e01": ([40 * 38500, 180000, 96000, 24000], [184000, 1012000, 644000]),
    "h236e02": ([23500 * 36, 54000], [54000] + [23500] * 36),
    "h236e03": ([64 * 18600, 16 * 9800, 168000, 142000, 22800], [336000, 756000, 588000]),
    "h236e04": ([64000 * 24, 72000], [72000] + [64000] * 24),
    "h236e05": ([186000 * 2, 18000], [204000, 186000]),
}
SHARES = {"h236z01": (20, 45, 35), "h236z02": (10, 55, 35), "h236z05": (50, 50), "h236e01": (10, 55, 35),
          "h236e03": (20, 45, 35)}
FIGS = {
    "h236z01": ["2,476,000", "20%", "99.95%", "30分钟内响应", "万分之八", "二十四个月", "8%", "102,400", "适用中华人民共和国法律"],
    "h236z02": ["4,820,000", "4,600,000", "10%", "8小时内响应", "千分之一", "二十四个月", "25%", "1,150,000", "书面同意"],
    "h236z03": ["1,464,000", "99.5%", "30分钟内响应", "¥1,200", "150%", "上调幅度不超过8%", "去标识化", "自动续期"],
    "h236z04": ["586,000", "99.95%", "30分钟内响应", "万分之二", "书面告知", "不自动续期"],
    "h236z05": ["1,400,000", "50%", "即视为甲方验收合格", "六个月", "届时公布的服务价格标准", "12小时内响应", "归乙方所有",
                "脱敏", "20%", "无需另行征得甲方同意"],
    "h236e01": ["1,840,000", "10%", "eighteen (18) months", "two hours", "0.08%", "11% of the Licence Fee", "169,400",
                "150%", "Milan"],
    "h236e02": ["900,000", "CNY 600", "commercially reasonable efforts", "six (6) months", "Hainan International"],
    "h236e03": ["1,680,000", "20%", "twenty-four (24) months", "one (1) hour", "0.1%", "9%", "136,368", "200%"],
    "h236e04": ["1,608,000", "30 minutes", "CNY 1,300", "150%", "neither party may terminate"],
    "h236e05": ["390,000", "204,000", "99.95%", "one (1) hour", "CNY 300", "150%", "laws of Portugal", "Lisbon"],
}


def check_sums():
    for key, (prices, pays) in SUMS.items():
        assert sum(prices) == V[key], (key, sum(prices))
        assert sum(pays) == V[key], (key, sum(pays))
    for key, shares in SHARES.items():
        assert sum(shares) == 100, key
        pays = SUMS[key][1]
        assert [V[key] * s // 100 for s in shares] == pays, key
    assert 3 * 1460000 + 220000 == 4600000 and 4600000 * 25 // 100 == 1150000
    assert 1280000 * 8 // 100 == 102400 and 1540000 * 11 // 100 == 169400 and 1515200 * 9 // 100 == 136368


# ---------------------------------------------------------------- writing and reading back
def to_md(src):
    out, table = [], []
    for tag, _, text in (ln.partition(":") for ln in src.splitlines() if ln.strip()):
        if tag == "TB":
            cells = text.split("|")
            if not table:
                out.append("| " + " | ".join(cells) + " |")
                out.append("|" + "---|" * len(cells))
            else:
                out.append("| " + " | ".join(cells) + " |")
            table.append(cells)
            continue
        if table:
            out.append("")
            table = []
        out.append({"T": "# ", "H": "## "}.get(tag, "") + text)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out = []
    for tag, _, text in (ln.partition(":") for ln in src.splitlines() if ln.strip()):
        if tag == "TB":
            out.append("    ".join(c for c in text.split("|") if c))
            continue
        out.append(text)
        if tag in ("T", "H"):
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())

# ---------------------------------------------------------------- annexes (printed after the signature block)
ANNEX = {}
ANNEX["h236z01"] = """H:附件一　主要技术需求摘要
P:1. 收集子系统：支持政务服务平台办件、OA公文、业务系统电子文件的在线归档接收，接收时自动完成“四性”检测（真实性、完整性、可用性、安全性），检测结果随档案保存。
P:2. 整理与保管子系统：支持按年度、机构、保管期限分类整理，支持档号自动生成和重复校验，支持长期保存格式转换（OFD、PDF/A）及备份策略配置。
P:3. 利用子系统：支持馆内查阅、远程查档、跨馆出证，查档申请按甲方领导审批流程流转，利用记录全程留痕，开放鉴定后的档案可发布至政务网站。
P:4. 统计与鉴定销毁子系统：自动生成年报统计表，鉴定销毁须经双人审核，销毁清册永久保存。
H:附件二　项目组织与培训
P:1. 乙方设项目经理一名（具有信息系统项目管理师资格），实施期间驻场，未经甲方同意不得更换；核心开发人员不少于六名。
P:2. 乙方每周向甲方提交项目周报，每月召开一次项目例会，会议纪要经双方确认后存档。
P:3. 培训：系统管理员培训三天、业务人员培训两天（分三期）、查档窗口人员培训一天，并提供操作手册、管理员手册和常见问题汇编。
"""
ANNEX["h236z02"] = """H:附件一　技术协议要点
P:1. 适用轮胎规格：全钢子午线轮胎，轮辋直径17.5–24.5英寸，断面宽度最大至445毫米。
P:2. 射线源：最高管电压160kV，连续工作制；探测器：动态平板探测器，像素尺寸不大于0.1毫米，图像位深16位。
P:3. 检测功能：胎圈钢丝、带束层、胎体帘线的排列、断裂、交叉、稀线、杂质和气泡等缺陷检测；识别结果按甲方缺陷分类代码输出，可人工复判。
P:4. 机械部分：自动上下胎、自动对中、胎圈撑开及旋转机构，换规格时间不超过5分钟；设备防护符合《工业X射线探伤放射防护要求》。
P:5. 数据对接：每条轮胎的条码、检测图像、判级结果和操作人员自动上传至甲方MES，图像在设备本地保存不少于九十日。
H:附件二　培训及备件
P:1. 乙方在安装调试期间对甲方操作人员、设备维修人员和质量判级人员分别进行培训，培训合格后颁发上岗证明，甲方人员须持辐射安全培训合格证上岗。
P:2. 乙方随机提供两年常用易损件（皮带、传感器、冷却滤芯等），并在山东省内设备件库，关键备件（射线管、探测器）库存不少于一套。
P:3. 乙方提供中文操作手册、维修手册、电气原理图及软件操作说明各两套。
"""
ANNEX["h236z03"] = """H:附件一　门店清单与分批上线计划
P:1. 第一批（协议签订后第三十日前）：上海市区旗舰店及直营店共15家，作为试点门店，先行完成会员数据迁移和门禁对接。
P:2. 第二批（第四十五日前）：上海郊区及苏州、无锡门店共16家。
P:3. 第三批（第六十日前）：杭州、宁波、南京门店共14家，全部门店完成后进行统一的上线验收。
P:4. 每批上线前，乙方应在测试环境用该批门店的真实数据完成一次全流程演练（会员开卡、续卡、转卡、团课预约、私教核销、储值消费、退款），演练结果经甲方运营部确认。
H:附件二　实施与培训安排
P:1. 乙方组建不少于五人的实施团队，其中项目经理一名、数据迁移工程师两名、对接工程师一名、培训讲师一名，实施期间在甲方总部集中办公。
P:2. 培训对象包括店长、前台、会籍顾问、教练和财务人员，每家门店培训不少于半天，并提供视频教程和操作手册。甲方新开门店的培训由乙方在订阅期内免费提供。
P:3. 乙方每月向甲方提交服务报告，内容包括可用率统计、故障清单及处理情况、功能更新说明和下月计划。双方每季度召开一次服务回顾会。
H:附件三　功能更新与需求响应
P:1. 乙方平台的常规功能更新向甲方免费开放，重大版本更新应提前十五日通知甲方并提供更新说明。
P:2. 甲方提出的个性化需求，乙方应在十个工作日内评估并给出答复；双方确认实施的，按另行签订的需求确认单执行。
P:3. 会员端小程序的界面设计、门店图片和品牌素材由甲方提供，乙方不得用于其他客户或宣传用途。
"""
ANNEX["h236z04"] = """H:附件一　运维服务内容清单
P:1. 日常巡检：每日检查各子系统运行状态、服务器资源、数据库表空间、接口调用日志和备份任务执行情况，形成巡检日志；每周汇总一次。
P:2. 应用运维：处理系统报错、账号与权限变更、基础数据维护、业务参数配置；配合退役军人优待证集中办理、春节与“八一”期间走访慰问等重点工作开展保障。
P:3. 数据库运维：数据库性能监控与优化、索引维护、归档清理，每日增量备份、每周全量备份，备份数据异地存放一份。
P:4. 安全运维：配合甲方开展等级保护测评和网络安全检查，及时修补操作系统、中间件和数据库漏洞，定期核查弱口令和闲置账号。
P:5. 功能优化：根据甲方业务调整开展小规模功能优化，每项优化须经甲方书面确认需求后实施，完成后提交测试报告和更新说明。
P:6. 用户支持：为区、镇（街道）、村（社区）三级服务站工作人员提供电话和远程操作指导，每半年组织一次业务操作培训。
H:附件二　驻场人员要求
P:1. 驻场工程师应具有三年以上政务信息系统运维经验，其中至少一人持有数据库或网络安全相关认证。
P:2. 驻场人员遵守甲方考勤和保密管理制度，离场须办理工作交接，交接清单经甲方确认。
P:3. 乙方应建立运维知识库，按月更新，服务期满时随年度总结一并移交甲方。
"""
ANNEX["h236z05"] = """H:附件一　需求说明书要点（摘要）
P:1. 原料管理：糯米、粽叶、猪肉、蛋黄、豆沙等原料到货验收登记，记录供应商、批号、检验结果，原料批次与生产批次自动关联。
P:2. 生产过程：浸米、拌料、包粽、蒸煮、冷却、真空包装、速冻各工序扫码报工；包粽工位按人按件计数，计件数据每日推送至甲方薪资系统。
P:3. 过程监控：蒸煮锅温度、时间，速冻库温度自动采集，超出工艺范围时在车间看板和手机端提示。
P:4. 质量追溯：以成品箱码为起点，可正向、反向追溯至原料批次、生产班组、工序参数和检验记录，支持按批次生成召回清单。
P:5. 报表：日产量、工序合格率、人均产能、原料耗用等报表，可导出Excel。
H:附件二　甲方配合事项
P:1. 甲方应指定项目负责人及各车间联络人，及时提供工艺流程、物料编码、设备接口资料和用友ERP接口权限。
P:2. 甲方负责车间网络布线、无线覆盖、扫码枪、工位平板及服务器等硬件环境，并在乙方进场前准备就绪。
P:3. 甲方应在乙方提交的阶段性文档送达后三个工作日内确认或提出书面意见，逾期未回复的视为确认。
P:4. 甲方组织操作人员参加乙方安排的培训，培训时间和场地由甲方提供。
"""
ANNEX["h236e02"] = """H:Annex 1 — Service Description and Hosting Partner
P:1. Online shop: responsive web shop and WeChat mini-program in Chinese, English and Russian; timed-entry tickets with capacity per half hour; combination tickets for park entry, cable car and night tour; coupons and member prices; refunds and date changes according to rules configured by Customer.
P:2. Travel-agency portal: agency accounts with credit limits and prepaid balances, group bookings with name lists, monthly statements and settlement reports.
P:3. Gate and counter operation: integration of the 24 existing gate validators at the main gate, cable-car station and night-tour entrance through Provider's gate connector; cashier desk software for the 14 counters with receipt printing and shift reports.
P:4. Reporting: daily sales and visitor reports by product, channel and agency; finance export to Customer's accounting system in the format agreed during onboarding.
P:5. Hosting partner: the service is hosted in a mainland China cloud region of the hosting partner identified in the onboarding plan, which holds an MLPS level-3 record for the environment used.
H:Annex 2 — Onboarding Plan
P:1. Week 1–2: kick-off workshop at the park, product and price catalogue, agency list and gate inventory collected.
P:2. Week 3–6: configuration of products, price rules and capacity; connection of the gate validators; import of agency accounts and open group bookings.
P:3. Week 7–9: end-to-end tests with Customer's visitor-services and finance teams, training of counter staff, gate staff and agency-desk staff.
P:4. Week 10–11: acceptance tests under clause A6, Go-Live, and two weeks of on-site support by Provider's onboarding consultant.
"""
ANNEX["h236e03"] = """H:ANNEX A — TECHNICAL SPECIFICATION (SUMMARY)
P:A.1 Sondes: dissolved oxygen (optical), temperature, salinity/conductivity, pH, ammonium and turbidity; titanium housing suitable for permanent immersion in sea water; automatic wiper cleaning at intervals set by the Buyer; depth rating of at least 30 metres.
P:A.2 Gateways: LoRa radio to the sondes and 4G uplink to the Buyer's server, solar panel and battery, IP67 housing, typhoon-rated mounting for the sea-cage platforms.
P:A.3 Software: readings stored on the Buyer's server for at least five years; alarm thresholds per tank and per cage; alarm escalation by mobile application, SMS and telephone call; dashboards for each farm area; export of readings to spreadsheets.
P:A.4 Aerator integration: dry-contact or Modbus connection to the existing aerator controllers in the 48 land-based tanks, with manual override always available to farm staff.
H:ANNEX C — ACCEPTANCE TEST PROCEDURE (SUMMARY)
P:C.1 Before the trial run the Supplier and the Buyer jointly check the installed quantities against Article 1 and record the serial numbers of all sondes and gateways.
P:C.2 The joint accuracy test takes place at six tanks and two cage clusters chosen by the Buyer, using the Buyer's calibrated reference meter, at two different times of day.
P:C.3 The alarm test lowers the dissolved-oxygen set point in each tested tank and records the time to the mobile alarm and to aerator start.
"""
ANNEX["h236e04"] = """H:Schedule 1 — Service Description
P:S1.1 Service desk: single telephone number, e-mail address and web portal for all users; every request logged with a ticket number; users informed by e-mail when a ticket is resolved; monthly user satisfaction survey with at least twenty responses.
P:S1.2 End-user support: new-starter and leaver processes within two working days after Client's request, including account creation, laptop preparation and removal of access; software installation from Client's approved list; printer and mobile-device support; loan laptops kept at the Wuxi head office.
P:S1.3 Infrastructure management: monitoring of servers, storage, backup jobs, firewalls, switches, wireless access points and site links around the clock; monthly patching in a maintenance window agreed with Client; firmware updates for network devices twice a year; quarterly restore test of the ERP and file-server backups.
P:S1.4 Security administration: management of firewall rules and VPN accounts on Client's written request; review of administrator accounts every quarter; anti-virus console management and follow-up of alerts.
P:S1.5 Reporting and governance: monthly service report with ticket volumes, service-level results, open problems and capacity trends; quarterly service review with Client's IT manager and finance director; annual improvement plan.
P:S1.6 Changes: changes to servers, network devices or security settings follow a change process with written approval by Client for every change other than standard changes listed in the runbooks.
H:Schedule 2 — Site List
P:Head office and server room, Wuxi; regional sales offices in Suzhou, Changzhou, Nantong and Hangzhou; spare-parts warehouse, Changzhou.
"""
ANNEX["h236e05"] = """P:ANNEX 1 — DESTINATION COUNTRIES AND CONTACTS
P:Destination countries covered by the importer-requirement profiles: Germany, France, the Netherlands, Belgium, Italy, Spain, Poland, Czech Republic, Austria, Denmark, Sweden, Ireland, the United Kingdom, the United Arab Emirates, Saudi Arabia, Qatar, Kuwait and Oman. Further countries may be added by written agreement at a fee agreed in advance.
P:Notices to Certify: contracts team, by e-mail to the address in the signature page. Notices to Subscriber: export documentation manager, by e-mail and by courier to the registered address.
P:ANNEX 2 — CLOUD PROVIDER
P:The API is hosted in a mainland China region of the cloud provider named in the onboarding plan. Certify shall inform Subscriber in writing before moving the service to another region and may change the cloud provider only with Subscriber's prior written consent.
"""
ANNEX["h236z02"] += """H:附件三　安装现场条件
P:甲方负责提供设备基础、三相电源、压缩空气接口及车间网络接入点，并在设备到货前完成基础施工；乙方提前二十日提交设备基础图和用电要求，并对基础施工进行现场确认。
"""
ANNEX["h236z03"] += """H:附件四　数据迁移规则
P:1. 迁移范围：会员基本信息、会籍类型及有效期、剩余次数、储值余额、私教课时包、历史消费记录（近三年）及黑名单。
P:2. 迁移方式：甲方从原系统导出数据后，由乙方在甲方人员在场的情况下完成清洗和导入，迁移前后双方分别对储值余额总额、会籍数量和课时包总数进行核对并签字确认。
P:3. 迁移完成后，原系统保留只读查询九十日，期间发现的差异由乙方负责核实并更正。
P:4. 迁移过程中形成的中间文件仅存放于甲方指定的服务器，迁移完成后由乙方在甲方监督下删除并出具删除记录。
"""
ANNEX["h236z04"] += """H:附件三　季度服务报告内容
P:季度服务报告应包括：各子系统可用率统计；故障清单及每起故障的发生时间、响应时间、恢复时间和原因分析；安全巡检发现的问题及整改情况；备份与恢复演练记录；功能优化完成情况及人日消耗；驻场人员出勤记录；下季度工作计划。报告应于季度结束后五个工作日内提交，经甲方信息化负责人签字确认后作为考核依据。
"""
ANNEX["h236z05"] += """H:附件三　实施阶段划分
P:1. 需求调研阶段：乙方顾问进驻生产基地，完成各车间工艺调研，编制需求说明书，经甲方签字确认。
P:2. 开发配置阶段：乙方按确认的需求说明书进行标准功能配置和定制开发，甲方可派员参加阶段演示。
P:3. 部署上线阶段：乙方在甲方服务器上部署系统，导入物料、工艺路线、班组人员等基础数据，完成设备和ERP对接，组织关键用户和操作工培训后切换上线。
P:4. 上线支持阶段：上线后两周内乙方安排一名实施顾问驻场，处理使用问题并整理常见问题手册。
P:5. 各阶段交付文档包括：需求说明书、系统配置说明、接口说明、用户操作手册和培训记录。
"""
ANNEX["h236e02"] += """H:Annex 3 — Contacts and Escalation
P:Customer: Head of Visitor Services (operations), IT Supervisor (gates and network), Finance Manager (settlement). Provider: Onboarding Consultant during onboarding, Customer Success Manager after Go-Live, Account Director Asia for escalation. Each party shall inform the other in writing of any change of contact persons.
"""
ANNEX["h236e03"] += """H:ANNEX B — SITE PLAN (DESCRIPTION)
P:Land-based hatchery and grow-out halls A to D with 48 tanks; sea-cage area east of Nanri Island with 16 cage clusters; server room in the administration building; spare-parts store in Putian city.
"""
ANNEX["h236e04"] += """H:Schedule 3 — Transition Plan
P:T1. Week 1–2: discovery visits to all six sites, collection of asset lists, network diagrams, passwords and existing contracts with vendors; interviews with Client's IT manager and key users.
P:T2. Week 3–4: configuration database loaded and reconciled; monitoring agents installed; service desk tool set up with Client's categories and priorities; runbooks drafted.
P:T3. Week 5–6: parallel running of the service desk with Client's staff, restore test of the ERP backup, approval of runbooks, and confirmation of the transition criteria in clause 5.2.
P:T4. Provider's transition manager reports progress to Client's IT manager every week in writing and records open issues and decisions in a shared log.
"""
ANNEX["h236e05"] += """P:ANNEX 3 — ONBOARDING TIMETABLE
P:Week 1: sandbox access and schema documentation. Weeks 2–4: mapping of Subscriber's export documents, importer profiles checked with Subscriber's sales team. Weeks 5–6: integration testing with the three nominated importers, training of the documentation team, and the acceptance tests described in clause 4.2.
"""
ANNEX["h236z03"] += """H:附件五　联系人与升级路径
P:甲方：运营总监（业务事项）、信息部经理（系统与对接事项）、财务经理（对账结算事项）。乙方：客户成功经理（日常服务）、实施项目经理（实施期间）、技术支持负责人（故障升级）。任何一方联系人变更的，应提前五个工作日书面通知对方。P1故障超过1小时未恢复的，乙方技术支持负责人应直接向甲方信息部经理通报处理进展。
"""
ANNEX["h236z04"] += """H:附件四　重点保障时段
P:重点保障时段包括：春节、清明、“八一”建军节、国庆节前后各五日，烈士纪念日及上级部署的集中办理、专项检查期间。保障期间乙方应安排工程师全天候值守，提前完成系统健康检查和应急预案演练，并每日向甲方报送运行情况。
"""
ANNEX["h236z05"] += """H:附件四　培训计划
P:1. 关键用户培训：面向生产部、品质部、仓储部和信息部的关键用户，集中培训三天，内容包括基础数据维护、工序配置、报表查询和追溯操作。
P:2. 操作工培训：按车间、按班次分批进行，每批半天，重点讲解扫码报工、异常上报和工位平板的使用，培训后进行上机考核。
P:3. 管理员培训：面向甲方信息部，讲解系统部署结构、账号权限管理、备份恢复和日志查看。
"""
ANNEX["h236e02"] += """P:Annex 3 applies from signature. Escalation path: an unresolved operational issue is first raised with the Customer Success Manager, then, if unresolved within two working days, with the Account Director Asia, and finally between the General Manager of Customer and the managing director of Provider.
"""
ANNEX["h236e03"] += """P:The site plan drawings in Annex B are signed by both parties at the kick-off meeting and may be updated by written agreement if the Buyer rearranges its tanks or cage clusters.
"""
ANNEX["h236e04"] += """H:Schedule 4 — Governance
P:G1. Each party appoints a service manager. The service managers meet monthly to review the service report, open problems and planned changes, and record actions in minutes agreed by both.
P:G2. Client's IT manager and Provider's service delivery director hold a quarterly service review covering service-level results, user satisfaction, improvement proposals and the forecast of user numbers for the next quarter.
"""
ANNEX["h236e05"] += """P:ANNEX 4 — SERVICE REPORTING
P:Certify shall send Subscriber a monthly report with API availability, incidents and response times, certificates validated and shared, shipments counted against the annual allowance, and regulatory changes reflected in the importer profiles during the month.
"""
ANNEX["h236z02"] += """P:设备基础验收合格后，双方签署基础交接单；因基础不符合要求需返工的，由责任方承担返工费用，安装工期相应顺延。乙方进场施工人员应遵守甲方安全生产、消防和辐射防护管理规定，佩戴个人剂量计。
"""
ANNEX["h236z04"] += """P:重大活动保障方案由乙方在活动开始前十个工作日提交，经甲方确认后执行；保障结束后三个工作日内，乙方提交保障总结，列明值守人员、处理事项和改进建议。
"""
ANNEX["h236z05"] += """H:附件五　系统运行环境
P:服务器操作系统、数据库及中间件版本以乙方提供的《部署环境说明》为准，由甲方自行采购并安装；车间工位平板、扫码枪和标签打印机的型号应在乙方推荐清单范围内选择。甲方网络应保证车间各工位与服务器之间的稳定连接，因网络或硬件原因影响系统使用的，不属于系统故障。
"""
ANNEX["h236e02"] += """P:Customer's annual peak periods (the Spring Festival holiday, the summer holidays and the National Day week) shall be notified to Provider at the start of each year so that Provider can plan capacity for them.
"""
ANNEX["h236e04"] += """P:G3. Either service manager may call an extraordinary meeting on two working days' notice if a Priority 1 Incident has occurred or a service-level target has been missed in two consecutive months.
"""
SOURCES = {k: v + ANNEX.get(k, "") for k, v in SOURCES.items()}

if __name__ == "__main__":
    self_test()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: (n, f) for k, (n, _, f) in FILES.items() if f in ("docx", "pdf")}
    for key, (name, lang, fmt) in FILES.items():
        if fmt == "md":
            (OUT / name).write_text(to_md(SOURCES[key]), encoding="utf-8")
            print("wrote", name)
        elif fmt == "txt":
            (OUT / name).write_text(to_txt(SOURCES[key]), encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    problems = []
    for key, (name, lang, fmt) in FILES.items():
        text = read_back(OUT / name)
        flat = re.sub(r"\s", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)
        n = size(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        print(f"{name}: {n} {'non-space characters' if lang == 'zh' else 'words'}")
        if not lo <= n <= hi:
            problems.append(f"{name}: length {n} outside {lo}-{hi}")
        hits = threshold_hits(text) + threshold_hits(flat)
        if hits:
            problems.append(f"{name}: threshold value(s) {sorted(set(hits))}")
        for fig in FIGS[key]:
            f = re.sub(r"\s", "", fig) if lang == "zh" else fig
            if f not in flat:
                problems.append(f"{name}: labelled figure {fig!r} not found")
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")
