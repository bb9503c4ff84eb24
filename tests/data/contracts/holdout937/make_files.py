"""holdout937: builds the ten held-out draft contracts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx and .pdf go through ../word_pdf.py; .txt and
.md are written as they are. The labels are derived from the TERMS dicts; the expected rules are derived from the
terms with this folder's reading of policy §3 and compared with the design list; lengths, thresholds and rule coverage
are asserted on the files as read back.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 with 1.1 sub-clauses)
Z01 = """T:报刊亭便民服务管理平台采购合同
P:合同编号：SW-ZFCG-2026-0417
P:采购人（甲方）：临川市商务局
P:供应商（乙方）：江右数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就报刊亭便民服务管理平台采购事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供报刊亭便民服务管理平台软件许可（永久使用许可，不限用户数），并完成定制开发、部署实施和培训。平台用于全市412个报刊亭的点位管理、经营者资质审核、日常巡查、便民服务事项登记和统计分析。
P:1.2 定制开发内容包括：报刊亭点位电子地图与档案管理模块、经营者申请及年审线上办理模块、城管与商务联合巡查移动端应用、便民服务（代收快递、公交卡充值、旅游咨询）登记与评价模块、与市政务服务平台统一身份认证及数据共享接口。
P:1.3 具体功能清单和技术参数以招标文件第三章及乙方投标文件技术响应表为准，技术响应表作为本合同附件一。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰壹拾壹万元整（¥1,110,000.00），其中：平台软件许可费¥620,000；定制开发费¥415,000；部署实施费¥58,000；培训费¥17,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、部署、差旅、税费及质保期内的全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥222,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥499,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥388,500。
P:3.4 乙方开户银行及账号以乙方书面确认为准，款项通过国库集中支付系统支付。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后七十五日内完成平台部署及定制开发，并在甲方指定的政务云环境中上线试运行。
P:4.2 乙方应指派项目经理一名常驻甲方，未经甲方同意不得更换。项目组成员名单、资质证明及联系方式作为附件二的组成部分，人员变更须提前十日书面报甲方同意。
P:4.3 乙方应在上线试运行前完成培训：对甲方管理人员进行平台管理和统计分析培训不少于两天，对各区巡查人员和报刊亭经营者代表进行移动端及线上申报操作培训，并提供书面及视频操作手册。
P:4.4 甲方负责提供政务云资源、网络环境、统一身份认证接入许可以及现有报刊亭档案资料，并指定专人协调各区商务部门配合实施。
H:第五条 验收
P:5.1 初步验收：平台部署完成后，甲方组织功能测试，全部功能清单逐项通过、无一级和二级缺陷、统一身份认证接口连续七日调用成功的，出具初步验收意见。
P:5.2 最终验收：试运行满六十日，期间未发生一级故障，页面平均响应时间不超过2秒（200个并发用户），并通过第三方安全检测，且乙方交付全部源代码、设计文档、用户手册后，甲方组织专家进行最终验收，出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并承担费用。
H:第六条 质保与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%（即每年不超过¥49,600），质保期满后三年内不得上调。
P:6.3 服务水平：平台月可用率不低于99.95%；一级故障（平台整体无法访问或数据无法提交）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.4 乙方未达到上述响应或恢复时限的，每超时一小时扣减服务费¥800；月可用率每低于约定值0.01个百分点，扣减¥1,000，从应付款项中直接扣除。
P:6.5 质保期内乙方每季度对平台进行一次全面巡检并提交巡检报告；重大节假日及市级重要活动期间，乙方应安排技术人员专人值守。
H:第七条 数据安全
P:7.1 平台中的报刊亭点位信息、经营者个人信息、巡查记录及全部业务数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，采取加密存储、访问控制、操作日志审计等措施；运维人员须经甲方审批后通过堡垒机访问，不得将数据复制到政务云以外。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的，由乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、内部资料及未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，甲方有权自行修改、使用及许可他人使用。
P:9.2 平台标准软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方权利，如发生侵权纠纷由乙方负责处理并承担全部费用。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权退货并要求乙方赔偿损失。
H:第十一条 分包与转让
P:11.1 本项目不允许分包，乙方不得将本合同的全部或部分义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:12.3 合同解除或终止后，乙方应在十五日内向甲方移交全部数据、源代码及技术文档，并配合甲方完成平台迁移。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力导致一方不能履行合同的，应在事件发生后三日内书面通知对方，并在十五日内提供有关证明。受影响方在不可抗力影响范围内免除责任，但应采取措施减少损失。
H:第十五条 通知与廉洁
P:15.1 本合同项下的通知以书面形式送达合同首部所列地址，变更地址的一方应及时书面告知对方。
P:15.2 乙方不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益；违反的，甲方有权解除合同并依法处理。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及附件均为本合同的组成部分，与本合同具有同等效力。本合同未尽事宜，双方可签订补充协议。
P:16.2 本合同一式六份，甲乙双方各执二份，政府采购监管部门、采购代理机构各一份，自双方签字盖章之日起生效。
P:附件一：技术响应表；附件二：项目实施计划。
P:甲方（盖章）：临川市商务局    乙方（盖章）：江右数联信息技术有限公司
"""

# ---------------------------------------------------------------- z02 (docx, 第X条, Word price table)
Z02 = """T:生产线控制系统改造合同
P:合同编号：HL-SB-2026-083
P:甲方（买方）：常州恒力手推车制造有限公司
P:乙方（卖方）：苏州启控自动化工程有限公司
P:甲方拟对其焊接、折弯、喷涂、总装四条手推车生产线的电气控制系统进行改造，乙方负责设备供货、控制程序编制、安装调试及培训。双方经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 四条生产线原继电器控制柜全部更换为PLC控制柜，增加伺服及变频驱动、工位传感器和安全光栅，配置触摸屏人机界面，并部署产线监控软件，实现工位节拍、设备状态和故障报警的集中监视。
P:1.2 乙方负责编制各产线的PLC控制程序、HMI画面和监控软件组态，并完成与甲方现有ERP系统的产量数据对接。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾万元整（¥1,800,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含柜体、PLC、I/O模块）|4套|168,000|672,000
TB:2|伺服及变频驱动|1批|386,000|386,000
TB:3|工位传感器与安全光栅|1批|214,000|214,000
TB:4|触摸屏人机界面|8台|9,000|72,000
TB:5|产线监控软件许可（永久）|1套|240,000|240,000
TB:软硬件小计|||| 1,584,000
TB:6|控制程序编制与调试|1项|136,000|136,000
TB:7|安装及停线切换|1项|62,000|62,000
TB:8|操作与维护培训|1项|18,000|18,000
TB:合计||||1,800,000
P:2.2 上述价格包含设备、软件、运输、安装、调试、税费及质保期内服务费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%；到货签收不代表质量验收。
P:3.3 四条产线全部通过最终验收后，甲方支付合同总价的50%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 交货与施工
P:4.1 乙方应在合同生效后四十五日内将全部设备运至甲方厂区，并按甲方确定的停线计划逐条产线施工，每条产线停线时间不超过五日。
P:4.2 施工期间乙方应遵守甲方安全生产管理制度，动火、登高等作业须办理审批手续。
P:4.3 每条产线停线前十日，乙方应提交停线切换方案，包括拆除顺序、旧设备标识与保管、新控制柜接线图、回退措施和人员安排，经甲方生产部门书面确认后实施。切换过程中如出现无法按期恢复生产的情况，乙方应立即启用回退措施，恢复原控制系统运行。
P:4.4 甲方负责提供施工所需的电源、场地和产线工艺资料，安排设备操作人员配合单线调试，并按本合同约定及时组织验收。
P:4.5 拆除的旧控制柜、继电器及线缆归甲方所有，由乙方整理后移交甲方指定仓库。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线调试，连续生产七十二小时无控制故障、节拍达到改造前水平的110%以上、安全光栅触发后设备在0.2秒内停机，视为单线调试合格。
P:5.2 四条产线全部单线调试合格后试运行三十日，期间未发生因控制系统导致的停线事故，监控软件数据与ERP产量记录一致，乙方交付程序备份、电气图纸及操作手册后，甲方组织最终验收并签署验收报告。
P:5.3 设备到货、安装完成或投入生产均不视为验收合格。验收不合格的，乙方应在十日内整改并重新组织验收，由此产生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备故障、软件缺陷由乙方免费维修、更换。
P:6.2 一级故障（整条产线停机）乙方应在30分钟内电话响应，2小时内到达现场，8小时内恢复生产；二级故障（单工位停机）2小时内响应，24小时内修复。乙方每超时一小时，向甲方支付¥1,000。
P:6.3 乙方应在甲方厂区常备PLC模块、伺服驱动器、安全光栅等关键备件，备件清单经甲方确认后作为附件，质保期内备件消耗由乙方及时补足。
P:6.4 质保期满后，乙方提供年度维保服务，维保费为每年人民币411,840元（即软硬件小计的26%），质保期满后三年内按此标准执行，不作调整。维保内容包括定期巡检、备件更换、程序优化及第6.2款的故障响应。
H:第七条 数据与安全
P:7.1 生产线运行数据、工艺参数、产量数据及监控软件中的全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:7.2 乙方远程维护须经甲方事先审批，通过甲方指定的工业防火墙和VPN接入，全程记录日志；乙方不得在其设备中留存甲方数据。因乙方原因造成数据泄露、篡改或生产系统被攻击的，乙方应在2小时内报告并承担赔偿责任。
P:7.3 产线监控软件所在服务器应部署于甲方生产网，与办公网之间通过工业防火墙隔离；乙方调试用笔记本电脑进场前须经甲方查杀病毒并登记。
H:第八条 保密
P:8.1 双方对履约中获知的对方技术资料、工艺参数和商业信息负保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。
H:第九条 知识产权
P:9.1 乙方为本项目编制的PLC控制程序、HMI画面、组态文件、对接程序及其源代码归甲方所有，甲方可自行修改或委托第三方修改。
P:9.2 监控软件标准产品的知识产权归原权利人，甲方获得永久使用许可。
P:9.3 乙方保证所供设备及软件不侵犯任何第三方的知识产权，如发生侵权纠纷，由乙方负责处理并承担全部费用及赔偿责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成验收的，每逾期一日按合同总价的万分之八支付违约金。
P:10.2 因乙方施工原因导致甲方停线时间超过约定的，乙方应赔偿甲方由此造成的直接损失。
P:10.3 乙方交付的设备不符合技术协议约定的型号、规格或质量要求的，乙方应在七日内免费更换，并承担由此产生的运输、安装费用；因更换导致逾期的，按第10.1款计付违约金。
P:10.4 甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:11.1 乙方可将电气安装及布线工作交由其合作施工单位实施，施工前书面告知甲方即可，乙方对合作单位的施工质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权解除本合同并要求赔偿。
P:12.2 合同解除后，乙方应配合甲方恢复已拆改产线的正常生产，并移交已完成部分的程序、图纸和资料；甲方按已验收部分的价值结算。
H:第十三条 适用法律与争议
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交常州仲裁委员会仲裁。
H:第十四条 安全生产
P:14.1 乙方施工人员应持有有效的电工作业证等特种作业资格证书，进场前接受甲方安全教育。乙方应为施工人员办理工伤保险及意外伤害保险。
P:14.2 因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担全部责任。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的一方，应及时通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力消除后应继续履行。
H:第十六条 其他
P:16.1 技术协议、设备清单、停线切换方案及验收报告为本合同附件，与本合同具有同等效力。
P:16.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：    乙方（盖章）：
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）/1.)
Z03 = """钓虾馆连锁门店预约及会员管理系统服务合同

合同编号：XL-IT-2026-112
甲方：湖南虾乐汇休闲体验连锁管理有限公司
乙方：长沙云栈软件服务有限公司

甲方在全国经营40家“虾乐汇”钓虾体验门店，现采购乙方的门店预约及会员管理SaaS服务及配套实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务。乙方通过其云平台向甲方40家门店提供以下功能：
1. 线上预约：钓位、包间及时段预约，微信小程序及门店收银台同步；
2. 会员管理：会员注册、储值、积分、等级权益、次卡与套餐核销；
3. 门店运营：钓位计时计费、虾品称重结算对接、营业日报及多门店对比报表；
4. 营销工具：优惠券、拼团、节假日活动配置及短信通知。
（二）实施服务。乙方负责40家门店的系统开通配置、收银硬件对接、甲方原有会员数据（约18万条）迁移、小程序品牌页面定制以及店长和收银员培训。
（三）服务期。本合同服务期为两个服务年度，自全部门店上线验收合格之日起计算，每满一周年为一个服务年度。
（四）服务账号。乙方为甲方总部开通管理员账号，为每家门店开通不超过八个店员账号，账号权限由甲方总部自行分配和调整。
（五）系统对接。乙方负责与甲方现有收银机、电子秤及微信支付商户号对接，对接所需的接口费用已包含在实施费中。

二、费用及支付
（一）订阅费按门店计收，每店每服务年度人民币9,600元，40家门店每服务年度合计人民币384,000元；两个服务年度订阅费合计人民币768,000元。
（二）实施费为一次性费用，人民币86,000元。
（三）合同总价为人民币854,000元。
（四）订阅费按季度结算，乙方于每季度结束后出具服务报告及发票，甲方确认后十个工作日内支付该季度费用。实施费在全部门店上线验收合格后十个工作日内支付。
（五）合同期内新增门店的，按每店每服务年度9,600元按月折算计费。
（六）乙方应按甲方要求开具增值税专用发票，发票开具错误导致甲方无法抵扣的，乙方应重新开具。
（七）合同期内关闭门店的，自关闭次月起停止计收该门店订阅费。

三、实施与验收
（一）乙方应在合同签订后四十日内完成全部门店的开通、数据迁移和培训，分三批上线。
（二）上线验收标准：
1. 会员数据迁移完整，抽样核对储值余额及积分差异为零；
2. 预约、核销、计费、储值功能在每家门店实际操作测试通过；
3. 小程序在高峰时段（500个并发用户）下单响应时间不超过3秒；
4. 各门店营业日报与收银流水一致。
（三）全部门店通过上述测试后，双方签署上线验收单。门店试用不视为验收。
（四）分批上线的门店，在全部门店验收前发生的订阅费不予计收。
（五）乙方未按期完成上线的，每逾期一日向甲方支付违约金人民币600元。
（六）甲方应提供门店清单、收银设备型号、原会员系统导出数据及品牌素材，并指定总部项目负责人和各门店联络人配合实施。因甲方资料提供延误导致上线推迟的，上线期限相应顺延。
（七）服务期内乙方提供7×24小时客服热线和在线工单，每个服务年度为甲方新开门店和新入职店员提供不少于六次线上培训，并在重大版本更新前十日以书面方式告知甲方更新内容。

四、服务水平
（一）乙方保证平台月度可用率不低于99.5%，计划内维护应安排在凌晨2:00至6:00并提前48小时通知甲方，计划内维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（预约或收银核销功能全部门店不可用）：乙方应在30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，12小时内恢复；
3. 三级故障（一般咨询及使用问题）：1个工作日内答复。
4. 服务报告：乙方应按月向甲方提供服务报告，内容包括可用率统计、故障清单及处理情况、门店使用情况分析。
（三）服务补偿：月度可用率每低于约定标准0.1个百分点，乙方按当月订阅费的2%给予服务抵扣；一级故障超过恢复时限的，每超时一小时抵扣当月订阅费的1%。抵扣金额在下一季度费用中扣减。

五、数据归属与安全
（一）甲方会员信息、消费记录、储值数据及门店经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何用途，不得向第三方提供或出售。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问权限控制、操作审计和每日备份措施，并取得网络安全等级保护二级以上备案。
（三）乙方处理会员个人信息应符合《个人信息保护法》的规定，会员授权文本和隐私政策由甲方确认后在小程序中展示。
（四）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护义务，并赔偿因此给甲方造成的损失。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。
（六）乙方应每年委托第三方机构对平台进行一次安全测评，并将测评结论告知甲方；发现高危漏洞的，应在七日内完成修复。

六、保密
（一）双方对因本合同获知的对方商业秘密、经营数据、会员信息、价格及合作条件负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或监管要求披露的除外。
（二）双方应要求其员工及顾问遵守本条约定，保密期限至合同终止后三年。

七、知识产权
乙方云平台及其标准功能的知识产权归乙方。为甲方定制的小程序页面、品牌素材和专属报表的知识产权归甲方，甲方有权自行使用、修改或交由第三方使用。

八、续期
服务期满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据市场情况调整订阅单价，上调幅度不超过上一服务年度单价的10%，乙方以书面通知告知甲方后即按新单价计费。

九、分包
乙方不得将本合同项下的实施或运维服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十、违约与解除
（一）乙方严重违反本合同约定，经甲方书面通知后十五日内未改正的，甲方有权解除合同，并要求乙方退还已付未履行部分的费用、赔偿损失。
（二）连续两个月月度可用率低于约定标准的，甲方有权解除合同。
（三）合同解除或终止后，乙方应继续提供不少于三十日的只读访问，便于甲方核对会员储值余额并完成数据迁移，期间不另收费用。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

十二、不可抗力
因自然灾害、公共卫生事件、基础电信网络大面积中断等不可抗力导致服务中断的，受影响方应及时通知对方，并在合理期限内恢复服务；不可抗力期间不计入不可用时间，但乙方应尽力采取备用措施。

十三、通知
双方指定的联系人、电话和电子邮箱见附件，通过电子邮件发送的服务通知、故障报告和续约通知自发出时视为送达。

十四、其他
（一）附件一《功能清单》、附件二《门店清单》、附件三《上线验收单》为本合同组成部分。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：湖南虾乐汇休闲体验连锁管理有限公司
乙方（盖章）：长沙云栈软件服务有限公司
签订日期：2026年12月
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 with （一）)
Z04 = """青溪县水土保持在线监测系统运维服务合同

