"""holdout1138: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths as read back, no threshold value or figure, rules derived from the labels = design,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青溪市人工影响天气作业指挥平台建设项目合同
P:合同编号：QXQX-2027-ZC-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青溪市气象局
P:乙方（供应商）：云岫气象科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方在平等、自愿的基础上，就青溪市人工影响天气作业指挥平台（以下简称“平台”）的软件许可及定制开发事宜，采用甲方提供的合同文本，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供人工影响天气作业指挥平台软件永久使用许可一套，覆盖市级指挥中心及下辖六个县级作业点，用户数不限。
P:1.2 乙方按需求规格说明书完成以下定制开发：作业指挥调度模块、空域申请与批复对接模块、弹药及火箭发射装置物联管理模块、作业效果评估模块，以及与省级人影业务系统、市气象局雷达产品库的数据接口。
P:1.3 乙方负责平台在甲方政务云资源上的部署、数据初始化、联调测试、试运行保障及用户培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾万元整（¥1,500,000），为含税固定总价，包括：平台软件许可费¥860,000；定制开发费¥520,000；实施部署费¥96,000；培训费¥24,000。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。因乙方原因产生的额外工作量由乙方自行承担。
P:2.3 合同价款已包含乙方完成本项目所需的第三方软件、中间件授权费用，以及乙方人员差旅、食宿等全部费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥300,000。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥675,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥525,000。
P:3.4 每次付款前，乙方应开具等额合法发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成全部定制开发及部署，并提交初步验收申请。
P:4.2 乙方应在每月5日前向甲方提交上月项目进度报告，说明完成情况、存在问题及解决措施。
P:4.3 乙方应组建不少于6人的项目实施团队，项目经理须具有同类气象信息化项目经验，未经甲方书面同意不得更换。乙方人员在甲方场所工作期间应遵守甲方安全管理制度。
P:4.4 每年3月至10月为人工影响天气作业期，期间的部署及切换工作，乙方应避开甲方人工增雨（雪）、防雹作业时段，并提前制定回退方案，确保作业指挥不受影响。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：需求规格说明书所列功能全部实现；与省级人影业务系统、雷达产品库接口连续7日数据交换无差错；50个并发用户条件下常用页面响应时间不超过2秒；第三方网络安全等级保护测评无高危问题。
P:5.2 初步验收合格后进入为期60日的试运行。试运行期间累计发生一级故障不超过一次，且全部问题整改完毕后，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
P:5.4 验收所需的测试数据和测试环境由双方共同准备；第三方等级保护测评费用已包含在合同价款中，由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.3 质保期内乙方每季度对平台进行一次巡检，并在每年作业期开始前派员到现场进行一次全面保障检查，巡检报告报甲方备案。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥68,800），且该价格自质保期满起三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护时间除外，计划维护须提前三日书面通知甲方）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或作业指挥功能中断）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，8小时内解决；三级故障1个工作日内响应。
P:7.3 乙方未达到上述响应或恢复时限的，每迟延一小时，甲方有权扣减¥800；月可用率每低于约定值0.01个百分点，扣减¥1,000。扣减款项从维护费或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。乙方应在最终验收时移交完整源代码及技术文档。
P:8.3 乙方保证其交付成果不侵犯任何第三方合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台采集、存储的作业数据、气象观测数据、空域批复记录等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得用于任何其他目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》的规定，采取访问控制、加密传输、操作审计等安全措施；乙方人员远程运维须经甲方审批并通过堡垒机进行，不得将数据复制至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、作业部署、空域信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同的任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力导致合同目的无法实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，由双方另行签订书面补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同附件包括：需求规格说明书、分项报价表、项目实施计划、验收方案。
P:甲方（盖章）：青溪市气象局　　乙方（盖章）：云岫气象科技有限公司
P:签订日期：2027年3月　　日
"""

Z02 = """T:封箱机装配线控制系统改造合同
P:合同编号：HSJX-GC-2027-041
P:甲方：衡山机械封箱设备有限公司（电动封箱机生产企业）
P:乙方：苏宁智控自动化工程有限公司
P:甲方拟对其电动封箱机总装车间两条装配线实施控制系统改造，乙方具备相应设备供货、软件开发及系统集成能力。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责供应并安装PLC控制柜、伺服驱动系统、视觉检测单元、工业网络设备，提供产线控制软件许可，完成与甲方现有ERP系统的数据对接，并开发工位节拍看板、质量追溯报表等定制程序。
P:1.2 设备及软件清单、规格和价格以下表为准：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|6套|68,000|408,000
TB:2|伺服驱动器及电机|24套|7,500|180,000
TB:3|视觉检测单元（封箱质量检测）|4套|52,000|208,000
TB:4|工业交换机及网络配件|1批|46,000|46,000
TB:5|产线控制软件许可（永久）|1套|236,000|236,000
TB:—|设备及软件小计|—|—|1,078,000
TB:6|安装调试|1项|118,000|118,000
TB:7|定制程序开发及ERP对接|1项|84,000|84,000
TB:8|操作及维护培训|1项|20,000|20,000
TB:—|合同总价|—|—|1,300,000
P:1.3 主要技术要求：PLC控制柜须采用主流品牌中高端系列，输入输出点位预留不少于20%余量；伺服系统重复定位精度不低于±0.02毫米；视觉检测单元须能识别胶带偏移、漏贴、箱体压痕及封箱不严等缺陷；产线控制软件须支持配方管理、工单下达、节拍统计、报警记录及分级权限管理。
P:1.4 乙方提供的设备须为全新原厂正品，并随货提供合格证、使用说明书、电气图纸及出厂检验报告。
H:第二条 合同价款与付款
P:2.1 合同总价为人民币壹佰叁拾万元整（¥1,300,000），含税，含运输、安装、调试、培训等全部费用。
P:2.2 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:2.3 设备全部到货并经甲方签收后，甲方支付合同总价的45%。到货签收仅确认数量及外观，不视为质量验收。
P:2.4 系统通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:2.5 乙方每次收款前应向甲方开具等额增值税专用发票，甲方收到合格发票后方予付款。
H:第三条 交付与施工
P:3.1 乙方应在合同生效后45日内将设备运抵甲方总装车间，并在到货后30日内完成安装调试。
P:3.2 改造施工须利用甲方安排的停线窗口进行，每条线停线时间不超过7日。乙方应提前提交施工方案，经甲方确认后实施。
P:3.3 乙方施工人员应遵守甲方厂区安全生产管理制度，因乙方原因发生安全事故的，由乙方承担责任。
P:3.4 乙方负责设备包装、运输及卸货至指定工位，交付前的毁损、灭失风险由乙方承担。设备到达后双方共同开箱清点，发现短缺或损坏的，乙方应在7日内补齐或更换。
P:3.5 乙方应在施工前备份旧控制系统的程序及参数，改造完成后将备份资料交甲方存档；拆除的旧设备归甲方所有，由乙方搬运至甲方指定仓库。
H:第四条 验收
P:4.1 验收标准：两条装配线分别连续72小时带料运行无停线故障；单线节拍达到每分钟18台封箱机总成；视觉检测漏检率不高于0.2%；ERP工单、物料及完工数据对接准确无误；定制看板和追溯报表功能符合需求说明。
P:4.2 满足上述标准后，甲方组织验收并签署最终验收报告。试运行、设备投入生产或甲方付款，均不视为验收合格。
P:4.3 验收不合格的，乙方应在10日内整改并重新提请验收。
P:4.4 乙方应在验收前提交完整的竣工资料，包括电气原理图、接线图、PLC程序备份、软件安装介质、操作及维护手册和培训记录。
P:4.5 验收由甲方生产、设备、质量部门共同参加，乙方项目经理及技术负责人应到场配合，验收中发现的问题应形成书面记录，由双方签字确认整改期限。
H:第五条 质量保证与售后服务
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换及升级免费。
P:5.2 一级故障（装配线停线）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，次日到场。
P:5.3 乙方超过上述响应或到场时限的，每超时一小时向甲方支付¥500。
P:5.4 质保期满后的维保服务，年费不超过设备及软件小计的9%，即每年不超过¥97,020，质保期满后三年内不上调，由双方另行签订维保合同，不自动续期。
P:5.5 乙方应在甲方现场存放常用备品备件，包括伺服驱动器、电源模块、视觉相机各一套，质保期内备件消耗由乙方免费补充。设备在质保期内经两次维修仍不能正常使用的，乙方应更换同型号新设备。
P:5.6 乙方应分别为甲方操作工、设备维修人员及工艺工程师组织培训，培训考核合格后方可独立上岗。
P:5.7 乙方应建立甲方专属服务档案，记录每次故障的现象、原因、处理过程及更换部件，每季度向甲方提交一次设备运行分析报告并提出优化建议。
P:5.8 质保期内乙方每半年对两条装配线进行一次预防性维护，检查电气连接、伺服参数、视觉光源及相机标定情况，并出具维护记录。
H:第六条 知识产权
P:6.1 乙方为本项目开发的定制程序、PLC程序、看板及报表源代码归甲方所有，甲方可自由修改和使用。产线控制软件产品的著作权仍归乙方，甲方获得永久使用许可。
H:第七条 数据安全与保密
P:7.1 产线运行数据、工艺参数、质量数据及ERP数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:7.2 乙方远程调试须经甲方批准并使用甲方指定的安全通道；不得擅自拷贝甲方数据；发生数据泄露或系统被入侵时，应在2小时内通知甲方并协助处置，因乙方原因造成损失的由乙方全额赔偿。
P:7.3 双方对在合作中知悉的对方技术资料、工艺及商业信息负有保密义务，保密期至合同终止后三年。
P:7.4 乙方人员进入甲方厂区前应签署保密承诺书，不得对甲方生产线拍照、录像或对外介绍甲方工艺布局。
H:第八条 违约责任
P:8.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:8.2 乙方在本合同项下承担的赔偿责任总额（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:8.3 甲方逾期付款的，每日按逾期金额的万分之二支付违约金。
H:第九条 分包
P:9.1 除设备运输外，乙方不得将本合同任何部分分包给第三方；确需分包的，须事先取得甲方书面同意。
P:9.2 经甲方同意的分包，乙方仍应对分包部分的质量、进度和安全向甲方承担全部责任。
H:第十条 合同解除
P:10.1 乙方严重违约且在收到甲方书面通知后10日内未纠正的，甲方有权解除合同。
P:10.2 合同解除后，乙方应退还甲方已付但未完成部分对应的款项，并赔偿甲方因此遭受的损失。
H:第十一条 争议解决
P:11.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十二条 其他
P:12.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:12.2 技术协议、施工方案及验收大纲为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：衡山机械封箱设备有限公司　　乙方（盖章）：苏宁智控自动化工程有限公司
"""

