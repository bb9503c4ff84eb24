"""holdout598: builds ten blind held-out draft contracts (txt/md written directly, docx/pdf through ../word_pdf.py),
writes their .json labels, derives each draft's rules from its labels (own reading of policy §3), and asserts design
list, rule coverage, text lengths and the no-threshold checks. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:地质灾害监测预警平台采购合同
P:合同编号：ZRZY-CG-2025-0417    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市自然资源局    乙方（供应商）：某地信科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就地质灾害监测预警平台项目订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供地质灾害监测预警平台软件许可（永久许可，不限用户数），并完成监测预警模型、短信及应急广播接口的定制开发、数据接入部署和培训。
P:1.2 合同总价为人民币2,030,000元，其中：平台软件许可费1,160,000元；定制开发费684,000元；数据接入与部署费148,000元；培训费38,000元。合同总价为固定价格，包含税费、差旅及质保期内的全部服务费用。
P:1.3 平台须接入全市崩塌、滑坡、泥石流隐患点的位移、雨量、裂缝及含水率监测设备，接入监测点不少于2,000个。
H:第二条 交付期限
P:2.1 乙方应在合同签订后120日内完成部署并提交初验申请，在初验合格后进入90日试运行。
P:2.2 乙方应按甲方批准的实施计划分阶段交付，并每两周提交一次进度报告。
P:2.3 乙方应派驻项目经理一名及不少于五名实施工程师，项目经理须具有同类项目经验，未经甲方同意不得更换。乙方人员应遵守甲方办公场所及政务云机房的管理制度。
P:2.4 乙方应为甲方系统管理员及各区县监测员提供不少于六期培训，每期培训后进行操作考核，考核合格率应满足培训方案要求。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后，甲方支付合同总价的45%。
P:3.3 最终验收合格并签署验收报告后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，但不得无故拖延。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，以银行保函形式提交。履约保证金在质保期满且无未决事项后无息退还。
P:3.6 乙方未履行合同义务的，甲方有权从履约保证金中扣除相应款项，不足部分乙方应另行补足。
H:第四条 验收
P:4.1 初验标准：平台功能符合招标文件技术要求逐项测试通过；接入监测点数量及数据完整率达到合同要求；预警信息自阈值触发至短信、广播推送完成不超过60秒；在300个并发用户下页面响应不超过3秒。
P:4.2 最终验收标准：试运行期满，期间未发生一级故障；第三方机构出具的安全测评报告无高危问题；乙方提交源代码、接口文档、运维手册及培训记录。
P:4.3 验收由甲方组织，可邀请地质、信息化专家及区县监测站代表参加，验收结论以书面验收报告为准。
P:4.4 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第五条 质量保证与售后服务
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、故障处理、巡检及模型调优服务。
P:5.2 质保期内平台年可用率不低于99.95%。一级故障（平台整体不可用或预警推送中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:5.3 乙方响应或恢复超时的，每超时一小时扣减履约保证金1,000元；年可用率每低于约定值0.01个百分点，扣减2,000元。
P:5.4 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即104,400元），该价格在质保期满后三年内固定不变。维护合同由双方另行签订，不自动续期。
H:第六条 数据安全
P:6.1 平台采集、存储的全部监测数据、隐患点信息及预警记录均属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:6.2 乙方应按网络安全等级保护第三级要求落实安全措施，运维访问须经甲方审批并通过堡垒机进行，严禁将数据拷出甲方政务云环境。
P:6.3 乙方应对运维人员进行背景审查和安全培训，建立操作日志并至少保存六个月，供甲方随时检查。
P:6.4 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第七条 保密
P:7.1 乙方对履约中知悉的甲方工作秘密、地质灾害隐患分布及应急预案负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第八条 知识产权
P:8.1 为本项目定制开发的预警模型、接口程序、源代码及文档的知识产权归甲方所有。乙方平台原有软件的知识产权仍归乙方，乙方授予甲方永久使用许可。
P:8.2 乙方保证所交付的软件不侵犯第三方权利，否则由乙方承担全部责任。
P:8.3 乙方应在最终验收时向甲方交付定制部分的全部源代码及编译环境说明，甲方有权自行或委托第三方修改、升级和部署。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:9.2 乙方交付的产品不符合合同约定，经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项，乙方另行赔偿甲方损失。
H:第十条 分包
P:10.1 乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方承担违约责任。
P:11.2 乙方逾期超过60日的，甲方有权解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:12.3 争议处理期间，除争议事项外，双方应继续履行合同其他义务，乙方不得以争议为由中断平台运行或预警服务。
H:第十三条 其他
P:13.1 汛期（每年五月至九月）内，乙方应安排专人值守，遇强降雨等极端天气时配合甲方开展应急会商，并在甲方通知后两小时内提供平台运行情况报告。
P:13.2 乙方应遵守廉洁从业有关规定，不得向甲方工作人员提供任何形式的不正当利益，一经查实，甲方有权解除合同。
P:13.3 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：____年__月__日
"""

SRC["z02"] = """T:辊道窑燃烧控制系统改造及维保合同
P:合同编号：TC-JG-2025-062
P:甲方：某陶瓷有限公司（以下简称“甲方”）
P:乙方：某热工自动化工程有限公司（以下简称“乙方”）
P:甲方二号车间现有一条长度为218米的辊道窑，其温控、燃烧及传动控制系统老化，能耗偏高。经比选，甲方委托乙方实施控制系统改造并提供后续维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:乙方负责辊道窑PLC控制柜、温度及压力仪表、热电偶、传动变频器、烧嘴燃烧控制器的供货、更换、安装调试，并提供窑炉监控软件许可（永久许可）及定制控制程序，实现分区温度闭环控制、空燃比自动调节和能耗统计。乙方所供设备应为全新、未使用过的合格产品，主要部件品牌及型号以技术协议为准，未经甲方同意不得替换。
H:第二条 合同价款
P:合同总价为人民币1,290,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含冗余CPU及远程IO）|6面|386,000
TB:2|温度、压力仪表及热电偶|1批|214,000
TB:3|传动变频器|48台|168,000
TB:4|烧嘴燃烧控制器|1批|252,000
TB:5|窑炉监控软件许可（永久）|1套|136,000
TB:|软硬件小计||1,156,000
TB:6|安装调试（含拆除旧设备）|1项|118,000
TB:7|操作及维护培训|1项|16,000
TB:|合同总价||1,290,000
H:第三条 工期
P:乙方应在合同签订后45日内将设备运抵甲方现场。乙方应在发货前5日通知甲方，甲方安排卸货场地，设备开箱时双方共同检查外观及随机资料。改造须利用甲方计划停窑检修期施工，停窑时间不超过12天，具体日期由甲方书面通知。乙方应在停窑期内完成拆除、安装、接线及冷态调试，并在点火后10日内完成热态调试。
H:第四条 付款方式
P:4.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:4.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收不代表质量验收。
P:4.3 设备安装调试完成、窑炉点火恢复生产后15日内，甲方支付合同总价的45%。
P:4.4 乙方应在每期付款前开具增值税专用发票。
H:第五条 验收
P:5.1 窑炉连续稳定运行72小时后，甲方组织性能验收。验收标准：各温区实际温度与设定值偏差不超过±3℃；断面温差不超过5℃；单位产品燃气消耗较改造前三个月平均值下降不少于8%；控制系统无故障停机；报警、联锁功能逐项测试有效。
P:5.2 验收不合格的，乙方应在10日内整改并重新组织验收，由此产生的费用由乙方承担。
H:第六条 质量保证及维保
P:6.1 质保期为24个月，自性能验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 一级故障（窑炉停烧或控制系统整体失效）乙方应在1小时内响应，8小时内到场处理；二级故障在2小时内响应，48小时内到场处理。乙方响应或到场超时的，每超时一小时，甲方可扣减维保费或质保金800元。
P:6.3 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的8%计取，即每年92,480元，自质保期满后三年内不予调整。维保服务内容包括季度巡检、软件升级、备件更换（不含易损件）和7×24小时电话支持。
H:第七条 知识产权
P:为本项目编写的定制控制程序、组态画面及其源程序的知识产权归甲方所有，甲方可自行修改和使用。乙方监控软件原有部分的知识产权归乙方，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 窑炉运行数据、烧成曲线、配方及工艺参数均属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面批准，通过甲方提供的专用通道进行，操作全程留痕。乙方应采取病毒防护等措施，防止因调试计算机接入造成控制网络感染。
P:8.3 因乙方原因导致数据泄露、控制系统感染或生产中断的，乙方应立即报告并承担由此造成的损失。
H:第九条 保密
P:乙方对在甲方厂区内获悉的生产工艺、配方、成本等信息负有保密义务，不得向第三方披露，保密期限至合同终止后五年。
H:第十条 分包
P:乙方可将电气安装及桥架敷设工作分包给具有相应资质的单位，但应提前书面通知甲方分包单位名称。乙方对分包单位的工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 因乙方原因导致停窑期延长的，乙方除支付违约金外，还应赔偿甲方因此增加的停产损失。
P:11.3 甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 安全施工
P:乙方施工人员应遵守甲方安全生产管理制度，高温区域及动火作业须办理作业票。施工期间因乙方原因造成的人身伤害或财产损失，由乙方负责。
H:第十四条 技术资料与培训
P:14.1 乙方应在性能验收前向甲方移交电气原理图、接线图、PLC程序备份、组态工程文件、设备说明书及备品备件清单各两套（纸质及电子版）。
P:14.2 乙方应为甲方窑炉操作工、电工及工艺人员分别组织现场培训，培训内容包括系统操作、常见报警处理、参数调整和日常点检，培训结束后由甲方组织考核。
H:第十五条 项目管理
P:15.00 乙方施工结束后应清理现场，拆除的旧设备按甲方指定地点堆放。
P:15.0 乙方应在开工前提交详细施工组织设计，包括人员安排、工器具清单、旧设备拆除顺序、新旧系统切换步骤及回退预案。
P:15.1 乙方应指定具有窑炉自动化改造经验的项目经理常驻现场，每日向甲方设备部报告施工进度、安全情况及次日计划。
P:15.2 施工方案、停窑计划及动火方案须经甲方设备部和安环部书面批准后方可实施。施工中需变更方案的，乙方应书面申请，经甲方同意后执行，合同价款不因此增加。
H:第十六条 不可抗力
P:因地震、洪水、疫情管控等不可抗力导致合同不能按期履行的，受影响方应在事件发生后5日内书面通知对方并提供证明，履行期限相应顺延。不可抗力持续超过60日的，双方协商是否继续履行合同。
H:第十七条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十八条 其他
P:乙方应按甲方要求对本合同项下的设备投保运输险及安装工程险，保险费已包含在合同价款中。本合同附件包括技术协议、设备清单及验收方案，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

SRC["z03"] = """连锁门店订货及会员管理SaaS服务合同

