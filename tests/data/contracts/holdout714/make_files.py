"""holdout714: builds the ten held-out draft contracts (.txt/.md written directly, .docx/.pdf through ../word_pdf.py),
writes their .json labels, and asserts lengths, sums, threshold avoidance and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H714Z01 = """T:市机关事务管理局公物仓资产调剂平台采购合同（草案）
P:合同编号：JGSW-GWC-2025-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市机关事务管理局
P:乙方（供应商）：某某数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就公物仓资产调剂平台软件许可及定制开发项目，经平等协商订立本合同，共同遵守。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供公物仓资产调剂平台软件（含资产入仓、在库管理、调剂发布、调剂申请审批、处置与回收五个子系统）的永久使用许可，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发：与预算管理一体化系统、行政事业单位资产管理信息系统的接口，调剂大屏，移动端扫码盘点，以及十二类资产卡片的个性化表单。
P:1.3 乙方负责存量资产数据清洗与迁移、系统部署、联调及操作培训，交付全部文档。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零捌万捌仟元整（¥2,088,000），为含税固定总价，包含软件许可、开发、迁移、实施、培训及质保期内的全部服务费用。
P:2.2 分项价格：平台软件许可费¥1,180,000；定制开发费¥624,000；数据迁移及接口费¥198,000；实施及培训费¥86,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥417,600。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，即¥939,600。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥730,800。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按国库集中支付程序付款，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署和初步验收准备，一百五十日内完成试运行并提交最终验收申请。
P:4.2 乙方应在项目启动后十日内提交实施计划，经甲方确认后执行，每两周报送一次进度。
P:4.3 乙方应组建不少于八人的项目团队，其中项目经理须具备信息系统项目管理师资格并驻场至初步验收完成。项目经理及核心开发人员未经甲方书面同意不得更换；确需更换的，替换人员资历不得低于原人员。
P:4.4 乙方应为甲方系统管理员、各预算单位资产管理员分批提供操作培训，培训不少于六场，并提供培训教材和操作视频，培训效果以考核合格率为准。
H:第五条 验收
P:5.1 初步验收标准：功能清单逐项测试通过；与预算一体化系统、资产管理信息系统的接口连续五个工作日数据比对一致；迁移的资产卡片与原系统逐条核对无差异；三百名用户并发时页面平均响应时间不超过两秒。
P:5.2 最终验收标准：系统连续试运行六十日，期间无一级故障；第三方机构出具的网络安全等级保护测评及代码安全检测报告无高危问题；全部文档、源代码及部署手册移交完毕。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以书面验收报告为准。系统上线、试运行或甲方使用均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及现场支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年维护费不超过平台软件许可费的8%（即每年不超过¥94,400），该标准在质保期满后三年内不得上调，维护合同另行签订，不自动续期。
P:6.3 质保期届满前两个月，乙方应对平台进行一次全面巡检，提交巡检报告及遗留问题清单，并向甲方技术人员完成运维知识转移，包括部署架构、备份恢复流程和常见故障处理手册。
P:6.4 质保期内乙方每季度提供一次现场巡检，对数据库性能、存储容量和安全补丁状况进行检查，发现隐患应及时处理并书面告知甲方。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台无法访问或调剂业务中断）乙方应在三十分钟内响应、两小时内到场、八小时内恢复；二级故障两小时内响应、一个工作日内解决；三级问题三个工作日内解决。
P:7.3 响应或恢复每超时一小时，乙方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，乙方支付违约金¥2,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方，甲方获得永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、表单、大屏及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台内全部资产数据、业务数据及日志归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，远程运维须经甲方审批并通过堡垒机操作，全程审计；不得将数据导出政务云。
P:9.3 发生数据泄露、篡改或丢失时，乙方应在两小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对在履行合同中知悉的甲方工作秘密、资产信息及系统配置负有保密义务，不得向任何第三方披露。保密义务在合同终止后继续有效。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书并报甲方备案。人员离场时，乙方应收回其账号权限及所持资料。
P:10.3 未经甲方书面同意，乙方不得在宣传材料、案例介绍中使用甲方名称及项目资料。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的系统不符合合同约定且整改后仍不合格的，甲方有权拒收并要求乙方退还已付款项、赔偿损失。
P:11.3 乙方违反第九条、第十条约定的，除赔偿甲方全部损失外，还应按合同总价的5%支付违约金；情节严重的，甲方有权解除合同并报财政部门处理。
P:11.4 甲方无正当理由逾期付款的，按照政府采购有关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方擅自分包或转包的，甲方有权解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力导致合同无法履行的，双方可协商解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：____年__月__日
"""

H714Z02 = """T:冲压铆合生产线控制系统改造及维保合同（草案）
P:合同编号：DSJ-ZD-2025-031
P:甲方（买方）：某某文具订书机制造有限公司
P:乙方（卖方）：某某自动化工程有限公司
P:甲方拟对其二号厂房订书机钉仓冲压及铆合生产线的电气控制系统进行改造，乙方提供设备、控制软件、安装调试及维保服务。双方依据《中华人民共和国民法典》订立本合同。
H:一、改造范围
P:（一）将现有三条冲压铆合线的继电器控制改为PLC集中控制，更换伺服驱动与电机，新增钉仓铆合质量视觉检测工位，配置人机界面。
P:（二）提供线控软件一套（含配方管理、产量统计、设备状态监视、报警记录功能）的永久使用许可，并开发与甲方MES系统的工单及产量数据接口。
P:（三）完成旧控制柜拆除、新设备安装、接线、调试、试生产及操作维修人员培训。
H:二、设备及价格
P:合同总价为人民币壹佰贰拾万陆仟元整（¥1,206,000），含税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及远程IO）|4套|86,000|344,000
TB:2|伺服驱动器及伺服电机|12套|23,500|282,000
TB:3|铆合质量视觉检测工位|3套|58,000|174,000
TB:4|工业触摸屏HMI|6台|9,800|58,800
TB:5|线控软件永久许可|1套|168,000|168,000
TB:软硬件小计|||||1,026,800
TB:6|安装调试及试生产|1项|96,000|96,000
TB:7|PLC程序及MES接口开发|1项|72,000|72,000
TB:8|培训|1项|11,200|11,200
TB:合计|||||1,206,000
H:三、付款
P:（一）合同签订后七个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备到货并经甲方清点签收后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不视为质量验收。
P:（三）改造完成并通过最终验收后，甲方支付合同总价的35%。
P:（四）余款5%作为质量保证金，质保期满且无未决质量问题后十五个工作日内无息支付。
P:（五）乙方每次收款前应向甲方开具等额增值税专用发票，甲方收到合格发票后十五个工作日内付款。
H:四、工期
P:（一）乙方应于合同签订后四十五日内完成设备到货。
P:（二）改造施工安排在甲方停产检修期间，每条线停线时间不超过七日，三条线全部改造及调试应于到货后三十日内完成。
P:（三）施工期间乙方应遵守甲方厂区安全、动火及用电管理规定，因乙方原因造成的人身或财产损失由乙方承担。
P:（四）乙方应在进场前提交施工方案、停线切换计划和应急回退方案，经甲方设备部门审核同意后实施。每条线改造完成后，乙方应保留原控制柜至该线稳定运行十五日，以便必要时恢复原有控制方式。
H:五、培训与技术资料
P:（一）乙方应为甲方操作工、电气维修人员和工艺人员分别提供培训，合计不少于五天，内容包括设备操作、配方管理、常见报警处理、伺服参数调整及PLC程序结构说明。
P:（二）乙方应在验收前移交电气原理图、接线图、设备说明书、备件清单、PLC及HMI程序备份、软件安装介质和维护手册各两套（纸质及电子版），资料不全的不予验收。
H:六、验收
P:（一）验收标准：三条生产线在额定节拍下连续生产七十二小时无控制系统故障；单线节拍较改造前提高不少于8%；视觉检测对缺钉、错位、铆合不良的漏检每万件不超过两件，误判率不高于0.3%；配方切换不超过十分钟；MES接口工单下达及产量回传准确无误。
P:（二）乙方提交验收申请后，甲方在七个工作日内组织验收并出具书面验收报告。试生产或甲方使用设备均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改后重新验收，因此延误的工期计入乙方逾期。
H:七、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题发生的维修、更换，费用由乙方承担。
P:（二）质保期满后，乙方提供年度维保服务，维保年费为软硬件小计的7%，即每年¥71,876，维保年费自质保期满起三年内固定不变。维保合同按年签订，不自动续期。
P:（三）维保内容：每季度一次预防性巡检，备品备件供应，PLC程序及线控软件的缺陷修复和版本升级，远程诊断。
H:八、故障响应
P:（一）一级故障（整条生产线停线）：乙方在接到报修后一小时内响应，三小时内到达现场，八小时内恢复生产。
P:（二）二级故障（单个工位停机或检测误判率异常）：两小时内响应，一个工作日内解决。
P:（三）三级问题（报表、界面等不影响生产的问题）：三个工作日内解决。
P:（四）响应、到场或恢复每超时一小时，乙方支付违约金¥800，甲方可从质量保证金或维保费中扣除。乙方应每月提交故障处理记录，列明报修时间、响应时间、到场时间及恢复时间。
H:九、生产数据安全
P:（一）线控软件及视觉检测工位采集的生产数据、配方参数、工艺参数和图像均归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程诊断须事先取得甲方设备部门批准，通过甲方提供的VPN账号接入，每次接入留存操作记录；乙方不得在控制系统中预留后门或未经授权的远程通道。乙方人员使用的调试电脑和移动存储介质进入车间前须经甲方查杀病毒，禁止接入互联网后直接连接控制网络。
P:（三）因乙方原因导致生产数据或配方泄露、被篡改或丢失的，乙方应在发现后两小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:十、知识产权
P:（一）线控软件的著作权归乙方，甲方获得永久使用许可，可随设备转让。
P:（二）为本项目编写的PLC程序、HMI画面、MES接口程序及其源程序归甲方所有，乙方应在验收时一并移交，甲方可自行修改或委托他人维护。
H:十一、分包
P:乙方可将电气安装、布线及旧控制柜拆除工作交由其他施工单位完成，但应在进场前书面告知甲方施工单位名称及人员名单。乙方对分包部分的质量和安全承担全部责任。
H:十二、违约责任
P:（一）乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）因乙方原因造成生产线停线超出约定时间的，乙方除支付前款违约金外，还应赔偿甲方停产造成的直接损失。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（四）乙方提供的设备、元器件不是全新原厂产品，或品牌型号与投标文件不符的，甲方有权要求更换，乙方还应按该设备金额的20%支付违约金。
P:（五）质保期内同一设备因质量问题累计维修三次仍不能正常使用的，乙方应免费更换同型号新设备，更换后的设备重新计算质保期。
H:十三、合同解除
P:（一）乙方逾期超过三十日，或验收两次不合格，或有其他严重违约行为经书面催告十日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交宁波仲裁委员会仲裁。
H:十五、其他
P:本合同附件包括技术规格书、设备清单、施工方案和验收大纲，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

