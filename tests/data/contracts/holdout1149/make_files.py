"""Builds the holdout1149 set: ten ordinary draft contracts (5 zh, 5 en) and their .json labels.

Sources are kept below. .txt/.md are written as they are; .docx/.pdf are built with ../word_pdf.py (PDF paragraphs
broken at word boundaries). The labels' expected_rules are derived from the expected terms by my reading of policy
section 3 and compared with the design list; the script also asserts price and payment sums, the risk levels, the
coverage of all 20 CR rules, the text lengths as read back from the built files, that no label value equals a policy
threshold and that no built text states a threshold figure (regex, self-tested on must-hit / must-miss strings).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:外贸运行监测平台软件许可及定制开发合同
P:合同编号：SWJ-ZC-2026-118　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市商务局
P:乙方（供应商）：杭州数衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方经协商一致，就临江市外贸运行监测平台的软件许可、定制开发及实施事宜订立本合同。招标文件、投标文件、中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“外贸运行监测平台”软件产品的永久使用许可（不限用户数，部署于甲方政务云），并完成重点外贸企业监测、进出口数据看板、订单景气指数、预警处置等模块的定制开发。
P:1.2 乙方负责与海关统计数据接口、税务出口退税数据接口、市公共数据平台及企业直报系统的数据对接，并完成部署、联调、培训和试运行。
P:1.3 具体功能、性能及接口要求以招标文件技术需求书及乙方投标文件为准；二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾伍万捌仟元整（¥1,958,000），为固定总价，包含税费、差旅及一切相关费用。
P:2.2 价款构成：平台软件许可费 ¥1,080,000；定制开发费 ¥636,000；数据对接费 ¥168,000；实施及培训费 ¥74,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即 ¥391,600。
P:3.2 系统完成部署、通过初步验收后十个工作日内，甲方支付合同总价的45%，即 ¥881,100。
P:3.3 系统通过最终验收后十个工作日内，甲方支付合同总价的35%，即 ¥685,300。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按照财政国库集中支付程序办理，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提请初步验收，初步验收通过后进入六十日试运行期。
P:4.2 乙方应派驻不少于五名的实施团队常驻甲方现场，其中项目经理应具有五年以上政务信息化项目经验，并按周向甲方提交工作周报，如实报告进度、问题及风险。
P:4.3 乙方应为甲方业务人员和系统管理员提供不少于三期集中培训，每期不少于两天，培训教材由乙方免费提供；培训后甲方管理员应能独立完成日常配置、用户管理和报表维护。
P:4.4 乙方应于开工后十日内提交实施方案、项目人员名单及进度计划，经甲方确认后执行。项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能点全部实现；与海关、税务、公共数据平台接口连续七日数据同步无差错；在二百用户并发条件下页面平均响应时间不超过三秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障；监测数据与源系统抽样比对一致；乙方提交源代码、设计文档、操作手册及运维手册；甲方组织专家评审并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新提请验收，因此产生的费用由乙方承担。
H:第六条 质量保证及维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过 ¥97,200，该价格自质保期满起三年内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内系统月可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三个工作日通知甲方）。
P:7.2 故障分级响应：一级故障（系统整体不可用或数据错误影响对外发布）30分钟内响应、2小时内到场；二级故障2小时内响应；三级故障下一个工作日内响应。
P:7.3 乙方未按时响应的，每超时一小时向甲方支付 ¥1,000；月可用率每低于承诺值0.01个百分点，支付 ¥2,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无须另行付费。
P:8.3 乙方保证所交付软件不侵犯任何第三方的合法权利，如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:第九条 数据安全与数据归属
P:9.1 平台中的企业直报数据、海关及税务对接数据、统计分析结果均属于甲方所有，乙方不得用于本合同以外的任何目的，不得留存或复制。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，运维操作须经堡垒机并留存日志；不得将数据带出政务云环境。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失及行政处罚由乙方全部承担。
P:9.4 合同终止或履行完毕时，乙方应将其掌握的全部甲方数据返还甲方，并在甲方监督下删除其运维终端及备份介质中的数据副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、企业商业信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
P:11.4 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但迟延履行后发生不可抗力的除外。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 双方联系人、通知地址以合同首页所载为准，任何一方变更的应提前五个工作日书面通知对方，未通知的，按原地址送达即视为有效送达。
P:15.3 本合同附件包括：技术需求响应表、接口清单、项目实施计划、培训计划、乙方售后服务承诺书。附件与本合同正文不一致的，以本合同正文为准；本合同正文未约定的，以招标文件及投标文件中对甲方更有利的内容为准。
P:甲方（盖章）：临江市商务局　　　　乙方（盖章）：杭州数衡信息技术有限公司
P:代表签字：________　　　　代表签字：________
P:日期：2026年　月　日
"""

Z02 = """T:织带机生产线电控系统改造合同
P:合同编号：HX-JD-2026-0623
P:甲方：绍兴恒纤电动织带机有限公司
P:乙方：常州启拓自动化工程有限公司
P:甲方拟对其二号厂房十二条电动织带机生产线的电气控制系统进行改造，乙方具备相应的设计、供货及实施能力。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责十二条生产线原继电器控制柜的拆除，新装PLC控制柜、伺服驱动系统、触摸屏操作终端、工业网络及产线监控软件，实现织带张力、送经速度、断纬停车的自动控制。
P:1.2 乙方负责产线监控软件与甲方现有ERP工单模块、能耗计量系统的对接，开发工艺配方下发接口及设备效率（OEE）报表。
P:1.3 改造应分批进行，每批停线不得超过五日，以保证甲方订单生产不受重大影响。
P:1.4 乙方所供设备应为全新原厂正品，具有出厂合格证，主要元器件品牌及型号以乙方投标文件所附设备清单为准；确需变更品牌或型号的，须事先征得甲方书面同意，且性能不得低于原型号。
H:第二条 设备、软件及价格
P:2.1 本合同总价为人民币壹佰叁拾肆万元整（¥1,340,000），含税、运输、保险、安装及调试费用。明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、低压电器）|12套|38,000|456,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|触摸屏操作终端|12台|4,800|57,600
TB:4|工业交换机及边缘网关|1批|86,400|86,400
TB:5|产线监控软件永久许可|1套|198,000|198,000
TB:|软硬件小计|||1,110,000
TB:6|安装调试|1项|126,000|126,000
TB:7|工艺配方接口及报表定制开发|1项|88,000|88,000
TB:8|操作及维护培训|1项|16,000|16,000
TB:|合计|||1,340,000
H:第三条 付款
P:3.1 合同签订后七日内，甲方向乙方支付合同总价的35%作为预付款，即 ¥469,000，用于乙方备货。
P:3.2 全部设备到货并安装完毕后十五日内，甲方支付合同总价的45%，即 ¥603,000。到货签收及安装完毕不视为验收合格。
P:3.3 全部生产线通过最终验收后十五日内，甲方支付合同总价的20%，即 ¥268,000。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后四十五日内将全部设备运抵甲方厂房，并于到货后六十日内完成全部生产线的改造和调试。
P:4.2 乙方施工应遵守甲方厂区安全生产管理制度，因乙方施工造成甲方设备损坏或人员伤害的，由乙方负责赔偿。
P:4.3 乙方应于每批改造开工前三日提交停线计划、施工方案及安全措施，经甲方生产部和设备部会签后实施。施工期间乙方应指定现场负责人，每日与甲方生产调度核对进度。
P:4.4 乙方应为甲方电气维修人员和挡车工分别提供操作及维护培训，培训合计不少于五天，培训结束后甲方维修人员应能独立完成程序备份、参数调整和常见故障排除。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收：连续运行七十二小时无停机故障；织带张力波动不超过设定值的±3%；断纬停车响应时间不超过0.2秒；触摸屏各项参数显示准确。
P:5.2 全部生产线单线验收合格且连续试生产三十日后进行最终验收：产线设备效率较改造前提升不低于8个百分点；监控软件与ERP工单数据一致；乙方交付电气图纸、PLC程序、接口源代码及操作维护手册。
P:5.3 验收由甲方组织，双方签署验收报告。任何设备投入生产使用，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十日内完成整改并重新提请验收；经两次整改仍不合格的，甲方有权退回不合格设备，要求乙方退还相应款项，或解除本合同并要求乙方赔偿损失。因整改产生的停线损失及费用由乙方承担。
H:第六条 质量保证
P:6.1 全部设备及软件的免费质保期为十八个月，自最终验收合格之日起计算。质保期内设备非人为损坏的，乙方免费维修或更换。
P:6.2 质保期满后，乙方按年提供维保服务，年度维保费为软硬件小计的8%，即每年 ¥88,800，该费用在质保期满后三年内保持不变。维保内容包括每季度一次巡检、备件更换（人为损坏除外）及软件升级。
P:6.3 乙方应随设备免费提供伺服驱动器、I/O模块及触摸屏等关键易损备件各两套，存放于甲方设备仓库，使用后由乙方在十日内补足。质保期内同一部件故障三次以上的，乙方应免费更换同型号新件。
P:6.4 乙方应建立设备档案，记录每次故障、维修及更换情况，每季度向甲方设备部提交运行分析报告，提出预防性维护建议。
H:第七条 服务响应
P:7.1 故障分级：一级故障指任一生产线整线停机；二级故障指单台设备停机或局部功能失效；三级故障指其他不影响生产的问题。
P:7.2 一级故障乙方应在1小时内响应，8小时内到达现场；二级故障2小时内响应，次日到达现场；三级故障三个工作日内处理。
P:7.3 乙方未按时响应或到场的，每超时一小时向甲方支付违约金 ¥500，甲方可从维保费或应付款中扣除。
H:第八条 生产数据
P:8.1 产线运行数据、工艺配方、能耗数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
P:8.2 乙方远程访问甲方设备须事先取得甲方设备部书面批准，并通过甲方指定的VPN账号登录，操作全程留存日志；不得在未经批准的情况下下载或拷贝生产数据。
P:8.3 因乙方原因造成数据泄露、篡改、丢失或生产网络被入侵的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方由此遭受的全部损失。
H:第九条 知识产权
P:9.1 监控软件产品的知识产权归原权利人所有，甲方享有永久使用许可。
P:9.2 为本项目编制的PLC程序、工艺配方接口、报表及其源代码的知识产权归甲方所有，甲方可自行修改或交由第三方维护。
H:第十条 分包
P:10.1 乙方可将电缆敷设、桥架安装等辅助施工分包给具备资质的第三方，但应提前三日书面告知甲方分包单位名称；乙方对分包单位的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
P:11.3 因乙方设备质量问题导致甲方产品批量报废的，乙方应赔偿甲方直接损失。
P:11.4 因不可抗力导致不能履行的，受影响一方应在三日内通知对方并提供证明，双方协商顺延工期或解除合同。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应返还已收款项中与未完成部分相应的款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交绍兴仲裁委员会仲裁。
P:13.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以存在争议为由中止质保期内的维修服务或停止故障响应。
H:第十四条 其他
P:14.1 本合同附件包括：技术协议、设备清单、停线计划及培训计划，附件与本合同具有同等效力。本合同的修改须经双方书面签署。
P:14.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2026年　月　日
"""

