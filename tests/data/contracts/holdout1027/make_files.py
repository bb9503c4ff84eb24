"""holdout1027: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no threshold value, rule derivation and coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1027Z01 = r"""
T:湿地保护监测平台建设项目合同
P:合同编号：LYJ-ZFCG-2026-0417
P:甲方（采购人）：某市林业局
P:乙方（供应商）：杭州绿汀信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：SLY2026-GK-031）、乙方投标文件和中标通知书，双方就湿地保护监测平台的软件许可、定制开发及实施事宜订立本合同。本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供湿地保护监测平台软件（V5.0）永久使用许可，部署于甲方政务云，许可范围为甲方及所属湿地保护站，不限用户数。
P:1.2 乙方按需求规格说明书为甲方定制开发以下内容：湿地水文与水质监测专题、候鸟及珍稀物种识别接口、巡护人员移动端应用、生态预警驾驶舱。
P:1.3 乙方负责完成历史监测数据的清洗与迁移，与省级自然保护地监管平台、气象部门数据接口对接，并完成部署、联调和培训。
P:1.4 本项目的需求规格说明书、实施方案及经甲方确认的变更单均为本合同附件，与本合同具有同等效力。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），为固定总价，包含完成本项目所需的全部费用。
P:2.2 价款构成：平台软件许可费 ¥860,000；定制开发费 ¥624,000；数据迁移与接口对接费 ¥138,000；实施与培训费 ¥58,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计 ¥336,000。
P:3.2 平台部署完成、定制功能通过初步验收后十五个工作日内，甲方支付合同总价的45%，计 ¥756,000。
P:3.3 项目最终验收合格后十五个工作日内，甲方支付合同总价的35%，计 ¥588,000。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方付款以财政资金到位为前提，但不得无故拖延。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成平台部署及全部定制开发，并提交初步验收申请。
P:4.2 初步验收后进入试运行期，试运行期为60日。试运行期内系统未发生一级故障的，乙方可申请最终验收。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格，并在实施期间驻场工作。未经甲方同意，乙方不得更换项目经理及核心技术人员。
P:4.4 乙方应按周提交项目进度报告，按月参加甲方组织的项目例会，对发现的问题形成整改清单并限期关闭。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；历史监测数据迁移完整，抽样比对差错为零；与省级监管平台、气象部门的接口连续7日数据交换正常；在200个并发用户下，常用查询响应时间不超过3秒。
P:5.2 最终验收标准：试运行期满且无一级故障；第三方测评机构出具的安全测评报告无高危漏洞；乙方提交源代码、部署手册、运维手册及培训记录。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内整改并重新提交验收，因此产生的费用由乙方承担。
P:5.5 最终验收合格后，乙方应向甲方提交合同总价的5%作为质量保证金，质保期满且无未决问题的，甲方在20个工作日内无息退还。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前3个工作日通知甲方）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或监测数据中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能不可用）1小时内响应、24小时内解决；三级故障（一般问题）2个工作日内解决。
P:6.3 乙方未达到上述要求的：一级故障每超时1小时扣减服务质量保证金 ¥800；月度可用率每低于承诺值0.01个百分点扣减 ¥1,500。扣减款项从乙方提交的质量保证金或应付款中扣除。
H:第七条 质保与维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、故障处理、远程及现场技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的10%（即每年不超过 ¥86,000），该标准在质保期满后三个年度内不得上调。维护合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台软件（V5.0）的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的全部成果（包括源代码、数据模型、接口程序、移动端应用及相关文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所提供的软件及成果不侵犯任何第三方权利；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的全部监测数据、影像资料、物种分布信息及业务数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、操作审计和数据加密措施；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因导致的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、珍稀物种位置信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。
P:10.2 保密义务不因本合同终止而解除，在合同终止后三年内持续有效。
P:10.3 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十一条 培训
P:乙方应为甲方系统管理员、业务骨干及基层巡护人员分别组织培训，累计不少于6期，提供培训教材和操作视频，并确保参训人员能够独立完成日常操作和数据维护。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 逾期超过45日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 分包与转让
P:乙方不得将本项目转包或分包给任何第三方，也不得转让本合同项下的权利义务。乙方应确保项目实施人员均为本单位在职人员，并在进场前向甲方提供人员名单及社会保险缴纳证明。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:14.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：某市林业局　　乙方（盖章）：杭州绿汀信息科技有限公司
P:签订日期：2026年5月18日
"""

H1027Z02 = r"""
T:生产线控制系统改造合同
P:合同编号：RPJ-SB-2026-023
P:甲方：浙江暖羽电热披肩有限公司
P:乙方：宁波衡控自动化工程有限公司
P:甲方拟对其一号厂房两条电热披肩生产线（裁剪复合线、发热丝植入及封装线）的控制系统进行改造，乙方同意提供设备、软件及安装调试服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责更换两条生产线原有的继电器控制柜及温控仪表，提供PLC控制柜、触摸屏、温控与功率模块、伺服驱动及电机、工业网络设备，并提供生产线监控软件许可。
P:1.2 乙方负责控制程序编制、人机界面设计、与甲方现有ERP系统的工单接口开发，以及拆除、安装、调试和操作人员培训。
P:1.3 改造须在甲方安排的两次停产窗口内完成，每次停产不超过10日，乙方应提前提交停产施工方案并经甲方确认。
P:1.4 乙方应在进场前完成现场勘察，核实原有设备接线、电源容量及厂房条件；因乙方勘察不足导致的设计变更费用由乙方自行承担。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰壹拾万元整（¥2,100,000），含税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜|6套|86,000|516,000
TB:2|触摸屏人机界面|6台|14,500|87,000
TB:3|温控与功率模块|48套|9,250|444,000
TB:4|伺服驱动及电机|24套|16,000|384,000
TB:5|工业交换机及网关|1批|69,000|69,000
TB:6|生产线监控软件许可（永久）|1套|360,000|360,000
TB:|设备及软件小计|||1,860,000
TB:7|设计与程序编制|1项|60,000|60,000
TB:8|拆除、安装及调试|1项|164,000|164,000
TB:9|操作及维护培训|1项|16,000|16,000
TB:|合计|||2,100,000
P:2.2 上述价格包含设备运输、保险、现场安装辅材及乙方人员差旅等全部费用。合同履行期间，除经双方书面确认的变更外，合同价格不作调整。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，计 ¥420,000。
P:3.2 全部设备到货并经双方清点签收后，甲方支付合同总价的45%，计 ¥945,000。到货签收仅确认数量和外观，不视为验收。
P:3.3 两条生产线均通过最终验收后15个工作日内，甲方支付合同总价的35%，计 ¥735,000。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方厂区，并在甲方停产窗口开始后10日内完成单条生产线的安装调试。
P:4.2 乙方现场施工应遵守甲方安全生产管理制度，施工造成甲方设备或产品损失的，由乙方赔偿。
P:4.3 乙方应指派具有电气作业资格的项目负责人常驻现场，施工人员须持证上岗，并接受甲方的入厂安全培训。动火、登高及带电作业须事先办理甲方作业审批手续。
P:4.4 乙方应随设备提供合格证、出厂检验报告、电气原理图、接线图、元器件清单、操作手册及维护手册各两套，并提供电子版。
P:4.5 乙方应随机提供一批易损备件（包括熔断器、继电器、温控探头等），备件清单作为本合同附件。
H:第五条 验收
P:5.1 验收标准：控制柜及元器件型号与投标文件一致；发热丝植入工位温度控制偏差不超过±1.5℃；封装线节拍达到每分钟18件；两条生产线连续满负荷运行72小时，无停线故障；工单信息与ERP系统数据一致。
P:5.2 每条生产线调试完成后进入30日试运行，试运行期满且达到前款标准的，由甲方组织最终验收并出具书面验收报告。设备安装完成或甲方投入生产均不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改，整改后仍不合格的，甲方有权退货并解除合同。
P:5.4 验收时乙方应提交调试记录、程序备份、参数设定表及培训签到表，上述资料不全的，甲方有权暂缓组织验收，由此延误的时间计入乙方工期。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内非甲方原因造成的故障，乙方免费维修或更换。
P:6.2 质保期内，乙方应设立服务热线，每季度对控制系统进行一次巡检并提交巡检报告。
P:6.3 质保期内，一级故障（生产线停机）乙方应在1小时内响应，8小时内到场处理；二级故障（单个工位异常）2小时内响应，24小时内解决。乙方超过上述时限的，每超时1小时向甲方支付 ¥500。
P:6.4 质保期满后，乙方继续提供维保服务，维保年费按设备及软件小计的26%计取，即每年 ¥483,600，自质保期满之日起三个年度内维保年费不上调。维保服务内容包括定期巡检、备件更换、程序优化及远程支持。维保合同期满后是否续签，由甲方决定。
H:第七条 知识产权
P:7.1 监控软件的著作权归软件原厂所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编制的PLC控制程序、人机界面画面及ERP接口程序的知识产权归甲方所有，乙方应交付全部源程序及注释文档，甲方有权自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 生产工艺参数、产量数据、工单数据等均属于甲方所有，乙方不得用于履行本合同以外的任何目的。
P:8.2 乙方远程访问甲方生产网络须事先取得甲方批准，在甲方指定的安全通道内进行并保留操作日志；乙方不得在控制系统中留存后门或未经说明的远程程序。调试所用的移动存储介质须经甲方查毒后方可接入。
P:8.3 因乙方原因造成甲方数据泄露、被篡改或生产网络遭受攻击的，乙方应在2小时内通知甲方并承担相应赔偿责任。
H:第九条 保密
P:乙方对甲方的工艺配方、生产工艺参数、客户信息及本合同内容负有保密义务，未经甲方书面同意不得向任何第三方披露。保密期限为合同终止后三年。乙方人员离场时，应交回甲方提供的门禁卡、图纸资料及存储介质，不得留存任何复制件。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的设备与约定不符的，应无条件更换，并赔偿甲方因此产生的停产损失。
P:10.3 因乙方施工超出约定停产窗口的，除前款违约金外，乙方还应赔偿甲方因延长停产而产生的直接损失。
P:10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:乙方可将现场拆除、布线及安装辅助工作分包给具备相应资质的单位，但应在分包单位进场前以书面形式通知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权解除本合同，乙方应返还已收款项并赔偿甲方损失。合同解除后，乙方应在10日内撤场，并移交已完成部分的程序和技术资料。
H:第十三条 不可抗力
P:因地震、洪水、疫情等不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明；双方可协商延长工期。不可抗力持续超过60日的，任何一方可书面通知解除合同。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交绍兴仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：浙江暖羽电热披肩有限公司　　乙方（盖章）：宁波衡控自动化工程有限公司
P:日期：2026年6月9日
"""

H1027Z03 = r"""硬笔书法连锁门店预约与会员管理系统服务合同

