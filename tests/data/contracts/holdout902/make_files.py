"""holdout902: ten blind held-out draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Builds the .docx/.pdf with ../word_pdf.py, writes
the .txt/.md as they are, writes every .json label, and asserts: price and payment sums, no label value on a policy
threshold, TCO shares away from the threshold, rules derived from the labels (my reading of policy section 3) equal
to the design list, coverage of all 20 CR rules, text lengths as read back, and a regex scan of every built file
(raw, whitespace-collapsed, whitespace-free) for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青屿市研学旅行管理平台采购及定制开发合同
P:合同编号：QYJY-ZC-2027-0136
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：青屿市教育局
P:乙方（供应商）：远帆智学科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就研学旅行管理平台软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及澄清材料为本合同组成部分，与本合同不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供研学旅行管理平台标准软件许可（永久使用，不限用户数，部署于甲方指定的政务云资源），包括研学基地管理、线路与课程管理、学生报名与分组、行程安全监管、经费结算和评价统计等模块。
P:1.2 乙方按甲方需求完成定制开发：与市学籍管理系统、统一身份认证平台和财政支付平台的接口；家长端微信小程序；研学过程安全预警看板；面向学校和基地的评价指标体系与统计报表。
P:1.3 乙方负责部署实施、历史数据导入、系统联调，并对市、区两级管理员和学校联络员进行培训。
P:1.4 乙方应交付的文档包括：需求规格说明书、概要设计与详细设计说明书、接口规范、数据字典、测试报告、部署手册、运维手册和用户操作手册，均应提供纸质版和可编辑电子版。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾捌万陆仟元整（¥1,786,000），其中：软件许可费¥1,080,000；定制开发费¥620,000；部署实施及培训费¥86,000。
P:2.2 上述价款为固定总价，包含软件、开发、实施、培训、税费以及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额收据后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥357,200。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计¥803,700。
P:3.3 平台通过最终验收并试运行期满后，甲方支付合同总价的35%，计¥625,100。
P:3.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
P:3.5 每期付款前乙方应开具合法有效的增值税发票。甲方按财政资金拨付程序付款，因国库集中支付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署和全部定制开发，并提交初步验收申请。
P:4.2 乙方应按经甲方确认的实施计划推进工作，每两周向甲方提交书面进度报告，并参加甲方组织的项目例会。
P:4.3 乙方应组建不少于六人的项目团队，项目经理须具备两个以上同类教育信息化项目经验，未经甲方书面同意不得更换项目经理及核心开发人员。
P:4.4 乙方应为市、区两级管理员提供不少于两期集中培训，为学校联络员提供线上课程、操作视频和常见问题手册，培训结束后组织考核，考核合格率应达到甲方要求。
H:第五条 验收
P:5.1 初步验收标准：功能清单全部实现；与学籍、统一身份认证及支付平台的接口连续运行十个工作日无数据差错；在二千名用户并发条件下，页面平均响应时间不超过二秒；通过甲方委托的第三方安全检测，无高危漏洞。
P:5.2 初步验收后进入九十日试运行期。试运行期内未发生一级故障、累计二级故障不超过三次，且乙方提交全部源代码、技术文档和操作手册的，甲方组织最终验收，并出具书面验收报告。
P:5.3 系统上线、甲方使用或支付部分款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三日通知甲方并安排在非工作时段）。
P:6.2 一级故障（平台整体不可用或报名、安全监管功能中断）乙方应在30分钟内响应，2小时内到达现场或远程处置，8小时内恢复；二级故障2小时内响应，次工作日内解决；一般问题1个工作日内答复。
P:6.3 响应或恢复超时的，每超时一小时扣减服务费¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。上述扣款从质保金或维保费中抵扣。
H:第七条 质保与维保
P:7.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持。
P:7.2 质保期满后，如甲方需要，乙方提供年度维保服务，年度维保费不超过软件许可费的9%（即每年不超过¥97,200），该标准自质保期满起三年内不变。维保合同逐年签订，不自动续期。
P:7.3 乙方保证所提供软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的接口程序、小程序、看板、报表及其源代码和技术文档，知识产权归甲方所有，甲方有权自行修改、使用或许可第三方使用。
H:第九条 数据安全
P:9.1 平台中的学生、家长、教师信息及研学业务数据均属于甲方所有，乙方仅为履行本合同在甲方授权范围内处理，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，对个人信息加密存储和传输，运维访问须经甲方审批并通过堡垒机进行，不得将数据复制至甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开信息和学生个人信息负有保密义务，保密期限至合同终止后五年，不因合同解除而失效。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按未付金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下任何工作转交第三方完成。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除或终止时，乙方应在甲方要求的期限内完成数据移交、账号回收和系统交接，并删除其可能留存的全部甲方数据，出具书面确认。
P:13.3 因不可抗力致使合同目的不能实现的，任何一方可以解除合同，双方互不承担违约责任。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大公共卫生事件等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明，双方协商延长履行期限或变更合同。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青屿市教育局        乙方（盖章）：远帆智学科技有限公司
P:签订日期：2027年3月____日
"""
Z02 = """T:浮板生产线控制系统改造合同
P:合同编号：DO-GK-2027-021
P:甲方（买方）：东瓯浮板制品有限公司
P:乙方（卖方）：恒拓工业自动化有限公司
P:甲方拟对其发泡浮板一号至三号生产线的控制系统进行改造。乙方具备相应的设计、供货和实施能力。双方经友好协商，就控制系统设备供货、软件许可、安装调试及相关服务订立本合同。
H:第一条 合同标的
P:1.1 乙方负责三条生产线控制系统的改造设计、设备及软件供货、拆旧安装、程序编制、联调投运和人员培训，使改造后的生产线满足本合同第五条规定的技术指标。
P:1.2 供货清单及价格如下表（含税价，人民币元）：
TB:序号|名称|数量|单价|金额
TB:1|PLC控制柜（含主站、IO模块、柜体）|6套|128,000|768,000
TB:2|伺服驱动及变频器改造|1批|420,000|420,000
TB:3|HMI触摸屏|12台|9,500|114,000
TB:4|温控系统及在线测厚仪|2套|139,000|278,000
TB:5|生产线监控软件（永久许可）|1套|380,000|380,000
TB:设备及软件小计|||1,960,000
TB:6|安装调试（含拆旧、布线、程序编制）|1项|310,000|310,000
TB:7|操作及维护培训|1项|42,000|42,000
TB:合同总价|||2,312,000
P:1.3 合同总价为人民币贰佰叁拾壹万贰仟元整（¥2,312,000），为固定总价。
H:第二条 付款
P:2.1 合同生效且乙方提交等额收据后十日内，甲方支付合同总价的10%，即¥231,200。
P:2.2 全部设备到货并安装完成后，甲方支付合同总价的55%，即¥1,271,600。到货签收和安装完成不代表质量验收。
P:2.3 系统通过最终验收后二十日内，甲方支付合同总价的35%，即¥809,200。
P:2.4 乙方应在每次付款前开具相应金额的增值税专用发票。甲方有权从应付款项中直接扣除乙方应支付的违约金和扣款。
H:第三条 交货与实施
P:3.1 乙方应于合同生效后五十日内将全部设备运至甲方厂区，并提供装箱单、合格证和出厂检验报告。
P:3.2 改造采用逐线停产切换的方式，每条生产线停产时间不超过七日。乙方应在停产前提交切换方案，经甲方生产部门书面确认后实施。
P:3.3 施工期间乙方应遵守甲方的安全生产和动火管理制度，施工人员须经甲方安全培训后方可进场。
P:3.4 设备运输、装卸及到货前的保险由乙方负责。设备到货后由双方共同开箱清点，发现数量短缺或外观损坏的，乙方应在七日内补齐或更换。
H:第四条 技术要求
P:4.1 改造后各生产线应实现发泡温度闭环控制、板厚在线检测与自动调整、配方集中管理、设备状态监视和报警记录。
P:4.2 监控软件应能采集每条线不少于八百个数据点，画面刷新周期不超过一秒，历史数据在线保存不少于三年。
P:4.3 所供PLC、伺服驱动、变频器和仪表均应为原厂全新产品，型号不低于投标文件所列型号，并附原厂授权和质量证明文件。乙方应随货提供首年备品备件清单所列的备件，费用已含在合同总价中。
P:4.4 控制系统应保留手动操作模式，在监控软件或上位机故障时，生产线可在现场操作台安全停机或维持运行。
H:第五条 验收
P:5.1 每条生产线切换完成后连续运行七十二小时，经甲方确认后进入试生产。
P:5.2 最终验收标准：三条生产线均连续试生产二十日；板厚偏差不超过±0.3毫米；温控偏差不超过±1.5℃；报警与联锁功能逐项测试合格；监控软件数据与现场仪表比对一致；乙方交付全部程序备份、图纸和说明书。
P:5.3 验收由双方共同进行并签署最终验收报告。投入生产或甲方付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在十日内整改并重新组织验收；两次验收仍不合格的，甲方有权要求乙方更换不合格设备，相关费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起十八个月，质保期内设备及软件的维修、更换和升级均免费。
P:6.2 服务要求：一级故障（整线停机或安全联锁失效）乙方应在1小时内响应，6小时内到达现场，24小时内修复；二级故障2小时内响应，48小时内修复。
P:6.3 乙方响应或到场超时的，每超时一小时扣减¥800，从质保金或应付款项中扣除。
P:6.4 质保期满后，乙方提供年度维保服务，维保费按设备及软件小计的28%每年计取，即每年¥548,800，包括定期巡检、备件更换、软件升级和现场支持。该维保费在质保期满后的各维保年度内均保持不变，乙方不得单方上调。维保期内一级故障的响应和修复时限与质保期相同。维保合同逐年签订，不自动续期。
P:6.5 质保期内更换的部件，其质保期自更换之日起重新计算。乙方应建立设备维修档案，每季度向甲方提交一次巡检报告和备件消耗清单。
H:第七条 知识产权
P:7.1 监控软件的著作权归原权利人，甲方获得永久使用许可。
P:7.2 乙方为本项目编制的PLC程序、HMI画面、配方模板、图纸及技术文件归甲方所有，甲方有权自行修改、使用或交由第三方维护。
H:第八条 数据与网络安全
P:8.1 生产线运行数据、工艺参数和配方均属于甲方，乙方不得复制、带离或用于本合同以外的任何用途。
P:8.2 控制网络应与办公网络隔离。乙方远程维护须事先经甲方批准，并通过甲方提供的专用通道进行，操作全程留存日志。
P:8.3 因乙方原因导致数据泄露、丢失或控制系统遭受攻击的，乙方应在1小时内报告甲方，并承担由此造成的全部损失。
P:8.4 乙方不得在PLC程序、监控软件或现场设备中设置任何未经甲方书面认可的远程访问功能、后门或限制使用的程序，改造完成后应向甲方移交全部账号和口令。
H:第九条 保密
P:9.1 双方对履约过程中知悉的对方技术信息和经营信息负有保密义务，保密期至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 任何一方违约的，守约方只能要求违约方继续履行、采取补救措施或者支付违约金，任何一方均不得以对方违约为由解除本合同；但因不可抗力致使合同目的不能实现的除外。
H:第十一条 分包
P:11.1 乙方不得转包。土建配合及电缆敷设确需分包的，应事先取得甲方书面同意，乙方应向甲方提供分包方的资质证明和人员名单，并对分包方的工作承担全部责任。
H:第十二条 培训与安全生产
P:12.1 乙方应在每条生产线投运前对甲方操作工、电气维护人员和工艺人员分别进行培训，培训内容包括系统操作、日常点检、常见故障处理和配方管理，培训时间合计不少于六日，并提供中文培训教材。
P:12.2 乙方施工人员在甲方厂区内发生的人身伤害和财产损失由乙方负责，乙方应为其施工人员购买意外伤害保险。因乙方施工不当造成甲方设备损坏或停产损失的，乙方应予赔偿。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，根据影响程度部分或全部免除责任，履行期限相应顺延。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交温州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：东瓯浮板制品有限公司（盖章）    乙方：恒拓工业自动化有限公司（盖章）
"""
Z03 = """门店预约及会员管理SaaS服务合同

合同编号：QY-IT-2027-008

甲方（客户）：黔岩探洞体验管理有限公司
住所：贵州省贵阳市观山湖区
乙方（服务商）：云栈数智科技有限公司
住所：四川省成都市高新区

甲方在全国经营三十五家探洞体验门店，现需采用在线预约及会员管理系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十五家门店提供预约排期、场次与装备管理、会员与储值卡、营销券、电子安全须知签署、收银对账及经营报表等功能，包括门店端、总部管理端和顾客端微信小程序。
2. 甲方可在服务期内为每家门店开设不超过十个员工账号，总部账号不限。
（二）实施服务
1. 乙方负责系统初始化、门店及场次配置、与甲方现有支付通道和财务系统的对接。
2. 乙方负责将甲方原系统中约二十六万条会员记录及储值余额迁移至本系统，并逐条核对。
3. 乙方对甲方总部运营人员和各门店店长进行培训，提供操作手册和视频教程。
（三）实施计划
乙方应在合同生效后四十五日内完成全部门店上线。门店分三批上线，每批上线前由乙方提交配置清单，经甲方确认。

（四）运营支持
1. 服务期内乙方提供每日早八时至晚十时的客服热线和在线工单支持，节假日不停止服务。
2. 乙方每季度至少发布一次功能更新，更新前应提前五日向甲方发送更新说明；涉及门店操作流程变化的，应为门店提供在线培训。
3. 甲方新增门店的，按每家门店每个服务年度¥11,200的单价按月折算计费，由双方签署补充协议。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自全部门店上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。续展年度的订阅费由乙方按其届时价格体系确定，较上一服务年度的上调幅度不超过8%，乙方应在续展前通知甲方调整后的价格。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度¥11,200，三十五家门店每个服务年度合计¥392,000，两个服务年度合计¥784,000。
2. 实施费：¥136,000，一次性支付。
3. 本合同总价为¥920,000（人民币玖拾贰万元整）。短信及电子签署的超量使用费按附件单价据实结算，不计入合同总价。
（二）支付方式
1. 实施费在全部门店上线验收合格后二十日内支付。
2. 订阅费按季度支付，每季度¥98,000，甲方在每个季度结束后十五日内支付。
3. 乙方应在收款前开具增值税专用发票。甲方有权从应付订阅费中扣除乙方应付的违约金和服务补偿。

四、上线验收
（一）验收标准：三十五家门店全部完成配置并正常开展预约和收银；会员记录及储值余额迁移后逐条核对一致；顾客端在五百个并发预约请求下，提交成功率及响应时间满足附件技术指标；连续十日支付对账无差错。
（二）乙方提交上线验收申请后，甲方在七个工作日内组织验收并出具书面意见。门店试用或甲方支付订阅费均不视为验收合格。
（三）验收不合格的，乙方应在十日内整改后重新申请验收。
（四）每批门店上线后，乙方应安排实施人员驻店支持不少于三个营业日，协助门店处理首批预约、会员核销和收银对账问题，并记录问题清单直至关闭。

五、服务水平
（一）系统月度可用率不低于99.5%，计划维护应安排在每日凌晨一时至五时之间并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、收银或核销）：30分钟内响应，3小时内恢复；
2. 二级故障（单家门店或单个功能不可用）：1小时内响应，8小时内恢复；
3. 一般问题：1个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，减免当季订阅费的2%；一级故障恢复每超时一小时，减免¥500。减免金额从下一期订阅费中抵扣，全年减免总额以当年订阅费为限。

（四）服务报告：乙方应在每月前五个工作日内向甲方提交上月服务报告，列明可用率、故障及处理情况、工单统计和补偿金额。双方对可用率计算有异议的，以乙方监控记录和甲方门店报障记录共同核对确定。
（五）重大节假日前，乙方应对系统进行容量评估和压力测试，并安排技术人员值守。

六、数据安全
（一）甲方及其顾客在系统中产生的会员信息、预约记录、交易和储值数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
（二）乙方应在境内数据中心存储全部数据，系统应具备网络安全等级保护第三级备案，对个人信息和支付信息进行加密，实行最小权限和操作审计。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因其原因造成的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在交还后删除其保存的副本。

七、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门开发的小程序页面、会员等级与储值规则配置、定制报表及对接程序归甲方所有，甲方可自行修改或交由第三方使用。

八、违约责任
（一）乙方未能按期完成全部门店上线的，每逾期一日向甲方支付¥800违约金。
（二）乙方违反本合同第六条的，应赔偿甲方由此遭受的全部损失，包括甲方向顾客承担的赔偿和监管罚款。
（三）乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但第六条规定的数据安全责任除外。

九、甲方义务
（一）甲方应指定项目负责人，及时提供门店信息、场次安排、会员数据和支付通道参数，并组织门店人员参加培训。
（二）甲方应妥善管理其账号和口令，对本方员工的操作行为负责。因甲方提供的资料错误导致上线延误的，乙方的上线期限相应顺延。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，并要求乙方退还已付未用的订阅费。
（二）系统连续三个月月度可用率未达到承诺值的，甲方有权解除本合同。
（三）合同解除或期满终止的，乙方应提供不少于六十日的过渡期，在过渡期内按原价格继续提供服务，并配合甲方将数据迁移至新系统。

十二、不可抗力
因自然灾害、电信运营商骨干网络中断等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，相应中断时间不计入可用率考核，但乙方应在不可抗力消除后尽快恢复服务。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交贵阳仲裁委员会仲裁。

十四、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件为本合同组成部分。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。双方的通知以书面形式送达本合同首部所列地址。

附件：技术指标、超量使用单价。

甲方（盖章）：黔岩探洞体验管理有限公司
乙方（盖章）：云栈数智科技有限公司
"""
Z04 = """滨江市有轨电车信号监控系统2027年度运维服务合同

项目编号：BJJT-CS-2027-004
采购方式：竞争性磋商

甲方（采购人）：滨江市交通运输局
乙方（成交供应商）：轨信智控技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就滨江市有轨电车T1、T2线信号监控系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：T1、T2线控制中心信号监控系统（含中心服务器、工作站、大屏显示接口）、二十九座车站的道岔及信号机状态采集设备、车载定位上传单元五十二套、通信传输设备及监控软件。
（二）服务内容：驻场值守、日常巡检、预防性维护、故障处理、软件缺陷修复及参数调整、备品备件供应与管理、运维资料整理、应急保障和年度系统健康评估。
（三）驻场要求：乙方在控制中心安排不少于五名运维人员，实行7×24小时轮班值守，其中至少一人持有信号专业中级以上职称。人员名单须经甲方确认，更换须提前十日书面报告甲方。
（四）服务交接：乙方应在服务期开始前十日内，在甲方组织下与上一运维单位完成资料、备件、工具和系统账号的交接，核对设备台账并签署交接清单。交接中发现的设备缺陷应书面记录，由甲方确定处理方式。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。期满后本合同终止，甲方按政府采购程序另行确定下一年度运维单位。

第三条 合同价款
（一）本合同年度运维服务费为人民币壹佰贰拾陆万捌仟元整（¥1,268,000），包括：驻场运维人工费¥742,000；巡检及预防性维护费¥236,000；备品备件费¥198,000；软件维护费¥92,000。
（二）上述费用为包干价，包含人员、工具、交通、备件、税费等全部费用。服务期内因乙方原因需追加的人员或备件，费用由乙方承担。

第四条 付款方式
（一）服务费按季度支付，每季度¥317,000。
（二）每季度结束后，甲方按第七条完成季度考核，并在考核结果确认后十五个工作日内支付当季服务费（扣除考核扣款后的余额）。
（三）本合同不设预付款。乙方应在每次付款前开具合法有效的发票。

第五条 服务水平
（一）服务期内，信号监控系统月度可用率不低于99.95%，以控制中心监控平台记录为准。
（二）故障分级与处置时限：
1. 一级故障（控制中心监控功能中断、多座车站状态丢失或影响行车调度）：15分钟内响应，45分钟内到达故障现场，3小时内恢复；
2. 二级故障（单座车站或单套车载单元数据异常）：30分钟内响应，当日运营结束前修复；
3. 三级故障（不影响运营的一般缺陷）：2个工作日内处理完毕。
（三）乙方应在每日运营开始前完成系统状态检查，并在运营结束后的天窗期内完成计划性维护。任何计划性作业须提前向甲方调度部门申报。
（四）节假日、大型活动及恶劣天气期间，乙方应按甲方要求增派人员驻场保障。

（五）乙方应每月向甲方提交运维月报，内容包括系统运行指标、故障统计及原因分析、巡检发现问题及整改情况、备件消耗和下月工作计划。

第六条 服务考核扣款
（一）一级故障响应、到场或恢复每超时一小时，扣减当季服务费¥3,000；二级故障每超时一小时，扣减¥800。
（二）月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥2,000。
（三）驻场人员缺岗的，每人每日扣减¥1,500。
（四）上述扣款在当季服务费中直接扣除。

第七条 考核与验收
（一）季度考核：甲方依据故障处理记录、巡检记录、可用率统计和驻场考勤对乙方进行季度考核，考核得分八十分以上为合格。
（二）年度验收：服务期满后二十日内，甲方组织验收。验收标准为：全年四个季度考核均合格；全年未发生因乙方原因导致的行车事故；年度巡检和预防性维护计划全部完成；备品备件账实相符且库存不低于期初数量；运维资料和年度系统健康评估报告完整交付。
（三）甲方支付季度服务费不视为年度验收合格。
（四）年度验收不合格的，乙方应在甲方规定的期限内补充完成相关工作并重新提交验收；逾期仍不合格的，甲方可将该情况记入供应商履约评价。

第八条 备品备件及应急保障
（一）乙方应在控制中心设立备件库，常用备件的品种和数量不低于磋商文件所附清单。备件出入库应登记，更换下的故障件由乙方负责送修，修复后返库。
（二）乙方应编制信号监控系统应急预案，报甲方审定后执行。服务期内乙方应配合甲方开展不少于两次应急演练，并在演练后提交评估报告和改进措施。
（三）发生影响行车的故障时，乙方应立即向甲方调度报告，并服从甲方的统一指挥。

第九条 甲方义务
（一）甲方为乙方驻场人员提供必要的办公场所、值班用房和进入控制中心及车站设备区的通行手续。
（二）甲方应向乙方提供系统竣工资料、既有运维记录和备件清单，并在乙方申报计划性作业后及时安排天窗时间。
（三）乙方人员进入轨行区作业，应遵守甲方的安全作业规定，并由甲方指派的人员配合防护。

第十条 运行数据
信号监控系统的运行数据、报警记录、日志及运维记录均属于甲方，乙方仅为履行本合同使用，不得用于其他目的。

第十一条 保密
（一）乙方对履行本合同过程中知悉的系统结构、网络地址、设备参数、调度信息及甲方其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
（二）保密义务不因本合同终止而解除，保密期限为合同终止后五年。乙方应要求其驻场人员签署保密承诺书。

第十二条 知识产权
乙方在运维过程中编制的巡检规程、应急预案、运维脚本、技术文档和健康评估报告归甲方所有，甲方有权自行使用、修改或提供给后续运维单位。

第十三条 违约责任
（一）乙方未按本合同提供服务的，按第六条考核扣款。
（二）乙方因故意或重大过失造成设备损坏或运营中断的，应赔偿甲方因此遭受的实际损失。
（三）乙方驻场人员违反甲方安全管理规定的，甲方有权要求乙方立即更换该人员，乙方应在两日内补足人员。
（四）甲方无正当理由未按约定支付服务费的，乙方可书面催告，甲方应在收到催告后十个工作日内付清。

第十四条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十五条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同。
（二）因不可抗力致使合同目的不能实现的，任何一方可以解除本合同。
（三）合同解除或期满终止后，乙方应在十日内完成工作交接，移交全部运维资料、备品备件和系统账号。

第十六条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，由双方协商签订补充协议，但不得违背磋商文件的实质性内容。双方应各自指定项目联系人，联系人变更的应提前三日书面通知对方。磋商文件、响应文件和成交通知书为本合同组成部分。

甲方（盖章）：滨江市交通运输局
乙方（盖章）：轨信智控技术有限公司
签订日期：2026年12月____日
"""
Z05 = """# 匠链工序通软件许可及定制开发合同

> 匠链信息技术有限公司 标准合同文本 V3.0（本文本由乙方提供）

合同编号：JL-GXT-2027-0311

- 甲方（用户）：琉光宫灯工艺工作室（北京琉光宫灯工艺有限公司）
- 甲方地址：北京市东城区前门东大街；联系人：周女士，邮箱：studio@liuguang-lantern.cn
- 乙方（供应商）：匠链信息技术有限公司
- 乙方地址：浙江省杭州市余杭区文一西路；联系人：陈先生，邮箱：contract@jianglian-soft.cn

甲方为手工宫灯制作工作室，拟采用乙方"工序通"工艺过程追踪软件，对宫灯从选料、木作、雕刻、裱糊、彩绘到组装的各道工序进行记录和追踪。双方经协商，依据乙方标准合同文本订立本合同。

## 第一条 合同内容

1.1 乙方向甲方提供"工序通"工艺过程追踪软件标准版许可（永久许可，二十个并发用户，本地部署于甲方服务器），包括工单管理、工序报工、物料领用、质量记录和订单进度查询等功能。

1.2 乙方根据甲方需求进行定制开发，内容包括：宫灯工序模板及工时标准配置；扫码报工小程序；客户订单进度查询页面；与甲方网店订单系统的接口；以及成本核算报表。

1.3 乙方负责软件安装、基础数据初始化和甲方人员培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序通标准版软件许可 | 260,000 |
| 2 | 定制开发（模板、小程序、查询页面、接口、报表） | 318,000 |
| 3 | 安装实施及培训 | 42,000 |
| | 合同总价 | 620,000 |

合同总价为人民币陆拾贰万元整（¥620,000）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥403,000。乙方收到该款项后开始开发工作。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥217,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付

4.1 乙方应在收到首期款后七十五日内完成开发并上线运行。因甲方需求变更、资料提供延误或配合不及时导致延期的，交付期相应顺延。

4.2 需求变更应以书面形式提出。变更工作量超过原定制开发内容的，双方另行协商费用。

4.3 乙方在开发开始前与甲方进行需求调研，形成需求确认书。需求确认书经甲方签字后作为开发依据，甲方未在乙方提交后五个工作日内签字或提出书面意见的，视为确认。

4.4 乙方为甲方工作人员提供一次集中培训，时长不超过两日，培训地点在甲方工作室。此后的追加培训按乙方标准收费。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的功能修改意见，由乙方在维护期内视情况安排处理。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护，内容包括缺陷修复和远程技术支持。

6.2 维护期内，甲方报告的一级故障（系统无法登录或无法报工），乙方在8小时内响应；其他问题在3个工作日内响应。乙方以远程支持为主，确需现场服务的，差旅费由甲方承担。

6.3 乙方将尽力按上述时限处理问题，但不因响应或处理延误承担任何扣款、赔偿或违约责任。

6.4 免费维护期满后，甲方可购买年度维护服务，年度维护费为软件许可费的10%，即每年¥26,000，按年预付。

6.5 以下情形不属于免费维护范围：甲方擅自修改程序或数据库；甲方新增功能需求；因甲方硬件、网络、病毒或误操作引起的问题；第三方软件升级造成的不兼容。乙方处理上述问题的，按人天单价另行收费。

## 第七条 知识产权

7.1 "工序通"软件及乙方为本项目开发的全部定制内容（包括工序模板、小程序、查询页面、接口程序、报表及其源代码和文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对上述软件及定制内容进行修改、反向工程或许可第三方使用。

7.3 乙方保证其提供的软件不侵犯第三方的知识产权。如第三方就此向甲方提出权利主张，乙方负责处理，但因甲方修改软件或与其他软件组合使用引起的除外。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、物料和客户数据归甲方所有。

8.2 甲方同意，乙方可以对甲方数据进行脱敏和汇总处理后，用于乙方产品改进、行业工艺模型训练和行业分析报告，该项使用在本合同终止后继续有效。

8.3 乙方在实施和远程维护过程中应采取访问控制、加密传输和操作日志等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，并承担相应的赔偿责任。

8.4 合同终止后，甲方需要乙方协助导出数据的，应提前三十日书面提出，乙方按标准人天单价收取服务费。

## 第九条 甲方义务

9.1 甲方应自行准备满足乙方要求的服务器、网络及扫码终端设备，并保证其稳定运行。因甲方硬件、网络或操作系统原因造成的故障，不属于乙方维护范围。

9.2 甲方应指定专人负责与乙方对接，及时提供工序资料、工时标准、历史订单和物料清单，并对资料的真实性和完整性负责。

9.3 甲方不得将软件安装于合同约定以外的服务器，不得超出许可用户数使用。甲方需增加用户数的，按乙方当期价格另行购买。

## 第十条 保密

10.1 双方对在合作中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得披露，保密期至合同终止后三年。

## 第十一条 不可抗力

11.1 因不可抗力或政策调整、网络运营商故障、第三方平台接口变化等非乙方原因导致本合同不能履行或延迟履行的，乙方不承担责任，交付期限相应顺延。

## 第十二条 违约责任

12.1 乙方未按第四条约定期限上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 任何一方违反本合同约定的，应承担相应的违约责任。

12.3 乙方不对甲方的间接损失、预期利润损失、经营中断损失承担责任。甲方因自行修改系统配置或违规操作造成的损失，由甲方自行承担。

## 第十三条 委托第三方

13.1 乙方可根据工作需要，将部分开发、实施或维护工作委托其合作伙伴完成，无需取得甲方同意。乙方对合作伙伴的工作成果负责。

## 第十四条 合同解除

14.1 一方严重违反本合同，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

14.2 甲方因自身原因解除合同的，已支付款项不予退还。

## 第十五条 法律适用与争议解决

15.1 本合同适用中华人民共和国法律。发生争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十六条 其他

16.1 本合同自双方签字盖章且乙方收到首期款之日起生效，一式两份，双方各执一份。

16.2 本合同附件包括报价单、需求确认书和乙方软件许可条款，附件与正文不一致的，以乙方软件许可条款为准。

16.3 双方往来通知以电子邮件发送至本合同首部所列联系人邮箱即视为送达。

甲方（签章）：__________　　乙方（签章）：__________

日期：____年__月__日
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. ORS-HY-2027-06
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Huaiyun Feed Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Huai'an, Jiangsu Province (the "Buyer"), and Oneota Ridge Software, Inc., an Iowa corporation with its principal office at Water Street, Decorah, Iowa 52101, United States (the "Vendor").
P:The Buyer operates four feed mills and wishes to introduce a maintenance and production-asset management system. The Vendor licenses the MillSight computerised maintenance management software and provides the related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MillSight Enterprise software in object code, version 9, including the modules listed in Annex 1, together with all updates and upgrades supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, mobile inspection forms, data conversion scripts and configuration sets developed or prepared by the Vendor specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including asset registers, work orders, spare-parts records, production and personnel information.
P:1.4 "Go-Live" means the first day on which all four mills use the Software for live maintenance work orders.
P:1.5 "Final Acceptance" means the Buyer's written confirmation issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Buyer in mainland China for up to 180 named users and 40 concurrent mobile users, for the internal purposes of the Buyer and its affiliates.
P:2.2 The Vendor shall perform the implementation services described in Annex 2: process workshops at each mill, system configuration, migration of the existing asset and spare-parts registers, development of the Custom Deliverables, integration with the Buyer's ERP and its energy metering system, testing, training and Go-Live support.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,994,000 (the "Contract Price"), inclusive of all taxes, and consists of: Licence Fee CNY 1,420,000; implementation services CNY 510,000; training CNY 64,000.
P:3.2 The Contract Price is fixed and covers all travel expenses and all support during the Warranty Period.
H:Article 4 Payment
P:4.1 The Buyer shall pay the Contract Price in three instalments against a valid VAT invoice or equivalent tax document:
P:(a) 20% of the Contract Price (CNY 398,800) within 30 days after signature of this Agreement;
P:(b) 45% of the Contract Price (CNY 897,300) within 30 days after Go-Live, which shall not be treated as acceptance;
P:(c) 35% of the Contract Price (CNY 697,900) within 30 days after Final Acceptance.
P:4.2 Payments are made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai named in Annex 3. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software within 20 days after signature and achieve Go-Live within 150 days after signature in accordance with the project plan in Annex 2.
P:5.2 Acceptance criteria: (a) every function in the requirements specification signed by both parties works as specified; (b) the migrated asset and spare-parts registers reconcile fully with the source records on a full-count check; (c) the ERP and energy-metering interfaces run for ten consecutive working days without data error; (d) standard reports open within three seconds with 40 concurrent users; and (e) the system runs for 45 days after Go-Live without any Severity 1 incident.
P:5.3 When the criteria in Article 5.2 are met, the Vendor shall request Final Acceptance in writing. The Buyer shall test and either issue a Final Acceptance certificate or list the defects within ten working days. The Vendor shall correct listed defects and request acceptance again.
P:5.4 Go-Live, productive use of the Software and any payment do not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide, free of charge, defect correction, updates, upgrades and remote and on-site support.
P:6.2 Support levels: for a Severity 1 incident (the Software is unavailable at any mill, or work orders cannot be created or closed) the Vendor shall respond within one (1) hour and provide a workaround within eight hours; Severity 2 incidents are answered within three hours and Severity 3 requests within one business day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000 against the next amount due, or pay it if no amount remains due.
P:6.4 After the Warranty Period, the Vendor shall offer annual support on the terms of Article 6.2 at a fee of 13% of the Licence Fee, i.e. CNY 184,600 per year, which shall not increase for the first three years after the Warranty Period. Annual support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including to third-party service providers.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and on the Buyer's instructions, and shall not use it for any other purpose.
P:8.2 Buyer Data shall remain on the Buyer's servers in mainland China. Remote access by the Vendor requires the Buyer's approval for each session, uses the Buyer's VPN with multi-factor authentication, and is logged. The Vendor shall not copy Buyer Data outside the Buyer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 24 hours after becoming aware of it, assist the Buyer in containing it, and be responsible for all losses caused by a breach of this Article 8 by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information of the other party received in connection with this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar obligations. These obligations continue for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, The Vendor remains responsible for all subcontractors.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature by both parties.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.
P:12.3 The Buyer may also terminate by written notice if delay damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund all amounts paid for work not yet accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Iowa, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of or in connection with this Agreement shall first be discussed by the parties' senior managers for 30 days. Failing settlement, it shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Des Moines, Iowa, the language is English, and there shall be one arbitrator.
H:Article 14 General
P:14.1 Force majeure: neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 60 days, either party may terminate this Agreement by written notice.
P:14.2 Notices shall be in writing in English or Chinese and sent to the addresses in the signature block. This Agreement is signed in English and Chinese; both versions are equally authentic.
P:14.3 Annexes: Annex 1 Software modules; Annex 2 Implementation scope and project plan; Annex 3 Payment details.
P:For the Buyer: Jiangsu Huaiyun Feed Co., Ltd.    Name: ______________    Title: ______________    Date: ______________
P:For the Vendor: Oneota Ridge Software, Inc.    Name: ______________    Title: ______________    Date: ______________
"""
E02 = """# Order Form and General Terms — Bluffline PIM Cloud

**Order Form No. BL-OF-2027-0418**

**Vendor:** Bluffline Commerce Systems, LLC, a Minnesota limited liability company, 3rd Street, Winona, Minnesota 55987, USA ("Vendor")

**Customer:** Ningbo Haiqin Apparel Co., Ltd., Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Service

Bluffline PIM Cloud, Enterprise edition: a hosted product-information management service for product master data, digital assets, size and care labels, channel listings for Customer's online stores and wholesale catalogues. The order includes 60 named user seats, 150,000 active product records (SKUs), 2 TB of digital-asset storage and the connectors for Tmall, JD.com and Customer's own WeChat store.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months, divided into two Subscription Years, starting on the Subscription Start Date. The Subscription Start Date is the date on which Customer signs the Go-Live Acceptance certificate under Section A5.

### A3. Fees

| Item | Description | Amount (CNY) |
|---|---|---|
| Subscription, Year 1 | 60 seats, 150,000 SKUs, 2 TB, three connectors | 296,000 |
| Subscription, Year 2 | same scope | 296,000 |
| Onboarding | data model design, migration of legacy product data, connector set-up, training | 38,000 |
| **Total Fees** | | **630,000** |

All amounts include VAT. Additional SKUs or storage used beyond the quantities above are charged at the unit rates in Vendor's overage schedule and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after Go-Live Acceptance.

(b) The Subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 74,000, each at the end of the quarter to which it relates.

(c) Customer pays each correct invoice within 30 days of receipt, in CNY, to Vendor's account with its Shanghai billing agent.

(d) No advance payment is required under this Order Form.

### A5. Onboarding and Go-Live Acceptance

(a) Vendor shall complete Onboarding within 60 days after signature of this Order Form.

(b) Go-Live Acceptance criteria: (i) all legacy product records are migrated and a full-count reconciliation shows no missing or altered records; (ii) the three channel connectors publish a test batch of 500 listings correctly; (iii) the acceptance test scripts agreed in the Onboarding plan pass; and (iv) Customer's key users have completed training.

(c) When the criteria are met, Vendor shall request acceptance in writing. Customer shall sign the Go-Live Acceptance certificate or list the failed criteria within seven business days. Use of the Service for testing or training is not acceptance.

(d) If Vendor fails to complete Onboarding by the date in A5(a) for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to a total of CNY 25,000.

### A6. Contacts and Signature

Customer contact: Ms. Lin, IT Manager. Vendor contact: Mr. Halvorson, Account Director.

For Customer: ______________________ Date: __________

For Vendor: ______________________ Date: __________

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the hosted service described in Section A1, including its updates.

1.2 "Customer Data" means all data, images and content uploaded to the Service by or for Customer or generated through Customer's use of the Service, including product data, prices and listing histories.

1.3 "Customer Configurations" means the data model, attribute sets, workflows, templates and connector mappings prepared by Vendor specifically for Customer during Onboarding.

### 2. Provision of the Service

2.1 Vendor shall provide the Service in accordance with its documentation and shall host the Service and all Customer Data in data centres located in mainland China.

2.2 Vendor will use commercially reasonable efforts to keep the Service available around the clock, except for planned maintenance, which Vendor will try to schedule outside Customer's business hours.

2.3 Customer may submit support requests through Vendor's ticket portal or by e-mail. Vendor's support team handles requests during its business hours on working days and will use reasonable efforts to resolve them promptly.

2.4 Vendor may update the Service from time to time, provided that no update materially reduces the functionality described in Section A1.

2.5 Vendor shall make a usage dashboard available to Customer's administrators showing seats, active SKUs and storage used, so that Customer can manage its use within the quantities in Section A1.

### 3. Customer Responsibilities

3.1 Customer is responsible for the accuracy of Customer Data, for its users' compliance with these General Terms and for keeping user credentials secure.

3.2 Customer shall not use the Service to store content that infringes third-party rights or violates applicable law.

3.3 Customer shall provide Vendor, within ten business days after signature, with an export of its legacy product data, the channel account credentials needed for the connectors, and a project lead with authority to approve the data model.

3.4 Customer may add user seats or SKUs at any time by written request. Additional seats and SKUs are charged pro rata for the rest of the current Subscription Year at the unit rates in Vendor's overage schedule.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Vendor may use Customer Data only to provide the Service to Customer and for no other purpose, and shall not disclose it to any third party except as permitted by Section 8.

4.2 Vendor shall maintain appropriate technical and organisational security measures, including encryption of Customer Data in transit and at rest, role-based access control, logging of administrative access, daily backups kept for 30 days, and a Multi-Level Protection Scheme level 3 filing for the production environment.

4.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, shall take all reasonable steps to contain it, and shall be responsible for losses resulting from its failure to comply with this Section 4.

4.4 On expiry or termination, Vendor shall make Customer Data available for export in CSV and original file formats for 60 days and then delete it, and shall confirm the deletion in writing.

### 5. Intellectual Property

5.1 Vendor owns the Service and its underlying software and documentation.

5.2 Customer Configurations belong to Customer. Vendor shall deliver them in exportable form on request, and Customer may use, modify and allow third parties to use them without restriction.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and disclose it only to persons who need to know it and are bound by equivalent obligations. These obligations survive for three years after expiry or termination.

### 7. Term, Renewal and Termination

7.1 The Order Form runs for the Subscription Term and then expires. It does not renew automatically; any renewal requires a new order form signed by both parties, with fees agreed at that time.

7.2 Either party may terminate the Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

7.3 If Customer terminates under Section 7.2, Vendor shall refund any fees paid for the period after termination.

### 8. Subcontracting

8.1 Vendor shall not subcontract any part of the Service or Onboarding without Customer's prior written consent. Customer consents to the hosting provider named in Vendor's security documentation. Vendor remains responsible for the performance of its subcontractors.

### 9. Warranties and Liability

9.1 Vendor warrants that the Service will perform materially in accordance with its documentation. If it does not, Vendor shall correct the defect within a reasonable time.

9.2 Vendor's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer under this Order Form in the six (6) months immediately preceding the event giving rise to the claim.

9.3 The limit in Section 9.2 does not apply to breach of Section 4 or Section 6, to personal injury, or to fraud or wilful misconduct.

9.4 Neither party is liable for indirect or consequential loss, including loss of profit or revenue.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitration shall be conducted in Chinese and English.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its entire business.

11.2 Force majeure excuses a delay only for as long as the event lasts and only if the affected party notifies the other promptly.

11.3 Notices under this Order Form shall be sent by e-mail and courier to the contacts named in Section A6.

11.4 This Order Form is the entire agreement between the parties about its subject matter and may only be amended in writing signed by both parties.
"""
E03 = """T:Purchase Contract for Grain Bin Monitoring Sensors and Software
P:Contract No. BF-CG-2027-052
P:Buyer: Heilongjiang Beifeng Grain Storage Co., Ltd., Daowai District, Harbin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Northwoods Grain Sensing, Inc., a Minnesota corporation, Paul Bunyan Drive, Bemidji, Minnesota 56601, United States (the "Supplier").
P:The Buyer operates 32 steel grain bins and four flat warehouses at its Harbin and Suihua depots. Following the Buyer's competitive tender, the Supplier was selected to supply temperature and moisture sensing equipment and a monitoring software licence and to install and commission the system. This Contract is made on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, wireless gateways, weather stations and accessories listed in clause 2.2.
P:1.2 "Software" means the BinWatch monitoring software, version 6, licensed under clause 2.3, including updates supplied during the Warranty Period.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's depots.
P:1.4 "Custom Work" means the dashboards, alarm rules, aeration control logic, reports and the interface to the Buyer's warehouse management system prepared by the Supplier for the Buyer, with their source code and documentation.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the System under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, license the Software, and install, configure, integrate and commission the System, and train the Buyer's staff, as described in this Contract and in the technical specification in Annex 1.
P:2.2 The price list is as follows (CNY, including VAT, delivery to site and insurance):
TB:No.|Item|Quantity|Unit price|Amount
TB:1|Temperature and moisture sensor cables, 18 m|640|1,850|1,184,000
TB:2|Wireless gateways with solar power kit|32|9,500|304,000
TB:3|Weather stations|4|21,000|84,000
TB:4|BinWatch Software, perpetual site licence for two depots|1|574,000|574,000
TB:|Hardware and Licence Subtotal|||2,146,000
TB:5|Installation, configuration, WMS interface and commissioning|1|268,000|268,000
TB:6|Training of operators and maintenance staff|1|36,000|36,000
TB:|Contract Price|||2,450,000
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at both depots for an unlimited number of users, including use by the Buyer's contractors for the Buyer's purposes.
P:2.4 The Contract Price is CNY 2,450,000 and is fixed. It includes all customs duties, transport, installation materials and all services during the Warranty Period.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 245,000) within 20 days after signature of this Contract, against an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 1,347,500) within 20 days after delivery and installation of all Equipment at both depots. Delivery and installation do not constitute acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 857,500) within 20 days after Final Acceptance.
P:3.4 All payments are made in CNY by bank transfer against a valid invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's depots within 70 days after signature and shall complete installation within 40 days after delivery. Installation inside bins shall only take place when the Buyer confirms that the bin is empty and safe to enter.
P:4.2 The Supplier's personnel shall comply with the Buyer's site safety rules, including confined-space entry and work-at-height permits.
P:4.3 The Equipment shall be new, shall comply with applicable Chinese standards for electrical equipment in grain storage, and shall carry any required certification.
P:4.4 With the Equipment the Supplier shall deliver packing lists, certificates of origin and conformity, calibration records for every sensor cable, installation drawings for each bin, and operation and maintenance manuals in Chinese.
H:5. Acceptance
P:5.1 After installation, the System shall run for a trial period of 30 consecutive days.
P:5.2 Acceptance criteria: (a) every sensor point reports to the Software, with no more than two points per depot temporarily out of service; (b) temperature readings deviate by no more than 0.5 °C from a calibrated reference thermometer in a sample of points selected by the Buyer; (c) alarms reach operators by screen and SMS within one minute of a threshold being crossed in the test; (d) the WMS interface transfers bin inventory and alarm data without error for ten consecutive days; and (e) all documentation and the source code of the Custom Work are delivered.
P:5.3 When the criteria are met, the parties shall sign a Final Acceptance certificate. If any criterion is not met, the Supplier shall remedy the defect within 15 days and the test shall be repeated. Use of the System during the trial period is not acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace any defective Equipment and correct any Software defect free of charge, including parts, labour and travel.
P:6.2 During the Warranty Period, the central monitoring server of the Software shall have a monthly availability of at least 99.95%, excluding maintenance agreed with the Buyer in advance.
P:6.3 Fault response: for a Priority 1 fault (monitoring unavailable for a whole depot, or alarms not delivered) the Supplier shall respond within thirty (30) minutes, restore service remotely within six hours or attend on site within 24 hours; Priority 2 faults are answered within two hours and fixed within three days.
P:6.4 For each hour by which a Priority 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,500; for each 0.01 percentage point by which monthly availability falls short, CNY 3,000. The Buyer may deduct these amounts from any sum payable to the Supplier.
P:6.5 After the Warranty Period, the Supplier shall provide annual support on the same service levels for a fee of 9% of the Hardware and Licence Subtotal, i.e. CNY 193,140 per year, which remains fixed for three years. Support is ordered year by year and does not renew automatically.
P:6.6 The Supplier shall keep a stock of spare sensor cables and gateways in Harbin sufficient to replace failed units within three days, and shall give the Buyer at least six months' notice before discontinuing any Equipment model used in the System.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Custom Work belongs to the Buyer, who may use, modify and license it freely and have it maintained by third parties.
P:7.2 The Supplier shall indemnify the Buyer against any third-party claim that the Equipment or the Software infringes intellectual property rights.
H:8. Data Security
P:8.1 All data collected by the System, including grain temperature, moisture, inventory and alarm data, belongs to the Buyer. The Supplier shall use such data only to perform this Contract and shall not disclose it or use it for any other purpose.
P:8.2 The Software shall be installed on the Buyer's servers. Remote access by the Supplier is permitted only through the Buyer's VPN, with the Buyer's approval for each session, and all sessions shall be logged. The Supplier shall ensure that gateways use encrypted communication and that default passwords are changed at installation.
P:8.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 12 hours of becoming aware of it, cooperate in the investigation and bear the losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information obtained under this Contract, including the Buyer's stock levels, depot layouts and network information, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of the Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the dates in clause 4 and clause 5, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. In that case the Supplier shall refund the amounts paid for undelivered or unaccepted parts of the System.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin in accordance with its rules. The award is final and binding on both parties.
H:14. General
P:14.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within five days and provides evidence.
P:14.2 This Contract is signed in Chinese and English. Annex 1 (Technical Specification) and Annex 2 (Installation Schedule) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed IT Services Agreement

**Agreement No. TH-IT-MSA-2027-03**

This Managed IT Services Agreement (the "Agreement") is made between:

- **Shandong Taihang Mining Machinery Co., Ltd.**, Zibo, Shandong Province, People's Republic of China (the "Customer"); and
- **Superior Shoreline Technologies, Inc.**, a Michigan corporation, Front Street, Marquette, Michigan 49855, United States, acting through its branch office in Qingdao (the "Provider").

## Section 1. Definitions

1.1 "Services" means the managed IT services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Term" means thirty-six (36) months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Provider accesses, processes or stores in performing the Services, including system logs and configuration data.

1.5 "Service Levels" and "Service Credits" have the meanings given in Schedule 2.

## Section 2. Services

2.1 The Provider shall provide the Services for the Customer's head office and its three plants in Zibo, Linyi and Weifang from the Service Commencement Date for the Term.

2.2 The Provider shall perform the Services with suitably qualified personnel, in accordance with good industry practice and the Customer's IT policies notified to it in writing.

2.3 The Provider shall appoint a service delivery manager, based in Zibo, who is the Customer's single point of contact and attends a monthly service review meeting with the Customer.

2.4 The Provider shall deliver a monthly service report showing performance against each Service Level, incidents and their root causes, changes made, and Service Credits due.

2.5 Changes to the scope of the Services shall be agreed through the change procedure in the transition plan: the Provider shall give a written proposal with the effect on charges and Service Levels, and no change takes effect until both parties sign it.

2.6 The Customer shall give the Provider's personnel reasonable access to its sites and systems, and shall provide desk space at each plant for on-site engineers.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 3,220,000, consisting of a one-time Transition Charge of CNY 124,000 and a Monthly Service Charge of CNY 86,000 for each of the 36 months of the Term.

3.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after the monthly service report for that month has been delivered.

3.3 The Customer pays each correct invoice within 30 days of receipt. Service Credits are deducted from the next invoice. No advance payment is due under this Agreement.

3.4 The charges are fixed for the Term and include all personnel, tools, monitoring software and travel within Shandong Province.

## Section 4. Transition and Acceptance

4.1 The Provider shall complete transition of the Services from the Customer's internal team within 75 days after signature, in accordance with the transition plan agreed at signature.

4.2 Transition acceptance criteria: (a) all in-scope devices, servers and network elements are enrolled in the Provider's monitoring and show live status; (b) the configuration management database reconciles with a physical audit at every site; (c) runbooks for every in-scope system are approved by the Customer; (d) the service desk handles calls in Chinese for ten consecutive working days in a shadow run meeting the Schedule 2 targets; and (e) knowledge transfer from the Customer's team is signed off.

4.3 When the criteria are met, the Customer shall sign a Transition Acceptance certificate or state the failed criteria within five working days. Starting to use the Services is not acceptance.

4.4 If the Service Commencement Date does not occur within 75 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 5. Service Levels

5.1 The Provider shall meet the Service Levels in Schedule 2. If a Service Level is missed, the Provider shall pay the Service Credits in Schedule 2 and deliver a remediation plan within ten working days.

5.2 Service Credits are a price adjustment and do not limit the Customer's other rights and remedies, including termination under Section 11.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall apply security measures at least equal to ISO/IEC 27001 and the Customer's IT security policy, including individual named accounts, multi-factor authentication for all administrative access, logging of privileged sessions, and encryption of Customer Data in transit. Customer Data shall not be transferred outside mainland China.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data or the Customer's systems within two hours after detection, contain and investigate it, and be liable for losses resulting from its breach of this Section 6.

## Section 7. Intellectual Property

7.1 The Provider's pre-existing tools and monitoring software remain its property.

7.2 Runbooks, scripts, configuration records, reports and documentation created for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to any successor provider.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for five years after the end of the Agreement.

## Section 9. Subcontracting

9.1 The Provider may engage subcontractors, including its affiliates, to perform any part of the Services by giving the Customer written notice at least ten days before the subcontractor starts work. The Provider remains responsible for the acts and omissions of its subcontractors.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term. The limit does not apply to personal injury, wilful misconduct, or breach of Section 6 or Section 8.

10.2 Neither party is liable for indirect or consequential loss, except under Section 6.

## Section 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It may be extended only by written agreement of both parties.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after notice, or if the Provider misses the same critical Service Level in three consecutive months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the Monthly Service Charge, hand over all documentation and credentials, and return or delete all Customer Data as the Customer directs.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan under its rules.

## Schedule 1 — Service Scope

| Service | Description | Coverage |
|---|---|---|
| Service desk | Bilingual service desk by telephone, e-mail and portal; incident logging and tracking | 7 × 24 |
| End-user support | Desk-side support for about 1,150 users at four sites | Mon–Sat 08:00–18:00 |
| Network management | Monitoring and management of routers, switches, firewalls and Wi-Fi at four sites | 7 × 24 |
| Server and storage management | Monitoring, patching and backup of 86 servers and two storage arrays in the Zibo data room | 7 × 24 |
| Plant systems support | Support of the MES clients and shop-floor terminals at the three plants | shift hours |

## Schedule 2 — Service Levels and Service Credits

| Service Level | Target | Service Credit |
|---|---|---|
| Availability of core network and data-room servers (monthly) | 99.7% | 3% of the Monthly Service Charge for each 0.1 percentage point below target |
| Priority 1 incident response (site or plant down) | 15 minutes | CNY 1,000 per hour or part of an hour late |
| Priority 1 incident restoration | 3 hours | CNY 2,000 per hour or part of an hour late |
| Priority 2 incident response | 1 hour | CNY 300 per hour late |
| Service desk calls answered within 60 seconds | 90% of calls | 2% of the Monthly Service Charge |

Service Credits in any month are capped at 25% of that month's Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 124,000 |
| Monthly Service Charge | 86,000 per month × 36 months, monthly in arrears | 3,096,000 |
| Total charges for the Term | | 3,220,000 |

Additional devices beyond the inventory at Transition Acceptance are charged at the unit rates agreed in the transition plan and are not part of the total charges.

For the Customer: ____________________  For the Provider: ____________________
"""
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BDN-JH-2027-011