甲方：某食品连锁有限公司（经营“麦香坊”烘焙门店55家）
乙方：某云零售软件有限公司

鉴于甲方需要为其55家门店及中央工厂统一建设订货、配送及会员管理系统，乙方以SaaS方式提供服务并负责实施，双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供门店订货、中央工厂生产计划、配送排线、会员积分、储值卡、小程序点单及经营报表等SaaS服务。
（二）乙方负责系统实施，包括基础资料初始化、55家门店收银及订货终端配置、原会员系统数据迁移、与甲方财务软件的接口对接和人员培训。
（三）服务期为两个服务年度，自上线验收合格之日起计算，第一个服务年度自上线验收合格之日起算，第二个服务年度自其届满次日起算。

二、费用及支付
（一）费用明细：
1. 门店订阅费：每店每服务年度4,800元，55家门店合计264,000元/服务年度；
2. 总部及中央工厂模块订阅费：56,000元/服务年度；
3. 实施费（一次性）：86,000元；
4. 会员数据迁移费（一次性）：24,000元。
两个服务年度合计订阅费640,000元，合同总价为750,000元。
（二）实施费及数据迁移费在上线验收合格后15个工作日内一次性支付。
（三）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（四）乙方应在收到付款前开具增值税专用发票，发票信息错误导致甲方不能抵扣的，乙方应重新开具。
（五）门店数量在服务期内增加的，新增门店按每店每服务年度4,800元按月折算计费。

三、实施与上线验收
（一）乙方应在合同签订后60日内完成实施并申请上线验收。
（二）上线验收标准：55家门店均能正常订货、收银及核销会员权益；原会员数据迁移后会员数、积分余额、储值余额与原系统核对无差异；小程序点单至门店接单不超过10秒；订货截单后30分钟内生成中央工厂生产计划；财务接口连续10日对账一致。
（三）系统试用、门店使用或甲方付款均不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日，向甲方支付违约金600元。

四、服务水平
（一）乙方承诺系统月可用率不低于99.5%，计划内维护须提前48小时通知甲方并安排在凌晨零点至五点进行。
（二）一级故障（全部门店无法收银或订货）乙方应在30分钟内响应，3小时内恢复；二级故障（部分门店或单一功能异常）2小时内响应，当日内解决。
（三）当月可用率低于承诺值的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障响应超时的，每次抵扣当月订阅费的3%。抵扣合计以当月订阅费为限。

（四）乙方应建立服务台，工作日8:00至22:00提供电话及在线支持，门店营业期间的紧急问题可通过值班电话报修。
（五）乙方每月5日前向甲方提交上月服务报告，内容包括可用率统计、故障清单、处理时长及改进措施。

五、续期
（一）服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。
（二）续期时乙方有权根据市场情况调整订阅费单价，涨幅不超过上一服务年度单价的8%，乙方应在续期前书面通知甲方调整后的价格。

六、数据安全与数据归属
（一）甲方的会员信息、订单、储值及经营数据均属于甲方所有，乙方仅为提供本合同服务处理上述数据，不得用于其他目的。
（二）乙方应按《个人信息保护法》要求对会员手机号等个人信息加密存储，实行最小权限访问，每日备份并异地保存。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。
（四）服务终止后30日内，乙方应按甲方要求导出全部数据并在甲方确认后删除。

七、保密
双方对在合作中获悉的对方商业秘密负有保密义务，包括甲方的配方、门店经营数据和会员营销方案，未经对方书面同意不得披露。本条在合同终止后三年内有效。

八、知识产权
乙方SaaS平台的知识产权归乙方所有。为甲方定制开发的报表、财务接口程序及小程序页面的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改和使用。

九、分包
乙方不得将本合同项下的实施服务分包，确需分包的，应事先取得甲方书面同意。

十、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露、侵犯知识产权及故意或重大过失造成的损失不受此限。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还未使用服务期间的订阅费。
（二）乙方连续两个月可用率低于承诺值的，甲方有权解除合同。
（三）合同解除或终止后，乙方应配合甲方将数据迁移至甲方指定的系统，迁移期间不少于30日，期间乙方应保持服务可用，不另收取费用。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十三、项目组织与培训
（一）乙方应指定项目经理一名，负责实施计划、门店切换排期及问题协调；甲方指定信息部负责人为项目联系人。
（二）乙方应分批完成55家门店的切换，每批切换应安排在门店闭店后进行，并在次日开店前完成数据核对，确保不影响门店正常营业。
（三）乙方应为门店店长、收银员、中央工厂计划员及总部财务人员分别提供培训，并提供操作手册和视频教程。
（四）服务期内系统版本更新，乙方应提前5个工作日通知甲方，涉及门店操作变化的应提供更新说明。

十四、不可抗力
因不可抗力或公共云基础设施大范围故障导致服务中断的，乙方应及时通知甲方并尽力恢复服务，双方可免除相应责任，但乙方应提供事件说明。

十五、通知与联系
（一）双方指定的联系人、电话及电子邮箱见合同附件。一方变更联系方式的，应在变更后3日内书面通知对方。
（二）与服务故障有关的通知可通过服务热线、工单系统或工作群发出，其他通知应以书面形式发出，送达对方联系地址即视为送达。

十六、门店设备与网络
（一）门店收银机、打印机、扫码枪等硬件及门店宽带由甲方自行负责，乙方应提供兼容设备清单及配置要求。
（二）门店网络中断时，系统应支持离线收银，网络恢复后自动上传交易数据，离线期间的交易数据不得丢失。
（三）乙方应协助甲方完成门店设备的初次安装配置和联调，不另收费。
（四）新开门店接入系统的，乙方应在收到甲方通知后3个工作日内完成开通配置和店员培训。

