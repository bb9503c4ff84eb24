"""holdout974: ten blind held-out draft contracts (ordinary drafts, no tricks).

Builds every file from the sources kept below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes the
.json labels, and asserts: sums, text lengths as read back, no label value on a policy threshold, no threshold figure in
any text (raw, whitespace-collapsed, whitespace-free), rules derived from the labels = design list, and that all 20 CR
rules fire at least once. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
DRAFTS = {}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def draft(key, name, fmt, lang, category, src, terms, extra, rules, tco=None, forum_outside=False, sums=()):
    assert list(terms) == TERM_KEYS or set(terms) == set(TERM_KEYS), key
    terms = {k: terms[k] for k in TERM_KEYS}
    DRAFTS[key] = dict(name=name, fmt=fmt, lang=lang, category=category, src=src, terms=terms, extra=extra,
                       rules=sorted(rules), tco=tco, forum_outside=forum_outside, sums=sums)

# ---------------------------------------------------------------- z01 (pdf, zh, buyer's paper, compliant)
Z01 = """T:临川市教育局校园餐食品安全监管平台采购合同
P:项目编号：LCZC-2027-0316　　采购方式：公开招标
P:甲方（采购人）：临川市教育局
P:乙方（供应商）：杭州禾安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就校园餐食品安全监管平台的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供校园餐食品安全监管平台软件（以下简称“平台”）的永久使用许可，覆盖全市中小学及幼儿园食堂共二百一十六所，不限用户数和终端数。
P:1.2 乙方按照招标文件需求完成定制开发，包括：明厨亮灶视频AI识别对接（未戴口罩、未穿工作服、鼠患、违规操作等场景告警）、食材采购溯源与供应商资质管理、陪餐记录与留样管理、营养膳食公示、家长端微信小程序以及教育局监管驾驶舱。
P:1.3 乙方负责平台部署、各校历史台账数据迁移、与市场监管部门“阳光食安”系统的数据接口开发，以及教育局、学校和食堂各级用户的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零玖万元整（¥2,090,000），含税，为固定总价。其中：平台软件许可费¥1,260,000；定制开发费¥684,000；实施部署及数据迁移费¥118,000；培训费¥28,000。
P:2.2 合同总价已包含乙方完成本合同项下全部工作所需的一切费用，包括差旅、第三方测评配合及税费，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额履约保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥418,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥940,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥731,500。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署及定制开发，并提交初步验收申请；初步验收通过后进入90日试运行期，试运行期满提交最终验收申请。
P:4.2 乙方应按甲方确认的实施计划推进工作，每两周向甲方书面报告进度，重大问题应及时报告。
P:4.3 乙方项目经理及核心技术人员应与投标文件一致，未经甲方同意不得更换。
P:4.4 乙方应在各区县分别组织不少于两场现场培训，培训对象包括教育局监管人员、学校分管负责人、食堂管理员及供餐企业人员，培训教材和视频由乙方提供并归甲方使用。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件功能清单所列功能全部实现；（二）二百一十六所学校食堂视频接入及告警推送测试全部通过；（三）在一千五百个并发用户下页面平均响应时间不超过2秒；（四）历史数据迁移经抽样核对无差错；（五）取得第三方软件测评机构出具的功能及安全测评报告。
P:5.2 最终验收标准：试运行期内未发生一级故障，初步验收遗留问题全部关闭，用户手册、接口文档、源代码及部署文档齐全。
P:5.3 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收以双方签署的验收报告为准。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配及技术支持。
P:6.2 质保期满后，甲方可选择续订年度维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥100,800，且质保期满后两年内不予上调。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 故障分级及响应：一级故障（平台整体不可用或告警推送中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障一个工作日内响应。
P:7.3 乙方未达到上述要求的，一级故障响应或恢复每超时1小时扣减¥800；月可用率每低于承诺值0.01个百分点扣减¥1,500。甲方可从应付款项或履约保函中直接扣除。
H:第八条 数据安全与数据归属
P:8.1 平台中的学校、食堂、从业人员、供应商、学生及家长数据以及视频资料均属于甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护第三级的要求落实数据安全措施，包括访问控制、加密存储与传输、操作审计；运维操作须经甲方堡垒机进行，不得将数据拷贝出甲方指定环境。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:8.4 合同终止或服务结束时，乙方应将其持有的甲方数据全部移交甲方，并在甲方监督下彻底删除，出具删除确认书。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、学校信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因本合同终止而解除。
H:第十条 知识产权
P:10.1 平台软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 本合同项下定制开发的全部成果，包括源代码、接口程序、小程序及相关文档，其知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。乙方应在最终验收时移交完整源代码。
P:10.3 乙方保证其交付成果不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付成果存在重大缺陷经两次整改仍不合格的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按未付金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方；经同意分包的，乙方对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
P:13.2 本合同不设自动续期条款。质保期满后的年度维护服务由双方另行签订合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同的组成部分，与本合同具有同等效力。
P:15.2 因不可抗力不能履行合同的，受影响一方应在不可抗力发生后3日内书面通知对方，并在15日内提供有关证明；双方根据不可抗力的影响部分或全部免除责任。
P:15.3 双方通知以书面形式送达本合同首部所列地址，任何一方变更联系方式应提前书面通知对方。
P:15.4 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：临川市教育局　　　乙方（盖章）：杭州禾安信息技术有限公司
P:签订日期：2027年3月　日
"""
draft("z01", "h974z01_school_meal_food_safety_platform.pdf", "pdf", "zh", "software", Z01,
      dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
           data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
           liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
           warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
           termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
           contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=2090000),
      [], tco=dict(base=1260000, fee=100800, warranty_months=36),
      sums=[(1260000 + 684000 + 118000 + 28000, 2090000), (418000 + 940500 + 731500, 2090000),
            (1260000 * 8 // 100, 100800)])

# ---------------------------------------------------------------- z02 (docx, zh): no SLA, subcontract on notice
Z02 = """T:洗碗机生产线控制系统改造合同
P:合同编号：CJ-SB-2027-041
P:甲方：宁波澄洁厨房电器有限公司
P:乙方：苏州衡拓自动化工程有限公司
P:甲方为提升洗碗机内胆焊接线、总装线及整机测试线的自动化和信息化水平，委托乙方对上述生产线的电气控制系统进行改造，并由乙方提供相关设备及软件。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房的六条生产线：内胆焊接线两条、总装线三条、整机测试线一条。
P:1.2 乙方负责：原控制柜拆除及新PLC控制柜的供货安装；伺服驱动系统更换；人机界面更换；整机测试线视觉检测单元的新增；产线监控软件及MES接口软件的供货、部署与程序开发；与甲方现有MES系统的数据对接；甲方操作及维修人员的培训。
P:1.3 改造须在甲方安排的停线窗口内分批完成，每条线停线时间不超过7日，且不得影响其余产线的正常生产。
P:1.4 乙方应在进场前完成现场勘察，提交详细的改造技术方案、停线计划和安全施工方案，经甲方书面确认后实施。改造中拆除的旧设备由乙方搬运至甲方仓库，归甲方处置。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾柒万元整（¥1,870,000），含13%增值税。分项价格见下表：
TB:序号|名称|规格及数量|金额（元）
TB:1|PLC控制柜|6套，每套118,000元|708,000
TB:2|伺服驱动器及伺服电机|按设备清单|326,000
TB:3|人机界面触摸屏|12台，每台9,500元|114,000
TB:4|视觉检测单元|4套，每套68,000元|272,000
TB:5|产线监控软件及MES接口软件许可|永久许可，6条线|198,000
TB:|设备及软件小计||1,618,000
TB:6|安装调试及程序开发|含拆除、布线、PLC编程|236,000
TB:7|培训|操作及维修人员|16,000
TB:|合同总价||1,870,000
P:2.2 上表价格为固定价格，包含设备运输、保险、安装、调试、软件许可及税费等全部费用，甲方不再承担其他费用。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥374,000。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥654,500。到货签收仅表示数量清点，不代表质量验收。
P:3.3 全部产线通过最终验收后，甲方支付合同总价的45%，即¥841,500。
P:3.4 乙方应在每次付款前向甲方开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后45日内将全部设备运抵甲方厂区，并于合同签订后100日内完成全部六条生产线的改造和调试。
P:4.2 乙方进场施工应遵守甲方安全生产管理制度，特种作业人员须持证上岗，动火作业须办理审批手续。乙方应为其施工人员购买意外伤害保险。
P:4.3 设备在交付甲方前的毁损、灭失风险由乙方承担。
P:4.4 乙方应随设备提供装箱单、合格证、使用说明书、电气原理图、PLC程序备份及备品备件清单。所供设备须为全新原厂产品，符合国家及行业相关标准。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线调试，全部完成后进行最终验收。验收标准为：（一）设备型号、数量与合同一致，随机资料齐全；（二）各产线节拍达到改造前的1.1倍以上；（三）视觉检测单元漏检率不高于0.2%，误判率不高于1%；（四）PLC及监控系统连续72小时带负荷试运行无停线故障；（五）MES接口数据完整、准确，与现场计数一致。
P:5.2 甲方应在乙方提交验收申请后7日内组织验收。验收合格的，双方签署验收报告；验收不合格的，乙方应在10日内整改后重新验收。设备安装完成、试运行或甲方投入生产使用，均不视为验收合格。
P:5.3 视觉检测单元的检测标准以甲方提供的缺陷样品库为准，测试样本不少于两千件，由双方共同抽取。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题发生的故障，乙方负责免费维修或更换。
P:6.2 质保期内设备出现故障的，乙方接到甲方通知后应尽快安排技术人员到场处理，并提供必要的备品备件。
P:6.3 质保期满后，甲方如需乙方继续提供维保服务，年度维保费按设备及软件小计的7%计取，即每年¥113,260；质保期满后三年内维保费不作调整。
P:6.4 乙方应为甲方免费培训维修人员不少于十名，使其能够独立完成常见故障的判断和处理，培训结束后由乙方出具培训记录。
H:第七条 知识产权
P:7.1 PLC程序、人机界面组态、MES接口程序及其源代码和技术文档，由乙方在验收时交付甲方，其知识产权归甲方所有，甲方可自行修改和使用。
P:7.2 产线监控软件的产品著作权仍归乙方，甲方获得永久使用许可。乙方保证所供设备及软件不侵犯第三方权利。
P:7.3 本项目形成的程序备份应存放于甲方指定的服务器，乙方不得保留副本。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、质量数据均归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程调试须经甲方事先批准，并通过甲方指定的VPN接入，调试结束后立即断开；乙方应采取措施防止病毒和恶意程序进入甲方工控网络。因乙方原因造成数据泄露、被篡改或生产系统受到网络攻击的，乙方应立即报告甲方，并承担由此造成的全部损失。
H:第九条 保密
P:9.1 乙方对在履约中知悉的甲方工艺、产能、产品设计及其他技术和经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至上述信息依法公开之日止。
H:第十条 分包
P:10.1 乙方可将电气安装、线缆敷设等辅助工作分包给具备相应资质的单位，但应在分包单位进场前3日书面告知甲方。乙方对分包单位的工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成交货或改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 因乙方施工原因造成甲方停线超出约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:11.4 乙方所供设备存在质量问题经两次维修仍不能正常使用的，乙方应无偿更换同型号新设备。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 合同解除后，乙方应配合甲方做好已安装设备的移交和现场恢复工作。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件（设备清单、技术方案、停线计划）为本合同不可分割的组成部分。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时书面通知对方并提供证明，双方协商延期履行或部分免除责任。
P:14.3 乙方人员在甲方厂区施工期间发生的人身伤害及财产损失，由乙方自行承担，但因甲方原因造成的除外。
P:14.4 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：宁波澄洁厨房电器有限公司　　　乙方（盖章）：苏州衡拓自动化工程有限公司
"""
draft("z02", "h974z02_dishwasher_line_control_retrofit.docx", "docx", "zh", "hardware", Z02,
      dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
           data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
           liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
           warranty_months=24, post_warranty_fee_pct=7, auto_renewal_price_increase=False,
           termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
           contract_kind="goods_or_licence"),
      dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=1870000),
      ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], tco=dict(base=1618000, fee=113260, warranty_months=24),
      sums=[(708000 + 326000 + 114000 + 272000 + 198000, 1618000), (6 * 118000, 708000), (12 * 9500, 114000),
            (4 * 68000, 272000), (1618000 + 236000 + 16000, 1870000), (374000 + 654500 + 841500, 1870000),
            (1618000 * 7 // 100, 113260)])

# ---------------------------------------------------------------- z03 (txt, zh): SaaS, availability 99.5, aggregated reuse
Z03 = """绘本阅读连锁门店预约及会员管理系统服务合同

