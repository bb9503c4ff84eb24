"""holdout924: builds the two .docx and two .pdf drafts from the sources below (via ../word_pdf.py), writes the ten
.json labels, and asserts the checks of the brief:
- every draft's text length, as read back from the built file, lies in its range;
- no label value equals a policy threshold, no TCO service share lies within 2 points of 40 %;
- no text states a threshold figure (regex scan, self-tested, of the raw, whitespace-collapsed and whitespace-free text);
- each draft's rules, derived from its label with my reading of policy section 3, equal the design list;
- all 20 CR rules fire at least once; price and payment sums add up.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import math
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H924Z01 = """
T:废旧家电回收服务平台建设项目合同书
P:项目编号：QZSW-GK-2026-0319    采购方式：公开招标
P:甲方（采购人）：清洲市商务局
P:乙方（中标供应商）：江苏绿环数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就清洲市废旧家电回收服务平台建设项目达成如下协议。
H:第一条 项目内容
P:1.1 乙方向甲方提供"绿环回收"平台软件许可一套（永久许可，不限用户数），包括回收网点管理、回收预约、上门回收调度、回收量统计四个标准模块。
P:1.2 乙方按甲方需求进行定制开发，内容包括：以旧换新补贴核算与发放模块、废旧家电从回收到拆解企业的全程溯源模块、面向市民的预约小程序、与省商务厅以旧换新监管平台及本市政务数据共享平台的接口。
P:1.3 乙方负责平台在本市政务云上的部署实施、历史回收台账数据导入和用户培训。
P:1.4 平台应满足招标文件技术需求书及乙方投标文件中的全部技术指标。投标文件承诺优于招标文件要求的，以投标文件为准。
H:第二条 合同价款
P:2.1 合同总价为人民币1,540,000元（大写：壹佰伍拾肆万元整），含税，为固定总价。
P:2.2 价款构成：平台软件许可费780,000元；定制开发费646,000元；部署实施费88,000元；培训费26,000元。
P:2.3 合同总价已包含乙方完成本项目所需的全部费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函，甲方在收到保函及发票后十个工作日内支付合同总价的20%，即308,000元。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即693,000元。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即539,000元。
P:3.4 乙方应在每次付款前向甲方开具合法有效的增值税发票。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成部署、定制开发和数据导入，并提交初步验收申请。
P:4.2 初步验收通过后进入两个月的试运行期。试运行期间出现一级故障的，试运行期自故障修复之日起重新计算。
P:4.3 乙方应派驻不少于三名实施人员在甲方现场工作，项目经理须为投标文件中列明的人员，未经甲方书面同意不得更换。
P:4.4 甲方负责提供政务云资源、网络接入条件和历史回收台账数据，协调省商务厅及市大数据管理部门提供接口规范，并指定项目联系人配合需求调研和测试。
P:4.5 乙方应在实施前提交详细实施方案和进度计划，经甲方确认后执行，并每周向甲方报告项目进展、存在问题和下周计划。
H:第五条 验收
P:5.1 初步验收标准：全部功能按技术需求书逐项测试通过；与省监管平台、市政务数据共享平台接口联调成功，数据连续五个工作日推送无差错；历史台账数据导入后与原始台账核对一致；在一千名用户并发访问时，页面平均响应时间不超过三秒。
P:5.2 最终验收标准：试运行期内无一级故障；补贴核算结果经甲方抽查与人工核算一致；第三方机构出具的网络安全等级保护测评报告无高风险问题；技术文档、源代码和操作手册交付齐全。
P:5.3 验收由甲方组织，必要时可邀请专家参加，验收合格后双方签署验收报告。平台部署、上线或甲方开始使用，均不代表验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口维护和技术支持。
P:6.2 平台月可用率不低于99.95%，计划维护须提前三个工作日经甲方同意并在夜间进行。
P:6.3 故障响应：一级故障（平台不可用或补贴核算错误）三十分钟内响应，两小时内到达现场，八小时内恢复；二级故障两小时内响应，一个工作日内解决；三级故障三个工作日内解决。
P:6.4 乙方应每季度向甲方提交运行维护报告，内容包括平台运行情况、故障处理记录和优化建议。
P:6.5 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过70,200元，该标准在质保期满后三年内不作上调。
P:6.6 乙方应为甲方及各区县商务部门、回收网点人员提供不少于三期的集中培训，并提供操作视频和培训教材；质保期内新增用户的培训由乙方免费提供。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的模块、小程序、接口程序及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和继续开发。
P:7.3 乙方保证其提供的软件不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的回收台账、补贴发放信息、市民预约信息等全部数据归甲方所有，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级的要求落实安全措施，对市民身份证号、手机号、银行账号等个人信息加密存储、脱敏显示；运维操作须通过甲方堡垒机进行，并保存操作日志不少于六个月。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在一小时内报告甲方，配合调查处置，并承担因此给甲方造成的全部损失。
P:8.4 合同终止或质保期届满时，乙方应向甲方完整移交平台数据、账号和密钥，并删除其持有的全部甲方数据副本，向甲方出具书面确认。
H:第九条 保密
P:9.1 乙方对在履行合同中知悉的甲方工作秘密、政务数据和未公开的政策信息承担保密义务，未经甲方书面同意不得以任何形式向第三方披露。
P:9.2 保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方未按第四条约定时间完成部署或未按期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的平台不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十一条 分包
P:本项目不允许分包。乙方不得将本项目的全部或部分工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有严重违约行为，经甲方书面通知后十五日内未改正的，甲方有权解除本合同，并要求乙方承担违约责任。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。双方因履行本合同发生争议的，应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
P:14.2 双方的通知应以书面形式送达本合同载明的地址，一方变更联系方式的应及时书面通知对方。
P:14.3 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:签订日期：                        签订日期：
"""

H924Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：HJ-SB-2027-006
P:甲方：佛山恒久仓储货架制造有限公司
P:乙方：广州启衡自动化工程有限公司
P:甲方辊压成型、冲孔、焊接及喷涂共六条货架生产线的控制系统已运行多年，故障频发，备件停产。为提高生产效率和设备可靠性，甲方委托乙方对上述生产线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线控制系统的设计、供货、安装、编程、调试和培训，包括更换PLC控制柜、伺服驱动及电机、触摸屏，新建车间工业网络，并部署产线监控软件，实现设备状态、产量、能耗和故障信息的集中采集与显示。
P:1.2 乙方应在停线改造前完成现场勘查，提交改造设计方案、电气图纸和停线计划，经甲方书面确认后实施。每条生产线的停线时间不超过十个自然日。
P:1.3 乙方编写的PLC控制程序、触摸屏画面程序和监控软件组态文件，应满足甲方提出的工艺要求，并在改造后保留原有的安全联锁功能。
P:1.4 改造后各生产线应具备与甲方现有ERP系统对接的数据接口，按班次上传产量和设备状态数据；接口规范由甲方信息部门提供，乙方负责接口开发和联调。
H:第二条 合同价格
P:2.1 合同总价为人民币2,380,000元（大写：贰佰叁拾捌万元整），含税，明细如下：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|PLC控制柜|含PLC、I/O模块、柜体及柜内电气|6套|168,000|1,008,000
TB:2|伺服驱动及电机|含编码器电缆|48套|9,800|470,400
TB:3|触摸屏（HMI）|15英寸工业触摸屏|12台|12,600|151,200
TB:4|工业以太网交换机|千兆环网，含光模块|8台|14,500|116,000
TB:5|产线监控软件许可|永久许可，六条产线|1套|301,200|301,200
TB:|设备及软件小计|||2,046,800
TB:6|安装调试及停线改造|含拆除、布线、编程、调试|1项|286,000|286,000
TB:7|培训及技术文档||1项|47,200|47,200
TB:|合计|||2,380,000
P:2.2 上述价格包含设备运至甲方工厂的运费、保险、安装材料及乙方人员的全部费用。
P:2.3 乙方保证所供设备均为全新、原厂正品，并随货提供合格证、说明书和原厂质保证明。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方向乙方支付合同总价的10%作为预付款，即238,000元。
P:3.2 设备全部到货并经甲方开箱清点后，甲方支付合同总价的35%，即833,000元。到货清点仅确认数量和外观，不代表质量验收。
P:3.3 六条生产线全部改造完成并通过终验后，甲方支付合同总价的50%，即1,190,000元。
P:3.4 余款5%即119,000元作为质量保证金，在质保期满且无未决质量问题后支付。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，并按双方确认的停线计划逐条改造，全部改造应在合同生效后一百五十日内完成。
P:4.2 乙方每延迟一日，按合同总价的千分之一向甲方支付违约金。违约金累计不超过合同总价的10%。
P:4.3 甲方负责按停线计划安排生产，提供改造所需的电源、压缩空气、吊装设备和临时存放场地，并指定设备部门负责人配合乙方工作。
P:4.4 乙方人员在甲方厂区施工，应遵守甲方的安全生产管理制度，办理动火、登高和断电作业审批，穿戴劳动防护用品。因乙方违规作业造成的人身伤害和财产损失，由乙方承担。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，标准为：全部I/O点位逐一测试正确；安全联锁及急停功能全部有效；连续七十二小时带料生产无停机故障；生产节拍不低于改造前实测值。
P:5.2 六条生产线均通过单线验收，且监控软件完成产量、能耗和故障数据采集，与车间报表核对一致后，进行终验。终验合格后双方签署终验报告。
P:5.3 设备到货、安装完成或甲方投入生产使用，均不视为终验合格。
H:第六条 质保及维保服务
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内，乙方免费提供硬件更换、软件缺陷修复和技术支持。
P:6.2 一级故障（整条生产线停机）乙方应在一小时内响应，八小时内到达现场；二级故障（单台设备或部分功能异常）两小时内响应，二十四小时内到达现场。
P:6.3 乙方响应或到场每迟延一小时，向甲方支付800元，该款项可从质量保证金或应付维保费中直接扣除。乙方每季度应提交一次维护记录。
P:6.4 质保期满后，乙方提供维保服务，内容包括定期巡检、备件更换、程序维护和软件升级。维保年费按设备及软件小计的28%计取，即每年573,104元，在质保期满后四年内保持不变，按年度结算。
P:6.5 乙方应在终验前向甲方移交一套易损件备件，并在质保期内保证常用备件的库存，备件停产的应提前六个月通知甲方并提供替代方案。
P:6.6 乙方应对甲方电工和设备操作人员进行不少于五天的培训，内容包括设备操作、程序备份、常见故障诊断与处理，培训后由乙方出具考核记录。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC控制程序、触摸屏画面程序、组态文件及其源代码和电气图纸，所有权和知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:7.2 产线监控软件的知识产权归软件权利人所有，甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 生产线运行中产生的产量、工艺参数、能耗和故障数据归甲方所有，乙方不得复制或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方指定的VPN接入，每次维护结束后关闭账号；不得在工业网络中接入未经甲方许可的设备。
P:8.3 因乙方原因造成数据泄露、程序被篡改或网络安全事件的，乙方应在两小时内通知甲方并承担全部责任。
P:8.4 乙方应对其接入甲方工业网络的调试电脑进行病毒查杀，不得使用未经授权的软件；维保服务结束时，应删除其留存的甲方程序备份和生产数据。
H:第九条 保密
P:双方对在合作中知悉的对方技术资料、工艺参数及经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后五年。
H:第十条 分包
P:乙方可将电气安装施工和布线工程分包给具备相应资质的施工单位，但应提前三日书面通知甲方。乙方对分包单位的工作向甲方承担全部责任。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面通知后十日内未纠正的，或违约金达到累计上限的，甲方有权解除本合同，并要求乙方赔偿损失。
P:合同解除的，乙方应配合甲方恢复生产线运行，已交付设备和程序的处理由双方另行协商确定。
H:第十二条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任，履行期限相应顺延。
H:第十三条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十四条 其他
P:本合同附件包括：附件一《改造技术方案》，附件二《停线计划》，附件三《设备清单及技术参数》，附件四《验收测试大纲》。附件与合同具有同等效力。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

H924E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DLS-CN-2027-014
P:This Agreement is made between Hefei Qinghe Home Appliances Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province (the "Customer"), and Donegal Lakeside Software Limited, a company incorporated in Ireland with its registered office at Port Road, Letterkenny, County Donegal, Ireland (the "Vendor").
P:The Customer operates four assembly plants for refrigerators and washing machines and wishes to replace its paper-based maintenance records with a computerised maintenance management system. The Vendor has developed the AssetWise maintenance management software and offers the related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AssetWise Enterprise software in object code, version 9, with the modules listed in Annex 1, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile forms, data migration scripts, configuration sets and documentation developed by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the course of the Customer's operations, including asset registers, work orders, spare-parts records and maintenance histories.
P:1.4 "Final Acceptance" means the written confirmation by the Customer under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at its four plants and head office for up to 450 named users, for its own business purposes and those of its subsidiaries in mainland China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Additional users may be ordered at the unit price stated in Annex 2 for a period of three years after Final Acceptance.
P:2.3 The Software remains the property of the Vendor. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 1, including process design workshops, configuration of the Software for the four plants, migration of the existing asset and spare-parts records, and user training.
P:3.2 The Vendor shall develop interfaces between the Software and the Customer's ERP system, its production data collection system and its building management system, as specified in Annex 1.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the key personnel named in Annex 1 on the project until Final Acceptance, unless the Customer agrees in writing to a replacement.
H:Article 4 Price and Payment
P:4.1 The total price under this Agreement is CNY 1,920,000 (the "Contract Price"), inclusive of VAT, made up as follows: Licence Fee CNY 1,260,000; implementation services CNY 418,000; interface development CNY 196,000; training CNY 46,000.
P:4.2 The Contract Price is payable as follows: (a) 20% (CNY 384,000) within 30 days after signature of this Agreement, against the Vendor's invoice; (b) 45% (CNY 864,000) within 30 days after the Customer signs the go-live certificate for all four plants; and (c) 35% (CNY 672,000) within 30 days after Final Acceptance.
P:4.3 The Vendor shall issue valid VAT invoices through its appointed reseller in China. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software within 20 days after signature and shall achieve go-live at all four plants within 150 days after signature, following the project plan in Annex 1.
P:5.2 The acceptance criteria are: (a) all functions in the requirements list in Annex 1 pass the agreed test scripts; (b) migrated asset and spare-parts records reconcile line by line with the source records; (c) each interface transfers data without error for ten consecutive working days; (d) screen response time is below three seconds for 200 concurrent users; and (e) no Severity 1 defect occurs during a production run of 45 days after go-live.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within ten working days. Delivery, installation, go-live or productive use of the Software does not constitute acceptance.
P:5.4 If the criteria are not met, the Vendor shall remedy the defects within 20 days and repeat the tests. If the criteria are still not met after two repetitions, the Customer may terminate this Agreement under Article 12.
H:Article 6 Delay
P:6.1 If the Vendor fails to achieve go-live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:6.2 Liquidated damages under Article 6.1 shall not exceed 10% of the Contract Price in total. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide remote and on-site support free of charge.
P:7.2 The Vendor shall respond to a Severity 1 defect (the Software is unavailable or maintenance work orders cannot be issued at a plant) within one hour, at any time, and shall provide a workaround within eight hours. Severity 2 defects shall be answered within two hours during business hours and resolved within three working days.
P:7.3 For each hour by which the Vendor exceeds a response or workaround time for a Severity 1 defect, the Vendor shall credit the Customer CNY 1,000, to be deducted from the next amount due or paid on demand.
P:7.4 After the Warranty Period, the Vendor shall provide annual support, including updates, new versions and the support levels in Article 7.2, at an annual fee of 10.5% of the Licence Fee (CNY 132,300 per year). This fee is fixed for four years after the end of the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Custom Deliverables, including their source code, belong to the Customer upon creation. The Customer may use, modify and license them to third parties without restriction. The Vendor shall deliver the source code and build instructions at Final Acceptance.
P:8.2 The Vendor warrants that the Software and the Custom Deliverables do not infringe third-party rights and shall indemnify the Customer against any claim of infringement.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only as needed to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:9.2 The Software is installed on the Customer's servers in China. The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, for each session approved by the Customer, and shall not copy Customer Data outside the Customer's systems. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall cooperate in the investigation and remediation, and is liable for all loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, shall use it only to perform this Agreement, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for five years after termination.
H:Article 11 Liability and Subcontracting
P:11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price, except for infringement under Article 8.2, breach of Articles 9 and 10, personal injury and wilful misconduct, which are not limited.
P:11.2 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate this Agreement if the acceptance criteria are not met as described in Article 5.4, or if liquidated damages reach the maximum in Article 6.2. In that case the Vendor shall refund the amounts paid, less the Licence Fee for any licence the Customer elects to keep.
H:Article 13 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Ireland.
P:14.2 The courts of Ireland have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope, Project Plan and Acceptance Tests) and Annex 2 (Price List), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese; both versions are equally authentic.
P:Signed for the Customer: ____________________     Signed for the Vendor: ____________________
"""

