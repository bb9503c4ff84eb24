"""holdout950: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no threshold value or figure, price sums, rules derived from the labels versus the
design list, coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H950Z01 = """
T:市文化和旅游局剧本娱乐经营场所监管平台软件许可及定制开发合同
P:合同编号：WLJ-ZC-2026-0417
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：某市文化和旅游局
P:乙方（供应商）：某市云枢信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就剧本娱乐经营场所监管平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同文本由甲方提供。
H:第一条 项目内容
P:1.1 乙方向甲方提供剧本娱乐监管平台软件（以下简称“平台软件”）永久使用许可，并按甲方需求完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：经营场所备案登记模块、剧本脚本内容审核与备案模块、未成年人保护巡查模块、消防与人员密度预警模块、执法检查移动端、统计分析驾驶舱，以及与省级文化市场技术监管平台、市场监管登记系统的数据接口。
P:1.3 平台部署于甲方指定的政务云资源，乙方不得将平台或数据部署于其他环境。
P:1.4 培训内容包括：面向局机关及区县执法人员的平台操作培训不少于四期，面向系统管理员的运维培训不少于两期，培训教材及视频由乙方编制并交付甲方。
P:1.5 乙方应交付需求规格说明书、概要设计、数据库设计、接口说明、测试报告、用户手册及运维手册等全部技术文档的电子版和纸质版各一套。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾贰万元整（¥1,920,000），为固定总价，包含下列各项：
P:（1）平台软件永久许可费：¥980,000；
P:（2）定制开发及接口开发费：¥760,000；
P:（3）部署实施及数据初始化费：¥148,000；
P:（4）培训费：¥32,000。
P:2.2 上述价款已包含税费、差旅、第三方组件及乙方履行本合同所需的一切费用，甲方不再另行支付。
P:2.3 平台所使用的数据库、中间件等第三方组件应为正版并适配国产操作系统，相关授权费用已包含在合同总价中。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 付款以财政资金到位为前提，甲方按国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百二十日内完成全部定制开发、部署并提请初步验收。
P:4.2 乙方应按月向甲方书面报告进度，发生可能影响工期的情形时应及时告知甲方。
P:4.3 乙方应指派具有类似项目经验的项目经理一名，并保证开发、测试及实施人员不少于八人，其中驻场人员不少于三人。项目经理未经甲方同意不得更换。
P:4.4 甲方负责提供政务云资源、网络环境、办公场地及业务需求确认，并协调省级平台及市场监管部门配合接口联调。甲方未按约定提供条件的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与省级平台及市场监管登记系统的数据接口连续十个工作日交换无差错；在五百个并发用户下页面平均响应时间不超过两秒；第三方安全测评无中高危漏洞。
P:5.2 初步验收后平台试运行六十日，试运行期间未发生一级故障，且甲方执法人员使用反馈问题均已闭环的，甲方组织最终验收。
P:5.3 平台上线、甲方使用或付款均不视为验收合格；验收以甲方签署的验收报告为准。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要继续维护服务，年度维护费不超过平台软件许可费的9%（即不超过¥88,200/年），且在质保期满后三年内不得上调。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.5%（计划内维护时间除外）。
P:7.2 一级故障（平台整体不可用或执法检查移动端无法登录）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应，次一工作日内解决。
P:7.3 月度可用率每低于承诺值0.1个百分点，扣减当年维护服务费¥2,000；一级故障响应每超时一小时，乙方支付¥800。
P:7.4 乙方应按月提交服务报告，列明平台可用率、故障清单、处理时长及整改措施。重大节假日及专项执法检查期间，乙方应安排专人值守并提前完成系统巡检。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的模块、接口程序及其源代码、技术文档的知识产权归甲方所有，乙方应于最终验收时一并交付源代码，甲方可自行或委托第三方修改使用。
H:第九条 数据安全
P:9.1 平台采集、存储的经营场所信息、剧本备案资料、巡查记录及相关个人信息均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应按网络安全等级保护三级要求落实访问控制、加密存储和日志审计，运维操作须经堡垒机进行，不得留存或复制任何数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:乙方对履行合同中知悉的甲方工作秘密、执法信息及未公开的行业数据负有保密义务，未经甲方书面同意不得向任何第三方披露；保密义务不因合同终止而解除。
H:第十一条 分包
P:乙方可将现场部署、网络布线等非主体工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方，并就分包工作向甲方承担责任。
H:第十二条 违约责任
P:12.1 乙方逾期提请初步验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付的平台未通过验收且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项。
P:12.3 乙方提供的平台软件或定制成果侵犯第三方知识产权的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
P:12.4 甲方逾期付款的，应按国家有关规定承担相应责任，但因财政资金审批程序造成的合理延迟除外。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力致使合同不能履行的，受影响一方应在三日内通知对方，并在十日内提供有关证明，双方协商确定继续履行、延期履行或解除合同。
H:第十六条 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将乙方的违法行为报送政府采购监督管理部门。
H:第十七条 通知
P:双方在本合同中列明的地址、电话及电子邮箱为有效送达方式。一方变更联系方式的，应提前三日书面通知对方，否则按原联系方式送达即视为送达。
H:第十八条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及澄清函为本合同组成部分。
P:甲方（盖章）：________    乙方（盖章）：________
"""

H950Z02 = """
T:护肘生产线控制系统改造合同
P:合同编号：HZ-GZ-2026-031
P:甲方：某省康护体育用品有限公司（护肘厂）
P:乙方：某市精控自动化工程有限公司
P:甲方拟对其护肘编织、裁切、缝合及包装四条生产线的控制系统进行改造，经比选确定由乙方承担。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责更换四条生产线的可编程控制器柜、触摸屏人机界面、伺服驱动器及张力与视觉检测传感器，并提供生产线监控软件许可及工艺配方管理软件许可。
P:1.2 乙方负责原有控制程序的梳理与重新编程，实现工艺配方一键下发、断线自动停机、产量与次品实时统计，并与甲方现有ERP系统对接工单与产量数据。
P:1.3 改造须分线实施，每条线停产时间不得超过七日，其余生产线应保持正常生产。
P:1.4 乙方应在实施前完成现场勘查，提交改造实施方案、停产切换计划、电气图纸及安全措施，经甲方生产部和设备部会签后执行。
P:1.5 拆除的旧控制柜、驱动器及线缆归甲方所有，由乙方清点造册后移交甲方仓库，乙方不得擅自处置。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾壹万元整（¥1,610,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|可编程控制器柜（含I/O模块）|4套|138,000|552,000
TB:2|触摸屏人机界面|8台|9,500|76,000
TB:3|伺服驱动器及电机|24套|11,500|276,000
TB:4|张力及视觉检测传感器|32套|4,750|152,000
TB:5|生产线监控软件许可|1套|148,000|148,000
TB:6|工艺配方管理软件许可|1套|64,000|64,000
TB:|软硬件小计|||1,268,000
TB:7|安装调试及线缆敷设|1项|184,000|184,000
TB:8|控制程序编程及ERP对接|1项|136,000|136,000
TB:9|操作及维护培训|1项|22,000|22,000
TB:|合计|||1,610,000
P:2.2 合同总价为固定价格，包含设备运输、保险、安装辅材、税费及乙方人员差旅费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的55%；到货签收仅为数量清点，不构成质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具等额增值税专用发票。甲方付款前，乙方应提交相应阶段的到货清单、签收单或验收报告复印件，资料不全的，甲方付款期限相应顺延。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于设备到货后六十日内完成四条生产线的改造与调试。
P:4.2 乙方每周向甲方提交进度表，甲方指定生产部负责人作为现场联络人。
P:4.3 乙方应派驻项目经理一名及电气、编程工程师不少于四名，改造期间全程驻场；主要人员更换须经甲方同意。
P:4.4 甲方负责提供施工用电、设备临时堆放场地及停产窗口，并安排操作工配合试生产。乙方施工产生的废料应每日清理，保持车间整洁。
H:第五条 验收
P:5.1 每条生产线调试完成后连续试生产七十二小时，满足以下标准的，视为该线单线验收合格：产品规格与工艺配方一致；断线检测停机时间不超过一秒；视觉检测次品识别率不低于98%；产量及次品数据与ERP对账一致。
P:5.2 四条生产线均单线验收合格后，再稳定运行三十日且未发生一级故障的，甲方组织最终验收并签署验收报告。
P:5.3 设备安装完成或甲方投入生产使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 全部设备及软件的免费质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件并提供软件缺陷修复。
P:6.2 质保期满后，甲方可与乙方签订年度维保协议，维保费为软硬件小计的7%，即每年¥88,760，三年内不作调整；维保范围包括定期巡检、备件更换及软件升级。
P:6.3 乙方应在质保期内每季度对四条生产线进行一次预防性巡检，提交巡检报告，并在甲方厂区存放常用备件，包括控制器模块、伺服驱动器及检测传感器各不少于两套。
P:6.4 乙方应在最终验收时向甲方交付电气图纸、控制程序备份、参数清单、操作规程及维护手册，并对甲方设备部人员进行不少于三次的专项培训。
H:第七条 服务水平
P:7.1 一级故障（整条生产线停机）乙方应在1小时内响应，8小时内到场修复；二级故障（单台设备或单项功能异常）应在2小时内响应，两个工作日内修复。
P:7.2 乙方到场或修复每超时一小时，向甲方支付¥600；同一故障在三十日内重复发生的，每次另支付¥2,000。
P:7.3 乙方应提供全天候报修电话，并建立故障处理台账，每月向甲方设备部提交一次故障统计及原因分析；同类故障反复出现的，乙方应提出技术整改方案并经甲方确认后实施。
H:第八条 知识产权
P:8.1 监控软件及配方管理软件的原有知识产权归乙方或原厂所有，甲方获得永久使用许可。
P:8.2 为甲方专门编写的控制程序、对接程序及其源程序、组态工程文件归甲方所有，甲方有权自行修改或交由第三方维护。
H:第九条 数据安全
P:9.1 生产线产生的工艺配方、产量、质量及设备运行数据归甲方所有，乙方仅可为履行本合同使用。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方提供的专用通道接入，不得在控制网络中安装与本项目无关的软件，不得拷贝配方数据。
P:9.3 因乙方原因导致生产数据丢失、被篡改或外泄的，乙方应在2小时内通报甲方，并承担由此造成的全部损失。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 因改造造成生产线超出约定停产时间的，乙方按每线每日¥3,000向甲方支付停产补偿。
P:10.3 甲方逾期付款的，按未付金额每日万分之三向乙方支付违约金。
P:10.4 乙方提供的设备不符合合同约定的品牌、型号或技术规格的，甲方有权要求乙方在十五日内无偿更换，由此延误的工期按本条第一款计算违约金。
P:10.5 乙方违反本合同第九条约定的，除赔偿甲方损失外，还应按每次¥20,000向甲方支付违约金。
H:第十一条 分包
P:线缆敷设等辅助工作确需分包的，乙方应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十二条 安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，执行停电挂牌及动火审批程序；因乙方人员违规造成人身或财产损害的，由乙方负责。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商顺延履行期限。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十五条 通知与联络
P:双方指定的联络人及联系方式见附件。与合同履行有关的通知应以书面形式送达；紧急故障可先电话通知，事后补发书面通知。
H:第十六条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、改造实施方案、验收测试表。
P:甲方（盖章）：________    乙方（盖章）：________
"""

H950Z03 = """沙滩排球培训门店预约及会员管理系统服务合同

