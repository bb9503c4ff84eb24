"""Builds the .docx and .pdf contracts of holdout22 from the sources kept in this file.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the PDF the paragraphs are first broken into lines (word_pdf.prewrap: the width of word_pdf.visual_lines, 38 units,
CJK 1, other 0.5) at word boundaries, never inside an English word or a number, and without starting a line with
closing Chinese punctuation, the way a word processor would print them; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout22/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H22Z03 = """T:北川热力集团换热站自控系统运维服务合同
P:合同编号：BCRL-YW-2026-04
P:甲方：北川热力集团有限公司
P:乙方：暖联智控科技有限公司
P:甲方通过竞争性磋商方式采购换热站自控系统及智慧供热监控平台运维服务，乙方为成交供应商。根据《中华人民共和国民法典》及相关法律法规，双方经协商一致，订立本合同。
H:第一条 服务范围与服务期
P:1.1 乙方为甲方所属212座换热站的自控系统（PLC控制柜、温度/压力/流量仪表、变频器控制回路、视频及门禁设备）以及智慧供热监控平台（应用服务器、数据库服务器、通信前置机）提供运行维护服务。
P:1.2 服务内容包括：监控平台及数据库的日常运维、备份与性能优化；换热站PLC程序及仪表参数的远程维护；驻场人员巡检及故障处置；通信网络及安全设备运维；每年供热季开始前的全面检修及供热季内的值守。
P:1.3 服务期为二十四个月，自接管验收合格之次日起计算。
P:1.4 乙方应配备驻场运维人员6名，其中项目负责人1名、自控工程师3名、网络及安全工程师2名，均应具备相应的从业经历。供热季期间，乙方须安排人员在甲方调度中心值守。驻场人员的更换须提前10日书面报甲方同意。
H:第二条 服务费用
P:2.1 月服务费明细如下：
TB:序号|服务内容|计费方式|月服务费（元）
TB:1|智慧供热监控平台及数据库运维|按月固定|18,600
TB:2|换热站PLC及仪表远程运维（212座）|按月固定|31,800
TB:3|现场巡检及故障处置（驻场6人）|按月固定|14,200
TB:4|通信网络及安全设备运维|按月固定|3,900
TB:-|月服务费合计|-|68,500
P:2.2 一次性接管费为人民币56,000元，包括资产清点、建档、系统全量备份及交接测试。
P:2.3 本合同总价为人民币壹佰柒拾万元整（¥1,700,000），即月服务费68,500元 × 24个月 + 接管费56,000元，含税。服务期内月服务费不作调整。
P:2.4 单价在2,000元以下的易损件由乙方承担；单价超过2,000元的备品备件由甲方另行采购，乙方负责更换。
H:第三条 付款方式
P:3.1 本合同不设预付款。
P:3.2 接管费在接管验收合格后20个工作日内支付。
P:3.3 月服务费按季度结算。甲方在每季度考核完成后20个工作日内，按考核结果支付该季度的服务费。
H:第四条 接管与验收
P:4.1 乙方应在合同签订后30日内完成接管。
P:4.2 接管验收标准：资产台账与现场逐站核对一致；212座换热站全部接入监控平台并可远程监控；平台及数据库完成全量备份并通过恢复测试；应急预案经甲方审核通过；接管后连续10日未发生一级故障。甲方在上述条件满足后5个工作日内签署接管验收单。
P:4.3 季度考核：甲方按附件《运维服务考核细则》对响应及处置时限、巡检完成情况、故障修复质量及运维报告进行评分，并按评分结果核定当季服务费。
P:4.4 服务期满时，乙方应移交全部运维记录、配置备份及技术文档，经甲方确认后为期末验收合格。
P:4.5 乙方开始提供服务或甲方使用监控平台，均不视为接管验收合格。
H:第五条 服务水平
P:5.1 服务期内，智慧供热监控平台的月可用率不低于99.5%（经甲方同意的计划内维护时间除外）。
P:5.2 故障分级及处理时限如下表：
TB:故障级别|定义|响应时限|到场时限|恢复时限
TB:一级|监控平台整体不可用，或5座以上换热站离线、失控，或任一换热站供热中断|15分钟|1小时|3小时
TB:二级|单座换热站离线、控制异常或关键仪表失效|30分钟|2小时|6小时
TB:三级|一般性问题、报表错误及使用咨询|2小时|次日|3个工作日
P:5.3 监控平台月可用率每低于约定值0.1个百分点，甲方扣减当月平台运维费（18,600元）的5%；乙方超过上表时限的，每超出1小时扣减服务费500元。上述扣减在季度结算时执行。
H:第六条 续期
P:6.1 服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一年，续期次数不限。
P:6.2 续期期间的月服务费由乙方根据人工及备件成本的变化确定，上调幅度不超过8%，乙方书面通知甲方后执行。
H:第七条 数据安全
P:7.1 监控平台采集和存储的运行数据（温度、压力、流量、热量、阀门开度等）、热用户信息、视频及系统日志均属甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:7.2 乙方应遵守工业控制系统网络安全的有关规定。乙方人员远程访问须经甲方审批，通过甲方VPN及堡垒机登录，操作全程记录；不得在控制网络中接入未经甲方检测的设备，不得将任何数据复制出甲方网络。
P:7.3 发生数据泄露、网络攻击或其他安全事件的，乙方应在2小时内报告甲方，并立即采取处置措施；因乙方原因造成甲方损失的，由乙方承担赔偿责任。
H:第八条 保密
P:乙方对在服务中知悉的甲方管网布局、控制策略、热用户信息及网络安全配置负有保密义务，未经甲方书面同意，不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:乙方在服务期内形成的运维文档、巡检报告、优化后的控制策略及参数、PLC程序修改和运维脚本，知识产权归甲方所有，甲方可自行使用、修改，或交由其他服务商使用。
H:第十条 违约责任
P:10.1 乙方未按第4.1条约定的期限完成接管的，每逾期一日，向甲方支付违约金1,500元。
P:10.2 驻场人员缺岗的，每人每日扣减服务费600元。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方违反第七条、第八条造成的损失及人身伤亡不受此限。
H:第十一条 分包
P:乙方不得将本合同项下的服务转包或分包。仪表周期校验等专项工作需要委托第三方的，须事先取得甲方书面同意。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，或连续两个季度考核不合格的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交北川仲裁委员会仲裁。
H:第十四条 其他
P:本合同附件《运维服务考核细则》《换热站及设备清单》为本合同的组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：北川热力集团有限公司    乙方（盖章）：暖联智控科技有限公司
P:签订日期：2026年  月  日
"""

H22E02 = """T:Software Licence and Implementation Contract
P:Asset Performance Management (APM) System for Wind and Solar Plants
P:Contract No.: HXNE-IT-2026-022
P:Buyer: Gansu Huaxi New Energy Co., Ltd., No. 88 Yantan Road, Lanzhou (the "Buyer")
P:Supplier: Vantor Energy Software (Shanghai) Co., Ltd., 1250 Zhangheng Road, Pudong, Shanghai (the "Supplier")
P:The Buyer selected the Supplier through competitive negotiation. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Plants" means the Buyer's nine wind farms (612 turbines in total) and five photovoltaic plants (860 MWp in total) listed in Annex 1.
P:1.2 "Licensed Software" means the Supplier's APM platform and the modules in items 1 to 4 of Article 3.
P:1.3 "Custom Deliverables" means the plant-specific analytics models, the digital-twin configurations and the SCADA interface adapters developed by the Supplier for the Buyer under this Contract.
P:1.4 "Operational Data" means all data collected from the Plants (SCADA, condition-monitoring, meteorological, production and maintenance data) and all data derived from them.
H:Article 2 Scope
P:2.1 The Supplier shall license the Licensed Software to the Buyer on a perpetual basis, install it on servers provided by the Buyer in the Buyer's centralised control centre in Lanzhou, develop interfaces to the SCADA and historian systems of all 14 Plants, build the Custom Deliverables, migrate five years of historical alarm and maintenance records, and train the Buyer's staff.
P:2.2 Data from the production control zone reaches the APM system only through the Buyer's one-way isolation devices, as the rules for power monitoring systems require.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 2,740,000, VAT included and fixed, itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|APM platform core licence, perpetual, enterprise|1|720,000|720,000
TB:2|Wind turbine condition monitoring and predictive analytics module|612 turbines|850|520,200
TB:3|PV string and inverter analytics module|860 MWp|420|361,200
TB:4|Mobile work-order application, named users|150|1,200|180,000
TB:-|Licence Subtotal|-|-|1,781,400
TB:5|SCADA and historian interfaces|14 plants|32,000|448,000
TB:6|Custom analytics models and digital-twin configuration|1 lot|386,000|386,000
TB:7|Project management, data migration and training|1 lot|124,600|124,600
TB:-|Contract Price|-|-|2,740,000
P:3.2 The Contract Price includes the warranty services in Article 7 and all travel expenses of the Supplier's personnel.
H:Article 4 Payment
P:4.1 10% of the Contract Price (CNY 274,000) is payable within 20 days after signature, against an advance-payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 1,507,000) is payable within 30 days after the Operational Readiness Certificate, which records that the Licensed Software is installed and that the interfaces of all 14 Plants are live. The Operational Readiness Certificate is not acceptance.
P:4.3 35% of the Contract Price (CNY 959,000) is payable within 30 days after the Final Acceptance Certificate.
H:Article 5 Schedule and Delay
P:5.1 The Supplier shall reach Operational Readiness within 120 days after signature and make the system ready for Final Acceptance testing within 150 days after signature, trial operation excluded.
P:5.2 If the Supplier misses either date for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 60 days, the Buyer may also terminate this Contract under Article 14.
H:Article 6 Acceptance
P:6.1 After Operational Readiness the system runs in trial operation for 90 days. Final Acceptance requires that: (a) all functions in the specification in Annex 2 work as described; (b) data from every Plant reaches the APM system within 60 seconds of being recorded, with no more than 0.5% of expected data points missing in any week of the trial operation; (c) the predictive models, back-tested on the 22 documented gearbox and main-bearing failures of 2022 to 2025, flag at least 18 of them 14 days or more in advance; and (d) the Supplier has handed over the documentation listed in Annex 3.
P:6.2 The Buyer issues the Final Acceptance Certificate within 10 working days after the criteria are met. Installation, Operational Readiness, trial operation and use of the system by the Buyer do not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Warranty Period is twenty-four (24) months from the date of the Final Acceptance Certificate. During the Warranty Period the Supplier shall, at no additional charge, correct defects in the Licensed Software and the Custom Deliverables, provide new releases of the Licensed Software, and provide the support services and service levels in Article 8.
H:Article 8 Support Services and Service Levels
P:8.1 Support is provided by telephone, e-mail and ticket portal at any hour, and on site when needed.
P:8.2 Service levels:
TB:Severity|Definition|Response|Workaround or restoration
TB:Severity 1|The APM system is unavailable, or alarms from any Plant are not received|30 minutes|6 hours
TB:Severity 2|A module, a Plant interface or a model is not working and a workaround exists|2 hours|2 business days
TB:Severity 3|Minor defects and questions|1 business day|Next release
P:8.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,200; for Severity 2, CNY 300 per hour. The Buyer may deduct these amounts from any payment due.
P:8.4 After the Warranty Period the Buyer may order Annual Support from the Supplier. The Annual Support Fee is 17.5% of the Licence Subtotal, that is CNY 311,745 per year, fixed for the first three years of Annual Support. Annual Support is ordered by the Buyer's purchase order each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Licensed Software remains the Supplier's property. The Buyer receives a perpetual, non-exclusive licence to use it within the licensed quantities.
P:9.2 The Custom Deliverables, including their source code and model parameters, are the Supplier's property, also where they were developed specifically for the Buyer's Plants. The Buyer receives a non-exclusive, non-transferable licence to use the Custom Deliverables for the Plants for as long as it holds the licence in Article 9.1. The Buyer may not modify, reverse engineer or copy the Custom Deliverables, and may not have them maintained or adapted by any third party.
H:Article 10 Operational Data and Security
P:10.1 Operational Data belongs to the Buyer. The Supplier shall use Operational Data only to perform this Contract and shall not use it for any other purpose, in particular not to train or improve models for other customers or for its general products, whether in identifiable, aggregated or anonymised form.
P:10.2 The system is hosted only in the Buyer's data centre. The Supplier's personnel may access it remotely only through the Buyer's VPN and bastion host, with the Buyer's approval for each session, and all sessions are logged. No Operational Data may be copied out of the Buyer's environment.
P:10.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, report any security incident affecting the system or Operational Data to the Buyer within 2 hours, take immediate remedial measures, and is liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Contract, including the Buyer's plant data and security arrangements, and not disclose it to any third party without prior written consent, for five years after the Contract ends.
H:Article 12 Liability
P:Each party is liable for the losses caused by its breach of this Contract. Neither party is liable for indirect losses, except in case of a breach of Article 10 or 11 or of wilful misconduct.
H:Article 13 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 14 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if a delay under Article 5.2 exceeds 60 days.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Lanzhou Arbitration Commission for arbitration.
P:Annex 1: List of Plants. Annex 2: Functional and technical specification. Annex 3: Documentation list.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________
"""

H22E04 = """T:Supply and Installation Contract - Terminal 2 FIDS
P:Contract No.: XJAG-T2-2026-058
P:Buyer: Xiangjiang Airport Group Co., Ltd. (the "Buyer")
P:Supplier: Aerodata Systems (Beijing) Co., Ltd. (the "Supplier")
P:The Buyer awarded this Contract to the Supplier following tender No. XJAG-2026-ZB-019 for the replacement of the flight information display system ("FIDS" or the "System") in Terminal 2 of Xiangjiang International Airport. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, integrate and commission a new FIDS for Terminal 2, comprising the FIDS server software, display controllers, LCD displays for the check-in halls, security screening areas, gate lounges and baggage reclaim, LED displays at gates and check-in counters, and interfaces with the Buyer's Airport Operational Database (AODB), public address (PA) system and common-use check-in system.
P:1.2 The FIDS servers run on the Buyer's existing virtualisation platform in the Terminal 2 computer room. The Supplier installs and configures the software on virtual machines provided by the Buyer.
P:1.3 Work in operational areas is performed at night between 00:30 and 05:30, under the Buyer's airside safety and security rules, and the old and new displays run in parallel in each zone until the zone is switched over.
H:2. Contract Price
P:2.1 The Contract Price is CNY 4,700,000, VAT included and fixed for the duration of the Contract:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|FIDS server software licence, perpetual site licence|1|640,000|640,000
TB:2|Display controllers|420|2,900|1,218,000
TB:3|55-inch commercial LCD displays with mounts|360|4,600|1,656,000
TB:4|LED gate and counter displays|86|5,800|498,800
TB:-|Hardware and Licence Subtotal|-|-|4,012,800
TB:5|AODB, PA and check-in system interfaces|1 lot|286,000|286,000
TB:6|Installation, cabling and mounting|1 lot|372,000|372,000
TB:7|Training and documentation|1 lot|29,200|29,200
TB:-|Contract Price|-|-|4,700,000
H:3. Payment
P:3.1 20% of the Contract Price (CNY 940,000) within 20 days after signature, against an advance-payment guarantee of the same amount.
P:3.2 45% of the Contract Price (CNY 2,115,000) within 30 days after all equipment has been delivered to site.
P:3.3 35% of the Contract Price (CNY 1,645,000) within 30 days after Go-Live.
H:4. Delivery, Installation and Delay
P:4.1 The Supplier shall deliver all equipment within 60 days after signature and achieve Go-Live of all zones within 120 days after signature, following the zone sequence agreed with the Buyer's terminal operations department.
P:4.2 If the Supplier is late in delivery or in achieving Go-Live, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Go-Live and Acceptance
P:5.1 When installation of all zones is complete, the Supplier performs its standard commissioning checks and switches the System to live operation ("Go-Live"). Go-Live is the first day on which the System displays live flight information in all passenger areas of Terminal 2.
P:5.2 The System is deemed accepted by the Buyer on Go-Live. The Buyer's use of the System in airport operations constitutes acceptance, and no further acceptance test is required. Defects found after Go-Live are dealt with under the warranty in Clause 6.
H:6. Warranty
P:6.1 The Warranty Period is 36 months from Go-Live. During the Warranty Period the Supplier repairs or replaces faulty equipment free of charge, provides software updates, and keeps a stock of spare displays and controllers at the airport.
P:6.2 After the Warranty Period the Buyer may order annual maintenance from the Supplier at not more than 8% of the Hardware and Licence Subtotal per year (CNY 321,024), fixed for the first three years after the Warranty Period. Annual maintenance is ordered by purchase order and does not renew automatically.
H:7. Service Levels
P:7.1 During the Warranty Period the FIDS servers shall be available at least 99.99% of each month, excluding planned maintenance agreed in advance with the Buyer's airport operations centre.
P:7.2 Faults are classified and handled as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|FIDS server or AODB interface down, or a whole zone or all gate displays blank or showing wrong flight data|15 minutes|1 hour|3 hours
TB:Severity 2|Single display or controller failure, or PA interface fault|1 hour|3 hours|Next day
TB:Severity 3|Cosmetic defects and questions|1 business day|-|10 business days
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response, on-site or restoration time it shall pay the Buyer CNY 2,000, and CNY 300 per hour for Severity 2. For each 0.01 percentage point by which monthly availability falls short of Clause 7.1 it shall pay CNY 5,000.
H:8. Buyer Data and Security
P:8.1 Flight data, display content, configurations and system logs belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The Supplier shall comply with the Buyer's network security rules and the civil aviation rules on network and information security. Remote access requires the Buyer's approval for each session through the Buyer's bastion host, and all sessions are logged. No data may be copied out of the airport network.
P:8.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 2 hours after discovering it, take immediate remedial measures, and is liable for the losses caused by its breach of this Clause.
H:9. Intellectual Property
P:9.1 The FIDS software product remains the Supplier's property; the Buyer receives a perpetual licence to use it at Xiangjiang International Airport.
P:9.2 The display layouts, templates and interface software developed for the Buyer under this Contract, including source code and documentation, belong to the Buyer, which may use, modify and license them freely.
H:10. Confidentiality
P:Each party shall keep confidential the non-public information received from the other party under this Contract, in particular the Buyer's network architecture, security arrangements and operational data, and shall not disclose it without the other party's prior written consent. This obligation survives termination.
H:11. Limitation of Liability
P:The Supplier's total aggregate liability under or in connection with this Contract, including liquidated damages and service-level payments, shall not exceed CNY 1,200,000. This limit does not apply to personal injury or wilful misconduct.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay under Clause 4.2 exceeds 60 days.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________
"""

SOURCES = {"h22z03": H22Z03, "h22e02": H22E02, "h22e04": H22E04}
TARGETS = {"h22z03": ("h22z03_heating_group_substation_om_service.docx", "docx"),
           "h22e02": ("h22e02_wind_solar_apm_licence_implementation.docx", "docx"),
           "h22e04": ("h22e04_airport_fids_supply_installation.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
