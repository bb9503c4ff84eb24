"""holdout669: builds ten blind held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Sources are kept below; .txt/.md are written as they are, .docx/.pdf through ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:云湄市话剧院剧目数字化平台建设项目合同
P:合同编号：YMHJY-ZFCG-2026-017
P:甲方（采购人）：云湄市话剧院
P:乙方（供应商）：杭州幕光数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号YMCG2026-0412）、乙方投标文件和中标通知书，双方就剧目数字化平台建设事宜，经协商一致，订立本合同。本合同采用甲方提供的政府采购合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“幕光剧场资源管理平台”软件永久使用许可（含资源库、编目、转码、播控模块各一套，不限用户数），并完成以下定制开发：剧目影音资源库（含历史演出录像、剧本、舞美设计图及剧照的著录与检索）、线上直播及点播子系统、与甲方现有票务系统和官方网站的对接、剧目数字展厅。
P:1.2 乙方负责历史资料数据迁移（约2.6万条录像及图文记录）、系统部署、联调及甲方技术人员和演出部门人员的培训。
P:1.3 系统部署于甲方机房，乙方不得将甲方数据部署至任何外部云平台。甲方提供机房空间、网络及必要的服务器资源。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾柒万陆仟元整（¥1,576,000），为固定总价，包括软件许可、定制开发、迁移、部署、培训、税费及质保期内全部服务费用，甲方不再支付其他任何费用。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可|780,000
TB:2|定制开发（资源库、直播点播、票务及网站对接、数字展厅）|640,000
TB:3|数据迁移及系统部署|120,000
TB:4|培训|36,000
TB:合计||1,576,000
H:第三条 付款方式
P:3.1 本合同生效且甲方收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥315,200。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%，即¥709,200。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥551,600。
P:3.4 甲方按照国库集中支付的有关规定办理付款，乙方应提供合法有效的发票。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后90日内完成部署及数据迁移并申请初步验收，150日内完成全部定制功能并进入试运行。试运行期为60日。
P:4.2 乙方应按周提交项目进度报告。乙方项目经理未经甲方书面同意不得更换。
P:4.3 乙方应在进场前提交项目实施方案，包括人员配置、进度计划、数据迁移方案、应急预案及演出期间保障措施，经甲方确认后实施。甲方有权对项目进度和质量进行监督检查，乙方应予配合。
H:第五条 验收
P:5.1 初步验收标准：（1）合同及招标文件列明的功能全部实现；（2）迁移数据经甲方逐条抽检，差错率不高于千分之二，录像文件均可正常播放；（3）与票务系统的订单、座位数据对账一致；（4）在200个并发点播用户下，页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间未发生一级故障，二级故障不超过两次并均已按时修复；直播子系统完成至少三场正式演出直播且无中断；乙方已提交源代码、部署文档、操作手册及第三方出具的安全检测报告。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持，并每季度进行一次系统巡检。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可价格的9%（即每年不超过¥70,200），该价格在质保期满后三年内不上调。维护合同逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外；计划维护须提前三个工作日通知甲方，并安排在非演出时段）。
P:7.2 故障分级响应：一级故障（平台整体不可用或演出直播中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，次日内修复；三级故障3个工作日内解决。
P:7.3 一级故障响应或恢复每超时1小时，甲方可扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款项从履约保证金或维护费中扣除。
H:第八条 知识产权
P:8.1 本合同项下定制开发的程序、源代码、数据库设计、接口程序及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台软件原有的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 甲方提供及平台运行中产生的全部数据（包括剧目影音资料、观众及会员信息、票务数据）均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:9.2 乙方应落实数据安全保护措施：运维操作经甲方审批并通过堡垒机进行，观众个人信息加密存储，测试使用脱敏数据；合同终止后归还或销毁全部数据并出具书面证明。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应的法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方未公开剧目、演出安排、商业信息及技术资料负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定的，应负责整改；整改后仍不合格的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按照政府采购的有关规定承担责任。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内未能纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:15.2 乙方应在合同签订后5个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:15.3 一方因不可抗力不能履行合同的，应及时通知对方，并在15日内提供证明，双方据此协商延期履行或部分免除责任。
P:甲方（盖章）：云湄市话剧院　　乙方（盖章）：杭州幕光数字科技有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:鱼竿卷制及固化生产线控制系统改造合同
P:合同编号：LS-DJ-2026-0311
P:甲方：威海浪石钓具制造有限公司
P:乙方：常州启衡自动化工程有限公司
P:甲方拟对其二号厂房碳素鱼竿卷制、缠带、固化生产线的电气控制系统进行改造，乙方同意按本合同约定提供设备、软件、安装调试及维保服务。双方经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 改造范围包括：卷制机12台的伺服驱动及张力控制改造；固化炉4座的分区温控系统更换；缠带机及脱芯机的PLC控制系统升级；产线集中监控上位机及“启衡产线控制软件”许可；与甲方ERP系统的工单及产量数据对接。
P:1.2 乙方应在改造前完成现场勘测，提交改造方案及停线计划，经甲方确认后实施。停线改造分两批进行，每批停线不超过10日，确保甲方订单交付不受重大影响。
P:1.3 甲方负责提供改造所需的电源、压缩空气及临时存放场地，协调停线时间，并指派工艺、设备人员配合调试。乙方应保护甲方原有设备，拆除的旧电机、驱动器及控制柜由乙方清点登记后交还甲方。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰叁拾肆万元整（¥1,340,000），含增值税，包括设备、软件、运输、安装、调试、培训及质保期内服务的全部费用。
TB:序号|名称|数量|金额（元）
TB:1|PLC控制系统（含I/O及通讯模块）|6套|326,000
TB:2|伺服电机及驱动器（含张力控制单元）|12套|418,000
TB:3|固化炉分区温控系统|4套|152,000
TB:4|工控机及触摸屏|8台|96,000
TB:5|启衡产线控制软件许可（永久）|1套|192,000
TB:软硬件小计|||1,184,000
TB:6|安装调试及ERP对接|1项|138,000
TB:7|操作及维护培训|1项|18,000
TB:合计|||1,340,000
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款（¥268,000）。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%（¥469,000）。到货签收仅表示数量清点无误，不代表质量验收。
P:3.3 改造完成并经甲方最终验收合格后，甲方支付合同总价的45%（¥603,000）。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票。
P:3.5 甲方付款前有权核对乙方提交的到货清单、验收报告等付款资料，资料不全的，付款时间相应顺延。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方厂房，75日内完成两批停线改造及调试，并提交验收申请。
P:4.2 设备运输、装卸及保险由乙方负责，设备在甲方签收前的毁损灭失风险由乙方承担。
P:4.3 每批停线改造结束后，乙方应在2日内恢复该批设备的正常生产，并配合甲方进行首件检验。因乙方原因导致停线时间超过约定的，超出部分按第十条计算违约金。
H:第五条 验收
P:5.1 验收标准：（1）卷制机张力波动不超过设定值的±3%；（2）固化炉各温区控温精度±2℃，升温曲线与甲方工艺文件一致；（3）连续生产72小时无停机故障；（4）改造后首批鱼竿坯管的直度及壁厚合格率不低于改造前三个月的平均水平；（5）ERP工单下发及产量回传数据一致。
P:5.2 验收前乙方应提交电气图纸、PLC程序、参数表及操作手册。甲方在收到验收申请后7个工作日内组织验收并出具书面结论。设备安装、试生产或甲方使用，均不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内完成整改并重新申请验收；经两次验收仍不合格的，甲方有权按第十二条解除合同。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换费用由乙方承担，更换的部件重新计算质保期。
P:6.2 质保期满后的维保服务，年费按软硬件小计的7.5%计收（即每年¥88,800），该费用在质保期满后三年内固定不变，双方另行签订年度维保合同。
P:6.3 乙方保证所供设备为原厂全新正品，提供原厂合格证及质量证明文件，软件为合法授权版本。
H:第七条 维保服务与故障响应
P:7.1 乙方提供电话及远程支持，服务时间为每日8:00至22:00，并在甲方所在地储备常用备件。
P:7.2 一级故障（产线整线停机）乙方应在8小时内响应并派员到场，次日内恢复生产；二级故障（单台设备停机）次日内到场处理；三级故障在下次巡检时处理。
P:7.3 乙方到场或恢复每超过约定时限1小时，按¥500扣减当期维保费或从质保金中扣除。
P:7.4 质保期内乙方每季度上门巡检一次，检查伺服、温控及PLC运行状态并出具巡检报告。
P:7.5 乙方应建立维保服务档案，记录每次故障的发生时间、处理过程及更换部件，每季度向甲方提交服务报告。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、上位机画面、ERP对接程序及其源代码的知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 启衡产线控制软件的著作权仍归乙方所有，甲方获得永久使用许可，可在本厂区内的生产线上使用。
P:8.3 乙方保证所交付的设备及软件不侵犯第三方知识产权；因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第九条 生产数据
P:9.1 产线运行中产生的工艺参数、配方及产量数据归甲方所有，乙方仅可为履行本合同使用。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:10.2 因乙方施工或设备质量问题造成甲方停产的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.4 乙方所供主要部件的品牌、型号与投标文件不一致的，应事先征得甲方书面同意，否则甲方有权要求更换，费用由乙方承担。
H:第十一条 分包
P:11.1 乙方不得转包。电缆敷设等辅助施工如需分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或设备经两次验收仍不合格，或有其他严重违约行为经书面催告后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方厂房应遵守甲方安全生产及动火、登高、停送电管理制度。因乙方原因造成的人身及财产损害由乙方负责。
P:13.2 乙方应为甲方设备操作人员及维修电工提供不少于三天的现场培训，内容包括伺服参数调整、温控曲线设置、常见故障处理及PLC程序备份恢复，培训后应能独立完成日常操作和一般故障处理。
P:13.3 乙方施工人员应持有效电工作业证上岗，高空、动火作业须提前办理作业审批。施工完成后乙方应清理现场，恢复原状。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交威海仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造方案、设备清单、停线计划。
P:15.2 因不可抗力不能履行本合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
P:15.3 本合同的变更须经双方书面确认。附件与本合同正文具有同等效力，如有冲突以正文为准。
P:甲方（盖章）：________　　乙方（盖章）：________
"""

