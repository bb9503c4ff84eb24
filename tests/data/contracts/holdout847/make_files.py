"""holdout847: builds the ten held-out draft contracts from the sources below, writes their .json labels and checks
them (lengths as read back, thresholds, rule derivation and coverage). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:海鸥栖息地监测平台采购合同
P:合同编号：HYJ-ZFCG-2027-018    采购方式：公开招标（政府采购）
P:甲方（采购人）：××市海洋局
P:乙方（供应商）：××生态信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方就海鸥栖息地监测平台软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供海鸥栖息地监测平台软件（以下简称"平台"）的永久使用许可，部署于甲方使用的政务云，不限用户数和终端数。
P:1.2 乙方按甲方需求完成定制开发，内容包括：岸线观测点位管理；鸟类种群计数与巢区分布图层；潮位、水温及水质数据接入；无人机巡护影像比对；繁殖季干扰预警与月度报告自动生成；与市海洋综合管理平台、自然保护地管理系统的数据接口。
P:1.3 乙方负责安装部署、历史观测数据初始化、系统联调、试运行和培训，并交付全部源代码、接口文档、部署手册、运维手册和用户手册。
P:1.4 培训内容包括平台操作、数据审核、预警规则配置和日常运维，培训对象为甲方业务人员及技术人员，累计不少于五个工作日，乙方提供培训教材并负责培训效果考核。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾贰万捌仟元整（¥1,928,000），为固定总价，已包含税费、差旅及完成本项目所需的一切费用。
P:2.2 分项价格：平台软件许可费¥1,160,000；定制开发费¥624,000；实施部署费¥118,000；培训费¥26,000。
P:2.3 除本合同另有约定外，甲方无须向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方通过国库集中支付方式付款。乙方应在每期付款前开具合法有效的发票，因发票问题导致的付款延迟不视为甲方违约。
H:第四条 交付期限与地点
P:4.1 乙方应于合同签订后九十日内完成部署及全部定制开发，并向甲方提交初步验收申请。
P:4.2 试运行期为六十日，自初步验收合格之日起计算。
P:4.3 交付地点为甲方指定的政务云环境及甲方办公地点。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与市海洋综合管理平台、自然保护地管理系统的接口连续七日数据交换无差错；在两百个并发用户下常用页面响应时间不超过三秒；通过第三方软件测评机构出具的安全测评。
P:5.2 最终验收标准：试运行期内无一级故障；繁殖季预警规则经甲方业务处室核验准确；历史数据迁移经抽样核对无差错；交付文档齐全；甲方组织专家评审通过并签署最终验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和每季度一次的巡检。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务。年维护费为平台软件许可费的9%，即每年¥104,400，质保期满后三年内不上调。维护合同逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.95%。计划内维护应安排在非工作时间，并提前三个工作日经甲方同意。
P:7.2 一级故障（平台整体不可用或监测数据无法采集）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能不可用）应在2小时内响应、24小时内解决；三级故障在下一版本中修复。
P:7.3 响应、到场或恢复每超时一小时，乙方向甲方支付违约金¥800；月可用率每低于约定值0.01个百分点，乙方向甲方支付¥1,000。上述款项甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件产品本身的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的功能模块、接口程序、数据模型及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用，无须另行付费。
P:8.3 乙方保证其提供的软件和服务不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台采集、存储和生成的全部数据（含观测记录、影像及统计结果）归甲方所有，乙方不得将其用于本合同以外的任何目的，也不得以任何形式留存或向他人提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密传输、日志审计和备份措施。运维操作须经甲方审批并通过堡垒机进行，不得将数据复制至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开的物种分布和保护地信息负有保密义务，未经甲方书面同意不得向第三方披露或用于其他项目。保密义务不因合同终止而终止。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同全部或部分义务转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 项目管理
P:15.1 乙方应指定具有同类项目经验的项目经理，项目经理未经甲方同意不得更换。乙方每两周向甲方提交项目进度报告，重大问题应及时书面报告。
P:15.2 乙方人员进入甲方办公场所或野外观测点，应遵守甲方管理制度和海洋保护区管理规定，不得惊扰鸟类栖息和繁殖。
P:15.3 乙方应在项目结束时向甲方移交全部项目过程文档，包括需求调研记录、设计说明、测试报告和会议纪要，并协助甲方完成项目绩效评价。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:17.2 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分，与本合同具有同等效力。
P:甲方（盖章）：××市海洋局        乙方（盖章）：××生态信息技术有限公司
P:签订日期：2027年  月  日
"""

Z02 = """T:调料瓶生产线控制系统改造合同
P:合同编号：TLP-GZ-2027-006
P:甲方：××调味品包装有限公司（调料瓶厂）
P:乙方：××智能装备科技有限公司
P:甲方现有三条吹瓶、灌装、旋盖、贴标生产线的控制系统已运行多年，备件停产、故障频繁。为提高产线稳定性和批次追溯能力，甲方委托乙方实施控制系统改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 更换三条产线的PLC控制器、触摸屏人机界面和伺服驱动器，并在每条产线加装瓶口视觉检测装置。
P:1.2 部署产线监控软件（永久许可），实现设备状态采集、产量与停机统计、批次追溯和报警推送，并与甲方ERP系统对接工单和批次数据。
P:1.3 乙方负责拆除旧设备、安装接线、程序编写、单机及联动调试、试生产保障和操作培训。改造施工应利用甲方计划停产窗口，每条产线停线不得超过六日。
P:1.4 改造后的控制系统应保留与甲方现有空压站、配料系统的联锁信号，并预留一条新增产线的接入能力。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾柒万元整（¥1,670,000），含税、运输、安装及调试费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|3套|486,000
TB:2|触摸屏人机界面|9台|158,000
TB:3|伺服驱动器及电机|24套|302,000
TB:4|瓶口视觉检测装置|3套|226,000
TB:5|产线监控软件永久许可|1套|214,000
TB:|软硬件小计||1,386,000
TB:6|安装调试及旧设备拆除|1项|167,000
TB:7|PLC及监控程序开发|1项|98,000
TB:8|操作及维护培训|1项|19,000
TB:|合计||1,670,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或人工价格变化而调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。到货及安装完成不视为验收。
P:3.3 三条产线通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。甲方付款以银行转账方式支付至本合同载明的乙方账户，乙方变更账户的，应出具加盖公章的书面通知。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后四十五日内完成全部设备到货，于七十五日内完成三条产线的改造和调试。
P:4.2 设备到货时双方共同开箱清点，清点记录仅确认数量和外观，不代表质量合格。
P:4.3 乙方应在施工前十日提交停线施工方案，列明每条产线的拆除、安装、调试步骤及回退措施，经甲方确认后实施。改造期间如出现无法按期恢复生产的情况，乙方应立即启用回退方案恢复原控制系统运行。
H:第五条 验收
P:5.1 验收标准：三条产线各连续试生产七十二小时；设备综合效率达到技术协议约定值；视觉检测装置对缺口、裂纹瓶的检出率达到技术协议约定值，误剔率不高于0.5%；监控软件产量数据与现场计数核对一致；ERP对接的工单和批次数据准确无误。
P:5.2 乙方提交验收申请后，甲方在七个工作日内组织验收并出具书面结论。试生产、产线恢复运行或甲方支付款项均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 视觉检测装置的检出率以甲方提供的缺陷样瓶进行测试，每条产线测试样瓶不少于五百只，测试结果由双方签字确认。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件缺陷修复。
P:6.2 故障分级：导致产线停机的故障为一级故障，乙方应在2小时内响应，8小时内到场处理；其他故障应在24小时内响应。
P:6.3 乙方响应或到场每超时一小时，向甲方支付违约金¥500，甲方可从应付款中扣除。
P:6.4 质保期满后，乙方提供维保服务，维保年费为软硬件小计的7.5%，即每年¥103,950。该费用自质保期满起三年内不上调，甲方可逐年决定是否续签。
P:6.5 乙方应在甲方厂区常备PLC模块、伺服驱动器和视觉相机等关键备件各一套，质保期内备件费用由乙方承担，备件使用后乙方应在七日内补齐。
H:第七条 知识产权
P:7.1 监控软件产品的知识产权归乙方所有，甲方享有永久使用权。
P:7.2 乙方为本项目编写的PLC程序、人机界面画面、对接程序及其源文件归甲方所有，乙方应在验收时完整交付，甲方可自行或委托他人修改使用。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、批次和追溯数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方逐次批准并使用甲方指定的VPN通道，不得擅自拷贝数据；乙方应对控制网络与办公网络实施隔离并关闭不必要的端口。发生数据泄露或因乙方原因导致控制系统遭受网络攻击的，乙方应在两小时内报告甲方，并承担相应赔偿责任。
P:8.3 乙方不得在控制系统中预留后门、远程锁机或限制使用的功能，质保期满或甲方未续签维保的，不影响控制系统和监控软件的正常使用。
H:第九条 保密
P:9.1 双方对在履约中获知的对方配方、工艺参数、价格及其他商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 因乙方原因造成产线停线超过约定天数的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方可将现场电气接线和桥架安装工作分包给具备相应资质的施工单位，但应提前五个工作日书面告知甲方分包单位名称，并对分包部分的质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 安全文明施工
P:14.1 乙方人员进入甲方厂区应遵守甲方安全生产、食品卫生和动火作业管理制度，穿戴防护用品，施工区域设置隔离和警示标识。
P:14.2 乙方施工中造成甲方设备、产品或人员损害的，由乙方承担赔偿责任。施工完成后乙方应清理现场，旧设备按甲方要求搬运至指定地点。
H:第十五条 培训与资料
P:15.1 乙方应为甲方操作工、电工和设备管理人员提供分层培训，累计不少于六个工作日，确保甲方人员能够独立完成日常操作、参数调整和一般故障处理。
P:15.2 乙方应在验收时交付电气图纸、程序备份、备件清单、操作及维护手册，以及各设备的出厂合格证和检验报告。所有资料应为中文版本，并同时提供纸质版和电子版。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十七条 其他
P:17.1 技术协议为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：                        日期：
"""

