"""holdout827: builds the ten draft contracts from the sources below, writes the .json labels and checks them.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H827Z01 = """T:县水产局鱼塘水质在线监测平台采购合同
P:合同编号：SCJ-ZC-2026-031　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青禾县水产局　　乙方（供应商）：江城汇渊信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同，双方共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供鱼塘水质在线监测平台软件许可一套（永久使用许可，不限用户数），并按甲方需求完成定制开发、部署实施和培训，使全县养殖塘口的溶解氧、水温、pH值、氨氮等监测数据接入统一平台。
P:1.2 定制开发内容包括：塘口档案及一塘一码管理模块；溶解氧低限、水温突变等预警规则配置及短信、微信推送；渔业执法巡查台账及移动端；与省级水产养殖监管平台的数据接口；县级驾驶舱大屏。
P:1.3 监测终端、浮标及通信卡由甲方另行采购，乙方负责与其完成对接调试，并提供接入规范。
P:1.4 平台应支持不少于1,200个塘口、3,000个监测点位的接入，并预留水产品质量安全追溯及养殖尾水监测模块的扩展接口，扩展时不得另行收取平台许可费。
H:第二条 合同价款
P:2.1 合同总价为人民币捌拾柒万贰仟元整（¥872,000），为固定总价，含税及完成本项目所需的全部费用。
P:2.2 价款构成：平台软件许可费¥486,000；定制开发费¥312,000；部署实施费¥58,000；培训费¥16,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%，计¥174,400，作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%，计¥392,400。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计¥305,200。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后60日内完成平台部署及全部定制功能开发，90日内完成与监测终端及省级平台的对接调试。
P:4.2 乙方应提交实施方案、接口说明、数据字典、用户手册及运维手册，文档随系统一并交付。
P:4.3 部署环境为甲方政务云资源，乙方不得将平台及数据部署于甲方指定环境以外。
P:4.4 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题及下一阶段计划；进度明显滞后的，应提出书面赶工措施。
P:4.5 乙方应指定具有同类项目经验的项目经理一名常驻现场，项目经理及核心开发人员未经甲方同意不得更换；甲方认为乙方人员不能胜任的，有权要求更换。
H:第五条 培训与履约保证金
P:5.1 乙方应为甲方及各乡镇水产站操作人员提供不少于3期集中培训及1期管理员培训，内容包括平台操作、预警处置、终端接入及日常维护，并提供培训教材。
P:5.2 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可以银行保函形式提交），最终验收合格且无扣减事项后20日内无息退还。
H:第六条 验收
P:6.1 初步验收条件：全部功能模块按需求规格说明书实现；接入塘口不少于甲方清单所列数量；预警规则经现场模拟触发测试，推送延迟不超过60秒；与省级平台的数据交换连续7日无差错。
P:6.2 最终验收条件：系统试运行满60日，期间无一级故障；并发200用户时页面响应时间不超过3秒；第三方安全测评无高危漏洞；文档齐全。甲方组织专家按招标文件技术要求逐项核验并出具书面验收报告。
P:6.3 系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并申请复验。
H:第七条 质量保证与维护
P:7.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需继续由乙方提供维护服务，年维护费不超过平台软件许可费的8%（即每年不超过¥38,880），该标准在质保期满后三年内不予上调。维护合同另行签订，不自动续期。
H:第八条 服务水平
P:8.1 平台月度可用率不低于99.5%（计划内维护时间除外，计划维护须提前3个工作日告知甲方）。
P:8.2 一级故障（平台整体无法访问或预警推送中断）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复服务；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:8.3 乙方未按时响应或恢复的，每超时1小时扣减履约保证金¥800；月度可用率每低于约定值0.1个百分点，扣减¥1,500。扣减金额从应付款项中直接扣除。
H:第九条 数据安全
P:9.1 平台内的监测数据、塘口档案、养殖户信息及执法台账均属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，对数据实行加密存储与传输、最小权限访问及操作日志审计；远程运维须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 知识产权
P:10.1 平台软件原有知识产权归乙方所有，甲方依本合同取得永久使用许可。
P:10.2 为本项目定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，乙方应在最终验收时交付源代码；甲方可自行或委托第三方修改、使用。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成对接的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:11.2 乙方提供的系统不符合合同约定且经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包
P:本项目不允许分包或转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 甲方义务
P:15.1 甲方应按时提供政务云资源、网络接入条件及现有养殖塘口台账，并指定项目联系人负责协调。
P:15.2 甲方应组织各乡镇水产站配合乙方完成塘口信息采集和终端接入测试，并在收到乙方提交的方案及文档后5个工作日内提出书面意见。
P:15.3 因甲方未按时提供条件造成工期延误的，乙方交付期限相应顺延，但乙方应在条件具备后及时书面通知甲方。
H:第十六条 通知
P:16.1 双方往来通知应以书面形式送达本合同首页所列地址或项目联系人电子邮箱，以邮件发出次日或快递签收之日为送达日。
P:16.2 任何一方变更联系人或联系方式的，应在变更后3日内书面通知对方。
H:第十七条 其他
P:17.1 本合同附件（招标文件、投标文件、需求规格说明书、中标通知书）为合同组成部分，与合同正文具有同等效力。
P:17.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青禾县水产局　　乙方（盖章）：江城汇渊信息技术有限公司
P:签订日期：2026年　月　日
"""

H827Z02 = """T:生产线控制系统改造项目合同
P:合同编号：SYK-GZ-2026-017
P:甲方：临港声远口哨制造有限公司　　乙方：苏南精控自动化工程有限公司
P:甲方拟对其注塑、装配及包装三条口哨生产线的控制系统进行改造，乙方愿按本合同约定提供设备、软件及改造服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、项目范围
P:（一）拆除三条生产线原有继电器控制柜，新装PLC控制柜、伺服驱动、在线检测传感器及HMI触摸屏，完成电气接线、程序编制和联调。
P:（二）提供MES数据采集软件许可（永久许可，含60个采集点），实现产量、节拍、停机原因、音准检测结果的实时采集与报表。
P:（三）为甲方编制定制控制程序，包括注塑温控曲线、装配工位防错逻辑、音准自动检测剔除逻辑及包装计数联动程序。
P:（四）改造须利用甲方每周停产时段分段实施，单条产线停产时间不得超过72小时。
P:（五）改造后三条产线应保留手动操作模式，控制系统故障时可切换至手动方式维持基本生产。
H:二、合同价款
P:（一）合同总价为人民币壹佰叁拾万零贰仟元整（¥1,302,000），含税，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC及控制柜|6套|528,000
TB:2|伺服驱动及在线检测传感器|1批|286,000
TB:3|HMI触摸屏|9台|74,000
TB:4|MES数据采集软件许可|1套|168,000
TB:|设备及软件小计||1,056,000
TB:5|改造安装及调试|1项|132,000
TB:6|定制控制程序编制|1项|96,000
TB:7|操作及维护培训|1项|18,000
TB:|合计||1,302,000
P:（二）上述价格为固定价格，包括设备运输、保险、安装辅材及乙方人员差旅等一切费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，计¥260,400。
P:（二）设备到货并安装完毕后，甲方支付合同总价的50%，计¥651,000。到货安装不视为验收。
P:（三）三条生产线全部通过终验后，甲方支付合同总价的25%，计¥325,500。
P:（四）余款5%（¥65,100）作为质量保证金，质保期满且无质量争议后10个工作日内无息支付。
P:（五）乙方每次收款前应开具合法有效的增值税专用发票。
P:（六）甲方支付任何款项均不视为对设备质量的认可，亦不免除乙方的质保责任。
H:四、交货与实施
P:（一）乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在到货后40日内完成三条生产线的改造及联调。
P:（二）乙方应提交电气原理图、接线图、PLC程序及注释、HMI画面清单、设备说明书及合格证。
P:（三）乙方施工人员应遵守甲方厂区安全生产及防火管理制度，动火作业须事先办理审批。
P:（四）乙方逾期交货或逾期完成改造联调的，每逾期一日，按合同总价的万分之三向甲方支付违约金，甲方可从应付款项中直接扣除。
P:（五）设备到货时双方共同开箱清点，核对装箱单、合格证及型号规格，发现缺损或不符的，由乙方在7日内补齐或更换。
P:（六）改造期间乙方应设专职安全员，每日开工前进行安全交底；因乙方施工造成甲方设备、模具损坏或人员伤害的，由乙方负责修复并赔偿。
H:五、验收
P:（一）验收标准：各产线连续带料运行72小时无停机性控制故障；生产节拍达到改造方案约定值；音准检测误剔率不高于0.5%；MES采集数据与人工点数核对一致；急停及安全联锁全部有效。
P:（二）乙方完成单条产线调试后书面提请验收，甲方在7个工作日内组织验收并签署验收单；三条产线全部合格后签署终验报告。
P:（三）验收不合格的，乙方应在10日内整改后重新提请验收，由此产生的费用由乙方承担。
P:（四）终验报告应载明各产线实测节拍、误剔率及数据核对结果，作为质保期内性能复核的依据；质保期内性能下降至约定值以下的，乙方应免费整改。
H:六、质保与维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内因设备或程序质量问题产生的维修、更换及程序修改均由乙方免费提供。
P:（二）质保期满后，乙方提供年度维保服务，年维保费为设备及软件小计的7%，即每年¥73,920，该价格在质保期满后三年内固定不变。维保合同逐年签订。
P:（三）质保期及维保期内，乙方应保证备品备件供应不少于8年。
P:（四）质保期内同一部件累计故障三次以上的，乙方应更换同型号新品，更换部件的质保期自更换之日起重新计算。
H:七、技术服务响应
P:（一）故障分级：一级故障指任一整条产线停机；二级故障指单工位停机或数据采集中断；三级故障为其他一般问题。
P:（二）一级故障乙方应在8小时内响应并派员到场，二级故障在24小时内响应，三级故障在3个工作日内处理。
P:（三）乙方响应超时的，每超时1小时向甲方支付服务补偿金¥500，从质量保证金或维保费中扣除。
P:（四）质保期内乙方每季度上门巡检一次，检查控制柜温升、接线紧固、传感器标定及程序备份情况，并出具巡检报告。
H:八、数据安全
P:（一）MES采集的生产数据、工艺参数、配方及检测记录均归甲方所有，乙方仅为履行本合同使用。
P:（二）乙方远程维护须经甲方书面同意并通过甲方提供的专用通道进行，不得留存、复制或向第三方传输甲方数据；乙方应采取防病毒、访问控制等措施，防止控制网络遭受攻击。
P:（三）因乙方原因导致数据泄露、丢失或控制系统被入侵的，乙方应立即通知甲方、采取补救措施并承担全部赔偿责任。
P:（四）项目完成后，乙方应将全部远程维护账号及密码移交甲方管理，甲方有权随时关闭远程通道。
H:九、知识产权与保密
P:（一）为本项目编制的定制控制程序、HMI画面及相关源程序的知识产权归甲方所有，甲方可自行修改和使用；MES软件的著作权仍归原权利人。
P:（二）双方对在履行合同中获知的对方技术信息、工艺配方及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十、分包
P:乙方不得将本项目转包；确需将辅助土建或桥架安装分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十一、合同的变更与终止
P:（一）合同的变更须经双方协商一致并签订书面补充协议。
P:（二）除因不可抗力致使合同目的不能实现的情形外，任何一方不得单方解除本合同，双方应继续履行至项目完成。
H:十二、双方其他义务
P:（一）甲方应提供改造所需的原有设备图纸、工艺参数、电源及压缩空气接口，并安排熟悉产线的工艺人员配合调试。
P:（二）甲方应按改造计划提前安排停产时段，并在乙方进场前完成产线清理；因甲方未按计划停产造成的延误，乙方工期相应顺延。
P:（三）乙方应在每条产线改造前提交施工方案及回退预案，经甲方确认后实施；改造后产线无法按期复产的，乙方应立即按回退预案恢复原有控制方式，保障甲方订单交付。
P:（四）乙方应为甲方培训操作工及设备维护人员不少于20人次，培训后经考核能独立完成换型、参数调整和一般故障排除。
H:十三、不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，相应延长履行期限。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临港声远口哨制造有限公司　　乙方（盖章）：苏南精控自动化工程有限公司
P:日期：2026年　月　日
"""

H827Z03 = """定向越野培训门店预约及会员管理系统服务合同

