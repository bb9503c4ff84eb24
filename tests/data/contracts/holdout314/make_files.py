"""holdout314: ten ordinary draft contracts (5 zh, 5 en) and their labels, written blind from policy.md / API.md.

Run: /work/main/.venv/bin/python -B make_files.py   (from this folder). Writes the ten contracts, the ten .json labels,
reads every built file back, checks lengths, scans for threshold figures and re-derives the expected rules from the
labels with the policy.md table (my own reading, not project code).
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ----------------------------------------------------------------------------------------------------------------- z01
Z01 = """T:二次供水水质在线监测平台建设项目采购合同
P:合同编号：LXSW-ZFCG-2025-017　　采购项目编号：LX2025-GK-0342（公开招标）
P:甲方（采购人）：临溪市水务局　　地址：临溪市滨河东路18号
P:乙方（中标供应商）：江澄环境监测科技有限公司　　地址：南昌市高新区艾溪湖北路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就临溪市城区二次供水泵房水质在线监测平台建设事宜订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方城区86座二次供水泵房安装水质在线监测设备（余氯、浊度、pH值、水温四项参数），建设市级水质在线监测平台，完成平台与甲方供水调度系统、12345热线工单系统的对接，并提供培训及质保期内的运行维护服务。
P:1.2 项目实施地点为甲方指定的86座泵房及甲方数据中心机房，泵房清单见附件1，技术要求以招标文件第五章及乙方技术响应为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾玖万肆仟元整（¥2,594,000），为含税固定总价，包括设备、软件许可、运输、安装、调试、定制开发、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|多参数水质在线监测仪|86套|18,600|1,599,600
TB:2|数据采集传输终端|86台|2,400|206,400
TB:3|监测平台软件永久许可|1套|368,000|368,000
TB:小计|软硬件小计|||2,174,000
TB:4|泵房安装调试（含取样管路改造）|1项|215,000|215,000
TB:5|平台定制开发（调度及工单接口、预警模型）|1项|186,000|186,000
TB:6|培训|1项|19,000|19,000
TB:合计|合同总价|||2,594,000
P:2.2 合同履行期间，除经甲方书面确认的需求变更外，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%作为预付款，计人民币518,800元。
P:3.2 全部设备到货安装、平台部署完成后，甲方支付合同总价的35%，计人民币907,900元。该笔付款不代表甲方对项目的验收。
P:3.3 项目终验合格后15个工作日内，甲方支付合同总价的45%，计人民币1,167,300元。
P:3.4 乙方应在每次付款前开具合法有效的增值税专用发票。本项目为财政资金，按国库集中支付程序办理。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成全部设备的到货安装，在合同签订后120日内完成平台部署与接口对接，并向甲方提交试运行申请。
P:4.2 乙方应指定项目经理一名，未经甲方书面同意不得更换。施工期间乙方应遵守泵房卫生防护规定，停水作业须提前与甲方及物业沟通，不得影响居民正常用水。
H:第五条 验收
P:5.1 试运行期为30日。试运行期满且满足下列条件后，甲方组织终验：（1）86套监测仪全部在线，数据上传间隔不超过5分钟；（2）由甲方委托的检测机构对不少于20座泵房进行实验室比对，各参数偏差均在国家标准检验方法规定的允许范围内；（3）超标预警能在1分钟内推送至调度系统及值班人员手机；（4）试运行期间未发生一级故障；（5）技术文档、源代码及培训记录齐全。
P:5.2 终验由甲方组织，邀请行业专家参加，形成书面验收报告。验收不合格的，乙方应在15日内整改并申请复验，由此产生的费用由乙方承担。
P:5.3 设备到货签收、平台上线运行或甲方支付第3.2条款项，均不视为验收合格。
H:第六条 质保与运维服务
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供设备维修、更换、软件升级及现场巡检服务，每季度巡检一次并提交巡检报告。
P:6.2 平台月可用率不低于99.95%。故障分级：一级故障指平台整体中断、超标预警功能失效或10座以上泵房数据中断；二级故障指单个功能模块失效或不足10座泵房数据中断；三级故障指其他一般问题。
P:6.3 一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，24小时内修复；三级故障在下一次巡检时处理。
P:6.4 响应或恢复超时的，每超时1小时，乙方支付违约金800元；平台月可用率每低于承诺值0.01个百分点，乙方支付违约金1,000元。上述款项甲方可从应付款项中直接扣除。
P:6.5 质保期满后，如甲方需要乙方继续提供维保服务，年度维保费不超过软硬件小计的8%（即每个服务年度不超过173,920元），且自质保期满起三个服务年度内不上调。维保服务以双方另行签订的书面合同为准，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、预警模型、报表及其源代码、技术文档，知识产权归甲方所有，甲方可自行或委托第三方修改和使用。
P:7.2 监测平台软件的著作权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖本项目全部用户和泵房。乙方保证甲方使用交付成果不侵犯任何第三方的合法权益。
H:第八条 数据安全
P:8.1 平台采集和产生的水质数据、泵房信息、用户及工单信息均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 平台部署于甲方数据中心，按网络安全等级保护第三级要求建设。乙方应落实访问控制、传输加密和日志审计，远程维护须经甲方书面审批并通过甲方堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方供水设施布局、管网资料、系统口令等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成第4.1条约定事项的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的设备或软件不符合合同约定的，甲方有权要求乙方限期更换或整改，并赔偿由此给甲方造成的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的权利义务全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或严重违约经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、支付违约金及赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可书面通知解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件1：泵房清单；附件2：技术规格偏离表；附件3：培训计划。
P:甲方（盖章）：临溪市水务局　　　乙方（盖章）：江澄环境监测科技有限公司
P:法定代表人或授权代表：　　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------- z02
Z02 = """T:拉丝生产线电气控制系统改造合同
P:合同编号：HXGS-JS-2025-031
P:甲方：江阴恒鑫钢丝制品有限公司
P:乙方：常州锐拓自动化工程有限公司
P:甲方二车间现有6条拉丝生产线（水箱式拉丝机4条、直进式拉丝机2条），原控制系统已运行多年，断丝率偏高、能耗偏大、备件难以采购。经甲方邀请比选，确定由乙方承担上述生产线电气控制系统的改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）拆除原继电器控制柜及老旧变频器，新装PLC控制柜、变频器、触摸屏人机界面、张力及线径在线检测仪，重新敷设控制电缆及通讯线路。
P:（二）安装上位监控软件，实现各生产线速度、张力、线径、电耗及断丝记录的集中监控，并与甲方MES系统对接生产工单和质量数据。
P:（三）按甲方各规格钢丝（φ0.8mm至φ5.5mm）编制工艺参数配方，完成单机、单线及联动调试，培训甲方电工及操作人员。
H:二、合同价款
P:（一）本合同总价为人民币壹佰玖拾玖万肆仟元整（¥1,994,000），含税，为固定总价。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜|6套|96,000|576,000
TB:2|变频器（含制动单元）|36台|14,500|522,000
TB:3|触摸屏人机界面|12台|8,800|105,600
TB:4|张力及线径在线检测仪|12套|23,000|276,000
TB:5|上位监控软件许可（永久）|1套|158,000|158,000
TB:|软硬件小计|||1,637,600
TB:6|拆除、安装及电缆敷设|1项|248,000|248,000
TB:7|工艺参数编程与联动调试|1项|96,000|96,000
TB:8|培训|1项|12,400|12,400
TB:|合同总价|||1,994,000
P:（二）上述价格包括设备、软件、辅材、运输、安装、调试、培训、税费及质保期内服务费用，甲方不再另行支付其他费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计398,800元。
P:（二）全部设备到达甲方现场并经双方清点签收后，甲方支付合同总价的25%，计498,500元。到货签收不构成质量验收。
P:（三）终验合格后15个工作日内，甲方支付合同总价的50%，计997,000元。
P:（四）剩余5%计99,700元作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
H:四、工期
P:（一）乙方应在合同生效后45日内完成全部设备到货。改造施工利用甲方两次计划停产检修窗口分批进行，每批停线时间不超过7日。
P:（二）全部生产线应在合同生效后100日内完成改造并具备试生产条件。
P:（三）乙方进场施工应遵守甲方安全生产管理制度，办理动火、登高及临时用电审批，施工人员须持有效电工证件上岗。施工造成甲方设备、厂房损坏或人员伤害的，由乙方负责修复并承担赔偿责任。
P:（四）甲方负责提供施工用电、设备临时堆放场地及停线窗口，并指定设备部专人负责现场协调和签证。因甲方未按约定提供停线窗口导致工期延误的，工期相应顺延。
H:五、验收
P:（一）改造完成后进入试生产期20日。试生产期满且满足下列指标后，甲方组织终验：各生产线达到设计线速度；张力波动在设定值±3%以内；线径检测值与人工千分尺抽检偏差不超过0.01mm；连续生产10个班次的断丝次数较改造前同期下降一半以上；MES对接数据逐笔一致；图纸、程序及说明书齐全。
P:（二）终验合格的，双方签署终验报告；不合格的，乙方应在10日内整改后重新验收。设备签收、试生产或甲方使用设备进行生产，均不视为终验合格。
H:六、质量保证
P:（一）质保期为二十四个月，自终验合格之日起算。质保期内因设备或软件质量问题引起的故障，乙方免费维修或更换，并承担往返运输及人工费用。
P:（二）故障分为三级：一级故障指整线停机或控制系统失控；二级故障指单机故障或部分功能失效但不影响整线运行；三级故障指其他一般问题。
P:（三）一级故障乙方应在1小时内电话响应，6小时内到达现场，24小时内排除；二级故障2小时内响应，48小时内排除；三级故障在5个工作日内处理。
P:（四）一级故障到场或排除超时的，每超时1小时，乙方向甲方支付500元；二级故障每超时1小时支付200元，可从质量保证金中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方继续为甲方提供备件供应、远程诊断和定期巡检等维保服务，维保合同按服务年度签订。
P:（二）维保费用按乙方当年度公布的维保收费标准执行，乙方可根据人工及备件成本变化每年调整收费标准。
P:（三）乙方保证在质保期满后至少八年内持续供应本合同设备的备件或兼容替代件。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、触摸屏画面、上位监控组态工程、MES接口程序及工艺参数配方，其知识产权归甲方所有。乙方应在终验时交付全部源程序及注释，甲方可自行修改或委托第三方修改。
P:（二）上位监控软件平台的著作权归原权利人，甲方获得永久使用许可。
H:九、数据与网络安全
P:（一）生产数据、工艺参数、配方及质量记录属于甲方，乙方仅为履行本合同使用，不得复制、留存或提供给第三方。
P:（二）控制网络与办公网络之间应设置工业防火墙。乙方远程维护须事先经甲方设备部书面批准，通过甲方提供的VPN接入并全程记录，维护结束即断开。
P:（三）乙方应对其人员及所用工具的安全负责，不得接入未经查杀的移动存储介质。因乙方原因导致病毒感染、数据泄露或生产中断的，乙方应在发现后2小时内通知甲方，并赔偿甲方全部损失。
H:十、保密
P:乙方对在履行本合同过程中获悉的甲方工艺、配方、产能、客户及价格信息负有保密义务，不得向任何第三方披露。本条在合同终止后三年内继续有效。
H:十一、违约责任
P:（一）乙方未按第四条约定期限完成到货或改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。
P:（二）改造施工超出约定停线时间的，按逾期处理，依前款计算违约金。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十二、责任限额
P:除人身伤害、故意或重大过失及违反第九条、第十条外，乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限。
H:十三、分包
P:乙方如需将电缆敷设等辅助施工分包，应事先取得甲方书面同意，并对分包方的施工质量和安全承担连带责任。
H:十四、合同解除
P:乙方逾期超过30日，或严重违约经甲方书面催告后10日内仍未改正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:十五、争议解决
P:本合同适用中华人民共和国法律。发生争议时双方协商解决，协商不成的，提交无锡仲裁委员会仲裁。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议及设备清单为本合同附件。
P:甲方：江阴恒鑫钢丝制品有限公司（盖章）　授权代表：
P:乙方：常州锐拓自动化工程有限公司（盖章）　授权代表：
P:日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------- z03
Z03 = """义齿技工连锁订单及物流管理云服务合同

