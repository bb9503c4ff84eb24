"""holdout1064: ten blind held-out draft contracts (ordinary drafts, no tricks) and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py (PDF paragraphs broken at word boundaries), the .json labels, and asserts: price sums, label
values off every policy threshold, TCO shares away from 40 %, the rules derived from the labels (my reading of policy
§3) against the design list, coverage of all 20 CR rules, text lengths as read back, and a threshold-figure scan of
every built file (raw, whitespace-collapsed, whitespace-free) with a self-tested regex.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:河道保洁监管平台建设项目合同
P:合同编号：SWJ-ZFCG-2027-0318
P:采购项目编号：JC2027-HDJG-016（公开招标）
P:甲方（采购人）：澄江市水务局
P:乙方（供应商）：苏州清漪智能科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就河道保洁监管平台（以下简称“平台”）软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供河道保洁监管平台软件V3.0的永久使用许可一套，授权范围为甲方及其下属河道管理所，用户数不限，部署于甲方政务云。
P:1.2 乙方按甲方需求完成以下定制开发：保洁作业轨迹考核模块、漂浮物AI识别告警模块（接入全市286路河道视频）、保洁公司月度考评与扣分模块、市民随手拍投诉工单模块、与市河长制信息系统及城市运行管理中心的数据接口。
P:1.3 乙方负责平台安装部署、历史台账数据导入、系统联调及对甲方管理人员和保洁公司人员的培训。详细功能需求以招标文件第三章及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾万零捌仟元整（¥1,608,000），其中：平台软件许可费¥860,000；定制开发费¥624,000；实施部署费¥98,000；培训费¥26,000。
P:2.2 上述价款为固定总价，已包含软件许可、开发、部署、数据导入、培训、质保期内服务及税费，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款均通过国库集中支付，因财政审批流程导致的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应于合同生效后60日内完成平台部署和软件许可交付，于合同生效后150日内完成全部定制开发并提交初步验收。
P:4.2 乙方应在合同生效后10日内提交项目实施方案，明确项目经理、技术负责人及人员安排，未经甲方同意不得更换项目经理。
P:4.3 乙方应每两周向甲方提交一次项目进度报告，说明已完成工作、存在问题及下一阶段计划；项目关键节点完成后，应及时提请甲方组织节点评审，甲方提出的整改意见乙方应在约定时间内落实。
H:第五条 验收
P:5.1 初步验收：平台各模块按需求规格说明书逐项测试通过；漂浮物识别在甲方抽取的500张测试图片上准确率不低于92%；页面响应时间在200个并发用户下不超过3秒；与河长制信息系统的数据接口连续7天同步无差错。
P:5.2 初步验收合格后平台试运行90日。试运行期间未发生一级故障、累计二级故障不超过3次，且乙方提交全部源代码、接口文档、用户手册和运维手册的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方人员登录操作或支付任何款项，均不视为甲方已验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外）；一级故障（平台整体不可用或告警功能失效）乙方应在30分钟内响应、2小时内到达现场、6小时内恢复；二级故障2小时内响应、24小时内解决。
P:6.3 乙方未达到第6.2款服务水平的，一级故障每超时1小时扣减服务费人民币1,000元，月度可用率每低于约定值0.01个百分点扣减人民币1,500元，甲方可从应付款或履约保证金中直接扣除。
P:6.4 质保期满后，如甲方需要继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件V3.0的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的模块、数据接口、报表模板及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和维护，无需另行向乙方付费。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据归属
P:8.1 平台运行中产生的全部业务数据，包括视频截图、作业轨迹、考评记录和投诉工单，均归甲方所有。
P:8.2 乙方仅可为履行本合同之目的处理上述数据，不得用于本合同以外的任何用途，合同终止后应按甲方要求将数据移交甲方。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、河道管理信息及其他未公开资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在本合同终止后五年内继续有效。乙方应要求参与本项目的人员遵守本条约定。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成交付或提交验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
P:10.3 乙方提供的平台不符合合同约定且经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方因此遭受的损失。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十四条 培训与人员
P:14.1 乙方应为甲方管理人员提供不少于3期的系统管理培训，为各保洁公司的现场负责人提供操作培训，培训教材和课件随平台一并交付甲方。
P:14.2 乙方派驻项目现场的人员应遵守甲方的工作纪律和安全管理规定，因乙方人员原因造成甲方或第三方人身、财产损失的，由乙方承担赔偿责任。
H:第十五条 不可抗力
P:15.1 因地震、洪水、重大公共卫生事件等不可抗力导致不能按期履行的，受影响一方应在事件发生后3日内书面通知对方，并在15日内提供有关证明，相应履行期限顺延。
P:15.2 不可抗力持续超过60日的，双方应协商是否继续履行本合同。
H:第十六条 其他
P:16.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:16.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：澄江市水务局　　　　乙方（盖章）：苏州清漪智能科技有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HT-LKD-2027-052
P:甲方（买方）：东莞市朗肌电器有限公司（电动黑头仪生产厂）
P:乙方（卖方）：广州协力自动化工程有限公司
P:甲方拟对其一号厂区三条电动黑头仪装配及检测生产线的控制系统进行改造，乙方具备相应的设计、供货和实施能力。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条装配线及一条老化检测线控制系统的整体改造，包括PLC及伺服系统更换、吸力及电池检测工位的视觉检测单元新增、工控机及HMI更换、产线数据采集与追溯软件部署，并将新系统接入甲方现有ERP系统。
P:1.2 乙方负责改造方案设计、设备供货、拆旧安装、程序编制、联机调试、试生产保障及操作维修人员培训。改造应在甲方安排的停线窗口内分线实施，每条线停线不得超过7日。
P:1.3 改造方案应经甲方技术部门书面确认后方可实施。乙方应保留原控制系统的程序和参数备份，在新系统调试未通过前，确保原系统能够在8小时内恢复运行，不得影响甲方其他产线的正常生产和订单交付。
P:1.4 乙方应在合同签订后20日内提交详细设计文件，包括电气原理图、网络拓扑、I/O点表、视觉检测方案和追溯数据字段清单，经甲方评审确认后作为施工和验收依据。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾捌万捌仟元整（¥1,688,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及扩展模块|4套|68,500|274,000
TB:2|伺服驱动器及电机|36套|9,800|352,800
TB:3|视觉检测单元（工业相机、光源、镜头）|12套|21,600|259,200
TB:4|工控机及HMI触摸屏|8套|14,250|114,000
TB:5|产线数据采集与追溯软件永久许可|1套|420,000|420,000
TB:|软硬件小计|||1,420,000
TB:6|拆旧及安装施工|1项|186,000|186,000
TB:7|程序编制及联机调试|1项|64,000|64,000
TB:8|操作及维修培训|1项|18,000|18,000
TB:|合同总价|||1,688,000
P:2.2 上述价格含税，包含设备运输、保险、安装、调试及质保期内服务，为固定价格。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，乙方应同时提交等额银行预付款保函。
P:3.2 全部设备到货并完成安装，经甲方签收后，甲方支付合同总价的50%。到货签收仅为数量清点，不代表质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%。
P:3.4 剩余合同总价的5%作为质量保证金，质保期满且无未解决的质量问题后10个工作日内无息支付。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后45日内将全部设备运至甲方一号厂区，并在设备到货后60日内完成三条线的改造和联机调试。
P:4.2 乙方施工应遵守甲方厂区安全、消防及静电防护规定，因乙方施工造成甲方设备损坏或停产时间超出约定的，乙方应赔偿甲方的实际损失。
P:4.3 设备到货时，双方共同开箱清点，核对型号、数量、原厂合格证和装箱单，发现缺损的，乙方应在7日内补齐或更换。
H:第五条 验收
P:5.1 每条产线改造完成后，双方按技术协议进行单线验收：节拍达到每台18秒；吸力检测误判率不高于0.5%；电池检测数据与标准仪器偏差不超过2%；追溯软件能按产品序列号查询全部工位数据。
P:5.2 全部产线单线验收合格后连续试生产30日，试生产期间因控制系统原因造成的停线累计不超过2小时，且乙方提交全部程序备份、电气图纸、参数清单和操作手册的，甲方组织最终验收并签署验收报告。
P:5.3 试生产、产品出货或甲方支付款项，均不视为最终验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复软件缺陷并提供技术支持。
P:6.2 一级故障（整条产线停线）乙方应在1小时内响应，8小时内到达现场处理；二级故障（单工位故障）在8小时内响应，24小时内到达现场。乙方超时到场的，每超时1小时向甲方支付人民币800元。
P:6.3 质保期满后，乙方提供年度维保服务，包括每季度一次预防性巡检、备件更换、软件升级及远程支持。年度维保费按软硬件小计的32%计取，即每年人民币454,400元，该费用在质保期满后四年内固定不变，按年支付。
P:6.4 维保期内乙方的响应和到场时间与第6.2款相同。
H:第七条 培训与备件
P:7.1 乙方应在试生产开始前完成对甲方操作工、班组长及设备维修人员的分级培训，培训总课时不少于40课时，并对维修人员进行实操考核，考核合格人员应能独立完成常见故障的排查和参数恢复。
P:7.2 乙方随设备免费提供一套随机备件，包括伺服驱动器2台、工业相机2台及常用模块，并提交推荐备件清单和价格。质保期满后八年内，乙方保证上述设备的备件供应，备件价格不高于本合同单价。
H:第八条 知识产权
P:8.1 乙方为本项目编制的PLC程序、HMI画面、视觉检测算法参数及追溯软件的定制报表，其知识产权归甲方所有，乙方应交付完整的源程序和注释。
P:8.2 追溯软件的标准产品知识产权归原权利人所有，甲方享有永久使用许可，可在本厂区内不限次数使用。
H:第九条 数据安全
P:9.1 产线运行中产生的生产数据、工艺参数和质量追溯数据均归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方指定的远程通道进行并保留操作记录。乙方应采取防病毒、访问控制等措施，不得在甲方工控网络中使用未经查杀的移动存储介质。
P:9.3 因乙方原因造成甲方数据泄露、丢失或工控系统遭受攻击的，乙方应在发现后2小时内通知甲方，配合处置并赔偿甲方全部损失。
H:第十条 保密
P:10.1 乙方对甲方的产品设计、工艺文件、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后五年。乙方参与本项目的人员应签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 设备或软件不符合合同约定的，乙方应负责免费更换或整改，并承担由此增加的停线损失。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的设计、编程及调试工作分包；电气配线等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 解除
P:13.1 乙方严重违约且在甲方书面通知后15日内未予纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交东莞仲裁委员会仲裁。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 技术协议、设备清单和改造方案为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：QX-SAAS-2027-0109

甲方：杭州一杆清台球文化发展有限公司（下称“甲方”）
乙方：上海云约信息科技有限公司（下称“乙方”）

甲方在全国经营35家台球培训门店，拟使用乙方的“云约”预约及会员管理系统（SaaS）统一管理课程预约、教练排班、会员储值和门店收银。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方35家门店提供“云约”系统的订阅服务，包括课程及球台预约、教练排班、会员卡及储值管理、小程序商城、门店收银和经营报表功能。
2. 每家门店开通1个店长账号和不超过6个员工账号，总部开通管理账号10个，甲方新增门店时可按本合同单价增购。
3. 服务期内乙方免费提供系统版本升级和功能优化，重大升级应提前7日通知甲方并安排在非营业时段进行，升级不得降低本合同约定的功能和服务水平。
（二）实施服务
1. 乙方负责将甲方现有会员系统中约4.2万名会员的基本信息、储值余额和剩余课时迁移至新系统。
2. 乙方负责按甲方的课程体系完成系统配置，定制总部经营驾驶舱及教练课时提成报表，完成与甲方微信小程序和聚合支付通道的对接。
3. 乙方为每家门店提供一次线上操作培训，并为总部运营人员提供两次集中培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧随其后。
（二）服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时，乙方有权根据市场行情和产品升级情况调整订阅单价，并于续期前以系统公告方式通知甲方，甲方继续使用即视为接受新价格。

三、合同价款及支付
（一）合同总价为人民币叁拾捌万伍仟陆佰元整（¥385,600），其中：
1. 订阅服务费：每家门店每个服务年度人民币4,680元，35家门店两个服务年度合计人民币327,600元；
2. 实施服务费：人民币58,000元，一次性支付。
（二）支付方式：
1. 实施服务费在系统上线验收合格后15个工作日内支付；
2. 每个服务年度的订阅服务费，在该服务年度开始后15个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。

四、上线与验收
（一）乙方应在合同签订后45日内完成数据迁移、配置和对接，提交上线验收。
（二）验收标准：
1. 会员信息、储值余额和剩余课时迁移后与原系统逐条核对一致；
2. 预约、排班、收银、储值、报表功能按功能清单测试通过；
3. 选取5家门店试运行14日，未出现影响营业的故障；
4. 小程序支付对账连续7日无差异。
（三）上述标准全部满足后，甲方出具书面验收单。门店开始使用系统不视为验收合格。
（四）验收未通过的，乙方应在7日内完成整改并重新提交验收，整改期间产生的费用由乙方承担；因乙方原因两次验收未通过的，甲方有权解除本合同，乙方应退还甲方已付的全部款项。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划内维护应安排在凌晨1点至6点之间，并提前48小时通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：当日答复，3个工作日内解决。
（三）乙方提供7×24小时服务热线和在线工单，并为甲方指定一名客户成功经理，每季度向甲方提交一次服务报告，内容包括可用率、故障记录、工单处理情况和改进建议。
（四）服务补偿：月度可用率低于约定值的，每低于0.1个百分点，乙方按当月订阅服务费的5%给予服务抵扣，当月抵扣合计以当月订阅服务费为限；一级故障超时恢复的，每超时1小时补偿人民币500元。

六、数据安全与数据归属
（一）甲方会员信息、交易记录、储值数据及经营数据均归甲方所有。乙方仅为向甲方提供本合同约定的服务处理上述数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应对会员个人信息加密存储，实行最小授权和操作日志留存，系统部署于境内并已通过网络安全等级保护三级测评。
（三）发生数据泄露或丢失的，乙方应在发现后2小时内通知甲方，采取补救措施，并承担因此给甲方造成的全部损失及监管处罚。
（四）乙方每日对甲方数据进行备份，备份数据至少保留30日，数据恢复点目标不超过1小时。
（五）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。

七、甲方义务
（一）甲方应指定项目联系人，按乙方的数据迁移模板在约定时间内提供原系统数据，并组织门店人员参加培训。
（二）甲方应妥善保管各级账号和密码，及时停用离职员工账号。因甲方账号管理不当造成的损失由甲方自行承担。
（三）甲方不得利用系统从事违法活动，不得对系统进行反向工程。

八、保密
（一）双方对在合作中知悉的对方商业秘密、经营数据、价格条款及会员信息负有保密义务，未经对方书面同意不得向任何第三方披露，但依法律法规或监管要求披露的除外。
（二）双方应仅向确有必要知悉的员工披露上述信息，并要求其承担同等保密义务。保密义务不因本合同终止而解除，保密期限至合同终止后三年。

九、知识产权
（一）“云约”系统本身及其后续版本的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的经营驾驶舱、提成报表及配置方案归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证系统不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担费用。

十、违约责任
（一）乙方未按期提交上线验收的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的应事先取得甲方书面同意，并对分包方的行为承担连带责任。经同意的分包不免除乙方在本合同项下的任何义务和责任。

十二、合同解除
（一）乙方严重违约，或月度可用率连续两个月低于约定值的，甲方有权书面通知解除本合同，乙方应退还未使用服务期的费用。
（二）甲方逾期付款超过60日的，乙方有权暂停服务。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

十四、不可抗力
因不可抗力或电信运营商大面积网络故障导致服务中断的，受影响方不承担违约责任，但应及时通知对方并尽力减少损失；该期间不计入可用率考核的计划外停机时间，但乙方应在条件恢复后立即恢复服务。

十五、通知
本合同项下通知以书面形式送达双方在首页列明的地址或指定电子邮箱，电子邮件发出即视为送达。

十六、其他
新增门店按每店每个服务年度人民币4,680元计费，按剩余服务期折算，关闭门店的账号可转移至新门店使用。
本合同附件包括功能清单、门店清单和数据迁移方案。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：
"""

