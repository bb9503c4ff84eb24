"""holdout810: ten blind held-out draft contracts (ordinary drafts, no tricks) and their .json labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
It writes the .txt/.md files from the sources below, builds the .docx/.pdf with ../word_pdf.py, writes the .json
labels, and asserts: every price/payment sum, the text lengths as read back, that no label value equals a policy
threshold, that no built file states a threshold figure (regex self-tested), that each draft's rules derived from its
label (this author's reading of policy section 3) equal the design list, and that all 20 CR rules fire at least once.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:古戏台保护管理平台采购及定制开发合同
P:合同编号：QX-WLJ-2027-018（政府采购）
P:甲方（采购人）：青溪县文化和旅游局
P:乙方（供应商）：浙江遗韵数字科技有限公司
P:根据青溪县古戏台保护管理平台采购项目（公开招标）的招标文件、乙方投标文件及中标通知书，双方按《中华人民共和国民法典》《中华人民共和国政府采购法》的规定，在平等、自愿的基础上订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“古戏台保护管理平台”软件许可一套（永久许可，不限用户数），并完成定制开发、数据采集建库、部署实施和培训，使平台覆盖全县四十七座登记在册的古戏台。
P:1.2 定制开发内容包括：古戏台三维数字档案模块、日常巡查与隐患上报移动端、木构件温湿度及白蚁监测预警模块、修缮项目管理模块、演出活动预约模块，以及与省文物保护信息系统的数据接口。
P:1.3 数据采集建库包括对四十七座古戏台的测绘资料、历史照片、碑刻、楹联和修缮档案进行整理、数字化和入库，并按文物档案著录规范逐项完成著录和校核。
H:第二条 合同价款
P:2.1 合同总价为人民币玖拾玖万元整（¥990,000），包括：平台软件许可费¥468,000；定制开发费¥356,000；数据采集建库费¥124,000；部署实施及培训费¥42,000。
P:2.2 上述价款已包含税费、差旅、运输、安装、第三方测评配合等全部费用，合同履行期间不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥198,000。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，计¥445,500。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，计¥346,500。
P:3.4 乙方每次请款时应提供合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百二十日内完成平台部署和全部定制开发，具备初步验收条件。
P:4.2 乙方应在合同签订后十日内进场，并提交详细实施方案和进度计划，经甲方确认后执行。每两周向甲方书面报告项目进展、存在问题和下一步安排。
P:4.3 乙方应提交需求规格说明书、设计文档、源代码、部署手册、用户手册和测试报告。
P:4.4 乙方应对县、乡两级文物管理人员和古戏台看护员开展不少于三期的现场培训，每期不少于一天，并提供图文操作手册和视频教程，确保看护员能够独立使用移动端完成巡查上报。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合招标文件及需求规格说明书；四十七座古戏台档案全部入库，抽查百分之十的档案，字段差错率不高于千分之三；监测预警模块在连续七日测试中告警准确送达；平台在两百名并发用户下页面平均响应时间不超过三秒；通过第三方软件测评机构的功能和安全测试。
P:5.2 最终验收标准：平台试运行满九十日，试运行期间未发生一级故障，初步验收遗留问题全部整改完毕，并通过网络安全等级保护二级测评。
P:5.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。平台上线、试运行或甲方使用均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥37,440，该标准在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内，乙方每半年对平台和监测设备接入情况进行一次全面巡检，出具巡检报告，并在每年汛期和白蚁活动高发期前完成一次专项检查，发现隐患及时告知甲方。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三日书面告知甲方，且不计入不可用时间。
P:7.2 故障分为三级。一级故障（平台整体无法访问或监测预警失效）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：2小时内响应，二十四小时内解决；三级故障：下一个工作日内处理。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥500；月度可用率每低于约定值0.01个百分点，支付¥1,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的模块、接口程序、三维模型、数据库结构及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台采集和存储的古戏台档案、监测数据、巡查记录和用户信息均属于甲方，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作日志审计和数据备份措施，远程运维须经甲方批准并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方未公开信息、文物安全信息和技术资料负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后五年内继续有效。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定且经整改仍不合格的，甲方有权拒收并要求乙方赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.4 乙方应在合同签订后七日内向甲方提交合同总价百分之五的履约保证金，最终验收合格后无息退还。
H:第十二条 分包与转包
P:12.1 乙方不得转包或分包本合同项下的任何工作。
H:第十三条 合同解除
P:13.1 乙方逾期交付超过三十日，或发生重大违约经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已收款项、赔偿损失。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应及时通知对方，并在十五日内提供证明，双方协商延长履行期限，受影响一方不承担违约责任。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青溪县文化和旅游局    乙方（盖章）：浙江遗韵数字科技有限公司
P:签订日期：2027年3月    签订地点：青溪县
"""

Z02 = """T:注塑生产线控制系统改造合同
P:合同编号：HZ-SNX-2027-006
P:甲方（买方）：台州家纳塑业有限公司
P:乙方（卖方）：宁波精控自动化工程有限公司
P:甲方主要生产家用收纳箱、整理箱和储物柜，现有六条注塑生产线的控制系统老化，故障频发。经比选，甲方确定由乙方承担控制系统改造。双方经友好协商，就设备供货、软件许可、安装调试及售后服务订立本合同。
H:第一条 改造范围
P:1.1 乙方负责甲方一号至六号注塑生产线的控制系统改造，包括更换PLC控制柜、机械手伺服控制器，加装视觉检测单元，部署产线监控软件，敷设工业网络，并开发产线监控软件与甲方ERP系统之间的工单和产量数据接口。
P:1.2 改造采用逐线停机切换方式，每条生产线停机时间不超过五日，乙方应保证未改造生产线正常运行，不影响甲方正常交货。
P:1.3 乙方提供的设备应为全新、原厂合格产品，符合国家及行业相关标准，并附出厂检验报告和合格证。主要设备的品牌和型号以技术协议为准，未经甲方书面确认不得更换为其他品牌或型号。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾捌万元整（¥1,480,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|6套|96,000|576,000
TB:2|机械手伺服控制器|12套|18,500|222,000
TB:3|视觉检测单元（缺陷识别）|6套|34,000|204,000
TB:4|产线监控软件许可（永久）|1套|168,000|168,000
TB:5|工业交换机及工控机|1批|86,000|86,000
TB:|软硬件小计|||1,256,000
TB:6|安装调试及停线切换|1项|148,000|148,000
TB:7|ERP接口定制开发|1项|64,000|64,000
TB:8|操作及维修培训|1项|12,000|12,000
TB:|合计|||1,480,000
P:2.2 合同价格包含设备、软件、运输、保险、安装、调试、培训及税费，乙方不得另行收取费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，计¥148,000。
P:3.2 全部设备到货并完成六条生产线的安装切换后，甲方支付合同总价的55%，计¥814,000。到货签收和安装完成不视为验收合格。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，计¥518,000。
H:第四条 交付与安装
P:4.1 乙方应在合同签订后六十日内将全部设备运至甲方厂区，并在到货后四十五日内完成六条生产线的改造切换。
P:4.2 乙方施工应遵守甲方厂区安全管理制度，动火、登高和带电作业须办理审批手续。因乙方施工造成甲方模具、设备损坏或人身伤害的，由乙方负责。
P:4.3 甲方应按双方确认的停机计划安排生产，提供施工所需的电源、压缩空气和临时存放场地，并指定现场联系人。乙方应每日向甲方报告施工进度，发现原图纸与现场不符的，应及时书面提出。
P:4.4 乙方应为甲方设备部和生产部人员提供操作及维修培训，培训不少于三期，内容包括PLC程序结构、触摸屏操作、视觉检测参数调整、常见故障判断和备件更换，并提供中文操作手册、电气图纸和程序备份。
H:第五条 验收
P:5.1 每条生产线切换后连续试生产七日，达到以下标准的，视为该线通过单线测试：控制系统无停机性故障；注塑周期不长于改造前；视觉检测对漏注、缺料、飞边的识别准确率不低于98.5%；产量和工单数据与ERP一致。
P:5.2 六条生产线均通过单线测试，并连续稳定运行三十日后，甲方组织最终验收，双方签署验收报告。设备到货、安装完成或甲方投入生产均不视为最终验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收，由此产生的费用由乙方承担。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为损坏的，乙方免费维修或更换，并免费提供软件升级。
P:6.2 质保期满后，甲方可选择由乙方继续提供维保服务，年度维保费为软硬件小计的7%，即每年¥87,920，在质保期满后三年内不作上调，双方届时另签维保合同。
P:6.3 乙方应在甲方厂区存放常用备件，包括伺服驱动器、I/O模块和相机各两套，备件使用后五日内补足。
H:第七条 售后服务
P:7.1 故障分级：一级故障指任一生产线因控制系统原因整线停机；二级故障指单台设备或单个功能失效但生产线可降级运行；三级故障指其他一般问题。
P:7.2 一级故障乙方应在1小时内响应，3小时内到达现场，6小时内恢复生产；二级故障2小时内响应，二十四小时内修复；三级故障于三个工作日内处理。
P:7.3 乙方未按时响应、到场或恢复的，每超时一小时向甲方支付¥800，甲方可从应付款或质保金中扣除。
P:7.4 乙方应设立全天候服务热线，并指定熟悉甲方生产线的工程师作为售后负责人。质保期内乙方每季度上门巡检一次，检查控制柜散热、接线端子、伺服参数和软件运行日志，出具巡检报告并提出改进建议。
H:第八条 数据安全
P:8.1 产线监控软件采集的工艺参数、产量、质量和工单数据归甲方所有，乙方不得将其用于本合同以外的用途。
P:8.2 乙方应对工控网络采取分区隔离、访问控制和日志审计措施，远程维护须事先取得甲方同意，并在甲方人员监督下通过专用通道进行；不得在系统中留置后门或未声明的远程访问功能。
P:8.3 因乙方原因导致数据泄露、丢失或系统被入侵的，乙方应在两小时内通知甲方并负责恢复，赔偿甲方因此遭受的停产和其他损失。
H:第九条 知识产权
P:9.1 产线监控软件的著作权归原权利人，乙方保证甲方获得永久使用许可，且不侵犯第三方权利。
P:9.2 ERP接口程序、PLC控制程序、触摸屏画面及其源代码和技术文档，归甲方所有，甲方可自行修改或委托他人维护。
H:第十条 分包
P:10.1 乙方可将控制柜制作、布线和现场安装等工作分包给第三方，但应提前五个工作日书面通知甲方，并对分包方的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方在本合同项下的赔偿责任总额以合同总价的两倍为限，但因乙方故意或重大过失造成的损失除外。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或设备经两次整改仍不能通过验收，或发生其他重大违约经书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，受影响一方应及时通知对方，并在十日内提供证明。不可抗力持续超过六十日的，双方可协商解除合同，已完成部分按实际结算。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交台州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 乙方应保证所供设备的电气安全和机械安全符合国家标准，改造后的生产线应配备急停、安全光幕和防护门联锁，并通过甲方安全部门检查。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议及设备清单为本合同附件。
P:甲方（盖章）：台州家纳塑业有限公司    乙方（盖章）：宁波精控自动化工程有限公司
"""

