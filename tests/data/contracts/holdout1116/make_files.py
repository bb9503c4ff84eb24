"""holdout1116: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
lengths, threshold-free values and text, sums, and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1116Z01 = """T:市司法局行政执法监督平台采购合同
P:合同编号：SFJ-ZFJD-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市司法局
P:乙方（供应商）：杭州衡正信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就行政执法监督平台软件许可及定制开发事项，经协商一致，订立本合同，双方共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供行政执法监督平台软件（永久使用许可，部署于甲方政务云），并按甲方需求完成执法案件全过程监督、执法人员资格管理、执法文书智能校核、行政复议衔接、监督预警驾驶舱五个定制模块的开发，以及与省行政执法综合管理平台、市政务数据共享交换平台的接口对接。
P:1.2 合同价款：平台软件许可费860,000元；定制开发费690,000元；部署实施及历史数据迁移费150,000元；培训费36,000元。合同总价为人民币1,736,000元（大写：壹佰柒拾叁万陆仟元整），含税及乙方完成本项目的全部费用。
P:1.3 履约期限：合同签订之日起150日内完成部署、开发并提交初验申请。
P:1.4 乙方应组建不少于8人的项目团队，项目经理须具备高级项目管理资格并常驻甲方现场，未经甲方书面同意不得更换。乙方应每周提交项目周报，每月参加甲方组织的项目例会，并按监理单位的要求提交阶段成果。
P:1.5 乙方交付的软件应为正式版本，不得包含未经甲方同意的第三方开源组件许可限制、后门、恶意代码或隐藏功能，所使用的密码产品应符合国家商用密码管理要求，并适配甲方政务云的国产操作系统和数据库。
H:第二条 付款方式
P:2.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，即347,200元。
P:2.2 初验合格后，甲方支付合同总价的45%，即781,200元。
P:2.3 终验合格后，甲方支付合同总价的35%，即607,600元。
P:2.4 甲方按财政国库集中支付程序付款，审批时间不计入逾期。
P:2.5 乙方应在每期付款前向甲方开具等额合法增值税发票；乙方银行账户变更的，应提前10个工作日书面通知甲方，否则由此造成的付款延误由乙方负责。
H:第三条 验收
P:3.1 初验：乙方完成部署和全部定制模块后提交初验申请，甲方在10个工作日内组织初验。初验标准为：（1）招标文件功能清单逐项实现；（2）省市两级接口连续10个工作日数据交换无差错；（3）历史执法案件数据迁移后经全量比对，记录数和关键字段一致；（4）500个并发用户下页面平均响应时间不超过2秒。
P:3.2 终验：初验合格后试运行三个月，期间未发生一级故障，并取得第三方机构出具的等级保护测评报告和商用密码应用安全性评估报告的，甲方组织终验，由甲方、监理单位和乙方共同签署终验报告。
P:3.3 平台上线、试运行或甲方使用均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第四条 质量保证与后续维护
P:4.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和现场服务。
P:4.2 质保期内乙方应每季度进行一次平台巡检，提交巡检报告和安全漏洞修复情况；遇重大活动或节假日，乙方应按甲方要求安排专人值守。
P:4.3 质保期满后，甲方可与乙方另行签订维护合同，年度维护费不超过平台软件许可费的8%，即每年不超过68,800元，该费率在质保期满后三年内不得上调。维护合同一年一签，不自动续期。
H:第五条 服务水平
P:5.1 质保期内平台月可用率不低于99.95%（计划内维护经甲方书面同意的除外）。
P:5.2 故障分为三级。一级故障（平台整体不可用或核心业务中断）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，24小时内解决；三级故障：4个工作日内解决。
P:5.3 乙方响应或恢复超时的，每超时一小时向甲方支付1,000元；月可用率每低于约定值0.01个百分点，向甲方支付2,000元，甲方可从应付款项中直接扣除。
H:第六条 知识产权
P:6.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的模块、接口程序、数据迁移脚本及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在终验时移交全部源代码。
H:第七条 数据安全
P:7.1 平台中的执法案件数据、执法人员信息及日志等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护三级要求，运维人员须经甲方审批后通过堡垒机操作，不得将数据拷贝出政务云环境。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方工作秘密、执法信息和网络配置负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
P:8.2 乙方应与参与本项目的人员签订保密承诺书，人员违反保密义务的，由乙方承担责任。
P:8.3 本项目的需求文档、设计文档、测试数据等资料，乙方在项目结束后应交还甲方或按甲方要求销毁，并出具书面说明。
H:第九条 违约责任
P:9.1 乙方逾期提交初验申请或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:9.2 乙方交付的成果不符合合同约定的，应免费修改或重做；给甲方造成损失的，应予赔偿。乙方未按约定派驻人员或擅自更换项目经理的，每次支付违约金5,000元。
P:9.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包
P:10.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十一条 合同解除
P:11.1 乙方逾期超过30日，或交付成果经两次验收仍不合格，或发生严重数据安全事件的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.2 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方可解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 因不可抗力不能履行合同的，受影响方应在5日内书面通知对方并提供证明，双方协商延期履行或解除合同。
P:13.2 双方往来通知以书面形式送达本合同载明的地址，一方地址变更的应及时通知对方。乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的不正当利益。
P:13.3 招标文件、乙方投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市司法局          乙方（盖章）：杭州衡正信息技术有限公司
P:日期：2026年11月    日期：2026年11月
"""

H1116Z02 = """T:生产线控制系统改造合同
P:合同编号：BYC-GZ-2026-1208
P:甲方：浙江某电动油泵制造有限公司
P:乙方：宁波启衡自动化工程有限公司
P:甲方拟对其三号、四号厂房共六条电动油泵装配及测试生产线的控制系统进行改造，乙方具备相应的设计、供货和施工能力。双方经协商一致，签订本合同。
H:一、改造范围
P:（一）乙方负责六条生产线控制系统的设计、供货、安装、编程、调试和培训，包括更换PLC控制柜、变频驱动、触摸屏和工控网络设备，部署生产线监控软件，并开发与甲方现有MES系统的数据接口及油泵测试台数据采集程序。
P:（二）改造须分线实施，每条线停产时间不超过5日，不得影响其余生产线的正常生产。
P:（三）技术要求：PLC采用与甲方现有设备同一品牌系列，IO点位预留不少于20%的余量；变频驱动应满足电机额定功率及过载要求，并具备通讯接口；控制柜防护等级不低于IP54，柜内布线、标识符合国家标准；生产线监控软件应支持六条线集中监控、报警推送、能耗统计和生产报表，界面为简体中文。
P:（四）乙方应在合同签订后15日内提交改造设计方案和分线实施计划，经甲方书面确认后实施。设计方案包括电气原理图、网络拓扑图、IO点表、程序功能说明和停线切换方案。
H:二、合同价格
P:（一）合同总价为人民币1,980,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及远程IO）|6套|128,000|768,000
TB:2|变频驱动器|18台|21,500|387,000
TB:3|触摸屏（HMI）|6台|9,800|58,800
TB:4|工业以太网交换机|8台|6,400|51,200
TB:5|生产线监控软件（永久许可）|1套|296,000|296,000
TB:软硬件小计|||| 1,561,000
TB:6|改造施工及调试|1项|238,000|238,000
TB:7|MES接口及测试台采集程序开发|1项|164,000|164,000
TB:8|操作及维护培训|1项|17,000|17,000
TB:合计|||| 1,980,000
P:（二）上述价格为固定总价，包括设备运输、保险、安装辅材、旧设备拆除及乙方人员的全部费用。
H:三、付款方式
P:（一）合同签订后10日内，甲方支付合同总价的20%作为预付款，即396,000元。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，即693,000元。到货签收仅为数量清点，不代表质量验收。
P:（三）六条生产线全部通过最终验收后，甲方支付合同总价的35%，即693,000元。
P:（四）剩余10%即198,000元作为质量保证金，质保期满且无未解决质量问题后支付。
H:四、工期
P:（一）合同签订后45日内设备到货，到货后90日内完成六条生产线的改造并申请最终验收。
P:（二）具体停线计划由双方另行书面确认，因甲方原因推迟停线的，工期相应顺延。
P:（三）乙方施工人员应遵守甲方厂区安全生产、动火作业和6S管理制度，进场前接受甲方安全培训；拆除的旧设备归甲方所有，由乙方按甲方指定地点搬运堆放。
H:五、验收
P:（一）每条线改造完成后进行单线测试，内容包括：设备规格和数量与本合同一致；全部IO点逐点核对无误；生产节拍不低于改造前水平；油泵测试数据自动采集完整，与人工记录比对一致；连续72小时带负荷运行无停机故障。
P:（二）六条线单线测试全部合格后，再连续运行30日，期间MES接口数据零丢失、无一级故障的，甲方组织最终验收并签署验收报告。
P:（三）设备安装完成、投入生产或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在10日内整改，整改费用由乙方承担。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换、升级和现场服务均免费。
P:（二）质保期内乙方提供7×24小时技术支持。一级故障（整条生产线停机）：1小时内响应，2小时内到达现场，6小时内恢复生产；二级故障（单台设备故障但生产线可降速运行）：2小时内响应，24小时内解决。
P:（三）乙方响应或到场超时的，每超时一小时支付违约金500元；一级故障恢复超时的，每超时一小时另行支付1,000元，甲方可从质量保证金中扣除。
P:（四）乙方应在甲方厂区存放一套常用备件，包括PLC模块、变频驱动器和触摸屏各一件，质保期内备件消耗后乙方应在7日内补齐。
P:（五）质保期满后，乙方提供维保服务，年度维保费按软硬件小计的9%计取，即每年140,490元，质保期满后三年内不得上调，维保合同按年签订。
H:七、知识产权
P:（一）PLC程序、HMI画面、MES接口程序、测试台采集程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改或委托第三方修改和使用。
P:（二）生产线监控软件的著作权归原厂所有，甲方享有永久使用许可。
H:八、数据安全
P:（一）生产数据、工艺参数、测试数据及系统日志均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的堡垒机进行并全程录屏；乙方不得在控制网络中接入未经甲方检查的移动介质或设备。
P:（三）发生数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:（一）乙方对甲方的工艺文件、产品图纸、生产数据和网络配置负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。
H:十、分包
P:（一）乙方可将电气安装及布线施工分包给具备相应资质的施工单位，但应在进场前3日书面通知甲方，并对分包单位的工作质量和安全负责。
H:十一、违约责任
P:（一）乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:（二）乙方施工造成甲方设备、产品损坏或停产损失的，应予赔偿；乙方施工人员在甲方厂区发生安全事故的，由乙方自行负责。
P:（三）乙方在本合同项下的赔偿责任总额以合同总价的150%为限，但人身伤亡、故意或重大过失及违反第八条、第九条造成的损失除外。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、合同解除
P:（一）任何一方严重违约，经另一方书面通知后15日内未纠正的，守约方有权解除合同并要求赔偿损失。
P:（二）乙方交付的设备或系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并拆除其设备。
H:十三、法律适用与争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）争议由双方协商解决；协商不成的，提交台州仲裁委员会仲裁。
H:十四、其他
P:（一）乙方应为甲方电气工程师和设备维护人员提供不少于5天的培训，内容包括系统原理、PLC程序结构、HMI操作、常见故障处理和备件更换，培训结束后提交培训记录和考核结果。
P:（二）乙方应在最终验收时移交竣工图纸、程序备份、IO点表、参数清单、操作和维护手册各一套，纸质版和电子版各一份。
P:（三）本合同附件包括技术规格书、改造实施方案和验收测试大纲。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：              乙方（盖章）：
P:签订日期：2026年11月
"""

H1116Z03 = """芬兰语培训门店预约及会员管理系统服务合同

