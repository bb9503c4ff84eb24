"""holdout978: ten blind held-out draft contracts and their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Builds the .txt/.md files from the sources
below, the .docx/.pdf through ../word_pdf.py, writes the .json labels and asserts lengths, sums, thresholds,
derived rules and rule coverage.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H978Z01 = """T:房屋安全鉴定管理平台采购合同（征求意见稿）
P:合同编号：ZJJ-ZFCG-2027-0116　　采购方式：公开招标
P:甲方（采购人）：滨江市住房和城乡建设局
P:乙方（供应商）：杭州栖木数智科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，双方就房屋安全鉴定管理平台的软件许可及定制开发项目订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供房屋安全鉴定管理平台软件的永久使用许可（不限用户数，部署于甲方政务云），并完成以下定制开发：鉴定机构及鉴定人员管理、鉴定委托与报告在线出具、危险房屋分级预警及GIS一张图、与市城建档案系统和“一网通办”平台的接口。
P:1.2 乙方负责历史鉴定报告约六万八千份的数据迁移，并提供部署、联调、培训和上线保障。
P:1.3 项目工期为合同签订之日起一百五十日，其中定制开发及联调不超过一百二十日。
P:1.4 平台须适配国产操作系统、数据库和中间件，并满足政务云的安全接入要求。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾万捌仟元整（¥2,208,000），为含税固定总价，包括：平台软件许可费¥1,180,000；定制开发费¥736,000；数据迁移及接口费¥214,000；实施及培训费¥78,000。
P:2.2 除本合同另有约定外，甲方不再支付其他任何费用。合同价款已包含第三方中间件、数据库适配、密码应用改造、差旅、食宿以及配合第三方测评所需的全部费用，乙方不得以任何理由要求调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥441,600。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即¥993,600。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥772,800。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方按国库集中支付程序付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后十日内提交实施方案，经甲方确认后执行。
P:4.2 乙方项目经理须全程驻场，未经甲方书面同意不得更换。乙方投入的开发、测试和实施人员不少于十二人，人员名单及资质作为实施方案附件。
P:4.3 乙方应按周向甲方提交项目周报，按月参加甲方组织的项目例会，如实报告进度、风险和需要甲方配合的事项。
P:4.4 乙方应对甲方系统管理员和各区县住建部门业务人员进行培训，培训不少于八期，每期结束后进行考核，保证学员能够独立完成鉴定委托受理、报告审核和预警处置操作。
P:4.5 乙方交付的文档包括需求规格说明书、概要设计、详细设计、数据库设计、测试报告、部署手册、用户手册和运维手册，均须提供纸质版和电子版。
H:第五条 验收
P:5.1 初步验收条件：全部定制功能按需求规格说明书完成并通过甲方组织的功能测试；迁移数据经逐条比对，差错率不高于万分之一；接口连续运行十个工作日无故障；在三百个并发用户下，常用查询响应时间不超过2秒。
P:5.2 最终验收条件：系统试运行满九十日，期间未发生一级故障；取得第三方信息安全等级保护测评报告；全部文档移交完毕。甲方在乙方书面申请后十五个工作日内组织验收并出具验收报告。
P:5.3 系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担由此产生的费用。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），该价格自质保期满之日起三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，系统月度可用率不低于99.95%（计划内维护除外）。
P:7.2 一级故障（系统整体不可用或核心业务中断）30分钟内响应，2小时内到场；二级故障2小时内响应；三级故障一个工作日内响应。
P:7.3 乙方响应或修复超时的，每超时一小时向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣付¥2,000，可从应付款或履约保函中扣除。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据库设计及其源代码和文档，知识产权归甲方所有，乙方应在最终验收时交付全部源代码。
H:第九条 数据安全
P:9.1 系统中的房屋、鉴定及个人信息数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计，远程运维须经甲方审批并通过堡垒机进行，不得将数据拷贝至甲方网络之外。
P:9.3 发生数据泄露或安全事件的，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额承担。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密和未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定的，应负责整改，并赔偿由此给甲方造成的损失。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方将本合同项下全部或部分工作交由第三方完成的，视为根本违约。
H:第十三条 履约保证
P:13.1 乙方应在合同签订后十日内向甲方提交金额为合同总价5%的银行履约保函，有效期至最终验收合格后三十日。乙方未履行合同义务的，甲方有权从保函中扣除相应违约金和赔偿金。
H:第十四条 合同解除
P:14.1 乙方逾期超过三十日、验收两次不合格或有其他根本违约行为的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。
P:14.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，已完成部分按实际工作量结算。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不能预见、不能避免且不能克服的事件导致不能按期履行的，受影响一方应在事件发生后三日内通知对方，并在十五日内提供证明，履行期限相应顺延。
H:第十六条 廉洁履约
P:16.1 乙方不得向甲方工作人员提供任何形式的礼金、礼品、宴请或其他不正当利益。违反本条的，甲方有权解除合同并依法向有关部门报告。
H:第十七条 法律适用与争议解决
P:17.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:17.2 争议处理期间，不涉及争议的部分应继续履行。
H:第十八条 其他
P:18.1 双方的通知应以书面形式送达本合同首页所列地址，一方地址变更应提前五日书面通知对方。
P:18.2 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2027年　月　日
"""

H978Z02 = """T:煮蛋器生产线控制系统改造合同
P:合同编号：XL-SB-2027-031
P:甲方：慈溪市晓禄小家电有限公司
P:乙方：宁波甬控自动化工程有限公司
P:甲方为提升煮蛋器总装线、注塑车间和包装线的自动化水平，委托乙方对三条生产线的控制系统实施改造，包括设备供货、控制软件许可、程序定制、安装调试和培训。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 更换总装线、注塑车间和包装线的原有继电器控制柜，改为PLC集中控制；加装伺服及变频驱动、工业触摸屏和蛋托视觉检测工位。
P:1.2 部署生产数据采集软件，实现产量、节拍、停机原因和不良品数据的实时采集与报表。
P:1.3 乙方应利用甲方每周日停产时段施工，单条产线的停线切换时间不得超过四十八小时。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾肆万陆仟元整（¥1,446,000），含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控及I/O模块）|6套|68,000|408,000
TB:2|伺服及变频驱动系统|1批|324,000|324,000
TB:3|工业触摸屏HMI|12台|9,500|114,000
TB:4|蛋托视觉检测工位|3套|52,000|156,000
TB:5|生产数据采集软件许可（永久）|1套|188,000|188,000
TB:|软硬件小计|||1,190,000
TB:6|安装调试及改造施工|1项|146,000|146,000
TB:7|PLC及HMI程序定制编制|1项|92,000|92,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,446,000
P:2.2 上述价格包含运输、保险、装卸、税费及乙方人员的全部费用。合同履行期间价格不因原材料或汇率变动而调整。
P:2.3 乙方供应的PLC、伺服驱动和触摸屏应为原厂全新正品，品牌和型号以附件设备技术参数表为准，乙方不得擅自替换；确需替换的，应取得甲方书面同意，且替换产品的性能不得低于原约定。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款（¥289,200）。
P:3.2 设备全部到货并经甲方清点签收后，支付合同总价的25%（¥361,500）。到货签收不构成质量验收。
P:3.3 三条产线全部通过最终验收后，支付合同总价的50%（¥723,000）。
P:3.4 其余5%（¥72,300）作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内完成全部设备到货，九十日内完成三条产线的改造并申请验收。
P:4.2 乙方应在施工前提交改造施工方案、停线切换计划和应急回退方案，经甲方生产部门书面确认后方可实施。每条产线切换前，乙方应完成离线模拟调试，确保切换失败时可在八小时内恢复原控制方式。
P:4.3 拆除的旧控制柜、线缆和元器件归甲方所有，由乙方清理后运至甲方指定仓库；其中的废弃电子元件由甲方按环保规定处置。
P:4.4 乙方交付的技术资料包括电气原理图、接线图、I/O点表、PLC和HMI程序备份、设备说明书、合格证及软件安装介质，均应在最终验收前交付。
P:4.5 乙方应对甲方设备维修人员进行不少于五日的集中培训，内容包括控制柜日常检查、常见故障排除、程序备份与恢复、视觉检测参数调整和数据采集软件使用，并在培训后进行实际操作考核。
H:第五条 验收
P:5.1 每条产线改造完成后连续生产七十二小时，节拍不低于改造前设计值，控制系统无停机类故障。
P:5.2 视觉检测工位对破损蛋托的检出率不低于98%，误判率不高于千分之五；数据采集软件的产量数据与人工盘点差异不超过千分之二。
P:5.3 验收测试由甲方生产、设备和品质部门共同参加，乙方应提供测试方案和记录表格，测试结果由双方签字确认。
P:5.4 三条产线均满足上述条件并经试运行三十日后，甲方组织最终验收并签署验收报告。设备到货、安装完成或甲方投入生产均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费更换故障部件，免费修复软件缺陷。
P:6.2 质保期内故障分级及响应要求：一级故障（整条产线停机）1小时内响应，6小时内到场；二级故障（单台设备或单个工位停机）2小时内响应，次日到场；三级故障两个工作日内处理。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付违约金¥800，可从质量保证金中扣除。
P:6.4 质保期满后，乙方提供维保服务，年度维保费按软硬件小计的7.5%计取，即每年¥89,250，自质保期满起三年内不上调。维保合同由双方逐年签订，不自动续期。
H:第七条 知识产权
P:7.1 为本项目定制编制的PLC程序、HMI画面及其源程序和注释，归甲方所有，甲方可自行修改或委托第三方修改。
P:7.2 数据采集软件的著作权归其权利人，甲方获得永久使用许可。
H:第八条 生产数据安全
P:8.1 控制系统和数据采集软件产生的生产数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须事先取得甲方同意，通过甲方指定的VPN账号进行，操作全程留存日志；乙方不得在控制网络中私自接入无线设备或移动存储介质。
P:8.3 因乙方原因导致生产数据丢失、篡改或泄露，或控制系统遭受病毒感染的，乙方应立即报告并负责恢复，赔偿甲方由此遭受的损失。
H:第九条 分包
P:9.1 乙方可将电气布线及桥架安装分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包部分承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期申请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 因改造施工导致甲方停线超过约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或改造后产线经两次整改仍不能通过验收的，甲方有权书面通知解除合同，乙方应退还已付款项并拆除其设备、恢复原状。
H:第十二条 安全生产
P:12.1 乙方人员在甲方厂区内应遵守甲方安全生产制度，动火、登高和带电作业须办理作业票。因乙方人员违章造成的人身或财产损失由乙方承担。
P:12.2 改造后的控制柜应设置急停按钮、安全光幕联锁和门禁开关，符合国家机械电气安全标准；乙方应在验收前提交电气安全检测记录和接地电阻测试报告。
H:第十三条 变更与不可抗力
P:13.1 甲方因生产计划调整需要变更改造范围的，应书面通知乙方，双方按附件单价协商调整合同价款和工期；未经甲方书面确认，乙方不得以变更为由增加费用。
P:13.2 因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十四条 适用法律与争议
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。争议期间，双方应继续履行不涉及争议的部分。
H:第十五条 其他
P:15.1 双方往来通知以书面形式送达合同所列地址或指定联系人的电子邮箱，发出之日起第三日视为送达。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术参数表、改造施工方案。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

