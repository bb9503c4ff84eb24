"""Builds the Word and PDF contracts of holdout119 from the markup below (see ../word_pdf.py for the markup:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; it writes the four files next to this script. The .md and .txt
contracts of this set are plain files and are not generated.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H119Z02 = """
T:镜片表面缺陷视觉检测设备采购及维保合同
P:合同编号：MSGX-SB-2025-0419
P:甲方（买方）：丹阳明视光学科技有限公司
P:乙方（卖方）：苏州锐检智能装备有限公司
P:为提升树脂镜片及膜层镜片的出厂检验效率，甲方向乙方采购镜片表面缺陷视觉检测设备，并委托乙方在质保期满后提供维保服务。双方经协商一致，订立本合同，共同遵守。
H:一、合同标的与价格
P:（一）乙方向甲方提供6台双工位镜片表面缺陷视觉检测机及配套的膜层检测模块、工控与推理单元、检测算法软件许可和质量数据管理系统，并负责安装调试、MES接口开发、样本标注与模型训练以及人员培训。
P:（三）乙方保证所供设备为全新、未使用过的原厂产品，其技术参数符合双方签署的技术协议。
P:（二）合同总价为人民币贰佰伍拾伍万伍仟元整（¥2,555,000），含增值税、包装、运输、保险及安装费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|镜片表面缺陷视觉检测机（双工位，含线阵相机、同轴光源、自动上下料）|6台|268,000|1,608,000
TB:2|膜层色差及反射率检测模块|6套|42,500|255,000
TB:3|工控机及GPU推理单元|6套|36,800|220,800
TB:4|缺陷检测算法软件许可（永久）|6套|28,000|168,000
TB:5|质量数据管理服务器及软件|1套|96,400|96,400
TB:|设备及软件小计|||2,348,200
TB:6|MES接口开发及产线联调|1项|78,600|78,600
TB:7|安装调试、样本标注与模型训练|1项|112,000|112,000
TB:8|操作及维护培训|1项|16,200|16,200
TB:|合计|||2,555,000
H:二、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥255,500。
P:（二）设备全部到货并完成安装调试后，甲方支付合同总价的40%，即¥1,022,000。到货及安装仅确认设备数量和状态，不视为验收。
P:（三）终验合格并签署终验报告后，甲方支付合同总价的50%，即¥1,277,500。
P:（四）乙方每次收款前应开具等额增值税专用发票。甲方付款账户及乙方收款账户以合同首页记载为准，变更须书面通知。
H:三、交货与安装
P:（一）交货期为合同生效后七十五日内，交货地点为甲方位于丹阳市开发区的厂区二号车间。
P:（二）乙方负责设备就位、接线、调试以及与现有清洗线、镀膜线的机械对接。安装期间，乙方人员应遵守甲方洁净车间管理制度。
P:（三）乙方应在发货前五日通知甲方，并随货提供装箱单、合格证、相机及光源的出厂检测报告、电气图纸和操作手册。设备安装完成前的毁损灭失风险由乙方承担。
P:（四）乙方应为甲方培训操作人员不少于20名、设备维护人员不少于4名，经考核合格后方可独立上岗。
H:四、验收
P:（一）安装调试完成后，双方在甲方产线上进行连续七十二小时带料试运行，并按以下标准进行终验：1.对甲方提供的5,000片标准缺陷样本，划伤、麻点、膜裂、水印等缺陷的漏检不超过10片；2.对良品的误判不超过80片；3.单台检测节拍不低于每小时1,800片；4.检测结果及缺陷图像按批次实时写入甲方MES，无数据丢失；5.甲方操作人员经培训后能独立完成换型和参数设置。
P:（二）终验合格的，双方签署终验报告。终验不合格的，乙方应在二十日内整改并重新组织终验；第二次终验仍不合格的，甲方有权退货并解除合同。
P:（三）终验报告签署前，甲方因生产需要使用设备的，不视为验收合格。
H:五、质量保证
P:（一）质保期为三十六个月，自终验合格之日起计算。质保期内，乙方免费提供设备维修、零部件更换、软件缺陷修复以及检测模型的优化升级，相机、光源等易损件亦免费更换。
P:（二）质保期内的故障按下表分级处理：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|整机停机，或漏检异常导致产线停线|5小时|24小时|48小时
TB:二级|单工位故障，或误判明显增加|8小时|48小时|72小时
TB:三级|软件界面、报表等一般问题|1个工作日|按需|10个工作日
P:（三）乙方未按上表时限响应、到场或修复的，每超时一小时，甲方可扣减人民币500元，从应付款项或维保费中抵扣。
P:（四）质保期内同一部件因质量问题维修三次仍不能正常工作的，乙方应免费更换同型号新部件。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按本条提供年度维保服务，内容包括季度巡检、故障维修、软件升级及远程技术支持；更换的零部件按成本价另行计收。
P:（二）年度维保费按设备及软件小计的18%计取，即每年¥422,676，自质保期满之日起三年内固定不变，于每个服务年度结束后支付。
P:（三）维保服务期间的故障分级、响应时限和扣减标准与本合同五（二）、五（三）相同。每个服务年度届满前，双方书面确认是否续签，不自动续期。
P:（四）维保期间，乙方每季度提交设备运行及维护报告，内容包括故障统计、检测精度复核和易损件状态。
H:七、知识产权
P:（一）乙方为甲方开发的MES接口程序、针对甲方样本训练形成的专属检测模型及其参数、相关技术文档归甲方所有，甲方可自行修改或交由第三方使用。
P:（二）检测算法软件本身的知识产权归乙方所有，乙方授予甲方在所购设备上永久使用该软件的许可。
H:八、数据安全
P:（一）设备采集的镜片图像、缺陷样本、生产批次及质检数据归甲方所有。乙方不得将上述数据用于其他客户的模型训练，或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方当班IT人员审批，通过甲方提供的VPN接入，每次维护留存操作日志；乙方不得将甲方数据复制到甲方网络以外。
P:（三）发生数据泄露或被非法访问的，乙方应在知悉后24小时内通知甲方并配合处置；因乙方原因导致的，乙方承担全部赔偿责任。
P:（四）维保服务结束时，乙方应删除其为维护目的临时保存的甲方数据，并书面确认。
H:九、保密
P:乙方对在履行本合同中获知的甲方镜片配方、镀膜工艺、产能及客户信息负有保密义务，未经甲方书面同意不得披露，保密期限至本合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方提供的设备不符合合同约定的，甲方有权要求更换或修理，费用由乙方承担；任何一方违约给对方造成损失的，还应赔偿对方的实际损失。
H:十一、分包
P:乙方不得将本合同项下设备的制造、调试及算法开发分包给第三方；辅助搬运、吊装确需委托第三方的，应事先取得甲方书面同意。
H:十二、合同解除
P:乙方有下列情形之一的，甲方可以书面通知解除合同：逾期交货超过三十日；两次终验不合格；违反本合同第八条、第九条的约定；其他根本违约行为经甲方催告后十日内仍未纠正。合同解除的，乙方应退还已收取的款项并自行取回设备。
H:十三、不可抗力
P:因地震、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。双方因本合同发生争议，应协商解决；协商不成的，提交镇江仲裁委员会仲裁。
H:十五、其他
P:本合同附件包括技术协议、设备配置清单和验收方案，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签章之日起生效。
P:甲方（盖章）：丹阳明视光学科技有限公司　　乙方（盖章）：苏州锐检智能装备有限公司
"""

H119Z04 = """
T:临澳县渔船动态监管平台运维服务合同
P:项目编号：LAXCG-2025-CS-021　　采购方式：竞争性磋商
P:甲方（采购人）：临澳县渔业渔政管理站
P:乙方（成交供应商）：浙江海讯信息技术有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件及乙方响应文件，双方就临澳县渔船动态监管平台2025—2026年度运维服务订立本合同。
H:1. 服务范围
P:1.1 运维对象：临澳县渔船动态监管平台（含船位监控、电子围栏、进出港报告、渔船视频管理等模块）、平台服务器及数据库、北斗与AIS数据接入链路，以及全县42个港口和锚地视频监控点位。
P:1.2 服务内容：平台日常巡检与监控、故障处置、软件缺陷修复、数据备份与恢复演练、视频点位维护、北斗终端在线情况统计分析、台风及伏季休渔期间的应急保障、运维报告编制。
P:1.3 乙方派驻1名运维工程师常驻甲方指挥中心，工作日8:30至17:30在岗；台风预警期间实行24小时值守。
P:1.4 乙方应熟悉渔船动态监管业务，为甲方开展渔船进出港核查、越界预警处置及伏季休渔执法保障提供技术支撑。乙方运维人员应持有相应的专业技术证书，名单见附件三。
H:2. 服务期限
P:2.1 服务期自2025年7月1日起至2026年6月30日止。
P:2.2 服务期满，本合同自然终止；甲方需要继续采购的，依法重新组织采购。
P:2.3 乙方应在服务期开始前五日内完成与上一运维单位的交接，交接内容包括系统账号、配置文档、备份数据及未结工单，交接情况由甲方书面确认。
H:3. 合同价款
P:3.1 合同总价为人民币陆拾肆万贰仟肆佰元整（¥642,400），其中：平台软件运维¥218,000；北斗及AIS数据接入与链路运维¥146,000；港口视频点位巡检维护（42个）¥134,400；驻场运维人员¥120,000；台风及休渔期应急保障¥24,000。
P:3.2 上述价格为固定总价，包含人工、交通、单件价值2,000元以下的备品备件、工具及税费。单件价值2,000元以上的备品备件由甲方采购，乙方负责提出采购建议并完成更换。
H:4. 付款
P:4.1 本合同不设预付款。
P:4.2 合同价款按季度支付，每季度¥160,600。甲方在每季度运维考核完成并收到乙方发票后十五个工作日内支付。
H:5. 服务要求
P:5.1 故障分级：一级故障指平台整体中断、船位数据中断或越界告警无法推送；二级故障指单一功能模块不可用或10个以上视频点位离线；三级故障指其他一般问题。
P:5.2 响应要求：一级故障，乙方应在接报后30分钟内响应，2小时内到场，8小时内恢复；二级故障，1小时内响应，24小时内恢复；三级故障，3个工作日内解决。
P:5.3 一级故障处置完毕后，乙方应在24小时内提交故障分析报告。乙方每日两次巡检平台运行、数据接入及视频点位在线情况，每月对视频点位进行一次现场巡检，检查镜头清洁、立杆防腐和供电情况；每月提交运维月报，每季度组织一次数据恢复演练。
P:5.4 台风预警发布后，乙方应在2小时内增派技术人员到岗，保障渔船回港避风期间的动态监控不间断。
P:5.5 乙方应建立运维工单台账，对每一故障记录报告时间、响应时间、处置过程和恢复时间，供甲方随时查阅。
P:5.6 乙方应每半年对平台进行一次安全漏洞扫描，发现的高危漏洞应在五个工作日内完成修复或采取缓解措施。
P:5.7 乙方更换驻场运维工程师的，应提前十日书面征得甲方同意，并保证新人员具备同等资质和经验。
P:5.8 乙方应于每年伏季休渔开始前十日完成全部视频点位和北斗数据链路的专项检查，并向甲方提交检查报告。
H:6. 考核与验收
P:6.1 甲方每季度按附件一《运维服务考核细则》对乙方进行考核，考核内容包括故障响应和恢复时限、巡检记录完整性、月报质量及应急保障情况。
P:6.2 服务期满后，甲方根据四个季度的考核结果及运维文档移交情况组织年度验收，并出具验收意见。年度验收合格后，乙方应在十日内移交全部运维文档、账号清单和系统配置备份。
P:6.3 考核结果作为乙方履约评价和今后采购的参考依据，不扣减服务费。季度考核得分低于七十分的，乙方应在十日内提交整改方案并落实整改。
P:6.4 甲方组织考核时，乙方应提供工单台账、巡检记录和演练记录等证明材料。
H:7. 甲方的权利和义务
P:7.1 甲方负责提供驻场办公场所、必要的网络接入和平台管理权限，及时向乙方通报渔船管理政策和业务调整。
P:7.2 甲方有权对乙方的服务过程进行监督检查，并要求乙方对不符合要求的服务限期改正。
P:7.3 甲方应按本合同约定及时支付服务费用。
H:8. 知识产权
P:运维期间乙方编写的巡检脚本、运维手册、报表模板和各类运维文档归甲方所有，服务期满时全部移交甲方。
H:9. 数据安全
P:9.1 渔船船位、船员信息、港口视频及平台中的全部数据归甲方所有，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方人员须签署保密承诺书，经甲方堡垒机访问平台，禁止将数据拷贝至外部存储介质，远程运维须经甲方审批并全程留痕；乙方应落实网络安全等级保护第二级的运维安全要求。
P:9.3 发生数据泄露、篡改或系统入侵的，乙方应在发现后1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方依法承担赔偿责任。
P:9.4 服务期满或合同解除时，乙方应交回全部账号权限，删除因运维需要临时保存的数据，并出具书面说明。
H:10. 保密
P:乙方对在服务中接触的渔船及船员信息、执法信息和平台技术资料负有保密义务，未经甲方书面同意不得披露，并应对驻场人员进行保密教育。保密义务在合同终止后继续有效。
H:11. 违约责任
P:11.1 乙方未能在服务期开始之日完成进场交接并开展服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方驻场人员违反甲方安全管理制度的，甲方有权要求乙方立即更换人员。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以人民币二十万元为限。
P:11.4 甲方逾期付款的，按未付金额每日万分之二向乙方支付违约金。
H:12. 分包
P:乙方不得将本合同项下的服务转包或者分包。
H:13. 合同解除
P:乙方严重违反本合同约定，或连续两个季度考核得分低于七十分，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。合同解除后，乙方应配合甲方做好与新运维单位的交接，交接期不超过十五日。
H:14. 不可抗力
P:因地震等不可抗力导致服务中断的，乙方不承担违约责任，但应在条件允许时尽快恢复服务，并在不可抗力消除后三日内提交书面说明。台风期间的应急保障属于本合同服务内容，乙方的值守和保障义务不因台风而免除。
H:15. 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向临澳县人民法院提起诉讼。
H:16. 其他
P:本合同未尽事宜，按磋商文件、响应文件执行。本合同附件包括：附件一《运维服务考核细则》、附件二 运维对象清单、附件三 驻场人员名单。双方联系人及联系方式见合同首页，变更的应及时书面通知对方。本合同一式四份，甲方三份，乙方一份，自双方签章之日起生效。
P:甲方（盖章）：临澳县渔业渔政管理站　　乙方（盖章）：浙江海讯信息技术有限公司
"""

H119E03 = """
T:Equipment Supply and Maintenance Contract
P:Water-quality and sea-state monitoring system for the Nanji Island mussel farm
P:Contract No. NJBL-2025-EQ-006
P:Buyer: Wenzhou Nanji Blue Mussel Aquaculture Co., Ltd., Nanji Town, Pingyang County, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Ouessant Marine Instruments SARL, Route du Stiff, 29242 Ouessant, France (the "Supplier").
P:This Contract is made on the Buyer's standard form for equipment purchases. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
H:Clause 1 Definitions
P:1.1 "Contract Price" means the total price in Clause 3.
P:1.2 "System" means the buoy stations, current meters, shore gateways, monitoring software, spares and services described in Clause 2 and Schedule 1.
P:1.3 "Installation Certificate" means the certificate signed by both parties when all equipment has been moored and connected.
P:1.4 "Final Acceptance Certificate" means the certificate issued by the Buyer under Clause 6.3.
P:1.5 "Critical Fault" means a fault that stops data from all stations in a farm zone or prevents alarms from reaching the Buyer's staff.
P:1.6 "Local Service Partner" means Wenzhou Haiyuan Marine Technology Co., Ltd., named in Schedule 3.
H:Clause 2 Scope
P:2.1 The Supplier shall supply, moor, commission and hand over a monitoring system for the Buyer's longline mussel farm around the Nanji Islands, consisting of eight multi-parameter buoy stations (temperature, salinity, dissolved oxygen, chlorophyll-a, turbidity and pH), two current profilers, two shore gateways with solar power and 4G links, and the monitoring software with its alarm rules.
P:2.2 The Supplier shall also supply spare sensor heads and antifouling kits, train the Buyer's staff and provide the maintenance services in Clause 8.
P:2.3 Training means five days at Nanji for six of the Buyer's technicians, covering sensor cleaning, battery replacement, calibration checks and the use of the software.
P:2.4 The Supplier warrants that all equipment is new, of marine grade and suitable for continuous immersion in the sea conditions stated in Schedule 1.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 1,954,000, inclusive of all taxes, packing, transport to Nanji pier, insurance and installation at sea, made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy station with sensors and mooring|8|138,000|1,104,000
TB:2|Acoustic current profiler with frame|2|156,000|312,000
TB:3|Shore gateway, solar power and 4G link|2|48,500|97,000
TB:4|Monitoring software licence, perpetual, 10 users|1|168,000|168,000
TB:5|Spare sensor heads and antifouling kits|1 lot|62,400|62,400
TB:|Equipment and Licence Subtotal|||1,743,400
TB:6|Deployment at sea: mooring, boat hire, commissioning|1 lot|186,000|186,000
TB:7|Training and documentation|1 lot|24,600|24,600
TB:|Contract Price|||1,954,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange-rate movements.
H:Clause 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 390,800) within 15 working days after signature, against the Supplier's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 879,300) after the Installation Certificate is signed. The Installation Certificate records delivery and mooring only and is not an acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 683,900) after the Final Acceptance Certificate is issued.
H:Clause 5 Delivery and installation
P:5.1 The Supplier shall deliver the System to Nanji pier within 110 days after signature and complete mooring and commissioning within 30 days after delivery, using weather windows agreed with the Buyer's farm manager.
P:5.3 The Buyer acts as importer of record and pays import duties and import VAT. The Supplier shall provide the commercial invoice, packing list, certificates of origin and calibration certificates needed for customs clearance.
P:5.2 If the Supplier fails to meet either date for reasons not attributable to the Buyer or to force majeure, it shall pay liquidated damages of CNY 2,000 for each day of delay, up to 10% of the Contract Price.
H:Clause 6 Acceptance
P:6.1 After commissioning, the System shall run a sea trial of 30 consecutive days.
P:6.2 The System passes the sea trial if: (a) each sensor agrees with a calibrated reference instrument within temperature 0.1 °C, salinity 0.2 PSU, dissolved oxygen 0.2 mg/L and pH 0.1; (b) no station misses more than 20 of its scheduled ten-minute records; (c) low-oxygen and temperature alarms reach the duty staff's phones within 60 seconds in each test; (d) a diver's inspection confirms that every mooring is installed as designed.
P:6.3 When the sea trial is passed, the Buyer issues the Final Acceptance Certificate within ten working days. Otherwise the Supplier shall remedy the defects and repeat the trial at its own cost. Delivery, mooring, use of the data or any payment does not amount to acceptance.
H:Clause 7 Warranty
P:7.1 The warranty period is 30 months from the date of the Final Acceptance Certificate.
P:7.2 During the warranty period the Supplier shall, free of charge, repair or replace defective equipment, including boat hire, divers and transport, recalibrate the sensors every six months and supply software corrections and updates.
P:7.3 The Supplier shall keep the spare parts needed to maintain the System available for at least eight years after Final Acceptance.
H:Clause 8 Maintenance after the warranty
P:8.1 After the warranty period the Supplier shall provide annual maintenance covering two site visits, recalibration, software updates and fault repair, if the Buyer places an annual order.
P:8.2 The annual maintenance fee is 9.5% of the Equipment and Licence Subtotal, that is CNY 165,623 per year, fixed for the first three years after the warranty period.
P:8.3 Maintenance does not renew automatically; each year requires a written order from the Buyer.
P:8.4 Each maintenance visit ends with a written report listing the work done, the calibration results and any parts replaced.
H:Clause 9 Service levels
P:9.1 During the warranty period and any maintenance year, the Supplier shall respond remotely to a Critical Fault within 1 hour of the Buyer's report, at any time of day, and shall have a technician on site at Nanji within 48 hours, unless the Wenzhou maritime authority has suspended boat traffic.
P:9.2 Other faults shall be answered within one working day and fixed within ten working days.
P:9.3 For each hour of late response to a Critical Fault the Supplier shall pay CNY 800, and for each day of late arrival on site CNY 1,000. The Buyer may deduct these sums from any payment due.
H:Clause 10 Intellectual property
P:10.1 The alarm rules, dashboards, data-export scripts and interfaces written for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:10.2 The firmware and standard monitoring software remain the Supplier's property and are licensed to the Buyer perpetually.
H:Clause 11 Farm data and security
P:11.1 All measurements, alarms, positions of the farm and other data collected by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:11.2 The data are stored on the Buyer's server at its Nanji office and in the Buyer's cloud account in mainland China. The Supplier may access them only through the Buyer's VPN, with individual accounts and the Buyer's approval for each session, and shall not transfer any data outside mainland China.
P:11.3 The Supplier shall notify the Buyer within 12 hours of any actual or suspected security incident affecting the System or the data, cooperate in the response, and compensate the Buyer for losses caused by its fault.
P:11.4 When the warranty or any maintenance year ends, the Supplier shall delete any copies of data it holds for support purposes and confirm the deletion in writing.
H:Clause 12 Confidentiality
P:Each party shall keep confidential the other party's technical and business information received under this Contract, including farm locations, production figures and prices, and shall not disclose it without prior written consent, during the Contract and for five years after it ends.
H:Clause 13 Liability
P:The Supplier's total liability under this Contract shall not exceed CNY 2,900,000, except for personal injury, wilful misconduct and breach of Clauses 11 and 12, which are not limited.
H:Clause 14 Subcontracting
P:The Local Service Partner is approved by the Buyer by signing this Contract for on-site work in Wenzhou and at Nanji. The Supplier shall not use any other subcontractor without the Buyer's prior written consent and remains responsible for the work of its subcontractors.
H:Clause 15 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Clause 5.2 reach their maximum.
H:Clause 16 Force majeure
P:Typhoons for which an orange or red warning is issued for the Nanji sea area are force majeure. The Supplier shall design the moorings for the sea conditions stated in Schedule 1.
H:Clause 17 Governing law and disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wenzhou Arbitration Commission for arbitration in Wenzhou.
H:Clause 18 General
P:This Contract is made in English, with a Chinese translation for reference. Amendments must be in writing and signed by both parties. Notices shall be sent by courier or e-mail to the addresses above.
P:Schedule 1: Technical specification and sea conditions. Schedule 2: Sea-trial procedure. Schedule 3: Local Service Partner.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H119E05 = """
T:API SUBSCRIPTION AGREEMENT
P:THIS AGREEMENT is made on the ____ day of ____________ 2025
P:BETWEEN:
P:(1) CREUX HARBOUR SYSTEMS LIMITED, a company incorporated in the Island of Guernsey with registered number 70418, whose principal place of business is at La Rade, Sark GY10 1SE (the "Supplier"); and
P:(2) YIXING MINGHU ZISHA EXPORT CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at No. 31 Qianshu Road, Dingshu Town, Yixing, Jiangsu Province (the "Customer").
P:WHEREAS:
P:(A) The Customer exports Yixing zisha teapots and tea ware and prepares commercial invoices, packing lists, certificate of origin applications and customs declaration data for every shipment.
P:(B) The Supplier operates "Tidewaiter", an application programming interface for the preparation and checking of export documents, from the Island of Sark.
P:(C) The Customer wishes to subscribe to Tidewaiter on the terms of this Agreement, with all fees expressed in Chinese yuan at its request.
P:NOW IT IS HEREBY AGREED as follows:
H:1. INTERPRETATION
P:1.1 In this Agreement: "API" means the Tidewaiter interface and its documentation; "Customer Data" means all data submitted to the API by or for the Customer and all documents generated from it; "Go-Live" means the date of the Acceptance Certificate under clause 4; "Severity 1 Incident" means that the API is unavailable or returns wrong documents for all requests; "Service Month" means a calendar month; "Templates" means the fourteen document templates and data mappings prepared for the Customer under clause 3; and "Working Day" means a day other than a Saturday, a Sunday or a public holiday in Sark or in the People's Republic of China.
P:1.2 Clause headings do not affect interpretation, and "including" means including without limitation.
H:2. TERM
P:2.1 This Agreement commences on the date above and the subscription runs for twenty-four months from Go-Live.
P:2.2 This Agreement shall not renew automatically. Any further term shall be agreed in writing.
H:3. SET-UP SERVICES
P:3.1 The Supplier shall prepare the Templates, in Chinese and English, for the commercial invoice, packing list, proforma invoice, certificate of origin applications, shipper's letter of instruction and the customs declaration pre-fill file for the China International Trade Single Window, and shall map them to the Customer's ERP item master, including HS codes and net weights.
P:3.2 The Supplier shall use its reasonable skill to achieve Go-Live within sixty days after the date of this Agreement (the "Target Date").
P:3.3 If Go-Live is not achieved by the Target Date through the Supplier's default, the Supplier shall pay the Customer liquidated damages of CNY 200 for every day of delay, up to CNY 11,500 in total.
P:3.4 The Customer shall provide the sample shipments, its ERP export files and a contact in its documentation department, and shall answer the Supplier's questions within three Working Days.
P:3.5 Throughout the term the Supplier shall keep the Templates up to date with changes to the Single Window schema and to certificate of origin requirements, at no additional charge.
H:4. ACCEPTANCE
P:4.1 The Customer shall test the set-up within ten Working Days after the Supplier's notice of readiness. The set-up passes if: (a) each Template is generated for forty sample shipments chosen by the Customer and checked without error by its documentation staff; (b) HS codes, weights and values agree with the Customer's ERP export file; (c) the API returns a document within 3 seconds with twenty concurrent requests; and (d) the customs pre-fill file validates against the current Single Window schema.
P:4.2 When the set-up passes, the Customer signs an Acceptance Certificate. Use of the API for live shipments before then is not acceptance.
H:5. FEES AND PAYMENT
P:5.1 The subscription fee is CNY 92,000 per annum, payable quarterly in arrears in eight instalments of CNY 23,000. The set-up fee is CNY 46,000, payable within thirty days after the Acceptance Certificate. The total fees under this Agreement are therefore CNY 230,000 (the "Total Fees").
P:5.2 No sum is payable in advance, and the fees are fixed for the whole term.
P:5.3 API calls above 60,000 in a Service Month are charged at CNY 0.08 per call, invoiced with the next quarterly instalment.
H:6. SERVICE LEVELS
P:6.1 The Supplier shall make the API available for 99.95% of each Service Month, excluding scheduled maintenance notified five Working Days in advance and carried out on Sundays between 01:00 and 03:00 China Standard Time.
P:6.2 The Supplier shall respond to a Severity 1 Incident within two hours of notification at any time of day and restore the service within eight hours; other incidents shall be answered within one Working Day.
P:6.3 If availability falls short, the Customer shall be credited with 3% of the monthly subscription amount for each 0.1 percentage point of shortfall, and with CNY 500 for each hour by which a Severity 1 response is late. Credits are set against the next quarterly instalment and may not exceed one half of that instalment.
P:6.4 The Supplier shall send the Customer a monthly service report showing availability, incidents and response times.
H:7. CUSTOMER DATA AND SECURITY
P:7.1 Customer Data belong to the Customer. The Supplier shall process Customer Data only to provide the services under this Agreement and for no other purpose.
P:7.2 The API is hosted on Alibaba Cloud in its Singapore region. The Supplier shall encrypt Customer Data in transit and at rest, restrict access to its two named engineers with multi-factor authentication, keep access logs for one year and commission an annual penetration test, a summary of which it shall give to the Customer.
P:7.3 The Supplier shall notify the Customer within 24 hours of becoming aware of any breach of security affecting Customer Data, take all reasonable steps to contain it, and indemnify the Customer against loss arising from any breach of this clause 7.
P:7.4 Within thirty days after expiry or termination the Supplier shall return all Customer Data in a usable format and then delete it.
P:7.5 The Supplier shall comply with the Data Protection (Bailiwick of Guernsey) Law, 2017 and with the PRC Personal Information Protection Law, so far as each applies to the processing.
H:8. INTELLECTUAL PROPERTY
P:8.1 The API, the Tidewaiter software and all improvements to them remain the property of the Supplier.
P:8.2 The Templates and data mappings are assigned to the Customer on creation. The Customer may use, modify and license them freely; the Supplier may use them only to provide the services to the Customer.
P:8.3 The Supplier warrants that the API and the Templates do not infringe the rights of any third party and shall indemnify the Customer against any claim that they do.
H:9. CONFIDENTIALITY
P:Each party shall keep secret the confidential information of the other, including the Customer's prices, customers and shipment volumes, and shall use it only for this Agreement. This clause survives termination for five years.
H:10. LIMITATION OF LIABILITY
P:10.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
P:10.2 Subject to clause 10.1, the Supplier's total aggregate liability under this Agreement shall not exceed 175% of the Total Fees.
P:10.3 Neither party shall be liable for any indirect or consequential loss.
H:11. SUBCONTRACTING AND ASSIGNMENT
P:11.1 The Supplier shall not subcontract any of its obligations without the Customer's prior written consent, save that the Customer approves, by signing this Agreement, the hosting provider named in clause 7.2.
P:11.2 Neither party may assign this Agreement without the other's written consent.
H:12. TERMINATION
P:12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and, where the breach is capable of remedy, fails to remedy it within twenty-one days after notice.
P:12.2 The Customer may also terminate by written notice if the availability commitment in clause 6.1 is missed in any two consecutive Service Months.
H:13. FORCE MAJEURE
P:Neither party is liable for delay caused by events beyond its reasonable control. As the API is hosted off the Island, an interruption of the Sark shipping service or of the telecommunications link between Sark and Guernsey shall not be relied on as force majeure. The affected party shall notify the other promptly and use reasonable endeavours to resume performance.
H:14. NOTICES
P:Notices shall be given in writing by e-mail with a copy by post. A notice posted to Sark is deemed received five Working Days after posting. Notices to the Supplier may also be delivered by hand at its office at La Rade.
H:15. GOVERNING LAW AND JURISDICTION
P:15.1 This Agreement shall be governed by and construed in accordance with the laws of the Island of Guernsey.
P:15.2 The parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
H:16. GENERAL
P:This Agreement is the entire agreement between the parties. No variation is effective unless in writing and signed by both parties. A person who is not a party has no right to enforce any term. This Agreement may be executed in counterparts, each of which is an original.
P:IN WITNESS whereof the parties have signed this Agreement on the date first written above.
P:Signed for the Supplier: ____________________    Signed for the Customer: ____________________
"""

SOURCES = {"h119z02": H119Z02, "h119z04": H119Z04, "h119e03": H119E03, "h119e05": H119E05}
TARGETS = {"h119z02": ("h119z02_lens_surface_defect_inspection_equipment.docx", "docx"),
           "h119z04": ("h119z04_fishing_vessel_monitoring_platform_om.pdf", "pdf"),
           "h119e03": ("h119e03_mussel_farm_sea_sensors_maintenance.docx", "docx"),
           "h119e05": ("h119e05_teapot_export_document_api_subscription.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
