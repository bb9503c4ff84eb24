"""holdout828: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written from the texts below; .docx / .pdf are built from the markup below with ../word_pdf.py
  (PDF paragraphs broken at word boundaries, as holdout15 onwards).
- Labels (.json) are written from LABELS below: one-space indent, no trailing newline, key order as holdout19.
- Checks: every draft's rules derived from its labels with this folder's reading of policy section 3 equal the design
  list; all 20 CR rules covered; risk levels; text lengths as read back; no label value on a threshold; no threshold
  figure in any built file (raw, whitespace-collapsed, whitespace-free), with a self-tested regex; TCO shares.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- sources (markup for .docx / .pdf)
H828Z01 = r'''T:皮艇激流回旋赛道管理平台采购合同
P:合同编号：TYJ-ZC-2027-018　采购方式：公开招标（政府采购）
P:甲方（采购人）：江城市体育局
P:乙方（供应商）：江城浪花体育科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、乙方投标文件，甲乙双方经协商一致，就江城市皮艇激流回旋赛道管理平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供赛道管理平台软件（标准版V3）的永久使用许可，许可范围为甲方及其下属江城激流回旋训练基地，用户数不限。
P:1.2 乙方按甲方需求完成定制开发，包括：赛道水流闸门联动监控模块、运动员训练计划与成绩分析模块、赛事报名及裁判判罚记录模块、场馆预约与安全巡查模块，以及与甲方现有视频监控平台、水文监测系统的数据接口。
P:1.3 乙方负责平台的部署实施、数据初始化、联调测试及对甲方管理人员、教练员的培训。具体功能以招标文件第五章技术需求及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾伍万元整（¥1,550,000），为含税固定总价，包括：平台软件许可费¥860,000，定制开发费¥540,000，部署实施及数据对接费¥126,000，培训费¥24,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件及税费，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成全部定制开发与部署，并提交初步验收申请。
P:4.2 乙方应在实施期间按周提交进度报告，重大风险应及时书面告知甲方。
P:4.3 乙方应派驻项目经理一名、开发及实施人员不少于五名，项目经理未经甲方同意不得更换。甲方负责提供部署所需的机房环境、网络条件及必要的业务资料，并指定专人配合需求调研与测试。
P:4.4 培训内容包括平台日常管理、赛道闸门联动操作、训练数据分析及应急处置，培训不少于六场，每场结束后由乙方组织考核并提交培训记录。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；闸门联动指令下发延迟不超过2秒；200名用户并发时页面响应时间不超过3秒；各接口数据连续七日比对一致；第三方软件测评机构出具的安全测试报告无高危漏洞。
P:5.2 初步验收合格后平台进入试运行，试运行期为六十日。试运行期间未发生一级故障且甲方提出的问题均已整改完毕的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方付款或签收交付文档，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新申请验收。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程和现场技术支持，并每季度进行一次现场巡检，巡检内容包括服务器运行状态、接口数据质量及安全补丁情况，巡检后提交书面报告。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后三个服务年度内固定不变，运维合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 乙方保证平台月度可用率不低于99.5%（计划内维护时间除外，计划维护应提前三日通知甲方并安排在非训练、非赛事时段）。
P:7.2 一级故障（平台整体不可用或闸门联动功能失效）乙方应在30分钟内响应，2小时内到场；二级故障应在2小时内响应，次日内解决。
P:7.3 乙方未达到上述服务水平的，每迟延响应一小时扣减运维保证金¥800；月度可用率每低于承诺值0.1个百分点，扣减¥2,000。
P:7.4 乙方应于每月前五个工作日内向甲方提交上月服务报告，内容包括可用率统计、故障清单、处理时长及改进措施。赛事期间乙方应安排技术人员现场值守，确保计时、判罚记录及视频回放功能正常运行。
H:第八条 数据安全与数据归属
P:8.1 平台中的运动员信息、训练及成绩数据、视频资料及日志等全部数据归甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何目的。
P:8.2 乙方应落实数据安全保护义务：采取访问控制、加密存储和操作日志审计等措施；运维操作须经甲方审批并通过堡垒机进行；不得将数据复制至甲方网络之外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 合同终止或运维服务结束时，乙方应按甲方要求返还全部数据，并删除其留存的副本，出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、运动员个人信息及网络配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发模块、接口程序、源代码及相关文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码。
P:10.2 平台标准版软件的知识产权仍归乙方，甲方在许可范围内永久使用。乙方保证所交付成果不侵犯第三方知识产权。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且逾期未整改的，甲方有权要求乙方继续履行并赔偿损失。
P:11.3 乙方违反本合同第八条、第九条约定的，应赔偿甲方因此遭受的全部损失，包括甲方因此承担的行政处罚及对第三方的赔偿。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 乙方逾期超过六十日，或平台经两次整改仍未通过验收的，甲方有权解除本合同，乙方应退还已收取的全部款项，并按本合同约定承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水等不可抗力导致一方不能履行合同的，应及时通知对方并在十五日内提供证明，双方可协商顺延履行期限；不可抗力持续超过六十日致使合同目的不能实现的，任何一方可解除合同。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江城市体育局　　乙方（盖章）：江城浪花体育科技有限公司
'''
H828Z02 = r'''T:生产线控制系统改造合同
P:合同编号：FQ-SB-2027-006
P:甲方：义乌市彩韵发圈制品有限公司
P:乙方：金华智控自动化工程有限公司
P:甲方拟对其编织、包胶、定型及包装四条发圈生产线的控制系统进行升级改造，乙方具备相应的设备供应与系统集成能力。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责供应并安装新型PLC控制柜、伺服驱动及电机、触摸屏人机界面、视觉检测设备，提供生产数据采集软件许可，并完成控制程序编写、设备联调及与甲方ERP系统的数据接口开发。
P:1.2 改造应保证四条生产线的原有产品规格不变，单线产能较改造前提高不低于18%，次品率降至2%以下。详细技术要求见附件一《技术规格书》。
P:1.3 乙方已对甲方现有生产线进行现场勘察，确认改造方案可行。因乙方勘察不充分导致方案变更或增加工作量的，费用由乙方自行承担。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰肆拾万元整（¥1,400,000），含13%增值税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控模块、I/O模块）|8套|68,000|544,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|触摸屏人机界面|8套|9,000|72,000
TB:4|视觉检测设备（含工业相机及光源）|4套|45,000|180,000
TB:5|生产数据采集软件许可（永久）|1套|148,000|148,000
TB:|设备及软件小计|||1,256,000
TB:6|安装调试及现场布线|1项|86,000|86,000
TB:7|控制程序编写及ERP接口开发|1项|58,000|58,000
TB:|合同总价|||1,400,000
P:2.2 上述价格为固定价格，包含运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后十日内，甲方支付合同总价的45%。到货签收仅为数量确认，不代表质量验收。
P:3.3 改造完成并通过最终验收后十五日内，甲方支付合同总价的35%。
H:第四条 交货与施工
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于设备到货后三十日内完成安装调试。
P:4.2 施工应分线进行，每条生产线停机改造时间不得超过六日，具体停机计划由双方提前确认，以减少对甲方生产的影响。
P:4.3 每条生产线改造完成后，乙方应恢复现场整洁，清运拆除的旧控制柜及线缆，旧设备由甲方处置。
P:4.4 乙方施工人员应遵守甲方厂区安全生产管理制度，因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
P:4.5 甲方负责提供施工所需的电源、压缩空气及临时堆放场地，并安排熟悉生产工艺的人员配合调试。甲方原因造成停工的，工期相应顺延。
P:4.6 乙方应在安装调试期间对甲方的设备操作人员、电工及生产主管进行培训，培训内容包括设备操作、参数设置、日常保养、常见故障排除和安全注意事项，累计不少于二十学时，并提交操作手册和电气图纸。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产七十二小时，满足以下条件的视为该线验收合格：设备无故障停机；单线产能和次品率达到第1.2款要求；视觉检测漏检率低于0.5%；生产数据能实时上传并与ERP系统核对一致。
P:5.2 四条生产线均验收合格后，双方签署最终验收报告。设备投入试生产或甲方付款，均不视为验收合格。
P:5.3 任一生产线验收不合格的，乙方应在七日内完成整改并重新组织试生产，由此增加的费用及甲方的停产损失由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务，维保费每年按设备及软件小计的26%计取，即每年人民币326,560元，该费率在质保期满后三个年度内不作调整。维保服务包括定期巡检、故障维修、备件更换及软件升级。
P:6.3 乙方应在甲方所在地储备常用易损备件，包括伺服驱动器、I/O模块及相机光源，保证备件在质保期及维保期内持续供应；产品停产的，乙方应提供性能不低于原型号的替代件。
P:6.4 一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备故障）应在8小时内响应，次日内修复。
P:6.5 乙方迟延响应或迟延到场的，每迟延一小时向甲方支付人民币500元。
H:第七条 数据与信息安全
P:7.1 生产线运行数据、工艺参数、订单及产量数据归甲方所有。乙方仅可为安装调试及维保之目的访问上述数据，不得复制、保存或用于其他用途。
P:7.2 乙方远程维护须经甲方逐次授权，通过甲方指定的安全通道进行，并保留操作记录。控制系统应与办公网络隔离，乙方不得在设备中预留任何后门程序。
P:7.3 因乙方原因造成数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，采取补救措施并承担赔偿责任。
P:7.4 维保服务结束后，乙方应交还甲方提供的全部资料、账号及授权，并删除其持有的甲方数据副本。
H:第八条 保密
P:8.1 双方对在合作中获知的对方商业秘密、技术资料及工艺配方负有保密义务，未经对方书面同意不得向第三方披露，保密期限至相关信息公开之日止。
H:第九条 知识产权
P:9.1 乙方为本项目编写的控制程序、接口程序及源代码的知识产权归甲方所有，甲方可自行修改和使用。数据采集软件的知识产权仍归乙方，甲方享有永久使用权，且该使用权不因维保服务是否续签而受影响。乙方保证所供设备及软件不侵犯任何第三方的专利权、著作权或商标权，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第十条 分包
P:10.1 乙方可将现场安装及布线工作交由其合作的安装单位实施，但应提前五个工作日书面通知甲方，并对安装单位的工作质量负责。
P:10.2 安装单位应具备相应资质，其人员进入甲方厂区前须接受甲方安全培训。安装单位的违约行为视为乙方违约。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 设备经两次整改仍不能通过验收的，甲方有权退货，乙方应退还已收款项并赔偿甲方停产损失。
P:11.3 乙方违反第七条约定造成甲方损失的，应赔偿甲方的全部损失，包括停产损失和甲方对客户承担的违约责任。
H:第十二条 合同解除
P:12.1 一方严重违约，经另一方书面催告后十日内仍未改正的，守约方有权解除本合同并要求违约方赔偿损失。乙方逾期交货超过三十日的，甲方亦有权解除本合同。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明。双方根据不可抗力的影响协商延期履行或部分免除责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。发生争议时，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 附件一《技术规格书》及附件二《设备清单》为本合同组成部分。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
'''
H828E01 = r'''T:Software Licence and Services Agreement
P:Agreement No. CLJ-FS-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Huayao Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong (the "Customer"), and Savinja Asset Systems d.o.o., a company incorporated in the Republic of Slovenia with its registered office at Mariborska cesta, Celje, Slovenia (the "Vendor").
P:The Customer operates four kiln and glazing lines and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses the SavinjaCMMS product and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the SavinjaCMMS Enterprise Edition, version 7, in object code, with its documentation and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile forms, configuration sets, migration scripts and other work products created by the Vendor specifically for the Customer under this Agreement, together with their source code.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Software in the Customer's environment, including asset registers, work orders, spare-parts records, sensor readings and personal data of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive licence to install and use the Software on the Customer's own servers in Foshan for up to 260 named users and unlimited read-only users, for the Customer's internal business and that of its affiliates in mainland China.
P:2.2 The Vendor shall provide the following services: installation and configuration; an interface to the Customer's SAP ERP for spare-parts purchasing; an interface to the kiln temperature monitoring system; migration of historical maintenance records for about 3,800 assets; Chinese-language mobile inspection forms; and training for administrators, planners and technicians.
P:2.3 The detailed scope is set out in Annex 1 (Functional Specification), which the parties shall confirm in writing within 20 days after signature.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,730,000, inclusive of VAT and of all travel, withholding and other taxes payable in the People's Republic of China, made up as follows: Software licence fee CNY 1,180,000; implementation and interfaces CNY 420,000; data migration CNY 96,000; training CNY 34,000.
P:3.2 The Contract Price is fixed. No additional charges apply for the scope described in Article 2 and Annex 1.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 15 business days after receiving a bank advance-payment guarantee for the same amount issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Contract Price within 15 business days after the Software has been installed and the System Integration Test under Article 5.2 has been passed.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 15 business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer against a valid Chinese VAT invoice issued by the Vendor or its authorised invoicing agent.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver and install the Software within 30 days after signature and complete all services so that the system is ready for Final Acceptance within 150 days after signature.
P:5.2 The System Integration Test shall demonstrate that every function in Annex 1 works as specified, both interfaces exchange data without loss, and the mobile forms work offline and synchronise within 60 seconds after reconnection.
P:5.3 Final Acceptance takes place after a production run of 45 days during which (a) no Severity 1 incident occurs, (b) the migrated records match the source records in a full count and a sample check of 300 assets, (c) the average screen response time stays below 2 seconds with 150 concurrent users, and (d) all open defects of Severity 1 and 2 are closed. The Customer shall then issue a written Final Acceptance certificate.
P:5.4 Installation, productive use of the Software or payment of any instalment does not constitute acceptance. If a test fails, the Vendor shall correct the defects within 10 days and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide all new releases and patches, and provide remote and on-site support free of charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 129,800 per year, fixed for the first three support years. Each support year is ordered separately by the Customer; there is no automatic renewal.
P:6.3 Incident handling during the Warranty Period and any support year: Severity 1 (system down or maintenance orders cannot be issued) response within 1 hour and restoration or workaround within 8 hours; Severity 2 (a major function impaired) response within 2 hours and resolution within 2 business days; Severity 3 response within 1 business day.
P:6.4 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall credit the Customer CNY 1,000, and for Severity 2 CNY 300, to be set off against the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:8.2 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Remote access shall be made only through the Customer's VPN with multi-factor authentication, approved for each session and logged. The Vendor shall not transfer Customer Data outside mainland China, nor keep copies after the work for which they were needed.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, cooperate in its investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production processes, plant layouts and pricing, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance readiness by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after written notice.
P:12.2 The Customer may also terminate if liquidated damages under Article 10.1 reach their maximum. On termination by the Customer under this Article, the Vendor shall refund the payments received for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Slovenia, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the competent court in Celje, Slovenia.
H:Article 14 Customer Obligations and Force Majeure
P:14.1 The Customer shall provide the servers, operating system and database licences listed in Annex 2, network access for the Vendor's staff on site, and a project manager with authority to confirm requirements. Delays caused by the Customer extend the dates in Article 5.1 accordingly.
P:14.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Support Procedures), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese; both versions have equal force.
P:For the Customer: ____________________    For the Vendor: ____________________
'''
H828E03 = r'''T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. JXPM-EQ-2027-027
P:Buyer: Jiangsu Xinhe Paper Co., Ltd., Zhenjiang, Jiangsu, People's Republic of China (the "Buyer").
P:Supplier: Pohorje Sensing d.o.o., Tržaška cesta, Maribor, Slovenia (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of the rotating equipment on its two paper machines and its pulp line. The Supplier manufactures wireless condition monitoring sensors and licenses monitoring software. This Contract is issued on the Buyer's standard terms for imported equipment, and the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 3.
P:1.2 "Software" means the PohorjeWatch Enterprise monitoring software, including its analytics modules and documentation.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Buyer Data" means all measurements, alarms, asset information and reports generated by the System or supplied by the Buyer.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant a perpetual licence to the Software for unlimited users at the Buyer's Zhenjiang mill, install and commission the System, integrate it with the Buyer's distributed control system (DCS) and maintenance system, and train the Buyer's staff.
P:2.2 The Supplier shall configure alarm limits for each of the 240 monitored points following ISO 10816 and the Buyer's maintenance practice, and build the asset hierarchy and dashboards set out in the technical specification (Annex 1).
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,700,000, delivered duty paid to the Buyer's mill, inclusive of VAT, import duties, freight, insurance and all services. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,800|912,000
TB:2|Industrial wireless gateway with 4G backup|16|14,500|232,000
TB:3|PohorjeWatch Enterprise perpetual licence|1|386,000|386,000
TB:|Equipment and Software Subtotal|||1,530,000
TB:4|Installation, commissioning and DCS integration|1 lot|148,000|148,000
TB:5|Training|1 lot|22,000|22,000
TB:|Contract Price|||1,700,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes or cost increases.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against an advance-payment guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 days after all Equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% within 20 days after Final Acceptance under Clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the mill within 70 days after signature and complete installation and commissioning within 40 days after delivery. Installation shall be carried out during the planned shutdowns notified by the Buyer.
P:5.2 The Supplier's staff on site shall follow the Buyer's safety rules, including permit-to-work and lock-out procedures.
P:5.3 Each delivery shall include packing lists, certificates of origin, test certificates for each sensor batch, and Chinese-language manuals.
P:5.4 Training shall consist of a three-day course for the Buyer's reliability engineers on vibration analysis with the Software, a one-day course for system administrators and short sessions for maintenance technicians on each shift. The Supplier shall provide course materials in Chinese and a record of attendance.
P:5.5 Risk in the Equipment passes to the Buyer when it is delivered to the mill; title passes on payment under Clause 4.2. The Supplier shall insure the Equipment until delivery.
H:6. Acceptance
P:6.1 After commissioning the System shall run for 30 days. Final Acceptance requires that (a) every monitored point, except points on machines stopped for maintenance, transmits valid readings every day, (b) readings of a sample of 20 points agree with a calibrated portable analyser within ±5%, (c) alarms reach the DCS and the maintenance system within 60 seconds, and (d) all functions in Annex 1 have been demonstrated.
P:6.2 When all criteria are met the Buyer shall sign a Final Acceptance Certificate. Installation, use of the System or payment does not constitute acceptance. If a criterion is not met, the Supplier shall correct the defect within 10 days and the test shall be repeated.
H:7. Warranty and After-Sales Service
P:7.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, freight and software updates.
P:7.2 After the warranty period, the Supplier shall offer annual support, including software updates, remote diagnosis and replacement of failed sensors, for an annual fee of 8% of the Equipment and Software Subtotal, that is CNY 122,400 per year. This fee shall not be increased for three years after the end of the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
P:7.3 During the warranty period the Supplier shall visit the mill twice a year to check sensor mounting, battery condition and alarm settings, and shall report its findings and recommendations to the Buyer in writing within ten days after each visit.
P:7.4 The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
H:8. Service Levels
P:8.1 The Supplier shall provide support through a hotline in Chinese, operated by its service partner in Shanghai.
TB:Severity|Definition|Response|Resolution
TB:Severity 1|System down, no data from a paper machine|1 hour|24 hours (on site if needed)
TB:Severity 2|Loss of a gateway or of several sensors|2 hours|3 business days
TB:Severity 3|Other faults and questions|1 business day|next update
P:8.2 If the Supplier misses a Severity 1 response or resolution time, it shall pay the Buyer CNY 800 for each hour of delay; for Severity 2, CNY 200 per hour.
H:9. Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including product development or benchmarking.
P:9.2 The System shall be installed on the Buyer's own servers. Remote access by the Supplier is allowed only through the Buyer's VPN, approved for each session and recorded. The gateways shall connect only to the Buyer's network and shall not send data to any external server.
P:9.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, notify the Buyer of any security incident within 12 hours and compensate the Buyer for losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's production processes, equipment and plant layout obtained under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination.
H:11. Intellectual Property
P:11.1 The Supplier retains the intellectual property in the Software and the Equipment design.
P:11.2 The dashboards, asset hierarchy, alarm configurations and DCS interface programs created for the Buyer belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver their source files at Final Acceptance.
H:12. Delay Damages and Liability
P:12.1 If the Supplier is late in delivery or in completing installation and commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier may not subcontract any part of this Contract without the Buyer's prior written consent, except that the Buyer hereby approves the Shanghai service partner named in Annex 3 for hotline support. The Supplier remains responsible for all subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Clause 12.1 reach their maximum.
P:14.2 On such termination the Supplier shall refund all payments received for Equipment or services not accepted and compensate the Buyer's losses.
H:15. Buyer's Obligations and Force Majeure
P:15.1 The Buyer shall provide access to the machines, power supply points, network connections, server capacity and the cooperation of its DCS engineers, and shall inform the Supplier of planned shutdowns at least 14 days in advance.
P:15.2 A party prevented from performing by force majeure, such as natural disasters, epidemics or government measures, shall notify the other party promptly and provide evidence. The time for performance is extended by the period of the event. If the event lasts more than 60 days, either party may terminate the Contract for the part not yet performed.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing.
H:17. General
P:17.1 Annex 1 (Technical Specification), Annex 2 (Delivery Schedule) and Annex 3 (Service Partner) form part of this Contract. The Contract is signed in English and Chinese; in case of conflict the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
'''
# ---------------------------------------------------------------- texts (.txt / .md)
H828Z03 = r'''门店预约及会员管理系统服务合同

合同编号：RLQ-IT-2027-003
甲方：杭州柔韵柔力球运动连锁管理有限公司
乙方：上海约动云信息技术有限公司

鉴于甲方在华东地区经营35家柔力球运动馆，需要统一的课程预约、会员管理及储值结算系统，乙方提供“约动”场馆管理云服务（以下简称“云服务”）及相应实施服务，双方经协商一致，订立本合同。

一、服务内容
（一）云服务：乙方向甲方35家门店开通云服务，功能包括课程排期与在线预约、会员档案及会员卡管理、储值及次卡核销、教练排班、微信小程序预约入口、经营数据报表。
（二）实施服务：
1. 需求调研及系统参数配置；
2. 甲方现有会员数据（约四万二千名会员）及储值余额的迁移与核对；
3. 小程序首页及课程展示页面按甲方品牌风格定制；
4. 门店店长及前台人员培训，每家门店不少于两学时；
5. 储值卡、次卡与甲方现有收银设备的对接调试，以及上线首周的远程值守支持。
（三）服务期：两个服务年度。第一服务年度自云服务上线验收合格之日起算，第二服务年度紧随其后。

二、合同价款
（一）云服务订阅费：每家门店每个服务年度人民币9,600元，35家门店每个服务年度合计人民币336,000元，两个服务年度合计人民币672,000元。
（二）实施服务费：人民币148,000元，为固定价格。
（三）合同总价：人民币820,000元（含6%增值税）。服务期内甲方新增门店的，按每家门店每个服务年度9,600元另行结算。

三、付款方式
（一）本合同不设预付款。
（二）实施服务费在云服务上线验收合格后二十日内一次性支付。
（三）云服务订阅费按季度于每个季度结束后十五日内支付，每季度人民币84,000元。
（四）乙方应在付款前开具增值税专用发票。乙方收款账户以本合同首页记载为准，变更须经乙方盖章书面通知。

四、实施与上线验收
（一）乙方应于合同签订后四十五日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 合同约定的全部功能可在35家门店正常使用；
2. 会员数据及储值余额迁移后逐户核对，差异为零；
3. 小程序在300人同时预约时，提交预约响应时间不超过2秒；
4. 连续十日试运行期间未出现一级故障。
（三）满足上述标准的，甲方出具上线验收确认书。系统试运行或门店开始使用，不视为验收合格。
（四）验收未通过的，乙方应在七日内完成整改并重新申请验收；因整改导致上线延期的，按第十一条第（一）项承担违约责任。

五、服务水平
（一）乙方保证云服务每月可用率不低于99.95%，计划维护须提前三日通知，并安排在凌晨零点至六点之间。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（咨询及一般问题）：一个工作日内答复。
（三）服务补偿：月可用率低于承诺值的，每低0.1个百分点，减免当月订阅费的2%；一级故障迟延响应的，每迟延半小时减免当月订阅费的1%。当月减免总额以当季订阅费的25%为限。

（四）服务期内，乙方应提供7×24小时在线客服及电话支持，每季度向甲方提交服务报告，内容包括可用率、故障处理记录、系统版本更新说明及门店使用情况分析。
（五）乙方对云服务的版本升级不得降低本合同约定的功能和性能；涉及门店操作方式变化的，应提前十日通知甲方并提供培训资料。

六、数据安全
（一）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、传输加密、访问权限分级和操作日志留存等措施，并已取得网络安全等级保护三级备案。
（二）乙方应按《个人信息保护法》的要求处理会员个人信息，仅限为甲方提供本合同服务所必需的人员访问。
（三）发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因乙方原因造成的全部损失。

七、数据归属与使用
（一）甲方会员信息、预约及消费记录、储值数据等业务数据归甲方所有。
（二）甲方同意，乙方有权对上述数据进行去标识化及汇总处理后，用于行业分析报告、运营指数发布及乙方产品的改进，该等汇总数据的权利归乙方。
（三）服务期满或合同终止后三十日内，乙方应向甲方完整导出业务数据，并在甲方确认后删除其系统中的甲方数据。

八、保密
双方对在履行本合同过程中知悉的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意，不得向第三方披露或用于本合同以外的目的。本条义务在合同终止后三年内持续有效。

九、知识产权
（一）云服务平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌素材、定制报表模板及迁移脚本的知识产权归甲方所有，甲方可自行使用、修改或委托第三方继续开发。
（三）乙方保证云服务及交付成果不侵犯第三方的知识产权；因侵权导致甲方被第三方索赔的，由乙方负责处理并赔偿甲方损失。

十、续期
服务期满前三十日内，任何一方未书面提出不续期的，本合同自动续期一个服务年度，并可依此类推。续期时，乙方有权按其届时公布的标准价格调整订阅费，并以书面方式通知甲方。

十一、违约责任
（一）乙方未按第四条约定期限提交上线验收申请的，每逾期一日，向甲方支付违约金人民币600元。
（二）乙方违反第六条、第七条、第八条约定的，应赔偿甲方因此遭受的全部损失。
（三）甲方逾期支付款项的，每逾期一日按应付未付金额的万分之二支付违约金。

十二、甲方义务
（一）甲方应指定项目负责人一名，负责需求确认、数据提供及验收组织，并按乙方合理要求提供现有会员系统的数据导出文件。
（二）甲方应妥善保管系统管理员账号及密码，因甲方自身原因导致账号泄露的，由甲方承担相应责任。
（三）甲方应按本合同约定按时支付款项，并在门店新增、关闭或迁址时提前十日书面通知乙方。

十三、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

十四、合同解除
（一）乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面通知后十五日内仍未改正的，甲方有权解除本合同，乙方应退还未提供服务期间的费用。
（二）合同解除后，乙方应按第七条第（三）项交还数据，并配合甲方将业务平稳迁移至其他系统，迁移配合期不少于三十日，期间云服务不得中断。
（三）甲方逾期付款超过六十日，经乙方书面催告后仍未支付的，乙方有权解除本合同。

十五、不可抗力
因地震、火灾、疫情防控措施、电信运营商网络大面积中断等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应期间不计入可用率考核；不可抗力持续超过三十日的，双方可协商解除合同。

十六、争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十七、其他
本合同附件包括：附件一《功能清单》、附件二《门店清单》、附件三《数据迁移方案》。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
'''
H828Z04 = r'''龙舟赛事计时系统年度运维服务合同

项目编号：LZTY-CS-2027-002（竞争性磋商）
甲方（采购人）：临江市体育局
乙方（成交供应商）：临江速航电子科技有限公司

根据临江市体育局龙舟赛事计时系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就该项目订立本合同。

第一条 服务范围
（一）运维对象：甲方所有的龙舟赛事计时系统，包括终点光电计时装置、起航发令联动装置、船载芯片感应设备、终点高速摄像、成绩处理服务器、现场大屏及成绩发布网站。
（二）服务内容：日常巡检与维护、故障处理、赛前部署与调试、赛事现场技术保障、成绩数据处理与发布支持、设备校准、系统安全加固及备品备件供应。
（三）服务期：自2027年3月1日起至2028年2月29日止。服务期内甲方计划举办龙舟赛事六场，具体日期以甲方书面通知为准。

第二条 服务费用
（一）本合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括日常运维费¥216,000、赛事现场保障费¥186,000（每场¥31,000）、设备校准及备品备件费¥66,000。
（二）合同总价为固定价格，包含人工、交通、食宿、备件、校准检测及税费。甲方增加赛事场次的，按每场¥31,000另行结算。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度人民币117,000元。甲方在每季度服务考核合格、乙方开具发票后十五个工作日内付款。
（三）季度考核有扣减的，从当季应付款中扣除。

第四条 服务要求
（一）日常巡检：每月对全部设备进行一次巡检，每季度进行一次全面性能测试，巡检及测试后五个工作日内提交报告。
（二）赛前部署：每场赛事开赛前三日，乙方应完成全部设备的安装、调试及全流程演练，并经甲方裁判长签字确认。
（三）现场保障：每场赛事乙方派出不少于六名技术人员现场值守，其中项目负责人须具有三年以上计时系统维护经验。
（四）设备校准：每场赛事前由具有资质的第三方检测机构对光电计时装置进行校准，计时精度应达到千分之一秒，并出具校准证书。

（五）备品备件：乙方应在甲方场馆常备光电传感器、感应芯片及发令联动模块等关键备件，每类数量不少于设备总量的一成；备件更换后十日内补足。
（六）安全加固：乙方每半年对成绩服务器和成绩发布网站进行一次漏洞扫描及补丁更新，高危漏洞应在发现后三日内修复。

第五条 服务水平
（一）赛事期间，计时系统可用率应达到99.99%，成绩须在每轮比赛结束后3分钟内完成处理并在现场大屏公布。
（二）故障响应：
1. 一级故障（计时中断、成绩无法生成）：现场人员应在15分钟内响应并启用备用计时设备；非赛事期间发生的，乙方应在1小时内响应，8小时内修复；
2. 二级故障（大屏、网站等辅助功能故障）：赛事期间30分钟内响应；非赛事期间次日修复；
3. 三级故障：三个工作日内处理完毕。
（三）服务扣减：一级故障每迟延响应十分钟扣减当季服务费¥1,500；因乙方原因导致成绩错误或需重赛的，每次扣减¥20,000；巡检未按期进行的，每次扣减¥2,000。

第六条 考核与验收
（一）季度考核：甲方按《运维服务考核表》对巡检完成率、故障处理时效、报告提交及赛事保障情况进行考核，考核得分八十五分以上为合格。考核结果由双方代表签字确认，乙方对考核结果有异议的，可在五个工作日内书面提出复核。
（二）服务期满，乙方提交年度运维总结、设备状况评估报告及全部技术文档，甲方对照本合同第四条、第五条及考核记录组织年度服务验收，验收合格后出具书面验收意见。

（三）考核不合格的，乙方应在十日内提交整改方案并完成整改，当季服务费按考核得分比例支付。

第七条 数据安全
（一）比赛成绩、运动员报名信息、赛事视频及系统日志等全部数据归甲方所有，乙方不得将其用于本合同以外的任何用途。
（二）乙方应落实数据安全责任：成绩服务器须设置访问权限分级和操作审计；远程运维须经甲方批准并通过加密通道进行；乙方人员不得私自拷贝、留存任何数据；赛事结束后二日内将全部数据备份移交甲方。
（三）发生数据泄露、成绩篡改或数据丢失的，乙方应在1小时内报告甲方并立即处置，因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方对履行本合同过程中知悉的甲方工作信息、运动员个人信息及系统配置信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。

第九条 知识产权
运维期间乙方编写的脚本、配置文件、技术文档、巡检报告及数据报表的知识产权归甲方所有，甲方有权自行使用、修改并提供给后续运维单位。乙方保证其提供的工具和备件不侵犯第三方权利。

第十条 违约责任
（一）乙方未按第四条第（二）项的期限完成赛前部署调试的，每迟延一日按合同总价的千分之二支付违约金；影响赛事如期举行的，乙方还应赔偿甲方由此产生的全部损失。
（二）乙方派出人员不足或人员资质不符的，每人每日扣减¥800。
（三）甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。

第十一条 人员管理与甲方义务
（一）乙方应在合同签订后五日内提交运维团队名单及联系方式，项目负责人变更须经甲方书面同意。乙方人员在甲方场馆工作期间应遵守甲方安全管理规定，其人身安全由乙方负责。
（二）甲方应为乙方提供设备存放、值守场所及必要的电力、网络条件，并提前二十日书面通知赛事日程及场地安排。

第十二条 分包
（一）乙方不得将本合同项下的服务分包或转包给第三方。
（二）第四条第（四）项所述设备校准，由乙方委托经甲方事先书面认可的检测机构实施；检测机构的更换同样须经甲方书面同意。乙方对检测机构的工作质量及保密义务的履行承担责任。

第十三条 合同解除
（一）乙方有下列情形之一的，甲方有权书面通知解除本合同：连续两个季度考核不合格；因乙方原因导致一场赛事成绩作废；乙方严重违约经书面催告后七日内仍未改正。
（二）合同解除的，甲方按乙方实际完成且考核合格的服务结算费用，乙方应赔偿甲方因此遭受的损失。

第十四条 服务期满
服务期满本合同终止，不自动续期。甲方如需继续采购运维服务，应依法重新组织采购。乙方应在服务期满后三十日内配合甲方完成与后续运维单位的交接，移交设备台账、备件清单、账号权限及全部技术资料。

第十五条 不可抗力
因台风、洪水、极端天气或政府决定导致赛事取消或延期的，不视为任何一方违约，相应场次的赛事现场保障费按实际发生情况结算。一方因不可抗力不能履行合同的，应及时通知另一方并提供证明。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，依法向临江市人民法院提起诉讼。

第十七条 其他
磋商文件、响应文件、成交通知书及《运维服务考核表》均为本合同组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临江市体育局　　　乙方（盖章）：临江速航电子科技有限公司
'''
H828Z05 = r'''# 匠链工序追溯系统软件销售及定制开发合同

> 匠链软件标准合同文本（2026版）　合同编号：JL-XS-2027-0147

**甲方（买方）**：东阳竹韵堂竹雕工作室

**乙方（卖方）**：宁波匠链软件科技有限公司

甲方因竹雕作品生产管理需要，向乙方购买“匠链工序追溯系统”软件并委托乙方进行定制开发。双方本着平等自愿的原则，经协商一致，签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供匠链工序追溯系统标准版软件一套（永久许可，含10个用户账号），功能包括：原料竹材入库登记、工序派工与报工、半成品流转、成品入库、库存查询。

1.2 乙方根据甲方需求进行以下定制开发：竹雕作品从选料、开坯、雕刻、打磨到上蜡的工序节点配置；手机扫码报工；作品电子档案及收藏证书二维码；与甲方网店的订单同步接口。

1.3 乙方负责软件安装、基础数据初始化及甲方人员使用培训。

1.4 本合同金额不包含服务器、电脑、扫码枪、标签打印机等硬件设备及操作系统、数据库软件，上述硬件及软件由甲方自行采购，其配置应满足乙方提供的《运行环境要求》。

1.5 定制开发的具体内容以双方确认的《需求确认单》为准，《需求确认单》签字后甲方提出的新增或变更需求，乙方有权另行收费并顺延交付期限。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序追溯系统标准版软件许可 | 168,000 |
| 2 | 定制开发（工序节点、扫码报工、作品档案、订单接口） | 126,000 |
| 3 | 安装实施及培训 | 18,000 |
| | 合计 | 312,000 |

合同总额为人民币叁拾壹万贰仟元整（¥312,000），含税。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总额的65%，即人民币202,800元。乙方收到该笔款项后开始安排开发工作。

3.2 系统安装完成并上线运行后五个工作日内，甲方支付合同总额的35%，即人民币109,200元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在合同签订时提供开票信息。

## 第四条 交付与验收

4.1 乙方应在收到首付款后六十个工作日内完成开发和安装。因甲方需求变更、资料提供不及时等原因造成延误的，交付期限相应顺延。

4.2 乙方完成软件安装并通知甲方后，即视为甲方验收合格。甲方开始使用系统的，亦视为验收合格。

4.3 甲方对系统功能有意见的，应在安装后三日内书面提出，逾期未提出的，视为甲方无异议。

4.4 乙方交付的文档包括《用户操作手册》一份及培训视频，不包括源代码和数据库设计文档。

## 第五条 免费维护与后续服务

5.1 乙方自系统安装完成之日起提供六个月的免费维护服务，内容包括软件缺陷修复和远程操作指导。

5.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方届时公布的年度维护价格标准与乙方另行签订维护协议。

5.3 因甲方操作不当、擅自修改系统、电脑硬件或网络故障造成的问题，不属于免费维护范围，乙方可按次收取上门服务费，收费标准以乙方官网公布的价格为准。

## 第六条 技术支持

6.1 乙方提供工作日9:00至17:30的电话及远程技术支持。

6.2 系统发生导致无法使用的紧急故障时，乙方在接到甲方报修后48小时内响应，并尽力安排处理；一般问题在三个工作日内答复。

6.3 乙方将视情况提供软件版本更新，更新内容及时间由乙方决定。乙方不保证软件完全没有缺陷或能够不间断运行。

6.4 乙方为甲方提供一次集中培训，培训时长为一天，培训地点在甲方工作室；甲方要求增加培训的，按每人每天人民币1,500元另行计费。

6.5 甲方需要乙方上门服务的，应提前两个工作日预约，差旅费用由甲方承担。

## 第七条 知识产权

7.1 匠链工序追溯系统标准版软件及本合同项下全部定制开发成果（包括工序节点配置、扫码报工模块、作品档案模块、订单接口程序及源代码）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反编译、修改，或将定制开发成果提供给第三方使用。

7.3 乙方有权将定制开发成果用于其他客户。

7.4 甲方网店平台接口规则发生变化导致订单同步接口需要调整的，由乙方另行报价。

## 第八条 数据安全

8.1 甲方在系统中录入的作品信息、工艺资料、客户及订单数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方在远程维护时应使用甲方分配的专用账号，并对操作留存记录；乙方应对系统采取必要的访问控制和数据备份措施，不得擅自复制甲方数据。

8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复数据，并依照本合同第十条承担赔偿责任。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。甲方的工艺图样、作品设计及客户名单属于甲方商业秘密，乙方人员不得拍照或复制。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总额的万分之二向甲方支付违约金。

10.2 乙方在本合同项下承担的全部赔偿责任（包括违约金及损失赔偿）累计不超过合同总额的20%。

10.3 任何情况下，乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

## 第十一条 甲方的义务

11.1 甲方应指定专人负责与乙方对接，及时提供工序流程、作品编号规则、原料分类等开发所需资料，并在乙方提交《需求确认单》后五个工作日内签字确认。

11.2 甲方应自行负责系统运行环境的维护及数据的日常备份。因甲方未备份导致的数据损失，乙方不承担责任。

11.3 甲方不得将软件账号提供给甲方以外的人员使用。

11.4 甲方应保证向乙方提供的资料真实、完整，并对其提供的作品图片、设计资料拥有合法权利。

## 第十二条 合同解除

12.1 任何一方严重违反本合同约定，经对方书面通知后十五日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除后，乙方已完成的工作按实际工作量结算，已收款项不予退还部分以实际工作量为准。

## 第十三条 不可抗力

因自然灾害、政府行为、网络运营商故障、黑客攻击等不能预见、不能避免的原因导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

15.2 乙方官网公布的《软件许可协议》《技术支持服务说明》为本合同附件，与本合同不一致的，以本合同为准。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：＿＿＿＿＿＿　　乙方（签章）：＿＿＿＿＿＿

签订日期：　　年　　月　　日
'''
H828E02 = r'''# Order Form and General Terms: DravaField Field Service Cloud

Order Form No. DF-CN-2027-0042

## Part A: Order Form

### A1. Parties

**Provider:** Drava Field Cloud d.o.o., Ormoška cesta, Ptuj, Slovenia ("Provider").

**Customer:** Suzhou Tongsheng Elevator Service Co., Ltd., Suzhou Industrial Park, Jiangsu, People's Republic of China ("Customer").

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

DravaField Field Service Cloud, Professional Edition: work-order dispatch, technician mobile app (Android and iOS, Chinese interface), preventive-maintenance planning for about 9,600 elevators and escalators, spare-parts tracking, customer portal for property managers, and standard reporting. Named users: 180 (dispatchers, supervisors and technicians).

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Professional Edition | 180 named users × CNY 1,450 per user per Subscription Year × 3 Subscription Years | 783,000 |
| Onboarding (configuration, data import, training) | fixed, one-time | 64,000 |
| SAP S/4HANA connector for spare parts and billing | fixed, one-time | 38,000 |
| **Total Contract Value** | | **885,000** |

All fees are in CNY and include VAT. Additional named users may be added at CNY 1,450 per user per Subscription Year, pro rata for the remainder of the Subscription Year.

### A4. Term

The Initial Term is 36 months, divided into three Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance under Section 3 of Part B. Target Go-Live date: 75 days after signature of this Order Form.

### A5. Invoicing and Payment

(a) The onboarding fee and the connector fee are invoiced after Go-Live Acceptance and are payable within 30 days of invoice.

(b) The subscription fee for each Subscription Year (CNY 261,000) is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. No fee is payable before Go-Live Acceptance.

(c) Provider invoices through its authorised reseller in Shanghai, which issues Chinese VAT invoices.

### A6. Contacts and Signatures

Provider account manager: Ms. Petra Horvat. Customer project manager: Mr. Zhou Wei.

Signed for Provider: ____________________    Signed for Customer: ____________________

## Part B: General Terms

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including updates Provider makes generally available.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including elevator records, work orders, customer contacts, technician locations and any personal information.

1.3 "Configurations" means the workflows, forms, report layouts, connector mappings and other items Provider creates specifically for Customer during onboarding or afterwards.

### 2. Onboarding

2.1 Provider shall configure the Service according to the onboarding plan agreed within 10 days after signature, import the asset and contract data supplied by Customer, build the SAP connector and train Customer's administrators and a group of key technicians.

2.2 Customer shall provide data extracts in the agreed templates, test access to its SAP system and staff for testing.

2.3 Training covers two sessions for administrators and dispatchers in Suzhou and recorded video lessons in Chinese for technicians. Provider shall also provide a Chinese user guide and an administrator guide, updated with each major release.

### 3. Go-Live Acceptance

3.1 When onboarding is complete, Provider shall notify Customer in writing. Customer shall then test the Service for 15 days.

3.2 Go-Live Acceptance requires that (a) all functions in the onboarding plan work as described, (b) imported asset records reconcile with Customer's source data by count and by sample check, (c) the SAP connector posts spare-parts orders and billing data correctly for 10 consecutive business days, and (d) the mobile app works offline and synchronises after reconnection.

3.3 Customer confirms Go-Live Acceptance in writing. Use of the Service during testing is not acceptance. If a criterion is not met, Provider shall correct the issue and Customer shall test again.

3.4 If Go-Live Acceptance is delayed beyond the target date in A4 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, to be deducted from the first invoice.

### 4. Service Levels

4.1 Provider shall make the Service available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 05:00 China Standard Time.

4.2 Provider shall respond to Priority 1 incidents (Service unavailable, or dispatch not possible for all users) within 30 minutes and restore service or provide a workaround within 6 hours; Priority 2 incidents within 2 hours; Priority 3 within 1 business day. Support is provided in Chinese and English.

4.3 If monthly availability falls below the commitment in 4.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.5 percentage point of shortfall. For each hour by which a Priority 1 response or restoration time is missed, Customer receives a credit of CNY 500. Credits are set off against the next invoice or, at the end of the term, refunded.

### 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service and support to Customer, and for no other purpose.

5.2 Provider hosts the Service and all Customer Data on Alibaba Cloud in its Shanghai region and does not transfer Customer Data outside mainland China. Provider maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, restricts access to named support staff, and logs all administrative access.

5.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, investigate it, take remedial action and compensate Customer for losses caused by Provider's failure to comply with this Section 5.

5.4 On expiry or termination, Provider shall make Customer Data available for export in standard formats for 30 days and then delete it, and confirm the deletion in writing.

### 6. Confidentiality

Each party shall keep confidential the non-public information of the other party that it receives in connection with this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent, except to its professional advisers bound by similar duties. This Section survives for three years after the end of the Agreement.

### 7. Intellectual Property

7.1 Provider owns the Service and all underlying software.

7.2 Configurations belong to Customer. Customer may use, modify and have third parties use the Configurations, and Provider shall deliver them in exportable form on request and at the end of the Agreement.

### 8. Customer Responsibilities

8.1 Customer is responsible for the accuracy of the data it submits, for keeping user credentials secure and for the use of the Service by its named users.

8.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to store content that infringes the rights of others or breaches applicable law.

8.3 Customer may reassign a named-user licence from one employee to another when the first employee leaves or changes role.

### 9. Renewal

At the end of the Initial Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term. Provider may increase the fees for any renewal term by up to 9% by notice given at least 90 days before that renewal term begins.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or loss of profit.

10.2 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

10.3 The limits in 10.1 and 10.2 do not apply to personal injury, fraud or wilful misconduct.

### 11. Subcontracting

Provider uses Alibaba Cloud as hosting provider, which Customer approves by signing this Order Form. Provider shall not engage any other subcontractor for the Service or the onboarding without Customer's prior written consent and remains responsible for every subcontractor.

### 12. Termination

12.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 On termination by Customer under 12.1, Provider shall refund any prepaid fees for the period after termination.

### 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

### 14. Force Majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public networks or acts of government, provided it informs the other party without delay and uses reasonable efforts to resume performance. Such events do not excuse Customer's payment obligations for the Service actually provided.

### 15. General

Neither party may assign this Agreement without the other party's prior written consent. Notices must be in writing and sent to the contacts in A6. This Agreement is executed in English.
'''
H828E04 = r'''# Managed IT Services Agreement

Agreement No. NBHY-MS-2027-09

**Customer:** Ningbo Haiyue Home Furnishing Co., Ltd., Yinzhou District, Ningbo, Zhejiang, People's Republic of China ("Customer").

**Provider:** Pomurje Managed IT d.o.o., Lendavska ulica, Murska Sobota, Slovenia, acting through its representative office in Shanghai ("Provider").

**Background.** Customer manufactures upholstered furniture in two factories and runs a design office and a showroom. It wishes to outsource the day-to-day operation of its IT infrastructure. Provider offers managed IT services to manufacturing companies in Europe and China. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the targets and credits in Schedule 2.

1.3 "Charges" means the amounts in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer confirms Transition Acceptance under Clause 4.

1.5 "Customer Data" means all data stored on or processed by the systems covered by the Services.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the service term. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## 3. Transition

3.1 Provider shall take over the Services from Customer's internal IT team in a transition phase that ends no later than 60 days after signature (the "Target Date").

3.2 During transition Provider shall document the existing infrastructure, install its monitoring tools, take over administrator accounts in a controlled manner, set up the service desk and agree runbooks with Customer.

## 4. Transition Acceptance

4.1 Transition Acceptance requires that (a) all devices listed in Schedule 1 are in Provider's monitoring and asset database, (b) runbooks for all critical systems have been approved by Customer, (c) the service desk has handled live tickets for 10 business days while meeting the response targets in Schedule 2, and (d) a restore test of the ERP backup has succeeded.

4.2 Customer confirms Transition Acceptance in writing. Use of the Services during transition is not acceptance. If a criterion is not met, Provider shall remedy it and request acceptance again.

4.3 If Transition Acceptance is not achieved by the Target Date for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 1,800 for each day of delay, deductible from the first monthly invoice.

## 5. Service Delivery

5.1 Provider shall deliver the Services in accordance with this Agreement, Schedule 1 and good industry practice, and shall assign a named service manager who meets Customer's IT manager at least monthly.

5.2 Provider shall submit a monthly service report covering tickets, incidents, changes, patch status, backup results and Service Level performance, within 5 business days after each month.

5.3 Changes to Customer's systems shall follow the change procedure in the runbooks. Emergency changes may be made to restore service and shall be reported within one business day.

5.4 Provider shall keep a team of at least three engineers based in Ningbo during working hours and shall not replace the service manager without giving Customer reasonable notice and a proper handover.

5.5 Provider shall maintain the hardware and software asset database and report devices approaching the end of vendor support at least six months in advance, with a replacement proposal.

## 6. Customer Responsibilities

6.1 Customer shall give Provider's staff access to its sites, equipment rooms and systems as required for the Services, and provide desks and network access for the on-site engineers.

6.2 Customer remains responsible for buying hardware, software licences and carrier lines, for its ERP application and its vendor, and for decisions on business priorities. Provider may advise on these items.

6.3 Customer shall name an IT manager as the single point of contact for approvals and escalations.

## 7. Governance

7.1 The parties shall hold a quarterly service review attended by Customer's IT manager and finance controller and by Provider's service manager and account director. The review covers Service Level performance, open problems, improvement proposals and the forecast of device quantities.

7.2 Disagreements about Service Level measurement shall first be discussed in the monthly meeting and, if not resolved, escalated to the quarterly review before any dispute procedure is started.

## 8. Charges and Payment

8.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,184,000.

8.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Customer pays each correct invoice within 30 days. There is no advance payment.

8.3 Charges are fixed for the service term. Changes in the number of devices within ±10% of the quantities in Schedule 1 do not change the Charges.

## 9. Customer Data

Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services and shall return it to Customer at the end of the Agreement.

## 10. Intellectual Property

10.1 Provider retains its monitoring tools, methods and know-how.

10.2 Runbooks, scripts, configuration files, documentation and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider.

## 11. Subcontracting

Provider may use subcontractors for on-site support at the factories, for cabling and for hardware repairs, provided that it gives Customer written notice of the subcontractor's name and scope before the subcontractor starts work. Provider remains responsible for its subcontractors' performance.

## 12. Liability

12.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

12.2 This limit does not apply to personal injury or death, fraud or wilful misconduct.

12.3 Neither party is liable for loss of profit or indirect loss, except in the cases in 12.2.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after notice, or if Provider misses the same Priority 1 Service Level in three consecutive months.

13.2 Provider may terminate this Agreement if Customer fails to pay undisputed Charges within 60 days after a written reminder.

13.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, hand over all documentation and credentials, and cooperate with Customer and any successor provider.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 15. Force Majeure

Neither party is liable for failure to perform caused by natural disasters, epidemics, power grid failures or government action beyond its control, if it informs the other party promptly and takes reasonable steps to restore performance. The affected Service Levels are suspended for the duration of the event.

## 16. General

Schedules 1 to 3 form part of this Agreement. Amendments must be in writing. This Agreement is made in English and Chinese, both equally authentic.

Signed for Customer: ____________________    Signed for Provider: ____________________

## Schedule 1: Services and Scope

| Service | Scope | Included |
|---|---|---|
| Service desk | Chinese and English, by phone, e-mail and portal | Mon–Sat 07:30–20:00; P1 by phone at all times |
| End-user support | 620 desktops and laptops, 140 mobile devices, printers | Remote and on-site at both factories |
| Network operations | 2 core switches, 46 access switches, 88 wireless access points, 3 firewalls, SD-WAN links between sites | 24×7 monitoring, configuration, firmware |
| Server and storage | 38 virtual servers, 2 hypervisor clusters, 1 storage array | Monitoring, patching, capacity reports |
| Backup | Daily backup of servers and ERP database | Backup checks, quarterly restore test |
| ERP infrastructure | Operating system and database layer of the ERP | Not the ERP application itself |
| Asset management | Hardware and software asset database | Quarterly reconciliation |

## Schedule 2: Service Levels

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | Factory production systems or ERP down, or a site offline | 30 minutes | 6 hours | CNY 2,000 per started hour beyond target |
| P2 | Service degraded, or a group of users affected | 1 hour | 1 business day | CNY 500 per started hour beyond target |
| P3 | Single user or minor fault | 2 business hours | 3 business days | Counted in monthly report |
| P4 | Requests | 1 business day | agreed date | Counted in monthly report |

Core network availability (core switches, firewalls and SD-WAN links, per month, excluding approved maintenance): 99.95%. For each 0.1 percentage point below target, a credit of 3% of the monthly service charge applies. Total credits in any month are limited to 25% of that month's service charge.

## Schedule 3: Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | fixed, one-time | 96,000 |
| Monthly service charge | CNY 58,000 × 36 months | 2,088,000 |
| **Total Contract Value** | | **2,184,000** |
| Additional on-site engineer day (outside scope, exit assistance) | per day, on request | 3,200 |
'''
H828E05 = r'''DATA SUBSCRIPTION AGREEMENT
TIMBER MARKET DATA API

Agreement No. KFW-DS-2027-005

THIS AGREEMENT is made between:

Koroška Forest Data d.o.o., a company registered in the Republic of Slovenia, with its registered office at Meškova ulica, Slovenj Gradec, Slovenia ("Provider"); and

Dongguan Senmu Furniture Manufacturing Co., Ltd., a company registered in the People's Republic of China, with its registered office in Houjie Town, Dongguan, Guangdong ("Customer").

BACKGROUND

Provider collects and publishes price, supply and logistics data for European hardwood and softwood, including sawn oak, beech and ash, veneer, panels and freight rates from Central European ports. Customer imports European timber for its furniture production and wishes to use this data in its purchasing and planning systems. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered.

1.2 "Data" means the datasets listed in Schedule A, as updated by Provider from time to time.

1.3 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each following period from an anniversary to the day before the next anniversary.

1.4 "Activation Date" means the date on which Customer confirms acceptance of the integration under Clause 4.

1.5 "Customer Data" means all information Customer sends to the API or Provider, including query parameters, purchasing volumes, supplier names, user accounts and usage logs relating to Customer.

1.6 "Custom Deliverables" means the customised data extracts, mapping tables and integration scripts that Provider prepares specifically for Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right, for the term of this Agreement, to access the API and to use the Data within Customer's group in mainland China for its own purchasing, pricing and planning.

2.2 Customer may store Data in its internal systems and use it in internal reports. Customer shall not resell the Data or publish it in raw form.

2.3 The subscription includes up to 25 named user accounts for the web portal and up to 200,000 API calls per month.

3. TERM

3.1 This Agreement starts on signature and continues for two Subscription Years from the Activation Date.

3.2 The Agreement expires at the end of the second Subscription Year. A further subscription requires a new order signed by both parties at fees agreed at that time. There is no automatic renewal.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall deliver API credentials, documentation in English and Chinese, and the Custom Deliverables, and shall support Customer's IT team in connecting the API to Customer's ERP and purchasing planning tool. Provider plans to complete this work within 40 days after signature.

4.2 Acceptance of the integration requires that (a) all datasets in Schedule A can be retrieved through the API in the agreed format, (b) the mapping tables convert Provider's species, grade and dimension codes into Customer's material codes without unmapped items for the products in Schedule A, (c) daily price updates are received automatically in the ERP on 10 consecutive business days, and (d) historical data from January 2019 has been loaded.

4.3 Customer shall confirm acceptance in writing within 5 business days after these criteria are met. Test use of the API before acceptance is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are:

   Item                                              Amount (CNY)
   Subscription fee, Subscription Year 1             276,000
   Subscription fee, Subscription Year 2             276,000
   Integration and Custom Deliverables (one-time)     38,000
   Total                                             590,000

5.2 The integration fee is invoiced after the Activation Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

5.3 All fees are fixed for the two Subscription Years and include VAT. API calls above the monthly limit are charged at CNY 0.08 per call, invoiced quarterly in arrears.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to publish daily price updates on European business days.

6.2 Provider will provide support by e-mail and telephone during Central European business hours and will endeavour to deal with support requests promptly.

6.3 Provider may suspend the API for maintenance. Provider will try to announce maintenance in advance on its customer portal.

6.4 Provider may change the structure of the API or of the datasets, giving Customer at least 60 days' notice of any change that requires Customer to adapt its integration.

6.5 CUSTOMER OBLIGATIONS. Customer shall keep its API credentials secure, ensure that its users comply with Clause 2, and tell Provider without delay if it suspects unauthorised use of its credentials. Customer is responsible for its own systems, including its ERP and the planning tool, and for the decisions it takes on the basis of the Data.

6.6 Provider shall send Customer a short monthly note describing changes in methodology, new data sources and any corrections made to published prices during the month.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the API and support to Customer, and shall not use it for any other purpose, including market analysis or the compilation of its own datasets.

7.2 Provider shall protect Customer Data by appropriate technical and organisational measures, including encryption in transit, access restricted to named support staff, logging of access and deletion of usage logs after 180 days. API credentials are issued per user and may be revoked by Customer at any time.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, investigate the incident, take remedial measures and compensate Customer for losses caused by Provider's breach of this Clause 7.

7.4 Provider shall handle any personal information relating to Customer's users in accordance with the PRC Personal Information Protection Law, and shall keep Customer Data in a data centre in mainland China agreed with Customer.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information it receives from the other party, including Customer's purchasing volumes and supplier names and Provider's methods and pricing, and shall use it only for this Agreement.

8.2 Neither party shall disclose such information to third parties without the other party's prior written consent, except to its advisers and auditors who are bound by similar obligations. This Clause survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the Data, the API and its databases.

9.2 The Custom Deliverables belong to Customer. Customer may use, modify and have third parties use the Custom Deliverables without restriction, also after this Agreement ends. Provider shall deliver the integration scripts in source form.

10. LIABILITY

10.1 Provider does not guarantee that the Data is complete or free from error, but shall correct errors notified by Customer without delay.

10.2 Neither party is liable for indirect or consequential loss or loss of profit.

10.3 Provider's total liability under this Agreement is limited to 150% of the total fees payable under Clause 5.1. This limit does not apply to breach of Clauses 7 and 8, fraud or wilful misconduct.

11. SUBCONTRACTING

Provider shall not subcontract the provision of the API, the Custom Deliverables or support without Customer's prior written consent. Provider remains responsible for any subcontractor approved by Customer.

12. TERMINATION

12.1 Provider may suspend access to the API or terminate this Agreement by written notice if Customer fails to pay undisputed fees within 45 days after a written reminder, or if Customer resells or publishes the Data in breach of Clause 2.2.

12.2 This Agreement may not otherwise be terminated before the end of the second Subscription Year. Fees for both Subscription Years remain payable in all cases other than termination under Clause 13.

12.3 On expiry, Customer may keep Data received during the term for internal historical use.

13. FORCE MAJEURE

If a party is prevented from performing by events beyond its reasonable control, such as natural disasters, epidemics, failure of public networks or government measures, its obligations are suspended for the duration of the event. If the event lasts more than 90 days, either party may end this Agreement by written notice, and Provider shall refund the subscription fee for the remaining part of the Subscription Year.

14. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

15. GENERAL

15.1 Schedule A (Datasets) and Schedule B (API Documentation) form part of this Agreement.

15.2 Notices shall be given in writing to the addresses above or by e-mail to the contacts named in Schedule A.

15.3 This Agreement is made in English and Chinese. Both versions have equal force.

SCHEDULE A: DATASETS

A.1 Daily prices for sawn oak, beech, ash and walnut by grade, thickness and origin, in EUR and converted into CNY.

A.2 Weekly veneer and panel price indices.

A.3 Weekly container freight rates from Koper, Hamburg and Rotterdam to Shenzhen and Ningbo.

A.4 Monthly sawmill output and inventory estimates for Slovenia, Austria, Croatia and Germany.

A.5 Quarterly market commentary in English with a Chinese summary, covering harvest conditions, export regulations and expected price trends for the main species used by Customer.

For Provider: ____________________    For Customer: ____________________
'''
SOURCES = {"h828z01": H828Z01, "h828z02": H828Z02, "h828e01": H828E01, "h828e03": H828E03}
TARGETS = {"h828z01": ("h828z01_slalom_course_platform_licence_development.pdf", "pdf"),
           "h828z02": ("h828z02_hair_tie_factory_line_control_retrofit.docx", "docx"),
           "h828e01": ("h828e01_cmms_perpetual_licence_celje_vendor.pdf", "pdf"),
           "h828e03": ("h828e03_condition_monitoring_sensors_maribor_vendor.docx", "docx")}
PLAIN = {"h828z03": ("h828z03_rouliqiu_chain_booking_membership_saas.txt", H828Z03),
         "h828z04": ("h828z04_dragon_boat_timing_system_om_service.txt", H828Z04),
         "h828z05": ("h828z05_bamboo_carving_process_tracking_supplier_template.md", H828Z05),
         "h828e02": ("h828e02_field_service_saas_order_form_ptuj_vendor.md", H828E02),
         "h828e04": ("h828e04_managed_it_services_36_months.md", H828E04),
         "h828e05": ("h828e05_timber_market_data_api_subscription.txt", H828E05)}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"


def lab(lang, category, kind, cv, avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty,
        pwf, auto, term, sub, law, sla=True, ld_stated=True, capped=None, deemed=False, tco=None, rules=(), risk="low"):
    return dict(lang=lang, category=category, cv=cv, tco=tco, rules=sorted(rules), risk=risk,
                terms=dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final,
                                           warranty, pwf, auto, term, sub, law, kind])),
                extra=dict(sla=sla, ld_stated=ld_stated, capped=capped, deemed=deemed))


# tco = (fee base: itemised licence / hardware subtotal, post-warranty fee % per year) for goods_or_licence drafts
LABELS = {
    "h828z01": lab("zh", "software", G, 1550000, 99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True,
                   True, 24, 9, False, True, False, "PRC", capped=True, tco=(860000, 9),
                   rules=["CR-LD-LOW", "CR-SLA-AVAILABILITY"], risk="medium"),
    "h828z02": lab("zh", "hardware", G, 1400000, None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True,
                   18, 26, False, True, True, "PRC", capped=True, tco=(1256000, 26),
                   rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], risk="high"),
    "h828z03": lab("zh", "cloud", S, 820000, 99.95, 0.5, True, "buyer", True, False, True, 600 / 820000 * 100, None,
                   None, True, None, None, None, True, True, False, "PRC",
                   rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"], risk="medium"),
    "h828z04": lab("zh", "services", S, 468000, 99.99, 0.25, True, "buyer", True, True, True, 0.2, None, None, True,
                   None, None, None, False, True, False, "PRC", rules=[], risk="low"),
    "h828z05": lab("zh", "software", G, 312000, None, 48, False, "supplier", True, True, True, 0.02, 20, 65, False,
                   False, 6, None, False, True, None, None, capped=False, deemed=True, tco=None,
                   rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                          "CR-WARRANTY"], risk="high"),
    "h828e01": lab("en", "software", G, 1730000, None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True,
                   18, 11, False, True, False, "Slovenia", capped=True, tco=(1180000, 11),
                   rules=["CR-GOVERNING-LAW"], risk="low"),
    "h828e02": lab("en", "cloud", S, 885000, 99.5, 0.5, True, "buyer", True, True, True, 600 / 885000 * 100,
                   6 / 36 * 100, None, True, None, None, None, True, True, False, "PRC",
                   rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], risk="medium"),
    "h828e03": lab("en", "hardware", G, 1700000, None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True,
                   24, 8, False, True, False, "PRC", capped=True, tco=(1530000, 8), rules=[], risk="low"),
    "h828e04": lab("en", "services", S, 2184000, 99.95, 0.5, True, "buyer", False, True, False,
                   1800 / 2184000 * 100, 150, None, True, None, None, None, False, True, True, "PRC",
                   rules=["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-SUBCONTRACT"], risk="high"),
    "h828e05": lab("en", "cloud", S, 590000, None, None, False, "buyer", True, True, True, None, 150, None, True,
                   None, None, None, False, False, False, "PRC", sla=False, ld_stated=False,
                   rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"], risk="high"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy section 3 thresholds
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE = 40


def tco_share(key):
    L = LABELS[key]
    if L["terms"]["contract_kind"] != G or L["tco"] is None or L["terms"]["warranty_months"] is None:
        return None
    base, pct = L["tco"]
    years = max(0.0, 5 - L["terms"]["warranty_months"] / 12)
    post = base * pct / 100 * years
    return post / (L["cv"] + post) * 100


def derive(key):
    """Rules from the labels, with this folder's reading of policy section 3."""
    L = LABELS[key]
    t, x = L["terms"], L["extra"]
    r = set()
    if not x["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE:
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


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def file_name(key):
    return TARGETS[key][0] if key in TARGETS else PLAIN[key][0]


def label_json(key):
    L = LABELS[key]
    x = L["extra"]
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld_stated"]}
    if L["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = L["cv"]
    d = {"file": file_name(key), "language": L["lang"], "category": L["category"],
         "expected_terms": dict(L["terms"]), "expected_extra": extra, "expected_rules": L["rules"]}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- read-back and threshold scan
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"99\.9(?!\d)",                                                     # availability
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![\d.])4\s*-\s*hour",
    r"(?<![\d.])4\s+(?:business|working|clock)\s+hours?", r"四个?小时", r"\bfour[\s-]+hours?\b",   # P1 response
    r"(?<![\d.])0?\.05(?!\d)" + PCT, r"万分之五(?![十])", r"千分之零点五",                   # LD per day
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百", r"\bone\s+hundred\s+per",                # liability cap
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![点一二三四五六七八九])", r"\bthirty\s+per",  # prepayment
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?!点)", r"\bfifteen\s+per",                   # post-warranty fee
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![点一二三四五六七八九])", r"\bforty\s+per",   # TCO share
    r"(?<![\d.])12\s*个\s*月", r"十二个月", r"(?<![\d.])12\s*(?:-\s*)?months?\b", r"\btwelve[\s-]+months?\b",
    r"(?<![第每十])一年", r"\bone[\s-]+year\b", r"(?<![\d.])1[\s-]+year\b",                # warranty
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "4个小时", "四小时", "4 hours", "4 hrs", "4h", "4-hour",
            "four hours", "4 business hours", "0.05%", "0.05 %", "0.05 percent", "万分之五", "100%", "100 %",
            "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "百分之四十",
            "12个月", "12 个月", "十二个月", "12 months", "12-month", "twelve months", "一年", "one year", "1 year",
            "forty percent", "100 percent"]