H978Z03 = """门店预约及会员管理系统SaaS服务合同

合同编号：QM-IT-2027-008
甲方：启明星少儿科创教育连锁有限公司（含其直营门店共35家）
乙方：上海约课云信息技术有限公司

鉴于甲方在全国经营35家STEAM教育门店，需要统一的课程预约、会员管理和储值核销系统，乙方同意以SaaS方式提供服务并完成实施。双方订立本合同如下。

一、服务内容
（一）乙方向甲方提供“约课云”SaaS服务，包括课程排课与预约、会员及储值卡管理、课消核销、家长端小程序、门店经营报表等模块，服务范围覆盖甲方全部35家门店。
（二）乙方负责实施服务（实施期间乙方应派驻不少于两名实施顾问，分区域巡回各门店）：
1. 35家门店的组织架构、课程体系、教室和教师信息配置；
2. 将甲方原有系统中约四万二千名会员及储值余额迁移至本系统；
3. 按甲方品牌要求设计并配置专属家长端小程序页面；
4. 对门店店长和前台人员进行培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算。
（四）服务期内乙方负责系统的日常运行、版本升级、安全加固和数据备份，版本升级不得减少甲方已使用的功能。乙方每季度向甲方提交一次服务报告，内容包括系统可用率、故障处理记录和版本更新说明。
（五）服务期内甲方新开门店的，按每店每个服务年度¥9,800的价格按月折算增加费用；门店关闭的，自关闭次月起相应减少费用。门店增减不影响本合同其他条款。

二、费用
（一）SaaS服务年费按门店计算，每店每个服务年度¥9,800，35家门店每个服务年度合计¥343,000，两个服务年度合计¥686,000。
（二）一次性实施费¥58,000，包括门店配置、数据迁移、小程序页面设计配置和首期培训，不另行收取差旅费用。
（三）合同总金额为¥744,000（含税）。

三、付款
（一）实施费在上线验收合格后十个工作日内支付。
（二）每个服务年度的年费按季度支付，乙方在每季度结束后开具发票，甲方收到发票后十五个工作日内支付该季度费用¥85,750。
（三）甲方不向乙方支付任何预付款。
（四）乙方开具的发票应为增值税专用发票，发票金额与应付金额一致。因发票不合格导致付款延迟的，甲方不承担逾期责任。

四、实施与上线验收
（一）乙方应在合同签订后六十日内完成实施并申请上线验收。
（二）上线验收标准：
1. 35家门店的课程、教室、教师配置与甲方提供的清单逐项一致；
2. 会员信息和储值余额迁移后经抽样核对及总额核对无差异；
3. 预约、签到、课消、退费全流程测试通过，家长端小程序在高峰时段下单响应时间不超过2秒；
4. 试运行十四日期间未发生一级故障。
（三）甲方在收到验收申请后十个工作日内完成验收并书面确认。系统开通或甲方使用不视为验收合格。
（四）乙方逾期完成实施或逾期通过上线验收的，每逾期一日，按合同总金额的千分之一支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应提前三日通知并安排在夜间进行。
（二）一级故障（预约或核销功能整体不可用）30分钟内响应，2小时内恢复；二级故障2小时内响应；一般问题一个工作日内答复。
（三）月度可用率低于承诺值的，每低于0.1个百分点，乙方按当月服务费的5%给予服务抵扣，当月抵扣以当月服务费为上限。一级故障响应或恢复超时的，每次另行抵扣¥1,000。
（四）乙方每月初向甲方发送上月服务水平报告，甲方有异议的，双方以系统监控记录为准进行核对。

六、知识产权
（一）“约课云”平台软件及其后续版本的知识产权归乙方所有。
（二）为甲方专门设计的家长端小程序页面、品牌素材及定制报表模板归甲方所有，甲方可自由使用、修改或交由第三方使用。

七、数据
（一）甲方及其门店录入或产生的会员、学员、家长和交易数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行去标识化处理后，用于改进乙方产品、训练排课推荐模型及编制行业分析报告，该项使用在合同终止后仍可继续。
（三）数据安全：乙方应按网络安全等级保护第三级要求运行系统，对个人信息加密存储，对未成年人信息实施单独授权和最小权限访问；发生数据泄露或安全事件的，乙方应在二十四小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）合同终止后三十日内，乙方应按甲方要求导出并移交全部数据，随后删除其系统中的甲方数据。
（五）乙方应为家长端小程序提供隐私政策及未成年人个人信息处理规则的文本模板，并配合甲方取得监护人同意；乙方的工作人员仅可在处理故障所必需的范围内查看会员数据，查看行为应留存日志，甲方可随时查阅。

八、保密
双方对履约中获得的对方商业信息、经营数据和价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

九、续期
服务期满前四十五日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，以此类推。每次续期时，乙方有权上调服务年费，上调幅度不超过上一服务年度年费的8%，并于续期前通知甲方。

十、责任
（一）乙方因违约给甲方造成损失的，应予赔偿，累计赔偿责任以合同总金额的两倍为限，但因数据泄露造成的损失不受此限。
（二）乙方不得将本合同项下的服务转包，亦不得在未经甲方书面同意的情况下分包。

十一、双方义务补充
（一）甲方应指定项目联系人，及时提供门店清单、课程体系和原系统数据，并组织门店人员参加培训。
（二）乙方应指定客户成功经理，负责需求对接、培训安排和服务报告。乙方每个服务年度应为甲方新入职店长和前台人员提供不少于六次线上培训。
（三）乙方应保证家长端小程序符合微信平台规则及个人信息保护的相关规定，因小程序违规被下架导致甲方损失的，由乙方承担。
（四）乙方应向甲方开放标准数据接口，供甲方财务系统获取储值、课消和退费数据，接口调用不另行收费。
（五）服务期内乙方停止经营或终止“约课云”产品的，应提前九十日通知甲方，协助甲方将数据完整迁移至甲方指定系统，并退还未提供服务期间的费用。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还未提供服务期间的费用。
（二）任何一方破产或停业的，另一方可以书面通知解除合同。

十三、不可抗力
因不可抗力导致系统中断或不能履行的，受影响一方应及时通知对方并采取措施减少损失，在不可抗力影响范围内免除责任。乙方应提前做好异地备份，网络攻击、硬件故障和云服务商故障不属于不可抗力。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方住所地人民法院诉讼解决。

十五、其他
双方通知以书面或电子邮件方式送达合同所列联系人，联系人变更的应提前五日通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同附件包括功能清单、门店清单和服务水平说明。本合同一式两份，自双方盖章之日起生效。

甲方（盖章）：
乙方（盖章）：
日期：2027年　月　日
"""

