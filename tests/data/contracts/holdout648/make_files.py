"""holdout648: builds ten blind held-out draft contracts (.txt/.md/.docx/.pdf) from the sources below, writes their
.json labels and asserts lengths, threshold avoidance, label-derived rules against the design list and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:地毯产业园企业服务平台采购合同
P:合同编号：DTYQ-ZFCG-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市地毯产业园管理委员会
P:乙方（供应商）：某某数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就地毯产业园企业服务平台的软件许可、定制开发及实施事项，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供企业服务平台软件永久使用许可，并按甲方需求完成定制开发、数据对接与迁移、部署实施及培训。
P:1.2 定制开发内容包括：企业画像与产业链图谱、惠企政策申报与兑现、园区地图与厂房招商、地毯设计版权登记服务、企业诉求受理与督办共五个子系统。
P:1.3 平台部署于甲方指定的政务云资源池，对接市场监管、税务、人社、统计等部门共享数据接口。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾叁万元整（¥1,530,000），为固定总价，含税及全部费用。
P:2.2 价款构成：平台软件许可费¥780,000；定制开发费¥526,000；数据对接与迁移费¥138,000；实施及培训费¥86,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统初验合格后十个工作日内，甲方支付合同总价的45%。
P:3.3 系统最终验收合格后十个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后一百二十日内完成全部开发、部署并具备初验条件。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及全部定制部分源代码。
H:第五条 验收
P:5.1 初验标准：五个子系统功能与需求规格说明书逐项一致；共享数据接口连续七日调用成功；在五百个并发用户下页面平均响应时间不超过2秒；迁移数据经双方抽样核对无差错。
P:5.2 试运行九十日，期间未出现一级故障，且第三方安全测评及商用密码应用安全性评估通过后，甲方组织最终验收。
P:5.3 系统上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供维护、升级及缺陷修复。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%（即不超过¥62,400），该价格在质保期满后三年内不上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。
P:7.2 一级故障（平台整体不可用或政策兑现功能中断）乙方应在30分钟内响应，二小时内到场或远程处理，八小时内恢复；二级故障二小时内响应。
P:7.3 响应或恢复每超时一小时，乙方向甲方支付违约金500元；月度可用率每低于承诺值0.01个百分点，扣减当年维护费用1,000元（质保期内从质量保证金中扣除）。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发形成的软件、源代码、文档及数据模型的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台采集、存储的企业信息和政务数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密存储、日志审计，运维操作须经堡垒机进行，不得将数据复制出政务云。
P:9.3 发生数据泄露或安全事件的，乙方应在一小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、企业商业信息负有保密义务，保密期限至合同终止后五年。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按应付未付款项的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日或存在其他根本违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理
P:15.1 乙方应指定一名具有五年以上政务信息化项目经验的项目经理，常驻园区管委会办公，未经甲方同意不得更换。项目组核心成员名单作为本合同附件，更换须提前十日书面报甲方认可。
P:15.2 乙方应每周提交项目周报，说明进度、问题和下周计划；重大问题应在发现当日报告甲方。双方每两周召开一次项目例会，会议纪要经双方确认后作为项目文档归档。
P:15.3 需求变更须由提出方书面提交，经双方评估工作量和对工期的影响后签署变更确认单。不影响合同总价的小型变更由乙方在合同范围内完成。
H:第十六条 培训与知识转移
P:16.1 乙方应对甲方管理员、各业务科室人员及入驻企业代表分别开展培训，培训总计不少于六场，并提供培训教材和操作视频。
P:16.2 最终验收前，乙方应向甲方或甲方指定的运维单位完成系统部署、配置、备份恢复和常见故障处理的知识转移，确保其能够独立完成日常运维。
H:第十七条 不可抗力
P:17.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供证明。双方可根据影响程度协商顺延履行期限。
P:17.2 不可抗力持续超过九十日致使合同目的无法实现的，任何一方可书面通知对方解除合同，双方按实际完成的工作量结算。
H:第十八条 廉洁与通知
P:18.1 乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益。违反本条的，甲方有权解除合同并将有关情况报送财政部门。
P:18.2 双方的通知应以书面形式送达合同首页所载地址或电子邮箱。一方联系方式变更的，应在变更后三日内书面通知对方，否则按原地址送达即视为送达。
P:18.3 甲方应为乙方提供政务云资源、网络访问许可和共享数据接口申请的协调支持；因甲方原因延误的，乙方工期相应顺延，但乙方应在延误发生后二日内书面说明。
P:18.4 乙方交付的全部文档应使用中文编写，源代码应附带编译说明和第三方组件清单，第三方组件不得含有限制甲方使用的许可条款。
P:18.5 乙方应在质保期内每季度对平台进行一次安全漏洞扫描，发现高危漏洞的应在五日内修复并向甲方报告。
P:18.6 平台应适配国产操作系统、数据库和浏览器，并支持移动端访问。入驻企业用户的账号注册应采用实名认证，并与省政务服务统一身份认证平台对接。
H:第十九条 其他
P:19.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　乙方（盖章）：________
"""

Z02 = """T:针织染整生产线控制系统改造及维保合同
P:合同编号：DT-WC-2026-0608
P:甲方：诸暨某某袜业有限公司
P:乙方：杭州某某工业自动化有限公司
P:甲方拟对其袜机织造车间及染整车间的生产线控制系统进行改造。乙方具备相应的设备供货、软件实施和售后维保能力。双方经协商一致，订立本合同。
H:一、项目内容
P:（一）乙方为甲方提供染色机控制器改造、袜机数据采集终端、工业网络及生产执行软件，并负责安装调试、系统对接和培训。
P:（二）改造范围为甲方一号、二号织造车间的袜机共160台，以及染整车间的染色机14台、定型机两台。改造后，系统应实现工艺配方下发、染色温控曲线记录、产量与停机自动统计。
P:（三）价格明细见下表。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|染色机控制器改造（含PLC及触摸屏）|14台|36,000|504,000
TB:2|袜机数据采集终端|160台|1,850|296,000
TB:3|工业交换机、光纤及布线|1批|118,000|118,000
TB:4|生产执行软件许可（永久）|1套|260,000|260,000
TB:|软硬件小计|||1,178,000
TB:5|安装调试及系统对接|1项|96,000|96,000
TB:6|操作与维护培训|1项|18,000|18,000
TB:|合同总价|||1,292,000
P:（四）技术要求：染色机控制器应支持不少于两百条工艺配方存储，温度控制精度满足第四条要求；袜机数据采集终端应能识别开机、停机、断纱、换针等状态并自动计数；工业网络采用环网结构，单点故障不影响整体通信；生产执行软件应提供订单排产、工艺下发、产量统计、停机分析和质量追溯功能，并能与甲方现有ERP系统交换订单和产量数据。
P:（五）乙方提供的设备应为全新原厂产品，具备产品合格证及说明书，染色机控制器的电气部分应符合国家相关安全标准。乙方在投标时承诺的品牌和型号不得擅自变更；确需变更的，应书面说明理由并经甲方同意，且性能不得低于原型号。
H:二、合同价款与支付
P:（一）合同总价为人民币壹佰贰拾玖万贰仟元整（¥1,292,000），含税。
P:（二）合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（三）设备到货并经甲方签收后，甲方支付合同总价的35%。签收仅确认数量与外观，不构成质量验收。
P:（四）系统终验合格后十个工作日内，甲方支付合同总价的45%。
H:三、交货与安装
P:（一）乙方应在合同签订后四十五日内将全部设备运抵甲方厂区，并在到货后三十日内完成安装调试。
P:（二）改造须分车间分批进行，每批停机时间不超过三日，具体时间由甲方生产部门确定。
H:四、验收
P:（一）终验标准：全部设备型号、数量与上表一致；工艺配方下发准确无误；染色温控曲线偏差不超过正负0.5摄氏度；产量与停机统计与人工抽查记录一致；系统连续稳定运行二十日无一级故障。
P:（二）终验由甲方组织，双方签署终验报告。设备签收、安装完成或甲方投入使用，均不视为终验合格。
H:五、质保与维保
P:（一）质保期为终验合格之日起二十四个月。质保期内设备及软件故障由乙方免费维修或更换。
P:（二）质保期满后，乙方提供年度维保服务，年维保费按软硬件小计的9%计取（即¥106,020），质保期满后三年内不上调。
P:（三）故障分级及响应要求见下表。
TB:故障级别|情形|响应时间|到场时间
TB:一级|整条生产线停机或染色机控制失效|1小时|当日
TB:二级|单台设备故障，不影响整线|八小时|次日
TB:三级|软件操作问题或报表错误|一个工作日|按需
P:（四）乙方响应或到场每超时一小时，向甲方支付违约金400元，从应付款或维保费中扣除。
H:六、知识产权
P:乙方为本项目定制开发的工艺配方接口程序、报表及其源代码，知识产权归甲方所有，甲方可自行修改使用。生产执行软件标准产品的知识产权仍归乙方，甲方享有永久使用权。
H:七、数据安全
P:（一）生产数据、工艺配方及订单信息归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方审批并全程记录。发生数据泄露或被篡改的，乙方应在两小时内通知甲方并配合处置；因乙方原因造成损失的，由乙方赔偿。
H:八、保密
P:双方对在履约中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但故意或重大过失造成的损失除外。
H:十、分包
P:乙方可将现场布线及设备安装工作交由具备资质的第三方施工，但应提前三个工作日书面告知甲方，并对第三方的工作质量负责。
H:十一、合同解除
P:乙方交货逾期超过三十日，或终验两次不合格，或有其他严重违约经甲方书面通知后十日内未改正的，甲方有权解除合同。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交绍兴仲裁委员会仲裁。
H:十三、施工管理与安全
P:（一）乙方进场施工前应编制施工方案和停机计划，经甲方生产部门和设备部门确认后实施。施工须避开甲方旺季订单高峰，每批改造完成后当日恢复生产。
P:（二）乙方人员应遵守甲方厂区的安全生产、防火和化学品管理制度，在染整车间作业时应佩戴防护用品。因乙方人员违章作业造成的人身伤害或财产损失，由乙方承担责任。
P:（三）改造过程中拆下的原有控制器、线缆等旧物资归甲方所有，由乙方分类整理后移交甲方仓库，并提供清单。
P:（四）乙方应为现场施工人员购买工伤保险或意外伤害保险，并在进场前向甲方提交人员名单和保险凭证。
H:十四、培训与资料
P:（一）乙方应对甲方的车间主任、挡车工班长、染色工艺员和设备维修人员分别进行培训，使其能够熟练操作系统、下发工艺配方并处理常见故障。
P:（二）乙方应在终验前向甲方提交设备清单、电气图纸、PLC程序备份、网络拓扑图、软件安装介质、操作手册和维护手册，纸质版和电子版各一份。
P:（三）甲方新增袜机或染色机的，乙方应按本合同单价提供同型号终端和控制器，并负责接入系统。
H:十五、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商顺延或部分免除责任。不可抗力持续超过六十日的，双方可协商解除合同。
H:十六、甲方义务
P:（一）甲方应指派设备部经理作为项目联系人，负责协调车间停机、现场施工条件和验收组织。
P:（二）甲方应按乙方施工方案提供配电、压缩空气和网络接入点，并提供现有ERP系统的接口说明。
P:（三）甲方应在乙方提交终验申请后十日内组织终验；无正当理由逾期不组织的，乙方可书面催告，甲方应在催告后五日内组织。
P:（四）甲方应对乙方提供的技术资料、程序备份妥善保管，仅用于本项目设备的使用和维护。
P:（五）甲方应在改造期间安排熟悉设备的维修人员全程配合，协助乙方核对原有接线、染色机加热和冷却回路，并参加调试和培训，以便终验后能够独立完成日常维护。
H:十七、其他
P:（一）本合同附件包括技术规格书、设备清单、施工方案，与本合同具有同等效力。
P:（二）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：________　乙方（盖章）：________
"""