合同编号：DX-SaaS-2026-008
甲方：山野方向（成都）体育培训连锁有限公司
乙方：蓉城云栈软件服务有限公司

鉴于甲方在全国经营40家定向越野培训门店，需要统一的课程预约、会员管理及收银系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店提供“栈课”预约及会员管理云平台的使用权，包括课程排期、在线预约、会员卡及次卡管理、教练排班、赛事报名、电子签到、营销券核销及经营报表等模块。
2. 服务期为两个服务年度，第一服务年度自系统全部门店上线之日起算，第二服务年度自第一服务年度届满次日起算。
（二）实施服务
1. 乙方负责系统初始化配置、40家门店的门店档案及课程体系搭建、原有会员数据迁移、与甲方公众号及小程序的对接。
2. 乙方负责对各门店店长及前台进行上线培训，每店不少于半日；并为甲方总部运营人员提供系统管理员培训两期。
3. 乙方应在实施启动后10日内提交实施方案，载明门店上线批次、数据迁移方案、测试计划及回退措施，经甲方确认后执行。门店按三个批次分批上线，每批上线后观察运行3日，无重大问题方可进入下一批次。
（三）运营支持
1. 服务期内乙方提供7×24小时在线客服及工作日专属客户经理，门店可通过电话、企业微信或工单提交问题。
2. 乙方每月向甲方提交服务报告，内容包括可用率、故障处理、功能更新及门店使用情况统计。
3. 平台版本更新应提前5个工作日通知甲方，涉及收银、会员余额等核心功能的变更，应先在测试环境由甲方确认。

二、费用
（一）订阅服务费按门店计收，每店每服务年度¥6,800，40家门店每服务年度合计¥272,000，两个服务年度合计¥544,000。
（二）实施费为一次性费用¥126,000。
（三）合同总价为¥670,000（含税）。甲方在服务期内增加门店的，按同一单价按月折算计收。
（四）除本合同约定外，乙方不得以功能升级、接口调用等名义另行收取费用；短信通知费用按实际发送量由甲方承担，单价另行书面确认。

三、付款方式
（一）合同签订后7日内，甲方一次性支付实施费¥126,000及第一服务年度订阅服务费¥272,000，合计¥398,000，乙方收款后开始实施。
（二）第二服务年度订阅服务费¥272,000，于第二服务年度开始前15日内支付。
（三）乙方应在收款前开具增值税专用发票。
（四）服务期内甲方关闭门店的，自关闭次月起该门店不再计费，已付费用按剩余月份折算后在下一期费用中抵扣。

四、实施与验收
（一）乙方应在收到第一笔款项后45日内完成全部门店上线。
（二）上线验收标准：40家门店均可正常排课、预约及核销；迁移的会员余额、剩余课次与原系统逐户核对一致；在线预约高峰并发500人时下单响应不超过2秒；小程序与公众号消息推送正常。
（三）甲方在乙方提交验收申请后5个工作日内组织验收并出具书面意见；门店试营业使用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日按合同总价的万分之八向甲方支付违约金。
（五）验收不合格的，乙方应在10日内完成整改并重新提请验收；第二次验收仍不合格的，甲方有权解除合同，乙方应退还已收取的全部款项。
（六）验收通过后，乙方应向甲方移交系统配置说明、门店账号清单、数据迁移核对报告及操作手册。

五、服务水平
（一）平台月度可用率不低于99.95%。
（二）一级故障（全部门店无法预约或收银）乙方应在30分钟内响应、3小时内恢复；二级故障2小时内响应；三级故障1个工作日内响应。
（三）月度可用率未达标的，按当月订阅服务费的5%至20%给予服务抵扣；一级故障响应超时每次抵扣¥1,000。
（四）服务抵扣金额在下一期应付费用中扣减；服务期最后一个月产生的抵扣，由乙方在服务期满后15日内以现金退还。
（五）在线预约高峰时段（周末及寒暑假）乙方应提前扩容，保障门店集中报名时系统稳定运行。

六、数据归属与数据安全
（一）甲方会员信息、预约及消费记录、教练信息等数据归甲方所有，乙方仅为提供本合同服务处理，不得用于其他目的。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、访问控制、操作日志留存及每日备份措施，涉及未成年学员的个人信息应单独加强保护。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）服务终止后30日内，乙方应按甲方要求导出全部数据并删除其留存的副本。
（五）乙方应每半年组织一次数据恢复演练，并将演练结果书面告知甲方；乙方员工访问甲方数据须经授权并留存记录。

七、知识产权
（一）平台软件的知识产权归乙方所有。
（二）为甲方定制的课程体系模板、报表及小程序页面设计归甲方所有，甲方可自由使用和修改。
（三）乙方保证平台软件不侵犯第三方知识产权；因侵权引起的纠纷由乙方负责处理并承担赔偿责任。

八、保密
双方对履行本合同获知的对方商业秘密及未公开信息负有保密义务，保密信息包括会员名单、课程定价、门店经营数据及本合同价格，保密义务在合同终止后三年内仍有效。

九、续期
本合同服务期满前30日内任何一方未书面提出异议的，合同自动续期一个服务年度，续期可连续进行。续期年度的订阅服务费由乙方根据市场情况确定，乙方应在续期前20日通知甲方调整后的价格。

十、责任限制
乙方在本合同项下的累计赔偿责任（含违约金），以相当于六个月订阅服务费的金额即¥136,000为限，但因乙方故意造成的损失除外。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的应取得甲方书面同意；经同意的分包，乙方对分包方的行为承担全部责任。