Z03 = """约课及会员管理系统软件服务合同

合同编号：YC-SaaS-2027-035

甲方：广州叶门咏春文化传播有限公司（下称“甲方”）
乙方：深圳课易云科技有限公司（下称“乙方”）

甲方在广东、广西两省区经营三十五家咏春拳馆。为统一管理学员约课、会籍、教练排班和收费，甲方决定采用乙方提供的“课易云”约课及会员管理系统软件服务（SaaS）。双方经协商一致，订立本合同。

一、服务内容

（一）乙方通过其云平台向甲方三十五家门店提供以下服务：
1. 学员线上约课、签到、请假和候补；
2. 会员卡、课时包、储值及续费管理；
3. 教练排班、课时统计和薪酬核算；
4. 门店经营报表和总部驾驶舱；
5. 微信小程序前端，以甲方品牌名称和视觉形象上线；
6. 学员评价、投诉处理和课后回访；
7. 与甲方现有微信支付商户号对接，学员付款直接进入甲方账户。

（二）实施服务：乙方负责将甲方现有纸质及表格形式的约四万两千名学员档案、会籍余额和课时余额迁移至系统，完成三十五家门店的账号开通和参数配置，开发甲方品牌小程序页面，并对门店店长和前台人员进行培训。

（三）运维服务：服务期内乙方负责平台的日常运行、监控、备份、安全防护和版本升级，免费提供新功能，并设专属客户经理对接甲方总部运营部。乙方每月向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况和数据备份情况。

（四）服务期为两个服务年度：第一个服务年度自系统上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起计算。

二、费用及支付

（一）年度服务费按门店计收，每家门店每个服务年度人民币6,800元，三十五家门店每个服务年度合计238,000元，两个服务年度合计476,000元。

（二）一次性实施费人民币58,000元。

（三）合同总价为人民币534,000元，含税。服务期内新增门店的，按相同单价按月折算计费，另行签订补充协议。

（四）支付方式：
1. 实施费在系统上线验收合格后十五个工作日内一次性支付；
2. 年度服务费按季度结算，每季度结束后十个工作日内，甲方支付该季度服务费59,500元；
3. 甲方无需在系统上线前支付任何款项；
4. 乙方应在每次收款前开具等额增值税专用发票，发票不合格的，甲方付款期限相应顺延。

三、实施及上线验收

（一）乙方应在合同签订后四十五日内完成数据迁移、系统配置和小程序上线，具备验收条件。

（二）上线验收标准：
1. 迁移的学员档案、会籍余额和课时余额与甲方提供的原始数据逐条核对一致，差错为零；
2. 三十五家门店均可正常完成约课、签到、扣课和续费流程；
3. 小程序在晚间高峰时段一千人同时约课时，页面响应时间不超过两秒；
4. 报表数据与抽查的门店原始记录一致。

（三）培训：乙方应在上线前分片区为门店店长、前台和教练开展现场或线上培训，每家门店至少两人参训并通过操作考核；另为总部财务和运营人员提供报表及权限管理专题培训。

（四）甲方在收到乙方验收申请后七日内组织验收并出具书面意见。系统上线或门店试用不视为验收合格。

四、服务水平

（一）系统月度可用率不低于99.5%，计划内维护应安排在每日零时至六时之间，并提前两日通知甲方。

（二）故障分级及响应：
1. 一级故障（全部门店无法约课或签到）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，八小时内恢复；
3. 三级故障（其他问题）：下一个工作日内响应。

（三）乙方应提供工作日九时至二十一时的电话及在线客服，门店营业高峰的周末和节假日亦须安排值班人员。

（四）服务赔偿：月度可用率低于约定标准的，乙方按当季度服务费的5%向甲方提供服务抵扣；一级故障恢复超时的，每超时一小时抵扣1,000元。抵扣金额在下一季度结算时直接扣减。

五、数据

（一）甲方上传及系统运行中产生的学员信息、会籍及交易数据归甲方所有。

（二）乙方可将上述数据进行脱敏和汇总处理后，用于改进其产品、训练推荐算法以及编制运动培训行业分析报告，该使用权在合同终止后继续有效。

（三）数据安全：乙方应在中国境内存储数据，对学员个人信息加密存储，实施分级权限管理和操作日志审计，系统通过网络安全等级保护三级测评。发生数据泄露的，乙方应在二十四小时内通知甲方，配合甲方处置并承担因乙方原因造成的全部损失。

（四）乙方应每日对甲方数据进行增量备份、每周进行全量备份，备份数据异地保存不少于三十日，并每季度进行一次恢复演练。

（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，之后删除其系统中的甲方数据，并出具书面确认。

六、甲方的义务

（一）甲方应按时提供学员档案、会籍和课时等原始数据，并对数据的真实性负责。

（二）甲方应妥善保管管理员账号和密码，及时为离职人员注销账号。

（三）甲方使用系统收集学员个人信息时，应在小程序中向学员告知并取得其同意，乙方应提供相应的隐私政策模板和同意功能。

七、保密

双方对在履行本合同过程中知悉的对方商业秘密、经营信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

八、知识产权

（一）“课易云”平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。

（二）乙方为甲方专门开发的品牌小程序页面、课程体系配置方案和定制报表，知识产权归甲方所有，甲方可自行或委托第三方使用和修改。

九、违约责任

（一）乙方未能在约定期限内具备上线验收条件的，每逾期一日向甲方支付违约金600元。

（二）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之三支付违约金。

（三）任何一方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意、重大过失或违反本合同第五条造成的损失除外。

十、分包

乙方不得将本合同项下的实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十一、合同期满及解除

（一）服务期届满，本合同终止，不自动续期。甲方需继续使用的，双方应在期满前三十日协商续签。

（二）乙方严重违约，或未经甲方同意擅自停止、降低服务，或月度可用率连续两个月低于约定标准的，甲方有权书面通知解除合同，乙方应退还已付未使用期间的服务费，并继续履行本合同第五条第（五）项约定的数据交付和删除义务。

（三）甲方可在每个服务年度届满前六十日根据门店关停情况书面调减门店数量，调减后的服务费按实际门店数计算。

十二、不可抗力

因不可抗力或基础电信运营商大范围网络中断导致服务中断的，乙方应及时通知甲方并尽力恢复，相应时间不计入不可用时间，但乙方应提供书面说明和证明材料。

十三、法律适用及争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十四、其他

（一）乙方的报价单、服务说明书和上线实施方案为本合同附件，与本合同正文不一致的，以本合同正文为准。

（二）双方指定的联系人及通讯地址见合同首页，一方变更的，应提前五日书面通知对方。

（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """菜市场智慧管理系统运维服务合同

