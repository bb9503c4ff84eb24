"""holdout696: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold figure, label values, rules derived from labels vs design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H696Z01 = """T:江城广播电视大学（江城开放大学）开放教育学习平台建设项目采购合同
P:合同编号：JCKD-ZC-2026-017
P:采购人（甲方）：江城广播电视大学（江城开放大学）
P:供应商（乙方）：杭州知学云教育科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（招标编号JCZC2026-G-0143）、乙方投标文件和中标通知书，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“开放教育学习平台”软件许可，并在该平台基础上完成甲方定制开发、实施部署、历史数据迁移和培训服务。平台须支持注册学员不少于八万人、并发在线学习不少于六千人。
P:1.2 定制开发内容包括：学分银行对接模块、形成性考核与网上考试模块、直播课堂与课程资源管理、教学质量督导看板，以及与甲方教务系统、统一身份认证平台、省开放大学数据中心的接口。
P:1.3 功能清单、性能指标和接口规范以招标文件技术需求和双方确认的《需求规格说明书》为准，需求规格说明书经甲方签字后作为本合同附件。
P:1.4 平台部署在甲方数据中心的政务云资源上，服务器、存储及操作系统由甲方提供，乙方负责中间件配置和应用部署。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾贰万元整（¥2,220,000），其中：平台软件许可费1,180,000元；定制开发费860,000元；实施部署及数据迁移费156,000元；培训费24,000元。
P:2.2 上述价款为固定总价，已包含软件许可、开发、部署、税费、差旅及质保期内全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即444,000元。
P:3.2 系统完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即999,000元。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即777,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。甲方付款按财政国库集中支付程序办理，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付期限与项目管理
P:4.1 乙方应在合同签订后九十日内完成部署和初步验收，在初步验收后六十日内完成试运行并申请最终验收。
P:4.2 乙方应指定具有高级项目经理资质的专职项目经理，项目实施期间未经甲方同意不得更换；项目组成员名单及分工应在合同签订后七日内报甲方备案。
P:4.3 乙方应每周提交项目周报，说明进度、问题和风险。因甲方原因造成的延误，交付期限相应顺延，乙方应及时书面说明。
H:第五条 验收
P:5.1 初步验收：乙方按需求规格说明书逐项演示功能，完成全部接口联调，提交测试报告和部署文档，经甲方组织的验收小组确认全部功能项通过。
P:5.2 最终验收：系统连续试运行六十日，期间无一级故障；六千并发用户压力测试下页面平均响应不超过二秒、视频点播首帧加载不超过三秒；迁移后的学籍、成绩和学分数据与原系统全量比对无差异；取得第三方机构出具的网络安全等级保护测评报告。
P:5.3 验收以甲方签署的书面验收报告为准。系统上线使用、甲方付款或试运行均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和必要的现场服务。
P:6.2 服务水平：平台在教学时段的月度可用率不低于99.95%；一级故障（平台整体不可用、考试无法进行或数据错误）乙方应在三十分钟内响应、两小时内到达现场并在六小时内恢复；二级故障两小时内响应、次日内解决。考试周期间乙方应安排工程师驻场保障。
P:6.3 乙方未达到前款服务水平的，一级故障每迟延一小时扣减履约保证金1,000元；月度可用率每低于约定值0.01个百分点扣减2,000元，扣减款项从履约保证金或应付款中抵扣。
P:6.4 质保期满后，甲方如需继续维护，双方另行签订维护合同，年维护费不超过平台软件许可费的9%（即不超过106,200元），该费率在质保期满后三年内保持不变。维护合同不自动续期。
H:第七条 培训
P:7.1 乙方应对甲方管理员、教师和分校教务人员分批开展培训，总计不少于二十个学时，并提供操作手册和教学视频。培训效果经甲方考核确认。
P:7.2 培训应在甲方校本部及两个分校分别组织，培训时间由甲方根据教学安排确定；乙方应为每个分校指定一名联络人员，在系统上线后的第一个学期内协助分校解答使用问题。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，用户数不受限制。
P:8.2 乙方为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时移交全部源代码。甲方有权自行或委托第三方修改、使用和再许可。
P:8.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台内的学员个人信息、学习记录、考试成绩及其他业务数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计等安全措施；运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方环境。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在两小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政处罚后果。
H:第十条 保密
P:10.1 双方对在履行本合同中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.3 乙方提供的软件存在严重缺陷，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转包、分包给第三方，也不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

H696Z02 = """T:跳绳手柄成型及绳缆生产线控制系统改造合同（含维保）
P:合同编号：FYTY-GZ-2026-008
P:甲方（买方）：金华市飞跃体育用品有限公司
P:乙方（卖方）：宁波智控自动化工程有限公司
P:甲方为提升跳绳手柄注塑成型、绳缆挤出裁切及组装检测工序的自动化水平，委托乙方对二号厂房现有生产线控制系统实施改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为手柄注塑成型线六个工位、钢丝绳及PVC绳缆挤出裁切线四条，以及成品组装检测段。
P:1.2 乙方负责设备供货、控制程序编制、产线数据采集软件部署、安装调试、与甲方现有ERP系统的工单接口开发以及操作人员培训。
P:1.3 改造完成后应达到：手柄成型节拍不超过三十五秒每模；绳缆直径在线测量精度正负零点零二毫米；绳长裁切误差不超过二毫米；视觉检测漏检率不高于千分之二；每个批次可追溯到工位、班次和原料批号。
H:第二条 设备清单与合同价款
P:2.1 合同总价为人民币壹佰壹拾伍万元整（¥1,150,000），明细如下表：
TB:序号|名称|规格说明|数量|单价（元）|金额（元）
TB:1|手柄成型工位控制柜（PLC及伺服驱动）|含温控模块|6套|68,000|408,000
TB:2|绳缆在线测径仪及裁切控制单元|激光测径|4套|46,500|186,000
TB:3|视觉检测相机及光源|手柄外观及绳长检测|8套|21,000|168,000
TB:4|数据采集网关及工控机|含机柜|1批|96,000|96,000
TB:5|产线控制与数据采集软件许可|永久许可|1套|158,000|158,000
TB:|设备及软件小计||||1,016,000
TB:6|安装调试及ERP工单接口开发||1项|118,000|118,000
TB:7|操作及维修人员培训||1项|16,000|16,000
TB:|合同总价||||1,150,000
P:2.2 合同总价包含设备、软件、运输、保险、安装、调试、培训及税费，为固定价格。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即230,000元。
P:3.2 全部设备到货并安装调试完毕后，甲方支付合同总价的55%，即632,500元。到货签收和安装完毕均不视为验收合格。
P:3.3 改造项目通过最终验收后，甲方支付合同总价的25%，即287,500元。
H:第四条 交货与施工
P:4.1 乙方应在合同生效后四十五日内将设备运抵甲方厂房，并在到货后三十日内完成安装调试。
P:4.2 施工须安排在甲方指定的停产窗口内进行，每条产线停线时间不得超过五个连续日。乙方应遵守甲方厂区安全管理制度，施工人员的人身安全由乙方负责。
P:4.3 乙方应在施工前提交施工方案、停线计划和安全措施，经甲方设备部门书面确认后实施。施工期间乙方应设专职安全员，每日施工结束后清理现场，恢复设备防护罩和安全联锁。
P:4.4 乙方改造的控制柜应预留不少于两成的输入输出点位和柜内空间，以便甲方今后增加工位。控制柜内接线应按图纸编号，线号清晰，电气图纸与现场一致。
P:4.5 甲方负责提供施工用电、压缩空气、临时存放场地，并协调原设备厂家提供必要的设备资料。甲方提供的资料不完整的，乙方应及时书面提出。
H:第五条 验收
P:5.1 最终验收标准：第1.3款全部指标经连续二十个生产日实测达标；产线连续运行期间无因控制系统造成的停线；ERP工单下达、报工与批次数据一致；乙方提交电气图纸、程序备份和操作维护手册。
P:5.2 验收由甲方生产、设备和质量部门共同进行，以甲方签署的验收报告为准。试生产或产品出货不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 为便于核对各项指标，甲方质量部门应在验收期间每日抽检手柄和绳缆样品，抽检结果与视觉检测及测径数据一并记录，作为验收报告的附件。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备和软件出现故障的，乙方负责免费维修或更换，并提供程序修改和远程技术支持；乙方接到甲方通知后应及时安排技术人员处理。
P:6.2 质保期内乙方每季度上门巡检一次，出具巡检报告。
P:6.3 乙方应在甲方现场存放常用易损备件，包括伺服驱动器、测径仪镜头、相机光源和通信模块各一套，备件清单由双方在验收时确认。备件使用后乙方应及时补足。
P:6.4 质保期内乙方对控制程序的修改应事先经甲方同意，修改后应提交更新的程序备份和修改说明，并对修改涉及的工位进行试生产确认。
H:第七条 质保期满后的维保
P:7.1 质保期满后，甲方可委托乙方提供年度维保服务，维保费按设备及软件小计的8%每年计取，即81,280元每年，该价格在质保期满后三年内不作上调。
P:7.2 维保服务内容包括定期巡检、故障维修、备件供应和程序优化，具体以届时签订的维保协议为准，维保协议不自动续期。
P:7.3 甲方在质保期满后未委托乙方提供维保的，乙方仍应以合理价格向甲方供应备件，供应期限不少于设备停产后五年。
H:第八条 知识产权
P:8.1 乙方为本项目编制的PLC程序、工艺配方参数、视觉检测算法参数和ERP接口程序的知识产权归甲方所有，乙方应在验收时移交源程序；甲方有权自行修改和使用。
P:8.2 软件许可中的通用平台仍归原权利人所有，甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 产线采集的生产数据、工艺参数和质量数据属于甲方，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方批准并使用甲方提供的专用通道，不得在设备中留存后门；因乙方原因造成数据泄露、丢失或系统被攻击的，乙方应立即报告并承担赔偿责任。
H:第十条 保密
P:10.1 乙方对在本合同履行中获知的甲方工艺、配方、客户及经营信息负有保密义务，保密期限至该信息公开之日止。
H:第十一条 分包
P:11.1 乙方可将设备搬运、线缆敷设、桥架安装等辅助工作交由第三方完成，但应提前书面告知甲方，并对第三方的工作质量和安全承担责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六支付违约金。
P:12.2 设备或软件不符合合同约定的，甲方有权要求乙方更换、整改，并赔偿由此造成的停产损失。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:12.4 因不可抗力导致任何一方不能履行合同的，应及时通知对方并在十五日内提供证明，根据影响程度部分或全部免除责任。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或严重违约经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交金华仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。设备技术规格书为本合同附件。
P:15.2 双方的通知应以书面形式送达本合同载明的地址或联系人，电子邮件发出即视为送达。合同履行期间一方联系人或地址变更的，应提前书面通知对方。
P:15.3 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

H696Z03 = """甜品门店点单及会员管理SaaS服务合同

