"""holdout1059: builds the ten held-out drafts from the sources below, writes the .json labels and checks them.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市住房和城乡建设局供热监管平台建设项目合同
P:合同编号：ZJJ-GR-2026-017（政府采购）
P:甲方（采购人）：某市住房和城乡建设局
P:乙方（供应商）：某热力信息技术有限公司
P:根据政府采购公开招标结果及招标文件、投标文件，甲乙双方就供热监管平台软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及澄清文件为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供供热监管平台软件永久使用许可一套，覆盖全市热源厂、换热站及供热企业的监管业务。
P:1.2 乙方按甲方需求完成定制开发：供热企业数据接入（不少于二十六家企业）、热源及换热站运行监测、室温采集分析、投诉工单闭环、收费与停供监管报表及领导驾驶舱。
P:1.3 乙方负责平台在甲方政务云环境中的部署、联调、试运行及操作培训。培训对象为市、区两级供热管理人员及供热企业操作员，培训不少于八场，乙方应提供培训教材和操作手册。
P:1.4 平台应与市城市运行管理服务平台、12345热线工单系统及气象数据接口对接，接口规范以甲方确认的接口文档为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾陆万元整（¥2,160,000），包括：平台软件许可费¥1,280,000；定制开发费¥596,000；实施部署费¥204,000；培训费¥80,000。
P:2.2 合同总价为固定价格，已包含税费、差旅及乙方完成本项目所需的全部费用，甲方不再另行支付其他费用。
P:2.3 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款（¥432,000）。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%（¥972,000）。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%（¥756,000）。
P:3.4 财政资金支付按国库集中支付程序办理，因审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付期限
P:4.1 乙方应在合同签订后一百二十日内完成部署及初步验收，在初步验收后九十日内完成试运行并申请最终验收。
P:4.2 进度计划由双方在项目启动会上确认，乙方每两周提交项目周报，重大问题应在发现后二个工作日内书面报告甲方。
P:4.3 乙方应派驻项目经理一名及开发、实施人员不少于六名，项目经理须具有同类平台实施经验，未经甲方同意不得更换；甲方认为人员不胜任的，有权要求乙方在十日内更换。
P:4.4 甲方负责提供政务云资源、网络接入条件及各供热企业的协调联络，并在乙方提出需求后五个工作日内予以答复。因甲方未能及时提供条件导致工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：功能清单全部实现；二十六家供热企业数据接入完成且连续十日数据一致；页面响应时间在二百并发下不超过三秒；通过第三方安全测评。
P:5.2 最终验收标准：试运行期间无一级故障，缺陷全部关闭，文档、源代码及培训资料移交完整，甲方组织专家评审通过并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在二十日内整改后重新验收。
P:5.4 验收所需的测试环境、测试数据由乙方准备，第三方测评费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥115,200），自质保期满起三年内不上调。维护合同另行签订，不自动续期。
P:6.3 质保期内，乙方每季度对平台进行一次巡检，提交巡检报告，并配合甲方完成采暖季前的系统检查和应急演练；采暖季期间乙方应安排专人值守。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日通知）。
P:7.2 一级故障（平台整体不可用或供热数据中断）乙方应在三十分钟内响应，两小时内到场，当日恢复；二级故障两小时内响应，次工作日解决。
P:7.3 服务水平未达标的，一级故障每迟延响应一小时扣减¥1,000；月可用率每低于承诺值0.01个百分点扣减¥2,000，从应付款或履约保证金中扣除。
P:7.4 乙方应设立7×24小时服务热线，每月向甲方提交服务报告，载明故障数量、处理时长、可用率及改进措施。
H:第八条 知识产权
P:8.1 定制开发成果（含源代码、接口程序、报表模板、数据库设计及文档）的知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
P:8.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台采集和产生的全部供热数据、企业信息及用户投诉信息属于甲方所有，乙方仅为履行本合同使用，不得用于其他目的，不得向任何第三方提供。
P:9.2 乙方应遵守网络安全法、数据安全法及个人信息保护法，落实访问控制、操作审计和加密传输措施，运维操作须经堡垒机并留存日志。平台数据仅存储于甲方政务云，乙方不得将数据复制到自有设备、公有网盘或境外服务器；项目结束时乙方应删除测试环境中的全部数据并出具书面说明。
P:9.3 发生数据泄露或安全事件的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、供热企业经营信息及居民个人信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒绝验收并要求乙方赔偿损失。
P:11.3 乙方违反本合同第九条、第十条约定的，除赔偿甲方全部损失外，甲方有权解除合同。违约金不足以弥补甲方损失的，乙方应补足差额。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:13.3 合同解除的，乙方应在十日内移交已完成的开发成果、源代码、文档及甲方全部数据，并配合甲方完成平台的平稳过渡，甲方按已验收部分据实结算。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。合同变更不得违反政府采购相关规定。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件：1. 功能需求清单；2. 接口清单；3. 验收测试方案；4. 分项报价表。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：JLS-KZ-2026-032
P:甲方：某电器科技有限公司（电动洗脸刷制造）
P:乙方：某智能装备工程有限公司
P:甲方为提升电动洗脸刷组装、测试及包装产线的自动化水平和产品一致性，委托乙方对其六条生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 更换六条产线的PLC及控制柜、伺服驱动系统，新增刷头装配视觉检测单元、工业触摸屏及数据采集网关。
P:1.2 乙方提供产线控制软件许可六套，并完成PLC程序、HMI画面、视觉检测算法参数及与甲方MES系统的数据接口开发。
P:1.3 改造分两批实施，每批三条产线，利用甲方计划停产期间施工，每批停线时间不得超过十日，不得影响甲方其余产线的正常生产。
P:1.4 改造后的控制系统应保留手动操作模式，设置急停及安全光栅联锁，符合国家机械安全相关标准，并为后续新增产线预留扩展接口。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰陆拾壹万元整（¥2,610,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|6套|128,000|768,000
TB:2|伺服驱动及电机|48套|9,500|456,000
TB:3|刷头装配视觉检测单元|12套|42,000|504,000
TB:4|工业触摸屏（HMI）|6台|18,500|111,000
TB:5|数据采集网关|6台|13,500|81,000
TB:6|产线控制软件许可|6套|76,000|456,000
TB:|软硬件小计|||2,376,000
TB:7|安装调试及程序开发|1项|206,000|206,000
TB:8|操作及维护培训|1项|28,000|28,000
TB:|合计|||2,610,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、税费及乙方人员费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥522,000。
P:3.2 全部设备到货并完成两批产线安装调试后，甲方支付合同总价的45%，即¥1,174,500。到货签收及安装调试完成不代表质量验收合格。
P:3.3 项目通过终验后，甲方支付合同总价的35%，即¥913,500。
P:3.4 乙方每次请款前应开具等额增值税专用发票。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后六十日内完成设备到货，第一批产线在到货后二十五日内完成改造，第二批产线在第一批改造完成后四十五日内完成改造。
P:4.2 施工期间乙方应遵守甲方厂区安全、消防及洁净车间管理规定，进入车间人员须经甲方安全培训。乙方对其施工人员的人身安全负责。
P:4.3 拆除的旧控制柜及电缆归甲方所有，由乙方按甲方指定地点整理堆放。
P:4.4 乙方应在合同生效后十五日内提交详细改造方案及停线计划，经甲方工程部确认后实施。方案应包括电气图纸、IO点表、程序结构说明、切换步骤及回退预案，切换失败时乙方应在当班内恢复原控制系统运行。
P:4.5 甲方负责提供施工所需的电源、压缩空气及临时存放场地，并安排工艺人员配合调试。
P:4.6 培训分操作培训和维护培训两部分，操作培训覆盖各班组长及操作工，维护培训覆盖甲方设备科人员，培训后由乙方组织考核，培训教材和视频交甲方留存。
H:第五条 验收
P:5.1 每批产线改造完成后进行单线调试，并连续试生产七日。
P:5.2 终验标准：六条产线节拍不低于改造方案约定值；视觉检测漏检率不高于0.2%、误判率不高于1.5%；产线数据实时上传MES，数据延迟不超过两秒；连续二十日试生产无因控制系统导致的停线；PLC程序、HMI工程文件及全部技术文档移交完毕。
P:5.3 试生产期间的原材料、能源由甲方承担，乙方应派工程师驻场跟班，记录停线原因并及时处理。因控制系统原因导致的不合格品，由乙方承担返工费用。
P:5.4 终验由甲方组织，双方签署终验报告。产线投入试生产或甲方付款，不视为终验合格。终验不合格的，乙方应在十五日内整改并重新验收。
H:第六条 质量保证及维保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备，免费提供程序修改和软件升级。
P:6.2 质保期满后，乙方继续提供维保服务，维保费按每年软硬件小计的25%计取，即每年¥594,000，按季度支付。维保内容包括定期巡检、备品备件更换、程序维护及软件升级。该费率在质保期满后五年内固定不变。
P:6.3 乙方应在甲方厂区常备关键备件（PLC模块、伺服驱动器、视觉相机各不少于两套），备件所有权在甲方付款后转移给甲方。
P:6.4 质保期及维保期内，乙方每季度对六条产线控制系统进行一次预防性巡检，检查内容包括控制柜温升、伺服参数、视觉相机标定及网关通讯状态，并在巡检后三个工作日内提交巡检报告及整改建议。
H:第七条 服务水平
P:7.1 一级故障（整条产线停线）乙方应在一小时内响应，三小时内到场，八小时内恢复生产；二级故障（单工位故障）两小时内响应，次日内解决。
P:7.2 乙方应提供7×24小时技术支持热线及远程诊断服务，远程诊断须符合本合同第九条的要求。
P:7.3 一级故障每延迟到场或恢复一小时，乙方向甲方支付¥800；由此导致甲方停产损失的，乙方另行赔偿。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方、MES接口程序及相关文档，知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或委托第三方维护。
P:8.2 产线控制软件的标准版本仍归乙方所有，乙方授予甲方在本厂范围内永久使用的许可。
H:第九条 数据安全与保密
P:9.1 产线运行数据、工艺参数、产品设计及质检数据属于甲方所有，乙方不得复制、带离厂区或用于其他目的。
P:9.2 乙方远程维护须事先取得甲方批准，经甲方提供的专用通道接入并全程记录；发生数据泄露或网络安全事件的，乙方应在二小时内通知甲方并承担由此造成的损失。
P:9.3 乙方对在履约中知悉的甲方技术秘密、工艺及经营信息承担保密义务，期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期完成任一批次改造的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 乙方提供的设备或软件不符合合同约定的，应在甲方通知后十日内免费更换；因此给甲方造成停产或返工损失的，由乙方赔偿。
P:10.3 甲方逾期付款的，按同期贷款市场报价利率支付利息。
H:第十一条 分包
P:11.1 乙方不得转包。确需将电缆敷设等辅助工作分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同的变更与解除
P:12.1 合同履行期间，任何一方不得单方解除本合同。确需变更或解除的，双方应协商一致并签订书面协议。
P:12.2 因不可抗力导致合同无法履行的，受影响一方应及时通知对方，双方协商处理。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方盖章之日起生效。附件：改造技术方案、设备技术参数表、验收测试表。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

Z03 = """潜水体验门店预约及会员管理系统服务合同

