"""holdout1063: builds the ten held-out draft contracts from the sources below, writes their .json labels and
asserts lengths, sums, thresholds and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
Z01 = """T:滨江市城市照明管理平台建设项目合同
P:合同编号：BJCG-2027-ZM-0116
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：滨江市城市管理局
P:乙方（供应商）：杭州明衡智联科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，经双方协商一致，就滨江市城市照明管理平台建设项目签订本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供城市照明管理平台软件许可（永久使用，覆盖全市约六万八千盏路灯及景观照明回路），并完成单灯控制、回路监测、能耗分析、工单派发、移动巡检等功能的定制开发。
P:1.2 乙方负责平台在甲方政务云上的部署、与数字城管系统及市电力公司计量数据的接口对接、存量台账数据迁移及用户培训。
P:1.3 具体功能清单、接口规范及性能指标以附件一《技术需求确认书》为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零贰万元整（¥2,020,000），为固定总价，包含下列各项：平台软件许可费¥1,160,000；定制开发费¥680,000；部署实施及数据迁移费¥148,000；培训费¥32,000。
P:2.2 上述价款已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方无须另行支付。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因审批流程造成的合理延迟不视为甲方违约。乙方应在每期付款前向甲方开具等额合法发票，并提供收款账户信息。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署及接口对接，并提交初步验收申请。
P:4.2 乙方应编制详细实施计划，每两周向甲方书面报告进度。
P:4.3 乙方应在最终验收前完成两期培训：管理员培训不少于三天，巡检及调度人员培训不少于两天，并提供操作手册、运维手册及培训视频。
H:第五条 双方的其他权利义务
P:5.1 甲方应指定项目联系人，及时提供政务云资源、网络条件、既有系统接口文档及路灯台账资料，并协调数字城管系统和电力公司配合对接。
P:5.2 乙方应组建不少于八人的项目团队，项目经理须具有同类项目经验，未经甲方同意不得更换；乙方人员进入甲方场所应遵守甲方管理制度。
P:5.3 乙方提供的第三方组件应为正版，并保证在质保期内持续可用，因组件授权问题导致平台无法使用的，由乙方负责更换并承担费用。
H:第六条 验收
P:6.1 初步验收标准：附件一所列功能全部实现；单灯控制指令按测试方案抽测五千次无失败；五百个并发用户下页面平均响应时间不超过2秒；与数字城管系统的工单数据连续十日核对一致。
P:6.2 最终验收标准：试运行九十日内未发生一级故障；迁移的路灯台账经甲方抽查无差错；平台通过第三方等级保护测评（三级）；乙方提交全部技术文档及源代码。
P:6.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第七条 质量保证及维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和现场技术支持。
P:7.2 质保期满后，如甲方续签维护合同，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），且三年内不得上调。维护合同期满不自动续期。
H:第八条 服务水平
P:8.1 平台月度可用率不低于99.95%（计划内维护除外，且须提前三日通知甲方）。
P:8.2 一级故障（平台整体不可用或单灯控制功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:8.3 响应或恢复每超时一小时，乙方向甲方支付人民币一千元；月度可用率每低于约定值0.01个百分点，扣减人民币两千元，从应付款项中直接扣除。
P:8.4 乙方应设立7×24小时服务热线，每月五日前向甲方提交上月服务报告，列明故障次数、响应及恢复时间、可用率统计和扣减金额，经甲方确认后作为质保期服务考核及维护费结算依据。
H:第九条 数据安全与数据归属
P:9.1 平台运行中产生的照明设备数据、能耗数据、工单数据及其衍生数据均属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，运维访问须经甲方审批并通过堡垒机进行，不得将数据复制或带离甲方政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内继续有效。
H:第十一条 知识产权
P:11.1 本项目定制开发的功能模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
P:11.2 平台标准产品的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用权。乙方保证其交付成果不侵犯第三方权利。
H:第十二条 违约责任
P:12.1 乙方逾期完成部署或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿损失。
P:12.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
P:12.4 乙方项目经理或核心技术人员未经甲方同意擅自更换的，每人次支付违约金人民币五千元；乙方违反第九条、第十条约定的，除承担赔偿责任外，甲方有权暂停支付未付款项。
H:第十三条 分包
P:13.1 本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:14.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十五条 不可抗力
P:15.1 任何一方因不可抗力不能履行合同的，应在三日内通知对方，并在十五日内提供证明，双方协商顺延履行期限。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。
P:16.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:17.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。合同履行期间的通知以书面形式送达双方指定的联系人及地址。
P:17.3 附件一：技术需求确认书；附件二：报价明细表；附件三：实施计划。
P:甲方（盖章）：滨江市城市管理局    乙方（盖章）：杭州明衡智联科技有限公司
P:签订日期：2027年3月    日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
Z02 = """T:生产线控制系统改造合同
P:合同编号：SSDQ-GZ-2027-008
P:甲方（买方）：宁波舒梳电器有限公司
P:乙方（卖方）：苏州恒拓自动化工程有限公司
P:甲方主营电动按摩梳的生产。为提高注塑、装配、功能测试及包装四条生产线的自动化水平，甲方委托乙方对上述生产线的控制系统进行改造，包括设备供货、软件许可、安装调试及培训。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责更换四条生产线原有的继电器控制及单机PLC，新建统一的PLC控制柜，增加伺服驱动、视觉检测及数据采集单元，部署产线监控软件，实现工单下发、节拍统计、不良品追溯与设备状态监控。
P:1.2 改造应利用甲方安排的停产窗口分线实施，每条线停产时间不得超过六日，且不得影响其他生产线正常运行。
P:1.3 改造后的控制系统应保留与甲方现有企业资源计划系统的接口，产量及不良品数据每十五分钟自动上传一次，断网期间本地缓存不少于七日。
P:1.4 详细技术要求以附件一《改造技术方案》为准，方案经甲方书面确认后方可实施。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾肆万元整（¥1,940,000），含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造（含柜体、PLC、I/O模块）|4套|168,000|672,000
TB:2|伺服驱动及电机|32套|9,500|304,000
TB:3|视觉检测单元（相机、光源、控制器）|8套|36,000|288,000
TB:4|工业触摸屏（HMI）|12台|8,500|102,000
TB:5|产线数据采集网关|16台|6,000|96,000
TB:6|产线监控软件许可（永久，不限点数）|1套|258,000|258,000
TB:|软硬件小计|||1,720,000
TB:7|安装、编程及调试|1项|196,000|196,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合同总价|||1,940,000
P:2.2 合同总价为固定价格，已包含运输、保险、安装辅材、编程、调试及质保期内的服务费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，乙方应同时提交等额银行预付款保函。
P:3.2 全部设备到货并完成安装，经甲方签收后，甲方支付合同总价的45%。到货签收不代表质量验收。
P:3.3 四条生产线全部通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具增值税专用发票；乙方存在应付违约金的，甲方可在当期应付款中直接扣除。
H:第四条 交付与安装
P:4.1 乙方应在合同签订后六十日内将全部设备运至甲方厂区，并在甲方通知的停产窗口内完成安装调试。
P:4.2 乙方应提供设备合格证、出厂检测报告、电气原理图、PLC程序备份及软件安装介质。
P:4.3 乙方应在最终验收前完成两轮培训：操作工培训按班组分批进行，设备维护人员培训不少于五日，内容包括PLC程序结构、视觉配方调整、常见故障处理及备件更换。
P:4.4 乙方施工人员须遵守甲方厂区安全生产及防静电管理规定，因乙方原因造成的人身或财产损害由乙方负责。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，标准为：生产节拍达到技术方案约定值；视觉检测漏检率不高于千分之二；工单、产量及不良品数据与人工记录连续七日核对一致；急停及安全联锁测试全部通过。
P:5.2 四条生产线均通过单线验收并稳定运行三十日后，进行最终验收，由甲方出具书面验收报告。
P:5.3 设备到货、安装完成或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收，费用由乙方承担。
P:5.4 验收所需的测试工装、标准样品及检测仪器由乙方提供，甲方派员参加并签署测试记录。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换，并免费提供软件升级。
P:6.2 质保期内，一级故障（整条生产线停机）乙方应在30分钟内远程响应，2小时内到达现场，6小时内恢复生产；二级故障（单台设备或单项功能失效）2小时内响应，24小时内修复。
P:6.3 响应或到场每超时一小时，乙方向甲方支付人民币一千元；恢复超时的，每超时一小时支付人民币两千元。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的26%计取，即每年人民币447,200元，在甲方续签维保期间固定不变。
P:7.2 维保服务内容包括季度巡检、备件更换、程序优化及与质保期相同标准的故障响应。
P:7.3 维保合同按年签订，甲方可选择是否续签；乙方应至少在质保期届满前六十日书面提示甲方，并提交维保服务计划及备件清单。
H:第八条 数据与信息安全
P:8.1 生产线运行中产生的工单、工艺参数、产量、质量及设备数据均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方审批并使用甲方提供的专用通道，每次维护后关闭访问权限；不得在控制系统中预留后门或未经授权的远程连接。
P:8.3 因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内报告并采取补救措施，并赔偿甲方由此造成的全部损失。
P:8.4 合同终止或维保结束时，乙方应删除其持有的甲方数据副本并书面确认。
H:第九条 保密
P:9.1 乙方对甲方的产品结构、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限为合同终止后三年。
H:第十条 知识产权
P:10.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方及数据接口的知识产权归甲方所有，乙方应交付完整源程序，甲方可自行修改和使用。
P:10.2 产线监控软件标准产品的知识产权归乙方，甲方享有永久使用权。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 因乙方原因导致停产时间超过约定停产窗口的，乙方应赔偿甲方因此遭受的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:11.4 乙方交付的设备或软件存在重大缺陷、经两次整改仍不合格的，甲方有权拒收并要求退还相应款项。
H:第十二条 分包
P:12.1 乙方不得转包本合同。电气配线及桥架安装如需分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 乙方逾期交货超过四十五日的，甲方可不经催告直接解除合同。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一：改造技术方案；附件二：设备技术参数表。
P:甲方（盖章）：宁波舒梳电器有限公司    乙方（盖章）：苏州恒拓自动化工程有限公司
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
Z03 = """保龄球门店预约及会员管理系统服务合同

