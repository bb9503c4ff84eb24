#!/usr/bin/env python3
"""holdout832: ten blind held-out DRAFT contracts (ordinary drafts, no tricks) and their .json labels.

Run:  /work/main/.venv/bin/python -B make_files.py   (from this folder)
Builds every contract file from the sources below (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the
.json labels, derives each draft's rules from its labels with this folder's reading of policy §3 and compares them
with the design list, checks that all 20 CR rules fire at least once, checks text lengths as read back, and checks
that no label value and no text sits on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

# ---------------------------------------------------------------------------------------------------------------------
SRC["z01"] = """
T:长江江豚保护监测平台采购合同
P:合同编号：YYJ-ZFCG-2027-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江城市渔业局　　乙方（供应商）：湖光智联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就江豚保护监测平台（以下简称“平台”）的软件许可、定制开发及实施服务订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供江豚保护监测平台软件（V3版）永久使用许可，覆盖局本部及6个保护站，用户数不限。
P:1.2 乙方按甲方需求完成定制开发：江豚声学监测数据接入及识别模型对接、18路水面视频接入与目标识别、巡护执法APP、保护区电子围栏告警、数据大屏及统计报表，并与省级渔政执法平台对接。
P:1.3 乙方负责平台在甲方政务云上的部署、联调、数据初始化及用户培训。
P:1.4 乙方应在合同签订后20日内完成需求调研，走访局本部及各保护站，编制需求规格说明书和总体设计方案，经甲方组织评审确认后作为开发和验收的依据。需求规格说明书确认后，甲方提出的新增需求由双方书面协商，工作量较小的，乙方应在合同价款内完成。
P:1.5 乙方交付的软件应支持国产操作系统、数据库及中间件，满足政务云资源使用规范，并提供开放的数据接口，以便甲方今后接入其他监测设备。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾捌万陆仟元整（¥2,186,000），含税，包括：平台软件许可费¥1,180,000；定制开发费¥846,000；实施部署费¥124,000；培训费¥36,000。
P:2.2 合同总价为固定价格，除甲方书面变更需求外不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票，付款按财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，于初步验收后60日内完成试运行并提交最终验收申请。
P:4.2 因甲方原因导致工期延误的，工期相应顺延，双方以书面形式确认。因汛期或禁渔期管理要求需调整现场作业时间的，由双方协商安排。
P:4.3 乙方应指派具有同类项目经验的项目经理一名常驻现场，并配备不少于三名开发及实施人员；未经甲方同意不得更换项目经理。乙方人员应遵守甲方保护区管理及船只作业安全规定。
P:4.4 乙方应在合同签订后7日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：合同及需求规格说明书所列功能全部实现；18路视频全部接入且画面完整；声学监测数据接入延迟不超过10秒；电子围栏告警在30秒内推送至巡护APP；与省级执法平台接口联调通过。
P:5.2 最终验收标准：平台连续试运行60日无一级故障；第三方测评机构出具的安全测评报告无高危问题；文档、源代码及培训记录移交齐全。验收由甲方组织专家按上述标准逐项测试并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日通知甲方并安排在夜间进行。
P:6.2 故障分级及响应：一级故障（平台整体不可用或告警中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障1个工作日内响应。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减¥800；月度可用率每低于承诺值0.01个百分点扣减¥1,000。扣减款从维保费或履约保证金中扣除。
H:第七条 质保与维保
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过平台软件许可费的8%（即每年不超过¥94,400），质保期满后三年内不得上调，另行签订维保合同，维保合同不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、模型对接代码、APP、报表模板及相关文档的知识产权归甲方所有，乙方应交付全部源代码，甲方有权自行修改、使用及许可他人使用。
P:8.2 平台标准软件的知识产权仍归乙方所有，甲方依本合同取得永久使用许可。乙方保证交付成果不侵犯第三方权利。
H:第九条 数据安全
P:9.1 平台采集、存储的江豚声学数据、视频影像、巡护轨迹及水文数据均属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，运维访问须经甲方审批并通过堡垒机进行，不得将数据复制至甲方政务云以外的环境。
P:9.3 发生数据泄露、丢失或篡改等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、保护区巡护部署及未公开信息负有保密义务，未经甲方书面同意不得披露。
P:10.2 保密义务在本合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定且整改后仍不合格的，甲方有权拒收并要求乙方退还已付款项。
H:第十二条 分包
P:12.1 未经甲方书面同意，乙方不得将本合同任何部分分包或转包。经同意分包的，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在10日内移交已完成成果及全部甲方数据。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因洪水、台风等不可抗力致使合同不能按期履行的，受影响方应及时通知对方并提供证明，双方协商调整工期；不可抗力持续超过60日的，双方可协商终止合同。
H:第十六条 培训与交接
P:16.1 乙方应为甲方及各保护站人员提供不少于6场现场培训，内容包括平台操作、识别结果复核、巡护APP使用及日常运维，并提交培训教材和操作手册。
P:16.2 合同终止或维保服务结束时，乙方应配合甲方完成系统交接，移交管理员账号、配置说明及运维记录。
P:16.3 乙方应按季度向甲方提交项目进展报告，内容包括工作完成情况、存在问题及下一阶段计划，项目例会纪要经双方确认后作为履约记录。
H:第十七条 其他
P:17.1 本合同一式六份，甲乙双方各执三份，自双方签字盖章之日起生效。
P:甲方（盖章）：江城市渔业局　　乙方（盖章）：湖光智联信息技术有限公司
P:日期：2027年3月9日
"""

# ---------------------------------------------------------------------------------------------------------------------
SRC["z02"] = """
T:浴球生产线控制系统改造合同
P:合同编号：QY-SB-2027-0412
P:甲方：清漪日化浴球制造有限公司　　乙方：恒拓工业自动化工程有限公司
P:甲方拟对其一号至三号浴球生产线（配料、压制成型、干燥、包装四个工段）的控制系统进行改造。经询价比选，双方就控制设备供货、软件许可、编程调试及维保服务订立本合同。
H:第一条 合同标的
P:1.1 乙方负责三条生产线控制系统的设计、供货、安装、编程、调试及培训，替换原有继电器控制柜，实现配料称重闭环控制、压制机联锁保护、干燥温湿度自动调节、包装计数及生产数据采集。
P:1.2 供货清单及价格见下表，所有设备均为全新原厂产品，附合格证及质保书。
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、电源）|6套|486,000
TB:2|伺服驱动器及伺服电机|24套|318,000
TB:3|触摸屏人机界面（HMI）|9台|142,000
TB:4|称重、温湿度及光电传感器|1批|176,000
TB:5|工业交换机及现场网络|1批|96,000
TB:6|SCADA监控软件及数据采集软件许可（永久）|1套|146,000
TB:软硬件小计|||1,364,000
TB:7|控制程序编制、组态及调试|1项|168,000
TB:8|安装、布线及旧柜拆除|1项|96,000
TB:9|操作及维护培训|1项|22,000
TB:合同总价|||1,650,000
P:1.3 合同总价为人民币壹佰陆拾伍万元整（¥1,650,000），含增值税、运输、保险及安装费用。
P:1.4 主要技术要求：PLC采用国内外主流品牌中高端型号，I/O点预留不少于20%的余量；伺服系统定位精度满足压制模具要求；HMI支持中文界面及配方管理，配方可按产品型号一键切换；现场网络采用环网结构，单点断线不影响生产；SCADA系统可保存不少于三年的生产数据，并可导出产量、能耗及不良品报表。
P:1.5 乙方应在设计阶段对现场进行勘察，核实原有电缆、气路及机械接口，因勘察不充分导致的额外费用由乙方承担。
H:第二条 付款
P:2.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:2.2 全部设备到货并完成安装、甲方签收后，甲方支付合同总价的55%；到货签收仅为数量确认，不代表质量验收。
P:2.3 三条生产线通过最终验收后30日内，甲方支付合同总价的25%。
P:2.4 乙方应在每笔付款前开具增值税专用发票。
H:第三条 工期
P:3.1 乙方应于合同生效后45日内完成设备到货，到货后40日内完成三条生产线的安装调试。为减少停产损失，改造按生产线逐条进行，每条生产线的停线时间不超过7日。
P:3.2 乙方应在施工前提交改造方案、停线计划及安全措施，经甲方书面确认后实施。
P:3.3 停线改造期间，乙方应安排足够的电气、机械及调试人员昼夜施工，并在每日下班前向甲方生产部报告当日进度。旧控制柜拆除后应整理交甲方处置，拆除的电缆及元器件不得擅自带出厂区。
P:3.4 甲方应在停线前完成在制品清理，提供施工用电、压缩空气及临时堆放场地，并指定设备管理人员全程配合调试。
H:第四条 验收
P:4.1 单线调试完成后进行试生产，验收标准为：生产线连续72小时满负荷运行无停机故障；配料称重误差不超过±0.5%；压制节拍达到每分钟60个；干燥段温度控制偏差不超过±2℃；急停、安全门联锁及过载保护全部测试有效；生产数据正确上传至SCADA系统。
P:4.2 三条生产线均通过单线验收后，甲方组织最终验收并出具书面验收报告。安装完成、投入试生产或甲方使用均不视为验收合格。
P:4.3 验收不合格的，乙方应在10日内整改并重新验收，整改费用由乙方承担。经两次整改仍不合格的，甲方有权要求更换设备或解除合同。
P:4.4 验收时乙方应提交设备合格证、检测报告、调试记录及程序备份，作为验收资料存档。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换，更换的部件自更换之日起重新计算质保期。质保期内乙方每季度上门巡检一次，检查控制柜散热、接线紧固、传感器零点及程序备份情况，并出具巡检报告。
P:5.2 质保期内及维保期内的服务水平：一级故障（生产线停机）乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单机或单工段异常）2小时内响应，24小时内解决。乙方每超时1小时，向甲方支付¥1,000。
P:5.3 质保期满后，乙方提供包括驻场巡检、备品备件、程序优化在内的年度维保服务，年度维保费按软硬件小计的28%计取，即每年¥381,920，三年内不作调整，按年签订维保协议，不自动续期。
H:第六条 知识产权
P:6.1 乙方为本项目编制的PLC程序、HMI画面、组态工程文件及技术文档归甲方所有，乙方应在验收时交付全部源程序及密码，甲方可自行修改或委托第三方修改。
P:6.2 SCADA软件等第三方标准软件的知识产权归其权利人所有，甲方取得永久使用许可。
P:6.3 乙方保证所供设备及软件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第七条 生产数据
P:7.1 控制系统采集的配方、产量、能耗及质量数据属于甲方，乙方仅可为调试和维保目的使用，不得用于其他目的。
P:7.2 乙方应在控制网络与办公网络之间设置工业防火墙，远程维护须经甲方逐次授权并全程记录；乙方不得在设备中留置未经告知的远程通道。
P:7.3 因乙方原因导致生产数据丢失、损毁或被非法访问的，乙方应在2小时内通知甲方、协助恢复并赔偿甲方全部损失。
H:第八条 违约责任
P:8.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:8.2 因乙方施工导致停线时间超出约定的，乙方应赔偿甲方的停产损失。
P:8.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第九条 施工安全与分包
P:9.1 乙方施工人员应遵守甲方厂区安全、消防及洁净生产管理规定，动火及带电作业须办理审批。乙方对其人员的人身安全负责。
P:9.2 未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。
H:第十条 合同解除
P:10.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:10.2 逾期超过30日的，甲方可直接解除合同。
H:第十一条 技术资料与培训
P:11.1 乙方应在最终验收前交付电气原理图、接线图、I/O点表、程序注释说明、设备说明书、备件清单及维护手册各三套（含电子版）。乙方应为甲方电工及操作工提供不少于8个课时的现场培训，使其能够独立完成日常操作、配方修改、常见报警处理及备件更换。
H:第十二条 不可抗力
P:12.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明；双方协商变更或解除合同，互不承担违约责任。
H:第十三条 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。
P:13.2 争议由双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造技术方案、设备技术规格书、停线计划。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

