"""holdout869: builds the ten drafts of this folder from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rules derived from the labels = the design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:汽车影院经营监管平台采购合同
P:合同编号：WLJ-ZC-2027-0316
P:采购项目编号：CG2027-0451（公开招标）
P:甲方（采购人）：某市文化广电和旅游局
P:乙方（供应商）：南湖智慧文旅科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就汽车影院经营监管平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供汽车影院经营监管平台软件（以下简称“平台”）的永久使用许可，许可范围为甲方及其下属文化市场综合行政执法支队，用户数不限。
P:1.2 乙方按甲方需求完成定制开发，包括：汽车影院备案登记与年检模块、场次与票务数据监测模块、消防与疏散预案检查模块、投诉处理与信用评价模块、移动执法小程序，以及与省级电影票务监管系统、市“一网统管”平台的数据对接。
P:1.3 乙方负责平台在甲方政务云环境中的部署、联调、试运行和培训，并提交需求规格说明书、设计文档、源代码、部署手册和用户手册。
P:1.4 乙方应组建不少于八人的项目组，项目经理须具有信息系统项目管理师资格，未经甲方同意不得更换。
P:1.5 培训对象为甲方业务科室和执法支队人员，分批进行，乙方应提供培训教材和操作视频，并确保每名受训人员能够独立完成日常操作。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），其中：平台软件许可费620,000元；定制开发费458,000元；数据对接费48,000元；部署实施费128,000元；培训费32,000元。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及乙方完成本合同全部工作所需的一切费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序办理付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百二十日内完成全部定制开发和部署，并书面提请初步验收。
P:4.2 初步验收通过后进入试运行，试运行期为六十日。试运行期间乙方应安排两名工程师驻场。
P:4.3 乙方应在合同签订后十日内提交项目实施计划，明确需求调研、开发、测试、部署和培训的时间节点，经甲方确认后执行，并每两周向甲方书面报告进度。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与省级票务监管系统、市“一网统管”平台的接口连续七日数据交换无差错；平台在500个并发用户下页面响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期内无一级故障；甲方组织专家按招标文件和本合同逐项核对，并出具书面验收报告；全部文档和源代码已移交甲方。
P:5.3 平台上线、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供故障处理、缺陷修复、版本升级和政策性功能调整。
P:6.3 质保期满前一个月，乙方应对平台进行一次全面巡检，提交巡检报告并修复发现的全部缺陷。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年维护费不超过平台软件许可费的9%（即不超过55,800元/年），该价格在质保期满后三年内保持不变。维护服务由双方另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%。计划内维护应提前三个工作日通知甲方，且不计入不可用时间。
P:7.2 一级故障（平台整体不可用或监管数据中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一版本中修复。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付违约金1,000元；月可用率每低于约定0.01个百分点，支付2,000元。上述款项可从甲方应付款项中直接扣除。
H:第八条 数据安全与数据归属
P:8.1 平台运行中产生和汇集的全部数据，包括汽车影院备案信息、场次票务数据、执法记录和投诉信息，均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求，采取访问控制、加密传输、操作审计等措施；运维操作须通过甲方堡垒机进行，不得将数据拷贝至甲方网络之外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、执法信息和其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与项目组成员签订保密承诺书。保密义务不因本合同终止而解除。
H:第十条 知识产权
P:10.1 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的程序、接口、源代码和文档，其知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:10.3 乙方保证交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 转包与分包
P:12.1 乙方不得转包本项目，也不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
P:13.3 合同解除后，乙方应在十五日内移交已完成的开发成果、源代码和全部数据。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 廉洁履约
P:15.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。违反本条的，甲方有权解除合同，并将有关情况报告财政部门。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分，与本合同不一致的，以本合同为准。
P:16.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
P:法定代表人或授权代表：    法定代表人或授权代表：
P:日期：                    日期：
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：MX-JG-2027-018
P:甲方：佛山市顺禾踢脚线制品有限公司
P:乙方：广东联控自动化工程有限公司
P:甲方三条踢脚线挤出及包覆生产线的控制系统老化，故障频繁。经比选，甲方委托乙方对上述生产线的控制系统进行改造，双方经协商一致订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，更换为PLC控制柜，新增触摸屏人机界面、伺服及变频驱动、数据采集网关，并部署生产监控软件，实现挤出温度、牵引速度、包覆张力和切割长度的集中控制与记录。
P:1.2 乙方负责PLC程序和人机界面画面的编制、现场安装、布线、调试、试生产和操作人员培训，并提交电气图纸、程序源文件、参数表和操作手册。
P:1.3 改造应分线进行，每次停线不超过七日，不得影响另外两条生产线正常生产。
P:1.4 改造后的控制系统应满足以下技术要求：PLC采用主流品牌中型机，I/O点预留不少于两成余量；人机界面采用十英寸以上工业触摸屏，支持中文界面和配方管理；伺服驱动满足牵引与切割同步控制要求；数据采集网关支持OPC UA和Modbus TCP协议，采集周期可在1秒至60秒之间设定。
P:1.5 监控软件应提供生产看板、工艺参数曲线、报警记录、班次产量统计和设备停机分析功能，历史数据至少保存三年，并可导出为电子表格。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾伍万元整（¥1,350,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|68,000|408,000
TB:2|触摸屏人机界面|12台|9,500|114,000
TB:3|伺服及变频驱动系统|1批|286,000|286,000
TB:4|数据采集网关|18台|6,000|108,000
TB:5|生产监控软件许可（永久）|1套|196,000|196,000
TB:|设备及软件小计|||1,112,000
TB:6|安装调试|1项|128,000|128,000
TB:7|PLC及界面程序开发|1项|96,000|96,000
TB:8|操作及维护培训|1项|14,000|14,000
TB:|合计|||1,350,000
P:2.2 上述价款含税、运输、保险、安装辅材及乙方人员费用。
P:2.3 乙方随货提供易损备件一批（清单见附件二），费用已包含在合同总价内。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%，到货安装不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的25%。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后七十五日内完成三条生产线的改造。
P:4.2 设备到场时双方共同开箱清点，清点记录不代表质量验收。
P:4.3 甲方负责提供停线窗口、施工用电和原有设备图纸，并指定一名设备主管配合乙方工作。因甲方原因推迟停线窗口的，工期相应顺延。
P:4.4 乙方应在每条生产线改造前七日提交施工方案和停线计划，经甲方确认后实施。
H:第五条 验收
P:5.1 验收标准：各生产线连续试生产十五日，控制系统无停机故障；挤出温度控制偏差不超过±2℃；切割长度偏差不超过±1毫米；监控软件数据与现场仪表读数一致；全部图纸、程序源文件和手册已移交。
P:5.2 验收合格的，双方签署最终验收报告。试生产或甲方使用不视为验收合格。
P:5.3 验收中发现的问题，乙方应在七日内整改完毕并重新组织验收，由此增加的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内乙方免费更换损坏部件并提供程序维护。
P:6.2 因甲方违规操作、电网异常或自然灾害造成的损坏不属于免费质保范围，乙方可按成本价提供维修。
P:6.3 质保期满后，乙方提供维保服务（定期巡检、备件更换、程序调整和远程支持），维保费按设备及软件小计的28%每年计取，即每年311,360元，质保期满后前三年不调整。维保合同按年签订，不自动续期。
H:第七条 服务响应
P:7.1 一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到达现场，并在到场后8小时内恢复生产；二级故障24小时内处理完毕。
P:7.2 乙方响应或到场超时的，每超时一小时支付违约金800元，从当期应付款或维保费中扣除。
P:7.3 乙方应在佛山本地储备PLC模块、触摸屏、驱动器和网关的常用备件，保证故障件可在到场当日更换。
P:7.4 乙方每季度对三条生产线的控制系统进行一次预防性巡检，检查接线端子、散热风扇、程序备份和报警记录，并提交巡检报告。
H:第八条 数据与保密
P:8.1 生产数据、配方参数和工艺记录属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方应确保数据采集网关和监控软件具备访问控制和操作日志功能；远程维护须经甲方逐次批准，并在甲方监督下进行。因乙方原因造成数据泄露或丢失的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
P:8.3 双方对履约中知悉的对方商业秘密、配方和价格信息负有保密义务，保密期限至本合同终止后三年。
H:第九条 知识产权
P:9.1 为本项目编制的PLC程序、人机界面画面及源文件归甲方所有，甲方可自行修改或委托他人修改。
P:9.2 监控软件标准产品的知识产权归其权利人，甲方获得永久使用许可。
P:9.3 乙方应在最终验收时向甲方移交全部程序的最新版本及各级密码，不得在程序中设置时间锁或其他限制功能。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金。
P:10.2 因乙方施工造成甲方设备损坏或停产损失的，乙方应予赔偿。
P:10.3 乙方提供的设备为翻新品或与约定型号不符的，甲方有权要求更换，由此产生的费用和延误由乙方承担。
H:第十一条 分包
P:11.1 乙方可将电气安装和布线施工分包给具备相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包单位的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应在十日内恢复生产线的原有控制方式或完成已改造部分的交接，保证甲方能够继续生产。
H:第十三条 安全施工
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，特种作业人员持证上岗，电气作业严格执行停电、验电、挂牌程序。
P:13.2 因乙方施工造成的人身伤害和财产损失，由乙方承担责任。
H:第十四条 培训
P:14.1 乙方应对甲方操作工、班组长和设备维修人员分别培训，内容包括人机界面操作、配方管理、常见报警处理、PLC程序备份与恢复，培训合计不少于六个班次。
P:14.2 受训人员经乙方考核合格后方可独立操作，乙方应向甲方提交培训记录和考核结果。
H:第十五条 不可抗力
P:15.1 因不可抗力不能按期履行的，受影响一方应在三日内通知对方并提供证明，履行期限相应顺延。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。争议提交佛山仲裁委员会仲裁。
P:16.2 本合同附件一为改造技术方案，附件二为备品备件清单，附件三为验收测试记录表，均为本合同组成部分。
P:16.3 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：                        日期：
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：JQ-IT-2027-007
甲方：上海逐浪桨球运动培训有限公司
乙方：杭州云档科技有限公司

鉴于甲方在华东地区经营四十家桨球培训门店，需要统一的课程预约、场地排期、会员储值和教练排班系统。乙方以软件即服务（SaaS）方式提供其“场馆通”系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方四十家门店开通“场馆通”系统，包括课程及场地预约、会员卡与储值管理、教练排班与课时结算、微信小程序、门店经营报表。
2. 每家门店含前台账号三个、教练账号不限；总部管理账号十个。
3. 乙方在服务期内持续提供产品功能更新。重大版本更新应提前十日通知甲方并提供更新说明，更新不得减少本合同约定的功能。
（二）实施服务
1. 乙方负责系统配置、四十家门店的场地与课程资料录入、原系统会员数据迁移、小程序页面定制、与甲方财务系统对接。
2. 乙方负责对门店店长和前台人员分批培训，每家门店不少于两次。
3. 乙方应指派项目经理一名、实施顾问不少于三名，建立门店上线问题台账，逐店跟踪至上线验收。
4. 小程序页面按甲方品牌规范定制，包括首页、课程列表、场地预约、会员中心、储值充值和赛事报名六类页面，上线前须经甲方确认设计稿。
（三）服务期限
服务期为两个服务年度，自系统上线验收合格之日起算。第一个服务年度自上线验收之日起满一年止，第二个服务年度紧随其后。服务期内甲方关闭门店的，可停用该门店账号，已付订阅费不予退还；新增门店按第二条执行。

二、费用
（一）订阅费：每家门店每服务年度7,800元，四十家门店每服务年度312,000元，两个服务年度合计624,000元。
（二）实施费：86,000元，一次性。
（三）数据迁移费：28,000元，一次性。
（四）两个服务年度内订阅单价固定不变。
（五）本合同总价为738,000元，含增值税。门店数量增加的，新增门店按上述单价按剩余服务月数折算。

三、付款
（一）实施费和数据迁移费在系统上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始后二十日内一次支付。
（三）乙方应在付款前开具增值税专用发票。
（四）服务抵扣金额在下一期应付费用中扣除；服务期最后一期的抵扣由乙方在三十日内退还。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店的配置与数据迁移，并提请上线验收。
（二）验收标准：
1. 合同附件所列功能全部可用；
2. 原系统会员、储值余额和剩余课时迁移后与原系统逐条核对一致；
3. 小程序在高峰时段（每日18时至21时）预约操作响应时间不超过2秒；
4. 与甲方财务系统的日结对账数据连续十日无差异，接口字段以双方确认的接口文档为准。
（三）甲方在收到验收申请后十个工作日内组织验收，合格的签署上线验收单。试用或部分门店使用不视为验收合格。
（五）上线采取分批方式：首批五家门店试点运行七日，问题整改完毕后再推广至其余门店。试点运行不视为上线验收。
（四）乙方逾期完成上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护须安排在每日0时至6时之间并提前两日通知。
（二）故障分级与响应：
1. 一级故障（系统整体无法登录、预约或收款中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，当日解决；
3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
4. 乙方提供每日7时至23时的电话支持及全天候在线工单受理。
（三）服务补偿：月度可用率低于约定的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，单月抵扣不超过当月订阅费的一半；一级故障恢复超时的，每次抵扣2,000元。
（四）服务报告：乙方每月向甲方提交服务报告，列明当月可用率、故障清单、处理时长和服务抵扣金额，并在季度会议上说明改进措施。

六、数据与安全
（一）会员信息、预约记录、储值及交易数据等甲方业务数据属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他用途，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、访问控制、操作日志和每日备份等措施，并履行《个人信息保护法》规定的受托处理者义务。
（三）发生数据泄露或安全事件的，乙方应在发现后2小时内通知甲方，配合处置并承担因其原因造成的损失。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除并书面确认。
（五）乙方每日对数据进行备份，备份至少保留三十日，每季度进行一次恢复演练并向甲方提交演练记录。
（六）乙方员工访问甲方业务数据须经授权并留存日志，乙方应定期对其员工进行数据安全培训。

七、保密
双方对在合作中获知的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得披露。乙方应要求接触甲方数据的员工签署保密承诺。本条在合同终止后三年内继续有效。

八、知识产权
“场馆通”系统的知识产权归乙方。为甲方定制的小程序页面、报表模板和接口程序归甲方所有，甲方可自由修改和使用。乙方保证其系统不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

九、续期
两个服务年度届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，依此类推。续期时乙方有权根据其价格政策调整订阅单价，并以书面通知甲方为准。

十、责任限制
乙方在本合同项下的累计赔偿责任，以违约事件发生前九个月内甲方已支付的订阅费为限，但因乙方故意或数据泄露造成的损失除外。

十一、分包
乙方不得将实施服务或运维服务分包给第三方，确需分包的，应事先取得甲方书面同意。经同意的分包，乙方仍对分包部分向甲方承担全部责任。

十二、合同解除
乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还未履行服务期对应的订阅费。乙方逾期完成上线验收超过三十日的，甲方亦有权解除本合同，乙方应退还已收取的全部款项。合同解除或服务期满时，乙方应按本合同第六条第（四）项交付并删除数据。

十三、甲方义务
（一）甲方应指定总部信息负责人一名，负责协调各门店配合实施和验收。
（二）甲方应按乙方提供的模板整理原系统会员数据，并对导出数据的完整性负责。
（三）甲方应妥善保管管理员账号，及时停用离职员工的账号。

十四、不可抗力
因地震、洪水、政府行为等不可抗力导致服务中断的，受影响方应及时通知对方，该期间不计入不可用时间，但乙方应尽快采取措施恢复服务并启用备份环境。

十五、通知
双方的通知应以书面形式送达本合同首页所列地址，或发送至双方指定的电子邮箱，电子邮件进入对方系统即视为送达。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。争议提交上海仲裁委员会仲裁。

十七、其他
本合同附件包括功能清单、门店清单和数据迁移方案。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """农家乐经营监管系统年度运维服务合同