H978Z04 = """顶管施工监测系统年度运行维护服务合同

项目名称：2027年度顶管施工监测系统运行维护服务
采购方式：竞争性磋商
甲方：临江市住房和城乡建设局
乙方：江苏筑测信息工程有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其顶管施工监测系统提供年度运行维护服务，双方订立本合同。

第一条 服务对象
（一）顶管施工监测系统包括监测管理平台软件、数据库及中间件、全市在建顶管工点的现场监测设备（全站仪、静力水准仪、倾角计、轴力计及数据网关）和视频接入模块。
（二）本年度纳入运维范围的在建工点为42个，工点增减时按附件所列单价调整，但全年调整金额不超过合同金额的10%。

第二条 服务期限
服务期自2027年1月1日起至2027年年末止。期满后本合同终止，下一年度服务由甲方另行组织采购。

第三条 服务内容
（一）平台软件运维：日常巡检、版本补丁、数据库备份与性能优化、账号和权限管理、监测报表配置。
（二）现场设备维护：每月对各工点监测设备巡检一次，校准传感器，更换损坏的电池、线缆和网关；新开工点在收到甲方通知后五个工作日内完成设备安装和接入。
（三）数据服务：每日生成监测日报，出现沉降、位移或轴力超过预警值时，立即通过平台和短信向甲方及施工单位推送预警。
（四）应急保障：汛期及重大活动期间安排专人值守。遇暴雨、地面塌陷或管线破损等突发情况，乙方应按甲方指令加密监测频次，并派员赴现场配合应急处置。
（五）服务交接：服务开始后十五个工作日内，乙方应与上一年度运维单位完成系统账号、设备台账、备品备件和技术资料的交接，交接清单经甲方确认后存档。服务期满时，乙方应以同样方式向甲方或甲方指定的单位移交。
（六）备品备件：乙方应在本市储备不少于工点总数一成的常用传感器和数据网关，保证损坏设备能够及时更换。

第四条 服务要求
（一）乙方应设立运维服务热线，工作时间内安排专人接听。
（二）故障分级响应：一级故障（平台中断或三个以上工点数据中断）1小时内响应，3小时内到场，8小时内恢复；二级故障（单个工点数据中断）2小时内响应，次日内恢复；三级故障两个工作日内处理。
（三）乙方响应、到场或恢复超时的，每超时一小时扣减服务费¥500；一级故障全年超过三次的，另扣减当季服务费的2%。
（四）乙方应配备不少于六名专职运维人员，其中项目负责人须具有注册测绘师或高级工程师资格。
（五）乙方每月向甲方提交运维月报，内容包括巡检记录、故障处理情况和设备更换清单。
（六）乙方运维人员变更的，应提前七日书面告知甲方并完成工作交接，项目负责人变更须经甲方同意。
（七）乙方应为现场作业人员购买意外伤害保险，并对其进行安全交底和技术培训。

第五条 服务费用及支付
（一）本合同年度运维服务费为人民币肆拾捌万陆仟元整（¥486,000），包括：平台软件运维¥168,000，现场监测设备维护¥214,000，数据服务¥62,000，应急保障¥42,000。
（二）服务费按季度支付。每季度结束后，甲方根据季度考核结果，在收到乙方发票后十五个工作日内支付该季度服务费¥121,500；考核扣款从当季服务费中扣除。
（三）本合同不设预付款。
（四）工点数量调整引起的费用增减，在当季服务费中一并结算，调整依据为甲方书面通知和工点接入确认单。
（五）乙方应开具合法有效的增值税发票，甲方按财政支付程序付款，因财政资金拨付原因造成的付款延迟不视为甲方违约。

第六条 考核与验收
（一）甲方每季度按附件考核细则对乙方进行考核，考核内容包括巡检完成率、数据上传完整率、故障处理及时性、预警推送及时性和月报质量。
（二）季度考核得分低于八十分的，每低一分扣减当季服务费的0.5%；连续两个季度考核得分低于七十分的，甲方有权约谈乙方负责人，并要求乙方更换项目负责人。
（三）考核由甲方组织，可邀请施工单位和第三方监测单位参加。乙方对考核结果有异议的，可在收到考核结果后五个工作日内书面申请复核。
（四）服务期满后，甲方组织年度验收。验收标准为：全年巡检记录完整，各工点数据上传完整率不低于98%，所有预警均有推送记录，设备台账与现场一致，运维资料全部移交。年度验收合格后出具验收意见。

第七条 监测数据
监测数据、报表和预警记录归甲方所有，乙方不得将其用于本合同以外的用途。服务期满时，乙方应将本年度全部监测数据、报表和预警记录整理后移交甲方。

第八条 保密
（一）乙方对履约过程中知悉的甲方工作信息、工程资料和监测数据负有保密义务，未经甲方书面同意，不得向任何第三方披露或对外发布。
（二）乙方应要求其参与本项目的人员签署保密承诺书。
（三）本条义务在合同终止后继续有效。

第九条 知识产权
运维过程中形成的报表模板、接口脚本、巡检记录和技术文档归甲方所有，甲方可自行使用、修改或提供给后续运维单位使用。乙方提供的自有工具软件，乙方授予甲方免费使用许可。乙方应保证其提供的服务和工具不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

第十条 分包
乙方不得将本合同项下的服务转包或分包。

第十一条 甲方责任
（一）甲方应向乙方提供在建顶管工点清单、监测设备原始台账、施工单位联系人和监测预警值设置依据，并及时通知工点开工、停工和完工情况。
（二）甲方应协调施工单位为乙方设备安装和巡检提供必要的作业条件和临时用电。
（三）甲方应按约定支付服务费，并对乙方提交的运维月报在十个工作日内提出意见。
（四）甲方委托第三方对监测数据进行抽检的，乙方应予配合，抽检发现数据异常的，乙方应在三个工作日内查明原因并书面说明。

第十二条 违约责任
（一）乙方未按约定时间完成新开工点设备安装接入或月度巡检的，每逾期一日，按合同金额的千分之一向甲方支付违约金。
（二）因乙方未及时推送预警导致工程事故或损失扩大的，乙方应承担相应赔偿责任。
（三）甲方无正当理由逾期付款的，应按应付未付金额每日万分之二支付违约金。

第十三条 合同的履行
合同履行期间，双方均不得单方解除本合同。乙方违约的，甲方可要求乙方继续履行、限期整改，并按本合同约定扣减服务费或收取违约金。因不可抗力导致合同无法履行的，双方协商处理。

第十四条 安全生产与廉洁
（一）乙方人员进入施工现场应遵守现场安全管理规定，佩戴安全防护用品，因乙方人员违规造成的人身伤害和财产损失由乙方承担。
（二）乙方不得向甲方工作人员及施工单位人员提供礼金、礼品或其他不正当利益，不得利用监测数据谋取不正当利益。
（三）乙方在现场作业中应做好文明施工和成品保护，不得影响顶管施工单位的正常作业，损坏现场设施的应负责修复。

第十五条 法律适用和争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）磋商文件、响应文件、成交通知书及附件考核细则为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
签订日期：2027年　月　日
"""

