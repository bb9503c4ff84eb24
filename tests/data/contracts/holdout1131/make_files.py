"""holdout1131: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no threshold value in labels or texts, rules derived from the labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:商标监管平台软件许可及定制开发采购合同
P:合同编号：ZC-SJ-2027-0318　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市市场监督管理局
P:乙方（供应商）：江州数智信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就甲方商标监管平台的软件许可及定制开发项目，经协商一致，订立本合同。本合同使用甲方提供的政府采购合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供商标监管平台软件（含商标注册信息查询、商标侵权线索管理、商标代理机构监管、执法案件协查四个模块）的永久使用许可，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发，包括：与市场主体登记系统、12315投诉举报平台、执法办案系统的数据接口；驰名商标及地理标志专题库；监管驾驶舱及统计报表。
P:1.3 乙方负责历史数据迁移、系统部署、联调及用户培训，具体范围见附件一《需求规格说明书》。
P:1.4 平台应支持国产操作系统、数据库及中间件，满足政务云资源规范及商用密码应用要求。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰捌拾肆万捌仟元整（¥1,848,000），含税。其中：平台软件许可费860,000元；定制开发费690,000元；数据迁移及接口费210,000元；实施及培训费88,000元。
P:2.2 上述价款为固定总价，包含乙方完成本合同全部工作所需的一切费用，甲方不再另行支付任何费用。
P:2.3 乙方应在每期付款前向甲方开具合法有效的增值税发票，发票信息错误的，甲方付款期限相应顺延。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按照财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百二十日内完成部署及定制开发并提交初步验收申请。
P:4.2 初步验收通过后进入六十日试运行期，试运行期满乙方提交最终验收申请。
P:4.3 乙方应指派具有高级项目管理资格的项目经理及不少于六名开发、测试人员驻场实施，未经甲方同意不得更换项目经理；甲方认为驻场人员不能胜任的，有权要求乙方在五个工作日内更换。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题及风险；需求发生变更的，双方以书面变更单确认工作量及工期，变更单经双方签字后生效。
P:4.5 乙方在甲方场所工作期间应遵守甲方的安全管理、保密管理及机房出入制度，其人员的人身安全及劳动报酬由乙方负责。
H:第五条 验收
P:5.1 初步验收标准：附件一所列功能逐项测试通过；接口数据与源系统比对一致；在200个并发用户条件下常用查询响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障；迁移数据经甲方抽查核对无误；用户手册、运维手册、源代码及数据库设计文档齐全。
P:5.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。系统上线运行、甲方使用或付款，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内完成整改并重新申请验收，由此产生的费用由乙方承担，工期不予顺延。
H:第六条 质量保证及售后服务
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%；一级故障（系统整体不可用或核心业务中断）30分钟内响应、2小时内到场；二级故障2小时内响应、次日内解决。
P:6.3 乙方未达到第6.2款服务水平的，每超时1小时扣减违约金800元；月度可用率每低于约定值0.01个百分点，扣减1,500元，从应付款项或履约保证金中扣除。
P:6.4 乙方应在系统上线前为甲方业务人员、执法人员及系统管理员分别组织培训，培训总人次不少于一百五十人次，并提供培训教材和操作视频；质保期内如平台功能发生调整，乙方应免费补充培训。
P:6.5 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%（即每年77,400元），该价格三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发形成的接口程序、专题库、报表及全部源代码、文档，其知识产权归甲方所有，甲方有权自行使用、修改或委托第三方维护。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台内的商标数据、执法数据及其他业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过堡垒机进行远程运维，不得擅自复制、导出或留存甲方数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、执法信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:10.3 乙方违反第八条、第九条约定的，除赔偿甲方全部损失外，甲方有权解除合同，并将其不良行为记录报送财政部门。
P:10.4 甲方逾期付款的（第3.4款情形除外），每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:乙方不得将本项目转包，亦不得分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、附件一《需求规格说明书》及附件二《分项报价表》为本合同组成部分。
P:14.2 乙方应在合同签订后七个工作日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还；乙方未履行合同义务的，甲方有权从履约保证金中扣除相应违约金及赔偿金。
P:14.3 合同履行中的通知应以书面形式送达双方在本合同中列明的地址或联系人，一方变更联系方式应提前书面通知对方。
P:14.4 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:14.5 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：2027年3月　日　　　　　　日期：2027年3月　日
"""

Z02 = r"""
T:刨床生产线控制系统改造合同
P:合同编号：DPC-GZ-2027-016
P:甲方（买方）：某电动刨床厂
P:乙方（卖方）：华岳工业自动化工程有限公司
P:甲方为提高刨床生产线的自动化水平，委托乙方对其十二条生产线的控制系统进行改造，包括设备供货、控制软件许可、安装调试及数据对接。双方经协商一致，订立本合同。
H:第一条 改造范围
P:乙方负责拆除甲方十二条刨床装配及加工生产线的原有继电器控制柜，更换为可编程控制器、伺服驱动系统及人机界面，部署产线控制软件和数据采集服务器，并将产线数据对接至甲方现有的制造执行系统（MES）。详细技术要求见附件一《改造技术规格书》。
P:改造后的控制系统应满足以下基本要求：各产线具备急停、安全光幕及门禁联锁功能，符合机械安全相关国家标准；控制柜防护等级不低于IP54；PLC程序采用结构化编写并附注释；人机界面支持中文显示、配方管理及报警记录查询；数据采集服务器保存不少于三年的产线运行数据，并可按班次、产线、设备导出报表。
H:第二条 合同价款及分项报价
P:合同总价为人民币壹佰捌拾万元整（¥1,800,000），含13%增值税、运输、保险、安装及调试费用。分项报价如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|可编程控制器（PLC）及扩展模块|12套|38,500|462,000
TB:2|伺服驱动器及伺服电机|24套|16,800|403,200
TB:3|人机界面触摸屏|12台|6,900|82,800
TB:4|工业交换机及协议网关|12套|9,250|111,000
TB:5|产线控制软件许可（永久）|12套|22,500|270,000
TB:6|数据采集服务器及监控软件|1套|201,000|201,000
TB:软硬件小计|||||1,530,000
TB:7|拆装改造及系统调试|1项|190,000|190,000
TB:8|MES数据对接开发|1项|56,000|56,000
TB:9|操作及维护培训|1项|24,000|24,000
TB:合计||||1,800,000
H:第三条 付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款；
P:（二）全部设备到货并完成安装后，甲方支付合同总价的45%。到货签收和安装完成不代表设备质量验收合格；
P:（三）全部生产线通过最终验收后，甲方支付合同总价的35%。
P:乙方应在每次付款前开具合法有效的增值税专用发票。
H:第四条 交货及施工
P:乙方应在合同生效后四十五日内将全部设备运至甲方厂区，并在甲方安排的停产窗口内分批完成改造，每批不超过三条生产线，每批停线时间不超过七日。改造期间乙方应采取措施保证未改造产线的正常生产，并遵守甲方厂区的安全生产制度，施工人员须持证上岗。
P:乙方应指定一名具有电气工程师资格的项目负责人常驻现场，负责施工组织、安全管理及与甲方设备部的协调。每批改造开始前三日，乙方应提交施工方案及停线计划，经甲方确认后实施；因乙方原因超出停线时间的，按第十一条第（一）项承担违约责任。
H:第五条 验收
P:（一）每条生产线改造完成后进行单线调试，调试合格后连续试生产十个工作日。
P:（二）最终验收标准：各产线动作节拍达到附件一规定值；加工精度检测符合图纸公差；设备故障停机累计不超过两小时；产线数据在MES中实时显示且与现场读数一致；技术资料、程序备份及操作手册交付齐全。
P:（三）验收由甲方设备部组织，双方签署书面验收证书。试生产或甲方使用设备，均不视为验收合格。
P:（四）验收不合格的，乙方应在十日内整改并重新验收，费用由乙方承担。
H:第六条 质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现的非人为故障，由乙方免费维修或更换。
P:（二）质保期内，一级故障（产线停机）乙方1小时内响应、8小时内到场；二级故障（单台设备功能异常）当日响应、次日到场处理。乙方每超时1小时，向甲方支付800元违约金。
P:（三）乙方应在甲方厂区储备常用备件，备件清单见附件二。备件库存不足导致维修延误的，视为乙方超时。
P:（四）质保期内同一设备因同一原因连续出现三次以上故障的，乙方应免费更换同型号新设备，更换设备的质保期重新计算。
P:（五）乙方应为甲方培训电气维修人员和操作人员，培训内容包括设备原理、日常点检、程序备份及常见故障排除，培训结束后进行考核，考核合格人员不少于二十人。
H:第七条 质保期满后的维保服务
P:（一）质保期满后，乙方继续提供维保服务，服务内容包括定期巡检、故障维修、备件更换及软件升级。
P:（二）年度维保费按软硬件小计的28%计取，即每年人民币428,400元，在维保期内不作调整，于每个维保年度结束后支付。
P:（三）维保期内一级故障的响应和到场时间与质保期相同；维保年度内乙方应至少进行四次现场巡检，并提交巡检报告及设备健康评估。
P:（四）维保服务按年度签订服务确认单，不自动续期。
H:第八条 知识产权
P:产线控制软件的著作权归其原权利人所有，甲方享有永久使用权。乙方为本项目编写的PLC程序、人机界面画面及MES对接程序，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或委托第三方修改。
H:第九条 数据安全
P:（一）生产线运行数据、工艺参数及产品质量数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方进行远程诊断须经甲方逐次批准，通过甲方指定的安全通道接入，不得复制或带离甲方数据。
P:（三）发生数据泄露或被篡改的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方承担。
H:第十条 保密
P:双方对在合同履行中获悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:（二）乙方提供的设备不符合合同约定的，甲方有权要求更换，并由乙方承担因此造成的停产损失。
P:（三）乙方在质保期或维保期内未按约定履行维修义务的，甲方可自行或委托第三方维修，所需费用由乙方承担，甲方可从应付款项中直接扣除。
P:（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:乙方不得转包本合同。电气施工等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。合同解除后，乙方应配合甲方完成已改造产线的资料移交及程序备份，确保甲方能够继续生产；已安装且经甲方确认可正常使用的设备，双方据实结算。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十五条 其他
P:（一）本合同附件包括：附件一《改造技术规格书》、附件二《备件清单》、附件三《停线计划》，均为合同的组成部分，与正文具有同等效力。
P:（二）合同履行中需要变更改造范围的，双方应签订书面变更协议，明确价款及工期的调整。
P:（三）乙方在甲方厂区施工期间发生的人身伤亡及财产损失，除因甲方原因造成的以外，由乙方负责。
P:（四）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = r"""门店预约及会员管理系统服务合同