合同编号：XS-IT-2027-031

甲方：上海星速保龄运动连锁管理有限公司
乙方：成都云道软件有限公司

甲方在全国经营四十家保龄球体验门店。甲方拟采用乙方的门店预约及会员管理云服务（以下简称"云服务"），并委托乙方完成实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）乙方在服务期内向甲方四十家门店提供云服务，功能包括：
1. 线上预约与球道排期，支持小程序、门店前台及团体预订；
2. 会员注册、储值、积分、等级及优惠券管理；
3. 门店收银、鞋柜及球道计时计费；
4. 经营报表、会员分析及总部多门店管理看板；
5. 按门店、区域及总部设置分级账号权限。
（二）实施服务包括：系统配置、四十家门店逐店上线、历史会员数据迁移、与甲方财务系统及支付通道的接口对接、门店店长及前台人员培训。
（三）为甲方定制的报表、接口程序及配置方案，在本合同中称"定制成果"。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自全部门店上线验收合格之次日起算，第二个服务年度紧随其后。
（二）服务期满前三十日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，可多次续期。续期年度的服务费由乙方参照其当年公布的标准价格调整，上调幅度不超过上一服务年度服务费的8%，乙方书面通知甲方后即生效。

三、费用及支付
（一）云服务费按门店计收，每店每个服务年度人民币9,600元，四十家门店每个服务年度合计人民币384,000元，两个服务年度合计人民币768,000元。
（二）实施费为一次性费用人民币126,000元。
（三）本合同总金额为人民币894,000元（含税）。
（四）支付方式：
1. 实施费在全部门店上线验收合格后十五个工作日内一次性支付；
2. 云服务费按季度结算，甲方在每季度结束后十五日内支付该季度服务费；
3. 乙方应在每次付款前开具合规的增值税专用发票。
（五）服务期内新增门店的，按每店每个服务年度9,600元按月折算计费；门店关闭的，自次月起停止计费。
（六）除本合同约定的费用外，乙方不得以短信通道、存储空间或接口调用次数等名义另行收费。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成首批十家门店上线，一百二十日内完成全部门店上线。
（二）上线验收标准：
1. 第一条所列功能全部可用；
2. 迁移的会员数量、储值余额及积分与甲方原系统核对一致；
3. 高峰时段每店二十个终端同时操作，收银及预约提交响应时间不超过2秒；
4. 与财务系统及支付通道对账连续五日无差异。
（三）甲方在收到乙方验收申请后十日内组织验收，并出具书面验收意见。门店试用或开始收费不视为验收合格。
（四）乙方应为每家门店店长及前台人员提供不少于半天的现场或远程培训，并提供操作手册和教学视频；总部管理人员培训不少于两天。
（五）因乙方原因逾期完成全部门店上线的，每逾期一日，乙方向甲方支付人民币600元违约金。

五、服务水平
（一）云服务月度可用率不低于99.5%，按每月总分钟数扣除经甲方同意的计划维护时间计算。
（二）故障响应：
1. 一级故障（三家以上门店无法收银或预约）：15分钟内响应，2小时内恢复；
2. 二级故障（单店或单项功能异常）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及优化需求）：一个工作日内答复；
4. 乙方应提供7×24小时服务热线和在线工单系统。
（三）服务补偿：月度可用率低于约定值的，乙方按当月服务费的5%向甲方提供服务抵扣；低于98%的，按当月服务费的10%抵扣；一级故障恢复超时的，每超时一小时抵扣人民币500元。抵扣从下一期服务费中扣除。
（四）乙方应在每月十日前向甲方提交上月服务报告，列明可用率、故障记录、响应及恢复时间和应抵扣金额，经甲方确认后作为结算依据。
（五）乙方对云服务进行版本升级的，应提前七日通知甲方，升级不得降低已有功能和性能，不得在门店营业高峰时段进行。

六、甲方的义务
（一）甲方应指定项目负责人，协调各门店配合实施，按时提供门店清单、历史会员数据及接口资料。
（二）甲方应妥善保管其账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应按本合同约定按时支付费用。

七、数据安全
（一）乙方应将甲方数据存储于中国境内的数据中心，云服务平台应通过网络安全等级保护三级测评，对会员个人信息加密存储和传输，实行最小权限访问并保留操作日志不少于六个月。
（二）乙方应遵守《个人信息保护法》《数据安全法》。发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此给甲方造成的全部损失，包括甲方向会员的赔偿及监管罚款。

八、数据归属
（一）甲方的会员信息、预约记录、消费及储值数据属于甲方所有。
（二）甲方同意，乙方可将甲方数据经脱敏、汇总处理后，用于其产品改进及发布休闲娱乐行业经营分析报告，该等使用在本合同终止后仍可继续。
（三）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付甲方数据，随后删除其系统中的原始数据。

九、保密
双方对在合作中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求参与本项目的员工签署保密承诺书。本条在合同终止后三年内有效。

十、知识产权
（一）云服务平台的知识产权归乙方所有。
（二）定制成果的知识产权归甲方所有，乙方应交付定制接口的源代码及文档，甲方可自行修改或委托他人修改使用。
（三）乙方保证云服务及定制成果不侵犯第三方知识产权；因此引起的索赔由乙方负责处理并承担费用。

十一、责任限制
乙方在本合同项下的累计赔偿责任以本合同总金额的二倍为限，但因乙方故意、重大过失或违反第七条、第九条造成的损失不受此限。

十二、分包
乙方不得转包本合同。乙方将门店现场实施工作委托第三方的，须事先取得甲方书面同意，并对第三方的行为承担责任。

十三、合同解除
（一）乙方严重违约，或连续两个月可用率低于98%的，甲方可书面通知乙方在十五日内纠正；逾期未纠正的，甲方有权解除合同。
（二）合同解除的，甲方按实际服务期间结算服务费，实施费按已上线门店数量折算。
（三）合同解除或终止后，乙方应继续提供不少于三十日的只读访问及数据导出协助，不另收费。

十四、不可抗力
因不可抗力导致云服务中断或实施延误的，受影响方应及时通知对方并提供证明，可相应免除责任，但乙方应启用备份机房尽快恢复服务。不可抗力持续超过三十日的，甲方可解除合同并按实际服务期间结算。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交上海仲裁委员会按其仲裁规则仲裁。

