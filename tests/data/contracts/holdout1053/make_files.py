"""holdout1053: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths as read back, no threshold figure in any text, no label value on a threshold, rules
derived from the labels = the design list, all 20 CR rules covered). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
H1053Z01 = """
T:人才公寓管理平台建设项目合同（政府采购）
P:合同编号：RCB-ZC-2026-0417　采购方式：公开招标
P:甲方（采购人）：临江市人才工作领导小组办公室（市人才办）
P:乙方（供应商）：江宁栖云信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就人才公寓管理平台的软件许可、定制开发及实施服务，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供人才公寓管理平台软件许可（永久使用，不限用户数），并在此基础上定制开发房源管理、入住资格审核、线上选房、租金补贴核算、退租结算及与市人才服务平台、不动产登记系统的数据接口，完成部署、数据初始化与培训。
P:1.3 乙方交付物包括：平台安装介质及授权文件、定制开发源代码、数据库设计说明书、接口规范、部署手册、用户手册、运维手册及测试报告。
P:1.2 合同总价为人民币壹佰伍拾壹万元整（¥1,510,000），其中：平台软件许可费¥680,000；定制开发费¥736,000；实施及培训费¥94,000。合同总价为固定价格，已含税费、差旅及质保期内的全部服务费用。
H:第二条 交付期限
P:2.1 乙方应自合同签订之日起90日内完成全部功能开发并上线试运行，试运行期为60日。
P:2.2 乙方应按甲方确认的实施计划推进，每周提交进度报告；计划调整须经甲方书面同意。
P:2.3 乙方应为甲方及各人才公寓运营单位提供不少于3期集中培训，每期不少于2日，培训对象包括系统管理员、资格审核人员及公寓管理员，培训结束后提供考核记录和培训教材电子版。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款（¥302,000）。
P:3.2 系统上线试运行且初验合格后，甲方支付合同总价的45%（¥679,500）。
P:3.3 最终验收合格后，甲方支付合同总价的35%（¥528,500）。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，但不得无故拖延。
P:3.5 质保期内，乙方未按约定履行质保义务的，甲方有权从应付款项中扣除相应费用。
H:第四条 验收
P:4.1 初验标准：招标文件功能清单逐项实现；500个并发用户下页面响应不超过3秒；与市人才服务平台及不动产登记系统的数据接口连续10日交换无差错；通过第三方等级保护测评及密码应用安全性评估。
P:4.2 最终验收标准：试运行期满，期间无一级故障，所有问题已整改闭环，技术文档、源代码及操作手册移交完毕，由甲方组织专家评审并出具书面验收报告。
P:4.3 系统上线、试运行、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
P:4.4 验收所需的测试环境及测试数据由甲方提供，测试方案由乙方编制并经甲方确认；第三方测评费用已包含在合同总价中。
H:第五条 服务水平
P:5.1 系统月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:5.2 一级故障（系统整体不可用或核心业务中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应；三级故障次一工作日处理。
P:5.4 乙方应每月向甲方提交运行报告，列明可用率、故障处理情况及优化建议。
P:5.3 一级故障每迟延响应或恢复1小时，甲方扣减服务费¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000，从质保金或后续款项中扣除。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的小规模适配及7×24小时技术支持。
P:6.2 质保期满后，甲方如续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥61,200），且质保期满后三年内不得上调。
P:6.3 维护服务内容包括缺陷修复、安全补丁、版本升级及每季度一次的现场巡检。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的程序、接口、数据库设计、源代码及文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:7.3 乙方保证所提供软件及交付成果不侵犯任何第三方的知识产权；发生侵权争议的，由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台内的住户信息、房源信息、补贴数据及日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应落实等级保护三级要求，对个人信息加密存储、最小授权访问，运维操作经甲方堡垒机进行并留存审计日志。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:8.4 合同终止或维护服务结束时，乙方应在甲方监督下删除其掌握的全部甲方数据副本，并出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、人才个人信息及系统资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒收并要求乙方赔偿损失。
P:10.3 甲方无正当理由逾期付款的，每日按逾期金额的万分之三支付违约金。
P:10.4 乙方违反本合同第八条、第九条约定的，除赔偿甲方损失外，甲方还有权依第十二条解除合同。
H:第十一条 分包与转让
P:乙方不得将本项目转包或分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方逾期交付超过30日，或发生严重违约经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 合同期满或履行完毕即终止，本合同不自动续期。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 项目团队
P:14.1 乙方应指派具有同类项目经验的项目经理常驻甲方现场，项目经理及核心开发人员名单作为本合同附件，未经甲方书面同意不得更换。
P:14.2 乙方人员应遵守甲方办公场所管理制度及信息安全规定，进入机房须登记并由甲方人员陪同。
P:14.3 甲方有权要求更换不称职人员，乙方应在5个工作日内完成更换且不得影响项目进度。
H:第十五条 不可抗力
P:因地震、洪水、重大疫情等不可抗力导致不能履行的，受影响一方应在3日内书面通知对方并在15日内提供证明，双方可据此协商延期履行；不可抗力持续超过60日致使合同目的不能实现的，任何一方可书面解除合同。
H:第十六条 其他
P:16.1 双方通知以书面形式送达本合同首部所列地址，一方变更联系信息应提前5日通知对方。
P:16.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
P:签订日期：2026年＿月＿日
"""

# ---------------------------------------------------------------- z02 (docx, 第X条, Word price table)
H1053Z02 = """
T:生产线控制系统改造合同
P:合同编号：NS-GK-2026-063
P:甲方（买方）：德州暖手佳电热手套制造有限公司
P:乙方（卖方）：济南衡控自动化工程有限公司
P:甲方拟对其厂区六条电热手套生产线（裁片、发热丝嵌入、缝制、热压、老化测试及包装工段）的控制系统进行改造，乙方负责设备供货、控制软件许可、程序编制、安装调试及培训。双方经协商一致，订立本合同。
H:第一条 供货范围与价格
P:1.1 乙方按下表向甲方供货并提供服务，合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），含税及运输、保险、安装费用。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含变频器、伺服驱动）|6套|98,000|588,000
TB:2|温控模块及温度、电流传感器|1批|312,000|312,000
TB:3|工业触摸屏HMI|6台|14,500|87,000
TB:4|产线监控与追溯软件许可（永久）|1套|226,000|226,000
TB:—|设备及软件小计|—|—|1,213,000
TB:5|安装调试|1项|142,000|142,000
TB:6|PLC及HMI程序编制|1项|88,000|88,000
TB:7|操作与维护培训|1项|17,000|17,000
TB:—|合同总价|—|—|1,460,000
P:1.2 设备均为全新原厂产品，型号、参数以附件一技术规格书为准。
P:1.3 乙方应随货提供装箱单、合格证、电气原理图、接线图、备品备件清单及中文操作说明书。
P:1.4 合同总价为固定价格，除甲方书面变更需求外，乙方不得以任何理由要求调整。
H:第二条 交货与工期
P:2.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在到货后30日内完成安装调试。改造应分线进行，每条线停产时间不得超过5日，具体安排由甲方生产部确认。
P:2.2 乙方应提前3日通知甲方到货时间；甲方负责提供卸货场地及临时存放仓位。
P:2.3 乙方应在进场前提交施工组织方案，包括停线切换顺序、旧控制柜拆除方案及应急回退措施，经甲方设备部书面确认后方可实施。
P:2.4 拆除的旧控制柜及线缆归甲方所有，由乙方按甲方指定地点整理存放。
H:第三条 付款
P:3.1 合同生效后7个工作日内，甲方支付合同总价的20%（¥292,000）作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%（¥803,000）。到货签收及安装完成不代表质量验收。
P:3.3 最终验收合格后15个工作日内，甲方支付合同总价的25%（¥365,000）。
P:3.4 乙方每次收款前应开具等额增值税专用发票；甲方有权从应付款中扣除乙方应付的违约金及赔偿款。
H:第四条 验收
P:4.1 单线调试完成后进行单线测试：各工段联动正常，发热丝嵌入温度控制偏差不超过±2℃，老化测试工位数据自动采集并与追溯软件一致，急停及安全联锁动作可靠。
P:4.2 六条线全部测试合格后连续运行20日，期间无因控制系统导致的停线，良品率不低于改造前三个月平均水平，经甲方生产、设备、质量部门共同签署最终验收报告。
P:4.3 设备安装、试运行或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在10日内免费整改。
P:4.4 验收时乙方应移交全部程序源文件、参数备份、电气图纸竣工版及调试记录。
H:第五条 故障响应
P:5.1 质保期内，一级故障（整线停产）乙方应在1小时内电话响应、6小时内到场、当日内恢复生产；二级故障（单工位停机）应在2小时内响应、次日内修复。
P:5.2 乙方一级故障响应或到场每迟延1小时，向甲方支付¥500；因控制系统故障导致整线停产超过1日的，每日另付¥3,000。
P:5.3 乙方应在德州市内设立服务点并保持常用备件库存，确保一级故障所需备件当日到场。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件并提供软件升级。
P:6.2 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、程序优化及远程支持），年度维保费为设备及软件小计的26%，即每年¥315,380，维保期内固定不变，按年支付。
P:6.3 维保服务的响应要求同第五条。
P:6.4 维保期内乙方每季度进行一次现场巡检，出具巡检报告，对发现的隐患提出整改建议并负责实施。
P:6.5 甲方有权在质保期满前决定是否续购维保服务；不续购的，乙方仍应按合理价格保障备件供应，期限不少于五年。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC程序、HMI画面、接口程序及其源文件、注释文档的知识产权归甲方所有，甲方有权自行修改或委托他人维护。
P:7.2 监控与追溯软件的著作权归乙方，乙方授予甲方永久使用许可。
H:第八条 数据与网络安全
P:8.1 生产工艺参数、产量及质量追溯数据属于甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方指定的VPN及审计设备进行，不得在控制网络中安装与本项目无关的软件。
P:8.3 因乙方原因导致数据泄露、工艺参数丢失或控制网络遭受攻击的，乙方应在2小时内通知甲方，并赔偿由此造成的全部损失。
P:8.4 乙方远程维护账号专人专用，维护结束后立即关闭访问通道，甲方可随时检查访问日志。
H:第九条 保密
P:乙方对甲方的工艺配方、产线布局、客户信息及本合同内容负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。乙方应要求参与本项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方提供的设备不符合约定的，甲方有权要求更换或退货，由此产生的费用由乙方承担。
P:10.4 因乙方设备或程序缺陷导致批量产品不合格的，乙方应赔偿甲方原材料及返工损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:乙方如需将电气布线等辅助工作交由第三方完成，须事先取得甲方书面同意，并对第三方的工作承担全部责任。
H:第十二条 合同解除
P:乙方逾期交货超过30日，或严重违约经甲方书面通知后10日内未予纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产制度，佩戴劳保用品，动火、登高及带电作业须办理作业票。乙方对其人员的人身安全负责，并应为现场作业人员购买意外伤害保险。乙方施工造成甲方设备、产品或第三方财产损失的，由乙方负责赔偿。
H:第十四条 培训
P:乙方应为甲方电工、设备维护员及班组长提供培训，内容包括PLC程序结构、HMI操作、常见故障诊断及参数备份恢复，培训不少于5日，参训人员考核合格后由乙方出具培训证明。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或部分免除责任；不可抗力持续超过45日的，双方可协商解除合同。
H:第十六条 法律适用与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交德州仲裁委员会仲裁。
H:第十七条 其他
P:本合同一式四份，双方各执两份，自双方盖章之日起生效。附件一技术规格书、附件二改造实施计划为本合同组成部分。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）/1.)
H1053Z03 = """琵琶培训连锁门店约课及会员管理系统服务合同

合同编号：PPX-IT-2026-09
甲方：苏州弦韵文化艺术培训有限公司（下辖35家直营琵琶培训门店）
乙方：杭州云排课网络科技有限公司

甲方为统一管理旗下35家门店的课程预约、教师排课、会员储值及课时核销，向乙方订购约课及会员管理SaaS服务并委托乙方实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供以下服务：
1. 学员端小程序：课程浏览、在线约课、请假调课、课时查询、练琴打卡；
2. 门店端：教师排课、琴房占用管理、签到核销、课消统计；
3. 总部端：会员储值与退费审批、跨店通用课时结算、营收及续费率报表；
4. 与甲方现有财务系统及支付渠道的对接。
（二）实施服务包括：35家门店的基础数据初始化、历史会员及剩余课时迁移、定制报表开发（不少于10张）、店长及前台人员培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，每个服务年度为连续的365日。
（四）乙方应为甲方开通总部管理员账号5个、门店账号不限数量，并提供操作手册及视频教程。

二、费用及支付
（一）订阅年费：每家门店每个服务年度¥9,800，35家门店每个服务年度合计¥343,000，两个服务年度合计¥686,000。
（二）实施费：¥58,000，一次性支付。
（三）合同总价为¥744,000（含税）。
（四）支付方式：
1. 实施费在上线验收合格后10个工作日内支付；
2. 每个服务年度的订阅年费在该服务年度开始后15个工作日内支付；
3. 服务期内新增门店的，按每店每个服务年度¥9,800的标准按剩余天数折算。
（五）乙方应在甲方付款前开具增值税专用发票。
（六）服务期内乙方不得因功能升级另行向甲方收费，但甲方书面订购的新增模块除外。

三、实施与验收
（一）乙方应在合同签订后45日内完成实施并提交上线验收。
（二）验收标准：
1. 35家门店的会员、剩余课时及储值余额迁移后与甲方原台账逐户核对一致；
2. 约课、排课、核销、储值、退费流程在任选5家门店试运行10日无一级、二级故障；
3. 定制报表数据与财务系统对账一致；
4. 500名学员同时约课时页面响应不超过2秒。
（三）甲方在收到验收申请后7个工作日内组织验收并出具书面意见。系统上线或门店开始使用不视为验收合格。
（四）验收不合格的，乙方应在10日内整改后重新提交验收；两次验收仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
（五）乙方应指定一名项目经理负责实施，每周向甲方报告实施进度、风险及需甲方配合的事项。

四、服务水平
（一）乙方保证平台月可用率不低于99.5%。
（二）故障分级与响应：
1. 一级故障（全部门店无法约课或核销）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（显示或非核心问题）：次一工作日内处理。
（三）月可用率每低于约定值0.1个百分点，乙方按当月对应订阅费的5%抵扣下一期费用；一级故障超时恢复的，每超时1小时抵扣¥800。
（四）乙方每月向甲方提交服务报告。
（五）乙方计划内维护应安排在22:00至次日7:00之间，并提前48小时通知甲方；周末及寒暑假开课高峰期不得安排计划内维护。
（六）乙方提供每日9:00至21:00的在线客服及电话支持，门店营业时间内的咨询应在15分钟内回复。

五、数据
（一）甲方上传及系统生成的学员信息、课程记录、储值及交易数据归甲方所有。
（二）乙方可对前述数据进行脱敏、汇总处理，并将处理后的数据用于其产品功能优化及艺术培训行业分析报告。
（三）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除其系统中的甲方数据并出具书面确认。

六、数据安全
（一）乙方应采取加密传输与存储、访问权限控制、操作日志留存、异地备份等措施，保障甲方数据安全，并已取得等级保护三级备案。
（二）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合调查并采取补救措施；因乙方原因造成的，乙方应赔偿甲方因此遭受的全部损失，包括向学员或家长支付的赔偿及监管部门的罚款。
（三）学员中有未成年人的，乙方应按未成年人个人信息保护的规定处理其信息。
（四）乙方不得将甲方数据存储于中华人民共和国境外，亦不得向境外提供。
（五）乙方员工访问甲方生产数据须经审批并留痕；乙方每年委托第三方进行一次安全测评，并向甲方提供报告摘要。

七、保密
双方对在履行本合同过程中知悉的对方商业秘密、学员及家长个人信息、价格及经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。双方应要求各自接触对方信息的员工遵守本条约定。

八、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制开发的报表、接口程序及相关文档的知识产权归甲方所有，甲方可自由使用、修改。
（三）乙方保证平台不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

九、违约责任
（一）乙方未按第三条（一）约定的时间完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第五条、第六条约定的，应承担相应赔偿责任。
（三）甲方逾期付款的，乙方可书面催告；催告后30日仍未支付的，乙方可暂停服务。
（四）乙方违反第六条导致学员信息泄露的，除赔偿损失外，每次另行支付违约金¥20,000。

十、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，须事先取得甲方书面同意，并对经同意的分包方的行为承担全部责任。

十一、续期
服务期满前30日内双方均未书面提出异议的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅年费，每次上调幅度不超过上一服务年度费用的8%。

十二、合同解除
（一）乙方严重违约（包括连续两个月可用率未达约定、发生重大数据安全事件），经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应按剩余服务天数退还已付年费。
（二）甲方关闭门店的，可相应减少订阅门店数量，费用按剩余天数退还。
（三）合同解除或期满不续期的，乙方应按第五条（三）配合数据迁移，不得以任何理由扣留甲方数据。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、不可抗力
因自然灾害、公共卫生事件、电信骨干网络中断等不可抗力导致服务中断的，乙方不承担违约责任，但应及时通知甲方并尽力恢复；不可抗力期间甲方门店停课的，服务年度相应顺延。

十五、其他
（一）本合同项下的通知以书面或电子邮件方式送达双方指定联系人。
（二）附件一服务功能清单、附件二定制报表需求为本合同组成部分，与正文具有同等效力。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2026年　月　日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （一）)
H1053Z04 = """消防栓智能监测系统年度运维服务合同

