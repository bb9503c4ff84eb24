"""holdout980: builds the ten blind held-out drafts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), writes
their .json labels and asserts the checks of the brief (sums, lengths, thresholds, rules derived from the labels,
coverage). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H980Z01 = """T:市交通运输局机动车维修电子健康档案平台采购合同
P:合同编号：JTYS-ZFCG-2027-0316
P:采购人（甲方）：某市交通运输局
P:供应商（乙方）：杭州车安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就机动车维修电子健康档案平台项目达成如下合同条款。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供机动车维修电子健康档案平台软件许可（含维修记录上传、车辆维修档案查询、维修企业画像、监管预警四个子系统）一套，许可为永久使用许可，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括与省级汽车维修电子健康档案系统的数据对接、与本市道路运输管理系统的企业资质接口、车主端微信小程序查询功能、维修质量投诉闭环处理模块。
P:1.3 乙方负责平台在甲方政务云环境中的部署、历史数据导入、系统联调和操作培训，并配合甲方完成等级保护测评和商用密码应用安全性评估。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾陆万元整（¥2,160,000），为固定总价，包含以下各项：
P:（1）平台软件许可费：¥1,180,000；
P:（2）定制开发费：¥720,000；
P:（3）部署实施及数据导入费：¥196,000；
P:（4）培训费：¥64,000。
P:2.2 合同总价已包含乙方完成本项目所需的全部人工、差旅、税费及质保期内的全部服务费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 甲方付款以财政资金拨付进度为准，因财政审批流程产生的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发，并提交初步验收申请。
P:4.2 乙方应按甲方批准的实施计划每两周提交一次进度报告，说明已完成工作、存在问题及下一阶段安排。
P:4.3 乙方应组建不少于八人的项目团队，其中项目经理须具有五年以上政务信息化项目经验，驻场人员名单经甲方确认后不得擅自更换；确需更换的，应提前十个工作日书面申请并经甲方同意，接替人员资历不得低于原人员。
P:4.4 乙方应为各区县交通运输管理部门和本市一类、二类维修企业代表提供操作培训不少于六场，并提交培训教材、操作手册和常见问题解答，培训效果以甲方组织的抽查考核为准。
H:第五条 验收
P:5.1 初步验收标准：全部功能符合招标文件技术要求和需求确认书；省级系统对接连续十个工作日上传数据完整、无丢失、无重复；车主端查询在500并发用户下平均响应时间不超过2秒；不存在一级、二级缺陷。
P:5.2 初步验收合格后平台进入九十日试运行，试运行期间未发生一级故障，且已取得等级保护测评报告和密码应用安全性评估报告的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥106,200，该价格在质保期满后前三年内保持不变。维护合同逐年签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、数据库性能、接口运行和安全补丁情况，并向甲方提交巡检报告；省级系统接口标准调整的，乙方应在调整生效前免费完成适配。
P:6.4 乙方设立全天候服务热线、远程支持通道和专属服务群，并指定一名服务经理负责质保期内的服务协调和月度服务报告。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意。
P:7.2 一级故障（平台整体不可用或数据上传中断）乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障2小时内响应，次一工作日内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每迟延一小时扣减服务费¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款项从质保金或应付款中抵扣。
H:第八条 知识产权
P:8.1 平台产品的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的接口程序、小程序、投诉闭环模块及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码。甲方可自行或委托第三方修改和使用。
P:8.3 乙方保证其提供的软件不侵犯第三方权利，因侵权引起的全部责任由乙方承担。
H:第九条 数据安全
P:9.1 平台中的维修记录、车辆信息、企业信息和车主个人信息均属于甲方，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，对敏感字段加密存储和传输，运维访问须通过甲方堡垒机并留存审计日志，不得将数据复制到甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失及行政处罚由乙方全额承担。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、业务信息和系统配置负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务在合同终止后继续有效五年。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方提供的服务不符合合同约定，经甲方书面通知后十日内仍未改正的，甲方有权委托第三方改正，费用由乙方承担。
H:第十二条 分包
P:12.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方；经同意分包的，乙方仍对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或存在其他根本违约且在甲方书面通知后十五日内未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明。不可抗力影响持续超过六十日的，双方可协商变更或解除合同。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书、需求确认书及双方确认的实施计划为本合同组成部分，如有不一致，以本合同条款为准，本合同未约定的以招标文件为准。双方往来通知以书面形式送达合同首页所列地址。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:代表签字：                        代表签字：
"""

H980Z02 = """T:和面机生产线控制系统改造合同
P:合同编号：HM-GZ-2027-008
P:甲方（买方）：山东鲁麦食品机械有限公司
P:乙方（卖方）：济南控创自动化工程有限公司
P:甲方为提升和面机装配及测试生产线的自动化水平，委托乙方对其六条生产线的控制系统进行改造，包括控制设备供货、控制程序开发、上位机监控软件许可及安装调试。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除六条生产线原有继电器控制柜，更换为PLC控制柜，加装触摸屏操作终端、伺服驱动及电机、称重配料模块，并部署上位机监控软件，实现设备状态采集、配方下发、产量统计和报警管理。
P:1.2 乙方负责电气设计、PLC及触摸屏程序开发、上位机监控画面组态、与甲方现有ERP系统的工单接口开发，以及现场安装、接线、调试和操作培训。
P:1.3 改造应分线实施，每条线停线时间不超过五日，具体停线计划由甲方生产部确认。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾捌万陆仟元整（¥1,486,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控制器、I/O模块、低压电器）|6套|98,000|588,000
TB:2|触摸屏操作终端|6台|14,500|87,000
TB:3|伺服驱动器及伺服电机|12套|21,000|252,000
TB:4|称重配料模块|6套|19,500|117,000
TB:5|上位机监控软件许可（永久）|1套|168,000|168,000
TB:|设备及软件小计|||1,212,000
TB:6|电气设计及程序开发|1项|52,000|52,000
TB:7|安装调试|1项|196,000|196,000
TB:8|操作及维护培训|1项|26,000|26,000
TB:|合同总价|||1,486,000
P:2.2 上述价格含运输、保险、安装、税费及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 合同总价的5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
P:3.5 乙方每次收款前应开具等额增值税专用发票。
H:第四条 交付与安装
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方工厂，并在合同生效后一百二十日内完成六条生产线的改造和调试。
P:4.2 乙方现场作业应遵守甲方安全生产管理制度，动火、登高和带电作业须办理作业票。因乙方原因造成的人身或财产损失由乙方承担。
P:4.3 乙方提供的设备应为全新原厂正品，主要元器件品牌和型号以技术协议为准，不得以翻新件或同等替代品代替；确需变更的，应事先取得甲方书面确认，且性能不得低于原定型号。
P:4.4 乙方应在每条线停线前完成离线程序测试和控制柜出厂检验，并提交检验记录，以缩短现场停线时间。每条线改造完成后，乙方应派工程师跟班保产三个班次，及时处理调试中发现的问题。
P:4.5 乙方应为甲方设备部和各班组提供操作及维护培训，内容包括触摸屏操作、配方管理、常见报警处理和程序备份恢复，培训不少于十六课时，培训合格人员名单由甲方确认。
H:第五条 验收
P:5.1 单线验收：每条生产线改造完成后连续试生产五个班次，设备动作符合工艺要求，称重配料误差不超过±0.5%，报警信息可在上位机准确显示，产量统计与人工记录一致，即为单线验收合格。
P:5.2 最终验收：六条生产线全部单线验收合格并稳定运行三十日，ERP工单接口数据核对无误，乙方交付电气图纸、程序备份、操作手册和培训记录后，甲方组织最终验收并签署验收报告。
P:5.3 设备到货、安装完成或甲方投入生产使用，均不视为验收合格。验收过程中甲方可抽查控制柜接线、接地及元器件型号，发现与技术协议不符的，乙方应免费更换。验收不合格的，乙方应在十日内整改，整改后重新验收。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换和程序修改由乙方免费负责。
P:6.2 故障响应：一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到达现场，当日内恢复生产；二级故障（单台设备故障或报警误报）2小时内响应，次日内解决。
P:6.3 乙方未在上述时限内响应或到场的，每迟延一小时向甲方支付¥500；因乙方原因导致停线超过约定恢复时限的，每超过一小时再支付¥800。
H:第七条 质保期后维保
P:7.1 质保期满后，甲方可选择与乙方签订年度维保合同。年度维保费按设备及软件小计的8%计取，即每年¥96,960，该价格在质保期满后三年内固定不变。
P:7.2 年度维保内容包括每季度一次预防性巡检、PLC及上位机程序备份、易损件更换指导以及与质保期内相同的故障响应。维保合同逐年签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目开发的PLC程序、触摸屏画面、上位机组态工程文件和ERP接口程序，其知识产权归甲方所有，乙方应在最终验收时交付全部源程序和注释文档。甲方可自行修改或委托第三方维护。
P:8.2 上位机监控软件平台及第三方控制器固件的知识产权归其权利人所有，甲方享有永久使用权。
P:8.3 乙方保证所提供的设备、软件和程序不侵犯任何第三方的专利权、著作权或其他权利；如发生侵权纠纷，由乙方负责处理并承担全部费用，给甲方造成损失的，乙方应予赔偿。
H:第九条 数据安全
P:9.1 生产线运行数据、配方参数和产量数据属于甲方，乙方仅可为调试和维保目的访问，不得用于其他任何目的。
P:9.2 乙方远程维护须经甲方设备部逐次审批，通过甲方指定的VPN接入，维护结束后立即断开；乙方应对工程电脑进行病毒查杀，不得在控制网络中接入未经检查的移动存储介质。
P:9.3 因乙方原因导致控制系统感染病毒、配方数据丢失或被篡改的，乙方应在2小时内通知甲方，协助恢复，并赔偿由此造成的停产损失。
H:第十条 分包
P:10.1 乙方可以将现场安装、布线和控制柜搬运等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过四十五日，或改造后的生产线两次验收不合格，或存在其他重大违约且经甲方书面催告后十日内未改正的，甲方有权解除合同，要求乙方返还已付款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交济南仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件一为技术协议，附件二为停线计划，与本合同具有同等效力。
P:甲方（盖章）：                乙方（盖章）：
P:日期：                        日期：
"""

H980Z03 = """墨韵书院连锁门店预约及会员管理系统服务合同

