"""holdout664: ten blind held-out draft contracts (five Chinese, five English) and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Builds every contract from the sources below
(.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes the labels, and asserts: text lengths, price sums,
no label value on a policy threshold, no threshold figure in any built text (self-tested regex), the rules derived
from each label (my reading of policy §3) equal to the design list, and coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H664Z01 = """T:饲料质量安全监测平台建设项目合同
P:合同编号：SLJ-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某省饲料质量检验所
P:乙方（供应商）：某信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就饲料质量安全监测平台的软件许可、定制开发及实施服务订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供饲料质量安全监测平台软件（含抽检任务管理、样品流转、检测结果上报、风险预警等模块）的永久使用许可，不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发：检验仪器数据自动采集接口（不少于二十六台套）、省级饲料监管系统数据交换接口、风险预警模型、执法人员移动端。
P:1.3 乙方负责部署实施、历史数据导入及对甲方人员的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾万元整（¥1,500,000），其中：平台软件许可费820,000元，定制开发费536,000元，部署实施费118,000元，培训费26,000元。
P:2.2 合同总价为固定价格，包括税费、差旅及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后九十日内完成部署及定制开发并申请初步验收，初步验收后进入六十日试运行期。
P:4.2 乙方应提交需求规格说明书、设计文档、接口文档、源代码、数据字典、用户手册及运维手册。
P:4.3 乙方应组建不少于六人的项目组，项目经理须具备信息系统项目管理师资格，实施期间驻场工作。未经甲方同意，乙方不得更换项目经理及核心开发人员；确需更换的，替换人员资质不得低于原人员。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题及风险；甲方有权对开发过程进行检查，并提出整改意见。
P:4.5 历史数据导入范围为甲方近八个年度的抽检记录，乙方应在导入前提交数据清洗方案，导入后逐表核对记录条数及关键字段，并向甲方提交核对报告。
H:第五条 验收
P:5.1 初步验收标准：全部功能符合招标文件及需求规格说明书；检验仪器数据采集准确率经甲方比对无差错；与省级监管系统的数据交换连续十个工作日无丢失；在三百个并发用户下，常用查询响应时间不超过三秒。
P:5.2 最终验收标准：试运行期内无一级故障；发现的问题均已整改完毕；第三方机构出具的安全测评报告无高危漏洞；技术文档齐全。
P:5.3 验收由甲方组织，乙方配合，验收结论以双方签字的验收报告为准。系统上线、试运行或甲方已付款，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方按平台软件许可费的9%每年（即73,800元／年）提供维护服务，该费率三年内不上调；续签须经双方书面确认，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，且不计入不可用时间。
P:7.2 一级故障（平台整体不可用或检测数据无法上报）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，次一工作日内解决；三级故障1个工作日内响应。
P:7.3 响应或到场每超时1小时，甲方有权扣减维护费或履约保证金500元；月度可用率每低于约定值0.01个百分点，扣减1,000元。
H:第八条 数据安全
P:8.1 平台中的检验数据、样品信息、企业信息及其衍生数据均属于甲方所有。乙方仅为履行本合同之目的接触上述数据，不得复制、留存或用于本合同以外的任何用途。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、操作审计与数据加密；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、监测计划及未公开的抽检结果负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因合同终止而解除，在合同终止后三年内持续有效。
H:第十条 知识产权
P:10.1 本合同项下定制开发成果（包括接口程序、预警模型、移动端及其源代码和文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:10.2 平台软件的既有知识产权归乙方，甲方享有永久使用许可。乙方保证其交付成果不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项。
P:11.3 乙方违反第八条、第九条约定的，除承担赔偿责任外，甲方有权暂停付款直至乙方整改完毕；情节严重的，甲方有权解除合同。
P:11.4 乙方交付的软件存在侵犯第三方知识产权情形的，乙方应自行承担责任并赔偿甲方因此遭受的全部损失，包括甲方支付的律师费及合理的调查费用。
P:11.5 甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。
H:第十二条 分包
P:乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 培训与履约保证
P:15.1 乙方应为甲方系统管理员、检验人员及执法人员分批组织培训，培训课时合计不少于四十学时，并提供培训教材及考核记录，保证受训人员能够独立完成日常操作与维护。
P:15.2 乙方提交的履约保函金额为合同总价的10%，有效期至最终验收合格后三十日。乙方未履行合同义务的，甲方有权就保函主张相应款项。
H:第十六条 不可抗力
P:因地震、洪水、疫情等不能预见、不能避免且不能克服的事件致使一方不能履行合同的，受影响方应在事件发生后五日内书面通知对方并提供证明，双方协商延期履行或部分免除责任。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　日期：
"""

H664Z02 = """T:锻造及退火生产线控制系统改造合同
P:合同编号：MJG-SB-2025-0426
P:甲方（买方）：某特殊钢有限公司（模具钢厂）
P:乙方（卖方）：某自动化工程有限公司
P:甲方锻造车间快锻机组及两条台车式退火炉生产线的控制系统老化，故障频发。经甲方询价比选，乙方成交。双方经协商，就控制系统改造所需设备、软件、安装调试及维保服务订立本合同。
H:第一条 合同标的
P:1.1 乙方负责供应并安装PLC控制柜、退火炉温控系统（含热电偶、温控仪表及无纸记录仪）、工业以太网交换机和上位机监控软件，完成快锻机组与退火炉的控制逻辑改造、监控画面开发、与甲方MES系统的数据接口开发，并对甲方操作及维修人员进行培训。
P:1.2 改造完成后，退火炉各区控温精度应达到±5℃，炉温曲线自动记录并可追溯；快锻机组具备锻造参数配方管理和故障报警功能。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾贰万元整（¥1,620,000），为含税固定总价，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|6套|612,000
TB:2|退火炉温控系统（热电偶、仪表、记录仪）|2条线|348,000
TB:3|工业以太网交换机|14台|96,000
TB:4|上位机监控软件许可（SCADA）|1套|228,000
TB:5|监控画面及MES接口定制开发|1项|174,000
TB:6|安装调试及停炉切换|1项|137,000
TB:7|培训|1项|25,000
TB:|软硬件小计（第1至4项）||1,284,000
TB:|合同总价||1,620,000
P:2.2 上述价格包含设备运输、保险、现场安装、调试、软件许可、技术资料及质保期内服务的全部费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的50%。到货签收仅确认数量及外观，不视为质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后一次性无息支付。
H:第四条 交货与施工
P:4.1 乙方应于合同签订后六十日内将设备运至甲方锻造车间，并在甲方安排的停炉窗口期内完成安装和切换，停炉窗口期为连续十二日。
P:4.2 乙方施工应遵守甲方安全生产管理制度，办理动火、高处作业等审批手续，乙方人员的安全责任由乙方承担。
P:4.3 切换期间乙方应保留原控制系统的回退条件，新系统调试不成功的，应在八小时内恢复原系统运行。
P:4.4 乙方应在设备发货前提交电气原理图、端子接线图、PLC程序框图、网络拓扑图及切换方案，经甲方设备部审查确认后方可实施。甲方的审查不免除乙方对设计质量应承担的责任。
P:4.5 乙方派驻现场的项目负责人及电气、仪表调试工程师应具备相应资格，施工期间每日参加甲方组织的班前会，并如实记录施工日志。
H:第五条 验收
P:5.1 安装调试完成后，进入七十二小时连续带料试运行。验收标准为：I/O点逐点测试无误；退火炉各区控温精度达到±5℃，并以甲方标准热电偶比对；炉温曲线完整记录且可导出；快锻机组配方下发与报警功能正常；MES接口数据与现场数据核对一致；试运行期间未发生导致停产的故障。
P:5.2 试运行结束后十日内，甲方组织最终验收并签署验收报告。设备到货、安装完成或甲方投入使用，均不视为验收合格。
P:5.3 验收不合格的，乙方应在二十日内整改并重新申请验收，由此发生的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换、软件缺陷修复均免费。
P:6.2 一级故障（导致锻造或退火停产）乙方应在1小时内响应，6小时内到达现场；二级故障8小时内响应，48小时内到场处理。乙方响应或到场每超时一小时，应向甲方支付800元。
P:6.3 乙方应随设备提供一套随机备品备件及专用工具，并在甲方所在地市设置备件库，常用备件应保证二十四小时内送达现场。
P:6.4 质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新品，质保期自更换之日起重新计算。
P:6.5 质保期满后，甲方可委托乙方提供年度维保，维保年费按软硬件小计的8%计取（即102,720元／年），三年内不得上调；是否续签由甲方决定。
H:第七条 数据与信息安全
P:7.1 控制系统中的工艺参数、炉温曲线、配方及生产数据属于甲方所有，乙方不得复制、带离现场或用于本合同以外的目的。
P:7.2 乙方应按工业控制系统安全防护要求实施改造，关闭不必要的端口和服务；远程维护须经甲方逐次批准，并在甲方监督下通过工业防火墙进行。
P:7.3 乙方交付的软件及移动存储介质在接入甲方网络前须经病毒查杀，乙方调试用计算机应专机专用，不得接入互联网，调试结束后应删除其中的甲方程序及数据备份。
P:7.4 因乙方原因造成数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，并承担全部赔偿责任。
H:第八条 保密
P:乙方对在履行合同过程中知悉的甲方工艺技术、生产计划及商业信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内有效。
H:第九条 知识产权
P:监控画面、控制程序、MES接口程序及其源代码和技术文档归甲方所有，甲方可自行修改或委托第三方维护。SCADA软件的著作权归原厂所有，甲方取得永久使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三支付违约金。
P:10.2 设备或软件质量不符合合同约定的，乙方应负责更换或修复，并承担由此造成的停产损失。
P:10.3 乙方施工造成甲方设备、厂房损坏或人员伤害的，由乙方负责修复并承担赔偿责任。
P:10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 培训与技术资料
P:11.1 乙方应在甲方现场为操作人员、电气及仪表维修人员分别组织培训，培训内容包括系统原理、日常操作、配方管理、故障诊断及备份恢复，培训后进行实操考核。
P:11.2 乙方应在最终验收前提交竣工图纸、PLC程序及监控画面的最终版本、参数清单、备份介质和操作维护手册，纸质两套、电子版一套。
H:第十二条 分包
P:乙方不得转包本合同。电缆敷设等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同的变更与解除
P:13.1 本合同的变更须经双方协商一致并签订书面补充协议。
P:13.2 因不可抗力致使合同目的不能实现的，双方可协商解除本合同，已履行部分按实结算。
P:13.3 遭遇不可抗力的一方应在事件发生后三日内通知对方，并在十五日内提供有关机构出具的证明。不可抗力影响消除后，双方应继续履行合同，交货及施工期限相应顺延。
P:13.4 甲方因生产计划调整需变更停炉窗口期的，应提前七日通知乙方，乙方应予配合，由此增加的合理费用由双方协商确定。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交东莞仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议及设备清单为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
"""

H664Z03 = """连锁门店点单及会员管理系统服务合同