Z03 = """门店预约及会员管理SaaS服务合同

合同编号：KX-SaaS-2026-045
甲方：广州快修联盟通讯设备维修连锁有限公司
乙方：深圳云店科技有限公司

鉴于甲方在华南地区经营四十五家手机维修门店，需要统一的线上预约、工单流转及会员管理系统，乙方提供相应的SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供“云店通”门店预约及会员管理SaaS服务，覆盖甲方全部四十五家门店及总部，包括：
1. 微信小程序及公众号在线预约、到店排队叫号；
2. 维修工单、配件领用及质检流转；
3. 会员注册、积分、储值卡、优惠券及保修卡电子化；
4. 总部经营看板、门店业绩及技师绩效报表。
（二）乙方负责实施服务：系统初始化配置、门店及员工账号开通、历史会员数据导入、与甲方现有进销存系统的配件库存接口对接、小程序页面按甲方品牌形象定制，以及店长和技师培训。
（三）乙方应提供7×12小时客服热线及在线工单支持，并为甲方指定一名客户成功经理，负责日常需求对接、版本更新说明及每季度的使用情况回顾。
（四）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，每个服务年度自起算日起至次年对应日的前一日止。

二、费用及支付
（一）本合同总价为人民币伍拾贰万陆仟元整（¥526,000），其中：
1. 门店SaaS年费：每店每年 ¥3,600，四十五家门店合计每年 ¥162,000；
2. 总部管理模块年费：每年 ¥58,000；
3. 以上年费合计每个服务年度 ¥220,000，两个服务年度合计 ¥440,000；
4. 一次性实施费 ¥86,000。
（二）每个服务年度的年费，由甲方在该服务年度开始后十五日内一次性支付。
（三）实施费在上线验收合格后十五日内一次性支付。合同签订时甲方无需支付任何款项。
（四）上述价格已包含短信通知费（每店每月不超过三百条）、云资源费、技术支持费及版本升级费，乙方不得另行收取。超出部分的短信按每条 ¥0.045 另行结算。
（五）乙方收款前应向甲方开具增值税专用发票。
（六）服务期内新增门店的，按每店每年 ¥3,600 按月折算收费。

三、实施与上线验收
（一）乙方应在合同签订后四十日内完成实施并提请上线验收。
（二）上线验收标准：
1. 本合同第一条所列功能全部可用；
2. 历史会员数据导入后，随机抽取五百条与原系统比对，差错为零；
3. 库存接口连续五日同步无差错；
4. 全部门店完成至少一次真实预约及工单闭环。
（三）甲方应在收到验收申请后五个工作日内组织验收并出具书面意见。试用或门店开始使用，均不视为验收合格。
（四）验收不通过的，乙方应在十日内完成整改并重新提请验收，整改期间不计入服务期。经两次整改仍未通过的，甲方有权解除本合同，乙方应退还已收取的全部款项。
（五）上线前乙方应完成全部门店收银电脑及平板的环境检查，并为每家门店提供一份简明操作指引，确保门店员工在上线首日即可独立完成预约接单和开单操作。

（四）乙方应为甲方提供集中培训和门店远程培训：总部管理员培训不少于两天，店长及技师按片区分批培训，每批不少于半天；乙方应提供操作视频及图文手册，并在上线后前两周安排专人远程值守。

四、服务水平
（一）乙方承诺SaaS服务月可用率不低于99.5%，计划内维护应安排在每日零时至六时之间并提前两日通知。
（二）故障响应：一级故障（全部门店无法预约或开单）30分钟内响应，2小时内恢复；二级故障（部分功能不可用）2小时内响应；三级故障次日处理。
（三）月可用率未达承诺的，每低于0.1个百分点，按当月年费折算金额的5%抵扣下一期服务费；一级故障响应超时的，每次抵扣 ¥500。

五、数据
（一）甲方会员信息、预约及维修记录、储值数据（以下称“甲方数据”）归甲方所有。
（二）乙方应采取加密存储、访问控制、操作日志等措施保障甲方数据安全，存储于中国境内，符合网络安全等级保护第三级要求。发生数据泄露的，乙方应在24小时内通知甲方，并承担因乙方原因造成的损失。
（三）甲方同意，乙方可将甲方数据进行脱敏、汇总处理后，用于维修行业趋势分析、产品功能改进及向其他客户提供行业基准报告，该使用在本合同终止后仍可继续。
（四）乙方人员仅可在处理甲方工单所必需的范围内访问甲方数据，访问须经审批并留存日志，日志保存不少于六个月。
（五）合同终止后三十日内，乙方应按甲方要求导出全部甲方数据，并删除系统中的原始数据。

六、知识产权
（一）“云店通”平台及其版本升级的知识产权归乙方所有。
（二）为甲方定制的小程序页面、积分规则配置及库存接口程序归甲方所有，甲方可自由使用、修改或交由他人维护。

七、双方义务
（一）甲方应指定项目负责人，及时提供门店清单、员工信息、会员历史数据及接口文档，并组织门店配合上线。
（二）甲方应妥善保管管理员账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）乙方应保证系统功能与本合同约定一致；乙方对平台进行影响甲方使用的重大版本调整的，应提前十五日通知甲方并提供过渡方案，不得因版本调整降低已约定的功能。
（四）乙方变更服务器部署地点或云服务商的，应提前三十日书面通知甲方，且变更后的部署仍应位于中国境内。

八、保密
双方对在合作中知悉的对方商业秘密、价格及客户信息负有保密义务，保密期限至合同终止后三年。

九、违约责任
（一）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金 ¥400。
（二）因乙方原因导致服务中断超过二十四小时的，甲方有权要求乙方赔偿实际损失。
（三）甲方逾期付款的，乙方可催告，催告后十五日仍未支付的，乙方可暂停服务。

十、续期
服务期满，如任何一方未在期满前三十日书面提出不续约，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权上调年费，每次上调幅度不超过上一服务年度年费的8%。

十一、分包
乙方不得将本合同项下实施服务分包给第三方，但经甲方书面同意的除外。

十二、合同解除
（一）乙方严重违约且在甲方书面通知后十日内未改正的，甲方有权解除合同，乙方应退还未履行期间的年费。
（二）一个服务年度内月可用率连续两个月低于承诺值，或发生两次以上一级故障超时未恢复的，视为乙方严重违约。
（三）合同解除或终止的，乙方应提供不少于三十日的过渡期，保证甲方数据导出和业务平稳切换，过渡期内服务不中断。

十三、争议解决
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

十四、其他
（一）因不可抗力或基础电信运营商网络故障导致服务中断的，双方均不承担违约责任，但乙方应积极协助恢复并及时通知甲方。
（二）双方的通知应以书面形式发送至合同首页所列地址或双方确认的电子邮箱。以电子邮件发送的，自进入对方指定邮箱系统之日视为送达；任何一方变更联系方式的，应提前五日书面通知对方，否则按原联系方式送达的视为有效送达。
（三）本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（签章）：　　　　　乙方（签章）：
日期：2026年　月　日
"""