H978Z05 = """# 窑迹®陶瓷工艺追溯系统 软件许可及定制开发合同

**（郑州窑迹软件科技有限公司 标准合同文本 YJ-2026版）**

合同编号：YJ-2027-0219

甲方（买方）：汝州市青瓷坊汝窑艺术工作室

乙方（卖方）：郑州窑迹软件科技有限公司

甲乙双方经友好协商，就甲方采购“窑迹®陶瓷工艺追溯系统”软件许可及定制开发事宜，按乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供窑迹®陶瓷工艺追溯系统标准版软件许可一套（永久许可，授权用户20个，含窑炉温控数据采集模块）。

1.2 乙方根据甲方需求进行定制开发，内容包括：釉料配方及配比管理、烧成曲线记录与比对、器物唯一编号及二维码追溯、开片等级及成品分级管理。

1.3 乙方负责系统部署、基础数据初始化和操作培训。培训以远程方式进行，共计两次，每次不超过一日；甲方需要现场培训的，差旅费用由甲方承担。

1.4 系统运行所需的服务器、操作系统、数据库、网络环境和窑炉温控仪表的通讯接口，由甲方自行准备，并应符合乙方《部署环境要求》。因甲方环境不符合要求导致工期延误的，工期相应顺延，乙方不承担责任。

1.5 定制开发的具体内容以双方确认的《需求确认书》为准。《需求确认书》签署后，甲方提出的新增或变更需求，乙方有权另行报价，并相应调整交付时间。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 窑迹®陶瓷工艺追溯系统标准版软件许可（永久） | 420,000 |
| 2 | 定制开发（釉料配方、烧成曲线、器物追溯、分级管理） | 136,000 |
| 3 | 部署实施及培训 | 24,000 |
| | 合同总价（含税） | 580,000 |

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币叁拾柒万柒仟元整（¥377,000）。乙方收到该笔款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥203,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，逾期超过十五日的，乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后九十日内完成定制开发和部署，并通知甲方上线。

4.2 系统安装部署完成并上线运行之日，即视为甲方验收合格。甲方在上线后提出的需求变更，按乙方报价另行收费。

4.3 乙方交付的资料包括用户操作手册和系统安装说明各一份，以电子文档形式提供。源代码及设计文档不属于交付范围。

4.4 上线前，乙方协助甲方导入已有的釉料配方和器物编号数据，导入数据的准确性由甲方负责核对。

## 第五条 知识产权

5.1 本合同项下的软件产品、定制开发成果（包括釉料配方模块、烧成曲线模型、追溯编码规则及相关源代码、文档）的全部知识产权归乙方所有。

5.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

## 第六条 免费维护期

6.1 系统上线之日起六个月为免费维护期，期内乙方免费修复软件缺陷并提供远程技术支持。

6.2 免费维护期内故障响应：一级故障（系统无法登录或数据无法采集）乙方在接到通知后8小时内响应，二级故障在两个工作日内响应，一般咨询在五个工作日内答复。

6.3 乙方响应超时的，每次超时向甲方支付违约金人民币贰佰元（¥200）。

6.4 下列情形不属于免费维护范围：甲方自行修改系统配置或数据库造成的故障；甲方计算机病毒、网络或硬件故障引起的问题；甲方要求的功能调整和报表新增。乙方处理上述问题的，按每人日人民币贰仟伍佰元收取服务费。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的26%计取，即每年人民币壹拾万玖仟贰佰元整（¥109,200），于每个维护年度开始前支付。

7.2 年度维护服务包括软件缺陷修复、小版本升级、远程技术支持和每年一次上门巡检。大版本升级、新增功能开发及硬件更换不属于年度维护服务范围，乙方另行报价。

7.3 甲方未按期支付年度维护费的，乙方有权停止提供维护服务及软件升级，由此造成的系统故障或数据问题由甲方自行承担。

## 第八条 数据

8.1 甲方在系统中录入和产生的工艺数据、配方数据和器物信息归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方在部署和远程维护中应采取访问控制、数据备份和传输加密等安全措施；因乙方原因造成甲方数据丢失、泄露或损毁的，乙方应负责恢复并赔偿甲方的直接损失。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息、商业信息和本合同价格负有保密义务，保密期限为合同终止后两年。甲方的釉料配方信息属于甲方商业秘密，乙方不得以任何方式披露。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的累计赔偿责任（包括违约金）以合同总价的20%为限，且乙方不承担任何间接损失、利润损失或商誉损失。

10.3 因甲方提供的环境、硬件或第三方软件原因导致系统不能正常运行的，乙方不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后三十日内仍未改正的，守约方有权书面通知解除合同。

11.2 甲方已支付的款项，除乙方根本违约外，不予退还。

11.3 合同解除后，甲方应停止使用定制开发成果，并删除其计算机中安装的软件副本；已经取得的永久许可部分，在甲方付清许可费的前提下可继续使用。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。本条所称不可抗力包括自然灾害、政府行为、电力中断、网络运营商故障及第三方软硬件缺陷等乙方无法控制的情形。

## 第十三条 甲方责任

13.1 甲方应指定专人负责项目对接，及时提供工艺资料、釉料配方编码规则、窑炉参数和器物编号规则，并在乙方提交需求确认书后五个工作日内完成确认，逾期未确认的视为确认。

13.2 甲方应妥善保管系统账号和密码，因甲方人员操作不当或账号泄露造成的损失由甲方自行承担。

13.3 甲方不得将软件安装在授权范围以外的计算机上，不得超出授权用户数使用；超出部分，甲方应按乙方当年报价补缴许可费用。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。诉讼期间，甲方应继续支付无争议部分的款项。

## 第十五条 其他

15.1 本合同未尽事宜，以乙方官网公布的《窑迹软件服务说明》为准。乙方对本合同文本享有最终解释权。

15.2 甲方签署本合同即表示已阅读并理解本合同全部条款，包括免除或限制乙方责任的条款。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

H978E01 = """T:Software Licence and Services Agreement
P:Agreement No. CMS-ZS-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhoushan Donghai Ocean Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhoushan, Zhejiang Province (the "Buyer"), and Clatsop Marine Systems, Inc., an Oregon corporation with its principal office at Marine Drive, Astoria, Oregon, United States (the "Vendor").
P:The Buyer processes and stores frozen seafood at three plants and two cold-storage warehouses and wishes to trace each lot from the landing vessel to the customer. The Vendor develops the TideTrace catch-traceability and cold-chain management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TideTrace Enterprise software in object code, version 7.2 or later, including the cold-storage, lot-genealogy and recall modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all interfaces, configurations, label templates, reports, scripts and documents created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including vessel, lot, temperature, customer and personnel data.
P:1.4 "Final Acceptance" means the Buyer's written acceptance issued under Article 5.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers in China for the Buyer's business at all its sites, for an unlimited number of named users.
P:2.2 The Vendor shall configure the Software for the three plants and two warehouses, build interfaces to the Buyer's ERP system, the weighbridge system, the warehouse temperature loggers and the customs declaration platform, migrate the lot records of the last three seasons, and train the Buyer's key users and administrators.
P:2.3 The detailed scope, milestones and responsibilities are set out in Annex 1 (Statement of Work). If the Statement of Work conflicts with this Agreement, this Agreement prevails.
H:Article 3 Price and Payment
P:3.1 The total price is CNY 1,778,000, inclusive of all taxes, made up of: Software licence fee CNY 1,260,000; configuration and interfaces CNY 388,000; data migration CNY 96,000; training CNY 34,000.
P:3.2 The Buyer shall pay the price in three instalments: (a) 10% (CNY 177,800) within 20 business days after signature, against the Vendor's invoice; (b) 55% (CNY 977,900) after installation of the Software at all sites and the signing of the Installation Certificate; (c) 35% (CNY 622,300) after Final Acceptance.
P:3.3 The Installation Certificate confirms only that the Software has been installed. It is not acceptance of the Software or of any Custom Deliverable.
P:3.4 All payments are made in CNY by bank transfer to the Vendor's account in China within 20 business days after receipt of a valid invoice.
H:Article 4 Delivery and Schedule
P:4.1 The Vendor shall install the Software within 60 days and reach Final Acceptance within 150 days after signature.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, it shall pay delay damages of 0.1% of the total price for each day of delay. Delay damages do not release the Vendor from its obligation to complete the work.
P:4.3 The Buyer shall provide the server environment, network access and the cooperation of its staff as described in the Statement of Work. A delay caused by the Buyer extends the dates accordingly.
H:Article 5 Acceptance
P:5.1 The Vendor shall notify the Buyer in writing when the system is ready for acceptance testing. The Buyer shall run the acceptance tests within 15 business days after that notice.
P:5.2 The acceptance criteria are: (a) every function in the Statement of Work works as specified in the agreed test scripts; (b) a complete trace, forward and backward, of any lot can be produced within ten seconds; (c) the migrated lot records reconcile with the source records by count and by weight; (d) all interfaces run for ten consecutive business days without a Severity 1 error; and (e) a simulated recall exercise is completed successfully at one plant.
P:5.3 If a test fails, the Vendor shall correct the defect and the test shall be repeated. Use of the system in production before Final Acceptance does not constitute acceptance.
P:5.4 Final Acceptance is given by a certificate signed by the Buyer's project manager.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the Statement of Work for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Support is provided in Chinese and English from the Vendor's partner support desk in Hangzhou and remotely from Astoria. Severity 1 means the Software is down or lots cannot be received, moved or shipped at any site. For Severity 1 the Vendor shall respond within one hour and provide a workaround or fix within eight hours, at any time of day. Severity 2 (a major function is impaired) is answered within two business hours and fixed within three business days. Severity 3 is answered within one business day.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall credit CNY 1,000 against the next amount payable or pay it on demand.
P:6.4 After the Warranty Period, the Buyer may order annual support. The annual support fee is 9% of the Software licence fee, that is CNY 113,400 per year, fixed for the first three years after the Warranty Period. Each year of support is ordered separately; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software.
P:7.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or a Custom Deliverable infringes a third party's rights and shall pay any damages awarded.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access it only to perform this Agreement and shall not copy, transfer or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the remote access gateway designated by the Buyer, with individual accounts and multi-factor authentication, and each session must be approved by the Buyer. Buyer Data shall not leave China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Buyer of any security incident affecting Buyer Data within six hours after becoming aware of it, cooperate in the investigation, and bear the losses caused by incidents attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and use it only for this Agreement. This obligation continues for five years after termination.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 200% of the total price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Hangzhou support partner named in Annex 2 is approved by signature of this Agreement. The Vendor remains responsible for its subcontractors.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not cure it within 20 days after notice, or if delay damages under Article 4.2 have run for more than 45 days.
P:12.2 On termination before Final Acceptance for the Vendor's breach, the Vendor shall refund the amounts paid, less the value of any deliverable the Buyer chooses to keep.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Oregon, United States, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the International Centre for Dispute Resolution in Portland, Oregon, before one arbitrator, in English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Statement of Work), Annex 2 (Approved Subcontractors) and Annex 3 (Acceptance Test Plan), is the entire agreement between the parties on its subject matter.
P:14.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English and Chinese; both texts are equally authentic.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H978E02 = """# BLUE MOUNTAIN MILLWORKS SOFTWARE, INC. — ORDER FORM

**Order Form No. BMM-CN-2027-0311**

Vendor: Blue Mountain Millworks Software, Inc., SE Court Avenue, Pendleton, Oregon, United States ("Vendor")

Customer: Shaoxing Keqiao Huarun Dyeing and Finishing Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing it the parties agree to both parts. If Part A conflicts with Part B, Part A prevails.

## PART A — ORDER DETAILS

### A1. Services

Vendor will provide its DyeLine Cloud subscription service for dye-house scheduling, recipe management and lot quality control (the "Service"), with the Quality Lab module, for up to 180 named users at Customer's two dyeing plants in Keqiao. Vendor will also provide the onboarding services described in A4.

### A2. Subscription Term

The Subscription Term is 24 months, starting on the date of Go-Live Acceptance under A4 (the "Subscription Start Date"). The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| DyeLine Cloud platform subscription, 180 named users | per year | 264,000 | 528,000 |
| Quality Lab module | per year | 72,000 | 144,000 |
| Onboarding services (one-time) | fixed | — | 46,000 |
| **Total contract value** | | | **718,000** |

All fees are in CNY and include VAT. Fees are fixed for the Subscription Term.

### A4. Onboarding and Go-Live Acceptance

Onboarding covers: configuration of both plants, machines and shifts; import of 6,500 dye recipes and the current customer and colour-standard master data; interfaces with Customer's ERP system and the spectrophotometers in the quality lab; and training of planners, lab staff and administrators.

Vendor will complete onboarding and request Go-Live Acceptance within 75 days after signature. Go-Live Acceptance requires that: (a) the recipes imported reconcile with the source list; (b) a full week of production orders is scheduled and released in parallel with the current system without a scheduling error; (c) colour measurement results pass from both spectrophotometers into lot records without loss; and (d) the acceptance test script in Exhibit 1 is completed without any open Priority 1 or Priority 2 defect. Customer will confirm Go-Live Acceptance in writing within ten business days after the request. Use of the Service for training or parallel runs is not acceptance.

If Vendor fails to reach Go-Live Acceptance on time for reasons attributable to Vendor, Vendor will pay Customer CNY 500 for each day of delay.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears, CNY 84,000 per quarter, starting at the end of the first quarter of the Subscription Term. Customer pays each correct invoice within 30 days after receipt. No amount is payable before the Subscription Start Date.

### A6. Contacts and Hosting

Customer's contact is its IT manager; Vendor's contact is its China account manager. The Service for Customer is hosted in a data centre in Hangzhou, mainland China, operated by a hosting provider under contract with Vendor.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including recipes, production orders, lot and quality records, customer names and user details.

1.2 "Customer Deliverables" means the reports, dashboards, interface mappings and configuration documents that Vendor prepares specifically for Customer.

1.3 "Documentation" means Vendor's user guides and specifications for the Service, as updated from time to time without reducing functionality.

### 2. Use of the Service

2.1 Vendor grants Customer and its authorised users a non-exclusive right to access and use the Service during the Subscription Term for Customer's internal business.

2.2 Customer will not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

2.3 Customer is responsible for the accuracy of the data it enters, for keeping user credentials secure, and for the network connections and devices its users need to reach the Service. Customer will promptly tell Vendor of any unauthorised use of an account that comes to its attention.

2.4 Vendor may update the Service from time to time. Updates will not materially reduce the functions described in the Documentation or the interfaces built during onboarding, and Vendor will give Customer at least 14 days' notice of any change that requires action by Customer's users or administrators.

### 3. Service Levels

3.1 Vendor will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 22:00 and 06:00 China time.

3.2 Vendor will respond to Priority 1 incidents (the Service is unavailable or production orders cannot be released) within one hour, at any time, and will work continuously until the Service is restored. Priority 2 incidents are answered within three business hours and Priority 3 requests within two business days.

3.3 Vendor will report availability and incident response times to Customer each month. Service levels are targets. No service credits, fee reductions or other compensation apply if Vendor misses a service level.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the Service and support to Customer and will not use it for any other purpose, including in aggregated or anonymised form.

4.2 Vendor will maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log all administrative access, keep Customer Data in mainland China, and comply with the PRC Data Security Law and Personal Information Protection Law.

4.3 Vendor will notify Customer of any security incident affecting Customer Data within 24 hours, take the measures needed to contain it, and be responsible for the losses Customer suffers from incidents caused by Vendor or its subcontractors.

4.4 Within 30 days after the end of the Subscription Term, Vendor will return Customer Data in a standard format and then delete it.

### 5. Intellectual Property

5.1 Vendor owns the Service, the Documentation and all improvements to them.

5.2 Customer owns the Customer Deliverables. Vendor assigns to Customer all rights in them on creation, and Customer may use, modify and license them freely.

### 6. Confidentiality

6.1 Each party will protect the other's confidential information with at least reasonable care, use it only for this Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar duties. These duties continue for three years after the Subscription Term ends.

### 7. Subcontractors

7.1 Vendor may use subcontractors and subprocessors, including its hosting provider and its support partner in Hangzhou, to perform any part of the Service. Vendor will notify Customer by email of any new subcontractor before it starts work. Vendor remains responsible for the acts and omissions of its subcontractors.

### 8. Warranties

8.1 Vendor warrants that the Service will perform materially in accordance with the Documentation and that onboarding services will be performed with reasonable skill and care. If the Service does not conform, Vendor will correct it without charge.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential losses, including loss of profit.

9.2 Vendor's total liability arising out of or relating to this Order Form is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to Vendor's breach of Section 4 or Section 6 or to personal injury.

### 10. Force Majeure

10.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and takes reasonable steps to reduce the effects. Failures of Vendor's own subcontractors or hosting provider are not force majeure events unless they are themselves caused by such an event.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.

11.2 On termination for Vendor's breach, Vendor will refund any fees paid for the period after termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute will be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules then in force. The award is final and binding.

### 13. General

13.1 Notices must be in writing and sent to the contacts named in A6. This Order Form may be signed in counterparts and by electronic signature.

13.2 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business that agrees to be bound by it.

13.3 This Order Form, with Exhibit 1 (Acceptance Test Script), is the entire agreement of the parties on its subject matter. Changes must be in writing and signed by both parties.

**Signed for Customer:** ____________________   **Signed for Vendor:** ____________________
"""