# ---------------------------------------------------------------------------------------------------------------------
SRC["z03"] = """
门店预约及会员管理系统订阅服务合同

合同编号：DMZ-IT-2027-006

甲方：浪行独木舟运动培训连锁有限公司（以下简称“甲方”）
乙方：云帆软件服务有限公司（以下简称“乙方”）

甲方在全国经营30家独木舟培训门店，现需采用统一的课程预约、会员管理及收银系统。乙方以软件即服务（SaaS）方式提供“云帆场馆通”系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方30家门店及总部开通“云帆场馆通”系统，包括课程排期与在线预约、教练排班、会员卡及储值管理、装备租赁登记、收银对账、微信小程序及数据报表等功能。
2. 每家门店开通5个员工账号，总部开通20个管理账号，会员端不限人数。
3. 服务期为两个服务年度：第一服务年度自上线验收合格之日起算，第二服务年度紧随其后。
4. 服务期内乙方提供的版本更新、功能优化及安全补丁均包含在订阅费内，不另行收费。
（二）实施服务
1. 将甲方现有会员资料、剩余课时及储值余额从原系统迁移至新系统。
2. 按甲方品牌要求定制微信小程序页面及课程海报模板，开发甲方所需的门店经营日报、教练课时统计及会员流失预警报表。
3. 为各门店店长及前台人员提供线上培训，为总部提供两次现场培训，并提供操作手册、常见问题解答及培训视频。
4. 配置会员等级、课程套餐、储值赠送规则及装备租赁押金规则，完成与甲方现有微信支付商户号的对接。

二、服务费用
（一）门店订阅费：每家门店每服务年度¥5,800，30家门店每服务年度合计¥174,000。
（二）总部管理模块订阅费：每服务年度¥36,000。
（三）实施费（一次性）：¥64,000。
（四）两个服务年度合同总价为人民币肆拾捌万肆仟元整（¥484,000），含增值税。新增门店按每店每服务年度¥5,800按月折算另行结算，不计入合同总价。

三、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）订阅费按季度结算，首季度自上线验收合格之日起算，每季度结束后乙方提交服务报告及发票，甲方在15个工作日内支付该季度订阅费。
（三）本合同不设预付款。
（四）乙方应按甲方要求分门店开具或汇总开具增值税发票，并在发票备注中注明服务期间。

四、上线与验收
（一）乙方应于合同签订后45日内完成系统配置、数据迁移及小程序上线，具备验收条件。
（二）验收标准：
1. 30家门店会员数量、剩余课时及储值余额与原系统逐条核对一致，差错为零；
2. 预约、取消、候补、签到及退款流程在每家门店实测通过；
3. 小程序在高峰时段支持2,000名会员同时在线预约，页面响应时间不超过2秒；
4. 收银对账与甲方财务系统导出数据一致；
5. 定制报表按需求说明书全部实现。
（三）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。系统上线试用或甲方开始使用，均不视为验收合格。
（四）乙方逾期上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%。计划内维护应在每日凌晨1:00至5:00之间进行并提前两日通知。
（二）故障响应：一级故障（全部或多家门店无法预约或收银）30分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内解决；一般咨询当日答复。
（三）服务补偿：月度可用率低于承诺值的，减免当月订阅费的5%；低于98%的，减免当月订阅费的10%。一级故障恢复超时的，每超时1小时减免当月订阅费的1%。减免金额在下一季度付款时抵扣。
（四）乙方提供7×24小时电话及在线工单服务，周末及节假日门店营业高峰期间（每日8:00至20:00）应安排专人值守，工单处理结果应在系统中留痕，甲方可随时查询。
（五）可用率按每月系统可正常预约和收银的时间占当月总时间的比例计算，计划内维护时间不计入不可用时间，以乙方监控数据和甲方门店报障记录共同确认。

六、数据安全与数据归属
（一）甲方及其会员的个人信息、预约记录、储值及交易数据均属于甲方，乙方仅为提供本合同服务之目的处理，不得用于其他用途，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，落实网络安全等级保护第三级要求，对会员手机号、身份证件号加密存储，对员工账号实行最小权限管理并保留操作日志。
（三）发生数据泄露、丢失等安全事件的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方承担赔偿责任及相应的法律责任。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除其保存的数据，出具删除证明。
（五）甲方有权每服务年度对乙方的数据安全措施进行一次检查，或要求乙方提供有效的等级保护测评报告，乙方应予配合。

七、保密
双方对在履约中获悉的对方商业秘密、经营数据及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。双方应要求其员工及合作方遵守本条约定。

八、知识产权
（一）“云帆场馆通”系统的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面、海报模板及专属报表的知识产权归甲方所有，甲方可自行修改或交由第三方使用。

九、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十、续期
服务期满前30日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期可多次发生。续期时乙方有权按其届时公布的价目表调整订阅费，上调幅度不超过原订阅费的8%，并以书面方式通知甲方。

十一、违约与解除
（一）任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。
（二）连续两个月可用率低于98%的，甲方有权解除合同，乙方应退还已付未使用期间的费用。
（三）合同解除的，乙方应配合甲方完成数据导出及系统切换，切换期间继续提供服务，时间不超过30日。

十二、双方其他权利义务
（一）甲方应指定总部项目负责人，按实施计划提供原系统数据、门店信息、课程价格及品牌素材，并组织门店人员参加培训。
（二）乙方应指定专职客户成功经理，每月提交服务报告，内容包括可用率、故障记录、工单处理情况及系统使用统计，每季度与甲方召开一次服务回顾会。
（三）系统功能升级不得降低已有功能，涉及门店操作流程变化的，乙方应提前十日通知甲方并提供操作说明。
（四）乙方应保证小程序及收银功能符合支付机构和微信平台的相关规定，因乙方原因导致小程序下架或收款中断的，按一级故障处理。
（五）因地震、洪水等不可抗力导致服务中断的，受影响方应及时通知对方，双方均不承担违约责任，但乙方应尽快恢复服务。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方所在地人民法院管辖。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：需求说明书、门店清单、实施计划。

甲方（盖章）：　　　　　　　　　　　乙方（盖章）：
签订日期：2027年2月18日
"""

