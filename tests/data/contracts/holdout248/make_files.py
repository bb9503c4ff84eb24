"""holdout248: builds the ten ORDINARY drafts (.md/.txt directly, .docx/.pdf via ../word_pdf.py), checks sums and
figures, re-applies the policy rules to the planned labels, writes the labels and scans the read-back text for any
value sitting on a policy threshold. Run with /work/main/.venv/bin/python."""
import json
import re
import sys
sys.dont_write_bytecode = True
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---- threshold scan (policy §3 / §4 values, in digits, Chinese numerals and words) ----
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAD = [
    r"(?<![\d.])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s+per\s*cent", r"三成",
    r"(?<![\d.])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s+per\s*cent",
    r"(?<![\d.])15" + PCT, r"(?<![十])百分之十五(?![点])", r"fifteen\s+per\s*cent",
    r"(?<![\d.])100" + PCT, r"百分之(?:一)?百", r"hundred\s+per\s*cent",
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|h\b|hrs?\b)", r"(?<![十\d])四个?小时", r"\bfour\s+hours?",
    r"(?<![\d.])0\.05\s*(?:%|％)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?\b)", r"(?<![\d十])十二个月", r"\btwelve\s+months?", r"(?<![\d.])1\s*(?:year\b|年(?!度))",
    r"(?<![十第每])一年", r"\bone\s+year", r"\ba\s+year\b",
    r"(?<![\d.])5\s*(?:年(?!度)|years?\b)", r"(?<![十\d])五年", r"\bfive\s+years?", r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?)", r"六十个月",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]


def scan(text):
    return [m.group(0) for r in BAD_RE for m in r.finditer(text)]


def selftest():
    bad = ["预付30%", "百分之三十", "40 %", "15 per cent", "100%", "99.9%", "4小时内响应", "four hours", "4 hours",
           "0.05%", "万分之五", "12个月", "twelve months", "一年", "5年", "five years", "60 months", "百分之十五",
           "one year", "1 year"]
    good = ["24小时", "24 hours", "99.95%", "130%", "0.15%", "2025年", "36个月", "每年", "万分之五十", "45%",
            "百分之三十五", "14 hours", "年度", "第一年度", "15 days", "0.4%", "112 months"]
    for s in bad:
        assert scan(s), s
    for s in good:
        assert not scan(s), (s, scan(s))


# ---- policy §3 rules re-applied to a planned label (plus planned forum outside mainland) ----
def apply_rules(t, x, forum_outside=False, tco_share=None):
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if tco_share is not None and tco_share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    s = [SEV.get(x, "medium") for x in rules]
    return "high" if "high" in s else ("medium" if "medium" in s else "low")


def tco_share(value, fee_base, fee_pct, warranty_months, horizon=5):
    post_years = max(0.0, horizon - warranty_months / 12)
    fees = fee_base * fee_pct / 100 * post_years
    return fees / (value + fees) * 100, value + fees