Z04 = """边坡位移监测系统年度运维服务合同

项目编号：ZRZY-CS-2027-007（竞争性磋商）
甲方（采购人）：青溪县自然资源局
乙方（成交供应商）：四川岩安地质信息技术有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，双方就青溪县地质灾害隐患点边坡位移监测系统2027年度运维服务订立本合同。

第一条 服务内容
（一）监测设备运维：对全县23处地质灾害隐患点已建成的GNSS位移监测站41套、裂缝计58台、雨量计23台、声光报警器23套及配套太阳能供电和通信设备进行巡检、校准、维修和更换易损件。
（二）监测平台运维：对部署于甲方机房的边坡位移监测预警平台进行日常运行维护、数据库维护、安全加固、补丁更新和故障处理，保障监测数据实时接入和预警信息及时推送。
（三）数据分析：每月提交监测数据分析月报，汛期（5月至9月）每周提交周报；出现位移速率异常时，2小时内提交专题分析意见，配合甲方开展应急会商。
（四）汛期保障：汛期安排不少于4名技术人员在青溪县驻点，保证重大预警时能在规定时间内到达隐患点现场。
（五）年度校准：每年汛期前完成全部GNSS监测站基准核查和裂缝计、雨量计的现场校准，出具校准记录，校准结果报甲方备案。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，是否继续采购由甲方依法另行组织。

第三条 人员与安全
（一）乙方应组建不少于8人的运维团队，项目负责人应具有岩土或测绘相关专业高级职称，驻点技术人员应持有相应上岗证书，人员名单报甲方备案，更换须经甲方同意。
（二）乙方人员进入隐患点作业应执行安全生产规定，雨天、夜间和险情期间上山作业须两人以上同行并佩戴安全防护用品。乙方应为作业人员购买人身意外伤害保险，作业中发生的人身伤害由乙方负责。
（三）乙方应建立运维档案，对每次巡检、维修、校准和更换形成记录，附现场照片和定位信息，每月汇总报甲方。

第四条 合同价款
（一）本合同总价为人民币陆拾肆万捌仟元整（¥648,000），其中：设备巡检及维护费¥286,000；平台运维费¥174,000；数据分析及汛期保障费¥152,000；易损件及通信资费¥36,000。
（二）本合同总价为固定价格，包含人员、交通、备品备件、通信资费、税费等全部费用。单价超过5,000元的主要设备损坏更换，不在本合同价款范围内，由双方另行确认。

第五条 付款方式
（一）本合同不设预付款。
（二）合同价款按季度平均支付，每季度支付人民币162,000元。每季度结束后，甲方按第七条对乙方进行季度考核，考核合格后15个工作日内支付该季度费用。
（三）季度考核扣减的金额从当季费用中直接扣除。

第六条 服务水平
（一）监测平台年度可用率不低于99.95%（经甲方同意的计划内维护除外）。
（二）故障分级及响应：
1. 一级故障（平台中断、预警推送失效或3处以上隐患点同时中断）：乙方应在30分钟内响应，2小时内恢复平台或启用备用推送通道；
2. 二级故障（单个隐患点监测中断）：2小时内响应，汛期24小时内、非汛期48小时内到达现场修复；
3. 三级故障（单个传感器数据异常）：当日响应，3日内处理完毕。
（三）乙方未达到上述服务水平的，一级故障每超时1小时扣减人民币2,000元；二级故障每超时1日扣减人民币1,000元；平台可用率每低于约定值0.01个百分点扣减人民币1,000元。

第七条 考核与验收
（一）季度考核由甲方组织，考核内容包括：巡检记录与现场照片是否完整，故障处理时限是否达标、备品备件是否按约定储备，分析报告是否按时提交。考核结果以书面形式确认。
（二）服务期满后，甲方对全年运维服务进行年度验收，验收标准为：四个季度考核均合格；运维档案、设备台账、巡检记录及分析报告完整移交；全部监测站和平台处于正常运行状态。
（三）甲方签收报告或支付款项，不视为对服务质量的最终认可。
（四）季度考核不合格的，乙方应在10日内提交整改报告并完成整改，甲方复核合格后支付该季度费用；复核仍不合格的，甲方可按考核细则扣减当季费用。

第八条 数据安全
（一）监测数据、预警记录、分析报告及平台运行日志均属于甲方，乙方仅为履行本合同使用，不得复制留存、对外提供或用于其他任何目的。
（二）乙方运维人员应通过甲方堡垒机访问平台，实行一人一账号，操作全程留痕；不得在平台服务器上安装未经甲方批准的软件。
（三）乙方应执行甲方的网络安全管理制度，发生数据泄露、篡改或网络安全事件的，应在1小时内报告甲方，配合处置，并承担因乙方原因造成的全部损失和法律责任。

第九条 保密
乙方对履行本合同中知悉的监测数据、隐患点信息及甲方内部资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后持续有效。

第十条 成果归属
乙方在服务期内形成的分析报告、巡检档案、数据整理成果及为本项目编写的脚本、配置文件，其全部权利归甲方所有。

第十一条 违约责任
（一）乙方未按约定时间完成季度巡检、提交报告或修复故障的，每逾期一日按合同总价的千分之一向甲方支付违约金，并继续履行。
（二）因乙方未及时修复设备或推送预警，导致预警失效并造成损失的，乙方应承担赔偿责任。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十二条 分包
乙方不得将本合同项下的服务转包或分包。

第十三条 合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未改正，或连续两个季度考核不合格的，甲方有权解除本合同，并按实际服务期结算。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十五条 甲方义务
（一）甲方应向乙方提供监测设备台账、平台账号及机房出入所需的手续，协调乡镇和村组为乙方进入隐患点提供便利。
（二）甲方应按约定及时组织季度考核并支付费用，对乙方提交的分析意见及时反馈。

第十六条 服务交接
（一）服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的单位完成交接，移交全部运维档案、账号密码、配置文件、备品备件清单及未结故障清单，并配合新服务单位进行不少于7日的现场交接。
（二）交接完成前，乙方应继续按本合同约定的服务水平提供服务，交接期间的服务费用按实际天数结算。
（三）乙方应在交接完成后删除其留存的全部甲方数据，并向甲方出具书面删除确认。

第十七条 不可抗力
因地震、特大暴雨、山体滑坡等不可抗力导致设备损毁或无法到达现场的，乙方应立即报告甲方，在条件允许后尽快恢复监测；不可抗力造成的设备损毁修复费用由双方另行协商。

第十八条 其他
本合同未尽事宜按磋商文件和响应文件执行。本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：青溪县自然资源局　　　　乙方（盖章）：四川岩安地质信息技术有限公司
"""

