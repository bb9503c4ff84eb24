"""holdout655: builds the ten blind held-out draft contracts of this folder from the sources below, writes their
.json labels, and asserts the checks of the brief (lengths as read back, no threshold figure in any text, no label
value on a threshold, rules derived from the labels = the design list, all 20 CR rules covered).

Run: /work/main/.venv/bin/python -B make_files.py   (imports ../word_pdf.py for the .docx and .pdf files)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H655Z01 = """T:志愿者管理服务平台建设项目采购合同
P:合同编号：ZYFW-2025-CG-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市志愿服务指导中心
P:乙方（供应商）：杭州众行信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就志愿者管理服务平台（以下简称“平台”）建设事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供志愿者管理平台软件产品使用许可（永久许可，不限用户数，部署于甲方政务云），并完成下列定制开发：志愿者注册与实名核验、服务时长记录与证明开具、活动发布与报名签到、积分与激励兑换、团体组织管理、统计分析驾驶舱，以及与省级志愿服务信息系统、市政务服务统一身份认证平台的数据接口。
P:1.2 乙方负责平台的安装部署、历史数据迁移（约21.6万名志愿者及其服务记录）、系统联调、操作培训及质保期内的运行维护。具体功能清单、性能指标与接口规范以招标文件技术需求及乙方投标响应为准，均为本合同附件。
P:1.3 乙方应交付的文档包括：需求规格说明书、概要及详细设计说明书、数据库设计说明书、接口说明、测试报告、数据迁移报告、用户手册、运维手册及培训教材，均须提供纸质版和电子版各一套。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾玖万元整（¥1,290,000.00），其中：平台软件许可费¥680,000.00；定制开发及接口开发费¥524,000.00；部署实施、数据迁移及培训费¥86,000.00。
P:2.2 合同总价为固定价格，已包含软件许可、开发、实施、培训、差旅、税费及质保期内服务的全部费用，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥258,000.00。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%，计¥580,500.00。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，计¥451,500.00。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百二十日内完成全部开发、部署与数据迁移，并书面提请初步验收。
P:4.2 乙方应在合同签订后十日内提交项目实施方案及进度计划，经甲方确认后执行；计划调整须经甲方书面同意。
P:4.3 乙方应指派具有同类项目经验的项目经理一名，并组建不少于六人的实施团队。项目经理在实施期间应常驻甲方现场，未经甲方同意不得更换；甲方认为乙方人员不能胜任的，有权要求乙方在七日内更换。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题及风险，并参加甲方组织的项目例会。
H:第五条 验收
P:5.1 初步验收标准：功能清单所列功能全部实现；迁移数据经全量比对，志愿者身份信息与服务时长记录差错为零；两个外部接口连续十日调用成功，无数据丢失；在2,000个并发用户下，常用页面响应时间不超过2秒；平台通过第三方机构的安全测评，无高危漏洞。
P:5.2 初步验收合格后，平台进入六十日试运行。试运行期间未发生一级故障，且甲方提出的问题均已整改完毕的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.3 乙方应为甲方管理员及各区县志愿服务站工作人员提供操作培训，培训不少于三期，每期培训后进行考核，确保参训人员能够独立完成日常操作。
P:6.2 质保期满后，甲方如需继续购买维护服务，年度维护费不超过软件许可费的8%，即每年不超过¥54,400.00，且在质保期满后三年内不上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 乙方保证平台月度可用率不低于99.95%（计划内维护须提前三个工作日经甲方同意，不计入不可用时间）。
P:7.2 故障分级与响应：一级故障（平台无法访问或核心业务中断）30分钟内响应、2小时内到场或远程处置；二级故障2小时内响应；三级故障下一个工作日内处理。
P:7.3 服务补偿：一级故障响应每超时一小时，乙方支付¥1,000元；月度可用率每低于承诺值0.01个百分点，乙方支付¥1,500元；上述款项可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 本项目定制开发的程序、接口、数据库设计及全部技术文档（含源代码）的知识产权归甲方所有，乙方应在最终验收时一并交付。
P:8.2 平台标准产品的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用许可，可自行或委托第三方对定制部分进行修改和维护。
H:第九条 数据安全
P:9.1 平台中的志愿者个人信息、服务记录及其他业务数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得留存副本。
P:9.2 乙方应按网络安全等级保护第三级要求实施安全措施，对个人信息加密存储、访问权限最小化、运维操作须经堡垒机并留存审计日志。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和第三方索赔。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、网络架构、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权拒收、解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书均为本合同组成部分。
P:15.2 因不可抗力不能履行合同的，受影响一方应在事件发生后五日内书面通知对方，并在十五日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
P:15.3 双方往来通知以书面形式送达合同首页所列地址，一方地址变更的，应提前七日通知对方。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2025年　月　日
"""

H655Z02 = """T:裁剪缝制生产线控制系统改造及维保合同
P:合同编号：JH-SB-2025-036
P:甲方：温州佳禾箱包制造有限公司
P:乙方：苏州锐川工业自动化有限公司
P:甲方拟对二号厂房拉杆箱及背包裁剪缝制生产线的控制系统进行改造，乙方经比选被确定为承包单位。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四台自动裁床数控系统升级、一百二十个缝制工位终端安装、六套产线PLC控制柜更换、车间工业网络改造，以及产线控制软件的部署，实现裁片计数、工位计件、设备状态采集和订单进度看板。
P:1.2 乙方负责开发产线控制软件与甲方现有MES系统、计件工资系统之间的数据接口，确保订单下达、工序报工和质量记录双向同步。
P:1.3 乙方应在进场前完成现场勘察，编制改造实施方案、分段停线计划及安全施工方案，经甲方生产部门确认后实施。改造期间乙方应保证未改造工段正常生产不受影响。
P:1.4 乙方应交付设备合格证、电气原理图、PLC程序备份、软件安装介质、接口说明、操作手册及维护手册。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾柒万贰仟元整（¥1,572,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|裁床数控系统改造套件|4套|96,500|386,000
TB:2|缝制单元工位终端|120台|2,450|294,000
TB:3|产线PLC控制柜|6套|47,000|282,000
TB:4|工业交换机及车间布线|1批|118,000|118,000
TB:5|产线控制软件许可（含MES接口模块）|1套|236,000|236,000
TB:—|软硬件小计|||1,316,000
TB:6|安装调试|1项|142,000|142,000
TB:7|接口定制开发|1项|96,000|96,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:—|合同总价|||1,572,000
P:2.2 上述价格含设备运输、保险、安装材料、税费及质保期内服务费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款（¥314,400）。
P:3.2 全部设备到货并安装完毕、经甲方签收后，甲方支付合同总价的45%（¥707,400）。到货签收仅确认数量与外观，不代表质量验收。
P:3.3 改造线通过最终验收后十五个工作日内，甲方支付合同总价的35%（¥550,200）。
H:第四条 工期
P:4.1 乙方应在合同签订后七十五日内完成全部设备供货与安装。改造须利用甲方安排的停产窗口分段实施，每段停线不得超过五日。
P:4.2 如因甲方停线安排变化导致工期延误，工期相应顺延。
P:4.3 乙方施工人员应遵守甲方厂区安全生产管理制度，进入车间须佩戴安全防护用品，动火、登高及带电作业须办理审批手续。因乙方人员违章作业造成人身伤害或财产损失的，由乙方负责。
P:4.4 乙方应指定一名项目负责人常驻现场，协调供货、安装、调试及与甲方生产部门的沟通，每周提交施工进度报告。
H:第五条 验收
P:5.1 验收标准：裁床切割精度误差不超过±0.5毫米；工位终端计件数据与人工抽点结果一致；设备状态采集刷新周期不超过5秒；MES接口连续七日同步无丢单；改造线连续满负荷生产十日，因控制系统导致的停线累计不超过2小时。
P:5.2 满足上述标准后，甲方出具最终验收报告。设备安装完成、试生产或甲方使用，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内完成整改并重新提请验收，由此产生的费用由乙方承担。
P:5.4 乙方应在验收前对甲方设备管理员、班组长及维修电工进行培训，内容包括系统操作、常见故障判断与处理、备件更换，培训结束后进行实操考核。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内乙方免费维修、更换故障部件，免费提供软件缺陷修复与版本升级。
P:6.2 故障响应：一级故障（整线停产）乙方须在1小时内响应，6小时内到场；二级故障（单台设备或部分工位停用）2小时内响应，次日内修复；三级故障三个工作日内处理。
P:6.3 一级故障响应每超时一小时，乙方向甲方支付¥800元；到场超时的，按每小时¥500元计付。
P:6.4 质保期满后，甲方可选择由乙方继续提供维保服务，年度维保费为软硬件小计的7%（每年¥92,120），质保期满后三年内不作调整。维保合同每年另行签订。
P:6.5 乙方应在甲方现场存放常用备件，包括工位终端、伺服驱动器、PLC模块及交换机各若干，备件清单作为附件。备件消耗后乙方应在五日内补齐。
P:6.6 质保期内，乙方每季度派工程师到甲方现场巡检一次，检查控制柜、伺服系统、工位终端及网络设备运行状况，清理设备积尘，核对PLC程序版本，并形成巡检报告交甲方设备部门签字确认。
P:6.7 乙方应建立设备维修档案，记录每次故障的现象、原因、处理措施及更换部件，质保期满时整理移交甲方。
P:6.8 质保期内因乙方原因更换的部件，其质保期自更换之日起重新计算；同一部件累计维修三次仍不能正常使用的，乙方应免费更换同型号新品。
H:第七条 知识产权
P:7.1 接口定制开发形成的程序、源代码及文档归甲方所有，甲方可自行修改或委托他人维护。产线控制软件产品的著作权归乙方，甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、订单数据、工人计件及工资数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须事先经甲方批准，通过甲方指定的VPN账号进行并留存操作记录；工位终端不得预装与本项目无关的软件。因乙方原因造成数据泄露或损毁的，乙方应立即报告并承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在合作中获知的对方技术资料、工艺参数、产品款式及经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期完成供货安装或逾期通过验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 设备或软件经两次整改仍不能通过验收的，甲方有权退货并要求乙方返还已付款项。
H:第十一条 分包
P:11.1 车间布线及控制柜安装工作，乙方可交由其合作施工单位完成，但应于进场前五个工作日书面通知甲方，并对合作单位的施工质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同并要求赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交温州仲裁委员会仲裁。
P:13.2 本合同一式四份，双方各执二份，自双方盖章之日起生效。
P:13.3 因不可抗力致使合同不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
P:13.4 本合同附件包括：设备技术参数表、备件清单、验收测试方案、改造实施方案，附件与本合同具有同等效力。
P:13.5 本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等效力。双方往来通知应以书面形式送达对方在本合同中列明的地址或电子邮箱。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

