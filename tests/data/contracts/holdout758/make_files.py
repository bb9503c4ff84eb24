"""holdout758: builds the ten blind held-out drafts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf are
built by ../word_pdf.py (PDF lines broken at word boundaries). Labels are written from LABELS below; the expected rules
are derived from the labels by my own reading of policy section 3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H758Z01 = """T:电动自行车充电安全监管平台建设项目合同
P:合同编号：SJGJ-ZFCG-2026-0147
P:采购人（甲方）：某市市场监督管理局
P:供应商（乙方）：某市智联安充信息技术有限公司
P:采购方式：公开招标。项目编号：ZFCG-2026-GK-0392
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设电动自行车充电安全监管平台，覆盖全市集中充电场站、居民小区充电桩及电动自行车销售维修网点，实现充电设施备案、实时监测、火情预警、执法检查和信用监管等功能。
P:1.2 项目内容包括：监管平台软件许可（永久使用许可，不限用户数及终端数）；定制开发（执法检查移动端、经营主体信用评价模型、监管驾驶舱及统计报表）；与市场监管一体化平台、消防物联网平台及各充电运营企业平台的数据接口对接；部署实施及培训。
P:1.3 详细功能需求和技术参数以招标文件第三章及乙方投标文件技术响应表为准，均为本合同的组成部分。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾捌万陆仟元整（¥2,386,000.00），为固定总价，已包含税费及乙方完成本项目所需的全部费用。
P:2.2 价款构成：平台软件许可费1,180,000元；定制开发费846,000元；数据接口对接费214,000元；部署实施及培训费146,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即477,200元。
P:3.2 平台初验合格后十个工作日内，甲方支付合同总价的45%，即1,073,700元。
P:3.3 平台最终验收合格后十个工作日内，甲方支付合同总价的35%，即835,100元。
P:3.4 乙方每次请款前应开具等额合规发票。甲方付款以财政资金拨付为前提，因财政拨付程序造成的合理延迟，甲方应及时告知乙方。
H:第四条 实施进度与人员
P:4.1 乙方应于合同签订后九十日内完成部署并提交初验申请；初验合格后进入三个月试运行，试运行期满后二十日内提交最终验收申请。
P:4.2 乙方应派驻不少于六人的项目团队，项目经理须具备同类项目经验，未经甲方同意不得更换。乙方人员在甲方办公场所工作期间应遵守甲方的管理制度。
P:4.3 乙方应为甲方各级执法人员及充电场站管理人员提供操作培训，培训不少于八场，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初验标准：功能逐项符合需求规格说明书；接入充电场站不少于2,600个，充电端口数据接入率不低于98%；火情预警信息从设备告警到平台推送不超过10秒；移动执法端离线记录可在联网后完整同步；与三个外部平台的接口联调通过。
P:5.2 最终验收标准：试运行期间未发生一级故障；500个并发用户下页面平均响应时间不超过3秒；通过甲方委托的第三方安全测评；源代码、接口文档、部署手册和用户手册完整提交。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格的，双方签署验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，所需费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配维护和7×24小时技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台软件许可费的9%，即每年不超过106,200元；该标准在质保期满后的前三个年度内不上调，具体以双方另行签订的运维合同为准。
P:6.3 质保期内乙方不得以任何名义另行收取维护费用。
H:第七条 服务水平
P:7.1 平台按月统计的可用率不低于99.5%，经甲方同意在夜间进行的计划内维护不计入不可用时间。
P:7.2 故障分级及响应：一级故障（平台整体不可用或预警推送中断）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障（主要功能异常）1小时内响应、24小时内解决；三级故障（一般问题）2个工作日内解决。
P:7.3 乙方未达到前款要求的，一级故障每超时一小时扣付1,000元，二级故障每超时一小时扣付300元；月可用率低于约定值的，每低于0.1个百分点扣付2,000元。扣付款项从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的执法移动端、信用评价模型、驾驶舱、报表及接口程序，其著作权及其他知识产权归甲方所有。乙方应交付全部源代码及技术文档，甲方可自行或委托第三方修改、使用和部署。
P:8.3 乙方保证所交付的软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台采集、汇聚和生成的全部数据（包括充电设施备案信息、监测数据、执法记录及经营主体信息）归甲方所有。未经甲方书面同意，乙方不得将上述数据用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求建设平台，对数据实施加密存储和传输、最小权限访问，操作日志留存不少于六个月；运维人员须经甲方备案，远程运维须经甲方堡垒机进行。
P:9.3 发生数据泄露、损毁或被非法使用的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并配合有关部门调查处理。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、执法信息、经营主体商业信息及个人信息负有保密义务，保密义务不因本合同终止而终止。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十一条 分包
P:11.1 平台软件开发、接口对接及数据处理工作由乙方自行完成。
P:11.2 现场设备勘察、综合布线及安装辅助等非主体工作，乙方可交由其他单位实施，但应提前五个工作日书面告知甲方分包单位名称及人员名单。乙方对分包单位的工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期提交初验或最终验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:12.2 乙方交付的成果不符合合同约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
P:12.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收取的相应款项并赔偿甲方损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同的组成部分，与本合同不一致的，以本合同为准。
P:甲方（盖章）：               乙方（盖章）：
P:签订日期：2026年  月  日
"""

H758Z02 = """T:喷雾干燥及包装线控制系统改造合同
P:合同编号：RHJ-SB-2026-031
P:甲方（买方）：某某日化股份有限公司洗衣粉厂
P:乙方（卖方）：某某工业自动化工程有限公司
P:甲方二号洗衣粉生产车间喷雾干燥塔及成品包装线的原控制系统已运行多年，备件停产、故障频发。为提高干燥塔温度控制精度和包装计量准确度，甲方委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、改造范围
P:（一）乙方负责喷雾干燥塔热风炉、高压泵、塔顶排风及尾气除尘系统的控制改造，包装线称重、制袋、封口、喷码及码垛工序的控制改造，以及中控室监控系统的更换。
P:（二）乙方提供下表所列设备和软件，完成控制程序编写与组态、现场安装接线、联动调试及操作人员培训。原有控制柜、线缆的拆除和清运由乙方负责，拆下的旧设备归甲方所有。
P:（三）改造须利用甲方年度检修停产期实施，停产时间不超过二十日，乙方应提前编制切换方案并经甲方生产部确认。
H:二、合同价款
P:（一）合同总价为人民币壹佰玖拾陆万肆仟元整（¥1,964,000），含设备、软件、运输、安装、调试、培训及税费。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含冗余控制器、远程I/O站）|6套|618,000
TB:2|称重包装控制器及称重传感器|8套|296,000
TB:3|变频器及电机保护单元|42台|214,000
TB:4|HMI/SCADA监控软件许可（含历史数据库）|1套|186,000
TB:5|工业以太网交换机及光纤环网|1批|138,000
TB:|设备及软件小计||1,452,000
TB:6|控制程序编写与组态||318,000
TB:7|现场安装与联动调试||154,000
TB:8|操作及维护培训||40,000
TB:|合计||1,964,000
P:（二）合同总价为固定价格，乙方不得以材料价格上涨等理由要求调整。
P:（三）合同履行期间如甲方要求增加或减少设备，双方按本合同单价结算，单价中没有的由双方另行协商确定。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即392,800元。
P:（二）全部设备运抵甲方现场并经双方清点签收后，甲方支付合同总价的55%，即1,080,200元。
P:（三）安装调试完成后，甲方支付合同总价的25%，即491,000元。
P:（四）乙方每次收款前应开具增值税专用发票。
H:四、交货与安装调试
P:（一）乙方应于合同生效后七十日内将全部设备运抵甲方厂区，并在甲方检修停产期内完成拆除、安装、接线和程序下装。
P:（二）乙方应按甲方提供的工艺参数完成干燥塔出风温度、塔内负压、浆料流量等回路的整定，以及包装线各规格的称重参数设置。
P:（三）安装调试完成后，乙方向甲方提交调试记录，设备投入生产运行，即视为甲方验收合格。
P:（四）控制系统技术要求：干燥塔出风温度控制偏差不大于±2℃；包装线称重系统按国家计量检定规程检定合格，单包净含量符合定量包装商品计量监督管理规定；控制器冗余切换时生产不中断；监控软件历史数据保存不少于三个月。
P:（五）乙方应在安装前提交详细设计方案、电气图纸、I/O点表和切换方案，经甲方设备部和生产部书面确认后方可实施。安装完成后，乙方应提交竣工图纸、程序备份、设备说明书和合格证、备件清单及操作维护手册，纸质版和电子版各一套。
P:（六）乙方应派驻项目经理和不少于三名工程师常驻现场，施工期间每日向甲方通报进度及次日计划，遇到影响生产的问题应立即报告。
P:（七）乙方应为甲方操作人员和仪表维修人员分别组织培训，培训内容包括系统操作、报警处理、配方切换、常见故障排除及备份恢复，培训结束后进行考核。
H:五、质量保证
P:（一）乙方保证所供设备为原厂全新正品，软件为正版授权，并提供原厂合格证明。
P:（二）质保期为二十四个月，自安装调试完成之日起计算。质保期内因设备或程序本身原因出现的故障，乙方负责免费维修或更换，并免费提供程序修改和软件升级。
P:（三）质保期满后，甲方可委托乙方提供维保服务，年度维保费按设备及软件小计的8%计取，即每年116,160元，质保期满后三个年度内不上调。
H:六、维保服务要求
P:（一）故障分级：一级故障指导致干燥塔或包装线停产的故障；二级故障指单台设备或单个工序异常但不影响整线运行的故障；三级故障指其他一般问题。
P:（二）一级故障乙方应在1小时内远程响应，6小时内到达现场，并在到场后8小时内恢复生产；二级故障2小时内响应，24小时内到场处理；三级故障在3个工作日内处理完毕。
P:（三）乙方响应或到场超过上述时限的，一级故障每超时一小时扣减维保费用800元，二级故障每超时一小时扣减维保费用200元；质保期内发生的，从甲方下一笔应付款中扣减。
P:（四）乙方应在甲方厂区存放常用备件，备件清单作为本合同附件。
P:（五）乙方每季度对控制系统进行一次预防性巡检，检查控制柜散热、接线端子、网络状态及程序备份情况，并提交巡检报告。
H:七、知识产权
P:（一）监控软件的著作权归原厂商所有，乙方保证甲方获得永久使用许可。
P:（二）乙方为本项目编写的PLC程序、组态画面、配方管理程序及其源程序和注释文档，其知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:八、数据安全
P:（一）控制系统中的工艺参数、配方、产量及质量数据均属于甲方所有，乙方不得复制、带离或用于本合同以外的用途。
P:（二）乙方应在控制网与办公网之间部署工业防火墙，关闭不必要的端口和服务，禁止使用未经查杀的移动存储介质；远程维护须经甲方逐次审批并全程录屏。
P:（三）因乙方原因导致甲方数据泄露、控制系统被入侵或生产中断的，乙方应在发现后2小时内通知甲方，配合处置，并赔偿甲方因此遭受的全部损失。
P:（四）乙方应为控制系统建立账户权限分级，工程师站与操作员站分别设置口令，并在交付时将全部口令移交甲方。
H:九、保密
P:乙方对在本项目中获知的甲方配方、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限自本合同生效之日起至相关信息公开之日止。
H:十、分包
P:乙方不得将本合同项下的工作转包。电缆桥架敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十一、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，动火、高处及带电作业须办理作业票。因乙方违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:乙方应对施工人员进行入厂安全教育，施工现场应设置警示标识，每日收工前清理现场。施工中如需临时停电、停汽，乙方应提前一日向甲方提出申请。
H:十二、合同解除
P:（一）乙方严重违反本合同约定，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:（二）甲方无故拒绝接收合格设备或长期拖欠货款的，乙方可书面催告后解除合同。
P:（三）合同解除后，乙方应配合甲方恢复生产线的正常运行，并移交已完成部分的程序和资料。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。设备清单、备件清单及技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：            乙方（盖章）：
P:代表签字：                代表签字：
"""

H758Z03 = """代驾调度及会员管理SaaS服务合同