合同编号：SP-SaaS-2026-08
甲方：某市浪花沙排体育发展有限公司（下辖三十家沙滩排球培训门店）
乙方：某市约课云科技有限公司

甲方为统一管理其三十家门店的课程预约、会员储值与教练排班，向乙方订购预约及会员管理系统云服务（以下简称“云服务”），并委托乙方完成实施。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）云服务：乙方在其云平台上向甲方三十家门店提供课程预约、场地排期、会员卡及储值、教练排班与课时结算、小程序端预约、经营报表等功能，每店开通一个门店账号，甲方总部开通管理账号。
（二）实施服务：乙方负责系统初始化配置、三十家门店的历史会员及储值余额迁移、与甲方收银及支付通道对接、门店人员培训，并为甲方定制总部经营分析报表。
（三）账号与权限：甲方总部可自行设置门店店长、前台、教练及财务等角色权限，乙方应提供操作日志查询功能，日志保存不少于一百八十日。
（四）培训：乙方应为每家门店提供不少于两小时的现场或线上培训，为总部管理人员提供专项培训，并提供操作手册和视频教程。
（五）服务期限：本合同服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。

二、费用与支付
（一）费用构成：
1. 云服务年费：每店每服务年度人民币18,600元，三十家门店合计每服务年度人民币558,000元，两个服务年度合计人民币1,116,000元；
2. 实施费：人民币186,000元（一次性）。
合同总价为人民币1,302,000元。
（二）支付方式：
1. 实施费在系统上线验收合格后十五个工作日内一次付清；
2. 每个服务年度的云服务年费，在该服务年度开始后十五个工作日内支付。
（三）门店数量增加的，新增门店按同一单价按剩余服务天数折算计费；门店关闭的，自次一服务年度起相应减少。
（四）乙方收款前应向甲方开具合法有效的增值税发票。会员通过小程序支付的课程费用直接进入甲方开立的支付账户，乙方不经手、不归集甲方及会员的任何资金。

三、实施与验收
（一）乙方应于合同签订后四十五日内完成实施并申请上线验收。
（二）上线验收标准：
1. 三十家门店会员信息及储值余额迁移完整，与甲方提供的原始台账逐条核对一致；
2. 小程序预约、到店核销、课时扣减及教练结算流程在全部门店演练通过；
3. 收银及支付通道对账连续七日无差异；
4. 在五百名用户同时预约时页面响应时间不超过两秒。
（三）甲方应在乙方申请后十个工作日内组织验收，验收合格的签署上线验收单；系统上线试用不视为验收合格。
（四）上线切换应安排在门店营业淡季的夜间进行，切换前乙方应完成全量数据核对并制定回退方案；切换当日乙方应派员在甲方总部及重点门店现场支持。
（五）乙方逾期申请上线验收的，每逾期一日按合同总价的万分之六向甲方支付违约金。

四、服务水平
（一）云服务每月可用率不低于99.95%，计划维护应安排在每日零时至六时并提前两日通知甲方。
（二）一级故障（全部门店无法预约或无法核销）乙方应在30分钟内响应，2小时内恢复；二级故障（单店或单项功能异常）1小时内响应，当日解决。
（三）月度可用率未达到承诺值的，按可用率每低于承诺值0.1个百分点扣减当月服务费的2%计算服务抵扣，单月抵扣以当月服务费为限；一级故障恢复每超时一小时，乙方另向甲方支付人民币1,000元。

五、数据归属与数据安全
（一）甲方及其会员在云服务中产生的会员资料、预约记录、储值及消费记录等业务数据归甲方所有。
（二）甲方同意，乙方可对上述业务数据进行去标识化处理后形成汇总统计数据，用于乙方的行业分析报告、产品改进及向其他客户提供的行业对标服务，该等汇总统计数据归乙方所有，合同终止后乙方仍可继续使用。
（三）乙方应按网络安全等级保护二级以上要求保护业务数据，会员手机号等个人信息加密存储，员工访问实行最小权限并留存日志。
（四）发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
（五）服务期满或合同终止后三十日内，乙方应将业务数据完整导出交付甲方，随后删除其系统中留存的副本。
（六）乙方应每日对业务数据进行备份，备份数据保存于中国境内的不同可用区，每半年进行一次恢复演练，并向甲方提供演练记录。

六、知识产权
（一）云服务平台的知识产权归乙方所有。
（二）乙方为甲方定制的总部经营分析报表及数据迁移脚本的知识产权归甲方所有，甲方可自行修改使用或交由第三方使用。

七、保密
双方对在合作中知悉的对方商业秘密负有保密义务，包括甲方的门店经营数据、课程定价、教练薪酬及本合同条款，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

八、续期
服务期满前三十日内任何一方未书面提出异议的，本合同自动续期一个服务年度，可多次续期。续期年度的云服务年费由乙方按其届时公布的标准价格执行，乙方有权上调单价，并在续期前通知甲方。

九、违约与解除
（一）乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，乙方应退还未履行服务期间的费用。
（二）甲方逾期支付服务费超过三十日的，乙方可暂停服务，但应提前七日书面通知甲方。
（三）乙方不得将本合同项下的服务转包或分包给第三方，但云平台基础设施由乙方租用的公有云服务商提供，乙方已在投标时列明并经甲方书面确认。

十、双方的其他权利义务
（一）甲方应指定总部信息化负责人作为联络人，按时提供门店资料、历史会员台账及支付通道开通所需的资料，并组织门店人员参加培训。
（二）甲方应妥善保管其账号及密码，因甲方人员泄露账号造成的损失由甲方承担。甲方应确保其向会员收集个人信息已取得会员同意，并在小程序中公示隐私政策，乙方应协助甲方起草隐私政策文本。
（三）甲方门店的收银设备、网络及打印设备由甲方自行采购和维护，乙方负责提供兼容设备清单及远程调试支持。
（四）乙方应设立专属客户成功经理，每月向甲方提供服务报告，内容包括系统可用率、故障记录、需求处理进度及使用情况分析；每个服务年度结束前组织一次服务回顾会议。
（五）乙方进行版本升级的，应提前五日通知甲方，升级不得降低本合同约定的功能和服务水平；涉及门店操作变化的，乙方应提供更新说明并安排培训。
（六）小程序端的上线、备案及相关资质由乙方协助甲方办理，因乙方原因导致小程序下架或无法使用的，按一级故障处理。