合同编号：MY-SaaS-2027-02
甲方（客户）：上海墨韵书院教育科技有限公司
乙方（服务商）：成都约课云科技有限公司

甲方经营软笔书法培训连锁门店共40家。甲方拟使用乙方的“约课云”预约及会员管理系统（以下简称“系统”），并委托乙方完成上线实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方提供系统，功能包括课程排课与学员预约、会员卡及课时包管理、储值与消费记录、教师课时统计、家长端小程序、门店经营报表。
2. 订阅范围为甲方40家门店，每家门店不限后台账号数，家长端用户数不设上限。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店、教室、课程体系、收费标准和教师档案的建立。
2. 乙方负责将甲方现有表格及旧系统中的会员、课时余额和储值余额导入系统，并与甲方逐店核对。
3. 乙方为甲方定制“作品展示”和“考级报名”两个小程序页面，以及总部经营分析报表模板。
4. 乙方对总部运营人员和各门店店长、前台进行操作培训，每家门店至少一次。
（三）持续服务
1. 服务期内乙方免费提供系统版本升级，重大升级应提前十日通知甲方，并提供更新说明和培训视频。
2. 乙方为甲方指定一名客户成功经理，每月提交服务报告，内容包括可用率、故障处理、需求处理进度和使用情况分析。
3. 甲方新开门店的，可按本合同单价增加订阅，按剩余服务期折算费用；门店关闭的，自下一季度起相应减少订阅费。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。
（二）服务期满前三十日，任何一方均未书面提出异议的，本合同自动续展一个服务年度，可多次续展。续展期间，乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续展生效前通知甲方新的价格。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每服务年度人民币4,650元，40家门店每服务年度合计人民币186,000元，两个服务年度合计人民币372,000元。
2. 实施费：一次性人民币58,000元。
3. 本合同服务期内费用合计人民币430,000元（含税）。
（二）支付方式
1. 实施费在系统上线验收合格后十五个工作日内一次性支付。
2. 订阅费按季度支付，每季度首月十日前支付当季订阅费，即每季度人民币46,500元。第一个季度的订阅费在系统上线验收合格后支付。
3. 乙方应在收款前开具增值税普通发票。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：
1. 40家门店的排课、预约、签到、消课流程全部可正常使用；
2. 导入的会员数量、课时余额、储值余额与甲方提供的核对表逐条一致；
3. 家长端小程序可完成预约、取消预约、查看课时和作品展示；
4. 总部报表的营收、消课和续费数据与抽查门店的手工统计一致。
（三）甲方应在收到申请后十个工作日内组织验收，并出具书面验收意见。系统试用或部分门店先行使用，不视为验收合格。
（四）验收不合格的，乙方应在七日内整改完毕并重新提交验收申请，整改期间计入实施工期。
（五）上线后第一个月为重点保障期，乙方应安排实施顾问在甲方总部驻场不少于十个工作日，并在每个门店完成首周消课核对，发现课时或储值差异的，乙方应在两个工作日内查明原因并更正。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在晚间二十二时至次日六时之间，并提前三日通知甲方。
（二）故障等级及响应：
1. 一级故障（全部门店无法登录、预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，次一工作日内解决；
3. 三级问题（咨询及优化建议）：一个工作日内答复。
（三）数据备份：乙方每日对甲方数据进行全量备份，备份保存不少于三十日，并每季度进行一次恢复演练，演练结果报甲方备案。
（四）服务补偿：月度可用率低于承诺值的，每低0.5个百分点，按当月订阅费的5%给予服务抵扣；一级故障未按时恢复的，每次抵扣当月订阅费的3%。当月抵扣总额不超过当月订阅费。

六、数据
（一）甲方及学员、家长在系统中产生的会员信息、预约记录、消费记录和作品图片等数据（以下简称“甲方数据”）归甲方所有。
（二）乙方可以对甲方数据进行去标识化处理后形成统计数据，用于乙方产品功能改进、行业经营分析报告及向其他客户提供的对标服务，该使用权在本合同终止后继续有效。
（三）数据安全：乙方系统已通过网络安全等级保护第三级测评，甲方数据在境内机房存储，传输和存储均加密；乙方对运维人员实行最小权限管理并保存操作日志。未成年学员的个人信息应按监护人同意的范围处理。
（四）发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失。
（五）合同终止后三十日内，乙方应按甲方要求导出全部甲方数据交付甲方，并在甲方确认后删除系统中的甲方数据。

七、知识产权
（一）系统及其后续升级的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、报表模板及甲方提供的课程体系资料，其知识产权归甲方所有，甲方可自由使用和修改。

八、保密
双方对在合作中获知的对方商业信息、价格和经营数据承担保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

九、违约责任
（一）乙方逾期完成上线实施的，每逾期一日，按本合同费用合计的千分之一向甲方支付违约金。
（二）乙方导入数据错误导致会员课时或储值余额差错的，乙方应负责更正，并赔偿甲方因向会员补偿而产生的实际损失。
（三）甲方逾期支付费用超过三十日的，乙方可暂停服务，但应提前七日书面通知甲方。

十、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。经甲方同意的分包单位应遵守本合同关于数据和保密的约定，乙方对分包单位的行为承担连带责任。

十一、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）因乙方原因导致连续两个月可用率低于承诺值的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，协商不成的，提交上海仲裁委员会仲裁。

十三、不可抗力
因不可抗力或电信运营商网络大面积中断导致服务中断的，受影响方应及时通知对方，并尽力减少损失，该期间不计入可用率考核，但乙方未按本合同做好备份和容灾的除外。

十四、其他
双方的通知以书面形式发送至本合同首页所列联系人及电子邮箱，发出后次一工作日视为送达。本合同附件包括《实施计划》《门店清单》和《数据导入核对表》。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签署日期：                    签署日期：
"""

H980Z04 = """雨水口堵塞监测系统运行维护服务合同

项目名称：中心城区雨水口堵塞监测系统2027年度运行维护服务
采购方式：竞争性磋商
合同编号：SWJ-YW-2027-021
采购人（甲方）：某市水务局
供应商（乙方）：武汉清渠智能科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同，共同遵守。

第一条 服务范围
（一）运维对象：甲方已建成的中心城区雨水口堵塞监测系统，包括布设于1,260个雨水口的液位及堵塞监测终端、86处积水监测点、监测数据平台和移动巡查应用。
（二）服务内容：
1. 监测终端的定期巡检、清洁、校准、电池更换及故障维修；
2. 监测数据平台和移动应用的运行监控、故障处理、数据备份、安全补丁更新和小版本优化；
3. 汛期（每年五月一日至九月三十日）的加强值守和暴雨期间的应急保障；
4. 堵塞预警信息的核实推送，以及月度、汛期和年度运行分析报告的编制；
5. 备品备件的储备和更换。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；甲方需继续采购的，依法另行组织采购。