合同编号：CY-IT-2025-088

甲方（客户）：某餐饮管理有限公司（连锁茶饮品牌，直营门店七十家）
乙方（服务商）：某云科技有限公司

甲方拟在其全部直营门店启用线上点单、小程序会员及营销系统。乙方以软件即服务（SaaS）方式提供系统，并负责实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方开通点单及会员管理系统，包括门店收银点单、小程序及外卖平台订单聚合、会员储值与积分、优惠券营销、总部报表等功能。
2. 订阅范围为甲方七十家直营门店及一个总部管理端。新增门店按本合同单价另行计费。
（二）实施服务
1. 乙方负责菜单及价格体系配置、原会员系统数据迁移、与甲方收银硬件及财务系统的对接、门店店长及收银员培训。
2. 乙方应指定实施经理一名，在上线前驻甲方总部工作。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为三百六十五日。
（二）服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权按其届时公布的标准价格调整订阅费，甲方应按调整后的价格支付。

三、费用及支付
（一）费用构成
1. 门店订阅费：每店每个服务年度3,600元，七十家门店合计252,000元／服务年度。
2. 总部管理端订阅费：48,000元／服务年度。
3. 实施费：86,000元，一次性支付。
4. 本合同两个服务年度总价为人民币686,000元（订阅费600,000元，实施费86,000元）。
（二）支付方式
1. 实施费在系统上线验收合格后十五个工作日内支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 乙方应在每次收款前开具增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 七十家门店均可正常点单、收银、打印小票及出杯单；
2. 原会员数据（会员信息、储值余额、积分）迁移后经双方逐项核对一致；
3. 小程序及两个外卖平台订单可正常汇入门店；
4. 高峰时段下单操作响应时间不超过两秒；
5. 收银数据与甲方财务系统日结对账一致。
（三）甲方应在乙方提交验收申请后十个工作日内组织验收，并签署书面验收意见。试用期内门店使用系统不视为验收合格。
（四）验收不合格的，乙方应在十日内完成整改并重新提交验收申请；经两次验收仍不合格的，甲方有权解除本合同，乙方应退还甲方已支付的全部款项，并赔偿甲方因此产生的损失。
（五）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%。计划内维护应安排在凌晨零时至六时之间，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多数门店无法下单或收银）：15分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常或个别门店无法使用）：1小时内响应，8小时内解决；
3. 三级故障（咨询或优化类）：1个工作日内答复。
（三）服务补偿：月度可用率未达到约定标准的，每低于0.5个百分点，乙方按当月订阅费的5%抵扣下一期费用；一级故障超过恢复时限的，每超时一小时抵扣1,000元。
（四）乙方应提供7×24小时服务热线，并每月向甲方提交服务报告。

六、数据归属与数据安全
（一）甲方的会员信息、订单数据、储值记录及经营数据均归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于本合同以外的任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志审计等措施，并每日备份，备份保留不少于三十日。
（三）乙方发生数据泄露、篡改、丢失等安全事件的，应在2小时内通知甲方，配合甲方向主管部门报告，并承担由此给甲方造成的损失。
（四）会员个人信息的收集和使用应符合《个人信息保护法》，乙方应配合甲方在小程序中展示隐私政策、取得会员同意，并按甲方指示处理会员查询、更正和删除个人信息的请求。
（五）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除，出具删除证明。

七、双方的其他权利义务
（一）甲方应按乙方要求准备门店网络、收银设备及打印机，指定项目联系人，及时提供菜单、价格、会员政策及财务科目等实施所需资料，并对配置结果进行确认。
（二）甲方应妥善保管系统管理员账号及密码，按照岗位分配门店人员权限，门店人员离职时应及时停用其账号。
（三）乙方应保证系统功能持续满足本合同约定，系统升级不得降低已有功能或增加甲方费用；重大版本升级应提前十日通知甲方，并在非营业时段进行。
（四）乙方应为甲方提供线上操作手册及视频教程，新开门店上线时提供远程培训，每个服务年度组织不少于两次总部管理人员的集中培训。
（五）因外卖平台或支付机构接口规则调整导致系统需修改的，乙方应在接口规则生效前完成适配，不另行收费。
（六）乙方应按门店营业需要提供节假日保障，在甲方新品上市、大型促销活动前配合进行压力测试和应急演练。

八、保密
双方对在合作中获知的对方商业秘密，包括甲方的门店经营数据、营销方案及会员信息，负有保密义务。保密义务在合同终止后三年内持续有效。

九、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、会员营销规则配置及财务系统接口程序，归甲方所有，甲方可自由使用和修改。

十、责任限制
乙方在本合同项下的累计赔偿责任，以违约行为发生前六个月内甲方已向乙方支付的订阅费总额为限。但乙方因故意、重大过失或违反本合同第六条造成甲方损失的除外。

十一、分包
乙方不得将本合同项下的实施工作转包或分包，确需第三方参与的，应事先征得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，并要求乙方退还未履行期间的订阅费。
（二）乙方连续两个月月度可用率未达到约定标准的，甲方有权解除本合同。
（三）因不可抗力致使合同无法继续履行的，双方均可解除本合同，已支付但未使用期间的订阅费按日折算退还甲方。
（四）合同解除或终止的，乙方应按本合同第六条第（五）项交还和删除数据，并在数据交还前维持系统只读访问。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商解决；协商不成的，任何一方可向甲方住所地人民法院提起诉讼。

十四、通知
本合同项下的通知应以书面形式送达双方在本合同首页载明的地址或电子邮箱。一方变更联系方式的，应在变更后三日内通知对方，否则按原地址送达的视为有效送达。

十五、其他
（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（二）附件一《门店清单》、附件二《功能清单》、附件三《实施计划》为本合同组成部分。
（三）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                    乙方（盖章）：
"""

H664Z04 = """粮食质量检验数据管理系统运维服务合同

合同编号：LSZJ-YW-2025-03

