"""holdout1104: builds the ten drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the .json
labels and asserts lengths, sums, thresholds and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江州市公共租赁住房管理平台建设项目合同书
P:合同编号：JZZJ-ZFCG-2026-0417
P:采购人（甲方）：江州市住房和城乡建设局
P:供应商（乙方）：江州数智城建科技有限公司
P:本项目经江州市政府采购中心公开招标，乙方为中标供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方在平等、自愿的基础上，就公共租赁住房管理平台的软件许可及定制开发订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供公租房管理平台软件（含房源管理、资格审核、配租摇号、租金收缴、退出管理五个子系统）的永久使用许可，不限用户数，部署于江州市政务云。
P:1.2 乙方按甲方需求完成定制开发，包括：与市民政、公安、不动产登记、公积金系统的数据比对接口；租户移动端服务（申请、缴费、报修）；面向全市各区的统计分析驾驶舱。
P:1.3 乙方负责将原有公租房系统约6.8万户档案及缴费记录迁移至新平台，并提供部署、联调、试运行及培训服务。
P:1.4 详细功能需求以招标文件第三章及双方确认的《需求规格说明书》为准，需求变更须经甲方书面确认。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾玖万元整（¥1,690,000），包括：平台软件许可费¥860,000；定制开发费¥640,000；数据迁移费¥118,000；实施及培训费¥72,000。
P:2.2 上述价款为固定总价，已包含乙方完成本合同全部工作的人工、差旅、税费及质保期内的全部服务费用，甲方不再另行支付任何费用。
P:2.3 乙方开具增值税普通发票，发票信息须与合同主体一致；因乙方发票不合规导致付款延误的，甲方不承担逾期付款责任。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后120日内完成部署及数据迁移并提交初步验收申请，于初步验收后进入90日试运行。
P:4.2 乙方应组建不少于八人的驻场项目组，项目经理须具有高级项目管理资格，未经甲方同意不得更换；项目组成员名单作为本合同附件。乙方每周向甲方报送进度周报，每月参加甲方组织的项目例会。
P:4.3 试运行期间，乙方应安排不少于三名工程师驻场值守，记录并处理运行问题，每周提交试运行报告；试运行中发生一级故障的，试运行期自故障排除之日起重新计算。
P:4.4 乙方应提交项目实施方案、数据迁移方案、测试报告、用户手册、运维手册及定制开发部分的源代码与编译说明。
H:第五条 验收
P:5.1 初步验收标准：功能符合《需求规格说明书》全部条目；迁移数据经逐户比对，档案及缴费记录差错为零；四个外部接口连续10个工作日调用成功；在300个并发用户下页面平均响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方机构出具的网络安全等级保护测评报告无高风险问题；甲方组织的专家评审通过。
P:5.3 平台上线使用、试运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及技术支持。
P:6.2 服务水平：一级故障（平台整体不可用或资格审核、租金收缴无法办理）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；一般问题在3个工作日内解决。
P:6.3 乙方未按上述时限响应或恢复的，每超时一小时扣减人民币1,000元，从质保金或后续维护费中抵扣。
P:6.4 质保期满后，如甲方需要，年度维护费不超过平台软件许可费的8%（即每年不超过¥68,800），该标准在质保期满后三年内保持不变，维护合同每年另行签订，不自动续期。
P:6.5 乙方应为甲方及各区住房保障部门、街道经办人员提供不少于两轮的集中培训及一次上门培训，培训教材归甲方所有；质保期内系统功能调整后，乙方应免费补充培训。
H:第七条 数据安全
P:7.1 平台中的租户个人信息、资格审核材料、房源及缴费数据均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》，按网络安全等级保护第三级要求落实访问控制、加密存储、日志审计；运维须经甲方堡垒机进行，不得将数据复制至政务云以外。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第八条 保密
P:乙方对履行合同中知悉的甲方工作秘密、系统架构、账户口令及其他非公开信息负有保密义务，未经甲方书面同意不得披露，保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 定制开发的接口程序、移动端、驾驶舱及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:9.2 平台软件原有知识产权归乙方所有，乙方保证其不侵犯第三方权利，否则由乙方负责处理并赔偿甲方损失。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
P:10.3 乙方交付的成果存在质量缺陷，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收取的全部款项，并赔偿甲方由此遭受的实际损失。
H:第十一条 分包
P:乙方不得将本项目转包或分包，亦不得将主体工作委托他人完成。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。合同解除后，乙方应在10日内向甲方移交全部数据、文档及已完成的定制开发成果，并配合甲方或其指定的第三方完成平台交接，不得以任何理由拒绝或拖延。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内书面通知对方，并在15日内提供有关证明，双方根据影响程度协商延期履行、部分履行或解除合同；因不可抗力延误的期限不计入逾期。
H:第十五条 履约保证金
P:乙方应在合同签订前以银行保函形式提交合同总价5%的履约保证金，有效期至最终验收后30日；乙方未履行合同义务的，甲方有权从中扣收违约金及赔偿金。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方盖章后生效。招标文件、投标文件及澄清文件为本合同组成部分。
P:甲方（盖章）：江州市住房和城乡建设局    乙方（盖章）：江州数智城建科技有限公司
"""
Z02 = """T:生产线控制系统改造项目合同
P:合同编号：XZDQ-SB-2026-062
P:甲方（买方）：浙江鲜榨电器有限公司
P:乙方（卖方）：杭州精控自动化工程有限公司
P:甲方为提升榨汁机总装线、电机装配线、注塑及包装线的自动化水平，委托乙方对上述四条生产线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除四条生产线原有继电器控制柜，更换为PLC控制柜，加装伺服驱动、扭矩及视觉传感器和HMI触摸屏，实现工位联锁、扭矩追溯和不良品自动剔除。
P:1.2 乙方提供MES数据采集软件（永久许可，20个并发客户端），采集各工位节拍、扭矩、测试电流及报警数据，并与甲方现有ERP系统对接。
P:1.3 乙方负责PLC程序、HMI画面及数据接口的定制开发、现场安装、调试、试生产保障及操作维护培训。改造须分线实施，每条线停线时间不超过6个自然日，并安排在甲方指定的排产间隙。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾捌万元整（¥1,780,000），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造（含PLC、I/O模块、柜体）|4套|186,000|744,000
TB:2|伺服驱动、扭矩及视觉传感器|1批|312,000|312,000
TB:3|HMI触摸屏|8台|14,500|116,000
TB:4|MES数据采集软件许可|1套|268,000|268,000
TB:|软硬件小计|||1,440,000
TB:5|安装调试|1项|196,000|196,000
TB:6|PLC程序及接口定制开发|1项|124,000|124,000
TB:7|操作维护培训|1项|20,000|20,000
TB:|合计|||1,780,000
P:2.2 合同价格含设备、软件、运输、保险、安装、调试、培训及税费，为固定价格。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，乙方同时提交等额银行预付款保函。
P:3.2 四条生产线设备全部到货、安装完毕并完成空载调试后，甲方支付合同总价的45%。到货及安装不视为验收。
P:3.4 乙方每次请款时应提交增值税专用发票及对应的阶段确认文件；甲方收到合格发票及文件后15个工作日内付款。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后75日内完成全部设备到货，105日内完成四条生产线的改造和调试。
P:4.2 乙方每日完工后应清理现场，恢复安全防护装置，因乙方施工造成甲方设备损坏或停产的，乙方负责修复并赔偿。
P:4.3 乙方进场人员应遵守甲方安全生产、防火及劳动纪律管理制度，电气作业人员须持证上岗；停线改造前，乙方应提交施工方案及应急回退方案，经甲方生产部确认后方可实施，改造当日不能恢复生产的，乙方应按回退方案恢复原控制方式。
P:4.4 乙方提供的设备应为全新原厂正品，附合格证、说明书及出厂检测报告，PLC、伺服等关键部件的品牌型号以投标文件为准，未经甲方书面同意不得替换。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收：连续72小时带料生产无停机故障；节拍达到设计值且不低于改造前水平；扭矩数据逐件可追溯；视觉检测漏检率低于0.2%；MES采集数据与现场仪表比对一致。
P:5.2 四条线全部通过单线验收并稳定运行20个工作日后，甲方组织最终验收，签署最终验收报告。试生产、投产使用或付款不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。
P:5.4 最终验收时，乙方应提交竣工图、电气原理图、I/O点表、PLC程序备份、参数设定表、设备清单及操作维护手册各两套（纸质及电子版），资料不全的不予组织最终验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备、软件出现故障的，乙方免费维修或更换。
P:6.2 质保期内的服务要求按下表执行：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|生产线停线或安全联锁失效|30分钟|3小时|8小时
TB:二级|单个工位故障，可降级生产|1小时|8小时|24小时
TB:三级|数据采集异常或其他一般问题|2小时|次日|3个工作日
P:6.3 乙方未按上表时限响应、到场或修复的，每超时一小时向甲方支付人民币800元，从质保金或维保费中扣除。
P:6.4 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、软件升级和7×24小时技术支持），年度维保费按软硬件小计的28%计取，即每年人民币403,200元，质保期满后三年内固定不变。维保合同每年签订，不自动续期。
P:6.5 乙方应随设备提供一年用量的易损备件（清单见附件二），并在甲方厂区设立备件柜；质保期内备件消耗后，乙方应在3个工作日内补齐。
P:6.6 乙方应为甲方培训不少于十二名电气维护人员和二十名线长，内容包括PLC程序结构、HMI操作、常见故障判断及MES报表使用，培训合格后方可独立操作。
H:第七条 数据与信息安全
P:7.1 生产线采集的工艺参数、质量追溯及产量数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:7.2 乙方远程维护须经甲方逐次审批，通过甲方工控防火墙和堡垒机接入，全程留痕；乙方应为控制系统做好病毒防护，不得植入后门。
P:7.3 因乙方原因导致数据泄露、丢失或控制系统遭受攻击的，乙方应在2小时内告知甲方，配合处置，并赔偿甲方全部损失。
H:第八条 保密
P:乙方对甲方的产品设计、工艺文件、产能及客户信息负有保密义务，未经甲方书面同意，不得向任何第三方披露，不得在宣传材料或案例介绍中使用甲方名称及现场照片。乙方应要求其进场人员签署保密承诺书。本条义务在合同终止后三年内仍然有效。
H:第九条 知识产权
P:为本项目定制开发的PLC程序、HMI画面、数据接口及其源程序归甲方所有，乙方应在最终验收时完整交付，甲方可自行修改或委托第三方使用。MES软件及设备内置软件的知识产权归原权利人。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 合同的履行与解除
P:11.1 本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。
P:11.2 乙方出现逾期、质量不合格等违约情形的，甲方可要求乙方继续履行、限期整改并按第十条支付违约金，但不得以此为由解除合同。
H:第十二条 分包
P:现场电气布线可由乙方分包给具备相应资质的单位，但须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交湖州仲裁委员会仲裁。
H:第十四条 不可抗力
P:因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商处理后续事宜。
H:第十五条 其他
P:15.1 本合同附件包括：附件一 技术规格书；附件二 备品备件清单；附件三 改造排期表。附件与本合同具有同等效力，与正文不一致的，以正文为准。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：浙江鲜榨电器有限公司    乙方（盖章）：杭州精控自动化工程有限公司
"""
Z03 = """门店预约及会员管理系统服务合同

合同编号：QY-IT-2026-019
甲方：南昌启育母婴职业培训有限公司
乙方：上海约课云信息技术有限公司

甲方在江西、湖南两省经营35家育婴师、母婴护理职业培训门店。为统一课程预约、学员会员及收费管理，甲方向乙方订购“约课云”预约及会员管理系统（SaaS）服务，并委托乙方完成实施。双方协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方35家门店开通“约课云”标准版，包括课程排期与预约、学员档案与会员卡、储值及课时扣减、考证报名、家长端小程序、门店经营报表。
2. 每家门店开通不超过8个员工账号，总部开通不超过20个管理账号；学员及家长使用小程序不限人数。
（二）实施服务
1. 系统初始化配置，包括门店、课程、价目、会员等级及权限设置；
2. 将甲方现有约2.6万名学员档案及未消课时、储值余额迁入系统；
3. 小程序按甲方品牌定制页面，并与甲方微信商户号、财务软件对接；
4. 为总部及各门店店长、前台、讲师提供线上培训及两次集中培训，并提供操作手册和视频教程。
乙方应指定一名实施经理全程负责，实施期间每周向甲方提交进度报告。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每一服务年度为连续的365日。
（二）服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时，乙方有权根据其当年价格政策上调年度服务费，上调幅度不超过上一服务年度服务费的8%，乙方应在续期前以邮件通知甲方调整后的价格。

三、费用及支付
（一）合同总价为人民币陆拾叁万贰仟元整（¥632,000），其中：
1. 年度服务费：每家门店每服务年度7,800元，35家门店每年273,000元，两个服务年度共546,000元；
2. 实施费：86,000元，为固定价格。
（二）实施费在系统上线验收合格后15个工作日内一次付清。
（三）年度服务费按季度支付，甲方在每个服务季度开始后10个工作日内支付该季度服务费68,250元。
（四）乙方应在收款前开具增值税专用发票，税率按国家规定执行；服务期内如遇税率调整，不含税价格保持不变。
（五）服务期内新增门店的，按每店每服务年度7,800元按剩余月份折算计费。

四、实施与验收
（一）乙方应在合同签订后45日内完成配置、数据迁移和小程序上线，并提交验收申请。
（二）验收标准：
1. 迁移的学员档案、剩余课时和储值余额与甲方原系统逐条核对一致；
2. 35家门店均能完成预约、签到、扣课、收款及退款全流程操作；
3. 小程序支付、退款与微信商户号对账一致，财务凭证可正常导出；
4. 在500名学员同时预约时，页面响应时间不超过2秒。
（三）甲方在收到验收申请后7个工作日内组织验收并出具书面意见。上线试用或甲方使用系统，不视为验收合格。
（四）因乙方原因未能按期完成上线的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方保证系统每月可用率不低于99.5%，计划内维护应安排在每日凌晨1:00至5:00之间并提前24小时通知，计划内维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（系统整体不可用，或预约、收款功能无法使用）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，8小时内恢复；
3. 一般问题：1个工作日内答复。
（三）当月可用率低于承诺值的，每低0.1个百分点，减免当季服务费的2%；一级故障恢复超时的，每超时一小时减免当季服务费的1%。单季度减免合计不超过当季服务费的25%。

（四）服务支持：乙方提供工作日9:00至21:00的在线客服及电话支持，并为甲方指定一名客户成功经理，每季度回访一次，提交服务报告，内容包括可用率统计、故障记录、工单处理情况及改进建议。
（五）版本升级：乙方对标准功能的升级免费提供，重大版本升级应提前15日通知甲方，并提供升级说明及培训；升级不得导致甲方已有数据丢失或已配置功能失效。

六、数据权属及数据安全
（一）甲方在系统中录入或产生的学员、家长个人信息、课程及交易数据归甲方所有。
（二）乙方可对上述数据进行去标识化处理后，用于改进产品功能、训练推荐模型及编制母婴培训行业分析报告，该使用权在合同终止后继续有效。
（三）乙方应按网络安全等级保护第三级要求保护系统，数据存储于中国境内，传输和存储均加密，员工访问须经授权并留存日志。
（四）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，采取补救措施并配合甲方履行法定报告义务；因乙方原因造成的，由乙方承担赔偿责任。
（五）乙方应每日对甲方数据进行备份，备份数据至少保留30日，并每半年进行一次恢复演练，演练结果书面告知甲方；因系统故障导致数据丢失的，乙方应从备份中恢复。
（六）合同终止后15日内，乙方应将全部数据以通用格式交付甲方，并在甲方确认后删除。

七、保密
双方对在合作中知悉的对方商业秘密、经营数据及价格信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应对其接触甲方数据的员工进行保密培训并签署保密承诺。本条在合同终止后三年内有效。

八、知识产权
（一）“约课云”平台软件的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、品牌素材、对接程序及配置方案归甲方所有，甲方可自行或委托第三方修改使用。

九、双方其他义务
（一）甲方应指定项目负责人，按时提供原系统数据、门店及课程资料，并组织门店人员参加培训。
（二）甲方应妥善保管管理员账号，因甲方人员泄露账号密码造成的损失由甲方自行承担。
（三）乙方应保证系统功能符合本合同及产品说明书的描述；服务期内系统存在缺陷的，乙方应免费修复。
（四）乙方不得在家长端小程序中投放与甲方业务无关的广告，不得向学员及家长推送乙方或第三方的营销信息。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、违约与解除
（一）任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
（二）乙方累计三个月可用率未达到承诺值的，甲方有权解除合同，乙方应退还已付未使用的服务费。
（三）甲方逾期付款超过30日的，乙方可暂停服务，但应提前5日书面通知。

十二、适用法律及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交南昌仲裁委员会仲裁。

十三、其他
（一）合同终止或期满不续约的，乙方应在终止后30日内保持系统只读访问，便于甲方导出数据及完成过渡，不另收费。
（二）双方指定的联系人及邮箱见合同附件，一方变更联系人的，应在变更后3日内书面通知对方；按附件所列邮箱发送的通知，发出之日视为送达。
（三）本合同附件包括：附件一 功能清单；附件二 实施计划；附件三 联系人信息。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：南昌启育母婴职业培训有限公司
乙方（盖章）：上海约课云信息技术有限公司
"""
Z04 = """青溪市地表水水质自动监测站运行维护服务合同

项目编号：QXCG-2026-CS-033（竞争性磋商）
采购人（甲方）：青溪市生态环境局
服务商（乙方）：江南清源环境监测技术有限公司

根据青溪市生态环境局地表水水质自动监测站运行维护服务项目竞争性磋商文件、乙方响应文件及成交通知书，依照《中华人民共和国政府采购法》《中华人民共和国民法典》，双方就以下事项达成一致，订立本合同。

第一条 服务范围
（一）乙方负责甲方所属12个地表水水质自动监测站（站点清单见附件一）的运行维护，包括站房、采水及配水单元、五参数、高锰酸盐指数、氨氮、总磷、总氮分析仪、数据采集传输仪及站点视频监控。
（二）服务内容包括：日常巡检、仪器校准与核查、试剂配制及更换、易损件更换、故障维修、质控样考核、实际水样比对监测、数据审核与异常报告、站房安全及环境卫生管理。
（三）乙方应每周对每个站点至少现场巡检一次，每月对各分析仪进行标样核查，每季度开展一次实际水样比对监测，并在汛期、重污染天气等特殊时段按甲方要求加密巡检。

第二条 服务期限
服务期为一个自然年度，即2027年度，自2027年1月1日起计算。服务期满后如需继续采购，由甲方依法重新组织采购，本合同不自动续期。

第三条 合同价款
（一）合同总价为人民币柒拾叁万捌仟元整（¥738,000），其中：站点运维费每站每年58,500元，12个站点共702,000元；比对监测及质控考核费36,000元。
（二）合同价款包括人工、交通、试剂、标准物质、易损件、单价2,000元以下的配件、备品仓储及税费。单价2,000元以上的主要部件更换费用，经甲方审批后按实结算，不计入合同总价。

第四条 支付方式
（一）站点运维费按季度支付。每季度结束后，甲方组织季度考核，考核合格后15个工作日内支付该季度运维费175,500元，考核扣减的费用在当季运维费中扣除。
（二）比对监测及质控考核费在年度验收合格后一次性支付。
（三）乙方应在每次付款前开具合法有效的发票。甲方不预付任何款项。

第五条 服务标准
（一）乙方应按国家地表水自动监测技术规范及甲方运维管理办法开展工作，仪器校准、核查结果和质控样考核结果应符合规范规定的允许误差。
（二）故障响应：
1. 一级故障（站点停止采水或数据中断）：乙方应在2小时内响应，12小时内到达现场，24小时内恢复数据传输；
2. 二级故障（单台分析仪故障或数据异常）：2小时内响应，24小时内到达现场，48小时内修复；
3. 其他问题：在下一次巡检时处理，最迟不超过7日。
（三）乙方未在上述时限内响应、到场或恢复的，每超时一小时扣减运维费300元；因乙方原因造成站点数据连续缺失超过72小时的，每站每次另扣减2,000元。
（四）乙方应建立备机备件库，关键分析仪备机不少于3台，保证故障仪器可及时替换。

第六条 运维人员
（一）乙方应配备不少于6名专职运维人员，其中持有环境监测上岗证的不少于4名，人员名单报甲方备案，更换人员应提前告知甲方。
（二）乙方运维人员进入站房应登记，遵守甲方站房管理制度及安全操作规程；废液、废试剂应分类收集，交由有资质的单位处置，不得随意倾倒。
（三）乙方应设立24小时值班电话，值班人员接到甲方通知或平台报警后应立即处理并回复处理结果。
（四）发生突发水污染事件时，乙方应按甲方指令在2小时内安排人员到达指定站点，加密监测频次、协助采集应急样品，并保障站点连续运行直至应急响应结束，相关费用已包含在合同价款中。
（五）乙方运维人员应接受甲方组织的业务培训和技能考核，考核不合格的人员不得单独上岗；甲方认为运维人员不能胜任的，有权要求乙方更换。

第七条 运维记录及成果
（一）乙方应按规定填写巡检、校准、维修、试剂更换等运维记录，每月5日前向甲方提交上月运维报告，每季度提交质控报告，年底提交年度运维总结。
（二）运维记录、报告、比对监测数据及站点资料的所有权均归甲方，乙方不得用于本合同以外的用途。

第八条 数据安全
（一）监测站产生的监测数据、视频及运行日志均归甲方所有。乙方不得篡改、伪造、删除监测数据，不得干扰采样或设置仪器参数弄虚作假，不得向任何第三方提供监测数据。
（二）乙方对数据采集传输仪和站点网络的访问须使用甲方分配的账号，远程操作须经甲方同意并全程记录；乙方应做好病毒防护，不得擅自接入外部设备。
（三）乙方应定期检查数据采集传输仪的时钟、参数设置及传输状态，发现异常数据应在当日标记并说明原因，不得自行删除或修改原始数据。
（四）发生数据篡改、丢失或网络安全事件的，乙方应在2小时内报告甲方，保护现场并配合调查；因乙方原因造成的，乙方承担相应法律责任，并赔偿甲方由此遭受的损失。

第九条 考核与验收
（一）季度考核：甲方按运维管理办法对巡检频次、校准及质控结果、故障处理时限、记录完整性进行评分，得分80分以上为合格；不合格的，当季运维费扣减5%，并限期整改。
（二）年度验收：服务期满后30日内，甲方对全年运维质量组织验收，验收标准为四个季度考核均合格、全年比对监测结果符合技术规范、运维档案完整，并由甲方出具验收意见。

第十条 甲方义务
（一）甲方负责协调站点用地、供电、通信线路及与水利、水文等部门的关系，为乙方开展运维工作提供必要条件。
（二）甲方应向乙方提供站点建设资料、仪器说明书、历史运维档案及运维管理办法，并在乙方提出需要审批的事项后3个工作日内予以答复。
（三）甲方有权随时抽查乙方的运维工作和运维记录，对发现的问题书面通知乙方限期整改。

第十一条 分包
乙方可将试剂及标准物质配送、仪器返厂维修、站房空调及供电设施维修等辅助工作委托具备相应能力的第三方完成，但应提前五个工作日书面告知甲方。乙方对第三方的工作承担责任。

第十二条 违约责任
（一）乙方未按运维计划完成巡检、校准或比对监测的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方弄虚作假、篡改监测数据的，甲方有权解除合同，乙方应退还已收取的当季费用，并依法承担相应责任。
（三）甲方无正当理由逾期付款的，按国家有关规定承担责任。

第十三条 合同解除
（一）乙方严重违反本合同约定，或连续两个季度考核不合格，经甲方书面通知后10日内未改正的，甲方有权解除合同。
（二）合同解除后，乙方应在7日内向甲方移交全部运维记录、站点钥匙、备品备件清单及账号，配合新的服务商完成交接。

第十四条 安全生产
乙方应对其运维人员的人身安全负责，为其购买意外伤害保险，配备必要的劳动防护用品；乙方在运维过程中造成人员伤亡或财产损失的，由乙方承担全部责任。

第十五条 适用法律及争议解决
本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院起诉。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：青溪市生态环境局
乙方（盖章）：江南清源环境监测技术有限公司
"""
Z05 = """# 软件许可及定制开发合同

**匠迹软件标准合同文本 V3.0**

合同编号：JJ-2026-HT-0588

- 甲方（用户）：北京景蓝坊工艺品有限公司（景蓝坊掐丝珐琅工作室）
- 乙方（开发方）：苏州匠迹软件科技有限公司

甲方拟采用乙方“匠迹工序追踪系统”管理掐丝珐琅制品的生产过程，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工序追踪系统”标准版软件的永久使用许可（15个用户），部署于甲方自备服务器。

1.2 乙方按甲方需求进行定制开发（以双方签字的需求确认书为准），内容包括：制胎、掐丝、点蓝、烧蓝、磨光、镀金六道工序的流转跟踪；釉料配比及烧制温度曲线记录；每件作品的工艺档案及二维码溯源页面；工匠计件统计报表。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。培训为一次现场集中培训，时长不超过两天，参加人员由甲方安排，培训后乙方提供电子版操作手册。

1.4 软件运行所需的服务器、操作系统、数据库、网络设备、扫码枪及平板电脑由甲方自行采购，配置要求见附件《运行环境说明》。因甲方运行环境不符合要求导致的问题，不属于乙方责任。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序追踪系统标准版许可（15用户） | 96,000 |
| 2 | 定制开发（工序流转、釉料配比、烧制记录、溯源页面、计件报表） | 138,000 |
| 3 | 安装部署及培训 | 24,000 |
| | 合计 | 258,000 |

合同总金额为人民币贰拾伍万捌仟元整（¥258,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即人民币167,700元。乙方收到该款项后启动开发工作。

3.2 软件部署完成后5个工作日内，甲方支付剩余35%，即人民币90,300元。

3.3 甲方逾期付款的，乙方有权暂停开发或服务，工期相应顺延，并按逾期金额每日千分之一收取滞纳金。

3.4 乙方在每期款项支付前向甲方开具增值税普通发票。甲方需要专用发票的，应在合同签订时书面告知。

## 第四条 开发周期

4.1 乙方在收到首期款后90日内完成定制开发及部署。因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，工期相应顺延。

4.2 乙方逾期完成部署的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。

4.3 需求变更须以书面形式提出，由乙方评估工作量后另行报价，双方签订补充协议后实施。需求变更导致的工期延长不计入逾期。

4.4 乙方完成开发后，通过远程方式或现场方式进行部署，部署方式由乙方根据实际情况确定。

## 第五条 双方责任

5.1 甲方应指定专人负责本项目，及时提供工序流程、釉料配方编号规则、作品分类及工匠名册等基础资料，并对乙方提交的需求确认书在3个工作日内签字确认。

5.2 甲方应为乙方现场人员提供必要的工作场所、网络及服务器远程访问条件。

5.3 乙方应按需求确认书完成开发，按时部署，并对甲方操作人员提供必要的使用指导。

5.4 甲方应妥善保管软件安装介质及授权文件，不得超出许可用户数使用；超出部分，乙方有权按当时报价收取许可费。

## 第六条 验收

6.1 软件部署完成后，乙方向甲方演示主要功能，演示完成即视为甲方验收合格。

6.2 甲方在部署完成后7日内未提出书面异议的，或甲方开始使用软件录入生产数据的，亦视为验收合格。

## 第七条 免费维护及售后服务

7.1 免费维护期为六个月，自软件部署完成之日起计算。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

7.2 免费维护期内，甲方报告的故障按以下方式处理：一级故障（系统无法登录或工序数据无法保存）乙方在工作日8小时内响应；其他问题在3个工作日内响应。乙方根据故障情况安排远程或现场处理。

7.3 乙方将尽力在合理时间内修复故障，但因故障造成的停工、数据延误等损失，乙方不承担扣款、赔偿或违约金。

7.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准收取。未签订年度维护合同的，乙方按次收取现场服务费及差旅费。

7.5 免费维护不包括：因甲方误操作、擅自修改配置、病毒、断电或硬件故障引起的问题；甲方新增的功能需求；甲方服务器、操作系统或数据库的维护。

## 第八条 知识产权

8.1 “匠迹工序追踪系统”及乙方为本合同进行的定制开发成果（包括程序、页面、报表模板、数据库结构及相关文档）的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，不得向第三方提供或许可第三方使用。甲方如需对定制功能进行调整，应委托乙方进行，费用另行协商。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在软件中录入和生成的作品、工艺、工匠及客户数据归甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。

9.2 乙方在部署、维护过程中访问甲方服务器的，应经甲方同意，使用甲方分配的账号，采取必要的安全防护措施，不得复制、带走甲方数据；维护结束后应及时注销临时账号。甲方应自行做好数据备份，建议每日备份一次并异地存放。

9.3 因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方应立即通知甲方，采取补救措施，并赔偿甲方由此遭受的直接损失。

## 第十条 保密

双方对在合作中知悉的对方技术信息、经营信息及作品设计资料负有保密义务，未经对方书面同意不得向第三方披露。乙方可在其官网、宣传资料中将甲方列为客户案例，但不得披露甲方的作品设计、釉料配方及客户信息。本条在合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总金额的20%为限。

11.2 在任何情况下，乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。合同解除后，甲方已支付的款项按乙方已完成的工作量结算，乙方已收取的首期款不予退还。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方，并在不可抗力消除后继续履行。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同具有同等效力。

15.3 本合同附件包括：附件一 功能清单；附件二 运行环境说明；附件三 需求确认书（开发完成前签署）。

甲方（盖章）：北京景蓝坊工艺品有限公司

乙方（盖章）：苏州匠迹软件科技有限公司

签订日期：____年__月__日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CDS-NB-2026-118
P:This Agreement is made between Craven Dale Systems Ltd, a company registered in England with its office at Keighley Road, Skipton, North Yorkshire, United Kingdom (the "Vendor"), and Ningbo Hengrui Precision Mould Co., Ltd., a company established in the People's Republic of China with its registered address in Beilun District, Ningbo, Zhejiang Province (the "Customer").
P:The Customer manufactures injection moulds for household appliance and automotive customers. It wishes to acquire a perpetual licence to the Vendor's MouldTrack production planning and toolroom management software, together with configuration, interface and migration services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the MouldTrack application in the version current at signature, including its documentation and any corrections or updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, reports, interface programs, migration scripts and other materials created by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including mould designs, job records, machine data and supplier and client information.
P:1.4 "Final Acceptance" means the Customer's written certificate issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 60 named users at the Customer's sites in Ningbo and at any affiliate controlled by the Customer in mainland China.
P:2.2 The Vendor shall configure the Software for the Customer's toolroom processes; build interfaces to the Customer's ERP system, its CAD data management system and the data collection units on 42 CNC and EDM machines; migrate open jobs, mould histories and maintenance records from the Customer's legacy spreadsheets; and train key users and administrators.
P:2.3 The detailed scope, interface list and project plan are set out in Annex 1. Changes shall be agreed in a written change order signed by both parties stating the effect on price and timetable.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,730,000, fixed for the scope in Annex 1, made up of: Software licence fee CNY 1,180,000; configuration and interface services CNY 420,000; data migration CNY 96,000; training CNY 34,000.
P:3.2 The Contract Price includes all travel and subsistence of the Vendor's personnel, all taxes and duties payable outside the People's Republic of China and the support services during the warranty period. Chinese value added tax is included and the Vendor shall arrange for valid VAT invoices through its appointed local agent.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price within 30 days after signature, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price within 30 days after go-live of the Software in production. Go-live is a project milestone and does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and interfaces for go-live within 140 days after signature, following the plan in Annex 1.
P:5.2 Acceptance tests shall verify that: every function listed in Annex 1 operates as described; the ERP and CAD interfaces transfer all test records without error for ten consecutive working days; machine data from all 42 units is captured with a delay of no more than 60 seconds; migrated records reconcile in full with the source files; and the Software runs in production for 45 days after go-live without a Severity 1 incident.
P:5.3 When all tests are passed, the Customer shall issue a Final Acceptance certificate within ten working days. Use of the Software in production, go-live or any payment does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect at its own cost and repeat the test.
P:5.4 If the Vendor fails to reach go-live or Final Acceptance by the dates in Annex 1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price in total. The Customer may deduct such damages from any payment due.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new releases and provide support free of charge.
P:6.2 Incidents are classified and handled as follows: Severity 1 (the Software is unavailable or planning and job release cannot be performed): response within one hour and a workaround or fix within eight hours; Severity 2 (a major function is impaired): response within two hours and a fix within two working days; Severity 3 (other issues): response within one working day and a fix in the next regular release.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall grant the Customer a credit of CNY 1,000, which the Customer may deduct from any sum due to the Vendor.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee shall be 11% of the Software licence fee (CNY 129,800 per year) and shall not be increased during the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software as it existed before this Agreement.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in Ningbo. Remote access by the Vendor requires the Customer's approval for each session, uses the Customer's VPN with multi-factor authentication and is logged. The Vendor shall not transfer Customer Data outside the Customer's network and shall comply with the data protection laws of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or damage to Customer Data, shall cooperate in remedying it and shall be responsible for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including designs, prices and know-how, and shall use it only for this Agreement.
P:9.2 This obligation does not apply to information that is public, already known to the recipient or required to be disclosed by law, and it survives termination for three years.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price.
P:10.2 The limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach that is not remedied within 30 days after notice, or if the liquidated damages under Article 5.4 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the sums paid for services not accepted and deliver all Custom Deliverables completed so far.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement and any dispute arising out of it shall be governed by the laws of England.
P:13.2 The courts of England shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.2 This Agreement, with Annex 1 (scope, interfaces and project plan) and Annex 2 (acceptance test plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.3 Notices under this Agreement shall be given in writing by courier or e-mail to the addresses stated in Annex 1. A notice sent by e-mail is received on the next working day at the place of receipt, unless an automatic message shows that it was not delivered.
P:14.4 Neither party may assign this Agreement without the other party's prior written consent.
P:14.5 This Agreement is signed in two originals in English, one for each party.
P:For the Vendor: ____________________    For the Customer: ____________________
"""
E02 = """# ORDER FORM AND GENERAL TERMS: FELLTASK FIELD SERVICE CLOUD

Order Form No. WFS-OF-2026-0342

**Vendor:** Wensleydale Field Software Ltd, Market Place, Hawes, North Yorkshire, United Kingdom ("Vendor")

**Customer:** Hangzhou Lvyuan Property Services Co., Ltd., Xihu District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A: ORDER FORM

### A1. Service

FellTask Field Service Cloud, Professional edition: work-order dispatch, technician mobile app, preventive maintenance plans, asset register, parts inventory, resident service requests and management dashboards, for the residential and commercial properties managed by Customer in Hangzhou, Shaoxing and Jiaxing.

### A2. Subscription Term and quantities

The Subscription Term is 24 months from the Subscription Start Date, which is the date on which Customer signs the Go-Live Acceptance certificate under A4. The subscription covers 180 named users (dispatchers, supervisors and technicians). Customer may add users at the unit price below, pro rata for the remaining Subscription Term.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, Year 1 | 180 users | 1,150 per user per year | 207,000 |
| Subscription, Year 2 | 180 users | 1,150 per user per year | 207,000 |
| Onboarding (configuration, data load, integration, training) | 1 | 38,000 | 38,000 |
| Total for the Subscription Term | | | 452,000 |

All fees include Chinese value added tax. Vendor issues VAT invoices through its authorised reseller in Hangzhou, which invoices and collects on Vendor's behalf.

### A4. Onboarding and Go-Live Acceptance

Vendor shall configure the service for Customer's sites and work types, load Customer's asset register of about 14,000 items and open work orders, integrate the service with Customer's resident app and its finance system, and train 12 key users and all supervisors. The target Go-Live date is 60 days after signature of this Order Form.

Go-Live Acceptance tests shall show that: all functions in A1 work for Customer's configured sites; loaded assets and open orders reconcile in full with Customer's source lists; work orders created in the resident app reach the dispatcher within 30 seconds; invoices and part issues post correctly to the finance system; and 50 technicians can use the mobile app at the same time without errors. When the tests are passed, Customer signs a Go-Live Acceptance certificate. Use of the service before that date is for testing only and does not count as acceptance.

### A5. Invoicing and payment

The onboarding fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in advance, CNY 51,750 per quarter, starting on the Subscription Start Date. Customer pays each invoice within 30 days of receipt.

### A6. Hosting and contacts

The service is hosted for Vendor by Hangzhou Yunfan Data Technology Co., Ltd. in its data centre in Hangzhou, which Customer approves by signing this Order Form. Contacts for notices: Vendor, contracts@wensleydalefs.example; Customer, it-procurement@lvyuan-ps.example.

## PART B: GENERAL TERMS

### 1. Use of the service

1.1 Vendor grants Customer a non-exclusive right for the Subscription Term to use the service for its internal business through the named users.

1.2 Customer is responsible for the accuracy of the data it enters and for keeping its user credentials secure.

1.3 Vendor may improve the service from time to time, provided that no change materially reduces the functions described in A1.

### 2. Onboarding timetable

2.1 Vendor shall use reasonable efforts to reach Go-Live by the target date in A4, which is an estimate. If Go-Live is delayed, the parties shall agree a revised plan in good faith.

2.2 Vendor shall not be liable to pay any damages, penalty or compensation for delay in onboarding or Go-Live. The Subscription Term starts only on Go-Live Acceptance, so Customer pays no subscription fee for the period of any delay.

### 3. Service levels

3.1 Vendor shall make the service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

3.2 Vendor shall respond to incidents as follows: Priority 1 (the service or the mobile app is unavailable for all users, or dispatch is not possible): 30 minutes, with work continuing until restored; Priority 2 (a major function is impaired for many users): two hours; Priority 3 (other issues): one business day. Support is provided in Chinese by telephone and through the support portal.

3.3 If availability in a month falls below the figure in 3.1, Customer receives a service credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that month's fee. If a Priority 1 response is late, Customer receives a credit of CNY 500 for each started half hour of delay. Credits are deducted from the next invoice or, at the end of the term, paid to Customer.

3.4 Vendor shall provide a monthly service report showing availability, incidents and response times.

3.5 Each quarter the parties' service managers shall meet, in person or online, to review the service reports, open incidents and planned changes, and agree any corrective actions with dates and owners.

### 4. Customer Data

4.1 All data entered into the service by or for Customer, and all records, reports and files generated from it, including resident and technician personal information ("Customer Data"), belong to Customer.

4.2 Vendor shall process Customer Data only to provide the service to Customer and shall not use it for any other purpose, including analytics, benchmarking or product development.

4.3 Customer Data is stored only in mainland China. Vendor shall keep the service certified to ISO/IEC 27001 and shall maintain its MLPS level 3 filing; encrypt Customer Data in transit and at rest; restrict access to authorised personnel with multi-factor authentication; log all administrative access; and back up Customer Data daily.

4.4 Vendor shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate remedial steps, assist Customer with notifications required by law and bear responsibility for losses caused by its failure to comply with this section.

4.5 Within 30 days after the end of the Agreement, Vendor shall return Customer Data in a standard format and then delete it, confirming the deletion in writing.

### 5. Intellectual property

5.1 Vendor owns the service and its underlying software.

5.2 The configurations, workflows, report templates and integration scripts made for Customer during onboarding ("Customer Configurations") belong to Customer. Vendor shall hand them over in a usable form on request, and Customer may use, modify and have them used by third parties without restriction.

### 6. Confidentiality

Each party shall keep confidential the non-public information of the other party that it receives under the Agreement, use it only for the Agreement and disclose it only to its employees and advisers who need it and are bound by equivalent duties. This section continues for three years after the Agreement ends.

### 7. Subcontractors

Except for the hosting provider approved in A6, Vendor shall not use any subcontractor or subprocessor to provide the service or to process Customer Data without Customer's prior written consent.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Vendor's total liability arising out of or in connection with the Agreement in any event shall not exceed the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

### 9. Term and termination

9.1 The Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it. Customer may also terminate if availability falls below the figure in 3.1 in any three months within a period of six consecutive months.

9.3 On termination for Vendor's breach, Vendor refunds any prepaid fees for the period after termination.

### 10. Governing law and disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou under its rules in force at the time. The award is final and binding.

### 11. Customer responsibilities

Customer shall provide a project lead, its asset and work-order source lists and access to its resident app and finance system test environments in time for onboarding, and shall make its key users available for training and acceptance testing.

### 12. General

Neither party is liable for failure caused by events beyond its reasonable control. Notices are given in writing to the contacts in A6. Amendments must be in writing and signed by both parties.

Signed for Vendor: ____________________  Signed for Customer: ____________________
"""
E03 = """T:Supply Contract for Cold Store Temperature Sensors and Monitoring Software
P:Contract No. THCC-PUR-2026-0907
P:Buyer: Jiangsu Tianhe Cold Chain Logistics Co., Ltd., No. 88 Qianjin Road, Kunshan, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Derwent Sensing Ltd, Lorton Road, Cockermouth, Cumbria, United Kingdom (the "Supplier").
P:The Buyer operates six cold stores and a frozen-food cross-dock in Kunshan and Taicang. This contract, on the Buyer's standard purchase terms, covers the supply, installation and calibration of wireless temperature and humidity sensors and gateways, a perpetual licence to the Supplier's ColdWatch monitoring software, and its integration with the Buyer's warehouse management system (WMS).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the ColdWatch monitoring software licensed under clause 2.3, with its documentation and updates.
P:1.3 "Deliverables" means the Equipment, the Software, the integration programs, configurations, calibration records and all documents supplied under this contract.
P:1.4 "Buyer Data" means all temperature, humidity, alarm, location and user records generated by the Equipment or the Software, and any data supplied by the Buyer.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 420 wireless temperature and humidity sensors suitable for operation down to minus 40 degrees Celsius and 24 LoRa gateways, all new and in the models stated in the Supplier's tender.
P:2.2 The Supplier shall install the Equipment at the locations set out in Annex A, calibrate every sensor against a reference thermometer traceable to national standards, and provide a calibration certificate for each sensor.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for all sites of the Buyer and its subsidiaries in mainland China, with no limit on users, installed on the Buyer's servers.
P:2.4 The Supplier shall integrate the Software with the Buyer's WMS so that storage locations, pallet identifiers and alarm events are exchanged automatically, and shall train the Buyer's quality, warehouse and IT staff.
H:3. Price
P:3.1 The total Contract Price is CNY 1,363,000, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|420|1,380|579,600
TB:2|LoRa gateway with mounting kit|24|9,800|235,200
TB:3|ColdWatch software, perpetual licence|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,100,800
TB:4|Installation and calibration|1 lot|148,000|148,000
TB:5|WMS integration|1 lot|96,000|96,000
TB:6|Training|1 lot|18,200|18,200
TB:|Total Contract Price|||1,363,000
P:3.2 The Contract Price is fixed and includes delivery to the Buyer's sites, import duties, insurance, installation, calibration, integration, training, warranty services and Chinese value added tax.
H:4. Payment
P:4.1 20% of the Contract Price is payable within 20 working days after signature, against an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 45% of the Contract Price is payable after all Equipment has been delivered and installed and the Buyer has signed the installation record. Signature of the installation record is not acceptance.
P:4.3 35% of the Contract Price is payable after Final Acceptance under clause 6.
P:4.4 Each payment is made within 30 days after receipt of a correct VAT invoice.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment within 70 days after signature and complete installation, calibration and integration within 110 days after signature.
P:5.2 Work in the cold stores shall follow the Buyer's safety rules for low-temperature areas and shall be scheduled so that the Buyer's operations are not interrupted.
P:5.3 The Supplier shall pack the Equipment for sea and road transport, mark each case with the contract number and the destination site, and deliver with each consignment a packing list, certificates of origin and quality, and the manuals in Chinese and English.
P:5.4 Training shall cover sensor handling and replacement, gateway installation, alarm configuration, report use and basic troubleshooting, in two sessions at each site, for up to 40 participants in total. The Supplier shall provide training materials in Chinese.
P:5.5 If the Supplier fails to meet a date in clause 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:6. Acceptance
P:6.1 Final Acceptance tests shall show that: each sensor reads within plus or minus 0.3 degrees Celsius of the reference at two calibration points; data from all sensors reaches the Software at the configured interval with a loss rate below 0.1% over 14 consecutive days; alarms for temperature excursions reach the duty phone and the WMS within 60 seconds; and the integration exchanges location and pallet data without error for ten working days.
P:6.2 When all tests are passed, the Buyer signs a Final Acceptance certificate. Delivery, installation, operational use of the Equipment or payment does not constitute acceptance. If a test fails, the Supplier shall correct the defect at its cost and repeat the test.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct defects in the Software and supply updates free of charge, including parts, labour, shipping and travel.
P:7.2 Sensor batteries shall last at least three years under the agreed reporting interval. Batteries that fail earlier are replaced free of charge.
P:7.3 Faults are handled as follows:
TB:Severity|Description|Response|Restore
TB:1|Software or gateways down for a whole site, or alarms not delivered|30 minutes|8 hours
TB:2|Several sensors or one gateway not reporting|2 hours|2 working days
TB:3|Other issues|1 working day|next update
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or restore time, it shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.5 The Supplier shall keep a stock of at least 20 spare sensors and two spare gateways in Kunshan during the warranty period, so that failed units can be replaced on site without waiting for shipment from abroad, and shall guarantee the supply of spare parts for at least seven years after Final Acceptance.
P:7.6 After the warranty period, the Buyer may buy annual support at 9% of the Hardware and Licence Subtotal (CNY 99,072 per year). This fee is fixed for the first two years after the warranty period. Support is ordered separately each year and does not renew automatically.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this contract and shall not keep, copy or disclose it.
P:8.2 The Software runs on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and bastion host and is recorded. The Supplier shall apply the security measures described in Annex B, comply with the laws of the People's Republic of China on data security and personal information, and shall not transfer Buyer Data outside mainland China.
P:8.3 The Supplier shall inform the Buyer within 12 hours of any security incident affecting the Deliverables or Buyer Data, take remedial action at its cost and compensate the Buyer for losses caused by its breach.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information received under this contract, including the Buyer's customer lists, storage plans and temperature records, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the contract ends.
H:10. Intellectual Property
P:10.1 The integration programs, configurations, dashboards and reports made for the Buyer, with their source code, belong to the Buyer, which may use, modify and license them freely.
P:10.2 The Supplier keeps the intellectual property in the Software and the Equipment firmware and warrants that the Deliverables do not infringe third-party rights.
H:11. Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under clause 5.5 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for Deliverables not accepted and remove any Equipment the Buyer rejects.
H:14. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure, provided it informs the other party without delay and provides evidence. If force majeure continues for more than 60 days, the parties shall discuss in good faith whether to continue the contract.
P:15.2 Annex A (site and location list) and Annex B (security measures) form part of this contract.
P:15.3 Amendments must be in writing and signed by both parties. This contract is signed in two originals, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. RAY-QD-2026-MS-07

This Agreement is made between **Rydal Managed IT Ltd**, Lake Road, Ambleside, Cumbria, United Kingdom ("Provider"), acting in China through its registered branch office in Qingdao, and **Qingdao Haixin Auto Parts Co., Ltd.**, Chengyang District, Qingdao, Shandong Province, People's Republic of China ("Customer").

Customer manufactures brake and steering components at two plants in Qingdao. Customer wishes Provider to operate and support its IT infrastructure and end-user services for 36 months, as described below and in Schedules 1 to 3.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.5 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider handles while performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. It does not renew automatically. Any extension requires a written amendment signed by both parties, including the charges for the extension period.

## Section 3. Services

3.1 Provider shall perform the Services in Schedule 1 with skilled and qualified staff, in accordance with good industry practice and Customer's IT policies as notified to Provider.

3.2 Provider shall assign a named service delivery manager and keep at least three engineers on site at Customer's plants during working hours on working days, with on-call cover outside those hours.

3.3 Provider shall maintain the configuration management database, documentation and runbooks for the infrastructure and keep them up to date.

3.4 The parties shall hold a monthly service review to discuss Service Level performance, incidents, problems, planned changes and improvement proposals, and a quarterly management review attended by Customer's IT manager and Provider's account director. Provider shall prepare the minutes and track agreed actions to completion.

3.5 Customer shall give Provider's engineers access to its sites, a workspace and the information reasonably needed for the Services, and shall inform Provider in advance of planned changes to its systems or production schedule that may affect the Services.

3.6 Changes to the scope of the Services shall be agreed through a written change request signed by both parties, stating the effect on the Charges and the Service Levels.

## Section 4. Transition

4.1 Provider shall complete the transition of the Services from Customer's internal team within 75 days after signature, following the transition plan agreed at signature.

4.2 Transition Acceptance tests shall show that: all assets in scope are recorded in the configuration management database and verified on site; runbooks exist for every service in Schedule 1 and have been walked through with Customer; monitoring covers all servers, network devices and critical applications; and the service desk has handled live calls for ten working days within the Service Levels. Customer signs a Transition Acceptance certificate when the tests are passed. Provider's start of work on any service does not count as acceptance.

4.3 If Transition Acceptance is delayed beyond the date in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000 in total.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and report its performance to Customer monthly.

5.2 If Provider misses a Service Level in a month, Customer receives the service credits stated in Schedule 2. Service credits are deducted from the next invoice and do not limit Customer's other rights.

5.3 If the same Service Level is missed in three consecutive months, Provider shall submit an improvement plan within ten working days and carry it out at its own cost.

## Section 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term and include all staff, travel, tools and Chinese value added tax.

6.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Customer pays each correct VAT invoice within 30 days of receipt.

6.3 No advance payment is due under this Agreement.

## Section 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Agreement.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the non-public information of the other party received in connection with this Agreement, including Customer's drawings, production plans, prices and customer information, and shall not disclose it to any third party without prior written consent.

8.2 Provider shall ensure that its personnel are bound by written confidentiality undertakings. This Section continues to apply for three years after the Agreement ends.

## Section 9. Intellectual Property

Runbooks, scripts, configuration records, reports and documentation produced for Customer under this Agreement belong to Customer, which may use, modify and pass them to a successor provider or any third party freely. Provider keeps its pre-existing tools and methods and grants Customer a free, perpetual licence to use any of them embedded in the deliverables.

## Section 10. Personnel and Subcontracting

10.1 Provider shall replace any member of its staff whom Customer reasonably considers unsuitable.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors.

## Section 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the total Charges for the Service Term.

11.2 Neither party is liable for indirect loss or loss of profit, except in cases of wilful misconduct.

## Section 12. Termination and Exit

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Provider misses the same Service Level in four months within any period of six months.

12.2 On expiry or termination, Provider shall provide exit assistance for up to 90 days, including handover of all documentation, passwords and runbooks to Customer or a new provider, at the monthly charge pro rata.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

## Section 14. General

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

14.2 Notices shall be in writing and sent to the addresses stated on the signature page. Amendments are valid only if in writing and signed by both parties.

14.3 This Agreement, including its Schedules, is the entire agreement of the parties on its subject matter.

## Schedule 1. Services

| Service | Scope | Service hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support for about 850 users in Chinese and English | 07:00 to 22:00, seven days |
| End-user support | Desktops, laptops, printers, shop-floor terminals, moves and changes | Working days on site, on call otherwise |
| Server and storage operations | 62 virtual and physical servers, backup, patching, capacity management | 24 x 7 monitoring |
| Network operations | Core and access switches, Wi-Fi, firewalls, site links between the two plants | 24 x 7 monitoring |
| Application support | ERP and MES infrastructure, database administration, user administration | Working days, on call for P1 |

## Schedule 2. Service Levels

| Priority | Definition | Response time | Restore time | Service credit if missed |
|---|---|---|---|---|
| P1 | Production line, ERP or MES stopped, or a plant network down | 6 hours | 12 hours | 3% of the monthly service charge per incident |
| P2 | Service degraded for many users | 8 hours | 2 working days | 1% of the monthly service charge per incident |
| P3 | Single user or minor issue | 1 working day | 5 working days | None |
| Service desk | Calls answered within 60 seconds | Monthly average | Not applicable | 1% of the monthly service charge |

Total service credits in any month are capped at 20% of that month's service charge.

## Schedule 3. Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 64,000 |
| Monthly service charge | CNY 46,500 x 36 months | 1,674,000 |
| Total Charges for the Service Term | | 1,738,000 |

Additional work outside Schedule 1 is charged at CNY 1,100 per engineer day, only when ordered in writing by Customer in advance.

Signed for Provider: ____________________  Signed for Customer: ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL POSITION AND PORT CALL DATA API

Agreement No. FMD-XM-2026-021

PARTIES

1.1 Furness Marine Data Ltd, a company registered in England, with its office at Market Street, Ulverston, Cumbria, United Kingdom ("Vendor").

1.2 Xiamen Haiyun Shipping Agency Co., Ltd., a company registered in the People's Republic of China, with its registered address in Huli District, Xiamen, Fujian Province ("Customer").

1.3 Customer acts as ship agent for liner and tramp operators calling at Xiamen, Fuzhou and Quanzhou. It wishes to subscribe to Vendor's vessel position and port call data, delivered through an application programming interface (API), and to have Vendor connect that data to its agency management system.

DEFINITIONS

2.1 "Data" means the vessel positions, voyage events, estimated and actual arrival and departure times, port call histories and vessel particulars made available by Vendor through the API.

2.2 "Subscription Year" means a period of 365 consecutive days. The first Subscription Year starts on the date of Connection Acceptance under clause 5.3, and the second starts on the day after the first ends.

2.3 "Subscription Term" means the first and second Subscription Years, together with any renewal year under clause 4.2.

2.4 "Customer Data" means the vessel watchlists, voyage references, user details and any other information that Customer or its users submit to the API or the portal, and the query logs associated with Customer's accounts.

SUBSCRIPTION

3.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use the Data for its ship agency business, including sharing extracts of the Data with its principals about their own vessels.

3.2 The subscription covers up to 2,000 vessels on watchlists at any one time, global position updates at intervals of not more than 15 minutes for vessels in coastal areas, and full port call histories for the ports of mainland China and the main transhipment ports of East and Southeast Asia.

3.3 Customer may not resell the Data as a separate product or make it available to the public.

3.4 Vendor may improve or change the Data sources and the API, provided that Customer receives at least 60 days' notice of any change that requires changes to Customer's systems, and that the scope in clause 3.2 is not reduced.

TERM AND RENEWAL

4.1 This Agreement starts on signature and continues for the first and second Subscription Years.

4.2 At the end of the second Subscription Year, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

4.3 The subscription fee for each renewal year is Vendor's list price for the subscription in effect at the start of that renewal year. Vendor may revise its list price at its discretion and will inform Customer of the new fee with its renewal invoice.

CONNECTION AND ACCEPTANCE

5.1 Vendor shall provide API credentials, documentation and a test environment within ten days after signature, and shall develop adapters that load vessel positions and port call events into Customer's agency management system and show them on its vessel dashboard.

5.2 Vendor shall complete the connection within 45 days after signature.

5.3 Connection Acceptance tests shall show that: all vessels on a test watchlist of 500 vessels are tracked; position updates and port call events appear in the agency management system within five minutes of their availability through the API; arrival and departure events for a sample of 100 past port calls match the port authority records; and the adapters run for seven consecutive days without failure. Customer signs a Connection Acceptance certificate when the tests are passed. Use of the API for testing does not count as acceptance.

5.4 If Connection Acceptance is delayed beyond the date in clause 5.2 for reasons attributable to Vendor, Vendor shall pay Customer CNY 450 for each day of delay, up to CNY 22,000 in total.

FEES AND PAYMENT

6.1 The fees for the Subscription Term, excluding renewal years, are:
(a) subscription fee for the first Subscription Year: CNY 268,000;
(b) subscription fee for the second Subscription Year: CNY 268,000;
(c) one-time connection and adapter fee: CNY 22,000;
giving a total of CNY 558,000, including Chinese value added tax.

6.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The connection and adapter fee is invoiced after Connection Acceptance.

6.3 Customer pays each correct VAT invoice within 30 days of receipt. Vendor issues invoices through its authorised agent in Xiamen.

6.4 Additional vessels above the limit in clause 3.2 are charged at CNY 95 per vessel per month, billed quarterly in arrears.

SERVICE AND SUPPORT

7.1 Vendor will use commercially reasonable efforts to keep the API available and to deliver the Data without undue delay, and will announce planned maintenance on its status page.

7.2 Vendor will publish a data quality note each quarter describing known gaps in coverage and changes in sources. Support is available by e-mail and through the support portal during United Kingdom business hours. Vendor will handle support requests in the order received and will use reasonable efforts to resolve them.

7.3 Vendor does not guarantee that the API will be uninterrupted or error-free, or that the Data, which comes partly from third-party and public sources, is complete or accurate at all times. No service levels or service credits apply to the API or to support.

CUSTOMER OBLIGATIONS

8.1 Customer shall keep its API credentials secure, shall not share them with its principals or any other third party, and shall inform Vendor without delay if it believes that a credential has been compromised.

8.2 Customer shall provide a test environment of its agency management system, the interface specifications of that system and a contact person for the connection work, and shall take part in the Connection Acceptance tests.

8.3 Customer shall use the API within the call limits stated in the documentation. If Customer's calls regularly exceed those limits, the parties shall discuss in good faith whether a larger subscription is needed.

8.4 Customer shall display an attribution to Vendor on any Data extracts that it shares with its principals, in the form described in the documentation.

CUSTOMER DATA AND SECURITY

9.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the subscription to Customer and shall not use it for any other purpose, in particular not to build or improve products offered to others.

9.2 Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to personnel who need it, and logging of access. Customer's user details are personal information and shall be handled in accordance with the Personal Information Protection Law of the People's Republic of China.

9.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take prompt remedial action and be responsible for losses caused by its failure to comply with this section.

9.4 Within 30 days after the end of the Subscription Term, Vendor shall delete Customer Data and confirm the deletion in writing, after returning it to Customer on request.

CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's client lists and vessel watchlists and Vendor's pricing, and use it only for this Agreement.

10.2 This clause does not apply to information that is public or must be disclosed by law, and it continues for three years after the Agreement ends.

INTELLECTUAL PROPERTY

11.1 Vendor and its licensors keep all rights in the Data and the API.

11.2 The adapters, mappings and dashboard components developed for Customer under clause 5.1 belong to Customer, which may use, modify and have them modified by third parties without restriction. Vendor shall deliver their source code with Connection Acceptance.

SUBCONTRACTING

12.1 Vendor shall not subcontract the development of the adapters or any processing of Customer Data without Customer's prior written consent.

LIABILITY

13.1 Vendor's total liability under this Agreement is limited to 150% of the fees stated in clause 6.1.

13.2 Neither party is liable for indirect loss or loss of profit. Customer is responsible for its own navigational, commercial and operational decisions based on the Data.

TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

14.2 On termination by Customer for Vendor's breach, Vendor shall refund the unused part of any subscription fee paid for the current Subscription Year.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

GENERAL

16.1 Neither party is liable for delay caused by events beyond its reasonable control. Notices must be in writing. Amendments must be in writing and signed by both parties.

Signed for Vendor: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {
    "z01": ("h1104z01_housing_bureau_public_rental_platform.pdf", "zh", Z01),
    "z02": ("h1104z02_juicer_factory_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h1104z03_nanny_training_chain_booking_saas.txt", "zh", Z03),
    "z04": ("h1104z04_ecology_bureau_water_station_om.txt", "zh", Z04),
    "z05": ("h1104z05_cloisonne_studio_process_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h1104e01_mould_planning_perpetual_licence_skipton_vendor.pdf", "en", E01),
    "e02": ("h1104e02_field_service_saas_order_form_hawes_vendor.md", "en", E02),
    "e03": ("h1104e03_cold_store_sensors_monitoring_cockermouth_vendor.docx", "en", E03),
    "e04": ("h1104e04_auto_parts_managed_it_36_months_ambleside_vendor.md", "en", E04),
    "e05": ("h1104e05_vessel_data_api_subscription_ulverston_vendor.txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# term values in KEYS order; extra: sla_clause, ld_stated, capped (goods only), deemed, value
# meta: category, fee base (goods), forum outside mainland China, design rules
T, F, N = True, False, None
D = {
    "z01": dict(cat="software", terms=[N, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", "goods_or_licence"],
                extra=(T, T, T, F, 1690000), base=860000, outside=F, rules=[],
                items=[860000, 640000, 118000, 72000], pay=[20, 45, 35]),
    "z02": dict(cat="hardware", terms=[N, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 18, 28, F, F, F, "PRC", "goods_or_licence"],
                extra=(T, T, T, F, 1780000), base=1440000, outside=F,
                rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"],
                items=[744000, 312000, 116000, 268000, 196000, 124000, 20000], pay=[20, 45, 35]),
    "z03": dict(cat="cloud", terms=[99.5, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", "service"],
                extra=(T, T, None, F, 632000), base=None, outside=F,
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
                items=[35 * 7800 * 2, 86000], pay=None),
    "z04": dict(cat="services", terms=[N, 2, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, T, T, "PRC", "service"],
                extra=(T, T, None, F, 738000), base=None, outside=F, rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
                items=[12 * 58500, 36000], pay=None),
    "z05": dict(cat="software", terms=[N, 8, F, "supplier", T, T, T, 0.02, 20, 65, F, F, 6, N, F, T, N, N, "goods_or_licence"],
                extra=(T, T, F, T, 258000), base=96000, outside=F,
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                items=[96000, 138000, 24000], pay=[65, 35]),
    "e01": dict(cat="software", terms=[N, 1, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 18, 11, F, T, F, "England and Wales", "goods_or_licence"],
                extra=(T, T, T, F, 1730000), base=1180000, outside=T, rules=["CR-GOVERNING-LAW"],
                items=[1180000, 420000, 96000, 34000], pay=[10, 55, 35]),
    "e02": dict(cat="cloud", terms=[99.95, 0.5, T, "buyer", T, T, T, N, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", "service"],
                extra=(T, F, None, F, 452000), base=None, outside=F, rules=["CR-LD-MISSING", "CR-LIABILITY-CAP"],
                items=[207000, 207000, 38000], pay=None),
    "e03": dict(cat="hardware", terms=[N, 0.5, T, "buyer", T, T, T, 0.1, 200, 20, T, T, 36, 9, F, T, F, "PRC", "goods_or_licence"],
                extra=(T, T, T, F, 1363000), base=1100800, outside=F, rules=[],
                items=[579600, 235200, 286000, 148000, 96000, 18200], pay=[20, 45, 35]),
    "e04": dict(cat="services", terms=[N, 6, T, "buyer", F, T, T, 1200 / 1738000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", "service"],
                extra=(T, T, None, F, 1738000), base=None, outside=F, rules=["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
                items=[46500 * 36, 64000], pay=None),
    "e05": dict(cat="cloud", terms=[N, N, F, "buyer", T, T, T, 450 / 558000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", "service"],
                extra=(F, T, None, F, 558000), base=None, outside=F,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
                items=[268000, 268000, 22000], pay=None),
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy §3 thresholds (defaults)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE, HORIZON = 40, 5


def tco_share(t, ex, base):
    if t["contract_kind"] != "goods_or_licence" or not ex["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None \
            or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (ex["contract_value"] + fees) * 100


def derive(t, ex, base, outside):
    r = set()
    if not ex["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if ex["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ex["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or ex["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not ex["post_warranty_fee_capped"] \
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, ex, base)
        if share is not None and share > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    name, lang, _ = FILES[key]
    d = D[key]
    t = dict(zip(KEYS, d["terms"]))
    sla, lds, capped, deemed, value = d["extra"]
    ex = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    return {"file": name, "language": lang, "category": d["cat"], "expected_terms": t, "expected_extra": ex,
            "expected_rules": sorted(d["rules"])}


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\s*[.．]\s*9(?![0-9])",
    r"(?<![0-9.])(30|40|15|100)\s*(%|％|per\s*cent|percent)",
    r"百分之\s*(三十|四十|十五|一百|百)(?![点零一二三四五六七八九])",
    r"(thirty|forty|fifteen|one\s*hundred)[\s-]*(per\s*cent|percent)",
    r"(?<![0-9])0?\s*[.．]\s*05\s*(%|％|per\s*cent|percent)",
    r"万分之\s*五(?!十)", r"千分之\s*零点五",
    r"(?<![0-9.])4\s*个?\s*(小时|hours?\b|hrs?\b|h\b)", r"(?<![0-9.])4\s*-\s*hours?", r"(?<![十])四\s*个?\s*小时",
    r"four[\s-]*hours?",
    r"(?<![0-9.])12\s*个?\s*(月|months?)", r"(?<![0-9.])12\s*-\s*months?", r"十二\s*个?\s*月", r"twelve[\s-]*months?",
    r"(?<![0-9.])5\s*(年|years?\b)", r"(?<![十])五\s*年", r"five[\s-]*years?",
]
MUST_HIT = ["99.9%", "99.9 %", "30%", "30 %", "百分之三十", "40%", "15 per cent", "100%", "fifteen per cent", "0.05%",
            "万分之五", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "4-hour", "12个月", "十二个月", "12 months",
            "twelve months", "12-month", "5年", "五年", "five years", "5 years"]
MUST_MISS = ["99.95%", "99.5%", "130%", "0.30%", "2.15%", "24小时", "二十四小时", "24 hours", "14 days", "2027年",
             "45%", "35%", "12小时", "12 hours", "150%", "1.5%", "万分之五十", "12个站点", "7×24小时", "0.5%", "115%",
             "十五年", "25 years"]


def hits(text):
    out = []
    for p in PATTERNS:
        for m in re.finditer(p, text, flags=re.I):
            out.append(m.group(0))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
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
    self_test()
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, lang, src) in FILES.items():
        d = D[key]
        lab = label(key)
        t, ex = lab["expected_terms"], lab["expected_extra"]
        assert len(t) == len(KEYS)
        assert sum(d["items"]) == ex["contract_value"], key
        if d["pay"]:
            assert sum(d["pay"]) == 100, key
            assert not set(d["pay"]) & {30, 40, 15, 100}, key
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        share = tco_share(t, ex, d["base"]) if t["contract_kind"] == "goods_or_licence" else None
        if share is not None:
            assert abs(share - TCO_SHARE) > 2, (key, share)
        got = derive(t, ex, d["base"], d["outside"])
        assert got == sorted(d["rules"]), (key, got, d["rules"])
        covered |= set(got)
        risk = "high" if set(got) & HIGH else ("medium" if set(got) - {"CR-GOVERNING-LAW"} else "low")
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            h = hits(variant)
            assert not h, (key, h)
        print(f"{name}: {'chars' if lang == 'zh' else 'words'} {n}, risk {risk}, rules {got}"
              + (f", TCO share {share:.1f}%" if share is not None else ""))
        assert lo <= n <= hi, (key, n)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    compliant = [k for k in D if not D[k]["rules"]]
    assert sorted(compliant) == ["e03", "z01"], compliant
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
