"""holdout1124: builds the .docx/.pdf drafts from the sources below (via ../word_pdf.py), writes the .json labels,
and asserts the checks of the brief (lengths, no threshold figure, labels vs design rules, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1124Z01 = """T:危险货物道路运输监管平台建设合同
P:合同编号：LCJT-ZFCG-2027-015
P:采购方式：公开招标
P:甲方（采购人）：临川市交通运输局
P:乙方（供应商）：江州智行信息技术有限公司
P:根据《中华人民共和国政府采购法》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方就临川市危险货物道路运输监管平台的软件许可及定制开发事宜，订立本合同。本合同采用甲方合同文本，招标文件、投标文件和中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供危险货物道路运输监管平台软件的永久使用许可，不限用户数，部署于甲方指定的政务云。
P:1.2 乙方按招标文件技术要求进行定制开发，包括：电子运单数据对接、车辆北斗卫星定位动态监控接口、驾驶员疲劳及超速预警模型、装卸企业“五必查”登记模块、执法案件移送接口和领导驾驶舱。
P:1.3 乙方负责平台的安装部署、历史数据导入、系统联调和操作培训，并交付源代码、数据字典及全部技术文档。
H:第二条 合同价款
P:2.1 合同总价为人民币2,120,000元（含税），其中：平台软件许可费1,180,000元；定制开发费760,000元；实施部署费148,000元；培训费32,000元。
P:2.2 合同总价为固定价格，包含软件许可、开发、测试、部署、数据导入、培训、差旅及税费等乙方完成本项目的全部费用，甲方不再支付其他任何费用。因甲方书面要求增加的开发内容，按投标文件中的人月单价另行结算。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计人民币424,000元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，计人民币954,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，计人民币742,000元。
P:3.4 乙方每次收款前应开具合法有效的发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订后120日内完成全部开发、部署并提交初步验收申请。
P:4.2 初步验收合格后平台进入试运行，试运行期为90日。
P:4.3 乙方应在合同签订后10日内提交项目实施方案，明确里程碑、人员安排和测试计划，经甲方确认后执行。实施方案的调整应经甲方书面同意。
H:第五条 双方的人员与配合
P:5.1 乙方应组建不少于八人的项目团队，项目经理须具有同类政务平台的实施经验，实施期间常驻甲方现场；项目经理及核心开发人员未经甲方同意不得更换。
P:5.2 甲方应指定专人负责项目协调，及时提供政务云资源、现有系统接口说明和历史数据，并组织业务处室参与需求确认和测试。
P:5.3 乙方应为甲方业务和执法人员提供不少于三期的操作培训，为甲方信息中心人员提供系统管理和运维培训，培训教材和课件交付甲方。
H:第六条 验收
P:6.1 初步验收标准：招标文件所列功能逐项测试通过；电子运单与车辆定位数据对接准确率经抽样核对无差错；预警模型对历史数据回放测试的识别结果经甲方业务处室确认；平台在2,000个并发用户下主要页面响应时间不超过3秒。
P:6.2 最终验收标准：试运行期内未发生一级故障；第三方机构出具的网络安全等级保护三级测评报告和软件测试报告合格；源代码、数据字典、操作手册等文档已全部移交。
P:6.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。平台上线试运行、甲方使用平台或支付款项，均不视为验收合格。
H:第七条 质量保证与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口调整和技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过人民币106,200元，该价格在质保期满后三年内保持不变。维护合同每年单独签订，不自动续期。
H:第八条 服务水平
P:8.1 平台在质保期内的月可用率不低于99.95%。
P:8.2 一级故障（平台整体无法访问或监控数据中断）：乙方在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，24小时内解决；一般问题：1个工作日内解决。
P:8.3 一级故障响应每超时1小时，乙方支付人民币1,000元违约金；月可用率每低于约定值0.01个百分点，乙方支付人民币2,000元违约金，甲方可从应付款项中扣除。
H:第九条 数据安全
P:9.1 平台中的运单、车辆、人员、企业及执法数据均属甲方所有，乙方仅为履行本合同接触和处理，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求，通过甲方堡垒机进行运维操作，对敏感数据加密存储，留存操作日志不少于六个月。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 乙方人员须签署保密和数据安全承诺书，离场时应交还全部账号和介质；合同终止时，乙方应将其掌握的全部数据和资料移交甲方，并删除其留存的任何副本。
H:第十条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、业务数据和技术资料负有保密义务，不得向任何第三方披露；保密义务不因合同终止而解除。
H:第十一条 知识产权
P:11.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久使用许可。
P:11.2 乙方为本项目定制开发的全部程序、接口、模型及文档，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和升级。乙方保证交付成果不侵犯第三方的合法权益。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付的成果不符合合同约定的，应在甲方规定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
P:12.3 甲方逾期付款的，应按逾期金额每日万分之三向乙方支付违约金，但因财政资金拨付程序造成的合理延迟除外。
H:第十三条 分包
P:本项目不允许分包或转包。乙方不得将本合同项下的开发、部署或技术服务工作交由任何第三方完成；乙方违反本条的，甲方有权解除本合同并要求乙方赔偿损失。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取的相应款项并赔偿甲方损失。
P:14.2 乙方逾期交付超过60日的，甲方有权解除本合同。
H:第十五条 不可抗力
P:因不可抗力致使一方不能履行合同的，受影响方应及时书面通知对方，并在10日内提供有关证明，双方协商延长履行期限或部分免除责任；不可抗力持续超过60日的，双方均可解除本合同。
H:第十六条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市交通运输局    乙方（盖章）：江州智行信息技术有限公司
P:日期：    日期：
"""

H1124Z02 = """T:生产线控制系统改造合同
P:合同编号：HY-JS-2027-021
P:甲方：衡阳鼎力电动卷扬机有限公司
P:乙方：湘江智控自动化工程有限公司
P:甲方现有四条卷扬机装配及试验生产线的控制系统老化、故障频发，决定委托乙方对其控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除四条生产线原有的继电器控制柜，新装PLC控制系统、变频驱动系统、触摸屏操作站及传感器，实现装配线节拍控制、卷筒焊接工位联锁和整机负载试验台的自动控制。
P:1.2 乙方提供生产数据采集软件许可，采集各工位节拍、设备状态、试验台负载曲线和故障记录，并与甲方现有的生产管理系统对接。
P:1.3 乙方负责控制程序编制、画面组态、安装调试和操作维护培训，并交付全部程序、电气图纸和说明书。
P:1.4 改造后的控制系统应满足现行国家标准中关于起重设备电气安全和机械安全的要求，并为今后增加第五条生产线预留扩展接口和控制柜空间。
H:第二条 合同价款
P:2.1 合同价款明细如下表：
TB:序号|项目|数量|金额（人民币元）
TB:1|PLC控制系统（含CPU、输入输出模块、控制柜）|4套|468,000
TB:2|变频器及制动单元|22台|392,000
TB:3|触摸屏操作站|8台|86,000
TB:4|传感器、编码器及安全光栅|1批|124,000
TB:5|生产数据采集软件许可（永久）|1套|210,000
TB:|软硬件小计||1,280,000
TB:6|控制程序编制及画面组态|1项|42,000
TB:7|安装调试|1项|98,000
TB:8|培训|1项|18,000
TB:|合计||1,438,000
P:2.2 上述价格含增值税、运输、保险及安装所需辅材。改造期间需甲方停产配合的，双方按第四条约定的计划安排。合同价款为固定总价，乙方不得以材料涨价、汇率变化或工作量增加为由要求调整。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%，计人民币287,600元，作为预付款。
P:3.2 设备到货并完成安装后10个工作日内，甲方支付合同总价的45%，计人民币647,100元。到货和安装不代表质量验收。
P:3.3 最终验收合格后10个工作日内，甲方支付合同总价的35%，计人民币503,300元。
H:第四条 实施计划
P:4.1 乙方应在合同签订后75日内完成全部四条生产线的改造。改造按生产线逐条进行，每条生产线的停产时间不超过7日，具体时间由双方书面确认。
P:4.2 乙方应在改造前完成程序的离线仿真测试，减少现场调试时间。
P:4.3 乙方进入甲方厂区作业，应遵守甲方的安全生产和动火、高处作业管理规定。
P:4.4 甲方应在每条生产线停产改造前清理现场，提供施工用电和临时存放场地，并安排工艺和设备人员配合调试。
P:4.5 乙方应提供的设备须为全新原厂产品，PLC、变频器和触摸屏的品牌型号以附件设备清单为准，不得擅自替换；确需替换的，须经甲方书面同意，且性能不低于原型号。乙方应随货提供合格证、原厂质保证明和装箱单。
P:4.6 乙方应为甲方电气和设备维修人员提供不少于五天的培训，内容包括PLC程序结构、常见故障诊断、变频器参数设置和数据采集软件的使用管理，并提供培训教材。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，验收标准为：各工位节拍与设计值的偏差不超过2秒；急停、过载、限位及安全光栅联锁全部测试有效；试验台按额定载荷的1.25倍完成静载试验和动载试验，控制曲线记录完整；连续72小时带料运行无停机故障。
P:5.2 四条生产线全部单线验收合格并连续生产30日，数据采集软件与生产管理系统的数据核对一致后，进行最终验收。
P:5.3 验收合格后双方签署验收报告。设备到货、安装或甲方投入生产，均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换损坏的设备和部件，并免费修改控制程序中的缺陷。同一部件在质保期内维修两次仍不能正常工作的，乙方应免费更换新品。
P:6.2 质保期满后，乙方提供维保服务，含驻场工程师一名、备品备件和软件升级。维保服务费每年按软硬件小计的32%计取，即每年人民币409,600元，质保期满后三年内不作调整。维保合同每年签订一次，不自动续期。
H:第七条 服务水平
P:7.1 故障分级及响应要求如下表：
TB:故障等级|情形|响应时间|到场时间|恢复时间
TB:一级|整条生产线停机或安全联锁失效|1小时|2小时|8小时
TB:二级|单个工位或试验台故障|2小时|6小时|24小时
TB:三级|数据采集或显示异常|8小时|下一个工作日|3个工作日
P:7.2 乙方一级故障响应或到场每超时1小时，向甲方支付人民币800元；二级故障每超时1小时，支付人民币300元，甲方可从应付款项中扣除。
H:第八条 数据安全
P:8.1 数据采集软件采集的生产、工艺、质量和试验数据均归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方应按工业控制系统信息安全的要求进行网络隔离和账号权限设置，关闭不必要的端口和服务；远程维护须经甲方逐次批准，并留存操作记录。
P:8.3 因乙方原因导致控制系统被病毒感染、数据泄露或丢失的，乙方应在2小时内报告甲方，立即处置，并赔偿甲方由此造成的全部损失。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方产品图纸、工艺参数、生产数据、客户信息和经营信息负有保密义务，仅可为履行本合同使用，未经甲方书面同意不得向任何第三方披露。乙方应要求其参与项目的人员遵守本条约定，乙方人员违反保密义务的，视为乙方违约。本条在合同终止后五年内有效。
H:第十条 知识产权
P:乙方为本项目编制的控制程序、组态画面和接口程序，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或委托第三方维护。设备内置软件和数据采集软件的原有知识产权归其权利人所有，甲方享有永久使用权。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造或逾期通过最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因导致生产线停产时间超过第4.1条约定的，每超过一日，乙方另行支付人民币2,000元。
P:11.3 乙方提供的设备与约定的品牌型号不符的，甲方有权拒收，乙方应在10日内更换，由此造成的延误按第11.1条处理。
H:第十二条 分包
P:电气安装中的辅助工作确需分包的，乙方应事先取得甲方书面同意，并对分包方的工作负全部责任。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:乙方逾期完成改造超过45日，或单线验收两次仍不合格的，甲方有权解除本合同的全部或部分，已经验收合格的生产线按合同单价结算。
H:第十四条 不可抗力
P:因不可抗力不能履行本合同的，受影响方应在3日内通知对方，并在15日内提供证明；双方根据影响程度协商延期履行或部分免除责任。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交衡阳仲裁委员会仲裁。
H:第十六条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单及技术参数、改造方案、验收方案。
P:甲方（盖章）：          乙方（盖章）：
P:日期：                  日期：
"""

H1124E01 = """T:SOFTWARE LICENCE AND SERVICES CONTRACT
P:Contract No. HQS-2027-044
P:This Contract is made between Zhejiang Anrun Medical Consumables Co., Ltd., a company incorporated in the People's Republic of China, of 55 Binhai Road, Taizhou, Zhejiang Province (the "Buyer"), and Howgill Quality Systems Ltd, a company registered in England, of Station Yard, Sedbergh, Cumbria, United Kingdom (the "Supplier").
P:The Buyer manufactures sterile medical consumables and needs a validated document control and quality management system for its two plants. The Supplier has offered its HQS Quality Suite and related services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HQS Quality Suite version 9, comprising the document control, training records, change control, deviation and CAPA, complaint handling, supplier quality and audit management modules, and its documentation.
P:1.2 "Services" means the configuration, workflow design, data migration, validation support and training described in Article 3.
P:1.3 "Deliverables" means all configurations, workflow definitions, report templates, migration scripts, validation documents and training materials prepared by the Supplier specifically for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and Services meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 400 named users at the Buyer's plants in Taizhou and Linhai, and at any future site of the Buyer in mainland China.
P:2.2 The Software is installed on servers provided by the Buyer in its own data centre. The Buyer may make copies for backup, testing and disaster recovery.
P:2.3 The licence may be transferred to a company controlled by the Buyer on written notice to the Supplier.
H:Article 3 Scope of Services
P:3.1 The Supplier shall install the Software, design and configure the workflows for the Buyer's quality procedures, migrate about 6,800 controlled documents and 11,000 training records from the Buyer's current file shares and spreadsheets, support the Buyer's computerised system validation, and train key users and administrators.
P:3.2 The Supplier shall appoint a project manager fluent in Chinese and English and provide the team named in the project plan. Key members may not be replaced without the Buyer's agreement.
P:3.3 The Supplier shall deliver a project plan within fifteen days after signature and a monthly progress report until Final Acceptance.
P:3.4 The Buyer shall provide the servers, database licences and network access described in the Supplier's technical requirements, make its quality staff available for workshops and testing, and deliver the source data for migration in the agreed format. If the Buyer is late with any of these, the dates in Article 5 are extended by the period of the Buyer's delay.
P:3.5 Training consists of three two-day sessions for key users at the Taizhou plant, one session for administrators, and recorded e-learning modules in Chinese that the Buyer may use for new employees without further charge.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,760,000, including VAT, made up of: Software licence fee CNY 1,260,000; configuration and workflow design CNY 340,000; data migration CNY 120,000; validation support and training CNY 40,000. The Contract Price is fixed.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price, CNY 352,000, within fifteen business days after signature and receipt of the Supplier's invoice; (b) 45%, CNY 792,000, after the installation and configuration certificate is signed; and (c) 35%, CNY 616,000, within fifteen business days after Final Acceptance.
P:4.3 Payments are made in CNY against valid invoices issued by the Supplier's authorised agent in Hangzhou.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall make the configured Software ready for final acceptance testing within one hundred and fifty days after signature.
P:5.2 The acceptance criteria are: (a) all functions in the Buyer's user requirement specification pass the agreed test scripts; (b) every migrated document and training record is reconciled against the source list, with no loss and no mismatch in version, status or effective date; (c) audit trail and electronic signatures meet the Buyer's data integrity requirements and are verified in the validation report; (d) response times for common actions stay under three seconds with 150 concurrent users; and (e) the system runs in production for thirty days without a Severity 1 defect.
P:5.3 When the criteria are met, the Buyer shall issue a written Final Acceptance certificate within ten business days. Installation, training, production use or payment does not by itself amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and Deliverables will conform to their documentation and the user requirement specification for eighteen (18) months from Final Acceptance. During this warranty period the Supplier shall correct defects, supply new releases and provide support free of charge.
P:6.2 After the warranty period, the Buyer may order annual support at 11% of the Software licence fee, that is CNY 138,600 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by a purchase order each year and does not renew automatically.
P:6.3 Support levels during the warranty period and any paid support year: Severity 1 (system down or records cannot be approved at a plant) - response within one hour and a workaround within eight hours; Severity 2 (a module impaired) - response within two hours and a fix or workaround within two business days; Severity 3 - response within one business day.
P:6.4 For each hour by which the Supplier misses a Severity 1 response or workaround time, it shall pay the Buyer CNY 1,500, which the Buyer may deduct from any amount due.
H:Article 7 Data Protection and Security
P:7.1 All data entered into or generated by the Software, including quality records, documents and the personal information of the Buyer's employees, belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, disclose or retain it.
P:7.2 The Supplier may access the Buyer's systems remotely only through the Buyer's VPN with multi-factor authentication, with the Buyer's approval for each session, and all sessions are logged. The Supplier shall not transfer any Buyer data outside mainland China.
P:7.3 The Supplier shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Buyer of any security incident involving Buyer data within twelve hours, shall take immediate remedial action and shall be liable for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Supplier retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Deliverables vest in the Buyer on creation. The Buyer may use, modify, copy and license the Deliverables freely, including through other service providers. The Supplier shall deliver them in editable form.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Software or Deliverables infringe a third party's rights.
H:Article 9 Confidentiality
P:Technical and business information that one party receives from the other under this Contract and that is not public shall be treated as secret, used solely for this Contract and withheld from third parties unless the owner agrees in writing. The duty lasts for five years after this Contract ends.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to meet the date in Article 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:10.2 The Supplier's aggregate liability under this Contract shall not exceed 150% of the Contract Price. Claims for personal injury, wilful misconduct, infringement or breach of Articles 7 and 9 fall outside this ceiling.
H:Article 11 Subcontracting
P:Any use of subcontractors for the Services needs the Buyer's consent in writing, given in advance. Where the Buyer consents, the Supplier answers for the subcontractor's work as if it were its own.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach that is not remedied within thirty days after written notice, or if the delay under Article 10.1 exceeds sixty days.
P:12.2 On termination under Article 12.1 the Supplier shall refund the amounts paid for Services not accepted and hand over all Deliverables completed so far.
H:Article 13 Force Majeure
P:A party prevented from performing by events beyond its reasonable control shall notify the other party promptly and shall be excused for the duration of the event. If the event lasts longer than ninety days, either party may terminate this Contract by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of England and Wales.
P:14.2 Any dispute arising out of or in connection with this Contract shall be referred to and finally resolved by arbitration under the Rules of the London Court of International Arbitration. The seat of arbitration is London and the language is English.
H:Article 15 General
P:15.1 This Contract is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:15.2 This Contract is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1124E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. HF-EQ-2027-0093 (Buyer's standard form)
P:Buyer: Shandong Hengfeng Cement Co., Ltd., 8 Shuangshan Road, Zhangqiu District, Jinan, Shandong Province, People's Republic of China.
P:Supplier: Cheviot Condition Monitoring Ltd, a company registered in England, of Glendale Road, Wooler, Northumberland, United Kingdom.
P:The Buyer wishes to monitor the vibration and temperature of the motors, gearboxes, fans and mills on its two clinker lines and its cement grinding plant. Following the Buyer's tender, the Supplier has been selected to supply the sensors, gateways and monitoring software and to install and commission them. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting parts and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's CheviotWatch condition monitoring software, including its analytics modules, user documentation and later releases supplied under this Contract.
P:1.3 "System" means the Equipment and Software installed and configured at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.4.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System for 500 monitored assets and train the Buyer's staff, at the prices in the following table.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors, ATEX rated, with mounting studs|420|2,150|903,000
TB:2|Industrial gateways with 4G backup and power supplies|36|9,800|352,800
TB:3|CheviotWatch software licence, perpetual, up to 500 assets, on-premises|1|480,000|480,000
TB:|Equipment and Software subtotal|||1,735,800
TB:4|Installation, configuration and commissioning|1|126,200|126,200
TB:5|Training of maintenance engineers and administrators|1|28,000|28,000
TB:|Contract Price (including VAT)|||1,890,000
P:2.2 The Contract Price is fixed and includes delivery to the Buyer's plant (DDP), import duties, insurance, travel, and all taxes.
P:2.3 The Software licence is perpetual and non-exclusive. The Buyer may use the Software on its own servers for its plants, make backup and test copies, and transfer the licence to an affiliate on notice.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price, CNY 189,000, within fifteen business days after signature, against a bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price, CNY 1,039,500, within fifteen business days after all Equipment has been installed and the installation certificate has been signed. The installation certificate records that the work is complete and is not an acceptance of quality.
P:3.3 The Buyer shall pay the remaining 35%, CNY 661,500, within fifteen business days after Final Acceptance.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's authorised agent in Qingdao.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within sixty days after signature and complete installation within a further forty-five days, following the schedule agreed with the Buyer's production department.
P:4.2 Installation work on running equipment shall be carried out only during planned stoppages or with the Buyer's permit-to-work. The Supplier's staff shall follow the Buyer's safety rules.
P:4.3 The Supplier shall install the Software on virtual servers provided by the Buyer and connect it to the Buyer's plant historian and maintenance management system through the interfaces described in the technical specification.
P:4.4 Each delivery shall include packing lists, certificates of origin, calibration certificates for every sensor, and the manufacturer's declarations for use in hazardous areas. Equipment that arrives damaged or without the required documents may be rejected, and the Supplier shall replace it at its own cost.
H:5. Acceptance
P:5.1 After installation, the Supplier shall commission the System and prove that every sensor reports to the Software at the configured interval, that the gateways switch to 4G backup automatically, and that alarms reach the maintenance team by SMS and in the maintenance management system.
P:5.2 A trial run of sixty days then follows. During the trial run the System must detect the faults introduced in the agreed test cases on the test rig, the data loss rate of every sensor must stay below 0.5% of scheduled readings, and there must be no Severity 1 incident that is not resolved within the times in clause 7.
P:5.3 The Supplier shall deliver the as-built sensor list, network diagrams, configuration files and operating manuals before the end of the trial run.
P:5.4 When all the criteria in clauses 5.1 to 5.3 are met, the Buyer shall sign a final acceptance certificate within ten business days. Delivery, installation, use of the System during the trial run, or payment does not amount to acceptance.
H:6. Warranty and Post-Warranty Support
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment free of charge, correct Software defects, provide new Software releases and give technical support.
P:6.2 Replacement sensors shall be shipped within three business days from the Supplier's stock in Qingdao. The Supplier shall keep a stock of at least twenty sensors and two gateways in Qingdao during the warranty period and any support year.
P:6.3 After the warranty period, the Supplier shall provide support on the same terms for an annual fee of 8% of the Equipment and Software subtotal, that is CNY 138,864 per year. This fee will not be increased in the first two years after the warranty period. Support after the warranty period is ordered year by year and does not renew automatically.
H:7. Service Levels
P:7.1 Support is available by telephone and e-mail in Chinese and English, 24 hours a day. The Supplier shall send the Buyer a quarterly support report listing all incidents, their severity, response and resolution times, replaced parts and open actions.
TB:Severity|Definition|Response time|Resolution time
TB:Severity 1|Software down, or no data from a whole clinker line or the grinding plant|45 minutes|8 hours, on site within 24 hours if needed
TB:Severity 2|Data missing from one area or one gateway|2 hours|2 business days
TB:Severity 3|Single sensor fault, questions and minor defects|1 business day|next release or sensor replacement
P:7.2 For each hour by which the Supplier misses a Severity 1 response time it shall pay the Buyer CNY 1,000, and for each day by which it misses a Severity 1 or Severity 2 resolution time it shall pay CNY 2,000. The Buyer may deduct these amounts from any payment due.
H:8. Data and Security
P:8.1 All measurement data, alarms, reports and configuration data produced by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep, analyse or disclose them for any other purpose.
P:8.2 The Supplier shall configure the System according to the Buyer's industrial network security rules, including network segregation, encrypted communication between gateways and servers, individual accounts and audit logs. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's secure gateway.
P:8.3 The Supplier shall report any security incident affecting the System or the Buyer's data within six hours, shall help the Buyer contain and investigate it, and shall be liable for the losses caused by any incident that results from its breach of this clause.
H:9. Intellectual Property
P:9.1 The Supplier keeps all rights in the Software and the firmware of the Equipment.
P:9.2 All asset models, alarm rules, dashboards, interface programs and documents prepared specifically for the Buyer belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall deliver them in editable form, including source code for the interface programs.
H:10. Confidentiality
P:Information about the other party's technology and business obtained under this Contract is confidential. The receiving party may use it only to perform this Contract and may pass it to others only with the owner's written approval, both during this Contract and for five years after its end.
H:11. Delay Damages and Liability
P:11.1 If the Supplier is late in delivery, installation or readiness for Final Acceptance, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:11.2 The Supplier's liability under this Contract is capped at 200% of the Contract Price in total. The cap does not cover personal injury, wilful misconduct, infringement, or breach of clauses 8 and 10.
H:12. Subcontracting
P:Installation and all other work are to be done by the Supplier's own staff unless the Buyer has first agreed in writing to a named subcontractor. The Supplier is answerable for every subcontractor so agreed.
H:13. Termination
P:Where the Supplier is in material breach and has not put the breach right within twenty days of the Buyer's written notice, the Buyer may end this Contract by a further notice. The Buyer may also end it once delay damages under clause 11.1 have accumulated to the 8% ceiling. The Supplier shall then refund the amounts paid for Equipment and work that the Buyer does not keep.
H:14. Governing Law and Disputes
P:The laws of the People's Republic of China govern this Contract. The parties shall first try to settle any dispute by negotiation; failing that, either party may refer it to the Jinan Arbitration Commission, whose award is final.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
"""

SOURCES = {"h1124z01": H1124Z01, "h1124z02": H1124Z02, "h1124e01": H1124E01, "h1124e03": H1124E03}
TARGETS = {"h1124z01": ("h1124z01_transport_bureau_hazmat_supervision_platform.pdf", "pdf"),
           "h1124z02": ("h1124z02_winch_factory_control_system_retrofit.docx", "docx"),
           "h1124e01": ("h1124e01_medical_consumables_qms_perpetual_licence.pdf", "pdf"),
           "h1124e03": ("h1124e03_cement_condition_monitoring_sensors.docx", "docx")}

FILES = {  # stem -> file name (the .txt/.md drafts are written by hand and kept as they are)
    "h1124z01": "h1124z01_transport_bureau_hazmat_supervision_platform.pdf",
    "h1124z02": "h1124z02_winch_factory_control_system_retrofit.docx",
    "h1124z03": "h1124z03_language_school_booking_saas.txt",
    "h1124z04": "h1124z04_public_toilet_deodorisation_om_service.txt",
    "h1124z05": "h1124z05_lantern_workshop_process_tracking_supplier_template.md",
    "h1124e01": "h1124e01_medical_consumables_qms_perpetual_licence.pdf",
    "h1124e02": "h1124e02_cold_chain_maintenance_saas_order_form.md",
    "h1124e03": "h1124e03_cement_condition_monitoring_sensors.docx",
    "h1124e04": "h1124e04_auto_parts_managed_infrastructure_services.md",
    "h1124e05": "h1124e05_feed_group_market_data_api_subscription.txt",
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


# (language, category, terms, extra, TCO design (fee base, warranty years) or None, forum outside mainland, design rules)
N = None
LABELS = {
    "h1124z01": ("zh", "software",
                 T(99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 9, False, True, False,
                   "PRC", "goods_or_licence"),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=2120000),
                 (1180000,), False, []),
    "h1124z02": ("zh", "hardware",
                 T(N, 1, True, "buyer", True, True, True, 0.1, N, 20, True, True, 24, 32, False, True, False,
                   "PRC", "goods_or_licence"),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1438000),
                 (1280000,), False, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h1124z03": ("zh", "cloud",
                 T(99.5, 1, True, "buyer", True, True, True, 0.1, 200, N, True, N, N, N, True, True, False,
                   "PRC", "service"),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=550000),
                 None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h1124z04": ("zh", "services",
                 T(N, 0.5, False, "buyer", True, True, False, 0.1, N, N, True, N, N, N, False, True, False,
                   "PRC", "service"),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=608000),
                 None, False, ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "h1124z05": ("zh", "software",
                 T(N, N, False, "supplier", True, True, True, 0.02, N, 65, False, False, 6, N, False, True, True,
                   "PRC", "goods_or_licence"),
                 dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False,
                      acceptance_deemed_on_delivery=True, contract_value=360000),
                 (186000,), False,
                 ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                  "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h1124e01": ("en", "software",
                 T(N, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                   "England and Wales", "goods_or_licence"),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1760000),
                 (1260000,), True, ["CR-GOVERNING-LAW"]),
    "h1124e02": ("en", "cloud",
                 T(99.95, 0.5, True, "buyer", True, False, True, 600 / 600000 * 100, 6 / 36 * 100, N, True, N, N, N,
                   False, True, False, "PRC", "service"),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=600000),
                 None, False, ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "h1124e03": ("en", "hardware",
                 T(N, 0.75, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False,
                   "PRC", "goods_or_licence"),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1890000),
                 (1735800,), False, []),
    "h1124e04": ("en", "services",
                 T(N, 0.25, True, "buyer", True, True, True, N, 150, N, True, N, N, N, False, False, False,
                   "PRC", "service"),
                 dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2190000),
                 None, False, ["CR-LD-MISSING", "CR-TERMINATION"]),
    "h1124e05": ("en", "cloud",
                 T(99.95, 1, True, "buyer", False, True, True, 500 / 564000 * 100, 150, N, True, N, N, N, True, True,
                   False, "PRC", "service"),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=564000),
                 None, False, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (label values must never equal them)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_TH, HORIZON = 40, 5


def tco_share(t, extra, tco):
    """Post-warranty fee share of TCO over 5 years from acceptance; None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or tco is None or t["post_warranty_fee_pct"] is None \
            or not extra.get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * tco[0] * years
    return fees / (extra["contract_value"] + fees) * 100


def derive(t, extra, tco, forum_outside):
    """My reading of policy §3 applied to the labels."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or extra["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"] \
                or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, extra, tco)
        if s is not None and s > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


ZN = "一二三四五六七八九十百零两"
BAD = re.compile("|".join([
    r"(?<![\d.])99\.9(?!\d)\s*(?:%|％|per\s*cent|percent)", r"百分之九十九点九(?![" + ZN + "])",
    r"(?<![\d.])4\s*(?:小时|个小时|h\b|hours?\b|-hour|hrs?\b)", r"(?<![" + ZN + "])四个?小时",
    r"(?<![\w-])four[\s-]*hours?",
    r"(?<![\d.])0\.05(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十" + ZN + r"\d])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百(?![" + ZN + "])",
    r"one\s*hundred\s*(?:%|per\s*cent|percent)",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![" + ZN + "])百分之三十(?![" + ZN + "点])",
    r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![" + ZN + "])百分之十五(?![" + ZN + "点])",
    r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![" + ZN + "])百分之四十(?![" + ZN + "点])",
    r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"(?<![" + ZN + "])十二个月", r"twelve[\s-]*(?:calendar\s*)?months?",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "4-hour", "四小时", "四个小时", "four hours", "0.05%", "0.05 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%",
            "百分之四十", "12个月", "12 months", "twelve months", "十二个月", "twelve calendar months",
            "4hours", "12months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "twenty-four hours", "14 hours", "0.055%",
             "10.05%", "万分之五十", "1100%", "150%", "200%", "130%", "0.15%", "115%", "140%", "24个月", "112 months",
             "2.15%", "百分之三十五", "二十四个月", "36 months", "3.4 hours", "45%", "35%", "20%"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = set()
    for f in forms:
        hits.update(m.group(0) for m in BAD.finditer(f))
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for s in MUST_HIT:
        assert scan(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex hits", s, scan(s))
    assert set(FILES) == set(LABELS)
    covered, summary = set(), []
    for stem, name in FILES.items():
        lang, cat, t, extra, tco, forum, design = LABELS[stem]
        path = OUT / name
        text = read_back(path)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        hits = scan(text)
        assert not hits, (name, hits)
        for k, th in TH.items():
            v = t[k]
            assert v is None or abs(v - th) > 1e-9, (name, k, v)
        share = tco_share(t, extra, tco)
        assert share is None or abs(share - TCO_TH) > 2, (name, share)
        rules = derive(t, extra, tco, forum)
        assert rules == sorted(design), (name, rules, design)
        covered.update(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        summary.append((name, n, rules, risk(rules), None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = {s: len(LABELS[s][6]) for s in LABELS}
    assert sorted(s for s in counts if counts[s] == 0) == ["h1124e03", "h1124z01"]
    assert LABELS["h1124e01"][6] == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["h1124z05"] <= 10
    assert all(2 <= counts[s] <= 3 for s in ["h1124z02", "h1124z03", "h1124z04", "h1124e02", "h1124e04", "h1124e05"])
    for row in summary:
        print(*row)


if __name__ == "__main__":
    main()
