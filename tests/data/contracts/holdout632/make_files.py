"""holdout632: builds the ten held-out drafts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf go through ../word_pdf.py (PDF lines wrapped at word boundaries).
Asserts: price sums, label values off every policy threshold, no threshold figure in any built file (as read back,
raw, whitespace-collapsed and whitespace-free), text lengths, rules derived from the labels = design list, coverage.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}
LABEL = {}

# ---------------------------------------------------------------- z01 (pdf, zh, compliant)
SRC["h632z01"] = """T:古树名木智慧监测平台采购合同
P:采购项目编号：LYJ-ZC-2026-0417        合同编号：YLJ-HT-2026-083
P:甲方（采购人）：江州市园林局
P:乙方（供应商）：杭州森维数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就江州市古树名木智慧监测平台的软件许可及定制开发事项，经协商一致，订立本合同。招标文件、投标文件及其澄清为本合同组成部分；内容不一致时，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供“森维古树名木监测平台”V3.2软件永久使用许可（不限用户数，部署于甲方政务云），并完成以下定制开发：古树名木电子档案库（覆盖全市2,186株古树及76处古树群）、树体健康巡查移动端、倾斜与雷击预警模型、“一树一码”公众查询页面及与市林长制平台、城市管理平台的数据接口。
P:1.2 乙方负责历史档案数据的整理迁移、系统部署、联调、培训及质保期内的维护服务。
P:1.3 项目实施期为合同签订之日起一百五十日内完成初验，初验后试运行六十日，试运行期满十五个工作日内组织终验。
P:1.4 乙方应指定具有同类项目经验的项目经理一名，实施期间常驻甲方现场，未经甲方书面同意不得更换。乙方应制定实施计划，经甲方确认后执行，并每周提交项目周报。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾玖万捌仟元整（¥1,298,000），为固定总价，含税，包括：平台软件许可费¥680,000；定制开发费¥436,000；数据迁移及接口费¥118,000；部署实施及培训费¥64,000。
P:2.2 除本合同另有约定外，甲方无须为履行本合同支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 初验合格后十五个工作日内，甲方支付合同总价的45%。
P:3.3 终验合格且乙方提交全部交付文档后十五个工作日内，甲方支付合同总价的35%。
P:3.4 每笔付款前乙方应开具合法有效的增值税专用发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理时间不视为甲方逾期。
H:第四条 交付与验收
P:4.1 乙方应交付：安装介质、定制功能全部源代码及编译说明、数据字典、接口文档、部署手册、用户手册、测试报告及培训记录。
P:4.2 初验标准：（1）招标文件技术需求响应表所列功能逐项测试通过；（2）迁移后的古树档案经甲方逐株抽查，与原始纸质档案一致，照片及坐标无缺失；（3）预警模型对历史倾斜事件的回放测试全部触发告警；（4）在200个并发用户条件下，常用页面响应时间不超过2秒，移动端照片上传测试无失败记录。
P:4.3 终验标准：试运行期间未发生一级故障，初验遗留问题全部关闭，第三方测评机构出具的安全测评报告无高风险项，接口与林长制平台连续运行二十日数据一致。
P:4.4 甲方应在收到验收申请后十个工作日内组织验收，验收须由甲方出具书面验收报告。系统上线使用、试运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新提交验收。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自终验合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，甲方可选择与乙方签订年度维护合同，年度维护费不超过平台软件许可费的8%（即每年不超过¥54,400），且质保期满后前三个维护年度内不上调。维护合同不自动续期，每年由甲方决定是否续签。
P:5.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告；每年汛期和台风季前对预警模型进行一次校准，校准结果报甲方确认。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护且提前三日书面告知的除外）。
P:6.2 故障分级与响应：一级故障（平台整体不可用或预警功能失效）30分钟内响应、2小时内到场或远程处置、8小时内恢复；二级故障（部分功能不可用）1小时内响应、24小时内修复；三级故障（一般问题）在下一工作日内处理完毕。
P:6.3 乙方每次超出约定响应或修复时限，每超时一小时向甲方支付¥800；月度可用率每低于约定值0.01个百分点，扣减¥1,000。上述款项可从应付款项或履约保证金中直接扣除。
P:6.4 乙方每月5日前提交上月服务报告，列明可用率、故障及处理情况和改进措施。
H:第七条 知识产权
P:7.1 本合同项下定制开发成果（含源代码、接口程序、预警模型参数、数据库结构及相关文档）的著作权及其他知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 平台标准产品的知识产权仍归乙方所有，甲方依第一条取得永久使用许可。乙方保证交付成果不侵犯第三方权利，因侵权引起的索赔由乙方负责处理并承担费用。
H:第八条 履约保证与违约责任
P:8.1 乙方在签订合同前向甲方提交合同总价5%的履约保证金，终验合格后无息退还。
P:8.2 乙方逾期完成初验或终验的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过四十五日的，甲方有权解除合同。
P:8.3 乙方交付成果不符合约定，经整改仍不合格的，甲方有权拒绝验收，并要求乙方退还已付款项、赔偿损失。
H:第九条 数据安全
P:9.1 甲方提供及平台产生的全部数据（包括古树档案、监测数据、巡查记录、影像和坐标信息）归甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，实施访问控制、加密传输、操作日志审计和最小权限管理；运维须经甲方堡垒机进行，不得将数据拷贝出政务云环境。
P:9.3 发生数据泄露、篡改或丢失时，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任，包括甲方因此遭受的损失和监管处罚。
H:第十条 保密
P:10.1 双方对在履行本合同中知悉的对方未公开信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后持续三年。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下任何工作分包或转包给第三方，亦不得转让本合同的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份、乙方二份，具有同等法律效力。
P:14.2 未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:14.3 双方联系人及通知地址以本合同首部所列为准，变更应提前书面通知对方。
P:附件：1.技术需求响应表；2.分项报价表；3.验收测试方案。
P:甲方（盖章）：江州市园林局        乙方（盖章）：杭州森维数字科技有限公司
P:签订日期：2026年11月20日
"""
LABEL["h632z01"] = dict(
    file="h632z01_garden_bureau_ancient_tree_monitoring_platform.pdf", language="zh", category="software",
    kind="goods_or_licence", value=1298000, parts=[680000, 436000, 118000, 64000],
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
    fee_base=680000, forum_outside=False, design=[])
# ---------------------------------------------------------------- z02 (docx, zh)
SRC["h632z02"] = """T:绕线生产线控制系统改造及维保合同
P:合同编号：BYQ-SB-2026-112
P:甲方（买方）：皖中变压器制造有限公司
P:乙方（卖方）：常州精控自动化系统有限公司
P:甲方拟对其二号厂房六条变压器线圈绕线生产线的电气控制系统进行改造。经技术谈判和商务比选，甲乙双方依据《中华人民共和国民法典》，就设备供货、控制软件许可、安装调试及售后维保事项订立本合同，共同遵守。
H:第一条 合同标的
P:1.1 乙方负责六条绕线线的控制柜、伺服驱动、张力控制及人机界面的供货与更换，提供绕线控制软件及MES接口软件的永久使用许可，完成旧系统拆除、新系统安装、接线、参数整定、联调、试生产及操作培训。
P:1.2 改造须在甲方安排的停线窗口内分批进行，每批不超过两条线，单批停线不超过十天，不得影响其余生产线正常生产。
P:1.3 改造完成后，绕线张力波动、层间排线精度、匝数计数误差等指标应达到附件一技术协议的要求。
P:1.4 乙方应在合同生效后十五日内提交详细设计方案，经甲方确认后方可采购和制造。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾伍万元整（¥1,850,000），含13%增值税、运输、保险、安装调试及培训费用。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含安全回路）|6面|86,000|516,000
TB:2|伺服驱动器及伺服电机|24套|18,500|444,000
TB:3|张力控制器|24台|9,800|235,200
TB:4|工控机及HMI触摸屏|6套|23,600|141,600
TB:5|绕线控制软件及MES接口软件许可|1套|318,000|318,000
TB:|设备及软件小计|||1,654,800
TB:6|安装调试（含旧系统拆除）|1项|168,000|168,000
TB:7|操作及维护培训|1项|27,200|27,200
TB:|合同总价|||1,850,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料价格或汇率变化而调整。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经双方清点签收后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 六条线全部改造完成并终验合格后，甲方支付合同总价的35%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后支付。
H:第四条 交货、安装与验收
P:4.1 乙方应于合同生效后七十五日内将全部设备运抵甲方厂区，并按第1.2款分批完成改造。
P:4.2 每条线改造完成后进行单线调试验收，指标为：连续72小时试生产无停机故障，张力波动不超过设定值的±3%，匝数误差为零，排线精度达到技术协议要求。
P:4.3 全部六条线单线验收合格并连续稳定运行三十个工作日后，甲方组织终验。终验以附件一技术协议、附件二验收大纲为依据，双方签署终验报告。试生产、投入使用或甲方支付款项，均不代表终验合格。
P:4.4 乙方应随货提供装箱单、合格证、出厂检验报告、电气原理图、接线图及操作维护手册，资料不全的视为未完成交货。
P:4.5 设备运输、装卸及安装过程中的风险由乙方承担，设备风险自终验合格之日起转移至甲方。
P:4.6 甲方应按计划安排停线窗口，提供施工所需的电源、场地和吊装设备，指派电气工程师配合调试，并及时确认各阶段验收结果。甲方未按约定提供施工条件导致工期延误的，工期相应顺延。
P:4.7 乙方施工人员进入甲方厂区应遵守甲方安全生产管理制度，动火、登高、带电作业须办理作业许可。因乙方违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:4.8 乙方应在改造完成前为甲方操作工、电气维修人员和工艺工程师分别组织培训，内容包括设备操作、参数设定、常见故障判断与处理、程序备份与恢复，总课时不少于四十学时。培训结束后进行考核，考核合格的学员应能独立完成日常操作和一般故障处理。
H:第五条 质量保证与维保
P:5.1 质保期为六个月，自终验合格之日起计算。质保期内乙方对设备和软件的质量缺陷免费维修、更换。
P:5.2 质保期满后，乙方提供年度维保服务，包括定期巡检、备件更换、软件升级及故障处理。年度维保费按设备及软件小计的22%计取，即每年人民币364,056元，按年签订维保协议，维保费不作上调。
P:5.3 故障响应：一级故障（整线停机）乙方1小时内响应，8小时内到场处理；二级故障（单台设备异常）2小时内响应，24小时内到场；三级故障在三个工作日内处理。
P:5.4 乙方未按第5.3款时限响应或到场的，每超时一小时支付人民币1,000元，甲方可从质量保证金或维保费中扣除。
P:5.5 乙方应在甲方现场储备常用易损备件（包括伺服驱动器、张力传感器、通讯模块各两套），备件清单见附件三，质保期内备件消耗由乙方免费补充。
H:第六条 知识产权
P:6.1 乙方为本项目编写的PLC程序、HMI画面、工艺参数配方模板及MES接口程序（含源程序和注释）归甲方所有，甲方可自行修改、复制及委托第三方维护。
P:6.2 标准软件产品的著作权仍属乙方，甲方依本合同取得永久、不可撤销的使用许可。
H:第七条 数据安全
P:7.1 改造和维保过程中接触的工艺参数、产量数据、设备运行数据均属甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:7.2 乙方远程维护须经甲方书面批准，通过甲方指定的VPN及审计系统进行，每次维护结束后关闭通道；乙方应保证所供软件不含恶意代码。
P:7.3 因乙方原因导致甲方数据泄露、被篡改或生产控制系统被入侵的，乙方应立即报告并配合处置，承担由此造成的全部损失。
H:第八条 保密
P:8.1 乙方对甲方的产品图纸、工艺文件、生产计划及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密期限为合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:9.2 因乙方原因造成单批停线时间超过约定的，除支付违约金外，还应赔偿甲方的直接停产损失。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:9.4 乙方提供的设备经整改两次仍不合格的，甲方有权要求退货，乙方应返还相应货款并承担退货费用。
H:第十条 分包
P:10.1 乙方不得转包本合同。安装劳务如需分包，应事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十一条 合同解除
P:11.1 乙方逾期交货超过三十五日，或设备经两次整改仍达不到技术协议要求的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 一方严重违约且在收到书面通知后十日内未纠正的，守约方有权解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同产生的争议，双方协商解决；协商不成的，提交合肥仲裁委员会仲裁，仲裁裁决为终局裁决。
H:第十三条 其他
P:13.1 本合同附件：附件一 技术协议；附件二 验收大纲；附件三 设备清单及备件清单。附件与本合同具有同等效力。
P:13.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:13.3 本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：皖中变压器制造有限公司    乙方（盖章）：常州精控自动化系统有限公司
P:日期：2026年10月28日
"""
LABEL["h632z02"] = dict(
    file="h632z02_transformer_winding_line_control_retrofit.docx", language="zh", category="hardware",
    kind="goods_or_licence", value=1850000, parts=[516000, 444000, 235200, 141600, 318000, 168000, 27200],
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=6, post_warranty_fee_pct=22, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
    fee_base=1654800, forum_outside=False,
    design=["CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])
# ---------------------------------------------------------------- z03 (txt, zh)
SRC["h632z03"] = """充电站运营管理云平台服务及实施合同