项目名称：农家乐经营监管系统2027年度运维服务
采购方式：竞争性磋商
合同编号：NNJ-YW-2027-02
甲方（采购人）：某县农业农村局
乙方（成交供应商）：江城数联信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就农家乐经营监管系统年度运维服务达成如下协议。

第一条 服务对象与范围
1.1 服务对象为甲方已建成的农家乐经营监管系统，包括经营户登记备案、食品安全与消防巡查、游客评价、星级评定、统计分析子系统，移动巡查应用，以及与县市场监管、文旅部门的数据接口。
1.2 服务内容包括：
（1）日常监控：对应用、数据库、中间件和接口运行状态进行监控，每日形成巡检记录；
（2）故障处理：按本合同第四条的时限处理各类故障；
（3）数据维护：经营户信息的核查更新、数据备份与恢复演练（每季度一次）；
（4）安全运维：漏洞扫描（每月一次）、补丁更新、配合网络安全等级保护测评和整改；
（5）功能完善：为适应政策变化进行的小型功能调整，全年累计不超过六十人天；
（6）用户支持：乡镇农业服务中心和经营户的操作咨询，工作日现场或电话支持；
（7）文档管理：及时更新系统设计文档、数据字典和操作手册。
1.3 乙方应派驻运维工程师两名常驻甲方，并指定一名项目负责人。驻场人员须经甲方认可，更换应提前十日书面报告。
1.4 乙方应自备监控平台、工单系统和漏洞扫描工具，工具的部署须经甲方同意，合同终止后由乙方卸载。
1.5 乙方应在每年五一、国庆等农家乐旅游旺季前完成一次专项巡检和压力测试，旺季期间安排值班工程师。
1.6 乙方应建立运维知识库，记录常见问题及处理方法，并向甲方开放查询。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期，是否继续采购由甲方依法另行确定。服务期内如系统迁移至新的政务云平台，乙方应配合完成迁移，不另行收费。