MUST_MISS = ["99.95%", "99.99%", "24小时", "24 hours", "14 hours", "0.4 hours", "48小时", "0.08%", "10.05%",
             "万分之五十", "150%", "200%", "130%", "115%", "45%", "35%", "140%", "2027年12月31日", "112个月",
             "第一年", "每一年", "S/4HANA", "4G backup", "24×7", "5 hours", "百分之三十五"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "regex hits " + s + str(threshold_hits(s))


def check_values(key):
    t = LABELS[key]["terms"]
    for k, v in TH.items():
        if t[k] is not None:
            assert abs(t[k] - v) > 1e-9, (key, k, t[k])
    share = tco_share(key)
    if share is not None:
        assert abs(share - TCO_SHARE) > 2, (key, share)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    covered = set()
    for key in LABELS:
        L = LABELS[key]
        name = file_name(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label_json(key), encoding="utf-8")
        derived = derive(key)
        assert derived == L["rules"], (key, derived, L["rules"])
        assert risk_of(derived) == L["risk"], (key, risk_of(derived), L["risk"])
        covered |= set(derived)
        check_values(key)
        text = read_back(OUT / name)
        if L["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
            unit = "chars"
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
            unit = "words"
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        share = tco_share(key)
        print("%s %-62s %5d %s  risk %-6s tco %s  %s" % (key, name, n, unit, L["risk"],
              "-" if share is None else "%.2f%%" % share, ", ".join(r[3:] for r in derived) or "(none)"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for k in LABELS if not LABELS[k]["rules"]) == 2
    assert LABELS["h828e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(LABELS["h828z05"]["rules"]) <= 10
    print("all checks passed; rules covered:", len(covered))
