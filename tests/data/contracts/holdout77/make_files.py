"""Builds the .docx and .pdf contracts of holdout77 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py; the .md/.txt contracts of this folder are written by hand.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H77Z01 = """
T:澜江省水文监测数据汇集平台建设项目政府采购合同
P:合同编号：LJSW-ZC-2025-017
P:采购人（甲方）：澜江省水文水资源勘测局
P:供应商（乙方）：澜江华测信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号LJZC2025-0386）、乙方投标文件及中标通知书，甲乙双方就澜江省水文监测数据汇集平台建设项目（以下简称"本项目"）订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设全省水文监测数据汇集平台，实现全省1,200个遥测站（雨量、水位、流量、墒情）报文的集中接收、解析、入库和转发，并按规定向水利部及流域管理机构实时报送。
P:1.2 工作内容包括：供货并安装前置通信服务器和北斗卫星通信接收机；提供数据汇集平台软件永久许可；按《水文监测数据通信规约》（SL 651）开发报文解析程序，开发与国家水文数据库、山洪灾害监测预警平台的数据接口；部署系统，迁移2008年以来的历史数据，并完成培训。
P:1.3 系统部署在甲方机房及甲方指定的政务云，按网络安全等级保护第三级要求建设。
P:1.4 乙方应交付的技术文档包括：系统设计方案、接口说明书、报文解析规则表、部署手册、运维手册、用户手册及全部定制程序源代码。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰捌拾伍万陆仟元整（¥2,856,000），为固定总价，包含设备、软件、开发、运输、安装、调试、培训、税费及质保期内的全部服务费用。分项如下：
P:（1）数据汇集平台软件永久许可：¥1,180,000；
P:（2）前置通信服务器6台，单价¥86,000，小计¥516,000；
P:（3）北斗卫星通信接收机2套，单价¥143,000，小计¥286,000；
P:以上软硬件小计¥1,982,000。
P:（4）报文解析程序及数据接口定制开发：¥624,000；
P:（5）系统部署及历史数据迁移：¥212,000；
P:（6）培训（管理员及地市分局业务人员共80人次）：¥38,000。
P:2.2 除经双方书面确认的需求变更外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即¥571,200，作为预付款。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的45%，即¥1,285,200。
P:3.3 系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即¥999,600。
P:3.4 乙方每次请款前应向甲方开具等额增值税发票；资金支付按财政国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后60日内完成设备到货安装，于合同签订后90日内完成软件部署和接口联调并书面提请初验。
P:4.2 本项目须在当年主汛期开始（6月1日）前完成初验并投入试运行。
P:4.3 乙方应在项目实施期间派驻项目经理1名、技术人员不少于4名，项目经理未经甲方书面同意不得更换。
P:4.4 乙方应在初验前完成培训：系统管理员培训不少于5天，地市分局业务人员培训不少于2天，并提供培训教材及考核记录。
H:第五条 验收
P:5.1 初验标准：全部1,200个遥测站完成接入；随机抽检500条报文，解析结果与原始报文核对无差错；数据自测站发报至入库不超过2分钟；向水利部报送的数据与入库数据一致；历史数据迁移后逐表核对记录数，并抽查不少于2,000条数值，均须一致。
P:5.2 初验合格后系统试运行三个月。试运行期间未发生一级故障，且第三方测评机构出具的等级保护测评报告结论为"符合"或"基本符合"的，乙方可提请最终验收。甲方按招标文件技术要求及本条标准组织最终验收，验收合格后双方签署最终验收报告。
P:5.3 设备到货签收、系统上线试运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、升级和技术支持，并每半年进行一次系统巡检。
P:6.2 平台月度可用率不低于99.98%（经甲方同意的计划内维护时间除外）。
P:6.3 故障分级响应：一级故障（平台整体中断或全省报文无法接收）30分钟内响应，3小时内到达现场，8小时内恢复；二级故障（部分测站数据中断或接口异常）1小时内响应，当日内恢复；三级故障于2个工作日内解决。每年5月至9月汛期，乙方安排技术人员在甲方驻场值守。
P:6.4 乙方未达到6.3约定的响应或恢复时限的，每超时一小时向甲方支付违约金¥1,000；月度可用率每低于约定值0.01个百分点，向甲方支付违约金¥2,000。上述款项甲方可从应付款项中直接扣除。
P:6.5 质保期满后，乙方提供年度运维服务，年度运维费不超过软硬件小计的8%（即每年不超过¥158,560），质保期满后前两年价格不上调。运维合同每年另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方及其下属地市分局均可使用。
P:7.2 乙方为本项目定制开发的报文解析程序、数据接口、配置文件及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证交付成果不侵犯第三方的知识产权，否则由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的全部水文监测数据、历史数据和系统日志均属于甲方。乙方仅为履行本合同使用上述数据，不得复制、留存、向任何第三方提供或用于其他目的。
P:8.2 乙方应按等级保护第三级要求落实安全措施；远程维护须经甲方书面审批并通过甲方堡垒机进行，操作全程记录；不得将数据导出至甲方网络以外。
P:8.3 乙方发现数据泄露、篡改或系统被入侵的，应于1小时内报告甲方并配合处置。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方网络结构、测站分布、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付设备或逾期提请初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应在甲方指定期限内免费更换或修正，并赔偿甲方由此造成的损失。
H:第十一条 分包
P:11.1 本项目不得分包，亦不得转包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项中未交付部分对应的金额、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，根据不可抗力的影响部分或全部免除责任。汛期暴雨、洪水本身不构成乙方迟延履行驻场值守等义务的理由。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及澄清文件为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:签订日期：    年   月   日
"""

H77Z02 = """
T:在线烟丝水分检测系统采购及维保合同
P:合同编号：HL-ZS-2025-0612
P:甲方（买方）：红岭卷烟厂
P:乙方（卖方）：苏州谱析在线仪器有限公司
P:为实现制丝车间烟丝含水率的在线检测与闭环控制，甲方经竞争性谈判确定由乙方供货并提供安装及维保服务。双方依据《中华人民共和国民法典》，经协商一致订立本合同。
H:一、供货范围及价格
P:（一）乙方向甲方提供近红外在线水分仪、数据采集工作站及标定管理软件，安装于制丝线叶片回潮、润叶加料、烘丝前、烘丝后、加香后及掺配等18个检测点，并完成与甲方制丝集控系统及MES的数据对接。
P:（二）合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含税、运输、保险、安装调试及质保期内的全部服务费用。明细如下：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|近红外在线水分仪|PX-NIR 680，IP65，含安装支架|18台|68,500|1,233,000
TB:2|数据采集工作站|工业级，双机热备|2套|42,000|84,000
TB:3|标定管理软件|永久许可，含模型管理模块|1套|96,000|96,000
TB:|设备及软件小计||||1,413,000
TB:4|集控系统及MES接口开发|OPC UA及数据库接口|1项|138,000|138,000
TB:5|安装调试及现场标定|含离线比对样品检测|1项|112,000|112,000
TB:6|操作及维护培训|12人次|1项|17,000|17,000
TB:|合同总价||||1,680,000
P:（三）上述价格为固定价格，合同履行期间不作调整。
P:（四）乙方应随货提供产品合格证、出厂检验报告、计量器具型式批准证书、安装使用说明书、标定作业指导书及备品备件清单，资料不全的，甲方有权拒绝签收。
H:二、交货与安装
P:（一）乙方应于合同生效后45日内将设备运抵甲方制丝车间，并结合甲方停产检修计划，于到货后20日内完成安装调试。
P:（二）设备到货时双方共同开箱检验，核对型号、数量、外观及随机资料，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:（三）乙方安装人员进入生产现场应遵守甲方安全生产、防火及卫生管理制度，安装所需专用工具由乙方自备。安装过程中造成甲方设备或设施损坏的，乙方负责修复或赔偿。
P:（四）设备包装应适合长途运输和多次搬运，并有防潮、防震措施。因包装不良造成的损坏，由乙方负责更换。
P:（五）乙方应在安装前提交安装方案，经甲方工艺、设备及信息部门会签后实施；涉及集控系统组态修改的，须在甲方人员监护下进行。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方向乙方支付合同总价的百分之四十，即¥672,000，作为预付款。
P:（二）系统终验合格后15个工作日内，甲方支付合同总价的百分之五十，即¥840,000。
P:（三）剩余百分之十即¥168,000作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、验收
P:（一）安装完成后，乙方在甲方监督下对每台水分仪进行现场标定。以甲方质检站烘箱法检测结果为基准，每个检测点取样不少于30个，水分仪测量值与烘箱法结果的偏差不超过±0.3个百分点，重复性标准偏差不超过0.1个百分点。
P:（二）系统连续试运行30日，数据采集完整，与集控系统及MES数据一致，且未发生一级故障。
P:（三）满足上述条件后，由甲方组织终验并出具终验报告。设备安装、试运行或甲方使用，均不视为验收合格。
P:（四）终验不合格的，乙方应在10日内整改完毕并重新提请终验；经两次终验仍不合格的，甲方有权退货并解除合同，乙方应退还已收款项。
H:五、质量保证及服务
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，并每季度上门进行一次标定核查。
P:（二）乙方应在甲方所在地储备光源模块、探测器窗口、信号处理板等关键备件，保证一级故障发生时备件可在到场时随带。
P:（三）故障分级及响应时限如下表：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|水分仪失效导致烘丝等关键工序无法闭环控制，或全部检测数据中断|30分钟|3小时|8小时
TB:二级|单台水分仪数据异常，可临时切换为人工检测|2小时|次日|2个工作日
TB:三级|软件界面、报表等一般问题|1个工作日|按需|5个工作日
P:（四）乙方未在上表时限内响应、到场或恢复的，每超时一小时按¥800向甲方支付违约金，甲方可从质量保证金中扣除。
P:（五）每次故障处理或标定核查后，乙方应提交书面服务报告，列明故障原因、处理措施、更换部件及标定结果，由甲方设备管理人员签字确认。
P:（六）质保期满后，乙方提供年度维保服务（含备件更换、季度标定核查及远程支持），年度维保费为设备及软件小计的百分之二十六，即每年人民币叁拾陆万柒仟叁佰捌拾元（¥367,380），质保期满后三年内不作调整。年度维保合同逐年签订，不自动续期。
H:六、数据安全
P:（一）水分检测数据、工艺参数及生产记录均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）乙方远程诊断须经甲方信息部门审批，通过甲方VPN及堡垒机接入，每次授权仅一次有效；乙方不得在工控网络上接入未经甲方检测的设备或移动存储介质。
P:（三）发生数据泄露或工控网络安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任，赔偿甲方损失。
H:七、保密
P:乙方对履约中知悉的甲方配方、工艺参数、生产计划等信息承担保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后五年。
H:八、知识产权
P:（一）水分仪固件及标定管理软件的知识产权归乙方，乙方授予甲方永久使用许可。
P:（二）乙方依据甲方样品建立的标定模型、为本项目开发的接口程序及其源代码，知识产权归甲方所有，甲方可自由使用、修改。
P:（三）乙方保证所供产品不侵犯任何第三方的合法权利。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）设备不符合合同约定的，乙方应负责更换并承担由此产生的全部费用。
P:（四）因乙方所供设备测量失准导致甲方批次烟丝含水率超标、产品报废或返工的，乙方应赔偿甲方由此遭受的直接损失。
H:十、分包
P:乙方不得转包。安装中涉及的电气配套施工如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十一、合同解除
P:乙方严重违反合同约定，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方均可向甲方所在地人民法院起诉。
H:十三、不可抗力
P:因地震、洪水、火灾等不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供有关机构出具的证明，双方协商延期履行或部分免除责任。
H:十四、其他
P:（一）本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:（三）附件：技术规格书、检测点布置图、标定方案、培训计划。附件为本合同不可分割的组成部分。
P:甲方（盖章）：                乙方（盖章）：
"""

H77E03 = """
T:Supply, Installation and Maintenance Contract - Drying-Oven Monitoring Sensors
P:Contract No. XGK/BAA/2025-07
P:BETWEEN: Xiamen Golden Kernel Food Co., Ltd., a company incorporated in the People's Republic of China, having its registered office at No. 188 Xinmin Road, Tong'an District, Xiamen, Fujian Province, represented by its General Manager (hereinafter "the Buyer"),
P:AND: Benin Agro-Automation SARL, a limited liability company governed by the OHADA Uniform Act relating to Commercial Companies, registered with the RCCM of Cotonou under No. RB/COT/19 B 25517, having its registered office at Lot 412, Haie Vive, Cotonou, Republic of Benin, represented by its Managing Director (hereinafter "the Supplier").
P:The Buyer and the Supplier are hereinafter referred to individually as a "Party" and together as the "Parties".
P:PREAMBLE: The Buyer processes raw cashew nuts imported from West Africa at its plant in Tong'an, where the kernels are dried in twelve (12) hot-air drying ovens before peeling. The Supplier has installed kernel-drying monitoring systems in cashew processing units in Benin, Cote d'Ivoire and Togo. Following the Buyer's request for quotation of 3 March 2025 and the Supplier's offer of 28 March 2025, the Parties have agreed as follows.
H:Article 1 - Purpose
P:1.1 The purpose of this Contract is the supply, installation, commissioning and maintenance by the Supplier of a monitoring system for the Buyer's twelve drying ovens, comprising oven temperature and humidity probes, in-line kernel moisture sensors, data loggers and gateways, and the Supplier's DryWatch monitoring software, together with the integration of the system with the Buyer's ERP and the preparation of HACCP record templates (the "System").
P:1.2 The technical specification of the System is set out in Annex 1, the acceptance test plan in Annex 2 and the approved local service partner in Annex 3. The Annexes form an integral part of this Contract.
H:Article 2 - Contract Price
P:2.1 The total Contract Price is CNY 632,000 (six hundred and thirty-two thousand yuan), inclusive of VAT, customs duties, freight to the Buyer's plant, insurance, installation and all services during the Warranty Period. It is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Oven temperature and humidity probe set, stainless steel|48|3,850|184,800
TB:2|In-line near-infrared kernel moisture sensor|12|16,200|194,400
TB:3|Data logger and gateway (Modbus, cellular backup)|6|9,600|57,600
TB:4|DryWatch monitoring software, perpetual site licence|1|68,000|68,000
TB:|Equipment and Licence Subtotal|||504,800
TB:5|Installation, wiring and commissioning|1 lot|73,600|73,600
TB:6|ERP integration and HACCP record templates (custom)|1 lot|41,600|41,600
TB:7|Operator and maintenance training, two sessions|1 lot|12,000|12,000
TB:|Total Contract Price|||632,000
P:2.2 The Contract Price is firm and shall not be revised for any reason, including exchange-rate variations.
H:Article 3 - Payment Terms
P:3.1 The Buyer shall pay the Contract Price by bank transfer in CNY as follows:
P:(a) ten per cent (10%), i.e. CNY 63,200, as an advance payment within fifteen (15) days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer;
P:(b) fifty-five per cent (55%), i.e. CNY 347,600, within fifteen (15) days after signature of the Installation Certificate under Article 4.4;
P:(c) thirty-five per cent (35%), i.e. CNY 221,200, within fifteen (15) days after signature of the Final Acceptance Certificate under Article 6.
P:3.2 Each payment is made against a valid invoice. Bank charges outside China are borne by the Supplier.
H:Article 4 - Delivery and Installation
P:4.1 The Supplier shall deliver all equipment DAP Buyer's plant, Xiamen (Incoterms 2020), within sixty (60) days after signature of this Contract.
P:4.2 The Supplier shall complete installation and commissioning within twenty-five (25) days after delivery. Installation shall follow the Buyer's production plan so that no more than two ovens are out of service at the same time.
P:4.3 The Supplier's personnel on site shall comply with the Buyer's food-safety, hygiene and safety rules, including zoning and foreign-body control.
P:4.4 When all equipment is installed and commissioned, the Parties sign an Installation Certificate. The Installation Certificate records delivery and installation only; it does not constitute acceptance of the System.
H:Article 5 - Liquidated Damages for Delay
P:5.1 If the Supplier fails to complete delivery or installation within the periods in Article 4 for reasons attributable to it, the Supplier shall pay liquidated damages of zero point one per cent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. The Buyer may deduct the liquidated damages from any payment due.
P:5.2 If the delay exceeds forty (40) days, the Buyer may in addition terminate the Contract under Article 14.
H:Article 6 - Acceptance
P:6.1 After commissioning, the Parties shall carry out the acceptance tests in Annex 2, which include at least:
P:(a) each temperature probe within plus or minus 0.5 degrees Celsius of a calibrated reference thermometer at three set points;
P:(b) each moisture sensor within plus or minus 0.3 percentage points of the laboratory oven-dry method on twenty (20) kernel samples per oven;
P:(c) over-temperature and probe-failure alarms triggered and received on the DryWatch dashboard and by SMS within sixty (60) seconds;
P:(d) batch drying records transferred to the Buyer's ERP without error for all batches of the test run; and
P:(e) a production run of fourteen (14) consecutive days with no Severity 1 incident and no data gap longer than ten (10) minutes per oven per day.
P:6.2 When all tests are passed, the Buyer shall issue the Final Acceptance Certificate within five (5) working days. If a test fails, the Supplier shall remedy the defect at its own cost and the test shall be repeated.
P:6.3 Neither delivery, installation, use of the System in production nor any payment shall be deemed to be acceptance.
H:Article 7 - Warranty and Service Levels
P:7.1 The Supplier warrants the System against defects in design, materials and workmanship for twenty-four (24) months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall repair or replace any defective item free of charge, including parts, labour and travel, and shall recalibrate all sensors every six months.
P:7.3 Incidents shall be handled within the following times:
TB:Severity|Definition|Response|On-site attendance|Restoration
TB:Severity 1|Monitoring lost for one or more ovens, or false over-temperature alarms stopping drying|30 minutes|8 hours|12 hours
TB:Severity 2|One sensor faulty or drifting, manual readings possible|2 hours|Next working day|3 working days
TB:Severity 3|Dashboard, report or other minor issue|1 working day|As needed|10 working days
P:7.4 For each full hour by which the Supplier exceeds a response, attendance or restoration time in the table above, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any sum due to the Supplier.
H:Article 8 - Post-Warranty Maintenance
P:8.1 After the Warranty Period the Supplier shall provide annual maintenance on the terms of Articles 7.2 to 7.4. The annual maintenance fee is nine per cent (9%) of the Equipment and Licence Subtotal, i.e. CNY 45,432 per year, fixed for the first three (3) years after the Warranty Period.
P:8.2 Maintenance is ordered by the Buyer year by year by purchase order. It does not renew automatically.
H:Article 9 - Buyer Data and Security
P:9.1 All data collected or generated by the System, including oven temperatures, kernel moisture readings, batch drying records and alarm logs ("Buyer Data"), belong to the Buyer. The Supplier may process Buyer Data only to perform this Contract and shall not copy, retain, disclose or use it for any other purpose.
P:9.2 The System is installed on the Buyer's network. The Supplier and its approved local service partner may access it remotely only through the Buyer's VPN, for each session with the Buyer's prior approval, and all sessions are logged. The Supplier shall keep its tools free of malware and shall not connect unchecked devices to the Buyer's network.
P:9.3 The Supplier shall notify the Buyer within twelve (12) hours of any actual or suspected security incident affecting Buyer Data or the System, cooperate in its containment, and be liable for the losses caused to the Buyer by any incident attributable to the Supplier or its service partner.
H:Article 10 - Intellectual Property
P:10.1 The DryWatch software and the firmware of the equipment remain the property of the Supplier or its licensors. The Buyer receives a perpetual, non-exclusive licence to use them at its plant.
P:10.2 The ERP integration, the HACCP record templates, the calibration records and all other deliverables prepared specifically for the Buyer, including their source code, belong to the Buyer, which may use and modify them, and have them modified by third parties, freely.
H:Article 11 - Confidentiality
P:11.1 Each Party shall keep confidential all information received from the other Party in connection with this Contract, in particular the Buyer's production volumes, drying profiles, recipes and prices, and shall not disclose it to any third party without the other Party's prior written consent. This obligation continues for five (5) years after the end of the Contract.
H:Article 12 - Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed two (2) times the Contract Price, except in cases of fraud, wilful misconduct, personal injury, or breach of Article 9 or Article 11, for which liability is not limited.
P:12.2 Neither Party shall be liable to the other for indirect losses or loss of profit.
H:Article 13 - Subcontracting
P:13.1 The local service partner named in Annex 3, Xiamen Hengtai Instrument Service Co., Ltd., is approved by the Buyer on signature of this Contract for on-site attendance. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for the work of its subcontractors.
H:Article 14 - Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within thirty (30) days after notice, or in the case of Article 5.2. The Supplier shall then refund the payments received for items not delivered or not accepted.
H:Article 15 - Force Majeure
P:15.1 Neither Party shall be liable for delay caused by force majeure, provided that it notifies the other Party within seven (7) days and takes all reasonable measures to limit the delay.
H:Article 16 - Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute which the Parties cannot settle amicably within thirty (30) days shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award shall be final and binding on the Parties.
H:Article 17 - Final Provisions
P:17.1 This Contract is drawn up in English and Chinese, both texts being equally authentic. It enters into force on signature by both Parties. Any amendment shall be made in writing and signed by both Parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H77E05 = """
T:Assay Certificate API Subscription Agreement
P:Reference: FAL-SUB-2025-031
P:The present Agreement is entered into by and between:
P:Faso AssayLink SARL, a company incorporated in Burkina Faso, registered at the RCCM of Ouagadougou under No. BF OUA 2018 B 7731, with its head office at Avenue Kwame Nkrumah, Ouagadougou, Burkina Faso, represented by its Managing Director (hereinafter "AssayLink"),
P:and Shandong Laizhou Jinyuan Gold Refining Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Laizhou, Shandong Province, represented by its General Manager (hereinafter "the Customer"),
P:together the "Parties".
P:WHEREAS the Customer refines dore bars received from mines in West Africa and elsewhere and must issue, for each lot, an assay certificate traceable to the mine of origin and to the laboratory that assayed it; and WHEREAS AssayLink operates an API platform which receives fire-assay results from accredited laboratories, binds them to chain-of-custody records and issues digitally signed assay certificates that third parties can verify;
P:NOW THEREFORE the Parties agree as follows.
H:Clause 1 Definitions
P:1.1 "API" means the AssayLink Certificate API, version 3, and its successor versions. "Certificate" means a digitally signed assay certificate issued through the API. "Customer Data" means all assay results, lot and refining data, chain-of-custody documents, Certificates and logs submitted to or generated by the API for the Customer. "Business Day" means a working day in the People's Republic of China. "Go-Live" means the date of the Integration Acceptance Certificate. "Monthly Availability" means the percentage of minutes in a calendar month in which the production API responds correctly to AssayLink's monitoring probes, excluding Scheduled Maintenance.
H:Clause 2 Services and Term
P:2.1 AssayLink shall provide the Customer with access to the production and sandbox API for the issue, verification and revocation of Certificates for up to 18,000 lots per year, certificate templates in Chinese, English and French, the public verification page, integration support and the support services in Clause 5.
P:2.2 This Agreement enters into force on signature. The subscription runs for twenty-four (24) months from Go-Live (the "Term"). The Agreement does not renew automatically; any extension requires a written amendment signed by both Parties.
H:Clause 3 Fees and Payment
P:3.1 The fees are: an annual subscription fee of CNY 276,000 for each of the two years of the Term (CNY 552,000 in total) and a one-time onboarding fee of CNY 54,000. The total contract value is CNY 606,000. The fees are fixed for the Term.
P:3.2 The onboarding fee is invoiced after Go-Live. The subscription fee is invoiced quarterly in arrears in eight equal instalments of CNY 69,000. No advance payment is required.
P:3.3 The Customer shall pay each undisputed invoice within thirty (30) days by bank transfer to the account indicated by AssayLink.
H:Clause 4 Onboarding and Integration Acceptance
P:4.1 AssayLink shall complete onboarding within sixty (60) days after signature (the "Target Go-Live Date"). Onboarding comprises the set-up of the Customer's tenant, the certificate templates, the connection of the Customer's laboratory information system and of the three laboratories named in Schedule 1, and the generation of the Customer's signing keys in a hardware security module.
P:4.2 The integration acceptance tests are: (a) two hundred (200) test lots processed end to end, from the laboratory result to the signed Certificate, with no difference between laboratory results and Certificate data; (b) signatures verified on the public verification page and with the offline verifier; (c) revocation and re-issue of Certificates; (d) no API response slower than two (2) seconds in a test of 5,000 requests at twenty (20) requests per second; and (e) ten (10) consecutive Business Days of parallel running with the Customer's current paper process without discrepancy.
P:4.3 When the tests are passed the Customer signs the Integration Acceptance Certificate. Issuing production Certificates before that date does not constitute acceptance.
P:4.4 If Go-Live does not occur by the Target Go-Live Date for reasons attributable to AssayLink, AssayLink shall pay the Customer liquidated damages of CNY 500 for each day of delay, up to CNY 36,000. If the delay exceeds forty-five (45) days, the Customer may terminate this Agreement.
H:Clause 5 Service Levels
P:5.1 AssayLink shall ensure a Monthly Availability of the production API of at least 99.95%. Scheduled Maintenance shall not exceed six (6) hours per month, shall be announced five (5) Business Days in advance and shall take place outside 08:00 to 20:00 China Standard Time.
P:5.2 Incidents are handled as follows. Priority 1 (the API is unavailable, or Certificates cannot be issued or verified): response within one (1) hour, at any time of day or night; restoration or workaround within six (6) hours. Priority 2 (degraded performance or a single laboratory connection down): response within two (2) hours on Business Days; restoration within two (2) Business Days. Priority 3 (questions and minor defects): response on the next Business Day.
P:5.3 If the Monthly Availability is below the level in Clause 5.1, AssayLink shall credit five per cent (5%) of the quarterly subscription instalment for each 0.1 percentage point or part thereof by which it falls short, up to fifty per cent (50%) of that instalment. For each hour by which a Priority 1 restoration time is exceeded, AssayLink shall credit a further two per cent (2%) of the quarterly instalment. Credits are deducted from the next invoice or, at the end of the Term, paid to the Customer.
P:5.4 AssayLink shall provide a monthly service report stating the Monthly Availability, all Priority 1 and Priority 2 incidents and the credits due.
H:Clause 6 Customer Data
P:6.1 Customer Data is and remains the property of the Customer.
P:6.2 AssayLink shall use Customer Data only to provide the services to the Customer under this Agreement. It shall not sell, aggregate, anonymise, analyse or otherwise use Customer Data for any other purpose, including benchmarking, market statistics or the development of other products, during or after the Term.
P:6.3 Within thirty (30) days after the end of this Agreement AssayLink shall return all Customer Data in a documented format and then delete it, except that the public verification of Certificates already issued shall remain available for ten (10) years at no charge.
H:Clause 7 Data Security
P:7.1 The Customer's tenant is hosted in a data centre in mainland China operated by the hosting provider named in Schedule 2. Customer Data shall not be transferred outside mainland China.
P:7.2 AssayLink shall encrypt Customer Data in transit and at rest, keep signing keys in a hardware security module, restrict access to named staff using multi-factor authentication, keep access logs for two (2) years, carry out a penetration test every year and maintain its ISO/IEC 27001 certification.
P:7.3 AssayLink shall notify the Customer within six (6) hours after becoming aware of any security incident affecting Customer Data or the Customer's signing keys, shall take immediate containment measures and shall bear the losses, regulatory penalties and costs of re-issuing Certificates caused to the Customer by any incident attributable to AssayLink.
H:Clause 8 Intellectual Property
P:8.1 The API, the platform and their documentation remain the property of AssayLink.
P:8.2 The certificate templates designed for the Customer, the connector code written for the Customer's laboratory information system, the data mappings and the related documentation produced under this Agreement belong to the Customer, which may use, modify and license them freely, including to a successor provider.
H:Clause 9 Confidentiality
P:9.1 Each Party shall keep confidential the other Party's non-public information received under this Agreement, including assay results, customer and supplier names and prices, and shall use it only for the purposes of this Agreement, during the Term and for five (5) years after its end.
H:Clause 10 Subcontracting
P:10.1 The hosting provider named in Schedule 2 is approved by the Customer on signature. AssayLink shall not subcontract any other part of the services without the Customer's prior written consent and remains liable for its subcontractors.
H:Clause 11 Liability
P:11.1 The total liability of AssayLink under this Agreement shall not exceed two (2) times the total contract value. This limit does not apply to breach of Clauses 6, 7 or 9, fraud or wilful misconduct.
P:11.2 Neither Party shall be liable for indirect or consequential damages or loss of profit.
H:Clause 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if AssayLink commits a material breach which it does not remedy within thirty (30) days after notice, or if Priority 1 incidents occur in three (3) consecutive months. AssayLink may terminate if an undisputed invoice remains unpaid sixty (60) days after a written reminder.
P:12.2 On termination, AssayLink shall provide exit assistance for up to sixty (60) days and refund any credits due.
H:Clause 13 Force Majeure
P:13.1 Neither Party shall be liable for failure to perform caused by events beyond its reasonable control, provided that it informs the other Party without delay and resumes performance as soon as possible. Failures of AssayLink's hosting provider are not force majeure.
H:Clause 14 Governing Law and Arbitration
P:14.1 The present Agreement is governed by the laws of Burkina Faso, including the OHADA Uniform Acts applicable in Burkina Faso.
P:14.2 Any dispute arising out of or in connection with this Agreement which is not settled amicably within thirty (30) days shall be finally settled by arbitration under the rules of the Centre d'Arbitrage, de Mediation et de Conciliation de Ouagadougou (CAMC-O). The seat of arbitration is Ouagadougou and the language of the arbitration is English.
H:Clause 15 General Provisions
P:15.1 This Agreement and its Schedules constitute the entire agreement between the Parties. Amendments shall be in writing and signed by both Parties. Notices shall be sent to the addresses above or to the e-mail addresses in Schedule 3.
P:15.2 Schedules: 1 Laboratories; 2 Hosting provider; 3 Contacts and escalation.
P:Done in two originals in English.
P:For AssayLink: ____________________    For the Customer: ____________________
"""

SOURCES = {"h77z01": H77Z01, "h77z02": H77Z02, "h77e03": H77E03, "h77e05": H77E05}
TARGETS = {"h77z01": ("h77z01_hydrology_bureau_data_platform_integration.pdf", "pdf"),
           "h77z02": ("h77z02_cigarette_factory_online_moisture_meters.docx", "docx"),
           "h77e03": ("h77e03_cashew_drying_oven_sensors_benin_integrator.docx", "docx"),
           "h77e05": ("h77e05_gold_refinery_assay_certificate_api_burkina.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
