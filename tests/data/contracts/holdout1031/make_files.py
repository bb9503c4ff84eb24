"""holdout1031: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, thresholds, design rules vs rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""T:取水许可管理平台建设项目合同书
P:项目编号：SLJ-ZFCG-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市水利局
P:乙方（供应商）：某信息技术股份有限公司
P:根据政府采购公开招标结果及招标文件、投标文件，甲乙双方就取水许可管理平台的软件许可及定制开发事宜，经协商一致，订立本合同，以资共同遵守。本合同采用甲方提供的政府采购合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供取水许可管理平台软件许可，并完成取水许可电子证照、取水计量在线监测接入、水资源费（税）征管协同、取水口“一张图”等模块的定制开发、历史数据迁移、部署实施及培训。
P:1.2 定制开发范围包括：取水许可申请、审查、决定、延续、变更、注销全流程网上办理；取水计量设施在线监测数据接入与超许可取水预警；年度取水计划下达与考核；移动端现场核查；统计报表及领导驾驶舱。
P:1.3 平台部署于甲方政务云，与省级水资源管理系统、市政务服务网及电子证照库对接。详细功能清单见附件1《需求规格说明书》。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），包括：平台软件许可费¥560,000；定制开发费¥610,000；数据迁移费¥126,000；部署实施及培训费¥84,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及乙方完成本项目所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百五十日内完成全部开发、部署和数据迁移，并提交初步验收申请。
P:4.2 乙方应在合同签订后十日内提交项目实施方案和进度计划，经甲方确认后执行；乙方项目经理须具有同类水利信息化项目经验，未经甲方同意不得更换。
P:4.3 乙方应为甲方各科室及区县水利部门业务人员提供不少于三期集中培训，并为系统管理员提供专项培训，培训教材由乙方编制。
P:4.4 乙方应提交源代码、数据库设计说明、部署手册、用户手册及运维手册，电子版与纸质版各一套。
H:第五条 验收
P:5.1 初步验收：由甲方组织，依据附件1逐项测试功能，核对迁移数据与原始台账的一致性，抽查不少于两千条取水许可记录；接口连续七日调用成功；500个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收：初步验收后平台试运行三个月，期间不得出现一级故障，并通过第三方网络安全等级保护测评和软件测评，由甲方组织专家出具最终验收意见。
P:5.3 验收依据为本合同、招标文件、投标文件、附件1及国家和行业现行标准；验收时乙方应提交测试报告、数据迁移核对报告及全部文档，双方代表在验收报告上签字确认。
P:5.4 平台上线使用、甲方部分付款或签收文档，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥50,400），该标准自质保期满起三个年度内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日通知甲方并安排在非工作时间。
P:7.2 一级故障（平台整体不可用或取水许可审批无法办理）：乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次一工作日内解决。
P:7.3 乙方未达到前款响应或恢复时限的，每超时一小时扣减维护保证金人民币800元；月度可用率每低于约定值0.01个百分点，扣减人民币1,000元。
H:第八条 知识产权
P:8.1 本项目定制开发的程序、源代码、接口、数据库设计及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台基础软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其下属单位。
H:第九条 数据安全
P:9.1 平台存储和处理的取水户信息、计量数据、许可证照等全部数据属于甲方，乙方不得将其用于本合同以外的任何目的，不得留存或向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，运维操作一律经甲方堡垒机进行并留存日志，不得将数据拷贝出甲方政务云。
P:9.3 乙方参与本项目的人员应签署保密及安全承诺书，离场时交回全部账号和介质；测试须使用甲方提供的脱敏数据，不得使用生产数据。
P:9.4 发生数据泄露、篡改或丢失等安全事件时，乙方应在1小时内报告甲方，配合处置，并对因其原因造成的损失承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、取水户商业信息及个人信息负有保密义务，未经甲方书面同意不得披露。
P:10.2 乙方应要求其参与本项目的人员遵守本条约定，人员违反保密义务的，视为乙方违反。本条义务在合同终止后继续有效，不因合同解除或履行完毕而失效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，应无偿整改；给甲方造成损失的，依法承担赔偿责任。
P:11.3 乙方未按第九条履行数据安全义务的，甲方有权要求其立即停止并限期整改。
P:11.4 甲方无正当理由逾期付款的，按逾期金额的每日万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包；确需将机房布线等辅助工作交由他人完成的，须事先取得甲方书面同意，乙方仍对全部工作承担责任。
H:第十三条 合同的变更与解除
P:13.1 合同履行中需变更的，双方应签订书面补充协议，并按政府采购有关规定办理。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以书面通知解除合同；除此以外，本合同经双方协商一致方可解除。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不能预见、不能避免且不能克服的情形导致不能履行合同的，受影响一方应在五日内通知对方，并在十五日内提供证明，双方据此协商延期履行或部分免除责任。
H:第十五条 通知与联系人
P:15.1 双方指定项目联系人，与本合同有关的通知、确认和整改要求以书面或电子邮件形式送达联系人即为送达。一方变更联系人或地址的，应及时书面通知对方。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及附件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2027年3月　日
"""

Z02 = r"""T:生产线控制系统改造合同
P:合同编号：CZJ-GZ-2027-006
P:甲方：某电动搓澡巾制造有限公司
P:乙方：某自动化工程有限公司
P:甲方拟对其电动搓澡巾总装线、电机装配线及包装线共三条生产线的控制系统进行改造，乙方具备相应的设计、供货、安装和调试能力。双方经友好协商，就改造项目的设备供货、软件许可、安装调试及售后维保事宜订立本合同。
H:一、改造范围
P:（一）乙方负责三条生产线电气控制系统的设计、设备及软件供货、旧系统拆除、安装接线、程序编写、联机调试及人员培训。
P:（二）改造后生产线应实现：总装线节拍提升至每件不超过18秒；电机装配工位扭矩数据自动采集；包装线自动称重剔除；三条线运行状态、产量、停机原因在生产监控软件中集中显示并生成日报。
P:（三）改造应利用甲方每年春节停产期间及周末分段实施，单条生产线停线时间不得超过十日。
P:（四）主要技术要求：PLC采用国内外主流品牌中型控制器，预留不少于两成的I/O余量；伺服系统定位精度满足电机装配工艺要求；工业网络采用环网结构，单点断线不影响生产；生产监控软件支持与甲方现有ERP系统的产量及工单数据接口。
P:（五）乙方应在合同生效后十五日内提交改造设计方案，方案经甲方技术部门书面确认后方可采购设备。甲方确认方案不免除乙方的设计责任。
H:二、合同价款
P:（一）合同总价为人民币贰佰壹拾肆万陆仟元整（¥2,146,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含I/O模块、柜体）|3套|468,000
TB:2|伺服驱动器及伺服电机|42套|392,000
TB:3|HMI触摸屏、扭矩及称重传感器|1批|236,000
TB:4|工控机及工业网络设备|1批|94,000
TB:5|生产监控软件许可（三条线，永久）|1套|318,000
TB:|软硬件小计||1,508,000
TB:6|改造安装及旧系统拆除|1项|462,000
TB:7|程序编写及联机调试|1项|126,000
TB:8|操作及维护培训|1项|50,000
TB:|合计||2,146,000
P:（二）上述价格含税、运输、保险、安装辅材及乙方人员费用。
P:（三）合同履行期间，因甲方书面要求增加工位或变更工艺的，双方按本合同单价协商确定增加的费用；乙方不得以原材料涨价等理由调整合同价款。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%，即¥429,200。
P:（二）全部设备到货并安装完毕后，甲方支付合同总价的55%，即¥1,180,300。
P:（三）三条生产线改造完成并投入生产运行后十个工作日内，甲方支付合同总价的25%，即¥536,500。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、交付与安装
P:（一）乙方应在合同生效后四十五日内将全部设备运抵甲方厂区，并按甲方确认的停线计划完成安装。
P:（二）乙方施工人员须遵守甲方厂区安全生产及用电管理制度，动火、登高及带电作业须办理审批。施工造成甲方设备、产品损坏的，由乙方负责修复或赔偿。
P:（三）旧系统拆除的控制柜、电缆及元器件归甲方所有，乙方应分类整理后移交甲方仓库，不得自行处置。
P:（四）乙方应交付电气原理图、接线图、PLC及HMI程序、参数清单、设备说明书及操作规程。
H:五、调试与投产
P:（一）每条生产线安装完毕后，乙方进行单机调试和联机调试，甲方派员配合。
P:（二）调试期间乙方应做好调试记录，对调试中发现的问题及时处理。因调试造成产品报废的，由乙方按甲方成本价赔偿。
P:（三）改造设备安装调试完毕并投入生产运行之日，即视为甲方验收合格。
P:（三）乙方应对甲方电工、设备维护员及班组长进行操作和维护培训，培训不少于三批次，每批次不少于两日，培训结束后受训人员应能独立完成常见故障的判断和处理。
H:六、质保与维保
P:（一）质保期为二十四个月，自生产线投入生产运行之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:（二）一级故障（导致整条生产线停线）：乙方接到报修后1小时内响应，3小时内到场，当日内恢复生产；二级故障2小时内响应，次日内解决。乙方未按时响应或到场的，每超时一小时向甲方支付人民币1,000元。
P:（三）质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的8%，即每年¥120,640，包括定期巡检、备件更换工时及软件升级。该费用自质保期满后三个年度内固定不变，双方每年签订维保协议。
P:（四）维保期内乙方每季度进行一次预防性巡检，出具巡检报告，并对发现的隐患提出整改建议。
P:（五）乙方应在甲方所在地储备常用备件，保证停线故障所需备件当日到位。
H:七、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、工艺参数配方及报表的知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或委托他人修改。
P:（二）乙方保证所供设备及软件不侵犯任何第三方的知识产权，因侵权引起的索赔由乙方负责处理并承担费用。
P:（三）生产监控软件的著作权属于乙方，乙方授予甲方在本厂区内永久使用的许可。
H:八、数据安全
P:（一）生产线运行产生的产量、工艺参数、质量检测等数据属于甲方，乙方未经甲方书面同意不得采集、复制或用于其他目的。
P:（二）乙方远程维护须经甲方逐次批准，使用甲方指定的加密通道并保留操作记录；乙方不得在控制系统中留存后门或未经说明的远程访问功能。
P:（三）因乙方原因造成甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应立即报告并采取补救措施，赔偿甲方因此遭受的损失。
H:九、保密
P:（一）乙方对在履约中知悉的甲方产品结构、工艺配方、产能、客户信息等商业秘密负有保密义务，不得向任何第三方披露或用于其他项目。乙方应要求其员工及经同意的分包人员遵守同等保密义务。本条义务于合同终止后三年内继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但人身伤害及乙方故意造成的损失除外。
P:（三）甲方逾期付款的，按逾期金额的每日万分之三支付违约金。
H:十一、分包
P:乙方不得将本合同项下工作转包；辅助电气施工确需分包的，须事先取得甲方书面同意，乙方对分包工作承担连带责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收取的相应款项并赔偿损失。合同解除时，乙方应配合恢复原控制系统或完成过渡安排，并移交已完成部分的程序和图纸，保证甲方生产不因此中断。
H:十三、不可抗力
P:因不可抗力导致一方不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:十四、通知
P:双方项目负责人的联系方式见合同首页。与停线计划、故障报修、付款有关的通知以书面或电子邮件形式发出，报修可先电话通知后补书面记录。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = r"""门店预约及会员管理系统服务合同