合同编号：HY-SaaS-2026-0415
甲方：某潜水运动发展有限公司（旗下潜水体验门店三十家）
乙方：某云科技有限公司

甲方拟为其全部门店统一部署线上预约、会员管理和教练排班系统。乙方以软件即服务（SaaS）方式提供系统，并负责实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方向甲方三十家门店提供预约及会员管理系统的在线使用服务，包括：
1. 小程序及网页预约、场次与泳池资源管理；
2. 会员档案、储值卡、课程包及积分管理；
3. 教练排班、课时统计及佣金计算；
4. 潜水体检声明、免责告知书电子签署及存档；
5. 经营报表及总部管理驾驶舱。
（二）实施服务。乙方负责系统配置、门店及课程数据导入、与甲方财务系统和支付通道的接口开发、门店人员培训及上线支持。
（三）运营支持。服务期内，乙方为甲方指定专属客户成功经理一名，每季度上门或线上回顾系统使用情况，提出流程优化建议；系统版本更新前七日通知甲方，重大功能变更应先在甲方测试门店试用。
（四）培训。乙方应为总部运营人员、门店店长、前台及教练分别组织培训，上线前完成不少于六场集中培训，上线后两周内提供驻场或远程陪跑，并提供操作手册和视频教程。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，第二个服务年度紧接第一个服务年度届满之日开始。
（二）服务期满前六十日，双方可就续约进行协商。

三、合同价款及支付
（一）订阅费：每家门店每个服务年度¥9,800，三十家门店每个服务年度合计¥294,000，两个服务年度合计¥588,000。
（二）实施费：¥126,000，一次性支付。
（三）合同总价：¥714,000。
（四）支付方式：
1. 实施费在系统上线验收合格后十五个工作日内支付；
2. 每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付；
3. 乙方应在收款前开具合规发票。
（五）服务期内新增门店的，按每家门店每个服务年度¥9,800的单价按月折算计费。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。
（二）上线验收标准：
1. 三十家门店全部开通，历史会员及储值余额导入后与甲方核对一致；
2. 预约、签到、核销、退款全流程测试通过；
3. 财务接口及支付对账连续七日无差异；
4. 高峰期五百并发预约下页面响应不超过两秒；
5. 门店店长及前台人员培训完成。
（三）验收合格的，甲方出具书面验收单。试用或部分门店先行使用，不视为验收合格。
（四）因乙方原因上线逾期的，每逾期一日，乙方按合同总价的万分之八向甲方支付违约金。
（五）验收不合格的，乙方应在十日内完成整改并重新提交验收；因甲方未按时提供数据或未安排人员参加测试导致延期的，实施期限相应顺延。
（六）支付接口须使用甲方自有的商户号，交易资金直接进入甲方账户，乙方不得以任何形式归集、截留或代收甲方及其会员的款项。

五、服务水平
（一）系统月度可用率不低于99.5%，计划维护应安排在凌晨零时至六时之间，并提前两日通知甲方。
（二）一级故障（全部门店无法预约或收款）乙方应在三十分钟内响应，两小时内恢复；二级故障两小时内响应，当日解决。
（三）月度可用率未达承诺的，按每低于0.1个百分点扣减当月订阅费的2%，一级故障超时恢复的，每超时一小时扣减¥500，扣减从下期订阅费中抵扣。
（四）乙方提供7×24小时在线客服及电话支持，门店营业时间内的一般咨询应在十五分钟内回复。乙方每月向甲方提交服务报告，列明可用率、故障及处理情况、工单统计和改进计划。
（五）旅游旺季及节假日前，乙方应对系统进行扩容评估和压力测试，确保高峰期间预约和支付正常。

六、数据
（一）甲方及其会员在系统中产生的会员信息、预约记录、交易数据归甲方所有。
（二）乙方应按照个人信息保护法和数据安全法采取加密存储、访问控制、操作日志和定期备份等安全措施，数据存储于中国境内。发生数据泄露的，乙方应在二小时内通知甲方，并承担由此造成的损失及监管处罚。
（三）甲方同意，乙方可将系统中的预约、消费及会员数据进行脱敏和汇总处理后，用于乙方行业分析报告、产品改进及向其他客户提供的市场洞察服务，该项使用在本合同终止后仍可继续。
（四）甲方管理员可随时在系统中导出会员、预约和交易数据。乙方员工访问甲方数据须经授权并留存记录，不得私自下载或截屏。
（五）合同终止后三十日内，乙方应向甲方交付全部数据的完整导出文件，并在甲方确认后删除。

七、知识产权
（一）乙方平台软件的知识产权归乙方所有。
（二）乙方保证其提供的系统不侵犯任何第三方的知识产权，因此引起的索赔由乙方负责处理并承担费用。
（三）乙方为甲方定制开发的接口程序、报表模板、小程序页面及相关配置，知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。

八、保密
双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，乙方人员不得利用工作便利获取甲方会员联系方式用于营销或其他用途。保密义务在合同终止后三年内有效。

九、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但因乙方故意、重大过失或违反第六条（二）项造成的损失不受此限。

十、续期
服务期满，如任何一方未在期满前三十日书面提出不续约，本合同自动续期一个服务年度，依此类推。续期时乙方有权按其届时公布的标准价格调整订阅费单价，调整后的价格自续期之日起适用。

十一、双方义务
（一）甲方应指定项目负责人，及时提供门店、课程、价格及历史会员数据，并对数据的真实性负责。
（二）甲方应按约定支付费用，妥善保管管理员账号，因甲方账号管理不当造成的损失由甲方承担。
（三）乙方应保证系统符合国家关于网络安全等级保护的要求，定期进行漏洞扫描和渗透测试，并向甲方提供年度安全报告。
（四）乙方应保证电子签署的免责告知书具有完整的签署时间、签署人身份核验记录，并在服务期内完整保存，供甲方随时调取。