Z04 = """秸秆焚烧监控系统2027年度运行维护服务合同

项目编号：QXNY-CS-2026-09
采购方式：竞争性磋商
甲方（采购人）：清溪县农业农村局
乙方（成交供应商）：安徽禾视智能科技有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就清溪县秸秆焚烧视频监控系统2027年度运行维护服务订立本合同。

第一条 服务范围
（一）运维对象：全县十四个乡镇布设的八十六处高点视频监控点位（含高清云台摄像机、热成像火点探测仪、立杆、防雷接地、太阳能及市电供电设施）、县级监控指挥平台软件、火点自动识别服务器、视频存储设备及至各点位的传输链路。
（二）服务内容：
1. 前端点位日常巡检，每季度不少于一次，夏收、秋收禁烧重点时段每月一次；
2. 设备故障诊断、维修及配件更换（单件价值五千元以下的配件包含在本合同价款内）；
3. 平台软件的日常维护、补丁更新、火点识别模型参数调优及告警推送规则维护；
4. 禁烧重点时段安排二名技术人员驻守县指挥中心，协助值班人员核查告警；
5. 每月提交运维月报，年底提交年度运维总结及设备更新建议。
6. 每年汛期前对全部点位的防雷接地电阻进行检测，对太阳能板进行清洁和蓄电池容量检测，不合格的予以整改；
7. 配合甲方迎接上级部门的禁烧工作督查，按要求调取、整理告警处置记录。
（三）服务期限：自2027年1月1日起至2027年12月31日止。

第二条 合同价款
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括人工、交通、配件（第一条约定范围内）、工具、税费等全部费用。
（二）价款构成：前端点位运维 ¥232,200（八十六处，每处每年 ¥2,700）；平台及服务器运维 ¥68,800；重点时段驻场服务 ¥85,000。

第三条 付款方式
（一）本合同不设预付款。
（二）运维费按季度支付：每季度结束后，甲方依据第五条考核结果，在十五个工作日内支付该季度运维费 ¥96,500，考核扣款从当季应付款中扣除。
（三）乙方请款时应提交考核表、运维月报及合法发票。

第四条 服务要求
（一）故障分级：一级故障指县级平台整体瘫痪、火点识别服务中断或十处以上点位同时离线；二级故障指单个乡镇范围内多处点位离线或告警推送异常；三级故障指单个点位图像异常、云台失控等。
（二）响应时限：一级故障乙方应在接到报修后6小时内响应并安排人员赶赴现场，二十四小时内恢复；二级故障十二小时内响应，四十八小时内修复；三级故障三日内修复。
（三）乙方未在上述时限内响应或修复的，每超时一小时扣减运维费 ¥300；禁烧重点时段加倍扣减。
（四）禁烧重点时段（每年5月15日至6月30日、9月20日至11月10日），乙方应实行二十四小时值守电话，并在县城设立备件库，储备摄像机、热成像模组、光端机、电源模块等常用备件，保证故障点位可在当日更换。
（五）遇大风、雷暴等恶劣天气后，乙方应在天气条件允许后两日内对受影响区域点位进行专项巡查，排查立杆倾斜、线缆断裂及防雷设施损坏等隐患。
（六）乙方应建立运维台账，如实记录每次巡检、故障及处理情况，甲方可随时查阅。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：巡检完成率、故障修复及时率、告警核查记录完整性、月报按时提交情况。考核标准及评分办法见附件《运维服务考核细则》。
（二）季度考核得分低于八十分的，扣减当季运维费的5%；低于七十分的，扣减当季运维费的10%，并由乙方提交书面整改报告。
（三）服务期满后，甲方组织年度验收，验收依据为本合同、考核细则及全年考核记录，验收合格后出具书面验收意见。
（四）年度验收时，乙方应提交全部点位的设备状态清单、年度故障统计分析、备件消耗明细及下一年度设备更新改造建议，并现场演示平台各项功能运行正常。年度验收不合格的，乙方应在十五日内整改，整改期间乙方仍应保障系统正常运行。

第六条 数据与资料归属
（一）系统采集的视频、图片、火点告警记录及平台数据均归甲方所有，乙方不得用于本合同以外的任何用途。
（二）乙方在运维过程中形成的巡检记录、设备台账、配置文件及运维报告归甲方所有，服务期满时全部移交甲方。

第七条 保密
乙方对履行本合同过程中知悉的甲方工作信息、点位分布、系统账号等负有保密义务，未经甲方书面同意不得对外披露，保密义务在合同终止后继续有效。

第八条 乙方人员
（一）乙方应配备不少于五名专职运维人员，其中项目负责人一名，应具有三年以上视频监控系统运维经验；人员名单应报甲方备案，更换人员须提前告知甲方。
（二）乙方应每半年对甲方值班人员开展一次平台操作培训，内容包括告警核查、视频回放调取、点位巡航设置和常见故障判断，培训记录作为考核依据。
（三）乙方人员进入乡镇点位作业时应佩戴工作证，服从当地安全管理，不得擅自改变点位设备的安装位置和监控方向。
（四）乙方人员高空作业应持证上岗，乙方应为其购买意外伤害保险，作业中发生的人身伤害由乙方负责。

第九条 甲方义务
（一）甲方应指定专人负责运维工作的联络和监督，及时向乙方提供点位清单、设备资料及平台管理账号。
（二）甲方应协调各乡镇人民政府及点位所在村委会，为乙方人员进入点位现场、登高作业提供便利。
（三）单件价值五千元以上的设备更换，由乙方提出书面方案并报价，经甲方确认后另行采购，乙方负责安装调试。

第十条 违约责任
（一）乙方未按本合同约定的时间完成季度巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方维护不当导致设备损坏的，乙方应负责修复或照价赔偿。
（三）因乙方原因导致禁烧重点时段平台连续中断超过二十四小时的，甲方有权另行委托第三方抢修，所需费用由乙方承担。

第十一条 分包与转包
乙方不得将本合同的运维服务转包或分包给第三方。

第十二条 合同解除
乙方有下列情形之一的，甲方有权书面通知解除合同：连续两个季度考核得分低于七十分；严重违约经甲方书面催告后十日内仍未改正；转包或违法分包。合同解除的，甲方按实际服务期间结算运维费。

第十三条 合同期满
服务期满本合同终止，不自动续期。甲方如需继续采购运维服务，应依照政府采购程序另行组织。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）磋商文件、响应文件、成交通知书及附件《运维服务考核细则》《点位清单》为本合同组成部分。
（二）因不可抗力致使服务无法履行的，受影响一方应及时通知对方，双方协商调整服务内容或相应核减价款。
（三）本合同未尽事宜，双方可依法签订补充协议，补充协议与本合同具有同等法律效力，但不得违背磋商文件的实质性内容。
（四）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：清溪县农业农村局　　　　乙方（盖章）：安徽禾视智能科技有限公司
日期：2026年　月　日
"""