合同编号：XD-CD-2026-0931
甲方（客户）：湘电智行新能源科技有限公司
乙方（服务商）：南京桩联云科技有限公司

鉴于甲方在省内经营80座连锁公共充电站，拟采购充电站运营管理SaaS服务及配套实施服务，双方根据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方为甲方开通充电站运营管理云平台，功能包括：充电桩接入与远程监控、订单与计费管理、会员与储值、电价策略配置、站点运维工单、财务对账报表及移动端小程序。
2. 服务范围为甲方现有80座充电站，约1,460台直流及交流充电桩；新增站点按第三条约定的单价另行结算。
3. 平台部署于乙方租用的境内公有云数据中心，乙方负责平台运行、升级、备份和安全防护。
（二）实施服务
1. 完成80座站点的桩协议适配与接入，兼容OCPP 1.6J及国标协议。
2. 将甲方原有系统中的会员、储值余额、历史订单迁移至新平台。
3. 对接甲方财务系统和第三方支付通道，开发甲方定制的站点收益分析报表8张。
4. 对甲方运营、财务及站点人员进行培训。
5. 协助甲方完成与省级充电设施监管平台的数据对接。
（三）服务支持
1. 乙方提供7×24小时热线及在线工单支持，并指定专属客户成功经理。
2. 乙方每月提交服务报告，包括可用率、故障、工单处理及平台使用情况。
3. 乙方每季度组织一次服务回顾会议，听取甲方意见并提出优化建议。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起算，第一服务年度及第二服务年度各为一年。
（二）服务期满前六十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期年度的服务费由乙方根据其当年公布的价目表确定，乙方应在续期前二十日书面通知甲方调整后的价格。

三、费用及支付
（一）费用构成
1. SaaS订阅费：每站每年人民币3,150元，80座站点每服务年度人民币252,000元，两个服务年度共计人民币504,000元。
2. 实施费（一次性）：人民币86,000元。
3. 培训费（一次性）：人民币12,000元。
4. 本合同总价为人民币602,000元（含6%增值税）。
（二）支付方式
1. 实施费和培训费在上线验收合格后二十个工作日内一次性支付。
2. SaaS订阅费按季度结算，每季度结束后十五个工作日内，甲方根据乙方提供的服务报告和发票支付该季度费用63,000元。
3. 新增站点订阅费按实际接入月份折算，随当季订阅费一并结算。
（三）乙方应在每次收款前开具合法有效的增值税专用发票。
（四）新增站点单价与第（一）项一致，服务期内不作调整。

四、实施与验收
（一）乙方应在合同签订后七十日内完成全部站点接入及数据迁移，并提交上线验收申请。
（二）上线验收标准：
1. 80座站点全部接入，桩状态数据上报延迟不超过10秒；
2. 迁移的会员数量、储值余额与原系统逐户核对一致，差额为零；
3. 连续十四日试运行期间，平台订单与支付通道流水逐笔对账一致；
4. 在1,500台桩同时充电的压力测试下，订单全部创建成功且无数据丢失；
5. 定制报表经甲方业务部门逐张确认。
（三）甲方应在收到申请后七个工作日内组织验收并出具书面意见。试运行或甲方使用平台不视为验收合格。验收不合格的，乙方应在十日内整改后重新申请。
（四）乙方应在实施期间每周提交实施周报，列明完成事项、问题及风险。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护须安排在凌晨0时至6时并提前三日通知甲方。
（二）故障等级与响应：
1. 一级故障（平台整体不可用、无法启动充电或无法计费）：15分钟内响应，2小时内恢复；
2. 二级故障（部分站点或部分功能不可用）：30分钟内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：2小时内响应，三个工作日内解决。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，按当月订阅费的2%抵扣；一级故障每超出恢复时限一小时，按当月订阅费的1%抵扣；单月抵扣合计不超过当月订阅费的20%。
（四）乙方应对平台运行进行7×24小时监控，主动发现并处理故障，不得以甲方未报障为由免除责任。

六、数据安全与数据归属
（一）平台中甲方的站点数据、订单数据、会员信息及财务数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他用途，不得向任何第三方提供。
（二）乙方应落实网络安全等级保护第三级要求，对会员个人信息加密存储，实行权限分级、操作留痕和异地备份，恢复点目标不超过15分钟。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，配合调查处置，并承担因其过错造成的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后彻底删除，出具删除证明。
（五）乙方应每年委托具备资质的第三方机构对平台进行渗透测试，并向甲方提供测试结论摘要；发现高危漏洞的，应在七日内修复。

七、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的报表、接口程序及配置成果的知识产权归甲方所有，乙方应在上线验收时交付源代码和说明文档。
（三）乙方保证平台及交付成果不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担费用。

八、保密
双方对履行本合同过程中获知的对方商业秘密和未公开信息负有保密义务，保密期限至合同终止后三年。

九、违约责任
（一）乙方未按期提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
（二）乙方违反第六条约定的，除赔偿损失外，甲方有权解除合同。
（三）除第六条和故意或重大过失情形外，任何一方在本合同项下的累计赔偿责任不超过合同总价的150%。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十、分包
乙方不得将本合同项下的服务转包；确需将部分实施工作分包的，应事先征得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同并要求赔偿。
（二）连续两个月月度可用率低于约定值的，甲方有权解除合同，乙方应退还未履行期间的费用。
（三）合同解除或终止的，乙方应配合甲方完成数据交接及平台切换，过渡期不超过六十日，过渡期内服务按原标准提供。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

