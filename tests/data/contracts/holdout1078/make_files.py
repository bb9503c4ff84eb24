"""holdout1078: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no value or text on a policy threshold, rules derived from the labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
Z01 = """T:危险废物全过程监管平台建设项目政府采购合同
P:合同编号：JCHB-ZC-2027-0318
P:采购人（甲方）：江城市生态环境局
P:供应商（乙方）：江城智环信息技术有限公司
P:本合同依据江城市公共资源交易中心组织的“危险废物全过程监管平台建设项目”公开招标结果（项目编号JCZC2027-G-0112）签订。招标文件、乙方投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。双方根据《中华人民共和国政府采购法》《中华人民共和国民法典》等规定，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“危险废物全过程监管平台”软件许可，包括产废单位端、经营单位端和监管端三个子系统，不限用户数，永久使用。
P:1.2 乙方根据甲方需求完成定制开发，内容包括：电子转移联单与省级固体废物管理信息系统对接、重点企业贮存库视频监控接入、企业端申报小程序、危险废物产生量异常预警模型和监管驾驶舱。详细需求以附件1《需求规格说明书》为准。
P:1.3 乙方负责历史数据迁移、系统部署、接口联调、用户培训及质保期内的运行维护。
P:1.4 乙方应在合同签订之日起150日内完成部署并书面申请初验。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰叁拾柒万元整（¥2,370,000），为固定总价，包含软件许可、开发、迁移、实施、培训、质保期服务、税费及乙方履约所需的全部费用，甲方不再另行支付其他费用。
P:2.2 分项价格：平台软件许可费¥1,260,000；定制开发费¥842,000；数据迁移及接口费¥176,000；实施及培训费¥92,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计¥474,000。
P:3.2 系统完成部署并通过初验后15个工作日内，甲方支付合同总价的45%，计¥1,066,500。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，计¥829,500。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方按国库集中支付的规定付款，因财政审批流程造成的合理延迟不视为甲方违约。
P:3.5 乙方应在合同签订前提交合同总价5%的履约保函，最终验收合格后甲方退还保函原件。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后10日内提交实施方案和进度计划，经甲方书面确认后执行。项目经理和技术负责人应与投标文件一致，未经甲方同意不得更换。
P:4.2 系统部署在甲方指定的政务云环境。乙方负责安装、配置与联调，不得将系统或数据部署于其他任何环境。
P:4.3 乙方应组织不少于三期培训，覆盖甲方业务人员、系统管理员和重点产废企业代表，并提交培训教材和操作手册。
H:第五条 验收
P:5.1 初验标准：全部功能按附件1实现；与省级固体废物管理信息系统的联单数据连续10个工作日比对一致；监管端在200个并发用户下常用查询的响应时间不超过3秒；具备资质的第三方机构出具的安全测评报告无高危漏洞。
P:5.2 初验合格后系统进入试运行，试运行期为60日。试运行期间未发生一级故障、历史数据迁移经抽查比对准确无误、源代码及技术文档移交齐全的，甲方组织最终验收，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用系统或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术咨询与现场支持。
P:6.2 平台月可用率不低于99.95%。计划内维护不计入不可用时间，但须提前三个工作日经甲方同意，并安排在非工作时间进行。
P:6.3 故障分级响应：一级故障（系统整体不可用或电子联单无法流转）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单一功能或单一子系统异常）2小时内响应，24小时内解决；三级问题1个工作日内答复。
P:6.4 乙方未达到6.2或6.3约定的，月可用率每低于承诺0.01个百分点扣减¥1,000，一级故障响应或恢复每超时1小时扣减¥500，扣减款项从应付款或履约保证金中抵扣。
P:6.5 质保期满后，甲方如需继续委托乙方维护，年维护费不超过平台软件许可费的9%（即每年不超过¥113,400），该价格在质保期满后三年内不得上调。是否续签由甲方决定，维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、接口、预警模型、驾驶舱及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用，并可许可他人使用。
P:7.3 乙方保证所提供的软件和服务不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的企业申报数据、电子联单数据、视频数据和日志等全部业务数据归甲方所有。乙方仅为履行本合同处理数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，对敏感数据加密存储和传输。运维操作须通过甲方堡垒机进行并全程审计。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担相应的法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、企业商业信息和监管执法信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与参与本项目的人员签订保密承诺书。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统不符合约定且整改后仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 分包
P:本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:乙方逾期超过30日，或有其他重大违约行为经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供有关证明。双方根据不可抗力的影响程度协商延长履行期限或部分免除责任。
P:14.2 不可抗力持续超过60日致使合同目的无法实现的，双方均可书面解除合同，已完成部分按实结算。
H:第十五条 其他
P:15.1 双方联系人和送达地址见附件3。任何一方变更联系人或地址，应在3日内书面通知对方，否则送达至原地址即视为送达。
P:15.2 本合同附件：附件1《需求规格说明书》；附件2《分项报价表》；附件3《联系人及送达地址》；附件4《预付款保函及履约保函格式》。
P:15.3 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份。
P:甲方（盖章）：江城市生态环境局    乙方（盖章）：江城智环信息技术有限公司
P:签订日期：2027年3月18日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
Z02 = """T:产线控制系统改造项目合同
P:合同编号：NZDQ-2027-GZ-026
P:甲方：浙江暖足电器有限公司
P:乙方：台州精控自动化工程有限公司
P:甲方为提升电动泡脚盆总装线、加热模块线和注塑配套线的自动化水平，委托乙方对六条生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除六条生产线原有的继电器控制柜，并完成新PLC控制柜、触摸屏、伺服驱动、视觉检测工位及产线数据采集网关的供货、安装与调试，同时提供产线监控软件许可（10个并发客户端，永久使用）。
P:1.2 乙方负责编写PLC程序、配方管理程序和与甲方ERP系统的工单接口，实现按型号一键换产、加热盘耐压测试数据自动记录和漏水检测结果追溯。
P:1.3 改造须利用周末和节假日分线实施，每条线停产时间不超过72小时，不得影响甲方整体交货计划。
P:1.4 乙方应在实施前对六条产线进行现场勘察，核对原有电气图纸和设备清单。勘察中发现的差异应书面告知甲方，经双方确认后调整实施方案，合同价格不变。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾贰万元整（¥1,820,000），含增值税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、电气元件）|6套|612,000
TB:2|触摸屏及工位终端|18台|126,000
TB:3|伺服驱动及电机|24套|268,000
TB:4|视觉检测工位（相机、光源、工控机）|6套|306,000
TB:5|产线数据采集网关|6台|54,000
TB:6|产线监控软件许可|1套|114,000
TB:|软硬件小计||1,480,000
TB:7|安装调试|1项|186,000
TB:8|PLC程序及接口开发|1项|134,000
TB:9|培训|1项|20,000
TB:|合计||1,820,000
P:2.2 上述价格包含设备运输、保险、安装辅材、调试和税费。合同履行期间因甲方要求增加工位或设备的，双方另行签订补充协议。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%（¥364,000）作为预付款。
P:3.2 全部设备到货并安装完毕后10个工作日内，甲方支付合同总价的35%（¥637,000）。到货签收和安装完毕不代表验收合格。
P:3.3 六条生产线全部通过最终验收后15个工作日内，甲方支付合同总价的45%（¥819,000）。
P:3.4 乙方每次收款前应向甲方开具等额的增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后45日内完成全部设备到货，90日内完成六条生产线的改造和调试。
P:4.2 设备须为全新原厂正品，随附合格证和出厂检验报告。乙方应在开工前提交停线计划，经甲方生产部确认后实施。
P:4.3 甲方负责提供施工所需的电源、压缩空气和临时存放场地，并安排生产、设备部门人员配合停线切换。
P:4.4 乙方现场人员须遵守甲方安全生产和6S管理制度，动火、登高和带电作业须办理作业许可。因乙方人员违规作业造成人身伤害或财产损失的，由乙方承担责任。
P:4.5 乙方应对甲方设备维护人员和班组长进行不少于5天的操作与维护培训，使其能够独立完成换型、参数修改和一般故障排除。
H:第五条 验收
P:5.1 单线验收标准：连续72小时带料运行无停机故障；换产时间不超过8分钟；加热盘耐压测试数据逐件采集、无缺失；以甲方提供的200件缺陷样件测试，视觉检测无漏检；产线节拍不低于改造前水平。
P:5.2 六条生产线全部通过单线验收后，再连续试运行30日，未发生一级故障的，甲方组织最终验收并签署验收报告。
P:5.3 任何一项不合格的，乙方应在7日内整改并重新申请验收，整改费用由乙方承担。
P:5.4 乙方应在最终验收前提交竣工电气图纸、PLC程序备份、参数清单、操作和维护手册以及培训记录，资料不全的不予组织最终验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备故障免费维修或更换，软件缺陷免费修复。
P:6.2 故障响应：一级故障（整线停机）乙方接到通知后1小时内响应，3小时内到场；二级故障（单工位停机）2小时内响应，当日到场。乙方响应或到场每超时1小时，向甲方支付¥800。
P:6.3 质保期满后，乙方提供维保服务（含定期巡检、备品备件、程序维护及软件升级），维保费按软硬件小计的28%每年计取，即每年¥414,400，按年支付，乙方不得上调。甲方可按年决定是否续签。
P:6.4 质保期内乙方每季度上门巡检一次，检查控制柜、伺服系统和视觉工位的运行状态并出具巡检报告；乙方应在甲方所在地保有常用备件库存，保证常用备件24小时内到场更换。
P:6.5 维保期内乙方按6.2的响应时限提供服务，并每半年对PLC程序和配方数据进行一次备份核对。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、配方管理程序、接口程序及其源代码和电气图纸归甲方所有，乙方应在最终验收时一并移交，甲方可自行修改和使用。
P:7.2 产线监控软件的著作权归原权利人，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 产线采集数据、工艺参数、配方和质量追溯数据归甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次审批并通过甲方指定的VPN进行，操作全程留痕。乙方人员不得在产线工控机上使用未经查杀的移动存储介质。
P:8.3 因乙方原因导致数据泄露、丢失或工控系统遭受病毒感染的，乙方应立即通知甲方并负责恢复，赔偿甲方全部损失。
P:8.4 合同终止或维保服务结束时，乙方应删除其掌握的甲方数据副本并书面确认。
H:第九条 保密
P:双方对在合作中获得的对方技术资料、工艺配方、客户及价格信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 因乙方施工或调试原因造成甲方产线非计划停产的，乙方按甲方实际损失予以赔偿。
P:10.3 乙方交付的设备型号、配置与本合同不符的，甲方有权要求更换，由此造成的延误按10.1执行。
H:第十一条 分包
P:乙方可将现场布线、控制柜安装等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包方的工作质量和安全承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 合同解除的，乙方应按甲方要求拆除未验收设备或恢复原控制系统，费用由乙方承担；甲方已支付的款项，乙方应在30日内退还。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交台州仲裁委员会仲裁。
H:第十四条 不可抗力
P:因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签章之日起生效。附件：设备技术规格书、停线改造计划、验收测试记录表。
P:甲方（盖章）：浙江暖足电器有限公司    乙方（盖章）：台州精控自动化工程有限公司
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
Z03 = """视唱练耳培训连锁门店预约及会员管理系统服务合同