十七、其他
本合同附件包括服务说明、上线验收方案及门店清单，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

SRC["z04"] = """出入境自助签注设备及系统运维服务合同

合同编号：GA-CRJ-YW-2025-09
甲方：某市公安局
乙方：某安信息技术服务有限公司

甲方出入境管理支队在全市办证大厅、派出所及政务服务中心部署了自助签注一体机46台、自助受理终端12台及配套后台系统。为保障设备正常运行，甲方委托乙方提供年度运维服务。双方依据采购结果，订立本合同。

第一条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自然终止，甲方如需继续采购，应另行依法组织采购。

第二条 服务内容
（一）设备维护：对58台自助设备进行月度巡检、季度深度保养，包括证件阅读器、指纹仪、人脸采集模块、打印模块及UPS的检测、清洁和校准。
（二）系统运维：自助签注后台系统、设备管理平台的日常监控、补丁更新、日志分析，以及与出入境业务系统接口的运行保障。
（三）备品备件：乙方在本地储备常用备件，服务期内更换备件的费用已包含在合同价款中。
（四）驻场服务：乙方安排两名驻场工程师，工作日在出入境管理支队办证大厅驻场，节假日安排值班。
（五）年度升级：按上级公安机关要求，配合完成系统版本升级及证件版式调整。
（六）资产管理：乙方应建立设备资产台账，记录设备编号、安装位置、软件版本及维修履历，每季度与甲方核对一次。
（七）应急保障：在春节、暑期等出入境业务高峰期及重大活动期间，乙方应增派工程师现场保障，并提前制定应急预案报甲方备案。

第三条 合同价款及支付
（一）合同总价为人民币707,600元，其中：设备维护费257,600元（46台签注一体机及12台受理终端）；系统运维费168,000元；备品备件包干费96,000元；驻场服务费186,000元。
（二）运维费按季度支付。每季度结束后，甲方根据季度服务考核结果确认服务完成情况，在收到发票后15个工作日内支付该季度费用，即合同总价的四分之一。
（三）本合同不设预付款。

第四条 服务要求
（一）一级故障（办证大厅设备全部停用或后台系统中断）：乙方应在30分钟内响应，1小时内到达现场，6小时内恢复使用。
（二）二级故障（单台设备故障）：乙方应在1小时内响应，当日内修复或更换备机。
（三）乙方未达到上述时限的，甲方可要求乙方书面说明原因，并责令乙方限期整改。
（四）乙方每月提交运维报告，内容包括故障统计、巡检记录、备件更换情况及改进建议。
（五）乙方应设立7×24小时服务热线，受理甲方各办证点的报修，并对每次报修建立工单，记录报修时间、响应时间、到场时间、处理过程及结果，工单由甲方现场人员签字确认。
（六）乙方更换的备件应为原厂或经甲方认可的同规格产品，更换下的故障部件应登记后交甲方处理。

第五条 服务考核与验收
（一）甲方每季度按运维考核表对巡检完成率、故障处理记录、运维报告质量及驻场人员到岗情况进行考核，考核结果书面确认。
（二）服务期满后，甲方组织年度服务验收，验收标准为：全部巡检、保养记录完整；年度升级任务全部完成；故障均已闭环处理；设备资产台账与实物一致。

第六条 数据安全
（一）自助设备及后台系统中的出入境证件信息、指纹、人像及业务数据均属于甲方所有，乙方不得查询、复制、留存或用于任何其他目的。
（二）乙方人员须通过甲方政审，运维操作须在甲方指定终端上进行并全程审计，严禁使用移动存储介质，更换的存储部件须交由甲方统一销毁。
（三）发生数据泄露或安全事件的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）乙方不得通过互联网远程接入设备或后台系统，系统补丁及升级包须经甲方安全检测后，由乙方在甲方监督下现场安装。

第七条 保密
乙方及其人员对履约过程中接触的公安工作秘密、系统架构及业务数据负有保密义务，乙方应与驻场人员签订保密承诺书。保密义务不因合同终止而解除。

第八条 知识产权
乙方在运维过程中形成的巡检记录、运维脚本、配置文档及报告归甲方所有。

第九条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十条 违约责任
（一）乙方未按约定完成月度巡检、季度保养或年度升级任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员无故缺岗的，每人每日扣除驻场服务费800元。
（三）因乙方原因造成甲方数据泄露或设备损坏的，乙方应赔偿甲方全部损失。

第十一条 合同的履行与解除
本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除合同。乙方存在违约行为的，甲方可要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。

第十二条 人员管理
（一）乙方应为本项目配备项目负责人一名、驻场工程师两名及后备工程师不少于三名，人员名单及资质证明报甲方备案。
（二）驻场人员应遵守甲方办证大厅的工作纪律和着装要求，不得干预群众办证，不得接触未经授权的业务系统。
（三）甲方认为乙方人员不能胜任或违反管理规定的，有权要求乙方更换，乙方应在5个工作日内更换并重新备案。

第十三条 廉政要求
乙方及其人员不得以任何形式向甲方工作人员赠送礼品、礼金或提供其他不正当利益，并应签订廉政承诺书。乙方违反廉政要求的，甲方可将其列入不良行为记录，并依照政府采购有关规定处理。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 服务交接
（一）服务期开始前，乙方应与原运维单位及甲方共同完成设备清点、备件交接及技术资料移交，形成交接清单，由三方签字确认。
（二）服务期满或合同终止时，乙方应将设备资产台账、运维记录、配置文档、备件库存及账号权限完整移交甲方或甲方指定的单位，并在交接后30日内继续提供必要的技术咨询，不另收费。
（三）交接期间乙方不得删除或带走任何运维数据，不得修改设备管理密码。
（四）交接完成后，乙方应书面确认已交回全部门禁卡、工作证件、钥匙及甲方配发的终端设备。

第十六条 档案与报告
乙方应按甲方档案管理要求整理运维过程资料，每季度末报送季度运维总结，服务期满时报送年度运维总结报告，内容包括设备运行状况分析、故障趋势、备件消耗及下一年度维护建议。

第十七条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商延期履行或部分免除责任。

第十八条 其他
本合同未尽事宜，按采购文件及乙方响应文件执行。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. RB-CN-2025-118
P:This Software Licence and Services Agreement (the "Agreement") is made between Rheinblick Quality Systems AG, a company incorporated in Switzerland with its registered office at Aeschenvorstadt, Basel (the "Vendor"), and Jiangsu Hengrui Cold Chain Pharmaceutical Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanjing (the "Customer").
P:The Customer operates temperature-controlled warehouses and wishes to replace its paper-based quality records with the Vendor's quality management software, configured to its deviation, CAPA, change-control and supplier-qualification processes. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RB-QMS application suite, version 9, in object code, with its documentation and the updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the workflow configurations, forms, report templates, interface programs and related documentation produced by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including batch, temperature, deviation and personnel training records.
P:1.4 "Final Acceptance" means the Customer's written acceptance issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 350 named users at the Customer's sites in mainland China, including for backup, testing and disaster recovery.
P:2.2 The Customer may permit its affiliates and its contractors acting on its behalf to use the Software within the licensed number of users.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers, configure it to the approved design specification, build interfaces to the Customer's warehouse management system, ERP and temperature-monitoring system, migrate open quality records, and train key users and administrators.
P:3.2 The Vendor shall provide a named project manager and the consultants listed in the project plan. Key staff may be replaced only with the Customer's approval, which shall not be unreasonably withheld.
P:3.3 The Vendor shall complete installation and operational qualification within 90 days after the Effective Date and shall submit the system for Final Acceptance within 150 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 2,130,000, consisting of the Licence Fee of CNY 1,480,000, configuration services of CNY 420,000, interface development of CNY 186,000 and training of CNY 44,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay 20% of the total price within 20 days after signature of this Agreement and receipt of a valid invoice; 45% after the Customer signs off installation and operational qualification; and 35% within 20 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the Vendor's account stated in the invoice.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall follow the test protocol approved by the Customer. The Software passes when (a) every requirement in the design specification has been tested and passed, (b) the audit trail and electronic signatures work as specified, (c) migrated records reconcile with the source records without any unexplained difference, (d) all interfaces exchange data correctly for 15 consecutive working days, and (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 The Customer shall issue the Final Acceptance certificate or a written list of failures within 10 working days after the Vendor's notice of completion. The Vendor shall correct the failures and repeat the relevant tests.
P:5.3 Neither go-live, productive use nor any payment constitutes acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants for 18 months after Final Acceptance that the Software and the Custom Deliverables will perform in accordance with the documentation and the design specification. During this period the Vendor shall correct defects, provide updates and new releases and provide the support in Article 6.2 free of charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the Software is unavailable or quality records cannot be created) within 1 hour, 24 hours a day, and shall work continuously until a workaround is in place. Severity 2 incidents shall receive a response within 3 hours during business hours.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit CNY 1,500 against the next invoice or pay it on demand.
P:6.4 After the warranty period, the Customer may order annual support at 13% of the Licence Fee, being CNY 192,400 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them without restriction. The Vendor may reuse general know-how that does not contain Customer Data or Customer confidential information.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process it only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, with each remote session approved in advance. No Customer Data shall be copied outside the Customer's network. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, cooperate in the investigation and remediation, and is liable for losses resulting from its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information disclosed by the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:9.2 These obligations continue for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 3.3 for reasons within its control, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of approved subcontractors.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date").
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving notice describing the breach.
P:12.3 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the affected services, and the Customer may keep using the licence granted in Article 2 if the Licence Fee has been paid.
P:12.4 Articles 7, 8, 9, 10 and 14 survive any termination or expiry of this Agreement.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. Payment obligations are not excused.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the substantive law of Switzerland, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Swiss Rules of International Arbitration. The seat of arbitration is Basel, the tribunal shall consist of one arbitrator, and the language is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Design Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Protocol), is the entire agreement between the parties on its subject matter.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses stated above by courier or email with confirmation.
P:15.3 Neither party may assign this Agreement without the prior written consent of the other party, except that the Customer may assign it to an affiliate that takes over the licensed operations.
P:15.4 Each party shall comply with applicable anti-bribery laws and shall not offer or give any improper payment or benefit in connection with this Agreement.
P:15.5 This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# Order Form and General Terms — TradeSentinel Compliance Cloud

**Order Form No.** LX-OF-2025-0931

**Provider:** Moselgate Analytics S.à r.l., 12 rue Guillaume Kroll, Luxembourg, Grand Duchy of Luxembourg ("Provider")

**Customer:** Dongguan Weilian Electronic Components Co., Ltd., Dongguan, Guangdong, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Services

Provider will provide Customer with access to the TradeSentinel Compliance Cloud, a hosted service for screening customers, suppliers and shipments against sanctions, export-control and denied-party lists, classifying products under export-control regimes and keeping audit-ready screening records, together with the API Connector to Customer's ERP system and the onboarding services described in A4.

### A2. Subscription Term

The Subscription Term is thirty-six (36) months, starting on the date Customer signs the Go-Live Acceptance certificate under A4 (the "Subscription Start Date"). The Subscription Term consists of three "Subscription Years", each starting on the Subscription Start Date or on an anniversary of it. The Agreement does not renew automatically; any extension requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Compliance Cloud platform, 80 named users | annual | 268,000 | 804,000 |
| API Connector (ERP integration, up to 200,000 screenings per year) | annual | 42,000 | 126,000 |
| Onboarding services | one-time | — | 64,000 |
| **Total contract value** | | | **994,000** |

Screenings above the annual volume in the table are charged at CNY 0.35 each, invoiced quarterly in arrears. All fees include VAT and are payable in CNY.

### A4. Onboarding and Go-Live Acceptance

Provider will configure screening rules, import Customer's customer and supplier master data, build the API Connector and train Customer's compliance team. Provider aims to make the service ready for Go-Live Acceptance within 10 weeks after signature of this Order Form and will use reasonable efforts to meet that date. Go-Live Acceptance tests are: (a) screening of Customer's full master data with results reconciled against a sample reviewed by Customer; (b) the API Connector returns a screening result to the ERP within 5 seconds for 95 per cent of test transactions; (c) audit records are complete for every test screening; and (d) user roles work as designed. Customer signs the Go-Live Acceptance certificate when the tests are passed. Use of the service before that date for testing does not constitute acceptance.

### A5. Invoicing and Payment

The fees for each Subscription Year are invoiced on the first day of that Subscription Year. The onboarding fee is invoiced after the Go-Live Acceptance certificate is signed. Invoices are payable within 30 days after receipt of a valid VAT invoice issued by Provider's appointed billing agent in China.

### A6. Contacts

Customer: Head of Trade Compliance. Provider: Customer Success Manager, Asia-Pacific. Each party may change its contact by notice.

## Part B — General Terms

### 1. Provision of the Service

1.1 Provider will make the service available to Customer's authorised users during the Subscription Term in accordance with the documentation and this Agreement.

1.2 Provider will keep the screening lists up to date and will load changes to official lists within 24 hours after their publication.

1.3 Customer is responsible for its users' compliance with this Agreement and for keeping their credentials secure.

### 2. Service Levels

2.1 Provider will make the service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out outside 08:00 to 20:00 China Standard Time.

2.2 Provider will respond to Severity 1 incidents (the service or the API Connector is unavailable for all users) within 30 minutes, at any time, and to Severity 2 incidents within 2 business hours.

2.3 If monthly availability falls below the commitment in 2.1, Provider will credit Customer 5% of the monthly equivalent of the annual fees for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. If Provider misses a Severity 1 response time, it will credit 2% of the monthly amount for each incident. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

### 3. Customer Data and Security

3.1 All data that Customer or its users submit to the service, and all screening results and records generated from it ("Customer Data"), belong to Customer. Provider processes Customer Data only to provide the service to Customer and for no other purpose.

3.2 Customer Data is hosted in a data centre in mainland China operated by Provider's hosting partner under a level-3 MLPS record. Provider encrypts Customer Data in transit and at rest, restricts access to named staff, logs all access and performs an annual penetration test, the summary of which is provided to Customer.

3.3 Provider will notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take all reasonable steps to contain and remedy it, and is responsible for losses caused by its failure to comply with this Section 3.

3.4 Within 30 days after the end of the Subscription Term, Provider will return Customer Data in a standard format and then delete it, and will certify the deletion in writing.

### 4. Subprocessors

Provider will not engage any subprocessor or subcontractor to process Customer Data or perform the services without Customer's prior written consent. Provider's hosting partner named in the Order Form annex is approved by signature of this Agreement.

### 5. Intellectual Property

5.1 Provider retains all rights in the service, the software and the screening lists.

5.2 Screening rules, mappings, configurations and reports created for Customer belong to Customer, and Customer may use, modify and have third parties use them freely, also after the Subscription Term.

### 6. Confidentiality

Each party will treat the other party's non-public information as confidential, use it only for this Agreement and disclose it only to persons who need to know it and are bound by equivalent duties. This obligation survives for five years after the Agreement ends.

### 6A. Customer Responsibilities

6A.1 Customer will provide accurate master data, nominate a project lead and make its ERP team available for the API Connector work during onboarding.

6A.2 Customer remains responsible for its own compliance decisions. The service supports those decisions and does not replace Customer's review of potential matches.

### 7. Warranties

Provider warrants that the service will perform materially in accordance with the documentation and that the onboarding services will be performed with reasonable skill and care.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the nine months preceding the event giving rise to the claim.

8.3 The limits in this Section do not apply to breach of Section 3, breach of Section 6, or wilful misconduct.

### 9. Term and Termination

9.1 The Agreement runs for the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If Customer terminates for Provider's breach, Provider will refund any prepaid fees for the remaining period.

9.3 Sections 3.4, 5, 6 and 8 survive termination.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding on both parties.

### 10A. Changes to the Service

Provider may improve the service during the Subscription Term, provided that no change materially reduces its functionality, security or the service levels in Section 2. Provider will announce material changes at least 30 days in advance in the release notes and by email to Customer's contact.

### 11. General

11.1 Neither party may assign this Agreement without the other party's written consent.

11.2 Notices must be in writing and sent to the contacts in A6.

11.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible.

11.4 If any provision of this Agreement is held invalid, the remaining provisions remain in force.

11.5 This Agreement is executed in English in two counterparts.

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

SRC["e03"] = """T:Supply Agreement — Tank Farm Gas Detection and Level Monitoring System
P:Contract No. NTC-PUR-2025-0388
P:Buyer: Ningbo Tianhai Chemical Terminal Co., Ltd., Zhenhai District, Ningbo, People's Republic of China (the "Buyer").
P:Supplier: Scheldt Sensing NV, Noorderlaan, 2030 Antwerp, Belgium (the "Supplier").
P:This Agreement is made on the Buyer's standard terms for the supply of equipment and software. The Supplier has reviewed these terms and agrees to them without change.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission gas detectors, radar level sensors, wireless gateways and the Supplier's TankWatch monitoring software for the Buyer's tank farm, as specified in the Technical Annex.
P:1.2 The Supplier shall integrate the system with the Buyer's distributed control system and emergency shutdown alarms, and shall train the Buyer's operators and instrument technicians.
P:1.3 All equipment shall be new, certified for use in the hazardous areas shown in the Technical Annex, and accompanied by the explosion-protection certificates required in the People's Republic of China.
H:2. Price
P:2.1 The Contract Price is CNY 2,101,000, fixed and inclusive of VAT, duties, transport to site, insurance and all expenses, as set out below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Catalytic and infrared gas detectors|180|5,400|972,000
TB:2|Radar level sensors|64|7,800|499,200
TB:3|Wireless gateways|12|9,500|114,000
TB:4|TankWatch monitoring software, perpetual licence|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,903,200
TB:5|Installation, integration and commissioning|1|176,000|176,000
TB:6|Training|1|21,800|21,800
TB:|Contract Price|||2,101,000
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Buyer's site within 75 days after the date of this Agreement and complete installation and commissioning within 45 days after delivery.
P:3.2 Work on site shall follow the Buyer's permit-to-work system and hot-work rules. The Supplier's personnel shall attend the Buyer's safety induction before starting work.
P:3.3 Risk of loss passes to the Buyer on delivery; title passes on payment of the delivery instalment.
P:3.4 The Supplier shall pack the equipment for sea and road transport, mark each package with the contract number and tag numbers, and send a packing list and the certificates of origin and conformity with each shipment.
P:3.5 The Buyer shall provide power, cable routes, mounting points and access to the tanks as set out in the Technical Annex. Any delay caused by the Buyer extends the dates in clause 3.1 accordingly.
P:3.6 The Supplier shall deliver the commissioning records, loop-check sheets, calibration certificates, as-built drawings and operating manuals, in Chinese and English, before the start of the 30-day run.
H:4. Payment
P:4.1 No advance payment is made under this Agreement.
P:4.2 The Buyer shall pay 55% of the Contract Price within 30 days after delivery of all equipment and receipt of a valid VAT invoice. Delivery does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 45% of the Contract Price within 30 days after the Final Acceptance Certificate is signed.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 30 consecutive days. The Buyer shall issue the Final Acceptance Certificate when (a) every detector has passed a bump test with certified test gas, (b) level readings agree with manual dips within 3 mm on every tank, (c) alarms reach the control room and the emergency shutdown system within 2 seconds, (d) the software functions listed in the Technical Annex have been tested and passed, and (e) no Severity 1 fault has occurred during the run.
P:5.2 If a test fails, the Supplier shall correct the defect and repeat the test at its own cost. Installation, commissioning, use of the system or payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and software for 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective equipment, supply software updates and recalibrate sensors free of charge.
P:6.2 The Supplier shall respond remotely to a Severity 1 fault (loss of gas detection or level monitoring for any tank) within 30 minutes at any time, and shall have an engineer on site within 24 hours. For each hour by which the Supplier misses either time, the Supplier shall pay CNY 1,000.
P:6.3 After the warranty period, the Supplier shall offer annual support, including calibration, spare parts and software updates, at 7.5% of the Hardware and Licence Subtotal per year (CNY 142,740). This fee is fixed for three years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
P:6.4 The Supplier shall keep spare parts for the supplied equipment available for at least eight years after Final Acceptance and shall give the Buyer at least six months' notice before discontinuing any model, offering a compatible replacement.
P:6.5 Parts replaced under warranty are warranted until the later of the end of the original warranty period and six months after their replacement. The Supplier shall bear the cost of transport, customs clearance and travel for all warranty work.
H:7. Intellectual Property
P:7.1 The TankWatch software remains the Supplier's property and is licensed to the Buyer perpetually for use at the tank farm.
P:7.2 The tank configurations, alarm logic, interface programs to the distributed control system and project documentation prepared for the Buyer belong to the Buyer, who may use and modify them and have them modified by third parties.
H:8. Data Security
P:8.1 All process data, alarm records and tank inventory data generated by the system belong to the Buyer. The Supplier shall not use them except to perform this Agreement.
P:8.2 The system shall be installed on the Buyer's own servers. Remote access by the Supplier is allowed only through the Buyer's secure gateway, after approval for each session, and is logged.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or the Buyer's data that comes to its attention and shall be liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's terminal, including drawings, tank contents, customer names and safety systems, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of this Agreement.
H:10. Delay and Liability
P:10.1 If the Supplier fails to meet a date in clause 3.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under clause 10.1 reach their maximum.
H:12A. Insurance, Safety and Compliance
P:12A.1 The Supplier shall maintain public liability insurance and insurance for its personnel working on site, and shall provide certificates to the Buyer before work starts.
P:12A.2 The Supplier's personnel shall hold the qualifications required for electrical work in hazardous areas in the People's Republic of China. The Buyer may remove from site any person who breaches its safety rules.
P:12A.3 The Supplier shall comply with applicable export-control and anti-bribery laws in the performance of this Agreement.
P:12A.4 The Supplier shall dispose of packaging and waste from its work in accordance with the Buyer's environmental rules and shall not leave any material on site after commissioning.
H:12B. Training
P:12B.0 Training dates shall be agreed with the Buyer so that shift operations are not disturbed.
P:12B.1 The Supplier shall train up to 24 of the Buyer's operators and instrument technicians in two sessions at the Buyer's site, covering daily operation, alarm handling, bump testing, calibration and basic fault finding, and shall provide the training material in Chinese.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
P:13.2 Notices under this Agreement shall be in writing and sent to the addresses above. The Chinese and English versions of the Technical Annex have equal effect.
P:Annexes: Technical Annex; Site Layout; Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed Services Agreement — Snowmaking and Lift Control Network