Z03 = """竖笛培训连锁门店预约及会员管理系统服务合同

合同编号：SD-IT-2027-011
甲方：××竖笛艺术培训有限公司（以下简称"甲方"，在全国经营35家直营门店）
乙方：××课约云软件有限公司（以下简称"乙方"）

甲方拟采购门店预约及会员管理云服务并由乙方完成实施。双方经友好协商，就以下条款达成一致。

一、服务内容
（一）SaaS服务
1. 乙方向甲方35家门店提供"课约通"预约及会员管理SaaS服务，功能包括课程与教室排期、学员预约与签到、会员卡及课时包管理、家长端小程序、教师课时统计、门店业绩报表和总部经营看板。
2. 服务以乙方云平台提供，甲方无须采购服务器。乙方负责平台的运行、维护、备份和版本更新。
（二）实施服务
1. 乙方负责系统初始化配置、35家门店的课程与价格体系设置、与甲方财务系统和支付通道的对接、历史会员及课时数据迁移。
2. 乙方为每家门店店长及前台人员提供现场或远程培训，并提供总部管理员培训。
（三）服务支持
1. 乙方提供每日8:00至22:00的在线客服和电话支持，覆盖门店营业时间。
2. 乙方应在每次版本更新前五日通知甲方更新内容，涉及门店操作变化的，提供操作说明或短视频教程。

二、服务期限
（一）服务期为两个服务年度。第一服务年度自系统上线验收合格之日起计算，第二服务年度紧接第一服务年度。
（二）乙方应于合同签订后四十五日内完成实施并提交上线验收申请。

三、费用及支付
（一）年服务费按门店计：每店每服务年度¥5,760，35家门店每服务年度合计¥201,600，两个服务年度合计¥403,200。
（二）一次性实施费¥58,000，历史数据迁移费¥16,800。
（三）合同总价为¥478,000（含税）。
（四）实施费和数据迁移费在上线验收合格后十五日内支付。每个服务年度的年服务费在该服务年度开始后十日内支付。
（五）服务期内新增门店按每店每服务年度¥5,760按月折算计费，不计入本合同总价。
（六）乙方应在收款前开具合法有效的增值税发票，发票信息有误的，甲方付款期限相应顺延。

四、上线验收
（一）上线验收标准：
1. 第一条所列功能全部可用，35家门店的课程、教室、教师和价格数据配置完成；
2. 历史会员、余额及剩余课时数据迁移后经甲方抽查核对无差错；
3. 与财务系统及支付通道对账连续七日一致；
4. 家长端小程序在高峰时段预约提交响应时间不超过两秒。
（二）乙方提交上线验收申请后，甲方在五个工作日内完成验收并签署验收单。门店试用不视为验收合格。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护须安排在夜间22:00至次日6:00，并提前两日通知甲方。
（二）一级故障（平台整体不可用、无法预约或无法收款）乙方应在1小时内响应，6小时内恢复；二级故障（部分门店或部分功能不可用）应在3小时内响应，次一工作日内解决。
（三）服务补偿：月可用率低于约定值的，每低于0.1个百分点，乙方按当月服务费的5%给予甲方服务费抵扣；一级故障恢复每超时一小时，抵扣当月服务费的2%。抵扣款在下一服务年度服务费中扣减，服务期届满时未抵扣完的，乙方应以现金退还。

六、数据归属与数据安全
（一）甲方在服务中录入或产生的学员、家长、会员、课时和交易数据归甲方所有。
（二）为改进产品和编制行业分析报告，乙方可以在对上述数据进行脱敏、汇总处理后使用，该等使用在服务期满后仍可继续。
（三）乙方应采取加密存储、传输加密、权限分级和操作日志等安全措施，保护学员及家长个人信息，遵守《个人信息保护法》等法律法规；乙方的云平台应通过网络安全等级保护第三级测评。
（四）发生数据泄露、丢失或被非法访问的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应的赔偿责任。
（五）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除平台中的甲方数据，并出具书面删除确认。
（六）乙方不得利用甲方学员及家长的联系方式开展营销或向其推送与甲方无关的信息。

七、保密
双方对因履行本合同而知悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

八、知识产权
（一）"课约通"平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的报表、看板及与财务系统的对接程序，其知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托第三方使用。

九、违约责任
（一）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露或故意、重大过失造成的损失除外。
（三）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。

十、续期
服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期服务费由乙方按其届时价格标准调整，每次上调幅度不超过上一服务年度服务费的8%。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经另一方书面通知后十五日内未予纠正的，守约方有权解除本合同。
（二）平台连续三个月月可用率低于约定值的，甲方有权解除合同，乙方应退还未使用服务期的服务费。
（三）合同解除的，乙方应按第六条第（五）项交付数据，并在甲方完成数据迁移前保持平台可用，最长不超过三十日。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、项目实施管理
（一）乙方应指派专职实施经理，负责制定实施计划、组织门店培训和协调数据迁移，实施经理更换须提前十日通知甲方并经甲方同意。
（二）甲方应指定总部联系人，及时提供门店清单、课程价格体系和历史数据，并组织门店人员参加培训。
（三）实施期间双方每周召开一次进度会，会议纪要经双方确认。
（四）服务期内，乙方应为甲方配备专属客户成功经理，每季度向甲方提交服务报告，内容包括可用率、故障处理、功能更新及使用情况分析。

十五、变更
服务期内甲方新增或关闭门店的，应提前十五日书面通知乙方，费用按第三条第（五）项结算。功能需求的重大变更由双方另行书面确认。

十六、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，部分或全部免除责任。但乙方不得以其云服务商或网络运营商的故障作为不可抗力主张免责。

十七、通知
本合同项下的通知以书面形式发送至合同首页载明的地址或双方确认的电子邮箱，电子邮件发出即视为送达。一方联系方式变更的，应在三日内书面通知对方，否则向原地址或邮箱发送的通知视为已送达。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、实施计划。

甲方（盖章）：                    乙方（盖章）：
授权代表：                        授权代表：
日期：                            日期：
"""

