"""holdout1004: builds the ten held-out drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the
.json labels, and asserts lengths, threshold avoidance, rule derivation against the design list, and coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:养老机构综合监管平台建设项目合同书
P:合同编号：MZJ-ZFCG-2026-0417　　项目编号：临江市政府采购中心 LJCG2026-112
P:甲方（采购人）：临江市民政局　　地址：临江市滨河大道88号
P:乙方（供应商）：江澜颐康信息技术有限公司　　地址：临江市高新区软件园三期B座
P:根据临江市政府采购中心组织的公开招标结果（中标通知书编号LJZB-2026-0932），依据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，甲乙双方就临江市养老机构综合监管平台的软件许可与定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供养老机构综合监管平台软件（以下简称“平台”）的永久使用许可，覆盖全市216家养老机构、12个街镇民政办及市局各业务科室，不限用户数。
P:1.2 乙方按甲方需求完成以下定制开发：机构等级评定管理、床位与入住老人动态监测、补贴资金发放核验、消防与食品安全隐患闭环整改、服务质量“双随机”抽查及监管驾驶舱。
P:1.3 乙方负责与省级养老服务信息平台、市民政一体化平台、市医保结算系统的数据对接，并完成原养老机构管理系统历史数据的清洗与迁移。
P:1.4 乙方负责平台部署、联调、试运行保障及对甲方和机构用户的培训。
P:1.5 项目实施地点为甲方指定的政务云机房，乙方不得将平台或数据部署于甲方指定范围以外的任何环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾万元整（¥1,500,000.00），为固定总价，包括：平台软件许可费¥760,000；定制开发费¥530,000；数据对接与迁移费¥148,000；部署实施及培训费¥62,000。
P:2.2 上述价款已包含税费、差旅、第三方组件及验收所需的一切费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款（¥300,000）。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%（¥675,000）。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%（¥525,000）。
P:3.4 甲方付款前，乙方应开具合法有效的增值税发票。甲方为财政资金支付单位，付款时间以国库集中支付流程为准。
P:3.5 乙方应在合同签订后七日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百二十日内完成部署和定制开发并提交初步验收申请；初步验收后进入九十日试运行期。
P:4.2 乙方应在开工前提交实施方案、人员名单和进度计划，经甲方确认后执行。
P:4.3 乙方应为甲方及各养老机构提供不少于三期集中培训，每期培训结束后提交签到表和考核结果；甲方认为培训效果不达标的，乙方应免费补训。
H:第五条 验收
P:5.1 初步验收标准：招标文件技术需求及本合同附件一功能清单逐项实现；三项外部接口连续十日数据交换无差错；迁移数据与原系统全量比对一致；在300个并发用户下常用页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；通过第三方机构的网络安全等级保护测评及软件安全测评；全部技术文档、源代码及操作手册已移交。甲方组织专家按上述标准出具书面验收意见。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三日告知甲方并安排在夜间进行。
P:6.2 一级故障（平台整体不可用或核心数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决；三级问题三个工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从质保金或应付款中扣除。
P:6.4 乙方应每月向甲方提交运行报告，列明可用率、故障处理、接口交换量及安全事件情况；甲方有权对报告数据进行抽查核实。
H:第七条 质保与维保
P:7.1 质保期为自最终验收之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥68,400），该价格在质保期满后三年内保持不变，维护合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台产品原有的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同定制开发形成的功能模块、接口程序、数据迁移脚本、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和推广，无需另行付费。
H:第九条 数据安全
P:9.1 平台中的养老机构信息、老人个人信息及业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应落实访问控制、加密存储、操作审计等安全措施，运维操作须经甲方审批并通过堡垒机进行，不得私自留存或带出数据。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。
P:9.4 合同终止或履行完毕后，乙方应在甲方监督下删除其持有的全部甲方数据及备份，并出具书面删除确认。
H:第十条 保密
P:10.1 双方对履约中知悉的对方商业秘密及工作秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方提供的产品或服务不符合约定，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.4 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
H:第十二条 分包
P:12.1 本项目不允许分包或转包，乙方应以自有人员完成全部工作。
H:第十三条 合同解除
P:13.1 乙方严重违约，或逾期超过六十日的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，双方互不承担违约责任。
P:13.3 合同解除后，乙方应配合甲方完成数据移交与系统交接，交接期间不得中断已上线功能的运行。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:15.2 附件一：功能清单；附件二：接口说明；附件三：实施计划。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：临江市民政局　　　　乙方（盖章）：江澜颐康信息技术有限公司
P:代表人签字：　　　　　　　　　　　代表人签字：
"""

SRC["z02"] = """T:加湿器生产线控制系统改造项目合同
P:合同编号：RQ-SB-2026-058
P:甲方：浙江润清环境电器有限公司（住所：慈溪市周巷镇工业园区兴业路16号）
P:乙方：宁波恒控自动化工程有限公司（住所：宁波市鄞州区启明路512号）
P:甲方四条超声波及蒸发式加湿器总装线的控制系统已运行多年，故障频发，无法满足产能与质量追溯要求。经甲方比选，确定由乙方承担控制系统改造。双方依据《中华人民共和国民法典》订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责四条总装线（A1、A2、B1、B2）及一条老化测试线的控制系统改造，包括电控柜更换、触摸屏人机界面、在线检测传感器、气动执行器、工业以太网及数据采集软件。
P:1.2 乙方负责编制全部PLC程序和人机界面画面，实现产线节拍控制、雾化片老化测试自动判定、不良品自动剔除及工单扫码追溯。
P:1.3 乙方提供生产数据采集软件与配方管理软件的永久使用许可，并完成与甲方现有ERP系统的工单、物料及完工数据对接。
P:1.4 改造须在甲方安排的停线窗口内分线实施，每条线停线时间不得超过五日，不得影响其余产线的正常生产。
P:1.5 乙方应随设备提供电气原理图、接线图、PLC程序注释、操作规程、备件清单及维护手册各两套，并提供电子版。
P:1.6 乙方应分两批为甲方电气维修人员和工艺人员提供培训，内容包括程序结构、故障诊断、配方维护和数据查询，培训合格人员不少于二十名。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC电控柜（含主站及远程IO）|5套|528,000
TB:2|触摸屏人机界面|10台|96,000
TB:3|在线检测传感器及气动执行器|1批|214,000
TB:4|工业以太网交换机及布线|1批|58,000
TB:5|生产数据采集软件许可（永久）|1套|300,000
TB:6|配方管理软件许可（永久）|1套|164,000
TB:|软硬件小计||1,360,000
TB:7|安装调试及PLC程序编制|1项|280,000
TB:8|操作与维护培训|1项|40,000
TB:|合同总价||1,680,000
P:2.2 上述价格为含税固定总价，包括设备运输、保险、安装辅材、调试及现场服务等全部费用。
P:2.3 合同履行期间，因甲方书面要求增加的工作量，双方按投标单价另行签订补充协议，未经书面确认的增项不予结算。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥336,000。
P:3.2 设备到货并完成安装、空载调试后，甲方支付合同总价的55%，计¥924,000。到货签收及安装完成不代表质量验收合格。
P:3.3 全部产线通过最终验收后，甲方支付合同总价的25%，计¥420,000。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票，甲方收到发票后十五个工作日内付款。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后六十日内将全部设备运抵甲方厂区，并于到货后四十五日内完成五条产线的改造调试。
P:4.2 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:4.3 因乙方原因导致改造停线时间超过约定的，每超出一日，乙方另行承担该产线当日产能损失的合理费用，双方以甲方生产日报为依据确认。
P:4.4 乙方进入甲方厂区施工，应遵守甲方安全生产、消防及防静电管理制度，施工人员须经甲方安全培训后方可上岗；因乙方违章作业造成的人身伤害及财产损失由乙方承担。
H:第五条 验收
P:5.1 最终验收标准：每条总装线连续七日满负荷生产，节拍不低于每小时420台；老化测试自动判定结果与人工复检一致；不良品剔除无漏检；工单扫码追溯记录完整；ERP数据对接连续十日无差错。
P:5.2 甲方按上述标准组织验收并签署验收报告。产线恢复生产或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 每条产线改造完成后先行进行单线验证，单线验证仅作为进度确认，不替代最终验收。
H:第六条 质保期
P:6.1 质保期为自最终验收合格之日起六个月。质保期内因设备或程序缺陷造成的故障，乙方免费维修或更换。
P:6.2 质保期内产线控制系统发生故障的，按下表响应处理：
TB:故障等级|情形|响应时间|到场时间
TB:一级|整条产线停线|1小时|3小时
TB:二级|单工位停机或数据中断|2小时|次日
TB:三级|界面或报表问题|1个工作日|按约定
P:6.3 乙方未按上表时限响应或到场的，每超时一小时按¥800扣减应付款项。
P:6.4 乙方应在甲方厂区配备常用备品备件，包括PLC模块、电源、传感器及触摸屏各不少于两件，备件清单随交付资料一并提交。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方提供年度维保服务，包括定期巡检、备件更换、程序优化和软件升级，年度维保费按软硬件小计的22%计取，即每年¥299,200，甲方选择续签的，该费率在质保期满后四年内不作调整。
P:7.2 维保合同按年签订，乙方应在每个维保年度结束前一个月提交巡检报告及下一年度维保计划。
P:7.3 维保期内一级故障的响应及到场时限按第6.2条执行，超时扣款标准按第6.3条执行。
H:第八条 知识产权
P:8.1 数据采集软件及配方管理软件的著作权归乙方所有，甲方享有永久使用权。
P:8.2 乙方为本项目编制的PLC程序、人机界面画面、接口程序及其源文件，知识产权归甲方所有，乙方应在验收时全部移交，甲方可自行修改使用。
P:8.3 乙方保证所提供的软件及设备不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任和费用。
H:第九条 数据与保密
P:9.1 生产工艺参数、配方、产量及质量数据属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须事先经甲方批准，通过甲方提供的安全通道进行并保留操作日志；发生数据泄露或被篡改的，乙方应在2小时内通知甲方，并对因其原因造成的损失承担赔偿责任。
P:9.3 双方对履约中获知的对方技术秘密和商业信息负有保密义务，合同终止后三年内仍然有效。
P:9.4 改造完成后，乙方应在甲方监督下删除调试电脑中留存的全部甲方程序备份和生产数据。
H:第十条 分包
P:10.1 乙方不得转包。电控柜柜体制作确需分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
P:10.2 经同意的分包单位人员进入厂区，同样适用第4.4条的安全管理要求。
H:第十一条 解除
P:11.1 乙方严重违约且经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:11.2 乙方逾期完成改造超过三十日，或同一产线在质保期内因同一原因停线超过三次的，甲方有权解除合同。
P:11.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方可协商延期履行或解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:12.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:12.3 附件：技术协议、设备清单、停线计划、验收记录表，附件与本合同具有同等效力。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：2026年　月　日　　　　　日期：2026年　月　日
"""