Z05 = """# 匠链工艺追溯系统软件许可及定制开发合同

**（匠链软件标准合同文本 JZ-2025 版）**

合同编号：JL-2026-GJ-031

甲方（买方）：个旧市锡韵锡器工坊有限公司

乙方（卖方）：昆明匠链软件有限公司

甲方因锡器生产工艺追溯管理需要，购买乙方“匠链工艺追溯系统”软件并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，在平等自愿的基础上，签订本合同。本合同采用乙方标准文本，双方确认已阅读并理解全部条款。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链工艺追溯系统”V3 软件的永久使用许可，许可范围为甲方个旧生产基地，终端数量不超过六十个。

1.2 乙方按甲方需求进行定制开发，内容包括：锡锭入库及成分检验记录、熔铸、錾刻、抛光、打磨等工序的扫码报工，手工匠人工时统计，成品一物一码溯源证书生成及微信扫码查询页面。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。培训为集中培训一次，时长一天，超出部分按每人天 ¥1,800 另行收费。

1.4 系统运行所需的服务器、数据库、操作系统、扫码枪、标签打印机及网络环境由甲方自行采购并承担费用，乙方可提供配置建议。甲方自购硬件不符合乙方建议配置导致的性能问题，乙方不承担责任。

1.5 本合同项下的许可为非独占、不可转让的使用许可。甲方增加终端数量、增加生产基地或关联公司使用的，应另行向乙方购买许可。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺追溯系统 V3 永久许可 | 420,000 |
| 2 | 定制开发（工序报工、溯源证书、扫码查询） | 108,000 |
| 3 | 安装部署及培训 | 32,000 |
| | 合计 | 560,000 |

本合同总价为人民币伍拾陆万元整（¥560,000）。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%，即 ¥280,000。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的50%，即 ¥280,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施及技术服务。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，计划实施周期为七十五个工作日。因甲方需求变更、资料提供不及时或现场条件不具备导致的延误，实施周期相应顺延。

4.2 乙方实施人员按乙方统一安排进场，乙方可根据项目情况调整实施人员，并通知甲方联系人。

4.3 甲方应按乙方要求提供工序流程、产品编码规则、人员名单等基础资料，并指定联系人配合实施。

4.4 实施期间，甲方应提供必要的办公场所及网络条件，乙方实施人员的食宿及往返差旅费用由甲方承担，按实际发生额结算。

4.5 定制开发需求以双方确认的需求说明书为准，需求确认后甲方再提出变更的，乙方有权另行收费。

## 第五条 上线与验收

5.1 乙方完成安装部署后通知甲方上线，系统上线运行即视为甲方验收合格。

5.2 上线前，乙方将在甲方现场进行功能演示，甲方应安排工序负责人参加并在演示记录上签字。演示中发现的问题，由乙方根据实际情况安排处理。

5.3 甲方在上线后提出的问题，由乙方在后续维护中处理，不影响验收结论及付款。

## 第六条 质量保证与维护

6.1 系统免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复。

6.2 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的24%，即每年 ¥100,800。未签订维护协议的，乙方不再提供任何技术支持及升级。

6.3 故障响应：一级故障（系统无法登录或无法报工）乙方在接到报修后8小时内响应；其他故障在三个工作日内响应。乙方以远程方式处理为主，需现场服务的，差旅费由甲方承担。

6.4 下列情形不属于免费维护范围：甲方操作不当、擅自修改配置、硬件及网络故障、病毒或第三方软件引起的问题，以及甲方新增的功能需求。上述情形乙方可提供有偿服务，按乙方当时的服务收费标准计费。

6.5 乙方将尽力按上述时限响应，但对响应或修复超时不承担扣款、赔偿或违约金责任。

## 第七条 知识产权

7.1 匠链工艺追溯系统及其升级版本、相关文档、数据库结构及实施方法的知识产权归乙方所有。乙方交付的软件为可执行程序，不提供源代码。

7.2 乙方为甲方定制开发的工序报工模块、溯源证书模板、扫码查询页面及其源代码，知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，不得转让或向第三方提供。

## 第八条 数据

8.1 甲方在系统中录入和生成的生产数据、产品溯源数据及客户查询记录归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方在部署、维护过程中应采取必要的安全措施，包括账号权限分级、数据库定期备份和远程维护日志记录，防止甲方数据泄露、丢失；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方，采取补救措施并依法承担相应责任。

8.3 甲方应自行负责服务器及数据库的日常备份。乙方远程维护前应取得甲方联系人同意。

## 第九条 保密

双方对履行本合同过程中获知的对方技术资料、商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。甲方的锡器造型设计图样、錾刻纹样及工艺参数属于甲方商业秘密，乙方实施人员不得拍照、复制或带离甲方生产现场。

## 第十条 违约责任

10.1 因乙方原因未能按期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及停产损失。

10.3 甲方违反第七条约定擅自修改或向第三方提供软件的，应按合同总价的两倍向乙方支付违约金。

## 第十一条 合同解除

任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方应停止使用尚未付清款项部分对应的软件功能，并在乙方监督下卸载相关程序。甲方因自身原因单方解除合同的，已付款项不予退还。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。不可抗力包括但不限于自然灾害、政府行为、网络运营商故障、第三方云服务中断、病毒及黑客攻击等乙方无法控制的情形。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同项下的通知以书面或电子邮件方式发送至合同载明的联系人，发出后即视为送达。

14.3 甲方应确保其人员按照乙方提供的操作手册使用系统，不得擅自修改系统参数、数据库或服务器配置；因甲方违反本条导致的系统故障，乙方提供的修复服务按乙方当时的收费标准另行收费。

14.4 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签署日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MQS-ZH-2026-07
P:This Agreement is made between Zhoushan Haiyun Ocean Fishing Co., Ltd., a company registered in Zhoushan, Zhejiang Province, People's Republic of China (the "Customer"), and Mourne Quay Software Limited, a company registered in Northern Ireland with its office at Harbour Road, Kilkeel, County Down (the "Vendor").
P:The Customer operates a fleet of ocean-going fishing and refrigerated transport vessels and wishes to replace its spreadsheet-based maintenance records with the Vendor's planned-maintenance software, configured for its fleet. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's KeelPlan planned-maintenance and spare-parts management software, version 5, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the vessel and equipment hierarchies, maintenance job libraries, report templates, interface programs and scripts produced by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's use, including vessel, equipment, running-hours, defect, inventory and crew-related records.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Customer's own servers and on board up to thirty-eight vessels, for the Customer's business and that of its wholly owned subsidiaries.
P:2.2 The Vendor shall configure the Software for the Customer's fleet, build the Custom Deliverables, migrate the Customer's existing maintenance records, connect the Software to the Customer's purchasing system and provide training, all as described in Annex 1.
P:2.3 The Customer may make copies of the Software reasonably needed for backup, testing and disaster recovery.
P:2.4 Each party shall appoint a project manager. The Vendor's project manager shall attend a fortnightly progress meeting, in person or by video, and shall report progress, risks and open issues in writing. The Vendor shall not replace its project manager or lead consultant without the Customer's agreement, which shall not be unreasonably withheld.
P:2.5 Training shall consist of five days for shore-office superintendents and system administrators at the Customer's Zhoushan office and recorded sessions for vessel engineers, with training materials in Chinese and English.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,720,000, fixed and inclusive of all taxes, travel and expenses, made up of: Software licence fee CNY 1,260,000; configuration and interfaces CNY 318,000; data migration CNY 96,000; training CNY 46,000.
P:3.2 The Contract Price does not change for exchange-rate movements. All invoices are issued and paid in CNY to the Vendor's account stated in Annex 3.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 344,000) within 20 days after signature of this Agreement, against the Vendor's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 774,000) within 20 days after the Software is installed and the migrated data has been loaded. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 602,000) within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and migration within 110 days after signature and then request acceptance testing.
P:5.2 The acceptance criteria are: every function listed in Annex 1 performs as specified; migrated job histories and spare-parts balances reconcile with the Customer's source records for all sampled vessels; the purchasing-system interface transfers requisitions without error for ten consecutive working days; on-board installations synchronise with the shore server over the vessels' satellite links within the times set in Annex 2; and no Severity 1 defect is open.
P:5.3 After the acceptance tests are passed and the Vendor has delivered the source code and documentation of the Custom Deliverables, the Customer shall issue a Final Acceptance certificate. Go-live, productive use or any payment does not amount to acceptance.
P:5.4 If the Software fails the tests, the Vendor shall correct the defects within 15 days and repeat the tests at its own cost. If it fails a second time, the Customer may terminate under Article 13.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for 18 months from Final Acceptance (the "Warranty Period") and will correct any non-conformity free of charge.
P:6.2 During the Warranty Period the Vendor shall provide support and updates at no charge. A Severity 1 defect (the Software cannot be used by the shore office or by more than three vessels) shall be responded to within 1 hour, by telephone or remote session, and a workaround provided within 8 hours; Severity 2 defects within 2 business hours; other defects within 3 business days.
P:6.3 For each hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit the Customer CNY 1,000, deductible from any amount payable.
P:6.4 After the Warranty Period the Customer may buy annual support at 11% of the Software licence fee (CNY 138,600 per year). This fee is fixed for the first three years after the Warranty Period and any later increase shall not exceed the change in the PRC consumer price index. Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Delay
P:7.1 If Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables belong to the Customer upon creation. The Customer may use, modify and license them freely, including through other service providers.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use it only to perform this Agreement and shall not keep, analyse or disclose it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the remote-access channel the Customer provides, with named accounts and logged sessions, and shall not copy Customer Data outside the Customer's systems without written approval. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law as they apply to its work.
P:9.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, cooperate in the response and bear the losses caused by its own breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement, for five years after termination. This does not apply to information that is public or independently developed.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims or breach of Articles 9 and 10.
P:11.2 Neither party is liable for loss of profit or indirect loss, except under Articles 9 and 10.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid, less the value of any deliverable the Customer elects to keep.
P:13.3 The licence in Article 2.1 survives termination unless the Customer has failed to pay the licence fee.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of Northern Ireland.
P:15.2 The courts of Northern Ireland have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification and Services), Annex 2 (Acceptance Test Plan) and Annex 3 (Bank Details), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be in writing and delivered by hand, courier or email to the addresses stated on the signature page. A notice sent by email is received when the recipient confirms receipt.
P:16.3 This Agreement is signed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

E02 = """# DockTide Subscription Order Form

