"""holdout650: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rule design, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:海洋预报服务平台建设项目合同（政府采购）
P:合同编号：HY-ZC-2026-0417
P:采购人（甲方）：东岚市海洋预报台
P:供应商（乙方）：青澜海洋信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方就海洋预报服务平台的软件许可及定制开发事宜订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供海洋预报服务平台软件（含数值预报产品管理、预警制作发布、海浪与风暴潮产品展示等模块）的永久使用许可，并按甲方需求完成定制开发、数据接入、部署实施和培训。
P:1.2 定制开发内容包括：近海精细化预报产品制作流程、渔业与海上养殖专项预报页面、预警信息多渠道发布接口（短信、政务新媒体、沿海广播）以及与省级海洋预报系统的数据交换接口。
P:1.3 数据接入内容包括：浮标、岸基观测站、雷达测流及卫星遥感数据的实时接入、质量控制和入库。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾肆万元整（¥2,240,000），其中：平台软件许可费¥1,180,000；定制开发费¥760,000；数据接入费¥214,000；部署实施及培训费¥86,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、接入、部署、培训、质保期内服务、税费及乙方为履行本合同发生的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 本合同生效且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。平台上线运行或甲方实际使用均不视为最终验收合格，也不构成支付本期款项的条件。
P:3.4 甲方按政府采购资金支付程序付款，乙方应提供合法有效的发票。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后一百二十日内完成全部定制开发、数据接入及部署，并提交初步验收申请。
P:4.2 乙方应按甲方认可的实施方案组建项目组，项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（1）投标文件及需求规格说明书所列功能全部实现；（2）接入清单所列观测站点全部接入，数据延迟不超过五分钟；（3）预警信息从签发到多渠道发布完成不超过三分钟；（4）在二百个并发用户下页面平均响应时间不超过三秒；（5）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 初步验收合格后平台试运行九十日，试运行期间未发生一级故障，且预报产品制作流程连续稳定运行的，甲方组织最终验收。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面验收意见；验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），且质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并避开汛期和台风预警期。
P:7.2 一级故障（平台整体不可用或预警发布中断）乙方应在三十分钟内响应，两小时内到达现场，八小时内恢复；二级故障一小时内响应，一个工作日内解决。
P:7.3 乙方每延迟响应或恢复一小时，甲方可从应付款项中扣除¥1,000；月度可用率每低于承诺值0.01个百分点，扣除¥2,000。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权仍归乙方所有，甲方在本合同项下获得永久、不可撤销的使用许可。
P:8.2 本合同定制开发的全部成果，包括源代码、接口程序、数据模型及技术文档，其知识产权归甲方所有，乙方应在最终验收时一并交付源代码。甲方有权自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台处理的观测数据、预报产品及用户数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》和网络安全等级保护要求，实施访问控制、操作审计和数据加密，远程运维须经甲方审批并通过堡垒机进行，不得将数据复制至甲方网络以外。
P:9.3 发生数据泄露或安全事件的，乙方应在两小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方未公开信息、系统配置及业务资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台验收不合格且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将本合同项下的义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未予纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与培训
P:15.1 乙方应指定具有同类项目经验的项目经理，每两周向甲方提交项目进展报告，说明开发进度、数据接入情况、存在问题及下一阶段计划；遇有影响工期的重大问题，应在两个工作日内书面报告甲方。
P:15.2 乙方应为甲方预报员、系统管理员及运维人员分别提供不少于三期的操作和管理培训，培训教材和课件归甲方使用，培训后由甲方组织考核。
P:15.3 乙方应在最终验收前交付需求规格说明书、概要设计、详细设计、数据库设计、接口说明、部署手册、用户手册及运维手册，文档应与实际交付系统一致。
P:15.4 项目实施期间，双方每月召开一次项目协调会，会议纪要经双方代表签字确认后作为项目管理文件存档。乙方提交的阶段性成果应经甲方业务部门确认。
P:15.5 乙方应按甲方要求配合完成政府采购项目的信息公开、档案归档及审计检查工作，并提供相关资料。
H:第十六条 不可抗力
P:16.1 因台风、地震等不可抗力导致一方不能按期履行的，受影响方应及时通知对方，并在十日内提供证明，履行期限相应顺延。不可抗力消除后，双方应继续履行本合同。
H:第十七条 廉洁条款
P:17.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他利益。乙方违反本条的，甲方可将其列入不良行为记录并报政府采购监督管理部门处理。
H:第十八条 其他
P:18.1 本合同一式六份，甲乙双方各执两份，政府采购监督管理部门及集中采购机构各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
P:签订日期：2026年4月17日
"""

Z02 = """T:编织生产线控制系统改造及维保合同
P:合同编号：TB-GZ-2026-031
P:甲方：安吉青竹藤编工艺厂
P:乙方：湖州智织自动化工程有限公司
P:甲方为提高藤编家具编织生产线的自动化水平和产品一致性，委托乙方对厂内六条编织生产线的控制系统进行改造，并在质保期满后提供维保服务。经双方协商一致，订立本合同。
H:一、项目范围
P:（一）乙方负责六条编织生产线控制系统的设计、设备供货、安装调试、软件部署和人员培训，包括更换PLC控制柜、伺服驱动及电机、触摸屏，加装藤条张力与编织纹路视觉检测单元，部署生产线监控软件。
P:（二）乙方应保证改造后每条生产线可实现配方化编织参数管理、断条自动停机报警、纹路缺陷在线识别以及产量、能耗和设备状态的集中监控。
P:（三）改造施工应安排在甲方指定的停产窗口内分线进行，每条生产线停线时间不超过七日，不得影响其余生产线正常生产。
H:二、合同价款
P:（一）本合同总价为人民币壹佰贰拾陆万元整（¥1,260,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含编程）|6套|68,000|408,000
TB:2|伺服驱动器及电机|24套|9,800|235,200
TB:3|触摸屏（HMI）|6台|7,600|45,600
TB:4|张力及纹路视觉检测单元|6套|36,500|219,000
TB:5|生产线监控软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,093,800
TB:6|安装调试及改造施工|1项|148,000|148,000
TB:7|操作及维护培训|1项|18,200|18,200
TB:|合计|||1,260,000
P:（二）上述价格为固定总价，含设备、软件、运输、保险、安装、调试、培训及税费。
H:三、付款方式
P:（一）合同签订后十日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的55%。到货签收及安装调试完成不代表甲方对质量的验收。
P:（三）项目通过最终验收后，甲方支付合同总价的25%。
H:四、交付期限
P:（一）乙方应在合同签订后七十五日内完成全部六条生产线的改造并提交验收申请。
P:（二）因甲方原因推迟停产窗口的，交付期限相应顺延。
H:五、验收
P:（一）验收标准：每条生产线连续试生产十五日，断条停机报警正确率达到技术协议要求；视觉检测单元对样本缺陷的识别结果与人工复检结果一致率不低于技术协议约定值；编织参数配方切换时间不超过三分钟；监控软件数据刷新不超过五秒。
P:（二）甲方在收到验收申请后七个工作日内组织验收，验收合格的出具书面验收报告。试生产、投入使用或到货签收均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改并重新提交验收。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题，乙方免费维修或更换。
P:（二）质保期满后，乙方提供维保服务，年度维保费为软硬件小计的8%（每年¥87,504），质保期满后三年内不上调。
P:（三）一级故障（整条生产线停机）乙方应在一小时内响应，八小时内到达现场；二级故障二小时内响应，两个工作日内处理完毕。
P:（四）乙方每延迟响应或到场一小时，应向甲方支付¥500。
H:七、知识产权
P:（一）监控软件标准产品的知识产权归乙方，甲方获得永久使用许可。
P:（二）为本项目编写的PLC程序、HMI画面、视觉检测算法参数及接口程序，其知识产权归甲方所有，乙方应在验收时交付源程序和说明文档，甲方可自行修改和使用。
H:八、数据安全
P:（一）生产线运行数据、编织配方、产量和质量数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方批准，并通过甲方指定的VPN和账号进行，操作留存日志；乙方应采取防病毒、访问控制等安全措施，不得私自拷贝数据。
P:（三）因乙方原因导致数据泄露、丢失或控制系统遭受网络攻击的，乙方应在两小时内通知甲方，并承担由此造成的全部损失。
H:九、保密
P:乙方对甲方的编织工艺、产品款式、配方参数及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍继续有效。
H:十、违约责任
P:（一）乙方逾期交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按应付未付金额的万分之三向乙方支付违约金。
P:（三）乙方提供的设备不符合约定的，应负责更换，并承担由此产生的费用。
H:十一、分包
P:乙方可以将电气布线和现场安装施工分包给具有相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称，并对分包部分承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:十四、项目管理
P:（一）乙方应指派项目经理常驻甲方现场，负责改造施工的组织和协调，每周向甲方提交施工进度报告。
P:（二）乙方施工人员应遵守甲方的安全生产制度，动火、登高和带电作业应办理甲方作业许可，并做好现场防护和清洁。
P:（三）改造施工期间拆除的旧控制柜、线缆和电机归甲方所有，乙方应清点后移交甲方指定仓库。
P:（四）乙方应在验收前交付电气原理图、接线图、PLC程序说明、设备操作手册和维护手册各两套，并提供电子版本。
H:十五、甲方义务
P:（一）甲方应按施工计划提供停产窗口、施工用电和必要的场地，并指定专人配合乙方工作。
P:（二）甲方应提供现有生产线的工艺参数、设备资料及编织配方样例，配合乙方完成参数调试。
P:（三）甲方应组织操作工和维修工参加乙方培训，并在验收阶段安排人员参与试生产。
H:十六、技术要求
P:（一）改造后的控制系统应支持与甲方现有制造执行系统的数据对接，采用标准工业通信协议，预留不少于两条生产线的扩展接口。
P:（二）视觉检测单元应能识别断条、跳编、纹路错位和藤条色差等常见缺陷，识别结果应在触摸屏上实时显示并记录批次信息。
P:（三）监控软件应提供按班次、按生产线、按产品款式统计的产量、合格率和能耗报表，并支持导出。
P:（四）所有电气设备应符合国家相关标准，控制柜防护等级应适应藤编车间的粉尘和湿度环境。
P:（五）监控软件应支持按角色分配操作权限，关键参数修改须记录操作人和修改时间，记录保存期限不少于三年。
P:（六）乙方应为每条生产线提供一套常用备件，包括熔断器、继电器、伺服编码器线缆和视觉检测光源，备件清单作为技术协议附件，备件费用已包含在合同总价中。
H:十七、不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任，履行期限相应顺延。
H:十八、通知
P:本合同项下的通知应以书面形式送达合同首页所列地址或双方指定的电子邮箱，送达即生效。一方变更联系方式的，应及时通知对方。
H:十九、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

Z03 = """连锁拳击馆预约与会员管理系统SaaS订阅及实施服务合同