SRC["z03"] = """门店预约与会员管理系统服务合同

合同编号：QD-IT-2026-021

甲方：上海拾豆咖啡职业技能培训有限公司（以下简称“甲方”）
住所：上海市静安区江场西路299弄5号
乙方：杭州约课云信息科技有限公司（以下简称“乙方”）
住所：杭州市余杭区文一西路1218号

鉴于甲方在全国经营40家咖啡师培训门店，需要统一的课程预约、学员会员及储值管理系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经友好协商，订立本合同。

一、服务内容

（一）订阅服务
1. 乙方向甲方40家门店提供“约课云”预约与会员管理系统的在线使用服务，包括课程排期、学员预约与签到、会员等级与储值、课时卡核销、讲师排班、门店业绩报表及小程序前端。
2. 每家门店开通店长账号1个、前台账号3个、讲师账号不限，总部开通管理账号10个。
3. 系统部署于乙方租用的境内公有云，乙方负责运行维护、安全防护、数据备份和版本升级。

（二）实施服务
1. 乙方负责系统配置、甲方品牌小程序定制、历史会员及储值余额迁移、与甲方收银系统和财务软件的接口对接。
2. 乙方为总部及各门店人员提供线上培训不少于六场，并提供操作手册和视频教程。
3. 实施服务应在合同签订后四十五日内完成并提交上线验收。

（三）运营支持
1. 服务期内乙方指定专属客户成功经理一名，每月与甲方总部召开一次运营复盘会，提交门店使用情况及问题清单。
2. 乙方提供7×24小时服务热线和在线工单渠道，工作日9:00至21:00提供人工在线客服。
3. 乙方每季度至少发布一次功能更新，重大版本更新前应提前十日通知甲方并提供更新说明。

二、服务期限

本合同服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。服务期满，本合同终止，不自动续期；甲方如需继续使用，双方另行协商签订新合同。
服务期内，因乙方原因造成系统停止服务的期间不计入服务年度，服务期相应顺延。

三、费用及支付

（一）合同总额为人民币柒拾贰万元整（¥720,000），其中：
1. 订阅服务费：每店每个服务年度¥7,800，40家门店两个服务年度共计¥624,000；
2. 实施服务费：¥96,000，一次性计取。
（二）实施服务费在上线验收合格后十个工作日内一次性支付。
（三）订阅服务费按季度支付，每季度首月十日前支付当季费用¥78,000，共八期。
（四）服务期内门店数量增加的，新增门店按剩余月份折算计费；门店关闭的，自次季度起停止计费。
（五）乙方应在收款前开具增值税专用发票。
（六）订阅服务费已包含云资源、短信通知（每店每月2,000条以内）、小程序审核及版本维护费用，超出部分按双方另行确认的单价结算。

四、上线验收

（一）验收标准：
1. 合同附件一功能清单全部实现；
2. 历史会员、课时卡及储值余额迁移后与原系统逐户核对一致；
3. 收银及财务接口连续七日对账无差异；
4. 200名学员同时预约时页面响应不超过3秒。
（二）甲方应在收到验收申请后七个工作日内组织验收并出具书面意见。系统上线或门店开始使用，不视为验收合格。
（三）验收不合格的，乙方应在十日内整改并重新提交验收。
（四）上线验收合格后九十日内，甲方发现迁移数据存在差错的，乙方仍应免费核查更正。

五、服务水平

（一）系统月度可用率不低于99.5%，计划内维护应安排在每日23:00至次日7:00之间并提前两日通知甲方。
（二）故障分级及时限：
1. 一级故障（系统整体不可用、支付或储值核销错误）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能不可用）：2小时内响应，当日解决；
3. 三级问题（咨询及界面问题）：一个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅服务费的2%向甲方提供服务抵扣，单月抵扣以当月订阅服务费为限；一级故障恢复超时的，每超时一小时另行抵扣¥500。
（四）乙方应于每月五日前向甲方提交上月服务报告，列明可用率、故障次数、处理时长及服务抵扣金额，经甲方确认后在当季费用中扣减。

六、知识产权

（一）系统平台及其源代码的知识产权归乙方所有。
（二）乙方为甲方定制的品牌小程序页面、专属报表及接口程序，知识产权归甲方所有，乙方应在上线验收时移交源代码及文档。
（三）乙方保证系统及其提供的资料不侵犯第三方合法权益，因此引起的纠纷由乙方负责处理并承担相应责任。

七、数据归属与使用

（一）甲方及门店在系统中录入和产生的学员信息、会员与储值记录、课程及交易数据归甲方所有。
（二）甲方同意，乙方可将上述数据经去标识化处理后形成的汇总统计数据，用于改进乙方产品及编制行业研究报告，该等使用不另行通知甲方，也不向甲方支付费用。
（三）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，之后删除其系统中的甲方数据。

八、数据安全

（一）乙方应采取访问控制、传输与存储加密、操作日志留存、每日备份等措施，保障数据安全，并遵守个人信息保护相关法律法规。
（二）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，立即采取补救措施，并对因其原因造成的损失承担赔偿责任。
（三）乙方员工访问甲方数据须经甲方授权，仅限处理工单所必需的范围，且所有访问操作均应留痕备查。
（四）乙方应至少每年进行一次渗透测试，并向甲方提供测试结论及整改情况。

九、保密

双方对在合作中获知的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内持续有效。

十、违约责任

（一）乙方未按期完成实施并提交上线验收的，每逾期一日按合同总额的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总额的200%为限，但数据泄露、故意或重大过失造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（四）因乙方原因导致甲方门店无法正常预约或核销，引起学员投诉并给甲方造成直接经济损失的，乙方应予赔偿。

十一、分包

乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、合同解除

（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。
（二）连续两个月可用率低于承诺值的，甲方有权解除合同，并要求乙方退还已付未使用期间的订阅服务费。
（三）合同解除的，乙方应配合甲方完成数据导出和系统切换，切换期不少于三十日，期间乙方应保证系统正常运行。

十三、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交上海仲裁委员会仲裁。

十四、其他

因不可抗力导致一方不能履行合同的，应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商延期或解除。
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一：功能清单；附件二：实施计划；附件三：数据迁移方案。

甲方（盖章）：                    乙方（盖章）：
授权代表：                        授权代表：
日期：                            日期：
"""