项目名称：消防栓智能监测系统2027年度运维服务
采购方式：竞争性磋商
合同编号：XFZD-CS-2027-002
甲方（采购人）：淮阳市消防救援支队
乙方（成交供应商）：淮阳安泰物联科技有限公司

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件及乙方响应文件，甲乙双方就消防栓智能监测系统年度运维服务事宜，经协商一致，签订本合同。

第一条 服务范围
（一）运维对象：甲方辖区内已安装的2,140个市政消防栓智能监测终端（水压、撞击、倾斜及开盖监测）、NB-IoT通信链路，以及部署在支队指挥中心机房的消防栓监测管理平台。
（二）服务内容：
1. 平台运维：服务器、数据库及平台软件的日常巡检、补丁更新、数据备份与恢复演练；
2. 终端巡检维护：每月对全部终端进行远程状态核查，每季度对每个终端现场巡检一次，检查安装牢固性、电池电量及水压读数准确性；
3. 故障处理：终端离线、水压异常报警误报、平台告警推送失败等故障的排查与修复；
4. 备品备件：服务期内终端、电池及通信模块的更换，费用包干；
5. 通信服务：全部终端的NB-IoT物联网卡通信费；
6. 配合甲方开展“六熟悉”、消防水源普查及重大活动安保期间的专项保障。
（三）服务期：2027年1月1日至2027年12月31日。
（四）甲方负责提供驻点人员办公场所及平台运行所需的机房环境，并指定联系人负责日常工作对接。

