"""holdout737: builds the ten blind held-out drafts from the sources below, writes the .json labels and asserts
the checks of the brief (lengths, thresholds, rule derivation, coverage). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:汽车客运站客运安全监管平台采购合同
P:合同编号：JTYS-ZC-2025-0617    采购方式：公开招标（政府采购）
P:甲方（采购人）：临泉市交通运输局
P:乙方（供应商）：江淮行云信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就临泉市汽车客运站客运安全监管平台（以下简称“平台”）的软件许可、定制开发及实施事宜订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供客运安全监管平台软件永久许可一套，覆盖全市六个汽车客运站及市局监管中心，不限用户数。
P:1.2 乙方按甲方需求定制开发：营运车辆动态监控与超速疲劳报警、危险品安检数据对接、驾驶员从业资格核验、班线客流统计及应急调度模块，并与省道路运输联网平台对接。
P:1.3 乙方负责部署实施、数据初始化、系统联调及对甲方人员的操作与管理培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含税，其中：平台软件许可费¥860,000；定制开发费¥520,000；部署实施费¥214,000；培训费¥86,000。
P:2.2 上述价款为固定总价，包含乙方为完成本合同所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 每次付款前乙方应开具合法有效的发票，甲方按财政国库集中支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成部署及定制开发，并提交初步验收申请。
P:4.2 乙方应按甲方批准的实施计划推进，每两周提交一次进度报告。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具备五年以上交通行业信息化项目经验，未经甲方同意不得更换。
P:4.4 甲方负责提供机房环境、网络条件、政务云资源及各客运站的现场配合，并在收到乙方书面请求后五个工作日内确认需求说明书。
P:4.5 因甲方原因造成工期延误的，工期相应顺延，乙方不承担逾期责任，但应在延误发生后三日内书面告知甲方。
H:第五条 验收
P:5.1 初步验收标准：全部功能符合招标文件技术要求；与省联网平台数据交换连续七日无丢失；动态监控报警延迟不超过十秒；三百个并发用户下页面响应不超过三秒；通过第三方软件测评机构的安全测评。
P:5.2 初步验收后平台试运行六十日，期间无一级故障的，甲方组织最终验收，验收合格后签署最终验收证书。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后三年内保持不变。
P:6.3 质保期内因平台缺陷导致的故障，乙方应免费修复；同一问题重复出现三次以上的，乙方应提交根本原因分析报告并彻底整改。
H:第七条 服务水平
P:7.1 平台月度可用率应不低于99.95%（计划内维护时间除外，维护须提前三日告知甲方）。
P:7.2 一级故障（平台整体不可用或报警功能失效）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，24小时内解决。
P:7.3 响应或恢复每超时一小时，乙方向甲方支付¥800；月度可用率每低于约定值0.01个百分点，扣减当年维护费¥1,500。
P:7.4 乙方应每月向甲方提交运行服务报告，载明可用率、故障处理、报警统计及优化建议，并参加甲方组织的季度运行分析会。
P:7.5 春运、国庆等重点时段，乙方应安排工程师驻场值守，确保平台稳定运行。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。甲方有权自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台采集和产生的全部数据（包括车辆轨迹、旅客信息、安检记录）归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，实施访问控制、加密存储与操作审计，远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护服务结束时，乙方应将其掌握的甲方数据全部移交甲方，并删除其留存的副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、监管数据和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在本合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.3 乙方违约给甲方造成损失的，违约金不足以弥补的部分，乙方应另行赔偿。
P:11.4 乙方提供的软件侵犯第三方知识产权的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
P:11.5 乙方派驻人员违反甲方安全管理制度的，甲方有权要求更换，乙方应在三个工作日内完成人员替换。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的主体工作分包；非主体工作需要分包的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 本合同及维护服务均不自动续期。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响一方应在五日内通知对方并提供证明，双方协商延期或部分免除责任。
P:14.2 不可抗力持续超过六十日致使合同目的无法实现的，任何一方均可书面解除本合同，双方按实际完成的工作量结算。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同的组成部分，内容不一致的，以本合同为准。本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临泉市交通运输局    乙方（盖章）：江淮行云信息技术有限公司
P:签订日期：2025年7月8日
"""

Z02 = """T:梳棉绗缝生产线控制系统改造及维保合同
P:合同编号：MB-GZ-2025-031
P:甲方：南陵县暖冬家纺制品有限公司（棉被厂）
P:乙方：皖南智控自动化工程有限公司
P:甲方现有开松梳理生产线两条、电脑绗缝生产线三条，控制系统老化、工艺参数无法追溯。经比选，甲方委托乙方实施控制系统改造并提供后续维保服务，双方订立本合同。
H:第一条 改造范围
P:1.1 梳理线：更换主控PLC柜、喂棉帘与锡林变频驱动、棉网克重在线检测装置，实现铺棉层数和克重的闭环控制。
P:1.2 绗缝线：更换伺服驱动器与触摸屏，升级花型管理软件，支持花型文件集中下发与断针自动停机。
P:1.3 车间监控：部署生产数据采集网关和车间看板，开发与甲方ERP系统的工单、产量接口。
P:1.4 乙方负责拆除旧柜、安装接线、程序编写、联调试车及操作维修人员培训。
P:1.5 改造后的控制系统应能按订单记录每批棉被的铺棉克重、层数、绗缝花型、操作班组及设备状态，数据保存不少于三年，便于甲方质量追溯和客户验厂。
P:1.6 拆除的旧控制柜、旧驱动器归甲方所有，由乙方整理后移交甲方仓库，不得擅自处置。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾壹万元整（¥1,410,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|梳理线PLC主控柜及变频驱动|2套|418,000
TB:2|棉网克重在线检测装置|2套|236,000
TB:3|绗缝线伺服驱动器及触摸屏|3套|294,000
TB:4|数据采集网关及车间看板|1套|102,000
TB:5|控制与花型管理软件许可|1套|186,000
TB:—|软硬件小计|—|1,236,000
TB:6|安装调试及ERP接口开发|1项|148,000
TB:7|培训|1项|26,000
TB:—|合计|—|1,410,000
P:2.2 上述价格含税、含运输及保险，为固定价格。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到货并安装完毕后，甲方支付合同总价的45%；到货安装不视为验收。
P:3.3 改造通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前向甲方开具等额增值税专用发票，甲方收到发票后十五个工作日内付款。维保费在每个维保年度结束、甲方确认当年巡检及故障处理记录后支付。
P:3.5 甲方银行账户及乙方收款账户变更的，应提前书面通知对方，否则由此产生的损失由变更方自行承担。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成全部改造，改造须利用甲方安排的停产检修窗口分线进行，每条线停机不超过六日。
P:4.2 乙方进场前应提交施工方案和安全措施，经甲方设备部门确认后方可施工。
P:4.3 甲方负责提供施工所需的电源、压缩空气、临时场地及停产窗口安排，并指定设备主管作为现场联系人。
P:4.4 乙方施工人员应遵守甲方车间的防火、防尘及用电管理规定，棉絮粉尘区域严禁明火作业；动火作业须办理甲方动火审批手续。
P:4.5 乙方应在施工期间每日填写施工日志，记录完成内容、停机时间及遗留问题，由甲方现场联系人签字确认。
H:第五条 验收
P:5.1 验收标准：梳理线棉网克重偏差不超过±3%；绗缝线断针停机响应不超过0.5秒；花型下发成功率达到设计要求；ERP工单和产量数据连续十五日与现场记录一致；各线连续满负荷运行七十二小时无停机故障。
P:5.2 乙方完成调试后书面申请验收，甲方在十日内组织验收并出具验收报告。验收不合格的，乙方整改后重新验收，费用由乙方承担。
P:5.3 试生产期间甲方使用设备生产，不视为验收合格。
P:5.4 验收时乙方应提交竣工图纸、电气原理图、PLC程序备份、参数设定表、操作维护手册及备件清单，资料不全的不予验收。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换损坏部件并提供程序维护。
P:6.2 质保期满后乙方提供维保服务，年度维保费为软硬件小计的8%（即每年¥98,880），三年内不上调，每年签订维保确认书。
P:6.3 一级故障（整条生产线停机）：乙方应在1小时内响应，6小时内到场并恢复生产；二级故障：8小时内响应，48小时内解决。
P:6.4 乙方每超时一小时，向甲方支付¥500；每季度上门巡检一次并提交巡检报告。
P:6.5 乙方应在甲方所在地储备主控模块、伺服驱动器等关键备件，保证故障时能够及时更换。
P:6.6 维保服务内容包括：每季度一次预防性巡检、PLC程序及触摸屏画面备份、传感器标定、软件补丁更新、生产旺季前的全面检查，以及甲方新增花型或工艺调整时的程序配合修改（每年不超过十个工作日）。
P:6.7 乙方应建立设备维保档案，每次服务后填写服务单，注明故障原因、处理措施和更换部件，由甲方签字确认，作为年度维保考核的依据。
H:第七条 培训
P:7.1 乙方应分别对甲方操作工、电气维修人员和车间管理人员进行培训，培训不少于四期，每期两日，内容包括设备操作、参数调整、花型管理、常见故障处理及安全注意事项。
P:7.2 培训结束后乙方应组织考核，考核合格人员应能独立完成日常操作和一般故障排除；考核不合格的，乙方应免费补训。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、触摸屏画面、接口程序及其源代码归甲方所有，乙方应在验收时交付，甲方可自行修改或委托他人维护。
P:8.2 软件许可为永久许可，授权甲方在本厂区内使用。
H:第九条 数据安全
P:9.1 生产数据、工艺参数、花型文件及ERP数据归甲方所有，乙方仅为履行本合同使用，不得复制带离或用于其他目的。
P:9.2 乙方远程维护须经甲方每次书面批准，使用甲方提供的加密通道，并保留操作日志。乙方应采取必要的安全措施，防止数据泄露、篡改或丢失。
P:9.3 因乙方原因导致数据泄露或丢失的，乙方应在2小时内报告，并承担由此造成的全部损失。
H:第十条 保密
P:10.1 乙方对甲方的工艺配方、产能、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 因乙方施工造成甲方设备损坏或停产损失的，乙方应予赔偿。
P:11.4 乙方提供的设备或部件不符合合同约定的，甲方有权要求乙方在十日内免费更换，由此延误的工期计入逾期天数。
P:11.3 甲方逾期付款的，按应付金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本合同；电气安装辅助工作确需分包的，须事先取得甲方书面同意。
H:第十三条 合同期限
P:13.1 本合同自双方签字盖章之日起生效，至质保期满且维保确认书履行完毕时终止。
P:13.2 因不可抗力不能履行合同的，双方协商延期履行，受影响一方应及时通知对方并提供证明。
H:第十四条 法律适用与争议
P:14.1 本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，提交芜湖仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份。附件：改造技术方案、设备清单、培训计划。
P:甲方（盖章）：南陵县暖冬家纺制品有限公司    乙方（盖章）：皖南智控自动化工程有限公司
P:日期：2025年8月12日
"""

