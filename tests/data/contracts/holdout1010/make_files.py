"""holdout1010: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
(lengths as read back, no threshold value or figure, sums, rules derived from the labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
S = {}

S["z01"] = """T:居家养老上门服务平台软件许可及定制开发合同
P:合同编号：MZJ-ZFCG-2026-118
P:采购项目：居家养老上门服务监管平台建设项目（政府采购，公开招标）
P:甲方（采购人）：青川市民政局
P:乙方（供应商）：青川颐康信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，采用甲方提供的合同文本，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供居家养老上门服务平台软件（含服务工单、服务商管理、老人档案、补贴结算、监管大屏等模块）的永久使用许可，并按甲方需求完成定制开发、部署实施、数据迁移及培训。
P:1.2 定制开发内容包括：上门服务派单及轨迹核验、服务过程照片与时长留痕、政府购买服务补贴结算、与市社会救助系统及养老机构备案系统的接口、民政局监管大屏。具体需求以合同附件一《需求规格说明书》为准。
P:1.3 系统应部署于甲方指定的政务云环境，适配国产操作系统、数据库和中间件，并支持手机端及老人家属端小程序。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），其中：平台软件许可费¥860,000；定制开发费¥640,000；部署实施及数据迁移费¥148,000；培训费¥32,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、实施、税费及乙方完成本合同所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计¥336,000。
P:3.2 系统完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，计¥756,000。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，计¥588,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署及初步验收，于初步验收后60日内完成试运行并申请最终验收。
P:4.2 乙方应按月向甲方提交项目进度报告，遇有可能影响工期的情况应及时书面告知甲方。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有类似项目经验，未经甲方同意不得更换项目经理及核心开发人员。
P:4.4 乙方应对甲方、各区民政部门、街道工作人员及服务商操作人员分批开展培训，培训不少于6场，并提供操作手册和视频教程。
P:4.5 甲方负责提供政务云资源、网络接入条件及必要的办公场地，并协调社会救助等相关部门提供接口规范和测试数据。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与社会救助系统、养老机构备案系统接口联调通过，抽样数据一致；历史服务记录及老人档案迁移后逐条比对一致；500个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收标准：系统连续试运行满60日，期间未发生一级故障；第三方测评机构出具的安全测评报告无高风险问题；乙方提交全部技术文档、接口说明及定制部分源代码。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。系统上线、试运行或甲方使用系统，均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后三年内保持不变。运维合同另行签订，不自动续期。
P:6.3 质保期内，因软件缺陷造成的数据错误，乙方应在发现后3个工作日内完成修正并提交修正说明。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前3个工作日经甲方同意）。
P:7.2 一级故障（平台整体不可用或派单、结算功能中断）：乙方在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：2小时内响应，次日内解决。
P:7.3 乙方每迟延响应或迟延恢复1小时，向甲方支付违约金¥800；月度可用率每低于承诺值0.01个百分点，向甲方支付¥1,500，甲方可从应付款中直接扣除。
P:7.4 乙方应每月向甲方提交运行报告，载明可用率、故障处理及工单统计情况。
H:第八条 知识产权
P:8.1 本合同项下定制开发的程序、接口、数据库设计、文档及源代码的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台所存储的老人信息、服务记录、补贴数据等全部数据归甲方所有，乙方仅为履行本合同处理上述数据，不得用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息进行加密存储，运维操作经堡垒机并留存日志，不得将数据复制至甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、老人个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其遵守保密义务的情况承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:11.3 乙方违反第九条或第十条约定的，除承担赔偿责任外，甲方有权解除合同。
P:11.4 甲方无正当理由逾期付款的，应按相关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许转包。未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。
P:12.2 经甲方书面同意分包的，乙方仍就分包部分对甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在10日内移交已完成的成果、文档和全部数据，并配合甲方做好系统迁移。
H:第十四条 不可抗力
P:14.1 因地震、洪水等不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行；致使合同目的不能实现的，任何一方可解除合同。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及附件均为本合同组成部分。本合同一式六份，自双方签字盖章之日起生效。
P:甲方（盖章）：青川市民政局            乙方（盖章）：青川颐康信息技术有限公司
P:日期：2026年   月   日                 日期：2026年   月   日
"""

S["z02"] = """T:生产线控制系统改造合同
P:合同编号：YC-SB-2026-0342
P:甲方（买方）：绍兴越程电动窗帘制造有限公司
P:乙方（卖方）：杭州衡智自动化工程有限公司
P:甲方为提升电动窗帘轨道及电机装配生产线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责对甲方一号至六号生产线（轨道切割、电机装配、整机测试、包装）的控制系统实施改造，包括设备供货、控制软件许可、PLC程序编制、安装调试、与甲方MES系统对接及操作培训。
P:1.2 改造应在不影响甲方正常生产的前提下分线实施，每条产线停线改造时间不超过5日，具体排期由双方书面确认。
P:1.3 改造后的控制系统应满足：产线节拍由现状每件42秒提升至每件不超过35秒；支持配方参数集中下发；设备状态、报警及产量实时显示；关键工位扫码追溯到批次。
P:1.4 乙方应保证改造后的系统与甲方现有MES、ERP系统兼容，不得降低现有系统功能。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾捌万元整（¥1,780,000），含税、运输、保险、安装及调试费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含I/O模块）|6套|118,000|708,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|HMI触摸屏|12台|9,800|117,600
TB:4|数据采集网关|6台|14,400|86,400
TB:5|产线控制软件许可（永久）|1套|268,000|268,000
TB:|软硬件小计|||1,492,000
TB:6|安装调试|1项|146,000|146,000
TB:7|PLC程序编制及MES联调|1项|118,000|118,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合同总价|||1,780,000
P:2.2 上述价格为固定价格，合同履行期间不因材料价格或汇率变化调整。甲方如需增加同型号设备，按本合同单价执行。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计¥356,000。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%，计¥801,000。到货签收及安装调试完成不视为验收。
P:3.3 六条产线全部通过最终验收后15个工作日内，甲方支付合同总价的35%，计¥623,000。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在到货后50日内完成六条产线的安装调试。
P:4.2 设备应为全新原厂产品，附合格证、说明书及装箱单。到货时双方共同开箱清点，清点结果仅作数量确认。
P:4.3 乙方现场人员应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。
P:4.4 甲方负责提供施工用电、压缩空气及临时存放场地，并按排期安排产线停线。
P:4.5 乙方应对甲方电工、工艺员及班组长开展操作和维护培训，每条产线不少于2次，并提供中文操作手册、电气图纸及程序备份。
P:4.6 乙方应在每条产线改造前提交改造方案及停线期间的应急预案，经甲方确认后实施；改造期间造成甲方设备损坏的，乙方负责修复或赔偿。
H:第五条 验收
P:5.1 每条产线改造完成后，乙方提交验收申请，甲方在7个工作日内组织验收。验收标准为：产线节拍达到技术协议约定值；连续72小时带料运行无停机故障；整机测试工位不良品自动剔除准确率达到技术协议要求；生产数据每5秒上传MES，与人工抽查记录一致。
P:5.2 六条产线均验收合格后，双方签署最终验收报告。验收不合格的，乙方应在10日内整改并重新提交验收。
P:5.3 验收合格前，甲方为维持生产而使用改造后产线的，不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为最终验收合格之日起十八个月。质保期内，非因甲方操作不当造成的设备及软件故障，乙方免费维修或更换。
P:6.2 一级故障（整条产线停机）：乙方在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（单个工位异常）：2小时内响应，48小时内处理完毕。
P:6.3 乙方每迟延到场或迟延恢复1小时，向甲方支付违约金¥500。
P:6.5 质保期内，乙方应在甲方厂区存放常用备件（伺服驱动器、I/O模块、触摸屏各不少于2件），并每季度上门巡检一次、提交巡检报告。
P:6.6 乙方在故障处理后应提交故障分析报告，同类故障在三个月内重复发生的，乙方应更换相关部件。
P:6.4 质保期满后，乙方提供年度维保服务（定期巡检、备件更换、程序优化及远程支持），维保费按乙方当年度公布的服务价格标准另行计收，双方届时签订维保合同。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC程序、HMI画面、MES接口程序及其源程序、注释和技术文档，知识产权归甲方所有，甲方可自行修改或委托他人修改。
P:7.2 产线控制软件的著作权仍归原权利人，甲方获得永久使用许可。
P:7.3 乙方应在最终验收时向甲方移交全部程序的最新源文件，质保期内每次修改后同步更新。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数及产量数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方指定的VPN账号接入，操作全程留痕；不得拷贝工艺参数或将数据带出甲方厂区。
P:8.3 发生数据泄露或控制系统被入侵等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失，由乙方承担赔偿责任。
P:8.4 乙方接入甲方生产网的调试电脑应事先查杀病毒，不得在生产网内使用未经登记的移动存储介质。
H:第九条 保密
P:9.1 双方对在合作中获得的对方技术资料、工艺信息及商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。乙方应要求其参与本项目的人员遵守本条约定。
H:第十条 分包
P:10.1 乙方可将电气布线、桥架安装等辅助工作分包给具备相应资质的单位，但应在进场前3日书面通知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 因乙方原因导致甲方产线停产的，乙方还应赔偿甲方的直接损失。
P:11.4 乙方交付的设备与合同约定不符的，应在7日内无偿更换；更换后仍不符合的，甲方有权退货。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，受影响方应及时通知对方，双方协商延期或解除合同，互不承担违约责任。
P:12.3 合同解除后，乙方应交付已完成部分的程序和资料，甲方按已验收部分结算。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交绍兴仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件（技术协议、设备清单、产线排期表）与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：            乙方（盖章）：
P:签订日期：2026年   月   日
"""

S["z03"] = """门店预约及会员管理SaaS服务合同