甲方：某市粮食质量检验监测中心
乙方：某软件服务有限公司

甲方的粮食质量检验数据管理系统（以下简称"系统"）于前期建设完成并投入使用，现需委托专业单位提供年度运行维护服务。乙方经甲方竞争性磋商确定为服务单位。双方依据《中华人民共和国民法典》，订立本合同。

第一条 服务范围
1、系统应用运维：检验任务登记、样品管理、检验原始记录、检验报告生成与签发、质量追溯查询等模块的日常运行保障、缺陷修复和配置调整。
2、数据库及备份维护：数据库性能监控、空间管理、定期备份与恢复演练。
3、接口维护：与省级粮食质量安全监管平台、实验室仪器数据采集程序及甲方办公系统之间接口的运行保障。
4、驻场服务：乙方派驻两名运维工程师在甲方工作场所提供服务，工作时间与甲方一致。
5、巡检与报告：每月一次全面巡检，每季度提交运维报告，提出系统优化建议。
6、配合甲方完成网络安全等级保护测评及整改中涉及本系统的工作。
7、技术支持：为甲方检验人员提供系统使用咨询和操作指导，每半年组织一次系统操作培训，新入职人员上岗前提供一次专项培训。
8、重要时段保障：在夏粮、秋粮收购期间及上级部门集中抽检期间，乙方应增派一名工程师驻场，确保检验报告按时签发。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满后，甲方根据考核结果决定是否与乙方另行签订合同，本合同不自动续期。

第三条 服务费用
1、服务费总额为人民币叁拾玖万元整（¥390,000），其中驻场运维费264,000元，远程支持及巡检费58,000元，数据库及备份维护费46,000元，等保测评配合费22,000元。
2、上述费用包含乙方人员工资、社保、差旅、通讯及完成本合同服务所需的全部费用。
3、服务费按季度支付，甲方在每个服务季度结束且季度考核合格后十五个工作日内支付当季服务费97,500元。本合同不设预付款。
4、乙方应在每次付款前向甲方开具合法有效的发票。

第四条 服务要求
1、故障分为三级。一级故障指系统整体无法使用或检验报告无法签发；二级故障指部分模块或接口异常；三级故障指一般性问题或咨询。
2、一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复系统运行；二级故障1小时内响应，次一工作日内解决；三级故障2个工作日内答复。
3、乙方应建立运维日志，如实记录每次故障的发生时间、处理过程和结果，并每月报甲方信息科备案。
4、乙方应每日检查数据库备份是否成功，每季度进行一次恢复演练，演练结果书面报告甲方。
5、系统需升级或调整配置的，乙方应事先提交方案，经甲方同意后在非工作时间实施，并做好回退准备。
6、乙方应设立服务热线并公布值班表，非工作时间发生一级故障的，乙方应安排工程师远程处理，必要时赶赴现场。

第五条 人员要求
1、乙方驻场工程师应具备三年以上数据库或应用系统运维经验，其中至少一人持有数据库管理相关认证。
2、乙方更换驻场人员应提前十日书面告知甲方并征得甲方同意，并做好工作交接。
3、乙方人员应遵守甲方的管理制度和实验室安全规定，服从甲方的工作安排。
4、乙方应为驻场人员配备后备工程师，后备工程师应熟悉本系统，驻场人员休假或培训期间由后备工程师到岗，保证驻场服务不中断。

第六条 考核与验收
1、甲方按季度对乙方服务进行考核，考核内容包括：故障响应及处理是否符合第四条要求、巡检和备份演练是否按期完成、运维报告是否完整、驻场人员出勤情况、甲方使用科室满意度。考核得分八十分以上为合格。
2、服务期满后十五日内，乙方提交年度运维总结及全部运维文档，甲方按上述标准组织终验，终验合格后签署验收意见。
3、季度考核不合格的，乙方应在十日内提交整改方案并完成整改，整改后由甲方重新考核。
4、运维文档包括运维日志、巡检记录、备份及恢复演练记录、变更记录、故障分析报告和季度运维报告，乙方应按甲方档案管理要求整理归档。

第七条 甲方义务
1、甲方应为乙方驻场人员提供办公场所、办公电脑及必要的网络接入条件，并指定信息科一名工作人员作为联系人。
2、甲方应向乙方提供系统的设计文档、部署文档、数据库结构说明及前期建设单位移交的其他资料，并协调前期建设单位配合解决涉及源代码的问题。
3、甲方应及时对乙方提交的升级方案、配置调整方案进行审核，并对考核结果及时反馈。
4、甲方新增检验项目、调整报告格式或检验标准更新需要修改系统的，应提前书面通知乙方。单项工作量不超过五人日的，由乙方在本合同范围内完成；超出部分双方另行协商。

第八条 服务交接
1、服务开始后十日内，乙方应与甲方及前期服务单位完成交接，清点系统账号、服务器、数据库、接口清单及文档，形成交接清单，由三方签字确认。
2、服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的单位移交全部运维文档、脚本、账号及密码，配合完成交接并提供不少于十个工作日的过渡期支持，过渡期不另收费。
3、乙方在交接完成前不得停止服务或删除系统中的任何内容。

第九条 数据归属
系统中的检验数据、样品信息、检验报告及相关衍生数据均归甲方所有。乙方仅可在提供本合同服务所必需的范围内接触上述数据，不得用于本合同以外的任何用途。

第十条 保密
1、乙方及其工作人员对在服务过程中知悉的甲方检验数据、检验结果、送检单位信息及其他未公开信息负有保密义务，未经甲方书面同意，不得以任何形式向第三方披露。
2、乙方应与驻场人员签订保密承诺书，并报甲方备案。
3、保密义务在本合同终止后继续有效，直至相关信息依法公开。

第十一条 知识产权
乙方在服务过程中为甲方编写的运维脚本、配置文档、优化方案及修复程序，其知识产权归甲方所有，甲方可自由使用和修改。乙方应保证其提供的服务和工具不侵犯第三方的合法权益。

第十二条 违约责任
1、乙方未按约定时间完成月度巡检、季度恢复演练或年度总结的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2、乙方服务存在严重质量问题，给甲方造成损失的，应承担赔偿责任。
3、乙方驻场人员未经甲方同意缺勤的，乙方应安排同等资质人员替岗，不能替岗的，甲方有权要求乙方限期改正。
4、甲方无正当理由逾期支付服务费的，应按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。

第十三条 分包
乙方不得将本合同项下的服务全部或部分转包、分包给第三方。

第十四条 合同解除
1、乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知乙方解除本合同，并按实际服务期间结算费用。
2、因不可抗力致使本合同无法履行的，双方可解除合同，互不承担违约责任。

第十五条 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。

第十六条 其他
1、本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。
2、磋商文件、乙方响应文件及运维服务方案为本合同附件。

甲方（盖章）：                乙方（盖章）：
"""

H664Z05 = """# 齿智追溯™ 软件许可及实施合同（标准文本 V3.0）

合同编号：CZ-STD-2025-【　　】

**甲方（用户）**：某齿轮有限公司

**乙方（供应商）**：某智能制造软件有限公司

说明：本合同为乙方标准合同文本，适用于齿智追溯™系列产品的销售与实施。甲方拟在其滚齿加工单元部署生产追溯系统，经双方协商一致，签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供齿智追溯™生产追溯平台（标准版）软件使用许可，以及八台滚齿机的设备数据采集许可。

1.2 乙方根据甲方需求进行定制开发，内容包括：滚齿工单与批次追溯、滚刀寿命管理、齿轮检测数据关联及质量追溯报表。

1.3 乙方负责软件部署、设备联网调试及基础培训。

## 第二条 许可范围

2.1 平台软件许可为永久许可，授权部署于甲方一个工厂的一套生产服务器，授权与服务器硬件信息绑定。甲方更换服务器的，应向乙方申请重新授权，乙方可收取授权迁移费。

2.2 数据采集许可按设备台数授权，每一许可仅可连接一台滚齿机。甲方增加采集设备的，应按乙方当时的报价另行购买许可。

2.3 甲方不得将软件出租、转让或提供给关联公司及第三方使用，不得超出授权范围部署或复制。

## 第三条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 齿智追溯™平台软件许可（标准版） | 1套 | 460,000 |
| 2 | 滚齿机数据采集许可 | 8台 | 160,000 |
| 3 | 定制开发（工单追溯、滚刀寿命、质量报表） | 1项 | 98,000 |
| 4 | 部署实施及培训 | 1项 | 42,000 |
| | 软件许可小计（第1、2项） | | 620,000 |
| | 合同总价 | | 760,000 |