**Agreement No.** AT-MSA-2025-027

**Provider:** Alpenwerk Systemtechnik GmbH, Innsbruck, Tyrol, Austria ("Provider")

**Customer:** Zhangjiakou Yunding Mountain Resort Co., Ltd., Chongli District, Hebei Province, People's Republic of China ("Customer")

## Section 1. Background and Scope

1.1 Customer operates a ski resort with 34 snowmaking pumping and compressor stations, 410 snow guns and 9 lifts. The control network connecting these installations to Customer's operations centre was built by Provider in an earlier project.

1.2 Provider will operate, monitor and maintain the control network, the snowmaking control servers and the lift monitoring workstations (the "Managed Environment") as described in Schedule 1, for a term of 36 months from the Service Commencement Date.

1.3 The services include 24x7 remote monitoring from Provider's operations centre, on-site support by a resident engineer during the winter season, preventive maintenance before each season, patch and backup management, and change management.

## Section 2. Transition and Service Commencement

2.1 Provider will complete the transition activities in Schedule 1 within 8 weeks after signature.

2.2 Service Commencement requires: (a) all devices of the Managed Environment registered in Provider's monitoring system; (b) alarm forwarding tested for every pumping station; (c) backups of every control server restored successfully in a test; and (d) operating procedures approved by Customer. Customer confirms Service Commencement in writing when these criteria are met; the date of that confirmation is the "Service Commencement Date".

