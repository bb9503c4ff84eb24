"""holdout505: builds the .docx/.pdf drafts from the markup below (word_pdf.write), writes the ten .json labels,
derives each draft's expected rules from its labels (own reading of policy.md §3), checks them against the design list,
asserts coverage of all 20 CR rules, measures the read-back lengths and scans every text for threshold figures."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H505Z01 = """
T:公务用车服务平台软件许可及定制开发合同
P:合同编号：JGSW-2026-CG-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市机关事务管理局　　地址：临川市政务中心东楼
P:乙方（供应商）：江城驭行信息技术有限公司　　地址：江城市高新区创业路88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就临川市公务用车服务平台建设事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求说明书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供公务用车服务平台软件（以下简称“平台”）的永久使用许可，并在平台上为甲方定制开发用车申请审批、车辆调度派单、北斗定位对接、维修保养管理、费用结算及统计分析等功能。
P:1.2 乙方负责将甲方现有车辆档案、驾驶员信息及历史派车记录迁移至平台，并完成与市政务服务统一身份认证、财政一体化系统的接口对接。
P:1.3 平台应支持电脑端、手机端及司机端小程序，并提供公车使用情况的月度、季度统计报表，满足公务用车制度改革监督检查要求。
P:1.4 平台部署于甲方指定的政务云资源上，覆盖全市82家市直单位、车辆436台、驾驶员318名。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,400,000元（大写：壹佰肆拾万元整），含税，包括软件许可、定制开发、数据迁移、接口对接、实施、培训及质保期内的全部服务费用。
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（含82个单位授权）|680,000
TB:2|定制开发（审批、调度、结算、统计）|520,000
TB:3|数据迁移及接口对接|140,000
TB:4|实施部署及培训|60,000
TB:合计|人民币壹佰肆拾万元整|1,400,000
P:2.2 除本合同另有约定外，甲方无需支付其他任何费用。合同履行期间，因政策调整导致的税率变化，按国家规定执行。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后10个工作日内，甲方支付合同总价的20%作为预付款，即280,000元。
P:3.2 平台通过初步验收后10个工作日内，甲方支付合同总价的45%，即630,000元。
P:3.3 平台通过最终验收后10个工作日内，甲方支付合同总价的35%，即490,000元。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方资金支付按财政国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成部署及定制开发并提交初步验收申请，初步验收通过后进入三个月试运行。
P:4.2 乙方应按甲方认可的实施计划推进，每两周提交一次进度报告，重大问题应及时书面报告甲方，并提出解决方案。实施期间，乙方人员应遵守甲方的办公及安全管理制度。
P:4.3 乙方应派驻项目经理1名、开发及实施人员不少于6名，项目经理未经甲方同意不得更换。
P:4.4 乙方应为各市直单位车管员、调度员及驾驶员提供集中培训不少于8场，并提供操作视频及常见问题手册。
P:4.5 甲方负责提供政务云资源、现有数据及必要的协调配合；因甲方原因造成延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：需求说明书所列功能全部实现；200个并发用户下页面响应时间不超过2秒；派单至司机端推送不超过5秒；迁移数据与原始档案逐条核对一致；接口联调记录完整。
P:5.2 最终验收标准：试运行期间无一级故障；第三方机构出具的安全测评报告无高风险项；用户手册、运维手册、源代码及部署文档已全部移交。
P:5.3 验收由甲方组织，乙方配合，双方签署验收报告。平台上线运行或甲方付款均不视为验收合格；验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护经甲方书面同意的除外）。
P:6.2 一级故障（平台整体不可用或派单中断）：乙方接到报修后30分钟内响应，2小时内到场，6小时内恢复；二级故障：1小时内响应，次工作日内解决。
P:6.3 响应或恢复每超时1小时，乙方按1,000元支付违约金；月度可用率每低于约定值0.01个百分点，乙方按2,000元支付违约金，甲方可从应付款项中直接扣除。
H:第七条 质量保证与后续维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:7.2 质保期满后，如甲方需要续购维护服务，年度维护费不超过平台软件许可费的10%，即每年不超过68,000元，且三个服务年度内不上调，具体由双方另行签订维护合同。维护合同不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为甲方定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
H:第九条 数据安全
P:9.1 平台中的车辆、驾驶员、行程及定位数据均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:9.2 乙方应落实网络安全等级保护要求，运维访问须经堡垒机审计，不得将数据带出政务云环境。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护服务结束时，乙方应将全部数据完整移交甲方，并删除其掌握的全部副本，出具书面删除确认。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、领导干部公务出行信息、单位车辆编制及经费数据负有保密义务，未经甲方书面同意不得向任何第三方披露，并应要求其项目人员签署保密承诺书。本保密义务不因合同终止而免除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 乙方交付的平台或服务不符合合同约定的，应免费修复或更换；造成甲方损失的，应予赔偿。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付利息。
H:第十二条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在不可抗力结束后15日内提供证明，相应部分的责任可予免除。
H:第十三条 分包与转让
P:本项目不得分包，乙方不得转让本合同项下的任何权利义务。
H:第十四条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，或逾期交付超过30日的，甲方有权解除合同并要求乙方赔偿损失。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。合同附件包括需求说明书、实施计划及验收方案。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市机关事务管理局　　乙方（盖章）：江城驭行信息技术有限公司
P:代表人签字：__________　　代表人签字：__________　　日期：2026年3月18日
"""

H505Z02 = """
T:涂布机控制系统改造及维保合同
P:合同编号：FY-SB-2026-0412
P:甲方（买方）：赣州锋源新能源科技有限公司　　地址：赣州市经济技术开发区迎宾大道216号
P:乙方（卖方）：常州智涂自动化有限公司　　地址：常州市武进区滆湖中路19号
P:鉴于甲方二号涂布车间现有两台挤压式涂布机控制系统老化、张力波动大、面密度一致性不足，甲方决定对其控制系统进行改造；乙方具备相应的设计、供货及调试能力。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:1. 改造范围
P:1.1 乙方负责两台涂布机（设备编号TB-201、TB-202）控制系统的设计、供货、拆除、安装、调试及培训，包括PLC及运动控制、放卷收卷张力控制、自动纠偏、面密度在线测量接口、HMI及上位机软件。
P:1.2 改造后控制系统应能与甲方现有MES系统对接，实时上传涂布速度、张力、烘箱温度、面密度等工艺参数及报警记录。
P:1.3 改造工作应在甲方安排的停机窗口内完成，每台设备停机时间不超过20天。
P:1.4 主要技术要求：控制系统采用国产中高端PLC及伺服驱动，涂布速度可调范围为每分钟5至80米；张力闭环控制，收放卷张力波动不超过±3%；纠偏精度±0.2毫米；面密度测量数据实时闭环调节模头间隙；HMI支持中文界面、配方管理、三级权限及操作日志。
P:1.5 乙方应提交改造方案、电气原理图、I/O清单及调试大纲，经甲方书面确认后方可实施。
H:2. 合同价格
P:2.1 本合同总价为人民币1,500,000元（含13%增值税），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC及伺服运动控制模块|2套|486,000
TB:2|张力及自动纠偏控制系统|2套|312,000
TB:3|面密度在线测量接口模块|2套|228,000
TB:4|HMI及上位机软件永久许可|2套|196,000
TB:软硬件小计|||1,222,000
TB:5|拆除、安装及联机调试||248,000
TB:6|操作及维护培训||30,000
TB:合计|||1,500,000
P:2.2 上述价格包含运输、保险、安装、调试、培训及质保期内服务费用。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即300,000元，作为预付款。
P:3.2 全部设备到货并经甲方开箱清点后10个工作日内，甲方支付合同总价的35%，即525,000元。到货清点不视为验收。
P:3.3 两台设备均通过最终验收后15个工作日内，甲方支付合同总价的45%，即675,000元。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:4. 交货与工期
P:4.1 乙方应在合同生效后45日内将全部硬件运至甲方工厂。
P:4.2 第一台设备应在停机窗口开始后20日内完成改造并恢复生产，第二台设备在第一台通过预验收后安排改造。
P:4.3 乙方应派驻具有锂电涂布设备调试经验的电气工程师不少于3名，现场负责人未经甲方同意不得更换。乙方人员进入车间应遵守甲方防尘、防静电及动火作业审批制度，因乙方人员违章造成的安全事故由乙方负责。
P:4.4 甲方负责提供停机窗口、现场水电、吊装配合及工艺参数；乙方应遵守甲方洁净车间及安全生产管理规定。
P:4.5 培训：乙方应在甲方现场为设备操作工、工艺员及电气维修人员分别提供培训，累计不少于6天，培训后进行考核，确保甲方维修人员能够独立完成常见故障处理、参数备份及程序恢复。
P:4.6 技术资料：乙方应随设备交付电气图纸、PLC及HMI源程序、参数清单、备件清单、操作及维护手册各两套（含电子版）。
H:5. 验收
P:5.1 每台设备改造完成后，双方按技术协议进行预验收，内容包括I/O点检、报警联锁测试及空载、带料试运行。
P:5.2 最终验收标准：连续72小时满负荷生产无停机故障；涂布速度不低于每分钟60米；收放卷张力波动不超过±3%；面密度CPK不低于1.33；MES工艺参数及报警记录连续上传无缺失；图纸、程序备份及操作手册已移交。
P:5.3 最终验收由甲方设备部、工艺部及质量部共同进行，签署验收报告后方为合格。设备投入生产或甲方付款均不视为验收合格。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并提供软件缺陷修复。
P:6.2 一级故障（涂布机因控制系统停机）：乙方接到报修后30分钟内远程响应，8小时内到达现场；二级故障（局部功能异常）：2小时内响应，次日内处理完毕。
P:6.3 响应或到场每超时1小时，乙方按800元向甲方支付违约金，甲方可在应付款项中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的9%，即每年109,980元，三个服务年度内不上调，按服务年度结束后支付。维保合同到期后不自动续期，续签由双方另行协商。
P:6.5 乙方应保证备品备件供应不少于八年，并在甲方工厂常备伺服驱动器、张力传感器、通讯模块等关键备件。质保期内每季度进行一次预防性巡检，并出具巡检报告。
H:7. 知识产权
P:7.1 PLC程序、HMI画面、MES接口程序及为本项目编制的工艺配方模板，其知识产权归甲方所有，乙方应交付完整源程序及注释，甲方可自行或委托他人修改、复制及用于其他涂布设备。
P:7.2 乙方原有的上位机软件产品知识产权仍归乙方，甲方享有永久使用许可。
H:8. 数据安全与保密
P:8.1 设备运行数据、工艺参数及配方归甲方所有，乙方仅可为履行本合同使用。
P:8.2 乙方远程维护须经甲方书面审批并通过甲方指定的安全通道进行，不得拷贝或外传甲方数据；发生数据泄露的，乙方应立即报告并承担赔偿责任。
P:8.3 双方对履约中获知的对方技术资料及商业信息负有保密义务，保密期至合同终止后三年。
H:9. 分包
P:乙方可将现场电气安装、布线等辅助工作分包给具备资质的第三方，但应提前书面通知甲方，并对分包方的工作质量及安全承担全部责任。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三支付违约金。
P:10.2 乙方提供的设备或软件不符合约定的，应免费更换或整改；给甲方造成停产损失的，应予赔偿。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.4 因不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，相应责任可予免除，但应采取合理措施减少损失。
H:11. 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，或改造后设备连续两次验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:12. 法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交赣州仲裁委员会仲裁。
H:13. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议、改造方案及验收大纲为本合同附件，与本合同具有同等效力；本合同未尽事宜，双方可另行签订补充协议。
P:甲方（盖章）：赣州锋源新能源科技有限公司　　乙方（盖章）：常州智涂自动化有限公司
P:授权代表：__________　　授权代表：__________　　日期：2026年4月12日
"""

H505E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NSL-CN-2026-044
P:This Agreement is made on 14 April 2026 between:
P:(1) Qingdao Haiyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 88 Shandong Road, Shibei District, Qingdao (the "Customer"); and
P:(2) Nordlys Software AS, a company incorporated in Norway, with its registered office at Strandkaien 12, 5013 Bergen, Norway (the "Vendor").
P:Recitals: (A) The Customer operates three cold-storage warehouses in Qingdao handling imported seafood and frozen food. (B) The Vendor develops the Nordlys WMS warehouse management software used by cold-chain operators. (C) The Customer wishes to license the software and to have the Vendor configure it, connect it to the Customer's systems and train its staff, on the terms below.
H:Article 1 Definitions
P:"Software" means the Nordlys WMS standard software in object code, including updates supplied under this Agreement. "Custom Deliverables" means the configurations, interface programs, reports, label templates and documents the Vendor creates specifically for the Customer. "Customer Data" means all data entered into or generated by the Software in the Customer's operations. "Final Acceptance" means the Customer's written acceptance under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the Customer's own warehouse operations in the People's Republic of China, for the number of users and devices listed in Article 3.
P:2.2 The Vendor shall perform the following services: configuration of the Software for the three warehouses, including temperature zones, location codes and pick strategies; interfaces with the Customer's Kingdee ERP, its customs declaration system and its refrigeration monitoring system; migration of open stock and master data; and training of warehouse supervisors, operators and IT staff.
P:2.3 The Software will be installed on servers provided by the Customer at its Qingdao data room. The Vendor will not host the Software or the Customer Data.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The total Contract Price is CNY 1,210,000, including all taxes, made up as follows:
P:Server licence (production and test): CNY 420,000
P:Named user licences, 60 users at CNY 4,500: CNY 270,000
P:RF handheld device licences, 80 devices at CNY 1,800: CNY 144,000
P:Licence subtotal: CNY 834,000
P:Configuration and interfaces: CNY 286,000
P:Data migration: CNY 64,000
P:Training: CNY 26,000
P:Total Contract Price: CNY 1,210,000
P:3.2 The Contract Price is fixed. Travel and living costs of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 121,000) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 665,500) within 20 days after go-live of the first warehouse, which is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 423,500) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account of the Vendor's appointed agent in Shanghai named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software and complete the services according to the project plan in Annex 1, with go-live of all three warehouses no later than 120 days after signature.
P:5.2 Final Acceptance tests shall show that: (a) all functions in the requirement specification in Annex 2 work as described; (b) stock figures after migration match the Customer's physical count for every location sampled; (c) the interfaces with the ERP, customs and refrigeration systems exchange data without error for 20 consecutive working days; (d) scanning a pallet on an RF device returns a result within two seconds at peak load; and (e) no Severity 1 fault occurred during the last 30 days of live operation.
P:5.3 The Customer shall sign the acceptance certificate within ten working days after the tests are passed. Go-live, use of the Software in production or payment does not constitute acceptance. If the tests fail, the Vendor shall correct the faults and repeat the tests at its own cost.
P:5.4 The Customer shall provide the servers, network, database software, RF devices and label printers listed in Annex 1 in time, give the Vendor's staff access to the sites, and make key users available for workshops and tests. Where a delay is caused by the Customer, the dates in Article 5.1 are extended accordingly.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Support levels. Severity 1 (warehouse operations stopped, or goods cannot be received or shipped): response within one hour, 24 hours a day, and a workaround or fix within eight hours. Severity 2 (a major function is impaired): response within two hours during business hours and a fix within two business days. Severity 3 (minor issues and questions): response within one business day.
P:6.3 If the Vendor misses a Severity 1 response or fix time, it shall pay the Customer CNY 1,000 for each hour of delay, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee shall be 11% of the Licence subtotal, being CNY 91,740 per year, and shall not increase for the first three support years. Support is ordered by the Customer by purchase order for each support year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor keeps all rights in the Software.
P:7.2 All rights in the Custom Deliverables pass to the Customer on creation. The Vendor shall deliver their source code and documentation with the acceptance tests, and the Customer may use, modify and license them freely, including through third parties.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only remotely through the VPN and bastion host provided by the Customer, with named accounts and multi-factor login, and each access session must be approved by the Customer. No Customer Data may be transferred outside the People's Republic of China. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, take all steps needed to contain it, and be liable for all loss the Customer suffers from an incident caused by the Vendor or its staff.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public business and technical information received from the other party, use it only for this Agreement, and not disclose it to third parties without written consent. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve go-live of all three warehouses by the date in Article 5.1 for reasons within its control, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 8 or 9, personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Customer the Vendor shall refund payments for services not performed.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Norway.
P:13.2 Any dispute shall first be discussed by senior representatives of both parties. Disputes not resolved within 30 days shall be finally settled by arbitration in Oslo under the rules of the Arbitration and Dispute Resolution Institute of the Oslo Chamber of Commerce, in English.
H:Article 14 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it informs the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 General
P:15.1 Annex 1 (Project Plan) and Annex 2 (Requirement Specification) form part of this Agreement. This Agreement is signed in two originals in English, one for each party.
P:15.2 Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________ Name and title: ____________________
P:For the Vendor: ____________________ Name and title: ____________________
"""

