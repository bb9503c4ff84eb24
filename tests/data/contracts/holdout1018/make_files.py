"""holdout1018: builds the ten drafts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), writes the .json
labels, and asserts lengths, sums, threshold avoidance and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1018Z01 = """T:退役士兵安置服务平台软件许可及定制开发合同
P:合同编号：TYJ-CG-2027-016
P:采购项目：退役士兵安置服务平台建设项目（政府采购公开招标）
P:甲方（采购人）：某市退役军人事务局
P:乙方（供应商）：某数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就退役士兵安置服务平台的软件许可、定制开发、数据迁移及实施服务，经协商一致，订立本合同，共同遵守。本合同采用甲方的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供退役士兵安置服务平台软件（含安置计划管理、岗位匹配、档案流转、待遇审核、统计分析五个子系统）的永久使用许可，授权范围为甲方及其下属区县退役军人事务部门，不限用户数。
P:1.2 乙方按甲方确认的需求规格说明书完成定制开发，包括安置岗位智能匹配规则、与人社、公安户籍及财政支付系统的数据接口、移动端自助申报功能及领导驾驶舱。
P:1.3 乙方负责将现有安置业务系统中的历史数据迁移至新平台，并完成部署、联调、培训及上线支持。
P:1.4 乙方应为甲方及各区县业务人员、系统管理员分别组织集中培训不少于两期，并提供操作手册和培训视频。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾肆万元整（¥2,240,000.00），为固定总价，包括：平台软件许可费¥1,180,000，定制开发费¥760,000，数据迁移及接口费¥214,000，部署实施及培训费¥86,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、税费及质保期内的服务费用，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 每期付款前乙方应开具合法有效的等额发票，发票信息与合同约定不一致的，甲方有权要求重新开具。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同生效后一百二十日内完成部署并申请初步验收，初步验收后试运行九十日，试运行期满后十五日内申请最终验收。
P:4.2 乙方应按甲方认可的项目实施计划推进，每两周提交一次项目进度报告。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具备同类项目经验，未经甲方同意不得更换。甲方负责提供部署所需的机房环境、网络条件及业务需求确认。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；各数据接口连续七日运行无差错；历史数据迁移后经逐条核对，记录数、关键字段与原系统一致；在三百个并发用户下，常用查询响应时间不超过三秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告无高风险问题；乙方已提交源代码、数据字典、接口文档、运维手册及培训记录。
P:5.3 验收由甲方组织，必要时邀请专家参加，形成书面验收报告并由双方签字确认。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 一级故障（平台整体不可用或安置审核业务中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，二十四小时内解决；一般问题在三个工作日内解决。
P:6.3 乙方未达到前款响应或恢复时限的，每超过一小时向甲方支付违约金1,000元；月度可用率每低于约定值0.01个百分点，扣减当季服务评价并支付违约金2,000元，甲方可从应付款项中直接扣除。
H:第七条 质保及后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需继续由乙方提供维护服务，双方另行签订维护合同，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），且质保期满后三年内不得上调。维护合同按年签订，不自动续期。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的程序、接口、配置规则及相关文档（含源代码）的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发，无须另行付费。
P:8.3 乙方保证其交付的软件不侵犯第三方合法权益，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的退役士兵个人信息、安置档案及业务数据均属于甲方所有，乙方仅可为履行本合同在甲方授权范围内处理，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维访问须经甲方审批并通过堡垒机进行，全程留痕，数据迁移须在甲方机房内完成。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同的终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按约定期限完成部署或申请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定且逾期未整改的，甲方有权要求乙方继续履行、更换或解除合同，并要求乙方赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方，亦不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同：逾期超过六十日仍未完成部署；验收两次不合格；违反数据安全或保密义务；有其他严重违约行为且经通知后十五日内未纠正。
P:13.2 合同解除后，乙方应退还已收取的与未完成部分相应的款项，并移交已完成的工作成果及全部数据。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 合同履行期间，双方应指定联系人负责日常沟通，重大事项以书面形式确认。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、乙方投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，双方可根据影响程度协商延期或部分免除责任。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：　　年　　月　　日
"""

H1018Z02 = """T:生产线控制系统改造合同
P:合同编号：DTM-JG-2027-0308
P:甲方：某电动拖把制造有限公司
P:乙方：某自动化工程有限公司
P:甲方为提升电动拖把总装线、电机装配线及包装线的自动化水平，委托乙方对上述三条生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责提供并安装可编程控制器、伺服驱动、触摸屏、工控机及工业网络设备，替换原有控制柜及老化元器件。改造后的控制系统应满足甲方技术规格书的要求，并预留后续新增工位的扩展接口。
P:1.2 乙方提供产线控制软件的永久使用许可，并为甲方定制开发工位防错、扭矩数据采集、产品追溯及与甲方现有MES系统对接的程序。
P:1.3 改造施工应利用甲方计划停线时段分线进行，每条生产线停线时间不超过十日，且不得影响其他生产线正常生产。
P:1.4 乙方应指定具有同类产线改造经验的项目经理常驻现场，负责施工组织、进度协调及安全管理，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零陆万元整（¥2,060,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|可编程控制器及扩展模块|3套|620,000
TB:2|伺服驱动及电机|54套|410,000
TB:3|触摸屏（HMI）|18台|186,000
TB:4|工控机及工业交换机|1批|154,000
TB:5|产线控制软件许可（永久）|3套|270,000
TB:|软硬件小计||1,640,000
TB:6|改造施工及调试|1项|236,000
TB:7|定制程序开发|1项|148,000
TB:8|操作及维修培训|1项|36,000
TB:|合同总价||2,060,000
P:2.2 上述价格含税、运输、保险、安装及调试费用。合同履行期间，除甲方书面确认的需求变更外，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款；
P:3.2 设备到货并完成安装调试，甲方签收到货单后，支付合同总价的45%，到货签收不代表质量验收；
P:3.3 三条生产线全部通过最终验收后，支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票，甲方收到发票后三十日内付款。
H:第四条 交货与施工
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于设备到货后六十日内完成三条生产线的改造和调试。
P:4.2 乙方施工人员应遵守甲方厂区安全生产及现场管理制度，因乙方原因造成的人身或财产损失由乙方承担。
P:4.3 甲方负责提供施工所需的电源、压缩空气、临时存放场地，并安排生产、设备部门人员配合停线切换及试生产。
P:4.4 乙方可将控制柜配线、桥架安装等辅助施工工作交由其选定的施工单位完成，但应提前三个工作日书面通知甲方，并对该施工单位的工作质量和安全负责。
H:第五条 培训及资料
P:5.1 乙方应在验收前为甲方设备维修人员及班组长提供不少于五日的现场培训，内容包括控制柜日常点检、常见报警处理、程序备份与恢复及触摸屏参数设置，培训后进行考核。
P:5.2 乙方应交付电气原理图、接线图、程序备份、参数清单、备件清单及操作维护手册的纸质版和电子版各一套，资料应与现场实际一致。
H:第六条 验收
P:6.1 验收标准：各生产线连续生产七日，节拍达到每分钟十二台以上；工位防错功能拦截率经抽检全部有效；扭矩数据采集完整，追溯信息可按产品序列号查询；与MES系统的数据交换连续五日无差错；控制柜符合相关电气安全标准。
P:6.2 乙方完成改造调试后书面申请验收，甲方在十个工作日内组织验收并出具验收报告。设备安装、试生产或甲方签收到货单均不视为验收合格。
P:6.3 验收不合格的，乙方应在十日内整改并重新申请验收，整改期间造成的停线损失由乙方承担。
H:第七条 质保及维保服务
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备及软件，承担备件、人工及差旅费用。
P:7.2 一级故障（导致生产线停线）乙方应在1小时内响应，6小时内到达现场；二级故障2小时内响应，次日内到达现场。
P:7.3 乙方未按时响应或到场的，每超过一小时向甲方支付800元违约金，甲方可从应付款项中扣除。
P:7.4 乙方应在甲方厂区常备易损备件，保证故障件更换时效；备件清单由双方在验收时共同确认。
P:7.5 质保期满后，乙方继续提供维保服务，包括定期巡检、备件更换、程序维护及驻场技术支持。年度维保费为软硬件小计的32%，即每年¥524,800，质保期满后三年内保持不变，按年度结算。
P:7.6 维保服务内容包括：每季度一次全线巡检并提交巡检报告，控制程序及参数备份，易损件更换，软件缺陷修复及版本更新，节假日及旺季生产期间安排技术人员驻场值守。
H:第八条 知识产权
P:8.1 产线控制软件的原有知识产权归乙方所有，乙方授予甲方永久使用许可。
P:8.2 乙方为本项目定制开发的防错、追溯及MES对接程序及其源代码归甲方所有，甲方可自行修改和使用。
H:第九条 数据安全
P:9.1 生产线运行数据、工艺参数及产品追溯数据属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:9.2 乙方远程维护须经甲方书面审批，通过甲方指定的安全通道进行并留存操作记录；乙方应采取必要的防病毒及访问控制措施。
P:9.3 因乙方原因导致甲方数据泄露、丢失或生产系统被非法控制的，乙方应在2小时内通知甲方并承担相应赔偿责任。
P:9.4 合同终止或维保服务结束时，乙方应删除其因维护需要而临时持有的甲方数据及程序备份，并向甲方出具书面确认。
H:第十条 保密
P:10.1 乙方对在本合同履行中获悉的甲方产品设计、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方提供的设备或软件不符合约定的，甲方有权要求更换、修复，并要求乙方赔偿由此造成的损失。
P:11.3 因乙方施工不当造成甲方设备损坏或停产的，乙方应负责修复并赔偿甲方的直接损失。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 乙方逾期超过三十日的，甲方有权解除合同。
P:12.3 合同解除后，乙方应配合甲方恢复生产线正常运行，移交已完成的程序、图纸及资料，并退还与未完成部分相应的款项。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括设备清单、技术方案、施工组织计划及验收大纲，与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。
P:14.2 因不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。
P:14.3 乙方应保证其提供的设备为全新、原厂正品，并随货提供合格证及原厂质保证明。
P:14.4 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