2.3 If Service Commencement is delayed for reasons attributable to Provider, Provider pays CNY 1,800 for each day of delay.

2.4 During transition Provider will review the existing documentation, walk every pumping station with Customer's snowmaking supervisor, record firmware versions and agree the monitoring thresholds for pressure, temperature and water flow alarms.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The total contract value is CNY 2,184,000.

3.2 The transition fee is invoiced after Service Commencement. Monthly charges are invoiced quarterly in arrears. Invoices are payable within 30 days after receipt of a valid VAT invoice. No advance payment is due.

## Section 4. Service Levels

4.1 Provider will meet the service levels in Schedule 3. Service credits are calculated monthly and deducted from the next invoice.

4.2 Service credits do not limit Customer's other rights for breaches of this Agreement.

4.3 Provider will hold a monthly service review with Customer during the season and a quarterly review outside the season. Provider will present the service level report, open problems, planned changes and recommended improvements.

4.4 Changes to the Managed Environment follow the change procedure in the operating procedures. Emergency changes may be made by the resident engineer with the approval of Customer's duty manager and must be documented on the next working day.

## Section 5. Customer Data

All configuration data, operational data, logs and reports relating to the Managed Environment belong to Customer. Provider uses them only to perform the services and returns them to Customer at the end of the term.