H505E03 = """
T:SUPPLY AND INSTALLATION CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. TJLP-EQ-2026-023
P:Buyer: Tianjin Binhai Lenggang Logistics Park Co., Ltd., 9 Harbour East Road, Binhai New Area, Tianjin, China (the "Buyer")
P:Supplier: Kaldvakt ehf., Grandagarður 16, 101 Reykjavík, Iceland (the "Supplier")
P:Whereas the Buyer operates a logistics park with eight cold stores and two ammonia refrigeration plant rooms and needs continuous monitoring of temperature, humidity and ammonia concentration; and whereas the Supplier designs and supplies wireless monitoring systems for fish-processing plants and cold stores, the parties agree as follows. This Contract is the Buyer's standard form for equipment purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the monitoring system described in the technical specification in Annex 1 (the "System"), consisting of wireless temperature and humidity sensors, fixed ammonia leak detectors, gateways, and the Kaldvakt Monitor software with a perpetual licence for the Buyer's site.
P:1.2 The System shall send alarms to the Buyer's control room, to duty managers by SMS and app notification, and to the refrigeration control system, and shall record all readings for at least three years on the Buyer's server.
P:1.3 The Supplier shall also develop custom dashboards for the control room and export interfaces to the Buyer's warehouse management system and to the food-safety cold-chain platform of the Tianjin market regulator.
P:1.4 The equipment shall be new, of the models named in Annex 1, rated for continuous operation at -30 °C, and certified for use in ammonia plant rooms under the applicable Chinese standards.
H:2. Price
P:2.1 All prices are in CNY and include delivery to the site, import duties, VAT, installation, calibration and training. The Contract Price is CNY 1,170,000.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|320|1,150|368,000
TB:2|Fixed ammonia leak detectors|48|6,800|326,400
TB:3|Gateways with backup power|16|9,500|152,000
TB:4|Kaldvakt Monitor software, perpetual site licence|1|138,000|138,000
TB:|Hardware and Licence Subtotal|||984,400
TB:5|Installation and cabling|1|126,000|126,000
TB:6|Calibration and commissioning|1|44,600|44,600
TB:7|Training|1|15,000|15,000
TB:|Contract Price|||1,170,000
P:2.2 The Contract Price is fixed and firm for the duration of the Contract.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 117,000) within 15 working days after signature, against an advance payment guarantee of the same amount.
P:3.2 Delivery and installation payment: 55% of the Contract Price (CNY 643,500) within 15 working days after all equipment is installed and the Buyer signs the installation certificate. The installation certificate is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 409,500) within 15 working days after the Final Acceptance Certificate is signed.
P:3.4 Within 15 working days after signature the Supplier shall provide a performance guarantee of 5% of the Contract Price, valid until the end of the warranty period.
P:3.5 Each payment is made against a valid VAT invoice issued by the Supplier's appointed importing agent in China.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the site within 75 days after signature and complete installation and commissioning within 45 days after delivery.
P:4.2 If the Supplier is late in delivery or completion, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 30 days the Buyer may also terminate under Clause 13.
P:4.3 The Buyer shall provide access to the site, power supply points, cable routes and a server with the operating system specified in Annex 1, and shall appoint a site coordinator. The Supplier's staff shall follow the park's safety rules for work in cold stores and ammonia plant rooms, including permits for work at height.
P:4.4 The Supplier shall train the Buyer's control-room operators, refrigeration engineers and IT staff for at least four days on site and shall deliver operating and maintenance manuals in Chinese.
H:5. Acceptance
P:5.1 Final acceptance tests shall be carried out by the Buyer with the Supplier after a trial run of 30 days and shall show that: (a) every sensor reads within ±0.3 °C of a calibrated reference thermometer at three test points; (b) every ammonia detector alarms at 25 ppm and 150 ppm with test gas; (c) alarms reach the control room within ten seconds and the SMS and app notices within 60 seconds; (d) data loss over the trial run is below 0.1% of expected readings; and (e) the interfaces deliver data to the warehouse management system and the regulator's platform without error.
P:5.2 When all tests are passed the Buyer signs the Final Acceptance Certificate. Installation, operation during the trial run or any payment does not mean acceptance. Failed tests shall be repeated at the Supplier's cost.
P:5.3 Calibration certificates from a laboratory accredited in China shall be delivered for all sensors and detectors before the tests.
H:6. Warranty
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During it the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and travel.
P:6.2 The Supplier shall recalibrate the ammonia detectors once a year during the warranty period free of charge.
H:7. Service Levels
TB:Level|Description|Response time|On-site attendance|Restoration
TB:Critical|Ammonia detection or alarm transmission failed in any plant room or cold store|30 minutes|3 hours|8 hours
TB:Major|Several sensors or a gateway out of service|2 hours|next day|2 days
TB:Minor|Single sensor fault or software question|1 business day|as agreed|5 business days
P:7.1 For each hour by which the Supplier misses a Critical response, attendance or restoration time, it shall pay the Buyer CNY 1,500; for Major faults CNY 500 per hour. The Buyer may deduct these amounts from any payment or from the performance guarantee.
P:7.2 The Supplier shall keep a stock of spare sensors and detectors in Tianjin equal to at least 5% of the installed quantity.
H:8. Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support covering repairs, software updates, annual recalibration and the service levels in Clause 7. The annual support fee is 8% of the Hardware and Licence Subtotal, being CNY 78,752 per year, fixed for three support years.
P:8.2 Support is ordered by the Buyer year by year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier keeps its rights in the standard Kaldvakt Monitor software and grants the Buyer a perpetual, royalty-free licence to use it at the site.
P:9.2 The custom dashboards, export interfaces and their source code and documentation belong to the Buyer. The Buyer may use, modify and license them freely.
H:10. Data Security
P:10.1 All readings, alarms, logs and other data produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The System shall be installed on the Buyer's own server. The Supplier may access it remotely only through the Buyer's VPN with a named account, after the Buyer approves each session. No data may be copied or transferred outside China.
P:10.3 The Supplier shall report any security incident affecting the System or the Buyer's data within six hours, take immediate steps to contain it, and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:11. Confidentiality
P:Each party shall keep confidential the other party's technical and business information obtained under this Contract, including the layout of the Buyer's plant rooms and its customers' stock data, and shall not disclose it to any third party without written consent. This obligation continues for three years after the end of the Contract.
H:12. Liability and Subcontracting
P:12.1 The total liability of the Supplier under this Contract is limited to 200% of the Contract Price, except for personal injury, damage caused by ammonia release due to faulty equipment, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
P:12.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation may be subcontracted only to a company holding the required Chinese qualification and approved by the Buyer in writing.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if a delay under Clause 4.2 exceeds 30 days. The Supplier shall then refund the amounts paid for undelivered or rejected equipment and services.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The English and Chinese versions are equally valid.
H:15. Force Majeure
P:Neither party is liable for a delay caused by force majeure, such as natural disaster, epidemic or government action, if it notifies the other party within five days and takes reasonable steps to reduce the effect.
P:Annex 1: Technical specification and sensor layout. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 22 April 2026
"""