Z03 = """连锁书吧门店点单及会员管理系统（SaaS）服务合同

合同编号：SY-SaaS-2026-045
甲方：成都拾页文化连锁管理有限公司
乙方：西安云栈信息技术有限公司

鉴于甲方经营45家“拾页书吧”门店，需要统一的门店点单、收银及会员管理系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施，双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务。乙方为甲方45家门店及总部开通“云栈门店通”SaaS服务，包括：
1. 扫码点单及收银；
2. 饮品、图书及文创商品库存管理；
3. 会员储值、积分及优惠券；
4. 总部经营分析报表；
5. 与甲方微信公众号和小程序的对接。
（二）实施服务。乙方负责系统配置、商品及会员数据导入（现有会员约8.6万人）、门店收银设备调试、小程序定制页面开发及店员培训。
（三）服务期。本合同服务期共两个服务年度，第一个服务年度自全部门店上线验收合格之日起算。
（四）乙方应为甲方指定一名客户成功经理，负责需求对接、上线协调及日常服务，并每季度与甲方召开一次服务回顾会议。
（五）甲方应按本合同约定支付费用，提供门店网络环境及必要的配合，并指定项目联系人。

二、服务费用
（一）合同总价为人民币柒拾玖万肆仟元整（¥794,000），由以下部分组成：
1. 门店订阅费：每店每服务年度¥6,800，45家门店合计每服务年度¥306,000；
2. 总部管理模块订阅费：每服务年度¥48,000；
3. 两个服务年度订阅费合计¥708,000；
4. 一次性实施费：¥86,000。
（二）服务期内新增门店的，按每店每服务年度¥6,800按月折算计费，另行结算，不计入本合同总价。
（三）门店使用的收银打印机、扫码枪等设备由甲方另行采购，乙方负责兼容性测试及安装调试指导。

三、付款方式
（一）订阅费按服务季度支付。每个服务季度开始后10个工作日内，甲方支付该季度订阅费¥88,500。
（二）实施费在上线验收合格后15个工作日内一次性支付。
（三）甲方不预付任何款项。乙方收款前应开具合法有效的增值税发票。
（四）服务期内发生服务中断连续超过三日的，当季订阅费按中断天数相应减免。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成全部门店上线，并提交上线验收申请。
（二）上线验收标准：
1. 45家门店均可正常点单、收银并打印小票；
2. 会员数据导入后与原系统逐条核对一致，储值余额差额为零；
3. 高峰时段单笔点单处理时间不超过2秒；
4. 小程序定制页面与甲方确认的设计稿一致。
（三）甲方应在收到验收申请后5个工作日内完成验收并出具书面意见；验收不合格的，乙方应在7日内整改完毕并重新提交验收申请，整改期间产生的费用由乙方承担，上线期限不因整改而顺延。门店开始使用系统不视为验收合格。
（五）实施期间，乙方应按门店分批上线，每批上线前完成店员培训及试运行，上线当日派员到店支持，确保门店营业不受影响。
（六）上线验收通过后，乙方应向甲方移交系统配置清单、管理员账号及操作手册。
（四）乙方逾期完成上线的，每逾期一日，按合同总价的万分之六向甲方支付违约金。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划维护应安排在凌晨1:00至6:00之间并提前通知甲方。
（二）一级故障（门店无法点单或收银）乙方应在30分钟内响应，2小时内恢复；二级故障（报表、库存等功能异常）2小时内响应，当日解决；三级故障在下一版本中解决。
（三）月度可用率未达承诺值的，按以下标准抵扣服务费：低于承诺值但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%。一级故障恢复超时的，每次另行抵扣¥1,000。
（四）乙方提供每日9:00至23:00的客服热线及在线工单服务。
（五）乙方应每月向甲方提交服务报告，内容包括系统可用率、故障处理情况、工单统计及改进措施。
（六）系统升级应不影响门店营业，重大版本升级应提前七日通知甲方，并提供新功能说明及培训材料。

六、数据归属与数据安全
（一）甲方及其会员的全部数据（包括会员个人信息、消费记录、储值及积分数据）归甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他任何目的。
（二）乙方应按照《个人信息保护法》及网络安全等级保护第三级的要求保护甲方数据，数据存储于中国境内，会员手机号等敏感信息加密存储，访问实行权限控制和日志审计。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担全部赔偿责任。
（四）服务期满或合同终止后，乙方应在30日内向甲方完整导出全部数据，并经甲方确认后予以删除。
（五）未经甲方书面同意，乙方不得向甲方会员发送任何营销信息，亦不得将会员信息用于乙方自身或其他客户的营销活动。
（六）乙方应每年委托具备资质的第三方机构对系统进行一次安全测评，并将测评结论提供给甲方。

七、保密
双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露。保密期限至合同终止后三年。乙方应确保参与本项目的员工签署保密承诺，并对员工违反保密义务的行为承担责任。

八、知识产权
（一）“云栈门店通”平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的小程序页面、报表模板及接口程序的知识产权归甲方所有，甲方可自由使用、修改及委托第三方开发。
（三）乙方保证平台及定制开发成果不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担责任。

九、续期
（一）服务期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
（二）每次续期时，乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度费用的8%，乙方书面通知甲方即可，无需甲方另行同意。

十、责任限制
乙方在本合同项下的累计赔偿责任总额，以索赔事件发生前六个月内甲方实际支付的订阅费为限，但因乙方故意造成的损失除外。

十一、分包
乙方未经甲方书面同意，不得将本合同项下服务的任何部分分包给第三方。

十二、合同解除
一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同；因乙方违约导致合同解除的，乙方应退还已付但未使用期间的订阅费。合同解除或终止的，乙方应配合甲方完成数据迁移及系统切换，在切换完成前不得中断服务。

十三、不可抗力
因不可抗力致使本合同无法履行的，受影响一方应及时通知对方并在合理期限内提供证明，双方协商延期履行；不可抗力持续超过30日的，任何一方可书面解除本合同，乙方应退还未使用期间的订阅费。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，由甲方所在地人民法院管辖。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、服务水平细则。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

Z04 = """影片资料管理系统年度运维服务合同

项目名称：影片资料管理系统运维服务（竞争性磋商）
合同编号：JLDY-YW-2026-03
甲方：江陵电影制片厂有限责任公司
乙方：北京映存信息服务有限公司