H655Z03 = """课程预约与会员管理SaaS服务及实施合同

合同编号：LY-TKD-2025-08
甲方：成都龙跃体育文化发展有限公司（龙跃跆拳道连锁）
乙方：成都云练科技有限公司

甲方在四川、重庆两地经营55家跆拳道馆。为统一管理学员课程预约、会员卡、考级报名和教练排班，甲方采购乙方的课程预约与会员管理SaaS服务，并由乙方完成实施。双方经协商，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方为甲方55家门店开通课程预约与会员管理系统（云端服务），包括：学员及家长小程序、前台收银端、教练端App、总部管理后台。
2. 功能包括课程排期与预约、签到消课、会员卡及课时包管理、考级报名、教练排班与课时统计、门店经营报表。
3. 服务以门店为单位计费，每家门店不限账号数量。
（二）实施服务
1. 乙方负责将甲方现有各门店会员数据（约3.8万名学员、课时余额及消费记录）迁移至新系统。
2. 乙方负责配置甲方品牌小程序、对接甲方微信支付商户号与财务系统，并开发甲方定制的考级成绩单与总部经营驾驶舱。
3. 乙方负责为各门店店长、前台和教练提供培训，每店不少于两次。
4. 乙方负责制定门店切换计划，按区域分批上线，每批切换应避开周末课程高峰，切换期间保证学员可正常预约上课。
（三）项目人员
1. 乙方应指定一名项目经理负责实施，并为甲方配备专属客户成功经理，负责日常对接、需求收集及季度服务回顾。
2. 实施期间，乙方应每周提交实施进度报告，列明已完成门店、遗留问题及下周计划。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算。
（二）服务期满，本合同终止，不自动续期。甲方如需续用，双方另行签订合同；续期价格不高于本合同单价。

三、合同价款
（一）SaaS服务费：每家门店每个服务年度人民币6,800元，55家门店每个服务年度合计人民币374,000元，两个服务年度合计人民币748,000元。
（二）实施费：人民币126,000元（含数据迁移、小程序配置、支付及财务对接、定制报表开发和培训）。
（三）合同总价：人民币874,000元。门店数量增减的，按实际开通门店数和上述单价按月折算。
（四）上述价格包含云资源、短信通知、系统升级及技术支持费用，不含微信支付通道手续费。
（五）甲方在服务期内新开门店的，乙方应在接到甲方通知后五个工作日内完成开通和初始化配置，新开门店的实施不另收费；关闭门店的，自关闭次月起停止计费。

四、付款方式
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）SaaS服务费按季度结算，每季度结束后十五个工作日内，甲方按当季实际开通门店数支付该季度服务费（55家门店每季度为人民币93,500元）。
（三）乙方应在每次付款前开具增值税专用发票。

五、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店的数据迁移、配置和培训，并提请上线验收。
（二）验收标准：
1. 迁移数据经抽样核对，学员信息、课时余额与原系统一致，差错为零；
2. 小程序预约、签到消课、会员卡充值与退款流程在全部门店实测通过；
3. 晚间高峰时段（18:00—21:00）预约及签到操作响应时间不超过2秒；
4. 微信支付与财务系统对账连续七日无差异；
5. 定制考级成绩单和经营驾驶舱按甲方确认的样式交付。
（三）满足上述标准后，甲方签署上线验收单。系统试用或门店开始使用，不视为验收合格。

六、服务水平
（一）乙方保证系统每月可用率不低于99.5%。计划内维护应安排在每日0:00—6:00之间，并提前两个工作日通知甲方。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或签到、支付中断）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题或咨询）：下一个工作日内答复。
（三）乙方应提供7×24小时故障受理热线及在线客服，工作日9:00—21:00提供门店操作咨询。
（四）乙方每月向甲方提交服务报告，内容包括系统可用率、故障记录及处理情况、功能更新说明。
（三）服务补偿：月可用率低于承诺值的，按当季服务费的5%予以减免；一级故障响应或恢复超时的，每次减免人民币2,000元。减免金额在当季服务费中直接扣除。
（五）乙方每季度与甲方召开服务回顾会，对照服务水平评估服务质量并提出改进措施。

七、数据归属与数据安全
（一）甲方学员、家长及会员的个人信息、消费记录、课时数据等业务数据属于甲方。
（二）在不识别具体个人的前提下，乙方有权对甲方业务数据进行脱敏汇总，用于行业分析报告、产品功能改进及向其他客户提供的经营对标服务。
（三）乙方应将数据存储于中国境内的云服务器，对个人信息加密存储，实行最小权限访问并保留审计日志；涉及未成年学员信息的，应按法律规定取得监护人同意并采取专门保护措施。
（四）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任。
（五）服务期满或合同终止后三十日内，乙方应向甲方完整返还全部业务数据，并在甲方确认后删除。
（六）乙方应每日对甲方业务数据进行备份，备份数据保留不少于三十日，并每季度进行一次恢复演练，演练结果书面报告甲方。
（七）乙方应为甲方总部管理员开通数据导出功能，甲方可随时以通用格式导出全部会员、课时及消费数据，乙方不得以任何理由限制导出。
（八）系统新版本上线前，乙方应提前五个工作日通知甲方并说明更新内容。

八、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的考级成绩单、经营驾驶舱及品牌小程序界面设计，其知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

九、保密
双方对合作中获知的对方经营信息、价格信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
乙方应要求其接触甲方信息的员工签署保密承诺，并对员工的违约行为承担责任。

十、违约责任
（一）乙方未按本合同第五条约定期限提请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，应按逾期金额每日万分之三向乙方支付违约金。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、合同解除
乙方严重违反本合同，经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际使用月份结算服务费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。
合同附件包括：门店清单、功能清单、定制报表样式、上线验收方案及服务水平说明，附件与本合同具有同等效力。因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

H655Z04 = """农资配送管理系统运维服务合同