合同编号：TMXF-IT-2026-031
甲方（客户）：上海甜蜜小方餐饮管理有限公司
乙方（服务商）：杭州云餐数智科技有限公司

甲方经营“甜蜜小方”连锁甜品品牌，现有直营门店三十五家。为统一门店点单、收银和会员管理，甲方向乙方订购云端点单及会员管理服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 门店点单收银系统：覆盖三十五家门店的收银端、自助点单机、厨房出单及外卖平台订单聚合。
2. 会员营销模块：微信小程序会员注册、储值、积分、优惠券发放、生日权益及营销活动配置。
3. 总部管理后台：商品与价格统一下发、门店经营报表、库存预警和多门店对比分析。
（二）实施服务
1. 商品、配方和价格体系的初始化配置，原有会员数据及储值余额的迁移。
2. 与甲方财务系统及两家外卖平台的接口对接，甲方品牌小程序页面的定制设计。
3. 对总部运营人员和门店店长的培训，以及首批门店上线期间的现场支持。

（三）其他约定
1. 乙方应为甲方配置专属客户成功经理，负责需求对接、版本更新说明及季度服务回顾。
2. 乙方发布新版本前应提前七日通知甲方主要变更内容，涉及门店操作流程变化的，应同时提供操作说明和培训视频。
3. 门店收银设备及网络由甲方自行提供，乙方应提供设备兼容清单并协助甲方完成门店设备调试。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期满前三十日内，任何一方未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整年度服务费，调整幅度不超过上一服务年度年费的8%，乙方提前书面通知甲方即可，无需另行签署协议。

（三）实施期间的工作计划
1. 合同签订后五日内，双方召开项目启动会，确认门店上线批次、实施人员和联络机制。
2. 乙方应在启动会后十日内提交实施计划，明确商品资料收集、系统配置、接口联调、培训和门店上线的时间节点，经甲方确认后执行。
3. 实施期间乙方每周向甲方报送进度周报，对可能影响上线的风险事项提出应对建议。

三、费用及支付
（一）费用明细：
1. 门店点单收银订阅费：每店每服务年度6,800元，三十五家门店合计238,000元每服务年度；
2. 会员营销模块订阅费：68,000元每服务年度；
3. 实施服务费（一次性）：86,000元。
两个服务年度订阅费合计612,000元，合同总额为698,000元（含增值税）。
（二）实施服务费在上线验收合格后十五个工作日内支付。
（三）每个服务年度的订阅费在该服务年度开始后十五个工作日内一次性支付。甲方在上线验收前无需支付任何款项。
（四）甲方新开门店的，按每店每服务年度6,800元按月折算增加订阅费；关闭门店的，自下一服务年度起相应减少。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成首批十家门店上线，在合同签订后七十五日内完成全部门店上线。
（二）验收标准：全部门店点单、收银、出单功能正常；会员数据和储值余额迁移后与原系统逐户核对无差异；外卖订单聚合连续七日无漏单；财务接口日结数据与门店收银一致；小程序页面经甲方确认。
（三）验收以甲方出具的书面验收单为准，门店开始使用不视为验收合格。
（四）乙方逾期完成全部门店上线的，每逾期一日按合同总额的千分之一向甲方支付违约金。

（五）甲方应指定项目负责人，按乙方提供的实施计划及时确认商品、配方及价格资料，并安排门店人员参加培训。因甲方资料确认延误导致上线推迟的，上线期限相应顺延，但乙方应在延误发生时书面告知甲方。
（六）每批门店上线后，乙方应安排实施人员在门店现场支持不少于三个营业日，协助店员处理点单、收银和会员核销问题，并记录问题清单逐项关闭。

（七）乙方应在全部门店上线后提交系统配置说明、接口说明和管理员操作手册，作为验收资料的组成部分。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在凌晨一时至六时并提前三日通知甲方。
（二）故障分级及响应：一级故障（多家门店无法收银或会员无法支付）一小时内响应，三小时内恢复；二级故障三小时内响应，当日内解决；一般问题次一个工作日内答复。
（三）月度可用率低于承诺值的，按下列标准向甲方提供服务抵扣：每低于承诺值0.5个百分点，抵扣当月订阅费的5%，单月抵扣不超过当月订阅费的二成。一级故障响应超时的，每次抵扣1,000元。抵扣金额在下一期服务费中扣除。

（四）乙方每月向甲方提交服务报告，内容包括当月可用率、故障清单及处理情况、抵扣金额计算，以及下月计划维护安排。甲方对报告有异议的，双方应在十个工作日内核对确认。

六、数据与安全
（一）甲方门店经营数据、商品数据及会员个人信息归甲方所有。甲方可随时导出上述数据，合同终止后乙方应在三十日内协助甲方完成数据迁移并删除乙方系统中的甲方数据。
（二）乙方有权对甲方会员消费数据进行去标识化处理后，用于行业消费趋势分析、产品改进及对外发布的行业报告，该等处理后的数据及分析成果归乙方所有，合同终止后乙方仍可继续使用。
（三）乙方应采取加密传输、加密存储、权限分级和操作日志留存等安全措施，系统通过网络安全等级保护二级测评。发生数据泄露等安全事件的，乙方应在二小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿，包括甲方因此向会员承担的赔偿。
（四）会员个人信息的收集和使用应符合《个人信息保护法》，乙方按甲方指示处理，不得向第三方提供。

七、保密
双方对在合作中获知的对方商业信息、技术信息及经营数据负有保密义务，未经对方书面同意不得向任何第三方披露。本条在合同终止后三年内继续有效。

八、知识产权
（一）乙方平台软件及其升级版本的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制设计的小程序页面、品牌素材和定制报表归甲方所有，甲方可自由使用、修改或交由第三方维护。

九、分包
乙方不得将实施服务分包给第三方；确需委托第三方承担门店现场安装工作的，应事先取得甲方书面同意。

十、违约与解除
（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，乙方应退还未履行服务期间的费用并赔偿甲方损失。
（二）一个服务年度内可用率连续三个月低于承诺值的，甲方有权解除合同。
（三）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前五日通知甲方。

