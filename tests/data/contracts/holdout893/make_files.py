#!/usr/bin/env python3
"""holdout893: ten blind held-out draft contracts (written before any run).

Builds every contract from the sources below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes the
.json labels, derives each draft's rules from its labels with this folder's reading of policy §3, compares them with
the design list, checks the coverage of all 20 CR rules, the text lengths as read back, and that no label value and
no text sits on a policy threshold. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:某市民政局养老助餐服务平台建设项目合同
P:合同编号：MZJ-ZC-2027-018
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：某市民政局
P:乙方（供应商）：杭州禾膳信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方经协商一致，就养老助餐服务平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设养老助餐服务平台，包括平台软件许可、定制开发、数据对接及实施培训。平台覆盖全市126个社区助餐点和8个中心厨房，支持老年人身份核验、线上订餐、刷脸或刷卡就餐、分级补贴结算、送餐调度、食品留样登记和监管统计。
P:1.2 定制开发内容包括：补贴分级计算规则引擎、助餐点经营评价、子女代订餐小程序、民政监管驾驶舱及统计报表，具体以附件1《需求规格说明书》为准。
P:1.3 数据对接内容包括与市民政一体化平台、市大数据局人口库、医保结算平台和银行代发系统的接口开发与联调。
H:第二条 合同价款
P:2.1 合同总价为人民币1,480,000元（大写：壹佰肆拾捌万元整），为含税固定总价，明细如下：
P:（1）平台软件许可（永久使用，不限用户数）：680,000元；
P:（2）定制开发：560,000元；
P:（3）数据对接：150,000元；
P:（4）实施、部署及培训：90,000元。
P:2.2 合同总价包括软件、开发、接口、部署、培训、质保期内服务、税费及乙方为履行本合同所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即296,000元。
P:3.2 平台上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即666,000元。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，即518,000元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成部署和定制开发并提交初步验收申请，120日内完成全部接口联调并进入试运行。
P:4.2 试运行期为60日，试运行期间平台应在全部社区助餐点和中心厨房正常使用，乙方派驻不少于3名工程师现场保障。
P:4.3 乙方应指定具有信息系统项目管理资质的项目经理一名，项目经理在项目实施期间不得更换；确需更换的，应经甲方书面同意，且接替人员的资历不得低于原人员。
P:4.4 乙方应在合同签订后10个工作日内提交项目实施计划，每周向甲方提交项目周报，如实报告进度、问题和风险。
P:4.5 乙方应为甲方及各区县民政部门、社区助餐点工作人员提供现场和线上培训，培训后相关人员应能独立完成订餐管理、补贴核对和统计报表操作。
H:第五条 验收
P:5.1 初步验收标准：附件1所列功能全部实现；四个外部接口联调通过，连续10个工作日数据交换无差错；在500个并发用户下订餐及结算页面响应时间不超过2秒；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收标准：试运行期满且期间未发生一级故障；补贴结算数据与银行代发数据逐笔核对一致；乙方提交源代码、接口文档、操作手册和运维手册；甲方组织专家评审通过并签署最终验收报告。
P:5.3 平台上线、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此增加的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配、政策调整引起的规则配置和技术支持。
P:6.2 质保期满后，甲方可委托乙方提供维护服务，年维护费不超过软件许可费的8%，即每年不超过54,400元，质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 乙方保证平台月可用率不低于99.5%。计划内维护须提前3日通知甲方，并安排在非就餐时段，不计入不可用时间。
P:7.2 一级故障（全市订餐、就餐或补贴结算中断）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分助餐点或部分功能不可用）：1小时内响应，次日内解决；三级问题：在下一个版本中解决。
P:7.3 乙方响应或恢复超时的，每超时1小时，甲方可从应付款项或履约保证金中扣减800元；月可用率每低于约定标准0.1个百分点，扣减2,000元。
H:第八条 知识产权
P:8.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方下属单位及各社区助餐点可在本项目范围内使用。
P:8.2 为本项目定制开发的程序、接口、报表模板及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全与数据权属
P:9.1 平台中的老年人身份信息、就餐记录、补贴数据等全部业务数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储和传输，按最小权限原则授权，运维操作须经甲方堡垒机进行并留存日志，不得将数据复制到甲方环境以外。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内书面报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的监管处罚和对第三方的赔偿。
H:第十条 保密
P:10.1 双方对在履行合同中知悉的对方工作秘密、商业秘密及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之二支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目转包；未经甲方书面同意，不得将任何部分分包。经同意分包的，乙方对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿由此造成的损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同附件包括：附件1《需求规格说明书》，附件2《投标报价明细》，附件3《服务承诺书》。附件与本合同具有同等效力。
P:15.2 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，项目最终验收合格后无息退还。
P:15.3 双方的通知应以书面形式送达本合同载明的地址，变更地址的应提前书面告知对方。
P:15.4 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：____年__月__日
"""

Z02 = r"""
T:洗手盆生产线控制系统改造合同
P:合同编号：CZTC-GZ-2027-006
P:甲方：潮州市瓷韵卫浴制品有限公司
P:乙方：佛山市恒控自动化工程有限公司
P:甲方拟对其洗手盆生产车间六条生产线（注浆成型、干燥、施釉、隧道窑烧成、检测包装）的控制系统进行改造。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责六条生产线控制系统的设计、供货、安装、编程、调试、培训及质保，包括更换PLC控制柜、伺服驱动、触摸屏，加装窑炉温控模块，部署产线监控软件，实现产量、能耗、窑温和设备状态的集中监控。
P:1.2 乙方应编制满足甲方工艺要求的控制程序，包括注浆压力曲线、干燥房温湿度联动、施釉机器人节拍协调和窑炉分区温控程序，并与甲方现有ERP系统对接生产工单和产量数据。
P:1.3 改造期间乙方应按甲方排产计划分线停机施工，每条线停机时间不超过5日。
P:1.4 乙方应对现有设备、电气线路和工艺流程进行现场勘察，编制详细设计方案和施工组织方案，经甲方书面确认后方可实施。施工期间乙方应遵守甲方的安全生产、消防和动火管理制度，施工人员应持证上岗。
H:第二条 合同价格
P:2.1 合同总价为人民币1,800,000元（含税），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含I/O模块）|6套|118,000|708,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|触摸屏HMI|12台|6,800|81,600
TB:4|窑炉分区温控模块|4套|37,400|149,600
TB:5|产线监控软件许可（永久）|1套|286,000|286,000
TB:|软硬件小计|||1,453,200
TB:6|控制程序编制及调试|1项|212,000|212,000
TB:7|安装及布线|1项|118,800|118,800
TB:8|操作及维护培训|1项|16,000|16,000
TB:|合计|||1,800,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及税费。
P:2.3 拆除的旧控制柜、旧线缆等物品归甲方所有，乙方应按甲方指定地点整理堆放，不得擅自处置。乙方提供的全部设备应为原厂全新正品，并附原厂合格证明。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即360,000元，作为预付款。
P:3.2 全部设备到货并安装完毕，甲方签收到货安装单后10个工作日内，支付合同总价的35%，即630,000元。到货安装单仅确认数量与安装情况，不代表质量验收。
P:3.3 项目最终验收合格后10个工作日内，支付合同总价的35%，即630,000元。
P:3.4 剩余10%即180,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内支付。
H:第四条 工期
P:4.1 乙方应在合同生效后75日内完成全部设备到货，120日内完成六条生产线的改造和单线调试，并提交验收申请。
P:4.2 乙方应指定一名具有电气自动化工程经验的项目经理常驻现场，每周向甲方提交施工周报。因甲方原因导致停机计划调整的，工期相应顺延，但乙方应在收到通知后3日内提出调整计划。
P:4.3 乙方应在交货前提供设备出厂合格证、检验报告和电气图纸，甲方有权派员到乙方或制造商处参加出厂检验。
H:第五条 验收
P:5.1 验收标准：每条生产线连续72小时带料运行无停机故障；窑炉各温区实际温度与设定值偏差不超过±3℃；施釉节拍不低于改造前设计节拍；监控软件数据刷新周期不超过5秒；与ERP的工单和产量数据逐单核对一致。
P:5.2 全部生产线满足上述标准并连续运行30日后，双方签署最终验收报告。设备到货、安装、试生产或甲方使用设备生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，免费修复软件缺陷。
P:6.2 质保期满后，乙方提供有偿维保服务，年维保费按软硬件小计的28%计取，即每年406,896元，自最终验收之日起五年内不上调。维保服务内容包括季度巡检、备件更换、程序优化和软件升级。
P:6.3 生产线故障分级及响应要求：一级故障（整条生产线停机或窑炉温控失效）：乙方接报后30分钟内远程响应，3小时内到达现场，8小时内恢复生产；二级故障（单台设备故障，生产线降速运行）：1小时内响应，次日内修复；三级问题（不影响生产的缺陷）：一周内处理。
P:6.4 乙方响应、到场或恢复超时的，每超时1小时，乙方向甲方支付1,000元，从质量保证金或维保费中扣除。
H:第七条 知识产权
P:7.1 为本项目编制的控制程序、组态工程文件、ERP接口程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改或委托第三方修改、使用。
P:7.2 产线监控软件的著作权归其权利人所有，乙方保证甲方获得永久使用许可，且不侵犯任何第三方的知识产权。
H:第八条 数据安全与保密
P:8.1 生产工艺参数、产量、能耗等全部生产数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的或向第三方提供。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的加密通道进行，操作全程留存日志；乙方不得将甲方数据和工艺参数拷贝带离现场。因乙方原因导致数据泄露、丢失或被篡改的，乙方应在8小时内通知甲方并承担全部赔偿责任。
P:8.3 双方对履行本合同中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第九条 分包
P:9.1 乙方可将现场布线、控制柜安装等辅助工程分包给具有相应资质的施工单位，分包前书面通知甲方即可。乙方对分包单位的工作质量和安全向甲方负责。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 因乙方施工或程序错误导致甲方停产、产品报废或设备损坏的，乙方应赔偿甲方的实际损失。
P:10.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交潮州仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同附件为：附件1《技术规格书》，附件2《施工组织方案》，附件3《培训计划》。
P:13.2 乙方应为甲方设备操作人员和电工提供不少于5天的培训，内容包括设备操作、日常维护、故障排查和程序备份恢复，培训后甲方人员应能独立完成日常操作和一般故障处理。
P:13.3 乙方在甲方厂区施工期间造成人身伤害或第三方财产损失的，由乙方承担责任。乙方应为施工人员购买意外伤害保险。
P:13.4 双方之间的通知以书面形式送达本合同首页所载地址或双方确认的电子邮箱。
P:13.5 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

Z03 = r"""预约与会员管理系统服务合同