十一、不可抗力
因地震、台风、重大公共卫生事件等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，不可抗力影响期间的服务水平考核相应免除。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十三、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件：门店清单、功能清单、上线验收单样式。

甲方（盖章）：          乙方（盖章）：
日期：                  日期：
"""

H950Z04 = """青少年活动中心场馆预约与门禁系统年度运维服务合同

项目编号：JYJ-CS-2026-112（竞争性磋商）
甲方（采购人）：某区教育局
乙方（成交供应商）：某市恒通智能运维服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就青少年活动中心场馆预约与门禁系统年度运维服务事宜，订立本合同。

第一条 服务范围
（一）运维对象：青少年活动中心场馆预约平台（含微信预约端、后台管理端）、门禁及闸机控制系统、人脸识别终端、访客登记一体机及相关服务器、网络设备，具体清单见附件一。
（二）服务内容：日常巡检、故障处理、系统配置变更、预约规则调整、数据备份与恢复演练、漏洞修补、节假日及大型活动保障、使用人员培训，以及每月运维报告。
（三）服务期限：自2027年1月1日起至2027年12月31日止，共计一个服务年度。乙方应安排两名驻场工程师，工作日八时至十八时在岗，节假日按活动安排值守。

第二条 服务费用及支付
（一）本合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括人工、备品备件、工具、差旅及税费，服务期内固定不变。
（二）服务费按季度支付，每季度¥117,000。每季度结束后，甲方根据季度考核结果在十五个工作日内支付上一季度服务费。
（三）本合同不设预付款。乙方应在每次付款前开具合法有效的发票。
（四）服务期内因甲方新增场馆或设备导致运维工作量明显增加的，双方可另行协商，按政府采购有关规定办理。

（四）服务交接：合同签订后十五日内，乙方应与原运维单位完成交接，核对设备清单、账号权限、配置文件及历史故障记录，形成交接清单报甲方确认。交接期间不得影响场馆正常开放。
（五）巡检要求：乙方每日开馆前检查预约平台、闸机及人脸识别终端运行状态，每周对服务器资源、存储空间和日志进行检查，每月对全部门禁设备进行一次全面巡检并形成巡检记录。

第三条 服务水平
（一）场馆预约平台及门禁系统的月度可用率不低于99.95%，计划维护应在闭馆时段进行并提前三日报甲方同意。
（二）故障分级及响应：一级故障（预约平台整体中断或主入口门禁失效）15分钟内响应，1小时内到场，3小时内恢复；二级故障（单个场馆预约或单台闸机异常）30分钟内响应，当日修复；三级故障次一工作日修复。
（三）门禁失效时乙方应立即启动人工核验应急预案，确保学生进出安全有序。乙方应会同甲方安保人员制定应急处置流程，明确人工核验、临时通道开放及信息上报的责任人。
（四）服务水平未达标的，按以下标准扣减服务费：月度可用率每低于承诺值0.01个百分点扣¥1,000；一级故障响应或恢复每超时一小时扣¥1,500；二级故障每超时一日扣¥500。扣减金额从当季服务费中抵扣。

第四条 考核与验收
（一）甲方每季度按附件二《运维服务考核表》对乙方进行考核，考核内容包括故障处理时效、巡检完成率、备份演练结果、用户满意度及运维文档完整性，考核得分低于八十分的，乙方应在十五日内提交整改方案。
（二）服务期满时，乙方应提交年度运维总结、系统配置清单、设备健康状况评估、遗留问题清单及全部运维文档，甲方组织终期验收，必要时可邀请第三方专家参加。终期验收标准：全年运维记录完整；备份数据恢复演练成功；系统无遗留一级、二级故障；账号权限清单与实际一致。
（三）乙方逾期完成终期交接或逾期提交整改方案的，每逾期一日按合同总价的千分之一向甲方支付违约金。

第五条 数据安全
（一）系统中的学生及家长信息、人脸图像、预约与通行记录等数据均属于甲方所有，乙方仅可在运维必要范围内访问，不得用于其他任何目的。
（二）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国未成年人保护法》《中华人民共和国数据安全法》，运维操作须通过甲方堡垒机进行并全程留痕；人脸图像不得导出；备份介质由甲方保管。
（三）乙方发现数据泄露、篡改或系统遭受攻击的，应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第六条 保密
乙方及其驻场人员对服务中知悉的甲方工作秘密、系统口令、网络拓扑及未成年人信息负有保密义务，应签署保密承诺书；保密义务在合同终止后继续有效。

第七条 知识产权
乙方在服务期内为甲方编写的运维脚本、配置文档、应急预案及培训材料归甲方所有，甲方可自由使用和修改。乙方保证提供服务时使用的工具不侵犯第三方权利；因侵权引起的纠纷由乙方负责处理并承担全部责任。

第八条 人员与分包
（一）乙方驻场人员应具备相应资质，更换人员须提前十日书面征得甲方同意。驻场人员应遵守甲方考勤及安全管理制度，进入场馆应佩戴工作证件，不得在未成年人活动区域从事与运维无关的活动。
（二）本项目不得转包或分包。

第九条 违约与解除
（一）乙方连续两个季度考核不合格，或严重违约经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（二）因乙方原因造成安全事故或数据泄露的，甲方可立即解除合同并追究乙方责任。
（三）合同解除或服务期满时，乙方应在十日内完成运维交接，移交全部账号、口令、文档和备件，并配合甲方或新的运维单位完成平稳过渡，交接期间乙方不得中断服务。
（四）因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力恢复，不可抗力影响期间的服务水平考核相应免除。

第十条 甲方的权利义务
（一）甲方应指定专人负责运维服务的协调与监督，及时提供运维所需的场地、网络、账号及相关资料。
（二）甲方有权对乙方服务过程进行检查，对不符合要求的事项提出整改意见，乙方应在规定时间内完成整改并书面回复。
（三）甲方应按本合同约定及时支付服务费，并组织季度考核和终期验收。
（四）甲方应将场馆开放时间调整、大型活动安排及预约规则变化提前五个工作日告知乙方，以便乙方做好系统配置和人员安排。

第十一条 乙方的其他义务
（一）乙方应建立运维服务台，统一受理甲方报修和咨询，对每一工单记录受理时间、处理过程和结果，工单记录作为考核依据。
（二）乙方应每半年组织一次应急演练，内容包括门禁系统失效、预约平台中断及数据恢复，演练方案和总结报送甲方。
（三）寒暑假、节假日及大型赛事活动前，乙方应制定专项保障方案，增派值守人员，确保场馆预约和门禁通行正常。
（四）乙方应配合甲方完成网络安全检查、等级保护测评等工作，对检查发现的问题及时整改，整改完成情况书面报告甲方。

第十二条 期满
本合同服务期满即终止，不自动续期。甲方如需继续采购，将依法另行组织采购。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十四条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及附件为本合同组成部分。
附件一：运维设备及系统清单
附件二：运维服务考核表

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

