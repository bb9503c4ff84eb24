"""Builds the Word and PDF contracts of holdout94 from the markup below (T: title, H: heading, P: paragraph,
TB: table row with cells split by |), with ../word_pdf.py. The .md and .txt contracts of this folder are kept as
they are. Run with /work/main/.venv/bin/python make_files.py; PDFs are broken into lines at word boundaries.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H94Z01 = """
T:潍川市住房公积金综合服务平台建设项目合同
P:合同编号：WCGJJ-2025-XT-017
P:采购项目编号：WCCG-2025-0386（公开招标）
P:甲方（采购人）：潍川市住房公积金管理中心
P:乙方（供应商）：山川数智科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》、本项目招标文件及乙方投标文件，甲乙双方就潍川市住房公积金综合服务平台建设项目（以下简称“本项目”）的系统集成事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责本项目综合服务平台的软件提供、定制开发、硬件供货、系统集成、数据迁移、安装部署、培训及质保期内的维护服务，具体包括：网上业务大厅、手机公众号及小程序、12329服务热线接入、短信平台、自助服务终端，以及与甲方核心业务系统、银行结算平台、全国住房公积金数据平台（转移接续）的接口对接。
P:1.2 本项目技术要求以招标文件第三章《用户需求书》及双方确认的《需求规格说明书》为准。需求规格说明书经甲方书面确认后作为本合同附件，其变更须经双方书面确认。
P:1.3 项目实施地点为甲方机房及甲方指定的十二个服务网点。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾陆万元整（¥2,560,000.00），为含税全包价，包括软硬件、开发、运输、安装、调试、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|综合服务平台软件（网厅、移动端、热线、短信模块使用许可）|1套|860,000|860,000
TB:2|应用及数据库服务器|4台|68,500|274,000
TB:3|自助服务终端|12台|23,800|285,600
TB:4|网上业务大厅及移动端定制开发|1项|726,000|726,000
TB:5|接口对接（核心业务系统、银行结算平台、12329、全国数据平台）|1项|318,400|318,400
TB:6|安装部署、数据迁移及培训|1项|96,000|96,000
TB:合计||||2,560,000
P:2.2 上表第1至3项为软硬件部分，小计人民币1,419,600元。
P:2.3 合同履行期间合同总价不作调整。因甲方书面提出的需求变更导致工作量增加的，双方另行协商并签订补充协议。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币512,000元。
P:3.2 系统通过初验后十五个工作日内，甲方支付合同总价的40%，即人民币1,024,000元。
P:3.3 系统通过终验后十五个工作日内，甲方支付合同总价的35%，即人民币896,000元。
P:3.4 合同总价的5%，即人民币128,000元，作为质量保证金，质保期满且乙方无未履行的质保义务的，甲方在十五个工作日内无息返还。
H:第四条 实施进度
P:4.1 乙方应于合同生效后三十日内完成硬件到货及安装，一百二十日内完成系统部署并进入上线试运行。
P:4.2 硬件到货时双方共同清点并签署到货签收单。到货签收仅表示数量及外观核对，不代表质量验收。
P:4.3 乙方应组建不少于八人的项目组，项目经理须具备信息系统项目管理师资格，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验：系统全部功能按需求规格说明书逐项测试通过；网上业务大厅在800个并发用户下页面平均响应时间不超过3秒；历史数据迁移经总量核对和抽样核对无差错；与核心业务系统、银行结算平台的接口连续十个工作日无差错；系统通过网络安全等级保护第三级测评及商用密码应用安全性评估。
P:5.2 试运行：初验通过后进入三个月试运行期。试运行期间未发生一级故障，且二级故障累计不超过两次的，乙方可申请终验。
P:5.3 终验：甲方组织专家按本合同及需求规格说明书进行终验，并出具书面验收报告。系统上线、试运行、甲方使用或付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质保及维护
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件故障维修或更换及技术支持。
P:6.2 质保期内平台月可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级（紧急）|网上业务大厅、移动端或核心接口中断，业务无法办理|15分钟|2小时|6小时
TB:二级（严重）|部分功能不可用或性能明显下降，有替代办法|30分钟|8小时|24小时
TB:三级（一般）|个别功能异常，不影响业务办理|2小时|按需|3个工作日
P:6.4 乙方响应、到场或恢复超时的，每超时1小时向甲方支付违约金人民币1,000元；月可用率每低于约定值0.01个百分点，乙方支付人民币2,000元。上述款项甲方可从质量保证金中扣除。
P:6.5 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过软硬件部分小计的8%，即每年不超过人民币113,568元，前三年不上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的程序、源代码、接口程序、设计文档及其他成果的知识产权归甲方所有。乙方应在终验前交付全部源代码和技术文档，甲方可自行或委托第三方使用、修改。
P:7.2 综合服务平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.3 乙方保证交付成果不侵犯第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的缴存职工个人信息、业务数据、日志及衍生数据均属于甲方所有，乙方仅可为履行本合同使用，不得留存、复制、向任何第三方提供或用于其他目的。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及等级保护第三级要求。实施人员经甲方审批后通过堡垒机操作，测试仅使用甲方提供的脱敏数据，不得将数据带离甲方环境。
P:8.3 发生或可能发生数据泄露的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、业务资料、网络及系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方项目组成员应签署保密承诺书。
P:9.2 保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成到货、上线或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定的，乙方应负责修改、更换，并赔偿甲方因此遭受的损失。
P:10.3 甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十一条 分包与转包
P:11.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方两份。
P:14.2 招标文件、投标文件、中标通知书及需求规格说明书为本合同的组成部分。
P:甲方（盖章）：潍川市住房公积金管理中心　　乙方（盖章）：山川数智科技有限公司
P:日期：2025年　月　日
"""

H94Z04 = """
T:禾湾区食品安全追溯平台运维服务合同
P:项目编号：HWCG-2025-FW-0231（竞争性磋商）
P:甲方（采购人）：禾湾区市场监督管理局
P:乙方（供应商）：启衡信息技术服务有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就禾湾区食品安全追溯平台（以下简称“平台”）运维服务事宜订立本合同。
H:1. 服务内容
P:1.1 平台包括食品生产经营主体档案、进货查验及追溯码管理、冷链食品追溯、快检数据管理、消费者扫码查询及投诉处理等子系统，部署于区政务云。
P:1.2 乙方提供的运维服务包括：平台日常运行监控、故障处理、应用及数据库维护、季度巡检和安全加固、数据治理和统计报表、重大节假日及活动期间的应急保障，以及辖区食品生产经营企业接入平台的技术支持。
P:1.3 具体服务要求以磋商文件第三章《服务需求》和乙方响应文件为准。
P:1.4 乙方应在服务期开始后三十日内完成平台现状评估，形成《平台运行现状及风险评估报告》，提出优化建议报甲方确认，作为本服务期运维工作的基础。
H:2. 服务期限
P:2.1 服务期限为十二个月，自2025年7月1日起至2026年6月30日止。
P:2.2 服务期满本合同自动终止。甲方需继续采购运维服务的，应依法重新履行政府采购程序。
H:3. 服务费用
P:3.1 本合同总价为人民币伍拾叁万贰仟元整（¥532,000元），包括人员、差旅、工具、备品备件及税费等全部费用。分项如下：
P:（1）平台日常运维（驻场工程师两名），十二个月，每月26,500元，计318,000元；
P:（2）季度巡检及安全加固，四次，每次18,000元，计72,000元；
P:（3）数据治理及统计报表，64,000元；
P:（4）重大节假日及活动应急保障，36,000元；
P:（5）企业追溯接入技术支持，二百家，每家210元，计42,000元。
H:4. 付款方式
P:4.1 本合同不设预付款。服务费按季度支付，每季度服务结束并经甲方考核后十五个工作日内，甲方支付当季服务费人民币133,000元，依第6.5条应扣减的款项从中扣除。
P:4.2 乙方每次申请付款时应提交季度运维报告、考核结果确认单和等额发票。
P:4.3 甲方在收到乙方付款申请材料后，对考核结果有异议的，应在五个工作日内书面提出，双方核实后按确认的结果支付。
H:5. 服务人员
P:5.1 乙方应安排两名具有三年以上运维经验的工程师在甲方指定地点驻场，工作日8:30至17:30在岗，其中至少一人持有信息安全相关资格证书。
P:5.2 乙方应于2025年7月1日前完成驻场人员到岗及与原运维单位的交接。驻场人员更换须提前十日书面告知甲方并经甲方同意，新人员资质不得低于原人员。
P:5.3 驻场人员应遵守甲方的考勤、保密和机房管理制度，每日填写运维日志。驻场人员请假的，乙方应安排同等资质人员顶岗，确保工作日始终有两名工程师在岗。
P:5.4 驻场人员的劳动关系、工资、社会保险及意外伤害保险均由乙方负责，与甲方无关。
H:6. 服务水平与考核
P:6.1 平台月度可用率不低于99.5%。月度可用率＝（当月总时间－不可用时间）÷当月总时间，经甲方同意的计划内维护时间不计入不可用时间。
P:6.2 一级故障（平台整体不可用、追溯码查询中断、发生数据泄露或被篡改）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复。二级故障（单个子系统或部分功能不可用）：1小时内响应，12小时内恢复。三级故障（一般性问题及咨询）：1个工作日内处理。
P:6.3 乙方每季度完成一次全面巡检和安全加固，并提交巡检报告；发现的高危漏洞应在五个工作日内完成整改。
P:6.4 甲方按《运维服务考核细则》每季度对乙方考核一次，考核内容包括可用率、故障处理、巡检、报表和人员在岗情况，满分100分。
P:6.5 月度可用率每低于约定值0.1个百分点，扣减当季服务费的2%；故障响应超时的，每次扣减人民币500元；季度考核得分低于80分的，另扣减当季服务费的5%。
P:6.6 重大节假日、食品安全专项检查及区内大型活动期间，乙方应另派一名工程师现场值守，并提前制定应急预案报甲方备案。
P:6.7 季度运维报告应包括：可用率统计、故障清单及处理过程、巡检和安全加固情况、漏洞整改进度、数据治理工作量、企业接入情况及下季度工作计划。
P:6.8 乙方每半年组织一次应急演练，演练方案和总结报告报甲方备案。
H:7. 验收
P:7.1 季度验收：乙方提交季度运维报告，甲方依考核细则评定，得分不低于80分的，视为当季服务验收合格；低于80分的，乙方应在十日内整改。
P:7.2 年度验收：服务期满前十五日，甲方组织对全年服务进行验收，验收标准包括：运维文档、巡检记录和故障处理记录齐全；巡检发现的漏洞全部整改闭环；平台数据、账号及配置完整移交甲方；全年各季度验收均合格。
H:8. 数据安全
P:8.1 平台中的企业档案、追溯数据、快检数据、消费者个人信息及投诉记录均属于甲方，乙方仅可为履行本合同处理，不得复制、留存或向任何第三方提供。
P:8.2 乙方运维操作须通过政务云堡垒机进行，账号实行一人一号和最小权限，操作全程留痕。乙方不得在个人设备上存储平台数据。
P:8.3 发现数据泄露、篡改或其他安全事件的，乙方应立即处置并在2小时内书面报告甲方；因乙方原因导致数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
P:8.4 服务期满或合同解除时，乙方应交回全部运维账号和权限，删除其因工作需要临时保存的平台数据，并向甲方出具书面承诺。
H:9. 保密
P:9.1 乙方及其人员对在服务中知悉的工作秘密、企业商业信息和个人信息负有保密义务，服务期满或合同解除后仍须遵守。乙方驻场人员应签署保密承诺书。
H:10. 知识产权
P:10.1 乙方在服务过程中形成的运维文档、脚本、报表模板及配置资料归甲方所有，乙方应随季度报告一并交付，甲方可自由使用和修改。
P:10.2 乙方在服务中使用的运维工具软件应为正版或开源软件，因乙方使用的工具侵犯第三方权利引起的纠纷由乙方负责处理并承担责任。
H:11. 分包
P:11.1 乙方可将季度巡检及安全加固工作委托具有相应资质的专业机构实施，但应提前五个工作日书面告知甲方。乙方对受托机构的工作及其人员承担全部责任。
H:12. 违约责任
P:12.1 乙方未按第5.2条约定完成驻场人员到岗或交接的，每逾期一日，向甲方支付违约金人民币500元。
P:12.2 乙方违反第8条约定的，除承担赔偿责任外，甲方有权解除合同。
P:12.3 甲方应按约定支付服务费，因财政资金拨付原因延迟的，甲方应及时告知乙方。
H:13. 合同解除
P:13.1 乙方严重违约或连续两个季度验收不合格，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并按实际服务期间结算费用。
P:13.2 合同解除或期满时，乙方应在十日内完成平台资料、账号权限和运维工作的移交，并配合新的运维单位完成交接。
H:14. 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
H:15. 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。
P:15.2 磋商文件、乙方响应文件、成交通知书及《运维服务考核细则》为本合同的组成部分。
P:15.3 本合同未尽事宜，由双方协商签订补充协议；补充协议不得变更本合同的实质性条款。
P:甲方（盖章）：禾湾区市场监督管理局　　乙方（盖章）：启衡信息技术服务有限公司
P:日期：2025年　月　日
"""

H94E02 = """
T:HarbourDesk Order Form
P:Order Form No. HD-OF-2025-0611
P:Provider: Baie Nettlé Digital SARL, 14 rue du Général de Gaulle, 97150 Marigot, Saint-Martin (French side), registered with the trade and companies register under no. 845 221 907 ("Provider", "we").
P:Customer: Sanya Coral Bay Yacht Charter Co., Ltd., No. 9 Marina Road, Yazhou Bay, Sanya, Hainan Province, People's Republic of China ("Customer").
P:This Order Form has two parts: Part A (Commercial Terms), which records what Customer buys and what it pays, and Part B (HarbourDesk Subscription Terms), which apply to every HarbourDesk subscription. By signing Part A the parties agree to both parts. Where Part A and Part B differ, Part A prevails.
H:PART A - COMMERCIAL TERMS
H:A1. Subscribed Services
P:A1.1 Access to the HarbourDesk booking platform, hosted by Provider, with the following modules: Fleet and Calendar; Online Booking Engine (widget for Customer's website and connector for Customer's WeChat mini-program); Crew and Skipper Scheduling; Payments Connector (to Customer's own acquiring bank); Channel Manager (connection to up to six charter marketplaces and travel agencies); Reporting.
P:A1.2 Volume: up to 35 named users and up to 48 vessels. Additional users or vessels are charged at the rates in Provider's price list annexed to this Order Form.
H:A2. Subscription Term and Renewal
P:A2.1 The Subscription Term is twenty-four (24) months from the Go-Live Date.
P:A2.2 At the end of the Subscription Term this Order Form renews automatically for successive periods of twelve (12) months at the same monthly fees as in the last month of the Subscription Term, unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.
H:A3. Fees
TB:Item|Unit price (CNY)|Quantity|Amount (CNY)
TB:Platform subscription (all modules except Channel Manager)|19,800 per month|24 months|475,200
TB:Booking Engine and Channel Manager add-on|4,600 per month|24 months|110,400
TB:Onboarding and data migration (one-time)|38,400|1|38,400
TB:Total Order Value|||624,000
P:A3.1 Prices are in Chinese Yuan and include VAT. Provider charges no per-booking or per-transaction fee; the fees of Customer's acquiring bank and of the marketplaces are Customer's own.
H:A4. Invoicing and Payment
P:A4.1 Monthly fees are invoiced monthly in arrears from the Go-Live Date and are payable within thirty (30) days of the invoice date. The onboarding fee is invoiced when Customer signs the Go-Live Acceptance Certificate. No amount is payable before the Go-Live Date.
P:A4.2 Payment is by bank transfer to the account stated on the invoice. Service Credits under Part B are deducted from the next invoice.
H:A5. Onboarding and Go-Live Acceptance
P:A5.1 Provider will complete onboarding within forty-five (45) days after signature of this Order Form (the "Target Go-Live Date"). Onboarding covers: set-up of the fleet, berths, crews and pricing seasons; import of existing bookings and guest records from Customer's spreadsheets and legacy system for the last eighteen (18) months; installation of the booking widget and mini-program connector; set-up of the Payments Connector and of the marketplace connections; two training sessions for Customer's staff.
P:A5.2 Go-Live Acceptance tests: (a) Customer's 42 vessels are set up with correct capacity, berth and season prices; (b) the imported bookings reconcile with Customer's records for the eighteen months; (c) twenty (20) test bookings made through the website and the mini-program are paid, confirmed, amended and refunded end to end; (d) availability changes reach each connected marketplace within sixty (60) seconds; (e) the daily revenue report matches the settlement file of the acquiring bank. Customer signs a Go-Live Acceptance Certificate within five (5) Business Days after the tests are passed, or lists in writing the tests that failed, which Provider corrects and repeats. The use of HarbourDesk for live bookings before the certificate is signed is not acceptance.
P:A5.3 If Go-Live Acceptance is later than the Target Go-Live Date for reasons attributable to Provider, Provider will pay Customer CNY 600 for each day of delay, up to a total of CNY 24,000.
H:A6. Governing Law and Jurisdiction
P:This Order Form, including Part B, is governed by French law. Any dispute arising out of or in connection with it is submitted to the exclusive jurisdiction of the courts having jurisdiction over Marigot, Saint-Martin (French side).
P:Signed for Provider: ____________________ (Gérant)    Signed for Customer: ____________________ (Legal Representative)
H:PART B - HARBOURDESK SUBSCRIPTION TERMS
H:B1. Definitions
P:"Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China. "Customer Data" means all data entered into or generated in HarbourDesk by or for Customer, including guest names, passport and contact details, bookings, payment references, crew records and reports. "Monthly Uptime" means the percentage of minutes in a calendar month during which the booking engine and the back office are available, excluding Scheduled Maintenance. "Scheduled Maintenance" means maintenance announced at least seventy-two (72) hours in advance and carried out between 02:00 and 05:00 China Standard Time. "Service Credit" means the amount credited to Customer under B2.4.
H:B2. Service Levels and Support
P:B2.1 Provider will make HarbourDesk available with a Monthly Uptime of at least 99.95 %.
P:B2.2 Support is given in English and Chinese through the support portal, e-mail and a hotline. Severity 1 (the platform is unavailable, or bookings or payments cannot be processed): response within thirty (30) minutes, twenty-four hours a day, seven days a week, and continuous work until a workaround is in place. Severity 2 (a module or a marketplace connection is impaired, with a workaround): response within two (2) hours during Business Days. Severity 3 (questions and minor defects): response on the next Business Day.
P:B2.3 Provider's support team works from Marigot with a backup team in Kuala Lumpur, so that support continues when the office in Saint-Martin is closed by a hurricane warning.
P:B2.4 If Monthly Uptime falls below 99.95 %, Provider credits five per cent (5 %) of the monthly fees for each 0.1 percentage point or part of it by which the target is missed, up to twenty-five per cent (25 %) of the monthly fees for that month. For each Severity 1 incident not responded to within the time in B2.2, Provider credits CNY 500.
P:B2.5 Provider sends a monthly service report stating Monthly Uptime, incidents and Service Credits.
H:B3. Customer Data and Security
P:B3.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide HarbourDesk to Customer and on Customer's instructions. Provider does not sell Customer Data, does not analyse it for its own purposes and does not use it to train models or to build statistics for others.
P:B3.2 Customer Data is hosted in mainland China by the hosting provider named in Annex 1 (Guangzhou region). Provider will not move Customer Data to another hosting provider or region without Customer's prior written consent.
P:B3.3 Provider keeps Customer Data secure by encryption in transit and at rest, multi-factor authentication for all Provider staff, role-based access, access logs kept for twelve (12) months, daily backups and an annual penetration test by an independent firm, and complies with the Personal Information Protection Law of the PRC.
P:B3.4 Provider notifies Customer within forty-eight (48) hours after it becomes aware of any unauthorised access to, loss of or disclosure of Customer Data, takes the necessary measures to contain it and cooperates with Customer's notifications to authorities and guests. Provider bears the costs and losses that such an incident caused by its breach of this B3 causes to Customer.
P:B3.5 Within thirty (30) days after the end of the subscription Provider gives Customer an export of Customer Data in CSV format and then deletes it from its systems and confirms the deletion in writing.
H:B4. Confidentiality
P:Each party keeps confidential all non-public information of the other party that it receives in connection with the Order Form, including prices, business plans and technical information, uses it only for the Order Form and discloses it only to its staff and advisers who need to know it. This obligation continues for three (3) years after the end of the subscription.
H:B5. Intellectual Property
P:B5.1 HarbourDesk, its software and documentation, and all improvements to them, belong to Provider. Customer receives a non-exclusive right to use HarbourDesk during the subscription.
P:B5.2 Customer's brand assets, the configurations, booking-widget themes, e-mail templates and custom reports made for Customer belong to Customer, which may use and modify them freely and hand them to another provider.
H:B6. Subcontracting
P:Provider may not subcontract its obligations or appoint sub-processors, other than the hosting provider named in Annex 1, without Customer's prior written consent. Provider remains responsible for any subcontractor.
H:B7. Term and Termination
P:B7.1 This Order Form is non-cancellable. Customer may not terminate this Order Form before the end of the Subscription Term, whether for convenience or for any breach by Provider. Customer's remedies for any failure of HarbourDesk or of the support are the Service Credits under B2.4 and damages within the limit in B9.
P:B7.2 Provider may suspend access if an undisputed invoice remains unpaid thirty (30) days after a written reminder, and may terminate this Order Form if it remains unpaid sixty (60) days after that reminder.
P:B7.3 On expiry or termination B3.5 applies.
H:B8. Warranties
P:Provider warrants that HarbourDesk performs materially in accordance with its documentation and that the support is given with reasonable skill and care. Provider does not warrant that HarbourDesk will be free of every error.
H:B9. Liability
P:B9.1 Neither party is liable for loss of profit, loss of business or indirect loss.
P:B9.2 Provider's total aggregate liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid or payable by Customer in the six (6) months preceding the event giving rise to the claim.
H:B10. Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, including hurricanes, typhoons and the closure of ports or airports, provided it notifies the other party promptly and uses reasonable efforts to continue performance. Payment obligations are not suspended by force majeure.
H:B11. General
P:B11.1 Notices are given in writing to the addresses in Part A, or by e-mail to the contacts named by each party.
P:B11.2 This Order Form is written in English. A Chinese translation may be made for Customer's internal use; the English text prevails.
P:B11.3 This Order Form is the entire agreement of the parties about HarbourDesk and replaces earlier proposals and quotations.
P:Annex 1: Hosting provider and region. Annex 2: Price list for additional users and vessels.
"""

H94E03 = """
T:Equipment Supply and Maintenance Contract - Drip Irrigation Valve Control System
P:Contract No. HKB-IRR-2025-07
P:Buyer: Hekou Red River Banana Plantation Co., Ltd., Nanxi Town, Hekou County, Yunnan Province, People's Republic of China (the "Buyer")
P:Supplier: Guyane Irrigation Systèmes SAS, 27 avenue Léopold Héder, 97300 Cayenne, French Guiana (the "Supplier")
P:The Buyer operates 760 hectares of banana blocks irrigated by drip lines from four pump stations and wishes to automate irrigation and fertigation. The Supplier is an integrator of irrigation control systems for tropical plantations. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price in Article 3. "Equipment" means the controllers, gateways, sensors, meters and accessories listed in Article 3. "Software" means the irrigation control software licensed under this Contract. "System" means the Equipment and the Software installed and configured at the plantation.
P:1.2 "Installation Certificate" means the certificate signed when the Equipment is installed; "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 6. "Business Day" means a working day in the People's Republic of China.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver, install, configure and commission the System, map every valve to its irrigation block, integrate the four pump stations and the fertigation units, train the Buyer's staff, and tune the irrigation programmes during the first season together with the Buyer's agronomists.
P:2.2 The technical specification in Annex 1 forms part of this Contract. Equipment must be rated for outdoor use in hot and humid conditions (IP67 or better) and must work with the Buyer's existing 24 V DC solenoid valves.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,560,000 (one million five hundred and sixty thousand yuan), fixed and inclusive of VAT, packing, transport to the plantation (DAP Hekou, Incoterms 2020), import duties, insurance and installation.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Solar-powered valve controller, 4 stations, LoRa radio|180|4,850|873,000
TB:2|LoRa gateway with 4G backhaul|6|12,600|75,600
TB:3|Soil-moisture sensor, 3 depths|120|1,380|165,600
TB:4|Flow meter with pulse output|24|2,950|70,800
TB:5|Irrigation control software, perpetual licence for the plantation|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||1,333,000
TB:6|Installation, commissioning and valve mapping|1 lot|186,000|186,000
TB:7|Training and first-season programme tuning|1 lot|41,000|41,000
TB:|Contract Price|||1,560,000
H:Article 4 Payment
P:4.1 Ten per cent (10 %) of the Contract Price, CNY 156,000, within fifteen (15) Business Days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 Fifty-five per cent (55 %), CNY 858,000, after the Installation Certificate is signed for all blocks.
P:4.3 Thirty-five per cent (35 %), CNY 546,000, after Final Acceptance.
P:4.4 Each payment is made within fifteen (15) Business Days after receipt of a correct invoice in CNY by bank transfer.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within ninety (90) days after signature and complete installation within forty-five (45) days after delivery.
P:5.2 The Installation Certificate records that the Equipment is installed and powered. It does not mean that the System is accepted.
P:5.3 If the Supplier is late in delivery, installation or readiness for Final Acceptance, it shall pay liquidated damages of 0.08 % of the Contract Price for each day of delay, up to eight per cent (8 %) of the Contract Price. If the delay exceeds sixty (60) days, the Buyer may also terminate this Contract under Article 15.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests are carried out jointly after installation and include: (a) every valve opens and closes on command from the Software within thirty (30) seconds; (b) every controller and sensor reports to a gateway, with no block out of coverage; (c) flow readings agree with the calibrated reference meter within plus or minus three per cent (3 %); (d) the irrigation and fertigation programmes for all blocks run automatically for twenty-one (21) consecutive days without a Severity 1 fault; (e) the as-built valve map, manuals and training records are handed over.
P:6.2 When all tests are passed the Buyer signs the Final Acceptance Certificate. Delivery, installation, the Installation Certificate, use of the System for irrigation or payment do not constitute acceptance. If a test fails, the Supplier shall correct the defect within ten (10) days and repeat the test at its own cost.
H:Article 7 Warranty
P:7.1 The warranty period is twenty-four (24) months from Final Acceptance. During the warranty the Supplier shall repair or replace free of charge any defective Equipment, including batteries and solar panels, and correct Software defects, including travel and parts.
P:7.2 The Supplier shall keep at the plantation a stock of spare parts of at least five per cent (5 %) of the controllers and sensors during the warranty period.
H:Article 8 Fault Response
P:8.1 The Supplier shall respond to faults reported by the Buyer as follows:
TB:Severity|Description|Remote response|On-site arrival|Restoration
TB:Severity 1|A block or pump station cannot irrigate, a valve is stuck open, or the control server is down|1 hour|24 hours|48 hours
TB:Severity 2|Single controllers or sensors fail; irrigation continues with manual override|3 hours|3 Business Days|5 Business Days
TB:Severity 3|Reports, display or other minor issues|Next Business Day|As needed|10 Business Days
P:8.2 On-site work is carried out by the Supplier's approved installation partner named in Article 13, supervised remotely by the Supplier's engineers in Cayenne.
P:8.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 800, and for each day by which a Severity 1 restoration is late, CNY 2,000. The Buyer may deduct these amounts from any payment due.
H:Article 9 Maintenance after the Warranty
P:9.1 After the warranty the Buyer may order maintenance services, covering the same response times, repairs, software updates and an annual on-site inspection before the dry season.
P:9.2 The annual maintenance fee shall not exceed seven point five per cent (7.5 %) of the Hardware and Licence Subtotal, that is CNY 99,975 per year, and is fixed for the first three (3) years after the warranty.
P:9.3 Maintenance is ordered year by year by written purchase order. There is no automatic renewal.
H:Article 10 Intellectual Property
P:10.1 The valve map, block configurations, irrigation programmes, custom reports and interface scripts prepared under this Contract belong to the Buyer, which may use, modify and license them freely, also to another service provider.
P:10.2 The Software and the controller firmware remain the property of their owners; the Buyer receives a perpetual, irrevocable licence for use at the plantation, including future updates delivered under Articles 7 and 9.
H:Article 11 Data Protection and Security
P:11.1 All data collected or produced by the System, including irrigation logs, soil-moisture and flow data, yields and the plantation map, belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:11.2 The Software runs on the Buyer's server in the plantation office. Remote access by the Supplier is allowed only through a VPN session opened by the Buyer for each intervention, is logged, and may not be used to copy data out of the Buyer's network.
P:11.3 The Supplier shall notify the Buyer within twelve (12) hours after it becomes aware of any unauthorised access to or loss of the Buyer's data, take the necessary remedial measures, and compensate the Buyer for all losses caused by a breach of this Article by the Supplier or its partner.
H:Article 12 Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's yields, fertiliser formulas and prices, and shall not disclose it to third parties without prior written consent. This obligation survives for five (5) years after the Contract ends.
H:Article 13 Subcontracting
P:The installation partner Yunnan Lvyuan Water-Saving Engineering Co., Ltd. is approved by the Buyer by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 14 Liability
P:The Supplier is liable for direct losses caused by its breach of this Contract, including crop losses caused by valves stuck open or closed through a defect of the System. Neither party is liable for loss of profit, except in case of wilful misconduct or gross negligence.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty (20) days after written notice, or if the delay in Article 5.3 exceeds sixty (60) days.
P:15.2 On termination the Supplier shall refund the payments received for Equipment or services not accepted, and the advance-payment guarantee may be called.
H:Article 16 Force Majeure
P:Neither party is liable for delay caused by force majeure, including typhoons, floods and epidemics, if it notifies the other party within five (5) days and takes reasonable steps to limit the delay.
H:Article 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming in accordance with its rules. The award is final and binding on both parties.
H:Article 18 Miscellaneous
P:This Contract is made in Chinese and English, both texts being equally authentic, in four originals, two for each party. It enters into force on signature by both parties. Annex 1: Technical specification. Annex 2: Block and valve list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h94z01": H94Z01, "h94z04": H94Z04, "h94e02": H94E02, "h94e03": H94E03}
TARGETS = {"h94z01": ("h94z01_housing_fund_service_platform_integration.docx", "docx"),
           "h94z04": ("h94z04_market_regulation_food_traceability_om_service.pdf", "pdf"),
           "h94e02": ("h94e02_yacht_charter_booking_saas_order_form_stmartin_vendor.pdf", "pdf"),
           "h94e03": ("h94e03_banana_plantation_irrigation_valve_controllers.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
