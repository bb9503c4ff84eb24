"""Builds the .docx and .pdf contracts of holdout123 from the markup sources below (word_pdf.py markup: T title,
H heading, P paragraph, TB table row with cells split by |). Run with /work/main/.venv/bin/python make_files.py.
The .txt / .md contracts of this folder are written by hand and are not generated here."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H123Z01 = """
T:××省国土空间规划"一张图"实施监督平台建设项目合同
P:合同编号：××ZRZY-2025-ZC017　　采购方式：公开招标
P:甲方（采购人）：××省自然资源厅
P:乙方（中标供应商）：××空间信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方就××省国土空间规划"一张图"实施监督平台建设项目（以下简称"本项目"）订立本合同，共同遵守。
H:第一条 定义
P:1.1 "平台"指乙方依本合同为甲方建设的国土空间规划"一张图"实施监督信息系统，包括国土空间基础信息库、指标模型库、监测评估预警、规划成果审查与管理、数据共享交换等子系统及配套软硬件。
P:1.2 "定制成果"指乙方为本项目专门开发的程序、接口、模型、数据库结构、配置文件及其源代码和技术文档。
P:1.3 "甲方数据"指甲方提供的，或平台运行中产生、采集、加工的全部数据，包括国土调查成果、各级国土空间规划成果、用地审批数据、监测数据和系统日志。
P:1.4 "初验""终验"分别指本合同第五条约定的初步验收和最终验收。
H:第二条 项目内容与合同价款
P:2.1 乙方负责平台软硬件供货、定制开发、数据治理与入库、部署集成、人员培训，以及质保期内的运行维护。
P:2.2 合同总价为人民币伍佰叁拾柒万元整（¥5,370,000），为固定总价，已包含税费、运输、保险、安装、差旅及质保期内全部服务费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|"一张图"基础平台软件许可（永久，省市县三级使用）|1,260,000
TB:2|数据库及中间件软件许可|318,000
TB:3|服务器、存储及安全设备|1,384,000
TB:|软硬件小计|2,962,000
TB:4|定制开发（监测评估预警、指标模型库、与审批系统对接）|1,486,000
TB:5|数据治理与入库|642,000
TB:6|部署实施与系统集成|228,000
TB:7|培训|52,000
TB:|合计|5,370,000
H:第三条 付款
P:3.1 合同签订且甲方收到乙方提交的等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥1,074,000。
P:3.2 初验合格后十五个工作日内，甲方支付合同总价的50%，即¥2,685,000。
P:3.3 终验合格后十五个工作日内，甲方支付合同总价的25%，即¥1,342,500。
P:3.4 其余5%即¥268,500作为质量保证金，质保期满且乙方已履行全部质保义务的，甲方于十五个工作日内无息支付。
P:3.5 乙方每次请款应提供合法有效的增值税发票。因财政资金拨付原因需调整付款时间的，甲方应及时书面告知乙方。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成软硬件到货和部署，一百五十日内完成定制开发及数据入库并提交初验申请。
P:4.2 设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认品牌、型号、数量和外观，不代表质量验收。
H:第五条 验收
P:5.1 初验：乙方完成部署和开发后，甲方依据招标文件技术要求和双方确认的需求规格说明书组织测试。初验合格须同时满足：（1）需求规格说明书所列功能全部实现；（2）500个并发用户下常用查询响应时间不超过3秒，图层叠加分析不超过10秒；（3）入库数据经抽检，图形和属性错误率不高于千分之二；（4）与省级用地审批系统、国土调查云的接口联调通过。
P:5.2 试运行：初验合格后平台进入三个月试运行，试运行期间累计发生一级故障不得超过两次。
P:5.3 终验：试运行结束后乙方提交终验申请及全部文档，甲方组织专家终验。终验合格须满足：试运行达标；第三方测评机构出具的网络安全等级保护三级测评和密码应用安全性评估结论为符合；全部源代码和技术文档移交完毕。
P:5.4 平台上线使用、进入试运行或甲方支付部分款项，均不视为验收合格。验收未通过的，乙方应在十五日内整改并重新申请验收，费用自行承担。
H:第六条 质保与运维
P:6.1 质保期为终验合格之日起三十六个月。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换、安全补丁和7×24小时技术支持。
P:6.2 平台月可用率不低于99.95%（经甲方同意的计划维护时间除外，计划维护应提前三个工作日申请）。
P:6.3 故障分级及处理时限如下表：
TB:故障级别|情形|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用或核心数据损坏|30分钟|2小时|8小时
TB:二级|主要子系统功能异常|1小时|6小时|24小时
TB:三级|一般功能缺陷或使用咨询|8小时|按需|5个工作日
P:6.4 响应、到场或恢复每超时一小时，甲方从质量保证金或应付款中扣减¥1,500；月可用率每低于约定值0.01个百分点，扣减¥3,000。扣减不免除乙方继续修复的义务。
P:6.5 质保期满后，甲方可委托乙方继续提供运维服务。运维服务年费不超过软硬件小计的9.5%（即每年不超过¥281,390），自质保期满起三年内不上调，服务内容和时限与6.1至6.4相同，届时另行签订运维合同。
H:第七条 知识产权
P:7.1 定制成果（含源代码和文档）的著作权及其他知识产权自交付之日起归甲方所有，甲方可自行或委托第三方使用、修改、升级和分发。
P:7.2 乙方原有平台产品和第三方软件的知识产权仍归原权利人，乙方保证甲方在本项目范围内永久、无偿使用，且不侵犯任何第三方权利；因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 甲方数据归甲方所有。乙方仅为履行本合同处理甲方数据，不得用于其他目的，不得向任何第三方提供。
P:8.2 平台部署于甲方政务云。乙方人员须在甲方指定场所通过堡垒机访问系统，禁止私自拷贝、下载或将数据带离，禁止从境外访问。
P:8.3 乙方应落实网络安全等级保护三级要求，建立数据安全管理制度。发生数据泄露、篡改、丢失等安全事件时，乙方应立即处置并在两小时内书面报告甲方；因乙方原因造成的，乙方承担全部赔偿责任和相应法律责任。
H:第九条 保密
P:乙方对履行本合同过程中知悉的甲方工作秘密、未公开的规划信息和技术资料负有保密义务，未经甲方书面许可不得披露；保密义务在合同终止后继续有效。乙方应与参与本项目的人员签订保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的软硬件或定制成果不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
H:第十一条 分包与转包
P:本项目不允许分包。乙方不得将本项目转包，也不得以任何形式交由第三方实施。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失：（1）严重违约致使合同目的不能实现；（2）连续两次未通过验收；（3）发生因乙方原因导致的重大数据安全事件。
P:12.2 因不可抗力致使合同无法履行的，双方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件和中标通知书为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
P:日期：　　年　　月　　日　　　日期：　　年　　月　　日
"""

H123Z04 = """
T:××县医疗保障局医保智能审核系统运维服务合同
P:项目编号：××XCG-2025-0219　　采购方式：竞争性磋商
P:甲方（采购人）：××县医疗保障局
P:乙方（成交供应商）：××医疗信息技术有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，订立本合同。
H:第一条 服务内容
P:乙方为甲方已建成的医保智能审核系统提供运维服务。该系统包括审核规则引擎、医保知识库、事前提醒、事中审核、事后稽核和疑点工单等模块，以及与省医保信息平台、县域定点医药机构信息系统的接口，覆盖县内定点医疗机构62家、定点零售药店118家。服务内容为：（一）驻场运维：派驻两名工程师在甲方办公场所工作，负责日常监控、故障处理、用户支持和数据核查；（二）规则知识库更新：依据国家和省医保目录、诊疗规范及甲方稽核重点，每季度更新审核规则和知识库；（三）巡检与安全加固：每月进行系统巡检，每季度进行漏洞扫描和安全加固；（四）应急保障：在年度清算、医保目录切换等重点时段提供7×24小时保障。
H:第二条 服务期限
P:服务期为一年，自本合同签订之日起计算。服务期满本合同即行终止，不自动续期；甲方需要继续采购的，依法另行组织采购。
H:第三条 合同价款
P:本合同总价为人民币伍拾柒万捌仟元整（¥578,000），为包干价，已包括人员、差旅、工具、软件工具授权和税费等全部费用。其中：驻场运维¥326,400，规则知识库更新¥148,000，巡检与安全加固¥62,000，应急保障¥41,600。
H:第四条 付款方式
P:本合同不设预付款。服务费按季度支付：每季度服务结束且季度考核完成后十个工作日内，甲方以每季度¥144,500为基数，扣除当季考核扣款后支付。乙方应在付款前开具合规发票。乙方收款账户以其盖章确认的书面通知为准，账户变更的应提前十个工作日书面通知甲方。
H:第五条 服务水平
P:5.1 故障分为三级。一级故障指系统整体中断，或审核结果错误导致定点医药机构无法结算；二级故障指个别模块或接口异常，但不影响结算；三级故障指一般性问题和使用咨询。
P:5.2 一级故障乙方应在15分钟内响应，1小时内到达现场，3小时内恢复系统运行；二级故障应在30分钟内响应，8小时内解决；三级故障应在2小时内响应，2个工作日内解决。
P:5.3 规则知识库每季度更新一次。国家或省级医保政策调整的，乙方应在新政策执行日前完成相应规则调整并经甲方确认。
P:5.4 乙方应于每月5日前提交上月运维报告，内容包括故障处理、规则调整、巡检结果和审核数据质量分析。
P:5.5 乙方应建立运维值班制度，公布值班电话和应急联系人。驻场工程师的工作时间为工作日8:30至17:30；非工作时间发生一级故障的，乙方应按5.2约定的时限远程响应，并安排人员到场处理。
H:第六条 考核与验收
P:6.1 甲方每季度按附件《运维服务考核表》进行考核，考核内容包括故障响应和恢复时限、规则更新的及时性和准确性、巡检及报告提交、驻场人员出勤和用户评价，满分100分。考核结果由甲方书面通知乙方，乙方有异议的，可在五个工作日内申请复核。
P:6.2 考核扣款：一级、二级故障响应超时的，每次扣¥1,000；恢复或解决超时的，每超过一小时扣¥500；因规则遗漏或错误导致违规费用漏审的，每条扣¥800。扣款从当季服务费中扣除。
P:6.3 服务期满后，乙方提交全年服务总结、规则变更记录、运维文档和账号权限清单。甲方组织年度验收，验收标准为：四个季度考核得分均在80分以上；服务期内未发生因乙方原因导致的数据安全事件；全部文档和账号权限移交完毕。甲方应在收到验收申请后十五个工作日内组织验收，验收合格后出具验收报告；验收不合格的，乙方应在十日内整改并重新申请验收。
H:第七条 乙方人员
P:驻场工程师应具备医保信息系统运维经验，人员名单经甲方确认后不得随意更换；确需更换的，应提前十日书面报甲方同意，接替人员的资质不得低于原人员。乙方人员应遵守甲方的考勤、保密和信息安全管理制度。乙方应为驻场人员办理意外伤害保险，驻场人员在甲方场所发生的人身伤害由乙方负责处理。
H:第八条 数据安全与个人信息保护
P:8.1 系统中的参保人信息、就诊结算数据、审核结果及日志均属甲方所有。乙方仅可在运维必需的范围内接触上述数据，不得用于任何其他目的。
P:8.2 乙方人员只能在医保专网内通过甲方堡垒机以实名账号操作，严禁下载、拷贝、截屏留存或通过互联网传输医保数据，严禁在个人设备上处理数据。
P:8.3 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》和医保数据安全管理规定。发生数据泄露、篡改或系统遭受攻击等安全事件的，乙方应立即处置，并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任和相应法律责任。
P:8.4 乙方应每季度对驻场人员开展数据安全培训，并将培训记录报甲方备案。
H:第九条 保密
P:乙方及其人员对服务中知悉的甲方工作秘密、稽核线索和其他非公开信息负有保密义务，服务期满或合同解除后仍应保密。乙方应组织驻场人员签署保密承诺书并报甲方备案。
H:第十条 知识产权
P:乙方在服务期内编写的审核规则、脚本、配置和运维文档，其知识产权归甲方所有，甲方可自行使用，也可交由其他服务单位使用和修改。系统原有软件的知识产权不因本合同而改变。乙方应在服务期满时将上述成果的最新版本完整交付甲方。
H:第十一条 委托第三方
P:乙方可将机房巡检、终端维护等辅助性工作委托具备相应能力的第三方实施，但应提前五个工作日书面告知甲方受托单位名称和人员名单。乙方对受托单位的行为承担责任。
H:第十二条 违约责任
P:12.1 乙方未按第五条约定时间完成规则知识库更新的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方违反第八条或第九条约定的，应赔偿甲方全部损失，甲方有权解除合同。
P:12.3 乙方在本合同项下承担的违约金、考核扣款和赔偿责任累计以合同总价的60%为限，但乙方故意或者重大过失造成的损失除外。
H:第十三条 合同解除
P:乙方有下列情形之一的，甲方可书面通知解除合同，并按实际服务期间结算费用：（一）连续两个季度考核得分低于70分；（二）严重违约，经甲方书面通知后十日内未纠正；（三）发生因乙方原因导致的重大数据安全事件。
H:第十四条 服务交接
P:服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的新服务单位移交全部运维文档、规则库版本记录、脚本和账号权限，并配合完成不少于十个工作日的交接，交接期间不得降低服务水平。乙方人员的账号权限在交接完成当日注销。
H:第十五条 不可抗力
P:因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可根据不可抗力的影响部分或者全部免除责任。
H:第十六条 廉洁从业
P:乙方不得向甲方工作人员提供任何形式的财物或者其他不正当利益。乙方违反本条的，甲方有权解除合同，并依法追究相关责任。
H:第十七条 法律适用与争议解决
P:本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十八条 其他
P:竞争性磋商文件、响应文件、成交通知书及附件《运维服务考核表》为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日　　　日期：　　年　　月　　日
"""

H123E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT
P:Batch-tracking system for the Xinfeng packing house. Agreement No. LI-2025-014
P:BETWEEN THE UNDERSIGNED:
P:Logiciels de l'Ile SAS, a simplified joint-stock company with a share capital of EUR 40,000, registered with the Lorient Trade and Companies Register, whose registered office is at 3 rue du Port, 56170 Houat, France, represented by its President, hereinafter referred to as "the Licensor",
P:AND:
P:Ganzhou Gannan Sunrise Navel Orange Packing Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Xinfeng County, Ganzhou, Jiangxi Province, represented by its legal representative, hereinafter referred to as "the Licensee",
P:hereinafter referred to individually as "a Party" and together as "the Parties".
H:PREAMBLE
P:The Licensee packs navel oranges from about three hundred grower cooperatives and must trace every carton back to its grove lot. The Licensor publishes Tracamer, a batch-tracking package for fruit and seafood packing houses. At the Licensee's request, all prices are expressed and paid in Chinese yuan (CNY). The Parties have therefore agreed as follows.
H:Article 1 - Definitions
P:In this Agreement, the following capitalised terms have the meaning given below:
P:1.1 "Software": the Tracamer software in its version 5, in object code, with its label-printing and scale-interface module and its documentation.
P:1.2 "Specific Developments": the label templates, the interface with the Licensee's ERP and weighbridge, the grower-lot import routines and any other program, setting or document produced by the Licensor specifically for the Licensee.
P:1.3 "Licensee Data": all data entered into or generated by the Software at the Licensee's sites, including grower, orchard, lot, treatment, pallet, customer and shipment records.
P:1.4 "Provisional Acceptance" and "Final Acceptance": the acceptance stages described in Article 5.
P:1.5 "Critical Incident": an incident that stops labelling or traceability recording on one or more grading lines.
H:Article 2 - Licence
P:The Licensor grants the Licensee a non-exclusive, non-transferable and perpetual licence to use the Software for the operation of its packing house in Xinfeng County and of any other packing site that it operates in the People's Republic of China, for an unlimited number of users.
H:Article 3 - Price
P:3.1 The total price of this Agreement is CNY 700,000 (seven hundred thousand yuan), all taxes included, broken down as follows:
P:(a) Software licence, core modules: CNY 468,000;
P:(b) label-printing and scale-interface module: CNY 84,000;
P:Licence Subtotal (a) + (b): CNY 552,000;
P:(c) configuration, Specific Developments, installation and commissioning: CNY 126,000;
P:(d) training of twenty operators and four key users: CNY 22,000.
P:3.2 The price is firm and not subject to revision. It includes the travel and subsistence costs of the Licensor's staff in China.
H:Article 4 - Terms of payment
P:4.1 The price shall be paid as follows:
P:(a) 20 % of the total price, i.e. CNY 140,000, within twenty days after signature of this Agreement, on presentation of an invoice;
P:(b) 55 %, i.e. CNY 385,000, within twenty days after signature of the Provisional Acceptance report;
P:(c) the balance of 25 %, i.e. CNY 175,000, within twenty days after signature of the Final Acceptance report.
P:4.2 Payments are made by bank transfer in CNY.
H:Article 5 - Installation and acceptance
P:5.1 The Licensor shall install the Software and the Specific Developments on the Licensee's servers and commission them on the four grading lines no later than 1 October 2025, before the start of the harvest.
P:5.2 Provisional Acceptance tests are run jointly on the Licensee's lines. They are successful when: (i) three test lots chosen by the Licensee are traced from grove lot to pallet and back without a break in the chain; (ii) the labels printed on all four lines match the approved templates and the declared weights match the scales; (iii) the system records at least 2,000 cartons per hour on each line without loss; and (iv) a mock withdrawal of one lot lists all affected pallets and shipments in less than ten minutes.
P:5.3 Final Acceptance is pronounced after thirty days of production use following Provisional Acceptance, provided that no Critical Incident has occurred during the last twenty days and that the documentation has been delivered.
P:5.4 Each acceptance is recorded in a report signed by both Parties. Neither installation, nor use of the Software in production, nor any payment amounts to acceptance. If a test fails, the Licensor corrects the defects at its own cost and the test is run again.
H:Article 6 - Late-delivery penalties
P:If the Software is not commissioned by the date stated in Article 5.1 for reasons attributable to the Licensor, the Licensor shall pay, without prior formal notice, a penalty of 0.08 % of the total price for each calendar day of delay, up to a maximum of 8 % of the total price. Penalties are deducted from the next payment due.
H:Article 7 - Warranty
P:7.1 The Licensor warrants that the Software and the Specific Developments conform to their documentation and to the specifications in Annex 1 for twenty-four months from Final Acceptance. During this period the Licensor corrects any non-conformity free of charge and supplies all new versions of the Software.
P:7.2 During the warranty period the Licensor provides the support services described in Article 8 at no additional cost.
H:Article 8 - Support and response times
P:8.1 Support is provided by telephone, e-mail and secure remote session, in Chinese and English, by the Licensor and by its partner in Nanchang named in Annex 3.
P:8.2 The Licensor shall respond to a Critical Incident within 45 minutes, at any time of day or night, seven days a week, and provide a workaround within 8 hours. Major incidents are answered within 2 hours during business hours, minor ones within 2 business days.
P:8.3 For each hour of delay beyond the response time for a Critical Incident, the Licensor shall grant the Licensee a credit of CNY 600, set off against the next invoice or, during the warranty period, paid on request.
H:Article 9 - Support after the warranty period
P:9.1 At the end of the warranty period the Licensee may subscribe to annual support on the terms of Article 8. The annual support fee is 11 % of the Licence Subtotal, i.e. CNY 60,720 per year, and shall not be increased during the first three years of support. Any later revision shall be agreed in writing and shall not exceed 3 % per year.
P:9.2 Annual support is ordered by the Licensee for each year; it is not renewed tacitly.
H:Article 10 - Intellectual property
P:10.1 The Software remains the property of the Licensor.
P:10.2 The Licensor assigns to the Licensee, as and when they are created, all economic rights in the Specific Developments, for the whole world and the whole term of protection, including the rights to use, reproduce, adapt, modify and license them. The source code of the Specific Developments is delivered at Final Acceptance.
P:10.3 The Licensor guarantees the Licensee against any third-party infringement claim.
H:Article 11 - Licensee Data and security
P:11.1 Licensee Data belong to the Licensee. The Licensor processes them only to perform this Agreement and on the Licensee's instructions, and shall not use them for any other purpose, even in anonymised or aggregated form.
P:11.2 The Software is installed on the Licensee's servers in Ganzhou, and Licensee Data are not transferred outside the People's Republic of China. Remote access by the Licensor or its partner requires the Licensee's approval for each session, takes place through the Licensee's VPN with named accounts, and is logged. No copy of Licensee Data may be taken off site.
P:11.3 The Licensor shall apply security patches within ten days of their release, notify the Licensee of any security incident affecting Licensee Data within 24 hours of becoming aware of it, assist in the response, and compensate the damage caused by any incident attributable to it or to its partner.
H:Article 12 - Confidentiality
P:Each Party shall keep secret the information received from the other Party under this Agreement, in particular grower and customer lists, prices and know-how, and disclose it only to staff who need it. This undertaking lasts five years after the end of the Agreement.
H:Article 13 - Liability
P:Each Party is liable for the direct damage it causes to the other Party. The total liability of the Licensor under this Agreement is limited to 150 % of the total price, except in the case of gross negligence or wilful misconduct, bodily injury, infringement of third-party rights or breach of Article 11, for which no limit applies.
H:Article 14 - Subcontracting
P:The Licensor may not subcontract all or part of its obligations without the Licensee's prior written consent. By signing this Agreement the Licensee approves the partner named in Annex 3 for on-site interventions. The Licensor remains fully liable for the work of its partner.
H:Article 15 - Term and termination
P:This Agreement enters into force on signature. If either Party fails to perform an essential obligation and does not remedy the failure within thirty days after a registered letter giving formal notice, the other Party may terminate the Agreement by right, without prejudice to any damages. If the Agreement is terminated for the Licensor's failure before Final Acceptance, the Licensor refunds the sums received.
H:Article 16 - Force majeure
P:Neither Party is liable for a failure caused by force majeure within the meaning of Article 1218 of the French Civil Code. If the event lasts more than sixty days, either Party may terminate the Agreement.
H:Article 17 - Governing law and jurisdiction
P:This Agreement is governed by French law. Any dispute relating to its validity, interpretation or performance which the Parties cannot settle amicably within thirty days shall be submitted to the exclusive jurisdiction of the Commercial Court of Lorient (Tribunal de commerce de Lorient), France.
H:Article 18 - Miscellaneous
P:This Agreement, with Annex 1 (functional specifications), Annex 2 (acceptance test plan) and Annex 3 (support partner), contains the entire agreement of the Parties on its subject.
P:Made at Houat and at Ganzhou, in two original copies.
P:For the Licensor: ____________________    For the Licensee: ____________________
"""