第三条 合同价款
（一）合同总价为人民币陆拾贰万捌仟元整（¥628,000），为服务期内的固定总价，分项如下：
1. 监测终端巡检维护费：¥342,000；
2. 数据平台及移动应用运维费：¥126,000；
3. 备品备件费：¥98,000；
4. 数据核实及分析报告服务费：¥62,000。
（二）合同总价包含人员、车辆、工具、备件、通信流量、税费等全部费用。

第四条 付款方式
（一）服务费按季度支付。每季度结束后，甲方依据第七条进行季度考核，考核结果确认后十五个工作日内支付当季服务费，即合同总价的四分之一，扣除当季考核扣款。
（二）本合同不设预付款。
（三）乙方应在每次付款前向甲方开具合法有效的增值税发票，甲方按财政国库集中支付程序办理付款。

第五条 服务要求
（一）乙方应组建不少于十二人的运维团队，设项目负责人一名、平台运维工程师两名、现场巡检人员九名，汛期增派应急人员不少于六名。人员名单报甲方备案，更换须经甲方同意。
（二）监测终端每季度至少巡检一次，汛前完成全部终端的清洁、校准和电池检查；巡检记录通过移动应用上传，附现场照片。
（三）乙方应建立备品备件库，终端备件数量不少于在用数量的3%。
（四）乙方应每月提交运维月报，汛期结束后提交汛期运行评估报告，服务期结束前提交年度运维总结。
（五）乙方在道路上作业应按规定设置警示标志和围挡，作业人员穿戴反光服，开启雨水箅子后须有专人看护，作业完毕及时复位。因乙方作业不规范造成的交通事故、人身伤害或财产损失，由乙方承担全部责任。
（六）乙方发现雨水口存在垃圾、淤泥堵塞或箅子缺失、破损的，应在当日通过移动应用上报甲方和属地养护单位，并跟踪处理结果，作为堵塞预警核实的闭环记录。
（七）终端需要迁移、新增或拆除的，乙方应按甲方通知配合实施，人工费已包含在合同总价内，新增设备费用另行商定。

第六条 服务水平
（一）数据平台月度可用率不低于99.95%。
（二）故障分级及时限：
1. 一级故障（平台整体中断，或暴雨预警期间成片终端离线）：乙方应在30分钟内响应，2小时内恢复平台运行或完成现场处置；
2. 二级故障（单个终端故障或数据异常）：乙方应在2小时内响应，四十八小时内修复或更换；
3. 三级问题（功能优化和咨询）：五个工作日内答复。
（三）汛期内发布暴雨橙色及以上预警时，乙方应安排人员在甲方调度中心值守，直至预警解除。

第七条 考核与扣款
（一）甲方每季度依据运维考核细则对乙方进行考核，考核结果作为支付当季服务费的依据。
（二）一级故障每超时一小时，扣款人民币1,500元；二级故障每超时一日，每个终端扣款人民币200元；平台月度可用率低于承诺值的，每低0.01个百分点扣款人民币1,000元；巡检未按期完成的，每个终端扣款人民币100元。
（三）季度考核得分低于七十分的，甲方有权约谈乙方项目负责人，并要求限期整改；考核结果同时作为甲方对乙方履约情况评价的依据。

第八条 验收
（一）每季度考核合格即为当季服务验收合格。
（二）服务期满后，甲方按磋商文件的服务要求组织年度验收，验收内容包括终端完好情况、平台运行记录、考核结果、备件消耗台账和年度运维总结，验收合格后出具书面验收意见。
（三）年度验收中发现终端完好率未达到磋商文件要求、备件台账不符或运维资料缺失的，乙方应在十五日内整改并申请复验；复验仍不合格的，甲方可从最后一季度服务费中扣除相应整改费用，并将结果记入供应商履约评价。

第九条 数据安全
（一）监测数据、平台数据库及运行日志属于甲方，乙方不得将其用于本合同以外的任何目的，不得向第三方提供。
（二）乙方应落实网络安全等级保护要求，平台运维须通过甲方堡垒机进行，账号专人专用，操作全程留痕；移动终端应设置登录认证并禁止本地缓存数据。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，配合处置，并承担因其原因造成的损失和责任。

第十条 保密
乙方对履约中接触的排水设施布局、管网数据及甲方工作信息负有保密义务，未经甲方书面同意不得对外披露或发表，保密义务在合同终止后继续有效。

第十一条 知识产权
乙方在服务中形成的运行分析报告、巡检记录、校准数据和优化后的配置文件，其所有权及知识产权归甲方所有。

第十二条 违约责任
（一）乙方未按本合同约定提供服务的，甲方按第七条扣款；经甲方书面通知后仍未改正的，甲方有权委托第三方代为履行，所需费用由乙方承担。
（二）因乙方原因造成甲方损失的，乙方应予赔偿。乙方在本合同项下的累计赔偿责任以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。

第十三条 分包
乙方不得将本合同项下的服务转包或分包给第三方。终端的电池、外壳等备件可由乙方向原厂采购，但现场作业须由乙方自有人员完成。

第十四条 合同解除
乙方连续两个季度考核不合格，或汛期无故脱岗、延误应急处置造成严重后果的，甲方有权书面通知解除本合同，并按实际服务期间结算。

第十五条 法律适用及争议解决
本合同适用中华人民共和国法律。履约中发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十六条 服务交接
服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的后续服务单位移交全部账号权限、终端台账、备件清单、运维文档和未完结工单，并配合完成交接，交接期间不得中断服务。

第十七条 不可抗力
因特大暴雨、地震等不可抗力导致终端损毁或服务无法按时完成的，受影响方应及时通知对方，相关期间不计入考核，但乙方应尽力开展应急处置。

第十八条 其他
磋商文件、响应文件、成交通知书及运维考核细则为本合同的组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
"""

H980Z05 = """# 瓷迹工序追溯系统软件许可及定制开发合同

**（瓷迹软件标准合同文本 V3.0）**

合同编号：CJ-2027-XS-0158

甲方（用户）：唐山素胎骨瓷工作室有限公司

乙方（供应商）：景德镇瓷迹软件科技有限公司

甲方因生产管理需要，购买乙方“瓷迹”工序追溯系统并委托乙方进行定制开发。双方本着平等自愿的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“瓷迹”工序追溯系统软件（以下简称“软件”）永久使用许可一套，包括坯料入库、成型、素烧、施釉、釉烧、贴花烤花、检验包装七个工序的流转记录，以及批次追溯、窑炉曲线记录和次品统计功能。

1.2 乙方根据甲方需求进行定制开发，内容包括：骨粉配比批次与成品编号的关联追溯、窑炉温控仪数据采集接口、手绘工艺师计件统计、电商订单与库存批次的对接。

1.3 乙方负责软件的安装部署、基础数据初始化和操作培训。

1.4 软件运行所需的服务器、网络、扫码枪、标签打印机、工位平板及数据库、操作系统等第三方软件由甲方自行采购，乙方可提供配置建议。因甲方运行环境不符合乙方配置要求导致的问题，不属于乙方责任。

1.5 本合同项下的软件许可仅限甲方在其唐山生产基地内部使用，并发用户数超过许可数量的，甲方应按乙方当时的报价另行购买。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 瓷迹工序追溯系统软件许可（永久，20个并发用户） | 368,000 |
| 2 | 定制开发（追溯关联、温控接口、计件统计、电商对接） | 96,000 |
| 3 | 安装部署及培训 | 24,000 |
| | 合计 | 488,000 |

合同总价为人民币肆拾捌万捌仟元整（¥488,000）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥317,200。乙方收到该款项后开始安排实施。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥170,800。

3.3 乙方在收款前向甲方开具增值税专用发票。甲方要求变更发票信息的，应在开票前书面通知乙方。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到首期款后六十个工作日内完成软件部署和定制开发，并通知甲方上线。

4.2 因甲方未及时提供生产数据、工艺资料或现场条件造成的延误，交付期限相应顺延。

4.3 甲方应指定一名项目联系人，负责需求确认、数据准备和内部协调。甲方应在乙方提出需求确认单后三个工作日内签字确认，逾期未确认的视为认可。需求确认后甲方要求变更的，乙方有权另行收费并相应顺延交付期限。