（四）合同终止后，乙方应配合甲方完成会员储值余额及积分的核对和迁移，确保会员权益不受影响。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十二、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。门店清单为本合同附件。

甲方（盖章）：                乙方（盖章）：
签订日期：2026年3月18日"""

H696Z04 = """强制隔离戒毒所档案管理系统年度运维服务合同

合同编号：DZJD-YW-2026-004
甲方：东洲市强制隔离戒毒所
乙方：东洲市华信档案信息技术有限公司

根据《中华人民共和国民法典》及甲方运维服务采购结果，甲方委托乙方对其档案管理系统提供年度运维服务，双方订立本合同。

第一条 服务对象与服务期
1. 服务对象为甲方戒毒人员档案管理系统，包括所内档案管理应用、电子档案库、档案扫描工作站、数据库服务器、存储设备及备份一体机。
2. 服务期自2026年1月1日起至2026年12月31日止。服务期满后，甲方根据采购程序另行确定运维单位，本合同不自动续期。

3. 本合同所称工作日，指国家法定工作日；所称重要检查期间，指上级主管部门组织的档案检查、执法检查及甲方书面通知的其他时段。

第二条 服务内容
1. 驻场运维：乙方派驻两名运维工程师，工作日在甲方档案室驻场，负责系统日常运行监控、用户账号管理、故障处理、档案扫描设备维护及用户操作支持。
2. 巡检与安全加固：每月对服务器、数据库、存储和网络设备进行巡检，出具巡检报告；每季度开展一次漏洞扫描并完成加固整改。
3. 数据备份与恢复：每日增量备份、每周全量备份，每季度组织一次恢复演练并形成演练记录。
4. 应急保障：节假日及重要检查期间安排专人值守，发生重大故障时启动应急预案。
5. 年度总结：服务期满前提交年度运维总结报告及系统优化建议。

6. 运维工具：乙方应使用甲方认可的运维管理平台记录全部工单，工单内容包括报修时间、响应时间、处理过程和恢复时间，并每月汇总形成运维月报。
7. 系统变更：涉及系统配置、数据库结构或版本升级的变更，乙方应提前提交变更方案和回退方案，经甲方书面批准后在非工作时间实施，变更完成后进行功能验证并记录。
8. 档案扫描设备：乙方负责扫描仪的日常清洁、耗材更换和故障维修，维修期间应提供备用设备，保证档案录入工作不受影响。

第三条 服务费用、支付及甲方配合
1. 运维服务费总额为人民币肆拾壹万元整（¥410,000），其中：驻场运维服务286,000元，巡检及安全加固64,000元，数据备份与恢复演练38,000元，应急保障22,000元。
2. 服务费按季度支付。每季度结束后，甲方按第六条进行季度考核，考核合格后十五个工作日内支付该季度服务费102,500元；考核扣减的金额从当季服务费中扣除。
3. 甲方不支付预付款。

4. 甲方负责提供驻场人员的办公座位、运维终端和必要的网络接入，并指定信息科一名工作人员作为运维联系人，负责工单确认、变更审批及季度考核的组织工作。
5. 甲方应及时向乙方提供系统原厂资料、账号权限清单和既往运维记录；因甲方原因导致运维工作无法开展的，乙方应书面告知甲方，相应期间不计入服务水平统计。

第四条 服务水平
1. 档案管理系统在工作日的月度可用率不低于99.95%。
2. 一级故障（系统整体不可用、档案数据无法查询或数据异常）乙方应在三十分钟内响应，一小时内到场，三小时内恢复；二级故障一小时内响应，当日内解决；三级问题次一个工作日内处理。
3. 乙方未达到上述服务水平的，一级故障响应或恢复每超时一小时扣减服务费800元；月度可用率每低于承诺值0.01个百分点扣减服务费1,000元。

4. 服务水平的统计以运维管理平台的工单记录和系统监控数据为准。双方对统计结果有异议的，应在次月十日前书面提出并共同核实。

6. 乙方对服务水平统计有异议的，不影响甲方按本条扣减服务费，但经核实扣减有误的，甲方应在下一季度付款时予以返还。

第五条 人员要求
1. 驻场工程师应具有三年以上系统运维经验，并通过甲方组织的政治审查。人员名单报甲方备案，更换人员须经甲方同意。
2. 乙方人员进入甲方监管区域须遵守甲方的出入管理、物品检查及各项安全管理规定，不得携带手机、移动存储介质等物品进入档案室。

3. 乙方应建立运维服务台账，记录驻场人员考勤、工作内容和值守情况，每月随运维月报报送甲方。驻场工程师请假的，乙方应安排具备同等能力的人员顶岗，并报甲方同意。
4. 乙方应对驻场人员开展岗前培训和定期考核，培训内容包括甲方管理制度、系统操作规范及应急处置流程，培训记录报甲方备案。

第六条 考核与验收
1. 甲方每季度对乙方服务进行考核，考核内容包括故障响应与恢复时效、巡检及备份记录完整性、恢复演练结果、用户满意度及工作日志，考核结果分为合格与不合格。
2. 服务期满时，乙方提交全部运维文档、巡检报告、备份记录和年度总结，经甲方核验确认后完成年度验收。

3. 甲方每季度组织一次运维服务座谈，通报考核情况并提出改进要求，乙方应在座谈后十日内提交整改措施。

第七条 数据安全
1. 档案管理系统中的全部档案数据、戒毒人员个人信息及系统日志属于甲方所有，乙方仅可为提供本合同约定的运维服务访问，不得用于其他任何目的。
2. 乙方应严格执行甲方的数据安全管理制度：运维操作须使用甲方分配的账号并经堡垒机进行，全程审计；不得复制、下载或以任何方式将档案数据带离甲方内网；确需调取数据排查故障的，须经甲方书面审批并在甲方人员监督下进行。
3. 更换或报废存储介质时，乙方应在甲方监督下完成数据销毁并留存记录。
4. 发生数据丢失、篡改、被非法访问等安全事件的，乙方应在一小时内报告甲方，立即采取处置措施并配合调查；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政及法律责任。

5. 乙方应协助甲方制定数据安全应急预案，每个季度参加一次甲方组织的应急演练，并根据演练结果完善处置措施。

第八条 知识产权
乙方在服务期间形成的运维文档、巡检报告、脚本及配置记录归甲方所有，甲方可自由使用和修改。

第九条 分包
乙方不得将本合同项下的任何服务分包或转包给第三方。

第十条 违约责任
1. 乙方未按约定时间完成季度巡检、安全加固或恢复演练的，每逾期一日按合同总价的千分之一支付违约金。
2. 乙方违反第七条约定的，除承担赔偿责任外，还应按合同总价的百分之二十支付违约金。
3. 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

第十一条 合同的履行
合同履行期间，双方均不得单方解除合同。乙方违约的，甲方可按本合同第十条要求乙方承担违约责任并限期改正，乙方应继续履行合同直至服务期满；因不可抗力致使合同无法履行的，双方协商处理。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十三条 其他
1. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
2. 因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，期间未能提供服务的费用按实际天数相应扣减。
3. 服务期满前三十日，乙方应向甲方移交全部运维文档、账号清单、系统配置说明和备份介质清单，并配合甲方与后续运维单位完成交接。
4. 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
代表签字：                    代表签字："""

H696Z05 = """# 炭链通批次追溯软件 许可及定制开发合同

**（炭链通标准合同文本 V3.0）**

合同编号：TLT-XS-2026-112

甲方（用户）：海南椰林活性炭有限公司

乙方（供方）：厦门炭链通软件有限公司

甲方拟在其椰壳活性炭生产基地建设炭化、活化工序的批次追溯管理系统。乙方向甲方提供“炭链通批次追溯平台”软件许可并按甲方需求进行定制开发。双方经协商，同意按本标准合同文本订立合同。

## 第一条 合同标的

1.1 乙方向甲方提供炭链通批次追溯平台标准版软件许可一套（不限用户数，限甲方一个生产基地使用）。

1.2 乙方按甲方需求进行以下定制开发：炭化炉、活化炉运行数据自动采集对接；椰壳原料入厂批次到成品炭批次的谱系追溯；碘值、亚甲蓝吸附值、灰分、水分等质检数据录入及质检报告自动生成；出口客户所需的批次证书模板。

1.3 乙方负责系统安装部署、基础数据初始化及甲方操作人员培训。