3.1 合同总价为人民币柒拾陆万元整（¥760,000），含增值税。

3.2 乙方工程师赴甲方现场超过合同约定人日的，按每人日2,800元另行计费。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

4.2 系统上线运行后五个工作日内，甲方支付合同总价的35%。

4.3 甲方未按期付款的，乙方有权暂停实施、技术支持及软件授权更新，由此导致的工期延误由甲方承担。

## 第五条 实施与上线

5.1 乙方在收到第4.1条款项后开始实施，计划实施周期为七十五日。因甲方设备、网络、数据准备等原因造成的延误，实施周期相应顺延。

5.2 甲方应提供滚齿机数控系统的通讯接口及必要的网络环境，并指定专人配合实施。

5.3 软件部署完成并在甲方生产环境中运行，即视为系统上线。

5.4 乙方提供的基础培训为一次，时长两天，培训对象为甲方系统管理员及工艺、质量人员不超过十名。甲方要求增加培训的，按本合同第3.2条另行计费。

5.5 甲方应在实施前提供工单、物料、滚刀台账及检测记录等基础数据，并保证数据的准确性。因基础数据错误导致的追溯结果偏差，乙方不承担责任。

5.6 实施过程中甲方提出需求变更的，乙方评估工作量后另行报价，经甲方确认后实施，实施周期相应顺延。

## 第六条 验收

6.1 系统上线即视为甲方验收合格。

6.2 甲方在上线后发现问题的，可向乙方提出，乙方将在后续版本中予以优化。

6.3 甲方在系统上线后三十日内未提出书面异议的，视为对全部交付内容无异议。

## 第七条 质保与年度服务

7.1 本合同软件的免费质保期为六个月，自系统上线之日起计算。质保期内乙方提供远程缺陷修复及版本更新。

7.2 质保期满后，甲方如需继续获得技术支持、版本升级及采集驱动更新，应与乙方签订年度服务协议，年度服务费为软件许可小计的22%，即136,400元／年。

7.3 未签订年度服务协议的，乙方不再提供任何升级及技术支持服务。

## 第八条 技术支持

8.1 乙方通过电话、邮件及远程方式为甲方提供技术支持，乙方将尽商业上合理的努力，在合理时间内回复甲方的问题。

8.2 需乙方工程师到现场处理的，甲方应承担差旅费用。

8.3 技术支持受理时间为工作日上午九时至下午五时，法定节假日不受理。甲方应通过乙方客户服务平台提交问题，并提供必要的日志、截图及远程访问条件。

8.4 因甲方擅自修改系统配置、数据库或数控系统参数引起的问题，不属于技术支持范围，乙方处理时另行收费。

## 第九条 知识产权

9.1 齿智追溯™平台及其所有组成部分的知识产权归乙方所有。

9.2 乙方为甲方定制开发的功能模块、报表及接口程序，其著作权及其他知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得对其进行修改、反向工程，亦不得许可第三方使用。

9.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

9.4 甲方如需获得定制开发成果的源代码，应另行与乙方签订源代码授权协议并支付相应费用。

## 第十条 数据

10.1 系统运行中产生的生产数据存储于甲方服务器。甲方授权乙方在提供技术支持时访问系统数据。

10.2 乙方有权对甲方的设备运行数据、加工参数及滚刀寿命数据进行脱敏处理，用于产品改进、工艺模型训练及行业统计分析，并可将分析成果用于乙方的其他产品和服务。

10.3 乙方远程访问甲方系统时，应使用加密通道并经甲方开通账号，访问结束后由甲方关闭权限；乙方人员应遵守甲方的信息安全制度，不得下载、复制甲方原始数据。

10.4 因乙方原因造成甲方数据泄露或损毁的，乙方应在知悉后二十四小时内通知甲方，协助甲方采取补救措施，并赔偿甲方的直接损失。

10.5 合同终止后，乙方有权继续保留并使用已脱敏的数据及基于该数据形成的分析成果。

## 第十一条 保密

双方对本合同内容及在履行过程中获知的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 甲方违反本合同许可范围使用软件的，乙方有权终止许可，并要求甲方按软件许可小计的两倍赔偿。

12.3 因不可抗力或第三方原因（包括设备厂商数控系统升级、网络运营商故障）导致乙方不能履行或延迟履行的，乙方不承担责任。

12.4 乙方对因使用本软件导致的间接损失、利润损失或生产中断损失不承担责任。

## 第十三条 合同解除

13.1 一方严重违反本合同约定，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

13.2 合同解除后，甲方已支付的许可费不予退还，甲方应停止使用乙方软件及定制开发成果。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。

15.2 本标准文本的条款如与甲方的采购订单不一致，以本合同为准。

15.3 乙方可根据产品版本更新对本标准文本进行修订，修订后的文本适用于双方此后签订的订单及年度服务协议。

15.4 附件：产品功能清单、定制开发需求确认书、实施计划。附件与本合同具有同等效力。

15.5 本合同一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

H664E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SSK-CN-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Huarui Precision Casting Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu (the "Customer"), and Sanuki Simulation Works Co., Ltd., a company incorporated in Japan with its head office in Takamatsu, Kagawa Prefecture (the "Licensor").
P:The Customer wishes to use the Licensor's casting process simulation software to design gating and feeding systems for its investment-cast and sand-cast parts, and the Licensor has agreed to license the software and to provide the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Licensor's CastFlow Pro solver, pre-processor and post-processor, version 9, in object code, together with its Documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the material database extensions for the Customer's alloys, the automated meshing scripts, the report templates and any other work product prepared by the Licensor specifically for the Customer under Article 4.
P:1.3 "Customer Data" means part geometries, process parameters, measured temperatures, defect records and any other data supplied by or generated for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Article 5 have been passed.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on ten named workstations and one solver server at the Customer's sites in mainland China, for the Customer's internal engineering purposes.
P:2.2 The Customer may make a reasonable number of copies for backup and disaster recovery, and may transfer the licence to replacement hardware on notice to the Licensor, without charge.
P:2.3 The Customer shall not sublicense, rent or reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,478,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,180,000; installation and configuration CNY 38,000; material database and template development CNY 214,000; training CNY 46,000.
P:3.2 The Contract Price is fixed. No further amounts are payable for the scope of this Agreement, including travel and living expenses of the Licensor's engineers.
P:3.3 The Customer shall pay the Contract Price in three instalments: (a) 20% within 30 days after signature of this Agreement against the Licensor's invoice; (b) 55% within 30 days after the Installation Certificate has been signed; and (c) 25% within 30 days after Final Acceptance.
P:3.4 Signature of the Installation Certificate confirms only that the Software has been installed and does not constitute acceptance of any deliverable.
P:3.5 Payments shall be made in CNY by bank transfer to the account of the Licensor's agent in Shanghai named in the invoice.
H:Article 4 Services
P:4.1 The Licensor shall install and configure the Software within 45 days after signature, build material data for the Customer's fourteen alloys, develop automated meshing scripts for the Customer's part families and prepare report templates in Chinese and English.
P:4.2 The Licensor shall provide six days of on-site training for up to twelve engineers, covering pre-processing, solver settings, interpretation of results and use of the Custom Deliverables. Training shall be delivered in Chinese or with a qualified interpreter.
P:4.3 The Licensor shall name a project manager and shall not replace key personnel without the Customer's consent, which shall not be unreasonably withheld.
P:4.4 The Customer shall provide access to its sites and workstations, sample part drawings and measured process data reasonably required for the services.
H:Article 5 Acceptance
P:5.1 After completion of the services the Licensor shall run the acceptance tests with the Customer. The acceptance criteria are: (a) for three benchmark castings agreed in advance, the predicted solidification time at each measured point is within 8% of the temperature measurements taken in the Customer's foundry, and predicted shrinkage porosity locations match the X-ray findings; (b) the solver completes the agreed benchmark model within the run time stated in the Licensor's proposal; (c) ten users can work concurrently without licence errors; (d) the Custom Deliverables work as described in the specification; and (e) no Severity 1 defect occurs during a trial period of 20 working days.
P:5.2 If a test fails, the Licensor shall correct the defect and repeat the test within 15 days. Use of the Software in production before Final Acceptance does not amount to acceptance.
P:5.3 Final Acceptance shall be recorded in a certificate signed by both parties.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Documentation and the specification for a warranty period of eighteen (18) months from Final Acceptance. During the warranty period the Licensor shall provide corrections, updates, new versions and technical support free of charge.
P:6.2 Severity 1 means that the solver cannot be used at all or produces results that are clearly wrong. The Licensor shall respond to a Severity 1 report within 2 hours during the Customer's working day and provide a workaround or fix within two working days. Severity 2 reports shall be answered within one working day.
P:6.3 For each full hour by which the Licensor misses the Severity 1 response time, the Licensor shall grant the Customer a service credit of CNY 1,000, deducted from the next payment or refunded if no payment is due.
P:6.4 After the warranty period the Customer may order annual support at a fee of 11% of the Software licence fee, being CNY 129,800 per year. This fee is fixed for the first three support years. Each support year is ordered separately and does not renew automatically.
H:Article 7 Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Licensor may use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:7.2 The Licensor shall access the Customer's systems only through accounts created by the Customer for each support session, shall use encrypted connections, shall not remove Customer Data from the Customer's premises except with written permission, and shall comply with the data protection laws of the People's Republic of China.
P:7.3 The Licensor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate in remedying it and shall be liable for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Licensor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Licensor shall deliver them with their source files, and the Customer may use, modify and license them freely, including to its suppliers.
P:8.3 The Licensor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Licensor fails to complete installation and configuration, or to make the Custom Deliverables ready for acceptance, by the dates in Article 4.1 and the agreed project plan, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, breach of Article 7 or Article 9, and the indemnity in Article 8.3.
H:Article 11 Subcontracting
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Licensor shall refund all amounts paid, less the price of any deliverables the Customer elects to keep.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of Japan.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the Takamatsu District Court, Japan, as the court of first instance.
H:Article 14 General
P:14.1 This Agreement is executed in English in two originals, one for each party. Any amendment must be in writing and signed by both parties.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:For the Customer: ____________________    For the Licensor: ____________________
"""

H664E02 = """# ORDER FORM AND GENERAL TERMS — FIELDNOTE MAINTENANCE CLOUD

