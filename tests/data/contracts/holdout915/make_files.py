"""holdout915: ten blind held-out draft contracts with their labels.

Builds every contract file from the sources below (.docx / .pdf through ../word_pdf.py, .txt / .md written as is),
writes the .json labels, derives each draft's rules from its labels (my reading of policy §3), compares them with the
design list, checks coverage of all 20 CR rules, the length ranges, and that no label value or text sits on a
policy threshold. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市城市管理局外卖柜与智能取餐柜监管平台采购合同
P:合同编号：LJCG-2027-0415　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市城市管理局
P:乙方（供应商）：临江数治信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就外卖柜与智能取餐柜监管平台（以下简称“平台”）的软件许可及定制开发事宜，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供监管平台软件（含备案管理、点位审批、运行监测、投诉处置四个子系统）的永久使用许可，并按甲方需求完成定制开发、部署、数据对接和培训。
P:1.2 定制开发内容包括：柜体运营企业备案数据接口、柜体温湿度及消毒记录采集接口、网格化巡查移动端、与城市运行管理服务平台的工单对接，以及甲方确认的统计报表二十张。
P:1.3 平台部署于甲方政务云，乙方不得将平台或数据部署在甲方指定环境之外。
P:1.4 平台应支持不少于1万台柜体的接入能力，并预留与市场监管部门食品安全监管系统的数据共享接口。
H:第二条 合同价款
P:2.1 合同总价为人民币2,100,000元（大写：贰佰壹拾万元整），含税，为固定总价。其中：平台软件许可费1,260,000元；定制开发费684,000元；实施部署费118,000元；培训费38,000元。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即420,000元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即945,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即735,000元。
P:3.4 乙方每次请款前应开具等额合法发票；甲方付款按财政资金支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请；定制开发内容应于合同签订后150日内全部完成。
P:4.2 乙方应提交需求规格说明书、设计文档、源代码、部署手册、操作手册及测试报告。
P:4.3 乙方应按周向甲方提交项目进度报告，说明已完成工作、存在问题及下一阶段计划；进度滞后的，应同时提交赶工措施。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；接口数据与柜体运营企业后台逐条比对一致；在500个并发用户下页面响应时间不超过2秒；通过第三方安全检测，无高危漏洞。
P:5.2 最终验收在平台试运行90日后进行，标准为：试运行期间未发生一级故障；累计接入柜体不少于3,000台；甲方业务科室出具使用意见。
P:5.3 平台上线、试运行或甲方使用均不视为验收合格；验收合格以甲方签署的验收报告为准。
P:5.4 验收不合格的，乙方应在10日内完成整改并重新申请验收，由此增加的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%，即每年不超过100,800元，且质保期满后连续三个年度内不上调。维护合同逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护除外）。
P:7.2 一级故障（平台无法访问或监测数据中断）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方每超过响应或恢复时限一小时，甲方有权扣减1,000元；月可用率每低于约定值0.01个百分点，扣减2,000元，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 定制开发的接口程序、移动端、报表及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。
P:8.2 平台标准产品的知识产权仍归乙方，甲方获得永久、不可撤销的使用许可。
H:第九条 数据安全与数据归属
P:9.1 平台采集和产生的全部数据（包括柜体点位、运营企业信息、投诉记录和巡查影像）归甲方所有。乙方仅为履行本合同使用数据，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，实行最小权限、操作审计和数据加密；运维须经堡垒机进行，不得将数据拷贝出甲方环境。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失和行政处罚由乙方全额承担。
P:9.4 合同终止或期满时，乙方应将其掌握的全部数据移交甲方，并在甲方监督下删除其留存的副本。
H:第十条 保密
P:10.1 乙方对履约中获知的甲方工作秘密、网络结构、账号口令及未公开信息负有保密义务，保密期不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方提供的软件不符合合同约定的，应在甲方要求的期限内免费整改；整改后仍不合格的，甲方有权退货并要求赔偿损失。
H:第十二条 分包
P:12.1 乙方可将柜体数据接入的现场调试工作分包给具备相应能力的单位，但应在分包开始前书面告知甲方分包单位名称；乙方对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，即105,000元，可采用银行保函形式。
P:15.2 履约保证金在最终验收合格后30日内无息退还；乙方应支付的违约金和服务扣减款可从中扣除，乙方应在扣除后10日内补足。
H:第十六条 项目人员与甲方配合
P:16.1 乙方应指派具有信息系统项目管理经验的项目经理常驻甲方现场，直至初步验收完成；项目经理及核心开发人员未经甲方同意不得更换。
P:16.2 甲方负责协调政务云资源、网络接入和柜体运营企业的数据对接，并指定专人负责需求确认和验收组织。甲方未按时提供条件的，工期相应顺延。
H:第十七条 培训与文档
P:17.1 乙方应为甲方及各区城管执法人员提供不少于三期集中培训，每期两天，并提供培训视频和操作手册。
P:17.2 乙方交付的全部文档应为中文，并与实际交付的软件版本一致；平台版本升级后，乙方应同步更新文档。
H:第十八条 不可抗力与通知
P:18.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明；不可抗力影响期间，履行期限相应顺延。
P:18.2 本合同项下的通知应以书面形式送达合同首页所列地址或双方指定的电子邮箱，电子邮件发出之日视为送达。
H:第十九条 其他
P:19.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：2027年　月　日　　　　日期：2027年　月　日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HL-SB-2027-062
P:甲方（买方）：浙江浩澜泳帽制品有限公司
P:乙方（卖方）：宁波恒控自动化工程有限公司
P:甲方为提高硅胶泳帽成型、硫化及印刷生产线的自动化水平，委托乙方对六条生产线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线控制系统的设计、供货、安装、编程、调试和培训，包括PLC控制柜、伺服驱动、触摸屏、硫化温控模块及产线监控软件。
P:1.2 乙方应按甲方工艺要求编写控制程序，实现配方下发、温度闭环控制、模具计数、不良品剔除及产量数据采集，并与甲方现有ERP系统对接。
P:1.3 改造应分批停线实施，每条生产线停线时间不超过5日。
P:1.4 改造完成后，各生产线应保留手动操作模式，以便在控制系统故障时维持基本生产。
H:第二条 合同价格
P:2.1 合同总价为人民币1,320,000元（含13%增值税），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜|6套|86,000|516,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|触摸屏人机界面|6台|7,800|46,800
TB:4|硫化温控模块|12套|6,200|74,400
TB:5|产线监控软件许可（永久）|1套|158,000|158,000
TB:|设备及软件小计|||1,023,200
TB:6|控制程序定制开发|1项|186,000|186,000
TB:7|安装调试|1项|96,800|96,800
TB:8|操作及维修培训|1项|14,000|14,000
TB:|合计|||1,320,000
P:2.2 上述价格包含运输、保险、装卸、税费及技术服务费用。
P:2.3 因甲方工艺变更增加的改造内容，双方另行签订补充协议，单价参照本合同执行。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即132,000元。
P:3.2 全部设备到货并经甲方清点签收后10个工作日内，甲方支付合同总价的55%，即726,000元。到货签收不代表质量验收。
P:3.3 六条生产线全部通过最终验收后15个工作日内，甲方支付合同总价的35%，即462,000元。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后45日内将全部设备运至甲方厂区，并在到货后60日内完成六条生产线的安装调试。
P:4.2 乙方施工人员应遵守甲方厂区安全管理制度，动火、登高作业须事先办理审批。
P:4.3 乙方应在每条生产线停线改造前7日提交施工方案和停线计划，经甲方生产部门确认后实施；因乙方原因超出停线时间的，乙方应承担甲方由此增加的加班及赶工费用。
H:第五条 验收
P:5.1 每条生产线调试完成后连续试生产72小时，达到以下标准为合格：硫化温度控制偏差不超过±2℃；单线产能不低于改造前；不良品自动剔除准确；产量数据与人工盘点一致；与ERP对接数据无丢失。
P:5.2 六条生产线均合格且稳定运行30日后，双方签署最终验收报告。设备安装完成、试生产或甲方投入使用，均不视为验收合格。
P:5.3 任一生产线验收不合格的，乙方应在7日内整改并重新试生产；连续两次不合格的，甲方有权要求乙方更换相关设备或软件。
H:第六条 质保期与维保服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，非甲方人为原因造成的设备及软件故障，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供维保服务，维保年费为设备及软件小计的9%，即每年92,088元，质保期满后三个年度内不作调整。维保合同由双方逐年签订。
P:6.3 质保期满前一个月，双方共同对全部设备进行检查，发现的问题由乙方在质保期内免费处理。
H:第七条 服务响应
P:7.1 一级故障（整条生产线停机）：乙方在接到通知后1小时内响应，远程无法排除的，6小时内到达现场，24小时内恢复生产。
P:7.2 二级故障（单台设备或单项功能异常，不影响整线生产）：2小时内响应，48小时内解决。
P:7.3 乙方应每季度进行一次预防性巡检，并提交巡检报告。
H:第八条 知识产权
P:8.1 乙方为本项目编写的控制程序、触摸屏画面、配方管理程序及ERP接口程序，其知识产权归甲方所有，乙方应交付全部源程序及注释，甲方可自行修改或委托他人维护。
P:8.2 产线监控软件标准版的知识产权归乙方，甲方享有永久使用权。
H:第九条 数据安全
P:9.1 生产线运行中产生的配方、工艺参数、产量及质量数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方批准并通过甲方指定的VPN账号进行，操作全程留痕，不得下载、复制甲方数据。
P:9.3 因乙方原因导致甲方数据泄露、丢失或生产系统遭受网络攻击的，乙方应在1小时内通知甲方，并承担由此造成的全部损失。
P:9.4 乙方不得在控制系统中预留未告知甲方的远程访问通道、后门程序或时间锁。
H:第十条 保密
P:10.1 乙方对在项目中获知的甲方配方、工艺、客户及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后五年内持续有效。
P:10.2 乙方应要求其参与项目的人员签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意或重大过失造成的损失除外。
H:第十二条 分包
P:12.1 未经甲方书面同意，乙方不得将本项目任何部分分包或转包给第三方。
P:12.2 经甲方同意分包的，乙方对分包单位的工作质量和安全承担连带责任。
H:第十三条 合同变更与解除
P:13.1 本合同的变更或解除，须经双方协商一致并签订书面协议。
P:13.2 一方因不可抗力不能履行合同的，应及时通知对方，并在合理期限内提供证明，双方协商后续安排。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 技术资料与培训
P:15.1 乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序及触摸屏程序备份、设备说明书、参数设置表和维护手册各两套，并提供电子版。
P:15.2 乙方应为甲方电工及设备操作人员进行不少于三天的现场培训，使其能够独立完成日常操作、配方切换、常见报警处理和程序备份恢复。
H:第十六条 安全与文明施工
P:16.1 乙方施工人员应持有相应的特种作业证书，并接受甲方组织的入厂安全教育。施工现场的临时用电、动火和登高作业由乙方负责安全管理。
P:16.2 因乙方施工原因造成人员伤亡或甲方设备、模具、原材料损坏的，由乙方承担全部责任。
H:第十七条 备品备件
P:17.1 乙方应随设备提供易损件清单及推荐备件，并保证在质保期满后五年内以不高于本合同单价的价格供应同型号或兼容的备品备件。
P:17.2 质保期满后，设备软件版本需要升级的，乙方应提前书面说明升级内容和影响，经甲方同意后实施。
H:第十八条 通知
P:18.1 双方往来通知以书面形式送达本合同所列地址，或以双方确认的电子邮箱发送。一方变更联系方式的，应提前三日书面通知对方。
H:第十九条 其他
P:19.1 本合同附件（技术协议、设备清单、验收方案）与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:代表签字：　　　　　　　　　　代表签字：
"""