合同编号：DM-IT-2027-011
甲方：某动漫文化培训连锁有限公司
乙方：某网络科技有限公司

甲方在全国经营四十家动漫绘画、动画制作及漫画创作培训门店，拟采用乙方的“课享”门店预约及会员管理云服务（以下简称“云服务”），并由乙方完成实施和数据迁移。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店提供云服务的订阅使用权，功能包括：试听及课程预约、排课与教室管理、会员卡及课时包管理、线上缴费与退费审批、家长端小程序通知、教师课时统计、门店经营报表。
2. 每家门店开通不超过十五个员工账号，总部开通不超过三十个管理账号；学员及家长通过小程序使用，不限数量。
3. 乙方负责云服务的运行、升级、备份和安全防护，新版本上线不得减少甲方已使用的功能，也不得因版本升级另行向甲方收取费用。
（二）实施服务
1. 乙方负责系统配置、四十家门店的课程体系及价格规则设置、小程序页面定制、与甲方财务系统的收款数据接口开发。
2. 乙方负责将甲方现有表格及旧系统中的会员、课时余额、缴费记录迁移至云服务，并与甲方逐店核对。
3. 乙方为总部及门店人员提供线上和集中培训，每家门店店长及前台均应完成培训。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自云服务上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期；续期期间的订阅费按乙方届时公布的标准价格执行，乙方调价的，以书面通知甲方为准。

三、费用
（一）订阅费：每家门店每个服务年度人民币9,600元，四十家门店每个服务年度合计384,000元，两个服务年度合计768,000元。
（二）实施费：人民币86,000元；数据迁移费：人民币32,000元。
（三）本合同总价为人民币886,000元（含税）。门店数量在服务期内增加的，新增门店按同一单价按月折算计费。

四、付款方式
（一）实施费和数据迁移费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度结算，每季度结束后十五个工作日内，甲方根据当季实际开通门店数支付当季订阅费。
（三）乙方应在每次付款前开具增值税专用发票，甲方在收到合格发票后付款。

五、上线与验收
（一）乙方应在合同生效后六十日内完成全部实施工作并提交上线验收申请。
（二）验收标准：1. 合同附件所列功能全部可用；2. 迁移后会员人数、课时余额及缴费金额与甲方核对清单一致；3. 小程序预约、支付、退费流程经甲方选定的五家门店连续试运行十日无一级故障；4. 收款接口数据与财务系统逐笔一致。
（三）试运行期间乙方应安排实施人员驻场或在线值守，逐日记录门店反馈的问题并在次日前给出处理结果。
（四）验收合格的，双方签署上线验收单；不合格的，乙方应在十日内整改后重新验收。

六、服务水平
（一）云服务月度可用率不低于99.5%，计划内维护应安排在每日二十二时后进行并提前通知甲方。
（二）故障分级及响应：1. 一级故障（全部门店无法预约或缴费）：30分钟内响应，3小时内恢复；2. 二级故障（部分功能或部分门店不可用）：1小时内响应，当日内解决；3. 三级问题：次一工作日内答复。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，或一级故障恢复每超时一小时，乙方按当月订阅费的2%抵扣下期费用，单月抵扣不超过当月订阅费的一半。

（四）乙方提供工作日9:00至21:00的在线客服及电话支持，周末及法定节假日门店营业时间内同样提供支持；乙方为甲方指定专属客户经理，每月向甲方提交服务报告，内容包括可用率、故障记录、处理时长及改进措施。

七、双方的其他义务
（一）甲方应指定总部项目负责人，按时提供课程体系、价格规则、门店资料及迁移数据，并组织门店人员参加培训。
（二）甲方应妥善保管账号和密码，对其员工使用云服务的行为负责；发现账号被盗用的，应及时通知乙方冻结。
（三）乙方应保证云服务符合国家有关网络安全、个人信息保护及教育培训行业管理的规定，因云服务本身不合规导致甲方被处罚的，由乙方承担责任。
（四）乙方对云服务进行重大版本变更的，应提前十五日通知甲方，并为门店人员提供变更说明和培训。

八、知识产权
（一）云服务平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、课程及价格规则配置、经营报表和财务接口程序的知识产权归甲方所有，乙方应交付相关配置文件和接口源代码，甲方可自行或委托第三方使用和修改。

九、数据安全与数据归属
（一）甲方及其学员、家长在云服务中产生的全部数据（包括学员姓名、年龄、联系方式、课时及缴费记录、作品图片）归甲方所有。乙方仅为履行本合同处理上述数据，不得用于营销、分析或任何其他目的，不得向第三方提供。
（二）学员多为未成年人，乙方应按个人信息保护法律法规及未成年人个人信息保护的要求处理数据，对敏感信息加密存储，实行最小权限访问并保存访问日志。
（三）数据存储于中国境内的服务器，每日备份，备份保存不少于三十日。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，配合甲方履行告知和报告义务，并赔偿由此给甲方造成的损失。
（五）合同终止时，乙方应在三十日内以通用格式向甲方交还全部数据，经甲方确认后删除并出具删除证明。

十、保密
双方对在合作中知悉的对方商业信息、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露，也不得用于本合同以外的目的。双方应要求各自员工遵守本条约定。本条义务在合同终止后三年内有效。

十一、违约责任
（一）乙方未按期提交上线验收申请的，每逾期一日，应向甲方支付违约金人民币600元。
（二）乙方违反第九条约定的，除赔偿损失外，甲方有权立即暂停付款并要求整改。
（三）乙方实施人员擅自更换或缺勤，影响上线进度的，甲方有权要求乙方限期调整人员。
（四）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但违反第九条、第十条的责任不受此限。

十二、分包
乙方不得将实施服务转包；确需分包的，应事先取得甲方书面同意。

十三、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除合同。
（二）云服务连续两个月可用率未达约定值的，甲方有权解除合同，乙方应退还甲方已支付但未提供服务部分的费用，并按第九条第（五）项交还数据。

