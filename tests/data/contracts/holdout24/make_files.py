"""Builds the .docx and .pdf contracts of holdout24 from the sources kept in this file.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the PDFs the paragraphs are first broken into lines (word_pdf.prewrap: the width of word_pdf.visual_lines, 38 units,
CJK 1, other 0.5) at word boundaries, never inside an English word or a number, and without starting a line with
closing Chinese punctuation, the way a word processor would print them; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout24/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H24Z02 = """T:国家税务总局云溪市税务局云桌面及信创服务器采购合同
P:合同编号：YXSW-XX-2026-009
P:甲方（采购人）：国家税务总局云溪市税务局
P:住所：云溪市人民路215号
P:乙方（供应商）：华钧信创科技股份有限公司
P:住所：云溪市经济技术开发区科创路9号
P:甲方通过竞争性磋商方式采购云桌面及信创服务器项目，乙方为成交供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》等有关规定，双方在平等自愿的基础上，就本项目货物供应、安装部署及售后服务达成如下条款，共同遵守。
H:第一条 项目概况
P:1.1 甲方拟以云桌面替换市局机关及八个办税服务厅现有办公和窗口终端，共600个桌面点位。乙方负责提供基于国产处理器的云桌面计算节点服务器、分布式存储节点、万兆交换机、云桌面瘦终端及云桌面管理软件，并完成部署实施、桌面镜像制作、用户数据迁移及培训。
P:1.2 云桌面平台部署于甲方机房，接入甲方税务内网。乙方应保证云桌面环境兼容甲方现用的金税相关业务系统、电子税务局后台、办公系统及各类国产外设。
P:1.3 乙方提供的全部设备和软件应为全新、正版、符合国家信息技术应用创新产品目录要求的产品。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾万零捌仟元整（¥3,208,000.00），为含税固定总价，分项价格见下表：
TB:序号|名称|规格要点|数量|单价（元）|金额（元）
TB:1|信创服务器（云桌面计算节点）|国产处理器双路64核，512GB内存|12台|86,000|1,032,000
TB:2|分布式存储节点|单节点有效容量60TB，全闪缓存|4台|128,000|512,000
TB:3|云桌面瘦终端|国产芯片，含键鼠|600台|1,640|984,000
TB:4|云桌面管理软件许可|永久许可，按并发授权|600并发|520|312,000
TB:5|万兆交换机|48口万兆，国产|4台|38,500|154,000
TB:-|硬件及软件许可小计|-|-|-|2,994,000
TB:6|部署实施及桌面迁移|镜像制作、数据迁移、外设适配|1项|186,000|186,000
TB:7|培训|管理员及窗口人员|1项|28,000|28,000
TB:-|合计|-|-|-|3,208,000
P:2.2 合同总价包括货物、软件许可、运输、保险、安装、调试、迁移、培训、质保期内服务及全部税费。除本合同另有约定外，甲方无需另行支付其他费用。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%，即人民币320,800元，作为预付款。
P:3.2 全部货物到货并经双方签署到货签收单后15个工作日内，甲方支付合同总价的40%，即人民币1,283,200元。到货签收单仅确认货物品牌、型号、数量及外观，不代表质量验收合格。
P:3.3 项目终验合格后15个工作日内，甲方支付合同总价的45%，即人民币1,443,600元。
P:3.4 合同总价的5%，即人民币160,400元，作为质量保证金，于质保期届满且无未解决的质量问题后15个工作日内无息支付。
P:3.5 乙方在每期付款前应开具等额合法有效的增值税发票。
H:第四条 交货与部署
P:4.1 乙方应在合同生效之日起45日内将全部货物送达甲方指定机房及各办税服务厅，并在合同生效之日起75日内完成部署、桌面迁移及外设适配，具备终验条件。
P:4.2 各办税服务厅的终端替换应安排在非办税时段进行，不得影响纳税人正常办理业务。乙方应于每个服务厅切换前5个工作日提交切换方案，经甲方同意后实施，并准备回退措施。
H:第五条 验收
P:5.1 部署完成后，乙方提交测试报告，甲方组织终验。终验标准如下：
LN:全部货物的品牌、型号、配置与投标文件及本合同一致，并提供原厂授权及质保证明；
LN:600个桌面同时登录时，单个桌面从开机到可用的时间不超过60秒，集中启动完成时间不超过5分钟；
LN:金税相关业务系统、电子税务局后台、办公系统在云桌面内完成功能测试，各办税服务厅的读卡器、高拍仪、票据打印机等外设全部适配通过；
LN:任一计算节点或存储节点故障时，受影响桌面可在3分钟内自动迁移恢复；
LN:系统连续稳定运行7日，未发生导致办税业务中断的故障；
LN:乙方已移交部署文档、运维手册、镜像模板及迁移脚本。
P:5.2 验收合格的，双方签署终验报告；不合格的，乙方应在10日内整改并重新提请验收，费用由乙方承担。
P:5.3 货物到货、安装完成或甲方先行使用，均不构成验收合格。
H:第六条 质量保证及维保服务
P:6.1 全部硬件及软件的质保期为终验合格之日起三年。质保期内乙方免费提供上门维修、备件更换、软件升级、补丁更新及技术支持。
P:6.2 故障等级及服务时限如下表：
TB:故障等级|故障描述|响应时限|到场时限|恢复时限
TB:一级|办税服务厅或机关大面积桌面无法登录，平台整体不可用|15分钟|2小时|6小时
TB:二级|单个节点故障、部分桌面异常，业务可降级运行|1小时|当日|次一工作日
TB:三级|单个终端故障、咨询类问题|2小时|次一工作日|2个工作日
P:6.3 乙方未按上表时限响应、到场或恢复的，每超时1小时向甲方支付违约金800元，甲方可从质量保证金中直接扣除。质保期内一级故障累计超过3次的，乙方应无偿提供扩容或替换方案。
P:6.4 质保期满后，甲方如需乙方继续提供维保服务，年度维保费按硬件及软件许可小计的17.5%计取，即每年人民币523,950元，该价格在质保期满后三年内不作调整。维保服务合同由双方届时另行签订。
P:6.5 质保期内更换下来的硬盘、固态盘等存储部件一律由甲方留存并按甲方规定处置，不返还乙方。
H:第七条 数据安全
P:7.1 云桌面内的全部业务数据、涉税数据、纳税人个人信息、用户文件及系统日志均属于甲方所有。乙方仅可为部署和维保需要，在甲方授权范围内接触相关系统，不得查看、下载、复制、留存或向任何第三方提供上述数据，不得将其用于本合同以外的任何目的。
P:7.2 乙方进场人员须使用甲方分配的运维账号，通过甲方堡垒机进行操作，操作全程录像。不得在甲方网络中接入任何未经甲方许可的设备，不得设置远程访问通道。
P:7.3 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及税务系统网络安全管理规定。发现数据安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因导致数据泄露、篡改或丢失的，乙方承担全部法律责任并赔偿甲方由此遭受的全部损失。
H:第八条 知识产权
P:8.1 乙方保证所供货物和软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
P:8.2 乙方为本项目制作的桌面镜像模板、外设适配驱动配置、迁移脚本及部署文档归甲方所有，甲方可自行或委托第三方使用和修改。
P:8.3 云桌面管理软件为乙方标准产品，甲方享有永久使用许可。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成部署的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:9.2 乙方所供货物不符合合同约定的，甲方有权要求更换并要求乙方赔偿损失。
P:9.3 甲方逾期付款的，按中国人民银行公布的同期贷款市场报价利率支付逾期利息。
H:第十条 分包
P:乙方不得转包本项目。各办税服务厅的综合布线工作如需委托第三方实施，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十一条 合同解除
P:乙方有严重违约行为，经甲方书面通知后10日内未予纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同自双方签字盖章之日起生效，一式肆份，甲乙双方各执贰份。
P:13.2 附件：货物技术参数表、各点位终端分配表、部署实施计划。
P:甲方（盖章）：国家税务总局云溪市税务局        乙方（盖章）：华钧信创科技股份有限公司
P:授权代表：                                  授权代表：
P:日期：                                      日期：
"""

H24Z04 = """T:江岚省大数据管理局省级政务云计算及存储资源服务合同
P:合同编号：JLDSJ-ZWY-2026-003
P:甲方：江岚省大数据管理局
P:乙方：江岚数智云科技有限公司
P:甲方通过公开招标方式采购省级政务云计算及存储资源服务（第二标段），乙方为中标供应商。为保障省直部门业务系统在政务云上安全稳定运行，依据《中华人民共和国民法典》《中华人民共和国政府采购法》《中华人民共和国数据安全法》等法律法规，双方签订本合同。
H:第一条 服务内容
P:乙方在其位于江岚省境内、已通过网络安全等级保护第三级测评的政务云数据中心，为甲方提供计算、存储、网络和安全资源服务，资源规模为：通用虚拟机2,400核vCPU、9,600GB内存，块存储1,200TB，对象存储800TB，数据库服务实例60个，以及云防火墙、主机安全、日志审计、数据库审计等安全服务。乙方同时负责将省直部门42个业务系统从原政务云平台迁移至本平台，并提供资源开通、监控、备份和日常运维服务。资源明细以附件一《资源服务清单》为准，甲方可在服务期内按附件一的单价增减资源。
H:第二条 服务期限
P:服务期为二年，自双方签署资源开通验收报告之日起计算。服务期满后本合同自动终止，不自动续期；如需继续采购，由甲方依法另行组织采购。
H:第三条 合同价款
P:本合同总价为人民币611.4万元，由两部分组成：一是资源服务费，每季度71.6万元，二年共八个季度合计572.8万元；二是迁移上云一次性服务费38.6万元。资源服务费单价在服务期内固定不变，甲方增减资源的，按附件一单价据实结算。
H:第四条 付款方式
P:本合同不设预付款。资源服务费按季度支付：每季度结束后，甲方按第八条进行服务考核，并在考核结果确认后15个工作日内支付该季度服务费（扣除考核扣款）。迁移上云服务费在42个业务系统全部完成迁移并通过迁移验收后15个工作日内一次性支付。乙方应在每次付款前开具合法有效的增值税发票。
H:第五条 资源开通与迁移验收
P:乙方应在合同签订后20日内完成全部资源的开通和配置，并提交测试报告。资源开通验收内容包括：资源规格和数量与附件一一致；虚拟机、存储和数据库性能达到招标文件规定的测试指标；安全服务已按甲方策略部署；平台具备有效的等级保护第三级测评报告和商用密码应用安全性评估报告。
P:乙方应在资源开通验收后60日内按甲方批准的迁移计划完成42个业务系统的迁移。迁移验收标准为：各系统迁移后功能测试通过；迁移数据经双方核对一致，无丢失、无损坏；各系统连续正常运行10日；乙方已提交迁移记录、回退预案及系统部署文档。甲方在乙方提出迁移验收申请后10个工作日内组织验收，验收合格的双方签署迁移验收报告。资源投入使用或业务系统上线运行，均不视为验收合格。
P:服务期满前30日内，甲方组织期末验收，核查服务期内的考核记录、资源使用报告及数据迁出准备情况。
H:第六条 服务水平
P:乙方承诺政务云平台月可用率不低于99.95%（月可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数）。计划内维护应提前5个工作日书面报甲方批准，并安排在夜间或节假日进行，不计入不可用时间。
P:故障分为三级。一级故障指平台整体或多个部门业务系统不可用、发生数据丢失风险或重大安全事件，乙方应在15分钟内响应，30分钟内启动应急预案，2小时内恢复业务；二级故障指单个部门业务系统不可用或性能严重下降，乙方应在30分钟内响应，3小时内恢复；三级故障指不影响业务连续性的一般问题，乙方应在2小时内响应，2个工作日内解决。
P:乙方每日对云主机和数据库进行备份，备份数据保留不少于30日，并每半年配合甲方开展一次恢复演练。
H:第七条 服务考核与扣款
P:月可用率每低于承诺值0.01个百分点，扣减当季度资源服务费的1%；一级故障未按时响应或恢复的，每次扣减5,000元；二级故障未按时响应或恢复的，每次扣减2,000元。单季度扣款累计不超过当季度资源服务费的20%。连续两个季度考核不合格的，甲方有权解除合同。
H:第八条 季度考核
P:每季度末，乙方提交服务报告，内容包括可用率统计、故障及处理记录、资源使用情况、安全事件及备份记录。甲方依据第六条、第七条及附件二《服务考核细则》进行考核，考核结果作为支付当季度服务费的依据。
H:第九条 数据安全
P:甲方及省直部门部署在政务云上的全部数据，包括业务数据、政务数据、个人信息、日志和备份数据，其所有权归甲方及相关部门。乙方仅可为提供本合同约定的服务处理上述数据，不得访问业务数据内容，不得向任何第三方提供，不得进行分析、加工或用于本合同以外的任何目的。
P:全部数据及其备份应存储在江岚省境内的数据中心，不得出境，不得迁移至本合同约定以外的机房。乙方应落实等级保护第三级和商用密码应用的各项要求，对运维操作实行堡垒机统一管理和全程审计，运维账号实行实名和多因素认证。
P:乙方发现数据安全事件或重大安全隐患的，应在1小时内报告甲方，并立即采取处置措施，配合甲方及有关部门调查。因乙方原因造成数据泄露、篡改、丢失或业务中断的，乙方承担全部法律责任，并赔偿甲方及相关部门的损失。
P:服务期满或合同解除时，乙方应在甲方规定的期限内协助将全部数据完整迁出，经甲方确认后彻底删除平台上的甲方数据及备份，并出具书面删除证明。
H:第十条 保密
P:乙方对履行本合同过程中知悉的甲方及省直部门的工作秘密、网络架构、安全策略、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订保密协议。保密义务在合同终止后继续有效。
H:第十一条 知识产权
P:乙方为本项目编制的迁移方案、架构设计文档、自动化脚本及运维手册归甲方所有，甲方可自行使用、修改或提供给后续服务商使用。乙方云平台软件的知识产权归乙方，不因本合同转移。
H:第十二条 违约责任
P:乙方未按第五条约定时间完成资源开通或系统迁移的，每逾期一日向甲方支付违约金人民币6,000元。因乙方原因导致数据泄露或重大安全事件的，除赔偿损失外，甲方有权解除合同。乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但乙方故意或重大过失、违反第九条或第十条造成的损失不受此限。
H:第十三条 分包与转让
P:乙方不得转让本合同，不得将本项目转包。除基础电信运营商提供的网络线路外，乙方将任何服务内容分包给第三方的，须事先取得甲方书面同意，并对分包部分承担全部责任。
H:第十四条 合同解除
P:乙方严重违约，经甲方书面通知后10日内未纠正的，或出现第七条、第十二条约定情形的，甲方有权书面通知解除合同。合同解除后，乙方应继续提供不少于60日的过渡服务，并配合完成数据迁出。
H:第十五条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交江岚仲裁委员会仲裁。
H:第十六条 其他
P:本合同自双方签字盖章之日起生效，一式陆份，甲方肆份，乙方贰份。附件一《资源服务清单》、附件二《服务考核细则》为本合同组成部分。
P:甲方（盖章）：江岚省大数据管理局        乙方（盖章）：江岚数智云科技有限公司
P:授权代表：                              授权代表：
P:日期：                                  日期：
"""

H24E02 = """T:Software Licence and Implementation Agreement — Order Management System
P:Agreement No. HRL-IT-2026-012
P:This Agreement is made between Hengrui-Lyon Fund Management Co., Ltd., a Sino-foreign joint venture fund manager in Futian District, Shenzhen (the "Buyer"), and Tradewell Systems (Shenzhen) Co., Ltd., Nanshan District, Shenzhen (the "Supplier").
P:The Buyer selected the Supplier through its competitive procurement procedure for an investment order management system. This Agreement is on the Buyer's standard IT procurement terms.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's Tradewell OMS, pre-trade compliance engine and FIX gateway module listed in Annex 1, with documentation and updates.
P:1.2 "Deliverables" means everything the Supplier prepares or develops specifically for the Buyer under this Agreement, including interface programs, configurations of compliance rules, custom reports, migration scripts, test scripts and documentation.
P:1.3 "Go-Live" means the first trading day on which live orders for all funds in scope are placed through the Software.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5 that the Software and Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software for the management of all funds and accounts managed by the Buyer and its subsidiaries, for up to 60 named users, in the Buyer's production, disaster-recovery and test environments in mainland China.
P:2.2 The Supplier shall implement the Software at a fixed price: installation; configuration of order workflows and about 600 compliance rules; interfaces with the Buyer's valuation and transfer-agency systems, market data feeds and brokers' trading systems; migration of positions, rules and order history; and training.
P:2.3 Servers, operating systems and databases are provided by the Buyer.
H:Article 3 Price
P:3.1 The Contract Price is CNY 2,844,000 (two million eight hundred and forty-four thousand yuan), including VAT, broken down as follows:
TB:No.|Item|Price (CNY)
TB:1|Tradewell OMS enterprise licence, perpetual, 60 named users|1,380,000
TB:2|Pre-trade compliance engine licence, perpetual|420,000
TB:3|FIX gateway module licence, perpetual|186,000
TB:-|Licence Subtotal|1,986,000
TB:4|Implementation, configuration and interfaces (fixed price)|724,000
TB:5|Data migration|96,000
TB:6|Training (administrators, traders, compliance staff)|38,000
TB:-|Contract Price|2,844,000
P:3.2 The Contract Price is fixed. Work outside Annex 2 requires a written change order signed by both parties.
H:Article 4 Payment and Schedule
P:4.1 The Buyer shall pay the Contract Price as follows, each within 30 days after receipt of a valid VAT invoice:
P:(a) 20% (CNY 568,800) as an advance payment after signature, against a bank advance-payment guarantee for the same amount, valid until Go-Live;
P:(b) 45% (CNY 1,279,800) after Go-Live;
P:(c) 35% (CNY 995,400) after Final Acceptance.
P:4.2 The Supplier shall achieve Go-Live no later than 150 days after signature. If Go-Live is delayed for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.07% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds 60 days, the Buyer may terminate this Agreement under Article 12.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests start after 20 consecutive trading days of live operation following Go-Live and are passed when:
LN:the Software processes 500 orders per second in the Buyer's performance test with no order lost or duplicated;
LN:every pre-trade compliance check completes within 50 milliseconds, and all 600 configured compliance rules give the results agreed in the test cases signed off by the Buyer's compliance department;
LN:positions and cash in the Software reconcile with the valuation system at the end of each of the 20 trading days;
LN:all interfaces and broker connections have run without unresolved defects, and no Severity 1 incident has occurred in the last 10 trading days;
LN:the Supplier has delivered all Deliverables, including source code of interface programs and migration scripts, and the operation manuals.
P:5.2 The Buyer shall confirm Final Acceptance in writing within 10 business days after the tests are passed, or list the defects found, which the Supplier shall correct at its own cost before the tests are repeated.
P:5.3 Go-Live, live use of the Software or any payment does not constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and Deliverables will conform to the documentation and Annex 2 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, provide updates, adapt interfaces to rule changes of exchanges and regulators, and provide support free of charge.
P:6.2 The Supplier shall respond to and resolve incidents as follows:
TB:Severity|Definition|Response|Workaround|Resolution
TB:Severity 1|Order placement, compliance checks or broker connectivity unavailable for any fund|30 minutes|3 hours|2 business days
TB:Severity 2|Important function degraded, trading continues|2 hours|1 business day|10 business days
TB:Severity 3|Minor defect or question|1 business day|next release|next release
P:6.3 For each hour by which the Supplier misses a Severity 1 response or workaround time, the Supplier shall pay a service credit of CNY 2,000; for each business day by which it misses a Severity 2 resolution time, CNY 500. The Buyer may deduct credits from any amount payable.
P:6.4 After the Warranty Period the Buyer may order annual support by purchase order. The annual support fee is 12.5% of the Licence Subtotal, i.e. CNY 248,250 per year, fixed for the first three years after the Warranty Period. Any later change requires the written agreement of both parties and shall not exceed 3% per year. Support does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 All data processed in the Software, including portfolio holdings, orders, trades, client information and logs ("Buyer Data"), belongs to the Buyer. The Supplier may access Buyer Data only to perform this Agreement and shall not copy, retain, disclose or use it for any other purpose.
P:7.2 The Software runs in the Buyer's data centres. The Supplier's staff work on site or through the Buyer's privileged-access system with per-session approval, and all sessions are recorded. Test environments use anonymised data prepared by the Buyer.
P:7.3 The Supplier shall comply with the Personal Information Protection Law, the Data Security Law and the information technology rules of the China Securities Regulatory Commission. It shall notify the Buyer of any security incident within six hours of discovering it and cooperate in its handling. The Supplier shall indemnify the Buyer against losses, regulatory penalties and claims caused by a breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Supplier retains ownership of the Software. Nothing in this Agreement restricts the licence in Article 2.
P:8.2 All Deliverables and the intellectual property rights in them vest in the Buyer on creation. The Buyer may use, modify and license them freely, including to other service providers. The Supplier shall deliver the source code of all Deliverables.
P:8.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or Deliverables infringe third-party rights.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Buyer's investment strategies, holdings and orders, and use it only to perform this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:The Supplier's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability under Articles 7, 8.3 and 9, to personal injury or to wilful misconduct.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach that is not remedied within 15 days after notice, or in the case set out in Article 4.2.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for work not accepted and compensate the Buyer's losses.
H:Article 13 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court with jurisdiction in the place where the Buyer is domiciled.
P:Annexes: 1 Software; 2 Specifications and plan; 3 Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H24E03 = """T:Equipment Sales and Services Agreement
P:Agreement No. CVS-CN-2026-0088
P:This Equipment Sales and Services Agreement (the "Agreement") is made between Corvane Systems (China) Co., Ltd., Hangzhou (the "Vendor"), and Donghai State-owned Capital Investment Holding Group Co., Ltd., Hangzhou (the "Customer"). It is issued on the Vendor's standard sales terms, completed for the Customer's hyper-converged infrastructure project following the Customer's competitive negotiation of 12 February 2026.
H:1. Scope of Supply
P:1.1 The Vendor shall supply the hyper-converged infrastructure equipment, software licences and services listed in Schedule 1 (together the "Equipment" and the "Services") to consolidate the Customer's headquarters data centre: 16 hyper-converged nodes in two clusters, the hyper-converged software licences for all nodes, four top-of-rack switches and one backup appliance.
P:1.2 The Services comprise installation, configuration of the two clusters and the backup policies, migration of about 120 virtual machines from the Customer's existing servers, knowledge transfer and training of the Customer's administrators.
P:1.3 The Customer provides rack space, power, cooling and network uplinks in its data centre in accordance with the site requirements in Schedule 2.
H:2. Prices
P:2.1 The total price (the "Contract Price") is CNY 3,870,000, including VAT, made up as follows:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Hyper-converged node, 2 × 32-core CPU, 1 TB RAM, all-flash|16|168,000|2,688,000
TB:Hyper-converged software licence, perpetual, per CPU socket|32|18,500|592,000
TB:Top-of-rack switch, 48 × 25GE|4|46,000|184,000
TB:Backup appliance, 200 TB usable|1|236,000|236,000
TB:Hardware and Licence Subtotal|||3,700,000
TB:Installation, configuration and migration of 120 virtual machines|1|148,000|148,000
TB:Training|1|22,000|22,000
TB:Contract Price|||3,870,000
P:2.2 Prices are fixed and include delivery to the Customer's data centre in Hangzhou, insurance until delivery and all taxes.
H:3. Payment
P:3.1 The Customer shall pay forty per cent (40%) of the Contract Price, i.e. CNY 1,548,000, within 10 business days after signature of this Agreement. The Vendor will place orders with the manufacturer and schedule shipment upon receipt of this payment.
P:3.2 The Customer shall pay the remaining sixty per cent (60%), i.e. CNY 2,322,000, within 30 days after Installation Completion under Clause 5.
P:3.3 The Vendor shall issue a valid VAT special invoice for each payment. Amounts not paid when due bear interest at the loan prime rate published by the National Interbank Funding Center.
H:4. Delivery and Installation
P:4.1 The Vendor shall deliver the Equipment to the Customer's data centre within eight weeks after receipt of the payment under Clause 3.1, and complete installation and migration within three weeks after delivery.
P:4.2 If the Vendor fails to deliver by the date in Clause 4.1 for reasons attributable to it, the Vendor shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:4.3 Title to the Equipment passes to the Customer on full payment; risk passes on delivery.
H:5. Installation Completion and Acceptance
P:5.1 Installation Completion occurs when the Vendor's engineer has installed the Equipment, powered it on, run the Vendor's standard installation checklist and completed the migration of the virtual machines, as recorded in an Installation Report signed by the Vendor's engineer.
P:5.2 The Equipment and Services shall be deemed accepted by the Customer upon Installation Completion. No further acceptance test is required, and the Customer's signature of the Installation Report is not a condition of acceptance.
P:5.3 Defects found after Installation Completion are handled under the warranty in Clause 6 and do not affect the payment under Clause 3.2.
H:6. Warranty and Support
P:6.1 The Vendor warrants the Equipment against defects in materials and workmanship, and the software licences against material non-conformity with the documentation, for thirty-six (36) months from Installation Completion (the "Warranty Period"). During the Warranty Period the Vendor provides, free of charge, on-site hardware replacement, software updates and upgrades, and technical support.
P:6.2 Incident handling during the Warranty Period:
TB:Severity|Definition|Response|On site / action
TB:Severity 1|A cluster or the backup appliance is down, or data is at risk|30 minutes|engineer on site within 3 hours
TB:Severity 2|A node, switch or disk has failed, service continues with redundancy|2 hours|next business day
TB:Severity 3|Question or minor issue|1 business day|as agreed
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or on-site time, the Vendor credits the Customer CNY 1,000 against any amount payable under this Agreement or any later support order.
P:6.4 After the Warranty Period the Customer may order support for years four and five at 8% of the Hardware and Licence Subtotal per year, i.e. CNY 296,000 per year. This price is fixed for those two years. Support is ordered by purchase order and does not renew automatically.
P:6.5 Failed disks and solid-state drives replaced under warranty remain with the Customer and are not returned to the Vendor.
H:7. Customer Data
P:7.1 All data stored or processed on the Equipment ("Customer Data") belongs to the Customer. The Vendor's personnel may access Customer Data only as necessary to perform the Services and only under the Customer's supervision, and shall not copy, retain, disclose or use it for any other purpose.
P:7.2 Remote access to the Equipment requires the Customer's prior approval for each session and takes place through the Customer's bastion host, with all sessions logged. The Vendor's remote monitoring ("call-home") function remains disabled unless the Customer enables it in writing.
P:7.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law, notify the Customer of any security incident involving Customer Data within twelve hours of becoming aware of it, and compensate the Customer for losses caused by the Vendor's breach of this Clause 7.
H:8. Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's network architecture, passwords and security configurations, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation survives for five years after the end of this Agreement.
H:9. Intellectual Property
P:9.1 The software supplied with the Equipment remains the property of its owners and is licensed to the Customer perpetually under the licence terms in Schedule 1.
P:9.2 The cluster design, configuration documents, migration plans and runbooks prepared for the Customer belong to the Customer, which may use and modify them freely and provide them to any other service provider.
H:10. Subcontracting
P:The Vendor may use the manufacturer's authorised service partners listed in Schedule 3 for on-site hardware replacement. Any other subcontracting requires the Customer's prior written consent. The Vendor remains responsible for the work of its subcontractors.
H:11. Liability
P:The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price, except for liability for personal injury, wilful misconduct or breach of Clauses 7 and 8. Neither party is liable for loss of profit or indirect loss.
H:12. Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate by written notice if the liquidated damages under Clause 4.2 reach their maximum.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding on both parties.
H:14. General
P:This Agreement, with Schedule 1 (Equipment and licences), Schedule 2 (Site requirements) and Schedule 3 (Authorised service partners), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

SOURCES = {"h24z02": H24Z02, "h24z04": H24Z04, "h24e02": H24E02, "h24e03": H24E03}
TARGETS = {"h24z02": ("h24z02_tax_bureau_vdi_cloud_desktop_servers.docx", "docx"),
           "h24z04": ("h24z04_provincial_big_data_bureau_gov_cloud_service.pdf", "pdf"),
           "h24e02": ("h24e02_jv_fund_manager_oms_licence_implementation.docx", "docx"),
           "h24e03": ("h24e03_investment_group_hyperconverged_infrastructure_vendor_paper.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