# ---------------------------------------------------------------- z01 (docx, compliant, buyer's paper, 政府采购)
H248Z01 = """T:交通违法处理平台建设项目采购合同
P:合同编号：QJZD-ZFCG-2025-0417　　采购方式：公开招标　　招标编号：QZ-GK-2025-088
P:甲方（采购人）：青州市公安局交通警察支队　　地址：青州市滨河路211号
P:乙方（供应商）：青州路畅信息技术有限公司　　地址：青州市高新区研创园B座9层
P:鉴于甲方就“交通违法处理平台建设项目”依法组织公开招标，乙方为中标供应商，依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设交通违法处理平台，包括非现场执法证据审核、违法处理窗口业务、网上处理与缴款对接、违法数据统计分析、短信告知五个子系统，并与公安交通管理综合应用平台、电子警察前端管理系统、非税收入缴款系统完成接口对接。
P:1.2 乙方负责将旧系统中存量违法记录、证据图片索引及处理台账迁移至新平台，迁移完成后旧系统只读保留。
P:1.3 乙方负责部署、联调、试运行、培训及质保期内的运维支持，具体技术要求以招标文件第五章为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾玖万元整（¥2,490,000），为固定总价，包括软件许可、定制开发、数据迁移、实施、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久使用，不限终端数）|1,260,000
TB:2|接口及业务定制开发|836,000
TB:3|存量数据迁移|148,000
TB:4|部署实施及联调|212,000
TB:5|操作与管理培训|34,000
TB:合计||2,490,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥498,000。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥1,120,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥871,500。
P:3.4 乙方每次请款应提供合法有效的增值税发票；甲方按财政国库集中支付程序付款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署联调并申请初步验收，初步验收后进入六十日试运行。
P:4.2 乙方应提交需求规格说明书、设计文件、接口文档、源代码、部署手册、用户手册及测试报告。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件所列功能全部实现；（二）三个外部系统接口连续十日调用成功率不低于99.5%，每笔违法记录与综合应用平台逐条核对一致；（三）迁移数据全量比对无差错；（四）五十个窗口并发办理时页面响应不超过2秒；（五）第三方网络安全测评无高危漏洞。
P:5.2 最终验收在试运行期满后进行，试运行期内无一级故障且全部遗留问题已关闭方可通过。
P:5.3 验收由甲方组织，出具书面验收报告。平台上线、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费修复缺陷并提供版本升级。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥113,400，该费率自质保期满起连续三个服务年度不上调。维护合同按年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划停机除外，计划停机须提前三日经甲方同意）。
P:7.2 故障分级响应：一级故障（平台不可用或违法处理业务中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障1个工作日内响应。
P:7.3 响应或恢复每超时一小时，乙方支付¥1,500；月可用率每低于承诺值0.01个百分点，扣减当季维护费用或质保金¥2,000。
H:第八条 数据安全
P:8.1 平台内全部违法记录、车辆及驾驶人信息、证据图片和日志均属于甲方，乙方仅为履行本合同处理，不得复制、留存或用于其他任何目的。
P:8.2 乙方人员须经甲方审查并签署保密承诺，在甲方公安网内通过堡垒机作业，不得将任何数据带出公安网；测试使用甲方提供的脱敏数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对在履约过程中知悉的警务工作秘密、网络结构和公民个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的程序、接口及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证甲方使用不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方提交的软件不符合要求的，应在甲方指定期限内整改，整改后仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款利率支付利息。
H:第十二条 分包
P:本项目不得分包或转包。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青州市公安局交通警察支队　　代表：____________　　日期：____年__月__日
P:乙方（盖章）：青州路畅信息技术有限公司　　代表：____________　　日期：____年__月__日
"""

# ---------------------------------------------------------------- z02 (pdf, measurement system + 维保)
H248Z02 = """T:纤维水泥板在线厚度及密度测量系统采购合同
P:合同编号：HB-SB-2025-116
P:买方（甲方）：河北冀坚纤维水泥板有限公司
P:卖方（乙方）：石家庄精测自动化设备有限公司
P:甲方第三生产线需在抄取成型后及压机后配置在线测厚与面密度检测，乙方依据甲方技术规格书提供设备、软件及服务。双方约定如下：
H:一、供货范围及价格
P:（一）乙方提供的设备及软件如下表，单价均含税、含运输及保险：
TB:名称|数量|单价（元）|小计（元）
TB:激光测厚扫描架（双面对射，含控制柜）|2套|268,000|536,000
TB:射线式面密度测量仪|1套|412,000|412,000
TB:工控机及操作站（HMI）|2套|38,000|76,000
TB:测量分析及质量追溯软件许可|1套|126,000|126,000
TB:设备及软件小计|||1,150,000
TB:安装调试|1项|98,000|98,000
TB:现场标定（含标准样板）|1项|26,000|26,000
TB:操作及维护培训|1项|12,000|12,000
TB:合同总价|||1,286,000
P:（二）合同总价人民币壹佰贰拾捌万陆仟元整（¥1,286,000）。
H:二、技术要求
P:（一）测厚精度±0.03 mm（板厚4–20 mm），重复性≤0.02 mm；面密度测量误差不大于±0.8%；扫描周期不超过8秒。
P:（二）测量数据实时写入甲方制浆与压机控制系统，并提供与甲方MES对接的数据接口，厚度超差时自动报警并标记板号。
P:（三）射线源须取得辐射安全许可，乙方协助甲方办理环评及辐射安全登记。
H:三、交货、安装
P:（一）乙方在合同生效后七十五日内将设备运至甲方厂区，并在到货后二十日内完成安装调试。
P:（二）甲方提供安装所需的停线窗口、电源与压缩空气，乙方负责机械安装、布线及软件部署。
H:四、付款
P:（一）合同生效后十日内，甲方支付合同总价的20%，即¥257,200。
P:（二）设备全部到货并经甲方开箱清点后，甲方支付合同总价的35%，即¥450,100；开箱清点不构成验收。
P:（三）系统通过最终验收后，甲方支付合同总价的45%，即¥578,700。
H:五、验收
P:（一）验收标准：连续生产十五个班次，测厚值与甲方千分尺抽检值偏差在精度范围内；面密度与称重法对比误差达标；报警、标记及MES对接功能正常；辐射剂量检测合格。
P:（二）验收合格后双方签署最终验收证书；任一项不合格的，乙方应在十日内整改后重新验收。设备投入使用不视为验收合格。
H:六、质量保证及质保期满后的维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换损坏部件（射线源按其使用寿命另计）。
P:（二）质保期满后，乙方提供年度维保服务，含每季度一次的现场标定、备件更换及软件升级。年度维保费按设备及软件小计的23%计取，即每年¥264,500，自质保期满起连续三个服务年度固定不变，甲方按季度支付。
P:（三）故障响应：一级故障（测量系统停止工作导致生产线无法判定板厚）乙方2小时内响应，8小时内到场；二级故障1个工作日内到场。乙方每超时一小时，支付¥800。
H:七、数据
P:（一）测量数据、质量追溯记录及工艺参数均属于甲方，乙方仅为维保目的经甲方许可后访问，不得复制或用于其他目的。
P:（二）乙方远程访问须经甲方信息部门逐次审批并全程记录；乙方应采取防病毒、访问控制等措施，因乙方原因导致数据泄露或系统被入侵的，由乙方承担赔偿责任，并在发现后2小时内通知甲方。
H:八、保密
P:双方对在履行本合同过程中获知的对方技术信息和经营信息负保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:九、知识产权
P:乙方为甲方定制的MES接口程序及报表归甲方所有，甲方可自由修改使用；测量分析软件的著作权仍归乙方，乙方授予甲方永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）设备性能达不到第二条要求且整改后仍不合格的，甲方有权退货，乙方退还已付款项并赔偿损失。
P:（三）甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方如需将吊装等辅助工作交由第三方完成，须事先取得甲方书面同意，并对其工作负责。
H:十二、解除
P:乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方可解除本合同。
H:十三、法律适用及争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交石家庄仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，经双方盖章后生效。附件：技术规格书、设备清单、验收方案。
P:甲方（盖章）：河北冀坚纤维水泥板有限公司　　授权代表：__________
P:乙方（盖章）：石家庄精测自动化设备有限公司　　授权代表：__________
"""

