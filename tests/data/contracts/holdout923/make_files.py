"""Builds the holdout923 set: ten draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
their .json labels, and the checks (lengths, thresholds, rules derived from labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:报废机动车回收监管平台采购合同
P:合同编号：SWJ-ZC-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市商务局
P:乙方（供应商）：某信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就报废机动车回收监管平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供报废机动车回收监管平台软件（以下简称“平台”）的永久使用许可，部署于甲方政务云，许可范围为全市回收拆解企业、监管人员及相关委办局用户，不限用户数。
P:1.2 乙方按需求规格说明书完成以下定制开发：回收拆解企业资质与产能管理、报废车辆入场登记与拆解全过程视频留痕、五大总成去向追溯、回收证明电子化核验、与公安交管及生态环境部门系统的数据接口、监管驾驶舱与预警规则。
P:1.3 乙方负责平台安装部署、历史台账数据迁移、与甲方统一身份认证对接、用户培训及上线保障。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零壹万捌仟元整（¥2,018,000），为固定总价，含税费及履约所需的全部费用。
P:2.2 分项价格：平台软件许可费 ¥1,160,000；定制开发费 ¥648,000；实施及数据对接费 ¥172,000；培训费 ¥38,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后十个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的等额发票。甲方付款受财政资金拨付流程约束的，双方应积极配合。
P:3.5 乙方提交的履约保函金额为合同总价的5%，有效期至最终验收合格后三十日。乙方未履行合同义务的，甲方有权依法向出具银行索赔。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署及全部定制功能开发，并提交初验申请。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
P:4.3 乙方应于合同签订后十五日内提交项目实施计划，明确需求调研、开发、测试、部署、数据迁移及试运行的时间节点，经甲方确认后执行。
H:第五条 验收
P:5.1 初步验收：平台功能与需求规格说明书逐项一致；迁移数据经抽样比对差错率不高于万分之一；与公安交管、生态环境部门接口连续十个工作日运行无差错；在二百并发用户下常用页面响应时间不超过2秒。
P:5.2 最终验收：平台连续试运行六十日，未发生一级故障；通过甲方委托的第三方软件测评及网络安全等级保护测评；文档齐全。
P:5.3 验收由甲方组织，出具书面验收报告。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 平台质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即不超过¥104,400），该价格在质保期满后三个服务年度内固定不变。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日书面通知甲方并安排在非办公时段。
P:7.2 故障分级响应：一级故障（平台不可用或核心业务中断）30分钟内响应，2小时内到达现场；二级故障1小时内响应；三级故障下一工作日处理。
P:7.3 响应或修复每超时一小时，乙方按¥1,000向甲方支付违约金；月度可用率每低于约定值0.01个百分点，按¥2,000支付违约金，甲方可从应付款中直接扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、数据接口程序、监管规则、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证其交付物不侵犯第三方合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的企业信息、车辆信息、车主个人信息、视频及日志等全部数据归甲方所有。乙方仅为履行本合同之目的接触数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维操作须经甲方审批并通过堡垒机进行，全程留痕，不得将数据带出甲方政务云环境。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成安全事件的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约过程中知悉的甲方工作秘密、监管信息、系统架构及账号口令负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务不因本合同的终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包与转包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有类似政务平台实施经验的项目经理一名，实施期间常驻甲方现场，每周向甲方提交项目周报，载明进度、问题及下周计划。
P:15.2 乙方投标文件中承诺的项目经理及核心技术人员未经甲方书面同意不得更换；确需更换的，接替人员的资历不得低于原人员。
P:15.3 乙方人员进入甲方办公场所及政务云机房，应遵守甲方安全管理制度，签署保密承诺书并接受甲方审查。
H:第十六条 培训与技术转移
P:16.1 乙方应对甲方监管人员、回收拆解企业操作人员及系统管理员分别开展培训，培训不少于六场，提供培训教材及操作视频。
P:16.2 乙方应向甲方技术人员讲解定制部分的设计思路、代码结构及部署方法，确保甲方或其委托的第三方能够独立维护。
H:第十七条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内书面通知对方，并在十五日内提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十八条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：　　年　　月　　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：NSC-KZ-2027-006
P:甲方：某鸟食饲料有限公司
P:乙方：某自动化工程有限公司
P:甲方拟对其谷物清理、配料混合、膨化烘干及自动包装三条生产线的控制系统进行改造。经协商一致，双方订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原继电器控制柜，更换为PLC控制系统，新增变频调速、称重配料控制、温湿度监测及包装计数单元，并部署中控监控软件及生产数据采集软件。
P:1.2 乙方负责控制程序编写、现场安装接线、单机及联动调试、操作人员培训，并保证改造期间每条生产线停线时间不超过十日。
P:1.3 技术要求：配料及膨化区域的电气设备应满足粉尘防爆要求；PLC、变频器及操作站应选用技术规格书所列品牌及型号，不得以低配产品替代；控制柜防护等级不低于IP54。
P:1.4 乙方应保留原有急停回路并增加安全联锁，改造后任一急停按钮动作时，相关设备应在1秒内停止。
P:1.5 中控监控软件应能显示三条生产线的设备状态、工艺参数、报警信息及班产统计，生产数据采集软件应按批次记录原料投放量、配方编号、膨化温度及包装数量，数据至少在本地保存三年，并可按日、班次及批次导出报表。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），含设备、软件、运输、安装、调试、培训及税费。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|3套|486,000
TB:2|变频器及称重配料控制单元|1批|318,000
TB:3|温湿度与料位监测传感器|1批|124,000
TB:4|工业交换机及操作站|1批|146,000
TB:5|中控监控软件许可|1套|188,000
TB:6|生产数据采集软件许可|1套|98,000
TB:|设备及软件小计||1,360,000
TB:7|安装、编程及调试||168,000
TB:8|培训||32,000
TB:|合计||1,560,000
P:2.2 上述价格为固定总价，除甲方书面提出的范围变更外，不因材料或人工价格变动而调整。
P:2.3 乙方承诺所供设备均为原厂全新正品，提供原厂合格证及出厂检验报告。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的45%。到货安装不视为验收。
P:3.3 三条生产线通过最终验收后十个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应提交合法有效的增值税专用发票。甲方付款前可核对到货清单及安装记录。
H:第四条 施工组织与停线安排
P:4.1 乙方应在合同生效后十五日内提交施工组织方案，包括三条生产线的停线改造顺序、每条线的停线时长、临时手动运行措施及应急预案，经甲方书面确认后实施。
P:4.2 改造应逐线进行，一条线完成联动调试并恢复生产后，方可开始下一条线的改造。停线改造应尽量安排在甲方生产淡季。
P:4.3 乙方施工人员应遵守甲方的安全生产、食品饲料卫生及动火作业管理规定，进入车间须穿戴工作服并接受安全交底。因乙方违规造成安全事故的，由乙方承担全部责任。
P:4.4 甲方应提供施工用电、临时存放场地及必要的配合人员，并及时确认乙方提交的图纸和方案。
P:4.5 乙方应在改造前对原控制程序和参数进行完整备份并交甲方留存，改造失败时应能在一日内恢复原系统运行。
H:第五条 验收
P:5.1 验收标准：各线按设计产能连续带料运行七十二小时无停机；配料称重误差不超过千分之三；膨化段温度控制偏差不超过正负2℃；包装计数与实际出库数量一致；中控画面数据刷新不超过1秒；生产数据采集完整。
P:5.2 甲方在乙方提交验收申请后七日内组织验收，双方签署验收报告。任何一项不合格的，乙方应在十日内整改后重新验收。甲方投产使用不代表验收合格。
H:第六条 质量保证
P:6.1 质保期为六个月，自最终验收合格之日起计算。质保期内设备及软件的故障由乙方免费修复或更换。
P:6.2 一级故障（生产线停机）乙方应在1小时内响应，8小时内到场；二级故障在下一工作日内处理。响应每超时一小时，乙方向甲方支付¥800。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方继续提供年度维保服务，包括季度巡检、备件更换、程序优化及远程支持。
P:7.2 年度维保费按设备及软件小计的22%计取，即每年¥299,200，在质保期满后三个服务年度内固定不变，按季度支付。
P:7.3 维保期内的故障响应标准与第6.2条相同。
P:7.4 乙方应保证改造所用PLC、变频器及软件在最终验收后不少于八年内可获得备件及技术支持；如原型号停产，乙方应提供兼容替代方案并负责程序移植，不另收费。
H:第八条 知识产权
P:8.1 PLC控制程序、中控画面组态文件、数据采集配置及其源文件，知识产权归甲方所有，乙方应在验收前完整移交。
P:8.2 中控监控软件及数据采集软件的产品著作权归原厂商所有，甲方获得永久使用许可。
P:8.3 乙方应保证控制程序中不设置任何时间锁、远程锁机或其他限制甲方使用的代码。
H:第九条 数据安全
P:9.1 生产线运行数据、配方参数、产量及质量数据归甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:9.2 乙方远程维护须经甲方书面批准，通过甲方指定的加密通道进行，每次作业留存记录；工业网络与办公网络应隔离。
P:9.3 因乙方原因导致配方泄露、数据丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方、配合处置并承担赔偿责任。
H:第十条 保密
P:乙方对甲方的配方、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得披露，合同终止后仍然有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:11.2 因乙方施工或程序缺陷造成甲方停产损失的，乙方应予赔偿。
H:第十二条 分包
P:电气安装工作如需分包，须经甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除本合同。
H:第十四条 文件交付与培训
P:14.1 乙方应在验收前交付电气原理图、接线图、PLC程序注释版、操作规程、维护手册及备件清单，纸质版二套、电子版一套。
P:14.2 乙方应对甲方每班操作人员及电工分别培训，培训后进行实操考核，考核合格方可独立上岗。
H:第十五条 备品备件
P:乙方应随设备免费提供一批随机备件（含PLC模块、熔断器、继电器、称重传感器各若干），清单见附件；质保期内备件消耗由乙方负责补足。
H:第十六条 不可抗力
P:因不可抗力致使一方不能履行合同的，应及时通知对方并提供证明，双方协商延长工期或调整履行方式。
H:第十七条 甲方义务
P:17.1 甲方应在乙方提交图纸后五个工作日内完成审核确认，并指定工艺、电气及设备管理人员各一名配合乙方调试。
P:17.2 调试期间所需的原料、包装材料及操作人员由甲方提供，调试产出的合格产品归甲方所有。
P:17.3 甲方应按合同约定支付款项，逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十八条 争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交甲方所在地仲裁委员会仲裁。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

Z03 = """地掷球培训门店预约及会员管理系统服务合同