Z03 = """连锁攀岩馆预约及会员管理系统服务合同

合同编号：PY-SAAS-2026-031
甲方：某某攀岩运动管理有限公司（以下简称"甲方"）
乙方：某某云软件有限公司（以下简称"乙方"）

甲方在全国经营30家攀岩馆门店，拟采购预约及会员管理SaaS服务及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供预约及会员管理系统服务，包括：线上预约与场次管理、会员卡及次卡管理、定级课程排课、教练排班、入场核验、储值与收银、门店经营报表。
（二）服务范围为甲方30家门店，每家门店不超过八个前台账号和二十个教练账号，会员数量不设上限。
（三）乙方负责实施服务：系统配置、30家门店的数据迁移、闸机和收银设备对接、小程序上线及员工培训。

（四）名词解释：本合同所称"服务年度"指自上线验收合格之日或其周年日起算的连续一个年度期间；"门店"指甲方以自有品牌经营、具有独立前台的攀岩馆；"一级故障"指影响全部门店核心业务的故障。
（五）乙方应保证平台支持微信小程序、门店前台电脑端和教练手机端三种使用方式，支持会员人脸或二维码入场，并支持与甲方现有的财务系统按日对账。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算。
（二）服务期满后，本合同自动续期一个服务年度，以此类推，除非任何一方在期满前三十日书面通知不再续期。续期时乙方有权按其届时公布的价格标准调整订阅费，甲方应按调整后价格支付。

三、费用与支付
（一）订阅费为每家门店每服务年度13,200元，30家门店每服务年度合计396,000元，两个服务年度合计792,000元。
（二）实施费为一次性88,000元。
（三）合同总价为人民币捌拾捌万元整（¥880,000），含税。
（四）实施费在上线验收合格后十个工作日内支付。每个服务年度的订阅费在该服务年度开始后十个工作日内支付。

四、实施与验收
（一）乙方应在合同签订后六十日内完成全部30家门店的配置与数据迁移，并具备上线验收条件。
（二）验收标准：
1. 会员、储值余额、剩余次卡数据迁移后与原系统逐户核对一致；
2. 线上预约、签到核验、收银、排课功能在每家门店实测通过；
3. 闸机与收银设备对接后连续七日无差错；
4. 在两千名会员同时预约时，预约提交响应时间不超过2秒。
（三）甲方在收到验收申请后七个工作日内组织验收并签署验收报告。门店试用不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护须提前四十八小时通知并安排在凌晨零点至六点之间。
（二）故障响应：一级故障（系统整体无法登录、无法预约或无法收银）30分钟内响应、二小时内恢复；二级故障二小时内响应；三级故障一个工作日内响应。
（三）服务补偿：月度可用率未达承诺的，每低于0.1个百分点，按当月订阅费的5%抵扣下期费用；一级故障恢复每超时一小时，抵扣当月订阅费的2%。

六、数据
（一）甲方会员信息、预约记录、消费记录等业务数据归甲方所有。
（二）乙方可对甲方的预约与消费数据进行去标识化处理后，用于行业运营分析、发布攀岩行业报告及改进乙方产品，该等使用不需另行取得甲方同意，且在合同终止后仍可继续。
（三）数据安全：乙方应将数据存储于中国境内的机房，落实加密存储、访问控制和操作日志，系统应通过网络安全等级保护第三级测评；发生数据泄露的，乙方应在两小时内通知甲方并承担相应的赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求导出全部业务数据交还甲方，并删除平台上的甲方数据。

七、保密
双方对履约中知悉的对方经营信息、技术信息负有保密义务，保密期限至合同终止后三年。

八、知识产权
乙方平台及其标准功能的知识产权归乙方。为甲方定制的小程序页面、报表模板和接口配置，知识产权归甲方，甲方可自由使用和修改。

九、违约责任
（一）乙方未按期具备上线验收条件的，每逾期一日，按合同总价的万分之八支付违约金。
（二）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。

十、分包
乙方不得将本合同服务分包给第三方；确需由第三方提供短信或支付通道服务的，应事先取得甲方书面同意。

十一、合同解除
乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的费用。

十二、法律适用与争议解决
本合同适用中华人民共和国法律，争议由甲方所在地人民法院管辖。

十三、实施管理
（一）乙方应指定实施项目经理一名，负责与甲方运营部的日常对接，并按门店开业顺序制定分批上线计划。
（二）门店上线前，乙方应协助甲方门店店长完成场地、线路、岩壁分区、课程与会员卡规则的配置，并对前台和教练进行现场或远程培训。
（三）甲方新开门店的，乙方应按本合同单价计收当年剩余月份的订阅费，并在新店开业前完成开通。
（四）甲方关闭门店的，可在下一服务年度开始前减少相应门店数量，订阅费按实际门店数计算。

十四、平台变更与支持
（一）乙方对平台进行升级的，应提前七日通知甲方，升级不得降低已有功能和数据安全水平。
（二）乙方应提供七乘二十四小时的故障受理热线及在线工单渠道，并每月向甲方提交可用率和故障处理报告。
（三）甲方会员在使用小程序时提出的投诉，涉及平台故障的，由乙方协助甲方在两个工作日内处理答复。

十五、不可抗力
因不可抗力导致服务中断的，受影响一方应立即通知对方并尽力减少损失。因公共云基础设施大面积故障导致的中断，乙方应提供书面说明，并协助甲方采取临时预约措施。

十六、账号与使用规范
（一）甲方应妥善管理其管理员账号和门店账号，及时为离职员工注销账号。因甲方账号管理不当造成的损失，由甲方自行承担。
（二）甲方不得利用平台发布违法信息，不得将平台账号出租、出借给第三方使用。
（三）平台的短信、支付、电子发票等第三方通道费用按第三方机构的收费标准由甲方直接承担，不包含在本合同总价中。
（四）乙方应在平台中提供会员隐私政策和授权同意的展示功能，其文本由甲方确认后发布。会员要求查询、更正或删除其个人信息的，乙方应在甲方通知后五个工作日内协助完成。

十七、通知
双方指定的联系人及联系方式见附件。与本合同有关的通知以书面或电子邮件方式发送，电子邮件发出即视为送达。任何一方变更联系人或联系方式的，应在变更后三日内通知对方。甲方门店发生营业时间调整、临时闭馆或举办赛事的，乙方应配合在平台上调整场次和预约规则，并向会员推送通知，不另收费用。乙方的订阅费发票应在每个服务年度开始时开具并寄送甲方财务部。服务补偿金额由乙方在次月账单中列明并直接抵扣，甲方有异议的，双方在十个工作日内核对确认。

十八、其他
（一）本合同附件包括服务说明书、门店清单、实施计划，与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z04 = """棉花质量监测中心公证检验信息系统年度运维服务合同

