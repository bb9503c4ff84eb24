"""holdout589: builds the .docx/.pdf drafts from the markup below (word_pdf.write, wrap_words=True), writes the ten .json
labels, derives each draft's expected rules from its labels by my own reading of policy.md section 3, checks them against
the design list and full coverage of the 20 CR rules, scans every built file (read back) and every source for threshold
figures, and prints the read-back lengths. The .txt/.md drafts are kept as written and only read here."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:河湖长制综合管理平台建设项目合同书
P:合同编号：JSWR-2026-ZC-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：江山市水利局    地址：江山市滨江路88号
P:乙方（供应商）：杭州澄波信息技术有限公司    地址：杭州市西湖区文三路318号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就江山市河湖长制综合管理平台（以下简称"平台"）软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供河湖长制管理平台软件V5.0的永久使用许可（市、乡镇、村三级用户不限数量），并完成巡河APP、河长驾驶舱、问题交办督办、水质水量监测接入、"一河一策"档案等模块的定制开发、部署实施和培训。
P:1.2 详细功能及技术要求以招标文件第三章及双方确认的《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾玖万元整（¥1,590,000），含税，包括：
P:平台软件许可费  ¥860,000
P:定制开发费（巡河APP、驾驶舱、督办流程、监测接入）  ¥624,000
P:部署实施费  ¥88,000
P:培训费  ¥18,000
P:2.2 上述价款为固定总价，包含乙方完成本合同全部工作所需的一切费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款（¥318,000）。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%（¥715,500）。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%（¥556,500）。
P:3.4 甲方付款前，乙方应开具合规发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后120日内完成部署并提交初步验收申请，在初步验收后90日内完成试运行。
P:4.2 乙方应派驻不少于4名实施人员，项目经理未经甲方同意不得更换。项目经理每周向甲方提交进度周报，说明完成情况、存在问题及下周计划。
P:4.3 乙方应按照水利部河湖长制信息化相关标准进行开发，平台应与省级河湖长制平台、市政务云及"浙政钉"实现对接，并通过省级平台的数据共享接口测试。
P:4.4 乙方应为市、县、乡三级河长办工作人员及巡河员开展培训不少于6场，提供操作手册和培训视频，确保甲方人员能够独立完成日常操作。
H:第五条 验收
P:5.1 初步验收标准：《需求规格说明书》所列功能全部实现；在300个并发用户下，页面平均响应时间不超过2秒；巡河轨迹上传成功率不低于99%；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行90日内无一级故障，已发现问题全部整改完毕，全部文档与源代码移交完成，甲方组织专家评审通过并签署最终验收报告。
P:5.3 平台上线、甲方使用或付款均不视为验收合格，验收以甲方签署的书面验收报告为准。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%。
P:6.2 一级故障（平台整体不可用或巡河APP无法上报）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 一级故障响应或恢复每超时1小时，扣减服务费800元；月度可用率每低于承诺值0.01个百分点，扣减1,000元，从应付款或履约保证金中扣除。
H:第七条 质量保证与后续维护
P:7.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、升级和技术支持。
P:7.2 质保期满后，如甲方需要，乙方按平台软件许可费的8%（即每个服务年度¥68,800）提供维护服务，该价格在质保期满后三个服务年度内不予上调。维护合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台产品本身的知识产权归乙方，甲方享有永久使用许可。
P:8.2 为本项目定制开发的程序、接口、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台中的河湖数据、巡河记录、监测数据及个人信息归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，访问生产环境须经甲方审批并通过堡垒机操作，不得私自留存、复制数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付成果不符合约定的，应在甲方规定期限内无偿整改；整改后仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 乙方逾期超过60日的，甲方有权解除合同。
H:第十四条 履约保证金
P:14.1 乙方应在合同签订前按合同总价的5%向甲方提交履约保证金，可采用银行保函形式，保函有效期应覆盖至最终验收后60日。最终验收合格且乙方无违约情形的，甲方在30日内无息退还；乙方违约的，甲方有权从中扣除相应违约金及扣款。
H:第十五条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期或解除合同。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 双方指定的联系人及通讯地址见附件，通知以书面形式送达。联系人或地址变更的，应在变更后3个工作日内书面通知对方，否则按原地址送达即视为送达。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同组成部分。
P:甲方（盖章）：江山市水利局    法定代表人或授权代表：__________    日期：2026年3月__日
P:乙方（盖章）：杭州澄波信息技术有限公司    法定代表人或授权代表：__________    日期：2026年3月__日
"""
Z02 = """T:离心机控制系统改造及维保合同
P:合同编号：HXZG-SB-2026-031
P:甲方（买方）：河北恒鑫铸管有限公司    地址：河北省邢台市沙河经济开发区铸管路1号
P:乙方（卖方）：石家庄博控自动化工程有限公司    地址：石家庄市高新区天山大街266号
P:鉴于甲方球墨铸铁管车间4台水冷金属型离心机的原控制系统老化、备件停产，甲方决定对其进行控制系统改造。乙方具备相应的设计、供货和施工能力。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责4台离心机（1#—4#）控制系统的设计、供货、拆除、安装、调试、培训，并在质保期满后按第八条提供维保服务。
P:1.2 改造内容包括：PLC控制柜、主机变频驱动、扇形浇注包伺服系统、触摸屏操作站、振动及轴承温度在线监测、离心机控制软件及工艺参数管理软件。
P:1.3 改造须在甲方安排的停机窗口内逐台实施，每台离心机停机时间不超过10日。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾万元整（¥1,600,000），含13%增值税及运输、保险费用，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含冗余CPU及I/O模块）|4套|118,000|472,000
TB:2|主机变频驱动柜|4套|96,000|384,000
TB:3|浇注包伺服系统|4套|42,000|168,000
TB:4|触摸屏操作站|4套|21,000|84,000
TB:5|振动及温度在线监测装置|4套|23,000|92,000
TB:6|离心机控制及工艺参数管理软件许可|1套|160,000|160,000
TB:|设备及软件小计|||1,360,000
TB:7|拆除、安装及调试|1项|212,000|212,000
TB:8|操作及维修培训|1项|28,000|28,000
TB:|合同总价|||1,600,000
P:2.2 合同总价为固定价格，除甲方书面变更范围外不作调整。
H:第三条 付款
P:3.1 合同签订后10日内，甲方支付合同总价的10%（¥160,000）作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的55%（¥880,000）。到货安装不视为验收。
P:3.3 4台离心机全部通过最终验收后，甲方支付合同总价的35%（¥560,000）。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后75日内将全部设备运至甲方车间，并在甲方通知的停机窗口内完成改造。
P:4.2 设备须为全新原装正品，随机提供合格证、说明书和电气图纸。
P:4.3 设备到货后，双方共同开箱清点，核对型号、数量及外观，并签署到货清点单。到货清点单仅确认数量和外观，不作为质量合格的证明。
P:4.4 乙方应在改造前提交详细施工方案和停机计划，经甲方设备部审核同意后实施。
H:第五条 验收
P:5.1 每台离心机改造完成后，连续生产72小时，且满足下列条件方可通过单台验收：转速控制偏差不超过±5转/分；浇注节拍较改造前不降低；管子壁厚合格率不低于98%；振动报警功能经实测有效；无控制系统原因停机。
P:5.2 4台全部通过单台验收并连续运行30日无一级故障后，由甲方组织最终验收并签署验收证书。
P:5.3 安装完毕、投入生产或付款均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为最终验收合格之日起十八个月。质保期内因设备或软件质量问题发生的故障，乙方免费维修、更换。
P:6.2 质保期内，一级故障（离心机因控制系统原因停机）乙方应在1小时内响应，8小时内到场；二级故障2小时内响应，24小时内到场。
P:6.3 一级故障响应或到场每超时1小时，乙方向甲方支付1,000元；因控制系统故障造成停产的，乙方另行赔偿甲方直接损失。
H:第七条 知识产权
P:7.1 标准软件的知识产权归其权利人，甲方获得永久使用许可。
P:7.2 为甲方编写的离心机控制程序、工艺配方模板、画面组态及接口程序，其知识产权归甲方所有，乙方应在最终验收时移交源程序。
H:第八条 质保期满后维保
P:8.1 质保期满后，乙方为甲方提供维保服务，内容包括每季度巡检、备件更换、软件维护及7×24小时电话支持，响应要求同第六条。
P:8.2 维保服务费每年按设备及软件小计的26%计收，即每年¥353,600，按季度支付。维保期内该费用不作上调。
H:第九条 数据安全与保密
P:9.1 离心机运行数据、工艺参数及生产记录归甲方所有，乙方仅可为履行本合同使用，不得带离甲方或用于其他目的。
P:9.2 乙方远程接入须经甲方书面批准并全程留痕，接入设备应安装防病毒软件。因乙方原因导致数据泄露、篡改或丢失的，乙方承担全部赔偿责任。
P:9.3 双方对在合作中知悉的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后三年内有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 设备或软件不符合约定的，乙方应免费更换或整改，并承担由此产生的费用。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包。拆除或安装中的部分辅助工作如需分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 安全生产
P:13.1 乙方进入甲方车间作业，应遵守甲方安全生产管理制度，办理动火、登高及停送电作业票，因乙方原因造成的安全事故由乙方负责。
P:13.2 乙方应为现场作业人员办理意外伤害保险，特种作业人员须持证上岗。施工期间乙方应做好设备及管模的防护，造成甲方设备损坏的，乙方负责修复或赔偿。
P:13.3 改造期间乙方应每日向甲方设备部报告进度，每台离心机恢复生产前须经甲方设备部、生产部共同确认安全联锁、急停回路和水冷系统保护功能正常。
H:第十四条 技术资料与培训
P:14.1 乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序及注释、触摸屏组态文件、参数清单、备件清单及操作维护手册，纸质版一式三份并提供电子版。
P:14.2 乙方应为甲方操作工、电工及设备管理人员各组织不少于两期培训，培训内容包括操作规程、工艺参数调整、常见故障判断、备件更换及程序备份恢复。培训结束后由乙方组织考核，考核合格人员名单报甲方存档。
H:第十五条 法律适用及争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交邢台仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执二份，经双方签字盖章后生效。
P:甲方（盖章）：河北恒鑫铸管有限公司    代表：__________    日期：2026年4月__日
P:乙方（盖章）：石家庄博控自动化工程有限公司    代表：__________    日期：2026年4月__日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BSW-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between Bayline Software, Inc., a Florida corporation with its principal office at 401 East Jackson Street, Tampa, Florida 33602, USA ("Vendor"), and Ningbo Harbourview Property Services Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office at 188 Zhongshan East Road, Ningbo, Zhejiang Province ("Customer").
H:Recitals
P:A. Vendor develops and licenses FacilityTrack, a computerised maintenance management system used to plan, dispatch and record maintenance work in residential and commercial buildings.
P:B. Customer manages 46 residential estates and office buildings in Ningbo and wishes to license FacilityTrack on a perpetual basis, have it configured for its operations, and receive related services.
P:C. At Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means FacilityTrack version 9 in object code, including the mobile technician application and all updates provided under this Agreement.
P:1.2 "Deliverables" means the configurations, workflows, report templates, interfaces and documentation prepared by Vendor specifically for Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software for Customer, including asset registers, work orders, resident requests and personal information.
P:1.4 "Final Acceptance" means Customer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 180 named users for the internal business purposes of Customer and its affiliates in the People's Republic of China.
P:2.2 Customer may make a reasonable number of copies for backup, testing and disaster recovery.
P:2.3 Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Services
P:3.1 Vendor shall configure the Software, build interfaces to Customer's finance system and access-control platform, migrate asset and work-order data from Customer's legacy system, and train Customer's administrators and technicians, all as described in the Statement of Work attached as Annex A.
P:3.2 Vendor shall appoint a project manager who will attend weekly progress meetings and provide written status reports.
P:3.3 Vendor shall complete the Services and make the Software ready for Final Acceptance within 150 days after the Effective Date.
H:Article 4 Fees and Payment
P:4.1 The total contract price is CNY 1,660,000 (the "Contract Price"), inclusive of applicable taxes, made up as follows:
P:Perpetual licences, 180 named users: CNY 1,140,000
P:Configuration and interfaces: CNY 386,000
P:Data migration: CNY 94,000
P:Training: CNY 40,000
P:4.2 Customer shall pay: (a) 20% of the Contract Price (CNY 332,000) within 15 days after signature against Vendor's invoice and an advance payment guarantee from a bank in China; (b) 45% (CNY 747,000) after Go-Live in production; and (c) 35% (CNY 581,000) within 15 days after Final Acceptance.
P:4.3 Go-Live in production is not acceptance. All payments shall be made by bank transfer to Vendor's account in China.
H:Article 5 Acceptance
P:5.1 Vendor shall run the acceptance tests in Annex B with Customer's staff present.
P:5.2 The acceptance criteria are: all functions in the Statement of Work work as specified; migrated records reconcile to the legacy system without discrepancy; the mobile application synchronises a work order within 5 seconds on a 4G connection; the finance interface posts costs correctly for a full month-end close; and no Severity 1 or Severity 2 defect is open after a 30-day production run.
P:5.3 When all criteria are met, Customer shall issue a Final Acceptance certificate within 10 business days. Use of the Software in production does not by itself constitute acceptance.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and Deliverables will perform materially in accordance with the documentation for eighteen (18) months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period Vendor shall correct defects, provide updates and new releases, and provide support under Article 7 free of charge.
H:Article 7 Support Levels
P:7.1 Severity 1 (the Software is unavailable or work orders cannot be created or dispatched): response within 1 hour, 24 hours a day, and a workaround or fix within 8 hours.
P:7.2 Severity 2 (a major function impaired): response within 2 hours during business hours, fix within 2 business days.
P:7.3 Severity 3 (minor issue or question): response within 1 business day.
P:7.4 For every hour by which Vendor misses a Severity 1 response or fix time, Vendor shall credit Customer CNY 1,200, deducted from the next payment or paid on request.
H:Article 8 Annual Support after Warranty
P:8.1 After the Warranty Period, Customer may purchase Annual Support covering updates, new releases and support under Article 7.
P:8.2 The Annual Support fee is 11% of the perpetual licence fees, that is CNY 125,400 per year, and Vendor shall not increase it during the first three years of Annual Support. Annual Support is ordered in writing each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 Vendor retains all rights in the Software.
P:9.2 All Deliverables, including their source code, belong to Customer upon payment. Customer may use, modify, copy and license the Deliverables, and have third parties maintain them, without restriction.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and for no other purpose, and shall not transfer Customer Data outside the People's Republic of China.
P:10.2 Vendor shall access Customer's systems only through accounts approved by Customer, with multi-factor authentication and logged sessions, shall keep no copies of Customer Data after each task, and shall comply with the PRC Personal Information Protection Law and the Data Security Law.
P:10.3 Vendor shall notify Customer of any security incident affecting Customer Data within 12 hours, cooperate in remedying it, and be liable for all losses caused by an incident attributable to Vendor or its personnel.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation continues for three years after termination.
H:Article 12 Delay
P:12.1 If Vendor fails to make the Software ready for Final Acceptance by the date in Article 3.3 for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 13 Liability
P:13.1 Vendor's total liability under this Agreement is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Article 10.
H:Article 14 Subcontracting
P:14.1 Vendor shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 15 Term and Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving notice.
P:15.2 Customer may also terminate if the delay damages under Article 12 reach their maximum.
P:15.3 Licences paid for survive termination, except termination by Vendor for Customer's non-payment.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the State of Florida, USA, without regard to its conflict-of-laws rules.
P:16.2 Any dispute shall be finally resolved by arbitration administered by the American Arbitration Association in Tampa, Florida, in English, by a sole arbitrator.
H:Article 17 General
P:17.1 This Agreement, with Annex A (Statement of Work) and Annex B (Acceptance Tests), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:17.2 Notices shall be in writing and sent to the addresses above.
P:17.3 Force majeure. Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and resumes performance as soon as possible. Dates in the project plan are extended by the duration of the event.
P:17.4 Change control. Changes to the scope of the Services are agreed through written change requests signed by both parties, stating the effect on fees, dates and acceptance criteria. No change is binding without such a signed request.
P:17.5 Project governance. Each party appoints a project manager. A steering group of senior managers of both parties meets monthly during implementation to review progress, risks and change requests.
P:17.6 Documentation. Vendor shall provide user, administrator and interface documentation in Chinese and English, and keep it current with each release during the Warranty Period and any Annual Support.
P:17.7 Assignment. Neither party may assign this Agreement without the other party's prior written consent.
P:17.8 Anti-bribery. Each party shall comply with the anti-bribery laws that apply to it.
P:For Vendor: Bayline Software, Inc.    Name: ____________  Title: ____________  Date: ____________
P:For Customer: Ningbo Harbourview Property Services Co., Ltd.    Name: ____________  Title: ____________  Date: ____________
"""
E03 = """T:PURCHASE CONTRACT FOR GRAIN SILO MONITORING SENSORS AND SOFTWARE
P:Contract No. LYG-GT-2026-022
P:Buyer: Lianyungang Bulk Grain Terminal Co., Ltd., 9 Haitang Road, Lianyun District, Lianyungang, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Mobile Bay Instruments, Inc., 1150 Government Street, Mobile, Alabama 36604, USA (the "Supplier").
P:Whereas the Buyer operates 24 steel silos and 6 flat warehouses for imported soybeans and corn and wishes to install a grain-condition monitoring system; and whereas the Supplier manufactures cable sensors and monitoring software and has offered to supply and install them following the Buyer's tender of March 2026; the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, moisture and CO2 sensors, gateways, weather station and other hardware in Clause 2.
P:1.2 "Software" means the Supplier's SiloSense monitoring software, licensed under Clause 2.3.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver, install, configure and commission the System and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,460,000, inclusive of VAT, import duties, freight to site and insurance, as itemised below. All prices are in CNY.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 28 m, 10 sensing points|240|2,650|636,000
TB:2|Moisture and CO2 probes|60|3,400|204,000
TB:3|Silo gateways (LoRa / 4G)|30|5,200|156,000
TB:4|Site weather station|1|38,000|38,000
TB:5|Server, UPS and network cabinet|1|92,000|92,000
TB:6|SiloSense software licence, perpetual, site|1|160,000|160,000
TB:|Equipment and Software Subtotal|||1,286,000
TB:7|Installation, cabling and commissioning|1|148,000|148,000
TB:8|Training|1|26,000|26,000
TB:|Contract Price|||1,460,000
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's site and any disaster-recovery site.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 65% of the Contract Price (CNY 949,000) is paid within 30 days after all Equipment is installed and the Buyer signs an Installation Certificate. The Installation Certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 511,000) is paid within 30 days after Final Acceptance.
P:3.4 Each payment requires a correct VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the site within 70 days after signature and complete installation within 40 days after delivery, working around the Buyer's loading schedule.
P:4.2 The Supplier's personnel shall follow the Buyer's site safety rules, including permits for work at height and in confined spaces, and shall carry out fumigation-area work only when the Buyer's safety officer confirms gas-free conditions.
P:4.3 If the Supplier delays delivery or completion of installation for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 After installation, the System shall run for 30 consecutive days in trial operation.
P:5.2 The acceptance criteria are: every sensing point reports; temperature readings agree with a calibrated reference thermometer within 0.5 C at sample points chosen by the Buyer; moisture readings agree with laboratory samples within 1 percentage point; alarms reach the control room and mobile phones within 60 seconds; no data gap longer than 30 minutes in the trial period; and all documents are delivered.
P:5.3 When the criteria are met, the Buyer signs the Final Acceptance Certificate within 7 days, or states in writing which criteria are not met. Installation, use of the System or payment does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the System for thirty-six (36) months after Final Acceptance. During that period the Supplier repairs or replaces defective Equipment and corrects Software defects free of charge, including parts, labour and travel.
P:6.2 During the warranty period the Supplier provides the support in Clause 7 free of charge.
H:7. Support Levels
P:7.1 Severity 1 (monitoring of one or more silos lost, or false alarms preventing operations): response within 30 minutes and engineer on site within 24 hours.
P:7.2 Severity 2 (individual sensors or functions failed): response within 2 hours and repair within 3 business days.
P:7.3 For every hour by which the Supplier misses a Severity 1 time, it shall credit the Buyer CNY 600.
H:8. Support after Warranty
P:8.1 After the warranty period, the Supplier shall provide support at an annual fee of 7% of the Equipment and Software Subtotal, that is CNY 90,020 per year, fixed for the first two years after the warranty period. Support is ordered by the Buyer in writing and does not renew automatically.
P:8.2 The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
H:9. Intellectual Property
P:9.1 The Supplier retains rights in the Software and the Equipment firmware.
P:9.2 Site configuration, alarm rules, silo models and interface programs prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:10. Data Security
P:10.1 All grain-condition data and other data produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The System shall store data on the Buyer's server. The Supplier shall access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, and shall not copy data off site.
P:10.3 The Supplier shall report any security incident within 12 hours and is liable for losses caused by an incident attributable to the Supplier.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party, including the Buyer's stock levels and site layout, for three years after the end of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains fully responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages under Clause 4.3 reach their maximum.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanjing Arbitration Commission.
H:16. General
P:16.1 Annexes: Technical Specification; Site Plan; Acceptance Test Plan.
P:16.2 This Contract is signed in two originals in English, one for each party.
P:16.3 Documentation. The Supplier shall deliver installation drawings, sensor location plans, calibration certificates, operation and maintenance manuals and the software user guide, in Chinese and English, before Final Acceptance.
P:16.4 Training. The Supplier shall train up to 20 of the Buyer's operators and 6 maintenance technicians at the site, covering daily monitoring, alarm handling, cable inspection after silo filling and emptying, replacement of probes, and basic server administration. Training is complete when the Buyer's trainees pass a practical test set by the Supplier and agreed by the Buyer.
P:16.5 Packing and transport. The Equipment shall be packed for sea freight and storage in a humid coastal environment. Risk in the Equipment passes to the Buyer when it is installed and the Installation Certificate is signed; title passes on payment under Clause 3.2.
P:16.6 Insurance. The Supplier shall insure the Equipment until risk passes and shall maintain public liability insurance for its work at the site.
P:16.7 Force majeure. Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as typhoons, epidemics or government action, provided it notifies the other party within 7 days and resumes performance as soon as possible. Dates are extended by the duration of the event.
P:16.8 Spare parts and consumables. The Supplier shall deliver with the Equipment a set of spare parts equal to 3% of the installed sensing cables and probes, and shall quote for further spare parts at prices not higher than those in Clause 2.2 during the warranty period.
P:16.9 Compliance. The Equipment shall carry the Chinese certifications required for its use, including radio type approval for the gateways. Each party shall comply with the anti-bribery laws that apply to it.
P:16.10 Site conditions. The Supplier confirms that it has visited the site, inspected the silos, warehouses, cable routes and control room, and that the Contract Price covers all work needed to install the System in those conditions, including cable trays, roof penetrations sealed against water and lightning protection for the weather station.
P:16.11 Amendments. Any amendment to this Contract must be in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""

SOURCES = {"z01": Z01, "z02": Z02, "e01": E01, "e03": E03}
TARGETS = {"z01": ("h589z01_water_bureau_river_chief_platform.pdf", "pdf"),
           "z02": ("h589z02_pipe_plant_centrifuge_control_retrofit.docx", "docx"),
           "e01": ("h589e01_property_cmms_perpetual_licence_florida_vendor.pdf", "pdf"),
           "e03": ("h589e03_grain_terminal_silo_sensors_alabama_vendor.docx", "docx")}
PLAIN = {"z03": "h589z03_fresh_grocery_chain_weighing_pos_saas.txt",
         "z04": "h589z04_housing_fund_12329_hotline_om_service.txt",
         "z05": "h589z05_vinegar_works_ageing_software_supplier_template.md",
         "e02": "h589e02_dairy_distributor_route_saas_order_form.md",
         "e04": "h589e04_hotel_group_managed_it_services.md",
         "e05": "h589e05_shipping_agency_marine_data_api.txt"}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (lang, category, terms in KEYS order, extra {sla_clause, ld_stated, [post_warranty_fee_capped], deemed, value},
#       TCO inputs (fee base, annual post-warranty fee) or None, design rule list)
D = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False,
                               True, False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False, value=1590000),
            (860000, 68800), []),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 26, False,
                               True, False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False, value=1600000),
            (1360000, 353600), ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("zh", "cloud", [99.5, 8, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True,
                            True, False, "PRC", S], dict(sla=True, ld=True, deemed=False, value=672000),
            None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE"]),
    "z04": ("zh", "services", [99.95, 0.25, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                               False, True, False, "PRC", S], dict(sla=True, ld=True, deemed=False, value=1236000),
            None, ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "z05": ("zh", "software", [None, None, False, "supplier", True, False, True, None, None, 50, False, False, 6, None,
                               False, True, True, None, G], dict(sla=False, ld=False, capped=False, deemed=True, value=740000),
            None, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                   "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 18, 11, False, True,
                               False, "Florida", G], dict(sla=True, ld=True, capped=True, deemed=False, value=1660000),
            (1140000, 125400), ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 566000 * 100, 6 / 24 * 100, None, True,
                            None, None, None, False, True, True, "PRC", S], dict(sla=True, ld=True, deemed=False, value=566000),
            None, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 150, None, True, True, 36, 7, False,
                               True, False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False, value=1460000),
            (1286000, 90020), []),
    "e04": ("en", "services", [99.95, 0.25, True, "buyer", False, True, True, 1200 / 1580000 * 100, 150, None, True,
                               None, None, None, False, False, False, "PRC", S], dict(sla=True, ld=True, deemed=False, value=1580000),
            None, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, False, True, 300 / 382000 * 100, 200, 214000 / 382000 * 100,
                            True, None, None, None, False, True, False, "PRC", S], dict(sla=True, ld=True, deemed=False, value=382000),
            None, ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(t, x, tco):
    """Policy section 4: horizon 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    if t["contract_kind"] != G or tco is None or t["post_warranty_fee_pct"] is None:
        return None
    base, fee = tco
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.5
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    return post / (x["value"] + post) * 100