合同编号：SUOMI-SaaS-2026-031
甲方：上海某芬兰语培训管理有限公司（下辖30家连锁门店）
乙方：苏州云课通信息科技有限公司

甲方拟为其30家芬兰语培训门店采购课程预约、会员管理和排课系统的云服务（SaaS）及实施服务。双方经友好协商，签订本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供课程预约、会员卡及课时包管理、教师排课、课消统计、微信小程序预约和门店经营报表等功能，开通账号覆盖甲方全部30家门店及总部。
（二）系统应支持甲方按门店、课程级别（A1至C1）、班型和教师设置课程价格与课时规则，支持学员通过小程序自助预约、改约和取消，支持到课签到和课消自动扣减，并向学员推送上课提醒。
（三）乙方提供实施服务，包括系统配置、门店开通、历史会员及课时数据迁移、与甲方财务系统的接口对接、定制经营驾驶舱报表开发以及门店人员培训。
（四）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，每个服务年度为365日。
（五）服务期内，乙方应免费提供平台功能的常规升级，新版本上线前应在测试环境中验证，并提前5个工作日通知甲方；升级不得降低甲方已订阅功能，不得导致甲方数据丢失。
（六）乙方应为甲方指定一名客户成功经理，负责需求对接、问题跟踪和季度服务回顾，每季度提交服务报告，内容包括可用率统计、故障清单、工单处理时效和改进建议。

二、费用
本条所列费用包括乙方提供本合同项下全部服务所需的平台使用、存储、短信通知、小程序接入、技术支持和实施人员差旅费用，乙方不得另行收取其他费用。
（一）年度订阅费：每家门店每个服务年度9,800元，30家门店合计每个服务年度294,000元，两个服务年度合计588,000元。
（二）实施费：一次性86,000元。
（三）本合同总价为人民币674,000元（含6%增值税）。新增门店按每家每个服务年度9,800元另行计费。

三、付款
（一）实施费在上线验收合格后15个工作日内支付。
（二）年度订阅费按季度结算，每个季度结束后15个工作日内，甲方根据当季服务考核结果支付该季度订阅费，即73,500元减去当季应扣减的服务费。
（三）甲方在上线验收前无需支付任何款项。
（四）乙方应在每次付款前开具合法有效的增值税专用发票；乙方未开具发票的，甲方有权顺延付款且不承担逾期责任。

四、实施与验收
（一）乙方应在合同签订后60日内完成全部门店开通、数据迁移和接口对接，并提交上线验收申请。
（二）上线验收标准：1. 本合同附件功能清单全部实现；2. 历史会员、剩余课时及储值余额数据迁移后全量核对一致；3. 财务接口连续10个工作日对账无差错；4. 小程序预约在1,000个并发用户下响应时间不超过2秒；5. 30家门店人员培训完成。
（三）甲方在收到申请后7个工作日内组织验收并出具书面意见。系统开通或门店试用不视为验收合格。
（四）实施期间，乙方应派驻实施顾问到甲方总部及不少于5家重点门店现场支持开通，其余门店可通过远程方式开通；门店人员培训应覆盖店长、前台顾问和教务人员，培训后提供操作手册和视频教程。
（五）乙方未按期提交上线验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。

五、服务水平
（一）服务期内系统月可用率不低于99.5%，计划内维护应安排在凌晨0点至6点之间，并提前3日通知甲方。
（二）故障分级及响应：1. 一级故障（系统整体不可用或预约、收款功能中断）：1小时内响应，6小时内恢复；2. 二级故障（部分功能异常）：2小时内响应，1个工作日内解决；3. 三级故障（咨询及一般问题）：1个工作日内答复。
（三）月可用率未达约定值的，每低于0.1个百分点扣减当月订阅费的5%；一级故障响应超时的，每超时一小时扣减500元。扣减金额在当季订阅费中直接抵扣。

六、数据
（一）甲方及学员在系统中产生的会员信息、课时记录、交易记录等业务数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行脱敏处理后，用于乙方产品改进、算法训练及教育培训行业分析报告，该项使用在本合同终止后仍可继续。
（三）乙方应采取加密存储、访问控制、操作日志审计等措施保护数据安全，系统部署于中国境内的云平台，并符合网络安全等级保护二级以上要求。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担赔偿责任。
（四）乙方应按《个人信息保护法》的要求协助甲方处理学员个人信息，包括学员查询、更正和删除请求；乙方工作人员访问甲方数据须经甲方授权并留存日志。
（五）服务期满或合同解除后30日内，乙方应将甲方数据完整导出交付甲方，并在甲方确认后删除其平台上的甲方数据。

七、知识产权
（一）乙方云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的经营驾驶舱报表、财务接口程序及相关文档，知识产权归甲方所有，甲方可自由使用、修改及许可他人使用。

八、保密
双方对在合作中获知的对方商业秘密、学员个人信息、经营数据负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后三年内有效。

九、续期
本合同服务期满后自动续期一年，续期次数不限，除非任何一方在期满前30日书面通知不续期。每次续期时，乙方有权根据市场情况上调年度订阅费，上调幅度不超过上一服务年度费用的10%，乙方应在期满前45日通知甲方新的价格。

十、分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。乙方使用的云基础设施服务商应在合同签订时向甲方书面披露，乙方对其云服务商的行为承担责任。

十一、违约与解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已支付但未提供服务期间的费用并赔偿损失。
（二）系统连续两个月月可用率未达约定值的，甲方有权解除合同。
（三）合同解除或服务期满时，乙方应配合甲方完成数据迁移和系统切换，在切换完成前不得停止服务，过渡期最长不超过60日，过渡期费用按当期订阅费标准按日折算。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。争议处理期间，乙方不得以争议为由中断服务或限制甲方导出数据。

十三、通知与联系人
双方各指定一名项目联系人，负责本合同履行中的日常沟通。重要通知应以书面形式送达本合同载明的地址或电子邮箱，联系人或地址变更的应及时书面通知对方。

十四、其他
（一）因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，不可抗力期间不计入可用率统计。
（二）本合同附件包括功能清单、门店名单和数据迁移方案。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
签订日期：2026年11月
"""

H1116Z04 = """生活垃圾焚烧发电厂监控系统年度运维服务合同

