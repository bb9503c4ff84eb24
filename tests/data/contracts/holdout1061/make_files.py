"""holdout1061: builds the .docx/.pdf drafts from the sources below (via ../word_pdf.py), writes every .json label,
and asserts the brief's checks: design rules = rules derived from the labels (my reading of policy section 3), all 20
CR rules covered, text lengths as read back, no label value on a threshold, no threshold figure in any built file.

Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1061Z01 = """
T:宜宾市城市管理局建筑垃圾智慧监管平台采购合同
P:项目编号：YBCG-2027-GK-0093　采购方式：公开招标
P:甲方（采购人）：宜宾市城市管理局
P:乙方（中标供应商）：成都筑迹数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方就建筑垃圾智慧监管平台的软件许可和定制开发事宜，按甲方提供的合同文本订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“筑迹建筑垃圾全过程监管平台”软件许可（市级部署版，不限用户数，永久使用）。
P:1.2 乙方按甲方需求进行定制开发：建筑垃圾产生工地备案、运输车辆电子联单、车辆轨迹与违规倾倒识别、消纳场进出场称重对接、执法案件移交模块，以及与市住建局施工许可系统、市公安局交管车辆数据、市数字城管平台的接口。
P:1.3 乙方负责平台在甲方政务云上的部署、历史备案数据迁移、用户培训及上线保障。
P:1.4 平台应提供执法人员移动端和运输企业移动端，支持电子联单扫码核验、现场取证拍照上传和违规线索推送，并满足政务信息系统国产化适配要求。
H:第二条 合同价款
P:2.1 合同总价为人民币2,348,000元（大写：贰佰叁拾肆万捌仟元整），包括：平台软件许可费1,260,000元；定制开发费836,000元；实施部署及数据对接费214,000元；培训费38,000元。
P:2.2 合同总价为固定价格，已包含税费、差旅及交付所需全部费用。合同履行期间，乙方不得以人工、材料价格变动等理由要求调整合同价款。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即469,600元。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%，即1,056,600元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即821,800元。
P:3.4 乙方每次申请付款时应提供合法有效发票，甲方按国库集中支付程序办理。
P:3.5 乙方应在合同签订后5个工作日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付期限
P:4.1 乙方应在合同签订后100日内完成全部定制开发、部署和接口联调，具备初步验收条件。
P:4.2 初步验收合格后进入试运行，试运行期为60日。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有类似项目经验并全程驻场，未经甲方同意不得更换。乙方应每周提交项目周报，每月参加甲方组织的项目例会。
P:4.4 甲方应提供政务云资源、外部系统接口协调函和历史数据，并指定专人配合需求确认与测试。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现并通过甲方测试用例；与三个外部系统的接口连续10日数据交换无差错；500个用户并发操作时页面平均响应时间不超过3秒；通过第三方机构安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障；历史备案数据迁移经抽样核对一致；全部源代码、部署文档、操作手册和培训记录已移交。
P:5.3 甲方在收到验收申请后10个工作日内组织验收并出具书面意见。平台上线使用或甲方支付部分款项，均不视为验收合格。
H:第六条 质量保证与运维
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过100,800元，该价格在质保期满后两年内不上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。
P:7.2 一级故障（平台整体不可用或电子联单无法生成）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 可用率每低于承诺值0.01个百分点，乙方支付违约金2,000元；一级故障响应或恢复每超时1小时，乙方支付违约金1,000元。上述违约金可从应付款项或履约保证金中扣除。
P:7.4 质保期内，乙方应每月向甲方提交平台运行报告，内容包括可用率统计、故障处理记录、安全漏洞修补情况和优化建议。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可。
H:第九条 数据安全
P:9.1 平台中的工地、车辆、运输轨迹、执法案件等全部数据归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应按网络安全等级保护三级要求实施安全措施，运维访问须经甲方审批并通过堡垒机进行，不得将数据拷贝出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即处置，因乙方原因造成的损失由乙方全额承担。
P:9.4 合同终止或维护服务结束时，乙方应移交其掌握的全部甲方数据及账号权限，并删除其留存的任何副本，向甲方出具书面确认。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、执法信息和未公开数据负有保密义务，合同终止后仍然有效。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:11.2 乙方交付的软件存在质量缺陷且经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同的全部或部分义务转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 合同解除后，乙方应在10日内移交已完成的定制开发成果、源代码和项目文档，并配合甲方做好数据移交和系统切换工作。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 培训
P:15.1 乙方应分别为市局业务科室、各区县城管执法人员、运输企业和消纳场管理人员组织培训，累计不少于20场，并提供操作手册、视频教程和考核题库。
H:第十六条 不可抗力
P:16.1 因不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：宜宾市城市管理局　　乙方（盖章）：成都筑迹数智科技有限公司
P:签订日期：2027年____月____日
"""

H1061Z02 = """
T:理发器生产线控制系统改造合同
P:合同编号：RF-SB-2027-006
P:甲方（买方）：慈溪锐锋电器有限公司
P:乙方（卖方）：苏州汇控自动化工程有限公司
P:甲方主要生产电动理发器、电推剪及配件，现有六条装配及检测生产线的控制系统老化、换型困难。经询价比选，甲方委托乙方对上述生产线的控制系统实施改造，包括设备供货、软件许可、工艺程序开发、安装调试及培训。双方依据《中华人民共和国民法典》订立本合同。
H:第一条 改造范围
P:1.1 乙方负责更换六条生产线（刀头装配线两条、电机装配线两条、整机组装及检测线两条）的主控PLC、伺服驱动系统、人机界面，加装刀片间隙和噪声视觉检测单元，并部署产线监控软件。
P:1.2 乙方负责编写各工位的工艺控制程序、换型配方管理程序，完成与甲方MES系统的工单下发和产量回传对接。
P:1.3 改造须在甲方安排的停线窗口内分线实施，每条线停线不超过6天，不得影响其他生产线正常运行。
P:1.4 改造后的控制系统应采用统一的通讯协议和编程平台，预留两条新增产线的扩展接口，电气柜及布线符合国家电气安全标准。
H:第二条 合同价格
P:2.1 本合同价格明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|主控PLC及扩展模块|6套|86,000|516,000
TB:2|伺服驱动器及伺服电机|48套|7,500|360,000
TB:3|HMI触摸屏|12台|9,800|117,600
TB:4|刀片间隙及噪声视觉检测单元|6套|42,000|252,000
TB:5|产线监控软件许可（永久）|1套|198,000|198,000
TB:|软硬件小计|||1,443,600
TB:6|拆除、安装、布线与调试|1项|226,000|226,000
TB:7|工艺程序开发及MES对接|1项|184,000|184,000
TB:8|操作及维护培训|1项|26,400|26,400
TB:|合同总价|||1,880,000
P:2.2 合同总价为人民币壹佰捌拾捌万元整（¥1,880,000），含13%增值税、运输、保险及安装调试费用。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即188,000元。
P:3.2 全部设备到货并完成六条线安装调试后，甲方支付合同总价的55%，即1,034,000元。到货签收和安装调试完成不代表质量验收合格。
P:3.3 最终验收合格后15个工作日内，甲方支付合同总价的35%，即658,000元。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方工厂，并在到货后60日内完成六条线的改造和调试。
P:4.2 乙方应提交详细的分线施工计划和停线方案，经甲方生产部门书面确认后实施。
P:4.3 乙方现场人员应遵守甲方安全生产和车间管理制度，动火、登高和带电作业须办理作业许可。因乙方施工造成甲方设备损坏、人员伤害或产品报废的，由乙方承担责任。
P:4.4 乙方应为甲方设备维护人员和班组长提供不少于5天的现场培训，内容包括PLC程序结构、伺服参数调整、视觉检测标定和常见故障处理，并提供培训教材。
H:第五条 验收
P:5.1 每条线改造完成后连续运行10个工作日，达到以下标准的，视为单线验收合格：节拍不低于改造前的1.15倍；换型时间不超过20分钟；视觉检测漏检率低于0.2%、误判率低于1%；MES工单和产量数据一致。
P:5.2 六条线全部单线验收合格，且乙方移交全部程序源文件、电气图纸、参数表和操作维护手册后，甲方组织最终验收并签署验收报告。
P:5.3 设备投入试生产或甲方支付部分款项，均不视为最终验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内因设备或软件质量问题发生的故障，乙方免费维修或更换。
P:6.2 一级故障（整条生产线停机）乙方应在1小时内响应，远程无法解决的，3小时内派工程师到达甲方现场，8小时内恢复生产；二级故障（单个工位异常）2小时内响应，24小时内解决。
P:6.3 一级故障响应或到场每超时1小时，乙方向甲方支付800元；因乙方原因造成停线超过8小时的，每超过1小时另支付1,500元。
P:6.4 质保期满后，乙方继续提供维保服务，维保费按软硬件小计的9%每年计取，即每年129,924元，质保期满后三年内不上调。维保内容包括每季度巡检、备件优先供应、程序维护和故障维修。维保合同每年签订，不自动续期。
P:6.5 乙方保证在最终验收后八年内持续供应本合同所列设备的备品备件或兼容替代品，备件价格不高于本合同单价。乙方应在质保期开始时向甲方提供推荐备件清单。
H:第七条 知识产权
P:7.1 设备内置软件及产线监控软件的知识产权归原厂或乙方所有，甲方享有永久使用权。
P:7.2 乙方为本项目开发的工艺控制程序、换型配方程序、MES对接程序及其源文件归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数、产品检测图像及质量数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面批准，通过甲方提供的专用通道进行，每次访问留存日志；乙方不得擅自复制或带离甲方数据和程序文件。
P:8.3 因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并采取补救措施，赔偿甲方由此造成的损失。
P:8.4 产线监控软件及工控设备应关闭不必要的端口和服务，乙方应在交付前完成病毒查杀和漏洞扫描，并向甲方提交检测报告。
H:第九条 保密
P:9.1 乙方对在本项目中知悉的甲方产品设计、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后三年内有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（包括违约金、损害赔偿及其他责任）以合同总价的50%为限，但因乙方故意或重大过失、人身伤害造成的损失除外。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方如需将设备运输或现场布线等辅助工作分包，应事先取得甲方书面同意，并对分包方的工作质量和安全承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 合同解除时已完成改造的生产线，乙方应保证其能够正常运行，并移交相应的程序源文件和图纸；未完成部分由甲方另行委托他人实施，增加的费用由乙方承担。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因不可抗力导致一方不能按期履行的，应及时通知对方并在7日内提供证明，履行期限相应顺延；影响超过45日的，双方可协商解除合同。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、分线施工计划、验收测试方案。
P:甲方（盖章）：慈溪锐锋电器有限公司　　乙方（盖章）：苏州汇控自动化工程有限公司
P:签订日期：2027年____月____日
"""

H1061E01 = """
T:Software Licence and Services Agreement
P:Agreement No. JMS-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Juniper Mesa Software, Inc., a corporation organised under the laws of the State of Arizona with its principal office at 21 Lewis Avenue, Seligman, Arizona 86337, USA (the "Vendor"), and Changzhou Hengrun Precision Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer").
P:The Customer manufactures gearboxes and reducers and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor licenses the MesaWorks CMMS software and provides related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MesaWorks CMMS Enterprise Edition in object code, including the mobile work-order application, together with the Documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the SAP PM integration adapter, the spare-parts barcode module, the customer-specific reports and dashboards, and all configuration files, scripts and documents created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated through the Software in the Customer's environment, including asset registers, maintenance histories, spare-parts records, operator names and sensor readings.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 400 named users at the Customer's plants in Changzhou and Huai'an and at any affiliate the Customer controls in mainland China.
P:2.2 The Customer may make reasonable copies for backup, testing and disaster recovery. The Customer shall not decompile or reverse engineer the Software except to the extent permitted by applicable law.
P:2.3 The Software will be installed on servers owned and operated by the Customer at its Changzhou data room. No Customer Data will be hosted by the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services at the fixed prices in Article 4: installation and configuration of the Software; development of the Custom Deliverables; migration of asset and maintenance records from the Customer's spreadsheets; integration with the Customer's SAP PM system; and training of administrators, planners and technicians.
P:3.2 The Vendor shall appoint a project manager who speaks Mandarin and shall perform on-site work through its own employees. The detailed scope and the project plan are set out in Annex 1.
P:3.3 Each party shall name a project lead and hold a progress meeting every two weeks. The Customer shall provide timely access to its premises, systems, key users and the SAP interface specifications.
H:Article 4 Prices and Payment
P:4.1 The total Contract Price is CNY 1,800,000, inclusive of applicable PRC value-added tax and withholding, made up of: Software licence fee CNY 1,180,000; implementation and data migration CNY 420,000; SAP PM integration CNY 156,000; training CNY 44,000.
P:4.2 The Contract Price shall be paid as follows: (a) 20% (CNY 360,000) within 15 business days after signature, against the Vendor's invoice; (b) 55% (CNY 990,000) after installation of the Software and completion of the operational qualification; (c) 25% (CNY 450,000) within 15 business days after Final Acceptance.
P:4.3 Installation and operational qualification do not constitute acceptance. All amounts are fixed and are not subject to exchange-rate adjustment.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall make the Software available for installation within 20 days after signature and shall make the complete system ready for acceptance testing within 110 days after signature.
P:5.2 The acceptance tests in Annex 2 shall show that: all functions listed in the specification work as described; 100 sample work orders created on mobile devices synchronise correctly; migrated asset records reconcile with the source files with no unexplained differences; purchase requisitions and goods issues pass to SAP PM and back without errors over ten consecutive working days; and the system runs with no Severity 1 defect for 30 consecutive days.
P:5.3 When the tests are passed the Customer shall sign a Final Acceptance certificate within ten business days. Use of the Software in production before that date does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Documentation and the specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new releases, and provide support free of charge.
P:6.2 Support is provided in Mandarin and English through a hotline and ticket portal. For a Severity 1 incident (the Software is unavailable or maintenance work orders cannot be issued at a plant) the Vendor shall respond within one hour, at any time of day, and shall work continuously until a fix or workaround is in place. Severity 2 incidents receive a response within two business hours and Severity 3 incidents within one business day.
P:6.3 If the Vendor misses a Severity 1 response time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, set off against the next payment or support fee.
P:6.4 After the Warranty Period the Customer may buy annual support at 11% of the Software licence fee, that is CNY 129,800 per year. That fee is fixed for the first three support years. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and the Customer may use, modify and license them to third parties without restriction. The Vendor may reuse general know-how that does not contain Customer information.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:8.2 Remote access by the Vendor shall take place only through a session approved by the Customer for each occasion, over the Customer's VPN with multi-factor authentication. The Vendor shall not copy Customer Data outside the Customer's systems, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data caused by its personnel, shall take immediate remedial measures, and shall be liable for the resulting losses.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 5.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Article 8 or Article 9, infringement of third-party rights, personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice describing the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted, and the Customer may keep the Software licence if it has been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Arizona, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 The parties shall first try to settle any dispute through negotiation between senior managers. Failing settlement within 30 days, the dispute shall be submitted to the state or federal courts located in Arizona, and each party consents to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Scope and Project Plan) and Annex 2 (Acceptance Tests), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices shall be sent by courier or email to the addresses on the signature page.
P:14.2 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as possible. Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

