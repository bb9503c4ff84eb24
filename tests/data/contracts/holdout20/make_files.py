"""Builds the .docx and .pdf contracts of holdout20 from the marked-up sources below.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the PDFs the paragraphs are first broken into lines (word_pdf.prewrap: 38 units per line, CJK 1, other 0.5) at
word boundaries, never inside an English word or a number, and without starting a line with closing Chinese
punctuation; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout20/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H20Z01 = """T:澄江市社会保障卡自助服务终端采购合同
P:合同编号：CJRS-2026-HW-031
P:采购人（甲方）：澄江市人力资源和社会保障局
P:供应商（乙方）：杭州联卡智能设备有限公司
P:澄江市社会保障卡"就近办"服务网点建设项目经公开招标（项目编号CJZC2026-0217），乙方为中标供应商。甲乙双方依据招标文件、乙方投标文件及中标通知书，就社会保障卡自助服务终端的供货、安装及售后服务订立本合同，共同遵守。
H:第一条 采购内容与合同价款
P:1.1 乙方负责供应社会保障卡自助服务终端及配套管理软件，在全市38个街道（乡镇）便民服务网点完成安装调试，开发与甲方社会保险核心业务系统、社保卡即时制卡系统的接口，并对网点经办人员进行操作培训。
P:1.2 分项价格见下表。合同总价为人民币3,360,000元（大写：叁佰叁拾陆万元整），已包含设备、软件、运输、保险、安装、接口开发、培训及税费，合同履行期间不作调整。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|立式社保卡自助服务终端（含即时制卡模块）|40台|58,500|2,340,000
TB:2|壁挂式社保卡自助查询终端|30台|16,800|504,000
TB:3|终端集中管理软件（永久许可）|1套|186,000|186,000
TB:|设备及软件小计|||3,030,000
TB:4|与社会保险核心业务系统、即时制卡系统的接口开发|1项|238,000|238,000
TB:5|安装调试、网点布线及培训|1项|92,000|92,000
TB:|合同总价|||3,360,000
H:第二条 交货与安装
P:2.1 乙方应于合同签订之日起60日内将全部设备运抵甲方指定网点，并于到货后30日内完成安装调试，具备初验条件。
P:2.2 接口开发与设备安装同步进行，接口联调方案须经甲方及社保卡合作银行书面确认后方可实施。
P:2.3 设备到货时，双方按装箱单清点数量、型号及外观并签署到货签收单。到货签收仅确认数量与外观，不构成质量验收。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，乙方向甲方提交等额的银行预付款保函，甲方向乙方支付合同总价的15%，即504,000元，作为预付款。
P:3.2 全部设备初验合格后15个工作日内，甲方支付合同总价的50%，即1,680,000元。
P:3.3 终验合格并签署终验报告后15个工作日内，甲方支付合同总价的35%，即1,176,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。
H:第四条 验收
P:4.1 初验：安装调试完成后，乙方提交初验申请，甲方组织初验。初验内容包括：设备数量、型号、配置与投标文件一致；单台终端连续加电运行72小时无故障；每台立式终端连续制卡50张，废卡不超过1张；社保卡申领、挂失、密码修改、参保缴费查询等23项业务全部能够办理。
P:4.2 试运行：初验合格后进入60日试运行。试运行期间同一原因导致的一级故障累计出现两次以上（含两次）的，试运行期自故障排除之日起重新计算。
P:4.3 终验：试运行期满，乙方提交终验申请及竣工资料（设备清单及序列号、接口文档及源代码、运维手册），甲方会同社保卡合作银行组织终验。终验标准为：全部测试项目符合招标文件技术要求；管理软件可实时监控全部终端运行状态并能远程推送版本；接口调用平均响应时间不超过2秒；竣工资料完整。终验合格的，双方签署终验报告。
P:4.4 设备到货、安装完成、网点投入使用或甲方支付任何款项，均不视为终验合格。
H:第五条 质量保证与售后服务
P:5.1 全部设备及软件的免费质保期为三年，自终验合格之日起计算。质保期内乙方免费提供维修、更换零部件、软件升级，并每季度上门巡检一次。
P:5.2 故障分级及服务时限如下：
TB:故障级别|情形|响应时间|到场时间|修复时间
TB:一级|终端无法制卡或无法读写社保卡，或管理平台中断|30分钟|2小时|8小时
TB:二级|单项业务无法办理，打印、扫描等模块故障|1小时|8小时|2个工作日
TB:三级|外观、提示音等不影响业务办理的问题|8小时|2个工作日|5个工作日
P:5.3 乙方未在上表时限内响应、到场或修复的，每超时1小时向甲方支付违约金500元；一级故障8小时内不能修复的，乙方应提供备用终端顶替使用，直至修复。
P:5.4 质保期满后，甲方如委托乙方继续提供维保服务，年度维保费不超过设备及软件小计的8%，即每年不超过242,400元；质保期满后的前两年按此标准执行，乙方不得上调。
H:第六条 知识产权
P:6.1 乙方为本项目开发的接口程序及其源代码、技术文档，以及为甲方定制的终端界面和业务流程配置，知识产权归甲方所有，甲方有权自行或委托第三方修改、维护和使用。
P:6.2 终端集中管理软件为乙方已有产品，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属社保经办机构。
P:6.3 乙方保证所供设备和软件不侵犯任何第三方的知识产权，由此引起的纠纷由乙方负责处理并赔偿甲方损失。
H:第七条 个人信息与数据安全
P:7.1 终端采集和处理的参保人身份信息、照片、社保卡信息及业务办理记录均属于甲方。乙方仅为履行本合同之目的接触上述信息，不得留存、复制、向第三方提供或用于其他任何用途。
P:7.2 终端在每笔业务办理完成后应即时清除本地缓存的个人信息；终端与后台之间的通信采用国密算法加密；管理平台部署于甲方政务外网机房。
P:7.3 乙方远程运维须经甲方逐次审批，通过甲方堡垒机操作并留存审计日志。维修中更换下来的存储部件交由甲方留存或当场销毁。
P:7.4 发生或可能发生个人信息泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任，并赔偿甲方及参保人因此遭受的全部损失。
H:第八条 保密
P:乙方对履行本合同过程中知悉的甲方业务资料、网络结构、接口规范及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而失效。
H:第九条 分包
P:本项目不得转包。乙方确需将网点布线工作分包的，应事先取得甲方书面同意，并就分包部分向甲方承担连带责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之七向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方所供设备不符合合同约定的，应在10日内无偿更换；更换后仍不合格的，甲方有权退货，乙方退还已收款项并赔偿损失。
H:第十一条 合同解除
P:乙方有下列情形之一的，甲方有权书面通知解除本合同，并要求乙方赔偿损失：（一）严重违反本合同约定，经甲方书面催告后15日内仍未改正的；（二）提供虚假材料谋取中标的；（三）发生个人信息泄露事件且乙方负有主要责任的。
H:第十二条 法律适用与争议解决
P:本合同的订立、效力、解释和履行适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：澄江市人力资源和社会保障局　　　乙方（盖章）：杭州联卡智能设备有限公司
P:签订日期：2026年　月　日
"""

H20Z02 = """T:青川市中医医院电子病历系统应用水平提升项目合同
P:合同编号：QCZY-XX-2026-009
P:甲方：青川市中医医院
P:乙方：上海禾信医疗软件股份有限公司
P:甲方拟将其电子病历系统应用水平由现有四级提升至五级，经院内采购程序确定由乙方承担本项目。双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方在甲方现有电子病历系统基础上完成升级改造，交付内容包括：（一）电子病历系统五级功能升级许可，含临床决策支持、医嘱闭环管理、护理闭环管理及病历内涵质控模块；（二）与HIS、LIS、PACS、手术麻醉系统及医院集成平台的接口改造；（三）按照电子病历系统应用水平分级评价标准开展数据质量治理，并协助甲方准备评级申报材料；（四）实施部署及人员培训。
P:1.2 合同总价为人民币1,950,000元，为固定总价，其中：软件升级许可费1,120,000元；接口改造费460,000元；数据治理及评级辅导费280,000元；实施培训费90,000元。
H:第二条 工期
P:2.1 乙方应在合同签订后150日内完成全部功能上线并具备初验条件。
P:2.2 初验合格后进入90日试运行期，试运行期满后进行终验。
P:2.3 乙方应组建不少于8人的项目组，其中项目经理须具有电子病历五级评级项目的实施经验；项目实施期间项目经理及核心实施人员应常驻甲方现场，未经甲方同意不得更换。
P:2.4 乙方应在合同签订后15日内提交项目实施计划及评级差距分析报告，经甲方确认后执行。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方向乙方支付合同总价的35%，即682,500元，作为预付款。
P:3.2 全部功能上线并通过初验后，甲方支付合同总价的40%，即780,000元。
P:3.3 终验合格后，甲方支付合同总价的25%，即487,500元。
H:第四条 验收
P:4.1 初验：功能清单所列模块全部上线，各接口联调测试通过，门急诊及住院病区全部启用新版本。
P:4.2 终验条件：（一）试运行期满，且不存在未解决的一级故障；（二）按五级标准逐项自查，由医院评级工作小组组织模拟评审，全部基本项达到五级要求，选择项达标数量满足申报条件；（三）随机抽查出院病历200份，数据完整性、一致性核查全部通过；（四）乙方交付接口部分源代码、数据字典、运维手册等文档。
P:4.3 系统上线运行、通过初验或甲方已开始使用，均不视为终验合格。国家卫生健康主管部门的最终评级结果不作为终验条件，但乙方应无偿配合评审专家的现场检查。
H:第五条 质保与运维
P:5.1 免费质保期为二年，自终验合格之日起计算。质保期内，乙方免费提供缺陷修复、为适应国家及省级标准变化所需的升级，以及评级复核所需的技术配合。
P:5.2 一级故障（门急诊或住院医生无法书写、提交病历，或医嘱闭环流程中断）：乙方应在20分钟内响应，1小时内到场，3小时内恢复使用。二级故障（单个模块或单个接口异常）：乙方应在1小时内响应，1个工作日内解决。三级问题纳入版本计划处理。
P:5.3 乙方未按5.2约定时限响应或恢复的，每超时1小时向甲方支付违约金1,000元。
P:5.4 质保期内乙方每季度对系统运行情况进行一次巡检，提交巡检报告，并在评级复核前对系统数据质量进行一次全面核查。
P:5.5 质保期满后，甲方需要乙方继续提供运维服务的，运维服务费按乙方当年度公布的服务收费标准计收，由双方届时另行签订运维合同。
H:第六条 知识产权
P:6.1 乙方原有电子病历产品的知识产权归乙方所有，乙方授予甲方永久使用许可。
P:6.2 乙方为甲方定制开发的接口程序、质控规则、专科病历模板及相关文档，知识产权归甲方所有。乙方应交付上述成果的源代码，甲方可自行或委托第三方修改和使用。
H:第七条 数据安全
P:7.1 甲方的患者诊疗数据及其他业务数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:7.2 系统部署于甲方院内机房。乙方实施人员须使用甲方分配的个人账号，经堡垒机访问生产环境；不得将任何患者数据拷贝或带离医院；测试所需数据由甲方脱敏后提供。
P:7.3 发生数据泄露或疑似泄露的，乙方应在2小时内报告甲方信息科并配合处置；因乙方过错导致的，乙方承担全部赔偿责任。
H:第八条 保密
P:双方对履行本合同过程中获知的对方技术信息、经营信息及患者信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:第九条 分包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十条 违约责任
P:10.1 乙方未按第二条约定的期限完成上线或终验的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 因乙方交付内容不符合五级标准导致模拟评审未通过的，乙方应在60日内免费整改；整改后仍未通过的，甲方有权解除合同。
P:10.3 乙方擅自更换项目经理或核心实施人员的，每人次向甲方支付违约金10,000元。
H:第十一条 合同解除
P:乙方逾期超过60日，或有其他严重违约行为经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取的款项并赔偿甲方损失。
H:第十二条 争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 乙方投标（报价）文件、项目实施计划及双方确认的会议纪要为本合同附件，与本合同具有同等效力。
P:13.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青川市中医医院　　　乙方（盖章）：上海禾信医疗软件股份有限公司
P:日期：2026年　月　日
"""

H20E02 = """T:DEVICE-AS-A-SERVICE LEASE AGREEMENT
P:Agreement No. MDS-SZ-2026-0213
P:Lessor: Meridian Device Services (China) Co., Ltd., Suzhou Industrial Park, Jiangsu ("Meridian")
P:Customer: Jiangsu Kaiyuan Pharmaceutical Co., Ltd., Taizhou, Jiangsu ("Customer")
P:Meridian leases end-user computing devices to Customer and provides the related deployment and support services on the terms of this standard form.
H:1. Definitions
P:"Devices" means the notebooks and desktops listed in clause 2. "Commencement Date" means the first day of the month following the Wave Acceptance of the first deployment wave. "Total Contract Value" means CNY 6,309,360.
H:2. Devices and Charges
P:2.1 Meridian shall lease to Customer 900 business notebooks (32 GB memory, 1 TB SSD) at CNY 172 per Device per month and 120 desktops (16 GB memory, 512 GB SSD, monitor) at CNY 128 per Device per month. The Monthly Rental for all Devices is CNY 170,160 and the total rental for the Lease Term is CNY 6,125,760.
P:2.2 Deployment Services are charged once at CNY 180 per Device, CNY 183,600 in total. The Total Contract Value is CNY 6,309,360 (rental plus Deployment Services), including VAT.
P:2.3 No deposit, security amount or advance rental is payable. The Monthly Rental is invoiced monthly in arrears, pro rata for the Devices of accepted waves. The Deployment Services charge for a wave is invoiced after its Wave Acceptance. Invoices are payable within thirty (30) days.
H:3. Term and Renewal
P:3.1 The Lease Term starts on the Commencement Date and runs for thirty-six (36) months.
P:3.2 Unless Customer gives Meridian written notice of non-renewal at least ninety (90) days before the end of the Lease Term or of any renewal period, this Agreement renews automatically for successive twelve (12) month renewal periods.
P:3.3 For any renewal period Meridian may change the Monthly Rental to its then-current standard rental rates, as notified to Customer by Meridian.
H:4. Delivery, Deployment and Acceptance
P:4.1 Meridian shall deploy the Devices in three waves: Wave 1 (headquarters, 380 Devices) by 30 June 2026, Wave 2 (plant, 420 Devices) by 31 July 2026 and Wave 3 (sales offices, 220 Devices) by 31 August 2026.
P:4.2 Deployment Services include: loading Customer's standard image, joining Customer's domain, enrolling each Device in Customer's endpoint management system, migrating each user's files and settings from the old device, and asset tagging.
P:4.3 Wave Acceptance: after each wave, Customer checks that (a) every Device of the wave boots Customer's current image and appears as compliant in Customer's endpoint management console; (b) each user has signed the data migration confirmation sheet; and (c) the asset register delivered by Meridian matches the serial numbers on site. When all checks pass, Customer signs a Wave Acceptance Certificate. Delivery of Devices, their installation or their use by employees does not constitute Wave Acceptance.
P:4.4 If a wave is not accepted by its date in clause 4.1 for reasons attributable to Meridian, Meridian shall pay Customer delay damages of 0.025% of the Total Contract Value for each day of delay, up to a maximum of 2% of the Total Contract Value in aggregate.
H:5. Support Services and Service Levels
P:5.1 Meridian provides a service desk for Customer's users from 08:00 to 20:00, Monday to Saturday, and on-site break-fix support at each of Customer's sites for the Lease Term.
P:5.2 Critical incidents (a Device of a user on Customer's executive list is unusable, or ten or more Devices at one site are unusable at the same time): Meridian responds within one (1) hour and has an engineer on site or a working replacement Device delivered within six (6) hours. Standard incidents: response within eight (8) business hours and repair or replacement by the end of the next business day.
P:5.3 If Meridian misses a Critical incident target, it credits 2% of the Monthly Rental for each missed target; for a missed Standard incident target, 0.5% of the Monthly Rental. Credits are deducted from the next invoice and are limited to 10% of the Monthly Rental in any month.
H:6. Ownership and Risk
P:The Devices remain the property of Meridian. Customer shall not sell or pledge them and shall take reasonable care of them.
H:7. Customer Data and Security
P:7.1 All data stored on the Devices belongs to Customer. Meridian shall access it only to the extent needed to deploy and repair the Devices and shall not copy, keep or use it for any other purpose.
P:7.2 Meridian's engineers shall follow Customer's information security policies when working on Devices, shall work on Customer's premises or under Customer's remote-support tool only, and shall not connect any Device to a Meridian network.
P:7.3 Storage drives removed during repair remain with Customer. Every Device returned to Meridian is wiped in accordance with NIST SP 800-88 at Meridian's Suzhou depot within ten (10) business days, and Meridian issues a wiping certificate per serial number.
P:7.4 Meridian shall notify Customer within twenty-four (24) hours after it becomes aware of any loss, disclosure or unauthorised access affecting Customer data in its custody, cooperate in the response, and compensate Customer for losses caused by its breach of this clause 7.
H:8. Confidentiality
P:Each party shall keep confidential the non-public business and technical information received from the other party under this Agreement, use it only for the purposes of this Agreement, and not disclose it to third parties without prior written consent, except as required by law.
H:9. Deliverables
P:The image build documentation, deployment scripts, runbooks and asset reports prepared by Meridian for Customer belong to Customer, which may use, modify and give them to any successor provider. Meridian's own tools remain Meridian's.
H:10. Subcontracting
P:The logistics carrier named in Schedule 2 is approved by Customer on signature. Meridian shall not subcontract any other part of the services without Customer's prior written consent and remains responsible for any approved subcontractor.
H:11. Liability
P:Neither party is liable for indirect or consequential loss. Each party's total liability under this Agreement shall not exceed one hundred and twenty per cent (120%) of the Total Contract Value.
H:12. Termination
P:Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after written notice.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
P:For Meridian: ____________________   For Customer: ____________________   Date: ____________
"""

H20E03 = """T:PURCHASE AGREEMENT FOR IT EQUIPMENT AND SERVICES
P:Agreement No. LBC-ITP-2026-052
P:Buyer: Lindqvist Bank (China) Company Limited, Shanghai (the "Bank")
P:Supplier: Beijing Zhongxin Storage Systems Co., Ltd. (the "Supplier")
P:This Agreement consists of the Bank's Standard Purchase Terms for IT Goods and Services (edition 2025) set out below, completed for this purchase. The Supplier's own terms of sale do not apply.
H:1. Scope
P:The Supplier shall supply, install and configure storage systems for the Bank's primary data centre in Shanghai and its disaster-recovery site in Beijing, migrate the data held on the Bank's existing arrays, and train the Bank's staff.
H:2. Contract Price
P:2.1 The Contract Price is CNY 4,400,000, including VAT, delivery, insurance and all services.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|All-flash unified storage array, 460 TB effective capacity|2|1,380,000|2,760,000
TB:2|Backup appliance with deduplication, 600 TB usable|1|620,000|620,000
TB:3|32G Fibre Channel switch|4|96,000|384,000
TB:4|Replication, snapshot and encryption licences (perpetual)|1 set|276,000|276,000
TB:|Hardware and Licence Subtotal|||4,040,000
TB:5|Installation, configuration and data migration|1 lot|318,000|318,000
TB:6|Training (administration and operations courses)|1 lot|42,000|42,000
TB:|Contract Price|||4,400,000
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the equipment to both sites within eight (8) weeks after signature and complete installation within three (3) weeks after delivery.
P:3.2 After power-on and health checks at a site, the parties sign an Installation Certificate. The Installation Certificate records that the equipment is installed; it is not acceptance.
H:4. Payment
P:4.1 Advance payment: ten per cent (10%) of the Contract Price, CNY 440,000, within fifteen (15) business days after the Supplier delivers an advance-payment guarantee of the same amount issued by a bank acceptable to the Bank.
P:4.2 Fifty-five per cent (55%), CNY 2,420,000, after the Installation Certificates for both sites are signed.
P:4.3 Thirty-five per cent (35%), CNY 1,540,000, after the Final Acceptance Certificate is issued.
H:5. Acceptance
P:5.1 Final Acceptance requires that all of the following tests are passed: (a) each array sustains 450,000 IOPS with an 8 KB mixed workload at an average latency below one millisecond; (b) asynchronous replication from Shanghai to Beijing keeps a recovery point within five minutes, and a controlled failover to Beijing and back is completed successfully; (c) checksums of all migrated volumes are reconciled with zero mismatches; (d) a full backup and restore of the core banking database copy succeeds; and (e) the systems run in production for thirty (30) consecutive days without a Severity 1 incident.
P:5.2 The Bank issues the Final Acceptance Certificate within five (5) business days after all tests are passed.
P:5.3 Delivery, installation, the Installation Certificate, use of the equipment in production or any payment does not constitute acceptance.
H:6. Warranty
P:The Supplier warrants the equipment and licensed software for thirty-six (36) months from Final Acceptance. During the warranty it provides parts, labour, firmware and software updates free of charge.
H:7. Support and Service Levels
P:7.1 During the warranty the Supplier shall meet the following service levels, 7 days a week:
TB:Severity|Definition|Response|On site|Workaround
TB:Severity 1|Array or switch down, data unavailable, or replication stopped|15 minutes|2 hours|6 hours
TB:Severity 2|Redundancy lost or performance degraded|1 hour|Next business day|2 business days
TB:Severity 3|Minor issue or question|Next business day|As needed|10 business days
P:7.2 For each hour or part of an hour by which a Severity 1 response or workaround time is missed, the Supplier pays the Bank CNY 2,500.
P:7.3 Each array shall be available at least 99.999% of each year during the warranty. If an array falls short, the Supplier pays a credit of CNY 60,000 for that array and year.
P:7.4 Post-warranty support: the Supplier shall offer support for the fourth and fifth years after Final Acceptance on the service levels of this clause at an annual fee of no more than nine per cent (9%) of the Hardware and Licence Subtotal, i.e. CNY 363,600 per year. The Bank may order it by purchase order. It does not renew automatically.
H:8. Delay
P:If delivery, installation or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.12% of the Contract Price for each day of delay, up to ten per cent (10%) of the Contract Price. If the delay exceeds thirty (30) days, the Bank may also terminate this Agreement.
H:9. Bank Data and Information Security
P:9.1 All data stored on the equipment or handled during the migration belongs to the Bank. The Supplier shall use it only to perform this Agreement.
P:9.2 The Supplier's personnel work on the Bank's premises under the Bank's supervision and access systems only through the Bank's privileged-access management system. Remote access is allowed only when approved by the Bank for a single session. No copies of Bank data may be made or removed.
P:9.3 The Supplier complies with the Personal Information Protection Law, the Data Security Law and the regulator's rules on IT outsourcing risk, and allows the Bank and its regulator to audit its compliance.
P:9.4 The Supplier shall notify the Bank within one (1) hour of any security incident affecting Bank data and shall indemnify the Bank for all losses, fines and costs resulting from its breach of this clause.
H:10. Confidentiality
P:The Supplier shall keep strictly confidential all information about the Bank, its customers, systems and network that it receives, shall not disclose it to any third party without the Bank's prior written consent,. This obligation survives for five (5) years.
H:11. Intellectual Property
P:Migration scripts, configuration files, runbooks and as-built documents prepared for the Bank belong to the Bank, which may use, modify and license them freely. Licences for the software in item 4 are perpetual and may be transferred to the Bank's affiliates.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of this Agreement without the Bank's prior written consent and remains fully responsible for any subcontractor.
H:13. Termination
P:The Bank may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within twenty (20) days after notice.
H:14. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.
P:For the Bank: ____________________   For the Supplier: ____________________   Date: ____________
"""

SOURCES = {"h20z01": H20Z01, "h20z02": H20Z02, "h20e02": H20E02, "h20e03": H20E03}
TARGETS = {"h20z01": ("h20z01_social_security_card_kiosks.docx", "docx"),
           "h20z02": ("h20z02_tcm_hospital_emr_rating_upgrade.pdf", "pdf"),
           "h20e02": ("h20e02_pc_refresh_device_lease.pdf", "pdf"),
           "h20e03": ("h20e03_foreign_bank_storage_purchase.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