根据竞争性磋商文件（编号JL-CS-2026-08）、乙方响应文件及成交通知书，甲乙双方就影片资料管理系统运维服务事宜签订本合同。

1. 服务范围与服务期
1.1 运维对象：甲方影片资料管理系统，包括数字片库管理软件、胶片扫描修复工作站、近线磁带库（LTO-8）、两套存储阵列、转码服务器集群及其数据库。
1.2 服务内容：日常巡检、故障处理、系统及数据库维护、备份与恢复演练、磁带库介质迁移（约420盘）、年度健康检查及安全加固、资料调阅用户支持。
1.3 服务期自2026年4月1日起至2027年3月31日止。期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。
1.4 乙方应在服务期开始前完成与原运维服务商的交接，梳理系统资产、账号权限、备份策略及遗留问题，形成交接报告经甲方确认。
1.5 甲方负责提供驻场办公场地、运维终端及必要的系统访问权限，并指定专人负责协调。

2. 服务费用及支付
2.1 运维服务费总额为人民币伍拾陆万捌仟元整（¥568,000），包含驻场人员、单件价值¥5,000以下的备件、工具及差旅等全部费用。
2.2 服务费按季度支付。每季度结束并经甲方季度考核后15个工作日内，甲方支付当季服务费¥142,000，考核扣减款项从当季服务费中扣除。
2.3 本合同不设预付款。
2.4 乙方应在每季度结束后5个工作日内提交季度服务报告及发票，甲方据此办理考核和付款。

3. 人员要求
3.1 乙方派驻两名工程师，工作日8:30至17:30驻场，其中至少一人具备存储及数据库相关认证。
3.2 更换驻场人员须提前十个工作日书面申请并经甲方同意，接替人员的资历不得低于原人员。
3.3 乙方应建立二线技术支持团队，在驻场人员无法解决问题时提供远程或现场支持，必要时协调原厂工程师到场。
3.4 乙方驻场人员应遵守甲方考勤、安全保卫及片库管理制度，进入片库须登记并由甲方人员陪同。
3.5 乙方应为驻场人员购买人身意外伤害保险，驻场人员在工作中发生的人身伤害由乙方负责处理。

4. 服务水平
4.1 影片资料管理系统月度可用率不低于99.95%，计划停机须提前三个工作日报甲方批准。
4.2 一级故障（片库检索或调阅全面中断、存储阵列故障）15分钟内响应，2小时内恢复或启用应急方案；二级故障1小时内响应，8小时内解决；三级故障2个工作日内解决。
4.3 服务水平未达标的，按下列标准扣减服务费：一级故障响应每超时30分钟扣¥800；恢复每超时1小时扣¥1,500；月度可用率每低于承诺值0.01个百分点扣¥1,000。扣减总额不超过当季服务费的20%。
4.4 乙方每月5日前提交上月运维报告，内容包括故障统计、巡检记录、备份情况及改进建议。
4.5 在重要影片修复、节展送片等关键时段，乙方应按甲方要求安排专人值守，确保系统稳定运行。
4.6 乙方应制定并维护应急预案，每半年参与一次甲方组织的应急演练，演练结果纳入季度考核。
4.7 乙方应每季度对存储阵列、磁带库及服务器进行一次全面巡检，并在巡检后3个工作日内提交巡检报告，对发现的隐患提出整改建议。

5. 考核与验收
5.1 甲方每季度按磋商文件所附考核办法对乙方进行考核，考核内容包括故障处理时效、巡检完成率、备份成功率和用户满意度。考核由甲方信息中心和片库管理部门共同实施，乙方应提供考核所需的运维记录、工单数据及备份日志。
5.2 服务期满时进行年度验收，标准为：（1）介质迁移全部完成，迁移数据经校验值比对无差异；（2）全年备份恢复演练不少于两次且均成功；（3）年度健康检查报告经甲方确认；（4）运维文档、配置清单及账号清单完整移交。
5.3 年度验收不合格的，乙方应在20日内整改，整改后仍不合格的，甲方可按第9.1条要求乙方支付违约金。
5.4 乙方对季度考核结果有异议的，可在收到考核结果后5个工作日内提出书面说明，双方协商确认。考核结果作为甲方今后评价乙方服务的依据。

6. 数据安全
6.1 片库中的影片素材、元数据、版权资料等全部数据属于甲方，乙方不得复制、下载、留存或用于本合同以外的任何目的。
6.2 乙方人员应使用甲方提供的运维终端，通过堡垒机进行操作，禁止使用个人存储介质；删除、格式化等高危操作须经甲方审批并双人复核。
6.3 发生数据丢失、损坏或泄露的，乙方应在1小时内报告甲方并全力配合恢复；因乙方原因造成的，乙方承担全部赔偿责任。
6.4 乙方应对驻场人员进行数据安全培训，人员离场或服务期满时，及时注销其全部系统账号并移交相关资料。
6.5 介质迁移过程中，旧介质在迁移数据校验无误并经甲方确认前不得擦除；需报废的介质由甲方统一处置。
6.6 未经甲方同意，乙方不得在甲方系统中安装任何软件或开启远程访问通道。

7. 保密
乙方及其人员对甲方未公映影片、剧本、版权合同及系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而终止。乙方驻场人员须签署保密承诺书。乙方违反保密义务的，应赔偿甲方由此遭受的全部损失。

8. 知识产权
乙方在服务中编写的脚本、配置文件、运维文档及报告，其知识产权归甲方所有，甲方可自由使用和修改。乙方自有的运维工具软件的知识产权仍归乙方，乙方应保证其工具不含恶意代码，并在服务期满后从甲方系统中卸载。

9. 违约责任
9.1 乙方未按计划完成介质迁移或年度健康检查的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 因乙方操作失误造成甲方数据损失的，乙方应承担恢复费用并赔偿甲方损失。
9.3 乙方驻场人员擅自离岗或未经同意更换人员的，每人每日扣减服务费¥500。
9.4 违约金及扣减款项，甲方可从应付服务费中直接扣除。

10. 分包
乙方可将磁带介质迁移中的读带、数据校验等辅助工作委托具备相应能力的第三方完成，但应提前五个工作日书面告知甲方，乙方对第三方的行为承担责任。

11. 合同的履行与解除
11.1 本合同为年度运维服务合同。为保障片库系统运维的连续性，服务期内双方均不得单方解除本合同。
11.2 乙方出现违约情形的，甲方可按第4.3条、第9条扣减服务费或要求支付违约金，并要求乙方限期整改，但不得以此为由解除合同。
11.3 因不可抗力致使合同无法履行的，双方协商处理。
11.4 服务期满，乙方应配合甲方或新的运维服务商完成交接，交接期不少于十个工作日，交接期间乙方不另收费用。

12. 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

13. 其他
13.1 磋商文件、乙方响应文件、成交通知书及考核办法为本合同的组成部分。
13.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
13.3 本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：                    乙方（盖章）：
"""

Z05 = """# 石韵雕刻工艺追溯系统软件许可及定制开发合同

> 广州石韵软件有限公司 标准合同文本（SY-HT 第3版）

**甲方（买方）**：肇庆砚宝石砚厂有限公司

**乙方（卖方）**：广州石韵软件有限公司

甲方拟建设石砚雕刻工艺追溯系统，乙方为该系统软件的开发商。双方本着平等互利的原则，就软件许可及定制开发事宜达成如下协议。本合同采用乙方标准文本，双方确认已充分阅读并理解全部条款。

## 第一条 产品与服务

1.1 乙方向甲方提供“石韵雕刻工艺追溯系统”V5软件许可一套（20个并发用户），并根据甲方需求进行定制开发，包括：原石入库及石品登记、雕刻工序流转扫码、匠师工时记录、成品砚台一物一码溯源查询小程序、与甲方电商店铺的订单对接。

1.2 乙方负责软件安装部署、基础数据初始化及甲方操作人员培训。甲方应提供服务器、网络环境及扫码终端。

1.3 定制开发的具体内容以双方确认的需求说明书为准，需求说明书确认后甲方提出的变更，乙方另行报价。

1.4 乙方提供的软件包含以下标准功能模块：基础档案、原石管理、工序管理、质检管理、库存管理、销售管理、溯源查询及系统管理，具体功能以乙方产品说明书为准。