Z03 = """洁步鞋履护理连锁门店预约及会员管理系统服务合同

合同编号：JB-IT-2027-006
甲方：洁步鞋履护理服务有限公司（下辖24家鞋履清洗门店）
乙方：易约云信息技术有限公司

甲方为统一管理旗下24家门店的线上预约、收送件、会员储值及积分业务，向乙方订购预约及会员管理SaaS服务并委托乙方实施。甲方现使用的会员系统为单店部署版本，各门店数据不互通，会员无法跨店消费。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供预约及会员管理SaaS服务，包括小程序预约、到店及上门收送件调度、洗护工单跟踪、会员储值与积分、营销券核销、门店经营报表等功能模块。
2. 服务范围覆盖甲方24家门店及总部，每家门店可开通5个员工账号，总部账号不限。
（二）实施服务
1. 乙方负责系统初始化配置、门店及价目表录入、甲方现有会员数据迁移、与甲方收银设备及支付渠道对接、定制经营报表开发，以及对门店店长和总部人员的培训。
2. 实施工作应在合同签订后45日内完成并提交上线验收。
3. 乙方应指定一名实施项目经理常驻甲方总部，负责实施计划、门店上线排期及问题协调，并每周向甲方提交实施周报。
（三）运营支持
1. 服务期内乙方提供在线客服及电话支持，门店员工可通过系统内工单提交问题。
2. 乙方每季度派员对门店店长进行一次新功能培训，并协助甲方开展会员营销活动的系统配置。
3. 乙方应为甲方提供系统管理员后台，甲方可自行维护门店、价目、员工账号及营销活动，无需另行付费。
4. 乙方对SaaS平台进行版本升级的，应提前7日通知甲方，升级不得导致甲方已使用的功能缺失或数据丢失，升级后出现问题的按本合同第五条处理。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期届满前30日，任何一方均未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期年度的订阅费按乙方届时公布的标准价格执行，乙方有权根据市场情况上调订阅费，并以系统公告或邮件方式通知甲方。
（三）服务期内乙方不得以任何理由调整第三条所列订阅费单价。

三、费用及支付
（一）订阅费：每家门店每个服务年度¥9,800，24家门店每个服务年度合计¥235,200，两个服务年度合计¥470,400。
（二）实施费（一次性）：¥68,000；会员数据迁移费（一次性）：¥22,000。
（三）合同总价：¥560,400。
（四）支付方式：
1. 实施费及数据迁移费，于上线验收合格后15个工作日内一次性支付。
2. 第一个服务年度订阅费于上线验收合格后15个工作日内支付；第二个服务年度订阅费于该服务年度开始后15个工作日内支付。
3. 乙方应在每次收款前开具增值税专用发票。
4. 服务期内甲方新增门店的，按每家门店每个服务年度¥9,800的单价按月折算计费，与下一期订阅费一并结算。

四、上线验收
（一）验收标准：
1. 24家门店全部开通，预约、收送件、工单、会员、储值、积分各功能按需求清单测试通过；
2. 迁移会员数据抽样核对（抽样比例不低于10%）无差错，储值余额与积分总额与原系统逐户核对一致；
3. 与收银设备及支付渠道的对账连续7日无差异；
4. 小程序预约页面在200个并发用户下响应时间不超过2秒。
（二）满足上述标准后，甲方在5个工作日内签署上线验收单。甲方门店开始使用系统不视为验收合格。
（三）验收不通过的，乙方应在10日内完成整改并重新提请验收，整改期间产生的费用由乙方承担。

五、服务水平
（一）平台月可用率不低于99.5%。乙方计划内维护应安排在凌晨1点至6点之间，并提前48小时通知甲方。
（二）一级故障（小程序无法预约或会员储值无法使用）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决。
（三）月可用率低于约定值的，每低0.1个百分点，乙方按当月对应订阅费的5%给予服务费抵扣；一级故障响应超时的，每次抵扣¥500。抵扣额从下一期订阅费中扣除。
（四）乙方应于每月5日前向甲方提交上月服务报告，载明可用率、故障记录、处理时长及改进措施。
（五）乙方应在门店营业时间（每日8点至22点）内保证电话支持畅通，门店反映的一般问题应在当日答复。

六、数据安全
（一）甲方的会员信息、消费记录、储值余额等数据归甲方所有。乙方仅为提供本合同服务之目的处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应按《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》的要求，对数据加密存储和传输，实行权限分级和操作日志留存，每日备份，并将数据存储于中国境内。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任，包括甲方向会员承担的赔偿及行政处罚。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。
（五）乙方应每年至少进行一次数据恢复演练和安全漏洞扫描，并将结果书面报告甲方。
（六）乙方不得在甲方系统中向会员推送与甲方业务无关的广告或第三方营销信息。

七、保密
双方对履行本合同中知悉的对方商业秘密、经营数据及其他未公开信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

八、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的经营报表、甲方专属配置及相关文档，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

九、委托第三方
乙方可将短信通道、地图定位及部分门店上线实施工作委托第三方完成，但应提前书面告知甲方，并对第三方的工作承担责任。

十、违约责任
（一）乙方未按约定时间完成实施并提交上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每日按逾期金额的万分之三支付违约金。
（三）因乙方原因导致甲方会员数据错误、储值余额丢失的，乙方应负责恢复并赔偿甲方及会员因此遭受的损失。

十一、合同解除
（一）一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
（二）乙方连续两个月月可用率低于约定值的，甲方有权解除合同，并要求乙方退还未履行服务期对应的订阅费。
（三）合同解除或终止的，乙方应配合甲方完成数据迁移，在迁移完成前保持系统正常运行，不得以费用结算等理由中断服务。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十三、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
附件一：功能需求清单；附件二：门店开通计划；附件三：数据迁移方案。附件与本合同具有同等效力。

甲方（盖章）：洁步鞋履护理服务有限公司
乙方（盖章）：易约云信息技术有限公司
"""