十四、不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方据此部分或全部免除责任；云服务中断超过十五日的，甲方有权解除合同。

十五、争议解决
本合同适用中华人民共和国法律。双方因本合同发生的争议，应友好协商；协商不成的，提交甲方所在地仲裁委员会仲裁。

十六、其他
本合同附件包括：功能清单、门店清单、数据迁移核对清单。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z04 = r"""公路交通气象观测站及运维系统年度运维服务合同

项目编号：QXJ-CS-2027-004
采购方式：竞争性磋商
甲方（采购人）：某市气象局
乙方（成交供应商）：某气象科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就本市公路交通气象观测站及运维系统的年度运维服务，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：甲方在高速公路及国省干线沿线建设的公路交通气象观测站共八十六个（含能见度仪、路面状况传感器、温湿度及风向风速传感器、视频监控和太阳能供电设备），以及部署在甲方机房的公路气象观测站运维管理系统（以下简称“运维系统”）。
（二）服务内容：观测站日常巡检、定期维护、故障维修、传感器校准的送检配合；运维系统的运行监控、数据备份、安全加固、缺陷修复和小版本升级；观测数据质量控制和每日数据传输情况核查；汛期、冰冻、大雾等重大天气过程期间的保障值守。
（三）备品备件：单件价格在人民币2,000元以下的易损件由乙方承担；超过该金额的主要部件由甲方另行采购，乙方负责更换安装。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。服务期满时，乙方应配合新的运维单位完成交接，交接期间不另收费用。

第三条 合同价款
（一）本合同总价为人民币柒拾叁万陆仟元整（¥736,000），为固定总价，包括人工、交通、车辆、工具、易损件、税费及乙方履行本合同的全部费用。
（二）服务期内运维对象数量变化不超过五个站点的，合同价款不作调整；超过的，按每站每季度人民币2,140元据实增减。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度人民币184,000元。每季度结束后，甲方根据季度考核结果在二十个工作日内支付当季服务费，考核扣减金额从当季服务费中扣除。
（三）乙方应在每次付款前提供合法有效的发票。

第五条 服务启动与考核验收
（一）合同签订后十日内，乙方应完成与原运维单位的交接，逐站核对设备清单、运行状态和遗留问题，形成交接清单，经甲方确认后开始计算服务期内的服务责任。
（二）季度考核：甲方每季度按附件《运维服务考核细则》对乙方进行考核，考核内容包括巡检完成率、故障响应与修复时限、运维系统运行情况、数据传输情况、文档记录完整性，考核结果作为付款依据。
（三）年度验收：服务期满前，甲方组织对全年服务进行验收，核查巡检记录、故障处理记录、校准记录、系统运行报告及站点设备状态。设备状态应与交接时一致（正常损耗及甲方原因除外）。验收不合格的，乙方应在十五日内整改。
（四）季度付款不视为甲方对当季服务的最终认可。

第六条 服务水平
（一）运维系统月度可用率不低于99.95%（计划内维护除外，计划内维护须提前两个工作日报甲方同意）。
（二）故障等级与时限：
1. 一级故障（运维系统整体中断，或十个以上站点同时无数据）：30分钟内响应，乙方应立即组织抢修，运维系统3小时内恢复，站点24小时内恢复；
2. 二级故障（单个站点无数据或主要传感器失效）：1小时内响应，城区周边站点当日修复，偏远站点48小时内修复；
3. 三级故障（辅助设备异常）：2小时内响应，三日内修复。
（三）重大天气过程预警发布后，乙方应安排不少于两个抢修小组在路网沿线待命。
（四）未达到上述时限的，每超时一小时扣减当季服务费人民币500元；运维系统月度可用率每低于约定值0.01个百分点，扣减当季服务费人民币1,000元。扣减金额在季度考核中结算。

第七条 人员要求
（一）乙方应配备项目负责人一名、系统工程师两名、外勤维护人员不少于六名，外勤人员应持有高处作业及电工作业资格证书。
（二）乙方人员变更须提前十日书面报甲方同意。乙方人员在道路沿线作业时应遵守交通安全规定，设置警示标志，作业安全责任由乙方承担。

（三）乙方应于每月五日前提交上月运维月报，内容包括站点运行情况、数据传输统计、故障及处理情况、巡检发现的隐患和整改建议；重大天气过程结束后三日内提交保障总结。
（四）乙方应建立站点设备档案，记录每次巡检、维修、更换部件和校准的情况，档案随时接受甲方检查。

第八条 甲方义务
（一）甲方应提供运维系统的管理账号、设备技术资料和原运维记录，协调公路管理部门为乙方沿线作业提供便利。
（二）甲方负责主要部件的采购、计量检定证书的取得和观测站供电、通信线路费用的支付。
（三）甲方应及时组织季度考核和年度验收，并将考核结果书面告知乙方。

第九条 数据安全与数据归属
（一）观测站采集的全部气象观测数据、视频图像及运维系统中的业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得向任何第三方提供，不得用于商业目的。
（二）乙方应按网络安全等级保护第二级及以上要求开展运维，远程运维须经甲方审批并通过甲方指定的安全接入设备进行，操作全程记录；乙方不得擅自修改数据或关闭安全设备。
（三）发生数据泄露、篡改、丢失或系统遭受网络攻击等安全事件的，乙方应在1小时内向甲方报告，立即采取处置措施并配合调查。因乙方原因造成的，乙方承担全部赔偿责任。

第十条 保密
（一）乙方对履约中接触的甲方内部资料、系统账号口令、网络结构和未公开的观测数据负有保密义务，不得泄露给任何第三方。乙方人员应签署保密承诺书。本条义务不因合同终止而解除。
（二）乙方不得在任何宣传材料、投标文件中使用甲方站点的图像、数据和系统截图，但经甲方书面同意的除外。

第十一条 成果归属
乙方在服务期内编写的运维脚本、巡检记录、故障分析报告、运维手册及对运维系统的缺陷修复代码，其所有权和知识产权归甲方所有，甲方可自由使用和修改。服务期满时乙方应全部移交。

第十二条 违约责任
（一）乙方未按第五条第（一）项按期完成交接、或未按计划完成季度巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿因此增加的费用。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十三条 分包
乙方不得将本合同项下服务转包或分包。

第十四条 合同解除
乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并按实际服务期结算费用。合同解除后，乙方应在十日内完成设备、资料、账号和数据的移交。

第十五条 不可抗力
因台风、暴雨、地质灾害等不可抗力导致站点损毁或无法抵达的，乙方应及时报告甲方，相应时限顺延，乙方不承担该期间的考核扣减；不可抗力消除后乙方应尽快恢复服务。

第十六条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
磋商文件、响应文件、成交通知书及附件《运维服务考核细则》《观测站设备清单》为本合同组成部分。本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

Z05 = r"""# 软件许可及定制开发合同

**（乙方标准合同文本 · 匠迹制造工艺管理系统 V3.0）**

合同编号：JJ-HT-2027-0219

甲方：某葫芦笙工作室

乙方：某匠迹软件科技有限公司

鉴于甲方从事葫芦笙、葫芦丝等民族乐器的手工制作与销售，需要对选料、烘烤、开孔、装簧、调音、装配、质检等工序进行跟踪管理；乙方拥有“匠迹制造工艺管理系统”（以下简称“本软件”）的著作权。甲乙双方本着平等自愿的原则，就本软件的许可使用及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方授予本软件标准版的使用许可，许可范围为甲方一个生产场所、不超过三十个并发用户，许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：每件乐器的一物一码工序流转卡、调音数据记录模块、簧片及葫芦原料批次追溯、手机端工序报工、成品档案及销售出库查询。

1.3 乙方负责本软件在甲方服务器上的安装部署，并对甲方人员进行两次操作培训。服务器、操作系统、数据库及扫码枪、标签打印机等硬件由甲方自行采购。

1.4 本软件标准版的功能以乙方官网公布的产品说明为准，乙方有权对标准版功能进行调整和优化。

## 第二条 合同价款

2.1 本合同总价为人民币伍拾叁万元整（¥530,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹制造工艺管理系统标准版软件许可（永久） | 360,000 |
| 2 | 定制开发（工序流转卡、调音记录、原料追溯、移动报工、成品档案） | 140,000 |
| 3 | 安装部署及培训 | 30,000 |
| | 合计 | 530,000 |

2.2 上述价款含增值税。甲方需求超出本合同附件所列范围的，乙方按每人日人民币2,800元另行收费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币344,500元。乙方收到该款项后启动开发工作。

3.2 系统验收合格后五个工作日内，甲方支付合同总价的35%，即人民币185,500元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务，交付时间相应顺延。