1.5 乙方为本项目指派项目经理一名，负责需求调研、开发进度及上线协调。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 石韵追溯系统V5软件许可 | 620,000 |
| 2 | 定制开发 | 260,000 |
| 3 | 安装部署及培训 | 70,000 |
| | 合计 | 950,000 |

合同总价为人民币玖拾伍万元整（¥950,000），含税。上述价格不包括服务器、网络设备、扫码终端、标签打印机及标签耗材，该等设备及耗材由甲方自行采购，或由乙方另行报价提供。

合同签订后，甲方如需增加并发用户数，每增加10个并发用户，许可费按¥90,000另行计收。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%（¥522,500）。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%（¥427,500）。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停开发及服务，工期相应顺延。

3.4 乙方收到款项后开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到首期款后90个工作日内完成安装部署及定制开发，并上线运行。

4.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

4.3 因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，乙方不承担责任。

4.4 甲方应在乙方通知后3个工作日内提供部署环境，逾期提供的，工期相应顺延。

4.5 乙方应在上线前对甲方操作人员进行不少于两天的集中培训，培训内容包括系统操作、扫码流程及常见问题处理。

4.6 系统上线时间以乙方书面通知甲方系统可以使用之日为准。

4.7 定制开发过程中，乙方每两周向甲方演示一次阶段成果，甲方应在演示后3个工作日内提出修改意见，逾期未提出的，视为甲方认可该阶段成果。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按本合同第六条免费维护的约定处理，不影响甲方付款义务。

5.3 甲方应在系统上线前完成基础数据的整理和录入，并对录入数据的准确性负责。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持。一级故障（系统无法登录或扫码流转中断）乙方在2小时内响应，二级故障在1个工作日内响应，一般问题在3个工作日内答复。

6.3 乙方将尽力排除故障，但不因故障或响应延误承担任何扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改系统或硬件环境变化导致的故障，不属于免费维护范围。甲方要求乙方处理该等故障的，乙方按其服务收费标准另行收费。

6.5 免费维护期内，乙方每月提供一次远程巡检；甲方如需现场服务，应承担乙方人员的差旅费用。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务。年度维护费为软件许可费的26%，即每年¥161,200，按年预付。

7.2 年度维护服务包括版本升级、远程技术支持及每年两次现场巡检。甲方不购买年度维护服务的，乙方不再提供任何升级及技术支持。

7.3 年度维护服务不包括定制功能的新增和修改，甲方提出新增需求的，乙方另行报价。

## 第八条 知识产权

8.1 系统软件及定制开发形成的全部程序、源代码、数据库结构、小程序及相关文档的知识产权均归乙方所有。

8.2 甲方享有非独占、不可转让的使用权，仅限于甲方内部使用，不得修改、反向工程或许可第三方使用。乙方不向甲方交付源代码。

8.3 甲方不得将系统提供给其关联公司、加工点或合作匠师单独使用，确需扩展使用范围的，应另行购买许可。

8.4 甲方委托乙方以外的第三方对系统进行修改或二次开发的，乙方不再对系统提供免费维护及年度维护服务。

## 第九条 数据

9.1 甲方录入系统的业务数据归甲方所有。系统部署于甲方服务器，乙方维护人员经甲方开通账号后远程登录系统进行维护。

9.2 甲方同意，乙方有权在脱敏处理后，将甲方的石料、工艺参数、工时及销售数据用于乙方产品改进、行业分析以及向其他客户提供的行业数据服务，本合同终止后亦同。

9.3 乙方对其运维访问采取账号权限控制、加密传输及操作日志等安全措施。发生数据泄露的，乙方在发现后一个工作日内通知甲方；因乙方过错导致数据泄露的，乙方承担相应的赔偿责任。

9.4 合同终止后，乙方在甲方付清全部款项后提供数据导出服务，导出格式为乙方标准格式。甲方应自行做好本地数据的备份工作。

## 第十条 保密

双方对履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或政府要求披露的除外。保密期限自本合同签订之日起至合同终止后两年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何情况下，乙方均不对甲方的间接损失、利润损失或商誉损失承担责任。

11.3 因不可抗力、第三方网络故障、甲方硬件故障等原因导致系统无法正常使用的，乙方不承担责任。

## 第十二条 合同解除

一方严重违约，经对方书面催告后15日内仍未改正的，另一方有权书面通知解除本合同。合同解除的，乙方应向甲方交付截至解除之日已完成的工作成果。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。双方通过电子邮件发送的通知，自发出之日起视为送达。

14.2 本合同未尽事宜，以乙方官网公布的《石韵软件服务条款》为准。

14.3 本合同附件包括：需求说明书、功能清单、报价单。附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：                    乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement - RouteNorth TMS
P:Agreement No. HLCC-IT-2026-022
P:This Software Licence and Services Agreement (the "Agreement") is made between Henan Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhengzhou, Henan Province (the "Customer"), and Tabuk Route Systems Company, a limited liability company registered in the Kingdom of Saudi Arabia with its principal office on Prince Fahd bin Sultan Road, Tabuk (the "Vendor").
P:The Customer operates a fleet of refrigerated vehicles and temperature-controlled warehouses in central China and wishes to acquire a perpetual licence to the Vendor's transport management and cold-chain route optimisation software, together with implementation, interfaces and training. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RouteNorth TMS Enterprise edition, version 8, in object code, including the route optimisation engine, the temperature-compliance module, the driver mobile application and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts, data-migration tools and other materials created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data supplied by the Customer or generated by the Software in the Customer's environment, including shipment, vehicle, driver, temperature-log and consignee data.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.3.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 300 named users and 900 vehicles for the internal business of the Customer and its affiliates in mainland China.
P:2.2 The Vendor shall deliver the following services: installation of the Software on the Customer's servers in its Zhengzhou data centre; configuration of depots, routes, vehicle classes and temperature profiles; interfaces with the Customer's warehouse management system, ERP and vehicle telematics platform; migration of master data; user and administrator training; and go-live support.
P:2.3 The Software will be hosted on the Customer's premises. The Vendor shall not copy Customer Data to any system outside the Customer's environment.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,715,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 1,260,000; implementation and interfaces CNY 410,000; training CNY 45,000.
P:3.2 The Contract Price covers the Warranty Period services under Article 6. No other fee is payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 343,000) within 20 business days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 771,750) within 20 business days after go-live of the Software in all depots. Go-live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 600,250) within 20 business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account stated in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and interfaces within 120 days after signature and shall go live in all depots within 150 days after signature, in accordance with the project plan attached as Annex 2.
P:5.2 Final Acceptance tests shall be carried out after 45 days of live operation and shall confirm that: (a) all functions in the specification in Annex 1 work as described; (b) route plans for a reference day of 1,800 deliveries are produced in under 90 seconds; (c) temperature alarms from the telematics platform reach the dispatcher screen within 60 seconds; (d) data exchanged with the warehouse management system and ERP reconciles without difference over ten consecutive business days; and (e) no Severity 1 incident has occurred in the last 20 days of live operation.
P:5.3 The Customer shall carry out the tests within ten business days after the Vendor's written notice of readiness and shall either issue a Final Acceptance certificate or list the failures. The Vendor shall correct failures and repeat the tests. Installation, go-live, use of the Software in production or payment of any instalment shall not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for a Warranty Period of 24 months from Final Acceptance. During the Warranty Period the Vendor shall correct defects, provide updates and new versions free of charge, and provide remote and, where necessary, on-site support.
P:6.2 After the Warranty Period the Customer may order annual support at a fee of 11% of the Licence Fee (CNY 138,600 per year). This fee shall not increase for the first three years after the Warranty Period. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Support is provided in Mandarin Chinese and English through a hotline and ticket portal. The Vendor shall maintain a support partner engineer in Zhengzhou during the Warranty Period.
P:7.2 Severity 1 incidents (dispatch planning unavailable or temperature alarms not delivered) shall be responded to within 1 hour and resolved or worked around within 6 hours, at any time of day. Severity 2 incidents shall be responded to within 2 hours and resolved within two business days. Severity 3 incidents shall be resolved in the next maintenance release.
P:7.3 For each full hour by which a Severity 1 response or resolution time is exceeded, the Vendor shall credit CNY 1,500 against the next payment or support fee.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including to third parties maintaining the Customer's systems.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or the training of route models.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN and bastion host, with multi-factor authentication and a named account for each engineer, and shall comply with the PRC Data Security Law and Personal Information Protection Law. Driver and consignee personal information shall not leave mainland China.
P:9.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any actual or suspected security incident affecting Customer Data, shall cooperate in remedial measures and shall be liable for all losses caused by its breach of this Article 9.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation survives for five years after termination.
H:Article 11 Delay and Liability
P:11.1 If go-live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price, except for liability under Articles 8.3, 9 and 10, for personal injury and for wilful misconduct, which is not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor, including the Zhengzhou support partner.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. The Customer may also terminate if liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund payments for undelivered services and the Customer may retain the perpetual licence for which it has paid.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Kingdom of Saudi Arabia.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the Saudi Center for Commercial Arbitration under its rules, seated in Tabuk, in the English language.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
P:15.2 Notices shall be given in writing to the addresses stated above. Neither party may assign this Agreement without the other party's prior written consent.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms - Asir Rate Cloud Subscription