第二条 合同金额
（一）合同总价为人民币肆拾叁万捌仟贰佰肆拾元整（¥438,240），包括：
1. 平台运维费¥118,000；
2. 终端巡检维护费：2,140个×¥92/个＝¥196,880；
3. 备品备件包干费¥72,000；
4. 通信费：2,140个×¥24/个＝¥51,360。
（二）合同总价为固定总价，服务期内不因人工、材料价格变化而调整。
（三）乙方报价已包含人员工资、社会保险、车辆、工具、税费及一切相关费用。

第三条 付款方式
（一）服务费按季度支付，每季度末经甲方考核合格后，甲方在收到乙方发票之日起15个工作日内支付该季度服务费（合同总价的四分之一，即¥109,560）。
（二）季度考核扣减的费用从当季服务费中直接扣除。
（三）本合同不设预付款。
（四）乙方应开具增值税普通发票，发票金额与当季应付服务费一致。

第四条 服务要求
（一）乙方应组建不少于6人的运维团队，其中驻点人员2名，在支队指挥中心工作日值守；
（二）终端离线、平台故障等问题，乙方应及时处理，尽快恢复正常运行；
（三）乙方应建立终端运维台账，记录每个终端的巡检时间、电池更换、故障处理情况及照片；
（四）乙方应于每月5日前提交上月运维报告，每季度末提交季度运维总结；
（五）重大节假日、火灾高发季及甲方通知的重大活动期间，乙方应安排人员全天候待命。
（六）乙方应配备巡检车辆2台、便携式水压校验仪3套，并保持正常可用。
（七）乙方发现消防栓本体损坏、漏水、被圈占或埋压的，应拍照上报甲方，由甲方通知供水单位处理。
（八）乙方每半年组织一次平台数据恢复演练，演练方案须事先报甲方审核。

第五条 季度考核
（一）甲方每季度末对乙方服务进行考核，考核内容包括：
1. 当季现场巡检计划全部完成，巡检记录、照片与台账一致；
2. 运维月报按时提交，内容真实完整；
3. 甲方抽查的终端读数与现场实测水压相符；
4. 故障工单均已闭环并经甲方确认；
5. 数据备份及恢复演练按计划完成。
（二）考核结果分为合格与不合格。考核不合格的，甲方按当季服务费的10%扣减，乙方应在10日内整改并重新提交考核。
（三）服务期满，甲方根据四个季度考核结果出具年度服务评价。
（四）考核时乙方应提供台账、巡检照片及工单记录备查；甲方可邀请第三方检测机构参与抽检。

第六条 数据安全
（一）平台中的消防栓位置、水压监测数据、告警记录及甲方业务数据均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存、对外提供或用于其他目的。
（二）乙方应严格执行甲方网络安全管理制度，运维操作须经甲方审批，通过指定运维终端进行并留存日志，不得通过互联网远程登录平台服务器。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应立即报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任，并依法承担相应责任。
（四）服务期满，乙方应交回全部运维账号，删除其掌握的甲方数据并出具书面确认。
（五）乙方驻点人员须经背景审查，名单报甲方备案，人员变动应提前7日书面告知甲方并办理交接。

第七条 保密
乙方及其人员对履行本合同过程中知悉的消防水源分布、指挥中心网络结构、系统账号口令及其他工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与驻点人员签订保密承诺书。乙方不得利用履约中获取的信息从事与本合同无关的活动。保密义务在合同终止后持续有效。

第八条 成果归属
乙方在服务过程中形成的运维台账、巡检记录、报告、脚本及配置文档归甲方所有。乙方不得以任何形式向第三方提供或出售上述成果。

第九条 违约责任
（一）乙方未按计划完成当月巡检或未按期提交运维报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致消防栓监测数据缺失，影响甲方灭火救援或执法检查的，乙方应赔偿甲方由此造成的损失。
（三）甲方逾期支付服务费的，应按同期贷款市场报价利率支付逾期利息。
（四）乙方人员违反甲方安全保密规定的，甲方有权要求乙方立即更换相关人员。

第十条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十一条 合同履行
服务期内，甲乙双方均不得单方解除本合同。乙方履约存在问题的，甲方可按第五条扣减服务费、按第九条要求乙方支付违约金，并要求乙方限期改正，乙方应继续履行合同。

第十二条 安全责任
乙方人员在道路上进行现场巡检时，应设置警示标志并穿着反光服，遵守交通安全规定。乙方人员在作业中发生的人身伤亡由乙方负责，乙方应为全部运维人员购买工伤保险及意外伤害保险。

第十三条 不可抗力
因台风、暴雨、冰冻等自然灾害或其他不可抗力导致无法按计划巡检的，乙方应及时书面告知甲方，经甲方确认后相应顺延，不承担违约责任；灾害结束后乙方应优先对受影响区域的终端进行全面排查。