合同编号：YGJG-SaaS-2025-08

甲方：广州雅冠义齿技工连锁有限公司（以下简称"甲方"）
乙方：杭州齿联云科技有限公司（以下简称"乙方"）

甲方在华南地区经营25家义齿技工所，拟统一使用订单及物流管理云平台，连接合作诊所下单、技工所生产排程与模型、成品配送。乙方是"齿联云"平台的开发及运营方。双方经友好协商，就平台订阅及实施服务订立本合同。

第一条 服务内容
（1）乙方向甲方提供"齿联云"订单及物流管理平台的订阅服务，包括诊所在线下单、口扫文件接收、生产排程、质检记录、物流派单与轨迹追踪、对账结算等功能，账号覆盖甲方25家技工所。
（2）乙方负责实施服务：平台配置、历史订单及诊所档案迁移、与甲方合作的两家同城配送公司系统对接、定制对账报表开发，以及管理员和操作员培训。
（3）服务期为三个服务年度，自上线验收合格之日起算。

第二条 费用
（1）订阅费每个服务年度人民币280,000元（25家技工所，每家每个服务年度11,200元）。
（2）实施费人民币86,000元，培训费人民币14,000元，均为一次性费用。
（3）服务期内合同总金额为人民币940,000元，即三个服务年度订阅费合计840,000元及一次性费用100,000元。
（4）订阅费包含每家技工所不超过20个用户账号及500GB文件存储空间；超出部分按乙方报价单另行计费，不计入合同总金额。

第三条 付款
（1）实施费及培训费在上线验收合格后15个工作日内一次性支付。
（2）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（3）甲方在本合同项下无需支付任何预付款。乙方应在收款前开具增值税专用发票。

第四条 实施与上线验收
（1）乙方应在合同签订后60日内完成实施并提交上线验收申请。
（2）上线验收标准：①25家技工所全部开通，并各自完成至少一笔真实订单的全流程；②历史订单及诊所档案迁移后按甲方抽样核对无差错；③物流派单与两家配送公司系统实时对接，轨迹回传延迟不超过3分钟；④常用页面响应时间不超过2秒；⑤定制对账报表与甲方财务核对一致。
（3）甲方在收到申请后10个工作日内组织验收并出具书面意见。平台开通或甲方试用，均不视为验收合格。

第五条 服务水平
（1）平台月可用率不低于99.5%。计划内维护须提前3日通知，且安排在夜间22:00至次日6:00之间进行，不计入不可用时间。
（2）故障等级与响应：一级故障（平台整体无法登录或无法下单）30分钟内响应、3小时内恢复；二级故障（部分功能不可用）1小时内响应、8小时内恢复；三级故障（一般咨询及缺陷）1个工作日内答复。
（3）服务抵扣：月可用率低于承诺值的，每低0.1个百分点，乙方按当月折算订阅费的3%给予抵扣，当月抵扣累计不超过当月折算订阅费的一半；一级故障恢复超时的，每超时1小时另抵扣当月折算订阅费的1%。抵扣在下一期应付订阅费中扣减，服务期末的抵扣以现金返还。
（4）乙方每月向甲方提交服务报告，列明可用率、故障记录及处理时长。

第六条 知识产权
（1）平台软件及其相关技术的知识产权归乙方所有。
（2）乙方为甲方定制开发的对账报表、配送公司接口程序及相关文档，知识产权归甲方所有；乙方应在上线验收时交付源代码，甲方可自行或委托第三方使用、修改。

第七条 数据归属与使用
（1）甲方在平台中录入和产生的订单、诊所档案、患者姓名及口扫文件等数据（以下简称"甲方数据"）归甲方所有。
（2）甲方同意，乙方可对甲方数据进行去标识化及汇总处理后，用于平台功能改进、排程算法训练及发布义齿行业分析报告；该项使用在本合同终止后仍可继续。
（3）服务期满或合同解除后30日内，乙方应向甲方完整导出甲方数据，并在甲方确认后删除其系统中的甲方数据（本条第（2）项所述处理后的数据除外）。

第八条 数据安全
（1）平台部署在中国境内的云数据中心，并已通过网络安全等级保护第三级测评。乙方应对甲方数据实施加密存储和加密传输、分级访问控制及操作日志留存，日志保存不少于6个月。
（2）乙方应遵守《个人信息保护法》《数据安全法》，仅按甲方指示处理患者个人信息，不得向境外传输。
（3）发生数据泄露、篡改、丢失等安全事件的，乙方应在24小时内书面通知甲方，立即采取补救措施并配合调查；因乙方原因造成的，乙方承担全部赔偿责任。

第九条 保密
双方对在合作中获知的对方商业秘密及其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

第十条 违约责任
（1）乙方逾期提交上线验收申请的，每逾期一日，按合同总金额的千分之一支付违约金，累计不超过合同总金额的10%。
（2）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（3）乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但因数据泄露及违反保密义务造成的损失不受此限。

第十一条 分包
乙方不得将实施服务转包；确需由第三方完成部分接口开发的，应事先取得甲方书面同意，并对第三方的工作承担责任。

第十二条 续期
（1）服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
（2）续期时乙方有权调整订阅费标准，单次涨幅不超过8%，乙方应在服务期满前30日将新的费用标准书面通知甲方。

第十三条 合同解除
（1）乙方严重违约，经甲方书面通知后15日内仍未纠正的，或一级故障在同一服务年度内累计超过6次的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。
（2）甲方逾期付款超过60日，经乙方催告后仍未支付的，乙方有权暂停服务。
（3）合同终止后，乙方应按第七条第（3）项向甲方交还数据，并协助甲方迁移至其他系统，协助期不超过30日，不另收费。

第十四条 甲方义务
（1）甲方应指定一名项目联系人，负责需求确认、门店协调及验收组织。
（2）甲方应按乙方提供的模板整理历史订单及诊所档案，并保证其来源合法；甲方应妥善保管管理员账号，因甲方原因泄露账号造成的损失由甲方承担。
（3）甲方在各技工所使用平台时，应遵守平台操作手册，不得利用平台从事违法活动。

第十五条 不可抗力
因地震、洪水、战争、政府行为或公共云基础设施大面积故障等不可抗力导致无法履行合同的，受影响一方应在3日内通知对方，并提供证明。不可抗力期间的不可用时间不计入可用率考核，但乙方应尽快恢复服务。

第十六条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，由甲方所在地有管辖权的人民法院管辖。

第十七条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、服务水平细则。

