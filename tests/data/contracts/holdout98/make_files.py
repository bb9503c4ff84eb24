"""Builds the .docx and .pdf contracts of holdout98 from the markup sources below (see ../word_pdf.py for the markup:
T: title, H: heading, P: paragraph, TB: table row with cells split by |). The .md and .txt contracts are kept as they
are. Run with /work/main/.venv/bin/python make_files.py; PDFs are broken into lines at word boundaries."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H98Z01 = """
T:江北省监狱管理局监狱智慧安防系统集成项目合同
P:合同编号：JBJY-AF-2025-017
P:采购项目编号：JBZC2025-0412（公开招标）
P:甲方（采购人）：江北省监狱管理局
P:乙方（供应商）：华盾智能安防系统集成有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就甲方所属北湖监狱、青石监狱、南岗女子监狱智慧安防系统集成项目（以下简称"本项目"）达成如下条款，共同遵守。
H:第一条 项目内容及合同价款
P:1.1 乙方负责在上述三所监狱实施智慧安防系统集成，包括视频监控、周界防范、门禁及AB门互锁、监仓对讲、视频存储、综合管理平台、应急指挥大屏的供货、安装、调试，与甲方狱政管理系统对接，人员培训及质保期内服务。
P:1.2 合同总价为人民币肆佰捌拾万元整（¥4,800,000），为固定总价，包含设备、软件许可、运输、保险、安装调试、定制开发、培训、税费及质保期内全部服务费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|高清网络摄像机（含AI周界行为分析）|420台|3,800|1,596,000
TB:2|周界振动光纤报警系统|1套|486,000|486,000
TB:3|智能门禁及AB门互锁控制器|64套|7,500|480,000
TB:4|监仓对讲及紧急报警终端|310台|1,200|372,000
TB:5|视频存储服务器（含存储阵列）|8台|68,000|544,000
TB:6|智慧安防综合管理平台软件许可|1套|398,000|398,000
TB:7|应急指挥大屏及控制系统|1套|276,000|276,000
TB:|设备及软件小计|||4,152,000
TB:8|系统集成、安装调试及综合布线|1项|428,000|428,000
TB:9|与狱政管理系统对接定制开发|1项|186,000|186,000
TB:10|培训|1项|34,000|34,000
TB:|合计|||4,800,000
P:1.3 设备型号、技术参数以招标文件及乙方投标文件为准。乙方所供设备应为全新原厂正品，并提供原厂授权书、合格证明及检测报告；涉及安全专用产品的，应具有有效的销售许可证明。
H:第二条 交货及工期
P:2.1 乙方应在合同签订后六十日内完成全部设备到货，一百二十日内完成安装调试并提交初验申请。
P:2.2 乙方进入监区作业，须遵守甲方监管安全规定。作业人员名单须提前报甲方政治审查备案，携带的工具、设备进出监区须逐件登记清点，作业期间服从监区民警管理。
P:2.3 施工须分区分段进行，不得影响监区正常监管秩序；切换旧系统前，乙方应制定过渡方案并经甲方同意，确保切换期间监控和报警不中断。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的百分之二十，即人民币玖拾陆万元（¥960,000）作为预付款。
P:3.2 全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的百分之四十，即人民币壹佰玖拾贰万元（¥1,920,000）。开箱签收仅确认设备数量与外观，不代表质量验收。
P:3.3 项目终验合格后，甲方支付合同总价的百分之三十五，即人民币壹佰陆拾捌万元（¥1,680,000）。
P:3.4 其余百分之五，即人民币贰拾肆万元（¥240,000）作为质量保证金，质保期满且无未解决的质量问题后十五个工作日内无息支付。
P:3.5 乙方每次收款前应向甲方开具合法有效的增值税发票。
H:第四条 验收
P:4.1 初验：安装调试完成后，甲方组织初验。初验内容包括：设备品牌、型号、数量与合同一致；周界报警系统在全部防区逐段模拟攀爬、剪切测试，报警准确并联动视频；视频图像在监控中心实时显示，录像保存不少于九十日；AB门互锁功能在全部通道测试有效；监仓对讲呼叫应答正常；与狱政管理系统的人员、点名、报警数据对接一致。
P:4.2 试运行：初验合格后进入三个月试运行期。试运行期间发生一级故障的，试运行期自故障排除之日起重新计算。
P:4.3 终验：试运行期满后，甲方组织专家进行终验，并出具书面终验报告。设备到货签收、安装调试完毕或甲方实际使用，均不视为验收合格。
H:第五条 质保及维保
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供维修、更换、软件升级及巡检服务，每季度巡检一次并提交巡检报告。
P:5.2 故障分级及响应要求如下表：
TB:故障等级|情形|响应时间|到场时间|恢复时间
TB:一级|周界报警、监控中心、AB门互锁任一失效|15分钟|2小时|6小时
TB:二级|单个监区视频或对讲中断|1小时|6小时|24小时
TB:三级|单点设备故障，不影响安全防范|8小时|24小时|72小时
P:5.3 乙方未达到上表时限的，每超时一小时，按人民币壹仟伍佰元向甲方支付违约金，甲方可从质量保证金中直接扣除。
P:5.4 乙方应在甲方所在地设立备件库，储备摄像机、报警主机、门禁控制器等关键备件，保证一级故障时可立即更换。
P:5.5 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不高于设备及软件小计的百分之六，即每年不高于人民币贰拾肆万玖仟壹佰贰拾元（¥249,120），质保期满后三年内不得上调。
H:第六条 数据安全
P:6.1 本项目涉及的视频图像、罪犯信息、报警记录、通行记录及系统日志均属于甲方所有，乙方不得以任何方式留存、复制、传播或用于本合同以外的目的。
P:6.2 系统部署在甲方监管专网内，乙方不得设置任何远程接入通道。调试须使用甲方提供的专用终端，禁止使用移动存储介质；更换下来的存储介质由甲方留存并统一销毁。
P:6.3 乙方发现或应当发现数据泄露、篡改等安全事件的，应在一小时内向甲方报告并配合处置；因乙方原因导致数据安全事件的，乙方承担全部责任并赔偿甲方全部损失。
H:第七条 保密
P:7.1 乙方对履约过程中知悉的监狱布局、安防部署、警力配置、罪犯信息及其他工作秘密负有保密义务，不得向任何第三方披露。本条义务在合同终止后持续有效。
P:7.2 乙方进场人员须签署保密承诺书，乙方对其人员的泄密行为承担责任。
H:第八条 知识产权
P:8.1 综合管理平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的对接程序、配置脚本、源代码及技术文档的知识产权归甲方所有，乙方应在终验前完整移交，甲方可自行或委托第三方修改、使用。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之四向甲方支付违约金。
P:9.2 乙方所供设备不符合合同约定的，应在十日内免费更换；逾期超过三十日的，甲方有权解除合同。
P:9.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意、重大过失或违反第六条、第七条造成的损失除外。
P:9.4 甲方无正当理由逾期付款的，按逾期金额及同期贷款市场报价利率向乙方支付利息。
H:第十条 分包
P:10.1 乙方不得转包本项目。综合布线等非主体工作确需分包的，须事先取得甲方书面同意，分包单位人员同样适用第二条及第七条的规定。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收取的相应款项并赔偿损失。
H:第十二条 适用法律及争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：江北省监狱管理局　　　　乙方（盖章）：华盾智能安防系统集成有限公司
P:签订日期：2025年　月　日
"""

H98Z02 = """
T:纸病在线检测系统采购及维保合同
P:合同编号：HJZY-SB-2025-0386
P:甲方（买方）：汉江纸业股份有限公司
P:乙方（卖方）：视域精测（苏州）科技有限公司
P:甲方为提升PM3、PM5两台文化纸机的成品质量控制水平，向乙方采购纸病在线检测系统。双方经友好协商，根据《中华人民共和国民法典》订立本合同。
H:一、合同标的及价格
P:（一）乙方向甲方提供纸病在线检测系统两套（PM3、PM5各一套），包括线阵相机组、LED光源及冷却系统、图像处理工控机、纸病检测分析软件、断纸监控摄像系统，并负责安装调试、与甲方DCS及QCS系统的接口、培训和质保期服务。
P:（二）合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），含增值税、运输、保险及安装费用。价格明细如下：
TB:项目|数量|单价（元）|金额（元）
TB:纸病检测相机组（线阵CCD，幅宽5.6米）|2套|486,000|972,000
TB:LED光源及冷却系统|2套|68,000|136,000
TB:图像处理工控机|2台|42,000|84,000
TB:纸病检测分析软件许可|2套|96,000|192,000
TB:断纸监控摄像系统|2套|55,000|110,000
TB:设备及软件小计|||1,494,000
TB:安装调试|1项|86,000|86,000
TB:DCS/QCS接口|1项|48,000|48,000
TB:培训|1项|12,000|12,000
TB:合计|||1,640,000
P:（三）上述价格为固定价格，合同履行期间不因原材料价格或汇率变化而调整。
H:二、交货与安装
P:（一）乙方应在合同签订后七十五日内将全部设备运至甲方厂区指定地点，并提供装箱单、合格证、使用说明书及软件介质。
P:（二）甲方纸机计划停机检修期间，乙方应配合完成机械支架及相机横梁安装，停机安装时间不超过三十六小时；电气接线及软件调试在纸机运行期间完成。
P:（三）乙方安装人员应遵守甲方安全生产管理制度，进入纸机区域须经安全交底，动火、登高作业须办理作业票。
H:三、付款方式
P:（一）合同签订后七个工作日内，甲方向乙方支付合同总价的百分之三十五，即人民币伍拾柒万肆仟元（¥574,000）作为预付款。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的百分之二十五，即人民币肆拾壹万元（¥410,000）。
P:（三）系统验收合格后，甲方支付合同总价的百分之三十五，即人民币伍拾柒万肆仟元（¥574,000）。
P:（四）剩余百分之五，即人民币捌万贰仟元（¥82,000）作为质保金，质保期满且无质量争议的，甲方在十五个工作日内无息支付。
H:四、验收
P:（一）安装调试完成后，系统连续运行十五天，期间按下列标准进行验收测试：在车速不低于每分钟1,100米时，可检出面积0.3平方毫米及以上的孔洞、尘埃、斑点、褶子等纸病；对标准样卷的纸病检出率不低于98%；误报率不高于2%；纸病图像与卷号、位置准确对应并实时传送至QCS；断纸前后三十秒画面可自动回放。
P:（二）测试结果由双方共同签署验收报告。设备到货签收、安装完成或甲方投入生产使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在十五日内整改并重新验收，由此发生的费用由乙方承担。
H:五、质量保证
P:（一）乙方保证所供设备为全新原厂产品，符合合同及技术协议约定的技术规格。
P:（二）系统质保期为六个月，自验收合格之日起计算。质保期内，因设备本身质量问题导致的故障，乙方免费维修或更换；相机、光源等核心部件更换后，该部件的质保期自更换之日起重新计算六个月。
P:（三）质保期内乙方每两个月远程巡检一次，并提供检测软件的免费升级。
P:（四）乙方应在质保期满后不少于八年内保证相机、光源、工控机等备品备件的供应，备件价格不高于同期乙方对其他用户的价格。
H:六、培训及技术资料
P:（一）乙方负责对甲方工艺、电气及质检人员进行培训，内容包括系统原理、日常操作、纸病分类定义、相机清洁与标定、常见故障处理，培训不少于三天，培训后甲方人员应能独立完成日常维护。
P:（二）乙方应在验收前向甲方提交完整的技术资料，包括电气原理图、安装图、网络拓扑、软件操作手册、维护手册、备件清单及接口说明，纸质版两套、电子版一套。
H:七、维保服务
P:（一）质保期满后，甲方可选择由乙方提供年度维保服务。年度维保费按设备及软件小计的百分之七计取，即每年人民币壹拾万肆仟伍佰捌拾元（¥104,580），质保期满后三年内不作调整。维保服务按年签订，不自动续期。
P:（二）故障响应：一级故障（检测系统停止工作，或漏检导致整卷质量无法判定）乙方在接到甲方通知后八小时内响应，四十八小时内到达现场；二级故障（单个相机或光源异常）二十四小时内响应，七十二小时内到场处理；三级故障（软件报表、界面等一般问题）三个工作日内处理。上述要求在质保期内及维保服务期内均适用。
P:（三）乙方未按上述时限到达现场的，每延迟一日，按人民币贰仟元向甲方支付违约金，甲方可从质保金或维保费中扣除。
H:八、数据及信息安全
P:（一）检测系统采集的纸病图像、质量数据及生产工艺参数均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程诊断须经甲方信息中心逐次审批，通过甲方提供的VPN及临时账号接入，操作全程留痕；诊断结束后乙方应立即断开连接。
P:（三）发生数据泄露、被篡改或恶意代码感染等安全事件的，乙方应在二十四小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:双方对在合同履行中获得的对方技术资料、工艺配方、生产数据及价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。
H:十、知识产权
P:（一）纸病检测分析软件的著作权属于乙方，乙方授予甲方在本合同设备上永久使用的许可。
P:（二）为甲方开发的DCS/QCS接口程序、定制质量报表及相关文档归甲方所有，甲方有权自行修改或委托他人使用。乙方保证所供设备及软件不侵犯第三方的合法权利。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的百分之十。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）系统验收不合格且经两次整改仍不合格的，甲方有权退货并解除合同，乙方退还全部已付款项并赔偿甲方损失。
H:十二、分包
P:乙方不得将本合同项下的主要工作分包。机械支架制作等辅助工作需要分包的，须事先征得甲方书面同意。
H:十三、合同解除
P:任何一方严重违反本合同，且在收到对方书面通知后十五日内未予纠正的，守约方有权解除合同并要求赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。双方发生争议应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十五、其他
P:（一）因不可抗力致使不能履行合同的，受影响一方应在三日内通知对方并提供证明，部分或全部免除责任。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单、验收测试方案，与本合同具有同等效力。
P:甲方（盖章）：汉江纸业股份有限公司　　乙方（盖章）：视域精测（苏州）科技有限公司
P:签订日期：2025年　月　日
"""

H98E03 = """
T:Contract for the Supply, Installation and Maintenance of a Bark-Moisture Monitoring Network
P:Contract No. SS-CN-2025/07
P:BETWEEN Sughero Sense S.r.l., with registered office in Via Roma 112, 09124 Cagliari (CA), Italy, VAT number IT03928470923, in the person of its legal representative pro tempore, Eng. Efisio Murgia (hereinafter "the Contractor")
P:AND Shaanxi Qinling Cork Oak Forestry Co., Ltd., with registered office in Shangnan County, Shangluo, Shaanxi Province, People's Republic of China, in the person of its legal representative (hereinafter "the Client"),
P:hereinafter jointly referred to as "the Parties".
P:WHEREAS the Client manages approximately 4,200 hectares of cork oak (Quercus variabilis) plantations in the Qinling mountains and harvests bark on a rotation, and wishes to time the stripping of bark according to the measured moisture of the phellogen layer;
P:WHEREAS the Contractor has designed and installed bark-moisture monitoring networks in the cork-oak forests of Sardinia and has submitted an offer dated 12 May 2025, which the Client has accepted;
P:NOW THEREFORE the Parties agree as follows.
H:Art. 1 – Premises and Annexes
P:1.1 The premises and the Annexes form an integral and substantial part of the present Contract: Annex A – Technical Specification; Annex B – Acceptance Test Protocol; Annex C – Site Plan of the 38 monitored compartments.
H:Art. 2 – Object of the Contract
P:2.1 The Contractor undertakes to supply, install, calibrate and put into operation a bark-moisture monitoring network in the Client's plantations, comprising the items listed in Art. 3, to integrate it with the Client's harvest planning system, to train the Client's forestry staff, and to maintain the network during the warranty period and, where ordered by the Client, thereafter.
H:Art. 3 – Contract Price
P:3.1 The total price of the Contract is CNY 1,900,000 (one million nine hundred thousand Chinese yuan), fixed and not subject to revision, inclusive of VAT, transport to site, customs clearance, insurance, installation and travel costs of the Contractor's staff. It is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Bark-moisture sensor node (dielectric probe, bark temperature, LoRaWAN radio, 5-year battery)|640|1,450|928,000
TB:2|Solar-powered LoRaWAN gateway with 4G backhaul|18|16,500|297,000
TB:3|Automatic weather station (rain, humidity, wind, solar radiation)|6|38,000|228,000
TB:4|Monitoring platform licence, perpetual, on-premises|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,639,000
TB:5|Installation and field calibration|1|164,000|164,000
TB:6|Integration with the Client's harvest planning system|1|72,000|72,000
TB:7|Training of forestry staff (two sessions on site)|1|25,000|25,000
TB:|Total Contract Price|||1,900,000
H:Art. 4 – Terms of Payment
P:4.1 The Client shall pay the Contract price as follows: (a) an advance of 10% (CNY 190,000) within fifteen days of signature, against an on-demand bank guarantee of equal amount issued by a bank acceptable to the Client; (b) 50% (CNY 950,000) upon delivery and installation of all items at all compartments, certified by a delivery and installation report – delivery and installation do not constitute acceptance; (c) 40% (CNY 760,000) within thirty days of the signature of the Final Acceptance Certificate.
P:4.2 Payments are made in CNY by bank transfer against the Contractor's invoice, issued through its authorised agent in Xi'an.
H:Art. 5 – Delivery Times and Penalties
P:5.1 The Contractor shall deliver all items within ninety (90) days of signature and complete installation within one hundred and fifty (150) days of signature, organising the works around the Client's forest fire-prevention periods communicated in Annex C.
P:5.2 For each day of delay in delivery or completion attributable to the Contractor, a penalty equal to 0.1% (zero point one per cent) of the total Contract price shall apply, up to a maximum of 10% of the Contract price. The application of penalties does not exclude compensation for further damage.
H:Art. 6 – Testing and Acceptance
P:6.1 On completion of installation, the network shall undergo a test run of thirty (30) consecutive days in accordance with Annex B. The Supply shall be accepted if: (a) no more than twenty (20) of the 640 sensor nodes fail to transmit valid readings at the programmed 30-minute interval; (b) bark-moisture readings are within two percentage points of gravimetric reference samples taken by the Client from forty (40) trees; (c) every gateway delivers data to the platform through its backhaul; (d) the six weather stations report all parameters; (e) the harvest planning system receives the daily moisture index of every compartment; and (f) no Severity 1 incident occurs during the last ten (10) days of the test run.
P:6.2 If the tests are passed, the Parties sign the Final Acceptance Certificate within seven days. If not, the Contractor shall remedy the defects and repeat the test run at its own expense. The use of the network by the Client during the test run does not constitute acceptance.
H:Art. 7 – Warranty
P:7.1 The Contractor warrants the Supply free from defects for twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Contractor shall, free of charge, repair or replace defective items including probes and batteries, recalibrate the sensors, update the platform software, and visit the site twice a year, before and after the harvest season.
P:7.2 Incidents are classified and handled as follows:
TB:Severity|Definition|Response time|Restoration time
TB:Severity 1|Platform down, any gateway silent, or more than 60 nodes without data|1 hour (remote)|48 hours
TB:Severity 2|A weather station or a group of up to 60 nodes without data|8 hours|5 days
TB:Severity 3|Reports, display and other minor faults|Next working day|10 working days
P:7.3 For each hour of delay in the Severity 1 response time the Contractor shall pay CNY 600, and for each day of delay in the Severity 1 restoration time CNY 2,000. The Client may deduct these amounts from any sum due to the Contractor.
H:Art. 8 – Maintenance after Warranty
P:8.1 After the warranty period the Client may order annual maintenance under the same service levels. The annual maintenance fee is 9% (nine per cent) of the Hardware and Licence Subtotal, i.e. CNY 147,510 per year, fixed for the first three years after the warranty; any later adjustment shall be agreed in writing and shall not exceed 3% per year.
P:8.2 Maintenance is ordered year by year by written purchase order and is not renewed automatically.
H:Art. 9 – Client Data
P:9.1 All data collected or produced by the network, including readings, tree positions, compartment maps and harvest plans, are the property of the Client and shall be processed by the Contractor exclusively for the performance of the present Contract.
P:9.2 The platform is installed on the Client's servers at its Shangnan office. The Contractor may access it remotely only through the Client's VPN, with approval for each session; no data shall be exported outside the People's Republic of China, and all access is logged.
P:9.3 The Contractor shall adopt adequate security measures, shall inform the Client of any security incident within twenty-four (24) hours, and shall be liable for damage arising from incidents attributable to it.
H:Art. 10 – Confidentiality
P:10.1 Each Party shall keep confidential the technical, commercial and forestry information received from the other Party, and shall not disclose it to third parties without prior written consent, during the Contract and for five years after its end.
H:Art. 11 – Intellectual Property
P:11.1 The Contractor grants the Client a perpetual, non-exclusive licence of the monitoring platform; the intellectual property of the platform remains with the Contractor.
P:11.2 The calibration curves developed for Quercus variabilis bark, the integration interface, the configuration and all documentation produced for the Client are the property of the Client, which may use, modify and disclose them to third parties freely.
H:Art. 12 – Liability
P:12.1 The Contractor's overall liability under the present Contract is limited to 150% (one hundred and fifty per cent) of the total Contract price, except in case of wilful misconduct or gross negligence, personal injury, or breach of Articles 9 and 10.
H:Art. 13 – Subcontracting
P:13.1 The Contractor may not subcontract any part of the Supply without the prior written authorisation of the Client. Civil works for gateway masts may be entrusted only to local firms authorised by the Client in writing.
H:Art. 14 – Termination
P:14.1 The Client may terminate the Contract by written notice, pursuant to an express termination clause, if (a) the penalties under Art. 5.2 reach their maximum; (b) the Contractor fails to remedy a material breach within twenty (20) days of formal notice; or (c) the Contractor becomes insolvent.
H:Art. 15 – Force Majeure
P:15.1 Neither Party shall be liable for delays caused by force majeure, including forest fires, floods and closures of forest roads ordered by the authorities, provided that it notifies the other Party within five days.
H:Art. 16 – Applicable Law and Disputes
P:16.1 The present Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising from the present Contract shall be referred to the Xi'an Arbitration Commission for arbitration in Xi'an, in Chinese and English. The award is final and binding upon the Parties.
H:Art. 17 – Final Provisions
P:17.1 Any amendment to the present Contract shall be made in writing and signed by both Parties. The Contract is drawn up in English in two originals.
P:Cagliari / Shangnan, ____________ 2025
P:For the Contractor: ____________________    For the Client: ____________________
"""

H98E04 = """
T:Managed IT Services Agreement
P:Agreement no. OIT-2025-118
P:This agreement (the "Agreement") is made between Østersø IT ApS, CVR no. 41938265, Store Torv 9, 3700 Rønne, Denmark (the "Supplier") and Fushun Amber Craft Workshops Cooperative, No. 17 Xinhua Street, Xinfu District, Fushun, Liaoning Province, People's Republic of China (the "Customer").
H:1. Background
P:1.1 The Customer is a cooperative of fourteen amber carving workshops in Fushun with a shared showroom in Fushun and a small buying office in Rønne, from which it buys Baltic amber.
P:1.2 The Supplier runs a service desk in Rønne and provides managed IT services to craft and retail businesses around the Baltic. On-site work in China is carried out through local partners.
P:1.3 The Customer wants one provider to look after its computers, servers and network at all its sites. This Agreement sets out how.
H:2. The Services
P:2.1 Service desk: tickets by phone, e-mail and portal in Chinese, English and Danish, staffed 08:00 to 18:00 China time Monday to Saturday.
P:2.2 Desktop support for up to 90 devices (at signing: 64 PCs, 22 laptops and 12 tablets at the workshops, showroom and buying office), including set-up of new devices, software installation and printer support.
P:2.3 Management of the three servers (design file server, ERP server and backup server), the firewalls and the Wi-Fi at all sites.
P:2.4 Nightly backup of the design files and the ERP database to the backup server in the showroom and to an encrypted copy with a cloud provider in mainland China, with a quarterly restore test.
P:2.5 Patch management, anti-virus and monitoring of all devices.
P:2.6 On-site support in Fushun when a problem cannot be fixed remotely, and at the buying office in Rønne.
P:2.7 Transition from the Customer's present provider (see clause 5).
H:3. Term
P:3.1 The Agreement runs for thirty-six (36) months from the Service Start Date, which is the day after Transition Acceptance (clause 5.2).
P:3.2 The Agreement expires at the end of the term. Any extension must be agreed in writing.
H:4. Charges and payment
P:4.1 The monthly service charge is CNY 36,500, fixed for the term and covering up to 90 devices. Devices above 90 are charged at CNY 380 per device per month.
P:4.2 The one-time transition charge is CNY 48,000.
P:4.3 The total charges for the term are therefore CNY 1,362,000 (36 x CNY 36,500 + CNY 48,000).
P:4.4 The monthly charge is invoiced monthly in arrears. The transition charge is invoiced after Transition Acceptance. The Customer pays no advance. Invoices are in CNY and payable within 30 days.
P:4.5 The charges cover labour, remote tools, monitoring software and travel within Fushun. Hardware, software licences bought for the Customer and travel outside Fushun are not included and need the Customer's prior approval.
H:5. Transition and acceptance
P:5.1 The Supplier will complete the transition within 45 days after signing: registering all devices, installing monitoring and patch agents, setting up backups, taking over passwords and documentation from the present provider, and writing the runbook.
P:5.2 Transition is accepted when (a) the asset register has been reconciled against every device at every site; (b) monitoring and patch agents report from every device; (c) a full test restore of the design file server and the ERP database has been completed within eight hours; (d) the runbook and the contact list have been approved by the Customer; and (e) all administrator passwords have been moved into the Customer's password vault. The Customer signs an acceptance certificate within five working days. Starting to use the service desk is not acceptance.
P:5.3 If the transition is late for reasons on the Supplier's side, the Supplier pays the Customer CNY 250 for each calendar day of delay.
H:6. Service levels
P:6.1 Priority 1 (a site, a server or the network down, or all users at a workshop unable to work): response within six (6) hours; resolution target one working day.
P:6.2 Priority 2 (several users or a key application such as the ERP degraded): response within one working day; resolution target two working days.
P:6.3 Priority 3 (one user, requests and questions): response within two working days.
P:6.4 Response time is measured from the logging of the ticket to the first contact by a Supplier engineer. The Supplier reports on response times every month.
P:6.5 Service credits: for each Priority 1 ticket answered late, the Customer receives a credit of 5% of the monthly charge. If more than five Priority 2 or Priority 3 tickets in a month miss their response time, the Customer receives a further credit of 3% of the monthly charge. Credits are capped at 20% of the monthly charge and are deducted from the next invoice.
P:6.6 Once a month the Supplier sends the Customer a service report showing tickets, response times, backup and restore results, patch status and open risks. Once a quarter the parties meet, on video or in person in Fushun, to review the report and agree on improvements.
H:7. On-site support and subcontractors
P:7.1 On-site work in Fushun is performed by the Supplier's local partner. The Supplier may appoint or replace subcontractors at its own discretion. It will notify the Customer in writing of the name and contact details of a subcontractor before the subcontractor starts work.
P:7.2 The Supplier remains responsible for work done by its subcontractors as for its own.
H:8. Customer data and security
P:8.1 All data on the Customer's systems, including design files, customer lists, price lists and accounts, belongs to the Customer. The Supplier may use it only to perform the Services.
P:8.2 The Supplier will use multi-factor authentication for all administrator access, encrypt backups, log all administrator access, give its staff only the access they need, and keep no copies of Customer data outside the Customer's systems and the backup locations in clause 2.4. The Supplier will comply with the GDPR for the Rønne office and with the Personal Information Protection Law and the Data Security Law of the PRC for the sites in China.
P:8.3 The Supplier will notify the Customer of any security incident within 24 hours of discovering it, help to contain it, and is liable for the Customer's losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Both parties will keep the other party's confidential information secret, including designs, suppliers, prices and customers, and will use it only for this Agreement. This continues for three years after the Agreement ends.
H:10. Intellectual property
P:10.1 Scripts, configurations and documentation made for the Customer under this Agreement belong to the Customer, who may use and change them freely and give them to a later provider. The Supplier's own tools remain the Supplier's; the Customer may keep using those installed on its systems free of charge during and after the term.
H:11. Liability
P:11.1 Each party's total liability under this Agreement is limited to one and a half times (150%) the total charges for the term in clause 4.3. The limit does not apply to gross negligence, wilful misconduct or breach of clause 8.
P:11.2 Neither party is liable for indirect loss or loss of profit.
H:12. Termination
P:12.1 Either party may terminate the Agreement with immediate effect by written notice if the other party is in material breach and has not remedied the breach within 30 days after written notice.
P:12.2 The Customer may also terminate by written notice if Priority 1 response times are missed three times within three months.
H:13. Customer responsibilities
P:13.1 The Customer will give the Supplier and its on-site staff access to the sites during working hours, name a contact person at each site, keep an up-to-date list of authorised users, and tell the Supplier in good time about new employees, new devices and changes to its premises.
P:13.2 The Customer will not install software on managed devices that has not been approved by the Supplier, and will tell its employees to report suspicious e-mails and lost devices to the service desk at once.
H:14. Force majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as power cuts affecting a whole district, storms cutting the ferry and air links to Bornholm, or general failures of public networks. The affected party must notify the other party without undue delay and do what it reasonably can to limit the consequences.
H:15. Exit
P:15.1 When the Agreement ends for any reason, the Supplier will hand over all passwords, documentation and backups to the Customer or the new provider and will assist with the handover for up to 30 days at no extra charge.
H:16. Governing law and disputes
P:16.1 Because the Services are delivered mainly in China, this Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be settled by arbitration by the Shenyang Arbitration Commission in Shenyang.
P:Signed in Rønne and Fushun on ______________ 2025.
P:For the Supplier: ____________________    For the Customer: ____________________
"""

SOURCES = {"h98z01": H98Z01, "h98z02": H98Z02, "h98e03": H98E03, "h98e04": H98E04}
TARGETS = {"h98z01": ("h98z01_prison_bureau_smart_security_integration.docx", "docx"),
           "h98z02": ("h98z02_paper_mill_web_defect_inspection_maintenance.pdf", "pdf"),
           "h98e03": ("h98e03_cork_oak_estate_bark_moisture_sensors_sardinian_integrator.docx", "docx"),
           "h98e04": ("h98e04_amber_cooperative_managed_it_bornholm_provider.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