合同编号：DJ-IT-2026-0058
甲方（客户）：某某出行服务集团有限公司
乙方（服务商）：某某云途软件科技有限公司

甲方在全国40个城市经营连锁代驾业务，为统一订单调度、司机管理和会员运营，甲方拟订阅乙方的代驾调度及会员管理SaaS服务，并由乙方完成实施上线。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方提供代驾调度及会员管理SaaS服务，包括：订单受理与智能派单、司机接单端、司机考勤与服务分管理、计价规则配置、会员等级与储值管理、优惠券与营销活动、客服工单、经营报表。
2. 订阅规模：司机账号不超过9,000个，后台管理账号不超过600个，覆盖甲方目前经营的40个城市。新增城市在上述账号数量内不另行收费。
3. 订阅服务包含乙方对本服务的日常运维、版本升级及7×24小时技术支持，不另收费。
（二）实施服务
1. 乙方负责将甲方现有订单、司机和会员数据迁移至本服务，完成与甲方微信小程序、呼叫中心、支付通道及财务系统的接口对接。
2. 乙方按甲方要求配置各城市的计价规则、派单策略和会员权益，并为甲方城市运营人员提供培训。
3. 实施期为合同生效后七十五日。
4. 乙方应指定项目经理一名，实施期间每周提交进度报告，并在每个城市上线前完成该城市计价规则的核对。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自本服务上线验收合格之日起算，每个服务年度为三百六十五日。
（二）服务期满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期年度的订阅费由乙方按其届时公布的标准价格确定，乙方应在续期前十日通知甲方。

三、服务费用及支付
（一）合同总价为人民币壹佰玖拾玖万肆仟元整（¥1,994,000），其中：
1. 订阅费每个服务年度868,000元，两个服务年度合计1,736,000元；
2. 实施费258,000元（一次性）。
（二）实施费在上线验收合格后十五个工作日内一次性支付。
（三）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（四）乙方收款前应开具增值税专用发票。服务期内订阅单价不作调整。
（五）服务期内甲方司机账号超过约定上限的，超出部分按每账号每月十八元计费，按季度结算，不计入合同总价。

四、上线验收
（一）验收标准：
1. 历史订单、司机和会员数据迁移完整，抽样核对差错为零；
2. 各城市计价规则按甲方确认的配置表逐项测试通过；
3. 在模拟高峰期每分钟3,000单的压力下，派单平均耗时不超过2秒；
4. 与小程序、呼叫中心、支付通道和财务系统的接口联调通过，连续七日对账无差异；
5. 培训完成并提交操作手册。
（二）甲方应在乙方提交验收申请后十个工作日内组织验收，验收合格的签署上线验收单。服务开通或甲方试用均不视为验收合格。
（三）验收不合格的，乙方应在十日内完成整改并重新申请验收；第二次验收仍不合格的，甲方有权解除合同，乙方退还已收取的全部款项。

五、服务水平
（一）服务按月统计的可用率不低于99.95%。
（二）一级故障（派单中断、无法下单或无法计费）乙方应在30分钟内响应，2小时内恢复；二级故障（部分城市或部分功能异常）1小时内响应，8小时内恢复；三级故障在2个工作日内解决。
（三）月可用率每低于约定值0.1个百分点，乙方减免当月对应订阅费的3%；一级故障恢复每超时一小时，减免当月对应订阅费的2%。当月减免合计以当月对应订阅费为限。
（四）乙方应每月向甲方提交服务报告，内容包括可用率、故障统计、工单处理情况和系统容量使用情况。
（五）乙方进行版本升级或计划内维护的，应提前三个工作日通知甲方，并安排在凌晨一时至五时之间进行，单次维护不超过两小时。

六、数据权属与使用
（一）甲方在使用本服务过程中录入、产生的订单、司机、会员及交易数据归甲方所有。
（二）乙方仅为向甲方提供本服务而处理上述数据。但甲方同意，乙方可在去除身份标识后，将上述数据汇总形成的统计数据用于乙方产品优化及代驾行业分析报告，该项使用在合同终止后仍可继续。
（三）合同终止后三十日内，乙方应按甲方要求将全部数据以通用格式导出交付甲方，并在甲方确认后删除其保存的数据。

七、数据安全
（一）本服务部署于中国境内的数据中心，乙方应取得网络安全等级保护第三级备案，对会员手机号、身份证件号、行程轨迹等个人信息实施加密存储和脱敏展示。
（二）乙方应建立访问审批和操作审计机制，后台操作日志保存不少于六个月，每年至少进行两次渗透测试并向甲方提供报告。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，采取处置措施，并按规定向主管部门报告；因乙方原因造成的，乙方赔偿甲方全部损失。
（四）乙方应制定应急预案和数据备份策略，数据每日备份，备份数据保存不少于三十日，每半年进行一次恢复演练。
（五）乙方人员访问甲方生产数据须经甲方授权，乙方应对其人员进行数据安全培训并签署承诺书。

八、保密
双方对在履行本合同中知悉的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
（一）SaaS平台及其底层软件的知识产权归乙方所有。
（二）乙方为甲方专门开发的接口程序、数据迁移脚本及专属报表，其知识产权归甲方所有，乙方应在上线验收时交付源代码，甲方可自由使用、修改及许可他人使用。
（三）乙方保证本服务不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用，甲方因此遭受的损失由乙方赔偿。
（四）乙方为甲方配置的会员等级规则、营销活动模板和计价参数属于甲方的经营资料，乙方不得提供给其他客户。