甲方（盖章）：广州雅冠义齿技工连锁有限公司　　授权代表：
乙方（盖章）：杭州齿联云科技有限公司　　授权代表：
签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------- z04
Z04 = """临江市档案局档案数字化管理系统运维服务合同（政府采购）

合同编号：LJDA-YW-2025-02
采购方式：竞争性磋商（项目编号：LJCG2025-CS-118）
甲方（采购人）：临江市档案局
乙方（成交供应商）：临江信档信息技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方档案数字化管理系统（以下简称"系统"）的运行维护服务，经协商一致，订立本合同。

1. 服务范围与期限
1.1 系统包括档案管理、数字化成果管理、电子档案接收、在线利用四个子系统，以及承载系统的服务器、存储、数据库和备份设备，清单见附件1。
1.2 乙方提供的服务包括：日常运行监控、故障处理、数据库维护与性能优化、数据备份与恢复演练、安全加固与漏洞修复、系统小版本升级、用户支持，以及第1.3条所列年度任务。
1.3 年度任务：（1）于2025年10月31日前完成数据库版本升级；（2）于2025年12月31日前完成与省级电子档案长期保存平台的数据交换接口联调；（3）配合甲方完成网络安全等级保护测评，并在测评报告出具后30日内完成整改。
1.4 服务期自2025年7月1日起至2026年6月30日止。期满本合同终止；甲方如需继续采购，依法另行组织采购，本合同不自动续期。

2. 服务费用及支付
2.1 服务期内服务费总额为人民币肆拾陆万捌仟元整（¥468,000），含税，包括人工、工具、单价2,000元以下的备件、差旅及税费。
2.2 服务费按季度支付，每季度117,000元。每季度结束后，甲方根据第5条考核结果，在15个工作日内支付上季度服务费（扣除考核扣款后的余额）。
2.3 本合同不设预付款。乙方应在每次付款前开具合法有效的发票。

3. 人员
3.1 乙方派驻1名驻场工程师，工作日8:30至17:30在甲方现场服务；另配备数据库工程师和安全工程师各1名提供二线支持。
3.2 驻场人员须经背景审查并签署保密承诺书。乙方更换人员须提前15日书面告知并经甲方同意。
3.3 服务期开始时，乙方应与原运维单位完成交接，核对设备清单、账号权限、备份介质和遗留问题，形成交接记录报甲方确认；服务期满或合同解除时，乙方应以同样方式向甲方或甲方指定的单位移交，并在移交后注销全部运维账号。
3.4 乙方应储备常用备品备件，单价2,000元以下的备件由乙方免费提供；单价超过该金额的备件，由乙方提出更换方案，经甲方同意后由甲方另行采购。

4. 服务水平
4.1 故障等级：一级故障指系统整体不可用、数据库宕机或存在数据丢失风险；二级故障指单个子系统不可用；三级故障指个别功能异常或用户使用问题。
4.2 一级故障15分钟内响应，1小时内到达现场，3小时内恢复服务；二级故障30分钟内响应，8小时内恢复；三级故障2个工作日内解决。
4.3 乙方每日完成增量备份、每周完成全量备份，每季度开展一次恢复演练并提交演练报告。
4.4 乙方每月提交运维月报，内容包括故障记录、处理情况、性能指标和安全事件。
4.5 乙方每月对服务器、存储、数据库及备份设备开展一次巡检，检查硬件告警、磁盘容量、数据库表空间及备份完整性，发现隐患应提出处理建议并经甲方同意后实施。
4.6 重要时段保障：在档案开放日、年度档案移交接收期间及甲方书面通知的其他重要时段，乙方应增派工程师现场值守，不另收费。
4.7 乙方应建立运维工单台账，对每一项用户请求和故障记录受理时间、处理人、处理过程和关闭时间，甲方可随时查阅。

5. 考核与验收
5.1 服务启动验收：乙方应在服务期开始后15日内完成系统现状评估，提交运维手册和应急预案，经甲方审查确认后，服务启动验收合格。
5.2 季度考核：甲方每季度按附件2考核表，对响应及恢复时效、备份与演练、月报质量、用户满意度评分。每发生一次一级故障响应或恢复超时，扣减当季度服务费2,000元；二级故障超时每次扣减800元；考核得分低于80分的，另扣减当季度服务费的5%。
5.3 期末验收：年度任务须按第1.3条完成并经甲方书面确认；服务期满前，乙方提交服务总结、全部运维文档及脚本，甲方对照本合同逐项验收，验收合格后支付最后一个季度的服务费。

6. 数据安全
6.1 系统内的档案数据、元数据、利用记录及日志均属于甲方，乙方仅为提供本合同服务接触使用，不得复制、下载、留存或向任何第三方提供。
6.2 乙方所有运维操作须通过甲方堡垒机进行并全程审计；禁止使用个人移动存储介质；禁止远程运维，经甲方书面批准的应急情形除外。
6.3 乙方应按等级保护要求落实安全措施，发现安全漏洞或安全事件，应在1小时内报告甲方并立即处置。因乙方原因造成档案数据泄露、损毁或丢失的，乙方承担全部赔偿责任，并依法承担相应法律责任。

7. 保密
7.1 乙方及其人员对履行合同中知悉的档案内容、系统架构、口令等信息承担保密义务，未经甲方书面同意不得以任何方式披露。涉及国家秘密的，按国家保密法律法规执行。
7.2 保密义务不因合同终止而解除。

8. 知识产权
8.1 乙方在服务期内为甲方编写的运维脚本、接口程序、补丁、文档及报告，知识产权归甲方所有，乙方应随月报或在期末验收时交付。
8.2 系统原有软件的知识产权不因本合同而改变。

9. 违约责任
9.1 乙方未按第1.3条约定期限完成年度任务的，每逾期一日，按合同总价的千分之二支付违约金，累计不超过合同总价的10%。
9.2 因乙方原因造成档案数据损毁、丢失或系统长时间中断的，乙方除支付违约金外，还应赔偿甲方由此遭受的全部损失。
9.3 甲方逾期支付服务费的，按逾期金额每日万分之三支付违约金。

10. 分包
10.1 乙方不得将本合同服务转包或分包。

11. 甲方义务
11.1 甲方为乙方驻场人员提供必要的办公场所、运维终端和堡垒机账号，并指定信息科一名工作人员作为联系人。
11.2 甲方应及时确认乙方提交的运维手册、变更方案和月报；对乙方提出的安全隐患和整改建议，甲方应在合理期限内作出答复。
11.3 系统原厂商的升级许可、硬件原厂保修等由甲方另行采购的，甲方应协调原厂商配合乙方工作。

12. 合同解除
12.1 乙方严重违约，或连续两个季度考核得分低于70分，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 磋商文件、响应文件、成交通知书及附件为本合同的组成部分。
14.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

附件1：设备及软件清单；附件2：季度考核表；附件3：保密承诺书。

甲方（盖章）：临江市档案局　　乙方（盖章）：临江信档信息技术服务有限公司
日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------- z05
Z05 = """# 软件许可及实施服务合同

> 南粤智联软件有限公司 标准合同文本 V4.0

合同编号：NYZL-HT-2025-0087

甲方：江门新会鲜蚝坊调味食品有限公司
乙方：广州南粤智联软件有限公司

鉴于甲方拟上线企业资源计划（ERP）系统以支撑其蚝油、调味酱的生产经营管理，乙方拥有"智联ERP"软件产品并具备相应的实施能力，双方依据《中华人民共和国民法典》，就软件许可及实施事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智联ERP软件许可，包括财务、供应链、生产制造、质量追溯四个模块，50个并发用户，永久使用。

1.2 乙方按甲方需求进行定制开发：原料蚝汁批次追溯、配方及发酵工艺管理、经销商订货门户。

1.3 乙方提供实施服务：系统安装部署、基础数据导入、业务配置、用户培训及上线支持。

1.4 软件许可的使用范围限于甲方及其全资子公司在中国境内的经营活动，甲方不得转让或再许可。

## 第二条 合同价款

2.1 合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智联ERP软件许可（4个模块，50个并发用户） | 860,000 |
| 2 | 定制开发（批次追溯、配方管理、经销商门户） | 190,000 |
| 3 | 实施服务（部署、数据导入、配置、培训） | 110,000 |
| | 合计 | 1,160,000 |

2.2 合同总价为人民币壹佰壹拾陆万元整（¥1,160,000），含增值税。服务器、数据库及操作系统由甲方自行采购，不在本合同范围内。

2.3 需求变更导致工作量增加的，按乙方人天单价2,800元另行结算。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，计638,000元，作为预付款。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，计522,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之六支付违约金，乙方并有权暂停实施工作。

## 第四条 实施与上线

4.1 乙方按双方确认的实施计划推进项目，计划上线时间为合同签订后第120日。乙方将尽合理努力按计划上线；因需求变更、甲方数据准备或甲方人员配合等原因导致延期的，上线时间相应顺延。

4.2 乙方有权根据项目需要，将部分定制开发及实施工作交由其合作伙伴完成，无需另行取得甲方同意。

4.3 甲方应指定项目负责人，按乙方要求提供业务资料、基础数据和测试环境，并组织关键用户参加培训。

4.4 实施过程分为需求调研、蓝图设计、系统配置与开发、数据导入、用户培训和上线切换六个阶段。每一阶段结束时，乙方提交阶段成果，甲方应在3个工作日内签字确认；甲方逾期未确认的，视为确认。

4.5 甲方在蓝图确认后提出的需求变化，由乙方评估工作量和工期影响，经双方书面确认后实施，费用按第2.3条结算。

## 第五条 上线与验收

5.1 乙方完成部署及数据导入后通知甲方上线。系统上线运行之日，即视为甲方对软件及全部定制开发成果验收合格。

5.2 上线后甲方提出的问题，由乙方在维护期内按第六条处理，不影响验收结论及付款。

## 第六条 维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。维护期内乙方提供远程技术支持及缺陷修复。

6.2 一级故障（系统无法登录或核心业务中断）乙方在8小时内响应；二级故障在2个工作日内响应；三级故障在后续版本中统一处理。

6.3 乙方将尽力修复故障，但不对修复时限作出承诺，亦不因响应或修复超时承担任何扣款、赔偿或违约金。

6.4 免费维护期满后，甲方应按服务年度向乙方购买维护服务。年度维护费为软件许可费的25%，即每个服务年度215,000元，于每个服务年度开始前支付。

6.5 维护服务内容包括：远程问题诊断、补丁及版本升级、数据修复指导和每半年一次的系统健康检查。现场服务按乙方人天单价另行收费。

6.6 维护服务不包括因甲方操作不当、擅自修改、病毒或第三方软硬件故障引起的问题；乙方协助处理此类问题的，按乙方人天单价收费。

6.7 乙方每个服务年度发布两个常规版本。在免费维护期内及甲方购买维护服务期间，甲方可免费升级至新版本。

## 第七条 知识产权

7.1 智联ERP软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、报表、接口及其源代码，知识产权亦归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。乙方可将定制开发成果用于其他客户。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅为提供实施和维护服务而使用，不得用于其他目的。

8.2 乙方实施人员应遵守甲方的信息安全制度；远程维护须使用甲方提供的账号，经甲方同意后接入，并留存操作日志。乙方应采取必要的技术措施防止数据泄露、篡改或丢失，发生安全事件的应在24小时内通知甲方；因乙方原因导致数据泄露或丢失的，乙方承担赔偿责任。

