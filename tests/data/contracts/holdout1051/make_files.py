"""holdout1051: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
brief's checks (lengths, thresholds, derived rules against the design list, coverage of all 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:南屿市城市体检信息平台建设项目采购合同
P:合同编号：NYZJ-2026-CG-0417　　采购方式：公开招标（政府采购）
P:甲方（采购人）：南屿市住房和城乡建设局
P:乙方（供应商）：杭州衡域数智科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供城市体检信息平台软件（V3.5）永久使用许可，并按甲方需求完成定制开发，包括：城市体检指标体系管理、年度体检与专项体检模块、社区（街道）评估模块、问题清单与整治任务跟踪、住建业务系统及时空大数据平台数据接口、领导驾驶舱。
P:1.2 乙方负责平台的部署、数据治理、系统联调、培训及质保期内的维护服务。平台部署于甲方政务云，乙方不得另行搭建外部环境。
P:1.3 平台应支持国产操作系统、数据库及中间件，并与甲方统一身份认证平台对接，满足政务信息系统密码应用要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾万陆仟元整（¥2,106,000），为固定总价，含税及乙方完成本合同所需的全部费用。
P:2.2 分项价格：平台软件许可费1,160,000元（以下称“软件许可小计”）；定制开发费742,000元；实施部署及数据治理费168,000元；培训费36,000元。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即421,200元。
P:3.2 初步验收合格后15个工作日内，甲方支付合同总价的45%，即947,700元。
P:3.3 最终验收合格后15个工作日内，甲方支付合同总价的35%，即737,100元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款依财政国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署和全部定制功能开发，并提交初步验收申请。
P:4.2 乙方应于合同签订后10个工作日内提交项目实施方案，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.3 乙方应组建不少于8人的项目团队，其中项目经理、架构师及数据工程师须常驻甲方现场办公，直至最终验收。人员资质与投标文件不一致的，甲方有权要求更换。
P:4.4 乙方应为甲方及各区住建部门提供不少于3期集中培训，覆盖系统管理员、业务骨干及街道填报人员，并提交操作手册、管理员手册及培训课件。
P:4.5 合同签订后7个工作日内，乙方向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收：乙方完成部署及开发后，甲方组织功能测试。验收标准为：招标文件所列功能全部实现；指标体系可配置且计算结果与人工核算一致；数据接口连续7日运行无差错；并发200用户时页面平均响应时间不超过3秒。
P:5.2 最终验收：系统试运行60日，期间未发生一级故障，并通过第三方软件测评机构的功能、性能及安全测评、网络安全等级保护测评，甲方组织专家评审并出具最终验收报告。
P:5.3 平台上线、试运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质保与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过软件许可小计的9%，即每年不超过104,400元，该标准自质保期满起三年内不得上调。
P:6.3 维护服务内容包括故障处理、补丁升级、季度巡检及年度体检数据准备支持，具体以届时签订的维护合同为准，但不得低于本合同第七条的服务水平。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护且经甲方同意的时段除外）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或核心数据错误）30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，24小时内解决；三级问题在下一个工作日内处理。
P:7.3 乙方未达到上述要求的，一级故障响应或恢复每超时1小时扣减维护费用或履约保证金1,000元；月度可用率每低于约定值0.01个百分点，扣减2,000元。
H:第八条 知识产权
P:8.1 本项目定制开发形成的程序、源代码、接口、数据模型、指标算法配置及文档，其知识产权归甲方所有。乙方应在最终验收时移交全部源代码及技术文档。
P:8.2 平台软件原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台内的城市体检数据、业务数据及其衍生数据均属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计措施，运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方环境。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成损失的，乙方承担全部赔偿责任。
P:9.4 合同终止或履行完毕后，乙方应在10日内向甲方移交全部数据及配置资料，并删除其持有的任何副本，出具书面删除确认。乙方参与本项目的人员应签署保密与数据安全承诺书。
H:第十条 保密
P:10.1 乙方对履行本合同获知的甲方工作秘密、技术资料和未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方擅自更换项目经理或常驻人员的，每人次支付违约金5,000元。
P:11.3 乙方交付的系统不符合合同约定的，应无偿整改；给甲方造成损失的，应予赔偿。
P:11.4 甲方无正当理由逾期付款的，按应付未付金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包、转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除的，乙方应配合甲方完成数据移交和工作交接；甲方按已验收合格部分结算价款，已支付但未履行部分的款项由乙方退还。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力致使不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，可根据影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。
P:15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等法律效力。
P:15.3 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：南屿市住房和城乡建设局　　乙方（盖章）：杭州衡域数智科技有限公司
"""

SRC["z02"] = """T:生产线控制系统改造项目合同
P:合同编号：HX-SB-2026-118
P:甲方（买方）：浙江恒鲜电器有限公司（电动削皮器生产企业）
P:乙方（卖方）：宁波智控自动化工程有限公司
P:甲方三条电动削皮器总装线及一条电机装配线的控制系统老化，需进行改造。经询价比选，甲方确定乙方为供应商。双方依据《中华人民共和国民法典》，就控制系统改造的设备供货、软件许可、安装调试及相关服务订立本合同。
H:第一条 项目范围
P:1.1 乙方负责四条产线控制系统的整体改造，包括PLC及控制柜更换、伺服驱动系统更换、视觉检测单元加装、产线工业网络改造、产线监控软件部署，以及PLC程序、HMI画面和与甲方MES系统接口的开发。
P:1.2 改造须在甲方指定的停产窗口内分线实施，每条产线停产时间不超过5日，不得影响其余产线生产。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾贰万元整（¥1,820,000），含税、运输、保险、安装调试及培训等全部费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC及控制柜|4套|612,000
TB:2|伺服驱动器及伺服电机|56轴|394,000
TB:3|视觉检测单元（含相机、光源、工控机）|8套|218,000
TB:4|工业以太网交换机|12台|46,000
TB:5|产线监控软件永久许可|1套|210,000
TB:小计|软硬件小计|—|1,480,000
TB:6|安装、调试及产线联调|—|196,000
TB:7|PLC程序、HMI及MES接口开发|—|124,000
TB:8|培训|—|20,000
TB:合计|—|—|1,820,000
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即364,000元。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，即637,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 四条产线全部通过最终验收后15个工作日内，甲方支付合同总价的45%，即819,000元。
P:3.4 乙方每次请款前应向甲方开具等额增值税专用发票。甲方付款前，乙方应提交对应阶段的签收单或验收报告。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后45日内将全部设备运抵甲方工厂，并于到货后60日内完成四条产线的改造和联调。
P:4.2 乙方施工人员应遵守甲方安全生产管理制度，动火、登高、带电作业须办理审批手续。因乙方原因造成的人身伤害或财产损失由乙方负责。
P:4.3 乙方应在每条产线停产前7日提交切换方案，包括旧系统程序备份、新旧信号点位对照表、回退措施及人员安排，经甲方生产部和设备部书面确认后方可实施。切换失败的，乙方应在当班内恢复原系统运行。
P:4.4 乙方应派驻具有电气工程师资格的现场负责人，改造期间每日向甲方报告进度和安全情况。
H:第五条 验收
P:5.1 单线验收：每条产线改造完成后连续试生产72小时，节拍达到每分钟42台，视觉检测漏检率不高于0.2%，误判率不高于1%，设备无停机故障。
P:5.2 最终验收：四条产线全部单线验收合格并稳定运行30日，MES接口数据与实际产量核对一致，乙方提交竣工图纸、程序备份、设备说明书及操作手册，甲方出具最终验收报告。
P:5.3 设备安装完成、试生产或甲方使用，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
P:5.4 验收所需的测试物料由甲方提供，测试工具和检测仪器由乙方自备。验收记录由双方代表签字确认。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内设备及软件出现质量问题，乙方免费维修或更换，并免费提供软件升级。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的28%计取，即每年414,400元，在质保期满后三年内不变。维保内容包括定期巡检、备件更换、程序维护及故障处理。
P:6.3 乙方应在最终验收时向甲方提供一批常用备件（伺服驱动器、电源模块、通讯模块），清单经甲方确认，费用已含在合同价格中。乙方保证关键备件自最终验收起八年内持续供应。
P:6.4 乙方应为甲方设备维修人员及产线操作人员提供现场培训，培训不少于4期，每期不少于2天，培训后甲方人员应能独立完成常见故障处理和程序备份恢复。
H:第七条 服务响应
P:7.1 一级故障（导致整条产线停机）乙方应在1小时内响应，6小时内到达现场，10小时内恢复生产；二级故障（单工位异常）2小时内响应，24小时内处理完毕。
P:7.2 一级故障响应或恢复超时的，每超时1小时乙方向甲方支付1,000元；二级故障超时的，每超时1小时支付300元。
H:第八条 知识产权
P:8.1 乙方为本项目开发的PLC程序、HMI画面、视觉检测配方、MES接口程序及源代码归甲方所有，甲方可自行修改、复制和使用。乙方应在最终验收时移交完整程序备份和源代码。
P:8.2 产线监控软件的原有著作权归原权利人所有，甲方获得永久使用许可。
P:8.3 乙方保证所供设备和软件不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用，甲方因此遭受损失的，乙方应予赔偿。
H:第九条 数据安全
P:9.1 产线运行数据、质量数据、工艺参数和产量数据归甲方所有，乙方不得用于本合同以外的目的，不得向第三方提供。
P:9.2 乙方远程维护须经甲方审批，通过甲方指定的远程接入通道进行，全程记录操作日志；不得擅自在控制系统中设置远程后门或自动外传数据的功能。
P:9.3 因乙方原因导致数据泄露、程序被篡改或生产系统遭受网络攻击的，乙方应立即报告并协助处置，并赔偿甲方由此遭受的损失。
P:9.4 乙方在调试中使用的移动存储介质须经甲方杀毒检查，调试结束后不得留存甲方生产数据和程序副本。
H:第十条 保密
P:10.1 乙方对甲方的工艺参数、产品结构、产能及客户信息负有保密义务，未经甲方书面同意不得披露，保密期限至相关信息公开之日止。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二支付违约金。
P:11.2 因乙方原因造成甲方停产超出约定停产窗口的，乙方还应赔偿甲方的直接损失。
P:11.3 乙方交付的设备不符合技术规格的，甲方有权要求更换，因更换延误的期间按逾期交货处理。
P:11.4 甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目，也不得将PLC程序开发、视觉检测调试等核心工作分包。控制柜的电气配线如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供有关证明，可部分或全部免除责任。
H:第十六条 其他
P:16.1 本合同附件包括设备技术规格书、改造实施方案和验收测试大纲，与本合同具有同等效力。
P:16.2 本合同自双方签字盖章之日起生效，一式四份，双方各执二份。
P:甲方（盖章）：浙江恒鲜电器有限公司　　乙方（盖章）：宁波智控自动化工程有限公司
"""