H714Z03 = """连锁乐高机器人课程门店预约及会员管理SaaS服务合同（草案）

合同编号：LG-SAAS-2025-008
甲方（客户）：某某积木教育科技连锁有限公司
乙方（服务商）：某某云服软件有限公司

甲方在华东地区经营四十家积木搭建及机器人编程课程门店，现采购乙方的课程预约、排课、会员及课时管理SaaS服务及配套实施服务。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店开通门店预约及会员管理SaaS服务，功能包括：线上试听预约、排课与教室管理、会员卡与课时包、课时消耗核销、教具借还、家长端小程序、教师端App、经营报表。
2. 每家门店可开通十个员工账号，总部可开通二十个管理账号，学员及家长账号数量不限。
3. 服务期为两个服务年度，自上线验收合格之日起计算。
（二）实施服务
1. 乙方为甲方完成总部及门店的组织架构、课程体系、价格体系配置。
2. 将甲方现有会员、课时余额及排课数据从旧系统迁移至乙方平台。
3. 按甲方品牌要求定制家长端小程序页面及总部经营驾驶舱报表。
4. 为店长、前台及教师分批提供线上和现场培训。

二、费用
（一）订阅费为每家门店每个服务年度人民币6,800元，四十家门店每个服务年度合计¥272,000，两个服务年度合计¥544,000。
（二）实施费为一次性费用¥86,000。
（三）本合同总价为¥630,000（含税），已包含平台使用、存储空间、家长端消息推送及版本升级费用。小程序微信支付通道手续费按支付机构标准由甲方直接承担，不属于本合同费用。
（四）除本条约定的费用外，乙方不得以任何名义另行收取费用，包括门店新增员工账号和功能模块升级的费用。
（五）服务期内乙方不得上调订阅单价。甲方新增门店的，按同一单价按月折算计费。

三、付款
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度支付，甲方于每季度首月十日前支付当季订阅费¥68,000。
（三）乙方应在收款前开具增值税专用发票。

四、上线与验收
（一）乙方应于合同签订后四十五日内完成配置、数据迁移及培训，具备全部门店上线条件。
（二）验收标准：
1. 会员信息、课时余额及未来四周排课数据迁移后与旧系统逐条核对一致；
2. 四十家门店均可正常完成预约、签到、核销、退课及课时转让；
3. 家长端小程序在甲方周末高峰（模拟两千名用户同时预约）下，页面响应时间不超过两秒；
4. 定制页面及驾驶舱报表符合甲方确认的需求说明书。
（三）甲方在收到验收申请后五个工作日内组织验收并签署书面验收单。试运行期间的使用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新提交验收，整改期间旧系统继续运行，所需费用由乙方承担。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应安排在每日零点至六点并提前三日通知甲方。
（二）故障等级及响应：
1. 一级故障（全部或多数门店无法预约、签到或核销）：三十分钟内响应，两小时内恢复；
2. 二级故障（单个门店或单项功能不可用）：一小时内响应，一个工作日内解决；
3. 三级问题（咨询、报表格式等）：两个工作日内答复。
（三）月可用率低于承诺值的，按以下标准抵扣当月订阅费：低于99.5%但不低于99%的，抵扣10%；低于99%的，抵扣25%。一级故障恢复每超时一小时，另抵扣当季订阅费的1%。
（四）乙方每月向甲方提交服务报告，列明可用率、故障次数及处理情况。
（五）乙方为甲方指定一名客户成功经理和两名实施顾问，工作日九点至二十一点提供在线支持，周末及法定节假日提供值班电话支持。门店开业、寒暑假课程季等高峰期，乙方应提前做好扩容和值守安排。
（六）平台版本更新应保持已配置功能和数据的兼容，涉及家长端界面重大调整的，应提前十日通知甲方并提供培训材料。

六、数据
（一）甲方在平台中录入或产生的会员、学员、家长、课时、交易数据（以下简称“甲方数据”）归甲方所有。乙方仅为提供本合同服务处理甲方数据。
（二）甲方同意乙方在去除可识别个人身份的信息后，使用甲方数据形成的统计数据和课程消耗规律，用于改进乙方产品及编制行业分析报告，该使用在合同终止后仍可继续。
（三）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据，之后删除乙方平台中的甲方数据并出具删除证明。

七、数据安全
（一）乙方应按照《网络安全法》《数据安全法》《个人信息保护法》履行数据安全保护义务，平台应通过网络安全等级保护三级测评，数据存储于中国境内。
（二）学员多为未成年人，乙方应对儿童个人信息单独加密存储，实行最小授权和操作日志审计，不得向任何第三方提供。
（三）发生数据泄露、篡改、丢失等安全事件的，乙方应在两小时内通知甲方，配合甲方履行告知和报告义务，并承担因其原因造成的全部损失，包括甲方向家长作出的赔偿和监管部门的罚款。

八、保密
双方对在合作中获悉的对方商业秘密、经营数据及价格信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
（一）乙方平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、驾驶舱报表、课程体系配置及相关设计文件归甲方所有，甲方可自行或委托第三方使用和修改。

十、违约责任
（一）乙方未按期具备全部门店上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第六条、第七条约定的，应赔偿甲方全部损失。
（三）因乙方平台故障导致门店课时核销错误、会员余额错误的，乙方应在三日内协助甲方查明并更正，由此引起的家长退费和投诉处理费用由乙方承担。
（四）甲方逾期支付订阅费超过三十日的，乙方可暂停服务，但应提前十日书面通知，且不得删除甲方数据。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。经同意分包的，乙方对分包方的行为承担全部责任。

十二、甲方义务
（一）甲方应指定项目负责人，及时确认课程体系、价格体系及定制页面需求，并在约定时间内提供旧系统数据导出文件。
（二）甲方应督促门店员工妥善保管账号密码，员工离职时及时停用其账号。因甲方员工泄露账号造成的损失由甲方自行承担。
（三）甲方应确保其向家长收集个人信息已取得必要的同意，并在小程序中展示经双方确认的隐私政策。

十三、期限与解除
（一）服务期满，本合同终止，不自动续期。双方如需续约，应在期满前六十日协商并另行签订合同。
（二）乙方严重违约，或连续两个月月可用率低于99%，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方住所地人民法院管辖。

十五、其他
本合同附件包括服务功能清单、需求说明书及门店名单。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

H714Z04 = """蒙医医院医院信息系统（HIS）运维服务合同（草案）

