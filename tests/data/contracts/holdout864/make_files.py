"""holdout864: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run from this folder with /work/main/.venv/bin/python -B make_files.py. The .txt/.md files are written as they stand
below; the .docx/.pdf files are built from the markup below by ../word_pdf.py (PDF paragraphs broken at word
boundaries). The labels are written from LABELS; the script then reads every built file back, asserts the length
ranges, scans the read-back texts for threshold figures, derives each draft's rules from its labels (my reading of
policy section 3) and compares them with the design list, and checks the coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:空气质量微站监测平台建设项目合同
P:合同编号：LZHB-ZC-2026-0317　　采购方式：公开招标（政府采购）
P:甲方（采购人）：澜州市生态环境局
P:乙方（供应商）：江淮云测环境科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就澜州市空气质量微站监测平台（以下简称“平台”）的软件许可与定制开发事宜订立本合同。招标文件、投标文件、中标通知书及澄清文件为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件永久使用许可，并完成以下定制开发：全市四百二十个空气质量微站的数据接入与设备管理、数据质控模型（异常值识别、离线补测标识、与国控站比对校准）、污染溯源分析、移动端巡查应用及指挥中心大屏展示。
P:1.2 乙方负责平台在甲方政务云上的部署、与省级生态环境监测数据平台的接口对接、历史数据迁移及用户培训。
P:1.3 具体功能与性能指标以招标文件技术需求书及乙方投标响应为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零捌万捌仟元整（¥2,088,000.00），其中：平台软件许可费¥1,260,000.00；定制开发费¥684,000.00；实施部署及数据迁移费¥118,000.00；培训费¥26,000.00。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方测评配合等全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥417,600.00。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计¥939,600.00。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥730,800.00。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，不视为甲方违约，但甲方应及时告知乙方。
H:第四条 交付进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于初步验收合格后六十日内完成试运行并提交最终验收申请。
P:4.2 因甲方原因导致进度延误的，工期相应顺延，乙方应书面说明顺延天数。
P:4.3 乙方应指定具有同类项目经验的项目经理一名，并配备不少于六名开发及实施人员常驻澜州，项目经理未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
P:4.4 甲方负责提供政务云资源、微站设备清单及历史数据，并协调省级平台接口开通；甲方应指定项目联系人，对乙方提交的需求确认文件在五个工作日内予以书面答复。
P:4.5 乙方应为甲方培训系统管理员及业务骨干不少于四十人次，培训内容包括平台操作、质控规则配置、常见故障处置，培训后提交培训记录及考核结果。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；微站数据接入率不低于98%；质控模型对甲方提供的样本数据识别结果经甲方确认；在三百个并发用户下页面平均响应时间不超过3秒。
P:5.2 最终验收标准：平台连续试运行三十日且未发生一级故障；接口数据与省级平台逐日比对一致；第三方机构出具的安全测评报告无高风险项；竣工文档、源代码及操作手册齐全。
P:5.3 验收由甲方组织，可邀请专家参加，验收合格后双方签署验收报告。平台上线运行、甲方使用或支付款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 免费质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥113,400.00，该价格在质保期满后三个年度内保持不变，届时另行签订维护合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三日通知甲方）。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据接入中断）30分钟内响应、两小时内到场；二级故障两小时内响应、当日解决；三级故障一个工作日内响应。
P:7.3 乙方未按时响应的，每超时一小时扣减服务费人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币2,000元，扣减款可从应付款或履约保函中扣除。
P:7.4 乙方应每月向甲方提交运行报告，内容包括可用率统计、故障处理记录及数据接入情况。
H:第八条 知识产权
P:8.1 本项目定制开发形成的软件模块、数据质控模型、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。
P:8.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可为本单位及下属监测站使用。
H:第九条 数据安全
P:9.1 平台采集、处理的全部监测数据及衍生数据属于甲方，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，对数据进行加密存储与传输，通过堡垒机按最小权限访问生产环境，不得将数据拷贝出甲方政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 合同终止或维护服务结束后，乙方应在十个工作日内返还或删除其持有的甲方数据，并出具书面删除证明。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付成果不符合约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同义务全部或部分转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
P:13.3 合同解除后，乙方应配合甲方完成数据与文档移交，已完成并验收合格部分按实际结算。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。招标文件、投标文件与本合同条款不一致的，以本合同为准。
P:15.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：澜州市生态环境局　　　　乙方（盖章）：江淮云测环境科技有限公司
P:代表签字：__________　　日期：______　　代表签字：__________　　日期：______
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：BGC-GZ-2026-021
P:甲方（买方）：浙江清泉冰格制品有限公司
P:乙方（卖方）：苏州恒拓工业自动化有限公司
P:甲方拟对其注塑车间八条冰格生产线的控制系统进行改造，乙方为具备相应能力的自动化系统集成商。双方经友好协商，就设备供货、软件许可、安装调试及售后维保事宜订立本合同，共同遵守。
H:一、改造范围
P:（一）拆除八条生产线原有继电器控制柜及老旧温控仪表，更换为PLC控制系统，新增伺服驱动、温度及压力传感器，实现注塑、冷却、脱模、码垛工序的自动联动。
P:（二）部署产线监控软件（SCADA）及配方与工艺管理软件，实现设备状态、产量、能耗及不良品数据的实时采集与展示，并与甲方现有ERP系统对接。
P:（三）乙方负责控制程序开发、原有工艺配方的整理迁移、安装调试、试生产及操作人员培训。
H:二、供货清单及合同价款
P:（一）合同价款明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|8套|118,000|944,000
TB:2|伺服驱动器及电机|48套|4,500|216,000
TB:3|温度/压力传感器|192个|850|163,200
TB:4|HMI触摸屏|8台|12,000|96,000
TB:5|工控以太网交换机|10台|7,600|76,000
TB:6|产线监控软件许可（SCADA，8条产线）|1套|318,000|318,000
TB:7|配方与工艺管理软件许可|1套|142,800|142,800
TB:|软硬件小计|||1,956,000
TB:8|安装调试及旧系统拆除|1项|236,000|236,000
TB:9|控制程序开发及配方迁移|1项|164,000|164,000
TB:10|操作及维护培训|1项|22,000|22,000
TB:|合同总价|||2,378,000
P:（二）合同总价为人民币贰佰叁拾柒万捌仟元整（¥2,378,000），含13%增值税、运输、保险、安装及技术服务费用。
P:（三）合同价款为固定总价，除甲方书面变更改造范围外，不作调整。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%，计¥475,600，作为预付款。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，计¥832,300。到货签收仅确认数量与外观，不视为质量验收。
P:（三）系统通过最终验收后十五个工作日内，甲方支付合同总价的45%，计¥1,070,100。
P:（四）乙方收款前应开具等额增值税专用发票，甲方收到合格发票后付款。
H:四、交货与工期
P:（一）乙方应于合同生效后四十五日内将全部设备运至甲方工厂，并于到货后六十日内完成八条产线的改造调试。
P:（二）改造应分批进行，每次停线改造不超过两条产线，停线时间须提前七日与甲方生产部门确认，以减少对生产的影响。
P:（三）乙方施工人员应遵守甲方安全生产及厂区管理制度，进入车间须佩戴安全防护用品；施工造成甲方设备、模具损坏的，乙方负责修复或赔偿。
P:（四）甲方负责提供施工所需的电源、压缩空气及临时存放场地，并安排工艺人员配合配方整理。
H:五、验收
P:（一）单线调试完成后进行试生产，连续生产七十二小时，设备无故障停机，产品合格率不低于改造前水平，节拍达到设计值。
P:（二）八条产线全部完成后进入三十日试运行，试运行期间监控软件数据采集完整，与ERP系统的产量数据逐日核对一致，报警功能经逐项测试有效。
P:（三）试运行结束后，甲方组织最终验收，验收合格的，双方签署最终验收报告。设备安装完成或甲方投入使用，均不视为验收合格。
P:（四）验收不合格的，乙方应在十日内完成整改并重新组织验收；两次验收仍不合格的，甲方有权解除合同。
H:六、质量保证
P:（一）乙方提供的设备及软件质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为故障的，乙方免费维修或更换。
P:（二）质保期满后，甲方可选择由乙方提供年度维保服务，年度维保费按软硬件小计的7%计取，即每年¥136,920，质保期满后三年内不得上调。维保合同每年签订一次，不自动续期。
P:（三）质保期内乙方应每季度上门巡检一次，检查控制柜、传感器及软件运行状态，并提交巡检报告；乙方应在甲方厂区备有常用备品备件。
P:（四）质保期满后三年内，乙方保证备品备件的供应，价格不高于本合同同类单价。
H:七、服务水平
P:（一）一级故障（整条产线停机）：乙方30分钟内远程响应，六小时内到达现场，二十小时内恢复生产。
P:（二）二级故障（单台设备或局部功能异常）：两小时内响应，四十八小时内修复。
P:（三）乙方未按上述时限响应或到场的，每超时一小时向甲方支付人民币1,500元，可从质保金或应付款中扣除。
P:（四）乙方应设立服务台，提供全天候报修电话，并于每次故障处理完毕后提交故障报告，说明原因及预防措施。
H:八、知识产权
P:（一）乙方为本项目开发的PLC控制程序、HMI画面、配方数据库及接口程序的知识产权归甲方所有，乙方应在最终验收时交付源程序及注释文档，甲方可自行修改和使用。
P:（二）SCADA及配方管理软件的产品著作权归原权利人所有，甲方获得永久使用许可。
P:（三）乙方保证所提供的设备及软件不侵犯第三方知识产权，因此引起纠纷的，由乙方负责处理并承担全部责任。
H:九、数据安全
P:（一）生产数据、工艺配方、设备参数等归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或提供给第三方。
P:（二）乙方远程维护须经甲方审批并通过甲方指定的VPN接入，操作全程留痕；乙方应采取必要的网络安全措施，防止病毒及恶意程序进入甲方生产网络。
P:（三）因乙方原因导致数据泄露、丢失或生产网络遭受攻击的，乙方应在两小时内通知甲方并承担由此造成的全部损失。
P:（四）维保服务结束后，乙方应删除其持有的全部甲方数据副本，并书面确认。
H:十、保密
P:甲乙双方对履行本合同中获悉的对方技术信息、经营信息负有保密义务，保密期限至合同终止后三年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）设备或软件不符合合同约定的，乙方应负责更换或整改，由此延误的工期按本条第（一）项处理。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（四）乙方支付的逾期违约金累计不超过合同总价的10%。
H:十二、分包
P:乙方可将电气配线、桥架安装等现场施工内容分包给具有相应资质的单位，但应在分包单位进场前书面通知甲方。乙方对分包单位的工作质量和安全负责。控制程序开发及调试工作不得分包。
H:十三、合同解除
P:乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。合同解除后，乙方应配合恢复原有产线的正常运行，已安装设备的处理由双方协商确定。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备配置清单、试生产记录表。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　　日期：
"""