合同编号：MXT-SaaS-2026-088
甲方：苏州墨香堂教育科技有限公司（以下简称"甲方"）
乙方：上海课达云软件有限公司（以下简称"乙方"）

甲方经营硬笔书法培训连锁门店共30家。为统一管理课程预约、学员会员及储值消费，甲方向乙方订购"课达云"预约与会员管理系统的云服务及实施服务。双方协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方30家门店开通课程预约、排课签到、会员管理、储值卡及积分、家长端小程序等功能，并开通总部管理端，提供跨门店数据汇总、经营报表和权限管理。
2. 系统部署在乙方租用的境内云平台，乙方负责系统的运行、维护、升级和安全防护。
3. 系统应支持排课冲突提醒、教师课时统计、试听课转化跟踪、课时到期提醒及家长消息推送，具体功能以附件一《功能清单》为准。
（二）实施服务
1. 乙方负责将甲方现有约2.6万名学员的会员档案、剩余课时及储值余额迁移至新系统。
2. 乙方负责30家门店的基础配置、收银设备对接、小程序上线及店长、前台人员培训。
3. 乙方按甲方品牌规范定制家长端小程序首页、课程展示页和会员等级页面。
4. 乙方为甲方提供两场线下集中培训及在线操作视频，确保每家门店至少两名员工能够独立操作系统。

二、服务期限
（一）服务期限为两个服务年度。第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。
（二）乙方应在合同签订后50日内完成实施并提交上线验收申请。实施期间乙方应每周向甲方提交进度报告。

三、费用与支付
（一）费用明细：
1. 门店订阅费：30家门店，每店每服务年度 ¥6,800，两个服务年度合计 ¥408,000；
2. 总部管理端订阅费：每服务年度 ¥36,000，两个服务年度合计 ¥72,000；
3. 实施费（数据迁移、门店配置、小程序定制及培训）：一次性 ¥86,000。
合同总额为人民币伍拾陆万陆仟元整（¥566,000）。
（二）实施费在系统上线验收合格后10个工作日内一次性支付。
（三）订阅费按季度支付，甲方在每个服务季度开始后10个工作日内支付该季度订阅费。上线验收前甲方不支付任何订阅费。
（四）服务期内新增门店的，按每店每服务年度 ¥6,800 的单价按实际开通天数折算，与当季订阅费一并结算。
（五）乙方应在收款前开具增值税专用发票。

四、上线验收
（一）验收标准：
1. 30家门店全部完成配置并可正常预约、签到和收银；
2. 会员档案、剩余课时及储值余额迁移完整，与甲方原系统导出数据逐条核对一致；
3. 在500名家长同时预约的情况下，预约提交响应时间不超过2秒；
4. 小程序通过微信平台审核并正式发布。
（二）乙方提交验收申请后，甲方在7个工作日内组织验收并出具书面意见。系统试用或门店开始使用均不视为验收合格。
（三）验收不合格的，乙方应在10个工作日内完成整改并重新申请验收，整改期间计入乙方的实施工期。

五、服务水平
（一）系统月度可用率不低于99.95%，计划维护应安排在每日22:00至次日7:00之间，并提前48小时通知甲方。
（二）故障响应：
1. 一级故障（系统整体无法登录、预约或收银中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：2小时内响应，当日解决；
3. 三级故障（一般咨询及优化建议）：1个工作日内答复。
（三）乙方未达到上述服务水平的，应在5个工作日内向甲方提交故障分析及整改报告。
（四）乙方应为甲方指定专属客户成功经理，每月提供系统运行报告，内容包括可用率、故障处理情况、门店使用情况及优化建议，并每季度与甲方召开一次服务回顾会议。
（五）服务期内，乙方提供7×24小时热线及在线工单支持，系统功能升级免费提供，升级前应在测试环境验证并提前通知甲方各门店。

六、数据与信息安全
（一）甲方在系统中录入或产生的学员信息、家长联系方式、课时及消费记录等全部数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的。
（二）乙方应按网络安全等级保护第三级要求运行系统，对个人信息加密存储，实行最小权限访问并保存操作日志。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合处置并承担因此给甲方造成的损失，包括甲方向学员及家长承担的赔偿。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。
（五）乙方不得在小程序或系统中向家长推送与甲方业务无关的广告，不得收集本合同约定范围以外的个人信息。

七、保密
双方对在合作中知悉的对方商业信息、经营数据及本合同内容负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求接触甲方数据的员工签署保密承诺，并对员工的泄密行为承担责任。本条在合同终止后三年内继续有效。

八、知识产权
（一）"课达云"系统的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、品牌素材及专属报表模板归甲方所有，甲方有权自行使用、修改或交由第三方开发。

九、违约责任
（一）乙方未按第二条约定时间完成上线验收的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（二）乙方违反本合同第六条约定的，应赔偿甲方全部损失。
（三）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。

十、甲方的义务
（一）甲方应指定项目联系人，及时提供原系统数据、门店信息及品牌素材，并组织门店人员参加培训。
（二）甲方应妥善保管系统管理员账号及密码，对以其账号进行的操作负责。甲方门店新增或关闭的，应提前15日书面通知乙方，订阅费按实际开通门店数及服务天数结算。

十一、续期
本合同服务期满前30日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，可多次续期。续期的订阅费由乙方根据其当年价格体系确定，乙方应在续期开始前通知甲方，甲方未提出异议的视为接受。

十二、分包
乙方不得将本合同项下的服务分包给第三方，但云平台基础设施服务除外。乙方如需委托其他单位承担实施工作，须事先取得甲方书面同意。

十三、合同解除
（一）乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务部分的费用。
（二）甲方逾期付款超过60日的，乙方有权暂停服务。

十四、不可抗力
因自然灾害、政府行为、公共网络大范围中断等不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，不可抗力期间不计入可用率考核。不可抗力持续超过30日的，双方可协商解除合同，已支付但尚未使用的服务费用据实退还。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交苏州仲裁委员会仲裁。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：苏州墨香堂教育科技有限公司
乙方（盖章）：上海课达云软件有限公司
日期：2026年7月2日
"""

H1027Z04 = r"""高速公路团雾监测预警系统年度运维服务合同

项目名称：2027年度高速公路团雾监测预警系统运维服务
采购方式：竞争性磋商（项目编号：JTJ-CS-2026-112）
合同编号：JTYW-2026-112

甲方（采购人）：某省交通运输局
乙方（成交供应商）：江苏云岚交通科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就高速公路团雾监测预警系统运维服务事宜，订立本合同。