合同编号：HYCM-SaaS-2027-03

甲方：深圳市海韵船模教育连锁有限公司
乙方：广州云课通信息科技有限公司

甲方在全国经营40家船模培训门店，为统一管理课程预约、学员会员、课消结算和门店排课，拟采购乙方“云课通”预约与会员管理系统的订阅服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方40家门店提供预约与会员管理系统服务，包括课程预约、会员卡与课时包管理、学员档案、排课与教练管理、课消结算、家长端小程序、营销活动和经营报表。
2. 服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起计算。
3. 甲方新增门店的，按本合同单价另行计费；减少门店的，自下一个服务年度起调整。
4. 乙方应提供系统操作手册、家长端使用指引和常见问题库，并在系统版本更新前5日通知甲方更新内容。
（二）实施服务
1. 乙方负责系统配置、40家门店的学员及会员卡余额数据迁移、课程体系配置、家长端小程序上线、与甲方收银系统的对接，以及总部和门店人员培训。
2. 乙方应在合同签订后45日内完成全部实施工作并提交上线验收申请。
3. 乙方应为总部运营人员和每家门店的店长、前台及教练提供线上培训，并在总部组织两场集中培训，培训内容包括预约排课、会员卡办理、课消核销、退费审批和经营报表使用。乙方应提供操作手册和培训视频。
4. 乙方应指定一名实施项目经理负责实施期间的沟通协调，并在服务期内指定专属客户成功经理，每季度与甲方召开一次服务回顾会议。

二、服务费用
（一）合同总价为人民币640,000元（含税），包括：
1. 订阅服务费：每门店每服务年度6,800元，40家门店每服务年度272,000元，两个服务年度合计544,000元；
2. 实施服务费（一次性）：96,000元。
（二）短信及第三方支付通道手续费按实际发生另计，不属于合同总价。

三、付款方式
（一）实施服务费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅服务费在该服务年度开始后15个工作日内支付。
（三）乙方应在每次付款前开具合法有效的增值税专用发票。
（四）因甲方原因推迟上线验收超过15日的，第一个服务年度自乙方提交上线验收申请后第16日起计算，其余付款安排不变。

四、上线验收
（一）验收标准：
1. 服务说明书所列功能全部可用，并经甲方逐项测试确认；
2. 40家门店的学员档案、会员卡余额和剩余课时全部迁移，乙方提供迁移核对表，抽查差错为零；
3. 在800名用户同时预约的压力测试下，预约提交响应时间不超过2秒；
4. 与收银系统的订单和收款数据逐笔核对一致，连续7日无差错。
（二）满足上述标准后，甲方出具上线验收确认书。系统开通或门店试用不视为验收合格。

五、服务水平
（一）乙方保证系统月可用率不低于99.95%，计划内维护应安排在凌晨1点至5点之间并提前2日通知。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约、签到或结算）：15分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（一般咨询或不影响使用的缺陷）：1个工作日内响应。
（三）月可用率未达标准的，每低于约定标准0.1个百分点（不足0.1个百分点的按0.1个百分点计），按当月订阅服务费的5%予以减免；一级故障恢复超时的，每超时1小时减免当月订阅服务费的2%。减免金额从下期费用中抵扣。

六、违约责任
（一）乙方未能按期完成实施并通过上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过30日的，甲方有权解除合同。
（二）因乙方原因造成甲方学员数据丢失、会员余额错误的，乙方应负责恢复并赔偿甲方因此遭受的损失。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

七、数据权属与数据安全
（一）甲方上传及系统运行中产生的学员信息、家长联系方式、会员卡及课消记录等数据归甲方所有。
（二）乙方有权在服务期内及服务期满后，将上述数据经去标识化处理后的汇总数据用于产品改进、行业研究报告及向其他客户提供的经营对标分析。
（三）乙方应按照《个人信息保护法》《数据安全法》的要求保护数据，学员中的未成年人信息应单独加密存储，员工访问须经授权并留存日志，数据存储在中国境内的服务器上。发生数据泄露等安全事件的，乙方应在6小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。
（四）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后删除。
（五）乙方每日对甲方数据进行备份，备份数据至少保留30日，并在甲方要求时提供指定时间点的数据恢复服务。

八、知识产权
（一）系统平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的课程体系配置、报表模板、小程序页面设计及相关文档归甲方所有，甲方可自由使用、修改并许可第三方使用。

九、保密
双方对履行本合同过程中知悉的对方商业秘密、经营数据和其他未公开信息承担保密义务，未经对方书面同意不得向第三方披露，保密义务不因合同终止而解除。

十、续期
服务期满前30日内任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期期间的订阅服务费按乙方届时公布的标准价格执行，乙方有权根据市场情况调整价格，并在续期前通知甲方。

十一、分包
乙方不得将本合同项下服务转包；未经甲方书面同意，不得将实施服务的任何部分分包给第三方。

十二、合同解除
（一）一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除合同。
（三）合同解除的，乙方应按本合同第七条的约定交还数据，甲方按实际使用期间结算订阅服务费，乙方应退还多收费用。
（二）系统连续两个月月可用率未达标准的，甲方有权解除合同，乙方应退还未履行期间的已付费用。

十三、甲方责任
（一）甲方应指定项目联系人，及时提供门店清单、课程体系、会员卡规则和历史数据，并对迁移结果进行核对确认。
（二）甲方应妥善保管系统账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。
（三）甲方应确保其收集学员及家长个人信息已取得必要的同意，并在门店公示隐私政策。
（四）甲方应按本合同约定按时支付服务费用。

十四、不可抗力
因地震、台风、洪水、疫情、政府行为或公共网络大面积故障等不可抗力导致不能履行合同的，受影响方应在3日内通知对方，并在合理期限内提供证明，双方根据影响程度协商延期履行、部分履行或解除合同。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向甲方住所地人民法院提起诉讼。

十六、其他
（一）本合同附件包括：附件1《服务说明书》，附件2《实施计划》，附件3《门店清单》。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
授权代表：                    授权代表：
日期：                        日期：
"""

Z04 = r"""某市水利局防汛物资仓储管理系统运维服务合同

项目编号：SLJ-CS-2027-011
采购方式：竞争性磋商

甲方（采购人）：某市水利局
乙方（成交供应商）：南京汇川水务信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件及乙方响应文件，甲乙双方就防汛物资仓储管理系统运维服务订立本合同。