4.4 乙方按甲方提供的工序流程和物料编码完成基础数据初始化，历史纸质记录的录入由甲方自行完成。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可通过乙方服务热线提出，乙方将在后续版本中统一处理。

5.3 乙方在上线当日向甲方提供上线确认单，甲方应当日签字确认；甲方未签字但已使用软件录入生产数据的，视为确认上线。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：甲方报告一级故障（系统无法登录或数据无法录入）的，乙方在8小时内响应；其他问题在三个工作日内响应。

6.3 乙方在上线前为甲方提供两次集中培训，每次不超过一天，培训对象为甲方管理人员及各工序班组长。超出部分的培训按乙方标准收费。

6.4 乙方将尽力排除故障，但故障处理时间受多种因素影响，乙方不对故障处理时限作出承诺，亦不因故障处理的迟延承担任何扣款、赔偿或违约金。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应向乙方购买年度维护服务。年度维护费为软件许可费的25%，即每年¥92,000。

7.2 年度维护服务按年签订合同，维护费于每个维护年度开始前一次性支付。甲方未购买年度维护服务的，乙方不再提供任何技术支持和升级。

7.3 年度维护服务内容包括：远程技术支持、软件缺陷修复、乙方发布的标准版本升级、每年一次的远程系统健康检查。现场服务、新增功能开发和因甲方业务变化引起的调整不在年度维护范围内，需另行计费。

7.4 甲方中断购买年度维护服务后又要求恢复的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 软件及其全部升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关源代码、文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，亦不得提供给任何第三方使用。

8.3 乙方有权将定制开发成果纳入标准产品，向其他客户销售。

8.4 甲方超出许可范围使用软件的，乙方有权要求甲方补缴许可费，并保留追究侵权责任的权利。

## 第九条 数据安全

9.1 甲方在软件中录入和产生的生产数据、工艺配方、窑炉曲线和订单数据归甲方所有，乙方不得将其用于履行本合同以外的目的。

9.2 乙方在远程维护时应使用甲方分配的临时账号，维护完成后由甲方收回；乙方应采取病毒防护和访问控制措施，不得下载、留存甲方数据。

9.3 因乙方原因造成甲方数据泄露或丢失的，乙方应立即通知甲方，协助恢复数据，并承担相应的赔偿责任。

9.4 甲方应自行做好数据库的日常备份，乙方可提供备份脚本和操作指导。因甲方未备份或备份不当导致的数据损失，乙方不承担责任。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限完成交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 除本合同另有约定外，任何一方违反本合同约定的，应承担相应的违约责任。

11.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经对方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除后，乙方已收取的许可费不予退还。

12.3 合同解除的，甲方应支付乙方已完成定制开发工作的费用，双方另行结算。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 不可抗力

因不可抗力、网络运营商故障、停电或第三方软硬件缺陷导致合同不能履行或延迟履行的，受影响方不承担责任，但应及时通知对方。

## 第十五条 其他

15.1 本合同未尽事宜，双方可另行签订补充协议。本合同条款以乙方标准合同文本为准，甲方的采购订单、需求说明等文件与本合同不一致的，以本合同为准。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：

签字：　　　　　　　　　　　　　　签字：

日期：　　　　　　　　　　　　　　日期：
"""

H980E01 = """T:Software Licence and Services Agreement
P:Agreement No. TRK-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Wuhu Hengda Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhu, Anhui Province (the "Customer"), and Tetonridge Software, Inc., an Idaho corporation with its principal office in Rexburg, Idaho, United States (the "Vendor").
P:The Customer operates two foundry plants and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor licenses the TetonTrack maintenance management software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TetonTrack Enterprise software in object code, including the work-order, preventive-maintenance, spare-parts inventory, asset-history and mobile-technician modules, and the Documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data-conversion scripts and configuration files created by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, imported into or generated by the Software in the Customer's use, including asset registers, maintenance histories, spare-parts records and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in the People's Republic of China for the internal business of the Customer and its affiliates, for up to 150 named users and 60 mobile devices.
P:2.2 The Vendor shall provide the following services: installation and configuration of the Software at both plants; an interface with the Customer's ERP system for purchase requisitions and spare-parts costs; an interface with the plant energy-metering system; conversion of the existing asset register and five years of maintenance history; and training of administrators, planners and technicians.
P:2.3 The Vendor shall appoint a project manager who speaks Mandarin and is available on site during the configuration and go-live phases.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 2,340,000, inclusive of VAT, made up of: perpetual licence fee CNY 1,420,000; implementation and interface services CNY 640,000; data conversion CNY 186,000; and training CNY 94,000.
P:3.2 The Contract Price is fixed. It covers all travel, accommodation and translation costs of the Vendor's personnel, and all warranty services under Article 6.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 20 business days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 20 business days after the Vendor has completed installation and configuration at both plants and the Customer has signed an installation certificate. The installation certificate confirms completion of work only and is not acceptance of the Software.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai, as notified in writing.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces, data conversion and training within 110 days after signature of this Agreement, in accordance with the project plan attached as Annex 1.
P:5.2 The acceptance tests shall verify that: every function listed in the requirements specification in Annex 2 works as described; the converted asset register and maintenance history reconcile with the Customer's source files record by record; purchase requisitions and spare-parts costs pass to and from the ERP system without error for ten consecutive business days; and the mobile application synchronises work orders within 60 seconds on the plants' wireless network.
P:5.3 After successful acceptance tests, the Software shall run in production for 45 days without any Severity 1 incident. The Customer shall then issue a written Final Acceptance certificate within ten business days, or state the defects that prevent acceptance. Go-live, productive use or any payment does not constitute acceptance.
P:5.4 If any test fails, the Vendor shall correct the defects at its own cost within 15 days and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to the Documentation and Annex 2 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects free of charge and provide all new releases of the Software.
P:6.2 Incidents are classified as follows. Severity 1 means the Software is unavailable, or work orders cannot be created or closed, at either plant. The Vendor shall respond to a Severity 1 incident within one hour, at any time of day, and shall restore service or provide a workaround within eight hours. Severity 2 means a module or interface is impaired; response within two hours during business hours and resolution within two business days. Severity 3 means any other question or minor defect; response within one business day.
P:6.3 If the Vendor fails to meet a response or restoration time for a Severity 1 incident, it shall pay the Customer CNY 1,000 for each hour of delay, and CNY 300 for each hour of delay for a Severity 2 incident. These amounts may be deducted from any sum due to the Vendor.
P:6.4 After the warranty period, the Customer may purchase annual support, which includes the services described in Articles 6.1 to 6.3. The annual support fee shall be 11% of the licence fee, being CNY 156,200 per year, and shall not be increased during the first three years of support. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including by engaging third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not keep, copy, analyse or disclose it for any other purpose.
P:8.2 The Vendor's remote access to the Customer's systems shall take place only through the Customer's VPN and bastion host, after approval by the Customer for each session, and shall be logged. The Vendor shall not transfer Customer Data outside the People's Republic of China and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within six hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall assist the Customer in remedying it, and shall be responsible for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only for the purpose of this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims under Article 7.3, personal injury, fraud or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Customer may also terminate this Agreement if the delay damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Idaho, United States of America, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall first be discussed between the parties' senior managers. If it is not resolved within 30 days, it shall be submitted to the state or federal courts located in Idaho, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Requirements Specification), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is executed in English and Chinese. Both versions have equal force.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H980E02 = """# ORDER FORM AND GENERAL TERMS — SLICKROCK LEARN SUBSCRIPTION

Order Form No. SRL-APAC-2027-0192

## PART A — ORDER FORM

### A1. Parties

**Customer:** Changzhou Ruitai Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, registered office in Wujin District, Changzhou, Jiangsu Province.

**Vendor:** Slickrock Learning Systems, LLC, a Utah limited liability company, principal office at Main Street, Moab, Utah, United States.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service Ordered

The Vendor will provide Slickrock Learn, a hosted learning-management service, for the Customer's employees at its Changzhou plant and its two warehouses. The subscription covers up to 1,800 active learners and 40 administrator accounts, the course-authoring tool, the mobile learning app, the certification-tracking module (operator qualifications, safety induction and forklift licences) and the standard reporting suite. The Service is hosted in a mainland China cloud region operated for the Vendor by a licensed local provider.

### A3. Subscription Term