合同编号：MHJC-YW-2026-009
甲方：某省棉花质量监测中心
乙方：某某信息技术服务有限公司

甲方的棉花公证检验信息系统承担仪器化检验数据采集、样品流转、检验证书生成及数据上报等业务。为保障系统稳定运行，甲方委托乙方提供年度运维服务，双方订立本合同。

第一条 服务范围
1.1 运维对象：公证检验信息系统应用软件、数据库、中间件、十六台服务器、大容量棉花纤维测试仪数据采集接口、条码打印及样品扫描设备。
1.2 服务内容：日常巡检、故障处理、数据库维护与备份、系统性能优化、小型功能调整、检验季保障值守及年度运维报告。
1.3 检验季（每年九月至次年一月）期间，乙方应派驻两名工程师在甲方现场值守。

1.4 系统概况：公证检验信息系统覆盖甲方本部及下属三个检验站，年处理棉包检验数据约四百万条，与全国棉花交易市场及纤维检验信息平台进行数据交换。系统采用应用服务器集群和数据库主备架构，部署于甲方机房。
1.5 小型功能调整指单次工作量不超过五人日、不改变系统架构的调整，全年累计不超过四十人日，超出部分双方另行协商。

第二条 服务期限
2.1 服务期为2026年7月1日至2027年6月30日。
2.2 服务期满本合同终止，续签事宜由双方另行协商并签订新合同。

第三条 服务费用与支付
3.1 年度运维服务费为人民币伍拾陆万捌仟元整（¥568,000），含税。
3.2 服务费按季度支付，每季度末经甲方季度考核后十个工作日内支付当季费用¥142,000。

第四条 服务水平
4.1 系统月度可用率不低于99.95%（计划内维护除外）。
4.2 故障分级与响应：
（1）一级故障（检验数据无法采集、证书无法生成或数据无法上报）：15分钟内响应，一小时内到场，三小时内恢复；
（2）二级故障（部分功能异常）：一小时内响应，八小时内解决；
（3）三级故障（一般咨询及优化）：一个工作日内响应。
4.3 每月巡检一次，检验季每周巡检一次，巡检报告于巡检后三个工作日内提交。
4.4 数据库每日增量备份、每周全量备份，每季度进行一次恢复演练。

第五条 服务考核与验收
5.1 甲方按季度对乙方的服务进行考核，考核内容包括：故障响应及恢复时效达标率、巡检报告按时提交、备份与恢复演练记录完整、用户满意度不低于90分。
5.2 服务期满时，乙方提交年度运维报告及全部运维文档，甲方按第5.1条标准组织年度验收，双方签署验收意见。

第六条 服务补偿
6.1 一级故障响应或恢复每超时一小时，扣减当季服务费2,000元；二级故障每超时一小时扣减500元。
6.2 月度可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元。
6.3 季度考核不合格的，扣减当季服务费的8%。

第七条 数据安全
7.1 系统中的检验数据、样品信息和企业信息归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
7.2 乙方运维人员应通过甲方堡垒机登录，使用个人实名账号，禁止使用移动存储介质，所有操作留存日志。
7.3 发生数据泄露、篡改或丢失的，乙方应在一小时内向甲方报告并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此受到的行政处罚。

第七条之一 甲方义务
（1）甲方应为乙方驻场人员提供必要的办公场所、网络接入和机房出入授权。
（2）甲方应指定系统管理员一名，负责审批乙方的变更申请、账号申请和远程维护申请。
（3）甲方计划对系统进行升级改造或更换硬件的，应提前通知乙方，乙方应配合做好数据迁移和运维交接。

第八条 人员管理
8.1 乙方项目负责人和驻场工程师须具备三年以上同类系统运维经验，更换人员须提前十日通知甲方并经甲方认可。
8.2 乙方人员应遵守甲方的安全管理和实验室管理制度。
8.3 乙方驻场人员的工资、社会保险和差旅费用由乙方承担，已包含在年度运维服务费中。
8.4 乙方应为驻场人员建立考勤记录，每月随运维月报提交甲方。驻场人员因病、事假离岗的，乙方应安排同等能力的人员替补。
8.5 乙方人员在甲方实验室内作业时，不得触碰检验仪器的校准部件和标准样品，确需操作的，应由甲方检验人员陪同。

第九条 知识产权
乙方在运维中编写的脚本、配置文件、运维手册及功能调整形成的代码，归甲方所有。

第十条 违约责任
10.1 乙方未按约定日期进场开展服务的，每逾期一日，按合同总价的千分之一支付违约金。
10.2 甲方逾期付款的，每逾期一日按未付金额的万分之二支付违约金。

第十一条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

第十三条 服务交接
13.1 服务开始前，乙方应与原运维单位完成交接，接收系统账号、运维文档、备份介质和遗留问题清单，并在进场后十个工作日内提交系统现状评估报告。
13.2 服务期满前一个月，乙方应整理全部运维文档、账号清单、配置基线和未关闭问题，按甲方要求移交甲方或甲方指定的后续服务单位，并配合交接不少于十个工作日。

第十四条 检验季保障
14.1 每年检验季开始前三十日，乙方应完成服务器、数据库和采集接口的全面检查，提交检验季保障方案，经甲方审定后实施。
14.2 检验季期间，乙方应每日检查数据上报情况，发现积压、重复或异常数据应当日处理并报告甲方检验科。
14.3 全国棉花公证检验数据上报规范调整的，乙方应在规定时限内完成相应调整，所需工作量在本合同范围内的，不另行收费。

第十五条 运维报告
15.1 乙方应每月提交运维月报，内容包括故障记录、处理时效、巡检结果、备份情况、容量趋势及改进建议。
15.2 年度运维报告应包括全年服务指标统计、系统运行分析、安全隐患和下一年度运维建议。

第十六条 变更管理
16.1 对生产系统的任何变更，包括补丁安装、参数调整和功能调整，乙方应提前提交变更申请，说明变更内容、影响范围和回退方案，经甲方系统管理员批准后在约定时间窗口内实施。
16.2 检验季期间原则上不实施非紧急变更。紧急变更应经甲方分管负责人批准，并在实施后两个工作日内补充书面记录。

第十七条 通知与联系人
17.1 甲方联系人为信息科负责人，乙方联系人为本项目负责人，双方联系人的电话和电子邮箱见附件。双方联系人变更的，应提前三日书面通知对方。
17.2 与本合同有关的通知、考核结果和扣款通知以书面或电子邮件方式发送，电子邮件发出后即视为送达。
17.3 乙方每月运维月报应同时抄送甲方分管负责人，检验季期间每周增加一次简报，说明数据上报进度和系统运行情况。
17.4 服务费扣减由甲方在季度考核结果中列明，乙方对考核结果有异议的，应在收到后五个工作日内提出，双方协商确认。