十二、分包
乙方不得将本合同项下服务转包，亦不得分包，但经甲方书面同意的除外。

十三、合同解除
（一）乙方严重违约，或系统连续两个月可用率未达承诺，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未使用期间的订阅费。
（二）甲方逾期支付超过六十日，经乙方催告后仍未支付的，乙方可暂停服务。
（三）合同解除或终止的，乙方应配合甲方完成数据迁移，迁移期间不少于三十日，期间系统保持只读访问，乙方不另行收费。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交三亚仲裁委员会仲裁，仲裁裁决是终局的。

十五、其他
本合同未尽事宜，由双方另行签订补充协议。附件包括：服务说明书、服务水平说明、门店清单、接口清单及实施计划，附件与本合同具有同等效力。本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：__________            乙方（盖章）：__________
"""

Z04 = """城市易涝点监测系统年度运维服务合同

项目编号：SWJ-CS-2026-009（竞争性磋商）
甲方：某市水务局
乙方：某环境物联网技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担城市易涝点监测系统的年度运行维护服务。为明确双方权利义务，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象：全市一百二十六个易涝点监测站（含积水深度传感器、雨量计、视频摄像机、太阳能供电及通信模块）、监测预警平台软件及其运行的政务云资源。
（二）服务内容：
1. 监测站日常巡检、清淤清洁、传感器校准、设备维修及更换；
2. 监测预警平台的运行监控、故障处理、数据质量核查及系统补丁更新；
3. 汛期（每年五月至九月）应急值守及暴雨期间的现场保障；
4. 每月编制运维报告及积水数据分析报告。
（三）运维交接：合同签订后十日内，乙方应会同甲方及原运维单位完成设备清点、账号交接和遗留问题确认，形成交接清单，作为年度验收比对依据。
（四）服务期限：自合同签订之日起一年。期满后本合同终止，不自动续期。

第二条 服务费用
（一）本合同年度服务费总额为人民币肆拾捌万陆仟元整（¥486,000），其中：
1. 监测站巡检维护费¥268,000；
2. 平台运维及数据服务费¥142,000；
3. 汛期应急保障费¥76,000。
（二）服务费为包干价，包括人工、车辆、工具、常用易损件、差旅、税费等全部费用。单件价格超过¥3,000的设备更换，经甲方确认后按响应文件所列单价另行结算，不计入本合同总价。

第三条 支付方式
（一）服务费按季度支付，每季度结束后，经甲方对当季服务进行考核，乙方开具发票后十五个工作日内，甲方支付当季服务费¥121,500。
（二）季度考核中发生扣减的，甲方在当季服务费中扣除。
（三）本合同不设预付款。

第四条 运维要求
（一）巡检：每个监测站每月至少现场巡检一次，汛期每半月一次；暴雨蓝色及以上预警发布后，乙方应在预警发布后二小时内完成重点监测站的远程状态核查。
（二）校准：积水深度传感器每季度校准一次，测量误差超过两厘米的，应当日校准或更换。
（三）人员：乙方应配备项目负责人一名、运维工程师不少于五名，汛期应急值守人员不少于八名，人员名单报甲方备案，更换须经甲方同意。
（四）备件：乙方应在本市设立备件库，常备传感器、通信模块及蓄电池，数量不少于监测站总数的十分之一。
（五）汛期保障：汛期内乙方应实行7×24小时值班，暴雨红色、橙色预警期间，应按甲方调度派出不少于四个现场小组，配合排水、城管等部门进行积水点核查，现场人员应在积水点设置警示标志并实时回传视频。
（六）安全作业：乙方人员进行道路、立交桥下及河道边作业时，应设置交通警示，穿戴反光服和救生设备，雷雨天气禁止登高作业。乙方对其人员作业安全负全部责任，并为其人员购买意外伤害保险。
（七）设备更新建议：乙方应在每年十月底前提交设备健康评估报告，对故障率较高或老化的设备提出更换建议和预算，供甲方编制下一年度预算参考。

第五条 服务水平
（一）故障分级：一级故障为平台不可用、预警信息无法发布或十个以上监测站同时离线；二级故障为单个监测站离线或数据异常；三级故障为其他一般问题。
（二）响应时间：一级故障，乙方应在接报后6小时内响应并开始处置；二级故障，应在接报后十二小时内到达现场；三级故障，在三个工作日内处理完毕。
（三）考核扣减：一级故障每超出响应时限一小时扣减¥800，二级故障每超时一小时扣减¥200；单个监测站在汛期离线累计超过四十八小时的，每站每次扣减¥1,000。
（四）乙方应建立运维工单系统，所有故障从接报到关闭全程留痕，甲方可随时查询。
（五）运维月报应于次月五日前提交，内容包括巡检完成情况、故障统计及处理时长、设备更换记录、数据缺失情况及原因分析、下月工作计划。

第六条 考核与验收
（一）季度考核：甲方根据运维报告、工单记录、现场抽查结果，对巡检完成率、故障处理时效、数据有效性进行评分，考核细则见附件一。
（二）年度验收：服务期满前十五日，乙方提交年度运维总结报告、设备台账、校准记录和备件清单，甲方组织验收。验收标准为：全部监测站设备状态与台账一致；校准记录完整；年度故障全部闭环；平台及数据库完整移交。
（三）验收不合格的，乙方应在十日内整改完毕，整改后重新组织验收。
（四）甲方每半年组织一次对乙方服务的满意度评价，征求区排水管理单位和应急管理部门意见，评价结果纳入季度考核。

第七条 数据安全
（一）监测数据、视频图像、预警记录及平台数据库属于甲方所有。乙方仅可为履行运维服务使用，不得用于其他用途，不得向任何第三方提供。
（二）乙方应遵守网络安全法和数据安全法，运维人员通过甲方政务云堡垒机登录，使用个人实名账号，操作全程审计；不得在个人设备上存储监测数据。
（三）发生数据丢失、篡改或网络安全事件的，乙方应在二小时内向甲方报告，立即采取处置措施，并承担因其过错造成的全部损失。
（四）服务期满或合同解除时，乙方应将其持有的全部监测数据、配置文件、账号口令清单移交甲方，并删除其留存的任何数据副本，出具书面删除确认。
（五）乙方对平台的补丁更新、配置变更，应事先提交变更方案，经甲方批准并在测试环境验证后实施，变更前应做好数据备份。

第八条 知识产权
乙方在服务中形成的运维报告、数据分析报告、巡检记录、运维脚本及设备台账，其知识产权及所有权归甲方，甲方可自由使用和修改。乙方自有的运维工具软件仍归乙方所有，但乙方应保证甲方在服务期满后仍可正常使用平台及全部监测数据，不因乙方退出而受到影响。

第九条 违约责任
（一）乙方未按第四条要求完成汛前全面巡检和校准的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方连续两个季度考核不合格的，甲方有权解除合同。
（三）因乙方运维不到位导致监测数据缺失、预警延误，造成甲方损失的，乙方应予赔偿。
（四）乙方人员配置不足或擅自更换项目负责人的，每发生一次，甲方有权扣减服务费¥2,000，并要求乙方限期补足人员。

第十条 甲方义务
（一）甲方应指定联系人，协调交通、城管、排水等部门为乙方现场作业提供便利。
（二）甲方应按约定及时支付服务费，并向乙方提供平台运行所需的政务云资源和账号。

第十一条 分包
本项目不得转包或分包。

第十二条 合同解除
乙方严重违约，经甲方书面通知后七日内仍未改正的，甲方有权解除本合同，按实际服务期间结算费用，并要求乙方赔偿损失。乙方应配合甲方做好交接。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同未尽事宜，双方可签订补充协议。附件：一、季度考核细则；二、监测站清单；三、设备更换单价表；四、运维人员名单。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：__________            乙方（盖章）：__________
"""

Z05 = """# 织迹工序追踪系统 软件许可及定制开发合同

（织迹软件标准合同文本 V3.0）

合同编号：ZJ-HT-2026-118

甲方（客户）：某草编工艺品工作室

乙方（供应商）：某织迹软件科技有限公司

甲方拟采购乙方“织迹工序追踪系统”，用于草编工艺品从订单、备料、编织、染色、定型到质检和发货的全过程追踪。甲方现有生产管理依靠纸质工票和表格，订单交期和手艺人计件核算难以及时掌握。双方本着平等自愿原则，经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供织迹工序追踪系统标准版软件使用许可（二十个并发用户），许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：草编订单拆分及工序流转、手工编织计件扫码报工、质检记录与返工追踪、手艺人移动端小程序、客户订单进度查询页面。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 乙方交付物为：系统安装程序、小程序发布版本、用户操作手册及管理员手册。源代码不属于交付范围。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工序追踪系统标准版软件许可（二十用户，永久） | 148,000 |
| 2 | 定制开发（工序流转、扫码报工、质检追踪、小程序、订单查询） | 196,000 |
| 3 | 安装部署及培训 | 42,000 |
| | 合计 | 386,000 |

