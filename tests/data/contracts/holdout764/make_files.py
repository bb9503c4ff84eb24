"""holdout764: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, thresholds, derived rules, coverage). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H764Z01 = """T:草原承包经营权确权登记管理平台采购合同
P:合同编号：LCJ-ZF-2026-0317　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青原县林业和草原局
P:乙方（供应商）：北辰地信科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就草原承包经营权确权登记管理平台的采购事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供草原承包经营权确权登记管理平台软件（含登记簿管理、承包方信息管理、地块矢量图层管理、权证打印、纠纷调处登记、统计分析等模块）的永久使用许可，许可范围为甲方及其下属乡镇草原站，不限用户数。
P:1.2 乙方按需求规格说明书完成定制开发，包括：与自然资源“一张图”系统的数据接口、与省级草原监测平台的数据交换接口、牧户移动端查询小程序、确权成果质检工具。
P:1.3 乙方负责将甲方现有的承包台账、地块图斑及历史权证扫描件整合入库，并负责部署、联调、培训及上线支持。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾捌万元整（¥2,280,000），包括：平台软件许可费¥1,160,000；定制开发费¥780,000；数据整合入库费¥246,000；部署实施及培训费¥94,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及乙方完成本合同所需的全部费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统部署完成、通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后一百二十日内完成部署并提交初步验收申请，在初步验收后九十日内完成试运行并提交最终验收申请。
P:4.2 乙方应提交源代码、数据库设计说明、接口文档、操作手册及培训材料。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有五个以上同类确权登记项目经验，未经甲方同意不得更换。项目经理应每周向甲方提交进度报告，说明已完成工作、存在问题及下周计划。
P:4.4 乙方应为甲方及各乡镇草原站操作人员提供不少于三期集中培训及一期上门培训，培训内容包括登记业务办理、图层编辑、权证打印及系统日常管理，培训后应组织考核。
P:4.5 系统部署于甲方指定的政务云环境，乙方应配合完成等级保护测评及密码应用安全性评估中涉及本系统的整改工作，不另收费。
H:第五条 验收
P:5.1 初步验收标准：全部功能模块按需求规格说明书逐项测试通过；两个接口连续七日数据交换无差错；整合入库的台账与地块数据经抽样比对，属性差错率不高于千分之三，图形拓扑检查无错误。
P:5.2 最终验收标准：系统连续试运行九十日，未发生一级故障；并发用户三百时常用查询响应不超过三秒；第三方安全测评无高危漏洞。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具验收报告。系统上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级及技术支持。
P:6.2 质保期内，因政策调整导致登记簿字段、权证样式或统计口径发生变化的，乙方应在甲方书面通知后三十日内完成相应修改，不另收费；新增功能需求由双方另行协商。
P:6.3 质保期满后，如甲方需要，乙方按不高于平台软件许可费9%的年费（即不高于¥104,400/年）提供维护服务，该费率在质保期满后三年内不得上调。
H:第七条 服务水平
P:7.1 一级故障（平台整体不可用或登记业务无法办理）：乙方接报后三十分钟内响应，两小时内到达现场，八小时内恢复业务。二级故障：一小时内响应，次个工作日内解决。
P:7.2 乙方响应或恢复每超时一小时，甲方可从维护费或履约保函中扣减¥1,000。
P:7.3 乙方应提供工作日值守的服务热线及在线工单系统，每季度向甲方提交运行分析报告，列明故障次数、处理时长、遗留问题及优化建议。每年确权登记集中办理期间，乙方应安排工程师驻场保障。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，甲方享有本合同约定的永久使用权。
P:8.2 乙方为本项目定制开发的接口程序、小程序、质检工具及其源代码、文档的知识产权归甲方所有，甲方可自行使用、修改或许可第三方使用。
H:第九条 数据安全
P:9.1 乙方应遵守《数据安全法》《个人信息保护法》，对承包方身份信息、地块数据采取加密存储、最小授权、操作留痕等措施，远程维护须经甲方批准并通过堡垒机进行。
P:9.2 确权登记数据属于甲方。乙方可对项目数据进行脱敏、汇总后用于其产品改进、模型训练及行业分析，但不得识别到具体承包户。
P:9.3 乙方人员不得将确权数据复制到非甲方设备，不得在互联网环境中存储或传输未脱敏的承包方信息；项目结束或合同终止时，乙方应将其持有的全部项目数据交还甲方并彻底删除，出具删除证明。
P:9.4 发生数据安全事件的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成数据泄露或损毁的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对在履行本合同中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第十一条 分包
P:11.1 乙方可将地块外业核查、扫描件整理等非主体工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方。乙方对分包部分向甲方承担责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十三条 监督检查与合同解除
P:13.1 甲方有权在合同履行期间对乙方的工作进度和质量进行检查，发现问题的，乙方应在甲方要求的期限内整改完毕并书面报告整改结果。
P:13.2 乙方逾期超过六十日，或交付成果两次验收不合格，或有其他根本违约行为经书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在事件发生后五日内书面通知对方并提供证明，双方根据影响程度协商延期履行或部分免除责任；不可抗力持续超过六十日致使合同目的无法实现的，任何一方可解除合同。
H:第十五条 争议解决
P:15.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分，内容不一致时以本合同为准。合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青原县林业和草原局　　乙方（盖章）：北辰地信科技有限公司
P:签订日期：2026年3月17日
"""

H764Z02 = """T:钢卷尺印刷收卷生产线控制系统改造及维保合同
P:合同编号：JLC-GZ-2026-021
P:甲方：金陵标准卷尺制造有限公司
P:乙方：锐控自动化工程有限公司
P:甲方拟对其二号、三号钢卷尺尺带印刷收卷生产线的控制系统进行改造。乙方已对现场进行勘察并提交技术方案。双方经协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）更换两条生产线的PLC及运动控制系统、伺服驱动与电机，实现尺带送料、刻度印刷、烘干定型、定长裁切、收卷的同步控制。
P:（二）新增在线视觉检测装置，对刻度线位置、数字字符、颜色进行逐米检测，不合格品自动喷码标记。
P:（三）提供生产控制软件（含配方管理、工单下达、产量统计、设备状态监视模块）的永久使用许可，并与甲方现有ERP系统实现工单及产量数据对接。
P:（四）完成拆旧、安装、接线、调试、试生产及操作维修人员培训。
H:二、合同价格
P:（一）合同总价为人民币壹佰伍拾贰万元整（¥1,520,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC及运动控制系统|2套|386,000
TB:2|伺服驱动器及伺服电机|2套|294,000
TB:3|在线视觉检测装置（含光源、相机、检测软件）|2套|218,000
TB:4|刻度印刷控制器|2台|152,000
TB:5|工控机及触摸屏|4台|86,000
TB:6|生产控制软件永久许可|1套|236,000
TB:|软硬件小计||1,372,000
TB:7|拆旧、安装调试及改造施工|1项|126,000
TB:8|培训|1项|22,000
TB:|合计||1,520,000
P:（二）上述价格为含税固定价格，包括设备运输、保险、安装辅材及技术服务费用。乙方所供设备均应为全新原厂正品，主要部件品牌及型号以附件设备清单为准，未经甲方书面同意不得替换。
P:（三）甲方负责提供现场施工所需的水、电及设备临时存放场地，并安排专人配合停产切换及试生产。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备到场安装调试完成、生产线恢复试生产后，甲方支付合同总价的45%。到场签收及试生产不视为验收。
P:（三）项目最终验收合格后十五个工作日内，甲方支付合同总价的35%。
H:四、工期
P:（一）乙方应在合同生效后六十日内完成设备到货，到货后利用甲方安排的停产窗口完成改造，每条线停产时间不超过十日。
P:（二）乙方因设备供货或施工原因不能按期完成的，应提前书面说明原因及预计完成时间，双方协商调整进度安排。
P:（三）乙方进场施工应遵守甲方的安全生产管理制度，施工人员须经甲方安全培训，特种作业人员持证上岗。乙方应做好拆除旧设备的防护，拆下的旧设备归甲方所有，由乙方搬运至甲方指定地点。
P:（四）乙方应在改造前编制停产切换方案，列明停产时间、切换步骤、回退措施，经甲方生产部门确认后实施，确保另一条生产线正常生产不受影响。
P:（五）乙方应提交电气原理图、接线图、PLC程序清单、设备说明书、软件操作手册及维护手册各两套，并提供电子版。
P:（六）乙方应对甲方操作工、设备维修工分批培训，培训内容包括开停机操作、配方切换、刻度印刷参数调整、视觉检测报警处理及常见故障排除，培训合格后方可上岗操作。
H:五、验收
P:（一）验收标准：每条生产线连续试生产二十个班次，额定速度下刻度印刷位置误差不超过±0.1mm/米，定长裁切误差不超过±0.5mm；视觉检测漏检率低于千分之一；ERP工单及产量数据对接准确；设备安全联锁功能全部测试通过。
P:（二）试生产结束后，乙方提交验收申请及竣工资料，甲方在七个工作日内组织验收并签署验收报告。未达到验收标准的，乙方应整改后重新验收。
P:（三）设备安装、调试完成或甲方投入生产使用，均不视为验收合格。
H:六、质量保证及维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费更换损坏的硬件并修复软件缺陷，人为损坏除外。
P:（二）质保期满后，乙方提供维保服务，年维保费为软硬件小计的7%（即¥96,040/年），三年内不作调整，由双方届时另签维保协议。
P:（三）故障响应：生产线停机类故障，乙方接报后一小时内远程响应，当日派工程师到达现场；其他故障，两个工作日内处理。
P:（四）乙方响应或到场每超时一小时，按¥800从甲方应付款项或维保费中扣除。
P:（五）乙方每季度对控制系统进行一次巡检，并提交巡检报告。
P:（六）乙方应在甲方现场存放常用备品备件（伺服驱动器、相机、光源、印刷控制板各一套），备件清单作为附件，质保期内使用后由乙方及时补齐。
P:（七）质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新品或经甲方认可的更高配置产品。
H:七、知识产权
P:（一）生产控制软件及视觉检测软件的知识产权归乙方所有，甲方享有永久使用权。
P:（二）乙方为本项目编写的PLC程序、ERP接口程序、配方参数及其源文件归甲方所有，乙方应在验收时一并移交，甲方可自行修改或委托第三方维护。
H:八、数据安全
P:（一）工艺配方、生产数据及ERP数据属于甲方，乙方仅可为履行本合同使用，不得复制带出或用于其他目的。
P:（二）乙方远程维护须经甲方批准，通过甲方提供的VPN及账号进行，操作全程留痕。乙方应防止病毒及恶意程序侵入甲方生产网络。
P:（三）乙方在项目结束后应删除其因调试需要临时保存的甲方生产数据和配方参数，并书面确认。
P:（四）因乙方原因导致数据丢失、被篡改或外泄的，乙方应在发现后两小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:九、保密
P:乙方人员进入甲方厂区应遵守甲方门禁、参观及拍照管理规定。双方对履行本合同过程中知悉的对方技术资料、工艺配方、经营信息承担保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十、分包
P:乙方不得将本合同项下工作转包。电气施工部分如需分包，须事先取得甲方书面同意，乙方对分包方的工作向甲方负责。
H:十一、违约责任
P:（一）乙方交付的设备或软件不符合合同约定的，应负责免费更换、修复，直至达到验收标准。
P:（二）任何一方违反本合同约定给对方造成损失的，应依法承担赔偿责任。
P:（三）乙方施工过程中造成甲方设备、厂房损坏或人员伤害的，由乙方负责修复并承担相应责任。
H:十二、合同变更与解除
P:本合同履行中发生争议或一方违约的，双方应友好协商解决。本合同的变更、解除须经双方协商一致并签订书面协议，任何一方不得单方解除本合同。
H:十三、不可抗力
P:因不可抗力致使一方不能履行合同的，应及时通知对方，并在十五日内提供证明，双方协商延期履行。不可抗力消除后，受影响一方应尽快恢复履行，并采取合理措施减少对方损失。
H:十四、法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，提交台州仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:十五、其他
P:本合同附件包括技术方案、设备清单及培训计划，与本合同具有同等效力。合同未尽事宜，双方可另行签订补充协议。本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：金陵标准卷尺制造有限公司　　乙方（盖章）：锐控自动化工程有限公司
P:日期：2026年4月8日
"""

H764Z03 = """连锁电玩城会员及储值卡SaaS服务及实施合同