十二、合同解除
（一）一方严重违约且在收到书面通知后15日内未纠正的，守约方有权解除合同。
（二）甲方依前款解除合同的，乙方应退还未履行期间的订阅服务费。
（三）合同因任何原因解除或终止的，乙方应给予甲方不少于30日的数据导出过渡期，过渡期内系统保持只读可用，乙方不另行收费。

十三、甲方义务
（一）甲方应指定项目负责人，按乙方要求提供门店资料、课程价格体系及原系统数据导出文件，并保证数据来源合法。
（二）甲方应督促各门店按培训要求使用系统，妥善保管管理员账号，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方新开门店需接入系统的，应提前10日通知乙方，乙方应在接到通知后7日内完成开通。

十四、不可抗力
因地震、洪水、公共卫生事件、电信运营商大面积网络故障等不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，相应期间的可用率不计入考核。

十五、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

十六、其他
（一）本合同附件包括：服务功能清单、实施方案、服务水平说明，附件与正文具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2026年　月　日
"""

H827Z04 = """沙棘种植基地管理系统年度运维服务合同

项目名称：林业局沙棘种植基地管理系统运维服务（2027年度）
采购方式：竞争性磋商
合同编号：LYJ-YW-2026-112
甲方（采购人）：北原县林业和草原局
乙方（成交供应商）：河朔数智信息服务有限公司

依据《中华人民共和国政府采购法》《中华人民共和国民法典》、磋商文件及乙方响应文件，双方就沙棘种植基地管理系统运维服务订立本合同。

第一条 服务范围
1.1 运维对象为甲方已建成的沙棘种植基地管理系统，包括基地地块与苗木档案、种植作业及病虫害监测、采收与收购台账、移动巡护应用、数据大屏以及配套的服务器、数据库和中间件。
1.2 服务内容包括：驻场运维（2人，工作日驻场）、系统日常巡检与性能优化、数据备份与恢复演练、安全加固与漏洞修复、节假日及防火期应急保障、用户咨询与培训。
1.3 乙方应在服务期开始前15日内完成与原运维单位的服务启动交接，接收系统账号、运维文档、备份介质及遗留问题清单，并制定全年运维计划报甲方确认。
1.4 年度安全加固任务包括：操作系统及数据库补丁更新、弱口令清理、中间件版本升级评估、等级保护测评问题整改配合，乙方应于每年6月30日前完成上半年加固并提交报告，11月30日前完成全年加固。
1.5 服务期为一年，自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。
1.6 乙方驻场人员应具备三年以上政务信息系统运维经验，其中至少一人持有数据库或网络安全相关认证，人员名单及资质证明作为本合同附件。驻场人员应遵守甲方考勤及机房管理制度，人员变更须提前10日书面申请并经甲方同意，且新人员资质不低于原人员。
1.7 乙方应另行配备二线技术专家团队，对驻场人员无法解决的问题提供远程支持，必要时派员到场。

第二条 服务费用
2.1 服务费总额为人民币叁拾陆万捌仟元整（¥368,000），含税，为固定总价。
2.2 费用构成：驻场运维¥216,000；巡检及性能优化¥64,000；数据备份与安全加固¥52,000；应急保障¥36,000。
2.3 服务费已包含驻场人员交通、食宿及常用备品备件等全部费用，甲方不再另行支付。

第三条 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度支付，每季度¥92,000。每季度结束后，甲方依第六条进行季度考核，考核合格后15个工作日内支付当季服务费；考核扣减金额从当季服务费中扣除。

第四条 服务水平
4.1 系统月度可用率不低于99.95%，计划内维护须提前2个工作日经甲方同意并在非工作时间进行。
4.2 故障分级及时限：一级故障（系统整体不可用或数据丢失）15分钟内响应，2小时内恢复；二级故障（主要功能不可用）30分钟内响应，8小时内解决；三级故障（一般功能缺陷）2小时内响应，3个工作日内解决。
4.3 防火期（每年3月至6月、9月至11月）乙方应安排专人24小时值守电话。
4.4 乙方每月提交运维月报，内容包括巡检记录、故障处理、备份情况及优化建议。
4.5 乙方每日对服务器、数据库及移动巡护应用进行巡检，每周进行一次全量备份、每日进行增量备份，每季度进行一次备份恢复演练，演练结果书面报甲方。
4.6 系统变更（含配置调整、补丁更新、数据修正）应填写变更申请，说明变更内容、影响范围及回退方案，经甲方信息管理人员批准后在非工作时间实施。
4.7 重大活动及森林防火戒严期间，乙方应提前制定专项保障方案，增加巡检频次，确保系统稳定运行。

第五条 服务质量扣减
5.1 一级故障响应或恢复超时的，每超时1小时扣减服务费¥1,000；二级故障超时的，每超时1小时扣减¥300。
5.2 月度可用率每低于约定值0.01个百分点，扣减当季服务费¥500。
5.3 驻场人员无故缺岗的，每人每日扣减¥600。

第六条 考核与验收
6.1 季度考核内容：服务水平达成情况、月报及巡检记录完整性、备份恢复演练结果、甲方用户满意度（不低于90分）。
6.2 服务期满后，甲方组织年度验收，验收标准为：全年无因乙方原因造成的数据丢失；全年可用率达到约定值；漏洞扫描无未修复的高危漏洞；运维文档、账号权限清单及系统配置完整移交。验收合格后甲方出具书面验收意见。
6.3 年度验收不合格的，乙方应在15日内完成整改并申请复验；复验仍不合格的，甲方可按第五条标准扣减第四季度服务费，并将有关情况记入供应商履约评价。

第七条 数据安全
7.1 系统中的基地、苗木、农户、收购及巡护数据均属于甲方，乙方仅为履行运维服务接触，不得复制、留存或用于任何其他目的。
7.2 乙方应执行网络安全等级保护二级要求：运维操作经堡垒机进行并全程审计，账号实行最小权限，禁止使用移动存储介质导出数据，备份数据加密保存于甲方机房。
7.3 发生数据泄露、丢失或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
7.4 乙方不得在系统中安装与运维无关的软件，远程运维工具须经甲方安全检测；服务期满后乙方应在甲方监督下注销全部运维账号。

第八条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、系统账号密码、网络拓扑及农户个人信息负有保密义务，签署保密承诺书，保密义务不因合同终止而解除。乙方人员离岗时应交回全部工作资料，乙方对其人员违反保密义务的行为承担责任。

第九条 知识产权
乙方在服务中形成的巡检脚本、优化程序、运维文档及报告归甲方所有，甲方可自由使用、修改。

第十条 违约责任
10.1 乙方未按约定时间完成服务启动交接或年度安全加固任务的，每逾期一日按服务费总额的千分之一支付违约金。
10.2 乙方驻场人员违反甲方机房管理制度或擅自离岗造成系统故障的，除按第五条扣减服务费外，乙方还应赔偿由此给甲方造成的损失。
10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十一条 分包
乙方不得将本合同服务转包或分包。

第十二条 甲方义务
12.1 甲方应为驻场人员提供办公场所、网络接入及必要的办公设备，并指定信息管理人员作为运维工作对接人。
12.2 甲方应及时审批乙方提交的变更申请和运维计划，配合乙方开展备份恢复演练及应急处置。
12.3 甲方对乙方的季度考核应在季度结束后10个工作日内完成，逾期未完成的视为当季考核合格。

第十三条 合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算。

第十四条 服务期满移交
服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的后续服务单位完整移交全部系统账号、运维文档、备份数据、遗留问题清单及配置资料，并提供不少于5个工作日的交接支持，移交完成前不得删除任何资料。

第十五条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同附件（磋商文件、响应文件、成交通知书、驻场人员名单）与正文具有同等效力。本合同一式五份，甲方三份、乙方两份，经双方盖章后生效。

甲方（盖章）：北原县林业和草原局
乙方（盖章）：河朔数智信息服务有限公司
"""

H827Z05 = """# 软件产品许可及定制开发合同

**（匠链生产过程追溯系统 · 标准合同文本 JL-HT-2025版）**

合同编号：JL-2026-0419

甲方（用户）：素影蛋雕艺术工作室
乙方（供应商）：杭州匠链软件科技有限公司

甲方因业务需要，向乙方采购“匠链生产过程追溯系统”软件产品使用许可及定制开发服务。双方本着平等互利原则，签订本合同。

## 第一条 产品及服务

1.1 乙方向甲方提供匠链生产过程追溯系统V3.6标准版软件使用许可一套（永久许可，5个并发用户），含工单管理、工序流转、物料（蛋壳、颜料、底座）批次管理、成品编码与溯源查询、订单交付等模块。

1.2 定制开发内容：蛋雕作品工序模板（选壳、清洗、画稿、雕刻、上色、封釉、装裱）、雕刻师计件统计、作品证书二维码生成、与甲方网店订单的对接。

1.3 实施服务：系统安装、基础数据初始化、操作培训一次（不超过1日）。

