"""holdout776: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
of the brief (lengths, thresholds, sums, rules derived from the labels vs the design list, coverage of all 20 rules).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:棚户区改造征收与安置管理平台采购合同
P:合同编号：JQZJ-2025-ZC-0417　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江泉市住房和城乡建设局
P:乙方（供应商）：江泉安居数智科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，甲乙双方就棚户区改造征收与安置管理平台（以下简称“平台”）的软件许可、定制开发、数据迁移及实施事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件许可（含征收项目管理、房屋调查登记、补偿协议管理、安置房源管理四个模块，不限用户数、永久使用），并完成以下定制开发：征收补偿测算（按本市补偿标准自动测算货币补偿与产权调换差价）、安置房源分配与公开摇号、签约进度看板、与不动产登记系统及财政资金拨付系统的接口。
P:1.2 乙方负责将甲方现有征收台账（约四万六千户）迁移至平台，并完成部署、联调、试运行与培训。
P:1.3 乙方应为甲方及各街道征收办工作人员提供操作培训，培训不少于六期，每期不少于三十人，并提供培训教材和操作视频。
H:第二条 合同价款
P:2.1 合同总价为人民币2,350,000元（含税），其中：平台软件许可费1,180,000元；定制开发费864,000元；数据迁移与系统对接费212,000元；实施与培训费94,000元。
P:2.2 上述价款为固定总价，包含乙方履行本合同所需的全部费用，甲方不再支付其他任何费用。
P:2.3 乙方在履约中发现招标文件技术要求与本市征收补偿政策不一致的，应及时书面提出；因政策调整引起的功能调整属于第一条范围的，不另行计费。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的发票。甲方付款受财政资金拨付进度影响的，付款期限相应顺延，但甲方应及时告知乙方。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后一百二十日内完成部署与数据迁移并提交初验申请，在初验合格后九十日内完成试运行并提交终验申请。
P:4.2 乙方应提交需求规格说明书、设计文档、接口文档、用户手册、运维手册及定制部分的全部源代码。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有三年以上政务信息化项目经验，未经甲方同意不得更换；确需更换的，应提前十日书面申请并由同等资历人员接替。
P:4.4 甲方负责提供机房、网络及必要的配合条件，并指定专人负责需求确认和验收组织。
H:第五条 验收
P:5.1 初步验收标准：各模块功能与招标文件技术要求逐项一致；迁移后台账逐户比对，户数、面积、补偿金额与原台账一致；与不动产登记、财政拨付系统接口连续十个工作日数据交换无差错。
P:5.2 最终验收标准：试运行不少于九十日，期间无一级故障；在三百个并发用户下常用查询响应不超过3秒；通过甲方委托的第三方安全测评，高危问题全部整改完毕。
P:5.3 验收由甲方组织，形成书面验收报告并经双方签字。平台上线使用、试运行或甲方付款，均不视为验收合格。
H:第六条 质量保证与运维服务
P:6.1 免费质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、接口调整及政策口径变化引起的参数调整。
P:6.2 质保期满后，甲方可委托乙方继续提供运维服务，年度运维费不超过平台软件许可费的8%（即每年不超过94,400元），该上限在质保期满后三个服务年度内不得上调。
P:6.3 运维服务内容包括：日常巡检、数据库维护、安全补丁更新、故障处理、等级保护测评配合及每季度运维报告。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护且提前三个工作日经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或补偿测算、摇号功能无法使用）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，当日内解决。
P:7.3 乙方每迟延响应或迟延恢复一小时，向甲方支付1,000元；月度可用率每低于约定值0.01个百分点，向甲方支付3,000元，可从应付款中扣除。
P:7.4 乙方应设立服务热线和专属服务群，工作日安排人员现场值守；征收签约集中期间（由甲方提前通知）提供全天候现场保障。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发成果（含补偿测算模型、摇号程序、接口程序及其源代码和文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
H:第九条 数据安全
P:9.1 平台中的被征收人信息、房屋调查数据、补偿与安置数据均属于甲方，乙方不得用于履行本合同以外的任何目的，不得留存或向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕；乙方人员不得将数据拷贝出甲方网络。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
P:9.4 合同终止或期满时，乙方应将全部数据完整移交甲方，并在甲方监督下删除其可能接触到的数据副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、征收安置方案及被征收人个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:11.2 乙方交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.4 乙方违反第九条约定的，除承担赔偿责任外，甲方有权暂停支付未付款项，直至问题整改完毕。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的工作分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同，双方按已完成工作量结算。
H:第十四条 合同期限
P:14.1 本合同自双方签字盖章之日起生效，至质保期届满且双方义务履行完毕时终止，不自动续期。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:16.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：江泉市住房和城乡建设局　　乙方（盖章）：江泉安居数智科技有限公司
P:签订日期：2025年　月　日
"""

Z02 = """T:弯管与装配线控制系统改造及维保合同
P:合同编号：KX-SB-2025-0386
P:甲方（买方）：佛山康行助行器制造有限公司
P:乙方（卖方）：广东锐控自动化工程有限公司
P:甲方为提升铝合金助行器、轮椅框架的弯管精度和装配节拍，委托乙方对一号厂房弯管与装配线的控制系统进行改造，并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为一条弯管与装配线，包括三台数控弯管机、两台端头成型机、一套自动铆接装配工位及输送线。乙方负责将原有继电器控制与老旧PLC更换为新的控制系统，升级弯管机数控系统，加装伺服驱动，部署产线监控软件并与甲方MES系统对接。
P:1.2 乙方负责设备供货、安装、接线、程序编制、调试、试生产和培训，并编制定制控制程序（含弯管角度补偿算法、工位互锁逻辑、换型配方管理）。
P:1.3 改造后的控制系统应预留两台弯管机的扩展接口，满足甲方后续增加产能的需要；乙方应提供电气图纸、IO点表、参数清单及操作维修手册各两套（纸质及电子版）。
P:1.4 乙方应为甲方电工、设备维修工和班组长提供不少于五天的培训，培训结束后进行考核，考核合格的人员应能独立完成换型、参数调整和常见故障排除。
H:第二条 合同价款
P:2.1 合同总价为人民币1,690,000元（含增值税），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC主站及扩展模块|1套|386,000
TB:2|伺服驱动器与伺服电机|24套|452,000
TB:3|弯管机数控系统升级|3台|318,000
TB:4|HMI触摸屏|8台|64,000
TB:5|产线监控软件及MES接口软件许可|1套|176,000
TB:|软硬件小计||1,396,000
TB:6|安装调试|1项|148,000
TB:7|定制控制程序开发|1项|122,000
TB:8|操作及维修培训|1项|24,000
TB:|合同总价||1,690,000
P:2.2 合同总价为固定价格，包括设备费、软件许可费、运输费、保险费、安装调试费、税费及乙方人员差旅费用。
P:2.3 合同履行期间，非因甲方书面提出的需求变更，乙方不得要求增加费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量与外观，不视为验收。
P:3.3 改造线通过最终验收后，甲方支付合同总价的35%尾款。
P:3.4 乙方每次请款时应提供等额增值税专用发票，甲方收到发票后二十日内付款。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成到货，并利用甲方安排的停产窗口（不超过十八日）完成切换改造，停产窗口结束后产线应恢复生产。
P:4.2 甲方负责提供停产窗口、电源及压缩空气接口，并安排工艺人员配合调试。
P:4.3 乙方应在合同生效后二十日内提交改造实施方案，包括停产切换计划、旧设备拆除与保管方案、调试计划及回退预案，经甲方确认后实施。
P:4.4 拆除的旧控制柜和旧电缆由乙方清点后交甲方仓库保管，乙方不得擅自处理。
H:第五条 验收
P:5.1 验收标准：弯管角度误差不超过±0.3度；装配线节拍不低于每台助行器框架95秒；连续三班试生产一次合格率不低于甲方现行水平；工位互锁与急停功能逐项测试通过；产线数据在MES中实时显示，延迟不超过3秒。
P:5.2 乙方完成调试后书面申请验收，甲方在十个工作日内组织验收并出具书面报告。试生产期间甲方使用改造线生产，不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新申请验收，由此增加的费用由乙方承担；两次验收仍不合格的，甲方有权解除合同。
H:第六条 质量保证
P:6.1 质保期为三年，自最终验收合格之日起算。质保期内设备、软件及定制程序出现故障的，乙方免费维修、更换，所需备件及人工费用由乙方承担。
P:6.2 质保期满后，乙方按软硬件小计的7%每年收取维保费（即每年97,720元），双方签订维保合同后执行，该费用在质保期满后两个维保年度内固定不变。
P:6.3 质保期内，因甲方工艺调整需要修改配方或新增产品型号的，乙方每季度提供一次免费程序调整，每次不超过三个型号。
H:第七条 服务响应
P:7.1 一级故障（产线停机或安全功能失效）：乙方应在1小时内电话响应，6小时内工程师到达现场；二级故障（单工位异常）：2小时内响应，次日内到场。
P:7.2 乙方每迟延响应或迟延到场一小时，向甲方支付800元，甲方可从应付款或质保金中扣除。
P:7.3 乙方应在甲方厂区备有关键备件（伺服驱动器、PLC模块各两套），并每季度进行一次预防性巡检。
P:7.4 乙方应指定一名驻厂联络工程师，在改造后首两个月内每个工作日到场跟班，协助甲方人员熟悉新系统。
H:第八条 知识产权与数据
P:8.1 定制控制程序、配方数据结构及接口程序的知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改和使用。PLC、数控系统及监控软件的标准产品知识产权归原权利人，甲方获得永久使用许可。
P:8.2 产线运行数据、工艺参数和产品质量数据属于甲方，乙方不得用于本合同以外的目的。乙方远程访问须经甲方逐次审批，访问结束后立即断开；乙方不得拷贝工艺数据出厂。
P:8.3 发生数据泄露或被篡改的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在履行本合同中获知的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
P:9.2 乙方人员离场时应交回甲方发放的门禁卡、技术资料和系统账号权限。
H:第十条 违约责任
P:10.1 乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方可将现场电缆敷设、桥架安装等辅助工作分包给具备资质的第三方，但应提前五个工作日书面通知甲方。乙方对分包方的工作质量和安全承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还相应款项、赔偿损失。
P:12.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明。
P:12.3 合同解除后，乙方应在十日内撤离现场，并移交已完成部分的资料和程序。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方厂区应遵守甲方安全管理制度，动火、登高及带电作业须办理作业许可。乙方人员在施工中发生的人身伤害由乙方负责。
P:13.2 乙方应在施工前对其人员进行安全交底，施工现场设置警示标识，每日作业结束后清理现场。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交佛山仲裁委员会按其仲裁规则仲裁。
P:14.2 争议处理期间，双方应继续履行本合同中不涉及争议的部分。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:15.2 本合同附件包括：设备清单及技术参数、改造实施方案、验收大纲，附件与本合同具有同等效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2025年　月　日
"""