合同编号：XLDW-IT-2026-045

甲方：星乐汇电玩娱乐连锁有限公司
乙方：云扉软件服务有限公司

甲方在全国经营45家电玩城门店，拟统一使用会员及储值卡管理系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方45家门店提供会员管理、储值卡及游戏币（电子币）管理、积分及等级、营销活动、收银及核销、门店报表、总部驾驶舱等功能模块的在线使用服务。
2. 服务包括系统托管、日常运维、版本升级、安全防护及数据备份，甲方无需自建服务器。
（二）实施服务
1. 将甲方现有约六十八万会员档案、储值余额及积分数据迁移至本系统，并逐店核对余额。
2. 完成与门店收银终端、游戏机刷卡器、兑奖机、微信及支付宝支付通道的对接。
3. 对各门店店长、收银员及总部运营人员进行培训，协助各门店分批切换上线，并编制门店操作手册及常见问题处理指引。

二、服务期限
（一）服务期为两个服务年度，自全部门店上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。续期服务费由乙方根据届时的价格体系确定并提前通知甲方，甲方未在通知后十日内提出异议的视为同意。

三、服务费用
（一）合同总价为人民币壹佰零伍万元整（¥1,050,000），其中：
1. 订阅服务费：每店每服务年度¥9,600，45家门店，两个服务年度合计¥864,000；
2. 实施服务费（一次性）：¥186,000。
（二）门店数量在服务期内增加的，新增门店按相同单价按月折算计费；门店关闭的，自关闭次月起停止计费。
（三）上述费用均为含税价格，包括乙方提供服务所需的云资源、短信通道、软件许可、实施人员差旅等全部费用。支付通道手续费由甲方与支付机构另行结算，不在本合同价款内。

四、付款方式
（一）实施服务费在全部门店上线验收合格后十五个工作日内一次性支付。
（二）订阅服务费按季度结算，乙方在每个季度结束后开具发票，甲方在收到发票后十五个工作日内支付该季度服务费。
（三）甲方无需在服务开始前支付任何款项。

五、上线与验收
（一）乙方应在合同签订后七十五日内完成全部门店上线。乙方应在合同签订后十日内提交实施计划，按区域分五批切换，每批切换安排在营业低峰时段进行，切换当日乙方应派实施人员驻店保障。
（二）验收标准：
1. 迁移后会员档案、储值余额、积分与原系统逐条核对一致，差异为零；
2. 收银、充值、消费、退款、兑奖各流程在每家门店各测试二十笔无差错；
3. 高峰时段单店每秒五十笔交易下，交易响应时间不超过一秒；
4. 与支付通道对账连续十日无差异。
（三）全部门店达到上述标准后，甲方签署上线验收单。门店试用或甲方支付部分款项不视为验收合格。

六、服务水平
（一）系统月度可用率不低于99.95%，计划内维护应安排在凌晨两点至六点之间并提前三日通知。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法收银、充值或核销）：十五分钟内响应，两小时内恢复；
2. 二级故障（单店或单一功能不可用）：一小时内响应，八小时内恢复；
3. 三级故障（其他问题）：一个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.01个百分点，或一级故障恢复每超时一小时，乙方按当月订阅服务费的2%给予服务抵扣，当月累计以当月服务费的一半为限。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方提供每日早九点至次日凌晨两点的在线客服及电话支持，覆盖全部门店营业时间；节假日及寒暑假营业高峰期间，乙方应安排专人值守并提前进行系统扩容。
（六）版本升级应在非营业时段进行，涉及门店操作变化的，乙方应提前七日通知并提供操作说明。

七、数据权属与数据安全
（一）会员信息、交易记录、储值及积分数据等甲方业务数据属于甲方。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内的云服务机房，系统应通过网络安全等级保护三级测评；会员手机号、身份信息应加密存储，后台操作按最小权限分配并留存日志不少于六个月。
（三）乙方每日进行数据备份，备份数据至少保留三十日，并每季度进行一次恢复演练。
（四）发生数据安全事件（包括数据被窃取、篡改、丢失或未经授权访问）的，乙方应在一小时内通知甲方，立即采取处置措施，配合甲方向主管部门报告，并赔偿由此给甲方及会员造成的全部损失。
（五）乙方应配合甲方处理会员查询、更正、删除个人信息及注销账户的请求，并在系统中提供相应功能。
（六）服务期满或合同解除后三十日内，乙方应按甲方要求的格式完整导出并交付全部数据，交付后删除其保存的甲方数据并出具书面确认。

八、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的营销活动模板、报表、接口程序的知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。乙方应在实施验收时及服务期满时分别交付上述成果的源文件及说明文档。

九、分包
乙方不得将本合同项下的服务转包。确需将部分实施工作分包的，应事先取得甲方书面同意，乙方对分包方的行为承担全部责任。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方原因导致储值余额或积分错误的，乙方应在两日内核实更正，并赔偿甲方因此向会员支付的补偿。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据安全事件造成的损失不受此限。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）一级故障在一个自然月内发生三次以上，或月度可用率连续两个月低于承诺值的，甲方可解除合同，甲方仅就解除前乙方已实际提供的服务按日折算支付订阅服务费。

