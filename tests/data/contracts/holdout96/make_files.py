"""Builds the .docx and .pdf contracts of holdout96 from the sources below (markup of ../word_pdf.py: T: title,
H: heading, P: paragraph, TB: table row with cells split by |). Run with /work/main/.venv/bin/python.
The .md and .txt contracts of this folder are written directly and are not generated here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H96Z01 = """
T:××市全民健康信息平台建设项目政府采购合同
P:合同编号：××WJ-ZC-2026-017
P:采购人（甲方）：××市卫生健康委员会
P:供应商（乙方）：××数智医疗科技股份有限公司
P:项目名称：××市全民健康信息平台建设项目（采购项目编号：××ZFCG-2026-0142，采购方式：公开招标）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责××市全民健康信息平台的建设，包括：平台基础软件及应用软件的供货与许可；服务器、存储及密码设备的供货、安装与调试；与全市32家二级以上医院及167家基层医疗卫生机构信息系统的接口开发；历史数据治理与迁移；系统集成与实施；配合完成网络安全等级保护三级测评及商用密码应用安全性评估；用户培训。
P:1.2 平台应实现居民主索引、电子健康档案与电子病历共享调阅、检查检验结果互认、卫生健康统计直报及运行监管等功能，具体以招标文件技术需求和附件1《功能清单》为准。
P:1.3 工期：乙方应自合同签订之日起180日内完成全部部署和接口联调并申请初验；初验通过后进入为期三个月的试运行。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰玖拾贰万元整（¥4,920,000.00），为固定总价，已包含设备、软件、开发、实施、运输、保险、税费以及质保期内全部服务的费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台基础软件许可（数据中台、居民主索引、主数据管理、交换平台）|1,680,000
TB:2|共享调阅及检查检验互认应用软件许可|620,000
TB:3|服务器、存储及密码设备|1,245,000
TB:—|软硬件小计|3,545,000
TB:4|接口开发（199家医疗卫生机构）|786,000
TB:5|数据治理与迁移|342,000
TB:6|系统实施及测评、密评配合|198,000
TB:7|培训|49,000
TB:—|合计|4,920,000
P:2.2 除经双方书面确认的合同变更外，甲方不再支付本合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%，即人民币984,000元，作为预付款。
P:3.2 项目通过初验后15个工作日内，甲方支付合同总价的45%，即人民币2,214,000元。
P:3.3 试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币1,722,000元。
P:3.4 乙方每次请款时应提供合法有效的等额发票。乙方应在合同签订后10日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第四条 交付与实施
P:4.1 硬件设备应运抵甲方指定的市级数据中心机房。到货时双方共同开箱清点并签署到货单，到货签收仅表示数量及外观核对无误，不代表甲方对设备质量的验收。
P:4.2 乙方应指派具有同类项目经验的项目经理常驻现场，未经甲方书面同意不得更换。乙方人员在甲方机房作业须遵守甲方机房管理制度。
P:4.3 乙方应每周向甲方报告项目进度和风险，重大事项随时报告。
H:第五条 验收
P:5.1 初验条件：（1）《功能清单》所列功能全部测试通过；（2）199家机构接口全部联调通过，平台汇聚数据与源系统记录抽样逐条核对一致；（3）在1,000个并发用户条件下，健康档案调阅响应时间不超过3秒；（4）历史数据迁移完成，迁移前后记录数及关键字段核对一致。
P:5.2 最终验收条件：（1）试运行期间各月平台可用率均达到第七条的约定，且未发生因乙方原因导致的数据丢失；（2）取得等级保护三级测评报告（结论为符合或基本符合）及商用密码应用安全性评估通过报告；（3）乙方已移交全部定制部分源代码、技术文档和运维手册。
P:5.3 验收由甲方组织，可邀请第三方专家参加，验收合格后双方签署验收报告。系统上线运行、甲方使用或支付款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供软硬件故障维修、备件更换、软件缺陷修复及版本升级服务。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过软硬件小计的7%，即每年不超过人民币248,150元，且质保期满后三年内不上浮。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
P:7.2 故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用、数据交换中断或共享调阅功能全部失效|30分钟|2小时|8小时
TB:二级|部分功能不可用，或10家以上机构接口中断|1小时|8小时|24小时
TB:三级|个别功能异常，不影响主要业务|8小时|按需|3个工作日
P:7.3 乙方未达到上述要求的：一级故障每超时1小时扣减人民币1,000元，二级故障每超时1小时扣减人民币300元；平台月可用率每低于约定值0.01个百分点，扣减人民币2,000元。扣减款项从履约保证金或应付维护费中扣除。
H:第八条 数据安全
P:8.1 平台中的居民健康档案、电子病历、主索引、统计数据及系统日志等数据的所有权归甲方。乙方仅可为履行本合同处理上述数据，不得留存、复制、向任何第三方提供或用于本合同以外的任何目的。
P:8.2 乙方应按照等级保护三级和商用密码应用要求落实安全措施：运维操作一律通过甲方堡垒机进行并全程审计，账号实名、权限最小化；开发测试仅使用甲方提供的脱敏数据；不得将任何数据带出甲方机房。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络拓扑、安全配置以及患者个人信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效，其中涉及个人信息的保密义务长期有效。
H:第十条 知识产权
P:10.1 乙方保证所提供的软硬件及服务不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
P:10.2 乙方平台软件的知识产权仍归乙方，甲方获得永久、不可撤销的使用许可。为本项目定制开发的接口程序、数据治理脚本、定制功能模块及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
H:第十一条 违约责任
P:11.1 因乙方原因未能按期申请初验的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
P:11.3 乙方提供的货物或服务不符合合同约定的，应在甲方规定期限内免费更换或整改，并赔偿由此给甲方造成的损失。
H:第十二条 分包与转让
P:12.1 乙方不得转包本项目，亦不得将本项目任何部分分包给第三方；未经甲方书面同意，乙方不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或有其他严重违约行为且在甲方书面通知后15日内未予纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及附件1《功能清单》均为本合同组成部分。本合同一式六份，甲乙双方各执三份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:法定代表人或授权代表：　　　　法定代表人或授权代表：
P:日期：　　　　　　　　　　　　日期：
"""

H96Z02 = """
T:纺丝在线质量检测系统采购及维护合同
P:合同编号：XHX-SB-2026-0315
P:甲方（买方）：浙江××化纤股份有限公司
P:地址：浙江省桐乡市××工业园区
P:乙方（卖方）：苏州××智能视觉科技有限公司
P:地址：江苏省苏州工业园区××路
P:为提升涤纶长丝（POY、FDY）车间的外观质量与条干在线检测能力，甲方向乙方采购纺丝在线质量检测系统及维护服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的及价格
P:（一）设备和软件：
P:1. 丝饼外观在线检测工位8套（每套含工业面阵相机4台、环形光源、工控机及防护罩），单价186,000元，小计1,488,000元；
P:2. 条干及张力在线检测传感器96个，单价6,800元，小计652,800元；
P:3. 边缘计算服务器4台，单价58,500元，小计234,000元；
P:4. 检测管理软件（永久许可，不限用户数）1套，320,000元。
P:以上设备及软件小计2,694,800元。
P:（二）服务：针对甲方12个主要产品规格的检测模型定制训练268,000元；安装调试及与甲方MES系统对接176,000元；操作及维护培训21,200元。
P:（三）合同总价为人民币叁佰壹拾陆万元整（¥3,160,000），已含增值税、包装、运输、保险、安装及质保期内服务费用。
H:二、交货、安装与调试
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方桐乡厂区纺丝车间，并在到货后30日内完成安装、调试及MES对接。
P:（二）设备到货时，双方共同开箱检验数量、型号和外观并签署到货签收单。到货签收不视为对设备质量的验收。
P:（三）乙方人员进入车间须遵守甲方安全生产、动火作业和登高作业管理制度，不得影响纺丝线的正常生产；需要停机配合的，须提前三个工作日书面申请。
P:（四）乙方应随设备提供备品备件清单，并在质保期内于甲方厂区常备工业相机2台、光源3套、传感器8个等关键备件，所有权归乙方，用于故障时的即时更换。
P:（五）甲方负责提供安装所需的电源、网络接入点和标准缺陷样本，并安排工艺人员配合检测模型的样本标注与确认。
P:（六）乙方应随设备交付中文使用说明书、电气接线图、安装布置图、软件安装介质及出厂检验报告，技术资料不齐全的，视为设备未交付完毕。
H:三、付款方式
P:（一）合同生效后7个工作日内，甲方向乙方支付合同总价的40%，即1,264,000元，作为预付款。
P:（二）全部设备到货并经甲方签收后15个工作日内，甲方支付合同总价的35%，即1,106,000元。
P:（三）系统通过最终验收后15个工作日内，甲方支付合同总价的25%，即790,000元。
P:（四）乙方在每期付款前开具等额增值税专用发票。甲方付款前，乙方应提供与付款金额相符的到货签收单或验收报告复印件；乙方银行账户变更的，应提前以盖章函件书面通知甲方，否则甲方按原账户付款即视为已履行付款义务。
H:四、验收
P:（一）安装调试完成后，系统在六条纺丝线上连续试运行30日。
P:（二）最终验收标准：1.对甲方提供的标准缺陷样本（毛丝、油污、成型不良、绊丝、卷绕错位），检出率不低于98%，误判率不高于2%；2.单个丝饼检测节拍不超过1.5秒，不影响落筒节奏；3.检测结果与MES等级判定记录逐条核对一致；4.试运行期间未发生一级故障。
P:（三）试运行期满后10日内，甲方组织最终验收，合格后双方签署验收报告。设备投入生产使用或甲方付款，均不视为验收合格。
H:五、质量保证及维护
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换损坏的设备部件（光源灯珠等易耗件除外），并免费提供软件缺陷修复和版本升级。
P:（二）质保期满后，乙方按年度提供维护服务，年度维护费为设备及软件小计的9%，即每年242,532元，质保期满后三年内不作调整。维护合同按年签订，不自动续期。
P:（三）故障响应：一级故障（检测工位停机或误判导致整条纺丝线无法判级），乙方应在1小时内响应，6小时内到达现场，24小时内排除；二级故障（单个工位部分功能异常），2小时内响应，48小时内排除；三级故障（不影响判级的一般问题），1个工作日内响应。
P:（四）乙方未在上述时限内响应、到场或排除故障的，每超时1小时向甲方支付500元；同一工位一个月内发生三次以上一级故障的，乙方应免费更换该工位设备。
P:（五）质保期内，乙方每季度对全部检测工位和传感器进行一次现场巡检与标定，并出具巡检报告；甲方新增产品规格的，乙方在质保期内免费为不超过三个新规格训练检测模型。
H:六、知识产权
P:（一）乙方保证其提供的设备和软件不侵犯第三方的知识产权，否则由乙方承担全部责任。
P:（二）检测管理软件的知识产权归乙方，甲方享有永久使用许可。
P:（三）乙方针对甲方产品规格定制训练的检测模型、算法参数及模型文件，其知识产权归乙方所有。甲方在本合同设备上享有永久的非独占使用权，未经乙方书面许可，不得修改、复制或提供给第三方使用。
H:七、数据安全
P:（一）检测图像、工艺参数、质量判定结果及其他生产数据均属甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或提供给第三方，不得用于为其他客户训练模型或本合同以外的任何用途。
P:（二）检测系统部署于甲方工控网络，与办公网隔离。乙方远程维护须事先经甲方审批，通过甲方指定的VPN和堡垒机进行，操作全程记录；设备返厂维修前，乙方应在甲方监督下清除存储介质中的数据。
P:（三）发生数据泄露、篡改等安全事件的，乙方应在发现后2小时内通知甲方并配合处置；因乙方原因造成的损失，由乙方全额赔偿。
H:八、保密
P:乙方对在履约过程中知悉的甲方工艺参数、产品配方、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的员工签订保密协议，员工违反保密义务的，视为乙方违约。保密义务在本合同终止后三年内继续有效。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:（二）设备型号、配置或性能不符合合同约定的，乙方应在15日内免费更换，并承担由此产生的全部费用。
P:（三）甲方逾期付款的，按全国银行间同业拆借中心公布的同期贷款市场报价利率向乙方支付逾期利息。
H:十、分包与转让
P:乙方不得转让本合同。安装过程中的桥架敷设、支架制作等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十一、合同解除
P:乙方有严重违约行为，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。合同解除后，乙方应在30日内自行拆除并运走未验收的设备，恢复安装现场原状。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交嘉兴仲裁委员会仲裁，仲裁裁决是终局的。
H:十三、不可抗力
P:因地震、台风、洪水等不可抗力致使合同不能按期履行的，受影响一方应在事件发生后5日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:十四、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件：设备技术规格书、检测模型覆盖的产品规格清单、验收测试方案。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　日期：
"""

H96E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Soil-Moisture Monitoring Network - Helan Shanlu Vineyard
P:Contract Ref.: CTT/CN/2026/011
P:Between the undersigned:
P:CEDAR TERROIR TECHNOLOGIES s.a.l., a Lebanese joint-stock company registered at the Commercial Register of Beirut under No. 2019/1847, having its head office at Sursock Street, Achrafieh, Beirut, Lebanon, hereinafter referred to as "the Integrator",
P:And
P:NINGXIA HELAN SHANLU WINERY CO., LTD., a company incorporated in the People's Republic of China, having its registered office at Jinshan Town, Yinchuan, Ningxia Hui Autonomous Region, hereinafter referred to as "the Client",
P:each a "Party" and together "the Parties".
H:Preamble
P:Whereas the Client cultivates 260 hectares of vines on the eastern foothills of the Helan Mountains and wishes to schedule its drip irrigation on measured soil moisture, and the Integrator has submitted its technical and financial offer dated 3 February 2026, the Parties have agreed as follows.
H:Article 1 - Object of the Contract
P:1.1 The Integrator shall supply, deliver to the Site, install, commission and maintain a soil-moisture monitoring network made of the Equipment and the Licence listed in Article 3, and shall configure the irrigation dashboard and its link to the Client's drip-irrigation controllers.
P:1.2 "Site" means the Client's vineyard blocks and pump stations described in Annex 1. "Equipment" means the probes, gateways, weather stations and accessories listed in Article 3. "Licence" means the perpetual licence of the VineSense Pro data platform.
P:1.3 The Technical Specifications (Annex 1), the Offer (Annex 2) and the Site Acceptance Test Procedure (Annex 3) form an integral part of the present Contract.
H:Article 2 - Time Schedule
P:2.1 The Equipment shall be delivered DDP to the Client's warehouse at Jinshan Town within seventy-five (75) days from the effective date of the Contract. Installation and commissioning shall be completed within forty-five (45) days after delivery.
P:2.2 The Client shall give access to the blocks and designate its vineyard manager as contact person.
H:Article 3 - Contract Price
P:3.1 The Contract Price is fixed and firm and amounts to CNY 1,752,000 (one million seven hundred fifty-two thousand Chinese Yuan), inclusive of customs duties, import VAT, transport, insurance and the travel of the Integrator's engineers, broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-depth capacitance soil-moisture probe, 60 cm, 6 sensors|220|3,950|869,000
TB:2|LoRaWAN gateway with solar kit and mast|14|18,500|259,000
TB:3|Automatic weather station|4|36,000|144,000
TB:4|VineSense Pro platform licence, perpetual|1|168,000|168,000
TB:|Equipment and Licence Price (items 1 to 4)|||1,440,000
TB:5|Installation and commissioning|lot||196,000
TB:6|Irrigation dashboard configuration and controller integration|lot||92,000
TB:7|Training of agronomists and IT staff|lot||24,000
TB:|Contract Price|||1,752,000
H:Article 4 - Terms of Payment
P:4.1 Twenty-five per cent (25%) of the Contract Price, i.e. CNY 438,000, as advance payment within ten (10) days from the effective date, against an advance-payment bank guarantee of the same amount.
P:4.2 Fifty per cent (50%), i.e. CNY 876,000, upon delivery of all Equipment to the Client's warehouse, against the packing lists and the delivery note signed by the Client. The delivery note confirms quantities only and does not constitute acceptance.
P:4.3 Twenty-five per cent (25%), i.e. CNY 438,000, upon issue of the Site Acceptance Certificate under Article 5.
P:4.4 Payments are due thirty (30) days after receipt of invoice.
H:Article 5 - Site Acceptance
P:5.1 After commissioning, the Integrator shall notify the Client that the network is ready for the Site Acceptance Test of Annex 3.
P:5.2 The network passes the test only when: (a) every probe has reported all six depths at each fifteen-minute interval for fourteen (14) consecutive days, with no more than two missed readings per probe per day; (b) the readings of ten probes chosen by the Client agree with gravimetric soil samples taken on the same day, within the tolerance stated in Annex 1; (c) the weather stations report temperature, humidity, rainfall, wind and solar radiation to the platform; (d) the irrigation dashboard issues block-level irrigation recommendations and the controller link opens and closes the valves on command in three test blocks.
P:5.3 Upon successful completion, the Client shall issue the Site Acceptance Certificate within seven (7) days. Delivery, installation or the use of the data by the Client's agronomists shall not be considered as acceptance.
H:Article 6 - Warranty
P:6.1 The Integrator warrants the Equipment and the Licence against defects in design, materials and workmanship for a period of six (6) months from the date of the Site Acceptance Certificate (the "Warranty Period").
P:6.2 During the Warranty Period, the Integrator shall repair or replace defective Equipment free of charge, including transport and customs formalities, and shall correct the software defects of the platform.
P:6.3 The warranty does not cover damage caused by agricultural machinery or lightning.
H:Article 7 - Maintenance after the Warranty
P:7.1 After the Warranty Period, the Integrator shall provide maintenance under an Annual Maintenance Contract ("AMC") for a yearly fee of twenty-two per cent (22%) of the Equipment and Licence Price, i.e. CNY 316,800 per year, payable quarterly in arrears. This fee shall remain unchanged for the first three (3) AMC years and shall not increase by more than five per cent (5%) per year thereafter.
P:7.2 The AMC covers the yearly recalibration of the probes, the replacement of failed sensors and batteries, firmware and platform updates and the service levels of Article 8.
P:7.3 Each AMC is concluded for one year at a time by written order of the Client and does not renew automatically.
H:Article 8 - Service Levels
P:8.1 During the Warranty Period and any AMC year, the Integrator shall operate a support line from Beirut and keep a service engineer in Yinchuan.
P:8.2 A Critical Fault is the loss of a gateway, of the platform, or of the data of more than twenty (20) probes. For a Critical Fault, the Integrator shall respond within two (2) hours and have an engineer on Site within forty-eight (48) hours. For any other fault, it shall respond within one (1) business day and correct the fault within five (5) business days.
P:8.3 If the Integrator misses the response time for a Critical Fault, it shall pay the Client CNY 300 per hour of delay; if it misses the on-site time, CNY 1,000 per day of delay. These amounts may be deducted from any sum due to the Integrator.
H:Article 9 - Delay Penalties
P:9.1 If the Integrator fails to deliver the Equipment or to obtain the Site Acceptance Certificate by the dates of Article 2 for reasons attributable to it, it shall pay a penalty of zero point zero eight per cent (0.08%) of the Contract Price for each day of delay, up to a maximum of eight per cent (8%) of the Contract Price.
H:Article 10 - Data of the Client
P:10.1 All soil, weather, irrigation and yield data collected by the network, and all data entered by the Client, are the property of the Client. The Integrator shall use them only to perform the present Contract and shall not sell, share or use them for any other purpose, including for other clients or for research, without the Client's prior written consent.
P:10.2 The platform is installed on the Client's own cloud account in mainland China. The Integrator's staff access it through named accounts with two-factor authentication; access logs are available to the Client. The Integrator shall not keep copies of the data outside the Client's account.
P:10.3 The Integrator shall notify the Client within twenty-four (24) hours of any unauthorised access, loss or leakage of the Client's data, take all measures to contain it, and shall be liable for the damage resulting from its failure to comply with this Article.
H:Article 11 - Intellectual Property
P:11.1 The VineSense Pro software and the firmware of the Equipment remain the property of the Integrator or its suppliers; the Client receives a perpetual licence to use them.
P:11.2 The irrigation dashboard, the block maps, the irrigation rules and the integration scripts made for the Client under the present Contract belong to the Client, which may use them, modify them and have them modified by third parties without restriction.
H:Article 12 - Confidentiality
P:Each Party shall keep confidential the technical, commercial and agronomic information received from the other Party, during the Contract and for three (3) years after its end.
H:Article 13 - Liability
P:The total liability of the Integrator under the present Contract shall not exceed one hundred and twenty-five per cent (125%) of the Contract Price, except in case of fraud, gross negligence, personal injury or breach of Article 10. Neither Party shall be liable for indirect damage or loss of harvest, except where caused by a breach of Article 10.
H:Article 14 - Subcontracting
P:The Integrator may engage a local contractor in Ningxia for the trenching and the installation of masts only with the prior written approval of the Client, and remains fully responsible for its work. No other part of the Contract may be subcontracted.
H:Article 15 - Termination
P:15.1 Either Party may terminate the present Contract by registered letter if the other Party commits a material breach and does not remedy it within twenty (20) days of a formal notice.
P:15.2 Upon termination for the Integrator's breach, the Integrator shall refund the amounts received for Equipment not delivered or not accepted, without prejudice to damages.
H:Article 16 - Force Majeure
P:Neither Party shall be liable for a delay caused by war, civil unrest, closure of ports, epidemic or natural disaster, provided that it notifies the other Party within seven (7) days.
H:Article 17 - Governing Law and Arbitration
P:The present Contract is governed by the laws of the People's Republic of China. Any dispute arising from it shall be finally settled by arbitration administered by the China International Economic and Trade Arbitration Commission (CIETAC) in Beijing, in the English language.
H:Article 18 - Miscellaneous
P:The present Contract is made in two (2) originals in English and enters into force on signature by both Parties.
P:For the Integrator: ____________________    For the Client: ____________________
"""