SRC["z03"] = """门店预约与会员管理系统服务合同

合同编号：BQ-IT-2026-031
甲方：上海积木星球教育科技有限公司（乐高机器人及积木搭建培训连锁，直营门店30家）
乙方：苏州课云信息技术有限公司

鉴于甲方需要为其30家门店统一部署课程预约、排课、会员及课时管理系统，乙方以SaaS方式提供“课云门店通”系统并负责实施。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方提供“课云门店通”SaaS服务，功能包括：家长端微信小程序预约与签到、门店排课与教室资源管理、会员卡与课时包管理、续费提醒、教师课时统计、经营报表及总部驾驶舱。
1.2 乙方负责实施服务：30家门店的系统开通与参数配置、历史会员及课时数据迁移、甲方品牌小程序配置、与甲方现有收银系统及企业微信对接、总部和门店人员培训。
1.3 服务期为两个服务年度。第一服务年度自系统上线验收合格之日起算，第二服务年度自第一服务年度届满次日起算，每个服务年度均至次年对应日前一日止。

2. 费用
2.1 年度订阅费按门店计收，每家门店每个服务年度6,800元，30家门店每个服务年度合计204,000元，两个服务年度合计408,000元。
2.2 实施费为一次性费用56,000元。
2.3 本合同总金额为人民币464,000元（含税）。服务期内甲方新增门店的，按每店每个服务年度6,800元按月折算计费。
2.4 服务期内门店闭店或迁址的，甲方应提前30日通知乙方，闭店门店自下一个自然月起不再计收订阅费，已支付的费用在下一期订阅费中抵扣。

3. 付款
3.1 实施费在系统上线验收合格后15个工作日内一次付清。
3.2 每个服务年度的订阅费在该服务年度开始后10个工作日内支付。
3.3 乙方应在收款前开具增值税专用发票，发票信息以甲方书面提供的为准。

4. 实施与验收
4.1 乙方应在合同签订后35日内完成全部门店的开通、配置和数据迁移，并提交上线验收申请。
4.2 上线验收标准：历史会员、课时余额及有效期数据与甲方提供的清单逐条核对一致；预约、签到、扣课、退课、续费流程在全部门店实测通过；收银系统对接后流水与课时变动核对一致；小程序在高峰时段（500人同时预约）页面响应不超过2秒。
4.3 甲方在收到验收申请后10个工作日内组织验收，验收合格的出具上线验收单。门店试用或甲方支付部分费用不视为验收合格。
4.4 乙方应为甲方总部运营人员和每家门店至少2名前台及教务人员提供培训，形式包括集中线上培训和分片区现场培训，并提供操作视频、常见问题手册。新门店开业的，乙方在开业前免费完成开通和培训。
4.5 乙方应指定一名实施项目经理和一名客户成功经理作为甲方的固定对接人，实施期间每周提交进度报告。
4.6 乙方逾期完成上线的，每逾期一日，按本合同总金额的千分之一向甲方支付违约金。

5. 服务水平
5.1 乙方保证系统月度可用率不低于99.5%。可用率按当月总分钟数扣除不可用分钟数计算，经甲方事先同意的计划维护时间除外，计划维护应安排在夜间22点至次日6点。
5.2 故障分级：一级故障指系统整体不可用、预约或扣课功能在多家门店无法使用；二级故障指单一门店或单一功能异常；三级为一般咨询。
5.3 一级故障30分钟内响应，3小时内恢复；二级故障1小时内响应，8小时内解决；三级问题1个工作日内答复。
5.4 月度可用率低于约定值的，按差额对应比例在下一期订阅费中给予服务抵扣；一级故障恢复每超时1小时，抵扣500元。当月抵扣额累计不超过当月订阅费。
5.5 乙方应每月向甲方提交服务报告，列明当月可用率、故障记录、处理时长及抵扣金额，甲方对报告有异议的，双方以系统监控日志为准核对。
5.6 乙方在服务期内免费提供系统功能升级。升级涉及门店操作流程变化的，应提前10日通知甲方并提供培训材料，重大升级应安排在非周末时段进行。

6. 数据与安全
6.1 甲方会员、学员、家长信息、课时及交易数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于任何其他目的，不得出售或向第三方提供。
6.2 系统部署于境内云服务器，数据加密传输和存储，乙方应建立访问控制、操作日志和每日备份机制，系统通过网络安全等级保护二级测评。
6.3 涉及未成年人个人信息的，乙方应按照《个人信息保护法》及未成年人个人信息保护的相关规定处理，未经监护人同意不得用于营销。
6.4 发生数据泄露或安全事件的，乙方应在2小时内通知甲方，并采取补救措施；因乙方原因造成甲方损失的，乙方承担赔偿责任。
6.5 合同终止后15日内，乙方应按甲方要求导出全部数据交付甲方，并删除系统中的甲方数据。
6.6 乙方员工访问甲方数据须经授权并留存日志，客服人员仅可查看处理工单所必需的信息。

7. 知识产权
7.1 “课云门店通”系统的知识产权归乙方所有。
7.2 乙方为甲方定制的报表模板、品牌小程序页面设计、数据迁移脚本及接口程序归甲方所有，甲方可自行使用、修改或交由第三方使用。

8. 保密
8.1 双方对在合作中知悉的对方商业秘密，包括课程体系、定价策略、经营数据和技术资料，负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内持续有效。

9. 委托第三方
9.1 乙方可将短信通道、云资源托管及部分门店的现场实施工作委托第三方完成，但应提前5个工作日书面通知甲方。乙方对第三方的行为承担责任。

10. 续期
10.1 服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。
10.2 续期时乙方有权根据市场情况调整年度订阅费，调整幅度不超过上一服务年度费用的10%，乙方应在服务期满前45日书面告知甲方调整后的价格。

11. 违约与解除
11.1 乙方严重违反本合同，或连续两个月可用率低于约定值，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还未使用服务期对应的订阅费。
11.2 甲方逾期付款超过30日，经乙方催告后仍未支付的，乙方可暂停服务。
11.3 本合同终止或期满不再续期的，乙方应提供不少于30日的过渡期，保持系统只读访问，并协助甲方将数据迁移至甲方指定的系统，过渡期内不另行收费。
11.4 乙方违反第6条约定的，除赔偿损失外，甲方有权立即解除合同。

12. 法律适用与争议
12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

13. 其他
13.1 因不可抗力导致任何一方不能履行本合同的，该方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。云服务商区域性故障不属于不可抗力。
13.2 双方指定的联系人及联系方式见附件，一方变更联系人的，应提前3个工作日书面通知对方。
13.3 附件：门店清单、功能清单、数据迁移清单。
13.4 本合同经双方盖章后生效，一式两份，双方各执一份。

甲方（盖章）：上海积木星球教育科技有限公司
乙方（盖章）：苏州课云信息技术有限公司
签订日期：2026年11月20日
"""