H924E03 = """
T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND MONITORING SOFTWARE
P:Contract No. WHC-PUR-2027-0058
P:Buyer: Anhui Wanhe Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Hainaut Vibra Systems SA, Rue des Sarts, 7000 Mons, Belgium (the "Supplier"), acting through its registered branch in Shanghai for local invoicing and services.
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates two clinker production lines and a cement grinding plant and wishes to monitor the condition of its kiln drives, mills, fans and conveyors continuously. The Supplier will supply wireless vibration and temperature sensors, gateways and its monitoring software, and will install and commission the system.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the price table in clause 3.
P:1.2 "Software" means the VibraSight monitoring software, licensed under clause 4, including its analytics engine, alarm management and reporting modules.
P:1.3 "Deliverables" means the asset models, alarm thresholds, analytics rules, dashboards, interface programs and documentation prepared by the Supplier for the Buyer under this Contract.
P:1.4 "Buyer Data" means all measurements, alarms, reports and other data collected from the Buyer's plant or generated by the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 240 wireless sensors on 310 monitored points across the plant, 16 gateways, and the Software on the Buyer's servers, and shall connect the Software to the Buyer's distributed control system and computerised maintenance system.
P:2.2 The Supplier shall carry out a site survey and submit an installation plan, including the mounting position of each sensor, for the Buyer's approval before installation. Installation work in running areas shall be coordinated with the Buyer's production department.
P:2.3 The Supplier shall train the Buyer's maintenance engineers and operators as described in clause 9.
P:2.4 The Supplier shall provide, with the Equipment, the certificates of origin, test reports and explosion-protection certificates for each sensor type, and the Chinese radio type approval for the gateways and sensors.
H:3. Price
P:3.1 The total contract price is CNY 2,280,000 (the "Contract Price"), including VAT, delivery to the Buyer's plant, installation materials and all travel costs, as set out below.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated, with mounting kit|240|4,650|1,116,000
TB:2|Industrial gateway with redundant power supply|16|18,500|296,000
TB:3|VibraSight software licence, perpetual, up to 400 assets|1|548,000|548,000
TB:|Hardware and Licence Subtotal|||1,960,000
TB:4|Installation and cabling|1 lot|186,000|186,000
TB:5|Commissioning, asset modelling and interface configuration|1 lot|98,000|98,000
TB:6|Training|1 lot|36,000|36,000
TB:|Contract Price|||2,280,000
P:3.2 The prices are fixed and are not subject to change for exchange rate movements or any other reason.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the monitoring of its plants in Wuhu, with no limit on the number of users.
P:4.2 The Buyer may install the Software on production, test and backup servers and may transfer the licence to an affiliate that takes over the plant.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 228,000) within 15 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 1,254,000) within 30 days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance of the system.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 798,000) within 30 days after Final Acceptance under clause 7.
H:6. Delivery and Delay
P:6.1 The Supplier shall deliver all Equipment within 60 days after signature and shall complete installation and commissioning within 120 days after signature.
P:6.2 For each day of delay in delivery or in reaching Final Acceptance attributable to the Supplier, the Supplier shall pay the Buyer liquidated damages of 0.1% of the Contract Price. Such damages are capped at 10% of the Contract Price. If that cap is reached, the Buyer may terminate this Contract under clause 14.
H:7. Acceptance
P:7.1 Final Acceptance requires that: (a) every sensor transmits readings to the Software at the configured interval, without any gap in the data longer than one hour over 30 consecutive days; (b) readings of 20 sample points, selected by the Buyer, agree with the Buyer's portable reference analyser within the tolerance stated in the technical specification; (c) alarms are delivered to the distributed control system and the maintenance system within ten seconds in a witnessed test; and (d) all Deliverables and documentation have been handed over.
P:7.2 The Buyer shall carry out the acceptance tests with the Supplier and sign a Final Acceptance certificate within ten working days after the criteria are met. Delivery, installation, commissioning or use of the system by the Buyer does not constitute acceptance.
P:7.3 If the criteria are not met, the Supplier shall remedy the defects within 15 days and the tests shall be repeated at the Supplier's cost.
H:8. Warranty and Support
P:8.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries, correct Software defects and supply all updates free of charge.
P:8.2 For a Priority 1 fault (the Software is unavailable or alarms are not transmitted for a production line) the Supplier shall respond within 30 minutes, shall have an engineer on site within 24 hours if a remote fix is not possible, and shall restore service within 48 hours. Priority 2 faults shall be answered within two hours and fixed within five working days.
P:8.3 For each hour by which the Supplier exceeds the Priority 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due.
P:8.4 After the warranty period, the Supplier shall offer annual support with the same scope and service levels at 7% of the Hardware and Licence Subtotal per year (CNY 137,200), fixed for three years after the warranty period. Support is ordered by separate purchase order each year and does not renew automatically.
P:8.5 The Supplier shall keep spare sensors and gateways in stock in China for at least seven years after Final Acceptance and shall inform the Buyer in writing at least six months before any model is discontinued, offering a compatible replacement.
H:9. Training
P:9.1 The Supplier shall provide three days of training for up to 20 maintenance engineers at the Buyer's plant, covering sensor replacement, alarm review and basic vibration analysis, and one day of training for system administrators.
P:9.2 Training materials shall be provided in Chinese and may be copied freely for the Buyer's internal use.
H:10. Intellectual Property
P:10.1 The Deliverables belong to the Buyer upon creation. The Buyer may use, modify and license them to others freely. The Supplier shall hand over the Deliverables in editable form at Final Acceptance.
P:10.2 The Software remains the property of the Supplier, licensed to the Buyer under clause 4.
H:11. Data Protection and Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including the training of its analytics models.
P:11.2 The Software is installed in the Buyer's data centre. The Supplier's remote access is permitted only through the Buyer's jump server, for approved sessions, and all access is logged. Gateways shall use encrypted communication, and default passwords shall be changed at commissioning.
P:11.3 The Supplier shall report any security incident affecting Buyer Data or the Buyer's control network within two hours and is liable for losses caused by its breach of this clause.
H:12. Confidentiality
P:Each party shall keep confidential the other party's non-public technical and business information received under this Contract and shall not disclose it to third parties without prior written consent, for five years after the end of this Contract.
H:13. Liability and Subcontracting
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 11 and 12, which are not limited.
P:13.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors act under the Supplier's full responsibility.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or in the case described in clause 6.2.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the payments received for undelivered or rejected items and compensate the Buyer's loss.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.
H:16. General
P:16.1 This Contract is made in English and Chinese, and both versions have equal force. The technical specification and the Supplier's offer dated 9 January 2027 are annexed to this Contract.
P:16.2 This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________     For the Supplier: ____________________
"""

