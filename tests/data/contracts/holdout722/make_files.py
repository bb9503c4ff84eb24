"""holdout722: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
(lengths, no threshold figure in any text or label, rules derived from the labels = design list, all 20 rules covered).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市社会信用体系建设办公室守信激励服务平台采购合同
P:合同编号：XYB-ZC-2025-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市社会信用体系建设办公室（以下简称“信用办”）
P:乙方（供应商）：启衡信用科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，就守信激励服务平台（以下简称“平台”）的软件许可及定制开发事项订立本合同。本合同为甲方提供的合同文本，招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供守信激励服务平台软件许可（永久使用权，不限用户数），并在此基础上完成定制开发：守信主体名单管理、联合激励措施清单、激励事项自动推送与反馈、信用承诺管理、“信易+”场景接入及统计分析驾驶舱。
P:1.2 乙方负责与全国信用信息共享平台（本市节点）、市政务数据共享交换平台、市行政审批系统及公共资源交易系统完成数据对接，并负责部署、联调、试运行及培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾捌万陆仟元整（¥1,486,000），其中：平台软件许可费628,000元；定制开发费596,000元；数据对接费172,000元；实施及培训费90,000元。
P:2.2 合同总价为固定价格，包含软件、开发、对接、部署、培训、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 资金支付按照财政国库集中支付的规定办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成定制开发及数据对接并提交初步验收，初步验收通过后进入为期60日的试运行。
P:4.2 乙方应按甲方认可的实施方案配备项目经理及不少于六名开发人员，项目经理未经甲方同意不得更换。
P:4.3 乙方应在合同签订后十日内提交项目实施方案，内容包括需求调研计划、开发计划、数据对接方案、测试方案、上线切换方案及应急预案，经甲方书面确认后执行。乙方应每周提交项目周报，每月参加甲方组织的项目例会，如实报告进度、风险及需甲方协调的事项。
P:4.4 因甲方未按时提供对接条件、需求确认或场地环境导致工期延误的，工期相应顺延，乙方应在延误发生后三日内书面告知甲方。
P:4.5 乙方应为甲方系统管理员提供不少于五天的集中培训，为各成员单位业务人员提供操作培训，培训内容包括激励名单维护、措施推送、反馈统计及常见问题处理，培训结束后提交培训记录。
P:4.6 乙方应在最终验收前交付需求规格说明书、概要设计、详细设计、数据库设计说明、接口说明、测试报告、部署手册、用户手册及运维手册，文档应真实、完整并与交付版本一致。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能清单逐项实现；与各对接系统数据交换准确率不低于99.8%，日增量数据在两小时内完成同步；常用查询在300并发下响应时间不超过3秒；通过第三方软件测评机构的功能与安全测试，无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，初验遗留问题全部整改完毕，源代码、数据库设计说明、接口文档及运维手册交付齐全，由甲方组织专家评审通过并出具最终验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。
P:5.4 验收所需的第三方测评费用由乙方承担。验收不合格的，乙方应在十五日内完成整改并重新提交验收，由此增加的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、系统巡检和技术支持。
P:6.2 质保期满后，如甲方需要，乙方按平台软件许可费的8%每年（即50,240元/年）提供维护服务，该价格在质保期满后三年内不得上调。
P:6.3 质保期内乙方每季度对平台进行一次全面巡检，并向甲方提交巡检报告及优化建议。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%（计划内维护除外，计划维护应提前三个工作日通知甲方）。
P:7.2 故障分级：一级故障指平台整体不可用或激励推送中断，乙方应在30分钟内响应，两小时内到场，八小时内恢复；二级故障指部分功能异常，乙方应在两小时内响应，当日内处理。
P:7.3 乙方未按上述时限响应的，每迟延一小时向甲方支付1,000元；月度可用率每低于约定值0.1个百分点，扣减当年维护费用2,000元，可从应付款中直接扣除。
H:第八条 知识产权
P:8.1 平台软件许可部分的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用权。
P:8.2 为本项目定制开发的程序、接口、数据模型及相关文档（含源代码）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全与数据归属
P:9.1 平台采集、处理和产生的信用信息及其他数据均归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及信用信息管理规定，按网络安全等级保护第三级要求落实访问控制、加密传输与存储、操作审计等措施，远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、信用主体信息及系统配置信息负有保密义务，未经甲方书面同意不得披露。本条义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定且经两次整改仍不合格的，甲方有权拒绝验收并要求乙方退还已付款项。
P:11.3 乙方违约金及扣减款项，甲方可从应付款中直接扣除，不足部分乙方应在收到甲方通知后十日内支付。
H:第十二条 分包与转包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 逾期超过60日的，甲方有权解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:因不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供有关证明，双方根据不可抗力的影响协商延期履行，受影响一方不承担违约责任。
P:本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2025年____月____日
"""

Z02 = """T:壳体机加工及装配线控制系统改造合同
P:合同编号：GM-SB-2025-063
P:甲方：光明手电筒厂
P:乙方：锐控智能装备工程有限公司
P:甲方拟对铝合金手电筒壳体机加工及装配生产线的控制系统进行改造，乙方通过比选中标。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 对六台壳体数控加工单元的控制系统进行升级，增加刀具寿命管理与在线测量功能；对装配线（拧尾盖、装灯头、装开关、功能测试、包装）的PLC及伺服系统进行改造；新增三套外观视觉检测工位。
P:1.2 提供产线监控软件许可，实现设备状态采集、节拍统计、质量追溯、停机原因分析及电子看板，并与甲方现有ERP系统对接。
P:1.3 乙方负责设备供货、拆旧、安装、调试、试产、培训及质保期内的维护。
H:第二条 合同价格
P:合同总价为人民币贰佰叁拾陆万捌仟元整（¥2,368,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|数控加工单元控制系统升级|6套|118,000|708,000
TB:2|装配线PLC及伺服系统改造|1项|436,000|436,000
TB:3|外观视觉检测工位|3套|96,000|288,000
TB:4|产线监控软件许可（永久）|1套|382,000|382,000
TB:5|工业交换机及数据采集网关|1批|166,000|166,000
TB:|设备及软件小计|||1,980,000
TB:6|安装、拆旧及调试|1项|298,000|298,000
TB:7|培训及试产保障|1项|90,000|90,000
TB:|合计|||2,368,000
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到货并安装完毕后，甲方支付合同总价的45%；到货签收及安装完毕不代表质量验收。
P:3.3 产线改造通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次申请付款时应提交合法有效的增值税专用发票及对应阶段的签收单或验收报告。甲方应付款项可扣除乙方应支付的违约金、赔偿金及迟延响应费用。
H:第四条 工期
P:4.1 乙方应在合同生效后75日内完成供货，并利用甲方安排的两次停产窗口（每次不超过七日）完成拆旧、安装与调试，停产窗口内未完成的，乙方承担由此造成的停产损失。
P:4.2 乙方应在合同生效后七日内提交详细的改造方案和停产窗口作业计划，包括拆旧顺序、新旧系统切换步骤、回退方案、人员安排及安全措施，经甲方生产部和设备部会签后实施。
P:4.3 乙方进入甲方车间作业，应遵守甲方安全生产、动火、登高及有限空间作业管理制度，作业人员须持有有效的电工证等上岗证书。乙方人员在作业中发生的人身伤亡事故，由乙方自行承担责任。
P:4.4 拆下的旧控制柜、旧电缆及旧PLC模块归甲方所有，乙方应整理登记后移交甲方仓库，不得擅自处置。
H:第五条 验收
P:5.1 验收标准：各加工单元程序运行正常，壳体关键尺寸CPK不低于1.33；装配线节拍不高于每件18秒；视觉检测漏检率不高于0.2%、误判率不高于1%；监控软件数据采集完整，与ERP工单数据核对一致；连续72小时满负荷试产无一级故障。
P:5.2 最终验收在试产结束后由双方共同进行并签署验收报告。设备安装、试产及甲方投入生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改完毕并重新组织验收，因整改增加的停产时间按第四条处理。
P:5.4 验收合格后，双方应共同封存各控制器程序的最终版本，作为日后维护和故障恢复的基准。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并提供软件升级。
P:6.2 质保期满后，乙方提供全面维保服务（含备品备件、季度巡检及软件升级），年度维保费按设备及软件小计的28%计取，即每年554,400元，该费率在质保期满后三年内固定不变。
H:第七条 服务响应
P:7.1 一级故障（整线停机或批量不良）：乙方1小时内响应，六小时内到场，十小时内恢复生产；二级故障（单台设备故障）：两小时内响应，次日内修复。
P:7.2 乙方每迟延响应或到场一小时，向甲方支付800元；同一故障七日内重复发生的，乙方应免费更换相关部件。
P:7.3 乙方应在甲方厂区常备关键备件（包括伺服驱动器、PLC通讯模块、视觉相机及光源各不少于一件），并指定一名熟悉本项目的工程师作为固定服务联系人。
P:7.4 乙方应为甲方设备维修人员提供不少于四天的现场培训，内容包括控制系统原理、PLC程序结构、常见故障诊断、视觉检测参数调整及监控软件管理；为班组长及操作工提供上岗操作培训。培训后由甲方组织考核，考核不合格的人员乙方应免费补训。
P:7.5 乙方应在最终验收前向甲方移交电气原理图、接线图、PLC及数控程序备份、视觉检测配方、网络拓扑图、软件安装介质、操作手册及维护手册各两套（纸质及电子版），并保证资料与现场实际一致。
H:第八条 知识产权
P:为本项目编写的PLC程序、数控宏程序、视觉检测算法参数、看板配置及ERP接口程序（含源代码）归甲方所有，甲方可自行修改或交由第三方使用。监控软件平台本身的著作权归乙方，甲方享有永久使用权。
P:乙方保证所提供的设备、软件及技术资料不侵犯任何第三方的专利权、著作权或商业秘密，如发生侵权纠纷，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第九条 数据安全
P:9.1 生产数据、工艺参数及质量记录归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方书面批准，通过甲方指定的安全通道进行并全程留存日志；乙方应对接入设备进行病毒查杀。因乙方原因导致数据泄露、丢失或生产系统遭受攻击的，乙方应在两小时内报告并承担赔偿责任。
P:9.3 乙方不得在甲方生产网络中安装与本项目无关的软件，不得擅自开通无线接入或外网连接；监控软件与ERP系统之间的数据交换应经甲方网络管理员审核后方可开通。
H:第十条 保密
P:双方对在履行本合同过程中获知的对方技术秘密和经营信息负有保密义务，保密期限至合同终止后三年。
H:第十一条 分包
P:乙方可将电气安装、布线及钣金防护罩制作等工作分包给第三方，但应提前五个工作日书面通知甲方，乙方对分包方的工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:12.2 改造后产线未达到验收标准、经整改仍不合格的，甲方有权要求乙方恢复原状并退还已付款项。
P:12.3 乙方在质保期内未按约定履行维修义务的，甲方可自行或委托第三方维修，所需费用由乙方承担，甲方可从应付款项中扣除。
H:第十三条 合同解除
P:乙方严重违约且经甲方书面催告后十日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 不可抗力
P:因不可抗力导致任何一方不能履行合同的，该方应及时通知对方并提供证明，双方协商调整工期；不可抗力持续超过六十日的，双方可协商解除合同，并按已完成工作量结算。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

Z03 = """连锁木工课堂预约及会员管理SaaS服务合同