合同编号：LYQM-SaaS-2027-044
甲方：成都乐音启蒙教育科技有限公司
乙方：蓉城云课软件科技有限公司

鉴于甲方在成都、重庆等地经营30家视唱练耳培训门店，需要统一的课程预约、会员管理和消课结算系统，乙方以软件即服务方式向甲方提供“云课通”预约会员系统并完成实施。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方30家门店开通“云课通”系统，功能包括课程排期、学员在线预约、会员卡及课时包管理、消课核销、教师课酬统计、家长端小程序和总部经营报表。
2. 乙方为总部开通数据接口，便于甲方将经营数据导入其财务系统。
3. 每家门店开通3个前台账号和不限数量的教师账号，总部开通管理账号10个。乙方负责系统的托管、运行、备份和版本更新。
（二）实施服务
1. 乙方负责将甲方现有学员档案、剩余课时和会员卡余额迁移至系统，并完成30家门店的配置、小票打印设备调试和员工培训。
2. 乙方为甲方定制“视唱练耳分级考核”模块和门店业绩看板，具体需求见附件《功能清单》。
3. 乙方为每家门店的店长和前台人员提供不少于2次的现场或线上培训，并提供操作手册和培训视频。
（三）运行保障
1. 服务期内乙方提供工作日9:00至21:00的在线客服和电话支持，周末及法定节假日安排值班，以适应门店的营业时间。
2. 乙方每日对甲方数据进行备份，备份至少保留30日，并每季度进行一次恢复演练，演练结果书面告知甲方。
3. 系统版本更新涉及门店操作变化的，乙方应提前7日通知甲方并提供更新说明。

二、服务期限与续期
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每一服务年度为连续的一年。
（二）服务期满前30日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，此后依此类推。
（三）续期时，乙方有权根据其当年度产品价格体系调整年订阅费，调整幅度不超过上一服务年度年订阅费的20%，并应在续期前15日书面通知甲方。
（四）门店关闭或转让的，甲方可提前30日书面通知乙方停用该门店账号，自下一季度起相应减少订阅费。

三、服务费用及支付
（一）年订阅费为人民币316,800元（30家门店，每店每年10,560元），两个服务年度合计633,600元。
（二）实施费（含数据迁移、门店配置、定制模块与培训）为人民币58,400元，一次性支付。
（三）本合同总金额为人民币692,000元。
（四）实施费在系统上线验收合格后10个工作日内支付。年订阅费按季度支付，甲方在每季度首月10日前支付当季费用79,200元。
（五）乙方在每次收款前开具增值税专用发票。甲方逾期支付季度费用的，乙方可书面催告，但在催告期满前不得停止服务。门店数量增加的，按每店年费标准按月折算另行结算。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成全部门店的配置和数据迁移，并书面申请上线验收。
（二）上线验收标准：
1. 学员档案、剩余课时和会员卡余额迁移后逐店核对一致，差错为零；
2. 预约、消课、退费、课酬统计等功能按附件《功能清单》全部实现；
3. 在300名家长同时预约的压力测试下，小程序页面响应时间不超过2秒；
4. 30家门店完成10个营业日的试运行，期间无一级故障。
（三）验收合格后，甲方出具书面上线验收单。系统切换使用或甲方支付季度费用，均不视为验收合格。
（四）上线验收不合格的，乙方应在7日内整改并重新申请验收；第二次验收仍不合格的，甲方有权解除合同，乙方退还已收全部款项。
（五）乙方逾期申请上线验收或验收不合格的，每逾期一日按本合同总金额的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%。每月计划维护时间不超过6小时，且须安排在门店营业时间以外，并提前2日通知甲方。
（二）故障响应：一级故障（全部门店无法预约或消课）15分钟内响应，2小时内恢复；二级故障（单店或单一功能不可用）1小时内响应，8小时内解决；一般问题在1个工作日内答复。
（三）月度可用率未达承诺的，每低0.1个百分点，减免当季订阅费的2%；一级故障恢复每超时1小时，减免500元。减免金额在下一季度费用中抵扣。
（四）乙方每月向甲方提供服务报告，列明可用率、故障记录和处理情况。
（五）乙方应将系统部署于通过网络安全等级保护第三级测评的云平台。

六、数据与个人信息保护
（一）甲方在系统中录入和产生的学员、家长、教师信息以及课时和交易数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于营销、用户画像或任何其他目的，也不得向第三方提供。
（二）学员多为未成年人，乙方应按照《个人信息保护法》及未成年人个人信息保护的有关规定处理数据，对敏感个人信息加密存储，实行最小授权和访问日志留存，数据存储于中国境内。
（三）发生数据泄露或可能泄露的，乙方应在2小时内通知甲方，并配合甲方向主管部门报告；因乙方原因造成数据安全事件的，乙方赔偿甲方因此遭受的全部损失。
（四）服务终止后30日内，乙方应将全部数据以通用格式交还甲方并彻底删除，出具删除证明。
（五）服务期内甲方可随时通过系统导出全部数据，乙方不得设置技术障碍或收取额外费用。

七、保密
双方对在合作中知悉的对方经营信息、课程体系、价格政策和技术资料承担保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

八、知识产权
（一）“云课通”平台的知识产权归乙方所有。
（二）乙方为甲方定制的分级考核模块、看板配置及相关文档，知识产权归甲方所有，甲方可自由使用、修改或委托他人修改。
（三）乙方保证平台及服务不侵犯第三方知识产权；因此引起的索赔，由乙方负责处理并承担全部责任。

九、分包
乙方不得将本合同服务分包给第三方；确需委托短信、支付等第三方服务商的，应事先取得甲方书面同意。

十、合同解除
（一）乙方严重违约，经甲方书面通知后10日内未纠正的，或一个服务年度内一级故障累计超过三次的，甲方有权书面通知解除合同。
（二）合同解除的，乙方应退还甲方已付但未履行期间的费用，并按本合同第六条第（四）项交还和删除数据。
（三）服务期内甲方因经营调整需提前终止的，应提前60日书面通知乙方，已付费用按实际服务期间结算。

十一、不可抗力
因自然灾害、大范围网络或电力中断等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，相应期间不计入可用率考核；但乙方未按约定做好备份和容灾的除外。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方可向成都仲裁委员会申请仲裁。

十三、其他
（一）双方指定的联系人负责日常沟通，变更联系人应书面通知对方。
（二）本合同一式两份，双方各执一份，自双方签章之日起生效。附件《功能清单》与本合同具有同等效力。