1.4 系统运行所需的服务器、扫码枪、标签打印机、操作系统及数据库由甲方自行采购并承担费用，其配置应符合乙方《部署环境要求》。乙方可协助甲方选型，但不对第三方设备的质量负责。

1.5 软件许可仅限甲方在其工作室内部使用，不得转让、出租或用于为第三方提供服务；许可用户数不足时，甲方可按乙方报价增购。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 追溯系统标准版软件许可 | 168,000 |
| 2 | 定制开发 | 42,000 |
| 3 | 安装实施及培训 | 12,000 |
| | 合计 | 222,000 |

合同总价为人民币贰拾贰万贰仟元整（¥222,000），含税。

## 第三条 付款方式

3.1 本合同签订后3个工作日内，甲方支付合同总价的65%，即¥144,300。乙方收到该款项后开始安装及开发工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即¥77,700。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

3.4 乙方收到每笔款项后10个工作日内开具增值税普通发票。甲方需开具增值税专用发票的，应提前提供开票资料。

## 第四条 交付与验收

4.1 乙方在收到首付款后30个工作日内完成系统安装及定制开发，具体进度以乙方项目计划为准；因甲方需求变更或资料提供不及时造成的延误，交付时间相应顺延。

4.2 系统安装完成并上线运行之日，即视为甲方验收合格。甲方使用系统即表示对系统功能及质量无异议。

4.3 甲方在上线后提出的新增需求，按乙方人天单价另行收费。

4.4 乙方人天单价为每人天¥2,800，远程服务按半天起计，现场服务另加差旅费用。需求变更须由甲方书面提出，乙方评估工作量并报价，经甲方确认后实施，交付时间另行约定。

4.5 定制开发以双方签字确认的《需求确认书》为准，《需求确认书》未列明的功能均不属于本合同范围。甲方应在乙方提交需求文档后3个工作日内确认，逾期未确认的视为同意。

## 第五条 免费维护

5.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持及缺陷修复。

5.2 免费维护期内，一级故障（系统无法登录或无法扫码）乙方在2小时内响应，二级故障在1个工作日内响应，一般咨询在3个工作日内答复。乙方将尽力尽快解决故障，但不对解决时间作出承诺。

5.3 现场服务需甲方另行支付差旅费用。

5.4 免费维护不包括因甲方操作不当、第三方设备故障、病毒或擅自修改程序引起的问题，该类问题乙方可按人天单价收费处理。

## 第六条 维保服务

6.1 免费维护期满后，甲方应向乙方购买年度维保服务，年维保费为软件许可费的24%，即每年¥40,320，于每个维保年度开始前支付。

6.2 维保服务内容包括版本升级、远程支持及缺陷修复。维保服务期满，如甲方未提出书面异议，自动续期一年，费用标准不变。

6.3 甲方未购买维保服务的，乙方不再提供任何升级及技术支持。

6.4 维保年度内，乙方每年提供一次远程系统健康检查，并根据需要提供数据库优化建议。维保费不含现场服务、新增功能开发及数据修复费用。

## 第七条 知识产权

7.1 软件产品及其文档的著作权、专利权等知识产权归乙方所有。

7.2 乙方为甲方定制开发的工序模板、计件统计功能、证书生成程序及接口程序，其知识产权同样归乙方所有，甲方享有在本单位内部使用的非独占、不可转让的许可，不得修改、反编译或提供给第三方。乙方有权将上述定制功能纳入其标准产品向其他客户提供。

7.3 甲方如需获得定制功能的源代码，应另行支付源代码授权费，具体金额由双方协商确定。

## 第八条 数据

8.1 甲方在系统中录入的作品、工序、客户及订单数据由甲方所有。

8.2 乙方对系统数据采取访问控制、加密存储及每日备份措施；因乙方过错造成数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并依法承担相应赔偿责任。

8.3 甲方同意，乙方可对系统运行产生的数据进行脱敏和汇总处理，用于乙方产品改进、行业分析及市场推广，此类使用不需另行取得甲方同意。

8.4 合同终止后，甲方可申请导出其业务数据，乙方按标准格式提供一次导出服务，导出服务按人天单价收费。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。保密信息不包括已公开的信息。甲方同意乙方可将甲方名称、标识及经甲方确认的作品图片列入乙方客户案例用于宣传。

## 第十条 责任

10.1 乙方对因不可抗力、网络中断、第三方软硬件故障或甲方操作不当造成的损失不承担责任。

10.2 一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。

## 第十一条 甲方义务

11.1 甲方应指定专人负责项目对接，及时提供工序资料、物料编码、作品样图及网店接口参数，并对所提供资料的真实性、合法性负责。

11.2 甲方应自行做好系统数据的定期本地备份，妥善保管管理员账号和密码。因甲方人员操作失误、账号外泄或擅自修改系统配置造成的数据损失，由甲方自行承担。

11.3 甲方应按乙方要求提供部署环境和远程访问条件。因甲方原因导致实施暂停超过30日的，乙方有权按已完成工作量结算，剩余工作另行安排。

## 第十二条 不可抗力

因地震、火灾、政府行为、网络运营商故障、黑客攻击、病毒入侵等不能预见、不能避免并不能克服的情况，致使一方不能履行合同的，该方不承担责任，但应在事件发生后及时通知对方。

## 第十三条 合同变更与通知

13.1 本合同的变更须经双方书面确认。乙方有权根据产品升级情况调整软件功能模块的名称及界面，但不减少本合同约定的主要功能。

13.2 双方通知以电子邮件、微信或书面形式发送至本合同所列联系人即视为送达。

## 第十四条 争议解决

因本合同发生的争议，双方友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 本合同未尽事宜，以乙方官方网站公布的《匠链用户服务协议》为准。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：素影蛋雕艺术工作室　　　　乙方（签章）：杭州匠链软件科技有限公司

日期：2026年　月　日
"""

H827E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KDS-CN-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Inner Mongolia Qingyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hohhot (the "Buyer"), and Khuvsgul Data Systems LLC, a limited liability company registered in Mongolia with its principal office in Murun, Khuvsgul Province (the "Vendor").
P:The Buyer operates dairy farms and collection stations and wishes to acquire a herd management and milk collection software system. The Vendor is the owner of the HerdLine software and has offered to license it and to configure and implement it for the Buyer. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HerdLine herd management software, version 5, in object code, together with its user and administration documentation.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data conversion scripts and other work product created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, uploaded to, generated by or processed in the Software for the Buyer, including animal records, milk yields, veterinary records, supplier farm data and personal information of the Buyer's staff and contracted herders.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers for up to 400 named users and an unlimited number of animals, farms and collection stations in mainland China.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery, and may allow its affiliates and outsourced service providers to use the Software on the Buyer's behalf.
P:2.3 The Software and all intellectual property rights in it remain the property of the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, develop interfaces to the Buyer's milking parlour controllers, laboratory information system and ERP, convert the Buyer's legacy herd records, and train the Buyer's administrators and key users.
P:3.2 The Vendor shall complete installation within 45 days and the implementation within 150 days after the Effective Date, in accordance with the project plan agreed at the kick-off meeting.
P:3.3 The Vendor shall assign a project manager fluent in Chinese and keep key personnel on the project until Final Acceptance, unless the Buyer agrees to a replacement.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,670,000, made up of the Licence Fee of CNY 1,240,000, implementation services of CNY 386,000 and training of CNY 44,000. The price is fixed and includes all taxes payable in Mongolia and all travel and living expenses of the Vendor's personnel.
P:4.2 The Buyer shall pay: (a) 20% of the contract price (CNY 334,000) within 30 days after the Effective Date against the Vendor's invoice; (b) 45% (CNY 751,500) after the Software is installed and the interfaces have passed the integration test; and (c) 35% (CNY 584,500) after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After completing the implementation, the Vendor shall notify the Buyer in writing that the system is ready for acceptance testing.
P:5.2 The acceptance criteria are: (a) every function listed in the agreed specification works as described; (b) converted herd records match the legacy records in a full reconciliation of animal counts, lactation records and treatment histories; (c) interfaces exchange data correctly for 20 consecutive working days; (d) report screens open within 3 seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open at the end of a 30-day trial run.
P:5.3 If the criteria are met, the Buyer shall issue a written Final Acceptance certificate within 10 working days. Use of the system in production, installation or payment shall not be deemed acceptance. If the criteria are not met, the Vendor shall correct the defects within 15 days and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months after Final Acceptance. During this warranty period the Vendor shall correct defects and provide updates, upgrades and remote and on-site support free of charge.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee is 9% of the Licence Fee (CNY 111,600 per year) and shall not be increased for the first three years of support. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Defects reported by the Buyer are classified as Severity 1 (the system or a farm is unable to record milkings or treatments), Severity 2 (a major function is unavailable but a workaround exists) and Severity 3 (other defects).
P:7.2 The Vendor shall respond to a Severity 1 defect within 1 hour and restore operation within 8 hours, to a Severity 2 defect within 2 hours with a fix or workaround within 2 working days, and to a Severity 3 defect within 1 working day.
P:7.3 For each hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,000, and for each hour of delay on a Severity 2 defect CNY 300. Credits are deducted from the next payment or support fee.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not use, disclose or retain it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts and multi-factor authentication, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC and shall not transfer any Buyer Data outside mainland China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer Data, take all reasonable remedial steps and bear liability for any loss caused by its breach of this Article.
H:Article 9 Intellectual Property in Custom Deliverables
P:9.1 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code at Final Acceptance.
P:9.2 The Buyer may use, modify and license the Custom Deliverables freely. The Vendor may reuse general know-how but not any Custom Deliverable or Buyer Data.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information received from the other party and shall use it only for this Agreement. This obligation survives for five years after termination.
P:10.2 The obligation does not apply to information that is public, was lawfully known to the recipient before disclosure, or must be disclosed by law.
H:Article 11 Delay Damages
P:11.1 If the Vendor fails to achieve Final Acceptance by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:11.2 Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement shall not exceed 150% of the contract price.
P:12.2 The limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Article 8 or Article 10.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the delay damages under Article 11 reach their maximum.
P:14.2 On termination before Final Acceptance the Vendor shall refund the payments received for work not accepted, and the licence under Article 2 shall continue for any Software that has been paid for.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Mongolia.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Mongolian International Arbitration Center and finally resolved by arbitration in Ulaanbaatar in the English language. The award is final and binding on both parties.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two originals in English, one for each party, and takes effect on the date of signature by both parties (the "Effective Date").
P:For the Buyer: ____________________ For the Vendor: ____________________
P:Date: ____________________ Date: ____________________
"""