3.4 乙方在收到每笔款项后开具增值税普通发票。甲方需要专用发票的，应在付款前书面告知。

## 第四条 交付

4.1 乙方计划在收到首付款后九十日内完成定制开发和部署。因需求变更、甲方资料提供不及时或其他非乙方可控原因导致延期的，交付时间相应顺延，乙方不承担违约责任。

4.2 乙方交付本软件安装程序、用户手册及培训资料。定制开发部分以可执行程序形式交付，不提供源代码。

4.3 甲方应在合同签订后十日内提供服务器、网络环境、工序说明、历史台账及样本数据，并指定专人配合需求调研。甲方未按时提供的，视为甲方原因导致延期。

4.4 乙方培训内容包括系统管理、工序配置、扫码报工和数据查询，每次培训不超过两日。甲方人员需要增加培训的，按乙方服务价格另行收费。

## 第五条 验收

5.1 系统部署完成后，乙方书面通知甲方验收。验收标准为：附件《功能清单》所列功能逐项测试通过；以甲方提供的二十件乐器为样本，从选料到成品入库的全部工序能够完整报工、扫码追溯；调音数据录入后可按乐器编号查询；手机端在甲方车间网络下可正常使用。

5.2 甲方应在收到验收通知后十个工作日内组织验收并签署验收单。验收中发现问题的，乙方修改后再次提交验收。

## 第六条 知识产权

6.1 本软件（包括标准版和定制开发部分）的著作权及其他一切知识产权均归乙方所有。

6.2 定制开发部分系乙方基于本软件完成，乙方有权将其纳入本软件后续版本并向其他客户提供。甲方仅在许可范围内享有使用权，不得修改、反编译，不得许可他人使用。

## 第七条 免费维护期与维保服务

7.1 本软件自验收合格之日起提供六个月的免费维护期，维护期内乙方提供缺陷修复和远程技术支持。

7.2 免费维护期满后，甲方如需继续获得技术支持和升级服务，应向乙方购买年度维保服务，年度维保费为软件许可费的28%，即每年人民币100,800元，按年预付。

7.3 维保期内，甲方报修的一级故障（系统无法登录或全部工序无法报工），乙方在工作时间内8小时内响应；其他问题乙方在三个工作日内答复。乙方将尽力解决问题，但不保证解决时限。

7.4 维保服务内容包括：缺陷修复、远程技术支持、标准版本升级及每年一次上门巡检。维保服务不包括因甲方误操作、服务器硬件故障、病毒或第三方软件引起的问题，也不包括新增功能开发。

7.5 甲方未购买维保服务的，乙方不再提供任何技术支持；甲方日后重新购买的，应补缴中断期间的维保费用。

## 第八条 数据

8.1 乙方对部署于甲方服务器上的系统提供安全配置建议，采用数据加密存储和访问权限控制；乙方远程维护时应使用甲方开通的临时账号，完成后由甲方关闭。因乙方过错导致甲方数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方并承担相应赔偿责任。

8.2 甲方生产数据归甲方所有。甲方同意，乙方可在对甲方数据进行脱敏处理后，将其用于本软件的产品改进、工艺数据模型训练和行业分析报告。

8.3 甲方负责服务器的日常运行和数据备份，乙方可协助甲方制定备份策略。

## 第九条 保密

9.1 双方对在合作过程中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

9.2 下列信息不属于保密信息：已经公开的信息；接收方从第三方合法获得的信息；接收方独立开发的信息；依法律法规或政府部门要求披露的信息。

## 第十条 许可限制

10.1 甲方不得将本软件出租、出借、转让或用于甲方以外的任何主体；甲方增加生产场所或用户数量的，应按乙方当时的报价另行购买许可。

10.2 甲方使用第三方软件与本软件对接的，应事先征得乙方同意，乙方可收取接口开发费用。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

11.2 乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

11.3 乙方因本合同承担的赔偿，仅限于因乙方过错直接造成的、经双方确认的实际损失，甲方应就其损失提供充分证据。

## 第十二条 合同的解除

12.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 甲方在合同签订后要求解除合同的，已支付的款项不予退还。

## 第十三条 不可抗力

13.1 因不可抗力、网络运营商故障、政府行为等非乙方可控原因导致乙方不能履行或迟延履行的，乙方不承担责任。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同中乙方提供的产品说明、宣传资料仅供参考，不构成乙方的承诺。双方往来的通知以本合同首页所列地址或电子邮箱送达。

15.2 本合同附件《功能清单》与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　　乙方（签章）：

签订日期：　　年　　月　　日
"""

E01 = r"""T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CSL-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengrun Packaging Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang (the "Customer"), and Canyon Shadow Logistics Software LLC, an Arizona limited liability company with its principal office in Tuba City, Arizona, United States (the "Vendor").
P:The Customer operates two finished-goods warehouses and a raw-material store and wishes to replace its spreadsheet-based stock control with a warehouse management system. The Vendor owns the Canyon WMS software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Canyon WMS release 8 in object code, including the radio-frequency terminal client, the label designer and the reporting module, and all corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interface programs, report templates, label layouts, data migration scripts and related documentation prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, uploaded to, processed by or generated in the Software by or for the Customer, including stock records, supplier and customer master data, shipment records and user logs.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers controlled by the Customer in mainland China for up to 180 named users and 90 handheld terminals, for the internal operations of the Customer and its affiliates.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery without further charge. The Software shall not contain any time lock, licence key expiry or remote disabling function. Any licence key supplied shall be permanent.
H:Article 3 Scope of Services
P:3.1 The Vendor shall perform the following services: installation and configuration of the Software; design and configuration of warehouse locations, putaway and picking strategies; development of interfaces with the Customer's ERP system and its carrier booking platform; migration of open stock and master data; user acceptance test support; training; and go-live support on site for three weeks.
P:3.2 The Vendor shall deliver the services according to the project plan in Annex 2. The Vendor shall appoint a project manager who speaks Mandarin and who shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,640,000, inclusive of applicable taxes, made up of: Software licence fee CNY 980,000; implementation and configuration CNY 452,000; interface development CNY 148,000; training CNY 60,000.
P:4.2 The Customer shall pay: (a) 20% of the contract price within 30 days after signature of this Agreement against the Vendor's invoice; (b) 45% of the contract price after go-live in both warehouses, which shall not be treated as acceptance; and (c) 35% of the contract price within 20 days after Final Acceptance.
P:4.3 All amounts are payable in CNY by bank transfer to the account of the Vendor's designated collecting agent in Shanghai stated on the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and interface development and make the system ready for user acceptance testing within 16 weeks after signature.
P:5.2 User acceptance testing shall follow the test plan agreed in Annex 3. The acceptance criteria are: every function in the functional specification passes its test case; stock quantities migrated from the legacy records reconcile with the Customer's stock count by location and by batch; all interfaces exchange orders, receipts and shipments correctly over ten consecutive working days; scanning a location or a pallet returns a result in less than two seconds with 90 concurrent terminals; and the system runs in production for 30 consecutive days without any Priority 1 incident.
P:5.3 When all criteria are met, the Customer shall issue a written Final Acceptance certificate. If any criterion is not met, the Vendor shall correct the deficiency at its own cost within 15 days and the relevant tests shall be repeated.
P:5.4 Go-live, productive use of the Software and payment of any instalment shall not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification and the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates, remote support and on-site support free of charge.
P:6.2 Incidents are classified as follows. Priority 1: warehouse operations in either warehouse are stopped or shipments cannot be released. Priority 2: a major function is impaired but a workaround exists. Priority 3: all other issues and questions.
P:6.3 The Vendor shall respond to a Priority 1 incident within 1 hour, at any time of day, and restore operations within 8 hours; a Priority 2 incident within 2 hours during business hours with a fix within three business days; and a Priority 3 issue within one business day.
P:6.4 For each full hour by which the Vendor misses a response or restoration time for a Priority 1 incident, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or support invoice.
P:6.5 After the Warranty Period, the Customer may purchase annual support and maintenance covering the services in Articles 6.1 to 6.4. The annual support fee shall be 11% of the Software licence fee, being CNY 107,800 per year, and shall not be increased during the first three support years. Each support year requires a separate purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software as it existed before this Agreement and in its general improvements.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and documentation of all Custom Deliverables, and the Customer may use, modify and license them freely, including to third-party service providers.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including analytics, benchmarking or product development, in any form.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN and with accounts approved for each support session, shall not copy Customer Data outside the Customer's systems, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its work.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in the investigation and remediation, and shall be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including prices, system designs, business volumes and customer lists, and shall use it only to perform this Agreement. These obligations continue for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to make the system ready for user acceptance testing by the date in Article 5.1, the Vendor shall pay liquidated damages of 0.08% of the total contract price for each day of delay, up to a maximum of 8% of the total contract price.
P:10.2 The total liability of each party under this Agreement shall not exceed 150% of the total contract price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, or infringement claims under Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Customer may also terminate if liquidated damages under Article 10.1 reach their maximum. On termination before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted and deliver all work in progress.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Arizona, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration shall be Phoenix, Arizona. The language of arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, together with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties on its subject matter. Amendments require a written document signed by both parties.
P:14.2 This Agreement is executed in English and Chinese. Both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