第十四条 合同期满
本合同服务期满即终止，不自动续期。下一年度运维服务由甲方依法另行组织采购，乙方应配合新的服务商完成交接，交接期不少于15日，交接内容包括运维台账、备品备件清单、平台账号及文档资料。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）竞争性磋商文件、乙方响应文件及成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
法定代表人或授权代表：　　　　法定代表人或授权代表：
签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
H1053Z05 = """# 匠迹工序云软件许可及定制开发合同

（乙方标准合同文本 JJ-HT-V3.0，空白处由双方填写）

- 合同编号：JJ-2026-1128
- 甲方（客户）：云锡坊锡器工艺工作室（个旧市）
- 乙方（服务商）：昆明匠迹信息科技有限公司

甲方为实现锡器产品从熔锡、浇铸、錾刻、打磨到抛光、包装全过程的工序跟踪与订单追溯，购买乙方“匠迹工序云”软件许可并委托乙方进行定制开发。双方本着平等自愿原则，签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供“匠迹工序云”生产过程跟踪软件（本地部署版）许可，许可方式为永久许可，限甲方单一工作室使用，最多50个操作终端。

1.2 乙方按甲方需求进行以下定制开发：工序扫码报工、錾刻师傅计件工资核算、客户定制订单进度查询小程序、与甲方网店订单系统的对接。

1.3 乙方负责软件安装部署、基础数据配置及操作培训。

1.4 本合同软件许可不包含操作系统、数据库、服务器、扫码枪及标签打印机等软硬件，由甲方自行采购。

1.5 培训为一次性现场培训，时长1日，参训人员不超过10人；超出部分按乙方标准另行收费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序云软件许可（永久，50终端） | 168,000 |
| 2 | 定制开发（报工、计件、小程序、网店对接） | 126,000 |
| 3 | 安装部署及培训 | 26,000 |
| | 合计 | 320,000 |

2.1 合同总价为人民币叁拾贰万元整（¥320,000），含增值税。

2.2 甲方需求在开发过程中发生变更的，乙方有权就增加的工作量另行报价，经甲方确认后执行。

2.3 合同价款不含差旅费。乙方人员赴甲方现场服务产生的交通、住宿费用由甲方据实承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥208,000。乙方收到该款项后开始工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的剩余35%，即¥112,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停开发、实施及技术支持工作，交付期限相应顺延。

3.4 乙方收到款项后开具增值税普通发票。

## 第四条 交付

4.1 乙方计划在收到首期款后60个工作日内完成开发并部署上线。因需求变更、甲方配合不及时或第三方系统接口原因造成延误的，交付期限相应顺延。

4.2 如发生延期，乙方将积极采取补救措施并及时告知甲方，但乙方不因交付延期承担违约金或赔偿责任。

4.3 乙方交付内容为可运行的软件系统、操作手册电子版。源代码不属于交付内容。

4.4 甲方应在乙方要求的时间内提供需求说明、测试数据、网店系统接口权限及现场工作条件。甲方未及时提供的，乙方不承担由此造成的延误。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方，系统上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，由乙方在维护期内按第七条处理，不影响验收结论及付款。

5.3 甲方如对系统功能有异议，应在上线后3日内书面提出，逾期未提出的，视为甲方无异议。

## 第六条 知识产权

6.1 匠迹工序云软件及其全部版本的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、小程序、接口程序及相关文档，其知识产权亦归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得自行或委托第三方修改、反向工程，不得转让或许可他人使用。

6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

6.4 甲方应确保其提供的素材、商标及图片不侵犯第三方权利。

## 第七条 免费维护及技术支持

7.1 乙方提供六个月免费维护期，自系统上线之日起计算。

7.2 维护期内，乙方通过电话、微信群及远程方式提供技术支持，工作时间为工作日9:00至18:00。

7.3 故障分级及响应：
- 一级故障（系统无法登录或全部工序无法报工）：乙方在8小时内响应；
- 二级故障（部分功能异常）：乙方在2个工作日内响应；
- 三级故障（界面或易用性问题）：纳入后续版本统一处理。

7.4 上述响应时间为乙方服务目标。因响应或修复超时，乙方不承担任何扣款、赔偿或违约金。

7.5 维护期内乙方免费提供软件缺陷修复，但不包括新增功能、二次开发及因甲方业务变化引起的调整。

7.6 乙方有权对软件进行远程升级，升级前将以系统公告方式通知甲方。

## 第八条 维护期满后的服务

8.1 免费维护期满后，甲方如需继续获得技术支持、版本升级及故障处理服务，应与乙方签订年度维保合同。

8.2 年度维保费按乙方当年度公布的价格目录收取，乙方有权根据成本变化调整。

8.3 甲方未续签维保合同的，乙方不再提供任何技术支持，软件升级须另行付费。

8.4 甲方在维护期满后中断维保又重新购买的，乙方有权收取中断期间的补缴费用。

## 第九条 数据安全与数据归属

9.1 甲方在系统中录入和产生的订单、客户、工艺及计件数据归甲方所有，乙方仅为提供本合同服务之目的接触和使用。

9.2 乙方在远程维护时应使用甲方授权的账号，采取必要的安全措施，不得擅自复制、下载甲方数据。

9.3 因乙方过错导致甲方数据泄露或丢失的，乙方应在知悉后24小时内通知甲方，协助恢复数据，并承担相应赔偿责任。

9.4 甲方应自行做好服务器及数据库的日常备份，因甲方未备份造成的数据损失由甲方自行承担。

## 第十条 保密

10.1 双方对在合作中获知的对方技术信息、经营信息及本合同价格负有保密义务，未经对方书面同意不得向第三方披露。

10.2 本条约定在合同终止后三年内继续有效。

10.3 乙方可在其宣传材料及客户案例中使用甲方名称及商标。

## 第十一条 合作伙伴

乙方有权根据项目需要，将部分开发、实施工作委托其合作伙伴完成，无需另行征得甲方同意。乙方对合作伙伴的工作成果负责。

## 第十二条 责任限制

12.1 任何情况下，乙方均不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

12.2 因甲方操作不当、擅自修改配置、使用非正版操作系统或第三方软件导致的故障，乙方不承担责任，维修按第八条另行收费。

## 第十三条 合同解除

一方严重违反本合同约定，经另一方书面催告后30日内仍未纠正的，守约方可书面通知解除本合同。合同解除后，乙方已收取的款项中与已完成工作对应的部分不予退还。甲方单方取消合同的，已付款项不予退还。

## 第十四条 不可抗力

因不可抗力、网络运营商故障、政府行为等非乙方可控原因导致无法履行的，乙方不承担责任。受影响方应在条件允许时通知对方。

## 第十五条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 通知与送达

双方以合同首部载明的地址、电话及电子邮箱作为送达地址，一方变更的应及时通知对方，否则按原地址送达即视为送达。

## 第十七条 其他

17.1 本合同未尽事宜，以乙方官网公布的《匠迹工序云用户服务协议》为准。

17.2 本合同附件包括：附件一《定制开发需求确认单》、附件二《匠迹工序云产品功能清单》。附件与正文冲突的，以正文为准。

17.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N + N.N)
H1053E01 = """
T:Software Licence and Services Agreement
P:Agreement No. ORS-CN-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Haichen Precision Bearing Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Ningbo, Zhejiang (the "Customer"), and Ozark Ridge Software, Inc., an Arkansas corporation with its principal office at Berryville, Arkansas, United States (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's MaintainPro computerised maintenance management software for its two bearing plants in Ningbo and to have the Vendor configure, implement and support it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MaintainPro Enterprise software in object code, version 9 and any update or new version delivered under this Agreement, together with its Documentation.
P:1.2 "Deliverables" means all configurations, custom reports, interface programs, data migration scripts, work instructions and other materials prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Software is used in production at both plants after successful user acceptance testing.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of the Customer and its wholly owned subsidiaries, for up to 260 named users and an unlimited number of mobile technician devices.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and test environments without additional charge.
P:2.3 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers title to the Software.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install the Software on servers provided by the Customer, configure the asset hierarchy, preventive maintenance plans, spare parts catalogue and work order workflows, and build interfaces to the Customer's ERP system and its plant energy monitoring system.
P:3.2 The Vendor shall migrate the Customer's equipment register, maintenance history for the last three years and spare parts master data from spreadsheets and the legacy system.
P:3.3 The Vendor shall deliver eighteen custom reports listed in Annex 2 and train key users, maintenance planners and technicians, in Chinese, at both plants.
P:3.4 The Vendor shall complete the Services in accordance with the project plan in Annex 3, with Go-Live no later than 120 days after the Effective Date.
H:Article 4 Fees and Payment
P:4.1 The total contract price is CNY 1,648,000, made up of the licence fee of CNY 1,180,000, implementation services of CNY 420,000 and training of CNY 48,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay the contract price as follows: (a) 20% (CNY 329,600) within 15 days after signing, against the Vendor's invoice; (b) 45% (CNY 741,600) within 15 days after Go-Live; and (c) 35% (CNY 576,800) within 15 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in Shanghai, and each invoice shall be a valid PRC fapiao or equivalent tax invoice.
H:Article 5 Acceptance
P:5.1 Before Go-Live the parties shall carry out user acceptance testing against the test scripts in Annex 4. The tests shall show that: (a) every function in the requirements list works as specified; (b) the migrated equipment register and maintenance history reconcile with the source data record by record; (c) the ERP interface transfers spare parts reservations and goods issues without error over ten consecutive working days; and (d) work order screens open within two seconds with 150 concurrent users.
P:5.2 After Go-Live the Software shall run in production for sixty days. If no Severity 1 incident occurs in that period and all open defects of Severity 2 have been corrected, the Customer shall issue the Final Acceptance certificate within ten working days.
P:5.3 Installation, Go-Live, productive use or payment shall not in themselves constitute acceptance. If a test fails, the Vendor shall correct the defect at its own cost and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Deliverables will perform substantially in accordance with the Documentation and the requirements list for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide all updates and new versions free of charge.
P:6.2 Support requests are classified as follows. Severity 1: the Software is unavailable or work orders cannot be created at a plant; the Vendor shall respond within one hour and provide a fix or workaround within eight hours. Severity 2: a major function is impaired; response within two hours and a fix or workaround within two business days. Severity 3: other defects; response within one business day.
P:6.3 If the Vendor misses a Severity 1 response or fix time, it shall credit the Customer CNY 1,500 for every hour of delay, deducted from the next payment or from the support fee.
P:6.4 After the Warranty Period the Customer may buy annual support. The annual support fee is 10% of the licence fee, that is CNY 118,000 per year, and the Vendor shall not increase it during the first three support years.
H:Article 7 Intellectual Property in Deliverables
P:7.1 All rights, including copyright, in the Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.2 The Vendor shall indemnify the Customer against any claim that the Software or the Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 All data entered into or generated by the Software, including equipment, maintenance, personnel and cost data, belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's remote access gateway, with individual accounts approved by the Customer, and shall keep access logs. Customer data shall not be transferred outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within two hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer data, shall assist in remedying it, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party and shall use it only for this Agreement. This obligation continues for five years after the Agreement ends.
P:9.2 Either party may disclose information where required by law, after notifying the other party where permitted.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 3.4 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total contract price for each day of delay.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total contract price. This limit does not apply to liability for breach of Articles 8 and 9, infringement claims, personal injury or wilful misconduct.
P:10.3 Neither party shall be liable for indirect or consequential loss, except as provided in Article 8.3.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement comes into force on signature by both parties (the "Effective Date").
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within thirty days after notice, or if Go-Live is delayed by more than sixty days. In that case the Vendor shall refund the amounts paid for undelivered Services.
P:12.3 The licence granted in Article 2 survives termination, except termination by the Vendor for non-payment of the licence fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Arkansas, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising from this Agreement shall be submitted to the state or federal courts sitting in Carroll County, Arkansas, and the parties submit to the jurisdiction of those courts.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:14.2 Notices shall be in writing in English or Chinese and sent to the addresses stated above.
P:14.3 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Annex 1: Software specification. Annex 2: Custom reports. Annex 3: Project plan. Annex 4: Acceptance test scripts.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H1053E02 = """# QualiTrack Cloud Order Form

Order Form No. DLC-ORD-2026-0212

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Parties

- Provider: Delta Levee Cloud, Inc., a company incorporated in Arkansas, United States, with its office at Blytheville, Arkansas.
- Customer: Changzhou Ruifeng Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Changzhou, Jiangsu.

### A2. Subscribed Service

The Provider will provide the QualiTrack quality management service, hosted on the Provider's cloud platform in the Alibaba Cloud Shanghai region, covering supplier quality, incoming inspection, non-conformance and 8D problem solving, corrective and preventive actions, customer complaint handling and APQP document control, for up to 420 named users at the Customer's three plants.

### A3. Subscription Term

The Subscription Term is two Subscription Years starting on the Subscription Start Date, which is the date the Provider makes the production tenant available to the Customer. A Subscription Year is each consecutive period of 365 days from the Subscription Start Date. The Subscription Term ends at the end of the second Subscription Year. Any continuation requires a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 420 users, all modules | 286,000 |
| Subscription fee, Subscription Year 2 | 420 users, all modules | 286,000 |
| Onboarding services (one-time) | configuration, migration, training | 46,000 |
| Total Fees | | 618,000 |

Fees are stated in CNY and include value added tax. The subscription fee is fixed for the Subscription Term. Additional users may be added at CNY 681 per user per Subscription Year, pro rata.

### A5. Invoicing and Payment

1. On the Order Effective Date the Provider will invoice the onboarding fee and the subscription fee for Subscription Year 1, together CNY 332,000. The Customer shall pay this invoice within 15 days after receipt and in any event before the Subscription Start Date. The Provider is not obliged to begin onboarding or provision the tenant until this invoice is paid.
2. The Provider will invoice the subscription fee for Subscription Year 2 thirty days before that year starts, payable within 30 days after receipt.
3. The Provider will issue PRC VAT invoices through its Shanghai service entity.

### A6. Onboarding and Contacts

1. Onboarding includes: configuration of the Customer's inspection plans, defect codes and approval workflows; migration of open non-conformance reports and supplier records from the Customer's spreadsheets; integration with the Customer's ERP for goods receipts; and train-the-trainer sessions for 30 key users.
2. Target go-live: 75 days after the Order Effective Date.
3. Customer contact: Quality Systems Manager. Provider contact: Customer Success Manager, Greater China.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the QualiTrack service described in Part A, including its updates.

1.2 "Customer Data" means all data, documents, images and records submitted to the Service by or for the Customer, or generated by the Service from them.

1.3 "Configuration Deliverables" means inspection plan templates, workflows, report layouts, interface mappings and other materials the Provider prepares specifically for the Customer.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with Part A and these General Terms.

2.2 The Customer shall keep its user credentials secret and is responsible for the acts of its users.

2.3 The Provider may update the Service from time to time, provided that no update materially reduces its functionality.

2.4 The Provider shall provide a sandbox tenant for testing and training during the Subscription Term at no additional charge.

### 3. Service Levels

3.1 The Provider shall ensure that the Service is available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 22:00 and 06:00 Beijing time.

3.2 Incidents are classified by priority. Priority 1 (the Service is unavailable or no user at a plant can record inspections): response within one hour, restoration within six hours. Priority 2 (a module is impaired): response within two hours, restoration within one business day. Priority 3 (other issues): response within one business day.

3.3 If monthly availability falls below the level in Section 3.1, the Customer receives a service credit of 5% of the monthly portion of the subscription fee for each 0.1 percentage point or part of it below that level, up to half of the monthly portion. If a Priority 1 response or restoration time is missed, the Customer receives a further credit of CNY 1,000 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

3.4 The Provider shall publish a monthly service report showing availability, incidents and credits.

### 4. Onboarding and Acceptance

4.1 The Provider shall complete onboarding by the target go-live date in Part A.

4.2 Onboarding is accepted when the Customer confirms in writing that: (a) the configured workflows pass the test cases agreed in the onboarding plan; (b) migrated records reconcile in number and content with the source spreadsheets; (c) goods receipts from the ERP create inspection lots without error for ten consecutive working days; and (d) the key users have completed training. The Customer shall confirm or state the failed criteria within ten business days after the Provider's notice of completion. Use of the Service in production does not by itself mean acceptance.

4.3 If onboarding is not accepted by the target go-live date for reasons attributable to the Provider, the Provider shall pay the Customer 0.1% of the Total Fees for each day of delay.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 During the Subscription Term and for 60 days after it ends, the Customer may export all Customer Data in standard formats. After that period the Provider shall delete Customer Data from the Service.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service and its underlying software.

6.2 Configuration Deliverables belong to the Customer, which may use, modify and license them freely, including after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Order Form, and use it only for the purposes of this Order Form.

7.2 These obligations continue for three years after the Subscription Term ends.

### 8. Warranties

8.1 The Provider warrants that the Service will perform materially in accordance with its documentation and that the onboarding services will be performed with reasonable skill and care.

8.2 If the Service does not conform, the Provider shall correct it without charge.

8.3 The Provider shall keep the Service compatible with current versions of the major web browsers and with the QualiTrack mobile application for the Android and iOS devices used by the Customer's inspectors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect, special or consequential damages, or for loss of profits or revenue.

9.2 The total liability of each party under this Order Form shall not exceed the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to the Customer's obligation to pay fees or to either party's liability for fraud or personal injury.

### 10. Subcontracting

The Provider may not subcontract the provision of the Service or the onboarding services to any third party, other than its cloud infrastructure provider named in Part A, without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

### 11. Term and Termination

11.1 This Order Form takes effect on the Order Effective Date, being the date of the later signature, and continues until the end of the Subscription Term.

11.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not remedy the breach within thirty days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remainder of the Subscription Term.

11.3 Sections 5, 6, 7 and 9 survive termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 13. General

13.1 Neither party may assign this Order Form without the other party's written consent.

13.2 Notices shall be sent to the contacts named in Part A by email with a copy by courier.

13.3 Neither party is liable for delay caused by events beyond its reasonable control.

13.4 This Order Form may be signed in counterparts and by electronic signature. It may be amended only in writing signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx, 1. / 1.1, Word price table, buyer's paper)
H1053E03 = """
T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. THC-EQ-2026-118
P:Buyer: Tangshan Hengyuan Cement Co., Ltd., registered in Tangshan, Hebei, People's Republic of China (the "Buyer").
P:Supplier: Ouachita Sensing Systems, LLC, an Arkansas limited liability company with its principal place of business at Malvern, Arkansas, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer is purchasing wireless condition monitoring sensors, edge gateways and a perpetual licence of the Supplier's monitoring software, with installation and training, for the kilns, raw mills, cement mills and main fans of its two clinker lines.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's VibraSight condition monitoring software, licensed under Clause 3, including its documentation and any updates supplied under this Contract.
P:1.3 "Custom Work" means the asset models, alarm rules, dashboards, interface programs to the Buyer's DCS historian and maintenance system, and related documents prepared by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed final acceptance certificate under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following, and train the Buyer's staff. The prices are fixed, in CNY, and include VAT, packing, transport to the Buyer's plant, insurance, customs clearance and all duties.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors, with mounting kits|420|2,650|1,113,000
TB:2|Edge gateways, industrial grade, with power supplies|36|9,800|352,800
TB:3|VibraSight software, perpetual on-premises licence, 600 monitoring points|1|468,000|468,000
TB:-|Equipment and licence subtotal|-|-|1,933,800
TB:4|Installation, commissioning and DCS historian interface|1 lot|186,200|186,200
TB:5|Training of operators and reliability engineers|1 lot|32,000|32,000
TB:-|Contract Price|-|-|2,152,000
P:2.2 The Contract Price of CNY 2,152,000 is the full price for the scope of this Contract. No additional charge may be made without a written change order signed by the Buyer.
P:2.3 For ten years after Final Acceptance the Supplier shall sell spare sensors and gateways to the Buyer at prices not exceeding the unit prices in the table above, adjusted only by the published consumer price index of the PRC.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's servers for its cement plant operations, including use by its affiliates and maintenance contractors working for it.
P:3.2 The licence covers production, test and backup installations without extra fees.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 60 days after the Contract is signed, and complete installation and commissioning within 45 days after delivery, during the kiln shutdown windows notified by the Buyer.
P:4.2 Delivery is complete when the Buyer signs the delivery note after checking quantities and visible condition. Signature of the delivery note is not acceptance of quality.
P:4.3 The Supplier's personnel shall comply with the Buyer's site safety rules, including permits for work at height and on rotating equipment.
P:4.4 The Supplier shall provide a detailed installation plan, including sensor positions on each machine, mounting methods and gateway locations, for the Buyer's approval at least ten days before installation starts.
P:4.5 Each delivery shall include packing lists, certificates of origin and conformity, calibration certificates for every sensor, and the Chinese and English manuals.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 215,200) within 20 days after signing, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 1,183,600) within 20 days after complete delivery and installation of all Equipment.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 753,200) within 20 days after Final Acceptance.
P:5.4 Each payment requires a valid VAT invoice issued in the PRC.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 45 days. Final Acceptance requires that: (a) all 420 sensors report to the Software at the configured intervals and no gateway is offline for more than two hours in total; (b) vibration readings agree with the Buyer's portable reference analyser within 5% on a sample of 40 sensors chosen by the Buyer; (c) alarms for the test faults in the acceptance plan reach the Software and the DCS historian within ten seconds; and (d) documentation, Custom Work source files and training records have been handed over.
P:6.2 If a criterion is not met, the Supplier shall remedy it at its own cost within 15 days and the test shall be repeated.
P:6.3 Delivery, installation, use of the system or any payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software against defects for thirty-six months from Final Acceptance (the "Warranty Period"), during which it shall repair or replace defective Equipment, including sensor batteries, and provide Software updates free of charge.
P:7.2 Faults are classified as follows:
TB:Priority|Definition|Response|Restoration
TB:P1|Software down, or no data from a whole line|30 minutes|8 hours
TB:P2|A gateway or a group of sensors down|2 hours|2 days
TB:P3|Single sensor or minor issue|1 business day|7 days
P:7.3 For each hour by which the Supplier misses a P1 response or restoration time, it shall pay the Buyer CNY 800, deducted from any amount due.
P:7.4 After the Warranty Period, the Supplier shall offer annual support at 8% of the equipment and licence subtotal, that is CNY 154,704 per year, fixed for the first two years after the Warranty Period.
P:7.5 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to restore P1 and P2 faults within the times above.
P:7.6 Annual support includes software updates, remote diagnosis, one on-site health check each year and battery replacement at cost.
H:8. Intellectual Property
P:8.1 The Software and the Equipment firmware remain the Supplier's property, licensed to the Buyer under Clause 3.
P:8.2 All rights in the Custom Work belong to the Buyer from creation. The Supplier shall deliver the source files, and the Buyer may use, modify and license the Custom Work freely.
H:9. Data and Security
P:9.1 All measurement data, asset data and alarm records collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Software and gateways shall run on the Buyer's network. The Supplier shall not connect any device to external networks, and remote access for support shall be through the Buyer's approved gateway with individual accounts and logging.
P:9.3 If the Supplier causes any loss, leak or unauthorised access to Buyer data, it shall notify the Buyer within two hours, cooperate in remedying it, and compensate the Buyer for all resulting losses.
P:9.4 Buyer data shall remain on servers located at the Buyer's plants and shall not be transferred outside the People's Republic of China.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plants, processes, production data and this Contract, and shall not disclose it to any third party without the Buyer's prior written consent, during the Contract and for five years after it ends.
P:10.2 The Supplier shall ensure that its employees and approved subcontractors who receive such information are bound by the same obligations.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier is late in delivery or in completing installation and commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of Clauses 9 and 10.
P:11.3 The Buyer may deduct liquidated damages from any payment due to the Supplier.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if delivery is more than 45 days late. The Supplier shall then refund all amounts paid for items not accepted.
P:13.2 The Buyer may also terminate if the Supplier becomes insolvent. On any termination the Supplier shall hand over all Custom Work completed at that time.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Tangshan Arbitration Commission for arbitration in Tangshan.
H:15. Miscellaneous
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other promptly and provides evidence.
P:15.2 This Contract is made in English and Chinese; both versions are equally authentic. Annex 1: Technical specification. Annex 2: Acceptance test plan.
P:15.3 Any amendment must be in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Sections + Schedules 1-3 as tables)
H1053E04 = """# Managed Infrastructure Services Agreement

Agreement No. PRM-HLX-2026-07

**Between** Hefei Lanxin Home Appliances Co., Ltd., a company registered in Hefei, Anhui, People's Republic of China (the "Customer"),

**and** Petit Jean River Managed Services, Inc., an Arkansas corporation with its principal office at Morrilton, Arkansas, United States, acting through its registered branch in Shanghai (the "Provider").

The Customer wishes to outsource the operation of its data centre, wide area network and end-user support to the Provider for a fixed term of 36 months, and the Provider is willing to provide these services on the terms below.

## Section 1 - Definitions

1.1 "Services" means the transition services and the managed services described in Schedule 1.

1.2 "Service Levels" means the levels of performance set out in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees, dealers and end customers that the Provider accesses, processes or stores in performing the Services.

1.5 "Service Start Date" means the day after Transition Acceptance under Section 3.

## Section 2 - Term

2.1 This Agreement starts on the date of signature and continues until the end of the 36th month after the Service Start Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties, and no extension is automatic.

## Section 3 - Transition

3.1 The Provider shall carry out the transition described in Schedule 1, Part A, within 70 days after signature, including knowledge transfer from the Customer's current staff, discovery and documentation of all in-scope assets, deployment of the Provider's monitoring tools and setting up the service desk.

3.2 Transition Acceptance occurs when the Customer confirms in writing that: (a) all in-scope assets are registered in the configuration management database and reconciled with the Customer's asset list; (b) monitoring covers every in-scope server, storage array and network device and a test alarm from each reaches the service desk; (c) runbooks for all critical applications have been delivered and walked through; and (d) a two-week shadow operation has been completed without a Priority 1 incident caused by the Provider.

3.3 The Customer shall confirm Transition Acceptance, or list the criteria not met, within ten working days after the Provider's notice of completion. Going live with the service desk does not by itself constitute Transition Acceptance.

3.4 If Transition Acceptance is delayed beyond 70 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay.

## Section 4 - Managed Services and Service Levels

4.1 From the Service Start Date the Provider shall provide the managed services described in Schedule 1, Part B, and shall meet the Service Levels in Schedule 2.

4.2 The Provider shall staff an on-site team of two engineers at the Customer's headquarters during business hours and operate a remote network operations centre and service desk in Chinese and English at all times.

4.3 If the Provider fails to meet a Service Level, it shall apply the Service Credits in Schedule 2 to the next monthly invoice. Service Credits are a price adjustment and do not limit the Customer's right to claim damages for losses exceeding them.

4.4 The Provider shall deliver a monthly service report and attend a monthly service review meeting with the Customer's IT manager. Each quarter the parties shall review the improvement plan and the capacity forecast.

## Section 5 - Charges and Payment

5.1 The Customer shall pay the Charges set out in Schedule 3. The Charges are fixed for the Term and include all taxes, travel and expenses, the Provider's tools and the licences for them.

5.2 The transition charge is payable within 20 days after Transition Acceptance. The monthly charge is invoiced at the end of each month of service and payable within 30 days after receipt of a valid VAT invoice.

5.3 The Customer may deduct Service Credits and amounts due under Section 3.4 from any invoice.

## Section 6 - Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and in accordance with the Customer's instructions, and shall not copy, retain or use it for any other purpose.

6.2 The Provider shall apply the security measures set out in Schedule 1, Part C, including individual privileged accounts, multi-factor authentication, session recording through the Customer's bastion host, encryption of backups, and storage of all Customer Data within the People's Republic of China.

6.3 The Provider shall notify the Customer within two hours after becoming aware of any security incident affecting Customer Data or the Customer's systems, shall take immediate steps to contain it, shall cooperate in any investigation, and shall bear all costs and losses resulting from an incident caused by the Provider or its personnel.

6.4 At the end of the Term the Provider shall return all Customer Data and delete all copies in its possession, and confirm the deletion in writing.

## Section 7 - Intellectual Property

7.1 The Provider's monitoring tools and pre-existing methods remain its property.

7.2 Runbooks, scripts, configuration records, diagrams and other documents prepared by the Provider for the Customer under this Agreement belong to the Customer from creation, and the Customer may use, modify and license them freely, including with a replacement provider.

## Section 8 - Personnel and Subcontracting

8.1 The Provider shall assign qualified personnel and shall replace any person whom the Customer reasonably objects to within ten working days.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any subcontractor approved by the Customer.

## Section 9 - Liability

9.1 The Provider's total liability under this Agreement shall not exceed 150% of the total Charges for the Term. This limit does not apply to personal injury, wilful misconduct or liability under Section 6.3.

9.2 Neither party is liable for indirect or consequential loss.

## Section 10 - Duration of the Commitment

10.1 Both parties commit to the full Term. This Agreement may not be terminated before the end of the Term, except by a written agreement signed by both parties.

10.2 If the Provider fails to perform, the Customer's remedies are the Service Credits, the amounts under Section 3.4, damages for its losses and an order to remedy the failure at the Provider's cost; the Provider shall continue to perform the Services in any case.

## Section 11 - Exit Assistance

11.1 During the last three months of the Term, or on request, the Provider shall prepare an exit plan and assist the Customer and any replacement provider in taking over the Services, including the hand-over of documentation and credentials and up to 20 person-days of knowledge transfer at no extra charge.

## Section 12 - Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final and binding on both parties.

## Section 13 - General

13.1 Neither party is liable for failure caused by force majeure, provided it informs the other party promptly and mitigates the effects.

13.2 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject matter and may be amended only in writing.

For the Customer: ____________________  For the Provider: ____________________

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A | Transition | knowledge transfer, asset discovery, monitoring roll-out, runbooks, service desk set-up |
| B | Data centre operations | 86 physical and virtual servers, two storage arrays, backup system, patching and capacity management |
| B | Network operations | core and plant switches, firewalls, WAN links to 3 factories and 21 regional sales offices |
| B | Service desk | Chinese and English, telephone, chat and web portal, all hours, 1,450 users |
| B | Desktop support | on-site at headquarters on business days, remote elsewhere |
| C | Security measures | privileged access management, MFA, bastion host recording, encrypted backups, PRC data residency, monthly vulnerability scan |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service Credit |
|---|---|---|
| Availability of core data centre services, per month | 99.95% | 3% of the monthly charge for each 0.02 percentage point or part below target |
| Priority 1 incident: response | 15 minutes | CNY 1,000 per hour or part of delay |
| Priority 1 incident: restoration | 3 hours | CNY 2,000 per hour or part of delay |
| Priority 2 incident: response | 1 hour | CNY 500 per hour or part of delay |
| Priority 2 incident: restoration | 8 hours | CNY 500 per hour or part of delay |
| Service desk: calls answered within 60 seconds | 90% | 2% of the monthly charge if missed |

Service Credits in any month are limited to 20% of the monthly charge for that month.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 74,000 |
| Monthly managed services charge | CNY 58,000 per month for 36 months | 2,088,000 |
| Total Charges for the Term | | 2,162,000 |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, numbered clauses)
H1053E05 = """DATA SUBSCRIPTION AGREEMENT
FREIGHT MARKET DATA AND RATE API