合同编号：NYPX-SaaS-2027-02
甲方：某挪威语培训连锁有限公司（下称“甲方”）
乙方：云课通软件服务有限公司（下称“乙方”）

甲方在全国经营三十家挪威语培训门店，拟统一使用乙方的课程预约及会员管理系统（以下简称“系统”）。乙方以软件即服务方式提供系统，并负责实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店开通系统账号，功能包括：课程排期、学员在线预约及取消、教室和外教排班、会员卡及课时包管理、储值及退费审批、续费提醒、门店经营报表。
2. 系统提供学员端小程序、门店前台端及总部管理端，总部可按门店、课程级别、外教查看预约率及课消数据。
3. 订阅期内乙方负责系统的运行、维护、版本升级、数据备份及安全防护。
（二）实施服务
1. 乙方负责系统初始化配置、三十家门店的课程及会员数据导入、与甲方财务系统和支付渠道的对接，以及总部和门店人员培训。
2. 乙方为甲方定制课时消耗报表、外教课酬统计报表和会员流失预警看板。
3. 实施期自合同生效之日起六十日，具体计划见附件一《实施方案》。
4. 培训包括总部管理员培训两场、门店前台及教务人员线上培训六场，乙方提供操作手册及视频教程；新开门店上线时，乙方免费提供一次远程培训。
（三）客户服务
1. 乙方为甲方指定一名客户成功经理，负责需求沟通、使用情况回访及季度服务报告。
2. 乙方提供工作日9:00至21:00及周末9:00至18:00的电话和在线客服，覆盖门店的主要营业时间。
3. 乙方每季度向甲方提交服务报告，内容包括可用率统计、故障处理情况、功能更新说明及使用建议。

二、服务期限
（一）本合同服务期为两个服务年度，自系统上线验收合格之日起计算。每个服务年度为连续的三百六十五日。
（二）服务期满前三十日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，可多次续期。续期的订阅费由乙方根据其届时的价格政策确定，乙方有权上调订阅费，并于续期前通知甲方。

三、费用及支付
（一）合同总价为人民币柒拾壹万肆仟元整（¥714,000），包括：
1. 订阅费：每家门店每个服务年度9,800元，三十家门店每个服务年度合计294,000元，两个服务年度合计588,000元；
2. 实施费：一次性126,000元（含数据导入、接口对接、定制报表及培训）。
（二）实施费在系统上线验收合格后十五个工作日内支付。
（三）订阅费按季度结算，甲方在每个季度结束后十个工作日内支付该季度的订阅费。
（四）门店数量增减的，订阅费按实际开通门店数及使用月数调整。
（五）乙方应在收款前开具合法有效的增值税发票。
（六）除本合同列明的费用外，乙方不得以短信通道、存储空间、接口调用等名义另行收取费用；学员在线支付的通道手续费由甲方按支付机构标准直接承担。

四、上线验收
（一）验收标准：附件一所列功能全部可用；三十家门店历史会员、课时余额及储值余额导入后与甲方原始台账核对一致；与财务系统、支付渠道的对账连续五日无差异；在三百名用户同时预约的条件下，预约提交响应时间不超过3秒；门店人员培训完成。
（二）乙方完成实施后书面申请验收，甲方在十个工作日内组织验收并出具书面意见。系统试用、部分门店开始使用，均不视为验收合格。
（三）验收不合格的，乙方应在十日内整改后重新申请验收，整改期间计入实施期。
（四）验收合格之日为系统上线日，第一个服务年度自该日起算，上线前的试用期间不收取订阅费。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在夜间并提前三日通知甲方，计划内维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（系统无法登录、预约或支付中断）：30分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常，有替代方案）：2小时内响应，当日解决；
3. 三级故障（一般咨询及优化建议）：一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点（不足0.1个百分点的按0.1个百分点计），按当月订阅费的5%抵扣，最高抵扣当月订阅费的一半。一级故障超过恢复时限的，每超时1小时另抵扣1,000元。补偿从下一季度订阅费中扣除。

六、数据及数据安全
（一）甲方及其学员在系统中产生的会员信息、预约记录、课时及消费数据归甲方所有。
（二）乙方有权将上述数据进行去标识化处理后汇总，用于乙方产品改进、算法训练及编制教培行业分析报告，该项使用在合同终止后仍可继续。
（三）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志及每日备份等措施，遵守《个人信息保护法》关于学员个人信息的规定。
（四）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方，采取补救措施，并承担因其原因造成的全部损失。
（五）乙方应每年委托第三方进行一次渗透测试，并将测试结论及整改情况告知甲方；系统应通过网络安全等级保护二级备案。
（六）合同终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在交还后删除其保存的甲方数据（第（二）项所述汇总数据除外）。

七、知识产权
系统本身的知识产权归乙方所有。乙方为甲方定制的报表、看板及接口程序，其知识产权归甲方所有，甲方可自由使用和修改。乙方保证系统及其使用的第三方组件不侵犯任何第三方的知识产权，因侵权引起的索赔由乙方负责处理并承担费用。

八、保密
双方对在合作中获知的对方经营信息、学员信息及技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

九、违约责任
（一）乙方未能在实施期内完成上线验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
（二）因乙方原因导致学员个人信息泄露、被监管部门处罚或引发学员投诉的，乙方应承担甲方因此支出的赔偿、罚款及处理费用。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十、分包
乙方不得将本合同项下的实施服务或运维服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
（二）连续两个月月度可用率低于承诺值，或一个季度内发生三次以上一级故障的，视为乙方严重违约，甲方可直接解除合同。
（三）合同解除后，甲方按实际服务期间结算订阅费，乙方应按第六条第（六）项交还数据。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、其他
（一）本合同项下的通知以书面形式发送至附件二所列联系人及地址，电子邮件发送成功即视为送达。
（二）甲方门店更名、迁址或关闭的，应提前十五日通知乙方，乙方应配合完成账号变更及数据迁移，不另收费。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一《实施方案》、附件二《门店清单》为本合同组成部分。