甲方（盖章）：成都乐音启蒙教育科技有限公司
乙方（盖章）：蓉城云课软件科技有限公司
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 + （一）/1.)
Z04 = """粮库智能监测系统年度运维服务合同

项目编号：DPLC-CS-2027-009（竞争性磋商）
甲方：东平市粮食和物资储备局
乙方：东平安储信息技术有限公司

根据东平市粮食和物资储备局“粮库智能监测系统年度运维服务”项目竞争性磋商的成交结果，甲乙双方依照《中华人民共和国政府采购法》《中华人民共和国民法典》的规定，订立本合同。磋商文件、乙方响应文件和成交通知书是本合同的组成部分。

第一条 服务范围
（一）运维对象为甲方所辖11个直属粮库的粮情测控系统（测温电缆、测温分机、温湿度及气体检测设备）、视频监控系统、出入库智能化设备和市级粮库监测平台。
（二）服务内容包括：日常巡检、故障处理、平台软件维护与缺陷修复、数据备份、设备清洁与校准、汛期和高温季节专项检查、粮情异常数据核查，以及配合上级部门的检查和数据报送。
（三）服务期自2027年1月1日起至2027年12月31日止。
（四）服务开始后15日内，乙方应会同甲方和上一运维单位完成设备清点、账号及密码交接和遗留问题确认，形成交接清单。服务期满或合同解除时，乙方应向甲方或甲方指定的单位完整移交设备台账、运维记录、备份介质和系统账号，并配合完成交接，交接期内服务不得中断。

第二条 服务费用及支付
（一）年度运维服务费为人民币486,000元，为包干价，含人工、交通、常用备件、工具及税费。单件价值超过2,000元的设备更换，由乙方报价，经甲方书面确认后另行结算。更换下来的旧设备和部件归甲方所有，乙方应登记后交库方保管，不得擅自处置。
（二）服务费按季度支付。每季度结束后，甲方根据考核结果在15个工作日内支付当季服务费121,500元扣除考核扣款后的金额。
（三）本合同服务费在服务期内固定不变。乙方收款前应开具合法有效的发票。

第三条 人员配置
（一）乙方设项目负责人1名、驻点工程师3名，另配备平台软件工程师2名提供远程支持。驻点工程师工作日在甲方指定地点值守，节假日安排专人值班。
（二）乙方更换项目负责人和驻点工程师，须提前10日书面报告甲方并经甲方同意。
（三）乙方人员应遵守粮库安全生产、消防和出入管理规定。驻点工程师应具备相关专业背景和两年以上同类系统运维经验，并经甲方组织的安全培训合格后上岗。乙方配备的人员须为与乙方签订劳动合同的员工。

第四条 服务水平
（一）市级粮库监测平台年度可用率不低于99.95%。
（二）故障分级及处理时限：
1. 一级故障（平台整体中断、单个粮库测温系统全部失效或视频监控大面积中断）：30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个仓房测温或单路视频中断）：1小时内响应，当日修复；
3. 三级问题（报表、显示等一般问题）：2个工作日内解决。
（三）巡检：每月对每个粮库现场巡检不少于一次，每季度对测温电缆进行一次抽检，巡检后形成书面报告并经库方签字确认。巡检发现的隐患应在报告中列明整改建议和期限。
（四）考核扣款：平台年度可用率每低于承诺0.01个百分点，扣当季服务费1,000元；一级故障每超时1小时扣500元；漏检或巡检报告弄虚作假的，每次扣2,000元。扣款在当季服务费中直接扣除。
（五）应急保障：在夏季高温、汛期、秋粮和夏粮集中收购期间，乙方应增派不少于2名工程师驻库值守，确保粮情测控和出入库设备连续运行。遇粮温异常升高等紧急情况，乙方应按甲方应急预案在1小时内到场配合处置。
（六）乙方应建立运维工单系统，所有报修、巡检和变更均通过工单记录，甲方可随时查询工单状态。
（七）乙方每月5日前向甲方提交上月运维月报，内容包括可用率统计、故障及处理情况、巡检情况、设备隐患和改进建议。

第五条 考核与验收
（一）甲方每季度按附件《运维考核细则》进行考核，考核内容包括平台可用率、故障处理时限、巡检完成情况、工单闭环情况和档案记录。
（二）服务期满后，乙方提交年度运维总结、设备台账、故障记录和备份介质，甲方组织年度验收。年度验收标准为：全年平台可用率达到第四条承诺；一级故障全部按时恢复；巡检按计划全部完成且记录完整；设备台账与实物一致；备份数据可以正常恢复。
（三）年度验收不合格的，乙方应在15日内整改，整改后仍不合格的，甲方可按考核细则扣减服务费。
（四）季度考核结果为不合格的，乙方应在10日内提交整改报告，甲方据此组织复查。

第六条 数据安全责任
（一）粮情数据、出入库数据、视频资料和系统日志归甲方所有。乙方仅为运维需要接触数据，不得复制、截留或用于其他任何目的。
（二）乙方运维操作应通过甲方运维审计系统进行，远程操作须逐次审批；乙方人员使用的运维终端须安装甲方指定的终端管理软件。
（三）发生数据泄露、篡改或系统遭受网络攻击的，乙方应在1小时内报告甲方并采取处置措施。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任。
（四）乙方应每日对平台数据库进行增量备份、每周进行全量备份，备份介质交甲方保管，并每季度进行一次恢复测试。
（五）乙方人员离岗时，应交还门禁卡、账号和运维终端，乙方应在当日通知甲方注销其全部权限。

第七条 甲方责任
（一）甲方为乙方驻点人员提供必要的办公场所、网络接入和库区通行手续。
（二）甲方指定专人负责运维工作的联络、工单确认和考核，及时审批乙方提交的设备更换和远程操作申请。
（三）甲方应及时通知乙方粮库作业计划、设备新增或变更情况，并按合同约定支付服务费。
（四）服务期内甲方新增的测温电缆和摄像机数量合计不超过50套的，纳入本合同运维范围，不另行收费。

第八条 知识产权
乙方在运维中形成的巡检报告、运维脚本、配置文档和知识库归甲方所有，甲方可自由使用和修改。

第九条 分包
乙方不得转包或分包本合同项下的任何服务。

第十条 安全生产
乙方人员进入库区须佩戴安全防护用品，遵守熏蒸作业、有限空间作业和登高作业的安全规定；熏蒸期间未经库方许可不得进入仓房。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。乙方应为驻点人员购买意外伤害保险。

第十一条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。合同解除后，乙方应按第一条第（四）项完成交接。

第十二条 不可抗力
因地震、洪水等不可抗力导致服务无法正常提供的，受影响一方应及时通知对方，相应期间不计入考核；不可抗力消除后，乙方应立即组织设备恢复和数据核查。

第十三条 争议解决
本合同履行中发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同未尽事宜，按磋商文件和乙方响应文件执行。服务期满后，甲方将依法重新组织采购，本合同不自动续期。本合同附件：附件1《运维设备清单》；附件2《运维考核细则》；附件3《故障分级及处理流程》；附件4《驻点人员名单》。本合同一式五份，甲方三份，乙方二份，自双方签章之日起生效。

甲方（盖章）：东平市粮食和物资储备局
乙方（盖章）：东平安储信息技术有限公司
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
Z05 = """# 锦匠工序跟踪系统软件许可及定制开发合同

> 乙方标准合同文本 JJ-STD-V3.0

**合同编号：** JJ-2027-0415

**甲方（买方）：** 苏州木语花窗工艺有限公司

**乙方（卖方）：** 苏州锦匠软件有限公司

甲方因花窗定制生产管理需要，向乙方采购“锦匠工序跟踪系统”软件许可及定制开发服务。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“锦匠工序跟踪系统”标准版软件许可（8个用户，永久使用）。

1.2 乙方根据甲方需求进行定制开发，内容包括：花窗图纸与构件清单管理、订单排产、工序扫码报工（开料、雕刻、榫卯拼装、打磨、上漆、装框）、工时统计和交付进度看板。

1.3 本合同所称“上线”，是指乙方完成系统安装部署并开通甲方用户账号，甲方可登录使用系统。

1.4 本合同所称“用户”，是指经乙方授权可同时登录系统的账号。甲方增加用户的，按乙方当期报价另行购买。超出授权用户数的，系统将自动限制登录。

1.5 定制开发需求以双方确认的《需求确认书》为准。《需求确认书》确认后，甲方提出的新增或变更需求，乙方可另行报价，并相应调整交付时间。

1.6 乙方交付的软件为可执行程序，不包括源代码。

## 第二条 合同价款

| 项目 | 金额（元） |
|---|---|
| 软件许可费 | 168,000 |
| 定制开发费 | 214,000 |
| 实施及培训费 | 26,000 |
| 合计 | 408,000 |

2.1 上述价款为含税价格，包含软件许可、定制开发、部署实施和培训的费用。

2.2 甲方自备服务器、操作系统、数据库和扫码终端的，相关费用由甲方自行承担；乙方可协助甲方采购，费用另计。

2.3 合同价款不包括差旅费。乙方人员赴甲方现场服务超过3人次的，差旅费由甲方按实承担。

