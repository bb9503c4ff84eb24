"""holdout899: builds the .docx/.pdf drafts from the markup sources below, writes every .json
label, and asserts the brief's checks: text lengths as read back, no threshold figure in any text, no label value on a
threshold, each draft's rules (derived from its label with policy §3) equal to the design list, all 20 CR rules covered.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H899Z01 = """
T:定制公交服务平台采购合同
P:合同编号：JTYS-ZFCG-2026-041        项目名称：定制公交服务平台建设项目（政府采购）
P:甲方（采购人）：某市交通运输局
P:乙方（供应商）：某某智行科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供定制公交服务平台软件许可一套（永久使用许可，含调度管理、线路规划、运营监管、统计分析模块），并按甲方需求完成定制开发，包括乘客端小程序、线路需求征集与开线评估、车辆与驾驶员排班、与市公交一卡通及电子客票系统的接口。
P:1.2 乙方负责平台在甲方政务云上的部署、数据初始化、联调测试、上线保障及培训，具体要求以招标文件第三章“技术需求”及乙方投标文件为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾万元整（¥2,200,000.00），含税，为固定总价，包含完成本合同全部工作所需的一切费用。
P:2.2 分项价格：平台软件许可费¥1,280,000；定制开发费¥736,000；实施部署费¥148,000；培训费¥36,000。
P:2.3 合同履行期间，合同价款不因市场价格、汇率或人工成本变化而调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收并上线试运行后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起一百二十日内完成部署及定制开发并提交初步验收申请；最终验收应在上线试运行满六十日后进行。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，乙方应及时书面说明。
P:4.3 乙方应组建不少于八人的项目组，其中项目经理、架构师须为投标文件中承诺的人员，未经甲方同意不得更换。项目经理每周向甲方提交进度报告，列明已完成工作、存在问题及下周计划。
P:4.4 乙方应为甲方运营管理人员、调度员及客服人员分批提供培训，培训不少于六场，培训教材及视频归甲方使用。
P:4.5 乙方应在合同签订后十日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：合同功能清单逐项测试通过；小程序在500个并发用户下页面响应时间不超过2秒；与一卡通、电子客票系统的接口连续7日对账一致；第三方测评机构出具的网络安全等级保护测评报告无高风险问题。
P:5.2 最终验收标准：试运行期内无一级故障，线路需求征集、开线评估和排班功能在至少20条定制线路上实际运行，乙方提交全部源代码、部署文档、运维手册及培训记录。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结果以双方签署的验收报告为准。平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程和现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥115,200），且两年内不上调，双方另行签订维护合同，维护合同期满不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日报甲方同意）。
P:7.2 故障分为三级。一级故障（平台整体不可用或购票、调度功能中断）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障：1小时内响应，当日解决；三级故障：次个工作日内解决。
P:7.3 乙方每迟延响应或迟延恢复一小时，按¥1,000扣减服务费；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。上述扣减可直接从应付款或履约保证金中扣除。
P:7.4 乙方每月第五个工作日前向甲方提交上月运行报告，包括可用率统计、故障清单、处理时长及改进措施，经甲方确认后作为服务费扣减的依据。
H:第八条 数据安全
P:8.1 平台中的线路、客流、乘客注册信息、订单及运营数据均属于甲方所有，乙方仅可为履行本合同使用，不得留存副本、向第三方提供或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，对乘客个人信息进行加密存储和脱敏展示，运维访问须经甲方审批并通过堡垒机进行，操作日志保存不少于六个月。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和第三方索赔。
P:8.4 合同终止或维护服务结束时，乙方应将全部数据完整移交甲方，并在甲方监督下删除其掌握的所有数据及备份，出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
P:9.2 乙方参与本项目的人员均应签署保密承诺书，乙方对其人员的泄密行为承担责任。
H:第十条 知识产权
P:10.1 平台软件许可部分的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 本合同项下定制开发的小程序、接口程序、评估模型、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:10.3 乙方保证其交付成果不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，应无偿整改；整改两次仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。任何一方变更联系人、地址的，应及时书面通知对方。
P:15.2 招标文件、投标文件、中标通知书及澄清文件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市交通运输局          乙方（盖章）：某某智行科技有限公司
P:代表人：                              代表人：
P:日期：2026年  月  日                  日期：2026年  月  日
"""

H899Z02 = """
T:生产线控制系统改造合同
P:合同编号：LLQ-SB-2026-017
P:甲方：某某健身器材（拉力器）制造有限公司
P:乙方：某某自动化工程有限公司
P:甲方拟对其拉力器总装车间三条生产线及弹簧绕制车间两条生产线的电气控制系统进行改造，乙方愿意按本合同承担设备供货、软件许可、程序开发、安装调试及维保工作。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 将五条生产线原有继电器控制和老旧PLC更换为新型PLC控制柜，配套伺服驱动及电机、工业触摸屏，加装数据采集网关，并提供生产线监控软件许可一套（永久许可，五十个点位授权不限客户端）。
P:1.2 乙方负责编写PLC程序、HMI画面及产量、能耗、故障报表，完成与甲方现有MES系统的数据对接。
P:1.3 改造须分线实施，每条线停线时间不超过七日，不得影响其他生产线正常生产。
P:1.4 所供设备须为原厂全新正品，PLC及伺服产品应为同一品牌系列，防护等级不低于IP54，控制柜内预留不少于两成的I/O扩展余量，线号、标识清晰规范，图纸与实物一致。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾肆万元整（¥1,940,000），含13%增值税，明细见下表。
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜改造（含柜体、PLC、I/O模块）|5套|786,000
TB:2|伺服驱动器及伺服电机|46套|412,000
TB:3|工业触摸屏（HMI）|10台|96,000
TB:4|数据采集网关|5台|58,000
TB:5|生产线监控软件许可|1套|168,000
TB:|软硬件小计||1,520,000
TB:6|安装调试|1项|186,000
TB:7|PLC程序、HMI画面及报表开发|1项|214,000
TB:8|操作与维修培训|1项|20,000
TB:|合同总价||1,940,000
P:2.2 上述价格为固定价格，包含运输、保险、安装辅材及税费，合同履行期间不作调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装、空载调试后，甲方支付合同总价的50%。到货签收和安装完成不代表质量验收合格。
P:3.3 五条生产线全部通过最终验收后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
P:3.5 乙方每次收款前应向甲方开具等额增值税专用发票，甲方收到发票并审核无误后付款。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运至甲方厂区，九十日内完成五条生产线的改造和调试。
P:4.2 设备到货时乙方应提供装箱单、合格证、说明书及原厂质保证明，双方共同开箱清点。
P:4.3 乙方施工人员进入甲方厂区应遵守甲方安全生产、消防及劳动纪律管理制度，特种作业人员须持证上岗。因乙方施工造成人身伤害或财产损失的，由乙方负责。
P:4.4 乙方应于每条生产线停线前三日提交详细施工方案和回退方案，经甲方生产部确认后方可实施；改造期间乙方每日向甲方报告进度。
H:第五条 验收
P:5.1 验收标准：各生产线按甲方工艺要求连续带载运行七十二小时无停机；节拍达到每分钟18件以上；急停、安全光幕联锁全部测试有效；MES数据采集与人工统计的产量误差在0.5%以内；报表功能逐项符合需求清单。
P:5.2 每条生产线单独初验，五条线全部初验合格并稳定运行三十日后，由甲方组织最终验收，双方签署最终验收报告。
P:5.3 设备安装、试生产或甲方使用均不视为验收合格。验收不合格的，乙方应在十日内整改完毕并重新验收，由此产生的费用由乙方承担。
P:5.4 验收时乙方应移交电气原理图、接线图、PLC及HMI源程序、参数备份、设备说明书和培训记录，资料不全的不予验收。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换、程序修改均免费。
P:6.2 质保期满后，乙方提供年度维保服务，维保费按软硬件小计的7%计取，即每年¥106,400，前三年不作调整；甲方可按年决定是否续签。
P:6.3 乙方保证备品备件供应不少于八年，停产前须提前六个月书面通知甲方并提供替代方案。
P:6.4 维保服务内容包括每季度一次现场巡检、PLC程序备份、易损件检查、软件补丁更新及故障维修，维保期内的服务水平同第七条。
H:第七条 服务水平
P:7.1 改造后的控制系统月度可用率不低于99.5%，计划停机和甲方原因造成的停机不计入。
P:7.2 一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到达现场；二级故障（单工位停机）2小时内响应，当日修复；三级故障在两个工作日内处理。
P:7.3 月度可用率每低于承诺值0.1个百分点，乙方按¥1,500支付服务违约金；迟延响应或到场的，每小时¥500。
P:7.4 乙方应建立服务台并提供7×24小时报修电话，每季度向甲方提交服务报告，列明故障次数、停机时长及处理情况。
H:第八条 数据安全
P:8.1 生产线采集的产量、工艺参数、能耗及设备运行数据归甲方所有，乙方不得复制、对外提供或用于本合同以外的目的。
P:8.2 数据采集网关应与甲方办公网络隔离，乙方远程维护须经甲方批准并采用加密通道，每次结束后关闭远程端口。发生数据泄露或因乙方原因导致控制系统被入侵的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:第九条 保密
P:9.1 乙方对在甲方厂区知悉的工艺配方、产品设计、产能及客户信息负保密义务，合同终止后三年内仍须遵守。
P:9.2 未经甲方书面同意，乙方不得在宣传材料或案例介绍中使用甲方名称、厂区照片及改造数据。
H:第十条 知识产权
P:10.1 PLC程序、HMI画面、报表及接口程序的源程序和文档交付甲方，知识产权归甲方所有，甲方可自行修改和使用。监控软件本身的著作权归原厂所有，甲方享有永久使用权。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因造成甲方停产超过约定停线时间的，乙方应赔偿甲方的实际损失。
P:11.3 乙方提供的设备存在质量问题的，应在七日内免费更换；同一设备更换两次仍不合格的，甲方可要求退货并由乙方退还相应价款。
P:11.4 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方可将电气配线、桥架安装等辅助施工分包给具有相应资质的单位，但应提前五个工作日书面告知甲方，并对分包方的工作质量和安全承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约或逾期超过三十日的，甲方可书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 合同解除后，乙方应配合甲方恢复生产线运行，移交已完成部分的程序和资料；甲方按已验收部分结算价款。
P:13.3 因不可抗力致使合同目的不能实现的，任何一方可解除合同，互不承担违约责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交宁波仲裁委员会仲裁。
P:14.2 合同附件包括技术规格书、设备清单、施工方案及验收大纲，与本合同具有同等效力。附件与正文不一致的，以正文为准。
P:14.3 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：                            日期：
"""

H899E01 = """
T:Software Licence and Services Agreement
P:Agreement No. JPS-CN-2026-07
P:This Agreement is made between Zhejiang Linhe Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Huzhou, Zhejiang Province (the "Buyer"), and Järva Planning Systems OÜ, a private limited company registered in Estonia with its office at Pärnu tn 14, Paide, Järva County (the "Supplier").
P:The Buyer wishes to replace its spreadsheet-based production planning with the Supplier's advanced planning and scheduling software, and the Supplier has agreed to license the software and to configure, integrate and deploy it at the Buyer's factories on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's JPS Planner advanced planning and scheduling product, version 8, in object code, with its documentation and any corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, planning rules, interface programs, reports, data-migration scripts and documents created by the Supplier specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Software or the Custom Deliverables in the course of the Buyer's operations, including orders, bills of materials, routings, capacity data and production records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 60 named planners and unlimited read-only users at the Buyer's three factories in Huzhou and Anji and at any future site of the Buyer or its wholly owned subsidiaries in mainland China.
P:2.2 The Supplier shall configure the Software for the Buyer's cabinet, sofa and panel-furniture lines; develop interfaces to the Buyer's ERP system and manufacturing execution system; migrate open orders, routings and bills of materials; and train the Buyer's planners and key users.
P:2.3 The detailed scope, the project plan and the functional specification are set out in Annex 1 and Annex 2. Where the annexes conflict with these terms, these terms prevail.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 2,040,000, inclusive of all taxes payable in the People's Republic of China, made up of: Software licence fee CNY 1,460,000; configuration, interfaces and data migration CNY 520,000; training CNY 60,000.
P:3.2 The Contract Price is fixed. Travel and living costs of the Supplier's personnel are included and shall not be charged separately.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of the Supplier's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after the Software has been installed and the integration test under Annex 2 has been passed and signed off by both parties.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Supplier's account stated on the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation within 45 days and be ready for acceptance testing within 150 days after signature, according to the project plan in Annex 1.
P:5.2 The acceptance criteria are: all functions of the functional specification tested and passed; a complete weekly production plan for all three factories generated in under 10 minutes; ERP and MES interfaces exchanging orders and confirmations without error for 20 consecutive working days; plan adherence reports matching the MES records; and no open Severity 1 or Severity 2 defect.
P:5.3 After the criteria have been met in a parallel run of at least 30 days, the Buyer shall issue a Final Acceptance certificate within 10 working days or give written reasons for refusal. Installation, go-live, productive use or any payment does not amount to acceptance.
P:5.4 If the Software fails acceptance, the Supplier shall correct the defects within 20 days and repeat the tests at its own cost. If it fails a second time, the Buyer may terminate this Agreement under Article 12 and recover all sums paid.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will conform to the functional specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall provide corrections, updates, new releases and remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 10% of the Software licence fee, namely CNY 146,000 per year, fixed for the first three support years; any later change requires a written amendment agreed by both parties. Support does not renew automatically.
P:6.3 The Supplier shall keep the Software supported for at least seven years after Final Acceptance.
H:Article 7 Service Levels
P:7.1 Defects are classified as follows. Severity 1: planning cannot be run or the ERP or MES interface is down for all factories. Severity 2: a major function is unavailable for one factory. Severity 3: any other defect or question.
P:7.2 The Supplier shall respond to a Severity 1 defect within 1 hour, provide a workaround within 8 hours and a permanent fix within 5 working days; respond to a Severity 2 defect within 2 hours and fix it within 3 working days; and answer a Severity 3 matter within 2 working days.
P:7.3 For each full hour by which a Severity 1 response or workaround is late, the Supplier shall pay a service credit of CNY 2,000; for a Severity 2 defect, CNY 800 per hour. Service credits may be set off against any amount due to the Supplier.
P:7.4 The Supplier shall provide a support hotline and an online ticket system in Chinese and English and shall send the Buyer a monthly support report during the Warranty Period and any support year.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors, and is licensed to the Buyer under Article 2.1.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Supplier shall deliver their source code and documentation at Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may access and use Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Supplier shall access the Buyer's systems only through the Buyer's VPN and jump server with individual accounts and multi-factor authentication, shall not transfer Buyer Data outside mainland China, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Supplier shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours, cooperate in remedial measures, and bear full liability for losses caused by its breach of this Article.
P:9.4 On termination, the Supplier shall return or destroy all Buyer Data in its possession and certify this in writing.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:10.2 This Article survives termination for six years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to be ready for acceptance testing by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not cure it within 20 days after written notice, if the Software fails acceptance twice, or if the liquidated damages under Article 11.1 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund all amounts paid for undelivered or rejected work, and the Buyer keeps its licence to the Software for which it has paid.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Estonia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn. The language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement is signed in English and Chinese; both versions have equal effect. Amendments must be in writing and signed by both parties.
P:15.2 Neither party may assign this Agreement without the other party's written consent.
P:Annex 1: Project plan and scope. Annex 2: Functional specification and acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H899E03 = """
T:Supply Contract for Grain Silo Monitoring Sensors and Software
P:Contract No. HBLC-2026-PUR-0233
P:Buyer: Hebei Longcang Grain Storage Co., Ltd., a company incorporated in the People's Republic of China, registered office in Shijiazhuang, Hebei Province (the "Buyer").
P:Supplier: Mažeikių Sensorika UAB, a company registered in the Republic of Lithuania, with its office at Ventos g. 9, Mažeikiai, Lithuania (the "Supplier").
P:This Contract is prepared on the Buyer's standard terms for equipment and software purchases. The Buyer is upgrading grain condition monitoring at its Zhengding and Luquan depots, and the Supplier has been selected after a competitive tender to supply sensors, gateways and monitoring software and to install and commission them.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the sensor cables, sensors, gateways and accessories listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's SiloWatch monitoring software, including its server component, web client and mobile app, licensed under clause 8.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's depots.
P:1.4 "Monitoring Data" means all temperature, humidity, carbon dioxide and other readings, alarms, logs and reports produced by the System.
P:1.5 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install the sensor cables in 40 silos and 12 flat warehouses, install and configure the gateways and servers, integrate the System with the Buyer's warehouse management system, and train the Buyer's storage keepers and IT staff.
P:2.2 All Equipment shall be new, of the Supplier's current production, rated for grain storage environments, with an ingress protection rating of IP67 or better and a measuring accuracy of ±0.5 °C for temperature.
P:2.3 The Supplier shall deliver operating manuals, calibration certificates, as-built drawings and a spare parts list in Chinese and English.
P:2.4 The Supplier shall appoint a project manager who speaks Chinese, attends weekly progress meetings at the Zhengding depot during installation and reports progress, risks and open issues in writing each week.
H:3. Price
P:3.1 The Contract Price is CNY 1,576,000, inclusive of all taxes, customs duties, transport, insurance and installation, as set out below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature sensor cables, 28 m|240|2,600|624,000
TB:2|Humidity and carbon dioxide sensors|80|3,150|252,000
TB:3|Wireless gateways with solar power kit|16|9,500|152,000
TB:4|SiloWatch software licence, perpetual, 40 silos and 12 warehouses|1|318,000|318,000
TB:|Equipment and Software Subtotal|||1,346,000
TB:5|Installation and commissioning|1|126,000|126,000
TB:6|Integration with warehouse management system|1|88,000|88,000
TB:7|Training|1|16,000|16,000
TB:|Contract Price|||1,576,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or changes in cost.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within 20 working days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 working days after all Equipment has been delivered and installed and the installation certificate has been signed. The installation certificate confirms completion of installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer against a valid VAT invoice.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver all Equipment to the depots within 60 days and complete installation within 100 days after signature. The grain in each silo may be moved only by the Buyer and installation shall follow the Buyer's schedule for emptying silos.
P:5.2 The acceptance criteria are: every sensor reporting to the Software at the configured interval; temperature readings within ±0.5 °C of a calibrated reference in a sample of 5% of sensors chosen by the Buyer; alarms for high temperature and high carbon dioxide triggered and delivered by SMS and app within 60 seconds; data transferred to the warehouse management system without loss for 14 consecutive days; and a 30-day trial run without a critical fault.
P:5.3 After the criteria have been met, the Buyer shall sign the final acceptance certificate within 10 working days or state its reasons for refusal in writing. Delivery, installation, trial operation or any payment shall not be deemed acceptance.
P:5.4 If the System fails acceptance, the Supplier shall remedy the failures within 15 days and repeat the tests at its own cost.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the Equipment and Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, travel and Software updates.
P:6.2 After the warranty period, the Buyer may purchase annual support at 8% of the Equipment and Software Subtotal, namely CNY 107,680 per year, fixed for the first four support years. Support is ordered year by year by purchase order and does not renew automatically.
P:6.3 The Supplier shall keep spare parts available for eight years after Final Acceptance.
H:7. Service Levels
P:7.1 A critical fault is a fault that stops monitoring of one or more silos or warehouses or stops alarms from being sent. The Supplier shall respond to a critical fault within 1 hour, provide remote diagnosis within 3 hours and, where needed, have an engineer on site within 24 hours. Other faults shall be responded to within 1 working day and fixed within 5 working days.
P:7.2 For each hour by which the response or on-site time for a critical fault is exceeded, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any payment due.
P:7.3 The Supplier shall maintain a Chinese-speaking hotline through its authorised service partner in Shijiazhuang during the warranty period and any support year.
H:8. Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software for the scope in the price table, including any future depot of the Buyer within that scope.
P:8.2 The integration interfaces, dashboards and reports developed for the Buyer under this Contract, including source code and documentation, belong to the Buyer, which may use, modify and license them freely.
P:8.3 The Supplier warrants that the Equipment and Software do not infringe any third-party rights and shall indemnify the Buyer against any claim of infringement.
H:9. Monitoring Data
P:9.1 Monitoring Data belongs to the Buyer. The Supplier shall use Monitoring Data only to perform this Contract and shall not use it for any other purpose.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's depots, stocks, storage plans and business received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent, except as required by law.
P:10.2 This obligation continues for three years after completion of this Contract.
H:11. Liquidated Damages
P:11.1 If the Supplier fails to deliver or to complete installation by the dates in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 If the Equipment fails acceptance a second time, the Buyer may reject the affected items and the Supplier shall refund the price paid for them.
H:12. Limitation of Liability
P:12.1 The Supplier's total liability under or in connection with this Contract, including liquidated damages, shall not exceed 60% of the Contract Price.
P:12.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct.
H:13. Subcontracting
P:13.1 The Supplier may use its authorised service partner in Shijiazhuang, named in the tender, for installation. Any other subcontracting requires the Buyer's prior written consent. The Supplier is responsible for its subcontractors as for itself.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within 15 days after notice, or if liquidated damages reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund all amounts paid for items not accepted and compensate the Buyer's losses within the limit of clause 12.
H:15. Force Majeure
P:15.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time.
H:17. Miscellaneous
P:17.1 This Contract is made in Chinese and English; in case of conflict the Chinese version prevails.
P:17.2 Annex 1 (technical specification), Annex 2 (installation schedule) and Annex 3 (acceptance test plan) form part of this Contract. Amendments must be made in writing and signed by both parties.
P:17.3 This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"z01": H899Z01, "z02": H899Z02, "e01": H899E01, "e03": H899E03}
TARGETS = {"z01": ("h899z01_city_custom_bus_platform.pdf", "pdf"),
           "z02": ("h899z02_chest_expander_factory_line_control_retrofit.docx", "docx"),
           "e01": ("h899e01_production_scheduling_perpetual_licence_ee_vendor.pdf", "pdf"),
           "e03": ("h899e03_grain_silo_sensors_monitoring_licence.docx", "docx")}
FILES = {"z01": "h899z01_city_custom_bus_platform.pdf",
         "z02": "h899z02_chest_expander_factory_line_control_retrofit.docx",
         "z03": "h899z03_waterski_school_booking_saas.txt",
         "z04": "h899z04_postal_smart_mailbox_om_service.txt",
         "z05": "h899z05_bamboo_weaving_studio_tracking_supplier_template.md",
         "e01": "h899e01_production_scheduling_perpetual_licence_ee_vendor.pdf",
         "e02": "h899e02_learning_platform_saas_order_form.md",
         "e03": "h899e03_grain_silo_sensors_monitoring_licence.docx",
         "e04": "h899e04_managed_infrastructure_services_36_months.md",
         "e05": "h899e05_agri_satellite_data_api_subscription.txt"}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def ok(**kw):
    """A fully compliant baseline, overridden per draft."""
    base = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="goods_or_licence")
    base.update(kw)
    return {k: base[k] for k in KEYS}


# design: lang, category, terms, extra, tco inputs (goods only: fee base, warranty months, annual fee), design rules
D = {}
D["z01"] = ("zh", "software",
            ok(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.06, prepayment_pct=20,
               warranty_months=36, post_warranty_fee_pct=9, governing_law="PRC"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2200000),
            (1280000, 36, 115200), [])
D["z02"] = ("zh", "hardware",
            ok(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=20,
               warranty_months=24, post_warranty_fee_pct=7, subcontract_without_consent=True),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1940000),
            (1520000, 24, 106400), ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"])
D["z03"] = ("zh", "cloud",
            ok(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
               ld_rate_per_day_pct=500 / 620000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
               auto_renewal_price_increase=True, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=620000),
            None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"])
D["z04"] = ("zh", "services",
            ok(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.1,
               final_payment_on_acceptance=None, termination_for_breach=False, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=496000),
            None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"])
D["z05"] = ("zh", "software",
            ok(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
               liability_cap_pct=50, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=186000),
            (126000, 6, 35280),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])
D["e01"] = ("en", "software",
            ok(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
               warranty_months=24, post_warranty_fee_pct=10, governing_law="Estonia"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2040000),
            (1460000, 24, 146000), ["CR-GOVERNING-LAW"])
D["e02"] = ("en", "cloud",
            ok(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=None, liability_cap_pct=150,
               final_payment_on_acceptance=None, contract_kind="service"),
            dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=918000),
            None, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])
D["e03"] = ("en", "hardware",
            ok(p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=0.1, liability_cap_pct=60,
               prepayment_pct=10, warranty_months=36, post_warranty_fee_pct=8),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1576000),
            (1346000, 36, 107680), ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"])
D["e04"] = ("en", "services",
            ok(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=2000 / 3220000 * 100,
               liability_cap_pct=150, final_payment_on_acceptance=None, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3220000),
            None, [])
D["e05"] = ("en", "cloud",
            ok(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
               prepayment_pct=(96000 + 410000) / 916000 * 100, final_payment_on_acceptance=None,
               auto_renewal_price_increase=True, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=916000),
            None, ["CR-AUTO-RENEWAL", "CR-PREPAYMENT"])

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(value, tco):
    base, wm, fee = tco
    assert fee == round(fee) and base > 0
    post_years = max(0.0, 5 - wm / 12)
    fees = fee * post_years
    return fees / (value + fees) * 100


def derive(t, x, tco):
    """My reading of policy §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(x["contract_value"], tco) > 40:
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


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])0\.05(?![\d])", r"万分之五(?![十百])", r"千分之零点五",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之一?百",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|个?小时)", r"\bfour\s*(?:-\s*)?hours?",
    r"(?<![一二三四五六七八九十两])四个?小时",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"\btwelve\s*(?:-\s*)?months?", r"(?<![一二三四五六七八九十])十二个?月",
    r"(?<![\d.])5\s*(?:-\s*)?years?", r"\bfive\s*(?:-\s*)?years?", r"(?<![一二三四五六七八九十〇零])五年",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%",
            "百分之四十", "100%", "百分之百", "4 hours", "4小时", "四小时", "four hours", "12 months", "12个月",
            "十二个月", "twelve months", "5 years", "five years", "五年", "4-hour", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "14小时", "0.055%", "万分之五十", "130%", "35%", "115%", "1,000%",
             "45%", "24小时", "二十四小时", "112 months", "24个月", "二十五年", "25 years", "1.5 years", "0.5%",
             "150%", "400%", "2025年", "4.2万条", "2027年12月31日"]