项目名称：梧川市菜市场智慧管理系统运维服务项目
采购方式：竞争性磋商
合同编号：WCSW-CG-2027-011

甲方（采购人）：梧川市商务局
乙方（成交供应商）：广西惠邻信息技术有限公司

根据梧川市菜市场智慧管理系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方依照《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，经协商一致，订立本合同。

第一条 服务对象及范围

（一）运维对象为甲方已建成的菜市场智慧管理系统，包括市级监管平台一套、二十六个农贸市场的前端设备及市场管理端软件。前端设备包括智能电子秤一千三百二十台、农残快检数据上传终端二十六套、价格公示电子屏五十二块、客流统计摄像机七十八台和市场信息发布屏二十六块。

（二）乙方提供的运维服务包括：
1. 监管平台及市场管理端软件的日常监控、巡检、故障处理和版本维护；
2. 前端设备的巡检、校准配合、维修和更换，损坏设备由乙方提供同型号或更高配置的备机；
3. 价格、农残检测和客流数据的日常核对，发现数据中断或异常的，当日通知市场管理方并处理；
4. 根据甲方监管需要进行报表调整和小规模功能优化，全年累计不超过一百二十个人日；
5. 对市场管理人员和商户开展使用培训，每季度至少一次；
6. 重大节假日及检查活动期间的现场保障；
7. 保证监管平台向省级商务部门平台报送数据的接口正常运行，报送失败的当日补报。

第二条 服务期限

服务期自2027年1月1日起至2027年12月31日止。服务期届满，本合同自然终止。

第三条 合同金额及支付

（一）合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括人工、备品备件、差旅、交通、税费及完成本合同服务所需的全部费用。

（二）服务费按季度支付。每季度结束后，经甲方对该季度服务进行考核，乙方开具发票后十五个工作日内，甲方支付该季度服务费¥96,500，并扣减考核扣款。

（三）本合同不设预付款。

（四）甲方付款以财政资金到位为前提，因财政支付流程造成的合理延迟不视为甲方逾期，但甲方应及时告知乙方。

第四条 人员配置

（一）乙方应组建不少于五人的运维团队，其中项目经理一名、平台工程师一名、现场工程师三名，现场工程师应常驻梧川市。

（二）乙方更换项目经理或平台工程师的，应提前十五日书面报甲方同意，接替人员资历不得低于原人员。乙方运维团队名单、资质证书及联系方式应在进场时报甲方备案。

（三）乙方运维人员进入市场作业时应佩戴工作证，遵守市场管理规定，不得影响商户正常经营。乙方人员的劳动报酬、社会保险和人身意外保险由乙方负责。

第五条 服务水平及考核

（一）监管平台月度可用率不低于99.95%。

（二）故障分级及处理时限：
1. 一级故障（监管平台无法访问，或三个以上市场数据全部中断）：1小时内响应，2小时内到场，6小时内恢复；
2. 二级故障（单个市场数据中断或单类设备批量故障）：2小时内响应，当日修复；
3. 三级故障（单台设备故障）：二十四小时内修复或更换备机。

（三）考核扣款：监管平台月度可用率每低于约定值0.01个百分点，扣减当季度服务费¥500；一级故障每超时一小时扣减¥800，二级故障每超时一小时扣减¥200；季度考核得分低于八十分的，扣减当季度服务费的5%。

（四）乙方应每月向甲方提交运维月报，内容包括设备在线率、故障及处理情况、数据上传情况和优化工作记录。

（五）甲方每季度末根据响应及时率、故障处理质量、巡检完成情况、月报质量和市场管理方满意度对乙方进行考核，考核结果书面通知乙方。乙方对考核结果有异议的，可在五个工作日内提出复核。

第六条 服务验收

（一）乙方进场后十日内完成系统及设备的全面交接清点，双方签署交接清单。

（二）服务期满后十五日内，甲方组织服务验收。验收标准为：服务期内各季度考核均已完成且得分不低于七十五分；各市场前端设备工作正常；运维月报、故障记录、巡检记录和设备台账完整；期末移交的设备数量和状态与交接清单相符。

（三）验收结果作为甲方评价乙方履约情况的依据，并报同级财政部门备案。

第七条 备品备件及设备更换

（一）乙方应在梧川市设立备件库，常备智能电子秤不少于二十台、价格公示电子屏不少于三块、客流统计摄像机不少于四台及常用配件。

（二）设备损坏无法修复的，乙方应先以备机替换，并向甲方书面说明损坏原因。因商户人为损坏的，乙方应协助市场管理方取证，更换费用由甲方与市场管理方另行处理。

（三）智能电子秤的计量检定由市场管理方负责，乙方应配合拆装并记录。

第八条 甲方的义务

（一）甲方应向乙方移交系统管理账号、设备台账、原建设项目的技术文档，并协调各市场管理方为乙方提供作业便利。

（二）甲方应按合同约定及时组织考核和支付服务费。

第九条 系统数据

监管平台和前端设备产生的价格、交易、农残检测、客流及商户信息等数据归甲方所有，乙方不得将其用于本合同以外的用途，不得自行留存或向第三方提供。

第十条 保密

乙方及其工作人员对履行本合同过程中知悉的甲方工作信息、内部文件和未公开的监管工作安排负有保密义务，未经甲方书面同意不得对外披露。本条在合同终止后继续有效。

第十一条 知识产权

乙方在运维过程中形成的报表模板、功能优化代码、配置文件和技术文档，知识产权归甲方所有，乙方应在服务期满时一并移交。

第十二条 违约责任

（一）乙方未按约定时间进场，或未在甲方书面通知的期限内完成整改的，每逾期一日按合同总价的千分之二向甲方支付违约金。

（二）乙方未按第四条配置人员的，每缺一人每日扣减服务费¥300。

（三）甲方逾期付款的，应按逾期金额每日万分之二支付违约金。

第十三条 合同的履行与解除

（一）本合同履行期间，除因不可抗力致使合同目的无法实现外，任何一方均不得单方解除本合同。

（二）乙方违约的，甲方可要求乙方限期整改、扣减服务费并支付违约金，乙方应继续履行本合同。

第十四条 分包

乙方不得将本合同项下的服务转包或分包给他人。

第十五条 期满交接

（一）服务期满前三十日，乙方应编制交接方案，向甲方或甲方指定的后续运维单位移交系统账号、设备台账、备机清单、运维记录、报表模板和技术文档，并配合完成现场清点。

（二）交接期间乙方应保证系统和设备正常运行，交接未完成前不得撤离现场人员。交接完成后，双方签署交接确认书。

第十六条 不可抗力

因自然灾害、突发公共事件等不可抗力影响合同履行的，受影响方应及时通知对方并提供证明，在影响范围内免除责任，但应采取措施减少损失。

第十七条 争议解决

双方因本合同发生争议的，应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他

（一）磋商文件、响应文件、成交通知书及乙方的服务承诺为本合同的组成部分。

（二）本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：梧川市商务局              乙方（盖章）：广西惠邻信息技术有限公司
法定代表人或授权代表：                  法定代表人或授权代表：
签订日期：                              签订日期：
"""

Z05 = """# 软件许可及定制开发合同

**织迹软件标准合同文本（V2.3）**

合同编号：ZJ-2027-0412

甲方：靖西市锦绣壮锦工作室有限公司

乙方：南宁织迹软件科技有限公司

甲方从事壮锦的设计、手工织造和销售，现有织机四十余台、织锦艺人六十余名，产品经过画稿、挑花结本、染纱、织造、整烫和质检等多道工序。为掌握每一件订单在各工序的进度和质量，甲方向乙方采购“织迹”工序追踪系统软件许可，并委托乙方进行定制开发。双方按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织迹”工序追踪系统V3.0标准版软件许可（永久许可，十个并发用户），功能包括订单管理、工序派工、扫码报工、工时统计、质检记录和库存管理。

1.2 乙方按甲方需求进行以下定制开发：壮锦纹样库（纹样图稿、挑花结本参数和配色方案的录入与检索）；订单工单与纹样关联；织机和艺人的扫码报工；按工序计件的工资报表；面向电商订单的发货进度查询页面。

1.3 乙方负责软件的安装部署、基础数据初始化和使用培训。培训为一次集中培训，时长不超过两天，培训对象为甲方指定的管理人员和工序组长；对织锦艺人的扫码报工操作，由甲方管理人员自行转训。

1.4 软件许可范围：甲方仅可在其自有场所内部署和使用本软件，用于甲方自身的生产管理；不得出租、转让、分许可，不得超出许可用户数使用。甲方增加织机终端或扫码设备的，不另收许可费，但扫码枪、标签打印机等硬件由甲方自行采购。

## 第二条 合同价款

