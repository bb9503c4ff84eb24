"""holdout1133: builds the ten blind held-out draft contracts of this folder from the sources below, writes their
.json labels and asserts the checks of the brief (lengths, no threshold figure, labels vs design, rule coverage).

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .docx/.pdf come from ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:消费投诉处理平台采购合同
P:合同编号：SJG-ZFCG-2027-0418　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市市场监督管理局
P:乙方（供应商）：杭州澄信软件科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就消费投诉处理平台软件许可及定制开发项目订立本合同，采用甲方提供的合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供消费投诉处理平台软件（永久许可，不限用户数），并完成投诉分派、调解流程、商户信用关联、统计分析驾驶舱等定制开发，以及历史投诉数据迁移、部署实施和培训。
P:1.2 合同总价为人民币2,146,000元（含税），其中：平台软件许可费1,180,000元；定制开发费742,000元；历史数据迁移费138,000元；部署实施及培训费86,000元。合同总价为固定价格，除甲方书面变更需求外不作调整。
H:第二条 交付与工期
P:2.1 乙方应于合同签订后一百二十日内完成部署、定制开发和数据迁移，具备初验条件。
P:2.2 乙方应提交需求规格说明书、设计文档、源代码、部署手册、操作手册及测试报告。
P:2.3 平台部署于甲方政务云资源，由甲方提供计算、存储及网络资源，乙方负责中间件、数据库及应用的安装配置，并配合政务云运营方完成安全加固。
P:2.4 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格，未经甲方书面同意不得更换项目经理和技术负责人。乙方人员进入甲方办公场所应遵守甲方管理制度。
P:2.5 乙方应为甲方业务人员、区县分局联络员及系统管理员分批组织培训，培训总人数不少于一百二十人次，并提供培训教材和操作视频。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 初验合格后，甲方支付合同总价的50%。
P:3.3 最终验收合格并签署验收报告后，甲方支付合同总价的25%。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 验收
P:4.1 初验：乙方完成部署后，甲方按招标文件技术要求逐项测试，包括全部功能点、与全国消费投诉举报平台及本局办公系统接口的联调、历史数据迁移记录数核对一致、200个并发用户下页面响应不超过3秒。
P:4.2 试运行：初验合格后系统试运行九十日，试运行期间不得发生一级故障，二级故障累计不超过三次。
P:4.3 终验：试运行结束后，甲方组织专家按上述标准及第三方安全测评报告进行最终验收，出具书面验收报告。
P:4.4 系统上线、甲方实际使用或支付任何款项，均不视为验收合格。
H:第五条 服务水平
P:5.1 质保期内平台月度可用率不低于99.95%（计划内维护且提前三日通知的除外）。
P:5.2 一级故障（系统整体不可用或投诉无法受理）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，次工作日内解决。
P:5.3 乙方未达到上述要求的，每超时一小时向甲方支付1,000元；月度可用率每低于承诺值0.01个百分点，扣减当年运维费或质保金2,000元。
H:第六条 质量保证与后续运维
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续运维服务，年运维费不超过平台软件许可费的10%（即118,000元/年），该价格自质保期满起三年内固定不变；运维合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方应每季度开展一次系统巡检，提交巡检报告及优化建议；每年配合甲方开展一次应急演练，并在重大活动、消费维权集中时段提供现场保障。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、接口、报表及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证其提供的软件及服务不侵犯任何第三方的知识产权；因侵权引起的索赔由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第八条 数据安全
P:8.1 平台存储的投诉、举报、当事人个人信息及统计数据均属甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应落实网络安全等级保护第三级要求，运维操作须经甲方审批并通过堡垒机进行，敏感字段加密存储，操作日志保存不少于六个月。乙方不得在平台中预留后门或未经甲方许可的远程访问通道，测试环境应使用甲方提供的脱敏数据，项目结束时应将其持有的全部数据副本交还甲方或在甲方监督下销毁。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、投诉人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:10.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，终验合格后三十日内无息退还；乙方存在违约情形的，甲方有权从中扣除相应违约金。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将合同全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力与变更
P:14.1 因地震、洪水、疫情防控措施等不可抗力导致不能履行的，受影响方应在三日内通知对方，并在十五日内提供证明，双方协商延长履行期限。
P:14.2 甲方因政策调整或业务变化需要增减定制功能的，应书面提出变更需求，乙方在五个工作日内提交工作量评估和报价，经双方确认后签订补充协议；未经确认的变更不产生额外费用。
P:14.3 甲方依法对本项目开展履约验收评价，乙方应配合提供履约资料；履约验收结果将按政府采购有关规定予以公告，并作为供应商诚信记录的参考。
P:14.4 双方指定的联系人及联系方式见附件，通知以书面形式送达该联系人即视为送达；联系方式变更的，应提前三日书面告知对方。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:附件：1. 分项报价表；2. 技术需求及定制功能清单；3. 验收测试方案；4. 双方联系人。
P:签订日期：2027年　月　日
"""
Z02 = """T:生产线控制系统改造合同
P:合同编号：KCJ-GZ-2027-015
P:甲方：江苏永锐电动开槽机制造有限公司
P:乙方：常州恒控自动化工程有限公司
P:甲方拟对其装配一线、装配二线及电机测试线共三条生产线的控制系统进行改造升级，乙方负责设备供货、控制软件开发、安装调试及培训。经友好协商，双方订立本合同。
H:第一条 改造范围与价格
P:1.1 乙方应更换三条生产线的可编程控制器、伺服驱动、人机界面及现场总线设备，部署产线数据采集与控制软件，开发与甲方生产执行系统的接口，使各线节拍提升并实现工位数据实时采集。
P:1.2 分项价格如下表（含税，人民币元）：
TB:序号|项目|数量|金额
TB:1|可编程控制器及扩展模块|18套|412,000
TB:2|伺服驱动器及电机|64套|538,000
TB:3|人机界面触摸屏|21台|126,000
TB:4|工业交换机及总线设备|1批|118,000
TB:5|产线数据采集与控制软件许可|1套|282,000
TB:软硬件小计|||1,476,000
TB:6|改造施工及联调（含接口开发）|1项|236,000
TB:7|操作及维护培训|1项|18,000
TB:合同总价|||1,730,000
P:1.3 改造后的主要技术目标：装配线节拍由每台四十二秒提升至三十六秒以内；换型时间不超过二十分钟；控制系统支持配方管理、故障报警追溯及按班次统计产量、合格率和停机原因；所有设备状态可在车间看板和甲方生产执行系统中实时显示。
P:1.4 合同总价包括设备、软件、运输、保险、安装、调试、培训及税费，甲方不再另行支付其他费用。拆除的旧控制器、驱动器等设备归甲方所有，由乙方清点后移交甲方仓库，乙方不得擅自处置。
H:第二条 工期与停线安排
P:2.1 乙方应于合同签订后七十五日内完成全部设备到货，并利用甲方安排的停线窗口分线实施，每条线停线改造时间不得超过六日。
P:2.2 乙方应在施工前提交施工方案、停线计划及回退方案，经甲方生产部书面确认后方可实施。改造期间因乙方原因造成停线时间延长的，按本合同第九条承担违约责任。
P:2.3 乙方现场人员应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票；因乙方违章作业造成人身伤害或财产损失的，由乙方承担全部责任。
P:2.4 乙方提供的设备应为原厂全新正品，附合格证、装箱单及原厂质保证明；主要部件的品牌、型号应与技术协议一致，未经甲方书面同意不得替换。
P:2.5 乙方应随设备提供一批随机备品备件，清单见技术协议附件，并在质保期内保证常用备件在常州仓库有库存，能够在二十四小时内送达甲方现场。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%。到货签收及安装调试完成不视为验收合格。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的25%。
H:第四条 验收
P:4.1 每条生产线改造完成后连续生产运行二十一日，期间控制系统不得出现导致停线的故障，节拍达到技术协议约定值，抽查的工位数据记录无缺失且与甲方生产执行系统对账一致。
P:4.2 三条线均满足上述条件后，甲方组织最终验收，双方签署验收报告；验收不合格的，乙方应在十日内整改并重新验收。
P:4.3 甲方在验收前使用改造后的生产线进行生产，不视为验收合格。
H:第五条 质量保证及维保
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的缺陷修复、备件更换及现场服务均免费。
P:5.2 一级故障（整线停机）乙方应在30分钟内电话响应，3小时内到达现场；二级故障（单工位停机）2小时内响应，次日内修复。乙方每超时一小时，向甲方支付800元。
P:5.3 质保期满后的维保服务，年维保费按软硬件小计的8%计取（即118,080元/年），自质保期满起三年内不上调；维保合同每年由甲方决定是否续签。
P:5.4 乙方应在验收后为甲方电气班组提供不少于五日的操作及维护培训，使甲方人员能够独立完成程序备份、参数调整及常见故障处理；培训结束后乙方应提交培训记录及考核结果。
P:5.5 质保期内乙方每半年到甲方现场巡检一次，检查控制柜、驱动器散热及总线通讯状态，提交巡检报告；发现隐患的，应主动提出处理方案并及时实施。
H:第六条 知识产权
P:6.1 为本项目编写的控制程序、人机界面画面、接口程序及其源代码和技术文档的知识产权归甲方所有，乙方应在验收时全部移交，甲方可自行修改和使用。
P:6.2 数据采集与控制软件的产品著作权归乙方，甲方获得永久使用许可。
H:第七条 数据安全
P:7.1 生产工艺参数、产量及质量数据均属甲方所有，乙方不得复制、外传或用于本合同以外的目的。
P:7.2 乙方远程维护须经甲方逐次审批并通过甲方指定的VPN接入，操作全程留痕；乙方应采取防病毒及访问控制措施，不得将未经检测的移动存储介质接入控制网络。
P:7.3 发生数据泄露、控制系统被入侵等安全事件的，乙方应在2小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任。
P:7.4 控制网络应与办公网络逻辑隔离，乙方应关闭控制器和人机界面中不必要的端口与服务，修改全部默认口令，并在验收时向甲方移交账号权限清单；合同履行完毕后，乙方应删除其保存的甲方程序备份及生产数据，并出具书面说明。
H:第八条 保密
P:8.1 乙方对知悉的甲方工艺、配方、客户及生产计划等信息负有保密义务，合同终止后三年内继续有效。
H:第九条 违约责任
P:9.1 乙方逾期完成到货、安装或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:9.4 乙方交付的设备或软件不符合约定，经两次整改仍无法通过验收的，甲方有权退货并要求乙方返还已付款项，同时赔偿甲方因停线延长造成的直接损失。
P:9.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十条 分包
P:10.1 乙方可将电气配线、桥架安装等现场施工工作分包给具备资质的施工单位，但应提前五个工作日书面通知甲方，并对分包单位的工作承担责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十日内未纠正的，甲方有权解除合同并要求赔偿。
P:11.2 因甲方经营调整需要提前终止合同的，应书面通知乙方，并就乙方已完成的工作量及已到货设备据实结算。
H:第十二条 不可抗力
P:12.1 因地震、洪水、火灾等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，双方协商调整工期。乙方不得以原材料涨价、芯片供应紧张等商业风险作为不可抗力主张免责或调价。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，向甲方所在地人民法院提起诉讼。
P:13.2 乙方应在合同签订后五个工作日内指定项目经理和电气、软件负责人各一名，常驻甲方现场直至最终验收；上述人员更换须经甲方书面同意，更换后的人员资历不得低于原人员。
P:13.3 本合同附件包括技术协议、设备清单、停线计划及验收测试方案，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:13.4 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""
Z03 = """焊工培训门店预约及会员管理系统服务合同