甲方（盖章）：　　　　　　　　乙方（盖章）：
签订日期：2027年2月　日
"""

Z04 = r"""公交场站视频监控系统年度运维服务合同

项目编号：JTJ-CS-2027-009（竞争性磋商）
采购人（甲方）：某市交通运输局
供应商（乙方）：安衡智能技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方公交场站视频监控系统年度运维服务事项，订立本合同。

一、服务范围
1. 运维对象：甲方所辖三十二个公交场站及枢纽站的视频监控系统，包括前端摄像机一千一百五十路、硬盘录像机及存储设备、场站汇聚交换机、传输链路、监控中心视频管理平台、大屏显示系统及配套供电设施，设备清单见附件一。
2. 服务内容：
（1）日常巡检：每月对全部场站进行一次现场巡检，每季度对前端设备进行一次清洁和校准；
（2）故障处理：接报后按第四条时限响应、到场和修复；
（3）平台维护：视频管理平台的日常监测、补丁更新、配置备份及录像存储空间管理；
（4）设备维修及更换：保修期外设备的维修，单价两千元以下的易损件由乙方免费更换，其他配件按附件二单价据实结算；
（5）重大活动保障：春运、节假日及甲方通知的重大活动期间安排专人值守；
（6）运维资料：建立设备台账，每月提交运维报告，年底提交年度运维总结；
（7）应急预案：服务期开始后二十日内编制视频监控系统应急预案，报甲方审定，并每半年组织一次应急演练；
（8）优化建议：结合故障统计和设备老化情况，每季度向甲方提出设备更新和系统优化建议，供甲方编制预算参考。
3. 备品备件：乙方应在市区设立备件库，储备摄像机、硬盘、交换机、电源模块等常用备件，数量不少于附件一设备数量的一定比例，具体品类及数量见附件二，备件库存情况每月随运维报告报送甲方。

二、服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满后，甲方按规定重新组织采购，本合同不自动续期。

三、服务费用及支付
1. 合同总价为人民币肆拾捌万陆仟元整（¥486,000），为全部服务内容的固定总价，含人工、交通、工具、易损件及税费。附件二所列需另行结算的配件费用不在合同总价内。
2. 服务费按季度支付。每季度结束后，甲方根据第五条的季度考核结果，在收到发票后十五个工作日内支付该季度服务费121,500元，扣除当季应扣款项。
3. 本合同不设预付款。
4. 合同总价已考虑服务期内人工、材料及物价变动等因素，服务期内不作调整；附件二所列配件单价在服务期内同样固定不变，乙方结算配件费用时应提供更换记录及旧件照片。

四、服务水平
1. 故障分级：
（1）一级故障：监控中心平台瘫痪，或单个场站视频全部中断；
（2）二级故障：单个场站部分摄像机无图像或录像缺失；
（3）三级故障：图像模糊、角度偏移等一般问题。
2. 响应及处理时限：一级故障30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日修复；三级故障两个工作日内处理完毕。
3. 乙方应设置7×24小时服务热线，并在监控中心安排一名驻场工程师，工作日8:00至18:00在岗。
4. 扣款：一级故障超过到场或恢复时限的，每超时1小时扣减服务费1,000元；二级故障超过修复时限的，每路每日扣减200元；未按计划完成月度巡检的，每缺一个场站扣减500元。
5. 全部故障均应通过甲方运维工单系统登记，故障发生、响应、到场、恢复的时间以工单系统记录为准；乙方人员不得事后补录或修改工单时间。

五、考核及验收
1. 进场交接：乙方应在服务期开始后十日内完成设备清点、台账建立及系统状态评估，双方签署交接确认单。
2. 季度考核：甲方依据运维报告、故障工单记录、巡检记录及抽查结果，对照附件三《考核细则》进行考核，考核结果作为支付当季服务费的依据。
3. 年度验收：服务期满前，甲方组织年度验收，验收标准为：全年巡检记录完整；一级故障均在时限内恢复；设备台账与现场一致；运维文档及配置备份完整移交。年度验收合格后，双方签署验收报告。
4. 季度考核或年度验收不合格的，乙方应在甲方书面通知后十五日内完成整改，整改期间发生的费用由乙方承担；整改后仍不合格的，甲方可将相关情况记入供应商履约评价，并作为今后采购评审的参考。

六、数据安全
1. 监控视频、录像、平台配置及场站运营数据均属于甲方所有，乙方仅可为运维目的在甲方授权范围内访问。
2. 乙方不得拷贝、截取、下载或对外提供任何监控图像，运维所用电脑不得接入互联网，移动存储介质须经甲方登记。
3. 乙方远程访问平台须经甲方审批，并通过甲方的堡垒机进行，所有操作留存日志备查。
4. 发生视频泄露、数据丢失或系统被入侵的，乙方应在1小时内报告甲方，配合公安机关调查，并承担因其原因造成的全部责任。
5. 更换下来的存储硬盘由甲方统一销毁，乙方不得带离。

七、知识产权
乙方在服务中形成的设备台账、运维报告、配置文件及技术文档，其所有权和知识产权归甲方所有。

八、人员要求
1. 乙方应配备项目经理一名、驻场工程师一名、巡检维修工程师不少于六名，人员名单报甲方备案。
2. 乙方人员进入场站应佩戴工作证，遵守场站安全管理规定，高处作业须采取安全防护措施。
3. 乙方更换项目经理须提前十日征得甲方同意。
4. 乙方应为其人员办理工伤保险及意外伤害保险，乙方人员在服务中发生的人身伤亡由乙方负责。
5. 乙方人员应具备相应的弱电、网络或安防专业资格，驻场工程师应熟悉视频管理平台的操作和维护，乙方应在服务期开始前组织岗前培训。

九、违约责任
1. 乙方未按约定时间完成进场交接或未按年度计划完成巡检任务的，每逾期一日按合同总价的千分之一向甲方支付违约金。
2. 因乙方运维不当造成设备损坏的，乙方负责修复或按原价赔偿。
3. 乙方应在甲方通知后五日内支付违约金，逾期未付的，甲方可从应付服务费中扣除。
4. 因乙方未及时修复故障，导致场站发生治安或安全事件时无法调取录像的，乙方应承担相应责任，并赔偿甲方因此遭受的损失。
5. 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

十、分包
乙方不得将本合同服务转包或分包给任何第三方。

十一、合同的终止
本合同在服务期满时终止。服务期内双方均不得单方解除本合同，但因不可抗力致使合同目的无法实现的除外。乙方违约的，按第四条、第九条承担扣款及违约责任。

十二、争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。争议处理期间，乙方应继续履行运维服务，不得以存在争议为由中断故障处理或巡检。

十三、其他
1. 磋商文件、响应文件、成交通知书及本合同附件均为本合同组成部分。
2. 服务期满或合同终止时，乙方应在十日内向甲方或甲方指定的新服务商移交设备台账、配置备份、账号口令、运维文档及未结工单，并配合完成交接，不得以任何理由拖延。
3. 服务期内甲方新增场站或摄像机的，新增设备纳入运维范围，服务费按附件二单价及实际服务月数另行计算，由双方签订补充协议。
4. 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""