合同编号：MYY-XXK-2025-012
甲方：某某市蒙医医院
乙方：某某医疗信息技术服务有限公司

甲方医院信息系统（HIS，含门急诊、住院、药房、蒙药制剂、收费、医保结算等子系统）已上线运行，现委托乙方提供运维服务。双方依据《中华人民共和国民法典》协商订立本合同。

第一条 服务范围
1.1 HIS应用系统的日常运行维护，包括故障处理、参数配置、字典维护、报表调整和用户权限管理。
1.2 HIS与医保平台、电子病历、LIS、PACS、蒙医药特色诊疗系统的接口监控与维护。
1.3 数据库巡检、性能优化、备份检查及每季度一次恢复演练。
1.4 医保政策、收费标准调整引起的系统配置变更。
1.5 派驻两名驻场工程师，工作日八点至十八点在院值守；夜间、节假日提供电话及远程支持，必要时到场。
1.6 配合甲方完成网络安全等级保护测评、电子病历系统应用水平分级评价和互联互通测评中与HIS有关的整改工作。
1.7 HIS原厂商发布的补丁和小版本升级的评估、测试与实施；大版本升级或新增功能模块不属于本合同范围，由双方另行约定。

第二条 服务期限
本合同服务期为两年，自2025年7月1日起至2027年6月30日止，分为两个服务年度。

第三条 服务费用及支付
3.1 运维服务费每个服务年度人民币肆拾陆万捌仟元整（¥468,000），两个服务年度合计¥936,000，含税，为本合同总价。
3.2 服务费按季度支付。每季度结束后，甲方依据第六条考核结果，于十五个工作日内支付当季服务费¥117,000，扣除依约应扣减的金额。
3.3 乙方应在每次付款前开具增值税发票。
3.4 服务费已包含驻场人员工资、差旅、交通、通讯、工具软件及二线专家支持的全部费用。更换硬件所需的备件费用不包含在内，由甲方按实际采购。

第四条 服务启动与确认
4.1 乙方应于服务期开始前十日完成驻场人员到位、系统现状调研、交接清单核对及运维手册编制。
4.2 甲方以下列标准确认服务启动：驻场工程师资质与投标承诺一致；交接清单所列系统、接口、账号、备份策略逐项核对完毕；运维手册和应急预案经甲方信息科审核通过。甲方信息科签署服务启动确认单后，服务正式开始。
4.3 服务启动前发现的历史遗留问题，由乙方列出清单并提出处理建议，经甲方确认后纳入运维计划。
4.4 每个服务年度末，甲方对全年服务进行综合评价，评价结果作为续签及供应商评价的依据。

第五条 服务水平
5.1 HIS核心业务（挂号、收费、医嘱、药房发药、医保结算）月可用率不低于99.95%。
5.2 一级故障（核心业务中断或全院性运行缓慢）：乙方十五分钟内响应，驻场工程师立即处理，三十分钟内组织二线专家到场或远程支持，两小时内恢复。
5.3 二级故障（单个科室或单个子系统异常）：三十分钟内响应，八小时内解决。
5.4 三级问题（报表、字典、权限等一般需求）：两个工作日内完成。
5.5 乙方应每月提交运维报告，包括故障清单、处理时长、巡检结果和优化建议。
5.6 乙方每日早间开诊前完成核心业务巡检，检查数据库状态、接口队列、备份作业和存储空间，发现异常立即处理并记录。
5.7 乙方应编制停电、网络中断、数据库故障、勒索病毒等应急预案，每半年配合甲方组织一次应急演练，演练后提交总结报告并修订预案。
5.8 医保结算接口调整、收费标准变更等需在规定日期生效的工作，乙方应在甲方通知的时限内完成测试和上线，不得影响患者结算。

第六条 考核与扣减
6.1 一级故障恢复每超时一小时，扣减当季服务费¥3,000；二级故障每超时一个工作日，扣减¥1,000。
6.2 月可用率低于承诺值的，每低0.01个百分点扣减当季服务费¥2,000。
6.3 驻场工程师无故缺岗一日，扣减¥1,500。
6.4 季度扣减总额以当季服务费的20%为限。

第七条 数据安全
7.1 HIS中的患者信息、诊疗记录、费用数据及系统日志均归甲方所有。乙方仅为履行本合同访问上述数据，不得用于其他任何目的。
7.2 乙方人员访问生产系统须使用甲方分配的实名账号，通过堡垒机操作并全程录像；禁止将患者数据拷贝至个人设备或院外网络；测试须使用甲方提供的脱敏数据。
7.3 乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业网络安全管理规定。发生数据泄露、篡改或丢失时，乙方应在一小时内报告甲方信息科，配合处置并承担因其原因造成的损失。
7.4 服务期满或合同终止时，乙方应交回全部账号、证书和资料，删除其持有的任何甲方数据并出具书面确认。
7.5 乙方应配合甲方开展的网络安全检查，对检查中发现的与运维操作有关的问题限期整改。

第八条 保密
乙方及其人员对在服务中知悉的患者隐私、医院经营信息和系统安全配置负有保密义务，服务期满后仍持续有效。乙方应与驻场人员签订保密承诺书并报甲方备案。

第九条 知识产权
乙方为本合同编写的脚本、报表、接口调整程序、运维文档及应急预案归甲方所有，甲方可自由使用和修改。

第十条 人员管理
10.1 驻场工程师须具备三年以上HIS运维经验，其中至少一人熟悉医保结算接口，另一人熟悉蒙药制剂及药房管理流程，能够使用蒙汉双语与临床科室沟通。
10.2 乙方更换驻场人员应提前十日告知甲方并完成交接，年度内更换不得超过一人次。
10.3 乙方不得将本合同服务转包或分包。
10.4 乙方每季度为甲方信息科人员提供不少于一次的技术培训，内容包括常见故障处理、数据库日常维护和接口监控，帮助甲方提升自主运维能力。
10.5 驻场人员应遵守甲方作息、考勤及院内管理制度，进入机房须登记。

第十一条 违约责任
11.1 乙方未按第四条约定按期完成服务启动准备的，每逾期一日，按合同总价的千分之一支付违约金。
11.2 乙方违反第七条、第八条的，应赔偿甲方因此遭受的损失，包括患者索赔和监管部门罚款。
11.3 乙方在本合同项下的累计赔偿责任，以事故发生前六个月内甲方已支付的服务费总额为限。

第十二条 合同变更与解除
12.1 本合同在服务期内不得单方解除。一方要求提前终止的，应提前三个月书面通知对方，经双方协商一致后签订终止协议。
12.2 因不可抗力导致合同无法继续履行的，双方协商处理，已提供服务的费用按实际服务天数结算。
12.3 服务期满后本合同自然终止，不自动续期。乙方应在期满前完成运维资料、账号及文档的移交，并配合新服务商交接不少于十五日。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交呼和浩特仲裁委员会仲裁。

第十四条 其他
本合同附件包括服务清单、驻场人员名单、运维手册及应急预案。附件与本合同不一致的，以本合同为准。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
法定代表人或授权代表：        法定代表人或授权代表：
日期：                        日期：
"""

H714Z05 = """# 石材加工切割雕刻生产追踪软件许可及定制开发合同

**石匠云 标准合同文本 V3.0（乙方提供）**

合同编号：SJY-2025-0419

甲方（用户）：某某石雕工艺品厂

乙方（许可方）：某某石匠云软件有限公司