H1018Z03 = """门店预约及会员管理系统服务合同

合同编号：JZ-IT-2027-021
甲方：某剪纸文化培训连锁有限公司
乙方：某云科技有限公司

鉴于甲方在全国经营三十五家剪纸培训门店，需要统一的课程预约、会员管理及营销工具，乙方具备相应的云服务能力，双方经协商一致，就乙方向甲方提供门店预约及会员管理系统（以下简称"系统"）的订阅服务及实施服务订立本合同。

一、服务内容
（一）订阅服务：乙方通过其云平台向甲方三十五家门店提供系统的使用权，包括课程排期与在线预约、会员档案与储值卡、课时消耗、微信小程序、短信及公众号消息提醒、营销活动及经营报表功能。
（二）实施服务：乙方负责系统初始化配置、门店及课程数据导入、小程序品牌页面配置、收银设备对接、总部及门店人员培训，并提供上线支持。
（三）服务期限：本合同服务期为两个服务年度，第一个服务年度自系统通过上线验收之日起计算，第二个服务年度自第一个服务年度届满次日起计算。
（四）本合同不包括门店收银设备、打印机及网络线路的采购，上述设备由甲方自行配备，乙方应提供兼容设备清单并协助调试。

二、合同价款及支付
（一）合同价款：
1. 订阅服务费：每家门店每服务年度人民币6,800元，三十五家门店每服务年度合计人民币238,000元，两个服务年度合计人民币476,000元；
2. 实施服务费：人民币58,000元（一次性）；
3. 合同总价：人民币534,000元。
（二）支付方式：
1. 实施服务费在系统通过上线验收后十五个工作日内一次性支付；
2. 每个服务年度的订阅服务费，在该服务年度开始后十五个工作日内支付；
3. 乙方应在收款前开具增值税专用发票。
（三）合同期内门店数量增加的，新增门店按每家每服务年度6,800元按月折算计费；门店减少的，自次月起相应减少费用。
（四）除本合同约定的费用外，乙方不得以存储空间、功能模块或门店账号数量为由向甲方另行收取任何费用。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施工作并申请上线验收。
（二）上线验收标准：
1. 合同约定的全部功能可正常使用；
2. 三十五家门店的课程、教师及会员数据导入完整，经甲方抽查核对无误；
3. 小程序预约、支付、核销及消息提醒全流程在不少于五家门店试运行十日无严重问题；
4. 管理员及门店店长培训完成，并通过操作考核。
（三）甲方应在收到验收申请后七个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十日内整改并重新申请验收。系统开通账号或甲方试用均不视为验收通过。
（四）甲方原有会员系统中的会员档案、储值余额及剩余课时数据，由乙方负责清洗、转换并导入新系统，导入前后的储值余额和课时总数应逐店核对一致，差异由乙方查明原因并修正。
（五）乙方逾期完成上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。

四、服务水平
（一）乙方保证系统每月可用率不低于99.5%，计划内维护应安排在每日二十三时至次日六时之间，并提前两日通知甲方。
（二）故障等级与响应：
1. 一级故障（系统整体无法登录或预约、支付功能中断）：1小时内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，当日内恢复；
3. 一般问题：一个工作日内答复，并在双方商定的期限内解决。
（三）服务补偿：月可用率未达到约定标准的，每低于0.1个百分点，乙方按当月对应订阅服务费的5%给予服务抵扣，当月抵扣合计不超过当月订阅费；一级故障未按时恢复的，每超过一小时另抵扣1,000元。
（四）乙方应按月向甲方提供可用率统计数据及故障记录，甲方对统计结果有异议的，双方共同核查，以核查结果为准。

五、数据
（一）甲方会员信息、课程及消费记录等业务数据属于甲方所有。
（二）甲方同意，乙方可将甲方业务数据进行脱敏处理后，用于乙方的行业经营分析、产品优化及对外发布的行业报告，该等使用不需另行取得甲方同意。
（三）乙方应采取加密存储、访问控制、操作日志审计及定期备份等措施保障数据安全，系统部署于中国境内的云数据中心。发生数据泄露等安全事件的，乙方应在8小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，并在交付后删除其系统内的甲方数据。

六、双方的其他权利义务
（一）乙方应为甲方配备专属客户成功经理，负责需求对接、版本更新说明及季度服务回顾；门店日常咨询通过在线客服和服务热线受理，服务时间为每日九时至二十一时。
（二）乙方对系统进行版本升级的，应提前七日通知甲方升级内容，升级不得减少本合同约定的功能，不得导致甲方已有数据丢失。
（三）乙方应每季度向甲方提交服务报告，内容包括可用率统计、故障处理记录、工单情况及改进建议。
（四）甲方应指定总部联系人负责需求确认和验收组织，保证其提供的门店、课程及会员数据真实、合法，并妥善保管管理员账号和密码。
（五）甲方通过系统收集会员个人信息时，应按法律规定向会员告知并取得同意；乙方应在系统中提供隐私政策展示和授权确认功能。

七、知识产权
（一）系统平台及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板及营销活动方案的知识产权归甲方所有，甲方可自由使用和修改。

八、保密
双方对在合作中知悉的对方商业秘密及会员个人信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求其接触甲方数据的员工签署保密承诺，并对员工的保密行为承担责任。本条义务在合同终止后继续有效。

九、续期
本合同服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据届时的标准价格调整订阅服务费，并提前通知甲方。

十、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的应事先取得甲方书面同意。

十一、违约与解除
（一）乙方严重违反本合同约定，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，并要求乙方退还未使用服务期对应的费用。
（二）连续两个月可用率未达到约定标准的，甲方有权解除合同。
（三）合同解除或终止时，乙方应继续提供不少于三十日的过渡服务，保证门店预约及会员查询不中断，并按本合同第五条约定交付数据。
（四）乙方违反本合同数据或保密约定的，甲方有权立即解除合同，并要求乙方赔偿由此造成的全部损失，包括甲方向会员承担的赔偿及主管部门的处罚。
（五）甲方逾期付款超过三十日的，乙方有权暂停服务，但应提前五日书面通知甲方。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、其他
（一）因不可抗力或基础电信运营商大面积网络故障导致服务中断的，受影响方应及时通知对方，双方协商处理，相应期间不计入可用率考核。
（二）双方的通知以书面或双方确认的电子邮件方式送达。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

H1018Z04 = """共享单车停放监管系统运维服务合同

项目名称：共享单车停放监管系统年度运维服务（竞争性磋商）
合同编号：CGJ-YW-2027-007
甲方：某市城市管理局
乙方：某智慧城市运营服务有限公司