Z05 = r"""# 软件许可及定制开发合同

（乙方标准合同文本 V3.0 · 匠序科技）

合同编号：JX-2027-0425

甲方（用户）：某木偶工坊有限公司

乙方（开发商）：匠序信息科技有限公司

鉴于甲方从事提线木偶、杖头木偶的设计制作及文创产品生产，希望对雕刻、彩绘、装配、提线调试等工序进行数字化跟踪管理，乙方同意向甲方许可使用“匠序工序追踪系统”并进行定制开发。双方依据乙方标准合同文本订立本合同。

## 第一条 定义

1.1 “标准软件”指乙方自主研发的匠序工序追踪系统标准版，包括工单管理、工序报工、物料领用、质检记录、扫码追溯及统计报表模块。

1.2 “定制模块”指乙方根据甲方需求为甲方开发的木偶工艺模板、彩绘色卡库、提线调试记录、手艺人计件工资及订单交期看板等功能。

1.3 “上线”指系统在甲方环境完成安装部署并开放甲方人员使用。

1.4 “用户”指经甲方授权、可同时登录系统的账号数量，扫码报工终端不计入用户数。

## 第二条 合同价款

2.1 本合同总价为人民币柒拾万元整（¥700,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠序工序追踪系统标准版许可（50用户，永久） | 380,000 |
| 2 | 定制模块开发 | 260,000 |
| 3 | 部署实施 | 48,000 |
| 4 | 用户培训 | 12,000 |
| | 合计 | 700,000 |

2.2 上述价格不含甲方服务器、数据库、操作系统及扫码终端等硬件设备，该等设备由甲方自行采购。

2.3 甲方增加用户数的，按乙方届时有效的价格表另行购买。

2.4 上述价格含增值税。乙方在收到每期款项后开具增值税普通发票，甲方需要专用发票的，应在付款前书面告知乙方并提供开票信息。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币455,000元。乙方收到该款项后启动项目。

3.2 系统上线后五个工作日内，甲方支付合同余款，即合同总价的35%，人民币245,000元。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付

4.1 乙方计划于收到首期款后九十日内完成部署及定制开发并安排上线。因需求变更、甲方配合不及时或其他非乙方原因导致延期的，交付时间相应顺延。

4.2 乙方延期交付的，双方应协商调整交付计划，乙方不因此承担违约责任。

4.3 甲方应提供符合乙方要求的软硬件环境、网络条件及工艺资料，并指定项目联系人。

4.4 部署实施内容包括：标准软件安装、基础数据初始化、工序路线配置、扫码标签模板设置，以及雕刻、彩绘、装配、提线调试四个车间的报工终端调试。

4.5 用户培训为两次集中培训，每次不超过一天，培训对象为甲方管理人员及各车间班组长。超出部分的培训或驻场支持，乙方按人天另行收费。

4.6 上线前，乙方将在甲方环境进行一次系统演示，演示中发现的问题由乙方在上线前或上线后修复。

4.7 甲方应在乙方提交需求确认书后五个工作日内签字确认。需求确认书签字后甲方提出的变更，视为新需求，由乙方另行评估工作量和费用。

## 第五条 验收

5.1 系统上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的新需求或修改意见，不影响验收结论，乙方可另行报价。

5.3 甲方因自身原因未能按计划安排上线的，自乙方通知可以上线之日起满十五日，视为系统已经上线。

## 第六条 售后服务

6.1 乙方自系统上线之日起提供六个月的免费维护，内容为修复系统缺陷及远程技术支持。

6.2 免费维护期内，乙方接到甲方故障报告后，将尽合理努力及时处理。因甲方操作不当、擅自修改或硬件故障引起的问题，乙方可收取服务费。

6.3 免费维护期内，乙方提供标准软件的版本更新，但不包括新增模块及定制模块的功能扩展。乙方对系统的服务方式为远程支持，需要现场服务的，甲方应承担乙方人员的差旅费用。

6.4 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方另行签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

## 第七条 知识产权

7.1 标准软件及定制模块（包括其源代码、设计文档、工艺模板的数据结构）的著作权及其他知识产权均归乙方所有。

7.2 乙方授予甲方在其自身经营范围内使用标准软件及定制模块的非独占、不可转让的许可。甲方不得对软件进行反向工程、修改或提供给任何第三方使用。

7.3 乙方有权将定制模块中的通用功能纳入其标准产品，向其他客户提供。

7.4 乙方保证标准软件不侵犯第三方知识产权。如发生侵权争议，乙方负责处理，甲方应及时通知乙方并提供必要协助。

## 第八条 数据

8.1 甲方在系统中录入的订单、工艺、人员及生产数据归甲方所有。

8.2 为改进产品和服务，乙方有权收集系统运行日志及甲方业务数据，经脱敏处理后用于乙方产品优化、行业模型训练及市场分析。

8.3 乙方应采取访问控制、数据加密和定期备份等措施保护甲方数据安全。因乙方过错导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据，并承担相应的赔偿责任。

8.4 甲方负责其服务器、网络及终端的安全防护，因甲方环境原因导致的数据丢失，乙方不承担责任。

8.5 合同终止后，乙方可在甲方提出要求时协助甲方导出数据，导出服务按乙方报价收费。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密负有保密义务，包括甲方的木偶造型设计、工艺配方及客户信息，以及乙方的技术资料和报价。

9.2 下列信息不属于保密信息：已经公开的信息；接收方从第三方合法获得的信息；接收方独立开发的信息；依法律或政府要求必须披露的信息。

9.3 保密期限为合同终止后三年。

## 第十条 违约及合同解除

10.1 任何一方严重违反本合同约定，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除合同。

10.2 甲方未按约定付款，或违反第七条约定使用软件的，乙方有权终止许可并要求甲方赔偿损失。

10.3 甲方在许可期内停止使用系统或单方解除合同的，已付款项不予退还。

10.4 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十一条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不能预见、不能避免且不能克服的原因，导致一方不能履行合同的，该方不承担责任，但应及时通知对方，并在合理期限内提供相关证明。不可抗力持续超过六十日的，双方应协商是否继续履行合同。

## 第十二条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 乙方有权在其宣传资料及客户名单中使用甲方名称及项目案例，但不得披露甲方的工艺及经营数据。

13.3 本合同附件包括《需求确认书》《部署环境要求》及《培训计划》，附件与正文不一致的，以正文为准。

13.4 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FMS-CN-2027-044
P:This Agreement is made between Ningbo Hengrui Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer"), and Wensum Plant Systems Ltd, a company registered in England and Wales with its registered office at Station Road, Harleston, Norfolk, United Kingdom (the "Vendor").
P:Background: The Vendor develops and licenses FoundryCare, a plant maintenance and quality management software product. The Customer wishes to acquire a perpetual licence to FoundryCare for its two casting plants in Ningbo, together with implementation, interface development and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FoundryCare product in object code, version 8 or later, with its standard modules for asset registers, preventive maintenance, work orders, spare parts, inspection plans, non-conformance reports and statistical process control, and its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, inspection templates, scripts and configuration developed by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including equipment records, maintenance histories, quality measurements and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Article 5 have been passed.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users and 60 shop-floor tablets at the Customer's plants and offices in the People's Republic of China, for the internal business purposes of the Customer and its affiliates.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not decompile or reverse engineer the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers, migrate the Customer's existing maintenance and inspection records from spreadsheets and the legacy system, and develop interfaces with the Customer's ERP system, its spectrometer and coordinate measuring machines, and its energy metering system, as described in the Statement of Work in Annex 1.
P:3.2 The Vendor shall provide on-site and remote training for administrators, maintenance planners, quality engineers and shop-floor staff, with Chinese-language training materials.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin.
P:3.4 The Vendor shall complete installation within 60 days and submit the system for Final Acceptance within 150 days after the date of this Agreement, in accordance with the project plan in Annex 1.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,914,000, inclusive of VAT, made up of: Software licence fee CNY 1,264,000; implementation and data migration CNY 418,000; interface development CNY 186,000; training CNY 46,000. The price is fixed and covers all travel and expenses of the Vendor.
P:4.2 The Customer shall pay: (a) 20% of the total price within 30 days after signature of this Agreement against a valid invoice; (b) 45% within 30 days after the Vendor's installation of the Software, which does not constitute acceptance; and (c) 35% within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY to the Vendor's bank account designated in the invoice.
H:Article 5 Acceptance
P:5.1 After installation and completion of the Custom Deliverables, the parties shall carry out the acceptance tests in Annex 3, which shall demonstrate at least that: every function in the Statement of Work operates as specified; migrated records reconcile with the source records in number and content; the ERP and measuring-machine interfaces transfer data without error for ten consecutive working days; the system supports 120 concurrent users with screen response times of no more than three seconds; and the documentation is complete.
P:5.2 If the tests are passed, the Customer shall issue a Final Acceptance certificate within ten working days. If any test fails, the Vendor shall correct the failure at its own cost and repeat the test.
P:5.3 Installation, training, productive use of the Software or any payment shall not be deemed Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and the Statement of Work for a warranty period of 18 months from Final Acceptance. During the warranty period, the Vendor shall correct defects, provide new releases of the Software and provide technical support free of charge.
P:6.2 During the warranty period and any support period, the Vendor shall respond to a Priority 1 incident (the Software is unavailable or a critical function cannot be used at a plant) within one hour, and provide a workaround or fix within eight hours. Priority 2 incidents shall receive a response within three hours and a fix within three working days.
P:6.3 For every full hour by which the Vendor exceeds a Priority 1 response or fix time, the Vendor shall credit the Customer CNY 1,200 against the next payment or support fee due.
P:6.4 After the warranty period, the Customer may order annual support covering defect correction, new releases and technical support at the levels in Article 6.2. The annual support fee shall be 11% of the Software licence fee, namely CNY 139,040 per year, and shall not be increased for the first three years of support. Support is ordered year by year by the Customer and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code with Final Acceptance, and the Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall keep access logs, and shall not copy Customer Data outside the Customer's systems. Personal information shall be handled in accordance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not be transferred outside mainland China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in remedying it, and shall be liable for all losses arising from a breach of this Article 8 caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical, commercial and financial information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 The obligations in this Article survive for five years after termination of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 3.4 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The total liability of either party under this Agreement shall not exceed 150% of the total price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 or 9.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.
P:12.2 The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Customer under this Article, the Vendor shall refund payments for services not accepted, and the licence to the Software already paid for shall continue.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Statement of Work and project plan), Annex 2 (price list) and Annex 3 (acceptance tests), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

E02 = r"""# SaaS ORDER FORM AND GENERAL TERMS