第十八条 其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。未尽事宜，双方另行协商签订补充协议。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z05 = """# 琴声智造钢琴装配追溯系统软件许可及开发合同

（乙方标准合同文本 QS-HT-2025 版）

合同编号：QS-2026-0415

甲方：某某乐器制造股份有限公司

乙方：某某琴声智造软件有限公司

鉴于甲方拟在其立式钢琴及三角钢琴装配车间建设装配追溯系统，乙方为该领域专业软件提供商，双方经协商，依据乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"琴声智造钢琴装配追溯系统"软件的使用许可，包括工序扫码、音板与铁骨部件追溯、击弦机装配记录、调律与整音数据采集、质检记录和出厂档案六个模块。

1.2 乙方按甲方需求进行定制开发，包括与甲方ERP系统、木材干燥窑监控系统的接口，以及钢琴出厂电子档案页面。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。

1.4 本合同所称"上线运行"是指乙方完成软件安装部署并通知甲方之日；"定制开发"是指第1.2条所列的接口和页面开发，不包括甲方在上线后提出的新需求。

1.5 系统运行环境：服务器、数据库软件、操作系统、扫码枪、工位平板电脑及网络设备由甲方自行采购，乙方提供配置建议。乙方不对甲方自购设备的质量及兼容性承担责任。

1.6 系统功能以乙方产品说明书为准。产品说明书未列明的功能，不属于本合同的交付范围。

## 第二条 合同价款

| 项目 | 数量 | 金额（元） |
|---|---|---|
| 装配追溯系统软件许可（六个模块） | 1套 | 1,280,000 |
| 定制开发（接口及电子档案） | 1项 | 276,000 |
| 安装部署及培训 | 1项 | 84,000 |
| 合计 | | 1,640,000 |

合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），含税。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的55%。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的45%。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

## 第四条 交付与上线

4.1 乙方应在收到首期款后九十日内完成软件安装部署和定制开发。

4.2 乙方完成部署后通知甲方，系统即进入上线运行。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整需求，乙方视情况另行报价处理。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月的免费维护，内容为软件缺陷修复和远程技术支持。

6.2 乙方通过电话、邮件和远程方式提供技术支持，工作时间为工作日九点至十八点，乙方将尽合理努力及时处理甲方的问题。

6.3 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的25%，即每年¥320,000，按年预付。

## 第七条 知识产权

7.1 本系统软件及乙方为甲方定制开发的全部成果（包括接口程序、页面、源代码及技术文档），其知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程或再开发。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的生产数据、部件批次、质检记录及客户信息归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方远程维护须使用甲方分配的账号，操作留存日志；乙方不得下载或复制甲方数据。发生因乙方原因导致的数据泄露，乙方应在二十四小时内通知甲方，并承担相应的赔偿责任。

## 第九条 保密

双方对本合同内容及履约中知悉的对方技术信息、经营信息负有保密义务，保密期限为合同终止后两年。

## 第十条 违约责任

10.1 乙方逾期完成部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 任何一方违约给对方造成损失的，应依法赔偿。

## 第十一条 合同解除

任何一方严重违约，经守约方书面通知后十五日内仍未改正的，守约方有权解除本合同。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 项目实施

13.1 乙方应指派项目经理负责本项目的实施，并根据甲方车间生产安排制定实施计划。

13.2 甲方应为乙方提供必要的现场工作条件、网络环境和服务器资源，并指派专人配合需求调研和基础数据整理。因甲方原因导致实施延误的，乙方工期相应顺延。

13.3 乙方应对甲方车间工人、质检员、调律师和管理人员进行系统操作培训，培训时间和地点由乙方安排。

13.4 甲方需对已确认的需求进行变更的，应书面提出，乙方评估后另行报价，双方签署补充协议后实施。

## 第十四条 甲方义务

14.1 甲方应按约定及时支付合同款项。

14.2 甲方应提供ERP系统及木材干燥窑监控系统的接口文档，并协调相关系统供应商配合对接。

14.3 甲方应妥善保管系统账号及密码，因甲方人员操作不当造成的数据错误或系统故障，由甲方自行承担。

14.4 甲方不得将本系统提供给其关联企业或第三方使用；如需扩大使用范围，应另行购买许可。

14.5 甲方应在乙方通知上线运行后组织人员使用系统，并在上线后三个月内完成全部车间的推广使用。

14.6 甲方应对录入系统的基础数据，包括零部件编码、工序定义、工位信息和人员信息的准确性负责。

## 第十五条 许可范围

15.1 本合同项下的软件许可为甲方单一法人主体在一个生产基地内使用，许可用户数不超过三百个。

15.2 甲方新增生产基地、增加用户数或增加模块的，应按乙方届时的产品报价另行购买。

15.3 乙方对软件的后续版本升级，仅向已购买年度维护服务的客户提供。

## 第十六条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十七条 通知

双方之间的通知以书面形式发送至本合同首页所列地址或双方项目联系人的电子邮箱。以电子邮件发送的，发出即视为送达；以快递方式发送的，签收之日视为送达。

## 第十八条 其他约定

1. 乙方可在其宣传资料和客户名单中使用甲方名称及本项目名称。

2. 乙方提供的产品说明书、报价单和技术方案与本合同不一致的，以本合同为准；本合同未约定的，以乙方产品说明书为准。

3. 甲方在系统上线后提出的报表格式调整，每年累计不超过十个，乙方在免费维护期内免费完成；超出部分按每人日两千元另行收费。

4. 甲方要求乙方派员到现场处理问题的，差旅费用由甲方承担；免费维护期满后，现场服务按每人日两千五百元另行收费。

5. 甲方应指定一名系统管理员，负责日常账号管理和问题汇总，并通过乙方客服邮箱集中提交问题。

6. 乙方可根据产品发展需要调整软件界面和功能布局，调整后的版本仍应满足本合同第1.1条所列模块的基本功能。

7. 合同签订后，因甲方原因暂停项目超过六十日的，乙方有权要求甲方支付已完成工作的费用，已支付的款项不予退还。

## 第十九条 其他

19.1 本合同未尽事宜，以乙方标准服务条款为准。

19.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：__________

乙方（盖章）：__________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. VSL-2026-088
P:This Software Licence and Services Agreement is made between Zhanjiang Haiyue Aquatic Feed Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhanjiang, Guangdong ("Customer"), and Visayan Coldchain Software Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office in Iloilo City ("Vendor").
P:Customer operates two feed mills and six cold stores and wishes to replace its spreadsheet-based inventory records with an integrated cold-store inventory and lot traceability system. Vendor owns the FrostTrace software and has delivered it to seafood and feed companies in the Visayas and in Southeast Asia. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FrostTrace cold-store inventory and traceability software, version 7, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, label layouts, scripts and configurations created by Vendor specifically for Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all data that Customer or its users enter into, or generate with, the Software, including stock records, lot numbers, temperature logs, supplier and customer details.
P:1.4 "Final Acceptance" means Customer's written confirmation that the acceptance tests in Article 5 have been passed.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at Customer's sites in mainland China for its own business operations, for up to 180 named users and eight sites.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery. Customer may allow its contractors to use the Software on Customer's behalf.
P:2.3 The Software remains the property of Vendor. Nothing in this Agreement transfers ownership of the Software to Customer.
H:Article 3 Services
P:3.1 Vendor shall install and configure the Software on Customer's servers in Zhanjiang, build the interfaces to Customer's ERP system, weighbridge system and cold-store temperature monitoring system, migrate opening stock and open lots, and train key users and administrators.
P:3.2 The services shall follow the project plan in Schedule 1. Vendor shall complete installation within 45 days of the Effective Date and shall be ready for acceptance testing within 120 days of the Effective Date.
P:3.3 Vendor shall assign a named project manager who speaks Mandarin or provide a qualified interpreter for all workshops held at Customer's sites.
H:Article 4 Fees and Payment
P:4.1 The total contract price is CNY 1,550,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,160,000; implementation and interface services CNY 348,000; training CNY 42,000.
P:4.2 Customer shall pay the contract price as follows: 20% within 20 days after signature of this Agreement against Vendor's invoice; 45% within 20 days after Vendor issues the Go-Live Certificate, which confirms that the Software is in productive use but is not acceptance; and 35% within 20 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account named in Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 Acceptance tests shall demonstrate that: every function listed in the functional specification works as described; the ERP and weighbridge interfaces transfer all test transactions without error over ten consecutive working days; stock quantities after migration match Customer's count sheets for every lot sampled; and a lot can be traced from raw material to finished pallet in under five seconds.
P:5.2 Customer shall start the tests within ten working days of Vendor's notice of readiness and shall issue Final Acceptance, or a list of defects, within ten working days after the tests end. Go-live, productive use or any payment does not of itself constitute Final Acceptance.
P:5.3 If tests fail, Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and Custom Deliverables will perform substantially in accordance with their documentation for eighteen (18) months from Final Acceptance. During the warranty period Vendor shall provide support, corrections and updates free of charge.
P:6.2 Severity 1 faults (the Software cannot be used at a cold store, or stock movements cannot be recorded) shall be responded to within one hour, and Vendor shall provide a workaround within eight hours. Severity 2 faults shall be responded to within two hours and Severity 3 faults within one working day.
P:6.3 For each full hour by which Vendor misses a Severity 1 response or workaround time, Customer may deduct CNY 600 from the next amount due to Vendor, or Vendor shall pay that amount on demand.
P:6.4 After the warranty period, Vendor shall offer annual support at 11% of the Licence Fee per year (CNY 127,600). This rate is fixed for the first three support years. Annual support is ordered by Customer each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code at Final Acceptance. Customer may use, modify and license the Custom Deliverables freely.
P:7.2 Vendor shall defend Customer against any claim that the Software infringes a third party's rights and shall bear the resulting damages and costs.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to perform this Agreement and shall not keep, analyse or reuse it for any other purpose.
P:8.2 Vendor shall access Customer's systems only through the remote access channel provided by Customer, with individual accounts and logging, and shall not copy Customer Data out of Customer's systems. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 Vendor shall notify Customer within twelve hours of becoming aware of any security incident affecting Customer Data and shall be liable for all losses caused by an incident attributable to Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Vendor fails to be ready for acceptance testing by the date in Article 3.2, Vendor shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to a total of 10% of the contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the contract price, except for liability for personal injury, fraud, wilful misconduct and breach of Articles 8 and 9, which is not limited.
H:Article 11 Subcontracting
P:11.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 20 days after receiving notice of the breach.
P:12.2 Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination, Vendor shall refund payments for services not performed.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:13.2 Any dispute arising out of this Agreement shall be brought before the competent courts of Iloilo City, Philippines, to whose exclusive jurisdiction the parties submit.
H:Article 14 Project Governance and Customer Responsibilities
P:14.1 Each party shall name a project lead. The project leads shall meet weekly, by video conference or at Customer's site, to review progress, risks and open issues, and Vendor shall circulate minutes within two working days.
P:14.2 Customer shall provide the servers, operating systems and database licences described in Schedule 1, network access for Vendor's team, access to the key users of its cold stores and mills, and the interface documentation of its ERP and weighbridge systems.
P:14.3 If Customer fails to provide these items on time and this delays the project, the dates in Article 3.2 shall be extended by the period of the delay, provided that Vendor notified Customer of the missing item in writing without undue delay.
P:14.4 Changes to the scope shall be agreed in a written change request that states the effect on price and schedule. Vendor shall not start work on a change before the change request is signed by both project leads.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods, earthquakes or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 General
P:16.1 This Agreement, with Schedule 1 (Project Plan) and Schedule 2 (Functional Specification), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:16.2 Notices shall be in writing and delivered by courier or e-mail to the addresses on the signature page.
P:16.3 This Agreement is made in English and Chinese; both versions are equally authentic.
P:For Customer: ____________________    For Vendor: ____________________
"""