# ---------------------------------------------------------------------------------------------------------------------
SRC["z04"] = """
市政消防栓管理系统运维服务合同

项目编号：XFJY-CS-2027-03（竞争性磋商）
甲方（采购人）：滨湖市消防救援支队
乙方（成交供应商）：安泓物联科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其市政消防栓管理系统提供年度运行维护服务。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》订立本合同。

第一条 服务范围
（一）市政消防栓管理平台（含GIS一张图、水压监测、取水登记、巡检工单及移动端APP）的日常运行维护、故障处理、安全加固及小版本升级。
（二）全市2,400个消防栓智能水压监测终端、160个无线信号中继设备的巡检、校准、电池更换及故障维修。
（三）派驻一名驻场运维工程师，负责平台监控、数据核查、报表编制及消防站用户支持。
（四）配合甲方完成消防栓新增、迁移、报废的数据更新，并与供水公司管网数据定期比对。
（五）对水压异常、终端离线等告警信息进行核实，属于设备原因的及时处理，属于管网原因的及时通报甲方和供水公司。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满本合同即行终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第三条 合同价款
（一）合同总价为人民币陆拾贰万元整（¥620,000），为固定总价，包括：平台运维费¥186,000；监测终端巡检维护费¥264,000；驻场运维服务费¥118,000；备品备件费¥52,000。
（二）合同价款已包括人工、交通、通信、工具、备件及税费，甲方不再支付其他费用。

第四条 付款方式
（一）合同价款按季度平均支付，每季度¥155,000。
（二）每季度结束后，甲方依据第七条季度考核结果，在收到乙方发票后15个工作日内支付该季度款项，考核扣款从当季款项中直接扣除。
（三）本合同不设预付款。
（四）乙方应开具增值税发票，发票信息以甲方书面提供的为准。

第五条 服务启动与交接
（一）乙方应在服务期开始前完成与原运维单位的交接，核对平台账号、服务器配置、终端台账及备件库存，并提交交接报告。
（二）服务启动验收标准：平台各项功能运行正常；终端台账与现场抽查100个点位的结果逐一相符；监控告警规则配置完成并测试通过；应急预案及驻场人员名单经甲方审核确认。甲方于服务期开始后10日内组织启动验收并出具书面意见。

第六条 服务要求
（一）平台故障分为三级。一级故障指平台整体无法访问、水压告警数据中断或APP无法登录；二级故障指部分功能异常或单个区域终端数据中断；三级故障指其他一般性问题。
（二）一级故障，乙方应在8小时内响应，24小时内恢复；二级故障应在12小时内响应，48小时内解决；三级故障在3个工作日内解决。
（三）终端巡检每季度覆盖全部消防栓，每次巡检须拍照上传并记录水压读数；发现终端损坏的，应在5个工作日内修复或更换。
（四）每月5日前提交上月运维报告，内容包括平台运行情况、故障处理、终端在线数量、巡检进度及整改建议。
（五）重大节假日、火灾高发期及甲方组织的演练期间，乙方应安排专人值守，确保告警信息及时推送至各消防站。
（六）乙方应每半年对平台进行一次安全加固和性能优化，对服务器、数据库及中间件进行健康检查，并向甲方提交检查报告和优化建议。

第七条 考核与扣款
（一）甲方每季度对乙方服务进行考核，考核内容包括故障处理时效、巡检完成情况、报告质量及用户评价。
（二）一级故障响应或恢复超时的，每次扣减¥2,000；二级故障超时的，每次扣减¥800；季度内逾期未修复的终端每个扣减¥200。
（三）季度考核不合格的，乙方应在10日内提交整改报告并完成整改。
（四）考核结果作为甲方支付服务费及今后采购评审的参考依据。

第八条 违约责任
（一）乙方未按期完成服务交接或季度巡检的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方驻场人员未经甲方同意擅自离岗或更换的，每人次扣减¥1,000。
（三）因乙方维护不当造成设备损坏或数据错误的，乙方负责修复并赔偿损失。

第九条 合同的履行与解除
本合同为政府采购服务合同，服务期内任何一方均不得单方解除合同。乙方发生违约行为的，甲方可依照第七条、第八条扣减服务费、收取违约金并要求乙方限期整改，乙方应继续履行合同，甲方不以此为由解除合同。

第十条 数据安全
（一）系统内的消防栓位置、水压数据、巡检记录、用户信息等全部数据属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的。
（二）乙方应遵守政务云安全管理规定，运维操作须通过堡垒机并留存日志，严禁私自导出数据或开设远程访问通道；乙方应定期开展漏洞扫描并及时修补。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）服务期满或合同终止时，乙方应删除其持有的全部甲方数据副本，并向甲方出具书面删除确认。

第十一条 保密
乙方及其人员对履约中知悉的消防设施布局、水源分布、应急预案及甲方未公开信息负有保密义务，未经甲方书面许可不得向任何第三方披露。保密义务不因合同终止而解除。

第十二条 知识产权
乙方在运维期间为甲方编写的脚本、报表模板、配置文档及数据整理成果归甲方所有，甲方可自由使用和修改。

第十三条 分包
乙方不得将本合同服务分包或转包给第三方。

第十四条 乙方人员
（一）乙方应组建不少于六人的运维团队，其中项目负责人应具有同类系统运维经验，驻场工程师应熟悉GIS平台及物联网终端维护。乙方应在服务期开始前报送人员名单及资质证明。
（二）乙方人员进入消防站及市政道路作业时，应穿着统一标识服装，遵守交通安全规定并设置作业警示，不得影响消防栓的正常取水使用。
（三）乙方应为其人员购买意外伤害保险，乙方人员在作业中发生的人身伤害由乙方负责。

第十五条 备品备件
（一）乙方应建立备件库，常备不少于总量百分之三的监测终端及中继设备，备件型号应与现有设备兼容。
（二）更换下来的故障设备由乙方登记后交回甲方处置，电池按环保要求回收，乙方不得自行变卖。

第十六条 甲方义务
（一）甲方应为驻场工程师提供办公场所及网络接入条件，协调各消防站配合巡检工作。
（二）甲方应及时审核乙方提交的运维报告，对考核结果有异议的，双方在10日内协商确认。

第十七条 服务期满交接
服务期满或合同终止时，乙方应在15日内向甲方或甲方指定的单位移交全部账号、密码、配置文档、终端台账、备件清单及运维记录，并配合完成交接测试。交接完成前，乙方应继续保障平台正常运行。

第十八条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十九条 其他
本合同一式四份，甲乙双方各执两份，经双方法定代表人或授权代表签字并加盖公章后生效。附件：磋商文件服务需求、乙方响应文件、终端台账。

甲方（盖章）：滨湖市消防救援支队　　　乙方（盖章）：安泓物联科技服务有限公司
签订日期：2027年2月10日
"""