合同编号：MX-SaaS-2026-027
甲方（客户）：成都明心堂文化传播有限公司
乙方（服务商）：成都云栖约软件服务有限公司

甲方经营“明心堂”国学培训连锁品牌，在成都、德阳、绵阳共有35家直营门店。甲方订购乙方的课程预约及会员管理SaaS服务，并委托乙方完成上线实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店及总部提供课程预约、排课、会员储值与课时卡、家长小程序、电子签到、营销活动及经营报表等SaaS功能。
2. 总部管理端包括门店权限管理、跨店会员通兑、财务对账及经营驾驶舱。
（二）实施服务
1. 将甲方现有会员档案、课时余额及储值余额（约4.6万条）迁移至乙方平台。
2. 按甲方品牌样式配置家长小程序，开发“国学等级测评”报名页面及甲方定制的六张经营报表。
3. 对门店店长、前台及教务人员进行培训，每家门店不少于1次，并提供操作视频及常见问题手册。
4. 对接甲方现有的微信支付商户号及财务软件，实现储值、退费及课时消耗数据每日自动对账。
（三）支持服务
1. 乙方提供每日8:00至22:00的客服热线及在线工单，周末及法定节假日不间断。
2. 乙方每季度向甲方提交服务报告，列明可用率、故障处理、工单统计及功能更新情况。
3. 平台功能升级免费提供，升级不得减少甲方已使用的功能，重大界面变更应提前10日通知甲方。
（四）甲方配合
甲方应指定项目联系人，按乙方要求提供原系统数据导出文件及门店基础资料，保证所提供数据来源合法，并妥善保管平台管理员账号。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算，每个服务年度自起始日起至次年对应日的前一日止。
（三）服务期内甲方新开门店的，可按每家门店每年¥7,200的标准按月折算增加开通，新增费用随当季订阅费一并支付；门店关闭的，自下一季度起相应减少订阅费。
（二）乙方应在合同签订后40日内完成实施并申请上线验收。上线验收前，乙方应提供不少于10日的测试环境供甲方试用。

三、费用及支付
（一）费用构成：
1. 门店订阅费：每家门店每个服务年度¥7,200，35家门店合计每年¥252,000；
2. 总部管理端订阅费：每个服务年度¥48,000；
3. 实施费（一次性）：¥86,000。
两个服务年度订阅费合计¥600,000，连同实施费，合同总金额为¥686,000。
（二）订阅费按季度支付，每季度¥75,000，甲方在每季度首月10日前支付当季费用。第一季度费用在上线验收合格后支付。
（三）实施费在上线验收合格后15个工作日内一次性支付。
（四）乙方应在收款前开具增值税专用发票。
（五）除本合同约定的费用外，乙方不得以存储空间、功能模块等名义另行收费。短信通知每月以门店数乘以2000条为限，超出部分按每条0.04元另行结算。

四、上线验收
（一）验收标准：35家门店全部开通并可正常预约签到；迁移的会员档案、课时余额及储值余额与甲方原系统逐条核对一致；家长小程序通过微信审核上线；定制报表数据与抽查门店手工台账一致；200个并发预约请求下响应时间不超过2秒。
（二）甲方在收到验收申请后5个工作日内组织验收，验收合格后双方签署上线验收单。试用或部分门店先行使用，不视为验收合格。
（三）验收不合格的，乙方应在7日内整改并重新申请验收；整改期间不计入服务年度。

五、服务水平
（一）乙方承诺平台月度可用率不低于99.5%，计划维护应安排在每日22:00以后并提前2日通知甲方。
（二）一级故障（预约、签到或收款功能整体不可用）：乙方在30分钟内响应，3小时内恢复；二级故障：2小时内响应，1个工作日内解决。
（三）月度可用率低于承诺值的，按每低0.1个百分点抵扣当月订阅费的2%计算服务抵扣，最高抵扣当月订阅费的一半；迟延响应一级故障的，每次抵扣¥300。

六、数据
（一）甲方在平台中录入、产生的会员信息、学员信息、交易记录等数据（“甲方数据”）归甲方所有。
（二）乙方有权对甲方数据进行去标识化处理后，用于乙方产品功能优化、行业经营分析报告及模型训练，该等处理后的数据及分析结果归乙方所有，本项权利在合同终止后继续有效。
（三）数据安全：乙方应将数据存储于中国境内的云服务器，落实网络安全等级保护第三级要求，对学员及家长个人信息加密存储并实行最小权限访问；发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方承担赔偿责任。
（四）乙方运维人员访问甲方数据须经审批并留存操作日志，日志保存不少于六个月，甲方可随时查阅。

七、知识产权
（一）平台软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、测评报名页面及定制报表，其知识产权归甲方所有，甲方可自行或委托第三方修改和使用。
（三）乙方保证平台软件不侵犯任何第三方的知识产权，因此引起的索赔由乙方负责处理并承担责任。

八、保密
双方对在履行本合同中获知的对方商业秘密、经营数据及其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。乙方应与接触甲方数据的员工签订保密协议。

九、违约责任
（一）乙方逾期完成实施的，每逾期一日向甲方支付违约金¥500。
（二）乙方违反本合同第六条第（三）项的，应赔偿甲方因此遭受的全部损失，包括对学员及家长的赔偿。
（三）甲方逾期支付订阅费超过30日的，乙方可暂停服务，但应提前5日书面通知甲方。
（四）因乙方原因导致平台故障，造成门店预约或收款数据错误的，乙方应负责修正，并赔偿甲方因此向学员退费或补偿的金额。

十、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、续约
服务期届满前45日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期的订阅费由乙方按届时标准价格调整，每次上调幅度不超过上一服务年度费用的8%，乙方应在续期前通知甲方调整后的价格。

十二、合同解除
（一）一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
（二）合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据，之后删除平台中的甲方数据并出具删除证明。
（三）合同终止后，乙方应配合甲方将数据迁移至甲方指定的其他系统，配合期不少于30日。

十三、不可抗力
因不可抗力导致一方不能履行合同的，该方应及时通知对方并在合理期限内提供证明，部分或全部免除责任。不可抗力持续超过60日的，双方均可解除合同。

十四、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，向甲方所在地人民法院起诉。

十五、其他
双方指定的联系人及通知地址见附件，变更应书面通知对方。本合同附件包括《功能清单》《实施计划》《服务水平说明》。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