## 第九条 保密

9.1 双方对在履行本合同过程中获知的对方商业秘密、技术资料及经营信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条义务在合同终止后三年内有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对本合同项下全部责任的累计赔偿总额不超过合同总价的20%，且不承担任何间接损失或利润损失。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除的，甲方应支付乙方已完成工作的费用。

## 第十二条 交付物与培训

12.1 乙方应交付：软件安装介质及许可文件、系统管理员手册、用户操作手册、实施方案及数据导入记录。定制开发成果以乙方部署在甲方系统中的运行版本交付，不提供源代码。

12.2 乙方为甲方提供不超过6场的关键用户培训和1场系统管理员培训，每场不超过4个课时。超出部分按乙方标准收费。

12.3 甲方应确保参训人员按时参加，并在培训后承担系统内部推广和最终用户培训工作。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 乙方可在其宣传材料和客户名单中使用甲方名称及标识。

15.2 一方向对方发出的通知，以书面形式送达本合同首部所列地址即为送达。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.4 本合同附件包括：功能清单、实施计划、定制开发需求说明。

甲方（盖章）：江门新会鲜蚝坊调味食品有限公司　　授权代表：

乙方（盖章）：广州南粤智联软件有限公司　　授权代表：

签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------- e01
E01 = """T:PERPETUAL SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. BTS-ACC-2025-06
P:This Agreement is made on the date of the last signature below between:
P:(1) Jingdezhen Baitai Eggshell Porcelain Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 27 Sanbao Road, Zhushan District, Jingdezhen, Jiangxi Province (the "Customer"); and
P:(2) Antipsara Ceramic Computing I.K.E., a private company incorporated in Greece with its registered office at the Harbour House, Nisída Antipsara, Greece (the "Vendor").
P:Recitals
P:(A) The Customer produces eggshell porcelain with walls below one millimetre after firing and needs software to model wall thickness and predict kiln shrinkage.
P:(B) The Vendor develops and licenses the ThinForm modelling suite for ceramic studios and has agreed to license it to the Customer, to adapt it to the Customer's forms and to support it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the ThinForm desktop modelling suite and the Kiln Shrinkage Simulation module, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Customised Deliverables" means the Eggshell Profile Library, the Translucency Calculator, the glaze-thickness tables and every other item the Vendor creates specifically for the Customer under Article 2.2, including source code, data files and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the acceptance tests have been passed.
P:1.4 "Customer Data" means all form geometries, photographs, kiln logs, recipes and other files that the Customer creates, loads or processes with the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use six named-user seats of the Software and three seats of the Kiln Shrinkage Simulation module at the Customer's studios in Jingdezhen, for the Customer's own business.
P:2.2 The Vendor shall build the Customised Deliverables: a parametric library of the Customer's forty-two standard eggshell forms, a calculator that predicts translucency from wall thickness and body recipe, and glaze-thickness tables for the Customer's three kilns.
P:2.3 The Vendor shall install the Software on the Customer's workstations, migrate the Customer's existing drawings and train the Customer's designers and kiln masters.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 648,000, fixed and inclusive of all taxes, travel and expenses, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ThinForm modelling suite, perpetual named-user seat|6|58,000|348,000
TB:2|Kiln Shrinkage Simulation module, perpetual seat|3|42,000|126,000
TB:|Licence Subtotal|||474,000
TB:3|Customised Deliverables (Article 2.2)|1 lot|138,000|138,000
TB:4|Installation, drawing migration and training|1 lot|36,000|36,000
TB:|Contract Price|||648,000
P:3.2 The Contract Price changes only by a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 129,600) within fifteen days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 35% of the Contract Price (CNY 226,800) within fifteen days after the Vendor has installed the Software on all workstations. This payment does not mean that the Customer accepts any part of the work.
P:4.3 The Customer shall pay the balance of 45% of the Contract Price (CNY 291,600) within fifteen days after Final Acceptance.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall install the Software within thirty days after signature and shall deliver the Customised Deliverables for acceptance testing within ninety days after signature.
P:5.2 If the Vendor misses either date for reasons not attributable to the Customer, it shall pay the Customer liquidated damages of CNY 700 for each day of delay, up to a total of 10% of the Contract Price. The Customer may deduct these damages from any amount due to the Vendor.
H:Article 6 Acceptance
P:6.1 The acceptance tests are: (a) all forty-two forms of the Profile Library open and regenerate correctly from their parameters; (b) predicted fired wall thickness for ten forms chosen by the Customer differs from measured test firings by no more than 0.08 millimetres; (c) the Translucency Calculator ranks twenty test tiles in the same order as the Customer's light-box measurements; (d) shrinkage predictions for each of the three kilns fall within the tolerance stated in Annex 2; and (e) the documentation and source code of the Customised Deliverables have been handed over.
P:6.2 The Vendor shall run the tests with the Customer's staff in Jingdezhen. Failed tests are repeated after correction at the Vendor's cost; a second failure of the same test entitles the Customer to a price reduction or to terminate under Article 15.
P:6.3 When all tests are passed the Customer signs a Final Acceptance certificate. Installation, use of the Software in production or payment under Article 4.2 does not amount to acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants for eighteen months from Final Acceptance that the Software and the Customised Deliverables conform to their documentation and to Annex 2, and shall correct any nonconformity free of charge.
P:7.2 During the warranty the Vendor provides updates, new versions of the Software and the support described in Article 8 at no extra charge.
H:Article 8 Support and Service Levels
P:8.1 The Vendor provides support by telephone, e-mail and remote session in English and Chinese from 08:00 to 20:00 China Standard Time on Chinese working days, and for Severity 1 incidents at all times.
P:8.2 Severity 1 means that the Software cannot start, corrupts a model, or stops all designers from working. Severity 2 means that an important function fails but a workaround exists. Severity 3 means any other question or defect.
P:8.3 The Vendor shall respond to a Severity 1 incident within two hours and provide a workaround or fix within one business day; for Severity 2 it shall respond within eight business hours and fix within ten business days; Severity 3 items are handled in the next release.
P:8.4 For each full hour by which the Vendor misses a Severity 1 response or fix time, it shall credit the Customer CNY 600, and for each full business day by which it misses a Severity 2 fix time, CNY 300. Credits are deducted from the next payment due.
H:Article 9 Post-Warranty Support
P:9.1 After the warranty the Customer may order annual support covering updates, new versions and the service levels of Article 8. The annual support fee is 11% of the Licence Subtotal, that is CNY 52,140 per year, fixed for the first three support years.
P:9.2 Any later increase must be agreed in writing and shall not exceed 3% over the previous support year. Support is ordered year by year by the Customer's written order and does not renew automatically.
H:Article 10 Intellectual Property
P:10.1 The Vendor keeps all rights in the Software as it existed before this Agreement and in its general improvements.
P:10.2 All intellectual property in the Customised Deliverables vests in the Customer on creation. The Customer may use, modify, copy and license them freely, including to other software suppliers. The Vendor shall deliver their complete source code with Final Acceptance.
H:Article 11 Customer Data and Security
P:11.1 Customer Data belongs to the Customer. The Vendor may access it only to install, test and support the Software and may not copy, keep or use it for any other purpose.
P:11.2 The Software runs on the Customer's own workstations. Remote sessions require the Customer's approval for each session, are run through the Customer's remote-access tool and are recorded. The Vendor shall not transfer Customer Data outside the People's Republic of China.
P:11.3 The Vendor shall keep its staff's credentials secure, use up-to-date malware protection on any device that connects to the Customer's systems, and return or destroy any Customer Data on its devices after each task.
P:11.4 The Vendor shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, help the Customer to contain it, and is liable for all loss the Customer suffers from a security incident caused by the Vendor or its staff.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's forms, body and glaze recipes and firing curves, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 13 Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of Articles 11 and 12.
H:Article 14 Subcontracting and Assignment
P:14.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent and remains responsible for any subcontractor the Customer approves.
P:14.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 15 Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after notice, if the delay damages under Article 5.2 reach their maximum, or in the case described in Article 6.2.
P:15.2 On termination before Final Acceptance the Vendor shall refund the amounts paid for the work not accepted, and the Customer may keep using any licence already paid for.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Greece.
P:16.2 Any dispute arising out of this Agreement that the parties cannot settle within thirty days shall be finally resolved by arbitration in Athens, Greece, before a sole arbitrator under the rules of the Athens Chamber of Commerce and Industry. The language of the arbitration is English.
H:Article 17 General
P:17.1 Annex 1 (Functional Specification) and Annex 2 (Tolerances and Test Forms) form part of this Agreement. This Agreement is signed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------- e02
E02 = """# ORDER FORM AND GENERAL TERMS — ONLINE TICKETING SERVICE

**Order Form No.** KT-OF-2025-118
**Customer:** Jiangxi Sanqingshan Cableway Co., Ltd., Nanqing Road 9, Yushan County, Shangrao, Jiangxi Province, People's Republic of China
**Vendor:** Kumari Tickets OÜ, a private limited company registered in Estonia, registered office at Kumari Island, Lääne County, Estonia

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the Customer and the Vendor (the "Agreement"). If Part A and Part B conflict, Part A prevails.

---

## PART A — ORDER FORM

### A1. Service

A1.1 The Vendor will provide its cloud ticketing platform "KumariGate" as a subscription service (the "Service") for the Customer's three cable-car lines on Mount Sanqing: online and on-site sales, time-slot reservation, real-name ticket verification at the turnstiles, group and travel-agency booking, refunds and daily settlement reports.

A1.2 The Service includes onboarding: configuration of products, prices and time slots; integration with the Customer's 46 turnstiles, its two payment-service providers and the Shangrao tourism real-name platform; migration of open agency accounts; and training of ticket-office and finance staff (together, "Onboarding").

### A2. Subscription Term

A2.1 The Subscription Term is three Subscription Years starting on the Go-Live Date. Each Subscription Year runs from the Go-Live Date or its anniversary to the day before the next anniversary.

A2.2 The Agreement does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

### A3. Fees