项目编号：QXSL-CS-2026-09（竞争性磋商）
采购人（甲方）：青溪县水利局
供应商（乙方）：赣北智水环境科技有限公司

根据青溪县水土保持在线监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。

第一条 服务范围
（一）运维对象：青溪县水土保持在线监测系统，包括监测平台软件及数据库、26个坡面径流小区自动监测站、9个小流域卡口站、14个视频监控点，以及配套的太阳能供电、数据传输终端和防雷设施。
（二）服务内容：
1. 平台运维：监测平台及数据库的日常巡检、备份、补丁更新、性能优化和用户支持；
2. 站点运维：站点设备每月巡检一次，雨季（4月至9月）每月巡检两次，清理集流槽、校核雨量计和泥沙采样器；
3. 设备检定：雨量计、水位计年度检定各一次，出具检定报告；
4. 数据服务：监测数据的日审核、月报和年度水土流失监测报告编制；
5. 应急保障：强降雨期间24小时值守，暴雨后48小时内完成受影响站点的检查。
6. 档案管理：整理站点建设、运行和维修档案，服务期满时完整移交甲方。
（三）服务期：自2027年1月1日起至2027年12月31日止。
（四）服务交接：乙方应在服务期开始前与原运维单位完成交接，逐站核对设备状态和资料，形成交接清单报甲方确认；交接中发现的设备缺陷应书面说明，不计入乙方服务期内的故障。