H96E04 = """
T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:Agreement No.: MDS-XHR-2026-03
P:This Agreement is made on ____________ 2026 between:
P:(1) YUNNAN XINGHE RUBBER INDUSTRY CO., LTD., a company registered in Kunming, Yunnan Province, People's Republic of China, acting for itself and for its subsidiary Xinghe Agriculture Development (Lao) Sole Co., Ltd., Vientiane Capital (together the "Client"); and
P:(2) MEKONG DESK SOLUTIONS SOLE CO., LTD., enterprise registration No. 01-000418-27, Ban Phonxay, Saysettha District, Vientiane Capital, Lao PDR (the "Service Provider").
P:Background: The Client grows and processes natural rubber in Luang Namtha and Oudomxay provinces and runs its Lao head office in Vientiane. Following the Client's Request for Proposal No. XH-IT-2025-11 and the Service Provider's proposal of 20 December 2025, the Client appoints the Service Provider to manage its IT infrastructure and support its users at the three Sites below. As required by the RFP, the clauses on data, liability, governing law and disputes follow the Client's standard wording.
H:1. Definitions
P:1.1 "Sites" means the Vientiane head office, the Luang Namtha latex processing factory and the Oudomxay estate office. "Seats" means the desktops, laptops and tablets used by the Client's staff at the Sites (165 at the Commencement Date). "Business Day" means a day on which banks in Vientiane are open.
P:1.2 "Client Data" means all data of the Client, its employees, growers and buyers, including latex purchase records, tapping-team payroll and production data, that the Service Provider accesses in performing the Services.
P:1.3 "Commencement Date" means the date on which the Transition Acceptance Certificate is signed. "Term" means thirty-six (36) months from the Commencement Date.
H:2. Services
P:2.1 The Service Provider shall provide: (a) a service desk in Lao, Chinese and English, reachable by phone, WeChat and e-mail from 07:00 to 19:00 on Business Days and by on-call phone at all other times; (b) desktop support for all Seats, including installation, patching, anti-virus, backup of user folders and repair coordination; (c) management and monitoring of the LAN, Wi-Fi, firewalls and site-to-site VPN at the three Sites; (d) management of the six servers at Vientiane and Luang Namtha, including the latex weighing and grading system, the payroll server and the file server; (e) one full-time technician on site at the Luang Namtha factory; and (f) monthly reports and a quarterly service review with the Client's IT manager.
P:2.2 Internet and leased-line circuits are bought by the Client from its carriers under separate contracts. The Service Provider reports and follows up carrier faults on the Client's behalf.
H:3. Transition
P:3.1 The Service Provider shall complete the transition of the Services from the Client's internal team within sixty (60) days of signature of this Agreement, according to the transition plan in Schedule 3.
P:3.2 Transition acceptance requires that: (a) the inventory of all Seats, servers and network devices is reconciled with the Client's asset register; (b) every server and network device is in the monitoring tool with alerts routed to the service desk; (c) a full restore of the payroll and weighing-system databases from backup has been tested successfully in the presence of the Client; and (d) the service desk has operated for ten (10) consecutive Business Days meeting the response times in Clause 5. The Client signs the Transition Acceptance Certificate when these criteria are met. Operation of the service desk before that date does not count as acceptance.
P:3.3 If the Transition Acceptance Certificate is delayed beyond the period in Clause 3.1 for reasons attributable to the Service Provider, the Service Provider shall pay the Client CNY 2,000 for each day of delay, up to a maximum of five per cent (5%) of the Total Contract Value.
H:4. Charges and Payment
P:4.1 The charges (Schedule 1) are:
TB:Item|Basis|Monthly charge (CNY)|One-time charge (CNY)
TB:Service desk and desktop support|165 Seats x CNY 210|34,650|-
TB:Managed network and servers|3 Sites, 6 servers|18,600|-
TB:On-site technician, Luang Namtha factory|1 full-time technician|12,400|-
TB:Transition and onboarding|Schedule 3|-|118,600
TB:Monthly Service Charge||65,650|
TB:Total Contract Value (36 x 65,650 + 118,600)|||2,482,000
P:4.2 The Monthly Service Charge is invoiced at the end of each month of service and paid within thirty (30) days of invoice. The transition charge is invoiced after the Transition Acceptance Certificate is signed. No amount is payable in advance.
P:4.3 Seats added or removed during a month change the charge by CNY 210 per Seat from the following month. All charges are in Chinese Yuan (CNY), include Lao VAT and all other taxes of the Service Provider, and are fixed for the Term.
H:5. Service Levels
P:5.1 The Service Provider shall meet the following response and restoration times:
TB:Priority|Definition|Response|Restoration
TB:P1|A Site is without network, the latex weighing system or the payroll server is down, or more than 20 users cannot work|30 minutes|6 hours
TB:P2|A service is degraded at a Site or a group of users is affected|1 hour|1 Business Day
TB:P3|A single user or device is affected|8 business hours|3 Business Days
TB:P4|Service request (new user, software installation, access change)|1 Business Day|5 Business Days
P:5.2 The managed network at each Site shall be available at least 99.95% of each calendar month, not counting carrier circuit failures and maintenance windows agreed in advance with the Client.
P:5.3 Service credits: CNY 800 for each hour by which a P1 response or restoration is late; five per cent (5%) of the Monthly Service Charge for each Site that misses the availability target in a month, and ten per cent (10%) if the same Site misses it in two consecutive months. Credits are deducted from the next invoice and do not limit the Client's other rights.
P:5.4 The monthly report shall show tickets by priority, the times achieved, availability per Site, backup results and open risks.
H:6. Client Data and Security
P:6.1 Client Data belongs to the Client. The Service Provider shall process Client Data only to perform the Services and on the Client's instructions, and shall not copy, disclose or use it for any other purpose.
P:6.2 The Service Provider shall use named administrator accounts with multi-factor authentication, record all privileged sessions, encrypt all backups, keep Client Data only on the Client's servers and backup devices, and comply with the Lao Law on Electronic Data Protection and, for data of the Chinese parent company, the PRC Personal Information Protection Law and Data Security Law.
P:6.3 The Service Provider shall notify the Client within twelve (12) hours of becoming aware of any security incident affecting Client Data, cooperate in the investigation and remediation, and indemnify the Client for losses caused by its breach of this Clause 6.
P:6.4 At the end of the Term the Service Provider shall hand over all credentials, delete any Client Data in its possession and certify the deletion in writing.
H:7. Confidentiality
P:Each party shall keep confidential all information of the other party received under this Agreement, including network diagrams, passwords, prices paid to growers and business plans, and shall use it only for this Agreement. This obligation continues for five (5) years after the end of the Agreement.
H:8. Intellectual Property
P:All scripts, configurations, runbooks, network diagrams and documentation produced by the Service Provider for the Client under this Agreement belong to the Client, which may use and modify them and give them to any successor provider. Third-party software remains with its owners, and tools owned by the Service Provider before this Agreement remain its property.
H:9. Personnel and Subcontracting
P:9.1 The service delivery manager and the Luang Namtha technician are key personnel and may be replaced only with the Client's consent, which shall not be unreasonably withheld.
P:9.2 The Service Provider shall not subcontract any part of the Services without the Client's prior written consent and remains responsible for any approved subcontractor.
H:10. Liability
P:The total liability of the Service Provider under this Agreement shall not exceed one hundred and fifty per cent (150%) of the Total Contract Value. This limit does not apply to breach of Clause 6 or Clause 7, fraud, wilful misconduct or personal injury. Neither party is liable for indirect loss.
H:11. Term and Termination
P:11.1 This Agreement runs for the Term and does not renew automatically. Any extension must be agreed in writing by both parties.
P:11.2 The Client may terminate this Agreement by written notice if the Service Provider commits a material breach and does not remedy it within thirty (30) days of notice, or if P1 restoration times are missed three times in any calendar quarter.
P:11.3 The Service Provider may terminate if undisputed invoices remain unpaid sixty (60) days after a written reminder.
P:11.4 On expiry or termination, the Service Provider shall give exit assistance to the Client or its new provider for up to sixty (60) days at the rates of Schedule 1.
H:12. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming under its rules. The language of the arbitration is Chinese; the Service Provider may use an interpreter at its own cost.
H:13. General
P:Notices shall be in writing to the addresses above. This Agreement is signed in English; the English text prevails over any Lao or Chinese translation.
P:For the Client: ____________________    For the Service Provider: ____________________
"""

SOURCES = {"h96z01": H96Z01, "h96z02": H96Z02, "h96e03": H96E03, "h96e04": H96E04}
TARGETS = {"h96z01": ("h96z01_health_commission_platform_integration.docx", "docx"),
           "h96z02": ("h96z02_chemical_fibre_spinning_inspection_hardware.pdf", "pdf"),
           "h96e03": ("h96e03_vineyard_soil_probes_lebanese_integrator.pdf", "pdf"),
           "h96e04": ("h96e04_rubber_plantation_managed_it_lao_provider.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