十、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、违约责任
（一）乙方未能在实施期内通过上线验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方违反第六条、第七条约定的，应承担相应赔偿责任。
（四）因乙方原因导致一级故障持续超过二十四小时的，甲方除享有服务费减免外，还可要求乙方赔偿由此造成的直接损失。

十二、合同解除
（一）任何一方严重违约，经守约方书面催告后二十日内仍未纠正的，守约方有权解除本合同。
（二）甲方因乙方严重违约解除合同的，乙方应退还已收取但未提供服务期间的订阅费。
（三）合同终止后，乙方应继续提供不超过六十日的过渡服务，费用按当期订阅费折算至日计收，确保甲方业务平稳迁移。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

十四、其他
本合同一式四份，双方各执二份，自双方签字盖章之日起生效。服务说明书及实施方案为本合同附件。
合同附件包括：附件一 服务说明书；附件二 实施方案及上线计划；附件三 各城市计价规则配置表；附件四 数据迁移清单。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

H758Z04 = """某某养老服务中心入住管理系统运维服务合同

合同编号：YLZX-YW-2026-004
甲方：某某区颐康养老服务中心（老年公寓）
乙方：某某数智养老科技有限公司

鉴于甲方使用的入住管理系统（含入住评估、床位管理、护理计划、费用结算、家属端小程序及院内呼叫联动模块）已上线运行，为保障系统稳定运行和老人信息安全，甲方委托乙方提供年度运维服务。双方经协商一致，订立本合同。

第一条 服务范围
1. 系统日常巡检：每个工作日上午对应用服务器、数据库、小程序接口和呼叫联动网关进行巡检，每月提交巡检报告。
2. 故障处理：通过电话、微信工作群和工单系统受理甲方报修，排查和修复系统故障，必要时派员到场，故障处理完毕后提交处理记录。
3. 数据维护：每日增量备份、每周全量备份，每季度进行一次恢复演练；按甲方要求进行数据核对和统计。
4. 配置调整：根据甲方收费标准、护理等级或民政部门报表要求的变化，调整系统参数和报表格式。
5. 用户支持：为护理员、前台和财务人员提供电话及现场操作指导，每半年组织一次集中培训。
6. 安全维护：操作系统和数据库补丁更新、漏洞扫描及整改。
7. 应急保障：重大节假日及民政部门检查期间，乙方安排专人值守，确保系统正常运行。
8. 对接协调：协助甲方处理与民政部门养老服务信息平台、长期护理保险结算系统的数据上报和接口问题。
9. 运行评估：服务期满前一个月，乙方对系统运行状况、硬件老化和安全风险进行评估，提出改进建议。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满后如需继续合作，双方另行协商并签订新合同，本合同不自动续期。

第三条 服务费用及支付
1. 本合同服务费总额为人民币叁拾捌万陆仟肆佰元整（¥386,400），含税。服务期内费用固定不变。
2. 服务费按季度结算，每季度服务费96,600元。甲方在每个季度结束且该季度考核完成后十五个工作日内支付该季度服务费。
3. 本合同不设预付款。乙方收款前应开具合规发票。
4. 服务期内甲方新增床位或院区，运维范围相应扩大的，双方另行签订补充协议。

第四条 服务启动
乙方应在服务期开始前完成与原运维单位的交接，包括系统账号、部署文档、备份介质和未结工单的接收，并于2026年3月1日起正式提供服务。
交接期间发现原系统存在缺陷或资料缺失的，乙方应书面报告甲方，并提出处理建议。

第五条 服务水平
1. 系统核心功能（入住评估、护理计划、费用结算、呼叫联动）按月统计的可用率不低于99.95%。
2. 故障分级：一级故障指系统整体不可用、呼叫联动中断或费用结算错误；二级故障指单一模块不可用；三级故障指一般使用问题。
3. 响应和解决时限：一级故障30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日内解决；三级故障2个工作日内解决。夜间及节假日发生的一级故障同样适用上述时限。
4. 乙方未达到上述要求的，一级故障每超时一小时扣减当季服务费1,200元，二级故障每超时一小时扣减当季服务费300元；月可用率每低于约定值0.1个百分点，扣减当季服务费2,000元。
5. 乙方应每月向甲方提交服务月报，内容包括可用率统计、故障及处理情况、工单统计、备份和演练记录。
6. 甲方护理站呼叫联动出现故障时，乙方应首先协助甲方启用人工应急呼叫流程，保障老人安全，再进行排查修复。

第六条 考核与验收
1. 甲方按季度对乙方服务进行考核，考核内容包括：巡检记录完整性、故障响应及解决时限达标情况、备份及恢复演练记录、用户满意度调查（满意率不低于90%）。
2. 服务期满后，乙方提交年度运维总结、系统现状报告和全部运维文档，甲方依据各季度考核结果及上述文件进行年度验收，验收合格的签署验收单。考核或验收不合格的，乙方应限期整改。
3. 季度考核得分低于八十分的，甲方可要求乙方更换驻场工程师。
4. 用户满意度调查由甲方组织，每季度一次，调查对象包括护理员、前台及财务人员。
5. 年度验收合格后，乙方应将年度内新增的全部运维文档整理归档并移交甲方信息管理员。

第七条 数据安全
1. 系统中的老人身份信息、健康评估、护理记录、家属联系方式及费用数据均属于甲方所有，乙方仅可为履行本合同而接触，不得复制、留存或用于其他任何目的。
2. 乙方运维人员应使用甲方分配的个人账号，经堡垒机登录并全程记录操作；批量导出数据须事先取得甲方书面审批。
3. 乙方应按照《个人信息保护法》和等级保护要求做好数据安全防护，敏感字段加密存储。
4. 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括对老人及其家属的赔偿和监管部门的处罚。
5. 服务期满或合同解除后，乙方应将其在服务过程中接触的甲方数据全部交还或删除，并出具书面确认。

第八条 保密
乙方及其人员对在服务过程中知悉的老人隐私、健康信息、甲方经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与驻场人员签订保密承诺书。乙方人员不得拍摄、传播老人影像及居住环境。保密义务在本合同终止后继续有效。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、报表模板、数据核对程序及运维文档，其知识产权归甲方所有，甲方可自由使用和修改，并可提供给后续服务单位使用。
乙方保证其提供的工具和脚本不侵犯第三方的合法权利。

第十条 人员要求
乙方应指派一名驻场工程师，工作日在甲方现场服务；另指定一名项目负责人负责协调。人员更换须提前十日通知甲方并经甲方同意，乙方人员进入护理区域应遵守甲方院感管理规定。
驻场工程师应具备三年以上数据库及应用运维经验；乙方应为驻场人员办理健康证明。

第十一条 分包
乙方不得将本合同项下的服务全部或部分分包、转包给第三方。

第十二条 违约责任
1. 乙方未能按第四条约定按时启动服务的，每延迟一日，按本合同服务费总额的千分之一向甲方支付违约金。
2. 乙方服务连续两个季度考核不合格的，甲方有权解除合同。
3. 甲方逾期支付服务费的，每逾期一日按应付金额的万分之三支付违约金。
4. 乙方驻场人员擅自离岗影响服务的，每人每日扣减服务费500元。
5. 乙方违反第七条、第八条约定的，除承担赔偿责任外，甲方有权解除合同。

第十三条 合同解除
1. 乙方严重违约，经甲方书面通知后十日内未予纠正的，甲方有权书面通知解除本合同，并按实际服务期结算费用。
2. 合同解除或期满时，乙方应在十五日内完成向甲方或甲方指定单位的交接，交还全部账号、文档和数据，不得设置障碍。
3. 甲方逾期支付服务费超过九十日，经乙方书面催告后三十日内仍未支付的，乙方可解除合同。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。

第十五条 其他
本合同一式四份，双方各执二份，自双方签字盖章之日起生效。本合同附件包括：附件一 系统清单及部署架构；附件二 运维服务规范；附件三 季度考核细则。附件与本合同具有同等效力。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

H758Z05 = """# 竹编生产追溯管理软件销售及开发合同

**竹智云科技标准合同文本 ZZY-HT-V3.0**

合同编号：ZZY-2026-XS-0217

甲方（采购方）：某县某某簸箕竹编工艺品厂

乙方（供应方）：某某竹智云科技有限公司

甲方因生产管理需要，向乙方采购“竹智云”竹制品生产追溯管理软件，并委托乙方根据甲方剖篾、编织工艺进行定制开发。双方本着平等自愿原则，经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“竹智云”生产追溯管理软件V3（以下简称“软件”）的使用许可，包括原竹入库、破竹剖篾、蒸煮防霉、编织工序报工、成品质检、包装出库及批次追溯模块。