SRC["z04"] = """清河市城区积水点监测系统运行维护服务合同

项目编号：QHSW-2027-CS-006
采购方式：竞争性磋商
甲方（采购人）：清河市水务局
乙方（成交供应商）：江西汇川水信息科技有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就清河市城区积水点监测系统2027年度运行维护服务订立本合同。

一、服务范围
（一）运维对象：城区86个易涝积水点的液位监测终端、视频监控点、太阳能供电及通信模块，积水监测预警平台（含手机端和大屏端），以及与市防汛指挥系统、气象数据的接口。
（二）服务内容：设备日常巡检与清淤维护、故障维修与部件更换、平台软件维护与数据核查、汛期值守与应急保障、年度设备校准、运维台账与报告编制。
（三）服务期限：2027年1月1日起至2027年12月31日止。

二、服务费用
（一）本合同总价为人民币伍拾壹万贰仟肆佰元整（¥512,400），包括：监测点运维费309,600元（86个点，每点每年3,600元）；平台运维费96,000元；汛期驻场保障费64,800元；备品备件包干费42,000元。
（二）上述价格为包干价，含人工、交通、检测仪器、备件、税费等全部费用，服务期内不作调整。

三、付款方式
（一）服务费按季度支付。每季度结束后，甲方根据本合同第七部分的考核结果，在15个工作日内支付该季度服务费（合同总价的四分之一），扣除当季应扣减的金额。
（二）乙方应在每次请款时提交季度运维报告、考核表及发票。
（三）乙方应在合同签订后5个工作日内提交合同总价5%的履约保证金，服务期满验收合格后15个工作日内无息退还。

四、服务要求
（一）巡检：每个监测点每月至少现场巡检1次，汛期（5月至9月）每月至少2次；每次巡检应清理传感器淤泥、检查供电及通信，并留存带定位的照片记录。巡检发现设施被占压、损毁或被盗的，乙方应当日报告甲方并协助处理。
（二）数据：平台数据每5分钟更新一次，乙方每日核查数据完整性，发现异常数据应在当日标注并处理。
（三）校准：每年汛前完成全部液位计的现场比测校准，误差超过±2厘米的应校准或更换。
（四）汛期保障：汛期内乙方安排不少于3名技术人员在甲方指定地点驻场值守；气象部门发布暴雨橙色及以上预警时，乙方应安排应急小组24小时在岗。
（五）应急处置：暴雨期间，乙方应根据甲方调度，对重点积水点开展人工复核，及时拍摄现场照片上传平台，协助甲方核实积水深度和范围，并在雨后24小时内完成受影响设备的检查和恢复。
（六）备品备件：乙方应在清河市城区设立备件库，常备液位计、通信模块、蓄电池、太阳能板等易损件，备件数量不少于在用设备的8%；更换下的旧设备由乙方登记后交还甲方处理。
（七）报告：乙方每月5日前提交上月运维月报，汛期每日提交值守日报；每次强降雨过程结束后3日内提交专题报告，说明设备运行、数据质量和发现的问题及建议。
（八）应急演练：汛前乙方应配合甲方开展不少于1次防汛应急演练，检验监测、预警推送及人员响应流程。

五、人员要求
（一）乙方应组建专职运维团队，项目负责人应具有中级及以上职称和3年以上水务信息化运维经验，团队不少于6人，人员名单作为本合同附件。
（二）乙方更换项目负责人的，应提前10日书面申请并经甲方同意；更换其他人员的，应提前告知甲方，替换人员的资历不得低于原人员。
（三）乙方人员在道路上作业时，应按规定设置安全警示标志，做好交通安全防护，由此发生的安全责任由乙方承担。

六、故障响应
（一）一级故障：平台整体无法访问、预警推送中断，或汛期内3个以上监测点同时离线。乙方应在6小时内响应并派员处理，24小时内恢复。
（二）二级故障：单个监测点离线或数据异常。乙方应在12小时内响应，48小时内修复。
（三）乙方每超出响应或修复时限一次，甲方在当季服务费中扣减500元；因乙方原因导致预警漏报的，每次扣减3,000元。

七、考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括巡检完成率、故障处理时效、数据完整性、台账完整性及汛期值守情况，考核细则见附件。季度考核得分低于80分的，扣减当季服务费的5%。
（二）服务期满后，甲方组织年度验收，验收标准为：全部监测点设备完好并正常上传数据；全年巡检记录完整；校准报告齐全；运维档案和设备台账已移交。验收合格后出具验收意见。
（三）年度验收不合格的，乙方应在20日内整改；整改后仍不合格的，甲方有权从履约保证金中扣除相应金额，用于委托第三方完成整改。
（四）服务期满，乙方应向甲方或甲方指定的后续服务单位完成交接，包括设备台账、账号密码、备件清单、运维记录及未闭环问题清单，并在交接后10日内继续提供必要的技术咨询。

八、数据与安全
（一）监测数据、视频资料、平台配置及运维记录均归甲方所有，乙方仅为履行本合同使用，不得对外提供或发布。
（二）乙方应落实网络安全责任：平台账号实行实名管理和最小权限，运维操作通过甲方指定的堡垒机进行并留存日志，不得擅自开放外网端口；发生网络安全事件的，应在1小时内报告甲方并配合处置。
（三）因乙方原因造成数据丢失、泄露或系统被攻击的，乙方承担相应赔偿责任。
（四）乙方不得在个人设备上存储监测数据和视频资料；服务期满交接完成后，乙方应删除其掌握的全部甲方数据，并出具书面说明。

九、保密
乙方对履行合同中知悉的防汛工作信息、设施分布、系统账号及其他未公开信息负有保密义务，不得向任何第三方披露，合同终止后仍然有效。

十、知识产权
乙方在服务中形成的运维报告、台账、数据核查记录及对平台所作的配置调整成果归甲方所有。

十一、分包
乙方不得转包或分包本合同服务。

十二、违约责任
（一）乙方未按本合同约定时间进场开展服务或未按期完成汛前校准的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方服务不符合要求的，甲方按本合同第六、七部分扣减服务费，并可要求乙方限期整改。
（三）合同履行期间，任何一方不得单方解除合同。乙方违约的，甲方可要求其继续履行、限期整改并按本合同扣减服务费或支付违约金，但不得以此为由解除合同。
（四）乙方人员在作业中造成第三方人身或财产损害的，由乙方自行承担责任；甲方因此被第三方索赔的，乙方应予补偿。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，依法向清河市人民法院提起诉讼。

十四、其他
（一）因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，可部分或全部免除责任。汛期暴雨本身不属于不可抗力，乙方应按本合同做好应急保障。
（二）本合同附件包括：监测点位清单、设备清单、季度考核细则、人员名单，附件与本合同具有同等效力。
（三）本合同自双方签字盖章之日起生效。
（四）本合同一式五份，甲方三份，乙方一份，采购代理机构一份。

甲方（盖章）：清河市水务局
乙方（盖章）：江西汇川水信息科技有限公司
"""