第二条 服务费用及支付
（一）本合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括人工、交通、备品备件（单件价值2,000元以下）、检定费、通信费及税费。单件价值2,000元以上的设备更换，由乙方报价，经甲方书面确认后另行结算。
（二）服务费按季度支付：每季度服务结束后，乙方提交季度运维报告，经甲方考核合格后十五个工作日内，甲方支付合同总价的25%。
（三）季度考核得分低于85分的，按第五条的规定扣减当季服务费。
（四）乙方开具的发票应与当季实际应付金额一致。甲方支付的服务费以财政资金到位为前提，如遇资金拨付延迟，甲方应及时告知乙方，乙方不得因此降低服务标准。

第三条 服务标准
（一）监测平台月可用率不低于99.95%。
（二）故障分级：
1. 一级故障：监测平台无法访问，或同时有5个及以上站点中断数据传输；乙方应在30分钟内响应，24小时内恢复；
2. 二级故障：单个站点设备故障或数据异常；乙方应在2小时内响应，72小时内到场修复；
3. 三级故障：视频点位或非关键功能异常；乙方应在1个工作日内处理。
（三）乙方应每月5日前提交上月运维月报，每年12月20日前提交年度监测报告初稿。
（四）乙方应对监测数据进行日审核，发现异常值、缺测或设备漂移的，应在当日标注原因并安排核查，经甲方同意后方可对数据进行修正，所有修正均应保留原始记录。

第四条 服务质量考核
（一）甲方每季度按磋商文件所附考核细则对乙方服务进行考核，满分100分，考核内容包括巡检完成率、故障处理时效、数据完整性及报告质量。
（二）服务过程中形成的巡检记录、检定报告、月报、年报等成果资料，经甲方审核确认后作为季度考核和年度验收的依据。
（三）服务期满后，甲方依据全年考核结果及年度监测报告的审定意见进行年度验收。
（四）年度验收内容包括：全年巡检记录齐全、设备年度检定报告合格、年度监测报告通过专家审查、运维档案完整移交。年度验收不合格的，乙方应在二十日内整改。

第五条 违约责任
（一）乙方未在第三条规定时限内响应或恢复的，每超时一次扣减服务费500元。
（二）季度考核得分低于85分的，每低1分扣减当季服务费的1%；连续两个季度低于70分的，甲方有权解除合同。
（三）乙方未按本合同约定期限完成站点故障修复、设备年度检定或报告提交的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（四）因乙方原因造成监测数据缺失，影响甲方向上级报送的，乙方应负责补测或采用替代方法补充数据，并承担相应费用。
（五）乙方人员在运维中损坏站点设备或第三方财产的，由乙方负责修复或赔偿。

第六条 数据归属
监测平台中的全部监测数据、视频资料、图片及报告归甲方所有。乙方不得将上述数据用于本合同以外的目的，不得向任何第三方提供或公开发布。

第七条 保密
（一）乙方对履行本合同过程中知悉的甲方未公开资料、监测成果和工作信息负有保密义务，未经甲方书面同意不得对外披露或引用。
（二）乙方应要求其参与本项目的人员遵守本条保密义务。本条义务在合同终止后继续有效。

第八条 成果归属
乙方在服务中编制的巡检记录、检定报告、运维月报、年度监测报告、数据处理脚本及相关文档的所有权和知识产权归甲方所有。

第九条 人员要求
（一）乙方应配备项目负责人一名、平台运维工程师一名、站点运维人员不少于三名，项目负责人须具有水土保持或水利类中级以上职称。
（二）人员变更须提前十日书面通知甲方并经甲方同意，变更后人员的资质不得低于原人员。
（三）乙方应为站点运维人员配备巡检车辆、便携式检测仪器、安全防护用品，并为其办理意外伤害保险。野外作业应至少两人同行，雨季巡检应避开山洪和滑坡危险时段。
（四）乙方项目负责人每月应参加甲方组织的运维例会，汇报上月运维情况、存在问题和下月工作计划。

第十条 分包
乙方不得将本合同服务转包或分包。

第十一条 合同解除
（一）乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期结算费用，乙方应赔偿给甲方造成的损失。
（二）服务期满，本合同自然终止。后续运维服务由甲方依法重新组织采购。
（三）合同解除或终止时，乙方应向甲方或甲方指定的单位移交全部运维资料、设备台账、账号密码和未完成事项清单，并配合完成交接。

第十二条 适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 甲方义务
（一）甲方负责协调站点所在乡镇、村组及土地权属人，为乙方进入站点提供便利。
（二）甲方向乙方开放监测平台运维所需的账号权限，并提供系统原始建设资料、设备清单和历年监测数据说明。
（三）甲方按本合同约定组织季度考核和年度验收，并及时支付服务费。

第十四条 设备与备件管理
（一）监测站点设备属甲方固定资产，乙方应建立设备台账，记录设备型号、安装位置、检定日期和维修更换情况，每季度报甲方备案。
（二）更换下来的旧设备由乙方登记后交回甲方，不得擅自处置。
（三）乙方自备的备品备件应符合原设备技术参数，更换前须报甲方备案，更换后设备应重新校准并记录。

第十五条 不可抗力
因洪水、地质灾害等不可抗力造成站点损毁的，乙方应在灾后及时查明情况并书面报告甲方，恢复方案和费用由双方另行商定。