依据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就共享单车停放监管系统年度运维服务事宜，经协商一致，签订本合同。

1. 服务内容与服务期
1.1 运维对象：共享单车停放监管系统，包括监管平台软件、电子围栏管理模块、企业数据对接接口、路面巡查移动端、部署于各街道的410个停放点视频监测终端以及平台服务器、存储和网络设备。
1.2 服务内容：系统日常监控与巡检、故障处理、数据对接保障、电子围栏数据维护、监测终端现场维修、软件缺陷修复与小规模功能优化、安全加固、数据备份及运维报告。
1.3 服务期自2027年1月1日起至2027年12月31日止。服务期届满，本合同终止；甲方如需继续采购运维服务，按政府采购程序另行确定供应商。
1.4 乙方应于合同签订后十日内完成与原运维单位的交接，包括账号权限、设备台账、运维文档及遗留问题清单，并自服务期开始之日起正式承担运维责任。
1.5 乙方应在交接完成后十日内完成系统现状评估，提交运维方案，内容包括组织架构、巡检计划、应急预案及备件储备方案，经甲方确认后执行。

2. 合同金额与支付
2.1 本合同总金额为人民币肆拾陆万捌仟元整（¥468,000），包括人工费、备品备件费、差旅费、工具仪器费及税费。其中，平台及接口运维¥216,000，监测终端现场维护¥184,000，安全加固及数据备份¥68,000。
2.2 运维费按季度支付。每季度结束后，甲方根据季度考核结果，在收到乙方发票后十五个工作日内支付当季运维费，即¥117,000减去当季考核扣款。
2.3 本合同金额为固定金额，服务期内不因人工、备件价格变化而调整。监测终端维修所需备件由乙方负责提供，费用已包含在合同金额中。

3. 人员与驻场
3.1 乙方应配备项目经理一名、平台运维工程师两名、现场维护人员四名，其中平台运维工程师一名在工作日驻场甲方指挥中心。
3.2 乙方人员应具备相应的专业能力，名单报甲方备案；更换人员应提前五日书面告知甲方并做好工作交接。乙方项目经理应每月参加甲方组织的运维工作例会，汇报运维情况并落实甲方提出的工作要求。
3.3 乙方人员进入甲方机房及指挥中心，应遵守甲方的安全管理制度。
3.4 乙方应自备运维所需的车辆、登高作业工具、检测仪器及备品备件，并建立备件库，主要部件的库存应能满足一周内的维修需要。

4. 服务标准
4.1 监管平台月度可用率不低于99.95%；各共享单车企业数据对接接口应保持稳定，数据中断应及时告知甲方和相关企业。
4.2 一级故障（平台无法访问或全部企业数据中断）：30分钟内响应，2小时内恢复；二级故障（单个企业数据中断或部分功能不可用）：1小时内响应，8小时内恢复；监测终端故障：两个工作日内现场修复。
4.3 每月开展一次全面巡检，每周对平台数据进行一次全量备份，备份数据异地保存。
4.4 乙方每月五日前提交上月运维报告，内容包括系统运行情况、故障处理记录、终端在线率及下月计划。
4.5 重大节假日、大型活动及恶劣天气期间，乙方应按甲方要求安排专人值守，提前开展专项巡检，保障平台及终端稳定运行。乙方应建立应急预案，并每半年会同甲方开展一次应急演练。
4.6 乙方发现共享单车企业上报数据异常或接口调用异常的，应在当日内分析原因并书面报告甲方，配合甲方督促企业整改。

5. 考核与验收
5.1 甲方按季度对乙方运维服务进行考核，考核指标包括平台可用率、故障响应及恢复时限、终端在线率、巡检及报告提交情况。
5.2 考核扣款：平台月度可用率每低于约定值0.01个百分点扣款500元；一级故障每超时一小时扣款1,000元；二级故障每超时一小时扣款300元；监测终端逾期修复的，每台每日扣款100元。
5.3 服务期满后，甲方组织年度验收。验收标准：全年平台可用率达到约定标准；各季度考核均为合格以上；运维文档、设备台账、巡检及备份记录完整；系统账号、密码及全部运维资料已完整移交甲方。验收合格后双方签署验收报告。
5.4 季度考核不合格的，乙方应在十日内提交整改方案并落实整改，整改情况纳入下一季度考核。

6. 数据安全
6.1 系统内的停放数据、视频图像、企业上报数据及执法记录均属于甲方所有，乙方仅可为运维目的在授权范围内访问，不得复制、留存、对外提供或用于其他用途。
6.2 乙方应执行网络安全等级保护要求，运维操作经堡垒机进行并全程记录；远程运维须事先经甲方审批。乙方不得擅自开放系统端口或安装未经甲方确认的软件。
6.3 发生数据泄露、篡改、丢失或系统被攻击等安全事件的，乙方应立即采取处置措施，并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
6.4 服务期满，乙方应将全部运维数据、备份介质及文档移交甲方，并删除其持有的甲方数据，出具书面确认。

7. 保密
7.1 乙方及其人员对在运维服务中知悉的甲方工作信息、系统架构、账号口令及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
7.2 乙方应与其参与本项目的人员签订保密承诺书。保密义务在本合同终止后持续有效。

8. 知识产权
8.1 乙方在运维期间为甲方编写的脚本、配置、功能优化程序及运维文档，其知识产权归甲方所有。
8.2 乙方在服务期内进行的功能优化，应事先提交方案并经甲方书面确认，涉及接口变更的应同时通知相关企业。
8.3 乙方应保证其提供的服务及工具不侵犯第三方的知识产权。

9. 分包
乙方不得将本合同项下的运维服务转包或分包。

10. 违约责任
10.1 乙方未按约定时间完成交接或正式承担运维责任的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。
10.2 乙方未达到服务标准的，按本合同第5.2款扣款；因乙方运维不当造成系统损坏或数据丢失的，乙方应负责修复并赔偿甲方损失。
10.3 甲方逾期支付运维费的，应向乙方支付相应的逾期利息。
10.4 乙方人员在运维作业中造成第三方人身或财产损害的，由乙方自行承担责任。

11. 不可抗力
因自然灾害、大面积停电等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在十五日内提供证明。不可抗力期间双方均不承担违约责任，但乙方应尽力采取措施减少损失，并在影响消除后尽快恢复服务。

12. 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

13. 其他
13.1 竞争性磋商文件、乙方响应文件、成交通知书及经甲方确认的运维方案为本合同的组成部分，如有不一致，以本合同为准。
13.2 本合同未尽事宜，双方可协商签订补充协议，补充协议与本合同具有同等效力。
13.3 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
日期：                            日期：
"""

H1018Z05 = """# 软件许可及定制开发合同（标准文本）

> 甜匠软件 标准合同文本 V3.0 ｜ 本文本由乙方提供

**合同编号：** TJ-2027-0419

**甲方（客户）：** 某糖人手工艺工作室

**乙方（服务商）：** 某甜匠软件有限公司

甲方拟使用乙方"匠作"工序跟踪软件，对糖人制作的熬糖、吹塑、画糖、包装及门店销售等工序进行记录和管理。乙方同意向甲方提供软件许可及定制开发服务。双方根据《中华人民共和国民法典》的规定，签订本合同。

## 第一条 定义

1.1 "标准软件"指乙方享有著作权的"匠作"工序跟踪软件及其配套的移动端应用。

1.2 "定制功能"指乙方根据甲方需求在标准软件基础上开发的功能模块。

1.3 "上线"指乙方完成软件部署并开通甲方账号，软件可以登录使用。

## 第二条 服务内容

2.1 乙方授予甲方标准软件的永久使用许可，许可范围为甲方工作室及其门店，用户数不超过三十个。

2.2 乙方为甲方开发以下定制功能：工序扫码报工、熬糖温度及时长记录、原料批次追溯、订单定制（客户图案上传及排产）、门店库存与销售日报。

2.3 乙方负责软件部署、基础数据初始化和一次集中培训。培训以远程视频方式进行，时长不超过半天，培训对象为甲方指定的管理员。

2.4 定制功能的具体内容以双方确认的需求清单为准，需求清单未列明的功能不属于本合同范围。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可（永久） | 78,000 |
| 2 | 定制功能开发 | 92,000 |
| 3 | 部署及培训 | 16,000 |
| | 合同总价 | 186,000 |