项目编号：GX-CS-2025-012（竞争性磋商）
采购人（甲方）：江岭县供销合作社联合社
供应商（乙方）：南昌丰程信息服务有限公司

根据江岭县供销合作社联合社农资配送管理系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就该系统的运行维护服务订立本合同。

第一条 服务范围
（一）运维对象：甲方农资配送管理系统，包括订单管理、仓储管理、车辆调度、基层网点结算、惠农补贴核销五个子系统，配套的应用服务器、数据库服务器、存储设备及基层网点手持终端。
（二）服务内容：日常巡检与监控、故障处置、数据库维护与备份、系统补丁及安全加固、小范围功能优化（每季度不超过60人日）、春耕及秋播备货高峰期的驻场保障、基层网点操作人员的电话支持与培训。
（三）乙方应派驻不少于二名运维工程师在甲方驻场，其中至少一人具备数据库管理资质；驻场人员变更须提前十日告知甲方并经甲方同意。
（四）乙方应建立运维服务台，统一受理甲方及基层网点的报障和咨询，对每一事件登记编号、跟踪处理并留存记录，处理完毕后由报障人确认关闭。
（五）乙方应每月提交运维月报，内容包括系统运行情况、故障统计与分析、巡检发现的问题及整改建议、备份恢复情况和下月工作计划。

第二条 服务期限
服务期自2025年4月1日起至2026年3月31日止。服务期满后，甲方根据考核结果另行组织采购，本合同不自动续期。

第三条 合同价款与支付
（一）本合同总价为人民币肆拾叁万陆仟元整（¥436,000），包含驻场人员费用、备品备件、工具软件、差旅及税费。
（二）服务费按季度支付：每季度结束后，经甲方季度考核合格，乙方开具发票，甲方在十五个工作日内支付当季服务费人民币109,000元。
（三）季度考核扣减的款项，在当季服务费中直接扣除。
（四）乙方应在每季度结束后五个工作日内提交当季运维报告及考核自评材料，作为甲方考核和付款的依据。

第四条 服务交接
（一）乙方应在服务期开始前十日内完成与原运维单位的交接，包括系统账号、配置文档、备份介质及遗留问题清单，并提交运维服务方案。
（二）交接完成后，乙方提交交接报告，经甲方确认后开始计算服务期。
（三）服务期满或本合同终止时，乙方应将全部系统账号、配置文档、运维记录及备份介质移交甲方或甲方指定的单位，并配合完成不少于十五日的交接。

第五条 服务水平
（一）系统核心业务（订单、调度、结算）月度可用率不低于99.95%，计划停机须安排在夜间并提前三日经甲方批准。
（二）故障响应：
1. 一级故障（系统整体瘫痪、结算或补贴核销中断）：30分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（单个子系统或部分网点无法使用）：1小时内响应，8小时内恢复；
3. 三级故障（个别功能异常、操作咨询）：当日内答复，三个工作日内解决。
（三）数据库每日增量备份、每周全量备份，备份数据每月抽检恢复一次。
（四）备货高峰期（每年2月至4月、8月至10月）乙方应增派一名工程师驻场。
（五）乙方应每季度对系统进行一次全面健康检查，包括服务器性能、数据库容量、存储空间、网络链路及手持终端运行状态，形成检查报告并提出优化建议。
（六）涉及系统变更的，乙方应提交变更方案，说明变更内容、影响范围和回退措施，经甲方批准后在夜间实施。
（七）乙方应协助甲方完成网络安全等级保护测评、上级主管部门检查及审计中与本系统有关的工作，按要求提供运维记录和技术资料，所需工作量计入本合同服务范围，不另收费。

第六条 考核与验收
（一）季度考核：甲方每季度按附件《运维服务考核表》对可用率、故障响应与恢复时间、巡检记录、备份恢复演练结果、网点满意度进行考核，满分100分，85分以上为合格。
（二）服务扣减：月度可用率每低于承诺值0.01个百分点，扣减当季服务费人民币1,000元；一级故障响应或恢复每超时一小时，扣减人民币1,500元；考核不合格的，另扣减当季服务费的5%。
（三）年度验收：服务期满前三十日，甲方依据四个季度考核结果、运维文档完整性及系统健康检查报告组织年度验收，并出具验收意见。
（四）年度验收不合格的，乙方应在甲方规定的期限内整改，整改完成前甲方可暂缓支付最后一个季度的服务费。
（五）考核结果将作为甲方今后采购同类服务时评价供应商履约情况的依据。
（六）甲方有权随时检查乙方的巡检记录、备份记录和事件处理记录，乙方应如实提供，不得拒绝或隐瞒。乙方对考核结果有异议的，可在收到考核结果后五个工作日内书面提出，双方协商确认。

第七条 数据安全
（一）系统中的订单、库存、网点、农户及补贴发放数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、下载或用于其他目的。
（二）乙方运维人员须使用甲方分配的个人账号，通过堡垒机登录生产系统，所有操作留存审计日志；禁止使用移动存储介质导出数据。
（三）乙方应落实网络安全等级保护相关要求，及时修补高危漏洞，每季度提交安全检查报告。
（四）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部赔偿责任，包括行政处罚及第三方索赔。
（五）乙方应对驻场人员进行网络安全培训，发现安全隐患应及时告知甲方并提出处置建议。

第八条 知识产权
运维期间乙方为甲方编写的脚本、优化程序、运维文档及功能优化成果，其知识产权归甲方所有，乙方应随同交付源代码。

第九条 违约责任
（一）乙方未按第四条约定完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）驻场人员未经同意擅自离岗或缺员的，每人每日扣减人民币600元。
（三）乙方未按约定完成巡检、备份或安全加固工作的，每发现一次，扣减当季服务费人民币800元，并应在三日内补做。
（四）乙方违反第七条约定的，除承担赔偿责任外，甲方有权要求乙方更换相关人员。

第十条 分包与转包
乙方不得将本合同项下服务转包；确需将硬件维修等部分工作分包的，须事先征得甲方书面同意，并对分包方的工作承担全部责任。

第十一条 不可抗力与合同变更
（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可部分或全部免除责任。
（二）除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。
（三）合同变更须经双方协商一致并签订书面补充协议。
（四）乙方人员在甲方场所工作期间，应遵守甲方的考勤、安全及办公管理规定。
（五）乙方人员在甲方场所发生人身伤害的，由乙方依法处理；因乙方人员过错造成甲方设备损坏的，由乙方负责修复或赔偿。
（六）本合同附件《运维服务考核表》《系统资产清单》与本合同具有同等效力。

第十二条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十三条 其他
（一）磋商文件、响应文件、成交通知书及附件《运维服务考核表》为本合同组成部分。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：__________        乙方（盖章）：__________
签约日期：2025年  月  日
"""

H655Z05 = """# 软件许可及定制开发合同

**（宁波智织软件有限公司标准合同文本 ZZ-HT-2024 版）**

合同编号：ZZ-2025-0419

甲方（客户）：义乌恒扣服饰辅料有限公司

乙方（供方）：宁波智织软件有限公司

鉴于甲方拟建设纽扣注塑及抛光工序生产追溯系统，乙方为“智织MES-追溯版”软件的开发商，双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方授予“智织MES-追溯版”软件（以下简称“标准软件”）的永久使用许可，授权范围为甲方义乌工厂，含注塑机台数据采集模块、抛光工序报工模块、批次追溯模块各一套。

1.2 乙方根据甲方需求进行定制开发，内容包括：注塑模具寿命管理、抛光滚筒批次配比记录、色号与客户订单关联追溯、与甲方ERP系统的订单及库存接口、车间电子看板。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 定制开发的具体内容以双方确认的《需求规格说明书》为准。需求确认后，甲方提出的新增或变更需求，乙方有权另行报价，并相应调整交付计划。

1.5 本合同所称“系统”，指标准软件与定制开发内容的合称。系统运行所需的服务器、数据库、操作系统、网络设备、扫码枪及工业平板由甲方自行采购，乙方可提供选型建议。