2.1 合同总价为人民币贰拾捌万陆仟元整（¥286,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | “织迹”工序追踪系统V3.0标准版软件许可 | 1套（十个并发用户） | 186,000 |
| 2 | 定制开发（纹样库、工单关联、扫码报工、计件工资报表、发货查询） | 1项 | 72,000 |
| 3 | 安装部署、数据初始化及培训 | 1项 | 28,000 |
| | 合计 | | 286,000 |

2.2 以上价格含增值税。甲方增加用户数或功能的，按乙方当时的报价另行签约。甲方如需在工作室以外的门店、展厅或合作织户处使用本软件，应另行购买许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计¥185,900。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，计¥100,100。

3.3 甲方逾期付款的，乙方有权暂停服务，并要求甲方每日按逾期金额的千分之一支付违约金。

## 第四条 交付

4.1 乙方在收到3.1款所列款项后九十日内完成软件部署和定制开发，并安排上线。上线日期以乙方发出的书面上线通知为准，甲方应安排人员按通知开始使用系统。

4.2 乙方应在部署前向甲方提交服务器及网络环境要求，甲方应在收到要求后十日内准备就绪。

4.3 甲方应在乙方要求的时间内提供纹样图稿、工序流程、艺人名单和历史订单等资料，并提供符合乙方要求的服务器和网络环境。因甲方资料或环境不到位造成的延误，交付期限相应顺延。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可在免费维护期内提出，由乙方按维护条款处理，不影响验收结论和付款。

## 第六条 免费维护

6.1 免费维护期为三个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程故障处理和缺陷修复。现场服务须另行收费，收费标准为每人每日¥1,800，差旅费由甲方承担。

6.3 故障处理时限：一级故障（系统无法登录或无法报工）乙方在工作日8小时内响应；二级故障两个工作日内响应；三级故障在下一版本中统一处理。

6.4 以下情形不属于免费维护范围：甲方或第三方擅自修改软件、数据库或配置；甲方服务器、操作系统、网络或扫码设备的故障；甲方误操作导致的数据错误；因甲方业务流程变化而提出的新增需求。乙方处理上述问题的，按6.2款标准另行收费。

6.5 乙方将尽力在上述时限内响应和处理，但不因响应或处理超时承担扣款、赔偿或违约金责任。

## 第七条 年度维护

7.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即每年¥52,080，包括远程技术支持、缺陷修复和版本升级。

7.2 甲方未续签年度维护合同的，乙方不再提供任何技术支持和升级服务，由此产生的风险由甲方自行承担。

7.3 年度维护费在每个维护年度开始前一次性支付。乙方可根据产品升级情况调整维护服务的具体内容，但年度维护费按7.1款执行。

## 第八条 知识产权

8.1 “织迹”软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的纹样库模块、工单关联、扫码报工程序、报表、查询页面及相关源代码和文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给任何第三方使用。

8.3 乙方可将定制开发成果纳入其标准产品向其他客户提供，但不得包含甲方的纹样图稿和业务数据。

## 第九条 数据安全

9.1 甲方录入系统的纹样图稿、订单、客户及艺人信息等业务数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方在部署和维护中应采取访问控制、数据备份和操作留痕措施；远程维护须经甲方同意。乙方发现数据泄露或丢失的，应在二十四小时内通知甲方并协助处理；因乙方原因造成的，由乙方承担赔偿责任。

9.3 合同终止后，乙方应按甲方要求删除其因维护而保存的甲方数据，甲方自行留存的数据由甲方负责保管和备份。

## 第十条 保密

双方对在合作中获知的对方商业信息、技术资料和经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 任何一方违反本合同约定，应承担相应的违约责任。乙方不承担甲方的利润损失、商誉损失等间接损失。

11.3 甲方未按时提供资料、环境或拒绝配合上线，导致乙方无法交付的，乙方不承担逾期责任；延误超过六十日的，视为乙方已完成交付，甲方应支付全部剩余款项。

## 第十二条 不可抗力

因不可抗力致使一方不能履行合同的，该方应及时通知对方，并在不可抗力影响消除后继续履行。因停电、网络运营商故障或甲方服务器故障导致系统不能使用的，不视为乙方违约。

## 第十三条 合同解除

一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同未尽事宜，双方另行协商并签订补充协议。乙方的产品说明书、报价单和需求确认书为本合同附件，与本合同不一致的，以本合同为准。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：

代表签字：                        代表签字：

日期：                            日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HY-QMS-2027-03
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhejiang Hengyuan Precision Bearing Co., Ltd., a company registered in Zhuji, Zhejiang Province, People's Republic of China (the "Buyer"), and Ternopil Qualitech LLC, a limited liability company registered at 14 Ruska Street, Ternopil, Ukraine (the "Vendor").
P:The Buyer manufactures rolling bearings for automotive and industrial customers and wishes to replace its paper-based inspection records with the Vendor's quality management software. The Vendor has offered a perpetual licence of its QualiTrack Enterprise software together with implementation, data migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means QualiTrack Enterprise version 8, in object code, with its standard modules for incoming inspection, in-process statistical process control, final inspection, non-conformance and corrective action, gauge calibration and supplier quality, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the inspection plan templates, the interfaces to the Buyer's ERP and measuring equipment, the customer-specific reports and the migration scripts that the Vendor develops for the Buyer, with their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Buyer and its wholly owned subsidiaries in mainland China, for up to 150 named users and an unlimited number of shop-floor data collection terminals.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers in Zhuji, build the Custom Deliverables, migrate the inspection records of the last five years from the Buyer's spreadsheets and legacy database, and train the Buyer's key users and administrators.
P:2.3 The detailed scope, the list of interfaces and the project plan are set out in Annex 1, which forms part of this Agreement.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,150,000, made up of the Licence Fee of CNY 820,000, implementation services of CNY 236,000, data migration of CNY 68,000 and training of CNY 26,000. The price is fixed and includes all taxes, travel and other expenses of the Vendor.
P:3.2 The Buyer shall pay (a) 10% of the Contract Price, CNY 115,000, within 20 days after signature of this Agreement against the Vendor's invoice; (b) 55% of the Contract Price, CNY 632,500, within 20 days after the Software has been installed and the system test in Article 5.1 has been passed; and (c) the balance of 35%, CNY 402,500, within 20 days after Final Acceptance.
P:3.3 Payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 4 Delivery and Project Plan
P:4.1 The Vendor shall deliver the Software and complete installation within 45 days after signature, and shall make the complete system ready for the acceptance tests within 150 days after signature.
P:4.2 The Vendor shall appoint a project manager fluent in English or Chinese and shall provide interpreters where needed. On-site work at the Buyer's plant shall be performed under the Buyer's plant rules.
P:4.3 The Buyer shall provide servers, network access, sample data and the cooperation of its quality engineers as set out in Annex 1.
H:Article 5 Acceptance
P:5.1 System test: after installation, the Vendor shall demonstrate in the Buyer's test environment that every function listed in Annex 1 works, that each interface transfers data correctly in both directions, and that the migrated records reconcile with the source records without any discrepancy in the fields listed in Annex 1.
P:5.2 Acceptance test: the system shall then be used in production in the Buyer's two plants for 60 consecutive days. The acceptance test is passed when no Severity 1 incident has occurred during that period, the average page response time is below 2 seconds with 120 concurrent users, SPC charts and capability indices match the Buyer's reference calculations, and all defects found in the system test have been corrected.
P:5.3 When the acceptance test is passed, the Buyer shall sign a Final Acceptance certificate within 10 days. Installation, go-live or production use do not by themselves constitute acceptance. If a test fails, the Vendor shall correct the defects at its own cost and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Severity 1 means that inspection data cannot be recorded or released in a production plant. For a Severity 1 incident the Vendor shall respond within 1 hour and restore operation within 8 hours. Severity 2 incidents shall receive a response within 2 hours and a fix or workaround within 2 business days; other incidents shall be handled within 5 business days.
P:6.3 If the Vendor misses a response or restoration time for a Severity 1 incident, it shall pay the Buyer CNY 1,000 for each full hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Vendor shall provide annual support and updates at the Buyer's option at a fee of 11% of the Licence Fee per year, that is CNY 90,200 per year. This fee is fixed for the first three support years and may afterwards rise by no more than 3% per year. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 All inspection records, measurement data, supplier and customer information processed in the system are Buyer Data and belong to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement.
P:8.2 The Software will be installed on the Buyer's own servers. The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts approved for each session, and shall not copy Buyer Data outside the Buyer's systems. Any transfer of personal information or important data outside mainland China requires the Buyer's prior written approval and must comply with PRC law.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer Data, cooperate in remedying it, and be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including drawings, customer specifications and pricing, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to make the system ready for the acceptance tests by the date in Article 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 7.3, breach of Articles 8 or 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after the Buyer's notice, or if the liquidated damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for undelivered work.
P:12.2 Termination does not affect the licence for Software that has been paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Ukraine.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by the International Commercial Arbitration Court at the Ukrainian Chamber of Commerce and Industry in Kyiv. The language of arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Scope and Project Plan) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English in two originals, one for each party, and enters into force on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — RouteNest Fleet Planning Service