# ---------------------------------------------------------------------------------------------------------------------
SRC["z05"] = """
# 织迹工序追踪系统软件许可及定制开发合同

（织迹软件标准合同文本 ZJ-2026版）

合同编号：ZJ-HT-2027-0088

**甲方（客户）**：绕指柔钩针编织工作室
**乙方（服务方）**：织迹软件科技有限公司

甲方经营手工钩针编织产品的设计、生产及线上销售，需对订单从接单、配线、钩织、定型、质检到发货的全过程进行工序追踪。乙方为“织迹工序追踪系统”的开发商。甲方已阅读并理解本合同全部条款，双方同意按本标准文本订立合同。

## 第一条 合同标的

1.1 乙方向甲方授予“织迹工序追踪系统”标准版的使用许可，用户数20个，部署于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：纱线及辅料库存模块、订单工序看板、钩织手艺人计件统计、客户定制进度小程序查询页面，以及与甲方网店后台的订单接口。

1.3 乙方负责系统安装部署、基础数据导入及操作培训。基础数据由甲方按乙方提供的模板整理，乙方负责导入。

1.4 标准版功能包括：订单录入及拆分、工序模板配置（配线、起针、钩织、拼接、定型、质检、包装）、工序流转扫码、工时记录、不良品登记、发货管理及基础统计报表。定制开发的具体功能以双方签字的需求确认单为准，需求确认单未列明的功能不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工序追踪系统标准版许可（20用户，永久） | 96,000 |
| 2 | 定制开发（库存、看板、计件、小程序查询、网店接口） | 138,000 |
| 3 | 部署、数据导入及培训 | 18,000 |
| | 合同总价 | 252,000 |

合同总价为人民币贰拾伍万贰仟元整（¥252,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，计¥163,800。乙方收到该款项后启动开发工作。

3.2 系统部署完成后5个工作日内，甲方支付合同总价的35%，计¥88,200。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付

4.1 乙方计划在收到首期款后60个工作日内完成开发和部署。需求变更、甲方资料提供延迟或其他非乙方原因导致的延期，交付时间相应顺延。

4.2 甲方应指定一名熟悉业务流程的联系人，负责确认需求、提供基础数据及配合测试。甲方在需求确认单签字后提出的修改，乙方有权另行收费。

4.3 乙方交付内容包括：系统安装程序、用户操作手册、管理员手册及基础数据导入模板。定制开发部分以可运行程序形式交付。

4.4 部署完成后，乙方向甲方发出部署完成通知，甲方应在通知发出后3个工作日内安排人员登录使用。

## 第五条 验收

5.1 系统部署完成并交付甲方使用，即视为甲方验收合格。

5.2 甲方在使用过程中发现的问题，可通过乙方客服渠道反馈，乙方将在后续版本中予以改进。

## 第六条 维护服务

6.1 乙方提供自系统部署完成之日起六个月的免费维护期，免费维护期内乙方通过电话、微信或远程方式提供技术支持，处理时间由乙方根据问题的性质和工作安排确定。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费用按乙方当年度公布的服务价格标准收取。

6.3 因甲方自行修改系统、服务器故障、网络环境或操作不当引起的问题，不属于免费维护范围。乙方为处理上述问题提供现场服务的，按乙方人工费标准另行收费，差旅费用由甲方承担。

6.4 免费维护不包括新增功能开发、报表格式调整、数据修复及甲方服务器迁移服务。

## 第七条 知识产权

7.1 织迹工序追踪系统及乙方为本项目定制开发的全部程序、页面、接口、数据库设计及文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内获得非独占、不可转让的使用权，不得对系统进行修改、反编译或许可第三方使用。乙方有权将定制开发成果用于其他客户。

7.3 乙方不交付定制开发部分的源代码。

## 第八条 数据

8.1 甲方在系统中录入和产生的订单、客户、手艺人及库存数据归甲方所有，乙方不得将其用于本合同以外的用途。

8.2 乙方在部署和维护过程中接触甲方数据的，应采取访问控制、操作留痕等安全措施，不得擅自复制或带离甲方服务器。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作过程中获悉的对方商业秘密、产品设计、客户名单及技术资料负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条保密义务在合同终止后两年内继续有效。

9.3 乙方可在其宣传材料及客户名单中使用甲方名称，但不得披露甲方的产品设计及经营数据。

## 第十条 违约责任

10.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部责任（包括违约金和赔偿金）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十一条 甲方的义务

11.1 甲方应自行准备符合乙方配置要求的服务器、操作系统、数据库及网络环境，并负责服务器的日常管理、数据备份及安全防护。因甲方环境不符合要求导致的部署延误或运行问题，由甲方自行负责。

11.2 甲方应按乙方要求提供网店后台接口权限、历史订单数据及手艺人名单，并保证所提供资料的真实性和合法性。

11.3 甲方应妥善保管系统账号和密码，因账号管理不善造成的损失由甲方承担。

## 第十二条 培训与升级

12.1 乙方为甲方提供一次集中操作培训，培训对象为甲方管理人员及不超过十名手艺人，培训时长不少于半天。额外培训按乙方收费标准另行计费。

12.2 免费维护期内，乙方提供标准版的小版本升级；大版本升级及定制功能的适配需另行收费。

## 第十三条 不可抗力

因自然灾害、政府行为、网络运营商故障等不能预见、不能避免的原因导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

## 第十四条 合同解除

14.1 一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权解除本合同。

14.2 合同解除的，甲方应支付乙方已完成工作部分的费用；已支付的首期款不予退还，但乙方存在严重违约的除外。

## 第十五条 法律适用与争议解决

15.1 本合同适用中华人民共和国法律。

15.2 因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同为乙方标准合同文本，双方另有书面补充协议的，以补充协议为准。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.3 双方往来通知以本合同首页所列地址、电话或电子邮箱送达，一方变更联系方式的，应提前书面通知对方。

16.4 本合同附件包括需求确认单、服务器配置要求及报价单，附件与本合同具有同等效力。

**甲方（签章）**：　　　　　　　　**乙方（签章）**：织迹软件科技有限公司

日期：2027年4月　日
"""

