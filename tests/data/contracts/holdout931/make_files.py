"""holdout931: ten blind held-out DRAFT contracts (ordinary drafts, no tricks), built from the sources below.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the .txt/.md drafts, the .docx/.pdf drafts
(through ../word_pdf.py), the .json labels, and asserts: lengths as read back, no label value on a policy threshold,
no threshold figure in any built text (raw, whitespace-collapsed, whitespace-free), rules derived from the labels =
the design list, and coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:产地冷藏保鲜设施监管平台建设项目合同
P:合同编号：BJNY-ZC-2026-0318
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：滨江市农业农村局
P:乙方（供应商）：杭州禾链数字科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》、本项目招标文件及乙方投标文件，甲乙双方就产地冷藏保鲜设施监管平台建设事宜，经协商一致，订立本合同。本合同采用甲方合同文本，招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供产地冷藏保鲜设施监管平台软件许可，含设施备案、温湿度与能耗监测、建设补贴核验、运营统计四个子系统。许可为永久许可，不限用户数，部署于甲方指定的政务云。
P:1.2 乙方按甲方需求进行定制开发，包括：与省级农业农村大数据平台、补贴资金管理系统及冷库物联网网关的接口；县、乡两级监管驾驶舱；移动端现场巡查及整改闭环功能。
P:1.3 乙方负责平台部署实施、既有设施备案数据迁移及培训。具体功能以招标文件技术需求及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾万元整（¥2,100,000），含税，为固定总价。分项如下：平台软件许可费¥1,180,000；定制开发费¥760,000；部署实施及数据迁移费¥138,000；培训费¥22,000。
P:2.2 合同总价已包含乙方履行本合同所需的软件、开发、差旅、税费等全部费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥420,000。
P:3.2 平台上线并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥945,000。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，即¥735,000。
P:3.4 乙方每次请款前应开具等额合法发票，甲方按财政国库集中支付程序付款。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百二十日内完成部署及定制开发，并书面申请初步验收。
P:4.2 乙方应在合同签订后十日内提交项目实施方案，经甲方确认后执行。实施人员名单经甲方确认后不得随意更换，项目经理更换须提前十日书面征得甲方同意。
P:4.3 乙方应在部署完成后组织不少于三期培训，对象为市、县两级监管人员及系统管理员，培训教材及操作视频交付甲方。
P:4.4 合同签订后七日内，乙方应向甲方提交合同总价5%的履约保证金，最终验收合格且无未决违约事项后无息退还。
H:第五条 验收
P:5.1 初步验收：按需求规格说明书逐项测试全部功能；各接口连续联调十日无异常；迁移的备案数据与原系统全量比对，记录数、字段值一致。
P:5.2 最终验收：初步验收后试运行九十日，期间无一级故障；平台在三百个并发用户下页面响应时间不超过3秒；通过第三方网络安全等级保护测评；技术文档及源代码交付齐全。
P:5.3 平台上线、试运行、甲方使用或支付任何款项，均不视为验收合格。验收由甲方组织，以双方签署的验收报告为准；验收不合格的，乙方应在十五日内整改并重新申请验收。
P:5.4 乙方申请验收时应提交测试报告、数据迁移比对报告、用户手册、运维手册、接口说明及源代码清单。甲方可邀请行业专家及使用单位代表参加验收，所需费用由甲方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），自质保期满起三年内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划内维护应提前三日书面通知甲方并安排在非工作时间。
P:7.2 一级故障（平台整体不可用或监测数据采集中断）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日解决；三级故障两个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减¥1,000；月可用率每低于承诺值0.01个百分点扣减¥2,000。扣减款项从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 定制开发成果（含接口程序、驾驶舱、移动端功能、源代码及技术文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。乙方应在最终验收时交付完整源代码。
P:8.2 平台软件原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的全部业务数据，包括冷库备案、监测数据、补贴信息及经营主体信息，均归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应落实网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机进行，不得将数据拷贝出政务云。乙方参与本项目的人员均应签署数据安全承诺书，操作日志保存不少于六个月，供甲方随时核查。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、经营主体信息及系统配置负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在本合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.3 乙方违约给甲方造成损失的，违约金不足以弥补的，乙方应补足。
H:第十二条 分包与转让
P:乙方不得将本项目分包或转包给任何第三方，不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、承担违约责任。合同解除后，乙方应在十日内移交已完成的开发成果、源代码及全部数据，并配合甲方完成系统交接。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供证明材料，履行期限相应顺延。
P:14.2 不可抗力持续超过六十日致使合同目的无法实现的，双方均可书面通知解除合同，已完成部分按实际工作量结算。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。对本合同的任何变更均须采用书面形式并经双方盖章。
P:16.2 本合同一式六份，甲方四份，乙方两份，经双方签字盖章后生效。附件：需求规格说明书、验收方案、分项报价表、培训计划。
P:甲方（盖章）：滨江市农业农村局　　乙方（盖章）：杭州禾链数字科技有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：ZNZ-JG-2026-027
P:甲方（买方）：常州市指南针厂有限公司
P:乙方（卖方）：苏州恒拓自动化工程有限公司
P:甲方拟对其磁罗盘装配线、指针充磁线及外壳注塑线共三条生产线的控制系统进行改造，乙方经比选成为供应商。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除三条生产线原有继电器控制柜，新装PLC控制柜、伺服驱动及触摸屏，部署产线监控软件（SCADA）许可，编写PLC程序及HMI画面，并完成与甲方MES系统的数据接口。
P:1.2 改造应在甲方安排的停产窗口内分线实施，每条线停产时间不超过九日，不得影响其余产线正常生产。
P:1.3 设备、软件的型号、数量及技术参数以本合同价格表及附件一《技术规格书》为准。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰柒拾万元整（¥1,700,000），含13%增值税，为固定总价。价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|6套|528,000
TB:2|伺服驱动器及电机|42套|386,400
TB:3|工业触摸屏|9台|81,000
TB:4|工业交换机及网络布线|1批|96,600
TB:5|产线监控软件（SCADA）许可及历史数据库许可|1套|368,000
TB:|设备及软件小计||1,460,000
TB:6|安装、拆除及改造施工|1项|138,000
TB:7|PLC程序、HMI画面及MES接口开发|1项|48,000
TB:8|培训及技术资料|1项|54,000
TB:|合同总价||1,700,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及税费等全部费用。合同履行期间，除甲方书面确认的设计变更外，合同价格不作调整。
P:2.3 乙方所供设备应为全新、原厂正品，并随货提供合格证、装箱单及原厂质保证明；软件许可应以甲方名义登记。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即¥170,000。
P:3.2 设备全部到货并完成三条线安装后，甲方支付合同总价的55%，即¥935,000。到货签收及安装完成均不视为质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%，即¥595,000。
P:3.4 乙方应于每次付款前开具相应金额的增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后六十日内将全部设备运至甲方厂区，并于合同签订后一百一十日内完成三条线改造，申请最终验收。
P:4.2 乙方施工人员应遵守甲方厂区安全、消防及动火管理制度，因乙方原因造成的安全事故由乙方负责。
P:4.3 乙方应在合同签订后十五日内提交改造施工方案，内容包括停产窗口安排、旧柜拆除及恢复步骤、回退预案和人员安排，经甲方生产部、设备部会签后实施。每条线恢复生产前，乙方应向甲方移交接线图、I/O清单及程序备份。
P:4.4 因甲方原因推迟停产窗口的，工期相应顺延，乙方不承担逾期责任。
H:第五条 验收
P:5.1 每条线改造完成后进行单线调试，全部完成后进行最终验收。验收标准：全部I/O点逐点核对无误；各产线在设计节拍下连续带料运行七十二小时无停机故障；产品一次合格率不低于改造前三个月的平均水平；SCADA与MES数据核对一致；急停、安全门联锁等安全功能测试全部通过。
P:5.2 验收由双方共同进行并签署验收报告。设备投入生产使用不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收，因此发生的费用及延误由乙方承担。
P:5.3 最终验收时，乙方应移交全部程序源文件、组态工程文件、接线图、I/O清单、设备说明书及软件许可证书，资料不全的，不予验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，设备及软件的故障维修、更换零部件及软件缺陷修复均由乙方免费负责。
P:6.2 质保期满后，乙方提供年度维保服务，内容包括一名驻场工程师、季度预防性维护、备品备件及软件升级。年度维保费按设备及软件小计的27%计取，即每年¥394,200，签约后三年内固定不变。
P:6.3 质保期及维保期内，一级故障（整条产线停机）乙方应在1小时内响应，3小时内到达现场；二级故障（单机停机）2小时内响应，当日修复。超过响应或到场时限的，每超时1小时乙方向甲方支付¥500。
P:6.4 乙方应建立维保档案，每次上门服务后提交服务报告，由甲方设备部签字确认；每季度提交一次设备运行分析及备件消耗报告。
P:6.5 质保期内同一设备同一故障累计发生三次以上的，乙方应免费更换同型号新品。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、MES接口程序及相关源代码、技术文档，其知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:7.2 SCADA软件许可及设备内嵌软件的知识产权归原权利人，甲方获得永久使用许可。
H:第八条 数据安全与保密
P:8.1 产线运行数据、工艺参数及质量数据均归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程访问甲方控制网络须事先取得甲方书面批准，经甲方指定的安全通道进行并全程留存日志；不得擅自接入外部网络，不得在控制网络中安装与本项目无关的软件。乙方交付的软件及程序应经病毒查杀，并提供安全配置说明。发生数据泄露或系统被入侵的，乙方应在2小时内报告甲方，因乙方原因造成的损失由乙方全额赔偿。
P:8.3 双方对在履行本合同中知悉的对方技术秘密及商业信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后五年内有效。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:9.3 乙方所交设备不符合合同约定的，应负责更换并承担由此产生的费用；因改造质量问题造成甲方停产的，乙方应赔偿甲方的直接损失。
H:第十条 分包
P:乙方不得转包本合同。确需将电缆敷设等辅助施工分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。分包方人员进入甲方厂区前，应接受甲方安全教育并办理入厂手续，乙方应对其施工安全进行现场管理。
H:第十一条 培训
P:乙方应在最终验收前对甲方电气维修人员及操作工进行培训，内容包括PLC程序结构、HMI操作、常见故障处理及备件更换，培训不少于五个工作日，并提供中文操作手册和维护手册各三套。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但迟延履行后发生不可抗力的除外。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格书》、附件二《改造施工方案》为本合同不可分割的组成部分。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日
"""

