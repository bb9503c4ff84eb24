"""holdout683: builds ten blind held-out draft contracts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py),
writes their .json labels and asserts lengths, threshold-free texts and values, and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
Z01 = """T:入侵物种监测预警平台采购合同
P:合同编号：YXWZ-2025-ZC-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：玉溪市外来物种防控中心
P:乙方（供应商）：杭州绿识信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同。
H:第一条 合同标的
P:1.1 乙方向甲方提供入侵物种监测预警平台软件V3.0的永久使用许可，并完成定制开发、历史数据迁移、接口对接、部署实施和培训，使平台达到招标文件技术要求。
P:1.2 定制开发内容包括：野外监测点位移动采集应用（支持离线上报和轨迹记录）；红火蚁、福寿螺、紫茎泽兰、薇甘菊等重点物种图像识别模型调优；物种分布GIS图层和风险热力图；预警工单流转模块；与省级生物安全信息平台和市农业农村局数据共享平台的接口。
P:1.3 招标文件、投标文件、澄清文件和中标通知书为本合同组成部分，内容不一致的，以有利于甲方的为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾壹万贰仟元整（¥2,312,000），含税。其中：平台软件许可费1,180,000元；定制开发费864,000元；数据迁移及接口费176,000元；部署实施及培训费92,000元。
P:2.2 合同总价为固定价格，已包含软件、开发、安装、运输、培训、税费及质保期内的全部服务费用，甲方无须另行支付其他费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%，即462,400元。
P:3.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%，即1,040,400元。
P:3.3 平台通过最终验收并由甲方出具验收报告后十五个工作日内，甲方支付合同总价的35%，即809,200元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。资金支付按财政国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后九十日内完成平台部署和全部定制开发，提交初验申请；初验通过后进入九十日试运行。
P:4.2 交付物包括：软件安装介质及许可文件、定制开发源代码、数据库设计说明、接口文档、部署手册、用户手册、运维手册和培训记录。
P:4.3 乙方应在合同生效后十日内提交项目实施方案，包括进度计划、人员安排、质量保证措施和风险应对措施，经甲方确认后执行。甲方可根据野外监测季节调整上线批次，乙方应予配合。
P:4.4 乙方为本项目配备项目经理一名、开发工程师不少于四名、实施工程师两名，项目经理未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验标准：（1）功能逐项符合需求规格说明书；（2）移动采集应用在无网络状态下可完成点位上报，恢复网络后自动同步；（3）重点物种识别模型在甲方提供的2,000张测试图片上首位识别准确率不低于92%；（4）300个并发用户下页面响应时间不超过3秒；（5）历史监测数据迁移后逐表核对记录数和关键字段，无差错；（6）两个外部接口联调成功。
P:5.2 试运行期间未发生一级故障，且平台通过甲方委托的第三方安全测评的，甲方组织最终验收，出具书面验收报告。
P:5.3 平台上线、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质保与维护
P:6.1 免费质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持。
P:6.2 质保期满后，甲方如需续购维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过106,200元，该标准自质保期满起三年内不上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，经甲方同意的计划停机时间不计入。
P:7.2 故障分为三级。一级故障（平台整体不可用或预警推送失效）乙方30分钟内响应，2小时内远程或到场处置；二级故障（部分功能不可用）2小时内响应，24小时内修复；三级故障一个工作日内响应。
P:7.3 乙方响应超时的，每超时1小时向甲方支付违约金1,000元；月度可用率每低于约定值0.01个百分点，乙方支付违约金2,000元，可从应付款项中扣除。
H:第八条 知识产权
P:8.1 平台软件标准产品的知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:8.2 定制开发成果（包括移动采集应用、识别模型调优参数、GIS图层、工单模块、接口程序及其源代码和文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.3 乙方保证所提供的软件不侵犯第三方合法权利，因侵权引起的纠纷由乙方负责处理并承担费用。
H:第九条 数据安全与数据权属
P:9.1 平台中的监测记录、图像、点位坐标、用户信息及其衍生数据均属于甲方所有，乙方仅为履行本合同而处理，不得用于其他任何目的。
P:9.2 乙方应按网络安全等级保护第二级要求开展部署，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制出甲方环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、未公开的监测信息和疫情信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交初验或逾期通过最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转包
P:12.1 乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交玉溪仲裁委员会仲裁。
H:第十六条 培训、文档与廉洁
P:16.1 乙方应制定培训计划，分别对系统管理员、业务操作人员和领导查询用户开展培训，培训结束后进行考核，考核不合格的人员由乙方免费再次培训，直至能够独立操作。培训教材和课件的电子版交甲方留存。
P:16.2 乙方应在项目过程中建立完整的文档，包括需求确认单、设计说明、测试记录、会议纪要和问题清单，每月向甲方提交项目进度报告，说明已完成工作、存在问题和下一阶段计划。
P:16.3 乙方不得向甲方工作人员提供回扣、礼品、礼金、有价证券或其他不正当利益，不得以任何形式宴请甲方工作人员。乙方违反本条约定的，甲方有权解除合同，并追究乙方责任。
H:第十七条 其他
P:17.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:代表人签字：　　　　　　　　代表人签字：
P:日期：　　年　　月　　日　　日期：　　年　　月　　日
"""
Z02 = """T:反应釜及灌装线控制系统改造合同
P:合同编号：JS-GZ-2025-041
P:甲方：江苏粘力胶粘剂有限公司（胶水厂）
P:乙方：常州恒控自动化工程有限公司
P:甲方为提升聚氨酯胶和硅酮胶生产线的自动化水平，委托乙方对四台反应釜及两条灌装线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四台反应釜的温度、压力、搅拌转速和真空度控制系统改造，以及原料自动称重配料、两条灌装线的伺服计量、视觉检测与自动贴标改造。
P:1.2 乙方提供控制系统硬件、仪表、上位机监控及批次管理软件许可，完成安装、调试、定制开发、与甲方ERP的接口对接和操作人员培训。
P:1.3 改造须在甲方安排的两次停产检修窗口内完成，每次停产不超过十日，不得影响其他车间正常生产。
H:第二条 合同价款
P:2.1 合同总价为人民币1,690,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统及控制柜（含冗余电源）|4套|486,000
TB:2|反应釜温控、压力、称重及真空仪表|1批|312,000
TB:3|灌装线伺服计量、视觉检测及贴标单元|2条线|398,000
TB:4|上位机监控及批次管理软件许可（永久）|1套|226,000
TB:|软硬件小计||1,422,000
TB:5|安装、布线及调试|1项|148,000
TB:6|批次追溯程序及ERP接口定制开发|1项|96,000
TB:7|操作及维护人员培训|1项|24,000
TB:|合同总价||1,690,000
P:2.2 上述价格为固定总价，包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%，即169,000元，作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%，即929,500元。到货和安装调试不视为验收。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即591,500元。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后六十日内将全部设备运至甲方厂区，并在两次停产窗口内完成安装调试，最迟于合同签订后一百二十日内提交验收申请。
P:4.2 乙方应在进场前提交施工组织方案和停产窗口切换方案，列明拆除、安装、接线、单机调试和联动调试的时间安排，以及原控制系统的回退措施。方案经甲方生产部、设备部和安全环保部会签后方可实施。切换期间乙方技术负责人应全程在现场。
P:4.3 乙方施工应遵守甲方危险化学品车间的安全管理制度，动火、登高和进入受限空间作业须办理作业票。
H:第五条 验收
P:5.1 验收标准：（1）反应釜温度控制偏差不超过±1℃，压力联锁和超温报警经逐项测试动作正确；（2）配料称重误差不超过千分之二；（3）灌装计量误差不超过±0.5%，视觉检测漏检率不高于千分之一；（4）批次记录完整，可由成品批号追溯至原料批号和工艺参数；（5）连续生产运行二十一日无停产故障。
P:5.2 满足上述标准后，甲方在十个工作日内出具验收报告。设备投入生产使用不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:6.2 质保期满后，甲方可与乙方签订年度维保合同，年度维保费为软硬件小计的10%，即142,200元/年，三年内不上调，续签须经双方书面确认。
P:6.3 维保内容包括每季度一次现场巡检、控制程序备份、仪表校准和备品备件供应。
P:6.4 乙方应保证控制系统主要备件在合同签订后八年内持续供应，停产的应提前半年通知甲方并提供兼容替代方案。质保期内更换的部件，其质保期自更换之日起重新计算。
P:6.5 乙方应在验收时移交全部控制程序的最终版本、组态备份、电气图纸、仪表校准记录和操作规程，作为设备档案交甲方保存。
H:第七条 服务响应
P:7.1 一级故障（导致反应釜或灌装线停产）乙方1小时内响应，6小时内到达现场；二级故障8小时内到场；三级故障两个工作日内处理。
P:7.2 乙方响应或到场超时的，每超时1小时向甲方支付500元违约金，甲方可从应付款或质保金中扣除。
H:第八条 知识产权
P:8.1 上位机软件产品的知识产权归原权利人所有，甲方获得永久使用许可。
P:8.2 为甲方定制的控制程序、批次追溯程序、ERP接口程序、工艺参数配方模板及其源代码和文档，知识产权归甲方所有，甲方可自行修改或委托他人修改。
H:第九条 生产数据安全
P:9.1 工艺参数、配方、批次记录及生产数据属于甲方所有，乙方仅为调试和维护目的访问，不得用于其他用途。
P:9.2 乙方远程维护须事先经甲方设备部审批，通过甲方提供的工控安全网关接入，操作全程记录；乙方不得在控制网络中接入未经检测的移动存储介质。
P:9.3 因乙方原因造成数据泄露、篡改、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，配合处置，并赔偿甲方由此产生的损失。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期提交验收的，每逾期一日，按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:10.2 因乙方施工或设备质量原因造成甲方停产、安全事故或产品报废的，乙方应赔偿甲方实际损失。
H:第十一条 分包
P:11.1 乙方可将电缆桥架敷设、控制柜基础等土建配套工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包工作的质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十四条 现场管理与培训
P:14.1 乙方应保证进场人员身体健康、遵守甲方的门禁、消防和安全生产制度，对进场人员的人身安全负责。乙方人员在甲方场所造成人身伤害或财产损失的，由乙方承担责任。
P:14.2 乙方应制定培训计划，分别对系统管理员、业务操作人员和领导查询用户开展培训，培训结束后进行考核，考核不合格的人员由乙方免费再次培训，直至能够独立操作。培训教材和课件的电子版交甲方留存。
P:14.3 合同履行中甲方提出需求变更的，乙方应在五个工作日内书面评估变更对工期和费用的影响，经双方书面确认后实施；未经确认的变更，乙方不得据此要求增加费用或顺延工期。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关机构出具的证明。不可抗力影响消除后，双方应继续履行合同，履行期限相应顺延。
H:第十六条 通知
P:16.1 双方指定的联系人及地址见合同首页。任何通知应以书面形式送达，采用专人送达的以签收日为送达日，采用快递的以寄出后第三日为送达日，采用电子邮件的以发出之日为送达日。一方变更联系人或地址的，应提前五日书面通知对方。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、技术规格书、施工进度计划。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""
Z03 = """连锁KTV门店预订及会员管理系统服务合同

合同编号：KTV-SAAS-2025-0093
甲方：湖南麦音娱乐连锁管理有限公司
乙方：长沙星订云科技有限公司

甲方在湖南、湖北、江西三省经营55家KTV门店，现采购乙方的包厢预订及会员管理云服务（以下简称“本服务”）及配套实施服务。双方经平等协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方55家门店提供包厢在线预订、排房与计时、会员注册与等级、储值与积分、营销券核销、酒水超市收银和经营报表功能，支持微信小程序、门店收银端和总部管理后台。
（二）实施服务包括：
1. 55家门店的账号开通、包厢和价格方案配置；
2. 甲方现有会员系统约86万条会员资料、储值余额和积分的迁移；
3. 与甲方财务系统、门禁点歌系统的接口对接；
4. 门店店长、收银员和总部运营人员培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算。

二、门店支持
（一）乙方设立专属客户成功经理和7×24小时客服热线，门店营业时间内的咨询应在十分钟内接听。
（二）节假日和周年店庆等营业高峰前，乙方应提前进行容量评估和压力测试，并安排技术人员值守。
（三）乙方每季度向甲方提交服务报告，包括可用率、故障清单、工单处理时长、门店满意度和下季度改进计划，并参加甲方组织的季度服务评审会。

三、服务费用
（一）年度服务费按每店每年8,400元计收，55家门店每个服务年度462,000元，两个服务年度合计924,000元。
（二）一次性实施费138,000元。
（三）本合同总金额为1,062,000元（含6%增值税）。服务期内新增门店的，按每店每年8,400元按月折算。

四、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）第一个服务年度的服务费在上线验收合格后十五个工作日内支付；第二个服务年度的服务费在该服务年度开始后十五个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。

五、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店配置和数据迁移，先在三家试点门店试运行十日，再分批上线。
（二）上线验收标准：
1. 会员资料、储值余额和积分迁移后与原系统逐户核对一致；
2. 小程序预订、排房、计时、收银和报表功能按需求清单逐项测试通过；
3. 高峰时段（周五、周六晚间）单店并发下单不少于80笔/分钟时，订单处理时间不超过2秒；
4. 财务系统和门禁点歌系统接口数据一致。
（三）全部门店上线后，甲方在七个工作日内组织验收并签署上线验收单。门店开始使用系统不视为验收合格。
（四）因乙方原因，上线验收日期晚于合同签订后六十日的，每逾期一日，乙方按本合同总金额的万分之八向甲方支付违约金。

六、服务水平
（一）乙方保证本服务每月可用率不低于99.5%，计划维护安排在每日凌晨3:00至6:00之间并提前两日通知。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预订、开房或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（单店或单一功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般咨询和非紧急问题）：一个工作日内答复。
（三）月可用率低于约定值，或一级故障恢复超时的，乙方按当月服务费的5%至20%给予服务费抵扣，具体标准见附件二。

七、数据
（一）会员资料、消费记录、储值和积分数据归甲方所有。
（二）乙方可将甲方会员消费数据进行去标识化处理后，用于娱乐消费行业分析报告、产品功能优化和乙方其他客户的经营指数服务，该使用在本合同终止后仍可继续。
（三）乙方应采取加密存储、访问控制、操作审计和异地备份等措施保障数据安全，平台部署于境内并已通过网络安全等级保护三级测评。发生数据泄露或丢失的，乙方应在2小时内通知甲方，并承担由此造成的损失和监管处罚。
（四）甲方可随时通过管理后台导出会员、订单和储值数据。乙方应每日对甲方数据进行全量备份，备份保存不少于三十日，并每季度进行一次恢复演练，演练结果书面报告甲方。
（五）本合同终止后三十日内，乙方应将甲方数据以通用格式完整返还，并删除平台中的甲方数据。
（六）乙方处理会员个人信息应遵守《个人信息保护法》，仅在甲方授权范围内处理，会员注销或要求删除的，乙方应在十五日内完成删除。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。

九、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序界面、营销活动模板及接口程序，知识产权归甲方所有，甲方可自由使用、修改并许可他人使用。

十、续期
服务期满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整年度服务费，上调幅度不超过上一服务年度的8%，并以书面通知甲方的价格为准。

十一、违约责任与责任限制
（一）乙方违反数据或保密约定的，应赔偿甲方全部损失。
（二）除数据条款和保密条款规定的责任外，乙方在本合同项下的累计赔偿责任以本合同总金额的150%为限。

十二、转委托
未经甲方书面同意，乙方不得将本服务的实施或运维工作转委托或分包给第三方。

十三、合同解除
乙方严重违约，或连续两个月可用率低于约定值，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并要求乙方退还未使用期间的服务费。

十四、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交长沙仲裁委员会仲裁。

十五、需求变更
合同履行中甲方提出需求变更的，乙方应在五个工作日内书面评估变更对工期和费用的影响，经双方书面确认后实施；未经确认的变更，乙方不得据此要求增加费用或顺延工期。

十六、培训与文档
（一）乙方应制定培训计划，分别对系统管理员、业务操作人员和领导查询用户开展培训，培训结束后进行考核，考核不合格的人员由乙方免费再次培训，直至能够独立操作。培训教材和课件的电子版交甲方留存。
（二）乙方应在项目过程中建立完整的文档，包括需求确认单、设计说明、测试记录、会议纪要和问题清单，每月向甲方提交项目进度报告，说明已完成工作、存在问题和下一阶段计划。

十七、通知
双方指定的联系人及地址见合同首页。任何通知应以书面形式送达，采用专人送达的以签收日为送达日，采用快递的以寄出后第三日为送达日，采用电子邮件的以发出之日为送达日。一方变更联系人或地址的，应提前五日书面通知对方。

十八、廉洁
乙方不得向甲方工作人员提供回扣、礼品、礼金、有价证券或其他不正当利益，不得以任何形式宴请甲方工作人员。乙方违反本条约定的，甲方有权解除合同，并追究乙方责任。

十九、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一：功能清单；附件二：服务费抵扣标准。

甲方（盖章）：                     乙方（盖章）：
签署日期：                         签署日期：
"""
Z04 = """救助船舶调度指挥系统运维服务合同

项目编号：DHJL-CS-2025-06（竞争性磋商）
甲方：交通运输部东海救助局下属救助船舶调度中心（以下简称甲方）
乙方：宁波海澄信息技术有限公司

根据竞争性磋商结果及《中华人民共和国民法典》等规定，甲方委托乙方对救助船舶调度指挥系统提供年度运维服务，双方订立本合同。

第一条 服务范围
（一）运维对象：救助船舶调度指挥系统，包括船位监控、AIS及北斗数据接入、值班调度、遇险报警处置、气象海况叠加、应急预案、视频会商七个子系统，以及配套的应用服务器、数据库服务器、存储、网络和安全设备。
（二）服务内容：驻场值守、日常巡检、故障处理、数据库维护、数据备份与恢复演练、安全加固与漏洞修复、重大活动和台风季保障、运维报告。
（三）服务期自2025年7月1日起至2026年6月30日止。

第二条 运维工作要求
（一）乙方应在服务期开始后十日内完成系统现状调研，建立设备台账、配置基线和应急联系人清单，提交运维服务方案，经甲方确认后执行。
（二）乙方每日对核心子系统进行两次巡检，每月对服务器、存储和网络设备进行一次全面检查，每季度进行一次漏洞扫描和安全加固，每半年配合甲方开展一次应急演练。
（三）每年五月底前，乙方应完成台风季保障准备，包括备件检查、数据备份核查和应急值班安排。

第三条 服务人员
（一）乙方派驻两名运维工程师在甲方调度中心驻场，工作日8:00至20:00在岗，其余时间电话值守，台风预警期间实行24小时驻场值守。
（二）驻场人员须具备相应资格，经甲方审查同意后上岗，乙方更换驻场人员应提前十日书面征得甲方同意。
（三）乙方应另设二线专家组，对驻场人员无法解决的问题提供远程和现场支持。
（四）驻场人员应参加甲方组织的值班交接、安全教育和应急演练，执行甲方调度中心的作息和考勤制度，每日填写运维日志，重要操作实行双人复核。

第四条 备品备件
（一）乙方应在甲方调度中心存放服务器硬盘、电源模块、交换机和光模块等常用备件，备件清单经甲方确认，使用后十日内补齐。
（二）关键设备发生硬件故障的，乙方应先行使用备件恢复运行，再协调原厂维修，维修期间不得降低系统冗余水平。
（三）服务期满时，乙方应将未使用的备件清点后移交甲方。

第五条 服务费用及支付
（一）本合同服务费总额为人民币648,000元（含税），其中驻场运维费384,000元、巡检及应急保障费168,000元、备品备件费96,000元。
（二）服务费按季度支付。每季度结束后，甲方根据季度考核结果在十五个工作日内支付当季服务费162,000元。
（三）甲方不向乙方支付预付款。乙方请款时应提交发票和季度运维报告。

第六条 服务水平
（一）系统核心子系统（船位监控、值班调度、遇险报警处置）月度可用率应不低于99.95%。
（二）故障响应：一级故障（核心子系统中断或遇险报警无法接收）15分钟内响应，1小时内恢复或启用应急手段；二级故障30分钟内响应，6小时内修复；三级故障2小时内响应，两个工作日内修复。
（三）乙方每月5日前提交上月运维报告，包括可用率统计、故障清单、处置过程和改进建议。
（四）乙方未达到上述服务水平的，应向甲方书面说明原因，并在甲方要求的期限内制定和落实整改措施。

第七条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括：驻场到岗率不低于98%；巡检记录完整；全部故障工单在规定时限内闭环；每季度完成一次数据恢复演练且恢复数据与源数据核对一致。
（二）服务期满后，甲方组织年度验收，依据运维报告、考核记录、演练记录和用户满意度调查结果判定是否合格，并出具书面验收意见。
（三）考核或验收不合格的，乙方应限期整改，整改后重新考核。

第八条 数据安全
（一）系统中的船舶动态、遇险信息、救助记录、视频资料和值班数据均属于甲方，乙方仅为提供本合同服务而接触，不得用于其他目的。
（二）乙方应遵守甲方网络安全管理制度，运维操作须通过甲方堡垒机进行，严禁将数据拷贝至甲方网络以外，严禁在内网使用个人移动存储介质。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方并立即处置，因乙方原因造成的，乙方承担全部责任。

第九条 保密
乙方及其人员对履行本合同过程中知悉的救助行动信息、船舶部署、系统架构、账号口令等负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方驻场人员应签署保密承诺书。保密义务不因合同终止而解除。

第十条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、应急预案、运维文档和报告，其知识产权归甲方所有。

第十一条 分包
乙方不得将本合同服务分包或转包给任何第三方。

第十二条 违约责任
（一）乙方违反本合同约定的，应当继续履行或采取补救措施，并赔偿甲方因此遭受的实际损失。
（二）甲方未按约定支付服务费的，乙方可书面催告，甲方应在收到催告后十五个工作日内支付。

第十三条 合同解除
乙方严重违反本合同约定，经甲方书面通知后十日内未纠正，或连续两个季度考核不合格的，甲方有权解除本合同，按实际服务期间结算费用。

第十四条 合同期满
本合同期满自然终止，不自动续期。甲方如需继续采购运维服务，将依法另行组织采购。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 驻场人员管理
（一）乙方应保证进场人员身体健康、遵守甲方的门禁、消防和安全生产制度，对进场人员的人身安全负责。乙方人员在甲方场所造成人身伤害或财产损失的，由乙方承担责任。
（二）乙方应在项目过程中建立完整的文档，包括需求确认单、设计说明、测试记录、会议纪要和问题清单，每月向甲方提交项目进度报告，说明已完成工作、存在问题和下一阶段计划。

第十七条 廉洁
乙方不得向甲方工作人员提供回扣、礼品、礼金、有价证券或其他不正当利益，不得以任何形式宴请甲方工作人员。乙方违反本条约定的，甲方有权解除合同，并追究乙方责任。

第十八条 通知
双方指定的联系人及地址见合同首页。任何通知应以书面形式送达，采用专人送达的以签收日为送达日，采用快递的以寄出后第三日为送达日，采用电子邮件的以发出之日为送达日。一方变更联系人或地址的，应提前五日书面通知对方。

第十九条 需求变更
合同履行中甲方提出需求变更的，乙方应在五个工作日内书面评估变更对工期和费用的影响，经双方书面确认后实施；未经确认的变更，乙方不得据此要求增加费用或顺延工期。

第二十条 不可抗力
因不可抗力不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关机构出具的证明。不可抗力影响消除后，双方应继续履行合同，履行期限相应顺延。

第二十一条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。附件：运维服务清单、系统设备清单、季度考核表。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""
Z05 = """# 生产追溯管理系统软件许可及定制开发合同