第一条 服务内容
（一）乙方为甲方防汛物资仓储管理系统（含市级物资仓库、11个县区分仓的出入库管理、物资台账、RFID盘点、调拨指挥、视频联动和移动端应用）提供运行维护服务。
（二）服务内容包括：日常巡检与监控、故障处理、数据库维护与备份、安全加固与补丁管理、RFID读写设备维护、物资台账数据治理、汛前系统全面检查、汛期驻场保障、应急演练支持、用户培训和运维报告。
（三）乙方派驻2名驻场工程师，汛期（每年6月1日至9月30日）增派1名，驻场人员名单及资质见附件2，更换人员须经甲方同意。
（四）日常巡检：乙方每日检查服务器、数据库、存储、网络和RFID读写设备的运行状态，每周检查备份任务和安全日志，每月对各分仓出入库数据与实物台账进行抽查比对，发现差异及时提交甲方核实处理。
（五）数据备份：乙方每日进行数据库增量备份，每周进行全量备份，备份数据保存在甲方指定的异地备份存储中；每季度进行一次备份恢复演练并提交演练报告。
（六）汛期保障：汛期内乙方实行24小时值班，驻场工程师手机保持畅通；遇防汛应急响应启动时，乙方应在接到通知后1小时内增派技术人员到指挥中心待命，直至应急响应结束。
（七）培训：乙方每年为甲方及各县区分仓管理人员组织不少于两次系统操作培训，并在汛前组织一次调拨指挥流程演练。
（八）安全加固：乙方每季度对系统开展一次漏洞扫描，高危漏洞应在发现后5个工作日内完成修复，并配合甲方完成网络安全等级保护测评整改工作。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后如需继续采购，由甲方依法重新组织采购，本合同不自动续期。

第三条 服务费用与支付
（一）本合同总价为人民币386,000元（含税），包括人员、工具、备品备件、差旅、税费等全部费用。
（二）服务费按季度支付。每季度结束后，甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费96,500元。考核扣减的金额从当季服务费中扣除。
（三）本合同不设预付款。
（四）乙方应在每次付款前向甲方开具合法有效的发票，并提交当季考核确认单。甲方按国库集中支付规定办理付款手续。

第四条 服务水平
（一）系统月可用率不低于99.95%。计划内维护须提前3个工作日报甲方批准，汛期原则上不安排计划内维护。
（二）故障分级及响应时限：
1. 一级故障（系统整体不可用、出入库或调拨指挥功能中断）：15分钟内响应，1小时内到达现场，3小时内恢复；
2. 二级故障（单个分仓或部分功能不可用）：30分钟内响应，8小时内恢复；
3. 三级问题（一般缺陷或咨询）：1个工作日内处理。
（三）乙方每月10日前提交上月运维报告，每季度提交季度运维报告，汛前提交系统全面检查报告。
（四）扣减规则：月可用率每低于约定标准0.01个百分点，扣减当季服务费1,000元；一级故障响应、到场或恢复超时的，每超时30分钟扣减500元；运维报告迟交的，每迟交一日扣减200元。

第五条 考核与验收
（一）季度考核指标：故障响应及恢复时限达标情况、月可用率、巡检记录完整性、数据备份成功率及恢复演练结果、用户满意度。考核由甲方信息中心按附件3《考核细则》评分，80分以上为合格。
（二）服务期满后，乙方提交年度运维总结、系统配置文档、运维脚本和备份介质清单，甲方组织验收。验收标准为：四个季度考核均合格，汛期未发生因乙方原因导致的一级故障超时，文档和资料完整移交。

第六条 违约责任
（一）乙方驻场人员未按约定时间到岗，或未按计划完成汛前系统全面检查的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）连续两个季度考核不合格的，甲方有权解除合同。
（三）因乙方原因造成汛期调拨指挥中断，影响防汛物资调运的，乙方应赔偿甲方由此遭受的全部损失。
（四）甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。

第七条 数据安全
（一）系统中的物资台账、仓库位置、调拨记录、视频图像等全部数据归甲方所有，乙方仅为履行本合同访问和处理，不得用于其他任何目的。
（二）乙方应遵守《网络安全法》《数据安全法》和甲方网络安全管理制度：运维操作通过甲方堡垒机进行并全程审计；不得私自架设远程访问通道；不得将数据复制或传输至甲方网络以外；离场时交还全部账号和介质。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方及其驻场人员对履行合同中知悉的防汛物资储备布局、调度预案、系统账号和其他未公开信息负有保密义务，驻场人员须签署保密承诺书。保密义务在合同终止后持续有效。

第九条 知识产权
乙方在服务中形成的运维脚本、配置文档、数据治理成果和报告，知识产权归甲方所有，甲方可自由使用和修改。乙方保证其使用的工具软件不侵犯第三方权利。

第十条 分包
乙方不得将本合同服务转包或分包。

第十一条 合同解除
（一）乙方严重违约，或因乙方原因发生重大数据安全事件，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）合同解除的，乙方应在10日内完成工作交接，甲方按已提供且考核合格的服务结算费用。
（三）合同解除或服务期满时，乙方应配合甲方或甲方指定的新服务商完成交接，交接内容包括系统账号、配置文档、运维脚本、备份介质和未关闭问题清单，交接期内不得中断服务。

第十二条 甲方责任
（一）甲方应为驻场人员提供必要的办公场所和网络条件，指定信息中心联系人负责日常沟通和工作确认。
（二）甲方应及时审批乙方提交的计划内维护申请和变更申请，并对乙方提交的运维报告进行确认。
（三）甲方应在汛前将本年度防汛物资储备计划和调拨预案的系统配置要求书面告知乙方，以便乙方完成配置和测试。
（四）甲方变更系统功能或新增分仓的，应与乙方协商，涉及费用增加的另行签订补充协议。
（五）甲方应向乙方提供履行运维服务所需的系统账号、技术资料和原建设单位移交文档。

第十三条 不可抗力
因洪水、地震等不可抗力导致乙方不能按约定提供服务的，乙方应立即通知甲方并尽最大努力采取应急措施；不可抗力期间乙方仍应尽力保障调拨指挥功能可用。

第十四条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。

第十五条 其他
（一）磋商文件、响应文件、附件1《运维服务内容清单》、附件2《驻场人员名单》、附件3《考核细则》为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