合同编号：MJ-SaaS-2025-08
甲方：木匠坊文化发展有限公司（下设40家连锁木工体验门店）
乙方：约课云网络科技有限公司

鉴于甲方需要一套覆盖全部门店的木工课程预约、会员及储值管理系统，乙方同意以软件即服务（SaaS）方式提供，并负责上线实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方开通约课云连锁版，覆盖40家门店及总部，包括：课程排期与教室工位管理、线上预约与候补、会员卡与储值、课时核销、木料及工具耗材领用登记、作品寄存与取件提醒、营销活动与优惠券、门店经营报表。
2. 提供微信小程序及收银端，门店账号不限数量。
（二）实施服务
1. 乙方负责基础数据初始化，将甲方现有会员、储值余额及课时数据迁移至新系统。
2. 为甲方定制小程序首页、作品展示页及会员积分规则，并完成与甲方财务系统的接口开发。
3. 为门店店长及前台人员提供培训，每家门店不少于两课时。

（三）系统功能清单
1. 预约端：会员可按门店、课程、老师和时段预约，支持候补自动递补、课前两小时提醒及到店扫码签到。
2. 门店端：前台可办理开卡、续卡、储值、退卡和课时调整，教室工位与木工机床使用时段统一排期，避免冲突。
3. 总部端：统一管理课程体系、价格策略、会员等级和营销活动，按门店、课程类别和老师查看经营数据。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收之日起算，第二个服务年度紧接其后。
（二）服务期满前30日内任何一方未书面提出异议的，本合同自动续期一个服务年度，续期可多次发生。续期年费由乙方根据届时的产品价格目录调整，乙方于续期前通知甲方即可，无需甲方另行确认。

（三）服务年度内门店数量增加的，新增门店按每店每月766元计费，按剩余月数折算；门店关闭的，当期费用不予退还，但自下一服务年度起相应扣减。

（四）实施期间的其他要求
1. 乙方应在合同签订后五个工作日内提交实施计划，明确数据迁移、门店切换顺序和培训安排，经甲方确认后执行。
2. 数据迁移完成后，乙方应提交迁移核对报告，列明会员数量、储值余额合计及剩余课时合计，与旧系统数据逐项比对。
3. 门店切换当日，乙方应安排人员在线值守，及时处理门店反馈的问题。

三、费用及支付
（一）合同总价为人民币884,000元，其中：年度订阅费368,000元/服务年度，两个服务年度合计736,000元；一次性实施费148,000元。
（二）实施费在系统上线验收合格后15个工作日内支付。
（三）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（四）短信、支付通道手续费由甲方按实际用量另行结算，不计入合同总价。

（五）乙方应在收到款项后开具增值税专用发票。甲方付款前，乙方未提供合格发票的，甲方有权顺延付款且不承担逾期付款责任。

四、上线验收
（一）乙方应在合同签订后45日内完成实施并提交上线验收。
（二）验收标准：全部门店完成开通；会员、储值余额及课时数据迁移准确，抽样核对无差错；预约、核销、储值、退款流程全部测试通过；小程序在500人同时预约时响应时间不超过两秒；财务接口对账一致。
（三）甲方在收到验收申请后七个工作日内组织验收，验收合格的签署上线验收单。试用期间甲方的使用不视为验收。

（四）乙方应指派一名项目经理负责实施，项目经理应每周向甲方报告进度，实施期间至少驻场十个工作日，协助甲方总部及首批十家门店切换上线。切换期间乙方应保证旧系统数据可查询，不得影响门店正常上课和收款。

（五）上线后首月为稳定期，乙方应每周汇总门店问题清单及处理结果，报甲方信息部备查。

五、服务水平
（一）系统月度可用率不低于99.95%。
（二）一级故障（小程序无法预约或收银无法核销）乙方应在30分钟内响应，两小时内恢复；二级故障应在两小时内响应，24小时内解决。
（三）乙方按月提供服务报告。服务水平未达到上述标准的，由双方协商改进措施，乙方应在下月服务报告中说明改进情况。

（四）乙方应提供7×24小时故障报障热线，并为甲方配置专属客户成功经理，每季度回访门店使用情况，提出优化建议。
（五）系统版本升级应安排在门店营业时间以外进行，并提前三个工作日通知甲方；升级导致已有功能缺失或数据异常的，乙方应立即回退并承担由此产生的费用。

（六）乙方应在系统内为甲方提供门店服务质量看板，展示预约成功率、课程满员率及会员投诉处理情况，便于甲方对门店进行考核。

六、数据
（一）甲方会员信息、交易记录及经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的。
（二）乙方应将数据存储于中国境内，采取加密存储、访问控制、日志审计等安全措施，每日备份；发生数据泄露或丢失的，应在两小时内通知甲方并承担相应责任。
（三）合同终止后30日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除。

（四）乙方应确保会员个人信息的处理符合《个人信息保护法》的要求，协助甲方完成隐私政策和用户授权文本的配置，未经甲方同意不得向会员推送与甲方业务无关的信息。

（五）甲方有权随时通过系统后台导出会员及交易数据，乙方不得设置技术障碍或额外收费。

七、知识产权
约课云平台的知识产权归乙方所有。为甲方定制的小程序页面、积分规则配置及财务接口程序归甲方所有。

八、保密
双方对获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，该义务在合同终止后继续有效。

九、违约责任
（一）乙方未按期完成上线实施的，每逾期一日，按合同总价的万分之八支付违约金。
（二）乙方在本合同项下的累计赔偿责任，以甲方在损害发生前六个月内已支付的订阅费为限。

