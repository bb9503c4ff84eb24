"""Builds the .docx and .pdf contracts of holdout13 from the marked-up sources below.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
Run with /work/main/.venv/bin/python tests/data/contracts/holdout13/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H13Z01 = """T:服务器及存储设备采购及安装合同
P:合同编号：LHNS-KJ-2026-0418
P:甲方（采购人）：临湖农村商业银行股份有限公司
P:乙方（供应商）：杭州捷算信息技术有限公司
P:根据《中华人民共和国民法典》及甲方"2026年数据中心计算及存储资源扩容项目"的采购结果，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 合同标的及价款
P:1.1 乙方向甲方提供服务器、存储及SAN交换设备，并负责运输、上架、安装调试、与现有系统对接、数据迁移配合及技术培训。设备明细及价格如下：
TB:序号|设备名称|主要配置|数量|单价（元）|小计（元）
TB:1|机架式服务器|2路CPU/512GB内存/2×960GB SSD/双口25G网卡|10台|185,000|1,850,000
TB:2|全闪存存储|双控制器/192TB可用容量/32Gb FC端口×8|2套|620,000|1,240,000
TB:3|SAN光纤交换机|48口32Gb FC（激活32口）|2台|135,000|270,000
TB:|设备价款小计||||3,360,000
TB:4|安装调试及迁移配合服务|上架、布线、配置、对接、培训|1项|120,000|120,000
TB:|合同总价||||3,480,000
P:1.2 合同总价为人民币叁佰肆拾捌万元整（¥3,480,000.00），包含设备价款、运输、保险、安装调试、培训、税费及质保期内的全部服务费用。
H:第二条 交货与安装
P:2.1 乙方应于合同签订之日起30日内将全部设备运抵甲方数据中心（临湖市金融大街88号），并在到货后15日内完成安装调试。
P:2.2 设备须为原厂全新正品，附原厂合格证、装箱单及原厂质保证明。
H:第三条 付款方式
P:3.1 本合同不设预付款。
P:3.2 设备全部到货，经双方开箱清点并签署《到货签收单》后，甲方在收到乙方合法发票后15个工作日内支付合同总价的60%，即人民币贰佰零捌万捌仟元整（¥2,088,000.00）。开箱清点仅核对型号、数量及外观，不视为质量验收。
P:3.3 设备通过终验并签署《终验报告》后，甲方在15个工作日内支付合同总价的40%，即人民币壹佰叁拾玖万贰仟元整（¥1,392,000.00）。
H:第四条 验收
P:4.1 安装调试完成后，乙方提交测试方案，经甲方确认后，双方按照招标文件技术规范、乙方投标响应文件及附件一所列配置和性能指标逐项测试。
P:4.2 测试通过后进入试运行，连续试运行30日未发生一级、二级故障的，双方签署《终验报告》。验收不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。
P:4.3 甲方签收、上架、加电或试运行均不视为验收合格。
H:第五条 质量保证与售后服务
P:5.1 全部设备提供原厂三年7×24小时免费质保，自终验合格之日起计算。质保期内免费更换故障部件、提供固件及软件升级。
P:5.2 一级故障（业务中断或存储数据不可访问）：乙方应在接到报修后30分钟内响应，2小时内到达现场，4小时内修复或提供同档次备机；二级故障（单部件故障、冗余降级）：2小时内响应，次日内修复。
P:5.3 乙方未按上述时限响应、到场或修复的，每超时一小时向甲方支付违约金人民币1,000元，甲方可从应付款中直接扣除。
P:5.4 质保期满后，如甲方继续购买维保服务，年度维保费不超过设备价款小计的6%（即每年不超过人民币贰拾万零壹仟陆佰元），质保期满后三年内不上调。
H:第六条 数据安全
P:6.1 甲方存储于设备中的全部数据归甲方所有。乙方及其人员在安装、迁移、维修中不得复制、留存、使用或向第三方提供甲方数据。
P:6.2 乙方人员进入甲方机房须遵守甲方安全管理制度；远程支持须经甲方书面审批并全程录屏。更换下的硬盘等存储介质归甲方所有，不予返还。
P:6.3 因乙方原因导致甲方数据泄露、损毁或丢失的，乙方应在2小时内报告甲方并采取补救措施，承担由此给甲方造成的全部损失。
H:第七条 保密
P:双方对在履行本合同中知悉的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因本合同终止而解除。
H:第八条 知识产权
P:8.1 乙方保证所供设备及随机软件不侵犯任何第三方的知识产权，发生侵权纠纷的由乙方负责处理并承担全部责任。
P:8.2 乙方为本项目编制的实施方案、配置文档、测试报告等交付文档的知识产权归甲方所有，甲方可自由使用和修改。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:9.2 乙方逾期超过30日，或设备经两次验收仍不合格的，甲方有权解除合同，乙方应退还甲方已付全部款项。
P:9.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 转包与分包
P:乙方不得转包本合同。未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。
H:第十一条 合同解除
P:乙方严重违反本合同约定，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。附件：一、技术规格及配置清单；二、投标响应文件；三、售后服务承诺书。
P:甲方（盖章）：临湖农村商业银行股份有限公司　　　乙方（盖章）：杭州捷算信息技术有限公司
P:日期：2026年　月　日　　　　　　　　　　　　　　日期：2026年　月　日
"""

H13Z04 = """T:医院网络系统升级改造项目集成合同
P:合同编号：RL-2026-HT-0627
P:甲方：江川市第二人民医院
P:乙方：广州瑞联网络工程有限公司
P:甲方就"院区网络系统升级改造项目"委托乙方实施系统集成，经双方友好协商，根据《中华人民共和国民法典》，订立本合同。
H:一、项目内容
P:乙方负责院区核心、汇聚、接入网络及无线网络的设备供货、安装、配置、调试，完成HIS、PACS、LIS等业务系统网络的迁移割接，并提供技术培训。
P:实施范围包括门诊楼、住院楼、医技楼及行政楼。网络架构为核心交换机双机冗余，万兆到汇聚、千兆到桌面，无线网络覆盖全部病区、门诊候诊区及会议室，支持移动护理、移动查房等终端接入。原有网络设备拆除后交甲方处置。
H:二、合同价款
TB:序号|名称|数量|金额（元）
TB:1|核心交换机（含板卡、电源）|2台|520,000
TB:2|汇聚交换机|12台|480,000
TB:3|接入交换机（48口PoE）|80台|640,000
TB:4|无线AP及无线控制器|200台/2台|460,000
TB:5|下一代防火墙|2台|200,000
TB:|设备小计||2,300,000
TB:6|集成实施、割接及培训|1项|350,000
TB:|合同总价||2,650,000
P:合同总价为人民币贰佰陆拾伍万元整（¥2,650,000.00）。
H:三、付款方式
P:1. 合同签订后7日内，甲方向乙方支付合同总价的50%作为预付款，即人民币壹佰叁拾贰万伍仟元整。
P:2. 设备安装完成后7日内，甲方支付合同总价剩余的50%。
H:四、交货与安装
P:1. 乙方应在收到预付款后45日内交货，交货后30日内完成安装调试。因甲方场地、停机窗口等原因造成的延误，工期相应顺延。
P:2. 乙方负责设备运输、装卸及运输保险，交货地点为甲方指定的院区机房。设备在交付甲方前的毁损、灭失风险由乙方承担。
P:3. 网络割接前，乙方应编制割接方案及回退方案，经甲方信息科确认后实施，割接原则上安排在夜间或节假日进行，以减少对诊疗业务的影响。
H:五、双方责任
P:1. 甲方负责提供设备安装所需的场地、机柜、电力及接地条件，协调各科室配合施工和停机窗口，并指定项目联系人。
P:2. 乙方应按照国家及行业相关标准施工，施工人员应遵守医院管理制度，不得影响正常诊疗秩序；施工完成后，乙方应向甲方提交竣工图纸、设备清单、IP地址规划及配置说明等竣工资料。
P:3. 乙方负责对甲方信息科人员进行不少于5人次的技术培训，内容包括设备日常管理、配置变更及常见故障处理。
P:4. 乙方应指派具有网络工程师资质的项目经理负责本项目的组织实施，项目经理未经甲方同意不得更换。
P:5. 乙方所供设备应为原厂全新正品，并提供原厂出具的项目授权书及货物合格证明。
H:六、验收
P:设备到货安装并加电运行后，即视为甲方验收合格。甲方应在安装完成后3日内签署验收单，逾期未签署的，视为验收合格。
H:七、质量保证
P:1. 设备质保期为一年，自安装完成之日起计算。质保期内设备出现非人为损坏的故障，乙方负责免费维修或更换。
P:2. 质保期内设备出现故障的，乙方在接到甲方报修后8小时内响应，48小时内到场处理。
P:3. 质保期满后，乙方可继续为甲方提供维保服务，维保费用按乙方届时的服务报价另行签订合同。
H:八、违约责任
P:1. 乙方逾期交货的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。
P:2. 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。
P:3. 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%，乙方不承担任何间接损失或利润损失。
H:九、知识产权
P:设备及软件的知识产权归原厂所有。乙方为本项目编制的网络规划设计方案、配置文档及竣工资料归甲方所有。
H:十、保密
P:双方对在合作过程中知悉的对方商业秘密及技术资料负有保密义务，未经对方同意不得向第三方披露。保密期限自本合同签订之日起至相关信息依法公开之日止，不因本合同的终止而失效。
H:十一、合同解除
P:一方严重违约致使合同目的无法实现的，守约方有权书面通知对方解除合同，并要求违约方赔偿损失。
H:十二、不可抗力
P:因地震、火灾、洪水、疫情等不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供有关部门出具的证明，双方可根据影响程度协商延期履行、部分履行或解除合同，受影响方不承担违约责任。
H:十三、项目变更
P:实施过程中甲方要求增加或减少设备数量、调整实施范围的，双方应另行书面确认，变更部分的价款按本合同单价计算；本合同单价未列明的，由双方协商确定。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向乙方所在地人民法院起诉。
H:十五、其他
P:本合同附件（设备清单及技术参数、乙方报价单）为本合同组成部分。本合同未尽事宜，双方可签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江川市第二人民医院　　　乙方（盖章）：广州瑞联网络工程有限公司
P:签订日期：2026年　月　日
"""

H13E02 = """T:Network Equipment Supply and Installation Agreement
P:Agreement No. EBC-PRC-2026-0219
P:Customer: Eastbridge Bank (China) Co., Ltd., 100 Century Avenue, Pudong, Shanghai (the "Customer").
P:Supplier: Shanghai Lianchuang Network Technology Co., Ltd., 455 Guoshoujing Road, Pudong, Shanghai (the "Supplier").
P:Following the Customer's tender No. EBC-T-2026-011 for the data-centre network refresh, the parties agree as follows.
H:1. Scope and Contract Price
P:1.1 The Supplier shall supply, deliver, install, configure and test the network equipment listed below, migrate the existing data-centre network to it and train the Customer's network team (the "Works").
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Core switch, chassis type, with line cards and redundant power|2|680,000|1,360,000
TB:2|Data-centre leaf switch, 48 x 25G + 8 x 100G|16|95,000|1,520,000
TB:3|Next-generation firewall, 40 Gbps, HA pair member|2|420,000|840,000
TB:4|Optical modules, cables and accessories|1 lot|480,000|480,000
TB:|Equipment subtotal|||4,200,000
TB:5|Installation, configuration, migration and training|1 lot|250,000|250,000
TB:|Contract Price (VAT included)|||4,450,000
P:1.2 The Contract Price of CNY 4,450,000 is fixed and covers the Works, transport, insurance, taxes and all warranty services.
H:2. Delivery and Installation
P:2.1 The Supplier shall deliver all equipment to the Customer's data centre in Shanghai within 45 days after signature and complete installation and migration within 30 days after delivery, in maintenance windows agreed with the Customer.
P:2.2 All equipment shall be new, original and supplied through the manufacturer's authorised channel in the PRC.
H:3. Payment
P:3.1 10% of the Contract Price within 15 business days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 50% of the Contract Price within 15 business days after delivery and the signing of the Delivery Inspection Certificate. The Delivery Inspection checks quantities and visible condition only and does not constitute acceptance.
P:3.3 40% of the Contract Price within 15 business days after the Final Acceptance Certificate is signed.
H:4. Acceptance
P:4.1 After installation the parties shall carry out the Site Acceptance Test under the test plan agreed in writing, covering configuration, redundancy failover (no more than 1 second of traffic loss), throughput and security policy checks.
P:4.2 After the Site Acceptance Test is passed, the network runs for 30 days. If no Severity 1 incident attributable to the equipment or the Works occurs, the Customer signs the Final Acceptance Certificate. Otherwise the Supplier corrects the defects and the tests are repeated at its cost.
H:5. Warranty and Support
P:5.1 The warranty period is thirty-six (36) months from the date of the Final Acceptance Certificate. During the warranty period the Supplier provides, free of charge, parts replacement, on-site support, software updates and the manufacturer's technical support.
P:5.2 The Supplier shall meet the following service levels during the warranty period:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Data-centre network down or core/firewall cluster failure|30 minutes|4 hours|8 hours
TB:Severity 2|Redundancy lost or performance seriously degraded|2 hours|next business day|2 business days
TB:Severity 3|Minor fault or request|4 hours|as needed|5 business days
P:5.3 For each hour by which a Severity 1 response or restoration time is exceeded the Supplier shall pay CNY 2,000, and for Severity 2 CNY 500, which the Customer may deduct from any amount due.
P:5.4 After the warranty period the Customer may order annual support. The annual support fee shall not exceed eight percent (8%) of the Equipment subtotal (i.e. CNY 336,000 per year) and shall not be increased during the first two years after the warranty period.
H:6. Intellectual Property
P:Network designs, configuration files and documentation prepared by the Supplier for the Customer belong to the Customer. The Supplier warrants that the equipment and its software do not infringe any third-party rights.
H:7. Data Security
P:7.1 All data stored on or carried through the equipment belongs to the Customer. The Supplier shall not copy, keep or use it for any purpose.
P:7.2 Supplier personnel work on site only under the Customer's supervision and follow its security rules; remote access is not permitted without the Customer's written approval for each session. Replaced storage media remain with the Customer.
P:7.3 The Supplier shall report any security incident caused by its personnel within 2 hours and compensate the Customer for all resulting losses.
H:8. Confidentiality
P:Each party shall keep confidential all information received from the other party in connection with this Agreement and shall not disclose it to any third party without prior written consent. This obligation survives termination.
H:9. Delay and Liability
P:9.1 If the Supplier fails to complete delivery or installation on time, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, not exceeding 10% of the Contract Price.
P:9.2 The Supplier's aggregate liability under this Agreement shall not exceed 100% of the Contract Price, except for liability for data security breaches, infringement or wilful misconduct.
H:10. Subcontracting
P:The Supplier shall not subcontract any part of the Works without the Customer's prior written consent.
H:11. Termination
P:The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay exceeds 30 days.
H:12. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the competent people's court where the Customer is domiciled.
P:Signed by the authorised representatives of the parties on the date below.
P:Customer: ____________________   Supplier: ____________________   Date: ____________
"""

SOURCES = {"h13z01": H13Z01, "h13z04": H13Z04, "h13e02": H13E02}
TARGETS = {"h13z01": ("h13z01_bank_server_storage_purchase_install.docx", "docx"),
           "h13z04": ("h13z04_hospital_network_integration.pdf", "pdf"),
           "h13e02": ("h13e02_network_equipment_supply.docx", "docx")}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT)
