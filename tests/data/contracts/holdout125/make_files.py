"""Builds the .docx and .pdf contracts of holdout125 from the markup kept below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .txt/.md contracts and the .json labels are written directly.
Markup: T: title, H: heading, P: paragraph, LN: numbered list item, TB: table row (cells split by |).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H125Z01 = """
T:晋川省污染源在线监控平台升级改造项目政府采购合同
P:合同编号：JCHB-ZFCG-2026-017　　采购方式：公开招标　　招标编号：JCZC-2026-GK-0342
P:采购人（甲方）：晋川省生态环境厅
P:供应商（乙方）：晋川清测环境科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及有关规定，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书以及乙方在评标过程中作出的澄清和承诺，均为本合同的组成部分；上述文件与本合同条款不一致的，以本合同条款为准。
H:第一条 定义
P:1.1 "平台"指本项目建设的污染源在线监控平台，包括数据汇聚、超标预警、运维监管、执法联动和移动端五个子系统。
P:1.2 "定制开发成果"指乙方为本项目专门编写的程序、预警模型、接口、数据库设计、报表及相关技术文档。
P:1.3 "监测数据"指通过平台采集、传输、存储、处理的排污单位自动监测数据、工况数据、视频图像、运维记录及其衍生数据。
P:1.4 "一级故障"指平台整体不可用，或全省监测数据接收中断，或向生态环境部国家平台的数据报送中断。
H:第二条 项目内容与合同价款
P:2.1 乙方负责平台软件供货、服务器及存储设备供货、数采接入网关的供货与安装、定制开发、系统集成、历史数据迁移和培训，具体技术要求以招标文件第五章《采购需求》为准。
P:2.2 合同总价为人民币叁佰陆拾捌万元整（¥3,680,000），为固定总价，已包括设备、软件、运输、安装、测试、税费及乙方完成本项目所需的全部费用。分项价格如下：
P:（1）污染源在线监控平台软件许可（永久许可，不限用户数）：¥1,260,000；
P:（2）服务器、存储及安全设备：¥846,000；
P:（3）数采接入网关60台，单价¥9,800：¥588,000；
P:以上软硬件小计：¥2,694,000。
P:（4）定制开发（排放超标预警模型、国家平台数据对接、执法联动接口）：¥712,000；
P:（5）系统集成、安装调试与历史数据迁移：¥238,000；
P:（6）培训：¥36,000。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%，即¥736,000，作为预付款。
P:3.2 平台通过初步验收后10个工作日内，甲方支付合同总价的45%，即¥1,656,000。
P:3.3 平台通过最终验收且乙方移交全部竣工资料后10个工作日内，甲方支付合同总价的35%，即¥1,288,000。
P:3.4 乙方应在每次付款前开具合法有效的发票。本项目资金为省级财政资金，甲方按国库集中支付程序付款。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后90日内完成全部设备到货，150日内完成系统部署并进入试运行。
P:4.2 设备到货后由双方共同开箱清点并签署到货签收单。到货签收仅确认数量、型号和外观，不代表质量验收。
P:4.3 乙方应指派具有相应资格的项目经理常驻甲方现场，未经甲方同意不得更换。
P:4.4 乙方应为甲方及各设区市生态环境局的系统管理员和业务人员提供不少于两期集中培训，并提供操作手册和培训视频。
H:第五条 验收
P:5.1 试运行期为60日。试运行期满后，乙方提出初验申请，甲方组织初步验收，验收标准为：（一）全省1,860家重点排污单位的监测数据全部接入，数据传输符合《污染物在线监控（监测）系统数据传输标准》（HJ 212-2017）；（二）超标数据到达平台后1分钟内完成预警推送；（三）向国家平台的数据报送连续10日无差错；（四）第三方安全测评未发现高危漏洞；（五）招标文件所列全部功能点逐项测试通过。
P:5.2 初验合格后进入90日稳定运行期，期间未发生一级故障的，甲方组织最终验收，可邀请专家参加。最终验收合格的，双方签署最终验收报告。
P:5.3 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在20日内整改后重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供软件升级、缺陷修复、硬件维修更换及现场技术支持。
P:6.2 故障响应时限：一级故障30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，次日内解决；三级故障5个工作日内解决。
P:6.3 乙方每超出上述响应或恢复时限1小时，甲方可从应付款项中扣除¥800，或要求乙方另行支付；一年内发生一级故障超过3次的，乙方另行向甲方支付违约金¥20,000。
P:6.4 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不高于软硬件小计的9%，即每年不超过¥242,460，且在质保期满后两年内不得上调。
H:第七条 知识产权
P:7.1 定制开发成果的著作权及其他知识产权自交付之日起归甲方所有。乙方应交付全部源代码和技术文档，甲方有权自行或委托第三方使用、修改和部署。
P:7.2 平台标准软件的知识产权属于乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其所属生态环境监测机构。
P:7.3 乙方保证所交付的软硬件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 监测数据归甲方所有。乙方仅为履行本合同接触监测数据，不得复制、留存、向任何第三方提供或用于其他目的。
P:8.2 平台部署于甲方电子政务外网机房，按网络安全等级保护第三级要求建设。乙方人员远程维护须经甲方逐次审批并通过堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、排污单位商业秘密及其他非公开信息负有保密义务，未经甲方书面许可，不得向第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期进入试运行或逾期通过验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的货物不符合合同约定的，应负责更换并承担由此产生的费用。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包
P:乙方不得转包本项目。经甲方书面同意，乙方可将综合布线等非主体、非关键性工作分包，并对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除本合同：（一）严重违约，且在收到甲方书面通知后10日内未纠正；（二）违反第八条的约定；（三）转包或者未经甲方同意分包。
P:12.2 因乙方原因解除合同的，乙方应退还已收取的款项，并赔偿甲方损失。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，根据影响程度部分或全部免除责任。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:附件：一、分项报价表；二、技术需求偏离表；三、项目实施计划；四、故障分级定义。附件为本合同组成部分。
P:本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：晋川省生态环境厅　　乙方（盖章）：晋川清测环境科技有限公司
P:签订日期：2026年　月　日
"""

H125Z02 = """
T:冷轧带钢表面缺陷在线检测系统采购及维保合同
P:合同编号：HX-LZ-SB-2026-0415
P:甲方（买方）：河西宏轧带钢有限公司
P:乙方（卖方）：苏州明察视觉科技有限公司
P:甲方为其二号冷轧线和精整线采购带钢表面缺陷在线检测系统，乙方愿按本合同约定供货、安装、调试，并在质保期满后提供维保服务。双方经平等协商，订立本合同。
H:一、定义
P:（一）"系统"指本合同价格表所列相机、光源、图像处理服务器、缺陷分类软件及其附件组成的带钢表面缺陷在线检测系统。
P:（二）"缺陷分类模型"指乙方以甲方提供的带钢缺陷样本为基础训练、调优的分类模型及其参数、样本标注库。
P:（三）"终验"指本合同第五部分所述的最终验收。
P:（四）"一级故障""二级故障""三级故障"的定义见本合同第六部分的故障分级表。
H:二、供货范围与合同价格
P:（一）合同总价为人民币壹佰玖拾肆万元整（¥1,940,000），含增值税、包装、运输、保险、安装调试、样本标定及培训费用。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|高速线阵相机（8K，上下表面各8台）|16台|46,500|744,000
TB:2|LED高亮线光源|16套|12,800|204,800
TB:3|图像处理服务器|4台|86,000|344,000
TB:4|缺陷分类软件许可（上、下表面各一套，永久许可）|2套|158,000|316,000
TB:5|防护罩、冷却装置及安装支架|2套|62,600|125,200
TB:|设备及软件小计|||1,734,000
TB:6|安装调试及缺陷样本标定|1项|186,000|186,000
TB:7|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||1,940,000
P:（二）上述价格为固定价格，合同履行期间不因原材料价格、汇率等因素调整。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%，即¥194,000，作为预付款。
P:（二）设备全部到货，经双方开箱清点并签署到货签收单后，甲方支付合同总价的50%，即¥970,000。到货签收单仅确认品名、数量和外观，不构成质量验收。
P:（三）系统通过终验并签署终验证书后，甲方支付合同总价的40%，即¥776,000。
H:四、交货与安装
P:（一）乙方应在合同签订后75日内将全部设备运抵甲方二号冷轧线现场，并在甲方年度检修窗口期内完成安装。
P:（二）安装期间，乙方人员应遵守甲方安全生产管理制度，进入产线区域前须接受甲方安全交底。
P:（三）甲方负责提供设备基础、电源、压缩空气和冷却水接口，并提供乙方调试所需的停机时间。
P:（四）设备包装应适合长途运输和现场吊装，相机、光源等精密部件应采取防震、防潮措施。因包装不当造成的损坏由乙方负责。
P:（五）乙方应随货提供装箱单、产品合格证、出厂检验报告、安装手册和操作维护手册各两套。
H:五、验收
P:（一）系统安装调试完成后，进入45日在线试运行。试运行期满，甲方按下列标准组织终验：
P:1．在产线速度不超过每分钟600米时，对孔洞、边裂、辊印、夹杂、划伤等十类典型缺陷的检出率不低于95%，分类准确率不低于90%；
P:2．缺陷图像及位置信息在带钢通过检测区后2秒内显示于操作台，并与钢卷号、米数准确对应；
P:3．与甲方MES及质量判定系统的接口连续运行20日无差错；
P:4．试运行期间系统未发生一级故障。
P:（二）终验合格的，双方签署终验证书。设备到货、安装完毕、上线试运行或甲方使用系统，均不视为终验合格。终验不合格的，乙方应在30日内整改并重新组织终验。
P:（三）终验前，乙方应提交试运行报告、检出率及分类准确率统计、缺陷样本标注库清单和系统配置备份，作为终验资料存档。
H:六、质量保证
P:（一）系统质保期为八个月，自双方签署终验证书之日起计算。质保期内，乙方免费维修或更换出现故障的设备和部件，并免费提供软件缺陷修复。
P:（二）质保期内及维保期内，乙方按下表的故障分级提供服务：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|任一表面检测中断，或系统无法出具钢卷缺陷报告|20分钟|3小时|8小时
TB:二级|单台相机或单台服务器故障，系统降级运行|1小时|次日|48小时
TB:三级|操作界面、报表等不影响检测的问题|1个工作日|按需|10个工作日
P:（三）乙方未在上述时限内响应、到场或恢复的，每超时1小时，甲方有权从应付款项或维保费中扣减¥1,200。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方应按甲方要求继续提供维保服务，内容包括每季度巡检、相机标定、光源更换、备件供应、软件升级以及缺陷分类模型的优化。
P:（二）年度维保费按设备及软件小计的25%计收，即每年¥433,500，在质保期满后五年内保持不变。
P:（三）维保服务按年度签订维保订单，不自动续期。
P:（四）维保期内，乙方应在甲方现场常备相机、光源及服务器硬盘等关键备件，备件清单由双方在首个维保年度开始前确认。
P:（五）维保期内的故障响应、到场及恢复时限和超时扣减，与质保期相同。
H:八、知识产权
P:（一）缺陷分类模型及其参数、样本标注库，以及乙方为甲方定制的接口程序和报表，其知识产权归甲方所有，乙方应于终验时一并交付。甲方可自行或委托第三方使用、修改和再训练。
P:（二）缺陷分类软件、相机固件等乙方或第三方原有产品的知识产权不因本合同转移，乙方授予甲方永久使用许可。
P:（三）乙方保证其交付的设备和软件不侵犯第三方专利权、著作权等合法权利；因侵权引起的纠纷由乙方负责处理，并赔偿甲方因此遭受的损失。
H:九、数据安全
P:（一）系统采集的带钢图像、缺陷记录、工艺参数等生产数据均属甲方所有，乙方不得复制、带离或用于本合同以外的目的，包括用于训练其他客户的模型。
P:（二）系统部署在甲方工控网络内，与办公网络物理隔离。乙方远程诊断须经甲方逐次审批，通过甲方提供的VPN及堡垒机接入，并全程录屏。
P:（三）发生数据泄露或系统被非法侵入的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担由此给甲方造成的全部损失。
H:十、保密
P:双方对在合同订立和履行过程中获悉的对方技术信息、经营信息和产线工艺参数负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）系统经两次整改仍不能通过终验的，甲方有权退货，乙方应退还全部已付款项并赔偿甲方损失。
P:（三）甲方逾期付款的，按同期贷款市场报价利率向乙方计付利息。
H:十二、分包
P:乙方不得将本合同项下的设备供货和软件调试分包。安装支架现场焊接等辅助作业确需分包的，应事先取得甲方书面同意，乙方对分包作业承担全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后20日内仍未纠正的，甲方有权解除合同；乙方逾期交货超过45日的，甲方亦可解除合同。合同解除后，乙方应在30日内退还甲方已付款项中与未交付或不合格部分相对应的金额，并自行拆除、运走已安装的设备。
H:十四、不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应在事件发生后5日内书面通知对方，并提供有关证明，履行期限相应顺延。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交唐山仲裁委员会仲裁。
H:十六、其他
P:附件：技术规格书、到货签收单格式、终验测试方案。附件与本合同具有同等效力。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：河西宏轧带钢有限公司　　乙方（盖章）：苏州明察视觉科技有限公司
"""

H125E03 = """
T:Supply, Installation and Maintenance Contract for an Offshore Water-Quality Monitoring System
P:Contract No. RCHY-2026-WQ-009
P:This Contract is made between Rongcheng Haiyu Abalone Farming Co., Ltd., a company established in the People's Republic of China with its registered office at Xixiakou Village, Rongcheng, Weihai, Shandong Province (the "Buyer"), and Tudy Marine Instruments SAS, a company established in France with its registered office at 3 Quai de Port-Tudy, 29980 Île-Tudy, France (the "Supplier").
P:The Buyer farms abalone in suspended cages in three sea areas off Rongcheng. After a competitive negotiation, the Buyer has selected the Supplier to supply, install and maintain a system that measures water quality at the cages and warns staff of low oxygen, temperature shocks and algal blooms. This Contract is on the Buyer's standard form. At the Buyer's request, all prices are in Chinese Renminbi.
H:Section 1 Definitions
P:1.1 "System" means the sondes, buoy platforms, gateways, monitoring software and accessories listed in Section 3, as installed at the Sites.
P:1.2 "Sites" means the Buyer's farming areas A (Xixiakou), B (Chudao) and C (Shidao Bay).
P:1.3 "Custom Work" means the dashboards, alarm rules, reports and interface to the Buyer's feeding-management software prepared by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, logs and other data produced by the System or supplied by the Buyer.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Section 7.
H:Section 2 Scope
P:2.1 The Supplier shall design the layout, manufacture or procure, deliver, moor, install, configure and calibrate the System, carry out the Custom Work, train the Buyer's staff, and provide warranty and maintenance services as set out in this Contract.
P:2.2 The Buyer shall provide a vessel for installation days, berthing at its jetty, a room for the server and access to its office network.
P:2.3 The Supplier shall deliver, in Chinese and English, operating manuals, calibration procedures, a spare-parts list and as-built drawings showing the position and mooring of every buoy.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 1,782,000, fixed and inclusive of VAT, duties, freight to Rongcheng, insurance and all other costs. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality sonde (dissolved oxygen, temperature, salinity, pH, chlorophyll)|24|38,600|926,400
TB:2|Buoy platform with solar power and battery|12|24,500|294,000
TB:3|4G/LoRa gateway|6|11,200|67,200
TB:4|Monitoring software licence (perpetual, 30 users)|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||1,455,600
TB:5|Installation, mooring and calibration|1|212,000|212,000
TB:6|Custom Work (dashboards, alarm rules, feeding-software interface)|1|96,000|96,000
TB:7|Training|1|18,400|18,400
TB:|Contract Price|||1,782,000
H:Section 4 Payment
P:4.1 The Buyer shall pay 10 % of the Contract Price (CNY 178,200) within 20 days after receiving an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55 % of the Contract Price (CNY 980,100) after the Installation Certificate has been signed.
P:4.3 The Buyer shall pay the remaining 35 % of the Contract Price (CNY 623,700) after Final Acceptance.
P:4.4 Each payment is due within 30 days after the Buyer receives a correct invoice.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver the System DAP Rongcheng (Incoterms 2020) within 70 days of signature and complete installation at all Sites within 40 days of delivery, subject to weather windows agreed with the Buyer's sea-operations manager.
P:5.2 When all units are moored, powered and transmitting, the parties sign an Installation Certificate. The Installation Certificate confirms only the physical installation and is not acceptance of the System.
P:5.3 The Supplier shall pack the sondes for sea freight and for handling on small vessels. Loss of or damage to the System before the Installation Certificate is at the Supplier's risk.
H:Section 6 Delay
P:6.1 If the Supplier fails to complete installation by the date in Section 5.1 for reasons not caused by the Buyer or by force majeure, the Supplier shall pay the Buyer liquidated damages of 0.07 % of the Contract Price for each day of delay, up to 7 % of the Contract Price.
P:6.2 Bad weather counts as force majeure only for days on which the Rongcheng maritime authority has suspended small-vessel operations.
H:Section 7 Acceptance
P:7.1 After installation the System runs for a 45-day trial. Final Acceptance requires that:
LN:the readings of every sonde agree with reference measurements by the Buyer's laboratory within dissolved oxygen ±0.2 mg/L, temperature ±0.1 °C and salinity ±0.3 PSU on three sampling days;
LN:measurements reach the dashboard within five minutes of being taken;
LN:alarm messages reach the Buyer's duty phones within two minutes after a threshold is crossed;
LN:the System runs for 20 consecutive days without a Severity 1 incident; and
LN:training is complete and the as-built documentation has been delivered.
P:7.2 If the criteria are met, the Buyer signs the Final Acceptance Certificate within seven days. Operation of the System by the Buyer during the trial, or any payment, is not acceptance. If the criteria are not met, the Supplier shall remedy the defects and the test days shall be repeated.
H:Section 8 Warranty
P:8.1 The Supplier warrants the System against defects in design, materials and workmanship for 24 months from Final Acceptance.
P:8.2 During the warranty the Supplier shall repair or replace defective parts free of charge, including transport, vessel days beyond those the Buyer provides, and diving work. Sensor membranes, wipers and anti-fouling sleeves are consumables and are outside the warranty.
P:8.3 A part repaired or replaced during the warranty is warranted for the rest of the warranty period or for six months from its replacement, whichever ends later.
H:Section 9 Service Levels
P:9.1 During the warranty and any maintenance year, incidents are handled as follows: Severity 1 (a whole Site stops reporting, or alarms fail): response within 45 minutes and restoration within 48 hours, weather permitting; Severity 2 (a single sonde or buoy fails): response within 2 hours and restoration within five days; Severity 3 (other faults): response by the next business day.
P:9.2 For each hour by which the Supplier exceeds a Severity 1 response time, the Buyer may deduct CNY 800, and for each day by which it exceeds a Severity 1 restoration time, CNY 2,000, from any amount payable to the Supplier.
H:Section 10 Maintenance after the Warranty
P:10.1 For the three years following the warranty the Supplier shall provide maintenance, including two calibration visits per year, spare sondes on loan and software updates, if the Buyer orders it.
P:10.2 The annual maintenance fee is 10.5 % of the Equipment and Licence Subtotal, that is CNY 152,838 per year, fixed for those three years. Each year is ordered by a separate purchase order; maintenance does not renew automatically.
H:Section 11 Intellectual Property
P:11.1 The Custom Work, including its source files and documentation, belongs to the Buyer from delivery. The Buyer may use, modify and have it maintained by others.
P:11.2 The monitoring software and sonde firmware remain the property of the Supplier or its licensors; the Buyer's licence to them is perpetual.
H:Section 12 Buyer Data and Security
P:12.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not publish, sell or otherwise exploit it.
P:12.2 The monitoring server is installed at the Buyer's premises. The Supplier may access it remotely only through an account the Buyer approves for each session, with multi-factor authentication; the Supplier shall not copy Buyer Data outside mainland China.
P:12.3 The Supplier shall report any security incident affecting the System or Buyer Data within 12 hours, take immediate measures to contain it and bear the loss caused by incidents resulting from its fault.
P:12.4 At the end of the Contract the Supplier shall delete any Buyer Data held by it and confirm this in writing.
H:Section 13 Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information obtained under this Contract, including the Buyer's farm layout, stocking densities and production figures, during the Contract and for five years after.
H:Section 14 Liability
P:The Supplier's total liability under this Contract shall not exceed 150 % of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Sections 12 and 13.
H:Section 15 Subcontracting
P:The Supplier may engage a local marine contractor for mooring and diving work only after the Buyer has approved that contractor in writing. The Supplier shall not subcontract any other part of the work and remains responsible for any approved subcontractor.
H:Section 16 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach that it has not remedied within 20 days after written notice, or if the liquidated damages under Section 6 reach their maximum.
H:Section 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
H:Section 18 General
P:This Contract is signed in two originals in English. Annex 1 (Technical Specification) and Annex 2 (Site Layout) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H125E05 = """
T:Subscription Agreement for the "Eolie Docs" Export Documentation API
P:Between Eolie DocTrade S.r.l., with registered office in Via San Pietro 7, 98050 Panarea, Lipari (ME), Italy, VAT number IT03871560831, registered in the Companies Register of Messina, in the person of its sole director Ms Giulia Natoli (hereinafter the "Provider"),
P:and Zhejiang Longquan Qingyao Celadon Import & Export Co., Ltd., with registered office at 88 Jianchuan Avenue, Longquan, Lishui, Zhejiang Province, People's Republic of China, in the person of its legal representative Mr Ye Jianming (hereinafter the "Client"),
P:(each a "Party" and together the "Parties").
H:Premises
P:(a) The Provider develops and operates "Eolie Docs", an application programming interface which produces commercial invoices, packing lists, certificate-of-origin application data and customs pre-declaration data for exporters.
P:(b) The Client exports celadon tableware and art pieces from Longquan to customers in the European Union, the Middle East and South-East Asia and wishes to generate its export documents directly from its order system.
P:(c) At the Client's request, the fees under this Agreement are expressed and paid in Chinese Renminbi.
P:All this premised, the Parties agree as follows.
H:Art. 1 - Premises and Annexes
P:1.1 The premises and the annexes form an integral and substantial part of this Agreement. Annex 1 contains the technical description of the API, Annex 2 the integration test plan and Annex 3 the hosting partner.
H:Art. 2 - Definitions
P:2.1 "API" means the Eolie Docs interface, its documentation and the web console. "Client Data" means all data that the Client sends to the API or that the API produces for the Client, including buyers' names and addresses, product descriptions, HS codes, quantities, values and shipping details. "Activation Date" means the date of the Integration Acceptance certificate under Art. 6.
H:Art. 3 - Object
P:3.1 The Provider grants the Client access to the API for five user seats and up to 60,000 API calls per year. Additional calls are charged at CNY 0.40 each.
P:3.2 The web console allows the Client's staff to review, correct and approve each document before it is issued, keeps a history of every version, and exports documents in PDF and in the data formats used by the Client's freight forwarders.
P:3.3 The Provider shall connect the API to the Client's order system, configure document templates for the Client's main destination countries and train the Client's shipping staff (the "Onboarding").
H:Art. 4 - Duration and Renewal
P:4.1 This Agreement lasts 24 months from the Activation Date.
P:4.2 On expiry, the Agreement is tacitly renewed for further periods of one year each, unless either Party cancels it by registered letter or certified e-mail (PEC) at least 60 days before expiry.
P:4.3 At each renewal the Provider may update the annual fee, by written notice sent at least 90 days before expiry, by up to 6 % of the annual fee of the preceding year.
H:Art. 5 - Fees and Payment
P:5.1 The annual fee is CNY 148,000, for a total of CNY 296,000 over the initial 24 months. The Onboarding fee is CNY 34,000. The total amount of this Agreement is therefore CNY 330,000.
P:5.2 The annual fee is invoiced quarterly in arrears, CNY 37,000 per quarter. The Onboarding fee is invoiced after Integration Acceptance. No amount is due in advance.
P:5.3 Invoices are payable within 30 days by bank transfer.
H:Art. 6 - Onboarding and Integration Acceptance
P:6.1 The Provider shall complete the Onboarding within 60 days of signature.
P:6.2 Integration Acceptance takes place when: (i) the API is connected to the Client's order system in production; (ii) 200 test shipments to six destination countries produce complete documents with no field errors; (iii) HS-code validation flags every deliberately wrong code in the test set; (iv) documents are produced in Chinese, English and the language required by the destination; and (v) the Client's shipping staff have been trained. The Parties sign an Integration Acceptance certificate. Live use before that certificate does not amount to acceptance.
P:6.3 If the tests fail, the Provider shall correct the errors within ten business days and the tests shall be repeated in full.
P:6.4 For each day of delay in Integration Acceptance attributable to the Provider, the Provider shall pay a penalty of CNY 250, without prejudice to compensation for further damage.
H:Art. 7 - Service Levels
P:7.1 The API shall be available at least 99.98 % of each calendar month, excluding maintenance announced five days in advance and performed outside 08:00-20:00 Beijing time.
P:7.2 Priority 1 incidents (API unavailable, or documents rejected by customs because of a Provider error) receive a response within one hour, at any time; Priority 2 incidents within three hours on business days; Priority 3 requests within two business days.
P:7.3 For each started 0.1 percentage point of availability below the level in Art. 7.1, the Client is entitled to a rebate of 5 % of the monthly share of the annual fee. For each started hour of delay in responding to a Priority 1 incident, the Client is entitled to a further rebate of CNY 400.
H:Art. 8 - Client Data
P:8.1 Client Data belongs to the Client. The Provider processes it to provide the services under this Agreement.
P:8.2 The Client authorises the Provider to use anonymised and aggregated data derived from Client Data, such as HS codes, quantities, values, destinations and transit times, to prepare statistics, market reports and benchmarks which the Provider offers to its other clients. This authorisation continues after the end of this Agreement.
H:Art. 9 - Data Security
P:9.1 Client Data is stored and processed in a mainland China region of the hosting partner named in Annex 3, with encryption in transit and at rest, multi-factor authentication for administrators and access logs kept for one year.
P:9.2 The Provider's staff in Italy access Client Data only for support, through a logged session, and in compliance with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 The Provider shall notify the Client of any security incident affecting Client Data within 24 hours, take the measures needed to limit its effects and compensate the Client for the damage resulting from incidents attributable to the Provider.
H:Art. 10 - Confidentiality
P:10.1 Each Party shall keep confidential the information received from the other Party, including prices, customer lists and shipping volumes, and shall use it only for this Agreement, during its term and for three years after.
H:Art. 11 - Intellectual Property
P:11.1 The API and the Provider's software remain the exclusive property of the Provider.
P:11.2 Document templates, field mappings and integration code prepared specifically for the Client belong to the Client, which may use, modify and entrust them to third parties freely.
H:Art. 12 - Subcontracting
P:12.1 The hosting partner named in Annex 3 is approved by the Client on signature. The Provider shall not entrust any other part of the services to third parties without the Client's prior written consent.
H:Art. 13 - Liability
P:13.1 Neither Party is liable for indirect damage or loss of profit, except in case of wilful misconduct or gross negligence. Nothing in this Agreement excludes or limits liability where Art. 1229 of the Italian Civil Code does not allow it.
H:Art. 14 - Termination
P:14.1 Pursuant to Art. 1456 of the Italian Civil Code, the Client may terminate this Agreement by registered letter or PEC if the Provider breaches Art. 9, 10 or 12, or if monthly availability falls below the level in Art. 7.1 in three consecutive months.
P:14.2 In case of any other serious breach, either Party may send the other a written notice to perform within twenty days; if the breach is not remedied, the Agreement is terminated.
P:14.3 On termination the Provider shall return all Client Data in a standard format within 30 days and then delete it.
H:Art. 15 - Force Majeure
P:15.1 Neither Party is liable for failures caused by events beyond its reasonable control. Failures of the hosting partner are force majeure only if the partner itself is affected by such an event.
H:Art. 16 - Governing Law and Arbitration
P:16.1 This Agreement is governed by Italian law.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration under the Rules of the Milan Chamber of Arbitration, by a sole arbitrator. The seat of arbitration is Milan and the language is English.
H:Art. 17 - Final Provisions
P:17.1 Any amendment to this Agreement must be made in writing. Communications are made by PEC or e-mail to the addresses in Annex 1.
P:17.2 This Agreement is drawn up in English. If any provision is held invalid, the remaining provisions stay in force.
P:17.3 Read, confirmed and signed. Panarea and Longquan, ______ 2026.
P:The Provider ____________________    The Client ____________________
P:Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Client specifically approves the following clauses: Art. 4 (tacit renewal and fee update); Art. 8.2 (use of anonymised and aggregated data); Art. 13 (liability); Art. 16 (governing law and arbitration).
P:The Client ____________________
"""

SOURCES = {"h125z01": H125Z01, "h125z02": H125Z02, "h125e03": H125E03, "h125e05": H125E05}
TARGETS = {"h125z01": ("h125z01_provincial_ecology_pollution_monitoring_platform.pdf", "pdf"),
           "h125z02": ("h125z02_steel_strip_surface_defect_inspection.docx", "docx"),
           "h125e03": ("h125e03_rongcheng_abalone_farm_sea_sensors_maintenance.docx", "docx"),
           "h125e05": ("h125e05_longquan_celadon_export_document_api_italian_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