合同编号：QJ-SAAS-2026-008
甲方：锐拳体育健身管理（成都）有限公司
乙方：蓉城云动软件科技有限公司

甲方经营连锁拳击馆，现有门店四十五家。甲方拟采用乙方提供的预约与会员管理SaaS服务，并由乙方完成系统实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方四十五家门店提供预约与会员管理SaaS服务，包括课程排期与私教预约、会员卡及次卡管理、线上支付与退款、签到闸机对接、教练课时统计、会员积分营销及经营报表等功能。
（二）乙方负责系统实施，包括：
1. 按甲方门店、课程体系和价格方案完成系统配置；
2. 将甲方现有约三万二千名会员的资料、剩余课时和储值余额迁移至新系统；
3. 完成与甲方微信小程序、门店签到闸机及财务系统的对接；
4. 为甲方总部及门店人员提供操作培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）服务期满前，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。

三、费用及支付
（一）订阅费按门店计收，每家门店每个服务年度¥6,400，四十五家门店每个服务年度合计¥288,000，两个服务年度合计¥576,000。
（二）实施费为一次性费用¥96,000。
（三）本合同总价为¥672,000。
（四）订阅费按季度支付，乙方于每个季度结束后开具发票，甲方收到发票后十五日内支付该季度订阅费。
（五）实施费在系统上线验收合格后十五日内一次性支付。
（六）自动续期的，乙方有权在续期时上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方书面通知甲方后即按新单价执行。

四、实施与验收
（一）乙方应在合同签订后六十日内完成全部门店的配置、数据迁移和系统对接，并提交上线验收申请。
（二）上线验收标准：
1. 会员资料、剩余课时及储值余额迁移后与原系统逐条核对一致；
2. 小程序预约、支付、退款及闸机签到全流程测试通过；
3. 在一千名会员同时预约的情况下，页面响应时间不超过两秒；
4. 财务对账报表与支付渠道流水核对无差异。
（三）甲方在收到申请后五个工作日内组织验收并出具书面意见。系统试用或门店开始使用均不视为验收合格。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划内维护应安排在每日零时至六时之间并提前通知甲方。
（二）一级故障（预约或支付功能整体不可用）乙方应在三十分钟内响应，三小时内恢复；二级故障两小时内响应，一个工作日内解决。
（三）月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；可用率低于98%的，抵扣比例提高至当月订阅费的20%。一级故障超时恢复的，每超时一小时另抵扣¥300。

六、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门开发的报表、对接程序和营销活动模板，其知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护。

七、数据
（一）甲方的会员资料、预约记录、交易记录及经营数据均属于甲方。
（二）乙方可在服务期内及服务期满后，将上述数据进行脱敏处理后用于改进其产品、训练推荐算法及编制行业分析报告。
（三）乙方应将数据存储于中国境内，采取加密存储、访问控制和日志审计措施，对会员个人信息的处理遵守《个人信息保护法》。
（四）发生数据泄露或安全事件的，乙方应在二十四小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（五）服务终止后三十日内，乙方应向甲方完整返还数据，并删除系统中的甲方数据。

八、保密
双方对在合作中知悉的对方商业信息、价格方案、会员信息及技术资料负有保密义务，未经对方书面同意不得披露给第三方，合同终止后三年内继续有效。

九、违约责任
（一）乙方未按第四条约定期限提交上线验收申请的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（三）任何一方违反本合同约定给对方造成损失的，应予赔偿。

十、分包
乙方不得将本合同项下的实施工作分包或转包给第三方，但经甲方书面同意的除外。

十一、合同解除
（一）一方严重违约，经对方书面通知后十五日内未予纠正的，守约方有权解除本合同。
（二）合同解除后，甲方仅需支付已实际提供服务期间的订阅费。

十二、双方责任
（一）甲方应指定项目联系人，按乙方实施计划提供门店信息、课程及价格方案、会员数据导出文件，并组织门店人员参加培训。
（二）甲方应妥善保管系统账号和密码，对其员工在系统中的操作负责，门店员工离职时应及时停用其账号。
（三）乙方应设立专属客户成功经理，每月向甲方提交服务报告，内容包括系统可用率、故障处理情况、功能使用统计和改进建议。
（四）乙方应提供7×24小时服务热线和在线工单渠道，门店在营业时间内遇到操作问题可随时获得支持。
（五）乙方对系统进行版本升级的，应提前五个工作日通知甲方，升级不得降低甲方正在使用的功能，新增功能的操作说明应同步提供给甲方。

十三、门店增减
（一）服务期内甲方新开门店的，可随时增加开通，订阅费按第三条单价及剩余服务期按日折算。
（二）甲方门店关闭的，可在每个服务年度届满时相应减少开通数量，减少后的订阅费自下一服务年度起按实际门店数计算。

（五）系统应支持门店营销活动配置，包括新会员体验课、老带新奖励、节日折扣和积分兑换，活动规则由甲方总部统一设定、门店执行。
（六）系统应支持与甲方指定的支付渠道对接，支付成功后实时更新会员卡余额和课时，退款按甲方规则原路退回，每日自动生成对账单。
（七）系统应支持门店签到闸机、人脸识别设备和手环的对接，会员凭小程序二维码或人脸签到后自动扣减课时。

（八）系统应支持会员评价教练和课程，评价结果仅对甲方总部和门店店长可见，用于教练管理和课程改进。

十五、不可抗力
因不可抗力导致一方不能履行本合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。

十四、功能要求
（一）系统应支持会员通过小程序自助完成团课预约、私教预约、候补排队和取消预约，预约规则可由甲方按门店分别设置。
（二）系统应支持会员卡、次卡、私教课包和储值卡等多种卡种，支持卡种转让、冻结和延期，并完整记录操作日志。
（三）系统应提供教练端应用，教练可查看课表、确认上课、填写训练记录，课时统计结果可直接用于绩效核算。
（四）系统应提供总部、区域和门店三级报表，包括客流、续卡率、课程满员率、营收和退款统计，报表支持按日、周、月导出。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。

十七、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________    乙方（盖章）：__________
"""

Z04 = """美术馆藏品管理与展览服务系统运维服务合同

合同编号：MSG-YW-2026-02
甲方：江城市美术馆
乙方：江城博艺信息技术服务有限公司

甲方现有藏品管理系统、展览管理系统、数字展厅及票务预约系统，为保障上述系统稳定运行，甲方委托乙方提供运维服务。经双方协商一致，签订本合同。