3.1 以上价格为含税价。合同总价不包括甲方自备的服务器、扫码枪、平板电脑等硬件费用，也不包括现场服务产生的差旅费用；甲方要求乙方人员到现场服务的，差旅费用由甲方据实承担。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币120,900元。乙方在收到该笔款项后开始开发工作。

4.2 软件上线后五个工作日内，甲方支付剩余的35%，即人民币65,100元。

4.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务直至甲方付清款项。

## 第五条 开发与交付

5.1 乙方计划在收到首期款后六十日内完成定制开发和部署上线。开发进度可能因甲方需求变更、资料提供延误等原因顺延，具体以乙方的项目计划为准。

5.2 甲方应在乙方要求的时间内提供工序流程、物料清单、门店信息等资料，并指定一名联系人负责需求确认。

5.3 需求确认后甲方提出变更的，乙方有权另行报价，并相应调整交付时间。

5.4 软件部署在甲方自行租用的云服务器上，甲方应按乙方提供的配置要求准备服务器、域名及网络环境，并向乙方开放部署所需的权限。

## 第六条 验收

6.1 软件上线后，甲方即可使用全部功能。软件上线即视为甲方验收合格。

6.2 甲方在使用过程中发现问题的，可向乙方反馈，乙方将在后续版本中酌情处理。

6.3 甲方如需乙方出具上线确认单，乙方可在上线后提供，上线确认单仅作为双方项目记录，不影响本条第6.1款的效力。

## 第七条 维护服务

7.1 乙方自软件上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

7.2 免费维护期内，甲方报告影响使用的严重故障，乙方在8小时内响应；一般问题在三个工作日内答复。

7.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的价格标准执行。

7.4 维护服务通过乙方客服热线、邮件及客户服务群提供，服务时间为工作日九时至十八时；节假日期间仅受理严重故障。

7.5 因甲方自行修改系统配置、使用不兼容硬件或网络故障导致的问题，不属于免费维护范围，乙方可另行收费。

## 第八条 软件升级

8.1 乙方将不定期发布标准软件的新版本。免费维护期内，甲方可免费获得标准软件的小版本更新；大版本升级及定制功能的适配需另行付费。

8.2 乙方发布新版本后，可停止对旧版本的技术支持，甲方应在乙方通知的期限内完成升级。

## 第九条 使用限制

9.1 甲方不得将软件出租、出借、转让或提供给甲方以外的单位使用，不得超出约定的用户数使用软件。

9.2 甲方新增用户或门店的，应向乙方购买相应许可，价格按乙方届时价格执行。

9.3 乙方有权通过技术手段核查甲方的许可使用情况，甲方应予以配合。

## 第十条 知识产权

10.1 标准软件的著作权及其他知识产权归乙方所有。

10.2 乙方为甲方开发的定制功能，其源代码、设计文档及相关知识产权均归乙方所有。乙方授予甲方在本合同许可范围内非独占地使用定制功能的权利，甲方不得修改、反编译或提供给第三方。

10.3 乙方有权将定制功能纳入标准软件的后续版本。

## 第十一条 数据

11.1 甲方在软件中录入的工序记录、订单、客户及销售数据属于甲方所有，乙方不得用于本合同以外的目的。

11.2 乙方应采取账号权限管理、数据加密传输及每日备份等措施保护甲方数据安全。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并承担相应的赔偿责任。

11.3 甲方应妥善保管账号密码，因甲方账号管理不当造成的损失由甲方承担。

11.4 为处理故障或提供维护服务，乙方技术人员可在必要范围内访问甲方数据，访问记录保存不少于六个月。

## 第十二条 保密

12.1 双方对在合作过程中知悉的对方商业秘密、技术资料及客户信息负有保密义务，未经对方书面同意不得向第三方披露。

12.2 保密义务在本合同终止后两年内继续有效。

## 第十三条 责任限制

13.1 乙方对本合同项下的全部责任，无论基于违约、侵权或其他原因，累计不超过本合同总价的20%。

13.2 乙方不对甲方的间接损失、利润损失、商誉损失或数据丢失造成的经营损失承担责任。

13.3 乙方不保证软件完全没有错误或不间断运行。

## 第十四条 合同的解除

14.1 一方严重违反本合同约定，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

14.2 合同解除后，甲方已支付的款项不予退还，但乙方严重违约导致解除的除外。

14.3 合同解除或终止后，乙方可在三十日内向甲方提供数据导出文件，逾期后乙方有权关闭甲方账号。

## 第十五条 不可抗力

15.1 因不可抗力、网络运营商故障、第三方云服务故障或政府行为导致合同不能履行或延迟履行的，乙方不承担责任。

15.2 受不可抗力影响的一方应及时通知对方，并在影响消除后继续履行合同。

## 第十六条 争议解决

16.1 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 双方的通知可通过电子邮件、即时通讯工具或书面方式送达，发出即视为送达。

17.3 本合同为乙方标准文本，双方另有书面约定的，以书面约定为准。

甲方（签章）：＿＿＿＿＿＿　　乙方（签章）：＿＿＿＿＿＿

日期：＿＿＿＿＿＿　　　　　　日期：＿＿＿＿＿＿
"""

H1018E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RO-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengtai Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province (the "Customer"), and Red Ore Quality Systems, Inc., a Michigan corporation with its principal office at 210 Main Street, Ishpeming, Michigan 49849, United States (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's quality management software for its two foundries and its machining plant, together with the implementation and training services needed to bring it into use. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FoundryQ quality management software, version 8, in object code, including the modules for inspection planning, nonconformance and corrective action, calibration management, supplier quality and statistical process control, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, inspection workflows and configuration scripts developed by the Vendor specifically for the Customer under the Statement of Work.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including inspection results, measurement records, supplier records and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the People's Republic of China for the internal business purposes of the Customer and its wholly owned subsidiaries, for up to 260 named users.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, testing and disaster recovery.
P:2.3 The Software remains the property of the Vendor and its licensors. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Price and Payment
P:3.1 The total price of this Agreement is CNY 1,728,000, consisting of the Software licence fee of CNY 1,260,000, implementation services of CNY 420,000 and training of CNY 48,000. The price is fixed and includes all applicable taxes, travel and expenses of the Vendor's personnel.
P:3.2 The Customer shall pay the price in three instalments: (a) 20% of the total price within ten days after signature of this Agreement, against the Vendor's invoice, as an advance payment before delivery; (b) 45% of the total price after installation of the Software and completion of user acceptance testing at both foundries; and (c) 35% of the total price after Final Acceptance.
P:3.3 Each invoice shall be payable within thirty days after receipt. Payments shall be made in CNY by bank transfer to the account of the Vendor's authorised collection agent in Shanghai named in Schedule 2.
H:Article 4 Delivery and Implementation
P:4.1 The Vendor shall deliver the Software within twenty days after signature and shall complete installation, configuration, data migration from the Customer's current spreadsheets and the Custom Deliverables in accordance with the project plan in Schedule 1, with Final Acceptance to be requested no later than one hundred and fifty days after signature.
P:4.2 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the key personnel named in Schedule 1 on the project until Final Acceptance unless the Customer agrees otherwise.
P:4.3 The Customer shall provide servers, network access, test data and the availability of its quality engineers as set out in the project plan.
H:Article 5 Acceptance
P:5.1 The Vendor shall notify the Customer in writing when the Software and the Custom Deliverables are ready for acceptance testing.
P:5.2 Acceptance testing shall verify that: (a) every function listed in the functional specification works as described; (b) the interfaces with the Customer's ERP and coordinate measuring machines transfer data without error for ten consecutive working days; (c) migrated calibration and supplier records reconcile with the source files; (d) standard reports open within three seconds with 120 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 If the tests are passed, the Customer shall issue a written Final Acceptance certificate within ten working days. If they are not passed, the Vendor shall correct the defects at its own cost and repeat the tests. Go-live, productive use or any payment shall not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and the functional specification for a warranty period of eighteen months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply all updates and new versions free of charge, and provide remote and, where needed, on-site support.
P:6.2 Severity 1 incidents (the Software unavailable at a plant, or inspection release blocked) shall be responded to within one hour and resolved or worked around within eight hours; Severity 2 incidents shall be responded to within two hours and resolved within two working days.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or resolution time, the Vendor shall credit the Customer CNY 1,200 against the next invoice or pay that amount on demand.
P:6.4 After the warranty period, the Vendor shall offer annual support and maintenance on the same service levels at an annual fee of 9% of the Software licence fee, being CNY 113,400 per year. This fee shall not be increased for the first three years after the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software and its standard documentation.
P:7.2 All intellectual property rights in the Custom Deliverables shall vest in the Customer upon creation. The Vendor shall deliver their source code and documentation with Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel approved by the Customer, using individual accounts and multi-factor authentication, and shall not copy Customer Data outside the Customer's environment. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement.
P:8.3 The Vendor shall notify the Customer within eight hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall cooperate in remedying it, and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement and shall use it only for the purposes of this Agreement. This obligation continues for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to request Final Acceptance by the date in Article 4.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 Each party's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, infringement indemnities or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any approved subcontractor. Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after receiving notice of the breach.
P:12.2 The Customer may also terminate if Final Acceptance has not been achieved within sixty days after the date in Article 4.1. On such termination the Vendor shall refund the amounts paid for the undelivered parts.
P:12.3 Licences that have been paid for survive termination, except termination by the Vendor for the Customer's non-payment.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Michigan, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Marquette County, Michigan, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Schedule 1 (Project Plan and Statement of Work) and Schedule 2 (Payment Details), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.3 This Agreement is made in English and Chinese. Both versions have equal effect.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H1018E02 = """# ORDER FORM AND GENERAL TERMS
## Lakeshore Maintenance Cloud