Order Form No. AWA-OF-2025-0147

Provider: Awa Cloud Systems K.K., a company incorporated in Japan, registered office in Tokushima, Tokushima Prefecture ("Provider")

Customer: Hefei Hengtong Elevator Maintenance Co., Ltd., a company incorporated in the People's Republic of China, registered office in Hefei, Anhui ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B if they conflict.

## PART A — ORDER DETAILS

### A1. Service

FieldNote Maintenance Cloud, Enterprise edition: work-order management, preventive maintenance scheduling, technician mobile application, spare-parts tracking, customer portal and management dashboards, hosted for the Customer in Provider's cloud region in mainland China. Named users: up to 420 technicians and 60 office users.

### A2. Subscription Term

Thirty-six (36) months from the Go-Live Date. The Order Form ends at the end of the Subscription Term and does not renew automatically. Any renewal requires a new order signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | CNY 46,500 per quarter, 12 quarters | 558,000 |
| Onboarding Services (configuration, data migration, integration with the Customer's ERP, training) | one-time, fixed price | 64,000 |
| Total Fees for the Subscription Term | | 622,000 |
| Additional named users (optional) | CNY 36 per user per month | not included |

All amounts include VAT. The Subscription Fee is fixed for the Subscription Term.

### A4. Invoicing and Payment

(a) The Subscription Fee is invoiced quarterly in advance at the start of each quarter of the Subscription Term, the first quarter starting on the Go-Live Date. Invoices are payable within 30 days.

(b) The Onboarding Services fee is invoiced after Onboarding Acceptance under Section 3 of Part B and is payable within 30 days.

(c) No amount is payable before the Go-Live Date.

### A5. Service Levels

(a) Availability: the Service shall be available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

(b) Support: Provider shall respond to Priority 1 incidents (the Service is unavailable, or technicians cannot receive or close work orders) within 8 business hours, to Priority 2 incidents within two business days and to Priority 3 requests within five business days. Business hours are 09:00 to 18:00 Japan time, Monday to Friday.

(c) Service credits: if availability in a month falls below 99.95%, Customer receives a credit of 5% of that quarter's Subscription Fee for each 0.5 percentage point or part of it below the commitment, up to half of that quarter's fee. Credits are deducted from the next invoice or refunded at the end of the term.

### A6. Contacts and Special Conditions

Provider's account manager: Ms. Keiko Shinohara. Customer's project lead: Mr. Zhao Lei, IT Department. Onboarding shall be completed within 60 days after signature. The Chinese-language user interface and mobile application are included.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the hosted software service described in A1, including the mobile application, documentation and updates.

1.2 "Customer Data" means all data entered into or generated in the Service by or for Customer, including equipment records, work orders, maintenance history, photographs, technician location records and customer contact details.

1.3 "Go-Live Date" means the date of Onboarding Acceptance.

### 2. Provision of the Service

2.1 Provider shall provide the Service in accordance with this Order Form, the documentation and applicable law, using qualified personnel.

2.2 Provider may update the Service from time to time, provided that an update does not materially reduce its functionality or security. Provider shall give at least 30 days' notice of any change that requires action by Customer.

2.3 Customer shall use the Service only for its own business and shall keep its user credentials secure.

2.4 Provider shall operate a support desk reachable through the Service, by e-mail and by telephone, with Chinese-speaking staff during business hours. Each incident receives a ticket number, and Customer can follow its status in the Service.

2.5 Provider shall send Customer a monthly service report showing measured availability, incidents by priority, response times achieved and any credits due, and shall hold a review meeting with Customer each quarter.

2.6 Customer shall not upload unlawful content, attempt to break the security of the Service or use it to send unsolicited messages. Provider may suspend an individual user account that breaches this Section after notifying Customer, but shall not suspend the Service as a whole for that reason.

2.7 Customer may request an export of its Customer Data at any time during the Subscription Term at no extra charge.

### 3. Onboarding and Acceptance

3.1 Provider shall configure the Service, migrate open work orders and equipment records from Customer's current system, integrate the Service with Customer's ERP for spare-parts and billing data, and train Customer's administrators and trainers.

3.2 Onboarding Acceptance requires that: (a) all migrated equipment records reconcile with the source system by count and by a sample check of key fields agreed with Customer; (b) work orders flow correctly between the Service and the ERP interface for ten consecutive working days; (c) the mobile application works on the device models listed by Customer; and (d) the acceptance test cases in the onboarding plan are passed without open Priority 1 or Priority 2 defects.

3.3 Customer shall sign an acceptance certificate within ten working days after the criteria are met, or state the defects in writing. Use of the Service for training or testing before then is not acceptance.

3.4 If Onboarding Acceptance is delayed beyond the date in A6 for reasons attributable to Provider, Provider shall pay liquidated damages of 0.1% of the Total Fees for each day of delay, up to 8% of the Total Fees.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, analyse or disclose it to third parties except as required by law.

4.2 Provider shall store Customer Data only in data centres in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel, keep access logs and maintain daily backups retained for 35 days.

4.3 Provider shall notify Customer of any security incident affecting Customer Data without undue delay and in any event within 24 hours, shall take remedial measures and shall be responsible for losses caused by its failure to meet this Section 4.

4.4 On expiry or termination Provider shall return Customer Data in a standard export format within 30 days and then delete it and certify the deletion.

### 5. Confidentiality

Each party shall keep the other party's confidential information confidential, use it only for the purposes of this Order Form and protect it with at least reasonable care. This Section survives for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 Configurations, workflows, report templates and integration mappings created for Customer during onboarding belong to Customer, and Customer may use, modify and license them freely, including after the Subscription Term.

### 7. Subcontractors and Sub-processors

7.1 Provider may engage subcontractors, including its affiliates and hosting and support partners, to perform any part of the Service. Provider shall inform Customer of each new subcontractor or sub-processor by e-mail at least 15 days before it starts processing Customer Data.

7.2 Provider remains responsible for the performance of its subcontractors and shall impose on them data protection obligations no less protective than Section 4.

### 8. Liability

8.1 Each party's total aggregate liability under this Order Form is limited to 150% of the Total Fees.

8.2 The limit does not apply to breach of Section 4 or Section 5, infringement of intellectual property rights, fraud or wilful misconduct.

### 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

9.2 If Customer terminates under Section 9.1, Provider shall refund any Subscription Fee already paid for the period after termination.

9.3 Customer may also terminate if the availability commitment in A5(a) is missed in two consecutive months.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Notices shall be in writing and sent to the addresses in this Order Form.

11.2 This Order Form is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

Signed for Provider: ____________________      Signed for Customer: ____________________
"""

H664E03 = """T:SUPPLY AND LICENCE CONTRACT FOR A KILN AND MILL CONDITION MONITORING SYSTEM
P:Contract No. WHC-EQ-2025-112
P:Buyer: Wuhu Conch Ridge Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Kibi Sensing Technologies Co., Ltd., Okayama, Okayama Prefecture, Japan (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for the purchase of equipment and software. The Supplier was selected through the Buyer's competitive tender and its bid forms part of this Contract.
H:1. Scope
P:1.1 The Supplier shall supply, install and commission a condition monitoring system for the Buyer's two kiln lines, four raw mills and two cement mills, consisting of wireless vibration and temperature sensors, gateways, the Supplier's monitoring software under a perpetual licence, and the analytics configuration described in Annex 1.
P:1.2 The system shall detect bearing, gear and imbalance faults on the monitored machines, show trends and alarms to the Buyer's maintenance staff and send work requests to the Buyer's maintenance management system.
P:1.3 The Supplier shall also train the Buyer's operators, maintenance engineers and system administrators as set out in Clause 9.
H:2. Price
P:2.1 The Contract Price is CNY 1,576,000, including VAT, duties, delivery to the Buyer's plant, installation and all services in this Contract. The price is fixed and is broken down in the table below.
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|220|792,000
TB:2|Industrial gateways with mounting kits|14|133,000
TB:3|Monitoring software, perpetual site licence|1|386,000
TB:|Hardware and Licence Subtotal (items 1 to 3)||1,311,000
TB:4|Installation and commissioning|1 lot|148,000
TB:5|Analytics model configuration and MMS interface|1 lot|96,000
TB:6|Training|1 lot|21,000
TB:|Contract Price||1,576,000
P:2.2 Prices for spare sensors ordered during the warranty period shall not exceed the unit prices in the table above.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within 20 days after receiving the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and physical installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's plant within 70 days after signature and complete installation within 30 days after delivery, working around the Buyer's production schedule and planned stops.
P:4.2 The Supplier's personnel shall comply with the Buyer's safety rules, including permit-to-work procedures for work at height, near rotating equipment and in hot areas. The Supplier is responsible for the safety of its personnel.
P:4.3 Title to the equipment passes to the Buyer on delivery. Risk passes on signature of the installation record.
P:4.4 Before installation the Supplier shall submit a sensor location plan for each machine, showing mounting points, gateway positions and radio coverage, for the Buyer's approval. The Buyer's approval does not relieve the Supplier of responsibility for the design. Sensors shall be mounted so that they do not interfere with lubrication, guarding or routine maintenance.
H:5. Acceptance
P:5.1 After installation the Supplier shall run the system for a trial period of 45 days. Final Acceptance requires that: (a) at least 98% of the sensors transmit data at the configured interval during the last 14 days of the trial period; (b) the measured vibration values of ten reference points are within 5% of readings taken with the Buyer's calibrated portable analyser; (c) alarms are generated for the test faults simulated in the acceptance procedure; (d) work requests reach the maintenance management system correctly; and (e) all documentation in Annex 2 has been delivered.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met or list the defects. Installation, commissioning, use of the system or payment does not constitute acceptance.
P:5.3 If the system fails acceptance twice for reasons attributable to the Supplier, the Buyer may reject it and terminate the Contract under Clause 14.
H:6. Warranty and Support
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace defective sensors, gateways and software free of charge, including batteries that fail before their rated life, and shall provide software updates and remote support.
P:6.2 Severity 1 faults are faults that stop monitoring of a kiln line or mill. The Supplier shall respond to a Severity 1 fault within 30 minutes, provide a remote diagnosis within two hours and have an engineer on site within 24 hours if needed. Severity 2 faults shall be answered within eight hours.
P:6.3 The monitoring server application shall be available 99.95% of each month during the warranty period, excluding maintenance agreed with the Buyer in advance.
P:6.4 For each hour by which the Supplier misses a Severity 1 time in Clause 6.2, the Buyer may deduct CNY 800 from any payment due or claim it from the performance security. For each 0.1 percentage point of availability below the level in Clause 6.3, the Buyer may deduct CNY 2,000.
P:6.5 After the warranty period the Supplier shall, at the Buyer's option, provide annual support for at least two further years at a fee of 7.5% of the Hardware and Licence Subtotal per year (CNY 98,325), fixed for those two years. Support is ordered each year by the Buyer and does not renew automatically.
H:7. Data
P:7.1 All measurement data, alarms, machine configurations and reports produced by the system belong to the Buyer. The Supplier may process them only to perform this Contract and shall not use them for any other purpose.
P:7.2 The system shall be installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, multi-factor authentication and recording through the Buyer's bastion host. The Supplier shall not copy Buyer data outside the Buyer's network.
P:7.3 The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Buyer's information security rules, shall report any security incident involving Buyer data to the Buyer within two hours, shall cooperate in remedial measures and shall be liable for losses caused by its breach of this Clause.
H:8. Intellectual Property
P:8.1 The analytics models, alarm rules, dashboards and interface programs configured or written for the Buyer belong to the Buyer, with their source files. The Buyer may use, modify and license them freely.
P:8.2 The Supplier's standard software and embedded firmware remain the Supplier's property and are licensed to the Buyer perpetually for use with the system.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the equipment or software infringes intellectual property rights.
H:9. Training
P:9.1 The Supplier shall provide three days of training for operators, five days for maintenance engineers and two days for administrators at the Buyer's plant, with materials in Chinese.
P:9.2 Training is complete when the trainees pass a practical test agreed with the Buyer.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public technical and commercial information, including the Buyer's process parameters and plant layouts, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:11. Delay Damages
P:If the Supplier fails to complete delivery, installation or readiness for acceptance by the dates in Clause 4, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, breach of Clauses 7 and 10 and the indemnity in Clause 8.3, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the system is rejected under Clause 5.3.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for items the Buyer returns and compensate the Buyer's direct losses.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:16. General
P:16.1 Annex 1 (Technical Specification) and Annex 2 (Documentation List) form part of this Contract. The Contract is made in English and Chinese; both versions are equally authentic.
P:16.2 Neither party is liable for delay caused by force majeure, provided that it gives prompt notice and takes reasonable steps to limit the effects.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H664E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. INB-MSA-2025-009

**Customer:** Shaoxing Lanfang Textile Printing and Dyeing Co., Ltd., Keqiao District, Shaoxing, Zhejiang, People's Republic of China ("Customer")

**Service Provider:** Inaba Digital Services Co., Ltd., Tottori, Tottori Prefecture, Japan, acting through its registered branch in Shanghai ("Provider")

Customer operates three dyeing plants, a finishing plant and a head office with about 1,150 users. Customer wishes to outsource its service desk, end-user device management and server and network monitoring to Provider. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition under Section 3 has been completed and the acceptance criteria in Section 3.3 are met.

1.3 "Customer Data" means all data, documents, device images, logs and user information that Provider receives or can access while performing the Services.

1.4 "Incident" means an unplanned interruption or degradation of an IT service used by Customer. Priorities are defined in Schedule 2.

## Section 2. Term

2.1 The Services shall be provided for thirty-six (36) months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Transition and Acceptance

3.1 Within 50 days after signature Provider shall take over the Services from Customer's internal team and its current contractors, document the existing environment, set up monitoring tools, load the asset inventory and prepare runbooks for all monitored systems.

3.2 Provider shall submit a transition plan within ten days after signature for Customer's approval, and report progress every week.

3.3 Transition is accepted when: (a) all servers, network devices and end-user devices in the agreed inventory are enrolled in monitoring or device management; (b) runbooks for every monitored system have been reviewed and approved by Customer; (c) the service desk has handled live tickets for ten working days in parallel with Customer's team, meeting the Schedule 2 response times; and (d) escalation and reporting procedures have been tested.

3.4 If the Service Commencement Date is later than the date in the approved transition plan for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## Section 4. Service Levels and Service Credits

4.1 Provider shall meet the service levels in Schedule 2 and shall report its performance monthly.

4.2 If Provider misses a service level, Customer is entitled to the service credits in Schedule 2. Service credits are deducted from the next monthly invoice. They do not limit Customer's other remedies for repeated failures.

4.3 Provider shall carry out a root-cause analysis for every Priority 1 Incident and deliver it to Customer within five working days.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 1,988,800.

5.2 The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced at the end of each month in arrears. Customer shall pay undisputed invoices within 30 days.

5.3 The charges are fixed for the Term. Additional devices above the inventory in Schedule 1 are charged at the unit rates in Schedule 3.

## Section 6. Provider Personnel

6.1 Provider shall assign a service delivery manager and at least two on-site engineers at Customer's head office during Customer's working hours, and shall staff the remote service desk with Mandarin-speaking agents.

6.2 Provider shall not replace the service delivery manager without Customer's prior approval. Customer may require the removal of any Provider staff member who breaches Customer's site rules.

6.3 Provider shall ensure that its engineers hold the certifications listed in Schedule 1 for the platforms they manage.

## Section 7. Data Protection and Security

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not copy, analyse or disclose it for any other purpose.

7.2 Provider shall access Customer systems only through Customer's privileged access management system, with individual named accounts and multi-factor authentication. Provider shall not store Customer Data outside mainland China or outside Customer's systems.

7.3 Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and with Customer's information security policies as notified to Provider.

7.4 Provider shall notify Customer of any actual or suspected security incident involving Customer Data within two hours after detection, shall contain and remedy it in cooperation with Customer, and shall be liable for the losses caused by its breach of this Section 7.

7.5 At the end of the Term Provider shall return all Customer Data and delete any copies held by its personnel, and shall certify the deletion in writing.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, monitoring configurations, asset records and reports produced for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, including to any successor provider.

8.2 Provider retains ownership of its pre-existing tools and methods and grants Customer a free licence to use them as embedded in the deliverables.

## Section 9. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for the acts and omissions of any approved subcontractor.

## Section 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement in any contract year shall not exceed the charges paid or payable by Customer for the Services in the nine (9) months immediately preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, including loss of profit, except in case of wilful misconduct or gross negligence.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if Provider misses the Priority 1 resolution target in three consecutive months.

11.2 On expiry or termination Provider shall provide exit assistance for up to 60 days, including handover of documentation and knowledge transfer to Customer or a successor provider, at the rates in Schedule 3.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding.

## Section 13. General

13.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to mitigate the effects.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing.

## Schedule 1 — Service Description

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support for about 1,150 users; password resets, access requests, software requests | 24 x 7 |
| End-user device management | About 980 laptops and desktops and 160 shop-floor terminals: patching, software distribution, antivirus monitoring, hardware break-fix coordination | Customer working days |
| Server monitoring and administration | 62 virtual and physical servers, backup jobs, storage capacity, operating system patching | 24 x 7 monitoring |
| Network monitoring | Core and plant switches, firewalls, Wi-Fi controllers and WAN links at five sites | 24 x 7 monitoring |
| On-site support | Two engineers at head office; plant visits as required within two hours' travel | Customer working days |
| Reporting | Monthly service report, quarterly service review, annual improvement plan | Monthly / quarterly |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution target | Service credit per missed Incident |
|---|---|---|---|---|
| P1 | A production plant or the head office cannot work, or a core system is down | 15 minutes | 6 hours | CNY 3,000 |
| P2 | A service is degraded or a group of users is affected | 30 minutes | 8 hours | CNY 1,000 |
| P3 | A single user is affected | 2 hours | 2 working days | CNY 200 |
| P4 | Service requests | 1 working day | 5 working days | none |

Total service credits in a month shall not exceed 20% of that month's service charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Service Commencement | 88,000 |
| Monthly service charge | CNY 52,800 per month x 36 months | 1,900,800 |
| Total charges for the Term | | 1,988,800 |
| Additional end-user device | per device per month | 38 |
| Additional server | per server per month | 420 |
| Exit assistance | per engineer day | 2,600 |
"""

H664E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. IZM-DS-2025-064

BETWEEN

Izumo Marine Data Co., Ltd., a company incorporated in Japan, with its head office in Matsue, Shimane Prefecture ("Provider"); and

Qingdao Haiyuan Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qingdao, Shandong ("Customer").

BACKGROUND

Provider operates a marine data platform that supplies vessel position, port congestion, berth schedule and marine weather data through application programming interfaces (APIs) and data files. Customer wishes to subscribe to these data for its ship agency, voyage planning and customer information services. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the data sets listed in Clause 3.1 as updated by Provider from time to time.

1.2 "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term; Subscription Year 1 starts on the Activation Date and Subscription Year 2 starts on the first anniversary of the Activation Date.

1.3 "Subscription Term" means Subscription Year 1 and Subscription Year 2.

1.4 "Activation Date" means the date on which Provider issues production API credentials to Customer under Clause 5.

1.5 "Customer Data" means vessel lists, voyage plans, customer names, queries, uploaded files and any other data that Customer or its users submit to the platform or the APIs, and all results generated specifically for Customer.

2. TERM

2.1 This Agreement starts on signature and continues until the end of the Subscription Term.

2.2 The Agreement does not renew automatically. The parties may agree on a further term by signing a new order at least 30 days before the end of Subscription Year 2.

3. DATA PRODUCTS AND SERVICES

3.1 Provider shall supply to Customer: (a) real-time vessel positions for the Asia-Pacific region, updated at least every two minutes; (b) port congestion indicators and berth schedules for 86 Chinese and 140 other Asian ports; (c) marine weather forecasts and warnings along Customer's routes; and (d) a monthly historical data file for the ports agreed with Customer.

3.2 The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above this quota are charged under Clause 4.3.

3.3 Provider shall perform onboarding services: set up Customer's tenancy, build the connector between the APIs and Customer's ship agency system, configure alert rules for Customer's vessels and train Customer's developers and operations staff.

3.4 Provider shall keep the Data Products accurate and complete in line with its published data quality statement. Where Customer reports an error in a vessel position, berth schedule or port indicator, Provider shall investigate it, correct the data where the error lies with Provider, and tell Customer the result within two business days.

3.5 Provider shall give Customer at least 60 days' notice of any change to the API that is not backward compatible and shall keep the previous API version available during that period. Provider shall maintain a test environment with sample data that Customer may use free of charge.

3.6 Customer may use the Data Products for its internal business and may display them to its principals and customers in its own services, but shall not resell the raw data.

4. FEES

4.1 The fees are:

    Subscription Fee, Subscription Year 1 ......... CNY 368,000
    Subscription Fee, Subscription Year 2 ......... CNY 368,000
    Onboarding services (one-time) ................ CNY  52,000
    Total fees for the Subscription Term .......... CNY 788,000

4.2 The fees include VAT and are fixed for the Subscription Term.

4.3 API calls above the quota in Clause 3.2 are charged at CNY 6 per 1,000 calls, invoiced at the end of each Subscription Year.

5. INVOICING, PAYMENT AND ACTIVATION

5.1 On signature of this Agreement Provider shall invoice the Subscription Fee for Subscription Year 1 together with the onboarding services fee, in total CNY 420,000. Customer shall pay this invoice within 20 days.

5.2 Provider shall issue production API credentials and start the onboarding services only after receiving the payment under Clause 5.1.

5.3 Provider shall invoice the Subscription Fee for Subscription Year 2 at the start of Subscription Year 2, payable within 30 days.

5.4 Payments shall be made in CNY to the bank account of Provider's authorised agent in Qingdao named on the invoice.

6. ONBOARDING ACCEPTANCE

6.1 Provider shall complete the onboarding services within 40 days after the Activation Date.

6.2 Onboarding is accepted when: (a) the connector passes the test cases agreed with Customer, including the correct mapping of vessel identifiers and port codes; (b) position data for Customer's fleet list are received in Customer's system with a delay of no more than three minutes over five consecutive working days; (c) the alert rules trigger correctly for the test scenarios; and (d) the training has been delivered.

6.3 Customer shall confirm acceptance in writing within ten working days after the criteria are met or list the failures. If onboarding is not accepted by the date in Clause 6.1 for reasons attributable to Provider, Provider shall pay liquidated damages of 0.1% of the total fees for each day of delay, up to 10% of the total fees.

7. SERVICE LEVELS

7.1 The APIs shall be available 99.95% of each calendar month, measured at Provider's API gateway, excluding scheduled maintenance notified at least three days in advance.

7.2 Provider shall respond to a Priority 1 incident (the APIs are unavailable or return no current data) within one hour, at any time, and to a Priority 2 incident within one business day.

7.3 If availability in a month is below the level in Clause 7.1, Provider shall credit 5% of one-twelfth of the current Subscription Fee for every 0.1 percentage point of shortfall, up to half of that amount. If Provider misses the Priority 1 response time, it shall credit CNY 1,500 per incident. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

8. CUSTOMER DATA

8.1 As between the parties, Customer owns Customer Data.

8.2 Customer grants Provider a non-exclusive, perpetual, royalty-free licence to use Customer Data, in aggregated and anonymised form, to improve and validate its data sets, to produce statistics on vessel movements and port activity, and to include the results in data products supplied to other customers. This licence survives the end of this Agreement.

8.3 Provider shall not disclose Customer Data in a form that identifies Customer or Customer's principals.

9. DATA SECURITY

9.1 Provider shall store Customer Data in its cloud region in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel and keep access logs for at least 180 days.

9.2 Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China when it processes Customer Data.

9.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall take remedial action and shall be liable for losses caused by its breach of this Clause 9.

10. CONFIDENTIALITY

Each party shall keep the other party's confidential information confidential, use it only for this Agreement and not disclose it to third parties without prior written consent, except to its professional advisers bound by similar obligations. This Clause survives for three years after the end of the Agreement.

11. INTELLECTUAL PROPERTY

11.1 Provider retains all rights in the platform and the Data Products. Customer receives a licence to use the Data Products in its business and to show them to its principals and customers.

11.2 The connector, alert configurations and dashboards built for Customer under the onboarding services belong to Customer, and Customer may use, modify and license them freely.

12. SUBCONTRACTING

Provider shall not subcontract the onboarding services or the hosting of Customer Data without Customer's prior written consent, which Customer shall not unreasonably withhold.

13. LIABILITY

13.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term.

13.2 The limitation does not apply to breach of Clause 9 or Clause 10, infringement of intellectual property rights or wilful misconduct.

14. TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

14.2 If Customer terminates under Clause 14.1, Provider shall refund the unused part of the Subscription Fee paid for the current Subscription Year.

14.3 On expiry or termination Provider shall return Customer Data on request and then delete it, except for the aggregated and anonymised data covered by Clause 8.2.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time.

16. GENERAL

16.1 Neither party is liable for failure caused by force majeure, provided that it notifies the other party promptly.

16.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above.

Signed for Provider: ________________        Signed for Customer: ________________
"""

# ---------------------------------------------------------------- design and labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# key: (file, lang, category, terms, extra, fee base, price items, forum outside mainland, design rules)
DESIGN = {
    "h664z01": ("h664z01_feed_inspection_quality_monitoring_platform.pdf", "zh", "software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1500000), 820000, [820000, 536000, 118000, 26000], False, []),
    "h664z02": ("h664z02_die_steel_forging_annealing_control_retrofit.docx", "zh", "hardware",
                T(None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, False, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1620000), 1284000, [612000, 348000, 96000, 228000, 174000, 137000, 25000], False,
                ["CR-LD-LOW", "CR-TERMINATION"]),
    "h664z03": ("h664z03_tea_chain_ordering_membership_saas.txt", "zh", "cloud",
                T(99.5, 0.25, True, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, True,
                  True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=686000),
                None, [2 * 70 * 3600, 2 * 48000, 86000], False,
                ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h664z04": ("h664z04_grain_inspection_data_system_annual_om.txt", "zh", "services",
                T(None, 0.5, False, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, True,
                  False, None, S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=390000),
                None, [264000, 58000, 46000, 22000], False, ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
    "h664z05": ("h664z05_gear_hobbing_traceability_supplier_template.md", "zh", "software",
                T(None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, 22, False, True,
                  None, "PRC", G),
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=760000), 620000, [460000, 160000, 98000, 42000], False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h664e01": ("h664e01_casting_simulation_perpetual_licence_takamatsu.pdf", "en", "software",
                T(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                  "Japan", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1478000), 1180000, [1180000, 38000, 214000, 46000], True, ["CR-GOVERNING-LAW"]),
    "h664e02": ("h664e02_maintenance_saas_order_form_tokushima.md", "en", "cloud",
                T(99.95, 8, True, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, False, True, True,
                  "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=622000),
                None, [12 * 46500, 64000], False, ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h664e03": ("h664e03_kiln_mill_condition_monitoring_okayama.docx", "en", "hardware",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1576000), 1311000, [792000, 133000, 386000, 148000, 96000, 21000], False, []),
    "h664e04": ("h664e04_managed_it_services_36_months_tottori.md", "en", "services",
                T(None, 0.25, True, "buyer", True, True, False, 2000 / 1988800 * 100, 9 / 36 * 100, None, True, None,
                  None, None, False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1988800),
                None, [88000, 36 * 52800], False, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "h664e05": ("h664e05_marine_data_api_subscription_matsue.txt", "en", "cloud",
                T(99.95, 1, True, "buyer", True, False, True, 0.1, 150, (368000 + 52000) / 788000 * 100, True, None,
                  None, None, False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=788000),
                None, [368000, 368000, 52000], False, ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
}
SOURCES = {k.upper(): globals()[k.upper()] for k in DESIGN}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, base):
    """Policy §4: 5-year horizon from acceptance; post-warranty years = 5 - warranty years; fee base as given."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    total = x["contract_value"] + post
    return total, post / total * 100


def derive(t, x, base, forum_out):
    """My reading of policy §3 on the labelled terms."""
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
        c = tco(t, x, base)
        if c and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                                   # availability 99.9 %
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",     # LD 0.05 %/day
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s?cent)",                 # prepay / fee / TCO / cap
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"(?<![a-z])(?:thirty|fifteen|forty|one\s*hundred)[\s-]*(?:%|per\s?cent)",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![a-z])four[\s-]*(?:\(4\)\s*)?hours?",
    r"(?<![十二三四五六七八九零〇\d])四个?小时", r"(?<![\d.])240\s*(?:minutes|分钟)",     # P1 response 4 h
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"(?<![a-z])twelve[\s-]*(?:\(12\)\s*)?months?", r"十二个月",
    r"(?<![第每十二三四五六七八九〇\d])一年(?!度)", r"(?<![\d.])1\s*年", r"(?<![a-z])one[\s-]*years?(?![a-z])",
    r"(?<![\d.])1\s*-?\s*years?(?![a-z])",                                          # warranty 12 months
    r"(?<![\d.])5\s*-?\s*years?(?![a-z])", r"(?<![a-z])five[\s-]*(?:\(5\)\s*)?years?", r"(?<![〇一二三四五六七八九十\d])五年",
    r"(?<![\d.])5\s*年",                                                             # TCO horizon 5 years
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "30%", "百分之三十", "15 %", "40%",
            "100%", "12 months", "十二个月", "质保一年", "twelve months", "one year", "1-year", "5 years", "五年",
            "forty percent", "30 per cent", "four hours", "240分钟"]
MUST_MISS = ["99.95%", "24 hours", "24小时", "0.058%", "万分之五十", "130%", "35%", "2025年", "第一年", "每一年度",
             "36 months", "112 months", "1.5%", "150%", "10.05", "二十四个月", "上午九时", "14 hours", "0.5 percentage",
             "Subscription Year 1 starts", "15 days", "30 days", "40 days"]


def self_test():
    for s in MUST_HIT:
        assert THRESH_RE.search(s) and THRESH_RE.search(re.sub(r"\s+", "", s)), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESH_RE.search(s) and not THRESH_RE.search(re.sub(r"\s+", "", s)), "must miss: " + s


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets = {}
    for key, d in DESIGN.items():
        name = d[0]
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key.upper()] = (name, ext)
        else:
            (OUT / name).write_text(SOURCES[key.upper()], encoding="utf-8")
            print("wrote", name)
    write(SOURCES, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, lang, cat, t, x, base, prices, forum_out, design_rules) in DESIGN.items():
        assert name.startswith(key + "_")
        assert sum(prices) == x["contract_value"], (key, sum(prices))
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        # label values never on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        c = tco(t, x, base)
        if c:
            assert not (38 <= c[1] <= 42), (name, c)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        rules = derive(t, x, base, forum_out)
        assert rules == sorted(design_rules), (name, rules, design_rules)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        print("%-60s %-4s n=%5d risk=%-6s tco=%s %s" % (name, lang, n, risk(rules),
                                                         "%.0f/%.2f%%" % c if c else "-", ", ".join(rules) or "-"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(DESIGN[k][-1]) for k in DESIGN]
    print("coverage: all 20 rules; findings per draft:", mix)


if __name__ == "__main__":
    main()