Z03 = """门店预约及会员管理系统（SaaS）服务合同

合同编号：DG-IT-2026-008

甲方：北京大关相扑文化体验有限公司
乙方：杭州约立方网络科技有限公司

鉴于甲方在全国经营30家相扑体验门店，需要统一的线上预约、排班及会员管理系统；乙方拥有“约立方”门店预约SaaS平台。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方通过其SaaS平台向甲方提供以下服务：微信小程序及H5在线预约（体验课、团体课、私教课、观赛活动）；教练与场地排班；会员卡、储值与积分管理；门店收银对账；经营数据报表。
1.2 乙方负责实施服务，包括：30家门店的门店、课程、价格与排班配置；甲方原会员系统约四万二千名会员及储值余额的数据迁移；与甲方微信支付商户号及财务系统的对接；按甲方品牌要求定制小程序页面及六张经营分析报表；店长及前台人员培训。
1.3 服务期为两个服务年度。第一服务年度自上线验收合格之日起算，第二服务年度紧随其后。服务期满后如需续订，双方另行协商并签订新合同，本合同不自动续期。
1.4 乙方在服务期内提供平台功能的常规升级，升级不得降低已有功能；涉及门店操作流程变化的，应提前七日通知甲方并提供操作说明。
1.5 乙方应为甲方配备专属客户经理及实施顾问各一名，服务期内客户经理变更应提前通知甲方。

2. 费用及支付
2.1 年度订阅费按门店计收，每家门店每服务年度人民币13,200元，30家门店每服务年度合计人民币396,000元，两个服务年度合计人民币792,000元。
2.2 实施费为一次性费用，人民币86,000元。
2.3 本合同总价为人民币878,000元（含税）。服务期内甲方新增门店的，按每家门店每服务年度13,200元按月折算计费。
2.4 实施费于上线验收合格后十五个工作日内支付；第一服务年度订阅费于上线验收合格后十五个工作日内支付；第二服务年度订阅费于该服务年度开始后十五个工作日内支付。乙方应在每次收款前开具增值税专用发票。
2.5 服务期内年度订阅费单价不作调整。
2.6 上述费用不含短信费及第三方支付通道手续费，该等费用由甲方按实际发生额承担。

3. 实施与上线验收
3.1 乙方应于合同签订后四十五日内完成全部配置、数据迁移与对接，并提交上线验收申请。
3.2 上线验收标准：
（1）30家门店的课程、价格及排班配置与甲方确认的配置清单一致；
（2）会员信息、储值余额及积分迁移后逐条核对无差错；
（3）预约、取消、排队候补、核销、退款全流程测试通过；
（4）在五百名用户同时预约时，小程序页面响应时间不超过2秒；
（5）试运行七日内无一级故障。
3.3 甲方应在收到上线验收申请后五个工作日内组织验收，验收合格的签署上线验收单。试运行期间甲方门店的使用不视为验收合格。
3.4 乙方应在上线前为每家门店的店长及前台人员各培训不少于两人，并为甲方总部运营人员提供报表使用培训，培训材料交付甲方。
3.5 甲方需要新增定制功能的，双方另行签订变更单，明确内容、费用和工期；未经书面变更单确认的需求，乙方不得额外收费。

4. 服务水平
4.1 乙方保证平台月度可用率不低于99.5%，计划内维护应安排在凌晨一点至六点之间并提前两日通知甲方。
4.2 一级故障（全部或多家门店无法预约、无法核销）乙方应在15分钟内响应，两小时内恢复；二级故障（单店或单一功能异常）1小时内响应，当日解决；一般咨询于一个工作日内答复。
4.3 月度可用率低于约定值的，按当月对应订阅费的5%抵扣服务费；低于98%的，按10%抵扣；一级故障未按时恢复的，每次另行抵扣人民币2,000元。抵扣金额从下一期应付费用中扣减。
4.4 乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。
4.5 重大节假日及甲方举办大型观赛活动期间，乙方应安排专人值守，保障预约高峰期系统稳定运行。
4.6 乙方应每日备份平台数据，备份至少保留三十日，确保发生故障时可恢复至前一日状态。

5. 知识产权
5.1 乙方SaaS平台及其标准功能的知识产权归乙方所有。
5.2 乙方为甲方定制的小程序页面、品牌素材、六张经营分析报表及其模板的知识产权归甲方所有，服务期满后乙方应按甲方要求导出交付，甲方可自行修改或交由第三方使用。

6. 数据
6.1 甲方的会员信息、预约记录、交易数据等业务数据归甲方所有。
6.2 乙方可在去除会员身份信息后，将甲方门店的预约、消费及客流数据汇总用于行业分析、平台产品改进及推荐算法训练，该使用权在本合同终止后继续有效。
6.3 乙方应将平台部署在境内通过网络安全等级保护第三级测评的云环境中，对会员个人信息加密存储，按最小权限管理后台账号，操作日志保存不少于六个月。
6.4 发生数据泄露、篡改或丢失的，乙方应在发现后两小时内通知甲方，配合甲方向监管部门报告，并承担因其过错给甲方造成的损失，包括甲方向会员作出的赔偿。
6.5 合同终止后三十日内，乙方应将甲方业务数据以通用格式完整导出交付甲方，并在甲方确认后删除平台中的甲方数据。
6.6 乙方不得在平台中向甲方会员推送第三方广告，不得利用甲方会员信息开展任何营销活动。

7. 保密
双方对在合作中知悉的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。保密义务不因合同解除或终止而免除。

8. 违约责任
8.1 乙方未按第3.1条期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
8.2 乙方累计赔偿责任不超过合同总价的150%，但因乙方故意或重大过失、侵犯知识产权或违反第6条给甲方造成的损失除外。
8.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
8.4 乙方定制的页面或报表不符合约定的，应在十个工作日内免费修改。

9. 转包与分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维服务转包或分包给第三方。平台所使用的云服务商以本合同签订时乙方书面告知的为准，变更须经甲方书面同意。

10. 合同解除
10.1 一方严重违约，经守约方书面通知后二十日内未纠正的，守约方有权解除合同。
10.2 平台连续两个月可用率低于约定值的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
10.3 合同解除的，乙方应按第6.5条交付数据，并配合甲方完成向其他系统的迁移。

11. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交上海仲裁委员会仲裁。

12. 甲方义务
12.1 甲方应指定项目负责人，及时提供门店、课程、价格及会员数据，并对乙方提交的配置清单在三个工作日内确认。
12.2 甲方负责微信支付商户号的开通与维护，并妥善保管平台管理员账号及密码。
12.3 因甲方提供的数据不准确导致迁移错误的，乙方应协助更正，工期相应顺延。

13. 其他
13.1 本合同附件包括：门店配置清单、上线验收单、服务报告模板，附件与本合同具有同等效力。
13.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                    乙方（盖章）：
授权代表：                        授权代表：
日期：                            日期：
"""