> 乙方标准合同文本 SZ-HT-2024 版（第3.2版）

**合同编号**：LQ-ZS-2025-017

**甲方（买方）**：临沂竹韵日用品有限公司（牙签厂）

**乙方（卖方）**：山东链溯智能科技有限公司

甲方为实现竹材切片、蒸煮、烘干、分选、包装全过程的批次追溯，向乙方采购生产追溯管理系统软件许可及定制开发服务。双方经协商一致，签订本合同。

## 第一条 产品及服务

1.1 乙方向甲方提供“链溯”生产追溯管理系统标准版软件的永久使用许可。

1.2 乙方按甲方需求进行定制开发，包括：切片机和分选机工位数据采集、次品剔除计数、原竹批次到成品箱码的一物一码关联、追溯报表和出口客户查询页面。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。

## 第二条 系统功能

2.1 系统主要功能包括：原竹入库登记、切片和蒸煮批次记录、烘干温度采集、分选合格率统计、包装赋码、成品出库扫码及追溯查询。

2.2 系统以乙方标准产品功能为准，甲方提出的标准产品以外的需求，经乙方评估后另行报价。

2.3 系统部署在甲方自备服务器上，服务器、操作系统、数据库软件和扫码枪、打印机等硬件由甲方自行采购，不包含在本合同价款内。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 链溯生产追溯管理系统软件许可（标准版，永久） | 620,000 |
| 2 | 工位采集及追溯报表定制开发 | 96,000 |
| 3 | 安装部署及培训 | 34,000 |
| | 合计 | 750,000 |