第一条 服务范围
1.1 运维对象：藏品管理系统（含藏品登记、编目、影像、出入库及修复记录）、展览管理系统（含展览策划、展品借展、布展及撤展管理）、数字展厅（线上虚拟展览及三维藏品展示）、票务预约系统，以及上述系统所在的服务器、存储和网络设备。
1.2 服务内容：
（1）驻场运维：乙方派驻两名运维工程师，工作日在甲方现场值守，负责日常监控、故障处理、用户支持和账号管理；
（2）巡检与优化：每月对系统及设备进行一次全面巡检，每季度提交运行分析报告和优化建议；
（3）重大展览保障：在甲方年度重点展览开幕、节假日高峰期间安排专人值守，保障票务预约和数字展厅正常运行；
（4）数据备份与安全加固：执行每日增量备份、每周全量备份，每季度进行一次恢复演练，并按等级保护要求完成安全加固。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，另行签订合同。

第三条 服务费用及支付
3.1 本合同总价为人民币肆拾壹万捌仟元整（¥418,000），其中：驻场运维费¥264,000，巡检与优化费¥58,000，重大展览保障费¥46,000，数据备份与安全加固费¥50,000。
3.2 服务费按季度支付。每季度结束后，甲方依据第五条对该季度服务进行考核，考核合格后十五个工作日内支付该季度服务费¥104,500。
3.3 甲方不预付任何款项。

第四条 服务交接
4.1 乙方应在服务期开始后十日内完成与原运维单位的交接，包括系统账号、配置文档、备份介质和运维记录的清点确认，并提交交接报告。
4.2 交接报告经甲方确认后方视为交接完成。

第五条 服务考核与验收
5.1 季度考核标准：
（1）月度巡检全部按期完成，巡检报告内容完整；
（2）每起故障均有处理记录和处理报告，重复发生的故障有原因分析；
（3）备份任务执行成功率达到98%以上，恢复演练全部成功；
（4）甲方用户满意度调查得分不低于85分。
5.2 服务期满时，甲方对全年运维服务进行总体验收，依据四个季度的考核结果及运维文档的完整性出具验收意见。

第六条 服务水平
6.1 藏品管理系统、展览管理系统及票务预约系统的月度可用率不低于99.95%。
6.2 一级故障（系统整体不可用、藏品数据无法访问或票务预约中断）乙方应在十五分钟内响应，一小时内到达现场，三小时内恢复；二级故障（部分功能不可用）三十分钟内响应，一个工作日内解决；三级故障在两个工作日内解决。
6.3 服务未达到上述水平的，乙方应在三个工作日内向甲方提交书面原因分析和整改措施，并在下一考核周期内完成整改，本合同不另设服务水平扣款。

第七条 人员管理
7.1 驻场人员应具备三年以上相关系统运维经验，乙方更换驻场人员应提前十日通知甲方并经甲方同意。
7.2 驻场人员应遵守甲方的安全管理和文物保护制度，进入库房区域须经甲方批准并有甲方人员陪同。

第八条 数据安全
8.1 藏品数据、影像资料、展览资料及观众预约信息均属于甲方所有，乙方仅能为提供本合同运维服务而使用，不得用于其他任何目的。
8.2 乙方应严格执行甲方的账号权限管理，所有运维操作通过甲方堡垒机进行并留存审计日志；未经甲方书面批准，不得将任何数据导出或拷贝至甲方网络以外的设备。
8.3 乙方应落实网络安全等级保护要求，及时修补漏洞，发现安全事件应在一小时内报告甲方并配合处置。
8.4 因乙方原因导致数据泄露、篡改或丢失的，乙方应承担全部赔偿责任，包括甲方因此承担的行政处罚和第三方索赔。

第九条 知识产权
乙方在服务期间编写的运维脚本、配置文档、巡检报告和运行分析报告，其知识产权归甲方所有。

第十条 违约责任
10.1 乙方未按第四条约定期限完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 季度考核不合格的，乙方应在十五日内整改，整改后仍不合格的，甲方可暂停支付该季度服务费直至整改合格。
10.3 乙方其他违约给甲方造成损失的，应予赔偿。

第十一条 分包
乙方不得将本合同项下的服务分包或转包；确需分包的，应事先取得甲方书面同意。

第十二条 合同解除
12.1 乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算服务费。
12.2 合同解除或终止时，乙方应在十日内完成交接，移交全部账号、文档和备份介质。

第十三条 运维管理制度
13.1 乙方应建立运维值班、变更管理、问题管理和配置管理制度，所有系统变更须提交变更申请，经甲方审批后在约定窗口内实施，并保留回退方案。
13.2 乙方应维护运维台账，记录每次故障的发生时间、影响范围、处理过程和根本原因，并按月提交甲方。
13.3 乙方应在每次重点展览开幕前五个工作日完成票务预约系统压力测试和数字展厅内容检查，并提交保障方案。
13.4 服务期满或合同终止时，乙方应配合甲方或新的运维单位完成交接，移交运维台账、配置文档和全部账号。

第十四条 甲方义务
14.1 甲方应为驻场人员提供必要的办公场所、网络和运维终端。
14.2 甲方应指定运维联系人，及时审批变更申请，并按约定支付服务费。
14.3 甲方应向乙方提供系统原有的技术文档和供应商联系方式，协调原系统开发单位配合乙方处理深层次问题。

第十五条 服务报告
乙方每月第五个工作日前提交上月运维报告，内容包括系统运行情况、故障统计及处理情况、巡检发现的问题、备份执行情况和下月工作计划；每季度提交运行分析报告，对系统容量、性能和安全状况进行评估，并提出优化建议。甲方对报告有疑问的，乙方应在三个工作日内作出说明。

第十六条 运维工具
乙方应自备运维所需的监控软件和工单系统，监控范围覆盖全部运维对象，告警信息同时推送至甲方运维联系人。工单系统应记录每一服务请求的受理、处理和关闭情况，甲方可随时查询。服务期满时乙方应将工单数据导出移交甲方。

第十七条 驻场人员考勤
驻场人员按甲方作息时间出勤，因病事假离岗的，乙方应安排具备同等能力的人员顶岗。乙方每月随运维报告提交驻场人员考勤记录。


第十八条 安全生产
驻场人员在甲方展厅、库房及机房区域工作时，应遵守甲方安全管理规定，不得携带易燃物品，不得触碰展品和藏品。

第十九条 不可抗力
因不可抗力不能履行本合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。

第二十条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第二十一条 其他
本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：__________    乙方（盖章）：__________
"""

Z05 = """# 蒸馏过程监测软件许可及定制开发合同

**芳馏智控标准合同文本 V3.0**

合同编号：FLZK-2026-0219

甲方：云岭香源精油蒸馏有限公司

乙方：昆明芳馏智控科技有限公司

甲方拟在其精油蒸馏车间部署蒸馏过程监测软件，乙方同意按本合同约定提供软件许可及定制开发服务。双方本着平等自愿的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“芳馏智控”蒸馏过程监测软件（标准版）的永久使用许可，覆盖甲方车间八台蒸馏釜及配套冷凝、油水分离设备的监测节点。

1.2 乙方根据甲方需求进行定制开发，内容包括：蒸馏釜温度、压力、蒸汽流量曲线的实时监测页面；出油率及得油量统计报表；批次工艺记录与追溯功能；与甲方现有仓储系统的数据接口。

1.3 乙方负责软件的安装部署、参数配置及操作人员培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蒸馏过程监测软件许可（标准版，永久） | 860,000 |
| 2 | 定制开发 | 300,000 |
| 3 | 安装部署及配置 | 70,000 |
| 4 | 培训 | 20,000 |
| | 合计 | 1,250,000 |

本合同总价为人民币壹佰贰拾伍万元整（¥1,250,000）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 软件上线运行后十个工作日内，甲方支付合同总价的剩余35%。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款后开始实施，预计于九十日内完成软件部署和定制开发。实际交付时间以项目进度为准，乙方将及时告知甲方。

4.2 甲方应按乙方要求提供现场条件、设备接口资料和网络环境。因甲方原因造成延误的，交付时间相应顺延。

## 第五条 验收

5.1 软件安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方对软件功能有异议的，应在上线后五日内书面提出，逾期未提出的视为无异议。

## 第六条 技术支持与维护

6.1 自软件上线之日起六个月为免费维护期，乙方在免费维护期内提供软件缺陷修复。

6.2 乙方将尽商业上合理的努力，通过电话、邮件或远程方式为甲方提供技术支持，具体响应及处理时间视问题情况和乙方工程师安排而定。