（三）因乙方原因导致会员储值数据错误、重复扣款或退款失败的，乙方应在发现后24小时内配合甲方查明并更正，由此给甲方或会员造成的损失由乙方先行赔付，计入第（二）项的赔偿责任。

（四）甲方延迟支付订阅费的，乙方应书面催告；催告后30日内仍未支付的，乙方可暂停服务，但不得删除甲方数据。

十、分包
乙方不得将实施服务分包给第三方，确需分包的应事先取得甲方书面同意。

十一、合同解除
乙方严重违约或连续两个月服务水平未达标，经甲方书面通知后15日内仍未改正的，甲方有权解除本合同。

十二、培训与使用支持
（一）乙方应为甲方制作门店操作视频教程和操作手册，并在系统内提供在线帮助。
（二）新开门店上线时，乙方应提供远程开通指导及一次线上培训，不另行收费。

十三、不可抗力
因不可抗力或电信运营商、支付通道等非乙方原因导致服务中断的，乙方应及时通知甲方并尽力恢复，该期间不计入可用率考核；但乙方未采取合理措施导致损失扩大的，应承担相应责任。

十四、通知
双方的通知应以书面形式发送至本合同载明的联系人及电子邮箱，电子邮件发出即视为送达。联系人变更的，应提前三日书面通知对方。

十五、争议解决
本合同适用中华人民共和国法律。争议提交杭州仲裁委员会仲裁。

甲方（盖章）：            乙方（盖章）：
日期：
"""

Z04 = """某省果树研究所科研管理系统运维服务合同

合同编号：GSS-YW-2025-05
甲方：某省果树研究所
乙方：禾田信息技术服务有限公司

根据甲方采购结果，乙方承担甲方科研管理系统（含项目管理、经费管理、成果管理、种质资源档案及试验基地管理模块）的运行维护服务。双方订立本合同，共同遵守。

第一部分 服务范围
1. 日常运维：系统及数据库的监控、巡检、备份、性能优化和安全加固，每月巡检一次并提交巡检报告。
2. 应用支持：用户账号与权限维护，业务人员操作咨询，年度科研项目申报期间安排专人驻场。
3. 问题处理：故障诊断和修复，应用缺陷修正，小型功能调整（单项工作量不超过五人日）。
4. 数据服务：协助完成年度科研统计报表、成果登记数据的整理与核对。

5. 安全加固：根据甲方网络安全检查及等级保护测评发现的问题，对操作系统、中间件及数据库进行补丁更新和配置加固，并提交整改记录。
6. 应急保障：制定系统故障应急预案，每半年组织一次应急演练；在科研项目集中申报、年度经费决算及上级检查期间提供重点保障。
7. 用户培训：每半年为科研人员及财务人员开展一次系统操作培训，并根据需要更新操作手册。

8. 技术咨询：对甲方拟新建的科研数据平台、系统国产化替代等事项提供技术咨询意见，每季度不少于一次。
9. 账号清理：每季度核对一次系统账号，对离职、调岗人员账号及时停用，并向甲方提交账号清理记录。
10. 日志管理：按甲方要求保存系统操作日志及数据库审计日志，配合甲方开展内部审计和科研经费检查。

第二部分 服务期限与费用
1. 服务期自2025年7月1日起至2026年6月30日止。期满后如需继续，由双方另行签订合同，本合同不自动续期。
2. 服务费总额为人民币338,000元，按季度支付，每季度84,500元。
3. 每季度结束后，乙方提交季度服务报告，甲方考核合格后15个工作日内支付该季度服务费。甲方不预付任何费用。

4. 服务费包含乙方人员的差旅、通讯、工具及备品费用。因甲方新增功能需求超出第一部分第3项范围的，双方另行签订补充协议。
5. 乙方应在收到付款前提供合法有效的增值税发票。甲方因财政资金拨付原因延迟付款的，不视为甲方违约，但应及时告知乙方。

6. 本合同履行期间，如甲方对系统进行升级改造，乙方应配合新系统的部署、数据迁移和交接工作，配合工作量在第一部分第3项范围内的，不另行收费。

第三部分 服务水平
1. 系统在工作时间的月度可用率不低于99.95%。
2. 一级故障（系统整体不可用或数据异常）：乙方30分钟内响应，两小时内到场，六小时内恢复；二级故障：两小时内响应，一个工作日内解决；三级问题：三个工作日内解决。
3. 乙方每迟延响应一小时，扣减当季服务费500元；月度可用率未达标的，每低于约定值0.1个百分点，扣减当季服务费1,000元。

4. 乙方应建立运维服务台账，完整记录每次故障的报告时间、响应时间、处理过程、恢复时间及原因分析，一级故障处理完毕后三个工作日内提交故障分析报告。
5. 乙方应每月对系统数据库进行一次完整备份恢复测试，并每季度向甲方提交系统运行分析报告，包括访问量、性能指标、存储空间使用及风险提示。

6. 乙方应每月末向甲方提交当月运维工作记录，包括巡检情况、故障处理、变更事项和下月工作计划，由甲方信息中心负责人签字确认，作为季度考核的依据。

第四部分 考核与验收
1. 季度考核：甲方按巡检完成率、故障响应及时率、问题解决率及用户满意度评分，得分80分以上为合格。
2. 年度验收：服务期满前，乙方提交年度运维总结、巡检记录、备份恢复演练报告及系统配置文档，甲方据此组织验收。验收标准为：全年一级故障均在约定时限内恢复；备份恢复演练成功；文档完整准确。

3. 运维交接：服务期满或合同解除时，乙方应向甲方或甲方指定的第三方完整移交系统账号、配置文档、运维台账及知识库，并配合交接不少于十个工作日，交接完成前不得停止服务。

4. 季度考核结果及年度验收意见由双方签字确认；对考核扣分项有异议的，乙方可在五个工作日内提出书面说明，由双方协商确定。

第五部分 数据安全
1. 系统内的全部科研数据、经费数据及种质资源信息归甲方所有，乙方仅可为提供运维服务访问，不得复制、留存或用于其他目的。
2. 乙方运维人员须使用甲方分配的个人账号，经堡垒机操作，严禁将数据拷贝出甲方网络。
3. 发生数据泄露、丢失或被篡改的，乙方应在一小时内报告，协助调查处理，并对因其原因造成的损失承担全部赔偿责任。

4. 乙方应落实网络安全等级保护相关要求，对运维终端安装防病毒软件，禁止使用个人移动存储设备，定期更换运维账号口令。
5. 乙方应配合甲方接受上级主管部门的网络安全和数据安全检查，并按要求整改。

6. 乙方应在每年汛期及重要节假日前对系统及机房环境开展专项检查，对发现的隐患及时提出处理建议并协助甲方整改。

第六部分 保密
乙方及其人员对履约中接触的科研项目信息、未发表的试验数据和育种材料信息负有保密义务，未经甲方书面同意不得披露，保密期限不因合同终止而解除。

第七部分 知识产权
乙方在运维中为甲方编写的脚本、报表模板和配置文档归甲方所有。

第八部分 违约责任
1. 乙方未按约定时间完成月度巡检、年度演练或甲方书面交办的运维任务的，每逾期一日，按服务费总额的千分之一支付违约金。
2. 乙方人员违反操作规范造成系统损坏的，应负责修复并赔偿损失。

3. 乙方连续两个季度考核不合格的，应向甲方提交书面整改方案，并更换项目负责人。
4. 乙方违约金及服务费扣减款项，甲方可在支付季度服务费时直接扣除。

第九部分 人员与分包
乙方应指派固定的项目负责人和两名运维工程师，人员更换需提前十日告知甲方并经甲方同意。本合同服务不得分包或转包。

乙方运维人员应遵守甲方的考勤、门禁及机房管理制度，进入试验基地及种质资源圃应服从甲方人员的安排，不得擅自采摘、拍摄或带离任何试验材料。驻场人员因个人原因离岗超过三日的，乙方应安排同等能力的人员替岗。

第十部分 甲方的义务
1. 甲方应为乙方提供必要的工作场所、网络接入及系统访问权限，指定一名联系人负责沟通协调。
2. 甲方应及时确认乙方提交的变更申请、巡检报告和季度服务报告，对发现的问题提出书面意见。
3. 甲方应配合乙方完成备份恢复演练及应急演练。

第十一部分 合同解除
乙方严重违约或连续两个季度考核不合格的，甲方可书面通知解除本合同，并按实际服务期间结算费用。