第三条 合同价款与支付
3.1 合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括人员、工具、差旅、税费等全部费用。
3.2 服务费按季度支付。每季度结束后，甲方按第五条进行季度考核，考核结果确认后十五个工作日内支付该季度服务费96,500元（扣除依本合同应扣款项）。
3.3 甲方不预付任何款项。乙方应在请款时提供增值税发票和经甲方确认的季度运维报告。
3.4 服务期内甲方新增子系统或接口的，运维费用由双方另行协商；未经甲方书面确认的新增工作不另行计费。

第四条 服务水平
4.1 系统月可用率不低于99.95%（不含甲方书面同意的计划停机）。
4.2 故障分级与处理时限：
（1）一级故障（系统整体不可用、数据无法上报或数据错误影响监管决策）：30分钟内响应，2小时内到场，6小时内恢复；
（2）二级故障（单个子系统或接口不可用）：1小时内响应，24小时内恢复；
（3）三级故障（个别功能异常、界面问题）：3个工作日内解决。
4.3 超时扣款：一级故障每超时一小时扣减服务费800元；二级故障每超时一小时扣减300元；月可用率每低于约定0.01个百分点扣减1,000元。扣款在当季服务费中扣除。
4.4 乙方应于每月5日前提交上月运维月报，内容包括系统运行情况、故障统计、巡检和备份记录、漏洞修复情况及下月工作计划。

第五条 考核与验收
5.1 季度考核指标：月可用率；各级故障处理时限达标率；巡检记录和备份记录完整；漏洞扫描发现的高危漏洞在十五日内完成修复；用户满意度抽查不低于90分。
5.2 年度验收：服务期满后三十日内，甲方组织验收，核对全年运维记录、备份恢复演练报告、等保整改落实情况和功能调整清单，出具书面验收意见。
5.3 季度考核不合格的，乙方应在十日内提交整改报告；连续两个季度不合格的，甲方可以解除合同。
5.4 乙方对考核结果有异议的，可在收到结果后五个工作日内书面申请复核。

第六条 数据安全责任
6.1 系统中的经营户信息、巡查记录、游客评价及统计数据均属于甲方所有。乙方仅可为履行运维义务使用，不得复制、留存或用于任何其他目的。
6.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护要求：运维操作须经甲方堡垒机进行并全程审计；禁止在个人设备中存储系统数据；数据库导出须经甲方书面审批；驻场人员离岗时收回全部账号权限。
6.3 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，按应急预案处置，并承担因其原因造成的全部责任和损失，包括监管机关的处罚。
6.4 乙方应制定数据安全应急预案，每半年组织一次应急演练，演练记录报甲方备案。

第七条 成果归属
运维期间形成的脚本、配置文件、补丁代码、功能调整的源代码和全部运维文档归甲方所有，乙方应随季度报告一并移交。乙方不得就上述成果主张任何权利，也不得在其他项目中使用甲方系统的源代码。

第八条 违约责任
8.1 乙方未按期完成功能调整、等保整改或季度备份恢复演练的，每逾期一日按合同总价的万分之三向甲方支付违约金。
8.2 乙方驻场人员未经甲方同意缺岗的，每人每日扣减服务费500元。
8.3 乙方驻场工程师未经批准远程接入生产环境的，每次扣减服务费1,000元。
8.4 乙方违约造成甲方损失的，还应赔偿甲方损失。

第九条 转包与分包
乙方不得转包，也不得将本合同项下任何服务分包给其他单位。

第十条 合同解除
10.1 乙方严重违反本合同，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际完成的服务结算服务费。
10.2 有第5.3款情形的，甲方可书面通知解除合同。
10.3 合同解除的，乙方仍应履行第十一条规定的交接义务。

第十一条 服务交接
合同终止时，乙方应在十五日内完成运维交接，移交全部账号、文档和工具，并配合新的服务单位熟悉系统，不得以任何理由拖延。交接完成前，乙方原驻场人员不得撤离。

第十二条 驻场管理
乙方驻场人员应遵守甲方考勤和办公管理制度，工作时间为工作日8:30至17:30，节假日安排值班。乙方应为驻场人员缴纳社会保险，驻场人员与甲方不构成劳动关系。

第十三条 应急保障
重大活动和节假日期间，乙方应按甲方要求增派保障人员；发生一级故障时，乙方技术负责人应在1小时内到达现场指挥处置。

第十四条 廉洁履约
乙方不得向甲方工作人员提供任何形式的回扣、礼品或宴请；违反的，甲方有权解除合同并向有关部门报告。

第十五条 不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并提供证明，相应期间不计入考核，但乙方应尽力恢复系统运行。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
17.1 竞争性磋商文件、响应文件及成交通知书为本合同的组成部分。
17.2 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：                        乙方（盖章）：
负责人或授权代表：                    负责人或授权代表：
签订日期：                            签订日期：
"""

Z05 = """# 匠迹工艺生产管理软件 销售及定制开发合同（标准文本 V3.0）

> 本文本为乙方标准合同文本，未经乙方法务部门同意不得修改条款内容。

合同编号：JJ-XS-2027-0219

甲方：厦门拾石画艺文化工作室

乙方：泉州匠迹软件科技有限公司

甲方为管理石头画从选石、打磨、底色、绘制、上光到包装发货的全流程，向乙方采购“匠迹工艺生产管理软件”并委托乙方进行定制开发。双方依据《中华人民共和国民法典》签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供匠迹工艺生产管理软件标准版的永久使用许可一套，含工序派工、在制品追踪、画师计件、原石及颜料库存、订单与发货模块，授权用户二十个。

1.2 乙方按甲方确认的需求清单进行定制开发，包括：每件作品的工序二维码追踪、定制订单（客户照片转绘）流程、电商平台订单接口、作品图片档案库、画师绩效报表。定制开发以甲方签字确认的需求清单为准，需求确认后甲方提出的变更按新增功能计费。

1.3 乙方负责在甲方电脑及服务器上安装部署，并提供一次集中培训。

1.4 软件运行环境：Windows Server 2019及以上操作系统、MySQL 8.0数据库。服务器、网络及扫码设备由甲方自行采购和维护。

1.5 标准版功能以乙方产品说明书为准，需求清单未列明的功能不属于本合同范围。乙方可根据产品规划调整标准版功能，调整后的功能以新版说明书为准。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（标准版，永久） | 96,000 |
| 2 | 定制开发费 | 148,000 |
| 3 | 部署及培训费 | 24,000 |
| | 合计 | 268,000 |

2.1 合同总金额为人民币贰拾陆万捌仟元整（¥268,000）。

2.2 超出需求清单的新增功能，按乙方人天单价2,200元另行计费。

2.3 合同金额不含服务器、打印机、扫码枪等硬件。如甲方委托乙方代购硬件，另行签订协议。

2.4 上述价格为优惠价格，仅在本合同签订时有效。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总金额的65%，乙方收款后启动开发。

3.2 系统上线后五个工作日内，甲方支付剩余35%尾款。

3.3 甲方逾期付款的，乙方有权暂停服务，并按每日千分之一收取滞纳金。

3.4 首付款到账前乙方不启动任何工作；甲方逾期支付尾款超过十五日的，乙方有权关闭系统登录直至付清。

## 第四条 交付与上线

4.1 乙方在收到首付款后六十日内完成开发并安装部署。

4.2 系统安装完成并交付甲方使用，即视为上线。

4.3 因甲方未及时提供需求资料、确认设计稿或准备运行环境造成延误的，交付期限相应顺延，乙方不承担逾期责任。

4.4 乙方交付内容为：安装完成的软件系统、管理员账号、用户操作手册（电子版）。源代码不属于交付内容。

