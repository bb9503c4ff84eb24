"""Builds the .docx and .pdf contracts of holdout44 from the markup below (see ../word_pdf.py).

Markup, one item per line: T: title, H: heading, P: paragraph, TB: a table row (cells split by |).
Run with /work/main/.venv/bin/python make_files.py; the .md and .txt contracts of this folder are plain files.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H44Z01 = """
T:云岭省住房公积金缴存业务系统集成项目合同
P:合同编号：YLGJJ-2025-XM-017
P:甲方（采购人）：云岭省住房公积金管理中心
P:乙方（供应商）：华辰数科信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及相关法律法规，依据本项目公开招标文件及乙方投标文件，甲乙双方就云岭省住房公积金缴存业务系统集成项目（以下简称“本项目”）协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方为甲方建设新一代住房公积金缴存业务系统，覆盖单位开户与变更、个人账户设立与封存启封、汇缴、补缴、缴存基数年度调整、缓缴及降比审批、个人账户转移接续等业务，并完成与归集银行、社保、税务、市场监管电子营业执照系统及全国住房公积金数据平台的接口对接。
P:1.2 乙方提供本项目所需的国产服务器、分布式存储设备及数据库、中间件软件许可，负责安装部署、历史数据迁移、系统切换、培训及质保期内的维护服务。
P:1.3 项目工期：自合同签订之日起一百八十日内完成系统上线试运行；试运行期满后三十日内申请终验。
P:1.4 乙方应指定具有信息系统项目管理师资格的项目经理，项目经理及核心开发人员未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰伍拾捌万元整（¥3,580,000.00），为含税固定总价，包括下表所列全部货物、软件及服务，甲方不再另行支付其他任何费用。
TB:序号|项目|数量|金额（元）
TB:1|缴存业务系统平台软件许可（永久）|1套|1,280,000
TB:2|定制开发（汇缴、补缴、基数调整、对外接口）|1项|960,000
TB:3|国产服务器及分布式存储|服务器6台、存储1套|742,000
TB:4|数据库及中间件软件许可|1批|318,000
TB:5|历史数据迁移|1项|186,000
TB:6|实施部署及培训|1项|94,000
TB:合计|||3,580,000
P:2.2 上表第1、3、4项合计人民币2,340,000元，以下称“软硬件小计”。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方向甲方提交等额的银行预付款保函，甲方收到保函后支付合同总价的20%，即人民币716,000元，作为预付款。
P:3.2 系统上线试运行并通过初验后，甲方支付合同总价的45%，即人民币1,611,000元。
P:3.3 系统通过终验后，甲方支付合同总价的35%，即人民币1,253,000元。
P:3.4 乙方每次申请付款时应提供等额合法有效的发票。甲方按财政资金支付程序付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后十五日内提交项目实施方案、进度计划及数据迁移方案，经甲方确认后实施。
P:4.2 设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认品牌、型号、数量与外观，不代表质量验收。
P:4.3 历史数据迁移应覆盖全部单位账户、个人账户及近十年缴存明细，迁移前后逐户核对账户余额与缴存明细，差异须在上线前全部处理完毕。
P:4.4 系统切换须在甲方指定的非工作时段进行，乙方应事先制定并演练回退方案。
H:第五条 验收
P:5.1 初验标准：（1）《需求规格说明书》所列功能逐项测试通过；（2）500个并发用户下汇缴业务单笔处理时间不超过3秒；（3）迁移数据的账户余额、缴存明细逐户核对一致；（4）与归集银行等全部外部接口联调通过；（5）通过第三方网络安全等级保护三级测评及商用密码应用安全性评估。
P:5.2 初验通过后进入三个月试运行期。试运行期内未发生一级故障、二级故障不超过三次的，乙方可申请终验，甲方应在收到申请后十五个工作日内组织终验，终验合格的双方签署终验报告。
P:5.3 系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护服务
P:6.1 质保期为终验合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、政策调整引起的参数配置、设备维修及更换和现场技术支持。
P:6.2 乙方按下表对故障作出响应和处理：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|缴存核心业务中断，或数据错误影响全省业务|30分钟|2小时|6小时
TB:二级|部分业务功能或部分地市业务不可用|1小时|8小时|24小时
TB:三级|一般功能缺陷、操作咨询|8小时|按需|5个工作日
P:6.3 一级故障响应、到场或恢复每超时一小时，乙方向甲方支付人民币1,500元；二级故障每超时一小时，支付人民币500元。甲方可从应付款项或履约保证金中直接扣除。
P:6.4 质保期满后，如甲方委托乙方继续提供维护服务，年度维护费不超过软硬件小计的9%（即每年不超过人民币210,600元），质保期满后三年内不得上调，具体由双方另行签订维护合同。
H:第七条 知识产权
P:7.1 平台软件、数据库及中间件的知识产权归其原权利人所有，甲方获得永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的程序、接口及其源代码、技术文档的知识产权归甲方所有。乙方应在终验前交付完整源代码及编译环境说明，甲方有权自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的软件和设备不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的全部缴存单位信息、职工个人信息、账户及业务数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方人员须通过甲方堡垒机访问生产环境，操作全程留痕，不得将数据复制至甲方网络以外；测试使用的数据须经甲方脱敏处理后提供。乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的相关要求。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行本合同过程中获知的甲方工作秘密、系统架构、网络拓扑、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，并应要求其参与本项目的人员签署保密承诺书。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方未按约定时间完成上线试运行或终验的，每逾期一日，按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的百分之五。
P:10.2 乙方逾期超过六十日，或系统两次验收不合格的，甲方有权解除合同。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意或重大过失以及违反本合同第八条造成的损失除外。
P:10.4 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:乙方不得将本项目转包。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方；经同意分包的，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:乙方严重违反本合同约定，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还相应款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:本合同附件包括招标文件、投标文件、《需求规格说明书》及设备清单，与本合同具有同等效力。本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:授权代表：                    授权代表：
P:日期：                        日期：
"""

H44Z02 = """
T:滨海市气象局区域自动气象站设备采购及维护项目合同
P:项目编号：BHCG-2025-0386（政府采购 公开招标）
P:采购人（甲方）：滨海市气象局
P:供应商（乙方）：天衡气象科技股份有限公司
P:甲乙双方根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，经协商一致，签订本合同。
H:一、采购内容
P:（一）乙方向甲方供应区域自动气象站设备，并负责站点基础施工、防雷接地、通信调试、中心站软件部署、与省级气象业务平台对接、培训及质保期内的维护服务。
P:（二）设备及服务明细如下：
P:1. 六要素自动气象站（气温、相对湿度、气压、风向、风速、降水量）32套，单价58,000元，小计1,856,000元；
P:2. 能见度仪及天气现象仪8套，单价46,500元，小计372,000元；
P:3. 中心站数据采集与质量控制软件许可1套，268,000元；
P:4. 站点安装（基础、立杆、防雷、通信调试）32站，单价9,800元，小计313,600元；
P:5. 操作及维护培训26,400元。
P:（三）合同总价为人民币贰佰捌拾叁万陆仟元整（¥2,836,000），为含税固定总价。其中第1至3项合计2,496,000元，以下称“设备及软件金额”。
H:二、交货与安装
P:（一）乙方应在合同签订后九十日内将全部设备运抵甲方指定地点，一百五十日内完成全部站点的安装调试。
P:（二）站点选址按《地面气象观测规范》及甲方提供的站点清单执行，观测场环境应符合气象探测环境保护的要求。
P:（三）设备到货后双方共同清点并签署到货签收单。到货签收仅表示数量和外观无误，不作为质量验收。设备包装应适合长途运输和野外搬运，因包装不当造成的损坏由乙方负责更换。
P:（四）所有传感器须附法定计量检定机构出具的有效检定证书，设备须具有气象专用技术装备使用许可证明。
P:（五）乙方负责各站点防雷装置的首次检测，并向甲方提交具有资质的检测机构出具的防雷检测报告。站点供电采用太阳能加蓄电池方式的，蓄电池应保证在连续阴雨七天的情况下设备正常运行。
P:（六）乙方应随设备提供备用传感器一批（气温、湿度、气压、风向风速、雨量传感器各四支），作为质保期内检定轮换使用，备用传感器的所有权属于甲方。
H:三、站点施工
P:（一）乙方可将站点基础浇筑、立杆及防雷接地施工交由当地具有相应资质的施工单位实施，开工前将施工单位名称及负责人告知甲方即可，无需另行取得甲方同意。
P:（二）乙方对施工质量、施工安全及施工单位的行为负责，施工完成后应恢复站点周边环境。
H:四、验收
P:（一）全部站点安装完成后进入三十天连续试运行。试运行期间各站数据应按时完整传输，各要素与甲方基准站对比误差应满足：气温不超过0.2℃，相对湿度不超过5%RH，气压不超过0.3hPa，风速不超过(0.5+0.03V)m/s。
P:（二）中心站软件须完成与省级气象业务平台的数据对接，报文格式符合现行业务规范，质量控制规则运行正常。
P:（三）试运行期满且满足上述标准的，甲方组织终验，双方签署终验报告。设备安装完成或投入使用，均不视为验收合格。试运行不合格的，乙方应在十五日内整改并重新试运行。
H:五、付款
P:（一）合同签订后十个工作日内，甲方支付合同总价的40%作为预付款，即人民币1,134,400元。
P:（二）终验合格后十个工作日内，甲方支付合同总价的50%，即人民币1,418,000元。
P:（三）合同总价的10%即人民币283,600元作为质量保证金，质保期满且无未处理的质量问题的，甲方一次性无息支付。
P:（四）乙方申请付款时应提供合法有效的发票。
H:六、质量保证与维护
P:（一）质保期为终验合格之日起三年。质保期内乙方免费提供设备维修、零部件更换和软件升级，每年对全部站点巡检两次，并按检定周期对传感器进行检定或以备用传感器轮换。
P:（二）故障分级与响应：一级故障（中心站系统故障，或三个及以上站点同时缺测）乙方接报后1小时内响应，24小时内到达现场处理；二级故障（单站缺测或单要素异常）2小时内响应，48小时内修复；三级故障（非关键功能异常）8小时内响应，5个工作日内修复。汛期及重大天气过程保障期间，乙方应安排技术人员在本市值守。
P:（三）质保期内同一台设备因质量问题累计维修三次以上仍不能正常运行的，乙方应免费更换同型号新设备，更换后的设备重新计算质保期。
P:（四）乙方响应或修复超时的，一级故障每超时一小时扣减质量保证金500元，二级故障每超时一小时扣减200元；因乙方原因造成站点连续缺测超过72小时的，每站每日另扣500元。
P:（五）质保期内乙方每年向甲方提交设备运行分析报告，内容包括各站数据到报情况、故障统计及处理记录、传感器检定记录和改进建议。乙方应在本市设立维护服务站，配备不少于两名专职维护工程师及常用备件。
P:（六）乙方应对甲方指定的业务人员进行操作及维护培训，培训内容包括设备原理、日常巡视、常见故障判断、传感器更换及中心站软件使用，培训人数不少于十五人次，并提供培训教材。
P:（七）质保期满后，甲方需要乙方继续提供维护服务的，年度维护费按设备及软件金额的18%计取，即每年人民币449,280元，由双方另行签订维护合同。
H:七、数据安全
P:（一）自动气象站观测数据、站点信息及中心站数据均属于甲方，乙方不得擅自使用、发布或向第三方提供，不得用于本合同以外的任何目的。
P:（二）乙方应落实数据传输加密、访问控制和日志审计措施，定期对中心站软件进行漏洞扫描和安全加固，远程维护须经甲方批准并通过甲方指定的安全通道进行。发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部责任并赔偿损失。
H:八、保密
P:乙方对履行合同中知悉的甲方非公开信息、站网布设方案及网络配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:九、知识产权
P:中心站软件的知识产权归乙方所有，甲方获得永久使用许可。乙方为本项目开发的数据对接程序、质量控制规则配置及报表，知识产权归甲方所有，乙方应交付源代码及技术文档。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六向甲方支付违约金，累计不超过合同总价的百分之十。
P:（二）乙方逾期超过四十五日，或交付的设备经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（三）乙方严重违反本合同其他约定，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同。
P:（四）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十一、争议解决
P:本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十二、其他
P:（一）本合同未尽事宜，按招标文件、投标文件及相关法律法规执行。招标文件、投标文件、设备技术参数表及站点清单为本合同附件，与本合同具有同等效力。
P:（二）本合同的修改或补充须经双方书面签署。双方往来通知以书面形式送达本合同载明的地址。
P:（三）本合同一式五份，甲方三份，乙方两份，自双方盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：                        日期：
"""

H44E02 = """
T:SUPPLY CONTRACT No. LSM-2025/CN-031
P:Quality Control Scanning Systems for Paper Machines PM2 and PM3
P:BETWEEN: Lusometria - Sistemas de Medição Industrial, Lda., a private limited company with registered office at Rua da Ria 118, 3800-000 Aveiro, Portugal, taxpayer no. 514 228 903, acting through its Shanghai Representative Office and represented by its Managing Director (hereinafter the "Seller");
P:AND: Fujian Minjiang Paper Co., Ltd., a company incorporated in the People's Republic of China with registered office at Qingzhou Industrial Park, Sanming, Fujian Province (hereinafter the "Purchaser").
P:WHEREAS the Purchaser wishes to replace the measuring frames of its paper machines PM2 and PM3 and the Seller has submitted its proposal ref. LSM-P-2025-077 of 3 March 2025, the Parties enter into the present Contract, which shall be governed by the following Articles.
H:Article 1 - Object of the Contract
P:1.1 The Seller shall supply, supervise the installation of, commission and calibrate two O-frame scanning systems, one for PM2 (trim width 5.6 m) and one for PM3, each equipped with a beta-ray basis-weight sensor and a near-infrared moisture sensor, together with the QCS software described in Annex 1, a spare parts kit and the training set out in Article 2.
P:1.2 The QCS software shall include cross-direction profile display, machine-direction control of basis weight and moisture, grade change support, reel reports and an OPC UA interface to the Purchaser's distributed control system (DCS).
P:1.3 The basis-weight sensors contain sealed radioactive sources. The Seller shall provide the source certificates and all technical documents the Purchaser needs for its radiation safety licence, and shall take back the sources at the end of their service life at the prices listed in Annex 3.
H:Article 2 - Contract Price
P:2.1 The Contract Price is CNY 3,920,000 (three million nine hundred and twenty thousand Chinese Yuan), VAT included, delivered DAP Purchaser's mill, and is broken down as follows:
TB:Item|Description|Qty|Amount (CNY)
TB:1|O-frame scanner for PM2 with basis-weight and moisture sensors|1|1,460,000
TB:2|O-frame scanner for PM3 with basis-weight and moisture sensors|1|1,460,000
TB:3|QCS software licence (perpetual), with MD control and OPC UA interface|1|620,000
TB:4|Spare parts kit for two years of operation|1 lot|97,000
TB:5|Installation supervision, commissioning and calibration|1 lot|245,000
TB:6|Training of operators and instrument engineers|1 lot|38,000
TB:|Total Contract Price||3,920,000
P:2.2 Items 1 to 4, in the amount of CNY 3,637,000, form the "Equipment and Licence Price".
P:2.3 The prices are fixed and not subject to revision. They include packing, transport, insurance, import duties and the travel and living costs of the Seller's personnel.
H:Article 3 - Terms of Payment
P:3.1 40 % of the Contract Price (CNY 1,568,000) as a down payment, within 15 days of signature of the Contract, against presentation of an advance payment bank guarantee of the same amount, valid until delivery.
P:3.2 40 % of the Contract Price (CNY 1,568,000) upon delivery of the equipment at the mill, against the delivery note signed by the Purchaser.
P:3.3 20 % of the Contract Price (CNY 784,000) upon signature of the Final Acceptance Certificate under Article 6.
P:3.4 Each payment is made by bank transfer within 30 days of receipt of the corresponding invoice.
H:Article 4 - Delivery and Time Schedule
P:4.1 The equipment shall be delivered within twenty (20) weeks after receipt of the down payment. Commissioning shall be completed within six (6) weeks after delivery, during the planned shutdowns of PM2 and PM3 notified by the Purchaser at least 30 days in advance.
P:4.2 If the Seller fails to meet the delivery date or the commissioning date for reasons attributable to it, the Seller shall pay to the Purchaser a penalty of 0.25 % of the Contract Price for each complete week of delay, up to a maximum of 5 % of the Contract Price.
P:4.3 Delays caused by the Purchaser, including late shutdowns or missing site works, extend the time schedule accordingly.
H:Article 5 - Factory Acceptance Test
P:5.1 Before shipment the Seller shall perform a Factory Acceptance Test (FAT) in Aveiro, which the Purchaser may witness. The FAT covers mechanical checks of the frames, sensor calibration on reference samples and a complete functional test of the QCS software. Passing the FAT authorises shipment only and does not constitute acceptance of the equipment.
H:Article 6 - Site Acceptance and Final Acceptance
P:6.1 After commissioning, the Parties shall carry out the Site Acceptance Test on each machine, with the following criteria: (a) static repeatability of the basis-weight measurement not more than 0.3 g/m2 (2 sigma); (b) average deviation of the moisture measurement from the laboratory oven-dry results not more than 0.2 percentage points over 20 consecutive reels; (c) 72 hours of continuous operation of each scanner without failure; (d) MD control in closed loop reducing the 2-sigma variation of basis weight by at least one quarter compared with the baseline recorded before commissioning; (e) data exchange with the DCS through OPC UA verified for all agreed tags.
P:6.2 When all criteria are met on both machines, the Purchaser shall sign the Final Acceptance Certificate within seven (7) days. Mechanical completion, start-up or use of the scanners in production does not constitute acceptance.
P:6.3 If a criterion is not met, the Seller shall correct the deficiency at its own cost and the test shall be repeated within 30 days.
H:Article 7 - Warranty and Service Levels
P:7.1 The Seller warrants the equipment and software for twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Seller shall repair or replace any defective part and correct any software error free of charge, including parts, labour and travel.
P:7.2 During the warranty period the Seller shall respond to service requests as follows:
TB:Severity|Definition|Response|On-site attendance
TB:Severity 1|Scanner stopped, or QCS not controlling, on a running machine|1 hour (remote)|48 hours
TB:Severity 2|Degraded measurement or failure of a single function|8 hours|5 days
TB:Severity 3|Minor fault or question|2 Business Days|as agreed
P:7.3 For each hour by which the Severity 1 response time is exceeded the Seller shall credit CNY 1,500, and for each day of late on-site attendance on a Severity 1 request CNY 3,000. Credits are deducted from the next payment due or invoiced to the Seller.
H:Article 8 - Support after the Warranty
P:8.1 After the warranty period, the Seller shall offer a Support Agreement covering remote support, one preventive maintenance visit per year, software updates and the service levels of Article 7.2, at an annual fee of 8.5 % of the Equipment and Licence Price, namely CNY 309,145 per year.
P:8.2 This fee is fixed for the first three years after the warranty period. Any later adjustment requires the written agreement of both Parties and shall not exceed 3 % per year. The Support Agreement is ordered yearly by purchase order and does not renew automatically.
H:Article 9 - Intellectual Property
P:9.1 The QCS software and the sensor firmware remain the property of the Seller. The Purchaser receives a perpetual and irrevocable licence to use them on PM2 and PM3.
P:9.2 The deliverables made specifically for the Purchaser, namely the control tuning parameters, grade recipes, customised reports and the DCS interface configuration, are the property of the Purchaser, which may use, modify and disclose them to third parties for the operation and maintenance of its machines.
H:Article 10 - Process Data and Data Security
P:10.1 All process, quality and production data measured or generated by the systems belong to the Purchaser. The Seller may use them only to perform this Contract and for no other purpose.
P:10.2 Remote access by the Seller is allowed only through the Purchaser's VPN, approved for each session and logged. The Seller shall not copy data outside the Purchaser's network, except diagnostic files agreed in writing, which it shall delete when the case is closed. The Seller shall comply with the Purchaser's IT security rules, notify the Purchaser of any security incident within 24 hours and be liable for the damage caused by its breach of this Article.
H:Article 11 - Confidentiality
P:Each Party shall keep confidential all technical and commercial information received from the other Party, including the Purchaser's production recipes and the Seller's calibration methods, and shall not disclose it to third parties without prior written consent. This obligation survives the Contract for five years.
H:Article 12 - Liability
P:The total liability of the Seller under this Contract shall not exceed 150 % of the Contract Price. This limit does not apply to personal injury, wilful misconduct or gross negligence.
H:Article 13 - Subcontracting
P:The mechanical erection and cabling may be carried out by a local installation contractor proposed by the Seller and approved in writing by the Purchaser. No other part of the Contract may be subcontracted without the Purchaser's prior written consent. The Seller remains fully responsible for its subcontractors.
H:Article 14 - Termination
P:The Purchaser may terminate the Contract by written notice if the Seller commits a material breach and does not remedy it within 30 days after notice, or if the penalties under Article 4.2 reach their maximum. The Seller shall then refund the payments received for undelivered items.
H:Article 15 - Force Majeure
P:Neither Party is liable for a delay caused by force majeure, provided it notifies the other Party within 7 days. If force majeure lasts more than 90 days, either Party may terminate the Contract.
H:Article 16 - Applicable Law and Disputes
P:The present Contract is governed by the laws of the People's Republic of China. Any dispute shall be settled by arbitration at the China International Economic and Trade Arbitration Commission (CIETAC) in Shanghai, in accordance with its rules in force.
H:Article 17 - Final Provisions
P:The Contract is made in two originals in English. Annexes: Annex 1 Technical Specification; Annex 2 Site Acceptance Test Procedure; Annex 3 Price List for Source Return and Spare Parts.
P:For the Seller: ____________________    For the Purchaser: ____________________
"""

H44E04 = """
T:VISITOR ANALYTICS SYSTEM PURCHASE AND IMPLEMENTATION CONTRACT
P:Contract No.: NHZ-XX-2025-014
P:Party A (Buyer): Nanhu Zoological Garden Management Co., Ltd., registered address: No. 9 Zoo Road, Nanhu District, Jiaxing, Zhejiang Province, PRC
P:Party B (Supplier): Vltava Analytics s.r.o., a limited liability company with registered office at Cejl 62, 602 00 Brno, Czech Republic, ID No. 07158427
P:Party A has selected Party B through competitive negotiation for the visitor analytics project of Nanhu Zoo. In accordance with the Civil Code of the People's Republic of China, the Parties have reached the following agreement through friendly consultation.
H:1. Scope of Supply
P:1.1 Party B shall supply and implement the CrowdLens visitor analytics system for Nanhu Zoo, including: (a) a perpetual site licence of the CrowdLens analytics software, installed on Party A's servers in its own data room; (b) 46 stereo people-counting sensors for the entrances, exits, animal houses and main walkways; (c) 6 edge gateways; (d) installation, configuration and integration with Party A's ticketing system and parking system; (e) dashboards and the custom reports listed in Annex 2, including animal-house occupancy, queue time at entrances and dwell time by zone; and (f) training.
P:1.2 The sensors count people as anonymous objects. They shall not perform face recognition and shall not store images.
P:1.3 Party B shall complete installation and apply for Preliminary Acceptance within 120 days after signing this Contract.
P:1.4 Party B shall appoint a project manager for the whole implementation period. The project manager shall attend the weekly project meeting at the zoo, in person or by video, and shall not be replaced without Party A's written consent. Party B shall provide an interpreter for all meetings and training at its own cost.
P:1.5 Training shall cover the operation of the dashboards, the use of the custom reports, daily checks of the sensors and basic fault handling. Party B shall train at least 20 staff of Party A's operations, marketing and IT departments and provide training materials in Chinese.
H:2. Contract Price
P:2.1 The total Contract Price is CNY 1,640,000 (Say: One Million Six Hundred and Forty Thousand Yuan Only), including all taxes, and consists of:
P:(a) CrowdLens software perpetual site licence: CNY 880,000;
P:(b) 46 stereo people-counting sensors at CNY 6,200 each: CNY 285,200;
P:(c) 6 edge gateways at CNY 9,800 each: CNY 58,800;
P:(d) implementation, integration, dashboards and custom reports: CNY 392,000;
P:(e) training: CNY 24,000.
P:2.2 Items (a), (b) and (c), in the amount of CNY 1,224,000, are the "Licence and Hardware Price".
P:2.3 The Contract Price is a fixed price. Party A shall not pay any other cost, including travel costs of Party B's staff.
H:3. Payment
P:3.1 Within 15 working days after signing this Contract and receipt of an advance payment guarantee and an invoice, Party A shall pay 20% of the Contract Price, i.e. CNY 328,000.
P:3.2 Within 15 working days after Preliminary Acceptance, Party A shall pay 45% of the Contract Price, i.e. CNY 738,000.
P:3.3 Within 15 working days after Final Acceptance, Party A shall pay 35% of the Contract Price, i.e. CNY 574,000.
H:4. Delivery and Installation
P:4.1 Party B shall deliver the sensors and gateways to the zoo within 60 days after signing this Contract. Delivery and installation do not mean acceptance.
P:4.2 Installation shall be arranged outside opening hours or in closed areas, shall not disturb the animals and shall follow the zoo's safety rules. Work inside or next to animal enclosures requires the presence of a keeper appointed by Party A.
P:4.3 The sensors and gateways shall be new and original, with certificates of origin and test reports. The mounting brackets and cables shall be suitable for outdoor use and shall match the appearance of the zoo buildings as confirmed by Party A.
P:4.4 If Party B delays delivery, installation or the application for Preliminary Acceptance, Party B shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 60 days, Party A may terminate this Contract.
H:5. Acceptance
P:5.1 Preliminary Acceptance criteria: (a) counting accuracy of at least 95% against manual counts at 10 sample points over 3 days including a weekend day; (b) data from the ticketing system and the parking system synchronised every 5 minutes without loss for 7 consecutive days; (c) all dashboards and custom reports in Annex 2 available and correct; (d) page loading under 3 seconds with 30 concurrent users.
P:5.2 After Preliminary Acceptance the system enters a trial operation of 60 days, including at least one public holiday. If no Priority 1 fault occurs during the trial operation, Party A shall organise Final Acceptance within 10 working days and sign the Final Acceptance report.
P:5.3 Installation, use of the system or any payment does not constitute acceptance. If a test fails, Party B shall rectify at its own cost and apply again.
H:6. Warranty and Service Levels
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period Party B shall repair or replace defective sensors and gateways and correct software defects free of charge.
P:6.2 Priority 1 faults (the system is down, or data collection has stopped for the whole park) shall be responded to within 30 minutes and restored within 8 hours. Priority 2 faults (one zone, one report or one interface fails) shall be responded to within 2 hours and restored within 2 working days. Priority 3 faults shall be handled within 5 working days.
P:6.3 For each hour of delay in response or restoration of a Priority 1 fault, Party B shall pay CNY 800, and for each working day of delay on a Priority 2 fault CNY 300. Party A may deduct these amounts from any payment.
P:6.4 On-site service in China is provided by Party B's service partner Jiaxing Hengyi Intelligent Technology Co., Ltd., which Party A approves by signing this Contract.
H:7. Support after Warranty
P:7.1 After the warranty period, Party B shall provide annual support on Party A's request at a fee of 10% of the Licence and Hardware Price, i.e. CNY 122,400 per year. This fee is fixed for the first two years after the warranty period; after that, any increase shall be agreed in writing and shall not exceed 3% per year.
P:7.2 The annual support is ordered year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The CrowdLens software and the firmware of the sensors remain the property of Party B or its licensors.
P:8.2 The custom reports, dashboards, integration adapters and configuration made for Party A under this Contract belong to Party A. Party B shall deliver their source code and documents before Final Acceptance. Party A may use, modify and license them to third parties freely.
H:9. Data Security
P:9.1 All data collected or generated by the system, including visitor counts and ticketing and parking data, belongs to Party A. Party B may use the data only for performing this Contract and shall not use it for any other purpose, in identified, anonymised or aggregated form.
P:9.2 The system runs in Party A's data room. Remote access by Party B needs Party A's approval for each session and shall use the VPN provided by Party A. Party B shall not copy data out of Party A's network and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:9.3 If any data leakage, loss or tampering occurs, Party B shall notify Party A within 24 hours and take remedial measures. Party B shall be liable for all losses caused by its fault.
H:10. Confidentiality
P:Both Parties shall keep confidential the other Party's technical and business information obtained in performing this Contract, including the zoo's network design and visitor statistics, and shall not disclose it to any third party without written consent. This obligation survives termination of this Contract.
H:11. Subcontracting
P:Except for the service partner named in Clause 6.4, Party B shall not subcontract any part of this Contract without the prior written consent of Party A. Party B is responsible for the work of its service partner and any approved subcontractor.
H:12. Breach and Termination
P:12.1 If Party B commits a material breach and does not correct it within 15 days after Party A's written notice, Party A may terminate this Contract and claim compensation for its losses.
P:12.2 If Party A delays payment without reason, Party A shall pay 0.03% of the overdue amount per day.
H:13. Governing Law and Dispute Resolution
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall first be settled through consultation; if consultation fails, either Party may submit it to the Jiaxing Arbitration Commission for arbitration.
H:14. Miscellaneous
P:14.1 This Contract is made in Chinese and English in four originals, two for each Party. Both language versions have the same effect.
P:14.2 Annex 1 Technical Specification and Sensor Layout, Annex 2 List of Dashboards and Custom Reports, and Annex 3 Acceptance Test Plan are part of this Contract.
P:Party A (Seal): ____________________    Party B (Signature): ____________________
P:Date: ____________________    Date: ____________________
"""

SOURCES = {"h44z01": H44Z01, "h44z02": H44Z02, "h44e02": H44E02, "h44e04": H44E04}
TARGETS = {"h44z01": ("h44z01_housing_fund_contribution_system_integration.docx", "docx"),
           "h44z02": ("h44z02_meteorological_bureau_automatic_weather_stations.pdf", "pdf"),
           "h44e02": ("h44e02_paper_mill_qcs_scanners_portuguese_vendor.docx", "docx"),
           "h44e04": ("h44e04_zoo_visitor_analytics_licence_implementation.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
