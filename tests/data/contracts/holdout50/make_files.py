"""Builds the two .docx and two .pdf contracts of holdout50 from the sources below, with ../word_pdf.py.

Run with /work/main/.venv/bin/python make_files.py. Markup (word_pdf.py): T: title, H: heading, P: paragraph,
TB: table row (cells split by |). The PDFs are broken into lines at word boundaries (wrap_words=True).
The .txt and .md contracts of this folder are written by hand and are not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H50Z01 = """
T:省教育考试院考务管理系统集成项目合同
P:合同编号：JYKSY-2025-XM-017
P:甲方（采购人）：云岭省教育考试院
P:乙方（供应商）：华衡智联信息技术有限公司
P:根据《中华人民共和国民法典》及有关法律法规，经公开招标（招标编号：YLZC-2025-0231），甲乙双方在平等、自愿的基础上，就甲方考务管理系统集成项目（以下简称"本项目"）的建设事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责本项目考务管理平台的软硬件供货、定制开发、系统集成、安装调试、试运行、培训及质保期内的维护服务，使系统满足甲方在各类国家教育考试和省级考试中报名数据管理、考场编排、试卷流转追溯、考点视频巡查对接和成绩数据处理的需要。
P:1.2 系统部署在甲方数据中心，与国家教育考试网上巡查系统、甲方现有考生报名系统及标准化考点身份核验系统对接。详细技术要求以招标文件、乙方投标文件及双方确认的《需求规格说明书》为准。
P:1.3 全省120个标准化考点的身份核验终端由乙方负责运抵各考点，并完成安装调试和考点人员操作培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰柒拾玖万元整（¥3,790,000.00），含税，为固定总价，包括设备、软件、开发、集成、运输、保险、安装、培训及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|应用服务器|6台|86,000|516,000
TB:2|数据库服务器|2台|158,000|316,000
TB:3|分布式存储系统|1套|428,000|428,000
TB:4|考点身份核验终端|120台|6,800|816,000
TB:5|下一代防火墙（含入侵防御）|2台|95,000|190,000
TB:6|考务管理平台软件许可（永久）|1套|680,000|680,000
TB:|软硬件小计|||2,946,000
TB:7|定制开发（考场编排、试卷流转追溯、巡查系统接口）|1项|572,000|572,000
TB:8|系统集成及安装调试|1项|236,000|236,000
TB:9|培训|1项|36,000|36,000
TB:|合计|||3,790,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方提交等额银行预付款保函后，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货、安装调试完成并通过初验后，甲方支付合同总价的40%。到货签收及初验均不代表最终验收。
P:3.3 系统通过终验后，甲方支付合同总价的35%。
P:3.4 合同总价的5%作为质量保证金，质保期满且乙方无未履行的质保义务的，甲方一次性无息支付。
P:3.5 乙方应在甲方每次付款前开具等额合法的增值税专用发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后45日内完成全部设备到货，75日内完成安装调试并具备初验条件。
P:4.2 系统应在下一年度全省普通高考报名工作开始前上线试运行。乙方应按周向甲方报送项目进度，重大风险应立即书面报告。
P:4.3 乙方项目经理及核心开发人员应与投标文件一致，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验：设备到货后由甲方按装箱单、技术参数进行到货检验；安装调试完成后进行功能测试，全部功能点应符合《需求规格说明书》。
P:5.2 终验条件：（1）系统连续试运行不少于60日，并完整支撑一次全省性考试的报名、编排和考务数据处理，期间未发生一级故障；（2）考场编排结果经甲方抽查比对无差错；（3）在5,000个并发用户压力下主要页面响应时间不超过3秒；（4）通过第三方机构的网络安全等级保护三级测评；（5）乙方已移交全部文档、源代码及配置资料。
P:5.3 甲方应在收到乙方书面终验申请后15个工作日内组织终验并出具验收报告。系统上线、试运行或甲方使用系统均不视为验收合格。验收不合格的，乙方应在10日内整改并重新申请验收。
H:第六条 质保与运维服务
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级及技术支持，并在每次全省性考试前安排工程师现场保障。
P:6.2 质保期内乙方按下表响应和处理故障：
TB:故障级别|情形|响应时间|到场时间|恢复时间
TB:一级|考试期间系统中断、考生数据错误或试卷流转信息丢失|15分钟|2小时|3小时
TB:二级|主要功能不可用但有替代手段|30分钟|6小时|24小时
TB:三级|一般功能缺陷或使用咨询|2小时|按需|5个工作日
P:6.3 乙方响应、到场或恢复超过上表时限的，每超时一次扣减质量保证金2,000元；考试期间一级故障恢复超时的，每超过1小时另扣5,000元。质量保证金不足扣减的，甲方可从应付款中扣除。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，双方另行签订维护合同，年度维护费不超过软硬件小计的8%，即每年不超过人民币235,680元，三年内不得上调。维护合同到期不自动续期。
H:第七条 知识产权
P:7.1 考务管理平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发形成的考场编排模块、试卷流转追溯模块、巡查系统接口程序及相关文档，其知识产权由甲乙双方共同所有。甲方可在本单位内部使用；任何一方向第三方许可、转让，或修改后向第三方提供，均须事先取得对方书面同意。
P:7.3 乙方保证其提供的软硬件不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的考生个人信息、报名数据、考场编排数据及成绩数据均属于甲方，乙方仅可为履行本合同在甲方授权范围内接触，不得复制、留存或用于任何其他目的。
P:8.2 乙方人员须通过甲方堡垒机在现场运维，不得远程接入；乙方应落实网络安全等级保护三级要求，采取访问控制、操作审计等安全措施。设备维修需带离现场的，存储介质须留在甲方或在甲方监督下销毁。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、考务信息及其他未公开信息负有保密义务。涉及国家教育考试试题、答案等国家秘密的，乙方人员不得接触；确需进入考务场所的，须事先签署保密承诺书并接受甲方管理。
P:9.2 保密义务不因本合同终止而解除。
H:第十条 分包
P:10.1 乙方不得转包本项目。
P:10.2 考点身份核验终端的安装调试、综合布线等非主体工作，乙方可分包给具备相应能力的单位完成，但应于分包前书面告知甲方，并对分包工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方提供的设备或软件不符合合同约定的，应无偿更换或整改，并赔偿甲方由此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或出现严重违约经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、支付违约金及赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及《需求规格说明书》为本合同的组成部分。
P:14.2 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:甲方（盖章）：云岭省教育考试院　　　乙方（盖章）：华衡智联信息技术有限公司
P:签订日期：2025年　月　日
"""

H50Z02 = """
T:燃气泄漏报警装置采购及维保合同
P:合同编号：JCRQ-WZ-2025-036
P:甲方（买方）：江川市燃气有限公司
P:乙方（卖方）：安讯达安全技术股份有限公司
P:为推进居民及工商业用户燃气安全装置的安装工作，甲方通过公开招标确定乙方为燃气泄漏报警装置供应商。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应家用可燃气体探测器、紧急切断电磁阀、工商业可燃气体报警控制器及点型可燃气体探测器，负责居民用户和工商业场所的安装调试、与甲方智慧燃气监管平台的数据对接，并提供培训、质保期内服务及质保期满后的维保服务。
P:（二）设备应符合国家现行标准及招标文件的技术要求，具备有效的消防产品认证；工商业场所使用的设备应具备防爆合格证。
P:（三）家用探测器采用NB-IoT通信方式，报警信息应在10秒内上传至甲方平台，探测器单价含三年物联网卡流量费。探测器报警时应联动关闭紧急切断电磁阀。
P:（四）家用探测器的设计使用寿命不少于五年，应具备传感器失效自检、低电量提示及到期更换提示功能。
H:二、合同价款
P:（一）本合同总价为人民币柒佰叁拾伍万贰仟捌佰元整（¥7,352,800），为含税固定总价，明细如下：
P:1. 家用可燃气体探测器（NB-IoT）12,000台，单价268元，计3,216,000元；
P:2. 紧急切断电磁阀12,000套，单价145元，计1,740,000元；
P:3. 工商业可燃气体报警控制器360套，单价2,950元，计1,062,000元；
P:4. 工商业点型可燃气体探测器1,440只，单价420元，计604,800元；
P:以上设备小计6,622,800元。
P:5. 居民用户安装调试12,000户，单价38元，计456,000元；
P:6. 工商业用户安装调试360户，单价300元，计108,000元；
P:7. 平台数据对接开发148,000元；
P:8. 培训18,000元。
P:（二）合同总价包含设备、运输、保险、安装、调试、对接、培训、税费及质保期内的全部服务费用。质保期满后的维保费用按本合同“六、质保及维保”第（四）项的约定另行计付。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并安装完成后，甲方支付合同总价的50%。到货签收及安装完成均不代表验收合格。
P:（三）项目终验合格后，甲方支付合同总价的35%。
P:（四）合同总价的5%作为质量保证金，质保期满后无质量问题的，甲方一次性无息支付。
P:（五）乙方每次请款前应开具等额增值税专用发票。
H:四、交货与安装
P:（一）合同生效后30日内首批交付家用设备4,000套，其余设备在90日内全部交付；全部安装工作在合同生效后150日内完成。
P:（二）入户安装由乙方专业人员完成。乙方应会同甲方客户服务中心提前与用户预约，安装人员应佩戴甲方核发的工作证件，安装完成后由用户在安装单上签字确认。
P:（三）乙方应按甲方要求在平台中逐户登记设备编号、安装位置及用户信息，确保设备与用户一一对应。
P:（四）安装质量：探测器的安装位置和高度应符合国家标准及甲方安装规范，电磁阀安装后应逐户进行气密性检测并做好记录；安装过程中不得损坏用户财物，造成损坏的由乙方负责赔偿。
P:（五）运输包装：乙方负责将设备运至甲方指定仓库，包装应满足防潮、防震要求；每批到货应附产品合格证、出厂检验报告及装箱单。
H:五、验收
P:（一）到货检验：甲方按批次抽检，抽检数量不少于每批的3%，检验报警动作值、切断阀关闭时间及外观配置；抽检不合格的，该批次由乙方全部退换。
P:（二）终验：全部设备安装完成并连续运行30日后，甲方组织终验。终验标准为：1. 全部设备已在甲方平台注册并正常上报数据；2. 按5%比例现场抽测，报警及联动切断功能全部正常；3. 报警信息上传平台的时间不超过10秒；4. 乙方已提交安装档案、用户签收单及竣工资料。
P:（三）终验前，乙方应配合甲方对不少于100户居民用户进行回访，回访中发现的安装问题应在终验前整改完毕。
P:（四）设备安装使用不视为验收合格。终验合格后由双方签署验收报告。
H:六、质保及维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内设备出现质量问题的，乙方免费维修或更换，更换的设备重新计算质保期。
P:（二）质保期内故障处理：一级故障（探测器不报警、误报警导致切断阀误动作、平台无法接收报警信息）乙方应在接到报修后2小时内响应，24小时内修复或更换；二级故障（单台设备离线、电池电量低等）8小时内响应，72小时内处理完毕。乙方超过上述时限的，每超时一小时，甲方可从质量保证金中扣减500元。
P:（三）质保期内，乙方每季度向甲方提交设备运行分析报告，内容包括设备离线率、报警次数、故障统计及处理情况，并为甲方客服及维修人员提供不少于3期的技术培训。
P:（四）质保期满后，乙方继续为全部设备提供维保服务，内容包括配合甲方年度入户安检、探测器标定、故障维修及备件更换。维保服务期为三年，年度维保费按设备小计的28%计取，即每年人民币1,854,384元，三年内价格不变，每半年支付一次。维保服务期满后，双方可协商续签，年度价格调整幅度不超过3%。
H:七、知识产权
P:（一）乙方保证所供设备及其嵌入式软件不侵犯第三方知识产权，否则由乙方承担全部责任。
P:（二）平台数据对接开发形成的接口程序及文档归甲方所有，乙方应向甲方交付源代码。
P:（三）乙方应向甲方提供设备通信协议及平台对接所需的技术资料，并保证在设备使用寿命期内持续提供协议支持。
H:八、用户信息
P:设备上传的报警数据、运行数据，以及安装过程中获取的用户姓名、地址和联系方式，均归甲方所有。乙方仅可为履行本合同使用上述信息，不得用于其他目的。
H:九、保密
P:乙方对履行本合同过程中知悉的甲方管网资料、用户分布、经营数据等商业秘密负有保密义务，未经甲方书面同意不得向第三方披露。保密期限至本合同终止后三年。
H:十、分包
P:乙方不得将本合同项下的任何工作转包。入户安装工作确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）设备质量不符合约定的，乙方应负责退换并承担由此产生的全部费用；因设备质量问题导致燃气安全事故的，乙方承担相应的赔偿责任。
P:（三）乙方安装人员在入户过程中与用户发生纠纷或引起用户投诉的，乙方应在24小时内妥善处理；经核实属乙方责任的，每起扣减质量保证金300元。
P:（四）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、合同解除
P:乙方逾期交货超过30日，或严重违约经甲方书面通知后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、其他
P:（一）招标文件、乙方投标文件及中标通知书为本合同的组成部分。
P:（二）合同履行期间，双方联系人及联系方式发生变化的，应及时书面通知对方。
P:（三）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江川市燃气有限公司　　　乙方（盖章）：安讯达安全技术股份有限公司
P:签订日期：2025年　月　日
"""

H50E02 = """
T:SUPPLY, LICENCE AND SUPPORT AGREEMENT
P:Conveyor Belt Condition Monitoring System - Qingluan Copper Mine
P:Agreement No. ABM-CN-2025-007
P:In Santiago, Chile, and Dexing, Jiangxi, People's Republic of China, on ______ 2025, between ANDES BELT MONITORING SpA, Chilean tax identification (RUT) No. 76.543.210-8, represented by Mr. Rodrigo Fuentes Araya, Chilean, mining engineer, both domiciled for these purposes at Avenida Apoquindo 4501, office 1202, Las Condes, Santiago, hereinafter "the Supplier"; and QINGLUAN COPPER INDUSTRY CO., LTD., a company incorporated in the People's Republic of China, operator of the Qingluan open-pit copper mine and concentrator, represented by its legal representative, domiciled in Dexing, Jiangxi Province, hereinafter "the Purchaser"; the following Supply, Licence and Support Agreement has been agreed.
H:CLAUSE 1. BACKGROUND AND OBJECT
P:1.1 The Purchaser operates six steel-cord overland and plant conveyors that carry run-of-mine ore from the primary crushers to the concentrator. Belt failures have caused unplanned stoppages, and the Purchaser wishes to monitor the condition of the belts continuously.
P:1.2 By this Agreement the Supplier undertakes to supply, supervise the installation of and commission a belt condition monitoring system for the six conveyors, to license the BeltVision monitoring software, to integrate the system with the Purchaser's distributed control system (DCS), to train the Purchaser's personnel, and to support the system as set out below.
P:1.3 The technical specification (Annex 1), the site installation plan (Annex 2) and the acceptance test procedure (Annex 3) form part of this Agreement.
H:CLAUSE 2. PRICE
P:2.1 The price of the Agreement is the fixed sum of CNY 4,423,000 (four million four hundred twenty-three thousand Renminbi), including VAT, packing, transport CIP mine site (Incoterms 2020), insurance, import duties and the travel and living expenses of the Supplier's personnel. It is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|CordScan MX steel-cord belt scanner (magnetic sensor head, signal processor, mounting frame)|6|486,000|2,916,000
TB:2|RipGuard inductive rip-detection kit (embedded loops and detector, per belt)|6|64,500|387,000
TB:3|Industrial edge server, rack-mounted|2|78,000|156,000
TB:4|BeltVision monitoring software, perpetual site licence|1|520,000|520,000
TB:|Equipment and Licence Subtotal|||3,979,000
TB:5|Installation supervision and Commissioning|1|264,000|264,000
TB:6|Integration with the mine DCS via OPC UA|1|138,000|138,000
TB:7|Training of operators and maintenance staff|1|42,000|42,000
TB:|Contract Price|||4,423,000
H:CLAUSE 3. PAYMENT
P:3.1 The Purchaser shall pay the Contract Price as follows: (a) forty per cent (40%), CNY 1,769,200, as an advance payment within fifteen (15) days from the signature of this Agreement, against the Supplier's invoice; (b) forty-seven per cent (47%), CNY 2,078,810, against presentation of the delivery documents for all Equipment at the mine site; and (c) thirteen per cent (13%), CNY 574,990, within thirty (30) days from the issue of the Final Acceptance Certificate.
P:3.2 Delivery of the Equipment and the corresponding payment do not constitute acceptance.
H:CLAUSE 4. DELIVERY AND COMMISSIONING
P:4.1 The Supplier shall deliver all Equipment to the mine site within one hundred and twenty (120) days from the receipt of the advance payment, and shall complete Commissioning of the six conveyors within sixty (60) days after delivery, provided that the Purchaser has given access to the conveyors during the planned shutdowns notified in Annex 2.
P:4.2 Mechanical installation is carried out by the Purchaser's maintenance crews under the supervision of the Supplier's field engineers.
P:4.3 If the Supplier fails to complete delivery or Commissioning within the periods in 4.1 for reasons attributable to it, it shall pay the Purchaser liquidated damages of zero point twenty-five per cent (0.25%) of the Contract Price for each complete week of delay, up to a maximum of five per cent (5%) of the Contract Price.
H:CLAUSE 5. ACCEPTANCE
P:5.1 After Commissioning, the Parties shall carry out the acceptance tests of Annex 3 on each conveyor. The tests are passed when: (a) the scanner detects all calibrated damage markers fixed to the belt (simulated cord breaks and splice displacements) in three consecutive passes; (b) the RipGuard system stops the conveyor within two (2) seconds after a simulated rip; (c) the belt condition data and alarms are available in the Purchaser's DCS through OPC UA; and (d) the system then operates for thirty (30) consecutive days without a Severity 1 fault.
P:5.2 When all six conveyors have passed the tests and the Supplier has delivered the as-built documentation and the training records, the Purchaser shall issue the Final Acceptance Certificate within ten (10) days, or notify the defects found. Installation, Commissioning or operational use of the system shall not constitute acceptance.
H:CLAUSE 6. WARRANTY
P:6.1 The Supplier warrants that the Equipment and the Software are free from defects in design, materials and workmanship and conform to Annex 1 for a period of six (6) months from the date of the Final Acceptance Certificate.
P:6.2 During the warranty period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, travel and freight.
H:CLAUSE 7. TECHNICAL SUPPORT AND SERVICE LEVELS
P:7.1 During the warranty period and any Support period, the Supplier shall handle faults according to the following table:
TB:Severity|Definition|Remote response|On-site attendance|Restoration
TB:1|Scanner or rip detection out of service on a conveyor in operation, or false rip trips stopping a conveyor|2 hours|48 hours|72 hours
TB:2|Degraded function, conveyor still protected|8 hours|5 days|10 days
TB:3|Minor defect or question|2 business days|as agreed|next release
P:7.2 If the Supplier exceeds the remote response time for a Severity 1 fault, it shall pay CNY 1,000 for each hour of delay; if it exceeds the restoration time, CNY 5,000 for each day of delay. These amounts shall be deducted from the Support fee or, during the warranty period, from the final payment.
P:7.3 After the warranty period the Supplier shall offer an Annual Support Agreement covering remote and on-site support, spare parts for the scanners at cost plus freight, software updates and an annual calibration visit. The annual Support fee is ten point five per cent (10.5%) of the Equipment and Licence Subtotal, that is CNY 417,795 per year, fixed for the first five years after the warranty period. The Annual Support Agreement is renewed each year only by written order of the Purchaser.
P:7.4 The Supplier's service partner in China, Jiangxi Kuangtong Mining Equipment Service Co., Ltd., provides on-site attendance on behalf of the Supplier.
H:CLAUSE 8. SOFTWARE LICENCE AND INTELLECTUAL PROPERTY
P:8.1 The Supplier grants the Purchaser a perpetual, non-exclusive licence to use the BeltVision software and the firmware of the Equipment at the Qingluan mine. The Supplier keeps the intellectual property in its standard products.
P:8.2 The OPC UA integration, the DCS tag mappings, the alarm configurations and the reports developed for the Purchaser under this Agreement belong to the Purchaser, which may use, modify and license them freely. The Supplier shall deliver their source files.
H:CLAUSE 9. DATA AND INFORMATION SECURITY
P:9.1 Belt condition data, images, alarm records and all operating data of the mine collected by the system belong to the Purchaser. The Supplier may use them only to perform this Agreement.
P:9.2 The Supplier may access the system remotely only through the Purchaser's VPN, for sessions approved in advance by the Purchaser's control-room supervisor, and all sessions shall be logged. No data shall be copied or transferred outside the mine's network.
P:9.3 The Supplier shall notify the Purchaser of any security incident affecting the system or its data within twenty-four (24) hours, take immediate measures to contain it and compensate the Purchaser for the damage caused by any breach of this Clause by the Supplier or its partner.
H:CLAUSE 10. CONFIDENTIALITY
P:The Parties shall keep confidential all technical and commercial information received from the other Party under this Agreement, including the mine's production figures and layout, and shall not disclose it to third parties without prior written consent. This obligation shall survive for five (5) years after the end of this Agreement.
H:CLAUSE 11. LIABILITY
P:The total liability of the Supplier under this Agreement shall not exceed one hundred and twenty per cent (120%) of the Contract Price. This limit does not apply to wilful misconduct, gross negligence, personal injury or breach of Clause 9.
H:CLAUSE 12. SUBCONTRACTING
P:The Supplier may not subcontract any part of this Agreement without the Purchaser's prior written consent, except for the service partner named in Clause 7.4, which the Purchaser approves by signing this Agreement. The Supplier remains responsible for its partner.
H:CLAUSE 13. TERMINATION
P:The Purchaser may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within thirty (30) days after written notice, or if the liquidated damages for delay reach their maximum. In that case the Supplier shall refund the payments received for the part not performed.
H:CLAUSE 14. FORCE MAJEURE
P:Neither Party is liable for delay caused by force majeure, including earthquakes, floods and government actions, provided that it notifies the other Party within seven (7) days. Strikes of the Supplier's own personnel are not force majeure.
H:CLAUSE 15. APPLICABLE LAW AND ARBITRATION
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be settled by arbitration at the China International Economic and Trade Arbitration Commission (CIETAC) in Beijing, in English, under its rules in force. The award shall be final and binding.
H:CLAUSE 16. COPIES
P:This Agreement is signed in two copies in English, one for each Party.
P:For the Supplier: ______________________ Rodrigo Fuentes Araya, General Manager
P:For the Purchaser: ______________________ Legal Representative
"""

H50E04 = """
T:Contract for the Licensing, Installation and Programming of the DomeControl Show-Control System
P:Contract No. KW-CN-2025-014
P:between
P:Xingyao Planetarium Management Co., Ltd., Room 1801, Tower B, Xixi Center, Hangzhou, People's Republic of China, operator of the Xingyao planetariums in Hangzhou, Ningbo, Hefei and Nanchang - hereinafter "Client" -
P:and
P:Kuppelwerk Systems GmbH, Loebstedter Strasse 78, 07749 Jena, Germany, registered with the Local Court of Jena under HRB 512345, represented by its managing directors - hereinafter "Contractor" -
H:Preamble
P:The Client is replacing the show-control systems of its four fulldome theatres. The Contractor develops and distributes DomeControl, a software system for the control of multi-channel dome projection, audio and lighting. Following the Client's invitation to tender of 10 February 2025 and the Contractor's offer of 12 March 2025, the parties agree as follows.
H:Article 1 Subject Matter of the Contract
P:(1) The Contractor shall grant the Client licences for DomeControl for four domes, install and calibrate the system in each dome, program the cue sequences of six shows, connect DomeControl to the Client's ticketing and booking system, and train the Client's staff.
P:(2) The following documents form part of this contract, in this order of precedence: this contract; Annex 1 Technical Specification; Annex 2 Price Schedule; Annex 3 Acceptance Test Procedure; the Contractor's offer of 12 March 2025.
P:(3) The Contractor's general terms and conditions do not apply, even if they are referred to in offers, delivery notes or invoices.
H:Article 2 Scope of Services
P:(1) Installation: the Contractor installs DomeControl on the media servers provided by the Client, connects projectors, audio and cove lighting, and performs geometric alignment and edge blending with its camera-based calibration kit.
P:(2) Show programming: the Contractor programs the cue sequences for the six shows listed in Annex 1, including timecode-synchronised audio, lighting and seat effects.
P:(3) Interface: the Contractor develops the interface between DomeControl and the Client's ticketing system, so that show schedules, seat occupancy and language versions are transferred automatically.
P:(4) Training: four days of operator training and two days of technical training in each city.
H:Article 3 Prices
P:(1) The total price is CNY 2,082,000 (two million eighty-two thousand Renminbi), fixed, including VAT, customs duties and the travel costs of the Contractor's personnel. It consists of:
P:DomeControl dome licences, perpetual, 4 x CNY 285,000 = CNY 1,140,000
P:Operator console licences, perpetual, 8 x CNY 22,500 = CNY 180,000
P:Licence subtotal: CNY 1,320,000
P:Installation and calibration, 4 domes x CNY 96,000 = CNY 384,000
P:Show programming (six shows): CNY 258,000
P:Ticketing interface: CNY 84,000
P:Training: CNY 36,000
P:(2) Additional work is remunerated only if ordered by the Client in writing beforehand.
H:Article 4 Terms of Payment
P:(1) 20 % of the total price (CNY 416,400) as a down payment within 14 days after signature, against an advance payment guarantee of a bank in the People's Republic of China.
P:(2) 45 % of the total price (CNY 936,900) after Provisional Acceptance of all four domes.
P:(3) 35 % of the total price (CNY 728,700) after Final Acceptance.
P:(4) Invoices are payable within 30 days of receipt.
H:Article 5 Schedule and Contractual Penalty
P:(1) Provisional Acceptance shall take place for Hangzhou by 31 July 2025, for Ningbo by 31 August 2025, for Hefei by 30 September 2025 and for Nanchang by 31 October 2025. Final Acceptance shall take place by 15 December 2025.
P:(2) If the Contractor fails to meet a date in paragraph (1) for reasons for which it is responsible, it shall pay a contractual penalty of 0.1 % of the total price for each calendar day of delay, limited to 5 % of the total price. The contractual penalty shall be credited against any further claim for damages caused by the delay.
H:Article 6 Acceptance
P:(1) After installation in each dome the parties carry out the tests of Annex 3. Provisional Acceptance of a dome is declared in a written acceptance protocol when: the geometric alignment error is not more than one pixel across all projector overlaps; the luminance deviation in the blend zones is not more than 3 %; all audio, lighting and projection channels stay synchronised to timecode within one frame; and each of the six shows runs three times without fault.
P:(2) Final Acceptance is declared in a written protocol when all four domes have passed Provisional Acceptance, the system has run for 14 days of public shows at all domes without a Priority A fault, the ticketing interface has transferred the schedules without error, and the Contractor has handed over the documentation and source code according to Article 9.
P:(3) Defects found at acceptance are recorded in the protocol and removed by the Contractor within a reasonable period set by the Client. Commissioning, the use of the system for public shows during trial operation, or payment shall not be deemed acceptance.
H:Article 7 Warranty for Defects and Fault Handling
P:(1) The warranty period for defects is 24 months from Final Acceptance. During this period the Contractor shall remedy all defects free of charge.
P:(2) Faults are handled as follows:
TB:Priority|Definition|Response|Restoration or workaround
TB:A|A show cannot start or must be stopped, or the dome image is lost|1 hour|6 hours
TB:B|Function impaired, shows can still run|8 hours|3 working days
TB:C|Other defects and questions|3 working days|next update
P:(3) If the Contractor exceeds the response time for a Priority A fault, it shall pay CNY 1,500 for each commenced hour of delay; for each public show cancelled because a Priority A fault was not restored within the restoration time, it shall pay CNY 6,000.
H:Article 8 Software Maintenance after the Warranty Period
P:(1) After the warranty period the Client may conclude a software maintenance agreement covering updates, remote support with the response times of Article 7 and one annual recalibration visit per dome.
P:(2) The annual maintenance fee is 11 % of the licence subtotal, that is CNY 145,200 per year. The fee is fixed for the first three years after the warranty period; afterwards it may be increased by not more than 3 % per year.
P:(3) The maintenance agreement runs for one year and is extended only by written order of the Client.
H:Article 9 Rights of Use and Intellectual Property
P:(1) The Contractor grants the Client a non-exclusive, perpetual and irrevocable licence to use DomeControl in the four domes. The licence may be transferred together with a planetarium.
P:(2) Title to and all intellectual property rights in the custom deliverables - the cue sequences of the six shows, the ticketing interface, the calibration data sets and the related documentation - pass to the Client upon their creation. Where a right cannot be transferred under applicable law, the Contractor grants the Client an exclusive, irrevocable, transferable and sublicensable right of use, unlimited in time, place and content, including the right to modify. The Contractor shall hand over the source code of the ticketing interface.
H:Article 10 Data Protection and Information Security
P:(1) Visitor, booking and ticketing data, and all show and operating data of the Client, belong to the Client. The Contractor processes them only to perform this contract and shall not use them for any other purpose.
P:(2) Remote maintenance is carried out only through a VPN access approved by the Client for each session; all sessions are logged. The Contractor shall not copy data of the Client or transfer it outside the People's Republic of China, and shall comply with the Personal Information Protection Law.
P:(3) The Contractor shall inform the Client of any security incident affecting data of the Client within 24 hours, take the necessary measures to contain it, and compensate the Client for any damage caused by its breach of this Article.
H:Article 11 Confidentiality
P:Both parties shall treat as confidential all business and technical information of the other party that they receive in connection with this contract, and shall use it only for the purposes of this contract. This obligation continues for five years after the end of the contract.
H:Article 12 Liability
P:The total liability of the Contractor under this contract is limited to 150 % of the total price. This limitation does not apply in case of intent or gross negligence, injury to life, body or health, or breach of Article 10.
H:Article 13 Subcontractors
P:The Contractor may use subcontractors only with the prior written consent of the Client. The Client hereby consents to the cabling work being carried out by Hangzhou Xingguang AV Engineering Co., Ltd. The Contractor is responsible for its subcontractors as for its own personnel.
H:Article 14 Termination for Good Cause
P:Either party may terminate this contract for good cause. Good cause for the Client exists in particular if the Contractor commits a material breach of contract and does not remedy it within a grace period of 20 days set in writing, or if the contractual penalty under Article 5 has reached its maximum.
H:Article 15 Applicable Law and Disputes
P:This contract is governed by the laws of the People's Republic of China, excluding the UN Convention on Contracts for the International Sale of Goods. All disputes shall be finally settled by the Shanghai International Arbitration Center in Shanghai under its rules, in English.
H:Article 16 Final Provisions
P:(1) Amendments and supplements to this contract must be made in writing.
P:(2) Should any provision of this contract be or become invalid, the validity of the remaining provisions shall not be affected. The parties shall replace the invalid provision by a valid one that comes closest to its economic purpose.
P:Jena / Hangzhou, ____________ 2025
P:For the Contractor: ______________________  For the Client: ______________________
"""

SOURCES = {"h50z01": H50Z01, "h50z02": H50Z02, "h50e02": H50E02, "h50e04": H50E04}
TARGETS = {"h50z01": ("h50z01_exam_authority_exam_management_integration.docx", "docx"),
           "h50z02": ("h50z02_city_gas_leak_alarm_supply_maintenance.pdf", "pdf"),
           "h50e02": ("h50e02_copper_mine_belt_scanners_cl_vendor.docx", "docx"),
           "h50e04": ("h50e04_planetarium_dome_control_licence_de_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