Z04 = """房车营地与露营地管理系统年度运维服务合同

项目编号：QSWL-CS-2026-05（竞争性磋商）
甲方（采购人）：青山市文化广电和旅游局
乙方（成交供应商）：成都蓝途信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件及乙方响应文件，甲乙双方就青山市房车营地与露营地管理系统（以下简称“系统”）年度运维服务，订立本合同。

第一条 服务范围
（一）系统包括营地信息管理、营位在线预订、游客实名登记、营地安全巡查、监管统计大屏及微信公众号等模块，覆盖全市十九个房车营地和露营地。
（二）乙方提供以下运维服务：驻场运维（两名工程师，工作日驻甲方办公）；系统日常监测与故障处理；月度巡检与漏洞修复；营地基础数据维护与统计报表编制；节假日及旅游旺季保障；系统小版本优化（每季度不超过四十个人日）。
（三）服务期为一个服务年度，自2026年7月1日起至2027年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，按政府采购规定另行组织。
（四）小版本优化需求由甲方书面提出，乙方评估工作量后经甲方确认实施；超出约定人日的需求，双方另行协商。
（五）系统由原建设单位开发，源代码及相关文档已归甲方所有，甲方向乙方提供运维所需的源代码及文档。
（六）本合同服务不包括政务云平台本身、网络线路及营地现场设备的维护。

第二条 合同金额
（一）本合同总金额为人民币肆拾陆万捌仟元整（¥468,000.00），包括：驻场运维费¥312,000.00；巡检及漏洞修复费¥84,000.00；数据维护及报表费¥46,000.00；节假日保障费¥26,000.00。
（二）合同金额为固定总价，服务期内不作调整，已包含人员、差旅、税费等全部费用。
（三）服务期内甲方新增营地接入系统的，乙方应负责完成相应基础数据维护，不另行收费。

第三条 付款方式
（一）服务费按季度支付，每季度人民币117,000元。
（二）每季度结束后，甲方依照第六条进行季度考核，考核结果确认后十五个工作日内支付当季服务费；考核扣款从当季服务费中扣除。
（三）乙方应在每次付款前开具合法有效的发票。
（四）甲方付款以财政资金到位为前提，因财政资金拨付延迟导致付款延迟的，甲方不承担违约责任，但应及时告知乙方。

第四条 服务要求
（一）系统月度可用率不低于99.95%，因政务云平台故障导致的不可用时间不计入。
（二）故障响应：一级故障（系统整体无法访问、预订功能中断）乙方应在30分钟内响应，两小时内恢复；二级故障（单一模块异常）两小时内响应，当日修复；三级故障（一般问题及咨询）一个工作日内处理。
（三）乙方应于每月五日前提交上月运维报告，内容包括系统运行情况、故障处理、巡检结果及优化建议。
（四）五一、国庆等旅游旺季及甲方通知的重大活动期间，乙方应增派一名工程师现场值守。
（五）乙方应在服务期开始之日起进场提供服务，驻场工程师应具备两年以上同类系统运维经验，人员变更须提前十日书面报甲方同意。
（六）乙方应制定系统应急预案，每半年组织一次应急演练，演练方案及总结报告报甲方备案。
（七）乙方应每日检查系统运行日志、接口及定时任务运行状态，发现异常及时处理并记录。
（八）乙方应建立运维工作台账，详细记录每次故障的发生时间、处理过程和结果，台账在年度验收时一并提交。

第五条 甲方责任
（一）甲方负责提供驻场办公场所、政务云资源及必要的系统账号。
（二）甲方应指定专人负责与乙方的日常联络，并及时确认乙方提交的变更及优化需求。
（三）甲方应按约定支付服务费。
（四）甲方应在重大活动开始前七日将保障需求通知乙方。

第六条 考核与验收
（一）季度考核内容包括：可用率是否达标；故障是否按时响应和恢复；运维报告是否按时提交；巡检发现问题的整改率；甲方使用科室满意度评价。考核满分一百分，八十五分以上为合格。
（二）乙方未按第四条第（二）项时限响应的，每次扣减服务费人民币500元；一级故障未在两小时内恢复的，每次扣减人民币2,000元；系统月度可用率低于约定值的，每低于0.01个百分点扣减人民币1,000元。
（三）服务期满前十五日内，甲方组织年度服务验收，依据全年考核结果、运维文档完整性及系统运行状况出具验收意见。年度验收合格后，乙方应移交全部运维文档。
（四）年度验收不合格的，乙方应在十五日内整改，整改期间甲方可暂缓支付最后一个季度的服务费。

第七条 数据与成果归属
（一）系统中的营地信息、预订记录、游客登记信息及统计数据归甲方所有，乙方不得用于本合同以外的任何用途。
（二）乙方在服务期内编写的运维脚本、统计报表模板、优化程序及运维文档，其知识产权归甲方所有。

第八条 保密
乙方及其驻场人员对在服务过程中接触到的甲方工作资料、系统账号、游客信息及其他未公开信息负有保密义务，不得向任何第三方披露。乙方驻场人员应签署保密承诺书。保密义务在合同终止后继续有效。

第九条 人员管理
（一）乙方驻场人员应遵守甲方作息及管理制度，不得从事与本合同无关的工作。
（二）驻场人员无故缺勤的，每人每日扣减服务费人民币800元；甲方认为驻场人员不能胜任的，有权要求乙方在七日内更换。

第十条 服务交接
（一）服务期开始前十日内，乙方应与原运维单位及甲方办理交接，接收系统文档、源代码及账号清单，对系统现状进行评估并出具评估报告。
（二）服务期满或合同解除时，乙方应在十个工作日内向甲方或甲方指定的单位移交系统账号、运维文档、脚本及未结问题清单，并配合完成交接，交接期间不得中断服务。

第十一条 违约责任
（一）乙方未按约定时间进场提供服务，或未在甲方书面通知的期限内完成巡检问题整改的，每逾期一日，按合同总金额的千分之二向甲方支付违约金。
（二）连续两个季度考核不合格的，甲方有权解除合同。
（三）乙方在本合同项下的累计赔偿责任（含违约金及考核扣款）不超过合同总金额的50%。
（四）甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。

第十二条 分包与转让
乙方不得将本合同项下的服务转包或分包，不得将合同权利义务转让给第三方。

第十三条 合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（二）因不可抗力导致合同无法履行的，双方可协商解除合同。
（三）合同解除后，乙方应按第十条第（二）项办理交接。

第十四条 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）磋商文件、响应文件及成交通知书为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，按政府采购相关规定及磋商文件执行。
（四）附件：服务内容清单、季度考核评分表、驻场人员名单。

甲方（盖章）：青山市文化广电和旅游局        乙方（盖章）：成都蓝途信息技术有限公司
法定代表人或授权代表：                      法定代表人或授权代表：
签订日期：2026年6月   日                    签订日期：2026年6月   日
"""