**Order Form No.** SO-2027-0193
**Provider:** Saltmarsh Cloud Services Ltd, The Granary, Staithe Street, Wells-next-the-Sea, Norfolk, England
**Customer:** Hangzhou Lanting Home Appliances Co., Ltd., Hangzhou, Zhejiang Province, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") under which the Provider supplies its FieldLink field-service management service to the Customer. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1 Service

FieldLink, a hosted field-service management application for scheduling, dispatching and recording after-sales repair and installation visits, with the web console for dispatchers and managers, the FieldLink mobile app for technicians, the customer appointment portal and the standard analytics pack. The service is hosted for the Customer in a data centre operated in mainland China by the Provider's hosting partner.

### A2 Subscription Term

Twenty-four (24) months from the Go-Live Date, divided into two Subscription Years. The Go-Live Date is the date on which the Customer confirms Go-Live Acceptance under A5. This Order Form does not renew automatically. Any continuation after the Subscription Term requires a new Order Form at fees agreed by the parties at that time.

### A3 Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Total for the Term (CNY) |
|---|---|---|---|---|
| Platform fee (console, portal, analytics) | 1 | 70,000 per year | 70,000 | 140,000 |
| Technician user subscriptions | 230 users | 1,200 per user per year | 276,000 | 552,000 |
| Onboarding and data migration (one-time) | 1 | 58,000 | - | 58,000 |
| **Total contract value** | | | 346,000 | **750,000** |

All fees are in CNY and include VAT. Fees are fixed for the Subscription Term. Additional technician users may be added at the unit price above, pro rata to the end of the current Subscription Year.

### A4 Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance.
(b) Subscription fees are invoiced quarterly in advance, in eight equal instalments of CNY 86,500, the first on the Go-Live Date.
(c) The Customer shall pay each correct invoice within 30 days after receipt, by bank transfer to the Provider's account in the People's Republic of China named on the invoice.

### A5 Onboarding and Go-Live Acceptance

(a) The Provider shall configure the service, migrate the Customer's open work orders, technician records, spare-parts catalogue and three years of service history, build the interface with the Customer's customer-service call centre system and ERP system, and train 20 dispatchers and 230 technicians, within 75 days after signature of this Order Form.
(b) Go-Live Acceptance requires that: every function listed in the onboarding plan works in the Customer's production tenant; migrated records reconcile with the source systems in count and key fields; work orders flow between the call centre system, FieldLink and the ERP without error for seven consecutive days; and the mobile app works on the Customer's standard Android and iOS devices. The Customer shall confirm or reject Go-Live Acceptance in writing within ten working days after the Provider's notice of readiness, giving reasons for any rejection.
(c) Use of the service for training or pilot dispatching before Go-Live Acceptance does not constitute acceptance.
(d) If Go-Live Acceptance is not achieved within the period in A5(a) for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.

### A6 Service Levels

(a) Availability target: 99.95% per calendar month for the web console, mobile app synchronisation and customer portal, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 Beijing time.
(b) Incident response: Priority 1 (service unavailable or technicians unable to receive work orders) - response within one hour, 24 hours a day, 7 days a week; Priority 2 (major function impaired) - response within three hours during business hours; Priority 3 - next business day.
(c) The Provider shall report monthly availability and incident statistics to the Customer.
(d) Service credits are not offered under this Agreement. If the Provider misses a service level, the Provider will use commercially reasonable efforts to restore the service and will provide a root-cause report on request.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to or generated in the service by or for the Customer, its staff and its end customers, including appointment details, addresses, telephone numbers, photographs and signatures captured by technicians.
1.2 "Documentation" means the Provider's user guides and technical documentation for the service as updated from time to time.
1.3 "Configurations" means the workflows, forms, checklists, report templates and interface mappings created for the Customer during onboarding or the Subscription Term.

### 2. Provision of the Service

2.1 The Provider shall provide the service in accordance with the Documentation, Part A and applicable law. The Provider may update the service, provided that no update materially reduces its functionality or security.
2.2 The Customer shall use the service only for its own business and that of its affiliates in mainland China and shall be responsible for its users' compliance with this Agreement.

### 3. Customer Data and Security

3.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's documented instructions and only to provide the service under this Agreement.
3.2 The Provider shall store and process Customer Data only in mainland China and shall apply encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of administrative actions and daily backups kept for 30 days. The service shall maintain its MLPS level 3 filing throughout the Subscription Term.
3.3 The Provider shall notify the Customer without undue delay, and in any case within 24 hours, after becoming aware of a personal information or security breach affecting Customer Data, shall take all necessary remedial steps and shall be liable for losses caused by a breach of this Section 3 by the Provider or its subcontractors.
3.4 Within 30 days after the end of the Agreement the Provider shall return Customer Data in CSV or another agreed format and then delete it from the service and its backups, confirming deletion in writing.

### 4. Intellectual Property

4.1 The service, the Documentation and all related software remain the property of the Provider.
4.2 Configurations, custom reports and the interface mappings created for the Customer belong to the Customer, which may use, copy and modify them freely and have them used by other suppliers after the Agreement ends.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for the purposes of this Agreement and not disclose it to third parties except to professional advisers and permitted subcontractors bound by equivalent duties.
5.2 This Section continues to apply for three years after the end of the Agreement.

### 6. Subcontracting

The Provider may engage subcontractors, including hosting, support and implementation partners, to perform any part of the service, by giving the Customer written notice of the subcontractor's name and role. The Provider remains responsible for its subcontractors' performance.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.
7.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.
7.3 The limits in this Section do not apply to death or personal injury caused by negligence, fraud, or the Customer's obligation to pay fees.

### 8. Term and Termination

8.1 The Agreement runs for the Subscription Term unless terminated earlier under this Section.
8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.
8.3 On termination by the Customer under Section 8.2, the Provider shall refund any prepaid subscription fees for the period after termination.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the People's Republic of China.
9.2 Any dispute shall first be discussed by senior managers of both parties. If it is not resolved within 30 days, either party may submit it to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 10. General

10.1 Notices shall be given in writing to the addresses in the heading of the Order Form, by courier or by e-mail with confirmation of receipt.
10.2 Neither party may assign the Agreement without the other party's written consent, except to an affiliate in connection with a reorganisation.
10.3 This Agreement is the entire agreement of the parties on its subject and replaces any earlier proposals. It may be amended only in writing signed by both parties.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