项目编号：CGJ-CS-2026-044（竞争性磋商）
甲方：某市城市管理局
乙方：江苏澄明智能系统运维有限公司

根据《中华人民共和国政府采购法》及竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就某市生活垃圾焚烧发电厂监控系统年度运维服务，签订本合同。

第一条 服务范围
（一）运维对象为焚烧发电厂监控系统，包括：厂区及卸料大厅、垃圾池、焚烧炉、渗滤液处理区、飞灰固化车间共186路视频监控点位，烟气在线监测数据接入系统，称重计量数据接入系统，监控中心大屏、存储及平台软件，以及与市城管局数字化监管平台的数据对接。
（二）服务内容包括：日常巡检、故障处置、设备维修及易损件更换、平台软件维护及补丁更新、视频存储检查、监控数据上传保障、每季度一次全面检测和年度运行报告。
（三）乙方应派驻2名运维工程师常驻厂区，工作日8:30至17:30在岗，其他时间安排值班人员，接到报修后按第四条时限处置。
（四）驻场工程师应具备安防系统运维经验和相应的电工作业资格，乙方更换驻场人员应提前5个工作日征得甲方同意，新人员应完成交接并熟悉现场后方可上岗。
（五）日常巡检每日一次，覆盖监控中心、机房、各区域点位和数据上传链路；每周对录像存储完整性进行抽查；每月对烟气在线监测数据接入情况与环保部门平台进行核对，并形成巡检记录。

第二条 服务期限
服务期限为一年，自2027年2月1日起至2028年1月31日止。服务期满本合同终止，不自动续期；甲方需要继续采购的，依法另行组织采购。

第三条 服务费用及支付
（一）本合同总价为人民币586,000元，包括运维人工费398,000元、备品备件及易损件费126,000元、年度检测及报告费62,000元。
（二）服务费按季度支付。每季度结束后，甲方依据季度考核结果在15个工作日内支付当季服务费146,500元，扣除当季按第四条应扣减的金额。
（三）本合同不设预付款。
（四）乙方应在每次付款前开具合法有效的发票。甲方按财政支付程序付款，审批时间不计入逾期。

第四条 服务水平与考核
（一）监控平台及数据上传链路月可用率不低于99.95%；视频点位在线率每月不低于98%；烟气在线监测数据上传完整率不低于99%。
（二）故障分级及处置时限：1. 一级故障（监控中心整体瘫痪、烟气数据中断上传或垃圾池、焚烧炉区域视频全部中断）：30分钟内响应，2小时内恢复；2. 二级故障（单个区域多路点位故障或存储异常）：1小时内响应，8小时内恢复；3. 三级故障（单路点位故障）：24小时内修复。
（三）考核扣减：一级故障每超时一小时扣减服务费1,000元；二级故障每超时一小时扣减300元；月可用率每低于约定值0.01个百分点扣减2,000元；点位在线率每低于约定值1个百分点扣减1,500元。扣减金额在当季服务费中直接扣除。
（四）乙方未按约定时间派驻人员到岗或未按期完成季度全面检测的，每逾期一日按合同总价的千分之一支付违约金。

第五条 考核与验收
（一）季度考核：每季度末，甲方按磋商文件所附考核表对巡检记录、故障处置时效、可用率和在线率统计、备件更换记录进行考核，考核结果作为付款依据。
（二）年度验收：服务期满前15日，乙方提交年度运行报告及全部运维记录，甲方组织验收。验收标准为：全年各项考核指标达到本合同约定；设备台账与现场一致；各类运维文档完整；系统运行正常并完成移交。
（三）乙方提交记录或甲方签收报告，不视为验收合格。验收不合格的，乙方应在10日内整改。
（四）季度考核得分低于80分的，甲方有权约谈乙方负责人，乙方应在7日内提交整改方案并落实；连续两个季度考核得分低于80分的，甲方可将情况记入供应商履约评价。

第六条 数据安全
（一）监控视频、烟气监测数据、称重数据、运维日志等全部数据归甲方所有，乙方仅可为履行运维服务使用，不得复制、留存或用于其他任何目的。
（二）乙方远程维护须经甲方审批并通过甲方堡垒机进行，操作全程记录；乙方不得擅自变更网络结构或接入外部设备，更换的存储介质由甲方统一销毁。
（三）乙方应执行网络安全等级保护二级要求，发现网络攻击、数据泄露、篡改或丢失的，应在1小时内报告甲方并立即处置；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此引起的行政处罚。

第七条 知识产权
运维过程中形成的巡检记录、配置文件、脚本、运维手册及年度运行报告，所有权和知识产权归甲方所有，甲方可自由使用和修改。服务期满时，乙方应将上述资料完整移交甲方或甲方指定的后续服务单位，并配合完成不少于10个工作日的交接。

第八条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。需由设备原厂提供的返厂维修服务，乙方应事先告知甲方并对维修结果负责。

第九条 双方责任
（一）甲方应为乙方驻场人员提供必要的办公条件和进场便利，及时确认故障工单，并指定专人负责运维工作的联络、监督和考核。甲方对系统进行改造或新增点位的，应提前通知乙方，新增点位纳入运维范围的费用由双方另行商定。
（二）乙方应遵守焚烧厂安全生产管理制度，驻场人员应经安全培训后上岗，因乙方人员违章造成的安全事故由乙方负责。
（三）乙方更换的备件应为原厂或同等品质的新件，并提供质量证明。
（四）乙方应建立设备台账和备件台账，对更换下的故障设备进行登记，由甲方确认后统一处置。
（五）乙方应制定监控系统应急预案，每半年组织一次应急演练，并配合甲方应对上级检查、环保督察和突发事件。
（六）乙方应于每月5日前提交上月运维月报，内容包括巡检情况、故障统计及处置时效、可用率和在线率统计、备件消耗、存在问题和改进措施；甲方可随时抽查乙方运维记录。

第十条 违约责任
（一）乙方违反本合同约定的，甲方可按第四条扣减服务费并要求乙方支付违约金；给甲方造成损失的，乙方应予赔偿。
（二）本合同签订后，除不可抗力导致合同目的无法实现外，双方均不得解除合同。乙方存在违约行为的，应继续履行并采取补救措施，甲方可依照前款追究其违约责任，但不得因此解除合同。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十一条 不可抗力
因不可抗力不能履行合同的，受影响方应在3日内通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。不可抗力消除后，乙方应尽快恢复服务，并对受影响的设备进行全面检查。

第十二条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议解决期间，乙方应继续提供运维服务，不得以存在争议为由中断服务或降低服务标准。

第十三条 其他
（一）磋商文件、乙方响应文件、成交通知书及考核表为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某市城市管理局            乙方（盖章）：江苏澄明智能系统运维有限公司
日期：2026年11月                        日期：2026年11月
"""

H1116Z05 = """# 匠迹工序追溯管理系统 软件许可及定制开发合同

**（乙方标准合同文本 JTHT-2025 版）**

合同编号：JT-XS-2026-0912

甲方：某市古铜器工坊有限公司

乙方：东莞匠迹软件科技有限公司

鉴于甲方需要对铜器铸造、錾刻、抛光、做旧等工序进行追溯管理，乙方为匠迹工序追溯管理系统的开发商，双方经协商一致，采用乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工序追溯管理系统标准版软件及工单、质检、仓储三个功能模块的使用许可（永久许可，限甲方一个厂区使用）。

1.2 乙方根据甲方需求进行定制开发，包括：失蜡铸造工艺参数记录、大师工匠作品档案、每件成品的一物一码追溯页面、与甲方电商平台订单接口。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 甲方应提供软件运行所需的服务器、操作系统、数据库、网络环境及扫码终端，并保证其符合乙方提出的配置要求。因甲方软硬件环境不符合要求导致系统无法正常运行的，乙方不承担责任。

1.5 定制开发的具体内容以双方确认的需求说明书为准。需求说明书确认后，甲方提出的任何新增或变更需求，均视为新需求，由双方另行签订补充协议并另行计费。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 工序追溯管理系统标准版许可 | 1套 | 480,000 |
| 2 | 工单、质检、仓储模块许可 | 3个 | 240,000 |
| | 软件许可小计 | | 720,000 |
| 3 | 定制开发 | 1项 | 260,000 |
| 4 | 安装部署及培训 | 1项 | 70,000 |
| | 合计 | | 1,050,000 |

合同总价为人民币1,050,000元（含税）。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即525,000元，乙方收到该款项后开始开发工作。

3.2 系统部署上线后10个工作日内，甲方支付合同总价的50%，即525,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方在收到每期款项后开具增值税普通发票。甲方需要增值税专用发票的，应在付款前提供完整的开票信息。

## 第四条 交付

4.1 乙方在收到首期款项后90个工作日内完成软件部署及定制开发。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的5%。因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，乙方不承担责任。