Z05 = """# 匠链工序通软件许可及定制开发合同

（匠链软件标准合同文本 V3.0，编号 JL-HT-2026-0412）

甲方（用户）：北海海韵贝雕画工作室有限公司

乙方（供应商）：厦门匠链软件科技有限公司

甲方因贝雕画生产管理需要，向乙方采购“匠链工序通”生产过程跟踪软件许可及定制开发服务。双方在平等自愿的基础上，按照乙方标准合同文本订立本合同。

## 第一条 产品与服务内容

1.1 乙方向甲方提供“匠链工序通”V3 软件许可（单工厂版，含 36 个并发工位账号、移动端扫码应用及管理后台）。

1.2 乙方根据甲方需求进行定制开发，内容包括：贝雕画从订单、选贝、切料、打磨、雕刻、粘贴、装裱到质检的工序流转与扫码报工；按工序计件的工资统计；珍珠贝、鲍鱼贝等原料批次及损耗管理；作品电子溯源证书生成；与甲方网店订单系统的接口。

1.3 乙方负责软件安装部署、基础数据初始化及甲方操作人员培训。具体功能以双方确认的需求说明书为准，需求说明书未列明的功能不属于本合同范围。

1.4 软件许可限于甲方在北海市的一个生产场所使用。甲方增加工位账号、生产场所或供关联企业使用的，应另行购买许可。

1.5 乙方提供一次集中培训，培训对象为甲方管理员及各工序班组长，培训时长不超过两天；超出部分按人天另行收费。

1.6 乙方在需求调研阶段派驻实施顾问一名，调研期不超过十个工作日。

1.7 软件运行环境要求见《部署清单》，甲方应按要求自行准备。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序通 V3 软件许可（单工厂版，永久） | 420,000 |
| 2 | 定制开发（工序流转、计件工资、原料批次、溯源证书、网店接口） | 168,000 |
| 3 | 安装部署、数据初始化及培训 | 46,000 |
| | 合计 | 634,000 |

2.1 合同总价为人民币陆拾叁万肆仟元整（¥634,000），含税。

2.2 甲方需求变更或新增功能的，乙方有权按人天单价人民币2,600元另行收费。

2.3 上述价款不含服务器、网络设备、扫码枪及标签打印机等硬件，该等硬件由甲方自行采购。

2.4 软件许可费一经支付，不予退还。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即人民币348,700元。乙方收到该款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的45%，即人民币285,300元。

3.3 甲方逾期支付任何款项的，每逾期一日，应按应付未付金额的千分之一向乙方支付违约金；逾期超过三十日的，乙方有权暂停服务并停用软件许可。

3.4 乙方收到款项后十个工作日内开具增值税普通发票。

## 第四条 实施与交付

4.1 乙方计划于收到首期款后九十日内完成部署上线。实施计划为预估时间，实际进度可能因需求确认、甲方配合等因素调整。

4.2 甲方应提供服务器及网络环境，安排专人配合需求调研、数据整理和测试，并在乙方提交需求说明书后三个工作日内书面确认，逾期未确认的视为确认。

4.3 因甲方原因导致实施延误的，乙方不承担责任，且工期相应顺延。

4.4 上线前乙方协助甲方导入在制作品清单、员工名册及工序工价表，甲方应保证所提供数据的准确性。

4.5 乙方交付物包括安装程序、用户手册和管理员手册。定制开发部分的源代码不属于交付范围。

4.6 乙方可根据项目需要调整实施人员，并通知甲方项目联系人。

## 第五条 验收

5.1 系统部署完成并投入上线运行之日，即视为甲方验收合格。

5.2 甲方在上线运行后提出的问题，乙方将在维护期内按第七条处理，不影响验收结论及付款。

5.3 甲方使用系统处理实际生产业务的，视为甲方认可系统满足需求。

## 第六条 知识产权

6.1 “匠链工序通”软件及其全部版本的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关源代码、文档，其知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对其进行修改、反编译或提供给第三方使用。

6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

6.4 甲方在宣传材料中使用乙方名称或商标的，应事先取得乙方书面同意。

## 第七条 免费维护与维保服务

7.1 免费维护期为系统上线之日起六个月。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

7.2 故障响应：一级故障（系统无法登录或无法扫码报工）乙方在8小时内响应；其他问题在两个工作日内响应。乙方将尽合理努力排除故障，但不保证软件无错误或不中断运行。

7.3 乙方对故障响应超时或修复延迟不承担扣款、赔偿或违约金责任。

7.4 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可费的28%，即每年人民币117,600元，按年预付。未购买维保服务的，乙方不再提供版本升级及技术支持。

7.5 维保服务内容包括远程技术支持、缺陷修复和版本升级；现场服务按每人每次人民币3,000元另行收费，差旅费由甲方承担。

7.6 因甲方擅自修改配置、使用非乙方认可的硬件或操作不当造成的故障，不属于免费维护范围。

## 第八条 数据

8.1 甲方在软件中录入和产生的订单、工序、计件工资及作品数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。

8.2 乙方在部署和维护过程中应采取访问控制、账号口令管理及传输加密等措施，远程维护须事先取得甲方同意。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在发现后一个工作日内通知甲方，配合采取补救措施，并赔偿甲方由此遭受的直接损失。

8.4 合同终止后，甲方可在三十日内导出其数据，期满后乙方有权删除。

## 第九条 违约责任

9.1 任何一方违反本合同约定的，应承担相应的违约责任。

9.2 乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

9.3 甲方超出许可范围使用软件的，应按许可费的两倍向乙方支付违约金。

## 第十条 合同解除

10.1 一方严重违约，经另一方书面通知后十五日内未纠正的，守约方有权书面通知解除本合同。

10.2 合同解除的，甲方已支付的款项不予退还，但乙方因严重违约导致解除的除外。

10.3 合同解除或终止后，甲方应停止使用定制开发成果，乙方有权收回软件许可。

## 第十一条 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知另一方并提供证明。

## 第十二条 通知

本合同项下的通知以书面形式送达双方预留的地址或电子邮箱，电子邮件发出即视为送达。

## 第十三条 争议解决

本合同履行中发生争议的，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。诉讼费、律师费由败诉方承担。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件《需求说明书》《部署清单》与本合同具有同等效力。本合同条款以乙方标准文本为准，双方另有书面约定的除外。

14.3 本合同的任何修改须经双方书面确认。

甲方（盖章）：                    乙方（盖章）：

授权代表：                        授权代表：

日期：                            日期：
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FV-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Dalian Haixing Aquatic Products Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dalian, Liaoning Province (the "Customer"), and Flokavit ehf., a private limited company incorporated in Iceland with its registered office at Austurvegur, 800 Selfoss, Iceland (the "Vendor").
P:The Customer operates three fish and shellfish processing plants in Dalian and wishes to introduce a yield-management and traceability system. The Vendor develops and licenses the FlokaYield software for the seafood processing industry. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FlokaYield standard software modules listed in Schedule A, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interfaces, reports, label templates, scripts and other work product prepared by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Installation" means the completion of the installation of the Software at all three plants, confirmed by a written installation note signed by both parties.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
P:1.5 "Customer Data" means all data entered into, processed by or generated in the Software in connection with the Customer's business, including production, yield, batch and supplier data.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Customer's plants in the People's Republic of China, for the number of users and production lines stated in Schedule A, and to make copies for backup, testing and disaster recovery.
P:2.2 The Vendor shall perform the following services: installation and configuration of the Software; integration with the Customer's ERP system, the weighing scales and the labelling printers on each production line; migration of open batch and supplier master data; and training of key users and administrators.
P:2.3 The Vendor shall appoint a project manager with experience of at least two comparable projects.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 2,090,000, inclusive of applicable taxes, and consists of: Licence Fees of CNY 1,480,000; implementation and configuration services of CNY 362,000; integration services of CNY 214,000; and training of CNY 34,000.
P:3.2 The Contract Price is fixed. It includes all travel, accommodation and living expenses of the Vendor's personnel and the cost of any third-party components embedded in the Software.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments: (a) 20% of the Contract Price, CNY 418,000, within 15 days after signature of this Agreement and receipt of a valid invoice; (b) 45% of the Contract Price, CNY 940,500, within 15 days after Installation; and (c) 35% of the Contract Price, CNY 731,500, within 15 days after Final Acceptance.
P:4.2 Installation only confirms that the Software has been installed. It is not acceptance of the Software or of the services.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete Installation within 75 days after signature and shall submit the system for acceptance testing within 45 days after Installation.
P:5.2 Acceptance tests shall be carried out in accordance with an acceptance test plan agreed by the parties before Installation. The system passes the tests when: (a) all functions listed in Schedule A and in the approved functional specification work as specified; (b) yield figures calculated by the Software for a sample of 200 batches agree with the Customer's manual calculation; (c) the ERP, scale and printer interfaces operate for 20 consecutive production days without a Severity 1 incident; and (d) all documentation and the source code of the Custom Deliverables have been delivered.
P:5.3 If the system fails any test, the Vendor shall correct the defects at its own cost within 15 days and the tests shall be repeated. Production use of the Software before Final Acceptance shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and the functional specification for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct all defects and supply all updates and new versions free of charge.
P:6.2 Support shall be provided in English and Chinese through a support portal and a telephone hotline. Incidents are classified as follows: Severity 1 means a complete stoppage of the Software or of the labelling at any plant; Severity 2 means a serious loss of a function with no workaround; Severity 3 means any other defect or request.
P:6.3 The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and restore the service or provide a workaround within eight hours. Severity 2 incidents shall be responded to within two hours and Severity 3 incidents within one working day.
P:6.4 If the Vendor fails to respond within the time stated in Article 6.3, the Vendor shall credit CNY 1,000 for each hour of delay, to be deducted from any amount due to the Vendor.
P:6.5 After the warranty period, the Customer may order annual support services. The annual support fee shall be 11% of the Licence Fees, that is CNY 162,800 per year, and shall not be increased during the first three years after the warranty period. Support shall be ordered by the Customer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. The Customer's rights in the Software are those granted in Article 2.
P:7.2 All intellectual property rights in the Custom Deliverables shall belong to the Customer upon creation. The Customer may use, modify, copy and license the Custom Deliverables freely, including through third parties, and the Vendor shall deliver their source code with the documentation.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Software shall be installed on the Customer's own servers in Dalian. The Vendor's remote access shall be made only through the Customer's VPN, after approval for each session, with individual accounts and full logging. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the data protection and data security laws of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within eight hours after becoming aware of any security incident affecting Customer Data, shall take all necessary remedial measures and shall be liable for all losses caused to the Customer by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including production volumes, yields, prices and supplier lists, and shall use it only to perform this Agreement.
P:9.2 These obligations continue for three years after the end of this Agreement, except for trade secrets, which shall be protected for as long as they remain trade secrets.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete Installation or to submit the system for acceptance testing by the dates in Article 5.1, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limitation does not apply to liability for death or personal injury, wilful misconduct, gross negligence, infringement of third-party rights or breach of Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature and continues until all obligations have been performed.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.3 Upon termination under Article 12.2, the Vendor shall refund the payments received for work that has not been accepted and shall hand over all Custom Deliverables completed so far.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Iceland.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be settled by the District Court of Reykjavik, to whose jurisdiction the parties submit.
H:Article 15 General
P:15.1 Any amendment shall be made in writing and signed by both parties.
P:Schedule A: Software modules, users and production lines. Schedule B: Functional specification. Schedule C: Acceptance test plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS: VINTRACE CLOUD SUBSCRIPTION

Order Form No. VTC-OF-2026-0388

## PART A: ORDER FORM

### A1. Parties

**Provider:** Vintrace Cloud Limited, a company registered in New Zealand, 14 Alfred Street, Blenheim 7201, New Zealand.

**Customer:** Ningxia Helan Shanlu Winery Co., Ltd., a company registered in the People's Republic of China, Yinchuan, Ningxia.

This Order Form is governed by the General Terms in Part B. If this Order Form and Part B conflict, this Order Form prevails.

### A2. Subscribed Services

The Provider will provide the Vintrace Cloud vineyard and winery management platform (the "Service") for the Customer's 1,850 hectares of vineyards and its two wineries, comprising:

- the Vineyard module (block mapping, spray and labour records, maturity sampling, harvest planning);
- the Winery Production module (intake, tank and barrel management, work orders, additions, bottling);
- the Compliance and Traceability module (lot genealogy, export documents, the Chinese-language label register);
- up to 150 named users and the mobile field application.

Onboarding comprises configuration of blocks, tanks and barrels, migration of the 2024 and 2025 vintage records, integration with the Customer's ERP through the Provider's standard API, six Customer-specific reports, and training of key users.

### A3. Subscription Term

The Initial Term is two Subscription Years. Subscription Year 1 starts on the date of Go-Live Acceptance under A5, and Subscription Year 2 starts on its first anniversary.

### A4. Fees

| Item | Basis | Fee (CNY) |
|---|---|---|
| Vineyard module | per Subscription Year | 118,000 |
| Winery Production module | per Subscription Year | 96,000 |
| Compliance and Traceability module | per Subscription Year | 54,000 |
| Subscription Fee, subtotal | per Subscription Year | 268,000 |
| Subscription Fees, Initial Term | two Subscription Years | 536,000 |
| Onboarding | one-time | 42,000 |
| **Total Order Value** | | **578,000** |

All fees are in CNY and include VAT. The Provider will issue a valid Chinese VAT invoice through its authorised local reseller for each payment.

Invoicing: the Onboarding fee is invoiced on Go-Live Acceptance. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days after receipt.

### A5. Onboarding and Go-Live Acceptance

The Provider will make the Service ready for Go-Live Acceptance within 60 days after signature of this Order Form. Go-Live Acceptance requires that: (a) all blocks, tanks and barrels listed in the onboarding workbook are configured and reconciled with the Customer's records; (b) the migrated vintage records agree with the Customer's source files on a full count of lots and volumes; (c) the ERP interface posts intake, additions and bottling transactions correctly over ten consecutive working days; and (d) the six reports produce the agreed figures for a test period. The Customer will sign a Go-Live Acceptance certificate within five working days after these criteria are met. Use of the Service before that date is not acceptance.

If the Service is not ready for Go-Live Acceptance by the date above for reasons attributable to the Provider, the Provider will pay the Customer CNY 500 for each day of delay.

### A6. Renewal

After the Initial Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. The Provider may increase the fees for any renewal term by up to 8% by notice given at least 60 days before the renewal date.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B: GENERAL TERMS

### 1. The Service

1.1 The Provider will provide the Service in accordance with the Order Form, these General Terms and the documentation published in the Provider's help centre.

1.2 The Provider may improve and update the Service from time to time, provided that no update materially reduces the functionality subscribed in the Order Form.

1.3 The Customer is responsible for the accuracy of the data it enters, for its users' conduct and for keeping user credentials secure.

1.4 The Provider will provide online help, a Chinese-language user guide and two remote refresher training sessions in each Subscription Year at no extra charge.

### 2. Service Levels

2.1 The Provider will make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

2.2 Incidents are classified by the Customer's support request. Severity 1 means that the Service is unavailable or that intake or bottling records cannot be saved. The Provider will respond to a Severity 1 incident within 30 minutes at any time and will work continuously until the Service is restored. Severity 2 incidents receive a response within two business hours and Severity 3 requests within one business day.

2.3 If monthly availability falls below the level in clause 2.1, the Customer will receive a service credit of 5% of the monthly portion of the Subscription Fee for each full 0.1 percentage point of shortfall, up to 50% of that monthly portion. If the Provider misses a Severity 1 response time, the Customer will receive a further credit of CNY 1,000 per incident. Credits are deducted from the next invoice or refunded at the end of the term.

2.4 The Provider will publish a monthly service report to the Customer's administrator showing availability, incidents and response times.

### 3. Customer Data

3.1 All data that the Customer or its users enter into the Service, and all outputs generated from it ("Customer Data"), belong to the Customer.

3.2 The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose.

3.3 The Service is hosted in a data centre in mainland China operated by a cloud provider holding a level-3 MLPS filing. The Provider will encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least six months and maintain ISO/IEC 27001 certification.

3.4 The Provider will notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, will investigate and remedy it, and is liable for the Customer's losses caused by the Provider's breach of this clause 3.

3.5 On expiry or termination, the Provider will make all Customer Data available for export in CSV format for 60 days and will then delete it and confirm the deletion in writing.

### 4. Intellectual Property

4.1 The Provider owns the Service, its software and its documentation. The Customer receives a right to use the Service during the subscription term.

4.2 The Customer-specific reports, configurations and export templates created during onboarding belong to the Customer, who may use, modify and license them freely.

### 5. Confidentiality

5.1 Each party will keep confidential the other party's non-public information, including the Customer's blending recipes, grape prices and production volumes, and will use it only for the purposes of the Order Form.

5.2 This obligation continues for three years after the end of the subscription, and without limit for trade secrets.

### 6. Subcontractors

6.1 The Provider may use subcontractors and sub-processors, including hosting providers and local implementation partners, to provide any part of the Service. The Provider will inform the Customer by email of any new subcontractor before it starts work. The Provider remains responsible for its subcontractors.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

7.2 Each party's aggregate liability arising out of or in connection with the Order Form and these General Terms is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to breach of clause 3 or clause 5, or to the Customer's obligation to pay fees.

### 8. Term and Termination

8.1 These General Terms apply for as long as any Order Form is in effect.

8.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

8.3 If the Customer terminates under clause 8.2, the Provider will refund any prepaid fees for the period after termination.

### 9. Governing Law and Disputes

9.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding.

### 10. General

10.1 Notices must be given in writing to the addresses in the Order Form, by courier or by email with confirmation of receipt.

10.2 Neither party may assign the Order Form without the other party's written consent.

10.3 The Order Form and these General Terms are the whole agreement between the parties about the Service and replace all earlier proposals.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR AQUACULTURE WATER-QUALITY MONITORING SYSTEM
P:Contract No. NDHY-CG-2026-062
P:Buyer: Ningde Haiyue Aquaculture Group Co., Ltd., Ningde, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Sjavarvit hf., a company incorporated in Iceland, Garðarsbraut, 640 Húsavík, Iceland (the "Supplier").
P:The Buyer farms large yellow croaker in offshore cages and nursery ponds in the Sandu Bay area. It wishes to purchase water-quality sensor nodes, gateways and a monitoring software licence, installed and commissioned, on the terms of this Contract, which is the Buyer's standard form for equipment purchases.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensor nodes, gateways, mounting kits and spare parts listed in the Price Table in clause 3.
P:1.2 "Licensed Software" means the Supplier's AquaSense monitoring software, including its server application, web dashboard and mobile application, with all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Licensed Software as installed, configured and integrated at the Buyer's sites.
P:1.4 "Final Acceptance" means the signature by the Buyer of the final acceptance certificate under clause 6.
P:1.5 The following documents form part of this Contract and are read in this order of priority: this Contract; Annex 1 (Technical Specification); Annex 2 (Site List); Annex 3 (Acceptance Test Plan).
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install and commission 420 multi-parameter sensor nodes measuring dissolved oxygen, temperature, salinity, pH and turbidity, and 36 solar-powered gateways, at the 14 sites listed in Annex 2.
P:2.2 The Supplier shall install the Licensed Software on the Buyer's servers in Ningde, configure alarm thresholds agreed with the Buyer's farm managers, and connect the System to the Buyer's aerator control cabinets and its existing feeding records system.
P:2.3 The Supplier shall train the Buyer's farm technicians, system administrators and maintenance staff, as described in clause 3.
P:2.4 The Equipment shall be new, of marine grade suitable for continuous immersion in sea water, and shall meet the specifications in Annex 1.
H:3. Contract Price
P:3.1 The Contract Price is set out in the following Price Table. All prices are in CNY, inclusive of VAT, duties, delivery to the sites and insurance until delivery.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor node, marine grade|420|3,600|1,512,000
TB:2|Solar-powered LoRa gateway with mounting kit|36|9,800|352,800
TB:3|AquaSense monitoring software, perpetual licence (unlimited sensors, 60 users)|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||2,350,800
TB:4|Installation, configuration and commissioning at 14 sites|1 lot|198,000|198,000
TB:5|Training (three sessions on site)|1 lot|27,200|27,200
TB:|Total Contract Price|||2,576,000
P:3.2 The Contract Price is fixed and includes all travel and accommodation costs of the Supplier's personnel, all tools and consumables for installation, and a set of spare parts as listed in Annex 1.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price, CNY 257,600, within 20 days after signature of this Contract and receipt of an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price, CNY 1,416,800, within 20 days after all Equipment has been delivered and installed at all sites, as confirmed by a signed installation record. The installation record confirms quantities and installation only and is not acceptance of the System.
P:4.3 The Buyer shall pay 35% of the Contract Price, CNY 901,600, within 20 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's warehouse in Ningde within 70 days after signature, and shall complete installation and commissioning at all sites within 50 days after delivery.
P:5.2 Installation at sea shall be scheduled with the Buyer's farm managers, taking account of weather, tides and feeding times. The Supplier's personnel shall follow the Buyer's safety rules for work on cages and boats.
P:5.3 Title and risk in the Equipment pass to the Buyer upon delivery to the warehouse, without prejudice to the Buyer's rights under clauses 6 and 7.
H:6. Acceptance
P:6.1 After commissioning, the System shall enter a trial operation of 45 days.
P:6.2 The System passes Final Acceptance when: (a) every sensor node and gateway reports to the Licensed Software; (b) readings of dissolved oxygen and temperature, checked against a calibrated reference instrument at 40 randomly selected nodes, are within the tolerances in Annex 1; (c) no site has a gap of more than two hours in its data during the trial operation; (d) low-oxygen alarms trigger the aerator cabinets within 60 seconds in tests at every site; and (e) all manuals, calibration certificates and the as-built documentation have been delivered.
P:6.3 If the System fails any criterion, the Supplier shall remedy the defects at its own cost and the tests shall be repeated. Delivery, installation, trial operation or use of the System by the Buyer does not constitute acceptance.
H:7. Warranty and Maintenance
P:7.1 The Supplier warrants the Equipment and the Licensed Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment, correct software defects and supply software updates free of charge, including parts, labour and travel.
P:7.2 Faults are classified as follows: a Severity 1 fault is a failure of the Licensed Software or of alarms at any site, or the loss of data from a whole site; a Severity 2 fault is the failure of individual sensor nodes or gateways; other faults are Severity 3.
P:7.3 The Supplier shall respond to a Severity 1 fault within 1 hour, at any time, and restore the alarm function within ten hours. Severity 2 faults shall be responded to within eight hours and fixed within five days. Severity 3 faults shall be handled within ten working days.
P:7.4 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:7.5 After the warranty period, the Supplier shall offer maintenance services for the System. The annual maintenance fee shall not exceed 6% of the Hardware and Licence Subtotal, that is CNY 141,048 per year, and shall remain fixed for the first two years after the warranty period. Maintenance shall be ordered by separate purchase order and does not renew automatically.
P:7.6 The Supplier shall keep spare parts for the Equipment available for seven years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Licensed Software and grants the Buyer a perpetual, non-exclusive licence to use it for the Buyer's and its affiliates' farms.
P:8.2 The alarm rules, site configurations, interface programs to the aerator cabinets and feeding records system, and reports prepared for the Buyer belong to the Buyer. The Supplier shall deliver them with their source code, and the Buyer may use, modify and license them without restriction.
P:8.3 The Supplier warrants that the System does not infringe any third-party rights and shall indemnify the Buyer against any such claim.
H:9. Data Security
P:9.1 All data collected by the System, including water-quality readings, alarm records and farm production data, belongs to the Buyer. The Supplier may use it only to perform this Contract.
P:9.2 The Licensed Software shall run on the Buyer's own servers. The Supplier's remote access requires the Buyer's approval for each session and shall be made through the Buyer's VPN with individual accounts and logging. The Supplier shall not transfer any data outside the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting the System or its data to the Buyer within six hours, take remedial measures and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other, including the Buyer's stocking densities, survival rates and site locations, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to deliver the Equipment or to complete installation and commissioning by the dates in clause 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local marine installation contractors shall be proposed in writing for the Buyer's approval before mobilisation. The Supplier remains responsible for the work of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under clause 11.1 reach their maximum. The Supplier shall then refund the amounts paid for Equipment or work not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou. The award is final and binding on both parties.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English. In case of any inconsistency, the Chinese version prevails.
P:15.2 This Contract enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No.** YXD-MSA-2026-07

**Customer:** Inner Mongolia Yunxi Dairy Co., Ltd., Hohhot, Inner Mongolia Autonomous Region, People's Republic of China.

**Service Provider:** Southland Farm Systems Limited, a company registered in New Zealand, Dee Street, Invercargill 9810, New Zealand, acting together with its wholly owned subsidiary in Hohhot for local delivery.

**Background.** The Customer operates nine dairy farms with about 38,000 cows. It has installed cow collars, milking-parlour sensors and farm networks, and wishes to outsource their day-to-day operation, monitoring and field maintenance to the Service Provider for a fixed term.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the service commencement certificate under Section 4.

1.3 "Initial Term" means 36 months from the Service Commencement Date.

1.4 "Monthly Service Charge" and "Transition Charge" have the meanings given in Schedule 2.

1.5 "Total Contract Value" means the Transition Charge plus the Monthly Service Charges for the whole Initial Term, that is CNY 2,184,000.

1.6 "Customer Data" means all data generated by the Customer's collars, sensors, parlour equipment and networks, and all herd, milk-yield and health records processed in the course of the Services.

## 2. Services

2.1 The Service Provider shall provide the Services in accordance with Schedule 1 and the service levels in Schedule 3, with the skill and care of a competent provider of similar services.

2.2 The Service Provider shall maintain a Chinese-speaking service desk and a field team based in Hohhot with enough engineers to reach every farm within the times in Schedule 3.

2.3 The Customer shall give the Service Provider's engineers safe access to the farms, comply with its own biosecurity rules and inform the Service Provider of planned changes to the farms' equipment.

## 3. Term

3.1 This Agreement starts on signature and continues until the end of the Initial Term.

3.2 This Agreement does not renew automatically. Any extension must be agreed in writing by both parties, including the charges for the extension period.

## 4. Transition and Service Commencement

4.1 The Service Provider shall complete the transition of the Services within 60 days after signature. Transition includes taking over the asset inventory, installing the monitoring tools, documenting every farm network, writing the runbooks and training the service desk.

4.2 The Customer shall sign the service commencement certificate when: (a) all devices in the asset inventory are visible in the Service Provider's monitoring tools; (b) the runbooks for each farm have been approved by the Customer; (c) a test of every incident priority in Schedule 3 has been completed successfully at two farms chosen by the Customer; and (d) the Services have run for ten consecutive days without a missed Priority 1 response.

4.3 If the Service Commencement Date does not occur within the period in Section 4.1 for reasons attributable to the Service Provider, the Service Provider shall pay the Customer 0.14% of the Total Contract Value for each full week of delay, up to 5% of the Total Contract Value.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. They are fixed for the Initial Term and include all labour, travel, tools and spare parts needed to deliver the Services, except for replacement devices ordered by the Customer under Section 5.4.

5.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears, after the Customer has reviewed the monthly service report.

5.3 The Customer shall pay each correct invoice within 30 days after receipt. Service credits under Schedule 3 are deducted from the next invoice.

5.4 Replacement collars and sensors that are beyond repair are supplied at the unit prices in Schedule 2, only against a purchase order from the Customer.

## 6. Service Levels

6.1 The Service Provider shall meet the service levels in Schedule 3 and shall deliver a monthly service report by the fifth working day of each month.

6.2 Service credits are the Customer's price adjustment for reduced service and do not prevent the Customer from claiming damages for losses caused by the Service Provider's breach.

## 7. Intellectual Property

7.1 The Service Provider keeps the intellectual property in its monitoring tools and general know-how.

7.2 The runbooks, network documentation, configurations, scripts and reports prepared for the Customer under this Agreement belong to the Customer from creation, and the Customer may use, modify and license them freely, including to a replacement provider.

## 8. Data Protection and Security

8.1 Customer Data belongs to the Customer. The Service Provider shall use Customer Data only to provide the Services and shall not use it for any other purpose, including in aggregated or anonymised form.

8.2 The Service Provider's monitoring tools shall be hosted in mainland China. Access to the Customer's systems is made only through the Customer's bastion host with named accounts, multi-factor authentication and session recording. The Service Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Customer's security policies.

8.3 The Service Provider shall report any security incident affecting Customer Data or the Customer's systems within two hours, take all necessary measures to contain it, and compensate the Customer for losses caused by its breach of this Section 8.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including herd performance, milk prices and network details, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.

## 10. Subcontracting

10.1 The Service Provider shall not subcontract any part of the Services without the Customer's prior written consent. Its Hohhot subsidiary named above is approved by signature of this Agreement. The Service Provider remains responsible for any approved subcontractor.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury, wilful misconduct or breach of Sections 8 and 9.

11.2 Neither party is liable for indirect loss or loss of profit.

## 12. Duration and Remedies

12.1 Each party acknowledges that the Service Provider has priced the Services on the basis of the full Initial Term. Neither party may terminate this Agreement before the end of the Initial Term, except where a force majeure event prevents performance for more than 90 consecutive days.

12.2 If the Service Provider fails to perform the Services, the Customer's remedies are the service credits under Schedule 3, the right to require the Service Provider to prepare and implement a remedial plan within 15 days, and damages under Section 11.

12.3 At the end of the Initial Term, the Service Provider shall hand over all runbooks, documentation and credentials to the Customer or a new provider and shall give reasonable assistance for 30 days at no extra charge.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The award is final.

## 14. General

14.1 This Agreement consists of these Sections and Schedules 1 to 3. It may be amended only in writing signed by both parties.

Signed for the Customer: ____________________

Signed for the Service Provider: ____________________

## Schedule 1: Service Description

| Service element | Scope | Hours |
|---|---|---|
| Network and device monitoring | Monitoring of collars, parlour sensors, farm switches, Wi-Fi and links at nine farms; alarm handling | around the clock |
| Service desk | Chinese-language telephone, portal and messaging support for farm staff | around the clock |
| Field maintenance | Repair and replacement of collars, sensors and network devices; preventive visits to each farm every quarter | 07:00 to 21:00 daily |
| Platform operations | Patching, backup checks and capacity reviews of the herd-monitoring servers | business days, planned work at night |
| Reporting and review | Monthly service report; quarterly review meeting with the Customer's farm managers | monthly and quarterly |

## Schedule 2: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Network and device monitoring, service desk | per month | 24,000 |
| Field maintenance | per month | 21,500 |
| Platform operations and reporting | per month | 12,500 |
| Monthly Service Charge | per month | 58,000 |
| Monthly Service Charges, Initial Term | 36 months | 2,088,000 |
| Transition Charge | one-time | 96,000 |
| Total Contract Value | | 2,184,000 |
| Replacement cow collar (if ordered) | per unit | 620 |
| Replacement parlour sensor (if ordered) | per unit | 1,350 |

## Schedule 3: Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| Priority 1 | Milking-parlour data or herd-monitoring platform down at any farm | 15 minutes | 3 hours | CNY 1,500 per hour beyond the restoration time |
| Priority 2 | A farm network segment or a group of collars not reporting | 1 hour | 8 hours | CNY 600 per hour beyond the restoration time |
| Priority 3 | Individual device fault or user request | 1 business day | 5 business days | none |
| Availability | Herd-monitoring platform available in each calendar month | 99.95% | not applicable | 3% of the Monthly Service Charge per 0.1 percentage point below the target |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
ICING AND WEATHER FORECAST DATA API

Agreement No. HS-XJ-2026-003

PARTIES

1.1 Xinjiang Tianfeng Dabancheng New Energy Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Urumqi, Xinjiang Uygur Autonomous Region ("Customer").

1.2 Helaspa ehf., a company incorporated in Iceland, with its registered office at Kaupvangur, 700 Egilsstaðir, Iceland ("Provider").

BACKGROUND

2.1 The Customer operates eleven wind farms in the Dabancheng and Hami areas with a total of 684 turbines. Rime icing on blades causes production losses and safety risks in winter.

2.2 The Provider produces high-resolution weather and blade-icing forecasts from numerical weather models calibrated for individual wind farms, and delivers them through an application programming interface (the "API").

2.3 The Customer wishes to subscribe to the Provider's forecast data for its wind farms for two Subscription Years on the terms below.

2.4 The wind farms covered by this Agreement are listed, with their turbine types and coordinates, in the technical annex.

DEFINITIONS

3.1 "Data Products" means the forecast data described in clause 4.1, delivered through the API.

3.2 "Site Models" means the farm-specific model configurations, calibration parameters and icing thresholds that the Provider prepares for the Customer's wind farms under this Agreement.

3.3 "Customer Data" means all data supplied by the Customer to the Provider, including turbine coordinates, hub heights, SCADA production records, nacelle temperatures and icing observations, and all Site Models outputs generated specifically for the Customer.

3.4 "Activation Acceptance" means the Customer's written confirmation under clause 6.

3.5 "Subscription Year" means a period of consecutive months starting on the date of Activation Acceptance or on an anniversary of that date.

DATA PRODUCTS AND SERVICES

4.1 The Provider shall deliver, for each of the Customer's wind farms: (a) hourly forecasts of wind speed, wind direction, temperature, humidity and air density at hub height for the next ten days; (b) blade-icing probability and expected production loss for each turbine group for the next 72 hours; (c) a daily icing-risk bulletin in Chinese and English; and (d) an archive of all forecasts issued, available through the API.

4.2 The Provider shall build and calibrate the Site Models for all eleven wind farms, using the Customer Data supplied for the two previous winters, and shall integrate the API with the Customer's central monitoring system and its de-icing work-order system.

4.3 The Provider shall recalibrate the Site Models before each winter season and whenever the Customer installs new turbines.

4.4 The Provider shall give the Customer's engineers online training on the use of the API and the interpretation of the forecasts.

4.5 The Data Products are delivered in JSON and CSV formats through a REST interface secured by API keys issued to the Customer. The Provider shall keep the API version used by the Customer available for the whole term, or give at least 60 days' notice and migration assistance before changing it.

FEES AND PAYMENT

5.1 The fees are as follows: Subscription Fee for all eleven wind farms, CNY 314,000 per Subscription Year, that is CNY 628,000 for the two Subscription Years; Integration and Site Model set-up fee, one-time, CNY 38,000. The total fees for the two Subscription Years are CNY 666,000, inclusive of VAT.

5.2 The Integration and Site Model set-up fee is invoiced after Activation Acceptance. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year.

5.3 The Customer shall pay each invoice within 30 days after receipt of the invoice and a valid VAT invoice issued by the Provider's authorised local distributor.

5.4 Additional wind farms may be added during a Subscription Year at a pro rata fee agreed in writing.

5.5 The fees do not include the Customer's own internet, hosting and monitoring-system costs.

ACTIVATION AND ACCEPTANCE

6.1 The Provider shall complete the Site Models and the API integration and request Activation Acceptance within 50 days after signature.

6.2 Activation Acceptance requires that: (a) the API delivers all Data Products listed in clause 4.1 for every wind farm; (b) the central monitoring system and the work-order system receive and display the forecasts correctly for 14 consecutive days; (c) a back-test of the Site Models against the Customer's icing observations for the previous winter meets the accuracy targets in the technical annex; and (d) the API documentation and the Site Model reports have been delivered.

6.3 The Customer shall confirm Activation Acceptance in writing within five working days after these criteria are met, or state the reasons for refusal. Use of the Data Products during testing is not acceptance.

6.4 If the Provider does not request Activation Acceptance within the period in clause 6.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay.

SERVICE AND SUPPORT

7.1 The Provider will use commercially reasonable efforts to make the API and the Data Products available and to deliver each forecast run on time. Weather forecasts are by nature uncertain, and the Provider does not guarantee the accuracy of any individual forecast.

7.2 Support is provided by email and through the Provider's online portal during the Provider's normal business hours in Iceland. The Provider will deal with support requests as soon as reasonably practicable.

7.3 The Provider may carry out maintenance on the API from time to time and will try to give the Customer advance notice of planned maintenance.

LICENCE AND INTELLECTUAL PROPERTY

8.1 The Provider owns the Data Products, its forecasting models and the API. The Provider grants the Customer a non-exclusive, non-transferable licence during the term to use the Data Products for the operation and maintenance of its wind farms, including sharing them with its turbine maintenance contractors and the grid dispatch centre.

8.2 The Site Models, the integration scripts and the reports prepared specifically for the Customer belong to the Customer, who may use, modify and license them freely, including after the end of this Agreement. The Provider shall deliver them to the Customer in a documented format on request and at the end of the term.

CUSTOMER DATA AND DATA SECURITY

9.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Products to the Customer under this Agreement and shall not use it to improve its general models, for other customers or for any other purpose, whether or not the data is aggregated or anonymised.

9.2 The Provider shall store Customer Data only in a data centre in the People's Republic of China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs. The Provider shall comply with the Data Security Law and the Customer's instructions on data that relate to grid infrastructure.

9.3 The Provider shall notify the Customer within six hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take all reasonable measures to contain it, and be liable for the losses caused to the Customer by a breach of this clause 9.

9.4 At the end of this Agreement, the Provider shall return all Customer Data and delete its copies within 30 days, and confirm the deletion in writing.

CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including the Customer's production data and the Provider's model methods, and shall not disclose it to third parties without prior written consent, except to professional advisers bound by confidentiality.

10.2 This obligation continues for three years after the end of this Agreement.

SUBCONTRACTING

11.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

TERM AND RENEWAL

12.1 This Agreement starts on signature and continues for two Subscription Years after Activation Acceptance.

12.2 At the end of the second Subscription Year, this Agreement renews automatically for further Subscription Years unless either party gives written notice of non-renewal at least 90 days before the end of the current Subscription Year.

12.3 The Subscription Fee for each renewal Subscription Year will be the fee in the Provider's price list in effect at the start of that Subscription Year, which the Provider may revise at its discretion.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the Subscription Fee paid for the period after termination.

LIABILITY

14.1 Neither party is liable for indirect loss, loss of production or loss of profit, except in case of wilful misconduct or breach of clause 9.

14.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 5.1.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding.

GENERAL

16.1 This Agreement is made in English and Chinese, both versions having equal effect.

16.2 Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________     Date: ____________

Signed for the Provider: ____________________      Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": ("h864z01_air_quality_microstation_platform", "pdf", Z01),
    "z02": ("h864z02_ice_tray_factory_line_control_retrofit", "docx", Z02),
    "z03": ("h864z03_sumo_experience_chain_booking_saas", "txt", Z03),
    "z04": ("h864z04_rv_campsite_system_annual_om", "txt", Z04),
    "z05": ("h864z05_shell_carving_process_tracking_supplier_template", "md", Z05),
    "e01": ("h864e01_seafood_yield_perpetual_licence_iceland_vendor", "pdf", E01),
    "e02": ("h864e02_winery_saas_order_form_nz_vendor", "md", E02),
    "e03": ("h864e03_aquaculture_sensors_monitoring_licence", "docx", E03),
    "e04": ("h864e04_dairy_farm_managed_services_36_months", "md", E04),
    "e05": ("h864e05_wind_icing_forecast_data_api_subscription", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
T, F, N = True, False, None
# (language, category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped (goods only, else N),
#  acceptance_deemed_on_delivery, contract_value, fee base for TCO (goods only), design rules)
LABELS = {
    "z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 9, F, T, F, "PRC",
                               "goods_or_licence"], T, T, T, F, 2088000, 1260000, []),
    "z02": ("zh", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.02, N, 20, T, T, 24, 7, F, T, T, "PRC",
                               "goods_or_licence"], T, T, T, F, 2378000, 1956000,
            ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud", [99.5, 0.25, T, "buyer", T, F, T, 0.1, 150, N, T, N, N, N, F, T, F, "PRC", "service"],
            T, T, N, F, 878000, N, ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services", [99.95, 0.5, T, "buyer", F, T, T, 0.2, 50, N, T, N, N, N, F, T, F, N, "service"],
            T, T, N, F, 468000, N, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "z05": ("zh", "software", [N, 8, F, "supplier", T, T, F, N, N, 55, F, F, 6, 28, F, T, N, N, "goods_or_licence"],
            T, F, T, T, 634000, 420000,
            ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 11, F, T, F, "Iceland",
                               "goods_or_licence"], T, T, T, F, 2090000, 1480000, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", [99.95, 0.5, T, "buyer", T, T, T, 500 / 578000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T,
                            T, "PRC", "service"], T, T, N, F, 578000, N,
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ("en", "hardware", [N, 1, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 6, F, T, F, "PRC",
                               "goods_or_licence"], T, T, T, F, 2576000, 2350800, []),
    "e04": ("en", "services", [99.95, 0.25, T, "buyer", T, T, T, 0.14 / 7, 150, N, T, N, N, N, F, F, F, "PRC",
                               "service"], T, T, N, F, 2184000, N, ["CR-LD-LOW", "CR-TERMINATION"]),
    "e05": ("en", "cloud", [N, N, F, "buyer", T, T, T, 700 / 666000 * 100, 150, N, T, N, N, N, T, T, F, "PRC",
                            "service"], F, T, N, F, 666000, N,
            ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (section 3 defaults) and the TCO horizon
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco(terms, extra, fee_base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base =
    itemised licence/hardware subtotal. Returns (tco, share %) or None when the fee is not computable."""
    pwf, w = terms["post_warranty_fee_pct"], terms["warranty_months"]
    if pwf is None or not extra.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - (w or 0) / 12)
    fees = pwf / 100 * fee_base * years
    total = extra["contract_value"] + fees
    return total, fees / total * 100