Z03 = """野外生存培训门店预约及会员管理系统服务合同

合同编号：YS-IT-2027-008
甲方：山野行者户外拓展培训连锁有限公司
乙方：杭州云程软件服务有限公司

甲方在全国经营35家野外生存培训门店，为统一课程预约、会员管理和教练排班，甲方订购乙方的预约及会员管理系统（SaaS）服务并委托乙方实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方35家门店及总部提供课程预约、会员卡管理、教练排班、装备租借登记、营地保险信息登记及经营报表等功能。
2. 乙方提供微信小程序预约端，小程序以甲方名义注册和运营。
3. 系统支持会员等级、储值卡、次卡、团体课包及企业团建订单，支持按门店、教练、课程类型统计营收和消课情况。
（二）实施服务
1. 乙方负责系统配置、门店及课程资料初始化、历史会员数据迁移（约8.6万条）、与甲方财务系统的收款对账接口开发，以及门店店长和教练培训。
2. 实施服务应在合同生效后60日内完成并提交上线验收。
3. 乙方应指派专职实施顾问，按门店分批上线，每批上线前完成模拟预约和收款测试。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度起算。
（二）服务期满前30日内任何一方均未书面提出终止的，本合同自动续期一个服务年度，续期期间的订阅费由乙方按续期时公布的价格标准确定，乙方应在续期前通知甲方新的价格。
（三）服务期内，甲方门店数量减少的，订阅费自下一服务年度起按实际门店数量调整。

三、费用及支付
（一）费用构成
1. 订阅费：每个服务年度384,000元，其中门店端35店×9,600元=336,000元，总部管理模块48,000元。
2. 实施费：一次性76,000元。
3. 两个服务年度合同总价为844,000元（含税）。
（二）支付方式
1. 实施费在上线验收合格后15个工作日内一次性支付。
2. 各服务年度订阅费在该服务年度开始后15个工作日内支付。
3. 甲方付款前，乙方应开具合法有效的增值税专用发票。

四、上线验收
（一）乙方完成实施后书面提交上线验收申请，甲方在10个工作日内组织验收。
（二）验收标准：
1. 35家门店均可正常完成预约、签到、消课和退款流程；
2. 迁移后会员数量、卡内余额与原系统逐条核对一致；
3. 收款对账接口连续10日对账无差错；
4. 小程序在1,000个并发预约下响应时间不超过3秒。
（三）甲方签署上线验收报告前，系统试用不视为验收合格。
（四）验收不合格的，乙方应在7日内整改并重新提交验收申请。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应在夜间进行并提前48小时通知甲方。
（二）故障响应时限：
1. 一级故障（全部门店无法预约或收款）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：2小时内响应，24小时内解决；
3. 三级问题（咨询或优化建议）：1个工作日内答复。
（三）服务补偿：月可用率每低于约定值0.1个百分点，乙方按当月订阅费的2%抵扣下期费用；一级故障响应或恢复超时的，每次抵扣2,000元。
（四）乙方应提前15日通知甲方系统重大版本更新，并说明对门店业务的影响；更新不得降低本合同约定的功能。

六、数据归属与数据安全
（一）甲方及其会员在系统中录入和产生的全部数据，包括会员个人信息、消费记录、课程及经营数据，均归甲方所有。乙方仅为提供本合同服务而处理该数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，采取加密存储、访问控制和日志审计措施，每日备份，并遵守《个人信息保护法》等规定。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施，由此造成的损失由乙方承担。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。
（五）乙方因提供短信、支付通道等服务需要向第三方传输数据的，应事先取得甲方书面同意，并确保第三方承担同等的数据保护义务。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制开发的收款对账接口、专用报表及其源代码，知识产权归甲方所有，甲方可自由使用和修改。
（三）甲方提供给乙方的标识、课程介绍、图片和视频等素材，其权利归甲方，乙方仅为本合同目的使用。

八、保密
双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，保密期限至合同终止后三年。乙方应要求其员工签署保密承诺，不得利用所接触的会员信息开展任何营销活动。

九、违约责任
（一）乙方未能按期完成上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下累计赔偿总额以合同总价的两倍为限，但数据泄露造成的损失不受此限。
（三）甲方逾期支付订阅费超过30日，经乙方书面催告后仍未支付的，乙方可暂停服务，但应提前5日通知甲方，并保证数据完整。

十、分包
乙方不得将实施服务分包，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面通知后15日内仍未改正的，守约方有权解除本合同。
（二）合同解除后，乙方应退还已收取但未提供服务期间的订阅费。
（三）因乙方原因连续两个月月可用率低于约定值的，甲方有权解除本合同。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

十三、甲方义务
（一）甲方应指定项目负责人，及时提供门店、课程、教练及会员资料，并组织门店人员参加培训和验收。
（二）甲方应妥善保管管理员账号，因甲方账号管理不当造成的损失由甲方自行承担。
（三）甲方使用小程序开展营销活动的，应遵守广告及个人信息保护相关规定。

十四、培训与技术支持
（一）乙方应在上线前为每家门店的店长和前台人员提供线上培训，为总部管理员提供两天现场培训，并提供操作视频和常见问题手册。
（二）服务期内，乙方提供每日8:00至22:00的客服热线和在线工单支持；户外课程集中的节假日期间，乙方应安排专人值守。
（三）乙方每季度向甲方提交服务报告，内容包括系统可用率、故障处理情况、预约量统计及优化建议。
（四）乙方应为甲方提供小程序界面的品牌定制，包括甲方标识、配色和门店介绍页面，并在服务期内免费维护。

十五、需求变更
（一）甲方新增门店的，按每店每服务年度9,600元的单价计收订阅费，不足一个服务年度的按月折算。
（二）甲方提出的新增功能需求，由双方另行评估工作量并签订补充协议。
（三）双方可在每个服务年度末对门店数量和功能模块进行一次调整确认，调整内容以书面确认单为准。

十六、不可抗力
因自然灾害、公共卫生事件等不可抗力导致门店停业或系统中断的，受影响一方应及时通知对方并提供证明，双方可协商顺延服务期或调整费用。

十七、通知
双方的通知以书面形式或双方确认的电子邮箱发送至本合同首页所列联系人。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z04 = """南岭市交通运输局隧道照明节能控制系统年度运维服务合同

