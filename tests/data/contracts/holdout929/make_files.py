"""holdout929: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf go through
../word_pdf.py. The labels are written from the LABELS table below; the expected rules are derived from the labels with
this folder's own reading of policy §3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市生态环境局恶臭异味投诉处置平台采购合同
P:合同编号：STHJ-ZC-2027-018
P:甲方（采购人）：市生态环境局
P:乙方（供应商）：青岚环境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供恶臭异味投诉处置平台软件许可（永久使用，不限用户数），并按甲方需求完成定制开发，包括：投诉受理与工单流转模块、异味溯源分析模块、走航监测数据接入模块、与12345政务服务热线及网格化管理系统的接口、领导驾驶舱。
P:1.2 乙方负责平台在甲方政务云环境的部署、历史投诉数据迁移、联调测试及培训，直至项目通过最终验收。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零壹万元整（¥2,010,000），为固定总价，含税及乙方完成本项目的全部费用。
P:2.2 价款构成：平台软件许可费¥1,180,000；定制开发费¥640,000；部署实施及数据迁移费¥152,000；培训费¥38,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并申请初步验收，于初步验收后六十日内完成试运行并申请最终验收。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，乙方应及时书面提出。
P:4.3 乙方应在合同签订后十五日内提交项目实施方案，明确里程碑、人员安排、测试计划及数据迁移方案，经甲方确认后执行；实施方案的调整须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收标准：功能与招标文件技术要求逐项一致；投诉工单从受理到办结全流程贯通；与12345热线、网格化系统接口连续十日数据交换无差错；常用页面在300个并发用户下响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内无一级故障；历史投诉数据迁移经全量比对一致；通过第三方网络安全等级保护测评；文档、源代码及账号权限完整移交。验收由甲方组织并出具书面验收报告。
P:5.3 平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 一级故障（平台无法登录、工单无法流转）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:6.3 响应或恢复超时的，每超时一小时扣减服务费¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款或履约保证金中扣除。
P:6.4 在重大活动保障、重污染天气应急期间，乙方应按甲方通知安排工程师现场值守，确保投诉受理和工单派发不中断，值守费用已包含在合同价款中。
H:第七条 质保与维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程支持。
P:7.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不高于平台软件许可费的9%（即¥106,200），且三年内不上调。维护合同逐年另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台原有产品的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台内投诉人信息、投诉记录、监测数据等全部数据归甲方所有，乙方仅为履行本合同处理，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，通过堡垒机运维，不得将数据复制出政务云；发生数据泄露或安全事件的，应在2小时内报告甲方并采取处置措施，由此造成的损失由乙方承担全部责任。
P:9.3 合同终止或质保期满后，乙方应将其因履约接触的数据全部交还甲方，并删除所持有的副本，出具书面删除确认。
H:第十条 保密
P:乙方对履行本合同知悉的甲方工作秘密及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 乙方交付成果不符合约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求赔偿损失。
P:11.3 乙方未经甲方同意更换项目经理或技术负责人的，每人次支付违约金¥10,000；乙方提交的文档或源代码与实际运行版本不一致的，应在十日内补正，逾期不补正的，甲方可暂停支付未付款项。
H:第十二条 分包
P:本项目不允许分包。
H:第十三条 合同解除
P:乙方严重违约且经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 甲方义务
P:14.1 甲方应指定项目联系人，负责需求确认、协调业务处室及区县分局参与调研和测试，并在乙方提出书面请求后五个工作日内对需求说明书、设计方案等文件给予确认或提出修改意见。
P:14.2 甲方应提供政务云资源、网络接入条件及历史投诉数据，并协调12345热线及网格化管理系统的接口提供方配合联调。
H:第十五条 乙方人员与项目管理
P:15.1 乙方应组建不少于八人的项目团队，其中项目经理须具有信息系统项目管理师资格，并与投标文件承诺的人员一致。未经甲方书面同意，乙方不得更换项目经理和技术负责人。
P:15.2 乙方应每周提交项目周报，说明进度、问题及风险；每月参加甲方组织的项目例会。项目实施期间乙方人员应遵守甲方的保密、安全及办公管理制度。
P:15.3 甲方认为乙方人员不能胜任的，有权要求更换，乙方应在七日内更换并书面报甲方确认。
H:第十六条 培训与文档
P:16.1 乙方应为甲方及区县分局业务人员提供操作培训不少于六场，为系统管理员提供运维培训不少于两场，培训结束后组织考核。
P:16.2 乙方应交付需求规格说明书、概要设计、数据库设计、接口说明、测试报告、用户手册、运维手册及源代码，文档应为中文并与最终版本一致。
H:第十七条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供证明。双方根据不可抗力的影响程度协商延期履行、部分履行或解除合同。
H:第十八条 通知
P:本合同项下的通知应以书面形式送达合同首页所列地址或双方确认的电子邮箱，任何一方变更联系方式应在变更后三日内通知对方。
H:第十九条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第二十条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
P:签订日期：2027年3月  日
"""

Z02 = """T:沙漏厂生产线控制系统改造合同
P:合同编号：SLC-GK-2027-006
P:甲方：明川沙漏厂有限公司
P:乙方：衡拓工业自动化有限公司
P:甲方为提升沙漏装配线、灌砂线及包装线的自动化水平，委托乙方实施生产线控制系统改造。双方依据《中华人民共和国民法典》，经平等协商订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线的控制系统改造，包括PLC控制器及I/O模块更换、伺服驱动与变频器更换、工控机及触摸屏人机界面更换、灌砂量视觉检测相机安装，以及SCADA监控软件与甲方现有MES系统的接口开发。
P:1.2 乙方负责设备供货、安装调试、PLC及HMI程序编制、联机试车和操作人员培训，改造期间应配合甲方分线停产计划，单条线停产不超过七日。
P:1.3 改造后的控制系统应保留现有急停回路及安全光幕，并满足国家电气安全标准及甲方安全管理要求；新旧系统切换应分线进行，不得影响未改造产线的正常生产。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾捌万元整（¥1,880,000），含设备、软件、安装、调试、培训、运输、保险及税费。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|3套|612,000
TB:2|伺服驱动器及变频器|3套|388,000
TB:3|工控机及触摸屏人机界面|9台|164,000
TB:4|灌砂量视觉检测相机|6套|146,000
TB:5|SCADA监控软件许可及MES接口软件|1套|290,000
TB:|软硬件小计||1,600,000
TB:6|安装调试及程序编制|1项|218,000
TB:7|培训|1项|62,000
TB:|合同总价||1,880,000
P:2.2 合同价格为固定价格，除甲方书面变更改造范围外不作调整。
P:2.3 设备应为原厂全新正品，乙方应在到货时提供原厂合格证、装箱单及供货证明，型号规格与投标文件技术偏离表一致；以次充好或擅自更换品牌型号的，甲方有权拒收，由此延误的工期计入乙方逾期。
H:第三条 付款
P:3.1 合同签订后十五日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的45%。到货签收仅为数量确认，不视为质量验收。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
H:第四条 工期
P:4.1 乙方应在合同签订后七十五日内完成三条生产线的改造并具备验收条件。
P:4.2 乙方每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:4.3 乙方应在合同签订后十日内提交改造实施方案和分线停产计划，经甲方确认后执行。
H:第五条 验收
P:5.1 验收标准：各线I/O点位逐点测试正确；灌砂量检测误差不超过±0.2克；装配线节拍不低于改造前的110%；SCADA与MES数据同步延迟不超过3秒；三条线连续七十二小时满负荷试运行无停机故障。
P:5.2 试运行合格后双方签署最终验收报告。设备安装完成或甲方投入生产使用，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新组织试运行，由此延误的工期计入乙方逾期。经两次整改仍不合格的，甲方有权退货并解除合同，乙方应退还已收款项并赔偿甲方的停产损失。
H:第六条 质保与售后服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 一级故障（整线停机）乙方应在1小时内响应，6小时内到场；二级故障（单工位停机）2小时内响应，次日到场。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付¥2,000。
P:6.5 质保期内乙方应每半年对三条生产线进行一次预防性巡检，检查控制柜温升、接线端子紧固、备份程序与现场程序的一致性，巡检后提交书面报告及整改建议。
P:6.4 质保期满后，乙方提供年度维保服务，年维保费按软硬件小计的26%计取，即每年¥416,000，三年内固定不变。维保合同逐年签订，不自动续期。
H:第七条 知识产权
P:7.1 SCADA软件及设备内置软件的知识产权归原权利人，乙方保证甲方可永久使用。
P:7.2 乙方为本项目编制的PLC程序、HMI画面、MES接口程序及其源代码归甲方所有，乙方应在验收时完整移交，甲方可自行修改。
P:7.3 乙方保证所提供的设备和软件不侵犯第三方的知识产权，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及配方等数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方指定的堡垒机进行，不得在产线网络中接入未经批准的设备。乙方应对其调试电脑进行病毒查杀，接入产线网络前须经甲方信息部门检查登记。发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并承担由此造成的损失。
H:第九条 保密
P:乙方对甲方的工艺、配方、产能及商务信息负有保密义务，保密期限至合同终止后三年。
P:乙方人员在甲方厂区内不得拍摄产线、工艺文件和样品，因工作需要拍照的，须经甲方生产负责人书面同意，照片仅限用于本项目。
H:第十条 分包
P:乙方可将现场电气布线及桥架安装工程分包给具备资质的第三方，但应提前五个工作日书面通知甲方；乙方对分包部分向甲方承担全部责任。
H:第十一条 合同解除
P:乙方严重违约，或逾期违约金达到上限，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同并要求赔偿损失。
H:第十二条 适用法律及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十三条 甲方配合义务
P:13.1 甲方应按双方确认的停产计划安排生产，提供施工所需的电源、压缩空气、场地及设备存放区域，并提供现有设备图纸、电气原理图及MES接口文档。
P:13.2 甲方应指派熟悉工艺的技术人员参与程序功能确认和试车，对乙方提交的控制方案、画面设计在五个工作日内确认。
P:13.3 甲方应在停产前完成在制品清线和原料清仓，并安排专人配合乙方进行新旧设备的交接和标识。
H:第十四条 施工安全与现场管理
P:14.1 乙方应遵守甲方的安全生产、动火审批及洁净车间管理制度，施工人员须经甲方安全培训后方可进场，电工等特种作业人员应持证上岗。
P:14.2 乙方负责施工现场安全，因乙方原因造成的人身伤害、设备损坏或停产损失由乙方承担。
P:14.3 拆除的旧控制柜、线缆等物资归甲方所有，乙方应清点后移交甲方指定仓库。
H:第十五条 备品备件、培训与资料
P:15.1 乙方应随设备提供易损件及关键模块备件清单，并在质保期满后五年内保证备品备件的持续供应，价格不高于同期市场价格。
P:15.2 乙方应为甲方操作工、设备维修人员和工艺工程师分别提供培训，累计不少于十六课时，使其能独立操作、日常维护和修改简单参数。
P:15.3 乙方应交付电气图纸、PLC及HMI程序备份、I/O点表、设备说明书、调试记录和操作维护手册，纸质版和电子版各一套。
H:第十六条 不可抗力
P:因不可抗力致使一方不能履行合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力影响超过六十日的，双方可协商解除合同。
H:第十七条 其他
P:本合同未尽事宜，双方另行签订补充协议。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """沙漠越野体验门店预约及会员管理系统服务合同