**Order Form No.** RN-CN-2027-0019

**Provider:** RouteNest Software LLC, 22 Soborna Street, Rivne, Ukraine ("Provider")

**Customer:** Chengdu Jinsha Cold Chain Logistics Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B forms part of this Order Form. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

Provider will make available to Customer its RouteNest cloud service for route planning, dispatch and cold-chain temperature tracking of refrigerated vehicles (the "Service"), with the modules listed below, through web browsers and the RouteNest driver app, for up to 180 vehicles and 60 dispatcher accounts.

Modules: route optimisation; dispatch board; driver app with electronic proof of delivery; temperature and door-sensor dashboard; customer delivery notifications; analytics.

### A2. Subscription Term

The Subscription Term is 24 months from the Subscription Start Date, divided into two Subscription Years. The Subscription Start Date is the date of Go-Live Acceptance under A5. The first Subscription Year ends on the day before the first anniversary of the Subscription Start Date. The Subscription Term does not renew automatically; any extension requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 180 vehicles, 60 dispatchers | 264,000 |
| Subscription Fee, Subscription Year 2 | 180 vehicles, 60 dispatchers | 264,000 |
| Onboarding (one-time): configuration, data import, telematics interface, training | fixed | 46,000 |
| **Total Order Value** | | **574,000** |

Additional vehicles may be added at CNY 1,400 per vehicle per Subscription Year, pro rata. Fees are stated in CNY and include VAT.

### A4. Invoicing and Payment

(a) Provider will invoice the Onboarding fee and the Subscription Fee for Subscription Year 1, together CNY 310,000, on the Order Form date. Customer shall pay this invoice within 15 days and, in any case, before Provider starts onboarding work.

(b) Provider will invoice the Subscription Fee for Subscription Year 2 thirty days before the start of that Subscription Year, payable before its start.

(c) Payments are made by bank transfer to the account named in the invoice.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding within 40 days after receipt of the payment under A4(a): configure depots, vehicle types, temperature zones and delivery windows; import customer addresses and historical orders; connect the telematics feed of Customer's refrigerated vehicles; and train 20 dispatchers and 2 administrators.

(b) Go-Live Acceptance tests: (i) route plans for 10 sample days of Customer's historical orders meet all delivery windows and temperature-zone rules; (ii) temperature readings from every connected vehicle appear on the dashboard within 60 seconds; (iii) electronic proof of delivery works on the Android and iOS driver apps; (iv) imported addresses reconcile with the source file. Customer shall confirm Go-Live Acceptance in writing within 5 business days after the tests pass. Use of the Service during onboarding is not acceptance.

(c) If onboarding is not completed by the date in A5(a) for reasons attributable to Provider, Provider shall pay CNY 400 per day of delay.

### A6. Contacts and Special Terms

Customer contact: Head of Transport Operations. Provider contact: Account Director, China. Service data shall be hosted in Provider's cloud region located in mainland China (see Part B, section 5).

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users submit to the Service, including orders, addresses, consignee details, vehicle positions and temperature readings, and all reports derived from them.

1.2 "Incident" means an interruption or degradation of the Service. "Priority 1 Incident" means that the Service or route planning is unavailable for all users.

### 2. Use of the Service

2.1 Provider grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal logistics business.

2.2 Customer shall keep its passwords secure and shall not resell the Service or use it to build a competing product.

2.3 Customer is responsible for the accuracy of the data it submits and for obtaining any consents required from consignees and drivers under the Personal Information Protection Law. Provider shall provide the notice and consent functions in the driver app that Customer reasonably requires for that purpose.

### 3. Service Levels

3.1 Provider shall make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.

3.2 Provider shall respond to a Priority 1 Incident within 30 minutes, 24 hours a day, and restore the Service within 6 hours. Priority 2 Incidents receive a response within 2 hours during business days.

3.3 If monthly availability falls below the level in 3.1, Provider shall grant a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, up to the full monthly equivalent. Credits are set off against the next invoice or paid at the end of the Subscription Term.

3.4 Provider shall provide support in Chinese and English through its service portal, e-mail and a hotline, and shall send Customer a monthly service report showing availability, Incidents and credits.

3.5 Provider may update the Service from time to time, provided that no update materially reduces the functions described in A1 or the security measures in section 5. Provider shall announce major changes at least 30 days in advance.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, analyse for its own purposes or disclose Customer Data.

4.2 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in CSV format and then delete it, and confirm deletion in writing.

### 5. Data Security

5.1 Provider shall host Customer Data in mainland China, maintain ISO/IEC 27001 certification, encrypt Customer Data in transit and at rest, apply role-based access with multi-factor authentication for its staff, and keep access logs for at least 180 days.

5.2 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take immediate remedial action, and bear the costs and losses caused by incidents resulting from its failure to comply with this section.

### 6. Subprocessors and Subcontractors

6.1 Provider may engage subprocessors and subcontractors, including hosting providers and local support partners, to perform any part of the Service. Provider will inform Customer of each new subprocessor or subcontractor by e-mail at least 15 days before it starts work. Provider remains responsible for their performance.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it to third parties except to its advisers under a duty of confidence. This section survives for three years after the Subscription Term.

### 8. Intellectual Property

8.1 Provider owns the Service and its underlying software.

8.2 Route rules, templates, reports and interface mappings configured or developed specifically for Customer, and all documentation delivered for them, belong to Customer, which may use, modify and have them used by third parties without restriction.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Provider's total liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the nine months immediately preceding the event giving rise to the claim.

9.3 Section 9.2 does not apply to breach of section 5, personal injury or wilful misconduct.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

10.2 If Customer terminates under 10.1, Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding on both parties.

### 12. Force Majeure

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war, government action or failures of public telecommunications networks, provided that it notifies the other party promptly and takes reasonable steps to resume performance. Payment obligations for services already provided are not excused.

12.2 If a force majeure event prevents the Service for more than 30 consecutive days, either party may terminate this Order Form by written notice, and Provider shall refund the prepaid fees for the period after termination.

### 13. General

13.1 Neither party may assign this Order Form without the other party's prior written consent, except to an affiliate that assumes all obligations.

13.2 Notices shall be in writing and sent to the contacts in A6.

13.3 This Order Form is signed in English in two counterparts.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