1.6 乙方按照本合同提供的服务范围以本条所列内容为限。超出本条范围的工作，双方另行协商确定费用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可费 | 560,000 |
| 2 | 定制开发费 | 168,000 |
| 3 | 实施部署及培训费 | 52,000 |
| | 合计 | 780,000 |

合同总价为人民币柒拾捌万元整（¥780,000），含税。

上述价格包含乙方实施人员的差旅费用。甲方要求乙方人员在实施期结束后赴现场服务的，差旅费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即人民币390,000元，乙方收款后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付剩余50%，即人民币390,000元。

3.3 甲方未按期付款的，乙方有权暂停实施或技术支持服务，交付期限相应顺延。

## 第四条 交付

4.1 乙方计划在收到首期款后九十日内完成定制开发及部署。因需求变更、甲方现场条件或其他非乙方可控原因导致延期的，交付期限相应顺延。

4.2 因乙方原因导致交付延迟的，双方应协商确定新的交付日期，乙方应尽力按新的日期完成交付。

4.3 甲方应指定项目联系人，及时提供需求资料、基础数据和现场工作条件，并在乙方提交需求规格说明书后五个工作日内确认。甲方未及时确认的，视为认可。

4.4 乙方向甲方交付的文档包括：需求规格说明书、用户操作手册、系统管理员手册。

4.5 实施期间，乙方派驻项目实施顾问到甲方现场工作，累计驻场时间以项目实施计划为准。甲方应为乙方实施人员提供必要的办公场所和网络条件。

4.7 因甲方原因导致项目暂停超过三十日的，乙方有权调整实施人员安排，项目恢复后的交付期限由乙方重新确定，由此增加的实施费用由甲方承担。

4.6 乙方对甲方关键用户进行集中培训，培训对象由甲方指定，培训后甲方关键用户负责对其他员工进行内部培训。

## 第五条 上线与验收

5.1 乙方完成部署并通知甲方后，系统即进入上线运行。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后七日内未提出书面异议的，乙方交付义务视为全部履行完毕。

5.3 系统上线后，甲方发现的问题由乙方在免费维护期内按第六条处理，不影响已完成的验收。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，年度维护费为标准软件许可费的25%，即每年人民币140,000元。

6.3 维护期内发生一级故障（系统整体无法使用）的，乙方在接到通知后2小时内响应，并尽快安排工程师处理；其他故障在两个工作日内响应。

6.4 免费维护期内，乙方提供电话、微信群及远程桌面技术支持，服务时间为工作日8:30—17:30。需要现场服务的，乙方根据问题严重程度安排工程师前往。

6.5 以下情形不属于免费维护范围：甲方自行修改系统配置或数据库导致的问题；甲方硬件、网络或第三方软件故障；甲方新增需求或变更需求。

6.6 年度维护协议期内，乙方提供软件缺陷修复、版本升级和远程技术支持；需现场服务的，按乙方当时的人天费用标准另行收费。

6.7 甲方未签订年度维护协议的，乙方不再提供升级及技术支持服务；甲方以后需要恢复维护服务的，应补缴中断期间的维护费。

## 第七条 知识产权

7.1 标准软件及其全部升级版本的知识产权归乙方所有。

7.2 为甲方定制开发的程序、接口、看板及相关文档，其著作权及其他知识产权均归乙方所有。甲方在本合同授权范围内享有使用权，未经乙方书面许可，不得修改、反编译或提供给第三方。

7.3 甲方使用系统时应遵守乙方的软件许可条款，不得超出授权的工厂范围使用，不得将系统出租、出借给第三方。

7.4 甲方如需将系统扩展至其他工厂或增加授权模块，应按乙方当时的报价另行购买许可。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据由甲方所有。

8.2 甲方同意，乙方可对上述数据进行脱敏处理后，用于乙方产品改进、行业工艺模型训练及行业数据分析。

8.3 乙方应采取访问控制、数据加密、操作审计等安全措施，防止甲方数据泄露、篡改或丢失。乙方远程维护须经甲方授权，发生安全事件应在24小时内告知甲方；因乙方过错造成数据泄露的，乙方依法承担赔偿责任。

## 第九条 保密

9.1 双方对本合同内容、价格及在合作中知悉的对方技术和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后两年内有效。

9.2 乙方可将本项目作为客户案例用于市场宣传，但不得披露甲方的生产工艺参数。

## 第十条 责任

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任，给对方造成损失的，应予赔偿。

10.2 乙方对因甲方操作不当、擅自修改系统或第三方软硬件故障造成的损失不承担责任。

10.3 因不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方并提供证明。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十二条 法律适用与争议

12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。

## 第十三条 其他

13.1 本合同未尽事宜，双方可另行签订补充协议。

13.2 本合同的附件包括：需求规格说明书、项目实施计划、报价单。附件与本合同不一致的，以本合同为准。

13.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

H655E01 = """T:Software Licence and Services Agreement
P:Agreement No. FMS-CN-2025-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Hengtai Equipment Leasing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Customer"), and Fleuve Logiciels SARL, a company incorporated in the Republic of Senegal with its registered office at Avenue Jean Mermoz, Saint-Louis, Senegal (the "Vendor").
P:The Customer rents out excavators, cranes and aerial work platforms from 26 depots and wishes to plan preventive maintenance, spare parts and workshop capacity in one system. The Vendor develops the FleetCare maintenance planning software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FleetCare Enterprise software in object code, version 7.2, with the modules listed in Annex 1, and any corrections and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion programs, configuration and documentation written by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including machine hours, fault codes, work orders, parts stocks and personal data of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Customer's own servers in mainland China for up to 400 named users and an unlimited number of machines.
P:2.2 The Vendor shall deliver the implementation services described in Annex 2: installation, configuration of the 26 depots, conversion of maintenance history from the Customer's spreadsheets and legacy database, interfaces with the Customer's ERP and telematics platform, a set of 18 custom reports, user training and go-live support.
P:2.3 The Vendor shall appoint a project manager with experience of at least two comparable implementations, who shall lead the work from the Customer's head office in Changsha during configuration, testing and go-live. The Vendor shall not replace the project manager without the Customer's consent, which shall not be unreasonably withheld.
P:2.4 The Vendor shall submit a project plan within 14 days after signature and a written progress report every week, listing completed tasks, open issues, risks and the actions planned for the following week.
P:2.5 The Customer shall provide the Vendor's staff with office space, network access and timely access to its maintenance experts, and shall supply the source data for conversion in the formats agreed in the project plan.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,626,000, made up of the licence fee of CNY 1,180,000, implementation services of CNY 410,000 and training of CNY 36,000. The price is fixed and includes all taxes, travel, and the services during the warranty period.
P:3.2 All amounts are invoiced and paid in Chinese yuan (CNY) to the Vendor's account stated in Annex 3.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the contract price (CNY 325,200) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the contract price (CNY 731,700) within 20 days after successful completion of the System Test under Article 5.2.
P:4.3 The Customer shall pay the remaining 35% of the contract price (CNY 569,100) within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, data conversion and interfaces within 110 days after signature and shall then notify the Customer in writing that the system is ready for testing.
P:5.2 The System Test shall show that: every function listed in Annex 1 works as described; converted maintenance history matches the source records for all machines sampled; the ERP and telematics interfaces exchange data for ten consecutive days without loss; and standard screens open within 3 seconds for 150 concurrent users.
P:5.3 After the System Test the system shall run in live operation for 45 days. If no Severity 1 defect occurs in that period and all open defects found in testing are corrected, the Customer shall issue a Final Acceptance certificate.
P:5.4 Installation, go-live, use of the system or any payment shall not in itself be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 18 months from Final Acceptance. During that period the Vendor shall correct defects and provide new versions and support free of charge.
P:6.2 Severity levels and response: a Severity 1 defect (system unavailable or work orders cannot be issued at any depot) shall receive a response within 1 hour and a workaround within 8 hours; Severity 2 within 2 hours; Severity 3 on the next business day.
P:6.3 If the Vendor misses a response time for a Severity 1 defect, it shall credit the Customer CNY 1,000 for every hour of delay, deducted from the next payment or paid on demand.
P:6.4 After the warranty period the Customer may order annual support at 9% of the licence fee, that is CNY 106,200 per year, which shall not be increased for three years after the warranty period. Each support year is ordered separately and there is no automatic renewal.
P:6.5 Training shall cover system administrators, depot maintenance planners and workshop supervisors. The Vendor shall supply training material in Chinese and English and shall repeat any session at no charge if fewer than two thirds of the participants pass the test at the end of it.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor. The Custom Deliverables, including source code, belong to the Customer on creation, and the Customer may use, modify and license them freely.
P:7.2 The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep copies after the work is complete.
P:8.2 Remote access by the Vendor requires the Customer's approval for each session, takes place through the Customer's VPN with multi-factor login, and is logged. The Vendor shall not transfer Customer Data outside mainland China.
P:8.3 The Vendor shall report any security incident affecting Customer Data within 12 hours, take all remedial steps and be liable for any loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, fleet data and business plans, and shall not disclose it to any third party without prior written consent, during this Agreement and for five years after it ends.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete the work described in Article 5.1 on time, it shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to a maximum of 10% of the contract price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the contract price, except for personal injury, wilful misconduct and breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Senegal.
P:13.2 Any dispute shall first be discussed in good faith by senior representatives. If it is not settled within 30 days, it shall be finally settled by arbitration under the rules of the Chamber of Commerce, Industry and Agriculture of Dakar, seated in Dakar, in the English language.
H:Article 14 General
P:14.1 Annexes 1 (Modules and Functions), 2 (Implementation Services) and 3 (Bank Details) form part of this Agreement.
P:14.2 Neither party shall be liable for a delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Notices shall be in writing and sent to the addresses stated above.
P:14.3 This Agreement is signed in two originals in English, one for each party, and takes effect on signature.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H655E02 = """# SaaS Order Form and General Terms