2.4 本合同价款为乙方给予甲方的优惠价格，甲方不得向第三方透露。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，即265,200元。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即142,800元。

3.3 甲方逾期付款的，每日按应付未付金额的千分之三支付违约金，乙方有权暂停交付和服务。

3.4 乙方收到款项后10个工作日内开具发票。甲方未按约定支付首付款的，乙方交付期限相应顺延。

## 第四条 交付

4.1 乙方在收到首付款后60日内完成系统部署。因甲方需求变更、资料提供不及时等原因造成的延误，交付期相应顺延。

4.2 甲方应提供符合乙方要求的服务器和网络环境，并指定专人配合需求调研。

4.3 乙方为甲方提供一次集中培训，培训对象为甲方管理人员和各工序班组长，培训时间不超过2天。甲方需要增加培训的，按乙方收费标准另行支付。

4.4 甲方应在乙方提交《需求确认书》后5个工作日内确认，逾期未确认的，视为甲方同意《需求确认书》的内容。

4.5 乙方按本合同第一条完成部署和定制开发后，即视为乙方完成交付义务。

4.6 甲方应保证其提供的图纸、工艺资料和数据合法，不侵犯第三方权利。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方应在上线后3日内签署上线确认单，逾期未签署的，视为确认。

5.3 甲方在上线后使用中发现的问题，按第六条的维护服务处理，不影响验收结论及付款义务。

## 第六条 免费维护期及售后服务

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持。一级故障（系统无法登录或扫码报工全部中断）乙方在24小时内响应，其他问题在3个工作日内响应。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的价格标准执行。

6.4 下列情形不属于免费维护范围：甲方或第三方擅自修改系统、操作不当、硬件或网络故障、病毒破坏以及上线后甲方提出的新需求。乙方处理上述问题的，按乙方收费标准另行收费。

6.5 乙方提供的维护服务时间为工作日9:00至17:30，节假日期间仅提供远程值班支持。甲方要求乙方工程师现场服务的，按每人每日2,800元另行收费。

6.6 免费维护期内，乙方每季度提供一次远程系统健康检查。

6.7 乙方可根据产品规划对系统进行版本升级，升级后的功能变化以乙方发布的说明为准。

## 第七条 知识产权

7.1 本系统（包括标准产品及为甲方定制开发的功能模块、程序代码和文档）的全部知识产权归乙方所有。甲方仅获得在本合同约定范围内的非独占使用权，不得修改、反编译或向第三方转让。

7.2 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

7.3 系统中包含的第三方开源组件，按其各自的许可协议使用。

7.4 甲方如需获得定制模块的源代码，须另行向乙方购买源代码授权。

7.5 甲方不得将系统用于为第三方提供服务，也不得将账号转借他人使用。

## 第八条 数据

8.1 甲方业务数据归甲方所有。乙方可在去除甲方名称等标识信息后，将订单、工时和工艺数据用于产品优化、行业分析及案例展示。

8.2 乙方采取防火墙、访问控制、数据备份等措施保障系统数据安全。因乙方过错导致甲方数据泄露或丢失的，乙方负责恢复，并承担相应的赔偿责任。

8.3 甲方应自行做好本地数据的备份。因甲方原因造成的数据丢失，乙方不承担责任。乙方可为系统运行和故障排查的目的远程访问甲方系统。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密承担保密义务，保密期限为合同终止后两年。已公开的信息、乙方独立开发的信息以及依法需要披露的信息，不属于保密信息。

## 第十条 违约责任

10.1 乙方未按期完成部署的，每逾期一日按合同总价的万分之二向甲方支付违约金。

10.2 乙方在本合同项下的全部赔偿责任累计不超过合同总价的20%。

10.3 任何一方均不对间接损失、利润损失承担责任。

10.4 因甲方原因导致系统无法按期部署或上线的，乙方不承担逾期责任，已完成的工作甲方仍应按约付款。

## 第十一条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除合同。甲方单方解除合同的，已支付的款项不予退还。

## 第十二条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地人民法院诉讼解决。在诉讼期间，除有争议的部分外，双方应继续履行本合同。

## 第十三条 不可抗力

因不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方并提供证明，乙方的交付期限相应顺延。不可抗力包括但不限于自然灾害、政府行为、网络运营商故障、电力中断及黑客攻击等情形。

## 第十四条 通知与送达

双方的联系方式以本合同首页记载为准，任何一方变更联系方式的，应提前3日通知对方。乙方通过电子邮件或系统内消息发送的通知，发出即视为送达。

## 第十五条 其他

本合同自双方签章之日起生效。本合同未尽事宜，双方可另行签订补充协议。本合同一式两份，双方各执一份。本合同条款为乙方标准条款，甲方签署即视为已充分理解并接受。

甲方（盖章）：苏州木语花窗工艺有限公司