S["z04"] = """路灯单灯控制系统年度运维服务合同

项目名称：城区路灯单灯控制系统2027年度运维服务（竞争性磋商）
合同编号：SCG-LD-YW-2027-03
甲方（采购人）：南湖市城市管理局
乙方（成交供应商）：南湖光联智能照明工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就城区路灯单灯控制系统年度运维服务事宜订立本合同。

第一条 服务范围
（一）运维对象：城区主次干道路灯单灯控制器23,600套、集中控制器412台、单灯控制管理平台一套（部署于市政务云）及配套通信链路。
（二）服务内容：平台日常运行监控与维护；单灯控制器及集中控制器的巡检、故障处理和更换；开关灯时间策略调整；节日及重大活动照明保障；运行数据统计分析；年度系统健康评估。
（三）服务期限：2027年1月1日至2027年12月31日。服务期满本合同终止，不自动续期；下一年度服务由甲方依法另行采购。
（四）服务地点为南湖市城区，甲方可根据城市建设情况调整服务路段，调整数量在5%以内的，不调整合同价款。

第二条 合同价款
（一）本合同总价为人民币伍拾肆万贰仟元整（¥542,000），由以下部分组成：
1. 平台运维服务费：¥176,000；
2. 单灯控制器巡检及故障处理费：23,600套×¥9.5=¥224,200；
3. 集中控制器维护费：412台×¥200=¥82,400；
4. 备品备件包干费：¥59,400。
（二）上述价款为固定总价，包括人工、车辆、高空作业设备、备件、税费等全部费用。备件包干范围以外的灯杆、电缆损坏修复，不属于本合同服务内容。

第三条 服务要求
（一）乙方应组建不少于12人的驻场运维队伍，配备高空作业车2台，设立7×24小时值班电话。
（二）每季度对全部集中控制器巡检一次，每半年对单灯控制器抽检不少于20%，每年完成一次全量在线状态核查。
（三）平台每日生成开关灯及故障报表，每月5日前向甲方提交上月运维报告，内容包括故障统计、处理时效、能耗数据及整改建议。
（四）节日、重大活动前3日完成专项巡查，活动期间安排专人值守。
（五）乙方应在服务开始后20日内完成与上一年度运维单位的交接，核对设备台账、备件库存及平台账号，交接中发现的问题书面报甲方。
（六）乙方应根据季节及日出日落时间每月调整开关灯策略，调整方案经甲方确认后执行；甲方临时要求调整的，乙方应在2小时内完成。
（七）遇暴雨、台风、冰冻等恶劣天气，乙方应启动应急预案，增派人员巡查，确保主干道照明。

第四条 服务水平
（一）单灯控制管理平台月度可用率不低于99.95%。
（二）一级故障（平台不可用、整条道路或整片区域灭灯）：乙方在30分钟内响应，2小时内到达现场，6小时内恢复照明；二级故障（单个集中控制器离线）：1小时内响应，当日内修复；三级故障（单灯故障）：48小时内修复。
（四）平台应对故障自动告警，告警信息同步推送甲方值班人员。
（三）市民投诉及12319热线转办工单，乙方应在当日内处理并反馈。

第五条 人员与安全
（一）乙方项目负责人须具有电气专业中级以上职称，运维人员须持有电工作业证或高处作业证，名单报甲方备案，更换人员应提前3日告知甲方。
（二）乙方应遵守道路作业安全规定，设置警示标志，做好交通疏导，因作业安全措施不到位造成事故的，由乙方承担全部责任。
（三）乙方应为作业人员购买意外伤害保险。

第六条 考核与扣款
（一）甲方按季度对乙方进行考核，考核内容包括平台可用率、故障处理时效、巡检完成率、工单办结情况及运维报告质量。
（二）一级故障每迟延响应或迟延恢复1小时，扣减服务费¥1,000；平台月度可用率每低于承诺值0.01个百分点，扣减服务费¥800；三级故障逾期修复的，每盏每日扣减¥20。
（三）季度考核得分低于80分的，扣减当季服务费的5%，乙方应在10日内提交整改方案。
（四）考核结果由甲方书面通知乙方，乙方有异议的，可在5个工作日内申请复核。

第七条 付款方式
（一）服务费按季度支付，每季度支付合同总价的四分之一，计¥135,500。
（二）甲方在每季度考核结束并扣减相应款项后15个工作日内支付当季服务费。本合同不设预付款。
（三）乙方应在每次付款前开具合法有效的发票。

第八条 考核验收
（一）年度服务期满后，甲方组织年度验收。验收标准为：全年季度考核均在80分以上；单灯控制器年度在线率达到磋商文件要求；运维台账、巡检记录及故障工单完整；年度系统健康评估报告经甲方确认。
（二）年度验收不合格的，乙方应在15日内整改，整改后仍不合格的，甲方可从最后一季度服务费中扣减相应款项。
（三）甲方应为乙方提供平台运维所需的政务云访问权限、必要的工作场地，并及时转办市民投诉工单。

第九条 数据安全
（一）单灯控制管理平台的运行数据、设备台账、能耗数据等均归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
（二）乙方应执行网络安全等级保护第二级的管理要求：运维账号实名分配、定期更换口令，远程运维须经甲方审批并通过堡垒机操作，操作日志留存不少于六个月；不得擅自在平台中安装软件或开放端口。更换下来的集中控制器存储卡应交甲方统一处理。
（三）发生平台被入侵、数据被篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的损失，由乙方承担赔偿责任。

第十条 成果归属
乙方在运维中形成的设备台账、巡检报告、故障分析报告、策略配置文件及编写的运维脚本，归甲方所有，乙方应在合同期满时一并移交。

第十一条 违约责任
（一）乙方未按本合同约定时间完成季度巡检、全量核查或甲方书面要求的整改事项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不当造成路灯设施损坏或第三方人身财产损害的，由乙方负责修复并承担赔偿责任。
（三）乙方在备件包干范围内未及时更换故障设备的，甲方可另行委托第三方更换，费用从服务费中扣除。
（四）甲方逾期支付服务费的，应按有关规定承担责任。

第十二条 分包
乙方不得将本合同服务转包。乙方拟将高空作业等辅助工作分包的，应事先取得甲方书面同意。

第十三条 合同的履行与解除
服务期内，除因不可抗力致使合同目的不能实现外，双方均不得单方解除本合同。乙方未达到考核要求或有其他违约行为的，甲方按第六条扣减服务费、按第十一条收取违约金，并有权要求乙方限期整改。
合同期满时，乙方应向甲方或其指定的下一年度运维单位移交全部台账、账号、备件库存和技术资料，并提供不少于15日的交接配合。

第十四条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，依法向南湖市人民法院提起诉讼。

第十五条 其他
本合同自双方签字盖章之日起生效，一式五份，甲方四份，乙方一份。磋商文件、响应文件及成交通知书为本合同组成部分。合同附件包括设备清单、考核评分细则及应急预案。

甲方（盖章）：南湖市城市管理局
乙方（盖章）：南湖光联智能照明工程有限公司
签订日期：2026年12月  日
"""