def derive(terms, extra, fee_base):
    t, x, r = terms, extra, set()
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        res = tco(t, x, fee_base)
        if res is not None:
            assert abs(res[1] - TCO_SHARE_TH) > 2, ("TCO share near the threshold", res)
            if res[1] > TCO_SHARE_TH:
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


def build_label(key):
    lang, cat, vals, sla, ld_stated, capped, deemed, value, fee_base, design = LABELS[key]
    name, ext, _ = TARGETS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = derive(terms, extra, fee_base)
    assert rules == sorted(design), (key, rules, design)
    return {"file": name + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
PCT = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"(?<![\d.])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per",
    r"(?<![\d.])99\.90?(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*个?小时", r"(?<![\d.])4\s*(?:hours?|hrs?|h)(?![a-z])", r"(?<![十\d])四个?小时",
    r"four\s*hours?", r"(?<![\d.])4-hour",
    r"(?<![\d.])0\.050?(?!\d)", r"万分之五(?![十一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.])100" + PCT, r"百分之一?百", r"one\s*hundred\s*per",
    r"(?<![\d.])12\s*个月", r"(?<![\d.])12\s*-?\s*months?", r"十二个月", r"twelve\s*-?\s*months?",
    r"(?<![\d.])15" + PCT, r"百分之十五(?![一二三四五六七八九])", r"fifteen\s*per",
    r"(?<![\d.])40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*per",
    r"(?<![\d.])5\s*(?:个)?年", r"(?<![\d.])5\s*-?\s*years?", r"(?<![〇零一二三四五六七八九十])五个?年", r"five\s*-?\s*years?",
]
SCAN = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["30%", "30 %", "百分之三十", "99.9%", "99.90%", "4小时", "4 hours", "4hours", "四小时", "四个小时",
            "0.05%", "万分之五", "100%", "百分之百", "12个月", "十二个月", "12 months", "twelve months", "15%",
            "百分之十五", "40%", "forty per cent", "5年", "five years", "五年", "within4hours", "4-hour"]