一、服务范围
1. 运维对象：甲方辖区内G25、G15等四条高速公路沿线的团雾监测预警系统，包括能见度检测仪86套、路侧气象站24套、视频监测摄像机142台、雾区诱导灯控制器58套、可变情报板信息发布接口及省级监测预警平台软件。
2. 服务内容：日常巡检与预防性维护、设备故障维修与备件更换、平台软件运行维护与数据备份、预警模型参数校准、团雾高发季节应急保障，以及运维台账和报告编制。
3. 运维期内乙方应驻点服务，在辖区内设立不少于两个运维驻点，配备专职运维人员不少于12人、专用运维车辆不少于4辆。

二、服务期限
服务期限自2027年1月1日起至2027年12月31日止。

三、合同价款及支付
1. 合同总价为人民币柒拾肆万捌仟元整（¥748,000），包括：日常巡检及预防性维护 ¥326,000；故障维修及备件 ¥248,000；平台软件运维 ¥118,000；应急保障 ¥56,000。
2. 合同价款按季度支付。每季度结束后，甲方根据季度考核结果，在15个工作日内支付当季服务费 ¥187,000，扣除依本合同第六条、第九条应扣减的款项。
3. 本合同不设预付款。乙方应在每次付款前开具合法发票。

四、服务要求
1. 巡检：能见度检测仪和路侧气象站每月巡检一次，视频摄像机和诱导灯控制器每两月巡检一次，巡检内容包括设备清洁、供电及通信检查、数据有效性核对，巡检记录须上传运维管理系统。
2. 校准：能见度检测仪每半年比对校准一次，校准报告报甲方备案。
3. 应急保障：每年10月至次年2月为团雾高发期，乙方应实行24小时值守，在甲方发布预警响应时，派员赶赴指定路段协助处置。
4. 备件：乙方应储备不低于设备总数5%的关键备件，备件型号与原设备一致或经甲方书面认可。
5. 平台运维：乙方负责平台服务器、数据库和中间件的运行监控，每日执行数据备份，每季度开展一次恢复演练。
6. 变更管理：乙方对平台软件、预警模型参数或设备配置的任何变更，须提前提交变更方案并经甲方审批，变更后应在运维管理系统中登记，并保留回退方案。
7. 报告：乙方每月5日前提交上月运维月报，团雾预警过程结束后3日内提交处置报告，内容包括预警发布时间、诱导设施启动情况及存在问题。

五、故障分级与响应
1. 一级故障：整条路段团雾预警中断、平台无法发布预警信息或诱导灯控制失效。乙方应在8小时内响应，并在24小时内修复或采取临时替代措施。
2. 二级故障：单个监测点位数据异常或单台设备离线。乙方应在12小时内响应，48小时内修复。
3. 三级故障：不影响预警功能的一般故障，乙方应在3个工作日内修复。
4. 故障响应以乙方运维人员在运维管理系统中签收工单的时间为准；修复以甲方值班人员确认的时间为准。
5. 乙方不能在约定时间内修复的，应先行采用备用设备或人工观测等临时措施，保证预警功能不中断。

六、服务考核
1. 甲方按季度对乙方进行考核，考核内容包括巡检完成率、故障修复及时率、数据完整率和运维资料完整性，考核细则见附件一。
2. 一级故障每超过约定修复时间1小时，扣减当季服务费 ¥600；二级故障每超过约定修复时间1日，扣减 ¥300。
3. 季度考核得分低于80分的，扣减当季服务费的5%；连续两个季度低于80分的，甲方有权解除合同。

七、验收
1. 季度验收：乙方于每季度结束后5个工作日内提交季度运维报告、巡检记录、故障处理台账及备件使用清单，甲方据此进行季度考核和验收。
2. 年度验收：服务期满后，甲方组织年度验收，验收标准为：全年巡检计划完成；设备完好率达到附件一规定的考核标准；运维资料、备件台账和平台账号完整移交；未发生因乙方原因造成的重大责任事故。
3. 年度验收不合格的，乙方应在15日内完成整改，并承担整改费用；整改后仍不合格的，甲方有权扣减第四季度服务费，扣减金额按考核细则计算。

八、数据安全
1. 系统采集的能见度、气象、视频及预警发布数据均属于甲方所有，乙方仅可为完成运维工作访问和处理上述数据，不得用于其他用途，不得向任何第三方提供。
2. 乙方应严格执行甲方网络安全管理制度，运维操作须通过甲方堡垒机进行并留存操作日志，禁止私自架设远程访问通道，禁止使用未经检测的移动存储介质。
3. 发生数据丢失、篡改或网络安全事件的，乙方应立即采取处置措施并在1小时内报告甲方；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

九、违约责任
1. 乙方未按第四条完成巡检、校准或未按甲方要求完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
2. 因乙方运维不到位导致预警失效并造成交通事故损失的，乙方应依法承担相应赔偿责任。
3. 乙方人员、车辆数量不足的，每缺一人每日扣减 ¥200。
4. 甲方逾期支付服务费的，应按逾期金额每日万分之三支付违约金。

十、人员与作业安全
1. 乙方运维人员应具备相应专业资格，驻点负责人须具有三年以上交通机电运维经验。乙方更换驻点负责人的，应提前10日书面报甲方同意。
2. 乙方在高速公路上作业，应遵守道路养护作业安全规程，按规定设置安全警示区，作业前向路段管理单位报备，作业人员须穿着反光服装。
3. 乙方应为运维人员办理意外伤害保险；作业过程中发生的人身伤亡和财产损失，由乙方自行承担。

十一、甲方的义务
1. 甲方应向乙方提供系统设备清单、竣工资料、平台账号及必要的工作条件，协调路段管理单位配合乙方上路作业。
2. 甲方应指定专人负责运维工作的对接、监督和考核，对乙方提交的报告在5个工作日内予以确认或提出意见。

十二、运维成果
运维过程中形成的巡检记录、故障台账、设备档案、校准报告、脚本及运维文档归甲方所有，服务期满时由乙方完整移交。乙方不得以任何理由扣留上述资料或其复制件。

十三、分包
乙方不得将本合同项下的运维服务转包。确需将设备校准等专项工作委托第三方的，须事先征得甲方书面同意，乙方对其工作承担全部责任。

十四、合同解除
1. 乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务情况结算费用。
2. 本合同期满自行终止，不自动续期。

十五、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十六、其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：某省交通运输局
乙方（盖章）：江苏云岚交通科技有限公司
签订日期：2026年12月10日
"""

H1027Z05 = r"""# 匠链工序追踪系统软件销售及定制开发合同

（匠链科技标准合同文本 2026版）

合同编号：JL-XS-2026-0631

**甲方（买方）：** 成都青篾竹丝灯笼工艺工作室

**乙方（卖方）：** 四川匠链科技有限公司

甲方向乙方购买"匠链工序追踪系统"软件使用许可，并委托乙方进行定制开发。经双方友好协商，依据《中华人民共和国民法典》，签订本合同，共同遵守。

## 第一条 产品及服务内容

1.1 乙方向甲方提供匠链工序追踪系统标准版软件使用许可（10个用户），用于甲方竹丝灯笼生产的工序登记、在制品追踪及订单管理。

1.2 乙方根据甲方需求进行以下定制开发：竹丝编织工序模块（破竹、拉丝、编织、糊裱、彩绘、组装六道工序）、扫码报工功能、订单进度看板、计件工资统计报表。

1.3 乙方负责软件的安装部署、基础数据导入及操作培训。

1.4 定制开发的具体功能以双方确认的《需求确认单》为准，《需求确认单》未列明的功能不属于本合同范围。

## 第二条 合同金额

2.1 本合同总金额为人民币壹拾捌万肆仟元整（¥184,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠链工序追踪系统标准版软件许可 | 10用户 | 68,000 |
| 2 | 定制开发（工序模块、扫码报工、看板、报表） | 1项 | 96,000 |
| 3 | 安装部署及数据导入 | 1项 | 14,000 |
| 4 | 操作培训 | 1项 | 6,000 |
| | 合计 | | 184,000 |

2.2 以上金额含增值税。扫码枪、标签打印机等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后3个工作日内，甲方向乙方支付合同总金额的65%，即 ¥119,600，乙方收到款项后开始开发工作。

3.2 软件安装部署完成后5个工作日内，甲方支付剩余的35%，即 ¥64,400。

3.3 甲方未按时付款的，乙方有权暂停开发、部署及技术支持，工期相应顺延；甲方每逾期一日，按应付未付金额的千分之三向乙方支付违约金。

3.4 乙方在收到每期款项后10个工作日内向甲方开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到首期款后60个工作日内完成定制开发及安装部署。因甲方需求变更、资料提供不及时等原因造成延误的，交付时间相应顺延。

4.2 乙方以远程方式在甲方电脑及乙方指定的云服务器上安装部署软件，并向甲方交付管理员账号。

4.3 乙方交付的资料包括：软件安装包、管理员账号、用户操作手册（电子版）及培训视频。源代码不属于交付范围。