合同总价为人民币叁拾捌万陆仟元整（¥386,000），含税。合同金额不包括服务器、云主机、扫码枪、移动终端、短信及小程序认证费用，上述费用由甲方自行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥250,900，乙方收到该款项后开始工作。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即¥135,100。

3.3 甲方未按期付款的，乙方有权暂停开发或服务，工期相应顺延，每逾期一日甲方按应付未付金额的千分之一支付违约金。

## 第四条 交付与上线

4.1 乙方在收到首期款后七十五个工作日内完成开发并部署上线。

4.2 系统部署完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的需求调整，按新增需求另行计费。

4.3 上线所需的服务器、网络及终端由甲方按乙方提供的配置清单准备，因甲方环境未就绪导致无法上线的，自乙方通知之日起满十日即视为已上线。

4.4 甲方应在乙方通知后三个工作日内安排人员参加培训，逾期未安排的，视为乙方已完成培训义务。

## 第五条 免费维护与后续服务

5.1 乙方自系统上线之日起提供六个月免费维护，内容为软件缺陷修复和远程技术支持。

5.2 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准执行。

5.3 以下情况不属于免费维护范围：甲方自行修改系统、硬件及网络故障、甲方操作不当造成的问题。

5.4 免费维护期内，乙方发布的标准版小版本升级可免费提供；大版本升级及新增模块需另行购买。

## 第六条 技术支持

6.1 乙方通过电话、微信群及远程方式提供技术支持，服务时间为工作日九时至十八时。

6.2 一级故障（系统无法登录或无法报工）乙方在8小时内响应；其他问题在两个工作日内响应，解决时间视问题复杂程度而定。

6.3 甲方要求乙方派员上门服务的，差旅费由甲方承担，上门服务另按每人天¥1,800收费。

## 第七条 知识产权

7.1 织迹工序追踪系统及乙方为本项目开发的全部定制功能、源代码、小程序、数据库结构及文档，其知识产权均归乙方所有。

7.2 甲方在许可范围内享有非独占的使用权，不得对软件进行反向工程、修改、复制或提供给第三方使用。

7.3 乙方有权将本项目中开发的定制功能纳入其标准产品，向其他客户销售。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的订单、手艺人信息、计件工资及客户资料等业务数据归甲方所有，乙方仅为提供维护服务之目的访问。

8.2 乙方应采取账号权限管理、数据加密传输、每日自动备份等安全措施；因乙方原因导致数据泄露或丢失的，乙方应在发现后24小时内通知甲方，并赔偿甲方因此遭受的直接损失。

8.3 合同终止后，甲方可在三十日内自行导出业务数据，乙方应提供导出工具和字段说明；期满后乙方有权删除甲方数据。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密及技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。乙方可在其官方网站、宣传材料及投标文件中将甲方列为客户案例，并使用甲方名称及系统界面截图，但不得披露甲方的具体业务数据。

## 第十条 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

10.2 任何一方违反本合同约定给对方造成损失的，应承担相应的赔偿责任。因甲方提供的数据错误、设备故障或网络中断导致系统无法正常使用的，乙方不承担责任。

## 第十一条 合作方

乙方可根据项目需要，将小程序开发、界面设计等部分工作委托乙方的合作伙伴完成，无需另行征得甲方同意。

## 第十二条 合同解除

12.1 一方严重违反本合同，经守约方书面通知后三十日内仍未改正的，守约方有权解除本合同。

12.2 合同解除的，已支付的费用按乙方已完成的工作量结算，已完成的开发成果由乙方保留。

12.3 甲方无正当理由单方终止合同的，已支付款项不予退还。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 甲方的义务

14.1 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调，并在乙方提出需求确认请求后三个工作日内给予书面答复，逾期未答复的视为确认。

14.2 甲方应提供系统运行所需的服务器或云主机、网络环境、扫码枪及移动终端，相关设备的采购和维护费用由甲方自行承担。

14.3 甲方应按乙方要求整理并提供产品款式、工序清单、手艺人名单及计件单价等基础数据，并对数据的准确性负责。

## 第十五条 需求变更

15.1 需求规格说明书经双方确认后，甲方提出的新增或变更需求，由乙方评估工作量并报价，经甲方书面确认后实施，费用另计，工期相应顺延。

15.2 乙方按人天计算变更费用，标准为每人天¥1,800。

## 第十六条 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方可部分或全部免除责任。

## 第十七条 通知

双方通过合同首页载明的地址、电话及电子邮箱发送通知，电子邮件发出即视为送达。一方联系方式变更的，应在三日内书面通知对方。

## 第十八条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同附件包括需求规格说明书及报价单，与本合同具有同等效力；附件与正文不一致的，以正文为准。

甲方（盖章）：__________

乙方（盖章）：__________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SRW-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Sanpete Ridge Works, Inc., a Utah corporation with its principal office at Main Street, Manti, Utah, United States (the "Vendor"), and a rail components manufacturing company incorporated in the People's Republic of China with its registered office in Zhuzhou, Hunan Province (the "Customer").
P:The Customer wishes to replace its paper-based maintenance records with a computerised maintenance management system for its forging, machining and heat-treatment workshops. The Vendor licenses such a system and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RidgeMaint maintenance management software, version 8, in object code, with its documentation and any updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, work-order templates, equipment hierarchies, reports, interface programs and other materials that the Vendor prepares specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including equipment records, maintenance histories, spare-parts data and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users at the Customer's sites in mainland China.
P:2.2 The Vendor shall provide the following services: (a) requirements workshops and a solution design; (b) configuration of the Software for 2,600 items of equipment in three workshops; (c) migration of maintenance records from the Customer's spreadsheets and legacy database; (d) interfaces to the Customer's ERP system and its production monitoring system; (e) training of administrators, planners and technicians; and (f) go-live support.
P:2.3 The Software shall be installed on servers provided by the Customer in its own data centre. The Vendor shall provide written hardware and operating-system specifications within ten days after signature.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,846,000, inclusive of applicable taxes, made up as follows: licence fee CNY 1,120,000; implementation and interface services CNY 486,000; data migration CNY 168,000; training CNY 72,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and living costs of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 369,200) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 830,700) within 30 days after go-live of the Software in all three workshops. Go-live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 646,100) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the bank account of the Vendor's designated collection agent in China, as notified in writing. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, migration and interfaces, and shall be ready for go-live, within 150 days after signature.
P:5.2 After go-live the Customer shall run the Software in production for 45 days (the "Acceptance Period"). During this period the parties shall carry out the acceptance tests set out in the test plan agreed during solution design.
P:5.3 Final Acceptance requires that: (a) all functions listed in Annex 1 have passed the agreed tests; (b) migrated maintenance records reconcile with the source data for every item of equipment, with any differences explained and corrected; (c) the ERP and production monitoring interfaces have exchanged data without error for 20 consecutive working days; (d) the system responds to common queries within 3 seconds with 120 concurrent users; (e) no Severity 1 or Severity 2 defect remains open; and (f) all documentation, including the source code of the Custom Deliverables, has been handed over. The Customer shall then sign a Final Acceptance certificate.
P:5.4 Use of the Software in production, go-live or any payment shall not by itself constitute acceptance. If the tests fail, the Vendor shall correct the defects within 15 days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the agreed specifications for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates and technical support free of charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee shall be 11% of the licence fee, that is CNY 123,200 per year, and shall not be increased for the first three years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
P:6.3 Support covers defect correction, new releases of the Software, remote assistance and an annual health check of the system.
H:Article 7 Service Levels
P:7.1 Defects are classified as follows. Severity 1: the Software is unavailable or work orders cannot be created or closed in any workshop. Severity 2: a major function is impaired but a workaround exists. Severity 3: all other defects and questions.
P:7.2 The Vendor shall respond to a Severity 1 defect within 1 hour, around the clock, and shall provide a fix or workaround within 8 hours. Severity 2 defects shall be answered within 2 hours during business hours in China and fixed within 3 business days. Severity 3 defects shall be answered within one business day.
P:7.3 For each hour by which the Vendor exceeds the Severity 1 response or fix time, the Vendor shall credit the Customer CNY 1,000. Credits shall be deducted from the next payment due to the Vendor or paid on demand.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables belong to the Customer on creation. The Customer may use, modify, copy and license the Custom Deliverables freely, including to third parties who maintain them for the Customer.
P:8.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights, and shall pay any resulting damages and costs.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only as necessary to perform this Agreement and shall not use it for any other purpose, in any form, including in aggregated or anonymised form.
P:9.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, using individual accounts, with each session approved in advance and logged. The Vendor shall not copy Customer Data outside the Customer's systems and shall not transfer any Customer Data outside mainland China.
P:9.3 The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC in performing this Agreement. The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data caused by the Vendor or its personnel, shall take all reasonable remedial measures and shall be liable for all resulting losses of the Customer.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information received from the other party under this Agreement and use it only for the purposes of this Agreement. This obligation survives for five years after the end of this Agreement.
P:10.2 Information that is public, independently developed or lawfully received from a third party is not confidential.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to be ready for go-live by the date in Article 5.1, or fails to reach Final Acceptance within 60 days after go-live, for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay.
P:11.2 The total liability of either party under this Agreement shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature and continues until the end of the Warranty Period. The licence in Article 2.1 survives.
P:13.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if delay damages under Article 11.1 have accrued for more than 40 days. In that case the Vendor shall refund the amounts paid for services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Utah, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Salt Lake City, Utah, and each party submits to the jurisdiction of those courts.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Scope) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ShiftYard Workforce Scheduling Service — Order Form and General Terms