Z04 = """天坑地质遗迹监测系统年度运维服务合同

项目编号：ZRZY-CS-2027-004（竞争性磋商）
甲方（采购人）：××县自然资源局
乙方（供应商）：××地质工程信息技术有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就天坑地质遗迹监测系统年度运维服务事宜，经协商一致，订立本合同。

第一条 运维对象
（一）天坑群地质遗迹监测系统，包括：GNSS地表位移监测站14套、裂缝计22支、雨量计6套、倾角计9套、高清视频监控点11个、太阳能供电及通信设备，以及部署在甲方机房的监测数据平台和预警发布系统。
（二）乙方应于合同生效后十日内与上一年度运维单位完成交接，核对设备清单并形成交接记录。交接中发现设备缺失或损坏的，应在交接记录中注明并书面报告甲方，由甲方确认处理方式。

第二条 服务内容
（一）日常监测：每日检查数据平台运行和各监测点数据到报情况，发现数据中断、异常跳变及时处置。
（二）定期巡检：每月对全部监测点巡检一次，汛期（5月至9月）每月巡检两次；每季度完成设备清洁、校准和供电系统检查，并提交巡检记录。
（三）故障维修：对损坏的传感器、通信模块和供电部件进行维修或更换，更换备件由乙方提供，费用包含在运维服务费中，单件价格超过¥6,000的由甲方另行采购。
（四）预警保障：降雨或位移达到预警阈值时，乙方应配合甲方核查现场，协助发布预警信息。
（五）报告：每月提交运维月报，每季度提交监测分析报告，年末提交年度运维总结。
（六）应急值守：汛期及强降雨期间，乙方实行全天候值守，保持通讯畅通，接到甲方指令后立即组织人员赶赴现场。
（七）系统维护：对数据平台进行操作系统补丁更新、数据库维护、数据备份检查和预警模型参数复核，变更前须书面报甲方同意。
（八）配合工作：配合甲方完成上级部门的检查、地质灾害防治年度评估和科普展示，提供所需的监测数据和设备运行说明。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，合同自然终止，下一年度运维服务另行采购。

第四条 服务费用及支付
（一）年度运维服务费为人民币叁拾捌万陆仟元整（¥386,000），为固定总价，包含人工、交通、备件、仪器及税费。
（二）服务费按季度支付，每季度¥96,500，在该季度运维考核合格后十五个工作日内支付。本合同不设预付款。
（三）季度考核不合格的，甲方暂缓支付当季服务费，乙方整改并经复核合格后支付；依照第五条、第十条扣减的费用从当季服务费中直接扣除。

第五条 服务水平
（一）监测数据平台年可用率不低于99.95%；各监测点月数据到报率达到磋商文件规定的要求。
（二）一级故障（数据平台不可用、预警发布系统失效或三个以上监测点同时中断）乙方应在1小时内响应，6小时内到场，24小时内恢复；二级故障（单个监测点中断）应在2小时内响应，48小时内修复。
（三）未达到上述要求的，每发生一次超时，甲方从当季服务费中扣减¥1,500；数据平台年可用率或到报率未达标的，每低一个百分点扣减当季服务费的3%。

第六条 考核与验收
（一）甲方按季度对乙方进行运维考核，考核内容包括巡检完成率、故障响应及修复时效、数据到报率、报告质量，考核细则见磋商文件。
（二）季度考核得分不低于85分为合格，考核结果由甲方书面通知乙方，乙方有异议的可在五个工作日内申请复核；服务期满，甲方依据四个季度考核结果及年度运维总结组织年度验收，出具书面验收意见。

第七条 数据安全
（一）监测系统采集和生成的全部数据、视频及分析成果归甲方所有，乙方仅可为履行本合同使用，不得向任何第三方提供或用于其他目的。
（二）乙方应落实数据平台的访问控制、操作审计、数据备份和病毒防护措施，远程运维须经甲方同意并使用甲方指定的专用通道；乙方运维人员账号实行一人一号，离岗时立即注销。
（三）发生数据丢失、篡改、泄露或系统被攻击的，乙方应在1小时内报告甲方，并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。

第八条 知识产权
乙方在运维过程中形成的巡检记录、分析报告、处置脚本和技术文档归甲方所有，甲方可自由使用和修改。

第九条 人员要求
（一）乙方应配备项目负责人1名、驻县运维工程师2名，汛期增派1名，人员须具备相应专业背景。
（二）乙方更换项目负责人须经甲方同意，更换后的人员资历不得低于原人员。驻县运维工程师每月在岗时间不少于二十个工作日，甲方有权进行考勤抽查。
（三）乙方应建立运维工作台账，记录每次巡检、维修、更换和系统变更的时间、人员和结果，甲方可随时查阅。
（四）乙方人员应接受甲方组织的业务培训和安全教育，服从甲方现场管理。

第十条 违约责任
（一）乙方未按期完成月度巡检、季度校准或故障设备更换的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）因乙方原因导致预警信息漏报、迟报并造成损失的，乙方应承担赔偿责任。
（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十一条 合同的履行与变更
（一）本合同生效后，双方均应全面履行，不得单方解除。乙方违约的，甲方可依照本合同扣减服务费、收取违约金并要求乙方继续履行和采取补救措施。
（二）合同变更须经双方协商一致并签订书面补充协议。
（三）服务期内甲方新增监测点的，乙方应纳入运维范围，新增费用按响应文件中的单价标准计算，由双方另行签订补充协议。
（四）服务期满前一个月，乙方应整理设备台账、备件清单、系统账号和技术资料，配合甲方与下一年度运维单位完成交接。交接完成前，乙方不得停止运维工作。

第十二条 分包
本项目不得分包，乙方不得将运维服务全部或部分转包、分包给他人。

第十三条 安全生产与遗迹保护
（一）乙方人员进入天坑区域作业须遵守安全规程，配备防护装备，恶劣天气禁止下坑作业。下坑作业不得少于两人同行，并配备绳索、头盔、对讲机等装备。乙方应为作业人员购买意外伤害保险，乙方人员在作业中发生的人身伤害由乙方负责。
（二）乙方在景区和保护范围内作业，应遵守地质遗迹保护规定，不得破坏岩壁、植被和溶洞景观，不得遗留废弃物。

第十四条 争议解决
本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 备品备件与设备管理
（一）乙方应在县内设置备件库，常用传感器、通信模块和蓄电池的备件数量不少于在用数量的十分之一。
（二）更换下来的旧设备应登记造册后交回甲方，不得擅自处置。监测设备的位置迁移或新增须经甲方书面批准。

第十六条 不可抗力
因地震、洪水、山体崩塌等不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。不可抗力消除后，乙方应尽快恢复监测系统运行。

第十七条 其他
（一）竞争性磋商文件、乙方响应文件及成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：××县自然资源局        乙方（盖章）：
代表：                              代表：
日期：2026年12月  日                日期：
"""