合同总价为人民币柒拾伍万元整（¥750,000），含税。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即487,500元。

4.2 系统安装上线后五个工作日内，甲方支付合同总价的35%，即262,500元。

4.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

4.4 乙方收到款项后开具增值税普通发票，甲方如需专用发票应在付款前书面说明。乙方银行账户以乙方加盖公章的收款确认函为准，甲方向其他账户付款的，不视为已付款。

## 第五条 交付

5.1 乙方在收到首期款后六十日内完成软件安装和定制开发。因甲方现场条件、网络环境或工位设备不具备等原因造成延误的，交付期限相应顺延。

5.2 乙方交付软件安装程序、许可证书和用户手册。定制开发部分以可执行程序形式交付，源代码不属于交付物。

## 第六条 双方配合

6.1 甲方应在乙方进场前完成工位网络布线和采集终端安装位置确认，并向乙方提供现有产品编码规则、包装规格和客户清单。

6.2 乙方可根据甲方现场情况调整实施方案和上线时间，并以书面形式通知甲方。

## 第七条 验收

7.1 系统安装上线即视为甲方验收合格。

7.2 甲方如对系统功能有异议，应在上线后三日内书面提出，逾期未提出的，视为甲方对系统无异议。

## 第八条 售后服务

8.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括软件缺陷修复和远程技术支持。