十六、其他
本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、实施计划。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 + （一）)
Z04 = """临江市人行天桥结构健康监测系统
2027年度运维服务合同

项目编号：LJZC2026-FW-1187（竞争性磋商）
甲方（采购人）：临江市市政设施管理处
乙方（成交供应商）：江苏路桥智检科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临江市人行天桥结构健康监测系统2027年度运维服务事项，经协商一致，签订本合同。

第一条 服务范围
（一）运维对象：全市三十八座人行天桥的结构健康监测系统，包括应变、挠度、振动、倾角及温湿度传感器共一千一百二十个测点，现场采集箱七十六台，视频监控点一百一十四个，以及部署在甲方机房的监测预警平台软件。
（二）服务内容：设备日常巡检与维护、故障设备维修及更换（单件备件价格在人民币两千元以下的包含在服务费内）、传感器年度校准、平台软件维护与补丁更新、监测数据质量核查、预警值复核、月度监测报告及年度评估报告编制、汛期及重大活动期间的专项保障。
（三）服务期限：自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期，后续服务由甲方另行依法采购。

第二条 服务费用及支付
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为包干价，包括人工、交通、工具仪器、校准、小额备件、税费等全部费用。
（二）服务费按季度支付。每季度结束后，甲方按第四条进行季度考核，考核合格后十五个工作日内支付该季度服务费人民币121,500元。
（三）本合同不设预付款。乙方应在每次付款前开具合法有效的发票。

第三条 服务标准
（一）监测预警平台月度在线率不低于99.95%，各测点数据月度完整率不低于98%。
（二）故障分级及响应时限：
1. 一级故障（平台整体瘫痪、预警功能失效或三座以上天桥数据中断）：30分钟内响应，2小时内到达现场，8小时内恢复；
2. 二级故障（单座天桥数据中断或视频离线）：1小时内响应，次日内修复；
3. 三级故障（单个测点异常）：三个工作日内修复。
（三）乙方应设立7×24小时值班电话，并在甲方指定地点配备不少于三名驻场运维人员。
（四）乙方每半年应会同甲方组织一次应急演练，模拟平台中断及结构预警处置流程，并形成演练报告。
（五）乙方未达到上述服务标准的，甲方可书面要求乙方限期整改。考核结果作为甲方评价乙方服务质量的参考，不与服务费挂钩，甲方不因服务标准未达标扣减服务费，乙方亦不承担其他补偿责任。

第四条 考核与验收
（一）季度考核标准：巡检记录完整，覆盖全部天桥每季度不少于两次；在线率及数据完整率达到第三条要求；故障处理闭环率达到验收细则要求；月度报告按时提交并经甲方审核通过。
（二）年度验收：服务期满后十五日内，甲方依据年度运维台账、校准证书、年度评估报告及季度考核结果组织验收，出具书面验收意见。
（三）考核或验收不合格的，乙方应在十日内整改完毕并申请复核；复核合格后甲方再支付相应季度服务费。
（四）甲方可随时对乙方的巡检及故障处理情况进行抽查，乙方应如实提供记录并配合现场核验。

第五条 乙方的义务
（一）乙方应在合同签订后十日内完成系统交接，对全部设备进行一次全面检查，形成设备台账交甲方确认。
（二）乙方人员上桥作业应遵守交通管理及高处作业安全规定，设置警示标志，作业期间的人身安全责任由乙方承担。
（三）乙方发现结构监测数据超过预警值的，应立即电话报告甲方，并在2小时内提交书面分析意见。
（四）乙方更换的设备应与原设备型号相同或性能更优，并经甲方确认；换下的设备交回甲方，不得擅自处置。
（五）乙方应建立备品备件库，常用传感器、采集模块及网络设备的备件数量不少于在用数量的百分之五，并每季度向甲方报送备件清单。
（六）驻场运维人员须具备相应专业资格，其中至少一人具有结构工程或测绘专业中级以上职称；人员变更须提前七日书面报甲方同意。
（七）汛期、台风预警及重大活动期间，乙方应按甲方要求增派人员，实行全天轮班值守，每日报送天桥运行情况。
（八）乙方应于每月五日前提交上月监测报告，内容包括各天桥监测数据统计、预警事件、故障处理记录及设备状况，并于服务期满前提交年度评估报告。

第六条 甲方的义务
（一）甲方应向乙方移交系统竣工资料、设备清单、平台账号及历年监测报告，并提供必要的机房出入及上桥作业协调。
（二）甲方应及时审核乙方提交的报告，对乙方提出的设备大修或更新建议在十五个工作日内予以答复。
（三）单件价格在人民币两千元及以上的备件由甲方另行采购，乙方负责安装调试，不另收取安装费。

第七条 数据安全
（一）本系统的监测数据、视频图像、平台配置及运维记录均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的或向任何第三方提供。
（二）乙方远程访问平台须经甲方审批，通过甲方指定的堡垒机进行并全程留痕；不得私自复制、下载监测数据，不得在平台中安装未经甲方确认的软件。
（三）发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。

第八条 保密
乙方对在服务中知悉的天桥结构信息、监测数据、预警阈值设置及甲方内部资料负有保密义务，未经甲方书面同意不得对外披露或发布。保密义务不因合同终止而解除。

第九条 成果归属
乙方在服务期内编制的监测报告、评估报告、校准记录、平台配置文件及脚本的知识产权归甲方所有，甲方可自由使用和修改。

第十条 分包
乙方不得将本合同项下的服务转包或分包。

第十一条 违约责任
（一）乙方未按第五条（一）约定完成系统交接，或未按计划完成传感器年度校准的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不当造成设备损坏的，乙方应负责修复或赔偿。
（三）乙方违反第七条、第八条约定的，应赔偿由此给甲方造成的全部损失，甲方并可向有关主管部门报告。
（四）甲方逾期付款的，应按逾期金额每日万分之二支付违约金。

第十二条 合同的解除
合同履行期间，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。乙方违约的，甲方可要求乙方继续履行、采取补救措施或支付违约金，但不得以此为由解除合同。

第十三条 不可抗力
因台风、地震、洪涝等不可抗力导致服务中断的，乙方应及时通知甲方，并在影响消除后尽快恢复服务，补齐中断期间可追溯的监测数据。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。争议期间，乙方应继续履行本合同中不受争议影响的部分，不得中断监测服务。

第十五条 服务期满交接
服务期满或合同终止时，乙方应向甲方或甲方指定的新服务单位完整移交设备台账、备件、平台账号、配置文件、运维记录及技术文档，并提供不少于十五日的交接配合，交接期间乙方仍应按本合同标准提供服务。

第十六条 其他
（一）磋商文件、响应文件、成交通知书及乙方的服务承诺为本合同组成部分。
（二）本合同未尽事宜，双方可另行签订书面补充协议。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：临江市市政设施管理处        乙方（盖章）：江苏路桥智检科技有限公司
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
Z05 = """# 软件产品销售及定制开发合同

**鲁信云工软件标准合同文本（范本 V3.0）**

合同编号：LXYG-XS-2027-0219

- 甲方（买方）：淄博澄光琉璃艺术工作室
- 乙方（卖方）：山东鲁信云工软件有限公司

甲方因生产管理需要，购买乙方"云工坊生产工序追溯系统"软件产品，并委托乙方根据琉璃制品生产特点进行定制开发。双方依据《中华人民共和国民法典》，在平等自愿的基础上，就以下条款达成一致。

## 第一条 产品及服务内容

1.1 乙方向甲方提供"云工坊生产工序追溯系统"标准版软件许可一套（永久使用，授权用户数二十个，授权工位终端三十个）。

1.2 定制开发内容：琉璃制品从配料、熔制、吹制或灯工成型、退火、冷加工、彩绘到质检、包装的工序流转记录；窑炉温度曲线采集对接；单件作品二维码追溯；艺术家及学徒工时统计；订单交期看板。

1.3 实施内容：软件安装部署、基础数据初始化、工位终端配置及用户培训。

1.4 具体功能以乙方提供的《功能说明书》为准，《功能说明书》未列明的功能不属于本合同范围，甲方另行提出的需求按乙方人天单价另行计费。

1.5 标准版软件可运行于甲方自备的Windows或国产操作系统服务器，最低配置要求见《功能说明书》附录。

## 第二条 合同价款

2.1 本合同总价款为人民币叁拾肆万肆仟元整（¥344,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 云工坊生产工序追溯系统软件许可（标准版） | 1套 | 168,000 |
| 2 | 琉璃工序定制开发 | 1项 | 142,000 |
| 3 | 实施部署及数据初始化 | 1项 | 26,000 |
| 4 | 用户培训 | 1项 | 8,000 |
| | 合计 | | 344,000 |

2.2 上述价款不包括服务器、工位终端、扫码枪、窑炉温控模块等硬件，如需乙方代购，另行签订合同。

2.3 合同价款为含税价，税率按国家规定执行；国家税率调整的，价款作相应调整。