## 第五条 验收

5.1 系统上线即视为甲方验收合格。甲方在上线后七日内未提出书面异议的，亦视为验收合格。

5.2 甲方在上线后提出的修改意见，乙方在免费维护期内酌情处理。

5.3 甲方在上线后使用中发现的问题，按第六条处理，不影响验收结论。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护、升级和技术支持，应按乙方当年公布的服务价目表支付年度维护费。乙方有权每年调整价目表。

6.3 免费维护期内，因甲方自行修改配置、安装其他软件、病毒感染或硬件故障引起的问题，乙方可提供有偿服务。

6.4 维护费应在每个维护年度开始前一次付清。甲方未续购维护服务的，乙方不再提供升级和技术支持；甲方之后重新购买的，应补缴中断期间的维护费。

## 第七条 技术支持

7.1 乙方提供工作日9:00—18:00的电话及远程支持。

7.2 系统无法使用的严重故障，乙方在接到报修后8小时内响应；一般问题在三个工作日内答复。

7.3 乙方将尽力恢复系统运行，但不对恢复时间作出承诺。

7.4 现场服务需甲方另行支付差旅费和每人每天1,800元的服务费。远程支持通过远程桌面工具进行，甲方应保证网络畅通。

## 第八条 知识产权

8.1 匠迹工艺生产管理软件及本合同项下全部定制开发成果（包括源代码、二维码追踪流程、接口程序和报表）的知识产权归乙方所有。

8.2 甲方仅取得在本单位内部使用定制成果的非独占、不可转让的使用权，不得修改、反编译或提供给第三方。乙方有权将定制成果用于其他客户。

8.3 甲方如需取得定制成果的源代码，应另行向乙方支付源代码授权费。

## 第九条 数据

9.1 甲方录入系统的订单、客户、作品图片及生产数据归甲方所有。

9.2 乙方应对其远程维护账号设置独立密码并记录操作日志，采取防病毒和数据备份措施；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并承担相应赔偿责任。

9.3 甲方同意，乙方可将脱敏后的生产工艺数据和作品图片用于产品改进、行业分析及宣传展示。

9.4 乙方可在其官方网站和宣传资料中将甲方列为客户案例。

9.5 合同终止后，乙方在其远程备份中保留甲方数据三十日，期满自动删除。

## 第十条 保密

双方对在合作中知悉的对方商业信息、技术资料和客户信息负有保密义务，未经对方书面同意不得向第三方披露，但法律另有规定的除外。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总金额的万分之六向甲方支付违约金，违约金总额不超过合同总金额的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总金额的20%。乙方不承担任何间接损失、利润损失或数据损失。

11.3 甲方因使用本软件产生的经营损失，乙方不承担赔偿责任。

## 第十二条 合同解除

守约方在违约方严重违约且经书面催告后二十日内未纠正的，可以书面通知解除本合同。合同解除时，甲方已支付的款项不予退还，但乙方无正当理由拒不交付的除外。

## 第十三条 甲方义务

13.1 甲方应指定项目联系人，负责需求确认和内部协调。

13.2 甲方应自行做好数据备份，因甲方未备份造成的数据损失乙方不承担责任。

13.3 甲方不得将软件出租、出借或转让给第三方，不得超出授权用户数使用。

## 第十四条 培训

乙方在部署完成后为甲方提供一次集中培训，时长不超过一天，人数不超过十人。追加培训按乙方人天单价收费。

## 第十五条 不可抗力及免责

15.1 因不可抗力、网络运营商故障、第三方平台接口变更导致系统无法正常使用的，乙方不承担责任。

15.2 电商平台调整接口规则的，乙方的适配工作按新增功能收费。

## 第十六条 通知

双方通过本合同载明的联系人、微信或电子邮件沟通。乙方通过系统公告或官方网站发布的通知，视为已送达甲方。

## 第十七条 争议解决

因本合同发生的争议，双方友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十八条 其他

18.1 本合同未尽事宜，以乙方官方网站公布的服务条款为准。

18.2 本合同附件为需求清单和产品说明书。

18.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ATL-DAM-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Zhejiang Hengguang Film and Television Production Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dongyang, Zhejiang Province (the "Buyer"); and
P:(2) Atlas Frame Digital SARL, a company incorporated in the Kingdom of Morocco, with its registered office at Avenue Mohammed V, Ouarzazate, Morocco (the "Vendor").
P:The Buyer operates studio lots and post-production facilities and wishes to manage its rushes, edit masters, visual-effects plates and release deliverables in one media asset management system. The Vendor develops the FrameVault media asset management software and has delivered it to studios in Ouarzazate and elsewhere. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FrameVault Enterprise edition, version 7, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the workflow configurations, metadata schemas, integration adapters, scripts and reports that the Vendor develops specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Buyer Data" means all media files, metadata, logs and other data that the Buyer or its users store in or process with the Software.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers in mainland China for up to 260 named users and unlimited storage.
P:2.2 The Vendor shall provide implementation services: installation, configuration of ingest, review and approval workflows, migration of the existing asset catalogue of about 410,000 items, and user training.
P:2.3 The Vendor shall build integration adapters between the Software and the Buyer's editing suites, its render farm scheduler and its rights-management database, as described in the Statement of Work attached as Annex 1.
P:2.4 The Vendor shall appoint a project manager who speaks Mandarin, or shall provide an interpreter at its own cost, and shall hold a weekly progress meeting with the Buyer, online or on site, and keep minutes of each meeting.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,650,000, made up as follows: Software licence fee CNY 1,140,000; implementation services CNY 326,000; integration adapters CNY 148,000; training CNY 36,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, and the cost of third-party components. The Vendor shall issue valid invoices through its authorised Chinese billing agent.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement, against the Vendor's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Software is installed and the migration rehearsal is completed. Installation does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, migration and integration within 110 days after signature.
P:5.2 Acceptance tests are set out in Annex 2 and include: all functions listed in the Statement of Work work as described; every migrated asset opens and its metadata matches the source catalogue; proxies for a 90-minute 4K feature are generated within 25 minutes; the three integration adapters exchange data without error for 10 consecutive working days; and a 30-day production run passes without any Severity 1 incident.
P:5.3 The Buyer shall run the tests within 15 working days after the Vendor's written notice of readiness. If the tests are passed, the Buyer shall issue the Final Acceptance certificate. Use of the Software in production, or payment, is not acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect at its own cost and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and upgrades and provide remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 125,400 per year, and the Vendor shall not raise it for the first three support years. Support is ordered year by year and is not renewed automatically.
P:6.3 The warranty does not cover defects caused by modifications that the Buyer makes without the Vendor's guidance, or by hardware that the Vendor did not supply.
H:Article 7 Service Levels
P:7.1 Severity 1 (the Software is unavailable to all users, or ingest or playout preparation is stopped): response within 1 hour, engineer on the problem continuously, workaround within 6 hours.
P:7.2 Severity 2 (a major function is impaired for some users): response within 2 hours and fix within 2 working days. Severity 3: response within one working day and fix in the next maintenance release.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Buyer CNY 1,500, and for a Severity 2 miss CNY 500 per hour. The Buyer may deduct these amounts from any payment due.
H:Article 8 Delay
P:8.1 If the Vendor fails to achieve Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 If the delay exceeds 60 days, the Buyer may also terminate this Agreement under Article 13.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables, and have third parties maintain them, without further payment.
P:9.3 The Vendor shall indemnify the Buyer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may access it only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:10.2 The Vendor shall access the Buyer's systems only through the Buyer's bastion host, with individual accounts and multi-factor authentication, and each remote session must be approved by the Buyer. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and shall not transfer any Buyer Data outside mainland China.
P:10.3 The Vendor shall notify the Buyer within 2 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall help contain it, and shall be liable for all loss caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including unreleased film content, scripts, production schedules and prices, and shall use it only for this Agreement. This obligation survives termination for three years, and for unreleased content until its public release.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 10 and 11, infringement claims, personal injury or wilful misconduct.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not cure it within 20 days after written notice, or in the case described in Article 8.2. The Vendor shall then refund the amounts paid for work not accepted.
P:13.2 Either party may terminate if the other party becomes insolvent.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Kingdom of Morocco.
P:15.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be submitted to the Commercial Court of Marrakech.
H:Article 16 General
P:16.1 Force majeure. Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. The time for performance is extended accordingly.
P:16.2 Notices. Notices shall be in writing, in English or Chinese, and sent by courier or e-mail to the addresses given by each party in Annex 1. A notice sent by e-mail takes effect when it enters the recipient's mail system.
P:16.3 This Agreement is written in English and Chinese; both versions are equally authentic. Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan) form part of this Agreement.
P:16.4 This Agreement enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title:                        Name and title:
P:Date:                                  Date:
"""

E02 = """# ORDER FORM AND GENERAL TERMS — ROUTEWISE FIELD SERVICE CLOUD

