"""Builds the Word and PDF files of holdout117 from the markup sources kept below (see ../word_pdf.py for the markup).

Run with /work/main/.venv/bin/python make_files.py. The PDFs are broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H117Z01 = """
T:云梦省博物馆智慧博物馆（藏品管理与观众服务平台）系统集成项目合同
P:合同编号：YMBWG-ZHBWG-2025-031
P:采购项目编号：YMCG2025-GK-0617（公开招标）
P:甲方（采购人）：云梦省博物馆
P:乙方（中标供应商）：武汉华典文博科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就云梦省博物馆智慧博物馆系统集成项目的实施达成如下协议，共同遵守。
H:第一条 定义
P:1.1 “本系统”指乙方依本合同为甲方建设的藏品数字化管理平台、观众服务与智慧导览平台及配套硬件、网络和接口的总称。
P:1.2 “定制开发成果”指乙方为本项目专门编写的藏品接口程序、预约系统对接模块、数据迁移脚本、业务报表及其源代码和技术文档。
P:1.3 “甲方数据”指藏品档案、影像、三维模型、库房出入记录、观众预约及实名信息、系统日志等由甲方提供或在本系统运行中产生的全部数据。
P:1.4 “终验”指依本合同第五条进行的最终验收。
H:第二条 项目内容与合同价款
P:2.1 乙方负责本系统的设备供货、软件许可、定制开发、安装调试、数据迁移、试运行、培训以及质保期内的维护服务。
P:2.2 合同价款为人民币叁佰叁拾壹万元整（¥3,310,000），已包含税费、运输、保险、安装、培训等全部费用，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|藏品数字化管理平台软件许可（永久）|1套|860,000
TB:2|观众服务与智慧导览平台软件许可（永久）|1套|540,000
TB:3|RFID藏品标签及手持、固定读写设备|1批|318,000
TB:4|服务器及存储设备|1批|612,000
TB:5|智慧导览终端及信息发布屏|1批|286,000
TB:6|定制开发（藏品接口、预约系统对接、数据迁移）|1项|468,000
TB:7|系统集成及安装调试|1项|194,000
TB:8|培训|1项|32,000
TB:|软硬件小计（第1至5项）||2,616,000
TB:|合计||3,310,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同价款的25%（827,500元）作为预付款。
P:3.2 全部设备到货并完成安装调试、本系统进入试运行后，甲方支付合同价款的35%（1,158,500元）。该笔付款不代表甲方对本系统的验收。
P:3.3 本系统终验合格后十五个工作日内，甲方支付合同价款的40%（1,324,000元）。
P:3.4 甲方通过国库集中支付方式付款，乙方应在每次付款前开具合法有效的发票。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成全部设备到货与安装，一百五十日内完成定制开发与数据迁移并申请初验。
P:4.2 乙方进入展厅、库房作业的，须遵守甲方文物安全管理制度，在甲方人员陪同下施工，不得触碰或移动文物及展柜。
P:4.3 乙方应指定项目经理常驻现场，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验合格后本系统进入九十日试运行。试运行期满且同时满足下列条件的，甲方组织终验：（一）全部设备型号、数量与投标文件一致并经抽检合格；（二）不少于12万件藏品档案完成迁移，随机抽检一千条与原始数据逐项一致；（三）在库房抽样区域的RFID盘点识读率不低于98%；（四）观众预约平台在2,000并发用户下页面响应时间不超过2秒；（五）试运行期间未发生一级故障；（六）通过第三方网络安全等级保护测评。
P:5.2 终验由甲方组织专家依前款标准进行，并形成书面验收报告。设备到货签收、安装完成、系统上线试运行或甲方使用本系统，均不构成验收合格。
P:5.3 终验不合格的，乙方应在二十日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与运维
P:6.1 质保期为自终验合格之日起三十六个月。质保期内，乙方免费提供软硬件维修、备件更换、软件升级和现场技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供运维服务，年度运维费不超过软硬件小计（2,616,000元）的7%，即每年不超过183,120元，该上限在质保期满后三年内不作调整。运维合同由双方另行签订，不自动续期。
P:6.3 观众服务与智慧导览平台的月度可用率不低于99.8%。计划内维护须提前三日通知甲方并安排在闭馆时段，不计入不可用时间。
P:6.4 故障分级及响应要求如下表：
TB:故障级别|情形|响应时间|到场时间|恢复时间
TB:一级|观众预约或藏品管理平台整体不可用，或库房RFID监测中断|20分钟|2小时|6小时
TB:二级|部分功能异常，不影响开馆和藏品安全|1小时|当日|2个工作日
TB:三级|一般咨询、界面或报表问题|8小时|按约定|5个工作日
P:6.5 乙方响应、到场或恢复超时的，每超时一小时向甲方支付违约金1,500元；月度可用率每低于约定值0.1个百分点，乙方向甲方支付违约金2,000元。上述款项甲方可从应付款项中直接扣除。
H:第七条 知识产权
P:7.1 定制开发成果的著作权及其他知识产权归甲方所有。乙方应在终验前交付全部源代码和技术文档，甲方可自行或委托第三方修改、使用，也可许可他人使用。
P:7.2 乙方平台软件的知识产权仍归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可，许可范围包括甲方本部及下属分馆。
P:7.3 乙方保证所供软硬件不侵犯第三方权利；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 甲方数据归甲方所有。乙方仅可为履行本合同处理甲方数据，不得复制、留存、出售或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施；远程运维须经甲方审批并通过堡垒机进行，操作全程留痕；观众个人信息须加密存储，访问权限按最小必要原则设置。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在发现后一小时内报告甲方并立即采取补救措施；因乙方原因造成安全事件的，乙方承担全部赔偿责任及相应的法律后果。
H:第九条 保密
P:9.1 乙方对在履约中知悉的甲方安防布局、库房位置、未公开藏品信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同的终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付、逾期完成安装或逾期申请终验的，每逾期一日按合同价款的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合约定的，应在十日内更换或修复，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目中的展厅线缆敷设、导览屏安装等辅助施工，乙方可委托具备相应资质的单位实施，但应在进场前将分包单位名称及作业人员名单报甲方备案。
P:11.2 乙方对分包单位的工作质量、安全和保密承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收取的相应款项并赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及验收报告为本合同的组成部分。
P:14.2 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:甲方（盖章）：云梦省博物馆　　　　乙方（盖章）：武汉华典文博科技有限公司
P:授权代表：　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日　　　　　　　日期：2025年　月　日
"""

H117Z04 = """
T:滨河区政务服务中心“一网通办”平台2026年度运维服务合同
P:合同编号：BHZW-YW-2026-01
P:采购项目编号：BHZC-2025-CS-088（竞争性磋商）
P:甲方（采购人）：青川市滨河区政务服务中心
P:乙方（成交供应商）：青川数政信息技术有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，经磋商小组评审并公告成交结果，双方签订本合同。
H:第一章 总则
P:第一条 服务范围。乙方为甲方“一网通办”平台提供2026年1月1日至2026年12月31日的运维服务。平台包括网上办事大厅、综合受理系统、电子证照库接口、“好差评”系统和移动端小程序。服务内容包括驻场值守、应用运维、安全运维、数据治理和小版本优化。
P:第二条 用语。本合同所称“平台数据”，指平台存储、处理的办件信息、申请人身份信息、电子证照、申请材料附件及系统日志；“服务期”指前条约定的期间；“工单”指甲方或平台用户通过运维管理系统提出的服务请求。
H:第二章 服务费用与支付
P:第三条 服务费用。年度服务费为人民币壹佰零捌万陆仟元整（¥1,086,000），包括：驻场运维服务624,000元；应用系统运维及小版本优化286,000元；安全运维及等保测评配合118,000元；数据治理与统计报表58,000元。上述费用为固定总价，已包含人员、差旅、工具软件及税费。
P:第四条 支付方式。（一）本合同不设预付款。（二）服务费按季度支付。每季度结束后，甲方在十个工作日内完成季度考核，并在考核结果确认后十五个工作日内支付当季服务费271,500元，同时扣除依第十二条应扣减的金额。（三）乙方应在每次付款前开具合规发票。
H:第三章 服务要求
P:第五条 驻场与人员。乙方安排不少于六名驻场工程师，工作日8:30至18:00在甲方政务服务大厅驻场，周末及法定节假日安排专人值守。项目负责人须具有五年以上政务信息系统运维经验，未经甲方书面同意不得更换。驻场团队应包括应用运维工程师、数据库工程师、网络安全工程师和数据治理专员，人员名单及资质证明作为本合同附件。乙方人员应遵守甲方政务服务大厅的工作纪律。
P:第六条 服务水平。（一）平台核心业务系统的月可用率不低于99.98%；计划停机须提前三个工作日报甲方批准，并安排在夜间非办件时段。（二）故障分级处置：一级故障（平台整体无法访问、综合受理系统中断或电子证照无法调用）15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分事项无法办理或页面异常）30分钟内响应，8小时内恢复；三级故障（一般咨询或显示问题）2小时内响应，2个工作日内解决。（三）乙方每月5日前提交上月运维报告，内容包括可用率、故障处置、漏洞修复和变更记录；一级故障处置完毕后两个工作日内，乙方应另行提交故障分析报告，说明原因、影响范围和整改措施。
P:第七条 交接。乙方应在合同签订后十日内完成与原运维单位的交接，包括系统账号、技术文档、配置信息和未办结工单，并向甲方提交交接确认书。
P:第八条 应急保障。遇全国“两会”、重大活动、系统集中申报期及突发事件，乙方应按甲方通知增派技术人员现场保障，实行全天候值守，并提前完成系统巡检、容量评估和应急演练。乙方应制定平台应急预案，每半年至少组织一次切换演练，演练记录报甲方备案。
P:第九条 变更与版本管理。平台的配置变更、补丁安装和小版本发布，乙方应提交变更申请，说明变更内容、影响范围和回退方案，经甲方审批后在预定窗口实施；变更完成后乙方应验证主要办事事项并记录结果。未经审批的变更造成故障的，按一级故障处理。
P:第十条 甲方义务。甲方应为驻场人员提供办公场所、网络接入和必要的系统权限，及时确认乙方提交的变更申请和运维报告，并指定专人负责考核、联络和工单协调。
H:第四章 考核与验收
P:第十一条 季度考核。甲方按附件《运维服务考核细则》对乙方进行季度考核，考核项包括服务水平达标率、工单按时关闭率、安全漏洞修复时限和办事群众满意度。季度得分80分以上为合格。甲方可结合“好差评”数据和工单抽查结果评分，评分结果书面告知乙方，乙方有异议的，可在三个工作日内申请复核。
P:第十二条 服务扣款。（一）一级故障响应、到场或恢复超时的，每次扣减服务费2,000元；二级故障超时的，每次扣减500元。（二）月可用率低于约定值的，每低0.01个百分点扣减服务费1,000元。（三）季度考核不合格的，另扣减当季服务费的5%。
P:第十三条 年度验收。服务期满前十五日内，乙方提交年度运维总结及全部运维文档。甲方依照本合同第六条和考核细则组织年度验收：四个季度考核均合格、运维文档齐全且无未处置的中高危漏洞的，为验收合格；验收不合格的，乙方应在十日内完成整改。
H:第五章 数据安全与保密
P:第十四条 数据安全。（一）平台数据归甲方所有，乙方仅能为完成运维工作而访问，不得下载、复制、留存或向任何第三方提供。（二）乙方人员须通过甲方堡垒机以实名账号登录系统，严禁共用账号；涉及生产数据的操作须经甲方审批并双人复核。（三）乙方应落实网络安全等级保护第三级的运维要求，发现安全漏洞、数据泄露或异常访问的，应在一小时内报告甲方，并配合向主管部门报告和处置。（四）因乙方原因造成数据泄露或平台遭受攻击的，乙方承担全部法律责任并赔偿甲方损失。（五）服务期满或合同解除时，乙方应交回全部账号权限，删除工作终端中存留的平台数据，并出具书面承诺。
P:第十五条 保密。乙方及其人员对履约中接触的工作秘密、申请人信息和甲方内部资料负有保密义务，驻场人员须签署个人保密承诺书。乙方人员离岗的，乙方应在离岗当日通知甲方注销其账号。保密义务在合同终止后继续有效。
P:第十六条 知识产权。乙方在服务期内为甲方编写的运维脚本、优化代码、技术文档和数据报表，其知识产权归甲方所有，乙方应随年度验收一并移交，甲方可自由使用、修改，并可提供给后续运维单位使用。
H:第六章 违约与解除
P:第十七条 违约责任。（一）乙方未按第七条约定时间完成交接的，每逾期一日按年度服务费的千分之一支付违约金。（二）乙方擅自更换项目负责人或驻场人数不足的，每人每日扣减服务费800元。（三）乙方违约给甲方造成损失的，应赔偿全部损失。
P:第十八条 分包。乙方不得将本合同项下的服务转包或分包给任何第三方。乙方使用的运维工具软件应为合法授权版本，安装前须经甲方安全审查。
P:第十九条 合同解除。乙方连续两个季度考核不合格，或发生重大数据安全事件，或有其他严重违约行为且经甲方书面催告后十日内未改正的，甲方有权解除本合同。合同解除的，甲方按乙方实际服务期间和考核结果结算服务费，乙方应赔偿因其违约给甲方造成的损失。
P:第二十条 期限届满。服务期届满本合同终止，不自动续期；甲方后续年度的运维服务依法另行组织采购。合同期满或解除时，乙方应配合新的运维单位完成交接，交接期不少于十五日。
H:第七章 争议解决及其他
P:第二十一条 法律适用与争议解决。本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:第二十二条 合同组成与生效。磋商文件、乙方响应文件、成交通知书及考核细则为本合同的组成部分。本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式五份，甲方三份，乙方二份。
P:甲方（盖章）：青川市滨河区政务服务中心　　乙方（盖章）：青川数政信息技术有限公司
P:日期：　　年　　月　　日　　　　　　　　　日期：　　年　　月　　日
"""

H117E03 = """
T:Contract for the Supply, Installation and Maintenance of Sea-Area Monitoring Sensors
P:Contract No. XPHY-PROC-2025-27
P:This Contract is made on the Buyer's standard form for imported equipment between:
P:Xiapu Haiyun Aquaculture Co., Ltd., a company established under the laws of the People's Republic of China, with its registered address at No. 16 Haibin Road, Sansha Town, Xiapu County, Ningde, Fujian Province (the "Buyer"); and
P:Havgrøn Sensing P/F, a company registered in the Faroe Islands under company number 7184, with its office at Vestara Bryggja 9, FO-100 Tórshavn, Faroe Islands (the "Supplier").
P:The Buyer farms kelp, laver and abalone in the coastal waters of Xiapu County and wishes to monitor water quality, currents and waves at its rafts and cages in real time. The Supplier integrates marine sensor systems for fish and shellfish farms. At the Buyer's request all prices in this Contract are stated and paid in Chinese Renminbi (CNY). The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "System" means the sensor buoys, current and wave sensors, gateways, monitoring software and all accessories, moorings, documentation and configuration supplied under this Contract.
P:1.2 "Sites" means the Buyer's kelp and laver rafts off Beiqi and its abalone cage farm near Xiyang Island, as marked on the site map in Annex 2.
P:1.3 "Buyer Data" means all measurements, alarms, positions, images, logs and reports produced by the System or entered by the Buyer, and all information about the Buyer's farms obtained by the Supplier.
P:1.4 "Installation Certificate" means the document signed by both parties confirming that every item of the System has been delivered, moored and switched on at the Sites.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver, install, configure and commission the System, integrate it with the Buyer's farm management server, train the Buyer's staff and maintain the System during the warranty period and, if ordered, thereafter.
P:2.2 The System shall meet the technical specification in Annex 1.
H:Article 3 Contract Price
P:The Contract Price is CNY 1,410,000, a fixed price inclusive of freight and insurance to the delivery point, installation, training and all taxes of the Supplier's country. The price is broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy (dissolved oxygen, temperature, salinity, pH, chlorophyll)|14|58,000|812,000
TB:2|Acoustic current and wave sensor with mooring frame|4|46,500|186,000
TB:3|LoRa / 4G gateway with solar power kit|6|12,800|76,800
TB:4|Monitoring software licence, perpetual, on-premises|1|168,000|168,000
TB:|Hardware and Licence Subtotal (items 1 to 4)|||1,242,800
TB:5|Installation, mooring and commissioning at the Sites|1|132,000|132,000
TB:6|Calibration, spare-parts kit and training|1|35,200|35,200
TB:|Contract Price|||1,410,000
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 141,000) within fifteen business days after signature of this Contract and receipt of an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 50% of the Contract Price (CNY 705,000) within fifteen business days after the Installation Certificate is signed. The Installation Certificate records delivery and mooring only and is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 40% of the Contract Price (CNY 564,000) within fifteen business days after Final Acceptance.
P:4.4 Payments are made by bank transfer against the Supplier's invoice.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver the System CIP Fuzhou Changle International Airport (Incoterms 2020) within ninety days after signature. The Buyer handles import clearance, for which the Supplier shall provide all shipping documents.
P:5.2 The Supplier shall complete installation and mooring at the Sites within thirty days after the goods are cleared, using the Buyer's work boats and crew under the direction of the Supplier's engineers.
P:5.3 Risk in the goods passes to the Buyer on signature of the Installation Certificate.
H:Article 6 Testing and Acceptance
P:6.1 After installation the System shall run at the Sites for thirty consecutive days as a trial operation.
P:6.2 The System passes the trial operation when: (a) each buoy delivers at least 138 of its 144 scheduled ten-minute readings on every day; (b) dissolved-oxygen readings agree with the Buyer's calibrated reference meter within 0.3 mg/L and salinity within 0.5 PSU in three spot checks at each Site; (c) low-oxygen and storm alarms reach the Buyer's duty phones within two minutes in a simulated test; (d) all readings are stored on the Buyer's server and shown on the dashboards described in Annex 1; and (e) no Critical Fault occurs during the last fifteen days of the trial.
P:6.3 When the criteria in Article 6.2 are met, the parties shall sign a Final Acceptance Certificate within five business days. If they are not met, the Supplier shall correct the defects within twenty days and the trial shall be repeated. Use of the System by the Buyer before Final Acceptance, for farming decisions or otherwise, is not acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the System is new, free from defects in design, materials and workmanship, and suitable for continuous use in seawater at the Sites, for thirty months after Final Acceptance.
P:7.2 During the warranty period the Supplier shall repair or replace any defective part free of charge, including parts damaged by biofouling or corrosion within the limits stated in Annex 1, recalibrate the sensors twice a year and supply software updates.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period the Supplier shall, if the Buyer orders it, provide maintenance covering the same services as in Article 7.2. The annual maintenance fee is 9.5% of the Hardware and Licence Subtotal, that is CNY 118,066 per year, and shall not change during the first two years after the warranty period. Any later fee shall be agreed in writing.
P:8.2 Maintenance is ordered year by year by the Buyer's written purchase order and does not renew automatically.
H:Article 9 Service Levels
P:9.1 A Critical Fault is a fault that stops data from three or more buoys or from any gateway, or stops alarms from being sent. The Supplier shall respond to a Critical Fault remotely within two hours of the Buyer's report, at any time of day, and shall have an engineer or its approved local service partner on Site within thirty-six hours, weather permitting.
P:9.2 Other faults shall be answered within one business day and fixed within ten business days.
P:9.3 For each hour by which the remote response to a Critical Fault is late, the Supplier shall pay the Buyer CNY 800; for each day by which the on-site attendance is late, CNY 1,500. The Buyer may set these amounts off against any payment due.
H:Article 10 Delay
P:If the Supplier fails to deliver the System, or to complete installation, within the periods in Article 5, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 11 Intellectual Property
P:11.1 The Supplier retains the intellectual property in its standard monitoring software and grants the Buyer a perpetual, non-exclusive licence to use it for the Buyer's farms.
P:11.2 Site-specific configurations, calibration curves, alarm rules, dashboards and reports prepared for the Buyer belong to the Buyer, which may use, modify and have them used by third parties without restriction.
H:Article 12 Buyer Data and Security
P:12.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not keep, sell or publish it.
P:12.2 The System stores data only on the Buyer's server in Xiapu. The Supplier may access the System remotely only through the VPN account issued by the Buyer, for each maintenance session with the Buyer's approval, and all access is logged. No Buyer Data shall be transferred outside the People's Republic of China.
P:12.3 The Supplier shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to the System or loss of Buyer Data, shall take immediate remedial action and shall compensate the Buyer for all losses caused by its breach of this Article.
H:Article 13 Confidentiality
P:Each party shall keep confidential all non-public information received from the other under this Contract, and shall use it only for this Contract. This obligation continues for five years after the Contract ends.
H:Article 14 Liability
P:The Supplier shall compensate the Buyer for all losses caused by the Supplier's breach of this Contract, in addition to any liquidated damages.
H:Article 15 Subcontracting
P:The Buyer approves, by signing this Contract, Fuzhou Lanhai Marine Engineering Co., Ltd. as the Supplier's local service partner for on-site work. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent.
H:Article 16 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after the Buyer's written notice, or if the delay under Article 10 exceeds sixty days. On termination the Supplier shall refund the amounts paid for the parts of the System not accepted.
H:Article 17 Force Majeure
P:A party prevented from performing by force majeure shall notify the other promptly and is excused for the duration of the event. Seasonal typhoons at the Sites are foreseeable and shall be allowed for in the installation schedule.
H:Article 18 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou in accordance with its rules. The award is final and binding on both parties.
H:Article 19 Miscellaneous
P:19.1 This Contract is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:19.2 Annexes: 1 Technical specification; 2 Site map; 3 Test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H117E04 = """
T:Managed IT and Desktop Support Services Agreement
P:Agreement No. II-SH-2025-041
P:BETWEEN
P:Isola Informatica S.r.l., with registered office in Portoferraio (LI), Calata Mazzini 21, 57037, Italy, tax code and VAT number IT01938470492, registered with the Companies Register of Maremma e Tirreno, share capital EUR 20,000.00 fully paid, in the person of its sole director and legal representative, Ms Chiara Bellanti (the "Provider")
P:AND
P:Shanghai Lanting Jazz House Co., Ltd., a company incorporated in the People's Republic of China, with registered office at 118 Yuanmingyuan Road, Huangpu District, Shanghai, unified social credit code 91310101MA1FPX7K2D, in the person of its legal representative, Mr Gu Wenhao (the "Customer")
P:(each a "Party" and together the "Parties")
P:WHEREAS
P:(a) the Customer operates a jazz club in Shanghai with a 220-seat hall, a bar and kitchen, a small recording room and a box office, open every evening from 18:00 to 02:00;
P:(b) the Provider supplies managed IT services to hospitality and live-music venues, remotely from its service centre in Portoferraio and on site through local partners;
P:(c) the Customer wishes to entrust the Provider with the management of its IT environment and the support of its staff, and at the Customer's request all fees are stated and paid in Chinese Renminbi (CNY);
P:NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 - Premises and Annexes
P:1.1 The premises and the annexes form an integral and substantial part of this Agreement. Annex A lists the managed assets, Annex B sets out the service levels and Annex C identifies the approved local partner.
H:Art. 2 - Definitions
P:2.1 "Services" means the managed IT and desktop support services described in Art. 3.
P:2.2 "Managed Assets" means the network, Wi-Fi, firewall, point-of-sale and ticketing terminals, CCTV recorder, recording-room storage, Microsoft 365 tenant and the staff computers and phones listed in Annex A.
P:2.3 "Opening Hours" means 18:00 to 02:00 Shanghai time on every day on which the club is open.
P:2.4 "Service Commencement Date" means the day after the Transition Acceptance under Art. 6.
H:Art. 3 - Object of the Agreement
P:3.1 The Provider shall provide: (a) a helpdesk reachable by phone, WeChat and e-mail; (b) continuous monitoring of the Managed Assets; (c) patching, antivirus and backup management, including nightly backups of the recording-room storage; (d) administration of user accounts and licences; (e) desktop support for up to 28 staff devices; and (f) one technician on site on the evenings of concerts designated by the Customer, up to six evenings per month.
P:3.2 The helpdesk is staffed every day from 09:00 to 03:00 Shanghai time; outside these hours an on-call engineer handles Priority 1 incidents only. Requests are logged in the Provider's ticketing portal, to which the Customer's managers have read access.
P:3.3 Purchases of new hardware and software are not included and shall be quoted separately.
H:Art. 4 - Duration and Tacit Renewal
P:4.1 This Agreement lasts twenty-four months from the Service Commencement Date.
P:4.2 On expiry the Agreement is tacitly renewed for further periods of twelve months each, at the same fees and on the same conditions, unless either Party gives notice of non-renewal at least ninety days before expiry by registered letter or certified e-mail.
H:Art. 5 - Fees and Invoicing
P:5.1 The Customer shall pay a monthly fee of CNY 21,800 for twenty-four months (CNY 523,200) and a one-off transition fee of CNY 18,800, for a total of CNY 542,000 (the "Total Fees").
P:5.2 The transition fee is invoiced after the Transition Acceptance. The monthly fee is invoiced at the end of each month for the Services rendered in that month. Invoices are payable within thirty days. No advance payment is due.
P:5.3 Fees are inclusive of the costs of the local partner, travel and the Provider's tools.
H:Art. 6 - Transition and Acceptance
P:6.1 Within forty-five days after signature (the "Transition Date") the Provider shall complete the transition, which includes: a complete inventory of the Managed Assets; documentation of the network and of all passwords in the Customer's vault; a tested restore of the recording-room storage and of the box-office database; activation of monitoring on every Managed Asset; and a runbook for the Opening Hours.
P:6.2 The Customer shall check the transition against the items in Art. 6.1 and, if they are all completed, sign a Transition Acceptance certificate within five business days. Partial use of the Services before signature does not imply acceptance.
P:6.3 If the Transition Acceptance is not achieved by the Transition Date for reasons attributable to the Provider, the Provider shall pay the Customer a penalty of CNY 150 for each day of delay.
H:Art. 7 - Service Levels
P:7.1 Priority 1 incidents are those that stop ticketing, point of sale or the club network during Opening Hours. The Provider shall respond to a Priority 1 incident within thirty minutes and shall have a technician of the local partner on site within two hours if remote action does not restore service.
P:7.2 Priority 2 incidents (a single device or user affected) shall be answered within two business hours and Priority 3 requests by the next business day.
P:7.3 For each Priority 1 incident answered late, the Provider shall credit 5% of the monthly fee of the month concerned, up to 20% of that fee per month. Credits are deducted from the next invoice.
P:7.4 The Provider shall send a monthly report with the incidents, response times and credits.
P:7.5 Once every quarter the Parties shall hold a service review by video call to discuss recurring incidents, planned changes to the club's equipment and proposals for improvement, and shall record the agreed actions in writing.
H:Art. 8 - Obligations of the Customer
P:8.1 The Customer shall give the Provider remote access to the Managed Assets through the access method agreed during transition, appoint a contact person reachable during Opening Hours and inform the Provider in advance of changes to its premises or equipment.
P:8.2 The Customer remains responsible for the lawful use of its systems by its staff and guests and for the licences of software it installs itself.
H:Art. 9 - Personnel and Local Partner
P:9.1 On-site services in Shanghai are performed by the local partner named in Annex C, which the Customer approves by signing this Agreement. The Provider may not entrust any other part of the Services to third parties without the Customer's prior written consent, and remains responsible for the work of its partner.
H:Art. 10 - Intellectual Property
P:10.1 The runbook, network documentation, scripts and configurations prepared for the Customer belong to the Customer, which may use and modify them and hand them to any other supplier. The Provider's own monitoring tools remain the property of the Provider.
H:Art. 11 - Customer Data
P:11.1 All data stored on the Managed Assets, including ticketing records, guest lists, CCTV footage and recordings made in the recording room, remain the exclusive property of the Customer. The Provider shall use such data only for the purpose of performing the Services.
H:Art. 12 - Confidentiality
P:12.1 Each Party shall keep secret the information of the other Party that it learns in performing this Agreement, including the Customer's artist contracts and guest information and the Provider's methods and prices, and shall not disclose it without the other Party's written consent, for three years after the end of the Agreement.
H:Art. 13 - Liability
P:13.1 Each Party is liable for the damage caused to the other by its breach of this Agreement. Except in cases of wilful misconduct or gross negligence, the Provider's total liability shall not exceed twice the Total Fees, and neither Party is liable for loss of profit.
H:Art. 14 - Express Termination Clause
P:14.1 Pursuant to Article 1456 of the Italian Civil Code, the Customer may terminate this Agreement by registered letter or certified e-mail if the Provider: (a) answers three or more Priority 1 incidents late in the same month; (b) breaches Art. 9, 11 or 12; or (c) commits any other serious breach and does not remedy it within fifteen days after a written notice to perform.
P:14.2 On termination the Provider shall hand over all documentation and credentials and cooperate with the new supplier for up to thirty days.
H:Art. 15 - Force Majeure
P:15.1 Neither Party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, acts of authority or general failures of the internet or power supply, provided that it notifies the other Party promptly.
H:Art. 16 - Assignment
P:16.1 Neither Party may assign this Agreement without the prior written consent of the other Party.
H:Art. 17 - Communications
P:17.1 Notices under this Agreement shall be sent to the addresses above by registered letter, certified e-mail or courier. Operational communications may be sent by e-mail or WeChat.
H:Art. 18 - Governing Law and Competent Court
P:18.1 This Agreement is governed by Italian law.
P:18.2 The Court of Livorno shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Art. 19 - Final Provisions
P:19.1 This Agreement may be amended only in writing signed by both Parties. If any provision is held invalid, the remaining provisions stay in force.
P:19.2 This Agreement is executed in English in two originals.
P:Portoferraio / Shanghai, ____________
P:The Provider ____________________    The Customer ____________________
P:Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Art. 4 (Duration and Tacit Renewal), Art. 13 (Liability), Art. 14 (Express Termination Clause) and Art. 18 (Governing Law and Competent Court).
P:The Customer ____________________
"""

SOURCES = {"h117z01": H117Z01, "h117z04": H117Z04, "h117e03": H117E03, "h117e04": H117E04}
TARGETS = {"h117z01": ("h117z01_museum_smart_collections_integration.docx", "docx"),
           "h117z04": ("h117z04_district_gov_service_platform_om.pdf", "pdf"),
           "h117e03": ("h117e03_seaweed_abalone_sea_sensors.docx", "docx"),
           "h117e04": ("h117e04_jazz_club_managed_it_support.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