# ---------------------------------------------------------------- z03 (md, pet-grooming SaaS + 实施)
H248Z03 = """T:“萌爪”门店预约与会员管理SaaS服务协议
P:协议编号：MZ-SaaS-2025-031
P:客户（甲方）：成都萌爪宠物美容连锁有限公司（旗下45家门店）
P:服务商（乙方）：成都云约科技有限公司
P:甲方拟在全部门店统一使用线上预约、美容师排班、会员储值与积分、洗护套餐核销及小程序商城功能，乙方以SaaS方式提供服务并负责实施。经协商，双方订立本协议。
H:1. 服务内容
P:1.1 乙方向甲方开通云约门店管理系统专业版，覆盖45家门店，每店不限收银终端与美容师账号。
P:1.2 实施服务包括：存量会员（约十八万名）及储值余额迁移、门店与服务项目配置、小程序上线、与甲方财务系统对账接口、店长及前台培训。
H:2. 服务期限与费用
P:2.1 订阅服务期为二十四个月，自上线验收之日起计算。
TB:项目|计价|金额（元）
TB:订阅服务费|45店×1,180元/店/月×24个月|1,274,400
TB:实施服务费|一次性|86,000
TB:培训费|一次性|18,000
TB:合计||1,378,400
P:2.2 订阅服务费按季度后付，乙方在每季度结束后十日内开票，甲方收票后十五日内支付；实施及培训费在上线验收后一次支付。甲方无需预付任何费用。
P:2.3 服务期满，本协议自动续期六个月，依此类推，除非一方提前三十日书面通知不续期。续期时乙方有权根据市场情况上调订阅服务费，上调幅度不超过上一期单价的8%。
H:3. 上线验收
P:3.1 验收标准：全部门店可在线预约与核销；会员余额、积分迁移后逐户核对一致；对账接口连续七日差错为零；高峰时段预约页面响应不超过2秒。
P:3.2 甲方在乙方提交验收申请后七日内组织验收并签署上线验收单；门店试用不等同验收。
P:3.3 上线每延迟一日（因甲方原因除外），乙方按¥900/日向甲方支付违约金。
H:4. 服务水平
P:4.1 系统月可用率不低于99.5%。
P:4.2 一级故障（全部门店无法预约或收银）乙方1小时内响应，二级故障3小时内响应，三级故障下一个工作日响应。
P:4.3 月可用率每低于承诺值0.1个百分点，乙方按当月订阅服务费的5%给予服务抵扣，单月抵扣以当月订阅费的一半为限。
H:5. 数据
P:5.1 甲方的会员信息、宠物档案、消费及储值记录（“甲方数据”）归甲方所有。
P:5.2 乙方采用加密存储与传输、分级权限与操作日志，数据存放于境内机房；发生数据泄露的，乙方应在发现后6小时内通知甲方，并对因其过错造成的损失承担赔偿责任。
P:5.3 甲方同意，乙方可对去标识化处理后的甲方消费数据进行汇总分析，用于产品改进及发布宠物服务行业报告，该使用在协议终止后仍可继续。
P:5.4 协议终止后三十日内，乙方向甲方完整导出甲方数据并删除系统中的副本。
H:6. 保密
P:双方对在合作中获知的对方商业信息承担保密义务，未经书面同意不得向第三方披露，协议终止后三年内仍然有效。
H:7. 知识产权
P:7.1 云约系统及其升级版本的知识产权归乙方。
P:7.2 乙方为甲方专门制作的小程序页面设计、套餐规则配置和报表模板归甲方所有，甲方可自由使用、修改并交由其他服务商继续使用。
H:8. 责任限制
P:任一方在本协议下的累计赔偿责任以本协议总金额的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。
H:9. 转委托
P:乙方将任何服务委托第三方完成，应事先取得甲方书面同意。
H:10. 解除
P:10.1 一方严重违约，经对方书面通知后二十日内未纠正的，守约方有权解除本协议。
P:10.2 连续两个月可用率低于98%的，甲方可解除本协议且不承担违约责任。
H:11. 法律与争议
P:本协议适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。
H:12. 附则
P:本协议附件包括：门店清单、功能清单、实施计划。协议一式两份，双方各执一份，盖章后生效。
P:甲方：成都萌爪宠物美容连锁有限公司（盖章）　　乙方：成都云约科技有限公司（盖章）
P:日期：2025年__月__日
"""