Z03 = """马术体验门店预约及会员管理系统服务合同

合同编号：QM-IT-2026-0906
甲方（客户）：云驰马术文化发展（成都）有限公司
乙方（服务商）：成都蹄印云科技有限公司

甲方在全国经营四十家骑马体验门店，拟采用乙方的预约及会员管理SaaS服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。

一、服务内容
（一）订阅服务。乙方向甲方四十家门店提供预约排课、会员储值与次卡、教练及马匹排班、门店收银、营销活动及经营报表等SaaS功能，含微信小程序端及门店管理端，不限门店用户账号数量。
（二）实施服务。乙方负责系统配置、四十家门店开通、既有会员及储值余额数据迁移、与甲方财务系统及支付通道对接、门店店长及前台培训。
（三）服务期限。本合同服务期为两个服务年度，第一服务年度自系统上线验收合格之日起算，每一服务年度至次年对应日的前一日止。服务期满后如需续约，双方另行协商签订新合同，本合同不自动续期。

二、费用及支付
（一）费用明细：
1. 订阅服务费：每服务年度人民币236,000元（四十家门店，每店每年5,900元），两个服务年度合计472,000元；
2. 实施服务费：人民币86,000元，一次性收取；
3. 本合同总金额：人民币558,000元（含6%增值税）。
（二）支付方式：
1. 实施服务费在上线验收合格后十五个工作日内一次性支付；
2. 每一服务年度的订阅服务费，在该服务年度开始后十五个工作日内支付；
3. 乙方应在收款前开具合法有效的增值税发票。
（三）服务期内新增门店的，按每店每年5,900元按月折算，不另收开通费。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店开通及数据迁移，并书面提请上线验收。
（二）上线验收标准：
1. 四十家门店均可正常完成预约、签到、核销及收银；
2. 迁移的会员数量、储值余额、剩余课时与甲方原系统逐户核对一致；
3. 支付、退款及对账功能经双方联合测试通过；
4. 系统在每日预约高峰时段页面响应时间不超过2秒。
（三）验收合格的，双方签署上线验收单。门店试用或甲方已经使用系统的，不视为验收合格。验收未通过的，乙方应在七日内完成整改并重新提请验收。
（四）培训安排：乙方应在上线前分区域组织店长、前台及教练培训，每家门店至少两名人员参加并通过操作考核；上线后首月，乙方应安排实施顾问在重点门店驻场支持，协助处理预约高峰期的操作问题。

四、服务水平
（一）乙方承诺系统月可用率不低于99.5%，计划内维护应安排在每日0:00至6:00之间并提前两日通知。
（二）故障响应：一级故障（预约或收银功能全部不可用）30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能不可用）2小时内响应，当日恢复；一般问题两个工作日内答复。
（三）服务补偿：月可用率低于承诺值的，每低0.5个百分点，按当月订阅服务费的5%抵扣下期费用；一级故障响应或恢复超时的，每次抵扣人民币1,000元。

（四）日常支持：乙方提供7×24小时电话及在线工单支持，并为甲方配备专属客户成功经理，每季度回访门店运营情况，提交系统使用分析报告。
（五）版本升级：乙方对SaaS平台的常规升级不另行收费。涉及门店操作流程变化的升级，应提前七日通知甲方并提供操作说明，不得删减本合同约定的功能，也不得因升级向甲方加收费用。

五、数据权属与数据安全
（一）甲方会员信息、交易记录、储值数据及经营数据归甲方所有。
（二）乙方可在去标识化处理后，将甲方的预约、消费等数据汇总用于行业分析报告、产品优化及向其他客户提供的经营对标服务，上述使用在本合同期满后仍可继续。
（三）乙方应按照网络安全等级保护二级要求保障系统安全，会员个人信息加密存储，后台访问实行权限分级并留存操作日志。
（四）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，协助甲方通知受影响会员并履行报告义务；因乙方原因造成的，乙方承担全部赔偿责任。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式完整导出全部数据交付甲方，并在甲方确认后删除其系统中的甲方数据。

六、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、专属报表及财务接口的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
（三）乙方保证其提供的服务及软件不侵犯任何第三方的知识产权；如因此引起纠纷，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。

七、保密
双方对在合作中获知的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

八、违约责任
（一）乙方未按本合同第三条约定期限提请上线验收的，每逾期一日，应向甲方支付违约金人民币600元。
（二）乙方累计赔偿责任以本合同总金额的两倍为限，但因乙方故意、重大过失或违反第五条造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按欠付金额的万分之三支付违约金。
（四）乙方提供的服务不符合本合同约定的，甲方有权要求乙方限期改正，改正期间产生的额外费用由乙方承担。

九、甲方义务
（一）甲方应指定项目负责人，协调各门店配合数据核对、人员培训及上线切换。
（二）甲方应按期提供原系统数据导出文件、支付通道商户资料及财务系统接口文档，并对其提供资料的真实性负责。
（三）甲方应妥善保管账号密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（四）甲方应在收到上线验收申请后十日内组织验收，或书面提出具体整改意见。

十、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）任何一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同。
（二）因乙方原因解除合同的，乙方应退还甲方已付但未使用服务期对应的费用，并配合甲方完成数据导出及系统切换，切换期内继续按本合同标准提供服务。

十二、不可抗力
因不可抗力或电信运营商、云基础设施大面积中断等非乙方原因导致服务中断的，乙方应及时通知甲方并尽力恢复服务，相应期间不计入可用率考核；但乙方未按约定做好数据备份的除外。

十三、通知
本合同项下的通知以书面形式送达双方首页所列地址或双方确认的电子邮箱，以电子邮件发送的，发送成功之日视为送达。双方应各自指定一名项目联系人，联系人或联系方式变更的，应提前三日书面通知对方，否则按原地址送达的通知视为有效送达。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向成都市武侯区人民法院提起诉讼。

十五、其他
（一）本合同附件包括：功能清单、实施计划、数据迁移方案、服务水平说明。附件与本合同正文具有同等效力，如有冲突，以本合同正文为准。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：云驰马术文化发展（成都）有限公司
乙方（盖章）：成都蹄印云科技有限公司
"""