Order Form No. SY-OF-2026-0213

## PART A — ORDER FORM

### A1. Parties

**Provider:** Great Basin Shiftyard LLC, a Nevada limited liability company, Aultman Street, Ely, Nevada, United States.

**Customer:** a third-party logistics company incorporated in the People's Republic of China, with its registered office in Wuhan, Hubei Province, operating eleven warehouses in central China.

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

### A2. Service

ShiftYard, Provider's web and mobile application for labour planning, shift scheduling, time and attendance capture, task assignment and productivity reporting in warehouses, delivered as a hosted subscription service (the "Service"). The Service includes the mobile app for warehouse staff, the supervisor console and the standard reporting module.

Subscribed quantity: 250 named supervisor and planner users. Warehouse staff using the mobile app for clock-in and task confirmation are not counted as users.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under Section A5 (the "Subscription Start Date"); the second Subscription Year starts on the first anniversary of that date. This Order Form ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 250 users × CNY 1,080 | 270,000 |
| Subscription, Subscription Year 2 | 250 users × CNY 1,080 | 270,000 |
| Onboarding (configuration of 11 warehouses, shift rules, data load, training) | one-time | 58,000 |
| Integration package (WMS and payroll interfaces) | one-time | 36,000 |
| **Total fees for the Subscription Term** | | **634,000** |

All fees are in CNY and include VAT. Additional users may be added at CNY 1,080 per user per Subscription Year, pro rata by month. Fees for additional users are not part of the total above.

Invoicing: the onboarding fee and the integration package are invoiced on Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days of receipt. No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

Provider shall complete onboarding and integration within 70 days after signature of this Order Form (the "Target Go-Live Date").

Go-Live Acceptance requires that: (a) all eleven warehouses, their shift patterns and labour rules are configured as agreed in the onboarding workbook; (b) employee master data from Customer's HR system loads without errors; (c) the interfaces with Customer's warehouse management system and payroll system pass the agreed test scripts, and attendance totals for a trial payroll period match Customer's control figures; (d) single sign-on works with Customer's identity provider; and (e) supervisors at two pilot warehouses have used the Service for ten working days without a blocking defect. Customer shall confirm Go-Live Acceptance in writing within five working days after Provider shows that these criteria are met, or shall state the criteria not met.

If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 480 for each day of delay, deducted from the onboarding fee.

### A6. Contacts and Hosting

Provider's account manager and Customer's project lead are named in the onboarding workbook. The Service is hosted for Customer on the mainland China region of Provider's cloud hosting provider named in the onboarding workbook, which Customer approves by signing this Order Form.

Signed for Provider: ____________________ Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Use of the Service

1.1 Provider grants Customer and its users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

1.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product. Customer is responsible for its users' compliance with this Agreement and for keeping log-in credentials secure.

1.3 Customer shall provide the information, access to its WMS and payroll test environments, and staff time reasonably requested by Provider during onboarding. Where Customer does not do so, the Target Go-Live Date moves by the period of the delay.

1.4 Provider may update the Service from time to time, provided that no update materially reduces the functionality described in the documentation available at the time of signature.

### 2. Service Availability and Support

2.1 Provider will use commercially reasonable efforts to make the Service available, subject to scheduled maintenance and events beyond its reasonable control. Provider does not commit to any particular level of availability.

2.2 Support is provided by e-mail and through the support portal during Provider's business hours. Provider will respond to support requests as soon as reasonably practicable, and will prioritise requests that prevent the use of the Service. No response or resolution times apply.

2.3 Provider will publish planned maintenance on the support portal in advance where practicable.

### 3. Customer Data

3.1 "Customer Data" means all data submitted to the Service by or for Customer, including employee names, identifiers, working hours and productivity records, and all outputs generated from that data.

3.2 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose.

3.3 Provider shall keep Customer Data in mainland China and shall maintain administrative, technical and physical safeguards to protect it, including encryption in transit and at rest, role-based access control for Provider personnel, logging of all administrative access, and daily backups kept for thirty days. Provider shall comply with the Personal Information Protection Law and the Data Security Law of the PRC as they apply to its processing.

3.4 Provider shall notify Customer without undue delay, and in any event within 24 hours, after becoming aware of any security incident affecting Customer Data, shall take prompt steps to contain it, and shall be responsible for losses of Customer caused by a security incident resulting from Provider's breach of this Section 3.

3.5 Within 30 days after the end of the Subscription Term, Provider shall make Customer Data available for export in a standard format, and shall then delete it and confirm deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the Service, its software and documentation, and all improvements to them.

4.2 The configurations, shift-rule sets, report templates and integration scripts prepared specifically for Customer during onboarding belong to Customer. Customer may use, modify and license them freely, including after the end of the Subscription Term.

### 5. Confidentiality

5.1 Each party shall keep confidential the non-public information of the other party that it receives under this Agreement, shall use it only to perform this Agreement, and shall disclose it only to its personnel and advisers who need to know it and are bound by similar obligations.

5.2 These obligations continue for three years after the end of this Agreement.

### 6. Subcontracting

6.1 Apart from the hosting provider approved under Section A6, Provider shall not subcontract any part of the Service or onboarding without Customer's prior written consent. Provider is responsible for the acts and omissions of its subcontractors.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

7.2 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by Customer under this Agreement in the six months before the event giving rise to the claim.

7.3 Section 7.2 does not limit Customer's payment obligations, or liability for fraud or for death or personal injury caused by negligence.

### 8. Term and Termination

8.1 This Agreement continues until the end of the Subscription Term.

8.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

8.3 If Customer terminates under Section 8.2, Provider shall refund any prepaid fees for the remainder of the Subscription Term.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Notices must be in writing and sent to the addresses in Section A1 or to an e-mail address designated by the receiving party.

10.2 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the relevant business.

10.3 This Agreement is the entire agreement between the parties regarding the Service and replaces all earlier proposals. Any change must be in writing and signed by both parties.