Z05 = r"""# 软件许可及定制开发合同

> 织流软件标准合同文本 V3.0（乙方提供）

**合同编号：** ZL-2027-0419

**甲方（客户）：** 东阳市墨痕烙画艺术工作室

**乙方（供应商）：** 苏州织流软件有限公司

甲方因烙铁画作品生产流程管理需要，向乙方采购“织流工艺流转跟踪系统”软件许可及定制开发服务。双方本着平等自愿原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供织流工艺流转跟踪系统标准版软件许可一套，部署于甲方服务器，许可用户数为60个。

1.2 乙方根据甲方需求进行定制开发，内容包括：烙铁画作品从选材、拓稿、烙绘、上色、装裱、质检到入库的工序流转跟踪；每件作品的二维码标签和工序照片存档；画师计件工资统计；订单交期预警；手机端扫码报工；与甲方网店订单系统的对接。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。

1.4 系统运行环境：服务器操作系统为国产Linux发行版，数据库为MySQL 8.0，客户端为浏览器及安卓手机。甲方自行采购的硬件和第三方软件不属于本合同范围。

## 第二条 合同价款

2.1 合同总价为人民币440,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺流转跟踪系统软件许可（标准版，60用户） | 168,000 |
| 2 | 定制开发（工序流转、计件工资、交期预警、扫码报工、网店对接） | 236,000 |
| 3 | 安装部署、数据初始化及培训 | 36,000 |
| | 合计 | 440,000 |

2.2 甲方需求变更导致工作量增加的，乙方按每人日1,800元另行收费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即286,000元。

3.2 系统安装部署完成后5个工作日内，甲方向乙方支付合同总价的35%余款，即154,000元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到首付款后开始开发工作，预计在收到首付款后90日内完成安装部署。因甲方未及时提供需求、数据或场地条件造成的延误，交付期限相应顺延。

4.2 乙方交付的定制功能以需求确认书为准，需求确认书未列明的功能不属于交付范围。

4.3 乙方交付的内容包括：软件安装程序、定制功能模块、用户操作手册。源代码不属于交付内容。

4.4 乙方为甲方提供一次集中操作培训，培训时长为一天，培训对象为甲方指定的管理员和画师代表，人数不超过15人。额外培训按每人日1,800元另行收费。

## 第五条 验收

5.1 系统安装部署完成后，乙方通知甲方。甲方应在收到通知后5日内提出书面异议；甲方未提出异议或开始使用系统的，视为验收合格。

5.2 甲方提出的异议仅限于与本合同约定功能明显不符的情形。

## 第六条 维护服务

6.1 自系统安装部署完成之日起六个月为免费维护期。免费维护期内，乙方提供软件缺陷修复服务。

6.2 免费维护期满后，甲方如需乙方继续提供维护服务，年维护费为软件许可费的10%，即每年16,800元，乙方在合同签订后五年内不调整该价格。

6.3 乙方在工作日9:00至17:30通过电话、即时通讯和远程方式提供技术支持，乙方将尽合理努力尽快解决甲方反映的问题。现场服务按每人日1,800元另行收费。

6.4 下列情形不属于维护服务范围：甲方新增功能需求；因甲方硬件、网络、操作系统或第三方软件故障引起的问题；甲方自行修改数据库或配置造成的问题；病毒、断电等外部原因造成的问题。乙方处理上述问题的，按人日单价另行收费。

## 第七条 知识产权

7.1 织流工艺流转跟踪系统及其所有版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序及相关文档，其知识产权（包括著作权）均归乙方所有。甲方在本合同期限内享有非独占的使用权，不得修改、反编译或许可第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，提供给其他客户。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的作品信息、工序照片、画师信息和订单数据归甲方所有，乙方仅为提供本合同约定的部署、维护服务而访问，不得用于其他目的。

8.2 乙方远程维护时应使用甲方分配的账号，按最小必要原则操作，并保留操作记录；乙方不得下载或留存甲方数据副本。

8.3 因乙方违反上述约定造成甲方数据泄露或丢失的，乙方应立即通知甲方、协助恢复数据并承担相应赔偿责任。

## 第九条 责任限制

9.1 乙方就本合同承担的全部违约及赔偿责任，累计不超过合同总价的20%。

9.2 乙方不对甲方的间接损失、利润损失、商誉损失或数据丢失造成的经营损失承担责任。

9.3 因甲方操作不当、自行修改系统或第三方软硬件原因造成的问题，乙方不承担责任。

9.4 乙方对甲方在系统中录入数据的真实性、准确性不承担责任。甲方因使用系统统计结果作出经营决策所产生的风险，由甲方自行承担。

## 第十条 合同解除

10.1 一方严重违反本合同，经另一方书面催告后30日内仍未改正的，另一方有权解除合同。

10.2 合同解除的，甲方已支付的款项中与已完成工作相对应的部分不予退还。

## 第十一条 甲方义务

11.1 甲方应在合同签订后7日内向乙方提供完整、准确的需求说明、工序清单、画师名单和网店系统接口资料，并指定一名项目联系人。

11.2 甲方应自行准备满足乙方配置要求的服务器、操作系统、数据库、网络和扫码终端，并承担相关费用。

11.3 甲方应按乙方要求配合完成需求确认、数据整理和功能测试，对乙方提交的需求确认书应在3个工作日内签字确认，逾期未确认的视为同意。

11.4 甲方应做好系统数据的日常备份，并确保系统仅由经过培训的人员使用。

## 第十二条 需求变更

12.1 需求确认书签字后，甲方提出新增或修改需求的，应以书面形式提出，乙方评估工作量和工期影响后报价，经甲方确认后实施，交付期限相应顺延。

12.2 变更引起的费用按本合同第2.2款的人日单价计算，甲方应在变更确认后5个工作日内支付。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方并提供证明。
不可抗力影响持续超过60日的，任何一方可书面通知对方解除合同，双方按已完成的工作量结算，甲方应支付乙方已完成工作的费用。

## 第十四条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方对本合同条款已充分阅读并理解。

15.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。本合同附件包括：附件1《需求确认书》，附件2《功能清单》，附件3《报价单》。

15.3 双方通知以电子邮件或书面形式发送至合同首页记载的联系方式，发出即视为送达。

15.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. KS-DL-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Dalian Haixing Seafood Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dalian, Liaoning Province (the "Buyer"), and Kaiyo Systems Co., Ltd., a company incorporated in Japan with its head office in Hachinohe, Aomori Prefecture (the "Vendor").
P:The Buyer operates three seafood processing plants and two cold stores in Dalian. The Vendor develops and licenses the FishTrace production planning and quality traceability software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the FishTrace software modules listed in Article 2.1, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other items the Vendor develops or configures specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Licensed Software by or for the Buyer, including batch, catch origin, supplier, temperature, inspection and customer data.
P:1.4 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the following modules for its own business at any of its sites in mainland China, for up to 250 named users: production planning, raw material receiving, batch traceability, quality inspection, cold store management and label printing.
P:2.2 The Vendor shall install and configure the Licensed Software on the Buyer's servers in Dalian, migrate master data and open batches from the Buyer's existing systems, develop interfaces to the Buyer's ERP system, weighing scales and cold store temperature loggers, and train the Buyer's key users and administrators.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 2,040,000 (two million forty thousand yuan), inclusive of applicable taxes, made up of: licence fee CNY 1,260,000; implementation and configuration CNY 540,000; interfaces CNY 180,000; training CNY 60,000.
P:3.2 The Contract Price is fixed. It covers all work described in Annex 1, travel and living costs of the Vendor's staff, and all warranty services under Article 6.
H:Article 4 Payment and Delivery
P:4.1 The Buyer shall pay the Contract Price in three instalments, each within 30 days after receipt of a valid invoice:
P:(a) 20% (CNY 408,000) after signature of this Agreement and receipt of an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer;
P:(b) 45% (CNY 918,000) after Provisional Acceptance;
P:(c) 35% (CNY 714,000) after Final Acceptance.
P:4.2 The Vendor shall complete installation, configuration, data migration and interfaces and request Provisional Acceptance within 150 days after signature. If the Vendor fails to achieve Provisional Acceptance or Final Acceptance by the dates in Annex 2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 Provisional Acceptance is achieved when the Buyer signs a Provisional Acceptance certificate after all of the following have been demonstrated: every function in Annex 1 passes the agreed test scripts; migrated master data and open batches reconcile record by record with the source systems; all interfaces exchange data without error for ten consecutive working days; a complete forward and backward trace of any batch can be produced within 30 seconds.
P:5.2 Final Acceptance is achieved when the Licensed Software has run in live operation at all three plants for 60 consecutive days without a Severity 1 incident, all open defects of Severity 2 have been corrected, and the Vendor has delivered the final documentation and the source code of the Custom Deliverables. The Buyer shall sign the Final Acceptance certificate within ten working days or state its reasons in writing.
P:5.3 Installation, go-live or use of the Licensed Software in production does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect at its own cost and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to Annex 1 and be free from material defects for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new releases, and provide support at no charge.
P:6.2 Incidents are classified and handled as follows:
P:(a) Severity 1 (production planning, receiving, traceability or label printing unavailable at any plant): response within 1 hour, workaround within 8 hours, permanent fix within 5 working days;
P:(b) Severity 2 (a function impaired, with a workaround available): response within 2 hours, fix within 5 working days;
P:(c) Severity 3 (minor defects and questions): response within one working day, fix in the next release.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,500; for each working day by which it exceeds a Severity 2 fix time, CNY 800. Credits are deducted from the next payment due to the Vendor or from the support fee.
P:6.4 After the Warranty Period the Buyer may order annual support at a fee of 11% of the licence fee, that is CNY 138,600 per year, fixed for the first three years after the Warranty Period. Support is ordered by separate purchase order each year; it does not renew automatically. Annual support covers the services of Articles 6.2 and 6.3 and all new releases.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them to third parties without restriction.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and on the Buyer's instructions and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Licensed Software is installed on the Buyer's premises. Remote access by the Vendor is allowed only through the Buyer's VPN with multi-factor authentication, for a session approved by the Buyer in advance, and is logged. The Vendor shall not copy Buyer Data outside the Buyer's systems; test data leaving the Buyer's site must be masked by the Buyer.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, keep its staff bound by written security obligations and notify the Buyer within eight hours after becoming aware of any security incident affecting Buyer Data. The Vendor is liable for all losses caused by a security incident attributable to it, including fines imposed on the Buyer.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations. These obligations survive for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement of intellectual property or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if liquidated damages under Article 4.2 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund payments received for work not accepted, and the licences granted for accepted work continue.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, such as earthquake, typhoon, epidemic or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Japan.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Commercial Arbitration Rules of the Japan Commercial Arbitration Association. The seat of arbitration is Tokyo and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Support Contacts), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is executed in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E02 = r"""# Order Form and General Terms — BadaOrder Dealer Ordering Service