4.4 系统运行所需的云服务器由乙方代为租用，首个免费维护期内的服务器费用已包含在合同金额中，此后的服务器费用由甲方按云服务商价格承担。

## 第五条 验收

5.1 软件安装部署完成并向甲方交付管理员账号后，即视为甲方验收合格。

5.2 甲方在使用过程中发现的问题，可通过乙方客服渠道反馈，乙方将酌情安排优化。

5.3 甲方在安装部署完成后开始录入正式业务数据的，视为甲方已确认软件功能符合约定。

## 第六条 技术支持与维护

6.1 自安装部署完成之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信及远程协助方式提供技术支持，对甲方反馈的问题将在合理时间内尽快处理。

6.2 免费维护期满后，甲方如需继续获得技术支持及软件升级，应向乙方购买年度维护服务，维护费用按乙方当年公布的服务价格标准执行。

6.3 因甲方操作不当、擅自修改系统或使用环境变化引起的故障，不属于免费维护范围，乙方可另行收费。

6.4 乙方发布标准产品新版本的，免费维护期内可为甲方免费升级；定制开发功能与新版本不兼容的，适配工作另行收费。

6.5 甲方未购买年度维护服务的，乙方不再提供任何技术支持及数据备份服务，由此产生的系统故障或数据丢失由甲方自行承担。

## 第七条 知识产权

7.1 匠链工序追踪系统及乙方为本合同进行定制开发所形成的全部成果（包括但不限于源代码、工序模块、报表模板及相关文档）的知识产权均归乙方所有。

7.2 甲方仅在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或提供给第三方使用。

7.3 乙方有权将定制开发成果用于其他客户的项目或纳入标准产品。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、工时及员工计件数据由甲方负责其真实性。

8.2 乙方采取数据加密、访问权限控制及每日备份等安全措施保护甲方数据；因乙方原因造成甲方数据泄露或丢失的，乙方负责恢复数据并承担相应责任。

8.3 甲方同意，乙方可在对甲方数据进行脱敏处理后，将其用于产品优化、行业分析及工艺数据模型训练，上述使用不需另行取得甲方同意。

## 第九条 甲方的义务

9.1 甲方应指定专人负责项目对接，在乙方开始开发前10个工作日内提供完整的工序流程说明、产品编码规则、员工名单及历史订单资料，并对需求进行书面确认。

9.2 甲方在需求确认后提出新增或变更需求的，乙方有权另行报价，开发时间相应顺延。

9.3 甲方应自备符合乙方要求的电脑、网络及扫码设备，并妥善保管账号密码，因甲方账号泄露造成的损失由甲方自行承担。

9.4 甲方需增加用户数的，按乙方届时的报价另行购买。

## 第十条 培训

乙方为甲方提供一次远程集中培训（不超过3小时）及一次现场培训，培训对象为甲方管理人员及工序组长。超出上述范围的培训，乙方按每人次收取费用。

## 第十一条 保密

双方对在合作中知悉的对方商业秘密及技术信息负有保密义务，未经对方书面许可不得向第三方披露，但依法律规定须披露的除外。保密义务在合同终止后两年内有效。

## 第十二条 违约责任

12.1 乙方未按第四条约定时间交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金累计不超过合同总金额的5%。

12.2 甲方违反第七条约定使用软件的，应向乙方支付合同总金额的两倍作为违约金，并赔偿乙方损失。

12.3 任何一方不承担对方的间接损失或预期利润损失。

## 第十三条 合同解除

任何一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除合同。因甲方原因解除合同的，甲方已支付的款项不予退还。合同解除后，甲方应立即停止使用本软件，乙方有权关闭甲方账号，甲方可在关闭前自行导出其录入的业务数据。

## 第十四条 不可抗力

因不可抗力或网络运营商、云服务商故障导致乙方不能履行合同的，乙方不承担责任，履行期限相应顺延。不可抗力包括但不限于自然灾害、疫情、政府行为、电力中断及黑客攻击。

## 第十五条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.2 本合同为乙方标准合同文本，双方另有书面约定的以书面约定为准。

甲方（签章）：成都青篾竹丝灯笼工艺工作室

乙方（签章）：四川匠链科技有限公司

签订日期：2026年8月21日
"""

H1027E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TAS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 September 2026 between Tierra Alta Software, Inc., a Texas corporation with its principal office at 118 North Highland Avenue, Marfa, Texas 79843, United States (the "Vendor"), and Shaoxing Hengrun Textile Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer").
P:The Customer operates dyeing, printing and finishing mills and wishes to replace its maintenance management tools with the Vendor's computerised maintenance management software. The Vendor agrees to license that software and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Tierra Alta Maintenance Suite, version 9, in object code, including the mobile work-order application and the condition-monitoring module, together with all updates and upgrades supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, reports, data-migration scripts and documentation created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first productive use of the Software at all three of the Customer's mills following the completion of user acceptance testing.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
P:1.5 "Customer Data" means all data entered into, processed by or generated through the Software by or for the Customer, including asset registers, maintenance histories, spare-part records and personnel information.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software on servers located in the People's Republic of China for the internal business purposes of the Customer and its affiliates, for up to 250 named users and unlimited read-only users.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, testing and disaster-recovery purposes.
P:2.3 Title to the Software remains with the Vendor. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in the Statement of Work attached as Exhibit A, including system design, configuration, integration with the Customer's ERP and energy-metering systems, migration of legacy maintenance data, user training and Go-Live support.
P:3.2 The Vendor shall appoint a project manager who speaks Mandarin and is available on site in Shaoxing during the configuration and Go-Live phases. The Vendor shall not replace the project manager without the Customer's prior agreement, which shall not be unreasonably withheld.
P:3.3 The Vendor shall achieve Go-Live within 120 days after the effective date of this Agreement, provided that the Customer supplies the data, access and personnel listed in Exhibit A on time.
P:3.4 The Customer shall provide the servers, database licences, network access and key users described in Exhibit A, and shall decide design questions within five working days after the Vendor raises them in writing.
H:Article 4 Fees and Payment
P:4.1 The total contract price is CNY 1,640,000 (the "Contract Price"), inclusive of applicable taxes, made up of: Licence Fee CNY 1,120,000; implementation services CNY 386,000; data migration CNY 94,000; and training CNY 40,000.
P:4.2 The Contract Price is payable as follows: (a) 20% (CNY 328,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 738,000) within 30 days after Go-Live; and (c) 35% (CNY 574,000) within 30 days after Final Acceptance.
P:4.3 Each payment is subject to the Vendor issuing a valid invoice. The Customer shall pay in CNY by bank transfer to the account designated by the Vendor.
H:Article 5 Acceptance
P:5.1 After Go-Live, the Software shall run in production for a stabilisation period of 45 days. Final Acceptance shall be granted when all of the following criteria are met: (a) every function listed in the functional specification of Exhibit A has been demonstrated; (b) migrated asset and maintenance records reconcile with the legacy system with no unexplained differences; (c) the ERP and energy-metering interfaces have exchanged data without error for 20 consecutive working days; (d) no Severity 1 defect has occurred during the last 30 days of the stabilisation period; and (e) all documentation has been delivered.
P:5.2 The Customer shall issue the acceptance certificate or a written list of non-conformities within ten working days after the Vendor's notice that the criteria have been met. The Vendor shall correct non-conformities and resubmit. Go-Live, productive use or any payment shall not by itself constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct all defects and supply all updates and upgrades free of charge.
P:6.2 During the warranty period and any paid support period, the Vendor shall provide support through its support portal and a telephone line staffed in Beijing time. Severity 1 incidents (the Software is unavailable or a critical function cannot be used at any mill) shall be responded to within 1 hour and worked on continuously until a fix or workaround is in place. Severity 2 incidents shall be responded to within 8 business hours.
P:6.3 If the Vendor misses a Severity 1 response time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or support fee due.
P:6.4 After the warranty period, the Customer may order annual support at a fee of 11% of the Licence Fee (CNY 123,200 per year). The fee shall not increase during the first three years of support. Each support year is ordered separately and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables and the Customer may use, modify and license them freely.
P:7.2 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use, copy or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's secured remote-access channel with individual accounts, shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to or loss of Customer Data, cooperate in remediation, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for the purposes of this Agreement. This obligation continues for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, and the indemnity in Article 7.2, which is not limited.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the end of the warranty period, except that the licence in Article 2 is perpetual.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice. If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Texas, United States of America, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the exclusive jurisdiction of the state courts located in Presidio County, Texas.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly.
P:14.2 This Agreement, with its Exhibits, is the entire agreement between the parties and may be amended only in writing signed by both parties. This Agreement is executed in English and Chinese; both versions are equally authentic.
P:14.3 Notices under this Agreement shall be given in writing to the addresses stated above, or to another address notified in writing, and are effective on receipt.
P:For the Vendor: Tierra Alta Software, Inc.    Name and title: ______________
P:For the Customer: Shaoxing Hengrun Textile Co., Ltd.    Name and title: ______________
"""