第十六条 其他
（一）磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：青溪县水利局
乙方（盖章）：赣北智水环境科技有限公司
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
Z05 = """# 织迹工艺流程追踪系统 软件许可及定制开发合同

**（织迹软件标准合同文本 V3.0）**

合同编号：ZJ-HT-2026-1206

甲方（用户）：南通青蓝印染工艺工作室

乙方（软件方）：杭州织迹软件科技有限公司

鉴于甲方从事蓝印花布的设计、刻版、刮浆、染色及销售，需要对生产工序和订单进行数字化管理，乙方拥有“织迹工艺流程追踪系统”的软件著作权，双方根据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供织迹工艺流程追踪系统（标准版）的永久使用许可，授权用户数为30个，安装于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：

- 工序看板：花版设计、刻版、上油、刮浆、染色、晾晒、刮灰、清洗各工序的在制品状态看板；
- 批次追溯：每匹布从坯布入库到成品出库的工序记录、染色次数及操作人追溯；
- 订单管理：线上店铺及线下定制订单的导入、排产与交期提醒；
- 移动端扫码报工：工人通过手机扫描布匹二维码报工。

1.3 定制开发的具体需求以双方确认的《需求确认书》为准。

1.4 乙方提供安装部署、基础数据初始化（工序、工位、人员、布匹规格）及操作培训。二维码标签打印机及标签耗材由甲方自行采购。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（标准版，永久许可，30用户） | 168,000 |
| 2 | 定制开发费 | 124,000 |
| 3 | 安装部署及培训费 | 18,000 |
| | 合计 | 310,000 |

合同总价为人民币叁拾壹万元整（¥310,000），含税。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即人民币201,500元。乙方收到该款项后开始开发工作。

3.1.1 乙方应向甲方开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总价的35%，即人民币108,500元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或技术支持服务，由此导致的工期延误由甲方负责。

## 第四条 交付与验收

4.1 乙方在收到首期款项后六十个工作日内完成定制开发，并在甲方服务器上完成安装部署。

4.1.1 开发过程中，乙方将分阶段向甲方演示工序看板、批次追溯和扫码报工功能，甲方应在演示后三个工作日内提出意见，逾期未提出的，视为认可该阶段成果。

4.2 系统安装部署完成后，即视为甲方验收合格。甲方在使用中发现的问题，由乙方在维护期内处理。

4.3 甲方应为乙方的安装部署提供服务器、网络环境及必要的配合，因甲方原因导致部署延后的，交付日期相应顺延。

4.4 乙方交付的资料包括安装包、用户操作手册和管理员手册。定制功能的源代码不在交付范围之内。

## 第五条 知识产权

5.1 织迹工艺流程追踪系统及本合同项下定制开发形成的全部功能模块、源代码、设计文档的知识产权均归乙方所有。

5.2 甲方在本合同约定的范围内享有定制功能的使用权，不得对软件进行反向工程、修改或提供给第三方使用。乙方有权将定制开发的功能纳入其标准产品向其他客户提供。

## 第六条 维护服务

6.1 系统安装部署完成后，乙方提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。

6.2 维护期内，甲方发现系统故障的，应通过电话或邮件通知乙方，乙方将尽快安排技术人员处理。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费用按乙方届时公布的收费标准执行。

6.4 因甲方操作不当、擅自修改或服务器、网络等外部环境原因引起的故障，不属于免费维护范围，乙方可另行收费。

6.5 乙方对系统的升级版本享有决定权。免费维护期内的升级以乙方发布的补丁为限，标准版大版本升级须另行购买。

6.6 甲方需要乙方人员到现场服务的，差旅费用由甲方承担。

6.7 甲方自行安装第三方软件或变更服务器配置导致系统无法运行的，乙方协助恢复所产生的工作量按乙方人天单价另行收费。

## 第七条 数据安全

7.1 系统中的甲方订单、客户、工艺配方及生产记录等业务数据归甲方所有，乙方不得用于本合同以外的用途。

7.2 乙方远程维护时应通过甲方提供的账号登录，采取加密传输和最小权限措施，不得下载或留存甲方业务数据。

7.3 因乙方原因导致甲方业务数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据，并赔偿甲方由此遭受的直接损失。

7.4 甲方应妥善保管系统管理员账号和密码，因甲方账号管理不当造成的数据问题由甲方自行负责。

## 第八条 双方义务

8.1 甲方应指定专人负责需求确认和验收配合，及时提供所需的工艺资料。

8.2 乙方应按照《需求确认书》完成定制开发，并对甲方人员进行不少于两天的操作培训。

8.2.1 培训地点为甲方工作室，培训对象为甲方指定的管理人员和各工序班组长，人数不超过十人。

8.3 甲方应自行负责服务器、操作系统及数据库的日常管理和数据备份。

8.4 甲方应保证其提供的工艺资料、图案及订单信息不侵犯第三方的合法权益。蓝印花布图案由甲方提供的，其权利仍归甲方或原权利人。

8.5 乙方培训结束后，甲方应安排人员按照操作手册使用系统，因甲方人员未按操作手册操作造成的问题由甲方自行承担。

8.6 甲方变更已确认需求的，应以书面方式提出，乙方评估后另行报价，交付期限相应顺延。

8.7 双方应各自指定项目联系人，负责需求沟通、进度确认和问题反馈，联系人变更应及时书面通知对方。

## 第九条 违约责任

9.1 任何一方违反本合同约定的，应承担相应的违约责任。

9.2 乙方未能按期交付的，应积极采取补救措施，尽快完成交付。

9.3 乙方对甲方的间接损失、利润损失及数据损失（第7.3款约定的除外）不承担责任。

## 第十条 合同解除

10.1 乙方严重违约，经甲方书面催告后三十日内仍未履行的，甲方有权解除本合同。

10.2 甲方逾期付款超过三十日的，乙方有权解除本合同，已收款项不予退还。

10.3 合同解除后，甲方应停止使用未付清款项部分对应的软件功能，并删除相应安装程序。

## 第十一条 不可抗力

因不可抗力或网络运营商、云服务商等第三方原因导致合同不能履行或延迟履行的，乙方不承担责任，但应在条件允许时通知甲方。

## 第十二条 通知

双方往来通知可通过电子邮件、微信或书面方式送达合同首部所列联系方式，发出后即视为送达。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

14.1.1 本合同附件包括《需求确认书》《报价单》及《用户操作手册》。附件与正文不一致的，以正文为准。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：南通青蓝印染工艺工作室

乙方（签章）：杭州织迹软件科技有限公司

日期：2026年12月
"""