**Order Form No.:** ARC-CN-2026-0087

**Provider:** Asir Cloud Hospitality Solutions Company, King Faisal Road, Abha, Kingdom of Saudi Arabia

**Customer:** Sanya Coral Bay Hotel Management Co., Ltd., Sanya, Hainan Province, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1 Subscribed Service

Provider will provide Customer with the Asir Rate Cloud revenue management and rate distribution service (the "Service") for Customer's seven resort hotels on Hainan Island (2,140 rooms in total). The Service includes demand forecasting, rate recommendations, channel-manager connectivity, group-booking evaluation, a management dashboard and the Provider's standard mobile application. The Service is hosted on a cloud platform located in mainland China.

### A2 Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5. This Order Form does not renew automatically; any renewal requires a new order form signed by both parties.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 7 hotels, all modules | 276,000 |
| Subscription fee, Subscription Year 2 | 7 hotels, all modules | 276,000 |
| Setup and integration (one-time) | PMS and channel interfaces, data load, training | 38,000 |
| Total Fees | | 590,000 |

Fees are fixed for the Subscription Term and include all taxes. Additional hotels may be added at a pro-rata fee agreed in writing; such additions are not part of the Total Fees.

### A4 Invoicing and Payment

1. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid invoice.
2. The setup fee is invoiced after Go-Live Acceptance and is payable within 30 days after receipt of a valid invoice.
3. No amount is payable before Go-Live Acceptance.

### A5 Implementation and Go-Live Acceptance

1. Provider will connect the Service to Customer's property management system and its two channel managers, load two years of historical booking data, configure rate rules for each hotel and train revenue staff.
2. Go-Live Acceptance tests will confirm that: (a) rates published by the Service reach all connected channels within 60 seconds; (b) historical data loaded into the Service reconciles with the property management system for every hotel and every month; (c) forecasts are generated daily for each hotel for a 365-day horizon; and (d) each hotel has run the Service in parallel with its existing process for ten days without a Severity 1 incident. Customer will sign a Go-Live Acceptance certificate when all tests are passed. Use of the Service in production is not acceptance.
3. Provider will achieve Go-Live Acceptance within 75 days after signature of this Order Form. If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider will pay Customer CNY 420 for each day of delay, up to CNY 25,000 in total.

### A6 Contacts and Signatures

Provider account manager: Ms. Reem Al-Qahtani, reem.q@asirratecloud.example. Customer project owner: Mr. Huang Zhiwei, Director of Revenue.

Signed for Provider: ____________________  Signed for Customer: ____________________

## Part B - General Terms

### 1. Provision of the Service

1.1 Provider will make the Service available to Customer's authorised users during the Subscription Term in accordance with the documentation and this Agreement.

1.2 Provider may update the Service from time to time, provided that no update materially reduces the functionality Customer has subscribed to.

1.3 Customer is responsible for the accuracy of rate rules it enters and for keeping its user credentials secure.

1.4 Customer shall not resell the Service, attempt to reverse engineer it, or use it to provide revenue management services to hotels outside Customer's group.

1.5 Provider will give Customer at least 30 days' written notice of any change to the channel connectors that requires action by Customer or its hotels.

### 2. Service Levels and Support

2.1 Provider targets a monthly availability of 99.95% for the Service, excluding scheduled maintenance notified at least 48 hours in advance and performed between 02:00 and 05:00 Beijing time.

2.2 Severity 1 incidents (the Service is unavailable or rates cannot be published) will be responded to within 1 hour, 24 hours a day. Severity 2 incidents will be responded to within 8 business hours. Support is available in English and Mandarin Chinese.

2.3 The service levels in this Section 2 are targets. Provider will use reasonable efforts to restore the Service, but no service credits, fee reductions or other compensation apply if a target is missed. Customer's remedies for a persistent failure are limited to those in Section 10.

### 3. Customer Data

3.1 Customer Data means all booking, rate, guest and revenue data that Customer or its hotels submit to the Service or that the Service generates for Customer. As between the parties, Customer owns Customer Data.

3.2 Provider may use Customer Data to provide the Service and to support Customer.

3.3 Customer grants Provider a perpetual, royalty-free licence to use Customer Data in aggregated and de-identified form to compile market benchmarks for its other customers, to improve its forecasting and pricing models and to develop new products. This licence continues after the end of the Subscription Term.

### 4. Data Security

4.1 Provider will maintain administrative, technical and physical safeguards for Customer Data consistent with ISO/IEC 27001, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of administrative access.

4.2 Customer Data, including guest personal information, will be stored and processed in mainland China and will not be transferred abroad without Customer's prior written consent and compliance with applicable PRC law.

4.3 Provider will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take reasonable remedial steps and will be responsible for losses caused by its failure to comply with this Section 4.

### 5. Confidentiality

5.1 Each party will protect the other party's Confidential Information with at least reasonable care, use it only for the purposes of this Agreement and not disclose it except to personnel and advisers who need to know it and are bound by similar obligations.

5.2 These obligations continue for three years after the end of the Agreement, and for trade secrets for as long as they remain trade secrets.

### 6. Intellectual Property

6.1 Provider owns the Service, its software and documentation, and all improvements to them.

6.2 Rate rules, custom reports and interface mappings configured specifically for Customer belong to Customer. Customer may use, copy and modify them and give them to any third party, including a replacement provider.

### 7. Subcontracting

7.1 Provider will not subcontract any part of the Service, including hosting, without Customer's prior written consent. Provider remains responsible for the acts and omissions of approved subcontractors.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with the documentation and that it will provide the setup services with reasonable skill and care.

8.2 Except as expressly set out in this Agreement, neither party gives any other warranty.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, except for breach of Sections 4 and 5.

9.2 Each party's total liability under this Agreement is limited to 200% of the Total Fees.

### 10. Term and Termination

10.1 This Agreement starts on signature of the Order Form and continues until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. Failure of the Service to meet the availability target in three consecutive months is a material breach.

10.3 On termination for Provider's breach, Provider will refund the prepaid fees for the remaining part of the Subscription Year. On any termination, Provider will return Customer Data in a standard format within 30 days and then delete it.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from this Agreement will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 12. General

12.1 Neither party may assign this Agreement without the other party's prior written consent.

12.2 Notices must be in writing and sent to the contacts in A6. This Agreement is the entire agreement of the parties on its subject matter.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 60 days, either party may terminate the affected part of the Agreement.