H1027E02 = r"""# Order Form and General Terms: QualiTrack Cloud Subscription

Order Form No. RGL-OF-2026-0392

## PART A: ORDER FORM

### A1. Parties

**Vendor:** Rio Grande Labware Systems LLC, a New Mexico limited liability company, 905 California Street NE, Socorro, New Mexico 87801, United States.

**Customer:** Changzhou Ruida Precision Castings Co., Ltd., a company registered in Wujin District, Changzhou, Jiangsu Province, People's Republic of China.

### A2. Service and Subscription Term

The Vendor will provide the QualiTrack Cloud quality-management service (non-conformance reports, corrective and preventive actions, supplier quality, calibration records, audit management and document control) to the Customer's two foundries and its machining workshop. The Subscription Term is two Subscription Years starting on the Service Start Date, which is the date of Onboarding Acceptance under Section 3 of Part B. The service user interface and documentation are provided in Simplified Chinese and English.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| QualiTrack Cloud named user, Subscription Year 1 | 180 users | 1,450 per user per year | 261,000 |
| QualiTrack Cloud named user, Subscription Year 2 | 180 users | 1,450 per user per year | 261,000 |
| Onboarding (configuration, data import, two interfaces, training), one-time | 1 | 68,000 | 68,000 |
| **Total Order Value** | | | **590,000** |

All amounts include VAT. Additional users may be added during the Subscription Term at the same unit price, pro rata.

### A4. Invoicing and Payment

The Onboarding fee is invoiced after Onboarding Acceptance. Subscription fees are invoiced quarterly in advance, the first quarter on the Service Start Date, at CNY 65,250 per quarter. Invoices are payable within 30 days. No amount is payable before the Service Start Date.

### A5. Hosting and Approved Subcontractor

The service is hosted in a mainland China region of Shanghai Yunhai Data Services Co., Ltd., which is approved as the Vendor's hosting subcontractor by the Customer's signature of this Order Form.

### A6. Service Levels

Monthly Availability: 99.5%, measured per calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 23:00 and 06:00 Beijing time.

Priority 1 incident (service unavailable or data cannot be saved): response within 30 minutes, restoration or workaround within 6 hours. Priority 2 incident (a module is impaired): response within 2 hours. Priority 3 incident: response within one business day.

Service credits: for each full 0.5 percentage point by which Monthly Availability falls below the committed level, the Customer receives a credit of 5% of that month's subscription fees. For each hour by which a Priority 1 response is late, the Customer receives a credit of CNY 800. Credits are deducted from the next invoice.

## PART B: GENERAL TERMS

### 1. Scope

1.1 These General Terms govern the Order Form in Part A. If Part A and Part B conflict, Part A prevails.

1.2 The Vendor grants the Customer and its employees a non-exclusive, non-transferable right to use the service during the Subscription Term for the Customer's internal business.

### 2. Onboarding

2.1 The Vendor shall complete the Onboarding described in the statement of work within 60 days after signature. Onboarding includes configuration of workflows and forms for each site, import of open non-conformance and calibration records from the Customer's spreadsheets, an interface to the Customer's ERP for supplier and part master data, an interface to the coordinate-measuring-machine reporting system, and training of administrators and key users.

2.2 If Onboarding is not ready for acceptance testing by the agreed date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 500 for each day of delay.

### 3. Onboarding Acceptance

3.1 The Customer shall test the configured service against the acceptance criteria in the statement of work, which include: all configured workflows executed end to end at each site; imported records reconciled with the source spreadsheets; both interfaces transferring data correctly for ten consecutive working days; and the trained key users able to perform their tasks without assistance.

3.2 The Customer shall issue an Onboarding Acceptance certificate or a list of deficiencies within ten working days after the Vendor's notice of readiness. Use of the service for testing does not constitute acceptance.

### 3A. Support and Service Changes

3A.1 The Vendor shall provide support in Chinese and English through its ticket portal and a telephone line available at all times for Priority 1 incidents and during business hours in Beijing time for other incidents. Each incident is classified by the Customer's administrator when it is raised, and the Vendor may propose a different priority with reasons.

3A.2 The Vendor may update and improve the service from time to time, provided that no update materially reduces the functions, security or service levels of the service during the Subscription Term. The Vendor shall announce major releases at least 14 days in advance and make release notes available in Chinese.

3A.3 The Vendor shall give the Customer a monthly service report showing Monthly Availability, incidents by priority, response and restoration times and any credits due.

### 3B. Customer Responsibilities

3B.1 The Customer shall appoint a project lead, provide the source spreadsheets and master data needed for Onboarding, and make key users available for workshops and testing.

3B.2 The Customer is responsible for the accuracy of the data it enters, for keeping user credentials secure and for the use of the service by its users in accordance with the documentation.

3B.3 The Vendor may suspend access of a specific user account only to the extent necessary to stop a security threat, and shall tell the Customer immediately and restore access as soon as the threat is removed.

### 4. Customer Data

4.1 Customer Data means all data submitted to or generated in the service by or for the Customer. Customer Data is and remains the property of the Customer. The Vendor shall use Customer Data only to provide the service to the Customer and for no other purpose.

4.2 On expiry or termination, the Vendor shall make Customer Data available for export in a standard format for 60 days and shall then delete it, confirming deletion in writing.

### 5. Data Security

5.1 The Vendor shall store and process Customer Data only in mainland China, encrypt it in transit and at rest, apply role-based access control and multi-factor authentication for administrators, keep access logs for at least 180 days, and maintain a multi-level protection scheme level 3 record for the service.

5.2 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, take immediate remedial action, and compensate the Customer for losses caused by the Vendor's failure to comply with this Section 5.

### 6. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form, and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the Subscription Term ends.

### 7. Intellectual Property

7.1 The Vendor retains all rights in the service and its underlying software.

7.2 Workflows, forms, report templates and interface mappings configured for the Customer belong to the Customer, who may export, use and modify them freely, including with another provider.

### 8. Liability

8.1 Neither party is liable for indirect or consequential losses, except for breach of Section 5 or Section 6.

8.2 The Vendor's total liability arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

### 9. Subcontracting

Apart from the hosting subcontractor approved in A5, the Vendor shall not subcontract any part of the service without the Customer's prior written consent.

### 10. Renewal and Termination

10.1 At the end of the Subscription Term, the Order Form renews for one further Subscription Year at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the term.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. On termination for the Vendor's breach, the Vendor shall refund the fees paid for any period after the termination date.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

### 12. Records and Audit

The Vendor shall keep records of service availability, incidents and access to Customer Data for the Subscription Term and provide copies to the Customer on reasonable request. Once in each Subscription Year, the Customer may review the Vendor's current independent security certification and penetration-test summary reports.

### 13. Miscellaneous

Notices shall be in writing. Neither party may assign this Order Form without the other party's consent. This Order Form is signed in English and Chinese, and both versions have equal effect.

**Signed for the Vendor:** ____________________ Date: __________

**Signed for the Customer:** ____________________ Date: __________
"""