Z04 = """黎川县水土保持监测系统年度运行维护服务合同

项目编号：LCSL-CS-2027-003（竞争性磋商）
甲方：黎川县水利局
乙方：山溪水务信息工程有限公司

根据黎川县水土保持监测系统运行维护服务项目竞争性磋商文件及乙方响应文件、成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务范围
1. 乙方负责黎川县水土保持监测系统的年度运行维护，包括：全县28个径流小区及坡面监测点、6个小流域控制站、14套自动气象及土壤墒情站的设备巡检、校准、故障维修；监测数据传输链路维护；县级监测管理平台的运行维护；监测数据整编及年度报告编制配合。
2. 乙方应配备驻点运维人员不少于3名，其中项目负责人须具备水土保持或水文相关专业中级以上职称。
3. 乙方应配备运维车辆、便携式校准设备及常用检测工具，满足野外站点巡检和应急抢修需要。
4. 乙方进场后15日内应完成全部站点的交接检查，建立站点设备台账，对存在问题的设备提出维修或更换建议，报甲方确认。
5. 甲方负责提供站点进出通行协调、平台运行所需的机房及网络环境，并指定专人对接乙方日常工作。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，另行组织采购程序。

第三条 服务费用及支付
1. 服务费总额为人民币叁拾捌万陆仟元整（¥386,000），包括：站点巡检维护费¥214,000；平台运行维护费¥98,000；数据整编服务费¥52,000；备品备件费¥22,000。上述费用为固定总价。
2. 服务费按季度支付，每季度支付¥96,500。季度服务费以考核结果为准，考核得分90分以上的全额支付，低于90分的按细则扣减。每季度结束后，甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费。考核扣减款从当季服务费中扣除。
3. 甲方不向乙方支付任何预付款。

第四条 服务要求
1. 巡检：每月对全部站点巡检一次，汛期（4月至9月）每半月巡检一次；每次巡检填写巡检记录并拍照上传平台。
2. 校准：雨量计、土壤墒情传感器每半年校准一次，校准记录报甲方备案。
3. 数据：监测数据日到报率不低于98%，数据缺测须在3日内补测或说明原因。
4. 平台：县级监测管理平台月可用率不低于99.95%。
5. 巡检内容包括：设备外观及防护设施检查、供电系统检查、传感器清洁、数据采集终端运行状态检查、通信链路测试、径流池清淤及集流槽修复；巡检中发现的问题应在巡检记录中注明并限期处理。
6. 数据整编：乙方应按月对监测数据进行审核、插补及整编，每月10日前将上月整编数据提交甲方审核。
7. 平台运维：乙方负责平台服务器、数据库及应用软件的日常巡查、日志检查、数据备份及性能优化，每日检查数据入库情况，每周对平台数据进行一次全量备份，备份介质由甲方保管。
8. 乙方应配合甲方完成上级水行政主管部门组织的监督检查、数据抽查及年度考核，按要求提供监测数据、设备运行记录及相关说明材料。

第五条 故障响应
1. 一级故障（平台整体中断或控制站数据全部中断）乙方应在1小时内响应，当日到达现场，24小时内恢复。
2. 二级故障（单个站点数据中断）应在3小时内响应，48小时内修复。
3. 汛期发生暴雨预警时，乙方运维人员须全员在岗待命。
4. 备品备件：乙方应储备雨量计、水位计、数据采集终端、太阳能供电模块等常用备件，故障设备能现场更换的应当场更换。单件价值超过¥3,000的设备更换，须经甲方确认后实施，费用在备品备件费中列支。
5. 应急保障：发生山洪、滑坡等灾害或上级部门临时调用监测数据时，乙方应按甲方要求在2小时内提供相关站点数据并派员现场保障。
6. 故障修复后，乙方应在平台中填报故障处理记录，注明故障原因、处理措施、更换部件及恢复时间，并对同类故障提出预防措施。汛期结束后，乙方应对全部站点进行一次汛后检查，恢复受损设施。

第六条 考核与验收
1. 甲方按季度对乙方进行考核，考核内容包括巡检完成率、数据到报率、故障响应及修复时限、平台可用率。考核标准及扣分细则见附件。
2. 一级故障每超时响应一小时扣减¥300；平台月可用率每低于约定值0.01个百分点扣减¥500；数据到报率每低于约定值1个百分点扣减¥800。
3. 服务期满后，甲方组织年度验收，验收依据为本合同及磋商文件规定的服务要求、四个季度考核结果、数据整编成果质量及年度运维报告。
4. 乙方应在每季度结束后5个工作日内提交季度运维报告，在服务期满后10个工作日内提交年度运维报告及数据整编成果，成果应符合水土保持监测技术规范的要求。
5. 年度验收不合格的，乙方应在15日内整改；整改后仍不合格的，甲方有权扣减第四季度服务费的相应部分。

第七条 数据安全
1. 监测数据、平台数据及运维过程中产生的全部资料归甲方所有，乙方不得用于本合同以外的任何目的。
2. 乙方应落实网络安全和数据安全措施：平台账号实行实名及权限分级管理，远程运维须经甲方同意并通过甲方指定通道接入，操作全程留痕；不得私自拷贝、留存监测数据。
3. 因乙方原因发生数据丢失、篡改、泄露或平台被入侵的，乙方应在2小时内向甲方报告，及时采取补救措施，并承担由此造成的全部损失。

第八条 成果归属
乙方在服务期间形成的巡检记录、校准记录、数据整编成果、运维报告等全部成果归甲方所有。
服务期满时，乙方应向甲方完整移交站点台账、设备维修记录、平台账号及运维文档，并配合后续服务单位完成交接。

第九条 违约责任
1. 乙方未按约定时间完成巡检、校准或故障修复的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方因服务质量问题被上级主管部门通报的，应承担由此造成的损失。
3. 甲方无正当理由逾期付款的，每日按逾期金额的万分之二支付违约金。
4. 乙方人员在野外作业中应遵守安全生产规定，发生人身伤亡或第三方财产损失的，由乙方自行承担责任。
5. 乙方未按约定配备驻点人员的，每缺少一人每日扣减服务费¥200。

第十条 转包与分包
乙方不得将本合同项下服务转包，也不得分包给第三方。
乙方驻点人员应相对固定，确需更换的，应提前7日书面报甲方同意，更换人员的资格条件不得低于原人员。

第十一条 合同变更与终止
1. 本合同履行期间，经双方协商一致，可以书面形式变更或解除本合同。
2. 因不可抗力致使合同无法履行的，受影响一方应及时通知对方，并在15日内提供证明，双方可据此协商顺延或终止。
3. 服务期满，本合同自然终止。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向黎川县人民法院起诉。

第十三条 其他
1. 磋商文件、响应文件、成交通知书及附件为本合同组成部分。
附件：监测站点清单、季度考核评分细则、运维工作计划。
2. 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：黎川县水利局
乙方（盖章）：山溪水务信息工程有限公司
"""