8.2 免费维护期内，甲方可通过电话、微信群或工单系统提交问题，乙方将尽合理努力及时处理。乙方不对问题处理时限作出承诺。

8.3 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的22%，即每年136,400元。甲方未续签维护合同的，乙方不再提供升级和技术支持。

8.4 因甲方操作不当、擅自修改程序、停电、网络故障或第三方设备原因引起的问题，不属于免费维护范围，乙方另行收费。

## 第九条 知识产权

9.1 软件及定制开发成果（包括采集程序、追溯报表、查询页面、数据模型及其源代码、文档）的知识产权均归乙方所有。

9.2 甲方仅获得在本厂区内使用上述成果的非独占、不可转让的使用权，不得修改、反编译，也不得许可任何第三方使用。

9.3 乙方有权将定制开发成果用于其他客户或纳入标准产品。

## 第十条 数据

10.1 系统中的生产数据、批次记录和客户订单信息属于甲方，乙方仅为提供部署和维护服务而访问，不得用于其他目的。

10.2 乙方对远程维护账号实行专人专用和操作日志记录，采取防病毒、访问控制和定期备份措施。因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并赔偿甲方直接损失。

## 第十一条 保密

双方对在合作中获得的对方技术资料、价格信息和经营信息负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。

## 第十二条 违约责任

12.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

12.2 任何一方不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十三条 合同解除

13.1 任何一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权解除本合同。

13.2 本合同解除后，甲方已支付的首期款不予退还，但乙方原因导致解除的除外。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关机构出具的证明。不可抗力影响消除后，双方应继续履行合同，履行期限相应顺延。因网络中断、电力故障、黑客攻击、病毒及政策变化导致的服务中断，视为不可抗力，乙方不承担责任。

## 第十五条 争议解决

因本合同引起的争议，双方友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他约定

16.1 乙方有权在合同履行过程中根据产品升级情况调整软件界面和功能布局，调整后的功能不低于原有功能。

16.2 甲方同意乙方将本项目作为成功案例用于宣传，乙方可使用甲方名称和商标。

## 第十七条 培训

17.1 乙方在系统上线前为甲方操作人员提供一次集中培训，培训时长不超过两日。甲方需要增加培训次数或人员的，按乙方当年收费标准另行收费。

## 第十八条 甲方义务

18.1 甲方应按乙方要求提供服务器、网络、工位电源和现场施工条件，并指定专人配合乙方工作。

18.2 甲方应妥善保管系统账号和密码，因甲方原因导致的账号泄露和数据损失由甲方自行承担。

18.3 甲方应按乙方提供的操作手册使用系统，不得自行修改系统配置或数据库结构。甲方应定期备份系统数据，因甲方未备份造成的数据丢失，乙方不承担恢复责任。

## 第十九条 通知

19.1 双方指定的联系人及地址见合同首页。任何通知应以书面形式送达，采用专人送达的以签收日为送达日，采用快递的以寄出后第三日为送达日，采用电子邮件的以发出之日为送达日。一方变更联系人或地址的，应提前五日书面通知对方。

## 第二十条 廉洁

20.1 乙方不得向甲方工作人员提供回扣、礼品、礼金、有价证券或其他不正当利益，不得以任何形式宴请甲方工作人员。乙方违反本条约定的，甲方有权解除合同，并追究乙方责任。

## 第二十一条 其他

21.1 本合同未尽事宜，以乙方官网公布的《软件服务条款》为准。