**Order Form No.** HBM-CN-2027-0086

**Provider:** Hanbit Marine Software Co., Ltd., 45 Haean-ro, Tongyeong-si, Gyeongsangnam-do, Republic of Korea

**Customer:** Qingdao Lanhai Aquafeed Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China

This Order Form consists of Part A (Order Details) and Part B (General Terms). In case of conflict, Part A prevails over Part B.

## Part A — Order Details

### A1. Service

BadaOrder is a cloud service for feed and aquaculture suppliers. It lets the Customer's dealers and fish farms place orders on mobile devices, lets the Customer's sales representatives plan visits and record farm data, and gives the Customer's head office pricing, credit control, delivery scheduling and sales reporting. The Service is described in the Service Description attached as Exhibit 1. The Service is hosted in a data centre in Shanghai.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5; the second Subscription Year starts on the first anniversary of that date. The Subscription Term ends at the end of the second Subscription Year. This Order Form does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| BadaOrder subscription, Subscription Year 1 | 180 named users | 1,400 per user per year | 252,000 |
| BadaOrder subscription, Subscription Year 2 | 180 named users | 1,400 per user per year | 252,000 |
| Onboarding (configuration, price list and dealer import, ERP interface, training), one-time | 1 | 48,000 | 48,000 |
| **Total Fees** | | | **552,000** |

All amounts include value-added tax. Additional named users may be added at the same unit price, pro rata for the remaining part of the Subscription Year. SMS charges of the Customer's chosen carrier are passed through at cost and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(b) The onboarding fee is invoiced after Go-Live Acceptance.

(c) The Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding within 60 days after signature of this Order Form (the "Target Go-Live Date"). Onboarding includes configuration of the Customer's product catalogue, price lists and credit rules, import of about 1,900 dealers and farms, an interface to the Customer's ERP for orders, deliveries and invoices, and training of 20 key users.

(b) Go-Live Acceptance is given by the Customer in writing when: all functions in Exhibit 1 pass the Customer's test cases; imported dealers, prices and credit limits match the source lists record by record; orders and deliveries pass through the ERP interface without error for ten consecutive working days; and an order can be placed on a mobile device in under three seconds with 300 concurrent users. Access to a test environment is not acceptance.

(c) If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay the Customer CNY 600 for each day of delay, deducted from the onboarding fee.

### A6. Service Levels and Support

(a) Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 00:00 and 06:00 Beijing time.

(b) Priority 1 incidents (the Service, ordering or the ERP interface unavailable for all users) are responded to within 1 hour and worked on continuously until resolved. Priority 2 incidents (a function impaired for some users) are responded to within 3 hours. Priority 3 requests are answered within two working days.

(c) Support is available in Chinese and English through the support portal and a hotline.

(d) The service levels in this A6 are targets. Provider will report monthly availability and incident statistics to the Customer on request. No service credits, fee reductions or other payments apply if a target is not met.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means data submitted to the Service by or for the Customer, its dealers and farms, including orders, prices, farm records and contact details.

1.2 "Customer Materials" means the configurations, report templates, price rules and interface mappings created for the Customer during onboarding or later at the Customer's request.

### 2. Use of the Service

2.1 Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to use the Service for the Customer's business and to allow its dealers and farms to use the ordering functions.

2.2 The Customer shall not resell the Service, attempt to access its source code or use it in breach of applicable law.

2.3 The Customer is responsible for the accuracy of the prices, credit limits and product data it enters, for the acts of its dealers and farms using the Service, and for keeping user names and passwords of its users confidential.

2.4 Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in Exhibit 1. Provider will announce major updates at least ten days in advance through the support portal.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. Provider uses Customer Data only to provide the Service to the Customer under this Order Form and for no other purpose.

3.2 Within 30 days after the end of the Subscription Term, Provider will return Customer Data in CSV format on request and then delete it.

### 4. Intellectual Property

4.1 Provider owns the Service, its software and documentation, and all improvements to them.

4.2 Customer Materials belong to the Customer. The Customer may use, modify and permit third parties to use them without restriction, also after the Subscription Term.

### 5. Confidentiality

5.1 Each party shall keep the other party's non-public business, technical and pricing information confidential, use it only for this Order Form and disclose it only to employees and advisers who need it and are bound by similar obligations.

5.2 This obligation lasts during the Subscription Term and for three years after it ends.

### 6. Subcontractors

6.1 Provider may engage subcontractors, including hosting and communication providers and implementation partners in China, to perform any part of the Services. Provider will inform the Customer of the subcontractors it uses on request. Provider remains responsible for its subcontractors' performance.

### 7. Warranties

7.1 Provider warrants that the Service will perform materially in accordance with Exhibit 1 and that onboarding services will be performed with reasonable skill and care.

7.2 If the Service does not so perform, Provider will correct the non-conformity without additional charge.

7.3 Provider warrants that the Service and Customer Materials do not infringe the intellectual property rights of any third party and will defend the Customer against any such claim at its own cost.

### 8. Limitation of Liability

8.1 Each party's aggregate liability under this Order Form is limited to two times the Total Fees.

8.2 Neither party is liable for indirect or consequential loss, or loss of profit, except for breach of Section 5.

### 9. Term and Termination

9.1 This Order Form starts on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach.

9.3 If the Customer terminates under 9.2, Provider shall refund the prepaid subscription fees for the remaining part of the Subscription Year.

9.4 Provider may suspend access for users who misuse the Service, after notice to the Customer, only to the extent needed to stop the misuse.

9.5 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as possible.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses the parties designate.

11.2 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business.

11.3 This Order Form is executed in English. Any Chinese translation is for reference only.

11.4 This Order Form is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

**Signed for the Customer:** ____________________ Date: __________