**Order Form No.** RW-CN-2027-0088  
**Vendor:** Routewise Digital SARL, Boulevard Hassan II, Khouribga, Morocco ("Provider")  
**Customer:** Suzhou Anheng Elevator Maintenance Co., Ltd., Suzhou Industrial Park, Jiangsu, China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B where they differ.

## PART A — ORDER DETAILS

### A1. Service

Routewise Field Service Cloud, Enterprise tier: work-order management, technician scheduling and route optimisation, mobile app for technicians (Android and iOS), parts and van-stock tracking, customer e-signature on job completion, maintenance-contract reminders, and the analytics workspace. Hosted by Provider on a cloud platform located in mainland China.

### A2. Subscription Term and Users

The Subscription Term is two Subscription Years, starting on the Go-Live Date. The first Subscription Year runs from the Go-Live Date to the day before its first anniversary; the second Subscription Year follows immediately. The subscription covers 180 named users (technicians, dispatchers and supervisors). Customer may add users at the unit price below, pro rata for the remaining months of the current Subscription Year.

### A3. Fees

| Item | Basis | Unit price (CNY) | Quantity | Amount (CNY) |
|---|---|---|---|---|
| Subscription, Subscription Year 1 | per named user per year | 1,450 | 180 | 261,000 |
| Subscription, Subscription Year 2 | per named user per year | 1,450 | 180 | 261,000 |
| Onboarding package (configuration, data import, two training sessions) | one-time | 64,000 | 1 | 64,000 |
| **Total fees for the Subscription Term** | | | | **586,000** |

All fees include value-added tax. Fees for each Subscription Year are fixed and will not change during the Subscription Term.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced after Customer signs the Go-Live acceptance under A5 and is payable within 30 days of invoice.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.
3. No other amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

1. Provider shall complete onboarding within 50 days after signature of this Order Form.
2. Go-Live acceptance criteria: (a) all 180 users can log in and use the mobile app; (b) Customer's 2,300 maintenance contracts and 9,600 elevator records are imported and match Customer's source list; (c) dispatchers can create, assign and close work orders end to end in a test cycle of 200 jobs; (d) route proposals are generated for a full working day for all technicians in under one minute.
3. Customer shall test within 10 working days after Provider's notice of readiness and sign the acceptance, or list the failures. Provider shall fix listed failures and the test shall be repeated. The Go-Live Date is the date Customer signs the acceptance.

### A6. Special Terms

1. Customer's technicians may use the mobile app offline; data will synchronise when the connection is restored.
2. Provider shall provide Chinese-language user interface and documentation.
3. Provider's support desk can be reached by e-mail and through the in-app ticket function during business hours, Monday to Friday, China Standard Time.
4. Provider will hold an online kick-off meeting within five working days after signature and appoint an onboarding consultant who remains Customer's contact until the Go-Live Date.
5. Customer's administrators may create custom fields, checklists and job templates without additional charge.
6. Invoices are issued as Chinese VAT special invoices by Provider's billing agent in Shanghai.

## PART B — GENERAL TERMS

### 1. Definitions

"Customer Data" means all data and files submitted to the Service by or for Customer, including elevator records, work orders, customer contacts, signatures and location data of technicians. "Service" means the cloud service described in A1. "Documentation" means Provider's user guides for the Service. "Go-Live Date" has the meaning given in A5.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer during the Subscription Term in accordance with the Documentation.

2.2 Provider will use commercially reasonable efforts to keep the Service available and to answer support tickets promptly. Provider may carry out maintenance from time to time and will try to give notice of planned maintenance in advance.

2.3 Provider may update the Service, provided that updates do not materially reduce its functionality.

2.4 Provider shall keep the mobile app compatible with the two most recent major versions of Android and iOS, and the web interface with current versions of common desktop browsers.

### 3. Customer Obligations

Customer is responsible for its users' accounts and passwords, for the accuracy of Customer Data and for using the Service in accordance with the Documentation and applicable law. Customer shall not (a) resell or sublicense the Service, (b) attempt to access the source code of the Service, (c) use the Service to store unlawful content, or (d) exceed the number of named users without ordering additional subscriptions. A named-user account may be reassigned when a technician leaves Customer.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose, and shall not disclose it to any third party except as permitted in Section 9.

4.2 At the end of the Subscription Term Provider shall, at Customer's choice, return Customer Data in a common machine-readable format and then delete it within 30 days, and confirm the deletion in writing.

4.3 Customer may export Customer Data at any time through the standard export function.

### 5. Data Security

5.1 Provider shall keep Customer Data in data centres in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, log all administrative access, and keep daily backups.

5.2 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China as an entrusted processor.

5.3 Provider shall notify Customer without undue delay, and in any event within 24 hours, after becoming aware of a security incident affecting Customer Data, and shall take the measures needed to contain it. Provider is liable for loss caused by a security incident resulting from its breach of this Section.

### 6. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received in connection with this Order Form, use it only for this Order Form, and protect it with at least reasonable care. This obligation continues for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 Provider owns the Service and the Documentation.

7.2 Configurations, report templates and data-import mappings prepared for Customer during onboarding belong to Customer, and Customer may use and modify them freely, also with other systems.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss.

8.2 Each party's total liability under this Order Form is limited to two times the total fees for the Subscription Term. This limit does not apply to breach of Sections 4, 5 and 6 or to either party's wilful misconduct.

### 9. Subcontracting

Provider shall not subcontract the Service or any part of it without Customer's prior written consent. Provider remains liable for the acts of any approved subcontractor.

### 10. Term and Termination

10.1 This Order Form ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates under this Section, Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

### 11. Suspension

Provider may suspend a user account that is being used in breach of Section 3 or that threatens the security of the Service, after notifying Customer, and shall restore access as soon as the cause is removed. Provider may not suspend the Service because of a disputed invoice.

### 12. Force Majeure

Neither party is responsible for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or actions of authorities, if it informs the other party promptly and does what it reasonably can to limit the effect.

### 13. Compliance with Laws

Each party shall comply with the laws that apply to it in performing this Order Form, including export-control rules. Provider shall hold the licences and filings required to offer the Service to customers in mainland China.

### 14. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 15. General

Notices must be in writing and sent to the addresses above. Neither party may assign this Order Form without the other party's written consent. If any provision is held invalid, the rest remains in force. This Order Form is the entire agreement of the parties on its subject matter and may be changed only in writing signed by both parties. It may be signed in counterparts and by electronic signature.

Signed for Customer: ____________________  Date: __________