Agreement No. HLD-QD-2026-044

PARTIES

This Data Subscription Agreement (the "Agreement") is made between:

Holston Lake Data Services, LLC, a Tennessee limited liability company with its principal office at Bluff City, Tennessee, United States (the "Vendor"); and

Qingdao Haitong Supply Chain Management Co., Ltd., a company registered in Qingdao, Shandong, People's Republic of China (the "Customer").

BACKGROUND

The Vendor compiles ocean freight, trucking and port congestion data and provides it through a web portal and an application programming interface. The Customer wishes to subscribe to that data for use in its freight procurement, quotation and shipment planning systems for two Subscription Years.

1. DEFINITIONS

1.1 "Data" means the freight rate indices, lane-level spot and contract rate benchmarks, vessel schedule reliability figures, port congestion indicators and related data made available by the Vendor under this Agreement.

1.2 "API" means the Vendor's application programming interface through which the Data is delivered, with its documentation.

1.3 "Customer Data" means all data submitted by the Customer to the Vendor's platform, including shipment records, rate requests, queries, user information and the logs of the Customer's use of the API.

1.4 "Subscription Year" means each period of 365 days starting on the Start Date or an anniversary of it.

1.5 "Integration Deliverables" means the data mapping tables, connector code and transformation scripts prepared by the Vendor specifically to load the Data into the Customer's transport management system.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the term to access the Data through the portal and the API and to use it internally, including in quotations and reports given to the Customer's own clients, provided that the Data is not resold as a data product.