合同编号：SMYY-IT-2027-03
甲方：金沙驰野户外运动管理有限公司
乙方：云栈软件服务有限公司

甲方在全国经营40家沙漠越野体验门店，拟采用乙方的预约及会员管理SaaS服务。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店提供预约排班、会员储值与积分、车辆及教练调度、线上支付对账、经营报表等SaaS服务，每家门店开通5个管理账号及1个收银终端。
2. 乙方提供面向消费者的预约小程序，按甲方品牌要求进行界面定制。
3. 乙方提供营销工具，包括优惠券、套票、团购核销及会员生日权益配置，具体功能以附件一《功能清单》为准。
4. 服务期内乙方对SaaS平台的功能升级免费提供给甲方使用，不另行收费。
（二）实施服务
1. 乙方负责系统配置、40家门店上线、历史会员数据迁移、与甲方财务系统的接口开发及门店人员培训。
2. 实施周期为合同签订后六十日。
3. 实施期间乙方应提交实施计划、门店上线排期表及数据迁移方案，经甲方确认后执行；门店上线应分三批进行，每批上线前完成门店人员培训和模拟收银演练。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，此后每个服务年度自上一服务年度届满次日起算。
（二）服务期满前三十日内任何一方未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场及成本情况上调订阅单价，上调幅度以8%为限，并于续期前通知甲方。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每服务年度¥9,800，40家门店每服务年度¥392,000，两个服务年度合计¥784,000。
2. 实施费（含数据迁移及接口开发）：¥186,000，一次性支付。
3. 合同总价：¥970,000。
（二）支付方式
1. 实施费在全部门店上线验收合格后十五日内支付。
2. 每个服务年度的订阅费在该服务年度开始后十五日内支付。
3. 乙方应在付款前开具增值税专用发票。
4. 除本合同约定的费用外，乙方不得以短信、存储扩容、接口调用等名义向甲方另行收费；甲方新增门店的，按每家门店每服务年度¥9,800按剩余服务期折算计费。

四、上线验收
（一）验收标准：40家门店全部开通并完成一周真实营业；预约、核销、储值、退款等流程与需求确认书一致；历史会员数据经抽样及总数核对无差错；与财务系统对账连续七日一致；小程序在500人并发预约下页面响应不超过2秒。
（二）满足上述标准后甲方出具书面验收确认。门店开通或试营业不视为验收合格。
（三）验收中发现的缺陷，乙方应在十个工作日内修复并重新提交验收，修复期间不计入服务年度。
（四）乙方逾期完成上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%，计划维护应安排在凌晨2点至6点并提前三日通知。
（二）故障分级与响应：
1. 一级故障（全部或多家门店无法预约、收银）：30分钟内响应，3小时内恢复；
2. 二级故障（单店或单功能异常）：1小时内响应，当日恢复；
3. 三级问题（咨询及优化建议）：一个工作日内答复。
（三）乙方应提供服务监控页面，甲方可实时查看系统运行状态及历史可用率记录。
（四）月度可用率未达承诺的，按当月订阅费的5%至20%给予服务抵扣；一级故障恢复超时的，每超时一小时抵扣¥1,500。

六、数据
（一）甲方会员信息、交易记录、预约记录等业务数据归甲方所有。
（二）乙方有权对甲方业务数据进行去标识化处理后，用于乙方产品优化、行业客流分析及向其他客户提供行业基准报告。
（三）乙方应按照等级保护三级要求保护数据，对个人信息加密存储，实行最小权限访问及操作日志留存；发生数据泄露的，乙方应在2小时内通知甲方，采取补救措施，并承担由此造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求导出并交付全部业务数据，随后删除其保存的副本。
（五）会员个人信息的收集和使用应取得会员同意，乙方应在小程序中提供隐私政策并配合甲方响应会员查询、更正及删除个人信息的请求。

七、知识产权
（一）SaaS平台的知识产权归乙方。
（二）为甲方定制的小程序界面、品牌素材及财务接口程序归甲方所有，乙方应交付源代码。
（三）乙方保证SaaS平台及其提供的服务不侵犯第三方知识产权；因侵权给甲方造成损失的，由乙方负责处理并赔偿，甲方有权解除合同。
（四）甲方提供的品牌标识、图片及文案仅授权乙方在为甲方提供服务时使用。

八、保密
双方对履约中知悉的对方商业秘密、经营数据及价格信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后两年。

九、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露、侵犯知识产权或故意造成的损失不受此限。

十、分包
未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求退还未履行服务期间的订阅费。
（二）连续两个月可用率未达承诺的，甲方有权解除合同。
（三）合同解除的，乙方应按本合同第六条第（四）项交付数据，并在数据交付完成前维持系统只读访问。
（四）甲方因经营调整关闭部分门店的，可提前三十日书面通知乙方减少相应门店的订阅数量，自下一个服务年度起按实际门店数量计费。

十二、甲方义务
（一）甲方应指定总部信息负责人及各门店联系人，按实施计划提供门店信息、价目表、会员历史数据及财务科目设置。
（二）甲方应对乙方提交的需求确认书、界面设计稿在五个工作日内书面确认或提出修改意见。
（三）甲方应妥善保管账号密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十三、乙方义务
（一）乙方应指派专职项目经理负责实施，并为甲方配备客户成功经理，每月提交服务报告，内容包括可用率、故障处理、工单统计及功能使用情况。
（二）乙方应在每次版本更新前五日通知甲方更新内容，涉及门店操作流程变化的，应提供操作说明并安排线上培训。
（三）乙方应为门店人员提供上线前集中培训及上线后两周的驻场或远程陪跑支持，并提供7×24小时客服热线。
（四）支付功能应接入持牌支付机构，资金直接结算至甲方账户，乙方不得截留或归集甲方的营业款。

十四、不可抗力
因地震、洪水、疫情防控措施等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失；不可抗力持续超过三十日的，任何一方可书面通知对方解除合同，甲方已支付但尚未使用的服务费应按日退还。