乙方（盖章）：苏州锦匠软件有限公司
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N + N.N)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. MVS-DL-2027-07
P:This Agreement is made on 14 June 2027 between Dalian Haixin Aquaculture Co., Ltd., a company registered in the People's Republic of China with its office in Lüshunkou District, Dalian (the "Customer"), and Meander Valley Software Pty Ltd, a company registered in Australia with its office on Emu Bay Road, Deloraine, Tasmania (the "Vendor").
P:The Customer operates sea-cucumber, scallop and abalone farms along the Liaodong Peninsula and wishes to acquire a perpetual licence of the Vendor's ReefLedger farm management software, together with configuration, interfaces, data migration and training, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the ReefLedger server application, its web and mobile clients and the water-quality module, in the version current at signature, together with all updates and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Customer under this Agreement, including interface programs, configuration scripts, report templates, migration scripts and their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed the final acceptance test.
P:1.4 "Customer Data" means all data entered into, generated by or stored in the system, including stock records, feeding logs, water-quality readings, harvest records and personal information of the Customer's staff.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in Dalian for an unlimited number of users at all of the Customer's farms and hatcheries.
P:2.2 The Vendor shall configure the Software for nine farm sites, build interfaces to the Customer's buoy sensor network, its ERP system and its cold-storage management system, migrate five years of historical stock and water-quality records from the Customer's spreadsheets and legacy database, and train the Customer's staff.
P:2.3 The Vendor shall complete installation and configuration within ninety days after signature and request the acceptance test in writing.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,750,000, inclusive of PRC taxes and all expenses of the Vendor, and consists of: Licence Fee CNY 1,150,000; configuration and interfaces CNY 468,000; data migration CNY 92,000; training CNY 40,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and remote-access costs of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 350,000) within fifteen business days after signature and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 787,500) within fifteen business days after the Software is installed and the system passes the initial test described in Article 5.1.
P:4.3 The Customer shall pay the balance of 35% of the Contract Price (CNY 612,500) within fifteen business days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account stated in its invoice. Each invoice shall be a valid VAT invoice or an equivalent document acceptable to the Customer's bank for cross-border payment.
H:Article 5 Acceptance
P:5.1 Initial test: the Vendor shall demonstrate that every function in the functional specification annexed to this Agreement works at all nine sites, that the buoy sensor readings reach the system within two minutes, and that the ERP and cold-storage interfaces exchange test orders without error.
P:5.2 Final acceptance test: after a trial operation of forty-five days, the system passes the final acceptance test when (a) the migrated records reconcile with the source data for every farm and every year, (b) the system serves 150 concurrent users with page response times of no more than three seconds, (c) no Severity 1 incident occurred in the last twenty days of the trial, and (d) user manuals, administrator manuals and the source code of the Custom Deliverables have been delivered.
P:5.3 The Customer shall issue a written Final Acceptance certificate within ten business days after a successful test, or state in writing the defects found. The Vendor shall correct defects within fifteen days and repeat the test at its own cost.
P:5.4 Installation, trial operation, use of the system in production or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the functional specification for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates and new versions free of charge.
P:6.2 The Vendor shall provide support by telephone, e-mail and remote connection. A Severity 1 incident (the system is unavailable, or sensor data are not being recorded, at any site) shall be responded to within one hour, twenty-four hours a day, seven days a week. Severity 2 incidents shall be responded to within eight business hours and Severity 3 questions within two business days.
P:6.3 If the Vendor misses the response time for a Severity 1 incident, it shall pay the Customer CNY 1,000 for each hour or part of an hour of delay, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period the Customer may order annual support, covering the services in Article 6.1 and 6.2, at a fee of 11% of the Licence Fee, that is CNY 126,500 per year. This fee is fixed for the first three years after the Warranty Period. Annual support is ordered by the Customer's written purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify, copy and license them to third parties without restriction, and the Vendor shall deliver their source code with each release.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only as needed to perform this Agreement and shall not copy, keep, analyse or use it for any other purpose, including in anonymised or aggregated form.
P:8.2 The Vendor shall access the Customer's servers only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT administrator. All sessions are logged. No Customer Data may be transferred outside the Customer's servers or outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law in its handling of Customer Data, notify the Customer within twelve hours of becoming aware of any security incident affecting Customer Data, cooperate in its investigation and remedy, and bear all losses caused by incidents attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.
P:9.2 This Article survives termination of this Agreement for five years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to request the acceptance test by the date in Article 2.3, or the system fails the final acceptance test through the Vendor's fault, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, breach of Article 8 or Article 9, or infringement claims under Article 7.3.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after receiving notice of the breach, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination under Article 12.1 the Vendor shall refund all amounts paid for work that has not passed acceptance, and the licence granted in Article 2.1 continues for any part of the Software already paid for.
H:Article 13 Force Majeure
P:Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than sixty days, either party may terminate this Agreement by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Tasmania, Australia.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. If the dispute is not settled within thirty days, it shall be submitted to the exclusive jurisdiction of the courts of Tasmania, and the parties submit to that jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with its annexes (functional specification, project plan and acceptance test plan), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above. This Agreement is signed in two originals in English and Chinese, each party keeping one; the two versions have equal effect.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A A1-A6 + General Terms Part B)
E02 = """# Paddock Ledger Subscription Order Form

**Order Form No.** PL-CN-2027-0091

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the Customer and Paddock Ledger agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Paddock Ledger Limited, a company incorporated in New Zealand, Kimbolton Road, Feilding, New Zealand ("Paddock Ledger").

**Customer:** Inner Mongolia Caoyuan Dairy Farming Co., Ltd., Saihan District, Hohhot, Inner Mongolia, People's Republic of China (the "Customer").

### A2. Subscribed Service

Paddock Ledger Herd Analytics, Enterprise edition, hosted service, for 14 dairy farms and up to 38,000 milking cows, including: herd and animal records; milk-yield and milk-quality analytics; heat detection and breeding calendar; health and treatment records; feed-efficiency dashboards; interfaces to the Customer's rotary parlour controllers and its ERP system; mobile application for farm staff; 120 named users.

Onboarding Services: configuration of the 14 farms, import of the existing herd database, connection of the parlour controllers and ERP interface, and two rounds of training for farm managers and veterinarians.

### A3. Subscription Term

The Subscription Term starts on the Go-Live Date (the date of the Customer's written Go-Live Acceptance under Section B3) and runs for two Subscription Years. The first Subscription Year ends on the day before the first anniversary of the Go-Live Date; the second ends on the day before the second anniversary.

Upon expiry of the Subscription Term, the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term. Fees for each renewal term are charged at Paddock Ledger's list price in effect at the start of that renewal term.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 14 farms, 120 users | 268,000 |
| Subscription Fee, Subscription Year 2 | 14 farms, 120 users | 268,000 |
| Onboarding Services | fixed, one-time | 44,000 |
| Total Order Value | | 580,000 |

All amounts include PRC value-added tax. Additional farms may be added during the Subscription Term at CNY 19,000 per farm per Subscription Year, pro rata.

### A5. Invoicing and Payment

1. The Onboarding Services fee is invoiced after Go-Live Acceptance and is payable within thirty days of invoice.
2. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days of invoice.
3. No amount is payable before the Go-Live Date.
4. Invoices are issued in CNY by Paddock Ledger's authorised reseller in Beijing, which issues PRC VAT invoices on Paddock Ledger's behalf.

### A6. Service Levels and Key Dates

1. Target Go-Live Date: seventy days after signature of this Order Form.
2. Monthly availability of the Subscribed Service: 99.95%, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 Beijing time.
3. Severity 1 incidents (the service is unavailable, or milk-yield data are not being recorded, for any farm): response within one hour and restoration within eight hours, at any time of day.
4. Severity 2 incidents (a function or a single farm is impaired): response within six business hours.
5. Service credits as set out in Section B5.

Signed for the Customer: ____________________  Date: __________

Signed for Paddock Ledger: ____________________  Date: __________

## PART B — GENERAL TERMS

### B1. Definitions

1.1 "Customer Data" means data that the Customer, its users or its parlour controllers submit to the Subscribed Service, and all reports and analytics generated from that data for the Customer.

1.2 "Documentation" means Paddock Ledger's user guides and interface specifications for the Subscribed Service, as updated from time to time.

1.3 "Customer Configurations" means report layouts, dashboards, alert rules and interface mappings built by Paddock Ledger specifically for the Customer.

### B2. Access and Use

2.1 During the Subscription Term, Paddock Ledger grants the Customer a non-exclusive, non-transferable right to access and use the Subscribed Service for its internal business purposes, in accordance with the Documentation.

2.2 The Customer is responsible for its users' compliance with this Order Form and for keeping user passwords confidential. The Customer shall not resell the Subscribed Service or use it to provide services to third parties.

2.3 Paddock Ledger may update the Subscribed Service from time to time, provided that updates do not materially reduce its functionality during the Subscription Term.

### B3. Onboarding and Go-Live Acceptance

3.1 Paddock Ledger shall perform the Onboarding Services and notify the Customer in writing when the service is ready for the Go-Live test.

3.2 The Go-Live test is passed when (a) the herd records of all 14 farms have been imported and match the Customer's existing database animal by animal, (b) milking records from every rotary parlour reach the service within five minutes of each milking, (c) the ERP interface has transferred milk delivery records for ten consecutive days without error, and (d) the functions listed in Part A have been demonstrated to the Customer's project team.

3.3 The Customer shall issue written Go-Live Acceptance within five business days after the Go-Live test is passed, or state the failures found. Paddock Ledger shall correct failures and repeat the test.

3.4 If the Go-Live Date does not occur by the Target Go-Live Date for reasons attributable to Paddock Ledger, Paddock Ledger shall pay the Customer delay damages of CNY 520 for each day of delay, deducted from the first invoice.

### B4. Ownership

4.1 Paddock Ledger owns the Subscribed Service, the Documentation and all improvements to them.

4.2 The Customer owns all Customer Data. Paddock Ledger may use Customer Data only to provide the Subscribed Service and the Onboarding Services to the Customer and for no other purpose.

4.3 Customer Configurations belong to the Customer, which may use, copy, modify and have them modified by third parties without restriction. Paddock Ledger shall export them in the formats listed in the Documentation on request.

4.4 On expiry or termination, Paddock Ledger shall make all Customer Data available for export for thirty days and then delete it.

### B5. Service Credits

5.1 If monthly availability falls below the level in Part A, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each started 0.1 percentage point of shortfall, up to the full monthly equivalent.

5.2 If Paddock Ledger misses the response or restoration time for a Severity 1 incident, the Customer receives a service credit of CNY 1,200 for each started hour of delay.

5.3 Service credits are set off against the next invoice or, at the end of the Subscription Term, paid to the Customer.

### B6. Confidentiality

6.1 "Confidential Information" means all non-public information disclosed by a party to the other under this Order Form, including Customer Data, pricing and the terms of this Order Form.

6.2 The receiving party shall use the other party's Confidential Information only to perform this Order Form, shall not disclose it to any third party except its employees and professional advisers who need to know it, and shall protect it with at least the care it uses for its own confidential information.

6.3 These obligations continue for three years after the end of the Subscription Term.

### B7. Warranties

7.1 Paddock Ledger warrants that the Subscribed Service will perform materially in accordance with the Documentation and that the Onboarding Services will be performed with reasonable skill and care.

7.2 Paddock Ledger warrants that the Subscribed Service does not infringe the intellectual property rights of any third party and shall defend the Customer against any claim to the contrary.

### B8. Limitation of Liability

8.1 Neither party is liable for any indirect or consequential loss, loss of profit or loss of business.

8.2 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in this Section do not apply to a party's liability for fraud, personal injury, or the Customer's obligation to pay the fees.

### B9. Subcontracting and Assignment

9.1 Paddock Ledger shall not subcontract the performance of the Subscribed Service or the Onboarding Services, in whole or in part, without the Customer's prior written consent. The authorised reseller named in Part A acts only for invoicing.

9.2 Neither party may assign this Order Form without the other party's prior written consent.

### B10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

10.2 On termination by the Customer under Section 10.1, Paddock Ledger shall refund the part of the Subscription Fee already paid that relates to the period after termination.

10.3 Sections B4, B6, B8 and B11 survive termination.

### B11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with this Order Form shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in effect. The award is final and binding on both parties.

### B12. General

12.1 Notices must be in writing and sent to the addresses in Part A. This Order Form is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

12.2 Neither party is liable for delays caused by events beyond its reasonable control, provided it notifies the other party promptly.
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table, buyer's paper)
E03 = """T:Purchase Contract for Cold-Store Temperature Sensors and Monitoring Software
P:Contract No. ZJBB-PUR-2027-112 (Buyer's standard purchase contract)
P:Buyer: Zhanjiang Bluebay Cold Chain Co., Ltd., Xiashan District, Zhanjiang, Guangdong Province, People's Republic of China.
P:Supplier: Circular Head Instruments Pty Ltd, Smithton, Tasmania, Australia, acting through its appointed importer of record in Guangzhou for customs clearance.
P:The Buyer operates eight cold stores for frozen seafood in Zhanjiang and Maoming. It buys from the Supplier wireless temperature and humidity sensors, gateways, door sensors and a perpetual licence of the Supplier's ColdWatch monitoring software, with installation, integration and training, on the following terms.
H:1. Definitions
P:1.1 "Goods" means the devices listed in the price table in clause 3.1, with their embedded firmware.
P:1.2 "Software" means the ColdWatch monitoring server, its web console, its alarm engine and its mobile application.
P:1.3 "Custom Work" means the interface to the Buyer's warehouse management system (WMS), the alarm escalation rules, the report templates and the calibration records prepared for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 6.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the Goods in the Buyer's eight cold stores, install the Software on the Buyer's servers in Zhanjiang and grant the Buyer a perpetual licence to use it for all of the Buyer's sites.
P:2.2 The Supplier shall build the interface to the Buyer's WMS so that every pallet location shows the current and historical temperature, and so that temperature excursions block the release of affected pallets until a quality officer clears them.
P:2.3 The Supplier shall train the Buyer's engineers and quality officers, for at least three days on site, in operation, calibration, battery replacement and alarm handling.
H:3. Price
P:3.1 The Contract Price is CNY 1,252,000, including import duties, PRC VAT, delivery to site, installation and all other costs of the Supplier:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +25 °C|420|1,180|495,600
TB:2|Gateway with 4G backup link|36|6,400|230,400
TB:3|Door-open sensor|60|520|31,200
TB:4|ColdWatch Software, perpetual site licence|1|286,000|286,000
TB:|Goods and Software subtotal|||1,043,200
TB:5|Installation, calibration and commissioning|1|118,000|118,000
TB:6|WMS interface and Custom Work|1|74,800|74,800
TB:7|Training|1|16,000|16,000
TB:|Contract Price|||1,252,000
P:3.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 125,200) within fifteen business days after the Supplier delivers an advance payment guarantee issued by a bank in the People's Republic of China for the same amount.
P:4.2 Installation payment: 55% of the Contract Price (CNY 688,600) within fifteen business days after all Goods are installed and the installation certificate is signed. The installation certificate confirms quantities only and is not acceptance of the Goods or the Software.
P:4.3 Final payment: 35% of the Contract Price (CNY 438,200) within fifteen business days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice for the amount due.
H:5. Delivery
P:5.1 The Supplier shall deliver all Goods to the Buyer's cold stores within sixty days after signature and complete installation within ninety days after signature.
P:5.2 Risk in the Goods passes to the Buyer on signature of the installation certificate; title passes on payment of the installation payment.
P:5.3 Sensors and gateways shall be packed for sea and road transport and labelled with their serial numbers and the cold store and chamber where they are to be installed. The Supplier shall deliver, with the Goods, a spare stock of 2% of each sensor type and two spare gateways, which are included in the Contract Price.
P:5.4 Installation work inside cold stores shall be planned with the Buyer's operations team so that doors are opened as little as possible and no stock is exposed to temperatures outside its storage range. The Supplier's personnel shall wear the protective clothing required by the Buyer and follow its site safety rules.
H:6. Acceptance
P:6.1 After installation the Supplier shall run a commissioning test in every cold store, showing that each sensor reports at least once every five minutes, that readings are within ±0.3 °C of a calibrated reference thermometer, and that an alarm reaches the on-duty quality officer by SMS and mobile application within two minutes of an excursion.
P:6.2 The WMS interface passes its test when temperature records appear against the correct pallet locations for ten consecutive working days and excursions block pallet release as described in clause 2.2.
P:6.3 After the tests in clauses 6.1 and 6.2 have been passed, the system runs for thirty days in live operation. During this period no Severity 1 incident may occur and the data loss of any sensor may not exceed ten minutes in total.
P:6.4 If all tests and the live run are passed and calibration certificates, manuals and the Custom Work source code have been delivered, the Buyer signs the final acceptance certificate within seven days. Otherwise the Buyer lists the defects, and the Supplier shall correct them at its cost and repeat the relevant test.
P:6.5 Use of the system in production before Final Acceptance does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Goods and the Software for thirty-six months after Final Acceptance. During this period it shall repair or replace defective Goods, correct Software defects and supply Software updates free of charge, including parts, labour and shipping.
P:7.2 Incident response during the warranty:
TB:Severity|Description|Response|On site
TB:1|Monitoring of a whole cold store lost, or alarms not delivered|30 minutes|next morning
TB:2|Single sensor or gateway failed|2 hours|within 3 days
TB:3|Questions, reports, minor defects|1 business day|not required
P:7.3 For each hour by which the Supplier misses a Severity 1 response time, it shall pay the Buyer CNY 600.
P:7.4 After the warranty, the Supplier shall offer annual support (repair, firmware and Software updates, recalibration, remote assistance) at 8% of the Goods and Software subtotal per year (CNY 83,456), fixed for three years. Support is ordered by the Buyer year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software and the firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:8.2 The Custom Work, including its source code, belongs to the Buyer. The Buyer may use, modify and license it freely and may have it maintained by any third party.
H:9. Data Security
P:9.1 All temperature, humidity, door-event and alarm records and all WMS data belong to the Buyer. The Supplier shall process them only to perform this Contract and shall not use them for any other purpose, whether identified, anonymised or aggregated.
P:9.2 The gateways shall send data only to the Buyer's servers. The Supplier shall not configure any connection to its own or a third party's cloud. Remote support sessions require the Buyer's approval for each session and are recorded.
P:9.3 The Supplier shall notify the Buyer within twelve hours of any security incident affecting the Buyer's data or systems, cooperate in remedying it, and bear the losses caused by incidents attributable to it.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's customer, stock and site information, and shall not disclose it to any third party without prior written consent, during this Contract and for five years after it ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation or to achieve Final Acceptance on time, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the delay damages under clause 11.1 reach their maximum. The Supplier shall then refund the amounts paid for Goods and work not accepted.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:15. Force Majeure
P:Neither party is liable for delay caused by natural disasters, typhoons, epidemics or government action beyond its reasonable control, if it notifies the other party within five days and takes reasonable steps to limit the delay. If such an event lasts more than sixty days, either party may terminate the unperformed part of this Contract.
H:16. General
P:This Contract, with its annexes (technical specification, installation plan and acceptance test plan), is the entire agreement of the parties on its subject. It is made in English and Chinese, both versions having equal effect, in two originals.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses + Schedules 1-3 as tables)
E04 = """# Managed IT Services Agreement

**Agreement No.** HVMS-SH-2027-015

**Customer:** Shanghai Orchard Fresh Trading Co., Ltd., Minhang District, Shanghai, People's Republic of China ("Customer").

**Provider:** Huon Valley Managed IT Pty Ltd, Main Road, Huonville, Tasmania, Australia ("Provider").

**Background.** Customer imports and distributes fresh fruit through its head office in Shanghai, two distribution centres in Shanghai and Guangzhou and five sales offices. Provider already supports the Tasmanian exporters that supply Customer. Customer wishes to outsource the operation of its IT infrastructure to Provider for thirty-six months on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, stores or processes in providing the Services.

1.5 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has passed the acceptance criteria in clause 3.3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Service Term does not renew automatically. Any extension requires a written amendment signed by both parties, including any change to the Charges.

## 3. Transition

3.1 Provider shall take over the operation of Customer's infrastructure according to the transition plan agreed in the first two weeks after signature, with the Target Service Commencement Date being sixty days after signature.

3.2 During transition Provider shall document the entire infrastructure, install its monitoring agents, set up the service desk with Customer's user directory, and shadow Customer's outgoing IT contractor for at least ten working days.

3.3 The transition passes acceptance when (a) all devices in the inventory annexed to Schedule 1 report to Provider's monitoring, (b) the configuration management database has been reconciled with a physical audit of every site, (c) backup restores of three sample systems chosen by Customer have succeeded, and (d) the service desk has handled live tickets for ten working days within the Service Levels.

3.4 If the Service Commencement Date is later than the Target Service Commencement Date for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 1,800 for each day of delay, up to a maximum of CNY 108,000.

## 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall provide a named service delivery manager, hold a monthly service review with Customer and deliver a monthly report on Service Levels, incidents, changes, capacity and security events.

4.3 Changes to Customer's production systems follow Customer's change management procedure. Emergency changes may be made to restore service and shall be reported to Customer within one business day.

## 5. Service Credits

5.1 If Provider fails to meet a Service Level, Customer shall receive the Service Credits set out in Schedule 2, deducted from the next monthly invoice.

5.2 The Service Credits in any month shall not exceed 20% of the monthly service charge for that month.

## 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears and payable within thirty days of invoice.

6.2 The transition fee is invoiced after the Service Commencement Date and payable within thirty days of invoice.

6.3 The Charges are fixed for the Service Term. Additional sites or users are charged at the unit rates in Schedule 3.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process it only to perform the Services and in accordance with Customer's instructions, and shall not use it for any other purpose, including in anonymised or aggregated form.

7.2 Provider shall keep all Customer Data in the People's Republic of China, in Customer's systems and in the monitoring and backup platform hosted for Customer in Shanghai. Provider staff outside China may access Customer systems only through Customer's privileged access gateway, with multi-factor authentication and session recording, and may not download Customer Data.

7.3 Provider shall maintain information security controls certified under ISO/IEC 27001, comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, notify Customer of any security incident affecting Customer Data within six hours, and bear all losses caused by incidents attributable to Provider or its personnel.

## 8. Confidentiality

Each party shall keep confidential the non-public information of the other party received under this Agreement, use it only for this Agreement and not disclose it to third parties, except to its staff and advisers who need to know it and are bound by equivalent duties. This obligation continues for five years after the end of the Service Term.

## 9. Intellectual Property

9.1 Provider keeps its tools, monitoring platform and methods.

9.2 Documentation, scripts, runbooks and configurations produced for Customer under this Agreement belong to Customer, which may use and modify them freely and hand them to any successor provider.

## 10. Subcontracting

Provider may use subcontractors, including local on-site service partners in Shanghai and Guangzhou, to perform any part of the Services, at its own discretion. Provider shall inform Customer of the subcontractors it uses in its monthly report and remains responsible for their performance.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Each party's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Term. This limit does not apply to breach of clause 7 or clause 8, personal injury or wilful misconduct.

## 12. Ending the Agreement

12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party becomes insolvent, enters liquidation or ceases to carry on business.

12.2 Customer may terminate this Agreement for convenience on ninety days' written notice given at any time after the eighteenth month of the Service Term, on payment of an early termination charge equal to three monthly service charges.

12.3 Service Credits are Customer's remedy for failures to meet the Service Levels.

12.4 On expiry or termination, Provider shall provide exit assistance for up to sixty days at the rates in Schedule 3, hand over all documentation and credentials, and return or securely delete Customer Data as Customer directs.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 14. General

This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party is liable for failures caused by events beyond its reasonable control, if it notifies the other party promptly.

Signed for Customer: ____________________

Signed for Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Mandarin and English, telephone, e-mail and portal, for about 260 users | 08:00–20:00 Monday to Saturday |
| Infrastructure monitoring | Servers, storage, network, firewalls, Wi-Fi, cold-room controllers' network links | 24 × 7 |
| Server and cloud operations | 46 virtual servers, Microsoft 365 tenant, patching, capacity management | 24 × 7 for incidents |
| Network management | WAN links, SD-WAN appliances, switches and access points at 8 sites | 24 × 7 for incidents |
| Backup and recovery | Daily backups, quarterly restore tests, annual disaster-recovery test | as scheduled |
| Endpoint management | About 300 laptops and handheld scanners, antivirus, encryption | business hours |
| On-site support | Head office and distribution centres, by on-site service partners | next business day, or 2 hours for Priority 1 |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of core systems (ERP hosting, e-mail, WAN at distribution centres), per month | 99.95% | 2% of the monthly service charge for each started 0.02 percentage point below the level |
| Priority 1 incident (a distribution centre or the ERP is down): response | 15 minutes | CNY 1,000 per started hour late |
| Priority 1 incident: restoration | 3 hours | CNY 2,000 per started hour late |
| Priority 2 incident (a function or site impaired): response | 1 hour | CNY 300 per started hour late |
| Service desk calls answered within 60 seconds | 90% of calls per month | 1% of the monthly service charge |
| Monthly report delivered by the 5th business day | every month | CNY 500 per late report |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | fixed, one-time | 96,000 |
| Monthly service charge | 58,000 × 36 months | 2,088,000 |
| Total Charges over the Service Term | | 2,184,000 |
| Additional user | per user per month | 180 |
| Additional site | per site per month | 3,200 |
| Exit assistance | per engineer-day | 2,400 |
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, numbered clauses)
E05 = """MARINE WEATHER AND SEA-STATE DATA SUBSCRIPTION AGREEMENT