合同编号：HG-SaaS-2027-032
甲方：山东鲁焊职业技能培训连锁有限公司
乙方：青岛启约云信息技术有限公司

甲方在省内经营三十五家焊工培训门店，现委托乙方以软件即服务方式提供学员预约排课、会员管理及收银系统，并完成实施上线。双方经协商订立本合同。

一、服务内容

（一）乙方为甲方全部三十五家门店开通预约及会员管理系统的使用权限，功能包括：
1. 学员线上预约、实操工位排课及教练排班；
2. 会员卡、课时包、储值及积分管理；
3. 门店收银、退费审批及对账报表；
4. 焊工证考前模拟题库练习及学习进度跟踪；
5. 总部经营驾驶舱及门店业绩排名。

（二）实施服务：乙方负责系统配置、各门店实操工位及焊机台账建档、甲方现有会员及课时余额数据迁移、微信小程序品牌定制、与甲方财务系统的接口开发，以及对门店店长和前台人员的培训。

（三）运营支持：服务期内乙方提供7×12小时在线客服及专属客户成功经理，每月向甲方总部提交系统使用情况报告，包括各门店预约量、到课率、会员续费率及故障处理情况，并每季度组织一次线上培训，覆盖新入职的店长和前台人员。

（四）版本升级：乙方对系统进行的常规功能升级向甲方免费提供。升级须在晚间二十二时至次日六时之间进行，并提前三日通知甲方；升级导致已有功能不可用的，按服务水平条款处理。

（五）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，第二服务年度紧接第一服务年度。

二、服务费用及支付

（一）服务费用如下（含税，人民币元）：
1. 系统订阅费：每店每服务年度5,600元，三十五家门店每服务年度合计196,000元，两个服务年度合计392,000元；
2. 实施及数据迁移费：68,000元（一次性）；
3. 培训费：12,000元（一次性）。
合同总价为472,000元。门店数量增加的，新增门店按每店每服务年度5,600元按月折算计费。

（二）实施及数据迁移费、培训费在上线验收合格后十五个工作日内支付。

（三）各服务年度的订阅费在该服务年度开始后十五个工作日内支付。

（四）乙方应在每次收款前开具增值税专用发票。

（五）除本合同列明的费用外，乙方不得另行向甲方或门店收取任何费用。短信通知费用已包含在订阅费中，每家门店每服务年度短信条数以附件约定为准，超出部分按附件单价据实结算，不计入合同总价。

三、实施与验收

（一）乙方应于合同签订后四十五日内完成实施，具备上线条件。

（二）上线验收标准：
1. 三十五家门店全部开通，需求清单所列功能逐项测试通过；
2. 会员、课时余额及储值余额迁移后与甲方原系统逐条核对一致；
3. 收银数据与财务系统接口连续十日对账无差异；
4. 高峰时段二百名学员同时预约时，页面响应时间不超过2秒；
5. 小程序通过微信平台审核并以甲方主体名义发布，支付及退款流程测试通过。

（三）甲方按上述标准验收并签署上线验收单。系统试用或门店开始使用，不视为验收合格。

（四）上线前，乙方应协助甲方完成门店前台人员的操作考核，每家门店至少两名人员考核合格，并为每家门店制作预约二维码物料及操作指引。

（五）甲方应指定总部项目负责人，及时提供门店信息、课程体系、价格政策及历史数据，并组织门店配合上线切换；因甲方原因延误的，实施期限相应顺延。

四、服务水平

（一）系统月度可用率不低于99.5%（经甲方同意的计划维护时间除外）。

（二）一级故障（全部门店无法预约或收银）乙方应在1小时内响应，3小时内恢复；二级故障（单个功能异常）2小时内响应，次日内解决。

（三）服务未达标的，按以下标准抵扣下一期订阅费：月度可用率每低于承诺值0.1个百分点，抵扣当月订阅费的2%；一级故障超时恢复的，每超时一小时抵扣1,000元。

五、数据归属与安全

（一）甲方的学员信息、会员数据、交易记录及经营数据归甲方所有。

（二）乙方可将甲方数据进行脱敏处理后，用于乙方产品优化、行业分析报告及向其他客户提供的经营对标服务，且该等使用不受服务期届满的影响。

（三）乙方应将数据存储于中国境内的云服务器，采取加密存储、访问控制、操作审计和每日备份措施，并取得网络安全等级保护第三级备案。

（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致数据泄露的，乙方承担赔偿责任。

（五）系统收集学员身份证号码、手机号码、证件照片等个人信息的，乙方应按照《个人信息保护法》的要求设置告知同意页面，身份证号码及照片应加密存储并在前台界面中脱敏显示；乙方员工访问甲方生产数据须经甲方授权，并保留完整访问日志不少于六个月。

（六）服务终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除其保存的甲方数据。

六、知识产权

（一）系统平台的知识产权归乙方所有。

（二）为甲方定制的小程序页面、品牌素材及财务接口程序的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人使用。

七、保密

双方对在合作中知悉的对方商业信息、学员信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。乙方应与接触甲方信息的员工签订保密协议，并对其进行保密培训；乙方员工违反保密义务的，视为乙方违约。

甲方的课程体系、价格政策、门店经营数据及会员名单属于甲方商业秘密，乙方不得向甲方的竞争对手或其他培训机构透露，亦不得在宣传材料中引用甲方的经营数据。

八、续期

服务期届满前三十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场行情上调订阅费，上调幅度由乙方确定并提前三十日通知甲方。

九、违约责任