十五、通知
合同项下的通知以书面形式送达合同首页地址或双方指定的电子邮箱，以电子邮件发送的，发出后24小时视为送达。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。

十七、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：
乙方（盖章）：
"""

Z04 = """住房和城乡建设局深基坑安全监测系统年度运维服务合同

项目名称：深基坑安全监测系统运维服务（竞争性磋商）
合同编号：ZJ-YW-2027-011
甲方：市住房和城乡建设局
乙方：固岩智测科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就深基坑安全监测系统年度运维服务订立本合同。

一、服务范围
1. 运维对象为甲方深基坑安全监测系统，包括监测平台软件、数据库、62个在建基坑项目接入的自动化监测终端（位移、沉降、水位、支撑轴力传感器）及预警短信通道。
2. 服务内容包括：平台日常巡检与运行监控；终端在线率维护及故障终端协调修复；监测数据质量核查；预警规则维护；系统补丁与版本更新；季度巡检报告和年度运维报告编制；新增基坑项目的接入配置。
3. 乙方应派驻2名运维工程师在甲方指定场所办公，工作日8:30至17:30在岗，非工作时间安排电话值守。
4. 乙方应建立运维工单台账，对每一故障记录发现时间、响应时间、处理过程及恢复时间，台账每月报甲方备案。
5. 季度巡检报告应包括平台运行状况、终端在线统计、数据异常清单、预警触发及处置情况、隐患整改建议；年度运维报告应对全年运行情况进行总结分析，并提出下一年度系统优化建议。
6. 新增基坑项目接入的，乙方应在接到甲方通知后五个工作日内完成测点配置、预警阈值设置和数据核验。

二、服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方按规定重新组织采购。
服务期开始前，乙方应完成与上一服务单位的交接，核对系统账号、终端清单、备件及未结故障，并书面报告甲方。

三、服务费用及支付
1. 年度运维服务费为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，含人员、差旅、备品备件及税费。
2. 服务费按季度支付：每季度结束后，经甲方季度考核合格，十五个工作日内支付当季服务费¥146,500。
3. 季度考核扣减的金额从当季服务费中扣除。
4. 乙方应在每次请款时提交季度考核表、运维工单台账及合法有效的发票；甲方付款按财政资金支付程序办理，因财政资金审批造成的付款延迟不视为甲方违约。

四、服务水平
本条所称服务水平均以乙方运维工单台账和平台监控记录为依据，双方对记录有异议的，以甲方核实的结果为准。
1. 监测平台月度可用率不低于99.95%。
2. 故障分级响应：
（1）一级故障（平台中断、预警无法发出、超过五个基坑数据中断）：30分钟内响应，2小时内到场，6小时内恢复；
（2）二级故障（单个基坑数据中断、个别终端离线）：1小时内响应，当日恢复；
（3）三级问题（报表、界面等一般问题）：两个工作日内解决。
3. 监测终端的在线情况和数据上传及时性纳入季度考核，考核细则见磋商文件附件。
4. 扣减：一级故障每超时一小时扣减¥1,000；平台可用率每低于承诺值0.01个百分点扣减¥1,500；季度考核中每发现一个终端离线超过两日未处理扣减¥500。

五、考核与验收
1. 甲方每季度依据服务水平记录、巡检报告及考核表对乙方进行考核，考核得分80分以上为合格。
2. 服务期满，乙方提交年度运维报告、故障处理台账、配置变更记录及系统文档，甲方按照磋商文件的服务要求及上述指标组织年度验收，并出具书面验收意见。
3. 年度验收不合格的，乙方应在二十日内整改；整改后仍不合格的，甲方可在最后一期服务费中扣减¥20,000，并将情况记入供应商履约评价。

六、违约责任
1. 乙方未按期提交季度巡检报告、年度运维报告或未按期完成年度系统检测的，每逾期一日按合同总价的万分之三支付违约金。
2. 因乙方运维不当导致预警漏报并造成损失的，乙方应赔偿甲方损失。
3. 乙方驻场人员无故脱岗的，每人每日扣减¥800；乙方隐瞒故障或伪造运维记录的，每次扣减¥5,000，并承担由此产生的后果。
4. 考核连续两个季度不合格的，甲方可扣除当季服务费的10%。

七、数据安全
1. 监测数据、基坑项目信息及平台数据库归甲方所有，乙方仅为履行本合同使用，不得转作他用。
2. 乙方应落实网络安全等级保护要求，运维操作通过甲方堡垒机进行并留存日志；数据库每日备份，备份数据异地保存；不得擅自导出数据。
4. 乙方运维人员应签署数据安全承诺书，离职或调离本项目时应交回账号及相关资料。
3. 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方，配合处置，并承担因其原因造成的全部损失。

八、知识产权
乙方在运维过程中形成的巡检报告、配置脚本、预警规则及文档归甲方所有。
乙方使用其自有运维工具的，工具本身的权利仍归乙方，但不得因服务终止而影响甲方对系统及数据的正常使用。

九、分包
乙方不得将本合同服务转包或分包。

十、合同的变更和解除
1. 合同履行期间，除不可抗力外，任何一方不得单方变更或提前解除本合同。
2. 因不可抗力致使合同无法履行的，双方协商处理。

十一、运维人员
1. 乙方驻场工程师应具备岩土工程监测或信息系统运维经验，其中至少一人持有中级及以上相关专业职称，名单应在合同签订后三日内报甲方备案。
2. 驻场人员请假或更换的，应提前三个工作日书面告知甲方并安排同等资质人员顶岗；未经甲方同意擅自更换的，每人次扣减¥3,000。
3. 乙方人员应遵守甲方的机房管理、出入登记及工作纪律要求。

十二、汛期及应急保障
1. 每年汛期及台风、暴雨预警期间，乙方应实行24小时值班，对重点基坑的监测数据每两小时核查一次，发现异常立即报告甲方及对应工程项目的建设、施工和监理单位。
2. 甲方组织应急演练或开展专项检查的，乙方应派员参加并提供数据支持。
3. 乙方应储备不少于终端总数5%的常用传感器及通信模块备件，保证故障终端能及时更换。
4. 遇监测数据超过预警值的，乙方应在15分钟内复核数据真实性，排除设备故障后通过平台及短信向相关单位发送预警，并跟踪至预警解除。

十三、甲方义务
1. 甲方应向乙方提供系统账号、运行环境、技术文档及既有运维记录，协调各基坑项目的建设、施工单位配合终端巡查和维修。
2. 甲方应按合同约定及时组织季度考核和年度验收，并按期支付服务费。
3. 甲方有权随时检查乙方的运维工作，对发现的问题以书面形式通知乙方限期整改，乙方应按期整改并书面回复整改结果。

十四、服务交接
服务期满或合同终止时，乙方应在十五日内向甲方或甲方指定的后续服务单位移交系统账号、配置文件、运维台账、备件清单及未结故障清单，并提供不少于十个工作日的交接配合，交接完成后由双方签署交接确认单。

十五、不可抗力
因不可抗力导致服务中断的，乙方应在条件允许时立即恢复服务，并及时通知甲方；不可抗力期间的服务费按实际提供的服务结算。

十六、争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十七、其他
1. 磋商文件、乙方响应文件、成交通知书为本合同组成部分。
2. 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：
乙方（盖章）：
签订日期：
"""

Z05 = """# 流程通软件许可及定制开发合同（标准文本 V3.0）

**合同编号**：LCT-2027-0415

**甲方（用户）**：面人工作室（捏塑非遗文化传播有限公司）

**乙方（开发方）**：流程通信息技术有限公司

本合同采用乙方标准合同文本。甲方为管理面塑作品从订单、选料、捏制、上色、定型到发货的全过程，向乙方采购“流程通”生产过程跟踪软件许可并委托乙方进行定制开发。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“流程通”生产过程跟踪软件标准版许可（永久许可，20个并发用户）。

1.2 乙方按甲方需求进行定制开发，包括：作品工序看板、匠人工时统计、原料批次追溯、电商平台订单接口及移动端扫码报工功能。

1.3 乙方负责软件安装部署、基础数据初始化及两次集中培训。

1.4 软件的具体功能以乙方《产品功能说明书》及双方确认的《需求说明书》为准，未列明的功能不属于本合同范围。

1.5 软件运行所需的服务器、网络设备、数据库及其他第三方软件由甲方自行采购，不包含在本合同价款内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “流程通”软件标准版许可（20并发） | 360,000 |
| 2 | 定制开发（工序看板、工时统计、原料追溯、订单接口、扫码报工） | 420,000 |
| 3 | 安装部署、数据初始化及培训 | 56,000 |
| | **合同总价** | **836,000** |