H978E03 = """T:Supply Contract for Machine Condition Sensors and Monitoring Software
P:Contract No. LYWP-EQ-2027-017
P:Buyer: Linyi Huayuan Wood Panel Co., Ltd., Linyi, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Umpqua Sensing Corporation, NE Stephens Street, Roseburg, Oregon, United States, acting through its authorised distributor in Qingdao for delivery and customs clearance (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer operates two plywood lines and one particleboard line and wishes to monitor the condition of its peelers, dryers, hot presses, chippers and sanders so that failures can be predicted and planned.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's MillSense condition-monitoring software, version 5 or later, installed on the Buyer's servers, including all updates supplied during the Warranty Period.
P:1.3 "Custom Work" means the machine models, alarm rules, dashboards, interface programs and documentation prepared by the Supplier specifically for the Buyer.
P:1.4 "Buyer Data" means all measurement data, alarms, maintenance records and other data produced by the Equipment or stored in the Software.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment and the Software at the Buyer's plant in Linyi, prepare the Custom Work, and train the Buyer's staff, as set out below and in Annex 1 (Technical Specification).
P:2.2 The Contract Price is CNY 1,820,000, inclusive of VAT, import duties, freight, insurance and installation, as itemised in the following table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, intrinsically safe|240|3,600|864,000
TB:2|Edge gateway with local buffering|16|12,500|200,000
TB:3|Surface temperature sensor for dryers and presses|60|2,900|174,000
TB:4|MillSense monitoring software, perpetual licence, unlimited users|1|326,000|326,000
TB:|Equipment and Software Subtotal|||1,564,000
TB:5|Installation, cabling and commissioning|1 lot|148,000|148,000
TB:6|Machine model and alarm rule configuration|1 lot|86,000|86,000
TB:7|Training of operators and maintenance engineers|1 lot|22,000|22,000
TB:|Contract Price|||1,820,000
P:2.3 The prices are fixed and not subject to exchange-rate adjustment. They include all software licences, tools and accessories needed for the system to operate as specified in Annex 1, even if not listed in the table above.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 1,001,000) within 20 business days after all Equipment has been installed and the Installation Certificate has been signed. The Installation Certificate records installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 45% (CNY 819,000) within 20 business days after Final Acceptance under Clause 5.
P:3.4 Each payment is subject to receipt of a valid VAT invoice.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver the Equipment to the Buyer's plant within 70 days and complete installation within 100 days after signature of this Contract.
P:4.2 If the Supplier fails to meet a date in Clause 4.1 or to achieve Final Acceptance within 160 days after signature, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligations.
P:4.3 The Equipment shall be new, of current production, packed for sea and road transport, and marked with the Buyer's contract number. Each shipment shall include a packing list, certificates of origin and quality, and the calibration certificate of every sensor.
P:4.4 Installation shall be carried out during the maintenance windows notified by the Buyer. The Supplier's personnel shall follow the Buyer's safety rules, including lock-out and tag-out procedures on machinery and hot-work permits, and shall leave each work area clean at the end of each shift.
P:4.5 Training shall consist of three days for maintenance engineers and one day for line operators at the Buyer's plant, with course material in Chinese, and shall enable the trained staff to replace sensors, adjust alarm limits and read the diagnostic reports without assistance.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 45 days. Final Acceptance requires that: (a) at least 98% of the installed sensors report valid data during the last 14 days of the trial; (b) the vibration readings of ten sample points agree with a calibrated portable analyser within 5%; (c) alarm notifications reach the maintenance team within one minute of the triggering reading; (d) the interface to the Buyer's maintenance management system creates work orders correctly; and (e) no Severity 1 fault remains open.
P:5.2 The Buyer shall issue the Final Acceptance Certificate within ten business days after the criteria are met. Delivery, installation, use of the system or any payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and travel.
P:6.2 Service levels during the Warranty Period are as follows.
TB:Severity|Definition|Response|On site or fix
TB:Severity 1|Monitoring of a production line is lost|30 minutes|On site within 24 hours
TB:Severity 2|Several sensors or one gateway fail|2 hours|Within 3 business days
TB:Severity 3|Single sensor or minor software issue|1 business day|Next planned visit
P:6.3 For each hour by which the Supplier exceeds a Severity 1 or Severity 2 response or fix time, it shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Supplier shall, at the Buyer's option, provide annual support and spare parts service for 6% of the Equipment and Software Subtotal per year (CNY 93,840), a price fixed for two years. Support is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the Equipment remain the property of the Supplier, which grants the Buyer a perpetual licence to use them with the Equipment.
P:7.2 The Custom Work belongs to the Buyer, including source code and documentation delivered at Final Acceptance. The Buyer may use, modify and license it without restriction.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy it outside the Buyer's network.
P:8.2 The gateways shall send data only to the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall take place through the Buyer's jump server with logging.
P:8.3 The Supplier shall report any security incident affecting the Equipment, the Software or Buyer Data within six hours, take remedial action and compensate the Buyer for losses caused by the Supplier's fault.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all drawings, process parameters and other non-public information of the Buyer received under this Contract and shall not disclose them to any third party without the Buyer's written consent. This obligation survives termination.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement or breach of Clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Qingdao distributor named above is approved for delivery and customs clearance.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages reach the maximum in Clause 4.2.
P:12.2 On such termination the Supplier shall refund all amounts received and remove the Equipment at its own cost, unless the Buyer elects to keep any part of it at an agreed value.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Linyi Arbitration Commission for arbitration in Linyi. The award is final.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party within five days and takes reasonable steps to limit the effects. Dates are extended by the duration of the event. If such an event lasts more than 60 days, either party may end this Contract by notice and the parties shall settle the work performed.
H:15. Miscellaneous
P:15.1 Notices under this Contract shall be in writing and delivered to the addresses above or to the project managers named in Annex 2.
P:15.2 Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract. This Contract is made in English and Chinese; in case of difference the Chinese text prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H978E04 = """# Managed Infrastructure Services Agreement