（一）乙方逾期完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

（二）乙方未按约定交付源代码或数据，或擅自变更系统功能导致门店无法正常经营的，应赔偿甲方由此造成的直接损失。

（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金；逾期超过六十日的，乙方可暂停服务。

十、分包

乙方不得将本合同项下的服务分包或转包给第三方；确需将短信、支付等配套服务交由第三方提供的，应事先取得甲方书面同意。

十一、合同解除

（一）乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方退还未履行期间的订阅费。

（二）系统连续两个月未达到约定可用率的，甲方有权解除合同。

（三）因甲方门店关闭导致门店数量减少的，甲方可提前三十日书面通知乙方停用相应门店账号，自停用次月起按实际门店数量结算订阅费。

十二、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，提交济南仲裁委员会仲裁。

十三、其他

（一）本合同附件包括功能需求清单、数据迁移方案、服务水平说明及门店清单，与本合同具有同等效力。

（二）本合同未尽事宜，双方可签订补充协议。双方确认的会议纪要、需求变更单经双方授权代表签字后，作为本合同的补充。本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：2027年  月  日
"""
Z04 = """港口岸桥监控系统年度运维服务合同

项目编号：GWJ-CS-2027-007（竞争性磋商）
甲方：某市港务局
乙方：宁波港信智能科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对港区岸桥监控系统提供年度运行维护服务，双方订立本合同。

第一条 服务范围
（一）运维对象为港区十四台岸桥的监控系统，包括岸桥高清摄像机三百三十六台、吊具及小车视频、防碰撞雷达、风速仪、网络交换设备、视频存储服务器及中控室监控平台软件。
（二）服务内容包括：驻场值守、日常巡检、故障处理、备品备件更换、季度预防性维护、年度系统检测、平台软件补丁及版本升级、运维文档和台账管理。
（三）服务期自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）本合同总价为人民币1,116,000元（含税），构成如下：
1. 驻场运维服务费：648,000元；
2. 备品备件包干费：286,000元；
3. 巡检及年度检测费：124,000元；
4. 平台软件升级服务费：58,000元。
（二）服务费按季度支付。每季度结束后，甲方依据季度考核结果在十五个工作日内支付当季服务费，季度考核扣减的金额从当季服务费中扣除。本合同不设预付款。

第三条 人员配置
（一）乙方应安排不少于四名驻场工程师，实行白班两人、夜班一人的二十四小时值守，其中项目负责人须具有五年以上港口视频监控系统运维经验。
（二）驻场人员应持证上岗，遵守港区安全生产及出入管理规定；乙方更换驻场人员应提前七日告知甲方，并做好工作交接。

（三）乙方应每季度对驻场人员开展一次岸桥设备安全及监控系统技术培训，并将培训记录报甲方备案；驻场人员登岸桥作业须执行港区高处作业及挂牌上锁规定，由甲方安全员现场确认。

第四条 服务水平
（一）监控平台及视频存储系统月度可用率不低于99.95%。
（二）一级故障（中控室无法查看任一岸桥视频或防碰撞报警失效）乙方应在20分钟内响应，1小时内到达现场，3小时内恢复；二级故障（单路视频中断或画面异常）1小时内响应，当班内修复；三级故障在三日内处理完毕。
（三）每月巡检覆盖全部岸桥设备，每季度对摄像机清洁、紧固、校准一次，台风季节前完成全部室外设备的加固检查。
（四）未达到服务水平的，按以下标准在当季服务费中扣减：可用率每低于承诺值0.01个百分点扣减1,000元；一级故障每超时一小时扣减1,500元；巡检漏项每项扣减500元。

第五条 备品备件
（一）乙方在港区现场备有常用备件，备件清单见附件。更换下来的故障设备由乙方负责送修，修复期间以同型号备件替换。
（二）备件包干费用于本服务期内的备件更换，单个备件价值超过5,000元的，乙方应事先报甲方确认。
（三）乙方更换的备件应为原厂或经甲方认可的同等品牌产品，型号、性能不得低于原设备；更换情况应在运维台账中逐项登记，并在季度考核时提交备件消耗清单及对应的故障记录。
（四）服务期届满时，包干费用未使用完毕的部分不予退还，备件消耗超出包干费用的部分由乙方自行承担，但因甲方原因或不可抗力造成的设备损坏除外。

第六条 应急保障与文档管理
（一）台风、寒潮等恶劣天气预警发布后，乙方应增派不少于两名工程师到港区待命，配合甲方做好岸桥设备防风锚定期间的视频监护；重大节假日、大型船舶靠泊及上级检查期间，乙方应按甲方要求提供现场保障。
（二）乙方应每年编制并更新监控系统应急预案，每半年配合甲方开展一次应急演练，演练结束后提交总结报告并完善预案。
（三）乙方应建立完整的运维台账，记录每次故障的发生时间、现象、原因、处理过程及恢复时间，每月五日前提交上月运维月报；设备变更、配置修改须填写变更单并经甲方审批。
（四）服务期届满前一个月，乙方应整理全部设备台账、配置文件、账号权限清单及运维文档，编制交接清单，配合甲方或新的服务单位完成交接，交接期间不得中断服务。

第七条 甲方义务
（一）甲方为驻场人员提供值班场所、必要的办公条件及港区通行证件，协调码头作业部门安排岸桥检修窗口。
（二）甲方应指定运维管理联系人，及时确认故障等级、变更申请及季度考核结果。
（三）甲方对系统进行扩容或新增岸桥监控设备的，应提前通知乙方；新增设备纳入运维范围的，双方按本合同单价标准签订补充协议，未签订补充协议前乙方应配合做好新增设备的日常巡检。

第八条 验收与考核
（一）甲方每季度按照附件考核表对乙方服务进行考核，考核内容包括故障响应与恢复时间、可用率、巡检完成情况、文档质量及甲方使用部门满意度，考核结果作为付款依据。
（二）年度检测由乙方委托具备资质的检测机构进行，检测报告应确认全部摄像机画面清晰、存储时长不少于九十日、报警联动正常，甲方据此出具年度服务验收意见。

第九条 数据安全
（一）监控视频、报警记录、设备台账及运行日志均属甲方所有，乙方仅为提供本合同服务使用，不得复制、截取、外传或用于其他目的。
（二）乙方运维操作须在甲方中控室或通过甲方堡垒机进行，不得私自架设远程访问通道；乙方工程师使用的电脑须安装甲方指定的终端安全软件，禁止接入未经检测的移动存储介质。
（三）发生视频数据泄露、系统被入侵等网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此导致的行政处罚后果。

第十条 知识产权
乙方在服务期内形成的巡检报告、故障分析报告、配置文件、运维脚本及台账资料归甲方所有，甲方可自由使用和修改。

第十一条 违约责任
（一）乙方未按期完成季度预防性维护或年度检测的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员不足约定人数的，每缺一人一日扣减800元。
（三）因乙方运维不当造成设备损坏的，由乙方负责修复或赔偿。
（四）乙方未按本合同约定提交运维月报、巡检报告或年度检测报告的，每迟交一日扣减200元；报告内容弄虚作假的，甲方有权在当季服务费中扣减5,000元，并要求乙方重新提交。
（五）上述扣减和违约金不影响乙方继续履行本合同的义务。

第十二条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十三条 合同期限
本合同自双方签字盖章之日起生效，至服务期届满且双方结清费用后终止。服务期届满后如需继续服务，甲方将依法重新组织采购。

第十四条 不可抗力
因台风、地震等不可抗力导致服务中断的，乙方在不可抗力影响期间免除相应责任，但应在条件具备后立即恢复服务。受影响一方应在不可抗力发生后二日内通知对方，并在影响消除后五日内提供有关证明；不可抗力期间未提供服务的部分，相应服务费据实扣减。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方所在地人民法院管辖。

第十六条 其他
本合同未尽事宜，双方可依据磋商文件及响应文件协商签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，甲方三份，乙方一份。附件：1. 设备清单；2. 备品备件清单；3. 季度考核表；4. 驻场人员名单。

甲方（盖章）：                乙方（盖章）：
"""
Z05 = """# 工艺过程追溯软件许可及定制开发合同

（匠链科技标准合同文本 V3.0）

合同编号：JL-XS-2027-0219

甲方（买方）：永康市锡艺坊锡雕工艺品有限公司

乙方（卖方）：杭州匠链科技有限公司

甲方经营锡雕工坊，需对熔锡、浇铸、雕刻、抛光、检验等工序实行过程追溯。乙方向甲方提供匠链工艺过程追溯软件许可及相关定制开发服务。双方在平等自愿基础上，依据乙方标准合同文本订立本合同。