Z05 = """# 匠链工艺追溯系统软件许可及定制开发合同

**（匠链软件标准合同文本 2026版）**

合同编号：JL-2027-0211

甲方（买方）：深圳市银巷手作饰品工作室
乙方（卖方）：厦门匠链软件有限公司

甲方同意采购乙方的匠链工艺追溯系统并委托乙方进行定制开发。为明确双方权利义务，经双方协商，签订本合同，以资共同遵守。

## 第一条 产品与服务

1.1 乙方向甲方提供匠链工艺追溯系统（标准版）软件使用许可，许可甲方在其工作室内部署使用，并发用户数20个。

1.2 乙方根据甲方需求进行以下定制开发：银料入库称重及损耗核算、熔炼/錾刻/抛光/电镀各工序流转扫码、成品纯度检测记录、一物一码溯源查询页面、与甲方网店订单系统的接口。

1.3 乙方负责系统安装、基础数据初始化及操作培训。

1.4 系统的具体功能以双方签字确认的功能清单为准，功能清单以外的需求不属于本合同范围。乙方提供的演示系统、宣传资料及口头介绍中的内容，除已写入功能清单的以外，不构成乙方的合同义务。

## 第二条 价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺追溯系统（标准版）软件许可 | 186,000 |
| 2 | 定制开发 | 142,000 |
| 3 | 安装、初始化及培训 | 24,000 |
| | 合计 | 352,000 |

合同总价人民币叁拾伍万贰仟元整（¥352,000），含税。

## 第三条 付款

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，乙方收款后启动项目。

3.2 系统验收合格后5个工作日内，甲方支付合同总价的45%。

3.3 甲方未按期付款的，乙方有权暂停开发或停止提供服务，由此导致的工期延误由甲方负责。

## 第四条 交付与验收

4.1 乙方在收到首期款后90日内完成开发和部署，具体进度以乙方项目计划为准。因甲方需求变更或配合不及时导致延期的，工期相应顺延。

4.2 乙方完成部署后通知甲方验收，甲方应在5个工作日内按双方签字确认的功能清单逐项测试，全部功能项测试通过且溯源查询页面可通过手机扫码正常打开的，视为验收合格，双方签署验收单。

4.3 验收中发现的问题，乙方应在10个工作日内修复后重新提交验收。

4.4 甲方在收到验收通知后5个工作日内未组织验收，也未提出书面异议的，乙方可再次书面催告，甲方应在催告后3个工作日内完成验收。

## 第五条 甲方责任

5.1 甲方应按乙方要求自行准备服务器、网络、扫码枪、标签打印机及电子秤等软硬件环境，环境配置清单由乙方提供。因甲方环境不满足要求导致系统无法正常运行的，乙方不承担责任。

5.2 甲方应指定专人负责项目对接，在乙方要求的时间内提供工艺流程说明、物料编码、工序定额及历史数据，并对其真实性、完整性负责。

5.3 甲方提出的需求变更，应以书面形式提交乙方，乙方评估后另行报价，变更费用由甲方承担，工期相应顺延。

5.4 甲方应妥善保管系统管理员账号，不得允许工作室以外的人员使用本系统。

## 第六条 培训

6.1 乙方为甲方提供一次集中培训，培训时间不超过2天，参训人员不超过10人，培训地点为甲方工作室。

6.2 甲方超出上述范围的培训需求，按乙方服务价目表另行收费。

6.3 乙方向甲方提供电子版用户操作手册一份。培训结束后，甲方参训人员应在培训签到表上签字确认，乙方的培训义务即告完成。

## 第七条 免费维护期

7.1 自验收合格之日起六个月内为免费维护期，乙方提供远程技术支持和缺陷修复。

7.2 维护期内，对于系统无法使用的严重故障，乙方在接到甲方报修后8小时内响应，并尽快安排修复；一般问题在2个工作日内答复。

7.3 现场服务需另行收费，按乙方服务价目表执行。

7.4 免费维护期内，乙方对系统进行的缺陷修复以远程方式为主，甲方应按乙方要求开放远程访问权限并配合测试。因甲方未及时配合导致问题无法处理的，不计入乙方的处理时间。

## 第八条 后续服务

8.1 免费维护期满后，甲方如需继续获得技术支持及升级服务，应与乙方签订年度服务协议，服务费按乙方届时公布的价格标准执行。

8.2 乙方有权根据成本变化调整服务价格，调整后的价格自公布之日起生效。

## 第九条 知识产权

9.1 匠链工艺追溯系统及乙方为本项目开发的全部定制模块、接口程序、源代码和技术文档，其知识产权均归乙方所有。

9.2 甲方在本合同约定范围内享有定制模块的非独占使用权，不得修改、反编译，不得向第三方提供或转让。乙方有权将定制开发成果用于其他客户项目。

## 第十条 数据

10.1 甲方在系统中录入的业务数据归甲方所有。

10.2 甲方同意，乙方可对系统运行中产生的工艺数据、损耗数据进行脱敏处理后，用于行业分析、产品改进及乙方其他商业用途。

10.3 乙方对系统采取访问控制、传输加密、每日备份等安全措施；因乙方原因发生数据泄露或丢失的，乙方应及时通知甲方并采取补救措施，承担相应的赔偿责任。

## 第十一条 保密

双方对本合同内容及在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但乙方在其宣传材料中将甲方列为客户案例的除外。

## 第十二条 违约责任

12.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

12.3 乙方在本合同项下承担的全部赔偿责任（包括违约金），累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失及数据损失不承担责任。

## 第十三条 分包

乙方有权根据项目需要将部分开发、实施工作委托给第三方完成，无需另行征得甲方同意。

## 第十四条 合同解除

任何一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。甲方因自身原因解除合同的，已付款项不予退还。

## 第十五条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 免责声明

16.1 乙方保证所交付的系统符合双方确认的功能清单，但不保证系统运行不中断或完全没有错误，也不对系统是否满足甲方的特定经营目的作出保证。

16.2 因甲方操作不当、擅自修改系统配置、使用未经乙方认可的第三方软件或硬件，或因病毒、断电等非乙方原因造成的系统故障和数据损失，乙方不承担责任，相关修复工作按乙方服务价目表收费。

16.3 系统中溯源查询页面所展示的产品信息由甲方录入，甲方对其真实性负责，因该等信息引起的消费者投诉或行政处罚由甲方自行承担。

## 第十七条 不可抗力

因不可抗力、网络运营商故障、黑客攻击、第三方云服务中断或政府行为导致乙方不能履行或迟延履行的，乙方不承担违约责任。

## 第十八条 通知

双方通过合同首页所列联系人的电子邮箱或微信发送的通知，发出即视为送达。任何一方变更联系方式的，应提前3日通知对方。

## 第十九条 其他

19.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

19.2 本合同附件（功能清单、项目计划）为合同的组成部分。

甲方（签章）：　　　　　　　乙方（签章）：

日期：　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NR-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Northern Reach Routing Systems, Inc., a Minnesota corporation with its principal office at 1207 Washington Avenue, Detroit Lakes, Minnesota 56501, United States (the "Vendor"), and Wuhan Changlian Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Wuhan, Hubei Province (the "Buyer").
P:The Buyer operates a refrigerated distribution network of 14 depots and about 620 vehicles in central China and wishes to acquire a perpetual licence to the Vendor's route planning and dispatch software, together with its configuration, integration and training. The Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RouteReach Enterprise software, version 9, including the planning engine, dispatch console, driver mobile application and reporting module, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interfaces, scripts, report templates and documentation created by the Vendor specifically for the Buyer under this Agreement, including the interfaces listed in Article 2.2.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the Buyer's use, including orders, customer addresses, vehicle telemetry, temperature records and driver information.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Buyer in mainland China, for up to 80 named planners and 700 driver devices, for the internal business of the Buyer and its wholly owned subsidiaries.
P:2.2 The Vendor shall configure the Software for the Buyer's depots and vehicle types, build interfaces with the Buyer's warehouse management system, its order management system and its vehicle temperature monitoring platform, migrate master data for customers, addresses and vehicles, and train the Buyer's planners, dispatchers and administrators.
P:2.3 The Vendor shall deliver the implementation in accordance with the project plan attached as Annex 1, with installation completed within 45 days and the system ready for Final Acceptance testing within 150 days after the Effective Date.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,720,000, including all taxes payable in the People's Republic of China, made up as follows: Software licence fee CNY 1,280,000; configuration, interfaces and data migration CNY 396,000; training CNY 44,000.
P:3.2 The price is fixed. The Vendor shall bear all travel and living expenses of its personnel, and any withholding tax shall be handled in accordance with applicable tax law and the double taxation arrangements in force.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the total price within 30 days after installation of the Software and completion of the interface build, confirmed in writing by the Buyer's project manager. This confirmation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account designated by the Vendor, against a valid invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose acceptance test scripts covering every requirement in the functional specification, which the Buyer shall approve before testing starts.
P:5.2 Final Acceptance testing shall show that: (a) every test script passes; (b) the planning engine produces a plan for 3,000 orders and 620 vehicles within 8 minutes; (c) every interface runs for 20 consecutive working days without data loss or duplication; and (d) the migrated master data reconciles with the source systems.
P:5.3 When all criteria are met and the system has run in production for 30 days without a Severity 1 incident, the Buyer shall issue a written Final Acceptance certificate. Production use, go-live or any payment shall not be deemed Final Acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates, remote support and on-site support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the planning engine or dispatch console unavailable, or dispatch to vehicles stopped) within 1 hour, at any time of day, and restore service or provide a workaround within 8 hours. Severity 2 incidents shall be responded to within 2 hours during business hours and resolved within 2 business days.
P:6.3 For each full hour by which the Vendor exceeds a response or restoration time for a Severity 1 incident, the Vendor shall pay the Buyer a service credit of CNY 1,000, deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period, the Buyer may order annual support at a fee of 11% of the Software licence fee per year (CNY 140,800 per year). This fee is fixed for the first three support years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software, and all intellectual property rights in it, remain the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them to third parties without further payment.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analytics or product development.
P:8.2 The Software is installed on the Buyer's servers in China. The Vendor's personnel may access them only through the Buyer's remote access gateway, with an approval for each session, multi-factor authentication and full session logging. The Vendor shall not copy Buyer Data outside the Buyer's environment and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer Data caused by the Vendor or its personnel, shall cooperate in the investigation and remediation, and shall be liable for the resulting losses.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to its personnel and advisers who need to know it and are bound by equivalent duties.
P:9.2 These duties continue for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for Final Acceptance testing by the date in Article 2.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the total price, except for personal injury, fraud, wilful misconduct and breach of Articles 8 and 9, which are not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer, the Vendor shall refund the amounts paid for undelivered work.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Minnesota, United States, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be resolved by the state courts located in Becker County, Minnesota, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (project plan), Annex 2 (functional specification) and Annex 3 (acceptance test plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese. Both versions have equal force.
P:For the Vendor: ____________________    For the Buyer: ____________________
"""