十二、不可抗力
因不可抗力或公共云基础设施的大范围故障导致服务中断的，乙方应立即通知甲方并启动应急预案，尽快恢复服务。不可抗力期间的服务费按实际中断时长相应减免。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方住所地人民法院提起诉讼。

十四、甲方义务
（一）甲方应指定项目负责人，协调各门店提供网络环境、收银终端及刷卡设备信息，按计划安排门店人员参加培训。
（二）甲方应妥善保管系统管理账号，因甲方人员操作失误造成的储值或积分差错由甲方自行负责。

十五、其他
本合同附件包括功能清单、实施计划、门店清单，与本合同具有同等效力。本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：星乐汇电玩娱乐连锁有限公司
乙方（盖章）：云扉软件服务有限公司
签订日期：2026年5月12日
"""

H764Z04 = """散装水泥综合监管系统运维服务合同

项目编号：SZSN-CG-2026-009
采购人（甲方）：临江市住房和城乡建设局散装水泥办公室
供应商（乙方）：筑信智联信息技术有限公司

根据政府采购竞争性磋商结果，甲方委托乙方对散装水泥综合监管系统提供运维服务。双方经协商一致，订立本合同。

第一条 服务范围
1. 软件运维：散装水泥综合监管系统（含专项资金征收管理、预拌混凝土及预拌砂浆企业监管、散装水泥运输车辆定位监管、统计报表及移动执法等子系统）的日常运行监控、故障处理、数据维护、小型功能优化及安全补丁更新。
2. 设备维护：全市五十个预拌混凝土、预拌砂浆生产站点的视频监控终端、计量数据采集终端及车载定位终端的巡检、维修和更换配件。
3. 安全服务：配合甲方完成网络安全等级保护测评，对系统进行漏洞扫描和安全加固。
4. 统计支撑：协助甲方按月、按季编制散装水泥供应量、预拌混凝土产量及专项资金征收统计报表。
5. 用户支持：为甲方工作人员及相关企业用户提供系统操作咨询，每半年组织一次操作培训。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同即行终止，不自动续期；甲方如需继续采购运维服务，按政府采购程序另行确定供应商。

第三条 合同价款
1. 合同总价为人民币肆拾陆万捌仟元整（¥468,000），其中：软件运维费¥296,000，设备维护费¥118,000，等保测评配合及安全加固费¥54,000。
2. 合同总价为固定价格，包含人工、交通、通信、常用备件及税费。单件价格超过¥2,000的设备配件更换，由乙方报价、甲方确认后另行结算。
3. 乙方履行本合同所需的监控工具、漏洞扫描工具及检测仪器由乙方自行配备，费用已包含在合同总价中。

第四条 付款方式
1. 本合同不设预付款。
2. 运维服务费按季度支付。每季度结束后，甲方根据第七条考核结果，在十五个工作日内支付当季服务费（合同总价的四分之一），扣除当季应扣减的金额。
3. 乙方每次请款前应提交当季运维报告及合法有效的发票。

第五条 人员与进场
1. 乙方应在服务期开始前十日内完成与原运维单位的交接，包括系统账号、运行文档、设备台账及遗留问题清单，并书面提交交接报告。
2. 乙方应派驻两名运维工程师在甲方办公地点驻场，工作日八时三十分至十七时三十分在岗；另配备不少于三名设备维护人员，负责站点终端维护。
3. 驻场人员应具备相应资格证书，名单报甲方备案，未经甲方同意不得更换。
4. 乙方应在进场后二十日内编制系统应急预案，包括服务器宕机、数据库损坏、网络中断、站点终端大面积离线等场景的处置流程，经甲方确认后每半年组织一次应急演练。
5. 乙方应建立运维工单台账，记录每次故障的报告时间、响应时间、处理过程、恢复时间及原因分析，甲方可随时查阅。

第六条 服务水平
1. 系统月度可用率不低于99.95%。
2. 故障分级：一级故障指系统整体不可用、专项资金征收无法办理或全部站点数据中断；二级故障指单个子系统或十个以上站点数据中断；三级故障指其他一般问题。
3. 响应及处理时限：一级故障三十分钟内响应，两小时内到场，六小时内恢复；二级故障一小时内响应，当日恢复；三级故障两个工作日内处理完毕。
4. 每月对全部站点终端进行一次远程巡检，每季度进行一次现场巡检，巡检发现的问题应在五个工作日内修复。
5. 每月底前完成数据库备份恢复验证，备份数据异地存放于甲方指定的政务云存储，保留不少于九十日。
6. 在专项资金集中征收期、重大检查及节假日期间，乙方应安排工程师增加值守，确保系统稳定运行。

第七条 考核与验收
1. 甲方每季度按运维考核细则对乙方进行考核，考核指标包括系统可用率、故障响应及恢复时限、巡检完成率、站点数据上传完整率（不低于98%）、报表按时提交率及用户满意度。
2. 一级故障响应或恢复每超时一小时，扣减当季服务费¥1,500；二级故障每超时一小时扣减¥500；月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,000。
3. 服务期满后，甲方组织年度运维验收，验收标准为：四个季度考核均合格；运维文档、设备台账、故障记录完整；系统及数据完整移交。验收不合格的，乙方应在十五日内整改。

第八条 数据安全
1. 系统中的企业信息、车辆轨迹、计量数据及专项资金数据属于甲方，乙方仅为履行本合同目的使用，不得擅自复制、留存或向任何第三方提供，不得用于本合同以外的任何用途。
2. 乙方运维操作须通过甲方堡垒机进行，账号实名、权限最小化，高风险操作须经甲方审批。乙方不得在互联网终端存储系统数据。
3. 发生数据安全事件的，乙方应在一小时内向甲方报告，立即采取处置措施并配合调查；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任及相应的法律责任。
4. 服务期满后，乙方应交还全部账号权限及资料，并删除其持有的系统数据。

第九条 保密
乙方及其人员对履行本合同过程中知悉的甲方工作秘密、企业经营数据和系统安全信息负有保密义务，不得向任何第三方披露。乙方应与驻场人员签订保密承诺书。本条义务在合同终止后持续有效。

第十条 知识产权
乙方在运维过程中为甲方编写的脚本、报表模板、优化代码及运维文档，其知识产权归甲方所有，乙方应在服务期满时一并移交。系统原有软件的知识产权状况不因本合同而改变，乙方不得以知识产权为由限制甲方使用运维成果。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 违约责任
1. 乙方未按第五条约定完成交接或人员到岗，或未按期完成等保测评配合、安全加固工作的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 季度考核不合格的，甲方可扣减当季服务费的10%，乙方应在十日内提交整改方案。
3. 乙方人员违反甲方管理制度或操作规程造成系统故障、设备损坏的，乙方负责修复并赔偿损失。

第十三条 合同解除
乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面催告后十日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。

第十四条 甲方义务
1. 甲方应为驻场人员提供办公场所、网络接入及必要的系统访问权限。
2. 甲方应协调各预拌混凝土、预拌砂浆生产企业配合乙方开展站点终端巡检和维修。
3. 甲方应按本合同约定及时组织考核和付款。

第十五条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。

第十六条 法律适用及争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
磋商文件、响应文件及运维考核细则为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：临江市住房和城乡建设局散装水泥办公室
乙方（盖章）：筑信智联信息技术有限公司
签订日期：2026年6月18日
"""

H764Z05 = """# 木尺开料及刻度印刷生产追溯系统软件许可及开发合同

**（乙方标准合同文本 MT-STD-2025 版）**

合同编号：MT-2026-0412

甲方（买方）：青溪尺子木器厂

乙方（卖方）：木途工业软件有限公司

甲方同意购买乙方“木途”生产追溯系统软件许可并委托乙方进行定制开发。双方在平等自愿基础上，就以下条款达成一致。

## 第一条 标的

1.1 乙方向甲方提供“木途”生产追溯系统标准版软件许可、开料及刻度印刷追溯模块许可及车间终端许可，许可期限为永久，许可范围限甲方厂区内使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：木料批次与开料工单关联、刻度印刷机参数采集、尺子成品赋码（一物一码）及扫码追溯查询页面。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 标准版软件主要功能包括：原木及板材入库登记、开料计划与排料、工序报工、刻度印刷批次记录、质检记录、成品入库与发货、批次追溯查询、生产日报及月报。具体功能以乙方产品说明书为准，乙方有权对标准功能进行调整。

1.5 甲方增加车间终端数量的，按乙方当时的终端许可价格另行购买。软件仅限在一台生产服务器及一台备份服务器上安装，更换服务器须由乙方重新授权。

## 第二条 价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 生产追溯系统标准版软件许可 | 1套 | 268,000 |
| 2 | 开料及刻度印刷追溯模块许可 | 1套 | 112,000 |
| 3 | 车间终端许可 | 10个 | 48,000 |
|  | 软件许可费小计 |  | 428,000 |
| 4 | 定制开发费 | 1项 | 96,000 |
| 5 | 安装部署及培训费 | 1项 | 38,000 |
|  | 合计 |  | 562,000 |