E02 = """# HelpDeskHub Order Form and General Terms

Order Form No. MHD-OF-2026-142

## Part A: Order Form

### A1. Parties

Customer: Hangzhou Lanqiao E-Commerce Co., Ltd., registered in Hangzhou, Zhejiang, People's Republic of China ("Customer").

Provider: Mindanao HelpDesk Solutions Corp., a Philippine corporation with its principal office in Cagayan de Oro City ("Provider").

### A2. Subscribed Service

Provider will provide the HelpDeskHub customer-support platform as a hosted service: omnichannel ticketing (web chat, e-mail, WeChat and marketplace messages), a knowledge base, agent workspace, workflow automation, satisfaction surveys and reporting. The Service is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner.

Onboarding services: configuration of queues and workflows, connection of Customer's three marketplace stores and WeChat account, import of the existing knowledge base (about 2,600 articles) and historic tickets of the last six months, and agent and administrator training.

### A3. Subscription Term

The Subscription Term is twenty-four (24) months starting on the Service Start Date, which is the date of Onboarding Acceptance under Part B Section 4. The Subscription Term ends at the end of the twenty-fourth month unless it is extended by a written amendment signed by both parties at the fees then agreed.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Agent subscription, Subscription Year 1 | 220 agents | 1,450 per agent per year | 319,000 |
| Agent subscription, Subscription Year 2 | 220 agents | 1,450 per agent per year | 319,000 |
| Onboarding services (one-time) | 1 | 54,000 | 54,000 |
| Total Order Value | | | 692,000 |

Fees include VAT. Additional agents may be added at the same unit price pro rata to the end of the Subscription Term; such additions are not part of the Total Order Value.

### A5. Invoicing and Payment

Subscription fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term (CNY 79,750 per quarter). The onboarding fee is invoiced after Onboarding Acceptance. Customer shall pay each undisputed invoice within 30 days of receipt. No amount is payable before the Service Start Date.

### A6. Contacts and Order of Precedence

Customer contact: Head of Customer Service Operations. Provider contact: Account Director, Greater China. This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

## Part B: General Terms

### 1. Definitions

1.1 "Customer Data" means all data, including personal information of Customer's end customers, that Customer, its agents or its end customers submit to the Service, and all tickets, messages, recordings and reports derived from it.

1.2 "Service" means the subscribed service described in Section A2, including updates made generally available by Provider.

1.3 "Incident" means an unplanned interruption or degradation of the Service.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's named agents during the Subscription Term in accordance with this Agreement and the documentation.

2.2 Provider may update the Service from time to time, provided that updates do not materially reduce the functionality or security of the Service.

2.3 Customer is responsible for its agents' use of the Service and for the accuracy of the content it submits.

### 3. Onboarding

3.1 Provider shall complete the onboarding services within 50 days after signature of this Order Form, following the onboarding plan agreed at the kick-off meeting.

3.2 Provider shall assign an onboarding manager and a solution consultant, both able to work in Mandarin.

### 4. Onboarding Acceptance

4.1 When onboarding is complete, Provider shall notify Customer, and Customer shall test the Service within ten working days.

4.2 Onboarding Acceptance requires that: all channels listed in Section A2 create tickets correctly for five consecutive days; all imported knowledge-base articles and historic tickets are present and searchable; routing rules assign test tickets to the correct queues; and the agent workspace opens a ticket in under two seconds for 220 concurrent agents.

4.3 Customer shall confirm Onboarding Acceptance in writing or give a list of failures. Provider shall correct failures and repeat the tests. Use of the Service for live tickets before written confirmation is not Onboarding Acceptance.

### 5. Service Levels

5.1 Provider shall use its monitoring to target monthly availability of the Service of 99.95%, excluding planned maintenance announced at least five days in advance and performed outside 08:00 to 22:00 China Standard Time.

5.2 Incidents are classified as follows. Priority 1: the Service is unavailable to all agents or no new tickets can be created. Priority 2: a major function or channel is unavailable. Priority 3: other faults and questions.

5.3 Provider shall respond to a Priority 1 Incident within thirty (30) minutes, to a Priority 2 Incident within two hours and to a Priority 3 Incident within one business day, and shall keep Customer informed until the Incident is resolved.

5.4 The service levels in this Section are targets. Provider will report its performance against them monthly. No service credits, fee reductions or other payments apply if a target is not met.

### 6. Customer Data and Data Protection

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and in accordance with Customer's documented instructions, and for no other purpose.

6.2 Provider shall store and process Customer Data only in mainland China, shall encrypt it in transit and at rest, shall restrict access to authorised personnel with multi-factor authentication, and shall keep access logs for at least one year. Provider shall maintain an MLPS level-3 filing for the Service.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, shall cooperate with Customer's investigation and regulatory notifications, and shall be liable for losses caused by an incident attributable to Provider.

6.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard export format and then delete it, and shall confirm the deletion in writing.

### 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

7.2 These obligations continue for three years after the end of the Agreement, and for personal information and trade secrets for as long as they remain such.

### 8. Intellectual Property

8.1 Provider retains all rights in the Service and its underlying software.

8.2 Workflows, macros, templates, report definitions and knowledge-base content configured or written for Customer belong to Customer, which may use, modify and share them freely, also after the end of the Agreement.

### 9. Fees and Taxes

9.1 Fees are fixed for the Subscription Term and may not be increased during it.

9.2 Each party bears its own taxes as required by law.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or loss of profit.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

10.3 Section 10.2 does not limit liability for personal injury, fraud or wilful misconduct.

### 11. Subcontracting

Provider may not subcontract any part of the Service or onboarding services, other than the hosting partner named in Section A2, without Customer's prior written consent.

### 12. Term and Termination

12.1 This Agreement starts on signature of the Order Form and continues until the end of the Subscription Term.

12.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after notice.

12.3 On termination for Provider's breach, Provider shall refund prepaid fees for the period after termination.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Notices shall be given in writing to the contacts named in Section A6.

14.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, network failures of public carriers and government action, if it informs the other party promptly and works to restore performance.

14.4 Provider may name Customer as a customer in its reference lists only with Customer's prior written approval of the wording.

14.5 This Agreement is the entire agreement on its subject and may be changed only in writing signed by both parties.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

E03 = """T:Purchase Contract for Vibration and Temperature Monitoring Equipment and Software
P:Contract No. GXTY-EQ-2026-052
P:Buyer: Guangxi Tianyuan Sugar Industry Co., Ltd., Chongzuo, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Negros Condition Monitoring Systems, Inc., Bacolod City, Negros Occidental, Philippines (the "Supplier").
P:The Buyer wishes to install online condition monitoring on the mills, centrifuges, boiler fans and turbines of its sugar factory before the next crushing season. This contract is on the Buyer's standard purchase terms, which the Supplier has reviewed and accepts.
H:1. Definitions and Scope
P:1.0 In this contract, "Equipment" means the sensors, probes, gateways and accessories listed in clause 2; "Software" means the Supplier's monitoring software and its updates; "System" means the Equipment and Software installed and integrated at the Buyer's factory; "Critical fault" has the meaning in the table in clause 6.2; and "crushing season" means the period in which the Buyer's factory processes sugarcane.
P:1.1 The Supplier shall supply the wireless vibration sensors, temperature probes and gateways listed in clause 2, grant a perpetual licence to its monitoring software, install and commission the system at the Buyer's factory, integrate it with the Buyer's distributed control system (DCS), and train the Buyer's maintenance staff.
P:1.2 The monitoring software shall run on servers provided by the Buyer in the Buyer's control room and shall show trends, alarms and fault diagnosis for every monitored machine.
P:1.3 Detailed technical requirements are in Annex 1 (Technical Specification), which forms part of this contract.
H:2. Contract Price
P:2.1 The contract price is fixed and includes delivery to the Buyer's factory, duties, VAT and all other taxes.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor|260|2,100|546,000
TB:2|Industrial wireless gateway|18|9,800|176,400
TB:3|Bearing temperature probe|140|680|95,200
TB:4|Monitoring software, perpetual licence|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,135,600
TB:5|Installation, commissioning and DCS integration|1|124,000|124,000
TB:6|Training|1|20,400|20,400
TB:|Contract Price|||1,280,000
H:3. Payment
P:3.1 Within 20 days after signature and receipt of an advance payment guarantee, the Buyer shall pay 10% of the contract price as an advance.
P:3.2 Within 20 days after all equipment has been delivered and installed, the Buyer shall pay 55% of the contract price. Signature of the installation record confirms quantities only and is not acceptance.
P:3.3 Within 20 days after Final Acceptance, the Buyer shall pay the remaining 35% of the contract price.
P:3.4 Each payment requires a valid VAT invoice for the amount due.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 60 days after signature and complete installation and commissioning within 40 days after delivery. Installation work inside the mill house must be coordinated with the Buyer's shutdown schedule.
P:4.2 The Supplier's staff shall follow the Buyer's safety rules, including permit-to-work, lock-out procedures and hot-work rules.
H:5. Acceptance
P:5.1 Final Acceptance requires that: every sensor and probe reports to the software at the configured interval; measured vibration values agree with a calibrated portable analyser within the tolerance stated in Annex 1; alarms reach the DCS within three seconds; and the system runs for 30 consecutive days of crushing without a Critical fault.
P:5.2 The Buyer shall carry out the tests with the Supplier and sign a Final Acceptance certificate when all criteria are met. Delivery, installation, commissioning or use of the system in production does not constitute acceptance.
P:5.3 If the system fails a test, the Supplier shall remedy the defects within 15 days and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment free of charge, including shipping, and provide software updates and support.
P:6.2 Faults are classified as follows.
TB:Level|Description|Response time|Restoration
TB:Critical|Monitoring of a mill or turbine is lost, or alarms do not reach the DCS|2 hours|24 hours
TB:Major|Several sensors or one gateway fail|8 hours|3 days
TB:Minor|Single sensor or display issue|1 working day|7 days
P:6.3 For each hour by which the Supplier exceeds a Critical response or restoration time, the Buyer may deduct CNY 800 from any amount due or from the performance security.
P:6.4 After the warranty, the Supplier shall provide annual support at 8% of the Hardware and Licence Subtotal per year (CNY 90,848), fixed for the first three years after the warranty. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways in stock in mainland China and shall ship a replacement within 48 hours of a fault report.
H:7. Intellectual Property
P:7.1 The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually for use at the Buyer's factories.
P:7.2 Machine models, alarm settings, diagnostic rules, DCS interface programs and reports made for the Buyer belong to the Buyer, which may use and modify them and have third parties maintain them.
H:8. Data Security
P:8.1 All measurement data, machine data and production data belong to the Buyer. The Supplier shall not use them for any purpose other than this contract.
P:8.2 Remote access by the Supplier requires the Buyer's approval for each session and shall use the Buyer's secure remote access gateway. The Supplier shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall report any security incident within six hours and shall be liable for losses caused by an incident attributable to it.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the contract ends.
H:10. Liquidated Damages and Liability
P:10.1 For late delivery or late completion of installation, the Supplier shall pay liquidated damages of 0.08% of the contract price per day of delay, up to 10% of the contract price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:14. Project Management and Documentation
P:14.1 The Supplier shall appoint a project manager who shall attend weekly progress meetings at the factory or by video conference during installation and commissioning, and who shall report progress, risks and any need for shutdown windows.
P:14.2 Before Final Acceptance the Supplier shall deliver, in English and Chinese: the as-installed sensor location drawings, the network and gateway layout, the list of configured machines with their alarm limits, the DCS interface description, the software installation and backup procedures, and the operation and maintenance manuals.
P:14.3 The Supplier shall train at least twenty of the Buyer's maintenance staff and two system administrators in the use of the Software, sensor replacement, battery exchange and basic vibration analysis, with a written test at the end of the training.
H:15. Buyer's Responsibilities
P:15.1 The Buyer shall provide the servers and operating systems specified in Annex 1, a network connection between the gateways and the control room, power supply at the gateway locations, and access to its machines during the agreed shutdown windows.
P:15.2 The Buyer shall name an engineer from its maintenance department as its representative for all technical matters and for the signature of installation records and test results.
P:15.3 If the Buyer does not provide these items on time and this delays the work, the Supplier's dates are extended by the period of the delay, provided that the Supplier has notified the Buyer in writing.
H:16. Packing, Transport and Risk
P:16.1 The Supplier shall pack the Equipment for sea and road transport and for storage in a humid environment. Title and risk pass to the Buyer on signature of the delivery note at the factory.
P:16.2 Damaged or missing items found at delivery shall be replaced by the Supplier within 20 days at its own cost.
H:17. Force Majeure
P:17.1 Neither party is liable for delay caused by events beyond its reasonable control, such as typhoons, floods, port closures or government action, provided that it informs the other party within five days and takes reasonable steps to limit the effect. The parties shall then agree new dates.
H:18. General
P:18.1 This contract is made in English and Chinese, both equally valid. Annex 1 forms part of this contract.
P:18.2 Notices shall be in writing and sent by courier or e-mail to the addresses of the parties stated above. Changes to this contract are valid only if made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Service Desk and End-User Support Agreement