10.4 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided it notifies the other party promptly and resumes performance as soon as possible.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR CONDITION MONITORING SYSTEM
P:Contract No. CM-2026-PUR-0871
P:Buyer: a cement production company incorporated in the People's Republic of China, with its registered office and two production lines in Anshun, Guizhou Province (the "Buyer").
P:Supplier: Uinta Basin Sensing Corp., a corporation organised under the laws of Utah, with its principal place of business in Duchesne, Utah, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to monitor the condition of the rotating equipment of its kilns, raw mills, cement mills and fans, and the Supplier has offered wireless sensors, gateways and its monitoring software for that purpose.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's VibeTrack monitoring software, its analytics modules and documentation, installed on the Buyer's servers.
P:1.3 "System" means the Equipment and the Software, installed, configured and integrated at the Buyer's plant.
P:1.4 "Buyer Data" means all measurements, alarms, asset records, reports and other data collected or generated by the System at the Buyer's plant.
P:1.5 "Final Acceptance" means the acceptance confirmed by the Buyer under clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's distributed control system and maintenance management system, configure analytics models for the monitored equipment, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 2,948,000, including VAT, duties, transport, insurance and all other costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|420|3,200|1,344,000
TB:2|Industrial gateways with mounting kits|28|16,500|462,000
TB:3|VibeTrack software, perpetual site licence, unlimited users|1|586,000|586,000
TB:|Equipment and Licence Subtotal|||2,392,000
TB:4|Installation, commissioning and system integration|1|418,000|418,000
TB:5|Analytics model configuration for 140 machines|1|92,000|92,000
TB:6|Training of operators and maintenance engineers|1|46,000|46,000
TB:|Contract Price|||2,948,000
P:2.3 The Contract Price is fixed and shall not be adjusted for exchange-rate changes or any other reason.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's plant in Anshun and at the Buyer's headquarters, for an unlimited number of users.
P:3.2 The licence includes the right to make copies for backup, testing and disaster recovery.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 294,800) as an advance within 20 working days after signature, against a bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,621,400) within 30 days after the Buyer signs the installation certificate confirming that all Equipment has been delivered and installed and the Software installed. The installation certificate is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 1,031,800) within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's plant, with customs clearance completed by the Supplier, within 75 days after signature.
P:5.2 The Supplier shall complete installation within 30 days after delivery. Installation work near kilns and mills shall be carried out only during planned stoppages notified by the Buyer, and all personnel of the Supplier shall follow the Buyer's safety rules, including permit-to-work, lock-out and hot-work procedures.
P:5.3 Title to the Equipment passes to the Buyer on delivery. Risk passes to the Buyer when the installation certificate is signed.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall carry out site acceptance tests according to the test plan approved by the Buyer.
P:6.2 The System shall then operate for a trial period of 60 days.
P:6.3 The Buyer shall confirm Final Acceptance in writing when all of the following criteria are met: (a) every installed sensor has reported valid data on each day of the last 30 days of the trial period, apart from units replaced under the warranty; (b) measured vibration values deviate from a calibrated reference instrument by no more than 5% on the sampled machines; (c) alarms reach the distributed control system within 10 seconds; (d) the analytics models have identified the test faults staged during the trial period; (e) the interface creates work orders in the maintenance management system without manual re-entry; and (f) all documentation, configuration files and training records have been delivered.
P:6.4 Delivery, installation, operation of the System during the trial period and payment shall not be deemed acceptance. If the criteria are not met, the Supplier shall remedy the defects within 20 days and the trial period or the tests shall be repeated in whole or in part, at the Buyer's choice.
H:7. Warranty and Post-Warranty Support
P:7.1 The Supplier warrants the System for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries, and correct defects in the Software free of charge, and shall deliver all new versions of the Software.
P:7.2 After the warranty, the Buyer may order support services. The annual support fee is 7% of the Equipment and Licence Subtotal, that is CNY 167,440 per year, fixed for the first two years after the warranty. Support is ordered year by year and does not renew automatically.
P:7.3 The Supplier shall keep spare sensors and gateways in mainland China sufficient to replace failed units within five working days.
H:8. Service Levels
P:8.1 Faults are classified and handled as follows:
TB:Severity|Description|Response|Resolution or workaround
TB:Severity 1|System down, or alarms not reaching the control system|30 minutes, 24×7|8 hours
TB:Severity 2|Loss of data from a gateway or a group of sensors|2 hours|2 working days
TB:Severity 3|Other defects and questions|1 working day|10 working days
P:8.2 For each hour by which the Supplier exceeds a Severity 1 response or resolution time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property rights in the Software.
P:9.2 The analytics models configured for the Buyer's machines, dashboards, interface programs and all reports prepared for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely, also after the end of this Contract.
H:10. Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including product development or benchmarking, whether or not anonymised.
P:10.2 The System shall be installed in the Buyer's network. The Supplier shall not connect any device to the Buyer's network without approval, shall access the System remotely only through the Buyer's remote-access gateway with individual accounts and session logging, and shall not copy Buyer Data outside the Buyer's systems.
P:10.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any security incident affecting the System or Buyer Data, shall cooperate in remedying it and shall compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production data and network obtained under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after this Contract ends.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in clauses 5 and 6, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for personal injury, damage caused by wilful misconduct or gross negligence, and breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for all approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund all amounts paid for parts of the System that the Buyer cannot use.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang. The award is final.
H:16. General
P:16.1 This Contract is made in Chinese and English. Amendments must be in writing and signed by both parties.
P:16.2 A party prevented from performing by force majeure, such as earthquake, flood, epidemic or government action, shall notify the other party promptly and provide evidence. The time for performance is extended by the period of the force majeure, but the Buyer may terminate this Contract if the force majeure lasts more than 90 days.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. APM-MSA-2026-07

**Customer:** a supermarket and convenience-store chain incorporated in the People's Republic of China, with its registered office in Chengdu, Sichuan Province, operating 180 stores, two distribution centres and a head office (the "Customer").

**Provider:** Abajo Peak Managed Services LLC, a Utah limited liability company with its principal office on Main Street, Monticello, Utah, United States, acting in China through its wholly foreign-owned enterprise in Chengdu (the "Provider").

The Customer wishes to outsource the support of its store and office IT. The Provider offers managed IT services. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement" means the date on which the Customer confirms in writing that the transition under clause 3 is complete.

1.3 "Initial Term" means 36 months from Service Commencement.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or can access in performing the Services, including sales data in store systems, employee accounts and loyalty-programme records.

1.5 "Incident" means an unplanned interruption or degradation of an IT service covered by the Services.

## 2. Services

2.1 The Provider shall provide the Services described in Schedule 1 to the Customer's stores, distribution centres and head office for the Initial Term, meeting the service levels in Schedule 2.

2.2 The Provider shall maintain a service desk in Chengdu with Mandarin-speaking staff, use an IT service management tool to record all Incidents and requests, and give the Customer read access to that tool.

2.3 The Provider shall assign a service delivery manager, who shall hold a monthly service review with the Customer and provide a monthly report of service levels, Incidents, problems and changes.

2.4 The Provider shall keep at least two field engineers in each of the four regions where the Customer has stores, and shall replace any engineer whom the Customer reasonably considers unsuitable within ten working days.

2.5 The Customer shall give the Provider the access to premises, systems and information reasonably needed to provide the Services, and shall approve changes in accordance with the change procedure agreed during transition.

## 3. Transition and Service Commencement

3.1 The Provider shall carry out the transition within 75 days after signature. Transition includes knowledge transfer from the Customer's current supplier, documentation of all supported systems, building the configuration database, setting up the monitoring tools and the service desk, and preparing runbooks.

3.2 The Customer shall confirm Service Commencement when: (a) all 180 stores, both distribution centres and the head office are covered by monitoring and by the service desk; (b) the configuration database lists every supported device with its location and owner, checked against a sample of 20 stores visited jointly; (c) runbooks for all standard requests and the top Incident types have been delivered and approved by the Customer; and (d) the service desk has handled live calls for 14 days in parallel with the current supplier, meeting the service levels in Schedule 2.

3.3 If Service Commencement does not occur by the end of the transition period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 3,000 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value for the Initial Term is CNY 3,604,000.

4.2 The transition fee is invoiced after Service Commencement. The monthly service charge is invoiced monthly in arrears.

4.3 The Customer shall pay each correct invoice within 30 days after receipt. No advance payment is due.

4.4 If the Customer disputes part of an invoice in good faith, it shall pay the undisputed part and notify the Provider of the reasons; the parties shall settle the disputed part at the next monthly service review.

4.5 Service credits under Schedule 2 are deducted from the monthly service charge for the month following the month in which they arise.

## 5. Intellectual Property

5.1 The Provider keeps the intellectual property in its own tools, methods and service management software.

5.2 Runbooks, configuration records, scripts, knowledge articles and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including for any successor supplier.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services.

## 7. Confidentiality

7.1 Each party shall keep confidential any non-public information of the other party received in connection with this Agreement, including the terms of this Agreement, and shall use it only to perform this Agreement. Each party may disclose such information to its employees and professional advisers who need to know it and are bound by equivalent duties.

7.2 This clause continues for five years after this Agreement ends.

## 8. Subcontracting

8.1 The Provider may subcontract any part of the Services, including on-site store visits and equipment repair, to third parties by giving the Customer written notice of the subcontractor's name and the scope of work before the subcontractor starts.

8.2 The Provider remains responsible for the performance of its subcontractors.

## 9. Liability

9.1 The Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value.

9.2 Neither party is liable for indirect loss or loss of profit, except for liability arising from wilful misconduct or gross negligence.

## 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Initial Term. It does not renew automatically. Any extension requires a written amendment agreeing the term and the charges.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after written notice, or if service credits reach their monthly maximum in any three consecutive months.