项目编号：NLJT-CS-2027-03（竞争性磋商）
甲方（采购人）：南岭市交通运输局
乙方（成交供应商）：南岭智隧机电工程有限公司

依据《中华人民共和国政府采购法》、竞争性磋商文件及乙方响应文件，双方就南岭市辖区七座公路隧道照明节能控制系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：七座隧道的照明节能控制系统，包括洞外亮度检测器、隧道内照度检测器、车流量检测器、LED灯具调光控制器、区域控制器、通信链路及监控中心照明控制软件。
（二）服务内容：日常巡检、定期维护、故障抢修、软件运行维护及策略优化、备品备件管理、汛期及节假日保障、运行数据分析报告。
（三）运维范围内设备清单见附件一，共计：亮度检测器14台、照度检测器42台、车流量检测器28台、调光控制器1,260套、区域控制器56台。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同自然终止，甲方依法另行组织采购，本合同不自动续期。乙方应在服务期开始前完成与原运维单位的交接，交接清单由三方签字确认。

第三条 合同价款
（一）合同总价为人民币586,000元（含税），为固定总价，包括人工费、交通费、检测仪器使用费、常规备品备件费和税费。
（二）价款构成：日常巡检及定期维护248,000元；故障抢修及应急保障146,000元；软件运维及策略优化92,000元；常规备品备件100,000元。
（三）单件价格超过2,000元的非常规备件，经甲方书面确认后另行据实结算，不计入本合同总价。
（四）因甲方新增隧道或设备导致运维工作量增加的，双方参照本合同单价另行签订补充协议。

第四条 付款方式
（一）本合同不设预付款。
（二）运维服务费按季度支付，每季度146,500元。每季度服务考核合格后，乙方提交考核报告和发票，甲方在15个工作日内支付该季度费用。
（三）季度考核扣减的金额从当季服务费中扣除。
（四）乙方提交的发票应载明服务期间和考核结果。

第五条 服务水平
（一）系统可用率：照明控制系统月可用率不低于99.95%，单座隧道照明控制失效不得超过30分钟。
（二）故障分级及响应：
1. 一级故障（整座隧道或单洞照明失效，或控制中心失去对隧道照明的控制）：30分钟内响应，1小时内到达现场，3小时内恢复照明；
2. 二级故障（单段照明回路或检测器故障）：1小时内响应，12小时内修复；
3. 三级故障（单只灯具或非关键部件故障）：24小时内修复。
（三）巡检频次：洞内设备每月巡检两次，控制软件每日远程巡检，汛期及重大节假日前开展专项检查。巡检记录应当场填写并由巡检人员签字，每月汇总报甲方。
（四）乙方应建立7×24小时值班制度，值班电话保持畅通，监控中心每日三次检查系统运行状态并记录。

第六条 服务考核与验收
（一）甲方按季度对乙方服务进行考核，考核标准：故障响应及修复及时率不低于98%；巡检计划完成率达到规定要求；隧道路面平均亮度符合《公路隧道照明设计细则》的要求；节能率与基准年相比不下降；运维记录完整。
（二）服务期满，甲方组织年度验收，依据全年考核结果、系统运行状况、备件库存清单及运维档案移交情况出具验收意见。
（三）考核不合格的，乙方应在10日内整改；服务期内两个季度考核不合格的，甲方有权解除合同。
（四）年度验收时，乙方应提交全年运维总结、设备健康评估报告及下个服务期的维护建议。

第七条 服务补偿
（一）一级故障响应、到场或恢复超过时限的，每超时1小时扣减服务费2,000元；二级故障每超时1小时扣减500元。
（二）月可用率低于约定值的，每低于0.01个百分点扣减当季服务费1,000元。

第八条 违约金
（一）乙方未能在服务期开始后10日内完成进场接管，或未按甲方批准的计划完成年度检修的，每逾期一日按合同总价的千分之一支付违约金。
（二）因乙方运维不当造成交通事故或设备损坏的，乙方承担赔偿责任。

第九条 数据安全与数据归属
（一）系统运行数据、照度和车流量数据、控制策略及运维记录均归甲方所有，乙方仅为履行运维义务使用，不得对外提供或用于其他目的。
（二）乙方须遵守网络安全等级保护要求，远程运维须通过甲方堡垒机，不得在控制网络中接入未经批准的设备，不得将数据拷贝带离。
（三）发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失由乙方全部承担。
（四）服务期满或合同解除时，乙方应交还全部账号权限，移交运维资料，并删除其留存的系统数据和配置文件。

第十条 保密
乙方对在服务中获知的隧道控制网络结构、账号口令、设备配置及其他未公开信息负有保密义务，服务期满后继续有效。乙方应与参与本项目的人员签订保密协议，并对其保密行为承担责任。

第十一条 知识产权
乙方在运维中形成的优化控制策略、程序修改、运维文档及分析报告，知识产权归甲方所有，甲方有权自由使用和修改。乙方应在服务期满时将上述成果的电子版一并移交。

第十二条 分包
本项目不允许分包或转包。乙方不得将巡检、维护、抢修等任何服务内容交由第三方实施，临时租用的升降作业车辆须由乙方人员操作。

第十三条 合同解除
乙方严重违约，或出现第六条第（三）项情形的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
合同解除后，乙方应配合甲方完成与新运维单位的交接，交接期不少于15日。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院提起诉讼。争议解决期间，乙方不得停止运维服务。

第十五条 人员配置
（一）乙方应组建不少于8人的运维团队，其中项目负责人1名、电气工程师2名、软件工程师1名、现场维护人员4名，现场维护人员应持有低压电工作业证和高处作业证。
（二）乙方应在南岭市区设立驻点，配备抢修车辆、升降作业车和照度计、绝缘电阻测试仪等检测仪器。
（三）乙方更换项目负责人或工程师的，应提前10日书面报甲方同意，替换人员资格不得低于原人员。

第十六条 备品备件管理
（一）乙方应建立备品备件台账，常规备件库存不低于在用数量的3%，每季度向甲方报送库存和消耗清单。
（二）更换下来的旧件由乙方登记后交甲方处置，不得擅自变卖。

第十七条 安全作业
（一）乙方在隧道内作业，应按规定办理占道施工审批，设置安全警示标志，配合交警和路政部门做好交通疏导。
（二）乙方应为作业人员购买意外伤害保险。作业期间发生的人身伤亡及第三方损失，由乙方承担责任。

第十八条 履约保证金
乙方应在合同签订前提交合同总价5%的履约保证金。服务期满且年度验收合格后，甲方在30日内无息退还；乙方应付违约金可从中扣除。

第十九条 不可抗力
因地震、洪水、山体滑坡等不可抗力造成系统损坏的，双方协商修复方案及费用，乙方应先行开展应急抢修。

第二十条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同自双方签章之日起生效，一式五份，甲方三份，乙方两份。

甲方（盖章）：　　　　　　　　乙方（盖章）：
签订日期：2027年　月　日
"""

Z05 = """# 墨序工艺流程管理系统软件许可及定制开发合同

（墨序科技标准合同文本 V3.0）

合同编号：MX-2027-0311

甲方（用户）：苏州青简水印木刻工作室有限公司

乙方（供方）：苏州墨序科技有限公司

甲方因水印木刻作品制作管理需要，购买乙方“墨序工艺流程管理系统”软件使用许可，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，经协商订立本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供墨序工艺流程管理系统V3.0（以下简称“系统”）永久使用许可，含画稿管理、刻版进度、印制批次、纸张及颜料库存、作品编号与版次登记模块，授权用户数20个。

1.2 乙方按甲方需求进行以下定制开发：分版刻制工序跟踪（按每块版记录刻工、工时及修版次数）；套印批次与印数登记；作品版次证书生成与打印；与甲方网店后台的作品信息同步接口。

1.3 乙方负责系统安装部署、基础数据导入和操作培训。