6.3 免费维护期满后，甲方如需继续获得技术支持及版本升级，应与乙方签订年度技术服务协议，年度技术服务费为软件许可费的28%，即每年¥240,800。

## 第七条 知识产权

7.1 “芳馏智控”软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的页面、报表、接口程序、工艺模型及相关源代码，其知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

## 第八条 数据

8.1 软件运行过程中产生的蒸馏工艺数据、批次记录及生产数据归甲方所有，乙方仅为履行本合同使用上述数据。

8.2 乙方远程维护时应使用甲方分配的账号，采取必要的安全防护措施，不得擅自复制或留存甲方数据。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在获知后二十四小时内通知甲方，并承担相应的赔偿责任。

## 第九条 保密

双方对因履行本合同而知悉的对方商业秘密、工艺配方和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 第十条 责任限制

10.1 乙方对甲方的间接损失、利润损失及生产中断损失不承担责任。

10.2 乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%。

## 第十一条 违约责任

任何一方违反本合同约定的，应当承担相应的违约责任。

## 第十二条 合同解除

一方严重违反本合同约定，经另一方书面通知后三十日内仍未纠正的，另一方有权解除本合同。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 甲方义务

14.1 甲方应在合同签订后十日内指定项目联系人，并向乙方提供蒸馏釜、冷凝器、油水分离器的设备资料和传感器点位清单。

14.2 甲方应按乙方要求准备服务器、操作系统、数据库及网络环境，并保证其满足乙方提出的配置要求。因甲方环境不满足要求导致的延误或故障，乙方不承担责任。

14.3 甲方应安排操作人员参加乙方组织的培训，并按乙方提供的操作手册使用软件。因甲方操作不当造成的问题，乙方提供的处理服务另行收费。

## 第十五条 功能说明

15.1 监测页面：实时显示各蒸馏釜的釜温、釜压、蒸汽流量和冷凝水温度，支持曲线回放和多釜对比。

15.2 统计报表：按批次、原料品种和班次统计得油量、出油率和蒸汽消耗，支持导出表格文件。

15.3 批次追溯：记录每一批次的原料来源、投料量、蒸馏时长、关键工艺参数及成品去向，支持按批次号查询。

15.4 数据接口：按乙方标准接口规范向甲方仓储系统推送成品入库数据，甲方仓储系统的改造由甲方自行负责。

15.5 乙方标准版软件的功能以乙方产品说明书为准，产品说明书与本合同不一致的，以产品说明书为准。

15.6 软件支持的并发用户数为二十个，超出部分需另行购买用户许可。

15.7 软件支持在手机端查看实时监测数据和报警信息，报警方式包括页面提示、短信和即时通讯消息，短信费用由甲方承担。

15.8 乙方后续推出的新功能模块不包含在本合同范围内，甲方如需使用，应按乙方届时的报价另行采购。

## 第十六条 培训

培训在甲方现场进行，共两次，每次一日，内容包括软件操作、报表使用和日常维护。甲方需追加培训的，按乙方收费标准另行支付费用。

## 第十七条 软件升级

乙方发布的补丁和小版本升级，在免费维护期内免费提供；免费维护期满后，仅向签订年度技术服务协议的客户提供。升级可能导致定制功能需要调整，调整工作按乙方收费标准另行计费。

## 第十八条 项目配合

18.1 乙方实施人员到甲方现场工作的，甲方应提供工作场所和必要的办公条件。乙方人员到现场的差旅费用已包含在安装部署费中，但超出约定次数的现场服务按乙方收费标准另行计费。

18.2 项目实施过程中甲方提出需求变更的，乙方将评估工作量并报价，双方确认后实施，交付时间相应顺延。

18.3 甲方应在乙方通知的时间内完成上线前的数据准备和测试配合，甲方未按时配合的，视为乙方已按期交付。

## 第十九条 不可抗力

因不可抗力或网络运营商、电力供应等非乙方原因导致软件不能正常运行或交付延迟的，乙方不承担责任。

## 第二十条 通知

双方的通知可以通过电子邮件、即时通讯工具或书面方式发出，发出即视为送达。一方联系方式变更的，应及时告知对方，未告知的由其自行承担不利后果。

## 第二十一条 其他

21.1 本合同自双方签字盖章之日起生效。

21.2 本合同未尽事宜，双方可另行签订补充协议。

21.3 本合同一式两份，双方各执一份，具有同等法律效力。

甲方（盖章）：__________    乙方（盖章）：__________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BBS-CN-2026-011
P:This Software Licence and Services Agreement is made between Qinzhou Beibu Gulf Container Terminal Co., Ltd., a company registered in the Guangxi Zhuang Autonomous Region of the People's Republic of China (the "Buyer"), and Baltic Berth Systems UAB, a company registered in Lithuania with its office at Naujoji Uosto g. 8, Klaipėda (the "Vendor").
P:The Buyer operates a container terminal and wishes to replace its berth and yard planning tools. The Vendor develops the BerthLine planning software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the BerthLine berth planning, yard planning and crane scheduling software in the version current at signature, with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts and planning rules that the Vendor develops or configures specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software for the Buyer, including vessel schedules, container records, yard positions and equipment data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's terminal for up to 60 concurrent planners, including use by the Buyer's contractors working for the Buyer.
P:2.2 The Vendor shall configure the Software, develop interfaces to the Buyer's terminal operating system, gate system and crane control system, migrate the master data and open planning records, and train the Buyer's planners and administrators.
P:2.3 The Vendor shall deliver the work under an implementation plan approved by the Buyer, with a named project manager who may not be replaced without the Buyer's consent.
H:Article 3 Price
P:3.1 The total price is CNY 1,900,000, made up of the Licence Fee CNY 1,340,000, configuration and interfaces CNY 420,000, data migration CNY 96,000 and training CNY 44,000.
P:3.2 The price is fixed and includes all taxes, travel, living costs and the warranty services under Article 6.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the total price within 20 days after signature against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the total price within 20 days after the Software passes the installation and interface tests in Article 5.1.
P:4.3 The Buyer shall pay the remaining 35% of the total price within 20 days after Final Acceptance.
P:4.4 Each payment is due against a valid invoice. Payments are made in CNY to the Vendor's account named in this Agreement.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and interface development within 120 days after signature and shall then run the installation and interface tests agreed in the implementation plan in the presence of the Buyer.
P:5.2 Final Acceptance criteria are: (a) every function in the requirements specification works as described; (b) berth and yard plans for a peak week are produced within the times stated in the specification; (c) all interfaces exchange data without loss during 30 consecutive days of live operation; (d) no Severity 1 incident occurs during that period; and (e) the migrated records reconcile with the old system.
P:5.3 The Buyer shall confirm Final Acceptance in writing within ten working days after the criteria are met, or give the reasons for refusal. Go-live, live use or a payment does not mean that Final Acceptance has been given.
P:5.4 If the Software fails the acceptance tests twice, the Buyer may terminate this Agreement and recover all amounts paid.
H:Article 6 Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty the Vendor shall correct defects, provide new releases and give remote and on-site support without charge.
P:6.2 Severity 1 incidents (planning unavailable or interfaces stopped) shall be answered within one hour and worked on continuously until a workaround is in place. Severity 2 incidents shall be answered within three hours and resolved within two working days.
P:6.3 For every hour by which the Vendor exceeds a response time in Article 6.2, the Buyer may deduct CNY 1,000 from any amount due to the Vendor.
P:6.4 After the warranty, the Vendor shall offer annual support at 9% of the Licence Fee, being CNY 120,600 per year, and shall not increase that fee for three years. Support after the warranty is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables belong to the Buyer from creation. The Vendor shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and for no other purpose, during or after the term.
P:8.2 The Software shall be installed on the Buyer's servers in the Buyer's data centre. The Vendor shall access them only through the Buyer's remote access gateway, with individual accounts, after approval for each session, and shall not copy Buyer Data outside the Buyer's network.
P:8.3 The Vendor shall comply with the data security and personal information laws of the People's Republic of China, shall notify the Buyer of any security incident affecting Buyer Data within 12 hours, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including terminal layouts, customer information and prices, and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete the work in Article 5.1 on time for reasons attributable to it, it shall pay delay damages of 0.08% of the total price for each day of delay.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for its approved subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 On termination the Vendor shall return Buyer Data and deliver the Custom Deliverables completed so far.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Lithuania.
P:13.2 Any dispute shall be settled by the Vilnius Court of Commercial Arbitration under its rules. The seat of arbitration is Vilnius and the language is English.
H:Article 14 Project Management and Documentation
P:14.1 Each party shall appoint a project manager. The project managers shall meet at least every two weeks during implementation, online or at the terminal, and the Vendor shall keep minutes that both project managers sign.
P:14.2 The Vendor shall report progress in writing every two weeks, including completed tasks, open issues, risks to the delivery date and the plan for the next period.
P:14.3 Before Final Acceptance the Vendor shall deliver in English and Chinese: the system design, the interface specifications, the installation and configuration guide, the administrator manual, the user manual for planners and the training materials. The Buyer may copy and use these documents for its own purposes.
P:14.4 The Vendor's staff working at the terminal shall follow the Buyer's safety rules, wear the protective equipment required in the operational areas and enter the quay and yard only with an escort from the Buyer.
H:Article 15 Force Majeure
P:15.1 A party prevented from performing by an event beyond its reasonable control, such as a typhoon, earthquake or government action, shall notify the other party promptly, and the time for performance is extended by the period of the delay. Both parties shall do what they reasonably can to reduce the effects of the event.
H:Article 16 Notices
P:16.1 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses stated by each party in Annex 3, and take effect on receipt. Each party shall inform the other promptly of any change of address, and routine project messages may be exchanged between the project managers by e-mail.
H:Article 17 General
P:17.1 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:17.2 Annex 1 (Requirements Specification), Annex 2 (Implementation Plan) and Annex 3 (Contacts) form part of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — DealerDesk B2B Ordering Service