1.4 甲方生产基地现有炭化炉八台、活化炉四台、质检实验室一间，系统部署在甲方提供的服务器上，服务器及操作系统由甲方自行采购。

1.5 本合同附件《功能清单》所列功能为乙方交付范围，附件以外的功能需求，双方另行协商并按乙方报价收费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 炭链通批次追溯平台标准版软件许可 | 720,000 |
| 2 | 定制开发（设备数据对接、批次谱系、质检报告、证书模板） | 186,000 |
| 3 | 实施部署及培训 | 54,000 |
|  | 合同总价 | 960,000 |

合同总价为人民币玖拾陆万元整，含税。

2.2 上述价款不包括服务器、数据库软件、网络设备及现场布线费用，如需乙方代为采购，双方另行签订采购合同。

2.3 乙方开具增值税专用发票，税率按国家规定执行。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即624,000元。乙方收到该笔款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即336,000元。

3.3 甲方逾期付款的，乙方有权暂停实施或技术服务，由此造成的工期延误由甲方负责。

3.4 甲方支付的款项以乙方指定的银行账户为准，乙方变更收款账户的，应提前以盖章函件书面通知甲方。

## 第四条 实施周期

4.1 乙方在收到首笔款项后七十日内完成系统部署和定制开发，并上线运行。

4.2 甲方应按乙方要求及时提供设备接口资料、质检标准和基础数据，并安排人员配合；因甲方配合不及时造成的延误，实施周期相应顺延。

4.3 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的百分之五。

4.4 乙方按项目阶段向甲方提交实施计划、需求确认单和上线方案，甲方应在收到后五个工作日内确认；逾期未确认的，视为甲方同意。

4.5 甲方应在项目实施期间提供必要的办公场地、网络和服务器资源，并指定一名项目联系人负责协调。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行之日即视为甲方验收合格，乙方无需另行提交验收申请。

5.2 上线后甲方在使用中发现问题的，可向乙方提出，乙方按第六条提供技术支持。

5.3 系统上线后，甲方新增的功能或报表需求，乙方按变更处理，费用另行计算。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持和缺陷修复。一级故障（系统无法登录或批次数据无法录入）乙方在接到甲方通知后8小时内响应，二级故障在两个工作日内响应，一般问题在五个工作日内答复。

6.3 上述响应时间为乙方的服务目标。未能达到的，乙方尽力处理，但不承担扣款、赔偿或违约金责任。

6.4 因甲方操作不当、擅自修改系统、硬件或网络故障造成的问题，不属于免费维护范围。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的25%计收，即每年180,000元。

7.2 年度维护服务包括远程技术支持、缺陷修复和标准版本升级；现场服务另按每人每天3,000元计费，差旅费由甲方承担。

7.3 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级。

7.4 年度维护服务期为一个自然年度，维护费在每个维护年度开始前一次性支付；甲方中途停止购买后再次购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 炭链通批次追溯平台及其任何版本的知识产权归乙方所有。

8.2 乙方在本项目中进行的定制开发成果，包括数据对接程序、谱系追溯模型、质检报告及证书模板、源代码和相关文档，其知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

8.3 乙方有权在其他客户项目中使用上述定制开发成果。

8.4 乙方可将本项目作为成功案例进行宣传，但不得披露甲方的生产工艺参数和客户信息。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、质检及客户数据归甲方所有，乙方不得用于本合同以外的用途。

9.2 乙方在实施和维护过程中应采取必要的安全措施保护甲方数据，远程维护须经甲方同意，不得留存甲方数据副本。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并承担相应的赔偿责任。

9.4 系统上线后，甲方应指定系统管理员负责用户账号和权限管理，并定期修改密码。因甲方账号管理不当造成的损失由甲方承担。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露。保密义务不因合同终止而解除。

9.3 甲方负责其服务器、网络及终端设备的安全防护和数据备份，因甲方自身原因造成的数据损失由甲方自行承担。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方对甲方的间接损失、利润损失及生产停顿损失不承担赔偿责任。

11.3 因甲方未按期付款导致乙方暂停服务的，乙方不承担由此产生的任何责任，恢复服务前甲方应结清全部欠款。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还。

12.3 因不可抗力导致合同无法履行的，双方均不承担违约责任，受影响一方应及时通知对方。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同文本为乙方标准合同文本，双方对本文本的补充或修改应以书面补充协议形式作出。

14.3 双方的通知以书面形式发送至本合同载明的地址或电子邮箱，发出之日起三日视为送达。

14.4 本合同附件包括《功能清单》《实施计划》和《报价单》，附件与本合同具有同等效力。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

H696E01 = """T:Software Licence and Services Agreement - Apparel Production Planning System
P:Agreement No. MSL-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Hangzhou Linyue Apparel Co., Ltd., a company registered in Hangzhou, Zhejiang Province, People's Republic of China (the "Buyer"), and Meghna Stitchline Software Ltd., a company registered in Bangladesh with its principal office at Sadar Road, Barisal, Bangladesh (the "Vendor").
P:The Buyer operates four garment factories and wishes to replace its spreadsheet-based production planning with the Vendor's StitchPlan apparel planning software, configured for its sewing lines, cutting rooms and finishing units. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's StitchPlan software in the version current on the Effective Date, including the planning engine, the line-balancing module, the cutting-room module and the shop-floor data collection client, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the reports, dashboards, interfaces, data-conversion scripts and configuration sets written or made by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.3.
P:1.4 "Severity 1 Incident" means an incident that stops production planning or shop-floor data collection in any factory, or corrupts planning data.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence described in Article 3 and shall perform the following services: installation of the Software on the Buyer's servers in Hangzhou; configuration for 64 sewing lines in four factories; development of interfaces to the Buyer's ERP and payroll systems; migration of style, routing and order data for the last three seasons; and training of planners, supervisors and IT staff.
P:2.2 The detailed scope, project plan and acceptance test cases are set out in the Statement of Work signed by both parties, which forms part of this Agreement.
P:2.3 The Vendor shall appoint a project manager who speaks Chinese or shall provide a qualified interpreter for all project meetings at its own cost.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the internal business of the Buyer and its affiliates in mainland China, for an unlimited number of users and factories.
P:3.2 The Buyer may make copies of the Software for backup, testing and disaster recovery.
P:3.3 The licence survives any termination of this Agreement once the Licence Fee has been paid, except termination by the Vendor for the Buyer's failure to pay the Licence Fee.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,782,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,260,000; implementation and configuration CNY 384,000; data migration CNY 96,000; training CNY 42,000.
P:4.2 The Buyer shall pay 20% of the Contract Price (CNY 356,400) within 20 days after signature against the Vendor's invoice.
P:4.3 The Buyer shall pay 45% of the Contract Price (CNY 801,900) within 20 days after the Software has been installed and the parallel run has started.
P:4.4 The Buyer shall pay the remaining 35% of the Contract Price (CNY 623,700) within 20 days after Final Acceptance.
P:4.5 Payments are made in CNY by bank transfer to the Vendor's account named in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and configuration within 90 days after the Effective Date and shall complete data migration and training before the start of the parallel run.
P:5.2 Acceptance tests: the Software shall run in parallel with the Buyer's existing planning process for 30 consecutive days in all four factories; line-balancing proposals shall be produced for every active style; plan recalculation for all factories shall complete within 3 minutes; migrated order, style and routing data shall reconcile with the source records without error; ERP and payroll interfaces shall transfer daily data without loss; and no Severity 1 Incident shall remain open at the end of the parallel run.
P:5.3 When all tests are passed, the Buyer shall issue a written acceptance certificate within 10 days. Use of the Software in production, or any payment, shall not mean acceptance.
P:5.4 If any test fails, the Vendor shall correct the defect at its own cost and the failed tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the Statement of Work for 18 months from Final Acceptance. During that period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support is provided remotely through the Vendor's service desk in Chinese and English. The Vendor shall respond to a Severity 1 Incident within 1 hour of notification at any time of day, and shall restore service or provide a workaround within 8 hours. Other incidents shall receive a response within one business day.
P:6.3 If the Vendor fails to meet the Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000 for each hour of delay, deductible from any amount due to the Vendor.
P:6.4 After the warranty period, the Buyer may order annual support at 11% of the Licence Fee (CNY 138,600 per year). This fee is fixed for the first three support years and any later increase shall not exceed 3% per year. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor.
P:7.2 All rights in the Custom Deliverables belong to the Buyer from creation. The Vendor shall deliver their source code and documentation before Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Buyer Data and Security
P:8.1 All production, order, employee and payroll data processed by the Software ("Buyer Data") belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with named accounts and multi-factor authentication, shall not copy Buyer Data outside the Buyer's environment, and shall follow the Buyer's information security policies and the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours of becoming aware of it, shall take immediate remedial action and shall be responsible for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's customer orders, styles and costings, and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Final Acceptance is delayed beyond the date in the project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims, death or personal injury, or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor as for its own staff.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature by both parties (the "Effective Date").
P:12.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Buyer under Article 12.2, the Vendor shall refund amounts paid for services not accepted and shall deliver all work in progress on the Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of Bangladesh.
P:13.2 Any dispute that cannot be settled by negotiation within 30 days shall be referred to arbitration in Dhaka under the Arbitration Act 2001 of Bangladesh. The arbitration shall be conducted in English by a sole arbitrator.
H:Article 14 General
P:14.1 This Agreement, with the Statement of Work, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:14.2 Notices shall be in writing in English and sent to the addresses above by courier or email with confirmation.
P:14.3 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H696E02 = """# Order Form - SupplierSight Quality Cloud