# ---------------------------------------------------------------- e01 (pdf, Article N with N.N)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. AKS-CN-2026-031
P:This Software Licence and Services Agreement is made between Ningbo Haixin Precision Bearing Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China (the "Customer"), and Aroskvarn Systems AB, a company registered in Sweden with its office at Stora Gatan 41, 722 12 Västerås, Sweden (the "Vendor").
P:The Customer wishes to license the Vendor's maintenance planning and asset performance software, MaintPlan Enterprise, for its two bearing plants in Ningbo and to have the Vendor configure, integrate and deploy it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means MaintPlan Enterprise version 8, including its mobile work-order application and the Documentation, in object code.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data-migration scripts and related documentation that the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed the acceptance tests.
P:1.4 "Customer Data" means all data that the Customer or its users enter into, upload to or generate with the Software, including equipment records, work orders, spare-part stocks and personnel information.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers for 260 named users and unlimited read-only users, for the internal operations of the Customer and its affiliates in mainland China.
P:2.2 The Customer may make backup and test copies of the Software. The Customer shall not reverse engineer the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall carry out the following services: installation of the Software in the Customer's production and test environments; configuration of asset hierarchies, maintenance strategies and work-order workflows for both plants; interfaces with the Customer's ERP system (material master, purchase requisitions, cost centres) and with its SCADA historian for runtime counters; migration of about 46,000 equipment records and the work-order history of the last three calendar years; and training of key users and administrators.
P:3.2 The services shall be completed and the system ready for acceptance testing within 150 days after the Effective Date, according to the project plan in Annex 2.
P:3.3 The Vendor shall appoint a Mandarin-speaking project manager who is present on site during configuration, testing and go-live.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 2,058,000, inclusive of VAT, made up as follows: Software licence fee CNY 1,260,000; configuration and implementation services CNY 540,000; ERP and SCADA interfaces CNY 210,000; training CNY 48,000.
P:4.2 The price is fixed. It includes travel, accommodation and all other expenses of the Vendor's personnel.
P:4.3 The Customer shall pay: (a) 10% of the total price within 30 days after the Effective Date, against the Vendor's invoice; (b) 55% of the total price within 30 days after the system is installed and go-live has taken place, which is not acceptance; and (c) 35% of the total price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's collection agent in Shanghai named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 The acceptance tests are set out in Annex 3 and include: every function in the functional specification executed with the Customer's data; both interfaces processing a full month's transactions without reconciliation differences; screens loading within 3 seconds with 150 concurrent users; and a 45-day production run without any Severity 1 incident.
P:5.2 The Vendor shall correct any defect found during testing and repeat the relevant tests at its own cost.
P:5.3 When all acceptance tests are passed and the Vendor has delivered the Custom Deliverables with their source code and documentation, the Customer shall issue a written Final Acceptance certificate within 10 working days. Go-live, productive use or payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Documentation and the functional specification for 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and new versions, and provide support free of charge.
P:6.2 Incidents are classified by the Customer. For a Severity 1 incident (the system or a plant cannot create or close work orders) the Vendor shall respond within 1 hour and restore service within 8 hours; for Severity 2 it shall respond within 2 hours and resolve within 2 working days; for Severity 3, within 1 working day and in the next release.
P:6.3 If the Vendor misses a response or restoration time, it shall pay the Customer a service credit of CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or paid on demand.
P:6.4 After the warranty period the Customer may order annual support. The annual support fee is 9% of the Software licence fee, that is CNY 113,400 per year, and shall not be increased for the three years following the end of the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Data Protection and Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including analytics or product development.
P:7.2 The Vendor shall access the Customer's systems only through the remote access gateway provided by the Customer, with named accounts and multi-factor authentication, and shall not copy Customer Data outside the Customer's systems. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in its handling of Customer Data.
P:7.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take all reasonable steps to contain it, and be liable for losses caused by its breach of this Article.
H:Article 8 Confidentiality
P:8.1 Each party shall keep confidential all non-public technical, commercial and operational information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables pass to the Customer upon creation. The Customer may use, modify and license them freely, and the Vendor shall deliver their source code.
P:9.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's intellectual property rights and indemnify it for the resulting damages and costs.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for acceptance testing by the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limitation does not apply to personal injury, wilful misconduct, gross negligence, infringement claims under Article 9.3 and breach of Articles 7 or 8.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature by both parties (the "Effective Date").
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.3 The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund the amounts paid for services not performed.
P:12.4 The licence in Article 2 survives termination unless the Agreement is terminated for the Customer's failure to pay the licence fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Sweden, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Arbitration Institute of the Stockholm Chamber of Commerce. The seat of arbitration shall be Stockholm and the language English.
H:Article 14 General
P:14.1 Annexes: Annex 1 Functional Specification; Annex 2 Project Plan; Annex 3 Acceptance Tests. In case of conflict, the Articles prevail over the Annexes.
P:14.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A A1-A6 + General Terms Part B)
E02 = """# Order Form and General Terms: QualiTrack Cloud Subscription

**Order Form No. SVC-OF-2026-0588**

## Part A: Order Form

### A1. Parties

- **Provider:** Svartå Cloud Solutions AB, Kungsgatan 9, 702 11 Örebro, Sweden, which invoices through its wholly owned subsidiary in Shanghai.
- **Customer:** Wuhu Ruifeng Automotive Components Co., Ltd., Wuhu, Anhui Province, People's Republic of China.

### A2. Subscription

The Customer subscribes to QualiTrack Cloud, the Provider's quality management platform for manufacturers, in the Enterprise edition with the modules Supplier Quality (PPAP and 8D), Nonconformance and CAPA, Audit Management and Document Control, for 380 named users across the Customer's three plants. The platform is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner.

### A3. Subscription Term

The Subscription Term is 36 months from the Go-Live Date defined in A5. The subscription ends at the end of the Subscription Term and does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Enterprise edition, 380 users | per subscription year, 3 years × 420,000 | 1,260,000 |
| Onboarding: configuration, data import of 2,300 supplier records, two integrations | one-time | 72,000 |
| **Total Contract Value** | | **1,332,000** |

All amounts include VAT. The subscription fee is invoiced annually at the start of each subscription year and is payable within 30 days after the invoice. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days. No other payment is due before Go-Live. Additional users may be added at CNY 1,105 per user per year, pro rata.

### A5. Onboarding and Go-Live

The Provider shall configure the platform, import the Customer's supplier master and open nonconformance records, and build two integrations (with the Customer's ERP for purchase orders and goods receipts, and with its MES for inspection results) within 70 days after signature. The Customer shall then run the acceptance tests in Annex A: every configured workflow is executed end-to-end with the Customer's own records; imported records reconcile with the source counts; both integrations run for ten working days without failed transfers; and pages load within 3 seconds with 120 concurrent users. When the tests are passed the Customer signs a Go-Live Acceptance certificate, and that date is the Go-Live Date. Use of the platform before that date is not acceptance.

If Go-Live Acceptance is delayed beyond the 70 days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to 8% of the Total Contract Value.

### A6. Signatures

This Order Form incorporates the General Terms in Part B. If they conflict, this Order Form prevails.

For the Customer: ____________________ For the Provider: ____________________

## Part B: General Terms

### 1. Service Levels

1.1 The Provider shall make the platform available at least 99.95% of each calendar month, measured at the Provider's edge and excluding planned maintenance announced five days in advance and carried out between 00:00 and 06:00 Beijing time.

1.2 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly amount. Credits are deducted from the next invoice, or paid out at the end of the Subscription Term.

1.3 Priority 1 incidents (the platform unavailable or a module unusable for all users) receive a response within 30 minutes and a workaround or fix within 6 hours; Priority 2 incidents a response within 2 hours and a fix within 2 business days; Priority 3 incidents a response within 1 business day. The Provider's support desk is staffed in Mandarin and English.

### 2. Customer Data

2.1 All data that the Customer or its users submit to the platform ("Customer Data") remains the property of the Customer. The Provider processes Customer Data to provide the subscription under this Order Form.

2.2 The Provider may also collect and use aggregated and de-identified data derived from Customer Data and from the Customer's use of the platform, such as defect categories, supplier performance statistics and usage metrics, to improve its services, develop new features and publish industry benchmark reports. This right continues after the end of the Subscription Term. The Provider will not identify the Customer or any individual in such data.

2.3 At the end of the Subscription Term the Provider shall, at the Customer's choice, export Customer Data in CSV and PDF formats and then delete it within 30 days, and confirm deletion in writing.

### 3. Data Security

3.1 The Provider shall maintain an information security programme certified to ISO/IEC 27001, hold an MLPS level 3 filing for the hosting environment, encrypt Customer Data in transit and at rest, and restrict access to personnel who need it, with logging and regular review of access rights.

3.2 The Provider shall notify the Customer without undue delay and in any case within 24 hours after becoming aware of a security incident affecting Customer Data, provide the information the Customer needs to meet its obligations under PRC law, and be responsible for losses caused by its failure to comply with this Section 3.

### 4. Subcontractors

The Provider may engage hosting partners, support partners and other subcontractors to perform any part of the services. The Provider will inform the Customer of a new subcontractor by email at least 15 days before the subcontractor begins work. The Provider remains responsible for its subcontractors' performance.

### 5. Confidentiality

Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for the purposes of this Order Form, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This Section continues for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 The Provider owns the platform and all its standard features, including improvements made during the Subscription Term.

6.2 The integrations, report layouts and workflow configurations built specifically for the Customer during onboarding belong to the Customer, which may use, modify and have third parties maintain them without restriction. The Provider shall hand over their configuration files and code at the Customer's request.

### 7. Termination

7.1 Either party may terminate the Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after receiving notice.

7.2 If the Customer terminates under 7.1, the Provider shall refund any prepaid subscription fees for the period after termination.

### 8. Liability

8.1 Each party's aggregate liability arising out of or related to this Order Form is limited to the fees paid or payable by the Customer in the nine months preceding the event giving rise to the claim.

8.2 Section 8.1 does not apply to a party's breach of Section 5, to the Customer's payment obligations or to liability that cannot be limited by law. Neither party is liable for lost profits or indirect damages.

### 9. Customer Responsibilities

9.1 The Customer is responsible for the accuracy of the data it submits, for the conduct of its users and for keeping user credentials secure. The Customer shall notify the Provider promptly of any unauthorised use of an account.

9.2 The Customer shall provide the ERP and MES interface specifications, test environments and a named project lead during onboarding, and shall review and answer configuration questions within three business days.

### 10. Changes to the Platform

10.1 The Provider may update the platform from time to time, provided that updates do not materially reduce the functionality of the subscribed modules or the security measures in Section 3.

10.2 The Provider shall announce major releases at least 14 days in advance, publish release notes in Chinese and English, and keep the two integrations built during onboarding working after each release at no extra charge.

### 11. Force Majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or large-scale failures of public telecommunications networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. Force majeure does not excuse the Customer's payment obligations for services actually provided.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding on both parties.

### 13. General

13.1 Notices under this Order Form shall be given in writing to the addresses in A1, or by email to the contacts named in Annex B, and take effect on receipt.

13.2 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business that assumes all obligations under it.

13.3 This Order Form, its Annexes and these General Terms are the entire agreement of the parties on their subject matter. Amendments must be made in writing and signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses 1. / 1.1, Word price table)
E03 = """T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. HSC-EQ-2026-217
P:Buyer: Guangxi Hongshan Cement Co., Ltd., Guigang, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Vättern Sensor Technology AB, Huskvarnavägen 62, 554 54 Jönköping, Sweden (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer is installing wireless condition monitoring on the kilns, raw mills, cement mills and main fans of its two clinker lines, and the Supplier has offered the sensors, gateways, servers and monitoring software described below.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission 320 wireless vibration and temperature sensors, 24 gateways, two edge servers and a perpetual licence of the VätternWatch monitoring software for 320 measuring points, as specified in Annex 1.
P:1.2 The Supplier shall also mount the sensors, configure alarm thresholds for each machine with the Buyer's maintenance engineers, integrate the software with the Buyer's DCS (read-only, for operating states) and CMMS (automatic work requests), and train the Buyer's staff.
P:1.3 All equipment shall be new, of the model stated in Annex 1, and suitable for the dust, heat and vibration of a cement plant.
P:1.4 The Supplier shall deliver, in English and Chinese, installation manuals, operating manuals, a maintenance manual for the sensors and gateways, a battery replacement guide and the as-built documentation showing the position and identification of every sensor.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,850,000, inclusive of VAT, delivery to the Buyer's plant, installation, commissioning and training, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|320|2,450|784,000
TB:2|Gateways with mounting kits|24|8,600|206,400
TB:3|Edge servers|2|68,000|136,000
TB:4|VätternWatch software licence, perpetual, 320 points|1|412,000|412,000
TB:|Hardware and Licence Subtotal|||1,538,400
TB:5|Installation and commissioning|1 lot|164,000|164,000
TB:6|DCS and CMMS integration|1 lot|126,000|126,000
TB:7|Training|1 lot|21,600|21,600
TB:|Contract Price|||1,850,000
P:2.2 The Contract Price is fixed and covers all taxes, duties, import costs and the Supplier's expenses.
H:3. Payment
P:3.1 20% of the Contract Price is payable within 30 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 45% of the Contract Price is payable within 30 days after all equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 35% of the Contract Price is payable within 30 days after Final Acceptance.
P:3.4 Each invoice shall be a valid VAT special invoice issued in mainland China and shall state the contract number and the milestone reached. The Buyer may withhold payment of an incorrect invoice until a corrected invoice is received, without this counting as late payment.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 60 days after signature and complete installation and commissioning within a further 45 days.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.3 The Supplier shall pack the equipment to withstand sea and road transport and storage in an unheated warehouse. Each package shall be marked with the contract number, item number and gross weight.
P:4.4 Title to and risk in the equipment pass to the Buyer on delivery to the Buyer's plant, signed for by the Buyer's warehouse. Title to the software licence passes on installation.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a 30-day trial run in which: every sensor transmits at its configured interval with no more than 0.5% missing readings; alarm tests on six selected machines reach the DCS operator screen and create CMMS work requests within 60 seconds; battery life estimates meet Annex 1; and no Severity 1 incident occurs.
P:5.2 The Supplier shall remedy any failure and repeat the trial run for the affected part. When the criteria are met and the as-built documentation is delivered, the Buyer issues a Final Acceptance certificate.
P:5.3 Delivery, installation, commissioning, productive use or any payment does not mean that the Buyer has accepted the system.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace defective equipment free of charge, including batteries that fail before their rated life, and shall provide software updates and support.
P:6.2 The Supplier shall respond to a Severity 1 incident (monitoring of a kiln or mill lost, or the software unavailable) within 30 minutes and restore monitoring within 8 hours; Severity 2 incidents within 2 hours and 2 working days.
P:6.3 For each hour by which the Supplier exceeds a response or restoration time, it shall pay CNY 1,200, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Supplier shall offer annual support, including software updates, remote diagnostics, battery replacement at cost and the response times in 6.2, for 7.5% of the Hardware and Licence Subtotal per year, that is CNY 115,380. This fee is fixed for three years after the warranty period. Each year of support is ordered separately; there is no automatic renewal.
P:6.5 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to replace any failed unit within 5 working days, and shall make spare parts available for at least eight years after Final Acceptance.
H:7. Data Security and Data Ownership
P:7.1 All measurement data, alarms, machine records and reports generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for any other purpose, including product development or benchmarking.
P:7.2 The system shall be installed in the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's VPN, with the Buyer's approval for each session and with all sessions logged. The Supplier shall not copy data outside the Buyer's systems.
P:7.3 The Supplier shall comply with PRC cybersecurity and data security laws, notify the Buyer within 12 hours of any security incident caused by the Supplier or its equipment, take remedial measures and compensate the Buyer for the resulting losses.
P:7.4 At the end of the warranty period, and whenever a gateway or server is replaced, the Supplier shall wipe or hand over any storage media that contained the Buyer's data, as the Buyer directs, and confirm this in writing.
P:7.5 The Supplier shall not connect any equipment supplied under this Contract to an external cloud service without the Buyer's written approval.
H:8. Confidentiality
P:8.1 The Supplier shall keep confidential the Buyer's technical information, process data, plant layouts and commercial terms, and shall not disclose them to any third party without the Buyer's prior written consent. This obligation continues for three years after the Contract ends.
H:9. Intellectual Property
P:9.1 The alarm configurations, machine models, DCS and CMMS interface programs and documentation prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code and configuration files.
P:9.2 The VätternWatch software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually. The Supplier shall indemnify the Buyer against third-party infringement claims.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement claims and breach of clauses 7 and 8, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under 4.2 reach their maximum. The Supplier shall then refund the amounts paid for equipment and services not accepted.
H:13. Force Majeure
P:13.1 Neither party is liable for failure or delay caused by force majeure, provided that it notifies the other party within 5 days and takes reasonable steps to limit the effects. If force majeure continues for more than 60 days, either party may terminate the Contract by written notice, and the Buyer shall pay for equipment and services already accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time.
H:15. General
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract. This Contract is made in English and Chinese; both versions are equally authentic.
P:15.2 Notices shall be given in writing to the addresses above and are effective on receipt. The Supplier may not assign this Contract or any payment under it without the Buyer's prior written consent.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules 1-3 as tables)
E04 = """# Managed IT Infrastructure Services Agreement

**Agreement No. TMS-CN-2026-14**

**Customer:** Chengdu Jinlu Cold Chain Logistics Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer")

**Provider:** Tylösand Managed Services AB, Stationsgatan 18, 302 45 Halmstad, Sweden, acting with its wholly owned subsidiary in Chengdu for on-site work ("Provider")

## 1. Purpose and Term

1.1 The Customer operates 14 cold-storage warehouses and a fleet management centre. The Provider shall manage the Customer's IT infrastructure as described in Schedule 1: service desk, monitoring and operation of servers, storage, network and warehouse Wi-Fi, patching, backup and on-site support.

1.2 The Term is 36 months from the Service Commencement Date, which is the date of Transition Acceptance under clause 3. The Agreement ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing, including the fees.

## 2. Charges and Payment

2.1 The charges are set out in Schedule 3: a one-time transition charge of CNY 146,000 and a fixed monthly service charge of CNY 96,500 for 36 months. The Total Contract Value is CNY 3,620,000, inclusive of VAT.

2.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. The Customer pays each correct invoice within 30 days. No amount is payable before the Service Commencement Date.

2.3 Changes in the number of devices of up to 10% in either direction are included in the monthly charge. Larger changes are handled through the change procedure in clause 13.

## 3. Transition and Acceptance

3.1 The Provider shall complete transition within 60 days after signature: discovery and documentation of all in-scope assets, installation of monitoring agents and the remote management platform, handover from the Customer's current support provider and creation of runbooks for every critical system.

3.2 Transition Acceptance requires: all assets listed in Schedule 1 monitored with alerts reaching the service desk; runbooks approved by the Customer's IT manager; a successful restore test of the warehouse management system backup; and a 14-day parallel run in which all tickets are handled within the Schedule 2 times. The Customer confirms acceptance in writing.

3.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 2,600 for each day of delay, up to 5% of the Total Contract Value.

## 4. Service Levels

4.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly, with ticket statistics, availability figures and root-cause analyses of every Priority 1 incident.

4.2 If the Provider fails a service level in any month, it shall submit an improvement plan within 10 working days and implement it at its own cost. Service level failures do not give rise to service credits, fee reductions or damages, and the monthly service charge remains payable in full.

4.3 The parties shall hold a monthly service review meeting and a quarterly governance meeting with the Customer's IT director, at which the Provider presents trends, risks, capacity forecasts and recommendations for improving the infrastructure.

4.4 The Provider shall keep the configuration management database for all in-scope assets up to date and give the Customer read access to it at all times.

## 5. Personnel

5.1 The Provider shall assign a named service manager and keep at least two engineers based in Chengdu during working hours, with on-call cover at all other times.

5.2 The Provider's personnel shall follow the Customer's site safety and cold-store access rules.

5.3 The service manager and the two senior engineers named in Schedule 1 are key personnel. The Provider shall not replace them without the Customer's consent, which the Customer shall not withhold unreasonably, and shall ensure a handover period of at least ten working days for any replacement.

5.4 The Provider shall ensure that its personnel hold the certifications needed for the systems they operate and receive training on any new technology introduced during the Term.

## 6. Customer Data and Security

6.1 All data on the Customer's systems, including warehouse, customer, vehicle and temperature records ("Customer Data"), belongs to the Customer. The Provider may access Customer Data only to perform the services and shall not use it for any other purpose.

6.2 The Provider shall access the Customer's systems only through the Customer's bastion host with personal accounts and multi-factor authentication, shall not store Customer Data on its own systems, and shall follow the Customer's information security policy and the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 The Provider shall report any security incident affecting Customer Data within 2 hours, take immediate containment measures, and compensate the Customer for losses caused by its breach of this clause.

## 7. Confidentiality

Each party shall keep the other party's non-public information confidential, use it only for this Agreement and not disclose it without prior written consent, during the Term and for three years afterwards.

## 8. Intellectual Property

Runbooks, scripts, configuration baselines, network diagrams and other documents prepared for the Customer belong to the Customer, which may use and modify them and give them to any successor provider. The Provider's own management tools remain its property.

## 9. Subcontracting

The Provider shall not subcontract any part of the services, other than to its Chengdu subsidiary named above, without the Customer's prior written consent.

## 10. Liability

Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for wilful misconduct, personal injury and breach of clauses 6 or 7.

## 11. Termination

11.1 Neither party may terminate this Agreement before the end of the Term, whether for convenience or for breach, except as stated in 11.2.

11.2 Either party may terminate this Agreement if a force majeure event prevents the other party from performing for more than 90 consecutive days.

11.3 If the Provider breaches this Agreement, the Customer's remedies are to require the Provider to remedy the breach, to require an improvement plan under clause 4.2 and to claim damages within the limits of clause 10.

## 12. Exit

At the end of the Term the Provider shall, for up to 60 days, cooperate with the Customer and any successor provider, hand over all documents under clause 8 and return or delete Customer Data as the Customer directs.

## 13. Changes

13.1 Changes to the scope or charges require a written change order signed by both parties.

13.2 Either party may request a change. The Provider shall, within 10 working days, give the Customer a written impact assessment covering the effect on the services, the service levels, the charges and the timetable. No change takes effect, and no additional charge is payable, until both parties have signed the change order.

13.3 New warehouses opened by the Customer during the Term are added to the scope through the change procedure, with charges calculated on the unit rates in Schedule 3.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission.

## 15. General

15.1 Each party shall comply with applicable anti-bribery laws and shall not offer or accept any improper payment or benefit in connection with this Agreement.

15.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses of the contract managers named in Schedule 1; operational notices may be given through the service desk portal.

15.3 Neither party may assign this Agreement without the other party's prior written consent. This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter.

## Schedule 1: Services and Scope

| Service | Scope | Hours |
|---|---|---|
| Service desk | 420 users, telephone, e-mail and portal, Mandarin | 24 × 7 |
| Server and storage operation | 38 physical and 112 virtual servers, 2 storage arrays | 24 × 7 monitoring |
| Network and Wi-Fi operation | 16 sites, 92 switches, 310 access points, SD-WAN | 24 × 7 monitoring |
| Patching | monthly for servers, quarterly for network devices | planned windows |
| Backup | daily backup, monthly restore test | 24 × 7 |
| On-site support | Chengdu sites next business day, other sites by dispatch | working hours |
| Asset and configuration management | CMDB for all in-scope assets, monthly reconciliation | working hours |
| Reporting | monthly service report, quarterly governance pack | monthly and quarterly |

## Schedule 2: Service Levels

| Measure | Target |
|---|---|
| Availability of core systems (warehouse management, temperature monitoring) | 99.95% per month |
| Priority 1 incident: response | 30 minutes |
| Priority 1 incident: restoration | 6 hours |
| Priority 2 incident: response | 2 hours |
| Priority 2 incident: restoration | 1 business day |
| Service requests fulfilled on time | 95% |

## Schedule 3: Charges

| Item | Amount (CNY) |
|---|---|
| Transition (one-time) | 146,000 |
| Monthly service charge | 96,500 |
| Unit rate for an additional warehouse site, per month | 3,800 |
| Monthly service charges for 36 months | 3,474,000 |
| Total Contract Value | 3,620,000 |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, numbered clauses)
E05 = """DATA SUBSCRIPTION AGREEMENT
MARITIME VESSEL DATA API

Agreement No. KMD-SUB-2026-077

BETWEEN
Kymi Maritime Data Oy, Keskuskatu 14, 48100 Kotka, Finland ("Provider"); and
Qingdao Haiyun Shipping Logistics Co., Ltd., Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND
The Provider collects and processes vessel position reports from terrestrial and satellite AIS receivers, port call records and vessel particulars, and makes them available through application programming interfaces. The Customer wishes to use these data in its freight booking, vessel tracking and port planning systems.

1. DEFINITIONS
1.1 "Data Services" means the Provider's Vessel Positions API, Port Calls API and Vessel Particulars API, together with the related documentation, as described in Annex 1.
1.2 "Subscription Year" means each period that begins on the Service Start Date or on an anniversary of it and ends on the day before the next anniversary.
1.3 "Service Start Date" means the date on which the Provider confirms that the Customer's production API keys are active and the integration has passed the tests in clause 4.
1.4 "Customer Data" means all data the Customer sends to the Provider, including vessel watch lists, booking references, query parameters and user accounts.

2. SUBSCRIPTION
2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the Data Services and to use the data obtained through them in the Customer's own operations and in the tracking information shown to the Customer's shippers.
2.2 The subscription covers up to 20 million API calls per Subscription Year, global coverage, position updates at the intervals stated in Annex 1, and historical positions for the preceding 24 months.
2.3 The Customer shall not resell the raw data or offer it as a stand-alone data product.
2.4 Where the Customer displays vessel positions to its shippers, it shall show the attribution notice stated in Annex 1. The Customer may keep data obtained during the Subscription Term in its own records for operational, audit and legal purposes after the Subscription Term ends.

3. SUBSCRIPTION TERM AND RENEWAL
3.1 The initial Subscription Term is two Subscription Years from the Service Start Date.
3.2 At the end of the initial Subscription Term, and at the end of every renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.
3.3 For each renewal term the Provider may increase the annual subscription fee by up to 9% over the fee of the preceding Subscription Year by notifying the Customer at least 75 days before the renewal date. The increased fee applies from the renewal date without further agreement.

4. ONBOARDING AND ACCEPTANCE
4.1 The Provider shall provide onboarding services: a dedicated sandbox, a connector module for the Customer's tracking platform, mapping of the Provider's port codes to the Customer's port master data, and two days of developer training.
4.2 The integration shall be tested against Annex 2: the connector processes a full day's traffic for the Customer's watch list of 1,800 vessels without errors; positions agree with the sandbox reference set; port call events reach the Customer's planning system within 5 minutes; and the API answers 95% of requests within 800 milliseconds during a 72-hour test. The Customer shall confirm acceptance in writing within 5 working days after successful tests.
4.3 If the Service Start Date does not occur within 50 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, up to 5% of the total fees for the initial Subscription Term.

5. FEES AND PAYMENT
5.1 The fees are:
    Annual subscription fee, Subscription Year 1: CNY 468,000
    Annual subscription fee, Subscription Year 2: CNY 468,000
    One-time onboarding fee: CNY 74,000
    Total for the initial Subscription Term: CNY 1,010,000
5.2 The onboarding fee and the subscription fee for Subscription Year 1, together CNY 542,000, are invoiced on signature of this Agreement and are payable within 15 days after the invoice date, before onboarding begins. The Provider may withhold sandbox access and onboarding services until this invoice is paid.
5.3 The subscription fee for Subscription Year 2 is invoiced 30 days before the start of that Subscription Year and is payable within 30 days after the invoice date.
5.4 Calls above the annual allowance are charged at CNY 9 per thousand calls, invoiced quarterly in arrears.
5.5 All fees are stated in CNY and include VAT. Payment is made to the Provider's bank account in mainland China stated on the invoice.

6. SERVICE LEVELS
6.1 The Provider shall make the Data Services available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance.
6.2 Incidents are handled as follows: Priority 1 (an API unavailable or returning no data) response within 2 hours and restoration within 8 hours; Priority 2 (degraded performance or delayed data) response within 6 hours and restoration within 2 business days; Priority 3 (questions and minor issues) response within 2 business days.
6.3 If monthly availability is below the commitment, the Customer receives a credit of 3% of the monthly equivalent of the annual fee for each started 0.1 percentage point of shortfall, and a further credit of CNY 1,500 for each Priority 1 incident not restored on time. Credits are set off against the next invoice or paid within 30 days at the end of the Subscription Term.
6.4 Support is provided in English and Chinese through a ticket portal and a telephone line for Priority 1 incidents. The Provider shall publish a status page showing the availability of each API and announce planned maintenance there and by email.
6.5 The Provider shall report monthly on availability, incidents and API call volumes, and meet the Customer's integration team quarterly to review data quality and planned changes to the Data Services.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the Data Services to the Customer and shall not use it for any other purpose, in particular not to infer the Customer's commercial activity or to inform other customers.
7.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access, logging and regular penetration tests, and maintain an ISO/IEC 27001 certification for its operations.
7.3 The Provider shall notify the Customer within 24 hours after becoming aware of a breach affecting Customer Data, cooperate with the Customer's investigation, and be responsible for the losses caused by its breach of this clause 7.
7.4 On expiry or termination, the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the other party's non-public business, technical and pricing information, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY
9.1 The Data Services, the data supplied through them and the Provider's software remain the property of the Provider and its licensors.
9.2 The connector module, port code mappings and any other deliverable made specifically for the Customer belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code on acceptance.

10. SUBCONTRACTING
10.1 The Provider shall not subcontract the onboarding services or the operation of the Data Services without the Customer's prior written consent, except for the hosting provider named in Annex 1, which the Customer approves by signing this Agreement.

11. LIABILITY
11.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial Subscription Term, except for breach of clauses 7 and 8, wilful misconduct and liability that cannot be limited by law.
11.2 Neither party is liable for lost profits or indirect loss.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
12.2 If the Customer terminates under 12.1, the Provider shall refund the unused part of any prepaid fees.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

14. GENERAL
14.1 Annex 1 (Service Description) and Annex 2 (Integration Test Plan) form part of this Agreement.
14.2 Amendments must be made in writing and signed by both parties.
14.3 Notices shall be sent in writing to the addresses above or by email to the contacts named in Annex 1, and take effect on receipt.
14.4 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it informs the other party promptly and limits the effects. The Provider's obligations under clause 7 are not suspended by such events.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

# ================================================================= labels
SOURCES_TXT = {"z03": Z03, "z04": Z04, "z05": Z05, "e02": E02, "e04": E04, "e05": E05}
SOURCES_WP = {"z01": Z01, "z02": Z02, "e01": E01, "e03": E03}

FILES = {
    "z01": ("h937z01_newsstand_service_platform.pdf", "zh", "software", "pdf"),
    "z02": ("h937z02_handcart_line_control_retrofit.docx", "zh", "hardware", "docx"),
    "z03": ("h937z03_shrimp_fishing_chain_booking_saas.txt", "zh", "cloud", "txt"),
    "z04": ("h937z04_soil_conservation_monitoring_om.txt", "zh", "services", "txt"),
    "z05": ("h937z05_indigo_cloth_tracking_supplier_template.md", "zh", "software", "md"),
    "e01": ("h937e01_maintenance_planning_licence_swedish_vendor.pdf", "en", "software", "pdf"),
    "e02": ("h937e02_quality_saas_order_form.md", "en", "cloud", "md"),
    "e03": ("h937e03_cement_condition_monitoring_sensors.docx", "en", "hardware", "docx"),
    "e04": ("h937e04_cold_chain_managed_infrastructure.md", "en", "services", "md"),
    "e05": ("h937e05_vessel_data_api_subscription.txt", "en", "cloud", "txt"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# availability, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind
T = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
    "z02": [None, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 26, False, True, True, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, True, True, 600 / 854000 * 100, None, None, True, None, None, None, True,
            True, False, "PRC", S],
    "z04": [99.95, 0.5, True, "buyer", False, True, True, 0.02, None, None, True, None, None, None, False, True, False,
            "PRC", S],
    "z05": [None, None, False, "supplier", True, True, False, None, None, 65, False, False, 6, None, False, True, None,
            None, G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 9, False, True, False, "Sweden", G],
    "e02": [99.95, 0.5, True, "buyer", True, False, True, 900 / 1332000 * 100, 9 / 36 * 100, None, True, None, None,
            None, False, True, True, "PRC", S],
    "e03": [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 7.5, False, True, False, "PRC", G],
    "e04": [99.95, 0.5, False, "buyer", True, True, True, 2600 / 3620000 * 100, 150, None, True, None, None, None, False,
            False, False, "PRC", S],
    "e05": [99.95, 2, True, "buyer", True, True, True, 700 / 1010000 * 100, 150, 542000 / 1010000 * 100, True, None,
            None, None, True, True, False, "PRC", S],
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
X = {
    "z01": (True, True, True, False, 1110000), "z02": (True, True, True, False, 1800000),
    "z03": (True, True, None, False, 854000), "z04": (True, True, None, False, 468000),
    "z05": (False, False, False, True, 310000), "e01": (True, True, True, False, 2058000),
    "e02": (True, True, None, False, 1332000), "e03": (True, True, True, False, 1850000),
    "e04": (True, True, None, False, 3620000), "e05": (True, True, None, False, 1010000),
}
# design: fee base for TCO, forum outside mainland China, expected rules as designed
FEE_BASE = {"z01": 620000, "z02": 1584000, "z05": 168000, "e01": 1260000, "e03": 1538400}
FORUM_OUTSIDE = {"e01"}
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-PREPAYMENT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
HORIZON, TCO_SHARE = 5, 40


def tco_share(k):
    t = dict(zip(KEYS, T[k]))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not X[k][2]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[k] * years
    return fees / (X[k][4] + fees) * 100


def derive_rules(k):
    t = dict(zip(KEYS, T[k]))
    sla, ld_stated, capped, deemed, cv = X[k]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(k)
        if sh is not None and sh > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(k):
    name, lang, cat, _ = FILES[k]
    sla, ld_stated, capped, deemed, cv = X[k]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if T[k][-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(KEYS, T[k])),
            "expected_extra": extra, "expected_rules": derive_rules(k)}


# ================================================================= reading back and checks
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s+", "", text))
    return len(text.split())


NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    NUM + r"99[.．]90*(?!\d)",
    NUM + r"4\s*-?\s*(?:个)?(?:小时|hours?|hrs?|h)(?![a-z])", r"(?:四|four)\s*-?\s*(?:个)?(?:小时|hours?)",
    NUM + r"100" + PCT, r"百分之一?百(?!分)", r"one\s*hundred\s*per",
    NUM + r"0[.．]050*(?!\d)", r"万分之五(?![十\d])", r"千分之零点五", NUM + r"0[.．]5\s*‰",
    NUM + r"30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per",
    NUM + r"12\s*-?\s*(?:个月|months?)", r"十二个月", r"twelve\s*-?\s*(?:\(12\)\s*)?months?", r"一年",
    r"\bone\s*-?\s*year\b", NUM + r"1\s*-?\s*year\b",
    NUM + r"15" + PCT, r"百分之十五(?!点)", r"fifteen\s*per",
    NUM + r"40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per",
    NUM + r"5\s*-?\s*(?:年|years?)(?![a-z])", r"五年", r"five\s*-?\s*years?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "可用率99.9", "4 hours", "4小时", "四小时", "4-hour", "within 4h", "four hours",
            "100%", "100 %", "百分之百", "0.05%", "万分之五", "0.050", "30%", "30 per cent", "百分之三十", "12 months",
            "12个月", "十二个月", "twelve months", "12-month", "质保一年", "one year", "15%", "百分之十五", "40 percent",
            "百分之四十", "5 years", "五年", "five-year"]
MUST_MISS = ["99.95%", "24小时", "24 hours", "14 hours", "1.4 hours", "110%", "1,100%", "0.055%", "万分之六",
             "130%", "3%", "百分之三十五", "112 months", "24 months", "2026年12月31日", "一周年", "115%", "25%",
             "百分之四十五", "2025年", "0.5 hours", "45%", "35%", "150%", "12 hours", "Annex 4 has", "0.08%",
             "2,450", "36 months", "each year", "每年", "2.4 hours", "千分之一"]
for s_ in MUST_HIT:
    assert THRESHOLD_RE.search(s_), s_
for s_ in MUST_MISS:
    assert not THRESHOLD_RE.search(s_), (s_, THRESHOLD_RE.search(s_))


def check_sums():
    assert 620000 + 415000 + 58000 + 17000 == X["z01"][4] and 20 + 45 + 35 == 100
    assert 672000 + 386000 + 214000 + 72000 + 240000 == FEE_BASE["z02"]
    assert FEE_BASE["z02"] + 136000 + 62000 + 18000 == X["z02"][4] and 10 + 35 + 50 + 5 == 100
    assert 40 * 9600 * 2 + 86000 == X["z03"][4]
    assert 4 * 0.25 * X["z04"][4] == X["z04"][4] == 468000
    assert 168000 + 124000 + 18000 == X["z05"][4] and 65 + 35 == 100 and 0.65 * 310000 == 201500
    assert 1260000 + 540000 + 210000 + 48000 == X["e01"][4] and 10 + 55 + 35 == 100 and 0.09 * 1260000 == 113400
    assert 3 * 420000 + 72000 == X["e02"][4]
    assert 320 * 2450 + 24 * 8600 + 2 * 68000 + 412000 == FEE_BASE["e03"]
    assert FEE_BASE["e03"] + 164000 + 126000 + 21600 == X["e03"][4] and 20 + 45 + 35 == 100
    assert round(0.075 * FEE_BASE["e03"]) == 115380 and round(0.26 * FEE_BASE["z02"]) == 411840
    assert 36 * 96500 + 146000 == X["e04"][4] and 36 * 96500 == 3474000
    assert 2 * 468000 + 74000 == X["e05"][4] and 468000 + 74000 == 542000
    assert round(0.08 * 620000) == 49600


def check():
    check_sums()
    cover = set()
    for k, (name, lang, cat, fmt) in FILES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        cover |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        sh = tco_share(k)
        assert sh is None or abs(sh - TCO_SHARE) > 2, (k, sh)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        print("%s %-55s %5d %s rules=%d risk=%s tco=%s" % (k, name, n, "ok" if lo <= n <= hi else "OUT OF RANGE",
                                                          len(lab["expected_rules"]), risk(lab["expected_rules"]),
                                                          None if sh is None else round(sh, 2)))
        assert lo <= n <= hi, (k, n)
    assert cover == set(ALL_RULES), set(ALL_RULES) - cover


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for k, src in SOURCES_TXT.items():
        (OUT / FILES[k][0]).write_text(src, encoding="utf-8")
    write(SOURCES_WP, {k: (FILES[k][0], FILES[k][3]) for k in SOURCES_WP}, OUT, wrap_words=True)
    for k in FILES:
        lab = label(k)
        (OUT / (Path(FILES[k][0]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    check()
