"""Builds the .docx and .pdf contracts of holdout65 from the markup sources below (see ../word_pdf.py).

T: title, H: heading, P: paragraph, TB: table row (cells split by |). Run with /work/main/.venv/bin/python.
The .md and .txt contracts of this folder are plain files and are not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H65Z01 = """
T:河南省气象数据共享平台建设项目政府采购合同
P:项目编号：HNZC2025-G0417    合同编号：HNQX-XXZX-2025-019
P:甲方（采购人）：河南省气象信息中心
P:乙方（供应商）：郑州天衡信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，经甲乙双方协商一致，就河南省气象数据共享平台建设项目订立本合同，共同遵守。
H:第一条 项目内容与工期
P:1.1 乙方负责河南省气象数据共享平台的设计、软件开发、软硬件供货、安装部署、数据接入与历史数据迁移、安全加固、等级保护测评配合及培训，建成覆盖省、市两级的气象数据汇聚、共享交换、服务门户和API网关，向应急管理、水利、农业农村、自然资源、交通运输等部门提供标准化的气象数据服务。
P:1.2 数据接入范围包括地面自动站观测、天气雷达、风云卫星、数值预报产品、预警信号等十二类数据；历史数据迁移范围为2010年以来的地面观测数据及雷达基数据，具体以附件一《技术规范》为准。
P:1.3 乙方应在合同签订之日起一百五十日内完成全部部署并具备初验条件。
P:1.4 乙方投入本项目的项目经理及技术负责人须与投标文件一致，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰捌拾伍万元整（¥2,850,000.00），含税，包括设备、软件、开发、实施、运输、保险、培训及质保期内全部服务费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台软件定制开发（数据汇聚、共享交换、服务门户、API网关）|1,268,000
TB:2|服务器及存储（应用服务器6台、分布式存储1套）|896,000
TB:3|数据库及中间件许可|214,000
TB:4|数据接入与历史数据迁移|312,000
TB:5|等保三级测评配合及安全加固|96,000
TB:6|培训及实施服务|64,000
TB:合计||2,850,000
P:2.2 合同总价为固定价格，合同履行期间不因市场价格变化而调整。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行预付款保函，甲方在收到保函后十五个工作日内支付合同总价的百分之二十，即人民币570,000元。
P:3.2 平台通过初验后十五个工作日内，甲方支付合同总价的百分之四十五，即人民币1,282,500元。
P:3.3 平台通过终验后十五个工作日内，甲方支付合同总价的百分之三十五，即人民币997,500元。
P:3.4 乙方应在每期付款前向甲方开具等额增值税发票。乙方应在合同签订前提交合同总价百分之五的履约保证金，终验合格后无息退还。
H:第四条 交付与验收
P:4.1 设备到货后由双方共同开箱清点并签署到货清单。到货签收仅确认数量和外观，不构成质量验收。
P:4.2 初验标准：（1）十二类数据全部接入，传输时效满足《技术规范》要求；（2）历史数据迁移后逐表核对记录条数和校验值，差异为零；（3）服务门户和API在一千个并发访问下平均响应时间不超过两秒；（4）《功能需求清单》所列功能逐项测试通过；（5）软硬件品牌、型号及配置与投标文件一致。
P:4.3 初验合格后进入为期三个月的试运行。试运行期间未发生一级故障，且平台通过第三方测评机构的网络安全等级保护三级测评后，甲方组织终验并出具终验报告。
P:4.4 平台上线运行、甲方使用平台或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并重新提请验收，由此产生的费用由乙方承担。
H:第五条 质量保证与服务水平
P:5.1 质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供软硬件维修、备件更换、软件缺陷修正、版本升级和技术支持，每季度巡检一次并提交巡检报告。
P:5.2 服务水平：质保期内平台月可用率不低于99.95%。故障分为三级：一级故障指平台整体不可用或核心数据接入中断，乙方应在三十分钟内响应，两小时内到达现场，六小时内恢复；二级故障指部分功能不可用，乙方应在一小时内响应，十二小时内恢复；三级故障指不影响业务的一般问题，乙方应在八小时内响应，三个工作日内解决。
P:5.3 乙方每迟延响应或恢复一小时，应向甲方支付违约金人民币一千元；平台月可用率每低于约定值0.01个百分点，乙方应支付违约金人民币两千元。上述违约金由乙方在收到甲方书面通知后十日内支付。
P:5.4 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费以第2.1条第2、3项（服务器及存储、数据库及中间件许可）价款合计人民币1,110,000元为基数，不超过该基数的百分之八，即每年不超过人民币88,800元；该上限自质保期满之日起三年内不作上调。运维服务另行签订合同，不自动续期。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的平台软件、源代码、接口程序、数据模型及全部技术文档，其知识产权归甲方所有。乙方应在终验时完整移交源代码及文档，甲方有权自行或委托第三方修改、使用，并许可其他单位使用。
P:6.2 乙方提供的数据库、中间件等商品化软件，其知识产权归原权利人，甲方获得永久使用许可。乙方保证甲方使用交付成果不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第七条 数据安全
P:7.1 平台汇聚、存储和交换的全部气象数据、用户信息及日志属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向任何第三方提供或用于其他目的。
P:7.2 乙方应按照《中华人民共和国数据安全法》《气象数据管理办法》及网络安全等级保护三级要求落实安全措施；实施和运维期间应在甲方内网通过堡垒机作业，操作全程留痕，不得使用境外远程工具，不得将数据带离甲方机房。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在一小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
H:第八条 保密
P:8.1 双方对履约过程中知悉的对方商业秘密、工作秘密、系统架构及账号口令负有保密义务，未经对方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订保密承诺书。保密义务在本合同终止后五年内继续有效。
H:第九条 违约责任
P:9.1 乙方逾期完成部署或逾期具备初验条件的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的百分之十；逾期超过六十日的，甲方有权解除合同。
P:9.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:9.3 乙方交付的货物或软件不符合合同约定的，应负责免费更换或修正，并赔偿甲方因此遭受的损失。
H:第十条 分包
P:10.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿由此造成的损失。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本项目招标文件、乙方投标文件及澄清文件、中标通知书、附件一《技术规范》、附件二《功能需求清单》均为本合同的组成部分。
P:13.2 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：河南省气象信息中心        乙方（盖章）：郑州天衡信息技术股份有限公司
P:授权代表：                            授权代表：
P:日期：2025年  月  日                   日期：2025年  月  日
"""

H65Z02 = """
T:PM3纸机在线质量控制系统（QCS）供货及维保合同
P:合同编号：YJZY-SB-2025-0612
P:甲方（买方）：江苏沿江纸业有限公司
P:乙方（卖方）：上海恒测工业自动化有限公司
P:甲方为PM3文化纸机配套在线质量控制系统，经询比价确定乙方为供货方。双方根据《中华人民共和国民法典》，经友好协商，签订本合同。
H:1. 合同标的
P:1.1 乙方向甲方供应PM3纸机（净纸幅宽5,600毫米，设计车速每分钟1,200米）在线质量控制系统一套，包括O型扫描架、测量传感器、横向控制执行器、QCS控制软件及操作站，并负责安装、调试、标定、与甲方DCS系统的通讯接口、操作培训及维保服务。
P:1.2 交货地点为甲方PM3车间，交货期为合同生效后一百二十日内。乙方负责β射线定量传感器放射源的合法进口、运输及备案，并协助甲方办理辐射安全许可证变更手续。
P:1.3 乙方应随设备提交系统说明书、操作维护手册、电气图纸、出厂检验及标定记录、DCS接口说明和软件备份介质各两套。
H:2. 合同价格
P:2.1 合同总价为人民币叁佰捌拾贰万元整（¥3,820,000），含13%增值税、包装、运输、保险、安装调试及培训费用。分项价格如下表：
TB:序号|名称|数量|金额（元）
TB:1|O型扫描架（含测量头及冷却系统）|1套|1,380,000
TB:2|传感器组（β射线定量、红外水分、X射线灰分、磁感应厚度）|1套|1,160,000
TB:3|横向定量及水分控制执行器|1套|620,000
TB:4|QCS控制软件许可及操作站（2台）|1套|385,000
TB:|设备及软件小计||3,545,000
TB:5|安装、调试及标定|1项|238,000
TB:6|操作及维护培训|1项|37,000
TB:|合同总价||3,820,000
P:2.2 上述价格为固定价格，不因汇率或原材料价格变化而调整。
H:3. 付款方式
P:3.1 合同生效后十个工作日内，甲方向乙方支付合同总价的百分之二十，即人民币764,000元，作为预付款。
P:3.2 全部设备到达甲方现场并经双方开箱清点后十个工作日内，甲方支付合同总价的百分之五十，即人民币1,910,000元。开箱清点仅核对数量及外观，不视为验收。
P:3.3 系统验收合格后十五个工作日内，甲方支付合同总价的百分之二十五，即人民币955,000元。
P:3.4 余款百分之五，即人民币191,000元，作为质量保证金，在质保期满且无未解决的质量问题后十五个工作日内支付。
P:3.5 乙方应在甲方每次付款前开具等额增值税专用发票。
H:4. 安装与验收
P:4.1 乙方负责设备的安装、调试和标定。甲方负责提供设备基础、电源、仪表风及冷却水，并按乙方要求安排停机时间。
P:4.2 乙方可将现场安装、电缆敷设及机械配合工作委托其合作的安装单位实施，并在进场前书面通知甲方该单位名称及人员名单。乙方对该单位的工作质量和安全承担全部责任。
P:4.3 验收标准：（1）扫描架及各传感器静态标定和动态标定合格；（2）定量测量值与甲方实验室离线检测值比对，偏差不超过正负0.5克每平方米，水分偏差不超过正负0.3个百分点；（3）横向控制投用后，横向定量2σ不高于0.6克每平方米；（4）系统连续运行七十二小时无故障；（5）与DCS的通讯数据一致，画面及报表符合附件一《技术协议》。
P:4.4 全部验收标准达到后，双方签署验收报告。设备到货、安装完成或甲方将系统投入生产使用，均不视为验收合格。
P:4.5 乙方现场人员应遵守甲方安全生产、动火作业及放射源管理制度，进入车间须佩戴防护用品；因乙方人员违章造成的安全事故由乙方负责。
P:4.6 乙方应在验收前为甲方仪表及工艺人员提供不少于五个工作日的现场培训，培训人数不超过十名，培训后学员应能独立完成日常标定和一般故障处理。
H:5. 质量保证
P:5.1 质保期为二十四个月，自双方签署验收报告之日起计算。质保期内，乙方免费提供设备维修、零部件更换（放射源及易损件除外，易损件清单见附件二）、软件升级及每年两次预防性维护和标定。
P:5.2 质保期内，乙方应建立甲方设备档案，每次维护和标定后提交书面报告，列明标定结果及更换部件。
P:5.3 乙方应在甲方现场存放常用备件（测量头保险丝、冷却风扇、编码器等），备件清单见附件二，质保期内消耗的备件由乙方免费补充。
H:6. 维保服务
P:6.1 质保期满后，乙方按年度向甲方提供维保服务，内容包括每年两次预防性维护及标定、远程诊断、软件补丁及备件九折优惠。年度维保费为设备及软件小计的百分之十七，即每年人民币602,650元。维保服务由双方按年签订维保合同，上述费率在质保期满后三年内保持不变。
P:6.2 故障等级及处理时限如下表，适用于质保期及维保期：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|扫描架停止扫描或控制回路失效，影响纸机正常生产|30分钟|24小时|36小时
TB:二级|单个传感器测量异常，控制可切换为手动|2小时|48小时|72小时
TB:三级|画面、报表等不影响生产的问题|1个工作日|按计划|10个工作日
P:6.3 乙方未在上表时限内响应、到场或恢复的，每超时一小时向甲方支付违约金人民币两千元，甲方可从质量保证金或应付款项中扣除。
H:7. 知识产权
P:7.1 QCS控制软件的知识产权归乙方或其原厂所有，甲方获得永久、不可撤销的使用许可。
P:7.2 乙方为本项目专门编制的操作画面、质量报表、与DCS的通讯接口程序及组态文件，其知识产权归甲方所有，甲方可自行修改或委托第三方维护。
H:8. 数据安全
P:8.1 QCS采集和生成的质量数据、工艺参数及配方数据属于甲方。乙方仅为履行本合同使用上述数据，不得复制、向第三方提供或用于其他任何目的。
P:8.2 远程诊断须经甲方逐次审批，通过甲方提供的VPN及工控防火墙进行，会话结束后立即关闭权限；乙方不得在QCS系统中设置任何未经甲方同意的远程通道。
P:8.3 因乙方原因导致数据泄露、篡改、丢失或甲方生产网络遭受攻击的，乙方应在两小时内报告甲方，立即采取补救措施并承担赔偿责任。
H:9. 保密
P:9.1 双方对在合同签订和履行过程中知悉的对方技术资料、工艺配方及商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
H:10. 违约责任
P:10.1 乙方逾期交货的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的百分之十。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但乙方故意或重大过失、人身伤害以及违反本合同第8条的情形除外。
H:11. 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:11.2 乙方逾期交货超过六十日，或系统经两次整改仍未通过验收的，视为乙方严重违约，甲方可直接解除本合同。
P:11.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:12. 适用法律及争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:13. 其他
P:13.1 附件一《技术协议》、附件二《易损件清单》为本合同的组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：江苏沿江纸业有限公司（盖章）        乙方：上海恒测工业自动化有限公司（盖章）
P:代表签字：                              代表签字：
"""

H65E03 = """
T:Supply, Installation and Maintenance Contract - Cold-Store and Ripening-Room Monitoring System
P:Contract No. FA-CN-2025-014
P:This Contract is made on the date of the last signature below BETWEEN:
P:(1) Xishuangbanna Golden Banana Export Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jinghong, Yunnan Province (the "Client"); and
P:(2) Frío Andino Integraciones S.A., a sociedad anónima organised under the laws of the Republic of Ecuador, with its principal office at Av. Francisco de Orellana, Guayaquil, Ecuador (the "Integrator").
P:WHEREAS the Client operates four (4) cold stores and six (6) ripening rooms at its packing and export centre in Jinghong for bananas destined for Central Asia and the Middle East; WHEREAS the Integrator designs, installs and maintains temperature, humidity and ethylene monitoring systems for banana exporters in Ecuador, Colombia and the Philippines; NOW, THEREFORE, the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, server and other items listed in Table 1.
P:1.2 "System" means the Equipment together with the ColdSense monitoring software, installed and configured for the Client's facility.
P:1.3 "Site" means the Client's Jinghong Packing and Export Centre, including cold stores CS-1 to CS-4 and ripening rooms RR-1 to RR-6.
P:1.4 "Final Acceptance" means the signature by both parties of the Final Acceptance Certificate under Clause 6.
P:1.5 "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
H:2. Scope of Work
P:2.1 The Integrator shall supply, deliver, install, configure, calibrate and commission the System at the Site, train the Client's staff, and maintain the System during the Warranty Period and afterwards as set out in Clause 8.
P:2.2 The System shall continuously monitor, in each cold store and ripening room, pulp and air temperature, relative humidity, ethylene and carbon dioxide concentration and door openings, record every reading at intervals of not more than sixty (60) seconds, and raise alarms by SMS, WeChat message and on-screen alert to the persons designated by the Client.
P:2.3 The Integrator shall configure dashboards for each room, alarm rules for each ripening programme (Day 1 to Day 5 curves for the Client's green-life and export grades) and shipment reports that show the temperature history of each container load, as agreed in the Functional Specification in Annex A.
P:2.4 The Client shall provide the civil works, power supply, network connection to the server room and access to the Site during the agreed installation window, and shall make the rooms available for testing without fruit.
H:3. Contract Price
P:3.1 The Contract Price is CNY 852,400 (eight hundred fifty-two thousand four hundred Chinese yuan), inclusive of VAT, import duties, freight to Site, insurance and all costs of the Integrator's personnel, broken down in Table 1.
P:Table 1 - Price schedule
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity probe (pulp and air)|96|2,150|206,400
TB:2|Ethylene sensor, 0-200 ppm, electrochemical|12|18,600|223,200
TB:3|Carbon dioxide sensor, NDIR|12|6,400|76,800
TB:4|LoRaWAN gateway with cellular back-up|8|9,800|78,400
TB:5|Door-open sensor|20|780|15,600
TB:6|Monitoring server and ColdSense software licence (perpetual, one site)|1|138,000|138,000
TB:|Equipment and Licence Subtotal|||738,400
TB:7|Installation, calibration and commissioning|1|96,000|96,000
TB:8|Training (two sessions at Site)|1|18,000|18,000
TB:|Contract Price|||852,400
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements, freight rates or the cost of components.
H:4. Terms of Payment
P:4.1 Fifty per cent (50%) of the Contract Price, CNY 426,200, shall be paid within ten (10) Business Days after signature of this Contract against the Integrator's commercial invoice, so that the Integrator can place orders with its manufacturers.
P:4.2 Forty per cent (40%) of the Contract Price, CNY 340,960, shall be paid within fifteen (15) Business Days after delivery of all Equipment to Site, confirmed by a delivery note signed by both parties. The delivery note confirms quantities and visible condition only and does not constitute acceptance of the System.
P:4.3 The balance of ten per cent (10%) of the Contract Price, CNY 85,240, shall be paid within fifteen (15) Business Days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Integrator's invoice. Any withholding tax required by PRC law on the service part of the price shall be borne by the Integrator and the Client shall provide the tax certificates.
H:5. Delivery, Installation and Delay
P:5.1 The Integrator shall deliver the Equipment DAP Site (Incoterms 2020) within ninety (90) days after receipt of the payment under Clause 4.1, and complete installation within twenty (20) days after delivery.
P:5.2 If delivery, or readiness of the System for the acceptance tests, is delayed for reasons attributable to the Integrator, the Integrator shall pay to the Client liquidated damages of CNY 600 (six hundred yuan) for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. The Client may deduct such damages from any payment due.
P:5.3 The Integrator will perform installation and on-site maintenance in the PRC through Kunming Lengyuan Refrigeration Engineering Co., Ltd., which the Client approves by signing this Contract. The Integrator shall not appoint any other subcontractor without the Client's prior written consent, and remains fully responsible for the acts and omissions of its subcontractors.
H:6. Acceptance
P:6.1 After installation the Integrator shall carry out the acceptance tests described in Annex B, in the presence of the Client's representatives: (a) calibration of each temperature probe against a certified reference thermometer, with a deviation not exceeding 0.3 degrees Celsius; (b) check of each ethylene and carbon dioxide sensor with calibration gas, within the tolerance stated in Annex B; (c) alarm test in every room, in which the SMS and WeChat alarm must be received within sixty (60) seconds after the threshold is crossed; (d) fourteen (14) consecutive days of operation with complete data records and no Severity 1 fault; and (e) export of shipment reports for three (3) test container loads.
P:6.2 When all tests have been passed, the parties shall sign the Final Acceptance Certificate within five (5) Business Days. If any test fails, the Integrator shall correct the defect and repeat the test at its own cost. Installation, use of the System in the Client's operations or any payment shall not by themselves constitute acceptance.
H:7. Warranty
P:7.1 The Integrator warrants that the Equipment and the software are free from defects in materials, workmanship and design, and that the System meets the Functional Specification, for a period of six (6) months from the date of completion of installation (the "Warranty Period").
P:7.2 During the Warranty Period the Integrator shall repair or replace any defective item free of charge, including freight, customs clearance and the labour of its local partner.
P:7.3 The warranty does not cover damage caused by washing sensors with high-pressure water, by physical impact from forklifts or by use outside the environmental limits given in Annex A.
H:8. Maintenance Services
P:8.1 After the Warranty Period, the Integrator shall provide maintenance services comprising two (2) calibration visits per year, remote monitoring of the health of sensors and gateways, software updates and the labour for replacing parts. The Annual Maintenance Fee is nine per cent (9%) of the Equipment and Licence Subtotal, that is CNY 66,456 per year, payable annually in arrears. The fee is fixed for the first three (3) years after the Warranty Period. Each maintenance year is ordered by a purchase order of the Client; there is no automatic renewal.
P:8.2 The following fault severities and times apply during the Warranty Period and during any maintenance year:
P:Table 2 - Fault severities
TB:Severity|Definition|Response|On site|Restoration
TB:1|Loss of monitoring or of alarms for any cold store or ripening room|2 hours|24 hours|36 hours
TB:2|Failure of individual sensors while monitoring of the room continues|8 hours|3 Business Days|5 Business Days
TB:3|Dashboards, reports or cosmetic issues|2 Business Days|as scheduled|next release
P:8.3 The response time runs from the Client's call or e-mail to the Integrator's service desk, which is staffed in Spanish, English and Chinese. For each hour by which the Integrator exceeds the Severity 1 response time or restoration time, the Integrator shall pay the Client CNY 800, which the Client may deduct from any amount due.
H:9. Intellectual Property
P:9.1 The ColdSense software and its documentation remain the property of the Integrator. The Client receives a perpetual, non-exclusive licence to use them at the Site.
P:9.2 The dashboards, alarm rules, ripening-programme configurations and report templates made for the Client (the "Client Deliverables") belong to the Client, which may use and modify them freely and may allow third parties to maintain them.
H:10. Client Data
P:10.1 All readings, alarms, logs and reports generated by the System ("Client Data") belong to the Client. The Integrator shall use Client Data only to perform this Contract and shall not copy, retain or use it for any other purpose, including in anonymised or aggregated form.
P:10.2 The server is installed in the Client's premises and Client Data is stored there. Remote access for maintenance is permitted only through the Client's VPN, for each session approved by the Client, and is logged. No Client Data shall be transferred outside the People's Republic of China.
P:10.3 The Integrator shall notify the Client within twenty-four (24) hours of any unauthorised access to, or loss or disclosure of, Client Data caused by the Integrator or its subcontractor, take immediate remedial action, and compensate the Client for the resulting losses.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all technical, commercial and customer information of the other party received in connection with this Contract, including the Client's ripening programmes, export volumes and customer names, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three (3) years after the end of this Contract.
H:12. Liability
P:12.1 Each party shall be liable to the other for the losses caused by its breach of this Contract. Neither party is liable for loss of profit or other indirect loss, except in case of wilful misconduct or breach of Clauses 10 and 11.
H:13. Termination
P:13.1 The Client may terminate this Contract by written notice if the Integrator commits a material breach and does not remedy it within twenty (20) days after receiving notice, or if the liquidated damages under Clause 5.2 reach their maximum. In that case the Integrator shall refund the payments received for the parts not delivered or not accepted.
H:14. Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming in accordance with its rules. The award is final and binding on both parties.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese; both versions have equal effect. Annex A (Functional Specification) and Annex B (Acceptance Test Plan) form part of this Contract. Any amendment must be in writing and signed by both parties.
P:For the Client: ____________________    For the Integrator: ____________________
P:Name / Title / Date                       Name / Title / Date
"""

H65E05 = """
T:E-Invoicing API Subscription and Services Agreement
P:Agreement No. KH-IT-2025-031
P:This Agreement is entered into by and between:
P:Shanghai Kangheng Medical Devices Distribution Co., Ltd., a limited liability company incorporated in the People's Republic of China, with its registered address in Minhang District, Shanghai ("Customer"), acting for itself and for its subsidiaries listed in Schedule 1 (the "Subsidiaries"); and
P:Facturación Continental S.R.L., a sociedad de responsabilidad limitada incorporated in the Republic of Costa Rica, with its registered office in Escazú, San José, Costa Rica ("Vendor").
P:Background: Customer distributes orthopaedic implants, surgical instruments and diagnostic devices in China and, through the Subsidiaries, in Costa Rica, Panama, Guatemala and the Dominican Republic. Each Subsidiary must issue electronic invoices that are validated by the tax authority of its country. Vendor operates the FacturaLink API, which issues, signs, submits and stores electronic tax documents in those countries. Customer has selected Vendor after a competitive request for proposals.
H:1. Definitions
P:1.1 "Service" means access to the FacturaLink API and portal, the connector to Customer's SAP Business One system, and the related support, as described in Clause 2 and Schedule 2.
P:1.2 "Document" means an electronic invoice, credit note, debit note, receipt or cancellation submitted through the Service.
P:1.3 "Customer Data" means all data that Customer or the Subsidiaries submit to the Service or that the Service generates for them, including Documents, signed XML files, tax-authority responses, customer and product master data and logs.
P:1.4 "Go-Live Acceptance" means Customer's written confirmation under Clause 6.3.
P:1.5 "Business Day" means a day on which banks are open in both Shanghai and San José.
H:2. The Service
P:2.1 Vendor shall provide the Service for the Subsidiaries in Costa Rica (Ministerio de Hacienda, electronic voucher version 4.4), Panama (DGI electronic invoice), Guatemala (SAT FEL) and the Dominican Republic (DGII e-CF), and shall keep the Service compliant with changes of the technical rules of those tax authorities at no extra charge.
P:2.2 Vendor shall store each signed Document and tax-authority response for the retention period required in the relevant country and make it retrievable through the portal and the API.
P:2.3 Vendor shall develop and configure the connector between SAP Business One and the Service, including the mapping of Customer's item master, tax codes and customer master for each country (the "Connector").
P:2.4 The Monthly Platform Fee includes up to fifteen thousand (15,000) Documents per month across all Subsidiaries.
H:3. Term
P:3.1 The Service term is twenty-four (24) months from the date of Go-Live Acceptance (the "Term").
P:3.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.
H:4. Fees
P:4.1 The fees are: (a) a Monthly Platform Fee of CNY 21,000; and (b) a one-time Onboarding and Connector Fee of CNY 68,000. The Total Contract Value for the Term is CNY 572,000 (24 x CNY 21,000 plus CNY 68,000).
P:4.2 Documents above the monthly allowance are charged at CNY 0.60 per Document. Fees are fixed for the Term and include all taxes levied in Costa Rica.
H:5. Invoicing and Payment
P:5.1 The Onboarding and Connector Fee is invoiced after Go-Live Acceptance. The Monthly Platform Fee and any excess Documents are invoiced monthly in arrears.
P:5.2 Customer shall pay each undisputed invoice within thirty (30) days of receipt by bank transfer. No amount is payable in advance.
H:6. Onboarding and Go-Live Acceptance
P:6.1 Vendor shall complete onboarding and make the Service ready for Go-Live Acceptance tests within seventy-five (75) days after signature (the "Target Go-Live Date").
P:6.2 The Go-Live Acceptance tests are: (a) two hundred (200) test Documents per country accepted in the test environment of each tax authority; (b) round trip from SAP Business One to the tax authority and back for invoices, credit notes, cancellations and contingency issuance; (c) retrieval of stored XML and PDF files through the portal and the API; and (d) five (5) Business Days of production use with no Document rejected because of a fault of the Service.
P:6.3 When all tests are passed, Customer shall issue a written Go-Live Acceptance within five (5) Business Days. Production use before that date does not constitute acceptance.
P:6.4 If the Service is not ready for Go-Live Acceptance by the Target Go-Live Date for reasons attributable to Vendor, Vendor shall pay liquidated damages of CNY 400 for each day of delay, up to ten per cent (10%) of the Total Contract Value.
H:7. Service Levels
P:7.1 Vendor shall ensure that the API is available at least 99.95% of each calendar month, excluding maintenance windows announced seven (7) days in advance and scheduled outside the Subsidiaries' business hours.
P:7.2 Incidents are classified and handled as follows. Priority 1 (the API is unavailable, or submissions fail for all Documents in any country): response within thirty (30) minutes, workaround within two (2) hours, restoration within six (6) hours, at any time of day. Priority 2 (a function or Document type fails, with a workaround available): response within two (2) hours and resolution within two (2) Business Days. Priority 3 (questions and minor defects): response within one (1) Business Day.
P:7.3 If monthly availability falls below the commitment in Clause 7.1, Vendor shall credit five per cent (5%) of the Monthly Platform Fee for each 0.1 percentage point or part of it, up to fifty per cent (50%) of the fee for that month. For each full hour by which a Priority 1 restoration time is exceeded, Vendor shall credit CNY 500. Credits are deducted from the next invoice and do not limit Customer's other remedies.
H:8. Customer Data and Data Security
P:8.1 Customer Data belongs to Customer or the relevant Subsidiary. Vendor shall process Customer Data only to provide the Service and in accordance with Customer's instructions, and shall not use it for any other purpose, including in anonymised, de-identified or aggregated form.
P:8.2 Vendor shall maintain an information-security management system certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, enforce multi-factor authentication for all administrative access, keep access logs for at least eighteen (18) months and commission an independent penetration test each year, whose summary it shall share with Customer.
P:8.3 No personal information collected in the People's Republic of China is processed under this Agreement. Customer Data of each Subsidiary is hosted in the data centres listed in Schedule 3, and Vendor shall not move it to another country without Customer's prior written consent.
P:8.4 Vendor shall notify Customer within twenty-four (24) hours after becoming aware of any security incident affecting Customer Data, cooperate in the investigation and in any notice to authorities, and bear the costs and compensate the losses resulting from incidents caused by Vendor or its subcontractors.
P:8.5 On expiry or termination, Vendor shall provide a complete export of Customer Data in XML and CSV format within fifteen (15) days and, after Customer confirms receipt, delete it, except for the copies that the law requires Vendor to keep, which remain subject to this Clause.
H:9. Intellectual Property
P:9.1 Vendor retains all rights in the FacturaLink platform and its standard documentation.
P:9.2 The Connector, the mappings, scripts and configuration made specifically for Customer, and their documentation, belong to Customer from the date of creation. Vendor shall deliver their source code at Go-Live Acceptance. Customer may use, modify and license them, and have them maintained by third parties, without restriction.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the non-public business, pricing, technical and customer information of the other party and shall use it only for this Agreement. The obligation survives for five (5) years after the end of this Agreement.
H:11. Subcontracting
P:11.1 Vendor shall not subcontract any part of the Service without Customer's prior written consent. The hosting providers listed in Schedule 3 are approved. Vendor remains responsible for its subcontractors as for itself.
H:12. Liability
P:12.1 Each party's total liability under this Agreement is limited to two hundred per cent (200%) of the Total Contract Value. The limit does not apply to breach of Clauses 8 and 10, to tax penalties imposed on a Subsidiary because of a fault of the Service, or to wilful misconduct.
H:13. Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not cure it within twenty (20) days after notice, or if monthly availability falls below the commitment in Clause 7.1 in three (3) consecutive months.
P:13.2 On termination Vendor shall provide reasonable assistance for the transfer of the Service to a successor for up to sixty (60) days at the fees then applicable.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitration shall be conducted in English.
H:15. General
P:15.1 Schedule 1 (Subsidiaries), Schedule 2 (Service Description) and Schedule 3 (Hosting Locations) form part of this Agreement. This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing.
P:For Customer: ____________________    For Vendor: ____________________
"""

SOURCES = {"h65z01": H65Z01, "h65z02": H65Z02, "h65e03": H65E03, "h65e05": H65E05}
TARGETS = {"h65z01": ("h65z01_provincial_meteorological_data_sharing_platform.pdf", "pdf"),
           "h65z02": ("h65z02_paper_mill_qcs_supply_and_maintenance.docx", "docx"),
           "h65e03": ("h65e03_banana_exporter_cold_store_sensors_maintenance.docx", "docx"),
           "h65e05": ("h65e05_medical_distributor_einvoicing_api_subscription.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