1.2 乙方根据甲方需求进行定制开发，包括：篾片规格与等级管理、编织工人计件工资核算、簸箕及竹筛产品的工艺卡片、外协编织户派工与回收登记、出口批次追溯码及客户查询页面。

1.3 乙方负责软件部署、基础数据初始化及甲方人员培训。

1.4 软件许可不含操作系统、数据库、服务器、扫码枪及标签打印机等第三方产品，由甲方自行采购，乙方提供配置建议。

1.5 乙方为甲方提供两次集中培训，培训对象为甲方车间主任、质检员和系统管理员，培训地点在甲方厂区。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（永久许可，60个并发用户） | 960,000 |
| 2 | 定制开发费 | 218,000 |
| 3 | 部署实施及培训费 | 82,000 |
| | 合计 | 1,260,000 |

合同总价为人民币壹佰贰拾陆万元整（¥1,260,000），含增值税。

上述价格不含差旅费；乙方人员到甲方现场服务超过二十人日的，超出部分差旅费由甲方按实报销。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即819,000元。

3.2 软件上线运行后五个工作日内，甲方支付合同总价的25%，即315,000元。

3.3 软件验收合格后十个工作日内，甲方支付合同总价的10%，即126,000元。

3.4 甲方逾期付款的，乙方有权暂停开发、实施及技术服务，工期相应顺延，并按逾期金额每日千分之一收取滞纳金。

## 第四条 开发与交付

4.1 乙方在收到甲方预付款且甲方提供完整需求资料后开始开发工作，预计在九十个工作日内完成部署上线。

4.2 甲方应指定专人配合需求调研，及时确认需求说明书。需求确认后甲方提出变更的，乙方有权另行收费并相应延长工期。

4.3 因甲方车间网络、电脑终端、扫码设备等条件不具备造成的延误，乙方不承担责任。

4.4 乙方在开发过程中每两周向甲方演示阶段成果，甲方应在三个工作日内提出意见。

4.5 乙方负责导入甲方提供的基础数据，包括篾片规格、产品型号、工人名单及外协编织户信息；数据的准确性由甲方负责。

## 第五条 验收

5.1 软件上线运行满三十日后，甲方应按以下标准组织验收：需求说明书所列功能全部可用；从原竹入库到成品出库的任一批次可在10秒内完成正反向追溯；计件工资核算结果与甲方手工台账抽样核对一致；30台车间终端同时报工时系统运行正常。

5.2 甲方在乙方提交验收申请后十个工作日内未组织验收且未提出书面异议的，乙方可催告一次；验收合格后双方签署验收单。

5.3 验收不合格的，乙方应在三十日内修改完善后再次提交验收。

5.4 甲方在验收前将软件用于正式生产的，乙方有权要求甲方按进度支付上线款项。

## 第六条 知识产权

6.1 软件及其相关文档的知识产权归乙方所有。

6.2 乙方根据甲方需求进行定制开发所形成的程序、源代码、数据库设计、工艺卡片模板及相关文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

6.3 乙方有权将定制开发成果整合进其标准产品，向其他客户提供。

## 第七条 售后服务

7.1 免费维护期为三个月，自软件上线运行之日起计算。免费维护期内，乙方对软件缺陷提供免费修复。

7.2 免费维护期满后，甲方如需继续获得乙方的维护服务，应与乙方签订年度维护协议，年度维护费为软件许可费的22%，即每年211,200元。

7.3 维护服务期间，甲方发生一级故障（软件无法登录或报工、追溯功能整体不可用）的，乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在乙方排期后处理。

7.4 乙方提供工作日电话及远程支持，现场服务须另行收取差旅费用。

7.5 免费维护期满后，软件新版本仅向签订年度维护协议的客户提供。

7.6 因甲方擅自修改软件、操作不当或硬件故障导致的问题，不属于维护范围，乙方可另行收费处理。

## 第八条 数据

8.1 甲方在软件中录入和产生的生产、工人、客户及订单数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。

8.2 软件部署于甲方服务器。乙方远程维护须经甲方同意并使用甲方提供的账号，乙方应对维护人员的操作进行记录，不得拷贝甲方数据。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并承担相应赔偿责任。

8.4 甲方应自行负责服务器的日常备份，乙方对因甲方未备份造成的数据丢失不承担责任。

8.5 合同终止后，乙方应按甲方要求协助导出甲方数据，导出服务按乙方人天单价另行计费。

## 第九条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露，但法律规定或政府部门要求披露的除外。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 因乙方原因未能按期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

10.4 甲方未按约定配合需求调研或确认导致工期延误的，乙方不承担逾期责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，乙方已收取的款项不予退还。

11.3 合同解除后，甲方应立即停止使用定制开发成果，并删除相关程序。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。因网络攻击、电力中断、政府行为等原因造成的服务中断，视为不可抗力。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.3 本合同附件包括：需求说明书、报价单及培训计划，附件与本合同具有同等效力。

14.4 甲方签署本合同即视为已阅读并理解本合同全部条款，特别是第六条、第七条及第十条。

甲方（盖章）：                乙方（盖章）：

签订日期：                    签订日期：
"""

H758E01 = """T:Software Licence and Services Agreement
P:Agreement No. ESK-FS-2026-011
P:This Agreement is made between Foshan Huarun Ceramic Tile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong Province (the "Buyer"), and Eastern Slope Kilnworks Software Limited, a company incorporated in the Republic of Ghana with its principal office in Koforidua, Eastern Region (the "Supplier").
P:The Buyer operates four tile production lines and wishes to replace its paper-based kiln records and quality inspection logs with a single system. The Supplier develops and licenses the KilnTrace quality and kiln management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the KilnTrace software, release 5.2, in object code, with its standard documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, scripts and documents prepared by the Supplier specifically for the Buyer under this Agreement, including the interfaces to the Buyer's ERP and laboratory instruments.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Licensed Software by or for the Buyer, including kiln temperature curves, batch records, defect images and inspection results.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the system meets the acceptance criteria.
H:Article 2 Scope
P:2.1 The Supplier shall grant the licence in Article 3 and shall perform the following services: configuration of the Licensed Software for four production lines; development of interfaces to the Buyer's ERP system and to twelve laboratory instruments; migration of inspection records for the past three years; training of key users and administrators; and project management.
P:2.2 Services shall be performed remotely from the Supplier's office and, for installation, testing and training, at the Buyer's plant in Foshan. The Supplier's staff at the plant shall follow the Buyer's site safety rules.
H:Article 3 Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software for its own business on up to 150 named users and on servers located in the People's Republic of China.
P:3.2 The Buyer may make copies of the Licensed Software for backup, testing and disaster recovery. The licence may be transferred to an affiliate of the Buyer on written notice to the Supplier.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 1,486,000 (one million four hundred and eighty-six thousand yuan), including all taxes, travel and expenses. The price is fixed.
P:4.2 The price consists of: licence fee CNY 842,000; configuration and interfaces CNY 386,000; data migration CNY 148,000; training CNY 52,000; project management CNY 58,000.
H:Article 5 Payment
P:5.1 The Buyer shall pay 10% of the total price (CNY 148,600) within twenty business days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 55% of the total price (CNY 817,300) within twenty business days after the Supplier has completed installation and configuration on all four lines and the parties have signed an installation record. The installation record is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the total price (CNY 520,100) within twenty business days after Final Acceptance.
P:5.4 Payments shall be made in CNY by bank transfer to the account stated in the Supplier's invoice. Each party bears its own bank charges.
H:Article 6 Delivery and Acceptance
P:6.1 The Supplier shall complete installation and configuration within ninety days after signature and shall request Final Acceptance testing no later than one hundred and fifty days after signature.
P:6.2 Acceptance criteria: (a) every function in the agreed specification passes the test scripts approved by the Buyer; (b) kiln temperature readings are captured from all four lines at intervals of no more than ten seconds; (c) the ERP interface posts batch results without error for twenty consecutive production days; (d) migrated records reconcile with the source logs on a sample chosen by the Buyer; (e) the system runs for thirty days without a Severity 1 incident.
P:6.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within ten business days. Go-live, productive use of the system or any payment does not amount to acceptance. If the criteria are not met, the Supplier shall correct the defects at its own cost and repeat the tests.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Licensed Software and the Custom Deliverables will conform to the specification for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct all defects and provide updates and support free of charge.
P:7.2 Severity levels: Severity 1 means that kiln data capture or batch release is stopped on any line; Severity 2 means that a major function is impaired but production can continue; Severity 3 means any other problem.
P:7.3 Response times: the Supplier shall respond to a Severity 1 incident within one hour, around the clock, through its remote support desk, and shall provide a workaround within eight hours; Severity 2 within three hours during business days with a fix within three business days; Severity 3 within two business days.
P:7.4 If the Supplier misses a Severity 1 response or workaround time, it shall credit the Buyer CNY 1,000 for each hour or part of an hour of delay; for Severity 2 the credit is CNY 300 per hour. Credits are deducted from the next payment or paid within thirty days.
P:7.5 After the Warranty Period, the Buyer may order annual support for the same scope. The annual support fee shall not exceed 11% of the licence fee (CNY 92,620 per year) for the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Supplier retains all intellectual property in the Licensed Software as it existed before this Agreement.
P:8.2 All intellectual property in the Custom Deliverables belongs to the Buyer from creation. The Supplier shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license them to others without restriction.
P:8.3 The Supplier shall defend and indemnify the Buyer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:9.2 The system is hosted on the Buyer's servers in Foshan. The Supplier may access it remotely only through the Buyer's VPN with multi-factor authentication, with each session approved in advance and logged. No Buyer Data may be transferred outside the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer within six hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall assist in containing it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's glaze recipes, firing curves, production volumes and prices, and shall use it only for this Agreement. The obligation survives termination for three years.
H:Article 11 Delay
P:11.1 If the Supplier fails to request Final Acceptance testing by the date in Article 6.1 for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to death or personal injury, fraud, wilful misconduct, infringement claims or breach of Article 9.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if liquidated damages under Article 11 reach their maximum. The Supplier shall then refund the amounts paid for work not accepted.
P:14.2 The Supplier may terminate this Agreement if the Buyer fails to pay an undisputed amount within sixty days after a written reminder.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Ghana.
P:15.2 Any dispute arising out of this Agreement shall be settled by arbitration in Accra under the Ghana Alternative Dispute Resolution Act, before a sole arbitrator. The language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement is written in English. Notices shall be in writing and sent by courier or email to the addresses stated below.
P:16.2 This Agreement takes effect on signature by both parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________  For the Supplier: ____________________
"""

H758E02 = """# Order Form and General Terms - PantryLedger Subscription