Agreement No. DGT-MSA-2026-019

**Customer:** Chengdu Xingyao Interactive Entertainment Co., Ltd., Chengdu, Sichuan, People's Republic of China ("Customer").

**Provider:** Dumaguete Service Desk Partners, Inc., Dumaguete City, Negros Oriental, Philippines ("Provider").

Customer has about 1,100 employees in two studios in Chengdu and one office in Shanghai. Customer wishes to outsource its IT service desk, desktop support and end-user device management. Provider runs a bilingual service desk in Dumaguete and works with on-site engineers in mainland China. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms Transition Acceptance under Section 4.

1.3 "Customer Data" means all data of Customer and its employees that Provider receives or can access in performing the Services, including tickets, device inventories, account data and files on end-user devices.

1.4 "Incident" means an event that interrupts or reduces the quality of an IT service used by Customer's employees.

## 2. Term

2.1 The Services shall be provided for thirty-six (36) months from the Service Commencement Date.

2.2 The Agreement expires at the end of that period. Any extension requires a written amendment signed by both parties; until such an amendment is signed, the charges in Schedule 3 continue to apply unchanged.

## 3. Transition

3.1 Provider shall carry out the transition set out in Schedule 1, Part B, and shall be ready for Transition Acceptance within 75 days after signature.

3.2 Transition includes knowledge capture from Customer's current IT staff, setup of the ticketing tool, telephone and chat channels in Mandarin and English, import of the device inventory, and a shadow-support period of two weeks.

## 4. Transition Acceptance

4.1 Transition Acceptance requires that: all channels are live and tested; at least 90% of the known request types have approved work instructions; the device inventory matches Customer's asset records for every sampled device; and during the shadow-support period Provider met the response targets of Schedule 2 for all Priority 1 and Priority 2 Incidents.