1.4 定制开发的具体功能以双方确认的《需求确认单》为准。需求确认单签署后，甲方提出的修改或新增需求，视为需求变更，乙方有权另行收费并顺延交付时间。

1.5 系统运行于甲方局域网，支持Windows客户端及手机浏览器访问，可同时处理不少于500件作品的工序记录。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 系统软件使用许可（永久，20用户） | 168,000 |
| 2 | 定制开发 | 56,000 |
| 3 | 安装部署及培训 | 16,000 |
| | 合计 | 240,000 |

合同总价为人民币贰拾肆万元整（240,000元），含税。

合同价款不包含服务器、操作系统、数据库软件、网络设备及证书打印机的费用，上述软硬件由甲方自行采购并承担费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的60%，即144,000元。

3.2 系统安装上线后5个工作日内，甲方向乙方支付剩余合同价款96,000元。

3.3 乙方收到款项后开具增值税普通发票。

3.4 甲方未按期支付首期款项的，乙方交付期限自动顺延；甲方逾期支付任何款项的，乙方有权暂停安装、开发或维护服务。

3.5 合同价款已包含首次安装时的基础培训，后续培训按每次3,500元另行计费。

## 第四条 交付与上线

4.1 乙方在收到甲方首期款项后45个工作日内完成系统安装，定制开发内容在收到首期款项后75个工作日内交付。

4.2 甲方应按乙方要求提供服务器、网络环境及基础资料。因甲方原因导致延期的，交付期限相应顺延。

4.3 乙方完成安装后，以电子邮件或即时通讯方式通知甲方系统已上线，甲方应安排人员开始使用系统。

4.4 乙方交付的文档包括安装说明和用户操作手册电子版，不提供源代码及数据库设计文档。

## 第五条 验收

5.1 系统安装上线运行之日，即视为甲方验收合格。

5.2 甲方在系统上线后发现问题的，可向乙方反馈，乙方将在后续版本中统筹考虑。

5.3 甲方在上线后30日内未以书面形式提出异议的，视为对定制开发内容无异议。

## 第六条 维护服务

6.1 系统上线之日起六个月为免费维护期，免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 免费维护期满后，甲方如需继续获得技术支持和版本升级，应按系统软件使用许可费的28%每年向乙方支付维护服务费，即每年47,040元。

6.3 甲方报修后，乙方将尽快安排技术人员远程处理；需要现场服务的，双方另行协商时间，差旅费由甲方承担。

6.4 下列事项不属于免费维护范围，乙方按其收费标准另行收费：甲方自行修改系统配置、数据库或运行环境引起的问题；甲方人员操作不当造成的数据错误；新增功能、报表或接口需求；现场服务（每人每日2,800元）。

6.5 乙方发布的新版本是否适用于甲方定制功能，由乙方根据技术情况决定；因升级导致定制功能需要调整的，按6.4条另行收费。

## 第七条 知识产权

7.1 系统及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序及相关文档，其著作权及其他知识产权均归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行修改、反向工程或交由第三方使用。

7.3 甲方不得将系统复制、出租、出借给第三方，不得超出授权用户数使用；需要增加用户的，按每用户6,800元另行购买许可。

## 第八条 数据

8.1 甲方在系统中录入的画稿、作品、客户及经营数据归甲方所有。

8.2 甲方同意，乙方有权将系统运行中产生的数据在去标识化处理后，用于产品改进、行业分析及乙方其他产品的开发。

8.3 乙方对其提供远程支持时接触的甲方数据采取访问控制和操作日志等安全措施，不得泄露；因乙方原因造成甲方数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

8.4 乙方可在宣传材料和客户名单中使用甲方名称及标识作为案例展示。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

9.2 乙方在安装和维护过程中知悉的甲方作品及客户信息，仅用于完成本合同工作。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，逾期超过30日的，乙方有权暂停服务。

10.3 因甲方提供的环境、资料不符合要求或甲方未及时配合导致的延误，乙方不承担违约责任。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经另一方书面催告后20日内仍未改正的，另一方有权解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还；已完成的定制开发工作，甲方仍应按实际工作量支付费用。

11.3 合同解除后，甲方应停止使用系统并删除已安装的软件，但已全额支付许可费的除外。

## 第十二条 争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同发生争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

12.3 在争议解决期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十三条 甲方责任

13.1 甲方应按乙方提供的配置要求准备服务器、网络及终端设备，并指定一名系统管理员负责日常管理和数据备份。

13.2 甲方应自行做好数据备份。因甲方未备份、误操作、病毒或硬件故障造成的数据丢失，乙方不承担责任，但可协助恢复，费用另计。

13.3 甲方应按乙方要求提供画稿编号规则、工序名称、刻工名单、纸张及颜料品类等基础资料，并对资料的真实性负责。

13.4 甲方应为乙方远程维护提供必要的网络访问条件。

## 第十四条 不可抗力

14.1 因不可抗力或网络运营商、电力供应、第三方软件缺陷等非乙方所能控制的原因导致系统无法正常使用的，乙方不承担责任。

## 第十五条 通知

15.1 双方往来通知可采用书面、电子邮件或即时通讯方式，发出即视为送达。

## 第十六条 其他

16.1 本合同未尽事宜，双方另行签订补充协议。乙方报价单、需求确认单为本合同附件。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　年　月　日　　　　　日期：　　年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ARK-CN-2027-019
P:This Software Licence and Services Agreement (the "Agreement") is made between Yantai Haixin Food Processing Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Yantai, Shandong Province (the "Buyer"), and Arkansas Valley Maintenance Systems, Inc., a Colorado corporation with its principal office at 215 North Santa Fe Avenue, Pueblo, Colorado 81003, United States (the "Vendor").
P:The Buyer operates three food processing plants and wishes to replace its paper-based maintenance records with a computerised maintenance management system. The Vendor publishes the PlantKeeper maintenance management software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PlantKeeper Enterprise software, version 9, in object code, together with the mobile technician application and the user documentation.
P:1.2 "Custom Deliverables" means all reports, interfaces, data conversion scripts, configuration files and other work product that the Vendor creates specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, stored in or generated by the Software at the Buyer's sites, including asset registers, work orders, spare-parts records and sensor readings.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users and 60 mobile technicians at the Buyer's three plants and at any later plant of the Buyer or its affiliates in mainland China.
P:2.2 The Vendor shall provide the following services: installation on the Buyer's servers in Yantai; configuration of asset hierarchies, maintenance plans and approval workflows; conversion of existing asset and spare-parts records; an interface with the Buyer's ERP system for purchase requisitions and stock issues; an interface with the plant historian for meter and runtime readings; and training of administrators and key users.
P:2.3 The services shall be delivered by the Vendor's own staff, working on site in Yantai and remotely from Pueblo.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,860,000, inclusive of applicable taxes in China, made up as follows: Software licence fee CNY 1,380,000; implementation, configuration and interface services CNY 420,000; training CNY 60,000.
P:3.2 The Contract Price is fixed and covers all travel, accommodation and living expenses of the Vendor's staff.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 372,000) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 837,000) within 20 days after the Software has been installed and the interfaces have passed their integration tests.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 651,000) within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 After completing the services the Vendor shall notify the Buyer that the system is ready for acceptance testing. The Buyer shall carry out the tests within 20 working days.
P:5.2 The system shall be accepted when all of the following criteria are met: every function listed in the functional specification works as described; all converted asset and spare-parts records match the source records; purchase requisitions and stock issues pass through the ERP interface without loss or duplication for ten consecutive working days; screens open within three seconds for 150 concurrent users; and no Severity 1 defect occurs during a production run of 30 days.
P:5.3 Installation, go-live or use of the system by the Buyer does not amount to acceptance. Acceptance takes place only when the Buyer signs the acceptance certificate.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply new releases and provide telephone and remote support free of charge.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee shall be 11% of the Software licence fee, that is CNY 151,800 per year, and shall not increase during the first three years after the warranty period. Each support year requires a separate purchase order; support does not renew automatically.
H:Article 7 Service Levels
P:7.1 The Vendor shall respond to defects reported during the warranty period or any support year as follows: Severity 1 (the system is unavailable at any plant, or work orders cannot be issued) within one hour, with a workaround within eight hours; Severity 2 (a major function is impaired) within two hours, with a fix or workaround within two working days; Severity 3 (a minor defect or a question) within one working day.
P:7.2 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Buyer may deduct CNY 1,500 from any amount due to the Vendor; for Severity 2, CNY 500 for each full working day.
H:Article 8 Delay
P:8.1 If the system is not ready for acceptance testing within 120 days after signature for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 If delay damages reach their maximum, the Buyer may terminate this Agreement under Article 14.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them to third parties without restriction.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, transfer or analyse it for any other purpose.
P:10.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN, using named accounts approved by the Buyer for each session. The Vendor shall not transfer Buyer Data outside mainland China and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:10.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer Data, shall cooperate in remedying it and shall be liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Buyer's production processes, recipes, plant layouts and supplier prices, and shall use it only for this Agreement.
P:11.2 This obligation continues for five years after this Agreement ends.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement shall not exceed 200% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any subcontractor so approved.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:14.2 If the Buyer terminates under Article 14.1, the Vendor shall refund all amounts paid for services not accepted and the Buyer's licence to the Software already delivered and paid for shall continue.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Colorado, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the state courts located in Pueblo County, Colorado, and each party submits to the jurisdiction of those courts.
H:Article 16 General
P:16.1 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
P:16.2 This Agreement, with its annexes (Annex A functional specification; Annex B project plan; Annex C acceptance test plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.3 This Agreement is signed in two English originals, one for each party.
P:16.4 Notices under this Agreement shall be in writing and delivered by courier or e-mail to the addresses stated above or later notified. A notice sent by e-mail is received on the next business day.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — FIELDROUTE SUBSCRIPTION

Order Form No. KA-CN-27-0142

## PART A — ORDER FORM

### A1. Parties

**Provider:** Ker Avel Logiciels SAS, 12 Quai de Léon, 29600 Morlaix, France, acting through its Shanghai representative office for invoicing in China.

**Customer:** Suzhou Tianheng Elevator Maintenance Co., Ltd., No. 88 Jinji Lake Avenue, Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

### A2. Subscribed Services

The Customer subscribes to FieldRoute, the Provider's cloud service for scheduling, dispatching and recording elevator inspection and repair work, together with the FieldRoute Mobile application for technicians. The Customer's instance is hosted in the Provider's data centre region in Shanghai.

### A3. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. The first Subscription Year starts on the Go-Live Date defined in Section 3 of Part B. The second Subscription Year starts on the first anniversary of the Go-Live Date.

### A4. Fees

| Item | Basis | Quantity | Unit fee (CNY) | Fee per Subscription Year (CNY) | Total for Subscription Term (CNY) |
|---|---|---|---|---|---|
| FieldRoute Dispatch | named office user | 120 | 2,100 | 252,000 | 504,000 |
| FieldRoute Mobile | technician pack of 50 | 4 | 12,000 | 48,000 | 96,000 |
| Onboarding and configuration | one-time | 1 | 56,000 | — | 56,000 |
| **Total Order Value** | | | | | **656,000** |

All fees are in Chinese yuan and include value-added tax. Additional named users may be added at the same unit fee, pro rata for the rest of the Subscription Year.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced after the Customer has signed the Go-Live certificate under Section 3 of Part B.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) The Customer shall pay each correct invoice within 30 days after receipt, by bank transfer in CNY.