E02 = """# SaaS Order Form and General Terms

**Order Form No. PR-OF-27-0093**

This Order Form is entered into between **Headwaters Shiftline, LLC**, 410 Main Avenue South, Park Rapids, Minnesota 56470, United States ("Provider"), and **Chengdu Jinli Catering Management Co., Ltd.**, Gaoxin District, Chengdu, Sichuan Province, People's Republic of China ("Customer"). It consists of Part A (Order Form) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Subscribed Service

Shiftline Workforce Cloud, Enterprise edition: staff scheduling, time and attendance, shift swapping, labour cost forecasting and the Shiftline mobile app, for up to 2,400 active employees across Customer's 96 restaurants and its central kitchen in mainland China. The Service is hosted for Customer on Provider's cloud environment located in mainland China.

### A2. Subscription Term

Two Subscription Years. The first Subscription Year starts on the date Provider issues production log-in credentials after Onboarding Completion under A4, and the second follows immediately after the first. The subscription ends at the end of the second Subscription Year unless the parties sign a new Order Form. There is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 2,400 employees, annual | 286,000 |
| Subscription fee, Subscription Year 2 | 2,400 employees, annual | 286,000 |
| Onboarding services (one-time) | fixed price | 48,000 |
| **Total Order Value** | | **620,000** |

All amounts include VAT. Additional employees may be added at CNY 119 per employee per Subscription Year, prorated for the remaining months of the current Subscription Year.

### A4. Onboarding

Provider shall configure the Service for Customer's restaurants, pay rules, shift patterns and holiday calendars, import employee master data supplied by Customer, set up the interface with Customer's payroll system, and train 40 store managers and 6 head-office administrators. Onboarding Completion occurs when Customer signs an onboarding completion certificate after verifying that: (a) the pay rules calculate correctly for a sample of 200 employees over two full pay periods compared with Customer's existing records; (b) the payroll interface transfers hours for all employees in two consecutive pay runs without error; and (c) all 96 restaurants can publish a weekly schedule and record clock-ins through the mobile app. Use of the Service for training or parallel running is not Onboarding Completion.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Onboarding Completion. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days of receipt of a valid VAT invoice.

### A6. Contacts

Provider: Account Director, Asia accounts. Customer: Head of Human Resources and IT Manager. Notices under this Order Form may be given by email to these contacts, with a copy by courier for notices of breach or termination.

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the subscription service described in A1, including the mobile app, updates and documentation.

1.2 "Customer Data" means all data submitted to or generated in the Service by or for Customer, including employee names, contact details, schedules, attendance records and pay rule settings.

1.3 "Customer Configurations" means the pay rule settings, report templates and the payroll interface mapping built by Provider for Customer.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer during the Subscription Term in accordance with the documentation and shall use commercially reasonable efforts to keep the Service available, except for planned maintenance and events outside Provider's reasonable control.

2.2 Provider provides support by email and telephone from 09:00 to 18:00 Beijing time on working days. Provider will respond to support requests as soon as reasonably practicable and will try to resolve issues that prevent the use of the Service with priority.

2.3 Provider may improve and update the Service from time to time, provided that an update does not materially reduce the functions Customer has subscribed to.

### 3. Customer Obligations

3.1 Customer shall keep its user credentials confidential, ensure that its users comply with these General Terms and notify Provider promptly of any unauthorised use of its accounts.

3.2 Customer is responsible for the accuracy of the employee master data and pay rules it supplies and for obtaining the consent of its employees required by law for the processing of their personal information.

### 4. Acceptable Use

4.1 Customer shall not, and shall ensure that its users do not: (a) resell or make the Service available to any person other than Customer's employees and contractors working in its restaurants; (b) attempt to gain unauthorised access to the Service or its related systems; (c) reverse engineer the Service, except to the extent permitted by law; or (d) upload malicious code or content that is unlawful.

4.2 If Customer's use of the Service breaches section 4.1 and threatens the security or integrity of the Service, Provider may suspend the affected accounts after notifying Customer, and shall restore them promptly once the breach has been remedied.

### 5. Customer Data

5.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer under this Order Form and in accordance with Customer's documented instructions, and shall not use it for any other purpose.

5.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis with multi-factor authentication, keep access logs for at least 180 days, and maintain daily backups.

5.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, assist Customer with notifications to regulators and affected employees, and bear the costs and losses caused by the incident to the extent it results from Provider's breach of this section.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it from its systems, and certify the deletion in writing.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 Customer Configurations belong to Customer. Customer may use, modify and allow third parties to use them for its own business, including after the end of the Subscription Term.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties.

7.2 This section survives for three years after the end of the Subscription Term.

### 8. Subcontracting

Provider shall not subcontract the performance of the Service or the onboarding services to any third party without Customer's prior written consent. Provider remains fully responsible for any subcontractor approved by Customer.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's total liability under this Order Form is limited to 150% of the Total Order Value. This limit does not apply to personal injury, fraud, wilful misconduct or breach of section 5.

### 10. Term and Termination

10.1 This Order Form starts on signature and continues until the end of the Subscription Term.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach. If Customer terminates under this section, Provider shall refund the prepaid subscription fees for the remaining part of the Subscription Year.

10.3 Provider may suspend the Service if an undisputed invoice remains unpaid for more than 45 days after a written reminder.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 12. Force Majeure

Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or large-scale failures of public telecommunications networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event prevents the use of the Service for more than 30 consecutive days, either party may terminate this Order Form by written notice, and Provider shall refund any prepaid fees for the period after termination.

### 13. General

13.1 This Order Form may be signed electronically and in counterparts. Amendments must be in writing and signed by both parties.

13.2 Neither party may assign this Order Form without the other party's prior written consent.

**Signed for Provider:** ____________________  **Signed for Customer:** ____________________
"""

