"""Builds the .docx and .pdf contracts of holdout16 from the marked-up sources below.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the PDF the paragraphs are first broken into lines (word_pdf.prewrap: the width of word_pdf.visual_lines, 38 units,
CJK 1, other 0.5) at word boundaries, never inside an English word or a number, and without starting a line with
closing Chinese punctuation, the way a word processor would print them; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout16/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H16Z01 = """T:雁城银行数据中心主机房基础设施改造项目合同
P:合同编号：YCB-JF-2026-0418
P:甲方（采购人）：雁城银行股份有限公司
P:乙方（供应商）：湖南致远数能科技有限公司
P:甲方就"数据中心主机房UPS及精密空调改造项目"组织竞争性磋商，乙方为成交供应商。为明确双方权利义务，依据《中华人民共和国民法典》等法律法规，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责甲方总行数据中心一号主机房供配电及制冷系统改造，包括：拆除原有2台300kVA工频UPS及6台房间级精密空调；新建2台500kVA模块化UPS（N+1冗余配置）及配套蓄电池组；新建10台列间精密空调并实施冷通道封闭；更换精密配电柜及列头柜；新建动力环境监控系统并接入甲方现有运维监控平台。
P:1.2 改造须在机房不停机的前提下分区、分批实施。乙方应提交经甲方审定的《施工组织方案》《割接方案》及《应急回退预案》，每次割接均须在甲方指定的夜间窗口进行，并由甲方运维人员现场确认。
H:第二条 合同价款
P:2.1 合同价款明细如下：
TB:序号|设备或服务名称|数量|单价（元）|金额（元）
TB:1|模块化UPS（500kVA，N+1冗余，含旁路柜）|2台|486,000|972,000
TB:2|阀控式铅酸蓄电池组（含电池柜，满载后备30分钟）|4组|138,000|552,000
TB:3|列间精密空调（40kW，EC风机，变频压缩机）|10台|96,500|965,000
TB:4|精密配电柜及列头柜|8台|42,000|336,000
TB:5|动力环境监控系统（含传感器及监控软件）|1套|268,000|268,000
TB:|设备价款小计|||3,093,000
TB:6|拆旧、安装、线缆及冷媒管路施工|1项|517,000|517,000
TB:7|深化设计、调试及培训|1项|96,000|96,000
TB:|合同总价|||3,706,000
P:2.2 合同总价为人民币叁佰柒拾万零陆仟元整（¥3,706,000.00），为含税价，包括设备、运输、保险、拆旧、安装、调试、培训及质保期内服务的全部费用。除甲方书面确认的设计变更外，合同总价不作调整。
H:第三条 付款方式
P:3.1 本合同不设预付款。
P:3.2 全部设备到货，经双方开箱清点、核对型号数量并签署《到货签收单》后20个工作日内，甲方支付合同总价的50%，即人民币壹佰捌拾伍万叁仟元整（¥1,853,000.00）。到货签收仅确认数量及外观，不构成质量验收。
P:3.3 安装调试完成并通过初验后20个工作日内，甲方支付合同总价的20%，即人民币柒拾肆万壹仟贰佰元整（¥741,200.00）。
P:3.4 终验合格并签署《终验报告》后20个工作日内，甲方支付合同总价的30%，即人民币壹佰壹拾壹万壹仟捌佰元整（¥1,111,800.00）。
P:3.5 乙方应在合同签订后10个工作日内向甲方提交金额为合同总价5%的银行履约保函，有效期至终验合格后30日。
P:3.6 每笔付款前，乙方应向甲方开具等额合法发票。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方指定地点，90日内完成全部安装、割接及调试。
P:4.2 因甲方原因或不可抗力导致工期延误的，工期相应顺延；其他原因导致的延误由乙方承担责任。
H:第五条 验收
P:5.1 初验：安装调试完成后，乙方按照磋商文件技术规范及下列指标进行测试，甲方派员见证：（1）UPS满载运行及N+1冗余切换测试，切换过程中输出不间断；（2）蓄电池组以实际负载放电，后备时间不少于30分钟；（3）冷通道进风温度稳定在18℃至27℃，相对湿度40%至60%；（4）动环监控系统对市电中断、UPS告警、漏水、温湿度越限等事件的告警准确送达；（5）全系统连续72小时运行无故障。全部通过后由甲方出具《初验报告》。
P:5.2 终验：初验后系统试运行30日，期间未发生一级故障且遗留问题全部整改完毕的，甲方组织终验并签署《终验报告》。
P:5.3 设备到货签收、安装完成或甲方在试运行期间使用，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交验收，所需费用由乙方承担。
H:第六条 质量保证与维保服务
P:6.1 全部设备的免费质保期为三年，自终验合格之日起计算。质保期内乙方负责免费维修、更换故障部件（含蓄电池），每季度上门巡检一次，每年进行一次蓄电池核对性放电测试。
P:6.2 故障响应要求如下表：
TB:故障级别|情形|响应时间|到场时间|修复时限
TB:一级|UPS输出中断或转旁路运行、两台及以上空调停机、机房温度超限|15分钟|2小时|8小时
TB:二级|单台空调或单个功率模块故障、蓄电池告警|1小时|6小时|24小时
TB:三级|监控误报、一般咨询|8小时|次一工作日|3个工作日
P:6.3 乙方未在上表时限内响应、到场或修复的，每超时1小时，甲方有权扣收服务违约金人民币1,500元，可从应付款或履约保函中直接扣除。
P:6.4 质保期满后，甲方可与乙方续签年度维保合同。年度维保费不超过设备价款小计的5%（即每年不超过人民币壹拾伍万肆仟陆佰伍拾元），质保期满后三年内不上调，服务内容不低于本条6.1至6.3款的标准。
H:第七条 违约责任
P:7.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，应按合同总价的千分之一向甲方支付违约金；逾期违约金累计不超过合同总价的10%。逾期超过30日的，甲方有权解除合同。
P:7.2 施工过程中因乙方原因造成甲方机房供电或制冷中断、设备损坏的，乙方应赔偿甲方由此遭受的全部损失。
P:7.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第八条 数据与机房安全
P:8.1 乙方人员进入甲方机房须提前报备，经登记并由甲方人员陪同，遵守甲方机房管理制度，不得接触、操作与本项目无关的服务器、存储、网络设备及存储介质。
P:8.2 动力环境监控系统采集的运行数据，以及机房平面布局、配电系统图和设备资产信息等，均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.3 质保期内的远程诊断须经甲方审批，并通过甲方堡垒机进行，操作全程录像留痕。
P:8.4 因乙方或其人员原因导致甲方数据泄露、系统被入侵或机房安全事件的，乙方应在发现后2小时内报告甲方，配合调查处置，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方机房位置、网络架构、安全管理制度及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。本条不因合同终止而失效。
H:第十条 知识产权
P:10.1 乙方为本项目编制的深化设计图纸、施工方案、竣工资料、监控系统配置及相关文档，知识产权归甲方所有。
P:10.2 乙方保证所供设备及软件不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第十一条 分包
P:乙方不得转包本项目。确需将管路敷设、线缆施工等非主体工作分包的，须事先取得甲方书面同意，并对分包单位的行为承担连带责任。
H:第十二条 合同解除
P:乙方严重违反本合同约定，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方住所地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:本合同一式肆份，双方各执贰份，经双方法定代表人或授权代表签字并加盖公章后生效。附件：磋商文件技术规范、乙方响应文件、《施工组织方案》。
P:甲方（盖章）：雁城银行股份有限公司          乙方（盖章）：湖南致远数能科技有限公司
P:签订日期：2026年  月  日
"""

H16Z03 = """T:东平市第一人民医院视频会议及远程会诊系统采购合同
P:合同编号：DPYY-SB-2026-052
P:甲方（买方）：东平市第一人民医院
P:乙方（卖方）：深圳视联通信技术有限公司
P:根据甲方"视频会议及远程会诊系统采购项目"公开招标结果，乙方为中标人。依据《中华人民共和国民法典》及招标文件、投标文件，双方经协商一致，签订本合同。
H:第一条 采购内容
P:1.1 乙方为甲方院本部及东院区、南院区共18间会议室及会诊室建设高清视频会议系统，满足远程会诊、多学科会诊（MDT）、院务会议和教学直播的需要，并与甲方现有远程医疗平台互联互通。
P:1.2 乙方负责设备供货、安装、布线、调试、与甲方内网及远程医疗平台的对接、会议管理平台部署及操作培训。
H:第二条 合同价款
P:2.1 合同价款明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|多点控制单元MCU（64方1080P）|1台|386,000|386,000
TB:2|高清会议终端（含4K摄像机）|18套|42,000|756,000
TB:3|阵列麦克风及音频处理器|18套|9,800|176,400
TB:4|录播服务器及存储（100TB）|1套|218,000|218,000
TB:5|会议管理平台软件（含100路桌面端许可）|1套|165,000|165,000
TB:|设备及软件小计|||1,701,400
TB:6|安装调试、布线及培训|1项|88,600|88,600
TB:|合同总价|||1,790,000
P:2.2 合同总价为人民币壹佰柒拾玖万元整（¥1,790,000.00），为含税价，包括设备、软件许可、运输、安装、调试、培训及质保期内的服务费用。
H:第三条 交货与安装
P:3.1 乙方应于合同签订后30日内将全部设备运至甲方指定地点，交货后20日内完成安装调试。
P:3.2 安装施工应避开门诊高峰时段，遵守甲方院感及消防管理规定。
H:第四条 付款方式
P:4.1 本合同无预付款。
P:4.2 全部设备到货，经双方清点并签署到货签收单后15个工作日内，甲方支付合同总价的60%，即人民币壹佰零柒万肆仟元（¥1,074,000.00）。
P:4.3 系统终验合格后15个工作日内，甲方支付合同总价的40%，即人民币柒拾壹万陆仟元（¥716,000.00）。
H:第五条 验收
P:5.1 安装调试完成后，乙方提交测试方案，双方依据招标技术参数进行测试，主要指标：MCU支持不少于64方1080P/60帧会议并支持双流；网络丢包率5%时图像声音连续无明显卡顿；端到端时延不超过200毫秒；与远程医疗平台及甲方会诊工作站互通正常；录播服务器可对全部会议同时录制并按权限点播。
P:5.2 测试通过后系统连续运行15日无故障的，甲方组织终验并签署终验报告。
P:5.3 设备到货签收及安装完成不视为验收合格。终验不合格的，乙方应在10日内整改后重新验收。
H:第六条 质量保证
P:6.1 全部设备及软件提供原厂质保三年，自终验合格之日起计算。质保期内乙方免费提供维修、备件更换、软件升级及7×24小时技术支持。
P:6.2 故障响应：一级故障（MCU故障、主会场中断或远程会诊无法进行），乙方30分钟内响应，2小时内到场，8小时内修复或提供备用设备；二级故障（单个会议室终端或音频设备故障），2小时内响应，次日到场处理；其他问题1个工作日内答复。
P:6.3 质保期满后，乙方提供原厂维保服务，年度维保服务费为设备及软件小计的20%，即每年人民币叁拾肆万零贰佰捌拾元（¥340,280.00），质保期满后三年内不作调整。
H:第七条 违约责任
P:7.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，应向甲方支付违约金人民币2,000元。逾期超过30日的，甲方有权解除合同。
P:7.2 乙方所供设备与合同约定不符的，乙方应负责更换，并赔偿甲方因此遭受的损失。
H:第八条 数据安全与患者隐私
P:8.1 会议及会诊过程中产生的音视频、录像、会诊资料以及其中涉及的患者个人信息和病历信息均属于甲方，乙方不得以任何方式调取、复制、留存或使用。
P:8.2 录播服务器及会议管理平台部署在甲方内网，乙方远程维护须经甲方信息科书面批准，并在甲方监督下通过堡垒机进行，全程记录。
P:8.3 发生数据泄露或安全事件的，乙方应立即采取补救措施并在2小时内通知甲方；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:乙方对在履行合同过程中知悉的甲方医疗信息、患者隐私、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为甲方编制的会议室设计方案、设备配置文件及技术文档归甲方所有。
P:10.2 乙方保证所供设备及软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十一条 分包
P:未经甲方书面同意，乙方不得将本合同的任何部分分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交东平仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式陆份，甲方执肆份，乙方执贰份，自双方签字盖章之日起生效。
P:甲方（盖章）：东平市第一人民医院          乙方（盖章）：深圳视联通信技术有限公司
P:日期：2026年  月  日
"""

H16E01 = """T:SUPPLY AND SERVICE AGREEMENT - END-USER COMPUTING DEVICES
P:Agreement No.: NHB-SH-PROC-2026-117
P:Buyer: Nordhaven Bank AG Shanghai Branch, the Shanghai branch of a bank incorporated in Germany (the "Buyer")
P:Supplier: Shanghai Hengtong Digital Technology Co., Ltd., an authorised reseller and service partner of the device manufacturer (the "Supplier")
P:Following the Buyer's request for quotation RFQ-EUC-2026-03, the parties agree as follows.
H:Article 1 Scope
P:1.1 The Supplier shall supply the laptops, desktop computers, monitors and docking stations listed in Schedule 1 (the "Equipment"), prepare them with the Buyer's standard image, deploy them to users at the Buyer's Shanghai, Beijing and Guangzhou offices, migrate user data from the old devices, and collect and securely dispose of the 460 replaced devices.
P:1.2 The Supplier shall provide on-site warranty service for all Equipment for three years as set out in Article 6.
H:Article 2 Contract Price
P:2.1 Schedule 1 - Price List
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Business laptop, 14-inch, Core i7, 32 GB RAM, 1 TB SSD, TPM 2.0|320|8,450|2,704,000
TB:2|Desktop PC, small form factor, Core i5, 16 GB RAM, 512 GB SSD|140|5,980|837,200
TB:3|24-inch monitor|140|1,260|176,400
TB:4|USB-C docking station|320|980|313,600
TB:|Hardware Subtotal|||4,031,200
TB:5|Imaging, asset tagging, deployment and user data migration|460 devices|180|82,800
TB:6|Collection of old devices with certified data erasure and disposal|1 lot|46,000|46,000
TB:|Contract Price|||4,160,000
P:2.2 The Contract Price of CNY 4,160,000 (inclusive of 13% VAT) is fixed and covers the Equipment, delivery, insurance, imaging, deployment, migration, disposal and the three-year warranty service.
H:Article 3 Delivery and Deployment
P:3.1 The Supplier shall deliver all Equipment within thirty (30) days and complete deployment at all three offices within sixty (60) days after the signing of this Agreement.
P:3.2 Deployment shall follow the rollout plan agreed with the Buyer's IT department, outside business hours for trading and branch-counter staff.
H:Article 4 Payment
P:4.1 No advance payment is made under this Agreement.
P:4.2 70% of the Contract Price (CNY 2,912,000) is payable within thirty (30) days after the parties sign the Delivery Inspection Certificate for all Equipment. The Delivery Inspection Certificate confirms quantities and visible condition only and is not acceptance.
P:4.3 30% of the Contract Price (CNY 1,248,000) is payable within thirty (30) days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 Before rollout, the Supplier shall prepare twenty (20) pilot devices with the Buyer's standard image, BIOS settings and full-disk encryption. The pilot is accepted when the Buyer's IT department confirms in writing that all items of the Buyer's device checklist are met.
P:5.2 Final Acceptance takes place when all devices are deployed, user data migration has been confirmed by each user, the asset register has been handed over, and the failure rate during the first ten (10) business days after deployment is below 1%. The Buyer then signs the Final Acceptance Certificate.
P:5.3 Delivery, unpacking, installation or use of the Equipment does not constitute acceptance.
H:Article 6 Warranty and Service Levels
P:6.1 The Supplier warrants all Equipment for thirty-six (36) months from Final Acceptance, including parts, labour, on-site service at the three offices and accidental-damage cover. Failed storage drives are retained by the Buyer and replaced free of charge.
P:6.2 Service levels:
TB:Priority|Definition|Response|On-site|Fix or swap
TB:P1|device of a dealing-room or branch-counter user, or 10 or more devices affected|1 hour|3 hours|same business day
TB:P2|single device of any other user unusable|2 hours|next business day|2 business days
TB:P3|degraded function, accessories, questions|8 business hours|as agreed|5 business days
P:6.3 For each hour by which the Supplier misses a P1 response or on-site time, the Buyer may deduct CNY 500 per affected device; for each day by which a fix or swap time is exceeded, CNY 300 per device.
P:6.4 After the warranty, the Buyer may extend the service for up to twenty-four (24) months at an annual fee not exceeding 5.5% of the Hardware Subtotal (CNY 221,716 per year), fixed for the whole extension.
H:Article 7 Delay
P:If the Supplier fails to complete delivery or deployment by the dates in Article 3, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds thirty (30) days, the Buyer may terminate this Agreement.
H:Article 8 Data Protection and Security
P:8.1 All data stored on the Equipment and on the replaced devices belongs to the Buyer. The Supplier and its engineers shall not access, copy or use such data for any purpose other than the user data migration instructed by the Buyer.
P:8.2 Data migration is performed only with the Buyer's migration tool on the Buyer's premises. Old devices are erased in accordance with NIST SP 800-88 before leaving the Buyer's premises, and the Supplier delivers an erasure certificate for each serial number.
P:8.3 The Supplier shall report any loss of a device or any unauthorised access to Buyer data within two (2) hours and shall compensate the Buyer for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:The Supplier shall keep confidential all information of the Buyer and its customers obtained under this Agreement and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination.
H:Article 10 Intellectual Property
P:The standard image build documentation, deployment scripts and asset register prepared by the Supplier for the Buyer belong to the Buyer. The Supplier warrants that the Equipment does not infringe any third-party rights.
H:Article 11 Subcontracting
P:Warranty service may be performed by the manufacturer's authorised service centres listed in Schedule 3, which the Buyer approves by signing this Agreement. Any other subcontracting requires the Buyer's prior written consent.
H:Article 12 Liability
P:The Supplier's total liability under this Agreement shall not exceed 150% of the Contract Price, except for breach of Articles 8 and 9, personal injury and wilful misconduct.
H:Article 13 Termination
P:The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within fifteen (15) days after written notice.
H:Article 14 Governing Law and Jurisdiction
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the competent people's court at the place where the Buyer is located.
P:Signed in Shanghai in two originals in English, one for each party.
P:For the Buyer: ____________________   For the Supplier: ____________________   Date: ____________
"""

H16E02 = """T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Contract No.: TMPD-IT-2026-022
P:Customer: Zhejiang Tianmu Precision Drives Co., Ltd., a company listed on the Shenzhen Stock Exchange (the "Customer")
P:Supplier: Corvalis Software (Shanghai) Co., Ltd., the China subsidiary of Corvalis Group (the "Supplier")
P:The Customer wishes to replace its legacy ERP with the Supplier's Corvalis ERP suite for its headquarters and two plants. The parties agree as follows.
H:1. Definitions
P:"Licensed Software" means the standard software modules listed in Schedule A. "Deliverables" means the configurations, custom reports, forms, interfaces to the Customer's MES and PLM systems, data migration programs and documentation produced by the Supplier for the Customer under this Contract. "Customer Data" means all data of the Customer processed in the project, including financial, production, supplier and employee data.
H:2. Contract Price
P:2.1 Schedule A - Price
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Finance and Controlling, perpetual licence|60 named users|9,600|576,000
TB:2|Manufacturing and MRP, perpetual licence|120 named users|7,200|864,000
TB:3|Supply Chain and Warehouse, perpetual licence|80 named users|6,000|480,000
TB:4|Database and runtime licences|1 lot|240,000|240,000
TB:|Licence Subtotal|||2,160,000
TB:5|Implementation services (fixed price)|1 project|1,320,000|1,320,000
TB:|Contract Price|||3,480,000
P:2.2 The Contract Price of CNY 3,480,000 includes VAT. Implementation is a fixed price covering blueprint, configuration, development of the Deliverables, data migration, testing, training and go-live support.
H:3. Payment
P:3.1 The Customer shall pay: (a) 20% of the Contract Price (CNY 696,000) within fifteen (15) days after signature of this Contract; (b) 30% (CNY 1,044,000) after written sign-off of the Business Blueprint; (c) 30% (CNY 1,044,000) after Go-Live; (d) 20% (CNY 696,000) within fifteen (15) days after Final Acceptance.
P:3.2 Each payment is due within fifteen (15) days after receipt of a valid VAT invoice.
H:4. Project Schedule
P:4.1 Business Blueprint sign-off: within ten (10) weeks after signature. Go-Live at the headquarters and both plants: 1 April 2027 (the "Go-Live Date").
P:4.2 If Go-Live is delayed beyond the Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of CNY 3,000 for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 User acceptance testing is performed with the test scripts approved by the Customer. Go-Live requires that all Severity 1 and Severity 2 defects found in testing are closed.
P:5.2 Final Acceptance is given when the system has supported two consecutive month-end closings after Go-Live without a Severity 1 incident, inventory valuation reconciles with the legacy system within the tolerances in the Business Blueprint, and all Deliverables have been handed over. The Customer signs the Final Acceptance Certificate within ten (10) business days after these criteria are met.
P:5.3 Go-Live alone does not constitute Final Acceptance.
H:6. Warranty
P:The Supplier warrants for twenty-four (24) months from Final Acceptance that the Licensed Software and the Deliverables perform substantially in accordance with the documentation and the Business Blueprint, and shall correct any non-conformity free of charge during that period.
H:7. Support and Service Levels
P:7.1 During the warranty period, support is included in the Contract Price. Severity levels and response times are:
TB:Severity|Definition|Response time
TB:Severity 1|production system down or month-end closing blocked, no workaround|within six (6) hours, 24x7
TB:Severity 2|major function impaired, workaround available|next business day
TB:Severity 3|minor issue or question|within three (3) business days
P:7.2 If the Supplier misses a Severity 1 response time, it shall grant a service credit of CNY 2,000 for each hour of delay.
P:7.3 After the warranty period, the Customer may order annual support at 11% of the Licence Subtotal, i.e. CNY 237,600 per year, fixed for the first three support years. Support renews annually at that fee unless the Customer gives notice of non-renewal.
H:8. Intellectual Property
P:8.1 The Licensed Software and all intellectual property in it remain with the Supplier and its licensors. The Customer receives a perpetual, non-exclusive licence for the users in Schedule A.
P:8.2 All intellectual property in the Deliverables vests in the Customer on creation. The Customer may use, modify and have third parties maintain them without restriction.
H:9. Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Supplier shall use it only to perform this Contract and shall not keep any copy after the project.
P:9.2 The Supplier shall access Customer Data only within the Customer's environment through accounts issued by the Customer, comply with the Personal Information Protection Law, notify the Customer within twenty-four (24) hours of any data breach, and be liable for all losses arising from a data breach caused by the Supplier.
H:10. Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Customer's costing, pricing and production information, and shall not disclose it to any third party without prior written consent. The Supplier acknowledges that the Customer is a listed company and that project information may constitute inside information.
H:11. Liability
P:The Supplier's total aggregate liability under or in connection with this Contract shall not exceed CNY 1,500,000, except for liability for infringement of third-party intellectual property, breach of Clause 9 and wilful misconduct.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the implementation services without the Customer's prior written consent.
H:13. Termination
P:The Customer may terminate this Contract by written notice if the Supplier commits a material breach that is not remedied within thirty (30) days after written notice, or if Go-Live is delayed by more than ninety (90) days for reasons attributable to the Supplier.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center (SHIAC) for arbitration in Shanghai.
P:Customer: ____________________   Supplier: ____________________   Date: ____________
"""

SOURCES = {"h16z01": H16Z01, "h16z03": H16Z03, "h16e01": H16E01, "h16e02": H16E02}
TARGETS = {"h16z01": ("h16z01_citybank_datacenter_ups_cooling_retrofit.docx", "docx"),
           "h16z03": ("h16z03_hospital_video_conference_system.pdf", "pdf"),
           "h16e01": ("h16e01_foreign_bank_laptops_pcs_3yr_service.docx", "docx"),
           "h16e02": ("h16e02_listed_manufacturer_erp_licence_implementation.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