BETWEEN

Dalian Jinhe Grain Trading Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China ("Customer")

AND

Bay de Noc Data Services, Inc., a Michigan corporation, Ludington Street, Escanaba, Michigan 49829, United States ("Vendor")

BACKGROUND

Vendor compiles agricultural weather, crop-condition and freight data for North and South American growing regions and makes it available through a web API. Customer trades soybeans and corn and wishes to use that data in its internal risk and purchasing systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Vendor Data" means the datasets listed in Schedule A, as updated by Vendor during the Subscription Term.

1.2 "API" means Vendor's application programming interface through which Vendor Data is delivered, with its documentation.

1.3 "Custom Connector" means the software that Vendor builds for Customer to load Vendor Data into Customer's risk system and data warehouse, including field mappings, transformation rules, source code and documentation.

1.4 "Customer Data" means all data supplied by Customer to Vendor or entered through the API, including watch lists, queries, query logs, position and contract information, and user details.

1.5 "Subscription Year" means each period of one year starting on the Subscription Start Date or on its anniversary. The first Subscription Year and the second Subscription Year together form the "Initial Term".

1.6 "Subscription Start Date" means the date on which Vendor issues production API credentials to Customer.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use Vendor Data within Customer's group for its internal trading, risk and purchasing decisions, for up to 25 named users and 3 system accounts.