合同编号：YDTN-SaaS-2027-009
甲方：成都悦读童年文化传播有限公司
乙方：上海书联云科技有限公司

甲方经营“悦读童年”绘本阅读馆连锁品牌，在成都、重庆两地共有三十家直营门店。甲方拟订购乙方的“书联云”预约及会员管理SaaS服务，并委托乙方完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店及总部提供书联云SaaS服务，包括：阅读课及亲子活动在线预约、会员卡与次卡管理、储值与积分、绘本借阅管理、门店收银、家长端微信小程序、总部经营报表及会员画像分析。
2. 账号数量：每家门店五个员工账号，总部二十个管理账号。服务期内乙方发布的功能更新，甲方可免费使用。
（二）实施服务
1. 乙方负责系统配置、三十家门店现有会员数据（约四万二千名会员）的清洗与导入、小程序界面按甲方品牌规范定制、与甲方现有线上商城的会员打通，以及门店店长和员工的培训。
2. 实施期自合同生效之日起60日。乙方应指定专职实施经理，并每周向甲方报告实施进度。
3. 乙方应为每家门店提供不少于一次的现场培训，为总部提供系统管理员培训，并提供操作视频和操作手册。
（三）支持服务
服务期内乙方提供每日9:00至21:00的在线客服及电话支持，节假日安排专人值班，保证门店营业时段的正常使用。

二、服务期限
本合同服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。服务期内，乙方不得单方提高订阅费单价。

三、费用及支付
（一）费用
1. 订阅费：门店订阅费每店每服务年度¥6,800，三十家门店合计¥204,000；总部管理端每服务年度¥36,000；订阅费每服务年度合计¥240,000，两个服务年度合计¥480,000。
2. 实施费：¥58,000，一次性支付。
3. 合同总价：¥538,000（含增值税）。短信通知按实际发送条数另行结算，不计入合同总价。
（二）支付
1. 实施费在上线验收合格后10个工作日内支付。
2. 第一个服务年度订阅费在上线验收合格后10个工作日内支付；第二个服务年度订阅费在该服务年度开始后10个工作日内支付。
3. 甲方在上线验收合格前无需支付任何款项。乙方应在每次收款前开具增值税发票。
4. 服务期内甲方新开门店的，按每店每服务年度¥6,800的单价按剩余月数折算增购；关闭门店的，自下一服务年度起相应减少。

四、上线验收
（一）实施完成后，乙方向甲方提交上线验收申请。验收标准为：
1. 需求确认书所列功能全部可用；
2. 会员数据导入经甲方抽查核对准确，储值余额、剩余课次与原系统一致；
3. 三十家门店均完成至少七日的并行试用，期间未发生一级故障；
4. 小程序预约、支付、核销及退款流程测试通过。
（二）甲方应在收到申请后7个工作日内组织验收，验收合格后双方签署上线验收单。系统开通或甲方试用均不视为验收合格。验收不合格的，乙方应在10日内整改。
（三）上线验收合格日期由双方在上线验收单中确认，作为服务期的起算日。

五、服务水平
（一）乙方保证SaaS服务月度可用率不低于99.5%，经甲方同意的计划维护时间除外。计划维护应安排在门店营业时间以外，并提前三日通知甲方。
（二）故障响应：一级故障（预约、收银或小程序无法使用）1小时内响应，6小时内恢复；二级故障（部分功能异常）2小时内响应，次一工作日内解决；一般咨询当日答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的2%向甲方提供服务抵扣；一级故障响应每超时1小时，抵扣¥500。抵扣金额在下一期应付订阅费中扣除，服务期最后一期的以现金退还。
（四）乙方应每月向甲方提供服务报告，内容包括可用率统计、故障记录及处理情况、功能更新说明。

六、数据
（一）甲方及其会员的数据（包括儿童及家长个人信息、预约记录、消费及借阅记录）归甲方所有。
（二）乙方可在对上述数据进行去标识化和汇总处理后，将其用于改进书联云产品及编制发布少儿阅读行业分析报告，此类汇总数据的权利归乙方所有。
（三）数据安全：乙方应依照《个人信息保护法》《数据安全法》，对甲方数据采取加密存储、传输加密、权限分级、操作日志留存等措施，数据存储于中国境内的服务器；儿童个人信息按照未成年人个人信息保护的有关规定专门处理。发生数据泄露等安全事件的，乙方应在24小时内告知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）服务期满或合同解除后30日内，乙方应向甲方完整导出全部数据，并在甲方确认后予以删除。
（五）未经甲方书面同意，乙方不得将甲方数据传输至中国境外。乙方员工访问甲方数据须经授权并留存日志。乙方应每季度进行数据备份恢复演练，并向甲方提供演练记录。

七、保密
乙方对甲方的经营数据、会员信息、门店经营策略等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。乙方应与接触甲方信息的员工签订保密协议。

八、知识产权
（一）书联云平台软件的知识产权归乙方所有。
（二）按甲方要求定制的小程序界面、品牌素材、课程模板及配置方案归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证其提供的服务不侵犯任何第三方的知识产权；如因此引起纠纷，由乙方负责处理并承担全部责任。

九、违约责任
（一）乙方未在约定实施期内完成上线的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失、数据泄露造成的损失不受此限。
（三）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
（四）因乙方原因导致系统连续停止服务超过48小时的，乙方除按第五条抵扣外，还应赔偿甲方门店因此遭受的直接损失。

十、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。乙方对经同意的分包方的行为向甲方承担连带责任。