12.4 Each party shall comply with applicable anti-bribery laws and shall not offer or accept any improper payment in connection with this Agreement.
"""

E03 = """T:Supply Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. BYC-EQ-2026-0142
P:This Contract is made on the Buyer's standard form between Hebei Beiyuan Cement Co., Ltd., Xingtai, Hebei Province, People's Republic of China (the "Buyer"), and Jazan Industrial Sensing Company, a company registered in the Kingdom of Saudi Arabia with its office in the Jazan Economic City, Jazan (the "Supplier").
P:The Buyer operates two clinker production lines and wishes to install wireless vibration and temperature sensors on its kiln drives, raw mills, cement mills and fans, together with gateways and a perpetual licence to the Supplier's monitoring software, so that bearing and gearbox faults are detected early. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the price table in Clause 2.
P:1.2 "Software" means the Supplier's VibraSense Monitor software, version 6, licensed under Clause 3, including analytics, alarm and reporting modules and any updates supplied during the Warranty Period.
P:1.3 "Site" means the Buyer's plant in Xingtai, Hebei Province.
P:1.4 "Buyer Data" means all measurement data, alarms, asset records, reports and other data collected or generated at the Site or by the Software.
P:1.5 "Final Acceptance" means the acceptance certificate issued by the Buyer under Clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software at the Site, integrate the Software with the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.2 The Buyer shall provide access to the Site, power supply points, network connections for the gateways and server capacity for the Software, and shall make its process and maintenance engineers available for configuration workshops.
P:2.3 The Contract Price is CNY 1,305,000, fixed and inclusive of VAT, delivery to the Site, customs clearance, insurance and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|2,150|516,000
TB:2|Industrial wireless gateway with mounting kit|24|9,800|235,200
TB:3|VibraSense Monitor perpetual licence (300 assets)|1|388,000|388,000
TB:|Equipment and Licence Subtotal|||1,139,200
TB:4|Installation, commissioning and DCS/CMMS integration|1|142,600|142,600
TB:5|Training (operators and reliability engineers)|1|23,200|23,200
TB:|Contract Price|||1,305,000
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software on the Buyer's servers for the Site and any other plant of the Buyer's group in mainland China, without limit on the number of users.
P:3.2 The Software shall run on the Buyer's own servers. No connection to systems outside the Buyer's network is required for the Software to operate.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 130,500) within 15 business days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 717,750) within 20 business days after the Installation Certificate. The Installation Certificate confirms only that the Equipment has been installed and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 456,750) within 20 business days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within 60 days after signature and complete installation within 90 days after signature. Installation work on running equipment shall follow the Buyer's permit-to-work and lock-out procedures and the plant's planned shutdown schedule.
P:5.2 The Supplier shall provide a method statement and risk assessment for installation before any work on Site.
P:5.3 The Equipment shall be packed for export shipment and inland transport, marked with the contract number and asset tags, and delivered with packing lists, certificates of origin, calibration certificates and the explosion-protection certificates required for the coal mill area.
H:6. Acceptance
P:6.1 After installation the Software shall be run on all monitored assets for a trial period of 45 days.
P:6.2 The acceptance criteria are: (a) at least 98% of sensors report data at the configured interval over the last ten days of the trial period; (b) vibration readings of 20 reference points agree with the Buyer's portable analyser within 5%; (c) alarms reach the DCS operator station within 30 seconds; (d) work requests are created automatically in the maintenance management system for every confirmed alarm; and (e) the documentation listed in Annex 2 has been delivered.
P:6.3 The Buyer shall carry out the acceptance tests within ten business days after the Supplier's notice of readiness and shall issue a Final Acceptance certificate or a list of defects. Delivery, installation, use of the Equipment or Software, or any payment shall not be deemed acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace defective Equipment within ten days, correct Software defects, supply Software updates free of charge and keep 5% spare sensors at the Site.
P:7.3 The Supplier shall keep spare parts and replacement sensors of the supplied types, or compatible successors, available for purchase for at least eight years after Final Acceptance.
P:7.2 After the Warranty Period the Buyer may order support at 8.5% of the Equipment and Licence Subtotal per year (CNY 96,832). This fee is fixed for the two years following the Warranty Period and is ordered by separate annual purchase orders, without automatic renewal.
H:8. Service Levels
P:8.1 Fault severities and times are set out below and apply during the Warranty Period:
TB:Severity|Description|Response|Resolution
TB:Severity 1|Software unavailable, or alarms not reaching the DCS|30 minutes|8 hours
TB:Severity 2|A gateway or more than ten sensors not reporting|2 hours|2 business days
TB:Severity 3|Reports or non-critical functions impaired|1 business day|Next update
P:8.2 For each full hour by which a Severity 1 response or resolution time is exceeded the Supplier shall pay CNY 1,200, and for each day by which a Severity 2 resolution time is exceeded CNY 800, deducted from any amount due to the Supplier.
H:9. Delay Damages and Liability
P:9.1 If delivery, installation or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:9.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 to 12, which are not limited.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, in any form.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host with session recording. The Supplier shall not copy Buyer Data outside the Buyer's network and shall comply with the PRC Data Security Law.
P:10.3 The Supplier shall report any security incident affecting the Software or Buyer Data within 12 hours, cooperate in the investigation and remedy, and be liable for the losses caused by its breach of this Clause 10.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public technical and commercial information, including the Buyer's process data and plant layout, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:12. Intellectual Property
P:12.1 The Supplier retains the intellectual property in the Software and the Equipment firmware.
P:12.2 Asset models, dashboards, alarm rules and interface programs developed for the Buyer under this Contract belong to the Buyer, with their source code, and the Buyer may use, modify and license them freely.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages under Clause 9.1 reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected items.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang. The award is final and binding.
H:16. General
P:16.1 This Contract is written in English and Chinese; both versions have equal effect. Annex 1 (Technical Specification) and Annex 2 (Documentation List) form part of this Contract.
P:16.2 Neither party is liable for delay caused by force majeure events such as natural disasters, epidemics or government action, if it notifies the other party within five days and provides evidence. The time for performance is extended by the period of the event.
P:16.3 Neither party may assign this Contract without the other party's prior written consent. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.:** QT-MSA-2026-07

**Customer:** Shaoxing Qiantang Textile Printing and Dyeing Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China

**Provider:** Al-Ahsa Managed Technology Services Company, King Abdullah Road, Hofuf, Al-Ahsa, Kingdom of Saudi Arabia, acting through its project office in Hangzhou

The Customer wishes to outsource the operation of its network, servers and end-user support at its Keqiao plant and Hangzhou sales office, and the Provider has offered to provide managed services for a term of 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date stated in the Service Commencement certificate issued under Clause 4.3.

1.5 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses, processes or stores in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and, after the transition period, continues for 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the 36 months. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Services

3.1 The Provider shall provide the Services at the sites listed in Schedule 1 using qualified staff, in accordance with the Service Levels and good industry practice.

3.2 The Provider shall station two engineers at the Keqiao plant during business hours and provide remote monitoring of all in-scope devices 24 hours a day from its operations centre in Hangzhou.

3.3 The Provider shall keep an up-to-date configuration database, runbooks and network diagrams and hand them over to the Customer at any time on request and at the end of the Agreement.

3.4 The Provider shall propose at least two service improvement initiatives each year in the quarterly service review, for example automation of routine tasks or reduction of repeat incidents.

## 4. Transition and Service Commencement

4.1 The Provider shall carry out transition in the first 60 days after signature: discovery of all in-scope devices, installation of monitoring tools, knowledge transfer from the Customer's IT team and the outgoing supplier, and preparation of runbooks.

4.2 If transition is not completed on time, the Provider shall give the Customer a recovery plan and continue the work at no additional charge.

4.3 Service Commencement requires that: (a) all in-scope devices are monitored and visible in the Provider's portal; (b) runbooks for the 30 most frequent tasks have been approved by the Customer; (c) a failover test of the core network and the backup restore of two production servers have been completed successfully; and (d) the service desk has handled live tickets in parallel with the Customer's team for ten business days. When these criteria are met the Customer shall sign a Service Commencement certificate.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total value of this Agreement over the term is CNY 2,184,000.

5.2 The monthly service charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid invoice. The one-time transition charge is invoiced after Service Commencement.

5.3 The Customer pays nothing before Service Commencement. The Charges are fixed for the term and include all taxes and travel costs.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

6.2 If a Service Level is not met in a month, the Provider shall credit the amount stated in Schedule 2 against the next invoice. Service credits in any month shall not exceed 20% of the monthly service charge.

6.3 Service credits are a price adjustment for reduced service and do not prevent the Customer from claiming damages for loss caused by the Provider's breach.

## 7. Customer Data and Data Security

7.1 Customer Data belongs to the Customer. The Provider may process Customer Data only as necessary to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

7.2 The Provider shall access the Customer's systems only through the Customer's bastion host, with named accounts and multi-factor authentication. Customer Data shall remain in mainland China. The Provider shall apply the security controls in its ISO/IEC 27001 certified management system and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 The Provider shall notify the Customer within 2 hours of detecting a security incident affecting the Customer's systems or Customer Data, shall contain and remedy it, and shall be liable for losses caused by its breach of this Clause 7.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including the Customer's designs, colour formulas, customer lists and system configurations, and shall use it only for this Agreement. This obligation survives for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 The Provider retains its pre-existing tools and monitoring software.