H1027E03 = r"""
T:Supply Contract for Grain Silo Monitoring Sensors and Software
P:Contract No. JSG-PUR-2026-077
P:Buyer: Hebei Jinsui Grain Storage Co., Ltd., Xinji, Shijiazhuang, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Culberson Instruments, Inc., 210 West Broadway, Van Horn, Texas 79855, United States (the "Supplier").
P:The Buyer stores wheat and maize in 64 steel silos and 12 flat warehouses at its Xinji depot. It wishes to install wireless temperature and humidity monitoring, with software that raises alarms for hot spots and guides aeration. This Contract is on the Buyer's standard form and records the terms on which the Supplier supplies the equipment, the software licence and the related services.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, weather stations and accessories listed in the price table in clause 2.
P:1.2 "Software" means the Supplier's SiloWatch monitoring software, including its web client, mobile alarm application and aeration-control module.
P:1.3 "Custom Work" means the silo layout models, alarm rules, reports and the interface to the Buyer's warehouse management system developed by the Supplier for the Buyer.
P:1.4 The Supplier shall supply the Equipment, license the Software, perform the Custom Work, install and commission the system at the Xinji depot, and train the Buyer's staff, all as described in Annex 1 (Technical Specification).
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,290,000, including VAT, freight, insurance, import duties, installation materials and the Supplier's travel costs, as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity cable sensors|320|1,850|592,000
TB:2|LoRa gateways with solar power units|16|12,500|200,000
TB:3|Depot weather stations|4|23,000|92,000
TB:4|SiloWatch software, perpetual site licence|1|236,000|236,000
TB:|Hardware and Licence Subtotal|||1,120,000
TB:5|Installation, Custom Work and commissioning|1|148,000|148,000
TB:6|Training|1|22,000|22,000
TB:|Contract Price|||1,290,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes or cost increases.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 129,000) within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank in mainland China for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 709,500) within 15 working days after all Equipment has been delivered and installed and the parties have signed an installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 451,500) within 15 working days after Final Acceptance under clause 5.
P:3.4 All payments are made in CNY to the Supplier's account in mainland China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Xinji depot within 75 days after signature and complete installation within a further 30 days.
P:4.2 Installation work inside silos shall follow the Buyer's safety rules for confined spaces and work at height. The Supplier's personnel shall hold the required certificates and attend the Buyer's safety induction.
P:4.3 The Supplier shall deliver with the Equipment the certificates of origin, calibration certificates for every sensor, wiring diagrams and operation and maintenance manuals in Chinese.
H:5. Acceptance
P:5.1 After installation, the system shall run for a trial period of 30 days. Final Acceptance requires that: (a) all sensors report to the Software at the configured interval; (b) the temperature readings of ten randomly chosen sensors deviate by no more than 0.5 degrees Celsius from a calibrated reference thermometer; (c) hot-spot alarms reach the mobile application within 60 seconds in a simulated test; (d) the interface with the warehouse management system transfers silo data correctly for ten consecutive days; and (e) the documentation and training are complete.
P:5.2 The Buyer shall issue a Final Acceptance certificate or a written list of defects within ten working days after the end of the trial period. Installation, use of the system during the trial period or any payment shall not be deemed acceptance.
H:6. Warranty, Service Levels and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and shipping.
P:6.2 Faults are classified as follows: Severity 1 means that the Software is down or alarms from a whole silo group are lost; Severity 2 means that individual sensors or gateways fail; Severity 3 means any other fault. The Supplier shall respond to Severity 1 faults within 2 hours and restore the alarm function within 24 hours, to Severity 2 faults within 8 hours, and to Severity 3 faults within two working days.
P:6.3 For each hour by which the Supplier misses the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Supplier shall offer annual support at 9% of the Hardware and Licence Subtotal, that is CNY 100,800 per year, covering repairs, replacement sensors, Software updates and remote support. This fee is fixed for the first three years after the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to meet the restoration times in clause 6.2, and shall publish a single Chinese-speaking support contact for the Buyer's depot staff.
P:6.6 Replacement parts shall be new and of the same or better specification. Any Equipment replaced during the warranty period shall carry the remaining warranty period or six months, whichever is longer.
H:6A. Training and Buyer Responsibilities
P:6A.1 The Supplier shall train up to 20 of the Buyer's depot staff and IT staff in two sessions on site, covering system operation, alarm handling, aeration control, routine sensor checks and basic troubleshooting, and shall provide training materials in Chinese.
P:6A.2 The Buyer shall provide site access, power supply points, server capacity and network connections as described in Annex 1, and shall nominate a depot contact person to coordinate the installation work and the trial period.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Xinji depot and any other depot of the Buyer.
P:7.2 All rights in the Custom Work belong to the Buyer. The Supplier shall deliver the source code of the interface and the configuration files, and the Buyer may use, modify and have the Custom Work maintained by others without restriction.
H:8. Data Security
P:8.1 All data collected by the system, including temperature, humidity, grain quantities and depot layouts, belongs to the Buyer. The Supplier may use the data only to perform this Contract.
P:8.2 The Software shall be installed on the Buyer's servers. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, and all sessions shall be logged. The Supplier shall not copy data out of the Buyer's systems or transfer it outside mainland China.
P:8.3 The Supplier shall report any data security incident it causes or discovers within 12 hours, assist the Buyer to contain it and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:9. Confidentiality
P:Each party shall keep confidential the other party's technical and business information obtained under this Contract, including the Buyer's stock levels and depot layouts, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the Contract ends.
H:10. Liquidated Damages and Liability
P:10.1 If the Supplier fails to deliver the Equipment or to complete installation by the dates in clause 4.1, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price in total.
P:10.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the installation or the Custom Work without the Buyer's prior written consent, and remains fully responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment and services not accepted and compensate the Buyer's direct losses.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang. The award is final and binding on both parties.
H:14. Miscellaneous
P:14.1 Annex 1 (Technical Specification) and Annex 2 (Training Plan) form part of this Contract.
P:14.2 This Contract is made in Chinese and English in four originals. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1027E04 = r"""# Managed IT Services Agreement

Agreement No. MVMS-FS-2026-031

This Managed IT Services Agreement is entered into on 19 October 2026 between:

- **Mimbres Valley Managed Services, LLC**, a New Mexico limited liability company with its office at 301 South Gold Avenue, Deming, New Mexico 88030, United States, acting in China through its engineers based in Foshan (the "Provider"); and
- **Foshan Yuejin Ceramics Co., Ltd.**, a company registered in Nanhai District, Foshan, Guangdong Province, People's Republic of China (the "Customer").

## Section 1. Purpose

1.1 The Customer operates two tile plants, a warehouse and a head office in Foshan. The Provider shall operate and support the Customer's IT infrastructure at these sites as a managed service for a fixed monthly charge, as described in this Agreement and its Schedules.

1.2 Schedule 1 lists the services and the in-scope assets, Schedule 2 sets out the service levels and service credits, and Schedule 3 sets out the charges.

## Section 2. Term

2.1 The Term starts on the Service Commencement Date, which is the day after Transition Acceptance, and ends 36 months later.

2.2 Any extension of the Term requires a written amendment signed by both parties. This Agreement does not renew automatically.

## Section 3. Transition

3.1 The Provider shall take over the services from the Customer's current arrangements within 75 days after signature (the "Transition"). Transition includes discovery and documentation of all in-scope assets, set-up of the Provider's monitoring tools and service desk, knowledge transfer from the Customer's IT team, and preparation of run books for each site.

3.2 If Transition Acceptance is delayed beyond the date in Section 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

3.3 Transition Acceptance is granted by the Customer in writing when: (a) every in-scope asset in Schedule 1 is recorded in the configuration database and monitored; (b) the service desk has handled live tickets for 14 consecutive days within the service levels of Schedule 2; (c) run books for all sites have been reviewed and approved by the Customer; and (d) a failover test of the head-office core switch and the plant internet links has been completed successfully. The Customer shall respond within ten working days after the Provider's notice that the criteria are met.

## Section 4. Services

4.1 The Provider shall perform the services in Schedule 1 with due skill and care and in accordance with good industry practice, using qualified engineers who speak Mandarin or Cantonese.

4.2 The Provider shall assign a service delivery manager who is the Customer's single point of contact and who holds a monthly service review with the Customer.

4.3 Changes to in-scope assets of less than ten devices per month are included in the charges. Larger changes are handled through the change procedure and priced at the rates in Schedule 3.

4.4 The Provider shall provide the Customer each month with a service report covering ticket volumes, service-level performance, service credits, changes made and open risks.

## Section 4A. Personnel

4A.1 The Provider shall station one engineer at each tile plant during the on-site hours in Schedule 1 and shall keep a team of at least three network and server engineers in Foshan who can reach any site within one hour.

4A.2 The Provider shall not replace the service delivery manager or the on-site engineers without giving the Customer 30 days' notice and a handover period, except in case of illness or resignation.

4A.3 The Provider's personnel shall follow the Customer's site rules, including plant safety rules and visitor registration, and the Customer may require the Provider to remove any person who seriously breaches them.

## Section 5. Customer Responsibilities

5.1 The Customer shall give the Provider's engineers access to the sites, equipment rooms and administrator accounts needed for the services, and shall provide a desk and network connection at each plant for the on-site engineer.

5.2 The Customer shall maintain vendor support contracts for the hardware listed in Schedule 1 and shall authorise the Provider to log cases with those vendors.

## Section 6. Customer Data

All data of the Customer handled by the Provider remains the property of the Customer. The Provider shall use the Customer's data only to perform the services and shall return it to the Customer at the end of the Term.

## Section 7. Confidentiality

Each party shall keep confidential the other party's business information, including prices, production information and the terms of this Agreement, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law. This Section survives for three years after the Term.

## Section 8. Intellectual Property

8.1 The Provider retains ownership of its monitoring tools, templates and know-how.

8.2 Run books, network diagrams, configuration records and scripts prepared for the Customer belong to the Customer, who may use and modify them freely, including with a successor provider.

## Section 9. Charges and Payment

9.1 The charges are set out in Schedule 3. The Transition fee is invoiced after Transition Acceptance. The monthly charge is invoiced monthly in arrears from the Service Commencement Date.

9.2 Invoices are payable within 30 days after receipt of a valid VAT invoice. The charges are fixed for the Term.

9.3 If the Customer disputes part of an invoice, it shall pay the undisputed part on time, and the parties shall settle the disputed part at the next monthly service review.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total charges payable over the Term, except for personal injury and wilful misconduct.

