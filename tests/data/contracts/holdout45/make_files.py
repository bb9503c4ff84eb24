"""Builds the .docx and .pdf contracts of holdout45 from the small markup of ../word_pdf.py
(T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are kept as written.
PDFs are broken into lines at word boundaries (word_pdf.write(..., wrap_words=True)), as holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H45Z01 = """T:西江省新一代电力交易平台系统集成项目合同
P:合同编号：XJDJ-2025-XXJC-017
P:甲方（采购人）：西江省电力交易中心有限公司
P:乙方（供应商）：华数能联科技股份有限公司
P:根据《中华人民共和国民法典》及甲方组织的公开招标结果（招标编号：XJDJ-ZB-2025-043），甲乙双方经协商一致，就西江省新一代电力交易平台系统集成项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责新一代电力交易平台的软硬件供货，现货交易、中长期交易及信息披露模块的定制开发，与调度技术支持系统、营销系统及结算系统的接口开发，部署实施、等级保护测评配合及培训，具体范围以招标文件技术规范书和乙方投标文件为准。
P:1.2 项目实施地点为甲方生产机房（主）和同城灾备机房（备）。乙方应于合同签订后一百五十日内完成系统上线，二百四十日内具备终验条件。
P:1.3 乙方所供设备、软件均应为原厂全新正品，并符合国家电力监控系统安全防护及信息技术应用创新的相关要求。
H:第二条 合同价款
P:2.1 合同总价为人民币肆佰柒拾万元整（¥4,700,000.00），含增值税，包括设备、软件许可、开发、实施、运输、保险、培训及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|信创服务器（含操作系统）|18台|1,233,000
TB:2|分布式存储|1套|486,000
TB:3|网络及安全设备（交换机、防火墙、WAF、入侵防御）|1批|612,000
TB:4|国产数据库及中间件许可|1套|548,000
TB:5|交易平台定制开发（现货交易、中长期交易、信息披露接口）|1项|1,380,000
TB:6|系统集成与部署实施|1项|356,000
TB:7|等保测评配合及培训|1项|85,000
TB:|软硬件小计（第1至4项）||2,879,000
TB:|合计||4,700,000
P:2.2 合同总价为固定价格，除甲方书面提出的需求变更外不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经双方签收后，甲方支付合同总价的35%。到货签收仅确认设备数量、型号和外观，不视为验收。
P:3.3 系统上线并通过初验后，甲方支付合同总价的25%。
P:3.4 系统通过终验后，甲方支付合同总价的20%。
P:3.5 乙方每次请款前应向甲方开具合法有效的增值税专用发票。甲方可从应付款中直接扣除乙方应付的违约金及扣减款项。
H:第四条 实施要求
P:4.1 乙方应在合同签订后十日内提交实施方案和项目计划，经甲方确认后执行。乙方项目经理须全程驻场，未经甲方同意不得更换。
P:4.2 系统切换须安排在非交易日进行，并制定完整的回退方案，确保市场主体申报、出清和结算业务不中断。
H:第五条 验收
P:5.1 到货验收：双方核对设备品牌、型号、数量及原厂证明文件，并签署到货签收单。
P:5.2 初验：乙方完成全部功能测试及性能测试后提请初验。性能指标为：日前现货出清计算在15分钟内完成；申报峰值处理能力不低于每秒3,000笔；常用页面平均响应时间不超过2秒。
P:5.3 试运行：初验合格后进入三个月试运行期，试运行应覆盖至少一个完整的月度结算周期，期间不得出现一级故障。
P:5.4 终验：试运行合格、遗留问题全部关闭、通过第三方等级保护三级测评及安全检测、全部源代码、技术文档及运维手册移交完毕后，甲方组织终验，终验合格后双方签署终验报告。
P:5.5 系统上线、投入使用或甲方支付任何款项，均不视为甲方验收合格。
H:第六条 质量保证与维保服务
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内，乙方免费提供软硬件维修、备件更换、软件升级和补丁，并每季度进行一次现场巡检。
P:6.2 质保期满后，乙方承诺继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币230,320元），该价格自质保期满之日起三年内不上调。维保合同由双方另行签订，不自动续期。
P:6.3 故障等级及服务时限如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|交易系统中断、出清计算失败或数据丢失|15分钟|1小时|3小时
TB:二级|部分功能不可用，存在绕行方案|30分钟|2小时|8小时
TB:三级|一般问题或咨询|2小时|按需|5个工作日
P:6.4 交易平台核心服务年可用率不低于99.99%，经甲方批准的计划停机时间除外。
P:6.5 乙方未满足上述时限的，一级故障每超时一小时扣减人民币2,000元，二级故障每超时一小时扣减人民币500元；年可用率每低于承诺值0.01个百分点，扣减人民币3,000元。扣减款项从应付款或履约保证金中扣除。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的程序、接口、数据库脚本及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:7.2 乙方原有软件产品及第三方软件的知识产权仍归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。
P:7.3 乙方保证交付成果不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 交易数据、市场主体注册信息、报价及结算数据均属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方应遵守《电力监控系统安全防护规定》及甲方网络安全管理制度，运维操作须经甲方堡垒机进行并全程审计；未经甲方书面批准不得远程接入，不得复制或带离任何数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方并配合处置。因乙方原因导致的数据安全事件，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中获知的甲方技术资料、市场交易信息和商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应要求参与本项目的人员签署保密承诺。保密义务在本合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期上线或逾期具备终验条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方违约给甲方造成损失，违约金不足以弥补的，乙方应继续赔偿。
H:第十一条 分包
P:11.1 乙方不得转包本项目。确需将综合布线等非主体工作分包的，须事先取得甲方书面同意，并对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，或逾期违约金达到上限的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同附件包括技术规范书、投标文件及实施计划，与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：西江省电力交易中心有限公司　　乙方（盖章）：华数能联科技股份有限公司
P:授权代表：　　　　　　　　　　　　　　　　　授权代表：
P:日期：　　年　　月　　日　　　　　　　　　　日期：　　年　　月　　日
"""

H45Z02 = """T:南岭市轨道交通3号线站台门状态监测系统设备采购及维护合同
P:合同编号：NLMT-WZ-2025-0386
P:采购人（甲方）：南岭市地铁集团有限公司
P:供应商（乙方）：安迅轨道科技有限公司
P:甲方就南岭市轨道交通3号线站台门状态监测系统设备采购项目进行了公开招标，乙方为中标人。双方依据《中华人民共和国民法典》《中华人民共和国招标投标法》，经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应3号线24座车站的站台门状态监测系统设备，包括门单元状态采集模块、站级监测主机、防夹间隙探测装置、线路中心服务器及监测软件，并负责安装调试、与综合监控系统（ISCS）的接口联调、人员培训及质保期内的维护。
P:（二）监测系统以只读方式采集门机控制器（DCU）及门状态信号，不得接入、改变或影响站台门安全回路和信号系统。
P:（三）本合同的技术要求以招标文件技术规范书为准；技术规范书与乙方投标文件不一致的，以对甲方更有利的要求为准。
H:二、合同价款
P:（一）合同总价为人民币叁佰捌拾肆万元整（¥3,840,000），其中：
P:1. 门单元状态采集模块1,152套，单价1,250元，计1,440,000元；
P:2. 站级监测主机24台，单价26,800元，计643,200元；
P:3. 防夹间隙探测装置（激光雷达型）96套，单价9,600元，计921,600元；
P:4. 线路中心服务器及监测软件1套，计386,000元；
P:以上第1至4项为设备及软件小计，计3,390,800元。
P:5. 安装调试及接口联调，计412,000元；
P:6. 培训及技术资料，计37,200元。
P:（二）上述价格为固定总价，已包含运输、保险、夜间施工、现场配合及全部税费。
H:三、交货与安装
P:（一）乙方应于合同签订后九十日内将全部设备运至甲方指定车站，在甲方安排的夜间天窗点内完成安装，并于合同签订后一百八十日内完成全线调试。
P:（二）乙方施工须遵守甲方运营安全管理规定，每次施工前办理请点手续，施工结束后清理现场、恢复设施并销点。因乙方施工原因影响次日运营的，乙方承担全部责任。
P:（三）设备到货时，乙方应随货提供装箱单、产品合格证、出厂检验报告及型式试验报告。全部设备须满足地铁车站环境的电磁兼容、防尘防潮和抗振动要求，安装于轨行区的装置须有可靠的防脱落措施。
H:四、付款方式
P:（一）合同签订后二十日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并经甲方签收后，支付合同总价的40%。到货签收仅确认数量和外观，不视为验收。
P:（三）全线终验合格后，支付合同总价的45%。
P:（四）剩余5%作为质量保证金，质保期满且无遗留问题后无息支付。
P:（五）乙方应在合同签订后十日内向甲方提交合同总价5%的履约保函，终验合格后退还。
H:五、验收
P:（一）单站验收：每座车站安装调试完成后，乙方提交单站测试记录，双方按招标技术规范逐项测试，包括采集点位齐全、开关门时间采集误差不超过0.1秒、夹人夹物模拟报警正确、与ISCS数据一致。
P:（二）全线试运行：全部车站单站验收合格后进入六十日试运行。试运行期间数据采集完整率不低于99%，误报警每站每月不超过2次，且不得对站台门正常运行及行车造成任何影响。
P:（三）试运行合格后，乙方提交终验申请，甲方组织终验，终验合格后双方签署终验证书。设备投入使用或甲方付款，均不代表验收合格。
P:（四）终验前，乙方应提交竣工图纸、单站调试报告、试运行报告、设备台账及软件版本清单，作为终验资料存档。
H:六、质量保证与维护
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内，乙方免费提供设备维修更换、软件升级及每季度一次的全线巡检。
P:（二）故障响应：一级故障（全线或单站监测中断，或误报警影响行车组织）乙方应在30分钟内响应，2小时内到达现场（运营期间按甲方安排进站），6小时内恢复；二级故障2小时内响应，次日运营前修复；三级故障结合月度巡检处理。
P:（三）乙方未按上述时限响应或修复的，一级故障每超时一小时扣减人民币1,000元，二级故障每超时一小时扣减人民币300元，从质量保证金中扣除，不足部分由乙方另行支付。
P:（四）质保期满后，乙方应继续为甲方提供不少于三年的维护服务。年度维护费按设备及软件小计的18%计取，即每年人民币610,344元，三年内固定不变；维护合同由双方另行签订，不自动续期。
P:（五）乙方保证自终验之日起八年内提供备品备件。
P:（六）乙方应为甲方站务及维修人员提供不少于60人次的操作和维护培训，并提交操作手册、维护手册及竣工资料各一式三份。
P:（七）质保期内同一部件因质量问题累计更换三次的，乙方应以同型号全新整机替换，该整机的质保期自替换之日起重新计算。
H:七、知识产权
P:（一）乙方为本项目开发的ISCS接口程序、统计报表及配置文件归甲方所有，甲方可自行或委托第三方修改使用。
P:（二）设备内置软件及监测软件的著作权归乙方，乙方授予甲方永久、免费的使用许可。
H:八、数据安全
P:（一）监测系统采集和生成的全部数据，包括门状态数据、报警记录和运行日志，均归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）监测网络与运营生产网单向隔离。乙方远程维护须经甲方审批并通过甲方堡垒机进行，不得私自拷贝或外传数据。
P:（三）发生数据泄露或网络安全事件时，乙方应在2小时内报告甲方，配合甲方处置，并承担因其原因造成的全部损失。
H:九、保密
P:乙方应对甲方提供的设计图纸、车站布局、运营组织及安防资料予以保密，不得向任何第三方披露，保密期限至本合同终止后五年。乙方人员进入车站及轨行区作业，须遵守甲方安全保卫规定，不得拍摄与施工无关的设施设备。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成全线调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。
P:（二）乙方交付的设备不符合约定的，应在十五日内免费更换；因此造成甲方运营损失的，乙方应予赔偿。
P:（三）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之一向乙方支付违约金。
P:（四）乙方违反本合同第八条、第九条约定的，除赔偿甲方损失外，甲方有权视情节暂停支付未付款项。
H:十一、分包
P:乙方不得转包本合同。安装施工中的辅助工作确需分包的，应事先征得甲方书面同意，乙方对分包方的行为负责。分包方人员同样须遵守本合同第八条、第九条的约定及甲方的安全管理规定。
H:十二、合同解除
P:乙方逾期超过六十日，或交付设备经两次更换仍不合格，或有其他严重违约行为且经甲方书面通知后十五日内未改正的，甲方有权解除本合同，并要求乙方赔偿损失。合同解除后，乙方应配合甲方完成已安装设备的移交或拆除，且不得影响正常运营。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交南岭仲裁委员会仲裁。
H:十四、其他
P:本合同附件包括招标文件、投标文件、技术规范书和设备清单。本合同一式八份，甲方六份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：南岭市地铁集团有限公司　　乙方（盖章）：安迅轨道科技有限公司
P:授权代表：　　　　　　　　　　　　　　　授权代表：
P:日期：　　年　　月　　日　　　　　　　　日期：　　年　　月　　日
"""

H45E02 = """T:SUPPLY, SOFTWARE LICENCE AND TECHNICAL SUPPORT CONTRACT
P:Contract No. IVQ-CN-2025-031
P:SUPPLY, SOFTWARE LICENCE AND TECHNICAL SUPPORT CONTRACT ENTERED INTO BY AND BETWEEN INSPECVISIÓN, S.A. DE C.V., HEREINAFTER REFERRED TO AS "THE SUPPLIER", REPRESENTED IN THIS ACT BY ITS LEGAL REPRESENTATIVE, ING. ALEJANDRO RUIZ CASTAÑEDA, AND JINHAI BREWING CO., LTD., HEREINAFTER REFERRED TO AS "THE CUSTOMER", REPRESENTED IN THIS ACT BY MR. ZHAO MINGYUAN, IN ACCORDANCE WITH THE FOLLOWING DECLARATIONS AND CLAUSES.
H:DECLARATIONS
P:I. THE SUPPLIER declares, through its legal representative, that:
P:a) It is a variable-capital corporation (sociedad anónima de capital variable) duly incorporated under the laws of the United Mexican States, as evidenced by public deed No. 28,614 granted before Notary Public No. 12 of the city of Santiago de Querétaro, with its principal place of business at Av. Constituyentes 1150, El Marqués, Querétaro, Mexico.
P:b) Its legal representative has sufficient powers to execute this Contract, which have not been revoked or limited in any way.
P:c) It designs and manufactures fill-level and closure inspection equipment for the beverage industry and has the technical, human and financial resources to perform this Contract.
P:II. THE CUSTOMER declares, through its representative, that:
P:a) It is a limited liability company incorporated under the laws of the People's Republic of China, with its brewery at No. 66 Haigang Road, Huangdao District, Qingdao, Shandong Province.
P:b) It requires inspection equipment for three filling lines of its Huangdao brewery and has selected THE SUPPLIER after a competitive tender.
P:III. BOTH PARTIES declare that they recognise each other's legal capacity and that they enter into this Contract freely, without error, fraud or bad faith, and therefore agree to the following:
H:CLAUSES
H:FIRST.- PURPOSE.
P:THE SUPPLIER shall supply, install and commission the inspection equipment listed in the SECOND clause for bottling lines 1 and 2 (glass bottles, 36,000 bottles per hour) and canning line 3 (60,000 cans per hour), grant THE CUSTOMER a licence of the InspecVision Suite software, train THE CUSTOMER's personnel and provide technical support, in accordance with this Contract and its Annexes.
H:SECOND.- PRICE.
P:The total price of this Contract is CNY 2,526,000.00 (two million five hundred and twenty-six thousand Chinese Renminbi), including taxes, delivery DAP Huangdao brewery (Incoterms 2020), installation and training, broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|FLX-900 X-ray fill-level inspection unit|3|486,000|1,458,000
TB:2|CAP-300 closure inspection module|3|98,000|294,000
TB:3|RJ-50 reject system with pusher and reject table|3|64,500|193,500
TB:4|InspecVision Suite licence (perpetual, 3 lines and central SPC station)|1|318,000|318,000
TB:|Equipment and software subtotal|||2,263,500
TB:5|Installation, commissioning and line integration|1|226,500|226,500
TB:6|Training of operators and maintenance staff|1|36,000|36,000
TB:|Total Contract Price|||2,526,000
P:The price is fixed for the duration of this Contract and shall not be adjusted for variations in exchange rates.
H:THIRD.- PAYMENT TERMS.
P:THE CUSTOMER shall pay the price as follows: (a) 40% (forty percent) as a down payment within ten (10) business days after signature of this Contract and receipt of THE SUPPLIER's invoice; (b) 40% (forty percent) upon delivery of all equipment at the brewery, against the signed delivery note, which only confirms quantities and the apparent condition of the packages; and (c) the remaining 20% (twenty percent) within thirty (30) days after signature of the Site Acceptance Certificate referred to in the FIFTH clause.
P:Payments shall be made by bank transfer to the account indicated by THE SUPPLIER in its invoices.
H:FOURTH.- DELIVERY, INSTALLATION AND CONVENTIONAL PENALTY.
P:THE SUPPLIER shall deliver the equipment within one hundred and twenty (120) calendar days after receipt of the down payment, and shall complete installation and commissioning within forty-five (45) days after delivery, working during the production stops scheduled by THE CUSTOMER.
P:If THE SUPPLIER fails to meet either period for causes attributable to it, it shall pay THE CUSTOMER, as a conventional penalty, 0.1% (one tenth of one percent) of the total Contract Price for each calendar day of delay, up to a maximum of 10% (ten percent) of the total Contract Price. THE CUSTOMER may deduct the penalty from any pending payment.
H:FIFTH.- ACCEPTANCE.
P:Upon completion of commissioning, the Parties shall carry out the Site Acceptance Test on each line at rated speed, which shall demonstrate that: (i) in three consecutive challenge runs of 500 containers, including 50 underfilled, 50 overfilled and 50 without closure, all defective containers are rejected; (ii) the repeatability of the fill-level measurement is within +/- 1.0 mm; (iii) false rejects do not exceed two (2) per ten thousand containers over seventy-two (72) hours of continuous production; and (iv) the SPC station records and reports the data of the three lines.
P:When all criteria are met, the Parties shall sign the Site Acceptance Certificate for the three lines. The operation of the equipment in production before the certificate is signed shall not be considered acceptance.
H:SIXTH.- WARRANTY.
P:THE SUPPLIER warrants the equipment and the software against defects in design, materials and workmanship for a period of SIX (6) MONTHS from the date of the Site Acceptance Certificate. During this period THE SUPPLIER shall repair or replace free of charge, including parts, labour and travel, any defective component, and shall provide software corrections.
P:The warranty does not cover wear parts (X-ray tubes after 20,000 operating hours, pusher pads and belts), nor damage caused by improper operation, unauthorised modifications or electrical disturbances outside the specifications.
H:SEVENTH.- TECHNICAL SUPPORT AND SERVICE LEVELS.
P:During the warranty period and any support year under the EIGHTH clause, THE SUPPLIER shall provide a hotline in English and Chinese available 24 hours a day, remote support through THE CUSTOMER's VPN and on-site service by its service engineer based in Shanghai, with the following times:
TB:Severity|Definition|Remote response|On-site attendance|Restoration
TB:1|A line is stopped, or the inspector does not reject defective containers|2 hours|Within 24 hours|Within 36 hours
TB:2|Inspection is degraded (e.g. excessive false rejects) but the line runs|8 hours|Within 3 business days|Within 5 business days
TB:3|Minor faults, reports and questions|1 business day|Next preventive visit|Next software release
P:For each hour of delay in the remote response to a Severity 1 event THE SUPPLIER shall pay CNY 1,000, and for each day of delay in the on-site attendance CNY 3,000. These amounts may be deducted from any payment due or, during a support year, from the next support fee.
H:EIGHTH.- ANNUAL SUPPORT AFTER THE WARRANTY.
P:After the warranty expires, THE SUPPLIER shall provide annual technical support (hotline, remote support, on-site attendance, software updates and one preventive maintenance visit per year) for an annual fee equal to 11% (eleven percent) of the equipment and software subtotal, that is, CNY 248,985.00 per year. The fee is fixed for the first three (3) years of support; thereafter it may be adjusted once a year by written agreement of the Parties by no more than 3% (three percent).
P:Each year of support is contracted by a written purchase order of THE CUSTOMER and does not renew automatically.
H:NINTH.- SOFTWARE LICENCE AND INTELLECTUAL PROPERTY.
P:THE SUPPLIER grants THE CUSTOMER a perpetual, non-exclusive licence to use the InspecVision Suite on the equipment supplied and on the central SPC station. The software remains the property of THE SUPPLIER.
P:The PLC code, HMI screens, product recipes and line-integration logic developed specifically for THE CUSTOMER's lines under this Contract shall be the property of THE CUSTOMER, which may use and modify them freely and entrust their modification to third parties. THE SUPPLIER shall deliver them in editable form together with the documentation.
H:TENTH.- CUSTOMER DATA AND INFORMATION SECURITY.
P:Inspection images, production counts, reject statistics and all other data generated by the equipment at the brewery belong to THE CUSTOMER and may be used by THE SUPPLIER only to perform this Contract.
P:Remote access by THE SUPPLIER is permitted only through the VPN provided by THE CUSTOMER, after authorisation by THE CUSTOMER's maintenance manager for each session. THE SUPPLIER shall not extract or copy data to its own systems and shall comply with THE CUSTOMER's information security rules for the plant network.
P:THE SUPPLIER shall notify THE CUSTOMER within twenty-four (24) hours of any security incident involving THE CUSTOMER's systems or data of which it becomes aware, shall cooperate in the remediation, and shall be liable for the damages caused by its breach of this clause.
H:ELEVENTH.- CONFIDENTIALITY.
P:Each Party shall keep strictly confidential the technical, commercial and production information received from the other Party, including THE CUSTOMER's recipes, production volumes and line layouts, and shall not disclose it to third parties without the prior written consent of the other Party. This obligation shall remain in force for five (5) years after the termination of this Contract.
H:TWELFTH.- LIABILITY.
P:THE SUPPLIER's total liability under this Contract, including conventional penalties, shall not exceed 120% (one hundred and twenty percent) of the total Contract Price, except in cases of wilful misconduct, gross negligence, personal injury or breach of the TENTH and ELEVENTH clauses. Neither Party shall be liable to the other for lost profits.
H:THIRTEENTH.- SUBCONTRACTING AND ASSIGNMENT.
P:THE SUPPLIER may not assign this Contract or subcontract any part of its obligations without the prior written consent of THE CUSTOMER. The installation support of Qingdao Lianxin Automation Engineering Co., Ltd. is approved by THE CUSTOMER upon signature of this Contract.
H:FOURTEENTH.- RESCISSION.
P:THE CUSTOMER may rescind this Contract by written notice, without need of judicial declaration, if THE SUPPLIER fails to comply with any of its material obligations and does not remedy the failure within twenty (20) calendar days after being notified in writing, or if the conventional penalty reaches its maximum. In that case THE SUPPLIER shall return the amounts received for equipment that has not been accepted.
H:FIFTEENTH.- FORCE MAJEURE.
P:Neither Party shall be liable for delays caused by acts of God or force majeure, provided that it notifies the other Party within five (5) business days and takes reasonable measures to mitigate the effects.
H:SIXTEENTH.- APPLICABLE LAW AND DISPUTE RESOLUTION.
P:This Contract shall be governed by the laws of the People's Republic of China. Any dispute arising from this Contract shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao, whose award shall be final and binding on both Parties.
P:Having read this Contract and being aware of its content and legal scope, the Parties sign it in two counterparts in English, in the city of Qingdao, on ____________ 2025.
P:THE SUPPLIER: INSPECVISIÓN, S.A. DE C.V. - Ing. Alejandro Ruiz Castañeda, Legal Representative
P:THE CUSTOMER: JINHAI BREWING CO., LTD. - Mr. Zhao Mingyuan, Authorised Representative
"""

H45E03 = """T:MANAGED IT AND RESEARCH COMPUTING SERVICES AGREEMENT
P:Agreement reference: FDS/MSA/CN-0117
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN:
P:(1) FALCON DIGITAL SERVICES FZ-LLC, a free zone limited liability company registered in Dubai Internet City, Dubai, United Arab Emirates, under licence number 94517, whose registered office is at Building 14, Office 305, Dubai Internet City, Dubai, UAE (the "Service Provider"); and
P:(2) NANHAI MEDICAL UNIVERSITY HOSPITAL, a public hospital affiliated to Nanhai Medical University, whose address is at 200 Binhai Avenue, Haikou, Hainan Province, People's Republic of China (the "Client").
P:WHEREAS:
P:(A) The Service Provider is a provider of managed IT services and high-performance computing operations to healthcare and academic institutions.
P:(B) The Client wishes to outsource the operation of its end-user IT and infrastructure and the operation of its research computing platform to the Service Provider on the terms of this Agreement.
P:IT IS AGREED as follows:
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Charges" means the charges set out in Clause 5; "Client Data" means all data of the Client, including patient data, research data and human genetic resources information, which the Service Provider accesses or processes; "Deliverables" means all documents, runbooks, scripts, automation, workflow pipelines, container images, configurations and other materials produced by or for the Service Provider in performing the Services; "Research Computing Platform" means the Client's high-performance computing cluster (48 CPU nodes, 8 GPU nodes and 1.2 PB of parallel storage) in the Client's data centre; "Services Commencement Date" means the date of the Transition Acceptance Certificate; and "Service Levels" means the service levels in Schedule 2.
P:1.2 References to Clauses and Schedules are to the clauses of and schedules to this Agreement. The Schedules form part of this Agreement.
H:2. SERVICES
P:2.1 From the Services Commencement Date the Service Provider shall provide: (a) the Managed IT Services: a service desk in Chinese and English available 24 hours a day, on-site support for about 1,800 end-user devices, management and monitoring of servers, network and the Client's virtualised infrastructure, patching and backup; and (b) the Research Computing Services: operation of the Research Computing Platform, job scheduling, onboarding of users from research groups, storage quota management, maintenance of software environments, and development of analysis workflow pipelines for the Client's genomics and imaging research groups on request, up to 120 engineer days per year.
P:2.2 The Service Provider shall station an on-site team of no fewer than six (6) engineers at the Client's premises during business hours.
H:3. TRANSITION
P:3.1 The Service Provider shall complete the transition of the Services from the Client's current arrangements within ninety (90) days after the date of this Agreement (the "Transition Completion Date").
P:3.2 Transition is complete when the Client has signed a Transition Acceptance Certificate, which it shall do when: (a) knowledge transfer from the incumbent staff is complete and documented; (b) the configuration management database has been reconciled with a physical audit of in-scope assets; (c) all in-scope servers, network devices and cluster nodes are under monitoring; (d) the runbooks for the Services have been approved by the Client's IT department; and (e) ten (10) business days of shadow operation have passed without a Priority 1 incident caused by the Service Provider. Running the Services during shadow operation does not constitute acceptance.
P:3.3 If Transition is not complete by the Transition Completion Date due to the Service Provider's default, the Service Provider shall pay delay damages of CNY 3,000 per day until completion, up to a maximum of CNY 150,000.
H:4. SERVICE LEVELS AND SERVICE CREDITS
P:4.1 The Service Provider shall meet the Service Levels in Schedule 2. Where it fails to do so, Service Credits apply as set out in Schedule 2.
P:4.2 The Service Credits are the Client's sole financial remedy for a failure to meet the Service Levels, without prejudice to Clauses 3.3 and 11.
H:5. CHARGES AND PAYMENT
P:5.1 The Charges are: (a) Managed IT Services: CNY 128,000 per month; (b) Research Computing Services: CNY 54,000 per month; and (c) a one-time Transition Charge of CNY 140,000. The Initial Term is twenty-four (24) months from the Services Commencement Date, and the total Charges for the Initial Term are CNY 4,508,000.
P:5.2 The monthly Charges are invoiced monthly in arrears. The Transition Charge is invoiced on signature of the Transition Acceptance Certificate. No amount is payable in advance.
P:5.3 The Client shall pay undisputed invoices within forty-five (45) days of receipt. The Charges are fixed for the Initial Term and include all taxes payable in the PRC.
H:6. TERM AND RENEWAL
P:6.1 This Agreement commences on the date of signature and continues until the end of the Initial Term.
P:6.2 The Parties may agree in writing to extend this Agreement. There is no automatic renewal.
H:7. TERMINATION
P:7.1 The Service Provider may suspend the Services or terminate this Agreement on thirty (30) days' written notice if the Client fails to pay undisputed invoices for more than sixty (60) days after their due date.
P:7.2 The Client may not terminate this Agreement before the end of the Initial Term, save under Clause 16 (Force Majeure). The Client's remedies for any breach by the Service Provider are the Service Credits, the delay damages under Clause 3.3 and damages under Clause 11, and the Client shall not be entitled to terminate this Agreement for such breach.
P:7.3 On expiry, the Service Provider shall provide exit assistance for up to sixty (60) days at the rates in Schedule 3, hand over the operating documentation and return all Client Data.
H:8. CLIENT DATA AND DATA PROTECTION
P:8.1 Client Data is and shall remain the property of the Client. The Service Provider shall process Client Data only for the purpose of performing the Services and in accordance with the Client's written instructions.
P:8.2 Client Data shall remain on the Client's premises and systems. The Service Provider's personnel shall access Client Data only through the Client's privileged access management system with multi-factor authentication, and shall not copy Client Data to any device or system outside the Client's control. Remote access from outside the PRC is not permitted.
P:8.3 The Service Provider shall comply with the Personal Information Protection Law, the Data Security Law and the regulations on the management of human genetic resources of the PRC, and with the Client's information security policies.
P:8.4 The Service Provider shall notify the Client of any personal data breach or other security incident within twenty-four (24) hours, cooperate fully with the Client and any competent authority, and indemnify the Client against losses, fines and costs arising from its breach of this Clause 8.
H:9. INTELLECTUAL PROPERTY
P:9.1 Each Party retains its pre-existing intellectual property. Research results and publications of the Client belong to the Client.
P:9.2 All intellectual property rights in the Deliverables, including workflow pipelines, scripts, container images and configurations developed specifically for the Client's research groups, shall vest in and remain with the Service Provider. The Service Provider grants the Client a non-exclusive, non-transferable licence to use the Deliverables for its internal purposes during the Term. The Client shall not modify the Deliverables or make them available to any third party, including a successor service provider.
H:10. CONFIDENTIALITY
P:10.1 Each Party shall keep confidential the confidential information of the other Party and shall not disclose it except to its employees and professional advisers who need to know it and are bound by equivalent obligations, or as required by law.
P:10.2 This Clause 10 survives termination for five (5) years, and without time limit for patient information.
H:11. LIABILITY
P:11.1 Neither Party shall be liable for any indirect or consequential loss, or for loss of profit.
P:11.2 The Service Provider's total aggregate liability arising under or in connection with this Agreement shall not exceed CNY 6,000,000.
P:11.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
H:12. SUBCONTRACTING
P:12.1 The Service Provider may subcontract any part of the Services to its Affiliates or to service partners in the PRC, provided that it notifies the Client in writing of the identity of the subcontractor before the subcontractor starts work.
P:12.2 The Service Provider remains responsible for the performance of its subcontractors.
H:13. PERSONNEL
P:13.1 The Service Provider shall ensure that its personnel working on site are suitably qualified and comply with the Client's hospital rules, infection-control rules and confidentiality undertakings.
P:13.2 The Client may request the replacement of any individual on reasonable grounds.
H:14. INSURANCE
P:The Service Provider shall maintain professional indemnity insurance of not less than CNY 10,000,000 per claim, and public liability insurance, throughout the Term.
H:15. GOVERNING LAW AND DISPUTE RESOLUTION
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules in force. The language of the arbitration shall be English.
H:16. FORCE MAJEURE
P:Neither Party shall be liable for failure to perform caused by events beyond its reasonable control. If such an event continues for more than ninety (90) days, either Party may terminate this Agreement by written notice.
H:17. GENERAL
P:17.1 This Agreement is the entire agreement between the Parties concerning its subject matter. 17.2 No amendment is effective unless made in writing and signed by both Parties. 17.3 Notices shall be in writing in English and delivered to the addresses above.
H:SCHEDULE 2 - SERVICE LEVELS
P:1. Core Infrastructure Availability (servers, network, virtualisation, storage and the scheduler of the Research Computing Platform): 99.95% per calendar month, excluding maintenance windows agreed with the Client.
P:2. Incident priorities: Priority 1 (an outage of clinical infrastructure, or of the whole Research Computing Platform): response within 30 minutes, restoration within 3 hours; Priority 2 (a service degraded for a department or a research group): response within 1 hour, restoration within 8 hours; Priority 3 (a single user affected): response within 2 hours, resolution within 2 business days.
P:3. Service Credits: if monthly availability is below 99.95%, 3% of the monthly Charges; below 99.5%, 6%; below 99.0%, 10%. Each Priority 1 incident not restored within the restoration time earns a further 2%. Service Credits in any month are limited to 12% of the monthly Charges and are deducted from the next invoice.
H:SCHEDULE 3 - RATES
P:Additional engineer days beyond the allowance in Clause 2.1(b) and exit assistance: CNY 4,800 per engineer day.
P:SIGNED for and on behalf of FALCON DIGITAL SERVICES FZ-LLC: ______________________
P:SIGNED for and on behalf of NANHAI MEDICAL UNIVERSITY HOSPITAL: ______________________
"""

SOURCES = {"h45z01": H45Z01, "h45z02": H45Z02, "h45e02": H45E02, "h45e03": H45E03}
TARGETS = {"h45z01": ("h45z01_power_trading_platform_integration.docx", "docx"),
           "h45z02": ("h45z02_metro_platform_door_monitoring_supply.pdf", "pdf"),
           "h45e02": ("h45e02_brewery_fill_level_inspection_licence_support.docx", "docx"),
           "h45e03": ("h45e03_university_hospital_managed_it_research_computing.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