SRC["z05"] = """# 匠迹工序追踪系统软件许可及定制开发合同

**匠迹软件标准合同文本（2026版）**

合同编号：JJ-2026-1127

甲方（用户）：扬州葫芦匠心雕刻工作室

乙方（供应商）：南京匠迹软件有限公司

甲方因经营需要，购买乙方“匠迹工序追踪系统”软件使用许可，并委托乙方进行定制开发。双方本着平等自愿的原则，经协商一致，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工序追踪系统”标准版软件使用许可（5个用户，永久许可），功能包括：原料葫芦入库登记、选料分级、工序派工、工序报工与耗时统计、成品登记、库存查询。

1.2 乙方根据甲方需求进行定制开发，内容包括：葫芦雕刻工序模板（选葫、晾晒、打磨、起稿、雕刻、烙画、上色、上蜡、配穗）、每件作品的批次二维码及溯源页面、作品照片档案、与甲方微店及小程序店铺的订单接口。

1.3 系统支持电脑端和手机端使用，工作室工匠可在手机上扫码报工、上传作品照片。

1.4 乙方负责软件的安装部署及对甲方人员的操作培训。培训以远程视频方式进行，共2次，每次不超过3小时；现场培训另行收费。

1.5 软件运行所需的服务器、电脑、手机、扫码枪、标签打印机及网络环境由甲方自行准备，须符合乙方提供的配置要求。因甲方硬件或网络不符合要求导致系统无法正常运行的，乙方不承担责任。

## 第二条 合同价款

本合同总价为人民币玖万捌仟元整（¥98,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工序追踪系统标准版软件许可 | 5用户 | 38,000 |
| 2 | 定制开发（工序模板、二维码溯源、照片档案、店铺接口） | 1项 | 52,000 |
| 3 | 安装部署及培训 | 1项 | 8,000 |
| | 合计 | | 98,000 |

上述价款含税。甲方后续增加用户的，每增加1个用户按乙方届时报价另行计费。定制开发范围以双方确认的需求清单为准，超出需求清单的开发内容另行报价。

## 第三条 付款方式

3.1 本合同签订后3个工作日内，甲方向乙方支付合同总价的65%，即63,700元，乙方收款后启动开发工作。

3.2 软件安装部署完成后5个工作日内，甲方支付合同总价的35%，即34,300元。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停全部服务。

## 第四条 交付

4.1 乙方在收到首期款后60个工作日内完成定制开发并进行安装部署。因甲方需求变更、提供资料不及时或配合不到位导致延期的，交付期限相应顺延。

4.2 乙方将根据项目情况尽力按期交付，但不对具体上线日期作出保证。

4.3 甲方应在合同签订后10日内提供工序流程说明、作品分类、历史作品照片及店铺接口所需的授权信息，并指定一名联系人负责需求确认。甲方对需求清单签字确认后提出的修改，视为需求变更。

## 第五条 验收

5.1 软件安装部署完成后，乙方向甲方演示主要功能，演示完成即视为甲方验收合格。

5.2 甲方在部署完成后开始使用系统的，视为对软件质量无异议。

5.3 甲方对演示的功能有意见的，应在演示当日提出，乙方可在后续版本中酌情改进，但不影响验收结论及尾款支付。

## 第六条 免费维护

6.1 乙方自软件安装部署完成之日起提供三个月的免费维护服务，内容包括软件缺陷修复和远程操作指导。

6.2 免费维护期内，甲方遇到紧急问题（系统无法登录、报工无法提交）的，乙方在24小时内响应；一般问题在3个工作日内答复。

6.3 乙方按上述时限尽力处理问题，但响应或处理超时的，乙方不承担扣款、赔偿或违约金等任何责任。

6.4 因甲方操作不当、擅自修改数据库、电脑病毒或自然灾害导致的问题，不属于免费维护范围，乙方可另行收费。

6.5 二维码溯源页面由乙方云服务器托管，免费维护期内不另收托管费；免费维护期满后，托管费用按第七条的维护协议另行约定。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的维护服务价格标准执行。

7.2 甲方未签订年度维护协议的，乙方不再提供任何技术支持，系统升级、接口调整均需另行付费。

7.3 乙方有权根据产品发展调整维护服务内容和价格标准，并在官网公布，公布后即对续签的维护协议生效。

## 第八条 知识产权

8.1 “匠迹工序追踪系统”及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的工序模板、二维码溯源程序、照片档案模块、店铺接口程序及其源代码，知识产权均归乙方所有。甲方在本合同约定的用户数范围内享有非独占的使用权，不得修改、反编译，不得提供给第三方使用。

8.3 乙方有权将定制开发成果用于其他客户的项目。

## 第九条 数据

9.1 甲方在系统中录入的作品信息、客户信息、订单及工序数据归甲方所有，乙方仅为提供本合同服务而使用，不得用于其他目的。

9.2 乙方为甲方系统数据提供每日自动备份，数据传输采用加密方式；乙方技术人员远程登录甲方系统须经甲方同意。因乙方原因导致甲方数据丢失或泄露的，乙方应在知悉后及时通知甲方，协助恢复数据，并承担相应赔偿责任。

9.4 合同终止后，甲方可在30日内申请导出其数据，乙方以电子表格格式提供；逾期未申请的，乙方有权删除相关数据。

9.3 甲方应妥善保管账号和密码，定期修改密码，工匠离职时及时停用其账号；因甲方账号管理不善造成的损失由甲方自行承担。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方交付延误的，应采取补救措施，尽快完成交付，并向甲方说明延误原因和预计完成时间。

10.3 乙方在本合同项下承担的全部赔偿责任累计不超过合同总价的50%，且乙方不对甲方的利润损失、商誉损失及其他间接损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后15日内仍未改正的，守约方有权解除本合同。

11.2 合同解除后，乙方已完成的开发工作对应的费用，甲方应予结算；甲方已支付的首期款不予退还。

11.3 合同解除或终止后，甲方应停止使用定制开发成果；标准版软件的永久许可在甲方付清全部款项的前提下继续有效。

## 第十二条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为、电信或云服务商故障等不能预见、不能避免的原因导致合同不能履行的，受影响方不承担责任。

## 第十四条 通知

双方的通知可通过本合同所列地址、电子邮件或微信工作群发送，发出即视为送达。一方变更联系方式的，应及时通知对方。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

甲方（签章）：扬州葫芦匠心雕刻工作室

乙方（签章）：南京匠迹软件有限公司

签订日期：____年____月____日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. TSL-CN-2026-014
P:This Software Licence and Services Agreement is made between Ningbo Hengrui Precision Bearing Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Ningbo, Zhejiang (the "Customer"), and Tahquamenon Software Systems, Inc., a Michigan corporation with its principal office in Newberry, Michigan, United States of America (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's QualiTrace inspection planning and quality records software and to have the Vendor configure, integrate and deploy it at the Customer's plant. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrace software in object code, version 8.2, with its standard modules for inspection planning, gauge management, statistical process control, non-conformance handling and supplier quality, and the related user documentation.
P:1.2 "Custom Deliverables" means all configurations, report templates, interface programs, data conversion scripts and related source code that the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including inspection results, measurement records, drawings and supplier records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 160 named users and 40 shop-floor terminals at the Customer's sites in the People's Republic of China, for its internal business purposes and those of its affiliates.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 Title to the Software remains with the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 1, including installation on the Customer's servers, configuration of inspection plans for the Customer's 11 product families, data conversion from the Customer's existing spreadsheets and legacy database, interfaces to the Customer's ERP and to 26 coordinate measuring machines and gauges, and training of key users and administrators. Training shall be delivered at the Customer's plant in Chinese, in sessions of no more than 15 participants, and the Vendor shall provide bilingual training materials and administrator manuals.
P:3.2 The Vendor shall appoint a project manager fluent in Chinese and English, who shall be on site during installation, integration testing and go-live. The Vendor shall not replace the project manager without the Customer's prior written approval, which shall not be unreasonably withheld.
P:3.3 The Vendor shall complete installation within 45 days and submit the system for acceptance testing within 120 days after the Effective Date.
H:Article 4 Prices and Payment
P:4.1 The total Contract Price is CNY 1,900,000, inclusive of all taxes, consisting of: Software licence fee CNY 1,260,000; implementation and configuration CNY 384,000; interfaces and data conversion CNY 208,000; training CNY 48,000. The Contract Price is fixed.
P:4.2 The Customer shall pay: (a) 10% of the Contract Price within 20 days after signature, against the Vendor's invoice; (b) 55% within 20 days after go-live, which does not constitute acceptance; and (c) the remaining 35% within 20 days after Final Acceptance.
P:4.3 All amounts are invoiced and paid in CNY to the bank account in China designated by the Vendor.
H:Article 5 Acceptance
P:5.1 The parties shall agree an acceptance test plan within 30 days after the Effective Date. The acceptance criteria include: all functions listed in Annex 1 perform as specified; converted records reconcile with the source data; all ERP and gauge interfaces run for 15 consecutive working days without error; screen response time does not exceed 2 seconds with 120 concurrent users; and no Severity 1 or Severity 2 defect remains open.
P:5.2 Installation, go-live, productive use of the Software or payment of any instalment shall not be deemed acceptance.
P:5.3 When all criteria are met, the Customer shall issue a written Final Acceptance certificate within 10 working days. If the tests fail, the Vendor shall correct the defects at its cost and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide corrections, updates, new versions and technical support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable or inspection records cannot be saved) shall be responded to within one hour and resolved or worked around within eight hours. Severity 2 incidents shall be responded to within two hours and resolved within two working days.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or resolution time, the Vendor shall pay CNY 1,200 as a service credit, deducted from any amount payable or paid on demand.
P:6.4 After the Warranty Period, the Customer may order annual support at a fee of 11% of the Software licence fee, that is CNY 138,600 per year. This fee is fixed for the first three support years and thereafter may be adjusted only by written agreement. Support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance. The Customer may use, modify and license them freely.
P:7.2 The Vendor keeps its rights in the Software and its pre-existing tools. The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Software is installed on the Customer's premises. Remote access by the Vendor requires the Customer's approval for each session, shall be made through the Customer's VPN with multi-factor authentication, and shall be logged. The Vendor shall not copy Customer Data outside the Customer's systems.
P:8.3 The Vendor shall comply with the data protection and data security laws of the People's Republic of China, including the Personal Information Protection Law and the Data Security Law. The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, shall take all reasonable remedial measures, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including drawings, process parameters, prices and the terms of this Agreement, and shall use it only for this Agreement. This obligation survives for three years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 3.3, the Vendor shall pay delay damages of CNY 1,600 for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to infringement claims, breach of Article 8 or Article 9, wilful misconduct, or personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:12.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid for work not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Michigan, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute shall be submitted to the state or federal courts located in the State of Michigan, and each party submits to their jurisdiction.
H:Article 14 Force Majeure and Notices
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or acts of government, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Payment obligations are not excused. If such an event continues for more than 60 days, either party may terminate the affected part of this Agreement by written notice.
P:14.2 Notices shall be in writing and delivered by courier or by e-mail with confirmation of receipt to the addresses stated on the signature page.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English in two originals.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# Keweenaw Cloud Labs, Inc. — Subscription Order Form

**Order Form No. KCL-OF-2026-0388**

Provider: Keweenaw Cloud Labs, Inc., 318 Fifth Street, Calumet, Michigan, United States of America ("Provider")

Customer: Chengdu Tianfu Cold Chain Logistics Co., Ltd., Shuangliu District, Chengdu, Sichuan, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Terms) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER TERMS

### A1. Subscribed Service

Provider shall provide its ShiftWise warehouse labour planning service (the "Service") to Customer: demand forecasting of inbound and outbound volumes, shift planning, task assignment through handheld devices, labour productivity dashboards and payroll hour exports. The Service is hosted for Customer in Provider's mainland China environment, operated on Alibaba Cloud (Shanghai region) by Provider's hosting provider named in A6.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months, beginning on the date of Go-Live Acceptance under A5 and made up of two Subscription Years. The Subscription Term ends at the end of the second Subscription Year. Any extension requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| ShiftWise Professional, Subscription Year 1 | 180 named users | 1,450 per user per year | 261,000 |
| ShiftWise Professional, Subscription Year 2 | 180 named users | 1,450 per user per year | 261,000 |
| Onboarding: configuration of 9 warehouses, WMS and HR interfaces, data import, training | one-time | 46,000 | 46,000 |
| Premium support (24x7 for Severity 1) | included | — | 0 |
| **Total Contract Value** | | | **568,000** |

Prices include VAT. Additional users may be added at the same unit price, pro rata for the remainder of the Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice.

(b) The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice.

(c) No fee is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding and make the Service ready for acceptance testing within 50 days after signature of this Order Form (the "Target Ready Date").

(b) Customer shall test the Service within 10 working days. Go-Live Acceptance requires that: shift plans are produced for all 9 warehouses; WMS task data and HR roster data are exchanged correctly for 5 consecutive working days; handheld task assignment works at every warehouse; and labour hour exports reconcile with the payroll test file. Customer shall sign a Go-Live Acceptance certificate when these criteria are met.

(c) If the Service is not ready for acceptance testing by the Target Ready Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

### A6. Hosting Provider and Contacts

Approved hosting provider: Shanghai Yunzhan Data Services Co., Ltd. (data centre in Shanghai). Customer contact: IT Director. Provider contact: Account Director, Asia.

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least 3 days in advance and performed between 01:00 and 05:00 Beijing time.

1.2 Severity 1 incidents (the Service is unavailable or shift plans cannot be published) shall be responded to within 30 minutes and restored within six hours. Severity 2 incidents shall be responded to within two hours.

1.3 If monthly availability falls below the level in 1.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of it, of shortfall, up to the full monthly equivalent. Credits are applied to the next invoice or paid at the end of the Subscription Term.

1.4 Provider shall report availability and incidents to Customer every month, including the cause of each Severity 1 incident and the measures taken to prevent it from recurring. Customer may request a review meeting with Provider's service manager each quarter.

### 2. Customer Data

2.1 All data that Customer or its users submit to the Service, and all outputs of the Service generated from it ("Customer Data"), belong to Customer.

2.2 Provider processes Customer Data to provide the Service to Customer.

2.3 Notwithstanding 2.1, Provider may collect, aggregate and de-identify data derived from Customer Data, including volumes, task times and productivity figures, and may use such aggregated and de-identified data, during and after the Subscription Term, to train its forecasting models, improve and develop its products, and publish industry benchmarks, provided that Customer is not identified.

### 3. Data Security

3.1 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, log all administrative access, and keep daily backups for 30 days.

3.2 The hosting environment has completed MLPS Level 3 filing. Provider shall comply with the Personal Information Protection Law and the Data Security Law.

3.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, cooperate in its investigation, and bear responsibility for losses caused by Provider's failure to comply with this Section 3.

3.4 On expiry or termination, Provider shall make Customer Data available for export for 30 days and then delete it from the Service and confirm the deletion in writing.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service and its software.

4.2 The warehouse configurations, interface mappings and reports created specifically for Customer during onboarding belong to Customer, which may use, modify and license them freely, including with another provider.

### 5. Confidentiality

Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for this Order Form, and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. This obligation lasts for three years after the end of the Subscription Term.

### 6. Subcontracting

Provider shall not subcontract the performance of the Service, other than to the hosting provider named in A6, without Customer's prior written consent. Provider is responsible for its subcontractors.

### 7. Support and Customer Responsibilities

7.1 Provider shall provide support in Chinese and English through a ticket portal, e-mail and a hotline. Severity 1 support is available at all times; other requests are handled between 08:30 and 18:00 Beijing time on working days.

7.2 Customer is responsible for the accuracy of the data it submits, for keeping user credentials secure, and for the handheld devices and local network in its warehouses.

7.3 Provider warrants that the Service will perform materially in accordance with its documentation and that it will not materially reduce the functions of the Service during the Subscription Term. If the Service does not so perform, Provider shall correct it without charge.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

8.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

8.3 The limit in 8.2 does not apply to Customer's payment obligations.

### 9. Term and Termination

9.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, under its rules in force at the time of application.

### 11. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunications networks, provided that it notifies the other party promptly. A failure of Provider's hosting provider is not force majeure unless it is itself caused by such an event.

### 12. General

This Order Form is the entire agreement between the parties on its subject matter. Changes must be agreed in writing. Neither party may assign this Order Form without the other party's written consent. Notices shall be sent by e-mail and courier to the contacts named in A6. This Order Form is signed in English, in two originals, and each party signs through its authorised representative.

Signed for Provider: ____________________ Signed for Customer: ____________________
"""