**Order Form No. KCW-OF-2026-047**

**Provider:** Kurzeme Cloudworks SIA, Graudu iela 41, Liepāja, Latvia ("Provider")

**Customer:** Hangzhou Lanxi Home Appliances Co., Ltd., Hangzhou, Zhejiang Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer. If they conflict, Part A prevails.

## PART A — ORDER FORM

### A1 Service

DealerDesk, Provider's hosted B2B ordering service, for Customer's dealer network in mainland China: dealer catalogue and price lists, order capture, credit checks against limits set by Customer, order tracking, returns and dealer statements, with up to 1,800 dealer accounts and 220 named Customer users.

### A2 Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5; each Subscription Year lasts 365 days. The subscription ends at the end of the second Subscription Year unless the parties sign a new Order Form. It does not renew automatically.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 1,800 dealers, 220 users | 336,000 |
| Subscription Fee, Subscription Year 2 | same scope, same fee | 336,000 |
| Onboarding (configuration, ERP interface, data load, training) | one-time | 48,000 |
| Total Fees | | 720,000 |

Additional dealer accounts above 1,800 are charged at CNY 160 per account per Subscription Year, pro rata. Fees exclude VAT, which is added at the rate in force.

### A4 Invoicing and Payment

(a) The Onboarding fee is invoiced after Go-Live Acceptance.

(b) The Subscription Fee for each Subscription Year is invoiced in two equal half-yearly instalments at the start of each half-year.

(c) Customer pays each invoice within 30 days of receipt by bank transfer in CNY.

### A5 Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding within 45 days after signature of this Order Form: configuration of Customer's catalogue, price lists and credit rules; the interface to Customer's ERP system for orders, stock and invoices; loading of dealer master data; and training for Customer's sales administrators.

(b) Go-Live Acceptance tests: (i) 200 sample orders flow from dealer entry to the ERP and back with correct prices, discounts and credit checks; (ii) stock and invoice data from the ERP appear in the dealer portal within five minutes; (iii) dealer statements reconcile with the ERP for two sample months; (iv) the portal handles 300 concurrent dealer sessions with page times under three seconds.

(c) Customer confirms Go-Live Acceptance in writing within five working days after the tests pass, or states the failed tests. Use of the Service before confirmation is not acceptance.

(d) If Provider does not complete onboarding on time for reasons attributable to it, Provider pays Customer CNY 500 for each day of delay, deducted from the Onboarding fee and later invoices.

### A6 Contacts and Signature

Provider contact: Service Delivery Manager, Liepāja office. Customer contact: Head of Sales Operations, Hangzhou. Signed by authorised representatives of both parties on the date of the last signature.

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 00:00 and 05:00 China Standard Time.

1.2 Provider shall respond to Priority 1 incidents (the Service or ordering unavailable for all dealers) within 30 minutes, at any time, and restore the Service within three hours. Priority 2 incidents are answered within two hours on business days and resolved within two business days.

1.3 If monthly availability falls below the commitment in 1.1, Provider credits 5% of the monthly share of the Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that monthly share. Each Priority 1 restoration exceeding three hours earns a further credit of CNY 600. Credits are set off against the next invoice.

### 2. Customer Data

2.1 Customer Data means all data that Customer, its users or its dealers enter into the Service, and all order, price and dealer data generated from it.

2.2 Customer Data belongs to Customer. Provider uses Customer Data only to provide the Service to Customer under this agreement and does not use it for any other purpose.

2.3 During the Subscription Term and for 60 days after it ends, Customer may export all Customer Data in CSV format. Provider then deletes Customer Data from the Service.

### 3. Customer Configurations

Price rules, credit rules, report templates and the ERP interface mappings prepared for Customer belong to Customer, which may use, modify and hand them to a third party freely, including to move to another service.

### 4. Confidentiality

4.1 Each party keeps confidential the non-public business, technical and pricing information of the other party that it receives under this agreement, uses it only to perform the agreement, and discloses it only to staff and advisers who need to know it and are bound by equal obligations.

4.2 These obligations last for the Subscription Term and three years after it.

### 5. Subcontractors

Provider may engage subcontractors and hosting providers to deliver any part of the Service. Provider informs Customer in writing of each new subcontractor or hosting provider before it starts work and remains responsible for their performance.

### 6. Warranties

Provider warrants that the Service performs materially as described in the documentation and that the onboarding work is performed with reasonable skill and care. If the Service does not so perform, Provider corrects it without charge.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

7.2 Provider's total liability arising out of or in connection with this agreement, in contract, tort or otherwise, is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

### 8. Termination

8.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

8.2 On termination for Provider's breach, Provider refunds any prepaid Subscription Fee for the period after termination.

### 9. Changes

Provider may improve the Service during the Subscription Term provided that no function used by Customer is materially reduced. Changes to this agreement require a written amendment signed by both parties.

### 10. Customer Responsibilities

10.1 Customer shall appoint a project lead for onboarding, provide its catalogue, price lists, credit limits and dealer master data in the agreed templates, and make its ERP test environment available to Provider during onboarding.

10.2 Customer is responsible for the accuracy of the prices, discounts and credit limits it sets in the Service and for the acts of its users and dealers in the Service.

10.3 Customer shall keep user names and passwords of its users and dealers under its control and disable accounts of users who leave.

### 11. Support and Training

11.1 Provider gives support in Chinese and English through a support portal, e-mail and a telephone line during business days from 08:30 to 18:00 China Standard Time, and for Priority 1 incidents at any time.

11.2 Provider trains up to four groups of Customer's sales administrators during onboarding and provides online user guides for dealers in Chinese. Further training sessions are available at CNY 3,500 per day.

11.3 Provider informs Customer of new releases at least ten days in advance, with release notes in Chinese and English.

### 12. Dealer Onboarding and Changes

12.1 After Go-Live Acceptance, Customer may add dealers to the Service at any time through the administration console. Provider sends each new dealer a welcome message in Chinese with login instructions prepared with Customer.

12.2 Customer may request changes to its configuration, reports or ERP interface during the Subscription Term. Provider makes minor changes of up to two working days each without charge, up to ten working days per Subscription Year. Larger changes are quoted in writing and carried out only after Customer's written approval of the quote.

12.3 Provider publishes a service status page showing current availability, open Priority 1 incidents and planned maintenance, which Customer's users can consult at any time.

### 13. Notices

Notices under this agreement are given in writing to the contacts in A6 by e-mail with confirmation of receipt or by courier. A notice sent by e-mail takes effect when the recipient confirms receipt; a notice sent by courier takes effect on delivery. Each party informs the other without delay of any change of its contact details, and notices sent to the old details before that information is received remain valid.