H123E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR SEA-AREA MONITORING SENSORS
P:Contract No.: HYB-2025-EQ-031
P:Buyer: Weihai Haiyang Bay Scallop Farming Co., Ltd., Rongcheng, Weihai, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Batz Océan Instruments SARL, Île de Batz, 29253, France (the "Supplier")
P:The Buyer farms bay scallops and kelp on long-lines in a licensed sea area off Rongcheng. Summer heat waves and low-oxygen events have caused heavy losses in recent years, and the Buyer wishes to install real-time water-quality and current monitoring. This Contract is made on the Buyer's standard terms for equipment purchases. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
H:Section 1 Definitions
P:1.1 "Equipment" means the buoy stations, current profilers, shore gateway, server and spare parts listed in Section 3.
P:1.2 "Software" means the monitoring software licensed under Section 3, with its updates and documentation.
P:1.3 "Custom Work" means the alert dashboard, the interface to the Buyer's farm management system and any report template or script made for the Buyer under this Contract.
P:1.4 "Farm Data" means all measurements, positions, alarms, logs and other data collected by the Equipment or stored in the Software.
P:1.5 "Installation Certificate" and "Final Acceptance Certificate" have the meanings given in Section 6.
P:1.6 "Severity 1 Fault" means a fault that stops dissolved-oxygen or temperature alarms at more than one buoy station.
H:Section 2 Scope of Supply
P:The Supplier shall supply, deliver, moor, install and commission the Equipment in the Buyer's sea area, license the Software, carry out the Custom Work, train the Buyer's staff, provide the warranty services and, if the Buyer orders it, provide maintenance after the warranty period.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 2,006,000, including VAT, import duties, freight to Rongcheng, insurance, mooring materials, installation and all travel of the Supplier's staff. It is fixed for the duration of the Contract.
P:3.2 Price breakdown:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy station (dissolved oxygen, temperature, salinity, chlorophyll, pH), solar powered, 4G and LoRa|6|186,000|1,116,000
TB:2|Acoustic seabed current profiler with trawl-resistant frame|2|142,000|284,000
TB:3|Shore gateway, server and UPS|1|96,000|96,000
TB:4|Monitoring software licence, perpetual, 20 users|1|178,000|178,000
TB:|Hardware and Licence Subtotal|||1,674,000
TB:5|Mooring, installation and commissioning|1|212,000|212,000
TB:6|Custom Work: alert dashboard and farm-system interface|1|94,000|94,000
TB:7|Training, two sessions in Rongcheng|1|26,000|26,000
TB:|Contract Price|||2,006,000
H:Section 4 Payment
P:4.1 10% of the Contract Price (CNY 200,600) within 20 working days after signature, against the Supplier's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 1,103,300) within 20 working days after the Installation Certificate is signed. The Installation Certificate only confirms that the Equipment is moored, powered and transmitting; it is not acceptance.
P:4.3 35% of the Contract Price (CNY 702,100) within 20 working days after the Final Acceptance Certificate is signed.
P:4.4 All payments are made in CNY by bank transfer against a valid invoice. The advance-payment guarantee is released on the Installation Certificate.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment DAP Rongcheng port (Incoterms 2020) within 90 days after signature and complete installation at sea between 1 April and 31 May 2026, in suitable weather.
P:5.2 The Buyer provides a work boat with crew and a storage area at its base. The Supplier provides divers, mooring crew and all tools, and follows the Buyer's boat-safety rules.
P:5.3 Title to the Equipment passes to the Buyer on the Installation Certificate. Risk of loss passes on the Final Acceptance Certificate.
H:Section 6 Acceptance
P:6.1 The Installation Certificate is signed when all stations and profilers are moored at the agreed positions, powered and transmitting to the shore gateway.
P:6.2 Final acceptance tests run for 30 consecutive days after the Installation Certificate. The criteria are: (a) every sensor reading is within the tolerance of Annex 2 when compared with reference measurements taken by the Buyer's laboratory on three dates; (b) no station misses more than 36 of its scheduled ten-minute readings in the test period, apart from outages caused by recorded storms; (c) in five simulated events, low-oxygen and high-temperature alarms reach the dashboard and the duty officers' phones within two minutes; (d) the farm-system interface transfers all readings without error; (e) manuals, calibration certificates and the source code of the Custom Work have been delivered.
P:6.3 When all criteria are met, the Buyer signs the Final Acceptance Certificate within 7 days. Use of the system, any payment and the Installation Certificate are not acceptance. If a test fails, the Supplier corrects the cause at its own cost and the test is repeated; if the second repeat also fails, the Buyer may reject the Equipment and terminate under Section 15.
H:Section 7 Warranty
P:7.1 The warranty period is 24 months from the Final Acceptance Certificate. During it the Supplier repairs or replaces any defective Equipment free of charge, including parts, labour, diving and transport, and supplies Software updates.
P:7.2 During the warranty period the Supplier also performs preventive maintenance every quarter: cleaning biofouling from sensor heads, recalibration, and inspection of batteries, solar panels and moorings.
H:Section 8 Fault Response
P:8.1 For a Severity 1 Fault the Supplier shall respond by telephone or remote session within 40 minutes at any time, have a technician at the Buyer's base within 24 hours, and restore the affected stations within 48 hours of sea conditions that allow work. Other faults are answered within one business day and repaired at the next scheduled visit or within 10 days, whichever is earlier.
P:8.2 If the Supplier misses a Severity 1 response time it shall pay CNY 300 for each late response, and CNY 1,000 for each day or part of a day by which restoration is late. The Buyer may deduct these amounts from any sum due to the Supplier.
H:Section 9 Maintenance after the Warranty Period
P:9.1 After the warranty period the Buyer may order maintenance for each year by written purchase order. Maintenance covers the same preventive visits and fault response as Sections 7.2 and 8.
P:9.2 The annual maintenance fee is 8.5% of the Hardware and Licence Subtotal, that is CNY 142,290 per year, fixed for the first three years after the warranty period. Maintenance is not renewed automatically.
H:Section 10 Intellectual Property
P:10.1 The Software remains the property of the Supplier or its licensors. The Buyer receives a perpetual licence to use it for its own farming operations.
P:10.2 The Custom Work, including its source code and documentation, belongs to the Buyer from delivery. The Buyer may use and change it and may have third parties change it.
P:10.3 The Supplier shall defend and indemnify the Buyer against any claim that the Equipment, the Software or the Custom Work infringes the rights of a third party.
H:Section 11 Farm Data and Security
P:11.1 Farm Data belongs to the Buyer. The Supplier shall use Farm Data only to perform this Contract and shall not keep, analyse or publish it for any other purpose, including research.
P:11.2 The Software is installed on the Buyer's server in Rongcheng, and Farm Data shall not be transferred out of the People's Republic of China. Remote access requires the Buyer's approval for each session, uses the Buyer's VPN and is logged.
P:11.3 The Supplier shall change all default passwords before installation, keep the gateway firmware patched, report any security incident within 12 hours after discovering it, help the Buyer to contain it, and compensate the Buyer for losses caused by an incident for which the Supplier is responsible.
H:Section 12 Confidentiality
P:Neither party shall disclose to others the farm positions, stock levels, yields, prices or other non-public information it learns from the other party, or use that information except to perform this Contract. This duty lasts until three years after the Contract ends.
H:Section 13 Subcontracting
P:No part of the work may be subcontracted unless the Buyer has first agreed in writing. By signing this Contract the Buyer agrees to the Weihai marine works company named in Annex 3 doing the mooring work. The Supplier answers for every subcontractor's work as for its own.
H:Section 14 Delay Damages and Liability
P:14.1 If delivery or the Installation Certificate is late for reasons attributable to the Supplier, the Supplier shall pay CNY 2,000 for each day of delay, up to 10% of the Contract Price.
P:14.2 Apart from liability for personal injury, wilful misconduct, breach of Section 11 or infringement claims, which is unlimited, the Supplier's liability under this Contract is capped in aggregate at twice the Contract Price.
H:Section 15 Termination
P:15.1 The Buyer may end this Contract by written notice where (a) the Supplier seriously breaches it and has not put the breach right 20 days after being told in writing to do so, (b) delay damages under Section 14.1 have reached their ceiling, or (c) the second repeat of the acceptance tests fails.
P:15.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment that the Buyer rejects, remove that Equipment at its own cost and compensate the Buyer's losses.
H:Section 16 Force Majeure
P:Neither party is liable for delay caused by typhoons, storms beyond the design limits of the moorings, or other events beyond its control, if it notifies the other party within 3 days and takes reasonable steps to limit the effects.
H:Section 17 Governing Law and Disputes
P:The laws of the People's Republic of China govern this Contract. Disputes that the parties cannot settle by negotiation go to arbitration before the Weihai Arbitration Commission, seated in Weihai; its award is final.
H:Section 18 General
P:18.1 Annex 1 (technical specifications), Annex 2 (sensor tolerances and test plan) and Annex 3 (approved subcontractor) form part of this Contract.
P:18.2 This Contract is signed in four originals, two for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h123z01": H123Z01, "h123z04": H123Z04, "h123e01": H123E01, "h123e03": H123E03}
TARGETS = {"h123z01": ("h123z01_land_resources_planning_platform_integration.docx", "docx"),
           "h123z04": ("h123z04_county_medical_insurance_audit_om_service.pdf", "pdf"),
           "h123e01": ("h123e01_navel_orange_batch_tracking_licence.pdf", "pdf"),
           "h123e03": ("h123e03_scallop_farm_sea_sensors_maintenance.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
