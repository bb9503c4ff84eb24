"""Builds the .docx and .pdf contracts of holdout17 from the marked-up sources below.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the PDFs the paragraphs are first broken into lines (word_pdf.prewrap: the width of word_pdf.visual_lines, 38 units,
CJK 1, other 0.5) at word boundaries, never inside an English word or a number, and without starting a line with
closing Chinese punctuation, the way a word processor would print them; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout17/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H17Z03 = """T:临江市文化艺术中心LED显示屏采购及安装合同
P:合同编号：LJWY-2026-SB-014
P:甲方（买方）：临江市文化艺术中心
P:乙方（卖方）：深圳辉映光电科技有限公司
P:甲方通过公开招标方式采购"大剧院前厅及外立面LED显示系统"，乙方为中标人。双方依据《中华人民共和国民法典》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 采购内容
P:1.1 乙方向甲方提供并安装以下显示系统：（1）大剧院前厅室内小间距LED显示屏一块，显示面积46.08平方米；（2）西立面户外全彩LED显示屏一块，显示面积115.2平方米；（3）视频处理及发送设备、多媒体播控系统、配电及防雷接地系统；（4）户外屏钢结构的设计、制作与安装。
P:1.2 户外屏钢结构方案须经具备资质的设计单位出具结构计算书，并经甲方及大楼原设计单位确认后方可施工。
H:第二条 合同价款
P:2.1 分项价格如下表：
TB:序号|名称及规格|数量|单价（元）|金额（元）
TB:1|室内小间距LED显示屏（P1.538，共阴节能，前维护）|46.08㎡|26,500|1,221,120
TB:2|户外全彩LED显示屏（P4，防护等级IP65）|115.2㎡|8,600|990,720
TB:3|LED视频处理器及发送卡|4台|38,000|152,000
TB:4|多媒体播控系统（播控服务器及软件）|1套|168,000|168,000
TB:5|智能配电柜及防雷接地|2套|36,500|73,000
TB:|设备价款小计|||2,604,840
TB:6|钢结构设计、制作及安装施工|1项|286,000|286,000
TB:7|系统调试及操作培训|1项|42,000|42,000
TB:|合同总价|||2,932,840
P:2.2 合同总价为人民币贰佰玖拾叁万贰仟捌佰肆拾元整（¥2,932,840.00），为含税总价，包括设备、运输、保险、吊装、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，乙方向甲方提交合同总价20%的银行预付款保函，甲方收到保函后支付合同总价的20%，即人民币伍拾捌万陆仟伍佰陆拾捌元整（¥586,568.00）。
P:3.2 全部设备安装完毕并通过初验后十五个工作日内，甲方支付合同总价的50%，即人民币壹佰肆拾陆万陆仟肆佰贰拾元整（¥1,466,420.00）。
P:3.3 系统试运行结束并通过终验后十五个工作日内，甲方支付合同总价的30%，即人民币捌拾柒万玖仟捌佰伍拾贰元整（¥879,852.00）。
P:3.4 乙方应于每次付款前开具合法有效的增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后40日内完成设备供货，60日内完成全部安装调试并提交初验申请。
P:4.2 乙方逾期交货或逾期完成安装的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。逾期超过三十日的，甲方有权解除合同。
P:4.3 高空及吊装作业由乙方负责安全管理，施工期间发生的人身及财产损害由乙方承担。
H:第五条 验收
P:5.1 初验：安装调试完成后，双方按招标文件技术要求及国家相关标准进行检测，主要指标包括：（1）室内屏白平衡亮度不低于800cd/㎡，户外屏不低于6,500cd/㎡；（2）整屏像素失控率不超过1/100,000，且不得出现连续失控点；（3）亮度及色度均匀性符合技术规格要求，无明显色块和模组拼缝；（4）户外屏钢结构通过第三方结构安全检测；（5）整屏连续点亮72小时无故障。
P:5.2 终验：初验通过后试运行30日，期间未发生一级故障、遗留问题已全部整改的，甲方组织终验并出具终验报告。
P:5.3 设备到货签收、安装完成或甲方在试运行期间使用显示屏，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 免费质保期为三年，自终验合格之日起计算。质保期内乙方免费维修或更换故障模组、电源、接收卡及其他部件，并按设备数量的3%提供备品备件存放于甲方现场。
P:6.2 故障分级及处理时限：
TB:故障级别|情形|响应时间|到场时间|修复时限
TB:一级|整屏或半屏以上黑屏、花屏，或显示未经授权的内容|15分钟|2小时|6小时
TB:二级|单块模组或局部区域不亮、色差明显|1小时|8小时|24小时
TB:三级|播控软件一般问题、操作咨询|8小时|次一工作日|3个工作日
P:6.3 乙方未在上表时限内响应、到场或修复的，每超时一小时，向甲方支付违约金人民币1,000元，甲方可从应付款或质量保证金中直接扣除。
P:6.4 质保期满后，甲方如委托乙方继续维保，年度维保费不超过设备价款小计的6%，即每年不超过人民币壹拾伍万陆仟贰佰玖拾元肆角（¥156,290.40），维保合同首二年按此标准执行，不得上调。
H:第七条 知识产权
P:7.1 播控系统软件的著作权归乙方或原厂所有，甲方享有永久使用权。
P:7.2 乙方为本项目定制的播放模板、节目单编排工具及与甲方票务系统的对接接口，其知识产权归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 播控与数据安全
P:8.1 播放内容、节目素材、播出日志及播控系统中的全部数据属于甲方，乙方仅可为安装调试及维护之目的访问，不得复制或用于其他用途。
P:8.2 播控系统应部署在甲方内网，与互联网物理隔离；播出内容实行双人审核发布；播控软件须具备防篡改及非授权内容自动切断功能。乙方远程维护须经甲方书面批准并通过甲方指定的安全通道进行。
P:8.3 发现播控系统被入侵、播放非授权内容或数据泄露的，乙方应在接到通知后立即配合处置并在2小时内提交初步报告；因乙方设备缺陷或乙方人员原因造成安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行合同过程中知悉的甲方演出计划、票务信息、建筑图纸及其他未公开资料负有保密义务，未经甲方书面同意不得对外披露。本条在合同终止后继续有效。
H:第十条 分包
P:乙方不得转包本合同。钢结构制作安装确需分包的，须事先取得甲方书面同意，且分包单位应具有相应资质；乙方对分包工作承担全部责任。
H:第十一条 合同解除
P:乙方交付的设备存在重大质量问题，或乙方严重违约经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:第十二条 争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:本合同一式陆份，甲方肆份，乙方贰份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市文化艺术中心　　　　乙方（盖章）：深圳辉映光电科技有限公司
P:代表签字：　　　　　　　　　　　　　　　代表签字：
"""

H17Z04 = """T:汝阳市第二人民医院HIS系统升级项目合同
P:合同编号：RYEY-XXK-2026-006
P:甲方：汝阳市第二人民医院
P:乙方：杭州康衡医疗信息技术有限公司
P:甲方现用医院信息系统（HIS）为乙方于2016年交付的C/S架构版本。为满足电子病历系统应用水平分级评价、医保结算清单及互联互通测评要求，甲方决定将HIS升级为乙方新一代B/S架构版本。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责：（1）提供新一代HIS软件（门急诊、住院、药房药库、物资、收费结算、医技预约等子系统）的升级许可；（2）开发与甲方电子病历、LIS、PACS、体检、医保结算平台及区域全民健康信息平台的接口；（3）完成历史数据迁移，包括近十年患者主索引、费用明细及住院病案首页；（4）系统部署、上线切换、全院培训及上线保障。
P:1.2 乙方应在合同生效后六个月内完成系统上线切换。上线切换须安排在门诊量较低的周末进行，并事先制定经甲方批准的切换方案和回退方案。
P:1.3 乙方应组建不少于8人的项目实施团队，其中项目经理须具有三个以上二级医院HIS实施经验，实施期间常驻甲方现场。上线前乙方应完成对全院医护、收费、药剂及信息科人员的分批培训，上线后首月安排工程师在门诊、住院收费处及药房驻点保障。
P:1.4 甲方负责提供实施所需的机房、网络和服务器环境，协调第三方系统厂商配合接口改造，并指定专人负责项目协调与确认。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾捌万元整（¥2,280,000.00），其中：HIS软件升级许可费¥1,350,000.00；接口及定制开发费¥620,000.00；数据迁移及实施费¥310,000.00。
P:2.2 合同总价为含税固定总价，包括软件许可、开发、迁移、实施、培训、上线保障及质保期内服务费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方支付合同总价的20%，即人民币肆拾伍万陆仟元整（¥456,000.00）。
P:3.2 系统完成上线切换后十五个工作日内，甲方支付合同总价的50%，即人民币壹佰壹拾肆万元整（¥1,140,000.00）。
P:3.3 系统上线运行满三个月后十五个工作日内，甲方支付合同总价的30%，即人民币陆拾捌万肆仟元整（¥684,000.00）。本期款项的支付不以终验完成为条件。
H:第四条 工期与违约金
P:4.1 因乙方原因未能按期完成上线切换的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:4.2 因甲方原因（包括第三方厂商接口配合不到位）造成延误的，工期相应顺延，乙方应及时书面告知甲方。
H:第五条 验收
P:5.1 上线前，乙方应完成功能测试、接口联调、性能测试及至少两轮全流程模拟运行，并经甲方信息科和主要临床、医技科室确认。
P:5.2 终验标准：（1）门诊挂号、收费单笔操作响应时间不超过1秒，在800个并发用户下系统运行稳定；（2）历史数据迁移后经抽样核对，患者主索引及费用汇总一致率100%；（3）各接口连续运行三十日无数据丢失；（4）医保结算及结算清单上传通过医保部门测试；（5）系统通过网络安全等级保护第三级测评。
P:5.3 系统上线运行满三个月且符合前款标准的，甲方组织终验并出具终验报告。
H:第六条 质保与运维
P:6.1 免费质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及政策性调整（医保政策、物价调整等）。
P:6.2 系统核心业务（挂号、收费、医嘱、药房发药）月可用率不低于99.95%。
P:6.3 一级故障（核心业务中断）乙方应在15分钟内响应，1小时内到达现场，2小时内恢复业务；二级故障（非核心功能异常）1小时内响应，8小时内解决；三级故障2个工作日内解决。
P:6.4 一级故障每超时一小时，乙方向甲方支付违约金人民币2,000元；月可用率低于约定值的，每低0.01个百分点，乙方支付违约金人民币3,000元。
P:6.5 质保期满后，年度运维服务费为HIS软件升级许可费的12%，即每年人民币壹拾陆万贰仟元整（¥162,000.00），质保期满后三年内不作调整。
H:第七条 知识产权
P:7.1 HIS软件产品的著作权归乙方所有，甲方获得永久、不限用户数的使用许可。
P:7.2 乙方为甲方开发的接口程序、报表及其源代码与文档，知识产权归甲方所有，甲方可自行修改或交由第三方使用和维护。
H:第八条 数据安全
P:8.1 患者诊疗信息、费用数据及医院运营数据均属于甲方，乙方仅可为履行本合同访问和处理，不得复制、留存或用于任何其他目的。
P:8.2 乙方人员须通过甲方堡垒机进行运维操作，数据迁移在甲方内网完成，严禁将数据带出医院。发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方及其人员对因履行本合同知悉的患者隐私、医院管理信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
H:第十条 责任限额
P:除故意或重大过失及数据安全责任外，乙方在本合同项下承担的赔偿责任累计不超过合同总价的50%。
H:第十一条 分包
P:未经甲方事先书面同意，乙方不得将本合同项下的任何工作分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后二十日内未予纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，提交汝阳仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　　日期：
"""

H17E02 = """T:Equipment Supply and Services Contract
P:Enterprise Storage for the Core Policy Administration System Re-platforming
P:Contract No.: AHL-IT-2026-0931
P:Buyer: Anheng Life Insurance Co., Ltd., Hangzhou ("Buyer")
P:Supplier: Norrvik Data Systems (China) Co., Ltd., Shanghai ("Supplier")
P:The Buyer is moving its core policy administration system from the mainframe to an open-systems platform and has selected the Supplier, after a competitive negotiation, to supply the enterprise storage for the new platform and to migrate the mainframe data. The parties agree as follows.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission two all-flash enterprise storage arrays in an active-active configuration across the Buyer's Hangzhou primary and Xiaoshan secondary data centres, four SAN directors, replication and snapshot software and the storage management software, as specified in Annex 1.
P:1.2 The Supplier shall migrate the policy, claims and finance data sets from the mainframe (VSAM, DB2 for z/OS and sequential files) under the migration plan approved by the Buyer, with a reconciliation report for every wave.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 4,460,000 (four million four hundred and sixty thousand yuan), inclusive of VAT, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|All-flash enterprise array, dual active controllers, 460 TB effective|2|1,380,000|2,760,000
TB:2|Active-active replication and snapshot software (perpetual licence)|2|210,000|420,000
TB:3|SAN director, 64 ports, 32 Gb FC|4|168,000|672,000
TB:4|Storage management and monitoring software (perpetual licence)|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||3,948,000
TB:5|Mainframe data migration services|1|388,000|388,000
TB:6|Installation, configuration and training|1|124,000|124,000
TB:|Contract Price|||4,460,000
P:2.2 The Contract Price is fixed and covers delivery, installation, migration, training and all services during the Warranty Period.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 446,000) within fifteen (15) business days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 60% of the Contract Price (CNY 2,676,000) within fifteen (15) business days after the Installation Certificate is signed for both arrays. The Installation Certificate confirms delivery and power-on only and is not acceptance.
P:3.3 30% of the Contract Price (CNY 1,338,000) within fifteen (15) business days after the Final Acceptance Certificate is signed.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within forty-five (45) days and complete installation within seventy-five (75) days after signature, and complete each migration wave within its window in the migration plan.
P:4.2 If the Supplier fails to meet a date in Article 4.1 or a migration window for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. If the delay exceeds forty-five (45) days, the Buyer may terminate this Contract.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires all of the following: (a) each array sustains at least 600,000 IOPS at an average latency below 1 ms under the Buyer's mixed workload profile; (b) a controlled failover of the primary site completes with zero data loss and service resumption within 60 seconds; (c) migration reconciliation shows 100% agreement of record counts and control totals for every data set; (d) the platform runs for thirty (30) consecutive days after the last migration wave without a Severity 1 incident.
P:5.2 Delivery, installation, power-on or the Buyer's production use of the storage does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is thirty-six (36) months from Final Acceptance. During it the Supplier shall repair or replace defective parts free of charge, provide firmware and software updates and perform quarterly health checks.
P:6.2 The Supplier guarantees availability of each array of 99.9999% per calendar year. If this figure is not met, the Supplier shall pay a service credit of CNY 50,000 for each such year.
P:6.3 Incident handling:
TB:Severity|Definition|Response|On site|Restore
TB:1|Array or SAN fabric down, data unavailable or at risk|30 minutes|2 hours|6 hours
TB:2|Redundancy lost (controller, path or replication failure)|1 hour|8 hours|24 hours
TB:3|Non-critical fault, questions|8 hours|next business day|5 business days
P:6.4 For each hour by which a Severity 1 response, on-site or restore time is exceeded, the Supplier shall pay a service credit of CNY 3,000.
P:6.5 After the Warranty Period the Buyer may purchase annual support at 7.5% of the Hardware and Licence Subtotal, i.e. CNY 296,100 per year. This fee is fixed for the fourth to sixth years after Final Acceptance.
H:Article 7 Buyer Data and Data Security
P:7.1 All data stored on the equipment or handled in migration belongs to the Buyer and shall be used by the Supplier only to perform this Contract.
P:7.2 Migration work shall be carried out only inside the Buyer's data centres through accounts issued by the Buyer and under the Buyer's supervision. Failed drives and other storage media remain with the Buyer and shall not be taken off site. The Supplier shall comply with the Personal Information Protection Law and the Data Security Law, notify the Buyer within two (2) hours of any data security incident, and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:Article 8 Confidentiality
P:Each party shall keep confidential all non-public information of the other party, including policyholder information and pricing, and shall not disclose it without prior written consent. This obligation survives termination.
H:Article 9 Intellectual Property
P:The software licensed under Article 2 remains the property of the Supplier or its licensors. Migration scripts, data mapping documents, runbooks and other deliverables prepared for the Buyer belong to the Buyer, which may use and modify them freely.
H:Article 10 Liability
P:The Supplier's total liability under this Contract shall not exceed two times (2x) the Contract Price, except for breach of Article 7, infringement of third-party rights, personal injury and wilful misconduct, for which no limit applies.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the installation or migration work without the Buyer's prior written consent.
H:Article 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty (20) days after written notice, and may claim its losses.
H:Article 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court having jurisdiction where the Buyer is located.
P:Buyer: ____________________   Supplier: ____________________   Date: ____________
"""

H17E04 = """T:Colocation Services Agreement
P:Agreement Reference: PGDC-SH3-2026-0415
P:Customer: Tongbao Payment Technology Co., Ltd., Shanghai ("Customer")
P:Provider: Pacific Gateway Data Centres (Shanghai) Co., Ltd. ("Provider"), a member of the Pacific Gateway group headquartered in Hong Kong
P:Facility: Pacific Gateway SH3 Data Centre, Jiading District, Shanghai
P:This Agreement comprises these General Terms, the Service Order in Schedule 1 and the Service Level Schedule in Schedule 2.
H:1. Services
P:1.1 Provider shall provide Customer with a dedicated caged area in Data Hall 2 of the Facility, twelve (12) cabinets of 42U each with a committed power draw of 8 kW per cabinet, dual A+B power feeds from separate UPS systems, cooling, physical security, four (4) cross-connects to carriers in the Facility's meet-me room and 24x7 remote hands.
P:1.2 Customer Equipment remains the property of Customer at all times. Provider shall not move, power down or open Customer Equipment except on Customer's instruction or in an emergency threatening life or the Facility, and then shall notify Customer immediately.
H:2. Term
P:2.1 The Term is sixty (60) months from the Ready for Service Date.
P:2.2 The Term may be extended only by written agreement of both parties. There is no automatic renewal.
H:3. Charges and Payment
P:3.1 Service Order (Schedule 1):
P:Cabinets, 42U, 8 kW committed: 12 x CNY 9,800 per month = CNY 117,600 per month
P:Cross-connects: 4 x CNY 800 per month = CNY 3,200 per month
P:Total Monthly Recurring Charges (MRC): CNY 120,800 per month
P:MRC for the Term (60 months): CNY 7,248,000
P:One-time cage build and installation charge: CNY 96,000
P:Total Contract Value: CNY 7,344,000 (inclusive of VAT)
P:3.2 No deposit or advance payment is required. The one-time charge is invoiced after the Ready for Service Date. MRC are invoiced monthly in arrears and are payable within thirty (30) days of invoice.
P:3.3 The MRC are fixed for the Term. Power consumed above the committed draw is charged at CNY 1.35 per kWh on the basis of metered readings.
H:4. Ready for Service and Acceptance
P:4.1 Provider shall make the cage ready for service by 1 September 2026 (the "Committed RFS Date").
P:4.2 Before Customer signs the RFS Acceptance Certificate, the parties shall jointly verify: each cabinet receives both A and B feeds from separate UPS systems and each feed carries the committed load under a load-bank test; cold-aisle inlet temperature between 18 and 27 degrees Celsius and relative humidity between 20% and 80% over 72 hours of monitoring; all cross-connects tested end to end; and card and biometric access control, CCTV coverage and cage locks working. The Ready for Service Date is the date on which Customer signs the RFS Acceptance Certificate.
P:4.3 If the Ready for Service Date is later than the Committed RFS Date for reasons attributable to Provider, Provider shall pay Customer CNY 5,000 for each day of delay. If the delay exceeds sixty (60) days, Customer may terminate this Agreement without liability.
H:5. Service Levels (Schedule 2)
P:5.1 Power availability: 99.999% per calendar month for each cabinet, measured at the cabinet PDU. Power is unavailable when both feeds to a cabinet are lost at the same time.
P:5.2 Environment: cold-aisle inlet temperature between 18 and 27 degrees Celsius; each excursion lasting more than 30 minutes is an Environmental Event.
P:5.3 Critical incidents (loss of any power feed, an Environmental Event, or a physical security breach affecting the cage) shall be responded to within 15 minutes, 24x7. Remote-hands requests shall be started within 30 minutes for urgent requests and 2 hours for scheduled requests.
P:5.4 Service credits: for each loss of power to a cabinet, 20% of the MRC of the affected cabinets for each started hour of outage; for each Environmental Event, 5% of the total MRC for that month; for each critical incident not responded to within 15 minutes, CNY 2,000. Credits are deducted from the next invoice.
H:6. Security of Customer Equipment and Data
P:6.1 All data stored on Customer Equipment, and all access records and CCTV footage relating to Customer's cage, belong to Customer. Provider has no logical access to Customer Equipment and shall use records relating to Customer only to provide the Services.
P:6.2 Provider shall operate the Facility's physical security in accordance with ISO/IEC 27001 and the requirements of MLPS level 3 for the physical environment, keep access logs and CCTV footage for at least ninety (90) days, and allow entry to the cage only to persons on Customer's access list.
P:6.3 Provider shall notify Customer within one (1) hour of any physical security incident affecting the cage and shall be liable for losses, including data loss, caused by a failure of Provider's physical security.
H:7. Confidentiality
P:Each party shall keep the other party's confidential information, including the layout and contents of the cage and the terms of this Agreement, strictly confidential and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law or regulators.
H:8. Documentation
P:Cage layout drawings, cabling plans and the operating procedures prepared by Provider specifically for Customer belong to Customer, and Customer may use, modify and give them to any third party.
H:9. Subcontracting
P:Provider shall not subcontract the security guarding, remote-hands or facility maintenance services for Customer's cage without Customer's prior written consent.
H:10. Limitation of Liability
P:10.1 Neither party shall be liable for indirect or consequential loss.
P:10.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the total MRC payable for the twelve (12) months immediately preceding the event giving rise to the claim. Service credits count towards this limit.
H:11. Termination
P:11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within thirty (30) days after written notice, or if power to any cabinet is lost on three or more occasions in any twelve-month period.
P:11.2 On expiry or termination, Provider shall give Customer reasonable access for sixty (60) days to remove Customer Equipment.
H:12. Governing Law and Disputes
P:This Agreement is governed by the laws of the Hong Kong Special Administrative Region. Any dispute shall be referred to and finally resolved by arbitration administered by the Hong Kong International Arbitration Centre (HKIAC) in Hong Kong.
P:For Customer: ____________________   For Provider: ____________________   Date: ____________
"""

SOURCES = {"h17z03": H17Z03, "h17z04": H17Z04, "h17e02": H17E02, "h17e04": H17E04}
TARGETS = {"h17z03": ("h17z03_civic_arts_centre_led_display_purchase.docx", "docx"),
           "h17z04": ("h17z04_hospital_his_upgrade.pdf", "pdf"),
           "h17e02": ("h17e02_insurer_mainframe_replacement_storage.docx", "docx"),
           "h17e04": ("h17e04_payment_company_datacentre_colocation.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