E03 = r"""
T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. JH-EQ-2027-071
P:Buyer: Dongguan Jiahe Paper Co., Ltd., a company established in the People's Republic of China, with its registered address in Dongguan, Guangdong Province (the "Buyer").
P:Supplier: Fenland Sensing Ltd, a company registered in England and Wales, of Bexwell Business Park, Downham Market, Norfolk, England (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Supplier will supply wireless vibration and temperature sensors, gateways and a perpetual licence to its condition monitoring software for the paper machines, pulping line and boiler house of the Buyer's mill, and will install and commission the system.
H:1. Definitions and Scope
P:1.1 "System" means the sensors, gateways, server software and all related documentation listed in the price table in Clause 2, installed and configured at the Buyer's mill.
P:1.2 "Software" means the Supplier's MachineWatch condition monitoring software, including its analytics engine, alarm management, web dashboards and mobile notifications.
P:1.3 "Buyer Data" means all measurements, alarms, asset records, reports and other data collected or produced by the System at the Buyer's site.
P:1.4 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's distributed control system and maintenance management system, and train the Buyer's personnel, as specified in the Technical Specification in Annex 1.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,970,000, inclusive of VAT, delivery to the Buyer's mill (DDP), insurance, installation and all other costs of the Supplier. The itemised prices are:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors, ATEX-rated|320|2,650|848,000
TB:2|Industrial gateways with 4G and Ethernet backhaul|24|18,500|444,000
TB:3|MachineWatch server software, perpetual licence for 400 assets|1|386,000|386,000
TB:|Equipment and licence subtotal|||1,678,000
TB:4|Installation, mounting and commissioning|1 lot|168,000|168,000
TB:5|Integration with DCS and maintenance system|1 lot|96,000|96,000
TB:6|Training of operators and reliability engineers|1 lot|28,000|28,000
TB:|Contract Price|||1,970,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes, inflation or any other reason.
H:3. Payment
P:3.1 The Buyer shall pay the Contract Price in three instalments, each within 30 days after receipt of a correct VAT invoice:
P:(a) 10% after signature of this Contract, against a bank guarantee for the same amount issued by a bank in mainland China;
P:(b) 55% after delivery and installation of all sensors and gateways, confirmed by an Installation Certificate signed by both parties, which does not constitute acceptance of the System;
P:(c) 35% after Final Acceptance under Clause 5.
P:3.2 Within 14 days after signature, the Supplier shall provide a performance bond of 5% of the Contract Price issued by a bank in mainland China, valid until the end of the warranty period. The Buyer may draw on the bond for any amount the Supplier owes under this Contract.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 70 days after signature of this Contract and complete installation and commissioning within 40 days after delivery. Installation work on running machines shall be coordinated with the Buyer's production planning and performed during planned shutdowns where required.
P:4.2 The Supplier's personnel shall comply with the Buyer's site safety rules, permit-to-work procedures and hot-work restrictions. The Supplier shall provide its own tools and lifting equipment.
P:4.3 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, calibration certificates for every sensor and installation drawings showing the mounting point of each sensor on each asset.
P:4.4 Title to and risk in the equipment pass to the Buyer upon delivery to the Buyer's mill, but passing of title does not constitute acceptance.
H:5. Acceptance
P:5.1 After commissioning, the System shall undergo a trial run of 30 consecutive days. Final Acceptance requires that, during the trial run: all 320 sensors report data at the configured interval with data gaps below the limit set in Annex 1; the Software detects the simulated faults defined in the acceptance test plan and raises alarms in the DCS and maintenance system; vibration readings match a calibrated reference instrument within the tolerance in Annex 1; and the documentation, calibration certificates and training records are complete.
P:5.2 If the System passes, the Buyer shall sign the Final Acceptance Certificate within seven working days. If it fails, the Supplier shall remedy the defects at its own cost and the trial run shall be repeated.
P:5.3 Installation, use of the System in production or any payment shall not be deemed Final Acceptance.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective sensor, gateway or component free of charge, including batteries that fail before their specified life, and provide Software updates and technical support at no charge.
P:6.2 Faults are classified in Annex 2. For a Priority 1 fault (loss of monitoring for a paper machine or the boiler house), the Supplier shall respond remotely within one hour and, where needed, have an engineer on site within 24 hours. Priority 2 faults shall receive a response within three hours and a fix within three working days.
P:6.3 For each hour by which the Supplier exceeds the Priority 1 response time, the Buyer may deduct CNY 1,000 from amounts due to the Supplier or from the performance bond.
P:6.4 After the warranty period, the Supplier shall offer annual support on the same service levels for a fee of 7.5% of the equipment and licence subtotal, namely CNY 125,850 per year, fixed for the first three years after the warranty. Each year of support is ordered by the Buyer in writing and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways equivalent to at least 3% of the installed quantity in stock in mainland China during the warranty and support periods.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use it for the Buyer's mill and any future site of the Buyer in mainland China.
P:7.2 The integration programs, alarm rules, asset models, dashboards and reports developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and may not use it for any other purpose, including product development, benchmarking or training of analytics models.
P:8.2 The System shall be installed on the Buyer's own servers and network. Remote access by the Supplier is allowed only through the Buyer's VPN, for each session after the Buyer's approval, with access logs kept by the Buyer. The Supplier shall not transfer Buyer Data outside mainland China.
P:8.3 The Supplier shall report any security incident affecting the System or Buyer Data within six hours, cooperate in remedying it, and bear the losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including process data, equipment layouts and production volumes, and shall not disclose it to any third party without the Buyer's prior written consent.
P:9.2 This obligation continues for five years after the end of this Contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete delivery or installation by the dates in Clause 4.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of Clauses 8 or 9, for which liability is not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation contractors proposed by the Supplier shall be approved in writing by the Buyer before they start work.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Clause 10.1 reach their maximum.
P:12.2 On termination, the Supplier shall refund the amounts paid for equipment and services not accepted, and shall remove any equipment that the Buyer rejects at its own cost.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules. The arbitral award is final.
H:14. Miscellaneous
P:14.1 The Annexes (Annex 1 Technical Specification and acceptance test plan; Annex 2 Fault classification; Annex 3 Delivery schedule) form part of this Contract.
P:14.2 This Contract is signed in Chinese and English; in case of inconsistency the Chinese version prevails. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** MSA-QD-2027-12B

**Customer:** Qingdao Haiyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Qingdao, Shandong Province ("Customer").

**Supplier:** Arrow Valley Managed Services Ltd, a company registered in England and Wales, whose registered office is at Mill Street, Kington, Herefordshire, England ("Supplier"), acting through its branch office in Qingdao.

The Customer operates nine refrigerated warehouses and a transport fleet in Shandong and Jiangsu. It wishes to outsource the operation of its IT infrastructure and end-user support to the Supplier. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the service levels in Schedule 2, for the charges in Schedule 3.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under clause 4.

1.3 "Customer Data" means all data of the Customer, its employees, its customers and its partners that the Supplier accesses, processes or stores while providing the Services, including warehouse temperature records, shipment data and employee information.

1.4 "Service Desk" means the Supplier's Mandarin-speaking help desk available by telephone, e-mail and the Customer's ticketing portal.

## 2. Term

2.1 This Agreement starts on signature. The Services run for an initial term of 36 months from the Service Commencement Date.

2.2 At the end of the initial term this Agreement renews automatically for successive renewal periods of 24 months each, unless either party gives the other at least 90 days' written notice of non-renewal before the end of the current term. For each renewal period the Supplier may revise the Monthly Charges to its then-current rates by written notice given at least 60 days before the renewal date, and the revised charges apply from the renewal date.

## 3. Services

3.1 The Supplier shall provide the Services in Schedule 1 from the Service Commencement Date, in accordance with good industry practice, the Customer's IT policies notified to the Supplier, and applicable law.

3.2 The Supplier shall assign a named service delivery manager and maintain an on-site engineer at the Customer's head office in Qingdao during business hours.

3.3 The Supplier shall hold a monthly service review meeting with the Customer and provide a written monthly report on service levels, incidents, changes, capacity and risks.

3.4 The Supplier shall maintain an accurate configuration database of all devices and applications within the scope of the Services and make it available to the Customer at all times.

## 4. Transition and Transition Acceptance

4.1 The Supplier shall complete the transition activities in Schedule 1, Part B within 60 days after signature of this Agreement.

4.2 Transition Acceptance requires that: every in-scope device is recorded in the configuration database and reachable by the Supplier's monitoring tools; the Service Desk has handled live tickets for ten consecutive working days within the response times in Schedule 2; backup jobs for all in-scope servers have completed successfully for ten consecutive days and a test restore has succeeded; and runbooks for all in-scope systems have been approved by the Customer.

4.3 The Customer shall confirm or reject Transition Acceptance in writing within five working days after the Supplier's notice of readiness. Operation of the Services before confirmation does not constitute acceptance.

4.4 If Transition Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The Customer shall pay the charges in Schedule 3. The Transition Charge is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears.

5.2 The Customer shall pay each correct VAT invoice within 30 days after receipt. Service credits due under Schedule 2 are deducted from the next invoice.

5.3 The Monthly Charges are fixed for the initial term, except for additional devices or users added at the unit rates in Schedule 3.

## 6. Customer Data

Customer Data is and remains the property of the Customer. The Supplier shall use Customer Data only to provide the Services and shall return it to the Customer at the end of this Agreement.

## 7. Confidentiality

7.1 Each party shall keep confidential any non-public information of the other party obtained in connection with this Agreement, including network diagrams, passwords, prices and customer lists, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent.

7.2 Clause 7.1 does not apply to information that is public, already lawfully known to the recipient, or required to be disclosed by law or by a competent authority.

7.3 This clause 7 survives for five years after termination or expiry.

## 8. Intellectual Property

8.1 Tools and software owned by the Supplier before this Agreement remain the Supplier's property.

8.2 Runbooks, configuration records, scripts, documentation and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and provide them to a replacement supplier without restriction.

## 9. Subcontracting

The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains liable for any approved subcontractor as for its own acts.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the initial term, as shown in Schedule 3.

10.2 The limit in clause 10.1 does not apply to death or personal injury, fraud, wilful misconduct or breach of clause 7.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after written notice, or if the Supplier misses the Priority 1 resolution time more than three times in any period of three consecutive months.

11.2 On expiry or termination, the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3, transfer all runbooks and configuration records, and cooperate with any replacement supplier.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

## 13. General

13.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

13.2 This Agreement, including its Schedules, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

## Schedule 1 - Services

**Part A - Service scope**

| Service | Scope | Service hours |
|---|---|---|
| Service Desk | First-line support for 640 users at head office, nine warehouses and the transport depot; ticket logging, triage and password resets | 7:00-23:00 daily |
| Network management | WAN links, SD-WAN devices, 38 switches, 112 wireless access points and firewalls at ten sites | 24 x 7 monitoring |
| Server and storage operations | 46 virtual servers, two storage arrays, backup system, patching and capacity management | 24 x 7 monitoring |
| End-user devices | 620 laptops and desktops, 180 handheld scanners and 95 label printers; imaging, moves and repairs | Business hours |
| Warehouse systems support | Second-line support for the warehouse management system and the cold-store temperature monitoring system, in liaison with their vendors | 24 x 7 for Priority 1 |

**Part B - Transition activities**

| Activity | Completed within |
|---|---|
| Site surveys and device inventory at all ten sites | 20 days after signature |
| Installation of monitoring agents and configuration database | 35 days after signature |
| Knowledge transfer from the Customer's IT team and runbook approval | 50 days after signature |
| Service Desk shadow operation and cut-over | 60 days after signature |

## Schedule 2 - Service Levels and Service Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Availability of WAN and core network (per month) | 99.95% | 5% of the Monthly Charge for each 0.1 percentage point, or part of one, below target |
| Priority 1 incident (site or warehouse system down) - response | 30 minutes | CNY 2,000 per hour or part of an hour late |
| Priority 1 incident - resolution or workaround | 6 hours | CNY 3,000 per hour or part of an hour late |
| Priority 2 incident - response | 2 hours | CNY 500 per hour late |
| Priority 3 incident (single user affected) - response | 1 business day | CNY 200 per business day late |

Service credits in any month are capped at 25% of the Monthly Charge for that month. Service credits do not limit the Customer's other rights and remedies.

## Schedule 3 - Charges

| Charge | Amount (CNY) | Number | Total (CNY) |
|---|---|---|---|
| Transition Charge (one-time) | 94,000 | 1 | 94,000 |
| Monthly Charge | 58,000 | 36 months | 2,088,000 |
| **Total charges for the initial term** | | | **2,182,000** |
| Additional end-user device (per month) | 45 | as added | - |
| Exit assistance (per engineer-day) | 2,400 | as used | - |

All charges include VAT.

Signed for the Customer: ____________________

Signed for the Supplier: ____________________
"""