**Agreement No. HCO-ULQ-2027-02**

This Managed Infrastructure Services Agreement (the "Agreement") is entered into between:

- **Ulanqab Golden Tuber Foods Co., Ltd.**, a company organised under the laws of the People's Republic of China, Jining District, Ulanqab, Inner Mongolia (the "Customer"); and
- **Hermiston Cloud Operations LLC**, an Oregon limited liability company, N 1st Place, Hermiston, Oregon, United States, acting in China through its wholly owned subsidiary in Hohhot (the "Provider").

The Customer runs potato-flake and frozen-fry plants in Ulanqab and Hohhot. The Provider operates and supports server, storage, network and backup infrastructure for food manufacturers. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer issues the Transition Acceptance Certificate under Section 4.

1.3 "Customer Data" means all data stored on or processed by the managed infrastructure, including production, quality, ERP and personnel data.

1.4 "Deliverables" means the runbooks, configuration records, scripts, network diagrams and reports prepared by the Provider for the Customer.

## 2. Term

2.1 The initial term is 36 months from the Service Commencement Date.

2.2 At the end of the initial term this Agreement renews automatically for successive renewal terms of one year each unless either party gives written notice of non-renewal at least 90 days before the end of the then-current term.

2.3 For each renewal term the Provider may increase the Monthly Recurring Charge by up to 6% by notice given at least 60 days before the renewal term starts. The increase applies without further agreement of the Customer.

## 3. Services

3.1 The Provider shall operate, monitor, patch, back up and support the infrastructure listed in Schedule 1 at both plants, around the clock, through its network operations centre in Hohhot and its on-site engineers.

3.2 The Provider shall keep the configuration management database current and report monthly on incidents, changes, capacity and service levels.

3.3 The Provider shall carry out two disaster-recovery tests per year, restoring the ERP system and the plant data historian at the secondary site.

## 4. Transition and Acceptance

4.1 The Provider shall complete the transition of the Services from the Customer's current supplier within 75 days after signature, following the transition plan in Schedule 1.

4.2 Transition is accepted when: (a) all assets in Schedule 1 are recorded in the configuration management database and monitored; (b) backups of every server have completed successfully for 14 consecutive days and one full restore test has passed; (c) the runbooks for all critical systems have been approved by the Customer; and (d) a shadow operation of 21 days has ended without a Priority 1 incident caused by the Provider. The Customer shall then issue a Transition Acceptance Certificate.

4.3 If the Provider fails to achieve Transition Acceptance on time for reasons within its control, it shall pay the Customer CNY 2,000 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Total Contract Value for the initial term is CNY 2,212,000.

5.2 The one-time transition charge is invoiced after Transition Acceptance. The Monthly Recurring Charge is invoiced monthly in arrears from the Service Commencement Date. The Customer pays within 30 days after receipt of a valid VAT invoice. No charge is payable in advance.

## 6. Service Levels

6.1 The service levels and service credits are set out in Schedule 3.

6.2 Service credits are deducted from the next invoice. Credits do not limit the Customer's other rights if a service level is missed in three consecutive months.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and shall not use it, in any form, for any other purpose.

7.2 The Provider shall operate the Services in line with MLPS level 3 and ISO/IEC 27001, use named accounts with multi-factor authentication, record all privileged sessions, and keep Customer Data in mainland China.

7.3 The Provider shall report any security incident affecting Customer Data within two hours, contain it, support the investigation, and bear the losses caused by incidents for which it is responsible.

## 8. Intellectual Property

8.1 The Deliverables belong to the Customer, which may use, modify and license them freely, including to a successor provider. The Provider's own monitoring tools remain the Provider's.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for five years after the Agreement ends.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of Sections 7 and 9, which are unlimited.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.

## 12. Termination and Exit

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not cured within 30 days after notice, or if the Provider misses the availability level in Schedule 3 in three consecutive months.

12.2 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 2, hand over all Deliverables and Customer Data, and then delete Customer Data from its systems.

## 13. Governance and Change Control

13.1 Each party shall name a service manager. The service managers shall meet monthly to review the service level report, open incidents, planned changes and capacity, and quarterly with the Customer's IT director to review the service improvement plan.

13.2 Changes to the in-scope assets or to the Services shall be agreed through a written change request stating the effect on charges and service levels. Adding or removing up to ten virtual machines at either plant is included in the Monthly Recurring Charge.

13.3 The Customer shall give the Provider's engineers access to the server rooms and plant networks when needed, keep the Provider informed of planned production shutdowns, and obtain any licences for third-party software installed on the managed servers.

## 14. Force Majeure

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly. Failures that proper backup, redundancy or disaster recovery under this Agreement would have prevented are not force majeure.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.

## Schedule 1 — Scope and In-Scope Assets