The Subscription Term is three Subscription Years. The first Subscription Year starts on the Go-Live Date, which is the date of Onboarding Acceptance under A5. Each following Subscription Year starts on the anniversary of the Go-Live Date. This Order Form does not renew automatically; any further subscription requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Slickrock Learn subscription, Subscription Year 1 | 1,800 learners | 268,000 |
| Slickrock Learn subscription, Subscription Year 2 | 1,800 learners | 268,000 |
| Slickrock Learn subscription, Subscription Year 3 | 1,800 learners | 268,000 |
| Onboarding services (one-time) | fixed price | 36,000 |
| **Total fees for the Subscription Term** | | **840,000** |

All amounts include VAT. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after the invoice. The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days. No amount is payable before the Go-Live Date. The fees are fixed for the Subscription Term. Additional learners may be added at CNY 149 per learner per Subscription Year, pro rated.

### A5. Onboarding

The Vendor will complete onboarding within 50 days after signature of this Order Form. Onboarding includes single sign-on with the Customer's directory, import of the employee list and existing training records, setup of the qualification matrix for 36 job roles, migration of 120 existing courses supplied by the Customer, and two administrator training sessions held online in Mandarin.

Onboarding Acceptance occurs when the Customer confirms in writing that: all employees can log in through single sign-on; imported training records match the Customer's records for a sample of 200 employees chosen by the Customer; all 120 migrated courses play correctly on desktop and on the mobile app; and qualification expiry reminders are sent correctly in a test run. The Customer will confirm or list the failed criteria within ten business days after the Vendor's notice of completion. Use of the Service before that confirmation is not acceptance.

If onboarding is not accepted within 50 days after signature for reasons attributable to the Vendor, the Vendor will pay the Customer CNY 600 for each day of delay, up to CNY 18,000 in total.

### A6. Contacts and Signature

Customer contact: Head of Training, HR Department. Vendor contact: Customer Success Manager, Asia Pacific.

Signed for the Customer: ____________________   Signed for the Vendor: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the Slickrock Learn service described in the Order Form, including its software, hosting and updates.

1.2 "Customer Data" means all data, content and materials submitted to the Service by or for the Customer, including employee information, training records and Customer courses.

1.3 "Customer Materials" means courses, assessments, qualification matrices and configurations created by or for the Customer, including by the Vendor during onboarding.

### 2. Use of the Service

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for its internal business purposes, within the quantities in the Order Form.

2.2 The Customer is responsible for its users' compliance with this Agreement and for the accuracy of Customer Data.

2.3 The Vendor may update the Service from time to time, provided that an update does not materially reduce the functionality ordered.

2.4 The Customer will not resell the Service, attempt to reverse engineer it, upload malicious code, or use it in breach of applicable law. The Vendor may suspend an individual user account that is used in breach of this Section, after informing the Customer's administrator, and will restore it once the breach has ended.

### 3. Availability and Support

3.1 The Vendor will use commercially reasonable efforts to make the Service available around the clock, except for planned maintenance and events beyond its reasonable control.

3.2 The Customer may submit support requests through the support portal or by email. The Vendor's support team works during its normal business hours and will respond to requests as soon as practicable, taking into account their urgency.

3.3 The Vendor will publish planned maintenance windows on its status page in advance where reasonably possible.

### 4. Customer Data

4.1 As between the parties, the Customer owns all Customer Data. The Vendor will use Customer Data only to provide the Service and support to the Customer under this Agreement and for no other purpose.

4.2 The Vendor will store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it to provide the Service, keep access logs, and maintain a security programme that meets the requirements of the multi-level protection scheme at level 3. The Vendor will comply with the Personal Information Protection Law of the People's Republic of China in processing employee personal information.

4.3 The Vendor will notify the Customer within eight hours after becoming aware of a security incident affecting Customer Data, will take all reasonable steps to contain and remedy it, and will be responsible for the losses caused to the Customer by the Vendor's breach of this Section 4.

4.4 Within 30 days after the end of the Subscription Term, the Vendor will make all Customer Data available for export in a standard format, and will then delete it and confirm the deletion in writing.

### 5. Customer Materials

Customer Materials belong to the Customer. The Customer may use, modify, copy and license them freely, including after the end of the Subscription Term, and the Vendor will deliver them in SCORM or another standard format on request.

### 6. Subcontractors

The Vendor may use subcontractors and sub-processors, including its hosting provider and support partners, to perform this Agreement. The Vendor will inform the Customer of any new sub-processor by email before it starts processing Customer Data. The Vendor remains responsible for their performance.

### 7. Confidentiality

Each party will keep the other party's confidential information secret, use it only to perform this Agreement, and not disclose it to third parties except to its employees and advisers who need to know it and are bound by equivalent duties. This Section survives for three years after the end of the Agreement.

### 8. Warranties

The Vendor warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care. The Vendor will correct any non-conformity reported by the Customer without charge.

### 9. Liability

9.1 Each party's total liability arising out of this Agreement is limited to 150% of the total fees for the Subscription Term stated in the Order Form.

9.2 The limit in Section 9.1 does not apply to breach of Sections 4 or 7, to infringement claims, or to fraud or wilful misconduct.

9.3 Neither party is liable for loss of profits or indirect loss, except where the limit does not apply.

### 10. Term and Termination

10.1 This Agreement runs for the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice. If the Customer terminates for the Vendor's breach, the Vendor will refund the fees paid for the unused remainder of the current Subscription Year.