## 第一条 合同标的与价款

1.1 乙方向甲方提供匠链工艺过程追溯软件标准版永久许可（五十个并发用户），并根据甲方工坊工艺完成定制开发及部署实施。

1.2 合同价款明细如下（含税，人民币元）：

| 序号 | 项目 | 金额 |
|---|---|---|
| 1 | 匠链工艺过程追溯软件许可（永久） | 980,000 |
| 2 | 定制开发（工序流转单、作品编号与证书追溯、手艺人工时统计、电商订单接口） | 420,000 |
| 3 | 部署实施及培训 | 100,000 |
| | 合同总价 | 1,500,000 |

1.3 上述价款不包括服务器、扫码终端、标签打印机等硬件，由甲方自行采购，其型号配置应符合乙方推荐清单。因甲方自行采购的硬件不符合要求导致的部署延误或运行故障，由甲方自行负责。

1.4 定制开发范围以双方确认的《需求确认书》为准。《需求确认书》签署后，甲方提出的新增或变更需求，乙方按每人日2,800元另行报价，经甲方确认后实施，工期相应顺延。

1.5 本合同价款为一次性固定价款。乙方按合同约定完成部署、开发和培训即视为完成全部交付义务。

## 第二条 付款方式

2.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即825,000元。乙方收到该款项后启动项目。

2.2 系统上线后五个工作日内，甲方支付合同总价的45%，即675,000元。

2.3 甲方未按期付款的，乙方有权暂停全部工作，工期相应顺延，并按未付金额每日千分之一收取滞纳金。

## 第三条 交付与上线

3.1 乙方在收到首期款后九十日内完成部署和定制开发，并通知甲方上线。

3.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的修改意见，乙方视情况在后续版本中处理。

3.3 乙方交付的文档以电子版形式提供，包括用户手册和安装说明。系统设计文档、数据库结构说明属于乙方技术资料，不在交付范围之内。

3.4 系统上线前，乙方将协助甲方导入现有作品档案、手艺人名册及在制品数据，导入数据的格式以乙方提供的模板为准，数据的整理和核对由甲方负责。

3.5 实施内容包括：软件安装部署、工序及工位基础数据配置、作品编号与二维码标签规则设置、手艺人账号开通、定制功能开发与部署、与甲方网店订单系统的接口联调，以及对甲方管理人员和工坊班组长的集中培训。培训以乙方标准课程为准，共两次，每次半天。

3.6 甲方应在项目启动后十个工作日内提供符合乙方要求的服务器及网络环境，并指派专人配合需求调研、数据整理和测试；因甲方配合不及时、需求反复或环境不具备造成的延误，不计入乙方工期。

## 第四条 知识产权

4.1 匠链工艺过程追溯软件及本合同项下全部定制开发成果（包括程序、接口、报表模板及相关文档）的知识产权均归乙方所有。

4.2 乙方授予甲方在本合同约定用户数范围内使用上述软件及定制成果的非独占、不可转让的许可。甲方不得对软件进行修改、反编译，亦不得委托第三方进行二次开发。源代码不予交付。

## 第五条 质保与维护

5.1 乙方为甲方提供六个月的免费维护期，自系统上线之日起计算，期内提供缺陷修复和远程技术支持。

5.2 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护合同，年维护费为软件许可费的28%，即274,400元/年。

5.3 乙方提供工作日9:00—17:30的电话及远程支持。一级故障（系统无法使用）乙方在接到报修后8小时内响应，其他故障在三个工作日内响应。

5.4 免费维护期内，乙方原则上以远程方式提供服务；确需上门的，甲方承担乙方人员的差旅费用。免费维护期满后甲方未签订年度维护合同的，乙方提供的任何服务按每人日2,800元收费，版本升级另行报价。

5.5 甲方需增加并发用户数的，按乙方当期报价单另行购买；新增用户许可不影响本合同约定的维护费计算基数。

5.6 乙方软件适配的操作系统、数据库及浏览器版本以乙方发布的配置清单为准，甲方自行升级上述环境导致软件不能正常运行的，乙方不承担责任。

## 第六条 数据

6.1 甲方在系统中录入的工艺参数、作品信息、手艺人信息及订单数据归甲方所有，乙方不得用于本合同以外的目的。

6.2 乙方远程维护须经甲方同意，采用加密通道，维护完成后及时关闭；乙方应对其工作人员进行安全管理，采取必要措施防止数据泄露、篡改和丢失。

6.3 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并赔偿甲方因此遭受的直接损失。

6.4 甲方应自行做好系统数据的日常备份。因甲方操作失误、病毒入侵、断电、硬件故障等非乙方原因造成的数据丢失，乙方不承担责任，但可协助恢复并另行收费。

## 第七条 保密

双方对在履行本合同过程中获悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第八条 违约责任

8.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的3%。

8.2 甲方擅自修改软件、超出许可范围使用或向第三方提供软件的，应向乙方支付合同总价20%的违约金。

8.3 乙方对甲方因使用本软件而产生的间接损失、利润损失、商誉损失不承担责任。乙方对第三方硬件、操作系统、数据库及网络原因造成的故障不承担责任。

8.4 本合同签订后甲方单方取消项目的，已付款项不予退还。

8.5 甲方逾期支付任何款项超过三十日的，乙方有权停止提供维护服务并收回软件授权，由此造成的损失由甲方承担。

8.6 乙方交付的软件存在缺陷的，乙方的责任限于在免费维护期内进行修复。乙方对软件是否满足甲方特定业务目的不作任何保证。

## 第九条 合同解除

任何一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十条 不可抗力

因不可抗力、政策变化、网络运营商故障或黑客攻击等乙方无法控制的原因导致合同不能履行或延迟履行的，乙方不承担违约责任。受影响一方应及时通知对方，并在合理期限内提供相关证明。

## 第十一条 通知

双方的通知以电子邮件、快递或微信工作群消息方式发送至本合同首页所列联系方式，发出即视为送达。一方联系方式变更的，应及时通知另一方，否则自行承担相应后果。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