| Service element | Ulanqab plant | Hohhot plant | Service window |
|---|---|---|---|
| Virtualised servers (ERP, MES, historian, file) | 46 VMs on 6 hosts | 28 VMs on 4 hosts | 24 x 7 |
| Storage arrays and SAN switches | 2 arrays, 4 switches | 1 array, 2 switches | 24 x 7 |
| Core, distribution and plant-floor network | 38 switches, 2 firewalls | 24 switches, 2 firewalls | 24 x 7 |
| Backup and disaster recovery | Primary backup site | Secondary restore site | 24 x 7 |
| Service desk for IT staff | 08:00 to 20:00 on site | Remote | 7 days |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) | Total initial term (CNY) |
|---|---|---|---|
| Transition (one-time) | Fixed, after Transition Acceptance | 124,000 | 124,000 |
| Monthly Recurring Charge | Per month, 36 months | 58,000 | 2,088,000 |
| Total Contract Value | | | 2,212,000 |
| Exit assistance and additional work | Per engineer day, if ordered | 3,200 | not included |

## Schedule 3 — Service Levels and Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Availability of ERP and MES platforms | 99.5% per calendar month | 5% of the Monthly Recurring Charge per 0.1 point below target |
| Priority 1 incident response (plant production system down) | 15 minutes, 24 x 7 | CNY 1,500 per hour of delay |
| Priority 1 incident restoration | 6 hours | CNY 2,000 per hour of delay |
| Priority 2 incident response | 1 hour | CNY 500 per hour of delay |
| Successful daily backups | 99% of scheduled jobs per month | 2% of the Monthly Recurring Charge |

Total service credits in a month are limited to 20% of the Monthly Recurring Charge for that month.