2.2 Customer may store Vendor Data in its internal systems and may keep historical Vendor Data received during the Subscription Term after it ends for internal records and audit, but may not resell or publish it.

2.3 The API call volume included is 2,000,000 calls per Subscription Year. Calls above that volume are charged at the overage rate in Schedule B and are not part of the Total Fees.

2.4 Customer shall keep its API credentials secure, shall not share named-user credentials, and shall inform Vendor promptly if it suspects that credentials have been compromised. Vendor may suspend a compromised credential after notifying Customer and shall issue a replacement within one business day.

3. CUSTOM CONNECTOR AND ACCEPTANCE

3.1 Vendor shall deliver the Custom Connector within 45 days after the Subscription Start Date.

3.2 Acceptance criteria for the Custom Connector: (a) all datasets in Schedule A load into Customer's data warehouse on schedule for ten consecutive business days; (b) a reconciliation of loaded records against the API for the same period shows no missing or altered records; (c) load errors are logged and alerted to Customer's operations team; and (d) source code and documentation are delivered.

3.3 Customer shall confirm acceptance in writing, or list failed criteria, within five business days after Vendor's notice that the Custom Connector is ready. Use of the Custom Connector for testing is not acceptance.

3.4 If Vendor fails to deliver the Custom Connector by the date in clause 3.1 for reasons within its control, Vendor shall pay Customer CNY 600 per day of delay, up to CNY 36,000.

