"""Builds the .docx and .pdf contracts of holdout23 from the sources kept in this file.
Markup: T: title, H: heading, P: paragraph, LN: "List Number" paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf).
For the PDFs the paragraphs are first broken into lines (word_pdf.prewrap: the width of word_pdf.visual_lines, 38 units,
CJK 1, other 0.5) at word boundaries, never inside an English word or a number, and without starting a line with
closing Chinese punctuation, the way a word processor would print them; word_pdf then draws each line as it is.
Run with /work/main/.venv/bin/python tests/data/contracts/holdout23/make_files.py"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H23Z02 = """T:能源管控系统软件许可及实施合同
P:合同编号：JYGT-NY-2026-008
P:甲方：江岳钢铁集团有限公司
P:乙方：衡能信息技术股份有限公司
P:签订地点：江岳市
P:甲方为建设集团能源管控中心，以邀请招标方式采购能源管控系统，乙方为中标人。依据《中华人民共和国民法典》等法律法规，双方就软件许可、数据采集接入、接口定制开发及实施服务达成如下协议。
H:第一条 项目内容
P:1.1 乙方向甲方提供能源管控系统软件的永久使用许可，完成能源数据采集接入，开发与甲方制造执行系统（MES）、企业资源计划系统（ERP）及能源计量系统之间的接口，并完成系统部署、调优和培训，建成覆盖炼铁厂、炼钢厂、轧钢厂及动力厂的集团能源管控中心。
P:1.2 数据采集范围为电力、高炉煤气、转炉煤气、焦炉煤气、蒸汽、氧氮氩及工业水等介质的计量点，共计3,200点，点位清单见附件一。
P:1.3 系统部署在甲方能源中心机房，服务器、存储设备及操作系统由甲方自备。乙方负责数据库、中间件及应用软件的安装配置。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰零柒万元整（¥3,070,000.00），为含税固定总价，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|能源管控平台基础软件许可（永久）|1套|1,180,000
TB:2|煤气、蒸汽、电力、水四个专业模块许可|4个 × 165,000元|660,000
TB:3|碳排放核算与报告模块许可|1套|240,000
TB:-|软件许可小计|-|2,080,000
TB:4|计量点数据采集接入及通信调试|3,200点 × 95元|304,000
TB:5|MES、ERP及能源计量系统接口定制开发|1项|426,000
TB:6|部署实施、调优及上线支持|1项|218,000
TB:7|培训|1项|42,000
TB:-|合计|-|3,070,000
P:2.2 上述价款已包括乙方人员差旅、食宿、现场调试及质保期内服务的全部费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额预付款保函后15日内，甲方支付合同总价的10%，即人民币叁拾万柒仟元整（¥307,000），作为预付款。
P:3.2 系统通过初步验收后15日内，甲方支付合同总价的55%，即人民币壹佰陆拾捌万捌仟伍佰元整（¥1,688,500）。
P:3.3 系统通过最终验收后15日内，甲方支付合同总价的35%，即人民币壹佰零柒万肆仟伍佰元整（¥1,074,500）。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票。
H:第四条 实施进度
P:4.1 乙方应在合同生效后120日内完成软件部署、数据采集接入及接口开发，具备初步验收条件。初步验收通过后，系统进入90日试运行期。
P:4.2 甲方应在合同生效后10日内提供计量点清单、现有PLC及DCS的通信协议资料、MES和ERP接口文档，并为乙方人员办理厂区出入手续。
P:4.3 乙方人员进入生产区域，应遵守甲方的安全生产规定，煤气区域作业须办理作业许可并佩戴便携式煤气报警仪。
H:第五条 验收
P:5.1 初步验收标准：软件模块按功能清单全部部署；3,200个计量点全部接入并实时刷新，数据与现场仪表读数比对偏差不超过±0.5%；能源调度画面、煤气平衡及安全告警功能测试通过；与MES、ERP、能源计量系统的接口数据核对一致。
P:5.2 最终验收标准：试运行期间未发生一级故障；煤气、蒸汽平衡预测结果经甲方能源中心连续30日比对确认；碳排放核算结果与甲方按核算指南人工计算的结果一致；乙方已移交全部技术文档、接口程序源代码及运维手册。甲方按本条标准组织最终验收并出具验收报告。
P:5.3 系统部署完成、上线运行或甲方使用系统，均不视为验收合格。
H:第六条 质保期与服务水平
P:6.1 质保期为三年（三十六个月），自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、现场及远程技术支持。
P:6.2 故障分级及处理时限如下：
TB:故障级别|定义|响应时限|到场时限|恢复时限
TB:一级|能源调度画面中断、煤气平衡或安全告警功能失效、核心服务不可用|20分钟|2小时|6小时
TB:二级|单个专业模块或单个接口异常，影响部分业务|1小时|8小时|2个工作日
TB:三级|一般问题、报表格式调整、使用咨询|1个工作日|按需|5个工作日
P:6.3 乙方未在上表时限内响应、到场或恢复的，一级故障每超过1小时向甲方支付违约金人民币2,000元，二级故障每超过1小时支付人民币500元。
P:6.4 质保期内，能源调度、平衡及告警核心模块的月可用率不低于99.95%。每低于0.01个百分点，乙方向甲方支付违约金人民币5,000元。
P:6.5 质保期满后，甲方可委托乙方继续提供维保服务。年度维保费为软件许可小计的10%，即人民币贰拾万捌仟元整（¥208,000）/年，质保期满后两年内不作调整。维保服务按年另行签订合同，不自动续期。
H:第七条 数据安全
P:7.1 系统采集和生成的全部能源数据、生产数据、计量数据及报表，均归甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或用于其他目的。
P:7.2 系统部署在甲方生产管理网，与过程控制网之间通过单向网闸隔离。乙方远程维护须经甲方信息中心逐次审批，通过甲方堡垒机进行，操作全程录像。乙方不得将甲方数据拷贝至甲方网络以外。
P:7.3 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方生产工艺、能耗指标、成本数据、图纸资料等负有保密义务，未经甲方书面同意，不得向任何第三方披露。
P:8.2 本条约定在合同终止后五年内继续有效。
H:第九条 知识产权
P:9.1 能源管控平台及各模块软件的著作权归乙方所有，甲方获得永久、不可转让的使用许可。
P:9.2 乙方为本项目定制开发的接口程序、定制报表、调度画面及其源代码和文档，知识产权归甲方所有。甲方可自行或委托第三方修改、使用上述成果。
H:第十条 分包
P:10.1 乙方不得将本项目转包，也不得将软件部署、接口开发等主体工作分包。
P:10.2 现场仪表通信接线等辅助工作确需分包的，乙方应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期具备初步验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但乙方故意、重大过失或违反第七条造成的损失除外。
P:11.3 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过45日、系统两次验收不合格，或有其他严重违约行为经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、履行、解释及争议解决均适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，提交马鞍山仲裁委员会仲裁，仲裁裁决是终局的。
H:第十四条 其他
P:14.1 附件一《计量点清单》、附件二《功能清单》、附件三《接口规范》为本合同组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江岳钢铁集团有限公司　　授权代表：
P:乙方（盖章）：衡能信息技术股份有限公司　　授权代表：
P:签订日期：2026年　月　日
"""

H23Z06 = """T:智能水表及远传抄表系统采购安装合同
P:合同编号：QYSW-WZ-2026-052
P:甲方：清源水务集团有限公司
P:乙方：汇流智能仪表有限公司
P:甲方实施城东供水区域老旧水表智能化改造，通过公开招标确定乙方为中标人。双方根据《中华人民共和国民法典》、招标文件和投标文件，订立本合同。
H:一、合同标的
P:1. 乙方向甲方供应NB-IoT智能水表（DN15至DN25）9,000只、超声波远传水表（DN50至DN200）180台以及远传抄表及漏损分析平台软件许可1套，并负责旧表拆除、新表安装、平台部署、与甲方营业收费系统的对接开发和人员培训。
P:2. 安装范围为甲方城东供水所辖区内的老旧小区居民用户及工业园区非居民用户，具体户表清单见附件一。
P:3. 平台部署在甲方调度中心机房，服务器和数据库由甲方提供，NB-IoT通信服务由甲方另行向电信运营商采购。
H:二、合同价款
P:1. 居民智能水表9,000只，单价268元，计2,412,000元；超声波远传水表180台，单价3,650元，计657,000元；平台软件许可（永久）236,000元。以上设备及软件小计3,305,000元。
P:2. 安装换表费：居民表每只35元，计315,000元；大口径表每台420元，计75,600元。营业收费系统对接开发费98,000元，培训费16,400元。
P:3. 合同总价为人民币叁佰捌拾壹万元整（¥3,810,000），包括设备、软件、运输、装卸、旧表拆除、安装、管件辅材、调试、对接、培训、税费及质保期内服务的全部费用。
P:4. 实际安装数量与附件一不一致的，按上述单价据实结算，增减数量不超过清单数量的5%。
H:三、付款方式
P:1. 合同生效且乙方提交预付款保函后15日内，甲方支付合同总价的10%，即人民币叁拾捌万壹仟元整（¥381,000）。
P:2. 全部水表及平台软件到货，经甲方清点签收后15日内，甲方支付合同总价的40%，即人民币壹佰伍拾贰万肆仟元整（¥1,524,000）。
P:3. 全部水表安装完成并接入平台后30日内，甲方支付合同总价的50%，即人民币壹佰玖拾万伍仟元整（¥1,905,000）。
P:4. 乙方每期请款时应提供等额增值税专用发票。
H:四、交货与安装
P:1. 乙方应在合同生效后30日内完成第一批3,000只居民表和全部大口径表的交货，60日内完成其余居民表的交货。每批水表须随附出厂检定合格证明。
P:2. 乙方应在合同生效后150日内完成全部换表安装。换表前乙方应提前3日张贴停水通知，每户停水时间不超过2小时。
P:3. 拆除的旧表由乙方登记底数、拍照留存，并送交甲方指定仓库。新表安装完成后，乙方应将户号、表号、初始读数录入平台，并与营业收费系统核对。
P:4. 乙方施工人员应佩戴工作证件，文明施工，造成用户财产损失的由乙方负责赔偿。
P:5. 乙方应在平台部署完成后，对甲方营业收费、抄表稽查及管网管理人员进行平台操作、阀控管理和分区计量漏损分析培训，培训不少于三天，参训人员不少于40人次，并提供培训教材。
H:五、验收
P:1. 每批水表到货时，双方共同抽检外观、型号、口径及检定合格证明，签署到货签收单。
P:2. 鉴于换表工作分散进行，各批次水表安装完成并接入平台后，即视为该批次验收合格；平台软件部署完成并与营业收费系统对接后，即视为平台验收合格。甲方不再另行组织验收。
H:六、质保及售后服务
P:1. 本合同项下全部水表及平台软件的质保期为五年，自验收合格之日起计算。智能水表电池设计寿命不少于六年。质保期内因产品质量问题发生计量超差、阀门失灵、通信故障的，乙方免费上门更换，并承担换表的人工和辅材费用。
P:2. 平台一级故障（平台不可用或批量抄表数据中断）乙方应在30分钟内响应，2小时内到达现场；二级故障（单只水表计量或通信故障）乙方应在48小时内上门处理。
P:3. 乙方未按上述时限响应或到场的，每超时1小时，向甲方支付违约金800元。
P:4. 乙方应在甲方所在地设立服务网点，配备不少于3名专职售后人员，并储备不少于200只居民表和5台大口径表作为备品备件。
P:5. 质保期满后，甲方可委托乙方提供维保服务，年度维保费不超过设备及软件小计的3%，即每年不超过人民币玖万玖仟壹佰伍拾元整（¥99,150），维保合同另行签订。
H:七、数据安全
P:1. 平台采集的用户户号、姓名、地址、联系电话、用水量、阀控记录等数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他目的，不得向第三方提供。
P:2. 水表与平台之间的数据传输应加密。乙方应按照网络安全等级保护第二级要求配置平台，远程维护须经甲方审批并通过甲方堡垒机进行。
P:3. 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任。
H:八、保密
P:乙方对在履行本合同过程中知悉的甲方管网资料、用户信息、营业收费数据及其他商业信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。本条在合同终止后继续有效。
H:九、知识产权
P:1. 平台软件的著作权归乙方所有，甲方获得永久、不可转让的使用许可。
P:2. 乙方为本项目开发的营业收费系统对接程序及其源代码、文档，知识产权归甲方所有。
H:十、分包
P:乙方如需将部分换表安装作业分包，应事先取得甲方书面同意，分包单位应具备相应施工能力。乙方对分包单位的施工质量和安全承担全部责任。
H:十一、违约责任
P:1. 乙方逾期交货或逾期完成安装的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:2. 乙方提供的水表经法定计量检定机构检定不合格的，乙方应免费更换同批次全部不合格水表，并赔偿由此给甲方造成的水费损失。
P:3. 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:十二、合同解除
P:乙方逾期交货或逾期完成安装超过30日，或提供的水表存在批量质量问题，或有其他严重违约行为经甲方书面催告后15日内未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:十三、争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十四、其他
P:1. 附件一《换表户表清单》、附件二《设备技术参数》为本合同组成部分。
P:2. 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清源水务集团有限公司
P:乙方（盖章）：汇流智能仪表有限公司
P:签订日期：2026年　月　日
"""

H23E02 = """T:Software Licence and Implementation Contract - Digital Permit-to-Work and Operator Rounds System
P:Contract No.: JBFC-IT-2026-019
P:Buyer: Jiangbei Fine Chemicals Co., Ltd., 66 Huagong Road, Nanjing Jiangbei New Materials Science Park, Jiangsu, PRC (the "Buyer")
P:Supplier: Safeloop Industrial Software (Shanghai) Co., Ltd., 500 Bibo Road, Pudong, Shanghai (the "Supplier")
P:The Buyer operates a fine-chemicals site with hazardous processes subject to GB 30871 on special operations. After a competitive negotiation the Buyer has selected the Supplier for a digital permit-to-work and operator rounds system. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Supplier's Safeloop ePTW and Safeloop Rounds modules; "Devices" means the 60 intrinsically safe (Ex ib) handheld terminals in Schedule 1; "System" means both, configured and integrated under Article 2.
P:1.2 "Go-Live" means the first day on which live permits are issued in the System for the whole site.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall grant the licences and supply the Devices set out in Schedule 1.
P:2.2 The Supplier shall configure the Buyer's fourteen permit types (hot work, confined space entry, work at height, line breaking and others) with their isolation certificates, gas tests and approval chains, and 85 operator rounds routes.
P:2.3 The Supplier shall integrate the System with the Buyer's DCS alarm server, contractor access control and SAP Plant Maintenance, train permit issuers, operators and administrators, and give two weeks of on-site go-live support.
P:2.4 The System runs on the Buyer's servers in the Buyer's data centre.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 2,680,000, inclusive of VAT, fixed, and covers all licences, Devices, services and expenses. The breakdown is in Schedule 1.
H:Article 4 Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 268,000) within 15 days after signature, against an advance payment guarantee issued by a bank in the PRC for the same amount.
P:4.2 Go-Live payment: 55% of the Contract Price (CNY 1,474,000) within 30 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 938,000) within 30 days after Final Acceptance.
H:Article 5 Time Schedule
P:5.1 The Supplier shall deliver the Devices and install the Licensed Software within 45 days after signature, and shall complete configuration and integration so that the System is ready for Go-Live within 110 days after signature.
H:Article 6 Acceptance
P:6.1 Before Go-Live the parties shall run the system integration test scripts in Schedule 3. Go-Live may proceed only when no Severity 1 or Severity 2 defect remains open.
P:6.2 The Final Acceptance criteria are: (a) all fourteen permit types have been issued and closed in live operation with the correct approval chains; (b) simultaneous-operations conflict checks block conflicting permits in the same area as specified; (c) a DCS alarm linked to an open permit is shown on the permit screen within 3 seconds; (d) all 85 rounds routes have been completed on the Devices with readings transferred to the System; (e) the System has run for 30 consecutive days after Go-Live without a Severity 1 defect; and (f) the Supplier has handed over the administrator manual, configuration documentation and interface specifications.
P:6.3 The Buyer shall issue a Final Acceptance Certificate, or a written list of non-conformities, within 10 business days after the Supplier's written request. Delivery, installation, Go-Live and use of the System do not constitute Final Acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants the Licensed Software and the Devices for 24 months from Final Acceptance. During that period it shall correct defects, provide new releases, repair or replace defective Devices within 5 business days and provide technical support free of charge.
H:Article 8 Support and Service Levels
P:8.1 During the warranty period support requests are handled as follows:
TB:Severity|Description|Response|Workaround or fix
TB:1|System unavailable, or permits cannot be issued, approved or closed|30 minutes|6 hours
TB:2|A module, interface or group of Devices not working; a workaround exists|2 hours|2 business days
TB:3|Minor defects and questions|1 business day|next release
P:8.2 If the Supplier misses the response or workaround time for a Severity 1 request, it shall pay the Buyer CNY 1,500 for each hour of delay; for a Severity 2 request, CNY 500 for each business day of delay. The Buyer may deduct these amounts from any payment due.
H:Article 9 Post-Warranty Support
P:9.1 After the warranty period the Buyer may order annual support on the same service levels. The annual support fee is 11% of the Licence and Device Subtotal in Schedule 1, that is CNY 218,680 per year, fixed for the first three years after the warranty period.
P:9.2 Annual support is ordered by a purchase order for each year. It does not renew automatically.
H:Article 10 Data Protection and Security
P:10.1 All data entered into or generated by the System, including permits, gas-test results, rounds readings, personnel and contractor records, belongs to the Buyer. The Supplier may process it only to perform this Contract.
P:10.2 The Supplier may access the System remotely only through the Buyer's VPN, with per-session approval, multi-factor authentication and session recording. The Supplier shall not copy Buyer data outside the Buyer's network.
P:10.3 The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall report any security incident affecting the System or Buyer data within 2 hours after becoming aware of it, shall cooperate in containing it, and shall compensate the Buyer for all losses caused by the Supplier's breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all technical and business information received from the other party, including the Buyer's process data, plant layouts and hazard analyses, and shall not disclose it to any third party without prior written consent. This Article survives for five years.
H:Article 12 Intellectual Property
P:12.1 The Supplier retains ownership of the Licensed Software and grants the Buyer a perpetual, non-exclusive, non-transferable licence to use it at the Buyer's Nanjing site.
P:12.2 The permit templates, workflows, rounds routes, reports, interface programs and their source code and documentation created for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them to third parties freely.
H:Article 13 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Article 14 Delay Damages and Liability
P:14.1 If the System is not ready for Go-Live by the date in Article 5.1 for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.07% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:14.2 Each party's aggregate liability under this Contract is limited to twice the Contract Price. This limit does not apply to wilful misconduct, gross negligence, personal injury or a breach of Article 10 or Article 11.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the delay under Article 14.1 exceeds 40 days, if the System fails Final Acceptance twice, or if the Supplier commits a material breach not remedied within 20 days after notice, and recover the amounts paid for parts not accepted.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing. The award is final.
H:Article 17 Miscellaneous
P:This Contract takes effect on signature and sealing by both parties. Schedules: 1 Price Breakdown; 2 Functional Specification; 3 Test Scripts.
H:Schedule 1 Price Breakdown
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Safeloop ePTW permit-to-work module, perpetual site licence|1|980,000|980,000
TB:2|Safeloop Rounds operator rounds module, perpetual site licence|1|420,000|420,000
TB:3|Intrinsically safe handheld terminal (Ex ib) with charger|60|9,800|588,000
TB:-|Licence and Device Subtotal|-|-|1,988,000
TB:4|Configuration of permit types, certificates and rounds routes|1 lot|-|356,000
TB:5|Integration with DCS alarm server, access control and SAP PM|1 lot|-|274,000
TB:6|Training and go-live support|1 lot|-|62,000
TB:-|Contract Price|-|-|2,680,000
P:For the Buyer: Jiangbei Fine Chemicals Co., Ltd. (seal)   Authorised representative:
P:For the Supplier: Safeloop Industrial Software (Shanghai) Co., Ltd. (seal)   Authorised representative:
"""

H23E03 = """T:Managed Operations Services Agreement - Scenic Area Smart Systems
P:Agreement No.: YLCT-OM-2026-007
P:Customer: Yunling Culture and Tourism Group Co., Ltd., 27 Lijiang Avenue, Yulong County, Yunnan, PRC (the "Customer")
P:Supplier: Apexgate Technology Services (Chengdu) Co., Ltd., 1700 Tianfu Avenue North, Chengdu (the "Supplier")
P:The Customer operates four scenic areas (Snow Terrace, Blue Valley, Old Town Heritage Park and Cloud Lake) and the Snow Terrace cable car, and has selected the Supplier after a tender to operate and maintain the smart systems at those sites. The parties agree as follows.
H:1. Definitions
P:1.1 "Managed Systems" means the systems listed in Schedule 1: the online and on-site ticketing platform, 146 ticket-check turnstiles and face-recognition gates, visitor Wi-Fi (612 access points), CCTV (1,280 cameras), parking guidance at 9 car parks, the visitor-flow monitoring platform and the central and site networks.
P:1.2 "Service Start Date" means the date of Transition Acceptance under Clause 5.
P:1.3 "Visitor Data" means personal information of visitors processed in the Managed Systems, including real-name ticket data, face templates, Wi-Fi login records and vehicle plate numbers.
P:1.4 "Opening Hours" means the published opening hours of each scenic area and of the cable car.
H:2. Services
P:2.1 The Supplier shall operate, monitor and maintain the Managed Systems, including incident handling, preventive maintenance, patching, changes, backup and restoration, and coordination with manufacturers and carriers.
P:2.2 The Supplier shall staff a service desk that accepts requests by telephone and through the Customer's ticketing system at all times, and shall station engineers at each scenic area during Opening Hours (two engineers at Snow Terrace, one at each other site) and one network engineer at the Customer's head office.
P:2.3 During the Spring Festival, May Day, summer and National Day peak periods the Supplier shall add two engineers at Snow Terrace at no extra charge.
H:3. Term
P:3.1 This Agreement runs for thirty-six (36) months from the Service Start Date.
P:3.2 It does not renew automatically. Any extension must be agreed in writing by both parties.
H:4. Charges and Payment
P:4.1 The Monthly Service Charge is CNY 88,000, fixed for the Term. Over the Term the Monthly Service Charges amount to CNY 3,168,000.
P:4.2 The one-time Transition Charge for the transition services in Clause 5 is CNY 72,000.
P:4.3 The total contract value is CNY 3,240,000, inclusive of VAT.
P:4.4 No advance payment is made. The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charges are invoiced quarterly in arrears after the Customer has approved the quarterly service report, and are payable within 30 days after receipt of a valid VAT special invoice.
H:5. Transition and Acceptance
P:5.1 The Supplier shall complete the transition within 30 days after signature. Transition covers inventory, collection of configurations, set-up of monitoring and the service desk, runbooks and a 10-day shadow operation.
P:5.2 Transition Acceptance requires that: (a) the asset inventory has been reconciled item by item with the Customer's register; (b) monitoring covers all gates, core network devices, ticketing servers and car-park controllers; (c) runbooks and the peak-day emergency plan have been approved by the Customer; and (d) no Priority 1 incident remained unresolved beyond its restoration time during the shadow operation.
P:5.3 The Customer shall sign a Transition Acceptance Certificate or give written reasons for refusal within 5 business days after the Supplier's request. The start of the Services or any payment does not constitute Transition Acceptance.
P:5.4 If Transition Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 2,000 for each day of delay.
H:6. Service Levels
P:6.1 The ticketing platform and the ticket-check gates shall be available for at least 99.95% of Opening Hours in each calendar month, measured per scenic area.
P:6.2 Incidents are prioritised and handled as follows: Priority 1 (ticketing platform down, or all gates at a main entrance or the cable car boarding gates not working): response 15 minutes, engineer at the affected entrance 30 minutes, restoration or manual fallback 2 hours; Priority 2 (a single gate, a car park or a Wi-Fi zone not working): response 30 minutes, restoration 8 hours; Priority 3 (individual devices and requests): response 2 hours, resolution 3 business days.
P:6.3 Service credits: for each full 0.01 percentage point by which availability in a scenic area falls below the level in Clause 6.1, the Customer receives a credit of 1% of the Monthly Service Charge; for each Priority 1 incident not restored within the restoration time, a credit of CNY 3,000; for each Priority 2 incident not restored within the restoration time, a credit of CNY 500. Credits in a month do not exceed 25% of that month's charge and are deducted from the next invoice.
P:6.4 The Supplier shall submit a quarterly service report, which the Customer shall approve or comment on within 10 business days.
H:7. Visitor Data and Security
P:7.1 Visitor Data and all other data in the Managed Systems belong to the Customer. The Supplier processes them only on the Customer's instructions and only to perform the Services.
P:7.2 The Supplier shall comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law and with the Customer's MLPS level 3 security requirements. Supplier personnel shall access the Managed Systems only with named accounts through the Customer's bastion host, with all sessions logged. No Visitor Data may be exported, copied to removable media or stored outside the Customer's systems in mainland China.
P:7.3 The Supplier shall report any actual or suspected security incident involving Visitor Data or the Managed Systems to the Customer within 2 hours, take immediate containment measures, and assist the Customer with notifications to regulators and affected visitors. The Supplier is liable for losses, fines and remediation costs caused by its breach of this Clause 7, subject to Clause 10.
H:8. Intellectual Property
P:8.1 Runbooks, scripts, monitoring templates, configuration baselines, reports and other materials prepared by the Supplier for the Customer under this Agreement belong to the Customer from creation. The Customer may use, modify and provide them to any successor supplier.
P:8.2 The Supplier keeps its pre-existing tools and grants the Customer a free licence to those embedded in such materials.
H:9. Personnel and Subcontracting
P:9.1 The Supplier shall not replace its named service manager or any site engineer without the Customer's approval.
P:9.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor.
H:10. Liability
P:10.1 Neither party is liable for indirect or consequential loss, except for wilful misconduct or gross negligence.
P:10.2 The Supplier's aggregate liability arising out of or in connection with this Agreement shall not exceed the Monthly Service Charges paid by the Customer in the six (6) months preceding the event giving rise to the claim.
H:11. Termination
P:11.1 The Customer may terminate this Agreement by written notice if: (a) availability falls below the level in Clause 6.1 in any scenic area in three months of any six-month period; (b) the Supplier commits a material breach and fails to remedy it within 15 days after written notice; or (c) the Supplier breaches Clause 7 in a way that causes a notifiable security incident.
P:11.2 Either party may terminate if the other becomes insolvent.
P:11.3 On expiry or termination the Supplier shall provide up to 60 days of exit assistance, handing over all materials under Clause 8.1, passwords and open tickets.
H:12. Force Majeure
P:A party prevented from performing by earthquake, landslide, heavy snow or other force majeure shall notify the other promptly and is excused to that extent.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.
H:14. General
P:14.1 Schedules 1 (Managed Systems) and 2 (Charges) form part of this Agreement.
H:Schedule 2 Charges
TB:Item|Basis|Amount (CNY)
TB:Monthly Service Charge|CNY 88,000 x 36 months|3,168,000
TB:Transition Charge|one-time|72,000
TB:Total contract value||3,240,000
P:For the Customer: Yunling Culture and Tourism Group Co., Ltd. (seal)   Authorised representative:
P:For the Supplier: Apexgate Technology Services (Chengdu) Co., Ltd. (seal)   Authorised representative:
"""

SOURCES = {"h23z02": H23Z02, "h23z06": H23Z06, "h23e02": H23E02, "h23e03": H23E03}
TARGETS = {"h23z02": ("h23z02_steel_group_energy_management_licence.docx", "docx"),
           "h23z06": ("h23z06_water_utility_smart_meter_rollout.pdf", "pdf"),
           "h23e02": ("h23e02_chemical_plant_permit_to_work_licence.docx", "docx"),
           "h23e03": ("h23e03_scenic_area_smart_systems_managed_service.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