A3.1 At the Customer's request all fees are stated and paid in Chinese Yuan (CNY), inclusive of applicable taxes.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, three lines, unlimited staff users, up to 3.2 million tickets per Subscription Year | per Subscription Year | 264,000 |
| Subscription fees for the Subscription Term | 3 Subscription Years | 792,000 |
| Onboarding (one-time) | fixed | 58,000 |
| **Total Contract Value** | | **850,000** |

A3.2 Tickets above 3.2 million in a Subscription Year are charged at CNY 0.012 per ticket, invoiced after the end of that Subscription Year. Such usage charges are not part of the Total Contract Value.

A3.3 Subscription fees are invoiced quarterly in arrears, CNY 66,000 per quarter, payable within thirty days of invoice. The Onboarding fee is invoiced after Go-Live Acceptance and payable within thirty days. No amount is payable before the Go-Live Date.

### A4. Onboarding Timetable and Go-Live Acceptance

A4.1 The Vendor will make the Service ready for Go-Live Acceptance testing within seventy-five days after signature of this Order Form.

A4.2 Go-Live Acceptance tests: (a) every product, price and time slot in Annex A1 can be sold online, at the ticket office and through agency accounts; (b) each of the 46 turnstiles validates QR and ID-card tickets within one second in a two-day trial with live traffic; (c) real-name data reaches the Shangrao tourism platform without rejection; (d) daily settlement reports reconcile with both payment-service providers for seven consecutive days; (e) refunds are processed end to end. The Customer signs a Go-Live Acceptance certificate when all tests pass. Opening the Service to the public does not by itself amount to acceptance.

A4.3 If the Service is not ready for Go-Live Acceptance testing on time for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 900 per day of delay, up to CNY 60,000 in total.

### A5. Service Levels

A5.1 Availability of the ticket-sales and turnstile-validation functions will be at least 99.95% in each calendar month, measured at the Vendor's edge, excluding maintenance announced seven days in advance and carried out between 23:00 and 05:00 China Standard Time.

A5.2 Support is provided in Chinese and English by telephone, chat and e-mail, at all times for Priority 1 and from 07:00 to 20:00 China Standard Time for other priorities.

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| P1 | Sales or turnstile validation stopped at any line | 30 minutes | 2 hours |
| P2 | A function degraded, workaround available | 2 hours | 1 business day |
| P3 | Question or minor defect | 1 business day | next release |

A5.3 Service credits: for each 0.1 percentage point (or part) by which monthly availability falls below the target, the Customer receives a credit of 5% of that month's share of the subscription fee, up to half of that share; for each started hour by which a P1 response or restoration target is missed, CNY 1,000. Credits are deducted from the next invoice.

A5.4 A turnstile-offline mode is provided: turnstiles keep validating tickets already sold for up to six hours without a connection.

### A6. Hosting

A6.1 The Service for the Customer is hosted in a mainland-China region of a public cloud provider named in Annex A2, operated under a filed MLPS level-3 record.

---

## PART B — GENERAL TERMS

### B1. Definitions

B1.1 "Customer Data" means all data entered into or generated by the Service for the Customer, including visitors' names, identity-card numbers, mobile numbers, orders, payment references and turnstile logs.

B1.2 "Customer Configurations" means the products, price rules, time-slot plans, report templates and interface mappings built for the Customer during Onboarding or later.

### B2. Use of the Service

B2.1 The Customer may use the Service during the Subscription Term for its own cable-car operations and allow its staff and contracted travel agencies to use it.

B2.2 The Customer shall not resell the Service or attempt to reverse engineer it.

### B3. Customer Data

B3.1 Customer Data belongs to the Customer. The Vendor processes it only on the Customer's documented instructions and only to provide the Service, and does not use it for any other purpose, including after the Subscription Term.

B3.2 Customer Data is stored and processed only in the People's Republic of China. The Vendor shall not transfer it abroad, and its staff outside China may access production systems only through the audited access path described in Annex A2 and never export personal information.

B3.3 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logged access, daily backups and yearly penetration tests, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

B3.4 The Vendor shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, take immediate steps to contain it, support the Customer's notifications to authorities and visitors, and bear all costs and losses arising from an incident caused by the Vendor or its subcontractors.

B3.5 At the end of the Subscription Term the Vendor shall return Customer Data in a documented format within thirty days and then delete it.

### B4. Intellectual Property

B4.1 The Vendor keeps all rights in the Service and its underlying software.

B4.2 Customer Configurations belong to the Customer. The Customer may use, modify and hand them to any successor supplier, and the Vendor shall export them on request.

### B5. Confidentiality

B5.1 Each party shall keep the other party's non-public information confidential, use it only for this Agreement and disclose it only to staff and advisers who need it and are bound by equal duties. This obligation continues for three years after the Agreement ends; for personal information it continues without limit.

### B6. Subcontractors

B6.1 The Vendor may use subcontractors and sub-processors, including hosting and support partners, to perform the Service. The Vendor shall notify the Customer in writing of any new subcontractor or sub-processor at least fifteen days before it starts work. The Vendor remains responsible for their performance.

### B7. Warranties

B7.1 The Vendor warrants that the Service will perform materially as described in its documentation and that it will be provided with reasonable skill and care.

### B8. Limitation of Liability

B8.1 Neither party is liable for indirect or consequential loss, lost profits or lost revenue.

B8.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer for the six months immediately before the event giving rise to the claim.

B8.3 Clause B8 does not limit liability for death or personal injury caused by negligence, for fraud, or for the Customer's obligation to pay fees.

### B9. Term and Termination

B9.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

B9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. The Customer may also terminate if monthly availability falls below the target in any three months of a Subscription Year.

B9.3 On termination by the Customer under B9.2 the Vendor shall pay any outstanding service credits and provide reasonable transition assistance for up to sixty days at no charge.

### B10. Force Majeure

B10.1 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action. A public-cloud outage in the chosen region is not force majeure for the Vendor.

### B11. Governing Law and Disputes

B11.1 This Agreement is governed by the laws of the Republic of Estonia.

B11.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn, Estonia. The language of the proceedings is English.

### B12. General

B12.1 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

B12.2 Amendments must be in writing and signed by both parties. Notices are sent to the addresses in the Order Form.

---

Signed for the Customer: ____________________ Date: ________