Z03 = """跳水与游泳培训门店预约及会员管理SaaS服务合同

合同编号：LY-IT-2025-027

甲方：浪跃体育发展（杭州）有限公司
乙方：杭州泳约云科技有限公司

甲方在华东地区经营四十家跳水与游泳培训门店。为统一课程预约、会员卡管理、教练排班和门店收银，甲方订购乙方的“泳约”门店预约及会员管理SaaS服务，并委托乙方完成实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方四十家门店提供SaaS服务，功能包括：课程及泳道预约、会员卡与课时包管理、教练排班与课时统计、门店收银与对账、家长端微信小程序、总部经营报表。
2. 每家门店开通一个门店账号及不超过十五个员工账号，总部开通管理账号不超过二十个。
3. 平台部署在乙方租用的境内云数据中心，数据存储于中国境内。
4. 平台应支持门店断网时离线收银，网络恢复后自动同步数据。
（二）实施服务
1. 乙方负责将甲方现有会员、课时余额、储值余额及教练信息迁移至平台，完成四十家门店的上线配置、收银设备对接和家长端小程序配置。
2. 乙方为甲方开发两项定制内容：跳水等级考核记录模块、总部与门店的课时结算报表。
3. 乙方为门店店长、前台和教练提供线上及集中培训，培训覆盖全部门店，每家门店至少两名员工考核合格。

二、服务期限
（一）服务期为两个服务年度，自全部门店上线验收合格之日起算，第一个服务年度届满之日次日起为第二个服务年度。
（二）服务期满前三十日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期可以多次发生。续期时，乙方有权按其届时公布的价目表调整订阅费单价，并在续期开始前通知甲方。
（三）服务期内，乙方不得单方面下线甲方已订阅的功能或缩小功能范围，两个服务年度内订阅费单价不作调整。

三、费用及支付
（一）费用明细：
1. 订阅费：每门店每服务年度人民币7,200元，四十家门店每服务年度合计288,000元，两个服务年度合计576,000元；
2. 实施费（数据迁移、门店上线、定制开发）：94,000元；
3. 培训费：18,000元。
合同总价为人民币688,000元（含税）。
（二）甲方不支付任何预付款。实施费和培训费在上线验收合格后二十个工作日内一次性支付。
（三）订阅费按季度结算，乙方在每季度结束后十个工作日内开具发票，甲方收到发票后十五个工作日内支付该季度订阅费。
（四）服务期内新增门店的，按同一单价按实际开通月份折算，另行签订补充协议。

四、上线与验收
（一）乙方应在合同签订后六十日内完成全部门店上线。
（二）上线验收标准：
1. 四十家门店全部开通并完成至少一周的实际预约和收银；
2. 会员数量、课时余额和储值余额逐户核对，迁移差异为零；
3. 高峰时段（周末上午）并发预约响应时间不超过2秒；
4. 两项定制内容按甲方确认的需求说明逐项测试通过。
（三）甲方在乙方提交验收申请后十个工作日内组织验收，并出具书面验收意见。门店试用不视为验收合格。
（四）验收不合格的，乙方应在十日内整改并重新提交验收申请。

五、服务水平
（一）乙方保证平台每月可用率不低于99.5%，计划内维护应安排在凌晨零点至六点并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多数门店无法预约或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（单一门店或单一功能异常）：1小时内响应，8小时内解决；
3. 三级问题（咨询及一般缺陷）：当日答复。
（三）月可用率低于约定值的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障恢复每迟延一小时，乙方另行抵扣200元。服务抵扣从下一期订阅费中扣减。

六、数据与信息安全
（一）甲方及其会员在平台中产生的会员信息、预约记录、交易数据、未成年学员及家长信息（以下简称“甲方数据”）归甲方所有。
（二）乙方可在去标识化处理后，将甲方数据用于行业统计分析、平台功能改进及向其他客户提供的行业对标报告，该使用权在本合同终止后继续有效。
（三）乙方应落实网络安全等级保护第三级要求，对个人信息加密存储、访问权限最小化并保留操作日志，未成年人信息应单独加密。
（四）发生数据泄露、篡改或丢失的，乙方应在6小时内通知甲方，配合甲方向监管部门报告并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（五）合同终止后三十日内，乙方应以通用格式向甲方完整导出甲方数据，并在甲方确认后删除平台中的甲方数据（第（二）项约定的去标识化数据除外）。
（六）乙方不得通过平台或小程序向甲方会员推送与甲方无关的广告或营销信息。

七、知识产权
（一）平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方定制开发的跳水等级考核记录模块和课时结算报表的需求文档、源代码及配置归甲方所有，甲方可自行修改或委托第三方使用。
（三）乙方保证其提供的平台不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内继续有效。

九、违约责任
（一）乙方未按第四条约定期限完成全部门店上线的，每逾期一日，向甲方支付500元违约金。
（二）乙方违反第六条约定的，应赔偿甲方因此遭受的全部损失，包括甲方向会员作出的赔偿。
（三）甲方逾期支付费用的，每逾期一日，按逾期金额的万分之三支付违约金。
（四）乙方支付的违约金不足以弥补甲方损失的，应补足差额。

十、转包与分包
乙方不得转包本合同，未经甲方书面同意，不得将任何实施工作分包给第三方。

十一、合同解除
（一）一方严重违约，经对方书面催告后二十日内仍未纠正的，守约方有权解除本合同。
（二）平台连续两个月可用率低于约定值的，甲方有权解除本合同，乙方应退还已付未使用的订阅费。
（三）合同解除或终止的，乙方应按第六条第（五）项协助甲方导出数据，并提供不少于三十日的过渡期服务。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

十三、服务保障
（一）乙方应为甲方指定一名客户成功经理和一名实施项目经理。实施期间，项目经理应每周向甲方提交进度报告，列明已上线门店、遗留问题及下周计划。
（二）服务期内，乙方应每季度与甲方召开一次服务回顾会，汇报可用率、故障处理、工单统计及版本更新计划。
（三）平台版本更新涉及门店操作流程变化的，乙方应提前七日通知甲方，并提供更新说明和培训视频。
（四）暑期及寒假招生高峰期间，乙方应安排专人值守，并提前完成扩容和压力测试。
（五）乙方应向甲方提供服务监控页面，甲方可随时查看平台可用率和故障工单处理状态。

十四、其他
（一）本合同附件包括：功能清单、定制需求说明、门店清单及上线计划，附件为本合同不可分割的组成部分。
（二）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：浪跃体育发展（杭州）有限公司
乙方（盖章）：杭州泳约云科技有限公司
日期：2025年　月　日
"""