E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement number: RAD-API-2027-0058

BETWEEN

(1) Harbin Beifang Agricultural Machinery Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Harbin, Heilongjiang Province (the "Customer"); and

(2) Radnor Agri-Data Ltd, a company registered in England and Wales, whose registered office is at Broad Street, Presteigne, Powys, Wales (the "Provider").

BACKGROUND

The Provider compiles agronomic weather, soil moisture and crop growth data from satellite, radar and ground-station sources and makes it available through an application programming interface. The Customer wishes to use the data in the precision-farming telematics service that it offers to buyers of its tractors and combine harvesters in north-east China. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's AgriSense data API, including its endpoints for field-level weather history and forecasts, soil moisture indices, growing degree days and crop vegetation indices, and the related documentation.

1.2 "Provider Data" means the data delivered through the API.

1.3 "Customer Data" means the field boundaries, machine locations, farmer account identifiers, query parameters and any other data that the Customer or its end users submit to the API, and all results specific to them.

1.4 "Subscription Year" means each period of 365 days starting on the date of Integration Acceptance or on its anniversary. The subscription comprises two Subscription Years.

1.5 "Integration Acceptance" means the Customer's written confirmation under clause 4 that the integration is complete.

2. SUBSCRIPTION AND LICENCE

2.1 For the two Subscription Years the Provider grants the Customer a non-exclusive, non-transferable licence to call the API up to 20 million times per month and to display Provider Data, and products derived from it, to the Customer's end users in its telematics app and web portal.

2.2 The Customer may store Provider Data received during the subscription and continue to use the derived field reports it has already delivered to end users after the subscription ends.

2.3 The Customer shall not resell Provider Data as a stand-alone data product.

2.4 The Provider shall keep the coverage, spatial resolution and update frequency of the Provider Data at least at the levels described in the API documentation at the date of this Agreement, and shall give the Customer 90 days' notice of any change to an endpoint used by the Customer.

3. ONBOARDING AND INTEGRATION SERVICES

3.1 The Provider shall set up production and test API keys, provide a dedicated endpoint in mainland China, calibrate its soil moisture model for the Customer's main regions using the Customer's field trial data, and develop connectors between the API and the Customer's telematics platform, as described in the Integration Plan annexed to this Agreement.

3.2 The Provider shall provide a test environment with synthetic data throughout the subscription, and shall answer the Customer's developers' technical questions within one business day.

3.3 The Provider shall complete the onboarding and integration services and give notice of readiness for Integration Acceptance within 50 days after signature of this Agreement.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance requires that: all endpoints listed in the Integration Plan return valid results for at least 2,000 test fields across Heilongjiang, Jilin and Inner Mongolia; median response time is below 300 milliseconds under a load of 200 requests per second; the calibrated soil moisture index agrees with the Customer's field probe readings within the tolerance set in the Integration Plan; and the connectors have run for seven consecutive days in the Customer's staging environment without a critical error.

4.2 The Customer shall confirm or reject Integration Acceptance in writing within ten working days after the Provider's notice of readiness. Any use of the API for testing before that confirmation is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are:

   Integration and onboarding services (one-time)          CNY    64,000
   Subscription fee, Subscription Year 1                   CNY   428,000
   Subscription fee, Subscription Year 2                   CNY   428,000
   Total contract value                                    CNY   920,000

5.2 The one-time fee is invoiced after Integration Acceptance.

5.3 The subscription fee for each Subscription Year is invoiced in two equal half-yearly instalments of CNY 214,000, each at the start of the half-year concerned.

5.4 API calls above the monthly quota in clause 2.1 are charged at CNY 6 per 1,000 calls, invoiced monthly in arrears. No other charges apply.

5.5 The Customer shall pay each correct VAT invoice within 30 days after receipt. All fees are in CNY, include VAT and are fixed for the two Subscription Years.

6. SERVICE LEVELS

6.1 The Provider shall make the API available at least 99.95% of each calendar month, measured at the mainland China endpoint and excluding scheduled maintenance of which the Customer is given three days' notice.

6.2 The Provider shall respond to a Priority 1 incident (the API is unavailable or returns incorrect data for a whole region) within one hour, at any time, and restore the service or provide a workaround within six hours. Priority 2 incidents shall receive a response within three hours during business hours.

6.3 If availability falls below the level in clause 6.1 in any month, the Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of one, of the shortfall. For each hour by which a Priority 1 response or restoration is late, the Provider shall credit a further CNY 1,000. Credits are set off against the next invoice.

7. LATE ONBOARDING

If the Provider does not give notice of readiness for Integration Acceptance within the period in clause 3.3, or the integration fails acceptance for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of 0.02% of the total contract value for each day of delay.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and services under this Agreement and shall not use it to improve its models, to create data products or for any other purpose.

8.2 The Provider shall process Customer Data only on servers located in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least one year, and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take all necessary steps to contain it, and indemnify the Customer against losses, fines and claims caused by the Provider's breach of this clause 8.