# ---------------------------------------------------------------- z04 (txt, 民政局 O&M, 竞争性谈判)
H248Z04 = """T:社会救助信息平台年度运维服务合同
P:项目编号：LXMZ-TP-2025-06（竞争性谈判）
P:采购人（甲方）：临溪区民政局
P:服务商（乙方）：江城数维信息服务有限公司
P:根据竞争性谈判结果，甲方委托乙方为区社会救助信息平台（含低保、特困供养、临时救助、医疗救助对接及救助对象核对模块）提供运维服务，双方签订本合同。
H:第一条 服务期与服务范围
P:1.1 服务期自2025年7月1日起至2026年6月30日止。期满合同自行终止，不自动续期。
P:1.2 服务范围：驻场运维（工作日两名工程师驻场）、系统巡检与性能优化、数据库运维与备份恢复演练、安全加固与漏洞修复、节假日及救助资金发放期应急保障。
H:第二条 服务费用
P:2.1 服务费总额人民币柒拾捌万陆仟元整（¥786,000），明细如下：
TB:服务项目|金额（元）
TB:驻场运维服务|468,000
TB:系统巡检及性能优化|126,000
TB:数据库运维及备份演练|98,000
TB:安全加固与漏洞修复|58,000
TB:应急保障|36,000
TB:合计|786,000
P:2.2 服务费按季度支付：每季度末经甲方考核合格后，甲方在十五个工作日内支付当季服务费¥196,500。不设预付款。
H:第二条之二 考核与验收
P:季度考核依据本合同第三条服务指标、巡检报告、工单记录进行，得分低于80分的按比例扣减当季服务费；服务期满，甲方依据全年工单闭环率、备份演练记录和安全扫描结果组织年度验收。
H:第三条 服务指标
P:3.1 平台月可用率不低于99.95%。
P:3.2 一级故障（平台无法登录或救助资金发放业务中断）30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复。
P:3.3 每超时一小时扣减服务费¥500；可用率每低于承诺值0.01个百分点扣减¥1,000。
P:3.4 乙方每月5日前提交上月运维报告；每季度完成一次数据库恢复演练。
H:第四条 数据安全
P:4.1 平台中的救助对象身份、收入、家庭财产核对结果等信息均属于甲方，乙方仅能为运维目的在甲方授权范围内接触，不得复制、下载或对外提供。
P:4.2 乙方运维人员须实名登记，通过甲方堡垒机操作，所有操作留痕；发生数据泄露等安全事件的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失由乙方承担。
H:第五条 保密
P:乙方及其人员对在服务中知悉的救助对象个人隐私和甲方工作信息负有保密义务，合同终止后仍须遵守。
H:第六条 成果归属
P:乙方在服务中形成的运维文档、脚本、巡检报告及优化方案归甲方所有。
H:第七条 违约责任
P:7.1 乙方未按期提交月度运维报告或未按期完成恢复演练的，每逾期一日按合同总价的千分之一支付违约金。
P:7.2 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的50%为限。
H:第八条 分包
P:乙方可将机房巡检、备份介质运输等非核心工作委托第三方完成，但应提前五个工作日书面告知甲方，并对第三方的行为负责。
H:第九条 合同解除
P:乙方连续两个季度考核不合格，或发生重大数据安全事件，或有其他严重违约行为经催告后十日内未改正的，甲方有权解除合同。
H:第十条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向临溪区人民法院起诉。
H:第十一条 其他
P:谈判文件、响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方两份。
P:甲方（盖章）：临溪区民政局　　乙方（盖章）：江城数维信息服务有限公司
P:签订日期：2025年6月__日
"""