def rules_from_labels(t, x, share):
    """My own reading of policy.md section 3 (not project code)."""
    r = set()
    if not x["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's (Tampa)
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def fname(k):
    return TARGETS[k][0] if k in TARGETS else PLAIN[k]


def write_labels():
    covered, risks = set(), {}
    for k, (lang, cat, vals, x, tco, design) in D.items():
        t = dict(zip(KEYS, vals))
        share = tco_share(t, x, tco)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        for key, th in THRESH.items():
            assert t[key] is None or t[key] != th, (k, key)
        rules = rules_from_labels(t, x, share)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = x["capped"]
        extra["acceptance_deemed_on_delivery"] = x["deemed"]
        extra["contract_value"] = x["value"]
        label = {"file": fname(k), "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        stem = fname(k).rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        risks[k] = "high" if any(r in HIGH for r in rules) else ("medium" if any(r not in LOW for r in rules) else
                                                                  ("low"))
        print(k, rules, risks[k], "" if share is None else "TCO share %.2f %%" % share)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n_clean = [k for k in D if not D[k][5]]
    assert sorted(n_clean) == ["e03", "z01"]
    assert D["e01"][5] == ["CR-GOVERNING-LAW"] and len(D["z05"][5]) >= 8
    assert all(2 <= len(D[k][5]) <= 3 for k in ["z02", "z03", "z04", "e02", "e04", "e05"])


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

NUM = r"(?<![\d.])"
PATTERNS = [
    r"99\.9(?!\d)", NUM + r"4\s*(?:个)?小时", r"四\s*(?:个)?小时", r"(?<![a-z])four[\s-]*(?:\(4\)\s*)?hours?",
    NUM + r"4\s*(?:h|hrs?|hours?)\b", NUM + r"240\s*(?:分钟|min)",
    NUM + r"0\.05(?!\d)\s*(?:%|per\s*cent|percent)", r"万分之五(?![十百千\d])", r"0\.05\s*percentage",
    NUM + r"100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
    r"one[\s-]*hundred[\s-]*per\s*cent", r"hundred\s*percent",
    NUM + r"30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*(?:%|per\s*cent|percent)",
    NUM + r"12\s*(?:个)?月", r"十二\s*个月", r"(?<![a-z])twelve[\s-]*(?:\(12\)\s*)?months?", NUM + r"12[\s-]*months?",
    r"一年", r"壹年", NUM + r"1\s*年(?!度)", r"(?<![a-z])one[\s-]*years?\b", NUM + r"1[\s-]*years?\b",
    NUM + r"15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五", r"fifteen\s*(?:%|per\s*cent|percent)",
    NUM + r"40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"四成", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:%|per\s*cent|percent)",
    NUM + r"5\s*年", r"五\s*年", r"(?<![a-z])five[\s-]*(?:\(5\)\s*)?years?", NUM + r"5[\s-]*years?",
    NUM + r"60\s*(?:个)?月", r"六十\s*个月", r"sixty[\s-]*months?", NUM + r"60[\s-]*months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["4小时", "4 小时", "四小时", "four hours", "four (4) hours", "4 hours", "240 分钟", "99.9%", "99.9 %",
            "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月",
            "十二个月", "twelve months", "twelve (12) months", "12 months", "12-month", "一年", "one year", "1 year",
            "15%", "15 %", "百分之十五", "40%", "四成", "百分之四十", "5年", "5 年", "五年", "five years", "5 years",
            "5-year", "60 months", "60个月", "fifteen percent", "thirty per cent", "one hundred percent"]
MUST_MISS = ["24小时", "24 hours", "14小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "服务年度", "Subscription Year 1", "130%", "0.3%", "35%", "45%", "25年", "112 months", "120 days", "160,000",
             "1.4 hours", "410%", "每年", "per year", "someone yearly", "done years", "2015年", "4G", "14 days"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def scan(name, text):
    bad = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        bad += [m.group(0) for m in RX.finditer(variant)]
    assert not bad, (name, sorted(set(bad)))


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, src in SOURCES.items():
        scan(k + " source", src)
    write_labels()
    bad_len = []
    for k in D:
        name = fname(k)
        text = read_back(OUT / name)
        scan(name, text)
        if D[k][0] == "zh":
            n = len(text)
            ok = 2750 <= n <= 3000
            print("%-62s zh %5d chars (non-space %d) %s" % (name, n, len(re.sub(r"\s", "", text)), "ok" if ok else "OUT OF RANGE"))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print("%-62s en %5d words %s" % (name, n, "ok" if ok else "OUT OF RANGE"))
        if not ok:
            bad_len.append(name)
    assert not bad_len, bad_len