10.3 On expiry or termination the Provider shall provide exit assistance for up to 90 days, including handover of all documentation and knowledge transfer to the Customer or a successor supplier, at the rates in Schedule 3.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.

## 12. General

12.1 Amendments must be in writing and signed by both parties. This Agreement, with its Schedules, is the entire agreement on its subject matter.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

12.3 Neither party is responsible for a failure caused by force majeure, provided that it informs the other party without delay and takes reasonable steps to limit the effects.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact for all IT Incidents and requests from stores, distribution centres and head office, by telephone, WeChat and portal | 06:00–24:00 daily |
| Store systems support | Point-of-sale terminals, store servers, scales, printers, handheld scanners; remote diagnosis and on-site visits | Store opening hours |
| End-user device management | About 1,450 laptops and desktops: imaging, software distribution, software updates, asset tracking, break-fix | Business hours |
| Network management | Store routers and switches, head-office and distribution-centre LAN and Wi-Fi, WAN links, 24×7 monitoring | 24×7 |
| Moves and changes | New store openings, store refits and closures, up to 25 store events per year | Scheduled |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| P1 Incident (store unable to sell, or distribution centre stopped) — response | 15 minutes | CNY 1,000 per late Incident |
| P1 Incident — restoration | 6 hours | CNY 2,000 per late Incident, plus CNY 500 for each further hour |
| P2 Incident (several tills or a major system impaired) — response | 1 hour | CNY 300 per late Incident |
| P2 Incident — restoration | 1 business day | CNY 500 per late Incident |
| Network availability (head office and distribution centres), monthly | 99.95% | 3% of the monthly service charge for each 0.1 point below target |
| Service desk average speed of answer, monthly | 30 seconds | 2% of the monthly service charge |

Service credits in any month are limited to 20% of that month's monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement | 148,000 |
| Monthly service charge | CNY 96,000 × 36 months | 3,456,000 |
| **Total Contract Value** | | **3,604,000** |
| Additional stores | per store per month, pro rata | 520 |
| Exit assistance and additional work | per person-day | 2,400 |

The monthly service charge is fixed for the Initial Term. Additional stores and exit assistance are charged only when ordered and are not part of the Total Contract Value.
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. SJRA-DS-2026-031

PARTIES

1.1 San Juan River Analytics, Inc., a Utah corporation with its principal office in Mexican Hat, San Juan County, Utah, United States ("Provider").

1.2 An agricultural services company incorporated in the People's Republic of China, with its registered office in Harbin, Heilongjiang Province, which provides crop planning, agronomy advice and farm management services to grain growers ("Customer").

BACKGROUND

2.1 Provider operates a data service that combines satellite observations, weather station records and agronomic models to produce field-level weather, soil moisture, crop condition and yield indicators, made available through an application programming interface (the "API") and a web dashboard.

2.2 Customer wishes to use the data in its own farm management platform and advisory services for growers in north-east China. The parties therefore agree as follows.

DEFINITIONS

3.1 "Data Products" means the data sets and indicators listed in the Schedule, delivered through the API and the dashboard.

3.2 "Customer Data" means all data that Customer or its users submit to the API or the dashboard, including field boundaries, crop and planting records, farm identifiers, grower contact details and the queries made by Customer's platform, and any results generated specifically from that data.

3.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term.

3.4 "Integration Acceptance" means Customer's written confirmation under clause 7.3.

SUBSCRIPTION

4.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API, to store the Data Products in its own systems, and to use them in its farm management platform and in advice and reports given to its growers.

4.2 The subscription covers up to 40,000 fields and up to 3 million API calls per Subscription Year. Additional fields or calls are charged at the rates in the Schedule and are not included in the total fees.

4.3 Customer may display Data Products to its growers within its platform, but shall not resell the Data Products as a separate data feed or make them available to another data provider.

TERM

5.1 The Subscription Term is two Subscription Years. The first Subscription Year begins on the date of Integration Acceptance, and the second begins on the first anniversary of that date.

5.2 The Agreement ends at the end of the second Subscription Year. There is no automatic renewal. A renewal for any further period requires a new written agreement, and the fees for any further period shall be agreed by the parties.

FEES AND PAYMENT

6.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 386,000;
(b) subscription fee for Subscription Year 2: CNY 386,000;
(c) one-time integration and onboarding fee: CNY 44,000.
The total fees for the Subscription Term are CNY 816,000, inclusive of VAT.

6.2 The integration and onboarding fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer shall pay each invoice within 30 days after receipt. Nothing is payable before Integration Acceptance.

6.3 The subscription fees are fixed for the Subscription Term.

INTEGRATION AND ACCEPTANCE

7.1 Within 45 days after signature, Provider shall set up Customer's account, load Customer's initial field boundaries, provide API credentials and technical documentation in Chinese, and support Customer's developers in connecting the API to Customer's platform.

7.2 Provider shall host the API endpoints used by Customer in a data centre in mainland China.

7.3 Customer shall confirm Integration Acceptance in writing when: (a) all Data Products in the Schedule are returned for a test set of 500 fields chosen by Customer; (b) soil moisture and rainfall values for the test set are consistent with the records of 12 reference weather stations nominated by Customer, within the tolerances stated in the Schedule; (c) the median API response time over a test of 10,000 calls is below 800 milliseconds; (d) daily data for all test fields has been delivered on time for 15 consecutive days; and (e) the documentation is complete. If any criterion is not met, Provider shall correct the problem and the relevant test shall be repeated.

SERVICE LEVELS

8.1 Provider shall make the API available at least 99.95% of the time in each calendar month, excluding planned maintenance of which Provider has given at least five days' notice and which takes place between 01:00 and 05:00 Beijing time.

8.2 Provider shall deliver updated daily Data Products by 07:00 Beijing time each day.

8.3 Provider shall respond to Priority 1 incidents (API unavailable, or daily data not delivered) within 1 hour, at any time, and shall work continuously until the incident is resolved. Priority 2 incidents (degraded performance or partial data) shall be answered within 2 hours during business hours in China, and Priority 3 requests within two business days.

8.4 If Provider misses the availability commitment in any month, Customer receives a service credit of 5% of the monthly equivalent of the annual subscription fee for each 0.1 percentage point below the commitment. If daily data is delivered late on more than three days in a month, Customer receives a further service credit of 3% of that monthly equivalent. Credits are deducted from the next invoice or, after the last invoice, paid to Customer.

CUSTOMER DATA AND DATA SECURITY

9.1 Customer Data belongs to Customer.

9.2 Customer grants Provider a non-exclusive, perpetual, royalty-free licence to use Customer Data in aggregated and anonymised form to calibrate and improve Provider's models, to validate its Data Products, and to develop and offer data products and benchmarks to other customers. This licence survives the end of this Agreement.

9.3 Provider shall store Customer Data in mainland China and protect it with encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, and logging of all access. Provider shall comply with the Personal Information Protection Law and the Data Security Law of the PRC in its processing, and shall process grower contact details only to the extent needed to provide the Data Products.

9.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Data, shall take immediate measures to contain the incident, and shall be liable for Customer's losses resulting from a breach of this clause by Provider.

9.5 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data to Customer in a standard format and delete its copies, except for the aggregated and anonymised data used under clause 9.2.

INTELLECTUAL PROPERTY

10.1 Provider retains all rights in the API, its models, its software and the Data Products, subject to the rights granted to Customer in this Agreement.

10.2 Custom data layers, report templates and integration code that Provider prepares specifically for Customer belong to Customer, which may use, modify and license them freely.

10.3 Data Products stored by Customer during the Subscription Term may continue to be used in Customer's historical records and reports after the Agreement ends.

CONFIDENTIALITY

11.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, and shall not disclose it to third parties without the other party's written consent, except to its employees and advisers who need to know it and are bound by equivalent obligations.

11.2 This clause continues for three years after the Agreement ends.

LIABILITY

12.1 Neither party is liable for indirect or consequential losses.

12.2 Each party's total liability under this Agreement shall not exceed 200% of the total fees under clause 6.1. This limit does not apply to wilful misconduct or to breach of clauses 9 and 11.

12.3 The Data Products are estimates based on models and remote observations. Provider does not warrant any particular crop outcome, and Customer is responsible for advice that it gives to its growers.

SUBCONTRACTING

13.1 Provider shall not subcontract the hosting or operation of the API, or any processing of Customer Data, without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

14.2 Customer may also terminate by written notice if Integration Acceptance has not occurred within 90 days after signature for reasons attributable to Provider, or if the availability commitment is missed in three months of any Subscription Year.

14.3 If Customer terminates under clause 14.1 or 14.2, Provider shall refund the fees paid for the period after termination.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The arbitral award is final and binding on both parties.