4.3 乙方交付的内容包括：安装部署完成的软件系统、用户操作手册、系统管理员手册及培训课件电子版。乙方不交付源代码及数据库设计文档。

## 第五条 验收

5.1 系统部署上线后，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整要求，由双方另行协商，乙方可另行收费。

5.3 甲方应在系统上线前完成基础数据的整理和导入确认，并安排工坊各工序负责人参加培训。甲方未按时提供基础数据或安排人员的，不影响上线及付款时间。

## 第六条 售后服务

6.1 乙方提供免费维护期六个月，自系统上线之日起计算。免费维护期内，乙方对软件缺陷进行修复，并提供不超过两次的小版本更新。

6.2 免费维护期内乙方通过电话、远程方式提供技术支持，工作时间为工作日9:00至18:00。一级故障（系统无法登录或工单无法流转）乙方在8小时内响应，二级及以下故障在2个工作日内响应。

6.3 乙方将尽力及时排除故障，但对故障处理时间不作承诺。因故障处理延误造成的任何损失，乙方不承担扣款、赔偿或违约责任。

6.4 需要现场服务的，甲方应承担乙方人员的差旅费用。

6.5 因甲方操作不当、擅自修改系统配置、更换服务器或网络环境、病毒感染或第三方软件造成的故障，不属于免费维护范围，乙方可按人天单价另行收费。

6.6 乙方提供的培训为一次性集中培训，培训时长为两天，甲方需要追加培训的，应另行付费。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费按软件许可小计的28%计取，即每年201,600元。

7.2 维保服务按年签订，维保期满时按本条费率续签；甲方未续购维保的，乙方不再提供补丁、升级和技术支持。

## 第八条 知识产权

8.1 本合同项下的软件产品，以及乙方为甲方定制开发的全部功能、程序、源代码、数据库设计和技术文档，知识产权均归乙方所有。

8.2 乙方授予甲方在本合同约定范围内非独占、不可转让的使用权。甲方不得对软件进行修改、反向工程或委托第三方二次开发，亦不得将定制内容提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户销售。

## 第九条 数据安全

9.1 甲方在系统中录入的工艺参数、作品档案、订单及客户信息等数据归甲方所有，乙方仅为本合同目的使用上述数据。

9.2 系统部署于甲方自有服务器，甲方负责服务器及数据库的日常备份。乙方实施和维护过程中应采取访问控制、加密传输和操作日志记录等安全措施，远程维护须经甲方同意；发生数据泄露、丢失的，乙方应在24小时内通知甲方并协助处置；因乙方原因造成数据安全事件的，乙方承担相应的赔偿责任。

## 第十条 保密

双方对在履行本合同过程中获知的对方技术资料、工艺配方和商业信息负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。乙方软件的界面设计、功能说明、报价及本合同条款，亦属于乙方商业信息，甲方不得向其他软件供应商透露。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。因甲方原因导致项目暂停超过60日的，乙方有权要求甲方支付已完成工作的费用。

11.2 乙方在本合同项下承担的全部责任（含违约金和赔偿金）累计不超过合同总价的25%。乙方不承担任何间接损失、利润损失或数据恢复费用。

## 第十二条 合同解除

12.1 一方严重违约且在收到对方书面通知后30日内仍未纠正的，守约方有权解除本合同。甲方已支付的首期款项不予退还，但乙方严重违约的除外。

12.2 甲方因自身经营原因单方面终止合同的，已支付款项不予退还，并应支付乙方已完成工作的相应费用。

12.3 合同解除后，乙方应在甲方付清应付款项后，协助甲方导出其业务数据。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼期间，甲方仍应按约支付无争议部分的款项。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方发布的服务说明为准。乙方有权根据产品发展对服务说明进行更新，更新后的服务说明在乙方官网发布之日起生效。

14.2 因不可抗力、政策变化、网络运营商故障或第三方云服务中断导致乙方不能履行本合同的，乙方不承担责任。

14.3 甲方同意乙方在其宣传材料和客户案例中使用甲方的名称和标识。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：东莞匠迹软件科技有限公司

签订日期：2026年11月
"""

H1116E01 = """T:Software Licence and Services Agreement
P:Agreement No. KQS-CN-2026-118
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between Shaoxing Jinlun Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer"), and Kowie Quality Systems (Pty) Ltd, a private company incorporated in the Republic of South Africa with its principal place of business at 14 African Street, Grahamstown (Makhanda), Eastern Cape (the "Vendor").
P:The Customer operates dyeing, finishing and weaving lines at two plants in Keqiao and wishes to introduce statistical process control and laboratory quality management across both plants. The Vendor develops and licenses the KowieQ statistical process control software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the KowieQ Enterprise suite, version 7, including the SPC engine, the laboratory module, the supplier-quality module and the reporting server, in object code, together with its user and administration documentation.
P:1.2 "Custom Deliverables" means all configurations, interfaces, report templates, scripts, data-migration routines and other work product created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or processed by the Software on the Customer's behalf, including measurement data, laboratory results, batch records, supplier certificates and user records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's two plants and head office in the People's Republic of China for up to 180 named users and 60 concurrent shop-floor stations.
P:2.2 The Customer may make copies of the Software for backup, testing, disaster recovery and training purposes. Affiliates controlled by the Customer may use the Software within the licensed quantities.
P:2.3 The licence survives any termination of this Agreement other than termination by the Vendor for the Customer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on servers provided by the Customer, build interfaces to the Customer's ERP system, its colour-matching spectrophotometers and its MES, migrate three years of historical laboratory data, configure control charts for 420 quality characteristics and train the Customer's quality engineers and key users.
P:3.2 The Services shall be performed according to the implementation plan in Annex 2. Installation shall be completed within 60 days after signature and the Customer shall be ready for Final Acceptance testing within 150 days after signature.
P:3.3 The Vendor shall assign a named project manager who speaks Mandarin Chinese and shall not replace key personnel without the Customer's prior written approval, which shall not be unreasonably withheld.
H:Article 4 Fees and Payment
P:4.1 The fees are fixed and are as follows: Licence Fee CNY 1,180,000; implementation and interface services CNY 420,000; training CNY 46,000. The total Contract Price is CNY 1,646,000, inclusive of applicable PRC taxes. The Vendor shall issue valid PRC invoices through its appointed local agent.
P:4.2 The Contract Price is payable as follows: (a) 10% within 30 days after signature, against the Vendor's invoice; (b) 52% after completion of installation at both plants, as confirmed by an installation certificate, which is not acceptance; and (c) the remaining 38% within 30 days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer in CNY to the account designated by the Vendor. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The Vendor shall submit a test plan based on the acceptance criteria in Annex 3 at least 20 days before testing starts.
P:5.2 The acceptance criteria include: (a) every function listed in Annex 1 works as specified; (b) control charts and capability indices calculated by the Software match reference calculations for a test set of 50 characteristics; (c) the ERP, MES and spectrophotometer interfaces transfer data without loss or error for 15 consecutive working days; (d) migrated laboratory records reconcile with the source data by record count and by key fields; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 If all criteria are met, the Customer shall sign a Final Acceptance certificate within 10 working days. If any criterion is not met, the Vendor shall correct the defects and repeat the tests at its own cost. Installation, go-live or productive use of the Software does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide new versions and patches and provide remote and on-site support free of charge.
P:6.2 Support requests are classified by severity. Severity 1 means that the Software is unavailable or that release of finished goods is blocked at either plant. For Severity 1 the Vendor shall respond within 1 hour, 24 hours a day, and shall restore operation or provide a workaround within 8 hours. For Severity 2 the Vendor shall respond within 2 hours during business hours and resolve the issue within 3 business days.
P:6.3 If the Vendor misses a response or restoration time for Severity 1, it shall pay the Customer CNY 1,000 for each hour or part of an hour of delay. If it misses a Severity 2 time, it shall pay CNY 300 per business hour of delay. The Customer may set these amounts off against any sum due to the Vendor.
P:6.4 After the warranty period, the Vendor shall offer annual support at 11% of the Licence Fee, that is CNY 129,800 per year. This fee is fixed for the first three years after the warranty period and may thereafter be increased by no more than the Chinese consumer price index of the preceding year. Support is ordered one year at a time by purchase order; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software as a standard product.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer from their creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including by engaging third parties.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain, disclose or use it for any other purpose, including in anonymised or aggregated form.
P:8.2 The Software is installed on the Customer's own servers in Zhejiang. The Vendor's remote access requires the Customer's approval for each session, takes place through the Customer's bastion host and is recorded. No Customer Data may be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, apply the security measures in Annex 4, notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, and be liable for all losses caused by incidents attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's recipes, colour formulas, process parameters and supplier information, and shall use it only for this Agreement.
P:9.2 This obligation continues for five years after termination or expiry, and indefinitely for trade secrets.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete installation or to be ready for Final Acceptance testing by the dates in Article 3.2 for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence, infringement of third-party rights or breach of Article 8 or Article 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.
P:12.2 The Customer may also terminate if delay damages reach their maximum or if Final Acceptance fails twice. In that case the Vendor shall refund all amounts received for the Services and the Customer may keep using the Software under the licence.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of South Africa.
P:13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration under the rules of the Arbitration Foundation of Southern Africa. The seat of arbitration is Johannesburg and the language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Implementation Plan), Annex 3 (Acceptance Criteria) and Annex 4 (Security Measures), is the entire agreement between the parties on its subject matter.
P:14.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English, one for each party.
P:For the Customer: ____________________ Name, title, date
P:For the Vendor: ____________________ Name, title, date
"""

H1116E02 = """# Order Form and General Terms — RouteVeld Cold-Chain Platform