上述价格含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，乙方收到款项后启动开发工作。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付滞纳金。

## 第四条 交付

4.1 乙方应在收到首笔款项后九十个工作日内完成开发并安装上线。

4.2 因甲方需求变更、资料提供不及时等原因造成延误的，交付期限相应顺延。

4.3 乙方完成安装上线后，以书面或电子邮件方式通知甲方，通知发出之日即为交付日。

4.4 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

5.1 系统安装上线后，甲方应在五个工作日内进行确认。甲方开始使用系统或在上述期限内未提出书面异议的，即视为验收合格。

5.2 甲方在验收前提出的新需求，按变更处理，另行计费。

## 第六条 技术支持与维护

6.1 乙方自系统上线之日起提供六个月免费维护服务，内容包括缺陷修复和远程技术咨询。

6.2 乙方将以商业上合理的努力，在工作时间内通过电话、微信群或远程方式为甲方提供技术支持，不承诺具体的响应和解决时限。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护合同，维护费按乙方当年公布的价格标准执行。

6.4 因甲方操作不当、擅自修改系统或第三方软硬件造成的故障，不属于免费维护范围。

6.5 乙方不定期发布软件补丁和新版本，甲方可自行选择是否升级；因甲方未升级导致的问题，乙方不承担责任。

6.6 乙方提供技术支持的工作时间为法定工作日9:00至18:00，节假日及夜间的支持需求应提前预约，并可能产生额外费用。

## 第七条 知识产权

7.1 “流程通”软件及其后续版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、程序代码及相关文档的知识产权同样归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、复制或提供给第三方。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

7.4 甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

## 第八条 数据安全

8.1 甲方在系统中录入的订单、作品、匠人及客户信息等数据归甲方所有，乙方仅为履行本合同提供技术服务时接触，不得用于其他目的。

8.2 乙方远程维护须经甲方同意并使用一次性账号，对接触的个人信息应采取加密、访问控制等安全措施，不得留存副本。

8.3 因乙方原因导致数据泄露、丢失的，乙方应在24小时内通知甲方，协助补救并承担相应赔偿责任。

8.4 甲方应自行做好系统数据的日常备份，乙方可根据甲方要求提供备份操作指导。

## 第九条 保密

双方对在合作中知悉的对方技术信息、经营信息负有保密义务，未经对方书面许可不得向第三方披露。保密期限为合同终止后两年。

## 第十条 责任限制

10.1 乙方在本合同项下对甲方的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.2 任何情况下乙方均不对甲方的间接损失、利润损失、商誉损失承担责任。

10.3 因甲方提供的资料错误、第三方系统故障或甲方未按乙方建议操作造成的损失，乙方不承担责任。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经守约方书面通知后三十日内未予纠正的，守约方有权解除本合同。

11.2 甲方解除合同的，已支付款项中对应已完成工作的部分不予退还。

11.3 甲方无正当理由拒绝验收或拒不支付款项超过三十日的，乙方有权暂停服务或解除合同，并要求甲方支付已完成工作的费用。

## 第十二条 甲方责任

12.1 甲方应指定专人负责需求确认，按乙方要求提供工序清单、匠人名册、原料编码、历史订单等基础资料，并保证资料真实、完整。

12.2 甲方应自行准备运行软件所需的服务器、网络、扫码枪、移动终端及操作系统、数据库等第三方软件，并保证其符合乙方提出的配置要求。

12.3 甲方应在乙方提交需求说明书、原型设计后三个工作日内书面确认，逾期未确认的视为同意。

12.4 甲方应保证其使用软件的行为符合法律法规，不得将软件用于非法用途，不得对软件进行反向工程、反编译或破解授权限制。

## 第十三条 需求变更

13.1 需求说明书经甲方确认后，甲方提出的新增或修改需求均属于变更，乙方评估工作量后出具报价，经甲方书面确认后实施，交付期限相应延长。

13.2 变更工作量按每人日¥2,800计费，随当期款项一并结算。

13.3 变更导致原定功能调整的，以最新确认的需求说明书为准，原已完成的开发工作量仍应计费。

## 第十四条 培训

14.1 乙方为甲方提供两次集中培训，每次不超过一天，培训地点由甲方提供，培训对象为甲方管理人员和工序负责人。

14.2 超出上述次数的培训或现场指导，按乙方培训收费标准另行计费。

14.3 培训资料的知识产权归乙方所有，甲方仅可用于内部培训。

## 第十五条 不可抗力

因不可抗力或网络运营商故障、电商平台接口规则调整等非乙方所能控制的原因导致合同不能履行或延迟履行的，乙方不承担责任，交付期限相应顺延。

## 第十六条 通知

双方往来通知可以通过合同所列电子邮箱、微信工作群发送，发送即视为送达。

任何一方变更联系方式的，应及时通知对方，未及时通知的，按原联系方式发送的通知视为已送达。

## 第十七条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十八条 其他

18.1 本合同为乙方标准文本，双方另有书面约定的以约定为准。