H827E02 = """# ORDER FORM No. SCW-2026-0311

**Selenge Cloud Works LLC - RouteDesk Distributor Ordering Service**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A conflicts with Part B, Part A prevails.

## PART A - ORDER DETAILS

### A1. Parties

**Provider:** Selenge Cloud Works LLC, a company registered in Mongolia, with its office at Sükhbaatar, Selenge Province, Mongolia.

**Customer:** Hebei Qingquan Beverage Co., Ltd., a company incorporated in the People's Republic of China, with its office in Shijiazhuang, Hebei Province.

### A2. Subscribed Service

RouteDesk, a hosted service for distributor ordering, field sales visits, promotion tracking and delivery confirmation, consisting of: the Distributor Ordering Portal, the Field Sales Mobile App (up to 350 named field users), the Promotion Module, the Delivery Confirmation Module and the Analytics Dashboard. The Service is hosted for the Customer in a data centre in mainland China operated by a licensed cloud provider.

### A3. Subscription Term

The Subscription Term is 24 months starting on the Service Start Date, which is the date of Onboarding Acceptance under A5. The Subscription Term ends at the end of the 24th month. This Order Form does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription Fee, Subscription Year 1 | 350 field users and unlimited distributor accounts | 288,000 |
| Subscription Fee, Subscription Year 2 | same scope, same price | 288,000 |
| Onboarding Services | one-time, fixed price | 64,000 |
| **Total Fees** | | **640,000** |

All Fees include VAT. Additional field users may be added at CNY 820 per user per Subscription Year, pro rata; such additions are not part of the Total Fees.

### A5. Onboarding and Onboarding Acceptance

(a) The Provider shall configure the Service for the Customer, load the Customer's product catalogue, price lists and distributor master data, set up the integration with the Customer's ERP for orders and invoices, and train 20 key users and trainers.

(b) The Provider shall make the configured Service ready for acceptance within 50 days after signature of this Order Form.

(c) Onboarding Acceptance criteria: (i) distributors can place, amend and track orders and the orders reach the ERP without manual re-entry for ten consecutive working days; (ii) migrated distributor and price data reconcile with the ERP extract; (iii) the mobile app records visits, photos and delivery confirmations in offline and online mode; (iv) the dashboard figures match the ERP sales report for the test period.

(d) The Customer shall confirm Onboarding Acceptance in writing within 7 working days after the criteria are met or list the failures, which the Provider shall correct before the test is repeated.

(e) If the Service is not ready for acceptance by the date in A5(b) for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 600 for each day of delay, up to CNY 32,000.

### A6. Invoicing and Payment

(a) The Onboarding Services fee is invoiced after Onboarding Acceptance and is payable within 30 days.

(b) Subscription Fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term (CNY 72,000 per quarter) and are payable within 30 days of invoice.

(c) No payment is due before the Service Start Date other than as stated above.

**Signed for the Provider:** ____________________ **Signed for the Customer:** ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, including its users, distributors and retailers, and all outputs generated from such data for the Customer.

1.2 "Documentation" means the Provider's user guides and functional descriptions of the Service as updated from time to time.

1.3 "Configurations" means the workflows, forms, report layouts, ERP integration mappings and scripts created by the Provider specifically for the Customer.

### 2. Provision of the Service

2.1 The Provider shall provide the Service in accordance with the Documentation and this Order Form during the Subscription Term.

2.2 The Provider will use commercially reasonable efforts to make the Service available 24 hours a day, seven days a week, except for planned maintenance and events beyond its reasonable control. The Provider will try to carry out planned maintenance outside the Customer's business hours.

2.3 The Customer may report incidents through the support portal or by e-mail. The Provider will respond to support requests as soon as reasonably practicable during its business hours and will use reasonable efforts to correct reproducible errors in the Service.

2.4 The Provider may update the Service from time to time, provided that an update does not materially reduce the functions subscribed under this Order Form.

### 3. Customer Obligations

3.1 The Customer is responsible for the accuracy of Customer Data, for its users' compliance with these terms and for keeping user credentials secure.

3.2 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to store unlawful content.

3.3 The Customer shall nominate a project lead for onboarding, provide its catalogue, price lists, distributor master data and ERP test access on time, and make key users available for training and testing. Delays caused by the Customer extend the date in A5(b) accordingly.

### 4. Customer Data

4.1 As between the parties, the Customer owns the Customer Data. The Provider processes Customer Data to provide the Service and support.

4.2 The Customer grants the Provider a perpetual, worldwide licence to collect and use aggregated and de-identified data derived from Customer Data and from the Customer's use of the Service, including order volumes, product movement and usage statistics, to improve the Provider's services, prepare industry benchmarks and develop new products, during and after the Subscription Term.

4.3 Within 30 days after the end of the Subscription Term, the Provider shall return the Customer Data in a common machine-readable format and then delete it from the Service.

### 5. Data Security

5.1 The Provider shall keep Customer Data in mainland China, apply encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of administrative actions and daily backups kept for 30 days, and shall maintain a valid MLPS level-3 filing for the hosting environment.

5.2 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, investigate it, take remedial measures, and bear liability for losses caused by its failure to comply with this Section 5 or with applicable data protection law.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service, the Documentation and its underlying software.

6.2 The Configurations are the property of the Customer once paid for. The Customer may use, modify and have third parties use and modify them, also after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

7.2 These obligations continue for three years after the end of the Subscription Term.

### 8. Limitation of Liability

8.1 Each party's total liability arising out of this Order Form shall not exceed 200% of the Total Fees.

8.2 Neither party is liable for indirect or consequential loss, except in case of wilful misconduct or a breach of Section 5 or Section 7.

### 9. Subcontracting

The Provider shall not subcontract the performance of the Service or the Onboarding Services, other than the licensed hosting provider referred to in A2, without the Customer's prior written consent.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

10.2 If the Customer terminates under 10.1, the Provider shall refund any prepaid Subscription Fees for the period after termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitration shall be conducted in English and Chinese.

### 12. General

12.1 Notices must be in writing and sent to the addresses in A1.

12.2 Neither party may assign this Order Form without the other party's written consent, except to a successor of its entire business.

12.3 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public telecommunication networks, provided it notifies the other party promptly and takes reasonable steps to reduce the effects. Payment obligations for services already provided are not suspended.

12.4 This Order Form, including Part B, is the entire agreement between the parties on its subject matter and replaces any earlier proposals. Terms printed on purchase orders or invoices do not apply. Amendments must be in writing and signed by both parties.
"""