10.3 Sections 4.4, 5, 7 and 9 survive termination.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with it shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 12. General

Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it informs the other party promptly and does its best to limit the effects. Notices must be in writing and sent to the contacts in A6. Neither party may assign this Agreement without the other's written consent. This Agreement is the entire agreement of the parties on its subject matter.
"""

H980E03 = """T:Supply Contract for Pipeline Corrosion Sensors and Monitoring Software
P:Contract No. QB-PUR-2027-0087
P:This Contract is made between Yulin Qinbei Gas Pipeline Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yulin, Shaanxi Province (the "Buyer"), and Uinta Basin Sensing Corp., a Utah corporation with its principal office in Vernal, Utah, United States (the "Supplier"). This Contract is prepared on the Buyer's standard form for equipment and software purchases.
P:The Buyer operates a natural-gas gathering and transmission network and intends to monitor internal corrosion and wall thickness at selected points of its pipelines. The Supplier manufactures wireless corrosion sensors and gateways and licenses monitoring software for them.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's monitoring software (server and web client), licensed under clause 2.3, including its documentation.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all measurements, alarms, site and asset information and other data collected, generated or stored by the System.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the System under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 220 wireless ultrasonic corrosion sensors and 24 solar-powered gateways with mounting kits for installation at valve stations and selected pipeline sections listed in Annex A.
P:2.2 The Supplier shall install and commission the Equipment together with the Buyer's pipeline maintenance team, configure the Software on the Buyer's servers in its Yulin control centre, and integrate alarms into the Buyer's SCADA system through an OPC UA interface.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the monitoring of its own pipelines, for an unlimited number of users and for up to 500 sensors, without further licence fees.
P:2.4 The Supplier shall train the Buyer's engineers and technicians in the operation, calibration and basic maintenance of the System.
H:3. Price
P:3.1 The Contract Price is CNY 2,356,000, including VAT, packing, transport to the Buyer's sites, insurance and all taxes, as set out in the following Price Schedule:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless ultrasonic corrosion sensor with mounting kit|220|5,800|1,276,000
TB:2|Solar-powered gateway, 4G and LoRa|24|18,500|444,000
TB:3|Monitoring software, perpetual licence|1|386,000|386,000
TB:|Equipment and Software subtotal|||2,106,000
TB:4|Installation, commissioning and SCADA integration|1 lot|218,000|218,000
TB:5|Training|1 lot|32,000|32,000
TB:|Contract Price|||2,356,000
P:3.2 The Contract Price is fixed and covers all services during the warranty period under clause 6.
H:4. Delivery and Payment
P:4.1 The Supplier shall deliver all Equipment to the Buyer's warehouse in Yulin within 75 days after the signing of this Contract, and complete installation and commissioning within 60 days after delivery, subject to site access provided by the Buyer.
P:4.2 The Buyer shall pay the Contract Price as follows: 10% within 30 days after signing against a bank guarantee of the same amount; 55% within 30 days after delivery and installation of all Equipment, confirmed by a delivery and installation certificate; and 35% within 30 days after Final Acceptance.
P:4.3 The delivery and installation certificate confirms quantities and completion of installation only. It is not acceptance of the System.
H:5. Acceptance
P:5.1 After commissioning, the Supplier shall carry out the site acceptance tests in the presence of the Buyer. The tests shall show that: every sensor reports wall-thickness readings to the Software at the configured interval; readings at ten reference points agree with manual ultrasonic measurements within 0.1 mm; alarms reach the SCADA system within 30 seconds; and the Software produces the corrosion-rate trend reports listed in Annex B.
P:5.2 After successful site acceptance tests, the System shall operate for 60 days. During this period no sensor shall miss more than two consecutive scheduled readings, and no Severity 1 incident shall remain unresolved beyond the restoration time in clause 7.
P:5.3 If the conditions of clauses 5.1 and 5.2 are met and the Supplier has delivered the as-built documentation, calibration certificates and training records, the Buyer shall issue a Final Acceptance certificate within ten working days. Delivery, installation, operation of the System or payment does not mean acceptance.
P:5.4 If a test fails, the Supplier shall remedy the defects at its own cost and repeat the test within 15 days.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries and solar panels, and provide all Software updates and corrections.
P:6.2 After the warranty period, the Buyer may order annual support from the Supplier covering the same services. The annual support fee shall be 7% of the Equipment and Software subtotal, being CNY 147,420 per year, and shall remain fixed for the first two support years. Support is ordered year by year and does not renew automatically.
H:7. Service Levels
P:7.1 Severity 1 means that the Software is unavailable or that more than 20 sensors or any two gateways stop reporting. The Supplier shall respond to a Severity 1 incident within 30 minutes, and restore the Software within six hours or replace the failed Equipment within three days.
P:7.2 Severity 2 means that a single gateway or up to 20 sensors stop reporting, or that a report function fails. The Supplier shall respond within two hours and resolve the incident within five days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,200; for each day by which it exceeds a Severity 2 resolution time, CNY 800. The Buyer may deduct these amounts from any sum payable.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for product development, benchmarking or any other purpose.
P:8.2 Gateways shall transmit data only to the Buyer's servers over encrypted connections. The Supplier shall have no remote access to the System except through the Buyer's secure access platform with the Buyer's approval for each session. The Supplier shall not transfer Buyer Data out of the People's Republic of China.
P:8.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within two hours, take remedial measures at its own cost, and compensate the Buyer for all losses resulting from its breach of this clause.
H:9. Intellectual Property
P:9.1 The Software and the firmware of the Equipment remain the property of the Supplier.
P:9.2 The SCADA interface, report templates, configuration files and site documentation prepared for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files with the as-built documentation.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all technical and commercial information received from the other party, in particular the Buyer's pipeline routes, drawings and operating data, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to deliver the Equipment or to complete installation and commissioning within the periods in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, breach of clauses 8 and 10, and wilful misconduct, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or other services without the Buyer's prior written consent, and shall remain responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages under clause 11.1 reach their maximum. In that case the Supplier shall refund the amounts paid for undelivered or unaccepted items.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be settled through friendly consultation; failing which, either party may submit the dispute to the Xi'an Arbitration Commission for arbitration in Xi'an. The award is final.
H:15. Miscellaneous
P:15.1 The Supplier shall comply with the Buyer's site safety rules for work on gas facilities, including permits for work in hazardous areas.
P:15.2 The Supplier shall deliver with the Equipment a stock of spare parts comprising six sensors, one gateway and two sets of batteries, which are included in the Contract Price and remain at the Buyer's warehouse for use under the warranty. The Supplier shall guarantee the availability of spare parts and repair services for the Equipment for at least eight years after Final Acceptance.
P:15.3 This Contract is signed in Chinese and English, both texts having equal force. Annex A (Site List) and Annex B (Technical Specification) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H980E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. WSM-FS-2027-011

This Managed IT Services Agreement (the "Agreement") is entered into between:

- **Foshan Meilun Home Appliances Co., Ltd.**, a company incorporated in the People's Republic of China, registered office in Shunde District, Foshan, Guangdong Province (the "Customer"); and
- **Wasatch Summit Managed Services, Inc.**, a Utah corporation with its principal office in Ogden, Utah, United States, acting through its service delivery centre in Guangzhou (the "Provider").

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" means the credits set out in Schedule 3.

1.3 "Service Commencement Date" means the day after Transition Acceptance under Section 4.

1.4 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses, receives or handles in providing the Services.

1.5 "Monthly Charge" means the fixed monthly charge in Section 5.1.

## Section 2. Services and Term

2.1 The Provider shall provide the Services for the Customer's head office, two factories and the regional sales offices listed in Schedule 1, in accordance with this Agreement and the Service Levels.

2.2 The term of this Agreement is 36 months from the Service Commencement Date, preceded by the transition period under Section 4.

2.3 This Agreement does not renew automatically. The parties may agree in writing on an extension at least 90 days before the end of the term.

## Section 3. Provider Personnel

3.1 The Provider shall assign a named service delivery manager, a Mandarin-speaking service desk and on-site engineers at each factory during the hours stated in Schedule 1.

3.2 The Provider shall not replace the service delivery manager without giving the Customer 30 days' notice and a suitably qualified successor, except in case of resignation or illness.

## Section 4. Transition

4.1 Within 75 days after signature, the Provider shall take over the Services from the Customer's current support arrangements, in accordance with the transition plan agreed by the parties.

4.2 Transition includes discovery and documentation of all in-scope assets, set-up of the Provider's monitoring tools on servers hosted at the Customer's head office, knowledge transfer from the Customer's IT team, creation of runbooks for the 40 most common requests, and a shadow-support period of three weeks.

4.3 Transition Acceptance occurs when the Customer confirms in writing that: the asset inventory covers all sites and has been checked against a sample selected by the Customer; monitoring alerts for all in-scope servers and network devices are received by the Provider's service desk; runbooks have been reviewed by the Customer's IT manager; and the Provider has handled all tickets during the shadow-support period within the Service Levels. The Customer shall give its confirmation, or list the outstanding items, within ten business days after the Provider's notice.

4.4 If Transition Acceptance is delayed beyond 75 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## Section 5. Charges and Payment

5.1 The charges for the Services are set out in Schedule 1. The Monthly Charge is CNY 58,000 for the whole term, and the one-time transition charge is CNY 72,000. The total charges for the term are CNY 2,160,000, including VAT.

5.2 The transition charge is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears, after the Customer has approved the monthly service report. Invoices are payable within 45 days.

5.3 The Customer may set off Service Credits and delay payments against any amount due to the Provider.

5.4 Additional work outside Schedule 1 is charged at the rates in Schedule 1 only if the Customer has approved a written quotation in advance.

## Section 6. Service Levels and Reporting

6.1 The Provider shall meet the Service Levels in Schedule 2 and pay the Service Credits in Schedule 3 when it fails to do so.

6.2 The Provider shall deliver a monthly service report within five business days after the end of each month, showing ticket volumes, Service Level performance, Service Credits, problem records and improvement actions, and shall hold a monthly review meeting with the Customer.

6.3 If the Provider misses the same Service Level in three months within any six-month period, the Provider shall deliver a corrective plan within ten business days and implement it at its own cost.

## Section 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services to the Customer and shall not use it for any other purpose.

7.2 On expiry or termination, the Provider shall hand over all Customer Data in its possession to the Customer.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's business, technical and financial information disclosed in connection with this Agreement and use it only for the purposes of this Agreement.

8.2 Neither party shall disclose such information to a third party without the other party's prior written consent, except to its professional advisers or where required by law. This Section continues to apply for three years after the end of the Agreement.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, configuration records, asset inventories and other documents prepared by the Provider specifically for the Customer belong to the Customer, which may use, modify and license them freely, including to a successor provider.

9.2 The Provider's monitoring tools and general methods remain the Provider's property; the Customer receives a licence to use any of them that are embedded in the deliverables under Section 9.1.

## Section 10. Liability

10.1 The Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Monthly Charges paid by the Customer in the six months immediately preceding the event giving rise to the claim.

10.2 Service Credits and delay payments do not count toward the limit in Section 10.1. The limit does not apply to personal injury or death, fraud or wilful misconduct.

10.3 Neither party is liable for indirect or consequential loss.

## Section 11. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for any approved subcontractor.

## Section 12. Termination and Exit

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 The Customer may also terminate this Agreement if Service Credits reach their monthly maximum in three consecutive months.

12.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days, including knowledge transfer to the Customer or its new provider, at the rates in Schedule 1.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen, and the award shall be final and binding.

## Section 14. General

Amendments must be in writing and signed by both parties. Schedules 1 to 3 form part of this Agreement. If they conflict with the Sections, the Sections prevail.