Z05 = """# 织艺通工序追踪管理系统软件许可及开发合同

**（织艺通软件标准合同文本 2026版）**

合同编号：ZYT-HT-2027-0112

甲方：禾风草编工艺品有限公司（草编工坊）

乙方：织艺通软件科技有限公司

鉴于甲方需要对草编制品从原料分拣、染色、编织、定型到质检包装的全部工序进行追踪管理，乙方拥有“织艺通工序追踪管理系统”的全部权利，双方依据《中华人民共和国民法典》，在平等自愿的基础上签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供织艺通工序追踪管理系统（标准版）软件使用许可，许可点位为甲方1个工坊、6条编织工序线、80个工位终端。

1.2 乙方根据甲方需求进行定制开发，内容为：编织工序扫码采集界面、计件工资核算模块、订单批次追溯查询及出口订单质检报表。
定制开发的具体功能以双方签字的需求确认书为准，需求确认书未列明的功能不属于本合同范围。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 乙方交付物为：软件安装介质、授权文件、用户操作手册及管理员手册。定制开发部分以可执行程序形式交付。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织艺通工序追踪管理系统软件许可（标准版，永久） | 408,000 |
| 2 | 定制开发（扫码采集、计件工资、批次追溯、质检报表） | 52,000 |
| 3 | 安装部署及培训 | 20,000 |
| | 合计 | 480,000 |

合同总价为人民币肆拾捌万元整（¥480,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥312,000。乙方收到该款项后开始安排实施。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥168,000。

3.3 甲方逾期付款的，乙方有权暂停实施和技术支持，并按每日千分之一收取滞纳金。

3.4 乙方收款后向甲方开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知。

## 第四条 交付与上线

4.1 乙方在收到首期款后60日内完成系统部署及定制开发，并通知甲方上线。

4.2 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的功能调整，乙方可另行报价。

4.3 甲方应为系统部署提供服务器、网络及工位终端等必要条件，因甲方条件不具备导致的延误，乙方不承担责任。

4.4 甲方应指定一名项目联系人，负责需求确认、基础数据提供及内部协调。甲方应在乙方提交需求确认书后3个工作日内签字确认，逾期未确认的视为确认。需求确认后甲方再提出变更的，乙方有权另行报价并顺延交付时间。

4.5 系统部署完成后，乙方按其标准培训课程对甲方管理员及工位操作人员进行培训，培训时间共计两天。超出部分的培训按乙方人天单价另行收费。

4.6 甲方应自行负责工位终端、扫码枪、标签打印机等硬件的采购和维护，乙方可提供型号建议，但不对第三方硬件的质量承担责任。

## 第五条 技术支持

5.1 乙方在工作日9:00至17:30通过电话、微信群及远程方式提供技术支持，乙方将尽商业上合理的努力尽快处理甲方反映的问题。

5.2 节假日及非工作时间的支持需提前预约，乙方视人员安排提供。

5.3 乙方提供远程支持时，甲方应开放必要的远程访问权限，并安排熟悉系统的人员配合。因甲方操作不当、擅自修改配置或硬件故障引起的问题，不属于乙方技术支持范围，乙方可收取服务费。

## 第六条 免费维护期与维护费

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方提供缺陷修复及小版本升级。

6.2 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可费的22%计收，即每年¥89,760。维护费金额在甲方持续订购维护服务期间保持不变。

6.3 甲方未续订维护服务的，乙方不再提供升级及技术支持，由此造成的系统问题由甲方自行承担。

6.4 维护服务内容包括：缺陷修复、版本升级、远程技术支持及每年一次现场巡检。新功能开发不属于维护服务范围。

6.5 因甲方自行更换服务器、操作系统或数据库版本导致系统需要重新部署的，乙方按人天单价收取部署费用，该费用不包含在维护费内。

## 第七条 知识产权

7.1 织艺通工序追踪管理系统及乙方为本合同进行的全部定制开发成果（包括扫码采集界面、计件工资模块、追溯查询及报表的源代码、设计文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，不得提供给第三方使用。乙方有权将定制开发成果纳入其标准产品向其他客户提供。

7.3 甲方如需增加许可点位或工位终端，应按乙方当时的价格另行购买许可。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据、工人信息及订单数据归甲方所有。

8.2 甲方同意乙方可以在去除甲方名称后，将上述数据汇总分析，用于乙方产品改进、行业分析报告及向其他客户提供的工艺参考服务。

8.3 乙方应采取访问控制、数据加密、定期备份等措施保障系统数据安全。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方过错导致数据泄露的，乙方承担相应赔偿责任。

8.4 合同终止后，甲方可以书面申请导出其业务数据，乙方按实际工作量收取数据导出服务费。

8.5 甲方应妥善保管系统账号及密码，因甲方账号管理不善造成的数据丢失或泄露，由甲方自行承担。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方未按第4.1条约定时间通知上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 一方违反本合同约定的，应赔偿对方因此遭受的直接损失。

10.3 因不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面通知后20日内仍未改正的，对方有权解除本合同。

11.2 甲方在本合同解除前已支付的费用，乙方已完成的工作部分不予退还。

11.3 本合同解除或终止后，第七条、第九条的约定继续有效，甲方应停止使用并删除定制开发成果以外的乙方其他资料。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

13.1 本合同为乙方标准合同文本，双方对条款已充分协商并理解。
乙方已就本合同中免除或限制其责任的条款向甲方作出提示和说明。

13.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.3 双方的通知以书面形式送达本合同首页所列地址，或发送至双方指定的电子邮箱，发出后即视为送达。

13.4 本合同附件：乙方报价单、需求确认书、培训计划。附件与本合同不一致的，以本合同为准。

甲方（盖章）：禾风草编工艺品有限公司

乙方（盖章）：织艺通软件科技有限公司

签订日期：2027年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. GRS-CN-2027-009
P:This Agreement is made between Nanjing Hengfeng Transmission Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiangning District, Nanjing (the "Buyer"), and Glenartney Reliability Systems Limited, a company registered in Scotland with its registered office at Dalginross, Comrie, Perthshire, Scotland (the "Vendor").
P:The Buyer manufactures industrial gearboxes and wishes to license the Vendor's asset performance management software, known as Glenartney APM, and to have the Vendor configure and implement it for the Buyer's two assembly plants and its test centre. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Glenartney APM software in object code, including its condition-monitoring, maintenance-planning and spare-parts modules, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, data-mapping scripts, reports, dashboards and configuration files that the Vendor creates specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's environment, including machine readings, maintenance records and spare-parts data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria are met.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 350 named users and 2,000 monitored assets at the Buyer's sites in the People's Republic of China, and to make copies for backup, testing and disaster recovery.
P:2.2 The Buyer may allow its affiliates and contractors to use the Software for the Buyer's own business, provided the Buyer remains responsible for their use.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on servers provided by the Buyer, configure it to the Buyer's approved design, build interfaces with the Buyer's ERP system and its SCADA historian, migrate the maintenance history held in the Buyer's legacy system, and train the Buyer's administrators and key users.
P:3.2 The Vendor shall complete installation within 60 days after the Effective Date and submit the system for acceptance testing within 150 days after the Effective Date, in line with the project plan in Annex 2.
P:3.3 Each party shall name a project manager. The project managers shall meet every two weeks and record decisions in written minutes.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,640,000, inclusive of VAT, made up of: Software licence fee CNY 1,120,000; configuration and interfaces CNY 380,000; data migration CNY 96,000; training CNY 44,000.
P:4.2 The Buyer shall pay (a) 20% of the Contract Price within 30 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 45% of the Contract Price within 30 days after the Software has been installed and the interfaces have passed integration testing; and (c) 35% of the Contract Price within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY to the Vendor's bank account stated in its invoice. Each invoice shall be a valid Chinese VAT invoice issued by the Vendor or its authorised agent.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose an acceptance test plan at least 20 days before testing begins. The plan is subject to the Buyer's written approval.
P:5.2 The acceptance criteria are: (a) every function listed in the approved design works as specified; (b) the ERP and SCADA interfaces transfer data for ten consecutive working days without loss or mismatch; (c) the migrated maintenance records reconcile with the legacy system on a full record count and on a sample of 500 records checked field by field; (d) standard reports open within 3 seconds with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost. Go-live, productive use or any payment does not by itself amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the approved design and the documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide technical support free of charge.
P:6.2 Support is available from 08:00 to 20:00 China Standard Time on working days, and around the clock for Severity 1 incidents. A Severity 1 incident is one that stops condition monitoring or maintenance planning at a plant. The Vendor shall respond to a Severity 1 incident within 1 hour and restore service or provide a workaround within 8 hours; it shall respond to a Severity 2 incident within 2 hours and to a Severity 3 incident within one working day.
P:6.3 For every full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,000, to be deducted from the next payment or from support fees.
P:6.4 After the Warranty Period, the Buyer may order annual support at 9% of the Software licence fee per year (CNY 100,800 per year). This rate is fixed for the first three support years and may not be increased by the Vendor. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify, copy and license the Custom Deliverables without restriction.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and for no other purpose, and shall not keep copies after the work for which they were needed is complete.
P:8.2 The Software will be hosted in the Buyer's data centre in Nanjing. The Vendor's staff shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, under an access ticket approved by the Buyer for each session, and all sessions may be recorded by the Buyer. No Buyer Data shall be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Data Security Law and the Personal Information Protection Law in its work, keep access to the minimum needed, and notify the Buyer of any actual or suspected data breach within 6 hours of becoming aware of it. The Vendor is liable for all loss, including regulatory penalties, caused by a breach attributable to the Vendor or its staff.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information disclosed by the other party under this Agreement, including designs, production data and prices, and shall use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Buyer under Article 12.1, the Vendor shall refund the amounts paid for services not accepted, and the Buyer keeps its licence to the Software.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the law of Scotland.
P:13.2 The parties shall first try to settle any dispute through their senior managers within 30 days. Any dispute not so settled shall be subject to the exclusive jurisdiction of the Court of Session in Edinburgh.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Design), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties. Any amendment must be in writing and signed by both parties.
P:14.2 This Agreement is made in English in two originals, one for each party, and takes effect on the date of signature by both parties (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# QualiLink Subscription Order Form and General Terms

Order Form No. LQC-OF-2027-0318

## Part A - Order Form

### A1 Parties

- **Provider:** Leny Quality Cloud Limited, a company registered in Scotland, of Ancaster Road, Callander, Stirlingshire, Scotland.
- **Customer:** Changzhou Ruida Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, of Wujin District, Changzhou, Jiangsu Province.

### A2 Service

QualiLink supplier quality management service, Enterprise edition, including the supplier portal, incoming inspection, non-conformance and 8D workflows, PPAP document control, supplier scorecards and the reporting module. The Customer's tenant is hosted in the Provider's mainland China deployment.

### A3 Subscription Term

The Subscription Term is 24 months and starts on the Go-Live Date, meaning the date on which the Customer signs the Go-Live acceptance record under Part B Section 3. The Provider shall reach the Go-Live Date within 70 days after the Order Date. This Order Form ends at the end of the Subscription Term. Any further subscription requires a new Order Form signed by both parties.

### A4 Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| QualiLink Enterprise subscription, first subscription year | 240 named users | 1,150 per user per year | 276,000 |
| QualiLink Enterprise subscription, second subscription year | 240 named users | 1,150 per user per year | 276,000 |
| Onboarding: configuration, supplier data import, ERP interface, training | 1 | 48,000 | 48,000 |
| **Total fees for the Subscription Term** | | | **600,000** |

Fees include VAT at the applicable rate. Additional named users may be added during the Subscription Term at the same unit price, pro rata to the end of the current subscription year.

### A5 Invoicing and Payment

- Subscription fees are invoiced annually: the first subscription year on the Go-Live Date and the second subscription year on the first anniversary of the Go-Live Date.
- The Onboarding fee is invoiced on the Go-Live Date.
- Invoices are payable within 30 days of receipt. No amount is payable before the Go-Live Date.
- The hosting sub-processor for this Order Form is Alibaba Cloud (Shanghai region).

### A6 Signatures

This Order Form incorporates the General Terms in Part B. If they conflict, this Order Form prevails.

For the Customer: ____________________   Name, title, date

For the Provider: ____________________   Name, title, date

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and files that the Customer or its suppliers upload to the service, and all records created from them in the service.

1.2 "Incident" means a failure of the service or of a material function of it. A "Priority 1 Incident" is one that makes the service unavailable to all users or prevents the recording of incoming inspections.

1.3 "Customer Configuration" means workflows, forms, scorecard formulas, report layouts and interface mappings created for the Customer during onboarding or later at its request.

### 2. Provision of the Service

2.1 The Provider shall make the service available to the Customer's named users during the Subscription Term in accordance with the documentation and this Order Form.

2.2 The Provider may improve the service from time to time, provided that no change materially reduces the functions the Customer has subscribed to.

2.3 The Customer is responsible for its users' conduct and for keeping their log-in details secure.

2.4 The Provider shall provide support in Chinese and English through its service portal, by e-mail and by telephone from 08:30 to 18:00 China Standard Time on working days, and by telephone at any time for Priority 1 Incidents. The Customer may name up to six support contacts.

2.5 The Provider shall give the Customer at least 30 days' notice of any new release that changes the user interface or the ERP interface, and shall make a test tenant available to the Customer for that period at no extra charge.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall carry out onboarding according to the onboarding plan agreed with the Customer within 10 days after the Order Date.

3.2 The Go-Live acceptance criteria are: (a) all modules listed in A2 are configured according to the agreed design; (b) the supplier master data and open non-conformance records have been imported and reconciled against the Customer's source files; (c) the ERP interface has transferred goods-receipt records for five consecutive working days without error; and (d) the Customer's key users have completed training.

3.3 The Customer shall sign the Go-Live acceptance record within five working days after the criteria are shown to be met, or give written reasons for refusing. Use of the service for testing does not amount to acceptance.

3.5 The Provider shall assign a named onboarding lead who speaks Chinese and who shall hold a weekly progress call with the Customer until the Go-Live Date.

3.4 If the Go-Live Date is not reached within the period stated in A3 for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 600 for each day of delay, up to CNY 36,000 in total.

### 4. Service Levels

4.1 The Provider targets monthly availability of the service of 99.95%, excluding scheduled maintenance announced at least three days ahead and carried out between 00:00 and 06:00 China Standard Time.

4.2 The Provider shall respond to a Priority 1 Incident within 1 hour, to a Priority 2 Incident within 6 hours and to other requests within two working days.

4.3 The service levels in this Section are targets. A failure to meet them does not give rise to service credits, fee reductions or any other payment. The Provider shall instead give the Customer a root-cause report and a remediation plan within ten working days after the month concerned.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the service to the Customer and shall not use it for any other purpose.

5.2 Customer Data is stored in the People's Republic of China. The Provider shall encrypt Customer Data in transit and at rest, restrict access to authorised staff with multi-factor authentication, log all administrative access, take daily backups and test restoration every quarter.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours of discovery, take all reasonable steps to contain it, and bear the costs and losses caused by an incident for which it is responsible.

5.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

### 6. Intellectual Property

6.1 The Provider owns the service and its underlying software.

6.2 Customer Configuration belongs to the Customer. The Customer may use, copy and modify it and let third parties use it, including after the end of the Subscription Term.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information received under this agreement, including Customer Data, supplier information and pricing, and shall disclose it only to staff and advisers who need it and are bound by similar duties. This Section survives for three years after the end of the Subscription Term.

### 8. Subcontracting

8.1 The Provider may use the hosting sub-processor named in A5. Any other subcontracting of the service or of the onboarding requires the Customer's prior written consent. The Provider remains responsible for all subcontractors.

### 9. Liability

9.1 Each party's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.2 The limit in 9.1 does not apply to death or personal injury caused by negligence, fraud, or a party's breach of Section 5 or Section 7.

### 10. Term and Termination

10.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after being notified.

10.2 If the Customer terminates under 10.1, the Provider shall refund the prepaid fees for the remaining part of the Subscription Term.

### 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this agreement without the other party's written consent.

12.2 Notices must be in writing and sent to the addresses in A1 by courier or by e-mail with confirmation of receipt.

12.3 Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and does what it reasonably can to limit the effects.

12.4 This agreement is made in English and Chinese. Both texts have equal force.
"""