**Order Form No. LQ-OF-2026-0219**, issued under and incorporating the General Terms in Part B.

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Lagoon Quality Systems (Pvt) Ltd, Trinco Road, Batticaloa, Sri Lanka.
- **Customer:** Suzhou Hengrui Precision Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

### A2. Subscribed Services

The Customer subscribes to the SupplierSight Quality Cloud, a hosted service for supplier quality management, consisting of:

- supplier onboarding and qualification workflows, with document expiry tracking;
- incoming inspection plans, sampling records and non-conformance reports;
- corrective action (8D) workflows shared with suppliers through a supplier portal;
- supplier scorecards and the Analytics add-on (trend dashboards, Pareto analysis and scheduled reports);
- up to 420 named Customer users and unlimited supplier portal users.

### A3. Subscription Term and Fees

The Subscription Term is two consecutive Subscription Years, each ending on the day before an anniversary of the Service Start Date, which is the date of the Go-Live Certificate under A5. All amounts are in CNY and include VAT.

| Item | Basis | Subscription Year 1 | Subscription Year 2 | Total |
|---|---|---|---|---|
| SupplierSight platform, 420 named users | annual | 246,000 | 246,000 | 492,000 |
| Analytics add-on | annual | 58,000 | 58,000 | 116,000 |
| Onboarding and data load (one-time) | fixed | 42,000 | - | 42,000 |
| **Total Fees** | | **346,000** | **304,000** | **650,000** |

Additional named users may be added during the term at CNY 590 per user per Subscription Year, pro rata.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced after the Go-Live Certificate is signed.
2. Subscription fees for each Subscription Year are invoiced in four equal quarterly instalments, each at the start of the quarter to which it relates. The first quarterly instalment is invoiced on the Service Start Date.
3. Invoices are payable within 30 days of receipt by bank transfer to the Provider's account stated in the invoice. No amount is payable before the Service Start Date.

### A5. Onboarding and Go-Live

1. The Provider shall complete onboarding within 60 days after signature of this Order Form. Onboarding covers tenant set-up in the Provider's Shanghai hosting region, single sign-on with the Customer's identity provider, loading of the Customer's approved supplier list (about 1,900 suppliers), inspection plans and open non-conformance records, and configuration of the Customer's approval workflows.
2. Go-Live tests: single sign-on works for all user groups; loaded supplier, inspection-plan and non-conformance records reconcile with the Customer's source files without error; each configured workflow is run end to end with two pilot suppliers; scheduled reports are delivered as configured. When the tests are passed, the Customer signs a Go-Live Certificate. Use of the service before that date is not acceptance.
3. If Go-Live is delayed beyond the 60-day period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 520 for each day of delay.

4. The Customer shall provide the Provider with its supplier list, inspection plans and workflow descriptions in the agreed templates within 15 days after signature, and shall make its key users available for the Go-Live tests.

### A6. Order of Precedence and Signatures

This Order Form and the General Terms in Part B form the Agreement. If they conflict, this Order Form prevails.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## PART B - GENERAL TERMS

### 1. Service and Service Levels

1.1 The Provider shall provide the subscribed service in accordance with the documentation and this Agreement, and shall keep its functions materially the same throughout the Subscription Term.

1.2 Availability. The service shall be available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

1.3 Support. Priority 1 incidents (the service is unavailable, or users cannot record inspections or non-conformances) shall be responded to within 1 hour and restored within 6 hours, at any time. Priority 2 incidents shall be responded to within 3 business hours. Support is available in Chinese and English.

1.4 Service Credits. If availability in a month falls below the commitment in 1.2, the Customer receives a credit of 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point (or part) below the commitment, up to half of the monthly fee. A late Priority 1 response earns a credit of CNY 800 per incident. Credits are deducted from the next invoice or refunded at the end of the term.

### 2. Customer Data

2.1 All data entered into or generated by the service for the Customer, including supplier records, inspection results and reports ("Customer Data"), belongs to the Customer. The Provider shall process Customer Data only to provide the service to the Customer and for no other purpose.

2.2 The Provider shall host Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least 180 days, maintain its ISO 27001 certification and comply with applicable PRC data protection laws.

2.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all reasonable steps to contain it and bear the costs and losses caused by its own breach of this Section, subject to Section 7.

2.4 The Customer may export Customer Data at any time in standard formats. Within 30 days after the end of the term the Provider shall return the data and then delete it, and confirm deletion in writing.

### 3. Subprocessors and Subcontractors

3.1 The Provider may use subprocessors and subcontractors, including hosting providers, support contractors and its affiliates, to perform any part of the service. The Provider shall inform the Customer of a new subprocessor or subcontractor by updating the list on its website at least ten days before the change takes effect.

3.2 The Provider remains responsible for the acts and omissions of its subprocessors and subcontractors.

### 4. Configurations and Intellectual Property

4.1 The Provider retains all rights in the service, the software and the documentation.

4.2 Workflows, report templates, inspection-plan templates and other configurations made for the Customer belong to the Customer, who may use, copy and modify them freely and give them to third parties.

### 5. Confidentiality

5.1 Each party shall keep confidential the non-public information of the other party that it receives under this Agreement, use it only for this Agreement and not disclose it to third parties except to its staff and advisers who need it and are bound by similar duties.

5.2 This Section survives for three years after the end of the Agreement.

### 6. Term, Renewal and Termination

6.1 The Agreement runs for the Subscription Term. It does not renew automatically. Any renewal requires a new Order Form signed by both parties.

6.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

6.3 If the Customer terminates under 6.2, the Provider shall refund any prepaid fees for the period after termination.

6.4 On expiry or termination the Provider shall provide read-only access for 30 days so that the Customer can export its data.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect, special or consequential damages, or for loss of profit.

7.2 Each party's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

7.3 Section 7.2 does not apply to the Customer's obligation to pay fees, to death or personal injury, or to fraud.

7.4 Service Credits under Section 1.4 are taken into account when calculating the fees paid by the Customer for the purpose of Section 7.2.

### 8. Warranties

8.1 The Provider warrants that the service will perform materially in accordance with the documentation and that it will perform the onboarding services with reasonable skill and care.

8.2 The Provider warrants that the service does not infringe third-party rights and shall defend the Customer against any such claim.

### 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at the time of application. The arbitral award is final and binding on both parties.

### 10. General

10.1 Neither party may assign the Agreement without the other party's written consent.

10.2 Notices shall be in writing in English or Chinese and sent to the contacts named by each party.

10.3 Force majeure excuses a party's delay for as long as the event lasts, provided the party informs the other promptly and takes reasonable steps to limit its effect.