SRC["z04"] = """自动气象站运维系统年度运维服务合同

采购项目编号：HSQX-CS-2026-07（竞争性磋商）
合同编号：HSQX-YW-2026-015

甲方（采购人）：鹤山市气象局
乙方（成交供应商）：广东云测气象科技服务有限公司

根据鹤山市气象局自动气象站运维系统年度运维服务项目竞争性磋商结果及成交通知书，依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，双方订立本合同。磋商文件、响应文件及成交通知书为本合同组成部分。

1. 服务范围
1.1 运维对象：甲方辖区内126个区域自动气象站（含7个六要素站、119个两要素及四要素站）、2套土壤水分观测站、中心站数据收集平台、自动气象站运维管理系统及其数据库服务器。
1.2 服务内容：站点季度巡检与传感器维护保养；设备故障诊断、维修和更换；中心站平台及运维管理系统的软件运维、补丁更新和数据备份；汛期及重大天气过程的应急保障；运维档案及台账管理。
1.3 乙方应按照气象行业地面气象观测规范及自动气象站运行保障相关技术要求开展工作，不得降低观测数据质量。
1.4 乙方应建立运维管理制度和应急预案，于合同签订后十日内报甲方审定；应急预案应包括台风、雷电、洪涝等情形下的处置流程和联系人。

2. 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止。
2.2 服务期满本合同自然终止，不自动续期。甲方如需继续采购，应依法重新组织采购。
2.3 合同签订后三日内，乙方应完成与上一运维单位的交接，核对站点设备状态和备件库存，并形成交接清单报甲方确认。

3. 合同金额
3.1 合同总金额为人民币伍拾捌万陆仟元整（¥586,000），包括：站点巡检维护费¥302,400；系统软件运维费¥148,000；备品备件费¥97,600；汛期应急保障费¥38,000。
3.2 合同金额为固定价格，包含人工、交通、通讯、备件、检定及税费。单次更换价值在¥3,000以上的主要传感器，由乙方提供备件，不另行计费。
3.3 因站点迁建、新增或撤销导致运维站点数量变化的，按站点巡检维护费的单站平均价格折算增减费用，由双方书面确认。

4. 付款方式
4.1 本合同不设预付款。
4.2 合同金额按季度平均支付，每季度¥146,500。甲方在每季度服务考核合格并收到乙方发票后十五个工作日内支付上一季度服务费。
4.3 季度考核不合格的，甲方可暂缓支付当季服务费，待乙方整改合格后支付。

5. 服务要求
5.1 乙方应在鹤山市区设立运维驻点，配备不少于5名专职运维人员和2辆运维车辆，人员名单报甲方备案，更换人员须提前通知甲方。
5.2 每个季度对全部站点完成一次现场巡检，内容包括传感器清洁校验、供电与通信检查、防雷接地检测、站点环境整治，巡检记录当日上传运维管理系统。
5.3 故障响应时限：
（1）一级故障（中心站平台或运维管理系统停止运行、区域内连续三个以上站点数据中断）：30分钟内响应，3小时内到达现场或完成远程处置；
（2）二级故障（单站数据中断或主要要素缺测）：1小时内响应，当日到达现场，次日内修复；
（3）三级故障（辅助要素异常、数据质量可疑）：2小时内响应，三日内处理完毕。
5.4 汛期（4月至10月）乙方应实行24小时值班；甲方发布暴雨、台风预警期间，乙方应安排应急小组在岗待命。
5.5 乙方发生响应或修复超时的，应在次日向甲方提交书面情况说明，列明原因及整改措施，相关情况记入季度考核。
5.6 乙方每月五日前向甲方提交上月运维月报，内容包括巡检完成情况、故障清单及处理时长、备件消耗、数据到报情况和下月工作计划。
5.7 乙方更换的传感器应具有有效检定证书，旧件交回甲方处置，不得由乙方自行变卖或留用。

6. 考核与验收
6.1 甲方按季度对乙方服务进行考核，考核指标包括巡检完成率、故障处理及时率、数据质量、运维档案完整性和人员到岗情况，具体评分细则见附件二。
6.2 季度考核得分不低于80分为合格。服务期满后，甲方按磋商文件技术要求及附件二标准组织年度验收，出具书面验收意见。
6.3 乙方提交的巡检记录、故障处理报告和运维月报均须经甲方确认，甲方确认不视为年度验收合格。
6.4 年度验收不合格的，乙方应在十五日内整改；整改后仍不合格的，甲方可将其记入供应商履约评价。

7. 知识产权
7.1 乙方在履约过程中形成的运维台账、巡检记录、故障分析报告、数据处理脚本及系统配置文档归甲方所有，乙方应在服务期满时完整移交。
7.2 乙方使用的自有运维工具软件知识产权归乙方，乙方授权甲方在服务期内免费使用。
7.3 乙方保证其使用的软件工具及提供的资料不侵犯第三方权利。

8. 数据安全
8.1 自动气象站观测数据、站点信息及系统数据均属于甲方所有。未经甲方书面同意，乙方不得向任何第三方提供，也不得用于本合同以外的任何用途。
8.2 乙方运维人员访问中心站及运维管理系统，应使用甲方分配的个人账号，遵守甲方网络安全管理制度，不得私自接入外部设备或开启远程端口。
8.3 发生数据泄露、篡改或系统遭受攻击的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的损失和责任由乙方承担。
8.4 服务期满或合同解除时，乙方应删除其持有的全部甲方数据副本，并向甲方出具书面确认。

9. 保密
9.1 乙方对履约中接触的未公开观测资料、站网布局及甲方内部工作信息负有保密义务，保密期限至相关信息依法公开之日止。
9.2 乙方应与其运维人员签订保密承诺书，并报甲方备案。

10. 分包
10.1 乙方可将偏远山区站点的巡检及现场维修工作委托当地具备相应能力的服务单位实施，但应提前五个工作日书面告知甲方受托单位名称及人员，乙方对受托单位的工作承担全部责任。

11. 违约责任
11.1 乙方逾期进场或未按期完成季度巡检的，每逾期一日按合同总金额的千分之一向甲方支付违约金。
11.2 乙方服务连续两个季度考核不合格的，甲方有权解除合同。
11.3 因乙方原因造成设备损坏或观测数据丢失的，乙方应负责修复并赔偿甲方损失。
11.4 乙方运维人员在作业中发生人身伤害或造成第三方损害的，由乙方自行承担责任。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同。
12.2 合同解除后，乙方应在十日内完成台账、备件及资料移交，甲方按乙方实际完成并考核合格的服务结算费用。
12.3 因不可抗力致使合同无法继续履行的，双方可协商解除合同，互不承担违约责任。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 争议由双方协商解决，协商不成的，提交江门仲裁委员会仲裁。

14. 其他
14.1 本合同一式五份，甲方三份，乙方一份，采购代理机构一份，自双方盖章之日起生效。
14.2 附件一：站点清单；附件二：运维考核细则；附件三：备品备件清单。

甲方（盖章）：鹤山市气象局              乙方（盖章）：广东云测气象科技服务有限公司
法定代表人或授权代表：                  法定代表人或授权代表：
签订日期：                              签订日期：
"""