H950Z05 = """# 墨研工序追踪系统软件许可及定制开发合同

**（乙方标准合同文本 MY-STD-2026 版）**

- 合同编号：MY-2026-0593
- 甲方（用户方）：某市古砚斋砚台工作室
- 乙方（供应方）：某市墨研软件科技有限公司

鉴于甲方拟对砚台制作的选石、制璞、雕刻、打磨、上蜡及配盒各道工序进行数字化追踪，乙方同意向甲方提供墨研工序追踪系统（以下简称“本系统”）的软件许可及定制开发服务。双方经友好协商，签订本合同。

## 第一条 服务内容

1.1 乙方向甲方提供本系统标准版永久使用许可一套，含工序扫码报工、石料批次档案、工匠计件、半成品库存、成品溯源二维码等标准功能。

1.2 乙方根据甲方需求进行定制开发，内容包括：砚石产地与坑口档案模板、雕刻纹样图库、名家作品证书生成、线上店铺订单对接接口及移动端溯源查询页面。

1.3 乙方负责本系统的安装部署、基础数据导入及操作培训。

1.4 本系统部署于甲方自备的服务器，服务器、操作系统、数据库及网络环境由甲方自行准备，并应符合乙方提供的配置要求。因甲方环境不符合要求导致的问题，不属于乙方责任范围。

1.5 本系统标准功能以乙方产品说明书为准；超出本合同约定范围的需求，双方另行签订补充协议并另行计费。

## 第二条 合同价款

合同总价为人民币叁拾玖万元整（¥390,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 墨研工序追踪系统标准版永久许可 | 268,000 |
| 2 | 定制开发（坑口档案、纹样图库、证书生成、店铺接口、溯源页面） | 96,000 |
| 3 | 安装部署、数据导入及培训 | 26,000 |
| | 合计 | 390,000 |

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥253,500。乙方收到该款项后启动项目。

3.2 本系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥136,500。

3.3 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方要求开具专用发票的，应提前提供开票资料。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后九十日内完成部署及定制开发，并通知甲方上线。

4.2 因甲方未及时提供基础资料、场地或人员配合导致延期的，交付期限相应顺延。

4.3 甲方应在项目启动后十个工作日内提供石料批次台账、工匠名册、工序定义及历史订单等基础资料，并指定一名项目联系人负责需求确认。甲方对需求的确认以书面或电子邮件方式作出，确认后的变更视为新增需求。

4.4 乙方提供的培训为一次性集中培训，时长不超过两日，培训地点在甲方工作室，参训人员由甲方自行组织。甲方需追加培训的，按乙方人天单价另行计费。

## 第五条 验收

5.1 本系统部署完成并上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后对系统功能提出的意见，乙方将在后续版本中酌情优化，但不影响验收结论。

5.3 甲方如需乙方出具验收确认单，乙方可在上线后提供，甲方应在收到后三日内签字确认；逾期未签字的，不影响本条第一款的约定。

## 第六条 质保与维护

6.1 本系统免费维护期为六个月，自上线之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复。

6.2 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的26%，即每年¥69,680，按年预付。

6.3 甲方未购买年度维护服务的，乙方不再提供任何升级、修复及技术支持。

6.4 免费维护期及年度维护服务均不包括：因甲方服务器、网络或操作系统故障引起的问题；甲方擅自修改系统配置或数据库造成的问题；新增功能及报表开发；现场服务。上述服务如需乙方提供，按乙方人天单价另行收费。

6.5 年度维护服务期间，乙方每年提供两次版本升级，升级内容以乙方发布的版本说明为准。

## 第七条 技术支持

7.1 乙方通过电话、远程方式提供技术支持，服务时间为工作日九时至十七时，法定节假日及周末不提供技术支持。

7.2 一级故障（系统无法登录或扫码报工中断）乙方在接到甲方报修后8小时内响应，并尽力在合理时间内解决；其他故障在两个工作日内响应。

7.3 甲方报修时应详细描述故障现象，并提供截图、日志等必要信息。因甲方未能提供远程连接条件导致无法处理的，处理时限相应顺延。

7.4 乙方需到甲方现场处理的，甲方应承担乙方人员的差旅费用。

## 第八条 知识产权

8.1 本系统及乙方为甲方定制开发的全部模块、接口、图库模板、证书模板及相关源代码、文档的知识产权均归乙方所有。

8.2 甲方仅享有在本合同约定范围内使用上述成果的非独占、不可转让的权利，不得自行或委托他人修改、反编译或向第三方提供。乙方有权将定制成果用于其他客户。

8.3 乙方不向甲方交付定制开发部分的源代码。甲方需要二次开发的，应委托乙方进行，费用另行商定。

8.4 甲方提供的砚台纹样照片、名家作品图片及工作室标识的著作权和商标权仍归甲方所有，乙方仅为实现本系统功能使用。

## 第九条 数据

9.1 甲方在本系统中录入的工序、工匠、石料及订单数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 甲方应自行做好服务器及数据库的日常备份，乙方协助甲方制定备份策略。

9.3 乙方采取账号权限控制、数据每日备份及传输加密等安全措施；因乙方原因导致数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应的赔偿责任。

## 第十条 保密

双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面许可不得披露，本条在合同终止后两年内继续有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 甲方违反本合同第八条约定的，应向乙方支付合同总价的两倍作为违约金。

11.3 因甲方原因导致项目暂停超过三十日的，乙方有权按已完成工作量结算费用，已收款项不予退还。

## 第十二条 不可抗力

因不可抗力或网络运营商、云服务商等第三方原因导致本合同不能履行或延迟履行的，乙方不承担责任。

## 第十三条 合同解除

任何一方严重违反本合同约定，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。

## 第十四条 通知

双方往来通知以书面形式或电子邮件发送至本合同首页所列地址。甲方变更联系人或联系方式未及时通知乙方的，乙方按原方式发出的通知视为已送达。

## 第十五条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。

16.3 本合同为乙方标准合同文本，双方对上述条款均已充分理解。

甲方（签章）：__________　　乙方（签章）：__________

签订日期：______年____月____日
"""

H950E01 = """
T:Software Licence and Services Agreement
P:Agreement No. BRS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengrun Precision Castings Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Bayou Reliability Systems LLC, a Louisiana limited liability company with its principal office in Shreveport, Louisiana, United States of America (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's maintenance management software for its two foundry plants, together with implementation, integration and training services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Bayou Asset Reliability Suite, version 9, including the work order, preventive maintenance, spare parts, condition monitoring and mobile technician modules listed in Annex 1, and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion programs, configuration workbooks and other materials created by the Vendor specifically for the Customer under Annex 2, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the course of the Customer's operations, including asset registers, maintenance histories, sensor readings and personnel records.
P:1.4 "Final Acceptance" means the Customer's signed certificate under Article 5.3.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 260 named users and 40 concurrent mobile users at the Customer's plants in Changzhou and Yancheng and at any other site of the Customer or its affiliates in mainland China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery purposes without additional charge.
P:2.3 The Vendor shall deliver the following services: installation on the Customer's servers, configuration of the maintenance processes of both plants, migration of legacy maintenance records, interfaces to the Customer's ERP system and its vibration monitoring platform, user training and go-live support, as further described in Annex 2.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,928,000, fixed and inclusive of all taxes, travel and expenses, made up of: (a) licence fee for the Software, CNY 1,360,000; (b) implementation, data migration and interface services, CNY 520,000; and (c) training and go-live support, CNY 48,000.
P:3.2 The Customer shall pay the Contract Price in three instalments: (a) 20% within twenty days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% within twenty days after the Software goes live at both plants, it being agreed that going live is not acceptance; and (c) 35% within twenty days after Final Acceptance.
P:3.3 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai, against valid invoices.
H:Article 4 Delivery and Timetable
P:4.1 The Vendor shall install the Software within thirty days after signature and complete go-live at both plants within one hundred and twenty days after signature.
P:4.2 If the Vendor fails to achieve go-live or Final Acceptance by the dates in the project plan for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. Delay damages do not limit the Customer's right to terminate under Article 12.
H:Article 5 Acceptance
P:5.1 The Vendor shall submit an acceptance test plan for the Customer's approval at least fifteen days before go-live.
P:5.2 Acceptance criteria: (a) every function in the approved requirement specification works as described; (b) legacy work orders, asset records and spare part balances are migrated completely and reconcile with the source systems; (c) the ERP and vibration monitoring interfaces exchange data without error for ten consecutive working days; (d) screens respond within three seconds for 150 simultaneous users; and (e) no Severity 1 or Severity 2 defect occurs during a stability period of forty-five days after go-live.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within ten working days. Installation, go-live, productive use or payment of any instalment shall not be deemed acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for a warranty period of twenty-four months from Final Acceptance. During the warranty period the Vendor shall correct defects and provide updates, new releases and remote support free of charge.
P:6.2 Support levels during the warranty period: a Severity 1 defect (the Software is unavailable at a plant or work orders cannot be issued) shall be responded to within one hour and worked on continuously until resolved; a Severity 2 defect shall be responded to within three hours and resolved within two working days; other defects shall be resolved in the next maintenance release.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or a Severity 2 resolution time, it shall credit the Customer CNY 1,200, deducted from the next payment or from the support fees.
P:6.4 After the warranty period, the Customer may order annual support at 11% of the licence fee in Article 3.1(a), that is CNY 149,600 per year. The fee is fixed for the three years following the warranty period. Each year of support is ordered separately by the Customer; nothing in this Agreement renews automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables, including their source code, shall belong to the Customer upon creation. The Vendor shall deliver the source code and build documentation at Final Acceptance, and the Customer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's remote access gateway with individual accounts approved for each session, shall not transfer Customer Data outside mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to, loss of or damage to Customer Data, shall cooperate in the investigation and remediation, and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including production methods, plant layouts, prices and the terms of this Agreement, and shall use it only for the purposes of this Agreement.
P:9.2 This Article survives termination for three years, and for trade secrets for as long as they remain secret.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price.
P:10.2 The limit in Article 10.1 does not apply to personal injury, wilful misconduct or gross negligence, infringement claims under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice describing the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid for services not accepted, and the Customer may keep the licence upon payment of the licence fee.
P:12.3 Termination does not affect accrued rights or the Articles intended to survive.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Louisiana, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute that the parties cannot settle by negotiation within forty-five days shall be submitted to the state or federal courts located in Caddo Parish, Louisiana, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Licensed Modules) and Annex 2 (Statement of Work), is the entire agreement of the parties on its subject matter.
P:14.2 Amendments are valid only in writing signed by both parties. Notices shall be sent by courier and e-mail to the addresses on the signature page.
P:14.3 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.4 This Agreement is signed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H950E02 = """# Order Form and General Terms