10.4 The Agreement is the entire agreement of the parties on its subject and replaces earlier proposals.
"""

H696E03 = """T:Supply Contract - Wireless Vibration Sensors and Condition Monitoring Licence
P:Contract No. SCM-EQ-2026-0088
P:Buyer: Sichuan Minjiang Cement Co., Ltd., Dujiangyan, Sichuan Province, People's Republic of China (the "Buyer").
P:Supplier: Teesta Sensing Technologies Ltd., Station Road, Rangpur, Bangladesh (the "Supplier").
P:This contract is made on the Buyer's standard purchase terms. The Buyer wishes to monitor the condition of kiln drives, raw mills, cement mills, fans and conveyors at its Dujiangyan plant, and the Supplier has offered wireless vibration and temperature sensors, gateways and its condition monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge server and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's VibraWatch condition monitoring software, including its analytics engine, alarm management and mobile application.
P:1.3 "Project Deliverables" means the asset hierarchy, alarm thresholds, dashboards, interface programs and reports configured or written for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.
H:2. Scope of Supply and Contract Price
P:2.1 The Supplier shall supply, install and commission the following, and train the Buyer's staff. The Contract Price is CNY 1,275,000, fixed, including taxes, delivery to site (DAP Dujiangyan), import clearance, insurance and all services.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors, ATEX rated|240|2,150|516,000
TB:2|Industrial wireless gateways with PoE and mounting kits|16|9,800|156,800
TB:3|Edge server for on-site analytics|1|68,000|68,000
TB:4|VibraWatch software, perpetual site licence, unlimited users|1|420,000|420,000
TB:|Equipment and Software Subtotal|||1,160,800
TB:5|Installation, commissioning and interface to the plant DCS historian|1|96,000|96,000
TB:6|Training of maintenance and reliability staff|1|18,200|18,200
TB:|Contract Price|||1,275,000
P:2.2 The Equipment shall be new, of current production and of the models stated in the Supplier's technical offer, which is attached as Annex 1.
P:2.3 Spare parts: the Supplier shall deliver, as part of the Contract Price, a set of spare parts kept at the plant for the warranty period, consisting of ten sensors, one gateway and mounting accessories, and shall replenish them free of charge whenever they are used during the warranty period.
P:2.4 Documentation: the Supplier shall deliver installation drawings showing the position of every sensor, the network layout of the gateways, the asset hierarchy, user and administrator manuals in Chinese and English, and the test reports of the Equipment.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 127,500), payable within 15 days after the Buyer receives an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 701,250), payable within 30 days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 446,250), payable within 30 days after Final Acceptance.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's Chinese agent named in Annex 2.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within 70 days after the contract date and complete installation and commissioning within 40 days after delivery.
P:4.2 Installation work inside the plant shall follow the Buyer's safety rules, including permits for work at height and near rotating machinery. Work on running equipment is allowed only with the Buyer's written permit.
P:4.3 If delivery or completion of commissioning is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.4 The Supplier shall submit an installation method statement and a schedule for each production area at least ten days before work starts. Work in the kiln and mill areas shall be coordinated with the Buyer's planned stoppages, and the Supplier shall not cause any unplanned stoppage of production.
P:4.5 The Buyer shall provide power supply points, network connection to the plant network at the agreed points, storage space for the Equipment on site and escort for the Supplier's staff in restricted areas.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 45 consecutive days. Final Acceptance requires that: every sensor reports to the Software at its configured interval with a data completeness of at least 98% over the run; battery status and signal strength are visible for every sensor; alarm notifications reach the mobile application within 60 seconds of a threshold crossing; trend data agree with the Buyer's portable analyser readings on ten test points within the tolerance stated in Annex 1; the interface to the DCS historian transfers data without loss; and the Supplier has delivered drawings, the asset hierarchy, manuals and training records.
P:5.2 The Buyer shall sign the acceptance certificate within 10 days after all criteria are met, or state in writing which criteria are not met. Use of the system during the run does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment free of charge, including sensors whose batteries fail before their rated life, and shall provide Software updates and support free of charge.
P:6.2 Service levels during warranty: for a Severity 1 fault (the Software or more than 20 sensors stop reporting, or alarms are not delivered) the Supplier shall respond within 30 minutes and restore monitoring within 24 hours, using spare parts kept at the plant. Other faults shall be answered within one business day.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Supplier shall pay CNY 800, deducted from the next payment or the performance guarantee.
P:6.4 After the warranty period the Buyer may order annual support at 8.5% of the Equipment and Software Subtotal (CNY 98,668 per year). This price is fixed for three years after the warranty. Annual support is ordered by separate purchase order and does not renew automatically.
P:6.5 Training shall be given on site to at least twelve maintenance and reliability staff, in two sessions, covering installation and replacement of sensors, use of the Software, alarm handling, basic vibration analysis and administration of the edge server. The Supplier shall provide training material in Chinese and a certificate for each participant who completes the course.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier; the Buyer receives a perpetual site licence.
P:7.2 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them freely, including through third parties, and the Supplier shall hand over editable files and source code of the interface programs at Final Acceptance.
H:8. Buyer Data and Security
P:8.1 All measurement data, alarms, asset records and reports ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this contract.
P:8.2 The Software shall run on the Buyer's edge server and network. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's jump host with logging. The Supplier shall not transfer Buyer Data outside the plant network.
P:8.3 The Supplier shall report any security incident affecting Buyer Data or the plant network within 6 hours, assist the Buyer in containing it and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, equipment and data that it receives under this contract, and shall not disclose it to third parties without the Buyer's written consent. This obligation continues for five years after the end of the warranty period.
H:10. Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price. The limit does not apply to breach of clauses 8 and 9, personal injury or wilful misconduct.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund all payments for Equipment and services not accepted.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final.
P:13.3 Until a dispute is resolved, the parties shall continue to perform their obligations under this contract that are not in dispute.
H:14. General
P:14.1 This contract is made in English and Chinese; both versions have equal force. Annex 1 (technical offer) and Annex 2 (invoicing agent) form part of it.
P:14.2 Neither party may assign this contract without the prior written consent of the other party. Amendments are valid only in writing signed by both parties.
P:14.3 Force majeure excuses a party's delay for as long as the event lasts, provided the affected party notifies the other promptly, gives evidence of the event and takes reasonable steps to limit its effect. If force majeure lasts more than 60 days, the parties shall agree how to proceed.
P:14.4 Notices shall be given in writing to the addresses above, in English or Chinese, by courier or by email with confirmation of receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H696E04 = """# Managed IT Services Agreement

**Agreement No. KWS-MSA-2026-07**

This Managed IT Services Agreement is made between:

- **Guangzhou Baiyun Home Appliances Co., Ltd.**, Baiyun District, Guangzhou, Guangdong Province, People's Republic of China (the "**Customer**"); and
- **Kala Wewa Services (Pvt) Ltd.**, Maithripala Senanayake Mawatha, Anuradhapura, Sri Lanka (the "**Provider**").

The Customer wishes to outsource its IT service desk, end-user device support and server monitoring for its head office and two factories. The Provider will deliver the services from its support centre and through on-site engineers employed by its Guangzhou branch office.

## 1. Definitions

1.1 "**Services**" means the services described in Schedule 1.

1.2 "**Service Levels**" means the service levels in Schedule 2, and "**Service Credits**" means the credits calculated under Schedule 2.

1.3 "**Charges**" means the charges in Schedule 3.

1.4 "**Service Commencement Date**" means the date stated in the Transition Completion Certificate under clause 3.

1.5 "**Customer Data**" means all data of the Customer, its employees, customers and suppliers that the Provider receives or accesses in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and continues for 36 months from the Service Commencement Date (the "**Term**").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 The Provider shall carry out the transition set out in the transition plan agreed at signature: knowledge transfer from the Customer's current support staff, set-up of the service desk tools and telephone line, loading of the asset inventory and user list, agreement of operating procedures, and a two-week shadow period.

3.2 The Provider shall complete transition within 60 days after signature. If transition is not completed by that date, the Provider shall continue the transition at its own cost until it is completed, and the Customer may defer the Service Commencement Date accordingly.

3.3 Transition is complete when: the service desk answers calls and tickets in Chinese for all sites; every site has a named on-site engineer; the asset inventory reconciles with the Customer's records for all devices; monitoring is active for all servers in Schedule 1; and the shadow period has ended without an open Priority 1 incident. The Customer then signs a Transition Completion Certificate. Performance of services before that date is not acceptance.

## 4. Service Delivery

4.1 The Provider shall perform the Services in accordance with Schedule 1, the Service Levels, good industry practice and the Customer's IT policies made known to it.

4.2 The Provider shall deliver a monthly service report with ticket volumes, Service Level performance, recurring problems and improvement actions, and shall attend a monthly service review meeting.

4.3 The Provider shall keep a service manager as the single point of contact. Key personnel named in the transition plan may be replaced only with the Customer's approval, which shall not be unreasonably withheld.

4.4 The Provider shall propose at least two service improvement initiatives each year, with expected benefits and costs, for the Customer's decision.

4.5 The Customer shall give the Provider's staff access to its premises, systems and tools needed for the Services, and shall inform the Provider in advance of planned changes to its IT environment that affect the Services.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Term are CNY 2,180,000, made up of the transition fee of CNY 74,000 and the monthly service charge of CNY 58,500 for 36 months.

5.2 The transition fee is invoiced after the Transition Completion Certificate is signed. The monthly service charge is invoiced monthly in arrears, less any Service Credits for that month.

5.3 Invoices are payable within 30 days after receipt of a valid VAT invoice issued by the Provider's Guangzhou branch.

5.4 The Charges are fixed for the Term. Changes in the number of users or devices by more than 10% are priced at the unit rates in Schedule 3.

## 6. Service Credits

6.1 If the Provider fails to meet a Service Level, Service Credits apply as set out in Schedule 2. Service Credits are deducted from the monthly service charge.

6.2 Service Credits are a price adjustment for the reduced level of service.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use it only to perform the Services and shall not use it for any other purpose.

7.2 On expiry or termination, the Provider shall return all Customer Data held by it and then delete it.

## 8. Confidentiality

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's product designs, prices and customer lists, and shall not disclose it to third parties without the other party's prior written consent.

8.2 The Provider shall ensure that its staff who perform the Services are bound by written confidentiality undertakings.

8.3 This clause continues for five years after the end of the Agreement.

## 9. Intellectual Property

9.1 Each party keeps its pre-existing intellectual property. The Provider's service desk tools remain the Provider's.

9.2 The knowledge base articles, runbooks, scripts, procedures and asset records created for the Customer belong to the Customer, who may use, modify and give them to a successor provider without restriction.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term.

10.2 Neither party is liable for indirect or consequential loss or loss of profit. The limits do not apply to death, personal injury, fraud or wilful misconduct.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for approved subcontractors.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if Service Levels for Priority 1 incidents are missed in three months within any period of six consecutive months.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, including handover to a successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding.

## 14. General

14.1 Neither party may assign this Agreement without the other's written consent.

14.2 This Agreement, including its Schedules, is the entire agreement of the parties on its subject.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 - Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Telephone, email and portal support in Chinese and English for about 1,150 users; ticket logging, first-line resolution, escalation | 07:30-20:30 Monday to Saturday |
| End-user device support | Installation, moves, repairs and replacement of desktops, laptops, printers and mobile devices (about 1,300 devices) | On site, working hours at each site |
| Server and network monitoring | Monitoring of 46 servers, storage and core network devices; alarm handling; patching in agreed windows | 24 x 7 |
| Backup operations | Daily backup checks, restore requests, quarterly restore test | Daily |
| Asset management | Inventory of IT assets, updates on every change, quarterly reconciliation | Continuous |

## Schedule 2 - Service Levels and Service Credits

| Measure | Target | Service Credit if missed in a month |
|---|---|---|
| Priority 1 incident (site or factory line stopped by an IT fault) - response | 20 minutes | 3% of the monthly service charge |
| Priority 1 incident - restoration or workaround | 3 hours | 3% of the monthly service charge |
| Priority 2 incident - response | 1 hour | 1% of the monthly service charge |
| Service desk calls answered within 30 seconds | 85% of calls | 1% of the monthly service charge |
| First-line resolution rate | 70% of tickets | 1% of the monthly service charge |
| Customer satisfaction score | 4.2 out of 5 | 1% of the monthly service charge |

Total Service Credits in a month shall not exceed 10% of the monthly service charge.

## Schedule 3 - Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition fee (one-time) | 74,000 | After the Transition Completion Certificate |
| Monthly service charge | 58,500 per month | Monthly in arrears, 36 months |
| Total for the Term | 2,180,000 | |
| Additional user above the baseline | 46 per user per month | Monthly in arrears |
| Additional on-site engineer day | 1,600 per day | On order |
| Exit assistance | 1,400 per person-day | On order |
"""