At the end of the term Provider will hand over to Customer or its successor all passwords, configuration backups, monitoring templates and documentation for the Managed Environment, and will remove its monitoring agents if Customer so requests.

## Section 6. Confidentiality

6.1 Each party keeps the other party's confidential information secret, uses it only for this Agreement and discloses it only to staff and subcontractors who need it and are bound by written confidentiality duties.

6.2 The duty of confidentiality continues for three years after the end of this Agreement.

## Section 7. Intellectual Property

7.1 Provider's tools and monitoring software remain Provider's property.

7.2 Runbooks, network configurations, scripts and documentation created for Customer under this Agreement belong to Customer, who may use and modify them freely and give them to any successor provider.

## Section 8. Personnel and Subcontracting

8.1 Provider will assign a service manager and a resident engineer with experience of snowmaking control systems. The resident engineer is on site from 1 November to 31 March each season.

8.2 Provider may subcontract parts of the services, including on-site field work and the night-time monitoring desk, to third parties by giving Customer written notice at least ten days before the subcontractor starts work. Provider remains responsible for its subcontractors.

8.3 Provider's staff on site shall follow Customer's safety rules for work on the mountain, including rules for work near snow guns, lifts and high-pressure water lines, and shall carry the protective equipment Customer prescribes.

8.4 Customer may require the replacement of any member of Provider's staff who does not meet the agreed qualifications or breaches Customer's site rules.

## Section 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

9.2 The limit does not apply to personal injury, damage caused by wilful misconduct or gross negligence, or breach of Section 6.

## Section 10. Term, Renewal and Termination

10.1 This Agreement ends 36 months after the Service Commencement Date. It then renews for successive periods of six months at the same Monthly Charges unless either party gives notice of non-renewal at least 60 days before the end of the current period.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice, or if Provider misses the availability target in Schedule 3 in three consecutive months.

10.3 Customer may terminate for convenience after the first 24 months by giving 90 days' notice.

10.4 On expiry or termination, Provider will support the transfer to Customer or a successor provider for up to 60 days at the rates in Schedule 2.

## Section 9A. Reporting

9A.1 Provider will provide Customer with a monthly report showing incidents by priority, response and restoration times, availability, changes made, backups completed and open risks.

9A.2 Before each season, Provider will deliver a readiness report confirming that every pumping station has been tested, firmware is at the agreed baseline and spare parts are in stock at the resort. After each season, Provider will deliver a season review with recommendations for the off-season maintenance programme.

## Section 10A. Customer Responsibilities

Customer will provide Provider's staff with accommodation at the resort during the season, access to the Managed Environment, a workstation in the operations centre and timely decisions on changes. Customer will inform Provider of any work by other contractors that may affect the Managed Environment.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes are submitted to the Beijing Arbitration Commission for arbitration in Beijing.

## Section 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Neither party is liable for delay caused by events beyond its reasonable control, including extreme weather that prevents access to the mountain, provided that it informs the other party promptly and resumes performance as soon as possible.

12.3 Notices must be in writing and sent to the service manager and to Customer's head of mountain operations. Urgent operational matters may be notified by telephone and confirmed by email on the same day.

12.4 This Agreement, with its Schedules, is the entire agreement on its subject matter. Amendments must be in writing and signed by both parties.

## Schedule 1 — Managed Environment and Transition

| Element | Quantity | Transition activity |
|---|---|---|
| Pumping and compressor station controllers | 34 | inventory, firmware baseline, monitoring agent |
| Field switches and fibre ring | 52 switches | configuration backup, alarm forwarding |
| Snowmaking control servers | 4 | backup and restore test |
| Lift monitoring workstations | 9 | inventory, patch baseline |
| Operations centre firewall pair | 2 | rule review, logging |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) | Total (CNY) |
|---|---|---|---|
| Transition fee | one-time, after Service Commencement | 96,000 | 96,000 |
| Monthly Charge | 36 months | 58,000 | 2,088,000 |
| Total contract value | | | 2,184,000 |
| Exit support (optional) | per engineer-day | 4,200 | not included |

## Schedule 3 — Service Levels

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| P1 | snowmaking or lift monitoring unavailable at more than one station | 15 minutes | 3 hours | 5% of the Monthly Charge per hour late |
| P2 | one station affected | 1 hour | 8 hours | 2% of the Monthly Charge per hour late |
| P3 | no operational impact | next business day | 5 business days | none |
| Availability | control network, measured monthly during the season | 99.95% | — | 5% of the Monthly Charge per 0.1 point below target |
"""

SRC["e05"] = """PRECIOUS METALS AND FX REFERENCE DATA SUBSCRIPTION AGREEMENT

Agreement No. VZ-DS-2025-044

BETWEEN

Rheintal Reference Data AG, Städtle, 9490 Vaduz, Principality of Liechtenstein ("Provider"), and

Shenzhen Jinlong Jewellery Manufacturing Co., Ltd., Luohu District, Shenzhen, People's Republic of China ("Customer").

1. DEFINITIONS

1.1 "Data" means the gold, silver, platinum and palladium reference prices, foreign-exchange reference rates and related historical series that Provider makes available through the API.

1.2 "API" means Provider's application programming interface, including the streaming and request endpoints and their documentation.

1.3 "Subscription Year" means each of the two consecutive annual periods starting on the Production Access Date and on its first anniversary.

1.4 "Production Access Date" means the date on which Customer confirms in writing that the integration tests in clause 4 have been passed.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to receive the Data through the API and to use it internally for pricing, purchasing, hedging, inventory valuation and financial reporting.

2.2 Customer may display the Data to its employees and to its auditors. Customer shall not resell the Data or make it available to third parties as a data feed.

2.3 The Agreement ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a written amendment.

3. FEES AND PAYMENT

3.1 The fees are: subscription fee of CNY 420,000 for each Subscription Year, CNY 840,000 for both; and a one-time set-up and integration support fee of CNY 36,000. The total contract value is CNY 876,000, inclusive of VAT.

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The set-up fee is invoiced on the Production Access Date. Invoices are payable within 30 days.

3.3 Request volumes above 3 million calls per Subscription Year are charged at CNY 0.02 per thousand calls, invoiced at the end of the Subscription Year.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall provide test credentials within 5 business days after signature and shall support Customer's integration team by email and video conference.

4.2 The integration tests are passed when (a) Customer's pricing system receives streaming updates for all subscribed instruments with a latency below 2 seconds during a 10-business-day test period, (b) historical series are complete for the agreed instruments and dates, and (c) data delivered through the API matches Provider's published reference values on 20 sample days chosen by Customer.

4.3 Provider shall make production access available within 30 days after signature. If it fails to do so for reasons within its control, Provider shall pay CNY 700 for each day of delay.

4.4 Provider shall give Customer at least 60 days' notice of any change to the API that is not backward compatible and shall keep the previous version available for at least 90 days after the new version is released.

4.5 Provider shall provide documentation of the methodology for each reference price and rate, including sources, calculation time and rounding, and shall notify Customer of any change to a methodology at least 30 days in advance.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance and performed on weekends.

5.2 Provider shall respond to Severity 1 incidents (no Data delivered, or clearly wrong reference values published) within 8 hours after Customer reports them, and to Severity 2 incidents within two business days.

5.3 If monthly availability falls below the level in 5.1, Provider shall credit Customer 3% of the monthly share of the subscription fee for each 0.1 percentage point below that level. If Provider fails to respond to a Severity 1 incident in time, Provider shall credit 2% of the monthly share per incident. Credits are deducted from the next invoice or paid at the end of the term.

5.4 Provider shall publish corrections of wrong reference values through the API and notify Customer by email.