Z05 = """# 匠影工序管理系统软件许可及定制开发合同

（乙方标准合同文本 V3.0）

合同编号：JY-XS-2027-0215

甲方：××布袋戏木偶工作室
乙方：××匠影软件科技有限公司

甲方因木偶制作工序管理需要，向乙方采购匠影工序管理系统软件许可及定制开发服务。双方本着平等自愿的原则，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠影工序管理系统（以下简称"本软件"）单机构永久使用许可，授权用户数为40个。

1.2 乙方根据甲方需求进行定制开发，包括：木偶头雕刻、粉彩开脸、盔帽制作、服装刺绣、关节组装及操偶调试六大工序的流程配置；工序交接扫码；工时与物料登记；订单进度看板；成品档案与影像库；演出团队租借登记。

1.3 乙方负责软件安装、基础数据初始化和用户培训。

1.4 本软件的后续版本升级不包含在本合同价款内。甲方在签订年度维护合同期间可免费获得小版本升级，大版本升级按乙方届时报价另行购买。

## 第二条 合同价款

2.1 合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠影工序管理系统软件许可费（40用户） | 360,000 |
| 2 | 定制开发费 | 228,000 |
| 3 | 实施及培训费 | 42,000 |
| | 合计 | 630,000 |

2.2 合同总价为人民币陆拾叁万元整（¥630,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥409,500。乙方收到该款项后开始工作。

3.2 本软件上线运行后十个工作日内，甲方支付合同总价的35%，即¥220,500。

3.3 乙方开具增值税普通发票。甲方要求开具专用发票的，应提前提供开票资料。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方应在收到首期款后六十日内完成定制开发并安装上线。因甲方需求变更、资料提供不及时等原因导致延期的，交付期限相应顺延。

4.2 乙方在上线前向甲方提供操作培训，培训时间累计不少于三天。

4.3 甲方应按乙方要求提供工序说明、物料清单、样品照片和历史订单资料，并指定专人配合需求调研。甲方未按时提供资料或确认需求的，乙方有权暂停开发，由此造成的延期不视为乙方违约，乙方因此增加的工作量由甲方另行支付费用。

4.4 甲方应自行准备运行本软件所需的服务器、扫码枪、平板电脑和网络环境，相关设备的采购和维护费用由甲方承担。

## 第五条 验收

5.1 本软件安装上线运行后，即视为甲方验收合格。甲方应在上线后及时使用本软件，并将使用中发现的问题通过乙方客服系统提交。

5.2 甲方在上线后提出的新增需求不属于本合同范围，乙方可另行报价。

## 第六条 软件许可条件

6.1 本软件许可仅限甲方在其工作室内部使用，不得转让、出租或用于为第三方提供服务。甲方增加授权用户的，按乙方当期报价另行购买。

6.2 甲方不得对本软件进行反向工程、反编译或反汇编，不得删除本软件中的版权标识，不得破解或绕过本软件的授权控制机制。

6.3 甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

## 第七条 维护服务

7.1 本软件自上线之日起享有六个月的免费维护期，免费维护期内乙方提供远程技术支持和缺陷修复。

7.2 免费维护期满后，甲方应与乙方签订年度维护合同，年维护费为软件许可费的32%，即每年¥115,200。

7.3 乙方提供工作日9:00至18:00的电话及远程技术支持，法定节假日及非工作时间的支持需提前预约，并按乙方服务价格另行收费。对于系统无法使用的紧急故障，乙方在接到甲方报修后8小时内响应，其他问题在两个工作日内答复。

7.4 乙方将尽力及时排除故障，但对响应时间超出前款约定的情形不承担扣款、赔偿或其他责任。

## 第八条 知识产权

8.1 本软件及其相关文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工序流程、看板、报表、接口程序及其源代码的知识产权均归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入本软件的标准版本。

## 第九条 数据

9.1 甲方录入本软件的工序、工时、订单和影像数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方在远程维护时应遵守甲方的安全要求，采取必要的账号管理、访问记录和防病毒措施；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复并承担相应的赔偿责任。

9.3 甲方应自行做好数据的日常备份，建议每周至少备份一次并异地保存。因甲方未备份造成的数据损失，乙方不承担责任。

## 第十条 保密

双方对在合作中知悉的对方技术信息、经营信息和其他商业秘密负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期交付的，应在甲方书面通知后尽快完成交付，并采取必要的补救措施。

11.2 任何情况下，乙方在本合同项下的累计赔偿责任（包括违约金和赔偿金）不超过合同总价的20%，且乙方不承担间接损失、利润损失或数据损失。

11.3 因甲方操作不当、擅自修改配置、使用非乙方认可的硬件或网络环境导致的故障和损失，由甲方自行承担，乙方提供的相关服务另行收费。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 甲方解除合同的，已支付的款项中与已完成工作相对应的部分不予退还，已完成的定制开发成果仍归乙方所有。

12.3 甲方无故终止合同或要求暂停项目超过六十日的，乙方有权解除合同，并要求甲方支付已完成工作的费用。

## 第十三条 需求变更

13.1 甲方在需求确认后提出变更的，应以书面形式提出，乙方评估工作量后另行报价，变更部分的交付期限相应顺延。

13.2 未经乙方书面确认的需求变更，乙方不承担实现义务。

13.3 甲方要求乙方派员现场服务的，差旅费用由甲方承担，现场服务按每人每日¥2,800计费。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响的一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。不可抗力包括但不限于自然灾害、政府行为、网络运营商故障、电力中断及病毒攻击等乙方无法控制的情形。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 通知

双方的通知应以书面形式送达合同首页载明的地址，或发送至双方指定的联系人电子邮箱。一方变更联系方式的，应在三日内通知对方。

## 第十七条 其他

17.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

17.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。乙方的报价单、需求确认书为本合同附件。

甲方（盖章）：                    乙方（盖章）：

日期：                            日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. LPG-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Lanna Fleetworks Co., Ltd., a company incorporated in Thailand with its registered office at Phahonyothin Road, Mueang Lampang District, Lampang 52000, Thailand (the "Vendor"), and Kunming Dianchi Public Transport Group Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kunming, Yunnan Province (the "Buyer").
P:The Buyer operates a fleet of city buses and wishes to replace its paper-based workshop records with a fleet maintenance management system. The Vendor licenses such a system, known as FleetWorks Enterprise, and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means FleetWorks Enterprise version 8, including its mobile workshop application and all updates supplied under this Agreement.
P:1.2 "Customised Deliverables" means the configurations, report templates, interface programs, data conversion scripts and related documentation created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's use, including vehicle records, work orders, parts stock, driver defect reports and telematics readings.
P:1.4 "Final Acceptance" means the Buyer's signed certificate issued under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in Kunming for the internal business of the Buyer and its wholly owned subsidiaries, for up to 260 named users and 1,800 vehicles.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery without additional charge.
P:2.3 The licence survives any termination of the services under this Agreement, except termination for the Buyer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, build the Customised Deliverables, convert the Buyer's historical maintenance records from its spreadsheets and the legacy parts database, and integrate the Software with the Buyer's ERP system, fuel card platform and vehicle telematics platform.
P:3.2 The Vendor shall train 24 key users and 8 system administrators at the Buyer's premises and supply training materials in Chinese.
P:3.3 The Vendor shall complete installation within 45 days and be ready for acceptance testing within 150 days after the Effective Date, in accordance with the project plan in Annex 2.
P:3.4 The Vendor shall appoint a project manager who speaks Mandarin and who shall not be replaced without the Buyer's consent, not to be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,710,000, inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 1,240,000; implementation and configuration CNY 286,000; integration and data conversion CNY 148,000; training CNY 36,000.
P:4.2 The Buyer shall pay 20% of the Contract Price within 20 days after the Effective Date against the Vendor's invoice.
P:4.3 The Buyer shall pay 45% of the Contract Price after the Software is installed and the integrations pass the system test described in Annex 3. Installation and system test do not constitute acceptance.
P:4.4 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.5 All payments shall be made in CNY by bank transfer. Each invoice shall be a valid invoice accepted for payment by the Buyer's finance department.
H:Article 5 Acceptance
P:5.1 After the system test, the Buyer shall run the Software in production at two depots for 45 days (the "Trial Run").
P:5.2 The acceptance criteria are: all functions listed in the functional specification in Annex 1 work as specified; converted records reconcile with the source data without error on a sample selected by the Buyer; the ERP, fuel card and telematics interfaces exchange data without error for 10 consecutive working days; work-order screens respond within three seconds with 150 concurrent users; and no Severity 1 defect occurs during the final 20 days of the Trial Run.
P:5.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within 7 working days. Production use during the Trial Run, or any payment, is not acceptance. If the criteria are not met, the Vendor shall correct the defects at its own cost and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customised Deliverables will perform in accordance with Annex 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates free of charge.
P:6.2 Severity 1 means the Software is unavailable or work orders cannot be created at any depot. The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and provide a workaround or fix within 8 hours. Severity 2 incidents shall receive a response within 3 hours during business hours and a fix within 3 working days.
P:6.3 For each hour by which a response or fix time for a Severity 1 incident is exceeded, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Buyer may order annual support. The annual support fee is 11% of the Licence Fee, being CNY 136,400 per year, and shall not be increased during the first three support years. Each support year is ordered separately; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Customised Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Customised Deliverables infringe the rights of a third party.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including in aggregated or anonymised form.
P:8.2 The Software shall be hosted on the Buyer's servers in mainland China. The Vendor's remote access requires the Buyer's approval for each session, takes place through the Buyer's bastion host, and is logged. The Vendor shall not copy Buyer Data outside the Buyer's systems and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 2 hours of becoming aware of any unauthorised access to or loss of Buyer Data, cooperate in containment, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to be ready for acceptance testing by the date in Article 3.3, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted and deliver all completed Customised Deliverables.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event lasts more than 60 days, either party may terminate the affected services.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Kingdom of Thailand.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the Thai Arbitration Institute in Bangkok under its Arbitration Rules. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (System Test Plan), is the entire agreement between the parties on its subject.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above.
P:15.3 This Agreement is signed in two originals in English, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Vendor: ____________________    For the Buyer: ____________________
"""