第十二部分 不可抗力
因自然灾害、停电、网络运营商故障等不可抗力导致服务中断的，乙方应尽快采取措施恢复，该期间不计入可用率考核，双方均不承担违约责任。

第十三部分 其他
本合同附件包括：运维服务内容清单、服务考核评分表、运维人员名单。附件与本合同具有同等效力。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

第十四部分 法律适用与争议
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

甲方（盖章）：          乙方（盖章）：
"""

Z05 = """# 玉石切料及雕刻工序追溯系统软件许可及定制开发合同

**琢玉软件标准合同文本（V3.0）**

合同编号：ZY-HT-2025-0291

甲方：如意工艺厂

乙方：琢玉数智软件有限公司

本合同为乙方标准合同文本。甲方因玉石原料建档、切料、雕刻及成品管理的需要，向乙方采购“琢玉工序追溯系统”软件许可及定制开发服务。双方经友好协商，订立本合同如下。

## 第一条 定义

1.1 “标准软件”指乙方享有著作权的琢玉工序追溯系统V5标准版，包括原料库、工单、工序流转、库存及报表模块。

1.2 “定制开发成果”指乙方根据甲方需求在标准软件基础上开发的功能、程序、配置、模型及相关文档。

1.3 “上线”指乙方将系统部署于甲方服务器并开通账号供甲方使用。

## 第二条 项目内容

2.1 乙方向甲方提供标准软件许可，授权点数为50个并发用户，仅限甲方厂区内使用。

2.2 定制开发内容包括：原料玉石“一石一码”建档（产地、重量、料性、照片）；切料方案登记与出材率统计；雕刻工序派工、工时与损耗登记；半成品质检与返工记录；成品证书生成及二维码溯源查询；与甲方现有电子秤及标签打印机对接。

2.3 乙方负责系统安装部署、基础数据导入指导及两次集中培训。

2.4 乙方提供的培训包括系统管理员培训和车间操作人员培训各一次，每次不超过一天，培训地点在甲方厂区。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可（50并发用户） | 360,000 |
| 2 | 定制开发 | 412,000 |
| 3 | 实施部署及培训 | 68,000 |
| | 合计 | 840,000 |

3.1 合同总价为人民币捌拾肆万元整（¥840,000）。

3.2 上述价格不含甲方服务器、数据库及操作系统等软硬件环境，由甲方自行准备。

## 第四条 付款方式

4.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%。

4.2 系统上线后5个工作日内，甲方支付合同总价的35%。

4.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发、实施及技术支持工作，工期相应顺延。

4.4 乙方收到款项后开具增值税普通发票。甲方要求开具专用发票的，应提前告知乙方开票信息。

## 第五条 实施与上线

5.1 乙方预计在收到首期款后120日内完成定制开发并上线，具体进度以乙方项目计划为准。因甲方需求变更、环境未就绪或配合不及时造成的延误，乙方不承担责任。

5.2 甲方应指定项目联系人，及时确认需求说明书和界面原型。甲方确认后的需求如需变更，乙方有权另行收费。

5.3 系统上线后，即视为甲方验收合格。甲方在上线后提出的问题，按技术支持流程处理。

5.4 乙方将根据甲方确认的需求说明书开展开发工作。需求说明书未列明的功能，不属于本合同范围。乙方在开发过程中向甲方展示的界面、演示版本仅供参考，不构成对最终功能的承诺。

5.5 甲方应在乙方实施期间提供服务器、网络、办公场地及必要的配合人员，并组织相关车间人员参加培训。因甲方人员变动导致培训需要重复进行的，乙方有权按人天另行收费，每人天2,800元。

5.6 原料和成品历史数据的整理、清洗和录入由甲方负责，乙方提供导入模板和一次导入操作指导。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月的免费维护，包括缺陷修复及远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费用按乙方届时公布的服务价格标准执行。

6.3 乙方通过电话、远程方式提供技术支持，工作时间为工作日9:00—17:30。乙方将尽合理努力及时处理甲方提出的问题，但不对处理时间作出承诺。

6.4 乙方有权对标准软件进行版本升级。升级后的版本与甲方定制开发内容不兼容的，适配工作需另行收费。

6.5 因甲方原因造成系统故障的，乙方提供上门服务时，甲方应承担乙方人员的差旅费用及服务费用。

## 第七条 知识产权

7.1 标准软件及定制开发成果（包括源代码、数据库结构、配置及文档）的知识产权均归乙方所有。

7.2 乙方授予甲方在本合同约定范围内使用定制开发成果的非独占、不可转让的许可。甲方不得对系统进行反向工程、修改或交由第三方维护。

7.3 乙方有权将定制开发成果中的通用功能纳入其标准产品向其他客户提供。

7.4 甲方如需获得定制开发成果的源代码，应另行与乙方协商，并按乙方报价支付源代码授权费用。

## 第八条 数据

8.1 甲方录入系统的原料、工序及成品数据由甲方负责其真实性。

8.2 乙方应采取必要的技术措施保障系统数据安全，包括账号权限控制、数据库定期备份及操作日志记录；远程维护前应取得甲方同意。因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

8.3 甲方同意，乙方可将系统运行中产生的数据在脱敏处理后用于行业出材率分析、产品优化及算法训练，并可在其产品中使用由此形成的统计结果。

## 第九条 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密义务在本合同终止后两年内继续有效。

## 第十条 双方责任

10.1 乙方保证其提供的标准软件不侵犯第三方知识产权。

10.2 因甲方操作不当、擅自修改、运行环境故障或第三方原因造成的损失，乙方不承担责任。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

10.4 乙方对甲方因使用本系统进行生产管理所作出的决策及其结果不承担责任。系统生成的出材率、工时及损耗统计仅供甲方参考。

10.5 甲方未按约定支付款项的，乙方有权暂停账号的使用，直至甲方付清全部款项为止。

## 第十一条 合同解除

一方严重违反本合同约定，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。甲方因自身原因解除合同的，已付款项不予退还。

本合同因任何原因终止或解除的，甲方应停止使用定制开发成果，乙方可在合同终止后收回相关账号授权。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行或解除合同。

## 第十三条 通知

双方联系人及联系方式以本合同首页记载为准。一方变更联系方式的，应及时通知对方，否则按原联系方式发出的通知视为已送达。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地有管辖权的人民法院提起诉讼。

双方确认，本合同条款已经双方充分协商，甲方对本合同全部条款已充分理解。乙方的产品宣传资料、演示文稿及口头介绍不构成本合同的组成部分。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。本合同未尽事宜，以乙方发出的需求说明书和报价单为准。

15.2 本合同一式两份，双方各执一份，具有同等法律效力。

甲方（盖章）：____________　　乙方（盖章）：____________