**Magnolia FieldOps Cloud: Subscription Order Form No. MFO-2026-0388**

## Part A: Order Form

### A1. Parties

- **Provider:** Magnolia FieldOps Inc., a Louisiana corporation, 1200 West Thomas Street, Hammond, Louisiana, United States.
- **Customer:** Suzhou Tianheng Elevator Maintenance Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

Magnolia FieldOps Cloud, Enterprise Edition, comprising work order dispatch, technician scheduling, mobile inspection checklists, spare parts tracking, customer portal and analytics dashboards, for up to 420 technician users and 60 office users, hosted in a mainland China data centre region operated by Provider's hosting partner.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Onboarding Acceptance under Section 3 of Part B, and each Subscription Year lasts one year.

### A4. Fees

| Item | Description | Fee (CNY) |
|---|---|---|
| Subscription, Year 1 | Enterprise Edition, 420 technician and 60 office users | 486,000 |
| Subscription, Year 2 | Enterprise Edition, 420 technician and 60 office users | 486,000 |
| Onboarding Services | configuration, data load, ERP interface, training | 68,000 |
| **Total Contract Value** | | **1,040,000** |

Fees are stated in CNY and include value-added tax. Additional users during the Subscription Term are charged pro rata at the unit rate implied by this table.

### A5. Invoicing and Payment

- The Onboarding Services fee is invoiced after Onboarding Acceptance.
- Each Subscription Year fee is invoiced on the first day of that Subscription Year.
- Invoices are payable within thirty days after receipt, by bank transfer to Provider's account in mainland China.

### A6. Special Terms

- Customer's project manager: Ms. Zhou, Head of Service Operations. Provider's project manager: Mr. Ellis, Customer Success.
- Onboarding shall be completed within sixty days after signature of this Order Form.
- The Service Level Terms in Section 4 of Part B apply from the Service Start Date.

## Part B: General Terms

### 1. Definitions

1.1 "Customer Data" means all data, records, images and files submitted to the Service by or for Customer, or generated by the Service from them, including elevator registers, inspection results, technician locations and end-customer contact details.

1.2 "Service" means the subscribed service described in A2, including its mobile applications and documentation.

1.3 "Customer Configurations" means the workflows, checklists, report templates, interface mappings and other configurations created for Customer during onboarding or later at Customer's request.

### 2. Use of the Service

2.1 Provider grants Customer and its affiliates a non-exclusive right to access and use the Service during the Subscription Term for their internal business purposes.

2.2 Customer is responsible for its users' compliance with this Agreement and shall keep log-in credentials secure.

2.3 Provider shall provide the mobile application for Android and iOS devices through the application stores available in mainland China, and shall keep it compatible with the current and the previous major version of each operating system.

2.4 Provider shall provide Customer with online help, release notes for every new version at least ten days before it is deployed, and a sandbox environment for testing configurations and interfaces during the Subscription Term.

### 3. Onboarding and Acceptance

3.1 Provider shall perform the Onboarding Services according to the onboarding plan agreed at the kick-off meeting. The plan shall set out the activities, deliverables, responsibilities of each party and the dates of the acceptance tests. Customer shall make available its elevator register, open work orders, spare parts master data and the technical documentation of its ERP interface within ten working days after the kick-off meeting.

3.2 Onboarding acceptance criteria: (a) the elevator register and open work orders are loaded and reconcile with Customer's source lists; (b) the ERP interface transfers work orders and spare parts consumption without error for five consecutive working days; (c) dispatch, mobile inspection and customer portal processes pass the agreed test scripts; and (d) the mobile application loads a work order in under three seconds on a standard 4G connection.

3.3 When the criteria are met, Customer shall sign an Onboarding Acceptance certificate within five working days. Use of the Service for training or testing is not acceptance.

3.4 If Provider fails to achieve Onboarding Acceptance within the period stated in A6 for reasons attributable to it, Provider shall pay Customer CNY 800 for each day of delay.

### 4. Service Levels

4.1 Provider shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and performed between 00:00 and 05:00 Beijing time.

4.2 Priority 1 incidents (the Service or the mobile application is unavailable for all users) shall be responded to within one hour and restored within six hours. Priority 2 incidents shall be responded to within three hours and resolved within two business days.

4.3 If monthly availability falls below the commitment in 4.1, Customer shall receive a service credit of 5% of the monthly equivalent of the Subscription Year fee for each full percentage point of shortfall, and for each Priority 1 incident not restored within the restoration time a credit of CNY 2,000. Credits are deducted from the next invoice.

### 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including analytics or benchmarking for other customers.

5.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis, keep access logs for at least one year, and maintain its ISO 27001 certification and the MLPS level 3 filing of the hosting environment.

5.3 Provider shall notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, shall take remedial measures and shall be responsible for losses caused by its failure to meet this Section.

5.4 At the end of the Subscription Term Provider shall return Customer Data in a standard format within thirty days and then delete it.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service.

6.2 Customer Configurations belong to Customer. Customer may use, modify and let third parties use them without restriction, also after the Subscription Term.

### 7. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the end of the Agreement.

### 8. Renewal

8.1 After the Subscription Term, the Agreement renews automatically for successive renewal periods of one year each unless either party gives notice of non-renewal at least sixty days before the end of the current term.

8.2 Provider may increase the fees for any renewal period by up to 9% over the fees of the preceding period, by notice given at least seventy-five days before the renewal period starts.

### 9. Liability

9.1 Neither party is liable for indirect or consequential losses, including loss of profit.

9.2 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

9.3 Section 9.2 does not apply to personal injury or to wilful misconduct.

### 10. Subcontracting

Provider shall not subcontract the performance of the Service or the Onboarding Services without Customer's prior written consent, other than to the hosting partner named in A2, which Customer approves by signing this Order Form. Provider remains responsible for its subcontractors.

### 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty days after written notice.

11.2 On termination by Customer under 11.1, Provider shall refund the prepaid fees for the remainder of the Subscription Year.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou under its rules in force at the time.

### 13. General

13.1 Notices shall be in writing and sent to the addresses in A1. Operational communications, including incident reports and service credit statements, may be sent by e-mail to the contacts named in A6.

13.2 Neither party is liable for a failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits do not accrue for unavailability caused by such events.

13.3 Neither party may assign this Agreement without the other's written consent, except to an affiliate in a reorganisation.