E02 = r"""# SaaS Order Form and General Terms

**Order Form No. CM-OF-27-0138**

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the parties named in A1 for a subscription to the Red Mesa EHS Cloud service. If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1 Parties

- **Customer:** Nantong Jiangbin Fine Chemicals Co., Ltd., a company incorporated in the People's Republic of China, registered address in the Nantong Economic and Technological Development Area, Jiangsu.
- **Vendor:** Red Mesa Safety Software Inc., an Arizona corporation with its principal office in Chinle, Arizona, United States, acting in China through its appointed billing agent named in A6.

### A2 Subscribed Service

The Red Mesa EHS Cloud service (the "Service"), comprising the following modules: incident and near-miss reporting; corrective and preventive action tracking; permit-to-work for hot work, confined space and work at height; chemical inventory and safety data sheet library; inspection checklists with a mobile app; and the management dashboard. Subscribed users: 650 named users, including contractor supervisors. Hosting region: the Vendor's tenant hosted with a licensed cloud provider in the Shanghai region of mainland China.

### A3 Subscription Term

The Subscription Term is two Subscription Years starting on the Service Start Date. The Service Start Date is the date of Onboarding Acceptance under B3. This Order Form expires at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties, and no fee increase applies unless agreed in that new Order Form.

### A4 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 650 named users, all modules | 348,000 |
| Subscription fee, Subscription Year 2 | 650 named users, all modules | 348,000 |
| Onboarding services (one-time) | configuration, data load, integration, training | 58,000 |
| **Total contract value** | | **754,000** |

All fees include VAT. Additional named users may be added in blocks of 50 at CNY 535 per user per Subscription Year, prorated by month. Additional users are not part of the total contract value above.

### A5 Invoicing and Payment

- The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.
- Subscription fees are invoiced quarterly in arrears in four equal instalments of CNY 87,000 per Subscription Year, each payable within 30 days of invoice.
- No payment is due before the Service Start Date.

### A6 Contacts and Billing Agent

Customer project owner: Head of EHS Department. Vendor account manager: Regional Director, Greater China. Vendor billing agent: the Vendor's authorised reseller in Shanghai, which issues official VAT invoices (fapiao) for all fees under this Order Form. Payment to the billing agent discharges the Customer's payment obligation.

## Part B — General Terms

### B1 Definitions

1.1 "Customer Data" means all data and content submitted to the Service by or for the Customer or its users, including incident reports, photographs, witness statements, employee and contractor names, chemical inventory records, and all outputs generated from them.

1.2 "Customer Configurations" means workflows, forms, checklists, report templates, dashboards and integration mappings configured or developed by the Vendor specifically for the Customer.

1.3 "Documentation" means the Vendor's user guides and service descriptions for the Service as updated from time to time, provided that no update may reduce the functions subscribed in A2.

### B2 Provision of the Service

2.1 The Vendor shall make the Service available to the Customer's users during the Subscription Term in accordance with this Agreement and the Documentation.

2.2 The Vendor shall keep the Service hosted in mainland China and shall not move Customer Data outside mainland China.

2.3 The Vendor may improve the Service from time to time. The Vendor shall give the Customer at least 30 days' notice of any change that affects the way users work with the Service, and shall provide release notes in Chinese.

### B3 Onboarding and Acceptance

3.1 The Vendor shall complete the onboarding services within 45 days after signature of this Order Form. Onboarding comprises: configuration of the Customer's sites, plants and organisational structure; configuration of forms and approval workflows; loading of the chemical inventory and safety data sheets supplied by the Customer; single sign-on integration with the Customer's identity directory; and train-the-trainer sessions.

3.2 Onboarding Acceptance requires that: (a) all modules listed in A2 are available to the Customer's users; (b) the incident, permit-to-work and inspection workflows pass the test scripts agreed with the Customer's EHS Department; (c) the chemical inventory loaded in the Service reconciles item by item with the Customer's list; (d) single sign-on works for all user groups; and (e) the Service runs for ten working days in the Customer's pilot plant without a Priority 1 incident.

3.3 The Customer shall confirm Onboarding Acceptance in writing within five working days after the Vendor shows that the criteria are met, or list the failures, which the Vendor shall correct before the test is repeated.

3.4 If the Vendor does not achieve Onboarding Acceptance within the period in 3.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 500 for each day of delay.

### B4 Service Levels

4.1 The Vendor shall ensure that the Service is available at least 99.95% of each calendar month, excluding planned maintenance announced at least three working days in advance and performed between 22:00 and 06:00 China Standard Time.

4.2 Priority 1 means that the Service is unavailable, or that incident reporting or permit-to-work cannot be used at any site. The Vendor shall respond to a Priority 1 incident within 30 minutes, 24 hours a day, and restore the Service within 3 hours. Priority 2 incidents receive a response within 2 hours during business hours; Priority 3 issues within one business day.

4.3 If monthly availability falls below the level in 4.1, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, and a further credit of CNY 800 for each full hour by which a Priority 1 restoration exceeds the target. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### B5 Customer Data and Security

5.1 As between the parties, the Customer owns all Customer Data. The Vendor shall process Customer Data only to provide the Service under this Agreement and on the Customer's documented instructions, and shall not use it for any other purpose, including aggregated statistics, benchmarking, marketing or product development.

5.2 The Vendor shall maintain technical and organisational security measures appropriate to the nature of Customer Data, including encryption in transit and at rest, role-based access with multi-factor authentication for administrators, logging of administrative access, daily backups kept for 35 days, and annual penetration tests by an independent tester. The Vendor's hosting environment shall hold a valid MLPS level 3 filing.

5.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours after discovery, provide the information the Customer needs to meet its reporting obligations, and take all steps necessary to contain the incident. The Vendor is liable for all losses, fines and costs resulting from a security incident caused by its breach of this B5.

5.4 Within 30 days after the end of the Subscription Term, the Vendor shall return all Customer Data to the Customer in a commonly used format and then delete it from the Service and its backups, and certify the deletion in writing.

### B6 Intellectual Property

6.1 The Vendor retains all rights in the Service, the Documentation and its underlying software.

6.2 The Customer owns all Customer Configurations. The Vendor shall export them on request, and the Customer may use, copy and modify them freely and have them implemented by any other provider.

### B7 Subcontracting

7.1 The Vendor may use affiliates and third-party subcontractors, including its hosting provider and its local implementation partners, to perform any part of the Service or the onboarding services, by giving the Customer written notice identifying the subcontractor before it starts work. The Vendor remains responsible for the performance of its subcontractors.

### B8 Liability

8.1 Each party's total liability arising out of or in connection with this Agreement is limited to 150% of the total contract value stated in A4.

8.2 The limit in 8.1 does not apply to the Vendor's liability under B5, to personal injury, or to fraud or wilful misconduct.

### B9 Term and Termination

9.1 This Agreement starts on signature and ends at the end of the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice. The Customer may also terminate by written notice if monthly availability falls below the level in 4.1 in any two consecutive months.

9.3 On termination by the Customer under 9.2, the Vendor shall refund any fees paid for the period after termination, and B5.4 applies.

### B10 Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising out of this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitral award is final and binding on both parties.

### B11 General

11.1 This Agreement is signed in English and Chinese. Both texts are equally valid.

**Signed for the Customer:** ____________________ **Signed for the Vendor:** ____________________
"""

