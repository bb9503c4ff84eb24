"""Builds the Word and PDF contracts of holdout57 from their sources below (markup of ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py; the .txt/.md contracts of this folder are written by hand.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H57Z01 = """
T:××省全民健身智慧服务平台系统集成项目合同
P:合同编号：TYJ-ZFCG-2025-017
P:采购人（甲方）：××省体育局
P:供应商（乙方）：青禾数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号：ZC2025-0386）、乙方投标文件及中标通知书，甲乙双方经平等协商，就××省全民健身智慧服务平台系统集成项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设××省全民健身智慧服务平台（以下简称“平台”），内容包括平台软件许可，智能健身路径物联网终端、体质监测一体机和网络安全设备的供货，定制开发、安装调试、系统集成、历史数据迁移及培训，具体以招标文件技术要求和乙方投标文件为准。
P:1.2 平台部署在××省政务云上，云资源由甲方提供。乙方负责平台部署，并完成与省政务服务网、社会保障卡应用系统、全省公共体育场馆预约系统的接口对接。
P:1.3 乙方应于合同签订之日起九十日内完成全部设备到货，一百五十日内完成安装、集成并上线试运行。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰柒拾陆万贰仟元整（¥2,762,000.00），为固定总价，包含货物、软件许可、运输、安装、调试、集成、培训、税费以及质保期内服务的全部费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|全民健身服务平台软件许可（场馆预约、赛事活动、体质监测、科学健身指导模块）|1套|986,000|986,000
TB:2|智能健身路径物联网终端|120套|4,800|576,000
TB:3|体质监测一体机|16台|23,500|376,000
TB:4|网络安全设备（下一代防火墙、日志审计系统）|2套|62,000|124,000
TB:5|定制开发（政务服务网、社保卡、场馆预约系统接口，数据驾驶舱）|1项|468,000|468,000
TB:6|安装调试及系统集成|1项|194,000|194,000
TB:7|培训|1项|38,000|38,000
TB:合计||||2,762,000
P:2.2 上表第1至4项合计为软硬件小计，金额人民币贰佰零陆万贰仟元（¥2,062,000）。
P:2.3 合同履行期间，合同价款不因市场价格、汇率或人工成本变化而调整。
H:第三条 付款方式
P:3.1 根据政府采购促进中小企业发展的有关规定，合同生效后十个工作日内，甲方向乙方支付合同总价的百分之四十作为预付款，即人民币1,104,800元。乙方应在收款前向甲方提交等额的银行预付款保函。
P:3.2 初验合格后十个工作日内，甲方支付合同总价的百分之三十五，即人民币966,700元。
P:3.3 终验合格后十个工作日内，甲方支付合同总价的百分之二十五，即人民币690,500元。
P:3.4 每期付款前，乙方应开具等额合法有效的增值税发票。
H:第四条 交付与安装
P:4.1 设备到货时，双方共同清点数量、型号、配置和外观，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:4.2 智能健身路径终端安装在甲方指定的120处全民健身场地，乙方负责终端安装、通信开通和调试，并做好现场安全防护。
H:第五条 验收
P:5.1 初验。平台上线后，乙方提交初验申请，甲方在十个工作日内组织初验。初验标准为：（1）功能符合招标文件需求清单的全部条目；（2）与政务服务网、社保卡系统、场馆预约系统的接口联调通过，数据双向一致；（3）120套健身路径终端和16台体质监测一体机全部在线并正常上传数据；（4）在5,000个并发用户下，预约页面平均响应时间不超过2秒；（5）历史数据迁移经抽查核对无差错。
P:5.2 初验合格后进入试运行，试运行期为三个月。试运行期间未发生一级故障、累计二级故障不超过3次的，乙方可申请终验。
P:5.3 终验。甲方会同第三方测评机构组织终验。终验标准为：初验各项标准持续满足；平台通过网络安全等级保护第三级测评；需求规格说明书、设计文档、源代码、运维手册等全部文档交付完毕。终验合格的，双方签署终验报告。
P:5.4 平台上线、试运行、甲方使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新提交验收，整改费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供软件缺陷修复和版本升级、硬件维修更换及现场技术支持。
P:6.2 质保期内平台年度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意，不计入不可用时间。故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或场馆预约、在线支付功能中断|30分钟|2小时|6小时
TB:二级|单个业务模块不可用，或10个以上终端离线|1小时|8小时|1个工作日
TB:三级|一般功能缺陷或单个终端故障|8小时|3个工作日|5个工作日
P:6.3 乙方未按上表时限响应、到场或恢复的，每超时一小时，向甲方支付违约金人民币800元；平台年度可用率每低于约定值0.01个百分点，支付违约金人民币2,000元。上述款项甲方可从应付款项或履约保证金中直接扣除。
P:6.4 质保期满后，甲方如需乙方继续提供平台运维服务，运维服务的内容和费用由双方届时根据市场行情另行协商确定。
H:第七条 知识产权
P:7.1 平台软件的著作权属于乙方。乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及全省各级体育行政部门和所属事业单位。
P:7.2 乙方为本项目定制开发的接口程序、数据驾驶舱、配置文件及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改并许可他人使用。
P:7.3 乙方保证所供软硬件不侵犯第三方知识产权。
H:第八条 数据安全与个人信息保护
P:8.1 平台运行中产生和存储的全部数据，包括群众预约信息、体质监测数据和赛事报名信息，归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应按照《网络安全法》《数据安全法》《个人信息保护法》和网络安全等级保护要求，落实访问控制、加密存储和日志审计等措施。乙方运维人员经甲方审批后通过堡垒机访问平台，不得将数据拷贝出政务云。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在发现后2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
P:8.4 合同终止或质保期届满时，乙方应删除其掌握的甲方数据，并向甲方出具书面说明。
H:第九条 保密
P:9.1 乙方对履行合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期上线试运行的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计达到合同总价百分之十的，甲方有权解除合同。
P:10.2 乙方交付的货物或服务不符合合同约定的，应负责更换、整改，并赔偿甲方由此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 本项目不允许分包。乙方不得转包本合同，也不得将合同的任何部分分包给第三方，但经甲方书面同意由设备原厂提供的售后服务除外。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：（1）逾期超过三十日仍未完成交付；（2）验收两次不合格；（3）其他严重违约行为，经甲方书面催告后十五日内仍未纠正。
P:12.2 合同解除的，乙方应退还已收取的预付款及其他未履行部分的款项，并赔偿甲方损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释、履行和争议解决适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、乙方投标文件、中标通知书为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：××省体育局    乙方（盖章）：青禾数智科技有限公司
P:签订日期：2025年  月  日
"""

H57Z04 = """
T:××市档案馆2025年度档案数字化加工及数字档案馆运维服务合同
P:项目编号：SDAG-2025-CS-004（政府采购竞争性磋商）
P:采购人（甲方）：××市档案馆
P:供应商（乙方）：××信达信息技术服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》《中华人民共和国档案法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方订立本合同。
H:第一条 服务内容与期限
P:1.1 档案数字化加工：对甲方馆藏1965年至2005年文书档案约115万页进行整理、扫描、图像处理、目录著录、数据质检和数据挂接，并将成果导入甲方数字档案馆系统。
P:1.2 数字档案馆系统运维：对甲方数字档案馆系统（包括档案管理系统、档案利用服务平台、长期保存系统及其服务器和存储设备）提供十二个月的运行维护服务。
P:1.3 服务期限自2025年3月1日起至2026年2月28日止。数字化加工任务应于2025年12月31日前全部完成。
H:第二条 服务费用
P:2.1 合同总价为人民币玖拾玖万贰仟陆佰元整（¥992,600），包括：
P:（1）纸质档案扫描及图像处理：1,150,000页×0.46元/页=529,000元；
P:（2）目录著录：168,000条×0.70元/条=117,600元；
P:（3）数据挂接及质检：48,400元；
P:（4）数字档案馆系统运维：24,800元/月×12个月=297,600元。
P:第（1）至（3）项合计为数字化加工费695,000元。
P:2.2 加工数量以双方确认的实际交接数量为准，实际数量与预计数量的差异在百分之五以内的，合同总价不作调整。
P:2.3 合同总价包括人工、设备、耗材、管理、税费等乙方完成本合同所需的全部费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的百分之二十作为预付款，计198,520元，从数字化加工费中抵扣。
P:3.2 数字化加工完成总量过半且已完成批次全部验收合格后，甲方支付数字化加工费的百分之四十，计278,000元。
P:3.3 全部数字化加工成果通过项目终验后，甲方支付剩余数字化加工费218,480元。
P:3.4 运维费按季度支付。每季度结束并经甲方考核合格后十五个工作日内，甲方支付当季运维费74,400元，考核扣款从当季运维费中扣除。
P:3.5 乙方应在每次付款前开具合法有效的发票。
H:第四条 数字化加工要求
P:4.1 加工场所设在甲方馆内指定区域，档案原件不得带离甲方场所。档案交接实行双人清点、逐卷登记。
P:4.2 乙方应执行DA/T 31—2017《纸质档案数字化规范》和经甲方确认的《数字化加工技术方案》。图像采用彩色扫描，分辨率不低于300dpi，存储格式为JPEG和双层PDF；目录著录执行甲方著录细则。
P:4.3 乙方驻场人员不少于18人，其中专职质检人员不少于3人。驻场人员名单及身份信息须事先报甲方审核，人员变更须经甲方同意。
P:4.4 加工流程为：档案出库交接、拆卷整理、扫描、图像处理、自检、专职质检、著录、挂接、数据封装、档案装订还原和入库交接。每一环节应有记录，原件拆装不得损坏，装订还原后应与原状一致。
P:4.5 乙方每周向甲方报送加工进度和质检情况，每月提交工作报告。
H:第五条 运维服务要求
P:5.1 运维内容包括日常巡检、系统监控、备份检查（每日增量、每周全量备份校验）、安全补丁更新、故障处理和用户支持。乙方派驻1名运维工程师，工作日全天驻场。
P:5.2 数字档案馆系统年度可用率不低于99.95%，经甲方同意的计划维护时间除外。
P:5.3 一级故障（系统瘫痪、档案数据无法访问或利用服务中断）：30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能异常）：1小时内响应，1个工作日内解决；三级故障（一般咨询或缺陷）：2个工作日内处理完毕。
P:5.4 乙方每月提交运维报告，内容包括系统运行情况、故障处理记录、备份检查结果和安全事件，并于每季度末提出系统优化建议。
P:5.5 乙方未按时响应、到场或恢复的，每超时一小时扣款500元；系统年度可用率低于约定值的，每低0.01个百分点扣款1,000元。扣款从运维费中扣除。
H:第六条 验收与考核
P:6.1 批次验收：每批加工成果完成后，甲方按不少于10%的比例抽检图像质量、著录准确性和挂接一致性。抽检差错超过《数字化加工技术方案》规定限值的，该批次退回重做并重新抽检。
P:6.2 项目终验：全部加工完成后，甲方组织专家终验。终验标准为：全部批次验收合格；图像及元数据数量与交接登记一致；数据已成功导入数字档案馆系统并可检索利用；档案原件全部清点归还、无损毁；乙方已交付工作日志和质检记录。
P:6.3 运维考核：甲方按《运维考核细则》每季度对服务水平、巡检和报告进行考核，考核合格后支付当季运维费。
P:6.4 乙方完成加工、提交成果或成果被导入系统，均不视为验收合格。
H:第七条 数据安全
P:7.1 数字化成果、目录数据以及乙方在运维中接触的全部数据归甲方所有。乙方不得留存、复制，不得用于本合同以外的任何用途。
P:7.2 加工网络与互联网物理隔离，加工设备禁用USB等外接存储接口。运维一律现场进行，确需远程操作的，须经甲方书面批准并通过甲方堡垒机进行。加工结束后，乙方设备的存储介质在甲方监督下消磁或销毁。
P:7.3 发生档案或数据泄露、丢失、损毁的，乙方应在1小时内报告甲方，配合调查处置，并承担全部赔偿责任和法律责任。
H:第八条 保密
P:8.1 乙方及驻场人员应遵守《中华人民共和国档案法》和《中华人民共和国保守国家秘密法》，对接触的档案内容负有保密义务。驻场人员须签署保密承诺书。本条义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 数字化加工成果（图像、元数据、目录数据库）以及乙方为本项目编写的处理脚本和运维文档，归甲方所有。乙方自有的加工软件仍归乙方，乙方许可甲方免费使用其生成的成果文件。
H:第十条 违约责任
P:10.1 乙方未按第1.3条约定期限完成数字化加工的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 因乙方原因造成档案原件损毁、丢失的，乙方应按甲方核定的修复或抢救费用赔偿，并承担相应的法律责任。
P:10.3 驻场人员少于约定人数的，每缺一人日扣款300元。
H:第十一条 转包与分包
P:11.1 本项目不得转包，也不得分包。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）数字化加工逾期超过三十日；（2）连续两个季度运维考核不合格；（3）发生档案泄露或原件损毁、丢失；（4）其他严重违约行为，经甲方书面催告后十日内仍未改正。
P:12.2 合同解除的，乙方应在甲方监督下交还全部档案原件和已完成的加工成果，退还已收取但未履行部分的款项，并赔偿甲方损失。
H:第十三条 服务期满
P:13.1 服务期满，本合同自行终止，不自动续期。下一年度服务由甲方依法另行采购。
P:13.2 服务期满或合同解除前，乙方应向甲方或甲方指定的新服务单位移交系统账号、运维文档和配置记录，并配合交接不少于十五日。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 磋商文件、乙方响应文件和成交通知书为本合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：××市档案馆    乙方（盖章）：××信达信息技术服务有限公司
"""

H57E02 = """
T:Supply Contract for the Automation of Six Cheese Vats, VatControl Software and Technical Support
P:Contract No. FT-2025-CN-07
P:between
P:Fromatec SA, Rue de l'Industrie 18, 1630 Bulle, Switzerland, registered in the commercial register of the Canton of Fribourg (hereinafter "the Supplier"),
P:and
P:Xilin Pasture Cheese Co., Ltd., No. 6 Dairy Industrial Park, Xilinhot, Inner Mongolia, People's Republic of China (hereinafter "the Purchaser").
P:Preamble. The Purchaser operates a cheese plant in Xilinhot with six open cheese vats of 10,000 litres each, today operated manually. On the basis of the Supplier's offer no. 25-0418 rev. C, the parties agree as follows.
H:Article 1 Object of the Contract
P:1.1 The Supplier shall deliver, install and commission an automation system for the six cheese vats, consisting of control cabinets with PLC and I/O, a sensor package for each vat, drives for the stirring and cutting frames, operator panels, and the VatControl recipe and batch management software, and shall engineer the application, connect it to the existing CIP station and train the Purchaser's staff (together "the Works").
P:1.2 The contract documents are, in the following order of precedence: this Contract; Annex 1 Technical Specification; Annex 2 Acceptance Test Procedure; Annex 3 Equipment List; Annex 4 Service Partner; the Supplier's offer.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 2,450,000 (two million four hundred and fifty thousand Chinese Yuan), made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Control cabinet with PLC, I/O and safety relays|6|148,000|888,000
TB:2|Sensor package (pH, temperature, level, milk flow)|6|52,500|315,000
TB:3|Drive package, frequency converters for stirring and cutting frames|6|41,000|246,000
TB:4|Operator panel, stainless steel, IP69K|6|18,500|111,000
TB:5|VatControl recipe and batch software, perpetual site licence|1|386,000|386,000
TB:|Subtotal equipment and licence|||1,946,000
TB:6|Engineering, application software and CIP interface|1|274,000|274,000
TB:7|Installation, commissioning and validation on site|1|196,000|196,000
TB:8|Training of operators and maintenance staff|1|34,000|34,000
TB:|Contract Price|||2,450,000
P:2.2 The prices are fixed and firm until completion. They are delivered DAP Purchaser's plant, Xilinhot (Incoterms 2020), and include packing, transport, insurance, customs clearance, import duties and taxes in China, travel and accommodation of the Supplier's staff.
H:Article 3 Terms of Payment
P:3.1 25 % of the Contract Price, i.e. CNY 612,500, within 20 days after signature of the Contract and receipt of an advance-payment guarantee for the same amount, issued by a first-class bank acceptable to the Purchaser.
P:3.2 50 % of the Contract Price, i.e. CNY 1,225,000, after delivery of all equipment to the plant, against the delivery note signed by the Purchaser. The signature of the delivery note confirms the quantities only and does not constitute acceptance.
P:3.3 25 % of the Contract Price, i.e. CNY 612,500, within 20 days after the Final Acceptance Certificate has been signed.
H:Article 4 Time Schedule and Delay
P:4.1 The equipment shall be delivered to the plant within sixteen weeks after the advance payment. Installation and commissioning shall be completed within eight weeks after delivery. The vats are converted one after the other according to the Purchaser's shutdown plan.
P:4.2 If Final Acceptance is not reached by the completion date for reasons attributable to the Supplier, the Supplier shall pay a delay penalty of 0.1 % of the Contract Price per calendar day of delay, up to a maximum of 8 % of the Contract Price. Payment of the penalty does not release the Supplier from completing the Works.
H:Article 5 Acceptance
P:5.1 The Site Acceptance Test is carried out according to Annex 2 for each vat separately. It comprises: three consecutive production batches under automatic recipe control; milk temperature held within plus or minus 0.2 °C of the set point during renneting; cutting and stirring sequences executed within the recipe tolerances; rennet and culture dosing checked by weighing; all alarms and interlocks, including the lid switches and emergency stops, tested; complete batch records in VatControl and their transfer to the Purchaser's quality system; the CIP sequence run through the new interface.
P:5.2 After the Site Acceptance Test of the last vat, the system runs in trial operation for 30 days. Final Acceptance is granted when the trial operation has been completed without a Severity 1 fault and all documentation listed in Annex 1 (as-built drawings, PLC source programs, manuals, test records) has been handed over.
P:5.3 The Purchaser signs the Final Acceptance Certificate within five working days after these conditions are met. Production with the vats before that date does not constitute acceptance. If a test fails, the Supplier remedies the defect and repeats the test at its own cost.
H:Article 6 Warranty
P:6.1 The Supplier warrants the equipment and the software to be free from defects in design, material and workmanship for twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Supplier repairs or replaces defective parts free of charge, including labour, travel and transport; for a replaced part the warranty period starts again.
P:6.2 During the warranty period the Supplier supplies software corrections and minor releases of VatControl free of charge.
H:Article 7 Service Levels
P:7.1 The Supplier operates a hotline in Mandarin and English. Faults are classified and handled as follows:
TB:Severity|Definition|Response|Technician on site|Restoration
TB:1|A vat cannot be operated in automatic mode, or a batch in progress is at risk|1 hour (remote)|next calendar day|2 days
TB:2|A function is degraded but production continues|3 hours|3 working days|5 working days
TB:3|Minor fault or question|next working day|as agreed|next release
P:7.2 For each hour by which the Supplier exceeds the response time for a Severity 1 fault, the Supplier pays CNY 1,500; for each day by which it exceeds the restoration time for a Severity 1 fault, CNY 3,000. The Purchaser may deduct these amounts from any payment due.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period the Supplier offers an Annual Support Agreement covering the hotline, remote support, software updates of VatControl and one preventive maintenance visit per year, with the service levels of Article 7.
P:8.2 The annual fee is 8.5 % of the subtotal equipment and licence, i.e. CNY 165,410 per year. This fee is fixed for the first three years after the warranty; any later change must be agreed in writing and may not exceed 3 % per year.
P:8.3 Each Annual Support Agreement is concluded for one year by purchase order of the Purchaser. It does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Supplier keeps the intellectual property of VatControl and of its standard function-block libraries and grants the Purchaser a perpetual, non-exclusive licence to use them at the Xilinhot plant.
P:9.2 The PLC application programs, operator screens, recipes and parameter sets engineered for the Purchaser belong to the Purchaser. Their source files are handed over at Final Acceptance; the Purchaser may modify them and have them maintained by third parties.
H:Article 10 Data and Remote Access
P:10.1 All production, recipe and batch data belong to the Purchaser. The Supplier may use them only to perform this Contract and may not disclose them or use them for any other purpose.
P:10.2 Remote access is possible only through the Purchaser's VPN, enabled for each session on the Supplier's request and approved by the Purchaser's IT department; every session is logged. Default passwords are changed at commissioning and the system is hardened according to IEC 62443. No data may leave the plant without the Purchaser's written approval.
P:10.3 The Supplier shall notify the Purchaser of any security incident affecting the system within 12 hours of becoming aware of it, shall help to contain it, and is liable for any damage caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party keeps confidential all information of the other party that it receives under this Contract, in particular the Purchaser's recipes, process parameters and production volumes, and does not disclose it to third parties without prior written consent. This obligation lasts five years after the end of the Contract.
H:Article 12 Liability
P:12.1 The total liability of the Supplier under this Contract is limited to 150 % of the Contract Price. This limit does not apply in case of wilful intent, gross negligence, personal injury or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The service partner named in Annex 4, Shanghai Alpinova Automation Co., Ltd., is approved by the Purchaser by signing this Contract for installation support and on-site service. Any other subcontracting requires the prior written consent of the Purchaser. The Supplier remains fully responsible for its subcontractors.
H:Article 14 Termination
P:14.1 The Purchaser may terminate the Contract by registered letter if the Supplier commits a material breach and does not remedy it within 30 days after written notice, or if the delay penalty has reached its maximum. The Supplier then refunds the payments received for the parts of the Works not accepted.
H:Article 15 Force Majeure
P:15.1 A party prevented by force majeure informs the other party without delay.
H:Article 16 Applicable Law and Arbitration
P:16.1 This Contract is governed by Swiss substantive law, to the exclusion of the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 Any dispute arising out of or in connection with this Contract shall be resolved by arbitration in accordance with the Swiss Rules of International Arbitration of the Swiss Arbitration Centre. The seat of the arbitration is Geneva, the number of arbitrators is three and the language of the proceedings is English.
H:Article 17 Final Provisions
P:17.1 Amendments to this Contract must be made in writing and signed by both parties. This Contract is made in two originals in English, one for each party.
P:Bulle and Xilinhot, ____________ 2025
P:For the Supplier: ____________________    For the Purchaser: ____________________
"""

H57E04 = """
T:Software Licence and Implementation Contract No. EXP-2025/014
P:Riga and Wuhan, ____________ 2025
P:Exponetic SIA, registration No. 40103958211, legal address: Ganibu dambis 24A, Riga, LV-1005, Latvia, represented by its Management Board member acting on the basis of the Articles of Association (hereinafter - the Contractor), and
P:Jianghan Science and Technology Centre, a public institution, address: 88 Zhongbei Road, Wuchang District, Wuhan, Hubei Province, People's Republic of China (hereinafter - the Client),
P:each hereinafter - a Party, together - the Parties, on the basis of the results of the Client's procurement No. JH-2025-022, conclude the following contract (hereinafter - the Contract).
H:Clause 1. Subject of the Contract
P:1.1 The Contractor grants the Client a licence to the ExhibitOS content management system (hereinafter - the Software) and performs the implementation: installation on the Client's servers; connection of 180 exhibit endpoints (touch tables, projection stations, audio-visual players and interactive kiosks); migration of the content of 120 existing exhibits; development of 12 custom exhibit templates; integration with the Client's ticketing system and visitor app; training of the Client's staff (hereinafter together - the Works).
P:1.2 The technical specification (Annex 1), the acceptance test plan (Annex 2), the list of exhibits (Annex 3) and the local partner (Annex 4) form an integral part of the Contract.
H:Clause 2. Contract Price
P:2.1 The total Contract Price is CNY 2,000,000 (two million Chinese yuan), consisting of:
P:2.1.1 perpetual licence of the Software for 180 endpoints and unlimited editor users - CNY 1,080,000 (hereinafter - the Licence Fee);
P:2.1.2 implementation and integration - CNY 520,000;
P:2.1.3 content migration for 120 exhibits - CNY 146,000;
P:2.1.4 development of 12 custom exhibit templates - CNY 210,000;
P:2.1.5 training - CNY 44,000.
P:2.2 The Contract Price is fixed and includes all taxes, travel costs of the Contractor's personnel and all other costs of the Contractor related to the Works.
H:Clause 3. Payment Procedure
P:3.1 Advance payment of 10 % of the Contract Price, i.e. CNY 200,000, within 15 working days after signing of the Contract and receipt of an advance payment guarantee of equal amount.
P:3.2 55 % of the Contract Price, i.e. CNY 1,100,000, within 15 working days after signing of the Installation Acceptance Act.
P:3.3 35 % of the Contract Price, i.e. CNY 700,000, within 15 working days after signing of the Final Acceptance Act.
P:3.4 Payments are made on the basis of invoices issued by the Contractor in CNY.
H:Clause 4. Time Schedule and Delay
P:4.1 The Contractor completes the Works, including the trial operation, within 150 calendar days after signing of the Contract, in accordance with the time schedule in Annex 1. Works in the exhibition halls are performed on Mondays, when the Centre is closed to visitors, unless the Client agrees otherwise.
P:4.2 If the Final Acceptance Act is not signed by the deadline for reasons attributable to the Contractor, the Contractor pays a contractual penalty of CNY 2,000 for each day of delay, but not more than 10 % of the Contract Price in total. Payment of the penalty does not release the Contractor from performing the Works.
H:Clause 5. Acceptance
P:5.1 Installation Acceptance: the Software is installed on the Client's servers, all 180 endpoints are registered in the Software and play the scheduled content, and the Client's administrators can publish content. The Parties sign the Installation Acceptance Act.
P:5.2 Final Acceptance is granted when all of the following criteria of Annex 2 are met: (a) the content of all 120 migrated exhibits is checked against the content inventory and no item is missing or corrupted; (b) content published in the Software reaches every endpoint within 60 seconds; (c) the 12 custom templates function according to the specification in Chinese and English; (d) the ticketing and visitor app integration is reconciled against seven days of visitor entries without differences; (e) a trial operation of 30 days during opening hours has passed without a Severity 1 incident; (f) user and administrator manuals and the source code of the custom templates and integration adapters have been delivered.
P:5.3 The Client signs the Final Acceptance Act within 5 working days after the criteria are met, or gives a written list of defects. The use of the Software by visitors before that date does not mean acceptance. The Contractor remedies defects and repeats the tests at its own cost.
H:Clause 6. Warranty
P:6.1 The Contractor provides a warranty of twenty-four (24) months from the signing of the Final Acceptance Act. During the warranty the Contractor corrects all defects of the Software and of the Works free of charge and supplies all new versions of the Software.
H:Clause 7. Support and Service Levels
P:7.1 Severity 1 - the Software is not available, or more than 20 exhibits do not work during opening hours: response within 30 minutes, restoration within 8 hours. Severity 2 - a function of the Software or a single exhibit does not work: response within 2 hours, restoration within 2 working days. Severity 3 - other questions: response within the next working day.
P:7.2 For each full hour by which the Contractor exceeds the response time for a Severity 1 incident the Contractor pays CNY 1,000, and for each day by which it exceeds the restoration time CNY 2,000. The Client may set off these amounts against any payment.
P:7.3 On-site support in Wuhan is provided by the Contractor's local partner named in Annex 4.
H:Clause 8. Support after the Warranty
P:8.1 After the warranty the Client may order annual support with the service levels of Clause 7 and new versions of the Software. The annual support fee is 11 % of the Licence Fee, i.e. CNY 118,800 per year, and is fixed for the first three years after the warranty. Any later change requires a written agreement of the Parties.
P:8.2 Annual support is ordered by the Client each year by a separate order and is not renewed automatically.
H:Clause 9. Intellectual Property
P:9.1 The intellectual property rights to the Software remain with the Contractor. The Client receives a perpetual, non-exclusive, non-transferable licence for the number of endpoints stated in Clause 2.1.1.
P:9.2 The custom exhibit templates, the integration adapters, the migrated content and the configuration made for the Client are the property of the Client from the moment of their delivery. The source code is delivered to the Client, and the Client may use, modify and license them to third parties without restriction.
H:Clause 10. Personal Data and Data Security
P:10.1 All data processed in the Software, including visitor app accounts, visit statistics and data of minors taking part in education programmes, belong to the Client. The Contractor processes them only on the Client's instructions and only for performing the Contract.
P:10.2 The data are stored on the Client's servers in Wuhan and are not transferred outside the People's Republic of China. The Contractor's remote access is possible only through the Client's VPN, with the Client's approval for each session, and is logged. The Contractor complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 In case of a data security incident the Contractor informs the Client within 12 hours, takes all measures to limit the consequences and compensates the losses caused by its fault.
H:Clause 11. Confidentiality
P:11.1 The Parties keep confidential the information received from each other in performing the Contract and do not disclose it to third parties without the other Party's written consent, except where required by law. This obligation remains in force for five years after the end of the Contract.
H:Clause 12. Liability
P:12.1 The total liability of the Contractor under the Contract is limited to twice the Contract Price. The limitation does not apply to intentional acts, gross negligence or breach of Clauses 10 and 11.
H:Clause 13. Subcontracting
P:13.1 The local partner named in Annex 4 is approved by the Client by signing the Contract. The Contractor may engage any other subcontractor only with the prior written consent of the Client and remains responsible for the work of its subcontractors.
H:Clause 14. Termination
P:14.1 The Client may terminate the Contract unilaterally by written notice if the Contractor materially breaches the Contract and does not remedy the breach within 20 days after the Client's written notice, or if the contractual penalty reaches its maximum.
H:Clause 15. Force Majeure
P:15.1 The Parties are released from liability for non-performance caused by force majeure. The affected Party notifies the other Party within 5 working days.
H:Clause 16. Governing Law and Disputes
P:16.1 The Contract is governed by the laws of the People's Republic of China. Disputes are settled by negotiation, and failing that by the Wuhan Arbitration Commission in Wuhan.
H:Clause 17. Final Provisions
P:17.1 The Contract is made in English and Chinese in two copies each, both texts having equal force. Amendments are valid only in writing and signed by both Parties.
P:Contractor: ____________________    Client: ____________________
"""

SOURCES = {"h57z01": H57Z01, "h57z04": H57Z04, "h57e02": H57E02, "h57e04": H57E04}
TARGETS = {"h57z01": ("h57z01_sports_bureau_fitness_platform_integration.docx", "docx"),
           "h57z04": ("h57z04_city_archives_digitisation_om_service.pdf", "pdf"),
           "h57e02": ("h57e02_cheese_dairy_vat_controls_swiss_vendor.docx", "docx"),
           "h57e04": ("h57e04_science_centre_exhibit_cms_lv_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
