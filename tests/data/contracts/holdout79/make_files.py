"""holdout79: builds the two .docx and the two .pdf contracts of this folder from the sources below.

Run with /work/main/.venv/bin/python make_files.py. Markup (see ../word_pdf.py): T: title, H: heading, P: paragraph,
TB: table row (cells split by |). PDFs are written with wrap_words=True (lines broken at word boundaries).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H79Z01 = """
T:××省地质灾害监测预警平台建设项目系统集成合同
P:合同编号：DZY-ZC-2025-047
P:甲方（采购人）：××省地质调查院
P:乙方（供应商）：长沙岩图智感科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》，依据本项目公开招标文件（项目编号：××ZC2025-0318）、乙方投标文件及中标通知书，甲乙双方就地质灾害监测预警平台建设项目系统集成事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责在甲方确定的60处地质灾害隐患点建设专业监测站，供货并安装GNSS地表位移监测站、裂缝计、雨量计及声光预警广播，部署地质灾害监测预警平台软件，完成预警模型接入及与省级自然资源"一张图"系统的对接，并提供培训和质保期内的维护服务。
P:1.2 隐患点清单、设备技术参数及点位布设方案见附件1、附件2。乙方提供的设备应为全新、未使用过的合格产品，符合《崩塌、滑坡、泥石流监测规范》（DZ/T 0221）等现行标准，并具备在野外无市电条件下连续工作的能力。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰玖拾捌万元整（¥4,980,000.00），为固定总价，包含设备、软件许可、定制开发、运输、安装、调试、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|GNSS地表位移监测站（含太阳能供电、北斗短报文通信）|60套|38,600|2,316,000
TB:2|裂缝计|120套|4,850|582,000
TB:3|雨量计|80套|3,200|256,000
TB:4|声光预警广播|80套|5,400|432,000
TB:5|监测预警平台软件许可（永久）|1套|468,000|468,000
TB:|硬件及软件小计|||4,054,000
TB:6|平台定制开发（预警模型接入、"一张图"对接）|1项|386,000|386,000
TB:7|安装施工及调试|1项|512,000|512,000
TB:8|培训|1项|28,000|28,000
TB:|合计|||4,980,000
P:2.2 除甲方书面确认的设计变更外，合同价款不因材料、人工价格变化而调整。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方提交等额银行预付款保函，甲方支付合同总价的20%作为预付款，即¥996,000。
P:3.2 全部设备到货、安装完毕并通过初步验收后，甲方支付合同总价的50%，即¥2,490,000。设备到货签收和安装完毕本身不代表验收合格。
P:3.3 项目最终验收合格后，甲方支付合同总价的25%，即¥1,245,000。
P:3.4 合同总价的5%即¥249,000作为质量保证金，质保期满且乙方履行完毕质保义务后无息退还。
P:3.5 乙方每次收款前应开具合法有效的发票。甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成全部设备供货、安装及平台部署，一百二十日内具备初步验收条件。位于汛期重点防范区的隐患点应优先完成建设并投入试运行。
P:4.2 乙方未按约定工期完成的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%；逾期超过三十日的，甲方有权解除合同。
H:第五条 验收
P:5.1 初步验收：全部设备安装完毕后，甲方组织对设备数量、型号、安装质量和平台功能进行逐项检查。验收标准为：（1）GNSS监测站静态解算水平精度不大于±3mm、垂直精度不大于±5mm；（2）连续15日内各类监测数据按设定频次完整上传，单站缺报不超过2次；（3）平台预警信息由触发到短信、广播发出不超过60秒；（4）与省级"一张图"系统数据交换正常；（5）第三方网络安全测评无高危漏洞。
P:5.2 初步验收合格后进入九十日试运行，试运行期间不得发生一级故障。试运行期满，乙方提交竣工资料，甲方组织专家进行最终验收，并签署最终验收报告。
P:5.3 设备到货签收、安装完毕、平台上线或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担复验费用。
H:第六条 质量保证与维护服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供设备维修、更换、软件升级和每年两次全部点位巡检，其中汛前巡检应于每年4月30日前完成。
P:6.2 平台月可用率不低于99.95%。故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|平台中断、预警无法发布，或十处以上监测站同时离线|30分钟|8小时|24小时
TB:二级|单个监测站离线或数据异常|2小时|48小时|72小时
TB:三级|一般功能缺陷、使用咨询|8小时|—|5个工作日
P:6.3 乙方响应、到场或修复每超时一小时，甲方有权从质量保证金中扣除1,000元；平台月可用率每低于约定值0.01个百分点，扣除2,000元。质量保证金不足扣除的，乙方应另行支付。
P:6.4 质保期满后，如甲方需要，双方另行签订维保合同。年度维保费不超过硬件及软件小计的8%，即每年不超过¥324,320，且质保期满后三年内不上调。维保合同不自动续期。
H:第七条 知识产权
P:7.1 为本项目定制开发的软件、接口程序、预警模型配置及其源代码、技术文档的知识产权归甲方所有，乙方应于最终验收时一并移交。甲方有权自行或委托第三方修改、使用。
P:7.2 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证甲方使用所供设备及软件不侵犯第三方权利。
H:第八条 数据安全
P:8.1 监测数据、隐患点位信息、预警记录等本项目产生的全部数据归甲方所有。未经甲方书面许可，乙方不得以任何形式复制、使用或对外提供。
P:8.2 乙方应按照网络安全等级保护第三级的要求部署平台，数据传输加密，运维访问须经甲方堡垒机并留存审计记录。发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对履行本合同中知悉的甲方未公开信息（包括隐患点位坐标、预警阈值、应急预案等）负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后五年内继续有效。
H:第十条 分包
P:乙方不得转包本项目。监测站基础浇筑等土建工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十一条 违约责任与合同解除
P:11.1 乙方提供的设备或服务不符合合同约定的，甲方有权要求更换、整改，由此造成的损失由乙方赔偿。
P:11.2 乙方有重大违约行为，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。附件：1.隐患点清单；2.设备技术参数及点位布设方案；3.招标文件及投标文件。
P:甲方（盖章）：××省地质调查院　　　　乙方（盖章）：长沙岩图智感科技有限公司
"""

H79Z04 = """
T:××县图书馆总分馆一体化服务平台运维服务合同
P:合同编号：XTSG-ZFCG-2025-006
P:采购人（甲方）：××县图书馆（县域总分馆服务体系总馆）
P:供应商（乙方）：××县博阅信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件（项目编号：××CG-2025-041）、乙方响应文件和成交通知书，双方就总分馆一体化服务平台运维服务事宜订立本合同。
H:1. 服务内容
P:1.1 乙方为甲方提供总分馆一体化服务平台（含统一检索、通借通还、读者证管理、数字资源门户及微信服务号）的运行维护服务，覆盖县图书馆总馆、18个乡镇分馆和42个村级服务点。
P:1.2 服务内容包括：平台软件及数据库日常运维、巡检、故障处理和版本维护；分馆自助借还机、门禁、读者证办理机等终端设备的巡检维护；村级服务点终端远程维护；数据备份与恢复演练；安全加固及等级保护测评配合；每月运维报告。
P:1.3 乙方派驻一名技术人员常驻总馆，工作时间与总馆开放时间一致；周末及节假日安排值班。
P:1.4 乙方项目负责人应具有三年以上图书馆自动化系统运维经验，驻场人员应熟悉图书馆业务系统、数据库及网络设备的维护。乙方更换项目负责人或驻场人员的，应提前十日书面征得甲方同意，且更换后人员的资质不得低于原人员。
P:1.5 乙方人员在分馆和村级服务点作业时，应遵守甲方及所在乡镇的管理规定，文明服务，不得影响读者正常借阅。
H:2. 服务期限
P:2.1 服务期限为一年，自2026年1月1日起至2026年12月31日止。
P:2.2 服务期满本合同自动终止。甲方如需继续采购，按政府采购有关规定另行组织采购，本合同不自动续期。
H:3. 合同金额
P:3.1 本合同总金额为人民币叁拾捌万陆仟肆佰元整（¥386,400.00），包括人工、差旅、工具、备品备件（单件价值500元以下）、税费等全部费用，服务期内不作调整。
P:3.2 分项构成：平台软件运维14,200元/月×12个月，计170,400元；乡镇分馆终端巡检维护7,500元/馆×18个，计135,000元；村级服务点远程维护1,000元/点×42个，计42,000元；数据备份、安全加固及等保测评配合39,000元。
H:4. 付款方式
P:4.1 本合同不设预付款。甲方通过国库集中支付方式付款。
P:4.2 服务费按季度支付，每季度96,600元。每个服务季度结束后，甲方在十个工作日内完成季度考核，考核合格的，在收到乙方发票后十个工作日内支付当季服务费；考核得分低于80分的，按第7.4条扣减后支付。
H:5. 进场与交接
P:5.1 乙方应于合同签订后十日内完成进场，与原运维单位完成账号、文档、备份介质及设备清单的交接，并提交运维方案。
P:5.2 乙方未按期完成进场交接的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
H:6. 服务水平
P:6.1 平台月可用率不低于99.95%（经甲方同意的计划停机除外，计划停机应安排在闭馆时间）。
P:6.2 故障分级与时限：一级故障（平台中断、全县通借通还无法办理）30分钟内响应，总馆2小时内到场，8小时内恢复；二级故障（单个分馆业务中断、单台借还设备故障）1小时内响应，24小时内修复；三级故障（一般问题及咨询）8小时内响应，3个工作日内处理完毕。
P:6.3 乙方每季度对全部分馆现场巡检不少于一次，对村级服务点远程巡检每月一次，巡检记录应经分馆负责人签字确认。
P:6.4 乙方应在总馆常备自助借还机主板、RFID读写器、读者证打印模块等关键备件，单件价值500元以下的备件由乙方免费提供；单件价值500元以上的，经甲方书面确认后按附件3所列价格另行结算。
P:6.5 在全民阅读月、寒暑假等读者高峰期及甲方举办大型阅读推广活动期间，乙方应增派技术人员现场保障，不另行收费。
P:6.6 乙方每月5日前提交上月运维报告，内容包括故障统计、巡检情况、平台可用率、备份及恢复演练记录、安全事件及整改建议。
H:7. 考核与验收
P:7.1 甲方按季度对乙方服务进行考核，考核内容包括故障响应及修复时限、平台可用率、巡检完成情况、备份恢复演练结果及分馆满意度，具体评分细则见附件2。满意度测评由甲方向各分馆负责人及随机抽取的读者发放问卷进行，乙方不得参与问卷的发放和统计。
P:7.2 服务期满前一个月，甲方组织终期验收。验收标准为：四个季度考核均合格；全年未发生因乙方原因的数据丢失；全部运维文档、账号口令、配置资料完整移交；读者满意度测评得分不低于85分。验收合格的，双方签署验收报告。
P:7.3 响应或到场每超时一次，扣减服务费200元；故障恢复每超时一小时，扣减500元；平台月可用率未达到约定值的，扣减当季服务费的2%。
P:7.4 季度考核得分低于80分的，每低1分扣减当季服务费的1%；连续两个季度低于70分的，甲方有权解除合同。
H:8. 数据安全与个人信息保护
P:8.1 读者个人信息、借阅记录、书目数据及平台运行日志等数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存或用于其他任何目的。
P:8.2 乙方应落实网络安全等级保护第二级要求，实行账号最小授权，运维操作通过甲方堡垒机进行，日志留存不少于六个月。乙方人员须签署保密及数据安全承诺书。
P:8.3 发生数据泄露、丢失或被非法访问的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任，并赔偿甲方及读者的损失。
H:9. 甲方义务
P:甲方应为乙方驻场人员提供必要的办公条件和网络接入，及时提供平台管理员账号、设备清单和原运维资料，并指定专人负责服务的日常联络与考核。甲方对平台功能或硬件设备进行变更的，应提前通知乙方。
H:10. 保密
P:乙方对履行合同过程中知悉的甲方未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:11. 成果归属
P:乙方在服务期间形成的运维文档、配置脚本、统计报表等成果归甲方所有，甲方可自由使用和修改，并可交由后续服务单位使用。
H:12. 转包与分包
P:乙方不得将本合同项下的服务转包或分包给任何第三方。
H:13. 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，或出现第7.4条情形的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 合同终止或期满时，乙方应在十个工作日内向甲方或甲方指定的后续服务单位完成全部账号口令、配置资料、运维文档及备份介质的移交，并协助完成平台交接，交接完成前甲方有权暂缓支付最后一季度服务费。
H:14. 不可抗力
P:因自然灾害、大面积停电、通信中断等不可抗力导致服务中断的，乙方应立即通知甲方并尽力恢复服务，不可抗力影响期间的时限考核相应顺延；不可抗力消除后，乙方应在二十四小时内完成平台及终端的全面检查，并书面报告甲方。
H:15. 法律适用与争议解决
P:本合同适用中华人民共和国法律。合同履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:16. 其他
P:16.1 本合同一式五份，甲方三份，乙方一份，同级财政部门备案一份，自双方签字盖章之日起生效。
P:16.2 附件：1.服务需求书；2.考核评分细则；3.终端设备清单；4.磋商文件及响应文件。
P:甲方（盖章）：　　　　　　　　　乙方（盖章）：
"""

H79E01 = """
T:LICENCE AND SUPPORT CONTRACT - LAVANILA GRADE BEAN-GRADING SOFTWARE
P:Contract No. LN/2025/CT-031
P:BETWEEN: LALANA NUMERIQUE SARL, a limited liability company under Malagasy law with a share capital of MGA 40,000,000, registered with the RCS of Antananarivo under No. 2014 B 00871, NIF 3001234567, with its registered office at Lot II J 161 Ivandry, Antananarivo 101, Madagascar, represented by Mr Hery Rakotondrabe, Managing Director, hereinafter "the Provider",
P:AND: MAISON VANILLE D'ANTALAHA SA, a public limited company under Malagasy law, registered with the RCS of Antalaha under No. 2007 B 00039, with its registered office at Route de Sambava, Antalaha 206, Madagascar, represented by Mrs Claire Razafindrakoto, Director General, hereinafter "the Client",
P:hereinafter together "the Parties".
H:Preamble
P:Whereas the Client buys, cures and exports Bourbon vanilla from the SAVA region and wishes to make the grading of its cured beans (length, moisture appearance, splits, colour and defects) more objective and faster ahead of export inspection; whereas the Provider has developed LaVanila Grade, a machine-vision software that grades vanilla beans photographed on an imaging bench; the Parties have agreed as follows.
H:Article 1 - Object
P:1.1 The present Contract sets out the conditions under which the Provider grants the Client a licence to use LaVanila Grade on four grading stations, calibrates the grading models to the Client's own grades, installs the software at the Client's warehouse in Antalaha, trains the Client's staff and provides warranty services.
P:1.2 The imaging benches, cameras and lighting are supplied by the Client. The technical specification of the benches is set out in Annex 1.
H:Article 2 - Contractual Documents
P:The Contract consists of, in order of precedence: the present Contract; Annex 1 (Technical Specification); Annex 2 (Acceptance Protocol); the Provider's offer of 14 October 2025.
H:Article 3 - Contract Price
P:3.1 The Contract Price is one hundred and twenty thousand four hundred United States dollars (USD 120,400), firm and not revisable, excluding VAT, broken down as follows:
P:(a) perpetual licence of LaVanila Grade, four (4) grading stations at USD 21,500 each: USD 86,000;
P:(b) calibration of the grading models to the Client's grades (gourmet black, TK, red, splits and cuts) using a reference set of 3,000 beans graded by the Client: USD 24,800;
P:(c) installation on the Client's server and benches, integration with the Client's lot register, and training of six graders and two supervisors: USD 9,600.
P:3.2 The price includes all travel and accommodation of the Provider's staff between Antananarivo and Antalaha.
H:Article 4 - Terms of Payment
P:4.1 The Contract Price is paid as follows: twenty-five per cent (25%), i.e. USD 30,100, as an advance within fifteen (15) days of signature, against the Provider's invoice; fifty per cent (50%), i.e. USD 60,200, on signature of the Provisional Acceptance report; twenty-five per cent (25%), i.e. USD 30,100, on signature of the Final Acceptance report.
P:4.2 Payments are made by transfer to the Provider's account with BNI Madagascar within thirty (30) days of receipt of a conforming invoice, in US dollars or in Ariary at the rate of the day of payment.
H:Article 5 - Delivery Schedule and Penalties for Delay
P:5.1 The Provider shall install the software and deliver the calibrated models so that Provisional Acceptance can take place within ninety (90) days of signature, and in any event before the opening of the export campaign fixed by the Ministry of Commerce.
P:5.2 In case of delay attributable to the Provider, the Provider owes the Client, without prior formal notice, a penalty of zero point one per cent (0.1%) of the Contract Price per calendar day of delay, capped at ten per cent (10%) of the Contract Price.
H:Article 6 - Acceptance
P:6.1 Provisional Acceptance: the Parties run the acceptance protocol of Annex 2 on a test lot of 2,000 beans graded independently by two senior graders of the Client. Provisional Acceptance is pronounced if: (a) the grade given by the software matches the graders' consensus grade for at least 1,900 of the 2,000 beans; (b) the measured length differs from the manual measurement by no more than 2 mm for each bean of a sample of 200; (c) each station grades at least 1,200 beans per hour; and (d) the results are exported without error to the Client's lot register.
P:6.2 Final Acceptance is pronounced after forty-five (45) days of production use during the campaign without any critical incident, all reservations of the Provisional Acceptance having been lifted.
P:6.3 Installation of the software, its use by the Client or the payment of any instalment does not constitute acceptance. Acceptance is only pronounced by a report signed by both Parties.
H:Article 7 - Warranty
P:7.1 The Provider warrants the software and the calibrated models for eighteen (18) months from Final Acceptance. During this period it corrects defects free of charge, delivers updates of LaVanila Grade and recalibrates the models once per campaign at no cost.
P:7.2 During the warranty period, a critical incident (a station cannot grade, or grades are visibly wrong on a whole lot) is acknowledged and remote diagnosis starts within two (2) working hours, between 7:30 and 17:30, Monday to Saturday. The Provider restores operation remotely within one working day, or on site in Antalaha within three (3) working days.
P:7.3 For each working hour of delay in acknowledging a critical incident, the Provider owes a penalty of USD 150, and for each working day of delay in restoring operation, a penalty of USD 300, deducted from the next payment or invoiced to the Provider.
H:Article 8 - Support after the Warranty
P:8.1 At the end of the warranty period, the Client may subscribe to the Provider's annual support and update service (maintenance evolutive), which includes corrective maintenance, new versions and the annual recalibration.
P:8.2 The annual fee for this service is the one in the Provider's tariff in force at the date of each subscription. The Provider communicates its tariff each year in January. Each subscription is made by a written order of the Client for one year and is not renewed tacitly.
H:Article 9 - Intellectual Property
P:9.1 The Provider remains the owner of LaVanila Grade and of all its versions. The licence granted to the Client is perpetual, non-exclusive and limited to four stations at the Client's sites.
P:9.2 The grading models calibrated for the Client, the reference image library built from the Client's beans and the Client-specific grading rules are the property of the Client, which may use, modify and license them freely, including with another provider. The Provider may not reuse them for other exporters.
H:Article 10 - Client Data and Security
P:10.1 The images, measurements, grading results and lot data, as well as the names of the Client's suppliers and planters, are the property of the Client. The Provider may use them only to perform the Contract.
P:10.2 The software and data are hosted on the Client's server in Antalaha. The Provider accesses it remotely only through the Client's VPN, with an account opened by the Client for each intervention, and keeps no copy of the data. The Provider complies with Law No. 2014-038 on the protection of personal data.
P:10.3 The Provider notifies the Client of any incident affecting the security of the data within twenty-four (24) hours, takes the necessary corrective measures and is liable for the damage resulting from an incident attributable to it.
H:Article 11 - Confidentiality
P:Each Party keeps confidential the information received from the other Party, in particular prices, export customers, grading rules and purchase volumes, and does not disclose it to third parties without prior written agreement, during the Contract and for five (5) years after its end.
H:Article 12 - Liability
P:The total liability of the Provider under the Contract is limited to one and a half (1.5) times the Contract Price, except in case of fraud, gross negligence or breach of Article 10.
H:Article 13 - Subcontracting
P:The Provider may not subcontract all or part of its obligations without the prior written consent of the Client. It remains liable for its subcontractors.
H:Article 14 - Termination
P:14.1 If a Party fails to perform its obligations and does not remedy the failure within thirty (30) days after formal notice (mise en demeure) by registered letter, the other Party may terminate the Contract by right, without prejudice to damages.
P:14.2 The Client may also terminate the Contract when the penalties for delay reach their cap.
H:Article 15 - Force Majeure
P:Neither Party is liable for a failure due to force majeure, in particular cyclones, floods and the closure of the Antalaha airport or roads. The affected Party notifies the other within five (5) days.
H:Article 16 - Governing Law and Disputes
P:16.1 The present Contract is governed by Malagasy law.
P:16.2 The Parties shall seek an amicable settlement for thirty (30) days. Failing this, any dispute shall be finally settled by arbitration under the rules of the Centre d'Arbitrage et de Médiation de Madagascar (CAMM), by a sole arbitrator, in Antananarivo.
H:Article 17 - Miscellaneous
P:17.1 The Contract enters into force on the date of its signature by both Parties. Any amendment requires a written rider signed by both Parties.
P:17.2 Done in Antananarivo, in two original copies, in English. The Parties may agree a French translation for information.
P:For the Provider: ______________________    For the Client: ______________________
"""

H79E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT - FERMENTATION MONITORING SYSTEM
P:Contract No. KAS/2025/047
P:Between KIANDA AUTOMAÇÃO E SISTEMAS, LDA, a private limited company with registered office at Rua Rainha Ginga, No. 87, 3rd floor, Luanda, Angola, Taxpayer No. 5417293845, represented by its manager Mr Nelson Dias dos Santos (the "Contractor"), and FAZENDA MONTE AMBOIM - ESTAÇÃO DE LAVAGEM DE CAFÉ, LDA, with registered office at Estrada da Gabela, Km 6, Amboim, Cuanza Sul, Angola, Taxpayer No. 5401188204, represented by its manager Mrs Isabel Fonseca Cardoso (the "Client").
P:Considering that the Client operates a coffee washing station with 24 fermentation tanks and wishes to control fermentation of its washed arabica through continuous measurement, and that the Contractor has submitted the proposal of 22 September 2025, the parties freely agree the following clauses.
H:Clause 1 - Object
P:1.1 The Contractor shall supply, install, calibrate and commission a monitoring system for the fermentation tanks of the Client's washing station, comprising pH and temperature probes, density (Brix) sensors, wireless data loggers and gateways, a monitoring software licence and a local server, and shall train the Client's staff.
P:1.2 The Contractor shall also provide the warranty and maintenance services set out in Clauses 7 and 8.
H:Clause 2 - Contract Documents
P:This Contract is made up of these clauses, Annex I (Technical Specifications), Annex II (Acceptance Procedure) and the Contractor's proposal. In case of conflict, these clauses prevail.
H:Clause 3 - Price
P:3.1 The total price of this Contract is USD 82,000.00 (eighty-two thousand United States dollars), excluding VAT, broken down as follows:
TB:Item|Description|Qty|Unit price (USD)|Amount (USD)
TB:1|pH and temperature probe, stainless steel, food grade|24|1,180.00|28,320.00
TB:2|Density (Brix) sensor for fermentation tanks|8|2,450.00|19,600.00
TB:3|Wireless data logger / gateway, solar backed|6|1,350.00|8,100.00
TB:4|Monitoring software licence (perpetual) with local server|1|14,800.00|14,800.00
TB:|Equipment and software subtotal|||70,820.00
TB:5|Installation, cabling, calibration and commissioning|1|9,480.00|9,480.00
TB:6|Training of operators and quality staff|1|1,700.00|1,700.00
TB:|Total|||82,000.00
P:3.2 The price includes transport from Luanda to the site, customs clearance of imported items and the travel of the Contractor's technicians.
H:Clause 4 - Payment
P:4.1 The Client shall pay: (a) twenty per cent (20%), USD 16,400.00, as an advance within ten (10) days of signature, against an advance payment guarantee issued by a bank established in Angola; (b) forty-five per cent (45%), USD 36,900.00, after delivery and installation of all equipment, confirmed by a delivery note signed by the Client, which does not constitute acceptance; (c) thirty-five per cent (35%), USD 28,700.00, after signature of the Final Acceptance Certificate.
P:4.2 Amounts are stated in US dollars and are paid in Kwanzas at the selling rate of the Banco Nacional de Angola on the day before payment, within thirty (30) days of invoice.
H:Clause 5 - Delivery and Installation
P:5.1 The Contractor shall deliver and install all equipment within seventy-five (75) days of receiving the advance, so that the system is in operation before the start of the harvest.
P:5.2 For each day of delay attributable to the Contractor, the Contractor shall pay the Client a penalty of 0.15% of the total price, up to a maximum of 10% of the total price.
H:Clause 6 - Acceptance
P:6.1 After installation, the Contractor shall present calibration certificates for all probes and sensors. The system is then tested during fourteen (14) consecutive days of operation with coffee in fermentation.
P:6.2 Acceptance criteria: (a) pH readings within plus or minus 0.1 pH of the reference laboratory meter; (b) temperature within plus or minus 0.3 degrees Celsius; (c) density readings within plus or minus 0.2 degrees Brix; (d) no gap in recorded data longer than thirty (30) minutes for any tank; (e) alarms on pH and temperature limits reaching the supervisors' phones by SMS within two (2) minutes; (f) daily fermentation reports exported to Excel.
P:6.3 When all criteria are met the parties sign the Final Acceptance Certificate. Delivery, installation or use of the system by the Client does not amount to acceptance. If a criterion is not met, the Contractor shall correct the defect within ten (10) days and the test shall be repeated.
H:Clause 7 - Warranty
P:7.1 The Contractor warrants the equipment and software for twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Contractor shall repair or replace any defective item free of charge, including parts, labour and travel, and shall recalibrate all probes before each harvest.
P:7.2 Probes damaged by misuse or by cleaning products not approved in Annex I are excluded.
H:Clause 8 - Technical Assistance
P:8.1 During the warranty period and any maintenance period, faults are classified and handled as follows:
TB:Severity|Definition|Response time|On-site intervention|Resolution
TB:Severity 1|Monitoring of all tanks stopped, or alarms not working, during the harvest|1 hour|24 hours|48 hours
TB:Severity 2|One logger or several probes not reporting|8 hours|3 days|5 days
TB:Severity 3|Reports, display or other minor issues|2 working days|as needed|next visit
P:8.2 For each hour of delay in the Severity 1 response time, and for each day of delay in resolution, the Contractor shall credit the Client USD 50 and USD 200 respectively, deducted from the next payment or from the maintenance fee.
H:Clause 9 - Maintenance after the Warranty
P:9.1 After the warranty period the Client may order annual maintenance with the same scope as Clause 7.1. The annual maintenance fee is 8.5% of the equipment and software subtotal, that is USD 6,019.70 per year, and shall not be increased during the first three years after the warranty.
P:9.2 Maintenance is ordered in writing for one year at a time and is not renewed automatically.
H:Clause 10 - Client Data
P:10.1 All measurements, alarms, reports and settings recorded by the system are the property of the Client. The Contractor shall use them only to perform this Contract.
P:10.2 The Contractor shall access the server remotely only with the Client's authorisation for each intervention, through an encrypted connection, and shall not keep copies of the data. The Contractor shall configure user accounts with individual passwords and keep the server software patched.
P:10.3 The Contractor shall inform the Client within forty-eight (48) hours of any incident affecting the data, shall restore the data from backup and shall be liable for losses caused by incidents attributable to it, in accordance with Law No. 22/11 on the Protection of Personal Data.
H:Clause 11 - Confidentiality
P:The Contractor shall keep confidential all information about the Client's processes, recipes, volumes and buyers obtained in performing this Contract and shall not disclose it to third parties without the Client's written consent, during the Contract and for three (3) years after it ends.
H:Clause 12 - Intellectual Property
P:The software remains the property of its publisher; the Client receives a perpetual licence. The dashboards, alarm settings and report templates prepared for the Client belong to the Client, who may use and modify them freely.
H:Clause 13 - Subcontracting
P:The Contractor may not subcontract any part of the works without the Client's prior written consent and remains responsible for any approved subcontractor.
H:Clause 14 - Termination
P:Either party may terminate this Contract by written notice if the other party fails to perform a material obligation and does not remedy it within twenty (20) days of being notified in writing. The Client may also terminate if the penalties under Clause 5.2 reach their maximum.
H:Clause 15 - Force Majeure
P:Neither party is liable for delays caused by events beyond its control, such as floods, impassable roads, strikes or acts of the authorities, provided the other party is informed within seven (7) days.
H:Clause 16 - Governing Law and Jurisdiction
P:This Contract is governed by the laws of the Republic of Angola. Disputes that cannot be settled amicably within thirty (30) days shall be submitted to the Luanda District Court (Tribunal da Comarca de Luanda), with express waiver of any other jurisdiction.
H:Clause 17 - Final Provisions
P:This Contract enters into force on the date of signature. Amendments are valid only in writing signed by both parties. Made in Luanda, in two copies of equal value.
P:The Contractor: ______________________    The Client: ______________________
"""

SOURCES = {"h79z01": H79Z01, "h79z04": H79Z04, "h79e01": H79E01, "h79e03": H79E03}
TARGETS = {"h79z01": ("h79z01_provincial_geological_survey_hazard_monitoring_integration.docx", "docx"),
           "h79z04": ("h79z04_county_library_federation_platform_om_service.pdf", "pdf"),
           "h79e01": ("h79e01_vanilla_exporter_bean_grading_licence_support.pdf", "pdf"),
           "h79e03": ("h79e03_coffee_washing_station_fermentation_sensors_supply.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