十一、续约与解除
（一）服务期满本合同终止，不自动续期。双方如需续约，应在期满前60日另行协商签订新合同。
（二）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，并要求乙方按比例退还未使用服务期的订阅费。
（三）合同终止后30日内，乙方应保持系统只读访问，并配合甲方将数据迁移至新系统。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向甲方住所地人民法院提起诉讼。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。需求确认书为本合同附件。
因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务。双方通知以书面或电子邮件方式发送至本合同载明的联系人。本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：成都悦读童年文化传播有限公司
乙方（盖章）：上海书联云科技有限公司
"""
draft("z03", "h974z03_picture_book_chain_booking_saas.txt", "txt", "zh", "cloud", Z03,
      dict(availability_pct=99.5, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
           data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.07,
           liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
           warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
           termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
           contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=538000),
      ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
      sums=[(30 * 6800, 204000), (204000 + 36000, 240000), (2 * 240000 + 58000, 538000)])

# ---------------------------------------------------------------- z04 (txt, zh): O&M service, no data-security clause, no termination
Z04 = """临江市空气自动监测站及运维质控系统运行维护服务合同

项目编号：LJHB-CS-2027-07
采购方式：竞争性磋商
甲方（采购人）：临江市生态环境局
乙方（供应商）：江苏清岚环境科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就临江市空气质量自动监测站及大气自动站运维质控系统的运行维护服务，经协商一致，订立本合同。

第一条 服务范围
（一）临江市辖区内十四个空气质量自动监测站（含二氧化硫、氮氧化物、一氧化碳、臭氧、颗粒物分析仪，气象参数仪，数据采集仪，以及站房空调、供电和防雷设施）的日常运行维护。
（二）大气自动站运维质控系统（平台软件、数据库及服务器）的运行维护、数据审核辅助及系统小版本升级。
（三）仪器定期校准、零点及跨度核查、精密度审核、多点校准、流量检查及年度质控比对。
（四）备品备件、标准气体及耗材的供应（包干）。
（五）站房日常维护，包括站房清洁、采样管路清洗、空调及供电设施检查、避雷设施检测、消防器材检查等。
（六）配合甲方及上级生态环境部门开展的监督检查、飞行检查和第三方质控核查等工作。
（七）质控系统与省级监测数据平台之间的数据传输保障，确保数据按时上传。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。

第三条 服务费用
（一）本合同服务费总额为人民币柒拾贰万元整（¥720,000），包括：站点运维费每站¥38,500，十四个站合计¥539,000；质控系统平台运维费¥96,000；备品备件及耗材包干费¥85,000。
（二）上述费用为包干价，服务期内不因物价、人工成本变化而调整。
（三）服务费已包含乙方人员工资、社保、交通、通讯、标准物质、备品备件、耗材及税费等全部费用。

第四条 付款方式
（一）本合同不设预付款。服务费按季度支付，每季度末经甲方考核后，甲方在15个工作日内支付当季服务费¥180,000，考核扣款从当季服务费中扣除。
（二）乙方应在每次付款前开具合法有效的发票。甲方付款按财政资金支付程序办理。
（三）考核扣款累计达到当季服务费的20%的，甲方可约谈乙方负责人，乙方应提交书面整改计划。

第五条 运维要求
（一）乙方应配备不少于八名持证运维人员，其中站点运维工程师六名、平台运维工程师两名。人员名单报甲方备案，更换人员须经甲方同意。
（二）乙方每周对每个站点至少巡检一次，按国家环境监测技术规范的要求完成各项校准及质控工作，如实、完整填写运维记录，并按月向甲方提交运维报告。
（三）乙方应保证监测设备正常运行，站点数据获取率和有效率达到国家及省级考核要求。
（四）质控系统平台月可用率不低于99.95%。
（五）乙方应建立备品备件库，常用备件在临江市区内存放，确保故障时能及时更换。
（六）乙方应建立运维人员考勤制度，运维人员每日工作情况通过质控系统打卡记录，接受甲方抽查。
（七）乙方应为站点仪器设备建立设备档案，记录维修、更换、校准的全部情况，设备更换须经甲方同意。
（八）乙方应制定汛期、高温、冰冻等极端天气的应急预案，保障站点安全运行。
（九）乙方应按时参加甲方组织的运维工作例会，每季度提交季度运维总结，年终提交年度运维工作报告。

第六条 故障响应
（一）一级故障（站点数据中断、分析仪停机、平台不可用）：乙方在1小时内远程响应，城区站点3小时内、郊区站点6小时内到达现场，24小时内恢复。
（二）二级故障（单项参数异常、数据漂移）：2小时内响应，48小时内处理完毕。
（三）乙方未按时响应或到场的，每超时1小时扣减当季服务费¥500；一级故障超过48小时仍未恢复的，每站每日扣减¥1,000；平台月可用率每低于承诺值0.01个百分点，扣减¥800。
（四）乙方应每月汇总故障处理情况，分析故障原因，提出预防措施，随月度运维报告一并提交甲方。
（五）乙方应在城区设立运维服务点，配备运维车辆两台及必要的检测工具。

第七条 考核与验收
（一）甲方按季度对乙方进行考核，考核指标包括巡检及校准完成率、数据获取率、故障处理及时率、运维记录完整性，考核细则见磋商文件附件。
（二）服务期满后，甲方组织年度验收。验收标准为：全年各季度考核合格；年度质控比对全部完成且结果符合技术规范；运维档案完整移交。年度验收合格后由甲方出具验收意见。
（三）季度考核不合格的，乙方应在10日内整改，甲方可按考核细则扣减当季服务费。
（四）甲方可随时对乙方运维工作进行现场抽查，抽查结果纳入季度考核。

第八条 数据归属
监测数据、质控记录、运维档案及平台中的全部数据均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得对外发布或向任何第三方提供。

第九条 保密
乙方及其运维人员对履约中知悉的未公开环境质量信息、甲方工作资料及内部文件负有保密义务，未经甲方书面同意不得泄露。本保密义务在本合同终止后继续有效。乙方应与运维人员签订保密承诺书，并报甲方备案。

第十条 知识产权
乙方在本合同项下形成的运维报告、质控报告、校准记录等成果归甲方所有。质控系统平台软件的著作权不因本合同而转移。乙方保证所使用的技术和方法不侵犯第三方知识产权。

第十一条 违约责任
（一）乙方未按时完成年度质控比对或规定的校准任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方运维人员数量不足或擅自更换人员的，每人每日扣减¥300。
（三）乙方存在人为干扰监测设施、伪造运维记录等行为的，甲方不予支付当季服务费，并依法移交有关部门处理。
（四）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
（五）因乙方运维不当造成监测设备损坏的，乙方应负责修复或按原值赔偿。
（六）乙方运维人员在作业中发生的人身伤害事故，由乙方承担全部责任。

第十二条 分包
乙方不得将本项目转包或分包给任何第三方。乙方擅自转包或分包的，甲方有权从应付服务费中扣除相当于当季服务费十分之一的违约金。

第十三条 合同的变更与终止
（一）服务期内甲方新增或撤销站点的，服务费按站点单价和实际服务月数相应调整，双方签订补充协议。
（二）服务期满，本合同自然终止。甲方如需继续采购运维服务，依法另行组织采购。
（三）因不可抗力致使合同无法继续履行的，双方协商处理。
（四）服务期满时，乙方应向甲方或甲方指定的新运维单位移交全部站点、设备、备件清单及运维档案，并配合完成为期15日的交接。

第十四条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
竞争性磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方盖章之日起生效。乙方应遵守廉洁自律规定，不得向甲方工作人员提供任何形式的不正当利益。双方通知以书面形式送达本合同载明的地址。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：临江市生态环境局
乙方（盖章）：江苏清岚环境科技有限公司
签订日期：2026年12月　日
"""
draft("z04", "h974z04_air_monitoring_station_om_service.txt", "txt", "zh", "services", Z04,
      dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
           data_security_clause=False, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
           liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
           warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
           termination_for_breach=False, subcontract_without_consent=False, governing_law=None,
           contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=720000),
      ["CR-DATA-SECURITY", "CR-TERMINATION"],
      sums=[(14 * 38500, 539000), (539000 + 96000 + 85000, 720000), (4 * 180000, 720000)])

# ---------------------------------------------------------------- z05 (md, zh): supplier's template, many problems
Z05 = """# 匠迹工艺追溯系统软件销售及定制开发合同

（厦门匠迹软件有限公司标准合同文本 V3.0）

合同编号：JJ-XS-2027-118

甲方（买方）：泉州沉香阁香牌工作室

乙方（卖方）：厦门匠迹软件有限公司

甲方向乙方购买“匠迹工艺追溯系统”软件，并委托乙方进行定制开发。为明确双方权利义务，根据《中华人民共和国民法典》，经双方协商一致，签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供匠迹工艺追溯系统标准版软件许可，含十个工位终端授权及一个管理后台账号体系。

1.2 乙方按甲方需求进行以下定制开发：香牌配方管理；沉香、檀香及中药材粉等原料入库批次记录；和泥、压模、窨制、晾阴、打磨、穿绳等工序记录；成品一物一码扫码溯源页面。

1.3 乙方负责系统安装部署、基础数据录入指导及甲方人员的使用培训。