SRC["e03"] = """T:Purchase Agreement for Condition Monitoring Sensors and Software
P:Contract No. GXHZ-EQ-2026-072
P:Buyer: Guangxi Hezhou Huayuan Paper Co., Ltd., Hezhou, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer")
P:Supplier: Ojibwa Bay Instruments LLC, L'Anse, Michigan, United States of America, acting through its appointed importer of record in Guangzhou (the "Supplier")
P:This Agreement is made on the Buyer's standard terms for equipment purchases. The Buyer buys, and the Supplier sells, installs and commissions, wireless condition monitoring sensors, gateways and a perpetual monitoring software licence for the Buyer's two paper machines and pulp line, as follows.
H:1. Scope
P:1.1 The Supplier shall supply 320 wireless vibration and temperature sensors, 24 gateways and a perpetual licence to its MillSense monitoring software, and shall install, configure and commission them on the motors, pumps, fans, gearboxes and dryer rolls listed in Annex 1.
P:1.2 The Supplier shall build alarm thresholds and analysis dashboards for each monitored asset class, integrate the software with the Buyer's maintenance management system so that alarms create work orders, and train the Buyer's maintenance and reliability staff.
P:1.3 Training shall consist of three sessions at the mill: one for maintenance technicians on sensor mounting and battery replacement, one for reliability engineers on vibration analysis in the software, and one for system administrators. The Supplier shall provide training materials in Chinese.
P:1.4 The software shall be installed on servers in the Buyer's own data room. No cloud service is included.
H:2. Contract Price
P:2.1 The total Contract Price is CNY 1,520,000, including VAT, customs duties, delivery to the Buyer's mill, installation and training. The price is fixed and is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated|320|2,150|688,000
TB:2|Gateway with industrial Ethernet uplink|24|9,800|235,200
TB:3|MillSense monitoring software, perpetual licence (400 assets)|1|412,000|412,000
TB:|Hardware and Licence Subtotal|||1,335,200
TB:4|Installation, commissioning and integration|1 lot||156,800
TB:5|Training (three sessions on site)|1 lot||28,000
TB:|Total Contract Price|||1,520,000
H:3. Payment
P:3.1 The Buyer shall pay 20% of the Contract Price (CNY 304,000) within 15 working days after signature, against an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 45% of the Contract Price (CNY 684,000) within 15 working days after delivery and installation of all sensors and gateways, as confirmed by a signed installation record. The installation record does not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 532,000) within 15 working days after Final Acceptance.
P:3.4 Within 10 working days after signature, the Supplier shall provide a performance guarantee of 5% of the Contract Price issued by a bank in mainland China, valid until the end of the warranty period.
P:3.5 Each payment is subject to the Supplier's valid VAT invoice. All payments are made in CNY.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's mill within 70 days after signature and complete installation within 40 days after delivery, working during the planned machine shutdowns notified by the Buyer.
P:4.2 The Supplier's personnel shall comply with the Buyer's safety rules, including permit-to-work, lock-out and hot-work procedures.
P:4.3 The equipment shall be new, of current production, packed for sea and road transport and marked with the Buyer's contract number. The Supplier is responsible for export and import clearance, and the equipment shall carry all certifications required for use in explosion-risk areas of a paper mill in China.
P:4.4 If the Supplier delays delivery or completion of installation for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate this Agreement.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a trial operation of 45 days following installation. The acceptance criteria are: every sensor reports data to the software at its configured interval; packet loss does not exceed 0.5% on any gateway; measured vibration values agree with the Buyer's portable reference analyser within ±5% on the sample points in Annex 2; alarms generate work orders in the maintenance system within 60 seconds; battery life projections meet the specification; and all documentation, including the asset list, alarm settings and user manuals, has been delivered.
P:5.2 Delivery, installation, trial operation and use by the Buyer do not constitute acceptance. The Buyer shall sign the Final Acceptance certificate within 10 working days after the criteria have been met. If any criterion is not met, the Supplier shall remedy the defects at its cost and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the sensors, gateways and software for thirty-six (36) months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including batteries that fail before their specified life, and shall provide software updates and support.
P:6.2 Severity 1 faults (the software is down or more than 20 sensors stop reporting) shall be responded to within one hour, remotely or by telephone, with an engineer on site within 24 hours if needed. Other faults shall be responded to within one working day.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall pay CNY 1,200, deducted from the next payment or from the performance guarantee.
P:6.4 After the warranty period, the Supplier shall provide annual support, if the Buyer orders it, at 8% of the Hardware and Licence Subtotal, that is CNY 106,816 per year. This fee is fixed for the two years following the warranty period. Support continues only if the Buyer places a written order each year.
P:6.5 The Supplier shall keep spare sensors and gateways equal to at least 3% of the installed quantity at its importer's warehouse in Guangzhou during the warranty period, so that replacements reach the mill within three days.
H:7. Intellectual Property
P:7.1 The alarm configurations, analysis dashboards, integration programs and their source code developed for the Buyer under this Agreement belong to the Buyer, which may use, modify and license them freely.
P:7.2 The Supplier retains its rights in the MillSense software and the sensor firmware and grants the Buyer a perpetual licence to use them.
H:8. Buyer Data and Security
P:8.1 All measurement data, alarms, asset data and reports belong to the Buyer. The Supplier shall use them only to perform this Agreement and shall not use them for any other purpose, including product development or benchmarking.
P:8.2 The Supplier's remote access to the system requires the Buyer's approval for each session and shall take place through the Buyer's secure gateway, with all actions logged. The Supplier shall not copy Buyer data out of the Buyer's network and shall configure the gateways so that they send no data outside the Buyer's network.
P:8.3 The Supplier shall report any security incident affecting the system or Buyer data within 12 hours, cooperate with the Buyer in its remedy and be liable for losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Agreement and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.
H:10. Liability
P:10.1 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or commissioning work without the Buyer's prior written consent and shall remain responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund amounts paid for equipment and services not accepted, and the Buyer may return the undelivered or rejected equipment at the Supplier's cost.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:14. Force Majeure
P:14.1 A party affected by force majeure shall notify the other party promptly, provide evidence within 15 days and take reasonable steps to limit the effect. The time for performance is extended by the period of the delay. If force majeure continues for more than 90 days, either party may terminate the affected part of this Agreement.
H:15. General
P:15.1 This Agreement is made in English and Chinese; both versions have equal effect. Annex 1: Asset list. Annex 2: Acceptance test points.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

**Agreement No. MSA-SZ-2026-09**

This Managed IT Services Agreement (the "Agreement") is entered into between:

- **Suzhou Lianfeng Automotive Components Co., Ltd.**, Suzhou Industrial Park, Jiangsu, People's Republic of China (the "Customer"); and
- **Straits Point Managed Services, Inc.**, a Michigan corporation with its head office in St. Ignace, Michigan, United States of America, acting in China through its Shanghai branch office (the "Provider").

## 1. Definitions

1.1 "Services" means the managed IT services described in Schedule 1.

1.2 "Service Levels" means the performance targets in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 3.

1.5 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or can access in performing the Services.

## 2. Term

2.1 The Services are provided for thirty-six (36) months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by a written amendment signed by both parties, at charges agreed at that time. This Agreement does not renew automatically.

## 3. Transition

3.1 The Provider shall carry out the transition described in Schedule 1, Part B, within 60 days after signature of this Agreement, including asset discovery, knowledge transfer from the Customer's current support team, set-up of the service desk and monitoring tools, and documentation of all supported systems.

3.2 Transition Acceptance requires that: all in-scope devices and servers are recorded in the configuration database and monitored; the service desk has handled live tickets for 10 working days in parallel with the current team and met the P1 and P2 Service Levels on every ticket; runbooks for all critical systems have been approved by the Customer; and the escalation matrix has been tested. The Customer shall sign the Transition Acceptance certificate within 5 working days after these criteria are met.

3.3 If Transition Acceptance is delayed beyond the date in 3.1 for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 2,000 for each day of delay.

## 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 If the Provider fails to meet a Service Level in any month, the Customer is entitled to the service credits set out in Schedule 2. Service credits are deducted from the next invoice.

4.3 The Provider shall deliver a monthly service report and hold a monthly service review with the Customer's IT manager. Each quarter the parties shall review trends and agree a continual improvement plan.

## 5. Personnel

5.1 The Provider shall assign a named service delivery manager and an on-site team of four engineers at the Customer's plant in Suzhou during the Customer's working hours.

5.2 The Provider shall give the Customer 30 days' notice before replacing the service delivery manager and shall ensure that replacement staff have equivalent skills.

## 6. Customer Responsibilities and Changes

6.1 The Customer shall give the Provider's engineers access to its premises, systems and administrative accounts as needed for the Services, provide desk space and parking for the on-site team, and inform the Provider of planned changes to its IT environment at least 10 working days in advance.

6.2 Either party may request a change to the Services. The Provider shall describe the effect of the change on the Charges, the Service Levels and the schedule within 10 working days. No change takes effect until both parties have signed a change note.

6.3 The Provider shall follow the Customer's IT policies, change management process and plant safety rules, and shall not make changes to production systems outside agreed maintenance windows except to restore a P1 incident.

## 7. Charges and Payment

7.1 The Customer shall pay the Charges in Schedule 3.

7.2 The monthly service charge is invoiced monthly in arrears and is payable within 30 days after receipt of a correct VAT invoice. The transition fee is invoiced after Transition Acceptance.

7.3 The Charges are fixed for the Term. Devices and users added or removed beyond a 10% band are adjusted at the unit rates in Schedule 3.

## 8. Customer Data

8.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

8.2 On expiry or termination, the Provider shall return all Customer Data, documentation and credentials in its possession to the Customer.

## 9. Intellectual Property

9.1 Runbooks, knowledge articles, scripts, configurations and reports produced by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including with a successor provider.

9.2 The Provider retains its rights in its monitoring and service management tools and its pre-existing materials.

## 10. Confidentiality

10.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement, use it only for the purposes of this Agreement, and disclose it only to personnel who need to know it and are bound by confidentiality obligations. These obligations continue for three years after the end of the Term.

## 11. Subcontractors

11.1 The Provider may subcontract parts of the Services, including out-of-hours service desk coverage, field engineering at remote sites and hardware repair, to its affiliates or to third-party subcontractors by giving the Customer written notice 10 days before the subcontractor begins work.

11.2 The Provider remains responsible for the performance of its subcontractors.

## 12. Liability

12.1 Neither party is liable for indirect or consequential loss.

12.2 The Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Term.

## 13. Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 The Customer may also terminate this Agreement if the Provider fails to meet the same Critical Service Level in three consecutive months.

13.3 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, including handover of documentation and knowledge transfer to the Customer or a successor provider.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

15.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the delay.

15.3 Notices under this Agreement shall be given in writing by courier or e-mail to the contacts named by each party. Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Bilingual (Chinese/English) telephone, e-mail and portal support for 1,350 users, 24x7 for Priority 1, 07:30–20:00 on working days for other tickets |
| A2 | End-user device support | Imaging, deployment, patching and break-fix for 1,420 laptops and desktops and 260 shop-floor terminals |
| A3 | Server and network monitoring | 24x7 monitoring of 86 servers, 140 switches, 38 wireless controllers and the plant firewall pair |
| A4 | Patch and backup management | Monthly patching of servers and end-user devices; daily backup checks and quarterly restore tests |
| A5 | IT asset management | Configuration database upkeep, licence tracking, annual asset audit |
| B | Transition | Discovery, knowledge transfer, tool set-up, runbooks, parallel running |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Restore | Credit per breach |
|---|---|---|---|---|
| P1 (Critical) | Production line, ERP or plant network down | 15 minutes | 3 hours | CNY 3,000 |
| P2 (High) | A department or critical user unable to work | 30 minutes | 8 hours | CNY 1,000 |
| P3 (Medium) | Single user affected, workaround available | 2 hours | 2 working days | CNY 200 |
| Service desk | Average speed of answer | 45 seconds or less each month | — | CNY 2,000 per month missed |

Total monthly service credits are limited to 20% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 36 months × CNY 58,500 | 2,106,000 |
| Transition fee | One-time, after Transition Acceptance | 84,000 |
| **Total Charges over the Term** | | **2,190,000** |
| Additional end-user device | per device per month | 36 |
| Exit assistance | per engineer day | 2,400 |
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MFD-CN-2027-003

BETWEEN

Muskegon Fields Data, LLC, a Michigan limited liability company with its principal office in Big Rapids, Michigan, United States of America ("Provider"),

AND

Dalian Beigang Grain Trading Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Dalian, Liaoning ("Customer").

BACKGROUND

Provider compiles and licenses field-level crop condition, planting progress, yield estimate and weather data for the grain-growing regions of the United States and Canada. Customer imports soybeans, corn and sorghum and wishes to receive this data through Provider's application programming interface ("API") for use in its procurement and risk management. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in Schedule A, as updated by Provider from time to time, including historical data from crop year 2005 onwards.

1.2 "Subscription Year" means the period starting on the Start Date and ending on the day before the first anniversary of the Start Date (the first Subscription Year), and the period starting on that anniversary and ending on the day before the second anniversary (the second Subscription Year).

1.3 "Start Date" means the date on which Provider issues production API credentials to Customer under Clause 4.3.

1.4 "Customer Data" means the queries, watch lists, field boundaries, portfolio positions and other data that Customer submits to the API or the Provider portal, and the usage records relating to Customer.

1.5 "Custom Feeds" means the delivery formats, field mappings and connector code that Provider develops for Customer under Clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the term of this Agreement, a non-exclusive, non-transferable licence to access the Licensed Data through the API and the Provider portal, and to use it for Customer's internal business purposes, including in internal reports, models and dashboards shared with Customer's affiliates in mainland China.

2.2 The subscription covers up to 25 named portal users, 3 production API keys and a maximum of 400,000 API calls per calendar month. Calls above this volume are charged at the overage rate in Schedule B.

2.3 Customer shall not resell the Licensed Data or make it available to third parties as a data product. Analyses, forecasts and reports created by Customer using the Licensed Data belong to Customer.

3. ONBOARDING AND HISTORICAL DATA LOAD

3.1 Provider shall develop Custom Feeds that deliver the Licensed Data in Customer's schema, and shall deliver a one-time historical load of the Licensed Data from crop year 2005 to the current crop year into Customer's data warehouse in Dalian (the "Historical Data Load").

3.2 Provider shall deliver the Custom Feeds and the Historical Data Load for acceptance testing within 45 days after Provider receives the first invoice payment under Clause 5.2 (the "Delivery Date").

3.3 Customer shall test the delivery within 10 working days. The acceptance criteria are: record counts for each data set and crop year match Provider's published control totals; mandatory fields are complete for every record; a sample of 500 records selected by Customer matches the values returned by the API; and the Custom Feeds run without error for 5 consecutive days. When the criteria are met, Customer shall sign an acceptance certificate. Use of the data before that does not constitute acceptance.

3.4 If Provider fails to deliver by the Delivery Date for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, up to a maximum of CNY 45,000.

4. TERM

4.1 This Agreement takes effect on signature and continues until the end of the second Subscription Year.

4.2 The parties may renew the subscription only by signing a new order at fees agreed at that time. This Agreement does not renew automatically.

4.3 Provider shall issue production API credentials within 5 working days after receiving payment of the first invoice.

5. FEES AND PAYMENT

5.1 The fees are as follows:
(a) Subscription fee for the first Subscription Year: CNY 486,000;
(b) Subscription fee for the second Subscription Year: CNY 486,000;
(c) One-time onboarding fee for the Custom Feeds and the Historical Data Load: CNY 58,000.
The total fees under this Agreement are CNY 1,030,000, inclusive of VAT, excluding any overage charges.

5.2 Provider shall invoice the onboarding fee and the subscription fee for the first Subscription Year together upon signature. This first invoice is payable within 10 days after signature, and Provider will start onboarding work and issue API credentials only after it is paid.

5.3 Provider shall invoice the subscription fee for the second Subscription Year 30 days before the start of that Subscription Year, payable within 30 days of the invoice.

5.4 Fees are fixed for both Subscription Years. Overage charges are invoiced monthly in arrears.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to make the API and the portal available and to update the Licensed Data in accordance with its normal publication schedule. Provider may suspend access for maintenance, and will try to give advance notice of planned maintenance.

6.2 Provider will provide technical support by e-mail and through the portal during its normal business hours in Michigan and will respond to support requests as soon as reasonably practicable.

6.3 Provider does not warrant that the Licensed Data is complete, accurate or free of errors, or that access to the API will be uninterrupted.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the services under this Agreement, to invoice Customer and to monitor compliance with Clause 2.2, and for no other purpose.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access restricted to staff who need it, multi-factor authentication and logging of administrative access. Provider shall not transfer Customer Data to any third party.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within 48 hours after becoming aware of it, take prompt remedial measures, and be liable for losses that Customer suffers as a result of Provider's breach of this Clause 7.

7.4 Within 30 days after the end of this Agreement, Provider shall delete Customer Data and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the Licensed Data, the API and the portal.

8.2 The Custom Feeds, including their source code and documentation, belong to Customer once delivered. Customer may use, modify and license them freely, including to connect other data sources.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received in connection with this Agreement, including the terms of this Agreement and Customer's positions and watch lists, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the development of the Custom Feeds or the Historical Data Load without Customer's prior written consent, and remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including loss of trading profit.

11.2 Each party's total liability under this Agreement is limited to two times the total fees under Clause 5.1, except for breach of Clause 7 or Clause 9, infringement of the other party's intellectual property rights, and wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If Customer terminates under Clause 12.1, Provider shall refund the subscription fees paid for the period after termination and, if the Historical Data Load has not been accepted, the onboarding fee.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitral award is final and binding on both parties.

14. GENERAL

14.1 This Agreement, with Schedule A (Licensed Data Sets) and Schedule B (Usage Limits and Overage Rates), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the prior written consent of the other party.

SCHEDULE A - LICENSED DATA SETS

A.1 Weekly crop condition and planting and harvest progress by county, for corn, soybeans, sorghum and spring wheat.
A.2 Field-level satellite vegetation indices for sampled fields, updated every five days during the growing season.
A.3 Daily gridded weather observations and 15-day forecasts for the regions covered.
A.4 Provider's county and state yield estimates, updated every second week from July to November.

SCHEDULE B - USAGE LIMITS AND OVERAGE RATES

B.1 API calls above the monthly volume in Clause 2.2: CNY 0.12 per call.
B.2 Additional named portal users: CNY 9,600 per user per Subscription Year, pro rata.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------- files
TARGETS = {
    "z01": ("h1051z01_housing_bureau_city_checkup_platform.pdf", "pdf"),
    "z02": ("h1051z02_peeler_factory_line_control_retrofit.docx", "docx"),
    "z03": ("h1051z03_lego_training_chain_booking_saas.txt", "txt"),
    "z04": ("h1051z04_water_bureau_flood_point_monitoring_om.txt", "txt"),
    "z05": ("h1051z05_gourd_carving_studio_tracking_supplier_template.md", "md"),
    "e01": ("h1051e01_quality_software_perpetual_licence_newberry_vendor.pdf", "pdf"),
    "e02": ("h1051e02_labour_planning_saas_order_form_calumet_vendor.md", "md"),
    "e03": ("h1051e03_paper_mill_condition_sensors_lanse_vendor.docx", "docx"),
    "e04": ("h1051e04_managed_it_services_st_ignace_vendor.md", "md"),
    "e05": ("h1051e05_crop_weather_data_api_big_rapids_vendor.txt", "txt"),
}

# ---------------------------------------------------------------- labels (buyer's view)
T, F, N = True, False, None
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in KEYS order, sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value)
LAB = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
            T, T, T, F, 2106000),
    "z02": ("hardware", [N, 1, T, "buyer", T, T, T, 0.02, N, 20, T, T, 18, 28, F, T, F, "PRC", G],
            T, T, T, F, 1820000),
    "z03": ("cloud", [99.5, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, T, T, T, "PRC", S],
            T, T, N, F, 464000),
    "z04": ("services", [N, 6, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S],
            T, T, N, F, 512400),
    "z05": ("software", [N, 24, F, "supplier", T, T, F, N, 50, 65, F, F, 3, N, F, T, N, N, G],
            T, F, F, T, 98000),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 1600 / 1900000 * 100, 200, 10, T, T, 18, 11, F, T, F, "Michigan", G],
            T, T, T, F, 1900000),
    "e02": ("cloud", [99.95, 0.5, T, "buyer", T, F, T, 500 / 568000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
            T, T, N, F, 568000),
    "e03": ("hardware", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 36, 8, F, T, F, "PRC", G],
            T, T, T, F, 1520000),
    "e04": ("services", [N, 0.25, T, "buyer", F, T, T, 2000 / 2190000 * 100, 150, N, T, N, N, N, F, T, T, "PRC", S],
            T, T, N, F, 2190000),
    "e05": ("cloud", [N, N, F, "buyer", T, T, T, 900 / 1030000 * 100, 200, (58000 + 486000) / 1030000 * 100, T, N, N, N,
                      F, T, F, "PRC", S],
            F, T, N, F, 1030000),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Michigan courts (not a label key)
# TCO inputs for goods: itemised licence / hardware subtotal (fee base)
FEE_BASE = {"z01": 1160000, "z02": 1480000, "z05": 38000, "e01": 1260000, "e03": 1335200}
PRICE_SUMS = {"z01": [1160000, 742000, 168000, 36000], "z02": [612000, 394000, 218000, 46000, 210000, 196000, 124000, 20000],
              "z03": [204000, 204000, 56000], "z04": [309600, 96000, 64800, 42000], "z05": [38000, 52000, 8000],
              "e01": [1260000, 384000, 208000, 48000], "e02": [261000, 261000, 46000], "e03": [688000, 235200, 412000, 156800, 28000],
              "e04": [58500 * 36, 84000], "e05": [486000, 486000, 58000]}
DESIGN = {
    "z01": ([], "low"),
    "z02": (["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high"),
    "z03": (["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium"),
    "z04": (["CR-SLA-RESPONSE", "CR-TERMINATION"], "medium"),
    "z05": (["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high"),
    "e01": (["CR-GOVERNING-LAW"], "low"),
    "e02": (["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], "medium"),
    "e03": ([], "low"),
    "e04": (["CR-DATA-SECURITY", "CR-SUBCONTRACT"], "high"),
    "e05": (["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key, t, e):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised subtotal."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (e["contract_value"] + fees) * 100


def derive(key, t, e):
    """My reading of policy §3 (with 'Where rules apply')."""
    r = set()
    goods = t["contract_kind"] == G
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, t, e)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    cat, vals, sla, lds, capped, deemed, value = LAB[key]
    t = dict(zip(KEYS, vals))
    e = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    rules = derive(key, t, e)
    d = {"file": TARGETS[key][0], "language": "zh" if key[0] == "z" else "en", "category": cat,
         "expected_terms": t, "expected_extra": e, "expected_rules": rules}
    return d, t, e


# ---------------------------------------------------------------- read-back and checks
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


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|hours?|hrs?)(?![a-z])", r"(?<![十\d])四\s*个?\s*小时", r"four\s*(?:\(\s*4\s*\))?\s*hours",
    r"(?<![\d.])0\.05(?!\d)" + PCT, r"万分之五(?![十百千\d])", r"千分之零点五",
    r"(?<![\d.,])100" + PCT, r"百分之(?:百|一百)", r"one\s*hundred" + PCT,
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,
    r"(?<![\d.,])15" + PCT, r"(?<![十])百分之十五", r"fifteen" + PCT,
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,
    r"(?<![\d.,])12\s*(?:个)?\s*(?:月|months?)(?![\d份])", r"(?<![一二三四五六七八九十])十二\s*个\s*月", r"twelve\s*(?:\(\s*12\s*\))?\s*months?",
    r"(?<![\d.,])1\s*years?(?![a-z])", r"\bone\s*(?:\(\s*1\s*\))?\s*years?(?![a-z])", r"(?<![一二三四五六七八九十\d])一年",
    r"(?<![\d.,])5\s*years?(?![a-z])", r"\bfive\s*(?:\(\s*5\s*\))?\s*years?(?![a-z])", r"(?<![一二三四五六七八九十\d〇零])五年",
]
MUST_HIT = ["99.9%", "可用率99.9%", "4小时内响应", "四小时", "4 hours", "four (4) hours", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12个月", "十二个月", "12 months",
            "twelve (12) months", "one year", "一年", "5 years", "five years", "五年", "30 per cent", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "万分之五十", "130%", "300%",
             "2.30%", "12月31日", "112 months", "115%", "0.15%", "140%", "2005 onwards", "48小时", "十八个月",
             "1,400%", "35%", "二十五年", "15 days", "40 days", "0.12 per call", "24 months", "2 years", "2005年"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in variants:
        for p in THRESHOLD_PATTERNS:
            for m in re.finditer(p, v, flags=re.I):
                hits.append((p, v[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    word = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in word}, word, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, kind) in TARGETS.items():
        text = read_back(OUT / name)
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "zh chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "en words", n)
        hits = threshold_hits(text)
        assert not hits, (k, hits[:5])
        assert sum(PRICE_SUMS[k]) == LAB[k][6], (k, sum(PRICE_SUMS[k]))
        d, t, e = label(k)
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key, t[key])
        share = tco_share(k, t, e)
        if share is not None:
            assert abs(share - 40) > 2, (k, "tco share", share)
        want, want_risk = DESIGN[k]
        assert d["expected_rules"] == sorted(want), (k, d["expected_rules"], want)
        assert risk(d["expected_rules"]) == want_risk, (k, risk(d["expected_rules"]))
        covered |= set(d["expected_rules"])
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(d, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s %-66s %5d %s %s %s" % (k, name, n, "TCO %.1f%%" % share if share is not None else "",
                                         want_risk, ",".join(r[3:] for r in d["expected_rules"]) or "(none)"))
    missing = set(ALL_RULES) - covered
    assert not missing, ("uncovered", missing)
    print("all 20 rules covered; every check passed")


if __name__ == "__main__":
    main()
