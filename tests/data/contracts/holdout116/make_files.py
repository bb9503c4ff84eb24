"""Builds the Word and PDF contracts of holdout116 from the markup below (see ../word_pdf.py for the markup).

Run with /work/main/.venv/bin/python from anywhere; the files are written next to this script. The .md and .txt
contracts of this folder are plain files and are not generated.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H116Z01 = """
T:临江市古树名木智慧监测平台建设项目政府采购合同
P:合同编号：LJYL-ZC-2025-0617
P:采购项目编号：LJCG2025-G0417（公开招标）
P:甲方（采购人）：临江市园林绿化局
P:乙方（中标供应商）：青岚数智科技有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临江市古树名木智慧监测平台建设项目订立本合同。招标文件、投标文件及澄清文件为本合同的组成部分。
H:第一条 项目内容与定义
P:1.1 本项目为全市1,286株古树名木（其中一级古树214株）建设在线监测感知网络和智慧监测平台，内容包括监测终端供货及安装、平台软件许可、定制开发、系统集成、古树档案数据初始化及培训。
P:1.2 本合同所称"定制开发成果"，指乙方为本项目专门开发的一树一档管理模块、树体健康预警模型及其参数、与市城市运行管理平台的数据接口、移动巡查App，以及上述内容的源代码和技术文档。
P:1.3 "监测数据"指各类终端采集的倾斜、位移、土壤墒情、茎流及视频图像等数据，以及平台中的古树档案、巡查记录和预警记录。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰零叁万伍仟元整（¥3,035,000.00），为含税固定总价，包括设备、软件、运输、安装、高空作业、调试、集成、培训、质保期内服务及全部税费。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|树体倾斜及位移监测终端|320套|2,150|688,000
TB:2|土壤温湿度及电导率传感器|320套|980|313,600
TB:3|树干茎流及生长量监测仪|60套|6,400|384,000
TB:4|高清球机及太阳能供电立杆|48套|9,800|470,400
TB:5|物联网通信模块|380个|260|98,800
TB:6|古树名木智慧监测平台软件许可（永久）|1套|420,000|420,000
TB:|软硬件小计|||2,374,800
TB:7|定制开发|1项|356,000|356,000
TB:8|安装调试及系统集成|1项|214,600|214,600
TB:9|古树档案数据初始化|1项|68,000|68,000
TB:10|培训|1项|21,600|21,600
TB:|合计|||3,035,000
P:2.2 质保期内通信模块的物联网流量费用由乙方承担。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥607,000。
P:3.2 全部终端安装完毕、平台部署完成并通过初步验收后，甲方支付合同总价的45%，即¥1,365,750。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即¥1,062,250。
P:3.4 乙方申请付款时应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理，但不得无故拖延。
H:第四条 交付与安装
P:4.1 乙方应在合同签订后75日内完成全部终端的到货安装，并在120日内完成平台部署及定制开发，具备初步验收条件。
P:4.2 终端安装须遵守古树名木保护技术规范，不得在树体上钉钉、打孔或捆扎铁丝，固定件应采用柔性抱箍并预留生长空间；施工前乙方应向甲方报送每株古树的安装方案。因安装不当造成古树损伤的，乙方负责救护并赔偿损失。
P:4.3 设备到货时双方共同清点，到货签收仅确认数量和外观，不构成对质量的认可。
H:第五条 验收
P:5.1 初步验收：全部终端安装完毕并连续运行15日后，由甲方组织初步验收，标准包括：（1）设备型号、数量、参数符合投标文件；（2）终端在线率不低于98%，数据上报间隔不超过10分钟；（3）倾斜超限、土壤过湿等预警能在2分钟内推送至平台及巡查人员手机；（4）定制开发功能逐项符合需求规格说明书；（5）与市城市运行管理平台的接口联调通过。
P:5.2 试运行与最终验收：初步验收合格后试运行60日，期间未发生一级故障且遗留问题全部整改完毕的，由甲方组织专家组进行最终验收并出具验收报告。平台须通过第三方安全测评。
P:5.3 验收不合格的，乙方应在15日内整改并承担费用后重新验收；两次验收仍不合格的，甲方有权解除合同。设备安装、平台上线运行、甲方使用或支付任何款项，均不视为验收合格。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供软硬件维修、更换、升级和现场服务，终端及传感器损坏的免费更换。
P:6.2 服务水平：平台软件月可用率不低于99.95%（政务云基础设施原因造成的中断除外）。故障分级及处理时限见下表：
TB:故障级别|情形|响应时间|到场时间|修复时限
TB:一级|平台整体不可用或预警推送中断|20分钟|2小时|6小时
TB:二级|单个区域终端批量离线或部分功能失效|1小时|8小时|36小时
TB:三级|单台终端故障或一般性问题|8小时|48小时|5个工作日
P:6.3 乙方未达到上述时限的，每超时1小时扣减¥800；平台月可用率每低于约定值0.01个百分点，扣减¥1,500。扣减款项从履约保证金或应付款中扣除。
P:6.4 质保期满后，甲方可与乙方另行签订运维合同。维保年费不高于软硬件小计的7%，即每年不超过¥166,236，该价格在质保期满后三年内保持不变。运维合同按年签订，不自动续期。
H:第七条 知识产权
P:7.1 定制开发成果的著作权及其他知识产权归甲方所有。乙方应在最终验收时交付全部源代码及技术文档，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 平台软件的原有知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.3 乙方保证所供产品不侵犯第三方合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 监测数据归甲方所有，乙方仅可为履行本合同处理，不得复制、留存、向第三方提供或用于其他目的。
P:8.2 平台部署于临江市政务云，乙方应按网络安全等级保护二级要求落实访问控制、日志审计和数据加密措施；远程维护须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。合同终止时乙方应移交并删除其持有的全部数据。
H:第九条 保密
P:9.1 双方对在履行本合同中获悉的对方未公开信息负有保密义务，未经对方书面同意不得披露。古树点位及珍稀树种分布信息不得公开发布。本条在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方逾期超过二十日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包。立杆基础施工及高空作业如需分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同并要求赔偿。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市园林绿化局　　　乙方（盖章）：青岚数智科技有限公司
P:签订日期：2025年　月　日
"""

H116Z02 = """
T:半钢子午胎X光在线检测系统采购及维保合同
P:合同编号：RC-SB-2025-0382
P:买方（甲方）：东营瑞驰轮胎有限公司
P:卖方（乙方）：济南华测射线检测设备有限公司
P:甲方为实现半钢子午胎成品全检，向乙方采购X光在线检测系统，并委托乙方在质保期满后提供维护保养服务。双方经协商一致，订立本合同。
H:1. 定义
P:1.1 "检测系统"指本合同附件一所列的X光在线检测机、自动上下胎输送线、缺陷自动识别软件、辐射防护铅房及其附属设备。
P:1.2 "终验收"指检测系统在甲方成品车间完成安装调试并连续生产运行后，经甲方签署终验收证书。
P:1.3 "一级故障"指检测系统停机并导致成品检测线停线的故障。
H:2. 合同价格
P:2.1 合同总价为人民币3,400,000元（含13%增值税），明细如下：
P:（1）X光在线检测机2台，单价1,180,000元，计2,360,000元；
P:（2）自动上下胎输送线2套，单价168,000元，计336,000元；
P:（3）缺陷自动识别软件许可2套，单价145,000元，计290,000元；
P:（4）辐射防护铅房2套，单价96,000元，计192,000元；
P:以上设备及软件小计3,178,000元；
P:（5）安装调试及与甲方MES系统对接158,000元；
P:（6）辐射安全评价及许可证办理协助46,000元；
P:（7）操作及维修培训18,000元。
P:2.2 合同价格包含运输、保险、卸货、就位、辐射防护检测及质保期内的全部服务费用。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%，即340,000元，作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的50%，即1,700,000元；该笔付款不代表甲方对设备质量的认可。
P:3.3 终验收合格后，甲方支付合同总价的35%，即1,190,000元。
P:3.4 其余5%即170,000元作为质量保证金，在质保期满且无未决质量问题后无息支付。
H:4. 交货与安装
P:4.1 乙方应于合同生效后90日内将设备运抵甲方厂区，并在到货后25日内完成安装调试。
P:4.2 乙方负责编制辐射防护方案，协助甲方办理辐射安全许可证；因乙方原因未能取得许可的，视为乙方交付不合格。
P:4.3 设备安装位置、基础和电源由乙方在合同生效后15日内书面提出要求，甲方按要求完成土建和电源准备。
P:4.4 设备在甲方厂区卸货并经双方签收前的毁损、灭失风险由乙方承担。乙方应随货提供装箱单、合格证、射线装置说明书、电气图纸、操作及维修手册等中文技术资料各三套。
P:4.5 乙方应在安装调试期间对甲方检测操作人员、设备维修人员和辐射安全管理人员进行培训，培训合格的人员不少于10名，并协助甲方人员取得辐射安全培训合格证明。
H:5. 验收
P:5.1 安装调试完成后连续生产运行20日，由双方按以下标准进行终验收：（1）检测节拍不低于每分钟3条胎；（2）对甲方提供的帘线弯曲、钢丝断裂、气泡、异物等八类标准缺陷样胎，检出率不低于98%，误判率不高于2%；（3）距铅房外表面5厘米处的周围剂量当量率不大于2.5μSv/h；（4）与MES系统的数据对接准确无误，每条胎的检测结果可按条码追溯。
P:5.2 辐射防护检测由甲方委托的具有资质的第三方检测机构实施，检测费用包含在合同价格中，由乙方承担。
P:5.3 验收不合格的，乙方应在10日内整改后重新验收。设备到货、安装、试生产或甲方使用，均不视为终验收合格。
H:6. 质保
P:6.1 检测系统整机质保期为二十四个月，自终验收合格之日起算，射线管和平板探测器同样适用。质保期内乙方免费维修和更换零部件。
P:6.2 质保期内一级故障的响应时间为30分钟，乙方工程师应在3小时内到达现场，10小时内排除故障；其他故障应在2小时内响应、36小时内排除。
P:6.3 乙方超过上述时限的，每超时一小时按1,200元向甲方支付违约金，从质量保证金或应付款中扣除。
P:6.4 乙方应在甲方厂区寄存常用备品备件（包括高压电缆、编码器、输送皮带等），质保期内备件消耗后由乙方及时补齐。同一部件在质保期内维修两次以上仍不能正常工作的，乙方应免费更换新件，更换部件的质保期重新计算。
H:7. 质保期满后的维护保养
P:7.1 质保期满后，乙方按年度为甲方提供维护保养服务，内容包括每季度一次预防性保养、射线剂量复测、软件升级和故障维修，所需零部件（易损件除外）包含在维保费中。
P:7.2 年度维保费按设备及软件小计的17%计取，即每年540,260元，自质保期满起三年内固定不变，每个维保年度开始前支付。
P:7.3 维保期内的服务水平和超时违约金与本合同第6.2条、第6.3条相同。
P:7.4 三年维保期满后是否续签由甲方决定，本合同不设自动续期。乙方停止生产相关备件的，应提前六个月书面通知甲方，并保证质保期满后八年内的备件供应。
H:8. 知识产权
P:8.1 缺陷识别软件及其算法的原有知识产权归乙方，乙方授予甲方在本合同设备上永久使用的许可。
P:8.2 乙方为本项目开发的MES接口程序、甲方专用缺陷判定规则，以及利用甲方样胎图像训练形成的模型参数归甲方所有，乙方应交付源代码和文档，甲方可自行修改或委托他人维护。
H:9. 数据与网络安全
P:9.1 检测图像、缺陷记录和生产批次信息等数据属于甲方，乙方不得复制、带离或用于本合同以外的任何目的。
P:9.2 乙方远程诊断须事先取得甲方批准，通过甲方指定的VPN及堡垒机接入，操作全程记录；检测设备接入甲方工控网络前应完成安全加固和病毒查杀。
P:9.3 因乙方原因发生数据泄露、篡改或病毒感染的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:10. 保密
P:10.1 双方对在履约过程中知悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得披露，保密期限为合同终止后五年。
P:10.2 乙方人员进入甲方厂区应遵守甲方的安全生产、保密和门禁管理制度，不得在车间内拍照、录像，因违反上述制度造成损失的，由乙方承担责任。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.12%支付违约金。
P:11.2 乙方在本合同项下承担的全部赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意、重大过失或辐射事故造成人身伤害的除外。
H:12. 分包
P:12.1 辐射安全评价应委托具有相应资质的机构完成，受托机构须经甲方书面同意；除此之外乙方不得分包本合同义务。
H:13. 合同解除
P:13.1 乙方逾期交货超过二十五日，或检测系统两次终验收不合格的，甲方有权书面通知解除合同，乙方应退还已收款项。
P:13.2 任何一方严重违约，在收到对方书面通知后十日内未纠正的，守约方有权解除合同。
P:13.3 因地震、洪水、战争等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在影响范围内免除责任；不可抗力持续超过六十日的，双方可协商解除合同。
H:14. 法律适用与争议
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交东营仲裁委员会仲裁。
H:15. 其他
P:15.1 本合同自双方签章之日起生效，一式四份。附件一：设备清单及技术参数；附件二：终验收大纲。附件为本合同不可分割的组成部分。
P:甲方（盖章）：东营瑞驰轮胎有限公司　　　乙方（盖章）：济南华测射线检测设备有限公司
"""

H116E03 = """
T:Contract for the Supply, Installation and Maintenance of Ocean Monitoring Stations
P:Contract No. RCHY-2025-EQ-027
P:Buyer: Weihai Rongcheng Haiyang Kelp Aquaculture Co., Ltd., No. 66 Haibin Road, Rongcheng, Weihai, Shandong Province, PRC (the "Buyer")
P:Supplier: Læsø Marine Instruments ApS, Vesterø Havnegade 9, 9940 Læsø, Denmark, CVR no. 41872036 (the "Supplier")
P:The Buyer farms kelp on longline rafts in Sanggou Bay. It wishes to monitor water quality and currents at its farm in real time, in order to plan seeding and harvesting and to react early to low oxygen, marine heatwaves and storm surges. This Contract is issued on the Buyer's standard terms. At the Buyer's request all prices are stated in CNY.
H:Clause 1 Definitions
P:1.1 "Equipment" means the sensor stations, sensors, profilers, gateways and accessories listed in Schedule 1.
P:1.2 "Software" means the data platform licensed under this Contract, including its alarm and reporting functions.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's farm and office.
P:1.4 "Installation Certificate" means the certificate signed by the Buyer when all Equipment is moored, powered and transmitting.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the System after the sea trial under Clause 6.
P:1.6 "Deliverables" means the alarm rules, the interface to the Buyer's ERP system, configuration files, reports and documentation produced for the Buyer under this Contract.
H:Clause 2 Scope
P:2.1 The Supplier shall supply, deliver DDP Rongcheng, install, moor, configure and commission the System, train the Buyer's staff and maintain the System during the Warranty Period.
P:2.2 The Supplier shall act as importer's agent for customs purposes. All import duties, taxes and clearance costs are included in the Contract Price.
P:2.3 The Supplier shall train six of the Buyer's technicians for five days in Rongcheng, covering sensor cleaning, battery replacement, calibration checks and use of the platform, and shall provide manuals in Chinese.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 2,084,000, fixed and inclusive of all taxes, made up as follows (Schedule 1):
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy station (temperature, salinity, dissolved oxygen, chlorophyll-a, turbidity)|18|58,400|1,051,200
TB:2|Optical nitrate sensor|6|46,500|279,000
TB:3|Acoustic Doppler current profiler|3|88,000|264,000
TB:4|Shore gateway with weather mast|2|36,800|73,600
TB:5|Data platform licence (perpetual, 10 users)|1|152,000|152,000
TB:|Hardware and Licence Subtotal|||1,819,800
TB:6|Installation and mooring, including vessel hire|1|168,000|168,000
TB:7|Configuration, alarm rules and ERP interface|1|74,000|74,000
TB:8|Training|1|22,200|22,200
TB:|Contract Price|||2,084,000
P:3.2 The Contract Price covers everything needed to deliver a working System, including spare mooring hardware, calibration reagents for the sea trial and the maintenance visits during the Warranty Period.
H:Clause 4 Payment
P:4.1 The Buyer shall pay:
P:(a) 10% of the Contract Price (CNY 208,400) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer;
P:(b) 55% of the Contract Price (CNY 1,146,200) within 15 days after the Installation Certificate. The Installation Certificate and this payment do not constitute acceptance;
P:(c) 35% of the Contract Price (CNY 729,400) within 15 days after Final Acceptance.
P:4.2 Each payment is made against a valid VAT invoice or, for imported items, the customs documents.
H:Clause 5 Delivery and Installation
P:5.1 The Equipment shall be delivered to the Buyer's pier in Rongcheng within 100 days after signature. Installation shall be completed within 25 days after delivery, weather permitting.
P:5.2 The Supplier shall prepare a mooring plan for each station, approved by the Buyer, that keeps the stations clear of the rafts' ropes and the harvesting boats' routes.
P:5.4 The Buyer shall give the Supplier access to its pier, dry storage space for the Equipment and a power supply at the two shore gateway sites.
P:5.3 If the Supplier fails to deliver or complete installation on time, it shall pay liquidated damages of CNY 2,500 for each day of delay, up to 10% of the Contract Price. Days on which the Buyer's own vessel captain declares the sea unsafe for work are excluded.
H:Clause 6 Sea Trial and Final Acceptance
P:6.1 After the Installation Certificate, the System shall run a 45-day sea trial. Final Acceptance requires that:
P:(a) every station reports at the agreed 10-minute interval and no station misses more than 36 consecutive readings;
P:(b) sensor readings agree with the Buyer's reference samples, analysed by the Rongcheng marine monitoring station, within the tolerances of Schedule 2;
P:(c) the low-oxygen and high-temperature alarms reach the duty manager's phone within 3 minutes in three simulated events;
P:(d) the ERP interface transfers daily averages without error;
P:(e) the documentation and training are complete.
P:6.2 If the trial fails, the Supplier shall correct the defects and the trial shall be repeated for the failed items. Installation, use of the data or any payment does not mean that the System is accepted.
H:Clause 7 Warranty and Maintenance
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment free of charge, including recovery of stations from the sea. Consumables such as wiper blades and sensor membranes are replaced free of charge during the four scheduled visits per year.
P:7.2 During the Warranty Period the Supplier shall make a maintenance visit each quarter to clean biofouling, calibrate sensors, check moorings and replace batteries.
P:7.3 Incidents shall be handled as follows. A Critical incident (data from more than one third of the stations lost, or the oxygen alarm not working) shall be responded to remotely within 1 hour and restored within 72 hours, weather permitting. A Major incident (one station lost or one sensor out of tolerance) shall be responded to within 8 hours and restored within 7 days. Other faults and questions shall be answered within 2 working days and dealt with at the next scheduled visit at the latest.
P:7.4 For each hour by which the response time for a Critical incident is exceeded, the Supplier shall pay CNY 600; for each day by which a restoration time is exceeded, CNY 1,000. These amounts are deducted from the next payment or claimed under the performance bond.
P:7.5 After the Warranty Period the Buyer may order maintenance for further years at an Annual Maintenance Fee of 8.5% of the Hardware and Licence Subtotal (CNY 154,683 per year), with the same scope and service levels. This fee is fixed for three years after the Warranty Period. Maintenance is ordered each year by purchase order and does not renew automatically.
P:7.6 The Supplier shall keep spare sensors for all Equipment types in Weihai or Qingdao and guarantee the supply of spare parts for eight years after Final Acceptance.
H:Clause 8 Intellectual Property
P:8.1 The Deliverables belong to the Buyer from the moment they are created. The Buyer may use, modify and license them freely. The Supplier shall hand over the source code of the ERP interface.
P:8.2 The Software and the Equipment firmware remain the property of their owners and are licensed to the Buyer perpetually for use with the System.
H:Clause 9 Data Security
P:9.1 All measurements, positions of the stations and rafts, alarm logs and harvest planning data belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Software runs on the Buyer's server in Rongcheng. The Supplier may access it remotely only through the Buyer's VPN, with the Buyer's approval for each session, and all sessions are logged. The Supplier shall not copy data outside the PRC.
P:9.3 The Supplier shall notify the Buyer of any security incident within 6 hours, help to contain it, and compensate the Buyer for the losses it causes.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, in particular the Buyer's farm layout, yields and prices, and shall disclose it only with the other party's prior written consent. This obligation continues for five years after the end of the Contract.
H:Clause 11 Subcontracting
P:11.1 The vessel operator Rongcheng Shidao Marine Services Co., Ltd. and the calibration laboratory named in Schedule 3 are approved by signature of this Contract. Any other subcontractor requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:Clause 12 Termination
P:12.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days of notice, or if liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment not accepted and take it back at its cost.
H:Clause 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
H:Clause 14 General
P:14.1 The Supplier shall insure the Equipment until Final Acceptance, including the risks of storms and loss at sea.
P:14.2 Neither party is liable for delay caused by typhoons, sea ice or other force majeure events, provided that it notifies the other party promptly and takes reasonable steps to limit the delay; the time for performance is extended accordingly.
P:14.3 This Contract is made in English and Chinese; both texts are equally authentic.
P:Schedule 1 Price list; Schedule 2 Sensor tolerances; Schedule 3 Approved subcontractors.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H116E04 = """
T:Managed IT and Desktop Support Services Agreement
P:Agreement reference: LMIT-SZ-2025-11
P:This Agreement is made between Lošinj Managed IT d.o.o., a company registered in Croatia with its seat at Riva lošinjskih kapetana 7, 51550 Mali Lošinj, Croatia, OIB 58209371146 (the "Provider"), and Suzhou Lanting Kunqu Arts School Co., Ltd., a company registered in the People's Republic of China with its address at No. 18 Pingjiang Road, Gusu District, Suzhou, Jiangsu Province (the "Customer").
P:Background: the Customer trains young Kunqu opera performers and musicians at two campuses in Suzhou and runs a small performance hall. It has no in-house IT team and wishes to outsource the management of its IT environment. The Provider manages IT for schools and cultural institutions and has agreed to do so. The charges are stated in CNY at the Customer's request.
H:Section 1 Definitions
P:1.1 "Services" means the managed IT services and desktop support described in Section 2 and Schedule A.
P:1.2 "Managed Estate" means the 186 endpoints (desktop computers, laptops and tablets), 9 servers and virtual hosts, the campus networks, Wi-Fi and firewalls of both campuses, and the audio-visual control system of the performance hall, as listed in Schedule B.
P:1.3 "Customer Data" means all data stored on or passing through the Managed Estate, including student and staff records, recordings of lessons and performances, scores and financial records.
P:1.4 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.
P:1.5 "Monthly Service Charge" means the charge set out in Section 5.1.
H:Section 2 Services
P:2.1 The Provider shall provide a service desk in Chinese and English by telephone, e-mail and portal from 07:30 to 21:30 China Standard Time, seven days a week, and on-call cover outside those hours for Priority 1 incidents.
P:2.2 The Provider shall monitor and patch all endpoints and servers, manage user accounts and the Customer's e-mail tenancy, run and test backups, manage the networks and firewalls, and keep the asset register up to date.
P:2.3 A resident engineer employed by the Provider shall be on site at the main campus on school days, and desktop support at the second campus shall be provided within the response times in Section 3.
P:2.4 The Provider shall support the performance hall's audio-visual system during scheduled performances, with an engineer present at the hall for every public performance notified at least five days in advance.
P:2.5 Each school year the Provider shall propose a plan for the replacement of ageing endpoints and for security improvements, with cost estimates. The Customer decides whether to adopt it; nothing in the plan obliges the Customer to buy from the Provider.
H:Section 3 Service Levels
P:3.1 The Provider shall keep the core services (campus network, Wi-Fi, e-mail, file servers and the student records system) available at least 99.97% of the time in each month, measured by the Provider's monitoring and reported monthly.
P:3.2 Incidents are prioritised and handled as follows:
P:(a) Priority 1, meaning a core service is down for a whole campus or the performance hall system fails during a performance: response within 30 minutes, engineer on site within 2 hours, restoration within 6 hours;
P:(b) Priority 2, meaning a core service is degraded or a group of users cannot work: response within 1 hour and restoration within 8 hours;
P:(c) Priority 3, meaning a single user or device is affected: response within 2 hours and resolution by the end of the next school day.
P:3.3 If the Provider misses a service level in a month, the Customer is entitled to a service credit: 5% of the Monthly Service Charge if availability falls below the level in Section 3.1, 10% if it falls below 99.5%; and 2% of the Monthly Service Charge for each Priority 1 incident whose response or restoration time is missed. Service credits are deducted from the next invoice, up to 25% of the Monthly Service Charge.
P:3.4 The Provider shall send a monthly service report with availability, incidents, tickets, patch status and backup test results, and meet the Customer's administration office every quarter to review it.
H:Section 4 Transition and Acceptance
P:4.1 Within 45 days after signature, the Provider shall take over the Managed Estate. Transition includes a full inventory, installation of the monitoring and patching agent on every endpoint and server, documentation of the networks, set-up of the service desk and a successful restore test of the backups of each server.
P:4.2 Transition Acceptance requires that every item in the Schedule B inventory reports to the monitoring system, the restore tests succeed, runbooks for all servers and the performance hall system are approved by the Customer, and the service desk has handled calls for ten school days without a missed response time. The Customer shall sign the Transition Acceptance certificate when these criteria are met; the start of the service desk alone is not acceptance.
P:4.3 If the Service Commencement Date is delayed beyond the 45 days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,000 for each day of delay, up to CNY 60,000.
H:Section 5 Charges and Payment
P:5.1 The Monthly Service Charge is CNY 46,500, for a term of 24 months from the Service Commencement Date (CNY 1,116,000 in total). The one-time Transition Charge is CNY 58,000. The total value of this Agreement is CNY 1,174,000, including Chinese VAT.
P:5.2 The Monthly Service Charge is invoiced monthly in arrears, after the Customer has received the monthly service report. The Transition Charge is invoiced after Transition Acceptance. No charge is payable in advance.
P:5.3 The charges are fixed for the term. Changes to the Managed Estate of more than ten endpoints are priced by written change order at CNY 210 per endpoint per month.
P:5.4 Hardware, software licences and spare parts bought for the Customer are not included and are purchased by the Customer directly or through a written order.
H:Section 6 Customer Data and Security
P:6.1 Customer Data belong to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's instructions, and shall not use them for any other purpose.
P:6.2 Student data include personal information of minors. The Provider shall comply with the PRC Personal Information Protection Law, the Data Security Law and the Cybersecurity Law and with the Customer's data protection policy.
P:6.3 All remote administration is carried out through a jump server located at the Customer's main campus, with multi-factor authentication and session recording. No Customer Data shall be stored or copied outside mainland China, and the Provider's staff in Croatia may view systems only through the jump server.
P:6.4 The Provider shall notify the Customer of any security incident within 8 hours of detection, take immediate steps to contain it, and compensate the Customer for any loss caused by a failure of the Provider to comply with this Section 6.
H:Section 7 Confidentiality
P:7.1 Each party shall keep confidential the other party's non-public information, including the Customer's student information, unpublished recordings and repertoire plans and the Provider's tools and prices, and shall not disclose it without the other party's prior written consent. This obligation continues for five years after the Agreement ends.
H:Section 8 Intellectual Property
P:8.1 The runbooks, configurations, scripts and documentation produced by the Provider for the Customer belong to the Customer, which may use, modify and give them to any successor provider.
P:8.2 The Provider's monitoring and service desk tools remain the Provider's property and are used under this Agreement only.
H:Section 9 Liability
P:9.1 Each party's total liability under this Agreement is limited to 150% of the total value stated in Section 5.1, except for personal injury, wilful misconduct and breaches of Sections 6 and 7.
H:Section 10 Subcontracting
P:10.1 Suzhou Gusu Digital Services Co., Ltd. is approved as the Provider's subcontractor for cabling work and for cover of the resident engineer during leave. The Provider shall not use any other subcontractor without the Customer's prior written consent, and remains responsible for all subcontracted work.
H:Section 11 Term and Termination
P:11.1 This Agreement begins on signature and ends 24 months after the Service Commencement Date. It may be extended only by written agreement of both parties.
P:11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if availability falls below 99.5% in two consecutive months.
P:11.3 On expiry or termination, the Provider shall give up to 60 days of exit assistance and hand over all credentials, documentation and Customer Data to the Customer or its new provider.
H:Section 12 Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the Republic of Croatia.
P:12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Permanent Arbitration Court at the Croatian Chamber of Economy in Zagreb, in the English language.
H:Section 13 General
P:13.1 Notices must be in writing and sent to the addresses above. This Agreement and its Schedules are the entire agreement of the parties.
P:13.2 Neither party may assign this Agreement without the other party's written consent. Amendments are valid only in writing.
P:Schedule A Service description; Schedule B Managed Estate inventory.
P:For the Provider: ____________________    For the Customer: ____________________
"""

SOURCES = {"h116z01": H116Z01, "h116z02": H116Z02, "h116e03": H116E03, "h116e04": H116E04}
TARGETS = {"h116z01": ("h116z01_tree_monitoring_platform_integration.docx", "docx"),
           "h116z02": ("h116z02_tyre_xray_inspection_supply_maintenance.pdf", "pdf"),
           "h116e03": ("h116e03_kelp_farm_sea_sensors_maintenance.docx", "docx"),
           "h116e04": ("h116e04_kunqu_school_managed_it_desktop_support.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