E03 = """T:Supply Contract for Cold Store Monitoring Sensors and Software Licence
P:Contract No. HYC-PUR-2027-0415
P:Buyer: Qingdao Haiyun Cold Chain Warehousing Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Agate Bay Sensing, Inc., 622 Seventh Avenue, Two Harbors, Minnesota 55616, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer operates six cold store buildings and two ammonia engine rooms in Qingdao and purchases from the Supplier wireless sensors, gateways and a perpetual licence to the Supplier's monitoring software, together with installation, commissioning and training.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, version 6, installed on the Buyer's servers, with its alarm, reporting and mobile notification modules.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all measurements, alarms, logs, user records and reports generated by the System.
P:1.5 "Final Acceptance" means acceptance of the System by the Buyer under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System at the Buyer's sites in Huangdao District, integrate the Software with the Buyer's warehouse management system and its building management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,328,000, including VAT, customs duties, delivery to site and insurance, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|420|1,380|579,600
TB:2|LoRa gateway with 4G backup|36|6,900|248,400
TB:3|ColdWatch Software, perpetual licence, up to 500 devices|1|326,000|326,000
TB:|Equipment and Software subtotal|||1,154,000
TB:4|Installation and cabling|1 lot|138,000|138,000
TB:5|Commissioning, integration and training|1 lot|36,000|36,000
TB:|Contract Price|||1,328,000
P:2.3 The Contract Price is fixed and covers all services required under this Contract, including warranty services during the Warranty Period.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's sites within 60 days after signature and complete installation within 30 days after delivery. Delivery is made DAP Buyer's site, Incoterms 2020.
P:3.2 The Supplier shall carry out installation work in the cold stores in accordance with the Buyer's safety rules for low-temperature and ammonia areas, and shall schedule work so that stored goods are not exposed to temperature excursions.
P:3.3 When installation is complete, the parties shall sign an installation certificate. The installation certificate records completion of installation only and is not acceptance of the System.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against an advance payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 working days after the installation certificate is signed.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance.
P:4.4 Each payment is subject to a valid VAT invoice issued by the Supplier's authorised agent in China.
H:5. Acceptance
P:5.1 The Supplier shall submit an acceptance test plan for the Buyer's approval at least 14 days before testing.
P:5.2 The System passes Final Acceptance testing when: (a) every sensor is calibrated against a reference thermometer with a deviation of no more than 0.3 C; (b) every sensor reports to the Software at the configured interval, with data gaps no longer than 10 minutes during a 30-day trial run; (c) alarms reach the duty manager's mobile phone within 60 seconds in every tested scenario; and (d) the interfaces with the warehouse management system and the building management system transfer data without error during the trial run.
P:5.3 When all criteria in clause 5.2 are met, the Buyer shall issue a written Final Acceptance certificate within 7 days. Installation, use of the System in operation or payment of any amount is not Final Acceptance.
P:5.4 If the System fails testing, the Supplier shall remedy the defects at its own cost and repeat the tests within 15 days.
H:6. Warranty and Service Levels
P:6.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates free of charge.
P:6.2 The Software shall be available at least 99.95% of each calendar month, excluding planned maintenance agreed with the Buyer.
P:6.3 The Supplier shall respond to faults according to the following table:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring or alarms stopped for a whole building or engine room|30 minutes|6 hours
TB:Severity 2|Several sensors or one gateway not reporting|2 hours|24 hours
TB:Severity 3|Single sensor or report issue|1 working day|5 working days
P:6.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 1,200. For each 0.01 percentage point by which monthly availability falls below the level in clause 6.2, the Supplier shall pay CNY 800. The Buyer may deduct these amounts from any payment due.
P:6.5 After the Warranty Period, the Buyer may order annual maintenance at 9% of the Equipment and Software subtotal (CNY 103,860 per year). The fee is fixed for three years after the Warranty Period. Maintenance is ordered by a separate purchase order each year and does not renew automatically.
H:7. Training, Documentation and Spare Parts
P:7.1 The Supplier shall train up to 20 of the Buyer's operators and 6 system administrators in Chinese, at the Buyer's sites, before the trial run starts. Training shall cover daily monitoring, alarm handling, sensor replacement, calibration checks and user administration, and the administrators shall pass a practical test set by the Supplier.
P:7.2 The Supplier shall deliver operating manuals, administration manuals, the interface specifications and the as-built sensor location drawings in Chinese and English, in editable electronic form.
P:7.3 The Supplier shall supply, with the Equipment, 20 spare sensors and 2 spare gateways at no extra charge, and shall keep spare parts for the Equipment available for eight years after Final Acceptance at prices no higher than the unit prices in clause 2.2.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors. The Supplier grants the Buyer a perpetual, irrevocable licence to use it for the Buyer's operations.
P:8.2 The interfaces, alarm rules, dashboards and report templates developed for the Buyer, and their source code and documentation, belong to the Buyer, which may use, modify and license them freely.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not keep, copy or use it for any other purpose, including in aggregated or anonymised form.
P:9.2 The Software is installed on the Buyer's servers. The Supplier may access it remotely only through the Buyer's VPN after approval for each session, and all sessions are logged. The Supplier shall protect access credentials, apply security patches during the Warranty Period and comply with the Data Security Law of the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting Buyer Data or the System within 6 hours after becoming aware of it, cooperate in its investigation and remedy, and compensate the Buyer for the losses caused by the Supplier's breach.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's site layouts, customer information and security settings, and shall not disclose it without prior written consent, for five years after termination.
H:11. Delay and Liability
P:11.1 If the Supplier fails to deliver the Equipment or to complete installation by the dates in clause 3.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under clause 11.1 reach their maximum.
H:14. Force Majeure
P:14.1 Neither party is liable for a delay or failure caused by force majeure, such as earthquakes, typhoons, epidemics or government action, if it notifies the other party within 5 days and provides evidence. Performance dates are extended by the period of the event. If the event continues for more than 60 days, the parties shall discuss whether to continue, and the Buyer may terminate the Contract and pay for Equipment already delivered.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court with jurisdiction where the Buyer is domiciled.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. BRD-MSA-2027-06**

**Between:** Borderwater Managed IT, Inc., 318 Third Street, International Falls, Minnesota 56649, United States ("Provider")

**And:** Rizhao Huaxin Paper Co., Ltd., Lanshan District, Rizhao, Shandong Province, People's Republic of China ("Customer")

Customer operates a paper mill, a converting plant and a logistics centre in Rizhao with about 1,900 computer users. Customer wishes to outsource its IT service desk, end-user support, and network and server operations to Provider for 36 months. Provider performs the services through its delivery team in China and its remote operations centre. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has been completed in accordance with clause 3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider or its personnel access, store or process in performing the Services, including system logs and service desk records.

1.5 "Monthly Fee" means the fixed monthly charge set out in Schedule 3.

## 2. Services

2.1 Provider shall perform the Services described in Schedule 1 at the service levels set out in Schedule 2, using suitably qualified and experienced personnel.

2.2 Provider shall assign a named service delivery manager based in Rizhao, who attends a monthly service review with Customer and presents a report on service levels, incidents, problems, changes and improvement actions.

2.3 Provider shall propose at least two improvement initiatives in each contract year, with their expected benefits and costs, for Customer's decision.

2.4 Provider shall follow Customer's IT policies, change management procedures and site safety rules, including the mill's rules for work in production areas.

## 3. Transition

3.1 Provider shall complete the transition within 75 days after signature of this Agreement. The transition includes knowledge transfer from Customer's current staff and supplier, the set-up of Provider's monitoring tools, the import of Customer's asset inventory and the documentation of all operating procedures.

3.2 The transition is complete when Customer confirms in writing that: (a) all 1,900 users can contact the service desk by telephone, portal and the corporate messaging app; (b) all network devices and servers listed in Schedule 1 are monitored and alarms reach Provider's operations centre; (c) the operating procedures and asset inventory have been reviewed and approved by Customer; and (d) a two-week shadow period has been completed without a Priority 1 incident caused by Provider.

3.3 If the transition is not complete within the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Fees and Payment

4.1 Customer shall pay the Transition Fee and the Monthly Fee set out in Schedule 3. The total value of this Agreement is CNY 2,550,000.

4.2 The Transition Fee is invoiced after the Service Commencement Date. The Monthly Fee is invoiced monthly in arrears, less any service credits under Schedule 2. Invoices are payable within 30 days after receipt of a valid VAT invoice.

4.3 The Monthly Fee is fixed for the Term. Work outside the scope of Schedule 1 is carried out only on Customer's written order at the day rates in Schedule 3.

## 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose, including analysis for other clients or product development, whether or not the data is anonymised.

5.2 Provider shall keep Customer Data within mainland China, access Customer systems only through Customer's privileged access management system with individual accounts and multi-factor authentication, keep its own tools and laptops patched and encrypted, and comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.

5.3 Provider shall report any security incident affecting Customer Data or Customer systems to Customer within 2 hours after detecting it, take immediate containment measures, cooperate with Customer's investigation and bear the costs of remediation where the incident was caused by Provider or its personnel.

## 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information, including network designs, passwords, production data and prices, use it only for this Agreement and disclose it only to personnel who need to know it and are bound by equivalent duties.

6.2 This clause survives for five years after the end of this Agreement.

## 7. Intellectual Property

7.1 Provider keeps all rights in its own tools, methods and software used to deliver the Services.

7.2 Scripts, runbooks, configuration files, knowledge articles and reports created by Provider for Customer belong to Customer, which may use and modify them freely and hand them to any successor provider.

## 8. Personnel and Subcontracting

8.1 Provider shall ensure that its personnel on Customer's sites hold the required qualifications and have passed Customer's safety induction.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all acts and omissions of approved subcontractors.

## 9. Term and Termination

9.1 This Agreement starts on signature and ends at the end of the Term. There is no automatic renewal; any extension requires a written amendment signed by both parties.

9.2 This Agreement may not be terminated by either party before the end of the Term, except that Provider may terminate it by written notice if Customer fails to pay undisputed invoices for more than 60 days after a written reminder.

9.3 Customer's remedies for failures to meet the service levels are the service credits under Schedule 2 and, for other breaches, damages subject to clause 10.

9.4 At the end of the Term, Provider shall provide exit assistance for up to 60 days at the day rates in Schedule 3, hand over all documentation, credentials and Customer Data, and cooperate with Customer's successor provider.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss, loss of production or loss of profit.

10.2 Provider's total liability arising out of or in connection with this Agreement in any contract year is limited to the total Monthly Fees paid by Customer in the 9 months preceding the event giving rise to the claim. This limit does not apply to personal injury, fraud or wilful misconduct.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

## 12. General

12.1 The Schedules form part of this Agreement. In case of conflict, the clauses of this Agreement prevail over the Schedules.

12.2 Amendments must be in writing and signed by both parties.

## Schedule 1 - Scope of Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and messaging support in Chinese and English for about 1,900 users | 24 x 7 |
| End-user support | On-site support at the mill, converting plant and logistics centre; desktop, laptop and printer support; moves, adds and changes | 07:00-23:00, 7 days |
| Network operations | Monitoring and management of 186 switches, 64 wireless controllers and access points, 3 firewalls and the WAN links | 24 x 7 |
| Server operations | Monitoring, patching and backup of 72 virtual servers and 6 physical hosts in Customer's data room | 24 x 7 |
| Asset management | Hardware and software inventory, licence tracking and disposal records | Business days |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Resolution target | Credit per breach (CNY) |
|---|---|---|---|---|
| Priority 1 | Production network, mill control network access or a site down | 15 minutes | 2 hours | 5,000 |
| Priority 2 | Service degraded for a department or critical application | 30 minutes | 8 hours | 1,500 |
| Priority 3 | Single user or device affected | 2 hours | 2 business days | 200 |
| Service request | Standard request such as a new user account or a software installation | 1 business day | 3 business days | 100 |

Service credits are calculated monthly and shown in the service report. The service credits for a month shall not exceed 25% of the Monthly Fee for that month. Incidents caused by Customer's own staff, by third-party suppliers engaged directly by Customer or by planned changes approved by Customer are excluded.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Service Commencement Date | 84,000 |
| Monthly Fee | per month, 36 months (CNY 68,500 x 36 = CNY 2,466,000) | 68,500 |
| Total value over the Term | | 2,550,000 |
| Additional work | engineer day rate | 2,800 |
| Additional work | senior engineer day rate | 4,200 |

For the Provider: ____________________  For the Customer: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LWA-DS-2027-031

PARTIES

Lake of the Woods Agri-Data, Inc., 105 Lake Street North, Warroad, Minnesota 56763, United States ("Provider").

Dalian Beiliang Grain Trading Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China ("Customer").

BACKGROUND

Customer imports soybeans and corn and wishes to subscribe to Provider's crop weather and crop condition data for North and South America, delivered through Provider's application programming interface (API), together with a custom county-level feed for its trading and risk teams. Provider agrees to supply the data on the terms of this Agreement.

1. DEFINITIONS

1.1 "Provider Data" means the weather observations, forecasts, satellite vegetation indices, crop condition estimates and yield model outputs that Provider makes available through the API.

1.2 "Custom Feed" means the county-level crop weather index for the 1,150 counties and departments listed in Annex A, computed to Customer's specification in Annex B and delivered daily through the API.

1.3 "Customer Data" means the data Customer or its users submit to the API or the web portal, including watch lists, query histories, user account details and any position or shipment information uploaded by Customer.

1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period from an anniversary to the day before the next anniversary.

1.5 "Start Date" means the date on which Provider issues production API credentials to Customer.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and the web portal, and to use Provider Data for the internal business purposes of Customer and its wholly owned subsidiaries in mainland China, for up to 35 named users and 2 million API calls per Subscription Year.

2.2 Customer may include Provider Data in internal reports, models and presentations, and may share insubstantial extracts with its banks and auditors, but may not resell Provider Data or make it available to third parties as a data product.

2.3 Provider shall set up the Custom Feed within 45 days after signature of this Agreement, with a history of ten seasons for back-testing.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term is two Subscription Years from the Start Date.

3.2 The parties may renew the subscription for a further Subscription Year by a written renewal agreement signed before the end of the Subscription Term, at fees agreed at that time. Without such an agreement, the subscription ends at the end of the second Subscription Year.

4. FEES AND PAYMENT

4.1 The fees under this Agreement are:
(a) subscription fee, Subscription Year 1: CNY 226,000;
(b) subscription fee, Subscription Year 2: CNY 226,000;
(c) Custom Feed set-up fee (one-time): CNY 26,000.
The total value of this Agreement is CNY 478,000, including VAT.

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The Custom Feed set-up fee is invoiced after the Custom Feed has been made available. Invoices are payable within 30 days of receipt of a valid VAT invoice.

4.3 API calls above the annual allowance are charged at CNY 0.06 per call, invoiced quarterly in arrears. Provider shall warn Customer by email when 80% of the allowance has been used.

5. DELIVERY AND ACCEPTANCE

5.1 Provider shall make the API, the web portal and the Custom Feed available to Customer in accordance with the documentation.

5.2 The subscription is deemed accepted by Customer when Provider issues the production API credentials, and the Custom Feed is deemed accepted when Provider first makes it available through the API.

5.3 If the Custom Feed is not made available within the period in clause 2.3 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

6. SERVICE LEVELS

6.1 Provider shall ensure that the API is available at least 99.95% of the time in each calendar month, measured at Provider's API gateway, excluding planned maintenance notified at least 72 hours in advance and scheduled outside 08:00 to 20:00 Beijing time.

6.2 Daily data updates, including the Custom Feed, shall be published by 07:00 Beijing time on each calendar day.

6.3 Provider shall respond to incidents as follows:
(a) Critical (API unavailable, or the daily update or Custom Feed not published): response within 1 hour, at any time, and restoration within 6 hours;
(b) Major (a data set delayed or incorrect, or API performance degraded): response within 2 hours and resolution within 1 business day;
(c) Minor (other issues and questions): response within 1 business day.

6.4 If monthly availability falls below the level in clause 6.1, Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.02 percentage point below that level, up to half of the monthly equivalent. Each Critical incident not restored within 6 hours earns a further credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

7. CUSTOMER OBLIGATIONS

7.1 Customer shall keep its API keys and portal passwords secure, rotate API keys at least every six months, and ensure that only its named users access the web portal.

7.2 Customer shall use the API within the documented rate limits and shall inform Provider in advance of planned load tests or bulk historical downloads, so that Provider can schedule them without affecting other users.

7.3 Customer shall nominate a technical contact and a business contact, and shall report incidents through Provider's support portal or the support telephone number in the documentation.

7.4 Customer is responsible for its own trading decisions. Provider Data consists of observations, estimates and forecasts, and Provider does not warrant that any forecast will prove accurate, although Provider shall correct errors in its data processing promptly when they are reported or detected.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API, the web portal and the Custom Feed to Customer, and shall not use it for any other purpose, including analytics, benchmarking or product development, whether or not in aggregated form.

8.2 Provider shall host Customer Data in a data centre in mainland China operated by a provider with an MLPS level 3 record, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, and log all access.

8.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take all reasonable steps to contain and remedy it, and shall be liable for the losses caused to Customer where the incident results from Provider's failure to comply with this clause.

8.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data to Customer in CSV format and delete all copies.

9. INTELLECTUAL PROPERTY

9.1 Provider Data and the API remain the property of Provider and its data suppliers.

9.2 The specification of the Custom Feed, and the index methodology developed for Customer under Annex B, belong to Customer. Customer may use and modify them and may have them implemented by another data provider after this Agreement ends.

9.3 Provider shall defend Customer against any claim that Customer's use of Provider Data in accordance with this Agreement infringes a third party's rights, and shall pay the damages and costs finally awarded.

10. SUBCONTRACTING

Provider shall not subcontract the operation of the API, the hosting of Customer Data or the production of the Custom Feed to a third party without Customer's prior written consent. Provider's licensing of raw weather and satellite data from public agencies and commercial data suppliers is not subcontracting.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, or for trading losses resulting from decisions made on the basis of Provider Data.

11.2 Each party's total liability under this Agreement is limited to 150% of the total value stated in clause 4.1, except for personal injury, fraud, wilful misconduct and breach of clause 8.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

12.2 Customer may also terminate this Agreement by written notice if monthly availability falls below the level in clause 6.1 in any three months of a Subscription Year.

12.3 If Customer terminates under this clause, Provider shall refund the subscription fees paid for the period after termination.

13. FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. The failure of a public data source is not force majeure where Provider can obtain the data elsewhere at reasonable cost.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

15. GENERAL

15.1 Annex A (county and department list) and Annex B (Custom Feed specification) form part of this Agreement.

15.2 Neither party may assign this Agreement without the other party's prior written consent. Amendments must be in writing and signed by both parties.

SIGNED

For Provider: ____________________

For Customer: ____________________
"""