### 14. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Disputes are submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.
"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. QSP-EQ-2026-092
P:Buyer: Hubei Qingshan Paper Co., Ltd., Xiaogan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Saulės Sensorika UAB, Pramonės g. 15, Šiauliai, Lithuania (the "Supplier").
P:The Buyer wishes to monitor the condition of the rotating equipment on its two paper machines and its stock preparation line. The Supplier manufactures wireless sensors, gateways and monitoring software. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors and gateways listed in clause 2.1; "Software" means the Supplier's monitoring software licensed under clause 2.1; "System" means the Equipment and the Software installed together at the Buyer's mill.
P:1.2 The Supplier shall supply the Equipment, license the Software, install and commission the System, connect it to the Buyer's distributed control system, set alarm limits with the Buyer's maintenance engineers and train the Buyer's staff.
P:1.3 The System shall cover the motors, pumps, fans, gearboxes and rolls listed in the Buyer's equipment schedule, with one or more measuring points per machine as stated in that schedule.
H:2. Price
P:2.1 The Contract Price is CNY 1,770,000, fixed, inclusive of taxes, packing, freight to the Buyer's mill, insurance and installation, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensors|320|2,150|688,000
TB:2|Wireless temperature sensors|180|860|154,800
TB:3|Gateways with industrial enclosures|24|12,400|297,600
TB:4|Monitoring software, perpetual licence for 600 points|1|436,000|436,000
TB:|Hardware and Licence Subtotal|||1,576,400
TB:5|Installation, commissioning and DCS connection|1|168,000|168,000
TB:6|Training of maintenance staff|1|25,600|25,600
TB:|Contract Price|||1,770,000
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 days after signature, against an advance payment guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 days after all Equipment is delivered and installed and the installation certificate is signed. The installation certificate confirms quantities and installation only and is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's mill within 70 days after signature and complete installation and commissioning within 110 days after signature.
P:4.2 Installation on running machines shall follow the Buyer's work permit and lock-out rules. The Supplier's staff shall follow the Buyer's safety instructions at all times.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a trial run of 45 consecutive days. The acceptance criteria are: (a) every measuring point in the equipment schedule transmits data at the agreed interval; (b) data loss per gateway is below the figure stated in the technical specification; (c) alarms reach the DCS and the maintenance mobile application within ten seconds of a limit being exceeded; (d) the Software produces the trend, spectrum and report functions listed in the technical specification; and (e) no Severity 1 incident occurs during the trial run.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met or state in writing which criteria are not met. Delivery, installation, use of the System or any payment does not amount to acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, including batteries, and correct Software defects free of charge, and shall provide new Software releases.
P:6.2 Incidents are handled as follows:
TB:Severity|Meaning|Response|Remedy
TB:Severity 1|monitoring of a paper machine lost, or alarms not transmitted|30 minutes, remote|workaround within 8 hours; engineer on site within 48 hours if needed
TB:Severity 2|a gateway or group of sensors lost|2 hours|resolved within 3 working days
TB:Severity 3|single sensor or minor software fault|1 working day|next scheduled visit or release
P:6.3 For each hour by which a Severity 1 or Severity 2 response or workaround time is exceeded, the Supplier shall pay CNY 800, deducted from the next payment or from the performance guarantee.
P:6.4 After the warranty, the Supplier shall provide support at an annual fee of 7% of the Hardware and Licence Subtotal, being CNY 110,348 per year, fixed for the first two years after the warranty. Support is ordered by the Buyer each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the Equipment remain the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use them with the System.
P:7.2 The DCS interface programs, alarm configurations, report templates and machine models prepared for the Buyer belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall deliver them with source code and documentation at Final Acceptance.
H:8. Buyer Data and Security
P:8.1 All measurement data, alarms, reports and equipment information collected or generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, including product development, during or after the term.
P:8.2 The Software runs on servers in the Buyer's mill. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's remote access gateway with individual accounts and logged sessions. The Supplier shall not copy Buyer data outside the Buyer's network.
P:8.3 The Supplier shall comply with the laws of the People's Republic of China on data security and network security, shall report any security incident affecting the System or Buyer data within six hours, and shall be liable for all losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information, including the Buyer's process data, machine layouts and prices, and shall not disclose it without prior written consent. This obligation survives for five years after the end of this Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to meet a date in clause 4.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages under clause 10.1 reach 10% of the Contract Price.
P:12.2 On termination, the Supplier shall refund the amounts paid for Equipment and services not accepted and shall remove any Equipment the Buyer rejects.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding.
H:14. Packing, Delivery Documents and Spare Parts
P:14.1 The Supplier shall pack the Equipment for sea and road transport and for storage in a humid mill environment, and mark each case with the contract number, case number and gross weight.
P:14.2 Each delivery shall be notified to the Buyer five working days before arrival, with the vehicle details and the expected time, so that the Buyer can arrange unloading. Each delivery shall be accompanied by a packing list, a certificate of origin, the manufacturer's test certificates for each sensor batch and the radio type approval required for use in China.
P:14.3 The Supplier shall deliver with the Equipment spare sensors equal to two per cent of each sensor type, two spare gateways and a set of mounting accessories, at no extra charge. The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
H:15. Training
P:15.1 The Supplier shall train up to 24 maintenance engineers and technicians of the Buyer in the use of the Software, the reading of vibration spectra, the replacement of sensors and batteries and basic troubleshooting of the gateways. Training takes place at the Buyer's mill in Chinese or with an interpreter provided by the Supplier.
P:15.2 The Supplier shall provide a training plan two weeks in advance, training materials in Chinese and a short test for participants. Participants who pass receive a certificate, and further sessions after the warranty are charged at the rates in Annex 2.
H:16. General
P:16.1 This Contract is made in English and Chinese; both versions are equally valid. Annex 1 (Technical Specification) and Annex 2 (Equipment Schedule) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. LMIT-2026-CN-03

**Customer:** Suzhou Hengrui Precision Components Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer")

**Provider:** Latgale Managed IT SIA, Rīgas iela 22, Daugavpils, Latvia, acting through its service centre staff and its local partner engineers ("Provider")

Customer runs three machining plants and a head office in Suzhou. Provider delivers managed infrastructure services. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date of Transition Acceptance under clause 4.

1.3 "Customer Data" means all data stored on or passing through the systems managed by Provider, including production, quality, personnel and customer data.

1.4 "Charges" means the charges in Schedule 3.

## 2. Term and Renewal

2.1 This Agreement starts on signature. The Initial Term is 36 months from the Service Commencement Date.

2.2 At the end of the Initial Term this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

2.3 For each renewal term, Provider may increase the Charges by up to 6% by written notice to Customer given at least 60 days before the renewal term starts. The increased Charges apply from the start of the renewal term without further agreement.

## 3. Services

3.1 Provider shall deliver the Services in Schedule 1 at the service levels in Schedule 2, using qualified staff and the monitoring and ticketing tools described in Schedule 1.

3.2 Customer shall give Provider's staff reasonable access to its sites and systems and shall appoint a service owner for day-to-day coordination.

## 4. Transition

4.1 Provider shall complete transition within 60 days after signature: discovery and documentation of all managed devices and servers, installation of monitoring agents, setup of the service desk with Customer's users, and handover from Customer's current provider.

4.2 Transition Acceptance criteria are: (a) all devices in the agreed inventory are monitored and visible in the service portal; (b) backup jobs for all servers in scope have run successfully for ten consecutive days, with one test restore per plant; (c) the service desk has handled tickets for ten working days with the response times in Schedule 2; and (d) run books for all critical systems are approved by Customer.

4.3 Customer confirms Transition Acceptance in writing within five working days after the criteria are met. Provider may not start charging the monthly Charges before Transition Acceptance.

4.4 If Provider does not achieve Transition Acceptance within the period in 4.1 for reasons attributable to it, Provider shall pay Customer CNY 600 for each day of delay.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Total Contract Value for the Initial Term is CNY 2,160,000.

5.2 The Transition Fee is invoiced after Transition Acceptance. The monthly Charges are invoiced monthly in arrears. Customer pays each correct invoice within 30 days.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to deliver the Services and for no other purpose.

6.2 Provider shall access Customer systems only through Customer's privileged access management system, with named accounts and multi-factor authentication, and shall not store Customer Data outside mainland China or outside Customer's systems.

6.3 Provider shall apply the security controls in Schedule 1, keep its service centre certified to ISO/IEC 27001, notify Customer of any security incident affecting Customer Data within six hours, and be liable for losses caused by its failure to meet this clause.

## 7. Confidentiality

Each party shall keep confidential the non-public information of the other party received under this Agreement and use it only for this Agreement, during its term and for five years after it ends.

## 8. Intellectual Property

Run books, scripts, configurations and documentation prepared by Provider for Customer belong to Customer, which may use and modify them and give them to any future provider. Provider's own tools remain Provider's.

## 9. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent, except for the local partner engineers named in Schedule 1, which Customer approves by signing this Agreement. Provider remains responsible for all subcontractors.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of clauses 6 and 7.

## 11. Remedies and Duration

11.1 Service credits under Schedule 2 and damages under clause 10 are Customer's remedies for any failure of Provider to deliver the Services.

11.2 This Agreement may not be terminated by either party before the end of the Initial Term or a renewal term, except by written agreement of both parties. At the end of the Agreement, Provider shall support the handover to Customer or a new provider for up to 60 days at the rates in Schedule 3.