Z03 = """连锁溜冰场预约及会员管理SaaS服务合同

合同编号：BX-SAAS-2025-118
甲方（客户）：极光冰轮体育发展（成都）有限公司
乙方（服务商）：蓉数云科技有限公司

甲方在全国经营三十家连锁溜冰场馆（其中真冰场十二家、旱冰场十八家）。为统一场次预约、会员管理和储值消费，甲方订购乙方“冰轮通”预约及会员管理SaaS服务并委托乙方实施，双方订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方三十家门店提供场次预约、教练课程排期、会员卡与储值管理、冰鞋租赁、储物柜计费、营销券核销及经营报表功能，含微信小程序端、门店收银端和总部管理端。
2. 每家门店账号数不限，总部可查看全部门店数据。
（二）实施服务
1. 乙方负责系统配置、会员及储值余额数据迁移、三十家门店闸机和储物柜对接、小程序页面配置及门店人员培训。
2. 实施应在合同生效后七十日内完成，按门店分三批上线。
3. 乙方应为每批上线门店安排实施顾问驻店支持不少于三日，协助门店完成会员卡换绑、储值余额核对和首个周末高峰运营。
（三）运营支持服务
1. 服务期内乙方提供总部专属客户成功经理一名，负责需求收集、版本更新说明和季度运营复盘。
2. 乙方每季度组织一次线上培训，覆盖新入职门店人员及新功能；甲方新开门店的，乙方应在十个工作日内完成开通配置，新增门店按本合同单价折算计费。
3. 平台版本升级应提前五日通知甲方，不得降低已有功能，升级造成门店业务中断的按故障处理。

二、服务期限
（一）服务期为两个服务年度，自全部门店上线并通过实施验收之日起算；第一个服务年度届满之日的次日起为第二个服务年度。
（二）服务期满本合同终止，不自动续期；甲方如需续订，双方另行协商签约。

三、费用及支付
（一）订阅费：每家门店每服务年度¥9,800，三十家门店两个服务年度合计¥588,000。
（二）实施费：¥146,000，一次性。
（三）合同总额：¥734,000。
（四）实施费在实施验收合格后十五个工作日内支付；订阅费按季度支付，每季度结束后十个工作日内由甲方根据当季服务考核结果支付当季费用。
（五）乙方在收款前开具增值税专用发票。
（六）服务期内乙方不得调整本合同约定的订阅单价；因甲方关店减少门店数量的，自次季度起按实际门店数计费。

四、实施验收
（一）验收标准：
1. 会员、储值余额及有效期数据迁移后逐户核对一致，差错为零；
2. 三十家门店闸机、储物柜与系统联动测试全部通过；
3. 小程序预约在两千人同时在线时页面响应不超过两秒；
4. 连续十日试运行无一级故障。
5. 储值消费、退款及冰鞋押金的资金流水与门店收银日报逐日核对一致；
6. 总部管理端报表的会员数、场次数和营业额与门店数据一致。
（二）乙方提交验收申请后，甲方在七个工作日内组织验收并签署验收单；门店上线使用不视为验收合格。

五、服务水平
（一）乙方保证平台月度可用率不低于99.5%（经甲方同意的计划维护除外）。
（二）故障分级与响应：
1. 一级故障（预约、收银或闸机联动全部中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能不可用）：2小时内响应，24小时内解决；
3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
（三）服务补偿：月度可用率每低于约定值一个百分点，减免当月订阅费的5%；一级故障每超时一小时，减免当月订阅费的2%，单月减免以当月订阅费为限。
（四）乙方每月提交服务报告，列明可用率、故障及处理情况。
（五）寒暑假、冰雪赛事及节假日等高峰期，乙方应提前扩容并安排专人值守，高峰期发生的一级故障，乙方应在事后三个工作日内提交书面分析报告。

六、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）乙方为甲方专门开发的小程序页面、报表模板、闸机接口程序及相关文档归甲方所有，甲方可自行修改或交由第三方使用。
（三）乙方保证其提供的平台及开发成果不侵犯第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担费用。

七、数据归属与使用
（一）甲方会员信息、预约记录、消费与储值数据归甲方所有。
（二）甲方同意，乙方可将上述数据进行脱敏处理后，用于编制冰雪运动行业分析报告、改进平台产品及向其他客户提供经营对标服务，该项使用不因合同终止而停止。

八、数据安全
（一）乙方平台应通过网络安全等级保护第三级测评，数据存储于中国境内，传输和存储加密，并对运维人员实行最小权限和操作审计。
（二）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成损失的，乙方承担赔偿责任，并协助甲方履行对会员的告知义务。
（三）服务期满后三十日内，乙方应按甲方要求导出并移交全部数据，并删除平台上的甲方数据。

九、保密
（一）双方对在合作中获悉的对方商业秘密、价格、会员规模及经营数据负有保密义务，未经对方书面同意不得披露，保密期至合同终止后三年。
（二）乙方应要求接触甲方信息的员工签署保密承诺书，并对其员工的违约行为承担责任。

十、违约责任
（一）乙方未按期完成实施的，每逾期一日，按合同总额的万分之八向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）除故意或重大过失及数据泄露责任外，任何一方在本合同项下的累计赔偿责任以合同总额的两倍为限。

十一、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担全部责任。

十二、合同解除
（一）一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）平台连续三个月可用率未达约定值的，甲方有权解除合同，乙方退还未履行期间的费用。
（三）合同解除或期满时，乙方应协助甲方将数据迁移至甲方指定的系统，迁移期间乙方按原条件继续提供服务，最长不超过六十日，迁移协助不另收费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会仲裁。

十四、甲方责任
（一）甲方负责提供门店网络、闸机和储物柜厂商的接口资料及配合，指定总部项目负责人，并及时确认配置方案。
（二）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十五、不可抗力
因自然灾害、公共卫生事件或政府行为导致门店停业或平台无法提供服务的，受影响一方不承担违约责任，但应及时通知对方并尽力减少损失；门店停业期间的订阅费按停业天数相应减免。

十六、通知
双方的通知以书面形式送达本合同首部所列地址或双方确认的电子邮箱，电子邮件发出之日视为送达。任何一方变更联系人或联系方式的，应在变更后三日内通知对方。

十七、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同未尽事宜，双方可签订补充协议。附件：门店清单、功能清单、实施计划、服务水平考核表，附件与本合同具有同等效力。

甲方（盖章）：极光冰轮体育发展（成都）有限公司
乙方（盖章）：蓉数云科技有限公司
日期：2025年9月3日
"""