合同总价为人民币伍拾陆万贰仟元整（¥562,000），含增值税。扫码枪、标签打印机、服务器等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥365,300。乙方收到该款项后开始开发工作。

3.2 软件安装上线后五个工作日内，甲方支付剩余35%，即¥196,700。

3.3 乙方在收到每笔款项后十个工作日内开具增值税普通发票；甲方需要专用发票的，应在合同签订时提供开票资料。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过二十日的，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与验收

4.1 乙方在收到首期款后六十日内完成开发并安装上线。因甲方未及时提供需求确认、现场条件或基础数据造成延误的，交付期限相应顺延。乙方可根据开发进度分模块安装上线。

4.2 软件在甲方服务器安装完成并上线运行后，即视为甲方验收合格。甲方对功能有意见的，应在上线后七日内书面提出，乙方视情况予以优化，但不影响验收结论。

4.3 乙方交付物为可执行程序、安装说明及用户手册，不包括源代码。

4.4 乙方为甲方车间主任、开料工段、印刷工段及仓库人员提供两次现场培训，每次不超过两天。超出部分按每人天¥2,500另行收费。

4.5 甲方应在乙方进场前准备好服务器、网络及扫码、打印等硬件设备，并提供木料规格、尺子品种、刻度模板等基础资料。因甲方准备不足导致乙方人员重复到场的，相关费用由甲方承担。

## 第五条 知识产权

5.1 本合同项下软件（包括标准版软件、功能模块及定制开发部分）的著作权、专利申请权及其他知识产权均归乙方所有。

5.2 甲方仅享有在许可范围内使用软件的非独占权利，不得对软件进行修改、反向工程、复制或提供给第三方使用。定制开发部分乙方有权纳入其标准产品向其他客户销售。

5.3 甲方不得去除软件中乙方的商标、版权标识及启动画面，乙方有权将甲方名称列入其客户名单用于市场宣传。

## 第六条 免费维护与售后服务

6.1 乙方自软件上线之日起提供六个月的免费维护，内容包括软件缺陷修复及远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应按软件许可费小计的25%每年向乙方支付维护费，即¥107,000/年，按年预付。未续费的，乙方不再提供缺陷修复及升级服务。

6.3 甲方报告软件故障后，乙方在八小时内响应，通过电话或远程方式处理；需现场处理的，乙方在三个工作日内安排人员到场，差旅费由甲方承担。

6.4 软件版本升级仅向支付维护费的客户提供。因甲方操作系统、数据库或硬件环境变化导致软件需要重新适配的，乙方另行收费。

6.5 乙方将尽合理努力解决故障，但不保证软件无任何错误，亦不对故障造成的停产、返工承担责任。

6.6 甲方应指定两名经培训的系统管理员作为与乙方联系的固定接口，其他人员的咨询乙方可不予受理。甲方报告故障时应提供故障现象、截图及操作步骤。

## 第七条 数据

7.1 甲方在使用软件过程中录入和产生的生产数据归甲方所有，乙方仅在提供技术支持时为处理问题使用，不得用于其他用途。

7.2 乙方远程维护须事先取得甲方同意，并在甲方开通的账号下操作；乙方应采取防病毒、访问控制等安全措施，防止甲方数据丢失或被非法获取。因乙方原因发生数据安全事件的，乙方应及时通知甲方并承担相应赔偿责任。

7.3 甲方应自行做好数据备份。因甲方服务器故障、断电或操作不当造成的数据丢失，乙方不承担责任，但可协助恢复并按实际工作量收费。

## 第八条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

## 第九条 违约责任

9.1 乙方未按期安装上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下承担的全部责任（包括违约金及赔偿）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及生产损失。

9.3 甲方未按约定付款或擅自超出许可范围使用软件的，乙方有权暂停维护服务并要求甲方赔偿损失。

## 第十条 合同解除

10.1 任何一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

10.2 合同解除后，甲方已支付的款项中属于已完成工作的部分不予退还。

10.3 因不可抗力不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。

## 第十一条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十二条 其他

12.1 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准；未经乙方盖章确认的手写修改或补充内容不发生效力。

12.2 双方联系人及联系方式以本合同首页记载为准，一方变更的应书面通知对方。通过电子邮件发送的通知，发出即视为送达。

12.3 乙方产品说明书、报价单为本合同附件。附件与正文不一致的，以正文为准。

12.4 本合同一式两份，双方各执一份，自双方签字盖章并且乙方收到首期款之日起生效。

甲方（盖章）：青溪尺子木器厂　　　　乙方（盖章）：木途工业软件有限公司

日期：2026年4月12日
"""

H764E01 = """T:Software Licence and Services Agreement
P:Agreement No. OTS-HX-2026-07
P:This Agreement is made on 9 March 2026 between:
P:(1) Huaxin Timber Flooring Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Huzhou, Zhejiang Province (the "Buyer"); and
P:(2) Ogooue-Ivindo Timber Systems SARL, a company incorporated in the Gabonese Republic with its registered office in Makokou, Ogooue-Ivindo Province (the "Vendor").
P:The Buyer imports sawn timber and logs from Central African concessions and wishes to trace each consignment from the concession to its flooring plant. The Vendor has developed the TimberTrace log-tracking software, which records felling, transport and export documents and links them to each log. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TimberTrace Enterprise software in object code, including its mobile field application, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, import templates, interfaces, reports and scripts that the Vendor creates specifically for the Buyer under Article 3, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software for the Buyer, including supplier, consignment, customs and plant data.
P:1.4 "Final Acceptance" means the Buyer's signed certificate issued under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive and irrevocable licence to install and use the Software for the internal business of the Buyer and its affiliates in the People's Republic of China, for an unlimited number of named users and on the servers listed in Schedule 1.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The licence survives any termination of this Agreement after the Licence Fee has been paid, except termination by the Vendor for non-payment.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software to the Buyer's specification (Schedule 2), including the grading and species tables, the chain-of-custody rules and the labelling of logs with QR codes at the Buyer's yard.
P:3.2 The Vendor shall build interfaces between the Software and the Buyer's ERP system and the customs declaration platform used by the Buyer's broker.
P:3.3 The Vendor shall migrate the Buyer's consignment records of the past three seasons from spreadsheets into the Software and reconcile them with the Buyer's purchase ledger.
P:3.4 The Vendor shall train the Buyer's key users and administrators at the Huzhou plant, in three sessions of two days each, and supply training material in Chinese and English.
P:3.5 The Vendor shall complete installation within 60 days and the Services within 150 days after the Effective Date, in accordance with the project plan in Schedule 2.
H:Article 4 Price
P:4.1 The total price is CNY 1,830,000 (the "Contract Price"), made up of:
P:(a) Licence Fee: CNY 1,240,000;
P:(b) configuration and interfaces: CNY 386,000;
P:(c) data migration: CNY 148,000;
P:(d) training: CNY 56,000.
P:4.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor. Prices are in Chinese Yuan and payable by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Payment
P:5.1 20% of the Contract Price within 20 days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:5.2 45% of the Contract Price after the Software has been installed and the interfaces have passed integration testing. Installation and integration testing do not constitute acceptance.
P:5.3 35% of the Contract Price within 20 days after Final Acceptance.
H:Article 6 Acceptance
P:6.1 After completion of the Services the Vendor shall give notice of readiness, and the parties shall run the acceptance tests in Schedule 3.
P:6.2 The acceptance criteria are: (a) every function in Schedule 2 performs as specified; (b) migrated consignment records reconcile with the purchase ledger without unexplained difference; (c) the ERP and customs interfaces run for 15 consecutive working days without a failed transfer; (d) a QR code scanned at the yard returns the full chain of custody within two seconds; and (e) the system runs for 30 days after go-live with no Severity 1 incident.
P:6.3 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within ten working days. If they are not met, the Vendor shall correct the defects at its cost and the tests shall be repeated. Go-live, use of the Software in production or any payment shall not be deemed acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates free of charge.
P:7.2 After the Warranty Period the Buyer may order annual support, covering defect correction, updates and the service levels in Article 8, at an annual fee of 9% of the Licence Fee (CNY 111,600). The fee is fixed for the three support years that follow the Warranty Period. Each support year is ordered separately; there is no automatic renewal.
H:Article 8 Service Levels
P:8.1 Severity 1 (the Software is down or consignments cannot be recorded or released): response within one hour, workaround within eight hours. Severity 2 (a major function is impaired): response within two hours, correction within three working days. Severity 3: response within one working day.
P:8.2 The Vendor provides remote support from Beijing time 08:00 to 20:00 on working days through its Shanghai support partner and an online ticket portal, and on-site support at the Huzhou plant when remote support cannot solve a Severity 1 incident.
P:8.3 For each hour by which a Severity 1 response or workaround is late, the Vendor shall credit CNY 1,000 against the next amount payable to it.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property in the Software.
P:9.2 The Custom Deliverables belong to the Buyer from creation. The Vendor shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:10.2 The Software is installed on the Buyer's servers in Huzhou. Remote access by the Vendor requires the Buyer's approval for each session, multi-factor authentication and logging. The Vendor shall not copy Buyer Data outside the Buyer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 The Vendor shall notify the Buyer within six hours of any data security incident affecting Buyer Data, take immediate remedial action and indemnify the Buyer for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after termination.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to complete installation or the Services by the dates in Article 3.5, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for wilful misconduct, personal injury, breach of Article 10 or 11, and infringement claims, which are not limited.
H:Article 13 Subcontracting
P:13.1 The Vendor may engage its Shanghai support partner named in Schedule 1. Any other subcontracting requires the Buyer's prior written consent. The Vendor remains responsible for its subcontractors.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages under Article 12.1 reach their maximum.
P:14.2 On termination the Vendor shall return all Buyer Data and hand over the Custom Deliverables completed so far.
H:Article 15 Force Majeure and Buyer Obligations
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it notifies the other party within seven days and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may end the affected part of the Agreement by notice.
P:15.2 The Buyer shall provide the servers, network access, sample consignment documents and key users described in Schedule 2 on time, and shall review and sign off each project deliverable within five working days after receipt.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Gabonese Republic.
P:16.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Libreville, Gabon, before three arbitrators under the UNCITRAL Arbitration Rules. The language of the arbitration shall be English.
H:Article 17 General
P:17.1 Schedules 1 to 3 form part of this Agreement. This Agreement is written in English and Chinese; both versions are equally authentic.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