H827E03 = """T:Supply Contract for Greenhouse Sensors and Monitoring Software
P:Contract No. JF-AGR-2026-045 (Buyer's standard form for equipment and software purchases)
P:Buyer: Beijing Jingfeng Facility Agriculture Co., Ltd., registered in Daxing District, Beijing, People's Republic of China.
P:Supplier: Tuv Agritech Instruments LLC, registered in Mongolia, with its office and workshop in Zuunmod, Tuv Province.
P:The Buyer operates glass and film greenhouses at three sites around Beijing and wishes to install a wireless monitoring network for air temperature, humidity, light, carbon dioxide and soil moisture, with software for alarms, records and irrigation advice. The Supplier has offered the equipment, software and services described below. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensor nodes, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's GreenWatch monitoring software, version 4, licensed under clause 3.
P:1.3 "Works" means delivery, installation, configuration, integration with the Buyer's irrigation controllers, and training.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.3.
H:2. Price
P:2.1 The Contract Price is CNY 1,200,000, fixed, including VAT, import duties, freight to the Buyer's three sites, insurance and all costs of the Supplier's personnel. The itemised price is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless sensor node (air, soil and light probes)|320|1,850|592,000
TB:2|LoRa gateway with 4G backhaul|24|6,400|153,600
TB:3|GreenWatch software, perpetual licence, three sites|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||1,031,600
TB:4|Installation and calibration|1 lot||96,400
TB:5|Configuration and integration with irrigation controllers|1 lot||58,000
TB:6|Training of operators and technicians|1 lot||14,000
TB:|Contract Price|||1,200,000
P:2.2 The Buyer may increase or reduce the number of sensor nodes by up to 10% at the unit price above.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's servers for all of its greenhouse sites, with unlimited users.
P:3.2 The Software remains the Supplier's property. The Buyer may copy it for backup and testing.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 120,000) within 20 days after signature, against an advance payment guarantee issued by a bank in mainland China.
P:4.2 Installation payment: 55% of the Contract Price (CNY 660,000) after all Equipment is installed at the three sites and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 420,000) after Final Acceptance.
P:4.4 Each payment is due within 30 days after the Buyer receives a correct VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the three sites within 60 days and complete installation and configuration within 100 days after signature.
P:5.2 The Supplier shall provide the site survey report, network coverage plan, calibration certificates for every probe, wiring diagrams and user manuals in Chinese.
P:5.3 The Supplier's personnel shall follow the Buyer's greenhouse hygiene and plant protection rules.
P:5.4 The Supplier shall train 12 operators and 4 technicians of the Buyer in using the Software, replacing batteries and probes, recalibrating sensors and diagnosing gateway faults. Training takes place at the Buyer's main site in Chinese, with written materials, and ends with a practical test.
P:5.5 Title to the Equipment passes to the Buyer on delivery to each site. Risk of loss passes on signature of the installation certificate for that site.
H:6. Acceptance
P:6.1 After installation the system shall run for a trial period of 30 days.
P:6.2 Acceptance criteria: (a) every sensor node reports at the configured interval with a data loss rate below 0.5% over the trial period; (b) spot checks of 5% of the probes against reference instruments show temperature deviation within 0.3 degrees Celsius and humidity deviation within 3 percentage points; (c) alarms are sent by SMS and app within 60 seconds of a threshold setting being crossed in a test; (d) irrigation advice is passed to the irrigation controllers at all three sites; and (e) no Severity 1 incident occurred during the last 15 days of the trial.
P:6.3 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within 10 working days. Installation, use of the system or payment is not acceptance.
H:7. Warranty and Support
P:7.1 The warranty period for the Equipment and the Software is 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects and supply new versions free of charge.
P:7.2 The Supplier shall keep spare nodes and gateways equal to 3% of the installed quantity at its service point in Beijing.
P:7.3 If the same node or gateway fails three times within the warranty period, the Supplier shall replace it with a new unit, and the warranty for the replaced unit starts again from replacement.
P:7.4 After the warranty period, the Buyer may order support for years four and five at an annual fee of 6% of the Equipment and Licence Subtotal, that is CNY 61,896 per year, fixed for both years. Support is ordered by the Buyer year by year and does not renew automatically.
H:8. Service Levels
P:8.1 During the warranty period the monitoring software shall have a monthly availability of at least 99.95%, excluding planned maintenance agreed with the Buyer.
P:8.2 Severity 1 (alarms not sent or a whole site without data): response within 30 minutes and restoration within 6 hours. Severity 2 (a greenhouse section without data): response within 2 hours and repair within 2 days. Severity 3: next working day.
P:8.3 For every hour of delay in responding to or restoring a Severity 1 incident the Supplier shall pay CNY 800, and for each 0.01 percentage point of availability below the commitment CNY 1,000, deducted from the final payment or the support fee.
H:9. Buyer Data
P:9.1 All sensor readings, alarm records, crop and irrigation data and other data of the Buyer (Buyer Data) belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The Supplier shall configure the gateways to send data only to the Buyer's servers, protect remote maintenance with individual accounts and passwords changed after each use, keep access logs, and not copy Buyer Data outside the Buyer's systems.
P:9.3 The Supplier shall inform the Buyer within 12 hours of any security incident involving Buyer Data and shall compensate the Buyer for losses caused by its breach of this clause.
H:10. Intellectual Property
P:10.1 Interface programs, dashboard layouts and irrigation rules developed for the Buyer belong to the Buyer, which may modify and use them freely and have third parties do so.
P:10.2 The Supplier warrants that the Equipment and Software do not infringe third-party rights.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other's non-public information, including the Buyer's crop plans, yields and prices, and shall not disclose it without written consent, during this Contract and for five years afterwards.
P:11.2 This obligation does not apply to information that is already public, was lawfully known to the receiving party before disclosure, or must be disclosed to a court or authority, in which case the disclosing party shall be informed first where the law allows.
H:12. Delay Damages and Liability
P:12.1 If the Supplier is late in delivery or completion, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent.
P:13.2 The Supplier remains fully responsible for the work of any approved subcontractor, including its compliance with clauses 9 and 11.
H:14. Termination
P:14.1 The Buyer may terminate this Contract if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the people's court at the Buyer's domicile.
H:16. Buyer's Obligations
P:16.1 The Buyer shall provide power sockets at the agreed mounting points, server capacity for the Software, network access and a site contact person at each greenhouse site.
P:16.2 The Buyer shall give the Supplier's personnel access to the sites during working hours on two working days' notice. Delays caused by the Buyer extend the Supplier's dates accordingly.
H:17. General
P:17.1 Neither party is liable for delay caused by force majeure, provided it informs the other party within five days and takes reasonable steps to limit the effects.
P:17.2 This Contract, with Annex 1 (Technical Specification), Annex 2 (Site Layout) and Annex 3 (Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:17.3 This Contract is made in Chinese and English in four originals, two for each party. Both languages are equally authentic.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

H827E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No. BUS-MSA-2026-019**

**Between** Baotou Hengxin New Materials Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Baotou, Inner Mongolia (the "Customer"),

**and** Dornod Steppe IT Services LLC, a company registered in Mongolia, with its principal office in Baruun-Urt, Sükhbaatar Province (the "Service Provider").

**Background.** The Customer runs two production plants and a sales office and wishes to outsource the day-to-day support of its ERP system, plant servers, network and end-user devices. The Service Provider has offered to provide these services remotely from its support centre and through engineers based in Baotou. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Service Provider accesses or handles in performing the Services.

1.4 "Transition" means the transfer of the support functions from the Customer's current arrangements to the Service Provider, as described in Section 3.

1.5 "Service Commencement Date" means the date of Transition Acceptance under Section 3.4.

## Section 2. Term

2.1 This Agreement begins on the date of signature and continues for a Service Term of 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the Service Term. It does not renew automatically; any extension must be agreed in writing, including its price.

## Section 3. Transition

3.1 The Service Provider shall complete the Transition within 60 days after signature, including knowledge transfer from the Customer's IT staff, documentation of all systems in scope, set-up of the ticketing tool, monitoring and remote access, and a parallel run of 14 days.

3.2 The Service Provider shall deliver a service manual, a system inventory and an escalation list before the parallel run begins.

3.3 Transition Acceptance criteria: (a) all servers, network devices and ERP components listed in Schedule 1 are registered in the monitoring tool and generate test alerts; (b) the service desk handles at least 200 tickets during the parallel run, meeting the response times in Schedule 2 for at least 190 of them; (c) runbooks for the ten most frequent incident types have been tested; and (d) the Customer's IT manager has confirmed the knowledge transfer checklist.

3.4 The Customer shall confirm Transition Acceptance in writing within 5 working days after the criteria are met, or state the failures. Go-live of the service desk alone is not acceptance.

3.5 If Transition Acceptance is delayed beyond the 60 days for reasons attributable to the Service Provider, the Service Provider shall pay delay damages of CNY 1,200 for each day of delay, up to CNY 60,000.

## Section 4. Charges and Payment

4.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 1,740,000, being a one-time Transition Charge of CNY 84,000 and a Monthly Service Charge of CNY 46,000 for 36 months.

4.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after the monthly service report has been accepted, less any service credits.

4.3 The Customer pays within 30 days after receiving a correct VAT invoice. No advance payment is made under this Agreement.

4.4 The Charges are fixed for the Service Term. Work outside Schedule 1 is done only on a written change order at the rates in Schedule 3.

## Section 5. Service Levels and Credits

5.1 The Service Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

5.2 If a Service Level is missed, the Service Provider shall give the service credits set out in Schedule 2. Credits are deducted from the next invoice and are not the Customer's only remedy.

5.3 If the same Service Level is missed in three months within any six-month period, the Customer may require a remediation plan and, if the failure continues, treat it as a material breach.

## Section 6. Customer Data

6.1 Customer Data belongs to the Customer. The Service Provider shall use Customer Data only for performing the Services and shall not sell, disclose or otherwise use it.

6.2 At the end of the Service Term the Service Provider shall hand over all Customer Data and documentation in its possession to the Customer or its new provider.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including system configurations, passwords, production data, prices and business plans, and shall use it only for this Agreement.

7.2 Each party may disclose such information to its employees and professional advisers who need to know it and are bound by confidentiality obligations. The obligations in this Section continue for five years after termination.

## Section 8. Intellectual Property

8.1 Documentation, runbooks, scripts, reports and other deliverables prepared for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any successor provider.

8.2 The Service Provider keeps its pre-existing tools and methods and grants the Customer a free licence to use any of them embedded in the deliverables.

## Section 9. Personnel and Subcontracting

9.1 The Service Provider shall assign a service manager and keep at least two on-site engineers in Baotou during working hours.

9.2 The Service Provider may subcontract any part of the Services, including on-site engineering and after-hours monitoring, to subcontractors of its choice by giving the Customer written notice before the subcontractor starts work. The Service Provider remains responsible for its subcontractors.

## Section 10. Liability

10.1 The Service Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to wilful misconduct, personal injury or breach of Section 7.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach and fails to remedy it within 30 days after notice.

11.2 The Customer may also terminate for convenience on 90 days' notice after the first 18 months of the Service Term, paying the Monthly Service Charges up to the termination date.

11.3 On any termination the Service Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3.

11.4 Exit assistance includes handing over the ticket history, open tickets, configuration records, runbooks and passwords, answering questions of the Customer's new provider and taking part in a joint handover review. The Service Provider shall not withhold any documentation or Customer Data because of a dispute about Charges.

## Section 13. General

13.1 Notices under this Agreement must be in writing and sent to the addresses stated above or to another address notified in writing.

13.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it promptly informs the other party and uses reasonable efforts to continue performance. The Service Levels are suspended only for the affected Services and only for the duration of the event.

13.3 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be made in writing and signed by authorised representatives of both parties.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Beijing Arbitration Commission for arbitration in Beijing.

## Schedule 1 - Services

| Service | Scope | Hours |
| --- | --- | --- |
| Service desk | Chinese and English, phone, e-mail and portal, 1,100 users | 24 x 7 |
| ERP application support | incident handling, user administration, period-end support, minor configuration | working days 08:00-20:00 |
| Server and storage management | 46 servers, two storage arrays, backups, patching | 24 x 7 monitoring |
| Network management | plant and office LAN, Wi-Fi, WAN links, firewalls | 24 x 7 monitoring |
| End-user support | on-site support in Baotou for PCs, printers and mobile devices | working days |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit per breach |
| --- | --- | --- | --- | --- |
| P1 | plant production stopped, ERP unavailable | 30 minutes | 6 hours | CNY 3,000 |
| P2 | a department or production line affected | 1 hour | 12 working hours | CNY 1,000 |
| P3 | a single user affected | 8 working hours | 3 working days | CNY 200 |
| Backup | daily backups completed and verified | no more than one failed backup per month | - | CNY 1,500 |

Credits are deducted from the invoice for the month after the breach and are reported in the monthly service report.

## Schedule 3 - Charges

| Charge | Amount (CNY) | When invoiced |
| --- | --- | --- |
| Transition Charge | 84,000 | after Transition Acceptance |
| Monthly Service Charge | 46,000 per month x 36 | monthly in arrears |
| Total Contract Value | 1,740,000 | - |
| Additional work | 1,600 per engineer day | with change order |
"""