**Signed for the Provider:** ____________________ Date: __________
"""

E03 = r"""
T:Supply Contract for Cold Store Temperature Monitoring Sensors and Software
P:Contract No. HXCC-PUR-2027-0142
P:Buyer: Ningbo Hengxin Cold Chain Logistics Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: San-in Sensing Co., Ltd., Yonago, Tottori Prefecture, Japan (the "Supplier").
P:The Buyer operates five cold store warehouses in Ningbo and wishes to monitor temperature and humidity in every chamber, loading dock and reefer container bay. This Contract is made on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Schedule.
P:1.2 "Software" means the ColdWatch monitoring software, including the alarm server, web console and mobile application, licensed under clause 3.
P:1.3 "System" means the Equipment and Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all measurement records, alarms, audit trails, site layouts and other data collected or generated by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment, install and configure the Software on the Buyer's servers, integrate the System with the Buyer's warehouse management system (WMS), and train the Buyer's staff, all as described in Appendix A (Technical Specification).
P:2.2 Each sensor shall measure temperature from -40 °C to +60 °C with an accuracy of ±0.3 °C and relative humidity with an accuracy of ±3 % RH, and shall operate on battery for at least three years at a five-minute reporting interval.
P:2.3 The Supplier shall calibrate every sensor in a laboratory accredited under ISO/IEC 17025 before shipment and provide a calibration certificate for each serial number.
P:2.4 The Supplier shall train ten operators and four administrators of the Buyer in Ningbo, in Chinese, on daily monitoring, alarm handling, battery replacement, sensor relocation, user management and report generation, and shall provide user and administrator manuals in Chinese.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all of its sites in mainland China, for an unlimited number of users and for all sensors supplied under this Contract or later purchased from the Supplier.
P:3.2 The Buyer may make copies of the Software for backup, testing and disaster recovery.
H:4. Price
P:4.1 The Contract Price is CNY 1,440,000, inclusive of value-added tax, delivery to the Buyer's sites (DAP Ningbo, Incoterms 2020), customs clearance, installation and all other costs of the Supplier, as set out in the Price Schedule below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor with mounting kit|640|980|627,200
TB:2|LoRa gateway with 4G backup|32|7,400|236,800
TB:3|ColdWatch monitoring software, perpetual site licence|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,182,000
TB:4|Installation, calibration check and commissioning|1 lot|146,000|146,000
TB:5|Integration with the Buyer's WMS|1 lot|92,000|92,000
TB:6|Training of operators and administrators|1 lot|20,000|20,000
TB:|Contract Price|||1,440,000
P:4.2 The prices are fixed and not subject to exchange-rate adjustment.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 144,000) within 30 days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 792,000) within 30 days after all Equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 504,000) within 30 days after Final Acceptance.
H:6. Delivery and Delay
P:6.1 The Supplier shall deliver all Equipment within 70 days after signature and complete installation, integration and commissioning within 110 days after signature.
P:6.2 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, calibration certificates and the import documents required by Chinese customs. Risk in the Equipment passes to the Buyer on signature of the Installation Certificate.
P:6.3 If the Supplier fails to meet either date for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the maximum is reached, the Buyer may terminate the Contract under clause 15.
H:7. Acceptance
P:7.1 Final Acceptance requires that: every sensor reports to the Software at the agreed interval; a reference check of 5% of the sensors, chosen by the Buyer, shows no deviation beyond the specified accuracy; alarms reach the duty mobile phones within 60 seconds in a test of every warehouse; records pass to the WMS without loss for ten consecutive days; and the System runs for 30 consecutive days without a Severity 1 fault.
P:7.2 The Buyer shall issue the Final Acceptance certificate within seven working days after the criteria are met or state in writing which criteria are not met. Delivery, installation or operational use of the System is not acceptance.
H:8. Warranty
P:8.1 The Supplier warrants the Equipment and Software for 36 months after Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, replace sensor batteries that fail early, correct Software defects and supply all Software updates free of charge.
P:8.2 The Supplier shall keep spare sensors and gateways in Ningbo equal to at least 2% of the installed quantity throughout the warranty period.
P:8.3 The warranty does not cover damage caused by forklift impact, misuse or modification by the Buyer. The Supplier shall nevertheless repair such damage at the unit prices in the Price Schedule if the Buyer so requests.
H:9. Service Levels
P:9.1 Faults are handled as follows:
TB:Severity|Description|Response|On site|Restoration
TB:Severity 1|Monitoring or alarms unavailable for a warehouse|30 minutes|6 hours|10 hours
TB:Severity 2|Single gateway or up to ten sensors not reporting|2 hours|next working day|2 working days
TB:Severity 3|Minor defect or question|1 working day|as agreed|next release
P:9.2 For each hour by which the Supplier exceeds a Severity 1 response, on-site or restoration time, the Supplier shall pay CNY 800; for each day by which it exceeds a Severity 2 time, CNY 500. The Buyer may deduct these amounts from any payment due.
H:10. Support after Warranty
P:10.1 After the warranty period the Buyer may order annual support for the fourth and fifth years after Final Acceptance at 9% of the Hardware and Licence Subtotal, that is CNY 106,380 per year, fixed. Support covers the services of clauses 8.1 and 9. Support is ordered by the Buyer each year and does not renew automatically.
H:11. Intellectual Property
P:11.1 The Software remains the property of the Supplier.
P:11.2 The WMS interface, reports, dashboards and configurations developed for the Buyer, with their source code and documentation, belong to the Buyer, which may use, modify and license them to third parties freely.
H:12. Buyer Data and Security
P:12.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:12.2 The Software runs on the Buyer's servers. The Supplier may access the System remotely only through the Buyer's VPN, for sessions approved by the Buyer, with all activity logged. The gateways shall encrypt all transmissions. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:12.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within six hours and shall be liable for all losses caused by an incident attributable to it.
H:13. Confidentiality
P:13.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer lists, storage plans and network details, and shall disclose it only with prior written consent. This obligation survives for five years after the end of the Contract.
H:14. Liability
P:14.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 12 and 13, which are unlimited.
P:14.2 The Supplier shall maintain public liability insurance covering its work at the Buyer's sites and shall comply with the Buyer's site safety, cold store access and hygiene rules.
H:15. Subcontracting and Termination
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation work may be subcontracted only to a company approved by the Buyer in writing.
P:15.2 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the maximum liquidated damages under clause 6.3 are reached.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.
P:16.3 While a dispute is pending, the parties shall continue to perform the undisputed parts of this Contract.
P:16.4 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the delay.
P:Appendix A: Technical Specification. Appendix B: Site Plan and Sensor Locations.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""# Managed IT Services Agreement

**Agreement No.** DTS-HZ-MSA-2027-07

**Customer:** Huizhou Daya Bay Fine Chemicals Co., Ltd., Daya Bay Petrochemical Zone, Huizhou, Guangdong Province, People's Republic of China

**Service Provider:** Dolsan Techno Service Co., Ltd., Yeosu, Jeollanam-do, Republic of Korea, acting through its branch office in Guangzhou

The Customer operates a fine chemicals plant with about 900 employees. The Service Provider manages IT infrastructure for chemical and petrochemical plants in Korea and China. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" have the meanings given in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Service Provider accesses, processes or stores in performing the Services.

1.5 "Service Commencement Date" means the date on which Transition Acceptance is given under clause 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## 3. Transition

3.1 Within 75 days after signature the Service Provider shall take over the Services from the Customer's current provider, complete the inventory of all managed devices, install its monitoring tools, document the runbooks for every service in Schedule 1 and staff the on-site team.

3.2 Transition Acceptance is given by the Customer in writing when: the inventory reconciles with the Customer's asset register; every device in scope reports to the monitoring platform; runbooks for all services are approved by the Customer's IT manager; a failover test of the core network and a restore test of the ERP database succeed; and the service desk has operated in parallel with the current provider for ten working days without a missed Priority 1 target.

3.3 If Transition Acceptance is not achieved within 75 days after signature for reasons attributable to the Service Provider, the Service Provider shall pay CNY 500 for each day of delay until Transition Acceptance.

## 4. Service Delivery

4.1 The Service Provider shall perform the Services in accordance with Schedule 1, meet the Service Levels in Schedule 2 and comply with the Customer's site safety rules for the chemical plant, including permit-to-work and hot-work rules.

4.2 The Service Provider shall provide monthly service reports with Service Level results, incidents, changes, capacity trends and recommendations, and attend a monthly service review with the Customer.

4.3 If a Service Level is missed, the Service Provider shall credit the Service Credits in Schedule 2 against the next invoice and submit a root-cause report within five working days.

4.4 Key personnel (service delivery manager and on-site team leader) may be replaced only with the Customer's prior written approval.

4.5 All changes to production systems follow the Customer's change management procedure. Standard changes are approved in advance by category; normal changes need approval of the Customer's change advisory board; emergency changes may be made to restore service and must be recorded within one working day.

4.6 The Service Provider shall keep the asset inventory and the configuration management database up to date and give the Customer read access to its ticketing and monitoring portals.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3 and are fixed for the Term.

5.2 The transition fee is invoiced after Transition Acceptance. Monthly charges are invoiced monthly in arrears. The Customer pays each correct invoice within 30 days of receipt.

5.3 Additional devices or users beyond the volumes in Schedule 1 are charged at the unit rates in Schedule 3.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Service Provider shall process Customer Data only to perform the Services and in accordance with the Customer's written instructions, and shall not use it for any other purpose.

6.2 The Service Provider shall keep all Customer Data and monitoring data in mainland China, access production systems only through the Customer's privileged access management system with multi-factor authentication, apply the Customer's security policies and the requirements of MLPS level 3, and keep access logs for at least 180 days.

6.3 The Service Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data or the Customer's systems within two hours, cooperate fully in the investigation and remedy, and bear all losses caused by an incident attributable to it.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party, including process data, plant layouts, network diagrams and passwords, and use it only to perform this Agreement. This obligation continues for five years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Service Provider's monitoring tools and general methods remain its property.

8.2 Runbooks, scripts, configurations, documentation and reports prepared for the Customer belong to the Customer, which may use and modify them and give them to any successor provider.

## 9. Subcontracting

9.1 The Service Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## 10. Liability

10.1 The Service Provider's total liability arising out of or in connection with this Agreement in any contract year is limited to the Charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Termination

11.1 This Agreement may be terminated before the end of the Term only:

(a) by either party, by written notice, if the other party becomes insolvent, enters into liquidation or ceases business; or

(b) by written agreement of both parties.

11.2 Service Level failures are remedied by the Service Credits in Schedule 2 and the escalation procedure in Schedule 1. Neither party may terminate this Agreement because of a breach by the other party; each party's remedy for breach is damages within the limits of clause 10.

11.3 On expiry or termination the Service Provider shall provide exit assistance for up to 90 days, hand over all runbooks, configurations, credentials and Customer Data, and cooperate with the Customer's new provider. Exit assistance is charged at the unit rates in Schedule 3.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 13. General

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 Notices shall be given in writing to the addresses above, or to other addresses notified in writing, and take effect on receipt.

13.3 Schedules 1 to 3 form part of this Agreement. This Agreement is executed in English and Chinese; both versions are equally authentic.

## Schedule 1 — Services