甲方因生产管理需要，购买乙方“石匠云”石材加工生产追踪软件的使用许可，并委托乙方进行定制开发。经双方协商，订立本合同。

## 第一条 软件及服务内容

1.1 乙方向甲方提供“石匠云”软件企业版的永久使用许可，包括荒料入库、切割排产、雕刻工单、工序报工、成品追溯、库存管理模块，以及移动端扫码报工功能。

1.2 乙方为甲方定制开发：与甲方六台桥式切割机、四台五轴数控雕刻机的数据采集接口；按甲方工艺定制的雕刻工单流转；石料出材率分析报表。

1.3 乙方负责软件安装部署、基础数据导入及用户培训。

1.4 软件以乙方标准产品为基础，标准产品功能以乙方产品说明书为准，说明书未列明的功能不属于本合同交付范围。

1.5 软件许可按一个工厂、不限用户数授予，可安装于甲方指定的一套生产服务器和一套备份服务器。甲方新增工厂或异地部署的，应另行购买许可。

## 第二条 合同价款

本合同总价为人民币壹佰壹拾肆万元整（¥1,140,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 石匠云企业版软件许可（平台） | 560,000 |
| 2 | 生产追踪及成品追溯模块许可 | 240,000 |
| 3 | 移动端报工模块许可 | 120,000 |
| | 软件许可费小计 | 920,000 |
| 4 | 设备数据接口及工单流转定制开发 | 168,000 |
| 5 | 安装部署、数据导入及培训 | 52,000 |
| | 合计 | 1,140,000 |

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥741,000。乙方收到该款项后开始项目实施。

3.2 软件上线运行后五个工作日内，甲方支付剩余的35%，即¥399,000。

3.3 甲方未按期付款的，乙方有权暂停实施或暂停技术服务，工期相应顺延。

## 第四条 实施与交付

4.1 乙方在收到首付款后九十日内完成软件部署、定制开发及上线。

4.2 甲方应提供符合乙方要求的服务器、网络环境和设备通讯条件，指定专人配合实施。因甲方原因导致实施延误的，工期顺延。

4.3 乙方根据甲方提供的工艺资料进行定制开发。甲方在开发过程中提出需求变更的，乙方有权另行收费并调整工期。

4.4 甲方应在实施期间提供切割机、雕刻机的通讯协议和设备厂家联系方式。设备不具备数据输出功能的，需加装采集模块，费用由甲方另行承担。

4.5 乙方为甲方提供两次集中培训，对象为车间主任、统计员和设备管理员。培训后甲方人员应能独立完成工单下达、报工和报表查询。

4.6 基础数据（荒料规格、石材品种、工艺路线、人员名单）由甲方按乙方模板整理，乙方负责导入。因甲方数据错误导致的问题由甲方负责。

## 第五条 验收

5.1 软件安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后如发现问题，可向乙方提出，乙方将在后续版本中予以改进。

## 第六条 免费维护期及后续服务

6.1 乙方自软件上线之日起提供六个月的免费维护，包括软件缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方应与乙方签订年度技术服务合同，年服务费为软件许可费的22%，即每年¥202,400，服务内容包括缺陷修复、版本升级和远程支持。

6.3 甲方未签订年度技术服务合同的，乙方不再提供升级和技术支持，由此造成的软件无法使用等后果由甲方自行承担。

6.4 年度技术服务合同中断后重新签订的，甲方应补缴中断期间的年服务费。

6.5 免费维护期内，因甲方操作不当、设备故障或擅自修改配置造成的问题，不属于免费维护范围。

## 第七条 技术支持

7.1 乙方通过电话、远程方式提供技术支持，服务时间为工作日九点至十八点。

7.2 一级故障（系统无法登录或全厂无法报工）：乙方在接到甲方报修后八小时内响应，并尽快安排处理。

7.3 二级故障（单个模块或单台设备数据无法采集）：乙方在两个工作日内响应。

7.4 其他问题由乙方在后续版本中统一处理。需要现场服务的，甲方承担乙方人员的差旅费用。

## 第八条 知识产权

8.1 “石匠云”软件及乙方为本合同开发的全部程序、接口、报表模板、工单流程及其源代码、文档的著作权和其他知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或交由第三方维护，不得向任何第三方提供。

8.3 乙方有权将定制开发的成果用于其他客户的项目。

## 第九条 数据安全

9.1 甲方在软件中录入和产生的生产数据、订单数据、客户信息及设备数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，使用甲方分配的账号登录，并保留操作记录；乙方不得私自导出甲方数据。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，积极协助恢复，并赔偿甲方的直接损失。

9.4 甲方应自行做好数据备份。乙方建议甲方每日对数据库进行备份，并将备份文件保存在独立的存储设备上。

9.5 乙方人员到甲方现场工作时，应遵守甲方的车间安全管理规定，未经允许不得拍摄甲方产品、图纸和工艺资料。

## 第十条 保密

双方对在合作中知悉的对方技术信息和商业信息负有保密义务，未经对方同意不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方未按约定期限完成上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金。

11.3 甲方违反第八条约定的，应按合同总价的两倍向乙方支付违约金。

11.4 乙方交付的软件功能与第一条约定不符的，乙方应在收到甲方书面通知后进行修改，修改期间不视为乙方违约。

## 第十二条 不可抗力及免责

12.1 因不可抗力、停电、网络运营商故障、甲方设备故障或第三方软件原因导致软件无法正常使用的，乙方不承担责任。

12.2 甲方擅自修改软件运行环境、数据库或与其他软件混装造成的故障，乙方提供的处理服务按次另行收费。

## 第十三条 合同解除

13.1 一方严重违反本合同，经对方书面催告后三十日内仍未改正的，守约方有权解除合同。

13.2 合同解除后，甲方应停止使用乙方软件。合同因甲方原因解除的，已付款项不予退还。

## 第十四条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同条款为乙方标准条款，如有补充约定，以双方另行签署的书面补充协议为准。

甲方（盖章）：________　　乙方（盖章）：________