E03 = r"""T:SUPPLY AND LICENCE CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. LY-PUR-2027-0093
P:This Contract is made on the Buyer's standard purchasing terms between Wuhan Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wuhan, Hubei (the "Buyer"), and Silver Basin Instruments LLC, a Nevada limited liability company with its principal office in Tonopah, Nevada, United States (the "Supplier").
P:The Buyer operates cold stores and cross-docking centres in Wuhan, Changsha and Nanchang and needs continuous temperature and humidity monitoring of its chambers, docks and refrigerated vehicles at the docks. The Supplier manufactures wireless sensors and gateways and owns the ColdWatch monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, repeaters and accessories listed in clause 3.
P:1.2 "Licensed Software" means the ColdWatch monitoring platform, release 5, including its alarm engine, mobile app, audit-trail module and reporting module, installed on servers of the Buyer.
P:1.3 "Custom Work" means all configurations, chamber maps, alarm rules, interface programs, report templates and documents prepared by the Supplier specifically for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, user records, logs and other data collected or generated by the Equipment or the Licensed Software for the Buyer.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, grant the licence in clause 4, install and commission the system in the Buyer's three sites, integrate it with the Buyer's warehouse management system and its building management system, and train the Buyer's staff.
P:2.2 The system shall record the temperature of every monitored point at intervals of no more than two minutes, with a sensor accuracy of ±0.3 °C between −30 °C and +10 °C, and shall raise alarms by app, SMS and telephone call.
H:3. Price
P:3.1 The total contract price is CNY 2,284,000, inclusive of VAT, freight, insurance and import duties, as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, with calibration certificate|1,800|420|756,000
TB:2|Gateway with 4G and Ethernet backhaul|120|2,600|312,000
TB:3|Repeater for large chambers|84|2,000|168,000
TB:4|ColdWatch platform licence, perpetual, up to 2,000 devices|1|512,000|512,000
TB:|Equipment and licence subtotal|||1,748,000
TB:5|Installation, mapping and commissioning at three sites|1|398,000|398,000
TB:6|Integration with WMS and BMS|1|104,000|104,000
TB:7|Training|1|34,000|34,000
TB:|Total contract price|||2,284,000
P:3.2 The prices are fixed for the duration of this Contract and include all travel and expenses of the Supplier.
H:4. Licence
P:4.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Licensed Software for up to 2,000 devices at any sites of the Buyer and its affiliates in mainland China, and to make copies for backup and testing.
P:4.2 The Licensed Software contains no licence key that expires and no remote disabling function.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the total contract price as an advance within 20 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:5.2 The Buyer shall pay 55% of the total contract price after all Equipment is delivered and installed at all three sites and the Buyer has signed the Installation Certificate. The Installation Certificate records completeness of delivery only and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the total contract price within 20 working days after Final Acceptance.
H:6. Delivery and Final Acceptance
P:6.1 The Supplier shall deliver the Equipment within eight weeks and complete installation and commissioning within fourteen weeks after signature.
P:6.2 The Buyer shall give the Supplier access to its sites during agreed hours, provide server capacity and network connections for the gateways, and name a project manager. Installation work in running cold chambers must follow the Buyer's safety rules for low-temperature work and must not interrupt operations.
P:6.3 With the Equipment, the Supplier shall deliver calibration certificates for every sensor, the as-built chamber maps, an operation manual, a maintenance manual and the test records of commissioning, in Chinese and English.
P:6.4 Final Acceptance requires that: (a) all Equipment listed in clause 3 is delivered, installed and registered in the Licensed Software; (b) a spot check of 5% of sensors against the Buyer's reference thermometer shows no deviation beyond ±0.3 °C; (c) alarms are received by app, SMS and telephone within 60 seconds in a test at each site; (d) readings and alarms are correctly passed to the WMS and BMS; (e) the audit trail records every change of an alarm rule; and (f) the system runs for 30 consecutive days without a Severity 1 incident and without loss of stored readings.
P:6.5 If the criteria are met, the Buyer signs the Final Acceptance certificate within 10 working days. Installation, use of the system or payment under clause 5.2 does not mean acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Licensed Software for 36 months after Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment at its cost, replace batteries that fail early, provide software updates and recalibrate sensors once a year free of charge.
P:7.2 After the warranty, the Buyer may order annual support for the Equipment and the Licensed Software at a fee of 7.5% of the equipment and licence subtotal, which is CNY 131,100 per year. This fee is fixed for the fourth, fifth and sixth years after Final Acceptance. Support is ordered year by year and does not renew automatically.
H:8. Service Levels
P:8.1 During the warranty and any support period, the ColdWatch platform, including alarm delivery, shall be available at least 99.95% of each month.
P:8.2 Severity 1 means that alarms are not delivered or readings are not recorded for a whole site or for a complete chamber. The Supplier shall respond to a Severity 1 incident within 30 minutes at any time, provide a remote workaround or be on site within 6 hours, and restore normal operation within 24 hours. Severity 2 incidents receive a response within 2 hours and a fix within three working days.
P:8.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200. For each 0.01 percentage point of availability below clause 8.1 in a month, the Supplier shall pay the Buyer CNY 1,500. The Buyer may deduct these amounts from any payment due.
H:9. Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the Licensed Software and the Equipment firmware.
P:9.2 All intellectual property in the Custom Work belongs to the Buyer. The Supplier shall hand over source code and documents for the Custom Work, and the Buyer may use, modify and license it without restriction.
H:10. Data Security and Buyer Data
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, keep or use it for any other purpose.
P:10.2 The Equipment and the Licensed Software shall send data only to the Buyer's servers. Remote support requires the Buyer's approval for each session and runs through the Buyer's VPN with logging. The Supplier shall fix any security vulnerability it becomes aware of and inform the Buyer.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer Data, cooperate in handling it, and compensate the Buyer for all losses caused by the Supplier's fault.
H:11. Confidentiality
P:11.1 Each party shall keep the other party's non-public information confidential, including customer lists, storage volumes, prices and system designs, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:12. Delay Damages and Liability
P:12.1 If the Supplier is late in delivery or in completing installation, it shall pay delay damages of 0.1% of the total contract price per day of delay, up to 10% of the total contract price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the total contract price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent, and remains responsible for any subcontractor approved.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not cure the breach within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:16. General
P:16.1 This Contract is made in English and Chinese, both equally valid. Changes must be agreed in writing.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""# Managed IT Services Agreement

**Agreement No. BM-MSA-2027-017**

This Managed IT Services Agreement (the "Agreement") is entered into between:

- **Shenzhen Baihui Home Retail Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Futian District, Shenzhen, Guangdong (the "Customer"); and
- **Battle Mountain Managed Networks Inc.**, a Nevada corporation with its principal office in Battle Mountain, Nevada, United States, performing the services in China through its wholly owned subsidiary registered in Shenzhen (the "Provider").

The Customer operates a head office, a distribution centre and 64 home-furnishing stores in Guangdong and Guangxi. It wishes to outsource the operation of its service desk, end-user devices and store networks to the Provider for a fixed term of 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, performed at the service levels in Schedule 2, for the charges in Schedule 3.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition has been completed under Section 3.

1.3 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives, accesses or generates in performing the Services, including device inventories, user accounts, tickets, network configurations and point-of-sale transaction data passing through store networks.

1.4 "Deliverables" means all runbooks, scripts, configuration templates, network diagrams, knowledge articles and reports prepared by the Provider for the Customer.

## 2. Term

2.1 This Agreement begins on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal team and current suppliers in a transition of no more than 10 weeks from signature, following the transition plan agreed with the Customer.

3.2 The transition is complete when: (a) all devices and network elements listed in the inventory are registered in the Provider's management tools and reconcile with the Customer's asset register; (b) the service desk has handled live calls from head office and at least ten stores for ten working days, meeting the response targets in Schedule 2; (c) runbooks for all recurring tasks are approved by the Customer's IT manager; and (d) monitoring and alerting for every store network is tested.

3.3 The Customer shall confirm completion in writing within five working days after the Provider shows that the criteria are met, or list the gaps to be closed.

3.4 If the Provider fails to complete the transition within the period in 3.1 for reasons not attributable to the Customer, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total contract value is CNY 2,184,000, including VAT, consisting of the one-time transition fee and 36 monthly service charges.

4.2 The transition fee is invoiced after the Service Commencement Date. Monthly service charges are invoiced monthly in arrears. Each invoice is payable within 30 days after receipt of a valid VAT invoice.

4.3 Service credits under Schedule 2 are deducted from the invoice for the month following the month in which they arise.

4.4 The charges are fixed for the Service Term. Changes in the number of users or stores of up to 10% in either direction do not change the charges.

## 5. Provider Obligations

5.1 The Provider shall perform the Services with skill and care, using staff trained for the relevant tasks, and shall follow the Customer's IT policies and store operating rules when working at the Customer's premises.

5.2 The Provider shall appoint a service delivery manager, based in Shenzhen, who attends a monthly service review with the Customer and presents a report on service levels, incidents, changes and improvement actions.

5.3 The Provider shall keep the device inventory and configuration records up to date and available to the Customer at all times.

5.4 The Provider shall make changes to store networks only under the change procedure agreed in the transition plan. Changes that may interrupt trading require the Customer's approval and must be made outside store opening hours.

5.5 The Provider shall replace any member of its staff whom the Customer reasonably objects to, and shall keep key staff named in the transition plan for at least the first six months of the Service Term unless they leave its employment.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Service Term, the Provider shall return all Customer Data and Deliverables to the Customer and shall then erase the Customer Data held by it.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including prices, business plans, store performance and system designs, and shall not disclose it to third parties except to its employees and advisers who need to know it and are bound by equivalent duties.

7.2 These obligations continue for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Provider keeps its pre-existing tools, management platforms and know-how.

8.2 The Customer owns all Deliverables. The Provider shall deliver them in editable form, and the Customer may use, modify and license them freely, including for use by a replacement provider.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The Provider's total liability arising out of or in connection with this Agreement in respect of all claims is limited to the charges paid by the Customer in the nine months preceding the event giving rise to the claim. This limit does not apply to personal injury, fraud or wilful misconduct.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. Approved subcontractors for on-site store visits are listed in the transition plan. The Provider remains responsible for all subcontracted work.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 The Customer may also terminate by written notice if the Provider misses the same critical service level in Schedule 2 in three consecutive months.

11.3 On expiry or termination, the Provider shall provide exit assistance for up to eight weeks at the monthly charge rate prorated, so that the Services pass to the Customer or a new provider without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

## 13. General

13.1 This Agreement and its Schedules are the entire agreement of the parties. Amendments must be in writing and signed by both parties.

13.2 This Agreement is made in English and Chinese, and both texts are equally authentic.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Mandarin and Cantonese telephone, chat and email support for about 1,450 users at head office, distribution centre and stores | 08:00–22:00, seven days |
| End-user device management | 1,300 laptops, desktops and point-of-sale terminals; imaging, software distribution, operating system updates, hardware repair coordination | Business hours, remote and on site |
| Store network management | 64 store routers and switches, 310 wireless access points, internet links from two carriers; monitoring, configuration, fault handling | 24 x 7 monitoring |
| Head office and distribution centre LAN | core and access switches, wireless, network monitoring | 24 x 7 monitoring |
| Reporting | monthly service report, quarterly capacity report | Monthly, quarterly |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Store network availability (per store, monthly) | 99.95% | 2% of the monthly charge for each store below target |
| Priority 1 incident (store cannot trade, or head office network down): response | 15 minutes | CNY 1,000 per late incident |
| Priority 1 incident: restoration | 3 hours | CNY 800 per hour beyond target |
| Priority 2 incident: response | 1 hour | CNY 300 per late incident |
| Priority 3 request: fulfilment | 3 business days | reported in the monthly service review |

Total service credits in a month are limited to 20% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Amount (CNY) |
|---|---|
| Transition fee (one-time, payable after the Service Commencement Date) | 96,000 |
| Monthly service charge | 58,000 |
| Monthly service charges over 36 months | 2,088,000 |
| Total contract value | 2,184,000 |

**For the Customer:** ____________________ **For the Provider:** ____________________
"""