## Section 11. Subcontracting

The Provider shall not subcontract any of the services without the Customer's prior written consent.

## Section 12. Suspension and End of Term

12.1 This Agreement continues for the full Term. It may end early only as set out in this Section 12.

12.2 If the Customer fails to pay an undisputed invoice within 45 days after a reminder, the Provider may suspend the services and, if payment is not made within a further 30 days, terminate this Agreement by written notice.

12.3 If force majeure prevents either party from performing for more than 90 consecutive days, either party may end this Agreement by written notice.

12.4 At the end of the Term, the Provider shall support the transfer of the services to the Customer or its new provider for up to 30 days at the rates in Schedule 3.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## Section 14. Miscellaneous

14.1 Notices shall be given in writing to the addresses above or to the email addresses of the service delivery manager and the Customer's IT director.

14.2 This Agreement and its Schedules are the entire agreement of the parties on their subject matter. Amendments must be in writing and signed by both parties.

14.3 This Agreement is signed in English and Chinese. Both versions have equal effect.

## Schedule 1. Services and In-Scope Assets

| Service | Scope | Hours |
|---|---|---|
| Service desk | Tickets by phone, portal and WeChat for about 420 users | 07:00 to 22:00, seven days |
| Network operations | 2 core switches, 38 access switches, 64 wireless access points, 3 internet links | Monitored at all times |
| Server and storage operations | 22 virtual servers, 3 hosts, 1 storage array, nightly backups | Monitored at all times |
| End-user computing | 380 desktops and laptops, 45 printers, plant terminals | On site 08:00 to 18:00, Monday to Saturday |
| Patch and backup management | Monthly patching, daily backup checks, quarterly restore test | As scheduled |

## Schedule 2. Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| P1 | A plant, the warehouse or the head office cannot work, or the ERP is unreachable | 30 minutes | 6 hours | CNY 1,000 per hour of late restoration |
| P2 | A department or production line is impaired | 1 hour | 12 hours | CNY 400 per hour of late restoration |
| P3 | Single user or device affected | 2 hours | 2 working days | none |
| Availability | Monthly availability of core network and internet access at each site, committed at 99.95% | monthly | monthly | 3% of the monthly charge per 0.1 percentage point below the commitment |

Service credits are deducted from the next invoice.

## Schedule 3. Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 96,000 |
| Monthly managed service charge | CNY 46,500 per month for 36 months | 1,674,000 |
| Total charges over the Term | | 1,770,000 |
| Additional work | CNY 650 per engineer hour, approved in advance | as ordered |

**For the Provider:** ____________________  **For the Customer:** ____________________
"""

H1027E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. GAD-API-2026-118

PARTIES

1.1 Gila Assay Data Corp., a New Mexico corporation with its principal office at 412 North Bullard Street, Silver City, New Mexico 88061, United States (the "Provider").

1.2 Tongling Jinfeng Copper Smelting Co., Ltd., a company registered in Tongling, Anhui Province, People's Republic of China (the "Customer").

BACKGROUND

2.1 The Provider compiles and publishes metals market data, including daily concentrate treatment and refining charges, mine production estimates, smelter utilisation indicators and freight assessments, and delivers them through its MetalsFeed application programming interface (the "API") and a web portal.

2.2 The Customer wishes to receive the data through the API into its procurement, hedging and production-planning systems, and to give its analysts portal access, for two Subscription Years.

DEFINITIONS

3.1 "Data" means the datasets listed in Annex A, as updated by the Provider from time to time.

3.2 "Customer Content" means the inventory positions, purchase volumes, portfolio lists, queries and other information that the Customer or its users upload to or submit through the API or the portal, and the logs of the Customer's use.

3.3 "Subscription Year" means each successive annual period starting on the Subscription Start Date or on its anniversary.

3.4 "Subscription Start Date" means the date of Integration Acceptance under clause 6.

SUBSCRIPTION

4.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the subscription term to access the Data through the API and the portal, to store the Data in its internal systems, and to use it for its internal business, including internal reports and models.

4.2 The Customer may provide up to 25 named portal users and make up to 200,000 API calls per month. The Customer shall not resell or publish the Data, except for insubstantial extracts in its internal reports and in filings required by law.

4.3 The subscription term is two Subscription Years. It does not renew automatically. Any renewal requires a new order signed by both parties.

FEES AND PAYMENT

5.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 318,000;
(b) subscription fee for Subscription Year 2: CNY 318,000;
(c) one-time integration set-up fee: CNY 24,000.
The total fees under this Agreement are CNY 660,000, including VAT.

5.2 The integration set-up fee is invoiced after Integration Acceptance. The subscription fees are invoiced quarterly in advance at CNY 79,500 per quarter, starting on the Subscription Start Date. No fee is payable before the Subscription Start Date.

5.3 Invoices are payable within 30 days after receipt. API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

INTEGRATION AND ACCEPTANCE

6.1 Within 45 days after signature, the Provider shall deliver API credentials, a sandbox environment and field mappings for the Customer's systems, and shall support the Customer's IT team in connecting the API to its procurement, hedging and planning systems.

6.2 Integration Acceptance is given in writing by the Customer when: (a) all datasets listed in Annex A are delivered through the API in the agreed format; (b) a ten-day parallel run shows that the API values match the portal values for every dataset; (c) daily datasets arrive by 09:00 Beijing time on every business day of the parallel run; and (d) the field-mapping documentation is delivered. Use of the sandbox or of test data does not constitute acceptance.

SERVICE LEVELS

7.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced at least three days in advance.

7.2 Incidents are classified by the Customer. For a Priority 1 incident (the API is unavailable or daily datasets are not delivered), the Provider shall respond within 1 hour. For a Priority 2 incident (a single dataset is late or incomplete), the Provider shall respond within 6 hours.

7.3 The Provider will use commercially reasonable efforts to restore the service after an incident and will report the cause of each Priority 1 incident. No service credits, fee reductions or other payments apply if a service level is not met.

SUPPORT

7A.1 The Provider shall provide support by email, telephone and its ticket portal. Priority 1 incidents may be reported at any time; other requests are handled during business hours in Beijing time. Support is available in English and Mandarin.

7A.2 The Provider shall assign an account manager who holds a quarterly review with the Customer covering data delivery, incidents, usage against the allowance and planned changes to the datasets.

DATA QUALITY AND CHANGES

7B.1 The Provider compiles the Data from market surveys, published sources and its own assessments, following the methodology published on the portal. The Provider shall correct errors in the Data promptly after it becomes aware of them and shall flag every correction in the API.

7B.2 The Provider may change the methodology, format or delivery time of a dataset on at least 60 days' notice. The Provider shall not withdraw any dataset listed in Annex A during the subscription term without replacing it with a dataset of equivalent scope.

CUSTOMER OBLIGATIONS

7C.1 The Customer shall keep its API keys and portal passwords secure, shall ensure that only its authorised users access the Data, and shall tell the Provider promptly if it suspects misuse of its credentials.

7C.2 The Customer is responsible for its own systems and for the decisions it takes on the basis of the Data.

DATA USE AND OWNERSHIP

8.1 The Provider owns the Data. As between the parties, the Customer owns the Customer Content.

8.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Content in aggregated and anonymised form to compile and improve its market indices and benchmarks, to develop its products, and to provide benchmarking services to other subscribers. This licence continues after the end of the subscription term.

DATA SECURITY

9.1 The Provider shall protect Customer Content with encryption in transit and at rest, access control, multi-factor authentication for its staff and logging of all access, and shall store Customer Content only on servers in mainland China.

9.2 The Provider shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Content, take immediate steps to contain it, and compensate the Customer for losses caused by the Provider's failure to comply with this clause 9.

CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for the purposes of this Agreement, and not disclose it to any third party without prior written consent, except to its employees and advisers who need to know it.

10.2 This clause survives for three years after the end of the subscription term.

INTELLECTUAL PROPERTY

11.1 The Provider retains all rights in the Data, the API and the portal.

11.2 Field mappings, transformation scripts and report templates prepared by the Provider specifically for the Customer belong to the Customer, which may use and modify them freely.

LIABILITY

12.1 Neither party is liable for indirect or consequential loss, or for trading losses arising from decisions made on the basis of the Data.

12.2 Each party's total liability under this Agreement is limited to 150% of the total fees under clause 5.1, except for breach of clauses 9 and 10, personal injury and wilful misconduct, which are not limited.

SUBCONTRACTING

13.1 The Provider shall not subcontract the hosting or delivery of the API, or any processing of Customer Content, without the Customer's prior written consent.

TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

14.2 If the Customer terminates under clause 14.1, the Provider shall refund the subscription fees paid for the period after termination.

14.3 On expiry or termination, the Customer may keep Data received during the subscription term for internal archive purposes but shall stop using it in new reports.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

GENERAL

16.1 Neither party may assign this Agreement without the other party's written consent.

16.2 This Agreement is signed in English and Chinese, and both versions have equal effect.

16.3 Notices shall be given in writing to the addresses stated above and are effective on receipt. Annex A (Datasets and Delivery Times) forms part of this Agreement.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

ANNEX A: DATASETS AND DELIVERY TIMES

A.1 Copper concentrate treatment and refining charges, spot and annual benchmark: daily, by 08:30 Beijing time.
A.2 Smelter utilisation indicators for 40 smelters worldwide: weekly, on Monday by 10:00 Beijing time.
A.3 Mine production estimates for 120 copper mines: monthly, by the fifth business day of the month.
A.4 Sulphuric acid prices in China and for export: daily, by 08:30 Beijing time.
A.5 Bulk freight assessments for concentrate routes to Chinese ports: weekly, on Friday by 18:00 Beijing time.
A.6 Historical series for all datasets above from January 2015, delivered once at Integration Acceptance.
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels and checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h1027z01": ("h1027z01_forestry_wetland_monitoring_platform.pdf", H1027Z01),
    "h1027z02": ("h1027z02_heated_shawl_line_control_retrofit.docx", H1027Z02),
    "h1027z03": ("h1027z03_calligraphy_chain_booking_membership_saas.txt", H1027Z03),
    "h1027z04": ("h1027z04_expressway_fog_monitoring_om_service.txt", H1027Z04),
    "h1027z05": ("h1027z05_bamboo_lantern_process_tracking_supplier_template.md", H1027Z05),
    "h1027e01": ("h1027e01_cmms_perpetual_licence_marfa_vendor.pdf", H1027E01),
    "h1027e02": ("h1027e02_qms_saas_order_form_socorro_vendor.md", H1027E02),
    "h1027e03": ("h1027e03_grain_silo_sensors_monitoring_licence.docx", H1027E03),
    "h1027e04": ("h1027e04_managed_it_services_36_months_deming_vendor.md", H1027E04),
    "h1027e05": ("h1027e05_metals_market_data_api_subscription.txt", H1027E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: language, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped | None, deemed, value),
#      tco fee base (goods only), design rules
D = {
    "h1027z01": ("zh", "software",
                 [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 10, False, True, False,
                  "PRC", G], (True, True, True, False, 1680000), 860000, []),
    "h1027z02": ("zh", "hardware",
                 [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, True,
                  "PRC", G], (True, True, True, False, 2100000), 1860000,
                 ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h1027z03": ("zh", "cloud",
                 [99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True,
                  False, "PRC", S], (True, True, None, False, 566000), None, ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"]),
    "h1027z04": ("zh", "services",
                 [None, 8, True, "buyer", True, True, False, 0.08, None, None, True, None, None, None, False, True,
                  False, "PRC", S], (True, True, None, False, 748000), None, ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
    "h1027z05": ("zh", "software",
                 [None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None, False, True,
                  None, None, G], (False, True, False, True, 184000), 68000,
                 ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                  "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h1027e01": ("en", "software",
                 [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                  "Texas", G], (True, True, True, False, 1640000), 1120000, ["CR-GOVERNING-LAW"]),
    "h1027e02": ("en", "cloud",
                 [99.5, 0.5, True, "buyer", True, True, True, 500 / 590000 * 100, 6 / 24 * 100, None, True, None, None,
                  None, False, True, False, "PRC", S], (True, True, None, False, 590000), None,
                 ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h1027e03": ("en", "hardware",
                 [None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 9, False, True, False,
                  "PRC", G], (True, True, True, False, 1290000), 1120000, []),
    "h1027e04": ("en", "services",
                 [99.95, 0.5, True, "buyer", False, True, True, 1200 / 1770000 * 100, 150, None, True, None, None, None,
                  False, False, False, "PRC", S], (True, True, None, False, 1770000), None,
                 ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h1027e05": ("en", "cloud",
                 [99.95, 1, False, "buyer", True, False, True, None, 150, None, True, None, None, None, False, True,
                  False, "PRC", S], (True, False, None, False, 660000), None,
                 ["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
}
FORUM_OUTSIDE_MAINLAND = set()  # no draft puts its forum outside mainland China except e01, whose law is Texas anyway

# price arithmetic stated in the texts
assert 860000 + 624000 + 138000 + 58000 == 1680000 and 336000 + 756000 + 588000 == 1680000
assert 516000 + 87000 + 444000 + 384000 + 69000 + 360000 == 1860000 and 1860000 + 60000 + 164000 + 16000 == 2100000
assert 420000 + 945000 + 735000 == 2100000 and round(1860000 * 0.26) == 483600
assert 30 * 6800 * 2 + 36000 * 2 + 86000 == 566000
assert 326000 + 248000 + 118000 + 56000 == 748000 == 4 * 187000
assert 68000 + 96000 + 14000 + 6000 == 184000 and 119600 + 64400 == 184000 and 119600 == 184000 * 65 // 100
assert 1120000 + 386000 + 94000 + 40000 == 1640000 and 328000 + 738000 + 574000 == 1640000
assert round(1120000 * 0.11) == 123200
assert 180 * 1450 == 261000 and 2 * 261000 + 68000 == 590000 and 261000 / 4 == 65250
assert 320 * 1850 == 592000 and 16 * 12500 == 200000 and 4 * 23000 == 92000
assert 592000 + 200000 + 92000 + 236000 == 1120000 and 1120000 + 148000 + 22000 == 1290000
assert 129000 + 709500 + 451500 == 1290000 and round(1120000 * 0.09) == 100800
assert 46500 * 36 == 1674000 and 1674000 + 96000 == 1770000
assert 2 * 318000 + 24000 == 660000 and 318000 / 4 == 79500

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (§3, §4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE, HORIZON = 40, 5


def tco_share(t, x, base):
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x, base):
    """My reading of policy §3 and its section on where rules apply."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and t["warranty_months"]:
            if tco_share(t, x, base) > TCO_SHARE:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# threshold figures that no text may state (checked raw, whitespace-collapsed and whitespace-free)
