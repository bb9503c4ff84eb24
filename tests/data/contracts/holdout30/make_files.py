"""Builds the .docx and .pdf contracts of holdout30 from the markup sources below (see ../word_pdf.py).

Run: /work/main/.venv/bin/python make_files.py   (writes the files next to this script)
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H30Z02 = """T:智能售检票系统设备采购及维保合同
P:合同编号：HZLD-SB-2025-009
P:甲方（买方）：海州市轮渡有限公司，地址：海州市滨海区渡口路1号
P:乙方（卖方）：厦门舟行票务设备有限公司，地址：厦门市湖里区嘉禾路588号
P:为提升轮渡码头售票、检票效率，实现旅客实名制购票、验票，甲方经公开招标确定乙方为中标人。双方根据招标文件、投标文件及《中华人民共和国民法典》，订立本合同。
H:第一条 合同标的
P:1.1 乙方向甲方供应自助售票机、检票闸机、手持验票终端、票务服务器及存储设备和票务管理软件，并负责在甲方五个码头的安装调试、系统集成、与海事客运联网售票平台的接口开发、培训及质保期内服务。
P:1.2 设备清单及价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|自助售票机（含身份证阅读器、扫码器）|12台|68,000|816,000
TB:2|检票闸机（双向通道，含人脸识别模块）|24通道|23,500|564,000
TB:3|手持验票终端|40台|4,200|168,000
TB:4|票务服务器及存储设备|1套|210,000|210,000
TB:5|票务管理软件许可（永久）|1套|260,000|260,000
TB:|设备及软件小计|||2,018,000
TB:6|安装调试费|1项|146,000|146,000
TB:7|联网售票平台接口开发费|1项|88,000|88,000
TB:8|培训费|1项|18,000|18,000
TB:|合同总价|||2,270,000
P:1.3 合同总价为人民币贰佰贰拾柒万元整（¥2,270,000.00），含税，为固定总价。
H:第二条 付款方式
P:2.1 合同签订后十个工作日内，甲方向乙方支付合同总价的10%作为预付款。
P:2.2 全部设备到货并在五个码头安装完毕后，甲方支付合同总价的55%。到货及安装完毕不视为验收合格。
P:2.3 系统通过最终验收后二十个工作日内，甲方支付合同总价的35%。
P:2.4 乙方应在每期付款前开具合法有效的增值税专用发票。
H:第三条 交货及安装
P:3.1 乙方应在合同签订后四十五日内将全部设备运至甲方指定的五个码头，并在到货后二十日内完成安装调试。
P:3.2 设备到货时，双方共同开箱检验，核对型号、数量及外观，签署到货清单。
P:3.2A 自助售票机及闸机的外壳应满足海边码头防盐雾、防潮要求，户外安装部分防护等级不低于IP55；乙方负责设备基础、线槽及电源接入点至设备之间的布线，费用已含在安装调试费中。
P:3.3 安装过程中乙方应遵守码头安全管理规定，不得影响轮渡正常运营；需要临时封闭通道的，应提前三日书面报甲方批准。
P:3.4 培训：乙方应在试运行前为甲方售票员、检票员提供每个码头不少于一天的现场操作培训，为甲方系统管理员提供不少于三天的集中培训，内容包括设备日常巡检、票款对账、故障初步判断及数据备份，并提供中文操作手册。
P:3.5 乙方应向甲方提交设备合格证、产品检测报告、人脸识别模块的安全检测证明、安装调试记录及竣工资料，资料不全的，甲方有权拒绝组织验收。
H:第四条 验收
P:4.1 系统安装调试完成后进入三十日试运行。试运行期间应满足以下要求：单台自助售票机完成一笔购票交易不超过45秒；闸机人证比对通过率不低于附件一技术要求；与海事客运联网售票平台的售票、退票、核销数据每日对账一致；试运行期间未发生全线售检票中断。
P:4.2 试运行结束后，甲方组织最终验收，按附件一技术要求和附件二验收方案逐项检测，合格后双方签署最终验收报告。设备的使用、试运行或付款均不视为验收合格。
P:4.3 验收不合格的，乙方应在十五日内更换或整改，并重新组织验收。
H:第五条 质保及服务
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内，设备出现非人为损坏的故障，乙方免费维修或更换，软件免费升级。
P:5.2 故障等级与响应时限如下表：
TB:等级|定义|响应时限|到场时限|恢复时限
TB:一级|任一码头售检票全部中断|1小时|2小时|6小时
TB:二级|单台设备故障或部分功能异常|2小时|当日|24小时
TB:三级|咨询、一般性问题|1个工作日|按需|3个工作日
P:5.3 乙方未按上表时限响应、到场或恢复的，每超时一小时，甲方有权扣除乙方人民币捌佰元，从质量保证金或应付款中扣除。
P:5.4 乙方应在海州市区设立备件库，常备自助售票机及闸机的主要备件，确保二级故障当日更换。
P:5.5 质保期内，乙方每季度对全部设备进行一次预防性巡检，清洁票据打印模块和闸机传感器，检查防潮、防盐雾措施，并向甲方提交巡检报告。
P:5.6 质保期满后，甲方如需乙方继续提供维保服务，维保服务费按乙方届时公布的服务价格标准另行计收，双方届时签订维保合同。
H:第六条 数据安全
P:6.1 系统采集和产生的旅客实名信息、人脸比对记录、售检票交易数据及日志，均属于甲方所有。乙方只能为履行本合同处理上述数据，不得留存、复制或用于其他目的。
P:6.2 乙方应按照《中华人民共和国个人信息保护法》和网络安全等级保护要求，对人脸识别模块和票务系统采取加密存储、访问控制、日志审计等安全措施；维修更换的设备存储介质应在甲方监督下清除数据或交甲方留存。
P:6.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方，并立即采取处置措施。因乙方原因造成旅客个人信息泄露的，乙方承担全部法律责任和赔偿责任。
H:第七条 保密
P:7.1 乙方对在履行合同中知悉的甲方经营信息、客流数据、网络结构及安全配置负有保密义务，未经甲方书面同意，不得向第三方披露。本条在合同终止后持续有效。
H:第八条 知识产权
P:8.1 乙方为本项目开发的联网售票平台接口程序及其源代码、技术文档的知识产权归甲方所有，甲方可自行修改和使用。
P:8.2 票务管理软件的著作权归乙方所有，甲方享有永久使用权，并可在甲方所属码头范围内不限终端数量使用。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:9.3 乙方提供的设备不符合合同约定的质量标准的，甲方有权要求更换，由此产生的费用由乙方承担。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:11.2 乙方逾期交货超过三十日的，甲方有权解除合同。
H:第十二条 不可抗力
P:12.1 因台风、地震等不可抗力不能按期履行的，受影响方应及时通知对方，履行期限相应顺延。码头因大风停航导致无法施工的，经甲方确认后相应顺延工期。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 附件一《技术要求》、附件二《验收方案》、招标文件及乙方投标文件为本合同组成部分。
P:14.2 本合同未尽事宜，双方可另行签订书面补充协议，补充协议与本合同具有同等效力。
P:14.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：海州市轮渡有限公司        乙方（盖章）：厦门舟行票务设备有限公司
P:日期：2025年  月  日
"""

H30Z04 = """T:临江市天文馆数字球幕及展教设备运行维护服务合同
P:合同编号：LJTWG-FW-2025-03
P:采购人（甲方）：临江市天文馆
P:服务商（乙方）：北京星穹展教科技有限公司
P:根据临江市政府采购中心组织的“临江市天文馆数字球幕及展教设备运维服务”公开招标结果，乙方为中标供应商。甲乙双方依照《中华人民共和国政府采购法》《中华人民共和国民法典》，签订本合同。
H:一、服务范围
P:（一）乙方对甲方数字球幕影院（直径二十三米，六通道激光投影）、光学天象仪、球幕音响系统、放映控制系统，以及展厅内四十二件互动展教设备、观众预约及票务终端，提供日常运行保障、预防性维护、故障维修、节目放映技术保障和设备巡检服务。
P:（二）乙方在甲方开放日安排不少于三名技术人员驻场，保障每日全部放映场次；闭馆日完成设备保养。
P:（三）服务内容和设备清单详见附件一《服务内容及设备清单》。
P:（四）甲方负责提供驻场人员值班室、工具存放间及必要的网络接入，负责节目版权采购和节目文件的提供；乙方负责节目文件的导入、校验和排期设置，并在每次节目更换后组织试映，经甲方确认后方可对外放映。
H:二、服务期限
P:服务期限为二年，自乙方完成进场接管并经甲方确认之日起计算。服务期满，本合同终止，甲方将依法重新组织采购。
H:三、服务费用及支付
P:（一）本合同总额为人民币玖拾贰万肆仟元整（¥924,000.00），即每年服务费人民币肆拾陆万贰仟元整，共二年。
P:（二）服务费按季度支付，每季度人民币壹拾壹万伍仟伍佰元整，于每个服务季度结束、甲方完成季度考核后十五个工作日内支付。甲方不支付预付款。
P:（三）甲方在季度考核中扣减的金额，在当季服务费中直接扣除；季度考核得分低于七十分的，该季度考核不合格。
P:（四）服务费已包含人工、工具、常用耗材及增值税；单价在人民币伍仟元以上的备件由甲方另行采购，乙方负责更换。
H:四、进场接管与考核
P:（一）乙方应在合同签订后十五日内完成进场接管，内容包括设备清点、运行状态检测、建立设备档案及制定维护计划。
P:（二）进场接管验收标准：全部设备清点无误；球幕六通道投影融合及色彩校正符合附件二标准；天象仪星空演示全部功能正常；提交设备档案和年度预防性维护计划。甲方验收合格后签署接管确认单。
P:（三）甲方按附件三《季度考核办法》对乙方进行季度考核，考核结果与服务费扣减挂钩。
P:（四）季度考核内容包括：放映保障情况、故障响应及修复时效、预防性维护计划完成率、设备档案完整性、驻场人员出勤及服务态度、观众投诉处理情况。考核由甲方技术部门组织，乙方项目负责人参加，考核结果以书面形式通知乙方。乙方对考核结果有异议的，可在收到通知后五个工作日内书面提出复核申请，甲方应在十个工作日内答复。
H:五、服务水平
P:（一）开放时段球幕放映系统可用率不低于99.95%，按季度统计。
P:（二）一级故障（放映中断或无法开场）：驻场人员15分钟内响应并开始处理，30分钟内恢复放映或启动备用方案；二级故障（单台展教设备故障）：2小时内响应，两日内修复；三级问题：三日内处理。
P:（三）因乙方原因导致放映中断或场次取消的，每场次扣减服务费人民币贰仟元；二级故障超时修复的，每超一日扣减人民币叁佰元。扣减金额从当季服务费中扣除。
P:（四）预防性维护：乙方每日开馆前完成放映系统开机自检和试映；每周完成投影机滤网清洁、音响系统检测；每月完成球幕投影融合校正和天象仪机械部件保养；每季度提交设备状态评估报告，提出设备更新建议。
P:（五）驻场人员要求：驻场人员应具有两年以上球幕影院或大型展教设备维护经验，其中至少一人熟悉光学天象仪；人员名单经甲方确认后不得随意更换，确需更换的应提前十日书面报甲方同意。驻场人员应遵守甲方的场馆安全、消防及观众服务规定，统一着装、佩戴工作证。
P:（六）重大活动保障：在天文节、科普日、日食月食等天象观测活动及甲方举办的重大接待活动期间，乙方应增派不少于两名技术人员现场保障，所需费用已包含在服务费中。
H:六、数据安全
P:（一）观众预约信息、票务数据、设备运行日志及甲方节目文件，均属于甲方所有。乙方只能为提供本合同服务使用上述数据，不得复制、外传或用于其他用途。
P:（二）乙方应遵守甲方网络安全管理制度，远程维护须经甲方批准并使用甲方指定的安全通道；不得在放映控制系统中安装与服务无关的软件；移动存储介质须经甲方查毒后使用。
P:（三）发生数据泄露、病毒感染或其他网络安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的损失，由乙方赔偿。
H:七、服务报告
P:乙方应于每月五日前向甲方提交上月服务月报，内容包括放映场次及中断情况、故障处理记录、预防性维护完成情况、备件消耗及设备运行趋势分析；每年年末提交年度服务总结及下一年度维护计划，经甲方审核确认后执行。
H:七之二、保密
P:乙方及其人员对在服务中知悉的甲方非公开信息、节目版权资料及观众个人信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后三年内有效。
H:八、知识产权
P:乙方在服务期间形成的设备档案、维护记录、运维手册、放映排期脚本及故障分析报告，其知识产权归甲方所有，甲方有权自由使用和修改，并可交付后续服务商使用。
H:九、分包
P:激光投影机光源模块、天象仪光学部件的原厂级维修，乙方可分包给具备相应资质的第三方，但应提前五日书面告知甲方，并对分包工作质量负责。
H:十、违约责任
P:（一）乙方未按第四条约定期限完成进场接管的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
P:（二）乙方在本合同项下对甲方承担的累计赔偿责任，以合同总额的50%为限。
P:（三）甲方逾期支付服务费的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
H:十一、合同解除
P:（一）乙方连续两个季度考核不合格，或严重违反本合同约定经甲方书面通知后十日内未改正的，甲方有权解除本合同。
P:（二）合同解除或期满时，乙方应配合甲方完成与后续服务商的交接，移交全部设备档案和技术资料。
P:（三）交接期不少于十五日。交接期内乙方应保持驻场人员数量不变，保障放映正常进行，并向后续服务商逐台演示设备操作、校正及保养方法，交接完成后双方签署交接确认书。交接期的服务费按日折算，随最后一季度服务费一并结算。
H:十二、安全生产与备件管理
P:（一）乙方应对驻场人员进行安全教育，登高作业、球幕内部作业及带电作业应执行甲方的作业审批制度，并配备合格的安全防护用品。因乙方人员违反操作规程造成人身伤害或设备损坏的，由乙方承担责任。
P:（二）甲方采购的备件由乙方建立出入库台账，更换下的旧件应交回甲方，不得擅自处置。乙方每季度向甲方提交备件消耗报告及下一季度备件需求建议。
P:（三）乙方发现设备存在安全隐患的，应立即书面报告甲方，并提出处理建议；紧急情况下可先行停机，并在事后两小时内报告甲方。
H:十三、不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交临江仲裁委员会仲裁。
H:十五、其他
P:（一）附件一《服务内容及设备清单》、附件二《球幕显示技术标准》、附件三《季度考核办法》及招标文件、投标文件为本合同组成部分。
P:（二）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市天文馆          乙方（盖章）：北京星穹展教科技有限公司
P:日期：2025年  月  日
"""

H30E02 = """T:Supply, Installation and Support Agreement - Cold-Chain Temperature Monitoring System
P:Agreement No. ZBS-PUR-2025-031
P:This Agreement is made between Zhoushan Bluewater Seafood Export Co., Ltd., No. 16 Haixing Road, Dinghai District, Zhoushan, Zhejiang (the "Buyer"), and Suzhou Frostline IoT Equipment Co., Ltd., No. 215 Xinghu Street, Suzhou Industrial Park, Jiangsu (the "Supplier").
P:Background: The Buyer operates cold stores, processing halls and refrigerated containers for frozen seafood exports and must keep continuous temperature records for its customers and for customs and food-safety inspections. Following a competitive tender, the Buyer has selected the Supplier to supply and install a temperature monitoring system and to support it on the terms below.
H:Article 1 Definitions
P:1.1 "System" means the loggers, gateways, container monitors, servers and the monitoring platform software listed in Article 2, installed and integrated as described in this Agreement.
P:1.2 "Final Acceptance" means the Buyer's written acceptance of the System under Article 5.3.
P:1.3 "Buyer Data" means all temperature, humidity, door-opening, location and alarm records, user accounts and logs created by or stored in the System.
H:Article 2 Scope and Price
P:2.1 The Supplier shall supply, deliver, install, configure and commission the System at the Buyer's three cold stores in Dinghai and Shenjiamen and on the Buyer's reefer container fleet, integrate the monitoring platform with the Buyer's ERP system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 2,280,000 (two million two hundred and eighty thousand yuan), inclusive of VAT, fixed, and itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature loggers, food-grade, IP67|1,200|620|744,000
TB:2|LoRa gateways with 4G backup|60|5,800|348,000
TB:3|Reefer container monitors with GPS|150|2,400|360,000
TB:4|Monitoring platform licence, perpetual, site-wide|1|420,000|420,000
TB:5|Application and database servers|1 set|186,000|186,000
TB:|Hardware and Licence Subtotal|||2,058,000
TB:6|Installation and commissioning|1 lot|132,000|132,000
TB:7|ERP integration|1 lot|74,000|74,000
TB:8|Training|1 lot|16,000|16,000
TB:|Contract Price|||2,280,000
P:2.3 The Contract Price covers everything the Supplier needs to perform this Agreement, including freight, insurance, installation materials, calibration certificates and support during the Warranty Period.
H:Article 3 Payment
P:3.1 Fifteen per cent of the Contract Price is payable within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 Fifty per cent of the Contract Price is payable within 20 days after the Installation Certificate for all sites is signed. The Installation Certificate confirms delivery and installation only and is not acceptance of the System.
P:3.3 Thirty-five per cent of the Contract Price is payable within 20 days after Final Acceptance.
P:3.4 Each payment is subject to a valid VAT special invoice.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 40 days and complete installation at all sites within 75 days after signature. Work in the cold stores shall follow the Buyer's hygiene rules and shall not interrupt loading operations.
P:4.2 If the Supplier fails to meet a date in Article 4.1 or to achieve Final Acceptance within 120 days after signature, the Supplier shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price. If the maximum is reached, the Buyer may terminate under Article 12.
P:4.3 The Supplier shall appoint a project manager with cold-chain monitoring experience who is on site during installation, and shall train the Buyer's quality staff, warehouse supervisors and two system administrators in at least three sessions at the Buyer's premises, covering alarm handling, report export for customers and customs, logger replacement and calibration checks. Training materials shall be provided in Chinese.
P:4.4 The Buyer shall provide power outlets, network access points, mounting positions approved by its food-safety officer, and access to the containers while they are in port.
H:Article 5 Acceptance
P:5.1 After installation the System shall run for 30 consecutive days. During that run: every logger shall report at the configured interval with no more than 0.5 % of readings missing; each logger's reading shall be within plus or minus 0.3 degrees Celsius of a calibrated reference at minus 18 and minus 25 degrees Celsius; alarms shall reach the duty officer's phone within 60 seconds; container positions shall update every five minutes; and ERP shipment records shall match the platform's temperature reports.
P:5.2 The Supplier shall deliver calibration certificates for every logger, as-built drawings, administrator and user manuals and the integration interface documentation.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met, the Buyer shall sign the Final Acceptance Certificate. Use of the System, the Installation Certificate or any payment does not amount to acceptance. If the System fails a test, the Supplier shall correct the defect within 15 days and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance (the "Warranty Period"). During it the Supplier shall repair or replace defective equipment, recalibrate loggers annually, and provide software fixes, updates and technical support free of charge.
P:6.2 The monitoring platform shall be available at least 99.95 % of each calendar month, excluding maintenance announced five working days ahead and performed between 01:00 and 05:00.
P:6.3 Incidents shall be handled as follows:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Platform down, or alarms not delivered for a whole site|30 minutes|3 hours
TB:Severity 2|Single gateway or up to 20 loggers not reporting|2 hours|next day
TB:Severity 3|Questions and minor defects|1 working day|5 working days
P:6.4 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay CNY 1,000; for each full 0.01 percentage point of availability below the level in Article 6.2, CNY 1,500. The Buyer may set these amounts off against any sum due.
P:6.5 After the Warranty Period the Supplier shall, if the Buyer orders it, provide annual support on the same service levels for 7 % of the Hardware and Licence Subtotal per year, that is CNY 144,060 per year, and this fee shall not increase during the first two years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Buyer Data and Data Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier may process it only to perform this Agreement and shall not copy, retain, analyse for its own purposes or disclose it.
P:7.2 The platform is hosted on the Buyer's servers in the Buyer's premises. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN with multi-factor authentication and is logged. Loggers and gateways shall use encrypted transmission.
P:7.3 The Supplier shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to, or loss or alteration of, Buyer Data, shall take immediate remedial measures and shall be liable for all losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The ERP integration programs, their source code, configuration files, alarm rules and reports made for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely.
P:8.2 The platform software and device firmware remain the Supplier's property and are licensed to the Buyer perpetually for use with the System.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Buyer's customer lists, shipment volumes and prices, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Liability
P:The Supplier's total liability under this Agreement is limited to 150 % of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under Article 4.2 reach their maximum. On termination the Supplier shall refund payments for undelivered or rejected items.
H:Article 13 Force Majeure
P:Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Typhoon warnings affecting the islands count as force majeure only for the days of the warning.
H:Article 14 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan under its rules in force at the time.
H:Article 15 General
P:The Annexes (Annex 1 Technical Specification, Annex 2 Site List, Annex 3 Acceptance Test Plan) form part of this Agreement. Amendments must be in writing and signed by both parties. This Agreement takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ______________
"""

H30E03 = """T:Managed IT and Plant Network Services Agreement
P:Agreement reference: TFB-MS-2025-02
P:Between Yancheng Tianfeng Blade Manufacturing Co., Ltd., No. 9 Fengdian Avenue, Dafeng Port Economic Zone, Yancheng, Jiangsu ("Customer") and Wuxi Meridian Managed Services Co., Ltd., Building 3, No. 100 Jinxi Road, Binhu District, Wuxi, Jiangsu ("Provider").
P:Customer manufactures rotor blades for wind turbines on two production lines and wishes to outsource the day-to-day operation of its office IT, plant network and shop-floor servers. Provider has offered to take over and run these services. The parties agree as follows.
H:1. Definitions
P:1.1 "Services" means the managed services described in clause 2 and Schedule 1.
P:1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.3.
P:1.3 "Customer Data" means all data, documents, drawings, production recipes, quality records and logs held on the systems covered by the Services.
P:1.4 "Incident" means an unplanned interruption or degradation of a covered system.
H:2. Services
P:2.1 Provider shall operate, monitor and maintain: the plant network (core and access switches, industrial Ethernet rings and wireless access points on both production lines); the shop-floor servers that run the curing-oven supervision and the blade-tracking system; office PCs and printers for about 260 users; Customer's Microsoft 365 tenant; and backup of the covered servers.
P:2.2 Provider shall staff a service desk by telephone and e-mail 24 hours a day, seven days a week, and keep two engineers on Customer's site during day shifts on working days.
P:2.3 Provider shall carry out monthly patching in agreed maintenance windows, quarterly restore tests and an annual review of the network design.
H:3. Term
P:3.1 This Agreement runs for 24 months from the Service Commencement Date.
P:3.2 Unless either party gives notice at least 60 days before the end of the term, this Agreement renews for a further 12 months at the same charges and on the same terms.
H:4. Transition
P:4.1 Provider shall complete transition within 45 days after signature: inventory of all covered assets, documentation of the network, handover from Customer's current IT staff, set-up of monitoring and the service desk, and a runbook for each covered system.
P:4.2 Transition is complete when: (a) the asset inventory is reconciled with Customer's register; (b) monitoring covers every switch and server listed in Schedule 1; (c) a test restore of the blade-tracking database has succeeded; (d) runbooks have been reviewed by Customer's IT manager; and (e) the service desk has handled live calls for ten working days without an unresolved Priority 1 Incident.
P:4.3 When the criteria in clause 4.2 are met, Customer shall sign a Transition Acceptance Certificate. Provider starting to handle calls does not by itself mean acceptance.
P:4.4 If transition is not accepted within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay.
H:5. Charges and Payment
P:5.1 The charges are a one-time transition fee of CNY 36,000 and a monthly service charge of CNY 56,000. The total contract value for the term is CNY 1,380,000.
P:5.2 The transition fee is invoiced after the Transition Acceptance Certificate is signed. The monthly service charge is invoiced at the end of each month in arrears, together with the monthly service report. Customer pays within 30 days of a correct VAT invoice. No charges are payable in advance.
P:5.3 The charges include all labour, tools and Provider's own monitoring software. Spare parts and new hardware are purchased by Customer.
H:6. Service Levels
P:6.1 Provider shall meet the following response and resolution targets, measured from the time an Incident is logged:
P:Priority 1 (production line stopped, or the plant network or a shop-floor server down): response within 30 minutes, on-site engineer within 2 hours, workaround within 3 hours and resolution within 8 hours.
P:Priority 2 (a function degraded for a group of users or one line segment): response within 1 hour, resolution within 1 working day.
P:Priority 3 (single user or minor issue): response within 1 working day, resolution within 3 working days.
P:6.2 Provider shall report its performance against these targets in a monthly service report.
P:6.3 If Provider misses a service level, Provider shall investigate the cause and present a written improvement plan within ten working days. Missing a service level does not entitle Customer to any service credit, fee reduction or damages, and the monthly service charge remains payable in full.
P:6.4 Provider shall attend a monthly service review with Customer's IT manager and production manager. The review covers the service report, open Incidents and problems, planned changes, capacity of the plant network and any improvement plans under clause 6.3.
H:6A. Changes
P:6A.1 Either party may request a change to the Services or to the covered systems. Provider shall assess each request within five working days and state its effect on the charges, the service levels and the maintenance windows.
P:6A.2 Adding up to 10 % more users, PCs or access switches than listed in Schedule 1 does not change the charges. Larger changes, new production lines or new applications are priced at the rates in Schedule 1 and take effect only when both parties sign a change note.
P:6A.3 Provider shall not make any change to the plant network or the shop-floor servers outside an agreed maintenance window, except to restore service in a Priority 1 Incident, and shall record every change in Customer's change log.
H:7. Customer Data
P:7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.
P:7.2 At the end of this Agreement Provider shall return any Customer Data in its possession in the format Customer reasonably requests.
H:8. Documents and Intellectual Property
P:8.1 Runbooks, network diagrams, the asset inventory, scripts and reports prepared for Customer under this Agreement belong to Customer, which may use and modify them and give them to any successor provider.
P:8.2 Provider's monitoring software and general tools remain Provider's property.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's blade designs, production recipes, customer orders and quality data, and shall not disclose it without prior written consent, except to its employees and advisers who need it for this Agreement and are bound by the same duty.
P:9.2 This clause survives for five years after termination.
H:10. Personnel
P:10.1 Provider's on-site engineers shall hold relevant network and server certifications, follow Customer's safety rules for the production halls, including personal protective equipment in the resin and curing areas, and wear identification at all times.
P:10.2 Customer may ask Provider to replace any engineer who does not comply with its site rules; Provider shall do so within ten working days.
P:10.3 Provider shall keep a stable team. At least one of the two on-site engineers shall have worked on Customer's site for the previous three months, except where the engineer has left Provider's employment. Provider shall give Customer 20 working days' notice of any planned change of its service manager.
H:11. Liability
P:11.1 Each party's total liability under this Agreement is limited to 150 % of the total contract value, except for personal injury, wilful misconduct and breach of clause 9.
P:11.2 Neither party is liable for loss of profit or indirect loss, except where caused by wilful misconduct. Customer's own payment obligations are not limited by this clause.
H:12. Subcontracting
P:Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.
H:13. Termination
P:13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, including repeated failure to meet Priority 1 targets in three months of any six.
P:13.2 On expiry or termination Provider shall provide exit assistance for up to 60 days at the monthly service charge pro rata, hand over all documents under clause 8 and return Customer Data under clause 7.2.
H:14. Force Majeure
P:Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible. A failure of Provider's own suppliers, staff shortages or industrial action by Provider's staff is not force majeure. If force majeure prevents the Services for more than 30 consecutive days, either party may end this Agreement by written notice, and charges stop from the first day of the interruption.
H:15. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Nanjing Arbitration Commission for arbitration in Nanjing.
H:16. General
P:Schedule 1 (Covered Systems and Assets) and Schedule 2 (Service Report Template) form part of this Agreement. Notices shall be in writing to the addresses above. This Agreement may be amended only in writing signed by both parties.
P:Signed for Customer: ____________________    Signed for Provider: ____________________
"""

SOURCES = {"h30z02": H30Z02, "h30z04": H30Z04, "h30e02": H30E02, "h30e03": H30E03}
TARGETS = {"h30z02": ("h30z02_ferry_company_ticketing_hardware_supply.docx", "docx"),
           "h30z04": ("h30z04_planetarium_dome_equipment_om_service.pdf", "pdf"),
           "h30e02": ("h30e02_seafood_exporter_cold_chain_monitoring_supply.docx", "docx"),
           "h30e03": ("h30e03_blade_maker_managed_it_plant_network.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