**Savane Numérique SA, Route de Béoumi, Bouaké, Côte d'Ivoire**

Order Form No. SN-OF-2025-117

## PART A - ORDER FORM

### A1. Parties

Provider: Savane Numérique SA, a company incorporated in Côte d'Ivoire with its registered office on Route de Béoumi, Bouaké ("Provider").

Customer: Jiangsu Huanong Machinery Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yancheng, Jiangsu Province ("Customer").

### A2. Service

FieldRoute, Provider's cloud service for field sales and after-sales teams: visit planning and route optimisation, dealer and farm customer records, spare-parts order capture, service ticket dispatch, mobile app for Android and iOS, and management dashboards. Hosted for Customer in a data centre in mainland China operated by Provider's hosting partner, as described in Part B Section 5.

### A3. Subscription Term

The Initial Term starts on the Service Start Date (the date of Onboarding Acceptance under Part B Section 3) and lasts 24 months, made up of two Subscription Years.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| FieldRoute Professional, named users, Subscription Year 1 | 180 | 1,150 | 207,000 |
| FieldRoute Professional, named users, Subscription Year 2 | 180 | 1,150 | 207,000 |
| Onboarding: configuration, data import, ERP connector, training | 1 | 48,000 | 48,000 |
| Total Contract Value | | | 462,000 |

Additional named users may be added at the unit price above, pro rata for the remainder of the Subscription Year. All amounts include VAT.

### A5. Invoicing and Payment

(a) Onboarding is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

(c) No other amount is payable before the Service Start Date.

### A6. Special Terms and Signature

(a) Customer's administrator: the Head of Sales Operations. Provider's account manager: named in the onboarding plan.

(b) This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.

Signed for Provider: ____________________ Signed for Customer: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, files and records submitted to the Service by or for Customer or its users, including dealer lists, farm customer details, GPS visit records, orders and tickets.

1.2 "Service" means the cloud service described in A2, including its mobile apps and documentation.

1.3 "Configurations" means the forms, workflows, reports, dashboards and connector mappings set up by Provider for Customer during onboarding.

### 2. Use of the Service

2.1 Provider grants Customer and its named users a non-exclusive right to use the Service during the Subscription Term for Customer's internal business.

2.2 Customer shall keep its passwords secure and shall not resell the Service or attempt to copy its source code.

### 3. Onboarding and Acceptance

3.1 Provider shall complete onboarding within 40 days after signature of the Order Form. Onboarding covers configuration of 14 sales regions, import of dealer and customer records, the connector with Customer's ERP for spare-parts orders and stock, and training of administrators and users.

3.1A Provider shall name an onboarding lead, agree a weekly schedule with Customer's Head of Sales Operations and report progress every Friday. Customer shall provide the dealer and customer files, ERP test access and a contact person in each sales region.

3.2 Onboarding Acceptance requires that: imported records reconcile with the source files; spare-parts orders flow to the ERP and stock levels flow back for seven consecutive days without error; route optimisation produces plans for all regions; and the mobile app works offline and synchronises on reconnection. Customer shall confirm Onboarding Acceptance in writing within ten business days after Provider shows that these criteria are met.

3.3 If onboarding is not completed on time for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

### 4. Service Levels

4.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding maintenance announced five days ahead and carried out between 23:00 and 05:00 Beijing time.

4.2 Priority 1 incidents (Service unavailable to all users, or orders cannot be submitted) shall receive a response within 1 hour and a fix or workaround within 6 hours. Priority 2 incidents shall receive a response within 2 hours. Priority 3 requests shall be answered within one business day.

4.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly equivalent. Each missed Priority 1 response time gives a credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

4.4 Provider shall publish a monthly service report showing availability, incidents by priority, response and fix times, and credits due. Customer may dispute the report within 30 days, and the parties shall then check the figures together against Provider's monitoring records.

### 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and shall not use it for any other purpose.

5.2 Customer Data is stored and processed only in mainland China. Provider shall keep an information security programme that includes encryption in transit and at rest, role-based access for its staff, multi-factor authentication for administrative access, logging, vulnerability management and daily backups.

5.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take all steps needed to contain it and bear the costs and losses it causes, subject to Section 9.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a common format and then delete it.

5.5 Provider shall give Customer, on request and not more than twice a year, a copy of its current security certificates and a summary of the latest external penetration test of the Service.

### 6. Intellectual Property

6.1 Provider keeps all rights in the Service and its underlying software.

6.2 Configurations belong to Customer. Customer may use, modify and let third parties use them freely, including after the end of the Agreement.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including pricing, customer lists and technical information, and use it only for this Agreement. This obligation lasts for three years after the Agreement ends.

### 8. Term, Renewal and Fees for Renewal

8.1 At the end of the Initial Term the Agreement renews automatically for successive renewal terms of 24 months each unless either party gives notice of non-renewal at least 60 days before the end of the current term.

8.2 Provider may change the fees for any renewal term by notice to Customer at least 30 days before the renewal date. The new fees apply from the renewal date.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business opportunity.

9.2 Provider's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six months before the event giving rise to the claim.

### 10. Subcontracting

10.1 Provider may use the hosting partner named in Section 5 of its security documentation. Any other subcontractor requires Customer's prior written consent. Provider remains responsible for its subcontractors.

### 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice.

11.2 If Customer terminates for Provider's breach, Provider shall refund the subscription fees already paid for the remaining part of the Subscription Year.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time of application.

### 13. General

13.1 Notices must be in writing and sent to the addresses in A1. Neither party may assign the Agreement without the other's consent, except to a successor of its whole business.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible. Fees for any period in which the Service cannot be used because of such an event are reduced accordingly.