Z04 = """水产品质量追溯系统年度运维服务合同

项目编号：SCJ-CS-2025-042（竞争性磋商）
甲方（采购人）：沅江市水产技术推广站
乙方（成交供应商）：洞庭数联信息服务有限公司

根据沅江市水产品质量追溯系统运维服务项目竞争性磋商文件及乙方响应文件、成交通知书，双方就该系统2025—2026年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：水产品质量追溯系统（含养殖户生产记录子系统、投入品监管子系统、产地准出与合格证打印子系统、追溯码查询门户及微信查询端）、系统所在政务云服务器五台、数据库两套，以及分布在全市二十三个规模养殖基地和四个水产品批发市场的采集终端一百二十台。
（二）运维内容：系统日常监控、故障处理、数据库维护与备份、安全加固与漏洞修复、终端巡检与维修、业务数据质量核查、操作人员培训及年度功能优化（不超过六十人日）。
（三）乙方应配备驻场工程师两名，工作日在甲方办公地点值守，并提供全年7×24小时电话支持。
（四）乙方应建立运维工单制度，所有故障和服务请求均须登记工单，记录受理时间、处理过程和关闭时间，工单数据作为考核依据，甲方可随时查询。

第二条 服务期限
服务期为一个服务年度，自2025年10月1日起至2026年9月30日止。期满后本合同终止，不自动续期，下一年度运维由甲方依法另行采购。

第三条 服务费用及支付
（一）运维服务费总额为人民币叁拾捌万陆仟元整（¥386,000），含税，包括人员、差旅、工具、终端维修配件（单件价格在五百元以下的）等全部费用。
（二）服务费按季度支付，每季度结束后，经甲方季度考核合格，甲方在十五个工作日内支付当季服务费¥96,500。季度考核不合格的，按第七条扣减后支付。
（三）甲方不向乙方预付任何款项。

第四条 服务水平
（一）系统月度可用率不低于99.95%，计划内维护应安排在夜间并提前两个工作日报甲方同意。
（二）故障分级及时限：
1. 一级故障（追溯查询或合格证打印全面中断）：30分钟内响应，2小时内恢复；
2. 二级故障（单个子系统或单个基地终端群不可用）：1小时内响应，8小时内解决；
3. 三级故障（个别终端或一般功能问题）：当日响应，三个工作日内解决。
（三）乙方每日进行系统巡检，每周进行数据库全量备份并每月做一次恢复演练，每季度完成全部采集终端的现场巡检。
（四）开捕季及春节、中秋水产品上市高峰期，乙方应增派工程师现场保障。
（五）功能优化：甲方以书面需求单提出优化需求，乙方在五个工作日内提交工作量评估和实施计划，经甲方确认后实施；优化成果须经甲方测试确认后方可部署到生产环境，部署前应完成数据备份。
（六）培训：乙方每半年对乡镇水产站人员、养殖基地记录员和批发市场管理员各组织一次操作培训，并编制图文操作手册；新系统功能上线时另行组织专题培训。
（七）数据质量核查：乙方每月抽查养殖基地上报的生产记录和投入品使用记录，对缺项、逻辑错误及超期未报的情况形成问题清单报甲方，并协助乡镇水产站督促整改。

第五条 数据安全
（一）系统中的养殖户信息、生产记录、检测数据、追溯码及全部业务数据归甲方所有，乙方仅可为履行运维服务使用，不得复制、留存或用于其他任何目的。
（二）乙方应按网络安全等级保护第二级要求落实安全措施：运维操作须通过甲方堡垒机进行，实行账号实名、最小权限及操作审计；禁止将数据库导出至乙方自有设备；漏洞通报须在规定时限内修复。
（三）发生数据泄露、篡改、丢失或系统被入侵的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政责任后果。

第六条 验收与考核
（一）季度考核：甲方依据附件《运维服务考核表》，从可用率、故障处理时限、巡检完成率、数据备份及用户满意度五项进行考核，满分一百分，八十五分以上为合格。
（二）年度验收：服务期满前三十日，乙方提交年度运维报告、巡检记录、备份恢复演练记录、功能优化成果及终端台账；甲方据此组织年度验收，验收标准为四个季度考核均合格、全年未发生因乙方原因导致的数据安全事件、运维文档完整。

第七条 服务扣减
（一）月度可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000。
（二）一级故障响应或恢复每超时一小时，扣减¥800；二级故障每超时一小时，扣减¥300。
（三）季度考核得分低于八十五分的，每低一分扣减当季服务费的1%。

第八条 违约责任
（一）乙方未按约定完成年度功能优化或终端巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员无故缺岗的，每人每日扣减¥600。
（三）因乙方运维过错造成甲方损失的，乙方应予赔偿。
（四）乙方未按约定进行数据备份，导致数据无法恢复的，除赔偿损失外，还应按合同总价的百分之五向甲方支付违约金。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、报表、优化功能模块及运维文档归甲方所有，乙方应在年度验收时移交源代码和文档。

第十条 分包
乙方可将采集终端的现场巡检和维修工作分包给当地具备相应能力的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量承担责任。

第十一条 人员管理
（一）乙方驻场工程师应具备三年以上同类系统运维经验，名单经甲方确认后不得擅自更换；确需更换的，应提前十日报甲方同意，新人员资历不低于原人员。
（二）乙方人员应遵守甲方的工作纪律和安全管理制度，甲方认为不称职的，有权要求乙方更换。

第十二条 甲方责任
（一）甲方负责协调政务云资源、网络接入及各养殖基地、批发市场的现场配合，向乙方提供必要的系统资料和管理员账号。
（二）甲方应及时组织季度考核和年度验收，并按约定支付服务费。
（三）甲方变更系统运行环境或接入新的业务单位的，应提前通知乙方，以便乙方调整运维安排。

第十三条 合同解除
（一）乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除本合同，并按实际服务期间结算。
（二）一方严重违约，经另一方书面催告后十日内仍未改正的，守约方有权解除本合同。

第十四条 服务交接
合同终止时，乙方应在十五日内向甲方或甲方指定的新运维单位移交系统账号、运维文档、配置资料及终端台账，并配合交接一个月，交接期间不另收费。
交接完成后，乙方应注销其在系统中的全部账号，销毁其因运维工作临时持有的甲方资料，并出具书面确认；移交资料不完整的，甲方有权暂扣最后一个季度的服务费直至补齐。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
磋商文件、响应文件、成交通知书及附件《运维服务考核表》为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：沅江市水产技术推广站
乙方（盖章）：洞庭数联信息服务有限公司
签订日期：2025年9月22日
"""