H764E02 = """# RouteDesk Subscription Order Form

Order Form No. MCL-2026-0188

## PART A - ORDER FORM

### A1. Parties

**Customer:** Changjiang Lianyun Logistics Co., Ltd., Wuhan, Hubei Province, People's Republic of China.

**Provider:** Maniema Cloud Logistics SARL, Avenue du Port, Kindu, Maniema Province, Democratic Republic of the Congo.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service and Subscription Term

The Provider shall provide RouteDesk, its online transport management service for dispatch, route planning, driver mobile tasks, proof of delivery and freight settlement (the "Service"), to the Customer's head office and its 14 regional depots.

The Subscription Term is two Subscription Years starting on the date of Go-Live Acceptance under A4. Each Subscription Year lasts 365 days.

### A3. Fees

| Item | Quantity | Unit fee (CNY) | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|---|
| RouteDesk named users | 450 | 540 per user per Subscription Year | 243,000 | 243,000 | 486,000 |
| API and EDI connector (ERP, warehouse system, carrier portals) | 1 | 36,000 per Subscription Year | 36,000 | 36,000 | 72,000 |
| Onboarding (configuration, data import, interfaces, training), one-time | 1 | 58,000 | 58,000 | - | 58,000 |
| **Total Contract Value** | | | | | **616,000** |

Additional named users ordered during the Subscription Term are charged at the same unit fee, pro rata to the end of the current Subscription Year.

### A4. Onboarding and Go-Live Acceptance

The Provider shall complete Onboarding within 70 days after signature. Onboarding covers the configuration of the 14 depots, their vehicles and routes, the import of customer and rate master data, the connector to the Customer's ERP and warehouse system, and two train-the-trainer sessions in Wuhan.

Go-Live Acceptance is given by the Customer in writing when all of the following acceptance criteria are met: (a) the test scripts agreed in the onboarding plan pass at every depot; (b) imported master data reconcile with the Customer's source lists without unexplained difference; (c) orders and proof-of-delivery records flow through the ERP connector for ten consecutive working days without a failed transfer; and (d) route plans for 300 orders are produced in less than two minutes. Use of the Service in production before that date is not acceptance.

### A5. Payment

The Onboarding fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears, at the end of each quarter of the Subscription Term. The Customer shall pay each correct invoice within 30 days. No amount is payable before Go-Live Acceptance.

### A6. Hosting and Contacts

The Service is hosted for the Customer in a data centre of Alibaba Cloud in the East China (Shanghai) region, operated under the Provider's account; this hosting provider is approved by the Customer by signing this Order Form. The Provider's service desk operates from its support office in Wuhan. Contacts: for the Customer, the IT director; for the Provider, the account manager named in its onboarding plan.

## PART B - GENERAL TERMS

### 1. Use of the Service

1.1 The Provider grants the Customer and its depots a non-exclusive right to use the Service during the Subscription Term for their internal business.

1.2 The Customer shall not resell the Service or let persons other than its employees, drivers and contractors use it.

### 2. Service Levels

2.1 The Provider shall make the Service available at least 99.5% of each calendar month, excluding planned maintenance notified three days in advance and performed between 00:00 and 06:00 Beijing time.

2.2 Priority 1 incidents (the Service is unavailable, or dispatch or proof of delivery cannot be used at any depot) shall be responded to within 30 minutes and restored within six hours. Priority 2 incidents shall be responded to within two hours, and Priority 3 requests within one working day.

2.3 If monthly availability falls below the level in 2.1, the Provider shall grant a service credit of 5% of the monthly subscription fees for each started half percentage point of shortfall, up to half of the monthly fees. A late Priority 1 response or restoration earns a credit of CNY 800 per hour of delay. Credits are deducted from the next invoice.

2.4 The Provider shall send a monthly service report with availability, incidents and credits, and shall hold a quarterly service review with the Customer's IT team to discuss recurring incidents, capacity during peak shipping seasons and planned releases.

2.5 New releases are deployed outside the Customer's business hours. The Provider shall give at least seven days' notice of any change that alters how dispatchers or drivers use the Service.

### 3. Customer Data and Security

3.1 All data that the Customer or its users enter into or generate through the Service, including shipment, customer, driver and location data ("Customer Data"), belong to the Customer. The Provider may process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including analytics or product development.

3.2 The Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least six months, back up the data daily and maintain a security programme certified under ISO 27001.

3.3 The Provider shall notify the Customer of any security incident affecting Customer Data within six hours, take immediate measures to contain it, assist the Customer in notifying authorities and affected persons, and compensate the Customer for losses caused by its breach of this Section.

3.4 At the end of the Subscription Term the Provider shall export all Customer Data in a usable format within 20 days and then delete it, and confirm the deletion in writing.

### 4. Intellectual Property

4.1 The Provider retains all rights in the Service and its software.

4.2 Configurations, report templates and interface mappings made specifically for the Customer belong to the Customer, which may use and modify them freely and let third parties use them.

### 5. Confidentiality

Each party shall keep confidential the non-public information of the other party, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This duty lasts for three years after the end of the Agreement.

### 6. Delay and Liability

6.1 If Go-Live Acceptance is not achieved within the period in A4 for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 600 for each day of delay, up to CNY 30,800.

6.2 Each party's total liability under the Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of Section 3 or 5, wilful misconduct or personal injury.

### 7. Renewal

7.1 At the end of the Subscription Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each unless either party gives notice of non-renewal at least 60 days before the end of the current term.

7.2 The Provider may increase the fees for any renewal term by up to 9% by notice given at least 75 days before the renewal term starts.

### 8. Subcontracting

The Provider shall not subcontract any part of the Service without the Customer's prior written consent, except the hosting provider approved in A6. The Provider remains responsible for all subcontractors.

### 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach that is not cured within 30 days after notice.

9.2 The Customer may also terminate if availability falls below the level in 2.1 in three consecutive months. Fees for any period after termination are not payable.

### 10. Customer Responsibilities and Force Majeure

10.1 The Customer shall keep its user credentials secure, make sure that its users follow the Provider's reasonable usage guidelines, and provide the master data, test scripts and key users needed for Onboarding on the dates in the onboarding plan.

10.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or a general failure of public telecommunications, if it notifies the other party promptly and does its best to limit the effect. Force majeure does not excuse the Provider from its backup and recovery duties under Section 3.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules.

### 12. General

Notices must be in writing and sent to the contacts in A6. Neither party may assign the Agreement without the other party's written consent. This Agreement is signed in two originals.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

Date: 20 April 2026
"""