十三、甲方义务
（一）甲方应按实施计划提供站点清单、桩设备协议文档、原系统数据导出及必要的现场配合。
（二）甲方应妥善保管平台账号，因甲方账号管理不善造成的损失由甲方承担。
（三）甲方应按约定及时支付费用。

十四、其他
（一）本合同附件包括：服务规格说明书、站点清单、实施计划、验收测试用例。
（二）本合同一式四份，双方各执两份，自双方签章之日起生效。

甲方（盖章）：湘电智行新能源科技有限公司
乙方（盖章）：南京桩联云科技有限公司
签订日期：2026年11月6日
"""
LABEL["h632z03"] = dict(
    file="h632z03_ev_charging_station_operation_saas.txt", language="zh", category="cloud",
    kind="service", value=602000, parts=[504000, 86000, 12000],
    terms=dict(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
    fee_base=None, forum_outside=False, design=["CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL"])
# ---------------------------------------------------------------- z04 (txt, zh)
SRC["h632z04"] = """寄递业务信息系统2027年度运维服务合同

合同编号：YZ-YW-2027-006
甲方：中国邮政集团有限公司赣南市分公司
乙方：江西邮信智联技术服务有限公司

为保障甲方寄递业务信息系统安全稳定运行，甲方通过竞争性谈判确定乙方为2027年度运维服务供应商。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

第一条 服务范围
（一）运维对象：甲方寄递业务信息系统，包括揽收、分拣、转运、投递、网点收寄终端管理、电子运单及客户服务子系统，以及支撑上述系统的12台应用服务器、4台数据库服务器、2套存储、负载均衡设备和市县两级网络链路。
（二）服务内容：7×24小时系统监控；日常巡检及月度健康检查；故障诊断与处置；数据库性能优化与备份恢复演练；操作系统及中间件补丁管理；旺季（含“双十一”及春节前后）保障；年度应急演练；运维文档与配置库维护。
（四）服务交付物：运维方案、月度运维报告、季度考核报告、年度运维总结、应急预案及演练报告、系统配置台账。
（三）驻场安排：乙方派驻2名工程师在甲方机房驻场，工作时间为每日8:00至20:00，其余时间远程值守并保证随时可到场。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，双方如需继续合作，另行协商并签订新合同，本合同不自动续期。

第三条 服务费用及支付
（一）本合同年度运维服务费总额为人民币柒拾贰万陆仟元整（¥726,000），含6%增值税，包括驻场人员费用、远程支持、备件更换（单件价值5,000元以下）、差旅及工具费用。
（二）服务费按季度支付。每季度结束后，甲方依据第五条考核结果，在收到乙方季度服务报告及合法发票后二十个工作日内支付该季度服务费181,500元，考核扣减金额从中扣除。
（三）甲方不向乙方支付任何预付款。
（四）因甲方业务调整需增减运维对象的，双方按附件三所列单价协商调整服务费，并签订书面补充协议。

第四条 服务水平
（一）核心业务系统（揽收、投递、电子运单）月度可用率不低于99.95%。
（二）故障分级：
1. 一级故障：核心业务中断或全市网点无法收寄，乙方15分钟内响应，30分钟内到场，2小时内恢复业务；
2. 二级故障：部分网点或非核心子系统不可用，乙方30分钟内响应，6小时内恢复；
3. 三级故障：一般性问题，乙方2小时内响应，两个工作日内解决。
（三）旺季保障期间，乙方应增派1名工程师驻场，并每日向甲方报送系统运行日报。
（四）乙方每月5日前提交上月运维报告，内容包括可用率统计、故障清单、变更记录及风险提示。
（五）乙方应建立变更管理流程，任何涉及生产系统的变更须提前提交变更申请，经甲方批准后在约定窗口实施，并准备回退方案。
（六）乙方应每季度至少开展一次数据库备份恢复演练，每年至少开展一次核心系统应急切换演练，演练方案和结果报甲方备案。
（七）乙方应建立运维知识库，对每起一级、二级故障在处理完毕后三个工作日内提交故障分析报告，说明原因、处理过程及整改措施。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核指标为：月度可用率、故障响应及恢复时限达标率、巡检计划完成率、备份恢复演练成功率、文档更新及时率。各项指标的计分方法见附件二《运维服务考核细则》。
（二）季度考核得分90分及以上的，全额支付；每低于90分1分，扣减当季服务费的0.5%。一级故障每超出恢复时限一小时，另扣减人民币2,000元；月度可用率每低于约定值0.01个百分点，扣减人民币1,500元。
（三）服务期满后十五个工作日内，甲方组织年度验收，验收依据为本合同、附件一《运维服务需求书》及四个季度的考核结果，并形成书面验收意见。年度验收不合格的，乙方应在二十日内整改。

第六条 数据安全责任
（一）寄递业务数据、用户姓名、电话、地址等个人信息及运单信息均属甲方所有。乙方仅可为履行运维职责在甲方授权范围内访问，不得复制、下载、留存或用于其他任何目的。
（二）乙方人员须通过甲方安全审查并签署个人信息保护承诺书；所有操作通过甲方堡垒机进行并全程审计；禁止使用移动存储介质；账号实行实名、专人专用，人员离场当日注销。
（三）乙方应遵守《个人信息保护法》《数据安全法》《邮政法》及行业监管要求。发生数据泄露、篡改或丢失的，乙方应在1小时内向甲方报告并配合处置。因乙方原因造成的数据安全事件，乙方承担全部赔偿责任及监管处罚后果。
（四）服务期满或合同解除后，乙方应在五日内交还甲方提供的全部账号、设备和资料，并删除其掌握的任何甲方数据，出具书面承诺。

第七条 人员管理与双方配合
（一）乙方驻场工程师应具备三年以上同类系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前十五日书面报甲方同意，并保证工作交接完整。
（二）乙方人员在甲方场所应遵守甲方安全生产和机房管理制度。
（三）乙方应为驻场人员缴纳社会保险并承担其工资、福利等全部费用，乙方人员与甲方之间不构成劳动关系。
（四）甲方应为乙方驻场人员提供必要的办公场所、网络接入和工作账号，及时提供系统资料，指定专人负责对接，并对乙方提交的变更申请在两个工作日内答复。

第八条 知识产权
乙方在服务过程中为甲方编写的运维脚本、应急预案、配置文档、巡检报告及知识库内容归甲方所有，甲方可自由使用和修改。

第九条 违约责任
（一）乙方应于2027年1月1日起完成驻场人员到岗和运维交接。乙方逾期到岗或逾期完成交接的，每逾期一日，按本合同总额的万分之二向甲方支付违约金。
（二）因乙方原因导致一级故障全年累计超过三次的，甲方有权要求乙方更换驻场人员并支付违约金人民币20,000元。
（三）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之三支付违约金。
（四）因乙方原因导致旺季保障期间核心业务中断超过两小时的，每次另行支付违约金人民币10,000元。

第十条 分包
乙方不得将本合同服务整体或部分转包、分包。确需由原厂提供专项技术支持的，应事先征得甲方书面同意，并由乙方承担全部责任。

第十一条 合同解除
（一）乙方连续两个季度考核得分低于80分，或发生因其原因造成的重大数据安全事件的，甲方有权书面通知解除本合同。
（二）一方严重违约，经对方书面通知后十日内未纠正的，对方有权解除合同。
（三）合同解除或终止时，乙方应在十日内完成运维交接，移交全部账号、文档和资料。
（四）合同终止后，乙方应配合甲方或新的服务商完成交接，交接期间服务标准不变。

第十二条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

第十三条 其他
（一）附件一《运维服务需求书》、附件二《运维服务考核细则》、附件三《运维对象清单》为本合同组成部分。
（二）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：中国邮政集团有限公司赣南市分公司
乙方（盖章）：江西邮信智联技术服务有限公司
日期：2026年12月10日
"""
LABEL["h632z04"] = dict(
    file="h632z04_postal_delivery_system_annual_om.txt", language="zh", category="services",
    kind="service", value=726000, parts=[181500, 181500, 181500, 181500],
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.02,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
    fee_base=None, forum_outside=False, design=["CR-LD-LOW", "CR-CONFIDENTIALITY"])
# ---------------------------------------------------------------- z05 (md, zh, supplier's template)
SRC["h632z05"] = """# 本草链批次追溯管理系统 软件许可及实施合同

（本草链信息科技标准合同文本 V4.0）

合同编号：BCL-2026-ZY-057

甲方（用户）：亳源中药饮片有限公司

乙方（开发商）：本草链信息科技（合肥）有限公司

甲方因中药饮片生产质量管理及批次追溯需要，向乙方购买本草链批次追溯管理系统软件使用许可及相关实施服务。双方经协商，依据《中华人民共和国民法典》订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供本草链批次追溯管理系统标准版软件许可一套，授权甲方在其亳州生产基地内部使用，用户数不超过80个。

1.2 乙方根据甲方需求进行定制开发，内容包括：药材原料入库批次赋码、净制切制炒制等炮制工序电子批记录、质检实验室数据接口、ERP及仓储系统接口、成品追溯码打印与扫码查询、标签打印模板、移动端扫码查询小程序、GMP偏差管理模块。

1.3 乙方负责系统安装部署、基础数据初始化、接口联调及用户培训。

1.4 双方确认的需求规格说明书为本合同附件，需求变更应以书面形式确认，涉及费用的另行计价。