21.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. TSH-LIC-2025-08
P:This Software Licence and Services Agreement (the "Agreement") is made between Xinjiang Tianshan Hydropower Development Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Urumqi (the "Buyer"), and Shokhdara Soft LLC, a company registered in Khorog, Gorno-Badakhshan Autonomous Region, Republic of Tajikistan (the "Vendor").
P:The Buyer operates six run-of-river hydropower stations and wishes to acquire a perpetual licence to the Vendor's HydroAsset maintenance management software, together with implementation, interface and training services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HydroAsset maintenance management software, version 5, in object code, including the mobile inspection application and the reliability analytics module, and all updates supplied under this Agreement.
P:1.2 "Services" means the implementation, configuration, interface development, data migration and training services described in Annex 1.
P:1.3 "Deliverables" means all configurations, interface programs, migration scripts, reports and documents prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Services meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users and an unlimited number of read-only users at all of the Buyer's stations and offices in the People's Republic of China.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence may be transferred to an affiliate of the Buyer on written notice to the Vendor.
P:2.3 The licence covers the production, test and training environments. The Buyer's contractors may use the Software on the Buyer's behalf for the Buyer's operations, and the Buyer remains responsible for their compliance with this Agreement.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,900,000, inclusive of all taxes, composed of: the Software licence fee of CNY 1,260,000; implementation and configuration of CNY 410,000; interface development with the Buyer's SCADA historian, ERP and document system of CNY 185,000; and training of CNY 45,000.
P:3.2 The Contract Price is fixed and covers all travel, accommodation and other expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 380,000) within twenty days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 855,000) within twenty days after the Software is installed and the interfaces pass the integration test. Installation does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 665,000) within twenty days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account stated in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and complete the Services within one hundred and twenty days after signature, following the project plan in Annex 2.
P:5.2 Acceptance criteria: (a) every function listed in the specification in Annex 1 is demonstrated in the Buyer's environment; (b) asset registers, maintenance history and spare-parts records of all six stations are migrated and reconciled record by record against the source data without discrepancy; (c) the three interfaces exchange data correctly over ten consecutive working days; (d) screens open within three seconds with 120 concurrent users; and (e) no Severity 1 defect occurs during a thirty-day trial operation.
P:5.3 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate within ten working days. Use of the Software in production before that date, or any payment, does not mean acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all new versions free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support at a fee of 11% of the Software licence fee, that is CNY 138,600 per year, which shall not increase during the first three years of support. Support is ordered by a separate purchase order each year and does not renew automatically.
P:6.3 Support requests are classified by severity. For a Severity 1 defect (the Software is unavailable or work orders cannot be issued at any station), the Vendor shall respond within one hour and provide a workaround within eight hours. Severity 2 defects receive a response within two hours, and Severity 3 defects within one working day.
P:6.4 If the Vendor misses a response or workaround time, it shall pay the Buyer CNY 800 for each hour of delay, which the Buyer may deduct from any amount due.
H:Article 7 Intellectual Property
P:7.1 The Software and its documentation remain the property of the Vendor or its licensors.
P:7.2 All Deliverables, including their source code, belong to the Buyer from creation. The Buyer may use, modify and license them to third parties without restriction. The Vendor shall hand over the source code and build instructions of the Deliverables at Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 All data entered into or generated by the Software, including asset data, inspection records, photographs and personal information of the Buyer's staff, belongs to the Buyer. The Vendor shall process it only to perform this Agreement and for no other purpose.
P:8.2 The Software is installed on the Buyer's servers in China. The Vendor may access the Buyer's systems only remotely through the Buyer's bastion host, with approval for each session, and shall not copy any data outside the Buyer's environment.
P:8.3 The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. In the event of any data breach caused by the Vendor, the Vendor shall notify the Buyer within six hours, take remedial measures and compensate the Buyer for all resulting losses.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within fifteen days after receiving notice, or if delay damages reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for Services not accepted and deliver all Deliverables completed so far.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Tajikistan.
P:14.2 Any dispute arising from this Agreement shall first be negotiated in good faith. If it is not settled within thirty days, it shall be finally resolved by arbitration under the rules of the International Arbitration Court at the Chamber of Commerce and Industry of the Republic of Tajikistan, seated in Dushanbe, in the English language.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Specification and Services) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party, and enters into force on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
E02 = """# ORDER FORM AND GENERAL TERMS — FIELDDESK SERVICE PLATFORM

Order Form No. AT-OF-2025-0217

## PART A — ORDER FORM

### A1. Parties

**Provider:** Ala-Too Cloud Systems LLC, registered in Naryn, Kyrgyz Republic ("Provider").

**Customer:** Kunshan Huayi Elevator Service Co., Ltd., a company incorporated in the People's Republic of China, Kunshan, Jiangsu Province ("Customer").

### A2. Services

Provider shall provide Customer with access to the FieldDesk field-service management platform (work orders, technician scheduling, mobile inspection checklists, spare-parts tracking and customer portal) for 260 named technician users and 40 dispatcher users, together with the onboarding services described in A4. The platform is hosted in a data centre in Shanghai operated by a licensed Chinese cloud provider.

### A3. Term and Fees

The Subscription Term is twenty-four months from the Service Start Date, divided into two Subscription Years. The Service Start Date is the date of Go-Live Acceptance under A4.

| Item | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
|---|---|---|---|
| Platform subscription, 300 users | 296,000 | 296,000 | 592,000 |
| Mobile app and customer portal module | 22,000 | 22,000 | 44,000 |
| Onboarding and configuration (one-time) | 46,000 | — | 46,000 |
| **Total Contract Value** | **364,000** | **318,000** | **682,000** |

All fees are in CNY and include VAT. Additional users may be added at CNY 1,060 per user per Subscription Year, pro rata.

### A4. Onboarding and Go-Live Acceptance

A4.1 Provider shall complete onboarding within fifty days after signature: configuration of Customer's service regions, contract types and checklists, migration of about 18,000 elevator units and their maintenance history, integration with Customer's ERP and call-centre system, and training of dispatchers and trainers.

A4.2 Go-Live Acceptance tests: (a) all migrated units and maintenance records reconcile with the source data; (b) each function in Schedule 1 passes the test scripts agreed with Customer; (c) work orders created in the call-centre system appear in the mobile app within ten seconds; (d) a ten-day pilot in two branches runs without a Priority 1 incident. When the tests are passed, Customer shall sign a Go-Live Acceptance certificate. Use of the platform during the pilot is not acceptance.

A4.3 If Go-Live Acceptance is delayed beyond the date in A4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

### A5. Invoicing and Payment

A5.1 The onboarding fee is invoiced after Go-Live Acceptance.

A5.2 The subscription fees for each Subscription Year are invoiced at the start of that Subscription Year. Customer shall pay each undisputed invoice within thirty days of receipt.

### A6. Contacts and Signature

Provider contact: Account Director, Bishkek office. Customer contact: IT Manager, Kunshan head office. This Order Form incorporates the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

Signed for Provider: ____________________ Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 Provider shall make the platform available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

1.2 Incidents are prioritised as follows. Priority 1 (platform unavailable, or work orders cannot be created or dispatched): response within thirty minutes and restoration within three hours. Priority 2 (a major function impaired): response within two hours and resolution within one business day. Priority 3 (minor issues and questions): response within one business day.

1.3 If monthly availability falls below the committed level, Customer receives a service credit of 5% of the monthly share of the subscription fees for each started 0.1 percentage point of shortfall, up to 50% of that monthly share. If a Priority 1 response time is missed, Customer receives a credit of CNY 2,000 per incident. Credits are set off against the next invoice or refunded at the end of the term.

1.4 Provider shall deliver a monthly service report with availability, incidents, response times and credits due, and shall meet Customer each quarter to review the report, open problems and the product roadmap. Customer may ask for a root-cause report for any Priority 1 incident, which Provider shall deliver within five business days.

### 2. Customer Data

2.1 All data that Customer or its users enter into the platform, including customer contacts, elevator records, inspection photos and technician location data ("Customer Data"), belongs to Customer.

2.2 Provider shall use Customer Data only to provide the services to Customer and shall not use it, in any form, for any other purpose.

2.3 At the end of the term Provider shall return Customer Data in CSV and original file formats within twenty days and then delete it, confirming deletion in writing.

### 3. Data Security

3.1 Provider shall keep Customer Data in mainland China and shall maintain security measures at least equal to MLPS level 3, including encryption in transit and at rest, multi-factor authentication for administrators, role-based access and logging of all administrative access.

3.2 Provider shall notify Customer of any security incident affecting Customer Data within twelve hours of discovery, cooperate in the investigation and remediation, and bear the losses and regulatory costs caused by its breach of this Section.

### 4. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the term.

### 5. Intellectual Property

5.1 Provider owns the platform and all its standard features.

5.2 Configurations, checklists, report templates and interface scripts created for Customer belong to Customer, which may use, modify and license them freely.

### 6. Subcontractors

Provider may use subcontractors for hosting, implementation and second-line support. Provider shall inform Customer of each subcontractor by written notice at least ten days before it starts work and remains responsible for the work of its subcontractors.

### 7. Term, Renewal and Termination

7.1 The agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

7.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.

7.3 On termination for Provider's breach, Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

8.2 Provider's total aggregate liability arising out of or relating to this agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in this Section do not apply to personal injury caused by negligence or to fraud.

### 9. Customer Responsibilities

9.1 Customer shall keep its user credentials secure, ensure that its users comply with the acceptable use rules in the documentation and inform Provider promptly of any unauthorised use it becomes aware of.

9.2 Customer shall provide Provider with the data, contacts and test environments needed for onboarding in good time. Where a delay in Go-Live Acceptance is caused by Customer, the dates in A4 move by the same period.

### 10. Changes to the Platform

Provider may improve the platform during the term, provided that no change materially reduces the functions in Schedule 1, the service levels in Section 1 or the security measures in Section 3. Provider shall announce major releases at least fourteen days in advance, publish release notes and offer a test environment in which Customer can check its configurations before the release reaches production.

### 11. Warranties

Provider warrants that the platform will perform materially as described in its documentation and that the services will be performed with reasonable skill and care by qualified personnel.

### 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitration shall be conducted in English and Chinese.

### 13. General

13.1 Notices shall be given in writing to the contacts named in A6.

13.2 Neither party may assign this agreement without the other party's prior written consent.

13.3 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, if it notifies the other party promptly and resumes performance as soon as possible.

13.4 This agreement is made in English and Chinese. Both versions have equal force.

13.5 This agreement is the entire agreement between the parties on its subject matter.
"""
E03 = """T:Supply Contract for Grain Silo Monitoring Sensors and Software Licence
P:Contract No. HXG-2025-SEN-031
P:Buyer: Gansu Hexi Grain Reserve Co., Ltd., Zhangye, Gansu Province, People's Republic of China (the "Buyer").
P:Supplier: Vakhsh Sensorics LLC, registered in Kulob, Khatlon Region, Republic of Tajikistan (the "Supplier").
P:This contract is made on the Buyer's standard form for equipment purchases. The Supplier shall supply temperature, humidity and gas sensors for 32 grain silos and 16 warehouses, gateways and a perpetual licence to its GrainWatch monitoring software, and shall install and commission the system.
H:1. Scope
P:1.1 The Supplier shall supply the goods listed in clause 2, install them in the Buyer's silos and warehouses, configure the GrainWatch software on the Buyer's servers, integrate it with the Buyer's grain storage management system and train the Buyer's staff.
P:1.2 The goods shall be new, of current production and comply with the technical specification in Annex 1 and with applicable Chinese standards for grain storage equipment and explosion protection.
P:1.3 The Supplier shall appoint a project manager who speaks Chinese or works with a qualified interpreter, who shall attend weekly progress meetings at the Buyer's site or by video call during delivery and installation, and shall report progress, risks and open issues in writing after each meeting.
H:2. Price
P:2.1 The Contract Price is CNY 1,930,000, including VAT, customs duties, transport, insurance and all other costs up to Final Acceptance, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 18 m|640|1,150|736,000
TB:2|Wireless gateways with solar power kit|48|6,500|312,000
TB:3|CO2 and phosphine gas sensors|96|3,200|307,200
TB:4|GrainWatch monitoring software, perpetual licence|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,623,200
TB:5|Installation and cabling|1|196,000|196,000
TB:6|Configuration and integration with storage management system|1|88,800|88,800
TB:7|Training|1|22,000|22,000
TB:|Contract Price|||1,930,000
P:2.2 The prices are fixed for the duration of this contract.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 193,000) within fifteen days after signature, against an advance payment guarantee.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 1,061,500) after all goods have been delivered and installed, as confirmed by a signed installation record. The installation record is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 675,500) within fifteen days after Final Acceptance.
H:4. Delivery
P:4.1 The Supplier shall deliver all goods DAP Zhangye within seventy days after signature and complete installation within forty-five days after delivery.
P:4.2 If delivery or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:5. Acceptance
P:5.1 Final Acceptance tests: (a) every temperature point reads within ±0.5 °C of a calibrated reference at sampled points in each silo; (b) gas sensors detect the reference concentrations in the test plan; (c) all gateways report to the software at least every ten minutes for fourteen consecutive days; (d) alarms reach the duty phone within sixty seconds; (e) data appear correctly in the Buyer's grain storage management system.
P:5.2 When the tests are passed, the Buyer shall sign a Final Acceptance certificate within ten working days. Installation, use of the system or payment does not mean acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is thirty-six months from Final Acceptance. During it the Supplier shall repair or replace defective goods and correct software defects free of charge, including parts, labour and travel.
P:6.2 After the warranty period the Buyer may order annual support at 7.5% of the Hardware and Licence Subtotal, that is CNY 121,740 per year. This fee is fixed for the first two years of support and any later change requires the Buyer's written agreement.
P:6.3 Faults are classified in the table below. The Supplier shall meet the response times from the Buyer's report.
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring of a silo or warehouse lost, or alarms not delivered|2 hours|24 hours
TB:Severity 2|Single sensor or gateway fault|8 hours|3 days
TB:Severity 3|Questions and minor issues|2 working days|next version
P:6.4 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 600, which may be deducted from any amount due.
P:6.5 The Supplier shall keep spare temperature cables, gas sensors and gateway modules in stock in China for the warranty period and for at least five years after it, and shall inform the Buyer in writing at least six months before any model is discontinued, offering a compatible replacement at no higher price.
P:6.6 At Final Acceptance the Supplier shall hand over as-built drawings showing the position of every cable and sensor, calibration certificates, the configuration of every gateway, the administrator and user manuals in Chinese, and the records of all tests.
P:6.7 The Supplier shall carry out a calibration check of the gas sensors every six months during the warranty period and record the results in the software.
H:7. Intellectual Property
P:7.1 The GrainWatch software remains the Supplier's property and is licensed to the Buyer perpetually for all its sites.
P:7.2 The integration programs, silo models, dashboards and configuration files developed for the Buyer belong to the Buyer, with their source code, and the Buyer may modify and use them freely.
H:8. Data Security
P:8.1 All measurement data, silo layouts and inventory information belong to the Buyer and may be used by the Supplier only to perform this contract.
P:8.2 The software runs on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, and no data may be copied outside the Buyer's network.
P:8.3 If a data breach or loss is caused by the Supplier, it shall notify the Buyer within six hours, take remedial steps and compensate the Buyer's losses.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's reserves, stock levels and facilities, and shall not disclose it to any third party without the Buyer's prior written consent, during the contract and for five years afterwards.
H:10. Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund amounts paid for goods and services not accepted and pay any delay damages already due.
P:12.3 The Buyer may also terminate this contract if delay damages reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Lanzhou Arbitration Commission.
H:14. Site Rules and Safety
P:14.1 The Supplier's staff shall follow the Buyer's rules for work in grain storage facilities, including rules on fumigation periods, confined spaces, work at height and fire prevention. Work inside a silo requires a permit issued by the Buyer's safety officer and the presence of the Buyer's staff.
P:14.2 Installation shall be planned so that the Buyer's grain intake and outflow are not interrupted. The Supplier shall agree a weekly work plan with the Buyer's warehouse managers.
P:14.3 The Supplier shall maintain third-party liability insurance and employer's liability insurance covering its staff on the Buyer's sites throughout installation and the warranty period.
H:15. Training
P:15.1 The Supplier shall train the Buyer's warehouse keepers, duty staff and system administrators at the Buyer's sites in Zhangye and Jiuquan, with course materials in Chinese. Participants shall pass a practical test; any who do not pass shall be trained again free of charge.
H:16. Notices
P:16.1 Notices shall be in writing in English or Chinese and sent to the addresses on the first page. A notice sent by courier is received on delivery; a notice sent by email is received when it enters the recipient's mailbox during business hours.
H:17. Entire Contract
P:17.1 This contract, with Annex 1 (Technical Specification), Annex 2 (Site List and Installation Plan) and Annex 3 (Final Acceptance Test Plan), is the entire agreement of the parties on its subject. Amendments are valid only in writing signed by both parties.
P:17.2 This contract is made in English and Chinese in four originals, two for each party. Both language versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED NETWORK OPERATIONS SERVICES AGREEMENT

Agreement No. ZJL-MNS-2025-004

This Managed Network Operations Services Agreement is made between **Zhejiang Jialu Cold Chain Logistics Co., Ltd.**, Hangzhou, People's Republic of China ("Customer"), and **Jalal-Abad Network Operations LLC**, registered in Jalal-Abad, Kyrgyz Republic ("Provider").

## Section 1. Definitions

1.1 "Services" means the managed network operations services described in Schedule 1.

1.2 "Sites" means Customer's fourteen cold-storage warehouses and its head office listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.4 "Term" means thirty-six months from the Service Commencement Date.

## Section 2. Services

2.1 Provider shall monitor, operate and maintain Customer's wide-area network, site routers, switches, wireless controllers and firewalls at all Sites, around the clock, from its network operations centre, and provide on-site support through local engineers in Hangzhou, Jiaxing and Ningbo.

2.2 Provider shall perform configuration changes requested by Customer through the change process in Schedule 1, keep an accurate inventory of devices and configurations, and produce monthly service reports.

2.3 Provider shall perform the Services with qualified staff, in accordance with good industry practice and Customer's reasonable site rules, including the safety rules for cold-storage areas.

2.4 Provider shall keep Customer's network documentation up to date, including site diagrams, IP address plans and firewall rule records, and shall review all firewall rules with Customer every six months to remove rules that are no longer needed.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The total contract value is CNY 2,150,000, being a monthly service charge of CNY 58,000 for thirty-six months and a one-time transition charge of CNY 62,000.

3.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears.

3.3 Customer shall pay each correct invoice within thirty days. No advance payment is due under this Agreement.

## Section 4. Transition and Acceptance

4.1 Provider shall complete transition within sixty days after signature: discovery and documentation of all devices, installation of monitoring probes, onboarding of all Sites into the monitoring platform and handover from Customer's current provider.

4.2 Transition Acceptance criteria: (a) all devices in the inventory are monitored and alarms are received; (b) configuration backups exist for every device; (c) runbooks for the ten most frequent incident types have been approved by Customer; (d) a fourteen-day shadow operation has been completed without a missed Priority 1 alarm. Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met.

4.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## Section 5. Service Levels

5.1 The service levels, service credits and reporting obligations are set out in Schedule 3.

5.2 Service credits are Customer's price adjustment for reduced service and do not limit Customer's right to claim damages for loss caused by Provider's breach.

## Section 6. Customer Data

6.1 All configuration files, network diagrams, logs and other data relating to Customer's network remain Customer's property. Provider shall use them only to provide the Services.

6.2 At the end of the Term Provider shall hand over all such data and documentation to Customer or its new provider.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all information received from the other party that is marked as confidential or should reasonably be understood to be confidential, including network designs, passwords, prices and business information, and shall not disclose it to third parties without prior written consent.

7.2 The obligations in this Section continue for five years after the end of the Term.

## Section 8. Intellectual Property

8.1 Provider's monitoring tools and platform remain Provider's property.

8.2 Runbooks, scripts, configuration templates, diagrams and reports prepared for Customer belong to Customer, which may use, modify and hand them to any successor provider without restriction.

## Section 9. Personnel and Subcontracting

9.1 Provider shall name a service delivery manager, who shall attend monthly service reviews.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of any approved subcontractor.

## Section 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

10.2 The limit does not apply to personal injury, wilful misconduct or gross negligence, or breach of Section 7.

## Section 11. Duration and Ending of the Agreement

11.1 This Agreement starts on signature and continues until the end of the Term. It ends automatically at the end of the Term and is not renewed unless the parties sign a written extension.

11.2 Given the investment made by Provider in transition and local staffing, neither party may terminate this Agreement before the end of the Term, except by mutual written agreement. Customer's remedies for Provider's failure to perform are the service credits under Schedule 3 and the recovery of its damages under Section 10.

11.3 During the last three months of the Term Provider shall support the transfer of the Services to Customer or its new provider at no additional charge.

## Section 12. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 14. Governance and Reporting

14.1 The parties shall hold a monthly service review, attended by Customer's IT manager and Provider's service delivery manager, to review the monthly report, incidents, changes, open risks and improvement actions. Provider shall keep minutes and circulate them within three working days.

14.2 Each quarter Provider shall deliver a capacity review that compares link utilisation, device health and licence consumption with the thresholds agreed in the runbooks and recommends upgrades where needed. Provider shall not make any purchase on Customer's behalf without Customer's written order.

14.3 Provider shall keep all device software within the versions supported by the manufacturer and shall plan upgrades with Customer through the change process, outside the warehouses' peak dispatch hours.

## Section 15. Staff

15.1 Provider's engineers who work on Customer's Sites shall follow Customer's site rules, including rules for work in cold rooms and in areas with moving forklifts.

15.2 Customer may ask Provider to replace any engineer whose work or conduct is unsatisfactory, and Provider shall do so within ten working days.

15.3 Provider shall give Customer at least thirty days' notice before replacing the service delivery manager and shall arrange a handover of at least ten working days between the outgoing and the incoming manager, at no charge to Customer.

## Section 16. General

16.1 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

16.2 Notices shall be in writing and sent to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties on its subject, and any amendment must be signed by both parties.

16.3 This Agreement is signed in English and Chinese; both versions have equal force.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 — Scope and Sites

| Item | Description |
|---|---|
| Sites | Head office Hangzhou; warehouses in Hangzhou (4), Jiaxing (3), Ningbo (3), Shaoxing (2), Huzhou (2) |
| Devices | 15 SD-WAN edge routers, 86 switches, 2 wireless controllers, 214 access points, 15 firewalls |
| Monitoring | Around the clock, availability, performance, temperature of network cabinets |
| Changes | Standard changes within two business days; emergency changes within two hours |
| Reporting | Monthly service report and quarterly capacity review |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 62,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| Total contract value | | 2,150,000 |

## Schedule 3 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| WAN availability per Site per month | 99.95% | 3% of the monthly charge for each started 0.1 point below target |
| Priority 1 response (Site down or firewall failure) | 15 minutes | CNY 1,500 per late incident |
| Priority 1 restoration | 3 hours | CNY 1,000 per hour late |
| Priority 2 response | 1 hour | CNY 500 per late incident |
| Monthly report delivered | by the 5th working day | CNY 500 per late report |
"""
E05 = """MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. UD-API-2025-019

BETWEEN

Ustrushana Data LLC, registered in Istaravshan, Sughd Region, Republic of Tajikistan ("Provider"); and

Xinjiang Silk Road Agricultural Trading Co., Ltd., Urumqi, People's Republic of China ("Customer").

BACKGROUND

Provider collects and publishes wholesale price, volume and export data for dried fruit, nuts, cotton and vegetables in Central Asian markets. Customer buys and imports agricultural products and wishes to receive this data through Provider's API for its purchasing and pricing systems.

1. DEFINITIONS

1.1 "API" means Provider's market data application programming interface and the related web portal.

1.2 "Data" means the market data made available to Customer through the API.

1.3 "Customer Data" means the queries, watch lists, purchase volumes, prices and other information that Customer submits to the API or the portal.

1.4 "Subscription Year" means each of the two consecutive yearly periods of the Initial Term, the first starting on the Service Start Date.

1.5 "Initial Term" means two Subscription Years from the Service Start Date.

1.6 "Service Start Date" means the date of the Integration Acceptance certificate under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, during the term, a non-exclusive right to access the API and to use the Data for its internal business purposes, including in its purchasing, pricing and reporting systems, for up to 60 named users and 3 system integrations.

2.2 Customer may share reports containing the Data with its affiliates and professional advisers.

2.3 Customer may keep and continue to use Data received during the term in its internal reports and historical records after the end of this agreement, but may not extract new Data from the API after that date. Provider shall provide Customer with the API documentation, sample code in Python and Java, and a test key for a sandbox environment from signature.

3. FEES AND PAYMENT

3.1 The fees for the Initial Term are: subscription fee CNY 276,000 for each Subscription Year (CNY 552,000 for the Initial Term), and a one-time integration fee of CNY 34,000. The total contract value is CNY 586,000, including VAT.

3.2 The integration fee is payable within thirty days after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within thirty days.

3.3 API calls above 2,000,000 per Subscription Year are charged at CNY 30 per 10,000 calls, invoiced at the end of the Subscription Year.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall deliver connectors to Customer's ERP and pricing system and configure the agreed data feeds within forty days after signature.

4.2 Integration Acceptance criteria: (a) all agreed feeds for the twelve markets in Annex A are delivered daily for ten consecutive working days; (b) the data reconcile with Provider's published reports; (c) the connectors load the data into Customer's systems without errors; (d) historical data back to 2019 are loaded completely. Customer shall sign the Integration Acceptance certificate within five working days after the criteria are met.

4.3 If Integration Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

4.4 Customer shall give Provider timely access to its test systems and a contact person for the integration work. A delay caused by Customer moves the date in clause 4.1 by the same number of days.

5. SERVICE LEVELS

5.1 Provider shall keep the API available at least 99.95% of each month, excluding maintenance notified three days in advance.

5.2 Priority 1 incidents (the API or a daily feed unavailable): response within one hour and restoration within six hours. Priority 2 incidents: response within one business day.

5.3 Daily feeds shall be published by 09:00 Urumqi time on each business day.

5.4 If the availability commitment or the feed time is missed in a month, Customer receives a credit of 5% of the monthly portion of the subscription fee for each such failure, up to 25% per month. A late Priority 1 response entitles Customer to a further credit of CNY 1,000.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer.

6.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Data in anonymised and aggregated form to improve and calibrate Provider's price indices, to create new data products and to publish market statistics, including after the end of this agreement.

6.3 Provider shall store Customer Data on servers in mainland China operated by a licensed cloud provider, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication and log all access. Provider shall notify Customer of any security incident affecting Customer Data within twelve hours and compensate Customer for the losses caused by its breach of this clause.

7. CONFIDENTIALITY

7.1 Each party shall keep the other party's confidential information secret and use it only for this agreement. Customer Data and the terms of this agreement are confidential information.

7.2 This obligation continues for three years after the end of this agreement.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the API and the Data.

8.2 The connectors, mappings and reports developed for Customer under clause 4 belong to Customer, which may use and modify them freely and let third parties maintain them.

9. RENEWAL

9.1 At the end of the Initial Term this agreement renews automatically for successive periods of one Subscription Year unless either party gives notice of non-renewal at least sixty days before the end of the current period.

9.2 Provider may increase the subscription fee for any renewal period by up to 9% by notice to Customer at least thirty days before the renewal date. The increased fee applies from the renewal date.

10. SUBCONTRACTING

Provider shall not subcontract any part of the services without Customer's prior written consent, except for the hosting provider named in Annex B.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Provider's total liability under this agreement is limited to 150% of the total contract value. The limit does not apply to breach of clauses 6 and 7 or to wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice.

12.2 On termination for Provider's breach, Provider shall refund the subscription fees paid for the remaining part of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.

14. DATA QUALITY

14.1 Provider shall collect prices from at least three independent sources in each market and publish its collection method for each feed in the API documentation.

14.2 If Customer reports an error in the Data, Provider shall investigate within two business days, correct confirmed errors in the next feed and publish a correction notice.

14.3 Provider shall give Customer at least sixty days' notice before it discontinues any feed listed in Annex A and shall offer an equivalent feed or a pro rata refund.

14.4 Provider does not guarantee that the Data are complete or free of errors in every case, but shall apply the care that a professional market data publisher would apply.

15. ACCEPTABLE USE

15.1 Customer shall not resell the Data, publish it in raw form or use it to build a competing data service.

15.2 Customer shall keep API keys secure and rotate them when a person with access leaves. Provider may suspend a key that is clearly being misused, after informing Customer, and shall restore it as soon as the misuse has stopped.

15.3 Provider may monitor API usage to operate the service, to count calls for invoicing under clause 3.3 and to detect misuse.

16. SUPPORT

16.1 Provider shall provide support in English, Russian and Chinese through its portal and by email, and a named account manager who shall meet Customer by video call each quarter to review usage, incidents and planned changes.

16.2 Provider shall give at least thirty days' notice of any change to the API that is not backward compatible and keep the previous version running for at least ninety days after the new version is released.

17. GENERAL

17.1 Neither party may assign this agreement without the other party's prior written consent.

17.2 Notices shall be in writing and sent to the addresses of the parties above, by courier or by email with confirmation of receipt.

17.3 Neither party is liable for a delay caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible.

17.4 This agreement, with Annex A (Markets and Feeds) and Annex B (Hosting Provider), is the entire agreement of the parties. It is made in English and Chinese, and both versions have equal force.

SIGNATURES

For Provider: ____________________

For Customer: ____________________
"""