# ---------------------------------------------------------------- z05 (md, supplier's own MES template, many problems)
H248Z05 = """T:禾匠MES软件许可及实施合同（禾匠标准合同文本V3.0）
P:甲方：嘉兴糯香食品有限公司（糍粑、年糕生产）
P:乙方：宁波禾匠工业软件有限公司
H:第一条 标的
P:乙方向甲方提供禾匠MES软件许可，并按甲方蒸煮、打浆、成型、速冻、包装工段定制批次追溯、配料防错及称重对接功能，负责实施上线。
TB:项目|金额（元）
TB:禾匠MES软件许可|520,000
TB:工段定制开发|380,000
TB:实施上线|96,000
TB:合计|996,000
H:第二条 付款
P:2.1 合同签订后五日内甲方支付合同总价的50%（¥498,000）。
P:2.2 系统上线后甲方支付45%（¥448,200）；上线满三个月支付5%（¥49,800）。
P:2.3 甲方逾期付款的，每日按应付未付金额的千分之一支付违约金。
H:第三条 验收
P:系统上线运行即视为甲方验收合格。
H:第四条 免费维护
P:4.1 乙方提供六个月免费维护，自上线之日起算。
P:4.2 免费维护期满后，甲方如需继续维护，按乙方当年度公布的价格标准另行支付维护费。
H:第五条 技术支持
P:5.1 一级故障乙方8小时内响应，其他故障在合理时间内处理。
P:5.2 因任何故障或响应延迟，乙方不承担扣款、赔偿或违约金责任。
H:第六条 交付
P:乙方将尽力在合同签订后一百二十日内完成上线，因需求变更等原因延迟的，上线时间相应顺延。
H:第七条 知识产权
P:MES软件及为甲方定制开发的全部功能、程序、源代码和文档的知识产权均归乙方所有，甲方享有非独占的使用权，不得修改或提供给第三方。
H:第八条 数据
P:甲方的生产、配方及批次数据归甲方所有，乙方仅为实施和维护目的使用。
H:第九条 保密
P:双方应对对方商业秘密保密，未经同意不得披露。
H:第十条 合作伙伴
P:乙方有权将部分实施工作交由其合作伙伴完成，无需取得甲方同意。
H:第十一条 责任
P:乙方在本合同项下的累计责任以合同总价的20%为限，且不承担任何间接损失。
H:第十二条 解除
P:任何一方违约，经对方催告后十五日内未改正的，守约方可解除合同。
H:第十三条 争议
P:争议由乙方所在地人民法院管辖。
P:甲方（盖章）：__________　　乙方（盖章）：宁波禾匠工业软件有限公司
"""

# ---------------------------------------------------------------- e01 (pdf, CNC CAM perpetual licences, French vendor)
H248E01 = """T:Software Licence Agreement - CNC Toolpath Software
P:Between Quyang Shiyi Stone Carving Workshop Co., Ltd. (the "Customer") and Irus Usinage Logiciels SAS, registered on the Ile d'Irus, France (the "Vendor").
P:At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:1. Licences and Services
P:1.1 The Vendor grants six perpetual, non-exclusive licences of its five-axis toolpath software for marble and granite carving, and will build a custom post-processor for the Customer's three five-axis routers, install the software and train the operators.
TB:Item|Qty|Unit (CNY)|Total (CNY)
TB:Perpetual seat licence|6|86,000|516,000
TB:Custom post-processor|1|74,000|74,000
TB:Installation and training|1|32,000|32,000
TB:Contract Price|||622,000
H:2. Payment
P:2.1 20% (CNY 124,400) within 15 days of signature; 45% (CNY 279,900) after installation; 35% (CNY 217,700) after Final Acceptance.
H:3. Acceptance
P:3.1 Final Acceptance requires three test carvings machined from the Customer's models within 0.2 mm of the model, with no collision alarm, and the post-processor running on all three routers. Installation or use is not acceptance.
P:3.2 If installation is late, the Vendor pays 0.1% of the Contract Price per day of delay.
H:4. Warranty
P:4.1 The Vendor warrants the software for ninety (90) days from Final Acceptance.
P:4.2 After the warranty, annual maintenance costs 11% of the licence fees (CNY 56,760 per year), fixed for three years.
P:4.3 Severity 1 faults (no toolpath can be generated): response within 2 hours; CNY 600 per hour of late response.
H:5. Customer Data
P:5.1 The Customer's carving models, CAD files and part programs belong to the Customer and are used only to perform this Agreement.
P:5.2 Remote sessions need the Customer's approval each time; no copies leave the Customer's site; the Vendor notifies any security incident within 24 hours and is liable for losses it causes.
H:6. Confidentiality
P:Each party keeps the other's non-public information confidential for three years after termination.
H:7. Intellectual Property
P:The custom post-processor and its source code belong to the Customer, which may modify and license it freely. The standard software remains the Vendor's.
H:8. Liability
P:Each party's total liability is limited to 150% of the Contract Price.
H:9. Subcontracting
P:The Vendor shall not subcontract without the Customer's prior written consent.
H:10. Termination
P:Either party may terminate for a material breach not cured within 30 days of notice.
H:11. Governing Law
P:This Agreement is governed by French law. Disputes go to the Commercial Court of Brest, France.
P:For the Customer: ____________    For the Vendor: ____________
"""