H696E05 = """MARINE TRAFFIC DATA API SUBSCRIPTION AGREEMENT

Agreement No. EWD-API-2026-0033

BETWEEN: Eastern Wave Data (Private) Limited, Inner Harbour Road, Trincomalee, Sri Lanka ("PROVIDER")

AND: Qingdao Haitong International Shipping Agency Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("CUSTOMER")

BACKGROUND

The Customer acts as ship agent and freight forwarder at ports in northern China and wishes to receive vessel positions, port-call events and estimated arrival data for use in its operations system. The Provider operates a global vessel tracking network built from terrestrial and satellite AIS receivers and supplies the data through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's vessel data interface described in the technical documentation, version 3.

1.2 "Data" means the vessel positions, static vessel particulars, port-call events, estimated times of arrival and historic tracks supplied through the API or as files.

1.3 "Subscription Year" means each of the two consecutive one-year periods starting on the Access Date. "Access Date" means the date on which the Provider issues production API credentials to the Customer.

1.4 "Customer Inputs" means the vessel watch lists, port lists, queries and operational notes that the Customer sends to the API or the Provider.

2. SUBSCRIPTION

2.1 The Provider shall provide the Customer with access to the API under the Professional tier for two Subscription Years: real-time positions for up to 3,000 watched vessels, port-call events for all ports worldwide, and up to 2 million API calls per month.

2.2 The Provider shall also deliver a historic archive of port calls and tracks for the ports of Qingdao, Rizhao, Yantai, Tianjin and Dalian for the last five calendar years, in CSV files, within 30 days after the Access Date.

2.3 The Provider shall provide integration support: a sandbox environment, sample code, and up to 20 days of remote engineering support to connect the API to the Customer's operations system.

2.4 The Provider shall notify the Customer at least 30 days in advance of any change to the API that is not backward compatible, and shall keep the previous API version available for at least 90 days after the change.

2.5 The Customer shall appoint a technical contact for integration and shall keep its API credentials secure. Credentials may be used only by the Customer's own systems.

3. FEES AND PAYMENT

3.1 The fees are:
   (a) API subscription, Professional tier: CNY 268,000 per Subscription Year, CNY 536,000 for the two Subscription Years;
   (b) historic archive (one-time): CNY 96,000;
   (c) integration support (one-time): CNY 38,000.
   Total fees: CNY 670,000, including VAT.

3.2 Within 10 days after signature the Provider shall invoice the fee for the first Subscription Year together with the historic archive and integration support fees, in total CNY 402,000. The Customer shall pay this invoice before the Access Date; the Provider issues production credentials only after receipt of payment.

3.3 The fee for the second Subscription Year is invoiced at the start of that year and is payable within 30 days.

3.4 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears.

4. DELIVERY AND ACCEPTANCE

4.1 The Provider shall issue production credentials within 15 days after receipt of the first payment.

4.2 Acceptance of the integration: the Customer's operations system receives positions for all watched vessels with a delay of no more than 3 minutes from the Provider's receipt; port-call events for a sample of 200 known port calls match the port authorities' records; the historic archive loads without format errors and covers the agreed ports and years. When these tests are passed the Customer shall confirm acceptance in writing within 7 days.

4.3 If the historic archive is delivered late for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay.

5. SERVICE LEVELS

5.1 The Provider targets API availability of 99.95% in each calendar month, excluding announced maintenance.

5.2 The Provider targets a response within 1 hour to Priority 1 incidents (the API is unavailable or returns no positions) at any time, and within one business day to other incidents.

5.3 The service levels in this clause are targets. Failure to meet them does not entitle the Customer to service credits, refunds, price reductions or damages, and the Provider's only obligation is to use reasonable efforts to restore the service.

6. DATA QUALITY

6.1 AIS data is broadcast by vessels and may be incomplete or inaccurate. The Provider shall apply its standard validation and filtering, but does not warrant that each position is correct.

6.2 The Provider shall correct systematic errors in its processing within a reasonable time after the Customer reports them.

6.3 The Provider shall publish a monthly data quality report showing receiver coverage for the Customer's main ports, the share of vessels with positions updated within the last 15 minutes and the number of corrected port-call events.

6.4 If coverage for a port named in clause 2.2 falls materially below the level shown in the Provider's coverage map at signature, the Provider shall inform the Customer and propose how coverage will be restored.

7. LICENCE TO USE DATA

7.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the term to use the Data for its internal operations and to show it to its own customers in shipment status reports.

7.2 The Customer may keep and use the historic archive and Data stored in its systems after the term for internal purposes.

7.3 The Customer shall not resell the Data or offer it as a data feed to third parties.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to the Customer. The Provider shall use them only to provide the API to the Customer and shall not disclose, sell or analyse them for any other purpose, including the Provider's own products.

8.2 The Provider shall protect Customer Inputs and API credentials with encryption in transit and at rest, role-based access limited to named staff and access logging, and shall keep them on servers in Singapore and mainland China only.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Inputs or credentials within 24 hours, shall take immediate steps to contain it and shall compensate the Customer for losses caused by the Provider's breach of this clause.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, and shall not disclose it to third parties without written consent, except to staff and advisers bound by similar duties.

9.2 This obligation continues for three years after the end of the Agreement.

10. INTELLECTUAL PROPERTY

10.1 The Provider keeps all rights in the API and the Data.

10.2 Connectors, mapping tables and code written by the Provider for the Customer during integration support belong to the Customer, who may use, modify and license them freely.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including loss of profit or demurrage claims.

11.2 Each party's total liability under this Agreement is limited to two times the total fees in clause 3.1. This limit does not apply to breach of clauses 8 and 9, fraud or wilful misconduct.

11.3 Nothing in this Agreement limits either party's liability for death or personal injury caused by its negligence.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract integration support or the processing of Customer Inputs without the Customer's prior written consent. The Provider's use of satellite data suppliers for raw AIS messages is not subcontracting under this clause.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a new agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the unused part of the subscription fees.

13.3 On expiry or termination the Provider shall delete Customer Inputs within 30 days and confirm deletion in writing.

13.4 Clauses 7.2, 8, 9, 11 and 14 survive expiry or termination of this Agreement.

13.5 During the term the Customer may upgrade to a higher tier at the Provider's published upgrade price, pro rata for the remaining part of the Subscription Year; such an upgrade is agreed in writing.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

15. GENERAL

15.1 Notices shall be in writing in English and sent by email with confirmation to the contacts named by each party.

15.2 Neither party may assign this Agreement without the other party's written consent.

15.3 This Agreement is the entire agreement of the parties on its subject.

For the Provider: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------- targets, labels, checks
FILES = {  # key: (file name, format, source, language, category)
    "h696z01": ("h696z01_open_university_learning_platform.pdf", "pdf", H696Z01, "zh", "software"),
    "h696z02": ("h696z02_skipping_rope_line_control_retrofit.docx", "docx", H696Z02, "zh", "hardware"),
    "h696z03": ("h696z03_dessert_chain_ordering_membership_saas.txt", "txt", H696Z03, "zh", "cloud"),
    "h696z04": ("h696z04_rehab_centre_archive_system_om.txt", "txt", H696Z04, "zh", "services"),
    "h696z05": ("h696z05_coconut_carbon_batch_tracking_supplier_template.md", "md", H696Z05, "zh", "software"),
    "h696e01": ("h696e01_apparel_planning_licence_bd_vendor.pdf", "pdf", H696E01, "en", "software"),
    "h696e02": ("h696e02_supplier_quality_saas_order_form_lk_vendor.md", "md", H696E02, "en", "cloud"),
    "h696e03": ("h696e03_cement_vibration_sensors_monitoring_licence.docx", "docx", H696E03, "en", "hardware"),
    "h696e04": ("h696e04_managed_it_services_36_months.md", "md", H696E04, "en", "services"),
    "h696e05": ("h696e05_marine_traffic_data_api_subscription.txt", "txt", H696E05, "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# values in KEYS order, then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
TERMS = {
    "h696z01": [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
    "h696z02": [N, N, F, "buyer", T, T, T, 0.06, N, 20, T, T, 24, 8, F, T, T, "PRC", G],
    "h696z03": [99.5, 1, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S],
    "h696z04": [99.95, 0.5, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S],
    "h696z05": [N, 8, F, "supplier", T, T, T, 0.02, N, 65, F, F, 6, 25, F, T, N, "PRC", G],
    "h696e01": [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Bangladesh", G],
    "h696e02": [99.95, 1, T, "buyer", T, T, T, 520 / 650000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, T, "PRC", S],
    "h696e03": [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 8.5, F, T, F, "PRC", G],
    "h696e04": [N, 20 / 60, T, "buyer", F, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC", S],
    "h696e05": [99.95, 1, F, "buyer", T, T, T, 600 / 670000 * 100, 200, 402000 / 670000 * 100, T, N, N, N, F, T, F,
                "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped, acceptance_deemed_on_delivery, contract_value
    "h696z01": (T, T, T, F, 2220000), "h696z02": (F, T, T, F, 1150000), "h696z03": (T, T, N, F, 698000),
    "h696z04": (T, T, N, F, 410000), "h696z05": (T, T, T, T, 960000), "h696e01": (T, T, T, F, 1782000),
    "h696e02": (T, T, N, F, 650000), "h696e03": (T, T, T, F, 1275000), "h696e04": (T, F, N, F, 2180000),
    "h696e05": (T, T, N, F, 670000),
}
FEE_BASE = {"h696z01": 1180000, "h696z02": 1016000, "h696z05": 720000, "h696e01": 1260000, "h696e03": 1160800}
FORUM_OUTSIDE_MAINLAND = {"h696e01"}  # Dhaka arbitration
DESIGN = {
    "h696z01": [],
    "h696z02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h696z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h696z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h696z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h696e01": ["CR-GOVERNING-LAW"],
    "h696e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h696e03": [],
    "h696e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "h696e05": ["CR-PREPAYMENT", "CR-SLA-NO-REMEDY"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy thresholds (defaults of §3): availability 99.9, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %,
# warranty 12 months, post-warranty fee 15 %, TCO service share 40 %
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco(key, t, value):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return post, value + post, post / (value + post) * 100


def derive(key, t, x):
    """My reading of policy §3 and its section 'Where rules apply, and how clauses are read'."""
    r = set()
    sla, ld_stated, capped, deemed, value = x
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if not capped or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key, t, value)
        if c and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---- threshold scan
ZN = "一二三四五六七八九十两百千"
PATTERNS = [
    r"99\.90*(?![0-9])",
    r"(?<![0-9.])(?:4|four)\s*-?\s*(?:hours?|hrs?|h\b|个?\s*小时)",
    rf"(?<![0-9.{ZN}])四\s*个?\s*小时",
    r"(?<![0-9.])0\.050*(?![0-9])", r"万分之五(?![十0-9])", r"千分之零点五",
    r"(?<![0-9.])(?:100|30|15|40)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"(?:one\s*hundred|thirty|fifteen|forty)\s*(?:per\s*cent|percent)",
    r"百分之(?:百|一百|三十|十五|四十)(?![一二三四五六七八九点])",
    r"(?<![0-9.])12\s*-?\s*(?:calendar\s*)?months?", r"twelve\s*(?:calendar\s*)?months?",
    r"(?<![0-9.])12\s*个\s*月", rf"(?<![{ZN}])十二\s*个\s*月",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时内", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 per cent", "百分之三十", "12个月", "十二个月", "12 months", "twelve months", "15%", "百分之十五",
            "40%", "百分之四十", "forty percent", "4 h"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.056%", "万分之五十", "130%", "115%",
             "百分之三十五", "2026年12月31日", "45%", "0.5%", "1,400 per", "120 months", "3 hours", "百分之五"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    built = {}
    for key, (name, fmt, src, lang, cat) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
        else:
            write({key: src}, {key: (name, fmt)}, OUT, wrap_words=True)
        text = read_back(OUT / name, fmt)
        built[key] = text
        if lang == "zh":
            n = len(re.sub(r"\s+", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%s %s length %d %s" % (key, lang, n, "" if ok else "<-- OUT OF RANGE"))
        hits = scan(text) + scan(src)
        print("   threshold hits:", hits) if hits else None
    fired = set()
    for key, (name, fmt, src, lang, cat) in FILES.items():
        t = dict(zip(KEYS, TERMS[key]))
        sla, ld_stated, capped, deemed, value = EXTRA[key]
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        c = tco(key, t, value)
        if c:
            assert abs(c[2] - 40) > 2, (key, c)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        rules = derive(key, t, EXTRA[key])
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        fired |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        risk = "high" if set(rules) & HIGH else ("medium" if [r for r in rules if r != "CR-GOVERNING-LAW"] else "low")
        print(key, risk, rules, "TCO %.1f / %.1f %%" % (c[1], c[2]) if c else "")
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    bad = [k for k in built if scan(built[k])]
    lens = []
    for key, (name, fmt, src, lang, cat) in FILES.items():
        text = built[key]
        n = len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())
        lens.append((2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650))
    assert not bad, bad
    assert all(lens), "lengths"
    print("all checks passed")


if __name__ == "__main__":
    main()