For the Customer: ____________________   For the Provider: ____________________

## Schedule 1 — Services and Charges

| Service | Scope | Hours | Charge (CNY) |
|---|---|---|---|
| Service desk | Mandarin and English, phone, portal, WeChat work channel; about 1,100 users | Monday to Saturday 07:30–21:30 | included in Monthly Charge |
| On-site support | One engineer at each factory, one at head office | Factory shift hours | included in Monthly Charge |
| Server and storage management | 64 virtual servers, 2 storage arrays, backup | Monitoring around the clock | included in Monthly Charge |
| Network management | Core, distribution and access switches, firewalls, Wi-Fi at all sites | Monitoring around the clock | included in Monthly Charge |
| Endpoint management | Patching and software deployment for about 1,050 devices | Business hours | included in Monthly Charge |
| Monthly Charge | All of the above | Term of 36 months | 58,000 per month |
| Transition | Section 4 | One-time | 72,000 |
| Additional work | Approved in writing | On request | 1,600 per engineer day |

## Schedule 2 — Service Levels

| Priority | Definition | Response time | Restoration time |
|---|---|---|---|
| P1 | Factory production systems, ERP or the core network unavailable | 15 minutes | 3 hours |
| P2 | A site, critical server or key application degraded | 30 minutes | 8 hours |
| P3 | A single user or non-critical system affected | 2 business hours | 2 business days |
| P4 | Service request or question | 1 business day | 5 business days |

Service desk calls shall be answered within 60 seconds on average each month. Response means that an engineer has started work on the incident and informed the requester.

## Schedule 3 — Service Credits

| Service Level failure | Service Credit |
|---|---|
| Each P1 incident not responded to within the response time | 2% of the Monthly Charge |
| Each full hour by which a P1 restoration time is exceeded | 1% of the Monthly Charge |
| Each P2 incident not restored within the restoration time | 0.5% of the Monthly Charge |
| Average answer time above 60 seconds in a month | 1% of the Monthly Charge |
| Maximum total Service Credits in a month | 20% of the Monthly Charge |
"""

H980E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. SNR-CN-2027-0031

This Data and API Subscription Agreement (the "Agreement") is made between Heilongjiang Beifeng Agricultural Technology Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin, Heilongjiang Province (the "Customer"), and Sonoma Range Agri-Data, Inc., a Nevada corporation with its principal office in Winnemucca, Nevada, United States (the "Provider").

BACKGROUND

The Customer advises farm cooperatives in Heilongjiang and Jilin on planting, irrigation and harvest timing. The Provider compiles field-level weather, soil-moisture and crop-growth data from satellite imagery, weather models and ground stations, and makes it available through an application programming interface. The Customer wishes to subscribe to that data for use in its advisory platform.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets made available by the Provider through the API, as described in Schedule A, including historical archives and forecasts.

1.2 "API" means the Provider's application programming interface, its documentation and the access keys issued to the Customer.

1.3 "Customer Data" means all data submitted by or for the Customer through the API, including field boundaries, crop plans, sensor readings and query logs, and all results generated specifically from that data for the Customer.

1.4 "Subscription Year" means each period of one year starting on the Production Access Date or an anniversary of it.

1.5 "Production Access Date" means the date on which the Customer confirms Integration Acceptance under clause 4.3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the term to access the API, retrieve Licensed Data for up to 60,000 registered fields in Heilongjiang and Jilin Provinces, and use the Licensed Data in the Customer's advisory platform.

2.2 The Customer may display Licensed Data and derived results to its cooperative clients as part of its advisory services, but shall not resell the raw Licensed Data as a separate product.

2.3 Usage above 60,000 registered fields is charged at the overage rate in Schedule A, billed quarterly in arrears.

3. TERM AND RENEWAL

3.1 The initial term of this Agreement is two Subscription Years (the "Initial Term").

3.2 After the Initial Term, this Agreement renews automatically for successive periods of one Subscription Year each unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

3.3 The Provider may increase the subscription fee for any renewal Subscription Year by up to 9% of the fee for the preceding Subscription Year, by giving notice before the renewal takes effect. The increased fee applies automatically to the renewal Subscription Year.

4. ONBOARDING AND INTEGRATION

4.1 Within 45 days after signature, the Provider shall issue production access keys, load the Customer's field boundaries, and deliver an integration adapter that connects the API to the Customer's advisory platform.

4.2 The Provider shall provide up to 15 days of integration support by its engineers, remotely and at the Customer's office in Harbin.

4.3 Integration Acceptance occurs when the Customer confirms in writing that: the adapter retrieves daily weather, soil-moisture and crop-growth indices for all loaded fields; the data for 50 reference fields chosen by the Customer matches the values shown in the Provider's web console; forecasts are refreshed at the intervals in Schedule A; and the API handles 200 requests per second in a load test without errors. The Customer shall confirm or state the failed criteria within ten business days.

4.4 If the Production Access Date does not occur within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 650 for each day of delay, up to CNY 20,000.

5. FEES AND PAYMENT

5.1 The fees are set out in Schedule A: a subscription fee of CNY 396,000 for each Subscription Year of the Initial Term, and a one-time integration fee of CNY 24,000. The total fees for the Initial Term are CNY 816,000, including VAT.

5.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days. The integration fee is invoiced after Integration Acceptance and is payable within 30 days.

5.3 Overage charges are not included in the total fees and are invoiced separately.

6. SERVICE LEVELS

6.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Daily data sets shall be published by 06:30 Beijing time each day during the growing season from April to October.

6.3 Incidents are classified as follows. Priority 1 means the API is unavailable or returns errors for more than a tenth of requests, or daily data is not published. The Provider shall respond to a Priority 1 incident within one hour, at any time, and restore normal service within six hours. Priority 2 means degraded performance or a missing data layer; response within three hours and resolution within two business days.

6.4 If the Provider misses the availability level in a month, it shall grant a service credit of 5% of one-twelfth of the annual subscription fee for each 0.1 percentage point of shortfall, or part of it, up to one-twelfth of the annual fee. If it misses a Priority 1 response or restoration time, it shall grant a credit of CNY 1,500 for each hour of delay. Service credits are deducted from the next invoice.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API and support to the Customer and shall not use it for any other purpose, including the improvement of its own data sets.

7.2 The Provider shall serve the API to the Customer from a data centre in mainland China operated by its hosting partner named in Schedule B, shall keep Customer Data in mainland China, encrypt it in transit and at rest, control and log all access to it, and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 The Provider shall notify the Customer within six hours after becoming aware of a security incident affecting Customer Data, shall take immediate measures to contain it, and shall compensate the Customer for losses caused by its breach of this clause 7.

7.4 At the end of the term, the Provider shall return all Customer Data to the Customer in a standard format and then delete it, and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Licensed Data, the API and the Provider's models remain the property of the Provider and its licensors.

8.2 The integration adapter, its source code and any custom reports created for the Customer belong to the Customer, which may use, modify and license them freely.

9. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party received under this Agreement, including the terms of this Agreement, and shall not disclose it without the other party's written consent, except to its advisers or where required by law. This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTING

The Provider may use the hosting partner named in Schedule B, which the Customer approves by signing this Agreement. Any other subcontractor requires the Customer's prior written consent. The Provider remains responsible for all its subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Initial Term.

11.2 This limit does not apply to breach of clauses 7 or 9, infringement of intellectual property, or wilful misconduct.

12. DURATION AND REMEDIES

12.1 This Agreement is a fixed commitment for the Initial Term. Neither party may terminate it before the end of the Initial Term, except that the Provider may suspend access to the API if undisputed fees remain unpaid for more than 60 days after notice.

12.2 If the Provider fails to perform its obligations, the Customer's remedies are the service credits under clause 6, correction or re-performance by the Provider at its own cost, and damages within the limit in clause 11. A failure by the Provider does not entitle the Customer to terminate this Agreement or to withhold fees for later Subscription Years.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising from it shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 This Agreement, with Schedule A (Licensed Data, Fees and Refresh Intervals) and Schedule B (Hosting Partner), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

14.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics, outages of public networks or satellite operators, or acts of government, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Periods affected by such events are excluded from the availability calculation.

For the Customer: ____________________     For the Provider: ____________________
"""