Z04 = """加油站油气回收在线监测系统运行维护服务合同

项目名称：2027年度加油站油气回收在线监测系统运行维护服务
采购方式：竞争性磋商
合同编号：LZHB-CS-2026-044
甲方（采购人）：临州市生态环境局
乙方（成交供应商）：江苏清源环境监测技术有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就加油站油气回收在线监测系统运行维护服务订立本合同。

第一条 服务范围
（一）运维对象：全市326座加油站已安装的油气回收在线监测设备（含气液比、油气管线压力、油罐压力及处理装置监测单元），以及部署于甲方机房的监控平台软件和数据传输链路。
（二）服务内容：设备巡检与维护、故障维修、每季度比对校准、数据有效性审核、平台运行维护、异常报警核实及月度、季度、年度运维报告编制。
（三）服务期：自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期。
（四）服务期内新增纳入监测的加油站，由乙方按本合同标准一并运维，新增站点数量不超过十座的，不另行增加费用；超过部分双方另行协商签订补充协议，补充协议不改变本合同其他条款。

第二条 服务费用及支付
（一）本合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），含税，包括人工、交通、备品备件、校准气体、检测仪器及税费等全部费用，服务期内不作调整。
（二）服务费按季度支付。每季度结束后，经甲方季度考核合格，甲方在收到发票后十五个工作日内支付当季服务费¥346,500。季度考核扣款从当季服务费中扣除。
（三）甲方不向乙方预付任何款项。
（四）乙方应在合同签订后五个工作日内向甲方提交人民币五万元的履约保证金，年度验收合格后十个工作日内无息退还。

第三条 服务要求
（一）乙方应组建不少于九人的专职运维团队，设项目负责人一名，名单报甲方备案，人员变更须经甲方同意。运维人员应具备环境监测设备运维相关培训证明，熟悉加油站安全作业规程，项目负责人应具有三年以上在线监测运维经历。
（二）每座加油站每月现场巡检不少于一次，每季度完成一次比对校准，巡检及校准记录应在完成后三个工作日内上传平台。
（三）乙方应对监测数据的有效性进行日常审核，发现数据异常、设备离线或报警的，应当日核实并记录处理结果。
（四）乙方应储备常用备品备件，保证更换及时，更换的设备部件应与原设备型号一致或经甲方同意。
（五）应急保障：在重污染天气预警、节假日及重大活动期间，乙方应按甲方要求增加巡检频次，安排专人值守平台，并保证接到甲方通知后及时赶赴指定加油站。
（六）乙方应协助甲方开展加油站油气回收执法检查，按甲方要求调取历史数据、出具数据说明，并配合第三方机构开展年度监测质量抽检。
（七）乙方应每月向甲方提交运维月报，内容包括巡检完成情况、故障及处理、数据有效性分析、设备更换记录及下月工作计划；每季度提交季度报告并汇报工作。

第四条 服务水平及考核
（一）监控平台月可用率不低于99.95%。
（二）故障分级及响应：一级故障（监控平台整体中断或全市数据传输中断）乙方应在8小时内响应并安排人员到场，48小时内恢复；二级故障（单座加油站监测设备故障或离线）应在24小时内响应，三个工作日内修复。
（三）考核扣款：平台月可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,500；故障响应或修复每超时1小时扣减¥300；漏巡、漏校每站次扣减¥800；季度运维报告逾期提交的，每日扣减¥200。
（四）甲方每季度根据巡检记录、平台运行日志及抽查结果进行考核，考核结果作为当季服务费支付依据。

第五条 服务接管与验收
（一）乙方应于服务期开始前完成与原运维单位的交接，包括设备台账、历史运维记录、平台账号及备件清点，交接清单由甲方确认。
（二）季度考核：以第四条考核指标及当季运维报告为依据，由甲方出具季度考核意见。
（三）年度验收：服务期满后，甲方组织年度验收，验收标准为：全部设备建档完整；全年巡检、校准计划完成；年度平台月可用率均达到承诺值；期末设备完好，乙方完成移交。验收合格后双方签署验收报告。
（四）服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的单位移交设备台账、运维记录、备件清单及平台账号，并配合完成交接，交接期间不得中断运维服务。

第六条 现场作业安全
（一）乙方人员进入加油站作业，应遵守加油站防火防爆及安全管理规定，使用防爆工具，不得在加油作业区使用非防爆电子设备。
（二）乙方应为运维人员购买意外伤害保险，进行安全培训。作业中发生的人身伤害由乙方负责，但因加油站原因造成的除外。
（三）乙方作业应提前与加油站负责人沟通，尽量避开加油高峰时段，不得影响加油站正常经营。

第七条 甲方义务
（一）甲方应向乙方提供设备清单、历史运维资料及平台运维所需的账号权限，并协调加油站配合现场运维。
（二）甲方应按约定进行季度考核并及时支付服务费。
（三）对于因加油站改造、停业等原因需要拆除、迁移监测设备的，甲方应提前通知乙方，相关费用由双方另行确认。

第八条 监测数据
在线监测数据、运维记录及平台数据均归甲方所有，乙方不得将其用于本合同以外的任何用途。

第九条 成果归属
乙方在本合同履行中形成的运维报告、校准记录、设备台账、数据审核记录等成果，其所有权及知识产权归甲方所有，甲方可自行使用、修改或提供给其他单位使用。乙方不得以任何方式对外发布上述成果。

第十条 保密
乙方对履行本合同过程中知悉的甲方工作信息、加油站经营信息及监测数据负有保密义务，未经甲方书面同意，不得向任何第三方披露或对外发布。本条在合同终止后继续有效。

第十一条 违约责任
（一）乙方未能在服务期开始之日完成运维接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方连续两个季度考核不合格的，甲方有权解除合同。
（三）乙方运维不当造成设备损坏的，应负责修复或赔偿。
（四）考核扣款与违约金可以同时适用，甲方可从应付服务费或履约保证金中直接扣除，不足部分乙方应在收到甲方通知后十日内补足。

第十二条 分包与转包
乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。

第十三条 合同解除
乙方严重违反本合同约定，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并按乙方实际完成的合格服务结算费用；由此给甲方造成的损失，由乙方承担。

第十四条 不可抗力
因不可抗力致使本合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同，已完成的合格服务按实际结算。

第十五条 争议解决
本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：临州市生态环境局
乙方（盖章）：江苏清源环境监测技术有限公司
签订日期：2026年12月　日
"""