Signed for Provider: ____________________  Date: __________
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR GREENHOUSE ENVIRONMENT SENSORS AND MONITORING SOFTWARE
P:Contract No. DH-PUR-2027-031
P:Buyer: Yunnan Dianhua Flower Horticulture Co., Ltd., Chenggong District, Kunming, Yunnan Province, China (the "Buyer").
P:Supplier: Tadla AgriSense SARL, Zone Industrielle, Béni Mellal, Morocco (the "Supplier").
P:This Contract is made on the Buyer's standard form for equipment and software purchases. The Buyer grows cut roses and carnations in 48 greenhouse blocks and wishes to measure temperature, humidity, light, CO2 and substrate moisture in each block and to manage irrigation and ventilation alarms from one monitoring platform. The Supplier manufactures greenhouse sensors in Béni Mellal and has installed its systems for growers in the Tadla plain and abroad.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule.
P:1.2 "Software" means the AgriSense Monitor platform, licensed perpetually under Clause 8, including its mobile application.
P:1.3 "Works" means delivery, installation, configuration, integration with the Buyer's irrigation controllers, commissioning and training.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under Clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software and perform the Works at the Buyer's Chenggong base.
P:2.2 The Supplier shall integrate the Software with the Buyer's existing irrigation and fertigation controllers through their Modbus interfaces so that alarms and set-point changes are visible in one screen.
P:2.3 The Supplier shall deliver installation drawings, calibration certificates for every sensor, the operating manual in Chinese and the configuration files.
P:2.4 Within 15 days after signature the Supplier shall carry out a site survey confirming sensor positions, gateway locations, power supply and radio coverage for each greenhouse block, and shall obtain the Buyer's approval of the layout before installation starts.
H:3. Price
P:3.1 The Contract Price is CNY 1,488,000, fixed, including import duties, value-added tax, transport to site, insurance, installation and all other costs of the Supplier. The Price Schedule is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter greenhouse sensor (air temperature, humidity, light, CO2)|640|1,150|736,000
TB:2|LoRa gateway with 4G backhaul and solar kit|48|5,400|259,200
TB:3|AgriSense Monitor platform licence, perpetual, site-wide|1|318,000|318,000
TB:|Equipment and Software Subtotal|||1,313,200
TB:4|Installation, calibration and controller integration|1|146,800|146,800
TB:5|Training of growers and maintenance staff|1|28,000|28,000
TB:|Contract Price|||1,488,000
P:3.2 The unit prices in the Price Schedule also apply to any additional sensors the Buyer orders within two years after Final Acceptance.
P:3.3 The Supplier is responsible for export formalities in Morocco and for customs clearance and delivery up to the Buyer's site.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price, within 20 days after signature and receipt of an advance-payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 Installation payment: 55% of the Contract Price, within 20 days after all Equipment has been installed and the Software has been commissioned. Installation and commissioning do not constitute acceptance.
P:4.3 Final payment: 35% of the Contract Price, within 20 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice. The advance-payment guarantee shall remain valid until all Equipment has been delivered.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment to the site within 70 days and complete the Works within 100 days after signature of this Contract.
P:5.2 Acceptance criteria: (a) every sensor reports to the Software at the configured interval, with a data completeness of at least 98% over a 21-day trial run; (b) readings of a sample of 60 sensors agree with reference instruments within the tolerances stated in the technical specification; (c) alarms for high temperature, low humidity and controller failure reach the duty phone within 60 seconds in a test of each alarm type; (d) the irrigation controller integration works for all 48 blocks; (e) all documents in Clause 2.3 are delivered.
P:5.3 The Buyer shall carry out the acceptance tests within 10 working days after the Supplier's notice of readiness and, if the criteria are met, issue the Final Acceptance certificate. Use of the Equipment or the Software before that date is not acceptance. Failed tests shall be repeated at the Supplier's cost after correction.
P:5.4 Final Acceptance does not release the Supplier from its warranty obligations or from liability for hidden defects.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, recalibrate sensors that drift outside tolerance, correct Software defects and supply new Software versions, all free of charge, including parts, labour and shipping.
P:6.2 After the warranty, the Buyer may order an annual support service covering replacement of failed sensors, recalibration, Software updates and remote support. The annual fee is 8% of the Equipment and Software Subtotal, CNY 105,056 per year, fixed for the first three years after the warranty. Support is ordered year by year; there is no automatic renewal.
P:6.3 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
H:7. Service Levels
P:7.1 During the warranty the monitoring platform shall be available at least 99.95% of each month, excluding maintenance agreed with the Buyer in advance.
P:7.2 Severity 1 (the platform is down, or more than one greenhouse block sends no data): response within 2 hours and restoration within 8 hours. Severity 2 (a single gateway or up to ten sensors fail): response within one working day and repair within three working days.
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 1,000; for each 0.01 percentage point of availability below the commitment, CNY 800. The Buyer may deduct these amounts from any sum due to the Supplier.
H:8. Intellectual Property and Licence
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at all of the Buyer's sites in China.
P:8.2 The controller integration programs, dashboards and reports developed for the Buyer, with their source code, belong to the Buyer, which may use, modify and license them freely.
H:9. Data
P:9.1 All measurement data, alarm records, crop records and other data generated or stored by the Equipment and the Software belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, including product development, benchmarking or publication.
P:9.2 The Software shall run on the Buyer's servers in Kunming. The Supplier shall access it only through the Buyer's VPN with individual accounts, with each session approved by the Buyer and logged. The Supplier shall comply with the Data Security Law of the People's Republic of China and shall not transfer data outside mainland China.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data within 12 hours, take containment measures, and bear all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's cultivation methods, variety data and yields, and shall not disclose it without prior written consent. This obligation survives termination for three years.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete the Works or to achieve Final Acceptance on time, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for breach of Clauses 9 and 10, personal injury and wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and fails to remedy the breach within 15 days after notice, or if the liquidated damages reach their maximum.
H:14. Site Rules and Training
P:14.1 The Supplier's staff shall follow the Buyer's biosecurity, safety and site rules, including disinfection before entering greenhouses, and shall not damage crops or structures. The Supplier shall repair at its own cost any damage caused by its staff. Working hours in the greenhouses are agreed with the Buyer's block managers each week.
P:14.2 The Supplier shall train up to 36 growers and 8 maintenance staff in two sessions held in Chinese, covering dashboards and the mobile application, alarm handling, sensor cleaning and replacement, and basic troubleshooting of gateways. Training materials become the Buyer's property.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, such as earthquakes, floods, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. The time for performance is extended accordingly.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:17. Language and Notices
P:17.1 This Contract is made in English and Chinese. If the versions differ, the Chinese version prevails. Notices shall be in writing and delivered to the addresses above by courier or e-mail.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________                      Date: ____________
"""

E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement No.** LOR-MS-2027-006

**Between**

**Zhoushan Haixian Cold Chain Seafood Co., Ltd.**, a company established in the People's Republic of China, with its registered office in Dinghai District, Zhoushan, Zhejiang Province ("Customer"), and

**Loukkos Ops Technologies SARL**, a company established in the Kingdom of Morocco, with its registered office on Avenue Mohammed V, Larache, Morocco ("Provider").

**Background.** Customer runs four cold-storage warehouses, two processing plants and a head office. Their servers, network, refrigeration control network and user devices are currently looked after by a small internal team. Customer wishes to hand the day-to-day operation of this infrastructure to Provider, which operates a remote operations centre in Larache and works in China through a local team in Ningbo. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer and its customers that Provider can access in performing the Services, including production, temperature, traceability, order and personnel records.

1.5 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 3.

## 2. Term

2.1 This Agreement starts on signature. The Services are provided for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written amendment agreed by both parties.

## 3. Transition

3.1 Provider shall complete the transition of the Services within 75 days after signature, following the transition plan agreed at the kick-off meeting.

3.2 Transition acceptance criteria: (a) all 1,180 configuration items in the agreed inventory are recorded in Provider's service management tool; (b) monitoring is active for all servers, network devices and refrigeration-controller gateways, and test alerts from every site reach the operations centre; (c) the runbooks for the 25 most frequent tasks are written and approved by Customer; (d) a 14-day shadow period is completed in which Provider handles all incidents with Customer's team observing and no Priority 1 incident is missed.

3.3 Customer shall sign the transition acceptance certificate within five working days after the criteria are met, or give written reasons why they are not met.

3.4 If the Service Commencement Date falls later than the date in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 72,000.

## 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1, with qualified staff, and following Customer's change-management and site-access rules.

4.2 Provider shall keep at least two field engineers based in Zhoushan during the Term.

4.3 Provider shall deliver a monthly service report and attend a monthly service review with Customer. The report shows Service Level performance, Service Credits, major incidents with their root causes, changes made and open risks. A quarterly review shall look at trends, risks and improvement proposals.

4.4 Provider shall follow Customer's food-safety and hygiene rules when working in processing areas and cold stores, including protective clothing and health certificates for staff entering production zones.

4.5 Provider shall propose improvements to the infrastructure at least once a year, with cost estimates. Customer decides whether to carry them out under separate orders.

## 5. Charges and Payment

5.1 Customer shall pay the Charges set out in Schedule 3.

5.2 The transition charge is invoiced after the transition acceptance certificate is signed. The monthly service charge is invoiced monthly in arrears. Customer shall pay each undisputed invoice within 30 days of receipt.

5.3 Service Credits are deducted from the invoice for the month following the month in which they arise.

5.4 The Charges are fixed for the Term and include value-added tax, travel and tools.

5.5 Hardware, software licences and spare parts that Customer buys for its infrastructure are not included in the Charges. Provider may advise on them but shall not resell them to Customer without a separate order.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services for Customer and for no other purpose, and shall return it to Customer at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement, including customer lists, prices, plant layouts and network diagrams, and shall use it only for this Agreement. This obligation continues for three years after the end of the Term.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration baselines, reports and documentation produced by Provider for Customer under this Agreement belong to Customer, which may use and modify them freely and hand them to any future service provider.

8.2 Provider's own tools and its service management platform remain Provider's property.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for personal injury, wilful misconduct and breach of Section 7.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for the work of approved subcontractors.

## 11. End of Term and Exit

11.1 This Agreement may not be terminated early, except by written agreement of both parties. Customer's remedies for poor performance are the Service Credits under Schedule 2 and the escalation procedure in Section 12.

11.2 Provider may suspend the Services if an undisputed invoice remains unpaid for more than 60 days after a written reminder.

11.3 During the last three months of the Term Provider shall cooperate with Customer and any successor provider in an orderly handover, including knowledge transfer sessions and the delivery of all documentation.

11.4 At the end of the Term Provider shall hand over all passwords, configuration data and documentation to Customer and remove its monitoring agents within 15 days.

## 12. Escalation

12.1 Service problems are raised first at the monthly service review, then between the parties' IT directors, and then between their general managers, each within ten working days.

## 13. Staff

13.1 Provider shall assign a service delivery manager as Customer's single point of contact, and shall replace any member of its staff to whom Customer reasonably objects. Key staff named in the transition plan may not be replaced during the first six months of the Term without Customer's agreement.

## 14. Force Majeure

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government action, provided that it informs the other party promptly. Service Levels are suspended for the affected services while the event lasts.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes not settled under Section 12 shall be brought before the People's Court with jurisdiction where Customer is domiciled.

## 16. General

16.1 This Agreement is made in English and Chinese, both versions equally valid. Schedules 1 to 3 form part of it.

16.2 Notices shall be in writing and sent to the addresses above. Changes to this Agreement require a written amendment signed by both parties.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Monitoring | Servers, storage, network, firewalls, Wi-Fi, refrigeration-controller gateways at seven sites | 24 x 7 |
| Incident management | Logging, diagnosis and resolution of incidents, remote and on site | 24 x 7 |
| Service desk | Telephone, chat and e-mail support in Chinese for about 420 users | 07:00-22:00 daily |
| Patch and backup management | Monthly patching, daily backup checks, quarterly restore tests | Scheduled |
| Change management | Standard changes within two working days, normal changes via weekly change board | Business hours |
| Asset management | Inventory of hardware and licences, lifecycle reports | Monthly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service Credit per breach |
|---|---|---|---|---|
| Priority 1 | A plant, cold store or the head office cannot work, or refrigeration alarms cannot be received | 15 minutes | 3 hours | 3% of the monthly service charge |
| Priority 2 | A function is impaired for a group of users or one production line | 1 hour | 8 hours | 1% of the monthly service charge |
| Priority 3 | Single user or non-urgent fault | 2 hours | 2 working days | CNY 200 |
| Service desk | Calls answered within 60 seconds | 90% of calls per month | - | 2% of the monthly service charge if missed |

Total Service Credits in any month are limited to 25% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after transition acceptance | 72,000 |
| Monthly service charge | CNY 46,500 per month for 36 months | 1,674,000 |
| **Total Charges for the Term** | | **1,746,000** |

Signed for Customer: ____________________  Date: __________

Signed for Provider: ____________________  Date: __________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
AGRO-CLIMATE AND CROP DATA API

Agreement No. SOUSS-API-2027-112

PARTIES

1.1 Souss Agro Data SARL, a company registered in the Kingdom of Morocco, with its office at Route d'Agadir, Taroudant, Morocco ("Provider").

1.2 Guangzhou Lvyuan Fresh Produce Trading Co., Ltd., a company registered in the People's Republic of China, with its office in Baiyun District, Guangzhou, Guangdong Province ("Customer").

1.3 Customer imports citrus, avocados and other fresh produce from North Africa and elsewhere and plans purchases, shipping and pricing with weather and crop forecasts. Provider collects weather station readings, satellite vegetation indices and field reports in growing regions and delivers them, with yield and harvest-timing forecasts, through an application programming interface ("API").

DEFINITIONS

2.1 "Data Products" means the datasets and forecasts listed in Clause 3.1, as updated by Provider from time to time.

2.2 "Subscription Year" means each period of one year starting on the Service Start Date or its anniversary. The "Subscription Term" consists of two Subscription Years.

2.3 "Service Start Date" means the date on which Customer confirms acceptance of the onboarding under Clause 5.

2.4 "Customer Data" means all data that Customer sends to the API or uploads to Provider, including its query parameters, watch-lists of regions and growers, purchase volumes and internal notes, and the outputs of Provider's models run on such data for Customer.

SUBSCRIPTION AND DATA PRODUCTS

3.1 Provider grants Customer, for the Subscription Term, a non-exclusive and non-transferable right to access through the API and to use the following Data Products for its internal business: (a) daily weather observations and 15-day forecasts for 64 growing regions; (b) weekly vegetation and soil-moisture indices; (c) monthly yield and harvest-timing forecasts for citrus, avocado and table grapes; (d) historical series from 2010.

3.2 The subscription includes up to 2,000,000 API calls per Subscription Year and 25 named users of the web dashboard. Additional calls are charged at the rate in Clause 4.3.

3.3 Customer may use Data Products in internal reports and may share summaries with its group companies, but may not resell the raw data.

3.4 Provider shall publish a data dictionary describing each field, its unit, source and update time, and shall announce changes to the API at least 60 days in advance. A deprecated API version shall remain available for at least six months after the announcement.

3.5 Provider shall correct data errors reported by Customer within two working days and shall flag corrected values in the API.

FEES AND PAYMENT

4.1 The fees are:
    Subscription Year 1 ........................ CNY 268,000
    Subscription Year 2 ........................ CNY 268,000
    Onboarding and connector development ....... CNY 18,000
    Total for the Subscription Term ............ CNY 554,000

4.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year. The onboarding fee is invoiced after Customer confirms acceptance under Clause 5. Invoices are payable within 30 days.

4.3 API calls above the included volume are charged at CNY 0.08 per call, invoiced quarterly in arrears. Overage is not part of the total in Clause 4.1.

4.4 All fees include value-added tax. Invoices are issued as VAT invoices by Provider's authorised billing agent in Guangzhou.

ONBOARDING AND ACCEPTANCE

5.1 Within 40 days after signature, Provider shall set up Customer's accounts, provide API keys, and develop a connector that loads the Data Products into Customer's purchasing data warehouse every day.

5.2 Acceptance criteria: (a) the connector loads all Data Products for all 64 regions for 10 consecutive days without failure; (b) loaded values match the API responses in a sample check of 500 records; (c) the dashboard is available to all 25 named users in Chinese.

5.3 Customer shall confirm acceptance in writing, or give reasons for refusal, within 10 working days after Provider's notice that the criteria are met.

5.4 If Provider fails to complete onboarding by the date in Clause 5.1 for reasons within its control, Provider shall pay Customer 0.1% of the total in Clause 4.1 for each day of delay.

5.5 Acceptance of the onboarding does not limit Provider's obligations under Clause 6.

SERVICE LEVELS

6.1 Provider shall keep the API available at least 99.97% of each calendar month, excluding scheduled maintenance announced at least three days in advance and not exceeding six hours per month.

6.2 Priority 1 incidents (the API or the dashboard is unavailable, or daily data is not delivered by 08:00 China Standard Time): response within 1 hour and restoration within 6 hours. Priority 2 incidents (a single Data Product is late or incomplete): response within 3 hours and correction within two working days.

6.3 Service credits: for each full 0.01 percentage point of monthly availability below the commitment, Customer receives a credit of 2% of the quarterly instalment; for each Priority 1 incident not restored in time, a credit of CNY 1,500. Credits are deducted from the next invoice.

6.4 Provider shall send Customer a monthly service report showing availability, incidents and data delivery times.

CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider processes Customer Data to provide the Data Products and support to Customer.

7.2 Customer agrees that Provider may also use Customer Data in aggregated and de-identified form, during and after the Subscription Term, to improve its models, to calculate market indicators and to develop new data products offered to other customers.

DATA SECURITY

8.1 Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named staff with multi-factor authentication, access logs kept for one year, and regular penetration testing.

8.2 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, cooperate in containing it, and compensate Customer for losses caused by Provider's failure to comply with this Clause 8.

CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party, including Customer's purchase volumes, supplier names and pricing, and Provider's model methods, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the end of the Subscription Term.

INTELLECTUAL PROPERTY

10.1 Provider retains all rights in the Data Products, the API and its models.

10.2 The connector developed for Customer under Clause 5.1, with its source code, belongs to Customer, which may use, modify and have it maintained by others freely.

RENEWAL

11.1 At the end of the Subscription Term the subscription renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

11.2 Fees for any renewal Subscription Year are Provider's list prices in effect at the start of that Subscription Year, as published on Provider's website.

LIABILITY

12.1 Provider does not warrant that forecasts will prove accurate.

12.2 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to wilful misconduct.

SUBCONTRACTING

13.1 Provider shall not subcontract the delivery of the Data Products or the onboarding without Customer's prior written consent, except for the hosting provider named in the Annex, which Customer approves by signing this Agreement.

TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

14.2 On termination by Customer under Clause 14.1, Provider shall refund any fees paid for the period after termination.

CUSTOMER OBLIGATIONS

15.1 Customer shall keep its API keys secure, shall not share them outside its group, and shall notify Provider without delay if a key may have been compromised.

15.2 Customer shall not extract data from the dashboard by automated means beyond the API limits, and shall not use the Data Products to build a competing data service.

SUSPENSION

16.1 Provider may suspend an API key that is used in breach of this Agreement or that endangers the security of the API, after notifying Customer, and shall issue a replacement key once the cause is removed.

FORCE MAJEURE

17.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, war or acts of authorities. The failure of a weather station network operated by a third party does not excuse Provider where other sources are reasonably available.

END OF SUBSCRIPTION

18.1 When the subscription ends, Customer may keep and continue to use the Data Products delivered during the Subscription Term for its internal archives and analyses, but receives no further updates.

18.2 Provider shall return Customer Data on request and then delete it, except as allowed in Clause 7.2.

GOVERNING LAW AND DISPUTES

19.1 This Agreement is governed by the laws of the People's Republic of China.

19.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

GENERAL

20.1 This Agreement, with its Annex listing the hosting provider and the data dictionary, is the entire agreement of the parties on its subject.

20.2 Amendments must be in writing and signed by both parties. Notices shall be in writing and sent to the addresses above by courier or e-mail. Neither party may assign this Agreement without the other party's written consent.

Signed for Provider: ______________________   Date: ____________

Signed for Customer: ______________________   Date: ____________
"""