日期：________　　日期：________
"""

H714E01 = """T:Software Licence and Services Agreement (Draft)
P:Agreement No. WNL-KM-2025-03
P:This Agreement is made between Yunnan Highland Coffee Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kunming (the "Buyer"), and West Nile Logic Systems Limited, a company incorporated in Uganda with its principal office at Plot 14, Avenue Road, Arua, Uganda (the "Vendor").
P:The Buyer operates green-coffee warehouses and a roasting plant and wishes to acquire a perpetual licence to the Vendor's warehouse management and lot traceability software, together with implementation, integration and training services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's TraceStore warehouse management system, version 7, in object code, with its standard modules for receiving, lot grading, storage locations, picking, dispatch and lot traceability, and its user documentation.
P:1.2 "Custom Deliverables" means all interfaces, scripts, report templates, label layouts and configuration files that the Vendor creates specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Go-Live" means the first day on which the Buyer uses the Software for live warehouse operations at both sites.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.5 "Buyer Data" means all data entered into, processed by or generated in the Software in the course of the Buyer's business, including supplier, lot, quality and customer records.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its own business at its warehouses in Kunming and Pu'er and at any replacement site in mainland China, for up to 150 named users.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers, build interfaces to the Buyer's ERP system and its moisture-analysis laboratory system, migrate open stock and lot history from the Buyer's spreadsheets, and train the Buyer's staff.
P:2.3 The Vendor shall deliver a project plan within ten working days after signature. Work on site shall be carried out by the Vendor's engineers together with the Buyer's project team; remote work requires the Buyer's approval of each session.
P:2.4 Training comprises three sessions for warehouse supervisors, one for quality staff grading incoming lots and two for the Buyer's IT administrators, held on site in Kunming and Pu'er, with English and Chinese course materials supplied by the Vendor.
P:2.5 The Vendor shall name a project manager who attends weekly progress meetings, by video or in person, and reports progress, risks and open issues in writing. The project manager shall not be replaced without the Buyer's agreement, which shall not be unreasonably withheld.
H:Article 3 Price
P:3.1 The total price is CNY 1,756,000 (the "Contract Price"), inclusive of taxes, made up of: Licence Fee CNY 1,260,000; implementation and configuration CNY 318,000; ERP and laboratory interfaces CNY 142,000; training CNY 36,000.
P:3.2 The Contract Price is fixed. It includes all travel and living costs of the Vendor's personnel and all warranty services under Article 6.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within fifteen working days after signature and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within fifteen working days after Go-Live. Go-Live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within fifteen working days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the Vendor's account named in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature.
P:5.2 The acceptance criteria are: (a) every function in the agreed functional specification passes the acceptance test script; (b) the ERP interface posts receipts and dispatches for twenty consecutive working days without unreconciled differences; (c) migrated stock balances match the Buyer's physical count for every lot; (d) label printing and handheld scanning work at both warehouses at peak intake; and (e) no Severity 1 defect occurs in a run of thirty consecutive days after Go-Live.
P:5.3 When the criteria are met, the Vendor shall request acceptance in writing and the Buyer shall test and issue a Final Acceptance certificate or a list of defects within ten working days. Use of the Software in live operations does not by itself amount to acceptance. Defects listed shall be corrected within fifteen days, after which the test is repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 9% of the Licence Fee, that is CNY 113,400 per year, and shall not be increased during the first three years after the Warranty Period. Each year of support is ordered separately; support does not renew automatically.
P:6.3 Support requests are classified by severity. Severity 1 (warehouse operations stopped at a site) shall be responded to within one hour and resolved or worked around within eight hours; Severity 2 (a major function unavailable) within two hours and two working days; Severity 3 within one working day and the next update.
P:6.4 For each hour by which the Vendor exceeds a Severity 1 or Severity 2 response or resolution time, the Vendor shall pay CNY 1,000 as a service credit, which the Buyer may deduct from any amount due.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code with Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not keep copies after the work for which it was needed.
P:8.2 Buyer Data shall remain on the Buyer's servers in China. The Vendor shall access it only through accounts issued by the Buyer, with two-factor authentication, and every remote session shall be logged. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in handling Buyer Data.
P:8.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, or loss or alteration of, Buyer Data, shall take all reasonable steps to contain it, and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This Article survives for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance on time for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to death or personal injury, fraud, wilful misconduct or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after notice, or if the delay damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for services not accepted.
P:12.2 Either party may terminate if the other becomes insolvent. The licence under Article 2.1 survives termination except termination for the Buyer's failure to pay the Licence Fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Uganda.
P:13.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties for thirty days. If it is not resolved, it shall be referred to arbitration at the Centre for Arbitration and Dispute Resolution in Kampala under its rules, by a sole arbitrator. The language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Acceptance Test Script) and Annex 3 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H714E02 = """# Order Form and General Terms — FieldPulse Service Management Subscription (Draft)

Order Form No. MSK-FP-2025-0117

Provider: Lakeside Digital Works Limited, Plot 9 Kampala Road, Masaka, Uganda ("Provider")

Customer: Zhejiang Liftway Elevator Maintenance Co., Ltd., Hangzhou, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1 Subscribed Service

FieldPulse, Provider's cloud service for scheduling, dispatching and recording elevator maintenance and repair work, with the technician mobile app, the customer-site portal, the spare-parts module and the reporting module (the "Service"), for 320 named users. The Service is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner listed in Part B, Section 6.

### A2 Subscription Term

The Subscription Term starts on the Service Start Date stated in the Onboarding Acceptance certificate and runs for 36 months, divided into three Subscription Years.

### A3 Fees

| Item | Basis | Amount per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| FieldPulse subscription | 320 users at CNY 1,150 per user per year | 368,000 | 1,104,000 |
| Premium support | fixed | 28,000 | 84,000 |
| Onboarding (configuration, data import, integration with Customer's ERP, training) | one-time | — | 64,000 |
| Total Contract Value | | | 1,252,000 |

All amounts include taxes. Additional users may be added at CNY 1,150 per user per year, prorated by month.

### A4 Invoicing and Payment

(a) The onboarding fee is invoiced after Onboarding Acceptance under Part B, Section 3.

(b) The subscription and premium support fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days after receipt of a valid invoice. No fee is payable before the Service Start Date.

### A5 Renewal

At the end of the Subscription Term the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Provider may change the fees applicable to any renewal term by notifying Customer at least 30 days before the renewal date, and the changed fees apply from the renewal date.

### A6 Contacts and Signature

Customer contact: Head of Service Operations. Provider contact: Account Director, Masaka office. By signing below, the parties agree to this Order Form and to the General Terms in Part B.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, including personal information of Customer's employees and of the occupants and managers of the buildings Customer serves, that Customer or its users enter into the Service or that the Service generates from Customer's use.

1.2 "Customer Configurations" means the workflows, forms, checklists, report layouts and interface mappings that Provider builds for Customer during onboarding or later at Customer's request.

1.3 "Incident" means an unplanned interruption or material degradation of the Service.

### 2. The Service

2.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 Provider may improve the Service, but shall not materially reduce its functionality during the Subscription Term. Provider shall give at least 14 days' notice of any change that affects Customer's users or interfaces.

2.3 Customer shall keep user credentials secure and is responsible for the actions of its users.

### 3. Onboarding and Acceptance

3.1 Provider shall complete onboarding within 60 days after signature of the Order Form.

3.2 Onboarding is accepted when: (a) the configured workflows for routine maintenance, fault call-outs and annual inspections pass Customer's test scripts; (b) data on 6,800 installed elevators, their contracts and their maintenance history has been imported and reconciled against Customer's extract without unexplained differences; (c) the ERP interface transfers work orders and spare-parts consumption for ten consecutive working days without error; and (d) 40 pilot technicians have used the mobile app in live work for ten working days without a Priority 1 Incident.

3.3 Customer shall confirm acceptance in writing, or list the criteria not met, within five working days after Provider's notice that the criteria are met. The date of the Onboarding Acceptance certificate is the Service Start Date.

3.4 If onboarding is not accepted within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay.

### 4. Service Levels

4.1 Provider shall ensure that the Service is available at least 99.95% of each calendar month, excluding planned maintenance notified at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

4.2 Provider shall respond to Incidents as follows: Priority 1 (the Service or the mobile app unavailable to all or most users) within 30 minutes, with a workaround or fix within three hours; Priority 2 (a module unavailable or seriously degraded) within one hour and a fix within one working day; Priority 3 (other faults and questions) within one working day.

4.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point or part of it below the commitment, up to half of that monthly share. For each hour by which a Priority 1 response or fix time is exceeded, Customer receives a further credit of CNY 1,500. Credits are deducted from the next invoice.

4.4 Provider shall send a monthly service report showing availability, Incidents and response and fix times.

### 5. Customer Data

5.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service and support to Customer under this Agreement and on Customer's documented instructions, and shall not use it for any other purpose.

5.2 Within 30 days after the end of the Agreement, Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 6. Data Security

6.1 Provider shall host Customer Data only in mainland China, in the data centre of its hosting partner Hangzhou Cloudbase Co., Ltd., and shall not transfer it outside mainland China.

6.2 Provider shall maintain a security programme that meets the requirements of the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging and an annual third-party penetration test.

6.3 Provider shall notify Customer within 12 hours after becoming aware of a security incident affecting Customer Data, shall cooperate in its investigation and in notifications to authorities and data subjects, and shall bear the losses resulting from its failure to comply with this Section.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, shall use it only for this Agreement and shall not disclose it to third parties without the other party's written consent. This obligation continues for three years after the Agreement ends.

### 8. Intellectual Property

8.1 Provider owns the Service and all improvements to it.

8.2 Customer Configurations belong to Customer. Customer may use, modify and have third parties use them, including with another provider's system, and Provider shall deliver them in an exportable format on request.

### 9. Subcontracting

Provider shall not subcontract any part of its obligations under this Agreement, other than hosting by the partner named in Section 6.1, without Customer's prior written consent.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the 6 months preceding the event giving rise to the claim.

### 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

11.2 Customer may also terminate if Provider misses the availability commitment in Section 4.1 in any two consecutive months. On termination by Customer under this Section, Provider shall refund any prepaid fees for the period after termination.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English and Chinese.

### 13. General

13.1 Notices shall be in writing and sent to the contacts in Part A, Section A6.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

13.3 This Agreement may be amended only in writing signed by both parties.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

H714E03 = """T:Supply, Installation and Licence Contract for Cold-Chain Environmental Monitoring (Draft)
P:Contract No. GZPD-CC-2025-044 (Buyer's standard form)
P:Buyer: Guangzhou Nanling Pharmaceutical Distribution Co., Ltd., Huangpu District, Guangzhou, People's Republic of China (the "Buyer").
P:Supplier: Albertine Sensing Technologies Limited, Hoima, Uganda, acting through its project office in Guangzhou (the "Supplier").
P:The Buyer stores and distributes medicines that require controlled temperatures and must monitor its warehouses and cold rooms in line with China's Good Supply Practice for pharmaceuticals (GSP). The Buyer has selected the Supplier, after competitive negotiation, to supply sensors and gateways, a perpetual licence to its monitoring software, and installation, validation and training. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, door-contact sensors and gateways listed in Clause 2, with their firmware and accessories.
P:1.2 "Software" means the Supplier's ColdWatch monitoring server software, version 5, with alarm, reporting and audit-trail functions.
P:1.3 "Deliverables" means the Equipment, the Software licence, and all mapping reports, validation documents, configuration files and interface programs produced for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure, calibrate and validate a continuous temperature and humidity monitoring system covering the Buyer's two warehouses and fourteen cold rooms in Huangpu and Baiyun districts, connect it to the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 998,000, inclusive of taxes, transport, insurance and installation, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity sensor, calibrated, with probe|420|860|361,200
TB:2|Wireless gateway with backup battery|36|4,200|151,200
TB:3|Door-contact sensor|120|380|45,600
TB:4|ColdWatch server software, perpetual licence|1|286,000|286,000
TB:Subtotal, hardware and licence||||844,000
TB:5|Installation and cabling|1 lot|92,000|92,000
TB:6|Calibration, temperature mapping and validation|1 lot|48,000|48,000
TB:7|Training|1 lot|14,000|14,000
TB:Contract Price||||998,000
P:2.3 The Contract Price is fixed and includes the warranty services under Clause 6. No price adjustment for exchange rates, freight or import duties applies, and the Supplier is responsible for all import formalities for Equipment made outside China.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 99,800) within fifteen working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 548,900) within fifteen working days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and physical installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 349,300) within fifteen working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice. The Buyer pays in CNY by bank transfer.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's warehouses within 45 days after signature and complete installation within 30 days after delivery.
P:4.2 Installation work inside cold rooms shall be scheduled with the Buyer's warehouse managers so that no product leaves its required temperature range. The Supplier shall follow the Buyer's site safety and GSP hygiene rules.
P:4.3 Training shall cover warehouse staff who receive alarms, quality staff who review records and approve deviations, and the Buyer's IT administrators. The Supplier shall hold at least four sessions at the Buyer's sites and provide bilingual manuals and short video guides.
P:4.4 With the acceptance notice the Supplier shall hand over the as-built sensor position drawings, calibration certificates, the installation and operation qualification records, user and administrator manuals, a spare-parts list and the backup and restore procedure for the Software.
P:4.5 The Supplier shall keep a stock of spare sensors and gateways equal to at least two percent of the installed quantity at its Guangzhou office during the warranty period, so that failed units can be replaced without waiting for shipments from abroad.
H:5. Acceptance
P:5.1 The acceptance criteria are: (a) every sensor carries a calibration certificate traceable to a national standard, with an error within 0.5 degrees Celsius and 5% relative humidity; (b) temperature mapping of each cold room and warehouse zone, empty and loaded, is completed and approved by the Buyer's quality department; (c) alarms by SMS, phone call and screen reach the named staff within two minutes in a test of every alarm type; (d) the audit trail records every change of set points and users; (e) the system runs for thirty consecutive days without data loss of more than five minutes at any sensor; and (f) the validation report meets GSP appendix requirements.
P:5.2 The Supplier shall give written notice when the criteria are met. The Buyer shall test and issue a Final Acceptance certificate, or a written list of failures, within ten working days. Installation, use of the system in operation and payment do not amount to acceptance. Failures shall be corrected within fifteen days and the tests repeated.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, provide software updates, recalibrate sensors once a year and provide support, all free of charge.
P:6.2 After the warranty period the Buyer may order annual support, including annual recalibration and software updates, at 8% of the hardware and licence subtotal, that is CNY 67,520 per year. This fee is fixed for five years after the warranty period. Support is ordered by purchase order each year and does not renew automatically.
P:6.3 Faults are classified as follows. Severity 1: monitoring of one or more cold rooms lost, or alarms not delivered; response within 30 minutes and restoration within six hours, with a temporary monitoring solution on site if needed. Severity 2: individual sensors or gateways failed; response within two hours and repair within two working days. Severity 3: other faults and questions; response within one working day.
P:6.4 For each hour by which a Severity 1 or Severity 2 time is exceeded, the Supplier shall pay a service credit of CNY 800, which the Buyer may deduct from any amount payable.
H:7. Data
P:7.1 All monitoring data, alarm records, audit trails and reports belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy or keep them.
P:7.2 The Software runs on the Buyer's servers. The Supplier shall access it only with accounts issued by the Buyer, for approved sessions, with logging. The Supplier shall not install remote access tools without the Buyer's written approval.
P:7.3 The Supplier shall comply with the Data Security Law of the People's Republic of China and the Buyer's information security policies. It shall report any loss, corruption or unauthorised access to Buyer data within six hours after becoming aware of it, help restore the data, and compensate the Buyer for losses caused by its breach.
H:8. Intellectual Property
P:8.1 The Supplier retains intellectual property in the Software and the Equipment firmware and grants the Buyer a perpetual, irrevocable licence to use them.
P:8.2 Mapping reports, validation documents, configuration files and the interface to the warehouse management system, with source code, belong to the Buyer, which may use and modify them and let third parties use them.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's warehouse layouts, customer lists and quality records, and shall not disclose it without prior written consent, during the Contract and for five years afterwards.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete delivery, installation or Final Acceptance on time for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the delay damages under Clause 10.1 reach their maximum. The Supplier shall then refund the payments received for Deliverables not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:14. General
P:14.1 Annex 1 (Technical Specification), Annex 2 (Site Layout and Sensor Positions) and Annex 3 (Validation Protocol) form part of this Contract. This Contract is signed in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H714E04 = """# Managed IT Services Agreement (Draft)

Agreement No. SCF-MSA-2025-06

**Customer:** Sichuan Fengtai Food Group Co., Ltd., Chengdu, People's Republic of China ("Customer")

**Provider:** Rwenzori Managed IT Limited, Fort Portal, Uganda, with a service delivery team in Chengdu ("Provider")

Customer runs five food-processing plants and a head office in Sichuan and wishes to outsource its IT service desk, end-user support and network monitoring. Provider has offered to deliver these services for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement" means the date on which Customer confirms in writing that the transition under Clause 3 is complete.

1.3 "Incident" means any event that interrupts or degrades an IT service used by Customer.

1.4 "Customer Data" means all data of Customer, its employees, suppliers and customers that Provider receives or can access in performing the Services.

1.5 "Service Levels" means the levels in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from Service Commencement.

2.2 The Agreement expires at the end of the service term. Any extension requires a written agreement signed by both parties, with prices agreed at that time.

## 3. Transition

3.1 Provider shall complete transition within 60 days after signature. Transition includes taking over the asset inventory, documenting the network and applications, setting up the service desk tools and telephone line, recruiting and training the on-site engineers, and running the service desk in parallel with Customer's current team for ten working days.

3.2 Customer confirms Service Commencement when: (a) the asset inventory covers every computer, printer, switch and access point at all six sites and has been checked against a ten percent physical sample; (b) the knowledge base contains working procedures for the fifty most frequent requests; (c) the monitoring platform shows every network device at every site; (d) the parallel run has met the Service Levels for ticket response; and (e) on-site engineers are in place at each plant.

3.3 If Service Commencement is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Services and Performance

4.1 Provider shall perform the Services in accordance with Schedule 1 and the Service Levels in Schedule 3, using qualified staff and good industry practice.

4.2 Provider shall appoint a service delivery manager who meets Customer's IT manager monthly to review performance, Incidents, changes and improvement actions, and who presents a quarterly report to Customer's management.

4.3 Provider shall follow Customer's change procedure. No change to production systems, network devices or user accounts may be made without a ticket approved under that procedure, except in an emergency, in which case the change must be recorded and reported within one working day.

4.4 Provider shall keep the service desk tool, the monitoring platform and the asset inventory up to date, give Customer's IT manager read access to all of them at any time, and provide monthly reports on ticket volumes, Service Level results, recurring problems and the age of open tickets. Provider shall propose at least two improvement actions each quarter, such as self-service guides for frequent requests or replacement of devices that fail repeatedly.

4.5 Customer shall give Provider's engineers access to its sites, workplaces and administration accounts as needed for the Services, and shall keep its software licences and hardware maintenance contracts in force.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total contract value is CNY 2,162,000, inclusive of taxes.

5.2 The transition fee is invoiced after Service Commencement. The monthly service charge is invoiced monthly in arrears. Service credits under Schedule 3 are deducted from the next invoice.

5.3 Customer shall pay undisputed invoices within 30 days after receipt of a valid VAT invoice.

5.4 The monthly service charge is fixed for the service term and covers up to 1,150 users and 1,400 devices. Additional users are charged at the rate in Schedule 2.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer, or delete it, at the end of the Agreement.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including Customer's recipes, production plans, supplier prices and customer lists, and shall use it only to perform this Agreement.

7.2 Each party may disclose confidential information to its employees and subcontractors who need to know it and are bound by equivalent obligations, or where required by law. This Clause survives for five years after the Agreement ends.

## 8. Intellectual Property

8.1 Provider keeps its tools, methods and software that existed before this Agreement.

8.2 The knowledge base articles, runbooks, network documentation, scripts and reports that Provider prepares for Customer belong to Customer, which may use, modify and share them with any later provider.

## 9. Personnel and Subcontracting

9.1 Provider shall provide on-site engineers at each plant during the hours in Schedule 1 and shall replace any engineer whom Customer reasonably asks to be removed.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury, fraud or wilful misconduct.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Ending the Agreement

11.1 Either party may end this Agreement with immediate effect by written notice if the other party becomes insolvent or ceases business.

11.2 Service failures are remedied only by service credits under Schedule 3 and by Provider's duty to correct them under the service improvement plan in Clause 4.2; they do not give a right to end the Agreement before the end of the service term.

11.3 In the last three months of the service term Provider shall cooperate with Customer and any new provider in an orderly handover, including the asset inventory, the knowledge base and open tickets.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that are not settled by negotiation within 30 days shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 13. General

13.1 Schedules 1 to 3 form part of this Agreement. If they conflict with the Clauses, the Clauses prevail.

13.2 Amendments must be made in writing and signed by both parties. Notices shall be sent to the addresses above.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for all users; ticket logging, first-line resolution, escalation | 07:00–22:00 every day |
| On-site support | One engineer at each plant and two at head office; desktop, printer, meeting-room and production-terminal support | Plant shift hours, Monday to Saturday |
| Network monitoring | Monitoring of switches, routers, firewalls, access points and WAN links; fault handling with the carriers | 24 hours, every day |
| Asset management | Inventory of devices, software and warranties; monthly reconciliation | Working days |
| Moves, adds and changes | Installation, moves and reconfiguration of user devices | Working days, on request |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 74,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total contract value | | 2,162,000 |
| Additional users above 1,150 | per user per month | 42 |

## Schedule 3 — Service Levels

| Priority | Definition | Response | Resolution or workaround | Service credit |
|---|---|---|---|---|
| P1 | A plant's production network or a site's internet link down, or more than 50 users unable to work | 30 minutes | 3 hours | CNY 2,000 per hour late |
| P2 | A department or a critical application unavailable | 1 hour | 8 hours | CNY 800 per hour late |
| P3 | A single user unable to work | 2 hours | 1 working day | CNY 200 per ticket late |
| P4 | Requests and questions | 1 working day | 3 working days | none |

Service desk calls shall be answered within 30 seconds on average each month; for each full month in which this is not met, a credit of 2% of the monthly service charge applies. Total credits in a month shall not exceed 20% of the monthly service charge.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

H714E05 = """DATA AND API SUBSCRIPTION AGREEMENT (DRAFT)