签订日期：____年____月____日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TSS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengyuan Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang (the "Customer"), and Tubod Software Solutions, Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office in Iligan City, Lanao del Norte (the "Vendor").
P:The Customer operates refrigerated warehouses and wishes to replace its warehouse management software. The Vendor licenses a warehouse management system for temperature-controlled storage and has offered to license it to the Customer and to configure, extend and implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Vendor's ColdStore WMS, version 7, in object code, with its standard modules for receiving, put-away, slotting, picking, cycle counting, yard management and temperature logging, and its user documentation.
P:1.2 "Custom Deliverables" means all software, interfaces, reports, scripts, configurations and documents that the Vendor creates specifically for the Customer under this Agreement, including the interfaces listed in Article 2.2.
P:1.3 "Customer Data" means all data that the Customer or its users enter into, or that is generated by, the Licensed Software or the Custom Deliverables, including inventory, customer, shipment and temperature records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software for up to 180 named users at the Customer's warehouses in the People's Republic of China, including use by the Customer's affiliates and by contractors acting on the Customer's behalf.
P:2.2 The Vendor shall configure the Licensed Software and develop interfaces to the Customer's ERP system, its transport management system, its warehouse temperature sensors and the customs declaration platform, together with twenty custom reports.
P:2.3 The Vendor shall migrate the Customer's open inventory and location master data, install the system on the Customer's servers in Ningbo, train key users and administrators, and support the go-live at each of three warehouses.
P:2.4 The Vendor shall appoint a project manager who speaks Chinese or English and who shall attend weekly progress meetings, on site or by video, and shall submit a written progress report every two weeks. The Vendor shall not replace the project manager without the Customer's consent, which shall not be unreasonably withheld.
P:2.5 Training shall cover system administration, configuration of storage rules, interface monitoring, report maintenance and end-user operations, and shall be delivered in Ningbo in Chinese, with course materials in Chinese and English.
H:Article 3 Price
P:3.1 The total price is CNY 1,560,000 (the "Contract Price"), made up of: licence fee CNY 1,120,000; implementation, interfaces and migration CNY 386,000; training CNY 54,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor. Any change of scope requires a written change order signed by both parties before work starts.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 20 days after the Licensed Software is installed at the Customer's site and the interfaces are ready for testing. Installation does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Licensed Software within 30 days after signature and shall complete the implementation, so that the system is ready for acceptance testing, within 150 days after signature.
P:5.2 The acceptance criteria are: every function in the agreed functional specification works as specified; all four interfaces exchange data without error during ten consecutive working days; migrated stock balances reconcile with the Customer's records at every location; picking transactions complete in under two seconds with 120 concurrent users; and no Severity 1 or Severity 2 defect is open.
P:5.3 The Customer shall carry out acceptance tests with the Vendor's support within 20 working days after the Vendor's notice of readiness and shall either sign a Final Acceptance certificate or give written reasons for refusal. After a refusal the Vendor shall correct the defects and the tests shall be repeated. Go-live, productive use or payment does not by itself constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects free of charge, provide all updates and new versions of the Licensed Software, and provide remote and on-site support.
P:6.2 Defects shall be classified and handled as follows: Severity 1 (the system or a warehouse cannot operate): response within 1 hour, workaround within 8 hours; Severity 2 (a major function is impaired): response within 2 hours, fix within 3 working days; Severity 3 (other defects): response within one working day, fix in the next release.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 or Severity 2 response time, the Vendor shall credit CNY 1,000 against the next payment or support invoice.
P:6.4 After the warranty period, the Vendor shall offer annual support at 9% of the licence fee per year (CNY 100,800), and this fee shall not increase for the three years following the warranty period. Each support year is ordered separately; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software remains the property of the Vendor.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Vendor shall access the Customer's systems only through the remote-access channel provided by the Customer, with individual accounts and multi-factor authentication, and shall not copy Customer Data outside the Customer's systems. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when handling Customer Data.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall cooperate in the investigation and remedy, and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for the purposes of this Agreement. This obligation continues for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breach of Article 8 or Article 9, to infringement of third-party rights, or to wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work that has not been accepted, and the licence granted in Article 2.1 continues for any licence fee paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:13.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties. If it is not settled within 30 days, it shall be submitted to the exclusive jurisdiction of the courts of Iligan City, Philippines.
H:Article 14 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to reduce the effects. Time for performance is extended by the period of the delay.
H:Article 15 General
P:14.1 Notices shall be in writing in English and sent by courier or e-mail to the addresses stated below.
P:14.2 This Agreement is the entire agreement between the parties on its subject and may only be amended in writing signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - FIELDLINK SERVICE CLOUD

Order Form No. RKS-OF-25-0047

## PART A - ORDER FORM

### A1. Parties

**Provider:** Rio Grande Kloud Systems, Inc., a corporation registered in the Philippines, with its office on Sinsuat Avenue, Cotabato City, Maguindanao del Norte.

**Customer:** Suzhou Tianyi Elevator Maintenance Co., Ltd., a company incorporated in the People's Republic of China, registered in Suzhou Industrial Park, Jiangsu.

### A2. Subscribed Services

FieldLink Service Cloud, Enterprise Edition, for 260 field-engineer users and 40 dispatcher and back-office users, with the modules: work orders, preventive maintenance planning, elevator asset register, spare-parts inventory, mobile app (Android and iOS), customer portal, and the analytics dashboard. The services are hosted in a data centre in the People's Republic of China operated by the Provider's hosting partner named in Section B6.

Onboarding Services: configuration of workflows and forms, import of about 9,800 elevator asset records and three years of maintenance history, integration with the Customer's ERP and its 96333 emergency-call platform, and training of dispatchers and supervisors.

### A3. Subscription Term

Two Subscription Years. Subscription Year 1 starts on the date of Onboarding Acceptance under Section B3. Subscription Year 2 starts on the first anniversary of that date.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Year 1 | 300 users, annual | 420,000 |
| Subscription, Year 2 | 300 users, annual | 420,000 |
| Onboarding Services | one-time, fixed | 96,000 |
| **Total Fees** | | **936,000** |

Additional users may be added at the same per-user rate, pro rata to the end of the current Subscription Year. SMS messages above 50,000 per Subscription Year are charged per message at the rates in the Provider's price list; such usage charges are not part of the Total Fees.

### A5. Invoicing and Payment

The Onboarding Services fee and the Subscription Year 1 fee are invoiced together on signature of this Order Form and are payable within 15 days of the invoice date. The Provider starts the Onboarding Services only after receiving that payment. The Subscription Year 2 fee is invoiced at the start of Subscription Year 2 and is payable within 30 days. All amounts are in Chinese yuan and include VAT.

### A6. Signature

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

For the Provider: ____________________  Date: __________

For the Customer: ____________________  Date: __________

## PART B - GENERAL TERMS

### 1. Provision of the Services

1.1 The Provider shall make the Subscribed Services available to the Customer's users during the Subscription Term in accordance with the documentation and these General Terms.

1.2 The Customer shall keep its user credentials secure and is responsible for the use of the services by its users.

1.3 The Provider may update the services from time to time, provided that no update materially reduces the functions subscribed by the Customer.

1.4 The Customer shall not use the services to store data unrelated to its elevator maintenance business and shall comply with the acceptable-use rules in the documentation.

### 2. Onboarding

2.1 The Provider shall complete the Onboarding Services within 60 days after receiving the payment under Section A5.

2.2 If the Provider fails to make the services ready for Onboarding Acceptance within that period for reasons attributable to it, the Provider shall pay delay damages of CNY 700 for each day of delay, up to CNY 35,000.

### 3. Onboarding Acceptance

3.1 When the Onboarding Services are complete, the Provider shall give the Customer notice of readiness.

3.2 The acceptance criteria are: all migrated asset records and maintenance history reconcile with the Customer's export files; work orders flow end to end between the ERP, the emergency-call platform and the mobile app in a test of 200 orders without error; the mobile app completes a work-order update within three seconds on a standard 4G connection; and all dispatchers and supervisors have been trained.

3.3 The Customer shall test within ten working days after the notice and shall either sign an Onboarding Acceptance certificate or state its reasons for refusal in writing. Use of the services in a pilot does not count as acceptance.

### 4. Service Levels

4.1 The Provider shall make the services available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

4.2 Priority 1 incidents (services unavailable, or dispatch impossible for more than 20 users) receive a response within 30 minutes and a workaround within three hours, at any time of day. Priority 2 incidents receive a response within two hours during business hours.

4.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly equivalent. A missed Priority 1 response time earns a credit of CNY 1,000 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the term.

4.4 The service levels do not apply to unavailability caused by the Customer's own networks or devices, by suspension under Section 11.3, or by events described in Section 12.

4.5 The Provider shall publish a monthly service report on the customer portal showing availability, incidents, response times and any credits earned.

### 5. Customer Data

5.1 As between the parties, the Customer owns all data that it or its users enter into the services ("Customer Data"), including asset, customer and work-order records.

5.2 The Customer grants the Provider a licence to use Customer Data to provide the services. In addition, the Provider may collect and use aggregated and de-identified data derived from Customer Data and from the use of the services to compile industry benchmarks, to train its scheduling models and to improve its products, during and after the Subscription Term. Such aggregated data belongs to the Provider.

5.3 At the end of the Subscription Term the Provider shall make Customer Data available for export in CSV format for 30 days and shall then delete it.

### 6. Data Security

6.1 The Provider shall host Customer Data only in the People's Republic of China and shall maintain the security measures described in its security documentation, including encryption in transit and at rest, role-based access control, logging of administrative access, annual penetration testing and a multi-level protection scheme level 3 filing for the hosting environment. The hosting partner is Jiangsu Yunhe Data Services Co., Ltd.

6.2 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, shall take all reasonable steps to contain it and shall be liable for losses caused by its breach of this Section 6.

### 7. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care and use it only for the purposes of the Agreement. This obligation survives for three years after the end of the Agreement.

### 8. Intellectual Property

8.1 The Provider owns the services and all related software.

8.2 Workflow configurations, forms, report templates and integration code that the Provider creates specifically for the Customer during onboarding belong to the Customer, and the Customer may use, modify and license them freely.

### 9. Liability