Order Form No. NW-OF-2026-0412

This Order Form consists of Part A (Order Details) and Part B (General Terms). Together they form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Parties

**Supplier:** Narrow Water Logistics Software Limited, registered in Northern Ireland, of Quayside Business Park, Warrenpoint, County Down.

**Customer:** Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd., registered in Tianjin, People's Republic of China.

### A2. Service and Subscription Term

**Service:** DockTide, the Supplier's cloud-based dock appointment, yard management and temperature-log platform, in the Enterprise edition, for the Customer's three cold-storage warehouses in Tianjin (Dongjiang, Lingang and Xiqing), including the carrier booking portal and mobile yard app.

**Hosting:** Alibaba Cloud, Shanghai region (mainland China).

**Subscription Term:** 36 months from the Subscription Start Date, which is the date of Go-Live Acceptance under A5. The Subscription Term consists of three Subscription Years.

**Users:** up to 220 named internal users; unlimited carrier portal accounts.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| DockTide Enterprise subscription, Year 1 | annual | 348,000 |
| DockTide Enterprise subscription, Year 2 | annual | 348,000 |
| DockTide Enterprise subscription, Year 3 | annual | 348,000 |
| Onboarding (configuration, WMS and TMS interfaces, data load, training) | one-time | 64,000 |
| Total Contract Value | | 1,108,000 |

All fees are in CNY and include VAT. Subscription fees are fixed for the Subscription Term.

### A4. Invoicing and Payment

A4.1 The Supplier invoices each Subscription Year's fee at the start of that Subscription Year. The Customer pays within 30 days after receipt of a valid VAT invoice.

A4.2 The onboarding fee is invoiced after Go-Live Acceptance and paid within 30 days. No amount is payable on signature of this Order Form.

### A5. Onboarding and Go-Live Acceptance

A5.1 The Supplier shall complete onboarding within 60 days after signature of this Order Form. Onboarding covers dock and yard configuration for the three sites, interfaces to the Customer's warehouse management system and transport management system, loading of carrier and customer master data, and training for supervisors and gate staff.

A5.2 Go-Live Acceptance tests: every function in the Service Description works for each site; appointment and gate events pass to and from the WMS and TMS without error for five consecutive working days; temperature logs from the reefer monitoring gateways appear in DockTide within two minutes; and the carrier portal handles 300 concurrent bookings within the response times in the Service Description. When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Use of the Service before that date is not acceptance.

A5.3 If Go-Live Acceptance is delayed beyond the date in A5.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 900 for each day of delay, up to CNY 54,000.

### A6. Special Terms

A6.1 Service levels for this order are those in Part B Section 3, with the availability commitment stated there.

A6.2 The Supplier's named customer-success manager for this order is based in the Supplier's Shanghai representative office and will hold a quarterly service review with the Customer.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, records and files that the Customer or its carriers enter into the Service or that the Service generates from them, including appointment, vehicle, driver, temperature and inventory data.

1.2 "Customer Configurations" means the dock rules, workflows, reports, label templates and interface mappings built for the Customer.

1.3 "Downtime" means any period in which the Service cannot be accessed or its core booking and gate functions do not work, excluding planned maintenance notified at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

### 2. The Service

2.1 The Supplier shall provide the Service in accordance with the Service Description and this Agreement, with reasonable skill and care.

2.2 The Supplier may improve the Service but shall not materially reduce its functions or security during the Subscription Term.

2.3 The Customer shall use the Service only for its own business and that of its carriers and clients, and shall keep its users' credentials secure.

2.4 The Customer shall provide timely access to its WMS and TMS test environments, appoint a project lead for onboarding, and make its site supervisors available for configuration workshops and training. Delay caused by the Customer extends the onboarding period accordingly, provided the Supplier notified the Customer of the delay in writing without undue delay.

2.5 The Supplier shall give at least 30 days' notice of any new release that changes the user interface of the gate or mobile yard app, and shall provide release notes in Chinese.

### 3. Service Levels

3.1 The Supplier shall make the Service available at least 99.7% of each calendar month, measured as the minutes in the month less Downtime, divided by the minutes in the month.

3.2 Support is available around the clock for Priority 1 incidents (the Service or the gate function is unavailable at any site). The Supplier shall respond to a Priority 1 incident within 30 minutes and work continuously to restore the Service. Priority 2 incidents are answered within 2 hours and Priority 3 incidents within one business day.

3.3 If availability in a month falls below the commitment, the Supplier shall credit the Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of the monthly equivalent. Each missed Priority 1 response time earns a credit of CNY 1,000. Credits are set off against the next invoice or, at the end of the term, refunded.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to provide the Service to the Customer and for no other purpose, including in anonymised or aggregated form.

4.2 The Supplier shall store and process Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it, log administrative access and keep its MLPS level-3 filing and ISO 27001 certification current.

4.3 The Supplier shall notify the Customer within 24 hours of becoming aware of any breach of security affecting Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by the Supplier's breach of this Section 4.

4.4 Within 30 days after the end of the Agreement, the Supplier shall return Customer Data in a standard format and then delete it, certifying deletion in writing.

### 5. Intellectual Property

5.1 The Supplier retains all rights in the Service and its underlying software.

5.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and license them freely, including with another provider after the Agreement ends.

### 6. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This obligation lasts for three years after the Agreement ends.

### 7. Subcontractors

The Supplier shall not use any subcontractor or subprocessor for the Service, other than the hosting provider named in Part A, without the Customer's prior written consent. The Supplier remains responsible for all of them.

### 8. Liability

8.1 The Supplier's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the 9 months preceding the event giving rise to the claim.

8.2 The limit in 8.1 does not apply to breach of Section 4, breach of Section 6, personal injury or wilful misconduct.

8.3 Neither party is liable for indirect or consequential loss or loss of profit.

### 9. Term, Renewal and Termination

9.1 The Agreement starts on signature and ends at the end of the Subscription Term. There is no automatic renewal. Any further subscription requires a new Order Form agreed by both parties.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice of it. Availability below the commitment in three months of any Subscription Year is a material breach.

9.3 On termination by the Customer under 9.2, the Supplier shall refund any prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules. The award is final.

### 11. General

11.1 Neither party is liable for delay caused by events beyond its reasonable control, if it gives prompt notice. Notices must be in writing and sent to the addresses in A1. Amendments must be in writing and signed by both parties.

11.2 This Agreement is written in English and Chinese; both versions have equal effect.