Z05 = """# 墨研修复流程管理系统 软件销售及定制开发合同

（乙方标准合同文本 MY-HT-V3.0，适用于墨研系列产品销售及定制开发项目）

合同编号：MY2026-1127

甲方（买方）：南京藏珍古籍修复工作室有限公司

乙方（卖方）：苏州墨研信息技术有限公司

甲方因古籍修复业务管理需要，购买乙方“墨研修复流程管理系统”软件许可，并委托乙方进行定制开发。双方经协商一致，签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供墨研修复流程管理系统标准版软件许可一套，功能包括：古籍入库登记、破损定级、修复方案审批、修复工序记录、用料及纸张配补管理、修复前后影像比对、出库交接及档案生成。许可为永久许可，限甲方内部使用，并发用户不超过二十个。

1.2 定制开发内容：修复档案按甲方现行格式自动生成；与甲方高清扫描设备的影像自动导入接口；修复师工时及绩效统计报表；委托方（图书馆、博物馆等）进度查询页面。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 定制开发需求以双方确认的《需求确认单》为准。需求确认单签署后，甲方提出的新增或变更需求，乙方有权另行报价，并相应调整交付期限。

1.5 甲方应指定一名项目联系人，负责需求确认、资料提供及内部协调，并在乙方提出问题后三个工作日内答复。

## 第二条 合同金额

2.1 本合同总金额为人民币伍拾万元整（¥500,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 墨研修复流程管理系统标准版软件许可 | 268,000 |
| 2 | 定制开发（档案生成、影像接口、工时报表、进度查询） | 196,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 500,000 |

2.2 以上金额含增值税。甲方服务器、操作系统及数据库由甲方自备，不包含在本合同金额内。

2.3 乙方人员赴甲方现场提供服务的差旅费用，除本合同约定的安装部署及首次培训外，由甲方按实际发生额另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥325,000，乙方收到该款项后启动开发工作。上述款项一经支付，除本合同另有约定外不予退还。

3.2 系统安装部署完成后五个工作日内，甲方支付剩余35%，即¥175,000。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至款项付清。

## 第四条 交付

4.1 乙方应在收到首笔款项后九十日内完成定制开发及安装部署。

4.2 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，但累计不超过合同总金额的5%。

4.3 因甲方未及时提供需求确认、扫描设备接口资料或服务器环境导致延期的，交付期限相应顺延。

4.4 乙方交付内容包括：安装于甲方服务器的系统软件、软件许可证书、用户操作手册及管理员手册电子版。定制开发部分的源代码不属于交付内容。

## 第五条 验收

5.1 乙方完成安装部署后通知甲方，系统安装部署完成即视为甲方验收合格。

5.2 甲方如对系统功能有异议，应在部署完成后五日内书面提出，逾期未提出的，视为甲方认可系统符合合同要求。乙方对甲方提出的问题进行修改，修改不影响验收结论及付款。

5.3 甲方在系统部署完成前已使用系统部分功能录入业务数据的，自开始使用之日起视为该部分功能已验收。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统安装部署完成之日起计算。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

6.2 一级故障（系统无法登录或无法保存修复记录）乙方在接到通知后8小时内响应；其他问题在三个工作日内答复。

6.3 乙方将尽力按上述时限提供支持，但响应超时不构成违约，乙方不承担任何扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改系统、硬件故障或病毒导致的问题，不在免费维护范围内，乙方可按其服务价格另行收费。

6.5 乙方提供一次集中操作培训，时长一天，参加人员由甲方确定。甲方新入职人员的培训及额外培训，乙方可另行收费。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，双方另行签订维护合同，维护费按乙方届时公布的年度服务价格标准执行。

7.2 甲方未续签维护合同的，乙方不再提供软件升级、缺陷修复及技术支持。

7.3 维护服务期内，乙方提供远程技术支持、软件缺陷修复及标准版本升级；现场服务按次另行计费。维护合同中断后重新续签的，乙方有权补收中断期间的维护费。

## 第八条 知识产权

8.1 墨研修复流程管理系统及其相关文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、接口程序及其源代码的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，不得提供给任何第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

8.4 乙方保证其提供的标准版软件不侵犯第三方的合法权利。因甲方修改系统或将系统与第三方软件结合使用引起的侵权纠纷，由甲方自行负责。

## 第九条 数据

9.1 系统中的古籍登记信息、修复记录及影像资料归甲方所有，乙方不得将其用于本合同以外的用途。

9.2 乙方在远程技术支持中接触甲方数据的，应通过甲方开通的临时账号进行，操作完成后由甲方关闭账号；乙方应采取防病毒、权限控制等技术措施防止数据被篡改或丢失。

9.3 因乙方原因造成甲方数据丢失或损坏的，乙方负责协助恢复，并赔偿甲方因此遭受的直接损失。

9.4 甲方应自行做好系统数据及影像资料的日常备份。乙方建议甲方每周进行一次全量备份，并将备份介质异地存放。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对间接损失、利润损失及数据恢复以外的其他损失不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方应停止使用尚未付清款项部分对应的软件功能。

11.3 因甲方原因解除合同的，甲方已支付的款项不予退还；乙方已完成但甲方尚未支付的工作，甲方仍应按合同约定支付。

## 第十二条 不可抗力

因不可抗力、网络运营商故障、政策变化等非乙方可控原因导致合同无法履行或延迟履行的，乙方不承担责任。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，以乙方产品说明书及报价单为准。

14.3 本合同附件包括：需求确认单、产品功能清单、报价单。附件与本合同条款不一致的，以本合同条款为准。

14.4 双方往来通知以书面或电子邮件方式发送至本合同载明的联系方式。

甲方（盖章）：南京藏珍古籍修复工作室有限公司

乙方（盖章）：苏州墨研信息技术有限公司

日期：2026年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. CCS-HY-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhejiang Huanyu Paper Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Customer"), and Cap Corse Software SAS, a French simplified joint-stock company with its registered office at Quai des Martyrs de la Liberation, 20200 Bastia, France (the "Vendor").
P:The Customer wishes to replace its maintenance management tools at its two paper mills with the Vendor's enterprise asset management software, configured to its processes, and the Vendor is willing to licence that software and to provide the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintiCore enterprise asset management software, version 8, in object code, with its documentation and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, work-order templates, reports, interface programs to the Customer's ERP and DCS historian, data migration scripts and related documentation made by the Vendor specifically for the Customer, including their source code.
P:1.3 "Customer Data" means all data entered into, imported into or generated by the Software in the Customer's use, including asset registers, maintenance histories, spare-part records and personal data of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's mills in Jiaxing and Pinghu for up to 350 named users and 40 concurrent mobile users, for the Customer's internal business and that of its affiliates.
P:2.2 The Vendor shall supply, install and configure the Software, develop the Custom Deliverables, migrate the data listed in the statement of work from the Customer's current systems, and train the Customer's key users and administrators.
P:2.3 The Software shall be installed on servers provided by the Customer in its own data centre. The Vendor shall not host any part of the solution.
P:2.4 Each party shall appoint a project manager within 10 days after signature. The project managers shall meet every two weeks, keep a shared risk and issue log and agree any change to scope, price or dates in a written change request signed by both parties.
H:Article 3 Price and Payment
P:3.1 The total price is CNY 2,208,000 (the "Contract Price"), inclusive of all taxes, made up of the Licence Fee of CNY 1,620,000, implementation services of CNY 540,000 and training of CNY 48,000. The Contract Price is fixed and covers all travel and expenses.
P:3.2 The Customer shall pay: (a) 20% of the Contract Price (CNY 441,600) within 30 days after signature, against the Vendor's invoice; (b) 45% (CNY 993,600) within 30 days after the Go-Live Certificate; and (c) 35% (CNY 772,800) within 30 days after Final Acceptance.
P:3.3 Go-live or productive use of the Software does not constitute acceptance.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall reach Go-Live within 150 days after signature and shall request Final Acceptance within 60 days after Go-Live, according to the project plan in the statement of work.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 Before Go-Live, the parties shall run the acceptance tests set out in the test plan agreed during design, covering every function in the functional specification, all interfaces and the migrated data.
P:5.2 Final Acceptance requires that: (a) every test case has passed; (b) the migrated asset register and maintenance history reconcile with the source systems record by record; (c) the ERP and historian interfaces have run for 20 consecutive working days without error; (d) work-order screens open in under 2 seconds with 40 concurrent users; and (e) no Severity 1 or Severity 2 defect has remained open for 30 days after Go-Live.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within 10 working days or state in writing the criteria it considers not met. The Vendor shall correct the shortcomings and repeat the relevant tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, deliver updates and provide support free of charge.
P:6.2 Severity 1 incidents (the Software unavailable at a mill, or work orders cannot be created) shall be responded to within 1 hour and resolved or worked around within 8 hours, at all times; Severity 2 incidents within 2 hours and 2 working days.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or resolution time, the Vendor shall pay CNY 1,500, deducted from the next payment or support fee.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Licence Fee (CNY 178,200 per year). This fee is fixed for the three years following the Warranty Period and thereafter may increase by no more than the Chinese consumer price index of the prior year. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including copyright in their source code, belong to the Customer from creation. The Vendor shall deliver the source code and build documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear the resulting costs and damages.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep, copy, analyse or use it for any other purpose, whether or not anonymised.
P:8.2 The Vendor shall access the Customer's systems only remotely through the Customer's VPN with multi-factor authentication, session by session with the Customer's approval, or on site. It shall not transfer Customer Data out of the People's Republic of China and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours of becoming aware of it, shall cooperate in containing it and shall be liable for the losses it causes through its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only for this Agreement and disclose it only to its staff and advisers who need to know it and are bound by equivalent duties. This obligation survives for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:10.2 The limit does not apply to liability for personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any subcontractor approved in this way.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature. The licence survives the end of the services.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if the liquidated damages under Article 4.2 reach their maximum.
P:12.3 On termination before Final Acceptance for the Vendor's breach, the Vendor shall refund the amounts paid for the parts of the work that cannot be used and hand over all work in progress.
H:Article 13 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 90 days, either party may terminate the affected services by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of France, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of or in connection with this Agreement that the parties cannot settle amicably within 30 days shall be submitted to the exclusive jurisdiction of the Tribunal de commerce de Bastia.
H:Article 15 General
P:15.1 This Agreement, with its statement of work, functional specification and test plan, is the entire agreement of the parties on its subject. Amendments require a written document signed by both parties.
P:15.2 This Agreement is made in English and Chinese, both texts being equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Lilibeo QualityCloud — Order Form and General Terms

**Order Form No. LQ-CN-2026-0231**

Provider: Lilibeo Cloud S.r.l., Via Mazzini 41, 91025 Marsala (TP), Italy ("Lilibeo")

Customer: Foshan Kaiyue Kitchen Appliances Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to the services ordered in Part A. If the two parts conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Services

Lilibeo shall provide the QualityCloud Enterprise service to Customer: supplier quality management, incoming inspection, non-conformance and CAPA workflows, audit planning, document control and quality dashboards, accessible through web browsers and the QualityCloud mobile app. The service is hosted for Customer on Alibaba Cloud in the Shanghai region. The subscription covers 420 named users and three plants (Shunde, Jiangmen and Zhaoqing).

Lilibeo shall also perform the onboarding services: configuration of Customer's inspection plans and workflows, import of Customer's supplier list, open non-conformances and controlled documents, single sign-on with Customer's directory, an interface to Customer's ERP for purchase orders and goods receipts, and key-user training.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4; the second starts on its first anniversary.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| QualityCloud Enterprise subscription, Subscription Year 1 | 420 named users, 3 plants | 348,000 |
| QualityCloud Enterprise subscription, Subscription Year 2 | 420 named users, 3 plants | 348,000 |
| Onboarding services | fixed price, one-time | 42,000 |
| Total fees for the Subscription Term | | 738,000 |
| Additional storage above 2 TB (if used) | per TB per month | 900 |

All fees are in CNY and include VAT. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice. Additional storage is billed quarterly in arrears.

### A4. Onboarding and Go-Live Acceptance

A4.1 Lilibeo shall complete the onboarding services within 75 days after signature of this Order Form, according to the onboarding plan agreed at the kick-off meeting.

A4.2 Go-Live Acceptance requires that: (a) every workflow in the configuration workbook has been tested by Customer's key users without open Priority 1 or Priority 2 defects; (b) the imported suppliers, open non-conformances and documents reconcile with Customer's source lists; (c) single sign-on works for all users; and (d) purchase orders and goods receipts flow from the ERP to QualityCloud for 10 consecutive working days without error.

A4.3 Customer shall sign the Go-Live Acceptance certificate within 7 working days after the criteria are met, or state in writing which criteria are not met. Use of the service by Customer's plants before that certificate does not constitute acceptance.

A4.4 If Lilibeo expects that onboarding will not be completed on time, it shall inform Customer in writing without delay, explain the cause and propose a recovery plan. Customer shall provide the data, test users and ERP access listed in the onboarding plan in good time.

### A5. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Lilibeo may increase the subscription fee for each renewal term by up to 8% over the fee of the preceding Subscription Year by notifying Customer at least 90 days before the renewal date.

### A6. Contacts and Signatures

Customer's contract owner: Quality Director. Lilibeo's account manager: Regional Director, Greater China.

For Customer: ____________________    For Lilibeo: ____________________

## PART B — GENERAL TERMS

### 1. Use of the Service

1.1 Lilibeo grants Customer and its affiliates a non-exclusive, non-transferable right to use the service during the Subscription Term for their internal business.

1.2 Customer shall not resell the service, attempt to access its source code or use it to build a competing product.

1.3 Lilibeo shall provide support in Chinese and English through its service desk portal, by e-mail and by telephone. Customer's key users may open tickets at any time. Lilibeo shall publish release notes at least ten days before each major release and shall not remove functions described in A1 during the Subscription Term.

### 2. Service Levels

2.1 Lilibeo shall make the production service available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 22:00 and 06:00 China Standard Time.

2.2 Priority 1 incidents (the service is unavailable or inspections cannot be recorded at a plant) shall be responded to within 30 minutes and restored within 6 hours, at any time. Priority 2 incidents shall be responded to within 2 hours during business hours and restored within 2 business days.

2.3 If monthly availability falls below the level in 2.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly amount. For each Priority 1 incident not responded to in time, Customer receives a further credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the term.

### 3. Customer Data

3.1 All data uploaded to or generated in the service by or for Customer ("Customer Data") belongs to Customer. Lilibeo shall process Customer Data only to provide the service to Customer and shall not use it for any other purpose, including in aggregated or anonymised form.

3.2 At the end of the Subscription Term, Lilibeo shall make a full export of Customer Data available in CSV and PDF formats for 60 days and shall then delete it, confirming deletion in writing.

### 4. Data Security

4.1 Lilibeo shall keep the service certified under ISO/IEC 27001, encrypt Customer Data in transit and at rest, store it only in the People's Republic of China, restrict administrative access to named staff with multi-factor authentication and keep access logs for at least 180 days.

4.2 Lilibeo shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, shall take immediate remedial action and shall be responsible for the losses caused to Customer by an incident resulting from its breach of this Section 4.

### 5. Intellectual Property

5.1 The service, its software and its documentation remain the property of Lilibeo.

5.2 Inspection plans, workflow configurations, report templates and the ERP interface mapping created for Customer during onboarding belong to Customer. Customer may use, modify and license them freely, also with another provider after the end of the term.

### 6. Confidentiality

Each party shall keep confidential the other party's non-public information disclosed under this Order Form, shall use it only to perform this Order Form and shall not disclose it to third parties without the other party's written consent. This obligation continues for three years after the end of the Subscription Term.

### 7. Subcontractors and Subprocessors

Lilibeo uses Alibaba Cloud as its hosting provider, which Customer approves by signing this Order Form. Lilibeo shall not engage any other subcontractor or subprocessor for the service without Customer's prior written consent and remains responsible for their performance.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to 150% of the total fees for the Subscription Term stated in A3.

8.2 The limit does not apply to breach of Sections 3, 4 or 6, to infringement of intellectual property or to wilful misconduct.

### 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.

9.2 If Customer terminates under 9.1, Lilibeo shall refund the prepaid fees for the remaining part of the Subscription Year.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 11. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of government, provided that it informs the other party promptly and uses reasonable efforts to resume performance. Failures of Lilibeo's hosting provider are not force majeure.

### 12. General

12.1 Notices shall be given in writing to the addresses in this Order Form or to e-mail addresses notified by each party.

12.2 Neither party may assign this Order Form without the other party's prior written consent, except to an affiliate that takes over the relevant business.

12.3 This Order Form is the entire agreement on its subject. Any change requires a written amendment signed by both parties.
"""