E03 = """T:SUPPLY CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. HSP-EQ-2027-044
P:Buyer: Guangxi Hongshui Paper Co., Ltd., Laibin, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer")
P:Supplier: Sensorika Volyn LLC, 9 Kovelska Street, Lutsk, Ukraine (the "Supplier")
P:The Buyer operates two paper machines, a pulp line and a power plant at its Laibin mill. It wishes to monitor the vibration and temperature of its rotating equipment online so that bearing, gearbox and fan failures are detected before they stop production. This contract is issued on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.1.
P:1.2 "Software" means the Supplier's VibroSense monitoring software, licensed under clause 7, including the server application, analytics modules and mobile app.
P:1.3 "Custom Work" means the interface to the Buyer's distributed control system (DCS), the machine-specific alarm models and dashboards, and the configuration files prepared for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install the sensors on the 240 measuring points listed in Appendix A, commission the gateways and the server application on the Buyer's servers, build the Custom Work and train the Buyer's maintenance staff.
P:2.2 The Equipment shall be new, of the Supplier's current production, rated for the humidity and temperature of a paper mill, and certified to IP67 or better. Wireless sensors shall have a battery life of at least three years at the sampling rate in Appendix A.
P:2.3 Before installation the Supplier shall survey the mill, confirm the mounting method for each measuring point, and propose any change to Appendix A in writing. No measuring point is moved or removed without the Buyer's written approval.
H:3. Price
P:3.1 The Contract Price is CNY 1,430,000, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor|240|2,650|636,000
TB:2|Wireless temperature sensor|120|980|117,600
TB:3|Industrial gateway with mounting kit|12|14,800|177,600
TB:4|VibroSense software licence, perpetual, 400 points|1|298,000|298,000
TB:|Hardware and Licence Subtotal|||1,229,200
TB:5|Installation and commissioning|1 lot|126,000|126,000
TB:6|DCS interface and alarm models (Custom Work)|1 lot|58,800|58,800
TB:7|Training|1 lot|16,000|16,000
TB:|Contract Price|||1,430,000
P:3.2 The Contract Price is fixed. It includes packing, transport to the Laibin mill (DAP), insurance, import formalities arranged by the Supplier's agent, all taxes and the Supplier's travel costs.
H:4. Payment
P:4.1 No advance payment is made under this contract.
P:4.2 The Buyer shall pay 65% of the Contract Price, CNY 929,500, within 30 days after all Equipment has been delivered and installed and the Supplier has submitted the installation report. Delivery and installation are not acceptance.
P:4.3 The Buyer shall pay the remaining 35%, CNY 500,500, within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid invoice. Payments are made in CNY to the Supplier's bank account in China or abroad as stated in the invoice.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment within 70 days after signature and complete installation and commissioning within 40 days after delivery, during planned machine stops agreed with the Buyer.
P:5.2 Site test: after commissioning, the Supplier shall show that every measuring point transmits data to the server, that readings agree with a calibrated portable analyser within the tolerance in Appendix B, and that DCS tags are received correctly.
P:5.3 Trial operation: the system shall run for 45 consecutive days. During that period sensor readings must be received at the rate specified in Appendix B, no alarm model may produce more than the number of false alarms allowed in Appendix B, and no Severity 1 fault may remain unresolved.
P:5.4 When both tests have been passed and all documentation has been delivered, the Buyer shall sign the Final Acceptance certificate within 7 days. Use of the system by the Buyer before that date is not acceptance. If a test fails, the Supplier shall remedy the defect at its own cost and the test shall be repeated.
P:5.5 The Supplier shall deliver with the system: installation drawings showing each measuring point, sensor calibration certificates, the user and administrator manuals in Chinese, the interface specification, the configuration backup and the source code of the Custom Work.
P:5.6 Training: the Supplier shall train up to 20 maintenance technicians and 4 reliability engineers at the mill, in three sessions of two days each, covering sensor handling and battery replacement, use of the dashboards and mobile app, interpretation of vibration spectra, adjustment of alarm thresholds for each machine, and system administration. An interpreter shall be provided by the Supplier.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period for the Equipment, the Software and the Custom Work is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including batteries that fail early, and provide software updates.
P:6.2 Severity 1 means that monitoring of a paper machine, the pulp line or the power plant is lost. The Supplier shall respond to a Severity 1 fault within 2 hours, by remote session or telephone, and restore monitoring within 8 hours, if necessary by replacing the failed gateway from the spare stock in clause 6.4. Severity 2 faults shall be answered within 1 business day.
P:6.3 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 600, which the Buyer may deduct from any payment due.
P:6.4 The Supplier shall keep at the mill a consignment stock of two gateways and ten sensors of each type during the warranty period.
P:6.5 After the warranty period, the Supplier shall offer annual maintenance covering repairs, software updates and remote support at 9% of the Hardware and Licence Subtotal per year, CNY 110,628, fixed for three years. Maintenance is ordered by separate contract and does not renew automatically.
H:7. Software Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Laibin mill for up to 400 measuring points. The licence is transferable to a purchaser of the mill.
P:7.2 The Custom Work, including its source code and documentation, belongs to the Buyer. The Buyer may use, modify and license it freely, also through third parties.
H:8. Data and Security
P:8.1 All measurement data, alarms and reports generated by the system are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this contract.
P:8.2 The server application shall run on the Buyer's own servers inside the mill network. Remote access by the Supplier is allowed only through the Buyer's VPN, with accounts approved for each session, and all sessions are logged. The Supplier shall not transfer Buyer Data outside the People's Republic of China.
P:8.3 The Supplier shall report any security incident affecting the system or Buyer Data within 12 hours and shall be liable for the losses caused by a breach of this clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's mill, processes, equipment and production that it receives or observes, and shall not disclose it to any third party without the Buyer's written consent. This obligation continues for five years after the end of this contract.
H:10. Liquidated Damages and Liability
P:10.1 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of clause 8.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier is more than 30 days late, if the system fails the tests in clause 5 twice, or if the Supplier commits any other material breach and does not remedy it within 15 days after notice.
P:12.2 On termination the Supplier shall refund the amounts paid for Equipment and services that have not been accepted, and shall remove rejected Equipment at its own cost if the Buyer so requests.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party promptly and provide evidence within 15 days. The time for performance is extended by the period of the delay. Export restrictions or logistics disruptions that the Supplier could have avoided by reasonable planning are not force majeure.
H:15. Miscellaneous
P:15.1 Appendix A (Measuring Points) and Appendix B (Test Criteria) form part of this contract. The contract is made in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** HX-MSA-2027-07

**Customer:** Suzhou Hexin Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer")

**Supplier:** Carpathia IT Services LLC, 3 Koryatovycha Square, Uzhhorod, Ukraine, acting with its representative office in Suzhou ("Supplier")

Customer manufactures printed circuit board assemblies at two plants in Suzhou and employs about 1,100 office and production staff who use computers. Customer wishes to outsource its IT service desk, end-user device management and server monitoring. Supplier provides managed IT services from its delivery centre in Uzhhorod with on-site engineers in Suzhou. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and customers that Supplier accesses, stores or processes in performing the Services, including tickets, device inventories, user accounts and log files.

1.5 "Transition" means the take-over of the Services from Customer's internal IT team, described in section 3.

## 2. Term and Renewal

2.1 This Agreement starts on the date of signature. The Initial Term of the Services is 36 months from the Service Commencement Date, which is the day after Transition Acceptance.

2.2 After the Initial Term this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

2.3 Supplier may increase the Monthly Service Charge for each renewal term by up to 6% by notice given at least 120 days before the renewal term begins. The increased charge applies from the first day of the renewal term.

## 3. Transition

3.1 Supplier shall complete Transition within 60 days after signature. Transition includes knowledge transfer from Customer's IT team, documentation of all servers, network devices and applications in scope, set-up of Supplier's ticketing and monitoring tools, enrolment of all devices in the device management platform, and a two-week parallel run.

3.2 Transition Acceptance requires that (a) all devices listed in Schedule 1 are enrolled and reporting; (b) all servers in scope are monitored with the alerts agreed in the runbook; (c) the service desk has handled tickets during the parallel run within the Service Levels; and (d) the runbook and the configuration management database have been approved by Customer. Customer shall confirm Transition Acceptance in writing within 5 business days after these criteria are met. The start of the parallel run is not acceptance.

3.3 If Transition Acceptance is delayed for reasons attributable to Supplier, Supplier shall pay liquidated damages of CNY 2,000 for each day of delay.

## 4. Service Delivery

4.1 Supplier shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Supplier shall provide at least three on-site engineers in Suzhou during Customer's working hours and a Mandarin-speaking service desk 24 hours a day, 7 days a week.

4.3 Supplier shall provide a monthly service report and attend a monthly service review with Customer's IT manager.

4.4 Supplier shall name a service delivery manager and an on-site team leader. Supplier shall not replace them without giving Customer 30 days' notice and introducing a successor with comparable experience, except in case of resignation or illness.

4.5 Customer shall give Supplier's engineers access to its premises and systems as needed, keep the hardware and software licences in scope under manufacturer support, and tell Supplier in advance about planned changes that affect the Services.

4.6 Changes to the scope or volumes of the Services shall be agreed through a written change request stating the effect on Charges and Service Levels. Supplier shall not refuse a reasonable change request.

4.7 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier remains responsible for any subcontractor approved by Customer.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. No amount is payable in advance.

5.2 Customer shall pay undisputed invoices within 30 days after receipt. Service Credits are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Supplier shall use Customer Data only to perform the Services and shall not copy, retain or disclose it for any other purpose.

6.2 Supplier shall access Customer's systems only through Customer's privileged access management gateway, using named accounts with multi-factor authentication, and all sessions shall be recorded. Customer Data shall remain in Customer's systems in mainland China; Supplier's staff in Uzhhorod may view it through that gateway but shall not store or transfer it outside mainland China.

6.3 Supplier shall maintain ISO/IEC 27001 certification for its delivery centre, screen its staff and train them on Customer's security policies.

6.4 Supplier shall notify Customer of any security incident affecting Customer Data or Customer's systems within 2 hours, contain it, and be liable for the losses caused by its breach of this section 6.

## 7. Confidentiality

7.1 Each party shall keep the other party's confidential information confidential, use it only for this Agreement and disclose it only to its staff who need to know it. This obligation survives for five years after termination.

## 8. Intellectual Property

8.1 Supplier's tools and methods remain Supplier's property.

8.2 Runbooks, scripts, configuration records, documentation and knowledge articles prepared specifically for Customer belong to Customer, which may use, modify and license them freely, including to any successor supplier.

## 9. Liability

9.1 Neither party is liable for loss of profit or indirect loss.

9.2 Supplier's total aggregate liability under this Agreement, including Service Credits and liquidated damages, shall not exceed CNY 600,000.

9.3 The limit in 9.2 does not apply to breach of section 6 or section 7, personal injury or wilful misconduct.

## 10. Termination

10.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not remedy it within 30 days after notice, or if Supplier fails to meet the Priority 1 restoration Service Level in three months of any rolling six-month period.

10.2 On expiry or termination Supplier shall provide exit assistance for up to 90 days at the current Charges, hand over all runbooks, documentation and credentials, and return and delete Customer Data.

## 11. Force Majeure

11.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, if it notifies the other party promptly and uses reasonable efforts to continue performance. Supplier shall keep a business continuity plan that allows the service desk to operate from an alternative location, and the activation of that plan is not excused by force majeure.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai.

## 13. General

13.1 The Schedules form part of this Agreement. If they conflict with the body of this Agreement, the body prevails.

13.2 This Agreement is signed in English in two originals.

## Schedule 1 — Services

| Service | Scope | Volume |
|---|---|---|
| Service desk | Incident and request handling by telephone, e-mail and portal, in Mandarin and English | about 1,100 users |
| End-user device management | Patching, software distribution, asset inventory, imaging | 1,180 laptops and desktops |
| On-site support | Desk-side support, moves and changes, printer and meeting-room support | 2 plants in Suzhou |
| Server and network monitoring | 24x7 monitoring, alert handling, backup checks | 96 servers, 140 network devices |
| Reporting | Monthly service report, quarterly capacity review | — |

## Schedule 2 — Service Levels

| Measure | Target | Service Credit if missed |
|---|---|---|
| Monitoring platform availability | 99.95% per month | 3% of the Monthly Service Charge |
| Priority 1 incident response | within 15 minutes, 24x7 | 2% of the Monthly Service Charge per incident |
| Priority 1 incident restoration | within 6 hours | 3% of the Monthly Service Charge per incident |
| Priority 2 incident response | within 1 hour in working hours | 1% of the Monthly Service Charge per month missed |
| Service desk first-call resolution | at least 70% per month | 1% of the Monthly Service Charge |

Priority 1 means a failure that stops production at a plant or affects more than 100 users. Service Credits in a month shall not exceed 10% of the Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 92,000 |
| Monthly Service Charge | per month, 36 months × CNY 58,000 | 2,088,000 |
| **Total for the Initial Term** | | **2,180,000** |

Additional devices above the volumes in Schedule 1 are charged at CNY 45 per device per month. All Charges include VAT.

Signed for Customer: ____________________

Signed for Supplier: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
Agricultural Remote Sensing and Weather Data API

Agreement No. SN-DATA-2027-02

BETWEEN

Polissia Agrodata LLC, a company registered at 31 Kyivska Street, Zhytomyr, Ukraine ("Provider"); and

Harbin Songnen Agritech Co., Ltd., a company registered in Harbin, Heilongjiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer provides agronomic advisory services to farming cooperatives in Heilongjiang and Jilin. Customer wishes to use Provider's satellite vegetation indices, soil moisture estimates and field-level weather forecasts in its own advisory platform through an application programming interface. Provider is willing to grant a subscription on the terms below.

1. DEFINITIONS

1.1 "API" means Provider's REST interface through which the Data is delivered, with its documentation.

1.2 "Data" means the datasets listed in Schedule 1, including vegetation indices at 10-metre resolution, soil moisture estimates, crop-stage estimates and seven-day weather forecasts for field polygons submitted by Customer.

1.3 "Customer Data" means field boundaries, crop plans, farm names, grower contact details and any other information that Customer submits to the API or to Provider.

1.4 "Subscription Year" means each of the two consecutive periods of the Subscription Term. The first Subscription Year starts on the Subscription Start Date and ends on the day before its first anniversary; the second starts on that anniversary.

1.5 "Subscription Start Date" means the date of Integration Acceptance under clause 4.3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API, to use the Data in Customer's advisory platform and to show the Data and derived maps and reports to Customer's grower clients.

2.2 The Subscription Term consists of two Subscription Years. It ends at the end of the second Subscription Year and does not renew automatically. Any further subscription requires a new written agreement.

2.3 The subscription covers up to 2,500,000 hectares of monitored fields and up to 3,000,000 API calls per Subscription Year. Customer shall not resell the raw Data as a separate product.

3. FEES AND PAYMENT

3.1 The fees are:

    Subscription Fee, first Subscription Year ........ CNY 186,000
    Subscription Fee, second Subscription Year ....... CNY 186,000
    Integration Support (one-time) ..................... CNY 24,000
    Total ............................................. CNY 396,000

3.2 API calls above the annual quota are charged at CNY 0.80 per 1,000 calls, invoiced quarterly in arrears. Overage is not included in the total above.

3.3 The Subscription Fee is invoiced quarterly in arrears, in equal instalments of CNY 46,500, starting from the Subscription Start Date. The Integration Support fee is invoiced after Integration Acceptance. No fee is payable before the Subscription Start Date.

3.4 Customer shall pay each correct invoice within 30 days by bank transfer in CNY. All fees include applicable taxes; Customer may withhold taxes required by PRC law and shall provide the tax certificates.

3.5 If Customer wishes to monitor more than the area stated in clause 2.3, the parties shall agree the additional fee in writing before the extra area is added. Provider shall not charge for additional area that Customer has not ordered in writing.

4. INTEGRATION SUPPORT AND ACCEPTANCE

4.1 Provider shall issue API credentials within 10 days after signature, supply test data for twenty sample fields chosen by Customer, and give up to 15 days of remote engineering support to help Customer connect the API to its advisory platform.

4.2 Provider shall use reasonable efforts to complete the integration support within 45 days after signature. Provider shall not be liable for any delay in issuing credentials or completing integration support, and Customer's only remedy for such delay is to receive the support at a later date.

4.3 Integration Acceptance occurs when Customer confirms in writing that (a) the API returns Data for all twenty sample fields in the documented format; (b) vegetation index values for the sample fields match Provider's reference values published in the test report; (c) weather forecasts are refreshed at least four times per day; and (d) Customer's platform has imported one complete week of Data without errors. Customer shall confirm within 5 business days after these criteria are met or state the failed criteria.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver updated Data in line with its usual publication schedule.

5.2 Provider offers technical support by e-mail during its business hours in Zhytomyr and will use commercially reasonable efforts to respond to support requests promptly.

5.3 Provider may suspend the API for maintenance and will try to announce maintenance in advance on its status page.

5.4 Satellite imagery depends on cloud cover and third-party satellite operators. Provider does not guarantee that new imagery will be available for any field on any particular date.

5.5 Provider will publish a description of the methods used to produce each dataset and will inform Customer by e-mail at least 30 days before it changes a method in a way that affects the comparability of the Data with earlier periods.

5.6 Customer is responsible for the accuracy of the field polygons it submits, for its own platform and for the advice it gives to its growers.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to deliver the Data and support to Customer under this Agreement and shall not use it for any other purpose or disclose it to any third party.

6.2 Within 30 days after the end of the Subscription Term, Provider shall delete all Customer Data and confirm the deletion in writing.

7. DATA SECURITY

7.1 Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named staff with multi-factor authentication, and logging of all access. Grower contact details shall not be stored outside mainland China; Customer will submit field polygons without personal information.

7.2 Provider shall notify Customer of any unauthorised access to or loss of Customer Data within 24 hours after discovery, take immediate steps to contain it, and compensate Customer for the losses caused by Provider's failure to comply with this clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information, including Provider's algorithms and Customer's client lists, and shall use it only for this Agreement. This obligation continues for three years after the end of the Subscription Term.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors own the Data and the API.

9.2 Maps, advisory reports and other outputs that Customer creates from the Data for its growers belong to Customer, which may use them freely after the Subscription Term.

9.3 The integration scripts and data-mapping tables that Provider prepares for Customer under clause 4 belong to Customer, which may use, modify and license them freely.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, including loss of crops or loss of profit of Customer's growers arising from reliance on the Data.

10.2 Each party's total liability under this Agreement is limited to twice the total fees in clause 3.1, except for breach of clauses 6, 7 or 8 and wilful misconduct.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the delivery of the Data or the integration support to any third party without Customer's prior written consent, except for the satellite operators and weather services that supply raw inputs, which are listed in Schedule 1.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Subscription Term.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice. If Customer terminates for Provider's breach, Provider shall refund any fees paid for the period after termination.

12.3 On expiry or termination Customer shall stop calling the API. Customer may keep and continue to use the Data already downloaded and the outputs described in clause 9.2 for its internal records and for the growers who received them.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The arbitration shall be conducted in Chinese, with English translation at Provider's cost.

14. GENERAL

14.1 Schedule 1 (Datasets and Coverage) forms part of this Agreement.

14.2 Notices shall be in writing and sent by courier or e-mail to the addresses given by each party.

14.3 This Agreement is made in English and Chinese. Both versions have equal effect.

SCHEDULE 1 - DATASETS AND COVERAGE

A. Vegetation indices (NDVI, EVI and a red-edge index) from optical satellites at 10-metre resolution, updated after each usable overpass.

B. Soil moisture estimates for the top 10 centimetres from radar satellites, updated every six days on average.

C. Crop-stage estimates for maize, soybean and rice, updated weekly during the growing season from May to September.

D. Field-level weather forecasts for seven days, and daily weather history for the current and previous season.

Coverage: Heilongjiang and Jilin provinces. Raw input suppliers: the public Sentinel programme and two commercial weather services named in the API documentation.

Signed for Provider: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# files
FILES = {
    "z01": ("h810z01_heritage_opera_stage_platform.pdf", Z01),
    "z02": ("h810z02_storage_box_line_control_retrofit.docx", Z02),
    "z03": ("h810z03_wing_chun_chain_booking_saas.txt", Z03),
    "z04": ("h810z04_market_smart_system_annual_om.txt", Z04),
    "z05": ("h810z05_zhuang_brocade_tracking_supplier_template.md", Z05),
    "e01": ("h810e01_quality_software_perpetual_licence_ternopil.pdf", E01),
    "e02": ("h810e02_route_planning_saas_order_form_rivne.md", E02),
    "e03": ("h810e03_condition_monitoring_sensors_lutsk.docx", E03),
    "e04": ("h810e04_managed_it_services_uzhhorod.md", E04),
    "e05": ("h810e05_agri_data_api_subscription_zhytomyr.txt", E05),
}

# ---------------------------------------------------------------------------------------------------------------
# sums (prices, payments) -- every figure below is stated in the text
def sums():
    assert 468000 + 356000 + 124000 + 42000 == 990000
    assert 198000 + 445500 + 346500 == 990000 and 990000 * 20 // 100 == 198000 and 990000 * 45 // 100 == 445500
    assert 468000 * 8 // 100 == 37440
    assert 6 * 96000 == 576000 and 12 * 18500 == 222000 and 6 * 34000 == 204000
    assert 576000 + 222000 + 204000 + 168000 + 86000 == 1256000
    assert 1256000 + 148000 + 64000 + 12000 == 1480000
    assert 148000 + 814000 + 518000 == 1480000 and 1480000 * 55 // 100 == 814000
    assert 1256000 * 7 // 100 == 87920
    assert 35 * 6800 == 238000 and 2 * 238000 == 476000 and 476000 + 58000 == 534000 and 8 * 59500 == 476000
    assert 4 * 96500 == 386000
    assert 186000 + 72000 + 28000 == 286000 and 185900 + 100100 == 286000 and 286000 * 65 // 100 == 185900
    assert 186000 * 28 // 100 == 52080
    assert 820000 + 236000 + 68000 + 26000 == 1150000 and 115000 + 632500 + 402500 == 1150000
    assert 1150000 * 55 // 100 == 632500 and 820000 * 11 // 100 == 90200
    assert 2 * 264000 + 46000 == 574000 and 264000 + 46000 == 310000
    assert 240 * 2650 == 636000 and 120 * 980 == 117600 and 12 * 14800 == 177600
    assert 636000 + 117600 + 177600 + 298000 == 1229200 and 1229200 + 126000 + 58800 + 16000 == 1430000
    assert 929500 + 500500 == 1430000 and 1430000 * 65 // 100 == 929500
    assert round(1229200 * 0.09) == 110628
    assert 36 * 58000 == 2088000 and 2088000 + 92000 == 2180000
    assert 2 * 186000 + 24000 == 396000 and 8 * 46500 == 2 * 186000


# ---------------------------------------------------------------------------------------------------------------
# labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# design: language, category, terms (over BASE), extra, TCO data (licence/hardware base), forum outside mainland, rules
D = {
    "z01": dict(lang="zh", cat="software", value=990000,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                       contract_kind="goods_or_licence"),
                base=468000, capped=True, rules=[]),
    "z02": dict(lang="zh", cat="hardware", value=1480000,
                t=dict(p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                       prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7,
                       subcontract_without_consent=True, contract_kind="goods_or_licence"),
                base=1256000, capped=True, rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z03": dict(lang="zh", cat="cloud", value=534000,
                t=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                       ld_rate_per_day_pct=600 / 534000 * 100, liability_cap_pct=150),
                rules=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(lang="zh", cat="services", value=386000,
                t=dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=0.2,
                       termination_for_breach=False, governing_law=None),
                rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "z05": dict(lang="zh", cat="software", value=286000,
                t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                       prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=3,
                       post_warranty_fee_pct=28, subcontract_without_consent=None, contract_kind="goods_or_licence"),
                base=186000, capped=True, deemed=True,
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                       "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software", value=1150000,
                t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
                       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                       governing_law="Ukraine", contract_kind="goods_or_licence"),
                base=820000, capped=True, forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud", value=574000,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=400 / 574000 * 100,
                       liability_cap_pct=9 / 24 * 100, prepayment_pct=310000 / 574000 * 100,
                       subcontract_without_consent=True),
                rules=["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
    "e03": dict(lang="en", cat="hardware", value=1430000,
                t=dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                       contract_kind="goods_or_licence"),
                base=1229200, capped=True, rules=[]),
    "e04": dict(lang="en", cat="services", value=2180000,
                t=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=2000 / 2180000 * 100,
                       liability_cap_pct=600000 / 2180000 * 100, auto_renewal_price_increase=True),
                rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
    "e05": dict(lang="en", cat="cloud", value=396000,
                t=dict(sla_remedy=False, liability_cap_pct=200), sla=False, ld_stated=False,
                rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, x, d):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata);
    fee base = itemised licence/hardware subtotal; purchase price + implementation = the contract value."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = d["base"] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, d):
    """This author's reading of policy section 3, on the label alone (plus the forum flag of the design)."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, d)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