Each party's total liability under the Agreement is limited to 150% of the Total Fees. The limit does not apply to breach of Sections 5, 6 or 7, or to fraud or wilful misconduct.

### 10. Subcontracting

The Provider may use the hosting partner named in Section 6.1. The Provider shall not engage any other subcontractor without the Customer's prior written consent.

### 11. Renewal and Termination

11.1 After Subscription Year 2, the subscription renews for further periods of one Subscription Year each at the same fees, unless either party gives notice of non-renewal at least 60 days before the end of the current period.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. On termination for the Provider's breach, the Provider shall refund any prepaid fees for the remaining period.

11.3 The Provider may suspend access to the services if an undisputed invoice remains unpaid for more than 45 days after a written reminder, but shall not delete Customer Data during the suspension.

### 12. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it informs the other party without delay and resumes performance as soon as possible. Credits under Section 4.3 remain payable for unavailability caused by the Provider's own systems or hosting partner.

### 13. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.
"""

E03 = """T:Purchase Contract for Grain Silo Monitoring Sensors and Monitoring Software Licence
P:Contract No. JHR-PUR-2025-112
P:Buyer: Jiangsu Hexiang Rice Industry Co., Ltd., Taizhou, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Dapitan Bay Instruments Corporation, Dipolog City, Zamboanga del Norte, Philippines (the "Supplier").
P:This Contract is made on the Buyer's standard form. The Buyer stores paddy and milled rice in 48 steel silos and 6 flat warehouses and wishes to monitor grain temperature, humidity and gas concentration continuously. The Supplier has offered the equipment, software and services described below. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply temperature cables, humidity sensors and gas sensors for all 48 silos and 6 warehouses, wireless gateways, and a perpetual licence to its GrainWatch monitoring software for unlimited users at the Buyer's site.
P:1.2 The Supplier shall install and calibrate all devices, install the software on the Buyer's server, configure alarm thresholds per silo as the Buyer instructs, integrate the software with the Buyer's aeration fan control cabinets and its warehouse management system, and train the Buyer's staff.
P:1.3 The Supplier warrants that all devices are new, unused, of the models stated in the price table, and suitable for grain storage environments, and that the gas sensors are certified for use in dusty atmospheres.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,120,000, fixed, inclusive of VAT, delivery to the Buyer's site, installation, calibration and training, as itemised below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cable, 24 m, 8 sensing points|96|3,850|369,600
TB:2|Combined CO2 and phosphine gas sensor|48|4,200|201,600
TB:3|Wireless gateway with 4G backup link|12|9,800|117,600
TB:4|GrainWatch monitoring software, perpetual licence|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||956,800
TB:5|Installation, calibration and integration|1|142,000|142,000
TB:6|Training|1|21,200|21,200
TB:|Contract Price|||1,120,000
P:2.2 Quantities may be adjusted by written change order at the unit prices above.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all devices are delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all devices to the Buyer's site within 45 days after signature and complete installation within a further 30 days.
P:4.2 Installation inside silos shall be carried out only when the silo is empty or with the Buyer's written safety permit. The Supplier's staff shall follow the Buyer's site safety rules, including rules for confined spaces, fumigation periods and work at height.
P:4.3 The Supplier shall pack all devices for sea and road transport and protect them against moisture and dust. Each consignment shall include a packing list with serial numbers. The risk in the devices passes to the Buyer on signature of the installation record.
P:4.4 The Supplier shall keep a stock of spare temperature cables, gas sensors and gateways in mainland China sufficient to replace at least 5% of the installed quantity within 48 hours during the warranty period.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a trial operation of 30 days following installation.
P:5.2 The acceptance criteria are: every sensing point reports to the software; temperature readings agree with a calibrated reference thermometer within 0.5 degrees Celsius at ten randomly chosen points; gas readings agree with a portable reference instrument within the tolerance stated in the technical specification; alarms reach the duty phone within one minute; fan control commands execute correctly; and no Priority 1 fault occurs during the trial operation.
P:5.3 If the criteria are met, the Buyer shall sign a Final Acceptance certificate within ten working days. Installation, trial operation and use of the system do not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects and the trial operation shall be repeated at its cost.
P:5.4 The Supplier shall provide the acceptance test records, calibration certificates of the reference instruments, as-built drawings of the sensor layout in each silo and warehouse, and a list of all device serial numbers with their locations before Final Acceptance. Missing documents are a ground for refusing Final Acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective devices free of charge, including parts, labour and transport, and shall provide software updates.
P:6.2 Faults shall be handled according to the following table.
TB:Priority|Definition|Response|On site|Restoration
TB:Priority 1|Software down, or a silo without monitoring during storage|2 hours|24 hours|48 hours
TB:Priority 2|Single sensor or gateway fault|8 hours|3 days|5 days
TB:Priority 3|Questions and minor defects|2 working days|as agreed|next update
P:6.3 For each hour by which the Supplier exceeds a Priority 1 response or on-site time, the Supplier shall pay CNY 600, which the Buyer may deduct from any payment due.
P:6.4 After the warranty period, the Supplier shall provide annual support (repairs, spare sensors and software updates) at 7.5% of the Hardware and Licence Subtotal per year, that is CNY 71,760, fixed for the fourth and fifth years after Final Acceptance. Support is ordered by separate purchase order; it does not renew automatically.
P:6.5 Training shall be held at the Buyer's site for the warehouse supervisors, the quality team and the IT administrator, and shall cover the reading of temperature and gas trends, alarm handling, fan control, calibration checks and routine cleaning of sensors. The Supplier shall provide training materials and operating manuals in Chinese.
H:7. Intellectual Property
P:7.1 The GrainWatch software remains the Supplier's property and is licensed to the Buyer perpetually.
P:7.2 The integration programs, alarm configurations and silo layout drawings prepared for the Buyer belong to the Buyer, which may modify them and have them maintained by third parties. The Supplier shall deliver the source code of the integration programs.
P:7.3 The Supplier warrants that the devices and the software do not infringe any third-party rights and shall indemnify the Buyer against any claim of infringement, at its own cost.
H:8. Buyer Data and Data Security
P:8.1 All monitoring data, storage records and configurations belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall not connect the system to any external server without the Buyer's written approval. Remote maintenance shall be carried out only through the Buyer's VPN with individual accounts, and each session shall be approved and logged.
P:8.3 The Supplier shall report any unauthorised access to, or loss of, Buyer data within 12 hours and shall be liable for any loss caused by its breach of this Clause 8.
P:8.4 At the end of the warranty and support periods the Supplier shall delete any Buyer data held on its own laptops or tools and confirm the deletion in writing.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's storage volumes, customer information and site layout, and shall not disclose it to third parties without prior written consent, during the Contract and for three years after it ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or installation, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, damage to stored grain caused by the Supplier's negligence, wilful misconduct and breach of Clauses 8 and 9.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains fully responsible for approved subcontractors.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum.
H:13. Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within five days, provide supporting evidence and resume performance as soon as the event ends. The time for performance is extended accordingly.
H:14. Language and Notices
P:This Contract is made in Chinese and English; both versions have equal effect. Notices shall be given in writing to the addresses stated above, by courier or by e-mail with a copy by courier.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. SIG-MSA-2025-031

**Between**

**Xiamen Haitong Shipping Agency Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Huli District, Xiamen, Fujian (the "Customer"); and

**Siargao Gate IT Services Corp.**, a corporation registered in the Philippines with its principal office in Surigao City, Surigao del Norte, acting through its representative office in Xiamen (the "Supplier").

## Background

The Customer operates a head office in Xiamen and eight branch offices in Chinese ports. It wishes to outsource its IT service desk, end-user device support and basic infrastructure administration. The Supplier has offered to provide these services for 36 months on the terms below.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the transition completion certificate under Section 3.3.

1.5 "Customer Data" means all data of the Customer, its staff and its principals that the Supplier receives or accesses in providing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 The Supplier shall complete the transition of the Services from the Customer's current arrangements within 50 days after signature, following the transition plan agreed by the parties within 10 days after signature.

3.2 Transition includes taking over the asset inventory, knowledge articles and open tickets, setting up the ticketing tool, documenting the infrastructure and running a two-week parallel operation with the Customer's current staff.

3.3 The transition is complete when: all 640 end-user devices and 38 servers are recorded in the asset inventory; all open tickets have been transferred; the service desk has handled calls for ten working days with at least 90% of calls answered within 30 seconds; and the Customer has approved the operations manual. The Customer shall then sign a transition completion certificate.