H827E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. OKG-API-2026-004

This Data and API Subscription Agreement is made between:

Zhongnong Mutual Agricultural Insurance Co., Ltd., a company incorporated in the People's Republic of China with its head office in Beijing ("Customer"); and

Ongi Valley Geodata LLC, a company registered in Mongolia with its office in Arvaikheer, Uvurkhangai Province ("Provider").

BACKGROUND

The Customer insures crops and grassland for farmers and herders in northern China and needs reliable vegetation index, soil moisture and weather data to price policies and assess claims. The Provider processes satellite and weather station data and delivers it through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the datasets described in clause 2.1, as updated by the Provider during the Subscription Term.

1.2 "API" means the Provider's REST interface through which the Customer retrieves the Data Products.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first beginning on the date of Integration Acceptance.

1.4 "Customer Inputs" means the policy locations, field boundaries, claim records and other information the Customer uploads to the API.

1.5 "Custom Outputs" means the county-level index reports and claim assessment layers the Provider prepares specifically for the Customer.

2. SUBSCRIPTION

2.1 The Provider shall give the Customer access to: (a) a ten-day vegetation index at 250-metre resolution for the provinces listed in Annex A; (b) a daily soil moisture estimate for the same area; (c) daily weather data interpolated from station records; and (d) a historical archive of the above from 2010 onwards.

2.2 The Customer may use the Data Products for underwriting, pricing, claims handling, reinsurance and regulatory reporting, and may share outputs with its reinsurers and regulators.

2.4 The Provider may improve the Data Products and the API during the Subscription Term. It shall give the Customer at least 90 days' notice before retiring an endpoint or changing a data format, and keep the previous version available during that period so that the Customer can adapt its systems.

2.3 The subscription covers up to 5 million API calls per Subscription Year. Calls above that volume are charged at CNY 0.02 per call and are not part of the fees in clause 3.1.

3. FEES AND PAYMENT

3.1 The fees are: (a) a one-time Integration Fee of CNY 28,000; and (b) a Subscription Fee of CNY 356,000 for each Subscription Year, CNY 712,000 for both. The total fees for the Subscription Term are CNY 740,000, including VAT.

3.2 The Integration Fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year.

3.3 The Customer pays each invoice within 30 days after receipt of a correct VAT invoice.

3.4 The Provider shall report the Customer's API usage monthly. Charges for calls above the included volume are invoiced quarterly in arrears, based on the usage report accepted by the Customer.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after signature the Provider shall set up the Customer's API accounts, load the historical archive, calibrate the vegetation index against 60 reference fields nominated by the Customer and support the Customer's IT team in connecting its underwriting and claims systems.

4.2 Integration Acceptance criteria: (a) every endpoint in Annex B returns correct data for test requests covering all provinces in Annex A; (b) the index for the reference fields agrees with the Customer's field survey data within the tolerance stated in Annex B; (c) the median API response time is below 800 milliseconds over a five-day test; and (d) the historical archive is complete for the agreed period.

4.3 The Customer shall confirm Integration Acceptance in writing within 7 working days after the criteria are met, or list the failures for correction and retesting.

4.4 If Integration Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 500 for each day of delay, up to CNY 20,000.

5. SERVICE LEVELS

5.1 The Provider shall ensure that the API has a monthly availability of at least 99.5%, excluding planned maintenance announced at least 48 hours ahead and carried out between 00:00 and 05:00 Beijing time.

5.2 New vegetation index data shall be published within 3 days after the end of each ten-day period, and daily weather data by 09:00 Beijing time.

5.3 Severity 1 incidents (API unavailable or returning wrong data for a whole province) shall be responded to within 1 hour and restored within 8 hours. Severity 2 incidents shall be responded to within 3 hours. Severity 3 incidents shall be responded to within 2 working days.

5.4 If monthly availability is below the commitment, the Provider shall credit 5% of the monthly share of the Subscription Fee for each half percentage point or part of it below the commitment. Late publication of data under clause 5.2 gives a credit of CNY 1,000 per day. Credits are deducted from the next invoice.

5.5 The Provider shall send the Customer a monthly service report with availability, incident history, data publication dates and API usage.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to the Customer. The Provider shall process them only to deliver the Data Products and Custom Outputs to the Customer and shall not use them for any other purpose.

6.2 Customer Inputs shall be stored on servers located in mainland China and shall not be transferred abroad. The Provider shall apply encryption in transit and at rest, access control with individual accounts, access logging and regular vulnerability scanning.

6.3 The Provider shall notify the Customer within 12 hours of any security incident affecting Customer Inputs, take remedial action, and be liable for losses caused by its breach of this clause 6.

6.4 At the end of the Subscription Term the Provider shall return the Customer Inputs and delete all copies within 30 days.

7. INTELLECTUAL PROPERTY

7.1 The Provider keeps all rights in the Data Products, the API and its processing methods, subject to the Customer's rights of use in clause 2.2, which continue for data retrieved during the Subscription Term.

7.2 Custom Outputs belong to the Customer, which may use, modify and license them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's policy and claims information and the Provider's algorithms, and shall not disclose it without written consent except as required by law.

8.2 This clause continues for five years after the end of the Agreement.

9. RENEWAL

9.1 At the end of the second Subscription Year, this Agreement renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

9.2 The Subscription Fee for each renewal year shall be the Provider's list price in effect at the start of that renewal year, which the Provider may change at its discretion.

10. LIABILITY