Z04 = """粮食直补惠农补贴“一卡通”发放系统运维服务合同

项目编号：HX-CZ-2025-YW-012
采购方式：竞争性磋商

甲方：河溪县财政局
乙方：湘中信达信息技术服务有限公司

根据磋商文件、乙方响应文件及成交通知书，甲方委托乙方对河溪县惠民惠农财政补贴资金“一卡通”发放系统（含粮食直补、耕地地力保护补贴、农机购置补贴等项目的申报、审核、公示、发放和查询功能）提供运维服务。双方订立本合同，共同遵守。

第一章 服务内容与期限

第1条 服务范围
1.1 系统范围：一卡通发放系统应用软件、数据库、中间件、前置机、与代发银行的接口及乡镇财政所终端。
1.2 服务内容：
（1）驻场运维：乙方派两名运维工程师在甲方驻场，工作日现场值守，处理日常故障、用户账号管理和数据维护；
（2）系统巡检与优化：每月巡检一次，出具巡检报告，发现问题及时整改，每季度进行一次数据库性能优化；
（3）发放期保障：在每批补贴资金发放前，配合甲方完成补贴对象名册校验、银行账户核验和发放文件生成，发放期间安排专人现场保障；
（4）应急保障与等保配合：制定应急预案，每半年组织一次应急演练，配合甲方完成等级保护测评和问题整改；
（5）数据备份与核对：每日增量备份、每周全量备份，每月进行一次恢复验证，发放数据与银行回盘数据逐笔核对。
（6）安全加固：每季度对操作系统、数据库进行安全基线检查和补丁更新，补丁更新前应在测试环境中验证。
1.3 乙方应配合甲方完成补贴政策调整引起的参数配置，包括补贴标准、发放对象范围和发放批次设置，配置完成后须经甲方业务股室复核。
1.4 乙方应为乡镇财政所经办人员提供系统操作培训，每年不少于两次，并提供常见问题解答手册。

第2条 服务期限
服务期自2025年1月1日起至2025年12月31日止。服务期满后，甲方根据政府采购规定另行采购，本合同不自动续期。
服务期内如上级部门新增补贴项目并纳入本系统发放，乙方应将其纳入运维范围，不另行收费。

第二章 服务费用与支付

第3条 服务费用
3.1 本合同服务费总额为人民币486,000元（含税），由以下部分组成：驻场运维费288,000元；系统巡检与优化费96,000元；应急保障与等保配合费62,000元；数据备份与核对费40,000元。
3.2 服务费为固定总价，包括人员、差旅、工具、备件及税费等一切费用。服务期内，甲方不承担本合同约定以外的任何费用。

第4条 支付方式
4.1 甲方不支付预付款。服务费按季度支付，每季度服务期满且经甲方季度考核后，甲方在收到乙方发票后十五个工作日内支付当季度服务费121,500元。
4.2 季度考核发现服务不达标的，按第6条约定扣减后支付。

第三章 服务标准

第5条 服务水平
5.1 系统在工作日及补贴发放期间的可用率不低于99.95%。
5.2 故障分级与响应：
（1）一级故障（系统不可用、发放文件无法生成或银行接口中断）：15分钟内响应，1小时内到场，3小时内恢复；
（2）二级故障（部分乡镇或部分功能无法使用）：30分钟内响应，8小时内解决；
（3）三级问题（咨询和一般缺陷）：当日答复，三个工作日内解决。
5.3 乙方应每月提交运维报告，载明故障处理、巡检结果、备份恢复验证和整改情况。
5.4 乙方应建立运维工单台账，所有故障和服务请求均应登记，并在处理完毕后由甲方经办人员确认关闭。
5.5 乙方应提供服务热线，工作日八点至十八点有人接听，其他时间提供值班电话。

第6条 考核与扣款
6.1 一级故障每迟延响应或迟延恢复一小时，扣减当季度服务费2,000元；可用率每低于约定值0.01个百分点，扣减1,500元。
6.2 驻场人员无故缺勤的，每人每日扣减800元；未按期提交巡检报告的，每次扣减1,000元。
6.3 扣款不免除乙方继续履行本合同的义务。

第7条 验收
7.1 季度考核：甲方每季度结束后十个工作日内，按第5条服务水平、月度运维报告、巡检记录和工单闭环情况进行考核，并出具书面考核意见。
7.3 季度考核结果为不合格的，乙方应在十日内提交整改方案并完成整改。
7.2 年度验收：服务期满后，甲方按以下标准组织验收：全年可用率达到第5.1条约定；全年发放批次的发放文件与银行回盘数据逐笔核对无差错；等保测评发现的问题按期整改完毕；运维文档齐全并完成移交。验收以甲方出具的书面验收报告为准。

第四章 数据与知识产权

第8条 数据安全
8.1 系统中的补贴对象身份信息、银行账户、补贴金额等数据均属于甲方，乙方仅能为履行本合同使用，不得复制、留存或向任何第三方提供。
8.2 乙方人员须经甲方审批后通过堡垒机进行操作，禁止使用个人设备连接系统，禁止将数据拷贝至外部介质。乙方应对其人员进行安全教育并签署数据安全承诺书。
8.3 发生数据泄露、篡改、丢失或发放数据错误的，乙方应在1小时内向甲方报告，并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的法律责任。
8.4 乙方应配合甲方开展数据安全检查，对检查发现的问题在规定期限内整改。

第9条 知识产权
运维过程中形成的脚本、配置文档、应急预案和运维报告归甲方所有，乙方不得用于其他项目。

第五章 违约责任

第10条 违约
10.1 乙方未在约定时间内完成发放前的名册校验、发放文件生成等保障工作，导致发放延误的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 因乙方原因导致补贴资金错发、漏发的，乙方应协助甲方追回或补发，并赔偿由此造成的损失。
10.3 甲方逾期付款的，应按中国人民银行同期贷款利率向乙方支付利息。
10.4 乙方支付违约金后，仍应继续履行本合同。

第11条 分包
乙方不得将本合同项下的服务分包或转包给第三方。乙方使用的运维工具软件应为正版软件。

第六章 其他约定

第12条 人员
12.1 驻场工程师应具有三年以上运维经验，乙方更换驻场人员须提前十日书面告知甲方并经甲方同意，新人员应完成不少于五个工作日的交接。
12.2 乙方人员应遵守甲方的工作纪律和机房管理制度。
12.3 乙方应设立项目负责人，负责与甲方的日常沟通、月度报告和考核配合。

第13条 合同终止
13.1 本合同服务期满自然终止。
13.2 经双方协商一致，可以提前终止本合同，已提供服务的费用按实际服务月份结算。
13.3 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商处理。

第14条 交接
合同终止时，乙方应将系统账号、运维文档、配置清单、备份介质完整移交甲方或甲方指定的单位，并配合新服务单位完成不少于十五日的交接。交接完成后，乙方应删除其持有的全部系统数据，并出具书面确认。

第15条 法律适用与争议
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向河溪县人民法院提起诉讼。

第16条 合同生效
本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式四份，甲方三份，乙方一份。
本合同附件包括：运维服务内容清单、系统设备清单、考核细则。

甲方（盖章）：河溪县财政局
乙方（盖章）：湘中信达信息技术服务有限公司
签订日期：2024年12月　日
"""