SOURCES = {"z01": H924Z01, "z02": H924Z02, "e01": H924E01, "e03": H924E03}
TARGETS = {"z01": ("h924z01_commerce_bureau_appliance_recycling_platform.pdf", "pdf"),
           "z02": ("h924z02_racking_plant_line_control_retrofit.docx", "docx"),
           "e01": ("h924e01_appliance_maker_maintenance_software_perpetual_licence.pdf", "pdf"),
           "e03": ("h924e03_cement_plant_condition_monitoring_sensors.docx", "docx")}
FILES = {
    "z01": "h924z01_commerce_bureau_appliance_recycling_platform.pdf",
    "z02": "h924z02_racking_plant_line_control_retrofit.docx",
    "z03": "h924z03_dodgeball_chain_booking_membership_saas.txt",
    "z04": "h924z04_housing_bureau_garage_flood_monitoring_om.txt",
    "z05": "h924z05_fruit_carving_studio_tracking_software_supplier_template.md",
    "e01": "h924e01_appliance_maker_maintenance_software_perpetual_licence.pdf",
    "e02": "h924e02_hotel_group_learning_saas_order_form.md",
    "e03": "h924e03_cement_plant_condition_monitoring_sensors.docx",
    "e04": "h924e04_apparel_managed_end_user_it_services_36_months.md",
    "e05": "h924e05_shipping_agency_vessel_data_api_subscription.txt",
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


# design: category, terms, extra (without contract_value), contract value, price items, payment parts, fee base
# (goods only), forum outside mainland, design rules, design risk
D = {
    "z01": dict(cat="software", cv=1540000, items=[780000, 646000, 88000, 26000], pays=[308000, 693000, 539000],
                fee_base=780000, fee_amount=70200,
                terms=T(99.95, 0.5, False, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, True,
                        False, "PRC", G),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False),
                rules=["CR-LD-LOW", "CR-SLA-NO-REMEDY"], risk="medium"),
    "z02": dict(cat="hardware", cv=2380000, items=[1008000, 470400, 151200, 116000, 301200, 286000, 47200],
                pays=[238000, 833000, 1190000, 119000], fee_base=1008000 + 470400 + 151200 + 116000 + 301200,
                fee_amount=573104,
                terms=T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True,
                        True, "PRC", G),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False),
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], risk="high"),
    "z03": dict(cat="cloud", cv=702000, items=[294000, 294000, 96000, 18000], pays=[96000 + 18000, 294000, 294000],
                terms=T(99.5, 0.5, True, "buyer", True, True, True, 0.08, 6 / 24 * 100, None, True, None, None, None,
                        True, True, False, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], risk="medium"),
    "z04": dict(cat="services", cv=486000, items=[486000], pays=[121500] * 4,
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                        True, False, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=[], risk="low"),
    "z05": dict(cat="software", cv=268000, items=[138000, 112000, 18000], pays=[174200, 93800],
                fee_base=138000, fee_amount=None,
                terms=T(None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False,
                        True, None, None, G),
                extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                           acceptance_deemed_on_delivery=True),
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                risk="high"),
    "e01": dict(cat="software", cv=1920000, items=[1260000, 418000, 196000, 46000], pays=[384000, 864000, 672000],
                fee_base=1260000, fee_amount=132300,
                terms=T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 10.5, False, True,
                        False, "Ireland", G),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False),
                rules=["CR-GOVERNING-LAW"], risk="low", forum_outside=True),
    "e02": dict(cat="cloud", cv=576400, items=[172800, 172800, 172800, 58000], pays=[58000, 172800, 172800, 172800],
                terms=T(99.95, 0.5, True, "buyer", False, True, True, 500 / 576400 * 100, 9 / 36 * 100, None, True,
                        None, None, None, False, True, False, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], risk="high"),
    "e03": dict(cat="hardware", cv=2280000, items=[1116000, 296000, 548000, 186000, 98000, 36000],
                pays=[228000, 1254000, 798000], fee_base=1116000 + 296000 + 548000, fee_amount=137200,
                terms=T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True,
                        False, "PRC", G),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False),
                rules=[], risk="low"),
    "e04": dict(cat="services", cv=2960000, items=[134000] + [78500] * 36, pays=[134000] + [78500] * 36,
                terms=T(None, 0.25, True, "buyer", True, True, True, 2000 / 2960000 * 100, 125, None, True, None,
                        None, None, False, False, True, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=["CR-SUBCONTRACT", "CR-TERMINATION"], risk="medium"),
    "e05": dict(cat="cloud", cv=978000, items=[468000, 468000, 42000], pays=[468000, 468000, 42000],
                terms=T(99.5, 1, True, "buyer", True, True, False, 700 / 978000 * 100, 150, None, True, None, None,
                        None, False, True, False, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], risk="medium"),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy thresholds (defaults of the shipped pack)
TH = dict(availability=99.9, p1_hours=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, years=5)


def tco_share(d):
    """Policy section 4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years (pro rata),
    fee base = the itemised licence / hardware subtotal. None when the fee is not a capped figure."""
    t, x = d["terms"], d["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] \
            or t["warranty_months"] is None:
        return None
    post_years = max(0.0, TH["years"] - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (d["cv"] + fees) * 100


def derive_rules(d):
    t, x = d["terms"], d["extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(d)
    if share is not None and share > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---- threshold-figure scan ----
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent)"
PATTERNS = [
    NUM + r"99\.90*(?!\d)",                                              # availability 99.9 %
    NUM + r"4(?:\.0+)?\s*-?\s*(?:hours?|hrs?\b|个?小时)",                    # 4 hours
    r"(?<![二十])四\s*个?\s*小时", r"(?<!twenty)(?<!twenty-)(?<!twenty\s)four\s*(?:\(4\)\s*)?-?\s*hours?",
    NUM + r"0?\.050*" + PCT, r"万分之五(?![十])", r"千分之零点五",             # LD 0.05 % per day
    NUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",   # cap 100 %
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent", r"三成",  # prepayment
    NUM + r"12\s*-?\s*(?:months?|个月)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",  # warranty 12 months
    r"(?<![每第逐十])一年(?!级)", r"(?<![a-z])(?:one|1)\s*(?:\(1\)\s*)?-?\s*year(?!s)",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s*per\s*cent",          # post-warranty fee 15 %
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",  # TCO share 40 %
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "不低于99.9％", "4 hours", "within 4 hrs", "4小时", "四小时", "4 个小时", "four hours",
            "four (4) hours", "0.05%", "0.05 per cent", "万分之五", "100%", "100 %", "百分之百", "one hundred per cent",
            "30%", "30 per cent", "百分之三十", "12 months", "12-month", "12个月", "十二个月", "twelve months",
            "one year", "one-year warranty", "质保期一年", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十",
            "forty per cent"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24 hours", "24小时", "二十四小时", "twenty-four hours", "14 hours",
             "0.08%", "万分之八", "万分之三", "150%", "125%", "130%", "35%", "45%", "65%", "140%", "115%", "百分之四十五",
             "12 hours", "2027年12月31日", "十二小时", "first Subscription Year", "each Subscription Year", "0.5%",
             "40 days", "30 days", "15 days", "100 users", "36 months", "18 months", "一小时", "第一年度", "1,400"]


def selftest():
    for s in MUST_HIT:
        assert any(rx.search(s) for rx in RX), "must hit: " + s
    for s in MUST_MISS:
        for v in (s, re.sub(r"\s+", "", s)):
            assert not any(rx.search(v) for rx in RX), "must miss: " + v


def read_back(name):
    p = OUT / name
    if p.suffix == ".docx":
        from docx import Document
        doc = Document(p)
        parts = [para.text for para in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if p.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    return p.read_text(encoding="utf-8")


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            m = rx.search(variant)
            if m:
                hits.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def label(key):
    d = D[key]
    extra = dict(d["extra"])
    extra["contract_value"] = d["cv"]
    return {"file": FILES[key], "language": "zh" if key.startswith("z") else "en", "category": d["cat"],
            "expected_terms": d["terms"], "expected_extra": extra, "expected_rules": d["rules"]}


def check_label_values(key):
    d = D[key]
    t = d["terms"]
    near = math.isclose
    for k, th in (("availability_pct", "availability"), ("p1_response_hours", "p1_hours"),
                  ("ld_rate_per_day_pct", "ld"), ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"),
                  ("warranty_months", "warranty"), ("post_warranty_fee_pct", "pwf")):
        if t[k] is not None:
            assert not near(t[k], TH[th], rel_tol=1e-9), (key, k, t[k])
    share = tco_share(d)
    if share is not None:
        assert abs(share - TH["tco"]) > 2, (key, share)
    if t["contract_kind"] == S:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        assert "post_warranty_fee_capped" not in d["extra"]
    else:
        assert "post_warranty_fee_capped" in d["extra"]
    assert sum(d["items"]) == d["cv"], (key, sum(d["items"]))
    assert sum(d["pays"]) == d["cv"], (key, sum(d["pays"]))
    if t["post_warranty_fee_pct"] is not None:
        assert abs(t["post_warranty_fee_pct"] / 100 * d["fee_base"] - d["fee_amount"]) < 0.01, key
    if t["prepayment_pct"] is not None:
        assert abs(d["pays"][0] / d["cv"] * 100 - t["prepayment_pct"]) < 1e-9, key
    return share


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    selftest()
    fired = set()
    for key in D:
        share = check_label_values(key)
        rules = derive_rules(D[key])
        assert rules == D[key]["rules"], (key, rules, D[key]["rules"])
        assert risk_of(rules) == D[key]["risk"], (key, risk_of(rules))
        if key == "z05":
            assert 8 <= len(rules) <= 10
        fired |= set(rules)
        lab = label(key)
        assert list(lab["expected_terms"]) == TERM_KEYS
        (OUT / (Path(FILES[key]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = read_back(FILES[key])
        if key.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = scan(text)
        print("%s  len %5d  rules %-70s risk %-6s tco %s" % (
            key, n, ",".join(r[3:] for r in rules) or "-", D[key]["risk"],
            "-" if share is None else "%.2f" % share))
        assert ok, (key, n)
        assert not hits, (key, hits)
    assert fired == set(SEVERITY), sorted(set(SEVERITY) - fired)
    assert sum(1 for k in D if not D[k]["rules"]) == 2
    print("all checks passed; rules fired:", len(fired))