2.4 乙方人员赴甲方现场超过合同约定的人天数的，差旅费用由甲方承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价款的65%，即人民币223,600元。乙方收到该款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价款的35%，即人民币120,400元。

3.3 乙方收到款项后开具增值税普通发票；甲方需要增值税专用发票的，应在付款前书面告知乙方。

3.4 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付滞纳金，乙方并有权暂停服务直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到首期款后开始实施，预计在九十个工作日内完成定制开发及部署上线，具体进度以乙方项目计划为准。

4.2 因需求变更、甲方配合不及时或其他非乙方可控原因导致交付延迟的，交付期限相应顺延。因乙方原因导致交付延迟的，乙方应积极采取补救措施，双方协商确定新的交付日期。

4.3 甲方应为乙方提供必要的工作场地、网络环境及服务器，并指定专人配合需求调研及测试。

4.4 乙方派驻现场的实施人员合计不超过二十个人天，超出部分按每人天人民币一千二百元另行计费。

4.5 乙方为甲方提供一次集中培训，时长一天，培训对象不超过十人；甲方新增人员的培训另行计费。

## 第五条 验收

5.1 系统安装部署并上线运行后，即视为甲方验收合格。

5.2 甲方在系统上线后七日内未以书面形式提出异议的，或甲方已开始使用系统录入生产数据的，均视为验收合格。

5.3 甲方拒绝或拖延上线的，自乙方书面通知可以上线之日起满十日，视为系统已上线并验收合格。

5.4 验收合格后甲方提出的修改需求，按新增需求另行计费。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，内容为软件缺陷修复及远程技术指导。

6.2 免费维护期内，乙方在工作日通过电话、微信或远程桌面方式提供技术支持，并尽合理努力解决甲方反映的问题。

6.3 因甲方操作不当、擅自修改系统、硬件故障或网络原因导致的问题，不属于免费维护范围，乙方可按人天单价收取服务费。

6.4 免费维护期内，乙方每季度可提供一次远程巡检，巡检内容及时间由乙方安排。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，维护费按乙方届时公布的收费标准执行。

7.2 甲方未签订年度维护协议的，乙方不再承担任何维护义务，系统升级、补丁及远程支持均需另行付费。

7.3 乙方有权根据市场情况调整维护收费标准，并在其官方网站公布，调整后的标准适用于此后签订或续签的年度维护协议。

## 第八条 知识产权

8.1 本合同项下软件产品及乙方在定制开发过程中形成的全部程序、源代码、数据库设计、文档及相关成果的知识产权均归乙方所有。

8.2 甲方在合同价款付清后，获得在本单位内部使用上述软件及定制成果的非独占、不可转让的使用权，不得对其进行修改、反向工程或许可第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

8.4 甲方不得将软件安装于授权数量以外的终端；超出授权使用的，应按乙方报价补缴许可费。

## 第九条 数据安全

9.1 甲方在系统中录入和产生的生产数据、作品图片及订单信息归甲方所有，乙方不得用于履行本合同以外的目的。

9.2 乙方远程维护时应使用甲方授权的账号，采取访问控制、传输加密等安全措施，维护完成后及时退出；乙方不得擅自导出或留存甲方数据。

9.3 因乙方原因造成甲方数据泄露、损坏或丢失的，乙方应及时通知甲方并协助恢复，并赔偿由此给甲方造成的直接损失。

9.4 乙方应对其员工进行数据安全培训，并对员工违反本条约定的行为承担责任。

9.5 甲方应自行做好数据的日常备份工作。

## 第十条 第三方合作

乙方有权根据项目需要，将部分定制开发、实施及维护工作委托第三方完成，无需另行征得甲方同意。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 因不可抗力、第三方软件缺陷、网络攻击或政府行为导致合同不能履行的，乙方不承担责任。

11.3 乙方对甲方的间接损失、利润损失及数据恢复以外的其他损失不承担责任。

## 第十二条 合同解除

12.1 乙方严重违约致使合同目的无法实现，经甲方书面催告后三十日内仍未纠正的，甲方可以书面通知解除本合同。

12.2 甲方逾期付款超过三十日的，乙方有权解除合同，已收款项不予退还。

12.3 合同解除的，乙方已完成工作部分的费用甲方仍应支付。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章且乙方收到首期款之日起生效。

14.2 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

14.3 本合同一式两份，双方各执一份，具有同等法律效力。附件：《功能说明书》《项目实施计划》。

14.4 甲方签署本合同即表示已仔细阅读并理解本合同全部条款。

甲方（盖章）：                乙方（盖章）：山东鲁信云工软件有限公司