| Service | Scope | Volume | Hours |
|---|---|---|---|
| Service desk | Single point of contact in Chinese and English, ticket handling, user support | 900 users | 24 x 7 |
| Network management | Core, distribution and access switches, plant wireless, firewalls | 214 devices | 24 x 7 monitoring |
| Server and storage management | Windows and Linux servers, virtualisation, SAN, backup | 86 servers | 24 x 7 monitoring |
| End-user computing | Desktops, laptops, printers, on-site support by two engineers | 760 devices | Mon–Sat 08:00–20:00 |
| Security operations | Patch management, antivirus, log review, vulnerability scans | all devices in scope | monthly cycle |
| Escalation | Service delivery manager, then Service Provider's China country manager | — | as required |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit if missed |
|---|---|---|
| Availability of core network and ERP servers | 99.95% per month | 5% of the monthly charge for each 0.02 percentage point or part below the level |
| Priority 1 response (plant-wide outage, ERP or MES down) | 15 minutes | 2% of the monthly charge per late incident |
| Priority 1 restoration | 3 hours | 3% of the monthly charge per late incident |
| Priority 2 response | 1 hour | 1% of the monthly charge per late incident |
| Service desk calls answered within 60 seconds | 90% | 1% of the monthly charge |

Total Service Credits in a month are limited to 20% of the monthly charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee, one-time | fixed | 96,000 |
| Monthly service charge | 58,000 per month x 36 months | 2,088,000 |
| **Total Contract Value** | | **2,184,000** |
| Additional server | per server per month | 450 |
| Additional end-user device | per device per month | 38 |
| Engineer day (exit assistance, projects) | per day | 2,600 |

All Charges include value-added tax.

**For the Customer:** ____________________  **For the Service Provider:** ____________________
"""

E05 = r"""MARINE WEATHER AND SEA ICE DATA SUBSCRIPTION AGREEMENT

Agreement No.: SMW-TJ-2027-015

PARTIES

Soya Marine Weather Co., Ltd., a company incorporated in Japan, with its head office in Wakkanai, Hokkaido ("Provider"); and

Tianjin Beiyang Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Binhai New Area, Tianjin ("Customer").

BACKGROUND

The Customer operates a fleet of 34 bulk carriers and product tankers trading in the Bohai Sea, the Yellow Sea and the North Pacific. The Provider produces marine weather forecasts, sea ice analyses and route forecasts from its own models and observation network and delivers them through an application programming interface (API). The Customer wishes to use these data in its fleet operations centre and its voyage planning system. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Services" means the data feeds and API described in Annex 1, including gridded wind, wave and current forecasts, sea ice concentration and thickness analyses for the Bohai Sea and the northern Yellow Sea, storm warnings and voyage route forecasts.

1.2 "Production Access Date" means the date on which the Customer gives Integration Acceptance under clause 4.

1.3 "Subscription Year" means the period starting on the Production Access Date and ending on the day before its first anniversary (Subscription Year 1), and the following period of the same length (Subscription Year 2).

1.4 "Customer Data" means vessel identities, positions, planned routes, cargo and draught information, queries and any other data the Customer or its vessels submit to the Data Services.

1.5 "Integration Adapters" means the software components, mappings and scripts the Provider develops to connect the Data Services with the Customer's voyage planning system and fleet dashboard.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Years to access the Data Services, to use the data in its own operations and to display them to its employees, masters and crews, and to the charterers of its vessels for the voyages concerned.

2.2 The Customer may store the data received and use stored data for voyage records, claims and internal analysis also after the end of this Agreement. The Customer shall not resell the data as a data product.

2.3 The subscription covers up to 60 users of the web viewer, API calls for the whole fleet without volume limit, and delivery of data files to the vessels by satellite link in compressed format.

2.4 The Provider shall maintain the forecast models, observation inputs and update frequency described in Annex 1 throughout the Subscription Years and shall give the Customer at least 60 days' notice of any change to data formats or API versions, keeping the previous version available for at least 90 days after the change.

3. FEES AND PAYMENT

3.1 The fees are:

    Subscription Year 1, Data Services for the whole fleet       CNY 420,000
    Subscription Year 2, Data Services for the whole fleet       CNY 441,000
    Integration Adapters and onboarding, one-time                CNY  36,000
    Total fees                                                   CNY 897,000

3.2 The fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after Integration Acceptance. The Customer pays each correct invoice within 30 days of receipt, in CNY, to the Provider's account in mainland China.

3.3 All fees include value-added tax and any withholding tax. Satellite communication charges for delivery to vessels are borne by the Customer.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature, the Provider shall develop and install the Integration Adapters, configure the Customer's fleet list and areas of interest, and train the operations centre staff.

4.2 Integration Acceptance is given by the Customer in writing when: all data types in Annex 1 are received in the voyage planning system for all vessels; forecast updates arrive within 20 minutes after each model run for ten consecutive days; a sea ice route forecast can be produced for a test voyage from Tianjin to Dalian in under one minute; and the Provider has delivered the adapter source code and documentation.

4.3 If Integration Acceptance is not achieved within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.

4.4 The Customer shall provide the interface specifications of its voyage planning system, a test environment and a contact person, and shall review each test result within three working days.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least three days in advance and not carried out during a storm warning or the sea ice season (December to March) in daytime hours.

5.2 Incidents are handled as follows. Priority 1 (API unavailable, forecasts not updated for more than one model cycle, or storm warnings not delivered): response within 1 hour, restoration within 6 hours. Priority 2 (a data type or area delayed or incomplete): response within 3 hours, restoration within one working day. Priority 3 (questions and minor defects): response within two working days.

5.3 If monthly availability falls below the level in clause 5.1, the Provider shall credit 5% of the monthly equivalent of the current Subscription Year fee for each full or partial 0.5 percentage point of shortfall. If a Priority 1 incident is not restored in time, the Provider shall credit 2% of that monthly equivalent for each further hour. Credits are deducted from the next invoice or paid at the end of the Agreement.

5.4 The Provider shall provide a duty forecaster contact reachable at all times during storm warnings and the sea ice season.

5.5 The Provider shall send the Customer a monthly report on availability, incidents, data delays and service credits, and shall hold a review meeting with the Customer's operations centre before and after each sea ice season.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Services to the Customer and shall not use it for any other purpose, sell it or disclose it to third parties.

6.2 Customer Data is stored only on servers located in mainland China operated by the Provider's hosting provider. The Provider shall encrypt Customer Data in transit and at rest, limit access to named staff with multi-factor authentication, keep access logs and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within eight hours, take immediate steps to contain it, and compensate the Customer for all losses caused by an incident attributable to the Provider.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's fleet positions, routes and commercial terms, and use it only to perform this Agreement. This obligation survives for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns its models, forecasts and data products. The Customer's rights in them are those granted in clause 2.

8.2 The Integration Adapters belong to the Customer. The Customer may use, modify and license them to third parties freely.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract any part of the Data Services or the integration work, other than the hosting provider named in Annex 2, without the Customer's prior written consent.

10. LIABILITY

10.1 The Provider's total liability under this Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Forecasts are provided to support, not replace, the judgement of the Customer's masters. Neither party is liable for indirect or consequential loss.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of Subscription Year 2.

11.2 At the end of Subscription Year 2, and at the end of each renewal period, this Agreement renews automatically for a further period of the same length as a Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period. The fees for each renewal period are the Provider's list prices in force at the start of that period, which the Provider may increase at its discretion.

11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates under this clause, the Provider shall refund the unused part of the fee for the current Subscription Year.

11.4 On termination or expiry, the Provider shall return Customer Data on request and delete it within 30 days.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

13. GENERAL

13.1 Annex 1 (Data Services Description) and Annex 2 (Hosting Provider) form part of this Agreement.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 This Agreement is made in English in two originals.

13.4 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, the failure of public satellite or telecommunication networks, or government action, provided that it notifies the other party promptly.