S["z05"] = """# 简序工序追踪系统软件许可及定制开发合同

> 杭州简序软件有限公司 标准合同文本 JX-HT-V3.0（客户填写部分以下划线标示）

合同编号：JX2026-1187

甲方（客户）：湖州翎羽堂羽扇工艺工作室

乙方（供应商）：杭州简序软件有限公司

甲方拟采用乙方“简序工序追踪系统”，对羽毛扇从选羽、洗羽、修剪、扎排、装柄到检验包装的生产工序进行追踪管理。经双方协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供简序工序追踪系统标准版软件的永久使用许可（20个并发用户）。

1.2 乙方根据甲方需求进行定制开发，包括：羽毛批次分拣登记、扇骨及扇柄物料追踪、订单工序进度看板、手工师傅计件统计及产品溯源二维码。

1.3 乙方负责软件部署、基础数据初始化及使用培训。

1.4 软件运行环境：甲方自备服务器一台（8核CPU、32G内存、1T硬盘）及Windows Server操作系统，车间工位使用平板电脑或扫码枪录入。服务器、平板电脑及扫码枪不在本合同供货范围内，乙方可协助甲方选型。

1.5 本合同未列明的功能，不属于乙方的交付范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统标准版软件许可（20用户，永久） | 186,000 |
| 2 | 定制开发（分拣登记、物料追踪、进度看板、计件统计、溯源码） | 52,000 |
| 3 | 部署实施及培训 | 12,000 |
| | 合计 | 250,000 |

合同总价为人民币贰拾伍万元整（¥250,000），含增值税。上述价格不含服务器、网络设备及第三方软件费用；乙方人员因甲方原因需额外上门的，差旅费由甲方承担。

## 第三条 付款方式

3.1 本合同签订之日起5个工作日内，甲方向乙方支付合同总价的65%，计¥162,500。乙方收到该笔款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，计¥87,500。

3.3 甲方逾期付款的，乙方有权暂停实施及服务，由此导致的工期延误由甲方负责。

3.4 乙方在收到每笔款项后10个工作日内开具增值税普通发票。

## 第四条 实施与交付

4.1 乙方在收到首笔款项后60日内完成软件部署及定制开发，具体进度以乙方项目计划为准。

4.2 甲方应按乙方要求及时提供工序流程、物料编码、师傅名单等基础资料，并提供服务器及网络环境。因甲方资料提供不及时造成的延误，工期相应顺延。

4.4 乙方为甲方管理人员及车间记录员提供集中培训两次，每次不超过半天，并提供电子版操作手册。额外培训按每人天¥1,500另行收费。

4.5 乙方在部署完成后通知甲方上线。甲方应在收到上线通知后3日内安排上线，逾期未安排的，视为系统已上线运行。

4.6 甲方应指定专人作为系统管理员，负责账号分配和数据录入管理，并对其员工的操作行为负责。

4.3 乙方未按约定时间交付的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 软件安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的新增需求或修改要求，不影响验收结论，双方另行协商费用。

5.3 上线后甲方发现的缺陷，由乙方在免费维护期内修复，不影响甲方按第三条支付款项。

## 第六条 免费维护

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方提供软件缺陷修复及远程技术支持。

6.2 甲方报告紧急故障（系统无法登录或无法录入工序数据）的，乙方在工作日8小时内响应，并尽力安排工程师处理；一般问题在3个工作日内答复。

6.3 乙方将尽合理努力处理故障，但对故障处理时间不作保证，亦不因故障处理不及时承担扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改配置或服务器环境故障造成的问题，不属于免费维护范围。

6.5 免费维护期内乙方提供的服务时间为工作日9:00至17:30，节假日及非工作时间的服务需求顺延至下一工作日处理。

## 第七条 年度维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同。年度维护费为软件许可费的26%，即每年¥48,360，按年预付。

7.2 年度维护服务包括缺陷修复、版本升级、远程技术支持及每年一次上门巡检。未购买年度维护服务的，乙方不再提供升级及技术支持。

7.3 年度维护合同到期后，甲方中断维护又重新申请恢复维护的，应补缴中断期间的年度维护费。

## 第八条 知识产权

8.1 工序追踪系统标准版软件的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、二维码溯源页面、源代码及相关文档，知识产权归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，亦不得许可他人使用。

8.4 甲方应在许可范围内使用软件，不得超过约定用户数；增加用户的，按每用户¥6,800另行购买许可。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的工序数据、订单数据、师傅计件及客户信息归甲方所有，乙方不得将其用于本合同以外的用途。

9.2 乙方远程维护时应使用甲方分配的账号，操作留有记录，不得导出或留存甲方数据；乙方应采取必要的技术措施防止数据泄露、丢失或被篡改。

9.3 因乙方原因发生数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复数据，并赔偿甲方因此遭受的直接损失。甲方应自行做好数据备份，乙方建议每日备份一次。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密、技术资料及客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过本合同总价的20%。

11.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

11.3 乙方对因甲方提供的资料错误、第三方软硬件缺陷或网络故障造成的损失不承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经对方书面通知后15日内仍未改正的，守约方有权书面通知解除本合同。甲方解除合同的，应停止使用软件并删除全部安装副本。

12.2 合同解除后，甲方应支付乙方已完成工作的相应费用；乙方已收取的软件许可费不予退还。

## 第十三条 不可抗力

因自然灾害、政府行为、网络运营商故障、病毒攻击等不可抗力或乙方无法控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 双方联系人及联系方式以本合同签署页所列为准，一方变更联系方式的，应及时通知对方。

15.2 本合同未尽事宜，以乙方官网公布的《软件许可及服务条款》为准。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：杭州简序软件有限公司

日期：__________　　日期：__________
"""