H248E02 = """Order Form WT-2025-07 under the Penfret Billetterie General Terms
Customer: Mount Wutai Scenic Area Operation Co., Ltd. Vendor: Penfret Billetterie SARL, Ile Penfret, France. Prices in CNY at the Customer's request.
1. Subscription: online ticketing and gate-validation SaaS for 36 months at CNY 58,500 per month (CNY 2,106,000) plus one-time onboarding CNY 64,000. Total: CNY 2,170,000.
2. Billing: monthly in arrears; onboarding invoiced after Go-Live Acceptance. Nothing is payable in advance.
3. Go-Live Acceptance: 10,000 test bookings reconciled with payments, gates validate in under 1 second, 7 days without a Priority 1 incident; a signed certificate. Use is not acceptance. Late Go-Live: CNY 1,500 per day.
4. Service levels: monthly availability 99.95%; Priority 1 response 30 minutes; service credits of 5% of the monthly fee per 0.05 point shortfall.
5. Data: ticket and visitor data belong to the Customer, are hosted in mainland China (MLPS level 3), used only to provide the service; incidents notified within 12 hours; the Vendor is liable for losses it causes.
6. Confidentiality: both parties keep the other's information confidential.
7. Configurations made for the Customer belong to the Customer.
8. Liability cap: 200% of the total fees. Subcontracting only with the Customer's prior written consent.
9. Either party may terminate for uncured material breach. No automatic renewal.
10. PRC law; Taiyuan Arbitration Commission.
"""

H248E03 = """T:Supply Contract - Kelp Farm Water-Quality Sensors
P:Buyer: Xiapu Haiyun Kelp Aquaculture Co., Ltd. Supplier: Drenec Marine Instruments SAS, Ile de Drenec, France. All prices in CNY at the Buyer's request.
H:1. Price
TB:Item|Qty|Unit (CNY)|Total (CNY)
TB:Multiparameter sensor buoy|24|38,500|924,000
TB:LoRa gateway|3|26,000|78,000
TB:Monitoring platform licence|1|118,000|118,000
TB:Installation at sea|1|96,000|96,000
TB:Training|1|14,000|14,000
TB:Contract Price|||1,230,000
H:2. Payment
P:35% (CNY 430,500) on signature as an advance; 25% (CNY 307,500) on delivery; 35% (CNY 430,500) after Final Acceptance; 5% (CNY 61,500) after the warranty.
H:3. Acceptance
P:Final Acceptance: 21 days of data from all buoys, dissolved-oxygen and temperature within stated accuracy against lab samples, alarms tested. Delivery is not acceptance.
H:4. Delay
P:0.08% of the Contract Price per day of late delivery or installation.
H:5. Warranty and Support
P:Warranty 24 months from Final Acceptance. Afterwards support at 8% of the hardware and licence subtotal (CNY 89,600 per year), fixed for three years. Severity 1 response within 1 hour; CNY 500 per hour late.
H:6. Data Security
P:Sensor data belongs to the Buyer and is used only for this Contract; encrypted links, access control, incident notice within 6 hours, Supplier liable for losses it causes.
H:7. Other
P:Custom dashboards belong to the Buyer. No subcontracting without the Buyer's prior written consent. The Buyer may terminate for uncured material breach. PRC law; Fuzhou Arbitration Commission.
"""