# ---------------------------------------------------------------------------------------------------------------------
SRC["e01"] = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KDS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Tianshan Orchard Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Aksu, Xinjiang (the "Buyer"), and Kelkit Veri Sistemleri A.S., a joint stock company incorporated in the Republic of Turkey with its registered office at Gaziosmanpasa Bulvari, Tokat, Turkey (the "Vendor").
P:The Buyer processes and exports dried apricots, walnuts and jujubes and wishes to trace every lot from orchard to shipment. The Vendor develops the KDS Traceability Suite, a lot-tracing and quality-inspection system used by food processors. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the KDS Traceability Suite version 7 modules listed in Article 3, in object code, with their documentation and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, label templates, scripts and documents produced by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Licensed Software at the Buyer's sites, including lot records, supplier and grower details, inspection results and shipment data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation that the tests in Article 6 have been passed.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence in Article 4, configure the Licensed Software for the Buyer's two processing plants in Aksu and Hotan, build interfaces to the Buyer's ERP system, weighbridges and label printers, migrate open lot records from the Buyer's spreadsheets, and train the Buyer's staff.
P:2.2 The Licensed Software is installed on servers owned by the Buyer in its own data room in Aksu. The Vendor's consultants work on site and, when remote access is needed, through the Buyer's VPN under Article 10.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,804,000, inclusive of all taxes payable in the People's Republic of China, and is made up as follows: Licence Fees for the Lot Tracing, Quality Inspection, Grower Portal and Export Documents modules for 150 named users, CNY 1,260,000; configuration and interfaces, CNY 410,000; data migration, CNY 96,000; training, CNY 38,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and visa costs of the Vendor's staff are included and will not be charged separately.
H:Article 4 Licence
P:4.1 Upon payment of the instalment under Article 5.1 the Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software at its sites in the People's Republic of China for its own business and that of its affiliates.
P:4.2 The Buyer may make backup and test copies and may move the Licensed Software to new hardware without further charge. The Vendor retains the intellectual property rights in the Licensed Software itself.
H:Article 5 Payment
P:5.1 Twenty per cent (20%) of the Contract Price is payable within fifteen days after signature of this Agreement against the Vendor's invoice.
P:5.2 Forty-five per cent (45%) of the Contract Price is payable after installation of the Licensed Software at both plants and completion of data migration. Installation and migration do not constitute acceptance.
P:5.3 Thirty-five per cent (35%) of the Contract Price is payable within twenty days after Final Acceptance.
P:5.4 All payments are made in CNY by bank transfer to the Vendor's account in China or, at the Vendor's request, in Turkish lira at the exchange rate published by the People's Bank of China on the invoice date.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation and migration within ninety days after signature and shall be ready for Final Acceptance testing within one hundred and fifty days after signature.
P:6.2 Final Acceptance testing follows a test plan agreed in writing before testing starts. The Licensed Software passes when: (a) a complete forward and backward trace of ten sample lots, selected by the Buyer, is produced within two minutes for each lot; (b) weighbridge and label printer interfaces transfer data without error for twenty consecutive working days; (c) the ERP interface reconciles all lot quantities with no unexplained difference; (d) inspection certificates and export documents are generated in Chinese and English in the agreed formats; and (e) no Severity 1 or Severity 2 defect remains open.
P:6.3 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. Productive use of the Licensed Software before Final Acceptance does not mean that it has been accepted.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to their documentation and the agreed specifications for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:7.2 The Vendor provides support by telephone, e-mail and remote session in Chinese or English. For a Severity 1 defect, meaning a stoppage of lot recording or shipment release at a plant, the Vendor shall respond within one (1) hour and restore operation within eight hours, on site if necessary. Severity 2 defects shall be answered within two hours and resolved within three working days.
P:7.3 For each full hour by which the Vendor exceeds the response or restoration time for a Severity 1 defect, the Vendor shall pay the Buyer CNY 1,000, deducted from any amount due to the Vendor.
P:7.4 After the Warranty Period the Buyer may order annual support on the same terms. The annual support fee is eleven per cent (11%) of the Licence Fees, that is CNY 138,600 per year, and shall not be increased for the first three years after the Warranty Period. Support is ordered each year by purchase order and does not renew automatically.
H:Article 8 Delay
P:8.1 If the Vendor fails to meet a date in Article 6.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of ten per cent of the Contract Price.
P:8.2 Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 9 Intellectual Property
P:9.1 All rights in the Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver them with source code and documentation, and the Buyer may use, modify and license them freely, including to third parties.
P:9.2 The Vendor warrants that the Licensed Software and the Custom Deliverables do not infringe third-party rights and shall defend and indemnify the Buyer against any such claim.
H:Article 10 Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's systems or use it for any other purpose.
P:10.2 Remote access is allowed only through the Buyer's VPN with individual accounts, after approval by the Buyer for each session, and is logged. The Vendor shall comply with the Buyer's information security rules and with the applicable data protection laws of the People's Republic of China.
P:10.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to, loss of or damage to Buyer Data, shall help contain and remedy it, and shall be liable for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for this Agreement. This obligation survives termination for three years.
H:Article 12 Liability
P:12.1 The total liability of each party under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for the acts of approved subcontractors.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of it.
P:14.2 If the Buyer terminates under Article 14.1 before Final Acceptance, the Vendor shall refund the amounts paid for work not accepted, and the licences already granted shall continue.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Turkey.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Istanbul Arbitration Centre (ISTAC) under its rules. The seat of arbitration is Istanbul, the tribunal has one arbitrator, and the language is English.
H:Article 16 General
P:16.1 This Agreement is made in English and Chinese. Both versions have equal force. Amendments must be in writing and signed by both parties.
P:16.2 Notices are given in writing to the addresses above, or by e-mail to the project managers named in the project plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
SRC["e02"] = """
# ORDER FORM — AUDITLOOP STORE INSPECTION PLATFORM

Order Form No. AL-CN-0317 · Vendor: Yesilirmak Bulut Yazilim Ltd. Sti., Hazeranlar Mahallesi, Amasya, Turkey ("AuditLoop" or "Vendor") · Customer: Hangzhou Qiantang Apparel Retail Co., Ltd., Hangzhou, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Services

AuditLoop will provide its store inspection and visual merchandising audit platform as a hosted subscription service (the "Service") to Customer's regional managers and store staff. The Service includes mobile checklists, photo evidence with geotagging, corrective action tracking, scoring dashboards, a planogram compliance module and an API for Customer's store master data. The Service is hosted for Customer in a dedicated tenant on Alibaba Cloud, East China (Shanghai) region.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months, starting on the date of Go-Live Acceptance under A4. The Subscription Term ends automatically at its expiry. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|---|
| Inspector and store user subscriptions | 420 users | 780 per user per year | 327,600 | 655,200 |
| Administration and analytics module | 1 tenant | 24,000 per year | 24,000 | 48,000 |
| Onboarding (configuration, checklist build, data load, training) | one-time | 46,000 | — | 46,000 |
| **Total Fees** | | | | **749,200** |

All amounts are in Chinese yuan (CNY), inclusive of VAT. Additional users may be added at the same unit price, pro rata for the remaining Subscription Term; such additions are outside the Total Fees above.

### A4. Onboarding and Go-Live Acceptance

A4.1 AuditLoop will complete onboarding within fifty (50) days after signature of this Order Form. Onboarding covers tenant set-up, single sign-on with Customer's identity provider, import of 286 stores and their attributes, build of the six inspection checklists listed in the onboarding plan, and training of regional managers.

A4.2 Go-Live Acceptance tests: (a) each checklist can be completed offline and synchronised on iOS and Android devices; (b) photos are stored with time and location stamps; (c) store scores are calculated according to Customer's scoring rules for a sample of twenty stores and match Customer's manual calculation; (d) single sign-on works for all user groups; (e) the store master data API updates store records within ten minutes. Customer will issue a Go-Live Acceptance certificate when all tests are passed. Use of the Service by pilot users is not Go-Live Acceptance.

A4.3 If Go-Live Acceptance is delayed for reasons attributable to AuditLoop, AuditLoop will pay Customer CNY 500 for each day of delay.

### A5. Invoicing and Payment

A5.1 Subscription fees are invoiced quarterly in arrears at the end of each calendar quarter of the Subscription Term and are payable within thirty (30) days of a valid VAT invoice.

A5.2 The onboarding fee is invoiced after Go-Live Acceptance. No fee is payable before Go-Live Acceptance.

### A6. Contacts and Special Terms

A6.1 Customer contact: Head of Retail Operations. AuditLoop contact: Customer Success Lead, Asia.

A6.2 Part B applies with the following special term: the Service, its backups and all Customer Data remain stored in the People's Republic of China.

Signed for Customer: ____________________  Signed for AuditLoop: ____________________

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 AuditLoop will provide the Service in accordance with the documentation and this Order Form, and may improve it from time to time, provided that the functionality used by Customer is not materially reduced.

1.2 Customer is responsible for its users' accounts, for keeping passwords secure and for ensuring that its users comply with these General Terms.

### 2. Service Levels

2.1 AuditLoop will make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 06:00 Beijing time.

2.2 Support requests are classified by severity. Severity 1 means the Service is unavailable or checklists cannot be synchronised for all or most users. AuditLoop will respond to Severity 1 requests within thirty (30) minutes, at any time, and work continuously until the Service is restored. Severity 2 requests receive a response within two hours during business hours.

2.3 If monthly availability falls below the commitment in 2.1, Customer will receive a service credit of 5% of the monthly subscription fees for that month for each 0.1 percentage point (or part) of shortfall, up to half of the monthly subscription fees. Credits are deducted from the next invoice.

### 3. Customer Data

3.1 "Customer Data" means all data submitted to the Service by or for Customer, including inspection results, photos, store data and user details. As between the parties, Customer owns Customer Data.

3.2 AuditLoop may process Customer Data to provide the Service. In addition, AuditLoop may compile aggregated and de-identified data derived from Customer Data and from the use of the Service, and may use such data during and after the Subscription Term to improve and develop its products, train its image-recognition models and publish retail benchmarks, provided that such data does not identify Customer or any individual.

### 4. Security

4.1 AuditLoop will maintain technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access, logging of administrator access, regular vulnerability testing and an information security management system certified to ISO/IEC 27001.

4.2 AuditLoop will notify Customer without undue delay, and in any case within twenty-four (24) hours, after becoming aware of a security incident affecting Customer Data, will take steps to contain it, and will be responsible for losses caused by its failure to comply with this Section 4.

### 5. Subcontractors and Subprocessors

5.1 AuditLoop may use its affiliates and third-party subcontractors and subprocessors to perform any part of the Service, including hosting, support and onboarding. AuditLoop will inform Customer of any new subcontractor or subprocessor by written notice at least fourteen days before it starts processing Customer Data.

5.2 AuditLoop remains responsible for the performance of its subcontractors and subprocessors.

### 6. Customer Materials and Intellectual Property

6.1 AuditLoop owns the Service and all of its underlying software.

6.2 Checklists, scoring rules, report layouts and other materials created for Customer during onboarding or at Customer's request belong to Customer. Customer may use, modify and license them freely, including with other providers.

### 7. Acceptable Use and Suspension

7.1 Customer will not use the Service to store unlawful content, attempt to breach its security or resell it to third parties.

7.2 AuditLoop may suspend a user account only where that account is being used in a way that threatens the security of the Service, and will notify Customer promptly and restore the account as soon as the threat is removed. AuditLoop will not suspend the Service as a whole for a disputed invoice while the parties are discussing the dispute in good faith.

7.3 AuditLoop will provide Customer with a quarterly service report showing monthly availability, support requests by severity, response times achieved and any credits due.

### 8. Confidentiality

8.1 Each party will keep the other party's confidential information secret, use it only for the purposes of this Order Form and disclose it only to personnel and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of the Subscription Term.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

9.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by Customer in the six (6) months immediately preceding the event giving rise to the claim.

9.3 The limits in 9.1 and 9.2 do not apply to personal injury, fraud or Customer's obligation to pay fees.

### 10. Term and Termination

10.1 These General Terms apply for the Subscription Term.

10.2 Either party may terminate the Order Form by written notice if the other party materially breaches it and fails to cure the breach within thirty (30) days after written notice.

10.3 On expiry or termination, AuditLoop will make Customer Data available for export for sixty days in standard formats and will then delete it, and will confirm the deletion in writing on request.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The language of arbitration is English.

### 12. General

12.1 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.

12.2 Amendments must be in writing and signed by both parties. This Order Form is the entire agreement of the parties on its subject matter.
"""