SRC["z05"] = """# 软件产品销售及定制开发合同

**（匠链软件标准合同文本 V3.0）**

合同编号：JL-XS-2026-0386

甲方（买方）：聊城东昌府区炭纹火绘葫芦工作室
乙方（卖方）：山东匠链软件有限公司

本合同文本由乙方提供。甲方向乙方购买“匠链工坊生产过程跟踪系统”软件产品及相关定制开发服务，双方经协商一致，签订本合同。

## 第一条 产品及服务内容

1. 乙方向甲方提供“匠链工坊生产过程跟踪系统”标准版软件的永久使用许可，授权甲方在一个经营场所内使用，并发用户数不超过20个。
2. 乙方根据甲方需求进行以下定制开发：葫芦原料入库与分级登记、选料、打磨、烙绘、上色、上油及包装各工序的流转记录；每件作品的工序照片与工时采集；作品唯一编码及溯源二维码；订单与定制作品的进度看板；手艺人计件工资统计。
3. 乙方负责系统安装部署、基础数据初始化，并为甲方提供一次现场操作培训。
4. 具体功能以乙方确认的《需求说明书》为准，《需求说明书》未列明的功能不属于本合同范围。
5. 乙方提供的软件为标准化产品，乙方不保证软件能够满足甲方全部经营管理需求，也不保证软件运行不中断或无任何错误。
6. 乙方在系统上线后提供为期一个月的使用指导，期间甲方可通过微信群向乙方实施顾问咨询操作问题。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工坊生产过程跟踪系统标准版软件许可（永久） | 168,000 |
| 2 | 定制开发（工序跟踪、溯源二维码、进度看板、计件统计） | 126,000 |
| 3 | 实施部署及培训 | 24,000 |
| | 合计 | 318,000 |

合同总价为人民币叁拾壹万捌仟元整（¥318,000），含税。服务器、扫码枪、标签打印机及网络环境由甲方自备，不包含在本合同价款内。
合同价款为固定价格，合同履行期间不因人工或材料价格变化而调整。

## 第三条 付款方式

1. 本合同签订后三日内，甲方向乙方支付合同总价的65%，即¥206,700，乙方收款后启动开发工作。
2. 系统部署完成后五日内，甲方支付剩余的35%，即¥111,300。
3. 甲方未按期付款的，乙方有权暂停开发、部署或技术支持，由此造成的工期延误由甲方自行负责。
4. 乙方在收到每笔款项后开具增值税普通发票。
5. 甲方应在付款时注明合同编号，因甲方付款信息错误导致款项无法及时到账的，视为甲方未付款。

## 第四条 交付

1. 乙方应在收到首笔款项后六十日内完成定制开发并部署系统。
2. 因甲方需求变更、资料提供不及时或现场环境不具备条件导致延误的，交付期限相应顺延。
3. 需求说明书确认后，甲方提出新增或变更需求的，乙方有权另行报价，并相应调整交付期限。
4. 乙方交付物包括：安装程序、系统管理员账号、用户操作手册（电子版）及培训签到表。定制开发成果以可执行程序形式交付，不交付源代码。

## 第五条 验收

1. 系统部署完成后，乙方通知甲方进行验收。
2. 甲方在收到通知后三日内未提出书面异议，或甲方已开始使用系统录入业务数据的，即视为验收合格。
3. 甲方提出的异议仅限于系统无法运行的情形，界面风格、操作习惯等方面的意见不影响验收结论。
4. 验收合格后，甲方发现的问题按第六条售后服务处理，不影响已完成的验收结论及付款义务。

## 第六条 售后服务

1. 自系统部署完成之日起六个月为免费维护期。免费维护期内，乙方为系统缺陷提供免费修复，并在工作日通过电话、微信或远程方式提供技术支持，乙方收到问题反馈后将尽快安排处理。
2. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费为软件许可费的10%，即每年¥16,800，自免费维护期满之日起三年内不作调整。
3. 维护服务内容包括缺陷修复、小版本升级及远程技术支持，不包括新增功能、数据修复及现场服务，上述服务需另行收费。
4. 因甲方操作不当、自行修改系统、病毒感染或服务器、网络等硬件环境问题造成的故障，不属于免费维护范围。
5. 免费维护期满后甲方未签订年度维护协议的，乙方不再提供任何技术支持；甲方日后重新申请维护的，乙方有权要求甲方补缴中断期间的维护费。

## 第七条 知识产权

1. 本合同所涉软件产品的著作权及其他知识产权归乙方所有。
2. 定制开发形成的功能模块、源代码、设计文档及其他成果的知识产权亦归乙方所有，乙方授予甲方在本合同约定范围内使用该成果的非独占、不可转让的权利，乙方有权将定制成果纳入其标准产品向其他客户销售。
3. 甲方不得对软件进行反向工程、反编译或修改，不得向任何第三方转让、出租或提供软件副本。
4. 甲方如需取得定制成果的源代码，应另行与乙方协商并支付源代码授权费用。

## 第八条 数据

1. 甲方在系统中录入和产生的作品信息、工序记录、照片、订单及手艺人数据归甲方所有，乙方仅为提供本合同服务之目的访问上述数据，不得用于其他用途。
2. 乙方远程维护时应使用甲方授权的临时账号，操作完毕后通知甲方关闭；乙方应对其访问过程中的数据安全负责，不得复制或留存甲方数据。
3. 因乙方原因造成甲方数据泄露、丢失或损毁的，乙方应在得知后24小时内通知甲方，协助恢复数据，并赔偿甲方因此遭受的直接损失。
4. 乙方按照国家有关法律法规的要求，对其开发测试环境采取必要的安全防护措施，测试时使用的甲方样例数据在测试完成后予以删除。

## 第九条 违约责任

1. 乙方未按第四条约定期限完成交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2. 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金。
3. 乙方在本合同项下承担的全部赔偿责任，累计不超过本合同总价的20%，且乙方不对甲方的利润损失、商誉损失等间接损失承担责任。
4. 乙方支付的逾期违约金以合同总价的5%为限。
5. 因甲方提供的资料、图片或作品设计侵犯第三方权利的，由甲方自行承担责任。

## 第十条 合同解除

1. 一方严重违反本合同约定，经对方书面催告后十五日内仍未改正的，对方有权书面通知解除本合同。
2. 因不可抗力导致合同无法履行的，双方可协商解除合同。
3. 合同解除前乙方已完成的工作，甲方应按实际工作量支付费用，已支付款项不足以抵付的，甲方应补足差额。
4. 甲方单方提出解除合同的，已支付款项不予退还。

## 第十一条 不可抗力

因地震、洪水、火灾、疫情、政府行为、电信或电力中断等不能预见、不能避免且不能克服的情形致使一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在十日内提供证明。

## 第十二条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 本合同附件《需求说明书》与本合同具有同等法律效力，二者不一致的，以本合同为准。
3. 本合同未尽事宜，以乙方官方网站公布的软件产品服务条款为准。
4. 甲方签署本合同即表示已仔细阅读并同意本合同全部条款，包括第七条、第九条等限制乙方责任的条款。

甲方（签章）：　　　　　　　　　　乙方（签章）：山东匠链软件有限公司

签订日期：　　年　　月　　日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PSA-2026-0611
P:This Software Licence and Services Agreement (the "Agreement") is made between Prairie Gauge Software, Inc., an Illinois corporation with its principal office at 418 West Market Street, Taylorville, Illinois 62568, United States (the "Vendor"), and Ningbo Hengrui Precision Components Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office at No. 77 Xiangyun Road, Beilun District, Ningbo, Zhejiang (the "Customer").
P:The Customer manufactures die-cast and machined components for automotive braking systems and wishes to acquire a perpetual licence to the Vendor's GaugeLine statistical process control and inspection data software, together with implementation, integration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the GaugeLine Server, GaugeLine Station and GaugeLine Analytics modules in the versions listed in Annex A, including Updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, measurement templates, report designs, scripts and configuration files created by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6 that the system has passed the Final Acceptance Tests.
P:1.4 "Customer Data" means all measurement results, part and lot records, images, supplier data and any other data entered into or generated by the Software at the Customer's sites.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its Beilun and Cixi plants for its internal business purposes, for up to 60 concurrent station users and 25 analytics users.
P:2.2 The Customer may make reasonable backup copies and may move the Software to replacement servers on written notice to the Vendor. The licence survives any expiry of support.
P:2.3 The Customer shall not resell, sublicense or reverse engineer the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure 48 measurement stations, build interfaces to the Customer's MES, ERP and coordinate measuring machines, migrate five years of inspection history from the Customer's legacy database, and deliver training to quality engineers and operators.
P:3.2 The Vendor shall deliver the services according to the project plan in Annex B, which provides for Go-Live no later than 120 days after the Effective Date. The Vendor shall assign a named project manager who speaks Mandarin and shall keep at least two consultants on site during configuration and cut-over.
P:3.3 The Customer shall provide site access, server infrastructure, network connectivity and reasonable cooperation from its personnel.
P:3.4 The Vendor shall provide administrator documentation, operator guides and a training record for every session, and shall train at least ten key users to a level where they can maintain measurement templates and reports without assistance.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 1,660,000, inclusive of applicable taxes, made up of the Licence Fee of CNY 1,180,000, implementation and integration services of CNY 420,000 and training of CNY 60,000.
P:4.2 The Contract Price is fixed. Travel and living expenses of the Vendor's personnel are included.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 332,000) within 30 days after the Effective Date against the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 747,000) within 30 days after Go-Live. Go-Live is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 581,000) within 30 days after Final Acceptance.
P:5.4 All payments shall be made in CNY by bank transfer to the account designated by the Vendor.
H:Article 6 Acceptance
P:6.1 After Go-Live the system shall run in production for a trial period of 60 days. The Final Acceptance Tests shall verify that (a) all functions in Annex A operate as specified, (b) measurement values received from every station and coordinate measuring machine match the source readings without loss, (c) migrated inspection history reconciles with the legacy database by record count and sample checks agreed in the test plan, (d) control charts and capability reports refresh within three seconds for 60 concurrent users, and (e) no Severity 1 defect occurred during the last 30 days of the trial period.
P:6.2 The Customer shall issue Final Acceptance within ten business days after the tests are passed, or give written reasons for rejection. The Vendor shall correct the defects and repeat the failed tests at its own cost.
P:6.3 Use of the Software in production, Go-Live or any payment does not amount to Final Acceptance.
P:6.4 Final Acceptance shall be documented in a certificate signed by both parties' project managers.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide Updates and provide support free of charge.
P:7.2 The Vendor shall respond to Severity 1 incidents (production measurement stopped or data lost) within one hour, around the clock, and provide a workaround within eight hours. Severity 2 incidents shall be responded to within two business hours and Severity 3 requests within one business day.
P:7.3 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 for each full hour of delay, deducted from the next payment or support invoice.
P:7.4 After the Warranty Period the Customer may purchase annual support. The annual support fee is 11% of the Licence Fee, that is CNY 129,800 per year, and shall not increase for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely.
P:8.3 The Vendor shall defend and indemnify the Customer against third-party claims that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 Remote access by the Vendor shall take place only through the Customer's VPN with multi-factor authentication, after approval for each session, and all sessions shall be logged. The Vendor shall not transfer Customer Data out of the People's Republic of China.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, take remedial measures and be liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including drawings, process parameters, prices and the terms of this Agreement, and shall use it only for this Agreement. This obligation lasts for five years after termination.
H:Article 11 Delay and Liability
P:11.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 8.3 and 9, to personal injury or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate if the liquidated damages under Article 11.1 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the fees paid for services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Illinois, United States of America, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Christian County, Illinois, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:15.2 This Agreement, with Annex A (Software and functional specification) and Annex B (project plan and test plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is signed in English and Chinese. Both versions have equal effect.
P:15.4 Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation, and take effect on receipt.
P:For the Vendor: ____________________    For the Customer: ____________________
P:Name and title:                         Name and title:
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS

**Order Form No. HF-CN-2026-044**

## PART A: ORDER FORM

### A1. Parties

**Provider:** Harvest Field Systems, LLC, an Iowa limited liability company, 201 South First Street, Oskaloosa, Iowa 52577, United States.

**Customer:** Shandong Fengnong Agricultural Machinery Co., Ltd., No. 1688 Gongye North Road, Licheng District, Jinan, Shandong, People's Republic of China.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

### A2. Subscribed Service

FieldLoop Dealer Service Cloud, Professional Edition, hosted for the Customer in Provider's mainland China region (Shanghai data centre operated by a licensed local cloud operator). The service covers work-order management for tractor and harvester repairs, technician scheduling, parts requests, warranty claim preparation, mobile field-service app and service analytics for the Customer's 26 service outlets.

### A3. Subscription Term

The Subscription Term begins on the date of Onboarding Acceptance and runs for two Subscription Years (24 months in total). Renewal is governed by Section 9 of Part B.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Named user subscription, Subscription Year 1 | 180 users | 1,450 per user per year | 261,000 |
| Named user subscription, Subscription Year 2 | 180 users | 1,450 per user per year | 261,000 |
| Onboarding package (configuration, data load, two interfaces, training) | 1 | 38,000 | 38,000 |
| **Total for the Subscription Term** | | | **560,000** |

Fees are inclusive of VAT. Additional users added during a Subscription Year are charged pro rata at the same unit price.

### A5. Invoicing and Payment

(a) The onboarding package is invoiced on Onboarding Acceptance and payable within 30 days of invoice.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of invoice.

(c) Payment is made in CNY to Provider's onshore collection account named in the invoice.

### A6. Onboarding

(a) Provider will configure the service for the Customer's 26 outlets, load the Customer's machine, customer and parts master data, build interfaces to the Customer's ERP (parts and invoicing) and to the manufacturer warranty portal, and train administrators and technicians.

(b) Provider will use commercially reasonable efforts to complete onboarding within 75 days of signature. The target date is an estimate and not a commitment.

(c) Onboarding Acceptance requires that: (i) all outlets, users and roles are set up as listed in the onboarding plan; (ii) loaded master data matches the Customer's export file by record count and a sample of 200 records checked by the Customer; (iii) both interfaces transfer data without error for five consecutive business days; and (iv) a two-week pilot at three outlets completes without a Priority 1 incident. The Customer signs an acceptance certificate within five business days after these criteria are met, or states in writing which criteria are not met.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, records, files and personal information submitted to the service by or for the Customer, or generated by the service from it.

1.2 "Customer Configurations" means the workflows, forms, report designs, interface mappings and settings created for the Customer during onboarding or later on its request.

1.3 "Priority 1 incident" means the service is unavailable to all users, or work orders cannot be created or closed at any outlet.

### 2. Service and Use

2.1 Provider grants the Customer and its users a non-exclusive right to access and use the service during the Subscription Term for the Customer's internal business.

2.2 The Customer is responsible for its users' credentials and for the lawfulness of Customer Data it submits.

2.3 Provider may improve the service from time to time, provided that no change materially reduces the functions or security described in the documentation.

2.4 Provider will provide Chinese-language user documentation, in-app help and a support hotline staffed in Mandarin during business hours, with an online ticket portal available at all times.

### 3. Service Levels

3.1 Provider will make the service available 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 23:00 and 06:00 China Standard Time.

3.2 Provider will respond to a Priority 1 incident within 30 minutes, at any time, and work continuously until service is restored. Priority 2 incidents receive a response within two business hours; other requests within one business day.

3.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly share. A late Priority 1 response earns a credit of CNY 800 per started hour of delay. Credits are set off against the next invoice or refunded at the end of the term.

3.4 Provider will publish monthly service reports showing availability, incidents and credits.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. Provider processes it only to provide the service to the Customer and for no other purpose, including no analytics, benchmarking or model training for Provider's own account.

4.2 Customer Data is stored and processed in mainland China. Provider will not transfer it abroad.

4.3 On expiry or termination Provider will make Customer Data available for export in CSV and JSON for 60 days and then delete it and confirm deletion in writing.

4.4 Provider will keep Customer Data logically separated from the data of other customers.

### 5. Data Security

5.1 Provider maintains a written security programme that includes encryption of Customer Data in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access, daily backups kept in a second availability zone, annual penetration testing and compliance with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

5.2 Provider will notify the Customer without undue delay, and in any case within 24 hours, after becoming aware of a security incident affecting Customer Data, will take remedial action and will cooperate with the Customer's notifications to authorities and individuals.

5.3 Provider is liable for losses suffered by the Customer as a result of a security incident caused by Provider's breach of this Section 5.

### 6. Subprocessors

6.1 Provider's hosting operator in Shanghai is approved by the Customer by signing this Order Form. Provider shall not engage any other subprocessor or subcontractor for the service or onboarding without the Customer's prior written consent, and remains responsible for any approved subprocessor.

### 7. Intellectual Property

7.1 Provider owns the service, its software and documentation.

7.2 Customer Configurations and any custom reports belong to the Customer. Provider will deliver them in an exportable form on request, and the Customer may use, modify and have them used by others without restriction.

### 8. Confidentiality

8.1 Each party will keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation continues for three years after the Agreement ends.

### 9. Term and Renewal

9.1 After the initial Subscription Term, the subscription renews automatically for successive renewal terms of one year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

9.2 For each renewal term Provider may increase the per-user fee to its then-current list price by notice given at least 90 days before the renewal date. The increased fee applies automatically if the Customer does not give notice of non-renewal.

### 10. Termination

10.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

10.2 If the Customer terminates under Section 10.1, Provider will refund any prepaid subscription fees for the period after termination.

### 11. Limitation of Liability

11.1 Neither party is liable for indirect or consequential losses, or for lost profits.

11.2 Each party's total liability arising out of or relating to this Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

11.3 Section 11.2 does not apply to the Customer's payment obligations, to breach of Section 8, or to fraud.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of this Agreement shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.

13.2 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

13.3 Notices must be in writing and sent to the addresses in A1.

13.4 This Agreement is made in English and Chinese; both texts are equally authentic. The Customer's purchase order terms do not apply.
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR GRAIN BIN MONITORING SYSTEM
P:Contract No. LJGR-CG-2026-0093
P:Buyer: Heilongjiang Longjiang Grain Reserve Logistics Co., Ltd., No. 9 Hanan Second Avenue, Harbin, Heilongjiang, People's Republic of China (the "Buyer").
P:Supplier: Nishna Valley Bin Sensing, Inc., an Iowa corporation, 1405 North Broadway Street, Red Oak, Iowa 51566, United States, acting with its Harbin representative office for local services (the "Supplier").
P:This Contract is made on the Buyer's standard form for equipment and software procurement. The Buyer operates 48 steel silos and flat storage warehouses at its Shuangcheng and Wuchang depots and wishes to monitor grain temperature and moisture continuously to prevent spoilage. Following the Buyer's competitive tender, the parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission temperature cables, moisture sensors, wireless gateways and the BinWatch monitoring software, as listed in the price table in clause 2, and shall integrate the system with the Buyer's storage management platform.
P:1.2 The Supplier shall configure alarm thresholds for each silo according to the Buyer's storage rules, set up the aeration fan advisory function and deliver dashboards for depot managers and the head office.
P:1.3 The Supplier shall deliver operating manuals, maintenance manuals, wiring diagrams and calibration certificates in Chinese and English, and shall train the Buyer's staff as described in clause 7.
P:1.4 The Supplier shall survey each silo before installation and submit an installation plan showing cable positions, gateway locations and the power supply for each gateway. Installation may begin only after the Buyer approves the plan.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,810,000, inclusive of VAT, delivery to the depots, insurance, installation materials and all services. It is fixed for the duration of the Contract.
P:2.2 Quantities may be adjusted by up to five per cent at the unit prices in the table by a written change order signed by both parties.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cable, 18 m, 6 sensing points|960|820|787,200
TB:2|Capacitive moisture sensor with mounting kit|240|1,350|324,000
TB:3|Wireless bin gateway with solar power unit|48|4,600|220,800
TB:4|BinWatch monitoring software, perpetual licence, two depots|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,600,000
TB:5|Installation, commissioning and platform integration|1|186,000|186,000
TB:6|Training|1|24,000|24,000
TB:|Contract Price|||1,810,000
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 181,000) within 20 days after signature, against an advance payment guarantee of the same amount from a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price (CNY 995,500) within 30 days after the Buyer signs the Installation Certificate for both depots. The Installation Certificate confirms that the equipment is installed and powered; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 633,500) within 30 days after Final Acceptance under clause 5.
P:3.4 Each payment requires a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the depots within 75 days after signature and complete installation and commissioning within 45 days after delivery, outside the main intake period agreed with the Buyer.
P:4.2 If delivery or completion of installation is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay. Total liquidated damages for delay shall not exceed 8% of the Contract Price.
P:4.3 The Supplier shall comply with the Buyer's safety rules for work at height and in confined spaces and shall bear responsibility for accidents caused by its personnel.
P:4.4 The Supplier shall keep a site diary, record all work carried out at each depot and report progress to the Buyer's project manager every week in writing.
H:5. Acceptance
P:5.1 After installation the system shall run for a trial period of 45 days. Final Acceptance requires that: (a) every cable and sensor reports to the software, with no more than two faulty sensing points per silo, each replaced by the Supplier; (b) temperature readings agree with reference thermometers within 0.5 degrees Celsius at the sampled points; (c) moisture readings agree with laboratory samples within the tolerance in the technical specification; (d) alarms reach the duty phone within two minutes in the alarm test; and (e) data transfer to the Buyer's storage management platform runs without loss for ten consecutive days.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within ten days after the criteria are met, or state in writing which criteria are not met. Installation, use of the system or payment does not mean acceptance.
P:5.3 If the system fails the acceptance tests, the Supplier shall correct the defects within 15 days and the tests shall be repeated at the Supplier's cost.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, provide software updates and provide technical support.
P:6.2 Faults are handled as follows:
TB:Severity|Description|Response time|Resolution or on-site time
TB:Severity 1|Monitoring server down, or a whole silo group offline|30 minutes|Remote fix in 6 hours or engineer on site within 48 hours
TB:Severity 2|Single silo or gateway offline|2 hours|Within 3 days
TB:Severity 3|Individual sensing point or report issue|1 business day|Within 10 days
P:6.3 For each hour by which the Supplier misses a Severity 1 response or resolution time, the Supplier shall pay the Buyer CNY 1,200, deducted from the warranty retention or any amount due.
P:6.4 After the warranty period the Buyer may order annual support at 7.5% of the Hardware and Licence Subtotal, that is CNY 120,000 per year, which is fixed for three years. Each year is ordered separately; there is no automatic renewal.
P:6.5 The Supplier shall keep spare parts at its Harbin office sufficient to replace at least 2% of the installed cables, sensors and gateways, and shall guarantee the availability of spare parts and software support for at least eight years after Final Acceptance.
H:7. Training
P:7.1 The Supplier shall train at least 20 depot staff in operation and basic maintenance and 4 head-office staff in administration of the software, with written materials in Chinese.
P:7.2 Training shall take place at each depot after commissioning and before the trial period, in sessions of no more than fifteen participants. The Buyer may require repeat sessions free of charge if the participants fail the Supplier's practical test.
H:8. Intellectual Property
P:8.1 The BinWatch software remains the property of the Supplier and is licensed to the Buyer perpetually for use at the Buyer's depots.
P:8.2 The configuration, silo models, alarm rules, integration interface and custom dashboards prepared for the Buyer belong to the Buyer, with their source files, and the Buyer may use and modify them and let third parties maintain them.
H:9. Data
P:9.1 All readings, alarms, inventory data and other data collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The system shall store data on the Buyer's servers in Harbin. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, and all sessions are logged. The Supplier shall not copy data outside the Buyer's systems.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or its data, take remedial measures and compensate the Buyer for losses caused by the Supplier's breach of this clause.
P:9.4 When the Contract ends, the Supplier shall return or destroy any Buyer data it holds and confirm this in writing.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including storage volumes and depot layouts, and shall not disclose it without prior written consent, during the Contract and for five years after it ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if liquidated damages for delay reach their maximum. The Supplier shall then refund payments for undelivered or rejected items.
P:13.2 Termination does not affect the Buyer's right to claim liquidated damages or compensation for losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:15. Miscellaneous
P:15.1 Force majeure excuses delay to the extent it prevents performance, provided the affected party notifies the other promptly.
P:15.2 This Contract is made in Chinese and English; both texts are equally valid. Annexes: Technical Specification; Installation Plan; Acceptance Test Plan.
P:15.3 Notices shall be given in writing to the addresses stated above and are effective on receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED SERVICES AGREEMENT

**Agreement No. CRY-MSA-2026-07**

This Managed Services Agreement (the "Agreement") is made between:

**Inner Mongolia Caoyuan Ruyi Dairy Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office at No. 36 Jinqiao Development Zone, Saihan District, Hohhot, Inner Mongolia (the "Customer"); and

**Plymouth Creamery Systems, Inc.**, an Iowa corporation, 24 Central Avenue NW, Le Mars, Iowa 51031, United States, acting through its service centre in Hohhot (the "Provider").

The Customer operates three dairy processing plants, two milk collection centres and a head office. It wishes to outsource the support of its end-user IT, plant-floor network and manufacturing systems infrastructure to the Provider for a fixed term. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the performance targets in Schedule 2, and "Service Credits" means the credits in Schedule 3.

1.3 "Customer Data" means all data of the Customer, its employees, farmers, customers and suppliers that the Provider accesses or handles in performing the Services.

1.4 "Transition" means the handover of the Services from the Customer's internal team and its previous contractors to the Provider, completed by Transition Acceptance.

1.5 "Term" means 36 months starting on the date of Transition Acceptance.

## Section 2. Services

2.1 The Provider shall perform the Services for the Term in accordance with Schedule 1, the Service Levels and good industry practice.

2.2 The Provider shall staff a service desk in Hohhot with Mandarin-speaking analysts, keep one resident engineer at each processing plant during production shifts, and provide a service delivery manager as the Customer's single point of contact.

2.3 The Provider shall follow the Customer's IT policies, change management process and plant hygiene and food safety rules when working on site.

2.4 The Customer shall provide workspace, remote access, existing documentation and reasonable cooperation from its personnel and previous contractors.

2.5 The Provider shall maintain an up-to-date configuration management database of all assets within the scope of Schedule 1 and make it available to the Customer at any time through read-only access.

## Section 3. Transition

3.1 The Provider shall complete Transition within 60 days after signature according to the transition plan agreed in the kick-off meeting.

3.2 Transition Acceptance requires that: (a) all assets and configuration items in Schedule 1 are recorded in the Provider's service management tool and reconciled with the Customer's asset register; (b) runbooks exist for every plant system listed in Schedule 1; (c) the service desk has handled live tickets in parallel with the Customer's team for ten business days without a missed Priority 1 target; and (d) monitoring covers every network device and server listed. The Customer shall sign a Transition Acceptance certificate within five business days after these conditions are met or state in writing which are not met.

3.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to a total of CNY 120,000.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 1. The Total Contract Value is CNY 3,240,000, made up of the Transition Fee of CNY 144,000 and a Monthly Service Charge of CNY 86,000 for 36 months (CNY 3,096,000).

4.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears after the monthly service report has been agreed. The Customer pays within 30 days of a valid VAT invoice.

4.3 Service Credits are deducted from the next invoice. The charges are fixed for the Term and include travel within Inner Mongolia, tools and the Provider's service management software.

## Section 5. Service Levels and Reporting

5.1 The Provider shall meet the Service Levels in Schedule 2 and report its performance monthly, including tickets by priority, response and resolution times, root causes of Priority 1 incidents and planned improvements.

5.2 If the Provider misses a Service Level, it shall grant the Service Credits in Schedule 3 and, for repeated failures, present a remediation plan within ten business days.

5.3 The parties shall hold a monthly service review and a quarterly executive review.

5.4 The Customer may, at its own cost, audit the Provider's performance records once a year on reasonable notice, and the Provider shall correct any reporting errors found and adjust Service Credits accordingly.

## Section 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data solely to deliver the Services and shall not use it for any other purpose.

6.2 At the end of the Term the Provider shall return all Customer Data in its possession to the Customer.

## Section 7. Intellectual Property

7.1 The Provider keeps ownership of its own tools, methods and service management software.

7.2 Runbooks, knowledge base articles, scripts, monitoring templates and configuration documents prepared for the Customer under this Agreement belong to the Customer, which may use, modify and hand them to any successor provider.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, including recipes, production volumes, farmer contracts and prices, and shall not disclose it to third parties without prior written consent.

8.2 The Provider shall ensure that its personnel assigned to the Services sign confidentiality undertakings. This Section continues for five years after the end of the Agreement.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall not replace the service delivery manager or resident engineers without giving the Customer reasonable notice and a suitable replacement.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor.

9.3 The Provider shall ensure that all personnel working at the plants have valid health certificates where required by food safety rules and complete the Customer's site induction before starting work.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct or gross negligence.

## Section 11. Term and Exit

11.1 This Agreement starts on signature and ends at the end of the Term. It may not be terminated before the end of the Term by either party, except by written agreement of both parties.

11.2 The Agreement does not renew automatically. Any extension requires a written amendment signed by both parties at the charges then agreed.

11.3 During the last three months of the Term the Provider shall cooperate in handing over the Services to the Customer or its new provider, including transfer of documentation, open tickets and knowledge.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The award is final and binding.

## Section 13. General

13.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

13.2 Amendments must be in writing and signed by both parties. This Agreement is signed in Chinese and English, and both versions are equally authentic.

13.3 Notices shall be given in writing to the addresses stated above.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1. Services and Charges

| Service tower | Scope | Quantity | Monthly charge (CNY) |
|---|---|---|---|
| Service desk | Ticket intake by phone, portal and WeChat, 7 days a week, 06:00 to 22:00 | 1,150 users | 24,500 |
| End-user support | Desktops, laptops, printers and handhelds, on site at five locations | 1,020 devices | 21,800 |
| Plant network | Monitoring and support of switches, wireless and firewalls | 186 devices | 17,600 |
| Server and storage | Operating systems, backup jobs and virtualisation at two server rooms | 64 servers | 14,300 |
| Plant systems support | First-line support for MES clients, weighbridge and lab terminals | 3 plants | 7,800 |
| **Monthly Service Charge** | | | **86,000** |
| Transition Fee (one-time) | Transition under Section 3 | 1 | 144,000 |

## Schedule 2. Service Levels

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| Priority 1 | Production line stopped or a whole site without network | 15 minutes | 6 hours |
| Priority 2 | Department or key system impaired | 1 hour | 1 business day |
| Priority 3 | Single user affected | 2 business hours | 3 business days |
| Priority 4 | Request or question | 1 business day | 5 business days |

## Schedule 3. Service Credits

| Service Level missed | Credit |
|---|---|
| Each Priority 1 incident with late response | 2% of the Monthly Service Charge |
| Each Priority 1 incident resolved late | 3% of the Monthly Service Charge |
| Monthly Priority 2 resolution target missed | 1% of the Monthly Service Charge |
| Total credits in one month | Up to 10% of the Monthly Service Charge |
"""

