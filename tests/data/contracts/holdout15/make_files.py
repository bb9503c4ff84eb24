"""Builds the .docx and .pdf contracts of holdout15 from the marked-up sources below.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the two PDFs the paragraphs are first broken into lines (word_pdf.prewrap: the width of word_pdf.visual_lines, 38 units,
CJK 1, other 0.5) at word boundaries, never inside an English word or a number, and without starting a line with
closing Chinese punctuation, the way a word processor would print them; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout15/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H15Z01 = """T:江澜银行智能客服呼叫中心系统建设项目合同
P:合同编号：JLB-CG-2026-0733
P:甲方（买方）：江澜银行股份有限公司
P:乙方（卖方）：南京声远信息科技有限公司
P:鉴于甲方以公开招标方式采购"智能客服呼叫中心系统建设项目"，乙方为中标人。双方依据《中华人民共和国民法典》及招标文件、投标文件，经协商一致，签订本合同，共同遵守。
H:第一条 项目范围
P:1.1 乙方负责甲方新一代呼叫中心系统的软硬件供货、定制开发、部署实施、历史数据迁移、系统割接及培训，替换甲方现有呼叫中心平台，满足300个人工坐席及20路智能语音机器人同时在线的业务需要。
P:1.2 定制开发内容包括：与甲方核心业务系统、信用卡系统、CRM系统及统一身份认证平台的接口；电话银行业务流程及IVR语音菜单定制；质检规则及运营管理报表定制。详细需求见附件一《需求规格说明书》。
H:第二条 合同价款
P:2.1 本合同价款明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|呼叫中心平台软件永久许可（ACD/IVR/CTI/录音/质检）|1套|1,380,000|1,380,000
TB:2|人工坐席许可|300个|2,600|780,000
TB:3|智能语音机器人许可|20路|18,000|360,000
TB:4|应用服务器|6台|78,000|468,000
TB:5|语音网关|2台|96,000|192,000
TB:|软硬件价款小计|||3,180,000
TB:6|定制开发|1项|620,000|620,000
TB:7|实施、割接及培训|1项|260,000|260,000
TB:|合同总价|||4,060,000
P:2.2 合同总价为人民币肆佰零陆万元整（¥4,060,000.00），为含税价，包括软硬件、定制开发、实施、培训、运输及质保期内服务等全部费用。除经甲方书面确认的需求变更外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%，即人民币捌拾壹万贰仟元整（¥812,000.00）。
P:3.2 系统上线试运行并经甲方出具《初验报告》后15个工作日内，甲方支付合同总价的50%，即人民币贰佰零叁万元整（¥2,030,000.00）。
P:3.3 系统通过终验并签署《终验报告》后15个工作日内，甲方支付合同总价的30%，即人民币壹佰贰拾壹万捌仟元整（¥1,218,000.00）。
P:3.4 乙方应在每笔付款前向甲方开具等额增值税专用发票。
H:第四条 实施周期
P:4.1 乙方应在合同生效后40日内完成软硬件到货，120日内完成定制开发、测试并上线试运行。具体里程碑以双方确认的《项目实施计划》为准。
P:4.2 系统割接须安排在甲方指定的业务低峰时段，乙方应事先提交割接方案及回退方案，经甲方批准后实施。
H:第五条 验收
P:5.1 初验：系统部署完成后，乙方按照《需求规格说明书》及双方确认的测试用例进行功能、性能及安全测试。性能指标包括：300坐席同时在线时来电分配至坐席的延迟不超过2秒，IVR语音识别准确率不低于92%，通话录音完整率100%。测试全部通过并由甲方出具《初验报告》后，系统进入试运行。
P:5.2 终验：系统试运行满60日，期间未发生一级故障且初验遗留问题全部关闭的，甲方组织终验并签署《终验报告》。
P:5.3 验收不合格的，乙方应在15日内整改并重新提交验收；经两次验收仍不合格的，甲方有权解除合同。
H:第六条 质量保证与技术服务
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件故障维修或更换以及7×24小时技术支持。
P:6.2 故障响应要求如下：
TB:故障级别|定义|响应时间|解决时限
TB:一级|呼叫中心整体或主要功能中断，无法接听客户来电|30分钟|3小时内恢复
TB:二级|部分功能异常或性能明显下降|2小时|24小时
TB:三级|一般性问题或咨询|8小时|5个工作日
P:6.3 乙方未在上述时限内响应或解决的，每超时一小时，甲方有权扣收服务违约金人民币800元；一个自然月内一级故障累计超过2次的，另按每次人民币10,000元扣收。
P:6.4 质保期满后，甲方可与乙方续签年度维保合同。年度维保费不超过软硬件价款小计的10%（即每年不超过人民币叁拾壹万捌仟元），质保期满后三年内不上调。
H:第七条 知识产权
P:7.1 乙方保证所提供的软硬件及技术资料不侵犯任何第三方的知识产权。
P:7.2 乙方根据甲方需求定制开发的接口程序、业务流程配置、报表及其源代码和技术文档，知识产权归甲方所有。
P:7.3 呼叫中心平台软件的知识产权仍归乙方或其许可方所有，甲方依本合同取得永久、不可撤销的使用许可，并可为维护定制功能对其配置进行修改。
H:第八条 数据安全与客户信息保护
P:8.1 系统中的客户来电信息、通话录音、工单及其他业务数据均属于甲方，乙方不得以任何方式采集、复制、留存或用于本合同以外的目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及金融行业监管要求。乙方人员访问生产环境须经甲方审批，并在甲方堡垒机下操作；测试使用的数据须经甲方脱敏。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任，并配合甲方处理监管报告及客户投诉。
H:第九条 保密
P:乙方对在履行本合同过程中获悉的甲方商业秘密、客户信息、系统架构及安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定的时间完成到货或上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失、侵犯知识产权或数据泄露造成的损失不受此限。
H:第十一条 分包
P:乙方不得转包本合同。未经甲方事先书面同意，乙方不得将任何部分工作分包；经同意分包的，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后10日内未予纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交甲方住所地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:本合同附件包括：附件一《需求规格说明书》、附件二《投标报价明细》、附件三《售后服务承诺书》，附件与本合同具有同等效力。本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江澜银行股份有限公司　　　乙方（盖章）：南京声远信息科技有限公司
P:日期：2026年　月　日　　　　　　　　　　日期：2026年　月　日
"""

H15Z04 = """T:华川理工大学高性能计算平台设备采购合同
P:合同编号：HCLG-CG-2026-086
P:甲方（采购人）：华川理工大学
P:乙方（供应商）：成都锐算科技有限公司
P:甲方"高性能计算平台（二期）扩容项目"经公开招标确定乙方为中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，双方订立本合同。
H:第一条 合同标的
P:1.1 乙方向甲方供应GPU计算服务器、CPU计算节点、高速网络、并行存储及集群管理软件，并负责安装部署、与甲方现有一期集群的整合、性能调优和培训。
TB:序号|名称及主要配置|数量|单价（元）|金额（元）
TB:1|GPU计算服务器（8卡/2路CPU/1TB内存）|4台|1,150,000|4,600,000
TB:2|CPU计算节点（2路CPU/512GB内存）|16台|82,000|1,312,000
TB:3|InfiniBand交换机（200Gb/s，40口）|2台|240,000|480,000
TB:4|并行文件存储（可用容量1PB）|1套|860,000|860,000
TB:5|集群管理及作业调度软件|1套|120,000|120,000
TB:|硬件及软件小计|||7,372,000
TB:6|安装部署、性能调优及培训|1项|180,000|180,000
TB:|合同总价|||7,552,000
P:1.2 合同总价为人民币柒佰伍拾伍万贰仟元整（¥7,552,000.00），包括设备、软件、运输、保险、安装调试、培训、税费及质保期内全部服务。
H:第二条 交货及安装
P:2.1 乙方应于合同签订后60日内将全部设备运抵甲方指定地点（华川理工大学东校区信息中心机房），到货后20日内完成安装部署及与一期集群的整合。
P:2.2 设备须为原厂全新产品，乙方应提供原厂授权书、合格证及原厂质保承诺函。
P:2.3 甲方负责提供机房空间、机柜、供电及制冷条件，并在设备到货前完成机房改造；乙方应在合同签订后10日内向甲方提交设备功耗、散热、承重及布线要求。
P:2.4 乙方应为甲方提供不少于3天的现场培训，培训对象为信息中心管理员及各学院计算平台联络员，内容包括集群管理、作业调度、存储管理、常见故障诊断及GPU应用环境配置。
H:第三条 付款
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%，即人民币壹佰伍拾壹万零肆佰元整（¥1,510,400.00）。
P:3.2 项目验收合格并签署验收报告后20个工作日内，甲方支付合同总价的80%，即人民币陆佰零肆万壹仟陆佰元整（¥6,041,600.00）。
H:第四条 验收
P:4.1 安装部署完成后，由甲方组织校内专家及乙方共同进行验收测试，测试内容包括：配置核验、HPL双精度浮点性能不低于投标承诺值的95%、InfiniBand点对点带宽及延迟、并行存储聚合读写带宽不低于40GB/s、作业调度系统功能及与一期集群的统一调度。
P:4.2 测试通过后系统试运行30日，运行稳定、无一级故障的，双方签署验收报告。设备到货签收或加电运行均不视为验收合格。
P:4.3 验收不合格的，乙方应在15日内更换或整改，并承担由此产生的费用。
H:第五条 质量保证及售后服务
P:5.1 全部设备及软件提供三年原厂质保，自验收合格之日起计算。质保期内乙方免费提供故障维修、部件更换、软件升级及技术支持。
P:5.2 一级故障（集群管理节点、网络或存储故障导致整个集群不可用）：乙方接到报修后1小时内响应，8小时内到场，24小时内恢复；二级故障（单个节点故障）：2小时内响应，3个工作日内修复。
P:5.3 乙方未按上述时限响应或到场的，每超时一小时向甲方支付违约金人民币1,000元。
P:5.4 质保期满后，甲方如需继续由乙方提供维保服务，维保费用按乙方当年度公布的服务价目表执行。
H:第六条 数据安全
P:6.1 集群中存储和处理的科研数据、实验数据及用户账户信息均归甲方所有。乙方人员在安装、调试和维修过程中不得复制、留存、使用或向第三方提供上述数据。
P:6.2 乙方远程维护须经甲方信息中心批准，并通过甲方提供的运维审计通道进行。更换下的存储介质归甲方，由甲方自行处理。
P:6.3 因乙方原因造成甲方数据泄露、损毁或丢失的，乙方应立即报告甲方并采取补救措施，赔偿甲方因此遭受的全部损失。
H:第七条 保密
P:乙方对在履行合同过程中知悉的甲方科研项目信息、网络结构及安全配置负有保密义务，未经甲方书面同意不得对外披露。保密义务不因合同终止而解除。
H:第八条 知识产权
P:8.1 乙方保证所供设备及软件不侵犯第三方知识产权。
P:8.2 乙方为本项目编写的部署文档、调优脚本、配置文件及培训资料归甲方所有，甲方可自由使用和修改。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装部署的，每逾期一周，按合同总价的0.2%向甲方支付违约金，不足一周的按一周计算，违约金总额不超过合同总价的10%。
P:9.2 乙方逾期超过45日或设备经两次验收仍不合格的，甲方有权解除合同，乙方应退还全部已付款项。
H:第十条 分包
P:未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。
H:第十一条 合同解除
P:乙方严重违反本合同约定，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：华川理工大学　　　乙方（盖章）：成都锐算科技有限公司
P:日期：2026年　月　日
"""

H15E02 = """T:Purchase Agreement - Virtual Desktop Infrastructure (Desktop Cloud) Project
P:Agreement No. RAC-TC-IT-2026-07
P:Buyer: Rheinwald Automotive Components (Taicang) Co., Ltd., 28 Qingdao East Road, Taicang, Jiangsu (the "Buyer")
P:Seller: Suzhou Yunjing Information Technology Co., Ltd., 9 Xinghu Street, Suzhou Industrial Park, Jiangsu (the "Seller")
P:The Buyer has selected the Seller, following a competitive tender, to supply and implement a desktop cloud for the Buyer's engineering and office users. The parties agree as follows.
H:Article 1 Scope
P:1.1 The Seller shall supply the hyper-converged infrastructure (HCI) nodes, VDI software licences and thin clients listed in Article 2, install and configure the platform in the Buyer's server room in Taicang, build the desktop images, migrate user profiles and train the Buyer's IT staff (the "Project").
P:1.2 The platform shall support 600 concurrent virtual desktops, including 80 GPU-accelerated desktops for CAD users.
H:Article 2 Price
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|HCI node (2 x CPU, 1 TB RAM, 4 x 3.84 TB NVMe, 2 x GPU)|8|168,000|1,344,000
TB:2|VDI software licence, perpetual, per concurrent user|600|1,100|660,000
TB:3|Thin client with 24-inch monitor|500|1,450|725,000
TB:|Hardware and licence subtotal|||2,729,000
TB:4|Implementation, image build, profile migration and training|1 lot|230,000|230,000
TB:|Contract Price (VAT included)|||2,959,000
P:2.1 The Contract Price of CNY 2,959,000 is a fixed price and includes delivery, installation, taxes and all services during the warranty period.
H:Article 3 Payment
P:3.1 20% of the Contract Price (CNY 591,800) within 10 business days after signature, against the Seller's invoice.
P:3.2 50% of the Contract Price (CNY 1,479,500) within 15 business days after delivery and installation of all equipment, confirmed by a signed installation report. The installation report does not constitute acceptance.
P:3.3 30% of the Contract Price (CNY 887,700) within 15 business days after the Final Acceptance Certificate is signed.
H:Article 4 Delivery and Schedule
P:4.1 The Seller shall deliver all equipment within 35 days after signature and complete the pilot within 60 days after signature.
P:4.2 If the Seller fails to meet a date in Article 4.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
H:Article 5 Acceptance
P:5.1 A pilot with 50 users from the engineering and finance departments runs for two weeks. The Seller then carries out the acceptance tests agreed in the test plan: 600 concurrent sessions, desktop log-on time under 30 seconds during a log-on storm of 200 users in 10 minutes, CAD frame rate on GPU desktops, and node failure without loss of running desktops.
P:5.2 After the tests are passed, the platform runs in production for 30 days. If no Severity 1 incident occurs, the Buyer signs the Final Acceptance Certificate; otherwise the Seller fixes the defects and the 30-day period restarts.
H:Article 6 Warranty and Support
P:6.1 The warranty period is thirty-six (36) months from the Final Acceptance Certificate and covers all hardware and software, including software updates and on-site repair with parts.
P:6.2 During the warranty period the Seller shall meet the following service levels:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Platform unavailable, or more than 50 users unable to log on|30 minutes|3 hours|6 hours
TB:Severity 2|Single node failed, or performance degraded|2 hours|next business day|2 business days
TB:Severity 3|Individual desktop or thin client problem|next business day|as needed|5 business days
P:6.3 For each hour by which a Severity 1 response or restoration time is exceeded the Seller shall pay CNY 1,500, and for Severity 2 CNY 300. The Buyer may set these amounts off against any payment due.
P:6.4 After the warranty period the Buyer may buy annual support from the Seller. The annual support fee shall not exceed 9% of the hardware and licence subtotal (CNY 245,610 per year) and shall not be increased during the first two years after the warranty period.
H:Article 7 Intellectual Property
P:Desktop images, scripts, configuration files and design documents prepared by the Seller for the Project belong to the Buyer. The Seller warrants that the equipment and software do not infringe third-party rights and shall hold the Buyer harmless from any such claim.
H:Article 8 Data Protection
P:8.1 All data on the platform, including engineering drawings and user profiles, belongs to the Buyer. The Seller shall not copy, keep, use or disclose it for any purpose.
P:8.2 Seller personnel may access the platform only through the Buyer's jump server with the Buyer's approval for each session. Failed disks remain with the Buyer.
P:8.3 The Seller shall report any security incident caused by it within two (2) hours, take remedial action at its own cost and compensate the Buyer for all losses resulting from it.
H:Article 9 Confidentiality
P:Each party shall keep confidential the technical and business information of the other party obtained under this Agreement and shall not disclose it to third parties without written consent. This obligation survives termination.
H:Article 10 Subcontracting
P:The Seller may engage local subcontractors for cabling, thin-client installation and desk-side work, provided that it informs the Buyer in writing of the subcontractor's name before the work starts. The Seller remains fully responsible for the work of its subcontractors.
H:Article 11 Limitation of Liability
P:Save for liability for personal injury, fraud or wilful misconduct, the Seller's total liability arising out of or in connection with this Agreement shall not exceed CNY 1,000,000.
H:Article 12 Termination
P:The Buyer may terminate this Agreement by written notice if the Seller is in material breach and does not remedy the breach within 15 days after notice, or if delay under Article 4 exceeds 30 days.
H:Article 13 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the competent people's court at the Buyer's domicile.
P:Buyer: ____________________   Seller: ____________________   Date: ____________
"""

H15E04 = """T:Supply Contract for Network Security Equipment
P:Contract No. HLIC-BJ-2026-112
P:Purchaser: Harbourline Life Insurance (China) Co., Ltd., 7 Jianguomenwai Avenue, Chaoyang District, Beijing (the "Purchaser")
P:Supplier: Beijing Zhongan Tianxin Security Technology Co., Ltd., 15 Shangdi West Road, Haidian District, Beijing (the "Supplier")
P:Schedules: A - Equipment and Prices; B - Technical Specification; C - Acceptance Test Plan.
H:1. Subject Matter
P:1.1 The Supplier shall supply, deliver, install and configure the network security equipment listed in Schedule A at the Purchaser's primary and backup data centres in Beijing, migrate the existing security policies to it, integrate it with the Purchaser's security operations centre, and train the Purchaser's staff.
P:1.2 Schedule A - Equipment and Prices:
TB:No. | Item | Qty | Amount (CNY)
TB:1 | Next-generation firewall (HA pair) | 2 | 760,000
TB:2 | Intrusion prevention system | 2 | 490,000
TB:3 | Web application firewall | 2 | 420,000
TB:4 | SIEM appliance, perpetual licence | 1 | 560,000
TB:5 | Bastion host (privileged access) | 1 | 180,000
TB:Equipment subtotal | | | 2,410,000
TB:6 | Installation, policy migration, training | 1 lot | 150,000
TB:Contract Price (VAT included) | | | 2,560,000
H:2. Contract Price and Payment
P:2.1 The Contract Price is CNY 2,560,000, fixed, including delivery, installation, taxes, and all services and signature updates during the warranty period.
P:2.2 No advance payment is made under this Contract.
P:2.3 70% of the Contract Price (CNY 1,792,000) is payable within 20 business days after delivery of all equipment and signature of the Delivery Inspection Record. The delivery inspection only checks models, quantities and packaging and is not acceptance.
P:2.4 30% of the Contract Price (CNY 768,000) is payable within 20 business days after signature of the Final Acceptance Certificate.
H:3. Delivery
P:3.1 The Supplier shall deliver all equipment within 30 days and complete installation and policy migration within 50 days after signature of this Contract.
P:3.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of CNY 3,000 for each day of delay, up to 10% of the Contract Price.
H:4. Acceptance
P:4.1 After installation the parties run the site acceptance test under Schedule C: HA failover of every pair within 3 seconds, firewall throughput at the specified level, blocking of the test attack set by the IPS and WAF, SIEM ingestion of 20,000 events per second, and audit recording of all privileged sessions on the bastion host.
P:4.2 The equipment then operates for 30 days. If it runs without a Severity 1 fault, the Purchaser signs the Final Acceptance Certificate. Delivery, installation or power-on does not constitute acceptance.
H:5. Warranty and Service Levels
P:5.1 The warranty period is thirty-six (36) months from the Final Acceptance Certificate. During that period the Supplier provides free repair or replacement, software and signature updates, and the manufacturer's technical support.
P:5.2 Service levels during the warranty period:
P:Severity 1 (a security service is down or a whole HA pair has failed): response within 30 minutes, engineer on site within 3 hours, restoration within 6 hours.
P:Severity 2 (HA redundancy lost or a single unit degraded): response within 2 hours, restoration by the next business day.
P:5.3 For each hour by which a Severity 1 response, on-site or restoration time is exceeded, the Supplier pays CNY 1,000.
P:5.4 After the warranty period the Purchaser may order annual maintenance. The annual maintenance fee shall not exceed seven percent (7%) of the Equipment subtotal, i.e. CNY 168,700 per year, and shall not be increased during the first two years after the warranty period.
H:6. Data Security
P:6.1 All logs, traffic data, configurations and other data processed by the equipment belong to the Purchaser. The Supplier shall not copy, retain or use them for any purpose other than performing this Contract.
P:6.2 Remote access by the Supplier requires the Purchaser's written approval for each session and is recorded on the bastion host. Replaced storage media stay with the Purchaser.
P:6.3 The Supplier shall report any security incident caused by its personnel within two (2) hours and compensate the Purchaser for all resulting losses.
H:7. Confidentiality
P:The Supplier shall keep confidential all information about the Purchaser's network, security architecture and business obtained under this Contract and shall not disclose it without the Purchaser's prior written consent. This clause survives termination.
H:8. Intellectual Property
P:Security policies, configuration files and documents prepared by the Supplier for the Purchaser belong to the Purchaser. The Supplier warrants that the equipment and its software do not infringe the rights of any third party.
H:9. Subcontracting
P:The Supplier shall not subcontract any part of this Contract without the Purchaser's prior written consent.
H:10. Termination
P:The Purchaser may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay under clause 3 exceeds 30 days.
H:11. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.
P:Purchaser: ____________________   Supplier: ____________________   Date: ____________
"""

SOURCES = {"h15z01": H15Z01, "h15z04": H15Z04, "h15e02": H15E02, "h15e04": H15E04}
TARGETS = {"h15z01": ("h15z01_bank_call_centre_system.docx", "docx"),
           "h15z04": ("h15z04_university_gpu_hpc_servers.pdf", "pdf"),
           "h15e02": ("h15e02_vdi_desktop_cloud_purchase.docx", "docx"),
           "h15e04": ("h15e04_network_security_equipment_supply.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