4. FEES AND PAYMENT

4.1 The fees are set out in Schedule B. Total Fees for the Initial Term are CNY 900,000, consisting of a Setup Fee of CNY 64,000 and a Subscription Fee of CNY 418,000 for each of the two Subscription Years.

4.2 Vendor shall invoice the Setup Fee and the Subscription Fee for the first Subscription Year on signature of this Agreement. Customer shall pay that invoice within 15 business days, and Vendor shall issue production API credentials after receiving payment.

4.3 Vendor shall invoice the Subscription Fee for the second Subscription Year at the start of that Subscription Year, payable within 30 days.

4.4 All amounts are in CNY and include VAT. Payments are made to Vendor's collection account in mainland China named in Schedule B.

5. TERM AND RENEWAL

5.1 This Agreement starts on signature and continues for the Initial Term.

5.2 At the end of the Initial Term, and at the end of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

5.3 Vendor may increase the Subscription Fee for any renewal term by up to 9% over the fee for the preceding Subscription Year by notifying Customer of the new fee at least 75 days before the renewal date.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of the time in each calendar month, measured by Vendor's monitoring at its API gateway, excluding scheduled maintenance announced at least five days in advance and performed outside 08:00 to 20:00 China Standard Time.

6.2 Vendor shall update each dataset at the frequency stated in Schedule A. A delay of more than two hours in a daily update counts as a Severity 2 incident.

