"""Builds the .docx and .pdf contracts of holdout64 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .txt and .md contracts are kept as written, not generated.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H64Z01 = """
T:省医疗保障信息平台（二期）系统集成项目合同
P:合同编号：SYB-XXJC-2026-017
P:采购项目编号：SZFCG-2026-0412（公开招标）
P:甲方（采购人）：某省医疗保障局
P:乙方（供应商）：华衡数智科技股份有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，就省医疗保障信息平台（二期）系统集成项目签订本合同。
H:第一条 项目内容
P:1.1 乙方负责省医疗保障信息平台（二期）所需国产化服务器、分布式存储、网络及安全设备、中间件及数据库软件的供货，完成定点医药机构接口适配、跨省异地就医直接结算接口、DRG/DIP支付方式改革接口的定制开发，并承担系统集成、部署、数据迁移和培训工作。
P:1.2 项目实施地点为甲方指定的省医保数据中心主机房及同城灾备机房。
P:1.3 详细技术要求以招标文件第五章“采购需求”及乙方投标文件技术响应表为准，乙方承诺的技术指标不得低于投标文件。
H:第二条 合同价款
P:2.1 本合同总价为人民币柒佰伍拾万元整（¥7,500,000.00），含税，为固定总价，包括设备、软件许可、定制开发、运输、保险、安装、集成、培训及质保期内全部服务费用，甲方不再支付其他任何费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|国产化服务器|12台|2,016,000
TB:2|分布式存储系统|1套|1,380,000
TB:3|网络及安全设备|1批|864,000
TB:4|中间件及数据库软件许可（永久）|1套|1,126,000
TB:5|接口适配与定制开发|1项|1,458,000
TB:6|系统集成、部署与数据迁移|1项|612,000
TB:7|培训|1项|44,000
TB:|软硬件小计（序号1至4）||5,386,000
TB:|合计||7,500,000
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币壹佰伍拾万元。
P:3.2 全部设备及软件到货并经甲方签收后，甲方支付合同总价的35%，即人民币贰佰陆拾贰万伍仟元。到货签收仅为数量清点和外观检查，不代表质量验收。
P:3.3 项目终验合格后，甲方支付合同总价的40%，即人民币叁佰万元。
P:3.4 合同总价的5%即人民币叁拾柒万伍仟元作为质量保证金，质保期满且乙方无未履行义务的，甲方在三十日内无息退还。
P:3.5 上述款项由甲方按财政国库集中支付程序支付至乙方指定账户。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后六十日内完成全部设备到货，一百五十日内完成部署、接口联调并具备初验条件。
P:4.2 乙方应组建不少于十二人的项目组，项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
P:4.3 乙方应按甲方要求编制实施方案、割接方案和应急回退方案，经甲方审核后方可实施；系统割接应安排在非结算高峰时段进行。
H:第五条 验收
P:5.1 初验：乙方完成部署和联调后书面申请初验，甲方组织初验，内容包括设备配置核对、软件安装与许可核对、接口功能测试和数据迁移核对。
P:5.2 试运行：初验合格后进入为期三个月的试运行。
P:5.3 终验标准：（1）通过国家医疗保障局接口规范一致性测试；（2）结算交易处理能力不低于每秒3,000笔，单笔结算交易平均响应时间不超过1秒；（3）跨省异地就医直接结算联调通过；（4）通过第三方网络安全等级保护三级测评和商用密码应用安全性评估；（5）试运行期间未发生一级故障。
P:5.4 设备到货、系统上线、甲方实际使用或支付部分款项，均不视为终验合格。终验不合格的，乙方应在十五日内整改并重新申请验收，由此发生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、版本升级及技术支持，并每季度进行一次巡检，提交巡检报告。
P:6.2 核心结算系统月可用率不低于99.99%（经甲方批准的计划停机除外）。
P:6.3 故障分级及服务时限如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|结算中断或核心系统不可用|15分钟|1小时|2小时
TB:二级|部分功能异常，影响部分地市业务|30分钟|2小时|8小时
TB:三级|一般问题或咨询|2小时|次一工作日|3个工作日
P:6.4 乙方每超过上表响应、到场或恢复时限一小时，甲方可从质量保证金中扣减人民币贰仟元；月可用率每低于约定值0.01个百分点，扣减人民币伍仟元。
P:6.5 质保期满后，乙方应按年提供维保服务，年度维保费不超过软硬件小计的7%，即每年不超过人民币叁拾柒万柒仟零贰拾元，质保期满后前三年不得上调。维保合同逐年签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、源代码、数据库脚本及技术文档，其知识产权归甲方所有，乙方应在终验前完整移交源代码。甲方有权自行或委托第三方修改、使用。
P:7.2 乙方原有的中间件、数据库软件等产品的知识产权仍归其权利人所有，甲方依本合同取得永久使用许可。
P:7.3 乙方保证所提供的产品不侵犯第三方合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 参保人员个人信息、医保结算数据及平台运行日志均属甲方所有，乙方仅可为履行本合同在甲方授权范围内使用，不得以任何形式留存、复制、对外提供或用于其他目的。
P:8.2 乙方人员应在甲方机房内作业，经甲方堡垒机审批后访问生产环境，禁止使用移动存储介质；开发测试仅使用甲方提供的脱敏数据。
P:8.3 乙方应遵守《数据安全法》《个人信息保护法》及医疗保障数据安全管理规定，发现数据泄露或其他安全事件应在一小时内报告甲方并配合处置；因乙方原因造成数据泄露的，乙方承担全部法律责任和赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、系统架构、网络拓扑及账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 分包
P:10.1 乙方不得转包本合同。乙方可将综合布线、设备上架安装等非主体、非关键性工作分包给具有相应资质的单位，但应在分包前五个工作日书面告知甲方。乙方对分包单位的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期具备初验条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金，但因财政资金拨付原因造成的除外。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失以及泄露个人信息造成的损失除外。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或有其他严重违约行为经甲方书面通知后十五日内仍未改正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：某省医疗保障局            乙方（盖章）：华衡数智科技股份有限公司
P:法定代表人或授权代表：                    法定代表人或授权代表：
P:日期：2026年  月  日                      日期：2026年  月  日
"""

H64Z03 = """
T:投研管理平台软件服务（SaaS）订阅合同
P:合同编号：DYZQ-YJS-2026-031
P:甲方：东岳证券股份有限公司（研究所）
P:乙方：上海研数信息科技有限公司
P:甲方拟采购投研管理平台软件服务，乙方具备提供该服务的能力。双方依据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。
H:1. 服务内容
P:1.1 乙方通过其云平台向甲方提供“研数投研管理平台”软件订阅服务，包括研究报告撰写与发布管理、合规审查流程、投研日程与路演管理、盈利预测及估值模型库、机构客户服务记录等模块。
P:1.2 订阅用户数为200个具名用户。甲方增加用户的，按本合同单价另行结算。
P:1.3 实施服务包括：历史研究报告及附件迁移、与甲方OA系统单点登录对接、合规审查流程配置、研报模板配置及用户培训。
P:1.4 服务期内，乙方应免费向甲方提供平台的功能升级和版本更新，升级前应在测试环境中向甲方演示，并将升级安排提前五个工作日通知甲方；涉及研报发布、合规审查流程的重大变更须经甲方书面确认。
P:1.5 平台应满足证券研究报告发布业务的监管要求，研究报告、审核意见及发布记录的留存期限不少于二十年；服务期内乙方应按甲方要求提供上述记录的查询和导出功能，配合甲方应对监管检查和内部审计。
P:1.6 乙方应为甲方指定专属客户经理和实施顾问，每季度与甲方召开一次服务回顾会议，通报服务水平达成情况及平台使用情况。
H:2. 服务期限与续期
P:2.1 服务期为三年，自上线验收合格之日起计算。
P:2.2 服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一年，续期次数不限。续期年度的订阅费由乙方根据市场情况调整，每次上调幅度不超过上一服务年度订阅费的8%，乙方应在服务期满前六十日书面通知甲方调整后的价格。
H:3. 费用及支付
P:3.1 年度订阅费为人民币伍拾捌万陆仟元（¥586,000），三年合计人民币壹佰柒拾伍万捌仟元。
P:3.2 一次性实施费为人民币玖万陆仟元（¥96,000）。
P:3.3 合同总金额为人民币壹佰捌拾伍万肆仟元（¥1,854,000）。
P:3.4 订阅费按季度支付，每季度人民币壹拾肆万陆仟伍佰元，甲方在每个服务季度结束后十五个工作日内凭乙方发票支付。实施费在上线验收合格后十五个工作日内支付。本合同不设预付款。
H:4. 上线与验收
P:4.1 乙方应在合同签订后四十五日内完成实施工作并提交上线验收申请。
P:4.2 验收标准：（1）历史研究报告及附件约12.6万份迁移完成，经抽样核对无缺失、无乱码；（2）与甲方OA系统单点登录对接完成；（3）研报发布流程（分析师撰写、质控复核、合规审核、发布）全程留痕、可追溯；（4）200个并发用户条件下页面平均响应时间不超过2秒；（5）试运行十个交易日内未发生一级故障。
P:4.3 验收合格后双方签署上线验收单。试运行期间甲方使用平台不视为验收合格。
H:5. 服务水平
P:5.1 平台月度服务可用率不低于99.98%（计划内维护除外）。计划内维护应安排在非交易日，并提前三个工作日通知甲方。
P:5.2 故障响应：一级故障（平台无法登录、研报无法发布或数据无法访问）15分钟内响应，2小时内恢复；二级故障（部分模块功能异常）1小时内响应，1个工作日内恢复；三级问题（使用咨询）1个工作日内答复。
P:5.3 服务补偿：月度可用率低于约定值的，每低0.1个百分点，按当月订阅费的5%抵扣，累计不超过当月订阅费的一半；一级故障超过恢复时限的，每超过一小时再抵扣当月订阅费的2%。抵扣金额在下一季度付款时扣除。
H:6. 数据归属与数据安全
P:6.1 甲方上传或在平台中生成的研究报告、模型、路演纪要、客户服务记录等数据（以下简称“甲方数据”）的所有权归甲方。
P:6.2 甲方同意，乙方可在对甲方数据及平台使用日志进行去标识化和汇总处理后，将处理后的数据用于平台产品改进、行业研究统计分析及算法模型训练，该等处理后数据的权利归乙方所有。
P:6.3 平台部署于乙方在上海的境内数据中心，已通过网络安全等级保护三级测评；甲方数据在传输和存储中加密，不同客户数据逻辑隔离；乙方运维人员访问生产数据须经审批并全程审计，访问日志保存不少于六个月。
P:6.4 乙方应遵守《证券期货业网络和信息安全管理办法》及数据安全相关法律法规。发生数据泄露、篡改或其他安全事件的，乙方应在2小时内通知甲方并立即采取处置措施；因乙方原因导致甲方数据泄露的，乙方承担由此给甲方造成的全部损失。
P:6.5 合同终止后三十日内，乙方应按甲方要求完整导出并返还甲方数据，随后删除平台中的甲方数据并出具删除证明。
P:6.6 甲方负责管理其用户账号，应督促其用户妥善保管账号口令；平台应支持与甲方统一身份认证对接、登录二次验证及账号异常登录告警，乙方不得以任何方式获取甲方用户口令。
H:7. 保密
P:7.1 双方对履行本合同过程中知悉的对方商业秘密负有保密义务。乙方尤其应对甲方未公开发布的研究报告、盈利预测、路演安排及客户信息严格保密，不得利用上述信息从事证券交易或向任何第三方泄露。保密义务在本合同终止后继续有效。
H:8. 知识产权
P:8.1 平台软件及其后续版本的知识产权归乙方所有。
P:8.2 乙方为甲方定制的研报模板、审批流程配置、专属统计报表及数据迁移脚本归甲方所有，甲方可自由使用、修改，并可交由其他服务商使用。
H:9. 分包
P:9.1 乙方使用的云基础设施服务商（阿里云上海地域）已在本合同附件二中列明并经甲方确认。除此之外，乙方将本合同任何部分分包给第三方的，须事先取得甲方书面同意。
H:10. 违约责任
P:10.1 乙方未在约定期限内完成上线的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但因乙方原因导致数据泄露或违反保密义务造成的损失不受此限。
H:11. 合同解除
P:11.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（1）连续两个月或一年内累计三个月可用率未达到约定；（2）发生因乙方原因导致的重大数据安全事件；（3）有其他严重违约行为，经甲方通知后十五日内未纠正。
P:11.2 因乙方原因解除合同的，乙方应配合甲方完成数据迁移，并赔偿甲方因此遭受的损失。
H:12. 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交上海仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:13. 其他
P:13.1 附件一《功能清单》、附件二《云基础设施服务商》、附件三《服务水平报告模板》为本合同组成部分。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:13.2 双方的通知以书面形式送达本合同所列地址，或发送至双方指定的项目联系人电子邮箱。
P:13.3 本合同一式四份，双方各执两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：东岳证券股份有限公司      乙方（盖章）：上海研数信息科技有限公司
P:授权代表：                              授权代表：
P:日期：                                  日期：
"""

H64E01 = """
T:SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT CONTRACT - MINETRACK FLEET MANAGEMENT SYSTEM
P:Contract No. AMT-CN-2026-004
P:This Contract is entered into by and between, on the one part, ANDES MINETRACK S.A.C., a company incorporated under the laws of the Republic of Peru, with Taxpayer Registration (RUC) No. 20601873341, domiciled at Av. Javier Prado Este 4200, Santiago de Surco, Lima, Peru, duly represented by its General Manager, hereinafter referred to as "THE PROVIDER"; and, on the other part, LANCANG COPPER MINING CO., LTD., a company incorporated under the laws of the People's Republic of China, domiciled in Diqing Prefecture, Yunnan Province, China, duly represented by its legal representative, hereinafter referred to as "THE CLIENT". THE PROVIDER and THE CLIENT are jointly referred to as "THE PARTIES", under the terms and conditions set forth below.
H:ARTICLE 1 - BACKGROUND
P:1.1 THE CLIENT operates the Hongshan open-pit copper mine, with a haulage fleet of 64 trucks, 9 shovels and excavators and 13 auxiliary units (drills, dozers, graders and water trucks).
P:1.2 THE PROVIDER develops and licenses the MineTrack Fleet Management System (hereinafter "the System"), which is in operation in open-pit mines in Peru and Chile.
P:1.3 THE CLIENT awarded this Contract to THE PROVIDER following its tender No. LC-2026-FMS-01. THE PROVIDER's technical offer of 12 February 2026 forms part of this Contract.
H:ARTICLE 2 - PURPOSE OF THE CONTRACT
P:2.1 By this Contract THE PROVIDER undertakes to: (a) grant THE CLIENT a perpetual licence to the System for the Hongshan mine; (b) implement and configure the System, including the mine model, haul-road network, dispatch rules and the interfaces described in Article 3; (c) commission and optimise the System on site; (d) train THE CLIENT's personnel; and (e) provide warranty and support services as set out in Article 7.
P:2.2 The onboard hardware (in-cab displays, GNSS receivers and mesh radios) is supplied by THE CLIENT under a separate contract. THE PROVIDER shall configure and integrate that hardware with the System.
H:ARTICLE 3 - CONTRACT PRICE
P:3.1 The total Contract Price is CNY 3,000,000 (three million Chinese Yuan), broken down as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|MineTrack Dispatch Server Licence (perpetual, site licence)|1|1,240,000
TB:2|MineTrack Equipment Licences (perpetual)|86 units x 9,500|817,000
TB:|Licence Subtotal||2,057,000
TB:3|Implementation: mine model, haul-road network, interfaces with SAP PM and the weighbridge system|1 lot|684,000
TB:4|On-site commissioning and optimisation (six weeks)|1 lot|196,000
TB:5|Training of dispatchers, operators and administrators|1 lot|63,000
TB:|Total Contract Price||3,000,000
P:3.2 The Contract Price is fixed and includes all taxes, the travel and living expenses of THE PROVIDER's personnel, and all support during the warranty period.
H:ARTICLE 4 - FORM OF PAYMENT
P:4.1 THE CLIENT shall pay the Contract Price as follows: (a) twenty-five percent (25%), that is CNY 750,000, as an advance payment within thirty (30) days after signature, against an advance-payment bank guarantee for the same amount; (b) forty percent (40%), that is CNY 1,200,000, upon issue of the Provisional Acceptance Certificate; and (c) thirty-five percent (35%), that is CNY 1,050,000, upon issue of the Final Acceptance Certificate.
P:4.2 Each payment shall be made within thirty (30) days after receipt of THE PROVIDER's invoice, by bank transfer in Chinese Yuan.
H:ARTICLE 5 - SCHEDULE AND PENALTIES FOR DELAY
P:5.1 THE PROVIDER shall achieve Provisional Acceptance within one hundred and twenty (120) calendar days after the signature of this Contract.
P:5.2 If THE PROVIDER fails to achieve Provisional Acceptance by that date for reasons attributable to it, THE PROVIDER shall pay THE CLIENT a penalty of zero point one percent (0.1%) of the Contract Price for each calendar day of delay, up to a maximum of ten percent (10%) of the Contract Price. THE CLIENT may deduct the penalty from any payment due.
H:ARTICLE 6 - ACCEPTANCE
P:6.1 Site Acceptance Test. When the System is installed and configured, THE PROVIDER shall request the Site Acceptance Test in writing. The test is passed when: (a) every licensed unit reports position and status at intervals of no more than five (5) seconds; (b) automatic truck assignment runs without manual intervention for twenty (20) consecutive shifts; (c) payload data reconcile with the weighbridge records within plus or minus two percent on a sample of five hundred (500) loads; and (d) the SAP PM interface transfers engine hours and fault codes without error for seven (7) consecutive days. THE CLIENT shall issue the Provisional Acceptance Certificate within ten (10) days after the test is passed.
P:6.2 Reliability Run. After Provisional Acceptance, the System shall operate for sixty (60) days without any Severity 1 incident attributable to THE PROVIDER. THE CLIENT shall then issue the Final Acceptance Certificate.
P:6.3 The use of the System in production, or any payment made by THE CLIENT, shall not constitute acceptance of the System.
H:ARTICLE 7 - WARRANTY AND SUPPORT
P:7.1 THE PROVIDER warrants the System for twenty-four (24) months from the date of the Final Acceptance Certificate. During that period THE PROVIDER shall correct all defects free of charge, deliver all updates and provide remote and on-site support.
P:7.2 Incidents are classified and attended as follows:
TB:Severity|Definition|Response time|Workaround|Permanent fix
TB:Severity 1|Dispatch server down, or no assignments issued to the fleet|30 minutes|6 hours|10 days
TB:Severity 2|A function degraded, e.g. payload or fuel reports not updated|2 hours|2 days|30 days
TB:Severity 3|Cosmetic issue or question|1 business day|next release|next release
P:7.3 For each full hour by which the response time or the workaround time of a Severity 1 incident is exceeded, THE PROVIDER shall pay a service credit of CNY 1,500; for Severity 2 incidents, CNY 500 per hour. Service credits are deducted from the next payment or from the performance guarantee.
P:7.4 After the warranty period, THE PROVIDER shall provide Annual Support (updates, remote support and the service levels of Article 7.2) if ordered by THE CLIENT. The Annual Support Fee is eighteen percent (18%) of the Licence Subtotal, that is CNY 370,260 per year, and shall remain fixed for the first three (3) years after the warranty period. Annual Support is ordered by THE CLIENT each year by purchase order and does not renew automatically.
H:ARTICLE 8 - INTELLECTUAL PROPERTY
P:8.1 The System and its standard documentation remain the property of THE PROVIDER. The licence granted to THE CLIENT is perpetual, non-exclusive and limited to the Hongshan mine.
P:8.2 The mine model, haul-road network, dispatch rules, interface programs and reports developed by THE PROVIDER specifically for THE CLIENT ("Client Deliverables") belong to THE CLIENT from their delivery. THE PROVIDER shall deliver the source code of the interface programs. THE CLIENT may use, modify and have third parties maintain the Client Deliverables freely.
H:ARTICLE 9 - CLIENT DATA AND DATA SECURITY
P:9.1 All data generated by the System at the mine, including positions, cycle times, payloads, fuel and production data ("Client Data"), belong to THE CLIENT. THE PROVIDER may use Client Data only to perform this Contract and shall not use it for any other purpose.
P:9.2 The System is installed on THE CLIENT's servers at the mine. THE PROVIDER shall access it remotely only through THE CLIENT's VPN, with individual accounts and two-factor authentication, for the duration of each approved support session, and shall not copy or transfer Client Data out of THE CLIENT's systems. THE PROVIDER shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China with respect to Client Data.
P:9.3 THE PROVIDER shall notify THE CLIENT of any security incident affecting Client Data within twelve (12) hours after becoming aware of it, cooperate in its investigation and remediation, and be liable for the damage caused by any incident attributable to THE PROVIDER or its personnel.
H:ARTICLE 10 - CONFIDENTIALITY
P:10.1 Each PARTY shall keep confidential all technical, commercial and operational information of the other PARTY obtained in connection with this Contract, including mine plans and production figures, and shall not disclose it to third parties without the prior written consent of the other PARTY. This obligation survives the termination of the Contract for five (5) years.
H:ARTICLE 11 - LIABILITY
P:11.1 The total liability of THE PROVIDER under this Contract, including penalties, shall not exceed one hundred and fifty percent (150%) of the Contract Price. This limit does not apply to damage caused by wilful misconduct or gross negligence, to breach of Articles 9 and 10, or to personal injury.
H:ARTICLE 12 - SUBCONTRACTING
P:12.1 THE PROVIDER shall not subcontract all or part of its obligations without the prior written consent of THE CLIENT. Kunming Yunkuang Automation Co., Ltd., named in THE PROVIDER's offer as its local installation partner, is approved by the signature of this Contract. THE PROVIDER remains responsible for any subcontractor.
H:ARTICLE 13 - TERMINATION
P:13.1 THE CLIENT may terminate this Contract by written notice if THE PROVIDER commits a material breach and does not cure it within thirty (30) days after notice, or if the penalties for delay reach their maximum. In that case THE PROVIDER shall refund the amounts received for the parts of the System not accepted.
H:ARTICLE 14 - FORCE MAJEURE
P:14.1 Neither PARTY is liable for delay caused by force majeure, including earthquake, landslide and extreme weather at the mine site, provided that it notifies the other PARTY within seven (7) days.
H:ARTICLE 15 - APPLICABLE LAW AND DISPUTE RESOLUTION
P:15.1 This Contract shall be governed by and construed in accordance with the laws of the Republic of Peru.
P:15.2 Any dispute, controversy or claim arising out of or relating to this Contract which the PARTIES cannot settle by direct negotiation within fifteen (15) days shall be finally resolved by arbitration at law administered by the National and International Arbitration Center of the Lima Chamber of Commerce, in accordance with its rules, by three arbitrators. The seat of the arbitration is Lima, Peru, and the language of the arbitration is English.
H:ARTICLE 16 - FINAL PROVISIONS
P:16.1 This Contract is signed in two (2) counterparts of equal value and enters into force on the date of the last signature.
P:For THE PROVIDER: ____________________ General Manager, Lima
P:For THE CLIENT: ____________________ Legal Representative, Diqing
"""

H64E03 = """
T:CONTRACT FOR THE SUPPLY, INSTALLATION AND MAINTENANCE OF PROCESS SENSORS
P:Contract No. STAO/CN/2026/07
P:BETWEEN: Societe Tunisienne d'Automatisme Oleicole SARL (STAO), a limited liability company registered at the Trade Register of Sfax, Tunisia, under No. B24118672017, having its registered office at Route de Gremda km 6, 3062 Sfax, Tunisia, represented by its Managing Director, hereinafter called "the Integrator";
P:AND: Longnan Baishui Olive Oil Co., Ltd., a company registered in the People's Republic of China, having its registered office in Wudu District, Longnan, Gansu Province, represented by its legal representative, hereinafter called "the Purchaser".
P:Whereas the Purchaser operates a two-phase olive-oil extraction line with a capacity of 6 tonnes of olives per hour, and wishes to equip it with process sensors and connect them to its existing control system; whereas the Integrator has installed such equipment in more than forty mills in Tunisia, Spain and Italy; the parties have agreed as follows.
H:1. OBJECT OF THE CONTRACT
P:1.1 The present Contract covers the supply, installation, calibration and commissioning of the process sensors listed in clause 2 (the "Equipment"), their connection to the Purchaser's PLC and SCADA system, the training of the Purchaser's operators, and maintenance services.
P:1.2 The Integrator performs installation and commissioning at the Purchaser's mill in Longnan with its own engineers, assisted by its local partner named in clause 12.
H:2. PRICE
P:2.1 The Contract Price is fixed at CNY 1,180,000 (one million one hundred and eighty thousand Chinese Yuan), delivered duty paid to the Purchaser's mill, and is broken down as follows:
P:(a) malaxer temperature and dissolved-oxygen sensor sets, 6 sets at CNY 18,400: CNY 110,400;
P:(b) inline near-infrared analyser for oil moisture and pomace oil content, 1 unit: CNY 486,000;
P:(c) decanter vibration and speed sensors, 4 sets at CNY 26,500: CNY 106,000;
P:(d) Coriolis flow meters for oil and process water, 8 units at CNY 22,800: CNY 182,400;
P:(e) level sensors for paste and water dosing, 12 units at CNY 4,600: CNY 55,200;
P:(f) PLC input/output extension and SCADA tag integration: CNY 128,000;
P:Equipment subtotal (a) to (f): CNY 1,068,000;
P:(g) installation, calibration and commissioning: CNY 94,000;
P:(h) training of operators and maintenance staff: CNY 18,000.
P:2.2 The Contract Price includes packing, transport, insurance, customs clearance and import duties, and the travel costs of the Integrator's engineers.
H:3. TERMS OF PAYMENT
P:3.1 Forty percent (40%) of the Contract Price, i.e. CNY 472,000, is payable by bank transfer upon signature of the Contract, as down payment with the order.
P:3.2 The balance of sixty percent (60%), i.e. CNY 708,000, is payable within fifteen (15) days after the date of commissioning stated in the commissioning report under clause 5.
P:3.3 Bank charges outside China are borne by the Integrator.
H:4. DELIVERY AND PENALTIES FOR DELAY
P:4.1 The Equipment shall be delivered to the mill within ninety (90) days after receipt of the down payment, and installed and commissioned within thirty (30) days after delivery, in any event before 1 October 2026, the start of the harvest campaign.
P:4.2 In case of late delivery or late commissioning attributable to the Integrator, penalties for delay of 0.1% of the Contract Price per calendar day of delay shall apply, up to a maximum of 10% of the Contract Price. Penalties are deducted from the balance payment.
H:5. INSTALLATION, COMMISSIONING AND RECEPTION
P:5.1 The Integrator installs the Equipment, connects it to the Purchaser's PLC and SCADA system and calibrates each sensor. The Purchaser provides power, compressed air, cable trays and access to the line.
P:5.2 On completion of commissioning, the Integrator's commissioning engineer issues a commissioning report stating the date of commissioning and the calibration values of each sensor.
P:5.3 The Equipment is deemed accepted by the Purchaser on the date of commissioning stated in the commissioning report. No other acceptance test or reception procedure applies. The warranty period starts on that date.
H:6. WARRANTY
P:6.1 The Integrator warrants the Equipment against defects in design, materials and workmanship for eighteen (18) months from the date of commissioning. During this period defective parts are repaired or replaced free of charge, including transport and the travel of technicians.
P:6.2 The warranty does not cover wear parts listed in Annex 2 (gaskets, sapphire windows of the analyser), damage caused by improper cleaning of the sensors with caustic products, or modifications made without the Integrator's approval.
H:7. SERVICE DURING THE WARRANTY PERIOD
P:7.1 During the harvest campaign (1 October to 31 January), a Priority 1 fault (line stopped, or loss of the NIR or flow measurement) shall be answered remotely by the Integrator's hotline within one (1) hour from the Purchaser's call, and a technician of the local partner shall be on site within thirty-six (36) hours. Outside the campaign, the response time is one (1) working day.
P:7.2 For each hour of delay beyond the response time of a Priority 1 fault, the Integrator owes a penalty of CNY 800, deducted from any sum due or invoiced to it.
P:7.3 Before each campaign the Integrator performs one preventive visit, with recalibration of the analyser against laboratory results and of the flow meters.
H:8. MAINTENANCE AFTER THE WARRANTY PERIOD
P:8.1 After the warranty period the Integrator offers an annual maintenance contract including two preventive visits per year (before and after the campaign), recalibration, hotline support and the response times of clause 7.1.
P:8.2 The annual maintenance fee is CNY 74,760, equal to seven percent (7%) of the Equipment subtotal, and is fixed for the first three (3) years after the warranty period. Spare parts are invoiced at the Integrator's catalogue prices less 10%.
P:8.3 The maintenance contract is renewed each year only by written agreement of both parties.
H:9. PROCESS DATA AND DATA SECURITY
P:9.1 All process data collected by the Equipment and the SCADA system (temperatures, flows, yields, quality measurements) are the property of the Purchaser. The Integrator may use them only to perform the present Contract and may not disclose them or use them for any other purpose.
P:9.2 Remote access by the Integrator to the Purchaser's control system is only allowed through the VPN provided by the Purchaser, for sessions authorised in advance by the Purchaser, with personal accounts; the Integrator shall not install any remote-access tool of its own or keep copies of process data.
P:9.3 The Integrator shall inform the Purchaser within twelve (12) hours of any security incident affecting the Purchaser's systems or data of which it becomes aware, cooperate in its resolution, and bear the damage caused by any incident attributable to it.
H:10. CONFIDENTIALITY
P:10.1 Each party keeps confidential the technical and commercial information received from the other party, in particular the Purchaser's process parameters, yields and customer information, and the Integrator's calibration models. This obligation remains in force for five (5) years after the end of the Contract.
H:11. INTELLECTUAL PROPERTY
P:11.1 The firmware and software of the Equipment remain the property of their manufacturers. The PLC program extensions, SCADA screens and calibration tables made for the Purchaser under this Contract belong to the Purchaser, who may use and modify them freely and have them maintained by third parties. The Integrator delivers them in editable form.
H:12. SUBCONTRACTING
P:12.1 The Integrator's local partner, Lanzhou Xinyuan Automation Engineering Co., Ltd., is approved by the Purchaser by signing the present Contract. Any other subcontracting requires the prior written consent of the Purchaser. The Integrator remains fully responsible for its subcontractors.
H:13. LIABILITY
P:13.1 The total liability of the Integrator under the present Contract, penalties included, is limited to one hundred and twenty percent (120%) of the Contract Price, except in case of fraud, gross negligence or personal injury.
H:14. TERMINATION
P:14.1 In case of serious breach by the Integrator, the Purchaser may terminate the Contract by registered letter after a formal notice (mise en demeure) has remained without effect for thirty (30) days. The Integrator then refunds the sums received for Equipment not delivered or not working.
H:15. FORCE MAJEURE
P:15.1 Neither party is liable for failure caused by force majeure, notified in writing within ten (10) days. If force majeure lasts more than three months, either party may terminate the Contract.
H:16. APPLICABLE LAW AND DISPUTES
P:16.1 The present Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising from the present Contract shall be settled amicably. Failing agreement within thirty (30) days, the dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The language of arbitration is English.
H:17. FINAL PROVISIONS
P:17.1 The present Contract is drawn up in English in two originals. Annex 1 (technical specifications) and Annex 2 (wear parts) form an integral part of it.
P:Done at Sfax and Longnan.
P:For the Integrator: ____________________ Managing Director
P:For the Purchaser: ____________________ Legal Representative
"""

SOURCES = {"h64z01": H64Z01, "h64z03": H64Z03, "h64e01": H64E01, "h64e03": H64E03}
TARGETS = {"h64z01": ("h64z01_healthcare_security_platform_integration.docx", "docx"),
           "h64z03": ("h64z03_securities_research_management_saas.pdf", "pdf"),
           "h64e01": ("h64e01_copper_mine_fleet_management_licence_peru_vendor.docx", "docx"),
           "h64e03": ("h64e03_olive_oil_mill_process_sensors_tunisian_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