Order Form No. BNS-OF-2026-0093

**Provider:** Bono North Systems Limited, a company registered in the Republic of Ghana, with its principal office in Techiman, Bono East Region.

**Customer:** Chengdu Laoma Hotpot Catering Management Co., Ltd., a company registered in the People's Republic of China, with its registered office in Chengdu, Sichuan Province.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Service

PantryLedger, Provider's online service for restaurant inventory, purchasing, recipe costing and central-kitchen dispatch, Enterprise edition, for 180 of Customer's restaurants and its central kitchen in Chengdu. The service includes the mobile stock-count application, supplier price lists, recipe and menu costing, waste logging, dispatch notes between the central kitchen and the restaurants, and the Analytics module.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date on which Customer signs the Onboarding Acceptance certificate under B3. Each Subscription Year lasts 365 days. The Agreement ends at the end of the second Subscription Year. Any further term requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Basis | Quantity | Amount (CNY) |
|---|---|---|---|
| Enterprise subscription | per restaurant per Subscription Year | 180 x 2 years | 774,000 |
| Analytics module | per Subscription Year | 2 years | 92,000 |
| Onboarding (one-time) | fixed | 1 | 94,000 |
| Training (one-time) | fixed | 1 | 18,000 |
| **Total Contract Value** | | | **978,000** |

The subscription price is CNY 2,150 per restaurant per Subscription Year. The Analytics module is CNY 46,000 per Subscription Year. Fees are in CNY and include Chinese VAT. Unit prices are fixed for the Subscription Term. Additional restaurants may be added at the same unit price, pro rata for the remaining part of the Subscription Year.

### A4. Invoicing and Payment

(a) Onboarding and training fees are invoiced after Customer signs the Onboarding Acceptance certificate and are payable within thirty days of invoice.

(b) The subscription and Analytics fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within thirty days of invoice.

(c) No amount is payable before the Service Start Date.

### A5. Onboarding Plan

Provider shall complete onboarding within sixty days after signature of this Order Form. Onboarding consists of: loading Customer's item master of about 4,600 ingredients and packaging items; importing recipes for the current menu; setting up 180 restaurants, the central kitchen and three regional warehouses; connecting the service to Customer's point-of-sale system and to its finance system for supplier invoices; and training store managers and central-kitchen staff.

Customer shall provide the item master, recipes and interface access within ten days after signature. Delays on Customer's side extend the onboarding period by the same number of days.

### A6. Contacts and Signatures

Provider contact: Ama Owusu, Customer Success Manager. Customer contact: Li Jun, Supply Chain Director. Signed for Provider: ______________ Signed for Customer: ______________ Date: ______________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and images that Customer or its users enter into or upload to the service, and all reports generated from them.

1.2 "Customer Configurations" means the recipe structures, costing rules, report layouts, interface mappings and workflows set up for Customer during onboarding or afterwards at Customer's request.

1.3 "Users" means Customer's employees and contractors whom Customer authorises to use the service.

### 2. Provision of the Service

2.1 Provider shall make the service available to Customer's Users during the Subscription Term in accordance with the documentation. Provider may improve the service from time to time, provided that it does not materially reduce its functions.

2.2 Provider will use commercially reasonable efforts to keep the service available and to carry out planned maintenance outside Customer's trading hours where practicable. Provider gives no commitment on availability levels, response times or resolution times.

2.3 Support is provided by email and through the in-app help centre on Ghana business days. Provider will try to answer support requests promptly, taking account of their urgency, but gives no guaranteed response time for any category of incident.

### 3. Onboarding and Acceptance

3.1 Provider shall perform onboarding as set out in A5.

3.2 Acceptance criteria: (a) all items, recipes, restaurants and warehouses are loaded and agree with the master lists supplied by Customer; (b) the point-of-sale interface transfers daily sales for all restaurants for ten consecutive trading days without failure; (c) recipe costs for a sample of fifty dishes chosen by Customer match Customer's own calculation; (d) supplier invoices pass to the finance system correctly for two consecutive weeks; (e) training is completed for all store managers.

3.3 When the criteria are met Customer shall sign an Onboarding Acceptance certificate within seven business days, or give written reasons for refusing. Log-in credentials being issued, or Customer using the service for testing, is not acceptance.

3.4 If onboarding is not accepted within sixty days after signature of the Order Form for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 49,000.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the service to Customer under this Agreement and shall not sell, share, analyse for its own purposes or otherwise use it.

4.2 At any time during the Subscription Term, and for sixty days after it ends, Customer may export all Customer Data in standard formats. Provider shall delete Customer Data within thirty days after the export period and confirm deletion in writing.

### 5. Data Security

5.1 The service is hosted in a data centre in mainland China operated by a hosting provider holding a valid MLPS level 3 filing. Customer Data shall not be stored or accessed outside mainland China.

5.2 Provider shall encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least one hundred and eighty days, and back up Customer Data daily.

5.3 Provider shall notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it, and shall compensate Customer for losses caused by Provider's failure to comply with this clause.

### 6. Intellectual Property

6.1 Provider owns the service, the software and the documentation. Customer receives a right to use them during the Subscription Term.

6.2 Customer Configurations belong to Customer. Customer may use, copy, modify and give them to third parties, including another service provider, without restriction. Provider shall hand them over in a documented, reusable format on request and at the end of the Subscription Term.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including Customer's recipes, supplier prices and sales figures, and shall use it only for this Agreement. This obligation lasts during the Subscription Term and for three years after it.

### 8. Subcontractors

8.1 Provider may use subcontractors, including its hosting provider and implementation partners in China, to perform any part of the service or onboarding. Provider shall inform Customer in writing of each subcontractor before it starts work. Provider remains responsible for its subcontractors.

### 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of clause 4, 5 or 7, personal injury or wilful misconduct.

9.2 Neither party is liable for lost profits or indirect losses, except under the exclusions in 9.1.

### 10. Term and Termination

10.1 This Agreement runs until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after being notified in writing. If Customer terminates under this clause, Provider shall refund the prepaid fees for the remainder of the Subscription Year.

10.3 On termination or expiry, clause 4.2 applies.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate.

12.2 Notices shall be sent by email to the contacts in A6 and confirmed by courier.

12.3 Provider shall comply with applicable export control and anti-bribery laws in performing this Agreement.

12.4 If any provision is held invalid, the remaining provisions continue in force.