### A6. Contacts and Signature

Provider contact: Account Director, China. Customer contact: Head of Digital Operations. This Order Form, together with the General Terms in Part B, forms the Agreement. If they conflict, this Order Form prevails.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that the Customer or its users enter into the Service or that the Service generates from the Customer's use, including equipment records, site addresses, work orders, inspection results, photographs and technician locations.

1.2 "Service" means the subscribed services described in A2, including the mobile application and the documentation.

1.3 "Configurations" means the workflows, forms, inspection templates, report layouts and integration mappings that the Provider builds for the Customer during onboarding.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users throughout the Subscription Term in accordance with Section 4.

2.2 The Provider may improve the Service from time to time, provided that no change materially reduces its functions or security.

### 3. Onboarding and Go-Live

3.1 Within 45 days after signature of the Order Form, the Provider shall complete onboarding: configure the Customer's branches, teams and inspection templates; import the register of about 9,400 elevators and their maintenance history; build an interface that sends completed work orders to the Customer's billing system; and train administrators and dispatchers.

3.2 The Customer shall test the configured Service within ten working days after the Provider's notice of readiness. The Go-Live criteria are: every imported elevator record matches the source register; dispatch, mobile check-in, photo upload and electronic signature work for all branches; completed work orders reach the billing system without loss for five consecutive working days; and the mobile application synchronises within ten seconds on a 4G connection.

3.3 When the criteria are met the Customer shall sign the Go-Live certificate. The date of signature is the Go-Live Date. Use of the Service before that date for testing or training does not mean that the criteria have been met.

### 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 05:00 China Standard Time.

4.2 The Provider shall respond to incidents reported by the Customer as follows: Priority 1 (the Service or the mobile application is unavailable to all users, or dispatch is impossible) within 30 minutes, 24 hours a day, with restoration within three hours; Priority 2 (a major function is degraded) within two hours; Priority 3 (other incidents and questions) within one business day.

4.3 If monthly availability falls below the level in Section 4.1, the Customer receives a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly share. If a Priority 1 response is late, the Customer receives a credit of CNY 1,000 per late hour. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

### 5. Customer Data

5.1 As between the parties, the Customer owns all Customer Data. The Provider shall process Customer Data only to provide the Service and as instructed by the Customer.

5.2 The Customer grants the Provider a perpetual, worldwide licence to use aggregated and anonymised data derived from Customer Data, such as equipment failure rates, repair durations and route statistics, to improve and develop the Provider's products and to publish industry benchmarks, during and after the Subscription Term.

5.3 The Provider shall store Customer Data in mainland China and shall not transfer it abroad without the Customer's written approval and the filings required by law.

### 6. Data Security

6.1 The Provider shall maintain technical and organisational security measures that meet at least the requirements of level three of the Multi-Level Protection Scheme, including encryption in transit and at rest, multi-factor authentication for administrative access, access logging and daily backups kept for 30 days.

6.2 The Provider shall notify the Customer within 12 hours after becoming aware of a security breach affecting Customer Data, shall take all necessary steps to contain it and shall be liable for the losses the Customer suffers as a result of a breach caused by the Provider's failure to comply with this Section.

6.3 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard export format and then delete it, and shall confirm the deletion in writing.

### 7. Intellectual Property

7.1 The Provider owns the Service and all improvements to it.

7.2 The Configurations and the billing-system interface built for the Customer belong to the Customer. The Customer may use, copy and modify them and have them used by other service providers, also after the Subscription Term.

### 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, shall use it only to perform this Agreement and shall not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations.

8.2 These obligations survive for three years after the Agreement ends.

### 9. Subcontractors

9.1 The Provider shall not engage any subcontractor or sub-processor to perform the Service or to process Customer Data without the Customer's prior written consent. The Provider is responsible for its approved subcontractors as for itself.

### 10. Liability

10.1 Each party's total liability under this Agreement is limited to one and a half times the Total Order Value. The limit does not apply to breach of Sections 5, 6 or 8, to personal injury or to wilful misconduct.

### 11. Term, Renewal and Termination

11.1 The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Neither party is liable for delay caused by force majeure. Notices must be in writing and sent to the contacts named in A6. The Agreement is written in English and Chinese; both versions have equal effect.

13.2 The Provider shall comply with applicable export-control and sanctions laws in providing the Service and shall tell the Customer promptly if any such law may affect the Service.