def hits(s):
    return [m.group(0) for rx in RX for m in rx.finditer(s)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    lang, cat, t, x, tco, _ = D[key]
    rules = derive(t, x, tco)
    lab = {"file": FILES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
           "expected_rules": rules}
    return json.dumps(lab, ensure_ascii=False, indent=1)


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    selftest()
    covered = set()
    bad = []
    for key in FILES:
        lang, cat, t, x, tco, design = D[key]
        path = OUT / FILES[key]
        text = read_back(path)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)]
        found = sorted({h for v in variants for h in hits(v)})
        for k, th in THRESH.items():
            v = t[k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        share = tco_share(x["contract_value"], tco) if tco else None
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        rules = derive(t, x, tco)
        covered |= set(rules)
        print(f"{key} {FILES[key]:62s} len={n:5d} tco={'-' if share is None else f'{share:.1f}%'} "
              f"risk={risk(rules)} rules={','.join(r[3:] for r in rules) or '(none)'} hits={found}")
        if not lo <= n <= hi:
            bad.append((key, "length", n))
        if found:
            bad.append((key, "threshold text", found))
        if rules != sorted(design):
            bad.append((key, "rules", rules, sorted(design)))
        (OUT / (path.stem + ".json")).write_text(label_json(key), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    print("coverage:", len(covered), "of", len(ALL_RULES), "missing:", missing)
    assert not missing
    assert not bad, bad
    print("all checks passed")