# ---------------------------------------------------------------- design and labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, format, lang, category, terms in KEYS order, extra, tco (fee base, warranty months) or None,
#       forum outside mainland, design rules, design risk)
D = {
 "h980z01": ("h980z01_transport_vehicle_repair_record_platform.pdf", "pdf", "zh", "software",
             [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False,
              "PRC", G],
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=2160000), (1180000, 36), False, [], "low"),
 "h980z02": ("h980z02_dough_mixer_line_control_retrofit.docx", "docx", "zh", "hardware",
             [None, 1, True, "buyer", True, True, False, 0.1, None, 25, True, True, 24, 8, False, True, True,
              "PRC", G],
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1486000), (1212000, 24), False, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], "medium"),
 "h980z03": ("h980z03_calligraphy_chain_booking_membership_saas.txt", "txt", "zh", "cloud",
             [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
              "PRC", S],
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=430000), None,
             False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
 "h980z04": ("h980z04_water_bureau_storm_inlet_monitoring_om.txt", "txt", "zh", "services",
             [99.95, 0.5, True, "buyer", True, True, True, None, 50, None, True, None, None, None, False, True, False,
              "PRC", S],
             dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=628000), None,
             False, ["CR-LD-MISSING", "CR-LIABILITY-CAP"], "high"),
 "h980z05": ("h980z05_bone_china_process_tracking_supplier_template.md", "md", "zh", "software",
             [None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False, True, None,
              None, G],
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                  contract_value=488000), (368000, 6), False,
             ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
              "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
 "h980e01": ("h980e01_cmms_perpetual_licence_idaho_vendor.pdf", "pdf", "en", "software",
             [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
              "Idaho", G],
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=2340000), (1420000, 18), True, ["CR-GOVERNING-LAW"], "low"),
 "h980e02": ("h980e02_learning_saas_order_form_utah_vendor.md", "md", "en", "cloud",
             [None, None, False, "buyer", True, True, True, 600 / 840000 * 100, 150, None, True, None, None, None,
              False, True, True, "PRC", S],
             dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=840000), None,
             False, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], "high"),
 "h980e03": ("h980e03_pipeline_corrosion_sensors_monitoring_licence.docx", "docx", "en", "hardware",
             [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
              "PRC", G],
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=2356000), (2106000, 36), False, [], "low"),
 "h980e04": ("h980e04_managed_it_services_36_months.md", "md", "en", "services",
             [None, 0.25, True, "buyer", False, True, True, 1800 / 2160000 * 100, 6 / 36 * 100, None, True, None,
              None, None, False, True, False, "PRC", S],
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2160000), None,
             False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "high"),
 "h980e05": ("h980e05_agri_weather_data_api_subscription.txt", "txt", "en", "cloud",
             [99.95, 1, True, "buyer", True, True, True, 650 / 816000 * 100, 150, None, True, None, None, None, True,
              False, False, "PRC", S],
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=816000), None,
             False, ["CR-AUTO-RENEWAL", "CR-TERMINATION"], "medium"),
}
SRC = {k: globals()[k.upper()] for k in D}

# policy thresholds (§3): the labels may not sit on them, the texts may not state them
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_TH, HORIZON = 40, 5
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, e, tco):
    if tco is None or t["post_warranty_fee_pct"] is None or not e.get("post_warranty_fee_capped"):
        return None
    base, wm = tco
    years = max(0.0, HORIZON - wm / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (e["contract_value"] + fees) * 100


def derive(t, e, tco, forum_out):
    """My reading of policy §3 applied to a label."""
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, e, tco)
        if sh is not None and sh > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PATTERNS = [
    NUM + r"99\.9(?!\d)",                                   # availability
    NUM + r"0?\.05(?!\d)\s*(?:%|％|percent|per\s*cent)",      # LD per day
    NUM + r"(?:100|30|15|40)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",  # cap / prepayment / fee / TCO share
    r"百分之(?:百|一百|三十|十五|四十)(?![点零一二三四五六七八九十])",
    r"(?:万分之五|千分之零点五)(?![点零一二三四五六七八九十])",
    NUM + r"4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)",      # P1 response
    r"(?<![零一二三四五六七八九十])四\s*(?:个)?\s*小时",
    r"\bfour[\s-]*(?:\(4\)\s*)?hours?\b",
    NUM + r"12\s*(?:个\s*月|[\s-]*months?\b)",              # warranty
    r"(?<![零一二三四五六七八九十])十二\s*个\s*月",
    r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b",
    r"(?:质保|保修|免费维护)[^。；\n]{0,8}(?:一年|1年)",
    r"\bwarrant\w*[^.;\n]{0,40}\bone[\s-]year\b",
    r"\bfive[\s-]*years?\b[^.;\n]{0,30}\b(?:horizon|TCO|total cost)",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "0.05 % per day", "100%", "30%", "15 %", "40%", "40 percent", "百分之三十",
            "百分之十五", "万分之五", "4小时", "4 hours", "四小时", "四个小时", "four hours", "12个月", "12 months",
            "12-month", "十二个月", "twelve months", "质保期为一年", "warranty of one year", "百分之百"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "0.5%", "130%", "150%", "1.5%", "115%", "2100%", "24小时", "14 hours",
             "二十四小时", "112 months", "2027年12月31日", "36 months", "百分之三十五", "万分之五十", "4G", "每年",
             "3%", "45%", "35%", "CNY 1,400", "one-twelfth"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def scan_selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


SUMS = {  # price arithmetic of each draft
    "h980z01": [(1180000 + 720000 + 196000 + 64000, 2160000), (20 + 45 + 35, 100)],
    "h980z02": [(588000 + 87000 + 252000 + 117000 + 168000, 1212000), (1212000 + 52000 + 196000 + 26000, 1486000),
                (25 + 35 + 35 + 5, 100), (6 * 98000, 588000), (6 * 14500, 87000), (12 * 21000, 252000),
                (6 * 19500, 117000), (round(1212000 * 0.08), 96960)],
    "h980z03": [(40 * 4650, 186000), (2 * 186000 + 58000, 430000), (4 * 46500, 186000)],
    "h980z04": [(342000 + 126000 + 98000 + 62000, 628000)],
    "h980z05": [(368000 + 96000 + 24000, 488000), (round(488000 * 0.65), 317200), (round(488000 * 0.35), 170800),
                (round(368000 * 0.25), 92000)],
    "h980e01": [(1420000 + 640000 + 186000 + 94000, 2340000), (20 + 45 + 35, 100), (round(1420000 * 0.11), 156200)],
    "h980e02": [(3 * 268000 + 36000, 840000)],
    "h980e03": [(220 * 5800, 1276000), (24 * 18500, 444000), (1276000 + 444000 + 386000, 2106000),
                (2106000 + 218000 + 32000, 2356000), (10 + 55 + 35, 100), (round(2106000 * 0.07), 147420)],
    "h980e04": [(36 * 58000 + 72000, 2160000)],
    "h980e05": [(2 * 396000 + 24000, 816000)],
}
ABSENT = {  # what a draft must not say, by design
    "h980z02": ["保密"], "h980z05": ["分包", "转包", "上限"], "h980z04": ["违约金"],
    "h980e02": ["Severity", "Priority", "P1", "availability of"], "h980e04": ["security", "breach notification"],
}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    targets = {k: (v[0], v[1]) for k, v in D.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, v in D.items():
        if v[1] in ("txt", "md"):
            (OUT / v[0]).write_text(SRC[k].strip("\n") + "\n", encoding="utf-8")
            print("wrote", v[0])
    for k, pairs in SUMS.items():
        for a, b in pairs:
            assert a == b, (k, a, b)
    covered = set()
    for k, (name, fmt, lang, cat, vals, extra, tco, forum, design, drisk) in D.items():
        assert len(vals) == len(KEYS)
        terms = dict(zip(KEYS, vals))
        for key, th in TH.items():
            assert terms[key] is None or abs(terms[key] - th) > 1e-9, (k, key)
        share = tco_share(terms, extra, tco)
        if share is not None:
            assert abs(share - TCO_TH) > 2, (k, share)
        rules = derive(terms, extra, tco, forum)
        assert rules == sorted(design), (k, rules, design)
        assert risk(rules) == drisk, (k, risk(rules), drisk)
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(variant), (k, hits(variant))
        for word in ABSENT.get(k, []):
            assert word.lower() not in text.lower(), (k, word)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%-60s %-5s %5d  %-6s %s  tco=%s" % (name, lang, n, risk(rules), ",".join(r[3:] for r in rules) or "-",
                                                   None if share is None else round(share, 2)))
    assert len(covered) == 20, sorted(covered)
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