SRC["e05"] = """DATA SUBSCRIPTION AND API SERVICES AGREEMENT

Agreement No. KAD-APAC-2026-118

BETWEEN

Kaskaskia AgData Corporation, an Illinois corporation with its principal office at 131 North Poplar Street, Centralia, Illinois 62801, United States ("Vendor"), and

Dalian Haitong Feed Group Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 8 Huaihe East Road, Jinzhou District, Dalian, Liaoning ("Customer").

BACKGROUND

Customer purchases corn, soybean meal and other feed ingredients from domestic and overseas markets and wishes to receive crop condition, yield forecast, weather and commodity basis data through the Vendor's application programming interface (API) and analyst portal for use in its purchasing and risk management. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in Schedule A, including county-level crop condition indices, satellite vegetation indices, yield forecasts, daily weather observations and forecasts, and cash basis quotes for the locations listed.

1.2 "Subscription Year" means each period of one year starting on the Activation Date or on its anniversary. The Subscription Term consists of two Subscription Years.

1.3 "Activation Date" means the date on which Vendor issues production API credentials and portal accounts to Customer after Integration Acceptance.

1.4 "Customer Data" means the query parameters, watch lists, portfolio positions, files and other information that Customer or its users submit to the API or the portal, and any results generated from them for Customer.

1.5 "Custom Deliverables" means the field mappings, data transformation scripts and custom delivery feeds that Vendor develops for Customer under clause 3.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Data Products through the API and the portal and to use them internally in its business, including in internal reports and models.

2.2 Customer may use up to 28 named portal users and make up to 600,000 API calls per Subscription Year. Customer shall not resell the Data Products or publish them in bulk.

2.4 Customer's users shall keep their credentials secret. Vendor may suspend an account that is used in breach of clause 2.2 after giving Customer written notice and a reasonable opportunity to remedy the breach.

2.3 Vendor may add datasets or improve the Data Products. Vendor shall not remove any dataset listed in Schedule A during the Subscription Term without providing a substitute of equal scope.

3. ONBOARDING AND INTEGRATION

3.1 Vendor shall map the Data Products to Customer's commodity and location codes, build a daily delivery feed into Customer's data warehouse in Dalian, and train Customer's purchasing and risk teams.

3.2 Vendor shall complete onboarding so that the Activation Date falls no later than 50 days after signature (the "Target Activation Date").

3.3 Integration Acceptance requires that: (a) all datasets in Schedule A are retrievable through the API for the listed locations; (b) the daily feed has loaded into Customer's data warehouse on ten consecutive business days without missing files; (c) values in the feed reconcile with the portal for a sample of 300 records chosen by Customer; and (d) training has been delivered. Customer shall confirm Integration Acceptance in writing within five business days after these conditions are met or state which are not met.

3.4 If the Activation Date is later than the Target Activation Date for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees.

3.5 Customer shall provide Vendor with its commodity and location code lists, access to a test environment of its data warehouse and a named contact person within ten days after signature.

4. FEES AND PAYMENT

4.1 The fees are:
    Onboarding and integration fee (one-time):        CNY 65,000
    Subscription fee, Subscription Year 1:            CNY 420,000
    Subscription fee, Subscription Year 2:            CNY 420,000
    Total Fees:                                       CNY 905,000

4.2 Customer shall pay the onboarding and integration fee and the subscription fee for Subscription Year 1 within ten business days after signature. Vendor begins onboarding work after receipt of both payments.

4.3 The subscription fee for Subscription Year 2 is payable within 15 business days after the start of Subscription Year 2.

4.4 Fees are fixed for the Subscription Term and include VAT. API calls above the annual allowance are charged at CNY 0.08 per call and invoiced quarterly.

5. SERVICE LEVELS

5.1 Vendor shall keep the API and the portal available 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance.

5.2 Vendor shall publish daily datasets by 07:00 China Standard Time on each business day.

5.3 Vendor shall respond to Critical incidents (API or portal unavailable, or a daily dataset not delivered) within eight hours after Customer reports them, and to other incidents within two business days. Vendor's support desk operates from Centralia during United States business hours, with an on-call engineer for Critical incidents.

5.4 If monthly availability falls below the level in clause 5.1, or the daily datasets are published late on more than three business days in a month, Customer receives a credit of 5% of the monthly share of the current Subscription Year's fee for each such failure, up to a quarter of that monthly share. Credits are applied to the next invoice or refunded at the end of the Subscription Term.

5.5 Vendor shall send Customer a monthly service report showing availability, publication times, incidents and any credits due.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor may use Customer Data only to provide the services to Customer and shall not use it for any other purpose, including to improve or build its own products.

6.2 Vendor shall protect Customer Data with encryption in transit and at rest, access restricted to named support staff, multi-factor authentication, logging of access and regular vulnerability testing, and shall comply with the data protection laws applicable to it.

6.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take remedial measures, and be liable for Customer's losses caused by Vendor's failure to comply with this clause 6.

6.4 At the end of the Subscription Term, Vendor shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Vendor and its licensors own the Data Products and the API.

7.2 The Custom Deliverables belong to Customer. Vendor shall deliver their source code and documentation at Integration Acceptance, and Customer may use, modify and license them without restriction.

7.3 Vendor warrants that it has the rights needed to license the Data Products and shall indemnify Customer against third-party claims that Customer's permitted use infringes their rights.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's confidential information, including the terms of this Agreement, Customer's positions and purchasing plans and Vendor's unpublished methods, and shall use it only for this Agreement. This obligation survives for three years after the end of the Agreement.

9. SUBCONTRACTORS

9.1 Vendor may use subcontractors, data partners and hosting providers of its choice to perform this Agreement, without Customer's consent. Vendor remains responsible for their performance.

10. LIABILITY

10.1 Vendor's total liability under this Agreement shall not exceed 150% of the Total Fees.

10.2 Neither party is liable for lost profits or trading losses, or for indirect or consequential loss. The Data Products are an input to Customer's own decisions.

10.3 The limit in clause 10.1 does not apply to breach of clause 6 or clause 8, to the indemnity in clause 7.3, or to wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement takes effect on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a new written order.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

11.3 If Customer terminates under clause 11.2, Vendor shall refund the prepaid subscription fee for the remaining part of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The award is final and binding.

13. GENERAL

13.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.

13.2 Neither party may assign this Agreement without the other party's written consent.

13.3 This Agreement is made in English and Chinese, and both texts are equally authentic.

13.4 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt.

SCHEDULE A - DATA PRODUCTS

A.1 Crop condition and satellite vegetation indices for corn and soybeans in the United States, Brazil and Argentina, at county or municipality level, updated weekly.

A.2 Yield and production forecasts for the same crops and countries, updated monthly and on major weather events.

A.3 Daily weather observations and fifteen-day forecasts for 1,200 growing-region grid points.

A.4 Daily cash basis quotes for 85 export elevators and river terminals.

SIGNED by the authorised representatives of the parties.

For Vendor: ____________________        For Customer: ____________________
"""