MUST_MISS = ["130%", "99.95%", "99.99%", "24小时", "24 hours", "二十四小时", "0.055%", "0.15%", "115%", "1,300,000",
             "2026年", "2025年", "15日", "30日", "40个", "四十八小时", "fourteen hours", "24hours", "312,000",
             "万分之五十", "2026年12月", "36个月", "0.5%", "150%", "14 hours"]


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in SCAN:
            m = rx.search(variant)
            if m:
                found.append(m.group(0))
    return found


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)

# price items and payment instalments (CNY) of each draft; both must add up to the contract value
PRICES = {
    "z01": ([1260000, 684000, 118000, 26000], [417600, 939600, 730800]),
    "z02": ([944000, 216000, 163200, 96000, 76000, 318000, 142800, 236000, 164000, 22000], [475600, 832300, 1070100]),
    "z03": ([396000, 396000, 86000], None),
    "z04": ([312000, 84000, 46000, 26000], [117000] * 4),
    "z05": ([420000, 168000, 46000], [348700, 285300]),
    "e01": ([1480000, 362000, 214000, 34000], [418000, 940500, 731500]),
    "e02": ([118000 * 2, 96000 * 2, 54000 * 2, 42000], None),
    "e03": ([1512000, 352800, 486000, 198000, 27200], [257600, 1416800, 901600]),
    "e04": ([24000 * 36, 21500 * 36, 12500 * 36, 96000], None),
    "e05": ([314000 * 2, 38000], None),
}
SUBTOTALS = {"z02": 1956000, "e03": 2350800}  # itemised hardware/licence subtotals (fee base)