Signed for the Vendor: ____________________ Date: ________
"""

# ----------------------------------------------------------------------------------------------------------------- e03
E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR SOIL-MOISTURE MONITORING EQUIPMENT
P:Contract No. JXDS-CG-2025-014
P:Buyer: Jinxiang Dasuan Agricultural Development Co., Ltd., Jinxiang County, Jining, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Nekselø AgriSense ApS, a company registered in Denmark with its office at Nekselø Havn 3, 4400 Kalundborg, Denmark, acting through its representative office in Qingdao (the "Supplier")
P:The Buyer grows garlic on 2,300 mu of irrigated fields around Jinxiang and wishes to irrigate by measured soil moisture instead of by calendar. After comparing three offers, the Buyer has chosen the Supplier to supply, install and calibrate a soil-moisture monitoring network on the Buyer's standard purchase terms set out below.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply and install 180 three-depth soil-moisture probes, 12 LoRa gateways, 4 field weather stations and 24 interface modules connecting the network to the Buyer's existing drip-irrigation controllers, together with the farm dashboard software licensed perpetually for installation on the Buyer's own server.
P:1.2 The Supplier shall calibrate each probe against gravimetric samples of the Buyer's clay-loam soil, set irrigation thresholds for each field block together with the Buyer's agronomist, and train the Buyer's field staff.
P:1.3 Detailed specifications, probe locations and the field-block map are in Annex 1. The equipment shall be new, unused and suitable for outdoor use in the local climate, including winter frost and summer flooding of the furrows.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Yuan (CNY). The Contract Price is CNY 808,000, inclusive of VAT, delivery to the farm, import duties, installation, calibration and training. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture probe, three depths, with solar logger|180|2,350|423,000
TB:2|LoRa gateway with 4G backhaul|12|6,800|81,600
TB:3|Field weather station|4|16,500|66,000
TB:4|Irrigation-controller interface module|24|3,900|93,600
TB:5|Farm dashboard software, perpetual licence|1|74,000|74,000
TB:|Equipment and Licence Subtotal|||738,200
TB:6|Installation and soil calibration|1 lot|61,800|61,800
TB:7|Training|1 lot|8,000|8,000
TB:|Contract Price|||808,000
P:2.2 The Contract Price is fixed. Quantities may change only by written change order at the unit prices above.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 80,800) within ten working days after signature, against the Supplier's invoice.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 444,400) after all equipment has been delivered and installed and the Buyer has signed the delivery note. Signing the delivery note does not mean acceptance of quality or performance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 282,800) within fifteen working days after Final Acceptance.
P:3.4 All payments are made in CNY by bank transfer to the Supplier's account in China stated in its invoice.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's farm within sixty days after signature and complete installation within eighty days after signature. Installation work in the fields shall be agreed with the Buyer's field manager so that it does not damage growing crops.
P:4.2 The Supplier bears the risk of loss of the equipment until the delivery note is signed. The Supplier is the importer of record and shall obtain all import, radio-type-approval and customs documents at its own cost; equipment shall carry Chinese labels and manuals.
P:4.3 The Buyer shall give the Supplier's installers access to the fields, mark buried irrigation pipes on the field-block map, provide a lockable store for equipment at the farm office and make its agronomist available for threshold setting during the installation period.
P:4.4 If the Supplier fails to complete delivery or installation on time, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 8% of the Contract Price in total. The Buyer may deduct these damages from any payment.
H:Section 5 Acceptance
P:5.1 After installation the network runs for a trial period of twenty-one days during the irrigation season.
P:5.2 Final Acceptance requires that: (a) at least 176 of the 180 probes report valid readings at every scheduled interval during the last seven days of the trial; (b) readings of twenty probes chosen by the Buyer agree with gravimetric samples taken by the county agricultural technology station within the tolerance stated in Annex 1; (c) each interface module starts and stops irrigation on the dashboard command in a test of every field block; (d) the weather stations report to the dashboard; and (e) the calibration records, wiring diagrams and user manuals in Chinese have been handed over.
P:5.3 The Buyer shall carry out the acceptance tests with the Supplier within five working days after the end of the trial and sign a Final Acceptance certificate if they are passed. Delivery, installation or use of the network by the Buyer does not amount to Final Acceptance. If tests fail, the Supplier shall correct the defects at its own cost and the tests are repeated.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and the dashboard software for twenty-four months from Final Acceptance. During the warranty the Supplier shall repair or replace, free of charge, any item that fails in normal use, including batteries and solar panels, and shall bear shipping and travel costs.
P:6.2 Defects may be reported by telephone or through the dashboard. The Supplier shall keep a stock of spare probes and gateways at its Qingdao office.
P:6.3 The Supplier shall recalibrate probes once before each garlic planting season during the warranty at no charge.
H:Section 7 Support after the Warranty
P:7.1 After the warranty the Buyer may order annual support covering repair or replacement of failed items, software updates and the yearly recalibration. The annual support fee is 9% of the Equipment and Licence Subtotal, that is CNY 66,438 per year, and is fixed for the first three years after the warranty.
P:7.2 Support is ordered by the Buyer's written order for each year and does not renew automatically. The Supplier shall keep spare parts available for at least seven years after Final Acceptance.
H:Section 8 Intellectual Property
P:8.1 The calibration curves, irrigation thresholds, field-block configuration and reports prepared for the Buyer belong to the Buyer, which may use, change and give them to any other supplier.
P:8.2 The Supplier keeps its rights in the dashboard software and device firmware; the Buyer's licence to use them is perpetual and includes updates during the warranty and any support year.
H:Section 9 Farm Data and Data Security
P:9.1 All soil-moisture, weather, irrigation and yield data collected by the network ("Farm Data") belong to the Buyer. The Supplier may use Farm Data only to install, calibrate and support the network.
P:9.2 The dashboard runs on the Buyer's own server at the farm. Gateways send data only to that server, over an encrypted connection. The Supplier shall change all default passwords, keep the firmware free of known vulnerabilities, and may log in remotely only with an account issued by the Buyer for each task.
P:9.3 The Supplier shall not copy Farm Data to its own systems or transfer it outside the People's Republic of China.
P:9.4 If the Supplier learns of any unauthorised access to the network or loss of Farm Data, it shall inform the Buyer within twenty-four hours and help to stop it. The Supplier is liable for all loss the Buyer suffers from a security breach caused by the Supplier, its staff or its equipment.
H:Section 10 Liability
P:10.1 The Supplier is liable for any loss the Buyer suffers from the Supplier's breach of this Contract, including crop loss caused by a defective interface module that fails to start or stop irrigation. No limit of liability applies.
P:10.2 The Supplier shall hold public-liability insurance for its work on the farm.
H:Section 11 Subcontracting
P:11.1 The Supplier may use a local contractor for trenching and cable laying only with the Buyer's prior written consent. The Supplier remains responsible for the work of any subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay damages under Section 4.4 reach their maximum.
P:12.2 On termination under Section 12.1 the Supplier shall refund all amounts received and remove its equipment, unless the Buyer chooses to keep equipment already installed at the unit prices in Section 2.
H:Section 13 Force Majeure
P:13.1 A party prevented from performing by an event beyond its control, such as flood, epidemic or government order, shall notify the other party within five days. Performance dates are extended by the duration of the event.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall first be discussed in good faith. A dispute not settled within thirty days shall be submitted to the Jining Arbitration Commission for arbitration in Jining.
H:Section 15 Miscellaneous
P:15.1 This Contract is made in Chinese and English; both versions have equal effect. Annex 1 forms part of this Contract.
P:15.2 This Contract takes effect on signature and seal by both parties.
P:Buyer: Jinxiang Dasuan Agricultural Development Co., Ltd. (seal)    Authorised representative: ______________
P:Supplier: Nekselø AgriSense ApS (by its Qingdao representative office)    Authorised representative: ______________
P:Date: ______________
"""

# ----------------------------------------------------------------------------------------------------------------- e04
E04 = """# MANAGED NETWORK SERVICES AGREEMENT

**Agreement reference:** SKR-MNS-2025-031

**Between**

**Zhejiang Yongkang Huamen Door Industry Co., Ltd.**, a company incorporated in the People's Republic of China, Huamen Industrial Park, Economic Development Zone, Yongkang, Zhejiang Province ("Customer"); and

**Skrova Netdrift AS**, a company incorporated in Norway, registered office at Skrova, 8322 Vågan, Norway, acting in China through its wholly owned service partner network described in Schedule 3 ("Provider").

**Background**

(A) Customer makes steel entrance doors and wooden interior doors at two plants and a logistics centre in Yongkang, and runs its production scheduling, warehouse scanning and office systems over a network that has grown without a design.

(B) Provider designs, installs and operates enterprise networks as a managed service and has offered to take over Customer's network on the terms of this Agreement.

## 1. Definitions

1.1 "Sites" means Plant 1 (steel doors), Plant 2 (wooden doors) and the Logistics Centre, all in Yongkang, as listed in Schedule 2.

1.2 "Managed Network" means the switches, wireless access points, routers, network management platform and site-to-site links supplied and operated by Provider under this Agreement.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance Certificate under clause 5.

1.4 "Initial Term" means the period of twenty-four months starting on the Service Commencement Date.

1.5 "Customer Data" means all data of Customer that passes through or is stored in the Managed Network, including configurations, traffic statistics, logs and device inventories relating to Customer.

## 2. Services

2.1 Provider shall design the Managed Network, supply and install all equipment, migrate Customer's existing users and devices, and then operate, monitor and maintain the Managed Network for the Initial Term (the "Services").

2.2 The Services include: 24x7 monitoring from Provider's network operations centre; incident management under Schedule 1; replacement of failed equipment; firmware maintenance; monthly capacity and performance reports; up to forty moves, adds and changes per month; and a quarterly service review meeting at Customer's premises.

2.3 Equipment remains the property of Provider. At the end of the Agreement Customer may buy the installed equipment at its book value stated in Schedule 2.

## 3. Charges and Payment

3.1 At Customer's request all Charges are stated and paid in Chinese Yuan (CNY). The Charges are set out in Schedule 2: a one-time Installation Charge of CNY 84,000 and a Monthly Service Charge of CNY 46,500. The total Charges for the Initial Term are CNY 1,200,000.

3.2 The Installation Charge is invoiced after Customer signs the Service Acceptance Certificate. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within thirty days. No Charges are payable in advance.

3.3 The Charges are fixed for the Initial Term. Additional sites or services are charged only as agreed in a signed change order.

## 4. Implementation Timetable

4.1 Provider shall complete design, installation and migration, and offer the Managed Network for Service Acceptance testing, within seventy days after signature of this Agreement.

4.2 Installation work in the plants shall be carried out during weekend shutdowns agreed with Customer's production department, so that production is not interrupted.

4.3 If Provider does not offer the Managed Network for Service Acceptance testing on time for reasons not attributable to Customer, Provider shall pay Customer CNY 1,000 for each day of delay, up to CNY 70,000 in total.

## 5. Service Acceptance

5.1 The Service Acceptance tests are: (a) wireless coverage of at least -67 dBm at every scanning point on the coverage maps in Schedule 2; (b) roaming of handheld scanners between access points without dropped sessions along the three test routes; (c) failover of each site-to-site link within thirty seconds; (d) all users and devices in the migration list working on the Managed Network; and (e) a seven-day run without a Priority 1 incident.

5.2 When all tests are passed Customer signs the Service Acceptance Certificate. Installation or use of the Managed Network before that date is not acceptance, and no Monthly Service Charge is payable for that period.

## 6. Service Levels and Service Credits

6.1 Provider shall make the Managed Network available at each Site at least 99.95% of the time in each calendar month, excluding planned maintenance agreed with Customer at least five days in advance.

6.2 Provider shall respond to and restore incidents within the times in Schedule 1.

6.3 If Provider misses a service level, Customer is entitled to the Service Credits in Schedule 1, deducted from the next invoice. Service Credits in any month shall not exceed half of the Monthly Service Charge for that month.

6.4 Service Credits, together with Provider's obligation to restore the Services, are Customer's sole and exclusive remedy for any failure to meet a service level.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services and shall not sell it, disclose it for payment or use it for any other business.

7.2 At the end of the Agreement Provider shall hand over the current configurations of the Managed Network to Customer.

## 8. Intellectual Property

8.1 The network design, addressing plan, configurations, diagrams and documentation prepared for Customer under this Agreement belong to Customer, which may use, change and give them to any successor provider.

8.2 Provider keeps its rights in its network management platform and its general know-how.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public business and technical information received from the other party, including Customer's production plans, customer lists and plant layouts, and shall disclose it only to employees and partners who need it for this Agreement and are bound by the same duty.

9.2 This clause continues for three years after the end of this Agreement.

## 10. Subcontracting

10.1 Provider may use the service partners named in Schedule 3 for on-site work. Provider shall not use any other subcontractor without Customer's prior written consent, and remains responsible for all subcontractors.

## 11. Liability

11.1 Each party's total liability under or in connection with this Agreement is limited to 150% of the total Charges for the Initial Term.

11.2 The limit in clause 11.1 does not apply to death or personal injury, wilful misconduct or breach of clause 9.

## 12. Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

12.2 Customer may not terminate this Agreement before the end of the Initial Term. If Provider fails to perform, Customer's remedies are the Service Credits under clause 6, the delay payments under clause 4.3 and Provider's obligation to re-perform.

12.3 Provider may suspend the Services or terminate this Agreement by written notice if Customer fails to pay undisputed Charges within sixty days after a written reminder.

12.4 On expiry Provider shall give reasonable assistance for up to thirty days to transfer the Services to Customer or a successor provider.

## 13. Force Majeure

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control. Failure of Provider's equipment or of a subcontractor is not such an event.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes not settled by negotiation within thirty days shall be submitted to the Jinhua Arbitration Commission for arbitration in Jinhua. The award is final and binding on both parties.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. It is made in English and Chinese, and both texts have equal force.

---

## Schedule 1 — Priorities, Response and Restoration

| Priority | Definition | Response | Restoration | Service Credit |
|---|---|---|---|---|
| P1 | A Site, or all wireless scanning at a Site, is down | 15 minutes | 3 hours | 4% of the Monthly Service Charge per started hour beyond restoration time |
| P2 | A building or production line segment degraded | 30 minutes | 8 hours | 1% of the Monthly Service Charge per started 2-hour block beyond restoration time |
| P3 | Single user or device affected | 2 hours | 2 business days | none |
| Availability | Below 99.95% at a Site in a month | — | — | 5% of the Monthly Service Charge per started 0.1 percentage point below target |

## Schedule 2 — Sites and Charges

| Item | Description | Amount (CNY) |
|---|---|---|
| Plant 1 | 48 switches, 96 access points, core pair | Monthly 19,800 |
| Plant 2 | 36 switches, 70 access points | Monthly 14,200 |
| Logistics Centre | 14 switches, 58 access points | Monthly 8,600 |
| Links and NOC | dual site-to-site links, monitoring platform | Monthly 3,900 |
| **Monthly Service Charge** | | **46,500** |
| Installation Charge | design, installation, migration (one-time) | 84,000 |
| **Total Charges, Initial Term** | 24 x 46,500 + 84,000 | **1,200,000** |

Coverage maps, equipment lists and book values are attached to this Schedule.

## Schedule 3 — Service Partners

Yongkang Xintong Network Engineering Co., Ltd. (cabling and on-site replacement); Hangzhou Lianchuang Logistics Co., Ltd. (equipment warehousing and transport).

---

For Customer: ____________________    For Provider: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------- e05
E05 = """API SUBSCRIPTION AGREEMENT
IDENTITY-DOCUMENT OCR SERVICE