**Order Form No. RV-OF-2026-0457**

## Part A — Order Form

### A1. Parties

**Provider:** Lowveld Route Systems (Pty) Ltd, registration number 2011/004587/07, 22 Brown Street, Nelspruit (Mbombela), Mpumalanga, South Africa.

**Customer:** Wuhan Hengleng Cold-Chain Logistics Co., Ltd., No. 88 Gangcheng Road, Dongxihu District, Wuhan, Hubei Province, People's Republic of China.

This Order Form is governed by the General Terms in Part B. If the Order Form and the General Terms conflict, the Order Form prevails.

### A2. Subscribed Services

The Customer subscribes to the RouteVeld Cold-Chain Platform, a hosted service for route planning, vehicle dispatch, temperature telemetry monitoring, proof-of-delivery capture and customer notification, for the following scope:

- up to 260 refrigerated vehicles with telematics integration;
- up to 90 named dispatcher and planner users and unlimited driver app users;
- the temperature-excursion alerting module and the customer delivery portal;
- hosting of the Customer's tenant in the Provider's mainland China cloud region operated through its Shanghai partner data centre.

### A3. Subscription Term

The Subscription Term is 36 months from the Subscription Start Date, which is the date of Go-Live Acceptance under A5. The Subscription Term ends automatically at the end of the 36th month. Any further subscription requires a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | CNY 18,500 per month × 36 months | 666,000 |
| Onboarding, telematics integration and training | one-time | 48,000 |
| **Total Contract Value** | | **714,000** |

All amounts include PRC value-added tax. Additional vehicles may be added at CNY 70 per vehicle per month for the remainder of the Subscription Term.

### A5. Onboarding and Go-Live Acceptance

1. The Provider shall configure the Customer's tenant, connect the telematics units of the Customer's fleet, load the Customer's depot, client and route master data, integrate the platform with the Customer's warehouse management system and train 20 key users.
2. The Provider shall aim to make the platform ready for Go-Live Acceptance within eight weeks after signature of this Order Form.
3. Go-Live Acceptance tests are agreed in writing before onboarding starts and shall show at least that: (a) every vehicle in scope reports position and compartment temperature to the platform; (b) a two-week parallel run of route plans produces no missed orders; (c) warehouse management system orders are received complete and correctly for ten consecutive working days; and (d) the temperature-excursion alerts reach the configured recipients in the tests run by the Customer.
4. The Customer shall sign a Go-Live Acceptance certificate when the tests pass. Configuration of the tenant, training or use of the platform by the Customer alone does not constitute Go-Live Acceptance.

### A6. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance.
2. The subscription fee is invoiced quarterly in arrears, at the end of each quarter of the Subscription Term.
3. Invoices are payable within 30 days of receipt of a valid PRC VAT invoice. No amount is payable before Go-Live Acceptance.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## Part B — General Terms

### 1. Provision of the Service

1.1 The Provider shall provide the Service described in the Order Form to the Customer and its authorised users during the Subscription Term.

1.2 The Provider will use commercially reasonable efforts to make the Service available, and to carry out maintenance outside the Customer's main dispatch hours where practicable. The Provider does not commit to any level of availability or to any time for restoring the Service.

1.3 Support is available by e-mail and through the online help centre during the Provider's business hours, Monday to Friday. The Provider will respond to support requests as soon as reasonably practicable, in the order in which they are received.

1.4 The Provider may update the Service from time to time, provided that an update does not materially reduce the functionality subscribed to. The Provider shall announce major releases in the release notes published in the help centre at least 14 days in advance.

1.5 The Service is provided in simplified Chinese and English. Driver app versions for Android and iOS are made available through the app stores and the Provider's download page for users in mainland China.

### 2. Customer Obligations

2.1 The Customer shall keep its user credentials secure, ensure that its users comply with these General Terms and provide the data and access needed for onboarding in good time.

2.2 The Customer is responsible for the accuracy of the master data and orders it loads into the Service and for the installation of telematics units in its vehicles.

2.3 The Customer shall not use the Service to store unlawful content, attempt to gain unauthorised access to the Service or other tenants, or reverse engineer the Service, and shall pay the fees in the Order Form when due.

### 3. Customer Data

3.1 All data that the Customer or its users submit to the Service, and all telemetry, route, delivery and temperature data generated for the Customer's vehicles ("Customer Data"), belong to the Customer.

3.2 The Provider may use Customer Data only to provide the Service to the Customer during the Subscription Term. The Provider shall not sell, share, analyse for its own purposes or otherwise exploit Customer Data, including in aggregated, anonymised or de-identified form.

3.3 Customer Data is stored and processed only in mainland China. On expiry or termination the Provider shall return Customer Data in CSV or another agreed format within 30 days and then delete it permanently, confirming deletion in writing.

### 4. Data Security

4.1 The Provider shall maintain an information security programme meeting at least MLPS level 2 for the Customer's tenant, including encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of administrative actions and annual penetration testing.

4.2 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, take immediate steps to contain the incident and cooperate with any notification the Customer must make to authorities or its own clients.

4.3 The Provider is liable for all losses the Customer suffers from a security incident caused by the Provider, its personnel or its hosting partner, including the cost of notifying affected persons and any fines imposed on the Customer.

### 5. Intellectual Property

5.1 The Provider owns the Service and all its underlying software.

5.2 Route templates, reports, dashboards and integration mappings created for the Customer during onboarding belong to the Customer, which may use, copy, modify and have them modified by third parties without restriction. The Provider shall hand them over in editable form on request.

### 6. Confidentiality

6.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with the Order Form, including the Customer's client lists, rates and delivery volumes, and shall use it only to perform the Order Form.

6.2 This obligation survives expiry or termination for three years.

### 7. Subcontracting

7.1 The Provider shall not subcontract the Service or any part of the onboarding work without the Customer's prior written consent, except for its Shanghai partner data centre, which the Customer approves by signing the Order Form. The Provider is responsible for the acts and omissions of all subcontractors.

### 8. Liability

8.1 Neither party excludes liability for fraud, wilful misconduct or personal injury caused by its negligence.

8.2 Subject to 8.1 and to Section 4.3, each party's total liability under the Order Form is limited to 150% of the Total Contract Value.

8.3 Neither party is liable for loss of profit or other indirect loss.

### 9. Term and Termination

9.1 The Order Form runs for the Subscription Term unless terminated earlier under this Section.

9.2 The Customer may terminate the Order Form by written notice if the Provider commits a material breach and does not remedy it within 20 days after the Customer's written notice. The Provider may terminate for the Customer's non-payment of undisputed fees that continues for 45 days after written notice.

9.3 On termination by the Customer under 9.2, the Provider shall refund any fees paid for the period after termination.

### 10. Governing Law and Disputes

10.1 These General Terms and the Order Form are governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Notices must be in writing and sent to the addresses in A1 by courier or e-mail with confirmation of receipt.

11.2 Neither party may assign the Order Form without the other party's written consent.

11.3 The Order Form may be amended only in writing signed by both parties.