13.4 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________
"""

H950E03 = """
T:Supply Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. TJLC-EQ-2026-077 (Buyer's standard form)
P:Buyer: Tianjin Lianchuang Cold Chain Logistics Co., Ltd., Dongjiang Free Trade Port Zone, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Gulf Coast Sensing Technologies, Inc., a Mississippi corporation with its principal place of business in Pascagoula, Mississippi, United States of America (the "Supplier").
P:The Buyer operates six refrigerated warehouses and intends to monitor the condition of its refrigeration compressors, evaporator fans and conveyors and the temperature and humidity of its storage rooms. Following the Buyer's request for quotation, the parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission the sensors, gateways and monitoring software listed in the price table in clause 2, configure the software for the six warehouses, integrate it with the Buyer's warehouse management system and building management system, and train the Buyer's engineers.
P:1.2 All equipment shall be new, of the models stated in the Supplier's technical offer, and suitable for continuous operation at temperatures down to minus thirty degrees Celsius.
P:1.3 The monitoring software is licensed to the Buyer on a perpetual basis for unlimited users at the Buyer's sites and is installed on the Buyer's own servers in Tianjin.
P:1.4 Before installation the Supplier shall survey each warehouse with the Buyer's engineers and submit an installation plan showing the position of every sensor and gateway, the cable routes for the gateways, the radio coverage test results and the work schedule. Installation inside refrigerated rooms shall be carried out in the time windows set by the Buyer so that stored goods are not affected.
P:1.5 The Supplier shall provide operation and maintenance manuals, a sensor calibration procedure, wiring diagrams and the software administrator guide in Chinese and English, in paper and electronic form.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,760,000, fixed, including delivery to the Buyer's sites, customs clearance, duties, taxes, installation materials and the Supplier's travel. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration sensor, triaxial|320|1,850|592,000
TB:2|Temperature and humidity sensor, low-temperature type|480|620|297,600
TB:3|Industrial gateway with 4G and Ethernet backhaul|24|8,400|201,600
TB:4|Monitoring software, perpetual site licence|1|386,000|386,000
TB:|Hardware and licence subtotal|||1,477,200
TB:5|Installation and commissioning|1 lot|168,000|168,000
TB:6|Configuration and interfaces to WMS and BMS|1 lot|94,800|94,800
TB:7|Training of Buyer's engineers|1 lot|20,000|20,000
TB:|Contract Price|||1,760,000
P:2.2 Quantities may be adjusted by written variation at the unit prices in the table. No other charge is payable by the Buyer for the scope described in clause 1.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within fifteen working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price within twenty working days after all equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty working days after Final Acceptance under clause 5.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within sixty days after signature and complete installation and commissioning within forty-five days after delivery.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the maximum is reached, the Buyer may terminate the Contract under clause 12.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of thirty consecutive days.
P:5.2 Final Acceptance requires that: (a) every sensor reports to the software at the configured interval, with no sensor missing more than two consecutive readings during the trial period; (b) temperature readings deviate by no more than 0.3 degrees Celsius from a calibrated reference at the test points chosen by the Buyer; (c) vibration alarms are raised within sixty seconds in the fault simulation tests; (d) the WMS and BMS interfaces transfer data without error; and (e) no Severity 1 fault occurs during the trial period.
P:5.3 When the requirements are met, the Buyer shall sign a Final Acceptance certificate. Delivery, installation or use of the system by the Buyer shall not be deemed acceptance.
P:5.4 If the system fails any test, the Supplier shall correct the cause at its own cost and the trial period shall restart for the affected warehouse. If the system still fails after two restarts, the Buyer may reject the affected equipment and require a refund of the amounts paid for it.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and the software for thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including batteries of wireless sensors, and provide software patches and new versions.
P:6.2 The Supplier shall maintain a stock of spare sensors and gateways in Tianjin sufficient to replace failed units within two working days. Replaced units become the property of the Supplier once any data stored in them has been erased in the presence of the Buyer's engineer.
P:6.3 After the warranty period, the Supplier shall offer annual support at 8% of the hardware and licence subtotal in clause 2.1, that is CNY 118,176 per year, fixed for at least two years. Support is ordered by the Buyer year by year and does not renew automatically.
H:7. Service Levels
TB:Severity|Definition|Response time|Restoration time
TB:Severity 1|Monitoring of a whole warehouse lost, or alarms not raised|30 minutes|8 hours
TB:Severity 2|A gateway or more than ten sensors not reporting|2 hours|2 working days
TB:Severity 3|Single sensor fault or minor software issue|1 working day|5 working days
P:7.1 For each hour by which the Supplier exceeds a response or restoration time, it shall pay the Buyer CNY 1,000 for Severity 1 and CNY 300 for Severity 2, deducted from any amount due to the Supplier.
H:8. Intellectual Property
P:8.1 The monitoring software remains the property of the Supplier, which grants the Buyer the licence in clause 1.3.
P:8.2 Dashboards, alarm rules, interface programs and configuration files developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them with their source files at Final Acceptance.
H:9. Data Protection and Security
P:9.1 All data collected by the sensors and the software, including readings, alarms and warehouse layouts, belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not use it for product development, benchmarking or any other purpose.
P:9.2 The Supplier shall not connect the gateways or the software to any system outside the Buyer's network. Remote support requires the Buyer's approval for each session through the Buyer's VPN, and all sessions are logged.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data or systems within two hours, take immediate remedial action, and be liable for the losses caused by its breach of this clause.
H:10. Confidentiality
P:The Supplier shall keep confidential all information received from the Buyer, including warehouse layouts, customer names and network settings, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of the Contract.
H:11. Liability
P:The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of clauses 9 and 10.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after written notice, or in the case described in clause 4.2.
P:12.2 On termination under clause 12.1, the Supplier shall refund the amounts paid for equipment and services not accepted, and the Buyer may claim its losses.
H:13. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains responsible for its subcontractors.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese, two originals each. Both texts are equally authentic.
P:15.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to limit the delay. The time for performance is extended by the period of the force majeure event.
P:15.3 The Supplier shall comply with the Buyer's site safety rules, food safety hygiene rules for cold storage areas and permit-to-work procedures.
P:15.4 Annexes: Annex 1 Technical Offer; Annex 2 Site List; Annex 3 Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H950E04 = """# Managed IT Services Agreement

**Agreement No. CDK-MSA-2026-09**

This Managed IT Services Agreement (the "Agreement") is entered into between:

- **Chengdu Kangyuan Pharmaceutical Distribution Co., Ltd.**, Tianfu New Area, Chengdu, Sichuan Province, People's Republic of China (the "Customer"); and
- **Magnolia State Managed Services, LLC**, a Mississippi limited liability company with its principal office in Starkville, Mississippi, United States of America, acting through its branch office in Chengdu (the "Provider").

## 1. Definitions and Interpretation

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the performance standards in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Transition" means the transfer of the Services from the Customer's current arrangements to the Provider, as described in Section 3.

1.5 "Customer Data" means all data of the Customer, its affiliates, suppliers and customers that the Provider receives or can access in performing the Services.

1.6 The Schedules form part of this Agreement. If a Schedule conflicts with a Section, the Section prevails.

## 2. Term

2.1 This Agreement starts on the date of signature and continues for a Service Term of thirty-six months from the Service Commencement Date stated in the Transition Acceptance certificate.

2.2 The Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 The Provider shall complete the Transition within eight weeks after signature, following the transition plan agreed at the kick-off meeting.

3.2 Transition acceptance criteria: (a) all 1,150 end-user devices and 86 servers are recorded in the configuration database with owner, location and software inventory; (b) the service desk has handled calls in parallel with the Customer's current team for ten working days with no open Priority 1 incident; (c) monitoring covers every server and network device listed in Schedule 1; (d) runbooks for the twenty most frequent requests are approved by the Customer; and (e) key Customer staff have been trained on the service desk portal.

3.3 When the criteria are met, the Customer shall sign a Transition Acceptance certificate. The Service Commencement Date is the date of that certificate. Provision of any Service before that date does not constitute acceptance.

## 4. Provision of the Services

4.1 The Provider shall provide the Services in accordance with Schedule 1 and meet or exceed the Service Levels in Schedule 2.

4.2 The Provider shall assign a named service delivery manager located in Chengdu, who shall attend monthly service reviews with the Customer and deliver a monthly report on Service Levels, incidents, changes and recommendations.

4.3 The Provider shall follow the Customer's change management procedure and shall not make any change to production systems without an approved change record.

4.4 The Customer shall provide the Provider with reasonable access to its premises and systems, a workspace for on-site staff and timely decisions on matters reserved to it.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges set out in Schedule 3.

5.2 The Transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date.

5.3 Service Credits for a month are deducted from the invoice for the following month.

5.4 Invoices are payable within thirty days after receipt of a valid VAT invoice.

## 6. Personnel

6.1 The Provider shall staff the Services with qualified personnel, including at least three on-site engineers at the Customer's head office during business hours.

6.2 The Customer may require the replacement of any member of the Provider's staff on reasonable grounds.

6.3 The Provider shall keep the key personnel named in its proposal, including the service delivery manager and the service desk team leader, assigned to the Services for at least the first year of the Service Term, unless the Customer agrees otherwise. Replacements shall have equivalent qualifications and shall be introduced with a handover period of at least two weeks.

6.4 The Provider's staff working at the Customer's premises shall follow the Customer's site rules, including the rules for good distribution practice areas and controlled drug storage.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Service Term the Provider shall hand over all Customer Data, documentation and credentials in its possession.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration records, reports and other materials created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely.

8.2 The Provider's pre-existing tools remain the Provider's. To the extent they are needed to use the materials in 8.1, the Provider grants the Customer a perpetual, royalty-free licence.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall not disclose it to a third party without prior written consent, except to its professional advisers or as required by law.

9.2 This Section survives the end of the Agreement for three years.

## 10. Liability

10.1 Neither party is liable for loss of profit or indirect loss.

10.2 The Provider's total liability under this Agreement shall not exceed 150% of the total Charges payable over the Service Term.

10.3 Section 10.2 does not apply to personal injury, fraud or wilful misconduct.

## 11. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for any approved subcontractor as for itself.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after written notice, or if the Service Levels for Priority 1 incidents are missed in any three months within a rolling period of one year.

12.2 The Provider may terminate this Agreement if undisputed Charges remain unpaid sixty days after a written reminder.

12.3 On expiry or termination the Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, so that the Services can be transferred to the Customer or a new provider without interruption.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 14. General

14.1 Notices shall be in writing and delivered by courier or e-mail to the addresses on the signature page.

14.2 This Agreement may be amended only by a written document signed by both parties.

14.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.

**For the Customer:** ____________________ **For the Provider:** ____________________

## Schedule 1: Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese- and English-speaking service desk by phone, portal and chat for 1,150 users | 07:00–22:00, seven days |
| End-user support | desktop and laptop support, imaging, moves and changes, on site at head office and remote for 14 branch warehouses | business days |
| Server and storage management | monitoring, patching, backup checks and capacity reports for 86 servers | 24 × 7 monitoring |
| Network management | monitoring and configuration of switches, firewalls and wireless controllers at 15 sites | 24 × 7 monitoring |
| Asset and licence management | configuration database, software licence compliance reports each quarter | business days |

## Schedule 2: Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service Credit per miss |
|---|---|---|---|---|
| Priority 1 | warehouse management system, e-mail or a site network down for all users of a site | 15 minutes | 3 hours | CNY 3,000 |
| Priority 2 | a function or a group of users significantly affected | 30 minutes | 8 hours | CNY 800 |
| Priority 3 | single user or minor issue | 2 hours | 2 business days | CNY 100 |
| Service desk | calls answered within 30 seconds | at least nine calls in ten each month | | CNY 2,000 per month missed |

Service Credits for a month shall not exceed 12.5% of the monthly service charge. Service Credits are without prejudice to the Customer's other rights.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition Acceptance | 112,000 |
| Monthly service charge | 58,000 per month × 36 months | 2,088,000 |
| **Total Charges over the Service Term** | | **2,200,000** |
| Additional work and exit assistance | per engineer day | 2,400 |

The monthly service charge is fixed for the Service Term. Additional work requires the Customer's written order.
"""

H950E05 = """DATA SUBSCRIPTION AGREEMENT
MARINE WEATHER AND VESSEL POSITION DATA API

Agreement No. PMD-QD-2026-021

PARTIES

Pontchartrain Marine Data LLC, a Louisiana limited liability company with its principal office in Slidell, Louisiana, United States of America ("Provider").

Qingdao Haixing Shipping Agency Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Customer acts as ship agent and voyage planner for vessels calling at ports in northern China and needs forecast weather, sea state and vessel position data for its voyage planning and port call systems. Provider operates a data platform that delivers such data through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's marine data application programming interface, version 4, and its documentation.

1.2 "Data" means the forecast weather, wave, current and tide data, historical records and vessel position reports delivered through the API.

1.3 "Customer Data" means vessel lists, port call schedules, routes, query parameters and any other information that Customer or its users submit to the API, and the logs of Customer's queries.

1.4 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Go-Live Date.

1.5 "Go-Live Date" means the date on which Customer signs the Integration Acceptance certificate under Section 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the two Subscription Years to access the API, to use the Data in its internal voyage planning, port agency and customer reporting activities, and to display the Data to its principals and vessel masters.

2.2 The subscription includes up to 1,800,000 API calls per Subscription Year, coverage of the North-West Pacific and the Indian Ocean, and position reports for up to 2,500 tracked vessels at any time.

2.3 Customer shall not resell the Data as a data feed or use it to build a competing data service.

2.4 Customer may include extracts of the Data in voyage plans, weather routing advice, port call notices and reports that it gives to its principals, charterers and vessel masters in the ordinary course of its business, provided that the source of the Data is acknowledged.

2.5 Customer may create up to twenty API keys for its own systems and development environments and shall keep them secure. Customer shall inform Provider without delay if it believes that a key has been compromised, and Provider shall then revoke the key and issue a new one.

3. FEES AND PAYMENT

3.1 The fees are: (a) subscription fee for Subscription Year 1: CNY 396,000; (b) subscription fee for Subscription Year 2: CNY 396,000; and (c) one-time integration and set-up fee: CNY 38,000. The total contract value is CNY 830,000, including value-added tax.

3.2 The integration and set-up fee is invoiced after Integration Acceptance. Each subscription fee is invoiced at the start of the Subscription Year to which it relates and is payable within thirty days after receipt of invoice.

3.3 Calls beyond the annual allowance are charged at CNY 0.18 per call and invoiced quarterly in arrears. Provider shall warn Customer by e-mail when eighty per cent of the allowance has been used.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall deliver API credentials, a dedicated data endpoint in the Shanghai region, and the customised data mapping for Customer's voyage planning system within twenty-five days after signature.

4.2 Integration acceptance criteria: (a) all data products in Annex A are delivered in the agreed formats; (b) forecast data for the ten test routes chosen by Customer is received within ninety seconds of each model run being published; (c) vessel position reports for the test fleet are complete for seven consecutive days; and (d) Customer's voyage planning system imports the Data through the customised mapping without error.

4.3 When the criteria are met, Customer shall sign an Integration Acceptance certificate within five working days. Use of test credentials before then is not acceptance.

4.4 If Provider fails to deliver the items in 4.1 on time for reasons attributable to it, Provider shall pay Customer CNY 600 for each day of delay.

4.5 Customer shall provide Provider with the technical description of its voyage planning system, a list of the test routes and the test fleet, and access to a test environment within ten days after signature, and shall name a technical contact who is authorised to approve the data mapping. Any delay by Customer in these tasks extends the dates in 4.1 accordingly.

4.6 Provider warrants that the Data is compiled with reasonable skill and care from sources that it believes to be reliable. Customer acknowledges that forecasts are by nature uncertain and that decisions on the navigation of vessels remain the responsibility of the master.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to make the API available on a continuous basis, subject to planned maintenance and events beyond its reasonable control.

5.2 Customer may report problems by e-mail or through Provider's support portal. Provider will respond to reported problems as soon as reasonably practicable and will keep Customer informed of progress on problems that affect the delivery of Data.

5.3 Provider may change the API from time to time, provided that it gives Customer at least ninety days' notice of any change that removes a data product or requires changes to Customer's systems.

5.4 Provider will publish planned maintenance on its status page and will try to schedule it outside the busiest hours of Customer's operations in China.

5.5 Provider will provide Customer with documentation for each data product, sample code, a test endpoint with sample data, and access to its online knowledge base. Technical questions about the use of the API may be raised with Provider's support team, which is available by e-mail during business hours in the United States Central time zone.

6. INTELLECTUAL PROPERTY

6.1 Provider and its licensors own the API and the Data.

6.2 The customised data mapping, transformation scripts and reports created by Provider specifically for Customer belong to Customer, which may use, modify and license them freely, during and after the subscription.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the subscription to Customer and shall not use it, in identifiable, aggregated or any other form, for any other purpose.

7.2 Provider shall store Customer Data only in mainland China, protect it with access controls, encryption in transit and at rest and audit logging, and delete it within thirty days after the end of this Agreement.

7.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take prompt remedial measures and shall be liable for the losses caused by its breach of this Section.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's principals, vessel lists and port call schedules and Provider's pricing, and shall not disclose it to third parties without prior written consent.

8.2 The obligations in this Section continue for three years after the end of this Agreement.

9. SUBCONTRACTORS

Provider may engage subcontractors, including data centre operators, data suppliers and support partners, to perform any part of this Agreement without Customer's consent, provided that Provider informs Customer of the subcontractors it uses on request and remains responsible for their performance.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Provider's total liability under this Agreement shall not exceed 150% of the total contract value in Section 3.1.

10.3 Section 10.2 does not apply to breach of Sections 7 and 8, personal injury or wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written order signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.3 If Customer terminates under 11.2, Provider shall refund the subscription fees paid for the remainder of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

13. GENERAL

13.1 Notices shall be in writing, in English or Chinese, and sent to the addresses above. Operational messages, including maintenance notices and problem reports, may be sent by e-mail to the contacts named by each party.

13.2 Neither party is liable for a failure to perform caused by events beyond its reasonable control, including failures of satellite networks or public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

13.3 Each party shall comply with the export control and sanctions laws that apply to it in performing this Agreement.

13.4 Neither party may assign this Agreement without the other party's prior written consent.

13.5 This Agreement, with Annex A (Data Products) and Annex B (Technical Specifications), is the entire agreement of the parties.

For Provider: ____________________        For Customer: ____________________
"""

# ---------------------------------------------------------------- files
TEXT_FILES = {  # key -> (file name, kind)
    "h950z01": ("h950z01_culture_tourism_script_venue_platform.pdf", "pdf"),
    "h950z02": ("h950z02_elbow_guard_plant_control_retrofit.docx", "docx"),
    "h950z03": ("h950z03_beach_volleyball_booking_saas.txt", "txt"),
    "h950z04": ("h950z04_youth_centre_booking_access_om_service.txt", "txt"),
    "h950z05": ("h950z05_inkstone_studio_tracking_supplier_template.md", "md"),
    "h950e01": ("h950e01_foundry_cmms_perpetual_licence_louisiana.pdf", "pdf"),
    "h950e02": ("h950e02_field_service_saas_order_form.md", "md"),
    "h950e03": ("h950e03_cold_chain_sensors_monitoring_licence.docx", "docx"),
    "h950e04": ("h950e04_managed_it_services_36_months.md", "md"),
    "h950e05": ("h950e05_marine_data_api_subscription.txt", "txt"),
}
SOURCES = {k: globals()[k.upper()] for k in TEXT_FILES}

# ---------------------------------------------------------------- design (labels)
T = dict  # shorthand
# Every draft: terms in holdout19 key order; extra; price parts; design rule list.
DESIGN = {
    "h950z01": T(lang="zh", category="software", kind="goods_or_licence", value=1920000,
                 parts=[980000, 760000, 148000, 32000], base=980000,
                 terms=T(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                         data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                         ld_rate_per_day_pct=0.08, liability_cap_pct=None, prepayment_pct=20,
                         acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
                         post_warranty_fee_pct=9, auto_renewal_price_increase=False, termination_for_breach=True,
                         subcontract_without_consent=True, governing_law="PRC"),
                 sla_clause=True, ld_stated=True, capped=True, deemed=False, forum_outside=False,
                 rules=["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h950z02": T(lang="zh", category="hardware", kind="goods_or_licence", value=1610000,
                 parts=[1268000, 184000, 136000, 22000], base=1268000,
                 terms=T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                         data_security_clause=True, buyer_owns_data=True, confidentiality=False,
                         ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=10,
                         acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
                         post_warranty_fee_pct=7, auto_renewal_price_increase=False, termination_for_breach=False,
                         subcontract_without_consent=False, governing_law="PRC"),
                 sla_clause=True, ld_stated=True, capped=True, deemed=False, forum_outside=False,
                 rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h950z03": T(lang="zh", category="cloud", kind="service", value=1302000,
                 parts=[558000, 558000, 186000], base=None,
                 terms=T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                         data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                         ld_rate_per_day_pct=0.06, liability_cap_pct=None, prepayment_pct=None,
                         acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                         post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
                         subcontract_without_consent=False, governing_law="PRC"),
                 sla_clause=True, ld_stated=True, capped=None, deemed=False, forum_outside=False,
                 rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h950z04": T(lang="zh", category="services", kind="service", value=468000,
                 parts=[117000] * 4, base=None,
                 terms=T(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
                         data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                         ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
                         acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                         subcontract_without_consent=False, governing_law="PRC"),
                 sla_clause=True, ld_stated=True, capped=None, deemed=False, forum_outside=False,
                 rules=[]),
    "h950z05": T(lang="zh", category="software", kind="goods_or_licence", value=390000,
                 parts=[268000, 96000, 26000], base=268000,
                 terms=T(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                         data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                         ld_rate_per_day_pct=0.02, liability_cap_pct=None, prepayment_pct=65,
                         acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                         post_warranty_fee_pct=26, auto_renewal_price_increase=False, termination_for_breach=True,
                         subcontract_without_consent=None, governing_law=None),
                 sla_clause=True, ld_stated=True, capped=True, deemed=True, forum_outside=False,
                 rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                        "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h950e01": T(lang="en", category="software", kind="goods_or_licence", value=1928000,
                 parts=[1360000, 520000, 48000], base=1360000,
                 terms=T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                         data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                         ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                         acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
                         post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
                         subcontract_without_consent=False, governing_law="Louisiana"),
                 sla_clause=True, ld_stated=True, capped=True, deemed=False, forum_outside=True,
                 rules=["CR-GOVERNING-LAW"]),
    "h950e02": T(lang="en", category="cloud", kind="service", value=1040000,
                 parts=[486000, 486000, 68000], base=None,
                 terms=T(availability_pct=99.5, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                         data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                         ld_rate_per_day_pct=800 / 1040000 * 100, liability_cap_pct=6 / 24 * 100,
                         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                         warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
                         termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
                 sla_clause=True, ld_stated=True, capped=None, deemed=False, forum_outside=False,
                 rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h950e03": T(lang="en", category="hardware", kind="goods_or_licence", value=1760000,
                 parts=[592000, 297600, 201600, 386000, 168000, 94800, 20000], base=1477200,
                 terms=T(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                         data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                         ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                         acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
                         post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
                         subcontract_without_consent=False, governing_law="PRC"),
                 sla_clause=True, ld_stated=True, capped=True, deemed=False, forum_outside=False,
                 rules=[]),
    "h950e04": T(lang="en", category="services", kind="service", value=2200000,
                 parts=[112000, 58000 * 36], base=None,
                 terms=T(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
                         data_security_clause=False, buyer_owns_data=True, confidentiality=True,
                         ld_rate_per_day_pct=None, liability_cap_pct=150, prepayment_pct=None,
                         acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                         subcontract_without_consent=False, governing_law="PRC"),
                 sla_clause=True, ld_stated=False, capped=None, deemed=False, forum_outside=False,
                 rules=["CR-DATA-SECURITY", "CR-LD-MISSING"]),
    "h950e05": T(lang="en", category="cloud", kind="service", value=830000,
                 parts=[396000, 396000, 38000], base=None,
                 terms=T(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
                         data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                         ld_rate_per_day_pct=600 / 830000 * 100, liability_cap_pct=150, prepayment_pct=None,
                         acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                         subcontract_without_consent=True, governing_law="PRC"),
                 sla_clause=False, ld_stated=True, capped=None, deemed=False, forum_outside=False,
                 rules=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 defaults, used only to derive rules and to keep every value off them
AVAIL, P1H, LDMIN, CAPMIN, PREMAX, WARMIN, PWFMAX, TCOMAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco(d):
    t = d["terms"]
    if d["kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d["base"] * years
    return fees / (d["value"] + fees) * 100


def derive(d):
    t, r = d["terms"], set()
    if not d["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1H:
        r.add("CR-SLA-RESPONSE")
    if d["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LDMIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAPMIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREMAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if d["kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < WARMIN:
            r.add("CR-WARRANTY")
        if not d["capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > PWFMAX:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco(d)
        if s is not None and s > TCOMAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key, d):
    name = TEXT_FILES[key][0]
    terms = dict(d["terms"])
    terms["contract_kind"] = d["kind"]
    extra = {"sla_clause": d["sla_clause"], "ld_stated": d["ld_stated"]}
    if d["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": name, "language": d["lang"], "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


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


# ---------------------------------------------------------------- threshold figures
_PCT = r"\s*(?:%|％|per\s*cent|percent)"
_CN = "〇零一二三四五六七八九十百千万"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![\w-])four\s*-?\s*hours?",
    r"(?<![%s])四\s*(?:个)?\s*小时" % _CN,
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100" + _PCT, r"百分之百", r"百分之一百", r"(?<![\w-])one\s*hundred" + _PCT,
    r"(?<![\d.])30" + _PCT, r"百分之三十(?![%s])" % _CN, r"(?<![\w-])thirty" + _PCT,
    r"(?<![\d.])15" + _PCT, r"百分之十五(?![%s])" % _CN, r"(?<![\w-])fifteen" + _PCT,
    r"(?<![\d.])40" + _PCT, r"百分之四十(?![%s])" % _CN, r"(?<![\w-])forty" + _PCT,
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|個月)", r"(?<![\w-])twelve\s*-?\s*months?",
    r"(?<![%s])十二\s*个月" % _CN,
    r"(?<![\d.])5\s*-?\s*(?:years?|年)", r"(?<![\w-])five\s*-?\s*years?", r"(?<![%s])五\s*年" % _CN,
]
THR = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["30%", "30 %", "百分之三十", "4小时", "4 hours", "four hours", "4-hour", "四小时", "99.9%", "99.9 %",
            "12 months", "12个月", "十二个月", "twelve-month", "0.05%", "万分之五", "100%", "100 per cent", "15%",
            "百分之十五", "40%", "forty per cent", "5 years", "five years", "五年", "5年"]
MUST_MISS = ["99.95%", "99.99%", "130%", "300%", "24小时", "24 hours", "twenty-four hours", "二十四小时", "0.055%",
             "1.5%", "115%", "0.15%", "24 months", "二十四个月", "2025年", "二〇二五年", "14 hours", "340%",
             "万分之五十", "25 years", "0.3 degrees", "12.5%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THR:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def check_thresholds_selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def check_values(key, d):
    t = d["terms"]
    bad = {"availability_pct": AVAIL, "p1_response_hours": P1H, "ld_rate_per_day_pct": LDMIN,
           "liability_cap_pct": CAPMIN, "prepayment_pct": PREMAX, "warranty_months": WARMIN,
           "post_warranty_fee_pct": PWFMAX}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    s = tco(d)
    assert s is None or abs(s - TCOMAX) > 2, (key, "tco share", s)
    assert abs(sum(d["parts"]) - d["value"]) < 1e-6, (key, "price sum", sum(d["parts"]))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    check_thresholds_selftest()
    binary = {k: v for k, v in TEXT_FILES.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, binary, OUT, wrap_words=True)
    for key, (name, kind) in TEXT_FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for key, d in DESIGN.items():
        name = TEXT_FILES[key][0]
        check_values(key, d)
        got = derive(d)
        if got != sorted(d["rules"]):
            problems.append((key, "derived", got, "design", sorted(d["rules"])))
        covered |= set(got)
        text = read_back(OUT / name)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        hits = threshold_hits(text)
        if hits:
            problems.append((key, "threshold figures", sorted(set(hits))))
        s = tco(d)
        print(f"{key}: length {n}, rules {got or '(none)'}, risk {risk(got)}"
              + (f", TCO share {s:.1f}%" if s is not None else ""))
        lab = json.dumps(label(key, d), ensure_ascii=False, indent=1)
        (OUT / (Path(name).stem + ".json")).write_text(lab, encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