8.4 At the end of the subscription the Provider shall return Customer Data on request and then delete it, confirming deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 The API, the Provider Data and the Provider's models remain the property of the Provider and its data suppliers.

9.2 The connectors, calibration parameters specific to the Customer's trial fields and all code developed for the Customer under clause 3 belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code at Integration Acceptance.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's product plans and field trial results and the Provider's pricing and methodology, and use it only for this Agreement.

10.2 This clause 10 continues for three years after the end of this Agreement.

11. SUBCONTRACTING

The Provider may subcontract the hosting of the mainland China endpoint, data processing, and first-line support to third parties by giving the Customer written notice of the subcontractor's identity. The Provider remains responsible for its subcontractors.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss or loss of profit.

12.2 Each party's total liability under this Agreement is limited to 200% of the total contract value. The limit does not apply to death or personal injury, fraud, wilful misconduct or breach of clauses 8 or 10.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a written agreement of both parties on the fees and terms.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice of the breach.

13.3 On termination by the Customer under clause 13.2, the Provider shall refund the unused part of any subscription fees paid in advance.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding on both parties.

15. GENERAL

15.1 Notices shall be in writing and delivered by courier or e-mail to the addresses stated above or notified later.

15.2 Neither party may assign this Agreement without the prior written consent of the other party.

15.3 This Agreement is made in English and Chinese, and both versions are equally authentic.

Signed for and on behalf of the Customer: ____________________

Signed for and on behalf of the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1131z01_market_regulation_trademark_platform.pdf", Z01),
    "z02": ("h1131z02_planer_factory_line_control_retrofit.docx", Z02),
    "z03": ("h1131z03_norwegian_school_chain_booking_saas.txt", Z03),
    "z04": ("h1131z04_transport_bureau_bus_depot_cctv_om.txt", Z04),
    "z05": ("h1131z05_puppet_workshop_tracking_supplier_template.md", Z05),
    "e01": ("h1131e01_foundry_maintenance_licence_harleston_vendor.pdf", E01),
    "e02": ("h1131e02_field_service_saas_order_form.md", E02),
    "e03": ("h1131e03_paper_mill_condition_monitoring_sensors.docx", E03),
    "e04": ("h1131e04_cold_chain_managed_it_services.md", E04),
    "e05": ("h1131e05_agri_weather_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# one row per draft: the terms in TERM_KEYS order, then extras
G, S = "goods_or_licence", "service"
LABELS = {
    #      avail  p1    remedy ip        ds     own    conf   ld                   cap        prepay acc   final  warr pw   auto   term   sub    law                  kind
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1848000)),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 28, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1800000)),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=714000)),
    "z04": ("zh", "services", [None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000)),
    "z05": ("zh", "software", [None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False, True, None, "PRC", G],
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True, contract_value=700000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "England and Wales", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1914000)),
    "e02": ("en", "cloud", [99.95, 1, False, "buyer", True, True, True, 600 / 750000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=750000)),
    "e03": ("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1970000)),
    "e04": ("en", "services", [99.95, 0.5, True, "buyer", False, True, True, 1800 / 2182000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2182000)),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, True, True, 0.02, 200, None, True, None, None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=920000)),
}

# TCO inputs for goods / licence drafts: fee base (itemised licence / hardware subtotal); forum outside mainland China
FEE_BASE = {"z01": 860000, "z02": 1530000, "z05": 380000, "e01": 1264000, "e03": 1678000}
FORUM_OUTSIDE = {"e01"}

DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e05": ["CR-LD-LOW", "CR-SUBCONTRACT"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
               "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def tco_share(key, t, x):
    """Post-warranty fee share of TCO over 5 years from acceptance (policy section 4), or None if not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3."""
    r = set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NUM_LB = r"(?<![\d.,])"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    NUM_LB + r"99\.90*(?!\d)",
    NUM_LB + r"4\s*(?:-\s*)?(?:hours?|hrs?|h(?![a-z])|小时|个小时)",
    r"四\s*个?\s*小时", r"(?<![a-z-])four\s*(?:-\s*)?hours?",
    NUM_LB + r"0\.050*" + PCT, r"万\s*分\s*之\s*五(?!十)", r"千\s*分\s*之\s*零\s*点\s*五", NUM_LB + r"0\.50*\s*‰",
    NUM_LB + r"100(?:\.0+)?" + PCT, r"百\s*分\s*之\s*一?\s*百", r"one\s*hundred" + PCT,
    NUM_LB + r"30(?:\.0+)?" + PCT, r"百\s*分\s*之\s*三\s*十(?![一二三四五六七八九])", r"thirty" + PCT,
    NUM_LB + r"40(?:\.0+)?" + PCT, r"百\s*分\s*之\s*四\s*十(?![一二三四五六七八九])", r"forty" + PCT,
    NUM_LB + r"15(?:\.0+)?" + PCT, r"百\s*分\s*之\s*十\s*五", r"fifteen" + PCT,
    NUM_LB + r"12\s*(?:-\s*)?(?:months?|个\s*月)", r"十\s*二\s*个\s*月", r"twelve\s*(?:-\s*)?months?",
]]
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "within 4h", "4小时", "四小时", "四个小时", "four hours", "0.05%", "0.050 %",
            "万分之五", "0.5‰", "100%", "100 per cent", "百分之百", "百分之一百", "30%", "30 %", "百分之三十", "thirty per cent",
            "40%", "百分之四十", "15%", "百分之十五", "fifteen percent", "12 months", "12-month", "12个月", "十二个月",
            "twelve months"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.08%", "0.055%", "1,100%", "200%", "130%", "35%",
             "45%", "150%", "2.15%", "112 months", "2027年12月31日", "24 months", "万分之五十", "百分之三十五",
             "Twenty-four (24) months", "7.5%", "1.5%", "0.02%"]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s %s" % (s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------------
# Read back
# ---------------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    # build
    md = {}
    for key, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
        else:
            md[key] = (name, ext)
    write({k: FILES[k][1] for k in md}, md, OUT, wrap_words=True)

    # price sums
    assert 860000 + 690000 + 210000 + 88000 == 1848000
    assert 462000 + 403200 + 82800 + 111000 + 270000 + 201000 == 1530000
    assert 12 * 38500 == 462000 and 24 * 16800 == 403200 and 12 * 6900 == 82800 and 12 * 9250 == 111000
    assert 12 * 22500 == 270000 and 1530000 + 190000 + 56000 + 24000 == 1800000
    assert round(0.28 * 1530000) == 428400
    assert 30 * 9800 == 294000 and 2 * 294000 + 126000 == 714000
    assert 4 * 121500 == 486000
    assert 380000 + 260000 + 48000 + 12000 == 700000 and round(0.65 * 700000) == 455000 and round(0.35 * 700000) == 245000
    assert 1264000 + 418000 + 186000 + 46000 == 1914000 and round(0.11 * 1264000) == 139040
    assert 70000 + 230 * 1200 == 346000 and 2 * 346000 + 58000 == 750000 and 8 * 86500 == 692000
    assert 320 * 2650 == 848000 and 24 * 18500 == 444000 and 848000 + 444000 + 386000 == 1678000
    assert 1678000 + 168000 + 96000 + 28000 == 1970000 and round(0.075 * 1678000) == 125850
    assert 36 * 58000 == 2088000 and 2088000 + 94000 == 2182000
    assert 2 * 428000 + 64000 == 920000 and 2 * 214000 == 428000
    assert round(0.09 * 860000) == 77400

    covered = set()
    report = []
    for key, (name, src) in FILES.items():
        lang, cat, vals, extra = LABELS[key]
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS)
        kind = terms["contract_kind"]
        if kind == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        else:
            assert "post_warranty_fee_capped" in extra
        rules = derive(key, terms, extra)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        covered |= set(rules)
        # no label value on a threshold
        for k in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                  "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            v = terms[k]
            assert v is None or abs(v - TH[k]) > 1e-9, (key, k, v)
        share = tco_share(key, terms, extra)
        if share is not None:
            assert abs(share - TH["tco_share"]) > 2, (key, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        # read back: length and threshold scan
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (key, hits)
        report.append((name, lang, n, rules, risk(rules), None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    for row in report:
        print(*row, sep=" | ")
    print("all checks passed")


if __name__ == "__main__":
    main()