2.2 The subscription covers up to 60 named portal users and up to 2,000,000 API calls per Subscription Year. The Customer may buy additional call volumes at the Vendor's list price; such volumes are charged separately and are not part of the subscription fee.

2.3 The Vendor shall update spot rate benchmarks daily and indices weekly, as described in the data catalogue attached as Annex 1.

3. TERM AND RENEWAL

3.1 This Agreement starts on signature. The subscription starts on the Start Date, which is 1 March 2027, and runs for two Subscription Years.

3.2 At the end of the second Subscription Year, and of each renewal year, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

3.3 The Vendor may increase the subscription fee for any renewal year by giving the Customer notice at least 90 days before the renewal, by no more than 9% of the fee for the preceding Subscription Year.

4. FEES AND PAYMENT

4.1 The fees for the initial two Subscription Years are:

   Subscription fee, Subscription Year 1 ........ CNY 348,000
   Subscription fee, Subscription Year 2 ........ CNY 348,000
   Integration services (one-time) .............. CNY 22,000
   Total ........................................ CNY 718,000

4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of the invoice.

4.3 The integration fee is invoiced after Integration Acceptance under clause 5 and is payable within 30 days after receipt of the invoice.

4.4 All fees are in CNY and include VAT. The Vendor shall issue valid PRC VAT invoices through its authorised agent in Shanghai.