本合同自双方签字盖章之日起生效，一式二份，双方各执一份。本合同附件包括报价单、需求确认书及乙方推荐硬件配置清单；附件与正文不一致的，以正文为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　年　　月　　日
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. GM-CN-2027-011
P:This Agreement is made between Zhejiang Haichen Paper Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang (the "Customer"), and Glanmor Asset Systems Ltd, a company registered in Wales with its registered office at Bangor Street, Caernarfon, Gwynedd, United Kingdom (the "Supplier").
P:The Customer wishes to replace the maintenance planning tools used at its two paper mills with the Supplier's Glanmor maintenance management software, configured for its plants and connected to its existing business systems. The Supplier has agreed to license the software and to perform the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Glanmor Maintenance Management Suite, version 9, in object code, including the mobile work-order application, the spare-parts module and the reliability analytics module, together with its user documentation.
P:1.2 "Services" means the installation, configuration, data migration, interface development and training described in Annex 1.
P:1.3 "Custom Deliverables" means the interfaces, reports, data-migration scripts, configuration sets and other work products created by the Supplier specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.4 "Customer Data" means all data entered into, generated by or processed through the Software in the Customer's environment, including asset registers, work orders, inspection records, spare-parts stock data and personal information of the Customer's employees and contractors.
P:1.5 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Services meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its mills in Jiaxing and Pinghu for up to 180 named users and 60 concurrent mobile users, for its own business purposes and those of its affiliated companies in mainland China.
P:2.2 The Customer may make backup and test copies of the Software and may install it in its own data centre or on a cloud platform under its control located in mainland China.
P:2.3 The licence survives any termination of this Agreement, except termination by the Supplier for the Customer's failure to pay the Licence Fee.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,690,000, inclusive of VAT, made up of: Licence Fee CNY 1,260,000; implementation services (configuration, data migration and four interfaces) CNY 384,000; and training CNY 46,000.
P:3.2 The Contract Price is fixed. It includes all travel and living costs of the Supplier's personnel and all taxes and duties payable in the United Kingdom and in the People's Republic of China.
H:Article 4 Delivery and Timetable
P:4.1 The Supplier shall deliver the Software within 20 days after signature and complete the Services so that the system is ready for acceptance testing within 150 days after signature, in accordance with the project plan in Annex 2.
P:4.2 If the Supplier fails to achieve readiness for acceptance testing by the date in Article 4.1 for reasons attributable to it, the Supplier shall pay the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Liquidated damages do not relieve the Supplier of its obligation to complete the work.
P:4.3 The Supplier shall appoint a project manager who speaks Mandarin or shall provide a qualified interpreter at its own cost for all workshops, training sessions and steering meetings.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall follow the test plan agreed in writing by both parties before configuration starts. The acceptance criteria include: every function listed in Annex 1 operating as specified; the migrated asset register and open work orders reconciled record by record against the Customer's legacy system; all four interfaces exchanging data correctly for ten consecutive working days; and response times of no more than three seconds for standard screens with 60 concurrent users.
P:5.2 After successful testing, the system shall run in production for 45 days without any Severity 1 incident.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met, the Customer shall issue a Final Acceptance certificate within ten working days. If the criteria are not met, the Supplier shall correct the defects at its own cost and the tests shall be repeated.
P:5.4 Installation, go-live, productive use of the Software or any payment by the Customer shall not by itself constitute acceptance.
H:Article 6 Payment
P:6.1 The Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of the Supplier's invoice.
P:6.2 The Customer shall pay 55% of the Contract Price within 30 days after delivery of the Software and completion of installation and configuration, evidenced by an installation report signed by both parties. The installation report does not constitute acceptance.
P:6.3 The Customer shall pay the remaining 25% of the Contract Price within 30 days after Final Acceptance.
P:6.4 All payments shall be made in CNY by bank transfer to the account stated in the Supplier's invoice. Each invoice shall be a valid Chinese VAT invoice issued by the Supplier or its appointed agent in mainland China and shall refer to the Agreement number and the milestone concerned.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, provide new releases and provide technical support free of charge.
P:7.2 Incidents are classified by severity. For a Severity 1 incident (the system is unavailable or work orders cannot be created at either mill), the Supplier shall respond within one hour and provide a workaround or fix within eight hours. For Severity 2 incidents the Supplier shall respond within two hours and fix within two working days.
P:7.3 If the Supplier misses a response or fix time for a Severity 1 incident, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next amount payable or paid on demand.
P:7.4 After the Warranty Period, the Supplier shall offer annual support at a fee of 11% of the Licence Fee (CNY 138,600 per year). This fee is fixed for three years after the end of the Warranty Period. Each year of support is ordered separately by the Customer; support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain with the Supplier and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables without restriction.
P:8.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to perform this Agreement and shall not retain, copy or transfer it outside mainland China.
P:9.2 Remote access by the Supplier requires the Customer's approval for each session, shall be made through the Customer's VPN with multi-factor authentication and shall be logged. The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall cooperate in containing it and shall be liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3 or breach of Article 9 or 10.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Supplier shall refund all amounts paid, less the value of any Custom Deliverables the Customer elects to keep.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of England and Wales.
P:14.2 The courts of England and Wales have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope and Acceptance Criteria) and Annex 2 (Project Plan), is the entire agreement of the parties. It is signed in English and Chinese; both versions have equal effect.
P:For the Customer: ____________________    For the Supplier: ____________________
"""
E02 = """# ORDER FORM AND GENERAL TERMS: ROUTEWISE FLEET PLANNING SUBSCRIPTION

Order Form No. RW-OF-2027-0086

## PART A: ORDER FORM

### A1 Parties

**Provider:** Dyffryn Routewise Ltd, a company registered in Wales, Holyhead Road, Betws-y-Coed, Conwy, United Kingdom ("Provider").

**Customer:** Shanghai Lengyun Cold Chain Logistics Co., Ltd., Minhang District, Shanghai, People's Republic of China ("Customer").

### A2 Subscribed Service

Routewise Fleet Planning, Enterprise edition: daily route optimisation for refrigerated vehicles, temperature-window scheduling, driver mobile application, proof-of-delivery capture and management dashboards, hosted for Customer in the Provider's Shanghai hosting region operated by a licensed mainland Chinese cloud provider.

Authorised use: up to 420 vehicles, 520 driver licences and 60 planner licences.

### A3 Subscription Term

Two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under Section 4 of Part B. The second Subscription Year starts on the first anniversary of that date.

### A4 Fees

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | annual, 420 vehicles | 286,000 |
| Subscription Fee, Subscription Year 2 | annual, 420 vehicles | 286,000 |
| Onboarding (configuration, depot and customer data load, ERP and telematics interfaces, training) | one-time | 48,000 |
| **Total Contract Value** | | **620,000** |

Additional vehicles may be added at CNY 681 per vehicle per Subscription Year, pro rata. Such additions are ordered separately and do not form part of the Total Contract Value.

### A5 Invoicing and Payment

The Onboarding fee is invoiced on Go-Live Acceptance. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. Customer pays each correct invoice within 30 days of receipt. No amount is payable before Go-Live Acceptance.

### A6 Contacts and Signature

Provider account manager: Ms Eleri Pritchard. Customer project owner: Mr Zhou Hang, Transport Planning Department.

This Order Form incorporates the General Terms in Part B. If they conflict, this Order Form prevails.

Signed for Provider: ____________________   Signed for Customer: ____________________

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its hosting, maintenance and support.

1.2 "Customer Data" means all data submitted to or generated in the Service by or for Customer, including order, address, vehicle, route, temperature and proof-of-delivery data and the personal information of drivers and consignees.

1.3 "Configurations" means the routing rules, depot models, report templates and interface mappings created for Customer during Onboarding or later at Customer's request.

### 2. Provision of the Service

2.1 Provider shall provide the Service in accordance with this Agreement and its current documentation, and shall not materially reduce the functionality of the Service during the Subscription Term.

2.2 Provider may update the Service from time to time. Updates that change the way Customer's users work shall be announced at least 14 days in advance, with release notes in Chinese and English.

2.3 Customer is responsible for the accuracy of the data it submits and for the conduct of its authorised users, and shall keep login credentials secure. Customer shall inform Provider without delay if it suspects that credentials have been disclosed to unauthorised persons.

### 3. Onboarding

3.1 Provider shall complete Onboarding within 60 days after signature of the Order Form, following the plan agreed at the kick-off meeting. Onboarding covers configuration of the four Shanghai depots and the Kunshan depot, loading of customer sites and delivery windows, interfaces with Customer's ERP order system and its telematics platform, and train-the-trainer sessions for planners and driver supervisors.

3.2 Customer shall provide timely access to its data, systems and staff. Delays caused by Customer extend the Onboarding period accordingly.

### 4. Go-Live Acceptance

4.1 Before go-live, the parties shall run acceptance tests on a representative week of real orders. The criteria are: all orders for the test week imported from the ERP system without loss; routes generated for all depots within 15 minutes of order cut-off; every route respecting vehicle capacity, temperature class and customer delivery windows as configured; telematics positions shown with a delay of no more than two minutes; and the driver application capturing signature, photo and temperature record for each delivery.

4.2 When the criteria are met, Customer shall sign a Go-Live Acceptance certificate within five working days. If they are not met, Provider shall correct the defects and repeat the tests. Use of the Service in testing does not constitute acceptance.

### 5. Service Levels

5.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 23:00 and 05:00 China Standard Time.

5.2 Priority 1 incidents (the Service, route generation or the driver application unavailable for all users) shall be responded to within 30 minutes, 24 hours a day, and resolved or worked around within three hours. Priority 2 incidents shall be responded to within two hours during business hours.

5.3 If availability in a month falls below the commitment in 5.1, Provider shall credit Customer 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall or part of it, up to half of that monthly amount. Each Priority 1 incident not resolved within the time in 5.2 gives a further credit of CNY 1,200. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and on Customer's documented instructions, and for no other purpose.

6.2 Provider shall store and process Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support personnel, keep access logs for at least six months and maintain ISO 27001 certification and an MLPS level-3 filing for the hosting environment.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within 12 hours, take all reasonable measures to contain it, and be liable for the losses caused by a breach of its obligations under this Section 6.

6.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

### 7. Intellectual Property

7.1 Provider owns the Service and all its underlying software.

7.2 The Configurations belong to Customer. Provider shall export them in documented form at Customer's request, and Customer may use, modify and have them used by third parties without restriction.

### 8. Confidentiality

8.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and disclose it only to personnel and advisers who need to know it. These obligations last for three years after the end of the Subscription Term.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

9.3 The limits in this Section do not apply to liability for death or personal injury caused by negligence, or for fraud.

### 10. Subcontracting

10.1 Provider shall not subcontract the performance of the Service, other than hosting by the cloud provider named in A2, without Customer's prior written consent. Provider remains responsible for its subcontractors.

### 11. Term, Renewal and Termination

11.1 This Agreement runs for the Subscription Term. It may be renewed only by a new Order Form signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If Customer terminates under this Section, Provider shall refund any prepaid fees for the period after termination.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.