THRESHOLDS = [30, 4, 99.9, 0.05, 100, 12, 15, 40]


def labels():
    out, fired = {}, set()
    for key, d in D.items():
        t = dict(BASE)
        t.update(d["t"])
        t = {k: t[k] for k in TERM_KEYS}
        x = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld_stated", True)}
        if t["contract_kind"] == "goods_or_licence":
            x["post_warranty_fee_capped"] = d["capped"]
        x["acceptance_deemed_on_delivery"] = d.get("deemed", False)
        x["contract_value"] = d["value"]
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        if t["final_payment_on_acceptance"] is None:
            assert t["contract_kind"] == "service"
        for k, v in list(t.items()) + list(x.items()):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in THRESHOLDS), (key, k, v)
        share = tco_share(t, x, d)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
            print("  %s TCO share %.2f %%" % (key, share))
        rules = derive(t, x, d)
        assert rules == sorted(d["rules"]), (key, rules, d["rules"])
        fired.update(rules)
        name = FILES[key][0]
        lab = {"file": name, "language": d["lang"], "category": d["cat"], "expected_terms": t, "expected_extra": x,
               "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        out[key] = rules
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    risky = {k: len(v) for k, v in out.items()}
    assert risky["z01"] == 0 and risky["e03"] == 0 and out["e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= risky["z05"] <= 10
    assert all(2 <= risky[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    return out


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
PATTERNS = [
    r"(?<![\d.,])(?:30|40|15|100|99\.9|0\.05)\s*(?:%|％|per\s*cent|percent)",
    r"(?:thirty|forty|fifteen|hundred)\s*(?:-\s*)?(?:per\s*cent|percent)",
    r"百分之(?:三十|四十|十五|百|一百)(?![一二三四五六七八九十点])",
    r"百分之九十九点九(?![一二三四五六七八九])",
    r"万分之五(?![十百])",
    r"千分之零点五",
    r"(?<![\d.,])4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![十\d])四个?小时",
    r"four\s*(?:-\s*)?hours?",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)",
    r"十二个月",
    r"twelve\s*(?:-\s*)?months?",
    r"一年",
    r"(?<![\d.,])1\s*(?:-\s*)?(?:years?|年)",
    r"one\s*(?:-\s*)?years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "40 %", "15％", "100%", "99.9%", "0.05%", "thirty percent", "one hundred per cent", "百分之三十",
            "百分之四十", "百分之十五", "百分之百", "百分之九十九点九", "万分之五", "4 hours", "4-hour", "4小时", "四小时",
            "four hours", "12 months", "12-month", "12个月", "十二个月", "twelve months", "质保期一年", "1 year",
            "one-year", "1年", "within4hours", "withinfourhours"]
MUST_MISS = ["130%", "0.15%", "99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "12 hours",
             "fourteen hours", "fourteenhours", "2026年12月", "112 months", "1,100 users", "万分之五十", "百分之十五点五", "5%", "35%",
             "8小时", "10 years", "1,400 per vehicle"]


def selftest():
    for s in MUST_HIT:
        for v in (s, re.sub(r"\s+", "", s)):
            assert RX.search(v), ("must hit", v)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def readback(path):
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


def check_files():
    for key, (name, _) in FILES.items():
        text = readback(OUT / name)
        for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(v)
            assert not m, (name, m.group(0), v[max(0, m.start() - 30):m.end() + 30])
        if D[key]["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
            print("  %-55s %5d characters without whitespace" % (name, n))
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
            print("  %-55s %5d words" % (name, n))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sums()
    selftest()
    targets, sources = {}, {}
    for key, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key], sources[key] = (name, ext), src
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    check_files()
    for k, v in labels().items():
        print("  %s %s" % (k, ", ".join(v) or "(none)"))
    print("all checks passed")