E03 = """T:Purchase Contract for Wireless Condition-Monitoring Sensors and Monitoring Software
P:Contract No. GXLJ-EQ-2027-022
P:Buyer: Guangxi Lijiang Paper Co., Ltd., Liuzhou, Guangxi Zhuang Autonomous Region, People's Republic of China.
P:Supplier: Lochay Vibration Systems Limited, Main Street, Killin, Stirling, Scotland, acting through its appointed importer of record for customs purposes only.
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the condition of the drives, rolls, fans and pumps of its two paper machines, and the Supplier has offered wireless vibration and temperature sensors, gateways and its monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Schedule.
P:1.2 "Software" means the Supplier's LochayWatch monitoring software, licensed under clause 4, including its analytics and alarm functions.
P:1.3 "Configuration Work" means the asset models, alarm thresholds, fault-frequency libraries, dashboards and interfaces that the Supplier prepares for the Buyer's machines.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the system on paper machines PM1 and PM2, carry out the Configuration Work, connect the Software to the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.2 The Supplier shall deliver the Equipment to the Buyer's mill within 50 days after the Contract takes effect and complete installation and commissioning within 40 days after delivery.
H:3. Price Schedule
P:3.1 The Contract Price is fixed and includes VAT, customs duties, delivery to the mill, insurance and all other charges:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor with mounting kit|180|3,600|648,000
TB:2|Industrial wireless gateway with redundant power supply|12|14,500|174,000
TB:3|LochayWatch perpetual software licence, 180 monitoring points|1|396,000|396,000
TB:|Equipment and Software Subtotal|||1,218,000
TB:4|Installation and commissioning|1|126,000|126,000
TB:5|Configuration Work and interfaces|1|88,000|88,000
TB:6|Training of operators and reliability engineers|1|18,000|18,000
TB:|Contract Price|||1,450,000
P:3.2 Payment terms: (a) 10% of the Contract Price as an advance payment within 20 days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer; (b) 55% of the Contract Price within 30 days after the Installation Certificate is signed, which confirms delivery and installation only and is not acceptance; (c) 35% of the Contract Price within 30 days after Final Acceptance.
P:3.3 Each payment is subject to a valid VAT invoice for the amount due.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Liuzhou mill for up to 180 monitoring points, including on replacement servers and for backup and testing.
P:4.2 The Software shall run on servers in the Buyer's mill network. No connection to the Supplier's systems is required for the Software to operate.
H:5. Delivery and Installation
P:5.1 The Supplier shall carry out installation during the machine shutdown windows that the Buyer notifies, shall follow the Buyer's safety rules, and shall not interrupt production outside those windows.
P:5.2 The Supplier shall provide an installation report for every measuring point, with its photograph, mounting position and baseline reading.
P:5.3 The Supplier shall supply, at no extra charge, a set of spare parts consisting of ten sensors, one gateway and twenty mounting kits, to be kept at the mill and replenished by the Supplier during the warranty period.
P:5.4 Training shall cover the operation of the Software, the replacement of sensors and batteries, the interpretation of vibration spectra and the handling of alarms, and shall be given at the mill in Chinese or with a qualified interpreter provided by the Supplier.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of 30 days. Final Acceptance requires that: (a) all 180 sensors report data at the configured interval, and no sensor misses more than 20 readings in a row during the trial period; (b) the battery-life estimate of every sensor at the configured interval is not less than three years; (c) alarms are raised and sent to the maintenance management system within 60 seconds of a threshold being exceeded; (d) readings of 20 points selected by the Buyer agree with the Buyer's portable analyser within the tolerances in the technical specification; and (e) all Configuration Work and documents are delivered.
P:6.2 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within 10 working days. If they are not met, the Supplier shall correct the defects and the trial period shall start again. Installation, trial operation or payment is not acceptance.
H:7. Warranty and After-Sales Service
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including sensors whose batteries fail before their estimated life, and supply all Software updates free of charge.
P:7.2 Incidents are classified as follows:
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Software or all gateways of a paper machine out of service|30 minutes|8 hours
TB:Severity 2|A gateway or more than ten sensors out of service|2 hours|2 working days
TB:Severity 3|Individual sensor fault or query|1 working day|10 working days
P:7.3 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due to the Supplier.
P:7.4 After the warranty period, the Supplier shall offer annual support at no more than 7% of the Equipment and Software Subtotal per year (CNY 85,260), fixed for two years after the warranty ends. Support is ordered by the Buyer year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier keeps its rights in the Equipment firmware and the Software.
P:8.2 All rights in the Configuration Work, including asset models, alarm settings, dashboards and interface programs with their source code, belong to the Buyer. The Buyer may use, modify and license them freely, including with other monitoring systems.
H:9. Data Security
P:9.1 All measurement data, alarms, reports and other data produced by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The Supplier may access the system remotely only after the Buyer approves each session, through the Buyer's secure access gateway and with logging. The Supplier shall not copy Buyer data to its own systems or transfer it outside the People's Republic of China.
P:9.3 The Supplier shall harden the gateways and servers it configures, change all default passwords, and notify the Buyer of any security incident or vulnerability affecting the system within 12 hours. The Supplier is liable for all losses caused by a data-security incident attributable to it.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's mill, processes, production data and network, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the Contract ends.
H:11. Delay and Liability
P:11.1 If the Supplier is late in delivery or in completing installation and commissioning, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or Configuration Work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under clause 11.1 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for Equipment and services not accepted and take back the Equipment concerned at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese. Both versions have equal effect; if they differ, the parties shall agree the meaning in good faith, failing which the Chinese version prevails.
P:15.2 The technical specification, the Supplier's quotation and the installation plan are annexed to this Contract and form part of it.
P:15.3 Any amendment to this Contract must be made in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Cloud Operations Services Agreement

Agreement No. SMS-HZ-2027-004

**Customer:** Hangzhou Yunjin Apparel Co., Ltd., a company incorporated in the People's Republic of China, of Xiaoshan District, Hangzhou, Zhejiang Province.

**Provider:** Strathfillan Managed Services Limited, a company registered in Scotland, of Station Road, Tyndrum, Crianlarich, Scotland, acting in China through its wholly owned subsidiary in Hangzhou, which performs the on-site work.

The Customer runs its ERP, warehouse management and online store systems on Alibaba Cloud. It wishes to outsource the day-to-day operation of that environment to the Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Managed Environment" means the cloud accounts, servers, databases, containers, network components and monitoring tools listed in the inventory agreed at the end of transition.

1.3 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 3.

1.4 "Customer Data" means all data held in the Managed Environment and all data that the Customer provides to the Provider.

1.5 "Charges" means the charges set out in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 This Agreement expires at the end of the service term. Any extension requires a written amendment signed by both parties, with charges to be agreed at that time.

## 3. Transition and Acceptance

3.1 The Provider shall carry out the transition in Schedule 1, Part A, within 45 days after signature.

3.2 Transition acceptance requires that: (a) the inventory of the Managed Environment is complete and confirmed by the Customer; (b) monitoring covers every production server, database and public endpoint, and test alerts reach the Provider's service desk and the Customer's on-call contact; (c) run books for the 20 most frequent operational tasks are approved by the Customer; (d) a full backup and a restore test of the ERP database succeed; and (e) the Provider has operated the environment for 10 days in parallel with the Customer's team without a Priority 1 incident caused by the Provider.

3.3 The Customer shall sign the transition acceptance certificate within five working days after the criteria are met, or state in writing which criteria are not met. The Provider shall then fix the shortfalls and ask for acceptance again.

## 4. Services and Service Levels

4.1 From the Service Commencement Date, the Provider shall perform the Services in Schedule 1, Part B, and meet the service levels in Schedule 2.

4.2 The Provider shall report its performance against the service levels every month, within five working days after the month ends, and attend a monthly service review with the Customer.

4.3 Service credits under Schedule 2 are deducted from the next invoice. They are a price adjustment for reduced service and do not limit the Customer's other rights.

4.4 The Provider shall keep the monitoring and ticketing tools it uses for the Services up to date, and shall give the Customer read access to the ticket history and the monitoring dashboards at all times.

4.5 The Provider shall present a continual improvement plan at each quarterly review, listing recurring incidents and the actions proposed to remove their causes.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the service term and include VAT.

5.2 The transition charge is invoiced after the transition acceptance certificate is signed. The monthly service charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls, pro rata for part months.

5.3 The Customer shall pay each correct invoice within 30 days of receipt.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and for no other purpose.

6.2 At the end of the service term, the Provider shall hand back all administrator credentials, documents and records relating to the Managed Environment.

## 7. Intellectual Property

7.1 The Provider keeps its pre-existing tools and know-how.

7.2 Run books, scripts, templates, configuration files and documents that the Provider prepares for the Managed Environment belong to the Customer, which may use, modify and give them to any other service provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement, and disclose it only to staff and advisers who need to know it and are bound by equivalent duties. This Section continues for three years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 The Provider shall name a service delivery manager, who shall be available to the Customer during business hours, and shall not replace that person without giving the Customer reasonable notice.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider's Hangzhou subsidiary named above is approved by signature of this Agreement. The Provider remains responsible for the acts and omissions of approved subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the service term.

10.2 The limit does not apply to death or personal injury, fraud or wilful misconduct, or breach of Section 8.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if the Provider misses the Priority 1 restoration time three times in any period of three consecutive months.

11.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent.

11.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days so that the Services pass smoothly to the Customer or a new provider, at the rates in Schedule 3.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The award is final.

## 13. General

13.1 The Schedules form part of this Agreement. If a Schedule conflicts with the main body, the main body prevails.

13.2 Changes to the Services or the Charges require a written change note signed by both parties.

For the Customer: ____________________     For the Provider: ____________________

## Schedule 1 - Services

| Part | Service | Description |
|---|---|---|
| A | Transition | Inventory of the Managed Environment, monitoring set-up, run book preparation, backup and restore tests, parallel operation with the Customer's team |
| B | Monitoring | Round-the-clock monitoring of servers, databases, containers, network components and public endpoints, with alert handling by the Provider's service desk |
| B | Incident management | Diagnosis and restoration of incidents in the Managed Environment; escalation to Alibaba Cloud and to the Customer's software vendors where needed |
| B | Change and patching | Monthly operating-system and database patching in agreed windows; standard changes within two working days of request |
| B | Backup | Daily backups of all production databases and file stores, with a monthly restore test |
| B | Capacity and cost | Monthly capacity and cloud cost report with recommendations |
| B | Reporting | Monthly service report and service review meeting |

## Schedule 2 - Service Levels and Service Credits

| Service level | Target | Service credit |
|---|---|---|
| Availability of the production ERP and online store systems, measured monthly | 99.95% | 5% of the monthly service charge for each 0.02 percentage points or part below target |
| Priority 1 incident (production system down or online store unable to take orders): response | 15 minutes | CNY 1,000 for each late response |
| Priority 1 incident: restoration or workaround | 3 hours | CNY 2,000 for each full hour late |
| Priority 2 incident (major function impaired): response | 1 hour | CNY 500 for each late response |
| Backup jobs, measured monthly | No more than two failed scheduled jobs in a month | 2% of the monthly service charge if missed |

Total service credits in a month shall not exceed 20% of the monthly service charge for that month.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after transition acceptance | 72,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total Charges for the service term | | 2,160,000 |
| Exit assistance beyond the plan (if requested) | Per person-day | 3,800 |
"""