H1061E03 = """
T:Supply Contract for Grain Silo Temperature Monitoring Sensors and Software Licence
P:Contract No. HXGS-PUR-2027-031
P:Buyer: Jiamusi Hexiang Grain Storage Co., Ltd., No. 88 Changqing Road, Jiamusi, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Sandhills Sensor Systems, Inc., 410 South Ninth Avenue, Broken Bow, Nebraska 68822, USA (the "Supplier").
P:This contract is made on the Buyer's standard purchasing terms. The Buyer operates 64 steel and concrete silos at three storage depots and wishes to monitor grain temperature, moisture and carbon dioxide continuously to detect heating and spoilage early. The Supplier shall supply, install and commission the equipment and software described below.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, wireless gateways, weather stations and accessories listed in Clause 3.
P:1.2 "Software" means the SiloSense monitoring software, including its server application, web console and mobile alarm application.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's depots.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, install the System at the Buyer's Jiamusi, Fujin and Huachuan depots, integrate it with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for all silos owned or operated by the Buyer and its subsidiaries in the People's Republic of China, with no limit on the number of users.
P:2.3 The Supplier shall appoint a local installation supervisor with experience of grain storage projects in China and shall comply with the Buyer's site safety rules, including rules for working at height and in confined spaces.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,406,000, inclusive of VAT, import duties, transport to the depots, insurance and installation, itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point digital temperature and moisture cables|960|1,150|1,104,000
TB:2|Solar-powered wireless gateways|48|6,800|326,400
TB:3|Depot weather stations with CO2 probes|12|14,500|174,000
TB:4|SiloSense monitoring software, perpetual licence|1|386,000|386,000
TB:|Equipment and Software Subtotal|||1,990,400
TB:5|Installation and commissioning|1 lot|248,000|248,000
TB:6|WMS integration|1 lot|126,000|126,000
TB:7|Training|1 lot|41,600|41,600
TB:|Contract Price|||2,406,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements or changes in the cost of materials.
H:4. Payment
P:4.1 The Buyer makes no advance payment.
P:4.2 65% of the Contract Price (CNY 1,563,900) is payable within 20 business days after all Equipment has been installed at the three depots and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:4.3 35% of the Contract Price (CNY 842,100) is payable within 20 business days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice issued by the Supplier's appointed Chinese agent.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the three depots within 75 days after signature and complete installation within 45 days after delivery. Installation in any silo shall be coordinated with the Buyer's grain inbound and outbound schedule.
P:5.2 Risk in the Equipment passes to the Buyer on signature of the delivery receipt at each depot. Title passes on payment under Clause 4.2.
P:5.3 The Supplier shall pack the Equipment for sea and road transport and for storage in unheated buildings in winter. Every cable shall carry a label showing its silo number and serial number, and the Supplier shall hand over a complete equipment register at each depot.
P:5.4 The Supplier shall train at least 25 of the Buyer's storage keepers and IT staff in Chinese, covering operation of the console, alarm handling, cable replacement and routine calibration, and shall provide written training materials and recorded videos.
H:6. Acceptance
P:6.1 After installation the System shall run for a trial period of 45 days.
P:6.2 The System passes acceptance when: every cable reports from all sensing points; readings agree with a calibrated reference thermometer within ±0.5 °C at the sample points chosen by the Buyer; alarms reach the web console and mobile application within 60 seconds; data pass to the WMS without loss; and no Severity 1 incident occurs during the last 20 days of the trial period.
P:6.3 The Buyer shall issue the Final Acceptance certificate, or a written list of defects, within ten business days after the trial period. Use of the System during the trial period is not acceptance. The Supplier shall remedy listed defects and the relevant tests shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period it shall repair or replace faulty Equipment, correct Software defects and supply Software updates free of charge, including the cost of shipping replacement parts to the depots.
P:7.2 The Supplier shall provide a Chinese-language hotline. For a Severity 1 incident (loss of monitoring for a whole depot, or failure of the alarm function) it shall respond within 30 minutes and restore monitoring within 48 hours, sending an engineer or its Chinese agent to site where needed. Severity 2 incidents shall be answered within two hours.
P:7.3 The server application shall achieve monthly availability of at least 99.95%, excluding maintenance windows agreed in advance.
P:7.4 For each hour by which a Severity 1 response or restoration time is exceeded the Supplier shall pay CNY 800. For each 0.01 percentage point of availability below the commitment in a month it shall pay CNY 1,500. The Buyer may deduct these amounts from any payment due.
P:7.5 After the warranty the Buyer may order annual support at 7.5% of the Equipment and Software Subtotal, that is CNY 149,280 per year, fixed for two years. Support is ordered year by year and does not renew automatically.
P:7.6 The Supplier shall keep spare cables and gateways in stock with its Chinese agent and shall continue to supply spare parts for at least eight years after Final Acceptance at prices no higher than the unit prices in Clause 3.1.
H:8. Intellectual Property
P:8.1 The Supplier keeps its rights in the Software and the Equipment firmware.
P:8.2 The WMS interface, the depot-specific silo layouts and alarm rules, and all reports developed for the Buyer belong to the Buyer. The Supplier shall deliver their source code and the Buyer may modify them and have them maintained by third parties.
H:9. Data Protection and Security
P:9.1 All measurements, alarm records and inventory information collected by the System belong to the Buyer. The Supplier shall use them only to perform this contract and shall not pass them to any third party.
P:9.2 The server application shall be installed in the Buyer's data room in Jiamusi. Remote support shall be given only through a connection approved by the Buyer for each session and logged. The Supplier shall not transfer any data collected by the System outside the People's Republic of China.
P:9.3 The Supplier shall keep the Software free of known vulnerabilities, supply security patches within 30 days of release, and report any security incident it learns of within six hours. It is liable for losses caused by a breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information on the Buyer's depots, stock levels and operations and shall not disclose it without the Buyer's written consent. This obligation continues for three years after the contract ends.
H:11. Delay Damages
P:11.1 If the Supplier fails to complete delivery or installation by the dates in Clause 5.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier's Chinese agent named in Annex 3 is approved by signature of this contract for installation and local support. The Supplier remains fully responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment that the Buyer returns.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:15. Miscellaneous
P:15.1 Annex 1 (Technical Specification), Annex 2 (Installation Plan) and Annex 3 (Supplier's Chinese Agent) form part of this contract. This contract is made in English and Chinese; both texts have equal force.
P:15.2 Amendments shall be made in writing and signed by both parties. Notices shall be sent to the addresses above by courier or email. Neither party is liable for delay caused by force majeure, such as severe weather, epidemics or government action, if it gives prompt notice and takes reasonable steps to limit the delay; the affected dates shall be extended accordingly.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h1061z01": H1061Z01, "h1061z02": H1061Z02, "h1061e01": H1061E01, "h1061e03": H1061E03}
TARGETS = {"h1061z01": ("h1061z01_city_construction_waste_supervision_platform.pdf", "pdf"),
           "h1061z02": ("h1061z02_hair_clipper_line_control_retrofit.docx", "docx"),
           "h1061e01": ("h1061e01_cmms_perpetual_licence_services_az_vendor.pdf", "pdf"),
           "h1061e03": ("h1061e03_grain_silo_sensors_monitoring_licence.docx", "docx")}

FILES = {
    "h1061z01": "h1061z01_city_construction_waste_supervision_platform.pdf",
    "h1061z02": "h1061z02_hair_clipper_line_control_retrofit.docx",
    "h1061z03": "h1061z03_karting_chain_booking_membership_saas.txt",
    "h1061z04": "h1061z04_fire_rescue_ev_charging_monitoring_om.txt",
    "h1061z05": "h1061z05_fan_studio_process_tracking_supplier_template.md",
    "h1061e01": "h1061e01_cmms_perpetual_licence_services_az_vendor.pdf",
    "h1061e02": "h1061e02_field_service_saas_order_form.md",
    "h1061e03": "h1061e03_grain_silo_sensors_monitoring_licence.docx",
    "h1061e04": "h1061e04_ecommerce_managed_cloud_operations_36_months.md",
    "h1061e05": "h1061e05_agro_weather_data_api_subscription.txt",
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(*values):
    assert len(values) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, values))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra, design rules, TCO inputs (fee base, fee % per year) or None)
LABELS = {
    "h1061z01": ("zh", "software",
                 terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                       False, "PRC", G),
                 {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                  "acceptance_deemed_on_delivery": False, "contract_value": 2348000},
                 [], (1260000, 8)),
    "h1061z02": ("zh", "hardware",
                 terms(None, 1, True, "buyer", True, True, True, 0.02, 50, 10, True, True, 24, 9, False, True, False,
                       "PRC", G),
                 {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                  "acceptance_deemed_on_delivery": False, "contract_value": 1880000},
                 ["CR-LD-LOW", "CR-LIABILITY-CAP"], (1443600, 9)),
    "h1061z03": ("zh", "cloud",
                 terms(99.5, 0.5, True, "buyer", True, False, True, 800 / 864000 * 100, 200, None, True, None, None,
                       None, True, True, False, "PRC", S),
                 {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                  "contract_value": 864000},
                 ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None),
    "h1061z04": ("zh", "services",
                 terms(99.95, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                       True, False, "PRC", S),
                 {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                  "contract_value": 586000},
                 ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"], None),
    "h1061z05": ("zh", "software",
                 terms(None, None, False, "supplier", True, True, True, None, None, 65, False, False, 6, 28, False,
                       True, None, "PRC", G),
                 {"sla_clause": False, "ld_stated": False, "post_warranty_fee_capped": True,
                  "acceptance_deemed_on_delivery": True, "contract_value": 320000},
                 ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                  "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], (218000, 28)),
    "h1061e01": ("en", "software",
                 terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                       "Arizona", G),
                 {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                  "acceptance_deemed_on_delivery": False, "contract_value": 1800000},
                 ["CR-GOVERNING-LAW"], (1180000, 11)),
    "h1061e02": ("en", "cloud",
                 terms(99.95, 0.5, False, "buyer", True, True, True, 900 / 890000 * 100, 200, None, True, None, None,
                       None, False, True, True, "PRC", S),
                 {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                  "contract_value": 890000},
                 ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], None),
    "h1061e03": ("en", "hardware",
                 terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, None, True, True, 36, 7.5, False, True,
                       False, "PRC", G),
                 {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                  "acceptance_deemed_on_delivery": False, "contract_value": 2406000},
                 [], (1990400, 7.5)),
    "h1061e04": ("en", "services",
                 terms(99.95, 0.25, True, "buyer", False, True, True, 1800 / 2160000 * 100, 150, None, True, None,
                       None, None, False, False, False, "PRC", S),
                 {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                  "contract_value": 2160000},
                 ["CR-DATA-SECURITY", "CR-TERMINATION"], None),
    "h1061e05": ("en", "cloud",
                 terms(99.95, 1, True, "buyer", True, True, True, 700 / 780000 * 100, 6 / 24 * 100, None, True, None,
                       None, None, True, True, False, "PRC", S),
                 {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                  "contract_value": 780000},
                 ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"], None),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (defaults of the shipped pack)
AVAIL, P1_HOURS, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = (
    99.9, 4, 0.05, 100, 30, 12, 15, 40, 5)


def tco_share(value, warranty_months, base, pct):
    post_years = max(0.0, HORIZON - warranty_months / 12)
    post = post_years * base * pct / 100
    return post / (value + post) * 100


def derive(t, x, tco):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_HOURS:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > PWF_MAX:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and tco is not None and t["warranty_months"] is not None:
            share = tco_share(x["contract_value"], t["warranty_months"], *tco)
            assert abs(share - TCO_MAX) > 2, share
            if share > TCO_MAX:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def check_label_values(key, t, x):
    on = [("availability_pct", AVAIL), ("p1_response_hours", P1_HOURS), ("ld_rate_per_day_pct", LD_MIN),
          ("liability_cap_pct", CAP_MIN), ("prepayment_pct", PREPAY_MAX), ("warranty_months", WARRANTY_MIN),
          ("post_warranty_fee_pct", PWF_MAX)]
    for k, th in on:
        v = t[k]
        assert v is None or abs(v - th) > 1e-9, (key, k, v)
    if t["contract_kind"] == S:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        assert "post_warranty_fee_capped" not in x
        assert t["final_payment_on_acceptance"] is None, key
    else:
        assert "post_warranty_fee_capped" in x


# --- threshold figures in the text -------------------------------------------------------------------------------
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![a-z-])four[\s-]*hours?", r"(?<![十\d])四个?小时",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五", r"千分之零点五",
    r"(?<![\d.])100\s*(?:%|％|percent|per\s*cent)", r"百分之一?百",
    r"(?<![\d.])30\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:%|percent|per\s*cent)",
    r"(?<![\d.])15\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?!点)", r"fifteen\s*(?:%|percent|per\s*cent)",
    r"(?<![\d.])40\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:%|percent|per\s*cent)",
    r"(?<![\d.])12\s*(?:months?|个月|-month)", r"twelve[\s-]*months?", r"十二个月", r"一年", r"(?<![a-z])one[\s-]years?",
    r"(?<![\d.])1\s*years?\b",
    r"(?<![\d.])5\s*(?:years?|-year|年)", r"(?<![a-z])five[\s-]*years?", r"(?<![十\d])五年",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "within 4 hours", "4小时", "四小时内", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12 months", "12个月", "十二个月",
            "一年", "one year", "5 years", "五年", "twelve months", "five-year"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "0.08%", "0.055", "10.05", "200%", "130%",
             "1.15倍", "115%", "150%", "140%", "36 months", "24个月", "十五日", "2015年", "15日", "万分之三",
             "twenty-four hours", "three hours", "2027年12月31日", "45 days", "6 years", "三年"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def text_checks(key, lang):
    text = read_back(OUT / FILES[key])
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = THRESHOLD_RE.search(variant)
        assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
    if lang == "zh":
        n = len(re.sub(r"\s", "", text))
        assert 2750 <= n <= 3000, (key, n)
    else:
        n = len(text.split())
        assert 1450 <= n <= 1650, (key, n)
    return n


def write_label(key):
    lang, cat, t, x, design, tco = LABELS[key]
    check_label_values(key, t, x)
    rules = derive(t, x, tco)
    assert rules == sorted(design), (key, rules, design)
    label = {"file": FILES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
             "expected_rules": rules}
    (OUT / (Path(FILES[key]).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
    return rules


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    covered = set()
    for key in FILES:
        rules = write_label(key)
        covered.update(rules)
        n = text_checks(key, LABELS[key][0])
        tco = LABELS[key][5]
        share = ""
        if tco:
            t, x = LABELS[key][2], LABELS[key][3]
            share = " TCO share %.1f%%" % tco_share(x["contract_value"], t["warranty_months"], *tco)
        print("%s %s len=%d risk=%s rules=%s%s" % (key, LABELS[key][0], n, risk(rules), ",".join(rules) or "-",
                                                   share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    compliant = [k for k in FILES if not LABELS[k][4]]
    assert sorted(compliant) == ["h1061e03", "h1061z01"], compliant
    assert 8 <= len(LABELS["h1061z05"][4]) <= 10
    print("all checks passed; %d rules covered" % len(covered))