_N = r"(?<![\d.])"
_PCT = r"(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"
TH_PATTERNS = [
    _N + r"99\.9(?![\d])",
    _N + r"4\s*-?\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)", r"four[\s-]*hours?", r"(?<![十])四个?小时",
    _N + r"0\.05(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十])", r"千分之零点五", _N + r"0\.5\s*‰",
    _N + r"100" + _PCT, r"百分之(?:一)?百",
    _N + r"30" + _PCT, r"百分之三十(?![一二三四五六七八九])",
    _N + r"40" + _PCT, r"百分之四十(?![一二三四五六七八九])",
    _N + r"15" + _PCT, r"(?<![一二三四五六七八九])百分之十五",
    _N + r"12\s*-?\s*(?:months?|个月)", r"twelve[\s-]*\(?\s*(?:12\)\s*)?months?", r"十二个月", r"(?<![第每])一年(?!度)",
    r"\bone[\s-]*year(?!s)", _N + r"1\s*-?\s*year(?!s)",
    _N + r"5\s*-?\s*(?:years?|年(?!度))", r"five[\s-]*years?", r"(?<![〇零一二三四六七八九十])五年", _N + r"60\s*(?:months?|个月)",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时内响应", "四小时", "4h", "0.05% per day", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "40%", "百分之四十", "15%", "百分之十五",
            "12 months", "12个月", "十二个月", "质保期一年", "one year", "twelve months", "5 years", "五年",
            "five-year", "60 months", "1 year"]
MUST_MISS = ["99.95%", "99.99", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "200%", "1100%",
             "130%", "30日", "35%", "45%", "140%", "115%", "1.5%", "12 hours", "2026年12月31日", "一个服务年度",
             "每一年", "2025年", "25 years", "Subscription Years", "1,500", "0.055%", "3%"]
for s_ in MUST_HIT:
    assert TH_RE.search(s_), s_
for s_ in MUST_MISS:
    assert not TH_RE.search(s_), s_


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, _) in FILES.items():
        lang, cat, vals, extra, base, design = D[key]
        t = dict(zip(TERM_KEYS, vals))
        sla, lds, capped, deemed, value = extra
        x = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert t["final_payment_on_acceptance"] is None
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        rules = derive(key, t, x, base)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        # no label value on a threshold
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = None
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None and capped:
            share = tco_share(t, x, base)
            assert abs(share - TCO_SHARE) >= 2, (key, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        # read back: length and threshold scan
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = TH_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        print("%s  %s  len=%d  risk=%s  tco=%s  rules=%s" % (key, lang, n, risk(rules),
              "-" if share is None else "%.2f" % share, ", ".join(rules) or "(none)"))
    missing = set(SEVERITY) - covered
    assert not missing, missing
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