10.1 The Provider's total liability under this Agreement is limited to 150% of the total fees in clause 3.1.

10.2 The limit does not apply to wilful misconduct or to breach of clauses 6 and 8.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent, except for the hosting of the API with the cloud provider in mainland China named in Annex B.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund the unused part of the Subscription Fee paid for the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. CUSTOMER OBLIGATIONS

14.1 The Customer shall keep its API keys secure, use the Data Products only within the rights in clause 2.2 and not resell the Data Products as such to third parties.

14.2 The Customer shall nominate a technical contact for integration and provide the reference field locations and survey data needed for calibration under clause 4.1. Delays caused by the Customer extend the date in clause 4.1 accordingly.

15. GENERAL

15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics, satellite outages of third-party operators or government action, provided it notifies the other party promptly. Availability lost because of such events is excluded from the calculation in clause 5.1 only if the Provider shows that it could not have avoided the loss by reasonable measures.

15.2 Annex A (Coverage Area) and Annex B (API Specification and Acceptance Tolerances) form part of this Agreement.

15.3 This Agreement is signed in two originals in English and Chinese; both versions are equally authentic.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language, source)
    "h827z01": ("h827z01_fishpond_water_quality_platform.pdf", "pdf", "zh", H827Z01),
    "h827z02": ("h827z02_whistle_factory_line_control_retrofit.docx", "docx", "zh", H827Z02),
    "h827z03": ("h827z03_orienteering_chain_booking_saas.txt", "txt", "zh", H827Z03),
    "h827z04": ("h827z04_forestry_seabuckthorn_system_om_service.txt", "txt", "zh", H827Z04),
    "h827z05": ("h827z05_egg_carving_tracking_supplier_template.md", "md", "zh", H827Z05),
    "h827e01": ("h827e01_dairy_herd_licence_murun_vendor.pdf", "pdf", "en", H827E01),
    "h827e02": ("h827e02_distributor_ordering_saas_order_form.md", "md", "en", H827E02),
    "h827e03": ("h827e03_greenhouse_sensors_monitoring_licence.docx", "docx", "en", H827E03),
    "h827e04": ("h827e04_managed_it_services_36_months.md", "md", "en", H827E04),
    "h827e05": ("h827e05_vegetation_data_api_subscription.txt", "txt", "en", H827E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value), fee base
DATA = {
    "h827z01": ("software", [99.5, 0.5, True, "buyer", True, True, False, 0.06, None, 20, True, True, 24, 8,
                             False, True, False, "PRC", G], (True, True, True, False, 872000), 486000),
    "h827z02": ("hardware", [None, 8, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 7,
                             False, False, False, "PRC", G], (True, True, True, False, 1302000), 1056000),
    "h827z03": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 0.08, 136000 / 670000 * 100,
                          398000 / 670000 * 100, True, None, None, None, True, True, False, "PRC", S],
                (True, True, None, False, 670000), None),
    "h827z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                             False, True, False, "PRC", S], (True, True, None, False, 368000), None),
    "h827z05": ("software", [None, 2, False, "supplier", True, False, True, None, None, 65, False, False, 6, 24,
                             False, True, None, None, G], (True, False, True, True, 222000), 168000),
    "h827e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9,
                             False, True, False, "Mongolia", G], (True, True, True, False, 1670000), 1240000),
    "h827e02": ("cloud", [None, None, False, "buyer", True, False, True, 600 / 640000 * 100, 200, None, True, None,
                          None, None, False, True, False, "PRC", S], (False, True, None, False, 640000), None),
    "h827e03": ("hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6,
                             False, True, False, "PRC", G], (True, True, True, False, 1200000), 1031600),
    "h827e04": ("services", [None, 0.5, True, "buyer", False, True, True, 1200 / 1740000 * 100, 150, None, True,
                             None, None, None, False, True, True, "PRC", S], (True, True, None, False, 1740000), None),
    "h827e05": ("cloud", [99.5, 1, True, "buyer", True, True, True, 500 / 740000 * 100, 150, None, True, None, None,
                          None, True, True, False, "PRC", S], (True, True, None, False, 740000), None),
}

DESIGN = {  # my design list, compared with the rules derived from the labels
    "h827z01": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "h827z02": ["CR-LD-LOW", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "h827z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
    "h827z04": [],
    "h827z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h827e01": ["CR-GOVERNING-LAW"],
    "h827e02": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h827e03": [],
    "h827e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h827e05": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
}
DESIGN_RISK = {"h827z01": "medium", "h827z02": "medium", "h827z03": "medium", "h827z04": "low", "h827z05": "high",
               "h827e01": "low", "h827e02": "high", "h827e03": "low", "h827e04": "high", "h827e05": "medium"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (§3, §4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE, HORIZON = 40, 5


def tco_share(t, x, base):
    """Post-warranty fee share of TCO over the horizon from acceptance (policy §4), or None."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 on the labelled terms."""
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
        sh = tco_share(t, x, base)
        if sh is not None and sh > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    name, fmt, lang, _ = FILES[key]
    cat, vals, (sla, lds, capped, deemed, value), base = DATA[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(t, x, base)}, base


# ---------------------------------------------------------------- reading back and checks
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


NB = r"(?<![\d.,])"
THRESHOLD_RX = re.compile("|".join([
    NB + r"99\.9(?![\d])", NB + r"0?\.05\s*%", r"万分之\s*(五|5)(?![\d十])", r"千分之\s*(零点五|0\.5)",
    NB + r"(30|40|15|100)\s*(%|％|per\s*cent|percent)", r"百分之\s*(三十|四十|十五|百|一百)",
    r"\b(thirty|forty|fifteen|one\s*hundred)\s*(per\s*cent|percent|%)",
    NB + r"4\s*[-‐]?\s*(hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?",
    NB + r"12\s*[-‐]?\s*(months?|个月)", r"(?<![\d])十二\s*个?\s*月", r"\btwelve[\s-]*months?",
]), re.IGNORECASE)
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "0.05 % per day", "万分之五", "30%", "30 %", "40%", "15%", "100%",
            "百分之三十", "百分之十五", "thirty per cent", "4 hours", "4小时", "四小时", "四个小时", "4-hour",
            "four hours", "12 months", "12个月", "十二个月", "twelve months", "12-month", "forty percent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "14 hours", "48 hours", "0.5%", "0.08%", "130%", "140%", "150%",
             "115%", "2.4 hours", "24个月", "二十四个月", "112 months", "万分之六", "三十日", "30 days", "40 days",
             "15 days", "120 days", "二十四小时", "12 hours", "12 working hours", "CNY 1,240,000"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RX.finditer(variant)]
    return hits


SUMS = {  # key: (price lines, contract value, payment shares in %)
    "h827z01": ([486000, 312000, 58000, 16000], 872000, [20, 45, 35]),
    "h827z02": ([528000, 286000, 74000, 168000, 132000, 96000, 18000], 1302000, [20, 50, 25, 5]),
    "h827z03": ([40 * 6800 * 2, 126000], 670000, None),
    "h827z04": ([216000, 64000, 52000, 36000], 368000, None),
    "h827z05": ([168000, 42000, 12000], 222000, [65, 35]),
    "h827e01": ([1240000, 386000, 44000], 1670000, [20, 45, 35]),
    "h827e02": ([288000, 288000, 64000], 640000, None),
    "h827e03": ([320 * 1850, 24 * 6400, 286000, 96400, 58000, 14000], 1200000, [10, 55, 35]),
    "h827e04": ([84000, 46000 * 36], 1740000, None),
    "h827e05": ([28000, 356000 * 2], 740000, None),
}


def check(built):
    for key, (lines, value, shares) in SUMS.items():
        assert sum(lines) == value == built[key][0]["expected_extra"]["contract_value"], key
        assert shares is None or sum(shares) == 100, key
        assert shares is None or not set(shares) & {30, 15, 40, 100}, key
    for s in MUST_HIT:
        assert THRESHOLD_RX.search(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RX.search(s) and not THRESHOLD_RX.search(re.sub(r"\s+", "", s)), ("regex hits", s)
    covered = set()
    for key, (name, fmt, lang, _) in FILES.items():
        lab, base = built[key]
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        rules = lab["expected_rules"]
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        assert risk == DESIGN_RISK[key], (key, risk)
        covered |= set(rules)
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        sh = tco_share(t, x, base)
        assert sh is None or abs(sh - TCO_SHARE) > 2, (key, sh)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        print(f"{name:55s} {lang} {n:5d} {risk:6s} tco={'-' if sh is None else round(sh, 2)} {rules}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert [k for k, v in DESIGN.items() if not v] == ["h827z04", "h827e03"]
    assert DESIGN["h827e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["h827z05"]) <= 10
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    office = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: FILES[k][3] for k in office}, office, OUT, wrap_words=True)
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    built = {}
    for key in FILES:
        lab, base = label(key)
        (OUT / (key_stem := FILES[key][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        built[key] = (lab, base)
    check(built)