合同编号：DZQ-SaaS-2027-03
甲方：某地掷球运动培训有限公司（下辖四十家直营门店）
乙方：某云软件科技有限公司

甲方拟为其四十家门店统一上线课程预约、场地排期及会员管理系统。乙方以软件即服务方式提供系统，并负责实施上线。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方四十家门店开通课程预约、场地排期、教练排班、会员储值与次卡、积分营销、小程序及数据报表功能。
2. 系统部署于乙方在中国境内的云平台，甲方通过浏览器、门店平板及微信小程序使用。
（二）实施服务
1. 乙方负责门店、教练、课程及场地基础数据配置，迁移甲方现有会员档案及剩余课时。
2. 乙方完成与甲方收银系统、财务系统的接口开发，并对店长及前台人员进行培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧随其后。
（二）服务期满前三十日内任何一方未书面提出异议的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整订阅费，每次上调幅度不超过上一服务年度订阅费的8%，调价以乙方书面通知为准。
（三）服务期内，乙方应保证甲方四十家门店的系统功能、性能及服务标准保持一致，不得因门店所在城市不同而降低服务标准。
（四）甲方可在服务期内根据经营需要调整门店名称、地址及场地数量，乙方应在三个工作日内完成系统调整，不另收费。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度¥4,200，四十家门店合计每个服务年度¥168,000，两个服务年度合计¥336,000。
2. 实施费：一次性¥86,000，含数据迁移、接口开发及培训。
3. 本合同总价为¥422,000。
（二）支付方式
1. 订阅费按季度支付，每季度首月十日前支付当季订阅费¥42,000。
2. 实施费在系统上线验收合格后十五个工作日内一次性支付。
3. 系统上线验收前甲方无需支付任何款项。
4. 订阅费及实施费均为含税价格，乙方收款前应开具增值税发票。服务期内订阅费单价固定不变。

四、上线验收
（一）乙方应在合同签订后四十五日内完成全部门店的配置和数据迁移，并提交上线验收申请。
（二）验收标准：
1. 会员档案及剩余课时迁移后与甲方原系统逐条核对一致；
2. 四十家门店均可完成预约、签到、扣课、退课及储值全流程操作；
3. 与收银系统、财务系统接口连续七日对账无差异；
4. 高峰时段二百个并发预约请求下页面响应时间不超过3秒。
（三）甲方在收到申请后五个工作日内组织验收并出具书面意见。门店试用不视为验收合格。
（四）乙方逾期提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（五）乙方完成实施后，应提交门店配置清单、接口说明文档、管理员手册及门店操作视频，作为验收资料的组成部分。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护须在每日二十二时后进行并提前通知。
（二）故障响应：一级故障（系统整体不可用或无法预约）30分钟内响应、3小时内恢复；二级故障2小时内响应；三级故障下一工作日内解决。
（三）服务补偿：月度可用率低于约定值的，按当月订阅费的5%至20%分档抵扣下一季度费用；一级故障响应每超时一小时，抵扣¥500。
（四）乙方应每月五日前向甲方提交上月服务报告，载明可用率、故障次数、响应及恢复时间、补偿金额及改进措施。
（五）甲方新开门店需要开通系统的，按每家门店每个服务年度¥4,200的单价按月折算增加订阅费，门店关闭的，自次月起相应减少订阅费。

六、数据归属与使用
（一）甲方及其会员在系统中产生的会员信息、预约记录、消费记录等数据归甲方所有。
（二）甲方同意，乙方可在去除个人身份信息后，将上述数据汇总用于乙方产品改进、行业分析报告及向其他客户提供运营对标服务，该项使用在本合同终止后仍可继续。
（三）乙方向甲方提供的行业分析报告不得披露甲方的门店名称、经营数据或可识别甲方的信息。

七、数据安全
（一）乙方应采取加密存储、访问控制、操作日志审计等措施保护系统数据，云平台应通过网络安全等级保护三级测评。
（二）乙方员工访问甲方数据须经授权并留痕，不得导出会员个人信息。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成损失的，由乙方承担赔偿责任。
（四）服务终止后，乙方应在三十日内向甲方完整返还数据并删除系统中的甲方数据。
（五）乙方应每日对系统数据进行备份，备份数据保留不少于三十日，并每季度进行一次恢复演练，将演练结果书面告知甲方。
（六）乙方应在系统中为甲方提供会员数据的批量导出功能，甲方可随时以通用格式导出全部数据。

八、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方开发的接口程序、定制报表及配置方案归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方为履行本合同而使用的第三方开源组件，应遵守其许可协议，不得因此限制甲方对定制部分的使用。

九、保密
双方对履约中知悉的对方商业秘密、会员信息及经营数据负有保密义务，合同终止后继续有效。

十、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已预收而未提供服务期间的费用。
（二）连续两个月月度可用率低于约定值的，甲方有权解除合同。

十二、双方义务
（一）甲方应指定项目联系人，及时提供门店、课程、教练及会员基础资料，并组织门店人员参加培训。
（二）甲方应妥善保管系统管理员账号，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）乙方应为甲方指定专属客户成功经理，每季度回访各门店的使用情况，提交使用分析报告并提出优化建议。
（四）乙方发布新版本前应提前七日通知甲方，新版本不得减少甲方已订阅的功能，不得增加额外收费。
（五）乙方应提供工作日九时至二十一时的在线客服及电话支持，周末及节假日提供应急值班电话。
（六）乙方不得在系统及小程序中向甲方会员推送与甲方无关的广告或营销信息。
（七）乙方人员到甲方门店现场实施时，应遵守门店管理制度，不得影响门店正常教学及营业。

十三、服务终止与数据交接
（一）本合同终止或期满不续期的，乙方应继续提供不少于三十日的只读访问，便于甲方导出数据和过渡。
（二）乙方应配合甲方将会员档案、剩余课时及储值余额迁移至甲方指定的系统，并提供字段说明文档，不另收费。
（三）数据交接完成后，乙方应出具数据删除证明。

十四、不可抗力
因不可抗力导致系统不能正常提供服务的，乙方应及时通知甲方并尽快恢复；不可抗力持续超过三十日的，双方均可解除本合同。

十五、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：
"""

Z04 = """道路塌陷雷达检测系统年度运维服务合同

项目编号：CGJ-CS-2027-011　采购方式：竞争性磋商
甲方：某市城市管理局
乙方：某智能检测技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其道路塌陷雷达检测系统提供年度运维服务。双方订立本合同，共同遵守。