Z05 = """# 数织®工艺追溯软件许可及定制开发合同（标准文本 V3.0）

> 本合同为苏州数织工业软件有限公司标准合同文本，括号内为填写内容。除双方另有书面约定外，本文本条款不作修改。

- 合同编号：SZ-HT-2025-0613
- 甲方（用户）：兰考鼓韵手鼓工艺品厂
- 乙方（开发方）：苏州数织工业软件有限公司

甲方拟采购乙方“数织工艺追溯软件”，用于手鼓蒙皮张紧与调音工序的质量追溯，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，经协商一致签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供数织工艺追溯软件标准版软件许可（含工单管理、工序采集、批次追溯、质量看板四个模块，二十个工位站点授权），许可为永久许可，限于甲方在本厂区内使用。

1.2 乙方按甲方需求进行以下定制开发：
- 蒙皮张紧工位数据采集：采集羊皮、牛皮蒙皮的张紧力、含水率、环境温湿度，并与鼓圈批次关联；
- 调音频谱检测接口：对接甲方调音工位的拾音设备，记录每只手鼓的基音频率与泛音频谱，按音高等级自动分档；
- 成品追溯码：为每只手鼓生成二维码，扫码可查询原皮来源、张紧参数、调音记录和检验人员。
- 张紧工位报警：张紧力超出工艺范围时在工位终端声光提示，并记录处理人员和处理结果。

1.3 乙方负责软件安装部署、基础数据初始化和甲方操作人员培训。培训对象为甲方工艺、质检和信息管理人员，人数不超过十五人。

1.4 软件运行所需的服务器、操作系统、数据库及工位终端由甲方自行采购，乙方提供配置建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 数织工艺追溯软件标准版许可（二十个工位站点） | 620,000 |
| 2 | 定制开发（张紧采集、调音频谱接口、成品追溯码） | 118,000 |
| 3 | 安装部署及培训 | 42,000 |
| | 合计 | 780,000 |

合同总价为人民币柒拾捌万元整（780,000元），含税。

上述价款不包括服务器、数据库、操作系统、工位终端及拾音设备的费用，也不包括乙方人员第二次及以后的现场差旅费用，该等费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即507,000元。乙方收到该款项后开始备货和开发。

3.2 软件上线运行后十个工作日内，甲方支付合同总价的35%，即273,000元。

3.3 甲方逾期付款的，乙方有权暂停开发、培训和技术支持，由此造成的工期延误由甲方承担。

3.4 乙方在收到款项后开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方在收到第3.1条款项后九十日内完成软件安装部署和定制开发，并通知甲方上线。

4.2 甲方应提供服务器、网络、工位终端及拾音设备，并保证其符合乙方提出的环境要求。因甲方环境不具备导致无法上线的，交付期限顺延。

4.3 乙方交付的资料包括：用户手册、安装说明、培训课件。

4.4 上线前，乙方对甲方关键用户进行集中培训，培训不少于三天，内容包括工单下达、工序采集、追溯查询和看板配置。

4.5 甲方应指定项目联系人，负责需求确认、环境准备和内部协调。

4.6 定制开发需求以双方确认的需求说明书为准，需求说明书确认后甲方提出的变更，乙方另行报价。乙方可根据开发进度分阶段交付功能模块。

## 第五条 验收

5.1 软件安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第六条维护服务处理，不影响验收结论和付款。

5.3 软件上线运行以乙方发出的上线通知为准，甲方在收到通知后三日内未提出书面异议的，视为软件已上线运行。

## 第六条 维护服务

6.1 乙方自软件上线之日起提供六个月的免费维护服务，包括远程故障处理、缺陷修复和使用咨询。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务合同，维护费按软件许可费的25%每年收取（即每年155,000元），按年预付。

6.3 故障响应：甲方通过乙方客服热线或工单系统报告故障。一级故障（系统无法使用）乙方在8小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。需要现场服务的，由乙方视情况安排。

6.4 因甲方操作不当、擅自修改、环境变化或第三方设备原因造成的故障，不属于免费维护范围，乙方可按其服务价格另行收费。

6.5 维护服务内容包括：远程故障诊断、补丁更新、版本升级（不含新增模块）和数据库例行检查。维护服务时间为工作日九点至十七点，节假日不提供服务。

6.6 甲方未签订维护服务合同的，乙方不再提供任何技术支持，甲方使用的软件版本不再升级。

## 第七条 知识产权

7.1 本软件及其文档的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档，其知识产权亦归乙方所有。甲方在本厂区内享有非独占的使用权，不得修改、反向工程，不得提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

7.4 甲方应在软件界面保留乙方的版权标识。

## 第八条 数据

8.1 甲方在使用软件过程中产生的生产数据、工艺参数和质量记录归甲方所有，乙方仅为提供维护服务之目的访问，不得用于其他用途。

8.2 乙方远程维护须经甲方同意后通过加密通道进行，并记录操作日志；乙方人员不得下载或留存甲方数据。

8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并对甲方的直接损失承担赔偿责任。

8.4 甲方应自行做好数据备份，因甲方未备份造成的数据损失由甲方自行承担。

## 第九条 保密

双方对本合同内容及在履行中获得的对方技术信息、工艺配方和经营信息负有保密义务，未经对方书面许可，不得向第三方泄露。本条在合同终止后三年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

11.1 一方违反本合同主要义务，经对方书面通知后三十日内仍未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。

11.2 因不可抗力导致合同无法履行的，双方均不承担违约责任。

11.3 合同解除后，甲方已支付的款项不予退还，但乙方根本违约的除外。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交苏州仲裁委员会仲裁。仲裁裁决为终局裁决。

## 第十三条 授权范围

13.1 本软件许可限于二十个工位站点，甲方增加工位的，按每个工位站点28,000元另行购买。

13.2 甲方不得将软件转让、出租或出借给第三方。乙方可通过授权文件对站点数量进行技术控制。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《软件许可通用条款》为准。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

14.3 乙方有权根据产品升级情况更新本标准文本，更新后的文本适用于新签合同。

甲方（盖章）：兰考鼓韵手鼓工艺品厂　　　　乙方（盖章）：苏州数织工业软件有限公司

日期：2025年　月　日
"""