H248E04 = """# Managed IT and Service Desk Agreement

Customer: Jieyang Hengli Hardware Export Co., Ltd. Provider: Inchtavannach Managed Services Ltd, Inchtavannach, Scotland. Fees in CNY at the Customer's request.

## 1. Services and Charges
| Item | Charge (CNY) |
|---|---|
| Service desk and managed IT, 24 months x 46,800 | 1,123,200 |
| Transition (one-time) | 52,000 |
| Total | 1,175,200 |

Monthly charges in arrears; transition invoiced after Transition Acceptance. No advance payment.

## 2. Transition Acceptance
Ticket tool live, 300 assets in the CMDB, runbooks approved, 10 days of parallel running. Late transition: CNY 900 per day.

## 3. Service Levels
P1 response 30 minutes, P2 2 hours. Credits: 3% of the monthly charge per missed P1 target.

## 4. Data and Confidentiality
Customer data belongs to the Customer, used only for the services; MFA, logged access, incident notice within 8 hours, Provider liable. Each party keeps the other's information confidential.

## 5. Other
Runbooks made for the Customer belong to the Customer. Liability cap 150% of total charges. No subcontracting without prior written consent. Termination for uncured material breach. No automatic renewal.

## 6. Law
This Agreement is governed by the law of Scotland; the courts of Edinburgh have exclusive jurisdiction.
"""

H248E05 = """Subscription Agreement - Food-Safety Certificate API
Customer: Gansu Lanling Lily Bulb Export Co., Ltd. Vendor: Porto Santo Certdata Lda, Ilheu de Porto Santo, Portugal. Fees in CNY at the Customer's request.
1. Fees: 24 months x CNY 21,500 (CNY 516,000) plus integration support CNY 24,000. Total CNY 540,000. Quarterly in arrears; integration after Integration Acceptance.
2. Integration Acceptance: 500 test certificates issued and verified against the customs format; signed certificate. If production credentials are late, CNY 400 per day.
3. Service: the Vendor will use commercially reasonable efforts to keep the API available.
4. Data belongs to the Customer, is hosted in mainland China, encrypted, used only for this Agreement; incidents notified within 24 hours; Vendor liable for losses it causes. Confidentiality applies to both parties.
5. Custom field mappings belong to the Customer. Liability cap 150% of total fees. No subcontracting without prior written consent.
6. The Customer may not terminate before the end of the Subscription Term; its sole remedy for breach is re-performance.
7. PRC law; Lanzhou Arbitration Commission.
"""