E03 = """T:Supply Contract for Vibration Monitoring Sensors and Monitoring Software
P:Contract No. JSC-EQ-2026-112
P:Buyer: Hubei Jingshan Cement Co., Ltd., Jingshan County, Jingmen, Hubei Province, People's Republic of China (the "Buyer")
P:Supplier: Ibla Sensing S.r.l., Contrada Mugno, 97100 Ragusa, Italy (the "Supplier")
P:This Contract is made on the Buyer's standard terms for the purchase of equipment. The Buyer intends to monitor the condition of the kiln drives, raw mills, cement mills, fans and conveyors of its two clinker lines, and the Supplier has been selected after a competitive tender.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 3.
P:1.2 "Software" means the Supplier's VibraWatch condition monitoring software, including its analytics modules and mobile application, licensed under Clause 9.
P:1.3 "Buyer Data" means all measurement data, alarms, asset data and reports generated by the Equipment and the Software at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install the sensors and gateways on the machines listed in Annex 1, install the Software on the Buyer's servers, configure the asset hierarchy, alarm limits and reports, integrate the Software with the Buyer's DCS and maintenance system, and train the Buyer's staff.
P:2.2 All Equipment shall be new, of current production, rated for the dust and temperature conditions of a cement plant, and certified for use in the hazardous areas identified in Annex 1.
P:2.3 The Buyer shall provide access to the machines during the agreed stops, scaffolding where needed, server hardware meeting the Supplier's published requirements, network connections for the gateways and a contact engineer for each line. The Supplier's staff shall follow the Buyer's safety rules, including permit-to-work and lock-out procedures.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,940,000, inclusive of VAT, customs duties, delivery to the Buyer's plant, insurance and all other costs. It is fixed for the duration of this Contract. The itemised prices are:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors with mounting kits|180|6,800|1,224,000
TB:2|Industrial wireless gateways|14|9,500|133,000
TB:3|VibraWatch software, perpetual licence (server and 25 users)|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,743,000
TB:4|Installation, configuration, DCS and maintenance-system integration|1|168,000|168,000
TB:5|Training and documentation|1|29,000|29,000
TB:|Contract Price|||1,940,000
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 388,000) within 30 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,067,000) within 30 days after all Equipment has been installed and the Software has been commissioned, as recorded in an Installation Certificate. The Installation Certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 25% (CNY 485,000) within 30 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment to the Buyer's plant within 70 days after signature and shall complete installation and commissioning within 45 days after delivery, during the planned kiln stops notified by the Buyer.
P:5.2 If the Supplier fails to meet a date in Clause 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:6. Acceptance
P:6.1 After the Installation Certificate, the system shall run for a trial period of 60 days.
P:6.2 Final Acceptance requires that: (a) every sensor reports data to the Software at the configured interval, with no gap longer than 30 minutes for any sensor during the last 20 days of the trial period; (b) readings of ten sensors chosen by the Buyer agree within 5% with a calibrated portable analyser; (c) alarms are received in the DCS within 10 seconds; (d) the work-order interface to the maintenance system has run without error for 20 consecutive days; and (e) the documentation listed in Annex 2 has been delivered.
P:6.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. Use of the system during the trial period does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and deliver Software updates free of charge, including shipping and site visits.
P:7.2 The Supplier shall keep a stock of replacement sensors and gateways in China so that defective units are replaced within 5 working days.
P:7.3 The warranty does not cover damage caused by misuse, by modifications not approved by the Supplier or by mechanical damage to sensors during maintenance work on the machines by the Buyer's staff. In such cases the Supplier shall still supply replacement units at the unit prices in Clause 3.
H:8. Support and Service Levels
P:8.1 Severity 1 faults (loss of monitoring of a kiln drive or a complete line) shall be responded to within 30 minutes by remote diagnosis, at any time, and resolved within 48 hours. Severity 2 faults shall be responded to within 2 hours during working hours and resolved within 5 working days.
P:8.2 For each hour by which the Supplier exceeds a Severity 1 response time, the Supplier shall pay CNY 800, deducted from the next payment or from the support fee.
P:8.3 After the warranty period, the Buyer may order annual support at 8% of the Hardware and Licence Subtotal, that is CNY 139,440 per year. This fee is fixed for the first two years after the warranty period and thereafter may be adjusted only by written agreement. Support is ordered by a separate purchase order each year and does not renew automatically.
H:9. Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at the Buyer's plants.
P:9.2 The configurations, alarm limits, report templates, interface programs and documentation prepared specifically for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver the source code of the interface programs at Final Acceptance.
P:9.3 The Supplier shall indemnify the Buyer against claims that the Equipment or the Software infringes a third party's rights.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep, copy or use it for any other purpose, including in anonymised or aggregated form.
P:10.2 The Software shall run on the Buyer's own servers. Remote access by the Supplier requires the Buyer's approval for each session and shall take place through the Buyer's bastion host, with all actions logged. The gateways shall not send data to any destination outside the Buyer's network.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the Equipment, the Software or Buyer Data, shall take remedial action at its own cost and shall be liable for the losses caused by its breach of this Clause.
H:11. Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Contract, in particular the Buyer's process data, drawings and network details, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Contract.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation work by an approved local subcontractor remains the Supplier's responsibility.
H:14. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under Clause 5.2 reach their maximum.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:16. Force Majeure
P:Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, if it notifies the other party promptly and takes reasonable steps to reduce the effects. Dates are extended by the duration of the event.
H:17. General
P:17.1 This Contract, with its Annexes, the tender documents and the Supplier's bid, is the entire agreement of the parties. In case of conflict, this Contract prevails over the Annexes and the Annexes over the bid.
P:17.2 Any amendment must be in writing and signed by both parties. This Contract is made in Chinese and English; both texts are equally authentic.
P:Annex 1: Machine and sensor location list. Annex 2: Documentation list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

**Agreement No. PDS-XM-2026-07**

This Managed Infrastructure Services Agreement (the "Agreement") is made between:

- **Xiamen Haixin Shipping Agency Co., Ltd.**, a company established in the People's Republic of China, with its registered office in the Huli District, Xiamen, Fujian Province ("Customer"); and
- **Porto Digital Services SAS**, a company registered in France, with its registered office at Route de Bastia, 20137 Porto-Vecchio, Corse-du-Sud, France ("Provider").

Customer wishes to outsource the operation of its IT infrastructure at its head office and eleven branch offices, and Provider has offered to provide managed services from its service centre and through its field engineers in China.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2; "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees, principals and customers that Provider accesses, processes or stores in performing the Services.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Clause 3.3.

## 2. Term

2.1 The Services shall be provided for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition and Acceptance

3.1 Provider shall take over the Services from Customer's current arrangements according to the transition plan, including discovery of all assets, creation of the configuration management database (CMDB), monitoring set-up, knowledge transfer and written runbooks for every service in Schedule 1.

3.2 Provider shall complete transition within 60 days after signature of this Agreement. If transition is not completed on time for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

3.3 Transition Acceptance requires that: (a) the CMDB contains every server, network device and end-user device in the asset list, verified by sampling of Customer's choice; (b) monitoring covers every item in Schedule 1; (c) runbooks for every service have been reviewed and approved by Customer; (d) backup and restore have been tested for each critical system; and (e) the service desk has operated in parallel with Customer's staff for 10 working days without a missed Priority 1 response. Customer shall sign the certificate within 5 working days after the criteria are met or state which criteria are not met.

## 4. Charges and Payment

4.1 Customer shall pay the Charges in Schedule 3. The total Charges for the Term are CNY 2,184,000.

4.2 The Monthly Service Charge is invoiced monthly in arrears and payable within 30 days of invoice, less any Service Credits. The Transition Charge is invoiced after Transition Acceptance and payable within 30 days. No amount is payable in advance.

4.3 The Charges are fixed for the Term. Additional work outside Schedule 1 shall be agreed in writing at the rates in Schedule 3 before it starts.

## 5. Service Levels

5.1 Provider shall meet the Service Levels in Schedule 2 and report on them monthly, with root-cause analysis for every Priority 1 incident.

5.2 Service Credits are deducted from the next invoice. They are a price adjustment for reduced service and do not prevent Customer from claiming damages for losses beyond the credits.

5.3 Customer shall give Provider's staff the access, accounts, office space and information reasonably needed for the Services, and shall inform Provider in advance of changes to its systems that may affect the Service Levels. Provider is not responsible for a failure to meet a Service Level to the extent it is caused by Customer's failure to do so.

5.4 The parties shall hold a monthly service review and a quarterly management review. Provider shall propose improvements for any Service Level missed in two consecutive months.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose, whether during or after the Term.

6.2 Provider shall comply with Customer's information security policies, the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Provider's staff shall access Customer's systems only through Customer's bastion host with multi-factor authentication; all privileged sessions are recorded. Customer Data shall not leave the People's Republic of China.

6.3 Provider shall notify Customer of any security incident affecting Customer Data or Customer's systems within 2 hours of detection, shall contain it under Customer's direction and shall be liable for losses resulting from its breach of this Clause 6.

## 7. Intellectual Property

7.1 Provider's own tools and know-how remain Provider's.

7.2 The CMDB content, runbooks, scripts, monitoring configurations, reports and other deliverables created for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to a successor provider.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information received in connection with this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent. The obligation survives for five years after the end of this Agreement.

## 9. Subcontracting

Provider may subcontract any part of the Services, including field support at branch offices, by giving Customer written notice at least 14 days before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement in any event or series of connected events is limited to the Charges paid or payable in the nine months preceding the event giving rise to the claim.

10.2 The limit in 10.1 does not apply to personal injury, fraud or wilful misconduct.

## 11. Duration and Termination

11.1 This Agreement runs for the Term and may not be terminated early by either party, except by written agreement of both parties or under Clause 12.

11.2 If Provider breaches this Agreement, Customer's remedies are the Service Credits, the delay payments under Clause 3.2 and damages within the limit of Clause 10. Customer shall continue to pay the Charges for the Services provided, and both parties shall continue to perform this Agreement while a dispute is resolved.

11.3 On expiry, Provider shall for up to 60 days assist Customer and any successor provider with the handover of the Services, at the rates in Schedule 3, and shall return all Customer Data and deliverables.

## 12. Force Majeure

If a force majeure event prevents a party from performing for more than 90 consecutive days, either party may end this Agreement by written notice. Provider shall keep its disaster-recovery arrangements in place and shall not rely on events they were designed to handle.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. In case of conflict, the Clauses prevail over the Schedules.

14.2 Any amendment must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

For Customer: ____________________    For Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese- and English-speaking service desk for 520 users, ticket logging, first-line resolution, password resets | 24 x 7 |
| Server operations | 86 virtual servers and 9 hosts: monitoring, patching, capacity management | 24 x 7 |
| Network operations | head-office core, 11 branch networks, firewalls, Wi-Fi, SD-WAN links | 24 x 7 |
| Backup and restore | daily backups, monthly restore tests, off-site copies in Xiamen | 24 x 7 |
| Field support | on-site support at head office and branches, device installation and moves | business days 08:30-18:00 |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of core infrastructure (servers, head-office network, firewalls) | 99.95% per calendar month | 3% of the Monthly Service Charge for each started 0.02 percentage point below the level |
| Priority 1 incident response | 15 minutes, at any time | CNY 1,000 per late response |
| Priority 1 incident restoration | 3 hours | CNY 2,000 per started hour late |
| Priority 2 incident response | 1 hour | CNY 500 per late response |
| Backup success rate | every scheduled job completed or rerun within the same day | CNY 800 per missed job |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | per month, 36 months | 58,000 |
| Total Charges for the Term | 96,000 + 36 x 58,000 | 2,184,000 |
| Additional work | per engineer-day, on written order | 2,600 |
"""