E01 = """T:Software Licence and Services Agreement - Cold-Chain Warehouse Management System
P:Agreement No. BL-CN-2025-014
P:This Agreement is made between Tianjin Binhai Frostline Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tianjin (the "Buyer"), and Badia Logic Software Co., a company registered in Mafraq, Hashemite Kingdom of Jordan (the "Vendor").
P:The Buyer operates three temperature-controlled warehouses in Tianjin and wishes to replace its existing warehouse software. The Vendor has agreed to grant a perpetual licence to its FrostWMS warehouse management system and to configure, interface, install and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the FrostWMS standard product in the version listed in Annex 1, including receiving, put-away, temperature-zone slotting, wave picking, cold-chain traceability and billing modules, together with updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interface programs, reports, label templates and scripts produced by the Vendor specifically for the Buyer, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.4 "Buyer Data" means all data entered into or generated by the Software in the Buyer's operations, including inventory records, customer orders, temperature logs and personal data of the Buyer's staff and customers.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in mainland China for up to 180 named users and 60 handheld terminals across the Buyer's warehouses and any warehouse later opened by the Buyer or its affiliates in mainland China.
P:2.2 The Vendor shall provide the following services: configuration of the Software to the Buyer's processes; interfaces to the Buyer's ERP system, transport management system, temperature sensors and customer portal; data migration from the existing system; installation; training; and go-live support.
P:2.3 The detailed scope, project plan and responsibilities are set out in Annex 2 (Statement of Work).
P:2.4 Training shall cover key users, warehouse supervisors and the Buyer's IT administrators. The Vendor shall deliver at least six classroom sessions in Tianjin in Chinese or with a qualified interpreter provided at the Vendor's cost, together with training manuals and recorded videos that the Buyer may reuse internally without limit.
P:2.5 The Vendor shall appoint a project manager with experience of at least three comparable warehouse projects. The project manager shall not be replaced without the Buyer's consent, which shall not be unreasonably withheld, and any replacement shall have equivalent experience.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,900,000, inclusive of taxes payable in China, made up as follows: Licence Fee CNY 1,260,000; configuration and implementation services CNY 420,000; interfaces CNY 186,000; training CNY 34,000.
P:3.2 The Contract Price is fixed. It includes all travel and living expenses of the Vendor's personnel, whether working on site in Tianjin or remotely.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price after the Software is installed on the Buyer's servers and the interfaces are connected, as confirmed in an installation certificate. The installation certificate does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in China, as notified in writing.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days after signature and shall submit the system for Final Acceptance within 150 days after signature.
P:5.2 Final Acceptance tests shall include: all functions in Annex 2 working as specified; full reconciliation of migrated inventory by location, lot and expiry date; correct two-way exchange with every interface for ten consecutive working days; handheld scanning response within 1 second at peak load; and 30 days of live operation without any Severity 1 incident.
P:5.3 The Buyer shall complete the tests within 15 working days after the Vendor's written request and shall either issue the acceptance certificate or list the defects. The Vendor shall correct listed defects and request the tests again. Go-live, live use or payment does not constitute acceptance.
H:Article 6 Warranty, Support and Service Levels
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with Annex 2 for a warranty period of 18 months from Final Acceptance. During the warranty period all corrections, updates and support are free of charge.
P:6.2 After the warranty period the Buyer may order annual support at 11% of the Licence Fee per year, that is CNY 138,600 per year. This fee is fixed for three years after the end of the warranty period. Each year of support is ordered separately and does not renew automatically.
P:6.3 Severity 1 incidents (warehouse operations stopped or temperature traceability lost) shall be responded to within 1 hour and resolved or worked around within 8 hours, at any time of the day. Severity 2 incidents shall be responded to within 2 hours and resolved within two working days.
P:6.4 For each hour by which the Vendor exceeds a response or resolution time for a Severity 1 incident, the Vendor shall pay the Buyer CNY 1,500, which the Buyer may deduct from any amount due.
P:6.5 The Vendor shall provide a support hotline and ticket portal in Chinese. Each month during the warranty period the Vendor shall send the Buyer a report listing all incidents, their severity, response and resolution times, and any amounts due under Article 6.4.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables belong to the Buyer upon creation. The Vendor shall hand over the source code and documentation, and the Buyer may use, modify and license them freely, including through third parties.
H:Article 8 Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, shall use the Buyer's VPN with multi-factor authentication and shall be logged. Buyer Data shall not be transferred outside mainland China.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected breach affecting Buyer Data within 12 hours, shall cooperate in containing it, and shall be liable for all losses caused by a breach attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for this Agreement. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay.
P:10.2 The total liability of either party under this Agreement is limited to 150% of the Contract Price, except for liability under Articles 8 and 9, wilful misconduct and personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid for the services, and the Buyer may keep the Software licence against payment of the Licence Fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Hashemite Kingdom of Jordan.
P:13.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be referred to the competent courts of Amman, Jordan.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese. Both versions are equally authentic.
P:14.3 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to reduce the effect. If force majeure continues for more than 60 days, either party may end this Agreement by written notice and the parties shall settle for work done.
P:Annex 1: Software modules and version. Annex 2: Statement of Work and functional specification.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# LinguaGrid Translation Management Platform - Order Form

**Provider:** Jabal Nar Language Technologies Ltd., Rafidia Street, Nablus, Palestine ("Provider")
**Customer:** Shenzhen Qianhai Brightwave Consumer Electronics Co., Ltd., Nanshan District, Shenzhen, People's Republic of China ("Customer")
**Order Form No.:** LG-OF-2025-0311

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B is part of this Order Form. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Service

LinguaGrid, Provider's cloud translation management platform, including project workflow, translation memory, terminology management, machine-translation connectors, in-context review for product packaging and user manuals, and the vendor portal used by Customer's freelance and agency translators. The Service is hosted for Customer in the Alibaba Cloud Shanghai region.

### A2. Subscription Term

Twenty-four (24) months from the Subscription Start Date, which is the date on which Provider makes the production tenant available to Customer. The Subscription Term consists of two Subscription Years. This Order Form does not renew automatically; any renewal requires a new order form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Platform subscription, Subscription Year 1 | 120 named users | 2,100 per user per year | 252,000 |
| Platform subscription, Subscription Year 2 | 120 named users | 2,100 per user per year | 252,000 |
| Onboarding package (tenant set-up, migration of translation memories and termbases, connectors, training) | 1 | 46,000 | 46,000 |
| **Total Fees** | | | **550,000** |

All amounts include value-added tax. Machine-translation characters above the included volume of 40 million characters per Subscription Year are charged at CNY 18 per million characters and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced per Subscription Year at the start of that Subscription Year and are payable within 30 days of invoice.
(b) The onboarding fee is invoiced after Onboarding Acceptance under A5 and is payable within 30 days of invoice.
(c) No other amount is payable before the Service is made available.

### A5. Onboarding and Onboarding Acceptance

Provider shall complete onboarding within 40 days after signature. Onboarding Acceptance requires that: (i) all 120 users can sign in through Customer's single sign-on; (ii) at least 2.6 million translation units and 38,000 terms have been migrated and a sample of 500 units checked by Customer shows no loss or corruption; (iii) the connectors to Customer's product information system and document repository transfer files in both directions for five consecutive working days without error; and (iv) one complete pilot project for a product manual in eight languages has run through the workflow. Customer confirms Onboarding Acceptance in writing within ten working days after Provider's request or states the failed criteria. If onboarding is not completed within 40 days after signature for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay.

### A6. Contacts

Provider account manager: Mr. Omar Shaheen. Customer project lead: Ms. Liang Yuwen, Localisation Department.

## Part B - General Terms

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's named users during the Subscription Term in accordance with the documentation. Provider will use commercially reasonable efforts to make the Service available and to correct errors reported by Customer, and will inform Customer of planned maintenance in advance where practicable.

1.2 Support is provided by email and through the online help centre on Provider's business days. Provider does not commit to specific response or resolution times.

1.3 Provider may update the Service from time to time, provided that updates do not materially reduce the functionality described in the documentation.

### 2. Customer Responsibilities

2.1 Customer is responsible for the accounts of its named users and for the content it uploads. Customer shall not resell the Service or use it to build a competing product.

2.2 Customer may reassign a named user licence to another person when the original user no longer needs access.

2.3 Customer shall provide the export files, single sign-on metadata and test accounts reasonably requested by Provider for onboarding, and shall name a project lead who can take decisions on workflow design. Delays caused by Customer's failure to do so extend the onboarding period accordingly.

### 3. Customer Data and Data Security

3.1 All content, translation memories, termbases, files and other data uploaded to or created in the Service by or for Customer ("Customer Data") belong to Customer. Provider shall use Customer Data only to provide the Service to Customer and shall not use it to train machine-translation engines, to benchmark or for any other purpose.

3.2 Provider shall store Customer Data only in the Alibaba Cloud Shanghai region, shall encrypt it in transit and at rest, shall restrict staff access to named support engineers on a need-to-know basis, shall log all administrative access, and shall maintain its ISO 27001 certification throughout the Subscription Term.

3.3 Provider shall notify Customer without undue delay and in any case within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all necessary steps to contain it, and shall be responsible for losses caused by a security breach attributable to Provider or its personnel.

3.4 Within 30 days after the end of the Subscription Term Provider shall make Customer Data available for export in standard formats (TMX, TBX, XLIFF) and shall then delete it and confirm deletion in writing.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service and its underlying software.

4.2 Customer Data, and all workflow configurations, connector settings, style guides and quality-check profiles created for Customer during onboarding, belong to Customer, which may use, copy and modify them freely and may let third parties use them.

### 5. Confidentiality

5.1 Each party shall keep confidential all non-public information of the other party, including unreleased product information contained in documents submitted for translation, and shall not disclose it to third parties except to its employees and advisers who need to know it and are bound by equivalent obligations. This obligation continues for three years after the end of the Subscription Term, and for unreleased product information until it is published by Customer.

### 6. Subcontractors

6.1 Provider shall not subcontract the hosting, support or any other part of the Service without Customer's prior written consent. Provider remains responsible for any approved subcontractor. Alibaba Cloud as hosting provider is approved by signature of this Order Form.

### 7. Warranties

7.1 Provider warrants that the Service will perform materially in accordance with the documentation and that it has the right to grant the rights in this Order Form.

7.2 Machine-translation output is generated by third-party engines selected by Customer. Provider does not warrant the linguistic quality of machine-translation output, but warrants that the connectors pass content to and from the selected engines without alteration.

7.3 If the Service does not perform as warranted, Provider shall correct the non-conformity within a reasonable time after Customer's report.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential losses or loss of profit.

8.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

8.3 The limitations in this Section 8 do not apply to breach of Section 3 or Section 5, to fraud or to personal injury caused by negligence.

### 9. Term and Termination

9.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid subscription fees for the remaining period.

9.3 Sections 3.4, 4, 5 and 8 survive termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Notices shall be in writing and sent to the addresses in this Order Form.

11.2 Neither party may assign this Order Form without the other party's written consent.

11.3 This Order Form is the entire agreement between the parties on its subject matter and replaces all earlier proposals and quotations. Any purchase order terms issued by Customer for invoicing purposes do not change it.

11.4 This Order Form is made in English. A Chinese translation may be prepared for Customer's internal approval; in case of difference the English text prevails.

11.5 Any change to this Order Form must be in writing and signed by authorised representatives of both parties.

**Signed for Provider:** ____________________  **Signed for Customer:** ____________________
"""