4.2 Customer shall confirm Transition Acceptance in writing within five working days after Provider demonstrates that the criteria are met, or list the criteria not met. Use of the service desk by employees before confirmation is not acceptance.

4.3 If Provider is not ready for Transition Acceptance by the date in Section 3.1, Provider shall pay Customer CNY 1,800 for each day of delay.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly with ticket-level detail.

5.2 If Provider misses a service level in any month, the service credit in Schedule 2 applies and is deducted from the next invoice. Service credits do not limit Customer's other remedies.

5.3 The parties shall hold a monthly service review and a quarterly governance meeting with Customer's IT director.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The monthly charge is fixed for the whole term. The transition charge is invoiced after Transition Acceptance.

6.2 Monthly charges are invoiced at the end of each month in arrears. Customer shall pay undisputed invoices within 30 days.

6.3 Additional work outside Schedule 1 requires a written change order with an agreed price.

## 7. Personnel

7.1 Provider shall assign a named service delivery manager and keep a stable team of agents. Agents shall speak Mandarin; at least half shall also speak English.

7.2 On-site engineers shall comply with Customer's site rules and information security policies when working at Customer's offices.

## 8. Customer Data

8.1 Customer Data remains Customer's property. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Agreement.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business, technical and personnel information, including unreleased game content and source code that Provider may see while supporting Customer's employees, and shall use it only for this Agreement.

9.2 The obligation continues for five years after the end of this Agreement and, for trade secrets, for as long as they remain secret.

## 10. Intellectual Property

10.1 Work instructions, knowledge articles, scripts and reports produced for Customer belong to Customer, which may use and modify them and give them to a successor provider.

10.2 Provider's ticketing tool and general methods remain Provider's property.

## 11. Subcontracting

11.1 Provider may engage subcontractors for on-site desktop support in Chengdu and Shanghai by giving Customer written notice at least ten days before the subcontractor starts work.

11.2 Provider remains responsible for the acts and omissions of its subcontractors.

## 12. Liability

12.1 Provider's total liability under this Agreement is limited to 150% of the total charges payable over the term, except for personal injury, fraud and wilful misconduct.

12.2 Neither party is liable for indirect or consequential loss.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after notice, or if Provider misses the same Priority 1 service level in three consecutive months.

13.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, including handover of all knowledge articles and open tickets to Customer or a successor.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 15. Customer Responsibilities

15.1 Customer shall give Provider's agents the access rights, tools and information they need, including administrator access to the device-management console and a list of Customer's approved software.

15.2 Customer shall name a service owner who approves work instructions, priorities and change orders, and shall inform Provider in advance of studio moves, large hiring waves and game launches that may increase ticket volumes.

15.3 Where a service level is missed because Customer did not meet these responsibilities, the related service credit does not apply.

## 16. General

16.1 Neither party is liable for delay caused by events beyond its reasonable control if it informs the other party promptly.

16.2 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

16.3 This Agreement is made in English and Chinese. Both versions are equally valid.

## Schedule 1 - Services

Part A - Steady-state services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, chat and e-mail support in Mandarin and English; logging, triage and first-line resolution | 08:00 to 24:00 China Standard Time, seven days |
| Desktop support | On-site support at the two Chengdu studios and the Shanghai office, including device swaps and meeting-room support | Working days, 09:00 to 19:00 |
| Device management | Patching, software distribution, encryption status and inventory of about 1,250 laptops and workstations | Continuous monitoring |
| Account administration | Joiner, mover and leaver requests; password resets; group membership changes | With the service desk |
| Reporting | Monthly service report and quarterly trend review | Monthly and quarterly |

Part B - Transition

| Phase | Content | Duration |
|---|---|---|
| Knowledge capture | Interviews and documentation of request types and known errors | 3 weeks |
| Tool setup | Ticketing configuration, channels and device-management agent roll-out | 4 weeks |
| Shadow support | Provider handles tickets alongside Customer's staff | 2 weeks |
| Cut-over | Full handover of the service desk to Provider | 1 week |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 response (studio build servers or all users affected) | 15 minutes | 5% of the monthly charge |
| Priority 1 resolution | 3 hours | 5% of the monthly charge |
| Priority 2 response (a team or key user affected) | 1 hour | 3% of the monthly charge |
| Priority 3 response (single user) | 8 business hours | 2% of the monthly charge |
| Calls answered within 60 seconds | 90% of calls | 2% of the monthly charge |
| First-contact resolution | 70% of eligible tickets | 1% of the monthly charge |

Total service credits in a month are limited to 20% of the monthly charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 92,000 |
| Monthly charge | 36 months at CNY 58,000 | 2,088,000 |
| Total Contract Value | | 2,180,000 |
| Exit assistance beyond the included scope | Per engineer day | 2,600 |

All charges include VAT.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