H764E03 = """T:Supply Contract for Hydrological Sensors and Monitoring Software
P:Contract No. DTW-PUR-2026-0142
P:Buyer: Dongting Lake Water Supply Co., Ltd., Yueyang, Hunan Province, People's Republic of China (the "Buyer").
P:Supplier: Equateur Hydro Instruments SARL, Boulevard du Fleuve, Mbandaka, Equateur Province, Democratic Republic of the Congo (the "Supplier").
P:The Buyer operates raw-water intakes on Dongting Lake and its tributaries and wishes to monitor water level and water quality at its intakes continuously. Following the Buyer's tender, the parties agree on the Buyer's standard terms set out below.
H:1. Definitions
P:1.1 "Goods" means the sensors, probes, gateways, mounting kits and embedded software listed in Clause 3.
P:1.2 "Software" means the HydroWatch monitoring software licensed under Clause 4, including its web dashboard, alarm engine and data export tools.
P:1.3 "Project Deliverables" means the station configurations, alarm rules, calibration records, report templates and the interface to the Buyer's SCADA system prepared by the Supplier for the Buyer.
P:1.4 "Sites" means the twelve intake stations listed in Annex A.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the Goods at the Sites, install the Software on the Buyer's servers in Yueyang, connect every gateway to the Software over the Buyer's private network, and build the interface that passes readings and alarms to the Buyer's SCADA system.
P:2.2 The Supplier shall train the Buyer's operators and instrument technicians in two sessions at Yueyang and deliver operating and maintenance manuals in Chinese.
P:2.3 The Supplier shall supply, for each Site, a spare-parts kit consisting of one probe membrane set, one set of cables and connectors and one battery pack, and shall list recommended spare parts with prices that remain valid for three years after Final Acceptance.
P:2.4 The Supplier shall carry out the civil and mounting works at each Site in line with the Buyer's safety rules for work near open water, including life jackets, two-person working and a permit to work issued by the Buyer's station manager.
P:2.5 Delivery of all Goods to the Sites shall take place within 75 days after signature, and installation and commissioning shall be completed within 45 days after delivery.
H:3. Price
P:3.1 The Contract Price is CNY 1,060,000, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Radar water-level sensor with mounting kit|32|9,800|313,600
TB:2|Multi-parameter water-quality probe (turbidity, pH, dissolved oxygen, conductivity, ammonia)|16|18,600|297,600
TB:3|RTU gateway with solar power and 4G backup link|12|14,600|175,200
TB:4|HydroWatch monitoring software, perpetual licence for 12 Sites|1|171,200|171,200
TB:|Subtotal Goods and Software|||957,600
TB:5|Installation, calibration and commissioning|1|86,400|86,400
TB:6|Training|1|16,000|16,000
TB:|Contract Price|||1,060,000
P:3.2 The Contract Price is fixed and includes packing, transport to the Sites, insurance, import duties, taxes and all costs of the Supplier's personnel.
H:4. Software Licence and Intellectual Property
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the embedded software of the Goods for the Buyer's water-supply operations, without limit on the number of users.
P:4.2 The Project Deliverables belong to the Buyer. The Supplier shall hand them over, with source files, at Final Acceptance, and the Buyer may use, modify and license them without restriction.
H:5. Payment
P:5.1 10% of the Contract Price within 15 days after signature, against an advance payment guarantee for the same amount.
P:5.2 55% of the Contract Price after delivery of all Goods to the Sites and signature of the delivery note. The delivery note confirms quantities only and is not acceptance.
P:5.3 35% of the Contract Price within 20 days after Final Acceptance.
P:5.4 Each payment is subject to a correct VAT invoice. The Buyer may deduct from any payment the liquidated damages due under Clause 10.
H:6. Acceptance
P:6.1 After commissioning, the Supplier shall run the system for a trial period of 30 days. Final Acceptance requires that: (a) every sensor and probe has been calibrated against reference instruments, with water-level error within plus or minus 1 cm and probe readings within the tolerances stated in Annex B; (b) at least 98% of scheduled readings from each Site reach the Software during the trial period; (c) alarms reach the SCADA system within 60 seconds in each simulated alarm test; and (d) all manuals and calibration records have been delivered.
P:6.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the trial period if the criteria are met. Otherwise the Supplier shall correct the shortcomings and the trial period shall be repeated. Installation, commissioning or use of the system does not amount to acceptance.
H:7. Warranty
P:7.1 The Supplier warrants that the Goods and the Software are new, free from defects in design, materials and workmanship, and conform to the specifications for 24 months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall repair or replace defective Goods and correct Software errors free of charge, including parts, labour and travel. The Supplier shall carry out such repairs within a reasonable time after the Buyer's notice, using its best efforts to keep the Sites in operation.
P:7.3 After the Warranty Period the Buyer may order annual maintenance, covering repairs, recalibration twice a year and Software updates, at an annual fee of 8% of the Subtotal Goods and Software (CNY 76,608). This fee is fixed for the three years after the Warranty Period. Maintenance is ordered year by year and does not renew automatically.
H:8. Data and Data Security
P:8.1 All readings, alarms, logs and other data collected or generated by the Goods and the Software belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The Software shall run only on the Buyer's servers. The Supplier's remote access requires the Buyer's approval for each session and shall go through the Buyer's VPN with individual accounts and logging. The Supplier shall harden the gateways according to the Buyer's network security requirements, change all default passwords and shall not keep copies of Buyer data.
P:8.3 The Supplier shall report any security incident involving the Goods, the Software or Buyer data within eight hours after discovering it, cooperate in the Buyer's investigation and compensate the Buyer for losses caused by the Supplier's breach of this Clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's network information, station locations, water-quality data and any other non-public information received under this Contract, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:10. Delay
P:10.1 If the Supplier fails to deliver the Goods or complete commissioning by the dates in Clause 2.5, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier is responsible for the acts of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay exceeds 60 days. The Supplier shall then refund the payments received for Goods not accepted.
P:12.2 On termination the Supplier shall hand over all Project Deliverables completed so far, together with calibration records and passwords, and shall remove its equipment from the Sites if the Buyer so requests, leaving each station in a safe condition.
H:13. Force Majeure
P:13.1 A party prevented from performing by force majeure shall notify the other party promptly, and its time for performance shall be extended by the period of the event. Floods on Dongting Lake within the normal seasonal range are not force majeure for installation at the Sites.
H:14. Buyer's Obligations and Insurance
P:14.1 The Buyer shall give the Supplier access to the Sites during working hours, provide power and network connection points at each station, and assign an engineer to coordinate the work and attend the tests.
P:14.2 The Supplier shall insure the Goods until delivery at the Sites and maintain third-party liability insurance for its work at the Sites, and shall show the insurance certificates before installation starts. Risk in the Goods passes to the Buyer on signature of the delivery note.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court at the Buyer's domicile.
H:16. General
P:16.1 Annex A (Sites), Annex B (technical specifications and tolerances) and the Supplier's tender form part of this Contract. This Contract is made in English and Chinese; in case of conflict, the Chinese version prevails.
P:Buyer: ____________________    Supplier: ____________________
P:Date: 26 May 2026
"""