5. INTEGRATION AND ACCEPTANCE

5.1 The Vendor shall connect the API to the Customer's transport management system and deliver the Integration Deliverables by the Start Date.

5.2 Integration Acceptance takes place when the Customer confirms in writing that: (a) all data sets listed in Annex 1 load into the Customer's system without manual intervention for ten consecutive business days; (b) the loaded values match the values shown on the Vendor's portal for a sample of 200 records chosen by the Customer; and (c) API calls return within one second on average during the test period.

5.3 The Customer shall confirm Integration Acceptance or state the failed criteria within seven business days after the Vendor's notice. Access to the Data alone does not constitute Integration Acceptance.

5.4 If the API is not available to the Customer, or the integration has not been delivered, by the Start Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 800 for each day of delay.

6. SERVICE LEVELS

6.1 The Vendor shall ensure that the API and the portal are available at least 99.95% of each calendar month, excluding maintenance announced five days in advance and carried out on weekends between 00:00 and 06:00 Beijing time.

6.2 Incidents are classified as follows. Priority 1: the API is unavailable or returns incorrect data for a whole data set; the Vendor shall respond within one hour and restore the service within six hours. Priority 2: a data set is delayed or partly incorrect; response within three hours and correction within one business day. Priority 3: other issues; response within two business days.

6.3 For each full 0.1 percentage point by which monthly availability falls short of clause 6.1, the Customer receives a credit of 5% of the monthly portion of the subscription fee. For each hour by which a Priority 1 response or restoration time is missed, the Customer receives a credit of CNY 600. Credits are set off against the next invoice or paid at the end of the term.

6.4 The Vendor shall publish a monthly availability and data quality report.

7. CUSTOMER DATA

7.1 Customer Data remains the property of the Customer.

7.2 The Customer grants the Vendor a perpetual, royalty-free licence to use Customer Data, including its shipment records and rate requests, in aggregated and anonymised form, to compile and improve the Vendor's benchmarks, indices and other data products and to develop new services, and to share the resulting aggregated data with the Vendor's other customers.

7.3 Apart from the licence in clause 7.2, the Vendor shall use Customer Data only to provide the subscription.

8. DATA SECURITY

8.1 The Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, logging of all administrative access, and annual independent security testing.

8.2 The Vendor shall notify the Customer within two hours after becoming aware of any security incident affecting Customer Data, shall take immediate measures to contain it, shall cooperate in any investigation, and shall be liable for all losses caused to the Customer by an incident that results from the Vendor's failure to comply with this clause.

8.3 Customer Data shall be stored in the Vendor's hosting environment in mainland China and shall not be transferred abroad without the Customer's written consent.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business, technical and commercial information, including the terms of this Agreement, and shall use it only for the purposes of this Agreement. This obligation lasts for the term and three years after it.

9.2 This clause does not prevent disclosure required by law or by a competent authority.

10. INTELLECTUAL PROPERTY

10.1 The Vendor owns all rights in the Data, the API and its platform.