5.5 Provider shall publish a status page showing the current availability of each endpoint and any incidents in progress, and shall send Customer a monthly service report with availability, incidents and their resolution, and credits due.

5.6 Customer may report incidents by email or through Provider's support portal at any time. Provider shall give each reported incident a reference number and keep Customer informed of progress until it is resolved.

6. CUSTOMER DATA AND SECURITY

6.1 Customer's API keys, user accounts, request logs and any instrument lists or portfolios that Customer submits to the API ("Customer Data") belong to Customer. Provider shall use Customer Data only to provide the service to Customer.

6.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access limited to named support staff, and logging of all access. Provider shall keep request logs no longer than 90 days.

6.3 Provider shall notify Customer within 24 hours of any unauthorised access to Customer Data, take prompt measures to contain it, and shall be liable for losses caused by its failure to comply with this clause 6.

7. INTELLECTUAL PROPERTY

7.1 Provider and its sources retain all rights in the Data and the API.

7.2 Integration scripts, data mappings and reports written by Provider specifically for Customer during set-up belong to Customer, who may use, modify and license them freely.

7A. CUSTOMER OBLIGATIONS

7A.1 Customer shall keep its API keys secret, restrict their use to its own systems, and inform Provider without delay if it suspects that a key has been compromised.

7A.2 Customer shall not attempt to circumvent rate limits or use the API in a way that impairs the service for other customers.

7A.3 Customer shall keep records of the systems and users that receive the Data and, on reasonable request no more than once per Subscription Year, confirm in writing that its use complies with clause 2.

8. WARRANTIES

8.1 Provider warrants that it has the rights needed to grant the subscription and that the Data is compiled with reasonable care from the sources described in the documentation.

8.2 Customer remains responsible for its own pricing, trading and hedging decisions.

8.3 Provider shall correct any reference value that it finds to be wrong as soon as possible and shall, on request, provide Customer with an explanation of the cause and the measures taken to prevent recurrence.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential damages.

9.2 Provider's total liability under this Agreement is limited to 200% of the total contract value. This limit does not apply to wilful misconduct, gross negligence or breach of clause 6.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Provider shall not subcontract the operation of the API or any processing of Customer Data without Customer's prior written consent.

10.2 Neither party may assign this Agreement without the written consent of the other party.

10.3 Provider's sources of price and rate data are not subcontractors for the purposes of this clause, but Provider remains responsible to Customer for the Data it delivers.

11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice. Provider shall then refund the prepaid subscription fee for the remaining part of the Subscription Year.

11.2 Provider may terminate this Agreement if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

11.3 On expiry or termination, Customer shall stop using the API, delete the API keys and may keep Data already received and stored in its internal records before that date for audit, accounting and regulatory purposes, but shall not use it for new pricing decisions. Provider shall provide, on request, an export of Customer's request logs before deleting them.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules.

12A. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, including the failure of a public exchange or price source to publish its data, provided that the affected party informs the other party promptly and takes reasonable steps to resume performance.

13. GENERAL

13.1 Notices shall be given in writing to the addresses above, with a copy by email to the contact persons named in the set-up plan.

13.2 If any provision of this Agreement is found invalid, the other provisions remain in force and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.

13.3 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

SRC["z05"] = """# 智仓WMS软件许可及实施合同（标准文本 V4.0）

合同编号：ZC-WMS-2025-______

甲方（买方）：某酿造食品有限公司（豆腐乳包装厂）

乙方（卖方）：某智仓软件科技有限公司

本合同为乙方标准合同文本。甲方拟在其豆腐乳灌装、包装车间及成品仓库部署仓储管理系统，乙方同意按本合同约定提供软件许可及实施服务。

## 第一条 合同标的

1.1 乙方向甲方提供智仓WMS仓储管理系统软件许可（永久许可，含50个用户及40台手持终端授权）。

1.2 乙方根据甲方需求进行定制开发，包括：发酵批次及腌制周期追溯、玻璃瓶及坛装包材库位管理、先进先出及效期预警、与甲方ERP及称重系统的接口。

1.3 乙方负责系统安装部署、基础数据导入及用户培训。

1.4 软件许可仅限甲方在本合同约定的厂区内使用，甲方新增厂区或增加用户数、终端数的，应另行向乙方购买许可。

1.5 本合同所称“上线”，指系统在甲方仓库投入实际出入库作业，包括原料库、包材库及成品库。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智仓WMS软件许可（永久） | 1,200,000 |
| 2 | 定制开发 | 360,000 |
| 3 | 实施部署及培训 | 120,000 |
| | 合同总价 | 1,680,000 |

上述价格含税。手持终端、条码打印机等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即924,000元。

3.2 系统上线运行后，甲方支付合同总价的35%。

3.3 系统验收合格后，甲方支付合同总价的10%。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务。

## 第四条 实施与交付

4.1 乙方在收到首期款后90日内完成系统部署上线。

4.2 乙方逾期上线的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方未及时提供基础数据、场地或配合人员导致延期的，工期相应顺延。

4.4 乙方负责系统在甲方服务器上的安装部署，服务器、操作系统及数据库软件由甲方提供。甲方应按乙方提出的配置要求准备运行环境。

4.5 甲方应指定项目负责人及各仓库关键用户配合实施，负责确认业务流程、提供基础数据并组织内部培训。

## 第五条 验收

5.1 系统上线运行满30日后，甲方应组织验收。验收标准为：乙方提交的功能清单逐项测试通过；库存数据与实物盘点结果一致；ERP接口连续运行10日无数据丢失。

5.2 甲方应在乙方提交验收申请后7个工作日内组织验收，验收通过后签署验收报告。

## 第六条 免费维护期

6.1 系统免费维护期为6个月，自验收合格之日起计算。

6.2 免费维护期内，乙方提供远程技术支持及软件缺陷修复。乙方在接到甲方报修后，将尽快安排技术人员处理，具体处理时间视问题复杂程度而定。

6.3 因甲方操作不当、擅自修改系统或硬件故障引起的问题，不属于免费维护范围。

## 第七条 维护服务费

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年300,000元。

7.2 年度维护服务包括远程支持、软件缺陷修复及版本升级。现场服务另行按人天收费。

## 第八条 知识产权

8.1 乙方提供的软件及为甲方定制开发的全部功能模块、接口程序、报表及相关源代码，其知识产权均归乙方所有。

8.2 甲方在许可范围内享有非独占的使用权，不得对定制部分进行修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中产生的库存、出入库及批次数据归甲方所有。

9.2 乙方应采取访问控制、数据加密和定期备份等措施保护甲方数据安全，发生数据泄露的应在24小时内通知甲方，并对因乙方原因造成的损失承担赔偿责任。

9.3 甲方同意，乙方可在脱敏处理后将甲方的出入库及库存周转数据汇总用于乙方产品改进、行业分析及算法模型训练。

9.4 合同终止后，乙方应按甲方要求提供数据导出服务，导出服务按乙方当时的人天价格另行收费。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方不承担任何间接损失、利润损失或生产停顿损失。

11.2 乙方在本合同项下承担的全部赔偿责任，累计不超过合同总价的25%。

## 第十二条 合同解除

任何一方严重违约，经守约方书面通知后30日内未改正的，守约方有权解除合同。

## 第十三条 需求变更

13.1 甲方在实施过程中提出超出需求确认书范围的功能需求，视为需求变更。乙方应评估工作量并报价，经双方书面确认后实施，工期相应顺延。

13.2 需求确认书经双方签字后作为定制开发及验收的依据，甲方不得以未列入需求确认书的功能拒绝验收。

## 第十四条 培训

乙方应在系统上线前完成用户操作手册、管理员手册的编写并交付甲方，手册内容应与定制后的系统功能一致。

乙方为甲方提供两期集中培训，包括系统管理员培训及仓库操作人员培训，培训地点在甲方现场，超出部分另行收费。

## 第十五条 不可抗力

因不可抗力导致合同不能履行的，受影响方不承担违约责任，但应及时通知对方并提供证明。不可抗力包括地震、火灾、洪水、政府行为、疫情以及网络运营商大范围故障等情形。

## 第十六条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十七条 通知

双方之间的通知以书面形式发送至本合同首页载明的地址或联系人邮箱。系统故障报修可通过乙方客服热线或在线工单提交。任何一方变更地址或联系人的，应及时通知对方，未通知的，按原地址发送即视为送达。

## 第十八条 附件

本合同附件包括：附件一 需求确认书；附件二 功能清单；附件三 实施计划；附件四 软件许可证书。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。

## 第十九条 合同生效与变更

本合同经双方签字盖章后生效。对本合同的任何修改或补充，须经双方书面确认。乙方软件版本升级导致功能调整的，以乙方发布的升级说明为准。

## 第二十条 其他

本合同未约定的事项，以乙方发布的服务说明为准。本合同一式两份，双方各执一份，自双方签字盖章之日起生效，具有同等法律效力。

甲方（盖章）：　　　　　　　乙方（盖章）：
"""

