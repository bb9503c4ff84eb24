"""Builds the .docx and .pdf contracts of holdout99 from the markup in this file (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts are plain files in this folder.
Markup: T: title, H: heading, P: paragraph, TB: table row (cells split by |).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H99Z01 = """
T:南屏省邮政寄递安全监管系统集成项目合同
P:合同编号：NPYZ-JDAQ-2025-017
P:甲方（采购人）：中国邮政集团有限公司南屏省分公司
P:乙方（供应商）：南屏安信智联科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国邮政法》及有关规定，甲方就“南屏省邮政寄递安全监管系统集成项目”进行公开招标，确定乙方为中标人。双方在平等自愿的基础上，就项目实施事宜达成如下协议，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责为甲方建设寄递安全监管系统，包括：省内各地市邮件处理中心通道式X光安检机及违禁品智能识别系统的供货与安装；全省营业网点实名收寄核验终端的部署；分拣中心高清视频监控的扩容；寄递安全监管平台软件的部署和定制开发，以及与国家邮政局寄递安全监管平台、公安机关相关平台的数据对接。
P:1.2 详细技术要求、设备配置及功能清单见附件一《技术规格及功能清单》。附件与本合同具有同等效力。
P:1.3 项目实施地点为甲方指定的省分公司机房、各地市邮件处理中心及营业网点。乙方应于合同生效之日起一百二十日内完成全部设备到货、安装调试，并使系统上线试运行。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰叁拾万元整（¥4,300,000.00），为含税固定总价，包含设备、软件许可、定制开发、运输、保险、安装调试、系统集成、培训、质保期内服务及税费等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|通道式X光安检机（含违禁品识别模块）|12台|168,000|2,016,000
TB:2|违禁品智能识别服务器（含GPU加速卡）|4台|98,500|394,000
TB:3|实名收寄核验终端|360台|2,150|774,000
TB:4|分拣中心高清视频监控扩容（摄像机、存储）|1套|286,400|286,400
TB:5|寄递安全监管平台软件许可（永久）|1套|420,000|420,000
TB:|软硬件小计|||3,890,400
TB:6|接口定制开发（国家邮政局监管平台、公安平台对接）|1项|218,000|218,000
TB:7|安装调试及系统集成|1项|165,600|165,600
TB:8|培训|1项|26,000|26,000
TB:|合计|||4,300,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付上表以外的任何费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额预付款保函后十五个工作日内，甲方支付合同总价的25%，即人民币1,075,000元，作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，即人民币1,505,000元。到货签收仅确认设备的数量及外观，不构成对质量的验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即人民币1,505,000元。
P:3.4 剩余合同总价的5%，即人民币215,000元，作为质量保证金，于质保期满且乙方无未履行的质保义务后十五个工作日内无息支付。
P:3.5 乙方每次请款前应向甲方开具合法有效的增值税专用发票。
H:第四条 交付与验收
P:4.1 设备到货后，双方共同开箱清点，核对品牌、型号、数量及出厂合格证明，并签署到货签收单。
P:4.2 系统安装调试完成后进入试运行，试运行期为六十日。试运行期间未发生一级故障且各项功能稳定运行的，乙方可书面申请最终验收。
P:4.3 最终验收标准：（1）附件一所列功能逐项测试通过；（2）X光安检机的图像分辨力、穿透力等指标符合国家标准及附件一要求；（3）违禁品智能识别在甲方提供的测试样本中的识别准确率不低于93%；（4）实名收寄信息、安检图像及视频数据按规定频次完整上传至国家邮政局寄递安全监管平台，并经该平台确认对接成功；（5）监管平台通过第三方网络安全等级保护三级测评；（6）乙方提交竣工文档、定制开发部分的源代码及操作手册。
P:4.4 甲方应在收到验收申请后十五个工作日内组织验收，验收合格的签署最终验收报告。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
P:4.5 设备到货签收、安装调试完成、系统上线试运行或甲方实际使用，均不视为最终验收合格。
H:第五条 质量保证与售后服务
P:5.1 全部软硬件的免费质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供故障维修、备件更换、软件升级及现场服务。
P:5.2 质保期内，监管平台的月度可用率应不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:5.3 故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|监管平台中断，或某处理中心安检、识别功能整体失效|30分钟|2小时|8小时
TB:二级|单台安检机或部分网点终端故障，业务可降级运行|1小时|8小时|36小时
TB:三级|一般性功能缺陷或咨询|2小时|2个工作日|5个工作日
P:5.4 乙方未按上表时限响应、到场或恢复的，每超时一小时向甲方支付违约金人民币1,000元；监管平台月度可用率每低于约定值0.01个百分点，乙方支付违约金人民币2,000元。上述款项甲方可从质量保证金或应付款中直接扣除。
P:5.5 质保期满后，乙方应继续提供维保服务。维保年费不超过软硬件小计的8%（即每年不超过人民币311,232元），且质保期满后三年内不予上调。维保服务由双方另行签订合同，不自动续期。
H:第六条 知识产权
P:6.1 监管平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属各分支机构。
P:6.2 乙方为本项目定制开发的接口程序、报表、配置文件及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:6.3 乙方保证所提供的设备、软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第七条 数据安全
P:7.1 项目中产生和处理的全部数据，包括寄件人和收件人的实名信息、邮件信息、安检图像、视频及日志，均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他任何目的。
P:7.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及邮政行业数据安全管理规定，系统按网络安全等级保护三级要求建设。乙方运维须经甲方审批，并通过甲方堡垒机进行，全程留痕；乙方不得私自拷贝、留存或向境外传输任何数据。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件时，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任，并承担由此引起的行政处罚后果。
H:第八条 保密
P:8.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料，以及甲方的网络拓扑、安全策略、安检规则等信息负有保密义务，未经对方书面同意不得向第三方披露。本保密义务在合同终止后五年内继续有效。
H:第九条 违约责任
P:9.1 乙方逾期完成到货、上线或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:9.2 乙方提供的设备、软件不符合合同约定的，应无偿更换或修复，并赔偿甲方由此遭受的损失。
P:9.3 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:第十条 分包
P:10.1 乙方不得转包本合同。未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方；经同意分包的，乙方仍对分包部分向甲方承担全部责任。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或有其他严重违约行为且经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收款项并承担违约责任。
P:11.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章且乙方提交履约保证金后生效。
P:13.2 附件：一、技术规格及功能清单；二、项目实施计划；三、招标文件、投标文件及澄清材料。
P:甲方（盖章）：中国邮政集团有限公司南屏省分公司
P:乙方（盖章）：南屏安信智联科技有限公司
P:授权代表签字：                日期：
"""

H99Z04 = """
T:临江市信访信息系统运维服务合同
P:政府采购合同编号：LJCG-2025-FW-0142
P:采购人（甲方）：临江市信访局
P:供应商（乙方）：临江数维信息技术服务有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及临江市信访信息系统运维服务项目公开招标文件和乙方投标文件，甲乙双方经协商一致，签订本合同。
H:1. 服务范围
P:1.1 乙方为甲方提供信访信息系统及配套基础设施的运维服务。运维对象包括网上信访受理平台、来访接待登记系统、信访事项办理及督查督办系统、领导接访预约系统、视频接访系统，以及相关服务器、存储、网络和安全设备，清单见附件一。
P:1.2 服务内容包括：驻场运维（两名工程师，工作日8:30至17:30在甲方驻场，节假日及夜间设值班电话）、日常巡检、系统监控、故障处理、数据备份与恢复演练、安全加固与漏洞修复、配合上级信访部门的接口调整、重要会议及敏感时期保障，以及季度运维报告。
P:1.3 重要会议及敏感时期，乙方应按甲方通知安排工程师全天候现场值守，不另行收费。
P:1.4 乙方应建立运维工单制度，所有故障、变更和服务请求均须在甲方运维管理平台登记，做到可追溯、可统计。系统变更须提交变更方案，经甲方审批后在非工作时间实施，并做好回退准备。
H:2. 服务期限
P:2.1 服务期为二十四个月，自2025年7月1日起至2027年6月30日止。
P:2.2 服务期满本合同终止。甲方需要继续采购的，依照政府采购程序重新确定供应商，本合同不自动续期。
P:2.3 乙方应于服务期开始前完成与原运维单位的交接，包括账号、文档、备份及未结工单的接收，交接情况经甲方书面确认。
H:3. 服务费用及支付
P:3.1 合同总价为人民币柒拾陆万捌仟元整（¥768,000），即每月人民币32,000元，包含人工、工具、单价人民币2,000元以下的耗材及备件、差旅和税费等全部费用。
P:3.2 服务费按季度支付。每季度结束后，甲方依据附件二《运维服务考核办法》对乙方进行考核，考核结果确认后十五个工作日内支付该季度服务费人民币96,000元，并扣减考核扣款。本合同不设预付款。
P:3.3 乙方应在每次付款前开具合法有效的发票。
H:4. 服务水平
P:4.1 信访信息系统核心业务（网上信访受理、来访登记、事项办理）的月度可用率不低于99.95%。
P:4.2 故障分级及响应时限：一级故障（核心业务中断、数据异常或发生安全事件）15分钟内响应（非工作时间通过值班电话响应，时限相同），1小时内到场，2小时内恢复业务；二级故障（部分功能不可用）30分钟内响应，8小时内解决；三级故障（一般问题及咨询）当日响应，3个工作日内解决。
P:4.3 考核扣款：可用率每低于约定值0.01个百分点，扣减当季服务费人民币1,000元；一级故障每超时半小时，扣减人民币500元；未按时提交巡检报告或季度运维报告的，每次扣减人民币300元。季度扣款累计不超过当季服务费的20%。
P:4.4 乙方应于每季度结束后五个工作日内提交季度运维报告，内容包括系统运行情况、可用率统计、故障及处理情况、巡检和备份执行情况、安全漏洞及整改情况，以及下一季度的优化建议。
H:5. 服务考核与验收
P:5.1 甲方按季度对乙方服务进行考核，考核指标包括系统可用率、故障响应及解决时限、巡检与备份执行率、工单闭环率和用户满意度，具体按附件二执行。考核得分低于70分的为不合格。
P:5.2 服务期满后，甲方依据本合同及附件二组织履约验收，出具验收报告。乙方应在验收前提交全部运维文档、配置记录及工单台账。
P:5.3 甲方可以邀请信访业务科室及上级信访部门的相关人员参与考核和履约验收，验收结论作为乙方履约评价的依据。
H:6. 数据安全
P:6.1 信访信息系统中的全部数据，包括信访人身份信息、联系方式、信访事项内容、办理记录及音视频资料，均属于甲方所有，属于敏感数据。乙方仅可为履行运维义务接触上述数据，不得查询与运维无关的信访信息，不得以任何形式复制、留存、对外提供或用于其他目的。
P:6.2 乙方运维人员须通过甲方堡垒机登录，操作全程录像审计；严禁使用个人设备接入甲方网络，严禁通过互联网远程运维。存储介质更换时，旧介质由甲方留存，或在甲方监督下销毁。
P:6.3 乙方应落实网络安全等级保护三级的运维管理要求，每季度配合甲方开展一次安全检查。发生数据泄露、篡改或系统入侵等安全事件的，乙方应在30分钟内报告甲方，并按甲方应急预案处置；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。
P:6.4 服务期满或合同解除时，乙方应向甲方或其指定单位移交全部账号、密码、文档和备份，并书面承诺未留存任何信访数据。
H:7. 保密
P:7.1 乙方及其驻场人员应签署保密承诺书，对工作中知悉的信访事项、信访人信息及甲方的网络和安全配置严格保密，不得以任何方式泄露。保密义务不因本合同终止而解除。
H:8. 人员管理
P:8.1 驻场工程师应具备相应的专业资格和两年以上政务系统运维经验，并经甲方背景审查。乙方更换驻场人员，须提前十五日书面申请并经甲方同意。
P:8.2 乙方驻场人员应遵守甲方的工作制度和保密规定。甲方认为驻场人员不称职的，有权要求乙方更换。
P:8.3 乙方应与驻场人员依法签订劳动合同并为其缴纳社会保险，驻场人员的工资、福利及在工作中发生的人身伤害等事项由乙方负责处理，与甲方无关。
H:9. 分包
P:9.1 乙方可将机房空调、UPS等基础设施的维保，以及年度渗透测试，交由具备相应资质的第三方实施，但应提前五个工作日书面告知甲方，并对第三方的工作承担责任。
H:10. 知识产权
P:10.1 乙方在服务期内为甲方编写的运维文档、巡检报告、脚本和应急预案，知识产权归甲方所有，甲方可自由使用和修改，并可提供给后续运维单位。
H:11. 违约责任
P:11.1 乙方未能在服务期开始前完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方驻场人员缺岗的，每人每日扣减服务费人民币600元。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金及考核扣款），以三个月服务费即人民币96,000元为限，但乙方故意或重大过失造成的损失除外。
H:12. 合同解除
P:12.1 乙方连续两个季度考核不合格，或因乙方原因发生数据泄露事件，或有其他严重违约行为且经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同。
P:12.2 合同解除后，乙方应在十日内完成向甲方或其指定单位的交接。
H:13. 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:14. 其他
P:14.1 本合同一式五份，甲方执三份，乙方执一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:14.2 附件：一、运维对象清单；二、运维服务考核办法；三、招标文件及乙方投标文件。
P:甲方（盖章）：临江市信访局        乙方（盖章）：临江数维信息技术服务有限公司
P:授权代表：                        授权代表：
P:日期：                            日期：
"""

H99E03 = """
T:Agreement for the Supply, Installation and Maintenance of Distillery Process Sensors
P:Agreement No. GPA-2025-0412
P:This Agreement is made between:
P:(1) Huocheng Purple Valley Lavender Co., Ltd., a company registered in Huocheng County, Ili Kazakh Autonomous Prefecture, Xinjiang, People's Republic of China (the "Buyer"); and
P:(2) Gutegårds Processautomation AB, corporate identity number 556781-4420, Hästgatan 9, 621 56 Visby, Gotland, Sweden (the "Supplier").
P:The Buyer operates a steam distillery for lavender essential oil with six (6) stills at its farm in Huocheng. The Supplier has designed and installed instrumentation for craft distilleries on Gotland and abroad since 2009. The Buyer wishes to instrument its stills so that every distillation batch is measured and recorded. The parties have therefore agreed as follows.
H:Article 1 Definitions
P:1.1 "Equipment" means the sensors, transmitters, data loggers, cabinets and gateways listed in Article 3. "Software" means the Supplier's DistilView dashboard software licensed under Article 9. "System" means the Equipment and the Software installed and configured at the Site. "Site" means the Buyer's still house, boiler room and oil store at the Purple Valley farm. "Harvest Season" means the period from 15 June to 31 August of each year.
P:1.2 "Final Acceptance" means the date on which the Buyer signs the Final Acceptance certificate under Article 6.3.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, deliver them DAP Site (Incoterms 2020), install, wire, calibrate and commission the System, train the Buyer's staff and maintain the System during the warranty period and, if ordered, thereafter.
P:2.2 The general conditions NL 17 and any other standard terms of the Supplier do not apply to this Agreement.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,070,000 (one million and seventy thousand yuan). It is fixed and includes VAT, customs duties, freight to Site, insurance and all travel costs of the Supplier's staff. It is made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Sanitary PT100 temperature probes for stills and condensers|36|3,850|138,600
TB:2|Vortex steam flow meters|12|16,400|196,800
TB:3|Pressure transmitters|24|4,120|98,880
TB:4|Guided-wave radar level sensors for oil separators|12|11,900|142,800
TB:5|Cooling water temperature and flow sets|12|6,300|75,600
TB:6|Data logger and I/O cabinets|6|28,500|171,000
TB:7|Industrial gateway with LTE back-up|2|9,600|19,200
TB:8|DistilView software licence, perpetual, 15 users|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||928,880
TB:9|Installation, wiring, calibration and commissioning|1|118,400|118,400
TB:10|Training of operators and maintenance staff|1|22,720|22,720
TB:|Contract Price|||1,070,000
P:3.2 No other charges are payable for the scope described in Article 2.
H:Article 4 Terms of Payment
P:4.1 10 % of the Contract Price (CNY 107,000) within 20 days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55 % of the Contract Price (CNY 588,500) within 30 days after all Equipment has been installed at Site and a delivery and installation protocol has been signed. That protocol confirms quantities and visible condition only and is not acceptance.
P:4.3 35 % of the Contract Price (CNY 374,500) within 30 days after Final Acceptance.
H:Article 5 Time for Delivery and Delay
P:5.1 The Equipment shall be delivered to Site no later than 15 March 2026, and the System shall be ready for the acceptance test no later than 1 May 2026, so that it is proven before the Harvest Season.
P:5.2 If the Supplier is late, it shall pay liquidated damages of 0.08 % of the Contract Price for each day of delay, up to a maximum of 8 % of the Contract Price. When the maximum is reached, the Buyer may terminate the Agreement under Article 13.
H:Article 6 Testing and Acceptance
P:6.1 Before delivery the Supplier shall calibrate every temperature probe, pressure transmitter and flow meter and provide a calibration certificate traceable to national standards.
P:6.2 The site acceptance test shall show that: (a) each temperature probe reads within ±0.3 °C of the reference thermometer at two test points; (b) flow and pressure readings agree with the reference instruments within the tolerances in Annex 2; (c) the separator level alarms trigger at the agreed set points; (d) ten (10) consecutive distillation batches are recorded in DistilView without any data gap longer than one minute; (e) batch reports can be viewed, printed and exported in CSV format; and (f) the documentation listed in Annex 3 has been delivered.
P:6.3 When all tests are passed, the Buyer shall sign a Final Acceptance certificate within ten (10) working days. Installation, commissioning, use of the System in production or payment under Article 4.2 does not constitute Final Acceptance.
P:6.4 Tests that fail shall be repeated at the Supplier's cost after correction.
H:Article 7 Warranty and Fault Handling
P:7.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. Defective parts are repaired or replaced free of charge, including travel and freight, and the Software is corrected free of charge.
P:7.2 Faults during the warranty period are handled as shown below. "Response" means that a qualified engineer contacts the Buyer and starts remote diagnosis. On-site work is performed by the Supplier's service partner in Ürümqi named in Annex 4.
TB:Severity|Description|Response|On site|Restoration
TB:1 Critical|A still cannot be run safely, or batch data are not recorded for any still|1 hour, every day of the year|36 hours (Harvest Season: next day)|5 days
TB:2 Major|A single sensor or logger has failed; batches can continue with manual readings|2 hours in working hours|3 working days|7 working days
TB:3 Minor|Dashboard defect or question|1 working day|Not required|Next software release
P:7.3 If the Supplier misses a response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 600 for each hour of late response and CNY 2,000 for each day of late restoration. The Buyer may deduct these amounts from any payment due to the Supplier.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period the Buyer may order annual maintenance, which comprises one preventive visit before each Harvest Season, recalibration of all probes, transmitters and flow meters, software updates, and fault handling as set out in Article 7.2.
P:8.2 The annual maintenance fee is 7.5 % of the Hardware and Licence Subtotal, that is CNY 69,666 per year, fixed for the first three (3) maintenance years. Any later change requires the written agreement of both parties.
P:8.3 Maintenance is ordered year by year by written purchase order. There is no automatic renewal.
H:Article 9 Software Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the DistilView Software for fifteen (15) named users at the Site.
P:9.2 The logger programs, configurations, batch report templates and the data export to the Buyer's quality system developed for the Buyer under this Agreement ("Project Deliverables") belong to the Buyer. The Supplier shall hand them over in editable form with source code. The Buyer may use and modify them and have them modified by others.
P:9.3 The Supplier shall defend and indemnify the Buyer against any claim that the Equipment or the Software infringes the rights of a third party.
H:Article 10 Buyer Data and Security
P:10.1 All process and batch data recorded by the System ("Buyer Data") belong to the Buyer and may be used by the Supplier only to perform this Agreement.
P:10.2 Buyer Data is stored on the Buyer's own server at the Site. The Supplier may access the System remotely only through the Buyer's VPN, for a session approved by the Buyer, with named accounts and logging. The Supplier shall not download, copy or transfer Buyer Data outside the People's Republic of China.
P:10.3 The Supplier shall change all default passwords, keep firmware and Software patched during the warranty and maintenance periods, and notify the Buyer within twelve (12) hours of any security incident affecting the System. The Supplier is liable for losses caused by its failure to comply with this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all information received from the other party, in particular the Buyer's distillation recipes, yields and oil quality data, and shall not disclose it to third parties without prior written consent. This obligation remains in force for five (5) years after the end of the Agreement.
H:Article 12 Subcontracting
P:12.1 The service partner in Ürümqi named in Annex 4 is approved by the signature of this Agreement. Any other subcontractor requires the Buyer's prior written consent. The Supplier remains responsible for the work of its subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier is in material breach and has not remedied the breach within thirty (30) days after written notice, or if the maximum liquidated damages under Article 5.2 have been reached.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment and services not accepted.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by circumstances beyond its control, such as war, epidemic, export restrictions or natural disasters, provided it notifies the other party without delay.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be finally settled by arbitration administered by the China International Economic and Trade Arbitration Commission (CIETAC) in Beijing. The arbitration shall be conducted in English.
P:Annex 1 Technical specification. Annex 2 Test tolerances. Annex 3 Documentation list. Annex 4 Service partner.
P:Signed in Visby on ________ for the Supplier: ____________________
P:Signed in Huocheng on ________ for the Buyer: ____________________
"""

H99E05 = """
T:CatchCert API Subscription Agreement
P:Agreement No. RCD/API/2025/118
P:BETWEEN: Rodrigues Catch Data Ltd, a private company incorporated in the Republic of Mauritius (BRN C19165432), having its registered office at Rue Johnston, Port Mathurin, Rodrigues (the "Company");
P:AND: Zhanjiang Haiyue Aquatic Products Import & Export Co., Ltd., a company incorporated in the People's Republic of China, having its registered office at No. 27 Renmin Avenue South, Xiashan District, Zhanjiang, Guangdong (the "Customer").
P:WHEREAS the Company operates the CatchCert application programming interface for preparing, checking and tracking the catch certificates and processing statements required for imports of fishery products into the European Union under Council Regulation (EC) No 1005/2008; and WHEREAS the Customer exports frozen octopus processed from catches landed by Chinese and foreign vessels and wishes to connect its systems to the CatchCert API;
P:NOW THEREFORE the parties agree as follows.
H:Section 1. Definitions
P:1.1 "API" means the CatchCert application programming interface and its web console, as described in the Documentation. "Documentation" means the Company's API reference and user guide as updated from time to time.
P:1.2 "Customer Data" means the catch, landing, vessel, consignment, buyer and product data submitted by the Customer through the API, and the certificates, statements and reports generated from them.
P:1.3 "Production Access" means the issue to the Customer of production API keys. "Subscription Year" means each period of one year starting on the date of Production Access or an anniversary of it.
P:1.4 "Critical Incident" means that the production API is unavailable, or returns errors for all requests, so that no certificate can be prepared or checked.
H:Section 2. Subscription
P:2.1 The Company grants the Customer, for the Term, a non-exclusive and non-transferable right to call the API from the Customer's systems and to use the web console for up to fifteen (15) named users.
P:2.2 The subscription includes sixty thousand (60,000) API calls per Subscription Year. Additional calls are charged under Section 4.3.
H:Section 3. Onboarding and Acceptance
P:3.1 The Company shall provide sandbox access within ten (10) business days of signature and shall assist the Customer's developers to connect its ERP and cold-store systems, configure the mappings for the Customer's species codes and product forms, and set up the vessel and flag-state references listed in Schedule 1.
P:3.2 The Company shall make Production Access available by 1 March 2026 (the "Target Date"). For each day of delay attributable to the Company, the Company shall pay the Customer CNY 300 as liquidated damages, up to a maximum of CNY 15,000.
P:3.3 Onboarding Acceptance requires that: (a) twenty-five (25) test consignments have been processed end to end in the sandbox; (b) the certificates and processing statements generated for them have been validated without error in the training environment of the EU CATCH IT system; (c) vessel licence look-ups for the flag states in Schedule 1 return correct results; and (d) the mapping output reconciles with the Customer's packing lists for five (5) real shipments. When these tests are passed, the Customer shall sign an acceptance note. Production Access or live use alone shall not be deemed acceptance.
H:Section 4. Fees and Payment
P:4.1 The Annual Subscription Fee is CNY 138,000 per Subscription Year, that is CNY 276,000 for the Term. The onboarding fee is CNY 18,000. The total contract value is therefore CNY 294,000, inclusive of taxes.
P:4.2 The onboarding fee is invoiced upon Onboarding Acceptance. The Annual Subscription Fee is invoiced quarterly in arrears, at CNY 34,500 per quarter. No fee is payable before Production Access.
P:4.3 API calls above the included volume are charged at CNY 0.90 per call and invoiced with the next quarterly invoice.
P:4.4 Invoices are payable within thirty (30) days by bank transfer.
H:Section 5. Term and Renewal
P:5.1 The Term is two (2) Subscription Years from the date of Production Access.
P:5.2 Thereafter this Agreement renews for successive periods of one (1) year at the same Fees, unless either party gives written notice of non-renewal at least sixty (60) days before the end of the current period.
H:Section 6. Service Levels and Support
P:6.1 The Company shall make the production API available at least 99.95% of each calendar month, excluding scheduled maintenance of not more than six (6) hours per month, notified at least five (5) days in advance.
P:6.2 If the monthly availability falls below 99.95%, the Customer is entitled to a service credit of 5% of the monthly portion of the Annual Subscription Fee; below 99.5%, 10%; below 99.0%, 20%. Credits are set off against the next invoice.
P:6.3 Support is provided by e-mail and telephone from Monday to Friday, 08:30 to 16:30 Mauritius time, excluding public holidays in Mauritius. The Company shall respond to a Critical Incident within eight (8) business hours, to a major incident within two (2) business days and to other requests within five (5) business days. The Company does not commit to resolution times.
H:Section 7. Customer Data
P:7.1 Customer Data remains the property of the Customer. The Company processes Customer Data to provide the API and the support services.
P:7.2 The Customer grants the Company a perpetual, royalty-free licence to use Customer Data in anonymised and aggregated form, including species, catch areas, volumes, vessel flags and destination markets, to compile market statistics and reports, to benchmark and to improve its services. This licence survives the termination of this Agreement.
P:7.3 On termination the Company shall make the Customer Data available for export for thirty (30) days and then delete it, subject to Section 7.2.
H:Section 8. Security
P:8.1 At the Customer's request, the production environment for the Customer is hosted in the mainland China region of the Hosting Provider named in Schedule 2. Customer Data is encrypted in transit (TLS 1.2 or higher) and at rest. Access by Company staff is limited to those who need it, protected by multi-factor authentication and logged, and logs are kept for one (1) year. The Company has the API penetration-tested by an independent firm every year.
P:8.2 The Company shall notify the Customer within forty-eight (48) hours of becoming aware of any security incident affecting Customer Data, shall take the necessary remedial measures, and shall be liable for the loss caused to the Customer by its failure to comply with this Section 8.
H:Section 9. Intellectual Property
P:9.1 The Company retains all rights in the API, its software, the Documentation and the reference databases it compiles, including its vessel registers.
P:9.2 Integration code, field mappings and report templates developed by the Company specifically for the Customer during onboarding belong to the Customer, who may use, modify and license them freely.
H:Section 10. Confidentiality
P:10.1 Each party shall keep confidential any information disclosed by the other party which is designated as confidential or ought reasonably to be regarded as such, including the Customer's suppliers, buyers, prices and shipment volumes, and shall use it only for this Agreement. This obligation survives for three (3) years after termination.
H:Section 11. Subcontracting
P:11.1 The Hosting Provider named in Schedule 2 is approved by the Customer. The Company shall not subcontract any other part of its obligations without the Customer's prior written consent and shall remain liable for its subcontractors.
H:Section 12. Liability
P:12.1 The aggregate liability of the Company under or in connection with this Agreement shall not exceed the fees paid by the Customer in the nine (9) months immediately preceding the event giving rise to the claim.
P:12.2 The Company is not liable for the refusal of a consignment by the authorities of an importing country where the refusal results from inaccurate data supplied by the Customer or its vessels.
H:Section 13. Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days of a written request to do so.
P:13.2 The Customer may terminate this Agreement on thirty (30) days' notice if the monthly availability falls below 99.0% in two (2) consecutive months.
H:Section 14. Governing Law and Disputes
P:14.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission, South China Sub-Commission, for arbitration in Shenzhen in accordance with its rules. The language of the arbitration shall be English.
P:Schedule 1: Species codes, product forms and flag states. Schedule 2: Hosting Provider.
P:Signed at Port Mathurin on ________ for the Company: ____________________
P:Signed at Zhanjiang on ________ for the Customer: ____________________
"""

SOURCES = {"h99z01": H99Z01, "h99z04": H99Z04, "h99e03": H99E03, "h99e05": H99E05}
TARGETS = {"h99z01": ("h99z01_provincial_post_parcel_security_integration.docx", "docx"),
           "h99z04": ("h99z04_petition_bureau_system_om_service.pdf", "pdf"),
           "h99e03": ("h99e03_lavender_distillery_sensors_visby.docx", "docx"),
           "h99e05": ("h99e05_octopus_catch_certificate_api_port_mathurin.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