12.5 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public networks, provided that it notifies the other party promptly and resumes performance as soon as possible.
"""

H758E03 = """T:Supply Contract for Condition Monitoring Sensors and Software Licence
P:Contract No. WHC-EQ-2026-0218
P:Buyer: Wuhu Conch Ridge Cement Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wuhu, Anhui Province (the "Buyer").
P:Supplier: Tarkwa Reliability Instruments Limited, a company incorporated in the Republic of Ghana, with its principal office in Tarkwa, Western Region (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the condition of the kilns, raw mills, cement mills, fans and conveyors at its Wuhu plant with wireless vibration and temperature sensors and a condition monitoring software platform, and the Supplier has offered to supply, install and commission them.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in clause 3.
P:1.2 "Licensed Software" means the Supplier's VibraSense condition monitoring software, with its analytics engine, mobile application and documentation.
P:1.3 "Custom Work" means the asset hierarchy, alarm rules, analytics models, dashboards and interfaces prepared for the Buyer, including the interface to the Buyer's maintenance management system.
P:1.4 "Buyer Data" means all measurements, alarms, reports and asset information collected or generated by the Equipment and the Licensed Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Buyer's plant, install, configure and commission the Equipment and the Licensed Software, prepare the Custom Work, and train the Buyer's maintenance engineers, so that 240 measuring points on critical rotating equipment are monitored continuously.
P:2.2 Mounting brackets, cabling within the plant, network configuration and integration with the plant historian are included in the price. The Buyer shall provide power supply points, network access and escorted access to the plant.
P:2.3 Training covers the use of the Licensed Software, sensor installation and battery replacement, alarm handling and basic vibration analysis, for at least sixteen maintenance engineers in two sessions at the plant, with course material in Chinese.
H:3. Price
P:3.1 The total Contract Price is CNY 1,720,000, inclusive of taxes, duties, packing, freight to the plant, insurance and all services. The price is fixed and is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,150|756,000
TB:2|Wireless gateway with mounting kit|24|9,750|234,000
TB:3|Edge server, redundant pair|2|62,000|124,000
TB:4|VibraSense licence, perpetual, plant-wide|1|318,000|318,000
TB:|Equipment and Licence Subtotal|||1,432,000
TB:5|Installation and cabling|1|168,000|168,000
TB:6|Configuration, Custom Work and commissioning|1|94,000|94,000
TB:7|Training|1|26,000|26,000
TB:|Contract Price|||1,720,000
H:4. Payment
P:4.1 20% of the Contract Price (CNY 344,000) within thirty days after signature, against an advance payment guarantee issued by a bank in mainland China.
P:4.2 45% of the Contract Price (CNY 774,000) within thirty days after delivery of all Equipment to the plant, confirmed by a signed delivery note. Signature of the delivery note confirms quantities only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 602,000) within thirty days after Final Acceptance under clause 6.
P:4.4 The Buyer pays in CNY by bank transfer against a valid VAT invoice issued through the Supplier's Chinese agent.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the plant within seventy days after signature and complete installation and commissioning within forty-five days after delivery. Installation on running equipment shall be coordinated with the Buyer's production schedule and shall not require unplanned stops.
P:5.2 The Supplier's personnel shall hold the safety training required by the Buyer and shall follow the Buyer's permit-to-work system.
P:5.3 The Supplier bears the risk of loss of the Equipment until delivery to the plant. Title passes to the Buyer on delivery.
H:6. Acceptance
P:6.1 Final Acceptance testing starts after commissioning. The acceptance criteria are: (a) all 240 measuring points transmit data with a packet loss rate below 1% over a period of fourteen days; (b) vibration readings agree with the Buyer's reference portable analyser within the tolerance stated in the technical specification; (c) alarms reach the control room and the mobile application within ten seconds; (d) the interface creates work orders in the maintenance management system correctly for all test cases; (e) all documentation and training records are delivered.
P:6.2 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within ten business days. Installation, commissioning, use of the system or any payment is not acceptance. If the criteria are not met, the Supplier shall remedy the defects at its cost and the tests shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment, the Licensed Software and the Custom Work for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, correct software defects, and supply all software updates, free of charge.
P:7.2 Incident priorities: Priority 1 means loss of monitoring for a kiln or mill, or failure of both edge servers; Priority 2 means loss of monitoring for individual measuring points; Priority 3 means any other problem.
P:7.3 The Supplier shall respond to a Priority 1 incident within one hour by telephone or remote connection and restore monitoring within twenty-four hours; Priority 2 within two hours, restored within three business days; Priority 3 within two business days.
P:7.4 For each hour by which a Priority 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800; for Priority 2, CNY 200 per hour. The Buyer may deduct these amounts from any payment due.
P:7.5 The Supplier shall keep a stock of spare sensors and one spare gateway at the plant during the Warranty Period.
H:8. Post-Warranty Support
P:8.1 After the Warranty Period, the Buyer may order annual support covering the same services as clause 7. The annual support fee is 8% of the Equipment and Licence Subtotal, that is CNY 114,560 per year, and shall not increase during the first three years after the Warranty Period.
P:8.2 Each year of support is ordered by a separate purchase order. There is no automatic renewal.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Licensed Software and grants the Buyer a perpetual, irrevocable licence to use it at the Wuhu plant.
P:9.2 The Custom Work belongs to the Buyer. The Supplier shall deliver it in editable form with its source files. The Buyer may use, modify and license it to third parties freely.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not keep, copy or use it for any other purpose, including product development.
P:10.2 The edge servers are installed in the Buyer's server room and are connected only to the plant network. Remote access by the Supplier requires prior approval for each session, uses the Buyer's VPN and bastion host and is recorded.
P:10.3 The Supplier shall notify the Buyer within two hours of any security incident affecting the Equipment, the Licensed Software or Buyer Data that it becomes aware of, shall assist in the response, and shall be liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production data and prices obtained under this Contract and shall not disclose it to third parties without the Buyer's prior written consent. This obligation survives termination.
H:12. Delay
P:12.1 If the Supplier fails to deliver the Equipment or complete commissioning by the dates in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 10 and 11.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors work under the Supplier's responsibility.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for work not accepted and take back the Equipment concerned.
P:15.2 Either party may terminate if a force majeure event prevents performance for more than ninety days.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu.
H:17. General
P:17.1 This Contract is written in English and Chinese; both versions are equally valid. It takes effect on signature by both parties.
P:17.2 Neither party may assign this Contract without the other party's written consent.
P:17.3 The Technical Specification (Annex 1), the Installation Plan (Annex 2) and the Acceptance Test Procedure (Annex 3) form part of this Contract. If they conflict with these terms, these terms prevail.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H758E04 = """# Managed IT Services Agreement

Agreement No. AGS-MSA-2026-027

**Customer:** Shaoxing Jinlun Textile Printing and Dyeing Co., Ltd., a company incorporated in the People's Republic of China, registered office in Keqiao District, Shaoxing, Zhejiang Province.

**Provider:** Ashanti Gold Service Desk Limited, a company incorporated in the Republic of Ghana, principal office in Obuasi, Ashanti Region, acting in China through its appointed service centre in Hangzhou.

Customer runs three dyeing and printing plants and a head office with about 1,400 IT users. Customer wishes to outsource its service desk, end-user support and network operations. Provider has offered to perform these services for a fixed monthly charge. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that transition is complete under Section 4.

1.3 "Service Levels" means the service levels in Schedule 2.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider accesses, receives or processes in performing the Services, including user accounts, device inventories, tickets and network logs.

1.5 "Service Credits" means the amounts calculated under Schedule 2.

## Section 2 Term

2.1 This Agreement starts on signature. The Services are provided for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3 Services

3.1 Provider shall perform the Services in accordance with Schedule 1, the Service Levels and good industry practice, using suitably qualified personnel.

3.2 Provider shall staff the service desk in Chinese and English from 07:00 to 23:00 every day, with an on-call engineer at other times, and shall keep two on-site engineers at the Keqiao plant and one at each other site during working hours.

3.3 Provider shall use the IT service management tool licensed by Customer and shall record every incident, request and change in it.

3.4 Provider shall propose improvements to reduce recurring incidents at each quarterly review, with an estimate of the effort and the expected benefit, and shall carry out the improvements that Customer approves.

## Section 4 Transition

4.1 Provider shall carry out the transition set out in Schedule 1 within seventy-five days after signature: knowledge transfer from Customer's current staff, documentation of all sites, devices and network equipment, set-up of monitoring, and a two-week parallel run.

4.2 Transition is complete when: (a) all devices and network equipment are recorded in the configuration database and reconciled with Customer's asset list; (b) monitoring covers all switches, firewalls, wireless controllers and servers in Schedule 1; (c) Provider has handled all tickets during the parallel run within the Service Levels; (d) the operations manual and knowledge articles are approved by Customer. Customer shall confirm completion in writing within five business days, or state what is missing.

4.3 If transition is not complete within seventy-five days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## Section 5 Charges and Payment

5.1 The charges are set out in Schedule 3. The total value of this Agreement is CNY 2,230,000, consisting of the one-time transition charge and thirty-six monthly service charges. Charges are fixed for the Service Term and include VAT.

5.2 The transition charge is invoiced after the Service Commencement Date. Monthly service charges are invoiced monthly in arrears. Customer shall pay each correct invoice within thirty days.

5.3 Service Credits are deducted from the invoice for the month after the month in which they arise.

## Section 6 Service Levels

6.1 Provider shall meet the Service Levels in Schedule 2 and report its performance to Customer every month in a written report and a monthly review meeting.

6.2 If Provider fails a Service Level, it shall give Customer the Service Credit in Schedule 2 and a corrective action plan within ten business days.

## Section 7 Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process it only to perform the Services, on Customer's instructions, and shall not copy, retain or use it for any other purpose.

7.2 Provider shall access Customer's systems only through the bastion host provided by Customer, using individual named accounts with multi-factor authentication. Privileged actions are recorded and reviewed monthly. Customer Data shall not leave mainland China.

7.3 Provider shall apply Customer's information security policies, keep its personnel trained on them, and comply with the Personal Information Protection Law and the Data Security Law.

7.4 Provider shall report any security incident affecting Customer Data or Customer's systems within one hour after becoming aware of it, shall take the containment steps Customer requires, and shall be liable for losses caused by its breach of this Section.

## Section 8 Intellectual Property

8.1 Knowledge articles, runbooks, scripts, network diagrams and reports created by Provider for Customer belong to Customer. Customer may use, modify and give them to any later service provider.

8.2 Provider's own tools and methods remain Provider's property.

## Section 9 Personnel and Subcontracting

9.1 Provider shall name a service delivery manager who shall be Customer's single point of contact. Key personnel may be replaced only with Customer's prior approval.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors.

## Section 10 Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total value stated in Section 5.1, except for personal injury, wilful misconduct and breach of Section 7, which are not limited.

10.2 Service Credits are Customer's sole financial remedy for failure to meet a Service Level, without prejudice to Section 7.

## Section 11 Ending of the Agreement

11.1 Provider may end this Agreement by written notice if Customer fails to pay undisputed charges for more than sixty days after a written reminder.

11.2 Either party may end this Agreement if a force majeure event prevents performance for more than ninety consecutive days.

11.3 On expiry or ending of this Agreement, Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, return all Customer Data and documentation, and delete any copies.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 13 General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 Provider shall carry professional liability and employer's liability insurance with reputable insurers and show evidence on request.

13.4 Notices shall be in writing and sent to the service delivery manager and to Customer's IT director.

## Schedule 1 - Scope of Services

| Service | Description | Sites |
|---|---|---|
| Service desk | Single point of contact by telephone, chat and email; logging, triage and first-line resolution | All |
| End-user support | Desktop, laptop, printer and mobile device support; installations, moves and changes | Head office and three plants |
| Network operations | Monitoring of 212 switches, 18 firewalls and 164 wireless access points; configuration changes; firmware updates | All |
| Server monitoring | Monitoring of 46 physical and virtual servers; backup checks | Head office data room |
| Asset management | Configuration database, device life-cycle records, monthly reconciliation | All |
| Transition | Knowledge transfer, documentation, monitoring set-up, parallel run | All |

## Schedule 2 - Service Levels and Service Credits

| Measure | Target | Service Credit |
|---|---|---|
| Priority 1 incident (plant network down, production systems unreachable) - response | 15 minutes, every hour of the day | CNY 1,500 per hour late |
| Priority 1 incident - restoration | 3 hours | CNY 3,000 per hour late |
| Priority 2 incident (one building or department affected) - response | 1 hour | CNY 500 per hour late |
| Priority 3 incident (single user) - resolution | next business day | 0.5% of monthly charge per point below 95% of tickets met |
| Service desk calls answered within 30 seconds | 90% of calls per month | 1% of monthly charge |
| Customer satisfaction survey | average of 4.2 out of 5 or better | 1% of monthly charge |

Service Credits in any month shall not exceed 20% of that month's service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Service Commencement Date | 124,000 |
| Monthly service charge | per month, thirty-six months | 58,500 |
| Total monthly service charges | 36 x 58,500 | 2,106,000 |
| **Total value of the Agreement** | | **2,230,000** |
| Additional work and exit assistance | per engineer day | 2,800 |
"""