E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. BMD-QD-2026-19

BETWEEN

Qingdao Yuanhang Ferry and Shipping Co., Ltd., a company established in the People's Republic of China, with its registered office in the Shinan District, Qingdao, Shandong Province ("Customer")

AND

Balagne Meteo Data SARL, a company registered in France, with its registered office at Avenue de la Republique, 20260 Calvi, Haute-Corse, France ("Provider")

BACKGROUND

Customer operates passenger ferries and cargo vessels in the Yellow Sea and the Bohai Sea and wishes to use Provider's marine weather and sea-state forecasts in its voyage planning and fleet monitoring systems. Provider makes these forecasts available through an application programming interface (the "API").

1. DEFINITIONS

1.1 "Data" means the forecast and observation data delivered through the API, including wind, wave height and period, swell, sea-surface currents, visibility and storm warnings.

1.2 "Customer Inputs" means the vessel positions, planned routes, port calls and queries that Customer sends to the API.

1.3 "Subscription Year" means each of the two consecutive periods of one year each, the first starting on the date of Integration Acceptance under Clause 4.3.

1.4 "Custom Deliverables" means the data adaptor for Customer's voyage planning system, the custom route-forecast feed and the related documentation developed by Provider for Customer under Clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer and its affiliates a non-exclusive, non-transferable right to access the API and to use the Data in their own operations in the People's Republic of China during the two Subscription Years, within a quota of 6,000,000 API calls per Subscription Year.