GENERAL

16.1 Notices shall be in writing and sent to the addresses stated above or to an e-mail address designated by the receiving party.

16.2 Amendments must be in writing and signed by both parties. This Agreement, with the Schedule, is the entire agreement on its subject matter.

SCHEDULE - DATA PRODUCTS AND RATES

Data Products: daily gridded rainfall and temperature; field-level soil moisture at three depths; crop condition index from satellite imagery every five days; growing-degree days; frost and drought alerts; end-of-season yield indicator for maize, soybean and rice.

Tolerances for Integration Acceptance: rainfall within 3 millimetres on rain days; soil moisture within 5 volumetric points of reference values.

Additional fields: CNY 8 per field per Subscription Year. Additional API calls: CNY 20 per 1,000 calls.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files and labels
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1059z01_heating_supervision_platform.pdf", "zh", "software", Z01),
    "z02": ("h1059z02_face_brush_line_control_retrofit.docx", "zh", "hardware", Z02),
    "z03": ("h1059z03_dive_chain_booking_membership_saas.txt", "zh", "cloud", Z03),
    "z04": ("h1059z04_waterlogging_monitoring_om_service.txt", "zh", "services", Z04),
    "z05": ("h1059z05_straw_weaving_tracking_supplier_template.md", "zh", "software", Z05),
    "e01": ("h1059e01_maintenance_software_licence_utah_vendor.pdf", "en", "software", E01),
    "e02": ("h1059e02_warehouse_scheduling_saas_order_form.md", "en", "cloud", E02),
    "e03": ("h1059e03_cement_plant_condition_monitoring.docx", "en", "hardware", E03),
    "e04": ("h1059e04_retail_managed_it_services_36_months.md", "en", "services", E04),
    "e05": ("h1059e05_agri_weather_data_api_subscription.txt", "en", "cloud", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# values in TERM_KEYS order, then extras; tco = (fee base, annual post-warranty fee) for goods with a stated fee;
# forum_outside = disputes go to a forum outside mainland China (design fact, not a label key)
D = {
    "z01": dict(t=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                   "PRC", G], sla=True, ld=True, capped=True, deemed=False, value=2160000,
                tco=(1280000, 115200), forum_outside=False, design=[]),
    "z02": dict(t=[None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 25, False, False, False,
                   "PRC", G], sla=True, ld=True, capped=True, deemed=False, value=2610000,
                tco=(2376000, 594000), forum_outside=False,
                design=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"]),
    "z03": dict(t=[99.5, 0.5, True, "buyer", True, False, True, 0.08, 200, None, True, None, None, None, True, True,
                   False, "PRC", S], sla=True, ld=True, deemed=False, value=714000, forum_outside=False,
                design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(t=[None, 6, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True,
                   False, "PRC", S], sla=True, ld=True, deemed=False, value=486000, forum_outside=False,
                design=["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
    "z05": dict(t=[None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, None, False, True,
                   True, "PRC", G], sla=True, ld=True, capped=False, deemed=True, value=386000, tco=None,
                forum_outside=False,
                design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                        "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": dict(t=[None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 11, False, True, False,
                   "Utah", G], sla=True, ld=True, capped=True, deemed=False, value=1846000,
                tco=(1120000, 123200), forum_outside=True, design=["CR-GOVERNING-LAW"]),
    "e02": dict(t=[None, None, False, "buyer", True, True, True, 480 / 634000 * 100, 6 / 24 * 100, None, True, None,
                   None, None, False, True, False, "PRC", S], sla=False, ld=True, deemed=False, value=634000,
                forum_outside=False, design=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": dict(t=[None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 7, False, True, False,
                   "PRC", G], sla=True, ld=True, capped=True, deemed=False, value=2948000,
                tco=(2392000, 167440), forum_outside=False, design=[]),
    "e04": dict(t=[99.95, 0.25, True, "buyer", False, True, True, 3000 / 3604000 * 100, 150, None, True, None, None,
                   None, False, True, True, "PRC", S], sla=True, ld=True, deemed=False, value=3604000,
                forum_outside=False, design=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": dict(t=[99.95, 1, True, "buyer", True, False, True, None, 200, None, True, None, None, None, False, True,
                   False, "PRC", S], sla=True, ld=False, deemed=False, value=816000, forum_outside=False,
                design=["CR-DATA-OWNERSHIP", "CR-LD-MISSING"]),
}

# price sums as stated in the texts
SUMS = {
    "z01": ([1280000, 596000, 204000, 80000], [432000, 972000, 756000]),
    "z02": ([768000, 456000, 504000, 111000, 81000, 456000, 206000, 28000], [522000, 1174500, 913500]),
    "z03": ([294000, 294000, 126000], []),
    "z04": ([268000, 142000, 76000], [121500] * 4),
    "z05": ([148000, 196000, 42000], [250900, 135100]),
    "e01": ([1120000, 486000, 168000, 72000], [369200, 830700, 646100]),
    "e02": ([270000, 270000, 58000, 36000], []),
    "e03": ([1344000, 462000, 586000, 418000, 92000, 46000], [294800, 1621400, 1031800]),
    "e04": ([148000] + [96000] * 36, []),
    "e05": ([386000, 386000, 44000], []),
}

SEVERITY = {
    "CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
    "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
    "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
    "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
    "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
    "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium",
}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_LIMIT, HORIZON = 40, 5


def tco_share(key):
    d = D[key]
    t = dict(zip(TERM_KEYS, d["t"]))
    if t["contract_kind"] != G or not d.get("tco") or t["warranty_months"] is None:
        return None
    base, fee = d["tco"]
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.5, key
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * fee
    return post / (d["value"] + post) * 100


def derive(key):
    """My own reading of policy section 3, applied to the labels."""
    d = D[key]
    t = dict(zip(TERM_KEYS, d["t"]))
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if not d["capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name, lang, cat, _ = FILES[key]
    d = D[key]
    t = dict(zip(TERM_KEYS, d["t"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
ZN = "十百零一二三四五六七八九两"
PATTERNS = [
    r"(?<![\d.])(?:99\.9|0\.05|100|30|15|40)(?!\d)\s*(?:%|％|percent|per\s*cent)",
    r"\b(?:thirty|fifteen|forty|one\s+hundred|ninety[\s-]*nine\s+point\s+nine)[\s-]*(?:percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一百|百|九十九点九)(?![点一二三四五六七八九十])",
    r"万分之五(?![十\d])", r"千分之零?点五",
    r"(?<![\d.])4\s*-?\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)",
    r"(?<![" + ZN + r"])四个?小时", r"\bfour[\s-]*hours?\b",
    r"(?<![\d.])12\s*-?\s*(?:months?\b|个月|个自然月)",
    r"(?<![" + ZN + r"])十二个?(?:自然)?月", r"\btwelve[\s-]*months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["30%", "预付 30 %", "百分之三十", "15 percent", "one hundred percent", "100%", "99.9%", "0.05%", "万分之五",
            "40 %", "4小时", "4 hours", "4-hour", "四小时", "four hours", "12个月", "十二个月", "12 months",
            "twelve-month", "百分之十五"]
MUST_MISS = ["130%", "99.95%", "0.055%", "10.05%", "24小时", "二十四小时", "14 hours", "112 months", "十二小时",
             "万分之五十", "2026年12月", "45%", "35%", "150%", "200%", "25%", "1.5%", "四十八小时", "24×7"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


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


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, cat, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, report = set(), []
    for key, (name, lang, cat, src) in FILES.items():
        d = D[key]
        items, pays = SUMS[key]
        assert sum(items) == d["value"], (key, sum(items))
        assert not pays or sum(pays) == d["value"], (key, sum(pays))
        rules = derive(key)
        assert rules == sorted(d["design"]), (key, rules, d["design"])
        covered |= set(rules)
        t = dict(zip(TERM_KEYS, d["t"]))
        assert len(t) == 19
        for k, th in THRESHOLDS.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(key)
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (key, share)
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            assert not hits(variant), (key, hits(variant))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        lab = label(key)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        report.append((name, n, rules, risk(rules), None if share is None else round(share, 2)))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    n_rules = {k: len(derive(k)) for k in FILES}
    assert sorted(k for k in FILES if not n_rules[k]) == ["e03", "z01"]
    assert derive("e01") == ["CR-GOVERNING-LAW"] and risk(derive("e01")) == "low"
    assert 8 <= n_rules["z05"] <= 10
    assert all(2 <= n_rules[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    for row in report:
        print(*row, sep=" | ")


if __name__ == "__main__":
    main()