SOURCES = {"h869z01": Z01, "h869z02": Z02, "h869e01": E01, "h869e03": E03}
TARGETS = {"h869z01": ("h869z01_culture_bureau_drive_in_cinema_supervision_platform.pdf", "pdf"),
           "h869z02": ("h869z02_skirting_board_plant_line_control_retrofit.docx", "docx"),
           "h869e01": ("h869e01_film_studio_media_asset_licence_morocco_vendor.pdf", "pdf"),
           "h869e03": ("h869e03_greenhouse_sensors_monitoring_licence.docx", "docx")}
PLAIN = {"h869z03": ("h869z03_pickleball_chain_booking_membership_saas.txt", Z03),
         "h869z04": ("h869z04_agriculture_bureau_farmstay_system_om_service.txt", Z04),
         "h869z05": ("h869z05_stone_painting_studio_tracking_software_supplier_template.md", Z05),
         "h869e02": ("h869e02_field_service_saas_order_form.md", E02),
         "h869e04": ("h869e04_cold_chain_managed_infrastructure_36_months.md", E04),
         "h869e05": ("h869e05_agro_climate_data_api_subscription.txt", E05)}

# --- labels ---------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value)
T, F, N = True, False, None
LAB = {
    "h869z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
                (T, T, T, F, 1286000)),
    "h869z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, T, 0.08, N, 20, T, T, 18, 28, F, T, T, "PRC", G],
                (T, T, T, F, 1350000)),
    "h869z03": ("zh", "cloud", [99.5, 0.5, T, "buyer", T, T, T, 0.1, 9 / 24 * 100, N, T, N, N, N, T, T, F, "PRC", S],
                (T, T, N, F, 738000)),
    "h869z04": ("zh", "services", [99.95, 0.5, T, "buyer", T, T, F, 0.03, N, N, T, N, N, N, F, T, F, "PRC", S],
                (T, T, N, F, 386000)),
    "h869z05": ("zh", "software", [N, 8, F, "supplier", T, F, T, 0.06, 20, 65, F, F, 6, N, F, T, N, N, G],
                (T, T, F, T, 268000)),
    "h869e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 11, F, T, F, "Morocco", G],
                (T, T, T, F, 1650000)),
    "h869e02": ("en", "cloud", [N, N, F, "buyer", T, T, T, N, 200, N, T, N, N, N, F, T, F, "PRC", S],
                (F, F, N, F, 586000)),
    "h869e03": ("en", "hardware", [99.95, 2, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 24, 8, F, T, F, "PRC", G],
                (T, T, T, F, 1488000)),
    "h869e04": ("en", "services", [N, 0.25, T, "buyer", F, T, T, 1200 / 1746000 * 100, 150, N, T, N, N, N, F, F, F,
                                   "PRC", S], (T, T, N, F, 1746000)),
    "h869e05": ("en", "cloud", [99.97, 1, T, "buyer", T, F, T, 0.1, 6 / 24 * 100, N, T, N, N, N, T, T, F, "PRC", S],
                (T, T, N, F, 554000)),
}
# TCO inputs for goods_or_licence drafts: itemised licence / hardware subtotal (fee base)
TCO_BASE = {"h869z01": 620000, "h869z02": 1112000, "h869e01": 1140000, "h869e03": 1313200, "h869z05": 96000}
DESIGN = {
    "h869z01": [],
    "h869z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h869z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h869z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "h869z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h869e01": ["CR-GOVERNING-LAW"],
    "h869e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h869e03": [],
    "h869e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h869e05": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOWSEV = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco(key, t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. None when the fee is not a stated figure."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    total = x["contract_value"] + fees
    return fees / total * 100


def derive(key, t, x):
    r = set()
    goods = t["contract_kind"] == G
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    share = tco(key, t, x)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOWSEV for r in rules):
        return "medium"
    return "low"


# --- threshold scan -------------------------------------------------------------------------------------------------
PATTERNS = [
    r"99\.90*(?!\d)",
    r"(?<![\d.,])0?\.050*\s*(%|％|percent|per\s*cent)", r"万分之五", r"千分之零点五",
    r"(?<![\d.,])(30|40|15|100)(\.0+)?\s*(%|％|percent|per\s*cent)", r"百分之(三十|四十|十五|百|一百)(?![一二三四五六七八九十点])",
    r"(?<![\d.,])4(\.0+)?\s*-?\s*(hours?|hrs?|小时|个小时|h)(?![a-z])", r"\bfour\s*-?\s*hours?", r"(?<!十)四个?小时",
    r"(?<![\d.,])12\s*-?\s*(months?|个月)", r"十二个月", r"twelve\s*-?\s*months?",
    r"(?<![\d.,])5\s*-?\s*years?", r"\bfive\s*-?\s*years?", r"(?<![十])五年",
]
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "0.05 per cent", "万分之五", "30%", "30 %", "40 per cent", "15%", "100%",
            "百分之三十", "百分之四十", "4 hours", "4-hour", "4小时", "四小时", "four hours", "12 months", "12个月",
            "十二个月", "twelve-month", "5 years", "five years", "五年", "15 percent"]