def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
                     "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
                     "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
                     "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
                     "governing_law", "contract_kind"], [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf,
                                                          auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (file, fmt, lang, category, terms, extra(sla, ld, capped|None, deemed, value), forum_outside, tco(base,pct,wm)|None,
#       planned rules, figures that must appear, price lines that must sum)
PLAN = {
 "h248z01": ("h248z01_traffic_police_violation_platform.docx", "docx", "zh", "software",
             T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False, True, False, "PRC", G),
             (True, True, True, False, 2490000), False, (1260000, 9, 36), [],
             ["99.95%", "30分钟", "千分之一", "20%", "三十六个月", "9%", "2,490,000"], ([1260000, 836000, 148000, 212000, 34000], [498000, 1120500, 871500])),
 "h248z02": ("h248z02_fibre_cement_board_thickness_density_gauge.pdf", "pdf", "zh", "hardware",
             T(None, 2, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 23, False, True, False, "PRC", G),
             (True, True, True, False, 1286000), False, (1150000, 23, 18),
             ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
             ["2小时内响应", "万分之二", "20%", "十八个月", "23%", "1,286,000"], ([536000, 412000, 76000, 126000, 98000, 26000, 12000], [257200, 450100, 578700])),
 "h248z03": ("h248z03_pet_grooming_chain_booking_membership_saas.md", "md", "zh", "cloud",
             T(99.5, 1, True, "buyer", True, False, True, 900 / 1378400 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S),
             (True, True, None, False, 1378400), False, None,
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
             ["99.5%", "1小时内响应", "¥900/日", "150%", "8%", "1,378,400"], ([45 * 1180 * 24, 86000, 18000], None)),
 "h248z04": ("h248z04_district_civil_affairs_social_assistance_om.txt", "txt", "zh", "services",
             T(99.95, 0.5, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, True, True, "PRC", S),
             (True, True, None, False, 786000), False, None, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
             ["99.95%", "30分钟", "千分之一", "50%", "786,000"], ([468000, 126000, 98000, 58000, 36000], [196500] * 4)),
 "h248z05": ("h248z05_rice_cake_maker_mes_supplier_template.md", "md", "zh", "software",
             T(None, 8, False, "supplier", False, True, True, None, 20, 50, False, False, 6, None, False, True, True, None, G),
             (True, False, False, True, 996000), False, None,
             ["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
             ["8小时内响应", "20%", "50%", "六个月", "996,000"], ([520000, 380000, 96000], [498000, 448200, 49800])),
 "h248e01": ("h248e01_quyang_stone_carving_cnc_toolpath_licences.pdf", "pdf", "en", "software",
             T(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 3, 11, False, True, False, "France", G),
             (True, True, True, False, 622000), True, (516000, 11, 3), ["CR-GOVERNING-LAW", "CR-WARRANTY"],
             ["2 hours", "0.1%", "150%", "20%", "ninety (90) days", "11%", "622,000"], ([516000, 74000, 32000], [124400, 279900, 217700])),
 "h248e02": ("h248e02_wutai_scenic_ticketing_saas_order_form.txt", "txt", "en", "cloud",
             T(99.95, 0.5, True, "buyer", True, True, True, 1500 / 2170000 * 100, 200, None, True, None, None, None, False, True, False, "PRC", S),
             (True, True, None, False, 2170000), False, None, [],
             ["99.95%", "30 minutes", "CNY 1,500 per day", "200%", "2,170,000"], ([36 * 58500, 64000], None)),
 "h248e03": ("h248e03_xiapu_kelp_farm_water_sensors.docx", "docx", "en", "hardware",
             T(None, 1, True, "buyer", True, True, False, 0.08, None, 35, True, True, 24, 8, False, True, False, "PRC", G),
             (True, True, True, False, 1230000), False, (1120000, 8, 24), ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"],
             ["1 hour", "0.08%", "35%", "24 months", "8%", "1,230,000"], ([924000, 78000, 118000, 96000, 14000], [430500, 307500, 430500, 61500])),
 "h248e04": ("h248e04_jieyang_hardware_exporter_managed_it_service_desk.md", "md", "en", "services",
             T(None, 0.5, True, "buyer", True, True, True, 900 / 1175200 * 100, 150, None, True, None, None, None, False, True, False, "Scotland", S),
             (True, True, None, False, 1175200), False, None, ["CR-GOVERNING-LAW"],
             ["30 minutes", "CNY 900 per day", "150%", "1,175,200"], ([24 * 46800, 52000], None)),
 "h248e05": ("h248e05_lily_bulb_exporter_food_safety_certificate_api.txt", "txt", "en", "cloud",
             T(None, None, False, "buyer", True, True, True, 400 / 540000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S),
             (False, True, None, False, 540000), False, None, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"],
             ["CNY 400 per day", "150%", "540,000"], ([24 * 21500, 24000], None)),
}
SRC = {"h248z01": H248Z01, "h248z02": H248Z02, "h248z03": H248Z03, "h248z04": H248Z04, "h248z05": H248Z05,
       "h248e01": H248E01, "h248e02": H248E02, "h248e03": H248E03, "h248e04": H248E04, "h248e05": H248E05}


def to_text(src, md):
    if not src.startswith("T:"):
        return src
    out, prev = [], None
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            cells = text.split("|")
            if md:
                out.append("| " + " | ".join(cells) + " |")
                if prev != "TB":
                    out.append("|" + "---|" * len(cells))
            else:
                out.append("  ".join(cells))
        else:
            if prev == "TB":
                out.append("")
            out.append(("# " if md else "") + text if tag == "T" else (("## " if md else "") + text if tag == "H" else text))
            out.append("")
        prev = tag
    return "\n".join(out).rstrip() + "\n"


def read_back(path):
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (fname, fmt, *_rest) in PLAN.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = SRC[key], (fname, fmt)
        else:
            (OUT / fname).write_text(to_text(SRC[key], fmt == "md"), encoding="utf-8")
            print("wrote", fname)
    write(sources, targets, OUT, wrap_words=True)
    for key, (fname, fmt, lang, cat, t, ex, forum, tco, planned, figs, sums) in PLAN.items():
        sla, lds, capped, deemed, value = ex
        lines, pays = sums
        assert sum(lines) == value, (key, sum(lines), value)
        if pays:
            assert sum(pays) == value, (key, sum(pays), value)
        for f in figs:
            assert f in SRC[key], (key, f)
        share = None
        if tco:
            share, total = tco_share(value, *tco)
            print(key, "TCO", round(total, 2), "share %.2f %%" % share)
        extra = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        got = apply_rules(t, extra, forum, share)
        assert got == sorted(planned), (key, got, planned)
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": got}
        (OUT / (Path(fname).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / fname)
        hits = scan(text)
        assert not hits, (key, hits)
        n = len(text) if lang == "zh" else len(text.split())
        print(key, fname, "rules", len(got), risk(got), "length", n, "chars" if lang == "zh" else "words")


if __name__ == "__main__":
    main()