E05 = """MARINE WEATHER DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LTM-API-2026-007

BETWEEN

Xiamen Haitong Coastal Shipping Co., Ltd., Xiamen, Fujian, People's Republic of China ("Customer"); and

Leyte Tropical Meteorology Services Corp., Tacloban City, Leyte, Philippines ("Provider").

BACKGROUND

Customer operates a fleet of coastal container and bulk vessels between ports in southern China and Southeast Asia. Provider produces marine weather forecasts, tropical cyclone track forecasts and sea-state data for the western Pacific and the South China Sea, and delivers them through an application programming interface (API). Customer wishes to subscribe to that data for voyage planning and fleet safety.

1. DEFINITIONS

1.1 "Data Feed" means the forecast and observation data products listed in Schedule A, delivered through the API.

1.2 "Subscription Year" means each consecutive annual period beginning on the Activation Date or an anniversary of it.

1.3 "Activation Date" means the date on which Customer confirms Integration Acceptance under clause 4.

1.4 "Customer Data" means all data that Customer submits through the API or the web portal, including vessel positions, planned routes, port calls, queries and user details.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data Feed through the API and the web portal and to use the data within Customer's business, including its voyage-planning system and its vessels' bridge displays.

2.2 Customer may keep and use data received during the Subscription Term for its internal records, incident investigations and claims, also after the end of this Agreement.

2.3 Customer shall not resell the Data Feed or make it available to third parties other than its ship managers and charterers for the vessels concerned.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years from the Activation Date.

3.2 At the end of the initial Subscription Term, and at the end of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 Provider may increase the subscription fee for any renewal term by giving Customer written notice at least 75 days before the renewal date. The increased fee applies to the renewal term without further agreement of Customer.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall deliver API credentials, a sandbox environment and integration support, and shall assist Customer's software contractor to connect the Data Feed to Customer's voyage-planning system within 40 days after signature.

4.2 Integration Acceptance requires that: every product in Schedule A is delivered to the production endpoint at its stated update interval for ten consecutive days; forecast grids cover the whole route area in Schedule A; cyclone advisories are pushed to Customer's endpoint within five minutes of issue; and API responses for a route query are returned in under three seconds.

4.3 Customer shall confirm Integration Acceptance in writing or list the failed criteria within five working days after Provider's notice that the tests are complete. Trial use of the data is not acceptance.

4.4 If Integration Acceptance is not reached within 40 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 286,000 per Subscription Year, or CNY 572,000 for the initial Subscription Term. The one-time integration fee is CNY 24,000. The total contract value for the initial Subscription Term is CNY 596,000, including VAT.

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice. The integration fee is invoiced after Integration Acceptance.

5.3 Extra API calls beyond the monthly allowance in Schedule A are charged at the rates in Schedule A and are not part of the total contract value.

6. SERVICE LEVELS

6.1 Provider shall keep the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance.

6.2 A Severity 1 incident means the API is unavailable, or cyclone advisories are not delivered. Provider shall respond to a Severity 1 incident within one hour, at any time, and restore the service within three hours. Severity 2 incidents shall be responded to within eight hours.

6.3 If monthly availability falls below the level in clause 6.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. If a Severity 1 restoration time is missed, an additional credit of 3% of that monthly amount applies.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer.

7.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Data in aggregated and anonymised form, including vessel positions and observed sea conditions, to validate and improve Provider's forecast models and to create data products offered to other customers. This licence survives the end of this Agreement.

7.3 Provider shall host Customer Data in mainland China, encrypt it in transit and at rest, limit access to authorised staff under multi-factor authentication, and keep access logs. Provider shall notify Customer within twelve hours of any security incident affecting Customer Data and is liable for losses caused by an incident attributable to Provider.

7.4 On termination, Provider shall return Customer Data on request and delete the identifiable copies within 30 days.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's fleet schedules and commercial routes, and use it only for this Agreement.

8.2 This obligation continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data Feed, its models and its software.

9.2 The route-alert rules, dashboards and integration code written by Provider for Customer belong to Customer, which may use, modify and license them freely.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, fraud and wilful misconduct.

10.2 Forecasts are estimates. Provider is not liable for navigation decisions taken by Customer's masters, provided that Provider has delivered the Data Feed in accordance with this Agreement.

11. SUBCONTRACTING

Provider shall not subcontract any part of its obligations without Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 On termination for Provider's breach, Provider shall refund the unused part of any prepaid subscription fee.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. CUSTOMER OBLIGATIONS

14.1 Customer shall keep its API credentials secure, shall restrict their use to its own systems and those of its software contractor, and shall notify Provider without delay if it suspects that credentials have been disclosed.

14.2 Customer is responsible for the correct integration of the Data Feed into its voyage-planning system and for the decisions of its masters and shore staff.

14.3 Customer shall give Provider reasonable notice of planned changes to its systems that may affect the integration, and Provider shall support the resulting tests at no extra charge up to five engineer days per Subscription Year.

15. SUPPORT AND REPORTING

15.1 Provider shall run a support desk in English and Mandarin, reachable by telephone and e-mail at all times for Severity 1 incidents and during business hours for other requests.

15.2 Provider shall send Customer a monthly report on availability, incidents, delivery times of cyclone advisories and API usage against the monthly allowance.

15.3 Provider shall inform Customer at least 90 days in advance of any change to the format of a data product or of the API that requires changes on Customer's side, and shall keep the previous version available for at least 90 days after the change.

16. FORCE MAJEURE

Neither party is liable for failure or delay caused by events beyond its reasonable control, including typhoons affecting Provider's offices, provided that Provider maintains the backup operations centre described in its business continuity plan and informs Customer promptly.

17. GENERAL

17.1 Neither party may assign this Agreement without the other party's written consent.

17.2 This Agreement, with Schedule A, is the entire agreement of the parties on its subject.

SCHEDULE A - DATA PRODUCTS

(a) Wind, wave and swell forecasts, 0.25 degree grid, hourly steps to 120 hours, updated every six hours.

(b) Tropical cyclone track and intensity forecasts with probability cones, updated every three hours, and push advisories.

(c) Route weather query: forecast conditions along a submitted route at each waypoint and time.

(d) Monthly allowance: 200,000 API calls. Extra calls: CNY 0.08 per call.

Route area: South China Sea, Taiwan Strait, East China Sea south of 30 degrees north, Sulu Sea and Celebes Sea.

SIGNED for Customer: ____________________

SIGNED for Provider: ____________________
"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# stem: (format, source, language, category, terms (KEYS order), extra, tco params or None, foreign forum, design rules)
# tco params: (fee base, annual fee) for goods_or_licence
G, S = "goods_or_licence", "service"
D = {
 "h648z01_carpet_park_enterprise_service_platform": ("pdf", Z01, "zh", "software",
   [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=1530000), (780000, 62400), False, []),
 "h648z02_sock_mill_knitting_dyeing_control_retrofit": ("docx", Z02, "zh", "hardware",
   [None, 1, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 24, 9, False, True, True, "PRC", G],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=1292000), (1178000, 106020), False, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "h648z03_climbing_gym_chain_booking_saas": ("txt", Z03, "zh", "cloud",
   [99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True, True, False, "PRC", S],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=880000), None, False,
   ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h648z04_cotton_inspection_system_annual_om": ("txt", Z04, "zh", "services",
   [99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False, "PRC", S],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=568000), None, False,
   ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
 "h648z05_piano_assembly_tracking_supplier_template": ("md", Z05, "zh", "software",
   [None, None, False, "supplier", True, True, True, 0.02, None, 55, False, False, 6, 25, False, True, None, None, G],
   dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
        contract_value=1640000), (1280000, 320000), False,
   ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
    "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h648e01_coldstore_traceability_perpetual_licence": ("pdf", E01, "en", "software",
   [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Philippines", G],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=1550000), (1160000, 127600), True, ["CR-GOVERNING-LAW"]),
 "h648e02_helpdesk_saas_order_form": ("md", E02, "en", "cloud",
   [99.95, 0.5, False, "buyer", True, True, True, None, 25.0, None, True, None, None, None, False, True, False, "PRC", S],
   dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=692000), None, False,
   ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
 "h648e03_sugar_mill_condition_monitoring_sensors": ("docx", E03, "en", "hardware",
   [None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8, False, True, False, "PRC", G],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
        contract_value=1280000), (1135600, 90848), False, []),
 "h648e04_managed_service_desk_36_months": ("md", E04, "en", "services",
   [None, 0.25, True, "buyer", False, True, True, 1800 / 2180000 * 100, 150, None, True, None, None, None, False, True,
    True, "PRC", S],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2180000), None, False,
   ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
 "h648e05_marine_weather_api_subscription": ("txt", E05, "en", "cloud",
   [99.95, 1, True, "buyer", True, False, True, 400 / 596000 * 100, 150, None, True, None, None, None, True, True, False,
    "PRC", S],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=596000), None, False,
   ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (field -> threshold)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40


def tco(x, t, p):
    if p is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = p[1] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, p, foreign_forum):
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
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco(x, t, p)
        if sh is not None and sh > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def read_back(name):
    path = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


ND = r"(?<![\d.])"
PATTERNS = [
    ND + r"99\.9(?!\d)\s*%?", ND + r"(?:4|four)(?:\s*|-)(?:hours?|hrs?|h\b)", r"(?<![\d十])(?:4|四)\s*(?:个)?小时",
    ND + r"0\.05\s*%", r"万分之五(?!十)", r"千分之零点五", ND + r"100\s*%", r"百分之百", r"百分之一百",
    ND + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", ND + r"40\s*%", r"百分之四十(?![一二三四五六七八九])",
    ND + r"15\s*%", r"百分之十五", ND + r"12(?:\s*|-)(?:months?|个月|月)", r"(?<![\d.])(?:twelve|一十二|十二)(?:\s*|-)(?:\(12\)\s*)?(?:months?|个月)",
    r"(?i)one[- ]year warranty", r"(?<![\d.])(?:twelve|12)\s*\(12\)\s*months", r"(?i)\bfour\s*\(4\)\s*hours",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["within 4 hours", "4-hour", "四小时内", "4小时", "99.9%", "99.9 %", "0.05%", "万分之五", "100%", "100 %",
            "30%", "百分之三十", "40%", "15%", "百分之十五", "12 months", "12个月", "十二个月", "twelve months",
            "12-month", "twelve (12) months", "four (4) hours"]
MUST_MISS = ["24 hours", "二十四小时", "14 hours", "99.95%", "99.5%", "0.08%", "万分之八", "万分之二", "130%",
             "150%", "200%", "45%", "35%", "55%", "115%", "1.15%", "18 months", "二十四个月", "2 hours", "48 hours",
             "百分之三十五", "0.15%", "2.30%"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def label_json(stem, fmt, lang, cat, terms, extra, rules):
    t = dict(zip(KEYS, terms))
    x = {k: extra[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                               "contract_value"] if k in extra}
    obj = {"file": stem + "." + fmt, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
           "expected_rules": rules}
    return json.dumps(obj, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    sources = {k: v[1] for k, v in D.items() if v[0] in ("docx", "pdf")}
    targets = {k: (k + "." + v[0], v[0]) for k, v in D.items() if v[0] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for stem, (fmt, src, lang, cat, terms, extra, p, ff, design) in D.items():
        if fmt in ("txt", "md"):
            (OUT / (stem + "." + fmt)).write_text(src.rstrip("\n") + "\n", encoding="utf-8")
    covered = set()
    bad = []
    for stem, (fmt, src, lang, cat, terms, extra, p, ff, design) in D.items():
        assert len(terms) == len(KEYS), stem
        t = dict(zip(KEYS, terms))
        assert (t["contract_kind"] == G) == ("post_warranty_fee_capped" in extra), stem
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (stem, k)
        sh = tco(extra, t, p)
        if sh is not None:
            assert abs(sh - TCO_SHARE_TH) > 2, (stem, sh)
        rules = derive(t, extra, p, ff)
        assert rules == sorted(design), (stem, rules, design)
        covered |= set(rules)
        text = read_back(stem + "." + fmt)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            h = hits(variant)
            assert not h, (stem, h)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        print("%-55s %-4s %5d %s %-6s %s %s" % (stem, lang, n, "ok " if ok else "BAD", risk,
                                               "" if sh is None else "tco=%.2f" % sh, ",".join(rules)))
        (OUT / (stem + ".json")).write_text(label_json(stem, fmt, lang, cat, terms, extra, rules), encoding="utf-8")
        bad += [] if ok else [(stem, n)]
    assert not bad, bad
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all checks passed; rules covered:", len(covered))