H758E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CCI-API-2026-0064

PARTIES

This Agreement is made between:

(1) Suzhou Heyue Cocoa Food Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Suzhou Industrial Park, Jiangsu Province ("Customer"); and

(2) Cape Coast Intelligence Data Services Limited, a company incorporated in the Republic of Ghana, with its principal office in Winneba, Central Region ("Provider").

BACKGROUND

Customer buys cocoa beans and cocoa products from West Africa for its chocolate factories in Suzhou. Provider compiles market prices, port arrivals, grading results, weather observations and satellite crop-condition indices for cocoa-growing districts and makes them available through a data portal and an application programming interface (API). Customer wishes to subscribe to these data for its purchasing and risk teams and to feed them into its own planning systems.

1. DEFINITIONS

1.1 "Data Products" means the data sets listed in clause 2.2, as updated by Provider from time to time.

1.2 "API" means Provider's REST interface through which Customer's systems retrieve the Data Products.

1.3 "Subscription Year" means a period of 365 days, the first starting on the Go-Live Date.

1.4 "Go-Live Date" means the date on which Customer confirms acceptance under clause 5.

1.5 "Customer Materials" means the farm, cooperative and supplier locations, contract volumes, query parameters and other information that Customer uploads to the portal or sends through the API.

1.6 "Custom Outputs" means the custom dashboards, alert rules and report templates that Provider builds for Customer under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years, a non-exclusive, non-transferable right to access and use the Data Products through the portal and the API for Customer's internal business purposes, including use in Customer's planning, purchasing and risk systems and in reports to Customer's management.

2.2 The Data Products are: (a) daily farm-gate and port prices for cocoa in Ghana and Cote d'Ivoire; (b) weekly port arrivals and grading statistics; (c) daily weather observations and ten-day forecasts for sixty growing districts; (d) fortnightly satellite crop-condition indices for the same districts; (e) monthly supply outlook reports.

2.3 The subscription covers up to forty named portal users and up to two million API calls per Subscription Year. Customer may not resell the Data Products or make them available to third parties, except to its affiliates and professional advisers for Customer's own purposes.

2.4 Provider shall give at least thirty days' notice of any change to the API format and shall keep the previous version of the API running for at least ninety days after a new version is released.

3. FEES AND PAYMENT

3.1 The total value of this Agreement is CNY 992,000, consisting of the subscription fee of CNY 468,000 for each of the two Subscription Years (CNY 936,000 in total) and a one-time set-up fee of CNY 56,000 for integration and Custom Outputs.

3.2 The set-up fee is invoiced on the Go-Live Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer shall pay each invoice within thirty days.

3.3 Fees are stated in CNY, include all taxes payable in China, and are fixed for both Subscription Years. API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

4. SET-UP AND INTEGRATION

4.1 Within forty-five days after signature, Provider shall: issue API credentials; deliver the API documentation in English and Chinese; support Customer's IT team in connecting the API to Customer's data warehouse; build three custom dashboards for the purchasing team; configure price and weather alert rules for Customer's sourcing districts; and train Customer's users.

4.2 If Provider has not completed set-up within forty-five days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 30,000.

5. ACCEPTANCE

5.1 Acceptance criteria: (a) the API returns every Data Product in the documented format for ten consecutive business days; (b) prices and arrivals for a sample of twenty days chosen by Customer agree with the published sources named in the documentation; (c) the three custom dashboards and the alert rules work as specified; (d) training is completed.

5.2 Customer shall confirm acceptance in writing within five business days after the criteria are met. The issue of credentials or Customer's use of trial data is not acceptance.

6. SERVICE LEVELS

6.1 Provider shall keep the API and the portal available at least 99.95% of each calendar month, excluding planned maintenance notified forty-eight hours in advance and carried out at weekends.

6.2 Data Products shall be published by the times stated in the documentation. A delay of more than six hours is a data delay.

6.3 Incident levels: Priority 1 means the API is unavailable or returns wrong data for all users; Priority 2 means one Data Product is unavailable or late; Priority 3 means any other problem. Provider shall respond to Priority 1 incidents within one hour at any time of day, and restore the service within six hours; Priority 2 within two hours, restored within one business day; Priority 3 within two business days.

6.4 Service credits: for each 0.1 percentage point below the availability level, 3% of the monthly portion of the subscription fee; for each hour by which a Priority 1 restoration time is exceeded, CNY 800; for each data delay, CNY 300. Credits are set off against the next invoice. Credits in a month shall not exceed the monthly portion of the subscription fee.

7. CUSTOMER MATERIALS

7.1 Customer Materials belong to Customer. Provider shall use Customer Materials only to provide the Data Products and the Custom Outputs to Customer, and shall not use them for its own analysis, its data products or any other customer.