13.3 Neither party may assign the Agreement without the other party's written consent.
"""

E03 = """T:Supply Contract for Cold-Store Temperature Sensors and Monitoring Software
P:Contract No. HZLL-PUR-2027-0058
P:Buyer: Hangzhou Lanling Cold Chain Logistics Co., Ltd., No. 1200 Xiangyuan Road, Gongshu District, Hangzhou, Zhejiang Province, People's Republic of China.
P:Supplier: Green Mountain Sensorworks, Inc., 402 Main Street, Bennington, Vermont 05201, United States of America.
P:The Buyer operates eight cold-storage warehouses in Zhejiang and Jiangsu and must record storage temperatures continuously for food-safety and pharmaceutical customers. Following the Buyer's request for quotation, the parties agree on the following terms, which are the Buyer's standard purchasing terms for equipment and software.
H:1. Definitions
P:1.1 "Equipment" means the wireless temperature and humidity sensors, gateways, mounting hardware and spare batteries listed in clause 3.
P:1.2 "Software" means the ColdSight monitoring software, version 6, licensed under clause 8, including the alarm module, the audit-trail module and the mobile alert application.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's eight warehouses.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the whole System under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install and commission the System at the eight warehouses, calibrate every sensor against a reference thermometer traceable to national standards, integrate the System with the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 The integration shall send every temperature excursion alarm to the warehouse management system within one minute and attach the recorded temperature history to each outbound shipment record.
P:2.3 The System shall meet the temperature-monitoring requirements of the Good Supply Practice for pharmaceutical products and the audit requirements of the Buyer's customers, as described in Annex 1.
H:3. Price
P:3.1 The Contract Price is CNY 1,650,000, fixed, inclusive of import duties, value-added tax, delivery to each warehouse and insurance. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 °C to +60 °C|640|1,150|736,000
TB:2|LoRa gateway with 4G backup link|32|8,600|275,200
TB:3|ColdSight monitoring software, perpetual licence, up to 800 measuring points|1|386,000|386,000
TB:|Equipment and Software Subtotal|||1,397,200
TB:4|Installation, calibration and commissioning|1 lot|142,800|142,800
TB:5|Integration with the warehouse management system|1 lot|88,000|88,000
TB:6|Training of operators and administrators|1 lot|22,000|22,000
TB:|Contract Price|||1,650,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 165,000) within 15 working days after signature of this Contract and receipt of an advance-payment bank guarantee for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 907,500) within 15 working days after all Equipment has been delivered to the warehouses and checked against the packing lists. Delivery and counting do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 577,500) within 15 working days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 75 days after signature and complete installation and commissioning within 45 days after delivery.
P:5.3 The Supplier shall deliver the Equipment with certificates of origin, a calibration certificate for each sensor and the customs documents required for import.
P:5.2 Work inside cold rooms shall follow the Buyer's safety rules, and installation shall not interrupt warehouse operations for more than two hours per room.
H:6. Acceptance
P:6.1 After commissioning the System shall run for 30 consecutive days as a trial run. Final Acceptance requires that: every sensor reads within ±0.5 °C of the reference thermometer at the calibration points; the Software receives the readings of every sensor at the set interval, with no gap longer than ten minutes during the trial run; alarms reach the duty mobile phones within two minutes; the warehouse management system receives every alarm and temperature history without loss; and the audit trail records every change of set points and user rights.
P:6.2 If the criteria are not met, the Supplier shall correct the defects and the trial run shall restart. Installation, commissioning, the trial run and use of the System by the Buyer do not constitute acceptance. Final Acceptance takes place only when the Buyer signs the acceptance certificate.
P:6.3 The Buyer shall sign the acceptance certificate within five working days after the criteria are met, or state in writing which criteria are not met.
H:7. Warranty and Support
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, supply Software updates and provide technical support.
P:7.2 After the warranty period the Buyer may order annual support at 8% of the Equipment and Software Subtotal, that is CNY 111,776 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by a separate purchase order each year and does not renew automatically.
P:7.3 The Supplier shall keep spare sensors and gateways at its service partner in Hangzhou so that a defective unit can be replaced on site within two working days.
P:7.4 Replacement Equipment shall be new and of the same or a better model. The warranty for a replaced unit runs for the rest of the warranty period or six months, whichever is longer.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all of the Buyer's sites in mainland China. The Supplier retains its intellectual property in the standard Software.
P:8.2 The interface with the warehouse management system, the report templates, the alarm rules and all other work product made specifically for the Buyer belong to the Buyer, with their source code. The Buyer may use, modify and license them freely.
H:9. Service Levels
P:9.1 During the warranty period and any support year, the monitoring server shall be available at least 99.95% of each calendar month.
P:9.2 Critical faults (loss of monitoring or alarms at a whole warehouse) shall receive a response within 30 minutes and be resolved within six hours. Major faults (a gateway or group of sensors out of service) shall receive a response within two hours and be resolved within one working day. Minor faults shall be resolved within five working days.
P:9.3 For each hour by which the Supplier exceeds the response or resolution time for a critical fault, the Buyer may deduct CNY 1,000 from any amount due or claim it under the performance guarantee. For each 0.01 percentage point of availability below the level in clause 9.1, the Buyer may deduct CNY 800.
H:10. Delay
P:10.1 If the Supplier delays delivery or completion of installation for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. Payment of damages does not release the Supplier from its obligations.
H:11. Data Ownership and Data Security
P:11.1 All temperature records, alarm logs, audit trails and other data generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep, analyse or disclose them for any other purpose.
P:11.2 The Software shall be installed on the Buyer's servers in Hangzhou. Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's bastion host and is logged. The Supplier shall not copy data out of the Buyer's systems.
P:11.3 The Supplier shall report any security incident affecting the System or the Buyer's data within two hours, shall help to contain it and shall compensate the Buyer for all losses caused by the Supplier's breach of this clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's warehouses, customers, stored goods, network and security arrangements and shall not disclose it without the Buyer's prior written consent. This obligation survives for five years after the end of this Contract.
P:12.2 The Supplier shall ensure that its staff and its service partner's staff who work at the Buyer's warehouses sign individual confidentiality undertakings.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent. The Buyer has approved the Supplier's service partner in Hangzhou named in Annex 2; any other subcontractor requires consent. The Supplier remains responsible for its subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or unaccepted parts of the System.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:16. Miscellaneous
P:16.1 Annex 1 (technical specification), Annex 2 (approved service partner) and Annex 3 (acceptance test plan) form part of this Contract. The Contract is made in English and Chinese; if they differ, the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement reference: LHM-RF-2027-07

This Managed Infrastructure Services Agreement (the "Agreement") is made between:

**Changzhou Ruifeng Precision Bearing Co., Ltd.**, No. 19 Longjin Road, Wujin District, Changzhou, Jiangsu Province, People's Republic of China (the "Customer"); and

**Litchfield Hills Managed Services LLC**, 65 Water Street, Torrington, Connecticut 06790, United States of America (the "Provider").

The Customer runs two bearing plants in Changzhou whose production depends on a manufacturing execution system, a quality laboratory system and about 140 servers and virtual machines. The Customer wishes to outsource the operation of this infrastructure to the Provider for a fixed term. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Customer Data" means all data held on, processed by or generated in the Customer's systems, including production orders, machine data, quality records, personnel records and system logs.

1.3 "Service Commencement" means the date on which the Customer confirms in writing that the transition under Section 3 is complete.

1.4 "Monthly Service Charge" means the fixed monthly charge in Schedule 3.

1.5 "Runbooks" means the operating procedures, scripts, monitoring rules and system documentation prepared by the Provider for the Customer's environment.

## Section 2. Term