9.2 Runbooks, scripts, configuration records, diagrams and reports prepared for the Customer belong to the Customer, which may use, modify and give them to any third party, including a successor provider.

## 10. Personnel and Subcontracting

10.1 The Provider shall not replace its service manager without the Customer's prior approval.

10.2 The Provider's engineers working at the Customer's sites shall follow the Customer's safety, security and visitor rules and sign the Customer's individual confidentiality undertaking.

10.3 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for approved subcontractors.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 The Provider's total liability under this Agreement is limited to 150% of the total value of this Agreement, except for breach of Clauses 7 and 8, personal injury and wilful misconduct, which are not limited.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider fails to meet the same Service Level in three consecutive months.

12.2 On termination or expiry, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, return all Customer Data and documentation and then delete its copies.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.

## 14. General

14.1 Neither party may assign this Agreement without the other's prior written consent. Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

14.2 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect. The Provider's business continuity plan shall remain in force during such an event.

Signed for the Customer: ____________________   Signed for the Provider: ____________________

## Schedule 1 - Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Network operations | Core and access switches, firewalls, Wi-Fi controllers, SD-WAN link between sites | Keqiao plant, Hangzhou office |
| Server and storage operations | 46 virtual and 9 physical servers, storage array, backup system | Keqiao plant data room |
| Service desk | Tickets by phone, portal and WeCom, 07:00-23:00, seven days a week | All users (about 620) |
| End-user support | Desktop and laptop support, printers, production-floor terminals | Keqiao plant, Hangzhou office |
| Security operations | Patch management, antivirus, firewall rule review, monthly vulnerability scan | All in-scope devices |
| Reporting | Monthly service report and quarterly service review | Customer IT manager |

## Schedule 2 - Service Levels

| Service Level | Target | Service credit if missed |
|---|---|---|
| Core network availability (monthly) | 99.95% | 5% of the monthly service charge |
| Priority 1 incident response (production or core network down) | 6 hours | CNY 2,000 per incident |
| Priority 1 incident resolution | 10 hours | CNY 3,000 per incident |
| Priority 2 incident response | 8 business hours | CNY 500 per incident |
| Successful nightly backups | 98% per month | 2% of the monthly service charge |
| Critical patches installed | Within 10 days of release | 2% of the monthly service charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | Payable after Service Commencement | 96,000 |
| Monthly service charge | CNY 58,000 per month x 36 months | 2,088,000 |
| Total value of this Agreement | | 2,184,000 |
| Additional work | Engineer day rate, only on written order | 2,600 per day |
| Exit assistance | Engineer day rate | 2,600 per day |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. QAD-CN-2026-014

This Data and API Subscription Agreement (the "Agreement") is made between:

Qassim AgriData Company, a company registered in the Kingdom of Saudi Arabia with its office on King Abdulaziz Road, Buraidah, Qassim Province ("Provider"); and

Guangzhou Nanyue Dates and Dried Fruit Import Co., Ltd., a company registered in the People's Republic of China with its office in Tianhe District, Guangzhou ("Customer").

Customer imports dates and dried fruit from the Gulf region and North Africa and wishes to receive crop-condition, harvest-forecast, export-price and shipment data through Provider's application programming interface, to support its purchasing and pricing decisions.

1. DEFINITIONS

1.1 "API" means Provider's AgriData REST interface and the related bulk file delivery service.

1.2 "Licensed Data" means the datasets listed in Clause 2.2, including updates delivered during the Term.

1.3 "Subscription Year" means each annual period starting on the Start Date or on an anniversary of it.

1.4 "Start Date" means the date on which Customer signs the Integration Acceptance certificate under Clause 5.3.

1.5 "Documentation" means Provider's API reference, data dictionaries and methodology notes for each dataset, as updated from time to time.

1.6 "Customer Information" means Customer's account information, query records, watch lists, purchase volumes and any other data that Customer submits to the API or that is generated from Customer's use of it.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Term to access the API and use the Licensed Data for its internal business in mainland China, including sharing reports derived from the Licensed Data with its directors, auditors and banks.

2.2 The Licensed Data comprises: (a) weekly crop-condition indices for date palms in 14 producing regions; (b) monthly harvest forecasts by variety; (c) daily export price assessments for 22 date varieties; (d) weekly shipment data for reefer containers from Gulf ports to China; and (e) ten years of historical data for each dataset.

2.3 Customer may make up to 200,000 API calls per Subscription Year and may create up to 25 user accounts.

2.4 Customer shall not resell or redistribute the Licensed Data as such, publish it in a form that allows it to be extracted, or use it to build a competing data product. Customer may publish occasional charts or short excerpts in internal or bank presentations with attribution to Provider.

2.5 Provider shall give Customer access to a test environment with sample data so that Customer can develop and test its integration before the historical backfill is delivered.

3. TERM

3.1 This Agreement starts on signature and the subscription runs for two Subscription Years from the Start Date (the "Term").

3.2 The Agreement ends at the end of the Term. Any renewal requires a new written agreement; this Agreement does not renew automatically.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 318,000 for each Subscription Year, CNY 636,000 for the Term.

4.2 The one-time onboarding fee for integration support and historical data delivery is CNY 24,000.

4.3 The total contract value is CNY 660,000, inclusive of all taxes. Additional API calls beyond the allowance in Clause 2.3 are charged at CNY 0.60 per call and are not part of the total contract value.

4.4 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid invoice. The onboarding fee is invoiced after Integration Acceptance. Customer pays nothing before the Start Date.

4.5 Invoices shall be issued in CNY. Provider shall bear all taxes imposed on it in the Kingdom of Saudi Arabia, and any PRC withholding tax shall be handled in accordance with the applicable tax treaty, with Provider providing the documents Customer reasonably requests.

5. ONBOARDING AND INTEGRATION ACCEPTANCE

5.1 Within 30 days after signature Provider shall deliver API credentials, the full historical data backfill and technical documentation, and shall support Customer's IT team in connecting the API to Customer's purchasing system and pricing dashboard.

5.2 If Provider delivers the historical data backfill late for reasons attributable to Provider, Provider shall pay Customer CNY 420 for each day of delay, up to CNY 20,000.

5.3 Integration Acceptance requires that: (a) all five datasets are retrievable through the API; (b) the historical backfill is complete for every dataset and region, with record counts matching Provider's manifest; (c) a sample of 200 price assessments matches Provider's published values; and (d) Customer's purchasing system has received daily updates for ten consecutive business days. Customer shall then sign an Integration Acceptance certificate. Use of the Licensed Data before that date is not acceptance.

5.4 Provider shall hold two training webinars in Mandarin Chinese or with interpretation for Customer's purchasing and IT staff, covering the datasets, their methodology and the use of the API.

6. SERVICE

6.1 Provider will use commercially reasonable efforts to keep the API available and to publish each dataset on its usual schedule, but does not guarantee that the API will be uninterrupted or error-free.

6.2 Support questions may be sent to Provider's support mailbox and will be answered as soon as practicable. No service levels, response times or service credits apply to the API or the Licensed Data.

6.3 Provider may change the format of the Licensed Data or the API on 60 days' notice, provided that the content of the datasets is not reduced.

6.4 Provider compiles the Licensed Data from field surveys, public sources and market contacts. Provider will correct confirmed errors in a later publication and will describe material corrections in its release notes. Customer remains responsible for its own purchasing decisions.

7. SUBCONTRACTORS

7.1 Provider may engage subcontractors, including field data collectors, translation services and hosting providers, to perform any part of this Agreement by giving Customer written notice of each subcontractor. Provider remains responsible for its subcontractors.

8. CUSTOMER INFORMATION AND DATA SECURITY

8.1 Customer Information belongs to Customer. Provider shall use Customer Information only to provide the API and support to Customer and shall not use it for any other purpose, including market analysis, and shall not disclose Customer's watch lists or purchase volumes to anyone.

8.2 Provider shall protect Customer Information with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication and access logging. Customer Information shall be stored on servers located in mainland China.

8.3 Provider shall notify Customer within 24 hours of becoming aware of any unauthorised access to Customer Information, shall take remedial action and shall be liable for losses caused by its breach of this Clause 8.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information disclosed in connection with this Agreement, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 Provider retains all rights in the API and the Licensed Data, subject to the licence in Clause 2.