Agreement No. KAD-API-2025-0208

BETWEEN

Kigezi Agri Data Limited, a company incorporated in Uganda, of Plot 3 Kabale-Kisoro Road, Kabale, Uganda ("Provider"); and

Dalian Oriental Grain and Oilseeds Trading Co., Ltd., a company incorporated in the People's Republic of China, of Zhongshan District, Dalian ("Customer").

BACKGROUND

Customer imports coffee, sesame and other agricultural commodities from East Africa and needs reliable crop, weather, farm-gate price and export shipment data to plan its purchases. Provider collects such data through its field network and partner sources and supplies it through an application programming interface (API) and bulk files. The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the crop condition, weather, price, stock and shipment datasets listed in the Schedule, as updated by Provider from time to time.

1.2 "API" means Provider's REST interface through which Customer's systems retrieve Provider Data, and the bulk file service for historical data.

1.3 "Customer Data" means the account information, queries, watch lists, portfolio positions and other data that Customer or its users submit to the API or the Provider portal.

1.4 "Start Date" means the date of the Integration Acceptance under Clause 4. "Subscription Year" means the period from the Start Date to the day before its first anniversary, and then the period from that anniversary to the day before the next one.

1.5 "Custom Extracts" means the data feeds, field mappings, connectors and dashboards that Provider builds specifically for Customer under Clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years from the Start Date, a non-exclusive, non-transferable licence to access the API and to use Provider Data within Customer's group in mainland China for its own purchasing, trading and risk-management decisions.