第一条 运维对象
1. 三台车载探地雷达检测设备及配套定位、视频采集装置；
2. 道路塌陷隐患管理平台软件、数据库及地理信息图层；
3. 平台与数字城管系统、市政设施管理系统的数据接口。
4. 运维对象的详细清单、设备编号及软件版本见附件一，服务期内甲方新增或报废设备的，双方书面确认后更新清单。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，另行组织采购程序。运维对象在服务期开始时的运行状态，以双方共同签署的交接检查记录为准，交接时已存在的故障由双方协商处理方式。

第三条 服务内容
1. 日常运维：平台每日巡检，设备每月保养一次，车载雷达每季度标定一次，并提交运维记录。
2. 检测服务配合：按甲方年度检测计划配合完成全市主干道雷达普查，每季度提交检测数据及隐患分析报告。
3. 故障处理：设备及平台故障的诊断、维修和备件更换（单件价值二万元以上的备件另行报价）。
4. 安全运维：操作系统及数据库补丁更新、漏洞整改及数据备份，每月进行一次备份恢复验证。
5. 驻场服务：乙方派驻工程师一名，工作日在甲方指定地点值守。
6. 应急保障：汛期、重大活动及突发道路塌陷事件期间，乙方应按甲方通知及时派出检测车辆及人员到达现场，配合开展应急检测，并在检测完成后当日提交初步结论。

第四条 服务费用及支付
1. 年度运维服务费为人民币柒拾叁万陆仟元整（¥736,000），为固定总价，含人工、保养耗材、标定、差旅及税费。
2. 服务费按季度支付。每季度结束后，甲方按第六条进行季度考核，考核合格后十五个工作日内支付当季服务费¥184,000。考核扣款从当季服务费中扣除。
3. 甲方不支付预付款。
4. 甲方按季度考核结果支付服务费，乙方对考核结果有异议的，可在收到考核表后五个工作日内书面提出，双方协商确认。

第五条 服务水平
1. 故障分级：一级故障指平台整体不可用或全部雷达检测车无法作业；二级故障指单台设备或部分功能不可用；三级故障指不影响作业的一般问题。
2. 响应时限：一级故障6小时内响应，次日内恢复；二级故障8小时内响应，三个工作日内恢复；三级故障五个工作日内处理。
3. 响应或恢复每超时一小时，扣除服务费¥500；同一季度一级故障超过两次的，另扣当季服务费的5%。
4. 乙方应建立运维服务台，受理甲方通过电话、工单系统及即时通讯工具提出的服务请求，所有请求均应登记编号并跟踪至关闭。
5. 乙方每月向甲方提交运维月报，载明巡检情况、故障处理情况、设备运行状态、备件更换及下月工作计划。

第六条 季度考核与年度验收
1. 季度考核内容：巡检、保养、标定记录完整；检测报告按期提交；故障响应达标；备份恢复验证成功。考核由甲方组织，形成书面考核表。
2. 服务期满后，甲方组织年度验收，标准为：全年检测计划全部完成（因甲方原因调整的部分除外）；雷达定位误差不超过0.3米；平台数据与检测原始数据一致；全部运维文档移交。
3. 验收不合格的，乙方应在二十日内整改。
4. 甲方在季度考核中发现服务不达标的，可书面通知乙方限期整改，整改期间乙方应每周提交整改进度。
5. 年度验收合格后，甲方出具年度服务验收报告，作为乙方本年度服务履约情况评价的依据，并记入供应商履约档案。
6. 乙方提交的雷达检测数据应包括原始数据、处理后图像、定位信息及隐患判读结论，格式符合甲方平台入库要求。甲方抽查发现判读错误的，乙方应在五个工作日内复核更正。

第七条 数据安全
1. 雷达原始数据、隐患点位、影像、道路地下空间数据及平台日志均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或对外提供。
2. 乙方应遵守《数据安全法》及测绘地理信息管理的相关规定，远程运维须经甲方审批并通过堡垒机操作，涉密图层不得离开甲方内网。
3. 发生数据泄露或丢失的，乙方应在1小时内报告甲方，配合处置，并承担因此造成的全部损失。

第八条 保密
乙方及其人员对知悉的道路隐患信息、地下管线数据及甲方工作信息负有保密义务，未经甲方书面同意不得披露，保密义务在合同终止后继续有效。

第九条 成果归属
乙方在服务期内形成的检测报告、隐患分析报告、运维文档及优化后的配置脚本归甲方所有。

本合同履行中，乙方为甲方定制或优化的数据处理脚本、判读模板及平台配置，甲方可自行使用、修改，或交由其他单位使用。

第十条 分包
乙方可将外业检测中的钻孔验证及交通疏导工作分包给具备资质的单位，但应在分包前五个工作日书面告知甲方。乙方对分包单位的工作质量负责。

第十一条 违约责任
1. 乙方未按甲方计划完成季度雷达普查或逾期提交检测报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2. 乙方驻场人员无故缺勤的，每人每日扣除服务费¥600。
3. 因乙方原因漏报重大塌陷隐患造成损失的，乙方依法承担赔偿责任。
4. 乙方违约金及扣款可从应付服务费中直接扣除，不足部分由乙方另行支付。

第十二条 合同解除
1. 乙方严重违反本合同，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同。
2. 连续两个季度考核不合格的，甲方有权解除本合同。

第十三条 人员管理
1. 乙方应组建不少于五人的运维团队，其中雷达检测工程师不少于两人，均应具备相应的专业资格及三年以上工作经验，人员名单报甲方备案。
2. 乙方更换驻场工程师或项目负责人的，应提前十日书面通知甲方，并经甲方确认。
3. 乙方应为作业人员办理意外伤害保险，并为检测车辆投保第三者责任险。
4. 乙方人员在道路上作业时，应设置安全警示标志，遵守交通管理规定，因作业造成人员伤亡或第三方损失的，由乙方承担责任。

第十四条 备品备件与工具
1. 乙方应在本市储备雷达天线、定位模块、工控机及存储设备等常用备件，保证二级以上故障的备件及时更换。
2. 乙方应配备检测所需的标定工具及检测软件，所用工具及软件的费用已包含在服务费中。
3. 更换下来的旧备件归甲方所有，乙方应登记造册后交还甲方，不得擅自处置。

第十五条 服务交接
服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的单位移交全部运维文档、账号口令、配置资料、检测数据及未闭环问题清单，并配合交接，不得以任何理由拒绝或拖延。

第十六条 廉政与合规
乙方不得向甲方工作人员提供任何形式的不正当利益。乙方及其人员在履约中应遵守城市道路管理、安全生产及环境保护等相关规定。

第十七条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院起诉。

第十八条 其他
本合同一式四份，双方各执二份，自双方签字盖章之日起生效。磋商文件、响应文件为本合同组成部分。

甲方（盖章）：　　　　乙方（盖章）：
"""

Z05 = """# 软件许可及定制开发合同（乙方标准合同文本 V4.0）

合同编号：YX-2027-0231

甲方：某沙雕艺术工作室

乙方：某易显软件有限公司

本合同采用乙方标准合同文本。甲方委托乙方提供“沙雕作品工艺流程跟踪软件”的软件许可及定制开发服务，双方经友好协商，订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供工艺流程跟踪软件标准版的使用许可，许可期限为永久，许可用户数为六十个。

1.2 乙方根据甲方需求进行以下定制开发：沙料配比与湿度记录、夯实分层施工记录、雕刻进度看板、作品喷胶加固及养护提醒、展期巡检记录、作品影像归档、移动端现场填报。

1.3 乙方负责软件安装部署、基础数据初始化及使用培训。

## 第二条 合同价款

2.1 本合同总价为人民币陆拾柒万贰仟元整（¥672,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺流程跟踪软件标准版许可（六十用户，永久） | 268,000 |
| 2 | 定制开发（七个功能模块） | 356,000 |
| 3 | 部署、数据初始化及培训 | 48,000 |
| | 合计 | 672,000 |

2.2 上述价款不含第六条所述的年度维护费及甲方另行提出的需求变更费用。

2.3 甲方需增加许可用户的，按每用户¥4,500另行购买。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计¥436,800，乙方收到款项后启动开发。

3.2 软件安装部署完成后五个工作日内，甲方支付合同总价的35%，计¥235,200。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至款项付清。

3.4 本合同价款为含税价格。乙方收到每笔款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付与验收

4.1 乙方应在收到首期款后七十日内完成软件安装部署。

4.2 软件安装部署完成即视为甲方验收合格。甲方如对功能有意见，应在部署完成后三日内书面提出，逾期未提出的，视为甲方无异议。

4.3 甲方提出的新增需求或修改，按需求变更处理，费用另计。

4.4 甲方应在乙方部署前提供符合乙方要求的服务器、操作系统及网络环境，因甲方环境不符合要求造成的延误，工期相应顺延。