H764E04 = """# Managed IT Services Agreement

Agreement No. KDS-XG-2026-03

**Customer:** Xugong Hengtai Mining Machinery Co., Ltd., Xuzhou, Jiangsu Province, People's Republic of China ("Customer").

**Provider:** Kasai Digital Services SARL, Avenue de la Mission, Tshikapa, Kasai Province, Democratic Republic of the Congo ("Provider"), acting through its service team based in Xuzhou.

Customer wishes to outsource its end-user IT support, server and network operations at its Xuzhou plant and two sales offices. Provider has offered to provide these services for a term of 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, performed to the service levels in Schedule 2.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.3 "Customer Data" means all data of Customer, its employees and customers that Provider accesses or handles in performing the Services.

1.4 "Deliverables" means runbooks, scripts, configuration records, asset registers and knowledge articles created by Provider for Customer.

## Section 2. Term

2.1 The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Services

3.1 Provider shall perform the Services described in Schedule 1 for about 1,150 users, 86 servers and the network equipment at the three Customer locations.

3.2 Provider shall staff an on-site service desk at the Xuzhou plant during plant shifts and provide remote monitoring of servers and network devices at all times.

3.3 Provider shall keep the asset register and configuration records up to date and make them available to Customer at any time.

## Section 4. Transition and Acceptance

4.1 Provider shall complete the transition of the Services from Customer's internal team within 60 days after signature, following the transition plan agreed by the parties.

4.2 Customer shall sign the transition acceptance certificate when all of the following criteria are met: (a) every server, network device and user group in scope is recorded in the asset register and connected to monitoring; (b) runbooks for the 40 most frequent request types have been written and approved by Customer; (c) a parallel run of 15 working days has been completed in which Provider handled all tickets within the Schedule 2 targets; and (d) knowledge transfer sessions with Customer's IT team have been held and recorded.

4.3 Taking over tickets during the parallel run does not constitute acceptance.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value is CNY 2,184,000.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days after receipt.

5.3 Service credits under Schedule 2 are deducted from the invoice for the month following the month in which they arise.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including Customer's production plans, designs, prices and system passwords, and shall not disclose it to any third party except to its staff and approved subcontractors who need to know it and are bound by similar duties.

7.2 The duties in this Section continue for three years after the end of the Agreement.

## Section 8. Intellectual Property

8.1 The Deliverables belong to Customer. Customer may use, modify and hand them to any successor service provider without restriction.

8.2 Provider's own tools and methods used to perform the Services remain Provider's property.

## Section 9. Personnel and Subcontracting

9.1 Provider shall name a service manager who is responsible for the Services and attends the monthly service review with Customer. Provider shall keep at least three engineers on site at the Xuzhou plant during plant shifts, and shall not replace the service manager without consulting Customer first.

9.2 Provider may subcontract any part of the Services, including field support at the sales offices and hardware repairs, to its affiliates or to qualified third parties by giving Customer written notice at least ten days in advance. Provider remains responsible for the work of its subcontractors.

## Section 10. Delay and Liability

10.1 If the Service Commencement Date does not occur within the period in Section 4.1 for reasons attributable to Provider, Provider shall pay liquidated damages of CNY 2,000 for each day of delay, up to CNY 109,200.

10.2 Provider's total liability arising out of or in connection with this Agreement shall not exceed the charges paid by Customer in the six months preceding the event giving rise to the claim. Neither party is liable for indirect or consequential loss.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the Priority 1 resolution target in Schedule 2 more than three times in any period of three consecutive months.

11.2 Customer may also terminate for convenience after the first 18 months of the Term by giving 90 days' written notice and paying the monthly charges up to the termination date.

11.3 On expiry or termination Provider shall cooperate in the transfer of the Services to Customer or a new provider for up to 60 days, hand over all Deliverables and return all Customer Data.

## Section 12. Customer Obligations, Changes and Force Majeure

12.1 Customer shall give Provider's staff access to its premises and systems as needed for the Services, provide desk space and equipment for the on-site service desk, and inform Provider in advance of plant shutdowns, new sites and major projects.

12.2 Either party may request a change to the scope of the Services. A change takes effect only when both parties sign a change note stating its effect on the charges and service levels.

12.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or a public power failure, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. Charges are suspended for Services not performed during such an event.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Xuzhou Arbitration Commission for arbitration in Xuzhou.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact for incidents and requests by phone, portal and walk-in | Plant shifts, 07:00 to 23:00, seven days a week |
| End-user support | PCs, laptops, printers, mobile devices, software installation, user accounts | Plant shifts |
| Server operations | 86 servers: monitoring, patching, backup jobs, capacity reports | Monitoring at all times |
| Network operations | Switches, wireless, firewalls and WAN links at three locations | Monitoring at all times |
| Asset management | Asset register, moves and changes, disposal records | Working days |
| Reporting | Monthly service report and monthly service review | Monthly |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | Plant production systems, ERP or the plant network unavailable | 15 minutes | 2 hours | CNY 3,000 per incident plus CNY 1,000 per further hour |
| Priority 2 | A critical application or office unavailable for a group of users | 30 minutes | 8 hours | CNY 1,000 per incident |
| Priority 3 | A single user unable to work | 1 hour | Next working day | CNY 200 per incident |
| Priority 4 | Requests and questions | 1 working day | 5 working days | None |

Service credits in any month are limited to 20% of the monthly service charge. Credits are Customer's remedy for missed targets without prejudice to its right to terminate under Section 11.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after the Service Commencement Date | 96,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total contract value | | 2,184,000 |

Additional work outside Schedule 1 is charged only on Customer's written order at the rates agreed in the order.

Signed for Customer: ____________________

Signed for Provider: ____________________

Date: 2 June 2026
"""

H764E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LKD-SH-2026-011

BETWEEN

Shanghai Lianmu International Trade Co., Ltd., a company registered in Shanghai, People's Republic of China (the "Customer"); and

Likouala Data Services SARL, Quartier Mission, Impfondo, Likouala Department, Republic of the Congo (the "Provider").

BACKGROUND

The Customer buys tropical timber shipped from river ports of the Congo basin and needs reliable daily data on river levels, barge movements, port loading and export documentation. The Provider collects this data from gauging stations, port agents and public registers and makes it available through an application programming interface (API) and a web portal. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets described in Annex 1, as updated by the Provider during the Subscription Term.

1.2 "Service" means access to the Licensed Data through the Provider's API and web portal, including documentation and support.

1.3 "Customer Data" means the shipment lists, contract references, watch lists and other data that the Customer uploads to the Service, and the records of the Customer's queries.

1.4 "Custom Feeds" means the data extracts, field mappings and alert rules built by the Provider specifically for the Customer under Clause 4.

2. TERM

2.1 The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Integration Acceptance under Clause 5. Each Subscription Year lasts 365 days.

2.2 The Agreement expires at the end of the second Subscription Year. It does not renew automatically. Any further subscription requires a new written agreement.

3. LICENCE

3.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Licensed Data through the Service, to store it in the Customer's own systems, and to use it for the Customer's internal purchasing, logistics and risk management.

3.2 The Customer may share reports containing limited extracts of Licensed Data with its banks, insurers and auditors. The Customer shall not resell the Licensed Data.

3.3 Licensed Data stored in the Customer's systems before the end of the Subscription Term may be kept and used internally after the end of the term.

4. INTEGRATION SERVICES

4.1 The Provider shall set up API credentials within five working days after signature.

4.2 The Provider shall build Custom Feeds that match the Customer's shipment references to barge and port records, and alert rules that notify the Customer's logistics team when river levels or port delays threaten a planned loading.

4.3 The Provider shall support the Customer's IT team in connecting the API to the Customer's purchasing system and shall complete the integration within 45 days after signature.

5. INTEGRATION ACCEPTANCE

5.1 The Customer shall accept the integration in writing when the following criteria are met: (a) all endpoints listed in Annex 1 return data in the documented format; (b) the Custom Feeds match at least 95% of the Customer's open shipments in a test set of 200 shipments, and every unmatched shipment is explained; (c) alerts are delivered within ten minutes of the triggering update during a test period of ten working days; and (d) the API answers 95% of calls within 800 milliseconds during that test period.

5.2 If the criteria are not met, the Provider shall correct the shortcomings and the test shall be repeated. Use of the Service before Integration Acceptance is not acceptance.

6. FEES AND PAYMENT

6.1 The fees are:

(a) subscription fee for the first Subscription Year: CNY 286,000;

(b) subscription fee for the second Subscription Year: CNY 298,000;

(c) integration services, one-time: CNY 34,000.

The total contract value is CNY 618,000. The fees are fixed for the Subscription Term and include all taxes.

6.2 The integration fee is invoiced after Integration Acceptance. Each Subscription Year's fee is invoiced in four equal instalments at the end of each quarter of that Subscription Year. The Customer shall pay within 30 days after receiving a correct invoice. No payment is due before Integration Acceptance.

7. SERVICE LEVELS

7.1 The API and the web portal shall be available at least 99.95% of each calendar month, excluding planned maintenance announced three days in advance and carried out on Sundays between 01:00 and 05:00 Beijing time.

7.2 Licensed Data shall be updated at least daily, and river-level data at least every three hours while a gauging station is online.

7.3 Priority 1 incidents (the API or portal is unavailable, or data has not been updated for more than one day) shall be responded to within 30 minutes and resolved within three hours. Priority 2 incidents shall be responded to within two hours and resolved within one working day.

7.4 If availability falls below the level in Clause 7.1, or a Priority 1 incident is not resolved in time, the Provider shall grant a service credit of 5% of the monthly portion of the subscription fee for each such failure, up to one quarter of that portion in any month. Credits are deducted from the next invoice.

7.5 The Provider shall correct any material error in the Licensed Data within two working days after the Customer reports it, and shall publish a monthly data-quality report showing the number of stations online, late updates and corrections.

7.6 The Customer shall keep its API keys secure, stay within the call volumes stated in Annex 1, and report suspected errors in the Licensed Data promptly with the affected records.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Service to the Customer and shall not use it for any other purpose, whether in identifiable, aggregated or anonymised form.

8.2 The Provider shall host the Service and Customer Data in mainland China, in a Shanghai data centre operated by Tencent Cloud under the Provider's account. It shall encrypt Customer Data in transit and at rest, limit access to named staff with multi-factor authentication, log all access, and test its controls at least once during each Subscription Year.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Data within eight hours, take immediate steps to contain it and compensate the Customer for losses caused by the Provider's breach of this Clause.

8.4 Within 20 days after the end of the Subscription Term the Provider shall return Customer Data to the Customer and delete it from its systems.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in the Licensed Data and the Service.

9.2 The Custom Feeds, field mappings and alert rules belong to the Customer, which may use and modify them freely and let third parties use them for the Customer.

10. CONFIDENTIALITY

10.1 Each party shall keep the other party's non-public information confidential, use it only for this Agreement and not disclose it to third parties without prior written consent, for three years after the end of the Agreement. The Customer's purchasing volumes and shipment details are confidential information of the Customer.

11. DELAY DAMAGES AND LIABILITY

11.1 If the Provider does not complete the integration within the period in Clause 4.3 for reasons attributable to it, the Provider shall pay liquidated damages of CNY 500 for each day of delay, up to CNY 30,900.