def check_prices():
    for key, (items, pays) in PRICES.items():
        value = LABELS[key][7]
        assert sum(items) == value, (key, sum(items), value)
        assert pays is None or sum(pays) == value, (key, pays)
    assert sum(PRICES["z02"][0][:7]) == SUBTOTALS["z02"] == LABELS["z02"][8]
    assert sum(PRICES["e03"][0][:3]) == SUBTOTALS["e03"] == LABELS["e03"][8]
    assert 420 * 3600 == 1512000 and 36 * 9800 == 352800 and 30 * 13200 == 396000
    assert 8 * 118000 == 944000 and 48 * 4500 == 216000 and 192 * 850 == 163200 and 10 * 7600 == 76000


def main():
    check_prices()
    for s in MUST_HIT:
        assert hits(s), ("scan misses", s)
    for s in MUST_MISS:
        assert not hits(s), ("scan hits", s, hits(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {}
    for key, (stem, ext, src) in TARGETS.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
        else:
            built[key] = src
    write({k: built[k] for k in built}, {k: (TARGETS[k][0] + "." + TARGETS[k][1], TARGETS[k][1]) for k in built},
          OUT, wrap_words=True)
    covered, compliant = set(), []
    for key, (stem, ext, _) in TARGETS.items():
        label = build_label(key)
        terms = label["expected_terms"]
        for k, th in TH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k, terms[k])
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / label["file"])
        if label["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        found = hits(text)
        assert not found, (key, found)
        rules = label["expected_rules"]
        covered |= set(rules)
        if not rules:
            compliant.append(key)
        res = tco(terms, label["expected_extra"], LABELS[key][8]) if terms["contract_kind"] == "goods_or_licence" else None
        print("%s %-62s %5d %-6s %s %s" % (key, label["file"], n, risk(rules), ",".join(r[3:] for r in rules) or "-",
                                           "" if res is None else "TCO %.0f share %.2f%%" % res))
    # the mix
    assert sorted(compliant) == ["e03", "z01"], compliant
    assert [r for r in build_label("e01")["expected_rules"]] == ["CR-GOVERNING-LAW"]
    assert risk(build_label("e01")["expected_rules"]) == "low"
    assert 8 <= len(build_label("z05")["expected_rules"]) <= 10
    for k in ["z02", "z03", "z04", "e02", "e04", "e05"]:
        assert 2 <= len(build_label(k)["expected_rules"]) <= 3, k
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