SIGNED for the Customer: ____________________     SIGNED for the Provider: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format, source)
FILES = {
    "h893z01": ("h893z01_civil_affairs_elderly_meal_platform.pdf", "pdf", Z01),
    "h893z02": ("h893z02_washbasin_factory_line_control_retrofit.docx", "docx", Z02),
    "h893z03": ("h893z03_ship_model_school_chain_booking_saas.txt", "txt", Z03),
    "h893z04": ("h893z04_flood_supplies_warehouse_system_om.txt", "txt", Z04),
    "h893z05": ("h893z05_pyrography_studio_tracking_supplier_template.md", "md", Z05),
    "h893e01": ("h893e01_seafood_traceability_licence_japan_vendor.pdf", "pdf", E01),
    "h893e02": ("h893e02_dealer_ordering_saas_order_form_korea.md", "md", E02),
    "h893e03": ("h893e03_cold_store_sensors_monitoring_licence.docx", "docx", E03),
    "h893e04": ("h893e04_chemical_plant_managed_it_36_months.md", "md", E04),
    "h893e05": ("h893e05_marine_weather_sea_ice_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def terms(avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# per draft: language, category, terms, extra (sla_clause, ld_stated, capped or None, deemed, contract_value),
# TCO fee base (itemised licence / hardware subtotal) or None, forum outside mainland China, design rule list
LABELS = {
    "h893z01": ("zh", "software",
                terms(99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True,
                      False, "PRC", G),
                (True, True, True, False, 1480000), 680000, False,
                ["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
    "h893z02": ("zh", "hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True,
                      True, "PRC", G),
                (True, True, True, False, 1800000), 1453200, False,
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h893z03": ("zh", "cloud",
                terms(99.95, 0.25, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True,
                      True, False, "PRC", S),
                (True, True, None, False, 640000), None, False,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h893z04": ("zh", "services",
                terms(99.95, 0.25, True, "buyer", True, True, True, 0.2, None, None, True, None, None, None, False,
                      True, False, "PRC", S),
                (True, True, None, False, 386000), None, False,
                []),
    "h893z05": ("zh", "software",
                terms(None, None, False, "supplier", True, True, False, None, 20, 65, False, False, 6, 10, False,
                      True, None, None, G),
                (False, False, True, True, 440000), 168000, False,
                ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h893e01": ("en", "software",
                terms(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 11, False, True,
                      False, "Japan", G),
                (True, True, True, False, 2040000), 1260000, True,
                ["CR-GOVERNING-LAW"]),
    "h893e02": ("en", "cloud",
                terms(99.95, 1, False, "buyer", False, True, True, 600 / 552000 * 100, 200, None, True, None, None,
                      None, False, True, True, "PRC", S),
                (True, True, None, False, 552000), None, False,
                ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "h893e03": ("en", "hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 9, False, True,
                      False, "PRC", G),
                (True, True, True, False, 1440000), 1182000, False,
                []),
    "h893e04": ("en", "services",
                terms(99.95, 0.25, True, "buyer", True, True, True, 500 / 2184000 * 100, 6 / 36 * 100, None, True,
                      None, None, None, False, False, False, "PRC", S),
                (True, True, None, False, 2184000), None, False,
                ["CR-LD-LOW", "CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "h893e05": ("en", "cloud",
                terms(99.5, 1, True, "buyer", True, True, True, 900 / 897000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, True, True, False, "PRC", S),
                (True, True, None, False, 897000), None, False,
                ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
}

RISK = {"design": {"h893z01": "medium", "h893z02": "high", "h893z03": "medium", "h893z04": "low", "h893z05": "high",
                   "h893e01": "low", "h893e02": "high", "h893e03": "low", "h893e04": "medium", "h893e05": "medium"}}

# policy §3 thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15, "tco_share_pct": 40}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, extra, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra[2]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (extra[4] + fees) * 100


def derive(t, extra, base, forum_out):
    """This folder's reading of policy §3 (see NOTES.md, Conventions)."""
    sla, ld_stated, capped, deemed, cv = extra
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra, base)
        if share is not None and share > TH["tco_share_pct"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold-figure scan
BANNED = [
    r"(?<![\d.])30\s*%", r"(?<![\d.])30\s*per\s*cent", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"(?<![\d.])40\s*%", r"(?<![\d.])40\s*per\s*cent", r"百分之四十(?![一二三四五六七八九])", r"四成",
    r"(?<![\d.])15\s*%", r"(?<![\d.])15\s*per\s*cent", r"(?<!之)百分之十五",
    r"(?<![\d.,])100\s*%", r"(?<![\d.,])100\s*per\s*cent", r"百分之百", r"百分之一百",
    r"(?<![\d.])99\.90*(?!\d)", r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"千分之0\.5",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?)(?![a-z])", r"(?<![十\d])四\s*(?:个)?\s*小时", r"(?i)four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.年])12\s*(?:个)?\s*(?:自然)?\s*(?:月|months?|-month)", r"十二\s*个?\s*月", r"(?i)twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?<![每第])一\s*年(?!度)", r"(?<![\d.])1\s*年(?!度)", r"(?i)\bone[\s-]*year", r"(?i)(?<![\d.,])1[\s-]*years?\b",
]
MUST_HIT = ["30%", "30 %", "百分之三十", "40%", "百分之四十", "15 %", "百分之十五", "100%", "99.9%", "99.90 %", "99.9",
            "0.05%", "0.05", "万分之五", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "four (4) hours", "4hours",
            "12个月", "十二个月", "12 months", "twelve months", "twelve (12) months", "12-month", "一年", "1年",
            "one year", "one-year", "1 year"]
MUST_MISS = ["130%", "1.30%", "99.95%", "99.5%", "0.08%", "0.055%", "24小时", "24 hours", "14 hours", "112 months",
             "百分之三十五", "百分之二十五", "15日", "第十二条", "每年", "一个服务年度", "Subscription Year 1", "40 days",
             "1,400 per user per year", "4.5 hours", "十四小时", "2,100%", "2027年12月31日"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for pat in BANNED:
            for m in re.finditer(pat, form):
                hits.append((pat, form[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest_scan():
    for s in MUST_HIT:
        assert any(re.search(p, s) for p in BANNED), ("must hit", s)
    for s in MUST_MISS:
        assert not any(re.search(p, s) for p in BANNED), ("must miss", s, [p for p in BANNED if re.search(p, s)])


# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_sums():
    assert 680000 + 560000 + 150000 + 90000 == 1480000 and 296000 + 666000 + 518000 == 1480000
    assert 708000 + 228000 + 81600 + 149600 + 286000 == 1453200
    assert 1453200 + 212000 + 118800 + 16000 == 1800000 and 360000 + 630000 * 2 + 180000 == 1800000
    assert round(1453200 * 0.28) == 406896 and 6 * 118000 == 708000 and 24 * 9500 == 228000
    assert 40 * 6800 == 272000 and 272000 * 2 + 96000 == 640000
    assert 96500 * 4 == 386000
    assert 168000 + 236000 + 36000 == 440000 and 286000 + 154000 == 440000 and 168000 // 10 == 16800
    assert 1260000 + 540000 + 180000 + 60000 == 2040000 and 408000 + 918000 + 714000 == 2040000
    assert round(1260000 * 0.11) == 138600
    assert 180 * 1400 == 252000 and 252000 * 2 + 48000 == 552000
    assert 640 * 980 == 627200 and 32 * 7400 == 236800 and 627200 + 236800 + 318000 == 1182000
    assert 1182000 + 146000 + 92000 + 20000 == 1440000 and 144000 + 792000 + 504000 == 1440000
    assert round(1182000 * 0.09) == 106380
    assert 58000 * 36 == 2088000 and 2088000 + 96000 == 2184000
    assert 420000 + 441000 + 36000 == 897000


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    check_sums()
    selftest_scan()
    office = {k: (name, fmt) for k, (name, fmt, _) in FILES.items() if fmt in ("docx", "pdf")}
    write({k: FILES[k][2] for k in office}, office, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, fmt, _) in FILES.items():
        lang, cat, t, extra, base, forum_out, design = LABELS[k]
        assert list(t) == TERM_KEYS
        rules = derive(t, extra, base, forum_out)
        if rules != sorted(design):
            problems.append((k, "derived", rules, "design", sorted(design)))
        if risk_of(rules) != RISK["design"][k]:
            problems.append((k, "risk", risk_of(rules), RISK["design"][k]))
        covered |= set(rules)
        # no label value on a threshold
        for key in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                    "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            v = t[key]
            if v is not None and abs(v - TH[key]) < 1e-9:
                problems.append((k, "on threshold", key, v))
        share = tco_share(t, extra, base)
        if share is not None and abs(share - TH["tco_share_pct"]) <= 2:
            problems.append((k, "TCO share within 2 points", share))
        # label file
        sla, ld_stated, capped, deemed, cv = extra
        ex = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            ex["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        ex["acceptance_deemed_on_delivery"] = deemed
        ex["contract_value"] = cv
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": ex,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        # read back: length and threshold scan
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%-60s %s %5d %-6s rules=%s tco=%s" % (name, lang, n, risk_of(rules), ",".join(
            x[3:] for x in rules) or "-", None if share is None else round(share, 2)))
        if not ok:
            problems.append((k, "length", n))
        for h in scan(text):
            problems.append((k, "threshold figure", h))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "see PROBLEM lines"
    print("all checks passed")


if __name__ == "__main__":
    main()