Agreement No.: ZEC-CN-2025-0042

PARTIES

Shenzhen Qingqi E-Bike Rental Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at Floor 9, Tower B, Keji Park, Nanshan District, Shenzhen, Guangdong Province ("Customer"); and

Zečevo Vision d.o.o., a company incorporated in Croatia, with its registered office at Otok Zečevo, Zadar County, Croatia ("Vendor").

BACKGROUND

Customer rents electric bicycles to riders in Shenzhen through a mobile app. Before a first rental, each rider must be verified against a second-generation resident identity card. Customer wishes to read identity cards automatically from photographs taken in the app. Vendor operates an optical character recognition service for identity documents that is deployed in a mainland-China cloud region, and has agreed to provide it to Customer on the terms of this Agreement, including the Schedule.

1. DEFINITIONS

1.1 "API" means Vendor's application programming interface for identity-card recognition, as described in the Schedule.

1.2 "Customer Data" means all images submitted by Customer through the API and all results returned, including names, identity-card numbers, addresses, dates of birth and portrait crops.

1.3 "Subscription Year" means each period starting on the Production Start Date or on an anniversary of it and ending the day before the next anniversary.

1.4 "Production Start Date" means the date on which Customer signs the Integration Acceptance record under clause 4.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API for two Subscription Years from the Production Start Date (the "Term"), with the call volume, accuracy and service levels in the Schedule.

2.2 Vendor shall provide onboarding: a test environment, an SDK for Customer's Android and iOS apps, integration support by Vendor's engineers in Chinese and English, and a field-mapping layer that returns results in the format of Customer's rider database ("Onboarding").

2.3 The Agreement ends at the end of the Term. It does not renew automatically; a further term requires a new written agreement.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and paid in Chinese Yuan (CNY), inclusive of VAT.

3.2 The fees are: Onboarding, one-time, CNY 52,000; Subscription Fee, CNY 228,000 per Subscription Year, covering up to 1,500,000 successful recognitions per Subscription Year. The total contract value for the Term is CNY 508,000.

3.3 Recognitions above the included volume are charged at CNY 0.11 each and invoiced quarterly in arrears. These usage charges are not part of the total contract value.

3.4 On signature of this Agreement Vendor shall invoice the Onboarding fee together with the Subscription Fee for the first Subscription Year, CNY 280,000 in total, payable within ten days of invoice. Vendor will open production access only after this invoice has been paid.

3.5 The Subscription Fee for the second Subscription Year is invoiced at the start of that Subscription Year and payable within thirty days.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Vendor shall make the test environment, SDK and field-mapping layer available within twenty days after signature and shall support Customer's integration until Integration Acceptance.

4.2 Integration Acceptance tests are run on a test set of 2,000 identity-card photographs supplied by Customer and taken under the conditions of the app (indoor, outdoor, night, glare). The tests are passed when: (a) no more than 14 cards in the set return an error in any of the name, number or address fields; (b) every card with a forged or altered number in Customer's control set is flagged; (c) the median response time is below 800 milliseconds; and (d) results arrive in Customer's rider database through the field-mapping layer without manual correction.

4.3 When the tests are passed, the parties sign an Integration Acceptance record. Use of the test environment does not amount to acceptance.

4.4 If Vendor's part of the Onboarding is not ready for Integration Acceptance within forty-five days after signature for reasons not attributable to Customer, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 25,000.

5. SERVICE LEVELS

5.1 Vendor shall make the API available at least 99.5% of each calendar month, measured by Vendor's monitoring from outside its network and reported to Customer monthly.

5.2 Incidents are handled according to the priorities in the Schedule. Priority 1 incidents are reported by telephone to Vendor's support line in Shenzhen, which is staffed at all times.

5.3 If Vendor does not meet a service level, Customer receives the service credits in the Schedule. Service credits are deducted from the next invoice or, after the Term, paid to Customer.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer, and Customer remains the personal information handler for riders' data. Vendor processes Customer Data as Customer's entrusted party under the Personal Information Protection Law.

6.2 Vendor deletes submitted images and results from its production systems within twenty-four hours after the result is returned, except as allowed by clause 6.3.

6.3 Customer agrees that Vendor may keep up to two per cent of submitted images, after masking the name, number and portrait, together with the corresponding field layouts, and use them to train and improve its recognition models for all of its customers. Vendor may continue to use such training material after the Term.

7. DATA SECURITY

7.1 The API is hosted in a mainland-China cloud region with an MLPS level-3 record. Vendor shall encrypt Customer Data in transit and at rest, restrict access to named engineers with multi-factor authentication, keep access logs for at least six months, and not transfer Customer Data outside the People's Republic of China.

7.2 Vendor shall have its security controls audited yearly by an independent assessor and give Customer the summary report on request.

7.3 Vendor shall notify Customer within twelve hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, take immediate measures to limit the harm, and assist Customer with notifications to riders and authorities. Vendor is liable for all losses, fines and costs that Customer suffers from a security incident caused by Vendor or its personnel.

8. INTELLECTUAL PROPERTY

8.1 Vendor keeps all rights in the API, the SDK and its recognition models.

8.2 The field-mapping layer and any other code or configuration written specifically for Customer belong to Customer. Vendor shall deliver their source code at Integration Acceptance, and Customer may use and modify them and hand them to another supplier.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's rider numbers, business plans and app design, and Vendor's technical documentation and prices. Such information may be used only for this Agreement. This clause survives the end of the Agreement by three years.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of the service, other than hosting by the cloud provider named in the Schedule, without Customer's prior written consent. Vendor remains responsible for any subcontractor.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total contract value stated in clause 3.2.

11.2 The limit does not apply to breach of clauses 6, 7 and 9, to personal injury or to wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not remedied within twenty days after written notice.

12.2 Customer may also terminate by written notice if monthly availability is below the target in the Schedule in any two consecutive months.

12.3 On termination by Customer under clause 12.1 or 12.2, Vendor shall refund the part of the Subscription Fee paid for the period after termination and return or delete Customer Data as Customer instructs.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules then in force. The arbitral award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties. The Schedule forms part of this Agreement.

SCHEDULE — SERVICE DESCRIPTION, PRIORITIES AND SERVICE CREDITS

S1. Scope. Recognition of the front and back of second-generation resident identity cards: name, sex, ethnicity, date of birth, address, identity-card number, issuing authority, validity period, and a portrait crop; detection of copies, screen photos and altered numbers.

S2. Hosting. Cloud region: Guangzhou, operated by a mainland-China public cloud provider named in the onboarding document.

S3. Priorities.
Priority 1: the API is unavailable or returns errors for more than one in ten requests. Response: 30 minutes. Restoration: 2 hours.
Priority 2: response times are above two seconds for more than one in ten requests, or one field is returned wrongly for many cards. Response: 2 hours. Restoration: 1 business day.
Priority 3: questions and minor defects. Response: 1 business day.

S4. Service credits.
Availability below 99.5% in a month: 5% of that month's share of the Subscription Fee for each started 0.2 percentage point below target, up to half of that share.
Priority 1 restoration missed: CNY 800 for each started hour beyond the restoration time.

S5. Contacts. Each party names a service manager and an escalation contact in the onboarding document.

Signed for Customer: ____________________  Date: __________