1.5 乙方项目团队由项目经理、实施顾问及开发工程师组成，人员安排由乙方根据项目进度确定。

1.6 乙方为甲方提供系统管理员培训及最终用户培训共计五天，培训场地和设备由甲方提供。

## 第二条 合同金额

2.1 本合同总金额为人民币壹佰壹拾陆万元整（¥1,160,000），具体如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 批次追溯管理系统软件许可（标准版） | 560,000 |
| 2 | 定制开发（赋码、电子批记录、质检及ERP接口、偏差管理） | 480,000 |
| 3 | 实施部署及数据初始化 | 96,000 |
| 4 | 用户培训 | 24,000 |
| | 合计 | 1,160,000 |

2.2 上述金额含增值税。服务器、数据库、操作系统、扫码枪、打印机等软硬件由甲方自行采购，不在本合同范围内。

2.3 甲方增加用户数的，按每用户人民币3,500元另行购买许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%。

3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%。

3.3 甲方未按期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施或暂停技术服务。

3.4 乙方在收到每期款项后开具增值税专用发票。

3.5 如甲方需要乙方提供现场服务，乙方按每人每天人民币2,800元另行收费。

## 第四条 实施与上线

4.1 乙方在收到首期款后开始实施，计划实施周期为一百二十个工作日。实施周期因甲方需求变更、场地或网络条件未就绪、基础数据提供延迟等原因延长的，乙方不承担责任。

4.2 甲方应指定项目负责人，及时提供业务资料、基础数据和测试环境，并安排关键用户参加培训。

4.3 系统安装部署完成并上线运行，即视为甲方验收合格。甲方在上线后提出的需求变更不影响验收结论。

4.4 系统上线前，乙方组织甲方关键用户进行操作测试，测试中发现的问题由乙方在上线后的维护期内逐步解决。

4.5 乙方按照双方确认的实施计划开展工作，实施计划的调整以乙方通知为准。

4.6 甲方应提供符合乙方要求的服务器、数据库及网络环境，具体配置要求见乙方提供的部署说明。因环境不符合要求导致的延期或故障，由甲方负责。

4.7 甲方应组织相关部门对乙方提交的需求调研报告及设计方案在三个工作日内确认，逾期未提出书面意见的视为确认。

## 第五条 免费维护期及售后服务

5.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持及软件缺陷修复。

5.2 甲方报告一级故障（系统无法登录或无法生成追溯码）的，乙方在24小时内响应；其他问题在三个工作日内答复。现场服务按乙方标准收费。

5.3 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度技术服务合同，服务费按乙方届时公布的服务价格标准执行。

5.4 乙方的维护服务不包括：甲方新增需求的开发、因甲方原因造成的数据修复、第三方软件问题的处理以及非乙方提供的硬件设备维护。

5.5 乙方可根据产品规划发布新版本，新版本是否适配定制开发部分，由乙方评估后另行报价。

5.6 远程支持通过电话、电子邮件及远程桌面方式提供，服务时间为工作日9:00至17:30。

## 第六条 知识产权

6.1 本系统标准版及定制开发部分（包括源代码、接口程序、数据模型、报表模板及相关文档）的知识产权均归乙方所有。

6.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对系统进行反编译、修改或向第三方提供。定制开发部分的源代码不作交付。

6.3 甲方不得自行或委托第三方对系统进行二次开发，否则乙方不再承担维护义务。

## 第七条 数据

7.1 甲方业务数据归甲方所有。乙方实施及维护人员应遵守甲方的信息安全管理规定，仅在甲方授权范围内访问系统，操作须留有日志。

7.2 乙方应采取必要的技术措施防止数据泄露、篡改和丢失；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

7.3 甲方同意，乙方可在去除企业名称等标识信息后，使用系统运行过程中产生的炮制工艺参数、质检结果等数据进行统计分析、产品优化及行业解决方案研发。

7.4 甲方应自行负责数据的日常备份，因甲方未备份造成的数据损失由甲方承担。

7.5 甲方保证其提供的数据来源合法，不侵犯任何第三方权益。

## 第八条 保密

8.1 双方对在合作过程中获知的对方技术资料、商业信息承担保密义务，未经对方书面同意不得向第三方披露。

8.2 本条保密义务在合同终止后两年内有效。

8.3 乙方有权在其宣传材料和客户案例中使用甲方名称及项目概况。

## 第九条 双方责任

9.1 乙方保证所提供的标准软件不侵犯第三方知识产权。

9.2 因甲方操作不当、擅自修改配置、硬件或网络故障等原因造成的系统问题，不属于乙方责任范围。

9.3 任何一方均不对对方的间接损失、利润损失或数据损失承担责任。

9.4 乙方对系统的技术支持以本合同约定的范围为限。

9.5 乙方对甲方因使用本系统所作出的生产、质量放行等决策不承担责任。

## 第十条 合同解除

10.1 一方严重违反本合同约定，经守约方书面通知后二十日内仍未纠正的，守约方有权书面通知解除本合同。

10.2 因甲方原因导致项目暂停超过九十日的，乙方有权解除合同，已收款项不予退还。

10.3 合同解除的，甲方已支付的款项不予退还，但乙方严重违约的除外。

## 第十一条 不可抗力

因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。不可抗力事件持续超过六十日的，双方可协商解除合同。

## 第十二条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同未尽事宜，双方另行签订补充协议。

13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

13.3 本合同附件包括：需求规格说明书、报价单、部署说明。附件与本合同具有同等效力。

13.4 双方往来通知以书面或电子邮件方式送达合同首部所列地址即视为送达。

甲方（盖章）：亳源中药饮片有限公司

乙方（盖章）：本草链信息科技（合肥）有限公司

签订日期：2026年11月18日
"""
LABEL["h632z05"] = dict(
    file="h632z05_herbal_pieces_batch_traceability_supplier_template.md", language="zh", category="software",
    kind="goods_or_licence", value=1160000, parts=[560000, 480000, 96000, 24000],
    terms=dict(availability_pct=None, p1_response_hours=24, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=None, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=None, governing_law=None),
    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
    fee_base=560000, forum_outside=False,
    design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"])
# ---------------------------------------------------------------- e01 (pdf, en, Greek vendor, law only)
SRC["h632e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AXL-CN-2026-019
P:This Agreement is made between Suzhou Hengtong Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu ("Customer"), and Axonlog Software S.A., a company incorporated in Greece with its registered office at 14 Egnatia Street, 546 30 Thessaloniki, Greece ("Vendor").
P:Customer operates three temperature-controlled warehouses in the Yangtze River Delta and wishes to replace its warehouse management software. Vendor develops the AxonWMS warehouse management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AxonWMS Enterprise Edition, version 8, in object code, with its documentation and the updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts, configuration sets and other work products developed by Vendor specifically for Customer under Article 3, with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software in respect of Customer's business, including stock records, orders, temperature logs and personal data of Customer's staff and consignees.
P:1.4 "Final Acceptance" means Customer's written confirmation under Article 5.3 that the acceptance criteria are met.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on Customer's own servers in mainland China for the internal business of Customer and its affiliates, for up to 220 named users and three warehouse sites.
P:2.2 Customer may make copies of the Software for backup, test and disaster recovery purposes. Additional users or sites may be ordered at the unit prices in Annex 2 for three years after Final Acceptance.
P:2.3 Vendor retains all intellectual property rights in the Software itself.
P:2.4 The licence includes the right to use the standard application programming interfaces of the Software to connect other systems of Customer.
H:Article 3 Services
P:3.1 Vendor shall install and configure the Software, develop interfaces to Customer's SAP ERP, transport management system and temperature sensor platform, migrate open stock and master data from the legacy system, develop twelve custom reports and the label templates described in Annex 1, and train Customer's key users and administrators.
P:3.2 Vendor shall perform the Services under the project plan in Annex 3, which targets Go-Live within 140 days after the Effective Date and Final Acceptance within 60 days after Go-Live.
P:3.3 Vendor shall assign a named project manager with at least eight years of warehouse system experience, who shall be present on site during the configuration, testing and cut-over phases.
P:3.4 Customer shall provide Vendor's team with office space, network access and test environments as listed in Annex 3, and shall make its key users available for workshops and testing according to the project plan.
H:Article 4 Prices and Payment
P:4.1 The total price is CNY 1,810,000 (one million eight hundred and ten thousand yuan), inclusive of VAT and all withholding taxes, made up of: Licence Fee CNY 1,240,000; implementation and configuration CNY 386,000; interfaces and data migration CNY 148,000; training CNY 36,000.
P:4.2 Customer shall pay: (a) 20% of the total price within 20 business days after signature, against Vendor's invoice and an advance payment guarantee from a bank acceptable to Customer; (b) 45% within 20 business days after Go-Live; and (c) 35% within 20 business days after Final Acceptance.
P:4.3 Go-Live means the first day on which Customer runs live warehouse operations on the Software. Go-Live and any payment made under Article 4.2(b) do not constitute acceptance.
P:4.4 All amounts are payable in Chinese yuan to Vendor's account stated in its invoice.
H:Article 5 Acceptance
P:5.1 Vendor shall give Customer the test scripts at least ten business days before each test phase. Customer may add test cases that reflect the requirements in Annex 1.
P:5.2 The acceptance criteria are: (a) all test cases in the acceptance test plan are passed, with no open Severity 1 or Severity 2 defect; (b) migrated stock quantities and lot numbers reconcile to the legacy system with no difference; (c) every interface exchanges messages without loss for 20 consecutive business days; (d) a wave of 3,000 order lines is released and confirmed in under 90 seconds; and (e) the system runs 30 consecutive days after Go-Live without a Severity 1 defect.
P:5.3 When the criteria are met, Customer shall sign a Final Acceptance certificate within ten business days. If any criterion is not met, Vendor shall correct the defects and repeat the relevant tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects and provide updates, upgrades and support without charge.
P:6.2 Severity 1 means the Software is down or receiving, picking or shipping cannot be performed at any site. Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and provide a workaround within 6 hours. Severity 2 incidents shall be answered within 2 business hours and Severity 3 incidents within one business day.
P:6.3 For each full hour by which Vendor misses a response or workaround time for a Severity 1 incident, Vendor shall credit Customer CNY 1,200, to be deducted from the next payment or paid within 30 days.
P:6.4 After the Warranty Period, Customer may order annual support at 9% of the Licence Fee per year (CNY 111,600), which price is fixed for the first three support years. Support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Delivery Delay
P:7.1 If Go-Live or Final Acceptance is delayed beyond the dates in Annex 3 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:7.2 If the delay exceeds 45 days, Customer may terminate this Agreement under Article 13.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code and build instructions at Final Acceptance. Customer may use, modify and license the Custom Deliverables freely.
P:8.2 Vendor shall defend Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear the resulting costs and damages.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and on Customer's instructions, and shall not use it for any other purpose.
P:9.2 Vendor's personnel shall access Customer's systems only through the remote access gateway provided by Customer, with individual accounts, multi-factor authentication and session logging. Vendor shall not copy Customer Data outside Customer's environment and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 Vendor shall notify Customer within 12 hours after becoming aware of any breach affecting Customer Data, cooperate fully in its investigation and remediation, and be liable for the losses caused by a breach attributable to Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation survives for three years after the end of this Agreement.
P:10.2 Vendor shall ensure that its personnel and any approved subcontractors are bound by confidentiality obligations no less protective than this Article 10.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the total price. The limit does not apply to breach of Articles 9 and 10, infringement claims, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the Services without Customer's prior written consent. Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:13.2 On termination by Customer for Vendor's breach before Final Acceptance, Vendor shall refund the amounts paid for the Services not accepted, and the licence granted under Article 2 shall continue if Customer has paid the Licence Fee.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Hellenic Republic.
P:14.2 Any dispute arising out of this Agreement shall be settled by arbitration in Thessaloniki under the rules of the Thessaloniki Chamber of Commerce and Industry, by a sole arbitrator, in the English language.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Requirements), Annex 2 (Price Schedule) and Annex 3 (Project Plan), is the entire agreement of the parties about its subject and may be amended only in writing signed by both parties.
P:15.2 This Agreement takes effect on the date of the last signature (the "Effective Date").
P:15.3 Notices under this Agreement shall be given in writing, in English, to the addresses stated above or to another address notified in writing, and are effective on receipt.
P:For Customer: ____________________    For Vendor: ____________________
"""
LABEL["h632e01"] = dict(
    file="h632e01_warehouse_management_licence_greek_vendor.pdf", language="en", category="software",
    kind="goods_or_licence", value=1810000, parts=[1240000, 386000, 148000, 36000],
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="Greece"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
    fee_base=1240000, forum_outside=True, design=["CR-GOVERNING-LAW"])
