"""Builds the .docx and .pdf contracts of holdout51 from the sources below (markup of ../word_pdf.py: T: title,
H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the files are written next to this script. The PDFs are broken
into lines at word boundaries first (word_pdf.write(..., wrap_words=True)), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H51Z01 = """
T:江源省养老服务综合信息平台系统集成项目合同
P:合同编号：JYMZ-2025-ZC-0137
P:采购方式：公开招标（项目编号：JYZC2025-G-0412）
P:甲方（采购人）：江源省民政厅
P:乙方（供应商）：江源颐康信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江源省养老服务综合信息平台系统集成项目（以下简称“本项目”）达成如下协议，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、定制开发、系统集成、部署实施和培训，建成覆盖省、市、县三级民政部门和全省养老机构的养老服务综合信息平台（以下简称“平台”）。平台部署于江源省政务云，硬件设备安装于省民政厅机房。
P:1.2 定制开发内容包括：居家养老服务补贴申请与结算、养老机构等级评定、老年人能力评估、养老服务人员管理、养老服务监管驾驶舱，以及与民政部全国养老服务信息系统、省医保平台、省卫健平台和省大数据中心的数据对接。
P:1.3 详细功能、性能和技术要求以招标文件第五章《采购需求》及乙方投标文件为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰壹拾万零陆仟元整（¥4,106,000.00），为固定总价，包括软硬件、定制开发、系统集成、运输、安装、培训、税费及质保期内服务等全部费用。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|养老服务综合监管平台软件许可（省级部署，用户数不限）|1套|1,260,000
TB:2|定制开发及数据对接|1项|1,384,000
TB:3|服务器及存储设备|1批|826,000
TB:4|网络安全设备（下一代防火墙、数据库审计、日志审计）|1批|318,000
TB:5|系统集成与部署实施|1项|276,000
TB:6|培训（省、市、县三级管理员及业务人员）|1项|42,000
TB:合计|||4,106,000
P:2.2 上表第1、3、4项合计人民币2,404,000元，为本合同的“软硬件价款”。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计人民币821,200元。
P:3.2 平台通过初验并上线试运行后十五个工作日内，甲方支付合同总价的40%，计人民币1,642,400元。
P:3.3 平台通过终验后十五个工作日内，甲方支付合同总价的40%，计人民币1,642,400元。
P:3.4 乙方每次收款前应开具合法有效的等额发票。甲方通过国库集中支付方式付款。
H:第四条 交付与实施进度
P:4.1 乙方应在合同签订后三十日内完成硬件到货，九十日内完成平台部署和定制开发并提交初验申请，一百五十日内具备终验条件。
P:4.2 硬件到货后由双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不代表质量验收合格。
P:4.3 乙方应组建不少于八人的项目实施团队，项目经理须常驻甲方现场，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验：乙方完成部署和开发后提交初验申请，甲方在十个工作日内组织初验。初验标准为：（一）招标文件所列功能逐项测试通过；（二）在500个并发用户条件下，常用业务页面响应时间不超过3秒；（三）与第1.2款所列外部系统的数据对接完成联调，抽样核对数据一致；（四）取得具备资质的第三方测评机构出具的安全测评报告，无高危漏洞。
P:5.2 初验合格后平台进入试运行，试运行期为三个月。试运行期内未发生一级故障，且累计二级故障不超过三次的，乙方可申请终验。
P:5.3 终验由甲方组织，可邀请专家参加，依据第5.1款标准、试运行记录和第三方商用密码应用安全性评估报告进行。终验合格后双方签署终验报告。
P:5.4 平台上线、试运行或甲方使用，均不视为终验合格。验收不合格的，乙方应在十五日内整改并承担费用；再次验收仍不合格的，甲方有权解除合同。
H:第六条 服务水平
P:6.1 质保期内，平台年可用率不低于99.8%（计划内维护时间除外）。计划内维护须提前三个工作日经甲方同意，并安排在夜间进行。
P:6.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或发生数据泄露、数据丢失|30分钟|2小时|6小时
TB:二级|核心业务功能（补贴结算、等级评定）不可用|1小时|8小时|24小时
TB:三级|一般功能异常，不影响主要业务|8小时|按需|3个工作日
P:6.3 年可用率每低于第6.1款承诺值0.1个百分点，乙方按软硬件价款的千分之一向甲方支付违约金；一级故障响应、到场或恢复每超时一小时，乙方支付违约金人民币1,000元；二级故障每超时一小时，支付违约金人民币300元。上述款项可从应付款项中直接扣除。
H:第七条 质量保证与维保
P:7.1 本项目质保期为三年（三十六个月），自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换和技术支持，并每季度提交一次运行分析报告。
P:7.2 质保期满后，如甲方需要乙方继续提供维保服务，年度维保费不超过软硬件价款的7%（即人民币168,280元），该价格在质保期满后两年内不予上调。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权归乙方所有。乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及全省各级民政部门、养老服务机构。
P:8.2 本项目定制开发成果（含源代码、数据接口程序、技术文档）的知识产权由甲乙双方共同所有。未经另一方书面同意，任何一方不得向第三方转让或许可他人使用上述成果。
P:8.3 乙方保证所提供的产品和服务不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台汇聚的老年人基本信息、健康及能力评估信息、补贴发放信息等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施：运维操作须经政务云堡垒机进行并留存审计日志，敏感个人信息加密存储，测试环境不得使用真实数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履行合同过程中知悉的甲方工作秘密、未公开的政策信息和系统安全配置负有保密义务，该义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其行为负责。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方提供的产品或服务不符合合同约定的，应负责整改、更换，并赔偿甲方由此受到的损失。
H:第十二条 分包
P:12.1 乙方不得转包本项目。乙方拟将非主体、非关键性工作分包的，须事先取得甲方书面同意，且乙方对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同的组成部分。
P:甲方（盖章）：江源省民政厅        乙方（盖章）：江源颐康信息技术有限公司
P:代表签字：                          代表签字：
P:日期：    年  月  日                日期：    年  月  日
"""

H51Z02 = """
T:临州市主要河道水质自动监测站建设及运维项目采购合同
P:合同编号：LZHD-2025-017
P:甲方（采购人）：临州市河道管理处
P:乙方（供应商）：浙清环境监测科技有限公司
P:甲乙双方根据《中华人民共和国民法典》、本项目竞争性磋商文件和乙方响应文件，经协商一致，就临州市主要河道水质自动监测站设备供货、安装及运维事宜订立本合同。
H:一、项目内容
P:（一）乙方在运河、西塘河、南溪等河道的6个断面各建设1座小型岸边式水质自动监测站，提供监测仪器、一体化站房、采配水系统、数据采集传输仪和监测数据平台软件，并负责安装、调试、联网及质保期内运维。
P:（二）监测项目为水温、pH、溶解氧、电导率、浊度五参数，以及氨氮、高锰酸盐指数、总磷、总氮。各站监测数据实时传输至甲方监测数据平台，并按要求推送至市生态环境局水质监测平台。
P:（三）设备清单和技术参数以附件一为准，运维服务要求以附件二为准。
H:二、合同价款
P:（一）合同总价为人民币叁佰玖拾伍万贰仟元整（¥3,952,000.00），包括设备、软件、运输、安装、土建配套、调试、检测、培训、质保期内运维和税费等一切费用。其中：
P:1. 水质自动监测设备（含分析仪器、采配水单元、数据采集传输仪）6套，单价438,000元，计2,628,000元；
P:2. 一体化站房6座，单价96,000元，计576,000元；
P:3. 监测数据平台软件许可1套，计148,000元；
P:4. 安装、土建配套及调试，计312,000元；
P:5. 质保期内运维服务（含试剂、标准溶液、易损件和每月比对监测），计288,000元。
P:（二）上述第1至3项合计3,352,000元，为本合同的“设备及软件价款”。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%，即395,200元。
P:（二）全部设备到货并完成安装，经双方签署到货安装确认单后，甲方支付合同总价的40%，即1,580,800元。到货安装确认不视为验收合格。
P:（三）项目验收合格后，甲方支付合同总价的40%，即1,580,800元。
P:（四）剩余10%，即395,200元，作为质保金，在质保期满且乙方履行完毕质保期内运维义务后无息支付。
P:（五）乙方每次请款时应提供等额合法发票。
H:四、交货与安装
P:（一）乙方应在合同签订后六十日内完成全部设备到货，九十日内完成安装调试并联网。
P:（二）站房选址和取水点由甲方协调确定；涉及河道管理范围内施工的，由甲方协助办理相关手续，乙方负责施工安全和河道保洁。
P:（三）设备到货时应附出厂合格证、计量器具型式批准或环境保护产品认证证书、使用说明书。
P:（四）施工期间，乙方应遵守河道管理规定，设置警示标志和安全防护设施，不得向河道倾倒废弃物。运行中产生的实验废液由乙方收集后交有资质的单位处置，相关费用已包含在合同总价中。
H:五、验收
P:（一）安装调试完成后进入试运行，试运行期为连续三十日。
P:（二）验收标准：1. 各站监测项目齐全，仪器性能指标符合《地表水自动监测技术规范（试行）》（HJ 915-2017）的要求；2. 试运行期内，每站每个监测项目至少完成两次实际水样比对，比对结果符合上述规范；3. 数据能够实时、完整地传输至甲方平台和市生态环境局平台；4. 标准溶液核查和加标回收试验合格；5. 竣工图纸、操作手册、培训记录等技术资料齐全。
P:（三）乙方提交验收申请后，甲方在十个工作日内组织验收，可邀请生态环境部门和专家参加。验收合格的，双方签署验收报告。设备安装、联网或试运行均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
P:（四）验收所需的比对监测、标准溶液和第三方检测费用由乙方承担。
H:六、质量保证与运维
P:（一）质保期为二十四个月，自验收合格之日起计算。质保期内，乙方负责设备免费维修、更换，并提供运维服务：每周至少一次现场巡检，按规范更换试剂和标准溶液，每月开展一次比对监测，每月向甲方提交运维报告。
P:（二）故障分级及响应：一级故障（站点停止运行或数据中断），乙方应在接到通知后2小时内远程响应，24小时内到达现场，48小时内恢复；二级故障（单项仪器故障或数据异常），乙方应在2小时内远程响应，48小时内到达现场并修复。
P:（三）乙方未按上述时限响应、到场或恢复的，每超时一小时，向甲方支付违约金500元；因设备故障导致单站数据中断累计超过七十二小时的，每站每次另支付违约金3,000元。上述违约金可从质保金中扣除。
P:（四）乙方应配备不少于三名经过水质自动监测运维培训的专职运维人员，名单报甲方备案；更换运维人员须提前七日书面告知甲方并经甲方同意。
P:（五）质保期满后，甲方如需乙方继续提供运维服务，双方另行签订运维合同，运维服务费按乙方当年度运维服务报价执行。
H:七、数据管理与安全
P:（一）各站产生的全部监测数据、运行日志和质控记录归甲方所有。乙方不得将上述数据用于本合同以外的任何目的，不得向第三方提供，不得删除、篡改或伪造监测数据。
P:（二）乙方应对数据采集传输仪和平台采取访问控制、传输加密和日志审计措施；远程运维须经甲方授权，并全程记录。
P:（三）监测数据平台部署于甲方指定的政务云环境，乙方不得将监测数据存储于其他服务器或终端。
P:（四）发生数据泄露、篡改或丢失的，乙方应在2小时内向甲方报告并采取补救措施；因乙方原因造成的，乙方承担全部责任，并赔偿甲方因此受到的损失，包括行政处罚。
H:八、保密
P:乙方对履行本合同过程中知悉的甲方未公开信息、监测数据和网络配置负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:九、知识产权
P:（一）监测数据平台软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:（二）乙方为本项目开发的数据接口程序、报表模板及相关源代码归甲方所有，甲方可自行或委托第三方修改和使用。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之四向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
P:（三）乙方提供的设备不符合约定的，甲方有权要求更换，并要求乙方赔偿损失。
P:（四）乙方或其人员篡改、伪造监测数据的，甲方有权解除合同，乙方应退还已收取的质保期内运维服务费，并承担由此产生的全部法律责任。
H:十一、分包
P:站房基础和取水管道等土建配套工作，乙方经甲方书面同意后可分包给具备相应资质的单位，乙方对分包工作承担全部责任。其他工作不得分包。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，或逾期交货超过三十日的，甲方有权解除合同，并要求乙方赔偿损失。合同解除后，乙方应配合甲方完成各站点运行和资料的交接，交接完成前不得中断数据传输。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交临州仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件一：设备清单及技术参数；附件二：运维服务要求。
P:甲方（盖章）：临州市河道管理处          乙方（盖章）：浙清环境监测科技有限公司
P:日期：                                  日期：
"""

H51E02 = """
T:Supply, Installation and Licence Agreement - Label Inspection Systems
P:Agreement No. SV-CN-25-0087
P:between Lijiang Spring Beverage (Foshan) Co., Ltd., No. 8 Xingye Road, Sanshui District, Foshan, Guangdong, People's Republic of China (the "Purchaser")
P:and Sennwald Vision AG, Industriestrasse 14, 9466 Sennwald, Switzerland, UID CHE-112.408.376 (the "Supplier")
H:Preamble
P:The Purchaser operates four PET bottling lines at its Foshan plant and wishes to equip each line with an automatic label inspection and rejection system. The Supplier has offered its LabelGuard LX system under quotation Q-25-0412 of 14 March 2025. Now therefore the Parties agree as follows.
H:Art. 1 Definitions
P:1.1 "System" means one LabelGuard LX inspection unit, one reject unit and one LabelGuard Vision Suite licence installed on one bottling line. "Equipment" means the hardware listed as items 1, 2 and 4 of the price table in Art. 3. "Software" means the LabelGuard Vision Suite, including firmware, updates and new releases supplied under this Agreement.
P:1.2 "Contract Price" means the total price stated in Art. 3.1. "Hardware and Licence Subtotal" means the sum of items 1 to 4 of the price table, i.e. CNY 2,723,000.
P:1.3 "Final Acceptance" means the date stated in the Final Acceptance Certificate issued under Art. 6.4.
H:Art. 2 Scope of Supply
P:2.1 The Supplier shall design, manufacture, deliver DAP Purchaser's plant, Foshan (Incoterms 2020), install, integrate with the line controls and the Purchaser's MES, and commission four Systems, and shall train the Purchaser's operators and maintenance staff.
P:2.2 The technical specification and defect catalogue in Annex 2 form part of this Agreement. Each System shall inspect front, back and neck labels for presence, position and skew, wrinkles and flags, wrong label type (by pattern and barcode) and the presence and legibility of the printed date code, at line speeds of up to 36,000 bottles per hour.
H:Art. 3 Prices
P:3.1 The Contract Price is CNY 2,997,000 (two million nine hundred and ninety-seven thousand Renminbi). It is a fixed price and includes packing, transport and insurance to site, installation, commissioning, training and all travel and living costs of the Supplier's personnel. Import duties and import VAT are borne by the Purchaser as importer of record. The Contract Price is itemised as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|LabelGuard LX inspection unit (4 cameras, LED lighting, controller, HMI)|4|486,000|1,944,000
TB:2|Reject unit with pusher and reject verification sensor|4|68,500|274,000
TB:3|LabelGuard Vision Suite licence, perpetual, one per line|4|112,000|448,000
TB:4|Spare parts kit for the warranty period|1|57,000|57,000
TB:5|Installation, line and MES integration, commissioning|1|236,000|236,000
TB:6|Operator and maintenance training (three sessions)|1|38,000|38,000
TB:|Contract Price|||2,997,000
H:Art. 4 Terms of Payment
P:4.1 The Contract Price shall be paid by bank transfer as follows: (a) 20 % (CNY 599,400) as advance payment within 30 days after signature of this Agreement and receipt of an advance payment guarantee for the same amount issued by a bank acceptable to the Purchaser; (b) 45 % (CNY 1,348,650) within 30 days after delivery of all four Systems and signature of the Installation Certificate; the Installation Certificate confirms completeness of delivery and mechanical installation only and does not constitute acceptance; (c) 35 % (CNY 1,048,950) within 30 days after Final Acceptance of all four Systems.
H:Art. 5 Time Schedule and Delay
P:5.1 The Supplier shall deliver the four Systems to site within sixteen (16) weeks and complete the Site Acceptance Test of all Systems within twenty-two (22) weeks after signature of this Agreement. Installation on each line shall take place within the line shutdown windows agreed in the project schedule (Annex 3).
P:5.2 If the Supplier fails to meet a date under Art. 5.1 for reasons not attributable to the Purchaser or to force majeure, the Supplier shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to a maximum of 10 % of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the works.
H:Art. 6 Testing and Acceptance
P:6.1 Factory Acceptance Test (FAT): each System shall be tested at the Supplier's works in Sennwald with bottles and labels supplied by the Purchaser. Passing the FAT permits shipment but does not constitute acceptance.
P:6.2 Site Acceptance Test (SAT): on each line, in production at rated speed, (a) three consecutive runs each with 200 seeded defective bottles representing the defect catalogue of Annex 2, all of which must be rejected and verified in the reject bin; (b) a false reject rate not exceeding 0.2 % over an eight-hour production shift; (c) correct transfer of inspection results and counters to the MES; (d) successful test of the fail-safe functions (reject bin full, loss of air pressure, camera failure).
P:6.3 After successful SAT on all four lines, a performance period of thirty (30) consecutive production days follows, during which no Severity 1 incident attributable to a System may occur.
P:6.4 The Purchaser shall issue the Final Acceptance Certificate within five (5) working days after the successful end of the performance period. Commercial use of the Systems during the performance period, the Installation Certificate or any payment shall not constitute acceptance. If a System fails a test, the Supplier shall remedy the defect and repeat the test within fourteen (14) days at its own cost; if the repeated test fails, the Purchaser may reject the System and claim a refund of the price paid for it.
H:Art. 7 Warranty
P:7.1 The Supplier warrants that the Systems are free from defects in design, material and workmanship and meet the specification for a period of twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective parts and correct Software defects free of charge, including parts, labour and travel, and shall supply all Software updates and new releases.
H:Art. 8 Technical Support and Service Levels
P:8.1 The Supplier shall provide a support hotline in Mandarin and English, operated by its service centre in Guangzhou and backed by remote support from Switzerland, 24 hours a day and 7 days a week.
P:8.2 Incidents are classified and handled as follows:
TB:Severity|Definition|Remote response|Technician on site|Restoration target
TB:1|Line stopped by the System, or defective labels passing uninspected|1 hour|24 hours|36 hours
TB:2|Inspection degraded (single camera failure, false rejects above the accepted level)|6 hours|3 working days|5 working days
TB:3|Minor faults, questions and change requests|1 working day|as agreed|next release
P:8.3 If the Supplier misses the remote response time or the on-site time for a Severity 1 incident, it shall pay CNY 1,000 per hour of delay in remote response and CNY 3,000 per day of delay in attendance on site; for a Severity 2 incident CNY 500 per day of delay. The Purchaser may set these amounts off against any payment due.
P:8.4 After the warranty period the Supplier shall offer Annual Support and Software Maintenance with the same service levels, Software updates and spare parts at list price less 20 %, at an annual fee of 9.5 % of the Hardware and Licence Subtotal, i.e. CNY 258,685 per year. This fee is fixed for the first three years after the warranty period; any later adjustment requires written agreement and shall not exceed 3 % per year. Annual Support is ordered by written purchase order for one year at a time and does not renew automatically.
H:Art. 9 Liability
P:9.1 The Supplier's total aggregate liability under or in connection with this Agreement, including liquidated damages and service-level payments, is limited to 150 % of the Contract Price. This limitation does not apply to personal injury, gross negligence, wilful misconduct, infringement of third-party intellectual property rights, or breach of Art. 10 or Art. 11.
P:9.2 Except in the cases listed in the second sentence of Art. 9.1, neither Party is liable for loss of profit or indirect or consequential damage.
H:Art. 10 Production Data and Remote Access
P:10.1 All images, inspection results, statistics, recipes and other data generated by the Systems or supplied by the Purchaser ("Production Data") belong to the Purchaser. The Supplier shall use Production Data only to perform this Agreement and shall not retain it, analyse it for any other purpose or disclose it to any third party.
P:10.2 Remote access to the Systems is permitted only through the Purchaser's VPN, session by session, after approval by the Purchaser's IT department, and is logged. The Systems shall not be connected directly to the internet. No Production Data may be transferred outside the plant, including to Switzerland, without the Purchaser's prior written consent for a specific incident.
P:10.3 The Supplier shall keep the Software free from known malware, provide security patches within 30 days after their release and notify the Purchaser within 24 hours of any security incident affecting the Systems or Production Data. The Supplier is liable for all damage caused by its breach of this Art. 10.
H:Art. 11 Confidentiality
P:11.1 Each Party shall keep confidential all technical and commercial information of the other Party received in connection with this Agreement, in particular the Purchaser's recipes, line data and production volumes, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for five (5) years after the end of this Agreement.
H:Art. 12 Intellectual Property
P:12.1 The Software and the Supplier's know-how remain the property of the Supplier. The Supplier grants the Purchaser a non-exclusive, perpetual licence to use the Software on the four lines; the licence passes with a line if the line is sold or relocated.
P:12.2 Line-specific recipes, label models, configurations and the MES interface developed for the Purchaser under this Agreement ("Purchaser-Specific Deliverables") belong to the Purchaser upon creation. The Supplier shall hand over the source code and documentation of the MES interface at Final Acceptance. The Purchaser may use, modify and license the Purchaser-Specific Deliverables freely, including to other system integrators.
H:Art. 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the works without the Purchaser's prior written consent. The Supplier remains fully responsible for the acts and omissions of its subcontractors.
H:Art. 14 Termination
P:14.1 The Purchaser may terminate this Agreement in whole or in part by written notice if the Supplier commits a material breach and fails to remedy it within twenty (20) days after written notice, or if the liquidated damages under Art. 5.2 reach their maximum. In that case the Supplier shall refund the payments received for the terminated part and compensate the Purchaser's additional costs.
H:Art. 15 Applicable Law and Arbitration
P:15.1 This Agreement is governed by the substantive law of the People's Republic of China, excluding the United Nations Convention on Contracts for the International Sale of Goods (CISG).
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Shanghai International Arbitration Center in accordance with its rules. The seat of arbitration is Shanghai, the language is English, and the tribunal consists of three arbitrators.
H:Art. 16 Final Provisions
P:16.1 Amendments must be in writing and signed by both Parties. Annexes: 1 Delivery list; 2 Technical specification and defect catalogue; 3 Project schedule; 4 Support contacts.
P:Foshan, ____________ 2025                Sennwald, ____________ 2025
P:Lijiang Spring Beverage (Foshan) Co., Ltd.          Sennwald Vision AG
"""

H51E03 = """
T:Managed IT Services and PACS Hosting Contract
P:Contract No. NM-SH/KN-2025-09
P:This Contract was made and entered into in Shanghai on the ____ day of ____________ 2025 by and between:
P:First Party: Kangning Hospital Group Co., Ltd., a company incorporated in the People's Republic of China, having its head office at No. 260 Tianshan West Road, Changning District, Shanghai, represented by Mr. Zhou Wei in his capacity as Chief Information Officer (hereinafter referred to as the "First Party" or the "Client");
P:Second Party: Nile Meridian Digital Health (Shanghai) Co., Ltd., a wholly foreign-owned enterprise of Nile Meridian Technology S.A.E. (Commercial Register No. 118402, Cairo, Arab Republic of Egypt), having its office at Room 1506, No. 99 Huaihai Middle Road, Huangpu District, Shanghai, represented by Eng. Karim Adel Mansour in his capacity as General Manager (hereinafter referred to as the "Second Party" or the "Provider").
H:Clause 1 - Preamble
P:Whereas the First Party owns and operates three general hospitals in Shanghai and Suzhou with a total of 2,300 beds and wishes to outsource the operation of its IT infrastructure and the hosting of its picture archiving and communication system (PACS);
P:And whereas the Second Party is specialised in managed IT and medical imaging hosting services and has submitted its technical and financial offer dated 2 June 2025, which the First Party has accepted;
P:Therefore, the two parties, having acknowledged their legal capacity to contract, have agreed as follows. The above preamble and the annexes form an integral part of this Contract.
H:Clause 2 - Subject of the Contract
P:2.1 The Second Party shall provide to the First Party: (a) Managed IT Services for the three hospitals, comprising a 24/7 service desk, end-user support for about 1,200 endpoints, and administration of 46 servers, the network, backup and patching; (b) PACS Hosting Services, comprising the hosting of a vendor-neutral archive and a diagnostic PACS for all imaging modalities, with 380 TB of usable storage, 60 concurrent diagnostic viewer sessions and a web viewer for clinicians; and (c) the one-time Onboarding Services, comprising the transition of the service desk and the migration of approximately 3.1 million imaging studies from the First Party's legacy PACS.
P:2.2 The detailed scope is set out in Annex 1 (Service Description).
H:Clause 3 - Term of the Contract
P:3.1 This Contract enters into force on signature. The service term is thirty-six (36) months starting on the Service Commencement Date, being the date of Service Acceptance under Clause 6 (the "Initial Term").
P:3.2 The Contract may be renewed for a further period only by a written agreement signed by both parties, at charges to be agreed at that time. It does not renew automatically.
H:Clause 4 - Charges and Payment
P:4.1 The charges are: Managed IT Services CNY 96,000 per month; PACS Hosting Services CNY 54,000 per month; Onboarding Services CNY 268,000 once. The total value of this Contract for the Initial Term is CNY 5,668,000 (five million six hundred and sixty-eight thousand Renminbi), inclusive of VAT.
P:4.2 The monthly charges are invoiced monthly in arrears for each service month. The Onboarding charge is invoiced after Service Acceptance. The First Party shall pay each undisputed invoice within forty-five (45) days of receipt. No advance payment is due under this Contract.
P:4.3 The First Party may deduct Service Credits and liquidated damages due under this Contract from any invoice.
H:Clause 5 - Onboarding and Delay
P:5.1 The Second Party shall complete the Onboarding Services and make the Services ready for Service Acceptance within ninety (90) days after signature of this Contract (the "Target Date"), in accordance with the transition plan in Annex 2.
P:5.2 If Service Acceptance is not achieved by the Target Date for reasons attributable to the Second Party, the Second Party shall pay liquidated damages of CNY 5,000 for each day of delay, up to a maximum of five per cent (5%) of the total value of this Contract.
H:Clause 6 - Service Acceptance
P:6.1 The Services shall be accepted after the following tests have been passed: (a) the migration is complete, with the study count reconciled per modality and per year between the legacy PACS and the new archive and checksum verification of all migrated objects, leaving no unresolved discrepancy; (b) the median retrieval time of prior studies does not exceed three (3) seconds, measured on 500 sample studies at each hospital; (c) the RIS and HIS worklist and report interfaces have been tested end to end; (d) failover to the disaster-recovery site has been demonstrated; (e) the service desk runbooks and escalation lists have been approved by the First Party; and (f) ten (10) days of parallel operation have passed without a Priority 1 incident.
P:6.2 The First Party shall issue a Service Acceptance Certificate within five (5) working days after the tests have been passed, or a written list of deficiencies, which the Second Party shall correct before the tests are repeated. Clinical use of the new PACS during the parallel operation shall not constitute acceptance.
H:Clause 7 - Service Levels and Service Credits
P:7.1 The PACS Hosting Services shall be available 99.6% of the time in each calendar month, measured at the network edge of each hospital, excluding planned maintenance notified ten (10) days in advance and performed between 01:00 and 05:00 on a Sunday.
P:7.2 Incidents are handled as follows. Priority 1 (PACS or archive unavailable at a hospital, or the emergency department unable to view images): response within 30 minutes and restoration within 6 hours. Priority 2 (degraded imaging service, or failure of a critical server or network segment): response within 1 hour and restoration within 12 hours. Priority 3 (single user or non-critical issue): response within 8 working hours and resolution within 3 working days.
P:7.3 Service Credits: (a) for each 0.1% (or part of it) by which monthly availability falls below the level in Clause 7.1, 5% of the monthly PACS Hosting charge, up to one half of that charge; (b) for each Priority 1 incident not restored within the target, CNY 2,000 per hour or part hour exceeded; (c) if more than one in ten of the Priority 2 and Priority 3 tickets of a month miss their targets, 3% of the monthly Managed IT charge.
H:Clause 8 - Obligations of the Second Party
P:8.1 The Second Party shall assign three on-site engineers to the hospitals during working days and a named service delivery manager, all approved by the First Party and bound by the hospitals' rules on conduct and patient privacy.
H:Clause 9 - Patient Data and Information Security
P:9.1 All images, reports, patient demographic data and other data of the First Party ("Client Data") are and shall remain the sole property of the First Party. The Second Party shall process Client Data only on the documented instructions of the First Party and for the purpose of providing the Services, and shall not use, copy, analyse or disclose it for any other purpose.
P:9.2 Client Data shall be stored only in the data centres in Shanghai (primary) and Suzhou (disaster recovery) listed in Annex 3, operated under Multi-Level Protection Scheme level 3. No Client Data may be transferred, stored or accessed outside mainland China, including by the Second Party's parent company or its operations centre in Cairo.
P:9.3 The Second Party shall encrypt Client Data at rest and in transit, apply multi-factor authentication and privileged access management to all administrative access, keep audit logs for at least one hundred and eighty (180) days, and comply with the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law and the rules on health and medical data of the People's Republic of China.
P:9.4 The Second Party shall notify the First Party of any security incident affecting Client Data within twelve (12) hours after becoming aware of it, contain and remedy it, and assist the First Party with any notification to authorities or patients. The Second Party shall bear all losses, fines and costs resulting from a security incident caused by its breach of this Clause.
P:9.5 On expiry of this Contract the Second Party shall return all Client Data in DICOM and other agreed formats, and then delete it and certify the deletion in writing.
H:Clause 10 - Confidentiality
P:10.1 Each party shall keep confidential any information of the other party which it receives in connection with this Contract and which is not public, and shall not disclose it to third parties without the prior written consent of the other party, except as required by law. This obligation survives the end of this Contract by five (5) years.
H:Clause 11 - Intellectual Property
P:11.1 The Second Party's platforms, tools and pre-existing materials remain the property of the Second Party.
P:11.2 Interface mappings, scripts, runbooks, configurations and documentation developed specifically for the First Party under this Contract belong to the First Party, which may use, modify and pass them to any successor provider without restriction.
H:Clause 12 - Subcontracting
P:12.1 The data centre operator named in Annex 3 is approved by the First Party's signature of this Contract. Any other subcontracting of the Services, in whole or in part, requires the prior written consent of the First Party. The Second Party remains responsible for its subcontractors.
H:Clause 13 - Limitation of Liability
P:13.1 Neither party shall be liable to the other for loss of profit or for any indirect or consequential loss.
P:13.2 The total liability of the Second Party arising out of or in connection with this Contract, whether in contract, tort or otherwise, shall not exceed the total charges paid by the First Party during the six (6) months immediately preceding the event giving rise to the claim. This limitation does not apply to death or personal injury caused by negligence, or to fraud.
H:Clause 14 - Duration and Termination
P:14.1 This Contract shall remain in force for the Initial Term. The First Party may not terminate this Contract before the end of the Initial Term, whether for convenience or on account of a breach by the Second Party. The remedies of the First Party for any failure of the Second Party are the Service Credits under Clause 7, the liquidated damages under Clause 5 and damages within the limit of Clause 13.
P:14.2 The Second Party may suspend the Services if an undisputed invoice remains unpaid for more than sixty (60) days after a written reminder, and may terminate this Contract if it remains unpaid for more than ninety (90) days.
H:Clause 15 - Force Majeure
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes all reasonable steps to mitigate.
H:Clause 16 - Governing Law and Arbitration
P:16.1 This Contract is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with this Contract which cannot be settled amicably within thirty (30) days shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai in accordance with its rules in force at the time. The language of arbitration is English and the award is final and binding on both parties.
H:Clause 17 - Final Provisions
P:17.1 Any amendment to this Contract shall be made in writing and signed by both parties. The annexes are: Annex 1 Service Description; Annex 2 Transition Plan; Annex 3 Data Centres and Hosting Partner; Annex 4 Rates for Additional Services.
P:17.2 This Contract is made in two (2) original copies in English, each party holding one copy to act upon when necessary.
P:First Party: Kangning Hospital Group Co., Ltd.          Second Party: Nile Meridian Digital Health (Shanghai) Co., Ltd.
P:Signature: ____________________          Signature: ____________________
"""

SOURCES = {"h51z01": H51Z01, "h51z02": H51Z02, "h51e02": H51E02, "h51e03": H51E03}
TARGETS = {"h51z01": ("h51z01_civil_affairs_elderly_care_platform_integration.docx", "docx"),
           "h51z02": ("h51z02_river_authority_water_quality_stations.pdf", "pdf"),
           "h51e02": ("h51e02_bottling_plant_label_inspection_swiss_vendor.docx", "docx"),
           "h51e03": ("h51e03_hospital_group_managed_it_pacs_hosting.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