2.2 Customer may store Provider Data in its own systems and keep using Provider Data received during the term for internal records and analysis after the term, but may not resell or publish it.

2.3 The subscription includes up to 25 named portal users and API calls up to the monthly allowance in the Schedule.

3. ONBOARDING AND CUSTOM EXTRACTS

3.1 Within 30 days after signature Provider shall issue API credentials, deliver the historical bulk files for the last ten seasons, and build the Custom Extracts described in the Schedule, including a daily feed in Customer's commodity codes and a connector to Customer's trading system.

3.2 Provider shall provide two training sessions for Customer's analysts and IT staff, by video conference, in English with Chinese interpretation arranged by Customer.

3.3 Customer shall name a technical contact for onboarding, provide the specification of its trading system interface and test environment within ten days after signature, and take part in weekly onboarding calls. Provider shall keep an onboarding log of open questions and decisions and share it with Customer after each call.

3.4 If Provider changes the structure of a dataset or the API in a way that affects the Custom Extracts, it shall give Customer at least 60 days' notice and adapt the Custom Extracts at no extra charge before the change takes effect.

4. INTEGRATION ACCEPTANCE

4.1 Customer shall test the API and the Custom Extracts against the following criteria: (a) every dataset in the Schedule is available through the API with the documented fields; (b) the historical bulk files load into Customer's database without errors and agree with the record counts stated by Provider; (c) the daily feed arrives for ten consecutive business days with prices matching Provider's portal; and (d) the connector posts data to Customer's trading system without manual steps.

4.2 Customer shall confirm Integration Acceptance in writing, or list the criteria not met, within five business days after Provider's notice that the criteria are met. Provider shall correct any failure and the tests shall be repeated.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee CNY 438,000 per Subscription Year, CNY 876,000 for the two Subscription Years; onboarding and Custom Extracts fee CNY 38,000, one-time. The total fees for this Agreement are CNY 914,000, inclusive of taxes.

5.2 The onboarding fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

5.3 API calls above the monthly allowance are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

5.4 Customer shall pay each invoice within 30 days after receipt. The subscription fee is fixed for the two Subscription Years.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to update each dataset at the frequency shown in the Schedule. Provider may suspend the API for maintenance and will try to give advance notice of planned maintenance.

6.2 Support is provided by e-mail and through the portal during Provider's business hours (East Africa Time, Monday to Friday). Provider will respond to support requests as soon as reasonably practicable.

6.3 Provider Data comes partly from field observations and third-party sources. Provider will correct errors it becomes aware of, but does not warrant that Provider Data is complete or free from errors.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer and shall not use it for any other purpose, including its own analytics or products.

7.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and access logs. Customer's watch lists and positions shall not be visible to other customers of Provider.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate steps to contain it, and shall be liable for losses caused by its breach of this Clause.

7.4 At the end of the Agreement Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider owns Provider Data and the API.