### 13. General

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to limit the effect. If such an event prevents Provider from providing the Service for more than 30 consecutive days, Customer may terminate this Agreement without liability and receive a refund of prepaid fees.

13.2 Neither party may assign or transfer this Agreement or any of its rights under it without the other party's prior written consent.

13.3 Notices shall be in writing and sent by courier or email to the contacts named in A6. Operational messages about incidents and maintenance may also be sent through the Provider's support portal. A notice by email is received when the recipient confirms receipt.

13.4 This Agreement is made in English and Chinese. Both versions are equally authentic. Amendments are valid only if made in writing and signed by both parties.
"""
E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. NHM-PUR-2027-0142
P:Buyer: Nantong Huamei Machinery Co., Ltd., Economic and Technological Development Zone, Nantong, Jiangsu, People's Republic of China (the "Buyer").
P:Supplier: Ynys Môn Sensing Ltd, a company registered in Wales, London Road, Holyhead, Anglesey, United Kingdom (the "Supplier").
P:This Contract is made on the Buyer's standard terms of purchase for equipment and software. The Supplier has reviewed these terms and agrees that they prevail over any terms in its quotation.
H:1. Scope
P:1.1 The Supplier shall supply, install and commission a wireless condition monitoring system for the motors, pumps, fans and gearboxes in the Buyer's casting and machining workshops, consisting of vibration and temperature sensors, gateways, and a perpetual licence of the Supplier's Tremor Insight monitoring software installed on the Buyer's own servers.
P:1.2 The system shall detect developing faults such as imbalance, misalignment, looseness and bearing wear, display trends and alarms for each monitored asset, and send alarm notifications to the Buyer's maintenance staff by SMS and through the Buyer's enterprise messaging platform.
P:1.3 The Supplier shall also connect the software to the Buyer's maintenance management system so that confirmed alarms create work requests automatically, and shall train the Buyer's maintenance engineers.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,330,000, inclusive of VAT, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration and temperature sensor|240|2,150|516,000
TB:2|Industrial wireless gateway with PoE and 4G backup|24|9,800|235,200
TB:3|Tremor Insight monitoring software, perpetual licence, 300 assets|1|386,000|386,000
TB:Subtotal of hardware and licence|||1,137,200
TB:4|Installation, commissioning and interface to maintenance system|1|168,800|168,800
TB:5|Training of maintenance engineers|1|24,000|24,000
TB:Contract Price|||1,330,000
P:2.2 The Contract Price is fixed and includes transport to the Buyer's site, insurance, customs clearance, installation materials and all taxes. Unit prices apply to any additional sensors ordered within three years after Final Acceptance.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all hardware to the Buyer's site in Nantong within 60 days after signature, with packing lists, certificates of origin and the manufacturer's test reports.
P:3.2 The Supplier shall complete installation and commissioning within 30 days after delivery. Sensor mounting positions shall follow the survey report approved by the Buyer, and work on running machines shall be coordinated with the Buyer's production planning.
P:3.3 The Supplier's personnel working on site shall observe the Buyer's safety rules, including permit-to-work and lock-out procedures.
P:3.4 The Supplier shall provide, in Chinese and English, an installation record for every sensor (asset, position, orientation and serial number), network diagrams for the gateways, administrator and user manuals, and a spare-parts list with recommended stock levels.
P:3.5 Training shall consist of two sessions of three days each for up to 16 maintenance engineers in total, covering system administration, interpretation of vibration spectra and trends, alarm setting, sensor replacement and battery changes. The Supplier shall provide training materials that the Buyer may copy for internal use.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against the Supplier's invoice and a bank guarantee of the same amount valid until delivery.
P:4.2 The Buyer shall pay 55% of the Contract Price within 30 days after delivery and completion of installation, evidenced by a delivery and installation record signed by both parties. That record does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:5. Acceptance
P:5.1 The acceptance tests shall verify that: all 240 sensors and 24 gateways report data to the software without gaps longer than ten minutes over a continuous period of 21 days; measured vibration values agree with a calibrated reference instrument within the tolerance stated in the technical specification on at least 20 sample points; alarms are raised and notifications delivered within one minute of a simulated threshold breach; and work requests are created correctly in the maintenance management system.
P:5.2 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. If any criterion is not met, the Supplier shall remedy the defect at its own cost and the relevant tests shall be repeated.
P:5.3 Delivery, installation, use of the system in production or payment by the Buyer does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the hardware and the software for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective items, correct software defects and provide software updates and technical support free of charge, including sensor batteries that fail before the end of their stated life.
P:6.2 Faults are classified as follows:
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Software unavailable, or more than 10% of sensors not reporting|2 hours|24 hours
TB:Severity 2|A gateway or a group of sensors not reporting|8 hours|3 working days
TB:Severity 3|Other faults and questions|1 working day|next software update
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000, deducted from any amount due or paid on demand.
P:6.4 After the Warranty Period, the Supplier shall provide annual support, including software updates, remote diagnostics and replacement of defective sensors, at 7% of the subtotal of hardware and licence (CNY 79,604 per year), fixed for the first three years after the Warranty Period. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways in stock in mainland China during the Warranty Period and the support years, so that defective items can be replaced within five working days.
H:7. Delay
P:7.1 If the Supplier fails to complete delivery or installation by the dates in Clause 3 for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under Clause 14.
P:7.3 The Supplier shall report progress to the Buyer every week from signature until Final Acceptance, listing completed installation work, open issues and planned activities for the following week. The Supplier shall inform the Buyer immediately if it expects any delivery or installation date to be missed, stating the reason and the measures it is taking to recover the delay. A report of this kind does not relieve the Supplier of its obligations under Clause 7.1.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Tremor Insight software and the sensor firmware, which are licensed to the Buyer perpetually for use with the system.
P:8.2 The asset models, alarm settings, dashboards, interface programs and other work created specifically for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over the interface source code at Final Acceptance.
H:9. Data Ownership and Security
P:9.1 All measurement data, alarm records and asset information collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, keep or analyse them for any other purpose.
P:9.2 The software and its data shall be hosted on the Buyer's servers. Gateways shall send data only to those servers over encrypted connections. Remote access by the Supplier is permitted only with the Buyer's approval for each session, through the Buyer's VPN, and shall be logged.
P:9.3 The Supplier shall report any security incident affecting the system or its data within six hours and shall be liable for losses caused by a breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, equipment and production obtained under this Contract and shall not disclose it without the Buyer's written consent, during the Contract and for five years after it ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for the work of any approved subcontractor as for its own.
H:13. Renewal
P:13.1 There is no automatic renewal of any part of this Contract.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or in the case described in Clause 7.2. The Supplier shall then refund the amounts paid for items not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be brought before the people's court with jurisdiction over the Buyer's domicile.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED END-USER IT SERVICES AGREEMENT

Agreement No. PEM-MS-2027-004

**Between:** Suzhou Kaiyuan Precision Components Co., Ltd., Suzhou Industrial Park, Jiangsu, People's Republic of China ("Customer")

**and:** Preseli Edge Managed Services Ltd, a company registered in Wales, Market Square, Narberth, Pembrokeshire, United Kingdom, acting through its Shanghai branch office ("Supplier").

**Background.** Customer operates a head office and three manufacturing plants in Suzhou and Wuxi with about 1,450 users. Customer wishes to outsource its service desk, desktop support and device management to Supplier for a fixed term of 36 months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Service Levels" means the levels set out in Schedule 2.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers to which Supplier has access in performing the Services, including data held on end-user devices, in the ticketing system and in Customer's directory.

1.5 "Deliverables" means the knowledge articles, runbooks, device images, scripts, configuration records and reports prepared by Supplier for Customer.

## 2. Term

2.1 This Agreement starts on signature and continues for 36 months from the Service Commencement Date (the "Term").

2.2 The parties may extend the Term only by a written amendment signed by both. There is no automatic renewal.

## 3. Services

3.1 Supplier shall provide the Services described in Schedule 1 to the Service Levels in Schedule 2, using suitably qualified personnel who speak Mandarin and are able to support users in Chinese and English.

3.2 Supplier shall staff on-site engineers at each Customer location in line with Schedule 1, and shall keep the staffing plan up to date. Changes of the service delivery manager require Customer's prior approval.

3.3 Supplier shall use Customer's ticketing system and follow Customer's IT policies, including change management, asset management and the acceptable use policy.

3.4 Customer shall provide Supplier's on-site engineers with workspace, network access, parking and canteen access on the same terms as its own staff, and shall give Supplier the administrative rights needed to perform the Services, as agreed in the transition plan.

3.5 The parties shall hold a monthly operational meeting and a quarterly service review chaired by Customer's IT director. At each quarterly review Supplier shall present trends, recurring problems, improvement proposals and the status of agreed actions.

## 4. Transition

4.1 Supplier shall complete the transition of the Services from Customer's current provider within 75 days after signature, following the transition plan agreed within 14 days after signature.

4.2 Transition Acceptance requires that: all 1,450 users and their devices are recorded in the asset register with no unresolved discrepancies; the knowledge base contains approved articles for the 120 most frequent request types; all on-site engineers are in place and have passed Customer's induction; and Supplier has run the service desk in parallel with the current provider for ten working days and met the Service Levels for Priority 1 and Priority 2 tickets during that period.

4.3 When these criteria are met, Customer shall sign a Transition Acceptance certificate within five working days. Operating the service desk during the parallel run does not constitute acceptance.

4.4 If Transition Acceptance is not achieved within the period in Section 4.1 for reasons attributable to Supplier, Supplier shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,184,000, inclusive of VAT.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Service credits under Schedule 2 are deducted from the invoice for the following month.

5.3 Customer shall pay each correct invoice within 30 days of receipt. No advance payment is due under this Agreement.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Supplier shall use Customer Data only to provide the Services and for no other purpose.

6.2 At the end of the Term, Supplier shall return to Customer all Customer Data and Deliverables in its possession.

## 7. Intellectual Property

7.1 The Deliverables belong to Customer from their creation. Customer may use, modify and license them freely, including for use by a successor provider.

7.2 Supplier's pre-existing tools remain its property. Where such tools are embedded in a Deliverable, Supplier grants Customer a perpetual, free licence to use them with that Deliverable.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement, and disclose it only to its employees, subcontractors and advisers who need to know it and are bound by equivalent obligations. This Section survives for three years after the end of the Term.

## 9. Personnel and Subcontracting

9.1 Supplier shall ensure that its personnel comply with Customer's site rules, including safety and security instructions at the manufacturing plants. Supplier shall keep a list of all personnel assigned to the Services, provide it to Customer every month, and remove from the Services any person whom Customer reasonably considers unsuitable. Supplier shall give its personnel the training they need on Customer's systems and processes at its own cost, including when staff are replaced during the Term.

9.2 Supplier may subcontract parts of the Services, including on-site support at the Wuxi plant and device logistics, to subcontractors of its choice by giving Customer written notice of the subcontractor's name and scope before it starts work. Supplier remains responsible for its subcontractors.

## 10. Liability

10.1 Supplier's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury or wilful misconduct.

10.2 Neither party is liable for indirect loss, loss of profit or loss of business.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach that is not remedied within 30 days after notice, or if Supplier fails the same Priority 1 Service Level in three consecutive months.

11.2 On any termination or expiry, Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3 so that the Services can be transferred to Customer or a successor provider without interruption.

## 12. Force Majeure and General

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided that it informs the other party promptly and resumes performance as soon as possible. Charges are not payable for Services not provided during such an event.

12.2 Changes to the scope of the Services shall be agreed through a written change note signed by both parties, stating the effect on the charges and Service Levels.

12.3 Neither party may assign this Agreement without the other party's prior written consent.

12.4 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. It is made in English and Chinese, and both versions are equally authentic.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

Signed for Customer: ____________________   Signed for Supplier: ____________________

## Schedule 1: Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact for 1,450 users by phone, email, portal and messaging; logging, triage, first-line resolution | 24 x 7 |
| Desktop support | On-site engineers: head office 3, Suzhou plants 2 each, Wuxi plant 1 | Business days, 08:00 to 20:00 |
| Device management | Imaging, deployment, patching, software distribution and retirement of about 1,600 laptops and desktops | Continuous |
| Asset management | Maintaining the asset register, quarterly reconciliation with physical counts | Quarterly |
| Reporting | Monthly service report and quarterly service review | Monthly |

## Schedule 2: Service Levels and Credits

| Measure | Target | Service credit when missed |
|---|---|---|
| Priority 1 response (site-wide outage or production line affected) | 15 minutes | CNY 3,000 per incident |
| Priority 1 resolution or workaround | 2 hours | CNY 3,000 per started hour beyond target |
| Priority 2 response | 1 hour | CNY 800 per incident |
| Service desk calls answered within 60 seconds | 90% per month | 3% of the Monthly Service Charge |
| First-contact resolution | 70% per month | 2% of the Monthly Service Charge |
| User satisfaction | 4.2 out of 5 per quarter | 2% of the Monthly Service Charge for the last month of the quarter |

## Schedule 3: Charges

| Charge | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | 36 months x CNY 58,000, monthly in arrears | 2,088,000 |
| **Total Contract Value** | | **2,184,000** |
| Additional on-site engineer | per engineer per month | 16,500 |
| Exit assistance | per person-day | 2,200 |
"""
E05 = """DATA SUBSCRIPTION AGREEMENT: VESSEL POSITION AND PORT CALL DATA API

Agreement No. AT-DS-2027-0057

PARTIES

This Data Subscription Agreement is made between:

Qingdao Haitong International Shipping Agency Co., Ltd., Shinan District, Qingdao, Shandong, People's Republic of China ("Customer"); and

Abergwaun Tides Data Ltd, a company registered in Wales, West Street, Fishguard, Pembrokeshire, United Kingdom ("Provider").

BACKGROUND

Provider compiles global vessel position data from terrestrial and satellite AIS receivers, together with port call, berth and estimated arrival data, and makes it available through an application programming interface (the "API"). Customer wishes to use this data in its vessel agency, husbandry and cargo tracking systems and in the tracking portal it offers to its own principals.

1. DEFINITIONS

1.1 "Data" means the vessel position, voyage, port call and vessel particulars data supplied by Provider through the API or by bulk file delivery.

1.2 "Subscription Year" means the period from the Integration Acceptance date to the day before its first anniversary, and each following period from one anniversary to the day before the next. The Subscription Term consists of two Subscription Years.

1.3 "Customer Inputs" means the vessel watch lists, port lists, queries, search parameters, user accounts and other information that Customer or its users submit to the API or the Provider portal.

1.4 "Integration Adapter" means the software that Provider develops for Customer to load the Data into Customer's agency system and tracking portal, together with its source code and documentation.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API, store the Data in its own systems and use it for its business, including displaying Data to its principals through its tracking portal in the form of maps, vessel lists and arrival notices.

2.2 The subscription covers up to 3,000 vessels on watch lists at any one time, global satellite AIS coverage, port call history for the preceding five years, and up to two million API calls per month. Customer may not resell the raw Data as a data feed.

2.3 Provider shall deliver a bulk historical file of port calls for the ports listed in the Order Annex within ten days after signature.

3. FEES

3.1 The fees are:

    Subscription Fee, Subscription Year 1 ........ CNY 318,000
    Subscription Fee, Subscription Year 2 ........ CNY 318,000
    Setup and Integration Adapter (one-time) ..... CNY 26,000
    Total Contract Value ......................... CNY 662,000

All amounts include VAT. The Subscription Fee is the same in both Subscription Years.

3.2 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Such usage charges are not part of the Total Contract Value.

4. INVOICING AND PAYMENT

4.1 The setup fee is invoiced after Integration Acceptance.

4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.

4.3 Nothing is payable before Integration Acceptance.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall provide test API credentials within five days after signature and shall develop, install and document the Integration Adapter so that it is ready for acceptance testing within 40 days after signature.

5.2 Integration Acceptance requires that: the Integration Adapter loads position updates for a test watch list of 500 vessels into Customer's agency system for seven consecutive days; at least 95 out of every 100 position reports sampled against an independent reference appear within five minutes of the reference time; port call events for the ten busiest Chinese ports in the test week are complete when compared with Customer's own agency records; and the tracking portal displays the Data correctly.

5.3 When these criteria are met, Customer shall sign an Integration Acceptance certificate within five working days. Use of test credentials does not constitute acceptance.

5.4 If the Integration Adapter is not ready for acceptance testing by the date in Clause 5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000, and the start of the first Subscription Year shall be postponed accordingly.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to deliver the Data in a timely manner, but does not guarantee that the API will be uninterrupted or that the Data will be complete or free of errors. AIS data depends on transmissions from vessels and third-party receivers outside Provider's control.

6.2 Support is provided by email and through the Provider portal during United Kingdom business hours. Provider will deal with support requests as promptly as it reasonably can.

6.3 Provider may suspend access for scheduled maintenance, which it will try to announce on the portal in advance.

6.4 Provider shall publish release notes on the portal for changes to the API and shall keep each API version available for at least six months after it announces a replacement version, so that Customer can adapt the Integration Adapter or its own systems.

6.5 Customer shall use the API in accordance with the documentation and shall not attempt to circumvent rate limits, share credentials outside its organisation or use automated tools to copy the Provider portal. Provider may throttle traffic that threatens the stability of the API, after informing Customer's technical contact.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer.

7.2 Customer grants Provider a perpetual, irrevocable licence to use Customer Inputs, in aggregated and anonymised form, to improve its data sets, coverage models and estimated arrival algorithms, and to develop new products that Provider may offer to other customers. This licence survives expiry or termination of this Agreement.

7.3 Provider shall protect Customer Inputs and Customer's account data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access for named Provider staff, and access logs kept for at least six months. Personal information of Customer's users shall be processed only to manage their accounts and in accordance with the Personal Information Protection Law of the People's Republic of China.

7.4 Provider shall notify Customer of any security incident affecting Customer Inputs or account data within 24 hours, cooperate in investigating and containing it, and compensate Customer for the losses caused by Provider's breach of this Clause 7.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors own the Data, the API and the Provider portal.

8.2 The Integration Adapter belongs to Customer. Provider shall deliver its source code at Integration Acceptance, and Customer may use, modify and license it freely, including after the end of the Subscription Term.

8.3 Maps, reports and analyses that Customer creates from the Data may be kept and used by Customer after the end of the Subscription Term, except that raw position records must be deleted within 60 days.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Agreement, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law. This obligation lasts for three years after the end of the Subscription Term.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 Neither party is liable for indirect or consequential loss, including loss of profit, cargo claims of third parties or demurrage.

10.3 The limits in this Clause do not apply to fraud, wilful misconduct or breach of Clause 7.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent, except for its existing satellite and terrestrial AIS data sources, which are not subcontractors for this purpose.

11.2 Neither party may assign this Agreement without the prior written consent of the other.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement runs from signature until the end of the second Subscription Year. It may be renewed only by written agreement of both parties; any renewal for a further Subscription Year shall be at the same Subscription Fee.

12.2 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund the Subscription Fee for the remainder of the Subscription Year.

12.3 On expiry or termination, Customer's access to the API ends and Provider shall, at Customer's request, export Customer's watch lists and account data.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above or by email to the contacts named in the Order Annex. Each party shall inform the other promptly of any change in its contact details.

14.2 This Agreement, with its Order Annex, is the entire agreement of the parties. It is signed in English and Chinese, and both versions have equal effect.

Signed for Customer: ______________________   Signed for Provider: ______________________
"""

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
TARGETS = {
    "z01": ("h1133z01_market_regulator_complaint_platform.pdf", "pdf"),
    "z02": ("h1133z02_wall_chaser_plant_line_control_retrofit.docx", "docx"),
    "z03": ("h1133z03_welder_training_chain_booking_saas.txt", "txt"),
    "z04": ("h1133z04_port_quay_crane_cctv_annual_om.txt", "txt"),
    "z05": ("h1133z05_tin_carving_process_tracking_supplier_template.md", "md"),
    "e01": ("h1133e01_maintenance_software_licence_caernarfon_vendor.pdf", "pdf"),
    "e02": ("h1133e02_fleet_routing_saas_order_form.md", "md"),
    "e03": ("h1133e03_condition_monitoring_sensors_licence.docx", "docx"),
    "e04": ("h1133e04_managed_end_user_services_36_months.md", "md"),
    "e05": ("h1133e05_vessel_data_api_subscription.txt", "txt"),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsc, bod, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsc, bod, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value,
#       TCO fee base or None, design rules)
DESIGN = {
    "z01": ("zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 36, 10, False, True, False,
              "PRC", G), True, True, True, False, 2146000, 1180000, []),
    "z02": ("zh", "hardware",
            T(None, 0.5, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 24, 8, False, True, True,
              "PRC", G), True, True, True, False, 1730000, 1476000, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud",
            T(99.5, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
              "PRC", S), True, True, None, False, 472000, None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services",
            T(99.95, 20 / 60, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
              False, "PRC", S), True, True, None, False, 1116000, None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("zh", "software",
            T(None, 8, False, "supplier", True, True, True, 0.02, None, 55, False, False, 6, 28, False, True, None,
              "PRC", G), True, True, True, True, 1500000, 980000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 18, 11, False, True, False,
              "England and Wales", G), True, True, True, False, 1690000, 1260000, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud",
            T(99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None, False,
              True, False, "PRC", S), True, False, None, False, 620000, None, ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": ("en", "hardware",
            T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
              "PRC", G), True, True, True, False, 1330000, 1137200, []),
    "e04": ("en", "services",
            T(None, 0.25, True, "buyer", False, True, True, 2000 / 2184000 * 100, 150, None, True, None, None, None,
              False, True, True, "PRC", S), True, True, None, False, 2184000, None,
            ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("en", "cloud",
            T(None, None, False, "buyer", True, False, True, 500 / 662000 * 100, 150, None, True, None, None, None,
              False, True, False, "PRC", S), False, True, None, False, 662000, None,
            ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (§3) and the TCO horizon
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, value, base):
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(t, sla, ld_stated, capped, deemed, value, base):
    """My reading of policy §3 and its section "Where rules apply, and how clauses are read"."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None and base:
            if tco_share(t, value, base) > TCO_SHARE_TH:
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
    lang, cat, t, sla, lds, capped, deemed, value, base, design = DESIGN[key]
    assert list(t) == TERM_KEYS
    rules = derive(t, sla, lds, capped, deemed, value, base)
    assert rules == sorted(design), (key, rules, design)
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        assert capped is not None
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        assert t["final_payment_on_acceptance"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    for k, th in TH.items():
        assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
    if t["contract_kind"] == G:
        share = tco_share(t, value, base)
        assert abs(share - TCO_SHARE_TH) > 2, (key, share)
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------- threshold scan
def pct(n):
    return r"(?<![\d.,])%s(?:\.0+)?\s*(?:%%|％|percent|per\s*cent)" % n


THRESHOLD_RES = [re.compile(p, re.I) for p in [
    pct(30), pct(15), pct(40), pct(100),
    r"百分之(?:三十|十五|四十|百|一百)(?![\d一二三四五六七八九十])",
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0\.05(?!\d)\s*(?:%|％)", r"万分之五", r"千分之零点五",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?", r"(?<![十零一二三四五六七八九百千])四(?:个)?小时",
    r"(?<![\d.,])12\s*-?\s*(?:calendar\s*)?(?:months?|个月)", r"\btwelve\s*(?:\(12\)\s*)?-?\s*(?:calendar\s*)?months?",
    r"十二个月", r"一年质保|质保期(?:为)?一年|\bone[\s-]*year\s*warranty",
]]
MUST_HIT = ["30%", "30 %", "15%", "40 percent", "100%", "百分之三十", "99.9%", "0.05%", "万分之五", "4小时", "4 hours",
            "4-hour", "four hours", "12 months", "12个月", "十二个月", "twelve (12) months", "twelve calendar months",
            "质保期为一年", "one-year warranty", "4hours", "12months"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "0.055%", "130%", "3.15%", "400%", "115%", "14 hours", "112 months",
             "25%", "0.5%", "99.5%", "1,400%", "24hours", "十二月", "2027年12月31日", "百分之三十五", "二十四小时"]


def scan(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert scan(s), s
    for s in MUST_MISS:
        assert not scan(s), s


# ---------------------------------------------------------------- read back and lengths
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, office, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for key, (name, kind) in TARGETS.items():
        lab = label(key)
        lang = lab["language"]
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = RANGES[lang]
        assert lo <= n <= hi, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = scan(variant)
            assert not hits, (name, hits)
        covered.update(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        share = ""
        if lab["expected_terms"]["contract_kind"] == G:
            share = " tco_share=%.1f" % tco_share(lab["expected_terms"], DESIGN[key][7], DESIGN[key][8])
        print("%s %s len=%d risk=%s%s rules=%s" % (key, kind, n, risk(lab["expected_rules"]), share,
                                                   ",".join(lab["expected_rules"]) or "-"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = {k: len(label(k)["expected_rules"]) for k in TARGETS}
    assert sorted(k for k, v in mix.items() if v == 0) == ["e03", "z01"]
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"] and risk(label("e01")["expected_rules"]) == "low"
    assert 8 <= mix["z05"] <= 10
    assert all(2 <= mix[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