Z05 = """# 软件许可及定制开发合同

**竹匠云标准合同文本 V3.0（乙方范本）**

合同编号：ZJY-HT-2025-0936

甲方（用户）：桃江县青篾蒸笼竹编厂

乙方（供应商）：湖南竹匠云软件有限公司

鉴于乙方拥有“竹匠云·竹制品生产跟踪系统”的全部权利，甲方希望使用该系统管理破竹、编织、定型及成品出库全过程，双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“竹匠云·竹制品生产跟踪系统”标准版软件许可（永久许可，限甲方厂区使用），包括原竹入库、破竹分片、篾丝分级、蒸笼编织工序报工、蒸煮定型、质检及出库追踪模块。

1.2 乙方根据甲方需求进行定制开发：计件工资核算、竹材损耗分析、工位扫码报工终端界面、与甲方电商订单平台的接口。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训，基础数据由甲方按乙方提供的模板整理后提交。

1.4 软件许可的授权点数为五十个并发用户，甲方增加用户数的，按乙方当年报价另行购买。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产跟踪系统软件许可（永久） | 840,000 |
| 2 | 定制开发（计件工资、损耗分析、报工界面、电商接口） | 260,000 |
| 3 | 安装部署及培训 | 100,000 |
| | 合计 | 1,200,000 |

合同总价为人民币壹佰贰拾万元整（¥1,200,000），含税。

上述价格不含服务器、扫码枪、工位平板、标签打印机等硬件设备及第三方数据库许可，该等设备和许可由甲方自行采购。乙方人员往返甲方厂区的差旅费用已包含在安装部署费中，但因甲方原因增加的现场次数，差旅费由甲方承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，乙方收款后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首期款后一百日内完成部署和定制开发，具体进度以乙方项目计划为准。

4.2 因甲方需求变更、基础数据提供不及时或现场条件不具备导致延期的，交付期限相应顺延。

4.3 甲方应提供符合乙方要求的服务器、网络环境及扫码终端，并指定专人配合实施。

4.4 乙方派出实施顾问现场工作不超过二十个人天，超出部分按每人天¥2,800另行收费。实施期间甲方应安排破竹、编织、定型各车间主任参加需求调研，并在三个工作日内确认乙方提交的需求说明书，逾期未确认的视为同意。

4.5 甲方需求说明书确认后再提出的新增需求，作为需求变更处理，由乙方另行报价，工期相应顺延。

## 第五条之一 培训

乙方为甲方提供两次集中培训，每次不超过一日，培训对象为甲方管理人员及各车间报工员。培训教材由乙方提供电子版。甲方需增加培训的，按乙方届时的服务价格另行收费。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 上线后甲方提出的问题，乙方在质保期内酌情处理。

## 第六条 质保与维护

6.1 质保期为六个月，自系统上线之日起计算。质保期内乙方提供远程技术支持及软件缺陷修复。

6.2 质保期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年¥210,000，按年预付。未购买维护服务的，乙方不再提供升级及技术支持。

6.3 维护服务内容：远程技术支持、缺陷修复、标准版本升级。现场服务另行按人天收费。

6.4 维护费按维护年度预付，甲方未按期支付的，乙方有权暂停维护服务及软件升级，由此造成的系统运行问题由甲方自行负责。

6.5 甲方自行更换服务器、操作系统或数据库版本的，应事先征得乙方确认，否则乙方不再保证系统正常运行。

## 第七条 技术支持

7.1 乙方设立客服热线，工作日八点半至十七点半受理甲方问题。

7.2 一级故障（系统整体无法使用）：乙方在8小时内响应，并尽快安排处理；其他问题在两个工作日内答复。

7.3 故障处理时间受问题复杂程度影响，乙方不对具体解决时间作出承诺。

7.4 甲方应通过乙方客服热线或工单系统提交问题，并提供故障截图、操作步骤等必要信息。通过其他途径提出的问题，乙方不保证及时处理。

## 第八条 知识产权

8.1 本系统软件及其全部版本的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档的知识产权亦归乙方所有，甲方享有在本厂区内使用的权利，不得修改、反编译或提供给第三方。

8.3 乙方有权将定制开发成果纳入标准产品向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据、工人信息及订单数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方应采取访问控制、数据加密和定期备份等措施保障数据安全；远程维护须经甲方同意，并记录操作日志。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并承担由此给甲方造成的直接损失。

9.4 甲方应自行做好本地数据备份。合同终止后，乙方可在甲方书面要求下协助导出数据，导出服务按人天另行收费。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。保密义务在合同终止后两年内有效。

## 第十一条 责任

11.1 乙方保证软件在正常使用条件下基本符合产品说明书所述功能。

11.2 因甲方操作不当、擅自修改配置、硬件故障或网络问题造成的损失，乙方不承担责任。

11.3 乙方对甲方的间接损失、利润损失不承担责任。

11.4 因第三方软件、操作系统或网络服务商的原因导致系统无法正常使用的，不视为乙方违约，乙方可协助甲方与相关方沟通处理。

11.5 乙方保证其提供的标准软件不侵犯第三方知识产权，如发生侵权争议，由乙方负责处理。

## 第十二条 合同解除

12.1 一方严重违反本合同，经另一方书面通知后三十日内仍未纠正的，另一方有权解除本合同。

12.2 甲方解除合同的，已支付款项不予退还，但因乙方严重违约解除的除外。

12.3 维护服务期限届满前三十日，甲方未书面提出不再续购的，乙方将按本合同第六条约定的年度维护费开具下一年度维护费发票，维护费标准不变。

## 第十三条 不可抗力

因不可抗力导致合同无法履行的，双方互不承担责任，受影响一方应及时通知对方。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

15.2 乙方产品说明书、报价单及需求说明书为本合同附件。附件与本合同不一致的，以本合同为准。

15.3 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：桃江县青篾蒸笼竹编厂　　　　乙方（盖章）：湖南竹匠云软件有限公司

签订日期：2025年10月15日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ACS-CN-2025-044
P:This Agreement is made on 18 August 2025 between Yunnan Highland Coffee Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kunming (the "Buyer"), and Adama Cupping Systems PLC, a private limited company incorporated in Ethiopia with its principal office in Adama, Oromia (the "Vendor").
P:The Vendor develops CuppingTrace, a software product for green-coffee lot management, cupping scores, moisture and defect grading, and export traceability. The Buyer imports and roasts coffee and wishes to license CuppingTrace for its Kunming and Pu'er warehouses and to have it configured and connected to its own systems. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CuppingTrace application in object code, including all modules listed in Annex 1, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, scripts and documents that the Vendor prepares specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Software by or for the Buyer, including lot records, supplier data, cupping scores, laboratory results and personal information of the Buyer's staff and suppliers.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its own business at any site in mainland China, for an unlimited number of named users.
P:2.2 The Vendor shall configure the Software, build the interfaces to the Buyer's ERP and warehouse management systems, migrate the historical lot data of the past three seasons, and train the Buyer's key users and administrators.
P:2.3 The Vendor shall appoint a project manager who speaks English and Mandarin or who works with an interpreter provided at the Vendor's cost.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,960,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,180,000; implementation and interfaces CNY 520,000; data migration CNY 172,000; training CNY 88,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and visa costs of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price after go-live in both warehouses. Go-live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:4.4 Payments are made in CNY to the Vendor's account stated on the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete go-live within 120 days after signature, in accordance with the project plan agreed at the kick-off meeting.
P:5.2 The acceptance criteria are: every function in Annex 1 works as specified; the migrated lot records reconcile with the Buyer's source files without any difference in lot count, weight or grade; the ERP and warehouse interfaces run for 20 consecutive working days without loss or duplication of records; a report on 100 sample lots is produced in less than five seconds; and no Severity 1 defect occurs during a 45-day trial run.
P:5.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Use of the Software in production, go-live or payment shall not be treated as acceptance.
P:5.4 If the tests fail, the Vendor shall correct the defects within 15 days and the tests shall be repeated at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for 24 months after Final Acceptance. During this warranty period the Vendor shall correct defects, supply all updates and provide remote and, where needed, on-site support free of charge.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee shall not exceed 10% of the Software licence fee, that is CNY 118,000 per year, and this fee is fixed for three years after the warranty ends. Support is ordered year by year and does not renew automatically.
P:6.3 Support levels: Severity 1 (the Software cannot be used in a warehouse): response within 1 hour and a workaround within 8 hours; Severity 2 (a major function fails): response within 2 hours and a fix within 2 working days; Severity 3: response within one working day.
P:6.4 For each hour of delay beyond the Severity 1 or Severity 2 response or workaround time, the Vendor shall credit the Buyer CNY 600 against the next payment or support invoice.
P:6.5 Remote support is provided between 08:00 and 20:00 China Standard Time on Chinese working days; Severity 1 faults are handled around the clock during the coffee-harvest intake season from October to February.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 The Custom Deliverables belong to the Buyer from creation. The Vendor shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and shall bear all costs and damages resulting from such a claim.
H:Article 8 Data Security and Buyer Data
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and for no other purpose, and shall not keep any copy after the work for which it was needed is finished.
P:8.2 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law. Remote access requires the Buyer's approval for each session, runs through the Buyer's VPN with multi-factor authentication and is logged. Buyer Data shall not be transferred outside mainland China.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 12 hours of discovery, shall take all measures needed to contain it, and shall be liable for all losses caused by an incident attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business and technical information received from the other party, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve go-live or Final Acceptance by the agreed dates, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination the Vendor shall return all Buyer Data, deliver the Custom Deliverables completed so far and refund payments for work not performed.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Federal Democratic Republic of Ethiopia.
P:13.2 Any dispute shall first be discussed by senior managers of both parties. If it is not resolved within 30 days, it shall be settled by arbitration under the rules of the Addis Ababa Chamber of Commerce and Sectoral Associations Arbitration Institute, in Addis Ababa, in English.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event prevents performance for more than 60 days, either party may terminate this Agreement by written notice, and the Vendor shall refund any amount paid for work not yet performed.
H:Article 15 Buyer's Cooperation
P:15.1 The Buyer shall provide the servers, network access, sample data and key users described in the project plan, shall confirm the configuration design within ten working days of receiving it, and shall nominate a project manager with authority to take day-to-day decisions.
P:15.2 Where a delay is caused by the Buyer, the dates in Article 5 are extended by the period of that delay, and the Vendor shall inform the Buyer in writing within three working days of the cause and its expected effect.
H:Article 16 General
P:16.1 Annex 1 (Functional Specification) and Annex 2 (Project Plan) form part of this Agreement. In case of conflict, the Articles prevail.
P:16.2 This Agreement is made in English and Chinese; both versions have equal force. Notices shall be given in writing to the addresses stated above.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — LearnHub Enterprise Subscription

Order Form No. JLC-OF-2025-207

## Part A — Order Form

### A1. Parties

- **Provider:** Jimma Learning Cloud PLC, a private limited company incorporated in Ethiopia, with its principal office in Jimma, Oromia, acting for this Order through its hosting partner's mainland China region.
- **Customer:** Suzhou Lianhe Precision Components Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Suzhou Industrial Park.

### A2. Subscribed Services

- LearnHub Enterprise: online learning platform for 3,200 named employee users, including course authoring, classroom scheduling, skills matrix, certification tracking, mobile app and reporting.
- Onboarding Services: tenant configuration, single sign-on with the Customer's identity system, integration with the Customer's HR system for employee master data, import of existing training records (about 180,000 records), and two train-the-administrator workshops.

### A3. Subscription Term

The initial Subscription Term is 24 months from the Service Start Date, which is the date the Customer signs the Onboarding Acceptance Certificate under Part B Section 4. Renewal is governed by Part B Section 10.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| LearnHub Enterprise subscription, Year 1 | 3,200 named users, annual | 286,000 |
| LearnHub Enterprise subscription, Year 2 | 3,200 named users, annual | 286,000 |
| Onboarding Services | one-time, fixed | 48,000 |
| **Total Order Value** | | **620,000** |

Additional named users may be added at the same unit price pro rata to the end of the current subscription year. All amounts include VAT.

### A5. Invoicing and Payment

- Onboarding Services are invoiced after the Customer signs the Onboarding Acceptance Certificate.
- Each subscription year is invoiced at the start of that subscription year.
- Invoices are payable within 30 days of receipt of a valid VAT invoice (fapiao).
- No other amount is payable before the Service Start Date.

### A6. Contacts and Order of Precedence

Provider account manager: Ms. Tigist Abebe, tigist.abebe@jimmalearning.example. Customer contract owner: Mr. Zhou Hang, Head of Training. This Order Form incorporates the General Terms in Part B. If they conflict, this Order Form prevails.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, content and materials uploaded to or created in the Service by or for the Customer or its users, including employee records, training histories, assessments and course content.

1.2 "Service" means the LearnHub Enterprise subscription described in the Order Form, as updated by the Provider from time to time without reducing its functionality.

1.3 "Customer Configurations" means the course catalogues, learning paths, templates, reports and integration mappings that the Provider creates for the Customer during Onboarding Services.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer and its users during the Subscription Term in accordance with these General Terms and the Service Level terms in Section 6.

2.2 The Service is hosted in data centres located in mainland China operated by a hosting partner holding the licences required under PRC law. The Provider shall not change the hosting region without the Customer's prior written consent.

2.3 The Customer is responsible for the conduct of its users and for keeping its login credentials secure.

### 3. Onboarding Services

3.1 The Provider shall complete the Onboarding Services within 60 days after signature of this Order Form, following a plan agreed at the kick-off meeting.

3.2 If the Provider fails to make the Service available for acceptance testing by that date for reasons attributable to it, the Provider shall pay the Customer CNY 400 for each day of delay, up to a total of CNY 24,000.

### 4. Onboarding Acceptance

4.1 The Customer shall test the Service within ten working days after the Provider's notice that onboarding is complete. Acceptance criteria: single sign-on works for all test users; employee master data is synchronised daily from the HR system with no unmatched records; the imported training records reconcile with the Customer's export file in count and completion dates; and the reports listed in the onboarding plan produce correct results.

4.2 If the criteria are met, the Customer signs the Onboarding Acceptance Certificate. If not, the Provider corrects the defects and the Customer re-tests. Use of the Service for testing is not acceptance.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 The Provider shall maintain an information security programme meeting MLPS level 3, including encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging and annual penetration testing. Customer Data is stored and processed only in mainland China.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, shall contain and remedy it, and shall be responsible for the losses it causes where the incident results from the Provider's breach of this Section.

5.4 Within 30 days after the end of the Subscription Term the Provider shall, at the Customer's choice, return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 6. Service Levels

6.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 China Standard Time.

6.2 Priority 1 incidents (the Service is unavailable to all users) shall be responded to within 30 minutes and resolved or worked around within 3 hours; Priority 2 incidents within 2 hours and one business day; Priority 3 within one business day and ten business days.

6.3 Service credits: for each 0.1 percentage point by which monthly availability falls below the committed level, the Customer receives a credit of 3% of the monthly equivalent of the subscription fee, up to 25% per month. For each hour by which a Priority 1 response or resolution is late, the Customer receives a credit of CNY 1,000. Credits are deducted from the next invoice.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations belong to the Customer. The Customer may use, modify and have third parties use them freely, including after the end of the Subscription Term, and the Provider shall export them on request.

### 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Order, use it only for this Order and not disclose it without the other party's prior written consent, for three years after the end of the Subscription Term.

### 9. Liability

9.1 Each party's total aggregate liability arising out of or in connection with this Order, whether in contract, tort or otherwise, shall not exceed the fees paid or payable by the Customer under this Order in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, lost profits or lost data that could have been restored from backups.

### 10. Term and Renewal

10.1 This Order continues for the Subscription Term stated in the Order Form.

10.2 At the end of the Subscription Term, the subscription renews automatically for a further term of the same length unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

10.3 The Provider may increase the subscription fees for any renewal term by notifying the Customer of the new fees at least 75 days before the renewal date. The new fees apply to the renewal term unless the Customer gives notice of non-renewal.

### 11. Termination

11.1 Either party may terminate this Order by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving notice describing the breach.

11.2 If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 12. Subcontracting

12.1 The Provider may use its hosting partner named in Section 2.2. Any other subcontractor that processes Customer Data or performs the Onboarding Services requires the Customer's prior written consent. The Provider remains responsible for all subcontractors.

### 13. Governing Law and Disputes

13.1 This Order is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 14. General

14.1 Neither party may assign this Order without the other party's written consent, except to a successor of its whole business.

14.2 This Order is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________
"""