18.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. LS-2027-0214
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengrun Precision Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu Province (the "Buyer"), and Alpenlog Software SA, a company incorporated in Switzerland with its registered office at Avenue de la Gare, 1800 Vevey, Switzerland (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence to the Vendor's AlpenPLM product lifecycle management software and related implementation services for its engineering and production sites in Suzhou and Changzhou. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AlpenPLM modules listed in Annex 1, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, workflow definitions, interface programs, data migration scripts, reports and documents that the Vendor creates specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data that the Buyer or its users enter into, upload to or generate with the Software, including drawings, bills of materials, change records and supplier information.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of the Buyer and its wholly owned subsidiaries in the People's Republic of China, for up to 350 named users and 60 concurrent CAD integration seats.
P:2.2 The Buyer may make copies of the Software for backup, disaster recovery and testing. The Buyer shall not reverse engineer the Software except to the extent permitted by applicable law.
P:2.3 The Vendor remains the owner of the Software and of its pre-existing tools and know-how.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 2: requirements workshops, system configuration, integration with the Buyer's ERP and CAD systems, migration of legacy part and drawing data, user acceptance support, training and go-live support.
P:3.2 The Vendor shall appoint a project manager with experience of at least three comparable PLM implementations, who shall not be replaced without the Buyer's prior written consent, such consent not to be unreasonably withheld.
P:3.3 Services shall be delivered on site in Suzhou and Changzhou and remotely. Remote access to the Buyer's systems shall be granted only through the Buyer's VPN and bastion host.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 2,024,000, consisting of: licence fees for the Software, CNY 1,460,000; implementation services, CNY 520,000; and training, CNY 44,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Buyer shall pay 25% of the total price within 30 days after signature of this Agreement and receipt of the Vendor's invoice; 50% within 30 days after installation of the Software in the Buyer's production environment and completion of data migration; and the remaining 25% within 30 days after Final Acceptance.
P:4.3 The Vendor shall issue valid invoices in CNY. Payments shall be made by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software within 20 days after signature and shall complete the implementation services so that the system is ready for acceptance testing within 150 days after signature.
P:5.2 Acceptance testing shall verify that: (a) every function in the requirements specification approved by the Buyer works as specified; (b) the ERP and CAD interfaces exchange data without error over ten consecutive working days; (c) migrated part and drawing records reconcile with the legacy system by count and by checksum; and (d) standard searches return results within three seconds with 150 concurrent users.
P:5.3 If the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten working days. Installation, go-live or use of the system in production shall not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation and the approved specification for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases, and provide support free of charge.
P:6.2 Severity 1 incidents (the system is unavailable or a core function cannot be used at a site) shall be responded to within one hour and a workaround or fix shall be provided within eight hours. Severity 2 incidents shall be responded to within two hours and fixed within two working days.
P:6.3 For each full hour by which the Vendor exceeds a response or fix time for a Severity 1 incident, the Vendor shall credit the Buyer CNY 1,500, deducted from the next payment or from the support fee.
P:6.4 After the Warranty Period, the Buyer may order annual support. The annual support fee shall be 13% of the licence fees stated in Article 4.1 (CNY 189,800 per year) and shall not increase during the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables shall belong to the Buyer upon creation. The Vendor shall deliver their source code and documentation with the Final Acceptance certificate.
P:7.2 The Buyer may use, modify and license the Custom Deliverables freely, including through third-party service providers.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third party's rights and shall defend and indemnify the Buyer against any infringement claim.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analytics.
P:8.2 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Buyer Data shall not be transferred outside the People's Republic of China. The Vendor shall access Buyer Data only through the Buyer's bastion host with individual accounts and multi-factor authentication, shall not copy Buyer Data to its own devices, and shall ensure that its personnel follow the Buyer's information-security rules.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within six hours of becoming aware of it, shall cooperate in its investigation and remediation, and shall be liable for all losses caused by an incident attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party under this Agreement, shall use it only for the purposes of this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 These obligations continue for five years after the end of this Agreement and do not apply to information that is public or independently developed.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for acceptance testing by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. The limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor as for its own.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Buyer may also terminate by written notice if liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer, the Vendor shall refund the amounts paid for work not accepted and deliver all Custom Deliverables completed to date.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the substantive laws of Switzerland, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the ordinary courts of Vevey, Switzerland, subject to appeal to the Federal Supreme Court.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Software modules and licence metrics) and Annex 2 (Statement of Work), is the entire agreement of the parties on its subject matter. Amendments require a written document signed by both parties.
P:14.2 Notices shall be in writing and sent to the addresses above. This Agreement is made in English in two originals.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form QW-2027-0388

**Vendor:** Quabbin Works, Inc., 41 Kellogg Avenue, Amherst, Massachusetts 01002, USA ("Vendor")

**Customer:** Ningbo Haoyang Household Appliances Co., Ltd., No. 88 Binhai Road, Ningbo, Zhejiang, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing below, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Subscribed Service

Vendor will provide Customer with access to QualityWorks Cloud, a hosted quality-management service covering supplier quality, incoming inspection, nonconformance and corrective action (CAPA), audit management and complaint handling, for Customer's three factories in Ningbo and Cixi.

Subscription scope: 420 named users, 60 supplier-portal accounts, 2 TB of document storage, and the standard API for integration with Customer's ERP and MES systems.

### A2. Subscription Term

The Subscription Term is thirty-six (36) months, divided into three Subscription Years, starting on the Service Start Date. The Service Start Date is the date on which Customer signs the Onboarding Acceptance Certificate under A4. This Order Form does not renew automatically. Any extension requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 420 users, 60 portal accounts | 486,000 |
| Subscription fee, Subscription Year 2 | same scope | 486,000 |
| Subscription fee, Subscription Year 3 | same scope | 486,000 |
| Onboarding services (one-time) | configuration, data load, ERP/MES integration, training | 64,000 |
| **Total Contract Value** | | **1,522,000** |

All fees are in Chinese yuan and include VAT. Fees for additional users ordered during the Subscription Term are charged pro rata at the per-user rate implied by the table and are not part of the Total Contract Value.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Customer signs the Onboarding Acceptance Certificate.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Customer pays each undisputed invoice within 30 days of receipt by bank transfer in CNY. Vendor will issue invoices through its authorised reseller in China, Shanghai Lianyun Information Technology Co., Ltd.

(d) Onboarding: Vendor will complete onboarding within 75 days after the date of this Order Form. Onboarding is complete when Customer signs the Onboarding Acceptance Certificate after verifying that (i) the workflows listed in the Onboarding Plan are configured and tested with Customer's users, (ii) supplier and part master data are loaded and reconcile with the ERP extract by record count, (iii) the ERP and MES interfaces have run for ten working days without failed transactions, and (iv) key users have completed training. Customer will confirm or reject in writing within ten working days after Vendor's notice of readiness; a rejection must list the criteria not met.

(e) If onboarding is not complete by the date in (d) for reasons attributable to Vendor, Vendor pays Customer liquidated damages of CNY 1,500 for each day of delay, up to CNY 90,000.

### A5. Hosting and Subprocessors

The service is hosted in the China (Shanghai) region of Aliyun Cloud. Customer approves Alibaba Cloud Computing Ltd. as hosting provider by signing this Order Form. Vendor will not engage any other subcontractor or subprocessor for the service without Customer's prior written consent.

### A6. Contacts and Signatures

Vendor contact: Customer Success Manager, success@quabbinworks.example. Customer contact: Quality Systems Manager, qms@haoyang.example.

For Vendor: ____________________ Date: __________

For Customer: ____________________ Date: __________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and records submitted to the service by or for Customer, its users and its supplier-portal users.

1.2 "Usage Data" means technical and statistical information about the use and performance of the service.

1.3 "Customer Configurations" means the forms, workflows, reports and interface mappings that Vendor builds for Customer during onboarding.

### 2. Access and Use

2.1 Vendor grants Customer and its users a non-exclusive, non-transferable right to access and use the service during the Subscription Term for Customer's internal business purposes.

2.2 Customer is responsible for its users' compliance with this Order Form and for keeping account credentials secure. Customer will not resell the service, attempt to gain unauthorised access to it, or use it to store unlawful content.

2.3 Vendor may update the service from time to time, provided that updates do not materially reduce its functionality or security during the Subscription Term.

### 3. Service Levels and Support

3.1 Vendor will use its monitoring tools to target a monthly availability of 99.95% for the production service, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 06:00 China Standard Time.

3.2 Vendor provides support through its ticket portal and a Mandarin- and English-speaking hotline. Priority 1 incidents (the service is unavailable or a core workflow cannot be used by all users) will be responded to within one hour at any time, and Vendor will work continuously until a workaround is in place. Priority 2 incidents will be responded to within two business hours.

3.3 The service levels in this Section are targets. A failure to meet them does not entitle Customer to service credits, fee reductions, refunds or damages, but Vendor will provide a written root-cause report on Customer's request.

### 4. Customer Data

4.1 As between the parties, Customer owns Customer Data. Vendor processes Customer Data to provide the service to Customer.

4.2 Vendor may also compile Usage Data and aggregated, de-identified data derived from Customer Data, and may use them during and after the Subscription Term to improve its products, to train its analytics models and to publish industry quality benchmarks, provided that the results do not identify Customer or any individual.

4.3 Within 30 days after the end of the Subscription Term, Vendor will make Customer Data available for export in standard formats and will then delete it from the service and its backups within a further 60 days.

### 5. Data Security

5.1 Vendor will keep Customer Data in mainland China and will maintain security measures that include encryption in transit and at rest, role-based access controls, multi-factor authentication for administrators, logging of administrative access, vulnerability scanning and annual penetration testing. The production environment holds an MLPS level-3 filing.

5.2 Vendor will notify Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, will investigate and remediate it, and will be responsible for the losses caused to Customer by an incident resulting from Vendor's breach of this Section.

### 6. Intellectual Property

6.1 Vendor owns the service and all software, know-how and documentation used to provide it.

6.2 Customer Configurations belong to Customer. Vendor will deliver them in exportable form on request and at the end of the Subscription Term, and Customer may use, modify and have third parties use them without restriction.

### 7. Confidentiality

7.1 Each party will protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

7.2 These obligations last for the Subscription Term and five years after it.

### 8. Warranties

8.1 Vendor warrants that the service will perform materially in accordance with its documentation and that onboarding services will be performed in a professional manner.

8.2 If the service does not conform, Vendor will correct the non-conformity within a reasonable time.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect, incidental or consequential damages, or for lost profits or revenue.

9.2 Each party's total liability arising out of or related to this Order Form will not exceed the fees paid and payable by Customer in the nine (9) months preceding the event giving rise to the claim. This limit does not apply to Customer's payment obligations or to either party's liability for wilful misconduct.

### 10. Term and Termination

10.1 This Order Form starts on the date of the last signature and continues until the end of the Subscription Term.

10.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

10.3 If Customer terminates under 10.2, Vendor will refund the fees paid for the part of the Subscription Term after termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute that the parties cannot settle by negotiation within 30 days will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

12.2 Notices must be in writing and sent to the contacts in A6 by e-mail with a copy by courier.
"""

E03 = """T:Supply Contract for Vibration Sensors, Gateways and Condition Monitoring Software
P:Contract No. CM-2027-0092
P:Buyer: Tangshan Beigang Cement Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Vibrosense Ticino SA, Via della Pace 6, 6600 Locarno, Switzerland (the "Supplier").
P:This contract is made on the Buyer's standard terms for equipment and software purchases. The Supplier has reviewed them and accepts them as set out below.
H:1. Subject Matter
P:1.1 The Supplier shall supply wireless vibration and temperature sensors, edge gateways and a perpetual licence for its VS-Monitor condition monitoring software, and shall install, configure and commission them on the kilns, raw mills, cement mills, fans and conveyors of the Buyer's two clinker production lines.
P:1.2 The scope includes the mounting of sensors, the configuration of gateways on the Buyer's plant network, the installation of VS-Monitor on the Buyer's servers, the set-up of alarm thresholds and dashboards for each machine, an interface to the Buyer's distributed control system, and training.
P:1.3 The Supplier warrants that all goods are new, of current manufacture and suitable for the dusty and high-temperature conditions of a cement plant, with an ingress protection rating of at least IP67.
H:2. Contract Price
P:2.1 The contract price is CNY 2,120,000, fixed and inclusive of VAT, customs duties, packing, freight to the Buyer's site, insurance, installation and all other costs. It is itemised in the following table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor VS-300|420|2,600|1,092,000
TB:2|Edge gateway VG-20 with mounting kit|36|9,500|342,000
TB:3|VS-Monitor perpetual licence (500 measuring points)|1|486,000|486,000
TB:|Hardware and licence subtotal|||1,920,000
TB:4|Installation, configuration and DCS interface|1 lot|168,000|168,000
TB:5|Training of operators and maintenance engineers|1 lot|32,000|32,000
TB:|Contract price|||2,120,000
P:2.2 Quantities may be changed by the Buyer's written change order at the unit prices above.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the contract price within 30 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the contract price within 30 days after all goods have been delivered and installed. Signature of the delivery note confirms quantities only and is not acceptance of quality.
P:3.3 The Buyer shall pay the remaining 35% of the contract price within 30 days after Final Acceptance under clause 5.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all goods to the Buyer's site within 70 days after signature and complete installation and commissioning within 45 days after delivery, in line with the Buyer's kiln shutdown schedule.
P:4.2 For each day of delay in delivery or in readiness for acceptance testing attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the contract price, up to a maximum of 8% of the contract price. Liquidated damages do not relieve the Supplier of its obligation to complete the work.
H:5. Acceptance
P:5.1 Acceptance testing shall confirm that: (a) every sensor reports to VS-Monitor at the configured interval, without gaps in the data over a 30-day trial run other than gaps caused by planned shutdowns; (b) measured vibration velocities agree with a calibrated reference instrument within ±5% on ten machines chosen by the Buyer; (c) alarms reach the DCS and the maintenance team's mobile devices within 60 seconds; and (d) gateways recover automatically from a power or network interruption.
P:5.2 When all criteria are met the Buyer shall sign a Final Acceptance certificate. Installation, commissioning, the start of the trial run or use of the system in operation do not constitute acceptance. If a test fails, the Supplier shall correct the defect at its cost and the trial run shall restart.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period for all goods and the software is thirty-six (36) months from Final Acceptance. During it the Supplier shall repair or replace defective goods, correct software defects and provide software updates free of charge, including freight and site visits.
P:6.2 Faults are classified in the table below. A Priority 1 fault means that VS-Monitor is unavailable or that more than ten sensors on one production line stop reporting.
TB:Priority|Response time|On-site attendance (if needed)|Resolution
TB:Priority 1|30 minutes|next day|within 48 hours
TB:Priority 2|2 hours|within 3 days|within 5 days
TB:Priority 3|1 working day|as agreed|next release
P:6.3 For each hour by which the Supplier exceeds the response time or resolution time for a Priority 1 fault, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Buyer may order annual maintenance covering hardware repair, software updates and remote support. The annual maintenance fee shall not exceed 8% of the hardware and licence subtotal (CNY 153,600 per year) and shall remain fixed for the first three years after the warranty period. Maintenance shall be ordered year by year and shall not renew automatically.
P:6.5 The Supplier shall keep spare parts for the supplied goods available for at least eight years after Final Acceptance.
P:6.6 Training shall cover the operation of VS-Monitor, the interpretation of vibration spectra and trends, the replacement of sensors and batteries and the administration of users. The Supplier shall train at least 24 of the Buyer's staff in sessions held at the Buyer's site in Chinese, and shall provide operating and maintenance manuals, a list of all measuring points with their alarm thresholds, network and interface documentation and as-installed drawings in Chinese and English, in paper and electronic form, before Final Acceptance.
P:6.7 During the warranty period the Supplier shall visit the site twice a year to check sensor mounting, battery levels and gateway condition, and to review the alarm thresholds with the Buyer's maintenance engineers. A written report with recommendations shall be provided after each visit.
H:7. Intellectual Property
P:7.1 The VS-Monitor software and the firmware of the sensors and gateways remain the property of the Supplier or its licensors. The licence granted to the Buyer is perpetual and irrevocable.
P:7.2 The dashboards, alarm configurations, machine models, DCS interface programs and reports created for the Buyer, with their source files, belong to the Buyer, which may use, modify and have them modified by third parties without restriction.
H:8. Data and Security
P:8.1 All measurement data, machine information and alarm records collected by the system belong to the Buyer. The Supplier shall use them only to perform this contract and shall not use them for any other purpose, including in aggregated or anonymised form.
P:8.2 The system shall be installed on the Buyer's premises and shall not transmit data outside the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session and shall take place only through the Buyer's bastion host with multi-factor authentication. The Supplier shall not copy measurement data to its own systems.
P:8.3 The Supplier shall apply security updates to the gateways and VS-Monitor during the warranty period, shall notify the Buyer within six hours of any security incident affecting the system or the data, and shall be liable for all losses caused by an incident attributable to it.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's production processes, equipment, network and business that it receives under this contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of the warranty period.
H:10. Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the contract price. This limit does not apply to personal injury, property damage caused by the Supplier's personnel on site, wilful misconduct, or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation work at height or near the kiln may only be carried out by personnel holding valid special-operation certificates.
H:12. Site Safety
P:12.1 The Supplier's personnel shall follow the Buyer's safety rules, permit-to-work system and lock-out procedures, and shall wear the protective equipment required in each area of the plant.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages under clause 4.2 reach their maximum. The Supplier shall then refund the amounts paid for goods and services not accepted.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party promptly and shall be excused for as long as the event lasts. If it lasts more than 60 days, either party may terminate the contract.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in Chinese and English.
H:16. Miscellaneous
P:16.1 This contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** MSA-2027-117

**Customer:** Hefei Lanxin New Energy Materials Co., Ltd., No. 19 Jinxiu Avenue, Hefei Economic and Technological Development Area, Anhui, People's Republic of China ("Customer")

**Provider:** Watch Hill Technology Partners LLC, 12 Canal Street, Westerly, Rhode Island 02891, USA, acting through its service centre in Suzhou ("Provider")

Customer wishes to outsource the day-to-day operation of its IT environment at its Hefei headquarters and its two plants in Hefei and Chuzhou. Provider has the experience and resources to operate it. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the performance standards in Schedule 2.

1.3 "Charges" means the amounts in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider receives, accesses or processes in performing the Services.

1.5 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has been completed under clause 3.

1.6 "Term" means thirty-six (36) months from the Service Commencement Date.

## 2. Scope

2.1 Provider shall provide the Services from the Service Commencement Date until the end of the Term in accordance with this Agreement, the Service Levels and good industry practice.

2.2 Provider shall provide all staff, tools and management systems needed for the Services, except the equipment and software licences owned by Customer and listed in the asset register agreed during transition.

2.3 Provider shall assign a service delivery manager based in Hefei who attends a monthly service review with Customer's IT manager and provides a monthly report on Service Level performance, incidents, changes, capacity and open risks.

## 3. Transition

3.1 Provider shall carry out the transition of the Services from Customer's in-house team during the 60 days after signature, in accordance with a transition plan agreed with Customer within ten days after signature.

3.2 Transition is complete when (a) Provider's monitoring covers every server, storage system, network device and business application listed in Schedule 1; (b) the service desk has handled live tickets for ten working days; (c) all runbooks and the asset register have been reviewed and approved by Customer; and (d) Provider's staff have completed knowledge transfer with Customer's in-house team. Customer shall confirm completion in writing or state which criteria are not met within five working days after Provider's notice.

3.3 If transition is late, the parties shall agree a revised plan. The Charges for the first month are payable only from the Service Commencement Date.

## 4. Service Levels and Service Credits

4.1 Provider shall meet the Service Levels in Schedule 2 in each calendar month.

4.2 If Provider fails to meet a Service Level, Customer is entitled to the service credit stated in Schedule 2. Service credits are deducted from the next monthly invoice and are capped in total at 20% of the Monthly Service Charge for the month concerned.

4.3 Provider shall investigate each Priority 1 incident and deliver a root-cause report within five working days.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Monthly Service Charge is fixed for the Term.

5.2 Provider shall invoice the Monthly Service Charge monthly in arrears and the transition fee after the Service Commencement Date. Customer shall pay each correct invoice within 30 days after receipt.

5.3 The Charges include all personnel, travel, tools and taxes. Additional work outside the Services requires a written change order at the rates in Schedule 3.

## 6. Customer Responsibilities

6.1 Customer shall give Provider's staff access to its sites and systems as reasonably needed, provide workspace for on-site staff, and maintain the support contracts for its equipment and software with their manufacturers.

6.2 Customer shall nominate an IT manager as the single point of contact for Provider and shall approve changes in accordance with the change process agreed during transition.

6.3 Customer shall inform Provider in advance of planned projects, office moves and plant shutdowns that may affect the Services.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Term Provider shall return all Customer Data and documentation in its possession to Customer.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's business and technical information received in connection with this Agreement, shall use it only to perform this Agreement and shall not disclose it to any third party without the other party's prior written consent.

8.2 Each party may disclose confidential information to its employees and professional advisers who need to know it and are bound by equivalent obligations. This clause continues for five years after the end of the Term.

## 9. Personnel

9.1 Provider shall staff the Services with qualified personnel speaking Chinese and shall keep at least four engineers on site in Hefei during business hours.

9.2 Provider shall replace any member of its staff whom Customer reasonably considers unsuitable.

9.3 Provider shall not reduce the on-site team or replace the service delivery manager without giving Customer at least 30 days' notice and agreeing a suitable replacement with Customer. Provider shall keep a written handover note for every change of key staff.

## 10. Intellectual Property

10.1 Runbooks, scripts, reports, configuration records and other materials that Provider prepares specifically for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

10.2 Provider's pre-existing tools remain Provider's property.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 3. The limit does not apply to personal injury, wilful misconduct or breach of clause 8.

## 12. Subcontracting

12.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains fully responsible for any approved subcontractor.

## 13. Term and Termination

13.1 This Agreement starts on signature and ends at the end of the Term. Customer may extend it once by written notice for up to six months at the same Monthly Service Charge. There is no automatic renewal.

13.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider fails the same Service Level in three consecutive months.

13.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the Monthly Service Charge pro rata, including the handover of documentation and knowledge transfer to Customer or a successor provider.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

15.2 Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Ticket handling for 1,350 users by phone, portal and chat, in Chinese and English | 7:30-21:00 on working days; on-call at other times |
| End-user support | Desktop, laptop, printer and mobile device support at the three sites | Business hours on site |
| Server and storage operations | Monitoring, patching, backup checks and capacity management for 86 servers and 3 storage arrays | 24x7 monitoring |
| Network operations | Monitoring and configuration management for routers, switches, firewalls and Wi-Fi at three sites | 24x7 monitoring |
| Application support | First- and second-level support for ERP, MES, e-mail and the plant quality system | Business hours; on-call for Priority 1 |
| Backup and restore | Daily backup verification and quarterly restore tests | As scheduled |

## Schedule 2 - Service Levels

| Service Level | Target | Service credit |
|---|---|---|
| Priority 1 incident response | 30 minutes, any time | 3% of the Monthly Service Charge for each late response |
| Priority 1 incident restoration | 6 hours | 3% of the Monthly Service Charge for each late restoration |
| Priority 2 incident response | 1 hour in service hours | 1% of the Monthly Service Charge for each late response |
| Availability of core infrastructure (servers, storage, core network) | 99.95% per month | 5% of the Monthly Service Charge for each 0.02 percentage point below target |
| Service desk calls answered | average waiting time below 60 seconds per month | 2% of the Monthly Service Charge |
| Backup jobs | every failed scheduled job re-run successfully on the same day | 2% of the Monthly Service Charge |

## Schedule 3 - Charges

| Item | Amount (CNY) |
|---|---|
| Transition fee (one-time) | 96,000 |
| Monthly Service Charge | 68,000 |
| Monthly Service Charges for the Term (36 months) | 2,448,000 |
| **Total Contract Value** | **2,544,000** |
| Additional engineer day (change orders) | 2,600 per day |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No.: HD-API-2027-031

This Data and API Subscription Agreement is made between:

Yunnan Lancang Cascade Hydropower Operations Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Kunming, Yunnan Province ("Customer"); and

Hydrodata Valais SA, a company incorporated in Switzerland, with its registered office at Rue du Simplon 14, 1920 Martigny, Switzerland ("Provider").

1. PURPOSE AND DEFINITIONS

1.1 Provider operates a hydro-meteorological data platform that combines satellite, radar and gauge observations with its own forecasting models. Customer wishes to receive precipitation, snow-cover, inflow and weather forecast data for the Lancang river basin through Provider's API, for use in reservoir operation and flood control at its cascade hydropower stations.

1.2 In this Agreement: "Provider Data" means the datasets and forecasts delivered through the API; "Customer Data" means all data that Customer supplies to Provider, including station inflow records, reservoir levels and gauge readings, and all queries made by Customer; "Custom Feeds" means the basin-specific data products, calibrated inflow models and interface adapters that Provider prepares for Customer; "Subscription Year" means each annual period beginning on the Service Start Date or an anniversary of it; "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, during the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use Provider Data for Customer's internal operations, including reservoir scheduling, dispatch coordination with the grid company and reporting to the river basin authority.

2.2 The subscription includes up to 5,000,000 API calls per month, hourly updates of observations, forecasts up to ten days ahead, 30 years of historical data for the basin and access to the web viewer for 40 named users.

2.4 Provider may change the format of Provider Data or retire an API version only after giving Customer at least 90 days' notice and keeping the previous version available during that period. Provider shall not remove any data element listed in Annex A during the Subscription Term.

2.3 Customer shall not resell Provider Data or make it available to third parties as a data product, except that Customer may share derived reports with government authorities and the grid company in the normal course of its operations.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years from the Service Start Date.

3.2 At the end of the initial Subscription Term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 Provider may increase the Subscription Fee for any renewal term by giving Customer written notice at least 90 days before the renewal term begins. The increased fee applies from the first day of the renewal term.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Provider shall, within 45 days after signature, configure the Custom Feeds for the Lancang basin, calibrate its inflow models against ten years of Customer's station records, deliver API credentials and interface adapters for Customer's dispatch system, and train Customer's hydrologists and IT staff.

4.2 Integration Acceptance requires that: (a) all data elements listed in Annex A are delivered through the API in the agreed formats; (b) the dispatch system receives hourly updates without failure for 14 consecutive days; (c) the calibrated inflow forecasts for the back-testing period meet the accuracy figures stated in Annex A; and (d) documentation and training have been delivered. Customer shall confirm Integration Acceptance in writing, or list the unmet criteria, within seven working days after Provider's notice of readiness.

4.3 If Integration Acceptance is delayed for reasons attributable to Provider beyond the period in clause 4.1, Provider shall pay Customer liquidated damages of CNY 600 for each day of delay, up to CNY 36,000.

5. FEES AND PAYMENT

5.1 The fees are:
   (a) Subscription Fee: CNY 348,000 per Subscription Year, CNY 696,000 for the initial Subscription Term;
   (b) Onboarding and integration fee (one-time): CNY 38,000;
   (c) Total fees for the initial Subscription Term: CNY 734,000.

5.2 API calls above the monthly allowance are charged at CNY 20 per additional 100,000 calls, invoiced quarterly in arrears. Such charges are not included in the total fees.

5.3 The onboarding and integration fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer shall pay each correct invoice within 30 days after receipt. All fees are in CNY and include VAT.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least three days in advance and carried out outside the flood season.

6.2 Severity 1 incidents (the API is unavailable or returns no current data) shall be acknowledged and responded to within eight business hours after Customer's report. Severity 2 incidents (delayed or incomplete data) shall be responded to within two business days. Business hours are 09:00 to 18:00 Central European Time on Swiss working days.

6.3 If monthly availability falls below the level in clause 6.1, Customer shall receive a service credit of 5% of the monthly equivalent of the Subscription Fee for each full 0.1 percentage point of shortfall, up to 25% of that monthly amount. Credits are set off against the next invoice.

6.4 Provider shall send Customer a monthly service report showing availability, incidents and their resolution, data latency and API usage against the monthly allowance. During the flood season from June to September, Provider shall also name a duty hydrologist whom Customer can reach by telephone for questions about the forecasts.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the services to Customer under this Agreement and shall not use it to improve its general models, to create products for others or for any other purpose.

7.2 On expiry or termination Provider shall return Customer Data and then delete it from its systems within 30 days, and confirm the deletion in writing.

8. DATA SECURITY

8.1 Customer Data and the Custom Feeds shall be stored and processed on servers located in mainland China, operated by Provider's hosting partner in Guiyang. Provider shall not transfer Customer Data outside mainland China.

8.2 Provider shall protect Customer Data with encryption in transit and at rest, API keys with IP allow-listing, role-based access, logging of all access and annual penetration tests, and shall comply with the Data Security Law of the People's Republic of China and the classification requirements for data of the power sector.

8.3 Provider shall notify Customer of any security incident affecting Customer Data within eight hours after becoming aware of it, shall take immediate measures to contain it, and shall be liable for the losses caused to Customer by any incident attributable to Provider or its subcontractors.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in its platform, its general models and Provider Data.

9.2 The Custom Feeds and interface adapters prepared for Customer, including their source code and calibration parameters, belong to Customer. Customer may use, modify and license them freely, including after the end of this Agreement.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information received from the other party, including Customer's reservoir operating rules and Provider's pricing, and shall not disclose it to third parties without the other party's prior written consent.

10.2 This obligation survives for five years after the end of this Agreement.

11. SUBCONTRACTING

11.1 Provider may engage subcontractors, including hosting providers and data-acquisition partners, to perform any part of the services, by giving Customer written notice of the subcontractor's name and role at least 15 days before the subcontractor starts work. Provider remains responsible for its subcontractors.

12. LIABILITY

12.1 Provider does not warrant that forecasts will be accurate in every case. Customer remains responsible for its operating decisions.

12.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 5.1(c). The limit does not apply to breach of clauses 7, 8 and 10 or to wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 Customer may terminate by written notice if availability falls below the level in clause 6.1 in three months of any six-month period. On such termination Provider shall refund the Subscription Fee paid for the period after termination.

14. GOVERNING LAW AND DISPUTE RESOLUTION

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be referred to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding.

15. GENERAL

15.1 Annex A (Data Elements and Accuracy Figures) forms part of this Agreement.

15.2 Neither party may assign this Agreement without the prior written consent of the other party. Notices shall be in writing and sent to the addresses above and to the e-mail addresses notified by each party.

15.3 This Agreement is made in English and Chinese in two originals; each party holds one.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

FILES = {  # key: (file name, format, language, category, source)
    "z01": ("h929z01_eco_bureau_odour_complaint_platform.pdf", "pdf", "zh", "software", Z01),
    "z02": ("h929z02_hourglass_factory_line_control_retrofit.docx", "docx", "zh", "hardware", Z02),
    "z03": ("h929z03_desert_offroad_chain_booking_saas.txt", "txt", "zh", "cloud", Z03),
    "z04": ("h929z04_housing_bureau_deep_pit_monitoring_om.txt", "txt", "zh", "services", Z04),
    "z05": ("h929z05_dough_figurine_studio_process_tracking_supplier_template.md", "md", "zh", "software", Z05),
    "e01": ("h929e01_plm_perpetual_licence_vevey_vendor.pdf", "pdf", "en", "software", E01),
    "e02": ("h929e02_qms_saas_order_form_amherst_vendor.md", "md", "en", "cloud", E02),
    "e03": ("h929e03_cement_vibration_sensors_monitoring_licence.docx", "docx", "en", "hardware", E03),
    "e04": ("h929e04_managed_it_services_36_months_westerly_vendor.md", "md", "en", "services", E04),
    "e05": ("h929e05_hydrology_data_api_two_year_subscription.txt", "txt", "en", "cloud", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# values in KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, True, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True, True, False,
            "PRC", S],
    "z04": [99.95, 0.5, True, "buyer", True, True, False, 0.03, None, None, True, None, None, None, False, False,
            False, None, S],
    "z05": [None, None, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
            None, G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 25, True, True, 18, 13, False, True, False,
            "Switzerland", G],
    "e02": [99.95, 1, False, "buyer", True, False, True, 1500 / 1522000 * 100, 9 / 36 * 100, None, True, None, None,
            None, False, True, False, "PRC", S],
    "e03": [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
    "e04": [99.95, 0.5, True, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True, False,
            "PRC", S],
    "e05": [99.95, 8, True, "buyer", True, True, True, 600 / 734000 * 100, 150, None, True, None, None, None, True,
            True, True, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (None = key left out), deemed, contract_value
    "z01": (True, True, True, False, 2010000),
    "z02": (True, True, True, False, 1880000),
    "z03": (True, True, None, False, 970000),
    "z04": (True, True, None, False, 586000),
    "z05": (False, True, False, True, 836000),
    "e01": (True, True, True, False, 2024000),
    "e02": (True, True, None, False, 1522000),
    "e03": (True, True, True, False, 2120000),
    "e04": (True, False, None, False, 2544000),
    "e05": (True, True, None, False, 734000),
}
# price sums as stated in the texts
SUMS = {
    "z01": ([1180000, 640000, 152000, 38000], 2010000),
    "z02": ([612000, 388000, 164000, 146000, 290000, 218000, 62000], 1880000),
    "z03": ([40 * 9800 * 2, 186000], 970000),
    "z04": ([146500] * 4, 586000),
    "z05": ([360000, 420000, 56000], 836000),
    "e01": ([1460000, 520000, 44000], 2024000),
    "e02": ([486000] * 3 + [64000], 1522000),
    "e03": ([420 * 2600, 36 * 9500, 486000, 168000, 32000], 2120000),
    "e04": ([96000, 68000 * 36], 2544000),
    "e05": ([348000 * 2, 38000], 734000),
}
# TCO inputs for goods/licence drafts: fee base (itemised licence / hardware subtotal), warranty years
TCO_BASE = {"z01": 1180000, "z02": 1600000, "e01": 1460000, "e03": 1920000}
PAYMENT_SPLITS = {"z01": [20, 45, 35], "z02": [20, 45, 35], "z05": [65, 35], "e01": [25, 50, 25], "e03": [10, 55, 35]}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t):
    if key not in TCO_BASE or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * TCO_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (EXTRA[key][4] + fees) * 100


def derive(key, t, x):
    """Policy §3 as this folder reads it (see NOTES.md, Conventions)."""
    r = set()
    sla, ld_stated, capped, deemed, value = x
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, cat, _ = FILES[key]
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": derive(key, t, EXTRA[key])}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan

THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*[-‐]?\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b)", r"(?<!十)四\s*个?\s*小时", r"\bfour\s*(?:\(4\)\s*)?[-\s]?hours?",
    r"(?<![\d.年])12\s*[-‐]?\s*(?:个\s*)?(?:月|months?)", r"十二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?[-\s]?months?",
    r"(?<![\d零一二三四五六七八九十])一\s*年(?!度)", r"\b(?:one|1)\s*[-\s]?years?\b",
    r"(?<![\d.])(?:30|15|40|100)\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|百|一百)(?![点一二三四五六七八九])",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:\(\d+\)\s*)?(?:%|percent|per\s*cent)",
    r"(?<![\d.])0?\.05\s*(?:%|％|percent|per\s*cent|percentage)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])0?\.5\s*‰",
]
MUST_HIT = ["可用率99.9%", "4小时内响应", "四小时内到场", "within 4 hours", "within four hours", "a 4-hour response",
            "质保期12个月", "十二个月", "twelve (12) months", "12-month warranty", "质保一年", "one year warranty",
            "30%", "百分之三十", "15 %", "40%", "100%", "百分之百", "thirty percent", "0.05%", "万分之五",
            "0.05 percentage point", "within4hours", "12months"]