E05 = r"""DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. PV-DS-2027-0061

PARTIES

This Data Subscription and API Access Agreement (the "Agreement") is made between Qingdao Haitong International Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shinan District, Qingdao, Shandong (the "Customer"), and Pahrump Valley Maritime Data LLC, a Nevada limited liability company with its principal office in Pahrump, Nevada, United States (the "Vendor").

BACKGROUND

The Customer acts as ship agent for carriers and charterers calling at ports in northern China. It needs vessel position, port call and estimated arrival data to plan berth applications, pilotage, bunkering and crew changes, and to keep its principals informed of delays. Today its staff look up this information manually on several public websites, which is slow and incomplete. The Vendor compiles such data from satellite and terrestrial AIS receivers and port sources and delivers it through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the vessel positions, voyage information, port call histories, estimated times of arrival and vessel particulars made available by the Vendor through the API and the web viewer.

1.2 "Customer Data" means all data the Customer or its users submit to the Vendor, including watchlists, fleet lists, port call plans, search queries, user accounts and API credentials, and any reports generated from them for the Customer.

1.3 "Custom Connector" means the software module the Vendor develops under clause 4 to load Licensed Data into the Customer's agency management system, with its source code and documentation.

1.4 "Subscription Year" means the period from the Activation Date, or from an anniversary of it, to the day before the next anniversary.

2. SUBSCRIPTION AND LICENCE

2.1 The Vendor grants the Customer, during the term, a non-exclusive, non-transferable licence to access the API and the web viewer and to use the Licensed Data for the internal business of the Customer and its branch offices in mainland China, including in documents sent to the Customer's principals about their own vessels.

2.2 The subscription covers up to 40 named users of the web viewer and up to 600,000 API calls per Subscription Year, with a watchlist of up to 3,000 vessels. Calls above that volume are charged at CNY 0.20 per call and are not part of the fees in clause 5.

2.3 The Customer shall not resell the Licensed Data or publish it in bulk. The Customer may keep Licensed Data downloaded during the term in its own records of completed port calls after the Agreement ends.

2.4 The Customer shall keep its API credentials secure, shall not share user accounts between persons, and shall inform the Vendor promptly if it suspects that credentials have been misused. The Vendor may suspend a credential that is clearly being misused, after informing the Customer, until a new credential is issued.

2.5 The Vendor shall keep the API compatible with the Custom Connector during the term. If the Vendor changes the API, it shall give the Customer at least 60 days' notice and adapt the Custom Connector at no charge.

3. TERM AND RENEWAL

3.1 The initial term consists of two Subscription Years starting on the Activation Date under clause 4.

3.2 At the end of the initial term, this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 The Vendor may increase the subscription fee for any renewal period by giving the Customer written notice at least 90 days before that renewal period starts. The increased fee applies from the start of the renewal period.

4. ACTIVATION AND ACCEPTANCE

4.1 Within 30 days after signature, the Vendor shall activate the Customer's account, issue API credentials, and deliver and install the Custom Connector in the Customer's test environment.

4.2 The Customer shall test the delivery. The Activation Date is the date on which the Customer confirms in writing that: (a) the API returns positions for all vessels on the Customer's sample watchlist of 200 vessels; (b) port call histories for the ports of Qingdao, Rizhao, Yantai and Tianjin are complete for the preceding three months when compared with the Customer's own records on a sample of 50 calls; (c) the Custom Connector loads estimated arrival updates into the agency management system without manual steps over five consecutive working days; and (d) user accounts and single sign-on work for all named users.

4.3 If a criterion is not met, the Vendor shall correct the problem and the test shall be repeated. The Customer shall not unreasonably delay its confirmation.

4.4 If the Activation Date does not occur within 45 days after signature for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 800 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 412,000;
(b) subscription fee for Subscription Year 2: CNY 412,000;
(c) one-time setup fee, including development and installation of the Custom Connector: CNY 36,000.
The total fees for the initial term are CNY 860,000, including VAT.

5.2 The setup fee is invoiced after the Activation Date. The subscription fee is invoiced quarterly in arrears in four instalments of CNY 103,000 per Subscription Year. Invoices are payable within 30 days after receipt.

5.3 No amount is payable before the Activation Date.

6. SERVICE AND SUPPORT

6.1 The Vendor will use commercially reasonable efforts to keep the API and the web viewer available and to update vessel positions as frequently as its data sources allow.

6.2 The Vendor provides support by email and through its online ticket system. The Vendor will handle support requests in the ordinary course of its business.

6.3 The Vendor may carry out maintenance at any time and will try to announce planned maintenance on its status page in advance.

6.4 The Vendor shall provide the Customer with API documentation, sample code and release notes for each new version of the API, and shall answer questions from the Customer's developers about the use of the API.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the subscription to the Customer. The Vendor shall not use the Customer's watchlists, queries or port call plans for any other purpose, including the compilation of its own data products, statistics or the services of other customers.

7.2 The Vendor shall protect Customer Data with appropriate technical and organisational measures, including encrypted connections for all API calls, encryption of stored credentials, access limited to named support staff, and access logs kept for at least six months.

7.3 The Vendor shall inform the Customer within 24 hours after discovering any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain it and shall compensate the Customer for losses caused by the Vendor's failure to meet this clause 7.

7.4 At the end of this Agreement, the Vendor shall return Customer Data on request and then delete it within 30 days.

8. INTELLECTUAL PROPERTY

8.1 The Vendor and its data sources keep all rights in the Licensed Data, the API and the web viewer.

8.2 The Custom Connector belongs to the Customer. The Vendor shall deliver its source code, and the Customer may use, modify and license it freely, including to connect other data sources.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including fees, technical documentation, the Customer's principals and vessel schedules not yet public, and shall use it only for this Agreement.

9.2 These obligations continue for three years after this Agreement ends.

10. LIABILITY

10.1 Neither party is liable for loss of profit or indirect loss.

10.2 Each party's total liability under this Agreement is limited to 200% of the total fees for the initial term stated in clause 5.1, except for liability under clause 7, for personal injury, fraud or wilful misconduct, which is not limited.

11. SUBCONTRACTING

11.1 The Vendor shall not subcontract the development of the Custom Connector or the handling of Customer Data without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice.

12.2 On termination by the Customer under clause 12.1, the Vendor shall refund fees paid for any period after the termination date.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.

14. GENERAL

14.1 Notices shall be given in writing to the addresses of the parties stated above, by courier or by email with confirmation of receipt.

14.2 This Agreement is made in English and Chinese. Both texts are equally valid.

SIGNATURES

For the Customer: ____________________

For the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files: key -> (file name, format). .txt/.md are written as their source text; .docx/.pdf through ../word_pdf.py.
FILES = {
    "z01": ("h1031z01_water_abstraction_permit_platform.pdf", "pdf", Z01),
    "z02": ("h1031z02_bath_mitt_factory_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1031z03_anime_school_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1031z04_road_weather_station_om_service.txt", "txt", Z04),
    "z05": ("h1031z05_hulusheng_workshop_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1031e01_wms_perpetual_licence_arizona_vendor.pdf", "pdf", E01),
    "e02": ("h1031e02_ehs_saas_order_form.md", "md", E02),
    "e03": ("h1031e03_cold_store_sensors_monitoring_licence.docx", "docx", E03),
    "e04": ("h1031e04_retail_managed_it_services_36_months.md", "md", E04),
    "e05": ("h1031e05_vessel_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law"]


def T(avail, p1, remedy, ip, dsec, own, conf, ld, cap, pre, acc, final, warr, pwf, auto, term, sub, law):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, own, conf, ld, cap, pre, acc, final, warr, pwf, auto,
                                term, sub, law]))


# design: category, kind, terms, extra (sla_clause, ld_stated, capped or None, deemed, value),
#         forum_outside_mainland, tco (fee base, annual post-warranty fee) or None, design rules
DESIGN = {
    "z01": ("software", "goods_or_licence",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, False, False, "PRC"),
            (True, True, True, False, 1380000), False, (560000, 50400), ["CR-LD-LOW", "CR-TERMINATION"]),
    "z02": ("hardware", "goods_or_licence",
            T(None, 1, True, "buyer", True, True, True, 0.1, 50, 20, False, False, 24, 8, False, True, False, "PRC"),
            (True, True, True, True, 2146000), False, (1508000, 120640), ["CR-ACCEPTANCE", "CR-LIABILITY-CAP"]),
    "z03": ("cloud", "service",
            T(99.5, 0.5, True, "buyer", True, True, True, 600 / 886000 * 100, 150, None, True, None, None, None, True,
              True, False, "PRC"),
            (True, True, None, False, 886000), False, None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", "service",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
              "PRC"),
            (True, True, None, False, 736000), False, None, []),
    "z05": ("software", "goods_or_licence",
            T(None, 8, False, "supplier", True, False, True, None, None, 65, True, True, 6, 28, False, True, None, None),
            (True, False, True, False, 530000), False, (360000, 100800),
            ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", "goods_or_licence",
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Arizona"),
            (True, True, True, False, 1640000), True, (980000, 107800), ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", "service",
            T(99.95, 0.5, True, "buyer", True, True, False, 500 / 754000 * 100, 150, None, True, None, None, None, False,
              True, True, "PRC"),
            (True, True, None, False, 754000), False, None, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "e03": ("hardware", "goods_or_licence",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True, False, "PRC"),
            (True, True, True, False, 2284000), False, (1748000, 131100), []),
    "e04": ("services", "service",
            T(99.95, 0.25, True, "buyer", False, True, True, 1500 / 2184000 * 100, 9 / 36 * 100, None, True, None,
              None, None, False, True, False, "PRC"),
            (True, True, None, False, 2184000), False, None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ("cloud", "service",
            T(None, None, False, "buyer", True, True, True, 800 / 860000 * 100, 200, None, True, None, None, None, True,
              True, False, "PRC"),
            (False, True, None, False, 860000), False, None, ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "medium", "z02": "high", "z03": "medium", "z04": "low", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}


def tco_share(t, value, tco):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; share of post-warranty
    fees in TCO (purchase price + implementation = contract value)."""
    if tco is None or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    base, fee = tco
    assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.01, (base, fee)
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return post / (value + post) * 100