E03 = """T:Supply Contract for Grain Storage Monitoring Sensors and Software Licence
P:Contract No. HNGR-PUR-2025-0312
P:This Contract is made on 2 September 2025 between Henan Zhongyuan Grain Reserve Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhengzhou (the "Buyer"), and Dessie Agri-Sensing Technologies PLC, a private limited company incorporated in Ethiopia with its principal office in Dessie, Amhara Region (the "Supplier"). This Contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the cable temperature and humidity sensors, gas sensors and wireless gateways listed in the price table in clause 2.1.
P:1.2 "Software" means the Supplier's SiloWatch monitoring software, licensed under clause 7.2.
P:1.3 "Deliverables" means the Equipment, the Software, the installation work and all documents and custom configurations supplied under this Contract.
P:1.4 The Supplier shall, as a single point of responsibility, supply, install and commission the Equipment in 36 flat warehouses at the Buyer's Xinzheng and Zhoukou depots, install and configure the Software on the Buyer's servers, connect it to the Buyer's grain-storage management system, and train the Buyer's storekeepers and IT staff.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,490,000, inclusive of VAT, delivery to site, insurance and customs clearance, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point cable temperature and humidity sensor|420|1,850|777,000
TB:2|Wireless LoRa gateway with solar backup|36|6,400|230,400
TB:3|SiloWatch monitoring software, perpetual site licence|1|318,000|318,000
TB:—|Equipment and Software Subtotal|||1,325,400
TB:4|Installation, commissioning and system interface|1|142,600|142,600
TB:5|Training|1|22,000|22,000
TB:—|Total Contract Price|||1,490,000
P:2.2 The Contract Price is fixed and covers everything required to complete the Deliverables.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price after all Equipment is delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice. Payments are made in CNY.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:4.2 Installation inside warehouses shall follow the Buyer's grain-storage safety rules, including rules on fumigation periods, working at height and fire prevention. The Buyer shall tell the Supplier in advance which warehouses are under fumigation and may not be entered.
P:4.3 The Supplier shall provide packing lists, certificates of origin, factory test reports and radio type-approval certificates for the Equipment.
H:5. Acceptance
P:5.1 After commissioning, the Software and Equipment shall run for a trial period of 30 consecutive days.
P:5.2 Acceptance criteria: every sensor reports to the Software at the configured interval, with at least 98% of scheduled readings received in each warehouse during the trial period; temperature readings are within ±0.5 °C of calibrated reference thermometers at 40 sampled points; alarms for temperature rise and gas concentration reach the duty phone within 60 seconds in tests; the interface exchanges warehouse and lot data with the grain-storage management system without errors for 20 consecutive days; and all documents in clause 4.3 and the user manuals have been delivered.
P:5.3 When all criteria are met, the Buyer signs a Final Acceptance certificate within ten working days. Installation, use during the trial period or any payment is not acceptance. If any criterion is not met, the Supplier shall remedy the failure within 15 days and the tests are repeated at the Supplier's cost.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment, correct Software defects, supply Software updates and keep sufficient spare sensors and gateways in Zhengzhou, all free of charge.
P:6.2 Fault levels and response times are:
TB:Level|Description|Response|Restoration
TB:Severity 1|Software unavailable, or more than one warehouse not reporting|2 hours|24 hours
TB:Severity 2|Single warehouse or single gateway not reporting|8 hours|3 days
TB:Severity 3|Individual sensor fault or minor defect|2 working days|10 working days
P:6.3 For each hour by which the Supplier misses a Severity 1 or Severity 2 response or restoration time, the Supplier shall pay the Buyer CNY 500, deducted from the next payment or the performance bond.
P:6.4 After the warranty period the Buyer may order support for the following years at an annual fee of 7% of the Equipment and Software Subtotal (CNY 92,778 per year). This fee is fixed for the first three years after the warranty ends. Support is ordered by separate purchase order each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Supplier warrants that the Deliverables do not infringe any third party's intellectual property and shall indemnify the Buyer against any such claim.
P:7.2 The Supplier retains the intellectual property in the Software and grants the Buyer a perpetual, irrevocable, non-exclusive licence to use it at all of the Buyer's sites.
P:7.3 Warehouse layouts, sensor maps, alarm rules, reports and interface programs prepared for the Buyer belong to the Buyer, with their source code, and the Buyer may use, modify and license them freely.
H:8. Data Security
P:8.1 All data collected by the Equipment or held in the Software, including grain temperature, moisture and stock data, belongs to the Buyer. The Supplier shall not use it for any purpose other than performing this Contract.
P:8.2 The Software runs on the Buyer's servers. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, and all sessions are logged. The Supplier shall not copy Buyer data outside the Buyer's systems and shall not transfer any Buyer data outside mainland China.
P:8.3 The Supplier shall report any data security incident within 2 hours of discovery and shall be liable for all losses caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's depots, stocks, storage conditions and systems, shall use it only for this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:10. Delay and Liability
P:10.1 If the Supplier is late in delivery, installation or Final Acceptance, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under clause 10.1 reach their maximum. On such termination the Supplier shall refund the amounts paid for Deliverables not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:14. Training
P:14.1 The Supplier shall train the storekeepers of both depots on reading sensor data, handling alarms and replacing sensor cables, and shall train the Buyer's IT staff on Software administration, backup and the interface. Training consists of at least four sessions of one day each, held at the depots in Chinese or with an interpreter provided by the Supplier, and includes printed manuals in Chinese.
P:14.2 After training, the trainees shall be able to carry out daily monitoring and first-level fault handling without assistance. If the Buyer considers the training insufficient, the Supplier shall repeat it free of charge.
H:15. Force Majeure
P:15.1 Neither party is liable for a delay caused by force majeure events such as natural disasters, epidemics or government action, provided it notifies the other party within five days and takes reasonable steps to reduce the effect. Time for performance is extended by the duration of the event. If the event lasts more than 60 days, either party may terminate this Contract by written notice.
H:16. General
P:16.1 The Technical Specification (Annex 1) and the Supplier's bid (Annex 2) form part of this Contract. This Contract prevails over the annexes.
P:16.2 This Contract is made in English and Chinese, both equally authentic, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. NKM-MSA-2025-019

This Managed IT Services Agreement (the "Agreement") is made on 9 October 2025 between:

- **Changzhou Huaxin Textile Machinery Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu (the "Customer"); and
- **Nekemte Digital Operations PLC**, a private limited company incorporated in Ethiopia with its principal office in Nekemte, Oromia (the "Provider").

The Customer operates a head office and plant in Changzhou and sales and service offices in eleven countries. The Provider runs a multilingual service desk and remote infrastructure operations centre. The Customer wishes to outsource its service desk, end-user support and server monitoring to the Provider on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and credits in Schedule 2.

1.3 "Charges" means the fees in Schedule 3.

1.4 "Service Commencement Date" means the date the Customer signs the Transition Acceptance Certificate under Section 4.

1.5 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Provider receives, accesses or generates in performing the Services.

## 2. Term

2.1 The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 The Provider shall carry out the transition described in Schedule 1, Part B, within 75 days after signature of this Agreement, including knowledge transfer from the Customer's current support team, set-up of the ticketing tool, monitoring agents on all in-scope servers, and the Chinese, English and Spanish service desk lines.

3.2 If Transition Acceptance is not achieved within that period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Transition Acceptance

4.1 The Transition is accepted when all of the following are met: all 1,450 end users and 186 servers in Schedule 1 are registered in the ticketing and monitoring tools; a two-week parallel run shows that the Provider handles at least 95% of tickets without escalation to the Customer's team; monitoring raises test alarms for every in-scope server within five minutes; and the operations manual and runbooks have been approved by the Customer's IT manager.

4.2 The Customer shall test within ten working days after the Provider's notice of readiness and sign the Transition Acceptance Certificate if the criteria are met. Operation of the service desk during the parallel run is not acceptance.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The one-time Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date.

5.2 Invoices are payable within 30 days of receipt of a valid VAT invoice. The Charges are fixed for the Term, subject only to the volume bands in Schedule 3.

## 6. Service Levels

6.1 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

6.2 If the Provider misses a Service Level, the service credits in Schedule 2 apply and are deducted from the next invoice. Credits do not limit the Customer's other remedies.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use it only to perform the Services.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including technical, commercial and personnel information, shall use it only to perform this Agreement, and shall not disclose it to any third party except to its employees and advisers who need to know it and are bound by equivalent obligations.

8.2 These obligations last for the Term and five years afterwards.

## 9. Intellectual Property

9.1 The Provider keeps its tools, methods and know-how existing before this Agreement.

9.2 Runbooks, scripts, knowledge articles, reports and configurations written for the Customer belong to the Customer, and the Customer may use, modify and pass them to any successor provider freely.

## 10. Personnel and Subcontracting

10.1 The Provider shall assign a service delivery manager who meets the Customer's IT manager monthly.

10.2 The Provider may subcontract parts of the Services, including on-site desk-side support at the Customer's offices, to third parties of its choice by giving the Customer written notice at least ten days before the subcontractor starts work. The Provider remains responsible for the performance of its subcontractors.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Term, except for death or personal injury, fraud and wilful misconduct, which are not limited.

11.2 Neither party is liable for indirect or consequential loss.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the same Priority 1 Service Level in three consecutive months.

12.2 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the monthly rate pro rata, hand over all runbooks, tickets and configurations, and return all Customer information.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 14. Customer Responsibilities

14.1 The Customer shall give the Provider timely access to its systems, tools and documentation needed for the Services, nominate an IT manager as single point of contact, and inform the Provider in advance of planned changes to its infrastructure, offices or user numbers.

14.2 Where the Provider cannot meet a Service Level because the Customer has not fulfilled these responsibilities, the missed Service Level does not give rise to a service credit, provided the Provider has informed the Customer promptly.

## 15. Force Majeure

15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly, activates its continuity plan and takes reasonable steps to resume performance. The Charges are reduced pro rata for Services not performed.

## 16. General

16.1 Schedules 1 to 3 form part of this Agreement. In case of conflict, the Sections prevail over the Schedules.

16.2 Amendments are valid only in writing signed by both parties.

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Phone, e-mail and portal support in Chinese, English and Spanish, 07:00–23:00 China Standard Time, seven days a week, for 1,450 end users |
| A2 | End-user support | Remote desktop support, software installation, account and password management, mobile device enrolment |
| A3 | Desk-side support | On-site visits at the Changzhou head office and plant, two engineers on working days |
| A4 | Server monitoring | 24x7 monitoring of 186 Windows and Linux servers, backup job checks, patching in agreed windows |
| A5 | Reporting | Monthly service report, quarterly service review, annual improvement plan |
| B | Transition | Knowledge transfer, tool set-up, runbooks, parallel run, Transition Acceptance |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident (plant production systems or all users affected): response | 15 minutes | CNY 1,000 per hour or part late |
| Priority 1 incident: restoration or workaround | 6 hours | CNY 2,000 per hour or part late |
| Priority 2 incident: response / resolution | 1 hour / 1 business day | CNY 300 per hour late |
| Service desk calls answered within 60 seconds | 90% per month | 2% of the Monthly Service Charge per point below target |
| First-contact resolution | 70% per month | 1% of the Monthly Service Charge per point below target |
| Customer satisfaction score | 4.2 out of 5 | 3% of the Monthly Service Charge if missed |

Total credits in a month shall not exceed 20% of the Monthly Service Charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | 36 months × 58,000 | 2,088,000 |
| Total Charges over the Term | | 2,184,000 |

Volume band: the Monthly Service Charge covers up to 1,600 end users and 200 servers. Above those numbers, each additional block of 50 end users or 10 servers is charged CNY 1,600 per month.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. SHA-API-2025-063

This Data and API Subscription Agreement is made on 27 October 2025 between Guangzhou Nanfang Agri-Commodities Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Guangzhou ("Customer"), and Shashamane Agro-Climate Data PLC, a private limited company incorporated in Ethiopia with its principal office in Shashamane, Oromia ("Provider").

BACKGROUND

Customer sources sesame, coffee, pulses and oilseeds from East Africa. Provider compiles weather observations, satellite vegetation indices, crop-condition surveys and local market prices for Ethiopia, Kenya, Tanzania and Uganda and makes them available through its AgroClimate API. Customer wishes to subscribe to the API and to have Provider build connectors into Customer's sourcing and risk systems.

1. DEFINITIONS

1.1 "API" means Provider's AgroClimate application programming interface, its endpoints and documentation as published from time to time.

1.2 "Licensed Data" means the datasets delivered through the API under the plan in clause 3.1.

1.3 "Customer Data" means all data that Customer or its users submit to the API or the Provider portal, including field coordinates of Customer's supplier farms, purchase volumes, contract prices, supplier names, query parameters and the logs of Customer's queries.

1.4 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Go-Live Date.

1.5 "Go-Live Date" means the date Customer signs the Integration Acceptance Certificate under clause 5.

2. TERM

2.1 This Agreement starts on signature and continues until the end of the second Subscription Year (the "Term").

2.2 The Agreement expires at the end of the Term. It does not renew automatically. Any further subscription requires a new order agreed in writing by both parties.

3. SUBSCRIPTION AND SCOPE

3.1 Provider grants Customer, for the Term, a non-exclusive, non-transferable right to access the API under the Enterprise plan and to use the Licensed Data within its group of companies for sourcing, crop forecasting, risk management and internal reporting. The Enterprise plan includes daily weather grids, ten-day vegetation indices, monthly crop-condition surveys for 42 producing zones, weekly market prices from 68 markets, up to 2,000,000 API calls per Subscription Year and 25 named portal users.

3.2 Customer may keep and continue to use Licensed Data downloaded during the Term for internal historical analysis after the Term, but may not resell or publish it as raw data.

3.3 API calls above the annual allowance are charged as stated in clause 4.2.

4. FEES AND PAYMENT

4.1 The fees are:
(a) Subscription fee: CNY 364,000 per Subscription Year, CNY 728,000 for the two Subscription Years;
(b) Integration services (connectors to Customer's sourcing system and risk dashboard, mapping of Customer's supplier farms to Provider's producing zones): CNY 36,000, one-time, fixed;
(c) Total fees for the Term: CNY 764,000, including VAT.

4.2 Overage: CNY 60 per additional block of 1,000 API calls, invoiced quarterly in arrears.

4.3 The integration fee is invoiced after Integration Acceptance. Each Subscription Year's fee is invoiced at the start of that Subscription Year. Invoices are payable within 30 days of receipt of a valid VAT invoice.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall deliver the connectors and the farm-to-zone mapping within 45 days after signature.

5.2 Acceptance criteria: the connectors load each dataset into Customer's sourcing system on its published schedule for ten consecutive working days without missing or duplicated records; values loaded match the API responses for 200 sampled records; all of Customer's 1,320 supplier farms are mapped to a producing zone; and the risk dashboard shows the agreed indicators.

5.3 If the criteria are met, Customer signs the Integration Acceptance Certificate within five working days. If not, Provider corrects the faults and the tests are repeated. Test use of the API is not acceptance.

5.4 If Provider fails to deliver the connectors in time for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 18,000.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to publish each dataset according to its usual schedule, but does not guarantee uninterrupted or error-free access. Data delivery may be delayed by the availability of source data from weather services, satellites and survey teams.

6.2 Support is provided by e-mail and through the portal ticket system during Provider's business hours. Provider will endeavour to respond to support requests promptly and to correct material errors in the Licensed Data in a later release. Support requests may be written in English or Chinese, and Provider will keep a record of each request and its outcome in the portal, which Customer's users can view.

6.3 Provider may perform maintenance on the API at any time and will try to announce planned maintenance on its status page in advance.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API, its software and the Licensed Data, subject to the rights granted to Customer in clause 3.

7.2 The connectors, mapping tables and dashboard configurations built for Customer under clause 4.1(b) belong to Customer, including their source code. Customer may use, modify and have third parties maintain them freely.

8. CUSTOMER DATA

8.1 Customer Data remains the property of Customer.

8.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Data, after removing Customer's name and supplier names, to improve and calibrate its crop-condition and price models and to include aggregated volume and price information in the datasets and market reports that Provider sells to its other customers. This licence survives the end of this Agreement.

9. DATA SECURITY

9.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff with multi-factor authentication, logging of all access, and annual independent security testing. Personal information contained in Customer Data shall be processed in accordance with the PRC Personal Information Protection Law, and Provider shall sign any cross-border transfer documents that the law requires.

9.2 Provider shall notify Customer of any security breach affecting Customer Data within 24 hours of discovery, shall contain it and provide a written incident report, and shall be liable for the losses caused to Customer by a breach resulting from Provider's failure to comply with this clause.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, including the terms of this Agreement, and shall use it only for the purposes of this Agreement and not disclose it without the other party's prior written consent. This obligation continues for three years after the Term.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Term stated in clause 4.1(c), except for breach of clauses 9 and 10, infringement claims and wilful misconduct.

11.2 The Licensed Data is provided for information. Provider is not liable for trading or purchasing decisions that Customer makes based on it, unless Provider has acted with gross negligence in compiling it.

12. SUBCONTRACTING

12.1 Provider shall not subcontract the integration services or any processing of Customer Data without Customer's prior written consent. Provider may obtain source data from public weather services and survey partners, who do not receive Customer Data.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice.

13.2 If Customer terminates for Provider's breach, Provider shall refund the fees paid for the remainder of the current Subscription Year.

13.3 On expiry or termination, Provider shall stop processing Customer Data except as permitted by clause 8.2 and shall delete Customer Data within 30 days on request.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

15. CUSTOMER OBLIGATIONS

15.1 Customer shall keep its API keys and portal passwords secure, shall ensure that its users comply with this Agreement, and shall inform Provider promptly of any suspected misuse of its credentials.

15.2 Customer shall not use the API in a way that intentionally degrades it for other users, shall not attempt to reverse engineer it, and shall not share access with companies outside its group.

15.3 Customer shall provide the supplier-farm list, system access and test environment needed for the integration services and shall confirm the farm-to-zone mapping within five working days after Provider submits it.

16. GENERAL

16.1 Neither party may assign this Agreement without the other party's written consent.

16.2 This Agreement, with the API documentation and the Enterprise plan description, is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h737z01_bus_station_passenger_safety_platform.pdf", "zh", Z01),
    "z02": ("h737z02_quilt_factory_carding_quilting_control_retrofit.docx", "zh", Z02),
    "z03": ("h737z03_skating_chain_booking_membership_saas.txt", "zh", Z03),
    "z04": ("h737z04_aquatic_traceability_system_annual_om.txt", "zh", Z04),
    "z05": ("h737z05_bamboo_steamer_tracking_software_supplier_template.md", "zh", Z05),
    "e01": ("h737e01_coffee_lot_software_licence_adama_vendor.pdf", "en", E01),
    "e02": ("h737e02_learning_saas_order_form_jimma_vendor.md", "en", E02),
    "e03": ("h737e03_grain_silo_sensors_monitoring_licence_dessie_vendor.docx", "en", E03),
    "e04": ("h737e04_managed_it_services_36_months_nekemte_vendor.md", "en", E04),
    "e05": ("h737e05_agroclimate_data_api_subscription_shashamane_vendor.txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


# (category, terms, extra, design rules, forum outside mainland, TCO design: (value, fee/yr, warranty months) or None)
L = {
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1680000),
            [], False, (1680000, 77400, 24)),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 8, False, False, False, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1410000),
            ["CR-LD-LOW", "CR-TERMINATION"], False, (1410000, 98880, 24)),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, False, True, 0.08, 200, None, True, None, None, None, False, True, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=734000),
            ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], False, None),
    "z04": ("services", T(99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, True, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000),
            ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], False, None),
    "z05": ("software", T(None, 8, False, "supplier", True, True, True, None, None, 65, False, False, 6, 25, False, True, None, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=1200000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
             "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], False, (1200000, 210000, 6)),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 10, False, True, False, "Ethiopia", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1960000),
            ["CR-GOVERNING-LAW"], True, (1960000, 118000, 24)),
    "e02": ("cloud", T(99.95, 0.5, True, "buyer", True, True, True, 400 / 620000 * 100, 6 / 24 * 100, None, True, None, None, None, True, True, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=620000),
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"], False, None),
    "e03": ("hardware", T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1490000),
            [], False, (1490000, 92778, 36)),
    "e04": ("services", T(None, 0.25, True, "buyer", False, True, True, 1800 / 2184000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000),
            ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], False, None),
    "e05": ("cloud", T(None, None, False, "buyer", True, False, True, 500 / 764000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", "service"),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=764000),
            ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], False, None),
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY",
             "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT",
             "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, pre=30, war=12, pwf=15, tco=40)


def tco_share(tco):
    value, fee, war = tco
    years = max(0.0, 5 - war / 12)
    post = fee * years
    return post / (value + post) * 100


def derive(t, x, forum_outside, tco):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["pre"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["war"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(tco) > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.])99\.90*\s*(?:%|％)",
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])0\.050*\s*(?:%|％)",
    r"万分之五(?![十])|千分之零点五|百分之(?:三十|四十|十五|一百)(?![点])",
    r"(?<![\d.])4\s*(?:-|\s)?(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![十\d])四\s*个?\s*小时|\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])12\s*(?:-|\s)?(?:months?|个月|个自然月|月)",
    r"(?<![十\d])十二\s*个\s*月|\btwelve\s*(?:\(12\)\s*)?(?:-|\s)?months?",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["30%", "40 %", "15％", "100%", "99.9%", "99.9 %", "0.05%", "万分之五", "4小时", "4 hours", "4-hour", "四小时",
            "four hours", "12 months", "12个月", "十二个月", "twelve months", "12-month", "百分之三十", "4 个小时"]
MUST_MISS = ["130%", "99.95%", "0.055%", "24小时", "24 hours", "二十四小时", "二十四个月", "24 months", "112个月", "15.5%",
             "1.30%", "万分之五十", "4.2 out of 5", "0.8 months", "2 hours", "100 sample", "A4 ", "7×24小时"]
for s_ in MUST_HIT:
    assert RX.search(s_), s_
for s_ in MUST_MISS:
    assert not RX.search(s_), s_


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    srcs, targets = {}, {}
    for k, (name, lang, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            srcs[k] = src
            targets[k] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(srcs, targets, OUT, wrap_words=True)

    covered = set()
    for k, (name, lang, src) in FILES.items():
        cat, t, x, design, forum, tco = L[k]
        rules = derive(t, x, forum, tco)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        for key, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "pre"), ("warranty_months", "war"),
                        ("post_warranty_fee_pct", "pwf")):
            assert t[key] is None or abs(t[key] - TH[th]) > 1e-9, (k, key)
        if tco is not None:
            sh = tco_share(tco)
            assert abs(sh - TH["tco"]) > 2, (k, sh)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print(f"{k} {name} len={n} rules={rules} risk={risk(rules)}" + (f" tco={tco_share(tco):.1f}%" if tco else ""))
    assert covered == ALL_RULES, ALL_RULES - covered


if __name__ == "__main__":
    main()