SOURCES = {"h505z01": H505Z01, "h505z02": H505Z02, "h505e01": H505E01, "h505e03": H505E03}
TARGETS = {"h505z01": ("h505z01_vehicle_agency_official_car_platform.pdf", "pdf"),
           "h505z02": ("h505z02_lithium_battery_coater_control_retrofit.docx", "docx"),
           "h505e01": ("h505e01_cold_chain_wms_licence_norway_vendor.pdf", "pdf"),
           "h505e03": ("h505e03_cold_store_sensors_iceland_supplier.docx", "docx")}
TEXT_FILES = {"h505z03": "h505z03_community_group_buying_order_delivery_saas.txt",
              "h505z04": "h505z04_science_association_society_system_annual_om.txt",
              "h505z05": "h505z05_sour_plum_drink_mes_licence_supplier_template.md",
              "h505e02": "h505e02_field_service_saas_order_form_finland_vendor.md",
              "h505e04": "h505e04_hotel_group_managed_network_service.md",
              "h505e05": "h505e05_vessel_tracking_data_api_subscription_aland_vendor.txt"}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in KEYS order), extra, design (tco inputs, forum outside mainland), intended rules
DESIGN = {
 "h505z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 10, F, T, F, "PRC", G],
             dict(sla_clause=T, ld_stated=T, capped=T, deemed=F, value=1400000), dict(base=680000, forum_out=F), []),
 "h505z02": ("zh", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.03, N, 20, T, T, 24, 9, F, T, T, "PRC", G],
             dict(sla_clause=T, ld_stated=T, capped=T, deemed=F, value=1500000), dict(base=1222000, forum_out=F),
             ["CR-LD-LOW", "CR-SUBCONTRACT"]),
 "h505z03": ("zh", "cloud", [99.5, 0.25, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S],
             dict(sla_clause=T, ld_stated=T, deemed=F, value=392000), dict(forum_out=F),
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h505z04": ("zh", "services", [N, 0.5, F, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, N, S],
             dict(sla_clause=T, ld_stated=T, deemed=F, value=314800), dict(forum_out=F),
             ["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
 "h505z05": ("zh", "software", [N, N, F, "supplier", T, F, T, N, 20, 50, F, F, 6, 28, F, T, N, N, G],
             dict(sla_clause=F, ld_stated=F, capped=T, deemed=T, value=1380000), dict(base=980000, forum_out=F),
             ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
              "CR-WARRANTY"]),
 "h505e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 24, 11, F, T, F, "Norway", G],
             dict(sla_clause=T, ld_stated=T, capped=T, deemed=F, value=1210000), dict(base=834000, forum_out=T),
             ["CR-GOVERNING-LAW"]),
 "h505e02": ("en", "cloud", [99.95, 0.5, T, "buyer", T, T, T, 700 / 685200 * 100, 9 / 24 * 100, N, T, N, N, N, T, T,
                             F, "PRC", S],
             dict(sla_clause=T, ld_stated=T, deemed=F, value=685200), dict(forum_out=F),
             ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
 "h505e03": ("en", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8, F, T, F, "PRC", G],
             dict(sla_clause=T, ld_stated=T, capped=T, deemed=F, value=1170000), dict(base=984400, forum_out=F), []),
 "h505e04": ("en", "services", [99.95, 0.25, T, "buyer", F, T, T, 2000 / 1984800 * 100, 150, N, T, N, N, N, F, T, T,
                                "PRC", S],
             dict(sla_clause=T, ld_stated=T, deemed=F, value=1984800), dict(forum_out=F),
             ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
 "h505e05": ("en", "cloud", [99.95, 1, T, "buyer", T, T, F, 500 / 606000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F,
                             "Finland", S],
             dict(sla_clause=T, ld_stated=T, deemed=F, value=606000), dict(forum_out=T),
             ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
}
FILES = {k: v[0] for k, v in TARGETS.items()} | TEXT_FILES
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(terms, extra, design):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = licence subtotal."""
    if terms["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = terms["post_warranty_fee_pct"] / 100 * design["base"] * years
    return fees / (extra["contract_value"] + fees) * 100


def rules_from_labels(terms, extra, design):
    """My own reading of policy.md §3 (thresholds: 99.9, 4 h, 0.05, 100, 30, 12, 15, 40)."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not terms["acceptance_clause"] or extra["acceptance_deemed_on_delivery"]
            or terms["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if terms["contract_kind"] == "goods_or_licence":
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = terms["post_warranty_fee_pct"]
        if pwf is None or not extra.get("post_warranty_fee_capped") or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(terms, extra, design)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (terms["governing_law"] is not None and terms["governing_law"] != "PRC") or design["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def labels():
    out = {}
    for key, (lang, cat, vals, ex, design, intended) in DESIGN.items():
        terms = dict(zip(KEYS, vals))
        extra = {"sla_clause": ex["sla_clause"], "ld_stated": ex["ld_stated"]}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = ex["capped"]
        extra["acceptance_deemed_on_delivery"] = ex["deemed"]
        extra["contract_value"] = ex["value"]
        rules = rules_from_labels(terms, extra, design)
        assert rules == sorted(intended), (key, rules, intended)
        out[key] = {"file": FILES[key], "language": lang, "category": cat, "expected_terms": terms,
                    "expected_extra": extra, "expected_rules": rules}
    return out


# ---- threshold scan -------------------------------------------------------------------------------------------
ND = r"(?<![\d.])"
THRESH = [
    ND + r"99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    ND + r"4\s*(?:个)?\s*(?:小时|h\b|hrs?\b|hours?\b|business\s+hours?)", r"(?<![十廿])四\s*个?小时", r"\bfour\s+(?:\(4\)\s*)?(?:business\s+)?hours?",
    ND + r"240\s*(?:分钟|min)", r"二百四十分钟",
    ND + r"0\.05\s*%?(?!\d)", r"万分之五(?![十百千\d])", r"千分之零点五",
    ND + r"100\s*(?:%|％|per\s*cent|percent)", r"百分之一?百(?![分零一二三四五六七八九])", r"one\s+hundred\s+per\s*cent",
    ND + r"30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty\s+per\s*cent",
    ND + r"12\s*(?:个)?\s*(?:月|months?\b)", r"十二个?月", r"twelve\s+(?:\(12\)\s*)?(?:calendar\s+)?months?",
    r"(?<![十第每])一年(?!级)", r"\bone\s+year\b", ND + r"1\s*(?:年(?!度)|years?\b)", r"一周年",
    ND + r"15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点一二三四五六七八九])", r"fifteen\s+per\s*cent",
    ND + r"40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty\s+per\s*cent",
    ND + r"5\s*(?:年(?!度)|years?\b)", r"五年", r"\bfive\s+(?:\(5\)\s*)?years?", ND + r"60\s*(?:个)?\s*(?:月|months?\b)", r"六十个?月",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in THRESH), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4h", "240分钟",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months",
            "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月",
            "30 per cent", "1 year", "4 business hours"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "0.055%", "130%", "1.5%", "140%", "212个月", "第二十四个月", "2015年", "100,000", "300,000",
             "Subscription Year", "36 months", "24 months", "三十六个月", "二十四个月", "14 hours", "0.1%", "15 days",
             "40 standard changes", "2,400", "1,500,000", "2026年5月8日"]


def scan(text):
    hits = set()
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits |= {m.group(0) for m in THRESH_RE.finditer(variant)}
    return sorted(hits)


def selftest():
    for s in MUST_HIT:
        assert scan("xx " + s + " yy"), ("must hit", s)
    for s in MUST_MISS:
        assert not scan("xx " + s + " yy"), ("must miss", s, scan(s))


def read_back(name):
    p = OUT / name
    if p.suffix == ".docx":
        from docx import Document
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if p.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


def lengths(key, text):
    if DESIGN[key][0] == "zh":
        return len(text.strip()), len(re.sub(r"\s", "", text))
    words = text.split()
    return len(words), len([w for w in words if any(c.isalnum() for c in w)])


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    labs = labels()
    for key, lab in labs.items():
        (OUT / (Path(lab["file"]).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
    fired = set().union(*(set(l["expected_rules"]) for l in labs.values()))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    n = [len(l["expected_rules"]) for l in labs.values()]
    assert sorted(n) == [0, 0, 1, 2, 2, 2, 2, 3, 3, 11], n
    selftest()
    bad = []
    for key in DESIGN:
        text = read_back(FILES[key])
        a, b = lengths(key, text)
        lo, hi = (2750, 3000) if DESIGN[key][0] == "zh" else (1450, 1650)
        ok = lo <= a <= hi and lo <= b <= hi
        lab = labs[key]
        t, e = lab["expected_terms"], lab["expected_extra"]
        share = tco_share(t, e, DESIGN[key][4]) if t["contract_kind"] == G else None
        print(f"{FILES[key]:62s} {a:5d} {b:5d} {'OK' if ok else 'OUT OF RANGE'}  tco={share}  {lab['expected_rules']}")
        if not ok:
            bad.append(key)
        for variant in [text] + ([SOURCES[key]] if key in SOURCES else []):
            h = scan(variant)
            if h:
                bad.append(key)
                print("  THRESHOLD HIT", h)
        # no label on a threshold
        for k2, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                        ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                        ("post_warranty_fee_pct", 15)]:
            assert t[k2] is None or abs(t[k2] - thr) > 1e-9, (key, k2)
        assert share is None or abs(share - 40) > 2, (key, share)
    assert not bad, bad
    print("all checks passed")