Order Form No. LWS-2027-118

**Vendor:** Lakeshore Work Systems LLC, 420 River Street, Manistee, Michigan 49660, United States ("Vendor")

**Customer:** Ningbo Haichen Plastics Machinery Co., Ltd., No. 88 Zhenhai Industrial Road, Ningbo, Zhejiang, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

# PART A - ORDER DETAILS

### A1. Service

Lakeshore Maintenance Cloud, a software-as-a-service application for maintenance work orders, preventive maintenance planning, spare-parts inventory and equipment history, including the mobile application for technicians and the standard reporting package (the "Service"). The Service is hosted for Customer in a data centre in mainland China operated by Vendor's hosting provider, Shanghai Yunhe Data Services Co., Ltd., which Customer approves by signing this Order Form.

### A2. Subscription Term

The Initial Subscription Term is thirty-six months, starting on the Go-Live Date defined in Part B Section 3. Each of the three consecutive annual periods beginning on the Go-Live Date and its anniversaries is a "Subscription Year".

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, named users, per Subscription Year | 120 users | 2,350 | 282,000 |
| Subscription for the Initial Subscription Term (three Subscription Years) | | | 846,000 |
| Onboarding: configuration, data import from Customer's spreadsheets, interface to Customer's ERP, training (one-time) | 1 | 64,000 | 64,000 |
| **Total fees for the Initial Subscription Term** | | | **910,000** |

All fees are in CNY and include VAT. Additional named users may be added at the same unit price, prorated to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(b) The onboarding fee is invoiced after Go-Live Acceptance under Part B Section 3.

(c) Invoices are payable within thirty days after receipt, by bank transfer to Vendor's collection account in Shanghai stated in the invoice.

### A5. Service Levels

Monthly availability of the production Service: 99.95%, excluding maintenance windows scheduled between 01:00 and 05:00 China Standard Time and notified at least three days in advance. Priority 1 incidents: response within thirty minutes, restoration or workaround within three hours. Service credits and further terms are set out in Part B Section 5.

### A6. Contacts and Signatures

Vendor contact: Account Director, Asia Pacific. Customer contact: Head of Equipment Management.

For Vendor: ____________________ Name / Title / Date

For Customer: ____________________ Name / Title / Date

# PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including equipment records, work orders, inventory data and personal information of Customer's users.

1.2 "Documentation" means Vendor's user guides and technical documentation for the Service, as updated from time to time.

1.3 "Customer Configurations" means the workflows, forms, report templates and interface mappings created by Vendor specifically for Customer during onboarding or at Customer's request.

### 2. Right to Use

2.1 Vendor grants Customer and its named users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes in accordance with the Documentation.

2.2 Customer shall not resell the Service, use it to build a competing product, or permit access by anyone other than its named users.

### 3. Onboarding and Go-Live Acceptance

3.1 Vendor shall complete onboarding and make the configured Service available for acceptance testing within sixty days after both parties sign Part A.

3.2 Go-Live Acceptance tests shall confirm that: (a) all functions listed in the onboarding plan work as described in the Documentation; (b) equipment, spare-parts and open work-order data imported from Customer's spreadsheets reconcile with the source files; (c) the ERP interface transfers purchase requisitions and goods receipts without error for ten consecutive working days; and (d) the mobile application works on the device models listed in the onboarding plan.

3.3 Customer shall confirm Go-Live Acceptance in writing within seven working days after a successful test. The date of that confirmation is the "Go-Live Date". Making accounts available or Customer's trial use does not constitute acceptance.

3.4 If Vendor fails to make the Service available for acceptance testing by the date in Section 3.1 for reasons within its control, Vendor shall pay Customer CNY 600 for each day of delay, which Customer may deduct from the onboarding fee.

### 4. Support

4.1 Vendor provides support in Mandarin and English through its service portal and hotline, at all times for Priority 1 incidents and from 08:30 to 18:00 China Standard Time on working days for other requests.

4.2 Vendor shall deliver a service report every quarter showing availability, incidents and open requests.

4.3 Vendor may update the Service from time to time, provided that an update does not materially reduce the functions described in the Documentation at the start of the Subscription Term. Vendor shall announce major updates at least fourteen days in advance through the service portal and shall provide release notes in Chinese.

### 5. Service Levels and Credits

5.1 Availability is measured monthly for the production Service, as stated in Part A Section A5.

5.2 If availability in a month falls below the committed level, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.02 percentage point (or part of it) below that level, up to the full monthly equivalent.

5.3 For each hour by which Vendor exceeds the Priority 1 response or restoration time, Customer receives a further credit of CNY 800.

5.4 Credits are applied to the next invoice or, at the end of the Subscription Term, paid to Customer.

### 6. Customer Data

6.1 As between the parties, Customer owns all Customer Data. Vendor may use Customer Data only to provide the Service and support to Customer and for no other purpose.

6.2 On expiry or termination, Vendor shall make Customer Data available for export in CSV format for sixty days and shall then delete it from the Service.

### 7. Intellectual Property

7.1 Vendor and its licensors own the Service, the Documentation and all improvements to them.

7.2 Customer Configurations are owned by Customer. Vendor shall deliver them to Customer on request in a documented format, and Customer may use, modify and license them freely, including with another provider.

### 8. Confidentiality

8.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this Order Form, shall use it only to perform or receive the Service, and shall disclose it only to employees and advisers who need to know it and are bound by similar obligations.

8.2 These obligations continue for three years after the end of the Subscription Term.

### 9. Renewal

9.1 At the end of the Initial Subscription Term, the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term.

9.2 For each renewal term, Vendor may increase the subscription fees to its then-current list price by notice in the renewal invoice.

### 10. Subcontracting

10.1 Apart from the hosting provider approved in Part A, Vendor shall not subcontract any part of the Service or the onboarding work without Customer's prior written consent, and remains responsible for the performance of any subcontractor.

### 11. Liability

11.1 Each party's aggregate liability under this Order Form is limited to 200% of the total fees for the Initial Subscription Term stated in Part A.

11.2 The limit does not apply to infringement indemnities, breach of Section 8, personal injury or wilful misconduct.

### 12. Termination

12.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within thirty days after notice.

12.2 Customer may also terminate if availability falls below the committed level in three consecutive months. On termination by Customer under this Section, Vendor shall refund any prepaid fees for the remaining period.

### 13. Governing Law and Disputes

13.1 This Order Form is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

### 14. General

14.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its entire business.

14.2 Notices must be in writing and sent to the contacts named in Part A.

14.3 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly. Service credits remain payable for periods not affected by such an event.