Agreement No. LMD-ZS-2027-004

PARTIES

(1) Zhoushan Donghai Ocean Fishing Co., Ltd., Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China (the "Customer").

(2) Leven Marine Data Pty Ltd, Reibey Street, Ulverstone, Tasmania, Australia (the "Provider").

BACKGROUND

The Customer operates a fleet of distant-water fishing vessels and squid jiggers in the North Pacific, the South-West Atlantic and the South-East Pacific. The Provider compiles and forecasts marine weather, wave, current and sea-surface temperature data from satellite, buoy and model sources, and delivers it to customers through an application programming interface (API) and bulk data files. The Customer wishes to subscribe to that data for its fleet operations centre and its route-planning software for two Subscription Years.

1. DEFINITIONS

1.1 "Data" means the marine weather, wave, swell, current, sea-surface temperature and chlorophyll datasets and forecasts described in Annex A, as updated by the Provider from time to time.

1.2 "API" means the Provider's REST interface and bulk file service through which the Data is delivered.

1.3 "Customer Data" means all data the Customer sends to the API or otherwise gives to the Provider, including vessel identifiers, vessel positions, planned routes, catch locations, query logs and user account details.

1.4 "Custom Products" means the route-risk layers, the fishing-ground temperature front maps and any other data products or reports the Provider prepares specifically for the Customer under clause 3.3.