11.4 If any provision of these General Terms is held invalid, the remaining provisions remain in force. Headings are for convenience only.
"""

H1116E03 = """T:Equipment Supply and Software Licence Contract
P:Contract No. GXHS-EQ-2026-062
P:Buyer: Guangxi Hongshan Cement Co., Ltd., Liuzhou, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Algoa Sensing (Pty) Ltd, 7 Harrower Road, North End, Gqeberha, Eastern Cape, Republic of South Africa (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software procurement. The Buyer wishes to introduce condition monitoring on the kilns, mills, fans and conveyors of its two clinker lines, and the Supplier has offered wireless vibration and temperature sensors, gateways and its KusaWatch monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Schedule.
P:1.2 "Software" means the KusaWatch condition-monitoring software, including its analytics engine, alarm module, mobile application and its documentation.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 5.
P:1.5 "Buyer Data" means all measurements, waveforms, alarms, asset records and other data generated by the System or supplied by the Buyer.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver DDP to the Buyer's plant in Liuzhou, install, configure and commission the System, integrate it with the Buyer's distributed control system and computerised maintenance management system, and train the Buyer's maintenance engineers.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software for up to 420 monitored measuring points at the Buyer's plant, on servers provided by the Buyer.
P:2.3 The Equipment shall be new, unused and suitable for a cement plant environment, rated IP66 and for surface temperatures up to 120 degrees Celsius, and shall carry all certificates required for import into and use in the People's Republic of China.
H:3. Contract Price
P:3.1 The Contract Price is fixed and is set out in the following Price Schedule. It includes delivery DDP, import duties, PRC value-added tax, installation materials and all travel costs of the Supplier's personnel.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|2,150|903,000
TB:2|Industrial gateway with cellular and Ethernet backhaul|24|8,600|206,400
TB:3|KusaWatch monitoring software, perpetual licence for 420 points|1|318,000|318,000
TB:|Equipment and Licence Subtotal|||1,427,400
TB:4|Installation, commissioning and system integration|1 lot|156,000|156,000
TB:5|Training of maintenance engineers|1 lot|22,600|22,600
TB:|Contract Price|||1,606,000
P:3.2 Payment is made in three instalments: (a) 10% of the Contract Price within 20 days after signature, against an advance payment guarantee of the same amount from a bank acceptable to the Buyer; (b) 55% after delivery of all Equipment to site, against the delivery note signed by the Buyer, which is a receipt of quantities only and not acceptance; and (c) 35% within 30 days after Final Acceptance.
P:3.3 Each payment is made against a valid PRC VAT invoice issued by the Supplier or its authorised PRC distributor.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within 70 days after signature and complete installation and commissioning within 50 days after delivery.
P:4.2 If the Supplier fails to meet a date in clause 4.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct the delay damages from any payment.
P:4.3 Installation work in operating areas shall follow the Buyer's permit-to-work and lock-out procedures. The Supplier's personnel shall attend the Buyer's site safety induction before starting work and wear the personal protective equipment required in each area.
P:4.4 Sensor installation on the kilns and mills shall be carried out during the planned shutdowns notified by the Buyer. The Supplier shall provide a mounting plan for each machine, identifying measuring points, mounting method and orientation, for approval by the Buyer's maintenance manager before the shutdown.
H:5. Acceptance
P:5.1 After commissioning, the System shall undergo an acceptance test and a trial run of 30 days. The acceptance criteria are: (a) all 420 points report data at the configured interval with a data completeness of at least 98% during the trial run; (b) vibration readings of ten reference points agree within 5% with readings taken by the Buyer's calibrated portable analyser; (c) alarms are delivered to the distributed control system and to the mobile application within 60 seconds; (d) work orders are created automatically in the maintenance management system for the defined alarm classes; and (e) no Severity 1 fault occurs in the last 14 days of the trial run.
P:5.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 working days. Delivery, installation, commissioning or use of the System by the Buyer does not constitute acceptance. If the System fails the test, the Supplier shall remedy the defects and the test shall be repeated at the Supplier's cost.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects, supply Software updates and provide remote and on-site support free of charge. Replacement sensors shall be shipped from stock held in the PRC.
P:6.2 Faults are classified as follows:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|System or a gateway serving a kiln or mill is down|30 minutes|8 hours
TB:Severity 2|Individual sensors or functions fail|2 hours|3 days
TB:Severity 3|Questions and minor issues|1 business day|next update
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 800; for each business day by which it exceeds a Severity 2 restoration time, CNY 500.
P:6.4 After the warranty period, the Supplier shall provide support, spare-part supply and Software updates at an annual fee of 7% of the Equipment and Licence Subtotal, that is CNY 99,918 per year. This fee is fixed for the fourth and fifth years after Final Acceptance and for any year thereafter ordered by the Buyer. Support is ordered by separate purchase order each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors, subject to the licence in clause 2.2.
P:7.2 Asset models, alarm rules, dashboards, integration scripts and interface programs developed for the Buyer under this Contract, with their source code, belong to the Buyer. The Buyer may use, modify and license them freely, including through third parties.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, retain or use it for any other purpose, including product development or benchmarking in anonymised form.
P:8.2 The System shall be hosted on the Buyer's servers in Liuzhou. The Supplier's remote access requires the Buyer's approval for each session, uses the Buyer's VPN and bastion host, and is logged. Gateways shall not send data to any server outside the Buyer's network.
P:8.3 The Supplier shall implement the security measures required by the Buyer's industrial control system security policy, report any security incident affecting the System or Buyer Data to the Buyer within 2 hours, and be liable for all losses caused by incidents attributable to it.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including process data, plant layouts and network information, shall use it only for this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation work by the Supplier's PRC distributor is approved by signature of this Contract. The Supplier remains responsible for all subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, if delay damages reach their maximum, or if the System fails the acceptance test twice. The Supplier shall then refund all amounts received and remove the Equipment at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Liuzhou Arbitration Commission for arbitration in Liuzhou. The arbitration award is final.
H:14. Miscellaneous
P:14.1 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the delay.
P:14.2 Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Procedure) form part of this Contract. This Contract is signed in two originals in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1116E04 = """# Managed IT Services Agreement

**Agreement No. FSM-LY-2026-09**

This Managed IT Services Agreement (the "Agreement") is entered into between:

**Luoyang Dongfang Agricultural Machinery Co., Ltd.**, a company established in the People's Republic of China, with its registered address in Jianxi District, Luoyang, Henan Province (the "Customer"); and

**Free State Managed Services (Pty) Ltd**, a company incorporated in the Republic of South Africa, with its head office at 31 Kellner Street, Westdene, Bloemfontein, and its service centre operated through its wholly owned subsidiary in Zhengzhou (the "Provider").

The Customer wishes to outsource its IT service desk, end-user support, server and network operations, and the Provider has offered to provide them on the terms below.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under Section 4.

1.3 "Monthly Charge" means the fixed charge set out in Schedule 3.

1.4 "Incident" means an unplanned interruption or reduction in quality of an IT service used by the Customer.

## 2. Term

2.1 The Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension must be agreed in writing by both parties; there is no automatic renewal.

## 3. Services

3.1 The Provider shall provide the Services described in Schedule 1 to the Customer's head office, its two factories in Luoyang and its parts warehouse in Zhengzhou, covering about 1,150 users, 64 servers, 210 network devices and the Customer's ERP, PLM and dealer portal infrastructure.

3.2 The Provider shall provide the Services with suitably qualified personnel, including two on-site engineers at the main factory during the Customer's working hours and a Mandarin-speaking service desk 24 hours a day, 7 days a week.

3.3 The Provider shall follow the Customer's IT policies, change management procedures and site safety rules as notified to it from time to time.

## 4. Transition and Acceptance

4.1 The Provider shall complete the transition of the Services from the Customer's internal team within 75 days after signature, according to the transition plan agreed in writing.

4.2 Transition acceptance criteria: (a) all assets in scope are recorded in the configuration management database and reconciled with a physical inventory; (b) runbooks exist for all servers and critical applications; (c) the monitoring tools cover every server and network device in scope; (d) the service desk has handled live calls for ten consecutive working days in a shadow run meeting the targets in Schedule 2; and (e) the knowledge transfer sign-off sheets are complete.

4.3 When the criteria are met, the Customer shall sign a Transition Acceptance Certificate. Taking over calls or monitoring during the shadow run does not constitute acceptance.

4.4 If transition is not completed within the period in 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to CNY 90,000 in total.

## 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 2. Performance is measured monthly and reported to the Customer within five working days after the end of each month.

5.2 If a service level is missed, the Provider shall credit the amounts in Schedule 2 against the next invoice. Service credits do not limit the Customer's other rights.

5.3 If the Priority 1 service levels are missed in three months within any rolling period of six months, the Customer may terminate the Agreement under Section 11.2.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Monthly Charge covers all Services in Schedule 1, including the on-site engineers, the service desk tooling and the monitoring licences.

6.2 The Transition Fee is invoiced after signature of the Transition Acceptance Certificate. The Monthly Charge is invoiced monthly in arrears from the Service Commencement Date.

6.3 The Customer shall pay undisputed invoices within 30 days after receipt of a valid PRC VAT invoice. No charge is payable before the Service Commencement Date.

6.4 The charges are fixed for the Service Term.

## 7. Customer Data

7.1 All data of the Customer that the Provider accesses or processes in providing the Services, including user accounts, e-mail, design files, ERP records and logs ("Customer Data"), belongs to the Customer.

7.2 The Provider may use Customer Data only to provide the Services and shall return it to the Customer at the end of the Agreement.

## 8. Intellectual Property

8.1 The Provider retains ownership of its tools, methods and standard documentation.

8.2 Runbooks, knowledge articles, scripts, configuration baselines and reports produced for the Customer under this Agreement belong to the Customer, which may use and modify them freely and make them available to any successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the non-public information of the other party obtained under this Agreement and shall use it only for the purposes of this Agreement. Information about the Customer's products, designs, dealers and prices is confidential in all cases.

9.2 The obligations in this Section continue for five years after the end of the Agreement.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

10.2 The Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the total Monthly Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

10.3 The limits in this Section do not apply to death or personal injury caused by negligence or to fraud.

## 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice of the breach.

11.2 The Customer may also terminate the Agreement by written notice in the case described in Section 5.3.

11.3 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, hand over all documentation and cooperate with the Customer's new provider.

## 12. Subcontracting and Personnel

12.1 The Provider shall not subcontract any part of the Services, other than to its Zhengzhou subsidiary, without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its subcontractors.

12.2 The Customer may require the removal of any Provider personnel who breach its site rules or IT policies.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules then in force.

## 14. General

14.1 Schedules 1 to 3 form part of this Agreement. In case of conflict, the body of this Agreement prevails over the Schedules.

14.2 Amendments must be in writing and signed by authorised representatives of both parties.

Signed for the Customer: ____________________   Signed for the Provider: ____________________

## Schedule 1 — Service Description

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, portal and e-mail; logging, triage and first-line resolution; password resets | 24 × 7 |
| End-user support | Desk-side support, PC and printer moves, adds and changes, device imaging at the head office and both factories | Mon–Sat, 8:00–18:00 |
| Server operations | Monitoring, patching, backup checks and capacity reports for 64 servers | 24 × 7 monitoring |
| Network operations | Monitoring and configuration of 210 switches, routers, firewalls and wireless controllers | 24 × 7 monitoring |
| Problem and change management | Root-cause analysis for Priority 1 and repeat incidents; change advisory board | Weekly |
| Reporting | Monthly service report and quarterly service review | Monthly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit |
|---|---|---|---|---|
| Priority 1 | ERP, PLM or a factory network down, or more than 50 users unable to work | 30 minutes | 6 hours | 2% of the Monthly Charge per missed incident |
| Priority 2 | A critical function degraded, or a group of users affected | 1 hour | 12 hours | 1% of the Monthly Charge per missed incident |
| Priority 3 | A single user or non-critical function affected | 2 business hours | 3 business days | none |
| Service desk | 90% of calls answered within 30 seconds per month | — | — | 1% of the Monthly Charge per month missed |

Total service credits in any month shall not exceed 10% of the Monthly Charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 84,000 |
| Monthly Charge | CNY 46,000 per month × 36 months | 1,656,000 |
| **Total Contract Value** | | **1,740,000** |
| Exit assistance | CNY 1,800 per engineer day, if requested | not included |
"""