def derive(t, extra, kind, forum_outside, tco):
    """My reading of policy §3 (and its section on how clauses are read), applied to a label."""
    sla, ld_stated, capped, deemed, value = extra
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
    if kind == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, tco)
        if share is not None and share > 40:
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


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures: none may be stated in any text (self-tested below).
NUMW = "〇零一二三四五六七八九十两"
PATTERNS = [
    r"(?<![\d.])99\.90*\s*(?:%|％|per\s*cent)", r"百分之九十九点九(?![零〇一二三四五六七八九\d])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?)(?![a-z])", r"(?<![" + NUMW + r"])四\s*个?\s*小时",
    r"(?<!twenty)(?<!twenty-)four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0\.050*\s*(?:%|％|per\s*cent)", r"万分之五(?![十百千\d])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent)", r"百分之(?:一)?百(?![分\d])",
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％|per\s*cent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:\(30\)\s*)?per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％|per\s*cent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:\(40\)\s*)?per\s*cent",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％|per\s*cent)", r"百分之十五(?![点])", r"fifteen\s*(?:\(15\)\s*)?per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?|-month)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?-?months?",
    r"(?<![\d.])1\s*年(?!度)", r"(?<![" + NUMW + r"每])一年", r"one\s*-?\s*year(?![a-z])", r"(?<![\d.])1\s*-?\s*year(?![a-z])",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 hours", "四小时", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 per cent", "百分之三十", "40%", "百分之四十", "15%", "百分之十五", "12个月", "12 months",
            "十二个月", "twelve months", "一年", "one year", "1 year"]
MUST_MISS = ["99.95%", "99.99%", "24小时", "24 hours", "二十四小时", "twenty-four hours", "14 hours", "0.055%", "万分之三",
             "150%", "200%", "35%", "130%", "45%", "140%", "115%", "0.15%", "7.5%", "24个月", "18 months",
             "36 months", "每一年", "二〇二七年", "one Subscription Year", "100,800元", "30 days", "40 stores", "15 days"]


def hits(text):
    out = []
    for variant in (text, " ".join(text.split()), re.sub(r"\s", "", text)):
        for rx in RX:
            m = rx.search(variant)
            if m:
                out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))

    fired = set()
    for key, (name, fmt, src) in FILES.items():
        path = OUT / name
        if fmt in ("txt", "md"):
            path.write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            write({key: src}, {key: (name, fmt)}, OUT, wrap_words=True)
        text = read_back(path, fmt)
        lang = "zh" if key.startswith("z") else "en"
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        h = hits(text)
        assert not h, (name, h)

        category, kind, terms, extra, forum_outside, tco, design = DESIGN[key]
        sla, ld_stated, capped, deemed, value = extra
        # label values never on a threshold
        assert terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4
        assert terms["ld_rate_per_day_pct"] is None or abs(terms["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert terms["liability_cap_pct"] != 100 and terms["prepayment_pct"] != 30
        assert terms["warranty_months"] != 12 and terms["post_warranty_fee_pct"] != 15
        share = tco_share(terms, value, tco) if kind == "goods_or_licence" else None
        assert share is None or abs(share - 40) > 2, (name, share)
        assert (ld_stated is False) == (terms["ld_rate_per_day_pct"] is None), name
        if kind == "service":
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None and capped is None
        rules = derive(terms, extra, kind, forum_outside, tco)
        assert rules == sorted(design), (name, rules, design)
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (name, risk)
        fired.update(rules)

        ex = {"sla_clause": sla, "ld_stated": ld_stated}
        if kind == "goods_or_licence":
            ex["post_warranty_fee_capped"] = capped
        ex["acceptance_deemed_on_delivery"] = deemed
        ex["contract_value"] = value
        label = {"file": name, "language": lang, "category": category,
                 "expected_terms": {**terms, "contract_kind": kind}, "expected_extra": ex, "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("  %s: %s %d, rules %s, risk %s%s" % (key, "chars" if lang == "zh" else "words", n, rules or "(none)",
                                                    risk, "" if share is None else ", TCO share %.2f %%" % share))
    assert fired == set(SEVERITY), sorted(set(SEVERITY) - fired)
    n_none = [k for k in DESIGN if not DESIGN[k][6]]
    assert sorted(n_none) == ["e03", "z04"], n_none
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