2.2 Customer may display the Data to its crews, its shore staff and its passengers through its own systems and applications, but shall not resell the Data or make it available as a data service to third parties.

2.3 Provider shall keep the Data updated at least four times a day for the coverage area in the Order Schedule below and shall inform Customer at least 60 days in advance of any change to the API that is not backward compatible.

2.4 Customer shall keep its API credentials secure, shall use the API only through its own systems and shall inform Provider without delay if it suspects that credentials have been misused. Calls made with Customer's credentials count against Customer's quota.

3. FEES AND PAYMENT

3.1 The fees are:

Subscription fee, Subscription Year 1: CNY 286,000
Subscription fee, Subscription Year 2: CNY 286,000
Integration set-up (one-time, fixed price): CNY 34,000
Total fees for the two Subscription Years: CNY 606,000
API calls above the annual quota: CNY 0.80 per 1,000 calls, billed quarterly in arrears

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice. The integration set-up fee is invoiced after Integration Acceptance and is payable within 30 days of invoice.

3.3 All fees are in CNY and include VAT. The fees are fixed for the two Subscription Years.

3.4 Provider shall issue valid Chinese VAT invoices through its authorised agent in China. Customer may withhold a disputed amount in good faith while the parties try to settle the dispute, and shall pay the undisputed part on time.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall develop the Custom Deliverables, provide test and production credentials and support Customer's IT team in connecting the API to Customer's voyage planning and fleet monitoring systems.

4.2 Provider shall make the production API and the Custom Deliverables available for acceptance testing within 45 days after signature. If Provider fails to do so for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay.

4.3 Integration Acceptance requires that: (a) the data adaptor loads the forecasts for every route in Customer's route list without error for 14 consecutive days; (b) the custom route-forecast feed matches the values of the standard API for a sample of fifty route points chosen by Customer; (c) storm warnings reach Customer's fleet monitoring system within 5 minutes of their publication by Provider; and (d) the documentation has been delivered. Customer shall confirm Integration Acceptance in writing within 5 working days after the criteria are met or state which criteria are not met. Use of the Data before that confirmation does not constitute acceptance.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to restore it promptly after any interruption.

5.2 Customer may report problems by e-mail or through Provider's support portal. Provider will use commercially reasonable efforts to respond to and resolve reported problems promptly, giving priority to problems that prevent Customer from receiving storm warnings.

5.3 Provider will announce planned maintenance on its status page in advance and will try to carry it out at night, China Standard Time.

6. CUSTOMER INPUTS AND DATA PROTECTION

6.1 Customer Inputs belong to Customer.

6.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs, in anonymised and aggregated form, to verify and improve its forecast models and to develop and offer data products to other customers. This licence continues after the end of this Agreement.

6.3 Provider shall protect Customer Inputs with appropriate technical and organisational measures, including encryption in transit, access control limited to named staff and logging of access. Customer Inputs that identify Customer's vessels shall be stored only on servers in the People's Republic of China.

6.4 At the end of this Agreement, Provider shall delete Customer Inputs in identifiable form and confirm the deletion in writing, except for the anonymised and aggregated data covered by Clause 6.2.

6.5 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs, shall take immediate steps to contain it and shall be liable for the losses caused to Customer by its breach of this Clause 6.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API, its software, its forecast models and the Data, subject to the rights granted to Customer in Clause 2.

7.2 The Custom Deliverables belong to Customer. Provider shall deliver their source code at Integration Acceptance, and Customer may use, modify and license them freely.

8. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's route plans, fleet data and commercial terms, and shall not disclose it to any third party without the other party's prior written consent, except as permitted by Clause 6.2. This obligation survives for three years after the end of this Agreement.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in Clause 3.1.

9.2 The limit does not apply to breach of Clauses 6 and 8, infringement of intellectual property rights, personal injury or wilful misconduct.

9.3 Forecasts are by nature uncertain. Customer remains responsible for the navigational decisions of its masters, who shall use the Data together with official warnings.

10. SUBCONTRACTING

Provider shall not subcontract the development of the Custom Deliverables or the operation of the API without Customer's prior written consent. Provider remains responsible for any subcontractor so approved.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 If Customer terminates under Clause 11.2, Provider shall refund the subscription fee paid for the remainder of the current Subscription Year.

11.4 On the end of this Agreement, Customer's right to access the API ends. Customer may keep and continue to use the Data already received for its internal records and for the analysis of past voyages.

12. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, failures of public networks or acts of government, if it informs the other party promptly.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 This Agreement is the entire agreement of the parties on its subject. Any amendment must be in writing and signed by both parties.

14.2 Notices shall be given in writing to the addresses above or to e-mail addresses notified by each party.

ORDER SCHEDULE

Coverage area: Yellow Sea, Bohai Sea and the approaches to the ports of Qingdao, Yantai, Weihai, Dalian and Tianjin, at a horizontal resolution of at least 3 kilometres near the coast.