# ---------------------------------------------------------------- e02 (md, en, Maltese vendor)
SRC["h632e02"] = """# ORDER FORM — LEARNHUB CLOUD SUBSCRIPTION

**Order Form No.** LH-ORD-2026-0388

**Provider:** Melita Learning Systems Ltd, a company registered in Malta (C 81233), Level 3, Triq il-Merkanti, Valletta VLT 1170, Malta.

**Customer:** Chengdu Jinlan Retail Chain Co., Ltd., a company registered in the People's Republic of China, 88 Tianfu Avenue, Chengdu, Sichuan.

This Order Form consists of Part A (Order Details) and Part B (General Terms). Together they form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

LearnHub Cloud, Enterprise plan: learning management, course authoring, mobile learning app, compliance training tracking, assessments and certification, learning analytics dashboards, and single sign-on with Customer's identity provider, and the standard integrations with DingTalk and WeCom for course notifications. The Service is hosted for Customer in Provider's mainland China instance operated in a licensed data centre in Shanghai.

Permitted users: up to 1,800 active employee users of Customer and its store subsidiaries.

### A2. Subscription Term

36 months from the Service Start Date. The Service Start Date is the day after Customer signs the Onboarding Acceptance Certificate under A5.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, year 1 | 1,800 users x CNY 96 | 172,800 |
| Subscription fee, year 2 | 1,800 users x CNY 96 | 172,800 |
| Subscription fee, year 3 | 1,800 users x CNY 96 | 172,800 |
| Onboarding and configuration (one-time) | fixed | 48,000 |
| Migration of legacy course content (one-time) | fixed | 26,000 |
| **Total Contract Value** | | **592,400** |

All fees are in Chinese yuan and include VAT. The per-user price is fixed for the whole Subscription Term. Additional users may be added at CNY 96 per user per year, prorated.

### A4. Invoicing and Payment

(a) The one-time fees are invoiced after Onboarding Acceptance under A5.

(b) Each year's subscription fee is invoiced on the Service Start Date and on each anniversary of it.

(c) Customer pays each correct invoice within 30 days of receipt by bank transfer.

(d) No fee is payable before the Service Start Date except as stated in this A4.

### A5. Onboarding and Acceptance

Provider shall complete onboarding within 45 days after signature of this Order Form: tenant set-up, SSO integration, organisation structure import from Customer's HR system, configuration of 14 learning paths, migration of 620 existing courses and 3 years of training records, and administrator training.

Onboarding acceptance criteria: (i) all 620 courses open and play correctly on desktop and on the mobile app; (ii) migrated training records reconcile to the source export with no missing record; (iii) SSO login succeeds for a test group of 200 users across all store regions; (iv) the HR import runs daily for 10 consecutive days without error. Customer shall sign an Onboarding Acceptance Certificate within 7 business days after the criteria are met.

If onboarding is not accepted within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, deducted from the one-time fees.

### A6. Service Levels and Support

Availability: the Service will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 5 days in advance and performed between 00:00 and 05:00 China Standard Time.

Support: Priority 1 incidents (Service unavailable, or login impossible for more than 10% of users) — response within 30 minutes, 24 x 7, and restoration target 3 hours. Priority 2 — response within 2 hours during business hours. Priority 3 — next business day.

Service credits: for each 0.1 percentage point by which monthly availability falls below the target, Customer receives a credit of 3% of the monthly subscription fee, up to 25% per month. Credits are set off against the next invoice or, at the end of the term, paid in cash.

Signed for Provider: ____________________  Name: Daniel Farrugia, Director  Date: 2026-11-24

Signed for Customer: ____________________  Name: Liu Wei, Chief Human Resources Officer  Date: 2026-11-26

## PART B — GENERAL TERMS

### 1. The Service

1.1 Provider shall provide the Service described in Part A with reasonable skill and care and in accordance with the documentation published for the Enterprise plan.

1.2 Provider may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term.

1.3 Customer shall use the Service only for its own internal training purposes and shall keep its user credentials secure.

1.4 Customer is responsible for the accuracy and legality of the course content it uploads. Provider shall publish release notes for each new version at least 7 days before deployment.

### 2. Customer Data

2.1 "Customer Data" means all data uploaded to or generated in the Service by or for Customer, including course materials supplied by Customer, employee profiles, training records and assessment results.

2.2 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose.

2.3 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard export format and then delete it from its systems, and shall certify the deletion in writing.

2.4 Provider shall assist Customer, at no extra charge, in responding to requests from employees exercising their rights under the Personal Information Protection Law.

### 3. Data Security

3.1 Provider shall maintain the Service in accordance with the Multi-Level Protection Scheme level 3 and ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to named personnel on a need-to-know basis, log all administrative access and keep daily backups in a second data centre in mainland China.

3.2 Customer Data shall be stored and processed in mainland China only and shall not be transferred abroad.

3.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after discovery, take immediate containment measures, and bear the costs and losses arising from an incident caused by Provider's failure to comply with this section 3.

### 4. Intellectual Property

4.1 Provider owns the Service and its underlying software.

4.2 Learning paths, course templates, certificates and other configurations created by Provider specifically for Customer during onboarding belong to Customer, and Customer may use, modify and have them used by third parties without restriction.

### 5. Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of the Agreement, and not disclose it to third parties except to its professional advisers bound by similar obligations or where required by law.

5.2 This section survives for three years after the end of the Agreement.

### 6. Subcontractors

6.1 Provider may engage subcontractors, including hosting and technical support providers, to perform parts of the Service. Provider shall notify Customer in writing of each new subcontractor at least 14 days before it starts work.

6.2 Provider remains responsible for the performance of its subcontractors as for its own.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, or for loss of profits.

7.2 Each party's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid or payable by Customer in the 9 months preceding the event giving rise to the claim.

7.3 Section 7.2 does not limit liability for breach of section 3, for infringement of intellectual property rights, or for fraud.

### 8. Term and Termination

8.1 The Agreement runs for the Subscription Term stated in A2 and ends at its expiry. Any extension requires a new Order Form signed by both parties.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

8.3 Customer may also terminate by written notice if monthly availability falls below the target in A6 in three consecutive months.

8.4 On termination for Provider's breach, Provider shall refund any prepaid subscription fees for the period after termination.

8.5 On expiry or termination, Provider shall keep the Service accessible in read-only mode for 30 days so that Customer can export its data.

### 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Notices shall be in writing and sent to the addresses in this Order Form, or to another address notified in writing.

10.2 Neither party may assign the Agreement without the other's written consent.

10.3 The Agreement is the entire agreement between the parties about its subject and supersedes all prior proposals.

10.4 Provider may not use Customer's name or logo in marketing material without Customer's prior written consent.

10.5 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to limit the effects.
"""
LABEL["h632e02"] = dict(
    file="h632e02_learning_platform_saas_order_form_maltese_vendor.md", language="en", category="cloud",
    kind="service", value=592400, parts=[172800, 172800, 172800, 48000, 26000],
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=500 / 592400 * 100, liability_cap_pct=9 / 36 * 100, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=True, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
    fee_base=None, forum_outside=False, design=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"])
# ---------------------------------------------------------------- e03 (docx, en, compliant)
SRC["h632e03"] = """T:Purchase Contract for Cold-Storage Monitoring Sensors and Software Licence
P:Contract No. QFC-IT-2026-054
P:Buyer: Qingdao Fengyuan Cold Storage Co., Ltd., No. 16 Haixi Road, Huangdao District, Qingdao, Shandong, People's Republic of China.
P:Supplier: Thermiq Sensing Technologies S.A., 221 Akti Dymaion, 263 33 Patras, Greece, acting through its Shanghai representative office.
P:The Buyer operates six cold-storage warehouses and wishes to replace manual temperature recording with a wireless monitoring system. Following the Buyer's request for quotation and the Supplier's offer of 2 October 2026, the parties agree on the terms below, which are the Buyer's standard purchase terms adapted for this project.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.1.
P:1.2 "Software" means the ThermiqView monitoring software, version 5, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System at the Buyer's six sites in Qingdao and Yantai, and train the Buyer's staff, at the prices in the following table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C, IP67|420|1,180|495,600
TB:2|LoRa gateway with 4G backup and battery|36|6,400|230,400
TB:3|Door-open sensor for cold rooms and dock doors|96|820|78,720
TB:4|ThermiqView perpetual licence, up to 600 devices, on-premises|1|286,000|286,000
TB:|Equipment and licence subtotal|||1,090,720
TB:5|Installation and commissioning, six sites|1|96,000|96,000
TB:6|Calibration with traceable certificates|1|38,400|38,400
TB:7|Training of operators and administrators|1|14,880|14,880
TB:|Contract Price|||1,240,000
P:2.2 The Contract Price is fixed, includes VAT, customs duties, delivery to site, insurance and all other costs of the Supplier, and is not subject to adjustment.
P:2.3 The Buyer may order additional sensors of the same types at the unit prices in clause 2.1 for two years after Final Acceptance.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software on the Buyer's servers for the Buyer's own operations, for up to 600 devices.
P:3.2 The Buyer may copy the Software for backup and disaster recovery and may transfer the licence to an affiliate that takes over a warehouse.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 business days after signature, against the Supplier's invoice and a bank guarantee for the same amount valid until delivery.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 business days after all Equipment is delivered and installed at all six sites and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 50 days after signature and complete installation and commissioning at all sites within 85 days after signature.
P:5.2 The Supplier shall coordinate installation with each warehouse manager so that cold-room operations are not interrupted, and shall remove all packaging and waste.
P:5.3 If the Supplier fails to meet a date in clause 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct these damages from any payment.
P:5.4 Title to the Equipment passes to the Buyer on delivery to site; risk passes on Final Acceptance.
P:5.5 The Supplier shall deliver with the Equipment the packing lists, certificates of origin, factory test reports, calibration certificates, radio type approval certificates and the user and administrator manuals in Chinese.
P:5.6 Training shall consist of two days for warehouse operators at each site and three days for the Buyer's IT administrators, with Chinese materials, and shall be completed before the trial period ends.
H:6. Acceptance
P:6.1 After installation, the System shall run for a trial period of 30 consecutive days.
P:6.2 The acceptance criteria are: (a) every sensor reports to the Software at the configured interval, with no data gap longer than two reporting intervals during the trial period; (b) sensor readings agree with a calibrated reference thermometer within plus or minus 0.3 C at three test points; (c) alarms reach the duty phone and SMS recipients within 60 seconds of a threshold breach in every test; (d) the Software generates GSP-compliant temperature reports for each cold room; and (e) no Severity 1 incident occurs in the last 15 days of the trial period.
P:6.3 When all criteria are met, the Buyer shall sign the acceptance certificate within 10 business days. Installation, use of the System during the trial period or any payment does not mean acceptance.
P:6.4 If the System fails the acceptance tests, the Supplier shall remedy the defects within 15 days and the tests shall be repeated. If it fails a second time, the Buyer may reject the System and terminate under clause 13.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, and correct Software defects free of charge, and supply all Software updates.
P:7.2 Severity 1 means loss of monitoring at any cold room, or alarms not being sent. The Supplier shall respond to a Severity 1 incident within 30 minutes and restore monitoring within 8 hours, including by installing spare gateways or sensors kept at each site. Other incidents shall be answered within 2 business hours and resolved within 3 business days.
P:7.3 For each hour by which a response or restoration time in clause 7.2 is exceeded, the Supplier shall pay the Buyer CNY 1,000.
P:7.4 After the warranty period, the Supplier shall offer annual support, including battery replacement, recalibration and Software updates, at not more than 7% of the equipment and licence subtotal per year (CNY 76,350.40). This price shall not increase during the first three support years. Each support year is ordered separately by the Buyer; there is no automatic renewal.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software and the Equipment firmware.
P:8.2 Reports, dashboards, alarm rules, site maps and integration scripts developed for the Buyer under this Contract belong to the Buyer, which may use, change and license them freely. The Supplier shall hand over their source files at Final Acceptance.
P:8.3 The Supplier warrants that the System does not infringe third-party intellectual property rights and shall indemnify the Buyer against any such claim.
H:9. Data Protection and Security
P:9.1 All data collected by the System, including temperature records, alarm histories and user records, belongs to the Buyer. The Supplier shall use it only to perform this Contract.
P:9.2 The System shall be installed in the Buyer's network. The Supplier shall access it only through the Buyer's VPN with named accounts approved by the Buyer, shall not copy Buyer data outside the Buyer's network, and shall keep the firmware free of undisclosed remote access functions.
P:9.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 12 hours, cooperate in the response, and be liable for the losses caused by incidents attributable to the Supplier.
P:9.4 On request, and in any case at the end of the Contract, the Supplier shall return or destroy any Buyer data in its possession and confirm this in writing.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's customer lists, storage volumes and site layouts, and shall not disclose it without prior written consent. This clause survives for three years after the end of the Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation subcontractors named in the Supplier's offer are approved by signature of this Contract.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and fails to remedy the breach within 20 days after notice, or if liquidated damages under clause 5.3 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for Equipment and services not accepted and take back the Equipment at its cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese, both versions being equally authentic. It takes effect on signature by both parties.
P:15.2 Notices shall be made in writing to the addresses stated at the head of this Contract.
P:15.3 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party within 5 days and uses reasonable efforts to resume performance.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
LABEL["h632e03"] = dict(
    file="h632e03_cold_storage_sensors_monitoring_licence.docx", language="en", category="hardware",
    kind="goods_or_licence", value=1240000, parts=[495600, 230400, 78720, 286000, 96000, 38400, 14880],
    terms=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=7, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
    fee_base=1090720, forum_outside=False, design=[])
# ---------------------------------------------------------------- e04 (md, en, Greek vendor)
SRC["h632e04"] = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** CRT-MSA-2026-07

**Between**

**Kritonet Managed Services S.A.**, a company incorporated in Greece, 7 Leoforos Knossou, 713 06 Heraklion, Crete, Greece, acting through its wholly owned subsidiary Kritonet (Shanghai) Information Technology Co., Ltd. ("Provider"); and

**Hangzhou Ruiqi Textile Group Co., Ltd.**, 500 Xiaoshan Economic Development Zone, Hangzhou, Zhejiang, People's Republic of China ("Customer").

**Background.** Customer runs a head office, two mills and eleven sales offices in China and wishes to outsource its end-user IT support, server and network operations to Provider for a fixed period. Provider has submitted a proposal dated 9 September 2026. The parties agree as follows.

## Section 1 — Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the day after Customer signs the Transition Acceptance Certificate under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Charges" means the charges in Schedule 2.

1.5 "Service Levels" means the service levels and service credits in Schedule 3.

1.6 "Customer Data" means all data of Customer or its employees, customers and suppliers that Provider accesses, receives or processes in performing the Services.

## Section 2 — Services

2.1 From the Service Commencement Date Provider shall perform the Services described in Schedule 1 for the Term, at the Service Levels in Schedule 3.

2.2 Provider shall perform the Services with the skill, care and diligence of a competent provider of managed IT services and in accordance with ITIL practices.

2.3 Provider shall maintain an on-site team of three engineers at Customer's head office and make engineers available at the mills within the times stated in Schedule 3.

2.4 Customer shall give Provider's personnel the access to premises, systems and information reasonably needed for the Services and shall nominate a service manager.

2.5 Provider shall comply with Customer's site rules, IT policies and change management procedures that Customer gives it in writing.

2.6 Provider shall hold a monthly service meeting and a quarterly review with Customer's service manager, present the service report and agree improvement actions.

## Section 3 — Transition

3.1 Provider shall carry out the transition described in Schedule 1, Part B, within 60 days after signature of this Agreement.

3.2 If the transition is not completed within that time for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay until the Transition Acceptance Certificate is signed. Customer may deduct this amount from the Charges.

## Section 4 — Transition Acceptance

4.1 The transition is accepted when: (a) every device, server and network element in Customer's asset list is recorded in Provider's configuration database and monitored; (b) the service desk has handled live tickets for 10 consecutive business days in shadow mode with the outgoing provider, meeting the Schedule 3 response times; (c) runbooks for all 27 critical services are written and approved by Customer; and (d) backup restore tests succeed for each critical server.

4.2 Customer shall sign the Transition Acceptance Certificate within 5 business days after Provider shows that the criteria are met, or state in writing which criteria are not met.

4.3 If Customer states that criteria are not met, Provider shall correct the shortfall and show the criteria again.

## Section 5 — Charges and Payment

5.1 Customer shall pay the Charges in Schedule 2. The monthly service charge is fixed for the Term.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced quarterly in arrears, and service credits due under Schedule 3 are deducted from the next invoice.

5.3 Customer shall pay each correct invoice within 30 days after receipt.

5.4 Additional work outside Schedule 1 is performed only on Customer's written order at the rates in Schedule 2.

## Section 6 — Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services.

6.2 At the end of the Term Provider shall return all Customer Data and documentation held by it to Customer.

## Section 7 — Intellectual Property

7.1 Provider retains its tools, monitoring software and general know-how.

7.2 Provider shall ensure that no software it installs infringes any third-party rights.

7.3 Runbooks, configuration records, scripts and documentation prepared specifically for Customer belong to Customer, which may use, modify and give them to any future provider without restriction.

## Section 8 — Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked confidential or is confidential by its nature, and use it only for this Agreement.

8.2 Each party may disclose confidential information to its employees and professional advisers who need to know it and are bound by equivalent obligations, or where required by law or a regulator.

8.3 This Section survives for three years after the end of this Agreement.

## Section 9 — Personnel and Subcontracting

9.1 Provider's personnel remain under Provider's employment and control. Provider shall replace any engineer whom Customer reasonably asks to be removed.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

9.3 Provider shall keep the key personnel named in its proposal assigned to Customer for at least the first 18 months of the Term.

## Section 10 — Liability

10.1 Neither party is liable for loss of profit or for indirect or consequential loss.

10.2 Provider's total liability under this Agreement is limited to 150% of the total Charges in Schedule 2. This limit does not apply to fraud or to death or personal injury caused by negligence.

10.3 Provider shall maintain professional liability insurance of at least CNY 5,000,000 during the Term.

## Section 11 — Term and Expiry

11.1 This Agreement begins on signature and continues until the end of the Term, when it expires. Any extension shall be agreed in a written amendment at charges to be agreed.

11.2 Provider may suspend the Services or end this Agreement by 30 days' written notice if Customer fails to pay undisputed Charges within 45 days after their due date.

11.3 On expiry Provider shall support the transfer of the Services to Customer or to a new provider for up to 60 days, at the rates in Schedule 2.

## Section 12 — Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 13 — General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties about its subject.

13.2 Amendments must be in writing and signed by both parties.

13.3 If any provision is held invalid, the remaining provisions stay in force.

13.4 Neither party is liable for failure or delay caused by events beyond its reasonable control, if it informs the other party promptly.

13.5 Notices shall be given in writing to the addresses above.

For Provider: ____________________      For Customer: ____________________

## Schedule 1 — Services

**Part A — Steady-state services**

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English phone, e-mail and portal support for about 1,150 users | 24 x 7 |
| End-user support | Desktops, laptops, printers and mobile devices; installation, moves, repairs | Mon–Sat 08:00–19:00 |
| Server operations | 42 virtual and 9 physical servers: monitoring, patching, backup, restore | 24 x 7 monitoring |
| Network operations | Firewalls, switches, Wi-Fi and SD-WAN links at 14 locations | 24 x 7 monitoring |
| Identity and access | Accounts, groups, MFA tokens, joiners and leavers | Business days |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

**Part B — Transition**

| Activity | Deliverable |
|---|---|
| Asset discovery | Complete configuration database |
| Knowledge transfer from outgoing provider | Runbooks for 27 critical services |
| Monitoring set-up | All servers and network elements monitored |
| Shadow operation | 10 business days of shadow ticket handling |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | fixed | 64,000 |
| Monthly service charge | CNY 58,000 x 36 months | 2,088,000 |
| **Total Charges** | | **2,152,000** |
| Additional on-site engineer day (if ordered) | per day | 2,600 |

All Charges include VAT.

## Schedule 3 — Service Levels

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | Production at a mill stopped, or email, ERP or network down for a whole site | 15 minutes | 3 hours |
| P2 | Service degraded for many users, or one critical server down with failover | 30 minutes | 8 hours |
| P3 | Single user or single device problem | 2 business hours | 2 business days |
| P4 | Request or question | 1 business day | 5 business days |

| Service credit | Amount |
|---|---|
| Each P1 response missed | 2% of the monthly service charge |
| Each full hour a P1 resolution target is exceeded | 1% of the monthly service charge |
| Each P2 resolution target missed | 0.5% of the monthly service charge |
| Maximum credits in any month | 20% of the monthly service charge |
"""
LABEL["h632e04"] = dict(
    file="h632e04_textile_group_managed_it_services_36_months.md", language="en", category="services",
    kind="service", value=2152000, parts=[64000, 2088000],
    terms=dict(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1800 / 2152000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
               subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
    fee_base=None, forum_outside=False, design=["CR-DATA-SECURITY", "CR-TERMINATION"])
# ---------------------------------------------------------------- e05 (txt, en, Greek vendor)
SRC["h632e05"] = """AGRICULTURAL WEATHER AND CROP DATA SUBSCRIPTION AGREEMENT

Agreement reference: AGX-SUB-2026-112

PARTIES

1.1 Agrometrix Data Services I.K.E., a private company registered in Greece, 32 Papanastasiou Street, 412 22 Larissa, Greece ("Provider").

1.2 Heilongjiang Beifeng Grain Trading Co., Ltd., 19 Zhongshan Road, Nangang District, Harbin, People's Republic of China ("Customer").

1.3 Provider operates a platform that combines satellite imagery, weather station records and crop models, and delivers field-level weather, soil moisture, crop condition and yield forecast data through an application programming interface (the "API"). Customer buys and stores grain and wishes to use this data in its procurement planning and its own risk models. The parties agree as follows.

DEFINITIONS

2.1 "Licensed Data" means the data delivered through the API or in bulk files under this Agreement, covering the regions listed in Annex A.

2.2 "Customer Data" means field boundaries, storage site locations, contract volumes, queries and any other data supplied by Customer or generated from Customer's use of the API.

2.3 "Subscription Year" means each period of one year starting on the Live Date or an anniversary of it. This Agreement covers two Subscription Years.

2.4 "Live Date" means the date on which Customer signs the Integration Acceptance Certificate under clause 5.3.

2.5 "Derived Works" means models, reports, dashboards and other works created by or for Customer that use or incorporate the Licensed Data.

SUBSCRIPTION AND LICENCE

3.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the API, receive the bulk files and use the Licensed Data for Customer's internal business in mainland China, including in Derived Works.

3.2 The subscription covers: daily gridded weather observations and 15-day forecasts at 3 km resolution for the seven provinces in Annex A; weekly soil moisture and vegetation index layers; monthly yield forecasts for maize, soybean, rice and wheat at county level; and a historical archive from 2010 onwards.

3.3 Customer may make up to 2,500,000 API calls per Subscription Year and up to 60 concurrent connections. Calls above that volume are charged at the overage rate in Annex B.

3.4 Customer may keep and continue to use Derived Works after this Agreement ends, but shall not resell the Licensed Data in raw form or make it available to third parties as a data product.

3.5 Customer may allow its contractors to use the Licensed Data solely to provide services to Customer, if they are bound by use restrictions no less strict than this Agreement.

DELIVERY AND SET-UP

4.1 Within 10 business days after signature, Provider shall issue sandbox API credentials and deliver the API documentation and sample files.

4.2 Within 40 days after signature (the "Delivery Date"), Provider shall (a) configure the regions and crop layers for Customer's account; (b) deliver a historical backfill of all subscribed layers from 2010 onwards for Customer's 1,320 registered fields and 46 storage sites; (c) map Provider's data schema to Customer's data warehouse tables as specified in Annex C; and (d) issue production credentials.

4.3 If Provider does not complete clause 4.2 by the Delivery Date for reasons attributable to it, Provider shall pay Customer liquidated damages of CNY 400 for each day of delay, deducted from the set-up fee and then from the subscription fees.

4.4 Provider shall name a technical contact for the set-up and attend weekly progress calls with Customer until Integration Acceptance.

ACCEPTANCE

5.1 Customer shall test the production delivery within 15 business days after Provider notifies completion of clause 4.2.

5.2 The acceptance criteria are: (a) the backfill is complete for every registered field and every subscribed layer, with no missing month; (b) a test set of 500 queries agreed in Annex C returns results matching Provider's reference outputs; (c) the daily bulk files load into Customer's data warehouse without error for 10 consecutive days; and (d) the schema mapping in Annex C is delivered with documentation.

5.3 When the criteria are met, Customer shall sign an Integration Acceptance Certificate. If a criterion is not met, Provider shall correct the delivery and Customer shall retest.

FEES AND PAYMENT

6.1 The fees are: subscription fee for Subscription Year 1, CNY 268,000; subscription fee for Subscription Year 2, CNY 268,000; one-time set-up and backfill fee, CNY 22,000. The total fees are CNY 558,000, including VAT.

6.2 Provider shall invoice the set-up and backfill fee after Integration Acceptance, and each Subscription Year's fee on the first day of that Subscription Year.

6.3 Customer shall pay each correct invoice within 30 days after receipt. Overage charges are invoiced quarterly in arrears.

6.4 The subscription fees are fixed for both Subscription Years.

6.5 Overage charges are not part of the total fees and are payable only where actually incurred.

SERVICE AND SUPPORT

7.1 Provider will use commercially reasonable efforts to keep the API available and to deliver the daily bulk files on time, and will announce planned maintenance by e-mail in advance where practicable.

7.2 Provider offers support by e-mail and through its online ticket system during Provider's business hours, Monday to Friday, and will deal with tickets in the order of their urgency as reasonably judged by Provider.

7.3 Provider may change the API or the data formats with 60 days' notice, provided that the subscribed content is not reduced.

DATA QUALITY

8.1 The Licensed Data consists of observations, estimates and forecasts. Provider compiles it with care in line with its published methodology but does not warrant that forecasts will prove accurate.

8.2 Provider shall correct errors in the Licensed Data that Customer reports, and re-deliver the corrected files, within 5 business days.

8.3 Provider shall publish its methodology documentation and notify Customer of material changes to models or data sources at least 30 days in advance.

CUSTOMER DATA AND DATA SECURITY

9.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the subscription to Customer and shall not use it for any other purpose, including for improving its models or for other customers.

9.2 Provider shall store Customer Data on servers in mainland China operated by a licensed cloud provider, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least one year and comply with the Data Security Law and the Personal Information Protection Law.

9.3 Provider shall notify Customer within 24 hours after discovering any unauthorised access to Customer Data, take steps to contain it, and be liable for the losses that result from a breach of this clause 9.

9.4 Within 30 days after this Agreement ends, Provider shall delete Customer Data and confirm the deletion in writing.

INTELLECTUAL PROPERTY

10.1 Provider owns the Licensed Data, the API and its platform.

10.2 Provider warrants that it has the rights needed to license the Licensed Data and shall defend Customer against third-party claims that Customer's permitted use infringes their rights.

10.3 Customer owns its Derived Works. The schema mappings, transformation scripts and custom extracts prepared by Provider for Customer under clause 4.2 belong to Customer, which may use, modify and license them freely.

CONFIDENTIALITY

11.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement, and disclose it only to staff and advisers who need to know it and who are bound by similar duties. The terms of this Agreement and Customer's field and storage locations are confidential.

11.2 This clause continues for three years after this Agreement ends.

LIABILITY

12.1 Neither party is liable for loss of profit or indirect loss.

12.2 Each party's total liability under this Agreement is limited to twice the total fees in clause 6.1, except for breach of clauses 9 and 11, infringement of intellectual property rights or wilful misconduct, which are not limited.

SUBCONTRACTING

13.1 Provider shall not subcontract any of its obligations without Customer's prior written consent. The cloud hosting provider named in Annex D is approved by signature of this Agreement.

TERM AND TERMINATION

14.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

14.3 If Customer terminates under clause 14.2, Provider shall refund the fees paid for the period after termination.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force.

GENERAL

16.1 Annex A (Regions and Layers), Annex B (Overage Rates), Annex C (Schema Mapping and Test Queries) and Annex D (Hosting Provider) form part of this Agreement.

16.2 This Agreement may be changed only in writing signed by both parties.

16.3 Notices shall be given in writing, in English, to the addresses above, with an e-mail copy to the contacts named in Annex D.

16.4 Neither party may assign this Agreement without the other party's prior written consent.

16.5 Neither party is liable for delay caused by events beyond its reasonable control, if it notifies the other party promptly and takes reasonable steps to limit the effects.

SIGNATURES

For Provider: ____________________   For Customer: ____________________
"""
LABEL["h632e05"] = dict(
    file="h632e05_agri_weather_crop_data_api_subscription.txt", language="en", category="cloud",
    kind="service", value=558000, parts=[268000, 268000, 22000],
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=400 / 558000 * 100, liability_cap_pct=200, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
    fee_base=None, forum_outside=False, design=["CR-SLA-MISSING", "CR-SLA-RESPONSE"])

# ================================================================ checks and build
RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
         "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
         "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
         "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law"]


def tco_share(lab):
    t = lab["terms"]
    if lab["kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None \
            or not lab["extra"]["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * lab["fee_base"]
    return fees / (lab["value"] + fees) * 100


def derive(lab):
    """My reading of policy section 3 applied to the label."""
    t, x, goods = lab["terms"], lab["extra"], lab["kind"] == "goods_or_licence"
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or lab["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(lab)
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


PCT = r"\s*(?:%|％|percent|per\s*cent)"
ZH_NUM = "一二三四五六七八九十百千零〇"
PATTERNS = [
    r"(?<![\d.,])99\.9(?!\d)",
    r"(?<![\d.,])4\s*(?:-\s*)?(?:hours?|hrs?|h(?![a-z])|个?小时)", r"\bfour[\s-]*hours?",
    r"(?<![%s])四个?小时" % ZH_NUM,
    r"(?<![\d.,])0\.05(?!\d)", r"万分之五(?![%s])" % ZH_NUM, r"千分之零点五",
    r"(?<![\d.,])100" + PCT, r"百分之一?百", r"one\s*hundred" + PCT,
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![%s])" % ZH_NUM, r"thirty" + PCT,
    r"(?<![\d.,])15" + PCT, r"百分之十五(?![%s])" % ZH_NUM, r"fifteen" + PCT,
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![%s])" % ZH_NUM, r"forty" + PCT,
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![%s])十二个月" % ZH_NUM, r"twelve[\s-]*months?",
    r"(?<![\d.,])5\s*(?:-\s*)?(?:years?|年)", r"(?<![%s])五年" % ZH_NUM, r"\bfive[\s-]*years?",
    r"(?<![\d.,])60\s*(?:-\s*)?(?:months?|个月)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4-hour", "4小时", "四小时", "four hours", "0.05%", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "百分之三十", "thirty percent", "15 %", "百分之十五",
            "40 per cent", "百分之四十", "forty percent", "12 months", "12个月", "十二个月", "twelve months",
            "12-month", "5 years", "5年", "五年", "five years", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "14 hours", "0.5%", "0.08%", "150%", "130%",
             "35%", "45%", "2027年12月31日", "2026年", "1.5%", "115%", "40 days", "30 days", "12台", "4台",
             "万分之八", "三年", "15-day forecasts", "three years", "36 months", "1,240,000"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    targets = {}
    for key, lab in LABEL.items():
        assert lab["file"].startswith(key + "_"), key
        ext = lab["file"].rsplit(".", 1)[1]
        if ext in ("txt", "md"):
            (OUT / lab["file"]).write_text(SRC[key], encoding="utf-8")
            print("wrote", lab["file"])
        else:
            targets[key] = (lab["file"], ext)
    write(SRC, targets, OUT, wrap_words=True)
    covered = set()
    for key, lab in LABEL.items():
        t = lab["terms"]
        assert list(t) == TERM_KEYS, key
        assert sum(lab["parts"]) == lab["value"], (key, sum(lab["parts"]), lab["value"])
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, v)
        share = tco_share(lab)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        goods = lab["kind"] == "goods_or_licence"
        assert goods == ("post_warranty_fee_capped" in lab["extra"]), key
        if not goods:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        rules = derive(lab)
        assert rules == sorted(lab["design"]), (key, rules, sorted(lab["design"]))
        covered |= set(rules)
        text = read_back(OUT / lab["file"])
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(form)
            assert not m, (key, m.group(0), form[max(0, m.start() - 40):m.end() + 40])
        extra = dict(lab["extra"])
        extra["contract_value"] = lab["value"]
        out = {"file": lab["file"], "language": lab["language"], "category": lab["category"],
               "expected_terms": dict(t, contract_kind=lab["kind"]), "expected_extra": extra,
               "expected_rules": rules}
        (OUT / (lab["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-5s len=%d  share=%s  risk=%s  %s" % (key, lab["language"], n,
              None if share is None else round(share, 2), risk(rules), ", ".join(rules) or "(none)"))
        assert lo <= n <= hi, (key, n, lo, hi)
    assert covered == set(RULES), sorted(set(RULES) - covered)
    comp = [k for k, lab in LABEL.items() if not lab["design"]]
    assert sorted(comp) == ["h632e03", "h632z01"], comp
    assert LABEL["h632e01"]["design"] == ["CR-GOVERNING-LAW"] and 8 <= len(LABEL["h632z05"]["design"]) <= 10
    print("all checks passed")


if __name__ == "__main__":
    main()