## 12. Governance and Reporting

12.1 Each party appoints a service manager. The service managers meet monthly to review service performance, incidents, changes and open risks, and quarterly with senior representatives of both parties to review the service plan.

12.2 Provider delivers a monthly service report within five working days after the end of each month, showing performance against each service level in Schedule 2, service credits due, major incidents with root cause analysis, changes carried out and capacity trends.

12.3 Changes to managed systems follow the change process in Schedule 1. Provider does not make changes to production systems in Customer's plants during production shifts without the approval of the plant manager.

## 13. Staff and Sites

13.1 Provider's staff and local partner engineers working at Customer's plants follow Customer's safety, quality and site access rules.

13.2 Provider keeps a stable team for the Services and gives Customer at least 30 days' notice before replacing its service manager. New team members receive an induction on Customer's systems, run books and site rules before they handle incidents, and Provider bears the cost of that induction. Provider keeps at least two engineers familiar with each plant's systems so that holidays and sick leave do not affect the service levels.

13.3 Provider's staff who have access to Customer systems sign individual confidentiality undertakings before they start work, and Provider provides a current list of them to Customer each month.

13.4 Provider maintains professional liability insurance with a reputable insurer for the Initial Term and any renewal term, and shows the certificate to Customer on request.

13.5 Each party shall comply with applicable anti-bribery laws and shall not offer or accept any gift or payment intended to influence decisions under this Agreement.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | first and second line support for 650 users in Chinese and English | 07:00–22:00, seven days |
| Infrastructure monitoring | 96 servers, 210 network devices, storage and virtualisation | 24 × 7 |
| Patch management | monthly patching of servers and 700 endpoints, emergency patches | scheduled windows |
| Backup and recovery | daily backups, offsite copy, quarterly restore test per plant | 24 × 7 |
| Security controls | endpoint protection, firewall rule reviews, privileged access logging | 24 × 7 |
| Local partner engineers | on-site hands and eyes at the three plants | 08:00–20:00, working days |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Monitoring platform availability | 99.95% monthly | 3% of the monthly Charges per started 0.1 point below target |
| Priority 1 incident response | 15 minutes | CNY 800 per started half-hour late |
| Priority 1 incident restoration | 3 hours | CNY 1,500 per started hour late |
| Priority 2 incident response | 1 hour | CNY 300 per started hour late |
| Backup completion | every scheduled job completed, or rerun successfully on the same day | 2% of the monthly Charges per month with a missed job |

Service credits in a month are limited to 20% of that month's Charges and are deducted from the next invoice.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 72,000 |
| Monthly Charge | 36 months × CNY 58,000 | 2,088,000 |
| Total Contract Value, Initial Term | | 2,160,000 |
| Handover support after the end | per engineer day | 2,400 |

Signed for Customer: ____________________    Signed for Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
TIMBER AND WOOD PELLET MARKET DATA API

Agreement No. ADS-SUB-2026-015

Provider: Aukštaitija Data Services UAB, Respublikos g. 54, Panevėžys, Lithuania ("Provider").
Customer: Zhangjiagang Senhe Timber Trading Co., Ltd., Zhangjiagang, Jiangsu Province, People's Republic of China ("Customer").

Customer imports sawn timber, logs and wood pellets from the Baltic region and Northern Europe and needs reliable market prices, shipment data and supplier information in its trading and risk systems. Provider collects and publishes such data through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered, with its documentation.
1.2 "Data" means the price assessments, price indices, export and shipment statistics, sawmill and supplier profiles and market commentary that Provider makes available under this Agreement.
1.3 "Customer Inputs" means the queries, watch lists, supplier lists, portfolio files and any other information that Customer sends to the API or uploads to Provider's portal.
1.4 "Subscription Year" means each period of 365 days starting on the Subscription Start Date or an anniversary of it.
1.5 "Subscription Start Date" means the date of Onboarding Acceptance under clause 4.3.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence to access the API and use the Data during the term for Customer's internal trading, purchasing, risk management and reporting, by up to 40 named users and four connected systems.
2.2 Customer may include Data in internal reports and in reports to its banks and auditors, and may keep Data received during the term for its records after the term ends.
2.3 Customer shall not resell the Data or publish it as a data service to third parties.

3. TERM

3.1 The term of this Agreement is two Subscription Years from the Subscription Start Date.
3.2 This Agreement does not renew automatically. The parties may agree a further term in writing before the end of the second Subscription Year.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall complete onboarding within 40 days after signature: API credentials and user accounts, a connector that loads the Data into Customer's trading system and risk system, mapping of Provider's product codes to Customer's item codes, historical price series back to January 2019, and training of Customer's users.
4.2 Onboarding acceptance criteria: (a) the connector loads each daily price release into both Customer systems within 30 minutes of publication for ten consecutive business days; (b) the historical series loaded match Provider's published series for a sample of 50 products; (c) all code mappings are confirmed by Customer's product team; (d) the portal and the API pass Customer's user tests described in the onboarding plan.
4.3 Customer confirms Onboarding Acceptance in writing within five business days after the criteria are met or states the criteria not met. Access to test data before confirmation is not acceptance.
4.4 If Provider does not complete onboarding within the period in clause 4.1 for reasons attributable to it, Provider shall pay Customer CNY 400 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:
   Onboarding fee (one-time): CNY 52,000
   Subscription Fee, Subscription Year 1: CNY 264,000
   Subscription Fee, Subscription Year 2: CNY 264,000
   Total fees for the term: CNY 580,000
5.2 Provider invoices the onboarding fee and the Subscription Fee for Subscription Year 1 together on signature. Customer shall pay that invoice within ten days after receipt and in any event before Provider starts onboarding.
5.3 Provider invoices the Subscription Fee for Subscription Year 2 at the start of that Subscription Year, payable within 30 days.
5.4 Fees are fixed for the term and include VAT. Additional named users are charged at CNY 3,200 per user per Subscription Year, pro rata.

6. SERVICE LEVELS AND SUPPORT

6.1 Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced three days in advance and carried out outside 07:00 to 20:00 China Standard Time on business days.
6.2 Provider shall publish daily price assessments by 18:00 Central European Time on each publication day in Provider's calendar.
6.3 Provider shall respond to Priority 1 incidents (the API unavailable, or a daily release not delivered) within eight business hours of Customer's report, and to other incidents within two business days. Support is provided in English by email and telephone during Provider's business hours in Lithuania.
6.4 If availability falls below the level in clause 6.1 in a month, Provider credits 5% of the monthly share of the Subscription Fee for each started 0.1 percentage point of shortfall. If a daily release is delivered more than six hours late, Provider credits CNY 300 for that day. Credits are deducted from the next invoice or refunded at the end of the term.

7. CUSTOMER INPUTS AND SECURITY

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to deliver the API and the Data to Customer and shall not use them for any other purpose, including the preparation of indices, statistics or other products, during or after the term.
7.2 Provider shall protect Customer Inputs with encryption in transit and at rest, role-based access for Provider staff, logging of access, and hosting in data centres certified to ISO/IEC 27001. Provider shall notify Customer of any security incident affecting Customer Inputs within 24 hours and shall be liable for losses caused by its failure to comply with this clause.
7.3 Within 30 days after the end of the term Provider shall delete all Customer Inputs and confirm the deletion in writing.

8. CUSTOM CONNECTOR

The connector and code mappings developed for Customer under clause 4.1 belong to Customer, which may use, modify and have them maintained by any third party. Provider delivers their source code at Onboarding Acceptance.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's watch lists, suppliers and positions, and Provider's methods and fees.
9.2 These obligations continue for five years after the end of this Agreement.

10. SUBCONTRACTING

Provider shall not subcontract the delivery of the API, the hosting of Customer Inputs or the onboarding work without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Neither party is liable for indirect loss or loss of profit, and Provider does not guarantee trading results based on the Data.
11.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the term, except for wilful misconduct and breach of clauses 7 and 9.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
12.2 If Customer terminates for Provider's breach, Provider refunds the fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The language of the arbitration is English.

14. DATA QUALITY AND METHODOLOGY

14.1 Provider shall prepare the Data with reasonable skill and care in line with its published methodology, and shall give Customer at least 30 days' notice of any material change to the methodology of a price index that Customer uses.
14.2 If Customer reports an error in the Data, Provider shall investigate it and publish a correction, or explain why no correction is needed, within two business days.
14.3 Provider shall give Customer a quarterly review of the Data products Customer uses, including coverage, corrections and planned changes.

