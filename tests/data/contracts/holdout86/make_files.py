"""Builds the Word and PDF contracts of holdout86 from the markup below (format: ../word_pdf.py).

h86z01 and h86e03 become .docx files with real Word tables (price list, fault / severity levels); h86z02 and h86e04
become PDFs, their paragraphs broken into lines at word boundaries (wrap_words=True).
Run with /work/main/.venv/bin/python make_files.py from anywhere.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H86Z01 = """
T:××省社保经办一体化平台系统集成项目政府采购合同
P:合同编号：RSZC-2025-0417
P:采购人（甲方）：××省人力资源和社会保障厅
P:供应商（乙方）：华数政通信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及××省社保经办一体化平台系统集成项目（项目编号：××ZC2025-0386）公开招标的结果，甲乙双方经协商一致，签订本合同，共同遵守。
H:第一条 合同标的
P:1.1 乙方按本合同及招标文件、投标文件的要求，为甲方建设社保经办一体化平台，实现企业职工基本养老保险、工伤保险、失业保险经办业务的省级集中和"一网通办"。工作内容包括服务器、存储等硬件及基础软件供货，平台软件许可，定制开发，历史数据迁移，系统集成，培训以及质保期内的技术服务。
P:1.2 本合同附件（需求规格说明书、设备及软件配置清单、实施方案）及招标文件、投标文件为本合同的组成部分；文件之间有矛盾的，以本合同正文为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰玖拾陆万元整（¥4,960,000.00），包含货物、软件许可、开发、运输、安装、集成、培训、税费及质保期内全部服务费用，为固定总价。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|国产化服务器（应用及数据库节点）|10台|96,800|968,000
TB:2|分布式存储系统|1套|436,000|436,000
TB:3|国产数据库许可|48核|6,800|326,400
TB:4|应用中间件许可|16套|14,600|233,600
TB:5|社保经办一体化平台软件许可|1套|1,280,000|1,280,000
TB:|软硬件小计|||3,244,000
TB:6|定制开发（经办流程、"一件事"联办、国家平台/税务/银行接口）|1项|1,126,000|1,126,000
TB:7|历史数据迁移与清洗|1项|338,000|338,000
TB:8|系统集成与实施|1项|214,000|214,000
TB:9|培训|1项|38,000|38,000
TB:|合计|||4,960,000
P:2.2 除甲方书面确认的需求变更外，合同总价不作调整。需求变更涉及费用增减的，按投标文件中的人天单价据实核定，并签订补充协议。
H:第三条 付款方式
P:3.1 合同生效且乙方向甲方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%，即人民币992,000元，作为预付款。
P:3.2 系统初验合格后十五个工作日内，甲方支付合同总价的45%，即人民币2,232,000元。
P:3.3 系统终验合格后十五个工作日内，甲方支付合同总价的35%，即人民币1,736,000元。
P:3.4 乙方在每次付款前向甲方开具等额增值税发票。乙方应在合同签订前向甲方提交合同总价5%的履约保证金，终验合格后无息退还。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后六十日内完成硬件及基础软件的到货安装，一百五十日内完成定制开发、数据迁移和系统集成并提请初验。
P:4.2 乙方应派驻不少于八名实施人员，项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。乙方应每周提交项目周报。
P:4.3 硬件到货后双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:4.4 乙方应对甲方各级经办人员和系统管理员进行培训，提交操作手册、运维手册，确保甲方人员能独立完成日常经办和系统管理。
H:第五条 验收
P:5.1 初验标准：（1）需求规格说明书所列功能逐项测试通过；（2）在三百个并发用户条件下，典型经办交易平均响应时间不超过2秒；（3）与国家社会保险公共服务平台、税务、合作银行的接口联调通过；（4）迁移数据经全量比对，记录数及关键字段一致，差异清单经甲方确认处理完毕。
P:5.2 初验合格后系统进入试运行，试运行期九十日。试运行期内未发生一级故障，且系统通过第三方机构的网络安全等级保护三级测评和商用密码应用安全性评估的，乙方可提请终验。终验由甲方组织专家按本条标准进行，并出具终验报告。
P:5.3 到货签收、系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软硬件故障维修、部件更换、软件缺陷修复、版本升级及社保政策调整引起的小规模适配。
P:6.2 故障分级及服务时限如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|核心经办系统中断，或全省范围内业务无法办理|15分钟|2小时|6小时
TB:二级|部分功能异常，或单个地市业务受影响|1小时|8小时|24小时
TB:三级|一般性问题、咨询|8小时|按需|5个工作日
P:6.3 核心经办系统的月度可用率不低于99.95%，经甲方批准的计划内维护时间除外。
P:6.4 乙方响应、到场或恢复每超时1小时，甲方可扣减人民币2,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币3,000元。扣减款项从应付款或履约保证金中抵扣。
P:6.5 质保期满后，甲方需要乙方继续提供维保服务的，年度维保费不超过软硬件小计的8%，即每年不超过人民币259,520元，质保期满后的前两年不上调。维保合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的程序、接口、报表及相关源代码、技术文档的著作权及其他知识产权归甲方所有，乙方应在终验时将源代码和文档完整交付甲方。甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 平台软件、数据库及中间件的知识产权归其原权利人所有，甲方获得永久、不可撤销的使用许可。乙方保证所供货物和软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的参保单位和参保人员信息、业务数据及系统日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求。实施人员须签署保密承诺，经甲方审批后通过堡垒机接入生产环境，操作全程留痕；数据迁移应在甲方机房内完成，不得将数据带离甲方场所。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施，并在1小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提请初验的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的10%。逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方交付的货物或软件不符合合同约定的，应负责更换或修复，并赔偿由此给甲方造成的损失。
H:第十一条 分包
P:本项目不得转包。乙方如需将综合布线等非主体、非关键性工作分包，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或发生第10.1条规定的逾期情形的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:签订日期：2025年　月　日
"""

H86Z02 = """
T:在线浊度及溶解氧检测系统采购及维护合同
P:合同编号：LDPJ-SB-2025-062
P:买方（甲方）：鲁东啤酒股份有限公司
P:卖方（乙方）：苏州澄测过程分析仪器有限公司
P:甲方为提升糖化、发酵、清酒过滤及灌装工序的在线质量控制水平，向乙方采购在线浊度及溶解氧检测系统，并由乙方提供安装调试、培训及维护服务。双方经友好协商，订立本合同。
H:1. 合同标的与价格
P:1.1 乙方向甲方提供下列设备、软件及服务：
P:（1）在线浊度仪（90°/25°双角度散射光，含卫生级流通池）14套，单价46,800元，小计655,200元；
P:（2）在线溶解氧分析仪（荧光法，ppb级，含温度补偿）18套，单价38,600元，小计694,800元；
P:（3）安装支架、取样阀组及卫生级管件32套，单价3,200元，小计102,400元；
P:（4）数据采集网关4台，单价21,500元，小计86,000元；
P:（5）在线质量监测软件许可1套，168,000元。
P:以上设备及软件小计1,706,400元。
P:（6）安装调试及与MES、DCS系统对接，136,000元；
P:（7）操作及维护培训，17,600元。
P:1.2 合同总价为人民币壹佰捌拾陆万元整（¥1,860,000.00），含增值税、运输、保险、安装、调试、培训及质保期内服务费用。
H:2. 交货与安装
P:2.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂区指定地点，并提供装箱单、合格证、计量器具型式批准证书及出厂校准报告。
P:2.2 设备到货后双方共同开箱检验，签署到货签收单。到货签收仅确认型号、数量和外观完好，不代表质量验收。
P:2.3 乙方应在到货后二十日内完成安装调试。安装应在甲方停产检修窗口内进行，不得影响正常生产；乙方人员进入生产区域须遵守甲方食品安全和安全生产管理制度。
P:2.4 设备在甲方签收前的毁损、灭失风险由乙方承担。与物料接触的部件应符合食品接触材料的国家标准，乙方应提供相应检测报告。
P:2.5 乙方应随货提供中文操作手册、维护手册、备件清单及电气接线图各三套，并在安装调试期间对甲方质量部、酿造车间及设备部人员进行不少于三天的现场培训，使其能够独立完成日常操作、清洗、校准和一般故障处理。
H:3. 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的百分之二十，即372,000元，作为预付款。
P:3.2 全部设备到货签收后十个工作日内，甲方支付合同总价的百分之四十，即744,000元。
P:3.3 最终验收合格后十个工作日内，甲方支付合同总价的百分之三十五，即651,000元。
P:3.4 剩余百分之五，即93,000元，作为质量保证金，在质保期满且无未决质量问题后十个工作日内无息支付。
H:4. 验收
P:4.1 安装调试完成后进行最终验收，验收标准为：（1）浊度仪示值误差不超过读数的±2%或±0.02 EBC（取大者），溶解氧分析仪在0–100 ppb量程内示值误差不超过±1 ppb；（2）与甲方化验室离线检测结果比对，每个测点不少于30个样本，偏差满足上述要求；（3）测量数据经网关上传MES系统，刷新周期不超过5秒，超限报警联动正确；（4）全部测点连续运行三十日无故障。
P:4.2 验收合格的，双方签署最终验收报告；不合格的，乙方应在十日内整改并重新验收。设备投入使用或甲方支付款项均不视为验收合格。
P:4.3 验收所需的标准浊度液、零氧校准气及比对用取样器具由乙方提供，费用包含在合同总价内。
H:5. 质量保证
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供故障维修、零部件更换、每半年一次的现场校准，荧光帽、传感器膜片等易损件每季度免费更换一次。
P:5.2 质保期内同一台设备累计故障三次以上的，乙方应更换同型号新品。
P:5.3 质保期内乙方应每季度对全部测点进行一次巡检并提交巡检报告，巡检中发现的问题应在十日内处理完毕。乙方应在甲方所在城市储备常用备件，保证备件供应期不少于设备停产后八年。
H:6. 故障响应
P:6.1 故障分级：一级故障指发酵、清酒或灌装线关键测点失效，导致无法在线监控产品质量；二级故障指单个测点读数异常，但可通过人工取样比对替代；三级故障指其他一般问题。
P:6.2 一级故障乙方应在接到甲方报修后8小时内响应，48小时内到达现场，72小时内修复或提供备机；二级故障乙方应在24小时内响应，五个工作日内修复；三级故障在下次定期巡检时处理。
P:6.3 乙方未在上述时限内到场或修复的，每超时一日，甲方可从质量保证金中扣减1,000元。
H:7. 质保期后维护
P:7.1 质保期满后，乙方应继续为甲方提供维护保养服务，年度维护费按设备及软件小计的百分之十八计取，即每年307,152元，含每年两次现场校准、易损件更换及故障维修；该费用在质保期满后三年内固定不变。
P:7.2 维护服务按年签订维护协议，甲方按季度支付维护费。维护协议期满不自动续期。
P:7.3 维护期间的故障分级和响应、到场、修复时限按本合同第6条执行。
H:8. 知识产权
P:8.1 设备内置软件及在线质量监测软件的知识产权归乙方或其原厂所有，甲方获得永久使用许可。
P:8.2 乙方为甲方开发的MES、DCS接口程序、数据点表及报表配置，其知识产权归甲方所有，乙方应交付源代码和配置文件。
H:9. 数据安全
P:9.1 检测数据、工艺参数和生产记录均属于甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:9.2 数据采集网关应通过单向隔离装置接入甲方工业控制网络。乙方远程维护须事先经甲方批准，由甲方开通临时账号并全程录屏，维护结束后立即关闭。
P:9.3 发生数据泄露、篡改或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担赔偿责任。
H:10. 保密
P:乙方对知悉的甲方酿造工艺、配方、质量标准和生产数据负有保密义务，保密期限至该等信息依法公开之日止，不因本合同终止而失效。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的百分之十。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:11.3 因设备质量问题造成甲方产品报废或停产的，乙方应赔偿甲方的直接损失。
P:11.4 违约金不足以弥补甲方损失的，乙方应赔偿差额部分。
H:12. 分包与转让
P:乙方不得转包本合同。辅助安装工作需分包的，应事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:13. 合同解除
P:乙方逾期交货超过三十日，或严重违约经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:14. 不可抗力
P:因自然灾害、疫情等不可抗力导致不能按期履行的，受影响方应在三日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:15. 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交青岛仲裁委员会仲裁。
H:16. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术参数表、测点分布图、验收方案。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：2025年　月　日
"""

H86E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR BRINE-PAN MONITORING SENSORS
P:Contract No. BBSW-EQ-2025-031
P:This Contract is made on __________ 2025 between Bohai Bay Sea Salt Works Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanpu, Tangshan, Hebei Province (the "Buyer"), and Turks Islands Instrumentation & Controls Ltd., a company incorporated in the Turks and Caicos Islands with its registered office at Front Street, Cockburn Town, Grand Turk (the "Supplier").
P:Whereas the Buyer operates evaporation and crystallisation pans over some 2,600 hectares and wishes to monitor brine density, brine depth and weather conditions pan by pan in real time, and whereas the Supplier has offered a monitoring system for salt works and has been selected through the Buyer's competitive negotiation, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price stated in Article 3. "Equipment" means the sensors, weather stations, gateways, solar power kits and spare parts listed in Annex 1. "Software" means the monitoring software licensed under Article 2.3. "Integration Work" means the interface between the Software and the Buyer's production-scheduling system. "Final Acceptance" means acceptance under Article 6.
P:1.2 Days are calendar days. Working days are days on which banks are open in Tangshan.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver DDP to the Buyer's works in Nanpu, install and commission the Equipment, install and license the Software, carry out the Integration Work, train the Buyer's staff, and provide warranty service and, if ordered, post-warranty maintenance under this Contract.
P:2.2 All Equipment installed in or beside the pans shall be rated at least IP68, made of materials resistant to saturated brine, and powered by the solar kits without mains power.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's servers for the Buyer's own operations. The licence is not limited in time or number of users.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,900,000 (one million nine hundred thousand yuan), fixed, including VAT, import duties, freight, insurance, installation, commissioning, training and all warranty services. It is itemised in the following table (Annex 1):
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Brine density (Baumé) sensor with cleaning wiper|96|7,450|715,200
TB:2|Brine level and depth sensor|96|2,980|286,080
TB:3|Pan weather station (evaporation, wind, rain, radiation)|6|38,500|231,000
TB:4|LoRaWAN gateway, industrial grade|8|12,600|100,800
TB:5|Solar power kit with battery|104|1,150|119,600
TB:6|Monitoring software, perpetual licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,620,680
TB:7|Installation and commissioning across all pans|1|196,320|196,320
TB:8|Integration Work with the production-scheduling system|1|64,000|64,000
TB:9|Training|1|19,000|19,000
TB:|Contract Price|||1,900,000
H:Article 4 Payment
P:4.1 Ten per cent (10%) of the Contract Price, CNY 190,000, shall be paid within fifteen (15) working days after the Buyer receives an advance-payment guarantee issued by a bank acceptable to the Buyer for the same amount.
P:4.2 Fifty-five per cent (55%), CNY 1,045,000, shall be paid within fifteen (15) working days after the Installation Certificate is signed. The Installation Certificate confirms only that the Equipment has been delivered and installed; it is not acceptance.
P:4.3 Thirty-five per cent (35%), CNY 665,000, shall be paid within fifteen (15) working days after the Final Acceptance Certificate is signed.
P:4.4 Each payment requires a valid invoice. Payments are made in CNY to the Supplier's account designated in Annex 4.
H:Article 5 Delivery and Delay
P:5.1 The Equipment shall be delivered within seventy (70) days and installation completed within one hundred and ten (110) days after the Contract enters into force, so that the system is in service before the spring evaporation season.
P:5.2 If the Supplier fails to deliver or complete installation by these dates for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. If the delay exceeds sixty (60) days, the Buyer may terminate this Contract under Article 14.
H:Article 6 Acceptance
P:6.1 After installation the system shall run for a trial period of forty-five (45) days.
P:6.2 Final Acceptance requires that, during the trial period: (a) each density sensor agrees with the Buyer's laboratory hydrometer readings within ±0.2 °Bé on at least ten (10) comparison samples per sensor; (b) each depth sensor agrees with manual gauge readings within ±1 cm; (c) data from all pans reaches the Software at intervals not longer than ten (10) minutes, with no pan missing data for more than two (2) hours in a row; (d) the Integration Work passes pan-level readings to the production-scheduling system correctly; and (e) no Severity 1 fault is open.
P:6.3 When the criteria are met the parties shall sign the Final Acceptance Certificate within ten (10) working days. Delivery, installation, use of the system in production or any payment shall not be deemed acceptance.
H:Article 7 Warranty
P:7.1 The warranty period is thirty-six (36) months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace, free of charge, any Equipment or Software that fails or does not conform to this Contract, including damage caused by brine corrosion under normal use.
P:7.2 The Supplier shall keep in Tangshan a stock of at least five spare units of each sensor type throughout the warranty period.
H:Article 8 Service Levels
P:8.1 Faults shall be handled according to the following table:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Gateway failure, Software down, or data lost from more than 10 pans|1 hour|24 hours|48 hours
TB:Severity 2|Data lost from 10 pans or fewer, or one weather station failed|2 hours|48 hours|5 days
TB:Severity 3|Single sensor drift, cosmetic or documentation issue|1 working day|next visit|10 days
P:8.2 Response means a qualified engineer contacting the Buyer and starting diagnosis. The Supplier shall maintain a service partner with engineers based in Tangshan.
P:8.3 For each hour by which the Supplier exceeds a Severity 1 response time, it shall pay CNY 800; for each day by which it exceeds an on-site or restoration time, it shall pay CNY 2,000. These amounts may be deducted from any payment due to the Supplier.
H:Article 9 Post-Warranty Maintenance
P:9.1 After the warranty period the Buyer may order annual maintenance covering two preventive visits a year, sensor recalibration, replacement of worn wipers and seals, Software updates and the service levels in Article 8.
P:9.2 The annual maintenance fee is ten per cent (10%) of the Hardware and Licence Subtotal, namely CNY 162,068 per year, and shall not be increased during the first three years after the warranty period. Maintenance is ordered by a separate annual order and does not renew automatically.
H:Article 10 Intellectual Property
P:10.1 The Software and the firmware of the Equipment remain the property of the Supplier or its licensors, subject to the licence in Article 2.3.
P:10.2 The Integration Work, the pan map configuration and all reports and documentation prepared for the Buyer belong to the Buyer. The Supplier shall deliver the source code of the Integration Work, and the Buyer may use, modify and license it freely.
H:Article 11 Data Security
P:11.1 All measurement data, production data and configuration data generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:11.2 The Software shall be installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, is made through the Buyer's VPN and is logged. The Supplier shall not copy the Buyer's data outside the Buyer's systems.
P:11.3 The Supplier shall notify the Buyer within twenty-four (24) hours of any security incident affecting the system or the Buyer's data, shall cooperate in containing it and shall compensate the Buyer for losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract, including production volumes, pan layouts and prices, and shall not disclose it to any third party without prior written consent, during this Contract and for five years after it ends.
H:Article 13 Subcontracting
P:13.1 The Buyer approves, by signing this Contract, the Tangshan service partner named in Annex 3 for installation and on-site service.
P:13.2 The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 14 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty (20) days after notice, or in the case described in Article 5.2. The Supplier shall then refund the amounts paid for any part of the supply not accepted.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tangshan Arbitration Commission for arbitration in Tangshan. The award is final and binding on both parties.
H:Article 16 Miscellaneous
P:This Contract is signed in English and Chinese, both texts being equally authentic, in four originals, two for each party. It enters into force on signature. Annex 1: Price list and equipment specifications. Annex 2: Pan layout. Annex 3: Approved service partner. Annex 4: Bank details.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H86E04 = """
T:MANAGED IT AND E-MAIL SECURITY SERVICES AGREEMENT
P:Agreement Reference: SMMS/QYT/2025/11
P:THIS AGREEMENT is made the ____ day of __________ 2025
P:BETWEEN: (1) SAGE MOUNTAIN MANAGED SERVICES LIMITED, a BVI business company with company number 2093318 whose registered office is at Wickhams Cay II, Road Town, Tortola, British Virgin Islands (the "Provider"); and (2) QIANYUAN TRUST CO., LTD., a trust company established under the laws of the People's Republic of China whose principal office is in Hangzhou, Zhejiang Province (the "Company").
P:WHEREAS the Company wishes to outsource the operation of its end-user IT environment and the protection of its e-mail system, and the Provider has agreed to provide those services on the terms of this Agreement.
P:NOW IT IS HEREBY AGREED as follows:
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Charges" means the charges in Clause 6; "Commencement Date" means the date of the Transition Acceptance Certificate; "Company Data" means all data, documents, e-mails and personal information of the Company, its clients, beneficiaries and staff which the Provider accesses or processes in providing the Services; "Critical Incident" has the meaning given in Schedule 2; "Initial Term" means the period of twenty-four (24) months from the Commencement Date; "Services" means the services described in Clause 3 and Schedule 1; "Transition" means the work described in Clause 4.
P:1.2 Headings do not affect interpretation. Words in the singular include the plural and vice versa. A reference to a Clause or Schedule is to a clause of or schedule to this Agreement.
H:2. TERM
P:2.1 This Agreement commences on the date of signature and, unless terminated earlier under Clause 14, continues until the end of the Initial Term.
P:2.2 This Agreement shall not renew automatically. Any extension shall be agreed in writing, including the Charges for the extended period.
H:3. THE SERVICES
P:3.1 The Provider shall provide the following Services for approximately 420 users at the Company's head office in Hangzhou and its business offices in Shanghai and Beijing: (a) a service desk in Mandarin and English from 08:00 to 20:00 on working days and on call at all other times; (b) endpoint management of desktops, laptops and mobile devices, including patching, software distribution, encryption and asset records; (c) management of the Company's Microsoft 365 tenant operated in China and of its e-mail security gateway, including spam and malware filtering, phishing protection, data-loss-prevention rules and quarantine review; (d) security monitoring of e-mail and endpoint alerts, with escalation to the Company's information security officer; (e) quarterly phishing-simulation campaigns and awareness reports; and (f) monthly service reporting.
P:3.2 The Provider shall perform the Services with reasonable skill and care, in accordance with good industry practice and with the Company's information security policies as notified to the Provider from time to time.
H:4. TRANSITION
P:4.1 The Provider shall complete the Transition, consisting of knowledge transfer from the Company's current supplier, deployment of monitoring agents, configuration of the e-mail security gateway policies and set-up of the service desk, within sixty (60) days after the date of signature (the "Transition Date").
P:4.2 If the Transition is not completed by the Transition Date for reasons attributable to the Provider, the Provider shall pay the Company CNY 1,200 for each day of delay until the Transition Acceptance Certificate is signed.
H:5. TRANSITION ACCEPTANCE
P:5.1 The Transition shall be accepted when: (a) monitoring agents report from every endpoint in the asset list agreed at signature, other than devices the Company confirms in writing are out of use; (b) the e-mail security gateway filters all inbound and outbound mail for every mail domain of the Company, verified by a test plan agreed with the Company; (c) the service desk has handled the Company's calls for ten consecutive working days in parallel with the current supplier without a missed Critical Incident; and (d) the run-books and configuration records in Schedule 3 have been delivered.
P:5.2 The Company shall sign the Transition Acceptance Certificate within five working days after the criteria are met. Going live with the Services shall not in itself constitute acceptance.
H:6. CHARGES AND PAYMENT
P:6.1 The Charges are: (a) a monthly service charge of CNY 64,800 for each month of the Initial Term, being CNY 1,555,200 in total; and (b) a one-off transition charge of CNY 84,800. The total Charges for the Initial Term are therefore CNY 1,640,000, inclusive of VAT.
P:6.2 The transition charge shall be invoiced after the Transition Acceptance Certificate is signed. The monthly service charge shall be invoiced monthly in arrears. No amount is payable in advance.
P:6.3 Invoices shall be paid within thirty (30) days of receipt. The Charges are fixed for the Initial Term.
H:7. SERVICE LEVELS AND SERVICE CREDITS
P:7.1 The e-mail security gateway shall be available to filter and deliver mail for not less than 99.99% of each calendar month.
P:7.2 Incidents shall be prioritised as set out in Schedule 2. For a Critical Incident (e-mail unavailable for the Company, a confirmed malware outbreak, or a compromised mailbox of a senior officer), the Provider shall respond within fifteen (15) minutes at any time and shall restore service or contain the threat within three (3) hours. High incidents shall be responded to within one (1) hour and Medium incidents within eight (8) working hours.
P:7.3 If the Provider fails to meet a service level in Clause 7.1 or 7.2 in any month, the Company shall be entitled to a service credit of five per cent (5%) of that month's service charge for each failure, up to a maximum of twenty-five per cent (25%) of that month's service charge. Service credits shall be deducted from the next invoice and are without prejudice to the Company's other rights.
H:8. COMPANY DATA AND DATA SECURITY
P:8.1 All Company Data is and shall remain the property of the Company. The Provider shall process Company Data only on the Company's documented instructions and only for the purpose of providing the Services, and shall not use it for any other purpose.
P:8.2 Company Data shall remain in the Company's systems in mainland China. The Provider's staff shall access those systems only through the Company's privileged-access gateway with multi-factor authentication; all sessions are recorded. The Provider shall not store Company Data on its own systems or transfer it outside mainland China.
P:8.3 The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law and with the Company's regulatory requirements as a trust company, and shall ensure that every person it assigns has been screened and has signed a confidentiality undertaking.
P:8.4 The Provider shall notify the Company within twelve (12) hours after becoming aware of any actual or suspected security breach affecting Company Data, shall take all steps reasonably required to contain it and shall support the Company in reporting to the regulator. The Provider shall indemnify the Company against losses arising from a security breach caused by the Provider's breach of this Clause 8.
H:9. CONFIDENTIALITY
P:Each party shall keep secret and shall not disclose to any third party any confidential information of the other party obtained under this Agreement, including the identity and affairs of the Company's clients and beneficiaries, save as required by law or by a competent regulator. This obligation survives termination of this Agreement without limit of time.
H:10. INTELLECTUAL PROPERTY
P:10.1 Tools and software owned by the Provider before this Agreement remain its property.
P:10.2 All run-books, scripts, configurations, gateway rule sets and reports prepared for the Company under this Agreement belong to the Company on creation, and the Company may use, modify and disclose them to any successor provider.
H:11. SUBCONTRACTING
P:The Provider shall not subcontract any part of the Services without the prior written consent of the Company. The Provider shall remain responsible for the acts and omissions of any subcontractor as if they were its own.
H:12. LIMITATION OF LIABILITY
P:12.1 The total aggregate liability of the Provider arising under or in connection with this Agreement shall not exceed two hundred per cent (200%) of the total Charges for the Initial Term.
P:12.2 Neither party shall be liable for any indirect or consequential loss. Nothing in this Agreement limits liability for fraud, or for death or personal injury caused by negligence.
H:13. INSURANCE
P:The Provider shall maintain professional indemnity and cyber insurance with a reputable insurer, each for not less than CNY 5,000,000 per claim, and shall provide certificates on request.
H:14. TERMINATION
P:14.1 The Company may terminate this Agreement by written notice if the Provider commits a material breach which is not remedied within twenty (20) days after written notice, or if service credits reach their monthly maximum in any three months of a rolling six-month period.
P:14.2 On expiry or termination the Provider shall provide exit assistance for up to ninety (90) days at the rates in Schedule 4 and shall return or destroy all Company Data in its possession.
H:15. GOVERNING LAW AND DISPUTE RESOLUTION
P:15.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of the Virgin Islands.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the Arbitration Rules of the BVI International Arbitration Centre. The seat of arbitration shall be Road Town, Tortola, British Virgin Islands, and the language of the arbitration shall be English.
H:16. GENERAL
P:16.1 This Agreement, with its Schedules, constitutes the entire agreement between the parties. Any amendment must be in writing and signed by both parties.
P:16.2 Notices shall be delivered by hand, courier or e-mail to the addresses stated above.
P:Schedule 1: Service Description. Schedule 2: Incident Priorities. Schedule 3: Run-books and Configuration Records. Schedule 4: Exit Rates.
P:IN WITNESS whereof the parties have executed this Agreement on the date first written above.
P:Signed for and on behalf of the Provider: ____________________    Signed for and on behalf of the Company: ____________________
"""

SOURCES = {"h86z01": H86Z01, "h86z02": H86Z02, "h86e03": H86E03, "h86e04": H86E04}
TARGETS = {"h86z01": ("h86z01_hrss_department_social_insurance_platform_integration.docx", "docx"),
           "h86z02": ("h86z02_brewery_turbidity_dissolved_oxygen_analysers.pdf", "pdf"),
           "h86e03": ("h86e03_salt_works_brine_pan_sensors_turks_caicos.docx", "docx"),
           "h86e04": ("h86e04_trust_company_managed_it_email_security_bvi.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