13.3 The Agreement is the entire agreement between the parties about its subject matter. Changes must be in writing and signed by both parties. Preprinted terms on purchase orders or invoices do not apply.
"""

H655E03 = """T:Supply and Licence Contract for Cold-Store Environmental Monitoring
P:Contract No. XL-PUR-2025-0623
P:Buyer: Xianlian Cold Chain Logistics Co., Ltd., registered in Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Sahel Capteurs SARL, registered in Garoua, North Region, Republic of Cameroon (the "Supplier").
P:The Buyer operates 16 cold stores and 9 cross-docking halls for frozen and chilled food. It wishes to replace manual temperature logs with wireless sensors and a central monitoring system. This contract is on the Buyer's standard purchasing terms, which the Supplier accepts.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 3.
P:1.2 "Monitoring Software" means the Supplier's ColdWatch monitoring software, including its server application, web console, mobile alerting app and reporting module.
P:1.3 "Deliverables" means the Equipment, the Monitoring Software, the site survey, the installation and mapping documentation, the alarm configuration and the custom reports made for the Buyer.
P:1.4 "Buyer Data" means all readings, alarms, logs, reports and other data produced by the Equipment or held in the Monitoring Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 640 wireless temperature and humidity sensors and 32 gateways at the Buyer's sites listed in Annex A, and install the Monitoring Software on the Buyer's servers in Zhengzhou.
P:2.2 The Supplier shall carry out a temperature mapping of each cold store, place sensors according to the mapping, configure alarm thresholds agreed with the Buyer's quality team, connect the Monitoring Software to the Buyer's warehouse management system and SMS gateway, and prepare six custom reports for food-safety audits.
P:2.3 The Supplier shall train the Buyer's quality, warehouse and IT staff.
P:2.4 The Supplier shall appoint a project manager who speaks English or Chinese and who shall coordinate the work at all sites. Installation in each cold store shall be planned with the Buyer's site manager so that stock is not exposed to temperatures outside its limits, and doors shall not be held open during installation work.
P:2.5 The Supplier's staff shall follow the Buyer's site rules on food hygiene, cold-room safety, protective clothing and working at height.
P:2.6 The Supplier shall provide a weekly progress report during delivery and installation, listing the sites completed, the sensors installed and mapped, open issues and the plan for the following week. The Buyer's project manager may attend any installation work and may stop work that does not follow the agreed method statement until it is corrected.
H:3. Price
P:3.1 The contract price is CNY 1,226,000, as set out in the price table below. It is fixed and includes delivery to the Buyer's sites, import duties, taxes, installation materials, travel and the services during the warranty period.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, with calibration certificate|640|820|524,800
TB:2|LoRa gateway with 4G backup|32|6,400|204,800
TB:3|ColdWatch Monitoring Software, perpetual licence, unlimited sensors on site|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||1,115,600
TB:4|Site survey, temperature mapping, installation and commissioning|1|96,000|96,000
TB:5|Training|1|14,400|14,400
TB:|Contract Price|||1,226,000
H:4. Payment
P:4.1 10% of the contract price (CNY 122,600) within 15 days after signature, against an advance payment guarantee from a bank in mainland China for the same amount.
P:4.2 55% of the contract price (CNY 674,300) within 20 days after the Buyer signs the Installation Certificate for all sites. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:4.3 35% of the contract price (CNY 429,100) within 20 days after Final Acceptance.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall complete delivery and installation at all sites within 90 days after signature.
P:5.2 Final Acceptance requires that: every sensor reports to the Monitoring Software at the agreed interval; each sensor's reading stays within ±0.3 °C of a calibrated reference probe during a spot check of one sensor in ten; alarms reach the duty officer by SMS and app within 60 seconds in a test at every site; the interface with the warehouse management system runs for 14 days without loss of data; and the six custom reports are approved by the Buyer's quality manager.
P:5.3 After these tests the system shall run for 30 days. If no Severity 1 fault occurs in that period, the Buyer shall sign the Final Acceptance Certificate. Installation, use of the system or any payment is not acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Monitoring Software for 36 months from Final Acceptance. During that period it shall repair or replace faulty Equipment, recalibrate sensors once a year, correct software defects and supply new versions free of charge.
P:6.2 During the warranty period the Monitoring Software shall be available at least 99.95% of each month, excluding maintenance agreed with the Buyer in advance.
P:6.3 Severity levels: Severity 1 (monitoring or alarms fail for a whole site) shall receive a response within 30 minutes and a fix within 8 hours; Severity 2 (single gateway or group of sensors down) a response within 2 hours and a fix within one business day; Severity 3 within three business days.
P:6.4 For each hour by which a Severity 1 response or fix is late the Supplier shall pay CNY 1,500, and for each 0.01 percentage point of availability below the commitment CNY 2,000. The Buyer may deduct these amounts from any payment.
P:6.5 After the warranty period, the Buyer may order support and recalibration from the Supplier at 6% of the Equipment and Licence Subtotal per year (CNY 66,936). This fee is fixed for three years after the warranty period, is ordered by separate purchase order each year and does not renew automatically.
P:6.6 The Supplier shall keep a stock of spare sensors and gateways at the Buyer's Zhengzhou warehouse equal to at least 2% of the installed quantity and shall refill it within 10 days after use.
P:6.7 The Supplier shall deliver, before Final Acceptance, the as-built site drawings, the temperature mapping reports, the calibration certificates of every sensor, the administrator manual and the user manual, in Chinese and English.
H:7. Intellectual Property
P:7.1 The custom reports, alarm configuration, interface programs and mapping documentation, with their source files, belong to the Buyer. The Buyer may use, modify and license them freely.
P:7.2 The Monitoring Software remains the Supplier's property and is licensed to the Buyer perpetually for the sites in Annex A and any new sites of the Buyer.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this contract and shall not keep copies.
P:8.2 The Supplier shall connect remotely only with the Buyer's approval for each session, through the Buyer's VPN and with multi-factor authentication; every session is logged. Gateways shall use encrypted communication and changed default passwords.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, help the Buyer contain it and be liable for the loss it causes.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this contract, including site layouts, customer names and prices, and shall not disclose it without prior written consent. This obligation lasts five years after the contract ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier misses the completion date in clause 5.1, it shall pay delay damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the contract price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. It remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:14. General
P:14.1 Annex A (Sites) and Annex B (Acceptance Test Plan) form part of this contract. Neither party is liable for delay caused by force majeure if it gives prompt written notice and takes reasonable steps to limit the effect. Changes to this contract must be in writing and signed by both parties. This contract is made in English and Chinese; both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H655E04 = """# Managed IT Services Agreement

Agreement No. HJ-IT-MSA-2025-09

This Managed IT Services Agreement is made between:

**Hengjian International Engineering Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Wuhan, Hubei Province (the "Customer"); and

**Casamance IT Services SARL**, a company incorporated in Senegal with its registered office at Rue Javelier, Ziguinchor, Senegal (the "Provider").

The Customer builds roads and bridges in West Africa and runs seven project offices and site camps in Senegal and The Gambia. Its head office in Wuhan wants one local provider to run the IT service desk, end-user devices and site networks of these offices. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms that transition is complete under Section 4.

1.3 "Service Levels" means the levels set out in Schedule 2.

1.4 "Customer Data" means all data of the Customer and its staff that the Provider receives or can access while performing the Services, including user accounts, e-mail, project drawings, site reports and personnel records.

1.5 "Deliverables" means the runbooks, network diagrams, asset registers, scripts, reports and other documents the Provider prepares for the Customer under this Agreement.

## Section 2 Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of that period. It does not renew automatically; any extension requires a written amendment signed by both parties at prices agreed at that time.

## Section 3 Services

3.1 The Provider shall perform the Services described in Schedule 1 for about 420 users and their laptops, desktops, printers and mobile devices, the local networks, Wi-Fi and satellite or fibre links of the seven offices, and the meeting-room equipment.

3.2 The Provider shall keep a service desk in English, French and Chinese from 07:00 to 20:00 local time on working days, with an on-call engineer outside those hours.

3.3 The Provider shall report monthly on tickets, Service Levels, asset changes and recommended improvements, and attend a monthly review with the Customer's regional IT manager.

3.4 The Provider shall name a service delivery manager as the single point of contact for the Customer, and shall keep the list of its engineers assigned to each office up to date. The Customer may ask the Provider to replace an engineer whose performance or conduct is not acceptable, giving reasons.

3.5 The Customer shall give the Provider's engineers access to its offices, the administrator rights they need, and a contact person at each office.

3.6 The Provider shall keep the asset register and network diagrams current at all times and shall hand them to the Customer within five working days after any request.

## Section 4 Transition

4.1 The Provider shall complete transition within 45 days after signature. Transition includes taking over the asset register and open tickets from the Customer's current contractor, documenting each office network, installing the remote monitoring agent on all devices, and training the service desk on the Customer's procedures.

4.2 Transition is complete when the Provider shows that: every device in the asset register reports to the monitoring console; all open tickets have been taken over; network diagrams for all seven offices have been approved by the Customer; and a two-week trial operation of the service desk has met the Service Levels in Schedule 2. The Customer shall confirm completion in writing within five working days after the Provider shows these results.

4.3 If transition is not complete on time for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to CNY 60,000.

## Section 5 Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value is CNY 2,152,000.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced at the end of each month for that month. The Customer shall pay each correct invoice within 30 days.

5.3 The charges are fixed for the whole term. Devices added above the baseline in Schedule 3 are charged at the unit rate stated there, pro rata.

## Section 6 Service Levels

6.1 The Provider shall meet the Service Levels in Schedule 2 and measure them with the ticketing tool agreed with the Customer.

6.2 If a Service Level is missed in any month, the Provider shall explain the cause in the monthly report and submit an improvement plan within ten working days, and shall carry out that plan at its own cost.

6.3 The Provider shall hold a service review with the Customer every quarter, covering the Service Level results, recurring incidents, user satisfaction survey results and planned changes to devices and networks.

## Section 7 Customer Data

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not sell, disclose or use it for any other purpose.

7.2 At the end of the Agreement the Provider shall hand back all Customer Data and Deliverables in its possession.

## Section 8 Intellectual Property

8.1 The Deliverables belong to the Customer from creation. The Customer may use, modify and license them freely, also after the Agreement ends.

8.2 The Provider keeps its own tools and know-how, and grants the Customer a free licence to use any of them that are built into the Deliverables.

## Section 9 Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, including tender documents, drawings, prices and staff information, and shall not disclose it to any third party without prior written consent.

9.2 The Provider shall ensure that its staff are bound by the same obligations. This Section continues for five years after the Agreement ends.

## Section 10 Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to personal injury, fraud or wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

## Section 11 Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. Link carriers chosen by the Customer are not subcontractors of the Provider.

## Section 12 Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider misses the same Priority 1 Service Level in three consecutive months.

12.2 On termination the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3.

12.3 Neither party is liable for a delay caused by force majeure, including unrest, floods and long interruptions of public power, provided it notifies the other party promptly and resumes the Services as soon as possible.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## Schedule 1 - Services

| Service | Description |
|---|---|
| Service desk | Logging, triage and resolution of incidents and requests by phone, e-mail and portal in three languages |
| End-user devices | Set-up, patching, software distribution, repair coordination and disposal of laptops, desktops, printers and mobile devices |
| Site networks | Monitoring and administration of routers, switches, Wi-Fi, firewalls and links at seven offices |
| On-site support | One resident engineer at the two largest offices; visits within two working days at the others |
| Asset management | Register of all devices, licences and warranties, updated monthly |
| Reporting | Monthly service report and review meeting |

## Schedule 2 - Service Levels

| Measure | Level |
|---|---|
| Priority 1 incident (office network down or more than 20 users unable to work): response | 30 minutes |
| Priority 1 incident: restoration | 6 hours |
| Priority 2 incident (single user or function down): response | 2 hours |
| Priority 3 request: completion | 3 working days |
| Availability of office networks and links managed by the Provider, per month | 99.95% |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 64,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total contract value | | 2,152,000 |
| Additional device above baseline of 520 devices | per device per month | 95 |
| Exit assistance | per engineer day | 2,400 |
"""