8.2 The Custom Extracts, including the field mappings, connector code and dashboards built for Customer, belong to Customer, which may use, modify and have them maintained by third parties. Provider shall deliver their source code with Integration Acceptance.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's purchasing volumes, positions and strategies, and shall not disclose it to any third party without written consent, during the Agreement and for three years afterwards.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit or trading losses arising from Customer's decisions based on Provider Data.

10.2 Each party's aggregate liability under this Agreement shall not exceed two times the total fees stated in Clause 5.1, except for breach of Clauses 7 and 9, fraud or wilful misconduct.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the hosting or operation of the API, or any processing of Customer Data, without Customer's prior written consent. Provider's field observers and data partners who collect Provider Data are not subcontractors for this purpose.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. On termination by Customer for Provider's breach, Provider shall refund the subscription fee paid for the period after termination.

12.3 Clauses 2.2, 7, 8, 9 and 10 survive termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that the parties cannot settle by negotiation shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force.

14. GENERAL

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including civil unrest, severe weather affecting field collection, and failure of public networks.

14.2 This Agreement, with the Schedule, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Notices shall be sent by e-mail and courier to the addresses above.

SCHEDULE

Datasets: (1) coffee and sesame crop condition reports by district, weekly; (2) weather observations and ten-day forecasts for 48 growing districts, daily; (3) farm-gate and export prices for coffee, sesame, maize and beans, daily on business days; (4) warehouse stock and export shipment statistics, monthly; (5) historical data for the last ten seasons, as bulk files.

Custom Extracts: daily feed mapped to Customer's commodity codes; connector to Customer's trading system; purchasing dashboard for Customer's analysts.

Monthly API allowance: 2,000,000 calls. Overage rate: CNY 0.02 per 100 calls above the allowance.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

# ---------------------------------------------------------------- targets and labels
FILES = {
    "h714z01": ("h714z01_state_asset_warehouse_reallocation_platform.pdf", "zh", H714Z01),
    "h714z02": ("h714z02_stapler_plant_riveting_line_retrofit.docx", "zh", H714Z02),
    "h714z03": ("h714z03_brick_robotics_chain_booking_saas.txt", "zh", H714Z03),
    "h714z04": ("h714z04_mongolian_medicine_hospital_his_om.txt", "zh", H714Z04),
    "h714z05": ("h714z05_stone_carving_tracking_supplier_template.md", "zh", H714Z05),
    "h714e01": ("h714e01_warehouse_traceability_licence_arua_vendor.pdf", "en", H714E01),
    "h714e02": ("h714e02_field_service_saas_order_form_masaka_vendor.md", "en", H714E02),
    "h714e03": ("h714e03_cold_chain_sensors_monitoring_licence.docx", "en", H714E03),
    "h714e04": ("h714e04_managed_it_services_36_months.md", "en", H714E04),
    "h714e05": ("h714e05_commodity_data_api_subscription.txt", "en", H714E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order; then category, sla_clause, ld_stated, capped (goods only), deemed, contract_value, fee base,
# forum outside mainland China
T = {
    "h714z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False,
                 "PRC", G], "software", True, True, True, False, 2088000, 1180000, False),
    "h714z02": ([None, 1, True, "buyer", True, True, False, 0.1, None, 10, True, True, 24, 7, False, True, True,
                 "PRC", G], "hardware", True, True, True, False, 1206000, 1026800, False),
    "h714z03": ([99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, False, True,
                 False, "PRC", S], "cloud", True, True, None, False, 630000, None, False),
    "h714z04": ([99.95, 0.25, True, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, False,
                 False, False, "PRC", S], "services", True, True, None, False, 936000, None, False),
    "h714z05": ([None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 22, False, True, None,
                 None, G], "software", True, True, True, True, 1140000, 920000, False),
    "h714e01": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 9, False, True, False,
                 "Uganda", G], "software", True, True, True, False, 1756000, 1260000, True),
    "h714e02": ([99.95, 0.5, True, "buyer", True, True, True, 1000 / 1252000 * 100, 6 / 36 * 100, None, True, None,
                 None, None, True, True, False, "PRC", S], "cloud", True, True, None, False, 1252000, None, False),
    "h714e03": ([None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False,
                 "PRC", G], "hardware", True, True, True, False, 998000, 844000, False),
    "h714e04": ([None, 0.5, True, "buyer", False, True, True, 2000 / 2162000 * 100, 150, None, True, None, None, None,
                 False, False, False, "PRC", S], "services", True, True, None, False, 2162000, None, False),
    "h714e05": ([None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                 False, "PRC", S], "cloud", False, False, None, False, 914000, None, False),
}

DESIGN = {
    "h714z01": [],
    "h714z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "h714z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h714z04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "h714z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h714e01": ["CR-GOVERNING-LAW"],
    "h714e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
    "h714e03": [],
    "h714e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h714e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"h714z01": "low", "h714z02": "medium", "h714z03": "medium", "h714z04": "medium", "h714z05": "high",
               "h714e01": "low", "h714e02": "medium", "h714e03": "low", "h714e04": "high", "h714e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# policy thresholds (section 3)
AVAIL, P1H, LDMIN, CAPMIN, PREMAX, WARMIN, PWFMAX, TCOMAX = 99.9, 4, 0.05, 100, 30, 12, 15, 40


def tco_share(t, extra):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the
    itemised licence/hardware subtotal. Returns the post-warranty share in %, or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * extra["_base"]
    return fees / (extra["contract_value"] + fees) * 100


def derive(t, extra):
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1H:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LDMIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAPMIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREMAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or extra["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < WARMIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > PWFMAX):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra)
        if share is not None and share > TCOMAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or extra["_forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])", r"(?<![\d.])0?\.05\s*(%|％|per\s*cent|percent)", r"万分之五(?!十)",
    r"(?<![\d.])4\s*(个)?\s*(小时|hours?|hrs?\b|h\b)", r"(?<![十\d])四\s*(个)?\s*小时", r"(?i)\bfour[\s-]*hours?",
    r"(?<![\d.])12\s*(个)?\s*(月|-?\s*months?)", r"十二\s*个\s*月", r"(?i)twelve[\s-]*(calendar\s*)?months?",
    r"(?<![\d.])(15|30|40|100)(\.0+)?\s*(%|％|per\s*cent|percent)",
    r"百分之(十五|三十|四十|百|一百)(?![点\d])", r"(?i)\b(fifteen|thirty|forty|one\s*hundred)[\s-]*(per\s*cent|percent)",
    r"(?<![\d.])(15|30|40|100)(\.0+)?\s*percentage",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "四小时内", "12个月", "12 months", "twelve months", "12-month",
            "0.05%", "万分之五", "30%", "15 %", "40%", "100%", "百分之三十", "百分之十五", "thirty per cent",
            "十二个月", "4 h "]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "130%", "150%", "0.5%", "12小时", "万分之五十",
             "2015%"[:0] + "215%", "1.5%", "0.005%", "112 months", "14 hours", "400%", "3,000%"[:0] + "30 days"]
for s_ in MUST_HIT:
    assert any(rx.search(s_) for rx in RX), s_
for s_ in MUST_MISS:
    assert not any(rx.search(s_) for rx in RX), s_


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                hits.append((m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, lang, src) in FILES.items():
        vals, cat, sla, lds, capped, deemed, cv, base, forum = T[key]
        terms = dict(zip(KEYS, vals))
        extra = {"sla_clause": sla, "ld_stated": lds}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = cv
        calc = dict(extra, _base=base, _forum_outside=forum)
        rules = derive(terms, calc)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], key
        covered |= set(rules)
        # no label value on a threshold
        for k_, th in (("availability_pct", AVAIL), ("p1_response_hours", P1H), ("ld_rate_per_day_pct", LDMIN),
                       ("liability_cap_pct", CAPMIN), ("prepayment_pct", PREMAX), ("warranty_months", WARMIN),
                       ("post_warranty_fee_pct", PWFMAX)):
            assert terms[k_] is None or abs(terms[k_] - th) > 1e-9, (key, k_)
        share = tco_share(terms, calc)
        if share is not None:
            assert abs(share - TCOMAX) > 2, (key, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                 encoding="utf-8")
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}; rules {rules}; risk {risk(rules)}"
              + (f"; TCO share {share:.2f} %" if share is not None else ""))
        assert not hits, (name, hits[:5])
        assert lo <= n <= hi, (name, n)
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all", len(ALL_RULES), "rules covered")