**Signed for the Customer:** ____________________ **Signed for the Supplier:** ____________________
"""

E03 = """T:Supply Contract for Cold-Room Sensors and Monitoring Software
P:Contract No. YGX-PUR-2026-0877
P:Buyer: Yantai Guoxiang Cold Chain Co., Ltd., Fushan District, Yantai, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Orchard Sense Instruments Limited, a company registered in Northern Ireland with its place of business at Loughgall Road, Armagh (the "Supplier").
P:The Buyer stores apples and pears in controlled-atmosphere cold rooms and wishes to monitor temperature, humidity, oxygen and carbon dioxide in every room continuously. This Contract is made on the Buyer's standard terms for equipment and software purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless temperature and humidity sensors, gas analysers and gateways for the Buyer's 64 cold rooms at its Fushan and Muping sites, and a perpetual licence of its RoomWatch monitoring software, as listed in clause 2.
P:1.2 The Supplier shall integrate RoomWatch with the Buyer's warehouse management system so that room conditions are shown against each stored lot, and shall configure alarms, dashboards and reports agreed in the technical specification (Annex A).
P:1.3 The Supplier shall train the Buyer's refrigeration engineers, quality staff and system administrators.
P:1.4 All equipment shall be new, of current manufacture, suitable for continuous operation at -2 °C and above 90% relative humidity, and shall carry the certifications required for radio equipment and electrical products in the People's Republic of China, including SRRC type approval for the wireless devices. Gas analysers shall be supplied with calibration certificates traceable to national standards.
P:1.5 The Supplier shall provide a project engineer who speaks Chinese and who is present on site during installation and commissioning. The Supplier's staff on site shall follow the Buyer's food-safety, hygiene and cold-room safety rules, including the rules for entering rooms under controlled atmosphere, and the Buyer may remove from site any person who does not follow them.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,714,000, fixed, including VAT, packing, freight to site, customs clearance, insurance, installation and all other costs, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, food-grade housing|640|1,150|736,000
TB:2|Oxygen and carbon dioxide gas analyser|32|9,800|313,600
TB:3|LoRa gateway with 4G backup|24|6,400|153,600
TB:4|RoomWatch monitoring software, perpetual site licence|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,489,200
TB:5|Installation and commissioning|1 lot|132,800|132,800
TB:6|Integration with the Buyer's WMS|1 lot|74,000|74,000
TB:7|Training|1 lot|18,000|18,000
TB:|Contract Price|||1,714,000
P:2.2 Prices are fixed and shall not be adjusted for exchange rates, duties or any other cause.
H:3. Payment
P:3.1 Within 15 days after signature, against the Supplier's invoice and an advance-payment guarantee, the Buyer pays 10% of the Contract Price (CNY 171,400).
P:3.2 Within 30 days after all equipment has been delivered and installed, the Buyer pays 55% of the Contract Price (CNY 942,700). Delivery and installation are not acceptance.
P:3.3 Within 30 days after Final Acceptance, the Buyer pays the remaining 35% of the Contract Price (CNY 599,900).
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the Buyer's sites within 70 days after signature and complete installation and commissioning within 40 days after delivery. Installation work in loaded rooms shall follow the Buyer's schedule so that the controlled atmosphere is not broken.
P:4.2 If the Supplier is late in delivery or in reaching Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate under clause 13.
P:4.3 Each shipment shall be packed for sea and road transport and shall be accompanied by a packing list, certificates of origin and quality, and the user and maintenance manuals in Chinese and English. Risk in the equipment passes to the Buyer on signed delivery at site; title passes on payment under clause 3.2.
H:5. Acceptance
P:5.1 Final Acceptance tests shall show that: every sensor and analyser reports to RoomWatch at the configured interval; temperature readings agree with the Buyer's calibrated reference thermometer within 0.2 °C and gas readings with reference gas within the tolerance in Annex A; alarms reach the duty engineer by SMS and app within 60 seconds; room data appears against the correct lots in the WMS; and the system runs for 21 consecutive days without a Priority 1 incident.
P:5.2 When the tests are passed, the Buyer issues a Final Acceptance certificate. Installation, use of the system or payment does not amount to acceptance. If a test fails, the Supplier shall correct the fault at its cost and the test is repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants all equipment and the software for 36 months from Final Acceptance. During this period it shall repair or replace faulty equipment and correct software defects free of charge, including parts, labour and travel.
P:6.2 After the warranty, the Buyer may order annual support for years four and five at 7.5% of the Hardware and Licence Subtotal per year (CNY 111,690 per year). This price is fixed. Support is ordered by purchase order each year and does not renew automatically.
P:6.3 Sensor batteries shall last at least three years at the configured reporting interval; batteries failing earlier are replaced free of charge.
P:6.4 The Supplier shall keep a stock of spare sensors, analyser modules and gateways in mainland China sufficient to meet the fix times in clause 7, and shall make spare parts available for at least eight years after Final Acceptance at prices not higher than its published list prices at the date of this Contract.
P:6.5 Software updates and security patches released during the warranty are provided free of charge. The Supplier shall test each update on a copy of the Buyer's configuration before installation and shall install it only at a time agreed with the Buyer.
H:7. Service Levels
TB:Priority|Definition|Response|On site or fixed
TB:Priority 1|RoomWatch down, or more than five rooms not reporting|30 minutes|next business day
TB:Priority 2|One room not reporting or alarms delayed|2 hours|3 business days
TB:Priority 3|Other faults and questions|1 business day|as agreed
P:7.1 For each hour by which the Supplier misses a Priority 1 response or fix time, it shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:8. Buyer Data and Security
P:8.1 All measurement data, alarm records and reports produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 RoomWatch is installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN, and is logged. The Supplier shall not copy Buyer data out of the Buyer's systems.
P:8.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 12 hours, help to contain it, and bear the losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other's non-public information obtained under this Contract, including the Buyer's storage volumes, customers and room layouts, and shall not disclose it without prior written consent. This duty lasts for five years after the Contract ends.
H:10. Intellectual Property
P:10.1 RoomWatch and the firmware in the equipment remain the Supplier's property and are licensed to the Buyer perpetually.
P:10.2 The WMS interface, its source code, the Buyer-specific dashboards and report templates belong to the Buyer, which may use, modify and license them freely.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or under clause 4.2.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Yantai Arbitration Commission for arbitration in Yantai.
H:15. General
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event lasts more than 60 days, either party may terminate the undelivered part of the Contract.
P:15.2 Notices shall be in writing and sent to the addresses above, and a notice by email takes effect when the recipient confirms receipt. This Contract is made in Chinese and English; both versions have equal effect.
P:15.3 Annex A (Technical Specification) and Annex B (Acceptance Test Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. BV-MSA-2026-019

**Between:** Shaoxing Keqiao Huafang Textile Printing and Dyeing Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer")

**And:** Bann Valley Managed IT Limited, a company registered in Northern Ireland, of Mahon Road, Portadown, County Armagh, acting through its service centre in Hangzhou ("Supplier")

## 1. Purpose and Structure

1.1 The Customer wants a single provider to run its IT service desk, manage its end-user devices and monitor its network and servers at its headquarters and two dyeing plants. The Supplier will provide these services for 36 months.

1.2 This Agreement consists of these clauses and Schedule 1 (Services and Service Levels), Schedule 2 (Charges) and Schedule 3 (Transition Plan). If they conflict, the clauses prevail.

## 2. Definitions

2.1 "Services" means the services described in Schedule 1.

2.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under clause 4.3.

2.3 "Customer Data" means all data of the Customer, its employees and its clients that the Supplier accesses, receives or processes in performing the Services.

2.4 "Deliverables" means the runbooks, configuration baselines, scripts, monitoring templates, knowledge articles and reports the Supplier prepares for the Customer under this Agreement.

## 3. Term

3.1 This Agreement begins on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term") and the Agreement ends at the end of the Service Term.

3.2 The Agreement does not renew automatically. The parties may agree an extension in writing before the end of the Service Term.

## 4. Transition

4.1 The Supplier shall carry out the transition in Schedule 3 and shall be ready to take over the Services within 75 days after signature.

4.2 Transition acceptance criteria: all 1,150 end-user devices and 86 servers and network devices enrolled in the Supplier's management and monitoring tools; the knowledge base loaded with at least 120 articles approved by the Customer; the service desk answering in Chinese on the Customer's hotline; and a parallel run of 14 days in which the service levels in Schedule 1 are met.

4.3 When the criteria are met, the Customer signs a Transition Acceptance certificate. Partial take-over of any service before that date is not acceptance.

4.4 If the Service Commencement Date is delayed beyond the date in clause 4.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,500 for each day of delay, up to CNY 90,000.

## 5. Service Delivery

5.1 The Supplier shall provide the Services in accordance with Schedule 1, good industry practice and the Customer's IT policies made known to it.

5.2 The Supplier shall assign a named service delivery manager, who shall report monthly on service levels, incidents, changes and improvement actions, and attend a quarterly review with the Customer's IT manager.

5.3 The Supplier shall keep the asset register, network diagrams and configuration baselines up to date and give the Customer read access to its service management portal at all times.

5.4 Changes to production systems require the Customer's approval through its change procedure, except emergency changes to restore service, which shall be reported within one business day.

## 6. Service Levels and Service Credits

6.1 The Supplier shall meet the service levels in Schedule 1. If it fails to do so, it shall grant the service credits set out in Schedule 1, which are deducted from the next monthly invoice.

6.2 Service credits are a price adjustment and do not limit the Customer's other rights, except that the Customer may not terminate this Agreement for a failure to meet service levels.

## 7. Charges and Payment

7.1 The charges are set out in Schedule 2. The monthly service charge is fixed for the Service Term.

7.2 The Supplier invoices the monthly service charge monthly in arrears and the transition charge after Transition Acceptance. The Customer pays within 30 days after receipt of a valid VAT invoice. No advance payment is due.

## 8. Customer Data and Security

8.1 Customer Data belongs to the Customer. The Supplier shall use it only to perform the Services and shall not keep, analyse or share it for any other purpose.

8.2 The Supplier shall access the Customer's systems only through the Customer's privileged-access gateway with named accounts and multi-factor authentication. It shall keep Customer Data in mainland China, encrypt it in transit and at rest, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

8.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 6 hours after becoming aware of it, take all reasonable containment steps, and bear the losses caused by its breach of this clause 8.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's formulas, dyeing recipes, customer lists and prices, and use it only for this Agreement. The duty lasts for five years after the Agreement ends.

## 10. Intellectual Property

10.1 The Supplier keeps its tools, platforms and pre-existing know-how.

10.2 The Deliverables belong to the Customer, which may use, modify and license them freely, including with a successor provider.

## 11. Personnel and Subcontracting

11.1 The Supplier shall use suitably skilled and vetted staff and shall replace any person the Customer reasonably objects to.

11.2 The Supplier may subcontract any part of the Services, including on-site desk-side support at the dyeing plants, to affiliates or third parties by giving the Customer written notice of the subcontractor's name and scope at least 10 days before it starts work. The Supplier remains responsible for its subcontractors.

## 12. Liability

12.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 2. The limit does not apply to breach of clauses 8 or 9, personal injury or wilful misconduct.

12.2 Neither party is liable for loss of profit or indirect loss.

## 13. Term Commitment and Exit

13.1 In view of the Supplier's investment in transition and tooling, neither party may terminate this Agreement before the end of the Service Term, except that the Supplier may terminate if the Customer fails to pay undisputed charges for 60 days after written notice. If the Supplier breaches this Agreement, the Customer's remedies are service credits, the Supplier's obligation to remedy the breach, and damages under clause 12.

13.2 At the end of the Agreement the Supplier shall provide up to 60 days of exit assistance at the rates in Schedule 2, hand over all Deliverables and Customer Data, and delete any Customer Data it still holds.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding.

## 15. General

15.1 Neither party is liable for delay caused by events beyond its reasonable control, if it notifies the other promptly. Amendments must be in writing and signed by both parties. Notices go to the addresses above.

## Schedule 1 - Services and Service Levels

| Service | Scope | Service level |
|---|---|---|
| Service desk | Chinese and English, telephone, chat and portal, 07:00-22:00 daily | 90% of calls answered within 30 seconds |
| Priority 1 incident | Plant production network, ERP access or email down for a site | Response within 15 minutes; restore within 6 hours |
| Priority 2 incident | Service degraded for a department or a line | Response within 1 hour; restore within 1 business day |
| Priority 3 incident | Single user or device | Response within 8 business hours |
| Endpoint management | Patching, antivirus, imaging, asset register | Critical patches within 10 days |
| Monitoring | Servers, network, backups, 24x7 | Alert raised to the Customer within 10 minutes |

| Service credit | Amount |
|---|---|
| Each missed Priority 1 response | CNY 2,000 |
| Each missed Priority 1 restore time, per started hour | CNY 1,500 |
| Monthly service desk answer rate below target | 3% of the monthly service charge |
| Credits in any month | up to 20% of the monthly service charge |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 36 x CNY 58,000 | 2,088,000 |
| Transition charge | one-time, after Transition Acceptance | 96,000 |
| Total Contract Value | | 2,184,000 |
| Additional on-site engineer day (exit or projects) | per day | 2,400 |

## Schedule 3 - Transition Plan

| Phase | Activities | Days after signature |
|---|---|---|
| Discovery | Inventory, interviews, review of current tools and contracts | 1-20 |
| Build | Tool deployment, device enrolment, knowledge base, runbooks | 21-55 |
| Parallel run | Supplier and current provider run together; service levels measured | 56-70 |
| Transition Acceptance | Review against clause 4.2, certificate | by day 75 |

**Signed for the Customer:** ____________________ **Signed for the Supplier:** ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LMD-CN-2026-0058

PARTIES

Hangzhou Yishang Cross-border Apparel Co., Ltd., Binjiang District, Hangzhou, Zhejiang Province, People's Republic of China (the "Customer").

Lagan Meridian Data Limited, a company registered in Northern Ireland, of Market Street, Lurgan, County Armagh (the "Provider").

BACKGROUND

The Provider compiles and licenses data on textile and apparel trade: customs shipment records, fibre and fabric prices, freight rates and retail price observations in the main export markets. The Customer designs and sells apparel through online marketplaces and wishes to use the data in its buying, pricing and sourcing systems through the Provider's application programming interface.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, as updated by the Provider from time to time.

1.2 "API" means the Provider's REST interface through which the Data is delivered, with its documentation.

1.3 "Subscription Year" means the period from the Start Date, or from an anniversary of it, to the day before the next anniversary. The Subscription Term is two Subscription Years.

1.4 "Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Customer Materials" means the product codes, supplier lists, queries, watch-lists and other information the Customer sends to the API or loads into the Provider's portal.

1.6 "Connector" means the software module the Provider builds to load the Data into the Customer's pricing engine and sourcing database, with its source code and documentation.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data in its internal business and to show Data extracts to its staff and sourcing agents.

2.2 The Customer may keep Data received during the Subscription Term and continue to use it internally after the term ends, but may not resell it or publish it as a dataset.

2.3 The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 60 per 10,000 calls, invoiced quarterly in arrears.

3. FEES AND PAYMENT

3.1 The fees are:

   Subscription fee, Subscription Year 1 ........ CNY 268,000
   Subscription fee, Subscription Year 2 ........ CNY 268,000
   Connector build and integration (one-time) .... CNY 22,000
   Total fees .................................... CNY 558,000

3.2 Each Subscription Year's fee is invoiced at the start of that Subscription Year and paid within 30 days after receipt of a valid VAT invoice. The integration fee is invoiced after Integration Acceptance. Nothing is payable on signature.

3.3 Fees are fixed for the Subscription Term and include VAT. Late payment carries interest at 0.02% per day on the overdue amount.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature the Provider shall deliver the Connector and make the API available to the Customer's test environment.

4.2 Integration Acceptance tests: the Connector loads a full history of the Data for the Customer's 26 product categories and 14 sourcing countries; daily updates arrive and load without manual intervention for ten consecutive working days; a sample of 200 records agrees with the Provider's portal; and the Customer's pricing engine reads the loaded Data correctly.

4.3 When the tests are passed the Customer signs an Integration Acceptance note. Use of the Data in testing is not acceptance.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to publish updates in line with the update frequencies in Schedule A. The Provider does not commit to any availability level, response time or resolution time, and the subscription fee is not reduced for interruptions.

5.2 Support is provided by email and the Provider's ticket portal during business hours in Belfast and in Shanghai. The Provider will address tickets in the order received.

5.3 The Provider may carry out maintenance on the API at any time and will try to give the Customer advance notice of planned maintenance by email.

5.4 The Provider will send the Customer a monthly usage report showing API calls, data updates published and any known data-quality issues.

5.5 The Provider may change the content, format or sources of the Data, provided it gives 30 days' notice of any change to the API schema and that the overall scope of the Data is not materially reduced.

6. CUSTOMER MATERIALS AND SECURITY

6.1 Customer Materials belong to the Customer. The Provider shall use them only to deliver the API and the Data to the Customer and for no other purpose, and shall not combine them with data of other customers or use them in any product or analysis, whether in identifiable, anonymised or aggregated form.

6.2 The Provider shall protect Customer Materials and the Customer's API credentials with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, logged access and annual penetration testing. Customer Materials are stored on servers in mainland China.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any breach of security affecting Customer Materials or credentials, take prompt steps to contain it, and indemnify the Customer for losses caused by the Provider's breach of this clause 6.

6.4 Within 30 days after the Agreement ends, the Provider shall delete Customer Materials and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider and its licensors keep all rights in the Data, the API and the portal.

7.2 The Connector belongs to the Customer once built. The Customer may use, modify and license it freely and may have it maintained by any third party.

7.3 The Provider shall defend the Customer against any claim that the Customer's use of the Data in accordance with this Agreement infringes a third party's rights, and pay any resulting damages and costs.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other's non-public information received under this Agreement, including the Customer's sourcing plans and price lists and the Provider's methods and prices, use it only for this Agreement, and not disclose it without the other's prior written consent. This duty lasts for three years after the Agreement ends.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 3.1. The limit does not apply to breach of clauses 6 or 8, infringement claims, personal injury or wilful misconduct.

9.2 Neither party is liable for loss of profit, loss of business or indirect loss. The Provider does not warrant that the Data is complete or free of error, but shall correct errors reported to it within a reasonable time.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 The Provider shall not subcontract the hosting of the API, the building of the Connector or support to any third party without the Customer's prior written consent, and remains responsible for any subcontractor so approved. Third-party data sources from which the Provider compiles the Data are not subcontractors.

10.2 Neither party may assign this Agreement without the other's written consent.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement begins on signature and ends at the end of the second Subscription Year.

11.2 There is no automatic renewal. The parties may agree a further subscription in writing no later than 60 days before the end of the Subscription Term.

11.3 Either party may terminate this Agreement by written notice if the other commits a material breach and does not cure it within 30 days after written notice. If the Customer terminates under this clause, the Provider shall refund the part of the subscription fee for the period after termination.

11.4 The Provider may suspend access to the API if the Customer's use breaches clause 2, after notice and a reasonable chance to stop the breach.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 Notices must be in writing and sent to the addresses above or to the email addresses the parties designate. This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties. It is made in English and Chinese, and both versions have equal effect.

SCHEDULE A - DATASETS

A.1 Customs shipment records for textiles and apparel (HS chapters 50 to 63) for 14 sourcing and destination countries, updated weekly.

A.2 Fibre and fabric prices (cotton, linen, polyester, viscose and blends), updated daily on trading days.

A.3 Container freight rates on 22 main lanes from Chinese and South Asian ports, updated weekly.

A.4 Retail price observations for apparel categories in the European Union, the United Kingdom and North America, updated monthly.

SIGNATURES

For the Customer: ____________________
For the Provider: ____________________
"""


T = {  # expected_terms, in holdout19 key order; None = null
 "z01": dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None, prepayment_pct=20,
            acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
            auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
            governing_law="PRC", contract_kind="goods_or_licence"),
 "z02": dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=35,
            acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=8,
            auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
            governing_law="PRC", contract_kind="goods_or_licence"),
 "z03": dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=400 / 526000 * 100, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
 "z04": dict(availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
            acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
            auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
            governing_law="PRC", contract_kind="service"),
 "z05": dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50,
            acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=24,
            auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
            governing_law=None, contract_kind="goods_or_licence"),
 "e01": dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
            acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
            auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
            governing_law="Northern Ireland", contract_kind="goods_or_licence"),
 "e02": dict(availability_pct=99.7, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=900 / 1108000 * 100, liability_cap_pct=9 / 36 * 100,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
 "e03": dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
            acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
            auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
            governing_law="PRC", contract_kind="goods_or_licence"),
 "e04": dict(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=1500 / 2184000 * 100, liability_cap_pct=150,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
            subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
 "e05": dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=200, prepayment_pct=None,
            acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
            auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
            governing_law="PRC", contract_kind="service"),
}
# key: (file, category, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
X = {
 "z01": ("h1149z01_commerce_bureau_trade_monitoring_platform.pdf", "software", True, True, True, False, 1958000),
 "z02": ("h1149z02_ribbon_loom_line_control_retrofit.docx", "hardware", True, True, True, False, 1340000),
 "z03": ("h1149z03_phone_repair_chain_booking_saas.txt", "cloud", True, True, None, False, 526000),
 "z04": ("h1149z04_county_straw_burning_monitoring_om.txt", "services", True, True, None, False, 386000),
 "z05": ("h1149z05_pewter_workshop_tracking_supplier_template.md", "software", True, True, True, True, 560000),
 "e01": ("h1149e01_vessel_maintenance_licence_kilkeel_vendor.pdf", "software", True, True, True, False, 1720000),
 "e02": ("h1149e02_dock_scheduling_saas_order_form_warrenpoint.md", "cloud", True, True, None, False, 1108000),
 "e03": ("h1149e03_cold_room_sensors_monitoring_armagh.docx", "hardware", True, True, True, False, 1714000),
 "e04": ("h1149e04_managed_it_services_36_months_portadown.md", "services", True, True, None, False, 2184000),
 "e05": ("h1149e05_trade_data_api_subscription_lurgan.txt", "cloud", False, False, None, False, 558000),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
FORUM_OUTSIDE_MAINLAND = {"e01": True}  # courts of Northern Ireland; every other forum is in mainland China
# TCO inputs (goods_or_licence only): itemised licence / hardware subtotal, fee % per year, warranty months
TCO = {"z01": (1080000, 9, 24), "z02": (1110000, 8, 18), "z05": (420000, 24, 6), "e01": (1260000, 11, 18),
       "e03": (1489200, 7.5, 36)}
# price lines and payments (CNY), asserted against contract_value
PRICES = {
 "z01": ([1080000, 636000, 168000, 74000], [391600, 881100, 685300]),
 "z02": ([456000, 312000, 57600, 86400, 198000, 126000, 88000, 16000], [469000, 603000, 268000]),
 "z03": ([162000 * 2, 58000 * 2, 86000], None),
 "z04": ([232200, 68800, 85000], [96500] * 4),
 "z05": ([420000, 108000, 32000], [280000, 280000]),
 "e01": ([1260000, 318000, 96000, 46000], [344000, 774000, 602000]),
 "e02": ([348000] * 3 + [64000], None),
 "e03": ([736000, 313600, 153600, 286000, 132800, 74000, 18000], [171400, 942700, 599900]),
 "e04": ([58000 * 36, 96000], None),
 "e05": ([268000, 268000, 22000], None),
}
DESIGN = {
 "z01": [],
 "z02": ["CR-CONFIDENTIALITY", "CR-PREPAYMENT", "CR-SUBCONTRACT"],
 "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
 "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
         "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
 "e01": ["CR-GOVERNING-LAW"],
 "e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
 "e03": [],
 "e04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
 "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "high", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "low", "e04": "medium", "e05": "high"}


def tco_share(k):
    base, pct, wm = TCO[k]
    years = max(0.0, 5 - wm / 12)
    fees = base * pct / 100 * years
    return fees / (X[k][6] + fees) * 100


def derive(k):
    """Rules from the label, by my reading of policy section 3."""
    t, x = T[k], X[k]
    r = set()
    if not x[2]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x[2] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x[3]:
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
        if t["post_warranty_fee_pct"] is None or not x[4] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x[4] and tco_share(k) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE_MAINLAND.get(k):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(k):
    t, x = T[k], X[k]
    extra = {"sla_clause": x[2], "ld_stated": x[3]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x[4]
    extra["acceptance_deemed_on_delivery"] = x[5]
    extra["contract_value"] = x[6]
    return {"file": x[0], "language": "zh" if k[0] == "z" else "en", "category": x[1], "expected_terms": dict(t),
            "expected_extra": extra, "expected_rules": derive(k)}


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


CN_NUM = "零一二三四五六七八九十百"
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])", r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![" + CN_NUM + r"])四个?小时",
    r"\bfour\s*(?:\(4\)\s*)?hours?", r"(?<![\d.])0?\.05\s*%", r"万分之五(?![" + CN_NUM + r"])", r"千分之零点五",
    r"(?<![\d.])100\s*%", r"百分之(?:一)?百", r"(?<![\d.])30\s*%", r"百分之三十(?![" + CN_NUM + r"])",
    r"\bthirty\s*(?:\(30\)\s*)?per\s*cent", r"(?<![\d.])12\s*(?:months?|个月)", r"(?<![" + CN_NUM + r"])十二个?月",
    r"\btwelve\s*(?:\(12\)\s*)?months?", r"(?<![\d.])15\s*%", r"百分之十五(?![" + CN_NUM + r"])",
    r"\bfifteen\s*(?:\(15\)\s*)?per\s*cent", r"(?<![\d.])40\s*%", r"百分之四十(?![" + CN_NUM + r"])",
    r"\bforty\s*(?:\(40\)\s*)?per\s*cent",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "4h", "四小时", "四个小时", "four hours", "0.05%", ".05 %", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "12个月", "12 months", "十二个月", "twelve months", "15%",
            "15 %", "百分之十五", "40%", "百分之四十", "forty per cent", "within 4 hours", "质保期12个月"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "十四小时", "0.055%", "10.05%", "万分之五十", "1100%",
             "130%", "115%", "140%", "112 months", "212个月", "3.15%", "24x7", "7×12小时", "14 hours", "0.4 hours",
             "1.5%", "4%", "百分之四", "六个月", "2027年12月31日"]


def scan_ok(text):
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = RX.search(variant)
        if m:
            return m.group(0), variant[max(0, m.start() - 30):m.end() + 30]
    return None


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert RX.search(s), ("must-hit missed", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must-miss hit", s, RX.search(s).group(0))
    targets = {k: (X[k][0], X[k][0].rsplit(".", 1)[1]) for k in X if X[k][0].endswith((".docx", ".pdf"))}
    for k in X:
        if k not in targets:
            (OUT / X[k][0]).write_text(SRC[k], encoding="utf-8")
            print("wrote", X[k][0])
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    covered = set()
    for k in X:
        v = X[k][6]
        items, pays = PRICES[k]
        assert sum(items) == v, (k, sum(items), v)
        if pays:
            assert sum(pays) == v, (k, sum(pays), v)
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        rules = set(lab["expected_rules"])
        risk = "high" if rules & HIGH else ("medium" if rules - LOW else "low")
        assert risk == RISK[k], (k, risk)
        covered |= rules
        for key, th in THRESH.items():
            val = lab["expected_terms"][key]
            assert val is None or abs(val - th) > 1e-9, (k, key, val)
        if k in TCO:
            sh = tco_share(k)
            assert abs(sh - 40) > 2, (k, sh)
            print("  %s TCO share %.2f %%" % (k, sh))
        (OUT / (X[k][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / X[k][0])
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "zh chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "en words", n)
        hit = scan_ok(text)
        assert hit is None, (k, "threshold text", hit)
        print("  %s %s %d %s %s" % (k, "chars" if k[0] == "z" else "words", n, risk, ",".join(lab["expected_rules"])))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