E05 = """METOCEAN DATA API SUBSCRIPTION AGREEMENT

Agreement No. AMD-SUB-2027-031

PARTIES

1. Shanghai Donghai Offshore Wind Engineering Co., Ltd., a company incorporated in the People's Republic of China, of Lingang New Area, Shanghai (the "Customer").

2. Argyll Marine Data Limited, a company registered in Scotland, of Lochnell Street, Lochgilphead, Argyll, Scotland (the "Provider").

BACKGROUND

The Customer installs and maintains offshore wind farms in the East China Sea and needs wave, wind, current and visibility forecasts for vessel and crane operations. The Provider operates the MetOcean API, a data service that delivers site-specific forecasts and historical hindcast data. The Customer wishes to subscribe to the MetOcean API for two Subscription Years on the terms below.

1. DEFINITIONS

1.1 "API" means the Provider's MetOcean application programming interface, its documentation and the web dashboard that comes with it.

1.2 "Activation Date" means the date on which the Customer confirms in writing that the activation criteria in clause 4.2 are met.

1.3 "Subscription Year" means each period of one year starting on the Activation Date or on an anniversary of it.

1.4 "Customer Inputs" means site coordinates, vessel positions, operating limits, query parameters, uploaded observations and any other data that the Customer or its users send to the API, and the logs of the Customer's requests.

1.5 "Outputs" means the forecasts, alerts, reports and data sets that the API returns to the Customer.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the subscription to call the API for up to 40 named sites and 25 users, within the call volume in the Order Details, and to use the Outputs in its business, including sharing them with its vessel operators and contractors.

2.2 The Customer may keep and use Outputs received during the subscription after it ends.

2.3 The Customer shall not resell the API or the Outputs as a standalone data product, and shall not try to extract the Provider's underlying models.

2.4 The Provider shall give the Customer at least 90 days' notice before withdrawing any API version that the Customer uses, and shall keep the previous version available during that period so that the Customer can migrate its integration.

3. ORDER DETAILS AND FEES

3.1 The fees are as follows, all in CNY and including VAT:

Item                                                        Amount (CNY)
Subscription Year 1: MetOcean API Professional, 40 sites    420,000
Subscription Year 2: MetOcean API Professional, 40 sites    420,000
Onboarding: integration with the Customer's marine
coordination system, site set-up and training                36,000
Total fees for the initial term                             876,000

3.2 The included call volume is 2,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.02 per call and invoiced quarterly in arrears.

3.3 The fee for each Subscription Year is invoiced on the first day of that Subscription Year. The onboarding fee is invoiced on the Activation Date. Invoices are payable within 30 days of receipt. No fee is invoiced before the Activation Date.

4. ONBOARDING AND ACTIVATION

4.1 Within 40 days after signature the Provider shall set up the Customer's sites, connect the API to the Customer's marine coordination system and train the Customer's users.

4.2 The activation criteria are: (a) forecasts for all 40 sites are returned through the Customer's system; (b) over a test period of 14 consecutive days, the Provider's forecasts of significant wave height at the three sites with buoys are compared with buoy readings and meet the accuracy levels stated in the Service Description; (c) alerts for the Customer's operating limits reach the named users by SMS and e-mail; and (d) the API meets the response times in clause 5.3 under a load test agreed with the Customer.

4.3 If the activation criteria are not met within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay until the Activation Date, up to CNY 45,000 in total.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance and performed outside the Customer's working hours.

5.2 A Priority 1 incident is one that makes the API unavailable or returns forecasts older than six hours for any site. The Provider shall respond to a Priority 1 incident within 1 hour, at any time of day, and restore the service within 3 hours. Priority 2 incidents shall be answered within 8 business hours.

5.3 The API shall answer calls within an average of 800 milliseconds, measured monthly at the Provider's gateway.

5.4 If availability in a month is below the level in clause 5.1, the Provider shall credit the Customer 5% of the monthly share of the annual fee for each 0.1 percentage point or part below that level. If the Provider misses the Priority 1 response or restoration time, it shall credit CNY 1,500 for each occurrence. Credits are deducted from the next invoice or, at the end of the term, paid to the Customer.

6. CUSTOMER INPUTS AND DATA

6.1 The Customer owns the Customer Inputs. The Provider shall process them to provide the API to the Customer.

6.2 The Customer agrees that the Provider may also use Customer Inputs, including uploaded observations and vessel positions, in aggregated and anonymised form, to calibrate and improve its forecast models and to develop products and services offered to other customers. This right continues after the end of this Agreement.

6.3 The Provider shall host the API instance that serves the Customer in mainland China, encrypt Customer Inputs in transit and at rest, limit access to authorised staff, keep access logs for at least six months, and notify the Customer of any security incident affecting Customer Inputs within 24 hours. The Provider is liable for losses caused by a security incident for which it is responsible.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the API, its models and its underlying data.

7.2 The integration connectors, site configurations and report templates built for the Customer during onboarding belong to the Customer, which may use, modify and license them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information and use it only for this Agreement. The Customer's project locations, vessel schedules and operating limits are confidential information of the Customer. This clause survives for three years after the end of this Agreement.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract the operation of the API or the onboarding work without the Customer's prior written consent, except for the cloud hosting provider named in the Service Description. The Provider remains responsible for its subcontractors.

10. TERM AND RENEWAL

10.1 This Agreement starts on signature and continues until the end of the second Subscription Year (the initial term).

10.2 After the initial term, this Agreement renews automatically for one further Subscription Year at a time unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

10.3 The Provider may increase the fees for any renewal Subscription Year by giving the Customer written notice at least 30 days before that Subscription Year starts. The increased fees apply to the renewal year unless the Customer has given notice of non-renewal in time.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

11.2 If the Customer terminates under clause 11.1, the Provider shall refund the fees paid for the rest of the current Subscription Year.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial term.

12.2 This limit does not apply to death or personal injury, fraud, wilful misconduct or breach of clause 8.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The arbitral award is final and binding upon both parties.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent, which shall not be unreasonably withheld.

14.2 This Agreement, the Order Details in clause 3 and the Service Description form the entire agreement of the parties.

14.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it informs the other party promptly and takes reasonable steps to resume performance. If such an event prevents the API from being provided for more than 30 consecutive days, either party may end this Agreement by notice and the Provider shall refund fees paid for the period not provided.

14.4 Notices shall be given in writing to the addresses above, or by e-mail to the contacts named in the Service Description.

SIGNED for the Customer: ____________________      SIGNED for the Provider: ____________________
"""