# ---------------------------------------------------------------------------------------------------------------------
SRC["e03"] = """
T:SUPPLY AND LICENCE CONTRACT FOR GRAIN SILO MONITORING SYSTEM
P:Contract No. HNGR-2027-SM-022 (Buyer's standard form)
P:Buyer: Henan Zhongyuan Grain Reserve Storage Co., Ltd., Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Hitit Sensor Teknolojileri A.S., Organize Sanayi Bolgesi, Corum, Turkey, acting through its authorised representative office in Zhengzhou (the "Supplier").
P:The Buyer operates forty-eight steel and concrete grain silos at its Xinzheng depot. The Buyer wishes to replace manual temperature checks with continuous monitoring of grain temperature, humidity and carbon dioxide. After a competitive tender the Buyer has selected the Supplier. The parties agree as follows.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensor cables, carbon dioxide sensors, gateways, mounting parts and spare parts listed in clause 2.
P:1.2 "Monitoring Software" means the Supplier's SiloGuard monitoring software, including its server software, web console and mobile application.
P:1.3 "System" means the Equipment and the Monitoring Software installed and configured together at the depot.
P:1.4 The contract documents are, in order of priority: this Contract, the Technical Specification (Annex 1), the Acceptance Test Plan (Annex 2) and the Supplier's tender. 
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System for all forty-eight silos, connect it to the Buyer's depot management system and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,650,000, including VAT, delivery to the depot, insurance, customs duties and all import formalities, and is broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multipoint temperature and humidity sensor cables|640|1,180|755,200
TB:2|Carbon dioxide sensors for silo headspace|48|3,600|172,800
TB:3|Wireless gateways with solar power kits|24|9,400|225,600
TB:4|SiloGuard Monitoring Software, perpetual licence, 48 silos, unlimited users|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||1,439,600
TB:5|Installation, cabling and mounting in silos|1|168,000|168,000
TB:6|Commissioning, integration and training|1|42,400|42,400
TB:|Contract Price|||1,650,000
P:2.3 The Contract Price is fixed and includes all costs of the Supplier, including travel and the work of its installation crews.
H:3. Payment
P:3.1 An advance of ten per cent (10%) of the Contract Price is payable within fifteen working days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 Sixty-five per cent (65%) of the Contract Price is payable after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 Twenty-five per cent (25%) of the Contract Price is payable within twenty working days after the Final Acceptance Certificate.
P:3.4 Each payment is subject to a valid Chinese VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the depot within seventy days after signature and complete installation within forty-five days after delivery. Work inside silos shall be scheduled with the Buyer so that grain inflow and outflow are not disturbed.
P:4.2 The Supplier's staff shall observe the Buyer's safety rules for confined spaces, work at height, fumigation periods and dust explosion protection, and shall hold the required work permits.
P:4.3 If the Supplier fails to complete delivery or installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay. The total of such damages shall not exceed ten per cent of the Contract Price, and the Buyer may terminate under clause 13 when that amount is reached.
H:5. Acceptance
P:5.1 After installation the System shall run for a trial period of thirty consecutive days. Final Acceptance requires that: (a) readings from every sensor point are received by the Monitoring Software at least every ten minutes; (b) temperature readings deviate by no more than 0.5 degrees Celsius from calibrated reference thermometers at twenty sample points chosen by the Buyer; (c) alarms for temperature rise and carbon dioxide are shown on the console and sent to the mobile application within one minute in a simulated test; (d) data are transferred correctly to the depot management system; and (e) no Severity 1 fault occurs during the trial period.
P:5.2 The Buyer shall issue the Final Acceptance Certificate within ten working days after all criteria are met. Installation, commissioning or use of the System by the Buyer does not constitute acceptance. If criteria are not met, the Supplier shall remedy the defects at its own cost and repeat the tests.
P:5.3 Training and documentation: before the trial period the Supplier shall train at least twelve of the Buyer's storage keepers and two system administrators at the depot, covering daily monitoring, interpretation of temperature trends, alarm handling, battery and sensor replacement and basic troubleshooting. The Supplier shall deliver operation and maintenance manuals in Chinese, the as-built sensor layout for each silo, calibration certificates for all sensors and a recommended spare parts list. The Buyer may record the training sessions for internal use.
H:6. Warranty
P:6.1 The Supplier warrants the System against defects in design, materials and workmanship for twenty-four (24) months after the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective parts and correct software errors free of charge, including travel and shipping.
P:6.2 Severity 1 means that monitoring of one or more silos is lost, or that alarms are not issued. The Supplier shall respond to a Severity 1 fault within one (1) hour, arrive on site within twelve hours and restore monitoring within 24 hours. Other faults shall be answered within one working day and fixed within five working days.
P:6.3 If the Supplier exceeds the response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 800 for each hour of delay.
H:7. Post-Warranty Support
P:7.1 After the warranty the Buyer may order annual support covering repairs, software updates, recalibration and the service levels of clause 6.2. The annual fee is seven per cent (7%) of the Equipment and Licence Subtotal, that is CNY 100,772 per year, fixed for the first three years after the warranty.
P:7.2 Support is ordered by a separate annual purchase order and does not renew automatically. The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Monitoring Software for the Buyer's grain storage operations, including any future depot of the Buyer, subject to additional sensor licences for additional silos.
P:8.2 Silo layouts, alarm rules, reports, interface programs and other deliverables made specifically for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source code and documentation at Final Acceptance.
H:9. Buyer Data and Data Security
P:9.1 All measurements, alarms, silo inventory data and user records generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for any other purpose or disclose them to others.
P:9.2 The Monitoring Software shall run on servers in the Buyer's depot. The Supplier shall not transfer any data outside the Buyer's network and shall access the System remotely only through the Buyer's secure gateway with the Buyer's approval for each session.
P:9.3 The Supplier shall implement the security measures set out in Annex 1, including encrypted communication between gateways and server and role-based access. It shall report any security incident within two hours, cooperate in remedying it and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all information of the other party obtained under this Contract, in particular the Buyer's grain stock levels and depot layout, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to two hundred per cent (200%) of the Contract Price. The limit does not apply to personal injury, damage to grain stock caused by the Supplier's negligence, wilful misconduct or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors shall observe clause 4.2 and the Supplier remains liable for them.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or when the maximum liquidated damages under clause 4.3 are reached.
P:13.2 On termination the Supplier shall refund payments for Equipment or services not accepted and shall remove uninstalled Equipment at its own cost if the Buyer so requests.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:15. General
P:15.1 This Contract is signed in two originals in English and Chinese, and takes effect on signature by both parties. Annex 1: Technical Specification. Annex 2: Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
SRC["e04"] = """
# MANAGED IT SERVICES AGREEMENT

Agreement No. QDS-MSA-2027-05

**Customer:** Qingdao Bluewave Seafood Group Co., Ltd., Qingdao, Shandong Province, People's Republic of China ("Customer")

**Supplier:** Karadeniz Bilisim Hizmetleri A.S., Ada Mahallesi, Sinop, Turkey, acting through its registered branch in Qingdao ("Supplier")

Customer runs seafood processing plants, cold stores and sales offices in Qingdao, Yantai and Rizhao. Customer wishes to outsource the day-to-day operation of its end-user IT environment. Supplier provides managed IT services to food and logistics companies. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer or its employees, customers and suppliers that Supplier or its personnel can access in performing the Services, including e-mail, files, user accounts and data held in Customer's ERP and cold store systems.

1.5 "Service Commencement Date" means the date on which Customer issues the Transition Acceptance certificate under clause 4.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six (36) months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. The parties may agree in writing to extend it at the same Charges; there is no automatic renewal.

## 3. Services

3.1 Supplier shall provide the Services in accordance with Schedule 1, the Service Levels and good industry practice, using staff who speak Chinese.

3.2 Supplier shall provide an on-site engineer at each of the three plants during production shifts and a service desk reachable by telephone, WeChat and web portal.

3.3 Supplier shall report monthly on its performance against the Service Levels, open tickets, asset changes and improvement proposals, and shall attend a monthly service review with Customer's IT Manager.

3.4 Customer shall give Supplier's personnel access to its sites, systems and spare parts pool as needed for the Services, provide desk space and network connections for the on-site engineers, keep its software licences valid and appoint an IT Manager who can take decisions on changes. Where Supplier cannot meet a Service Level because Customer has failed to do any of these things, the affected ticket is excluded from the Service Level calculation.

3.5 Supplier shall keep the asset register, network diagrams and operating procedures up to date at all times and give Customer read access to them through the service portal.

## 4. Transition

4.1 Supplier shall take over the Services from Customer's internal team within sixty (60) days after signature, following the transition plan agreed at signature.

4.2 Transition Acceptance requires that: (a) all 1,180 end-user devices, 74 network devices and 26 servers are recorded in Supplier's asset register and reconciled with Customer's list; (b) the service desk has handled live tickets for ten consecutive working days in parallel with Customer's team; (c) monitoring of all network devices and servers is active and alerts are received by Supplier's operations centre; (d) operating procedures for each plant are approved by Customer; and (e) knowledge transfer sessions are completed. Customer shall issue the Transition Acceptance certificate when these criteria are met. Starting to provide services before that date is not Transition Acceptance.

4.3 If Transition Acceptance is delayed for reasons attributable to Supplier, Supplier shall pay Customer CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Transition Fee is invoiced after Transition Acceptance. No amount is payable before the Service Commencement Date.

5.2 Invoices are payable within thirty days after receipt of a valid VAT invoice. Service credits are deducted from the invoice for the following month.

5.3 The Charges are fixed for the Service Term. Devices added above the baseline in Schedule 3 are charged at the unit rates stated there.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Supplier shall use Customer Data only to perform the Services and shall not sell, disclose or otherwise exploit it.

6.2 On expiry or termination Supplier shall return all Customer Data in its possession to Customer.

## 7. Intellectual Property

7.1 Scripts, procedures, configurations, reports and documentation created by Supplier for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to a successor supplier.

7.2 Supplier's pre-existing tools remain Supplier's property; Supplier grants Customer a free licence to use any of them embedded in the deliverables.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent, except to its professional advisers or as required by law. This obligation continues for three years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 Supplier shall assign a named Service Delivery Manager and shall not replace key personnel without giving Customer reasonable notice.

9.2 Supplier may subcontract any part of the Services, including on-site support at a plant, to its affiliates or to third parties by giving Customer written notice at least ten days before the subcontractor starts work. Supplier remains responsible for its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the total Charges for the Service Term. The limit does not apply to personal injury, fraud or wilful misconduct.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

11.2 Customer may also terminate by written notice if Supplier fails to meet the Priority 1 response target in Schedule 2 in three consecutive months.

11.3 On expiry or termination Supplier shall provide exit assistance for up to ninety days at the Charges then applicable, so that the Services can be transferred to Customer or a new supplier without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. It is signed in English and Chinese; both versions are equally authentic.

For Customer: ____________________    For Supplier: ____________________

## Schedule 1 — Services

| No. | Service | Description |
|---|---|---|
| 1 | Service desk | Single point of contact in Chinese, 24 x 7, by telephone, WeChat and web portal; logging, classification and tracking of all tickets |
| 2 | On-site support | One engineer at each plant during production shifts; desk-side support, printers, scanners, label printers and meeting rooms |
| 3 | End-user device management | Imaging, software distribution, patching, asset tracking and replacement of faulty devices from Customer's spare pool |
| 4 | Network operations | Monitoring of switches, wireless access points and WAN links; configuration changes on request; liaison with carriers |
| 5 | Server operations | Monitoring, backups, restore tests every quarter and routine maintenance of 26 servers |
| 6 | Cold store system support | First-line support for the cold store management terminals and their handheld scanners |
| 7 | Reporting | Monthly service report and monthly service review |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service credit per missed ticket |
|---|---|---|---|---|
| P1 | Production line, cold store system or a whole site cannot work | 15 minutes | 2 hours | CNY 2,000 |
| P2 | A department or critical user cannot work | 1 hour | 8 hours | CNY 600 |
| P3 | Single user affected, workaround available | 2 business hours | 3 business days | CNY 100 |
| P4 | Request or question | 1 business day | 5 business days | none |