1.4 乙方提供的标准版功能以乙方官网公布的产品说明为准，定制开发内容以双方签字确认的《需求确认单》为准。需求确认后甲方提出变更的，乙方有权另行收费。

1.5 培训内容包括系统基础操作、工序记录录入、溯源码生成与打印及常见问题处理，培训时间为一天，培训地点在甲方工作室。

1.6 本系统运行于甲方本地服务器，乙方不提供云端托管服务。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺追溯系统软件许可（标准版，十个工位） | 268,000 |
| 2 | 定制开发（配方、工序记录、扫码溯源页面） | 76,000 |
| 3 | 安装部署及培训 | 24,000 |
| | 合计 | 368,000 |

2.1 合同总金额为人民币叁拾陆万捌仟元整（¥368,000），含增值税。

2.2 以上价格不含硬件设备。甲方需自行准备服务器、工位电脑、标签打印机及扫码设备，并满足乙方提出的配置要求。

2.3 本合同金额不包括第三方短信、云存储及扫码页面托管费用，如甲方需要，由乙方代为采购并另行结算。

2.4 合同金额一经确定，不因原材料、人工等因素变化而调整。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总金额的65%，即¥239,200。

3.2 系统安装完成后五个工作日内，甲方支付剩余的35%，即¥128,800。

3.3 甲方未按期付款的，乙方有权暂停开发、安装或服务，工期相应顺延。

3.4 乙方收到款项后开具增值税普通发票，如需开具专用发票，甲方应提供开票资料。

## 第四条 交付与安装

4.1 乙方在收到首期款后60日内完成定制开发及系统安装。

4.2 甲方应按乙方要求及时提供需求资料、工艺流程说明及测试数据，并安排专人配合。因甲方原因造成延误的，工期相应顺延。

4.3 乙方交付内容包括：软件安装程序、授权文件、用户操作手册。

4.4 乙方安装完成后向甲方出具安装完成确认单，甲方应在收到后三个工作日内签字。甲方逾期未签字的，视为已签字确认。

4.5 甲方应为乙方远程安装提供必要的网络条件，并开放远程访问权限。

## 第五条 验收

5.1 系统安装调试完成后，即视为甲方验收合格。

5.2 甲方在安装完成后发现问题的，可在免费维护期内向乙方提出，由乙方按第七条处理。

5.3 甲方开始使用系统录入正式生产数据的，亦视为验收合格。

## 第六条 知识产权

6.1 匠迹工艺追溯系统及本合同项下定制开发成果（包括源代码、功能模块、页面设计及相关文档）的知识产权均归乙方所有。

6.2 甲方在本合同约定范围内享有非独占的使用权，不得对软件进行反向工程、修改，也不得提供给第三方使用。乙方有权将定制开发成果用于其他客户。

6.3 甲方如需取得定制开发成果的源代码，应另行与乙方协商并支付费用。

## 第七条 维护服务

7.1 乙方自系统安装完成之日起提供六个月免费维护服务，内容包括故障排除和小版本更新。

7.2 故障响应：一级故障（系统无法登录或扫码溯源页面无法访问），乙方在接到报修后8小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。乙方以电话及远程方式为主提供支持，确需上门的，由乙方视情况安排。

7.3 免费维护期满后，甲方如需继续获得维护服务，应按年向乙方支付技术服务费。年度技术服务费为软件许可费的28%，即每年¥75,040。

7.4 因甲方操作不当、擅自修改配置、硬件故障或病毒造成的问题，不属于免费维护范围。

7.5 维护服务期间，乙方提供的小版本更新免费，大版本升级需另行购买。

7.6 乙方提供技术支持的时间为工作日上午九点至下午六点，节假日不提供技术支持，紧急情况除外。

## 第八条 数据

8.1 甲方在系统中录入的配方、工艺、客户及销售数据归甲方所有，乙方不得将其用于本合同以外的用途。

8.2 乙方对远程维护中接触的甲方数据采取访问控制和加密措施，维护结束后不保留任何副本；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任。

8.3 甲方应自行做好数据备份工作。

8.4 甲方不得在系统中录入违反法律法规的内容，因甲方录入数据引起的纠纷由甲方自行承担。

## 第九条 保密

双方对在合作中知悉的对方商业秘密和技术秘密承担保密义务，未经对方书面同意不得向任何第三方披露。保密期限为本合同终止后三年。保密信息不包括已经公开的信息、接收方独立开发的信息或依法律要求披露的信息。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 任何一方违约给对方造成损失的，应予赔偿，但不包括间接损失和预期利益损失。

10.4 因甲方硬件、网络或第三方软件造成的损失，乙方不承担责任。

## 第十一条 合同解除

任何一方严重违反本合同，经对方书面催告后15日内仍未改正的，守约方有权解除本合同。合同解除的，已支付的费用不予退还，但乙方根本违约的除外。

## 第十二条 不可抗力

因地震、台风、洪水、疫情等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。不可抗力事件持续超过30日的，任何一方均可书面通知对方终止本合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 通知与送达

双方联系人及联系方式以本合同签署页为准。一方向另一方发出的通知以书面、电子邮件或微信工作群消息形式送达，电子邮件发出即视为送达。任何一方变更联系方式的，应提前三日通知对方。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 本合同的任何修改须经双方书面确认。

15.3 本合同附件包括《需求确认单》《安装完成确认单》，附件与本合同具有同等效力。

甲方（签章）：泉州沉香阁香牌工作室

乙方（签章）：厦门匠迹软件有限公司

签订日期：2027年　月　日
"""
draft("z05", "h974z05_incense_studio_process_tracking_supplier_template.md", "md", "zh", "software", Z05,
      dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
           data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
           liability_cap_pct=None, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
           warranty_months=6, post_warranty_fee_pct=28, auto_renewal_price_increase=False,
           termination_for_breach=True, subcontract_without_consent=None, governing_law="PRC",
           contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
           contract_value=368000),
      ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
       "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
      tco=dict(base=268000, fee=75040, warranty_months=6),
      sums=[(268000 + 76000 + 24000, 368000), (239200 + 128800, 368000), (368000 * 65 // 100, 239200),
            (268000 * 28 // 100, 75040)])


# ---------------------------------------------------------------- e01 (pdf, en): Iowa vendor, Iowa law only
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PLS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Shandong Hengfeng Feed Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Linyi, Shandong Province (the "Customer"), and Prairie Ledger Software, Inc., an Iowa corporation with its principal office at 210 North Maple Street, Creston, Iowa 50801, United States (the "Vendor").
P:The Customer operates six feed mills in Shandong and Henan and wishes to replace its batching and formulation records with a single system. The Vendor develops MillLedger, a feed mill formulation, batching and traceability software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MillLedger Enterprise software in object code, including the formulation, batching, inventory, quality and traceability modules, and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, mill-specific configurations, scripts and documentation developed by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's written acceptance of the complete system under Article 5.
P:1.4 "Customer Data" means all formulas, batch records, supplier and customer records, quality results and other data entered into or generated by the Software for the Customer.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its six mills and its head office, for an unlimited number of named users, for the Customer's internal business purposes.
P:2.2 The Vendor shall install and configure the Software, migrate the formula library and open batch records, develop interfaces to the Customer's ERP system and to the truck scale and batching controllers at each mill, and train the Customer's users and administrators.
P:2.3 The detailed scope is set out in the Statement of Work attached as Annex 1, which forms part of this Agreement.
H:Article 3 Price and Payment
P:3.1 The total Contract Price is CNY 1,860,000, inclusive of applicable taxes, made up as follows: Perpetual Licence Fee CNY 1,180,000; implementation and configuration CNY 426,000; interface development CNY 218,000; training CNY 36,000.
P:3.2 The Contract Price is fixed. No travel, expense or other charge shall be payable by the Customer beyond the Contract Price.
P:3.3 Payment shall be made in three instalments: (a) 20% of the Contract Price (CNY 372,000) within 30 days after signature and receipt of the Vendor's invoice; (b) 45% of the Contract Price (CNY 837,000) after the Vendor has completed installation at all six mills and the Customer has signed the installation certificate, which is not an acceptance of the system; and (c) 35% of the Contract Price (CNY 651,000) within 30 days after Final Acceptance.
P:3.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 4 Delivery and Schedule
P:4.1 The Vendor shall complete installation at all six mills within 75 days after signature and shall submit the system for Final Acceptance testing within 150 days after signature.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of delay damages does not release the Vendor from its obligation to complete the work.
P:4.3 The Vendor shall appoint a named project manager who shall remain assigned to the project until Final Acceptance, unless the Customer agrees otherwise in writing.
H:Article 5 Acceptance
P:5.1 Final Acceptance testing shall show that: (a) every function listed in Annex 1 works as specified; (b) the migrated formula library and open batch records reconcile with the source records without error; (c) the ERP, truck scale and batching controller interfaces exchange data correctly at each mill during ten consecutive production days; (d) a batch report can be produced within 3 seconds with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 The Customer shall complete testing within 20 days after the Vendor's notice of readiness and shall either sign the Final Acceptance certificate or give a written list of failures. The Vendor shall correct the failures and repeat the tests.
P:5.3 Installation, go-live, productive use of the Software or any payment shall not be regarded as Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide all updates and new versions, and keep the interfaces working, free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Perpetual Licence Fee, that is CNY 129,800 per year, and shall not be increased during the first three years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
P:6.3 The Vendor shall respond to defects as follows: Severity 1 (a mill cannot batch or the system is down) within 1 hour, with a workaround within 8 hours; Severity 2 (a major function impaired) within 3 hours; Severity 3 (other defects) within two business days. Remote support is provided from the Vendor's support desk, with on-site support from its service partner in Jinan where needed.
P:6.4 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000, to be deducted from the next payment or support fee due.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software, subject to the licence granted in Article 2.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code with Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access gateway designated by the Customer, with multi-factor authentication, per-session approval and logging. Customer Data shall not be transferred outside the People's Republic of China. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law as they apply to its work.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in containing it, and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including formulas, prices and supplier terms, and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims under Article 7.3, personal injury, or wilful misconduct.
P:10.2 Neither party is liable for indirect or consequential loss, except under the exclusions in Article 10.1.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent. The Customer approves the Vendor's service partner in Jinan for on-site support. The Vendor remains responsible for the work of any subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Customer may also terminate this Agreement if delay damages under Article 4.2 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
P:12.3 The licence in Article 2.1 survives termination for any reason other than the Customer's failure to pay the Licence Fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Iowa, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration shall be Des Moines, Iowa, and the language shall be English.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:14.2 Notices shall be in writing and sent to the addresses above by courier or by email with confirmation of receipt.
P:14.3 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.
P:Annex 1: Statement of Work. Annex 2: Mill locations and interface list.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
draft("e01", "h974e01_feed_mill_software_perpetual_licence.pdf", "pdf", "en", "software", E01,
      dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
           data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
           liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
           warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
           termination_for_breach=True, subcontract_without_consent=False, governing_law="Iowa",
           contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=1860000),
      ["CR-GOVERNING-LAW"], tco=dict(base=1180000, fee=129800, warranty_months=18), forum_outside=True,
      sums=[(1180000 + 426000 + 218000 + 36000, 1860000), (372000 + 837000 + 651000, 1860000),
            (1860000 * 20 // 100, 372000), (1860000 * 45 // 100, 837000), (1180000 * 11 // 100, 129800)])


# ---------------------------------------------------------------- e02 (md, en): Kansas SaaS order form, auto-renewal + increase, 6-month cap, Kansas law
E02 = """# Neosho Ridge Software — Subscription Order Form