1.5 "Start Date" means the date of the Customer's written onboarding acceptance under clause 4.3.

1.6 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary.

2. TERM

2.1 This Agreement starts on signature and ends at the end of the second Subscription Year, unless terminated earlier under clause 12.

2.2 This Agreement does not renew automatically. The parties may agree in writing, before the end of the second Subscription Year, to extend it; any extension requires a new order signed by both parties.

3. SUBSCRIPTION AND SERVICES

3.1 The Provider grants the Customer a non-exclusive, non-transferable right, during the term, to access the Data through the API and to use it for the Customer's own fleet operations, including display on vessel bridges, route planning and internal reports, for up to 45 vessels and 30 shore-based users.

3.2 The Customer may not resell the Data or supply it to third parties, except to its own vessels' masters and to its ship-management contractors for the Customer's operations.

3.3 During the first Subscription Year, the Provider shall prepare for the Customer a route-risk layer for its three main fishing grounds and a weekly temperature-front map, in the formats agreed in the onboarding plan.

3.4 The Provider shall use commercially reasonable efforts to keep the API available and the Data up to date. Planned maintenance will be announced on the Provider's status page where practicable.

3.5 Support requests may be raised by e-mail or through the Provider's customer portal and will be handled during the Provider's business hours in Tasmania, on a reasonable-efforts basis.

3.6 The Provider may change its data sources, models and file formats from time to time, and shall give the Customer at least thirty days' notice of any change to the API that requires changes to the Customer's software.

4. ONBOARDING AND ACCEPTANCE

4.1 Within thirty days after signature, the Provider shall issue API credentials, configure the Customer's account with its vessel list and areas of interest, and assist the Customer's software contractor in connecting its route-planning software to the API.

4.2 The Customer shall test the onboarding for fourteen days. The onboarding passes acceptance when (a) the API returns forecasts for every area of interest in Annex A, (b) forecasts are refreshed at least every six hours, (c) the bulk file service delivers the daily files to the Customer's server in Zhoushan, and (d) the route-planning software displays the Data for the test vessels without error.

4.3 The Customer shall confirm acceptance in writing within five business days after a successful test, or state the failures found, which the Provider shall correct before the test is repeated.

5. FEES AND PAYMENT

5.1 The Subscription Fee is CNY 372,000 for each Subscription Year, CNY 744,000 for the two Subscription Years, inclusive of PRC VAT and any withholding tax. Onboarding and the Custom Products in clause 3.3 are included.

5.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within thirty days of invoice. Nothing is payable before the Start Date.

5.3 Additional vessels may be added at CNY 6,200 per vessel per Subscription Year, pro rata.

5.4 The Subscription Fee is fixed for the term.

5.5 Invoices are issued in CNY by the Provider's authorised distributor in Shanghai, which issues PRC VAT invoices on the Provider's behalf.

6. OWNERSHIP AND INTELLECTUAL PROPERTY

6.1 The Provider and its licensors retain all rights in the Data and the API.

6.2 The Custom Products belong to the Customer from delivery. The Customer may use, modify and license them without restriction, including after this Agreement ends.

6.3 Reports, charts and route plans that the Customer creates using the Data belong to the Customer and may be kept and used after this Agreement ends.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to deliver the Data and the Custom Products to the Customer and shall not use it for any other purpose, including to improve its models or products, or disclose it to any third party, whether identified, anonymised or aggregated.

7.2 Customer Data shall be stored only on the Provider's servers hosted in mainland China by its contracted cloud provider, as listed in Annex B.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data and the API credentials with encryption in transit and at rest, role-based access limited to named Provider staff, multi-factor authentication and access logging.

8.2 The Provider shall comply with the PRC Data Security Law and Personal Information Protection Law in its handling of Customer Data.