MUST_MISS = ["24 hours", "24小时", "99.95%", "99.5%", "130%", "0.5%", "1.30%", "2027年12月31日", "115%", "14 hours",
             "4G backhaul", "0.055%", "万分之六", "35%", "150%", "10.05%", "十四小时", "1,100", "2.4 h"]


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            for m in re.finditer(p, variant, re.I):
                found.append((p, variant[max(0, m.start() - 25):m.end() + 25]))
    return found


def readback(path):
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
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    files = {k: v[0] for k, v in TARGETS.items()}
    for k, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        files[k] = name
        print("wrote", name)
    for s in MUST_HIT:
        assert hits(s), ("self-test must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("self-test must miss", s, hits(s))
    covered, problems = set(), []
    for key in sorted(LAB):
        lang, cat, vals, (sla, lds, capped, deemed, value) = LAB[key]
        terms = dict(zip(TERM_KEYS, vals))
        extra = {"sla_clause": sla, "ld_stated": lds}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        for k2, th in THRESH.items():
            assert terms[k2] is None or abs(terms[k2] - th) > 1e-9, (key, k2)
        share = tco(key, terms, extra)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        rules = derive(key, terms, extra)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        label = {"file": files[key], "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(files[key]).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        text = readback(OUT / files[key])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        h = hits(text)
        print("%-8s %-5s len %5d %s  risk %-6s tco %s rules %s" % (key, lang, n, "ok" if ok else "OUT OF RANGE",
              risk(rules), "-" if share is None else "%.2f" % share, ",".join(r[3:] for r in rules) or "(none)"))
        if not ok:
            problems.append((key, "length", n))
        if h:
            problems.append((key, "threshold", h))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