6.3 Vendor shall respond to a Severity 1 incident (the API or a major dataset is unavailable or returns wrong data) within one (1) hour at any time, and restore service within six hours. Severity 2 incidents are answered within three hours during China business hours.

6.4 If monthly availability falls below the commitment in clause 6.1, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, and CNY 800 for each hour by which a Severity 1 restoration time is exceeded. Credits are deducted from the next invoice or, at the end of the term, refunded.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API and support to Customer, and shall not analyse, aggregate, sell or otherwise use it for any other purpose, including after the end of this Agreement.

7.2 Vendor shall protect Customer Data with industry-standard security measures, including encryption in transit and at rest, access limited to named support staff, logging of all access, and annual penetration tests whose summary results are shared with Customer. Customer's query logs and position data shall be stored only on servers in mainland China.

7.3 Vendor shall notify Customer of any unauthorised access to Customer Data within 24 hours after becoming aware of it, cooperate with Customer's investigation, and compensate Customer for losses resulting from Vendor's breach of this clause 7.

7.4 Within 30 days after the end of this Agreement Vendor shall delete all Customer Data and certify the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor Data and the API remain the property of Vendor and its data sources.

8.2 The Custom Connector belongs to Customer from delivery. Customer may use, modify and license it freely, including to a contractor that maintains Customer's systems.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including Customer's positions and trading interests, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for five years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of its obligations, including development of the Custom Connector and hosting of Customer Data, without Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the Total Fees, except for breach of clauses 7 and 9, fraud and wilful misconduct, which are not limited.