Signed for Vendor: ____________________  Date: __________
"""


# ============================================================================================================ labels
def terms(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="service")
    for k in kw:
        assert k in base, k
    base.update(kw)
    return base


# stem, file extension, language, category, source, terms, extra, expected rules, TCO inputs (fee base, warranty
# years, fee %) or None, forum outside mainland China
C = [
    dict(stem="h314z01_water_bureau_secondary_supply_quality_monitoring", ext="pdf", lang="zh", cat="hardware", src=Z01,
         terms=terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                     contract_kind="goods_or_licence"),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False, contract_value=2594000),
         rules=[], tco=(2174000, 3, 8), forum_out=False),
    dict(stem="h314z02_wire_mill_drawing_line_control_retrofit", ext="docx", lang="zh", cat="hardware", src=Z02,
         terms=terms(p1_response_hours=1, ld_rate_per_day_pct=0.02, liability_cap_pct=150, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=None,
                     contract_kind="goods_or_licence"),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                    acceptance_deemed_on_delivery=False, contract_value=1994000),
         rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE"], tco=None, forum_out=False),
    dict(stem="h314z03_dental_lab_chain_order_logistics_saas", ext="txt", lang="zh", cat="cloud", src=Z03,
         terms=terms(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
                     liability_cap_pct=150, auto_renewal_price_increase=True),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=940000),
         rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], tco=None, forum_out=False),
    dict(stem="h314z04_archives_bureau_digital_archive_system_om", ext="txt", lang="zh", cat="services", src=Z04,
         terms=terms(p1_response_hours=0.25, ld_rate_per_day_pct=0.2),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000),
         rules=[], tco=None, forum_out=False),
    dict(stem="h314z05_oyster_sauce_erp_supplier_template", ext="md", lang="zh", cat="software", src=Z05,
         terms=terms(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", liability_cap_pct=20,
                     prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
                     warranty_months=6, post_warranty_fee_pct=25, subcontract_without_consent=True,
                     governing_law=None, contract_kind="goods_or_licence"),
         extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=True, contract_value=1160000),
         rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
                "CR-WARRANTY"], tco=(860000, 0.5, 25), forum_out=False),
    dict(stem="h314e01_eggshell_porcelain_modelling_licences_greek_vendor", ext="pdf", lang="en", cat="software",
         src=E01,
         terms=terms(p1_response_hours=2, ld_rate_per_day_pct=700 / 648000 * 100, liability_cap_pct=150,
                     prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
                     post_warranty_fee_pct=11, governing_law="Greece", contract_kind="goods_or_licence"),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False, contract_value=648000),
         rules=["CR-GOVERNING-LAW"], tco=(474000, 1.5, 11), forum_out=True),
    dict(stem="h314e02_cableway_ticketing_saas_order_form_estonian_vendor", ext="md", lang="en", cat="cloud", src=E02,
         terms=terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=900 / 850000 * 100,
                     liability_cap_pct=16.6667, subcontract_without_consent=True, governing_law="Estonia"),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=850000),
         rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], tco=None, forum_out=True),
    dict(stem="h314e03_garlic_farm_soil_moisture_sensors_buyer_paper", ext="docx", lang="en", cat="hardware", src=E03,
         terms=terms(sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                     contract_kind="goods_or_licence"),
         extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False, contract_value=808000),
         rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], tco=(738200, 2, 9), forum_out=False),
    dict(stem="h314e04_door_maker_managed_network_service", ext="md", lang="en", cat="services", src=E04,
         terms=terms(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
                     ld_rate_per_day_pct=1000 / 1200000 * 100, liability_cap_pct=150, termination_for_breach=False),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1200000),
         rules=["CR-DATA-SECURITY", "CR-TERMINATION"], tco=None, forum_out=False),
    dict(stem="h314e05_ebike_rental_id_card_ocr_api_subscription", ext="txt", lang="en", cat="cloud", src=E05,
         terms=terms(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                     ld_rate_per_day_pct=500 / 508000 * 100, liability_cap_pct=200,
                     prepayment_pct=280000 / 508000 * 100),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=508000),
         rules=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"], tco=None, forum_out=False),
]

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
EXPECTED_RISK = {"h314z01": "low", "h314z02": "high", "h314z03": "medium", "h314z04": "low", "h314z05": "high",
                 "h314e01": "low", "h314e02": "medium", "h314e03": "high", "h314e04": "high", "h314e05": "medium"}


def tco_share(c):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years, pro rata."""
    if c["tco"] is None:
        return None
    base, wy, pct = c["tco"]
    post = max(0.0, 5 - wy) * base * pct / 100
    total = c["extra"]["contract_value"] + post
    return post, total, post / total * 100


def derive_rules(c):
    """policy.md section 3 applied to my own labels (a consistency check of the labels, not the project's engine)."""
    t, x, r = c["terms"], c["extra"], set()
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(c)
        if sh is not None and sh[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or c["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ============================================================================================= threshold-figure scan
BANNED = {
    "availability 99.9": [r"99\.9(?!\d)"],
    "P1 4 hours": [r"(?<![\d.])4\s*(?:个)?\s*小时", r"(?<![十\d])四\s*(?:个)?小时", r"(?<![\d.])4[\s-]*(?:hours?|hrs?|h)\b",
                   r"(?<!twenty-)(?<!twenty )\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(?:minutes|mins?|分钟)"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.05\s*(?:%|per\s*cent|percent)", r"万分之五(?!十)", r"百分之零点零五",
                      r"(?<![\d.])0\.05(?!\d)"],
    "cap 100 %": [r"(?<![\d.])100\s*(?:%|per\s*cent|percent)", r"百分之一?百", r"one\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30\s*(?:%|per\s*cent|percent)", r"百分之三十", r"三成", r"thirty\s+per\s*cent"],
    "TCO 40 %": [r"(?<![\d.])40\s*(?:%|per\s*cent|percent)", r"百分之四十", r"四成", r"forty\s+per\s*cent"],
    "post-warranty 15 %": [r"(?<![\d.])15\s*(?:%|per\s*cent|percent)", r"百分之十五", r"fifteen\s+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:个\s*月|月(?!\s*\d+\s*日))", r"(?<![\d.])12[\s-]*months?\b", r"(?<![十一二三四五六七八九\d])十二\s*个月",
                           r"\btwelve[\s-]*months?\b", r"\bone[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b",
                           r"(?<![十〇零\d])一\s*年", r"\ba\s+year\b"],
    "5 years": [r"(?<![\d.])5\s*年", r"(?<![十\d])五\s*年", r"(?<![\d.])5[\s-]*years?\b", r"\bfive[\s-]*years?\b",
                r"(?<![\d.])60\s*(?:个)?\s*月", r"(?<![\d.])60[\s-]*months?\b", r"\bsixty[\s-]*months?\b",
                r"六十个月"],
}
MUST_HIT = ["4小时", "四小时", "4 小时", "4 hours", "four hours", "4-hour", "240分钟", "240 minutes", "99.9%", "0.05%",
            "万分之五", "100%", "百分之百", "百分之一百", "30%", "百分之三十", "三成", "40%", "四成", "15%", "百分之十五",
            "12个月", "十二个月", "12 months", "12-month", "one year", "one-year", "一年", "五年", "5年", "5 years",
            "five-year", "60个月", "60 months", "30 per cent", "twelve months"]
MUST_NOT_HIT = ["twenty-four hours", "12月31日", "24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "2.15%", "130%",
                "四十二个月", "二十四个月", "2025年", "十一条", "第一条", "一级故障", "0.055 mm", "140%", "万分之五十",
                "3.5 years", "25 years", "2 hours", "240,000", "统计", "每一个月", "1,500,000", "12,400", "60,000"]


def hits(text):
    out = []
    for label, pats in BANNED.items():
        for pat in pats:
            for m in re.finditer(pat, text, flags=re.I):
                out.append((label, m.group(0), text[max(0, m.start() - 20):m.end() + 20].replace("\n", " ")))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), "regex self-test: should hit " + s
    for s in MUST_NOT_HIT:
        assert not hits(s), "regex self-test: should not hit %s %s" % (s, hits(s))


# ================================================================================================== read-back checks
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_off_thresholds(c):
    t, sh = c["terms"], tco_share(c)
    assert t["availability_pct"] != 99.9
    assert t["p1_response_hours"] != 4
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
    assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-9
    assert t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - 15) > 1e-9
    assert sh is None or abs(sh[2] - 40) > 1


def label(c, fname):
    x = dict(c["extra"])
    if c["terms"]["contract_kind"] != "goods_or_licence":
        assert "post_warranty_fee_capped" not in x
        assert c["terms"]["warranty_months"] is None and c["terms"]["post_warranty_fee_pct"] is None
    return {"file": fname, "language": c["lang"], "category": c["cat"], "expected_terms": c["terms"],
            "expected_extra": x, "expected_rules": sorted(c["rules"])}


def main():
    self_test()
    sources = {c["stem"]: c["src"] for c in C if c["ext"] in ("docx", "pdf")}
    targets = {c["stem"]: (c["stem"] + "." + c["ext"], c["ext"]) for c in C if c["ext"] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for c in C:
        if c["ext"] in ("txt", "md"):
            (OUT / (c["stem"] + "." + c["ext"])).write_text(c["src"], encoding="utf-8")
            print("wrote", c["stem"] + "." + c["ext"])
    covered, problems = set(), []
    for c in C:
        fname = c["stem"] + "." + c["ext"]
        text = read_back(OUT / fname)
        n = len(text) if c["lang"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (fname, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text) if c["lang"] == "zh" else text):
            for h in hits(variant):
                problems.append("%s threshold figure %r: ...%s..." % (fname, h[1], h[2]))
        check_off_thresholds(c)
        derived = derive_rules(c)
        if derived != sorted(c["rules"]):
            problems.append("%s rules %s != derived %s" % (fname, c["rules"], derived))
        key = c["stem"][:7]
        if risk(c["rules"]) != EXPECTED_RISK[key]:
            problems.append("%s risk %s != %s" % (fname, risk(c["rules"]), EXPECTED_RISK[key]))
        covered |= set(c["rules"])
        (OUT / (c["stem"] + ".json")).write_text(json.dumps(label(c, fname), ensure_ascii=False, indent=1),
                                                 encoding="utf-8")
        sh = tco_share(c)
        print("%-66s %s %5d  risk %-6s %s%s" % (fname, c["lang"], n, risk(c["rules"]), ", ".join(c["rules"]) or
                                                "(none)", "" if sh is None else "  [TCO %.0f, share %.2f %%]" %
                                                (sh[1], sh[2])))
    missing = set(SEVERITY) - covered
    if missing:
        problems.append("rules never expected: %s" % sorted(missing))
    counts = sorted(len(c["rules"]) for c in C)
    print("findings per contract:", counts)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems
    print("all checks passed; every one of the %d CR rules is expected at least once" % len(SEVERITY))


if __name__ == "__main__":
    main()