# ---------------------------------------------------------------- design: file, format, category, kind, fee base, rules
N = None
T, F = True, False
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law"]
# values in KEYS order, then contract_kind
D = {
 "z01": dict(file="h598z01_geohazard_monitoring_platform.pdf", lang="zh", cat="software", value=2030000, base=1160000,
             t=[99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 9, F, T, F, "PRC"], kind="goods_or_licence",
             extra=dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F),
             rules=[]),
 "z02": dict(file="h598z02_ceramics_roller_kiln_control_retrofit.docx", lang="zh", cat="hardware", value=1290000,
             base=1156000, t=[N, 1, T, "buyer", T, T, T, 0.02, N, 20, T, F, 24, 8, F, T, T, "PRC"],
             kind="goods_or_licence",
             extra=dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F),
             rules=["CR-ACCEPTANCE", "CR-LD-LOW", "CR-SUBCONTRACT"]),
 "z03": dict(file="h598z03_bakery_chain_ordering_membership_saas.txt", lang="zh", cat="cloud", value=750000, base=N,
             t=[99.5, 0.5, T, "buyer", T, T, T, 600 / 750000 * 100, 200, N, T, N, N, N, T, T, F, "PRC"], kind="service",
             extra=dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F),
             rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
 "z04": dict(file="h598z04_exit_entry_endorsement_terminal_om.txt", lang="zh", cat="services", value=707600, base=N,
             t=[N, 0.5, F, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC"], kind="service",
             extra=dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F),
             rules=["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
 "z05": dict(file="h598z05_fermented_tofu_plant_wms_supplier_template.md", lang="zh", cat="software", value=1680000,
             base=1200000, t=[N, N, F, "supplier", T, F, T, 0.06, 25, 55, T, T, 6, 25, F, T, N, N],
             kind="goods_or_licence",
             extra=dict(sla_clause=F, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F),
             rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                    "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": dict(file="h598e01_qms_perpetual_licence_basel_vendor.pdf", lang="en", cat="software", value=2130000,
             base=1480000, t=[N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 13, F, T, F, "Switzerland"],
             kind="goods_or_licence",
             extra=dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F),
             rules=["CR-GOVERNING-LAW"]),
 "e02": dict(file="h598e02_trade_compliance_saas_order_form_luxembourg.md", lang="en", cat="cloud", value=994000,
             base=N, t=[99.95, 0.5, T, "buyer", T, T, T, N, 9 / 36 * 100, N, T, N, N, N, F, T, F, "PRC"],
             kind="service", extra=dict(sla_clause=T, ld_stated=F, acceptance_deemed_on_delivery=F),
             rules=["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
 "e03": dict(file="h598e03_tank_farm_gas_level_sensors_antwerp.docx", lang="en", cat="hardware", value=2101000,
             base=1903200, t=[N, 0.5, T, "buyer", T, T, T, 0.1, 200, N, T, T, 36, 7.5, F, T, F, "PRC"],
             kind="goods_or_licence",
             extra=dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F),
             rules=[]),
 "e04": dict(file="h598e04_ski_resort_snowmaking_network_managed_services.md", lang="en", cat="services",
             value=2184000, base=N,
             t=[99.95, 0.25, T, "buyer", F, T, T, 1800 / 2184000 * 100, 150, N, T, N, N, N, F, T, T, "PRC"],
             kind="service", extra=dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F),
             rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
 "e05": dict(file="h598e05_precious_metals_fx_data_api_vaduz.txt", lang="en", cat="cloud", value=876000, base=N,
             t=[99.95, 8, T, "buyer", T, T, F, 700 / 876000 * 100, 200, N, T, N, N, N, F, T, F, "PRC"],
             kind="service", extra=dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F),
             rules=["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
}
PRICE_SUMS = {"z01": [1160000, 684000, 148000, 38000], "z02": [386000, 214000, 168000, 252000, 136000, 118000, 16000],
              "z03": [264000 * 2, 56000 * 2, 86000, 24000], "z04": [257600, 168000, 96000, 186000],
              "z05": [1200000, 360000, 120000], "e01": [1480000, 420000, 186000, 44000],
              "e02": [804000, 126000, 64000], "e03": [972000, 499200, 114000, 318000, 176000, 21800],
              "e04": [96000, 58000 * 36], "e05": [840000, 36000]}

THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(d, terms):
    if terms["contract_kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = years * terms["post_warranty_fee_pct"] / 100 * (d["base"] or d["value"])
    return fees / (d["value"] + fees) * 100


def derive(d, terms, extra):
    """Own reading of policy §3 applied to the labels."""
    r = set()
    goods = terms["contract_kind"] == "goods_or_licence"
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not terms["acceptance_clause"] or terms["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or terms["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d, terms)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if terms["governing_law"] not in (None, "PRC") or d.get("foreign_forum"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# ---------------------------------------------------------------- threshold scan
THRESH_RE = re.compile(
    r"(?<![\d.,])99\.9(?!\d)|(?<![\d.,])4(?:\.0)?\s*(?:hours?|hrs?|h\b|小时|個小時)|(?<![\d.])0\.05(?!\d)|万分之五(?!十)"
    r"|(?<![\d.,])(?:100|30|15|40)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之(?:三十|十五|四十|一百)(?![\d一二三四五六七八九])"
    r"|(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月|個月)|十二个月|twelve[\s-]*months?|四小时|四个小时|four\s*hours",
    re.I)
MUST_HIT = ["99.9%", "4 hours", "4小时", "0.05%", "万分之五", "100%", "30 %", "15 per cent", "40%", "百分之三十",
            "12 months", "12个月", "十二个月", "twelve-month", "four hours", "四小时", "12-month"]
MUST_MISS = ["99.95%", "24 hours", "24小时", "0.055", "115%", "130%", "45%", "2,130,000", "0.08%", "120 days",
             "万分之五十", "212 months"]


def scan_ok():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), s
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_ok()
    targets = {k: (d["file"], d["file"].rsplit(".", 1)[1]) for k, d in D.items() if d["file"].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, d in D.items():
        if k not in targets:
            (OUT / d["file"]).write_text(SRC[k], encoding="utf-8")
    covered = set()
    problems = []
    for k, d in D.items():
        assert sum(PRICE_SUMS[k]) == d["value"], k
        terms = dict(zip(KEYS, d["t"]))
        terms["contract_kind"] = d["kind"]
        extra = dict(d["extra"])
        extra["contract_value"] = d["value"]
        rules = derive(d, terms, extra)
        if rules != sorted(d["rules"]):
            problems.append((k, "rules", rules, d["rules"]))
        covered |= set(rules)
        for key, th in THRESH.items():
            if terms[key] is not None and abs(terms[key] - th) < 1e-9:
                problems.append((k, "threshold", key))
        share = tco_share(d, terms)
        if share is not None and abs(share - 40) <= 2:
            problems.append((k, "tco near 40", share))
        text = read_back(OUT / d["file"])
        if d["lang"] == "zh":
            n = len(text)
            if not 2750 <= n <= 3000:
                problems.append((k, "length zh", n))
        else:
            n = len(text.split())
            if not 1450 <= n <= 1650:
                problems.append((k, "length en", n))
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH_RE.search(form)
            if m:
                problems.append((k, "threshold text", form[max(0, m.start() - 20):m.end() + 10]))
                break
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if not rules or set(rules) <= LOW else "low"))
        label = {"file": d["file"], "language": d["lang"], "category": d["cat"], "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (d["file"].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                   encoding="utf-8")
        print(k, d["file"], n, rules, risk, "" if share is None else "TCO share %.2f" % share)
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