11.2 Vendor does not warrant that Vendor Data is free of errors, but shall correct errors reported by Customer within two business days.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If Customer terminates under clause 12.1, Vendor shall refund the prepaid Subscription Fee for the unused part of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitral award is final.

14. GENERAL

14.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

14.2 Notices shall be given in writing by e-mail and courier to the addresses stated above, and take effect on receipt.

14.3 This Agreement may be amended only in writing signed by both parties.

SCHEDULE A - DATASETS

Daily weather observations and 15-day forecasts for US Corn Belt, Brazil and Argentina growing regions; weekly crop-condition indices; daily barge and ocean freight indicators for Gulf and Pacific Northwest export routes; monthly planted-area estimates.

SCHEDULE B - FEES

Setup Fee (Custom Connector and onboarding): CNY 64,000
Subscription Fee, first Subscription Year: CNY 418,000
Subscription Fee, second Subscription Year: CNY 418,000
Total Fees: CNY 900,000
Overage: CNY 0.08 per API call above the included volume

Signed for Customer: ____________________ Date: ________

Signed for Vendor: ____________________ Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# Build, labels and checks
# ---------------------------------------------------------------------------------------------------------------

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
FILES = {
    "z01": "h902z01_education_bureau_study_tour_platform.pdf",
    "z02": "h902z02_float_board_plant_control_retrofit.docx",
    "z03": "h902z03_caving_chain_booking_membership_saas.txt",
    "z04": "h902z04_tram_signal_monitoring_annual_om.txt",
    "z05": "h902z05_palace_lantern_process_tracking_supplier_template.md",
    "e01": "h902e01_feed_mill_cmms_perpetual_licence_iowa_vendor.pdf",
    "e02": "h902e02_apparel_pim_saas_order_form.md",
    "e03": "h902e03_grain_bin_sensors_monitoring_licence.docx",
    "e04": "h902e04_mining_machinery_managed_it_36_months.md",
    "e05": "h902e05_crop_weather_data_api_subscription.txt",
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}