11.2 Each party's total liability under this Agreement is limited to 200% of the total contract value. The limit does not apply to breach of Clause 8 or 10, wilful misconduct or infringement of third-party rights.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract any part of the Service or the integration services without the Customer's prior written consent, except the hosting provider named in Clause 8.2. The Provider is responsible for all subcontractors.

13. TERMINATION

13.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if availability falls below the level in Clause 7.1 in any two consecutive months.

13.2 On termination the Customer pays only for the Service provided up to the termination date.

14. FORCE MAJEURE

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly. The loss of individual gauging stations through floods does not excuse the Provider from updating other data.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

16. GENERAL

16.1 Annex 1 (Licensed Data and endpoints) forms part of this Agreement. Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties.

16.2 Notices shall be sent by email and by registered mail to the addresses stated above and take effect on receipt. This Agreement is made in English and Chinese, and both versions are equally authentic.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

Date: 15 June 2026
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h764z01": ("h764z01_grassland_tenure_registration_platform.pdf", "zh", H764Z01),
    "h764z02": ("h764z02_tape_measure_line_control_retrofit.docx", "zh", H764Z02),
    "h764z03": ("h764z03_arcade_chain_membership_saas.txt", "zh", H764Z03),
    "h764z04": ("h764z04_bulk_cement_system_om_service.txt", "zh", H764Z04),
    "h764z05": ("h764z05_ruler_mill_tracking_software_supplier_template.md", "zh", H764Z05),
    "h764e01": ("h764e01_timber_tracking_licence_gabon_vendor.pdf", "en", H764E01),
    "h764e02": ("h764e02_transport_saas_order_form_drc_vendor.md", "en", H764E02),
    "h764e03": ("h764e03_hydrological_sensors_monitoring_licence.docx", "en", H764E03),
    "h764e04": ("h764e04_managed_it_services_36_months.md", "en", H764E04),
    "h764e05": ("h764e05_river_logistics_data_api_subscription.txt", "en", H764E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term, sub,
                           law, kind]))


G, S = "goods_or_licence", "service"
# key: category, terms, sla_clause, ld_stated, capped (goods only), deemed, contract value, TCO fee base, design rules
LABELS = {
    "h764z01": ("software", terms(None, 0.5, True, "buyer", True, False, True, 0.08, None, 20, True, True, 36, 9,
                                  False, True, True, None, G), True, True, True, False, 2280000, 1160000,
                ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
    "h764z02": ("hardware", terms(None, 1, True, "buyer", True, True, True, None, None, 20, True, True, 24, 7,
                                  False, False, False, "PRC", G), True, False, True, False, 1520000, 1372000,
                ["CR-LD-MISSING", "CR-TERMINATION"]),
    "h764z03": ("cloud", terms(99.95, 0.25, True, "buyer", True, True, False, 0.1, 150, None, True, None, None, None,
                               True, True, False, "PRC", S), True, True, None, False, 1050000, None,
                ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
    "h764z04": ("services", terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                  False, True, False, "PRC", S), True, True, None, False, 468000, None, []),
    "h764z05": ("software", terms(None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 25,
                                  False, True, None, None, G), True, True, True, True, 562000, 428000,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h764e01": ("software", terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9,
                                  False, True, False, "Gabon", G), True, True, True, False, 1830000, 1240000,
                ["CR-GOVERNING-LAW"]),
    "h764e02": ("cloud", terms(99.5, 0.5, True, "buyer", True, True, True, 600 / 616000 * 100, 150, None, True, None,
                               None, None, True, True, False, "PRC", S), True, True, None, False, 616000, None,
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h764e03": ("hardware", terms(None, None, False, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 8,
                                  False, True, False, "PRC", G), False, True, True, False, 1060000, 957600,
                ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h764e04": ("services", terms(None, 0.25, True, "buyer", False, True, True, 2000 / 2184000 * 100, 6 / 36 * 100,
                                  None, True, None, None, None, False, True, True, "PRC", S), True, True, None, False,
                2184000, None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h764e05": ("services", terms(99.95, 0.5, True, "buyer", True, True, True, 500 / 618000 * 100, 200, None, True,
                                  None, None, None, False, True, False, "PRC", S), True, True, None, False, 618000,
                None, []),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, value, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee on the base."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(t, sla, ld_stated, capped, value, base):
    """My reading of policy §3 (with its section on where rules apply)."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# Threshold figures of policy §3/§4, in the forms a draft could state them. Whole figures only (lookarounds).
ZN = "零〇一二三四五六七八九十百点"
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])", r"九十九点九(?![" + ZN + "])",
    r"(?<![\d.])4(\.0+)?\s*(个)?\s*(小时|(business\s*|working\s*|clock\s*)?hours?|hrs?\b|h\b)",
    r"(?<![" + ZN + "])四\s*(个)?\s*小时", r"\bfour\s*(business\s*|working\s*)?hours?",
    r"(?<![\d.])0?\.050*\s*(%|per\s*cent|percent)", r"(?<![" + ZN + "])万分之五(?![" + ZN + "])", r"千分之零点五",
    r"(?<![\d.,])100(\.0+)?\s*(%|per\s*cent|percent)", r"百分之(一)?百(?![" + ZN + "])", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30(\.0+)?\s*(%|per\s*cent|percent)", r"百分之三十(?![" + ZN + "])", r"thirty\s*per\s*cent",
    r"(?<![\d.])15(\.0+)?\s*(%|per\s*cent|percent)", r"百分之十五(?![" + ZN + "])", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40(\.0+)?\s*(%|per\s*cent|percent)", r"百分之四十(?![" + ZN + "])", r"forty\s*per\s*cent",
    r"(?<![\d.])12\s*(个)?\s*(calendar\s*)?(月|months?)", r"(?<![\d.])12-month", r"(?<![" + ZN + "])十二\s*个\s*月",
    r"\btwelve\s*(calendar\s*)?months?", r"(?<![" + ZN + "])一\s*年", r"\bone\s*year", r"(?<![\d.])1\s*years?\b",
    r"(?<![\d.])5\s*(-\s*)?(years?|年)", r"(?<![" + ZN + "])五\s*年", r"\bfive\s*(-\s*)?years?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "4 business hours", "0.05%",
            "0.050 %", "万分之五", "100%", "百分之一百", "百分之百", "30%", "30 per cent", "百分之三十", "12个月", "十二个月",
            "12 months", "twelve months", "12-month", "一年", "one year", "15%", "百分之十五", "40%", "百分之四十", "5年",
            "五年", "5 years", "five years", "5-year"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "48小时", "0.055%", "0.5%", "130%", "150%", "2026年",
             "2025年", "25%", "115%", "万分之五十", "百分之三十五", "百分之四十五", "百分之十五点五", "0.15%", "1.5%", "1,300%",
             "112个月", "24 months", "18 months", "14 hours", "每年", "three years", "36 months", "2026", "45%"]


def hits(text):
    out = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            m = rx.search(form)
            if m:
                out.append((rx.pattern, form[max(0, m.start() - 20):m.end() + 20]))
    return out


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key], targets[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    problems = []
    for key, (name, lang, src) in FILES.items():
        cat, t, sla, ld_stated, capped, deemed, value, base, design = LABELS[key]
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append(f"{name}: length {n} outside {lo}-{hi}")
        for pat, ctx in hits(text):
            problems.append(f"{name}: threshold text {pat!r} in {ctx!r}")
        for k, th in THRESH.items():
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append(f"{name}: {k} on threshold")
        share = tco_share(t, value, base)
        if share is not None and abs(share - 40) <= 2:
            problems.append(f"{name}: TCO share {share:.2f} within 2 points of 40")
        rules = derive(t, sla, ld_stated, capped, value, base)
        if rules != sorted(design):
            problems.append(f"{name}: derived {rules} != design {sorted(design)}")
        covered |= set(rules)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print(f"{name}: {lang} {n} {'chars' if lang == 'zh' else 'words'}; TCO share "
              f"{'-' if share is None else f'{share:.2f}%'}; risk {risk(rules)}; {', '.join(rules) or '(none)'}")
    missing = set(SEVERITY) - covered
    if missing:
        problems.append(f"rules never fired: {sorted(missing)}")
    kinds = {"none": [k for k, v in LABELS.items() if not v[-1]], "e01": LABELS["h764e01"][-1],
             "z05": len(LABELS["h764z05"][-1])}
    assert sorted(kinds["none"]) == ["h764e05", "h764z04"] and kinds["e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= kinds["z05"] <= 10
    for k in ("h764z01", "h764z02", "h764z03", "h764e02", "h764e03", "h764e04"):
        assert 2 <= len(LABELS[k][-1]) <= 3, k
    assert risk(LABELS["h764e01"][-1]) == "low"
    print("\n".join(problems) if problems else "all checks passed")
    assert not problems


if __name__ == "__main__":
    main()