14.4 This Order Form is the entire agreement of the parties on the Service and replaces any purchase order terms. It is signed in English; a Chinese translation may be prepared for convenience.
"""

H1018E03 = """T:Supply Contract for Cold-Chain Sensors and Monitoring Software
P:Contract No. LY-PUR-2027-0093
P:Buyer: Wuxi Lengyuan Cold Chain Logistics Co., Ltd., No. 16 Xinhua Road, Xinwu District, Wuxi, Jiangsu, People's Republic of China (the "Buyer")
P:Supplier: Copper Peak Sensing Corp., 115 East Aurora Street, Ironwood, Michigan 49938, United States (the "Supplier")
P:The Buyer operates six refrigerated warehouses and a fleet of refrigerated trucks and wishes to monitor temperature, humidity and door openings continuously. Following the Buyer's tender, the parties conclude this Contract on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table in clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, installed on the Buyer's servers, with its web console, alarm engine and mobile application.
P:1.3 "Custom Deliverables" means the dashboards, alarm rules, reports and the interface to the Buyer's warehouse management system developed for the Buyer under this Contract.
P:1.4 "Buyer Data" means all readings, alarms, logs, location data and other data collected or generated by the Equipment and the Software, and any personal information of the Buyer's staff and drivers.
H:2. Scope and Price
P:2.1 The Supplier shall supply and install the Equipment, grant a perpetual licence to the Software for up to 1,600 devices, develop the Custom Deliverables, and train the Buyer's staff, at the prices in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, seven-year battery life|1,200|780|936,000
TB:2|Door-contact sensor for cold rooms and truck doors|240|1,000|240,000
TB:3|LoRaWAN gateway with 4G backup|60|7,400|444,000
TB:4|ColdWatch software licence, perpetual, up to 1,600 devices|1|386,000|386,000
TB:|Equipment and Software Subtotal|||2,006,000
TB:5|Installation, calibration and commissioning at six warehouses and 86 trucks|1|168,000|168,000
TB:6|Training of operators and administrators|1|26,000|26,000
TB:|Contract Price|||2,200,000
P:2.2 The Contract Price is fixed and includes VAT, customs duties, freight, insurance, installation and the Supplier's travel costs.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within fifteen working days after signature, against an advance payment guarantee issued by a bank in mainland China for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after delivery and installation of all Equipment, against an installation certificate signed by the Buyer. The installation certificate does not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier or its Chinese subsidiary.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's warehouses within seventy-five days after signature and complete installation within forty-five days after delivery.
P:4.2 Installation in trucks shall be scheduled with the Buyer's fleet team so that no truck is out of service for more than one working day.
P:4.3 The Equipment shall be new, of the models specified, and supplied with calibration certificates traceable to national standards.
P:4.4 The Buyer shall provide access to the warehouses and trucks, power supply at the gateway locations, network connections and a server environment that meets the Supplier's written specification delivered at least thirty days before installation.
H:5. Acceptance
P:5.1 After installation the Supplier shall run a trial operation of twenty-one days. Final Acceptance requires that: (a) no installed sensor misses more than two consecutive readings at the configured interval during the trial; (b) a sample of fifty sensors, compared with a calibrated reference, deviates by no more than 0.3 °C; (c) alarms reach the console and mobile application within sixty seconds in all test cases; (d) the interface to the warehouse management system transfers readings without error for ten consecutive days; and (e) all documentation and source code of the Custom Deliverables have been delivered.
P:5.2 The Buyer shall issue a Final Acceptance certificate within ten working days after a successful trial. Installation, use of the system or payment does not by itself constitute acceptance.
P:5.3 If the criteria are not met, the Supplier shall remedy the defects and repeat the trial at its own cost.
P:5.4 Training shall cover operation of the console and mobile application, alarm handling, sensor replacement and battery changes for operators, and backup, user management and interface monitoring for administrators. The Supplier shall hold at least four sessions at the Buyer's sites and provide training materials in Chinese.
P:5.5 The Supplier shall deliver, in Chinese, the installation records for each sensor position, the calibration certificates, the user and administrator manuals and the interface specification before Final Acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including batteries that fail early, correct Software defects, and provide all Software updates free of charge.
P:6.2 Severity 1 faults (loss of monitoring at a warehouse, or the alarm engine not working) shall be responded to within thirty minutes and restored within six hours. Severity 2 faults shall be responded to within two hours and restored within two working days. Defective sensors shall be replaced within five working days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any payment due.
P:6.4 After the warranty period, the Supplier shall provide support on the same terms for an annual fee of 7% of the Equipment and Software Subtotal, being CNY 140,420 per year. The fee is fixed for the first two years after the warranty period. Support is ordered by a separate annual purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in the Software and the firmware of the Equipment and grants the Buyer a perpetual licence to use them.
P:7.2 The Custom Deliverables, including their source code, belong to the Buyer from creation. The Buyer may use, modify and license them without restriction.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Supplier shall ensure that the gateways encrypt data in transit, that default passwords are changed before commissioning, and that remote support is performed only through the Buyer's approved remote access channel with individual accounts and logged sessions.
P:8.3 The Supplier shall report any security incident affecting Buyer Data to the Buyer within six hours after becoming aware of it, shall cooperate fully in remedying it, and shall be liable for losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer and route information, and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the end of this Contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete delivery or installation by the dates in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or development work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if delay damages reach their maximum.
P:12.2 On termination, the Supplier shall refund the amounts paid for undelivered or unaccepted parts and hand over all completed work.
P:12.3 Clauses 7, 8, 9 and 10 and any accrued rights survive termination. If the Buyer terminates under clause 12.1, it may keep the Equipment already accepted and the Supplier shall continue to support it on the terms of clause 6.
P:12.4 The Buyer may also terminate this Contract by written notice if the Supplier becomes insolvent or ceases its business in China.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi. The award is final.
H:14. General
P:14.1 The Buyer's tender documents and the Supplier's bid form part of this Contract; in case of conflict, this Contract prevails.
P:14.2 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party without delay, provides evidence within fifteen days and takes reasonable steps to limit the effects. The time for performance is extended accordingly.
P:14.3 Amendments to this Contract are valid only in writing and signed by authorised representatives of both parties.
P:14.4 This Contract is signed in English and Chinese, both versions having equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1018E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** SMI-CZ-2027-07

**Between:** Changzhou Jinlun Auto Parts Co., Ltd., No. 9 Longcheng Avenue, Wujin District, Changzhou, Jiangsu, People's Republic of China ("Customer")

**And:** Straits Managed IT, LLC, 305 North Main Street, Cheboygan, Michigan 49721, United States, acting through its representative office in Shanghai ("Provider")

**Background.** Customer operates two plants and a distribution centre in Jiangsu. It wishes to outsource the operation of its servers, network and end-user support to Provider for a fixed term. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, stores or processes in providing the Services.

1.5 "Service Commencement Date" means the date on which Customer confirms Transition Acceptance under Section 3.

## Section 2. Term

2.1 This Agreement starts on signature. The Services are provided for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Transition

3.1 Provider shall carry out the transition described in Schedule 1, Part B, and request Transition Acceptance within seventy days after signature.

3.2 Transition Acceptance requires that: (a) all in-scope devices are recorded in the configuration database and monitored by Provider's tools; (b) runbooks for every critical system have been written and approved by Customer's IT manager; (c) a restore test of the ERP database and the file servers has succeeded; (d) the service desk has handled Customer's tickets for ten working days in parallel with Customer's own team, meeting the response times in Schedule 2; and (e) all administrator passwords have been rotated and stored in Customer's vault.

3.3 Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met, or state the criteria not met. Starting work or receiving tickets does not constitute acceptance.

3.4 If Transition Acceptance is delayed beyond the date in Section 3.1 for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay.

## Section 4. Service Levels and Service Credits

4.1 Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

4.2 If a Service Level is missed, Provider shall grant the service credits stated in Schedule 2, which Customer deducts from the next monthly invoice. Service credits in a month shall not exceed 20% of the monthly service charge for that month.

4.3 Provider shall carry out a root-cause analysis for every Priority 1 incident and deliver it within three working days.

4.4 The monthly performance report shall show each Service Level achieved, the service credits due, the tickets opened and closed by category, planned changes for the following month and any risks Provider sees in Customer's environment. The parties shall hold a service review meeting every month and a management review every quarter.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term and include VAT and all travel and tools of Provider.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within thirty days after receipt.

5.3 No payment is due before the Services start, and Customer makes no advance payment.

## Section 6. Personnel