# ---------------------------------------------------------------- labels (design)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, source, build, lang, category, terms (KEYS order), extra (sla_clause, ld_stated, capped or None,
#       deemed, value), forum outside mainland, TCO licence/hardware base or None, design rules)
D = {
 "z01": ("h1138z01_met_bureau_weather_modification_platform.pdf", Z01, "pdf", "zh", "software",
         [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
         (True, True, True, False, 1500000), False, 860000, []),
 "z02": ("h1138z02_carton_sealer_line_control_retrofit.docx", Z02, "docx", "zh", "hardware",
         [None, 0.5, True, "buyer", True, True, True, 0.03, 50, 20, True, True, 24, 9, False, True, False, "PRC", G],
         (True, True, True, False, 1300000), False, 1078000, ["CR-LD-LOW", "CR-LIABILITY-CAP"]),
 "z03": ("h1138z03_shoe_care_chain_booking_membership_saas.txt", Z03, "txt", "zh", "cloud",
         [99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, True, "PRC", S],
         (True, True, None, False, 560400), False, None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
 "z04": ("h1138z04_county_soil_conservation_monitoring_om.txt", Z04, "txt", "zh", "services",
         [99.95, 1, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False, "PRC", S],
         (True, True, None, False, 386000), False, None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
 "z05": ("h1138z05_straw_weaving_process_tracking_supplier_template.md", Z05, "md", "zh", "software",
         [None, None, False, "supplier", True, False, True, 0.1, None, 65, False, False, 6, 22, False, True, None, "PRC", G],
         (False, True, True, True, 480000), False, 408000,
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("h1138e01_gearbox_maker_apm_perpetual_licence_comrie.pdf", E01, "pdf", "en", "software",
         [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False, True, False, "Scotland", G],
         (True, True, True, False, 1640000), True, 1120000, ["CR-GOVERNING-LAW"]),
 "e02": ("h1138e02_supplier_quality_saas_order_form_callander.md", E02, "md", "en", "cloud",
         [99.95, 1, False, "buyer", True, True, True, 600 / 600000 * 100, 6 / 24 * 100, None, True, None, None, None,
          False, True, False, "PRC", S],
         (True, True, None, False, 600000), False, None, ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
 "e03": ("h1138e03_paper_mill_vibration_sensors_monitoring_killin.docx", E03, "docx", "en", "hardware",
         [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
         (True, True, True, False, 1450000), False, 1218000, []),
 "e04": ("h1138e04_apparel_managed_cloud_operations_tyndrum.md", E04, "md", "en", "services",
         [99.95, 0.25, True, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True, False,
          "PRC", S],
         (True, False, None, False, 2160000), False, None, ["CR-DATA-SECURITY", "CR-LD-MISSING"]),
 "e05": ("h1138e05_offshore_wind_metocean_api_lochgilphead.txt", E05, "txt", "en", "cloud",
         [99.95, 1, True, "buyer", True, False, True, 900 / 876000 * 100, 150, None, True, None, None, None, True, True,
          False, "PRC", S],
         (True, True, None, False, 876000), False, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = [99.9, 4, 0.05, 100, 30, 12, 15, 40]


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. None when not computable (no fixed fee)."""
    if t["contract_kind"] != G or base is None or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * base * years
    return post / (x["contract_value"] + post) * 100


def derive(t, x, forum_outside, base):
    """My reading of policy §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
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
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base) if goods else None
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


# ---------------------------------------------------------------- threshold-figure scan
_N = r"(?<![\d.,])"
PATTERNS = [
    _N + r"99\.90*(?!\d)",
    _N + r"4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?",
    _N + r"0\.050*\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十])", r"0\.05percent",
    _N + r"100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    _N + r"(?:30|15|40)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:三十|十五|四十)(?![一二三四五六七八九])",
    r"\b(?:thirty|fifteen|forty)\s*per\s*cent",
    _N + r"12\s*(?:个\s*月|months?\b|-month)", r"(?<![二三四五六七八九])十二\s*个\s*月", r"\btwelve[\s-]*months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "4小时", "四小时内", "4 hours", "within four hours", "0.05%", "万分之五", "100%", "100 per cent",
            "百分之百", "30%", "15 %", "40%", "百分之三十", "百分之十五", "百分之四十", "12个月", "十二个月", "12 months",
            "twelve months", "12-month", "0.05percent", "30percent", "4hours", "12months"]
MUST_MISS = ["99.95%", "24小时", "二十四小时", "24 hours", "130%", "1.5%", "10.05%", "0.5%", "115%", "240%", "2 hours",
             "36 months", "24个月", "百分之三十五", "312,000", "8 hours", "14 hours", "140%", "0.02 percentage points", "12月31日"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: %s -> %s" % (s, scan(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for k, (name, src, kind, *_rest) in D.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
        else:
            sources[k], targets[k] = src, (name, kind)
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for k, (name, src, kind, lang, cat, vals, ex, forum, base, design) in D.items():
        t = dict(zip(KEYS, vals))
        x = {"sla_clause": ex[0], "ld_stated": ex[1]}
        if ex[2] is not None:
            x["post_warranty_fee_capped"] = ex[2]
        x["acceptance_deemed_on_delivery"] = ex[3]
        x["contract_value"] = ex[4]
        assert (t["contract_kind"] == G) == ("post_warranty_fee_capped" in x), k
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
            assert t["final_payment_on_acceptance"] is None, k
        assert (t["ld_rate_per_day_pct"] is not None) == x["ld_stated"], k
        for key, v in t.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in THRESHOLDS), (k, key, v)
        rules, share = derive(t, x, forum, base)
        if share is not None:
            assert not 38 <= share <= 42, (k, share)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (k, n, lo, hi))
        if hits:
            problems.append("%s threshold figures: %s" % (k, hits))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%s %-6s len %5d  tco %s  rules %s  risk %s" % (k, kind, n, "-" if share is None else "%.1f" % share,
                                                             ", ".join(r[3:] for r in rules) or "(none)", risk(rules)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