Products: hourly forecasts up to 72 hours ahead and three-hourly forecasts up to ten days ahead; observation data from buoys and coastal stations where available; storm and gale warnings; route forecasts for the routes in Customer's route list, which Customer may update once a month.

Formats: JSON and GRIB2 through the API; the custom route-forecast feed in the format agreed during integration.

Technical contacts: Customer's IT manager for fleet systems; Provider's customer integration engineer.

For Customer: ____________________    For Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and checks

FILES = {  # key -> (file name, format, source)
    "h931z01": ("h931z01_agri_cold_storage_supervision_platform.pdf", "pdf", Z01),
    "h931z02": ("h931z02_compass_factory_line_control_retrofit.docx", "docx", Z02),
    "h931z03": ("h931z03_horse_riding_chain_booking_membership_saas.txt", "txt", Z03),
    "h931z04": ("h931z04_eco_bureau_vapour_recovery_monitoring_om.txt", "txt", Z04),
    "h931z05": ("h931z05_ancient_book_restoration_tracking_supplier_template.md", "md", Z05),
    "h931e01": ("h931e01_paper_mill_eam_perpetual_licence_bastia.pdf", "pdf", E01),
    "h931e02": ("h931e02_quality_saas_order_form_marsala.md", "md", E02),
    "h931e03": ("h931e03_cement_vibration_sensors_monitoring_ragusa.docx", "docx", E03),
    "h931e04": ("h931e04_shipping_agency_managed_infrastructure_porto_vecchio.md", "md", E04),
    "h931e05": ("h931e05_ferry_marine_weather_api_calvi.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: language, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None,
# acceptance_deemed_on_delivery, contract_value), TCO fee base (goods only), forum outside mainland China
D = {
    "h931z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False,
                                   True, False, "PRC", G], [True, True, True, False, 2100000], 1180000, False),
    "h931z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 18, 27, False,
                                   True, False, "PRC", G], [True, True, True, False, 1700000], 1460000, False),
    "h931z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 600 / 558000 * 100, 200, None, True, None,
                                None, None, False, True, False, "PRC", S], [True, True, None, False, 558000], None, False),
    "h931z04": ("zh", "services", [99.95, 8, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None,
                                   False, True, False, "PRC", S], [True, True, None, False, 1386000], None, False),
    "h931z05": ("zh", "software", [None, 8, False, "supplier", True, True, False, 0.02, None, 65, False, False, 6, None,
                                   False, True, None, None, G], [True, True, False, True, 500000], 268000, False),
    "h931e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False,
                                   True, False, "France", G], [True, True, True, False, 2208000], 1620000, False),
    "h931e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, None, 150, None, True, None, None, None,
                                True, True, False, "PRC", S], [True, False, None, False, 738000], None, False),
    "h931e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 8, False,
                                   True, False, "PRC", G], [True, True, True, False, 1940000], 1743000, False),
    "h931e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, True, 2000 / 2184000 * 100, 9 / 36 * 100,
                                   None, True, None, None, None, False, False, True, "PRC", S],
                [True, True, None, False, 2184000], None, False),
    "h931e05": ("en", "cloud", [None, None, False, "buyer", True, False, True, 500 / 606000 * 100, 150, None, True, None,
                                None, None, False, True, False, "PRC", S], [False, True, None, False, 606000], None, False),
}

DESIGN = {
    "h931z01": [],
    "h931z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h931z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h931z04": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
    "h931z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h931e01": ["CR-GOVERNING-LAW"],
    "h931e02": ["CR-AUTO-RENEWAL", "CR-LD-MISSING"],
    "h931e03": [],
    "h931e04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT", "CR-TERMINATION"],
    "h931e05": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack, policy §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    lang, cat, terms, extra, _, _ = D[key]
    assert len(terms) == len(TERM_KEYS)
    t = dict(zip(TERM_KEYS, terms))
    sla, lds, capped, deemed, value = extra
    e = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        e["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": e,
            "expected_rules": derive(key, t, e)}


def tco_share(key, t, e):
    base = D[key][4]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (e["contract_value"] + fees) * 100


def derive(key, t, e):
    """My reading of policy §3 and of its section "Where rules apply", applied to the label."""
    r = set()
    goods = t["contract_kind"] == G
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
        assert t["ld_rate_per_day_pct"] is None
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, e)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or D[key][5]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# threshold figures that no built text may state
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0\.05(?!\d)\s*(?:%|％|per\s*cent|percent|percentage)",
    r"万分之五(?![十\d])", r"0\.5\s*‰", r"千分之零点五",
    r"(?<![\d.,])(?:100|40|30|15)(?!\d)\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:百|一百|四十|三十|十五)(?![一二三四五六七八九\d])",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![十\d])四\s*(?:个)?\s*小时",
    r"(?<!twenty-)(?<!twenty)four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月|个自然月)",
    r"十二\s*个\s*(?:自然)?\s*月",
    r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"one\s*hundred\s*per\s*cent", r"thirty\s*per\s*cent", r"fifteen\s*per\s*cent", r"forty\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "at least 99.9", "0.05%", "0.05 % per day", "万分之五", "30%", "30 %", "百分之三十",
            "15%", "100%", "100 per cent", "40%", "4小时", "四小时", "4 个小时", "within 4 hours", "within4hours",
            "four hours", "12 months", "12个月", "十二个月", "12-month", "twelve months", "0.5‰"]
MUST_MISS = ["99.95%", "99.5%", "99.98%", "0.055%", "10.05%", "0.08%", "130%", "35%", "1.5%", "0.15%", "115%", "200%",
             "150%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "48小时", "14 hours", "2026年12月31日",
             "12 hours", "CNY 1,500", "¥150,000", "第十二条", "18 months", "24 x 7", "7×24小时"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in RX.finditer(form)]
    return hits


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), "regex misses %r" % s
    for s in MUST_MISS:
        assert not scan(s), "regex hits %r: %r" % (s, scan(s))

    word = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: FILES[k][2] for k in word}, word, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    used = set()
    problems = []
    for k in FILES:
        lab = label(k)
        t, e = lab["expected_terms"], lab["expected_extra"]
        for f, th in TH.items():
            if t[f] is not None and abs(t[f] - th) < 1e-9:
                problems.append("%s %s on threshold" % (k, f))
        share = tco_share(k, t, e)
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append("%s TCO share %.2f near threshold" % (k, share))
        if lab["expected_rules"] != sorted(DESIGN[k]):
            problems.append("%s rules %s != design %s" % (k, lab["expected_rules"], sorted(DESIGN[k])))
        used |= set(lab["expected_rules"])
        (OUT / (Path(FILES[k][0]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / FILES[k][0])
        if lab["language"] == "zh":
            n, lo, hi, unit = len(re.sub(r"\s", "", text)), 2750, 3000, "chars"
        else:
            n, lo, hi, unit = len(text.split()), 1450, 1650, "words"
        if not lo <= n <= hi:
            problems.append("%s length %d %s outside %d-%d" % (k, n, unit, lo, hi))
        hits = scan(text)
        if hits:
            problems.append("%s threshold figures in text: %s" % (k, hits))
        print("%-8s %-5s %5d %-5s risk %-6s tco %s rules %s" % (
            k, FILES[k][1], n, unit, risk(lab["expected_rules"]),
            "-" if share is None else "%.1f%%" % share, ", ".join(lab["expected_rules"]) or "(none)"))
    missing = set(ALL_RULES) - used
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    # the mix
    counts = {k: len(DESIGN[k]) for k in DESIGN}
    if sorted(k for k, c in counts.items() if c == 0) != ["h931e03", "h931z01"]:
        problems.append("compliant drafts wrong")
    if DESIGN["h931e01"] != ["CR-GOVERNING-LAW"] or risk(DESIGN["h931e01"]) != "low":
        problems.append("e01 wrong")
    if not 8 <= counts["h931z05"] <= 10:
        problems.append("z05 count")
    if sorted(c for k, c in counts.items() if k not in ("h931z01", "h931e03", "h931e01", "h931z05")) != [2, 2, 2, 3, 3, 3]:
        problems.append("six drafts must have two or three findings")
    assert not problems, "\n".join(problems)
    print("all checks passed; rules covered: %d of %d" % (len(used), len(ALL_RULES)))


if __name__ == "__main__":
    main()