签订日期：    年  月  日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N + N.N)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PFS-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Henan Huaxu Feed Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhengzhou, Henan Province (the "Customer"), and Panhandle Feedworks Software LLC, a Texas limited liability company with its principal office in Perryton, Texas, United States of America (the "Vendor").
P:The Customer operates six compound-feed mills in Henan and Hebei provinces and wishes to replace its spreadsheet-based formulation and batching records with an integrated system. The Vendor develops and licenses feed-formulation, mill-execution and quality software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FeedWorks Formulation, Mill Execution and Quality modules in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts, data-migration tools and any other item written or configured by the Vendor specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.3.
P:1.4 "Customer Data" means formulas, ingredient prices, batch records, laboratory results, supplier and customer records and any other data entered into or generated by the Software at the Customer's sites.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's six mills and its head office, for up to eighty named users and six batching-control stations, for the Customer's internal business.
P:2.2 The Vendor shall install and configure the Software on servers provided by the Customer in its Zhengzhou data room, migrate the formula library and three years of batch history, build interfaces to the Customer's ERP system and to the batching PLCs at each mill, and train the Customer's staff.
P:2.3 The detailed functional requirements, interface list and project plan are set out in Annex 1 and Annex 2.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,838,000, inclusive of all taxes, made up of: Software licence fees CNY 1,280,000 (Formulation module CNY 620,000, Mill Execution module CNY 410,000, Quality module CNY 250,000); implementation and data migration CNY 356,000; ERP and PLC interfaces CNY 164,000; training CNY 38,000.
P:3.2 The Contract Price is fixed. It covers travel, living expenses of the Vendor's staff in China, third-party components and all warranty services.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price within 30 days after signature of this Agreement, against the Vendor's invoice and an advance-payment bank guarantee of equal amount issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 55% of the Contract Price within 30 days after the Installation Certificate is signed for all six mills. Signature of the Installation Certificate does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice. The Customer may set off any delay damages or credits due from the Vendor against any payment.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, migration and interfaces at all six mills within 150 days after signature.
P:5.2 Acceptance testing shall follow the test plan in Annex 2 and shall show that: (a) every function in Annex 1 works as specified; (b) the migrated formula library and batch history reconcile with the source records without error; (c) a least-cost formulation of 60 ingredients and 40 nutrient constraints solves within 5 seconds; (d) batch orders pass from the Software to each mill's PLC and batch results return to the Software correctly for 20 consecutive production days; and (e) no Severity 1 defect occurs during that period.
P:5.3 When the criteria in Article 5.2 are met, the Customer shall issue the Final Acceptance certificate within 10 working days. Installation, go-live, productive use of the Software or any payment shall not be deemed acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect at its own cost and the test shall be repeated. If the Software fails a second repeated test, the Customer may reject it and recover all amounts paid.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 for 18 months from Final Acceptance. During this period the Vendor shall correct defects, supply updates and new releases, and provide remote and on-site support free of charge.
P:6.2 During the warranty period the Vendor shall respond to a Severity 1 incident (a mill cannot batch, or formulation is unavailable to all users) within 1 hour, start remote diagnosis immediately and provide a workaround within 8 hours; Severity 2 incidents shall receive a response within 2 hours and a fix within 3 working days.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or paid on demand.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period the Customer may order annual support. The annual support fee is fixed at 11% of the Software licence fees, that is CNY 140,800 per year, and shall not increase during the first three support years.
P:7.2 Annual support covers the same services and response times as Article 6. Each support year is ordered by separate purchase order; support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them to others without restriction.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, transfer or disclose it for any other purpose.
P:9.2 Customer Data shall remain on the Customer's servers in China. The Vendor's remote access shall be made through the Customer's VPN with multi-factor authentication, approved for each session and logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, cooperate in remedying it and compensate the Customer for the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including formulas, ingredient costs and the Vendor's product roadmap, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 11 Delay Damages
P:11.1 If the Vendor fails to complete installation within the period in Article 5.1 or fails to achieve Final Acceptance within 90 days after installation for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 12 Limitation of Liability
P:12.1 Neither party is liable for indirect or consequential loss, except for breach of Articles 9 and 10.
P:12.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to death or personal injury, wilful misconduct, infringement claims under Article 8.3, or breach of Articles 9 and 10.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
P:13.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not cure it within 30 days after written notice, or if delay damages reach their maximum.
P:14.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered or rejected items, and the licences already granted for accepted modules shall continue.
H:Article 15 Force Majeure
P:15.1 A party is not liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate the affected part of this Agreement.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the State of Texas, United States of America, without regard to its conflict-of-laws rules.
P:16.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Amarillo, Texas, and each party submits to their jurisdiction.
H:Article 17 General
P:17.1 This Agreement is executed in English and Chinese; both versions are equally authentic. Notices shall be in writing and sent to the addresses stated above.
P:17.2 Annex 1: Functional Requirements and Interface List. Annex 2: Project Plan and Acceptance Test Plan. Annex 3: Support Procedures.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
E02 = """# ORDER FORM AND GENERAL TERMS

**Sierra Blanca Cloudworks, Inc. - FieldLoop Service Cloud**

Order Form No. SBC-OF-27-0311

## PART A - ORDER FORM

### A1. Parties

- **Vendor:** Sierra Blanca Cloudworks, Inc., a New Mexico corporation, 1020 Mechem Drive, Ruidoso, New Mexico, United States of America.
- **Customer:** Shaanxi Qinfeng Elevator Maintenance Co., Ltd., Gaoxin District, Xi'an, Shaanxi Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service and Term

A2.1 The Vendor shall provide the FieldLoop Service Cloud, a hosted field-service management application covering work-order dispatch, mobile technician apps, preventive-maintenance scheduling, spare-parts tracking, customer sign-off and management dashboards (the "Service").

A2.2 The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5 (the "Subscription Start Date"); the second starts on its first anniversary.

A2.3 The Subscription Term ends at the end of the second Subscription Year. Any further subscription requires a new Order Form signed by both parties. If the parties sign a new Order Form within 60 days before expiry, the unit prices in A3 shall continue to apply.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| FieldLoop subscription, Subscription Year 1 | 210 technician users | 1,140 per user per year | 239,400 |
| FieldLoop subscription, Subscription Year 2 | 210 technician users | 1,140 per user per year | 239,400 |
| Onboarding, configuration and data import (one-time) | 1 | 46,000 | 46,000 |
| **Total Contract Value** | | | **524,800** |

All amounts are in CNY and include VAT. Additional users may be added at the same unit price, pro rata for the remainder of the Subscription Year.

### A4. Invoicing and Payment

A4.1 The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice.

A4.2 Subscription fees are invoiced quarterly in advance, the first invoice on the Subscription Start Date, and are payable within 30 days of each invoice.

A4.3 No amount is payable before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

A5.1 The Vendor shall complete onboarding within 75 days after signature of this Order Form. Onboarding includes configuration of the Customer's work-order types, service areas and spare-parts catalogue, import of the Customer's 14,600 elevator asset records and maintenance history for two years, integration with the Customer's accounting system, and training of 12 dispatchers and 210 technicians.

A5.2 Go-Live Acceptance tests shall show that: (a) all asset records and open work orders are imported and reconcile with the Customer's source lists; (b) a work order created by a dispatcher reaches the assigned technician's mobile app within 10 seconds; (c) completed work orders with customer signatures post to the accounting system correctly for 10 consecutive working days; and (d) no Priority 1 incident is open.

A5.3 When the tests are passed the Customer shall sign a Go-Live Acceptance certificate. Use of the Service by the Customer's staff before that date is not acceptance.

A5.4 If onboarding is not complete within the period in A5.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 420 for each day of delay.

### A6. Order-Specific Terms

A6.1 Customer contact: IT Manager, Xi'an head office. Vendor contact: Account Director, Asia-Pacific.

A6.2 The Service shall be provided in simplified Chinese and English. Mobile apps shall support Android and iOS devices used by the Customer's technicians.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and content entered into the Service by or for the Customer, including asset records, work orders, customer names and addresses, photographs and signatures.

1.2 "Customer Configurations" means the workflows, forms, report templates and integration mappings set up for the Customer.

1.3 "Incident" means a failure of the Service to operate as described in its documentation.

### 2. Subscription Rights

2.1 The Vendor grants the Customer and its employees a non-exclusive right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Customer shall not resell the Service or use it to provide services to third parties other than its own customers.

### 3. Service Levels

3.1 The Service shall be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least 5 days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 The Vendor shall respond to Incidents as follows: Priority 1 (the Service is unavailable or work orders cannot be dispatched) within 30 minutes, with restoration within 3 hours; Priority 2 (a major function is impaired) within 2 hours; Priority 3 within one business day. Support is provided in Chinese and English at all times for Priority 1.

3.3 If monthly availability falls below the level in 3.1, the Customer shall receive a service credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to 50% of that month's fee. If a Priority 1 response is late, the Customer shall receive a credit of CNY 800 for each hour or part of an hour. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

3.4 The Vendor shall send a monthly service report showing availability, Incidents and credits due.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Vendor obtains no rights in Customer Data other than the right to process it to provide the Service to the Customer.

4.2 The Vendor shall not sell Customer Data or use it for any purpose other than providing the Service.

4.3 Within 30 days after the end of the Subscription Term the Vendor shall make Customer Data available for export in CSV format, and shall then delete it.

### 5. Confidentiality

5.1 Each party shall keep confidential all non-public information disclosed by the other party, including pricing, business plans and technical information, shall use it only for the purposes of this Agreement and shall not disclose it to any third party without the other party's prior written consent.

5.2 This Section does not apply to information that is public, already known to the recipient, or required to be disclosed by law. It continues for three years after the end of the Agreement.

### 6. Intellectual Property

6.1 The Service, its software and documentation remain the property of the Vendor.

6.2 Customer Configurations belong to the Customer. The Vendor shall deliver them in exportable form on request, and the Customer may use, modify and have them implemented by any third party without restriction.

### 7. Warranties

7.1 The Vendor warrants that the Service will perform materially in accordance with its documentation and that onboarding will be performed with reasonable skill and care.

7.2 The Vendor warrants that the Service does not infringe the intellectual property rights of any third party and shall defend the Customer against any such claim.

7.3 If the Service fails to meet the warranty in 7.1, the Vendor shall correct the failure promptly at no additional charge. Except as stated in this Section, the Vendor gives no other warranty, express or implied.

### 8. Limitation of Liability

8.1 Neither party is liable for loss of profit or for indirect or consequential damages.

8.2 The Vendor's aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

8.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

### 9. Subcontracting

9.1 The Vendor shall not subcontract the performance of the Service or onboarding to any third party without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.

### 10. Term and Termination

10.1 This Agreement continues until the end of the Subscription Term unless terminated earlier under this Section.

10.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach that is not remedied within 30 days after written notice or if Priority 1 Incidents occur in three consecutive months.

10.3 On termination for the Vendor's breach, the Vendor shall refund any prepaid fees for the period after termination.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an in accordance with its rules. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Agreement without the prior written consent of the other party.

12.2 Notices shall be in writing and sent to the contacts in A6.1. Any amendment requires a written document signed by both parties.

12.4 This Agreement is the entire agreement between the parties on its subject matter and replaces any earlier proposals. Any terms printed on the Customer's purchase orders or the Vendor's invoices have no effect.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

**Signed for the Customer:** ____________________  **Signed for the Vendor:** ____________________
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table, buyer's paper)
E03 = """T:Purchase Contract for Condition-Monitoring Sensors and Software
P:Contract No. NHP-EQ-2027-0057
P:Buyer: Guangdong Nanhai Paper Co., Ltd., Shishan Town, Nanhai District, Foshan, Guangdong Province, People's Republic of China.
P:Supplier: Tularosa Sensing Systems LLC, 2100 North White Sands Boulevard, Alamogordo, New Mexico, United States of America.
P:The Buyer operates two paper machines and a stock-preparation plant at its Foshan mill. It wishes to monitor the condition of its rotating equipment continuously. The Supplier manufactures wireless vibration and temperature sensors and licenses condition-monitoring software. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits, spare parts and documentation listed in Clause 3.
P:1.2 "Software" means the Supplier's VibraWatch condition-monitoring software, including its analytics engine, web interface and mobile alerts, with all updates supplied under this Contract.
P:1.3 "Project Deliverables" means the asset hierarchy, alarm thresholds and analytics rules configured for the Buyer, the integration adapters to the Buyer's distributed control system (DCS) and maintenance management system (CMMS), and the related documentation.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 6.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply and install 420 wireless sensors on 210 motors, pumps, fans, gearboxes and dryer-section bearings, and 28 industrial gateways covering the mill.
P:2.2 The Supplier shall grant the Buyer a perpetual, non-exclusive licence to use the Software for up to 600 monitored assets on servers at the Foshan mill.
P:2.3 The Supplier shall configure the Software, build and test the Project Deliverables, commission the system and train the Buyer's maintenance engineers and operators.
P:2.4 The Supplier shall deliver installation drawings, sensor location maps, user and administrator manuals in Chinese and English, and calibration certificates for every sensor before the site tests begin.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,980,000, including VAT, delivery to the Foshan mill, insurance and all duties, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors with mounting kits|420|2,150|903,000
TB:2|Industrial gateways with power supplies|28|9,800|274,400
TB:3|VibraWatch software licence, perpetual, 600 assets|1|486,000|486,000
TB:|Equipment and Software Subtotal|||1,663,400
TB:4|Installation and commissioning|1 lot|172,000|172,000
TB:5|DCS and CMMS integration|1 lot|118,000|118,000
TB:6|Training|1 lot|26,600|26,600
TB:|Contract Price|||1,980,000
P:3.2 The Contract Price is fixed and includes all services required by this Contract, including those during the warranty period.
P:3.3 The unit prices in Clause 3.1 apply to any additional sensors or gateways the Buyer orders within 24 months after Final Acceptance, and the Software licence may be extended to further assets at CNY 810 per asset.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price as an advance payment within 30 days after signature, against the Supplier's invoice and an advance-payment guarantee of equal value.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Equipment is installed and is not acceptance.
P:4.3 The Buyer shall pay the balance of 35% within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Foshan mill within 70 days after signature and complete installation within 40 days after delivery, during the planned shutdowns notified by the Buyer.
P:5.2 The Supplier's staff shall follow the Buyer's site safety rules, including lock-out procedures and hot-work permits.
P:5.3 The Equipment shall be new, of current manufacture and rated for the humidity and temperature of the dryer section.
P:5.4 The Supplier is responsible for export licences, packing suitable for sea and road transport, and customs clearance. Risk in the Equipment passes to the Buyer on signature of the Installation Certificate; title passes on payment under Clause 4.2.
H:6. Acceptance
P:6.1 After installation the Supplier shall carry out site tests under the test plan agreed with the Buyer.
P:6.2 Final Acceptance requires that: (a) all 420 sensors report to the Software with packet loss below 0.5% over 14 days; (b) vibration readings of 20 sample points agree with the Buyer's portable analyser within 5%; (c) alarms reach the DCS and create work orders in the CMMS correctly in every test case; (d) the system runs for 30 consecutive days without a Severity 1 incident; and (e) all documentation and training are complete.
P:6.3 Delivery, installation, commissioning, use of the system by the Buyer or any payment shall not be deemed acceptance.
P:6.4 When the requirements in Clause 6.2 are met, the Buyer shall sign the Final Acceptance certificate within 10 working days or state its reasons for refusal in writing.
P:6.5 If any test fails, the Supplier shall correct the cause at its own cost and repeat the test. If the system fails the repeated tests, the Buyer may reject the affected Equipment or the whole system and recover the amounts paid for it.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment, the Software and the Project Deliverables for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, including sensor batteries that fail, free of charge, and supply Software updates at no charge.
P:7.2 Severity 1 incidents (loss of monitoring on a paper machine or failure of alarm delivery) shall receive a response within 30 minutes and a remote fix or workaround within 6 hours; Severity 2 incidents shall receive a response within 2 hours.
P:7.3 For each full hour by which a Severity 1 response or fix is late, the Supplier shall pay the Buyer CNY 1,500, which the Buyer may deduct from any amount due.
P:7.4 The Supplier shall keep a stock of spare sensors and gateways in Guangdong during the warranty.
P:7.5 Sensor batteries shall last at least five years at the agreed sampling interval. Batteries that fail earlier shall be replaced by the Supplier free of charge, also after the warranty.
H:8. Support after the Warranty
P:8.1 After the warranty, the Buyer may order annual support covering the services in Clause 7. The annual support fee shall not exceed 8% of the Equipment and Software Subtotal, that is CNY 133,072 per year, and shall remain fixed for the first two support years.
P:8.2 Support is ordered year by year by purchase order and does not renew automatically.
H:9. Data Security
P:9.1 All measurement data, alarm histories, asset information and reports generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The system shall be installed on the Buyer's servers and network. Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's VPN and bastion host, and is logged. The Supplier shall not copy data outside the Buyer's network.
P:9.3 The Supplier shall report any security incident affecting the system within 12 hours, cooperate in its investigation and bear the losses caused by its own breach of this Clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's process data and mill layouts, and shall not disclose it to any third party without prior written consent. This obligation survives termination for five years.
H:11. Intellectual Property
P:11.1 The Software and the Equipment firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:11.2 The Project Deliverables belong to the Buyer. The Supplier shall deliver them with source code where applicable, and the Buyer may use, modify and license them freely.
H:12. Delay Damages
P:12.1 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Payment of delay damages does not release the Supplier from its obligation to complete the work or from its other obligations under this Contract.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation labour may be engaged only after such consent, and the Supplier remains responsible for it.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
P:15.2 On termination the Supplier shall refund amounts paid for Equipment or services not accepted.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:17. General
P:17.1 This Contract is signed in Chinese and English, both equally valid. Annex 1: Technical Specification. Annex 2: Site Test Plan. Annex 3: Training Plan.
P:17.2 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses above. Any change to this Contract must be agreed in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables)
E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: ARM-LX-2027-01