E03 = """T:Purchase Agreement for Condition Monitoring Sensors and Monitoring Software
P:Contract No.: HYC-EQ-2025-0722
P:Buyer: Anhui Huaiyun Cement Co., Ltd., Huainan, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Arwad Industrial Sensing Co., Port Street, Tartus, Syrian Arab Republic (the "Supplier").
P:The Buyer intends to monitor the vibration and temperature of the kiln drive, raw mills, cement mills, fans and conveyors of its clinker line. This Agreement is made on the Buyer's standard terms for equipment and software purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the wireless vibration sensors, temperature sensors and gateways listed in Clause 2, and a perpetual licence of its KilnSense condition monitoring software for installation on the Buyer's servers, and shall install, configure, integrate and commission the system.
P:1.2 The Supplier shall integrate KilnSense with the Buyer's distributed control system (DCS) so that alarms and trend data appear in the central control room, and shall configure alarm thresholds, asset hierarchies and dashboards for 96 monitored machines.
P:1.3 The Supplier shall train the Buyer's maintenance engineers and control-room operators and shall deliver manuals, wiring diagrams and a spare-parts list in Chinese and English.
P:1.4 Within 15 days after signature the Supplier shall submit a project plan showing delivery dates, installation sequence by production area, the integration test schedule and the names of its site engineers. The plan becomes binding once the Buyer approves it in writing.
H:2. Price
P:2.1 The Contract Price is CNY 1,510,000 including all taxes, duties, packing, transport to the Buyer's plant, insurance and installation. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless tri-axial vibration sensor, ATEX rated|240|2,650|636,000
TB:2|Wireless temperature sensor|120|980|117,600
TB:3|Industrial gateway with mesh radio|18|9,400|169,200
TB:4|KilnSense monitoring software, perpetual licence (site)|1|348,000|348,000
TB:|Equipment and Licence Subtotal|||1,270,800
TB:5|Installation and commissioning|1|136,000|136,000
TB:6|Integration with DCS|1|78,000|78,000
TB:7|Training|1|25,200|25,200
TB:|Contract Price|||1,510,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate or cost adjustments.
H:3. Payment
P:3.1 Advance payment: 20% of the Contract Price within 15 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 Installation payment: 45% of the Contract Price after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price after Final Acceptance under Clause 5.
P:3.4 All payments are made in CNY to the Supplier's designated account in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's plant within 70 days after signature and complete installation within 30 days after delivery, during the kiln stoppage windows notified by the Buyer.
P:4.2 The Supplier's personnel shall comply with the Buyer's plant safety rules, including permits for work at height, hot work and work near rotating equipment.
P:4.4 The Supplier is responsible for export clearance, shipping, import customs formalities and delivery duty paid to the Buyer's warehouse in Huainan. Each consignment shall be accompanied by a packing list, certificates of origin and conformity, and the radio type approval required for operation in China.
P:4.5 Risk in the equipment passes to the Buyer on signature of the delivery receipt. Title passes on payment of the installation payment under Clause 3.2.
P:4.3 If delivery or completion of installation is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligations.
H:5. Acceptance
P:5.1 Final Acceptance requires that all of the following criteria are met: every sensor reports to KilnSense and the DCS with a data loss rate below 0.5% over the test period; alarm signals reach the DCS within 5 seconds; vibration readings on six reference machines agree with the Buyer's portable analyser within ±5%; battery life reported by the sensors supports the specified replacement interval; and the system runs for 60 consecutive days without a Severity 1 incident.
P:5.2 The Supplier shall request Final Acceptance in writing. The Buyer shall complete the tests within 15 working days and either issue the Final Acceptance certificate or state the failed criteria in writing, in which case the Supplier shall correct the defects and the tests shall be repeated.
P:5.3 Use of the system by the Buyer before Final Acceptance does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants all equipment and software for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective sensor or gateway free of charge within five working days, and shall supply software corrections and updates free of charge.
P:6.2 After the warranty period the Buyer may purchase annual support at 9% of the Equipment and Licence Subtotal per year, that is CNY 114,372 per year. This price is fixed for three years after the warranty ends. Support is ordered year by year by purchase order and does not renew automatically.
P:6.3 During the warranty period the KilnSense server application shall be available at least 99.95% of each month, excluding maintenance agreed in advance with the Buyer.
P:6.4 Severity 1 incidents (loss of monitoring for the kiln drive or more than 20 machines) shall be responded to within 30 minutes and restored within 8 hours. Severity 2 incidents shall be responded to within 2 hours and restored within two working days.
P:6.5 For each hour by which a response or restoration time for a Severity 1 incident is exceeded the Supplier shall pay CNY 1,000, and for each 0.01 percentage point of availability below the committed level CNY 1,200. The Buyer may deduct these amounts from any payment.
H:7. Intellectual Property
P:7.1 The KilnSense software and sensor firmware remain the property of the Supplier, and the Buyer receives a perpetual licence to use them at its plant.
P:7.2 The asset hierarchy, alarm settings, dashboards, DCS interface programs and documentation prepared for the Buyer belong to the Buyer, which may use, modify and license them freely, including through a third-party maintenance contractor.
H:7A. Spare Parts
P:7A.1 The Supplier shall keep spare sensors, gateways and batteries available for purchase for at least eight years after Final Acceptance at prices not higher than those in Clause 2, and shall give the Buyer at least six months' written notice before discontinuing any part, with a compatible replacement.
H:8. Data Security and Data Ownership
P:8.1 All measurement data, alarm records and plant information collected by the system belong to the Buyer. The Supplier shall use such data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The system shall run entirely on the Buyer's network. Remote access by the Supplier requires the Buyer's prior approval for each session, shall pass through the Buyer's industrial firewall and jump server, and shall be recorded.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any actual or suspected security incident affecting the system or the Buyer's data, shall assist in containing it, and shall be liable for all losses caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all technical and commercial information received from the other under this Agreement and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after the end of the warranty period.
H:10. Liability
P:10.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under Clause 4.3 reach their maximum.
P:12.2 On termination the Supplier shall refund amounts paid for undelivered or rejected items and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:14. General
P:14.1 This Agreement is made in Chinese and English; both texts are equally valid.
P:14.3 Notices under this Agreement shall be given in writing to the addresses stated above or to any other address notified by a party, and take effect on receipt.
P:14.4 Any amendment to this Agreement is valid only if made in writing and signed by both parties.
P:14.2 Annexes: Annex 1 Technical Specification; Annex 2 Acceptance Test Plan; Annex 3 Installation Drawings.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed End-User IT Services Agreement

**Agreement No.:** MS-2025-118

**Customer:** Jiangsu Tongxiang Textile Group Co., Ltd., Nantong, Jiangsu Province, People's Republic of China ("Customer")

**Service Provider:** Marj Ibn Amer Systems Co., Haifa Street, Jenin, Palestine ("Provider")

Customer operates a head office and five spinning and weaving plants in Jiangsu. Customer wishes to outsource its service desk, desktop support and device management to Provider. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Transition" means the transfer of the Services from Customer's internal IT team to Provider, described in Section 3.

1.4 "Service Commencement Date" means the date on which Customer confirms Transition Acceptance in writing.

1.5 "Customer Data" means all data of Customer processed by Provider in performing the Services, including ticket records, device inventories and user directory information.

## Section 2. Term

2.1 The Services are provided for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. At least six months before the end of the Term the parties shall discuss whether to agree a new contract.

## Section 3. Transition

3.1 Provider shall complete Transition within 60 days after signature. Transition includes knowledge transfer from Customer's IT team, set-up of the service desk tools, migration of open tickets and the device inventory, and documentation of all standard procedures.

3.2 Transition Acceptance requires that: (a) the service desk has handled all calls and tickets for ten consecutive working days in parallel with Customer's team without a missed Priority 1 or Priority 2 ticket; (b) the inventory of about 2,300 devices has been reconciled against Customer's asset register, with every difference explained; (c) the knowledge base contains the procedures listed in Schedule 1; and (d) the reporting dashboards are live. Customer shall confirm Transition Acceptance or state the failed criteria within five working days after Provider's written request.

3.3 Provider shall use reasonable endeavours to complete Transition on time. If Transition is late, the parties shall agree a revised plan.

3.4 During Transition Customer shall keep its internal IT team available to answer Provider's questions and shall provide access to its existing ticket history, asset register and procedure documents.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total contract value is CNY 2,160,000 including VAT.

4.2 The monthly service charge is invoiced monthly in arrears and paid within 30 days of invoice. The Transition fee is invoiced after Transition Acceptance. No amount is payable before the Services start.

4.3 The monthly service charge is fixed for the Term. Changes to the number of supported users above or below the volume band in Schedule 3 are handled by the change procedure in Section 11.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and shall report its performance to Customer each month.

5.2 If a Service Level is missed in a month, Provider shall grant the service credit shown in Schedule 2. Service credits are deducted from the next invoice. Total service credits in any month shall not exceed 20% of the monthly service charge.

5.3 If Provider misses the same Service Level in three consecutive months, Provider shall submit a remediation plan within ten working days and implement it at its own cost.

## Section 6. Personnel

6.1 Provider shall station one desktop engineer at each plant and two at the head office during working hours, and shall staff the service desk in Mandarin from 7:00 to 23:00 every day, with an on-call engineer outside those hours.

6.2 Provider shall replace any member of its personnel whom Customer reasonably asks to be removed.

6.3 Provider's personnel shall follow Customer's site rules, including plant safety rules and visitor registration.

## Section 6A. Customer Responsibilities

6A.1 Customer shall provide Provider's on-site engineers with desk space, network access, storage for spare devices and parking at each site, and shall give Provider administrator rights on the service desk tool and device management console to the extent needed for the Services.

6A.2 Customer remains responsible for purchasing hardware and software licences, for its business applications and for decisions on its IT policies. Provider shall advise Customer on these matters when asked.

## Section 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only for the purpose of performing the Services and shall return it to Customer at the end of the Term.

## Section 8. Intellectual Property

8.1 Provider retains its tools, methods and know-how that existed before this Agreement.

8.2 Knowledge-base articles, scripts, device images, procedures and reports created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to a successor provider.

## Section 9. Confidentiality

9.1 Each party shall keep confidential the other party's business, technical and personnel information received under this Agreement, and shall disclose it only to those of its employees and subcontractors who need it for this Agreement. This obligation survives for three years after the end of the Term.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury or wilful misconduct.

## Section 11. Changes

11.1 Either party may request a change to the Services. Provider shall provide a written impact assessment within ten working days. No change is binding until both parties sign a change note.

## Section 12. Subcontracting

12.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for its subcontractors.

## Section 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after notice, or if Provider misses the Priority 1 resolution Service Level in any three months of a rolling six-month period.

13.2 On expiry or termination Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, including handover of all documentation, tickets and knowledge-base content to Customer or a successor provider.

## Section 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Nantong Arbitration Commission for arbitration in Nantong.

## Section 15. General

15.1 This Agreement, including its Schedules, is the entire agreement between the parties on its subject matter. If a Schedule conflicts with the Sections, the Sections prevail.

15.2 Neither party may assign this Agreement without the other party's prior written consent.

15.3 Neither party is liable for a failure caused by force majeure, provided that it informs the other party promptly and resumes performance as soon as possible.

15.4 This Agreement is made in English and Chinese, and both versions have equal force.

## Schedule 1 - Services

| Service | Description |
|---|---|
| Service desk | Single point of contact by phone, portal and WeCom for about 2,100 users; logging, triage and first-line resolution |
| Desktop support | Installation, moves, repairs and replacement of desktops, laptops, printers and plant floor terminals |
| Device management | Patch deployment, software distribution, endpoint protection agent management and asset inventory |
| Account administration | User accounts, mailbox and file-share permissions on Customer's instructions |
| Reporting | Monthly service report and quarterly service review with Customer's IT manager |
| Knowledge base | Maintenance of procedures for all standard requests in Chinese |

## Schedule 2 - Service Levels

| Priority | Definition | Response time | Resolution time | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | Production line terminals or a whole site unable to work | 30 minutes | 6 hours | 5% of the monthly service charge per incident |
| Priority 2 | A department or critical user unable to work | 1 hour | 8 working hours | 2% of the monthly service charge per incident |
| Priority 3 | Single user with a workaround, or a service request | 2 working hours | 3 working days | none |
| Service desk | Calls answered within 30 seconds | 90% of calls per month | | 2% of the monthly service charge |
| Satisfaction | User satisfaction in monthly survey | at least 90% | | 1% of the monthly service charge |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 72,000 |
| Monthly service charge | CNY 58,000 per month for 36 months, for 1,900 to 2,400 supported users | 2,088,000 |
| Total contract value | | 2,160,000 |
| Exit assistance | Per engineer day, only if requested | 1,800 per day |

**For Customer:** ____________________ **For Provider:** ____________________
"""