E02 = """# ORDER FORM — LiftRoute Field Service Cloud

Order Form No. LR-OF-2027-0419

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** LiftRoute Technologies Sdn. Bhd., a company incorporated in Malaysia, Jalan Dato Bandar Tunggal, 70000 Seremban, Negeri Sembilan, Malaysia.

**Customer:** Hangzhou Qiantang Elevator Maintenance Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang Province.

### A2. Service and Subscription Term

LiftRoute Field Service Cloud, Professional Edition, including work-order dispatch, technician mobile application, preventive maintenance planning for lifts and escalators, spare-parts tracking, customer portal and standard reports.

The Subscription Term is 24 months, consisting of two Subscription Years, and starts on the Go-Live Date defined in A5. Production data is hosted in the Provider's cloud environment in the Alibaba Cloud Hangzhou region.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, named users, Subscription Year 1 | 180 | 1,150 | 207,000 |
| Subscription, named users, Subscription Year 2 | 180 | 1,150 | 207,000 |
| Onboarding (configuration, data import, integration with Customer's ERP, training) | 1 | 36,000 | 36,000 |
| **Total fees for the Subscription Term** | | | **450,000** |

All amounts are in Chinese yuan and include VAT. Additional named users may be added at the same unit price, pro rata for the remainder of the Subscription Year.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date.

(b) The onboarding fee is invoiced after Go-Live Acceptance under A5 and is payable within 30 days of the invoice date.

(c) No other amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

(a) The Provider shall complete onboarding within 50 days after the date of this Order Form. Onboarding includes configuration of the Customer's 14 branch offices, import of about 9,600 lift and escalator records with their maintenance history, integration with the Customer's ERP system for parts and invoicing, and training of dispatchers, supervisors and administrators.

(b) Go-Live Acceptance criteria: all imported records reconcile with the Customer's source files on a sample of 500 records; work orders created in the Service post correctly to the ERP system for five consecutive working days; the technician mobile application works on the device models listed by the Customer; and the training sessions have been delivered. The Customer shall confirm acceptance in writing within 5 working days after the criteria are met. The "Go-Live Date" is the date of that confirmation. Use of the Service for training or testing is not acceptance.

(c) If onboarding is not completed by the date in A5(a) for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay, up to a maximum of CNY 15,000.

### A6. Contacts and Signatures

Provider contact: Head of Customer Success, LiftRoute Technologies Sdn. Bhd.
Customer contact: IT Manager, Hangzhou Qiantang Elevator Maintenance Co., Ltd.

For the Provider: ____________________ Date: ________

For the Customer: ____________________ Date: ________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the LiftRoute Field Service Cloud described in A2, including the mobile application and documentation.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, and all data generated from it, including lift records, work orders, technician locations and customer contact details.

1.3 "Customer Configurations" means the workflows, forms, report templates and integration mappings created for the Customer during onboarding or later.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with the documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to schedule maintenance outside the Customer's normal working hours. The Provider does not commit to any particular level of availability.

2.3 The Customer may report problems through the support portal or by email. The Provider's support team will handle tickets during Malaysian business days in the order in which they are received and will use reasonable efforts to resolve them. No service credits or other compensation apply to interruptions of the Service.

2.4 The Provider may update the Service from time to time, provided that updates do not materially reduce the functions described in A2.

### 3. Customer Responsibilities

3.1 The Customer is responsible for its users' conduct, for keeping passwords confidential and for the accuracy of the data it submits.

3.2 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer under this Order Form and shall not use it for any other purpose, whether in identifiable, aggregated or anonymised form.

4.2 During the Subscription Term and for 60 days afterwards the Customer may export all Customer Data in CSV format. After that period the Provider shall delete Customer Data from the Service and its backups and confirm the deletion in writing.

### 5. Data Security

5.1 The Provider shall maintain an information security programme certified under ISO/IEC 27001 and shall keep the production environment in mainland China with a valid MLPS level-3 filing.

5.2 The Provider shall encrypt Customer Data in transit and at rest, restrict access to personnel who need it to provide the Service, use multi-factor authentication for administrative access, and keep access logs for at least 180 days.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, take prompt measures to contain it, and bear the costs and losses caused by an incident resulting from its failure to comply with this Section 5.

5.4 The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law in processing Customer Data.

### 6. Intellectual Property

6.1 The Provider owns the Service and all its underlying software.

6.2 Customer Configurations and all reports and documents produced for the Customer belong to the Customer. The Customer may use, copy, modify and license them freely, including with another service provider after the Subscription Term, and the Provider shall deliver them in an editable format on request.

### 7. Confidentiality

7.1 Each party shall keep the other's confidential information secret, use it only to perform this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties.

7.2 These duties last for the Subscription Term and three years after it.

### 8. Subcontracting

8.1 The Provider shall not subcontract the performance of the Service or onboarding, including hosting and support, to any third party without the Customer's prior written consent. The hosting provider named in A2 is approved by signature of this Order Form.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer under this Order Form in the six months preceding the event giving rise to the claim.

9.3 Section 9.2 does not apply to a party's breach of Section 7, to the Customer's payment obligations, or to liability that cannot be limited by law.

### 10. Term, Renewal and Termination

10.1 This Order Form remains in force until the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.

10.3 If the Customer terminates for the Provider's material breach, the Provider shall refund the prepaid fees for the remainder of the Subscription Term.

10.4 On expiry or termination, Section 4.2 applies to the return and deletion of Customer Data.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with this Order Form shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the prior written consent of the other party.

12.2 Notices shall be in writing and sent to the contacts named in A6 by courier or email.

12.3 This Order Form is executed in English and Chinese. Both versions are equally authentic.
"""