S["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. CS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhejiang Fuchun Specialty Paper Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Hangzhou, Zhejiang Province (the "Customer"), and Currahee Systems, Inc., a Georgia corporation with its principal office at 210 East Doyle Street, Toccoa, Georgia 30577, United States (the "Vendor").
P:The Customer operates three paper machines and related converting lines at its Fuyang mill and wishes to replace its spreadsheet-based maintenance records with the Vendor's computerised maintenance management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Currahee CMMS application, version 9, in object code, including the mobile work-order module, the spare-parts inventory module and the reliability analytics module, together with all updates supplied under this Agreement.
P:1.2 "Services" means the implementation, configuration, data migration, interface and training services described in Article 3 and Annex A.
P:1.3 "Custom Deliverables" means all configurations, reports, interface programs, migration scripts and documentation created by the Vendor specifically for the Customer under this Agreement, in source and object form.
P:1.4 "Customer Data" means all equipment records, maintenance histories, work orders, spare-parts data, personnel data and any other data entered into or generated by the Software by or for the Customer.
P:1.5 "Final Acceptance" means the Customer's written confirmation that the acceptance criteria in Article 5 have been met.
H:Article 2 Licence
P:2.1 Subject to payment of the Licence Fee, the Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Customer's own servers for the internal operations of the Customer and its affiliates in mainland China, for up to 150 named users and 40 concurrent mobile users.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, testing and disaster-recovery purposes.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's virtual servers, configure the asset hierarchy for approximately 6,800 pieces of equipment, set up preventive maintenance plans, and build the interfaces to the Customer's ERP system (purchase requisitions and spare-parts stock) and to the mill's distributed control system (run hours and alarm counts).
P:3.2 The Vendor shall migrate the Customer's existing maintenance records for the last three years, cleanse duplicate spare-parts codes in cooperation with the Customer's maintenance engineers, and reconcile migrated records against the source spreadsheets.
P:3.3 The Vendor shall train up to 25 key users and 8 administrators at the Fuyang mill, in Chinese, and provide Chinese-language user and administrator manuals.
P:3.4 The Vendor shall assign a named project manager, who may not be replaced without the Customer's consent, and shall deliver the project in accordance with the schedule in Annex A, with Final Acceptance targeted no later than 150 days after the Effective Date.
H:Article 4 Fees and Payment
P:4.1 The total Contract Price is CNY 1,760,000, inclusive of VAT, made up as follows: Licence Fee CNY 1,240,000; implementation and configuration CNY 386,000; data migration CNY 94,000; training CNY 40,000.
P:4.2 The Contract Price is fixed and includes all travel, accommodation and out-of-pocket expenses of the Vendor's personnel.
P:4.3 The Contract Price shall be paid as follows: (a) 20% (CNY 352,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 792,000) within 30 days after the Installation Certificate, which confirms that the Software has been installed and the interfaces are ready for testing, and which is not an acceptance; (c) 35% (CNY 616,000) within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai named in Annex B. The Vendor shall issue valid invoices for each payment.
H:Article 5 Acceptance
P:5.1 After installation, the Vendor shall carry out the acceptance tests set out in Annex C in the presence of the Customer. Final Acceptance requires that: (a) every function listed in the functional specification works as specified; (b) the migrated records reconcile with the source data, with no unexplained differences in equipment counts or open work orders; (c) the ERP and control-system interfaces run for 20 consecutive working days without data loss; (d) mobile work orders sync within 10 seconds on the mill's wireless network; and (e) the system operates for 30 days in production without a Severity 1 incident.
P:5.2 If any test fails, the Vendor shall correct the defect and repeat the test at its own cost. Production use of the Software before Final Acceptance, or the issue of the Installation Certificate, does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to the functional specification for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Incidents are classified as Severity 1 (system unavailable or work orders cannot be created), Severity 2 (a major function impaired with no workaround) and Severity 3 (other issues). The Vendor shall respond to a Severity 1 incident within one (1) hour, at any time of the day, and provide a fix or workaround within eight (8) hours; Severity 2 incidents shall receive a response within two hours and a fix within three working days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall grant a service credit of CNY 1,000, deducted from the next payment or paid to the Customer.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Licence Fee (CNY 136,400 per year), covering the same services and service levels. This fee is fixed for the first three support years; any later change is subject to agreement in writing. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely, including through third parties.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, analyse or retain it for any other purpose.
P:8.2 The Software is installed in the Customer's data centre. The Vendor's remote access is allowed only through the Customer's VPN and bastion host, with a named account per engineer, per-session approval by the Customer and logging of all activity. The Vendor shall not transfer Customer Data outside mainland China and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC.
P:8.3 The Vendor shall notify the Customer within eight (8) hours after becoming aware of any unauthorised access to, loss of or damage to Customer Data caused by the Vendor or its personnel, cooperate in containment and recovery, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical, commercial and operational information received from the other party, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If Final Acceptance is delayed beyond the date in Annex A for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on the date of the last signature (the "Effective Date").
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for undelivered or rejected items.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Georgia, United States of America, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration administered by the International Centre for Dispute Resolution in accordance with its International Arbitration Rules. The seat of arbitration shall be Atlanta, Georgia, and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex A (Project Schedule and Scope), Annex B (Payment Details) and Annex C (Acceptance Test Plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to limit the effect.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

S["e02"] = """# Order Form and General Terms — Learning Platform Subscription

**Order Form No.** GPL-OF-2026-0219
**Vendor:** Goose Pond Learning Technologies, LLC, 102 East Laurel Street, Scottsboro, Alabama 35768, United States ("Vendor")
**Customer:** Xiamen Lujiang Hotels Management Co., Ltd., Siming District, Xiamen, Fujian Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

Vendor will provide its Goose Pond Learn cloud learning platform (the "Service") for Customer's hotel staff: course catalogue, mobile learning app, assessments and certificates, onboarding journeys for new employees, compliance training records, and manager dashboards. The subscription covers 2,400 named learners across Customer's 19 hotels and its head office, and 60 administrator accounts. The Content Library add-on gives access to Vendor's hospitality course library (front office, housekeeping, food safety and guest service), with Chinese subtitles.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months, consisting of two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Onboarding Acceptance under A4.

### A3. Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Platform subscription, 2,400 learners | per Subscription Year | 384,000 | 768,000 |
| Content Library add-on | per Subscription Year | 96,000 | 192,000 |
| Onboarding services | one-time | — | 64,000 |
| **Total Fees** | | | **1,024,000** |

All Fees are in CNY and include VAT. Additional learners may be added in blocks of 100 at CNY 14,500 per block per Subscription Year, prorated by month; such additions are outside the Total Fees above.

### A4. Onboarding and Onboarding Acceptance

4.1 Vendor will complete onboarding within eight weeks after signature: tenant set-up in Vendor's mainland China hosting region, single sign-on with Customer's WeCom account system, import of learner records from Customer's HR system, migration of 140 existing courses and their completion histories, configuration of hotel and department structures, and two train-the-trainer sessions for Customer's learning team.

4.2 Onboarding Acceptance requires that: (a) all 2,400 learner accounts can sign in through single sign-on; (b) migrated completion histories match the export file provided by Customer, with any differences explained and corrected; (c) the 140 migrated courses play correctly on the web and the mobile app; and (d) the dashboards show correct data for a sample of three hotels checked by Customer. Customer will confirm Onboarding Acceptance in writing within five working days after Vendor reports completion, or list the failures, which Vendor will correct before testing again. Use of the Service for pilot training before that confirmation is not acceptance.

4.3 If onboarding is not completed by the target date, the parties will agree a revised plan in writing.

### A5. Invoicing and Payment

5.1 The onboarding fee is invoiced after Onboarding Acceptance.

5.2 Subscription Fees are invoiced quarterly in advance, in eight equal instalments of CNY 120,000, the first on the Service Start Date and the rest at the start of each following quarter.

5.3 Invoices are payable within 30 days of receipt by bank transfer to Vendor's designated account in Shanghai. Vendor will issue valid VAT invoices through its local billing agent.

### A6. Hosting and Contacts

The Service is hosted on Alibaba Cloud in its Shanghai region, operated for Vendor under Vendor's hosting agreement. Customer's contact: Director of Learning and Development. Vendor's contact: Customer Success Manager, Asia-Pacific.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Vendor will make the Service available to Customer's authorised users during the Subscription Term in accordance with the Agreement and the Service documentation.

1.2 Vendor will use commercially reasonable efforts to keep the Service available at all times, except for scheduled maintenance and events beyond Vendor's reasonable control. Vendor will try to carry out scheduled maintenance outside business hours in China and to give advance notice of it.

1.3 Vendor may improve or modify the Service from time to time, provided that it does not materially reduce the functionality described in A1 during the Subscription Term.

### 2. Support

2.1 Customer's administrators may contact Vendor's support team by email or through the help centre during Vendor's regional business hours. Vendor will acknowledge and work on support requests as soon as reasonably practicable and keep Customer informed of progress.

2.2 Support is provided in English and Chinese. Vendor will provide administrator training materials and release notes for each new version.

### 3. Customer Responsibilities

3.1 Customer is responsible for the accuracy of learner data it provides, for managing administrator access and for the use of the Service by its users in accordance with the Agreement.

3.2 Customer will not resell the Service, attempt to reverse engineer it, or upload content that infringes third-party rights or breaches applicable law.

### 4. Customer Data and Data Security

4.1 "Customer Data" means all data, content and records that Customer or its users upload to or create in the Service, including learner personal information, course completion records and assessment results. Customer Data belongs to Customer. Vendor will process Customer Data only to provide the Service to Customer under the Agreement and will not use it for any other purpose.

4.2 Vendor will store and process Customer Data only in mainland China. Vendor will maintain an information security programme that includes encryption in transit and at rest, role-based access with multi-factor authentication for Vendor staff, logging of administrative access, daily backups kept for thirty days, and a security certification of the hosting environment at MLPS level 3.

4.3 Vendor will notify Customer within 48 hours after becoming aware of any security incident affecting Customer Data, take prompt steps to contain it, and cooperate with Customer's investigation and any notification to regulators or individuals. Vendor is responsible for losses and costs caused by a security incident resulting from its breach of this Section 4.

4.4 Within 30 days after the end of the Agreement, Vendor will make Customer Data available for export in CSV and SCORM formats and then delete it from the Service and its backups, confirming deletion in writing.

### 5. Intellectual Property

5.1 Vendor owns the Service and the Content Library, and grants Customer a right to use them during the Subscription Term.

5.2 Customer owns the courses, materials and branding it uploads. Course templates, learning paths, certificate designs and dashboard configurations that Vendor creates specifically for Customer during onboarding belong to Customer, and Customer may use, modify and license them freely, also after the Agreement ends.

### 6. Confidentiality

6.1 Each party will keep the other party's non-public business, technical and personal information confidential, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the Agreement ends.

### 7. Subcontracting

7.1 Vendor may use the hosting provider named in A6 to host the Service. Vendor will not subcontract any other part of the Service or the onboarding services without Customer's prior written consent, and remains responsible for every approved subcontractor.

### 8. Term, Renewal and Termination

8.1 The Agreement starts on signature and continues until the end of the Subscription Term.

8.2 At the end of the Subscription Term the subscription renews for one further Subscription Year at the same Fees, unless either party gives written notice of non-renewal at least 60 days before the end of the Subscription Term.

8.3 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach. If Customer terminates for Vendor's breach, Vendor will refund any prepaid Fees for the period after termination.

8.4 Vendor may suspend the Service if undisputed invoices remain unpaid more than 45 days after their due date, after giving Customer at least ten days' written notice.

### 9. Warranties

9.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that the onboarding services will be performed with reasonable skill and care. If the Service does not so perform, Vendor will correct it.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential losses, or for loss of profits.

10.2 Each party's total liability under the Agreement is limited to one hundred and fifty per cent (150%) of the Total Fees. This limit does not apply to breach of Section 4 or Section 6, to a party's infringement of the other party's intellectual property, or to fraud or wilful misconduct.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from the Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the contacts named in A6. Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

12.2 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

Signed for Vendor: ____________________  Signed for Customer: ____________________
"""

S["e03"] = """T:Purchase Contract for Cold-Chain Monitoring Sensors and Software
P:Contract No. HJCC-PUR-2026-0871
P:Buyer: Wuhan Hanjiang Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Chestatee Sensor Works, Inc., 88 North Park Street, Dahlonega, Georgia 30533, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates six temperature-controlled warehouses and a fleet of refrigerated trucks and wishes to monitor temperature, humidity and door status continuously. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule in clause 3.
P:1.2 "Monitoring Software" means the Supplier's ColdTrace monitoring software, licensed on a perpetual basis for installation on the Buyer's servers, including its alarm, reporting and audit-trail functions.
P:1.3 "Deliverables" means the Equipment, the Monitoring Software, the WMS interface, configuration files, documentation and all other items to be supplied under this Contract.
P:1.4 "Buyer Data" means all readings, alarms, logs, location data and other data collected or generated by the Equipment or the Monitoring Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment in the Buyer's six warehouses in Wuhan, Xiaogan and Ezhou, install the Monitoring Software on the Buyer's virtual servers, build the interface to the Buyer's warehouse management system (WMS) so that temperature excursions are attached to the affected storage locations and orders, and train the Buyer's staff.
P:2.2 The Equipment shall be new, of current manufacture, and suitable for continuous operation between minus 30 and plus 50 degrees Celsius. Temperature sensors shall have an accuracy of plus or minus 0.3 degrees Celsius and a calibration certificate traceable to a national standard.
P:2.3 The Supplier shall deliver all items to the named warehouses DDP (Incoterms 2020), including customs clearance, import duties and VAT.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 1,600,000 (one million six hundred thousand yuan), inclusive of VAT, as itemised below. The price is fixed for the duration of the Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, LoRa|1,200|460|552,000
TB:2|LoRa gateway with 4G backup|48|6,800|326,400
TB:3|Door-status sensor|300|220|66,000
TB:4|ColdTrace Monitoring Software, perpetual licence, on-premise|1|388,000|388,000
TB:|Hardware and Licence Subtotal|||1,332,400
TB:5|Installation and commissioning, six warehouses|1 lot|148,600|148,600
TB:6|Interface to the Buyer's WMS|1 lot|96,000|96,000
TB:7|Training|1 lot|23,000|23,000
TB:|Contract Price|||1,600,000
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 320,000) as an advance payment within 20 working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 720,000) within 20 working days after all Equipment has been installed in the six warehouses and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 560,000) within 20 working days after Final Acceptance under clause 6.
P:4.4 All payments are made in CNY to the bank account of the Supplier's authorised distributor in Wuhan named in Annex 1. The Supplier shall provide valid VAT invoices before each payment.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment within 60 days after signature and complete installation and commissioning within 45 days after delivery, in a sequence agreed with the Buyer so that warehouse operations are not interrupted.
P:5.2 Installation work in cold rooms shall follow the Buyer's safety rules, including time limits for work below zero degrees and the use of protective clothing.
P:5.3 The Supplier shall provide as-installed drawings showing the location and identifier of each sensor and gateway.
H:6. Acceptance
P:6.1 After commissioning, the Supplier shall run a trial period of 30 consecutive days. Final Acceptance requires that: (a) every sensor reports at the configured interval, with no sensor missing more than 20 readings over the trial period; (b) a spot check of 60 sensors against a reference thermometer shows every reading within the stated accuracy; (c) alarms reach the duty manager by SMS and app within 60 seconds in ten simulated excursions; (d) excursions appear against the correct storage locations and orders in the WMS; and (e) audit trails and reports meet the Buyer's GSP requirements for pharmaceutical cold-chain storage.
P:6.2 The Buyer shall issue the Final Acceptance Certificate within ten working days after the criteria are met. If a criterion is not met, the Supplier shall remedy the defect at its own cost and the trial period restarts for the affected warehouse.
P:6.3 Signature of the Installation Certificate, payment or operational use of the Equipment before Final Acceptance does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Monitoring Software for twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, supply software updates and new versions, recalibrate sensors once a year and provide remote and on-site support, all free of charge.
P:7.2 Faults are classified as Severity 1 (a warehouse or the Monitoring Software without monitoring or alarms), Severity 2 (a group of sensors or one gateway not reporting) and Severity 3 (other faults). The Supplier shall respond to Severity 1 faults within thirty (30) minutes, day and night, be on site within six hours and restore monitoring within ten hours. Severity 2 faults shall receive a response within two hours and be fixed within two working days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount payable.
P:7.4 The Supplier shall keep a stock of spare sensors and gateways in Wuhan equal to at least 2% of the installed quantity.
P:7.5 After the warranty period, the Supplier shall provide annual support (repairs, replacement parts, software updates, recalibration and the service levels of clause 7.2) at 8% of the Hardware and Licence Subtotal per year, that is CNY 106,592 per year, fixed for the first three years after the warranty period. Each year of support is ordered separately and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Monitoring Software and the firmware of the Equipment remain the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use them with the Equipment.
P:8.2 The WMS interface, its source code, the configuration files and all reports and documentation prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or use it for any other purpose.
P:9.2 Gateways send data only to the Monitoring Software on the Buyer's servers; no data shall be sent to servers of the Supplier or any third party. Remote access by the Supplier requires the Buyer's approval for each session, a named account and access through the Buyer's VPN, and all actions shall be logged.
P:9.3 The Supplier shall notify the Buyer within two hours after becoming aware of any security incident affecting Buyer Data or the Monitoring Software, take immediate steps to contain it and bear the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer lists, storage layouts and network settings, and shall not disclose it to third parties without prior written consent. This clause survives for three years after the end of the Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the dates in clause 5, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages reach their maximum. The Supplier shall then refund all amounts paid for items not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese; both versions are equally authentic. Annex 1 (Bank Details), Annex 2 (Sensor Location Plan) and Annex 3 (Acceptance Test Plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

S["e04"] = """# Managed IT Services Agreement

**Agreement No.** LMMS-DT-2026-07

**Between:**

- **Zhuji Datang Hosiery Group Co., Ltd.**, Datang Street, Zhuji, Zhejiang Province, People's Republic of China ("Customer"); and
- **Lookout Mountain Managed Services, Inc.**, 401 Gault Avenue North, Fort Payne, Alabama 35967, United States ("Supplier").

Customer runs three knitting and finishing plants in Zhuji and a distribution centre in Shaoxing. Supplier provides managed IT services to textile manufacturers in the United States and Asia through its service centre in Hangzhou. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including transition.

1.2 "Sites" means Customer's three plants and its distribution centre listed in Schedule 1.

1.3 "Service Levels" means the service levels set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Supplier accesses, stores or processes in performing the Services.

1.5 "Monthly Service Charge" means the charge set out in Schedule 2.

## 2. Term

2.1 The Services start on the Service Commencement Date, which is the first day of the month after Transition Acceptance, and continue for an initial term of thirty-six (36) months (the "Initial Term").

2.2 At the end of the Initial Term, and at the end of each renewal term, this Agreement automatically renews for a further term of twenty-four (24) months unless either party gives written notice of non-renewal at least 90 days before the end of the current term. Supplier may increase the Monthly Service Charge for each renewal term by up to 9% by giving written notice at least 120 days before the renewal date.

## 3. Transition

3.1 Supplier will take over the Services from Customer's internal IT team and its current contractor according to the transition plan in Schedule 1. Transition includes discovery and documentation of all servers, network devices and end-user devices, set-up of monitoring and remote management tools, creation of runbooks, and a two-week period of parallel operation.

3.2 Transition Acceptance requires that: (a) all in-scope devices are listed in the configuration database and reporting to Supplier's monitoring tools; (b) runbooks for every critical system are approved by Customer; (c) the service desk has handled tickets from all Sites for ten consecutive working days within the Service Levels; and (d) a restore test of the ERP server backup succeeds. Customer will confirm Transition Acceptance in writing or list the open items within five working days after Supplier's completion notice.

3.3 If Transition Acceptance is not achieved within 75 days after signature for reasons attributable to Supplier, Supplier will pay Customer CNY 2,000 for each day of delay, up to a total of CNY 120,000.

## 4. Services and Service Levels

4.1 Supplier will provide the Services in Schedule 1 and meet the Service Levels in Schedule 3. Supplier will deliver a monthly service report showing its performance against each Service Level, open incidents, changes and capacity trends.

4.2 If Supplier misses a Service Level, it will grant the service credits in Schedule 3, which Customer may deduct from the next invoice. Service credits do not limit Customer's other remedies for repeated or serious failures.

4.3 Supplier will keep at least two engineers on site at the Zhuji plants during production shifts and will provide remote support from its Hangzhou service centre at all other times.

## 5. Charges and Payment

5.1 Customer will pay the charges in Schedule 2. The Monthly Service Charge is invoiced monthly in arrears. The transition fee is invoiced after Transition Acceptance.

5.2 Invoices are payable within 30 days after receipt by bank transfer in CNY. Supplier will issue valid VAT invoices through its Hangzhou subsidiary.

5.3 Moves, additions and changes within the volumes in Schedule 1 are included in the Monthly Service Charge. Projects outside the Services are quoted separately and require a purchase order.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Supplier will use it only to perform the Services and will not copy, analyse or disclose it for any other purpose, during or after the term.

6.2 Supplier will access Customer systems only through Customer's privileged access management system, with named accounts, multi-factor authentication and session recording. Supplier will keep its monitoring tools and any copies of Customer Data in mainland China and will comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 Supplier will notify Customer within two hours after becoming aware of a security incident affecting Customer Data or Customer systems, take immediate steps to contain it, support Customer's investigation and reporting, and bear the losses and costs caused by its breach of this Section 6.

## 7. Intellectual Property

7.1 Supplier keeps ownership of its tools, methods and software used to provide the Services.

7.2 Runbooks, configuration records, scripts, reports and documentation that Supplier prepares for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to a replacement supplier.

## 8. Confidentiality

8.1 Each party will keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent, except to its employees and subcontractors who need it for this Agreement and are bound by equivalent obligations. This obligation continues for three years after the end of the Agreement.

## 9. Personnel and Subcontracting

9.1 Supplier will name a service delivery manager and will not replace that person without reasonable notice to Customer.

9.2 Supplier may subcontract parts of the Services, including on-site support at any Site and after-hours monitoring, to its affiliates or to third-party service providers by giving Customer written notice at least ten days before the subcontractor starts work. Supplier remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

10.2 Supplier's total liability arising out of or in connection with this Agreement in any contract year shall not exceed the total Monthly Service Charges paid by Customer in the six (6) months immediately preceding the event giving rise to the claim.

10.3 Section 10.2 does not limit liability for personal injury, fraud or wilful misconduct.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and fails to remedy it within 30 days after written notice, or if Supplier misses the same critical Service Level in three consecutive months.

11.2 Either party may terminate this Agreement if the other party becomes insolvent.

11.3 On expiry or termination, Supplier will provide exit assistance for up to 90 days at the rates in Schedule 2, return all Customer Data and documentation, and then delete Customer Data from its systems.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding.

## 13. General

13.1 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject matter. Changes must be in writing and signed by both parties.

13.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and limits the effect.

## Schedule 1 — Scope of Services

| Service | Scope | Volume included |
|---|---|---|
| Service desk | Chinese and English, phone, WeCom and portal, all Sites | up to 1,100 users |
| End-user support | desktops, laptops, shop-floor terminals, printers | up to 1,250 devices |
| Server management | patching, monitoring, backup, restore tests | up to 64 virtual and 9 physical servers |
| Network management | switches, Wi-Fi, firewalls, SD-WAN links | 4 Sites |
| ERP infrastructure | database and application servers, not ERP functions | 1 production, 1 test environment |
| Transition | discovery, tools, runbooks, parallel run | one-time |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | per month, in arrears, for 36 months | 86,500 |
| Monthly Service Charges, Initial Term | 36 months | 3,114,000 |
| Transition fee | one-time, after Transition Acceptance | 126,000 |
| Total contract value, Initial Term | | 3,240,000 |
| Exit assistance and extra projects | per engineer day | 3,200 |

## Schedule 3 — Service Levels and Service Credits

| Measure | Service Level | Service credit if missed |
|---|---|---|
| P1 incident (plant production system or ERP down) | response within 15 minutes, restore within 6 hours | 5% of the Monthly Service Charge per incident |
| P2 incident (one line, department or server affected) | response within 1 hour, restore within 8 hours | 2% of the Monthly Service Charge per incident |
| Availability of managed servers and network core | 99.95% per month | 3% of the Monthly Service Charge per 0.1 point below |
| Backup jobs | every failed scheduled job re-run successfully on the same day | 2% of the Monthly Service Charge |
| Service desk answer time | 90% of calls answered within 60 seconds | 1% of the Monthly Service Charge |

Total service credits in a month are limited to 20% of the Monthly Service Charge.
"""

S["e05"] = """DATA SUBSCRIPTION AGREEMENT
PEANUT AND OILSEED MARKET DATA API

Agreement No.: FRMD-QD-2026-15

PARTIES

Provider: Flint River Market Data, LLC, a Georgia limited liability company, 502 South Seventh Street, Cordele, Georgia 31015, United States ("Provider").

Customer: Qingdao Haihui Peanut Import and Export Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Customer imports shelled peanuts and peanut oil from the United States, Argentina and Africa and sells them to food processors in China. Provider publishes daily prices, shipment data, crop-condition reports and weather indicators for peanuts and other oilseeds, and delivers them through an application programming interface (API). Customer wishes to feed this data into its purchasing and risk systems.

1. DEFINITIONS

1.1 "Data" means the prices, indices, shipment and inspection statistics, crop-condition estimates, weather indicators and related content made available by Provider through the Service.

1.2 "Service" means access to the Data through Provider's REST API and web portal, as described in Schedule A.

1.3 "Subscription Year" means the period from the Production Access Date to the day before its first anniversary (the first Subscription Year), and the period from that anniversary to the day before the second anniversary (the second Subscription Year).

1.4 "Production Access Date" means the date on which Provider confirms in writing that Onboarding Acceptance has been achieved and production API keys are active.

1.5 "Customer Inputs" means the watchlists, contract positions, query parameters and other information that Customer or its users submit to the Service.

2. SERVICE

2.1 Provider will provide the Service to Customer during both Subscription Years for use by up to 30 named users and by Customer's purchasing, pricing and risk-management systems.

2.2 The Service includes: daily farm-gate and shelled peanut prices by type and grade for the main United States producing regions; weekly export inspection and shipment data; Argentine and West African export price indications; crop-condition and planted-area estimates during the growing season; ten-day weather indicators for the main producing areas; and a historical database going back to the 2010 crop.

2.3 Provider will publish each daily data set by 08:00 Beijing time on each business day following the trading day in the United States.

2.4 Provider will describe its sources and methods for each data series in the portal. Provider will give Customer at least 60 days' written notice before it discontinues any data series or materially changes its methodology, and will offer an equivalent replacement series where one is available. If a discontinued series is listed in Schedule A as a core series and no equivalent is offered, Customer may end the Agreement for that reason and receive a refund of the prepaid fees for the remaining period.

3. ONBOARDING AND ACCEPTANCE

3.1 Provider will deliver the following onboarding services within 45 days after receiving the first payment: a field mapping between the Data and Customer's purchasing system; a connector program that loads the Data into Customer's data warehouse each morning; a historical backfill of all Data since the 2010 crop; and two training sessions for Customer's analysts.

3.2 Onboarding Acceptance requires that: (a) the connector loads a complete daily data set on ten consecutive business days without manual intervention; (b) backfilled history matches Provider's portal for a sample of 200 data points chosen by Customer; (c) every field in the agreed field mapping is populated; and (d) the API answers standard queries within two seconds on average during the test period. Customer will confirm Onboarding Acceptance in writing, or list the failures, within five business days after Provider reports completion. Use of test data before that confirmation is not acceptance.

3.3 If the Production Access Date is later than 60 days after the first payment for reasons attributable to Provider, Provider will pay Customer CNY 800 for each day of delay, up to a total of CNY 40,000.

4. FEES AND PAYMENT

4.1 The fees are:

   Data Subscription Fee, first Subscription Year      CNY 468,000
   Data Subscription Fee, second Subscription Year     CNY 468,000
   Integration and Onboarding Fee (one-time)           CNY  74,000
   Total Contract Value                                CNY 1,010,000

4.2 Customer will pay the Data Subscription Fee for the first Subscription Year and the Integration and Onboarding Fee, together CNY 542,000, within ten business days after signature of this Agreement. Provider will start onboarding and issue test API keys after receiving this payment.

4.3 Customer will pay the Data Subscription Fee for the second Subscription Year within 15 business days after the start of that Subscription Year.

4.4 All fees are in CNY and include VAT. Payments are made to the account of Provider's authorised reseller in Shanghai, which will issue VAT invoices. Additional named users may be added at CNY 9,800 per user per Subscription Year, prorated by month; such additions are not part of the Total Contract Value.

5. SERVICE LEVELS

5.1 Provider will make the API available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five business days in advance and carried out outside 07:00 to 19:00 Beijing time.

5.2 Incidents are classified as Priority 1 (API or portal unavailable, or the daily data set not published), Priority 2 (a data set late or incomplete) and Priority 3 (other issues). Provider will respond to Priority 1 incidents within one (1) hour, at any time, and restore the Service within six hours. Priority 2 incidents will receive a response within two hours and be corrected by the next publication.

5.3 If monthly availability falls below the level in clause 5.1, Customer will receive a service credit of 5% of the monthly equivalent of the Data Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. For each hour by which a Priority 1 response or restoration time is missed, Customer will receive a credit of CNY 500. Credits are deducted from the next invoice or refunded at the end of the Agreement.

5.4 Provider will correct any Data error that Customer reports, or that Provider discovers, within one business day and will notify Customer of each correction to published Data.

5.5 Provider will send Customer a short monthly report showing availability, incidents, late publications and corrections.

6. LICENCE AND USE OF DATA

6.1 Provider grants Customer a non-exclusive, non-transferable licence during the term to use the Data for its internal business purposes, including in internal reports, pricing models and presentations to its management, and to share limited extracts with its banks and auditors.

6.2 Customer will not resell the Data or publish it to the public. Data downloaded during the term may be kept and used internally after the term ends.

6.3 Customer Inputs remain the property of Customer. Provider will use Customer Inputs only to provide the Service to Customer and will not analyse, aggregate, disclose or reuse them for any other purpose, during or after the term.

7. CUSTOM DELIVERABLES

7.1 The field mapping, the connector program and its source code, and any reports or dashboards that Provider develops specifically for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, also after the Agreement ends.

7.2 Provider keeps all rights in the Service, the Data and its general tools.

8. CONFIDENTIALITY

8.1 Each party will keep confidential the non-public information it receives from the other party, including Customer Inputs, pricing terms and technical documentation, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the Agreement ends.

9. SUBCONTRACTING

9.1 Provider will not subcontract the onboarding services or the operation of the Service without Customer's prior written consent, and remains responsible for any approved subcontractor.

10. TERM, RENEWAL AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider will refund the prepaid fees for the remaining period.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including trading losses based on the Data, except where caused by wilful misconduct.

11.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to a breach of clause 6.2, 6.3 or 8, or to fraud or wilful misconduct.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The award is final and binding on both parties.

13. GENERAL

13.1 Notices must be in writing and sent to the addresses above or to any address a party later notifies. Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 This Agreement, together with Schedule A (Data Sets and API Specification), is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

Signed for Provider: ______________________

Signed for Customer: ______________________
"""

# ---------------------------------------------------------------- targets and design
TARGETS = {
    "z01": ("h1010z01_civil_affairs_home_care_platform.pdf", "pdf", "zh", "software"),
    "z02": ("h1010z02_curtain_factory_line_control_retrofit.docx", "docx", "zh", "hardware"),
    "z03": ("h1010z03_guoxue_training_chain_booking_saas.txt", "txt", "zh", "cloud"),
    "z04": ("h1010z04_streetlight_single_lamp_control_om.txt", "txt", "zh", "services"),
    "z05": ("h1010z05_feather_fan_studio_tracking_supplier_template.md", "md", "zh", "software"),
    "e01": ("h1010e01_cmms_perpetual_licence_toccoa_vendor.pdf", "pdf", "en", "software"),
    "e02": ("h1010e02_lms_saas_order_form_scottsboro_vendor.md", "md", "en", "cloud"),
    "e03": ("h1010e03_cold_chain_sensors_monitoring_dahlonega.docx", "docx", "en", "hardware"),
    "e04": ("h1010e04_managed_it_services_fort_payne_vendor.md", "md", "en", "services"),
    "e05": ("h1010e05_peanut_market_data_api_cordele_vendor.txt", "txt", "en", "cloud"),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, SV = "goods_or_licence", "service"
# values in KEYS order, then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value
D = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
            [True, True, True, False, 1680000]),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, None, False, True, True, "PRC", G],
            [True, True, False, False, 1780000]),
    "z03": ([99.5, 0.5, True, "buyer", True, False, True, 500 / 686000 * 100, None, None, True, None, None, None, True,
             True, False, "PRC", SV], [True, True, None, False, 686000]),
    "z04": ([99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False,
             None, SV], [True, True, None, False, 542000]),
    "z05": ([None, 8, False, "supplier", True, True, True, 0.06, 20, 65, False, False, 6, 26, False, True, None, None, G],
            [True, True, True, True, 250000]),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 18, 11, False, True, False, "State of Georgia",
             G], [True, True, True, False, 1760000]),
    "e02": ([None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
             "PRC", SV], [False, False, None, False, 1024000]),
    "e03": ([None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 8, False, True, False, "PRC", G],
            [True, True, True, False, 1600000]),
    "e04": ([99.95, 0.25, True, "buyer", True, True, True, 2000 / 3240000 * 100, 6 / 36 * 100, None, True, None, None,
             None, True, True, True, "PRC", SV], [True, True, None, False, 3240000]),
    "e05": ([99.95, 1, True, "buyer", False, True, True, 800 / 1010000 * 100, 150, 542000 / 1010000 * 100, True, None,
             None, None, False, True, False, "PRC", SV], [True, True, None, False, 1010000]),
}
# TCO inputs (goods only): fee base (itemised licence / hardware subtotal), annual post-warranty fee; forum in mainland?
TCO_IN = {"z01": (860000, 77400), "z02": (1492000, None), "z05": (186000, 48360), "e01": (1240000, 136400),
          "e03": (1332400, 106592)}
FORUM_MAINLAND = {k: True for k in D}
DESIGN = {
    "z01": [], "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "e03": [],
    "e04": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "e05": ["CR-DATA-SECURITY", "CR-PREPAYMENT"],
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


def tco(key):
    t, x = dict(zip(KEYS, D[key][0])), D[key][1]
    base, fee = TCO_IN[key]
    if fee is None or t["warranty_months"] is None:
        return None
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, key
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return post, x[4] + post, post / (x[4] + post) * 100


def derive(key):
    """Rules from the labels, read with policy section 3 (my reading)."""
    t = dict(zip(KEYS, D[key][0]))
    sla, ld_stated, capped, deemed, cv = D[key][1]
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
        c = tco(key)
        if c and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not FORUM_MAINLAND[key]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("low" if set(rules) <= LOW else "medium")


# ---------------------------------------------------------------- threshold scan
N = r"(?<![\d.])"
ZN = "零一二三四五六七八九十"
PATTERNS = [
    N + r"99\.90*(?!\d)", r"百分之九十九点九(?![" + ZN + "])",
    N + r"4\s*(?:-\s*)?(?:hours?|hrs?|小时|个小时)", r"(?<![十\d])四\s*个?小时", r"four\s*(?:\(\s*4\s*\)\s*)?(?:-\s*)?hours?",
    N + r"0\.050*(?!\d)\s*[%％]", r"万分之五(?![" + ZN + "])", r"千分之零点五",
    N + r"(?:30|15|40|100)(?:\.0+)?\s*[%％]", r"百分之(?:三十|十五|四十|百|一百)(?![" + ZN + "])",
    r"(?:thirty|fifteen|forty|one\s*hundred)\s*(?:per\s*cent|percent)",
    N + r"12\s*(?:-\s*)?(?:months?|个月|个自然月)", r"十二个(?:自然)?月", r"twelve\s*(?:\(\s*12\s*\)\s*)?(?:[a-z]+\s*){0,2}months?",
    N + r"5\s*(?:-\s*)?years?", r"(?<![十〇零\d])五\s*年", r"five\s*(?:\(\s*5\s*\)\s*)?(?:-\s*)?years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "百分之九十九点九", "4 hours", "4小时", "四小时", "four (4) hours", "0.05%", "万分之五",
            "30%", "15 %", "40％", "100%", "百分之三十", "百分之十五", "百分之四十", "百分之百", "thirty percent",
            "one hundred per cent", "12 months", "12-month", "12个月", "十二个月", "twelve (12) months",
            "twelve consecutive calendar months", "5 years", "五年", "five-year", "five (5) years"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之五十",
             "130%", "150%", "115%", "2.15%", "百分之三十五", "one hundred and fifty per cent", "2027年12月31日",
             "120 months", "1.5 years", "25 years", "二十五年", "2026年"]
for s_ in MUST_HIT:
    assert RX.search(s_), s_
for s_ in MUST_MISS:
    assert not RX.search(s_), s_


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


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write({k: S[k] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for k, v in TARGETS.items():
        if v[1] in ("txt", "md"):
            (OUT / v[0]).write_text(S[k], encoding="utf-8")
            print("wrote", v[0])
    covered = set()
    for k, (name, fmt, lang, cat) in TARGETS.items():
        vals, extra = D[k]
        assert len(vals) == len(KEYS) and len(extra) == 5, k
        t = dict(zip(KEYS, vals))
        for f, th in THRESH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        c = tco(k) if t["contract_kind"] == G else None
        if c:
            assert abs(c[2] - 40) > 2, (k, c)
        rules = derive(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
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
        x = {"sla_clause": extra[0], "ld_stated": extra[1]}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = extra[2]
        else:
            assert extra[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
        x["acceptance_deemed_on_delivery"] = extra[3]
        x["contract_value"] = extra[4]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%s %-60s %5d %-6s %s %s" % (k, name, n, risk(rules), rules,
                                         "" if not c else "TCO %.0f share %.2f" % (c[1], c[2])))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed")