4.5 乙方交付物包括：软件安装程序、系统管理员手册及用户操作手册（电子版）。源代码不属于交付物范围。

## 第五条 知识产权

5.1 本合同项下软件标准版及定制开发的全部功能模块、源代码、数据库设计及相关文档的知识产权均归乙方所有。

5.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对定制模块进行修改、反向工程，亦不得交由第三方维护。

5.3 乙方有权将定制开发成果用于其他客户或纳入乙方标准产品。

5.4 甲方使用软件过程中形成的业务数据不属于本条所称的定制开发成果，归属按第八条约定执行。

5.5 软件中使用的第三方组件及开源软件，其知识产权归原权利人所有，甲方应遵守相应的许可条款，因甲方违反该等许可条款产生的责任，由甲方自行承担。

## 第六条 免费维护与年度维护

6.1 免费维护期为三个月，自软件安装部署完成之日起计算。免费维护期内，乙方提供远程缺陷修复和使用咨询。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费按乙方当年度公布的服务价格标准收取。

6.3 年度维护服务内容包括：缺陷修复、版本升级、远程技术支持及每年一次的系统健康检查。年度维护费应在每个维护年度开始前一次性支付，逾期未付的，乙方有权停止维护服务。

## 第七条 技术支持

7.1 乙方通过电话、远程方式提供技术支持，服务时间为工作日九时至十八时。

7.2 一级故障（系统无法登录或数据无法保存）乙方在2小时内响应，二级故障在下一工作日内响应。

7.3 上述响应时间为乙方的服务目标，乙方未能达到的，不承担扣款、赔偿或违约金责任。

7.4 甲方需要乙方现场服务的，应提前五个工作日预约，现场服务按每人每日¥2,800另行收费，差旅费由甲方承担。

7.5 乙方可根据产品规划对软件进行升级。免费维护期满后，未签订年度维护协议的，甲方无权获得升级版本及补丁。

## 第八条 数据安全与数据归属

8.1 甲方录入系统的作品资料、影像、工艺参数及客户信息归甲方所有，乙方仅为提供本合同服务之目的使用。

8.2 乙方应采取访问控制、加密传输及定期备份等安全措施，防止数据泄露、丢失或被篡改；发生安全事件的，乙方应在二十四小时内通知甲方并采取补救措施，因乙方过错造成数据泄露或丢失的，乙方承担相应赔偿责任。

8.3 合同终止后，甲方可在三十日内申请乙方协助导出数据，超过期限的，乙方有权删除甲方数据，协助导出按乙方现场服务标准收费。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 培训

乙方为甲方提供一次集中培训，培训时长不超过两天，培训对象为甲方指定的管理员及关键用户。甲方要求增加培训的，费用另计。

## 第十一条 分包

乙方有权根据项目需要将部分开发、测试或实施工作委托给第三方完成，无需另行取得甲方同意，乙方对委托工作的结果负责。

## 第十二条 违约责任

12.1 乙方逾期完成安装部署的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 除另有约定外，乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。

12.3 因甲方原因导致项目暂停超过三十日的，乙方有权要求甲方支付已完成工作量对应的费用，并重新协商工期。

12.4 乙方按第12.1条支付违约金后，甲方不得再以逾期为由要求乙方承担其他责任。

## 第十三条 合同解除

一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十四条 甲方义务

14.1 甲方应指定项目联系人，负责需求确认、资料提供及内部协调，并在乙方提出需求确认请求后三个工作日内书面答复。

14.2 甲方应组织关键用户参加乙方安排的培训，并按乙方提供的操作手册规范使用软件。因甲方操作不当造成的故障或数据问题，由甲方自行承担。

14.3 甲方不得将软件提供给第三方使用，不得超出许可用户数使用软件。超出许可用户数的，按乙方当期报价补足许可费。

## 第十五条 不可抗力

因不可抗力、网络运营商故障、第三方云服务中断或政府行为导致合同不能履行的，受影响方不承担责任。

## 第十六条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同未尽事宜，以乙方官网公布的服务条款为准。乙方有权根据业务发展更新官网服务条款，更新后的条款自公布之日起适用于本合同。

17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　乙方（签章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KLY-CN-2027-044
P:This Software Licence and Services Agreement is made between Ningbo Harbourline Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer"), and Reeks Maintenance Systems Limited, a company incorporated in Ireland with its registered office at Muckross Road, Killarney, County Kerry (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's maintenance planning software and to have it configured, interfaced and rolled out at its foundry plant. The Vendor has agreed to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ReeksPlan enterprise asset maintenance software, version 9, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile inspection forms, data conversion programs and configuration that the Vendor creates specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data that the Customer or its users enter into, or generate with, the Software, including asset registers, work orders, spare-part records and sensor readings.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 220 named users and 6 plant sites of the Customer and its wholly owned subsidiaries in mainland China.
P:2.2 The Customer may make copies of the Software for back-up, testing and disaster recovery. The licence survives any expiry of support.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers in Ningbo, configure it to the approved design, convert asset and work-order data from the Customer's legacy system, build interfaces to the Customer's ERP and SCADA historian, and train key users and administrators.
P:3.2 The Vendor shall complete installation and configuration within 75 days after signature and shall request Final Acceptance within 120 days after signature.
P:3.3 The Vendor shall appoint a project manager with experience of at least two comparable implementations. The project manager shall attend a weekly progress meeting with the Customer, either on site or by video, and shall issue a written progress report after each meeting.
P:3.4 The Customer shall provide server capacity, network access, a project team of key users and timely decisions on the design. The Vendor shall state its requirements for each of these in the project plan that it delivers within 10 days after signature.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,670,000, fixed and inclusive of taxes, travel and expenses, made up as follows: Software licence fees CNY 1,240,000; configuration, interfaces and data conversion CNY 386,000; training CNY 44,000.
P:4.2 The Customer shall pay 10% of the Contract Price within 15 days after signature against the Vendor's invoice and an advance payment guarantee of the same amount.
P:4.3 The Customer shall pay 55% of the Contract Price after the Software has been installed and the Go-Live of the first plant site has taken place. Go-Live is not acceptance.
P:4.4 The Customer shall pay the remaining 35% of the Contract Price within 15 days after Final Acceptance.
P:4.5 All invoices shall be issued in CNY. Payments shall be made by bank transfer to the Vendor's account in China or, where permitted by foreign exchange rules, abroad.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests shall show that: (a) every function in the approved design works as specified; (b) converted data reconciles with the legacy system on a full count of assets and open work orders, with no unexplained difference; (c) the ERP and SCADA interfaces run for 20 consecutive working days without a failed transfer; (d) screens respond within 3 seconds for 150 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.2 The Customer shall run the tests with the Vendor's support within 10 working days after the Vendor's request and shall sign the Final Acceptance Certificate when the criteria are met. Use of the Software in production does not amount to acceptance.
P:5.3 If the tests fail, the Vendor shall correct the defects within 15 days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions and provide support free of charge.
P:6.2 Severity 1 means that the Software is unavailable or maintenance orders cannot be created at any plant site. The Vendor shall respond to Severity 1 incidents within 1 hour, 24 hours a day, and shall provide a workaround within 8 hours. Severity 2 incidents shall receive a response within 2 hours during business hours. Severity 3 incidents shall be handled by the next business day.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Customer CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period the Customer may order annual support for the Software. The annual support fee shall be 12.5% of the Software licence fees (CNY 155,000 a year) and shall not increase during the first three years of support. Support is ordered by purchase order for each year and does not renew automatically.
P:6.5 The Vendor shall keep the Software compatible with the operating system and database versions listed in the technical annex, and with their later versions released during the Warranty Period, at no extra charge.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely and may have them maintained by third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Software is hosted on the Customer's premises. The Vendor's remote access shall be approved by the Customer for each session, made through the Customer's VPN and bastion host, and logged. No Customer Data may be transferred outside mainland China.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Customer within 2 hours of any security incident involving Customer Data, and shall be liable for the losses caused by any incident attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production data, plant layouts, prices and the terms of this Agreement, and shall disclose it only to its staff and advisers who need to know it.
P:9.2 This obligation survives termination of this Agreement for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to request Final Acceptance by the date in Article 3.2 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to infringement claims, breach of Articles 8 and 9, death or personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 If the Customer terminates under Article 12.1, the Vendor shall refund the amounts paid for Services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Ireland.
P:13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration in Dublin under the Arbitration Rules of the Chartered Institute of Arbitrators (Irish Branch). The language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS

**Mount's Bay Learning Cloud Ltd** (Penzance, Cornwall) - Subscription Order Form No. MBL-OF-2027-117

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Mount's Bay Learning Cloud Ltd, a company registered in England and Wales, with its office at Market Jew Street, Penzance, Cornwall, United Kingdom, acting through its Shanghai service partner for local hosting and invoicing.
- **Customer:** Hangzhou Lanting Home Retail Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hangzhou.

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

The Provider will provide the Customer with access to its "Tidewater LMS" learning management platform for store staff, including course authoring, mobile learning, assessments, certification tracking, learning-path automation and management reporting, for up to 3,200 active learners across the Customer's stores and offices in mainland China.

### A3. Subscription Term

The Subscription Term is 24 months, starting on the Service Start Date. The Service Start Date is the date on which the Customer signs the Go-Live Acceptance Certificate under A6. The Agreement ends at the end of the Subscription Term unless the parties sign a new Order Form. It does not renew automatically.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, up to 3,200 learners | per quarter, 8 quarters | 71,500 per quarter |
| Subscription fees for the Subscription Term | 8 x 71,500 | 572,000 |
| Onboarding: tenant set-up, SSO with the Customer's identity platform, HR data feed, migration of 420 existing courses, administrator training | one-time | 64,000 |
| **Total fees for the Subscription Term** | | **636,000** |

Fees include value-added tax and are fixed for the Subscription Term. Additional learners above 3,200 may be added by a written change order at the pro rata quarterly rate.

### A5. Invoicing and Payment

1. Subscription fees are invoiced quarterly in advance, on the first day of each quarter of the Subscription Term, and are payable within 30 days after the invoice date.
2. The onboarding fee is invoiced after the Customer signs the Go-Live Acceptance Certificate and is payable within 30 days.
3. No amount is payable before the Service Start Date.

### A6. Onboarding and Go-Live Acceptance

1. The Provider shall complete onboarding within 50 days after signature of this Order Form.
2. Go-Live Acceptance tests shall demonstrate that: (a) single sign-on works for all store and office staff accounts; (b) the HR data feed creates, updates and deactivates learners correctly for 10 consecutive working days; (c) all 420 migrated courses open and record completions; (d) assessment results and certificates match a sample of 200 test learners; and (e) pages load within 3 seconds at 600 concurrent learners.
3. The Customer shall sign the Go-Live Acceptance Certificate within 5 working days after the tests are passed. Pilot use by the Customer does not amount to acceptance.
4. If onboarding is not completed by the date in A6.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 30,000.

Signed for the Customer: ____________________  Signed for the Provider: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, content and personal information that the Customer or its learners upload to, or generate in, the Service, including staff records, course materials, assessment results and learning records.

1.2 "Service" means the subscribed platform described in A2, with its documentation and updates.

1.3 "Customer Materials" means the course templates, learning paths, custom reports and integration scripts that the Provider prepares specifically for the Customer.

### 2. Service Levels

2.1 The Provider shall make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 23:00 and 05:00 Beijing time.

2.2 Priority 1 means that the Service is unavailable to all learners or that learning records cannot be saved. The Provider shall respond to Priority 1 incidents within 30 minutes at all times and restore the Service within 6 hours. Priority 2 incidents receive a response within 2 hours during business hours, and Priority 3 incidents within 1 business day.

2.3 If availability in a month falls below the level in 2.1, the Provider shall credit 5% of that quarter's subscription fee for each started 0.1 percentage point of shortfall, up to half of the quarterly fee. Each late Priority 1 response entitles the Customer to a further credit of CNY 800. Credits are deducted from the next invoice.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Service to the Customer and shall not sell, analyse for its own purposes or disclose it.

3.2 The Service is hosted in data centres in mainland China. The Provider shall keep the hosting environment certified at Multi-Level Protection Scheme level 3, encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, and keep access logs for at least 6 months.

3.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, shall take remedial action and shall bear the losses and regulatory costs caused by incidents attributable to it.

3.4 Within 30 days after the end of the Agreement the Provider shall return all Customer Data in a standard format and then delete it.

### 4. Customer Materials and Intellectual Property

4.1 The Provider owns the Service and its underlying software.

4.2 Customer Materials belong to the Customer, which may use, modify and license them without restriction, including for use with another platform.

### 5. Customer Obligations

5.1 The Customer shall keep its administrator credentials secure, use the Service in accordance with applicable law, and ensure that the content it uploads does not infringe the rights of others.

5.2 The Customer shall provide a project contact and timely access to its HR and identity systems during onboarding.

5.3 The Customer is responsible for the accuracy of the course content it publishes and for the conduct of its administrators.

5.4 The Customer may request reasonable changes to the configuration of the Service during the Subscription Term. Changes that need no development work are included in the fees; other changes are quoted separately and carried out only after the Customer's written approval.

### 6. Subcontracting

The Provider shall not subcontract any part of the Service or the onboarding without the Customer's prior written consent, except for the hosting provider named in the Order Form, and remains responsible for its subcontractors.

### 7. Updates and Support

7.1 The Provider may update the Service from time to time, provided that no update reduces the functions the Customer has subscribed to. The Provider shall announce major updates at least 14 days in advance and provide release notes in Chinese.

7.2 Support is available in Chinese and English through the support portal and a telephone hotline. The Provider shall name a customer success manager who meets the Customer's learning team each quarter to review usage, open issues and planned updates.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 The Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for death or personal injury caused by negligence, or for fraud.

### 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.

9.2 The Customer may also terminate the Agreement by written notice if the Provider misses the Priority 1 restore time three times in any quarter.

9.3 On termination by the Customer under 9.1 or 9.2, the Provider shall refund any prepaid fees for the period after termination.

### 10. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 12. General