E03 = """T:Supply and Licence Contract for Cold-Chain Warehouse Monitoring
P:Contract No. ZZYT-WMS-2027-009
P:Buyer: Zhengzhou Yutong Pharmaceutical Distribution Co., Ltd., a company incorporated in the People's Republic of China, Zhengzhou, Henan Province (the "Buyer").
P:Supplier: Siam Sense Instruments Co., Ltd., a company incorporated in Thailand, Boromtrailokanat Road, Mueang Phitsanulok District, Phitsanulok 65000, Thailand (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for the purchase of equipment and software. The Supplier has read these terms and agrees to them as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless temperature and humidity sensors, gateways, mounting kits and accessories listed in Clause 3.
P:1.2 "Software" means the ColdWatch monitoring software, including its alarm server, web console, mobile alert application and audit-trail module.
P:1.3 "Deliverables" means the Equipment, the Software licence, the installation, the mapping and validation documents, and the training described in this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 6.3.
H:2. Scope
P:2.1 The Supplier shall supply, install and commission a continuous temperature and humidity monitoring system for the Buyer's cold-chain warehouse in Zhengzhou, covering four cold rooms at 2 to 8 degrees Celsius, two freezer rooms, the ambient store and the loading docks.
P:2.2 The Supplier shall perform temperature mapping of each room in summer conditions, prepare the installation and operational qualification documents required for the Buyer's GSP compliance, and train the Buyer's quality and warehouse staff.
P:2.3 The Supplier shall grant the Buyer a perpetual licence to use the Software on the Buyer's own server for an unlimited number of users at the Zhengzhou site.
H:3. Price
P:3.1 The Contract Price is CNY 1,270,000, inclusive of VAT, customs duties, freight, insurance to site, and all travel and expenses, as itemised in the table below. It is a fixed price.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor with calibration certificate|420|1,380|579,600
TB:2|Gateway with 4G backup and battery|36|6,200|223,200
TB:3|ColdWatch monitoring software, perpetual site licence|1|268,000|268,000
TB:|Equipment and Software subtotal|||1,070,800
TB:4|Installation and commissioning|1|124,200|124,200
TB:5|Temperature mapping and validation documents|1|58,000|58,000
TB:6|Training|1|17,000|17,000
TB:|Contract Price|||1,270,000
P:3.2 The prices remain fixed until all obligations under this Contract have been performed.
H:4. Payment
P:4.1 10% of the Contract Price is payable within 15 working days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price is payable after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms delivery and installation only and is not acceptance.
P:4.3 The remaining 35% of the Contract Price is payable within 20 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice from the Supplier or its appointed Chinese importer of record.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Zhengzhou site within 60 days after signature and complete installation within 90 days after signature.
P:5.2 Title to the Equipment passes to the Buyer on delivery; risk passes on signature of the installation certificate.
P:5.3 The Equipment shall be new, of the models stated in Annex 1, and packed for transport by sea and road. Each sensor shall carry a calibration certificate traceable to a national standard and issued not more than three months before delivery.
P:5.4 The Supplier shall carry out installation work during the Buyer's quiet hours so that warehouse operation is not interrupted, and shall follow the Buyer's site rules on cold-room entry, clothing and product protection. Any product damaged by the Supplier's personnel shall be paid for at the Buyer's purchase cost.
P:5.5 The Supplier shall keep at the site, at its own cost, spare sensors and gateways of not less than two percent of the installed quantity throughout the warranty period.
H:6. Acceptance
P:6.1 After installation the system shall run for 30 days under normal warehouse operation (the "Trial Period").
P:6.2 The acceptance criteria are: every sensor reports at the configured interval with no data gap longer than ten minutes during the Trial Period; sensor readings agree with a reference thermometer within plus or minus 0.5 degrees Celsius at three test points per room; alarms reach the duty telephone and mobile application within 60 seconds in a simulated excursion test; the audit trail and electronic records meet the Buyer's GSP requirements; the mapping reports are approved by the Buyer's quality department; and all training has been delivered.
P:6.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within 7 working days. Use of the system during the Trial Period, or payment, is not acceptance. If the criteria are not met, the Supplier shall remedy the defects at its own cost and the tests shall be repeated.
H:7. Warranty and Service Levels
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects, supply updates and perform an annual recalibration of all sensors, all free of charge.
P:7.2 During the warranty period the alarm server shall achieve monthly availability of at least 99.95%, excluding maintenance agreed with the Buyer in advance.
P:7.3 A Priority 1 fault is a loss of monitoring or alarms in any cold room or freezer room. The Supplier shall respond to a Priority 1 fault within 30 minutes at any time, have a technician on site within 6 hours and restore monitoring within 12 hours, using spare sensors and gateways held at the site. Other faults shall receive a response within 2 hours on working days.
P:7.4 For each hour by which a Priority 1 response, attendance or restoration time is exceeded, the Supplier shall pay CNY 600. For each 0.1 percentage point of availability below the level in Clause 7.2, the Supplier shall pay CNY 2,000. The Buyer may deduct these amounts from any payment due.
P:7.5 After the warranty period, the Buyer may order annual support and recalibration at 6% of the Equipment and Software subtotal, being CNY 64,248 per year. This fee is fixed for the first two years after the warranty period. Support is ordered by the Buyer each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software and the Equipment firmware, which are licensed to the Buyer perpetually.
P:8.2 The site configuration, alarm rules, report templates, mapping reports and validation documents prepared for the Buyer belong to the Buyer, which may use, modify and pass them to any third party without restriction.
H:9. Data Security
P:9.1 All monitoring records, alarm logs and audit trails belong to the Buyer and shall be stored on the Buyer's server in Zhengzhou. The Supplier shall not use them for any purpose other than performing this Contract.
P:9.2 The Supplier's remote support requires the Buyer's approval for each session and is carried out through the Buyer's VPN and logged. The Supplier shall not transfer data outside mainland China, shall keep the Software patched against known vulnerabilities, and shall ensure that the gateways use encrypted communication.
P:9.3 The Supplier shall inform the Buyer within 6 hours of any security incident affecting the system or its data, cooperate in the investigation, and be liable for losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all information received from the other party under this Contract, including warehouse layouts, product lists and quality documents, and shall not disclose it to any third party without prior written consent, during this Contract and for five years afterwards.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in Clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Chinese importer of record and the installation contractor must be approved in writing before they start work, and the Supplier remains responsible for them.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the payments received for Deliverables not accepted, and the Buyer may keep any Equipment already delivered at a price agreed on the basis of the table in Clause 3.1.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:15. General
P:15.1 This Contract is made in English and Chinese; both versions have equal force. Annex 1 (Technical Specification) and Annex 2 (Test Protocol) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. SXKQ-MSA-2027-002

**Customer:** Shaoxing Keqiao Huafang Textile Co., Ltd., a company incorporated in the People's Republic of China, Keqiao District, Shaoxing, Zhejiang Province ("Customer").

**Provider:** Chao Phraya Managed Services Co., Ltd., a company incorporated in Thailand, Sawanwithi Road, Mueang Nakhon Sawan District, Nakhon Sawan 60000, Thailand, acting through its service centre in Hangzhou ("Provider").

The Customer wishes to outsource the operation of its IT service desk, end-user device support and on-site support at its three mills, and the Provider has agreed to provide these services for 36 months on the terms below.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer issues the Transition Acceptance Certificate under Section 3.

1.5 "Customer Data" means all data of the Customer or its employees that the Provider receives or accesses in providing the Services, including user accounts, tickets, asset records and any data held on end-user devices.

## Section 2. Term

2.1 The Services shall be provided for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; the Charges for any extension shall be agreed in that amendment.

## Section 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal IT team within 75 days after signature, in accordance with the transition plan agreed at the kick-off meeting.

3.2 Transition includes: documenting the Customer's IT environment and the 1,150 end-user devices in the asset register; setting up the service desk tool, telephone line and self-service portal; writing knowledge articles for the 60 most frequent requests; recruiting and training the on-site engineers; and running the service desk in parallel with the Customer's team for ten working days.

3.3 Transition acceptance criteria: the asset register matches a physical check of a sample of 200 devices selected by the Customer; all knowledge articles have been reviewed and approved by the Customer; the parallel run has been completed with the Service Levels for Priority 1 and Priority 2 tickets met; and the reporting dashboard described in Schedule 1 is operational. When the criteria are met the Customer shall issue a Transition Acceptance Certificate within 5 working days.

3.4 If the Provider fails to achieve Transition acceptance within the period in Section 3.1 for reasons attributable to it, the Provider shall pay the Customer delay damages of CNY 1,200 for each day of delay, and the Customer's internal team shall continue to run the services at the Provider's cost until acceptance.

## Section 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2 from the Service Commencement Date.

4.2 If the Provider fails to meet a Service Level in a month, the service credits set out in Schedule 2 apply. Service credits are deducted from the next monthly invoice. Service credits do not limit the Customer's other rights.

4.3 The Provider shall deliver a monthly service report by the fifth working day of each month and attend a monthly service review with the Customer's IT manager.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total contract value for the Term, including the one-time transition fee, is CNY 1,758,000, inclusive of VAT.

5.2 The transition fee is invoiced after the Transition Acceptance Certificate is issued. The monthly service charge is invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days.

5.3 No amount is payable before the Service Commencement Date. The Charges are fixed for the Term.

## Section 6. Personnel

6.1 The Provider shall assign a named service delivery manager and keep at least one on-site engineer at each mill during the Customer's working hours. Key personnel shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.

6.2 Provider personnel working at the Customer's premises shall comply with the Customer's site rules, including health and safety rules at the mills.

## Section 7. Intellectual Property and Customer Data

7.1 Knowledge articles, runbooks, asset registers, reports and other documents created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and share them freely, including with a successor provider.

7.2 The Provider retains ownership of its service desk tool and its general methods and templates. The Customer receives a licence to use the tool during the Term.

7.3 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall return it to the Customer at the end of the Term.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all information it receives from the other party that is marked or reasonably understood to be confidential, shall use it only for this Agreement and shall not disclose it to third parties without the other party's prior written consent.

8.2 This Section does not apply to information that is public, that was lawfully known to the recipient before disclosure, or that must be disclosed by law. The obligations in this Section continue for three years after the end of the Agreement.

## Section 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Each party's total aggregate liability arising under or in connection with this Agreement is limited to the Charges paid by the Customer in the nine months preceding the event giving rise to the claim, except for liability for personal injury, fraud or wilful misconduct.

## Section 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for the acts and omissions of any approved subcontractor.

## Section 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if the Provider misses the same Priority 1 Service Level in three consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On expiry or termination, the Provider shall cooperate with the Customer and any successor provider for up to 60 days to hand over the Services, the asset register, the knowledge articles and all Customer Data, at the rates in Schedule 3 for any work beyond the Term.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing. The arbitration award is final.

## Section 13. General

13.1 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 This Agreement is signed in two originals in English and Chinese. Both versions have equal force.

For the Customer: ____________________    For the Provider: ____________________

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact by telephone, portal and WeChat for incidents and requests; logging, classification, first-line resolution, escalation | 07:00–23:00, seven days a week |
| End-user device support | Installation, moves and changes, software distribution and updates, hardware fault handling with manufacturer warranty claims, for about 1,150 desktops, laptops and printers | Mill working hours |
| On-site support | One engineer at each of the three mills; a second engineer at the main mill during peak season | Mill working hours |
| Asset management | Asset register kept up to date; quarterly reconciliation with the Customer's finance records | Continuous |
| Reporting | Monthly service report and dashboard showing tickets, Service Levels, trends and improvement actions | Monthly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Resolution time | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | Production line systems or a whole mill cannot work | 15 minutes | 3 hours | 3% of the monthly service charge per incident |
| Priority 2 | A department or a critical user cannot work | 30 minutes | 8 hours | 1% of the monthly service charge per incident |
| Priority 3 | A single user is affected, workaround available | 2 hours | 2 working days | 0.5% of the monthly service charge per ten missed tickets |
| Requests | Standard service requests | 1 working day | 3 working days | none |

Service credits in a month are capped at 20% of the monthly service charge for that month.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 84,000 |
| Monthly service charge | 36 months × CNY 46,500 | 1,674,000 |
| **Total contract value** | | **1,758,000** |
| Additional work outside scope | Per engineer day, on written order | 2,600 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. QD-SLT-DATA-2027-014

BETWEEN

Isan Commodity Data Co., Ltd., a company incorporated in Thailand, Chayangkun Road, Mueang Ubon Ratchathani District, Ubon Ratchathani 34000, Thailand ("Provider"); and

Qingdao Shanglin Tyre Co., Ltd., a company incorporated in the People's Republic of China, Huangdao District, Qingdao, Shandong Province ("Customer").

BACKGROUND

The Customer buys natural rubber for its tyre plants and wishes to receive daily market data on natural rubber, latex and related commodities from Thai, Malaysian and Indonesian markets through an application programming interface, to feed its purchasing and risk systems. The Provider collects and publishes such data. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the price, volume, inventory, weather and crop data published by the Provider, as described in Annex A, including historical series.

1.2 "API" means the Provider's application programming interface through which the Data is delivered, and its documentation.

1.3 "Subscription Year" means Subscription Year 1, which runs from the Start Date to the day before the first anniversary of the Start Date, or Subscription Year 2, which runs from that anniversary to the day before the second anniversary. The subscription consists of these two Subscription Years.

1.4 "Start Date" means the date on which the Provider issues production API keys to the Customer after the integration acceptance under Clause 4.

1.5 "Customer Data" means all information the Customer sends to the API or stores in the Provider's platform, including watch lists, purchase positions, queries, and user account information.

1.6 "Custom Deliverables" means the data mappings, customised index calculations and integration scripts that the Provider prepares specifically for the Customer.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the two Subscription Years to access the API, to store the Data in the Customer's systems, and to use the Data for the internal business of the Customer and its subsidiaries in mainland China, including purchasing, budgeting and reporting to its management.

2.2 The Customer may keep and use Data received during the subscription after its end for internal historical analysis, but shall not redistribute the Data to third parties or publish it, except in summary form in its internal and statutory reports.

2.3 The subscription includes up to 30 API user accounts and up to 200,000 API calls per day. Calls above that level are charged at the overage rate in Annex B, which is not part of the fees below.

3. FEES AND PAYMENT

3.1 The fees are:
   (a) subscription fee for Subscription Year 1: CNY 268,000;
   (b) subscription fee for Subscription Year 2: CNY 268,000;
   (c) one-time onboarding and integration fee, covering the Custom Deliverables, integration support and training: CNY 42,000.
The total fees under this Agreement are CNY 578,000, inclusive of VAT.

3.2 The Provider shall invoice the onboarding fee and the subscription fee for Subscription Year 1 together on the date of signature. The Customer shall pay that invoice within 15 days, and the Provider shall start integration work and issue test credentials only after payment is received.

3.3 The subscription fee for Subscription Year 2 is invoiced on the first day of Subscription Year 2 and is payable within 30 days.

3.4 The fees are fixed for the two Subscription Years. Payments are made in CNY to the Provider's account with its bank branch in Shanghai.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within 40 days after receiving the payment under Clause 3.2, the Provider shall deliver the Custom Deliverables, support the Customer's IT team in connecting the API to the Customer's purchasing system and risk dashboard, and train the Customer's users.

4.2 Integration acceptance criteria: the API delivers all data series listed in Annex A to the Customer's systems for ten consecutive business days without missing daily values; the customised index calculations agree with the Customer's reference workbook for the test period; the historical series from 2015 onward have been loaded and reconciled; and response time of the main price endpoints is under 800 milliseconds for 95 percent of calls during the test. When the criteria are met, the Customer shall confirm acceptance in writing within 5 business days, and the Provider shall issue the production API keys on the same day.

4.3 If the Provider fails to achieve integration acceptance within the period in Clause 4.1 for reasons attributable to it, the Provider shall pay delay damages of 0.1% of the total fees for each day of delay, up to 8% of the total fees.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of the time in each calendar month, measured at the Provider's gateway, excluding maintenance windows announced at least five days in advance and held on Sundays between 01:00 and 05:00 Beijing time.

5.2 Daily closing prices shall be published by 19:00 Beijing time on each market day.

5.3 A Severity 1 incident is an API outage or a failure to publish daily closing prices. The Provider shall respond to a Severity 1 incident within 30 minutes, at any time, and keep the Customer informed every hour until it is resolved. Severity 2 incidents shall receive a response within 3 business hours.

5.4 If availability in a month is below the level in Clause 5.1, or daily closing prices are published late on more than two market days in a month, the Provider shall credit the Customer 5% of one twelfth of the current Subscription Year fee for each such failure, up to 50% of that amount per month. Credits are deducted from the next invoice or, after the last invoice, refunded.

6. INTELLECTUAL PROPERTY

6.1 The Provider owns the Data, the API and its platform. Nothing in this Agreement transfers those rights to the Customer, except for the licence in Clause 2.

6.2 The Custom Deliverables belong to the Customer from their creation. The Customer may use, modify and license them freely, including with other data sources, and the Provider shall deliver their source files on acceptance.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to deliver the subscription to the Customer and shall not use it for any other purpose, including analysis of market positions, product development or any aggregated use.

7.2 The Provider shall delete Customer Data within 30 days after the end of this Agreement and confirm the deletion in writing.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with access controls, encryption in transit and at rest, and logging of all access, and shall keep Customer Data in its data centre in mainland China or in the Customer's systems.

8.2 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate measures to contain it, cooperate with the Customer's investigation and any regulator, and compensate the Customer for losses caused by its failure to comply with this Clause 8.

8.3 The Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it without prior written consent, during this Agreement and for three years afterwards.

10. SUBCONTRACTORS

10.1 The Provider may engage subcontractors and local data collection partners to perform any part of its obligations, including data collection, hosting and support, by giving the Customer 15 days' written notice of each new subcontractor. The Provider remains responsible for the work of its subcontractors.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees stated in Clause 3.1, except for breach of Clauses 7, 8 and 9, wilful misconduct and personal injury.

11.3 The Provider does not warrant that the Data is free of errors, but shall correct reported errors within one business day and shall apply reasonable care in collecting and checking the Data.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically. Any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after written notice.

12.3 If the Customer terminates under Clause 12.2, the Provider shall refund the fees paid for the remainder of the current Subscription Year and any unused onboarding fee.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

14. GENERAL

14.1 Notices shall be in writing and sent by courier or email to the addresses above.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 This Agreement is made in English and Chinese; both versions have equal force. Annex A (Data Description) and Annex B (Rate Card) form part of it.

Signed for the Provider: ____________________ Date: ________

Signed for the Customer: ____________________ Date: ________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language, source)
    "z01": ("h847z01_seagull_habitat_monitoring_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h847z02_condiment_bottle_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h847z03_recorder_school_chain_booking_saas.txt", "txt", "zh", Z03),
    "z04": ("h847z04_sinkhole_geoheritage_monitoring_om_service.txt", "txt", "zh", Z04),
    "z05": ("h847z05_puppet_studio_process_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h847e01_fleet_maintenance_perpetual_licence_th_vendor.pdf", "pdf", "en", E01),
    "e02": ("h847e02_field_service_saas_order_form_my_vendor.md", "md", "en", E02),
    "e03": ("h847e03_cold_chain_sensors_monitoring_licence.docx", "docx", "en", E03),
    "e04": ("h847e04_managed_it_services_36_months.md", "md", "en", E04),
    "e05": ("h847e05_rubber_market_data_api_subscription.txt", "txt", "en", E05),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# availability, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwfee, auto, term, sub, law, kind
TERMS = {
    "z01": [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
    "z02": [N, 2, T, "buyer", T, T, T, 0.03, N, 20, T, T, 18, 7.5, F, T, T, "PRC", G],
    "z03": [99.5, 1, T, "buyer", T, F, T, 0.1, 150, N, T, N, N, N, T, T, F, "PRC", S],
    "z04": [99.95, 1, T, "buyer", T, T, F, 0.2, N, N, T, N, N, N, F, F, F, "PRC", S],
    "z05": [N, 8, F, "supplier", T, T, T, N, 20, 65, F, F, 6, 32, F, T, N, "PRC", G],
    "e01": [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Thailand", G],
    "e02": [N, N, F, "buyer", T, T, T, 300 / 450000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
    "e03": [99.95, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 6, F, T, F, "PRC", G],
    "e04": [N, 0.25, T, "buyer", F, T, T, 1200 / 1758000 * 100, 9 / 36 * 100, N, T, N, N, N, F, T, F, "PRC", S],
    "e05": [99.95, 0.5, T, "buyer", T, T, T, 0.1, 150, (42000 + 268000) / 578000 * 100, T, N, N, N, F, T, T, "PRC", S],
}
# category, sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed acceptance, contract value, fee base
EXTRA = {
    "z01": ("software", T, T, T, F, 1928000, 1160000),
    "z02": ("hardware", T, T, T, F, 1670000, 1386000),
    "z03": ("cloud", T, T, N, F, 478000, N),
    "z04": ("services", T, T, N, F, 386000, N),
    "z05": ("software", T, F, T, T, 630000, 360000),
    "e01": ("software", T, T, T, F, 1710000, 1240000),
    "e02": ("cloud", F, T, N, F, 450000, N),
    "e03": ("hardware", T, T, T, F, 1270000, 1070800),
    "e04": ("services", T, T, N, F, 1758000, N),
    "e05": ("cloud", T, T, N, F, 578000, N),
}
DESIGN = {  # the rules each draft was written to trigger
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-PREPAYMENT", "CR-SUBCONTRACT"],
}
DESIGN_RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. None when not computable (service, or fee not stated)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * x["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x):
    """My reading of policy §3 applied to a label."""
    r = set()
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":  # every forum here follows the law chosen
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, _ = FILES[key]
    t = dict(zip(KEYS, TERMS[key]))
    cat, sla, ld_stated, capped, deemed, value, base = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive(t, dict(x, fee_base=base))
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- thresholds
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])(30|15|40|100)(\.0+)?\s*(%|％|per\s*cent|percent)",
    r"百分之(三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"(thirty|fifteen|forty|one\s*hundred)\s*(%|per\s*cent|percent)",
    r"(?<![\d.])0?\.05(?!\d)\s*(%|％|per\s*cent|percent)",
    r"万分之五(?![十点〇一二三四五六七八九])",
    r"千分之零点五",
    r"(?<![\d.])4\s*(小时|个小时|hours?|hrs?|-hour)",
    r"(?<![\d.])4\s*h\b",
    r"(?<![〇一二三四五六七八九十百两])四\s*个?\s*小时",
    r"four[\s-]*hours?",
    r"(?<![\d.])12\s*(个月|months?|-month|个自然月)",
    r"(?<![〇一二三四五六七八九十百])十二\s*个?\s*(自然)?月",
    r"twelve[\s-]*(calendar\s*)?months?",
    r"(?<![第每])一年(?!度)",
    r"\bone[\s-]*year\b",
    r"(?<![\d.])1\s*year\b",
]
MUST_HIT = ["99.9%", "可用率99.9%", "30%", "30 %", "15%", "40 per cent", "100%", "百分之三十", "0.05%", "万分之五",
            "4小时", "4 hours", "四小时", "12个月", "12 months", "十二个月", "twelve months", "一年", "one year",
            "fifteen percent", "4-hour", "百分之百", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "130%", "0.5%", "1.5%", "24小时", "二十四小时", "14 hours", "24 hours", "二十二个月",
             "112 months", "万分之五十", "百分之三十五", "0.055%", "10.05%", "第一年度", "每年", "35%", "1.4 hours",
             "Subscription Year 1", "36 months", "11 years"]


def threshold_hits(text):
    hits = []
    for p in THRESHOLD_PATTERNS:
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = re.search(p, form, re.I)
            if m:
                hits.append((p, form[max(0, m.start() - 20):m.end() + 20]))
                break
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        lab = label(k)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")


PRICES = {  # itemised amounts as stated in each text, and the payment splits (%) where the text states them
    "z01": ([1160000, 624000, 118000, 26000], [20, 45, 35]),
    "z02": ([486000, 158000, 302000, 226000, 214000, 167000, 98000, 19000], [20, 55, 25]),
    "z03": ([35 * 5760 * 2, 58000, 16800], None),
    "z04": ([4 * 96500], None),
    "z05": ([360000, 228000, 42000], [65, 35]),
    "e01": ([1240000, 286000, 148000, 36000], [20, 45, 35]),
    "e02": ([180 * 1150 * 2, 36000], None),
    "e03": ([420 * 1380, 36 * 6200, 268000, 124200, 58000, 17000], [10, 55, 35]),
    "e04": ([84000, 36 * 46500], None),
    "e05": ([268000, 268000, 42000], None),
}
SUBTOTALS = {"z02": 486000 + 158000 + 302000 + 226000 + 214000, "e03": 420 * 1380 + 36 * 6200 + 268000}


def check_prices():
    for k, (items, split) in PRICES.items():
        assert sum(items) == EXTRA[k][5], (k, sum(items))
        assert split is None or sum(split) == 100, k
    assert SUBTOTALS["z02"] == EXTRA["z02"][6] == 1386000 and SUBTOTALS["e03"] == EXTRA["e03"][6] == 1070800
    assert round(0.09 * 1160000) == 104400 and round(0.075 * 1386000) == 103950 and round(0.32 * 360000) == 115200
    assert round(0.11 * 1240000) == 136400 and round(0.06 * 1070800) == 64248
    assert 0.65 * 630000 == 409500 and 0.35 * 630000 == 220500


def check():
    self_test()
    check_prices()
    covered = set()
    bad = []
    for k, (name, fmt, lang, _) in FILES.items():
        lab = json.loads((OUT / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        assert risk(lab["expected_rules"]) == DESIGN_RISK[k], k
        covered |= set(lab["expected_rules"])
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, k
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9, k
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30, k
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, k
        share = tco_share(t, dict(x, fee_base=EXTRA[k][6]))
        assert share is None or abs(share - 40) > 2, (k, share)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            bad.append((name, n))
        hits = threshold_hits(text)
        assert not hits, (name, hits)
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}, rules {lab['expected_rules']}, "
              f"risk {risk(lab['expected_rules'])}" + (f", TCO share {share:.1f}%" if share is not None else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert not bad, bad
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    build()
    check()