**Between**

1. **Zhejiang Lanxin Textile Co., Ltd.**, Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China (the "Customer"); and
2. **Animas River Managed IT, LLC**, a New Mexico limited liability company, 301 North Main Avenue, Aztec, New Mexico, United States of America (the "Provider").

**Background.** The Customer runs three weaving and dyeing plants in Shaoxing with a small internal IT team. It wishes to outsource the day-to-day operation of its servers, network and end-user support to the Provider for 36 months. The Provider operates a Chinese-language support centre in Hangzhou.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date stated in the Service Commencement Certificate signed under Section 3.3.

1.3 "Service Levels" means the levels in Schedule 2. "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data stored on, processed by or transmitted through the systems managed under this Agreement, including production schedules, dye recipes, customer orders, employee records and system logs.

## 2. Term

2.1 This Agreement starts on signature. The service period is 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the service period. The parties may extend it by a written amendment; any extension shall be at the same Charges unless the parties agree otherwise in writing.

## 3. Transition

3.1 The Provider shall carry out the transition described in Schedule 1 within 60 days after signature, including discovery of all in-scope assets, installation of monitoring tools, documentation of the network, handover from the Customer's IT team and set-up of the service desk.

3.2 Transition acceptance requires that: (a) all in-scope servers, switches, firewalls and wireless controllers are monitored and appear in the configuration database; (b) backup jobs for all production servers have run successfully for 10 consecutive days and one test restore of each critical system has succeeded; (c) the service desk has handled tickets from all three plants for 10 working days in a parallel run; and (d) run books for the Schedule 1 services are approved by the Customer.

3.3 When these criteria are met, the Customer shall sign a Service Commencement Certificate. Partial operation of the Services before that date is not acceptance.

3.4 If the Service Commencement Date is later than 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,600 for each day of delay.

## 4. Service Levels

4.1 The Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

4.2 If a Service Level is missed, the Provider shall grant the service credits set out in Schedule 2. Credits are deducted from the next monthly invoice. Service credits do not limit the Customer's other rights.

4.3 The Provider shall carry out a root-cause analysis for every Priority 1 incident and deliver it within 5 working days.

4.4 The parties shall hold a service review each month and a governance meeting each quarter. The Provider shall present service performance, open problems, planned changes, capacity trends and improvement proposals, and keep minutes of agreed actions.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. They are fixed for the service period and include all staff, tools, travel and the Provider's support centre costs.

5.2 The transition fee is invoiced after the Service Commencement Certificate is signed. The monthly service charge is invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days.

5.3 Each invoice shall show the period covered, the Charges, any service credits and any delay payments deducted, and shall be supported by the monthly service report.