# ---------------------------------------------------------------- targets, labels, design
TARGETS = {
    "z01": ("h1004z01_civil_affairs_elderly_care_supervision_platform.pdf", "zh", "software"),
    "z02": ("h1004z02_humidifier_plant_line_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h1004z03_barista_school_booking_membership_saas.txt", "zh", "cloud"),
    "z04": ("h1004z04_weather_bureau_aws_annual_om_service.txt", "zh", "services"),
    "z05": ("h1004z05_gourd_pyrography_studio_tracking_supplier_template.md", "zh", "software"),
    "e01": ("h1004e01_spc_software_perpetual_licence_illinois_vendor.pdf", "en", "software"),
    "e02": ("h1004e02_dealer_service_saas_order_form_iowa_vendor.md", "en", "cloud"),
    "e03": ("h1004e03_grain_bin_sensors_monitoring_licence.docx", "en", "hardware"),
    "e04": ("h1004e04_dairy_managed_it_services_36_months.md", "en", "services"),
    "e05": ("h1004e05_crop_weather_data_api_subscription.txt", "en", "cloud"),
}
G, S = "goods_or_licence", "service"
# key: (cv, avail, p1, remedy, ip, dsc, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind,
#       sla_clause, ld_stated, capped, deemed)
T = {
    "z01": (1500000, 99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
            "PRC", G, True, True, True, False),
    "z02": (1680000, None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 6, 22, False, True, False,
            "PRC", G, True, True, True, False),
    "z03": (720000, 99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, False, True,
            False, "PRC", S, True, True, None, False),
    "z04": (586000, None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
            True, "PRC", S, True, True, None, False),
    "z05": (318000, None, None, False, "supplier", True, True, False, 0.02, 20, 206700 / 318000 * 100, False, False, 6,
            10, False, True, None, None, G, False, True, True, True),
    "e01": (1660000, None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
            "Illinois", G, True, True, True, False),
    "e02": (560000, 99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None, True,
            True, False, "PRC", S, True, False, None, False),
    "e03": (1810000, None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 7.5, False, True, False,
            "PRC", G, True, True, True, False),
    "e04": (3240000, None, 0.25, True, "buyer", False, True, True, 2000 / 3240000 * 100, 150, None, True, None, None,
            None, False, False, False, "PRC", S, True, True, None, False),
    "e05": (905000, 99.95, 8, True, "buyer", True, True, True, 0.1, 150, (65000 + 420000) / 905000 * 100, True, None,
            None, None, False, True, True, "PRC", S, True, True, None, False),
}
FEE_BASE = {"z01": 760000, "z02": 1360000, "z05": 168000, "e01": 1180000, "e03": 1600000}  # itemised licence/hardware
FORUM_OUTSIDE_MAINLAND = {"e01": True}
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    (cv, av, p1, rem, ip, dsc, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind, sla, lds, capped,
     deemed) = T[key]
    name, lang, cat = TARGETS[key]
    terms = {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
             "data_security_clause": dsc, "buyer_owns_data": own, "confidentiality": conf, "ld_rate_per_day_pct": ld,
             "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
             "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": pwf,
             "auto_renewal_price_increase": auto, "termination_for_breach": term, "subcontract_without_consent": sub,
             "governing_law": law, "contract_kind": kind}
    extra = {"sla_clause": sla, "ld_stated": lds}
    if kind == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(key, terms, extra)}


