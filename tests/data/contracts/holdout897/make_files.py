"""holdout897: builds the ten blind held-out drafts and their .json labels, and asserts the checks of the brief.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
- .txt / .md drafts are their own sources (kept as files in this folder); the two .docx and the two .pdf are built
  here from the markup below with ../word_pdf.py (PDF paragraphs broken at word boundaries, as holdout15 onwards).
- The labels are written from LABELS; each draft's rules are derived from its labels with my reading of policy §3 and
  compared with DESIGN; the coverage of all 20 CR rules, the text lengths as read back, the label values against the
  policy thresholds and a threshold-figure scan of every built file are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H897Z01 = """
T:储能电站与虚拟电厂调度平台建设项目采购合同
P:合同编号：FGW-ZC-2026-0417　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市发展和改革委员会
P:乙方（供应商）：江南智能能源科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，以甲方提供的合同文本订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供储能电站与虚拟电厂调度平台软件（以下称“平台”）的永久使用许可，并在平台基础上完成定制开发、部署实施和培训，实现对全市已并网储能电站、可调节负荷和分布式光伏的统一监测、聚合调度和需求响应管理。
P:1.2 定制开发内容包括：储能电站接入网关及通信规约适配（不少于二十六座电站）、虚拟电厂聚合调度模块、需求响应邀约与结算模块、与省级电力交易平台及市能源大数据中心的数据接口、领导驾驶舱及统计报表。
P:1.3 具体功能和性能要求以招标文件第三章《技术需求书》及乙方投标文件的技术响应为准，两者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾贰万元整（¥2,120,000.00），含税，为固定总价，包括软件许可、定制开发、部署实施、培训、差旅及质保期内服务等全部费用。
P:2.2 分项价格：平台软件永久许可费¥1,180,000；定制开发费¥760,000；部署实施费¥142,000；培训费¥38,000。
P:2.3 除本合同另有约定外，甲方不再承担任何其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥424,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥954,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥742,000。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批产生的合理时间不视为甲方逾期。乙方应在每次付款前开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后一百五十日内完成全部开发、部署和联调，并提交初步验收申请。
P:4.2 乙方应派驻项目经理一名及不少于六名技术人员，项目经理未经甲方同意不得更换。
P:4.3 乙方应按周提交项目进度报告，遇有可能影响工期的事项应立即书面告知甲方。
P:4.4 乙方应在合同签订后二十日内提交实施方案和测试方案，经甲方确认后执行；实施过程中不得影响已并网储能电站的正常运行，涉及电站侧设备的调试应事先取得电站运营单位的书面同意。
H:第五条 验收
P:5.1 初步验收标准：全部功能点逐项测试通过；二十六座储能电站全部接入，遥测数据刷新周期不超过五秒；调度指令下发至电站执行的时延不超过两秒；与省级电力交易平台、市能源大数据中心的接口联调成功并连续运行十个工作日无差错；在三百个并发用户下页面平均响应时间不超过三秒。
P:5.2 最终验收标准：平台自初步验收之日起连续试运行九十日，期间未发生一级故障；完成至少两次需求响应实战演练；通过甲方委托的第三方软件测评和网络安全等级保护测评；乙方提交全部源代码、接口文档、部署手册和运维手册。
P:5.3 甲方应在收到乙方验收申请后十五个工作日内组织验收并出具书面意见。平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥106,200，质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三个工作日经甲方同意）。
P:7.2 故障分为三级。一级故障（平台整体不可用或调度指令无法下发）：乙方应在三十分钟内响应，二小时内到达现场，八小时内恢复；二级故障：一小时内响应，二十四小时内解决；三级故障：一个工作日内响应，五个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时，甲方可从应付款项或履约保证金中扣减¥1,500；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 平台软件产品的著作权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其所属单位。
P:8.2 为本项目定制开发的模块、接口程序、报表及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证其交付物不侵犯任何第三方的知识产权，因侵权引起的纠纷和损失由乙方承担。
H:第九条 数据安全
P:9.1 平台采集、存储和产生的全部数据（包括电站运行数据、负荷数据、交易数据及用户信息）均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，对数据传输和存储进行加密，实施最小权限管理；远程运维须经甲方审批并通过堡垒机进行，全程审计留痕；乙方人员不得将任何数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在一小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、电网运行信息和其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限提交初步验收申请或通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过六十日，或交付物经两次整改仍验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包与转包
P:12.1 乙方不得将本合同项下的工作转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同的组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:日期：2026年　月　日
"""

H897Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：HX-SB-2026-088
P:甲方：浙江恒欣折叠椅制造有限公司
P:乙方：台州精工自动化系统有限公司
P:甲方拟对其一号厂房内六条折叠椅生产线（冲压、弯管、焊接、喷涂、装配和包装工段）的电气控制系统进行改造，乙方提供设备、软件及改造服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除六条生产线原有继电器控制柜，更换为PLC控制柜，更换伺服驱动及电机，加装工业触摸屏、光电及压力传感器，并部署生产线控制及MES看板软件，实现各工段联动控制、设备状态采集、产量和节拍统计、故障报警及停机原因记录。
P:1.2 乙方负责改造后控制程序的编写、现场调试、与甲方现有ERP系统的产量数据对接，以及甲方操作和维修人员的培训。
P:1.3 改造应分线进行，每条线的停产时间不超过五个自然日，且同一时间停产的生产线不得超过两条。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰叁拾玖万元整（¥1,390,000），含13%增值税、运输、安装、调试及质保期内服务费用。分项如下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含PLC、输入输出模块、低压电器）|6套|486,000
TB:2|伺服驱动器及伺服电机|48套|372,000
TB:3|工业触摸屏、光电及压力传感器|1批|158,000
TB:4|生产线控制及MES看板软件许可（永久）|1套|264,000
TB:|软硬件小计||1,280,000
TB:5|安装调试及控制程序改造|1项|96,000
TB:6|操作与维修培训|1项|14,000
TB:|合计||1,390,000
P:2.2 上述价格为固定价格，甲方不另行支付任何费用。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款（¥278,000）。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%（¥486,500）。到货签收仅确认数量和外观，不视为验收。
P:3.3 六条生产线全部改造完成并通过最终验收后，甲方支付合同总价的35%（¥486,500）。
P:3.4 余款10%（¥139,000）作为质量保证金，质保期满且无未决质量问题后十日内无息支付。
P:3.5 每次付款前，乙方应向甲方开具等额增值税专用发票，甲方收到合格发票后十个工作日内付款。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂房，在合同生效后一百日内完成六条生产线的改造并提交最终验收申请。
P:4.2 乙方进场施工应遵守甲方安全生产制度，动火、登高及带电作业须办理作业票。
P:4.3 乙方应在进场前提交施工组织方案和分线停产计划，经甲方生产部门确认后实施；改造期间乙方应配合甲方做好未改造生产线的正常生产，不得随意断电。
P:4.4 乙方提供的设备应为全新原厂正品，PLC、伺服及触摸屏的品牌型号应与投标清单一致，不得以其他品牌替代；确需变更的，须经甲方书面同意且性能不低于原型号。
P:4.5 培训分操作和维修两个班次，各不少于三日，乙方应提供中文教材，并对维修人员进行PLC程序在线监控、参数修改和常见故障排除的实操培训，培训后参训人员应能独立处理一般故障。
H:第五条 验收
P:5.1 单线验收：每条生产线改造完成后连续带料试生产七日，设备动作与工艺要求一致，节拍不低于改造前水平，急停及安全光幕联锁测试全部通过。
P:5.2 最终验收：六条生产线全部通过单线验收后，连续满负荷运行二十日，未发生因控制系统原因导致的停线；MES看板产量数据与人工清点数据一致；ERP接口连续十日数据无差错；乙方交付电气图纸、PLC程序源文件及操作维修手册。
P:5.3 验收合格后双方签署最终验收报告。设备投入生产使用或甲方支付款项，不代表验收合格。
P:5.4 单线验收不合格的，乙方应在五日内整改并重新组织试生产；同一生产线两次验收不合格的，甲方有权要求乙方更换相关设备或另行委托他人整改，费用由乙方承担。
H:第六条 质量保证与售后维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为损坏的故障，乙方免费维修或更换，软件免费升级。
P:6.2 故障响应：整线停机的一级故障，乙方应在一小时内响应，六小时内到达现场；其他故障二小时内响应，二十四小时内到达现场。每超时一小时，乙方向甲方支付¥800。
P:6.3 质保期满后，乙方继续提供年度维保服务，内容包括每季度一次预防性巡检、备件更换、程序优化和技术支持。年度维保费按软硬件小计的26%计取，即每年¥332,800，在维保年度开始时支付，本合同签订后三年内该费率不予调整。
P:6.4 维保服务期间的响应时限与第6.2条相同。
P:6.5 乙方应在甲方所在地保有常用备件，包括PLC模块、伺服驱动器和触摸屏各不少于两套，确保一级故障时可即时更换。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC控制程序、触摸屏画面、接口程序及其源文件归甲方所有，甲方有权自行修改或委托他人修改。
P:7.2 MES看板软件的著作权仍属于乙方，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产线运行数据、产量及质量数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须事先取得甲方同意，通过甲方指定的VPN账号接入并保留操作日志；乙方不得将甲方数据复制带离现场。因乙方原因造成数据泄露或控制系统被入侵的，乙方应在两小时内报告并承担赔偿责任。
P:8.3 控制系统不得预留任何未经甲方知晓的远程访问通道或程序锁，乙方交付时应提供全部系统账号和密码。
H:第九条 保密
P:9.1 双方对履行本合同知悉的对方技术资料、工艺参数和经营信息负有保密义务，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因乙方原因造成甲方停产超出第1.3条约定时间的，乙方还应赔偿甲方的直接损失。
P:10.3 乙方在质保期内拒不履行维修义务的，甲方可委托第三方维修，所需费用从质量保证金中扣除，不足部分由乙方补足。
P:10.4 甲方逾期付款的，按应付未付金额每日万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。线槽敷设等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十五日内未予纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应在甲方通知的期限内撤离现场，并移交已完成部分的图纸、程序和资料；甲方按已验收合格部分结算价款。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议提交台州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 因地震、洪水、火灾等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
P:14.3 双方往来通知以书面形式送达合同首页所列地址，一方变更联系方式应提前书面通知对方。
P:14.4 附件：设备技术参数表、分线停产计划、验收记录表，均为本合同不可分割的组成部分。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

H897E01 = """
T:Software Licence and Services Agreement
P:Agreement No. BSW-CN-2026-031
P:This Agreement is made between Ningbo Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Buyer"), and Beskid Warehouse Systems sp. z o.o., a limited liability company incorporated in Poland with its registered office at ul. Lwowska, 33-300 Nowy Sącz, Poland (the "Vendor").
P:The Buyer operates three temperature-controlled warehouses in Ningbo and wishes to replace its existing warehouse software. The Vendor has agreed to grant a perpetual licence to its warehouse management system and to implement it at the Buyer's sites on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's BeskidWMS warehouse management system, version 8, including the cold-chain module, the yard management module and the mobile scanning application, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means all interfaces, reports, label templates, configurations and scripts prepared by the Vendor specifically for the Buyer under this Agreement, including the interfaces to the Buyer's ERP system, its temperature-logging system and the customs clearance platform.
P:1.3 "Go-Live" means the first day on which the Software is used for live operations at all three warehouses.
P:1.4 "Final Acceptance" means the Buyer's written confirmation that the Software and the Custom Deliverables meet the criteria in Article 5.
P:1.5 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's operations, including inventory, order, customer, temperature and personnel records.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 220 named users and 160 mobile devices at the Buyer's warehouses and offices in the People's Republic of China, for the Buyer's internal business purposes.
P:2.2 The Buyer may make copies of the Software for backup, disaster recovery and testing.
P:2.3 The Software will be installed on servers owned by the Buyer and located in the Buyer's data centre in Ningbo. The Vendor will not host any part of the Software or Buyer Data.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Annex 1, including process workshops, configuration, development of the Custom Deliverables, migration of open stock and master data from the existing system, integration testing, Go-Live support on site and hypercare for four weeks after Go-Live.
P:3.2 The Vendor shall deliver training for 24 key users and 6 system administrators in Ningbo, in Chinese or with a qualified interpreter provided at the Vendor's cost.
P:3.3 The Vendor shall appoint a project manager with at least three previous warehouse management implementations.
P:3.4 The Vendor shall achieve Go-Live within 150 days after the signing of this Agreement and shall submit the Software for Final Acceptance within 60 days after Go-Live.
H:Article 4 Price and Payment
P:4.1 The total price under this Agreement is CNY 1,848,000 (the "Contract Price"), consisting of the licence fee of CNY 1,260,000, implementation services of CNY 540,000 and training of CNY 48,000. The Contract Price is fixed and includes all taxes, travel and living expenses of the Vendor's personnel.
P:4.2 The Buyer shall pay 20% of the Contract Price (CNY 369,600) within 20 days after signing of this Agreement and receipt of the Vendor's invoice.
P:4.3 The Buyer shall pay 45% of the Contract Price (CNY 831,600) within 20 days after Go-Live.
P:4.4 The Buyer shall pay the remaining 35% of the Contract Price (CNY 646,800) within 20 days after Final Acceptance.
P:4.5 Payments shall be made in CNY by bank transfer to the account stated in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires that: (a) all functions listed in Annex 2 have passed the acceptance test scripts agreed with the Buyer; (b) a full physical stock count at each warehouse matches the stock records in the Software without unexplained differences; (c) the interfaces to the ERP system, the temperature-logging system and the customs platform have run for 20 consecutive working days without data loss; (d) the mobile scanning application processes a pallet transaction in under 2 seconds at peak load; and (e) no Severity 1 or Severity 2 defect has been open for 30 consecutive days after Go-Live.
P:5.2 The Buyer shall carry out the acceptance tests within 15 working days after the Vendor's written notice of readiness and either sign the acceptance certificate or state the failed criteria in writing. The Vendor shall correct the failures and resubmit.
P:5.3 Go-Live, the use of the Software in live operations or any payment by the Buyer shall not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 2 for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects free of charge and provide all new releases and updates of the Software.
P:6.2 Defects are classified as follows. Severity 1: a warehouse cannot receive, store or dispatch goods, or temperature records are lost. Severity 2: a major function is impaired but a workaround exists. Severity 3: any other defect. The Vendor shall respond to a Severity 1 defect within 1 hour, at any time of day, and restore operation within 8 hours; to a Severity 2 defect within 2 hours during business hours; and to a Severity 3 defect within 2 business days.
P:6.3 If the Vendor fails to meet a response or restoration time for a Severity 1 defect, it shall pay the Buyer CNY 1,200 for each hour or part of an hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Vendor shall offer annual support covering the services in Article 6.1 and 6.2. The annual support fee is 11% of the licence fee, that is CNY 138,600 per year, and shall remain fixed for the first three years after the warranty period. Support is ordered by the Buyer year by year and is not renewed automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy, retain, aggregate or use it for any other purpose, including product development or analytics.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, shall be made through the Buyer's VPN with multi-factor authentication and is logged. The Vendor shall not transfer Buyer Data outside the People's Republic of China, and any data needed for defect analysis shall be anonymised by the Buyer before it is shared.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law in handling Buyer Data, notify the Buyer of any actual or suspected security incident within 8 hours, cooperate in the investigation and remedy, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 3.4 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for breach of Articles 8 and 9, infringement of intellectual property, personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent.
H:Article 12 Term and Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within 20 days after written notice, or if Go-Live is delayed by more than 60 days.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted and the Buyer may keep the licence for the Software against payment of the licence fee.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of Poland, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the common court having jurisdiction over the seat of the Vendor in Nowy Sącz, Poland.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Implementation Scope) and Annex 2 (Functional Requirements and Acceptance Test Scripts), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H897E03 = """
T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. HXP-EQ-2026-0092
P:Buyer: Shandong Huaxin Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Eden Valley Condition Monitoring Ltd, a company registered in England, with its office at Gilwilly Industrial Estate, Penrith, Cumbria, United Kingdom (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer is installing a condition monitoring system on the rotating equipment of its two paper machines, and the Supplier has agreed to supply the sensors, gateways and monitoring software and to install and commission them.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and accessories listed in Clause 3.
P:1.2 "Software" means the Supplier's ValeWatch condition monitoring software, version 5, including the analytics server, the web client and the mobile alerts application, licensed under Clause 9.
P:1.3 "System" means the Equipment and the Software, installed, configured and integrated as required by this Contract.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Clause 6.
P:1.5 "Buyer Data" means all measurement data, alarms, asset records, reports and other data generated or stored by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply and install 320 wireless sensors on the drives, rolls, fans, pumps and gearboxes of paper machines PM1 and PM2, according to the measurement point list in Annex 1.
P:2.2 The Supplier shall supply 24 gateways, install the Software on servers provided by the Buyer in its mill data centre, configure the asset hierarchy and alarm limits, and integrate the System with the Buyer's distributed control system and its maintenance management system.
P:2.3 The Supplier shall train 16 maintenance engineers and 4 IT administrators at the mill.
P:2.4 The Supplier shall provide, in Chinese or English, the installation records, calibration certificates of the sensors, the as-built measurement point list, the Software administrator manual and the user manual.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,476,000, inclusive of VAT, packing, transport to the mill, insurance, installation and commissioning, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor with mounting kit|320|2,150|688,000
TB:2|Industrial wireless gateway|24|9,500|228,000
TB:3|ValeWatch software, perpetual licence for up to 400 assets|1|412,000|412,000
TB:|Equipment and Software subtotal|||1,328,000
TB:4|Installation, configuration, integration and commissioning|1|126,000|126,000
TB:5|Training|1|22,000|22,000
TB:|Contract Price|||1,476,000
P:3.2 The Contract Price is fixed. No other charges are payable by the Buyer.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 147,600) within 15 working days after the Buyer receives an advance payment bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 Delivery payment: 45% of the Contract Price (CNY 664,200) within 15 working days after all Equipment has been delivered and installed and the Software has been installed. Delivery and installation do not constitute acceptance.
P:4.3 Final payment: 45% of the Contract Price (CNY 664,200) within 15 working days after Final Acceptance.
P:4.4 Each payment is subject to the Supplier's valid VAT invoice.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the mill within 70 days after the Contract date and complete installation and commissioning within 120 days after the Contract date.
P:5.2 Installation work on running machines shall be carried out only during shutdown windows notified by the Buyer, and the Supplier shall follow the mill's safety rules, including lock-out procedures and permits to work.
P:5.3 The Equipment shall be new, unused and of current production, supplied with certificates of origin and conformity, and packed for sea and road transport. Title and risk pass to the Buyer on delivery at the mill, without prejudice to the Buyer's rights under Clauses 6 and 7.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) every measurement point in Annex 1 transmits data to the Software at the configured interval; (b) gateway packet loss is below 1% over a 14-day measurement period; (c) readings of 20 sensors selected by the Buyer agree with a calibrated portable analyser within the tolerance in Annex 2; (d) alarms are received in the distributed control system and create work orders in the maintenance management system; and (e) the System runs for 30 consecutive days without a Priority 1 fault.
P:6.2 The Buyer shall conduct the acceptance tests within 10 working days after the Supplier's written notice of readiness. If any criterion is not met, the Supplier shall correct the defect at its cost and the tests shall be repeated.
P:6.3 The use of the System by the Buyer before Final Acceptance, or any payment, does not mean that the System has been accepted.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail before their rated life, and provide all Software updates and upgrades free of charge.
P:7.2 Faults are classified as Priority 1 (the System or a gateway serving a paper machine stops reporting data or alarms), Priority 2 (individual sensors fail or reports are incorrect) and Priority 3 (other issues). The Supplier shall respond to a Priority 1 fault within 1 hour and restore service within 24 hours, if necessary by sending an engineer from its service partner in Qingdao; Priority 2 faults within 8 working hours; Priority 3 faults within 3 working days.
P:7.3 For each hour by which a response or restoration time for a Priority 1 fault is exceeded, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any payment or claim under the bank guarantee.
P:7.4 After the warranty period the Supplier shall provide annual support, including Software updates, remote support and spare sensors at list price, for an annual fee of 8% of the Equipment and Software subtotal, that is CNY 106,240 per year. This fee is fixed for the two years following the warranty period. Support is ordered by the Buyer each year and does not renew automatically.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not retain, copy, analyse or use it for any other purpose.
P:8.2 The System shall be installed inside the Buyer's network. The Supplier shall have remote access only through the Buyer's secure gateway, with prior approval for each session and full logging. The gateways shall use encrypted communication and shall not send data outside the Buyer's network.
P:8.3 The Supplier shall report any security incident relating to the System to the Buyer within 2 hours, assist in investigation and recovery, and compensate the Buyer for all losses resulting from its breach of this Clause.
H:9. Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, irrevocable and non-exclusive licence to use the Software at the Rizhao mill and any other site of the Buyer in mainland China.
P:9.2 All configurations, asset models, alarm rules, reports and integration programs developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including process data, drawings and production figures, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in Clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except in cases of personal injury, wilful misconduct, breach of Clauses 8 and 10, or infringement of third-party rights.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Qingdao service partner named in Annex 3 is approved by the signature of this Contract.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:13.2 On termination for breach, the Supplier shall repay the amounts received for items not accepted, and the Buyer may claim under the bank guarantee.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao, whose award is final.
P:Annex 1: Measurement point list. Annex 2: Acceptance test procedure and tolerances. Annex 3: Approved service partner.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h897z01": H897Z01, "h897z02": H897Z02, "h897e01": H897E01, "h897e03": H897E03}
TARGETS = {"h897z01": ("h897z01_dev_reform_energy_storage_vpp_platform.pdf", "pdf"),
           "h897z02": ("h897z02_folding_chair_line_control_retrofit.docx", "docx"),
           "h897e01": ("h897e01_warehouse_system_perpetual_licence_polish_vendor.pdf", "pdf"),
           "h897e03": ("h897e03_paper_mill_sensors_monitoring_licence.docx", "docx")}

FILES = {
    "h897z01": "h897z01_dev_reform_energy_storage_vpp_platform.pdf",
    "h897z02": "h897z02_folding_chair_line_control_retrofit.docx",
    "h897z03": "h897z03_sled_experience_chain_booking_saas.txt",
    "h897z04": "h897z04_traffic_bureau_bike_parking_system_om.txt",
    "h897z05": "h897z05_polymer_clay_studio_process_tracking_supplier_template.md",
    "h897e01": "h897e01_warehouse_system_perpetual_licence_polish_vendor.pdf",
    "h897e02": "h897e02_field_service_saas_order_form.md",
    "h897e03": "h897e03_paper_mill_sensors_monitoring_licence.docx",
    "h897e04": "h897e04_managed_it_services_36_months.md",
    "h897e05": "h897e05_forest_data_api_subscription.txt",
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def lab(lang, category, terms, sla, ld_stated, deemed, value, capped=None):
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"language": lang, "category": category, "expected_terms": t, "expected_extra": extra}


G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order:
# avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind
LABELS = {
    "h897z01": lab("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                      False, True, False, "PRC", G], True, True, False, 2120000, capped=True),
    "h897z02": lab("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26,
                                      False, True, False, "PRC", G], True, True, False, 1390000, capped=True),
    "h897z03": lab("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.1, 150, None, True, None, None, None,
                                   True, True, False, "PRC", S], True, True, False, 810000),
    "h897z04": lab("zh", "services", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                      None, False, False, True, "PRC", S], True, True, False, 586000),
    "h897z05": lab("zh", "software", [None, 24, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6,
                                      None, False, True, None, None, G], True, True, True, 312000, capped=False),
    "h897e01": lab("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11,
                                      False, True, False, "Poland", G], True, True, False, 1848000, capped=True),
    "h897e02": lab("en", "cloud", [None, None, False, "buyer", True, True, True, 650 / 546000 * 100, 6 / 24 * 100, None,
                                   True, None, None, None, False, True, False, "PRC", S], False, True, False, 546000),
    "h897e03": lab("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8,
                                      False, True, False, "PRC", G], True, True, False, 1476000, capped=True),
    "h897e04": lab("en", "services", [None, 0.25, True, "buyer", True, True, False, None, 150, None, True, None, None,
                                      None, False, True, False, "PRC", S], True, False, False, 2542000),
    "h897e05": lab("en", "cloud", [99.95, 1, True, "buyer", False, True, True, 600 / 760000 * 100, 200, None, True,
                                   None, None, None, False, True, False, "Montana", S], True, True, False, 760000),
}

# TCO inputs (policy §4): fee base = itemised licence / hardware subtotal; purchase + implementation = contract value.
TCO_BASE = {"h897z01": 1180000, "h897z02": 1280000, "h897z05": 168000, "h897e01": 1260000, "h897e03": 1328000}
FORUM_OUTSIDE = {"h897e01", "h897e05"}  # courts in Nowy Sącz / Flathead County

DESIGN = {
    "h897z01": [],
    "h897z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h897z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h897z04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h897z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h897e01": ["CR-GOVERNING-LAW"],
    "h897e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h897e03": [],
    "h897e04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
    "h897e05": ["CR-DATA-SECURITY", "CR-GOVERNING-LAW"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy §3 thresholds
AVAIL, P1H, LDMIN, CAPMIN, PREMAX, WMIN, PWFMAX, TCOMAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(key):
    t, e = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if key not in TCO_BASE or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * TCO_BASE[key] * years
    return post / (e["contract_value"] + post) * 100


def derive(key):
    t, e = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1H:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LDMIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAPMIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREMAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < WMIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > PWFMAX):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > TCOMAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def read_back(name):
    p = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


ZN = "一二三四五六七八九十百零两"
THRESHOLD_RE = re.compile("|".join([
    r"99[.．]9(?![\d])",
    r"(?<![\d.])0?[.．]05(?!\d)\s*(?:%|％|per\s*cent)",
    r"万分之五(?![十" + ZN + r"])", r"千分之零点五", r"百分之零点零五",
    r"(?<![\d.,])(?:30|40|15|100)\s*(?:%|％|per\s*cent)",
    r"百分之(?:三十|四十|十五|百|一百)(?![" + ZN + r"])",
    r"\b(?:thirty|forty|fifteen|one\s*hundred)\s*(?:%|per\s*cent)",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?\b|h\b|个?小时)",
    r"\bfour\s*-?\s*hours?", r"(?<![" + ZN + r"\d])四个?小时",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月)", r"\btwelve\s*-?\s*months?", r"(?<![" + ZN + r"])十二个月",
    r"(?<![\d.,])5\s*-?\s*(?:years?|年)", r"\bfive\s*-?\s*years?", r"(?<![" + ZN + r"])五年",
]), re.I)

MUST_HIT = ["30%", "30 %", "百分之三十", "40%", "15 per cent", "100%", "99.9%", "99.9", "0.05%", "万分之五",
            "4 hours", "4-hour", "4小时", "四小时", "四个小时", "12 months", "12-month", "十二个月", "12个月",
            "five years", "5年", "五年", "twelve months"]
MUST_MISS = ["24 hours", "二十四小时", "24小时", "99.95%", "99.5%", "130%", "115%", "0.055%", "2027年12月31日",
             "14 hours", "35%", "45%", "150%", "200%", "万分之八", "万分之二", "36 months", "24个月", "7×24小时",
             "72 hours", "十五个工作日", "二十五日", "2,150"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s) and not THRESHOLD_RE.search(re.sub(r"\s+", "", s)), ("must miss", s)

    write(SOURCES, TARGETS, OUT, wrap_words=True)

    covered = set()
    for key, name in FILES.items():
        t, e = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != AVAIL and t["p1_response_hours"] != P1H
        assert t["ld_rate_per_day_pct"] != LDMIN and t["liability_cap_pct"] != CAPMIN
        assert t["prepayment_pct"] != PREMAX and t["warranty_months"] != WMIN
        assert t["post_warranty_fee_pct"] != PWFMAX
        s = tco_share(key)
        assert s is None or abs(s - TCOMAX) > 2, (key, s)
        # text read back
        text = read_back(name)
        if LABELS[key]["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        label = {"file": name, **LABELS[key], "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print("%-66s %5d  %-6s %s  TCO %s" % (name, n, risk(rules), ", ".join(rules) or "(none)",
                                              "-" if s is None else "%.1f %%" % s))
    assert len(covered) == 20 and covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 CR rules covered")


if __name__ == "__main__":
    main()