3.4 If the Supplier fails to complete the transition by the date in Section 3.1 for reasons within its control, it shall pay delay damages of CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Service Delivery

4.1 The Supplier shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Supplier shall assign a named service delivery manager, who shall meet the Customer's IT manager monthly to review performance, incidents, problems and planned changes.

4.3 The Supplier shall provide a monthly service report showing performance against each Service Level, the service credits due and the actions taken.

4.4 The Customer shall provide the Supplier's on-site engineers with workspace, network access and the administrative accounts necessary to perform the Services.

4.5 The Supplier shall follow the Customer's IT policies and office rules, including rules on working hours, visitor registration and the use of company equipment, as notified to the Supplier from time to time.

4.6 Changes to the scope of the Services shall be agreed through the change control procedure: either party may propose a change in writing, the Supplier shall provide an impact assessment on charges and Service Levels within ten working days, and no change takes effect until both parties sign a change note.

## 5. Service Credits

If the Supplier fails to meet a Service Level in a month, the Customer is entitled to the service credits stated in Schedule 2. Service credits are deducted from the next monthly invoice. The total service credits for a month shall not exceed 20% of the monthly service charge for that month.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. The total Charges for the Term are CNY 2,160,000.

6.2 The transition fee is invoiced after the Customer signs the transition completion certificate. The monthly service charge is invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days after receipt.

6.3 The Charges are fixed for the Term and cover up to 720 end-user devices. Additional devices are charged at the unit rate in Schedule 3.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer.

7.2 The Supplier shall use Customer Data only to provide the Services and shall return it to the Customer at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked as confidential or that a reasonable person would regard as confidential, including the Customer's shipping schedules, principal and cargo information and pricing.

8.2 Neither party shall disclose such information to any third party without the other party's prior written consent, except to its professional advisers or as required by law. This obligation survives for three years after the end of the Agreement.

## 9. Intellectual Property

9.1 The Supplier's tools, methods and ticketing software remain its property.

9.2 Knowledge articles, runbooks, scripts, network diagrams and documentation created by the Supplier for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 10. Liability

The total liability of each party under this Agreement is limited to 150% of the total Charges. This limit does not apply to personal injury, fraud or wilful misconduct.

## 11. Personnel and Subcontracting

11.1 The Supplier shall provide suitably qualified staff and shall replace any engineer whom the Customer reasonably asks to be removed.

11.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent.

## 12. Early Ending

This Agreement may only be ended before the end of the Term by a written agreement signed by both parties, which shall settle the Charges due for the Services performed up to the date of ending.

## 13. Exit

During the last 60 days of the Term the Supplier shall cooperate with the Customer and any successor provider, hand over all documentation, accounts and knowledge articles, and answer reasonable questions, at no extra charge.

## 14. Force Majeure

Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government action, if it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits do not accrue during such events.

## 15. Notices and Entire Agreement

Notices shall be in writing and delivered by hand, courier or e-mail to the addresses stated above. This Agreement, with its Schedules, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

## 16. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

For the Customer: ____________________

For the Supplier: ____________________

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for all staff of the head office and branches | 07:30-21:30, seven days |
| End-user support | Desktop, laptop, printer and mobile device support; on-site at the head office, remote or by dispatch at branches | Business days |
| Infrastructure administration | Windows servers, virtualisation hosts, backup jobs, network switches and Wi-Fi at all nine offices | Monitoring around the clock |
| Asset management | Inventory of devices and licences, installation and disposal records | Monthly update |
| Change management | Planning and execution of approved changes, monthly maintenance window | As scheduled |

## Schedule 2 - Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident (a whole office or a core shipping system unavailable): response | 15 minutes | 2% of the monthly charge per hour late |
| Priority 1 incident: restoration | 6 hours | 3% of the monthly charge per hour late |
| Priority 2 incident (a group of users affected): response | 1 hour | 1% of the monthly charge per occurrence |
| Service desk calls answered within 30 seconds | 90% per month | 2% of the monthly charge |
| Backup jobs completed successfully | 98% per month | 2% of the monthly charge |
| Customer satisfaction score | at least 4.2 of 5 | none; improvement plan |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 72,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| **Total Charges** | | **2,160,000** |
| Additional device above 720 | per device per month | 65 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MAR-API-2025-009

PARTIES

Provider: Marbel Agri-Data Solutions, Inc., a corporation registered in the Philippines, with its principal office in the City of Koronadal, South Cotabato ("Provider").

Customer: Shanghai Guoguo Fresh Fruit Import Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Minhang District, Shanghai ("Customer").

BACKGROUND

The Customer imports bananas and pineapples from Mindanao. The Provider collects farm-level harvest, weather, packing-house and shipment data in Mindanao and offers it through a web API and a dashboard. The Customer wishes to subscribe to that data for two Subscription Years.

1. DEFINITIONS

1.1 "Data Services" means access to the Provider's harvest-forecast, packing-house throughput, reefer-container booking and vessel-schedule data sets through the API and the dashboard, as described in Clause 2.

1.2 "Customer Data" means all data that the Customer uploads to or generates in the Data Services, including its purchase orders, quality claims, arrival records and queries.

1.3 "Subscription Year" means the period that begins on the Start Date, or on an anniversary of it, and ends on the day before the next anniversary.

1.4 "Start Date" means the date of Integration Acceptance under Clause 4.

2. DATA SERVICES

2.1 The Provider shall give the Customer access to the following data sets, updated at the frequencies stated: weekly harvest forecasts for 31 contracted farms, daily packing-house throughput, daily reefer-container bookings at Davao and General Santos, and vessel schedules to Shanghai, Ningbo and Qingdao.

2.2 The Customer may make up to 600,000 API calls per Subscription Year and may give dashboard access to up to 35 named users.

2.3 The Customer may use the data for its own business, including planning, pricing, ripening-room scheduling and reporting to its customers, and may keep data received during the term.

3. INTEGRATION SERVICES

3.1 The Provider shall build a connector between the API and the Customer's supply-chain planning system and shall configure a Chinese-language dashboard with the Customer's farms, products and ports.

3.2 The Provider shall complete the integration services within 40 days after signature of this Agreement.

4. INTEGRATION ACCEPTANCE

4.1 When the connector and dashboard are ready, the Provider shall notify the Customer.

4.2 The acceptance criteria are: all data sets in Clause 2.1 load into the planning system at the agreed frequency for ten consecutive days; loaded data match the Provider's source records in a sample of 300 records; the dashboard shows all farms and ports in Chinese; and API calls return within two seconds for 95 out of 100 test calls.

4.3 The Customer shall test within ten working days and shall sign an Integration Acceptance certificate or give written reasons for refusal. Trial use is not acceptance.

4.4 If the acceptance criteria are not met, the Provider shall correct the connector or dashboard within five working days and notify readiness again, and the Customer shall repeat the tests within five working days.

5. FEES AND PAYMENT

5.1 The fees are:

Subscription Year 1: CNY 286,000
Subscription Year 2: CNY 286,000
Integration services, one-time: CNY 38,000
Total fees: CNY 610,000

5.2 The integration fee is payable within 30 days after Integration Acceptance.

5.3 Each Subscription Year fee is invoiced in four equal quarterly instalments at the start of each quarter and is payable within 30 days after the invoice.

5.4 API calls above the annual allowance are charged at CNY 0.20 per call and are not included in the total fees.

5.5 The Customer may add further farms or ports to the data sets by written order at the prices in the Provider's quotation attached as Annex A, which are fixed until the end of Subscription Year 2.

6. SERVICE LEVELS

6.1 The API and the dashboard shall be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified five days in advance.

6.2 A Severity 1 incident (API or dashboard unavailable, or a data set not updated for more than one day) shall receive a response within 1 hour at any time and shall be resolved within six hours. A Severity 2 incident shall receive a response within one business day.

6.3 If availability falls below the commitment in a month, the Provider shall credit 5% of the quarterly instalment for each 0.1 percentage point of shortfall, up to one half of that instalment. If a Severity 1 response is late, the Provider shall credit CNY 500 per hour of delay.

6.4 The Provider shall publish a monthly report on the dashboard showing availability, incidents, data-set update times and any credits earned.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Data Services to the Customer and for no other purpose.

7.2 The Provider shall store Customer Data on servers in the People's Republic of China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months, and delete Customer Data within 30 days after the end of the Agreement.

7.3 The Provider shall notify the Customer of any unauthorised access to or loss of Customer Data within 24 hours, shall take all steps to contain it, and shall be liable for the losses caused by its breach of this Clause 7.