14.4 Provider shall tell Customer promptly if a source that Provider uses for a price assessment stops reporting or changes its reporting, and how Provider will cover the gap.
14.5 Customer may send Provider up to ten questions per month on the Data and its methodology, which a Provider analyst answers in English within three business days.
14.6 Provider shall make archived daily releases available through the API for the whole term, so that Customer can reload any release that its systems failed to receive.

15. NOTICES

Notices under this Agreement are given in writing by courier or e-mail to the contacts named by each party, and take effect on receipt. Each party names a commercial contact and a technical contact on signature and informs the other party in writing of any change. Routine operational messages, such as maintenance announcements and release notes, may be sent through the portal or by e-mail to Customer's technical contact and do not need to follow this clause.

16. GENERAL

16.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
16.2 This Agreement is made in English in two originals.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files, formats
FILES = {  # key: (file name, format, language, source)
    "h650z01": ("h650z01_ocean_forecast_platform.pdf", "pdf", "zh", Z01),
    "h650z02": ("h650z02_rattan_weaving_line_retrofit.docx", "docx", "zh", Z02),
    "h650z03": ("h650z03_boxing_gym_booking_saas.txt", "txt", "zh", Z03),
    "h650z04": ("h650z04_art_museum_collection_om.txt", "txt", "zh", Z04),
    "h650z05": ("h650z05_essential_oil_distillation_supplier_template.md", "md", "zh", Z05),
    "h650e01": ("h650e01_berth_planning_licence_lt_vendor.pdf", "pdf", "en", E01),
    "h650e02": ("h650e02_dealer_ordering_saas_order_form_lv_vendor.md", "md", "en", E02),
    "h650e03": ("h650e03_paper_mill_condition_sensors.docx", "docx", "en", E03),
    "h650e04": ("h650e04_managed_it_services_36_months_lv_vendor.md", "md", "en", E04),
    "h650e05": ("h650e05_timber_market_data_api_subscription.txt", "txt", "en", E05),
}

# ---------------------------------------------------------------- labels
T, F, N = True, False, None
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law,
                           kind]))


G, S = "goods_or_licence", "service"
LABELS = {
    # key: (category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value, tco (licence base,
    #       fee/yr) or None, foreign forum)
    "h650z01": ("software", terms(99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G),
                T, T, T, F, 2240000, (1180000, 106200), F),
    "h650z02": ("hardware", terms(N, 1, T, "buyer", T, T, T, 0.03, N, 20, T, T, 24, 8, F, T, T, "PRC", G),
                T, T, T, F, 1260000, (1093800, 87504), F),
    "h650z03": ("cloud", terms(99.5, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S),
                T, T, None, F, 672000, None, F),
    "h650z04": ("services", terms(99.95, 0.25, F, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S),
                T, T, None, F, 418000, None, F),
    "h650z05": ("software", terms(N, N, F, "supplier", T, T, T, N, 20, 65, F, F, 6, 28, F, T, N, N, G),
                F, F, T, T, 1250000, (860000, 240800), F),
    "h650e01": ("software", terms(N, 1, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 24, 9, F, T, F, "Lithuania", G),
                T, T, T, F, 1900000, (1340000, 120600), T),
    "h650e02": ("cloud", terms(99.95, 0.5, T, "buyer", F, T, T, 500 / 720000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T,
                               T, "PRC", S),
                T, T, None, F, 720000, None, F),
    "h650e03": ("hardware", terms(N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7, F, T, F, "PRC", G),
                T, T, T, F, 1770000, (1576400, 110348), F),
    "h650e04": ("services", terms(99.95, 0.25, T, "buyer", T, T, T, 600 / 2160000 * 100, 150, N, T, N, N, N, T, F, F,
                                  "PRC", S),
                T, T, None, F, 2160000, None, F),
    "h650e05": ("cloud", terms(99.95, 8, T, "buyer", T, T, T, 400 / 580000 * 100, 150, (52000 + 264000) / 580000 * 100,
                               T, N, N, N, F, T, F, "PRC", S),
                T, T, None, F, 580000, None, F),
}

DESIGN = {
    "h650z01": [],
    "h650z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h650z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h650z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "h650z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h650e01": ["CR-GOVERNING-LAW"],
    "h650e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h650e03": [],
    "h650e04": ["CR-AUTO-RENEWAL", "CR-LD-LOW", "CR-TERMINATION"],
    "h650e05": ["CR-PREPAYMENT", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (section 3) and the TCO horizon
AVAIL, P1, LDMIN, CAP, PREPAY, WARRANTY, PWF, TCO_SHARE, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(value, warranty_months, base, fee):
    years = max(0.0, HORIZON - warranty_months / 12)
    post = fee * years
    return post / (value + post) * 100


def derive(key):
    cat, t, sla, ld_stated, capped, deemed, value, tco, foreign = LABELS[key]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LDMIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > PWF:
            r.add("CR-POST-WARRANTY-FEE")
        if tco and t["post_warranty_fee_pct"] is not None and \
                tco_share(value, t["warranty_months"], *tco) > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if rules else "low"))


def label_json(key):
    cat, t, sla, ld_stated, capped, deemed, value, tco, foreign = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    d = {"file": FILES[key][0], "language": FILES[key][2], "category": cat, "expected_terms": t,
         "expected_extra": extra, "expected_rules": derive(key)}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- reading back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
THRESH = re.compile("|".join([
    r"(?<![\d.])99[.．]9(?!\d)",                                   # availability
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![十\d])四\s*(?:个)?小时",
    r"(?<![\w-])four[\s-]*hours?", r"(?<![\w-])four-hour",       # P1 response
    r"(?<![\d.])0?[.．]05\s*[%％]", r"万分之五(?!十)", r"千分之零点五", r"0[.．]5\s*‰",  # LD
    r"(?<![\d.,])100\s*[%％]", r"百分之(?:一)?百", r"(?<!\w)(?:one\s+)?hundred\s+per\s*cent",  # cap
    r"(?<![\d.,])30\s*[%％]", r"百分之三十(?![一二三四五六七八九])", r"(?<![\w-])thirty\s+per\s*cent",  # prepayment
    r"(?<![\d.,])12\s*(?:个)?\s*月", r"(?<![\d.,])12[\s-]*months?", r"十二个月", r"(?<![\w-])twelve[\s-]*months?",
    r"(?<![第\d十])一\s*年(?!度)", r"(?<![\d.,])1\s*年(?!度)", r"(?<!\w)(?:one|1)[\s-]*years?(?!\w)",  # warranty
    r"(?<![\d.,])15\s*[%％]", r"百分之十五", r"(?<![\w-])fifteen\s+per\s*cent",  # post-warranty fee
    r"(?<![\d.,])40\s*[%％]", r"百分之四十(?![一二三四五六七八九])", r"(?<![\w-])forty\s+per\s*cent",  # TCO share
]), re.I)
MUST_HIT = ["可用率不低于99.9%", "99.9 %", "4小时内响应", "四小时", "within 4 hours", "four hours", "4-hour", "0.05%",
            "万分之五", "100%", "30%", "30 %", "12个月", "十二个月", "12 months", "twelve-month", "质保期一年",
            "one year", "15%", "40%", "百分之三十", "1年"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.08%", "万分之八",
             "150%", "200%", "130%", "2026年", "2021年", "120 months", "第一年", "年度", "115%", "140%", "0.1%",
             "a year", "一年度", "35%", "14 hours", "1,100%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in THRESH.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert THRESH.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH.search(s), ("must miss", s, THRESH.search(s))


# ---------------------------------------------------------------- main
def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    write({k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered, bad = set(), []
    for key, (name, fmt, lang, src) in FILES.items():
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        cat, t, sla, ld_stated, capped, deemed, value, tco, foreign = LABELS[key]
        # no label value on a threshold
        for k, thr in (("availability_pct", AVAIL), ("p1_response_hours", P1), ("ld_rate_per_day_pct", LDMIN),
                       ("liability_cap_pct", CAP), ("prepayment_pct", PREPAY), ("warranty_months", WARRANTY),
                       ("post_warranty_fee_pct", PWF)):
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        share = None
        if tco and t["post_warranty_fee_pct"] is not None:
            base, fee = tco
            assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.5, (key, "fee")
            share = tco_share(value, t["warranty_months"], base, fee)
            assert abs(share - TCO_SHARE) > 2, (key, share)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print(f"{name}: length {n} ({lo}-{hi}); rules {rules}; risk {risk(rules)}; tco share "
              f"{'-' if share is None else round(share, 1)}; threshold hits {hits}")
        if hits:
            bad.append((name, hits))
        if not lo <= n <= hi:
            bad.append((name, n))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(key), encoding="utf-8")
    assert not bad, bad
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