8.3 The Provider shall notify the Customer within twenty-four hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, take all necessary remedial steps, and compensate the Customer for the losses caused by incidents attributable to the Provider.

8.4 On expiry or termination, the Provider shall delete all Customer Data within thirty days and confirm the deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, including the Customer's fleet positions, fishing grounds and catch information and the Provider's pricing and methods, and shall use it only for this Agreement.

9.2 This clause survives for five years after the end of this Agreement.

10. WARRANTIES

10.1 The Provider warrants that it has the right to license the Data and that the Data is compiled with reasonable skill and care using recognised sources and models.

10.2 Forecasts are predictions. The master of each vessel remains responsible for navigation decisions and the safety of the vessel and crew.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Each party's total liability under this Agreement is limited to 200% of the total Subscription Fees for the two Subscription Years. The limit does not apply to breach of clause 7, 8 or 9, or to personal injury or wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund the part of the Subscription Fee paid for the period after termination.

13. SUBCONTRACTING AND ASSIGNMENT

13.1 The Provider shall not subcontract any part of its obligations, other than hosting by the cloud provider listed in Annex B, without the Customer's prior written consent.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding.

15. GENERAL

15.1 This Agreement, with Annex A (Data and areas of interest) and Annex B (hosting), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

15.2 Neither party is liable for delay caused by events beyond its reasonable control, if it notifies the other party promptly.

15.3 This Agreement is made in English and Chinese in two originals; both versions have equal effect.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

ANNEX A - DATA AND AREAS OF INTEREST

A.1 Datasets: ten-day wind, wave and swell forecasts; ocean current forecasts; daily sea-surface temperature and chlorophyll analyses; tropical cyclone tracks and warnings.

A.2 Areas of interest: North Pacific squid grounds; South-West Atlantic off Argentina; South-East Pacific off Peru and Chile; transit routes between these grounds and Zhoushan.

A.3 Delivery: API queries by point, route or area; daily bulk files in NetCDF and GRIB formats.
"""

# ================================================================ files, labels, checks
FILES = {  # key: (stem, ext, lang, category, source)
    "z01": ("h1078z01_eco_bureau_hazardous_waste_platform", "pdf", "zh", "software", Z01),
    "z02": ("h1078z02_foot_bath_factory_line_control_retrofit", "docx", "zh", "hardware", Z02),
    "z03": ("h1078z03_ear_training_chain_booking_saas", "txt", "zh", "cloud", Z03),
    "z04": ("h1078z04_grain_reserve_monitoring_om_service", "txt", "zh", "services", Z04),
    "z05": ("h1078z05_lattice_window_studio_tracking_supplier_template", "md", "zh", "software", Z05),
    "e01": ("h1078e01_aquaculture_software_perpetual_licence_tas_vendor", "pdf", "en", "software", E01),
    "e02": ("h1078e02_dairy_herd_saas_order_form_nz_vendor", "md", "en", "cloud", E02),
    "e03": ("h1078e03_cold_store_sensors_monitoring_licence", "docx", "en", "hardware", E03),
    "e04": ("h1078e04_fruit_importer_managed_it_services_36_months", "md", "en", "services", E04),
    "e05": ("h1078e05_marine_weather_data_api_subscription", "txt", "en", "cloud", E05),
}

G, S = "goods_or_licence", "service"
# expected_terms in holdout19 key order; then expected_extra; TCO fee base (itemised licence / hardware subtotal)
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, True, "PRC", G],
    "z03": [99.5, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
    "z04": [99.95, 0.5, True, "buyer", True, True, False, None, None, None, True, None, None, None, False, True, False, None, S],
    "z05": [None, 24, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True, None, "PRC", G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False, "Tasmania", G],
    "e02": [99.95, 1, True, "buyer", False, True, True, 520 / 580000 * 100, 6 / 24 * 100, None, True, None, None, None, True,
            True, False, "PRC", S],
    "e03": [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
    "e04": [99.95, 0.25, True, "buyer", True, True, True, 1800 / 2184000 * 100, 150, None, True, None, None, None, False,
            False, True, "PRC", S],
    "e05": [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False, "PRC", S],
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value, fee base
EXTRA = {
    "z01": (True, True, True, False, 2370000, 1260000),
    "z02": (True, True, True, False, 1820000, 1480000),
    "z03": (True, True, None, False, 692000, None),
    "z04": (True, False, None, False, 486000, None),
    "z05": (True, True, False, True, 408000, 168000),
    "e01": (True, True, True, False, 1750000, 1150000),
    "e02": (True, True, None, False, 580000, None),
    "e03": (True, True, True, False, 1252000, 1043200),
    "e04": (True, True, None, False, 2184000, None),
    "e05": (False, False, None, False, 744000, None),
}
FOREIGN_FORUM = {"e01"}  # courts of Tasmania
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}

# policy thresholds (contract_risk pack defaults, policy §3)
TH = {"availability": 99.9, "p1_hours": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "pwf": 15, "tco": 40}


def tco(key):
    t = dict(zip(T_KEYS, TERMS[key]))
    value, base = EXTRA[key][4], EXTRA[key][5]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not EXTRA[key][2]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * (base or value) * years
    return value + post, post, post / (value + post) * 100


def derive(key):
    """My reading of policy §3, applied to the labels."""
    t = dict(zip(T_KEYS, TERMS[key]))
    sla, ld_stated, capped, deemed, value, base = EXTRA[key]
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(key)
        if c and c[2] > TH["tco"]:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold text scan
NUM_PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.,])30(?:\.0+)?" + NUM_PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.,])4\s*-?\s*(?:hours?\b|hrs?\b|h\b|个?小时)", r"(?<![十\d])四\s*个?\s*小时",
    r"(?<!twenty-)(?<!twenty)four[\s-]*hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百千])", r"千分之零点五", r"(?<![\d.])0\.0005(?!\d)",
    r"(?<![\d.,])100(?:\.0+)?" + NUM_PCT, r"百分之一?百(?!分)", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])12\s*-?\s*(?:months?\b|个月)", r"十二\s*个\s*月", r"twelve[\s-]*months?",
    r"(?:质保|保修)期?\s*为?\s*[一1壹]\s*年", r"one[\s-]*year\s*warranty",
    r"(?<![\d.,])15(?:\.0+)?" + NUM_PCT, r"百分之十五(?![点\d])", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])40(?:\.0+)?" + NUM_PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:per\s*cent|percent)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "thirty per cent", "99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时",
            "within 4 hours", "4-hour", "four hours", "0.05%", "万分之五", "100%", "100 per cent", "百分之百", "12个月",
            "十二个月", "twelve months", "12 months", "12-month", "质保期为一年", "15%", "百分之十五", "40%", "百分之四十",
            "forty per cent"]
MUST_MISS = ["24小时", "24 hours", "twenty-four hours", "99.95%", "130%", "35%", "0.08%", "万分之八", "2027年12月31日",
             "150%", "115%", "140%", "1,300,000", "4G link", "14 hours", "45%", "10.05", "0.053", "万分之五十", "第四条",
             "CNY 1,150,000", "1,150,000%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
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


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    stem, ext, lang, category, _ = FILES[key]
    t = dict(zip(T_KEYS, TERMS[key]))
    sla, ld_stated, capped, deemed, value, _ = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": "%s.%s" % (stem, ext), "language": lang, "category": category, "expected_terms": t,
            "expected_extra": extra, "expected_rules": derive(key)}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # self-test of the threshold scan
    for s in MUST_HIT:
        assert RX.search(s) or RX.search(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    sources, targets = {}, {}
    for key, (stem, ext, lang, category, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, ("%s.%s" % (stem, ext), ext)
        else:
            (OUT / ("%s.%s" % (stem, ext))).write_text(src, encoding="utf-8")
            print("wrote", "%s.%s" % (stem, ext))
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    for key, (stem, ext, lang, category, src) in FILES.items():
        lab = label(key)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk_of(rules) == RISK[key], (key, risk_of(rules))
        fired |= set(rules)
        t = lab["expected_terms"]
        # no label value on a threshold
        assert t["availability_pct"] != TH["availability"] and t["p1_response_hours"] != TH["p1_hours"], key
        assert t["ld_rate_per_day_pct"] != TH["ld"] and t["liability_cap_pct"] != TH["cap"], key
        assert t["prepayment_pct"] != TH["prepay"] and t["warranty_months"] != TH["warranty"], key
        assert t["post_warranty_fee_pct"] != TH["pwf"], key
        c = tco(key)
        if c:
            assert abs(c[2] - TH["tco"]) > 2, (key, c)
        text = read_back(OUT / lab["file"])
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        print("%s %-62s %5d %-6s tco=%s %s" % (key, lab["file"], n, risk_of(rules),
                                               "%.2f%%" % c[2] if c else "-", ", ".join(rules) or "(none)"))
    assert len(SEVERITY) == 20 and fired == set(SEVERITY), sorted(set(SEVERITY) - fired)
    print("all 20 CR rules covered; all checks passed")