Order Form No. NRS-OF-27-0062

This Order Form consists of Part A (Order Details) and Part B (General Terms). When signed by both parties it forms a binding agreement (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Parties

- **Provider:** Neosho Ridge Software, LLC, a Kansas limited liability company, 1815 Main Street, Parsons, Kansas 67357, United States.
- **Customer:** Hangzhou Qingyun Home Services Co., Ltd., a company incorporated in the People's Republic of China, registered in Hangzhou, Zhejiang Province.
- **Customer contact:** Director of Service Operations. **Provider contact:** Account Manager, Asia Pacific.

### A2. Services Ordered

Provider will provide its FieldRoute cloud service for scheduling, dispatching and tracking field technicians, including the dispatcher console, the technician mobile app, customer appointment notifications, parts and van stock tracking, job costing reports and the open API (the "Service"). Customer will use the Service for its home appliance installation and repair business in Zhejiang, Jiangsu and Shanghai. The Service is hosted for Customer on a cloud region located in mainland China, operated by the hosting provider named in A5.

Provider will also perform the onboarding services described in A4 (the "Onboarding Services").

### A3. Subscription Term and Fees

The Subscription Term is 24 months, starting on the Go-Live Date defined in Section 4 of Part B, and is made up of two Subscription Years.

| Item | Quantity | Unit price per Subscription Year (CNY) | Per Subscription Year (CNY) | Subscription Term (CNY) |
|---|---|---|---|---|
| Technician seats | 180 | 1,450 | 261,000 | 522,000 |
| Dispatcher seats | 20 | 2,600 | 52,000 | 104,000 |
| Subscription subtotal | | | 313,000 | 626,000 |
| Onboarding Services (one-time) | 1 | | | 48,000 |
| **Total Contract Value** | | | | **674,000** |

All fees are in CNY and include applicable taxes. Additional seats ordered during the Subscription Term are charged pro rata at the unit prices above; SMS messages beyond 50,000 per month are charged at CNY 0.04 per message. Such usage charges are not part of the Total Contract Value.

### A4. Onboarding Services

Provider will configure the Service for Customer's 14 service branches, import the technician, customer and parts master data supplied by Customer, build the interface between the Service and Customer's order management system, set up six custom job costing reports, and train 20 dispatchers and the branch supervisors. The Target Go-Live Date is 60 days after signature of this Order Form.

### A5. Invoicing and Payment

- The Onboarding Services fee is invoiced on the Go-Live Date.
- The subscription fee for each Subscription Year is invoiced annually in advance, on the Go-Live Date and on the first day of the second Subscription Year.
- Customer pays each invoice within 30 days after receipt. No amount is payable before the Go-Live Date.
- Approved hosting provider: Alibaba Cloud (mainland China region), used by Provider as a data processor.

### A6. Renewal

The Agreement renews automatically at the end of the Subscription Term for successive renewal terms, each equal to one Subscription Year, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Provider may increase the fees for any renewal term by up to 9% over the fees of the preceding term by notice given at least 75 days before the renewal date.

**Signed for Provider:** ____________________  **Signed for Customer:** ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, including personal information of Customer's customers and technicians, that Customer or its users enter into the Service or that the Service generates from Customer's use.

1.2 "Customer Configurations" means the custom reports, workflows, forms and interface code built by Provider for Customer under A4.

1.3 "Incident" means any failure of the Service to operate in accordance with its documentation.

### 2. Provision of the Service

2.1 Provider grants Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for its internal business purposes, for the number of seats ordered.

2.2 Provider will maintain the Service, apply updates without additional charge and give Customer at least 10 days' notice of any change that materially reduces its functionality.

2.3 Customer is responsible for its users' login credentials and for the accuracy of the data it enters.

### 3. Service Levels

3.1 Provider will make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and carried out between 00:00 and 06:00 China Standard Time.

3.2 Provider will respond to Incidents as follows: Priority 1 (the Service or the dispatcher console is unavailable to all users) within 1 hour, with restoration within 6 hours; Priority 2 (a major function is impaired) within 2 hours; Priority 3 (other Incidents) within one business day. Support is available in Chinese and English.

3.3 If monthly availability falls below the commitment in 3.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below the commitment. If Provider misses a Priority 1 response time, Customer receives a credit of CNY 800 for each hour of delay. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

### 4. Onboarding and Go-Live Acceptance

4.1 When the Onboarding Services are complete, Provider will notify Customer, and Customer will carry out acceptance tests within 10 business days.

4.2 The Go-Live acceptance criteria are: (a) all master data imported and reconciled against Customer's source lists with no unexplained difference; (b) the order management interface creating and closing jobs correctly for five consecutive working days; (c) the six custom reports matching agreed sample results; and (d) no open Priority 1 or Priority 2 Incident. The Go-Live Date is the date on which Customer signs the Go-Live acceptance certificate.

4.3 If Go-Live does not occur by the Target Go-Live Date for reasons attributable to Provider, Provider will pay delay damages of 0.1% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.

### 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider will process Customer Data only to provide the Service and the Onboarding Services and in accordance with Customer's instructions, and will not use it for any other purpose.

5.2 Provider will keep Customer Data in the mainland China region named in A5, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least 180 days and maintain daily backups. Provider will comply with the PRC Personal Information Protection Law and Data Security Law when processing Customer Data.

5.3 Provider will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take all reasonable steps to contain it, and is responsible for the losses caused by its failure to meet this Section 5.

5.4 Within 30 days after the end of the Agreement, Provider will return Customer Data in a standard export format and then delete it, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 Provider owns the Service and all related software and documentation.

6.2 Customer owns the Customer Configurations. Provider will deliver them, with the interface source code, at Go-Live, and Customer may use, modify and have them modified by third parties without restriction.

### 7. Confidentiality

7.1 Each party will keep confidential the non-public information disclosed by the other party, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This obligation lasts for three years after the Agreement ends.

### 8. Subcontracting

8.1 Provider will not subcontract any of its obligations without Customer's prior written consent, except to the hosting provider approved in A5. Provider remains responsible for its subcontractors.

### 9. Limitation of Liability

9.1 Each party's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid or payable by Customer in the six (6) months preceding the event giving rise to the claim.

9.2 Neither party is liable for lost profits or indirect damages.

9.3 The limits in 9.1 and 9.2 do not apply to Customer's payment obligations, personal injury, or fraud.

### 10. Term and Termination

10.1 The Agreement starts on signature and continues until the end of the Subscription Term and any renewal term under A6.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice describing it. If Customer terminates for Provider's breach, Provider will refund the fees paid for the remainder of the Subscription Year.

10.3 Sections 5, 6, 7, 9 and 11 survive the end of the Agreement.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the State of Kansas, without regard to its conflict of laws principles.

11.2 The state and federal courts located in Kansas have exclusive jurisdiction over any dispute arising out of the Agreement, and each party submits to their jurisdiction.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

12.2 Notices must be in writing and sent to the contacts in A1 by email with a copy by courier.

12.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
"""
draft("e02", "h974e02_field_service_saas_order_form.md", "md", "en", "cloud", E02,
      dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
           data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
           liability_cap_pct=6 / 24 * 100, prepayment_pct=None, acceptance_clause=True,
           final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
           auto_renewal_price_increase=True, termination_for_breach=True, subcontract_without_consent=False,
           governing_law="Kansas", contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=674000),
      ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"], forum_outside=True,
      sums=[(180 * 1450, 261000), (20 * 2600, 52000), (261000 + 52000, 313000), (2 * 313000 + 48000, 674000)])


# ---------------------------------------------------------------- e03 (docx, en): Nebraska sensors + licence on the buyer's paper, compliant
E03 = """T:Supply Contract for Grain Bin Monitoring Sensors and Monitoring Software
P:Contract No. BC-PUR-2027-0219
P:Buyer: Jiamusi Beicang Grain Storage Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jiamusi, Heilongjiang Province (the "Buyer").
P:Supplier: Pine Ridge Sensing, Inc., a Nebraska corporation, 455 West Second Street, Chadron, Nebraska 69337, United States, acting together with its authorised service agent in Harbin (the "Supplier").
P:This Contract is issued on the Buyer's standard purchasing terms. The Buyer operates 32 grain depots with a total of 160 steel and flat storage bins and wishes to monitor grain temperature and moisture continuously. Following the Buyer's tender, the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, moisture sensors, gateways and weather stations listed in clause 2.
P:1.2 "Software" means the Supplier's BinSight monitoring software, licensed under clause 3, including its alarm, trend and aeration-control modules.
P:1.3 "Custom Work" means the depot dashboards, alarm rules, interface to the Buyer's warehouse management system, reports and configuration files produced by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
P:1.5 "Buyer Data" means all grain condition readings, alarms, depot and bin information and other data collected or processed by the Equipment or the Software.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software at the Buyer's 32 depots, develop the Custom Work, and train the Buyer's staff, as set out in the Technical Specification attached to this Contract.
P:2.2 The Contract Price is CNY 2,460,000, inclusive of VAT, import duties, freight, insurance and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 24 m, 8 sensing points|640|1,850|1,184,000
TB:2|Capacitive moisture sensors|160|2,400|384,000
TB:3|LoRa gateways with 4G backhaul|32|9,800|313,600
TB:4|Depot weather stations|4|18,500|74,000
TB:5|BinSight monitoring software, perpetual licence, 32 depots|1|286,400|286,400
TB:|Hardware and Software Subtotal|||2,242,000
TB:6|Installation and commissioning|1|196,000|196,000
TB:7|Training|1|22,000|22,000
TB:|Contract Price|||2,460,000
P:2.3 The Contract Price is fixed and shall not be adjusted for exchange rate changes or any other reason.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at all its depots and offices, for an unlimited number of users, and to copy it for backup and disaster recovery.
P:3.2 The licence is fully paid on payment of the Contract Price and is not affected by the end of any support arrangement.
H:4. Payment
P:4.1 Within 30 days after signature, and against a bank guarantee of the same amount issued by a bank acceptable to the Buyer, the Buyer shall pay an advance of 10% of the Contract Price (CNY 246,000).
P:4.2 After all Equipment has been delivered and installed at all depots and the Buyer has signed the Installation Certificate, the Buyer shall pay 55% of the Contract Price (CNY 1,353,000). The Installation Certificate confirms installation only and is not an acceptance of the system.
P:4.3 After Final Acceptance, the Buyer shall pay the remaining 35% of the Contract Price (CNY 861,000).
P:4.4 Each payment is due within 30 days after the Buyer receives a correct VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the depots within 70 days after signature and complete installation and commissioning within 120 days after signature. Installation in bins that contain grain shall follow the Buyer's safety rules for confined spaces and work at height.
P:5.2 If the Supplier fails to meet either date for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
P:5.3 Title and risk in the Equipment pass to the Buyer on delivery to each depot, without prejudice to clause 6.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 30 consecutive days (the "Trial Run"). Final Acceptance requires that: (a) all Equipment is installed as specified and reports to the Software; (b) temperature readings are within ±0.5 °C and moisture readings within ±0.8 percentage points of reference measurements taken jointly at 5% of sensing points chosen by the Buyer; (c) no gateway was offline for more than 24 hours in total during the Trial Run; (d) alarms reach the depot managers' phones within 2 minutes of a threshold event in every test; (e) the interface to the warehouse management system passes its test cases; and (f) the Custom Work and documentation are delivered.
P:6.2 If the tests fail, the Supplier shall correct the defects at its own cost within 15 days and the Trial Run shall be repeated.
P:6.3 Delivery, installation, commissioning, use of the system or any payment does not constitute Final Acceptance.
H:7. Warranty and Post-Warranty Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period it shall repair or replace defective Equipment, correct Software defects and supply new Software versions free of charge, including parts, labour and travel.
P:7.2 After the warranty period, the Buyer may order annual support for years four and five at 6% of the Hardware and Software Subtotal per year (CNY 134,520 per year). This fee is fixed and shall not be increased. Support is ordered separately each year and does not renew automatically.
P:7.3 Service levels during the warranty period and any support period are set out in the table below:
TB:Severity|Description|Response time|Restoration
TB:Severity 1|Software down, or alarms not delivered for a depot|30 minutes|8 hours
TB:Severity 2|A gateway or weather station offline|2 hours|48 hours
TB:Severity 3|Individual sensor fault or other defect|1 business day|7 days
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due or claim under the warranty bond.
H:8. Intellectual Property
P:8.1 The Supplier retains ownership of the Software, subject to the licence in clause 3.
P:8.2 The Custom Work belongs to the Buyer from its creation. The Supplier shall deliver its source files and configuration files at Final Acceptance, and the Buyer may use, modify and license the Custom Work freely.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may access it only to perform this Contract and shall not use, keep or disclose it for any other purpose.
P:9.2 The Software and Buyer Data shall be hosted on the Buyer's own servers in China. The Supplier shall access them remotely only through the Buyer's VPN with individual accounts and the Buyer's approval for each session, and shall follow the Buyer's information security rules and PRC data protection laws.
P:9.3 The Supplier shall report any security incident affecting Buyer Data to the Buyer within 6 hours of discovery, shall help to contain it, and shall compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including depot locations, grain stock levels and prices, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents to installation work by the Supplier's Harbin service agent named in the tender. The Supplier remains fully responsible for all subcontracted work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under clause 5.2 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment and work not accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin under its rules in force at the time. The award is final and binding on both parties.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure if it notifies the other party within 5 days and takes reasonable steps to reduce the effect.
P:15.2 This Contract is made in English and Chinese; both versions are equally authentic. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
draft("e03", "h974e03_grain_bin_sensors_monitoring_licence.docx", "docx", "en", "hardware", E03,
      dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
           data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
           liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
           warranty_months=36, post_warranty_fee_pct=6, auto_renewal_price_increase=False,
           termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
           contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=2460000),
      [], tco=dict(base=2242000, fee=134520, warranty_months=36),
      sums=[(640 * 1850, 1184000), (160 * 2400, 384000), (32 * 9800, 313600), (4 * 18500, 74000),
            (1184000 + 384000 + 313600 + 74000 + 286400, 2242000), (2242000 + 196000 + 22000, 2460000),
            (246000 + 1353000 + 861000, 2460000), (2460000 * 55 // 100, 1353000), (2242000 * 6 // 100, 134520)])


# ---------------------------------------------------------------- e04 (md, en): Nebraska managed services, no confidentiality, subcontract on notice
E04 = """# Managed Services Agreement — Remote Monitoring and Maintenance of Center-Pivot Irrigation Systems

Agreement No. PVRO-MSA-2027-003

**Between:** Inner Mongolia Hetao Modern Agriculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Bayannur, Inner Mongolia ("Customer"),

**and:** Platte Valley Remote Operations, Inc., a Nebraska corporation, 118 East First Street, Ogallala, Nebraska 69153, United States ("Provider").

**Background.** Customer operates 220 center-pivot irrigation systems on its farms in the Hetao irrigation district, fitted with pivot control panels, flow meters, soil moisture probes and variable-rate irrigation controllers. Provider operates a remote operations centre for irrigation equipment and provides managed monitoring and maintenance services. Customer wishes Provider to operate and maintain the monitoring and control layer of its irrigation systems for 36 months on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 3, delivered to the service levels in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.3 "Customer Data" means all field, crop, water-use, equipment and telemetry data collected from Customer's systems, and any data Customer provides to Provider.

1.4 "Site Configurations" means the pivot programmes, control logic, dashboards, alarm rules and reports prepared by Provider for Customer's farms.

## 2. Term

2.1 This Agreement starts on signature. The Services are provided for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties, at charges to be agreed.

## 3. Services

3.1 Provider will deliver the Services from its remote operations centre, staffed at all times during the irrigation season (April to October) and during business hours outside the season, and through field technicians based in Bayannur.

3.2 Provider will keep spare parts for pivot control panels, flow meters and probes at its Bayannur store in the quantities listed in Schedule 3.

3.3 Provider will submit a monthly service report to Customer, including service level performance, incidents, water use by field and recommended maintenance.

## 4. Transition

4.1 Within 75 days after signature, Provider will complete the transition: survey every pivot, connect all controllers to its monitoring platform, load the field boundaries and irrigation plans supplied by Customer, set up the alarm rules, and train Customer's farm managers.

4.2 Transition acceptance criteria: (a) all 220 pivots report position, pressure, flow and status to the monitoring platform; (b) remote start, stop and speed commands succeed on every pivot in a joint test; (c) soil moisture readings are visible for every field with probes; (d) alarms for pivot stops and pressure loss reach the farm managers within 3 minutes in every test; and (e) the operations manual and escalation list are delivered. Customer will test within 10 days after Provider's notice and sign the transition acceptance certificate or list the failures, which Provider will correct before re-testing.

4.3 If transition acceptance is delayed beyond the 75-day period for reasons attributable to Provider, Provider will pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 2,214,000.

5.2 The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears, starting in the first month after the Service Commencement Date. No amount is payable before the Service Commencement Date.

5.3 Customer pays each correct invoice within 30 days. Service credits under Schedule 1 are deducted from the next invoice.

5.4 The charges are fixed for the Service Term.

## 6. Customer Data and Data Security

6.1 Customer Data belongs to Customer. Provider will use Customer Data only to provide the Services and will not use it for any other purpose.

6.2 Provider will host its monitoring platform for Customer on servers located in mainland China, encrypt Customer Data in transit and at rest, grant access only to named personnel with multi-factor authentication, log all access and control commands, and keep daily backups for 90 days. Provider will comply with the PRC Data Security Law and Personal Information Protection Law.

6.3 Provider will notify Customer within 12 hours after becoming aware of unauthorised access to Customer Data or to Customer's control systems, will take immediate steps to contain it, and is liable for the losses caused by its failure to comply with this Section 6.

6.4 At the end of the Service Term, Provider will hand over all Customer Data in an agreed format and then delete its copies.

## 7. Intellectual Property

7.1 Provider retains ownership of its monitoring platform and tools.

7.2 Site Configurations belong to Customer. Provider will hand them over at the end of the Service Term, and Customer may use and modify them and have them used by any other provider.

## 8. Subcontracting

8.1 Provider may engage subcontractors for field maintenance, electrical work and spare parts logistics by giving Customer written notice before the subcontractor starts work. Provider remains responsible for the acts and omissions of its subcontractors.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of Section 6.

9.2 Neither party is liable for loss of profit or crop loss that is indirect, except where caused by wilful misconduct.

## 10. Termination

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice, or if the Priority 1 service level is missed in three months of any six-month period.

10.2 Provider may terminate this Agreement if Customer fails to pay undisputed charges within 60 days after a reminder.

10.3 On termination or expiry, Provider will provide exit assistance for up to 60 days at the monthly service charge pro rata, including handover of the Site Configurations, spare parts records and Customer Data.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute will be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The language of the arbitration is Chinese, with English translation at Provider's cost.

## 12. General

12.1 Neither party is liable for failure caused by force majeure, including extreme weather that prevents access to the farms, if it notifies the other party promptly.

12.2 Notices must be in writing and are sent to the addresses above.

12.3 Schedules 1 to 3 form part of this Agreement.

**Signed for Customer:** ____________________  **Signed for Provider:** ____________________

## Schedule 1 — Service Levels

| Service level | Measure | Commitment | Service credit if missed |
|---|---|---|---|
| Monitoring platform availability | Monthly, excluding agreed maintenance windows | 99.98% | 3% of the monthly service charge for each 0.02 percentage point below the commitment |
| Priority 1 response (pivot stopped with irrigation scheduled, or loss of remote control for a farm) | Time from alarm or call to engineer engagement | 45 minutes | CNY 1,000 per hour or part of an hour late |
| Priority 1 on-site attendance | Technician on site | 6 hours in season | CNY 600 per hour late |
| Priority 2 response (single sensor or meter fault) | Time to engineer engagement | 2 hours | CNY 300 per hour late |
| Preventive maintenance | Pivots serviced on schedule each quarter | All pivots | CNY 500 per pivot missed |

Total service credits in any month are limited to 20% of that month's service charge.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | Fixed | 126,000 |
| Monthly service charge | 220 pivots, fixed monthly charge | 58,000 per month |
| Monthly service charge over the Service Term | 36 months × CNY 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,214,000** |

Additional pivots connected during the Service Term are charged pro rata by agreement and are not included in the Total Contract Value. Replacement parts beyond the stock listed in Schedule 3 are charged at cost.

## Schedule 3 — Service Scope and Sites

| Farm | Pivots | Probes | Field technicians | Spare parts held |
|---|---|---|---|---|
| Linhe Farm | 64 | 32 | 2 | 4 control panels, 6 flow meters |
| Wuyuan Farm | 58 | 28 | 2 | 4 control panels, 5 flow meters |
| Hangjin Rear Banner Farm | 52 | 26 | 1 | 3 control panels, 4 flow meters |
| Urad Front Banner Farm | 46 | 24 | 1 | 3 control panels, 4 flow meters |
| **Total** | **220** | **110** | **6** | |

Services in scope: continuous remote monitoring of pivot status, pressure, flow and soil moisture; remote start, stop and programme changes on Customer's instruction; alarm handling and escalation; preventive maintenance of control panels, sensors and communication units twice each season; corrective maintenance; firmware updates after Customer approval; end-of-season winterisation checks; monthly water-use reports by field.
"""
draft("e04", "h974e04_irrigation_pivot_managed_services_36_months.md", "md", "en", "services", E04,
      dict(availability_pct=99.98, p1_response_hours=0.75, sla_remedy=True, ip_owner="buyer",
           data_security_clause=True, buyer_owns_data=True, confidentiality=False,
           ld_rate_per_day_pct=2000 / 2214000 * 100, liability_cap_pct=150, prepayment_pct=None,
           acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
           post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
           subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2214000),
      ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
      sums=[(36 * 58000, 2088000), (2088000 + 126000, 2214000), (64 + 58 + 52 + 46, 220), (32 + 28 + 26 + 24, 110)])


# ================================================================ checks
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (§3) and the TCO horizon (§4)
TH = dict(availability=99.9, p1_hours=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(d):
    t = d["tco"]
    if t is None or t.get("fee") is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    post = years * t["fee"]
    total = d["extra"]["contract_value"] + post
    return post / total * 100


def derive(d):
    """My reading of policy §3 applied to the labels."""
    t, x = d["terms"], d["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# threshold figures that no text may state
NUM = r"(?<![0-9.,])"
PATTERNS = [
    r"99\.90*(?![0-9])",
    NUM + r"4\s*-?\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b)",
    r"(?<![十0-9])四\s*个?\s*小时",
    r"\bfour\s*(?:\(\s*4\s*\)\s*)?-?\s*(?:business\s+|working\s+|clock\s+)?hours?",
    NUM + r"0\.050*(?![0-9])",
    r"万分之五(?![十0-9])",
    NUM + r"0\.5\s*‰",
    NUM + r"(?:100|30|15|40)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:百|一百|三十|十五|四十)(?![一二三四五六七八九点])",
    r"\b(?:one\s*hundred|thirty|fifteen|forty)\s*(?:\(\s*\d+\s*%?\s*\)\s*)?(?:per\s*cent|percent)",
    NUM + r"12\s*个\s*月",
    r"(?<![二三四五六七八九])十二\s*个\s*月",
    NUM + r"12\s*-?\s*(?:calendar\s*)?months?",
    r"\btwelve\s*(?:\(\s*12\s*\)\s*)?-?\s*(?:calendar\s*)?months?",
    r"(?<![第每前后同当十0-9])[一1]\s*年(?![度级])",
    r"\b(?:one|1)\s*(?:\(\s*1\s*\)\s*)?-?\s*years?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 个小时", "四小时", "4 hours", "4-hour", "four (4) hours", "0.05%",
            "万分之五", "0.5‰", "100%", "100 %", "30%", "15 %", "40％", "百分之三十", "百分之百", "thirty percent",
            "30 per cent", "12个月", "十二个月", "12 months", "twelve (12) months", "一年", "one year", "1-year",
            "质保期1年"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "万分之五十",
             "150%", "130%", "115%", "40.5%", "8.30%", "第一年", "每一年", "2027年", "第十二条", "112 months",
             "Year 1", "Subscription Year", "20%", "二十二个月", "2027年12月31日", "十二月", "2,130%", "CNY 1,100%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


def label(d):
    x = dict(d["extra"])
    if d["terms"]["contract_kind"] != "goods_or_licence":
        assert "post_warranty_fee_capped" not in x
        assert d["terms"]["warranty_months"] is None and d["terms"]["post_warranty_fee_pct"] is None
    order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
    x = {k: x[k] for k in order if k in x}
    return {"file": d["name"], "language": d["lang"], "category": d["category"], "expected_terms": d["terms"],
            "expected_extra": x, "expected_rules": d["rules"]}


def check_values(key, d):
    t = d["terms"]
    assert t["availability_pct"] != TH["availability"], key
    assert t["p1_response_hours"] != TH["p1_hours"], key
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9, key
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - TH["cap"]) > 1e-9, key
    assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - TH["prepay"]) > 1e-9, key
    assert t["warranty_months"] != TH["warranty"], key
    assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - TH["pwf"]) > 1e-9, key
    s = tco_share(d)
    assert s is None or abs(s - TH["tco"]) > 2, (key, s)
    for got, want in d["sums"]:
        assert got == want, (key, got, want)


def main(only=None):
    from word_pdf import write
    self_test()
    fired = set()
    report = []
    for key, d in DRAFTS.items():
        if only and key not in only:
            continue
        path = OUT / d["name"]
        if d["fmt"] in ("txt", "md"):
            path.write_text(d["src"], encoding="utf-8")
        else:
            write({key: d["src"]}, {key: (d["name"], d["fmt"])}, OUT, wrap_words=True)
        text = read_back(path)
        n = length(text, d["lang"])
        lo, hi = LIMITS[d["lang"]]
        hits = threshold_hits(text)
        rules = derive(d)
        s = tco_share(d)
        report.append((key, n, rules, risk(rules), None if s is None else round(s, 2)))
        print(key, d["name"], "length", n, "risk", risk(rules), "tco%", None if s is None else round(s, 2), rules)
        assert not hits, (key, hits)
        assert lo <= n <= hi, (key, n)
        check_values(key, d)
        assert rules == d["rules"], (key, rules, d["rules"])
        fired |= set(rules)
        (OUT / (Path(d["name"]).stem + ".json")).write_text(
            json.dumps(label(d), ensure_ascii=False, indent=1), encoding="utf-8")
    if not only:
        assert len(DRAFTS) == 10
        assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
        print("all 20 CR rules fire; checks passed")
    return report


sys.path.insert(0, str(OUT.parent))

# ---------------------------------------------------------------- e05 (txt, en): Kansas data/API subscription, no LD, SLA targets without remedy, aggregated reuse
E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. HPAD-DSA-2027-11

THIS AGREEMENT is made between:

(1) HIGH PLAINS AGRI-DATA, INC., a Kansas corporation with its principal office at 320 South Main Street, Pratt, Kansas 67124, United States ("Provider"); and

(2) ZHENGZHOU HUINONG CROP INSURANCE SERVICES CO., LTD., a company incorporated in the People's Republic of China with its registered office in Zhengzhou, Henan Province ("Customer").

Customer provides crop insurance underwriting and loss assessment services to insurers in Henan, Shandong and Hebei. Provider publishes gridded weather, soil moisture and satellite crop condition data and makes it available through an application programming interface. Customer wishes to subscribe to that data for two Subscription Years.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in Schedule A: daily gridded weather observations and forecasts, soil moisture estimates, vegetation indices derived from satellite imagery, and crop growth stage estimates for the Covered Region.

1.2 "Covered Region" means the provinces of Henan, Shandong and Hebei.

1.3 "API" means Provider's REST application programming interface through which the Data Products are delivered, with its documentation.

1.4 "Customer Inputs" means all data that Customer submits to the API or otherwise provides to Provider, including field coordinates, field boundaries, crop types, insured areas and claim locations.

1.5 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Start Date.

1.6 "Start Date" means the date on which Customer signs the integration acceptance certificate under Section 5.

1.7 "Custom Deliverables" means the integration scripts, field boundary layers and custom loss assessment indicators prepared by Provider for Customer under Section 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the Data Products through the API and to use them for its underwriting, pricing, loss assessment and reporting work, including in reports delivered to its insurer clients.

2.2 The Subscription Term consists of two Subscription Years starting on the Start Date.

2.3 The subscription includes up to 3,000,000 API calls per calendar month. Calls above this volume are charged as set out in Schedule B.

2.4 Customer shall not resell the Data Products as a standalone dataset or make the API available to third parties.

3. FEES AND PAYMENT

3.1 The fees are: subscription fee for the first Subscription Year CNY 386,000; subscription fee for the second Subscription Year CNY 386,000; integration support (one-time) CNY 34,000. The total fees for the Subscription Term are CNY 806,000, including VAT. Usage charges for calls above the monthly volume are not included in the total.

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration support fee is invoiced after the Start Date. No payment is due before the Start Date.

3.3 Customer shall pay each invoice within 30 days after receipt. The fees are fixed for the Subscription Term.

4. INTEGRATION SUPPORT

4.1 Within 45 days after signature, Provider shall provide API credentials for a test environment, load Customer's field boundary files for the Covered Region, build integration scripts that connect the API to Customer's underwriting and loss assessment systems, and define three custom loss assessment indicators agreed with Customer's agronomists.

4.2 Provider shall train up to 15 of Customer's analysts in the use of the API and the Data Products.

5. INTEGRATION ACCEPTANCE

5.1 When integration is complete, Provider shall notify Customer. Customer shall test within 10 business days.

5.2 The acceptance criteria are: (a) every endpoint listed in Schedule A returns data for the whole Covered Region; (b) historical data back to 2015 is available for all Data Products; (c) the integration scripts load a full day of data into Customer's systems without error on ten consecutive days; (d) values for 50 sample fields match Provider's reference extracts; and (e) the custom indicators are calculated as specified.

5.3 If the tests fail, Provider shall correct the problems and Customer shall repeat the tests. The Start Date occurs only when Customer signs the integration acceptance certificate; issuing credentials or Customer's use of the test environment is not acceptance.

6. SERVICE LEVELS

6.1 Provider targets API availability of 99.95% in each calendar month, excluding scheduled maintenance announced at least five days in advance.

6.2 Provider shall respond to support requests as follows: Priority 1 (API unavailable or returning no data for the Covered Region) within 1 hour, at any time; Priority 2 (a Data Product delayed or incomplete) within 3 hours during business hours; Priority 3 (questions and minor issues) within two business days.

6.3 Daily weather data for the previous day shall be available through the API by 08:00 China Standard Time. Satellite-derived data shall be updated within three days after each satellite pass, subject to cloud cover.

6.4 Provider shall send Customer a monthly report of availability, data timeliness and support requests. If a target in this Section 6 is missed, Provider shall provide a written root-cause analysis and corrective plan within ten business days. The targets in this Section 6 are Provider's service objectives, and a failure to meet them does not entitle Customer to any fee reduction, credit or other compensation.

7. CUSTOMER INPUTS AND DATA USE

7.1 Customer Inputs remain the property of Customer. Provider shall process Customer Inputs to provide the API responses, the Custom Deliverables and support under this Agreement.

7.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and de-identified form to calibrate and improve Provider's models and Data Products, including products offered to other customers. This licence continues after the end of this Agreement.

8. DATA SECURITY

8.1 Provider shall deliver the Data Products to Customer through API servers located in mainland China and shall store Customer Inputs only on those servers.

8.2 Provider shall protect Customer Inputs with encryption in transit and at rest, role-based access limited to personnel who need it, multi-factor authentication for administrative access, logging of all access, vulnerability scanning at least monthly and annual penetration testing by an independent firm.

8.3 Provider shall comply with the PRC Data Security Law and Personal Information Protection Law. Personal information of farmers shall not be submitted to the API except in pseudonymised form.

8.4 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Inputs, shall take immediate measures to contain it, and shall be liable for losses suffered by Customer as a result of Provider's failure to comply with this Section 8.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data Products and the API. Data Products delivered to Customer may continue to be used in reports created during the Subscription Term after the term ends.

9.2 The Custom Deliverables belong to Customer. Provider shall deliver their source code at the Start Date, and Customer may use, modify and license them without restriction.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information of the other party, including prices, underwriting methods and the terms of this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without written consent, except to professional advisers or as required by law. This obligation continues for three years after this Agreement ends.

11. LIABILITY

11.1 Each party's total liability arising out of this Agreement is limited to two times the total fees stated in Section 3.1, except for liability for personal injury, fraud, wilful misconduct or breach of Sections 8 or 10.

11.2 Provider gives no warranty that weather forecasts or crop estimates will be accurate, and Customer remains responsible for its own underwriting and loss assessment decisions.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract the hosting, delivery or support of the API, or any integration work, without Customer's prior written consent, and remains responsible for any approved subcontractor.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any further subscription requires a new order agreed by both parties.

13.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to remedy the breach within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the subscription fee for the unused part of the current Subscription Year.

13.3 Sections 7, 8, 9, 10 and 11 survive the end of this Agreement.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The arbitral award is final and binding on both parties.

15. GENERAL

15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including satellite outages, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

15.2 Notices shall be in writing and delivered to the addresses above by courier or by email with confirmation of receipt.

15.3 This Agreement, with Schedule A (Data Products and endpoints) and Schedule B (usage charges), is the entire agreement of the parties on its subject matter.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""
draft("e05", "h974e05_crop_weather_data_api_subscription.txt", "txt", "en", "cloud", E05,
      dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, ip_owner="buyer",
           data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=None,
           liability_cap_pct=200, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
           warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
           termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
           contract_kind="service"),
      dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=806000),
      ["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
      sums=[(386000 + 386000 + 34000, 806000)])

if __name__ == "__main__":
    main()