6.1 Provider shall assign a service delivery manager and two on-site engineers to Customer's Changzhou plants on working days, and shall staff its service desk in Mandarin.

6.2 Provider shall not replace the service delivery manager without Customer's consent, which shall not be unreasonably withheld.

6.3 Provider's personnel working at Customer's sites shall follow Customer's site safety, security and IT policies and shall sign Customer's standard confidentiality undertaking before receiving access.

## Section 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not retain, copy or use it for any other purpose.

7.2 Provider shall access Customer's systems only through Customer's privileged access management system with named accounts and multi-factor authentication, shall store no Customer Data outside Customer's environment, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer of any actual or suspected security incident involving Customer Data within two hours after becoming aware of it, shall contain and remedy it, and is liable for the losses resulting from its breach of this Section 7.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement and shall use it only to perform this Agreement. This obligation survives for three years after the Term.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, configuration baselines and documentation created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including with a successor provider.

9.2 Provider retains its monitoring tools and pre-existing know-how. Where Provider's tools are needed to operate the runbooks, Provider shall give Customer a free licence to use them until the end of exit assistance, or replace them with tools that Customer can operate.

## Section 10. Liability

10.1 Provider's aggregate liability arising out of or in connection with this Agreement is limited to the Charges paid by Customer in the eighteen months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, except for breach of Sections 7 and 8.

## Section 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for its subcontractors.

## Section 12. Termination and Exit

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within twenty days after notice, or if the Availability service level is missed in three consecutive months.

12.2 On expiry or termination, Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, return all Customer Data and documentation and then delete any copies.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.

## Section 14. General

14.1 Changes to the Services, including additional sites or devices, shall be agreed in a written change note stating the effect on the Charges and Service Levels.

14.2 Neither party is liable for a delay or failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to resume performance. Provider shall maintain a business continuity plan for the service desk and monitoring centre and test it once a year.

14.3 This Agreement, including its Schedules, is the entire agreement of the parties on its subject. It is made in English and Chinese, and both versions have equal effect.

For Customer: ____________________    For Provider: ____________________

## Schedule 1 - Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | Single point of contact for 850 users by phone, portal and e-mail, 07:00 to 22:00 on all days |
| A2 | Infrastructure monitoring | Monitoring of 64 servers, storage, backups, 210 network devices and the plant wireless network at all times |
| A3 | Server and network operation | Patching, capacity management, backup checks, firewall rule changes by approved request |
| A4 | End-user support | On-site support at both plants, PC imaging, printer and scanner support |
| B | Transition | Knowledge transfer, configuration database, runbooks, tool deployment, parallel run |

## Schedule 2 - Service Levels