H655E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. GA-DS-2025-031

BETWEEN

Grassfields Agro Data Ltd, a company incorporated in the Republic of Cameroon, with its registered office at Commercial Avenue, Bamenda, North-West Region, Cameroon (the "Provider"),

AND

Huaxin Grain and Oilseeds Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dalian, Liaoning Province (the "Customer").

BACKGROUND

The Customer buys cocoa, coffee, sesame and cashew from West and Central Africa for processors in China. The Provider produces crop condition, rainfall and harvest estimates from satellite images and field surveys, and delivers them through an application programming interface (API) and monthly files. The Customer wants this data to plan purchases and shipments.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in Schedule A, as updated by the Provider from time to time.

1.2 "API" means the Provider's web interface through which the Customer's systems query the Data Products.

1.3 "Customer Data" means the purchase areas, supplier locations, contract volumes, query histories and any other information that the Customer submits to the Provider or that the Provider creates from the Customer's queries.

1.4 "Custom Outputs" means the custom crop models, regional dashboards and weekly reports that the Provider prepares only for the Customer under Schedule B.

1.5 "Subscription Year" means the period from the Start Date, or from an anniversary of it, to the day before the next anniversary.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right, for two Subscription Years from the Start Date, to access the Data Products through the API and the monthly files, and to use them within the Customer's group for its own trading, planning and risk management.

2.2 The Customer may share extracts and charts derived from the Data Products with its banks, insurers and customers in the ordinary course of business, but shall not resell the Data Products as such.

2.4 The Customer shall not use the Data Products to build a competing data service and shall not remove the Provider's notices from the files.

2.3 The API allows up to 60,000 calls per month. Calls above that level are charged at the overage rate in Schedule C and are billed quarterly in arrears.

3. START DATE, SET-UP AND INTEGRATION

3.1 The Provider shall, within 30 days after signature, deliver the historical dataset for the ten seasons before signature for the regions in Schedule A, issue API credentials and help the Customer connect its purchasing system to the API.

3.2 Integration acceptance requires that: the historical dataset passes the Customer's completeness check for every region and season; the test queries in Schedule B return correct results; and the Customer's purchasing system receives daily updates for ten consecutive days without failure. The Customer shall confirm integration acceptance in writing within five business days after these results are shown, and the date of that confirmation is the "Start Date".

3.3 If the historical dataset is delivered late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

4. FEES AND PAYMENT

4.1 The fees are:

(a) set-up and integration fee: CNY 18,000, invoiced after the Start Date;

(b) subscription fee for Subscription Year 1: CNY 236,000, invoiced on the Start Date;

(c) subscription fee for Subscription Year 2: CNY 236,000, invoiced on the first anniversary of the Start Date.

4.2 The total contract value for the two Subscription Years, including the set-up fee and excluding overage, is CNY 490,000.

4.3 The Customer shall pay each correct invoice within 30 days by bank transfer in CNY. Fees are fixed for both Subscription Years.

4.4 The Provider may add new regions or crops to the Data Products. Additional regions requested by the Customer are charged at the prices agreed in writing at the time of the request and do not change the fees for the existing scope.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API accessible and to publish updates of the Data Products on the schedule it normally follows.

5.2 The Provider will answer support questions sent by e-mail during its business hours, Monday to Friday, as soon as reasonably practicable.

5.3 The Provider may suspend the API for maintenance and will try to give notice of planned maintenance in advance.

5.4 The Provider will describe changes to the API in release notes and will try to keep older versions of the API working for a reasonable transition period.

5.5 The Provider will hold a call with the Customer's analysts each quarter to explain methodology changes, new datasets and known limitations of the estimates.

6. CUSTOM OUTPUTS AND INTELLECTUAL PROPERTY

6.1 The Provider keeps all rights in the Data Products, the API, its models and its methods.

6.2 Custom Outputs belong to the Customer from creation. The Customer may use, modify and license them freely, including after this Agreement ends, and the Provider shall not provide them to any other client.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider may use it only to provide the subscription and the Custom Outputs to the Customer and shall not use it in any other product, model or report, whether in identifiable, aggregated or anonymised form.

7.2 At the end of this Agreement the Provider shall return Customer Data on request and then delete it within 30 days.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access only by named staff with multi-factor authentication, logging of access, and separation of the Customer's environment from those of other clients.

8.2 The Provider shall notify the Customer of any unauthorised access to or loss of Customer Data within 24 hours after discovery, take all steps needed to contain it, and compensate the Customer for the loss caused by the Provider's failure to meet this Section.

8.3 The Customer shall keep its API credentials secure and notify the Provider of any misuse.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including prices, purchase plans, supplier names and the terms of this Agreement, and shall use it only for this Agreement.

9.2 This Section continues for three years after this Agreement ends.

10. LIMITATION OF LIABILITY

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit, trading loss or loss of opportunity, including losses from trading decisions made using the Data Products.

10.2 The Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent, other than buying satellite images from image suppliers.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.3 If the Customer terminates under Section 12.2, the Provider shall refund the fees paid for the remaining part of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

14. GENERAL

14.1 Schedules A (Data Products and Regions), B (Custom Outputs and Test Queries) and C (Overage Rates) form part of this Agreement.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, civil unrest or the failure of satellite operators, provided it notifies the other party promptly.

14.4 Notices shall be in writing and sent by e-mail and courier to the addresses stated above. This Agreement is the entire agreement between the parties on its subject matter and may be changed only in writing signed by both parties.