# ---------------------------------------------------------------- build, labels, checks
import json, re, sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

NAMES = {
    "z01": "h683z01_invasive_species_monitoring_platform",
    "z02": "h683z02_glue_plant_kettle_filling_control_retrofit",
    "z03": "h683z03_ktv_chain_booking_membership_saas",
    "z04": "h683z04_salvage_vessel_dispatch_system_om",
    "z05": "h683z05_toothpick_plant_tracking_supplier_template",
    "e01": "h683e01_hydropower_maintenance_software_licence",
    "e02": "h683e02_field_service_saas_order_form",
    "e03": "h683e03_grain_silo_sensors_monitoring_licence",
    "e04": "h683e04_cold_chain_managed_network_operations",
    "e05": "h683e05_market_data_api_subscription",
}
FMT = {"z01": "pdf", "z02": "docx", "z03": "txt", "z04": "txt", "z05": "md",
       "e01": "pdf", "e02": "md", "e03": "docx", "e04": "md", "e05": "txt"}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(lang, cat, vals, extra):
    return {"language": lang, "category": cat, "terms": vals, "extra": extra}


G, S = "goods_or_licence", "service"
L = {
 "z01": lab("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
            {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 2312000}),
 "z02": lab("zh", "hardware", [None, 1, True, "buyer", True, True, False, 0.1, None, 10, True, True, 24, 10, False, True, True, "PRC", G],
            {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 1690000}),
 "z03": lab("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.08, 150, None, True, None, None, None, True, True, False, "PRC", S],
            {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1062000}),
 "z04": lab("zh", "services", [99.95, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True, False, "PRC", S],
            {"sla_clause": True, "ld_stated": False, "acceptance_deemed_on_delivery": False, "contract_value": 648000}),
 "z05": lab("zh", "software", [None, None, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 22, False, True, None, None, G],
            {"sla_clause": False, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": True, "contract_value": 750000}),
 "e01": lab("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "Tajikistan", G],
            {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 1900000}),
 "e02": lab("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 682000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, True, "PRC", S],
            {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 682000}),
 "e03": lab("en", "hardware", [None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False, True, False, "PRC", G],
            {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False, "contract_value": 1930000}),
 "e04": lab("en", "services", [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2150000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S],
            {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 2150000}),
 "e05": lab("en", "cloud", [99.95, 1, True, "buyer", True, False, True, 600 / 586000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
            {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 586000}),
}
# TCO inputs (not labels): fee base = itemised licence / hardware subtotal
TCO_BASE = {"z01": 1180000, "z02": 1422000, "z05": 620000, "e01": 1260000, "e03": 1623200}
FOREIGN_FORUM = {"e01"}  # Dushanbe arbitration
DESIGN = {
 "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
 "z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
 "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
 "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
 "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
 "e05": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
 "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
         "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(k, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * TCO_BASE[k] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(k, t, x):
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]: r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9: r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4: r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]: r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer": r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]: r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True: r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]: r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]: r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05: r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100: r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30: r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False: r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12): r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]: r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]: r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True: r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FOREIGN_FORUM: r.add("CR-GOVERNING-LAW")
    s = tco_share(k, t, x)
    if s is not None and s > 40: r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


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


NB = r"(?<![0-9A-Za-z.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH_RE = re.compile("|".join([
    NB + r"99\.90*(?!\d)" + PCT, NB + r"99\.90*(?!\d)",
    NB + r"0?\.050*(?!\d)" + PCT, r"万分之五(?![十])",
    NB + r"(?:30|40|15|100)(?:\.0+)?" + PCT, r"百分之(?:三十|四十|十五|百|一百)(?![零一二三四五六七八九十])",
    r"(?:thirty|forty|fifteen|one\s*hundred)\s*(?:per\s*cent|percent)",
    NB + r"12\s*(?:个)?\s*(?:月|months?)", r"十二个月", r"twelve\W*months?", NB + r"12-month",
    r"(?<![第每])一年", r"\bone\W*year", NB + r"1\s*(?:年|years?\b)",
    NB + r"4\s*(?:个)?\s*(?:小时|hours?|hrs?)", r"四(?:个)?小时", r"four\W*hours?", NB + r"4-hour",
]), re.I)
MUST_HIT = ["质保期为12个月", "4小时内响应", "4 个小时", "99.9%", "99.9 %", "万分之五", "0.05%", "30%", "30 %", "百分之三十",
            "40 per cent", "15%", "100%", "twelve months", "12 months", "within 4 hours", "four hours", "one year",
            "质保期一年", "百分之十五", "百分之百"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "0.055%", "130%", "1,400 hours", "第一年", "每一年", "万分之五十", "14 hours",
             "150%", "8%", "1.5%", "0.15%", "115%", "2,040 hours", "20%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(variant)]
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert THRESH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), ("must miss", s, THRESH_RE.search(s).group(0))
    targets = {}
    for k in SRC:
        name = NAMES[k] + "." + FMT[k]
        if FMT[k] in ("txt", "md"):
            (OUT / name).write_text(SRC[k].strip() + "\n", encoding="utf-8")
            print("wrote", name)
        else:
            targets[k] = (name, FMT[k])
    write(SRC, targets, OUT, wrap_words=True)
    covered = set()
    problems = []
    for k in SRC:
        name = NAMES[k] + "." + FMT[k]
        lb = L[k]
        t = dict(zip(KEYS, lb["terms"]))
        x = lb["extra"]
        if t["contract_kind"] == S:
            assert "post_warranty_fee_capped" not in x and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        rules = derive(k, t, x)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "rules", rules, DESIGN[k]))
        covered |= set(rules)
        for key, th in THRESH.items():
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append((k, "threshold value", key))
        sh = tco_share(k, t, x)
        if sh is not None and abs(sh - 40) <= 2:
            problems.append((k, "tco near threshold", sh))
        text = read_back(OUT / name)
        if lb["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print(f"{k} {name}: length {n} {'ok' if ok else 'OUT OF RANGE'}; rules {rules}; risk {risk(rules)}"
              + (f"; tco share {sh:.1f}" if sh is not None else ""))
        if not ok:
            problems.append((k, "length", n))
        h = scan(text)
        if h:
            problems.append((k, "threshold text", sorted(set(h))))
        label = {"file": name, "language": lb["language"], "category": lb["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (NAMES[k] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    if covered != set(ALL_RULES):
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