Service credits in a month are capped at ten per cent of the Monthly Service Charge for that month. Service desk calls shall be answered with an average speed of answer below forty-five seconds in each month; for each month in which this is missed, a credit of CNY 1,500 applies.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 72,000 |
| Monthly Service Charge | per month, 36 months | 58,000 |
| Total Monthly Service Charges | 36 x 58,000 | 2,088,000 |
| Total Charges for the Service Term | | 2,160,000 |
| Additional end-user device above 1,180 | per device per month | 36 |
| Additional server above 26 | per server per month | 420 |
"""

# ---------------------------------------------------------------------------------------------------------------------
SRC["e05"] = """
DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KGA-CN-2027-009

Provider: Ilgaz Iklim ve Bitki Ortusu Veri Hizmetleri Ltd. Sti., Cumhuriyet Caddesi, Kastamonu, Turkey ("Provider")
Customer: Huanghuai Agricultural Mutual Insurance Co., Ltd., Zhengzhou, Henan Province, People's Republic of China ("Customer")

BACKGROUND

Customer insures wheat, maize and peanut crops in Henan and Anhui provinces. Customer wishes to use daily weather, soil moisture and vegetation index data to price policies, monitor insured fields and assess claims after drought, frost and flood. Provider compiles such data from satellite and weather station sources and delivers it through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the gridded daily weather data, soil moisture estimates, vegetation indices and crop stress indicators described in Schedule A, delivered through the API and as bulk files.

1.2 "Customer Inputs" means the field boundaries, policy identifiers, coordinates and queries that Customer submits to the API or otherwise gives to Provider, and all results returned to Customer for them.

1.3 "Custom Layers" means the county-level drought and frost loss indicators that Provider develops specifically for Customer under clause 3.3.

1.4 "Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Subscription Year" means the period from the Start Date until the day before its first anniversary, and each following period between two anniversaries of the Start Date.

2. TERM AND RENEWAL

2.1 The Initial Term consists of two Subscription Years starting on the Start Date.

2.2 At the end of the Initial Term, and at the end of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

2.3 Provider may increase the Subscription Fee for any renewal Subscription Year by up to nine per cent (9%) over the fee of the preceding Subscription Year by notifying Customer at least ninety days before the renewal date. The increased fee applies automatically unless Customer gives notice of non-renewal.

3. SUBSCRIPTION SCOPE

3.1 Provider grants Customer, for the term of this Agreement, a non-exclusive, non-transferable right to access the API and to use the Data Products for its insurance business in the People's Republic of China, including pricing, underwriting, claims handling, reinsurance reporting and reporting to regulators.

3.2 The subscription covers up to 3,000,000 API calls per Subscription Year for an area of interest covering Henan and Anhui provinces, at a spatial resolution of 1 kilometre for weather data and 10 metres for vegetation indices, with a history of data from 2010 onwards.

3.3 During the first Subscription Year Provider shall develop Custom Layers for the 158 counties in the area of interest, calibrated with Customer's historical loss data for wheat and maize, and shall update them each season.

3.4 API calls above the annual allowance are charged at CNY 0.08 per call. Such usage charges are not part of the Total Fees in clause 5.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 After signature Provider shall issue API credentials, deliver the historical bulk files and support Customer's IT team in integrating the API with Customer's underwriting and claims systems. Provider will use commercially reasonable efforts to complete onboarding within forty-five days after signature.

4.2 Integration Acceptance tests: (a) for a test set of 500 insured fields chosen by Customer, the API returns complete daily weather, soil moisture and vegetation index values for the last three seasons; (b) values for twenty reference weather stations match the official station records within the tolerances stated in Schedule A; (c) median API response time for single-field queries is below 800 milliseconds in a load test of fifty concurrent requests; and (d) the bulk files load into Customer's data warehouse without errors. Customer shall issue an Integration Acceptance certificate when all tests are passed. Use of test credentials does not count as Integration Acceptance.

4.3 Customer shall provide the field boundaries for the test set, access to its integration test environment and the historical loss data needed for the Custom Layers, and shall name a technical contact for onboarding.

5. FEES AND PAYMENT

5.1 The Subscription Fee is CNY 286,000 for each Subscription Year of the Initial Term, CNY 572,000 in total. The Onboarding Fee is CNY 24,000, one-time. The Total Fees for the Initial Term are CNY 596,000, inclusive of VAT.

5.2 The Subscription Fee is invoiced quarterly in arrears in four equal instalments per Subscription Year. The Onboarding Fee is invoiced after Integration Acceptance. Nothing is payable before the Start Date.

5.3 Invoices are payable within thirty days after receipt of a valid Chinese VAT invoice issued by Provider's appointed billing agent in Beijing.

6. SERVICE LEVELS

6.1 Provider will target monthly API availability of 99.95%, measured at Provider's API gateway and excluding scheduled maintenance announced at least three days in advance.

6.2 Provider will target daily data refresh by 06:00 Beijing time for the previous day's weather data and within three days of satellite acquisition for vegetation indices.

6.3 Provider will respond to a Priority 1 incident, meaning that the API is unavailable or returns incorrect data for the whole area of interest, within one (1) hour, at any time, and will work on it continuously until it is resolved. Other incidents are answered within one business day.

6.4 The service levels in this clause 6 are targets. A failure to meet them does not entitle Customer to any service credit, fee reduction, refund or damages, but Provider shall explain the cause in its monthly report and describe the corrective action taken.

6.5 Provider shall send Customer a monthly report showing measured availability, data refresh times, incidents and their causes, API usage against the annual allowance and planned changes to the Data Products. Provider shall announce changes to API fields or formats at least ninety days in advance and keep the previous API version available during that period.

7. CUSTOMER INPUTS AND DATA PROTECTION

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the API and the Data Products to Customer and shall not use them for any other purpose, including the improvement of its own products, and shall not disclose them to any third party.

7.2 Customer Inputs are processed and stored only on servers located in mainland China. Provider shall protect Customer Inputs with encryption in transit and at rest, strict access control, logging of all access and regular vulnerability testing, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.3 Provider shall notify Customer within 24 hours after it becomes aware of any unauthorised access to, or loss or alteration of, Customer Inputs, shall take immediate steps to contain the incident and shall be liable for the losses that Customer suffers as a result of Provider's breach of this clause 7.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the Data Products and the API.

8.2 The Custom Layers, including their methodology documentation and calibration parameters, belong to Customer. Customer may use, modify and license them freely, also after the end of this Agreement. Provider shall deliver them as files with their documentation each season.

8.3 Customer may keep and continue to use Data Products downloaded during the term for the insurance policies and claims to which they relate, also after this Agreement ends.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent. The Beijing billing agent and the mainland hosting provider named in Schedule B are approved by the signature of this Agreement. Provider remains responsible for all subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Fees for the Initial Term. The limit does not apply to breach of clauses 7 or 9, fraud or wilful misconduct.

11.2 Neither party is liable for indirect loss or loss of profit.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice.

12.2 On termination for Provider's breach, Provider shall refund any fees paid for the period after termination.

12.3 On expiry or termination Provider shall return Customer Inputs and then delete them from its systems, and shall confirm the deletion in writing.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules.

14. GENERAL

14.1 This Agreement, with Schedule A (Data Products and Tolerances) and Schedule B (Approved Subcontractors), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

14.2 This Agreement is signed in English and Chinese. Both versions are equally authentic.

For Customer: ____________________    For Provider: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h832z01_fisheries_porpoise_monitoring_platform", "pdf", "zh"),
    "z02": ("h832z02_bath_ball_factory_line_control_retrofit", "docx", "zh"),
    "z03": ("h832z03_canoe_school_chain_booking_saas", "txt", "zh"),
    "z04": ("h832z04_fire_rescue_hydrant_system_om_service", "txt", "zh"),
    "z05": ("h832z05_crochet_studio_process_tracking_supplier_template", "md", "zh"),
    "e01": ("h832e01_tokat_vendor_perpetual_licence_services", "pdf", "en"),
    "e02": ("h832e02_amasya_vendor_audit_saas_order_form", "md", "en"),
    "e03": ("h832e03_corum_vendor_silo_sensors_monitoring_licence", "docx", "en"),
    "e04": ("h832e04_sinop_vendor_managed_it_services_36_months", "md", "en"),
    "e05": ("h832e05_kastamonu_vendor_weather_data_api_subscription", "txt", "en"),
}

# contract value, and for goods/licence drafts the TCO inputs (fee base = itemised licence/hardware subtotal)
VALUE = {}
TCO = {}
LABELS = {}
DESIGN = {}
FORUM_OUTSIDE = set()