**For the Customer:** ____________________   **For the Provider:** ____________________
"""

H978E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. RVA-YT-2027-09

PARTIES

This Data and API Subscription Agreement (the "Agreement") is made between Yantai Laiyang Pear Orchards Group Co., Ltd., Laiyang, Yantai, Shandong Province, People's Republic of China (the "Customer"), and Rogue Valley Agrometrics, Inc., an Oregon corporation, W Main Street, Medford, Oregon, United States (the "Vendor").

BACKGROUND

The Customer manages about 4,200 hectares of pear and apple orchards in Laiyang and Qixia. The Vendor provides orchard weather forecasts, frost and hail alerts, chill-hour and degree-day models, and satellite vegetation indices through an application programming interface (the "API"). The Customer wishes to receive these data in its farm management system and its spraying and irrigation planning tools.

1. DEFINITIONS

1.1 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of it. The Agreement covers two Subscription Years.

1.2 "Start Date" means the date of Integration Acceptance under Clause 4.

1.3 "Vendor Data" means the forecasts, models, indices, alerts and other data the Vendor delivers through the API.

1.4 "Customer Data" means the orchard boundaries, block and variety records, on-farm weather station readings, phenology observations and other data the Customer uploads or makes available to the Vendor.

1.5 "Custom Models" means the frost-risk and fruit-set models calibrated by the Vendor for the Customer's orchards using Customer Data, and their parameters and documentation.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer a non-exclusive, non-transferable licence during the two Subscription Years to access the API, to store Vendor Data in its own systems, and to use Vendor Data for the internal operations of the Customer and its subsidiaries.

2.2 The subscription covers 310 orchard blocks, hourly forecasts at a one-kilometre grid for ten days ahead, frost and hail alerts by block, daily vegetation indices at ten-metre resolution, and up to 3,000,000 API calls per Subscription Year.

2.3 The Customer shall not resell Vendor Data or make it available to third parties, except to its agronomy advisers working for it under a written duty of confidence.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 296,000 for each Subscription Year, CNY 592,000 for both. The one-time integration support fee is CNY 38,000. The total fixed fees under this Agreement are CNY 630,000, inclusive of VAT.

3.2 API calls beyond the annual allowance are charged at CNY 0.03 per call, invoiced at the end of each Subscription Year. This usage charge is not included in the total fixed fees.

3.3 The integration support fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears, CNY 74,000 per quarter. The Customer pays within 30 days after receiving a valid invoice. Nothing is payable before the Start Date.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall provide API credentials, documentation and integration support, and shall calibrate the Custom Models, so that the Customer can connect its farm management system. The Vendor will endeavour to complete this work within 60 days after signature, but the dates in the integration plan are estimates.

4.2 Integration Acceptance requires that: (a) test calls for all 310 blocks return complete forecasts, alerts and indices in the agreed format; (b) data for 14 consecutive days are received without a gap longer than three hours; (c) forecasts for the Customer's eight on-farm stations are compared with their readings over the same 14 days and the comparison report is delivered; and (d) the Custom Models have been run on the last three seasons and the results reviewed with the Customer's agronomists.

4.3 The Customer shall confirm Integration Acceptance in writing within ten business days after the criteria are met. Use of the API during the test period is not acceptance.

5. SERVICE AND SUPPORT

5.1 The Vendor will use commercially reasonable efforts to keep the API available and to deliver alerts promptly. Availability may be interrupted for maintenance, upgrades and events outside the Vendor's control.

5.2 The Vendor will answer support requests sent to its support mailbox during its normal business hours and will try to resolve them as soon as reasonably practicable. The Vendor does not commit to any specific response or resolution time.

5.3 The Vendor will publish notices of planned maintenance on its status page and will try to schedule maintenance outside the main spraying and frost-protection hours in China.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the subscription and the Custom Models to the Customer, and shall not use it for any other customer, product or purpose, whether identified, aggregated or anonymised.

6.2 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access limited to named staff, multi-factor authentication and access logging. Customer Data shall be stored in the Vendor's cloud tenancy in mainland China and shall not be transferred abroad.

6.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, take the steps needed to contain it, and compensate the Customer for losses caused by incidents attributable to the Vendor.

6.4 At the end of the Agreement the Vendor shall return Customer Data and delete all copies within 30 days.

7. INTELLECTUAL PROPERTY

7.1 The Vendor retains all rights in Vendor Data, the API and its general models.

7.2 The Custom Models belong to the Customer. The Vendor shall deliver their parameters and documentation at Integration Acceptance, and the Customer may use, modify and license them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including prices, orchard data and technical documentation, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

9. LIABILITY

9.1 Vendor Data are forecasts and estimates. The Vendor does not guarantee any crop result, and the Customer remains responsible for its orchard decisions.

9.2 Each party's total liability under this Agreement is limited to two times the total fixed fees. The limit does not apply to breach of Clauses 6 or 8, personal injury or wilful misconduct.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract any part of its obligations under this Agreement without the Customer's prior written consent. The Vendor's cloud hosting provider in mainland China named in the integration plan is approved by signature of this Agreement.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. On termination for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

12. CUSTOMER OBLIGATIONS

12.1 The Customer shall keep its API credentials secure, use them only from its own systems and those of its subsidiaries, and tell the Vendor without delay if it suspects that a credential has been misused.

12.2 The Customer shall provide the orchard boundaries, block and variety records and the readings of its on-farm weather stations in the formats described in the integration plan, and shall give the Vendor's agronomist access to sample blocks during the calibration of the Custom Models.

12.3 The Customer shall not remove the source attribution contained in Vendor Data when it displays maps or alerts to its employees.

13. FORCE MAJEURE

13.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, acts of government and failures of public telecommunications networks, provided that it notifies the other party promptly and resumes performance as soon as possible.

13.2 If such an event prevents the Vendor from delivering Vendor Data for more than 30 consecutive days, the Customer may terminate this Agreement by notice and receive a refund of any fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding on both parties.

15. GENERAL

15.1 This Agreement, with the integration plan and the API documentation, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

15.2 Notices under this Agreement shall be in writing and sent by courier or email to the addresses and contacts named in the integration plan. Neither party may assign this Agreement without the written consent of the other party.

15.3 This Agreement is signed in English and Chinese. Both versions are equally authentic.

For the Customer: ____________________          For the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, design lists and labels

FILES = {  # key: (file name, source, format)
    "h978z01": ("h978z01_housing_safety_appraisal_platform.pdf", H978Z01, "pdf"),
    "h978z02": ("h978z02_egg_cooker_line_control_retrofit.docx", H978Z02, "docx"),
    "h978z03": ("h978z03_steam_school_booking_membership_saas.txt", H978Z03, "txt"),
    "h978z04": ("h978z04_pipe_jacking_monitoring_annual_om.txt", H978Z04, "txt"),
    "h978z05": ("h978z05_ru_kiln_process_tracking_supplier_template.md", H978Z05, "md"),
    "h978e01": ("h978e01_seafood_traceability_perpetual_licence_astoria.pdf", H978E01, "pdf"),
    "h978e02": ("h978e02_dyehouse_saas_order_form_pendleton.md", H978E02, "md"),
    "h978e03": ("h978e03_mill_condition_sensors_licence_roseburg.docx", H978E03, "docx"),
    "h978e04": ("h978e04_managed_infrastructure_36_months_hermiston.md", H978E04, "md"),
    "h978e05": ("h978e05_orchard_weather_data_api_medford.txt", H978E05, "txt"),
}

# design: the rules each draft was written to raise (checked against the rules derived from its label)
DESIGN = {
    "h978z01": [],
    "h978z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "h978z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h978z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h978z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h978e01": ["CR-GOVERNING-LAW"],
    "h978e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "h978e03": [],
    "h978e04": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h978e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
EXPECTED_RISK = {"h978z01": "low", "h978z02": "medium", "h978z03": "medium", "h978z04": "high", "h978z05": "high",
                 "h978e01": "low", "h978e02": "medium", "h978e03": "low", "h978e04": "medium", "h978e05": "high"}

# itemised prices: (items summing to the contract value, fee base for TCO or None)
PRICES = {
    "h978z01": ([1180000, 736000, 214000, 78000], 1180000),
    "h978z02": ([408000, 324000, 114000, 156000, 188000, 146000, 92000, 18000], 1190000),
    "h978z03": ([343000, 343000, 58000], None),
    "h978z04": ([168000, 214000, 62000, 42000], None),
    "h978z05": ([420000, 136000, 24000], 420000),
    "h978e01": ([1260000, 388000, 96000, 34000], 1260000),
    "h978e02": ([264000 * 2, 72000 * 2, 46000], None),
    "h978e03": ([864000, 200000, 174000, 326000, 148000, 86000, 22000], 1564000),
    "h978e04": ([58000 * 36, 124000], None),
    "h978e05": ([296000 * 2, 38000], None),
}
PAYMENTS = {  # instalment amounts as stated, must sum to the contract value
    "h978z01": [441600, 993600, 772800],
    "h978z02": [289200, 361500, 723000, 72300],
    "h978z05": [377000, 203000],
    "h978e01": [177800, 977900, 622300],
    "h978e03": [1001000, 819000],
}
FORUM_OUTSIDE_MAINLAND = {"h978e01"}
CATEGORY = {"h978z01": "software", "h978z02": "hardware", "h978z03": "cloud", "h978z04": "services",
            "h978z05": "software", "h978e01": "software", "h978e02": "cloud", "h978e03": "hardware",
            "h978e04": "services", "h978e05": "cloud"}


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


G, S = "goods_or_licence", "service"
TERMS = {
    "h978z01": T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                 False, "PRC", G),
    "h978z02": T(None, 1, True, "buyer", True, True, False, 0.1, None, 20, True, True, 24, 7.5, False, True, True,
                 "PRC", G),
    "h978z03": T(99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True, True,
                 False, "PRC", S),
    "h978z04": T(None, 1, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False,
                 False, "PRC", S),
    "h978z05": T(None, 8, True, "supplier", True, True, True, 0.02, 20, 377000 / 580000 * 100, False, False, 6, 26,
                 False, True, None, "PRC", G),
    "h978e01": T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True, False,
                 "Oregon", G),
    "h978e02": T(99.95, 1, False, "buyer", True, True, True, 500 / 718000 * 100, 6 / 24 * 100, None, True, None,
                 None, None, False, True, True, "PRC", S),
    "h978e03": T(None, 0.5, True, "buyer", True, True, True, 0.08, 150, None, True, True, 36, 6, False, True,
                 False, "PRC", G),
    "h978e04": T(99.5, 0.25, True, "buyer", True, True, True, 2000 / 2212000 * 100, 150, None, True, None, None,
                 None, True, True, False, "PRC", S),
    "h978e05": T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                 False, "PRC", S),
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery
    "h978z01": (True, True, True, False),
    "h978z02": (True, True, True, False),
    "h978z03": (True, True, None, False),
    "h978z04": (True, True, None, False),
    "h978z05": (True, True, True, True),
    "h978e01": (True, True, True, False),
    "h978e02": (True, True, None, False),
    "h978e03": (True, True, True, False),
    "h978e04": (True, True, None, False),
    "h978e05": (False, False, None, False),
}


def contract_value(key):
    return sum(PRICES[key][0])


def tco(key):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the itemised
    licence / hardware subtotal. Returns (tco, post-warranty fees, share %) or None."""
    t = TERMS[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    base = PRICES[key][1] or contract_value(key)
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    total = contract_value(key) + fees
    return total, fees, fees / total * 100


def derive_rules(key):
    """My reading of policy §3, applied to the label."""
    t, (sla, ld_stated, capped, deemed) = TERMS[key], EXTRA[key]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name = FILES[key][0]
    t = TERMS[key]
    sla, ld_stated, capped, deemed = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = contract_value(key)
    return {"file": name, "language": "zh" if key[4] == "z" else "en", "category": CATEGORY[key],
            "expected_terms": t, "expected_extra": extra, "expected_rules": sorted(DESIGN[key])}


# ---------------------------------------------------------------------------------------------------------------
# Reading back, lengths and thresholds

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


def length(key, text):
    return len(re.sub(r"\s", "", text)) if key[4] == "z" else len(text.split())


RANGES = {"z": (2750, 3000), "e": (1450, 1650)}

# threshold figures of policy §3 (99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
TH_ANY = [  # applied to raw, whitespace-collapsed and whitespace-free text
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)",
    r"(?<![十零一二三四五六七八九百\d])四\s*个?\s*小时",
    r"(?<![\d.])0\.050*(?!\d)",
    r"万分之五(?![十百千\d])",
    r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?" + PCT,
    r"百分之(?:一)?百",
    r"(?<![\d.,])30(?:\.0+)?" + PCT,
    r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.,])12\s*(?:个)?\s*(?:月|months?)",
    r"(?<![\d.,])12-months?",
    r"十二\s*个\s*月",
    r"质保期?为?一年|一年(?:的)?(?:免费)?(?:质保|保修)",
    r"(?<![\d.,])15(?:\.0+)?" + PCT,
    r"百分之十五(?![点])",
    r"(?<![\d.,])40(?:\.0+)?" + PCT,
    r"百分之四十(?![一二三四五六七八九点])",
]
TH_WORDS = [  # English number words: raw and whitespace-collapsed text only
    r"(?<![-\w])four\s+(?:\(4\)\s+)?hours?",
    r"\bone\s+hundred\s+per\s*cent",
    r"\bthirty\s+per\s*cent",
    r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"\bone[- ]year\s+warranty|\bwarranty\s+period\s+of\s+one\s+year",
    r"\bfifteen\s+per\s*cent",
    r"\bforty\s+per\s*cent",
]
MUST_HIT = ["4小时", "4 小时", "四小时", "4 hours", "within 4\nhours", "four hours", "99.9%", "99.9 %", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十", "thirty per cent",
            "12个月", "十二个月", "12 months", "12-month", "twelve months", "质保期一年", "15%", "百分之十五",
            "fifteen per cent", "40%", "百分之四十", "forty per cent", "one hundred per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "0.08%", "万分之八",
             "万分之五十", "1,000元", "45%", "130%", "1,100%", "20%", "百分之三十五", "36个月", "112 months",
             "115%", "140%", "14 hours", "34 hours", "0.055", "CNY 100,000", "300%", "2,400%"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text)]
    hits = [m.group(0) for v in variants for p in TH_ANY + TH_WORDS for m in re.finditer(p, v, re.I)]
    nows = re.sub(r"\s", "", text)
    hits += [m.group(0) for p in TH_ANY for m in re.finditer(p, nows, re.I)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: %r" % s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %r -> %r" % (s, threshold_hits(s))


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


def check_values(key):
    t = TERMS[key]
    for k, th in THRESHOLD_VALUES.items():
        v = t[k]
        assert v is None or abs(v - th) > 1e-9, (key, k, v)
        for v2 in t.values():  # no numeric label value equals any policy threshold
            if isinstance(v2, (int, float)) and not isinstance(v2, bool):
                assert all(abs(v2 - x) > 1e-9 for x in list(THRESHOLD_VALUES.values()) + [40]), (key, v2)
    tc = tco(key)
    if tc:
        assert abs(tc[2] - 40) > 2, (key, tc)
    pay = PAYMENTS.get(key)
    if pay:
        assert sum(pay) == contract_value(key), (key, sum(pay))


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, src, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: v[1] for k, v in FILES.items() if v[2] in ("docx", "pdf")},
          {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (name, src, fmt) in FILES.items():
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = length(key, text)
        lo, hi = RANGES[key[4]]
        derived = derive_rules(key)
        covered |= set(derived)
        hits = threshold_hits(text)
        tc = tco(key)
        print("%s %-62s len=%5d rules=%s risk=%s tco=%s hits=%s" % (
            key, name, n, ",".join(r[3:] for r in derived) or "-", risk(derived),
            "%.0f/%.2f%%" % (tc[0], tc[2]) if tc else "-", hits))
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (key, n, lo, hi))
        if hits:
            problems.append("%s threshold figures %r" % (key, hits))
        if derived != sorted(DESIGN[key]):
            problems.append("%s derived %r != design %r" % (key, derived, sorted(DESIGN[key])))
        if risk(derived) != EXPECTED_RISK[key]:
            problems.append("%s risk %s != %s" % (key, risk(derived), EXPECTED_RISK[key]))
        try:
            check_values(key)
        except AssertionError as e:
            problems.append("values %r" % (e.args,))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never expected: %r" % missing)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