H1116E05 = """DATA SUBSCRIPTION AGREEMENT - AGRIWEATHER API

Agreement No. MDA-CN-2026-214

BETWEEN

Midlands Data Analytics (Pty) Ltd, a company registered in the Republic of South Africa, of 5 Chatterton Road, Pietermaritzburg, KwaZulu-Natal ("Supplier"); and

Tianjin Huanong Grain Trading Co., Ltd., a company registered in the People's Republic of China, of Binhai New Area, Tianjin ("Customer").

BACKGROUND

The Customer trades maize, soybeans and wheat and needs weather, crop-condition and yield-forecast data for the main producing regions of Southern Africa, South America and Northern China. The Supplier operates the AgriWeather data service and its application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Supplier's AgriWeather application programming interface and the bulk data files delivered through it.

1.2 "Data" means the weather observations, forecasts, satellite crop indices, yield forecasts and related data sets listed in Annex A, as updated by the Supplier from time to time.

1.3 "Subscription Year" means the first year of the subscription, starting on the Activation Date, and the following year, ending on the second anniversary of the Activation Date.

1.4 "Activation Date" means the date on which the Customer signs the Integration Acceptance record under clause 5.

1.5 "Customer Query Data" means the queries, locations, portfolios, watch lists and other information that the Customer submits to the API, and all derived outputs generated for the Customer.

2. SUBSCRIPTION

2.1 The Supplier grants the Customer, during the two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Data for its internal trading, risk management and research purposes, for up to 40 named users and 6 system integrations.

2.2 The Customer may include the Data in internal reports and models. It may disclose limited extracts to its banks, auditors and regulators, but shall not resell the Data or make it available to the public.

2.3 The Supplier may improve or add data sets during the subscription, but shall not withdraw or materially reduce a data set listed in Annex A without providing an equivalent replacement agreed by the Customer.

2.4 The subscription ends at the end of the second Subscription Year. There is no automatic renewal; any renewal requires a new written agreement.

3. FEES

3.1 The fees are: Subscription Fee CNY 386,000 for each Subscription Year (CNY 772,000 for both years); one-time onboarding and integration fee CNY 34,000. The Total Contract Value is CNY 806,000, including PRC value-added tax.

3.2 Additional users may be added at CNY 6,800 per user per Subscription Year, prorated.

3.3 API calls above the fair-use volume in Annex A are charged at the overage rates in Annex A. Overage is not part of the Total Contract Value.

4. PAYMENT

4.1 The Customer shall pay a commitment payment of 45% of the Total Contract Value, that is CNY 362,700, within 10 days after signature of this Agreement. The Supplier is not obliged to issue API credentials or to start onboarding until the commitment payment is received.

4.2 The balance of CNY 443,300 is payable in four equal half-yearly instalments of CNY 110,825, each invoiced in arrears at the end of each half-year after the Activation Date.

4.3 Payments are made in CNY to the bank account of the Supplier's appointed agent in Shanghai against valid PRC VAT invoices.

5. ONBOARDING AND INTEGRATION ACCEPTANCE

5.1 The Supplier shall provide API credentials, sandbox access and technical documentation within 5 working days after receiving the commitment payment, and shall complete onboarding and integration within 40 days after that.

5.2 Integration Acceptance criteria: (a) all data sets in Annex A are delivered through the API with the update frequency stated in Annex A; (b) the Supplier's connectors load the Data into the Customer's data warehouse and its risk system without error for ten consecutive business days; (c) historical series reconcile with the Supplier's published reference files; and (d) the API meets the latency stated in Annex A for the Customer's test queries.

5.3 The Customer shall sign the Integration Acceptance record within 5 business days after the criteria are met. Issue of credentials or use of the sandbox is not acceptance.

5.4 The Customer shall provide the Supplier with timely access to its test environment, the specifications of its data warehouse and risk system, and a technical contact during onboarding. Delays caused by the Customer extend the period in clause 5.1 accordingly.

5.5 If onboarding is not completed within the period in clause 5.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 600 for each day of delay.

6. SERVICE LEVELS

6.1 The Supplier shall make the API available at least 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and carried out between 00:00 and 03:00 China Standard Time.

6.2 Support tickets are classified by priority. For a Priority 1 ticket (API unavailable, or forecast data more than six hours late), the Supplier shall respond within 2 hours, at any time, and restore the service within 8 hours. For Priority 2 tickets, the Supplier shall respond within 8 business hours.

6.3 The Supplier shall publish a monthly service report by the fifth business day of each month, showing measured availability, data delivery delays, Priority 1 and Priority 2 tickets and their resolution times.

6.4 If availability in a month falls below the level in 6.1, the Supplier shall credit 5% of the monthly equivalent of the Subscription Fee for each full 0.5 percentage point of shortfall, up to 50% of that monthly equivalent. If a Priority 1 response is late, it shall credit CNY 800 per hour of delay. Credits are deducted from the next instalment.

7. CUSTOMER QUERY DATA AND DATA SECURITY

7.1 Customer Query Data belongs to the Customer. The Supplier may process it only to provide the API to the Customer, and shall not use, analyse, aggregate or disclose it for any other purpose, including to inform its own market commentary or other clients.

7.2 Customer Query Data is processed in the Supplier's mainland China node hosted in Shanghai and is not transferred outside the People's Republic of China.

7.3 The Supplier shall protect Customer Query Data with encryption in transit and at rest, access control, logging and regular vulnerability scanning, notify the Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of it, and be liable for losses caused by any security incident attributable to the Supplier.

8. INTELLECTUAL PROPERTY

8.1 The Supplier retains all rights in the API and the Data, subject to the rights granted in clause 2.

8.2 The connectors, transformation scripts and dashboards that the Supplier builds for the Customer during onboarding belong to the Customer, which may use, modify and license them freely. The Supplier shall deliver their source code at Integration Acceptance.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's positions, portfolios and trading strategies, and shall use it only for this Agreement.

9.2 This obligation continues for three years after the end of this Agreement.

10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit, including trading losses based on the Data. The Data is a forecasting tool and the Customer remains responsible for its trading decisions.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of clause 7 or clause 9, wilful misconduct or fraud.

11. SUBCONTRACTING

11.1 The Supplier shall not subcontract the onboarding work or the operation of the mainland China node without the Customer's prior written consent, and remains responsible for any approved subcontractor.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 The Customer may terminate by written notice if monthly availability falls below the level in 6.1 in three months of a Subscription Year.

12.3 On termination by the Customer under 12.1 or 12.2, the Supplier shall refund the part of the commitment payment and instalments paid that relates to the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration seated in Shenzhen, in English, under its rules then in force.

14. GENERAL

14.1 Annex A (Data Sets, Fair Use and Overage Rates) forms part of this Agreement.

14.2 Notices under this Agreement must be in writing and sent by courier or e-mail to the addresses stated above, or to another address notified in writing.

14.3 Neither party may assign this Agreement without the prior written consent of the other party.

14.4 Amendments must be in writing and signed by both parties. This Agreement is made in two originals in English.

Signed for the Supplier: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- files
TEXT_FILES = {  # key -> (file name, source) for .txt / .md, written as they are
    "h1116z03": ("h1116z03_finnish_school_chain_booking_saas.txt", H1116Z03),
    "h1116z04": ("h1116z04_incineration_plant_cctv_annual_om.txt", H1116Z04),
    "h1116z05": ("h1116z05_bronze_workshop_tracking_supplier_template.md", H1116Z05),
    "h1116e02": ("h1116e02_cold_chain_routing_saas_order_form.md", H1116E02),
    "h1116e04": ("h1116e04_managed_it_services_36_months.md", H1116E04),
    "h1116e05": ("h1116e05_agri_weather_api_subscription.txt", H1116E05),
}
SOURCES = {"h1116z01": H1116Z01, "h1116z02": H1116Z02, "h1116e01": H1116E01, "h1116e03": H1116E03}
TARGETS = {"h1116z01": ("h1116z01_justice_bureau_enforcement_oversight_platform.pdf", "pdf"),
           "h1116z02": ("h1116z02_oil_pump_plant_line_control_retrofit.docx", "docx"),
           "h1116e01": ("h1116e01_spc_software_perpetual_licence.pdf", "pdf"),
           "h1116e03": ("h1116e03_cement_plant_sensors_monitoring_licence.docx", "docx")}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (lang, category, terms in TERM_KEYS order, extra (sla_clause, ld_stated, capped|None, deemed, value))
LABELS = {
    "h1116z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8,
                                    False, True, False, "PRC", G], (True, True, True, False, 1736000)),
    "h1116z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.02, 150, 20, True, True, 24, 9,
                                    False, True, True, "PRC", G], (True, True, True, False, 1980000)),
    "h1116z03": ("zh", "cloud", [99.5, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                                 True, True, False, "PRC", S], (True, True, None, False, 674000)),
    "h1116z04": ("zh", "services", [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None,
                                    None, False, False, False, None, S], (True, True, None, False, 586000)),
    "h1116z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, 0.06, 25, 50, False, False, 6, 28,
                                    False, True, None, None, G], (True, True, True, True, 1050000)),
    "h1116e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 11,
                                    False, True, False, "South Africa", G], (True, True, True, False, 1646000)),
    "h1116e02": ("en", "cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
                                 False, True, False, "PRC", S], (False, False, None, False, 714000)),
    "h1116e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7,
                                    False, True, False, "PRC", G], (True, True, True, False, 1606000)),
    "h1116e04": ("en", "services", [None, 0.5, True, "buyer", False, True, True, 1200 / 1740000 * 100, 9 / 36 * 100,
                                    None, True, None, None, None, False, True, False, "PRC", S],
                 (True, True, None, False, 1740000)),
    "h1116e05": ("en", "cloud", [99.5, 2, True, "buyer", True, True, True, 600 / 806000 * 100, 150,
                                 362700 / 806000 * 100, True, None, None, None, False, True, False, "PRC", S],
                 (True, True, None, False, 806000)),
}
# TCO inputs for goods/licence drafts: (itemised licence/hardware subtotal, warranty months, annual fee)
TCO = {"h1116z01": (860000, 24, 68800), "h1116z02": (1561000, 24, 140490), "h1116z05": (720000, 6, 201600),
       "h1116e01": (1180000, 24, 129800), "h1116e03": (1427400, 36, 99918)}
DESIGN = {
    "h1116z01": [],
    "h1116z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h1116z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h1116z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h1116z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h1116e01": ["CR-GOVERNING-LAW"],
    "h1116e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h1116e03": [],
    "h1116e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h1116e05": ["CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}


def tco_share(key):
    base, wmonths, fee = TCO[key]
    value = LABELS[key][3][4]
    years = max(0.0, 5 - wmonths / 12)
    service = years * fee
    return service / (value + service) * 100


def derive(key):
    """Policy §3 read on the label (my own reading)."""
    lang, cat, terms, extra = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    sla, ld_stated, capped, deemed, value = extra
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    if goods and capped and t["post_warranty_fee_pct"] is not None and tco_share(key) > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def file_name(key):
    return TEXT_FILES[key][0] if key in TEXT_FILES else TARGETS[key][0]


def label_json(key):
    lang, cat, terms, extra = LABELS[key]
    sla, ld_stated, capped, deemed, value = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    d = {"file": file_name(key), "language": lang, "category": cat,
         "expected_terms": dict(zip(TERM_KEYS, terms)), "expected_extra": ex, "expected_rules": derive(key)}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- read-back and checks
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


NB = r"(?<![\d.])"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"99\.9(?![\d])", r"99\.90",                                             # availability
    NB + r"4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)", r"四\s*(?:个)?\s*小时", r"\bfour[\s-]*hours?\b",
    NB + r"0?\.050*(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?!十)", r"千分之零点五",   # LD
    NB + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one hundred per\s*cent",  # cap
    NB + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty per\s*cent",
    NB + r"12\s*(?:个)?\s*(?:月|months?\b|-month)", r"十二\s*个?\s*月", r"\btwelve[\s-]*months?\b",
    NB + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen per\s*cent",
    NB + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty per\s*cent",
]]
MUST_HIT = ["99.9%", "within 4 hours", "4小时内", "四小时", "0.05% per day", "万分之五", "100% of the price",
            "30 %", "百分之三十", "12 months", "12个月", "十二个月", "twelve months", "15%", "40 per cent", "百分之四十",
            "4-hour", "4h"]
MUST_MISS = ["99.95%", "24 hours", "24小时", "14 hours", "0.055%", "万分之五十", "1100%", "130%", "112 months",
             "12 hours", "115%", "140%", "4个工作日", "1.4 hours", "99.5%", "0.08%", "20%", "45%", "2012年"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, variant[max(0, m.start() - 30):m.end() + 30]))
    return hits


def check_labels(key):
    lang, cat, terms, extra = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    if key in TCO:
        share = tco_share(key)
        assert abs(share - 40) > 2, (key, share)
    assert len(terms) == len(TERM_KEYS)


def check_sums():
    assert 860000 + 690000 + 150000 + 36000 == 1736000 and 347200 + 781200 + 607600 == 1736000
    assert 768000 + 387000 + 58800 + 51200 + 296000 == 1561000 and 1561000 + 238000 + 164000 + 17000 == 1980000
    assert 396000 + 693000 + 693000 + 198000 == 1980000 and round(1561000 * 0.09) == 140490
    assert 6 * 128000 == 768000 and 18 * 21500 == 387000 and 6 * 9800 == 58800 and 8 * 6400 == 51200
    assert 30 * 9800 == 294000 and 2 * 294000 + 86000 == 674000 and 294000 / 4 == 73500
    assert 398000 + 126000 + 62000 == 586000 and 586000 / 4 == 146500
    assert 480000 + 240000 == 720000 and 720000 + 260000 + 70000 == 1050000 and 1050000 // 2 == 525000
    assert round(720000 * 0.28) == 201600
    assert 1180000 + 420000 + 46000 == 1646000 and round(1180000 * 0.11) == 129800
    assert 18500 * 36 == 666000 and 666000 + 48000 == 714000
    assert 420 * 2150 == 903000 and 24 * 8600 == 206400 and 903000 + 206400 + 318000 == 1427400
    assert 1427400 + 156000 + 22600 == 1606000 and round(1427400 * 0.07) == 99918
    assert 46000 * 36 == 1656000 and 1656000 + 84000 == 1740000
    assert 2 * 386000 + 34000 == 806000 and round(806000 * 0.45) == 362700 and 806000 - 362700 == 443300
    assert 443300 / 4 == 110825


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert threshold_hits(s), s
    for s in MUST_MISS:
        assert not threshold_hits(s), (s, threshold_hits(s))
    check_sums()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, src) in TEXT_FILES.items():
        (OUT / name).write_text(src, encoding="utf-8")
        print("wrote", name)
    covered = set()
    problems = []
    for key in sorted(LABELS):
        check_labels(key)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        lang = LABELS[key][0]
        text = read_back(OUT / file_name(key))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print(f"{key} {lang} length {n} rules {rules} risk {risk(rules)}")
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        hits = threshold_hits(text)
        if hits:
            problems.append((key, "threshold text", hits[:5]))
        (OUT / (file_name(key).rsplit(".", 1)[0] + ".json")).write_text(label_json(key), encoding="utf-8")
    assert covered == ALL_RULES, ALL_RULES - covered
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