TARGETS = {
    "z01": ("h1064z01_water_bureau_river_cleaning_platform.pdf", "pdf", Z01),
    "z02": ("h1064z02_beauty_device_plant_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1064z03_billiards_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h1064z04_slope_monitoring_annual_om_service.txt", "txt", Z04),
    "z05": ("h1064z05_silver_studio_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1064e01_cold_chain_routing_perpetual_licence.pdf", "pdf", E01),
    "e02": ("h1064e02_workforce_saas_order_form.md", "md", E02),
    "e03": ("h1064e03_cold_store_sensors_monitoring_licence.docx", "docx", E03),
    "e04": ("h1064e04_paper_mill_managed_it_services.md", "md", E04),
    "e05": ("h1064e05_crop_weather_data_api_subscription.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# values in KEYS order; then extra (sla_clause, ld_stated, capped or None, deemed, value); design-only facts
D = {
    "z01": dict(cat="software", t=[99.95, 0.5, True, "buyer", False, True, True, 0.03, None, 20, True, True, 24, 9,
                                  False, True, False, "PRC", G],
                x=[True, True, True, False, 1608000], items=[860000, 624000, 98000, 26000], base=860000,
                forum_outside=False, rules=["CR-DATA-SECURITY", "CR-LD-LOW"]),
    "z02": dict(cat="hardware", t=[None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 32,
                                   False, True, False, "PRC", G],
                x=[True, True, True, False, 1688000], items=[1420000, 186000, 64000, 18000], base=1420000,
                forum_outside=False, rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(cat="cloud", t=[99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                True, True, False, "PRC", S],
                x=[True, True, None, False, 385600], items=[163800, 163800, 58000], base=None,
                forum_outside=False, rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(cat="services", t=[99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                   None, False, True, False, "PRC", S],
                x=[True, True, None, False, 648000], items=[286000, 174000, 152000, 36000], base=None,
                forum_outside=False, rules=[]),
    "z05": dict(cat="software", t=[None, 8, False, "supplier", True, False, True, 0.02, 20, 55, True, True, 6, None,
                                   False, True, True, None, G],
                x=[True, True, False, False, 352000], items=[186000, 142000, 24000], base=186000,
                forum_outside=False,
                rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                       "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": dict(cat="software", t=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                   False, True, False, "Minnesota", G],
                x=[True, True, True, False, 1720000], items=[1280000, 396000, 44000], base=1280000,
                forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "e02": dict(cat="cloud", t=[None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
                                False, True, False, "PRC", S],
                x=[False, False, None, False, 620000], items=[286000, 286000, 48000], base=None,
                forum_outside=False, rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": dict(cat="hardware", t=[99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9,
                                   False, True, False, "PRC", G],
                x=[True, True, True, False, 1328000], items=[1154000, 138000, 36000], base=1154000,
                forum_outside=False, rules=[]),
    "e04": dict(cat="services", t=[None, 0.25, True, "buyer", True, True, True, 2000 / 2550000 * 100, 9 / 36 * 100,
                                   None, True, None, None, None, False, False, False, "PRC", S],
                x=[True, True, None, False, 2550000], items=[68500 * 36, 84000], base=None,
                forum_outside=False, rules=["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "e05": dict(cat="cloud", t=[99.95, 1, True, "buyer", True, True, False, 300 / 478000 * 100, 150, None, False,
                                None, None, None, False, True, False, "PRC", S],
                x=[True, True, None, True, 478000], items=[226000, 226000, 26000], base=None,
                forum_outside=False, rules=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when not computable (service contract or uncapped / unstated fee)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, forum_outside, base):
    """My reading of policy §3 (thresholds: 99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %)."""
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}


def risk(rules):
    if not rules:
        return "low"
    if set(rules) & SEVERITY_HIGH:
        return "high"
    if set(rules) == {"CR-GOVERNING-LAW"}:
        return "low"
    return "medium"


# ---- threshold scan ----
NUM_PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"99[.．]9(?![0-9])",
    r"(?<![0-9.,])4\s*(?:hours?|hrs?|h\b|个?小时)",
    r"(?<![0-9A-Za-z])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![一二三四五六七八九十])四个?小时",
    r"(?<![0-9.,])0[.．]05(?![0-9])\s*(?:%|％|per\s*cent|percent|percentage)",
    r"万分之五(?![十0-9])",
    r"千分之零点五",
    r"(?<![0-9.,])100(?![0-9,])" + NUM_PCT,
    r"百分之一?百",
    r"(?<![0-9.,])30(?:\.0+)?(?![0-9,])" + NUM_PCT,
    r"百分之三十(?![一二三四五六七八九点])",
    r"三成",
    r"(?<![0-9.,])12\s*(?:-\s*)?(?:months?|个月)",
    r"(?<![0-9A-Za-z])twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"(?<![一二三四五六七八九十第])十二个月",
    r"(?<![0-9A-Za-z])(?:one|1)\s*(?:\(1\)\s*)?(?:-\s*)?years?\b",
    r"(?<![第每一二三四五六七八九十])一年",
    r"(?<![0-9.,])15(?:\.0+)?(?![0-9,])" + NUM_PCT,
    r"百分之十五(?![点])",
    r"(?<![0-9.,])40(?:\.0+)?(?![0-9,])" + NUM_PCT,
    r"百分之四十(?![一二三四五六七八九点])",
    r"四成",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "availability of 99.9 per cent", "within 4 hours", "4小时内", "四小时", "0.05%", "0.05 % per day",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "12 months", "12个月", "十二个月",
            "twelve (12) months", "one year", "一年", "15%", "百分之十五", "40%", "百分之四十"]
MUST_MISS = ["99.95%", "99.98", "24 hours", "24小时", "二十四小时", "14 hours", "4.2 The", "0.055%", "0.5%",
             "1,100%", "130%", "300%", "2027年12月31日", "112 months", "二十四个月", "十八个月", "15,000", "0.15%",
             "1.5%", "40,000", "第一年", "每一年", "35%", "45%", "2 hours", "150%", "20 working days", "section 4 h2"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s) and not hits(re.sub(r"\s+", "", s)), "must miss: %s %s" % (s, hits(s))


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


def label(key):
    d = D[key]
    t = dict(zip(KEYS, d["t"]))
    sla, ld, capped, deemed, value = d["x"]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return t, x


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    office = {}
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            office[key] = (name, kind)
    write({k: TARGETS[k][2] for k in office}, office, OUT, wrap_words=True)

    covered = set()
    for key, (name, kind, src) in TARGETS.items():
        d = D[key]
        t, x = label(key)
        assert sum(d["items"]) == x["contract_value"], key
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(t, x, d["base"])
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        rules = derive(t, x, d["forum_outside"], d["base"])
        assert rules == sorted(d["rules"]), (key, rules, d["rules"])
        covered |= set(rules)
        text = read_back(OUT / name)
        lang = "zh" if key.startswith("z") else "en"
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            h = hits(variant)
            assert not h, (key, h)
        print("%s %-60s %s len=%d %s risk=%s tco=%s %s" % (key, name, lang, n, "ok" if ok else "OUT OF RANGE",
                                                       risk(rules), None if share is None else round(share, 1),
                                                       ",".join(r[3:] for r in rules)))
        assert ok, (key, n)
        lab = {"file": name, "language": lang, "category": d["cat"], "expected_terms": t, "expected_extra": x,
               "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                      encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