8. DATA QUALITY

8.1 The Provider shall collect the data by the methods described in its methodology statement and shall correct any error reported by the Customer within two business days.

8.2 The Provider does not guarantee the accuracy of harvest forecasts, which are estimates.

8.3 The Provider shall give the Customer at least 30 days' notice of any change to the structure of the API or the data sets, and shall keep the previous version of the API available for at least 90 days after a change.

8.4 The Customer shall not resell the data sets as such to third parties or publish them in a form that allows them to be reconstructed. Reports, forecasts and analyses that the Customer prepares from the data may be shared with its customers and suppliers.

9. INTELLECTUAL PROPERTY

9.1 The Provider owns its data sets, the API and the dashboard software.

9.2 The connector and the dashboard configuration made for the Customer belong to the Customer, which may use, modify and license them freely. The Provider shall hand over the connector's source code at Integration Acceptance.

9.3 The Provider warrants that it has the right to license the data sets to the Customer and that the data sets do not infringe the rights of any farm, packing house or other third party. The Provider shall defend the Customer against any claim of infringement at its own cost.

10. LIABILITY

The total liability of each party under this Agreement is limited to 150% of the total fees. The limit does not apply to breach of Clause 7, to infringement of third-party rights or to wilful misconduct.

11. SUBCONTRACTING

The Provider shall not subcontract the Data Services or the integration services without the Customer's prior written consent.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; a further subscription requires a new agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai.

12.3 At the end of the Agreement the Customer may keep and use all data received during the term, together with the connector and the dashboard configuration, without further charge.

14. CUSTOMER RESPONSIBILITIES

14.1 The Customer shall keep its API keys and dashboard passwords to itself and shall tell the Provider without delay if it suspects that a key has been misused.

14.2 The Customer shall provide a test environment of its planning system and a contact person for the integration services.

15. FORCE MAJEURE

Neither party is liable for delay or failure caused by typhoons, floods, earthquakes, epidemics, strikes in ports or government action beyond its reasonable control, if it notifies the other party promptly and resumes performance as soon as possible.

16. GENERAL

16.1 Notices shall be in writing in English or Chinese and sent by e-mail with a copy by courier to the addresses stated above.

16.2 This Agreement, including Annex A, is the entire agreement of the parties on its subject. It may be amended only in writing signed by both parties. If a provision is invalid, the rest of the Agreement remains in force.

SIGNATURES

For the Provider: ____________________

For the Customer: ____________________
"""

# ---------------------------------------------------------------- files
SOURCES = {"h722z01": Z01, "h722z02": Z02, "h722z03": Z03, "h722z04": Z04, "h722z05": Z05,
           "h722e01": E01, "h722e02": E02, "h722e03": E03, "h722e04": E04, "h722e05": E05}
NAMES = {"h722z01": "h722z01_credit_office_trust_incentive_platform.pdf",
         "h722z02": "h722z02_flashlight_factory_line_control_retrofit.docx",
         "h722z03": "h722z03_woodworking_chain_booking_saas.txt",
         "h722z04": "h722z04_fruit_institute_research_system_om.txt",
         "h722z05": "h722z05_jade_workshop_tracking_supplier_template.md",
         "h722e01": "h722e01_cold_chain_wms_licence_iligan_vendor.pdf",
         "h722e02": "h722e02_elevator_field_service_saas_order_form.md",
         "h722e03": "h722e03_grain_silo_sensors_monitoring_licence.docx",
         "h722e04": "h722e04_shipping_agency_managed_it_services.md",
         "h722e05": "h722e05_fruit_import_data_api_subscription.txt"}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
B, S, G = "buyer", "service", "goods_or_licence"
# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped, deemed, contract_value)
LABELS = {
 "h722z01": ("software", [99.5, 0.5, True, B, True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, False,
                          "PRC", G], True, True, True, False, 1486000),
 "h722z02": ("hardware", [None, 1, True, B, True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, True,
                          "PRC", G], True, True, True, False, 2368000),
 "h722z03": ("cloud", [99.95, 0.5, False, B, True, True, True, 0.08, 6 / 24 * 100, None, True, None, None, None, True,
                       True, False, "PRC", S], True, True, None, False, 884000),
 "h722z04": ("services", [99.95, 0.5, True, B, True, True, True, 0.1, None, None, True, None, None, None, False, True,
                          False, "PRC", S], True, True, None, False, 338000),
 "h722z05": ("software", [None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None,
                          False, True, None, None, G], False, False, False, True, 840000),
 "h722e01": ("software", [None, 1, True, B, True, True, True, 0.1, 200, 20, True, True, 24, 9, False, True, False,
                          "Philippines", G], True, True, True, False, 1560000),
 "h722e02": ("cloud", [99.95, 0.5, True, B, True, False, True, 700 / 936000 * 100, 150, 516000 / 936000 * 100, True,
                       None, None, None, False, True, False, "PRC", S], True, True, None, False, 936000),
 "h722e03": ("hardware", [None, 2, True, B, True, True, True, 0.08, 150, 10, True, True, 36, 7.5, False, True, False,
                          "PRC", G], True, True, True, False, 1120000),
 "h722e04": ("services", [None, 0.25, True, B, False, True, True, 1800 / 2160000 * 100, 150, None, True, None, None,
                          None, False, False, False, "PRC", S], True, True, None, False, 2160000),
 "h722e05": ("cloud", [99.95, 1, True, B, True, True, False, None, 150, None, True, None, None, None, False, True,
                       False, "PRC", S], True, False, None, False, 610000),
}
# itemised licence / hardware subtotal (TCO fee base), goods drafts only
FEE_BASE = {"h722z01": 628000, "h722z02": 1980000, "h722z05": 360000, "h722e01": 1120000, "h722e03": 956800}
FORUM_OUTSIDE_MAINLAND = {"h722e01"}
DESIGN = {
 "h722z01": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
 "h722z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
 "h722z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
 "h722z04": [],
 "h722z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
 "h722e01": ["CR-GOVERNING-LAW"],
 "h722e02": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
 "h722e03": [],
 "h722e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
 "h722e05": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    cat, terms, sla, ld_stated, capped, deemed, value = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[key], "language": "zh" if "z" in key[4:] else "en", "category": cat,
            "expected_terms": t, "expected_extra": extra, "expected_rules": sorted(DESIGN[key])}


def tco_share(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, lab):
    """My reading of policy §3, applied to the label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, lab)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_RE = re.compile("|".join([
    NUM + r"99\.90*(?!\d)", r"百分之九十九点九(?!\S?[一二三四五六七八九])",
    NUM + r"4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四个?小时", r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?",
    NUM + r"0\.050*(?!\d)" + PCT, r"万分之五(?![十点])", r"千分之零点五",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:per\s*cent|percent)",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s*(?:per\s*cent|percent)",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:per\s*cent|percent)",
    NUM + r"12\s*(?:-\s*)?(?:months?|个月|月)", r"十二个?月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![第每\d])一年(?!级)", r"(?<![\d])1\s*-?\s*years?\b", r"\bone\s*-?\s*years?\b",
]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "四个小时", "four hours", "0.05%", "0.050 %", "万分之五",
            "100%", "100 percent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12 months", "12个月", "十二个月", "twelve months", "12-month", "质保期一年", "one year", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之三",
             "0.055%", "130%", "115%", "1,100%", "百分之三十五", "150%", "18 months", "24个月", "112 months",
             "第一年", "每年", "one Subscription Year", "4G backup", "40 days", "30 days", "15 days", "twelve hours"]


def scan(text):
    return [m.group(0) for v in (text, " ".join(text.split()), re.sub(r"\s", "", text))
            for m in THRESHOLD_RE.finditer(v)]


def read_back(path):
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    targets = {}
    for key, name in NAMES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, name in NAMES.items():
        lab = label(key)
        t = lab["expected_terms"]
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(key, lab)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        rules = derive(key, lab)
        if rules != sorted(DESIGN[key]):
            problems.append((key, rules, DESIGN[key]))
        covered.update(rules)
        text = read_back(OUT / name)
        hits = scan(text)
        if hits:
            problems.append((key, "threshold text", hits))
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        if not ok:
            problems.append((key, "length", n))
        print(f"{name:58} {n:5}  {risk(rules):6}  share={'' if share is None else round(share, 1)}  {', '.join(rules)}")
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    assert not problems, "\n".join(map(str, problems))
    print("all checks passed")


if __name__ == "__main__":
    main()