7.2 At the end of this Agreement Provider shall return Customer Materials in a standard format and delete its copies within thirty days.

8. INTELLECTUAL PROPERTY

8.1 Provider and its data sources own the Data Products. Customer may keep and continue to use Data Products downloaded during the term for its internal historical records after the term ends.

8.2 Custom Outputs belong to Customer. Provider shall deliver them with their definitions and code, and Customer may use, modify and have them maintained by third parties without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's sourcing districts, volumes and purchase prices, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

9.2 This clause does not apply to information that is public, that the recipient already had lawfully, or that must be disclosed by law, provided the other party is informed where permitted.

10. LIABILITY

10.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by Customer in the nine months before the event giving rise to the claim.

10.2 Neither party is liable for lost profits, trading losses or indirect losses. Customer is responsible for its own trading and purchasing decisions made with the Data Products.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the provision of the API, the portal or the set-up services without Customer's prior written consent. Data sources that Provider licenses data from are not subcontractors.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement with fees agreed by both parties.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach, including repeated failure of the service levels in three consecutive months, and does not remedy it within twenty days after written notice. Provider shall then refund the unused part of the subscription fee paid in advance.

12.3 Provider may terminate this Agreement if Customer fails to pay an undisputed invoice within sixty days after a written reminder, or uses the Data Products in breach of clause 2.3.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

14. GENERAL

14.1 Notices shall be in writing in English or Chinese and sent by email with confirmation by courier to the addresses of the parties above.

14.2 This Agreement is signed in two originals, one for each party, and takes effect on signature.

14.3 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the relevant business.

14.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly.

14.5 If any provision of this Agreement is held invalid, the rest of the Agreement remains in force.

SIGNATURES

For Customer: ______________________   Date: ____________

For Provider: ______________________   Date: ____________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, source, kind)
    "h758z01": ("h758z01_market_regulator_ebike_charging_platform.pdf", H758Z01, "pdf"),
    "h758z02": ("h758z02_detergent_plant_spray_drying_control_retrofit.docx", H758Z02, "docx"),
    "h758z03": ("h758z03_chauffeur_chain_dispatch_membership_saas.txt", H758Z03, "txt"),
    "h758z04": ("h758z04_elderly_apartment_admission_system_om.txt", H758Z04, "txt"),
    "h758z05": ("h758z05_bamboo_weaving_tracking_supplier_template.md", H758Z05, "md"),
    "h758e01": ("h758e01_kiln_quality_licence_koforidua_vendor.pdf", H758E01, "pdf"),
    "h758e02": ("h758e02_restaurant_inventory_saas_order_form_techiman.md", H758E02, "md"),
    "h758e03": ("h758e03_cement_condition_sensors_licence_tarkwa.docx", H758E03, "docx"),
    "h758e04": ("h758e04_textile_managed_it_services_obuasi.md", H758E04, "md"),
    "h758e05": ("h758e05_cocoa_market_data_api_winneba.txt", H758E05, "txt"),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

# per draft: language, category, term overrides, extras, TCO facts (fee base, pw fee/yr) or None, design rules
LABELS = {
    "h758z01": ("zh", "software",
                dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                     subcontract_without_consent=True, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2386000),
                (1180000, 106200), ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h758z02": ("zh", "hardware",
                dict(p1_response_hours=1, prepayment_pct=20, acceptance_clause=False,
                     final_payment_on_acceptance=False, warranty_months=24, post_warranty_fee_pct=8,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=1964000),
                (1452000, 116160), ["CR-ACCEPTANCE", "CR-LD-MISSING"]),
    "h758z03": ("zh", "cloud",
                dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                     ld_rate_per_day_pct=0.06, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1994000),
                None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h758z04": ("zh", "services",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386400),
                None, []),
    "h758z05": ("zh", "software",
                dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                     liability_cap_pct=20, prepayment_pct=65, final_payment_on_acceptance=True, warranty_months=3,
                     post_warranty_fee_pct=22, subcontract_without_consent=None, governing_law=None,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1260000),
                (960000, 211200), ["CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                                   "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                                   "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h758e01": ("en", "software",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
                     final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                     governing_law="Ghana", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1486000),
                (842000, 92620), ["CR-GOVERNING-LAW"]),
    "h758e02": ("en", "cloud",
                dict(sla_remedy=False, ld_rate_per_day_pct=700 / 978000 * 100, liability_cap_pct=150,
                     subcontract_without_consent=True),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=978000),
                None, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h758e03": ("en", "hardware",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1720000),
                (1432000, 114560), []),
    "h758e04": ("en", "services",
                dict(p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=1800 / 2230000 * 100,
                     liability_cap_pct=150, termination_for_breach=False),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2230000),
                None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h758e05": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
                     ld_rate_per_day_pct=600 / 992000 * 100, liability_cap_pct=9 / 24 * 100),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=992000),
                None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy section 3 thresholds
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def tco_share(t, x, tco):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    if tco is None or t["post_warranty_fee_pct"] is None:
        return None
    base, fee = tco
    assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.01, (base, fee)
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    post = years * fee
    return post / (x["contract_value"] + post) * 100


def derive(t, x, tco):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, tco)
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x.get("_forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
_D = r"(?<![\d.,])"
_ZN = "零〇一二三四五六七八九十百千两"
THRESHOLD_RE = re.compile("|".join([
    _D + r"(?:(?:30|40|15|100)(?:\.0+)?|99\.90*|0\.050*)\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|四十|十五|百|一百|九十九点九)(?![" + _ZN + "点])",
    r"万分之五(?![" + _ZN + "点])", r"千分之零点五",
    _D + r"4\s*(?:小时|个小时|hours?|hrs?)", r"(?<![" + _ZN + r"])四个?小时", r"(?<![a-z-])four[\s-]*hours?",
    _D + r"12\s*(?:个月|-?\s*months?)", r"(?<![" + _ZN + r"])十二个月", r"(?<![a-z-])twelve[\s-]*months?",
    r"(?<![a-z-])one[\s-]*year(?!s)", r"(?<![" + _ZN + r"第每])一年",
    _D + r"5\s*(?:年|-?\s*years?)", r"(?<![" + _ZN + r"])五年", r"(?<![a-z-])five[\s-]*years?",
    _D + r"60\s*(?:个月|-?\s*months?)", r"(?<![a-z-])sixty[\s-]*months?",
]), re.I)
MUST_HIT = ["30%", "30 %", "40％", "15 percent", "100%", "99.9%", "99.90 %", "0.05%", "百分之三十", "百分之十五",
            "百分之百", "万分之五", "千分之零点五", "4小时", "4 hours", "四小时", "四个小时", "four hours", "12个月",
            "十二个月", "12 months", "12-month", "twelve months", "one year", "质保期一年", "5年", "5 years",
            "五年", "five years", "60 months", "sixty months"]
MUST_MISS = ["130%", "230 %", "99.95%", "0.058%", "1,100%", "24小时", "二十四小时", "24 hours", "twenty-four hours",
             "14 hours", "112 months", "二十二个月", "万分之五十", "万分之八", "每一年", "第一年", "2025年",
             "25 years", "二十五年", "anyone yearly", "160 months", "百分之十五点五", "3,150", "12,000"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


# ---------------------------------------------------------------- read back
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
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for key, (name, src, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            write({key: src}, {key: (name, kind)}, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (lang, cat, over, extra, tco, design) in LABELS.items():
        name = FILES[key][0]
        t = dict(BASE, **over)
        assert set(t) == set(TERM_KEYS)
        terms = {k: t[k] for k in TERM_KEYS}
        ex = dict(extra)
        if terms["contract_kind"] != "goods_or_licence":
            assert "post_warranty_fee_capped" not in ex
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        rules = derive(terms, ex, tco)
        assert rules == sorted(design), (key, rules, sorted(design))
        covered |= set(rules)
        # no label value on a threshold
        for k, v in TH.items():
            if k in terms and terms[k] is not None:
                assert abs(terms[k] - v) > 1e-9, (key, k, v)
        share = tco_share(terms, ex, tco)
        if share is not None:
            assert abs(share - TH["tco_share"]) > 2, (key, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": ex, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        # read back, length and threshold scan
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            if m:
                problems.append("%s threshold text %r near %r" % (key, m.group(0),
                                                                  variant[max(0, m.start() - 30):m.end() + 30]))
        share_s = "" if share is None else " TCO share %.2f%%" % share
        print("%s %s %s length %d %s rules %s risk %s%s" % (key, lang, FILES[key][2], n, "ok" if ok else "OUT",
                                                            ",".join(rules) or "-", risk(rules), share_s))
        if not ok:
            problems.append("%s length %d" % (key, n))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