def terms(availability, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term,
          sub, law, kind):
    return {"availability_pct": availability, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay,
            "acceptance_clause": acc, "final_payment_on_acceptance": final, "warranty_months": warranty,
            "post_warranty_fee_pct": pwf, "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, capped, deemed, value):
    e = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


# z01 市渔业局 江豚保护监测平台 — compliant
VALUE["z01"] = 1180000 + 846000 + 124000 + 36000
TCO["z01"] = dict(base=1180000, fee_pct=8, warranty_months=24)
LABELS["z01"] = ("software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8,
                                   False, True, False, "PRC", "goods_or_licence"),
                 extra(True, True, True, False, VALUE["z01"]))
DESIGN["z01"] = []

# z02 浴球厂 production-line control retrofit
Z02_BASE = 486000 + 318000 + 142000 + 176000 + 96000 + 146000
VALUE["z02"] = Z02_BASE + 168000 + 96000 + 22000
TCO["z02"] = dict(base=Z02_BASE, fee_pct=28, warranty_months=18)
LABELS["z02"] = ("hardware", terms(None, 1, True, "buyer", True, True, False, 0.1, None, 20, True, True, 18, 28,
                                   False, True, False, "PRC", "goods_or_licence"),
                 extra(True, True, True, False, VALUE["z02"]))
DESIGN["z02"] = ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]

# z03 独木舟培训 chain booking / membership SaaS, two 服务年度
VALUE["z03"] = 2 * (30 * 5800 + 36000) + 64000
LABELS["z03"] = ("cloud", terms(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                True, True, False, "PRC", "service"),
                 extra(True, True, None, False, VALUE["z03"]))
DESIGN["z03"] = ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]

# z04 消防救援局 市政消防栓管理系统 annual O&M
VALUE["z04"] = 186000 + 264000 + 118000 + 52000
LABELS["z04"] = ("services", terms(None, 8, True, "buyer", True, True, True, 0.08, None, None, True, None, None, None,
                                   False, False, False, "PRC", "service"),
                 extra(True, True, None, False, VALUE["z04"]))
DESIGN["z04"] = ["CR-SLA-RESPONSE", "CR-TERMINATION"]

# z05 钩针编织工作室 process tracking, supplier's template
VALUE["z05"] = 96000 + 138000 + 18000
LABELS["z05"] = ("software", terms(None, None, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6,
                                   None, False, True, None, "PRC", "goods_or_licence"),
                 extra(False, True, False, True, VALUE["z05"]))
DESIGN["z05"] = ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]

# e01 Tokat vendor, perpetual licence + services, Turkish law and Istanbul arbitration
VALUE["e01"] = 1260000 + 410000 + 96000 + 38000
TCO["e01"] = dict(base=1260000, fee_pct=11, warranty_months=18)
LABELS["e01"] = ("software", terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                   False, True, False, "Turkey", "goods_or_licence"),
                 extra(True, True, True, False, VALUE["e01"]))
FORUM_OUTSIDE.add("e01")
DESIGN["e01"] = ["CR-GOVERNING-LAW"]

# e02 Amasya vendor, audit SaaS order form, 24 months
VALUE["e02"] = 2 * (420 * 780 + 24000) + 46000
LABELS["e02"] = ("cloud", terms(99.95, 0.5, True, "buyer", True, False, True, 500 / VALUE["e02"] * 100, 6 / 24 * 100,
                                None, True, None, None, None, False, True, True, "PRC", "service"),
                 extra(True, True, None, False, VALUE["e02"]))
DESIGN["e02"] = ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]

# e03 Çorum vendor, silo sensors + monitoring licence, buyer's paper — compliant
E03_BASE = 640 * 1180 + 48 * 3600 + 24 * 9400 + 286000
VALUE["e03"] = E03_BASE + 168000 + 42400
TCO["e03"] = dict(base=E03_BASE, fee_pct=7, warranty_months=24)
LABELS["e03"] = ("hardware", terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7,
                                   False, True, False, "PRC", "goods_or_licence"),
                 extra(True, True, True, False, VALUE["e03"]))
DESIGN["e03"] = []

# e04 Sinop vendor, managed IT services, 36 months
VALUE["e04"] = 36 * 58000 + 72000
LABELS["e04"] = ("services", terms(None, 0.25, True, "buyer", False, True, True, 1800 / VALUE["e04"] * 100, 150,
                                   None, True, None, None, None, False, True, True, "PRC", "service"),
                 extra(True, True, None, False, VALUE["e04"]))
DESIGN["e04"] = ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]

# e05 Kastamonu vendor, weather / vegetation data API, two Subscription Years
VALUE["e05"] = 2 * 286000 + 24000
LABELS["e05"] = ("cloud", terms(99.95, 1, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
                                True, True, False, "PRC", "service"),
                 extra(True, False, None, False, VALUE["e05"]))
DESIGN["e05"] = ["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# policy thresholds (label values must never equal them)
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
HORIZON_YEARS = 5
TCO_LIMIT = 40


def tco_share(key):
    d = TCO[key]
    post_years = max(0.0, HORIZON_YEARS - d["warranty_months"] / 12)
    fees = post_years * d["base"] * d["fee_pct"] / 100
    return fees / (VALUE[key] + fees) * 100


def derive(key):
    """My reading of policy §3 applied to the labels."""
    _, t, e = LABELS[key]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and e.get("post_warranty_fee_capped") and tco_share(key) > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan (regex, self-tested)
# ---------------------------------------------------------------------------------------------------------------------
NB = r"(?<![\d.])"
PATTERNS = [
    NB + r"99\.90*(?!\d)",                                                   # availability 99.9
    NB + r"4\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"四(?:个)?小时", r"(?i:\bfour[\s-]*hours?)",
    NB + r"0?\.050*(?!\d)\s*%", r"万分之五(?![十])", r"千分之零点五", r"(?i:0\.05\s*per\s*cent)",
    NB + r"100(?:\.0+)?\s*%", r"百分之(?:一)?百", r"(?i:one\s+hundred\s+per\s*cent)", r"(?i:\b100\s*per\s*cent)",
    NB + r"30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"(?i:thirty\s+per\s*cent)", NB + r"30\s*per\s*cent",
    NB + r"15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"(?i:fifteen\s+per\s*cent)", NB + r"15\s*per\s*cent",
    NB + r"40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"(?i:forty\s+per\s*cent)", NB + r"40\s*per\s*cent",
    NB + r"12\s*(?:个)?月", r"十二个月", r"(?i:twelve[\s-]*months?)", NB + r"(?i:12[\s-]*months?)",
    r"(?<![十\d])一年(?:质保|保修|免费)", r"(?i:\bone[\s-]*year\b)",
    NB + r"5\s*(?:年|years?)", r"(?<![十\d])五年", r"(?i:\bfive[\s-]*years?)", NB + r"(?i:5-years?)",
    NB + r"60\s*(?:个)?月", r"(?i:\bsixty\s*months?)", NB + r"(?i:60[\s-]*months?)",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 小时", "within 4 hours", "4h", "四小时", "four hours", "0.05%", "0.050 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "thirty per cent", "15%", "百分之十五",
            "40%", "百分之四十", "12个月", "12 months", "12-month", "twelve months", "十二个月", "5年", "five years",
            "5 years", "五年", "60个月", "60 months", "one year", "一年质保", "4hours", "12months", "99.9"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.055%", "0.08%", "万分之五十", "130%", "1100%",
             "百分之三十五", "百分之四十五", "25%", "115%", "150%", "3.0%", "2026年", "15年", "五十年", "24个月",
             "112 months", "18 months", "35%", "45 %", "240 minutes", "0.5%", "24hours", "2027年3月1日"]
for s in MUST_HIT:
    assert any(rx.search(s) for rx in RX), ("regex misses", s)
for s in MUST_MISS:
    assert not any(rx.search(s) for rx in RX), ("regex hits", s, [rx.pattern for rx in RX if rx.search(s)])


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: (FILES[k][0] + "." + FILES[k][1], FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    for k, (stem, ext, lang) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / f"{stem}.{ext}").write_text(SRC[k].strip("\n") + "\n", encoding="utf-8")
            print("wrote", f"{stem}.{ext}")
    fired = set()
    problems = []
    for k, (stem, ext, lang) in FILES.items():
        category, t, e = LABELS[k]
        # label values never on a threshold
        for f, th in THRESHOLDS.items():
            if t[f] is not None and abs(float(t[f]) - th) < 1e-9:
                problems.append((k, "label on threshold", f))
        if k in TCO:
            share = tco_share(k)
            if abs(share - TCO_LIMIT) <= 2:
                problems.append((k, "TCO share within 2 points", share))
        rules = derive(k)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "derived != design", rules, sorted(DESIGN[k])))
        fired.update(rules)
        text = read_back(OUT / f"{stem}.{ext}")
        if lang == "zh":
            n = len(re.sub(r"\s+", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        share = " tco=%.2f" % tco_share(k) if k in TCO else ""
        print(f"{k} {ext:4} len={n:5} {'OK ' if ok else 'BAD'} risk={risk(rules):6} {rules}{share}")
        if not ok:
            problems.append((k, "length", n))
        hits = scan(text)
        if hits:
            problems.append((k, "threshold text", hits[:6]))
        label = {"file": f"{stem}.{ext}", "language": lang, "category": category, "expected_terms": t,
                 "expected_extra": e, "expected_rules": sorted(DESIGN[k])}
        (OUT / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "see PROBLEM lines"
    print("all checks passed")


if __name__ == "__main__":
    main()