E05 = """MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No.: ZB-DATA-2025-045

PARTIES

1.1 Customer: Zhoukou Beifeng Grain and Oilseed Trading Co., Ltd., Zhoukou, Henan Province, People's Republic of China ("Customer").

1.2 Provider: Ebla Agri-Market Data Co., Al-Thawra Street, Idlib, Syrian Arab Republic ("Provider").

1.3 Customer trades wheat, maize, soybeans and vegetable oils and wishes to subscribe to Provider's market data service through an application programming interface, so that prices, freight rates and crop reports feed directly into Customer's trading and risk systems.

DEFINITIONS

2.1 "Data Service" means Provider's AgriFeed service, consisting of daily and intraday price assessments for grains and oilseeds in the Black Sea, Mediterranean and Middle East markets, bulk freight rate indices, crop condition reports and the related historical database, delivered through the AgriFeed API and the web terminal.

2.2 "Subscription Year" means the annual period starting on the Subscription Start Date, each following annual period starting on an anniversary of that date, and each renewal period under clause 12.

2.3 "Subscription Start Date" means the date of Integration Acceptance under clause 5.

2.4 "Customer Data" means the queries, watch lists, portfolio positions and any other data that Customer or its users submit to the Data Service.

SUBSCRIPTION

3.1 Provider grants Customer a non-exclusive, non-transferable right, during the Subscription Term, to access the Data Service for up to 25 named users and to load the data into Customer's internal trading, risk and reporting systems.

3.2 Customer may use the data internally and may include derived figures in reports to its management, banks and auditors. Customer shall not resell the raw data or publish it.

3.3 The initial Subscription Term is two Subscription Years.

FEES

4.1 The fees are:
(a) Subscription Year 1: CNY 336,000;
(b) Subscription Year 2: CNY 336,000;
(c) Integration set-up fee (API credentials, mapping of Provider's instruments to Customer's product codes, test environment and connector to Customer's risk system): CNY 28,000.
The total fees for the initial Subscription Term are CNY 700,000, including VAT.

4.2 The fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year. The integration set-up fee is invoiced after Integration Acceptance. Customer pays within 30 days of a correct invoice.

4.3 Additional named users during a Subscription Year are charged pro rata at the per-user rate in Provider's proposal.

USERS AND ACCESS

4A.1 Customer shall name its users in the web terminal administration page and may replace a named user at any time. Each named user receives individual credentials that must not be shared.

4A.2 Provider shall issue separate API keys for Customer's production and test environments and shall rotate them on Customer's request within one business day.

4A.3 Provider may suspend an individual credential that is being used in breach of clause 3.2 after notifying Customer and giving Customer two business days to explain, and shall restore it once the matter is resolved.

INTEGRATION AND ACCEPTANCE

5.1 Provider shall provide the test environment within 20 days after signature and shall complete integration within 45 days after signature.

5.2 Integration Acceptance requires that: (a) all instruments listed in the annex are mapped to Customer's product codes; (b) the API delivers daily assessments before 18:00 Beijing time on ten consecutive business days; (c) historical data for the instruments are loaded and a sample of 200 prices checked by Customer agrees with Provider's published values; and (d) the connector to Customer's risk system completes the nightly load without manual intervention for ten consecutive business days.

5.3 Customer shall confirm Integration Acceptance in writing or list the failed criteria within five business days after Provider's request.

5.4 If Provider does not make the integration ready for acceptance within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

SERVICE LEVELS

6.1 The AgriFeed API and web terminal shall be available at least 99.95% of each calendar month, excluding scheduled maintenance on weekends notified at least three days in advance.

6.2 Priority 1 incidents (API unavailable or daily assessments not delivered) shall be responded to within 1 hour and resolved within 6 hours. Priority 2 incidents (delayed or incorrect data for some instruments) shall be responded to within 2 hours and corrected within one business day.

6.3 If availability in a month is below the committed level, Provider shall credit 5% of that month's share of the annual fee for each 0.1 percentage point below the level, up to the whole monthly share. For each Priority 1 incident not resolved in time Provider shall credit CNY 1,000 per hour. Credits are deducted from the next invoice.

DATA QUALITY

6A.1 Provider shall compile its assessments using a documented methodology, shall publish changes to the methodology at least 30 days before they take effect, and shall correct any erroneous data point within one business day after it becomes aware of the error, with a correction notice through the API.

6A.2 Provider shall assign a named account manager who speaks Mandarin or English and who meets Customer's trading team by video conference each quarter to review data coverage, incidents and requests for new instruments.

6A.3 Provider shall give Customer at least 60 days' notice before discontinuing any instrument in the annex and shall propose an equivalent replacement at no additional charge.

DATA SECURITY AND CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Service to Customer and shall not analyse, aggregate or use it for any other purpose, including for its own market assessments.

7.2 Provider shall protect Customer Data with encryption in transit and at rest, access controls limited to named support staff, logging of administrative access and annual penetration testing. Customer Data shall be stored on servers located in mainland China.

7.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to Customer Data or of any compromise of Customer's API credentials, shall take immediate steps to contain it, and shall be liable for the losses caused by a breach attributable to Provider.

7.4 At the end of the Subscription Term Provider shall delete Customer Data and confirm deletion in writing.

INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the Data Service and the market data.

8.2 The instrument mapping tables, the connector program and its source code developed for Customer under the integration set-up belong to Customer, which may use, modify and license them freely.

CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's positions and trading strategies and Provider's unpublished assessments, and shall not disclose it without prior written consent. This obligation continues for three years after the Subscription Term ends.

LIABILITY

10.1 Provider does not guarantee that market prices will move in any direction and is not liable for trading decisions made by Customer.

10.2 Each party's total liability under this Agreement is limited to 200% of the total fees for the initial Subscription Term, except for breach of clauses 7 and 9, fraud and personal injury.

SUBCONTRACTING

11.1 Provider shall not subcontract the hosting or support of the Data Service without Customer's prior written consent.

RENEWAL

12.1 At the end of the initial Subscription Term this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

12.2 Provider may increase the subscription fee for any renewal Subscription Year to its list price then in effect by giving Customer notice of the new fee at least 75 days before the renewal date.

TERM AND ENDING OF THE AGREEMENT

13.1 This Agreement takes effect on signature and continues until the end of the last Subscription Year.

13.2 Because the fees are calculated on a committed term, this Agreement may not be terminated by either party before the end of the current Subscription Term. Customer's remedies for any failure of the Data Service are the service credits under clause 6 and damages under clause 10.

13.3 If force majeure prevents Provider from delivering the Data Service for more than 30 consecutive days, the fees for that period are suspended until delivery resumes.

13.4 Clauses 7, 8, 9 and 10 survive the end of this Agreement.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules then in force.

GENERAL

15.1 Notices shall be in writing and sent by courier or email to the addresses notified by each party.

15.2 This Agreement and its annex are the entire agreement between the parties on the Data Service.

15.3 This Agreement is made in English and Chinese, both texts having equal force.

Annex: Instrument list and delivery times.

Signed for Customer: ____________________
Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- targets, labels, checks
ORDER = ["z01", "z02", "z03", "z04", "z05", "e01", "e02", "e03", "e04", "e05"]
NAMES = {
    "z01": ("h776z01_housing_expropriation_resettlement_platform", "pdf", Z01),
    "z02": ("h776z02_walker_tube_bending_line_retrofit", "docx", Z02),
    "z03": ("h776z03_diving_school_booking_saas", "txt", Z03),
    "z04": ("h776z04_grain_subsidy_card_system_om", "txt", Z04),
    "z05": ("h776z05_hand_drum_tuning_tracking_supplier_template", "md", Z05),
    "e01": ("h776e01_cold_chain_wms_perpetual_licence_jordan_vendor", "pdf", E01),
    "e02": ("h776e02_translation_saas_order_form_palestine_vendor", "md", E02),
    "e03": ("h776e03_cement_plant_condition_monitoring_sensors", "docx", E03),
    "e04": ("h776e04_textile_group_managed_end_user_services", "md", E04),
    "e05": ("h776e05_grain_market_data_api_subscription", "txt", E05),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: language, category, 19 terms in KEYS order, sla_clause, ld_stated, capped (goods only), deemed, value
D = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 24, 8, False, True, False, "PRC", G], True, True, True, False, 2350000),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 36, 7, False, True, True, "PRC", G], True, True, True, False, 1690000),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 500 / 688000 * 100, None, None, True, None, None, None, True, True, False, "PRC", S], True, True, None, False, 688000),
    "z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False, "PRC", S], True, True, None, False, 486000),
    "z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False, True, None, "PRC", G], True, True, True, True, 780000),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False, "Jordan", G], True, True, True, False, 1900000),
    "e02": ("en", "cloud", [None, None, False, "buyer", True, True, True, 600 / 550000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S], False, True, None, False, 550000),
    "e03": ("en", "hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 9, False, True, False, "PRC", G], True, True, True, False, 1510000),
    "e04": ("en", "services", [None, 0.5, True, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", S], True, False, None, False, 2160000),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, False, False, "PRC", S], True, True, None, False, 700000),
}
# TCO inputs for goods: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"z01": 1180000, "z02": 1396000, "z05": 620000, "e01": 1260000, "e03": 1270800}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "e05": ["CR-AUTO-RENEWAL", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
            "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
SUMS = {  # (parts, total) as stated in each text
    "z01": ([1180000, 864000, 212000, 94000], 2350000),
    "z02": ([386000, 452000, 318000, 64000, 176000, 148000, 122000, 24000], 1690000),
    "z03": ([40 * 7200 * 2, 94000, 18000], 688000),
    "z04": ([288000, 96000, 62000, 40000], 486000),
    "z05": ([620000, 118000, 42000], 780000),
    "e01": ([1260000, 420000, 186000, 34000], 1900000),
    "e02": ([120 * 2100 * 2, 46000], 550000),
    "e03": ([240 * 2650, 120 * 980, 18 * 9400, 348000, 136000, 78000, 25200], 1510000),
    "e04": ([58000 * 36, 72000], 2160000),
    "e05": ([336000, 336000, 28000], 700000),
}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def label(k):
    lang, cat, vals, sla, lds, capped, deemed, value = D[k]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    name, ext, _ = NAMES[k]
    return {"file": name + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(k, terms, extra)}


def tco_share(k, t, value):
    if t["post_warranty_fee_pct"] is None:
        return None
    fee = FEE_BASE[k] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return post / (value + post) * 100


def derive(k, t, x):
    """My reading of policy section 3 ('Where rules apply, and how clauses are read')."""
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        share = tco_share(k, t, x["contract_value"])
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
            if share > 40:
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


# threshold figures that must never appear in a text (raw, whitespace-collapsed, whitespace-free)
PATTERNS = [
    r"99\.9(?![0-9])", r"九十九点九(?!五)",
    r"(?<![0-9.])4\s*(?:hours?|hrs?|h\b|-hour|小时|个小时)", r"(?<![0-9十])四\s*(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9.])0?\.05\s*%", r"万分之五(?![0-9十])", r"千分之零点五",
    r"(?<![0-9.])30\s*%", r"百分之三十", r"三成",
    r"(?<![0-9.])12\s*(?:months?|个月)", r"十二个月", r"\btwelve\b", r"(?<![第每十])一年", r"\bone\s*year\b", r"(?<![0-9.])1\s*year\b",
    r"(?<![0-9.])15\s*%", r"百分之十五",
    r"(?<![0-9.])40\s*%", r"百分之四十",
    r"(?<![0-9.])100\s*%", r"百分之一?百",
    r"(?<![0-9.])5\s*(?:years?|年)", r"\bfive\s*(?:\(5\)\s*)?years?", r"(?<![十0-9])五年", r"\b60\s*months?",
]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "0.05%", "0.05 %", "万分之五", "30%", "百分之三十", "12 months",
            "十二个月", "twelve months", "一年", "one year", "15%", "百分之十五", "40%", "百分之四十", "100%", "百分之百",
            "5 years", "五年", "five years", "60 months", "4h", "4 hrs"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "0.5%", "0.08%", "30 days", "130%", "20%", "2025年",
             "12 hours", "120 days", "第一年", "每一年", "1,500", "150%", "8%", "45%", "35%", "三十日", "十五日", "十二日", "2025年12月31日"]


def rx_selftest():
    for sample in MUST_HIT:
        assert any(re.search(p, sample, re.I) for p in PATTERNS), sample
    for sample in MUST_MISS:
        assert not any(re.search(p, sample, re.I) for p in PATTERNS), sample


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    rx_selftest()
    sources, targets = {}, {}
    for k in ORDER:
        name, ext, src = NAMES[k]
        if ext in ("docx", "pdf"):
            sources[k], targets[k] = src, (name + "." + ext, ext)
        else:
            (OUT / (name + "." + ext)).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name + "." + ext)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for k in ORDER:
        parts, total = SUMS[k]
        assert sum(parts) == total == D[k][-1], k
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        for key, th in THRESHOLDS.items():
            v = lab["expected_terms"][key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        name, ext, _ = NAMES[k]
        (OUT / (name + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (name + "." + ext))
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            for p in PATTERNS:
                m = re.search(p, form, re.I)
                assert not m, (k, p, form[max(0, m.start() - 30):m.end() + 30])
        share = tco_share(k, lab["expected_terms"], D[k][-1]) if k in FEE_BASE else None
        print(f"{k} {name}.{ext}: length {n}, rules {lab['expected_rules']}, tco share "
              f"{'-' if share is None else round(share, 2)}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