MUST_MISS = ["99.95%", "99.5%", "24小时内", "24 hours", "14 hours", "112个月", "35%", "130%", "150%", "0.08%",
             "万分之三", "万分之八", "百分之三十五", "2.4 hours", "服务年度", "五年", "两年", "1.5 years", "0.025%", "2027年12月31日"]


def hits(text):
    out = []
    for p in THRESHOLD_PATTERNS:
        for m in re.finditer(p, text, flags=re.I):
            out.append(m.group(0))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------------------------------------------------------
# Read back

def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, fmt, lang, cat, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    for key in FILES:
        lab = label(key)
        (OUT / (Path(FILES[key][0]).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                                 encoding="utf-8")


def check():
    self_test()
    covered = set()
    problems = []
    for key, (name, fmt, lang, cat, src) in FILES.items():
        lab = json.loads((OUT / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
        t, x, rules = lab["expected_terms"], lab["expected_extra"], lab["expected_rules"]
        assert list(t) == KEYS, key
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered.update(rules)
        parts, total = SUMS[key]
        assert sum(parts) == total == x["contract_value"], key
        if key in PAYMENT_SPLITS:
            assert sum(PAYMENT_SPLITS[key]) == 100, key
            assert not set(PAYMENT_SPLITS[key]) & {30, 40, 15, 100}, key
        # label values against thresholds
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(key, t)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        # text read back
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            h = hits(variant)
            if h:
                problems.append((key, "threshold text", h))
        print(key, name, lang, n, "tco %.2f" % share if share is not None else "", rules, risk(rules))
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, missing
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    assert len(DESIGN["z05"]) in range(8, 11)
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert not problems, problems
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    build()
    check()