| Service Level | Target | Service credit |
|---|---|---|
| Availability of ERP, MES and e-mail systems (monthly, outside agreed maintenance windows) | 99.5% | 3% of the monthly service charge for each 0.2 percentage point below target |
| Priority 1 incident response | 15 minutes | CNY 1,000 per hour late |
| Priority 1 incident restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 incident response | 1 hour | CNY 300 per hour late |
| Service desk call answered within 30 seconds | Nine calls in ten | 1% of the monthly service charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 92,000 |
| Monthly service charge | Per month, 36 months | 68,000 |
| Total monthly service charges for the Term | 36 x 68,000 | 2,448,000 |
| Total contract value | | 2,540,000 |
| Exit assistance beyond the included scope | Per engineer day | 2,600 |
"""

H1018E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. IRMD-2027-HZ-015

PARTIES

1.1 Hangzhou Yuanzhi Sourcing Technology Co., Ltd., No. 57 Wenyi West Road, Xihu District, Hangzhou, Zhejiang, People's Republic of China (the "Customer").

1.2 Iron Range Market Data, Inc., 118 Iron Street, Negaunee, Michigan 49866, United States (the "Vendor").

1.3 The Customer runs a sourcing platform for industrial buyers in China and wishes to receive price and lead-time data on metals, castings and standard mechanical components through the Vendor's application programming interface. The Vendor agrees to provide that data on the terms below.

DEFINITIONS

2.1 "API" means the Vendor's REST interface through which the Licensed Data is delivered, with its documentation, sandbox and client keys.

2.2 "Licensed Data" means the datasets listed in clause 3.1 as updated by the Vendor from time to time.

2.3 "Customer Data" means the queries, part lists, bills of materials, supplier names and other data that the Customer or its users send to the API or upload to the Vendor's portal.

2.4 "Subscription Year" means each of the two consecutive annual periods starting on the Start Date and on its first anniversary.

2.5 "Start Date" means the date of Integration Acceptance under clause 5.

2.6 "Custom Connector" means the field mapping, transformation scripts and connector code developed by the Vendor to load the Licensed Data into the Customer's platform.

SUBSCRIPTION AND LICENCE

3.1 The subscription covers the following datasets: (a) weekly reference prices for carbon steel, stainless steel, aluminium and copper in the forms listed in the data catalogue; (b) monthly price indices for grey-iron and ductile-iron castings by weight class; (c) quoted lead times for standard fasteners, bearings and seals from the Vendor's distributor panel; and (d) historical series for all of the above from January 2018.

3.2 The Vendor grants the Customer a non-exclusive, non-transferable licence during the subscription to access the Licensed Data through the API, store it in the Customer's systems and display it, or analyses derived from it, to the registered users of the Customer's sourcing platform in mainland China.

3.3 The Customer shall not resell the Licensed Data as a raw data feed or make it available to any third party in bulk. Displays to platform users shall attribute the source as "Iron Range Market Data".

3.5 The Customer may use the Licensed Data in its internal reports, in price benchmarks prepared for individual platform users and in presentations to its own customers, provided that no more than a limited extract of the Licensed Data is reproduced in each case. The Vendor shall provide a short usage guide with examples of permitted displays before the Start Date.

3.4 The API may be called up to 400,000 times per calendar month. Calls above that volume are charged at the overage rate in clause 4.3.

FEES AND PAYMENT

4.1 The fees are:
(a) subscription fee for the first Subscription Year: CNY 486,000;
(b) subscription fee for the second Subscription Year: CNY 512,000;
(c) integration and Custom Connector fee (one-time): CNY 38,000;
total fees: CNY 1,036,000, including VAT.

4.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year. The integration fee is invoiced after Integration Acceptance. Invoices are payable within thirty days after receipt.

4.3 API calls above the monthly volume in clause 3.4 are charged at CNY 0.08 per call and invoiced quarterly in arrears.

4.4 The fees in clause 4.1 are fixed for the two Subscription Years.

DELIVERY AND INTEGRATION ACCEPTANCE

5.1 The Vendor shall provide sandbox access within ten days after signature and production API access, together with the Custom Connector, within forty-five days after signature.

5.2 Integration Acceptance requires that: (a) every dataset in clause 3.1 can be retrieved through the API in the documented format; (b) a sample of two hundred records per dataset, checked against the Vendor's published reference values, contains no discrepancy; (c) the Custom Connector loads a full daily update into the Customer's platform without error on ten consecutive working days; and (d) the historical series are complete for the period stated in clause 3.1(d).

5.3 The Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Issuing API keys or test calls by the Customer do not constitute acceptance.

5.4 If production API access or the Custom Connector is not ready for acceptance testing by the date in clause 5.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 900 for each day of delay, which the Customer may deduct from any invoice.

SERVICE AND SUPPORT

6.1 The Vendor will use commercially reasonable efforts to keep the API available and to deliver each update of the Licensed Data on its scheduled publication day.

6.2 The Vendor provides support by e-mail and through its portal on United States business days. Planned maintenance is announced on the portal in advance.

6.3 The Vendor may change the API or the data catalogue on sixty days' notice, provided that the datasets in clause 3.1 remain available in substance.

6.4 If the Customer reports an error in the Licensed Data, the Vendor shall investigate it and, where the error is confirmed, publish a correction with the next scheduled update and inform the Customer of the records affected.

6.5 The Customer shall keep its API keys secure, use them only for its own platform, and inform the Vendor without delay if it believes a key has been compromised, so that the Vendor can revoke and reissue it. The Customer shall name up to five technical contacts who may open support requests.

CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to deliver the Licensed Data and the services under this Agreement and for no other purpose. The Vendor shall not analyse, aggregate or sell Customer Data, including in anonymised form.

7.2 The Vendor shall protect Customer Data with encryption in transit and at rest, access restricted to named support staff, multi-factor authentication and access logging. Customer Data shall be stored on servers located in mainland China operated by the Vendor's approved hosting provider named in Annex 1.

7.3 The Vendor shall notify the Customer within eight hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, shall take all reasonable steps to contain and remedy it, and shall be liable for the losses caused by its breach of this section.

7.4 On expiry or termination the Vendor shall return Customer Data on request and delete it from its systems within thirty days, and confirm the deletion in writing.

INTELLECTUAL PROPERTY

8.1 The Vendor and its data sources own the Licensed Data and the API.

8.2 The Custom Connector, including its source code and documentation, belongs to the Customer from creation. The Customer may use, modify and license it freely.

8.3 The Vendor warrants that it has the rights needed to license the Licensed Data to the Customer and shall indemnify the Customer against third-party claims that the Licensed Data or the Custom Connector infringe their rights.

SUBCONTRACTING AND ASSIGNMENT

9.1 Apart from the hosting provider named in Annex 1, the Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for any approved subcontractor.

9.2 Neither party may assign this Agreement without the other party's written consent.

LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1.

10.2 The limit does not apply to breach of clause 7, infringement indemnities, personal injury or wilful misconduct.

10.3 Neither party is liable for indirect or consequential loss.

TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It may be renewed only by a written agreement signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

11.3 If the Customer terminates under clause 11.2, the Vendor shall refund the fees paid for any period after termination.

11.4 After expiry or termination the Customer may keep and use the Licensed Data received before that date for its internal records, but shall not display it on its platform.

GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The award is final and binding.

GENERAL

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 Notices shall be given in writing to the addresses in the PARTIES section.

13.3 This Agreement, with Annex 1 (Data Catalogue and Hosting Provider), is the entire agreement of the parties on its subject and may be amended only in writing.

For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- files, labels, checks

FILES = {
    "z01": ("h1018z01_veterans_resettlement_platform.pdf", "zh", "software", H1018Z01),
    "z02": ("h1018z02_mop_factory_line_control_retrofit.docx", "zh", "hardware", H1018Z02),
    "z03": ("h1018z03_papercut_school_booking_saas.txt", "zh", "cloud", H1018Z03),
    "z04": ("h1018z04_bike_parking_supervision_om.txt", "zh", "services", H1018Z04),
    "z05": ("h1018z05_sugar_figure_studio_tracking_supplier_template.md", "zh", "software", H1018Z05),
    "e01": ("h1018e01_qms_perpetual_licence_michigan_law.pdf", "en", "software", H1018E01),
    "e02": ("h1018e02_maintenance_saas_order_form.md", "en", "cloud", H1018E02),
    "e03": ("h1018e03_cold_chain_sensors_monitoring.docx", "en", "hardware", H1018E03),
    "e04": ("h1018e04_managed_it_services_36_months.md", "en", "services", H1018E04),
    "e05": ("h1018e05_materials_price_data_api_subscription.txt", "en", "services", H1018E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# availability, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind
TERMS = {
    "z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
    "z02": (None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 32, False, True, True, "PRC", G),
    "z03": (99.5, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S),
    "z04": (99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False, False, None, S),
    "z05": (None, 8, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False, True, None, None, G),
    "e01": (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 9, False, True, False, "Michigan", G),
    "e02": (99.95, 0.5, True, "buyer", False, True, True, 600 / 910000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S),
    "e03": (None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G),
    "e04": (99.5, 0.25, True, "buyer", True, True, True, 2000 / 2540000 * 100, 18 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", S),
    "e05": (None, None, False, "buyer", True, True, False, 900 / 1036000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S),
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 2240000),
    "z02": (True, True, True, False, 2060000),
    "z03": (True, True, None, False, 534000),
    "z04": (True, True, None, False, 468000),
    "z05": (True, False, False, True, 186000),
    "e01": (True, True, True, False, 1728000),
    "e02": (True, True, None, False, 910000),
    "e03": (True, True, True, False, 2200000),
    "e04": (True, True, None, False, 2540000),
    "e05": (False, True, None, False, 1036000),
}
# itemised price lines (sum = contract value) and the licence / hardware fee base for TCO
PRICES = {
    "z01": ([1180000, 760000, 214000, 86000], 1180000),
    "z02": ([620000, 410000, 186000, 154000, 270000, 236000, 148000, 36000], 1640000),
    "z03": ([238000, 238000, 58000], None),
    "z04": ([216000, 184000, 68000], None),
    "z05": ([78000, 92000, 16000], 78000),
    "e01": ([1260000, 420000, 48000], 1260000),
    "e02": ([282000] * 3 + [64000], None),
    "e03": ([936000, 240000, 444000, 386000, 168000, 26000], 2006000),
    "e04": ([68000] * 36 + [92000], None),
    "e05": ([486000, 512000, 38000], None),
}
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}
# every forum in the set is in mainland China except e01's (Marquette County, Michigan)
FORUM_OUTSIDE = {"e01"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(k, t, e):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * PRICES[k][1] * years
    return fees / (e["contract_value"] + fees) * 100


def derive(k, t, e):
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
        share = tco_share(k, t, e)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(k):
    name, lang, cat, _ = FILES[k]
    t = dict(zip(TERM_KEYS, TERMS[k]))
    sla, ld, capped, deemed, value = EXTRA[k]
    e = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": e,
            "expected_rules": derive(k, t, e)}


# ---------------------------------------------------------------- threshold scan
PATTERNS = [r"99\.90*(?!\d)", r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![\w-])four\s*(?:\(4\)\s*)?hours?",
            r"(?<![十])四个?小时", r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十百])", r"千分之零点五",
            r"(?<![\d.,])100\s*%", r"百分之一?百", r"one\s+hundred\s+per\s*cent", r"(?<![\d.,])30\s*%",
            r"百分之三十(?![一二三四五六七八九])", r"thirty\s+per\s*cent", r"(?<![\d.,])12\s*(?:个月|months?|-month)",
            r"(?<![一二三四五六七八九])十二个月", r"twelve[\s-]*(?:calendar\s*)?months?", r"一年质保|质保期?为?一年|one-year\s+warranty",
            r"(?<![\d.,])15\s*%", r"百分之十五(?![一二三四五六七八九])", r"fifteen\s+per\s*cent", r"(?<![\d.,])40\s*%",
            r"百分之四十(?![一二三四五六七八九])", r"forty\s+per\s*cent", r"(?<![\d.,])5\s*(?:years?|-year|年)",
            r"(?<![\w-])five[\s-]*years?", r"(?<![一二三四五六七八九十〇零])五年"]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "12个月", "十二个月", "twelve months", "12 months", "12-month", "15%", "百分之十五",
            "40%", "百分之四十", "5 years", "five-year", "五年", "质保期为一年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.055%", "0.5%", "万分之五十", "130%", "1,100%",
             "百分之三十五", "112 months", "18 months", "2025年", "十五年", "115%", "140%", "0.5 years", "twenty-four hours",
             "35%", "45%", "二十四个月", "8小时", "二十四小时"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


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
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[3] for k, v in built.items()}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in built.items()}, OUT,
          wrap_words=True)
    covered = set()
    for k, (name, lang, cat, src) in FILES.items():
        path = OUT / name
        if name.endswith((".txt", ".md")):
            path.write_text(src, encoding="utf-8")
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        sev = {SEVERITY[r] for r in lab["expected_rules"]}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[k], (k, risk)
        covered |= set(lab["expected_rules"])
        t, e = lab["expected_terms"], lab["expected_extra"]
        assert sum(PRICES[k][0]) == e["contract_value"], k
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(k, t, e)
        assert share is None or abs(share - 40) > 2, (k, share)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = read_back(path)
        hits = scan(text) + scan(src)
        assert not hits, (k, hits)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        print(f"{name}: {'chars' if lang == 'zh' else 'words'} {n}; rules {lab['expected_rules'] or '(none)'}; "
              f"risk {risk}; tco share {None if share is None else round(share, 1)}")
    assert covered == set(SEVERITY), set(SEVERITY) - covered
    compliant = [k for k in FILES if not DESIGN[k]]
    assert sorted(compliant) == ["e03", "z01"]
    assert 8 <= len(DESIGN["z05"]) <= 10 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