5.4 No charge is payable in advance of the Service Commencement Date.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall keep Customer Data within mainland China, follow the Customer's security policies, use named accounts with multi-factor authentication for all administrative access, and keep audit logs for at least 180 days. The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 The Provider shall notify the Customer within 2 hours of detecting a security incident affecting Customer Data, take immediate steps to contain it, and compensate the Customer for the losses caused by the Provider's breach of this Section.

6.4 The Provider shall ensure that its staff with access to Customer Data are vetted, trained in data protection and bound by written confidentiality undertakings, and that access is removed on the day a person leaves the account.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This Section survives termination for five years.

## 8. Intellectual Property

8.1 Tools and methods used by the Provider before this Agreement remain the Provider's property.

8.2 Run books, network documentation, scripts and configurations created for the Customer belong to the Customer, which may use, modify and give them to any replacement provider without restriction.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 The Provider's total liability under or in connection with this Agreement shall not exceed the Charges paid by the Customer in the 9 months preceding the event giving rise to the claim.

9.3 Section 9.2 does not apply to death or personal injury or to wilful misconduct.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for the acts and omissions of any approved subcontractor as if they were its own.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the monthly service charge has been reduced by service credits in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the same rates, return all Customer Data and documentation, and then delete Customer Data held by it.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Shaoxing Arbitration Commission for arbitration in Shaoxing.

## 13. Force Majeure

13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters or public-health measures, provided it notifies the other party promptly and uses reasonable efforts to continue performance. The Provider's business continuity arrangements shall not be suspended by such events.

## 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent. Notices must be in writing. This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

## Schedule 1 - Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Service desk | Chinese-language phone, e-mail and portal support for 640 users, 07:00-23:00 on all days | All plants and head office |
| Server management | Monitoring, patching, backup and restore of 48 physical and virtual servers | Keqiao data room |
| Network management | Monitoring and configuration of 96 switches, 4 firewalls and 210 wireless access points | Plants A, B and C |
| End-user support | Desk-side support for PCs, printers and shop-floor terminals by two on-site engineers | Plants A and B, on call for C |
| Transition | Discovery, tooling, documentation, knowledge transfer and parallel run | All sites |

## Schedule 2 - Service Levels

| Measure | Service Level | Service credit if missed |
|---|---|---|
| Availability of core network and production servers | 99.95% per month | 5% of the monthly service charge for each 0.02 percentage point below, up to 25% |
| Priority 1 incident (a plant cannot produce or all users affected): response | Within 6 hours | CNY 2,000 for each hour late |
| Priority 1 incident: restoration | Within 10 hours | CNY 3,000 for each hour late |
| Priority 2 incident (one department or critical user affected): response | Within 8 business hours | CNY 500 for each hour late |
| Failed scheduled backup jobs not rerun within one business day | No more than 3 per month | 2% of the monthly service charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Service Commencement Certificate | 94,000 |
| Monthly service charge | CNY 58,500 per month x 36 months | 2,106,000 |
| Total contract value | | 2,200,000 |

All Charges include VAT.

**For the Customer:** ____________________  **For the Provider:** ____________________
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, numbered clauses)
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LEA-SUB-2027-118

PARTIES

Llano Estacado AgData, Inc., a New Mexico corporation with its office at 116 West First Street, Portales, New Mexico, United States of America ("Provider"); and

Shandong Haiyue Grain and Oils Trading Co., Ltd., Shibei District, Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Provider collects and licenses crop-condition, weather, planting-progress and yield-forecast data for peanuts, sorghum, cotton and other crops in the Americas, and makes it available through a web application and an application programming interface (the "API"). Customer trades and processes peanuts and edible oils and wishes to use Provider's data in its procurement and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets listed in Schedule A, as updated by Provider from time to time.

1.2 "Services" means access to the Licensed Data through the API and the web application, the setup services in Clause 4 and the support in Clause 6.

1.3 "Subscription Year" means the annual period starting on the Subscription Start Date, and the annual period starting on its first anniversary. The Subscription Term consists of two Subscription Years.

1.4 "Customer Data" means the queries, watch lists, portfolio positions, field boundaries and other data that Customer or its users submit to the Services.

1.5 "Customer Connectors" means the integration code, data mappings and dashboards built by Provider for Customer under Clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Licensed Data, to store it in Customer's internal systems and to use it for Customer's internal business, including reports to Customer's management, banks and auditors.

2.2 Customer may give access to up to 35 named users and may make up to 400,000 API calls per month. Customer shall not resell the Licensed Data or publish it in bulk.

2.4 Customer may quote individual figures from the Licensed Data in internal and client reports with attribution to Provider. Customer's affiliates in mainland China may use the Services within the user and call limits in Clause 2.2.

2.3 The Subscription Term ends at the end of the second Subscription Year. Any further subscription requires a new written agreement.

3. FEES AND PAYMENT

3.1 The fees are:
(a) setup and integration fee: CNY 64,000 (one time);
(b) Subscription Fee for Subscription Year 1: CNY 368,000;
(c) Subscription Fee for Subscription Year 2: CNY 368,000.
The total contract value is CNY 800,000, including VAT. API calls above the monthly allowance are charged at CNY 0.08 per call and are not included in the total contract value.

3.2 Provider shall invoice the setup and integration fee and the Subscription Fee for Subscription Year 1 together on signature of this Agreement. Customer shall pay that invoice within 15 days, and in any case before the setup work starts and before the Subscription Start Date.

3.3 Provider shall invoice the Subscription Fee for Subscription Year 2 thirty days before the start of that Subscription Year, payable on its first day.

3.4 Fees are fixed for the Subscription Term.

3.5 Provider shall issue valid VAT invoices through its authorised reseller in China. Each party bears its own bank charges.

4. SETUP AND ACCEPTANCE

4.1 Within 45 days after receiving the payment under Clause 3.2, Provider shall deliver the Customer Connectors: a connector loading the daily Licensed Data into Customer's data warehouse, mappings to Customer's commodity and region codes, and three dashboards for the procurement team.

4.2 Setup acceptance requires that: (a) the daily load runs on schedule for 10 consecutive business days; (b) record counts and sample values reconcile with the web application; (c) the dashboards refresh within 60 seconds; and (d) Customer's administrators have been trained.

4.3 When these tests are passed, Customer shall sign a setup acceptance note. The Subscription Start Date is the day after that note is signed. Use of trial data before that date is not acceptance.

4.4 If the Customer Connectors are not accepted within the period in Clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

4.5 Provider shall train up to eight administrators and the procurement team on the API, the web application and the dashboards, and shall supply written documentation of every field in the Licensed Data.

5. SERVICE LEVELS

5.1 The API and the web application shall be available 99.95% of each calendar month, excluding planned maintenance announced five days in advance and performed at weekends.

5.2 The daily data files shall be published by 06:00 Beijing time on each business day.

5.3 If availability falls below the level in Clause 5.1, Customer shall receive a credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point below, up to 25% of that monthly amount. If the daily files are published more than two hours late on more than two business days in a month, Customer shall receive a further credit of 3% of that monthly amount. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 Provider shall send Customer a monthly service report showing availability, publication times, incidents and credits due.

6. SUPPORT

6.1 Provider shall respond to a Priority 1 incident (the API or the daily data files are unavailable) within 1 hour at any time, and to a Priority 2 incident within one business day.

6.2 Support is provided in English and Chinese through a named account manager, e-mail and telephone.

6.3 Unresolved Priority 1 incidents shall be escalated to Provider's head of operations after two hours and reported to Customer every hour until resolved, with a written incident report within three business days.

6.4 If a Priority 1 response is late, Customer shall receive a credit of CNY 600 for each hour of delay.

7. SUBCONTRACTORS

7.1 Provider may engage subcontractors, data processors and hosting providers to perform any part of the Services, including the setup work, by giving Customer written notice identifying the subcontractor. Provider remains responsible for the performance of its subcontractors.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services to Customer and shall not use it to create products, analytics or benchmarks, whether or not aggregated or de-identified.

8.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access control and logging, shall host the Services for Customer on servers in mainland China, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

8.3 Provider shall notify Customer within 12 hours of any unauthorised access to or loss of Customer Data, take steps to contain it, and compensate Customer for losses resulting from Provider's breach of this Clause.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party, including Customer's positions and trading strategies, and shall not disclose it to third parties without prior written consent, during the Subscription Term and for five years afterwards.

10. INTELLECTUAL PROPERTY

10.1 The Licensed Data, the API and the web application remain the property of Provider and its licensors.

10.2 The Customer Connectors belong to Customer. Provider shall deliver their source code, and Customer may use, modify and license them without restriction.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or for loss of trading profit.