10.2 The connector, data mappings and dashboard templates that Provider develops specifically for Customer during onboarding belong to Customer, which may use, modify and license them freely.

10.3 Provider shall indemnify Customer against third-party claims that the Licensed Data or the API infringe intellectual property rights.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit, except for breach of Clauses 8 and 9.

11.2 Provider's total liability under this Agreement shall not exceed 150% of the total contract value.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice.

12.2 On expiry or termination Provider shall delete Customer Information from its systems within 30 days and confirm the deletion in writing, except where retention is required by law.

12.3 If Customer terminates for Provider's breach, Provider shall refund the fees paid for the remainder of the current Subscription Year. On termination Customer shall stop using the API, but may keep reports already prepared.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent. Amendments must be in writing and signed by both parties.

14.2 Notices shall be sent to the addresses above by courier or email with confirmation of receipt.

14.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly. If such an event prevents delivery of the Licensed Data for more than 60 days, Customer may terminate this Agreement and receive a refund of fees paid for the period not delivered.

14.4 Each party shall comply with applicable anti-bribery and sanctions laws in connection with this Agreement.

14.5 This Agreement is made in English. A Chinese translation may be prepared for convenience; the English text prevails.

For Provider: ____________________        For Customer: ____________________
"""

# ---------------------------------------------------------------- files
NAMES = {
    "z01": ("h669z01_theatre_repertoire_digitisation_platform.pdf", Z01),
    "z02": ("h669z02_fishing_rod_line_control_retrofit.docx", Z02),
    "z03": ("h669z03_book_cafe_chain_ordering_membership_saas.txt", Z03),
    "z04": ("h669z04_film_studio_archive_system_annual_om.txt", Z04),
    "z05": ("h669z05_inkstone_carving_tracking_supplier_template.md", Z05),
    "e01": ("h669e01_cold_chain_tms_perpetual_licence_tabuk_vendor.pdf", E01),
    "e02": ("h669e02_hotel_revenue_saas_order_form_abha_vendor.md", E02),
    "e03": ("h669e03_cement_condition_monitoring_sensors_jazan_vendor.docx", E03),
    "e04": ("h669e04_textile_managed_it_services_hofuf_vendor.md", E04),
    "e05": ("h669e05_dates_market_data_api_subscription_buraidah_vendor.txt", E05),
}

T = True
F = False
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: language, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed,
# contract_value), design (fee base for TCO, forum outside mainland, my design list of rules)
D = {
    "z01": ("zh", "software",
            [99.95, 0.5, T, "buyer", T, T, T, 0.08, None, 20, T, T, 24, 9, F, T, F, "PRC", G],
            (T, T, T, F, 1576000), (780000, F, [])),
    "z02": ("zh", "hardware",
            [None, 8, T, "buyer", F, T, F, 0.1, None, 20, T, T, 18, 7.5, F, T, F, "PRC", G],
            (T, T, T, F, 1340000), (1184000, F, ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-SLA-RESPONSE"])),
    "z03": ("zh", "cloud",
            [99.5, 0.5, T, "buyer", T, T, T, 0.06, 6 / 24 * 100, None, T, None, None, None, T, T, F, "PRC", S],
            (T, T, None, F, 794000), (None, F, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"])),
    "z04": ("zh", "services",
            [99.95, 0.25, T, "buyer", T, T, T, 0.1, None, None, T, None, None, None, F, F, T, "PRC", S],
            (T, T, None, F, 568000), (None, F, ["CR-SUBCONTRACT", "CR-TERMINATION"])),
    "z05": ("zh", "software",
            [None, 2, F, "supplier", T, F, T, 0.02, None, 55, F, F, 6, 26, F, T, None, None, G],
            (T, T, T, T, 950000),
            (620000, F, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                         "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])),
    "e01": ("en", "software",
            [None, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 11, F, T, F, "Saudi Arabia", G],
            (T, T, T, F, 1715000), (1260000, T, ["CR-GOVERNING-LAW"])),
    "e02": ("en", "cloud",
            [99.95, 1, F, "buyer", T, F, T, 420 / 590000 * 100, 200, None, T, None, None, None, F, T, F, "PRC", S],
            (T, T, None, F, 590000), (None, F, ["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"])),
    "e03": ("en", "hardware",
            [None, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8.5, F, T, F, "PRC", G],
            (T, T, T, F, 1305000), (1139200, F, [])),
    "e04": ("en", "services",
            [99.95, 6, T, "buyer", T, T, T, None, 150, None, T, None, None, None, F, T, F, "PRC", S],
            (T, F, None, F, 2184000), (None, F, ["CR-LD-MISSING", "CR-SLA-RESPONSE"])),
    "e05": ("en", "services",
            [None, None, F, "buyer", T, T, T, 420 / 660000 * 100, 150, None, T, None, None, None, F, T, T, "PRC", S],
            (F, T, None, F, 660000), (None, F, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"])),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (never stated in a text, never equal to a label value)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH = 40


def tco_share(t, x, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3 applied to the labels."""
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    lang, cat, vals, ex, (base, forum, design) = D[key]
    assert len(vals) == len(TERM_KEYS)
    t = dict(zip(TERM_KEYS, vals))
    if t["contract_kind"] == S:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and ex[2] is None
    sla, ld, capped, deemed, value = ex
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive(t, x, base, forum)
    assert rules == sorted(design), (key, rules, design)
    return {"file": NAMES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}, base


# ---------------------------------------------------------------- threshold scan
TH_RE = re.compile("|".join([
    r"99\.90*(?!\d)",
    r"(?<![\d.])4(?:个)?小时|四(?:个)?小时|(?<![\d.])4-?hours?|(?<![\d.])4-?hrs?\b|\bfour[- ]?hours?",
    r"(?<![\d.])0\.050*(?!\d)|万分之五(?![十])|千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?%|百分之一?百(?![分])",
    r"(?<![\d.,])30(?:\.0+)?%|百分之三十(?![一二三四五六七八九])",
    r"(?<![\d.,])15(?:\.0+)?%|百分之十五",
    r"(?<![\d.,])40(?:\.0+)?%|百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.,])12(?:个)?月|十二个月|(?<![\d.,])12(?:-|calendar)?months?|\btwelve[- ]?(?:\(12\))?(?:calendar)?months?"
    r"|(?:质保|保修)期?为?一年|one[- ]?year(?:'s)?warranty",
]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时内", "四小时", "within 4 hours", "4-hour", "0.05%", "万分之五", "100%", "100 %",
            "30%", "百分之三十", "15%", "40%", "12个月", "十二个月", "12 months", "twelve months", "质保期为一年"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.06%", "万分之六", "1,100", "150%", "130%",
             "115%", "8.5%", "0.15%", "30日", "30 days", "40 days", "15 days", "2026年4月1日", "120 days",
             "200%", "45%", "35%"]


def scan_variants(text):
    collapsed = re.sub(r"\s+", " ", text)
    free = re.sub(r"\s+", "", text)
    return [text, collapsed, free]


def self_test():
    for s in MUST_HIT:
        assert any(TH_RE.search(v) for v in scan_variants(s)), ("must hit", s)
    for s in MUST_MISS:
        assert not any(TH_RE.search(v) for v in scan_variants(s)), ("must miss", s)


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
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, src) in NAMES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (name, _) in NAMES.items():
        lab, base = label(key)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        t, x = lab["expected_terms"], lab["expected_extra"]
        for k, v in TH.items():
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append("%s: %s on threshold" % (key, k))
        share = tco_share(t, x, base)
        if share is not None and abs(share - TCO_TH) <= 2:
            problems.append("%s: TCO share %.2f within 2 points" % (key, share))
        text = read_back(OUT / name)
        for v in scan_variants(text):
            for m in TH_RE.finditer(v):
                problems.append("%s: threshold figure %r near %r" % (key, m.group(0), v[max(0, m.start() - 20):m.end() + 20]))
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            unit = "chars"
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            unit = "words"
        if not ok:
            problems.append("%s: length %d %s out of range" % (key, n, unit))
        rules = lab["expected_rules"]
        covered.update(rules)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if rules else "low"))
        print("%s %-62s %5d %-5s share=%s risk=%s %s" % (key, name, n, unit,
              "-" if share is None else "%.2f" % share, risk, ", ".join(r[3:] for r in rules) or "(none)"))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never expected: %s" % missing)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