10.2 The Integration Deliverables belong to the Customer from creation, and the Customer may use, modify and license them freely. The Vendor shall deliver their source code at Integration Acceptance.

11. SUBCONTRACTING

11.1 The Vendor may subcontract any part of its obligations, including data collection, hosting and support, to third parties by giving the Customer written notice of the subcontractor's name and role. The Vendor remains responsible for its subcontractors.

12. LIABILITY

12.1 The Vendor's total liability under this Agreement shall not exceed 150% of the total fees for the initial two Subscription Years. This limit does not apply to liability under clause 8.2, wilful misconduct or personal injury.

12.2 Neither party is liable for indirect or consequential loss. The Vendor does not guarantee that the Data predicts actual freight rates, but it shall correct errors in the Data promptly after they are reported.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.2 The Customer may also terminate by written notice if monthly availability falls short of clause 6.1 in three consecutive months.

13.3 On termination for the Vendor's breach, the Vendor shall refund the fees paid for the remaining part of the Subscription Year.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

15. GENERAL

15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

15.2 Notices shall be given in writing to the addresses above, by courier or by email with confirmation.

15.3 This Agreement, with Annex 1 (Data catalogue), is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNATURES

For the Vendor: ____________________    Date: __________

For the Customer: ____________________    Date: __________
"""

# ================================================================ labels, design list, checks
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"

# key: (file, format, language, category, terms (in TERM_KEYS order), extra, design rules, design risk, fee base, forum outside mainland)
DRAFTS = {
    "h1053z01": ("h1053z01_talent_apartment_platform_licence.pdf", "pdf", "zh", "software",
                 [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
                 {"sla_clause": T, "ld_stated": T, "post_warranty_fee_capped": T, "acceptance_deemed_on_delivery": F,
                  "contract_value": 1510000}, [], "low", 680000, F),
    "h1053z02": ("h1053z02_heated_glove_line_control_retrofit.docx", "docx", "zh", "hardware",
                 [N, 1, T, "buyer", T, T, T, 0.02, N, 20, T, T, 18, 26, F, T, F, "PRC", G],
                 {"sla_clause": T, "ld_stated": T, "post_warranty_fee_capped": T, "acceptance_deemed_on_delivery": F,
                  "contract_value": 1460000},
                 ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high", 1213000, F),
    "h1053z03": ("h1053z03_pipa_school_booking_membership_saas.txt", "txt", "zh", "cloud",
                 [99.5, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S],
                 {"sla_clause": T, "ld_stated": T, "acceptance_deemed_on_delivery": F, "contract_value": 744000},
                 ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium", None, F),
    "h1053z04": ("h1053z04_fire_hydrant_monitoring_annual_om.txt", "txt", "zh", "services",
                 [N, N, F, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S],
                 {"sla_clause": F, "ld_stated": T, "acceptance_deemed_on_delivery": F, "contract_value": 438240},
                 ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"], "high", None, F),
    "h1053z05": ("h1053z05_pewter_studio_process_tracking_supplier_template.md", "md", "zh", "software",
                 [N, 8, F, "supplier", T, T, T, N, N, 65, F, F, 6, N, F, T, T, "PRC", G],
                 {"sla_clause": T, "ld_stated": F, "post_warranty_fee_capped": F, "acceptance_deemed_on_delivery": T,
                  "contract_value": 320000},
                 ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                  "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"], "high", 168000, F),
    "h1053e01": ("h1053e01_cmms_perpetual_licence_arkansas_vendor.pdf", "pdf", "en", "software",
                 [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 10, F, T, F, "Arkansas", G],
                 {"sla_clause": T, "ld_stated": T, "post_warranty_fee_capped": T, "acceptance_deemed_on_delivery": F,
                  "contract_value": 1648000}, ["CR-GOVERNING-LAW"], "low", 1180000, T),
    "h1053e02": ("h1053e02_quality_management_saas_order_form.md", "md", "en", "cloud",
                 [99.95, 1, T, "buyer", F, T, T, 0.1, 6 / 24 * 100, 332000 / 618000 * 100, T, N, N, N, F, T, F, "PRC",
                  S],
                 {"sla_clause": T, "ld_stated": T, "acceptance_deemed_on_delivery": F, "contract_value": 618000},
                 ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-PREPAYMENT"], "high", None, F),
    "h1053e03": ("h1053e03_cement_condition_monitoring_sensors.docx", "docx", "en", "hardware",
                 [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8, F, T, F, "PRC", G],
                 {"sla_clause": T, "ld_stated": T, "post_warranty_fee_capped": T, "acceptance_deemed_on_delivery": F,
                  "contract_value": 2152000}, [], "low", 1933800, F),
    "h1053e04": ("h1053e04_managed_infrastructure_services_36_months.md", "md", "en", "services",
                 [99.95, 0.25, T, "buyer", T, T, F, 2000 / 2162000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S],
                 {"sla_clause": T, "ld_stated": T, "acceptance_deemed_on_delivery": F, "contract_value": 2162000},
                 ["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium", None, F),
    "h1053e05": ("h1053e05_freight_market_data_api_subscription.txt", "txt", "en", "cloud",
                 [99.95, 1, T, "buyer", T, F, T, 800 / 718000 * 100, 150, N, T, N, N, N, T, T, T, "PRC", S],
                 {"sla_clause": T, "ld_stated": T, "acceptance_deemed_on_delivery": F, "contract_value": 718000},
                 ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"], "medium", None, F),
}
SOURCES = {k: globals()["H1053" + k[5:].upper()] for k in DRAFTS}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3, applied to the labels."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - HIGH - LOW:
        return "medium"
    return "low"


# ---- threshold figures: availability 99.9 %, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %, warranty 12 months,
# post-warranty fee 15 %, TCO share 40 %
def patterns(nows):
    b = "" if nows else r"\b"
    return [re.compile(p, re.I) for p in [
        r"99\.90*(?!\d)",
        r"(?<![\d.,])4\s*个?\s*(?:小时|hours?%s|hrs?%s|h%s)" % (b, b, b),
        r"%sfour\s*-?\s*hours?" % b,
        r"(?<![十\d])四个?小时",
        r"(?<![\d.])0\.050*(?!\d)",
        r"万分之五(?!十)",
        r"(?<![\d.,])100(?:\.0+)?\s*%",
        r"百分之一?百",
        r"(?<![\d.,])30(?:\.0+)?\s*%",
        r"百分之三十(?![一二三四五六七八九])",
        r"(?<![\d.,])15(?:\.0+)?\s*%",
        r"百分之十五",
        r"(?<![\d.,])40(?:\.0+)?\s*%",
        r"百分之四十(?![一二三四五六七八九])",
        r"(?<![\d.,])12\s*(?:个\s*月|months?|-\s*month)",
        r"十二个月",
        r"%stwelve\s*-?\s*months?" % b,
    ]]


def hits(text):
    out = []
    for variant, nows in ((text, False), (re.sub(r"\s+", " ", text), False), (re.sub(r"\s+", "", text), True)):
        for p in patterns(nows):
            out += [m.group(0) for m in p.finditer(variant)]
    return out


MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时内响应", "4 个小时", "four hours", "四小时", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "4h response"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四个月", "0.08%", "0.5%", "万分之五十",
             "115%", "1.15%", "130%", "150%", "30 days", "40 sensors", "15 working days", "2027年12月31日",
             "120 days", "3 hours", "万分之八", "1,100%", "24 months", "0.02 percentage point"]


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


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, d in DRAFTS.items():
        name, fmt = d[0], d[1]
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in DRAFTS}, {k: (d[0], d[1]) for k, d in DRAFTS.items() if d[1] in ("docx", "pdf")},
          OUT, wrap_words=True)


def labels_and_checks():
    for s in MUST_HIT:
        assert hits(s), "self-test must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "self-test must miss: %s %s" % (s, hits(s))
    fired = set()
    for key, (name, fmt, lang, cat, vals, extra, design, drisk, base, forum) in DRAFTS.items():
        assert len(vals) == len(TERM_KEYS)
        t = dict(zip(TERM_KEYS, vals))
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        else:
            assert "post_warranty_fee_capped" in extra
        assert list(extra) == [k for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                           "acceptance_deemed_on_delivery", "contract_value"] if k in extra]
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-9
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        share = tco_share(t, extra, base)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        rules = derive(t, extra, base, forum)
        assert rules == sorted(design), (key, rules, design)
        assert risk(rules) == drisk, (key, risk(rules), drisk)
        fired |= set(rules)
        # text checks, as read back
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        h = hits(text)
        assert not h, (name, h)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print("%-62s %s %5d  %-6s %s  tco=%s" % (name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                                 None if share is None else round(share, 2)))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    assert 8 <= len(derive(dict(zip(TERM_KEYS, DRAFTS["h1053z05"][4])), DRAFTS["h1053z05"][5], 168000, F)) <= 10
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    build()
    labels_and_checks()