# the design: which rules each draft is meant to fire (compared below with the rules derived from the labels)
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
            "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-PREPAYMENT"],
}
# dispute forum outside mainland China (not a label key; used by the derivation of CR-GOVERNING-LAW)
FORUM_OUTSIDE = {"e01": True}
# TCO fee base: the itemised licence / hardware subtotal
TCO_BASE = {"z01": 1080000, "z02": 1960000, "z05": 260000, "e01": 1420000, "e03": 2146000}

G, S = "goods_or_licence", "service"


def terms(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, w, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": ds, "buyer_owns_data": own, "confidentiality": conf, "ld_rate_per_day_pct": ld,
            "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": w, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, capped, deemed, value):
    e = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


N = None
TERMS = {
    "z01": terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 9, False, True, False, "PRC", G),
    "z02": terms(N, 1, True, "buyer", True, True, True, 0.1, N, 10, True, True, 18, 28, False, False, False, "PRC", G),
    "z03": terms(99.5, 0.5, True, "buyer", True, True, False, 800 / 920000 * 100, 200, N, True, N, N, N, True, True,
                 False, "PRC", S),
    "z04": terms(99.95, 0.25, True, "buyer", False, True, True, N, N, N, True, N, N, N, False, True, False, "PRC", S),
    "z05": terms(N, 8, False, "supplier", True, False, True, 0.02, N, 65, False, False, 6, 10, False, True, True, "PRC", G),
    "e01": terms(N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True, False, "Iowa", G),
    "e02": terms(N, N, False, "buyer", True, True, True, 500 / 630000 * 100, 6 / 24 * 100, N, True, N, N, N, False, True,
                 False, "PRC", S),
    "e03": terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True, False, "PRC", G),
    "e04": terms(99.7, 0.25, True, "buyer", True, True, True, 2000 / 3220000 * 100, 150, N, True, N, N, N, False, True,
                 True, "PRC", S),
    "e05": terms(99.95, 1, True, "buyer", True, True, True, 600 / 900000 * 100, 200, (64000 + 418000) / 900000 * 100, True,
                 N, N, N, True, True, False, "PRC", S),
}
EXTRA = {
    "z01": extra(True, True, True, False, 1786000),
    "z02": extra(True, True, True, False, 2312000),
    "z03": extra(True, True, None, False, 920000),
    "z04": extra(True, False, None, False, 1268000),
    "z05": extra(True, True, True, True, 620000),
    "e01": extra(True, True, True, False, 1994000),
    "e02": extra(False, True, None, False, 630000),
    "e03": extra(True, True, True, False, 2450000),
    "e04": extra(True, True, None, False, 3220000),
    "e05": extra(True, True, None, False, 900000),
}
# price / payment sums stated in the texts
SUMS = {
    "z01": (1786000, [1080000, 620000, 86000], [357200, 803700, 625100]),
    "z02": (2312000, [768000, 420000, 114000, 278000, 380000, 310000, 42000], [231200, 1271600, 809200]),
    "z03": (920000, [392000, 392000, 136000], [136000] + [98000] * 8),
    "z04": (1268000, [742000, 236000, 198000, 92000], [317000] * 4),
    "z05": (620000, [260000, 318000, 42000], [403000, 217000]),
    "e01": (1994000, [1420000, 510000, 64000], [398800, 897300, 697900]),
    "e02": (630000, [296000, 296000, 38000], [38000] + [74000] * 8),
    "e03": (2450000, [1184000, 304000, 84000, 574000, 268000, 36000], [245000, 1347500, 857500]),
    "e04": (3220000, [124000, 86000 * 36], [124000] + [86000] * 36),
    "e05": (900000, [64000, 418000, 418000], [482000, 418000]),
}
assert 640 * 1850 == 1184000 and 6 * 128000 == 768000 and 12 * 9500 == 114000 and 35 * 11200 == 392000
assert 1184000 + 304000 + 84000 + 574000 == 2146000 and 768000 + 420000 + 114000 + 278000 + 380000 == 1960000

THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key, t, value):
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * TCO_BASE[key] * years
    return fee / (value + fee) * 100


def derive(key, t, e):
    """My reading of policy section 3."""
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
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
            share = tco_share(key, t, e["contract_value"])
            assert not 38 <= share <= 42, (key, share)
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# threshold figures that no text may state
CN_NUM = "零一二三四五六七八九十百千两"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![" + CN_NUM + r"])四\s*个?小时",
    r"\bfour\s*(?:\(4\)\s*)?hours?", r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十])",
    r"(?<![\d.])100\s*%", r"百分之百", r"hundred\s*per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:months?|个月)", r"(?<![" + CN_NUM + r"])十二个月", r"twelve\s*(?:\(12\)\s*)?months?",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "可用率99.9", "4小时内响应", "四小时", "within 4 hours", "within four hours", "four (4) hours",
            "0.05%", "0.05 percentage point", "万分之五", "100%", "100 %", "30%", "百分之三十", "15%", "百分之十五",
            "40%", "百分之四十", "12个月", "十二个月", "12 months", "twelve (12) months", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "7×24小时", "14 hours", "1.4 hours", "0.055", "1.05%",
             "万分之五十", "130%", "150%", "200%", "45%", "35%", "2027年12月31日", "112 months", "百分之三十五",
             "二十四个月", "thirty (30) minutes", "15 business days", "0.08%", "3,220,000"]
for s_ in MUST_HIT:
    assert RX.search(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not RX.search(s_), ("must miss", s_, RX.search(s_))


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (n, n.rsplit(".", 1)[1]) for k, n in FILES.items() if n.endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, n in FILES.items():
        if n.endswith((".txt", ".md")):
            (OUT / n).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", n)

    covered = set()
    for k, n in FILES.items():
        t, e = TERMS[k], EXTRA[k]
        total, items, pays = SUMS[k]
        assert sum(items) == total == e["contract_value"] and sum(pays) == total, k
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in e
        rules = derive(k, t, e)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        label = {"file": n, "language": "zh" if k[0] == "z" else "en", "category": CATEGORY[k],
                 "expected_terms": t, "expected_extra": e, "expected_rules": rules}
        (OUT / (n.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        text = read_back(OUT / n)
        if k[0] == "z":
            size = len(re.sub(r"\s", "", text))
            assert 2750 <= size <= 3000, (n, size)
        else:
            size = len(text.split())
            assert 1450 <= size <= 1650, (n, size)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(form)
            assert not m, (n, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        share = ""
        if t["contract_kind"] == G:
            share = " TCO share %.2f %%" % tco_share(k, t, e["contract_value"])
        print("%-62s %5d %-6s %s%s" % (n, size, risk(rules), ", ".join(r[3:] for r in rules) or "(none)", share))
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, missing
    zh = [k for k in FILES if k[0] == "z" and not DESIGN[k]]
    en = [k for k in FILES if k[0] == "e" and not DESIGN[k]]
    assert len(zh) == 1 and len(en) == 1 and DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