def tco_share(key, terms, extra):
    base = FEE_BASE[key]
    fee = terms["post_warranty_fee_pct"] / 100 * base
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    post = fee * years
    return post / (extra["contract_value"] + post) * 100


def derive(key, t, x):
    """My reading of policy section 3."""
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            if tco_share(key, t, x) > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE_MAINLAND.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.,])30(\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])",
    r"(?<![\d.,])40(\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.,])15(\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])",
    r"(?<![\d.,])100(\.0+)?" + PCT, r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
    r"99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.,])4(\.0+)?\s*(hours?|hrs?|h\b|小时|个小时)", r"(?<![十二三])四\s*个?\s*小时", r"four\s*(\(4\)\s*)?hours?",
    r"(?<![\d.,])0?\.050*(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.,])12\s*(-\s*)?(months?|个月)", r"十二个月", r"twelve\s*(\(12\)\s*)?(-\s*)?months?",
    r"(质保期|保修期|免费维护期|warranty\s*period)\D{0,6}(一年|1\s*年|one\s*\(?1?\)?\s*year)",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["预付款为合同总价的30%", "30 %", "30 per cent", "百分之三十", "40%", "15%", "100%", "百分之百", "99.9%",
            "99.90%", "4 hours", "4小时", "四小时", "four hours", "4 hrs", "0.05%", "万分之五", "12 months", "12个月",
            "十二个月", "twelve months", "12-month", "质保期为一年", "warranty period of one year"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14小时", "1.4 hours", "130%", "35%", "45%",
             "150%", "200%", "万分之八", "万分之二", "0.08%", "0.1%", "24 months", "18 months", "112个月",
             "65%", "25%", "0.5 hours", "7×24小时", "48 hours", "万分之五十", "2.30%", "1,530%"]


def hits(text):
    return [m.group(0) for rx in RX for m in [rx.search(text)] if m]


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: (n, kind) for k, (n, lang, cat) in TARGETS.items()
             for kind in [n.rsplit(".", 1)[1]] if kind in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for k, (n, lang, cat) in TARGETS.items():
        if k not in built:
            (OUT / n).write_text(SRC[k], encoding="utf-8")
            print("wrote", n)
    covered = set()
    for k, (n, lang, cat) in TARGETS.items():
        text = read_back(OUT / n)
        size = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = LIMITS[lang]
        assert lo <= size <= hi, (n, size)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(form), (n, hits(form))
        lab = label(k)
        for f, th in THRESH.items():
            v = lab["expected_terms"][f]
            assert v is None or abs(v - th) > 1e-9, (n, f, v)
        x, t = lab["expected_extra"], lab["expected_terms"]
        share = None
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            share = tco_share(k, t, x)
            assert abs(share - 40) > 2, (n, share)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (n, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        stem = n.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%-66s %5d %s %s %s" % (n, size, risk(lab["expected_rules"]),
                                       "tco=%.2f" % share if share is not None else "", ",".join(
                                           r[3:] for r in lab["expected_rules"]) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    print("all checks passed")


if __name__ == "__main__":
    main()