2.1 The Services are provided for 36 months from Service Commencement (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties, and the Monthly Service Charge for any extension period shall be agreed in that amendment.

## Section 3. Transition

3.1 Within 60 days after signature, the Provider shall take over the operation of the Customer's infrastructure: it shall document every system in scope, install its monitoring agents, set up the service desk in Chinese and English, write the Runbooks and perform two supervised test restores of the manufacturing execution system.

3.2 The transition is complete when all of the following are met: every system listed in Schedule 1 is monitored and appears on the Provider's dashboard; the Runbooks for all critical systems have been approved by the Customer's IT manager; both test restores succeeded within the target times in Schedule 2; and the service desk has handled the Customer's tickets for ten working days in a shadow run without a missed Priority 1 target.

3.3 The Customer shall confirm Service Commencement in writing within five working days after the criteria are met. Running the Services in the shadow run does not amount to confirmation.

3.5 The Customer shall make the documentation and staff of its current service provider available for handover meetings during the transition.

3.4 If Service Commencement is delayed beyond the 60-day period for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay.

## Section 4. Services and Service Levels

4.1 The Provider shall perform the Services described in Schedule 1 with the skill and care of an experienced provider of managed infrastructure services.

4.2 The Provider shall meet the service levels in Schedule 2. If it fails, the Customer receives the service credits set out in Schedule 2, which are deducted from the next invoice.

4.3 The Provider shall report monthly on tickets, incidents, changes, backups, patch status and service-level results, and shall attend a monthly service review in Changzhou or by video conference.

4.4 The Customer shall give the Provider's engineers the remote and physical access they reasonably need, shall inform the Provider of planned production changes at least five working days in advance, and shall keep valid licences for the operating systems and databases in scope.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. They are fixed for the Term and include all travel and expenses.

5.2 The transition charge is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears.

5.3 The Customer shall pay each correct invoice within 30 days after receipt. No amount is payable in advance.

5.4 The Provider shall issue special value-added tax invoices in China through its appointed invoicing agent. An invoice that does not comply with Chinese tax rules is not a correct invoice.

## Section 6. Customer Data

6.1 The Customer Data belongs to the Customer. The Provider shall use the Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term the Provider shall hand over all Runbooks, passwords and configuration records to the Customer or a successor provider.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information disclosed by the other party under this Agreement, including the Customer's product designs, production volumes, customer lists and network architecture, and shall not disclose it to any third party without prior written consent.

7.2 This obligation survives the end of the Agreement for five years.

## Section 8. Intellectual Property

8.1 The Provider keeps its intellectual property in its own monitoring tools and service-management platform.

8.2 The Runbooks and all scripts, monitoring rules and documents written for the Customer's environment belong to the Customer, which may use, modify and pass them to any successor provider without restriction.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service manager and a team of engineers with experience of industrial environments. Staff on site shall follow the Customer's plant safety rules.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any subcontractor so approved.

9.3 The Provider shall replace, within 15 working days, any engineer to whom the Customer reasonably objects.

## Section 10. Liability

10.1 The Provider's total liability arising out of or in connection with this Agreement shall not exceed the Monthly Service Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, except in the case of wilful misconduct.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the Priority 1 response target in three consecutive months.

11.2 On termination or expiry the Provider shall give up to 90 days of exit assistance at the rates in Schedule 3, so that the Services pass to the Customer or a successor provider without interruption. Exit assistance includes handover of monitoring configurations, open tickets and the asset register, and a joint review with the successor provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that the parties cannot settle within 30 days shall be submitted to the Changzhou Arbitration Commission for arbitration in Changzhou. The award is final and binding.

## Section 13. General

13.1 Neither party is liable for failure caused by force majeure if it notifies the other party promptly. Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

## Schedule 1 — Services and Scope

| Service element | Scope | Hours |
|---|---|---|
| Monitoring | 140 servers and virtual machines, storage arrays, core switches and firewalls at both plants | 24 × 7 |
| Incident management | Diagnosis and restoration of failures in systems in scope | 24 × 7 |
| Service desk | Tickets from plant users in Chinese and English, by phone, e-mail and portal | 24 × 7 |
| Patch management | Monthly operating-system and database patches after testing, in agreed maintenance windows | Scheduled |
| Backup management | Daily backups, monthly restore tests, quarterly restore test of the manufacturing execution system | Daily |
| Capacity reporting | Monthly capacity and performance report with recommendations | Monthly |
| Change management | Preparation, testing and execution of approved changes; emergency changes only with the approval of the Customer's on-call manager | 24 × 7 |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit for each failure |
|---|---|---|
| Priority 1 response (production stopped, or a critical system down) | 15 minutes | 3% of the Monthly Service Charge |
| Priority 1 restoration | 3 hours | 5% of the Monthly Service Charge |
| Priority 2 response (production degraded) | 1 hour | 1% of the Monthly Service Charge |
| Availability of the monitoring and service-desk platform | 99.95% per month | 2% of the Monthly Service Charge per 0.1 point below target |
| Restore of the manufacturing execution system in a test | 2 hours | 2% of the Monthly Service Charge |

Service credits in any month shall not exceed 25% of that month's Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, invoiced after Service Commencement | 132,000 |
| Monthly Service Charge | 36 months × CNY 58,000 | 2,088,000 |
| Total Contract Value | | 2,220,000 |
| Exit assistance | per engineer day, only if requested | 3,600 |
"""

E05 = """WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. CWA-2027-CN-031

BETWEEN

Capitol Weather Analytics, Inc., a Vermont corporation with its office at 33 State Street, Montpelier, Vermont 05602, United States of America ("Provider"); and

Hefei Fengyuan Seed Industry Co., Ltd., No. 168 Changjiang West Road, Shushan District, Hefei, Anhui Province, People's Republic of China ("Customer").

BACKGROUND

The Customer breeds and sells maize, rice and wheat seed and runs field trials at more than 400 sites in China. It needs daily weather observations, forecasts and historical climate series for each trial site, delivered through an application programming interface, to plan sowing and to analyse trial results. The Provider operates a weather data platform and offers access to it by subscription. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's application programming interface through which the Data is delivered, with its documentation.

1.2 "Data" means the weather observations, gridded forecasts, seasonal outlooks and historical climate series made available through the API.

1.3 "Customer Data" means the trial-site coordinates, crop calendars, field observations and any other information that the Customer uploads to or sends through the API, and the results of queries made with them.

1.4 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Production Access Date and the second on its first anniversary.

1.5 "Production Access Date" means the date on which the Customer confirms acceptance of the connector under clause 4.

1.6 "Business Day" means a working day in mainland China.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to call the API and to use the Data for its internal breeding, production and agronomy purposes, including in reports to its distributors and farmers.

2.2 The subscription includes up to 2,000,000 API calls per month, hourly observations and seven-day forecasts on a 3-kilometre grid for mainland China, seasonal outlooks, and historical daily series from 1991 onwards.

2.3 The Customer shall not resell the raw Data as a stand-alone data product.

2.4 The Provider shall notify the Customer at least 90 days before withdrawing any data product included in the subscription and shall offer an equivalent replacement at no extra fee.

2.5 The Provider shall use quality-controlled observation sources and shall correct errors in historical series reported by the Customer within ten Business Days. Forecasts are estimates, and the Provider does not guarantee that any forecast will prove accurate.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years and starts on the Production Access Date.

3.2 The Agreement ends at the end of the second Subscription Year unless the parties sign a written renewal. Any renewal fee shall be agreed in that renewal.

3.3 If the parties wish to renew, they shall start discussions at least 60 days before the end of the second Subscription Year.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 40 days after signature the Provider shall build and deliver a connector that loads the Data for every trial site into the Customer's field-trial database each night, map the Customer's 400 trial sites to the grid, and train the Customer's data team.

4.2 The Customer shall test the connector for ten consecutive days. It is accepted when: the Data for every trial site loads each night without error; values for ten sample sites match the values returned by the API; and a full historical series for all sites loads within six hours.

4.3 The Customer confirms acceptance in writing. Test calls before that confirmation do not mean acceptance.

4.4 If the connector is not ready for testing within 40 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

4.5 The Provider shall give the Customer's data team up to 20 hours of remote technical consultation in each Subscription Year on the use of the API and the Data, at no extra fee.

5. FEES AND PAYMENT

5.1 The fees are:
(a) Subscription fee: CNY 348,000 for each Subscription Year, CNY 696,000 for the Subscription Term;
(b) Onboarding and connector fee: CNY 24,000, one-time;
(c) Total fees for the Subscription Term: CNY 720,000.

5.2 Calls beyond the monthly allowance are charged at CNY 90 per 10,000 calls, invoiced quarterly in arrears. They are not part of the total fees.

5.3 The onboarding and connector fee is invoiced after acceptance under clause 4. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The Customer shall pay within 30 days after receipt of a correct invoice.

5.4 Invoices shall be special value-added tax invoices issued in China by the Provider's appointed agent.

6. SERVICE LEVELS

6.1 The Provider shall make the API available at least 99.5% of the time in each calendar month, excluding maintenance announced at least 48 hours in advance.

6.2 The Provider shall respond to incidents as follows: Priority 1 (the API is unavailable or returns no current Data) within one hour, at any time; Priority 2 (Data delayed by more than three hours or a product missing) within three hours; other requests within two business days.

6.3 If monthly availability falls below the level in clause 6.1, the Customer receives a credit of 10% of the monthly share of the subscription fee for each full percentage point of shortfall or part of it. If a Priority 1 response is late, the Customer receives a credit of CNY 800 per late hour. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

6.4 The Provider shall publish the current status of the API on a status page and shall send the Customer a monthly report of availability, incidents and call volumes.

7. INTELLECTUAL PROPERTY

7.1 The Provider retains all rights in the API, the Data and its forecasting models.

7.2 The connector, the site mappings and all scripts and documentation made for the Customer under clause 4 belong to the Customer, which may use, modify and license them freely, also after the Subscription Term.

7.3 Analyses, breeding results and reports produced by the Customer with the Data belong to the Customer.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to deliver the API and the Data to the Customer and shall not use it for any other purpose, whether in identifiable, aggregated or anonymised form.

8.2 The Provider shall serve Customer queries from its data centre in Shanghai and shall store Customer Data only in mainland China. It shall protect Customer Data with encryption in transit and at rest, key-based authentication for each API client, access logs kept for 180 days and annual penetration tests.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, shall take the steps needed to contain it, and shall be liable for the Customer's losses caused by the Provider's breach of this clause.

8.4 At the end of the Subscription Term the Provider shall delete all Customer Data within 30 days and confirm the deletion in writing.

8.5 The Customer shall keep its API keys secure and shall inform the Provider promptly if a key may have been compromised.

9. SUBCONTRACTING

9.1 The Provider may not subcontract the operation of the API or the processing of Customer Data without the Customer's prior written consent.

9.2 The Provider remains responsible for the acts of any subcontractor approved under clause 9.1.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to two times the total fees for the Subscription Term stated in clause 5.1(c).

10.2 The limit does not apply to personal injury, wilful misconduct or breach of clause 8.

10.3 Neither party is liable for indirect loss or loss of profit, except in the case of wilful misconduct.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

11.2 If the Customer terminates under clause 11.1, the Provider shall refund the subscription fee for the unused part of the current Subscription Year.

11.3 On expiry or termination the Customer may keep and continue to use the Data already delivered to it for its internal purposes, including historical analyses of its field trials.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final and binding.

13. GENERAL

13.1 Neither party is liable for delay caused by force majeure. Notices shall be given in writing to the addresses above. This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties.

13.2 The Agreement is written in English and Chinese; both versions have equal effect.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Files, labels and design

TARGETS = {  # key -> (file name, format)
    "z01": ("h915z01_city_food_locker_supervision_platform.pdf", "pdf"),
    "z02": ("h915z02_swim_cap_factory_line_control_retrofit.docx", "docx"),
    "z03": ("h915z03_survival_training_chain_booking_saas.txt", "txt"),
    "z04": ("h915z04_tunnel_lighting_control_om_service.txt", "txt"),
    "z05": ("h915z05_woodblock_studio_process_tracking_supplier_template.md", "md"),
    "e01": ("h915e01_cmms_perpetual_licence_colorado_vendor.pdf", "pdf"),
    "e02": ("h915e02_field_service_saas_order_form_breton_vendor.md", "md"),
    "e03": ("h915e03_cold_store_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h915e04_bearing_plants_managed_infrastructure_36_months.md", "md"),
    "e05": ("h915e05_weather_data_api_two_subscription_years.txt", "txt"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: lang, category, terms (in TERM_KEYS order), extra, facts not in the label (forum outside mainland China, TCO fee
# base), design rules
DESIGN = {
    "z01": ("zh", "software",
            [99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 36, 8, False, True, True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2100000),
            dict(forum_outside=False, fee_base=1260000),
            ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z02": ("zh", "hardware",
            [None, 1, False, "buyer", True, True, True, 0.1, 60, 10, True, True, 24, 9, False, False, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1320000),
            dict(forum_outside=False, fee_base=1023200),
            ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "z03": ("zh", "cloud",
            [99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=844000),
            dict(forum_outside=False, fee_base=None),
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services",
            [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
            dict(forum_outside=False, fee_base=None),
            []),
    "z05": ("zh", "software",
            [None, None, False, "supplier", True, False, True, 0.02, None, 60, False, False, 6, 28, False, True, None,
             "PRC", G],
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=240000),
            dict(forum_outside=False, fee_base=168000),
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software",
            [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 11, False, True, False,
             "Colorado", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1860000),
            dict(forum_outside=True, fee_base=1380000),
            ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud",
            [99.95, 0.5, True, "buyer", True, False, True, None, 150, None, True, None, None, None, False, True, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=656000),
            dict(forum_outside=False, fee_base=None),
            ["CR-DATA-OWNERSHIP", "CR-LD-MISSING"]),
    "e03": ("en", "hardware",
            [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 24, 8, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1650000),
            dict(forum_outside=False, fee_base=1397200),
            []),
    "e04": ("en", "services",
            [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2220000 * 100, 9 / 36 * 100, None, True, None,
             None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2220000),
            dict(forum_outside=False, fee_base=None),
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ("en", "cloud",
            [99.5, 1, True, "buyer", True, True, False, 1500 / 720000 * 100, 200, None, True, None, None, None, False,
             True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=720000),
            dict(forum_outside=False, fee_base=None),
            ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
}
EXPECTED_RISK = {"z01": "medium", "z02": "medium", "z03": "medium", "z04": "low", "z05": "high",
                 "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (§3 defaults)
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pw_fee=15, tco_share=40, horizon=5)


def tco(t, x, f):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. Returns (tco, post-warranty fees, share %) or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * f["fee_base"] * years
    total = x["contract_value"] + post
    return total, post, post / total * 100


def derive(t, x, f):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
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
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pw_fee"]):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, f)
        if c and c[2] > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or f["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    lang, cat, terms, extra, facts, rules = DESIGN[key]
    t = dict(zip(TERM_KEYS, terms))
    assert len(terms) == len(TERM_KEYS)
    x = {"sla_clause": extra["sla_clause"], "ld_stated": extra["ld_stated"]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in extra
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = extra["acceptance_deemed_on_delivery"]
    x["contract_value"] = extra["contract_value"]
    derived = derive(t, x, facts)
    assert derived == sorted(rules), (key, derived, rules)
    assert risk(derived) == EXPECTED_RISK[key], (key, risk(derived))
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": sorted(rules)}, facts


# ----------------------------------------------------------------------------------------------------------------------
# Read-back and checks

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


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZH_NUM = "零一二三四五六七八九十百"
THRESHOLD_PATTERNS = [
    r"99\.90*(?![\d])",                                          # 99.9 % availability
    r"百分之九十九点九(?![" + ZH_NUM + "])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h)(?![a-z])",            # 4 hours
    r"(?<![\d.])4\s*个?\s*小时",
    r"(?<![" + ZH_NUM + r"\d])四\s*个?\s*小时",
    r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.])0\.050*(?![\d])",                                # 0.05 % per day
    r"万分之五(?![" + ZH_NUM + "])",
    r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?" + PCT,                            # 100 % cap
    r"百分之一?百(?![" + ZH_NUM + "])",
    r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])30(?:\.0+)?" + PCT,                             # 30 % prepayment
    r"百分之三十(?![" + ZH_NUM + "])",
    r"\bthirty\s*(?:\(30\)\s*)?(?:per\s*cent|percent)",
    r"(?<![\d.,])15(?:\.0+)?" + PCT,                             # 15 % post-warranty fee
    r"百分之十五(?![" + ZH_NUM + "])",
    r"\bfifteen\s*(?:\(15\)\s*)?(?:per\s*cent|percent)",
    r"(?<![\d.,])40(?:\.0+)?" + PCT,                             # 40 % TCO share
    r"百分之四十(?![" + ZH_NUM + "])",
    r"\bforty\s*(?:\(40\)\s*)?(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*-?\s*(?:calendar\s*)?months?",              # 12-month warranty
    r"\btwelve\s*(?:\(12\)\s*)?-?\s*(?:calendar\s*)?months?",
    r"(?<![\d.])12\s*个\s*月",
    r"(?<![" + ZH_NUM + "])十二\s*个\s*月",
    r"(?<![\d.])1\s*-?\s*years?(?![a-z])",
    r"\bone\s*(?:\(1\)\s*)?-?\s*years?(?![a-z])",
    r"(?<![" + ZH_NUM + "第])一年",
    r"壹年",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4-hour", "4小时", "四小时", "four hours", "0.05%", "0.050%", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty percent", "15%", "百分之十五",
            "40%", "百分之四十", "12 months", "12-month", "twelve months", "12个月", "十二个月", "1 year", "one year",
            "质保期一年", "4h response", "P1:4h"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.5%", "0.08%", "万分之三",
             "万分之五十", "130%", "35%", "百分之三十五", "115%", "140%", "24 months", "二十四个月", "112个月", "4G",
             "Subscription Year", "第一年度", "150%", "200%", "25%", "3 hours", "2 years", "12小时", "10,000 calls"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def check_values(key, lab, facts):
    t, x = lab["expected_terms"], lab["expected_extra"]
    assert t["availability_pct"] != TH["availability"]
    assert t["p1_response_hours"] != TH["p1"]
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - TH["cap"]) > 1e-9
    assert t["prepayment_pct"] != TH["prepay"]
    assert t["warranty_months"] != TH["warranty"]
    assert t["post_warranty_fee_pct"] != TH["pw_fee"]
    c = tco(t, x, facts)
    if c:
        assert abs(c[2] - TH["tco_share"]) > 2, (key, c)
    return c


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, office, OUT, wrap_words=True)
    for k, (name, fmt) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, fmt) in TARGETS.items():
        lab, facts = label(k)
        c = check_values(k, lab, facts)
        covered |= set(lab["expected_rules"])
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lab["language"])
        lo, hi = RANGES[lab["language"]]
        hits = scan(text)
        print("%-66s %5d %-6s %s%s" % (name, n, EXPECTED_RISK[k], ",".join(r[3:] for r in lab["expected_rules"]) or "-",
                                       "  TCO share %.2f%%" % c[2] if c else ""))
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        if hits:
            problems.append("%s threshold figures %s" % (name, sorted(set(hits))))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules not covered: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM:", p)
    assert not problems


if __name__ == "__main__":
    main()