12.1 Notices shall be in writing and sent to the addresses in A1.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 Amendments must be in writing and signed by both parties.
"""

E03 = """T:Supply and Licence Contract for Water-Quality Sensors and Monitoring Software
P:Contract No. ZJ-AQ-2027-0309 (Buyer's standard form)
P:Buyer: Zhanjiang Bluebay Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, Zhanjiang, Guangdong Province.
P:Supplier: Torridge Marine Instruments Ltd., a company registered in England, with its office at the Quay, Bideford, Devon, United Kingdom.
P:The Buyer operates offshore and pond fish farms and needs continuous monitoring of dissolved oxygen, temperature, salinity, pH and ammonia. The Supplier has offered the sensor buoys, gateways and monitoring software described below. The parties therefore agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, deliver to the Buyer's farms in Zhanjiang, install and commission 48 multi-parameter sensor buoys, 12 solar-powered LoRa gateways and a perpetual licence of the "TorridgeWatch" monitoring software for 40 named users.
P:1.2 The Supplier shall configure alarm thresholds for each pond and cage as set by the Buyer's aquaculture staff, build an interface to the Buyer's feeding-control system, and train the Buyer's operators and maintenance technicians.
P:1.3 The software shall be installed on the Buyer's own servers in Zhanjiang. No part of the system may depend on servers outside mainland China.
P:1.4 The equipment shall be new, of current manufacture and suitable for continuous use in sea water and brackish ponds, with corrosion protection and anti-fouling sensor heads. Buoys shall carry navigation lights and markings approved by the local maritime authority.
P:1.5 The Supplier shall provide, before shipment, a factory test report and calibration certificate for each buoy, and shall arrange import customs clearance in the Buyer's name with the Buyer's assistance.
P:1.6 The Supplier shall train 20 operators and 6 maintenance technicians in Chinese, at the Buyer's farms, covering daily use of the software, alarm handling, cleaning of sensor heads, battery and membrane replacement, and basic fault finding. The Supplier shall deliver operating and maintenance manuals in Chinese and English before Final Acceptance.
H:2. Price
P:2.1 The Contract Price is CNY 1,477,000, fixed and inclusive of duties, taxes, freight, insurance and installation, as set out in the following table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor buoy (DO, temperature, salinity, pH, ammonia)|48|18,600|892,800
TB:2|Solar LoRa gateway with 4G back-haul|12|14,500|174,000
TB:3|TorridgeWatch monitoring software, perpetual licence, 40 users|1|236,000|236,000
TB:|Hardware and Licence Subtotal|||1,302,800
TB:4|Installation, mooring and commissioning|1 lot||148,000
TB:5|Operator and technician training|1 lot||26,200
TB:|Contract Price|||1,477,000
P:2.2 The unit prices apply to any additional buoys or gateways ordered within two years after Final Acceptance.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after all equipment has been delivered and installed. Delivery and installation are not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 70 days and complete installation and commissioning within 100 days after signature.
P:4.2 If the Supplier is late in delivery or commissioning for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. These damages do not prevent the Buyer from terminating the Contract under clause 12.
P:4.3 The Supplier shall give the Buyer at least 7 days' notice before each delivery and shall coordinate vessel access to the offshore cages with the Buyer's farm managers. Work at sea shall be carried out only in weather conditions approved by the Buyer's safety officer.
P:4.4 Title to each item of equipment passes to the Buyer on delivery to the farm. Risk passes to the Buyer on Final Acceptance.
H:5. Acceptance
P:5.1 Final Acceptance tests shall show that: (a) every buoy reports all five parameters at the agreed interval for 30 consecutive days with no more than two missing readings per buoy per day; (b) sensor readings agree with laboratory samples within the tolerances of the technical specification; (c) alarms reach operators' phones within 60 seconds; (d) the feeding-control interface stops feeding on a low-oxygen alarm in every test; and (e) the system has run without a Priority 1 fault for the last 14 days of the test period.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within 7 days after the criteria are met. Use of the system by the Buyer before that date is not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and the software for 24 months after Final Acceptance. During the warranty the Supplier shall repair or replace faulty equipment, recalibrate sensors as required by the specification, correct software defects and supply updates free of charge.
P:6.2 Sensor membranes and electrolytes are consumables and are excluded, but the Supplier shall supply them at the prices in the technical proposal for the whole warranty.
P:6.3 Any buoy or gateway replaced under the warranty shall remain covered by the warranty for the rest of the warranty period, with a new calibration certificate. The Supplier shall keep a stock of spare sensor heads and gateway boards in Guangdong so that replacements can be fitted quickly.
P:6.4 Recalibration during the warranty shall be done on site or at the Supplier's service partner in Guangzhou, and the Supplier shall lend replacement sensors while any sensor is away for recalibration.
H:7. Service Levels
P:7.1 Priority 1 means that more than a quarter of the buoys, or the monitoring software, has stopped reporting. The Supplier shall respond to Priority 1 faults within 1 hour and restore service within 8 hours, with an engineer on site when needed.
P:7.2 Priority 2 faults (a single buoy or gateway) receive a response within 2 hours and are fixed within 3 days.
P:7.3 For each hour by which a Priority 1 response or restoration is late, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment.
H:8. Support after Warranty
P:8.1 After the warranty the Buyer may order annual support covering calibration, spare parts, software updates and the service levels of clause 7.
P:8.2 The annual support fee shall be 9% of the Hardware and Licence Subtotal (CNY 117,252 a year) and is fixed for the first three years of support. Support is ordered each year by purchase order and does not renew automatically.
H:9. Intellectual Property
P:9.1 The TorridgeWatch software and the buoy firmware remain the property of the Supplier, which grants the Buyer a perpetual licence to use them.
P:9.2 Pond configurations, alarm rules, reports and the feeding-control interface made for the Buyer, including their source code, belong to the Buyer, which may use, modify and license them freely.
H:10. Data
P:10.1 All measurements, alarms, farm layouts and production records belong to the Buyer. The Supplier may use them only to perform this Contract and may not keep copies or use them for any other purpose.
P:10.2 The Supplier shall protect the system against unauthorised access, shall access it remotely only with the Buyer's approval for each session, shall notify the Buyer of any security incident within 2 hours, and shall be liable for the losses caused by incidents attributable to it.
H:11. Confidentiality
P:Each party shall keep confidential the non-public information received from the other, in particular the Buyer's farm locations, stocking and production data and the prices in this Contract, during the Contract and for three years after it ends.
H:12. Termination
P:12.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund payments for equipment and services not accepted.
H:13. Liability
P:The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct, breach of clause 10 and infringement claims, which are not limited.
H:14. Subcontracting
P:The Supplier shall not subcontract installation, mooring or any other part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:16. General
P:16.1 The Annexes (technical specification, test plan and delivery schedule) form part of this Contract.
P:16.2 Amendments must be in writing and signed by both parties.
P:16.3 The Supplier shall ensure that the equipment complies with the radio, electrical safety and marine environmental rules applicable in China, and shall obtain any certificate required for the LoRa gateways before installation.
P:16.4 Notices shall be given in writing, in Chinese or English, to the addresses stated above, and take effect on receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: LR-MSA-2027-08

**Between:**

1. **Dalian Northstar Ferry and Logistics Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Dalian, Liaoning Province (the "Customer"); and
2. **Loch Ryan Managed Services Ltd**, a company registered in Scotland, with its office at Harbour Street, Stranraer, Scotland, acting through its wholly owned subsidiary in Dalian for services delivered in China (the "Supplier").

**Background.** The Customer runs ticketing offices, two ferry terminals, a freight yard and a head office. It wishes to outsource its service desk, end-user device support, network operations and server administration to the Supplier for 36 months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under clause 4.

1.3 "Term" means 36 months starting on the Service Commencement Date.

1.4 "Monthly Charge" means the charge set out in Schedule 3.

## 2. Services

2.1 The Supplier shall provide the Services from the Service Commencement Date for the Term, in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Supplier shall provide a named service delivery manager, monthly service reports and a quarterly service review with the Customer's IT manager.

2.3 The Supplier shall maintain an up-to-date configuration record of all devices and systems it supports and shall hand it over at the end of the Term.

2.4 The Supplier shall follow the Customer's information technology policies, change procedures and site safety rules, including the port security rules at the ferry terminals, and shall ensure that its staff hold the passes required for restricted areas.

2.5 The Supplier shall propose at least two service improvement initiatives each year, with their expected benefits and costs. The Customer decides whether to adopt them.

## 3. Transition

3.1 During a transition period of no more than 60 days after signature, the Supplier shall take over the existing tickets and documentation, install its monitoring and remote-management tools, set up the service desk telephone line and portal in Chinese and English, and agree runbooks with the Customer.

3.2 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to the Supplier, the Supplier shall pay CNY 2,000 for each day of delay, up to CNY 120,000.

## 4. Service Commencement

4.1 The Supplier may request the Service Commencement Certificate when: (a) all devices and servers in scope are enrolled in monitoring; (b) the service desk has handled calls in a 10-day parallel run with an answer rate meeting Schedule 2; (c) runbooks for every supported system are approved by the Customer; and (d) test incidents of each priority have been handled within the times in Schedule 2.

4.2 The Customer shall sign the certificate within 5 working days after the criteria are met or state in writing which criteria are not met.

4.3 If a criterion is not met, the Supplier shall remedy the shortfall and repeat the relevant test. The existing arrangements of the Customer continue until the certificate is signed.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,540,000.

5.2 The transition fee is invoiced after the Service Commencement Certificate is signed. The Monthly Charge is invoiced monthly in arrears. Invoices are payable within 30 days. No charge is payable before the Service Commencement Date.

5.3 The Monthly Charge is fixed for the Term. Devices added or removed by more than 10% of the baseline in Schedule 1 are charged or credited at the unit rates in Schedule 3.

5.4 The Supplier shall issue a single invoice each month, in CNY, with a breakdown of the Monthly Charge, any additional devices or servers, and any service credits applied.

## 6. Service Credits

If the Supplier misses a service level in Schedule 2, it shall credit the amounts stated there against the next invoice. Service credits in a month shall not exceed 20% of that month's Monthly Charge.

## 7. Customer Data

Data held on the Customer's systems remains the property of the Customer, and the Supplier shall use it only to provide the Services.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including passenger and freight information, network diagrams, passwords and commercial terms, and shall use it only for the purposes of this Agreement.

8.2 These obligations continue for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Runbooks, configuration records, scripts and reports prepared by the Supplier for the Customer belong to the Customer, which may use and modify them freely, including with a successor supplier.

9.2 The Supplier's monitoring and remote-management tools remain the Supplier's property and will be removed at the end of the Term.

## 10. Personnel and Subcontracting

10.1 The Supplier shall use suitably qualified staff and shall replace any staff member whom the Customer reasonably objects to.

10.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the acts of its subcontractors.

10.3 The Supplier shall keep the key personnel named in its proposal, including the service delivery manager and the network lead, for at least the first half of the Term, unless the Customer agrees otherwise or the person leaves the Supplier's employment.

10.4 On-site staff shall be based in Dalian and shall speak Chinese. The service desk shall answer calls in Chinese and English.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 The Supplier's total liability under this Agreement shall not exceed 150% of the Total Contract Value.

## 12. Term and Ending

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically.

12.2 This Agreement may not be terminated by either party before the end of the Term, except by mutual written agreement or where force majeure prevents performance for more than 90 consecutive days. The Customer's remedies for any failure of the Supplier are service credits under clause 6 and damages, and the Supplier shall continue to perform.

12.3 At the end of the Term the Supplier shall provide exit assistance for up to 30 days, including handover of documentation, credentials and open tickets to the Customer or a successor supplier.

12.4 Each party shall give the other party written notice of any event that may affect its performance as soon as it becomes aware of it, and the parties shall meet within 5 working days to agree on measures.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and e-mail, Chinese and English, for 640 users | 07:00-22:00 daily |
| End-user support | 610 laptops and desktops, 85 ticketing terminals, 120 printers, on-site at the two terminals and head office | 08:00-20:00 daily |
| Network operations | 46 switches, 9 firewalls, Wi-Fi at terminals and yard, WAN links to ticketing offices | 24 x 7 monitoring |
| Server administration | 38 virtual servers, backup, patching, capacity reports | 24 x 7 monitoring |
| Change management | Standard and normal changes through the Customer's change board | As scheduled |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident (ticketing or terminal operations stopped) - response | 15 minutes | CNY 1,500 per late response |
| Priority 1 incident - restoration | 3 hours | CNY 1,000 per started hour late |
| Priority 2 incident (one site or service degraded) - response | 1 hour | CNY 500 per late response |
| Priority 3 incident - resolution | 2 business days | none |
| Service desk calls answered within 30 seconds | nine calls in ten, each month | CNY 2,000 per month missed |
| Monthly report delivered | by the 5th working day | CNY 300 per day late |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 92,000 |
| Monthly Charge (baseline 640 users, 695 devices, 38 servers) | per month, 36 months | 68,000 |
| Monthly Charges for the Term | 36 x 68,000 | 2,448,000 |
| **Total Contract Value** | | **2,540,000** |
| Additional device above baseline | per device per month | 65 |
| Additional virtual server above baseline | per server per month | 420 |

Signed for the Customer: ____________________   Signed for the Supplier: ____________________
"""

E05 = """METOCEAN DATA API SUBSCRIPTION AGREEMENT

Agreement No. CBD-API-2027-021

PARTIES

1.1 Caldey Bay Data Ltd, a company registered in Wales, with its office at St Julian's Street, Tenby, Pembrokeshire, Wales (the "Provider").

1.2 Yangjiang Haifeng Offshore Engineering Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Yangjiang, Guangdong Province (the "Customer").

1.3 The Customer installs and maintains offshore wind turbines and needs wave, wind, current and tide forecasts for planning vessel and crane operations. The Provider operates a metocean forecasting model and delivers its output through an application programming interface (the "API").

DEFINITIONS

2.1 "Data" means the forecasts, hindcasts and observations delivered through the API, in the formats described in the API documentation.

2.2 "Subscription Year" means each of the two consecutive periods that make up the Subscription Term. The first Subscription Year starts on the Start Date and ends on the day before the first anniversary of the Start Date; the second Subscription Year starts on that anniversary.

2.3 "Start Date" means the date on which the Customer signs the Integration Acceptance Certificate under the section headed INTEGRATION AND ACCEPTANCE.

2.4 "Subscription Term" means the first and second Subscription Years.

2.5 "Customer Inputs" means site coordinates, turbine positions, vessel schedules, query logs and any other information the Customer sends to the API or to the Provider.

SUBSCRIPTION

3.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use the Data for the Customer's own offshore operations in China, for up to 25 forecast points and 60 named users.

3.2 The subscription includes: hourly forecasts for 10 days ahead, updated four times a day; wave spectra; weather windows for vessel transfer and crane lifts calculated to the Customer's limits; and a historical archive of 20 years of hindcast data for the subscribed points.

3.3 The Customer may display Data in its internal planning tools and share printed or exported operation plans with its contractors and vessel operators for the projects it runs.

3.4 The Customer shall not resell the Data or use it to build a competing forecasting service.

3.5 The Customer may nominate up to 60 named users and may replace a named user at any time by notice through the Provider's portal. Credentials are personal and may not be shared.

3.6 The Provider shall give the Customer's developers access to a test environment of the API, with sample data for the subscribed points, throughout the Subscription Term.

INTEGRATION AND ACCEPTANCE

4.1 The Provider shall build and deliver, within 45 days after signature, an adapter that loads the Data into the Customer's marine coordination system and its vessel scheduling tool, and shall set up the Customer's forecast points and operating limits.

4.2 Integration acceptance tests shall show that: (a) forecasts for all subscribed points are loaded at each scheduled update for 14 consecutive days; (b) loaded values match the values returned by the API on a check of 500 random records; (c) weather windows in the scheduling tool match the Provider's calculation; and (d) the adapter recovers automatically after a connection failure.

4.3 The Customer shall sign the Integration Acceptance Certificate within 5 working days after the tests are passed. Use of the Data before that date is a trial and does not amount to acceptance.

4.4 If the tests fail, the Provider shall fix the adapter and the tests shall be repeated.

4.5 Within 10 working days after signature the Customer shall give the Provider the coordinates of its forecast points, its vessel and crane operating limits and access to a test instance of its marine coordination system. The Provider shall confirm the set-up in writing before testing starts.

4.6 The Provider shall deliver the adapter with its source code, an installation guide and an operating guide, and shall train two of the Customer's system administrators.

FEES AND PAYMENT

5.1 The fees are:

    Subscription fee, first Subscription Year ....... CNY 324,000
    Subscription fee, second Subscription Year ...... CNY 324,000
    Integration adapter and set-up (one-time) ........ CNY 36,000
    Total fees for the Subscription Term ............ CNY 684,000

5.2 Each Subscription Year's fee is invoiced on the first day of that Subscription Year and is payable within 30 days after the invoice date.

5.3 The integration fee is invoiced after the Customer signs the Integration Acceptance Certificate and is payable within 30 days.

5.4 Fees are fixed for the Subscription Term and include value-added tax.

5.5 Extra forecast points may be added at CNY 9,800 per point per Subscription Year, pro rata for part of a year.

SERVICE

6.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver each forecast update on schedule, and will tell the Customer through its status page of any outage or late update.

6.2 Support requests may be sent by e-mail or through the Provider's support portal and will be handled by the Provider's support team during UK business hours.

6.3 The Provider may change the API or the Data formats, provided that it gives the Customer at least 60 days' notice of any change that is not backward compatible and keeps the previous version running during that period.

6.4 The Provider shall provide API documentation in English and a summary of each data field in Chinese, and shall answer technical questions from the Customer's developers during integration.

6.5 The Provider shall notify the Customer in advance of any change to its forecasting model that may materially affect the values delivered, together with a description of the change.

CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Provider shall use them only to deliver the Data and the adapter to the Customer and shall not disclose them or use them for any other purpose.

7.2 The Provider shall keep Customer Inputs on servers in mainland China operated by its hosting partner, shall encrypt them in transit and at rest, shall restrict access to named staff, and shall keep access logs.

7.3 The Provider shall notify the Customer of any unauthorised access to or loss of Customer Inputs within 24 hours after becoming aware of it, shall take remedial action, and shall be liable for the losses the Customer suffers from any incident attributable to the Provider.

7.4 Within 30 days after the end of the Subscription Term the Provider shall return and delete all Customer Inputs.

CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, including the Customer's project locations and schedules and the Provider's model methods and prices, and shall use it only to perform this Agreement.

8.2 These obligations last for three years after the end of the Subscription Term.

INTELLECTUAL PROPERTY

9.1 The Provider owns the forecasting model, the API and the Data.

9.2 The integration adapter, its source code and the configuration of the Customer's forecast points and limits belong to the Customer, which may use and modify them freely and have them maintained by others.

9.3 The Customer may keep and use Data received during the Subscription Term in its internal records and operation plans after the end of the Subscription Term, but may not use it for new forecasts or share it with third parties other than as permitted in 3.3.

LIABILITY

10.1 Forecasts are estimates. The Customer remains responsible for its operational decisions.

10.2 Neither party is liable for indirect or consequential loss.

10.3 The total liability of the Provider under this Agreement shall not exceed twice the total fees for the Subscription Term. This limit does not apply to breach of the sections headed CUSTOMER INPUTS AND DATA SECURITY and CONFIDENTIALITY.

SUBCONTRACTING

11.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent, except for the hosting partner named in the API documentation, for whom it remains responsible.

11.2 The Provider shall ensure that its staff and its hosting partner comply with the obligations in this Agreement that apply to the work they do.

TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription needs a new agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.3 If the Customer terminates under 12.2, the Provider shall refund the part of the fees paid for the period after termination.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

GENERAL

14.1 Notices shall be in writing and sent to the addresses above.

14.2 Amendments must be in writing and signed by both parties.

14.3 Neither party is liable for delays caused by force majeure.

SIGNATURES

For the Customer: ____________________

For the Provider: ____________________
"""

# ---------------------------------------------------------------- design: file, format, facts, expected rules
G, S = "goods_or_licence", "service"
DESIGN = {
    "h923z01": dict(name="h923z01_commerce_bureau_vehicle_recycling_platform", fmt="pdf", src=Z01, lang="zh",
                    category="software", kind=G, value=2018000, fee_base=1160000, forum_outside=False, rules=[]),
    "h923z02": dict(name="h923z02_bird_feed_plant_line_control_retrofit", fmt="docx", src=Z02, lang="zh",
                    category="hardware", kind=G, value=1560000, fee_base=1360000, forum_outside=False,
                    rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h923z03": dict(name="h923z03_bocce_chain_booking_membership_saas", fmt="txt", src=Z03, lang="zh",
                    category="cloud", kind=S, value=422000, fee_base=None, forum_outside=False,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h923z04": dict(name="h923z04_urban_management_road_collapse_radar_om", fmt="txt", src=Z04, lang="zh",
                    category="services", kind=S, value=736000, fee_base=None, forum_outside=False,
                    rules=["CR-LD-LOW", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h923z05": dict(name="h923z05_sand_sculpture_process_tracking_supplier_template", fmt="md", src=Z05, lang="zh",
                    category="software", kind=G, value=672000, fee_base=268000, forum_outside=False,
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT",
                           "CR-WARRANTY"]),
    "h923e01": dict(name="h923e01_killarney_maintenance_software_perpetual_licence", fmt="pdf", src=E01, lang="en",
                    category="software", kind=G, value=1670000, fee_base=1240000, forum_outside=True,
                    rules=["CR-GOVERNING-LAW"]),
    "h923e02": dict(name="h923e02_penzance_lms_saas_order_form", fmt="md", src=E02, lang="en",
                    category="cloud", kind=S, value=636000, fee_base=None, forum_outside=False,
                    rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "h923e03": dict(name="h923e03_bideford_aquaculture_sensors_monitoring_licence", fmt="docx", src=E03, lang="en",
                    category="hardware", kind=G, value=1477000, fee_base=1302800, forum_outside=False, rules=[]),
    "h923e04": dict(name="h923e04_stranraer_ferry_managed_it_services", fmt="md", src=E04, lang="en",
                    category="services", kind=S, value=2540000, fee_base=None, forum_outside=False,
                    rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h923e05": dict(name="h923e05_tenby_metocean_data_api_subscription", fmt="txt", src=E05, lang="en",
                    category="cloud", kind=S, value=684000, fee_base=None, forum_outside=False,
                    rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# order: availability, p1, remedy, ip, data_security, owns_data, confidentiality, ld, cap, prepay, acceptance,
#        final, warranty, pwf, auto, termination, subcontract, law  | extra: sla_clause, ld_stated, capped, deemed
T = {
    "h923z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True,
                 True, 24, 9, False, True, False, "PRC"], [True, True, True, False]),
    "h923z02": ([None, 1, True, "buyer", True, True, True, 0.1, None, 20, True,
                 True, 6, 22, False, True, False, "PRC"], [True, True, True, False]),
    "h923z03": ([99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True,
                 None, None, None, True, True, False, "PRC"], [True, True, None, False]),
    "h923z04": ([None, 6, True, "buyer", True, True, True, 0.02, None, None, True,
                 None, None, None, False, True, True, "PRC"], [True, True, None, False]),
    "h923z05": ([None, 2, False, "supplier", True, True, True, 0.03, 20, 65, False,
                 False, 3, None, False, True, True, None], [True, True, False, True]),
    "h923e01": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True,
                 True, 18, 12.5, False, True, False, "Ireland"], [True, True, True, False]),
    "h923e02": ([99.95, 0.5, True, "buyer", True, True, False, 500 / 636000 * 100, 6 / 24 * 100, None, True,
                 None, None, None, False, True, False, "PRC"], [True, True, None, False]),
    "h923e03": ([None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True,
                 True, 24, 9, False, True, False, "PRC"], [True, True, True, False]),
    "h923e04": ([None, 0.25, True, "buyer", False, True, True, 2000 / 2540000 * 100, 150, None, True,
                 None, None, None, False, False, False, "PRC"], [True, True, None, False]),
    "h923e05": ([None, None, False, "buyer", True, True, True, None, 200, None, True,
                 None, None, None, False, True, False, "PRC"], [False, False, None, False]),
}


def label(key):
    d = DESIGN[key]
    vals, (sla, ld_stated, capped, deemed) = T[key]
    terms = dict(zip(KEYS, vals + [d["kind"]]))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if d["kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = d["value"]
    return {"file": d["name"] + "." + d["fmt"], "language": d["lang"], "category": d["category"],
            "expected_terms": terms, "expected_extra": extra, "expected_rules": sorted(d["rules"])}


def tco_share(key, lab):
    t, x, d = lab["expected_terms"], lab["expected_extra"], DESIGN[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (d["value"] + fees) * 100


def derive(key, lab):
    """Policy §3 as I read it, applied to the label."""
    t, x, d = lab["expected_terms"], lab["expected_extra"], DESIGN[key]
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
        s = tco_share(key, lab)
        if s is not None and s > 40:
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


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if HIGH & set(rules):
        return "high"
    return "medium" if set(rules) - LOW else "low"


# ---------------------------------------------------------------- threshold scan (self-tested)
NUMPRE = r"(?<![\d.])"
THRESH = [
    NUMPRE + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent",
    NUMPRE + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    NUMPRE + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
    NUMPRE + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百(?![分零一二三四五六七八九])",
    r"one\s*hundred\s*per\s*cent",
    NUMPRE + r"99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    NUMPRE + r"0?\.050*(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十])", r"千分之零点五",
    NUMPRE + r"4\s*(?:-\s*)?(?:小时|个小时|hours?|hrs?\b|h\b)", r"(?<![十零一二三四五六七八九])四(?:个)?小时",
    r"\bfour\s*(?:-\s*)?hours?",
    NUMPRE + r"12\s*(?:-\s*)?(?:个月|months?)", r"十二个月", r"\btwelve\s*(?:-\s*)?months?",
    NUMPRE + r"5\s*(?:-\s*)?(?:years?|年)(?!度)", r"\bfive\s*(?:-\s*)?years?", r"(?<![十零一二三四六七八九第])五年(?!度)",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in THRESH), re.I)
MUST_HIT = ["预付30%", "预付 30 %", "百分之三十", "15%", "40 %", "100%", "99.9%", "99.90", "0.05%", ".05%", "万分之五",
            "4小时", "四小时", "4 hours", "four hours", "4-hour", "12个月", "十二个月", "12 months", "twelve-month",
            "5 years", "five years", "五年", "thirty per cent", "百分之百"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "130%", "150%", "0.08%", "万分之八",
             "万分之五十", "112 months", "25 years", "第五年度", "45%", "115%", "1.5%", "35%", "4G", "2.4 hours"]
for s_ in MUST_HIT:
    assert THRESH_RE.search(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not THRESH_RE.search(s_), ("must miss", s_, THRESH_RE.search(s_))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


def check_thresholds(key, lab):
    t = lab["expected_terms"]
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        if t[k] is not None:
            assert abs(t[k] - v) > 1e-9, (key, k, t[k])
    s = tco_share(key, lab)
    if s is not None:
        assert abs(s - 40) > 2, (key, "tco share", s)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    targets = {k: (d["name"] + "." + d["fmt"], d["fmt"]) for k, d in DESIGN.items() if d["fmt"] in ("docx", "pdf")}
    write({k: DESIGN[k]["src"] for k in targets}, targets, OUT, wrap_words=True)
    for k, d in DESIGN.items():
        if d["fmt"] in ("txt", "md"):
            (OUT / (d["name"] + "." + d["fmt"])).write_text(d["src"], encoding="utf-8")
            print("wrote", d["name"] + "." + d["fmt"])
    fired = set()
    problems = []
    for k, d in DESIGN.items():
        lab = label(k)
        (OUT / (d["name"] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        got = derive(k, lab)
        if got != sorted(d["rules"]):
            problems.append((k, "rules", got, sorted(d["rules"])))
        fired |= set(got)
        check_thresholds(k, lab)
        text = read_back(OUT / lab["file"])
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        share = tco_share(k, lab)
        print("%s %-5s len=%5d rules=%d risk=%-6s tco=%s" % (k, d["fmt"], n, len(got), risk(got),
                                                            None if share is None else round(share, 1)))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH_RE.search(variant)
            if m:
                problems.append((k, "threshold text", variant[max(0, m.start() - 20):m.end() + 20]))
                break
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    if all_rules - fired:
        problems.append(("coverage", sorted(all_rules - fired)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