14.5 The Customer's purchasing department is the contact for commercial questions and its market research team is the contact for data questions. Each party shall tell the other promptly of any change in its contact persons or addresses.

14.6 This Agreement is made in English. A Chinese translation may be prepared for internal use, but the English text prevails.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________
"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False)

# key: (file name, language, category, terms (over OK), extra, tco (base, warranty years) or None, forum outside
#       mainland, design list of rules)
D = {
 "h655z01": ("h655z01_volunteer_centre_platform_licence_development.pdf", "zh", "software",
             dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
                  prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                  governing_law="PRC", contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1290000), (680000, 2), False, []),
 "h655z02": ("h655z02_luggage_cutting_stitching_line_retrofit.docx", "zh", "hardware",
             dict(availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.02, liability_cap_pct=None,
                  prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7,
                  subcontract_without_consent=True, governing_law="PRC", contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1572000), (1316000, 2), False, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
 "h655z03": ("h655z03_taekwondo_chain_booking_saas.txt", "zh", "cloud",
             dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, governing_law="PRC", contract_kind="service"),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=874000),
             None, False, ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h655z04": ("h655z04_supply_coop_agri_distribution_om.txt", "zh", "services",
             dict(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, termination_for_breach=False, governing_law=None,
                  contract_kind="service"),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=436000),
             None, False, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
 "h655z05": ("h655z05_button_factory_tracking_supplier_template.md", "zh", "software",
             dict(availability_pct=None, p1_response_hours=2, sla_remedy=False, ip_owner="supplier",
                  buyer_owns_data=False, ld_rate_per_day_pct=None, liability_cap_pct=None, prepayment_pct=50,
                  acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                  post_warranty_fee_pct=25, subcontract_without_consent=None, governing_law="PRC",
                  contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                  contract_value=780000), (560000, 0.5), False,
             ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h655e01": ("h655e01_fleet_maintenance_licence_senegal_vendor.pdf", "en", "software",
             dict(availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                  prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=9,
                  governing_law="Senegal", contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1626000), (1180000, 1.5), True, ["CR-GOVERNING-LAW"]),
 "h655e02": ("h655e02_field_sales_saas_order_form_cote_divoire.md", "en", "cloud",
             dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=300 / 462000 * 100,
                  liability_cap_pct=6 / 24 * 100, prepayment_pct=None, final_payment_on_acceptance=None,
                  warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
                  governing_law="PRC", contract_kind="service"),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=462000),
             None, False, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
 "h655e03": ("h655e03_cold_store_sensors_monitoring_licence.docx", "en", "hardware",
             dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                  prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=6,
                  governing_law="PRC", contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1226000), (1115600, 3), False, []),
 "h655e04": ("h655e04_project_offices_managed_it_36_months.md", "en", "services",
             dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, data_security_clause=False,
                  ld_rate_per_day_pct=1500 / 2152000 * 100, liability_cap_pct=150, prepayment_pct=None,
                  final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                  governing_law="PRC", contract_kind="service"),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2152000),
             None, False, ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
 "h655e05": ("h655e05_crop_weather_data_api_subscription.txt", "en", "cloud",
             dict(availability_pct=None, p1_response_hours=None, sla_remedy=False,
                  ld_rate_per_day_pct=400 / 490000 * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
                  final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                  governing_law="PRC", contract_kind="service"),
             dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=490000),
             None, False, ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SRC = {"h655z01": H655Z01, "h655z02": H655Z02, "h655z03": H655Z03, "h655z04": H655Z04, "h655z05": H655Z05,
       "h655e01": H655E01, "h655e02": H655E02, "h655e03": H655E03, "h655e04": H655E04, "h655e05": H655E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, tco):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = the itemised
    licence/hardware subtotal; purchase price + implementation = the contract value. Share in %."""
    base, wy = tco
    fees = t["post_warranty_fee_pct"] / 100 * base * max(0.0, 5 - wy)
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, tco, forum_outside):
    """My reading of policy §3 on the label values."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and tco_share(t, x, tco) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("low" if set(rules) <= LOW else "medium")


def label(key):
    name, lang, cat, terms, extra, tco, outside, design = D[key]
    t = {k: terms.get(k, OK.get(k)) for k in KEYS}
    missing = [k for k in KEYS if k not in terms and k not in OK]
    assert not missing, (key, missing)
    rules = derive(t, extra, tco, outside)
    assert rules == sorted(design), (key, rules, design)
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}


# ---- threshold scan -------------------------------------------------------------------------------------------
P = r"\s*[%％]"
NB = r"(?<![\d.,])"
ZHN = "一二三四五六七八九十零点"
THRESH = [
    NB + r"30(?:\.0+)?" + P, r"百分之三十(?![" + ZHN + "])", r"三成",
    NB + r"40(?:\.0+)?" + P, r"百分之四十(?![" + ZHN + "])", r"四成",
    NB + r"15(?:\.0+)?" + P, r"百分之十五(?![" + ZHN + "])",
    NB + r"100(?:\.0+)?" + P, r"百分之(?:一)?百(?![" + ZHN + "])",
    NB + r"99\.90*(?!\d)", r"百分之九十九点九(?![" + ZHN + "])",
    NB + r"0\.050*(?!\d)", r"万分之五(?![" + ZHN + "])", r"万分之5(?!\d)", r"千分之零点五", r"千分之0\.5(?!\d)",
    NB + r"0\.5\s*‰",
    NB + r"4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![" + ZHN + r"\d])四\s*个?小时",
    r"(?i)\bfour[\s-]*hours?\b",
    NB + r"12\s*(?:-\s*)?(?:months?\b|个月)", r"(?<![" + ZHN + r"])十二个月", r"(?i)\btwelve\b",
    r"(?i)\bone[\s-]*year\b", r"(?<![" + ZHN + r"第每])一年", NB + r"1\s*(?:年|years?\b)",
]
RX = [re.compile(p) for p in THRESH]
MUST_HIT = ["30%", "30 %", "预付30%", "百分之三十", "40%", "百分之四十", "15%", "百分之十五", "100%", "100.0 %",
            "99.9%", "99.90%", "可用率99.9", "0.05%", "0.050 %", "万分之五", "千分之零点五", "0.5‰", "4 hours",
            "4小时", "4-hour", "within 4 h", "四小时", "four hours", "12 months", "12-month", "12个月", "十二个月",
            "twelve months", "one year", "one-year", "质保一年", "1 year", "1年", "三成"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "130%", "115%", "0.055%", "0.5%", "万分之五十",
             "百分之三十五", "百分之十五点五", "45%", "35%", "2024年", "2021年", "12月", "112 months", "2 months",
             "14 hours", "CNY 1,100%x", "第一年", "每一年", "四十五日", "一百二十日", "4G backup", "Section 4"]


def hits(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for f in forms for rx in RX for m in rx.finditer(f)})


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


def value_checks(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    bad = {"prepayment_pct": 30, "availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
           "liability_cap_pct": 100, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    tco = D[key][5]
    if tco and t["post_warranty_fee_pct"] is not None:
        s = tco_share(t, x, tco)
        assert abs(s - 40) > 2, (key, s)
        return s
    return None


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    office = {k: v for k, v in D.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in office}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in office.items()}, OUT,
          wrap_words=True)
    for k, v in D.items():
        if not v[0].endswith((".docx", ".pdf")):
            (OUT / v[0]).write_text(SRC[k], encoding="utf-8")
            print("wrote", v[0])
    covered, problems = set(), []
    for k, v in D.items():
        lab = label(k)
        (OUT / (v[0].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        covered |= set(lab["expected_rules"])
        share = value_checks(k, lab)
        text = read_back(OUT / v[0])
        n = size(text, v[1])
        lo, hi = (2750, 3000) if v[1] == "zh" else (1450, 1650)
        h = hits(text)
        print(f"{k} {v[1]} size={n} risk={risk(lab['expected_rules'])} tco={share and round(share, 2)} "
              f"rules={lab['expected_rules']} hits={h}")
        if not lo <= n <= hi:
            problems.append((k, "size", n))
        if h:
            problems.append((k, "threshold text", h))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert not problems, problems
    print("all checks passed")