11.2 Provider's total liability under this Agreement shall not exceed 150% of the total contract value, except for breach of Clauses 8 and 9, wilful misconduct and personal injury.

11.3 Provider warrants that it has the rights needed to license the Licensed Data and shall defend Customer against any third-party claim that Customer's authorised use infringes that party's rights.

12. TERM AND TERMINATION

12.1 This Agreement ends at the end of the Subscription Term and does not renew automatically.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice. Provider shall then refund the fees paid for the period after termination.

12.3 After expiry or termination, Customer may keep and use Licensed Data already downloaded for its internal records.

12.4 Within 30 days after expiry or termination, Provider shall return all Customer Data in a common electronic format and then delete it from its systems, confirming the deletion in writing.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above.

14.2 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible. Fees for any period in which the Services are unavailable because of such an event shall be credited.

Schedule A - Licensed Data: crop-condition indices, daily weather observations and forecasts, planting and harvest progress, and yield forecasts for the regions listed by Provider.

Signed for Customer: ____________________    Signed for Provider: ____________________
"""


# ================================================================ labels and design
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
FILES = {
    "z01": "h1063z01_city_lighting_platform_licence.pdf",
    "z02": "h1063z02_massage_comb_line_control_retrofit.docx",
    "z03": "h1063z03_bowling_chain_booking_membership_saas.txt",
    "z04": "h1063z04_footbridge_monitoring_om_service.txt",
    "z05": "h1063z05_glass_studio_process_tracking_supplier_template.md",
    "e01": "h1063e01_feed_mill_software_licence_texas_vendor.pdf",
    "e02": "h1063e02_field_service_saas_order_form.md",
    "e03": "h1063e03_paper_mill_vibration_sensors_monitoring.docx",
    "e04": "h1063e04_textile_managed_it_services_36_months.md",
    "e05": "h1063e05_crop_data_api_subscription.txt",
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, war, pwf, auto, term,
                           sub, law, kind]))


G, S = "goods_or_licence", "service"
# price lines (must sum to the contract value) and, for goods, the TCO fee base
PRICES = {
    "z01": [1160000, 680000, 148000, 32000],
    "z02": [672000, 304000, 288000, 102000, 96000, 258000, 196000, 24000],
    "z03": [384000, 384000, 126000],
    "z04": [121500] * 4,
    "z05": [168000, 142000, 26000, 8000],
    "e01": [620000, 410000, 250000, 356000, 164000, 38000],
    "e02": [239400, 239400, 46000],
    "e03": [903000, 274400, 486000, 172000, 118000, 26600],
    "e04": [94000] + [58500] * 36,
    "e05": [64000, 368000, 368000],
}
FEE_BASE = {"z01": 1160000, "z02": 1720000, "z05": 168000, "e01": 1280000, "e03": 1663400}
assert sum([672000, 304000, 288000, 102000, 96000, 258000]) == 1720000
assert sum([620000, 410000, 250000]) == 1280000
assert sum([903000, 274400, 486000]) == 1663400

LABELS = {
    "z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                                True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2020000)),
    "z02": ("zh", "hardware", T(None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 26, False,
                                True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1940000)),
    "z03": ("zh", "cloud", T(99.5, 0.25, True, "buyer", True, False, True, 600 / 894000 * 100, 200, None, True, None,
                             None, None, True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=894000)),
    "z04": ("zh", "services", T(99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                False, False, False, None, S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000)),
    "z05": ("zh", "software", T(None, None, False, "supplier", True, True, False, None, None, 65, False, False, 6, None,
                                False, True, True, None, G),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=344000)),
    "e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11, False,
                                True, False, "Texas", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1838000)),
    "e02": ("en", "cloud", T(99.95, 0.5, True, "buyer", False, True, True, 420 / 524800 * 100, 6 / 24 * 100, None, True,
                             None, None, None, False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=524800)),
    "e03": ("en", "hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 8, False,
                                True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1980000)),
    "e04": ("en", "services", T(99.95, 6, True, "buyer", True, True, True, 1600 / 2200000 * 100, 9 / 36 * 100, None,
                                True, None, None, None, False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2200000)),
    "e05": ("en", "cloud", T(99.95, 1, True, "buyer", True, True, True, 500 / 800000 * 100, 150,
                             (64000 + 368000) / 800000 * 100, True, None, None, None, False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=800000)),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Amarillo, Texas courts

DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "e05": ["CR-PREPAYMENT", "CR-SUBCONTRACT"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "medium", "e05": "medium"}
# policy thresholds
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)


def tco_share(key):
    t, x = LABELS[key][2], LABELS[key][3]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(key):
    t, x = LABELS[key][2], LABELS[key][3]
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
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key)
        if sh is not None and sh > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ================================================================ threshold scan
NUMWORD = r"(?:%|％|\s*per\s*cent|\s*percent)"
PATTERNS = [
    r"(?<![\d.,])30(?:\.0+)?\s*" + NUMWORD, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十零一二三四五六七八九])四个?小时",
    r"four\s*-?\s*hours?",
    r"99\.90*(?!\d)", r"(?<![\d.,])0\.050*(?!\d)", r"万分之五(?![十点])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*" + NUMWORD, r"百分之(?:一)?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月|月份)", r"十二个?月", r"twelve\s*-?\s*(?:calendar\s*)?months?",
    r"(?<![\d.,])1\s*-?\s*years?\b", r"(?<![\d.,])1\s*年(?!\d)", r"一年", r"one\s*-?\s*years?\b",
    r"(?<![\d.,])15(?:\.0+)?\s*" + NUMWORD, r"百分之十五(?![一二三四五六七八九点])", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])40(?:\.0+)?\s*" + NUMWORD, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:per\s*cent|percent)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30 per cent", "百分之三十", "4小时", "4 hours", "within 4 hours", "4-hour", "four hours",
            "四小时", "四个小时", "99.9%", "99.90", "0.05%", "0.05 per cent", "万分之五", "100%", "100 percent", "百分之百",
            "12个月", "12 months", "12-month", "twelve months", "twelve calendar months", "十二个月", "一年", "one year",
            "1 year", "1年", "15%", "百分之十五", "fifteen percent", "40%", "40 per cent", "百分之四十"]
MUST_MISS = ["130%", "0.3%", "24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "0.08%", "0.055", "万分之八",
             "150%", "200%", "2.15%", "115%", "12 hours", "12 dispatchers", "第十二条", "2027年12月31日", "6 months",
             "18 months", "十八个月", "45%", "35%", "8%", "25%", "14 hours", "万分之五十", "2021年", "百分之四十五",
             "CNY 1,140", "0.5%"]
for m in MUST_HIT:
    assert RX.search(m), ("must hit", m)
for m in MUST_MISS:
    assert not RX.search(m), ("must miss", m, RX.search(m))


# ================================================================ read back
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


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary = {k: (FILES[k], FILES[k].rsplit(".", 1)[1]) for k in FILES if FILES[k].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in binary}, binary, OUT, wrap_words=True)
    for k, name in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(SOURCES[k].rstrip("\n") + "\n", encoding="utf-8")
            print("wrote", name)


def check_and_label():
    seen = set()
    for k, name in FILES.items():
        lang, cat, terms, extra = LABELS[k]
        assert name.startswith("h1063" + k + "_")
        assert sum(PRICES[k]) == extra["contract_value"], (k, sum(PRICES[k]))
        # labels never on a threshold
        tv = {"availability_pct": "avail", "p1_response_hours": "p1", "ld_rate_per_day_pct": "ld",
              "liability_cap_pct": "cap", "prepayment_pct": "prepay", "warranty_months": "warranty",
              "post_warranty_fee_pct": "pwf"}
        for key, th in tv.items():
            v = terms[key]
            assert v is None or abs(v - TH[th]) > 1e-9, (k, key, v)
        sh = tco_share(k)
        assert sh is None or abs(sh - TH["tco"]) > 2, (k, sh)
        rules = derive_rules(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        assert risk_of(rules) == RISK[k], (k, risk_of(rules))
        seen.update(rules)
        # text length and threshold scan on the built file
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        print("%s  %-62s %5d %s  rules=%s  risk=%s  tco=%s" % (k, name, n, "chars" if lang == "zh" else "words",
                                                              ",".join(r[3:] for r in rules) or "-", RISK[k],
                                                              None if sh is None else round(sh, 2)))
    assert seen == set(SEVERITY), sorted(set(SEVERITY) - seen)
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    print("all checks passed; rules covered:", len(seen))


if __name__ == "__main__":
    build()
    check_and_label()
