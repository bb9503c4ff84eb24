"""Builds the holdout1162 blind held-out set: ten draft contracts (.txt, .md, .docx, .pdf) and their .json labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
The .docx and .pdf files are built by ../word_pdf.py from the markup sources below; .txt and .md files are written
as they stand. Labels are written from DESIGN; each draft's rules are derived from its terms with this author's reading
of policy §3 and compared with the design list. Lengths, coverage and the threshold scan are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:经营主体信用信息平台建设项目合同（定制开发及软件许可）
P:合同编号：JX-SJG-ZC-2026-0417
P:采购项目名称：经营主体信用信息平台建设项目（政府采购，公开招标）
P:甲方（采购人）：鹭江市市场监督管理局
P:乙方（供应商）：杭州衡信数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，签订本合同。本合同采用甲方合同文本，招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供经营主体信用信息平台软件许可（永久许可，不限用户数），并按甲方需求完成信用风险分类、信用修复网上办理、双随机抽查联动、信用报告自助打印四个定制模块的开发、部署、数据迁移与培训。
P:1.2 平台部署于甲方政务云资源，乙方不得将平台或甲方数据部署于甲方指定范围以外的任何环境。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾贰万元整（¥2,320,000），为固定总价，含税。其中：平台软件许可费¥860,000；定制开发费¥1,240,000；实施及数据迁移费¥180,000；培训费¥40,000。
P:2.2 上述价款已包含乙方完成本合同全部义务所需的一切费用，甲方不再支付其他任何费用。
P:2.3 合同履行期间，如甲方需求发生变化且超出本合同范围，双方应另行协商并签订补充协议，补充协议金额按政府采购有关规定执行。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百五十日内完成全部模块开发并部署上线，于上线后九十日内完成试运行。
P:4.2 乙方应向甲方交付全部定制模块源代码、数据库设计文档、部署手册、接口说明和用户手册。
P:4.3 乙方应在合同签订后十日内组建项目组，项目经理须具有信息系统项目管理师资格，并常驻甲方现场办公。未经甲方书面同意，乙方不得更换项目经理及核心开发人员；确需更换的，应提前十五日书面申请，接替人员资历不得低于原人员。
P:4.4 乙方应每周向甲方提交项目周报，内容包括进度、问题及风险、下周计划；每月参加甲方组织的项目例会。甲方有权对项目进度和质量进行检查，乙方应予配合。
P:4.5 因甲方原因导致工期延误的，交付期限相应顺延，但乙方应在事由发生后五日内书面提出。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；历史信用数据迁移核对一致，差错率为零；与国家企业信用信息公示系统、本市政务数据共享平台的接口连续十个工作日运行无异常；在五百个并发用户下，查询响应时间不超过两秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方机构出具的安全测评报告无高风险项；全部文档交付齐全。甲方在乙方提交验收申请后十五个工作日内组织验收并出具书面意见。
P:5.3 平台上线运行、甲方使用或支付部分价款，均不视为甲方验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 免费质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格自质保期满起三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，且须提前三个工作日书面通知甲方）。
P:7.2 一级故障（平台无法访问或核心业务中断）：乙方在三十分钟内响应，两小时内到达现场，八小时内恢复服务；二级故障：一小时内响应，次日内解决；三级故障：一个工作日内响应。
P:7.3 乙方响应超时的，每超时一小时扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,500。扣减款项从维护费或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。
H:第九条 数据安全
P:9.1 平台中的经营主体信息、信用记录及日志等全部数据归甲方所有。乙方仅为履行本合同之目的处理数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应落实网络安全等级保护三级要求，运维操作须经甲方堡垒机进行并全程审计，数据传输和存储须加密。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在一小时内书面报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、企业信息和个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定的，应负责返工、修复，并赔偿由此给甲方造成的损失。
P:11.3 乙方逾期超过六十日，或经两次验收仍不合格的，甲方有权解除合同。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 不可抗力
P:14.1 因地震、洪水、战争等不能预见、不能避免且不能克服的不可抗力事件导致不能履行合同的，受影响方应在事件发生后三日内书面通知对方，并在十五日内提供有关证明。双方应根据不可抗力的影响协商延期履行或变更合同。
H:第十五条 人员与培训
P:15.1 乙方应为甲方业务人员、系统管理员分别组织培训，培训内容包括平台功能操作、信用风险分类规则配置、日常运维及应急处置。培训结束后，乙方应组织考核，并向甲方提交培训记录和培训教材。
P:15.2 乙方人员在甲方场所工作期间，应遵守甲方的安全保卫、保密及办公管理规定，因乙方人员过错造成甲方或第三方损失的，由乙方承担责任。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：鹭江市市场监督管理局　　乙方（盖章）：杭州衡信数字科技有限公司
P:签订日期：　　年　　月　　日
"""

SRC["z02"] = """T:粉碎机装配线控制系统改造合同
P:合同编号：YX-FS-2026-036
P:甲方（买方）：宜兴市恒锐电动粉碎机厂
P:乙方（卖方）：苏州启控自动化工程有限公司
P:甲方拟对其二号厂房电动粉碎机装配线进行控制系统改造，乙方根据甲方技术要求提供设备、控制软件及安装调试服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:（一）更换装配线原有继电器控制柜，新增PLC主站及远程I/O站、伺服驱动器、触摸屏操作终端和工业以太网交换机。
P:（二）提供装配线控制软件许可一套（含生产节拍管理、电机测试工位数据采集、不良品追溯功能），与甲方现有ERP系统对接。
P:（三）完成设备安装、接线、编程、联调、试生产及操作人员培训。
H:第二条 设备及价格
P:合同总价为人民币壹佰陆拾玖万元整（¥1,690,000），含税及运输、保险费用。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC主站及远程I/O站|1套|486,000
TB:2|伺服驱动器及电机|24套|408,000
TB:3|触摸屏操作终端|10台|96,000
TB:4|工业以太网交换机|6台|54,000
TB:5|装配线控制软件许可（永久）|1套|476,000
TB:|软硬件小计||1,520,000
TB:6|安装、编程及联调||148,000
TB:7|操作及维护培训||22,000
TB:|合计||1,690,000
P:上述价格为固定价格，合同履行期间不因原材料价格、汇率或人工成本变化而调整。乙方所供设备须为原厂全新产品，并随货提供合格证、装箱单、原厂质保承诺和电气图纸。
H:第三条 付款
P:（一）合同签订后十日内，甲方支付合同总价的10%。
P:（二）设备到货并经甲方清点签收后，甲方支付合同总价的45%；到货签收不代表质量验收。
P:（三）系统通过最终验收后十五日内，甲方支付合同总价的45%。
H:第四条 交货与工期
P:（一）乙方应于合同签订后六十日内将全部设备运抵甲方厂房，并利用甲方安排的停产检修窗口完成安装。
P:（二）停线改造时间不得超过十日。乙方应在停线前提交切换方案，经甲方确认后实施。
P:（三）乙方应在改造前对现场进行勘察，核对原有电机、传感器、气动元件和输送设备的型号参数，编制电气原理图、接线图、I/O点表和程序功能说明，经甲方确认后方可施工。施工中发现原有设备与图纸不符的，乙方应及时书面告知甲方，双方协商处理方案。
P:（四）乙方应严格遵守甲方厂区安全生产管理制度，施工人员须经甲方安全培训后进场。动火、登高及带电作业须办理作业票。施工现场产生的废旧线缆和包装物由乙方负责清理。因乙方施工造成人身伤害或财产损失的，由乙方承担责任。
P:（五）乙方对甲方操作人员、设备维护人员分别进行培训，培训内容包括触摸屏操作、常见报警处理、程序备份与恢复、伺服参数设置。培训后乙方应进行考核，确保每班至少两名维护人员能够独立处理一般故障。
H:第五条 验收
P:（一）验收标准：装配线连续七十二小时带料运行无停机故障；生产节拍达到每台九十秒以内；电机测试工位数据采集完整且与人工抽检结果一致；不良品可按序列号追溯至工位和操作人员；ERP对接数据准确无误。
P:（二）乙方提交验收申请后，甲方在七日内组织验收，并出具书面验收报告。设备安装完成或试生产开始，均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改后重新验收。
P:（四）试生产期间，乙方应安排工程师跟班，记录各工位节拍、报警和停机情况，每日与甲方生产主管核对。试生产中发现的程序缺陷，乙方应在当班内修正；涉及工艺参数调整的，须经甲方工艺工程师书面确认。
P:（五）验收合格后，双方签署验收报告，载明验收日期、测试结果及遗留问题的整改期限。
H:第六条 质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件并提供软件缺陷修复。
P:（二）质保期满后，乙方提供年度维保服务（含备件、定期巡检、软件升级和远程支持），年度维保费按软硬件小计的26%计取，即每年¥395,200，合同有效期内不作调整。
P:（三）质保期和维保期内，一级故障（装配线整线停机）乙方在三十分钟内电话响应，两小时内到达现场；二级故障（单工位停机）两小时内响应。响应或到场超时的，每超时一小时乙方向甲方支付¥600。
P:（四）乙方应在装配线现场备有常用易损备件，包括通信模块、I/O模块和伺服驱动器各一套，备件清单作为本合同附件。质保期内备件消耗后，乙方应在七日内补齐。
P:（五）乙方每季度对控制系统进行一次现场巡检，检查控制柜温度、接线紧固、通信质量和程序备份情况，并向甲方提交巡检报告。
H:第七条 知识产权
P:（一）控制软件许可的知识产权归乙方所有，甲方在本厂范围内永久使用。
P:（二）乙方为本项目编写的PLC程序、触摸屏画面、ERP接口程序及其源代码的知识产权归甲方所有，乙方应在验收时一并交付，甲方可自行修改和使用。
H:第八条 数据安全与保密
P:（一）装配线产生的生产、质检及工艺数据归甲方所有。乙方仅为履行本合同使用该等数据，不得复制、留存或提供给任何第三方。
P:（二）乙方远程维护须经甲方批准并通过甲方指定的VPN通道进行，操作记录由甲方留存。乙方应对远程访问账号采取安全保护措施。因乙方原因导致数据泄露、丢失或系统被入侵的，乙方应立即通知甲方，并承担全部赔偿责任。
P:（三）乙方对在履约中知悉的甲方工艺参数、产品图纸及经营信息承担保密义务，未经甲方书面同意不得披露。本条义务在合同终止后五年内持续有效。
P:（四）本合同终止后，乙方应删除其在维护过程中获得的甲方程序备份、工艺参数及生产数据，并向甲方出具书面确认。
H:第九条 违约责任
P:（一）乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）因乙方原因导致停线时间超过约定的，每超过一日，乙方支付¥8,000。
H:第十条 分包
P:乙方可将设备安装、电缆敷设等现场施工工作分包给具备相应资质的单位，但应在施工开始前书面告知甲方分包单位名称。乙方对分包单位的工作向甲方负责。
P:乙方应确保分包单位具备相应资质和安全生产条件，并对分包单位人员进行安全交底。分包单位造成的损失，由乙方向甲方承担赔偿责任。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:第十二条 通知与联系
P:双方指定项目联系人负责日常沟通。施工计划、停线安排、验收申请、故障报修及其他重要事项应以书面形式通知，包括电子邮件和双方确认的即时通讯群消息。一方联系人变更的，应在三日内书面告知对方。
P:乙方应在项目结束时向甲方移交全部技术资料，包括竣工图纸、I/O点表、程序备份、参数清单、备件清单和操作维护手册，纸质版两套，电子版一套。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，提交无锡仲裁委员会仲裁。
P:因不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方协商延期履行或解除合同。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、切换方案、培训计划。
P:甲方（盖章）：宜兴市恒锐电动粉碎机厂　　乙方（盖章）：苏州启控自动化工程有限公司
"""

SRC["z03"] = """桌游馆连锁门店预约及会员管理系统服务合同

合同编号：SY-ZY-2026-118
甲方（客户）：成都乐聚桌游文化连锁有限公司
乙方（服务商）：广州云台软件科技有限公司

甲方在成都、重庆、西安共经营二十六家桌游馆门店。乙方向甲方提供门店预约及会员管理系统（SaaS）订阅服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方二十六家门店开通预约及会员管理系统，功能包括：线上预约包厢及桌位、会员储值与积分、剧本杀及桌游库存管理、店员排班、经营报表。
2. 乙方提供微信小程序前端，甲方会员可在小程序完成预约、支付和评价。
（二）实施服务
1. 乙方负责系统初始化配置、门店及桌位资料录入、历史会员数据导入、与甲方收银设备对接。
2. 乙方对甲方店长及店员进行培训，每家门店不少于两个课时。

（三）增值服务
1. 乙方为甲方提供会员营销工具，包括优惠券发放、生日礼遇、储值赠送活动配置和短信通知（短信费用按实际条数另行结算，不计入本合同总价）。
2. 乙方每季度派客户成功经理到甲方总部进行一次经营数据复盘，提出预约转化率、会员复购率和包厢利用率的改进建议。
3. 乙方提供全天候在线客服通道，门店店员可通过小程序后台或客服电话提交问题。

二、服务期限
（一）订阅服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度自起算日起至次年对应日前一日止。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度。续期年度的订阅费按乙方届时公布的标准价格执行，乙方有权根据市场情况调整价格，调价幅度以乙方通知为准。

（三）乙方应保证小程序符合微信平台的审核要求，因平台规则调整需修改小程序的，由乙方负责修改并重新提交审核，不另收费。

三、费用
（一）订阅费：每家门店每服务年度¥4,800，二十六家门店每服务年度合计¥124,800，两个服务年度合计¥249,600。
（二）实施费：¥58,000，一次性支付。
（三）本合同总价为¥307,600（含税）。新增门店按每家每服务年度¥4,800另计。

（四）上述价格在两个服务年度内保持不变。乙方为甲方开通的功能模块如需新增收费项目，应事先征得甲方书面同意，未经同意不得收取。
（五）甲方支付的订阅费不包括第三方支付机构收取的支付手续费，该手续费由甲方与支付机构直接结算。

四、付款方式
（一）实施费在系统上线验收合格后十日内支付。
（二）每个服务年度的订阅费在该服务年度开始后十五日内支付。
（三）乙方应在每次收款前开具增值税普通发票。

（四）甲方新增、关闭或迁址门店的，应提前十五日书面通知乙方。新增门店的订阅费自开通之日起按剩余服务天数折算；关闭门店的订阅费自关闭次月起不再计收，已付费用在下一期订阅费中抵扣。

五、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店的系统上线。
（二）上线验收标准：二十六家门店全部可正常预约、收银和核销；历史会员数据导入完整，储值余额及积分与原系统逐一核对一致；小程序在一百个并发用户下预约提交时间不超过三秒；店员培训完成并签字确认。
（三）甲方在收到乙方验收申请后七日内完成验收并书面确认。系统上线运行不视为验收合格。

（四）甲方的配合义务：甲方应指定一名项目负责人，按乙方实施计划提供门店资料、桌位图、历史会员数据和收银设备接口资料，并组织门店人员参加培训。因甲方未及时配合导致上线延期的，上线期限相应顺延。
（五）乙方应制定上线切换方案，包括数据导入顺序、新旧系统并行期安排和回退措施，并在切换前经甲方确认。切换期间，乙方应安排实施人员在重点门店现场支持。

六、服务水平
（一）系统月度可用率不低于99.5%，计划维护应安排在凌晨二时至六时之间，并提前两日通知甲方。
（二）一级故障（全部门店无法预约或收银）：乙方在一小时内响应，三小时内恢复；二级故障（单店或单一功能异常）：两小时内响应，当日内解决。
（三）可用率未达承诺的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣最高为当月订阅费的一半；一级故障响应超时的，每次抵扣¥500。

（四）乙方应每月向甲方提交服务报告，内容包括当月可用率、故障情况及处理结果、服务抵扣金额和系统更新说明。系统功能更新如影响门店操作的，乙方应提前三日通知甲方并提供操作说明。

七、数据
（一）甲方会员信息、预约记录、交易数据归甲方所有。
（二）乙方有权对甲方数据进行脱敏和汇总处理，并将处理后的数据用于改进乙方产品、编制行业分析报告，无需另行取得甲方同意。
（三）乙方应采取加密存储、访问权限控制和操作日志审计等措施保护数据安全。发生数据泄露的，乙方应在两小时内通知甲方，并对因其原因造成的损失承担赔偿责任。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据交给甲方，并删除乙方系统中的甲方数据。

（五）乙方应对系统进行每日增量备份和每周全量备份，备份数据保存期限不少于九十日。甲方需要恢复误删数据的，乙方应在两个工作日内协助恢复。
（六）会员个人信息的收集和使用应遵守《中华人民共和国个人信息保护法》。乙方应协助甲方在小程序中设置隐私政策和授权提示，会员注销账号的，乙方应按甲方指令删除相关个人信息。

八、保密
双方对在合作中知悉的对方商业信息、经营数据和会员信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

甲方应督促其员工遵守前款约定。任何一方人员离职的，该方应收回其系统账号和资料。

九、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、会员等级规则配置及报表模板归甲方所有，甲方可自行修改和使用。

十、违约责任
（一）乙方逾期完成上线的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据或保密义务的，应赔偿甲方全部损失。

（三）乙方违反本合同约定导致甲方会员投诉或门店停业的，除按前述约定承担责任外，还应协助甲方处理会员投诉并恢复正常经营。
（四）甲方逾期支付费用的，乙方应书面催告；催告后三十日内仍未支付的，乙方可暂停服务，但应提前五日通知甲方，并不得删除甲方数据。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
一方严重违约，经对方书面通知后十五日内仍未纠正的，对方有权解除本合同。乙方原因导致解除的，乙方应退还未履行期间的订阅费。

不可抗力：因不可抗力或电信运营商、第三方支付机构的重大故障导致服务中断的，受影响方应及时通知对方，并尽力减少损失，此类中断时间不计入可用率考核。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向成都仲裁委员会申请仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都乐聚桌游文化连锁有限公司
乙方（盖章）：广州云台软件科技有限公司
"""

SRC["z04"] = """智慧路灯管理系统年度运维服务合同

项目编号：HZCG-CS-2026-027（竞争性磋商）
甲方：衡州市城市管理局
乙方：湖南明耀城市照明科技有限公司

根据《中华人民共和国政府采购法》及衡州市智慧路灯管理系统年度运维服务项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方签订本合同。

第一章 服务内容与期限

第一条 运维对象包括：智慧路灯管理平台（含单灯控制、能耗监测、故障告警模块）一套，中心服务器及存储设备，分布于主城区的集中控制器三百四十台，单灯控制器约一万八千六百个，以及与城市运行管理服务平台的数据接口。

第二条 服务内容：
（一）平台日常监控、巡检、数据备份和安全加固；
（二）集中控制器、单灯控制器通信故障排查及更换（控制器备件由甲方另行采购，乙方负责更换安装）；
（三）开关灯策略调整，节假日及重大活动亮灯保障；
（四）每月提交运维报告，每季度提交能耗分析报告。

第三条 人员配置：乙方应组建不少于十三人的驻场运维团队，其中项目经理一名、平台运维工程师三名、网络工程师两名、现场维修人员六名，配备高空作业车两辆和故障检测仪器。项目经理应具有三年以上城市照明或物联网平台运维经验。驻场人员名单应在进场前报甲方备案，未经甲方同意不得更换项目经理和平台运维工程师。

第四条 值班制度：乙方应实行全天候值班，夜间亮灯时段安排不少于两组现场维修人员待命；遇暴雨、台风、冰冻等恶劣天气及重大节日，应按甲方要求增派人员，费用已包含在服务费中。

第五条 服务期限为一个服务年度，自乙方完成进场及系统接管之日起算。乙方应于合同签订后十五日内完成进场、资料移交和系统接管。服务期满合同终止，不自动续期。

乙方应在服务期开始后十日内提交年度运维方案，内容包括巡检计划、备件更换流程、应急预案和人员分工，经甲方审核同意后执行。甲方可根据城市管理需要调整巡检重点区域，乙方应予配合。

第二章 费用与支付

第六条 年度运维服务费为人民币壹佰壹拾捌万陆仟元整（¥1,186,000），含税。该费用为固定总价，包括人员、工具、车辆、软件升级等全部费用。

第七条 服务费按季度支付。每季度结束后，甲方根据季度考核结果，于二十个工作日内支付该季度服务费¥296,500，考核扣减部分从当季服务费中扣除。本合同不设预付款。

第八条 服务费已包含乙方为履行本合同所需的通信流量费、平台软件升级费、常用工具及耗材费用。控制器备件以外的其他配件，单件价值在五百元以下的，由乙方承担；超过五百元的，经甲方确认后由甲方另行采购。

第三章 服务标准与考核

第九条 平台月度可用率不低于99.95%。

第十条 故障分级及响应：
（一）一级故障（平台瘫痪或整片区域路灯无法控制）：三十分钟内响应，两小时内到场，六小时内恢复；
（二）二级故障（单台集中控制器故障）：一小时内响应，次日内修复；
（三）三级故障（单灯控制器故障）：一个工作日内响应，三日内修复。

第十一条 乙方未达到第九条、第十条标准的，按以下方式扣减服务费：一级故障每超时一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥800。

第十二条 季度考核及年度验收：甲方每季度按考核细则对故障处置及时率、亮灯率、巡检完成情况、报告质量进行考核；服务期满后，甲方对全年运维成果进行验收，验收标准为亮灯率全年平均不低于98%、平台数据完整、运维档案齐全。验收合格后，乙方方可办理履约保证金退还手续。

第十三条 乙方应建立运维工作台账，对每一次故障记录报修时间、响应时间、到场时间、修复时间、故障原因和处理措施，并在平台中留存照片。甲方有权随时抽查台账和现场，乙方应予配合。发现台账记录与实际不符的，每发现一次扣减服务费¥2,000。

第十四条 乙方每年至少组织两次应急演练，演练内容包括平台服务器故障切换、整片区域断电恢复和通信中断处置，演练方案和总结报告应报甲方备案。

第十五条 乙方应在每月五日前提交上月运维报告，内容包括故障统计、亮灯率、能耗数据、巡检记录、存在问题及改进措施。甲方对报告内容有异议的，乙方应在三个工作日内补充说明。

第四章 数据与保密

第十六条 运维过程中产生和接触的路灯运行数据、能耗数据、地理位置数据归甲方所有。乙方不得将数据用于本合同以外的任何用途，不得复制、留存或对外提供。

第十七条 乙方应遵守网络安全等级保护相关要求，远程运维须经甲方审批并通过堡垒机操作，账号口令定期更换。发生数据泄露、系统被入侵等安全事件的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任。

第十八条 乙方及其人员对履约中知悉的甲方工作信息、系统配置和数据负有保密义务，保密期限不因合同终止而终止。

第十九条 乙方在运维中编写的脚本、配置文件、巡检工具和运维档案，其知识产权归甲方所有。

第二十条 乙方在运维过程中发现路灯杆体倾斜、电缆裸露、井盖缺失等安全隐患的，应立即设置警示并在两小时内报告甲方，配合甲方及有关单位处置。

第二十一条 甲方应向乙方提供平台管理员账号、设备台账和原有运维资料，协调供电、通信等相关单位，并按约定支付服务费。

第五章 违约责任

第二十二条 乙方未按第五条约定完成进场及系统接管的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

第二十三条 乙方因运维不当造成设备损坏的，应负责修复或照价赔偿。

第二十四条 乙方不得将本项目分包或转包。

第二十五条 乙方作业应遵守道路交通和高空作业安全规定，设置警示标志，因乙方作业不当造成人身伤害、车辆或第三方财产损失的，由乙方承担全部责任。乙方应为现场作业人员购买人身意外伤害保险。

第二十六条 甲方对乙方季度考核得分低于考核细则规定合格分的，乙方应在十日内提交整改方案并落实整改，整改情况纳入下一季度考核。

乙方对考核结果有异议的，可在收到考核结果后五个工作日内书面提出复核申请，甲方应在十个工作日内答复。

第六章 合同变更与终止

第二十七条 合同履行期间，如需变更服务内容，双方应协商一致并签订书面补充协议。

第二十八条 本合同在服务期满且双方履行完毕全部义务后终止。因不可抗力导致合同无法履行的，双方协商处理，互不承担违约责任。

第二十九条 服务期满时，乙方应向甲方或甲方指定的单位移交全部运维资料，包括设备台账、平台账号、配置文件、运维档案及未处理故障清单，并配合完成交接，交接期不少于十五日。交接期间乙方应继续履行运维义务，不另行收费。

服务期内乙方名称、法定代表人或注册地址变更的，应在变更后五日内书面通知甲方。

第七章 争议解决及其他

第三十条 本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，依法向衡州市有管辖权的人民法院起诉。

第三十一条 乙方应在合同签订前提交合同总价5%的履约保证金。

第三十二条 本合同一式五份，甲方三份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。

甲方（盖章）：衡州市城市管理局
乙方（盖章）：湖南明耀城市照明科技有限公司
签订日期：　　年　　月　　日
"""

SRC["z05"] = """# 工艺流程追踪软件许可及定制开发合同

**（木刻云 标准合同文本 V3.0）**

合同编号：MKY-2026-0933

甲方：东阳市青岚核桃雕工艺品工坊

乙方：杭州木刻云信息技术有限公司

甲方为核桃雕工艺品生产作坊，需对选料、开坯、精雕、打磨、上油、质检等工序进行追踪管理。乙方为甲方提供工艺流程追踪软件许可并进行定制开发。双方依据本合同文本达成如下约定。

## 第一条 项目内容

1.1 乙方向甲方提供“木刻云工艺流程追踪软件”标准版许可一套，许可用户数二十个。

1.2 乙方按甲方需求定制开发：原料核桃批次登记、工序扫码流转、雕刻师傅计件工资统计、成品一物一码溯源四个模块。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。

1.4 软件运行所需的服务器、扫码枪、标签打印机及网络环境由甲方自行准备，乙方可提供配置建议。乙方提供的配置建议仅供参考，因甲方硬件或网络原因影响软件运行的，乙方不承担责任。

1.5 乙方在项目启动时与甲方确认需求，形成需求确认书。需求确认书经双方签字后作为开发依据；签字后甲方提出的新增需求或修改，按乙方人天单价另行计费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺流程追踪软件许可（永久） | 168,000 |
| 2 | 定制开发（四个模块） | 236,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 440,000 |

合同总价为人民币肆拾肆万元整（¥440,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥286,000。

3.2 软件上线运行后五个工作日内，甲方支付剩余35%，即¥154,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的万分之三支付滞纳金，乙方有权暂停服务。

3.4 乙方收到款项后开具增值税普通发票；甲方需要增值税专用发票的，应在付款前提供开票资料。

## 第四条 交付

4.1 乙方在收到首笔款项后九十日内完成开发并部署上线。因甲方需求变更或配合不到位导致延期的，交付期限相应顺延。

4.2 乙方交付软件安装程序及用户操作手册。源代码不属于交付范围。

4.3 乙方交付的软件版本为乙方当时的标准发行版本及定制模块。乙方后续发布的新版本，甲方在维护期内可免费升级；维护期外升级的，需另行支付升级费用。

4.4 乙方在甲方现场的实施时间合计不超过十个工作日，超出部分按每人每日¥2,800另行计费，差旅费由甲方承担。

## 第五条 验收

5.1 软件部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方如对软件功能有异议，应在上线后三日内书面提出，逾期未提出的，视为无异议。

5.3 甲方应在上线前完成工序、雕刻师傅、计件单价等基础资料的整理并提交乙方。甲方未按时提交的，乙方有权顺延交付时间，且不视为乙方违约。

5.4 上线后甲方发现的问题，乙方按第六条约定的维护方式处理，不影响验收结论和付款义务。

## 第六条 售后服务

6.1 乙方提供六个月免费维护期，自软件上线之日起计算。免费维护期内乙方提供缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应每年支付软件许可费的22%作为年度维护费，即每年¥36,960。

6.3 一级故障（软件无法登录或扫码流转中断）：乙方在工作日8小时内响应；其他故障：乙方在三个工作日内响应。乙方以远程支持为主，确需现场服务的，差旅费用由甲方承担。

6.4 下列情况不属于乙方维护范围：甲方擅自修改软件配置或数据库；甲方硬件、操作系统或网络故障；病毒或黑客攻击；甲方操作不当；不可抗力。上述情况下乙方提供服务的，按乙方收费标准另行计费。

6.5 乙方维护服务时间为工作日上午九时至下午五时，法定节假日及周末不提供服务，甲方有紧急需求的，可另行协商加班费用。

6.6 甲方在维护期外报修的，乙方按每次¥800收取远程支持费用，现场服务按每人每日¥2,800收取，差旅费另计。

## 第七条 知识产权

7.1 本合同项下软件许可及定制开发成果（包括四个定制模块、数据库结构及相关文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定的范围内享有非独占的使用权，不得对软件进行修改、反向工程或提供给第三方使用。

7.3 甲方不得删除或修改软件中的乙方版权标识。甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

7.4 甲方如需将定制模块用于其他工坊或关联企业，应另行向乙方购买许可。

## 第八条 数据

8.1 甲方在软件中录入和产生的生产数据、工资数据及客户溯源数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方应对其远程维护账号采取访问控制和日志记录措施，对维护中接触的甲方数据采取必要的安全保护措施；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

8.3 甲方应自行做好数据的日常备份。乙方建议甲方每周将数据库备份至独立存储设备。

## 第九条 保密

双方对在合作中获知的对方技术信息和经营信息负有保密义务，未经对方同意不得披露。

保密期限为本合同有效期内及合同终止后两年。乙方为履行本合同需要向其技术人员披露甲方信息的，不视为违反保密义务。

双方因履行本合同而获得的对方资料，在合同终止后应予返还或销毁。

## 第十条 责任限制

10.1 乙方因本合同承担的全部赔偿责任累计不超过合同总价的20%。

10.2 乙方对甲方的间接损失、利润损失不承担责任。

10.3 因甲方提供的资料不准确、需求变更或未按约定付款导致的延误和损失，由甲方自行承担。

10.4 乙方不对软件在甲方特定环境下的运行效果、计件工资计算结果的准确性作出保证，甲方应对计件工资结果进行人工复核。

## 第十一条 合同解除

一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。

合同解除后，甲方已支付的款项不予退还，甲方应停止使用软件并删除全部安装副本；乙方应在甲方要求时将甲方数据以Excel格式导出交给甲方。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

本合同履行过程中，双方往来的通知以本合同首页所列联系人及联系方式为准，一方联系方式变更的，应在变更后三日内书面通知对方，否则按原联系方式送达即视为送达。

因不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并提供证明。不可抗力包括但不限于自然灾害、政府行为、网络运营商故障、停电等情况。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同为乙方标准合同文本，双方另有书面约定的除外。

13.3 甲方同意乙方将本项目作为成功案例在乙方官网、宣传材料及行业展会中展示，展示内容包括甲方名称、标识及软件使用场景照片。

13.4 本合同附件包括：需求确认书、软件功能清单、培训计划。附件与本合同具有同等效力。

甲方（签章）：东阳市青岚核桃雕工艺品工坊

乙方（签章）：杭州木刻云信息技术有限公司

日期：　　年　　月　　日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. TWS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Thamesbrook Warehouse Systems Ltd, a company registered in England with its office at Hithercroft Road, Wallingford, Oxfordshire (the "Supplier"), and Zhejiang Haotong Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Customer").
P:The Customer operates four temperature-controlled warehouses in the Yangtze River Delta and wishes to replace its warehouse management software. The Supplier publishes the Thamesbrook WMS software and agrees to license it and to provide the implementation services described below on the terms of this Agreement.
H:Article 1 Definitions
P:1.1 "Software" means the Thamesbrook WMS release 9 in object code, including the cold-chain and yard management modules, and all corrections and new releases supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration sets and any other work product prepared by the Supplier specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, stored in or generated by the Software in the Customer's operations, including inventory, temperature logs, order and customer records.
P:1.4 "Final Acceptance" means the written confirmation by the Customer that the acceptance tests in Article 5 have been passed.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's four warehouses and head office for its own business, for up to 180 named users and 60 handheld terminals.
P:2.2 The Customer may make copies of the Software for back-up, testing and disaster recovery. The Customer may allow its contractors to use the Software on its behalf.
H:Article 3 Services and Timetable
P:3.1 The Supplier shall install and configure the Software on the Customer's servers in Jiaxing, migrate master data and open stock from the Customer's current system, build interfaces with the Customer's ERP, transport management and temperature monitoring systems, and train the Customer's key users and trainers.
P:3.2 The Supplier shall complete installation within six weeks of the Effective Date and shall achieve Final Acceptance within seven months of the Effective Date, following the project plan in Annex 2.
P:3.3 The Supplier shall appoint a project manager who speaks Chinese and English and who will be present at the Customer's head office during the configuration, migration and acceptance phases. The Supplier shall not replace the project manager without the Customer's consent, which shall not be unreasonably withheld.
P:3.4 The Customer shall provide server capacity, network access, a project team with decision authority and the data and information reasonably requested by the Supplier. If the Customer's delay in doing so delays the project, the dates in Article 3.2 are extended accordingly, provided the Supplier notified the Customer of the delay in writing within five working days.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,836,000, inclusive of VAT, made up as follows: Software licence fee CNY 1,380,000; implementation and interface services CNY 420,000; training CNY 36,000.
P:4.2 The Customer shall pay 10% of the Contract Price within fifteen days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.3 The Customer shall pay 45% of the Contract Price within thirty days after the Software has been installed in the production environment. Installation is not acceptance.
P:4.4 The Customer shall pay the remaining 45% of the Contract Price within thirty days after Final Acceptance.
P:4.5 Prices are fixed. Payments shall be made in CNY to the Supplier's bank account named in the invoice.
H:Article 5 Acceptance
P:5.1 The acceptance tests shall show that: every function listed in the functional specification works as described; migrated stock records match the counted stock at every location with no difference; the interfaces exchange data without error for ten consecutive working days; the Software handles 250 concurrent users with screen response below two seconds; and the temperature excursion alerts reach the duty manager within one minute.
P:5.2 The Customer shall run the tests with the Supplier within ten working days after the Supplier's notice of readiness and shall confirm Final Acceptance in writing or list the defects. Use of the Software in live operation does not amount to acceptance. The Supplier shall correct listed defects within fifteen days, and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform in accordance with the specification for twenty-four months from Final Acceptance, and shall correct any defect free of charge during that period.
P:6.2 After the warranty period, the Supplier shall provide annual support and new releases for an annual fee of 8% of the Software licence fee, that is CNY 110,400 per year. This fee is fixed for the first three years after the warranty period.
P:6.3 During the warranty and support periods, the Supplier shall respond to a Priority 1 incident (the Software is down or goods cannot be received or shipped at a warehouse) within one hour at any time, and to a Priority 2 incident within two hours during business hours. For each hour by which a response to a Priority 1 incident is late, the Supplier shall credit CNY 1,200 against the next support invoice or pay it to the Customer.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 All rights in the Custom Deliverables belong to the Customer from creation. The Supplier shall deliver their source code at Final Acceptance. The Customer may use, modify and license them freely.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall use it only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:8.2 The Supplier shall access the Customer's systems only through the Customer's remote access gateway with individual accounts, shall apply the Customer's security policies, and shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Supplier shall notify the Customer of any actual or suspected security incident affecting Customer Data within two hours after becoming aware of it, shall help contain and remedy it, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Supplier fails to achieve Final Acceptance by the date in Article 3.2 for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains responsible for its subcontractors.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of the breach.
P:12.2 If the Customer terminates for the Supplier's breach before Final Acceptance, the Supplier shall refund the amounts paid for the services not accepted. The licence granted in Article 2 survives any termination after Final Acceptance.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
P:12.3 On termination the Supplier shall hand over all Custom Deliverables and Customer Data in its possession and shall co-operate with the Customer in an orderly handover to the Customer's staff or a new supplier.
H:Article 14 General
P:14.1 This Agreement with its Annexes is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.
P:14.2 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
P:14.3 This Agreement is made in English and Chinese; both versions have equal force.
P:Annex 1: Functional specification. Annex 2: Project plan. Annex 3: Interface list.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

SRC["e02"] = """# Order Form — Fieldwise Scheduling Cloud

Order Form No. MFS-OF-2026-0271

## Part A — Order Form

### A1. Parties

- **Supplier:** Marlow Fieldwise Software Limited, a company registered in England, Globe Park, Marlow, Buckinghamshire.
- **Customer:** Foshan Meijia Home Appliance Service Co., Ltd., a company incorporated in the People's Republic of China, Shunde District, Foshan, Guangdong Province.

### A2. Subscribed Service

Fieldwise Scheduling Cloud, Enterprise edition, for the dispatch and scheduling of the Customer's after-sales field technicians: work-order intake, technician scheduling and route planning, mobile app for technicians, spare-parts usage recording and customer satisfaction surveys. Up to 900 technician users and 60 dispatcher users. Hosting region: the Supplier's cloud tenancy in mainland China.

### A3. Subscription Term

Twenty-four months from the Go-Live Date. The Subscription Term ends at the end of that period and may be renewed only by a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | CNY 21,500 per month x 24 months | 516,000 |
| Onboarding services (configuration, data migration, integrations, training) | one-time, fixed | 64,000 |
| **Total Fees** | | **580,000** |

All fees include VAT. Additional users may be added at CNY 20 per user per month for the remaining Subscription Term.

### A5. Invoicing and Payment

- Subscription fees are invoiced quarterly in advance, at the start of each calendar quarter of the Subscription Term, the first quarter being invoiced on the Go-Live Date.
- The onboarding fee is invoiced after Onboarding Acceptance under Section 4.
- Invoices are payable within thirty days of receipt.

### A6. Key Dates and Contacts

- Target Go-Live Date: ten weeks after signature of this Order Form.
- Supplier contact: Customer Success Manager, Marlow office. Customer contact: Head of After-Sales Operations, Foshan.

This Order Form incorporates the General Terms in Part B. If the two conflict, this Order Form prevails.

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the subscribed service in A2, with its documentation and updates.

1.2 "Customer Data" means all data that the Customer or its users submit to the Service, and all data the Service generates from it, including work orders, end-customer names, addresses and telephone numbers, technician locations and survey results.

1.3 "Customer Configurations" means the workflows, forms, scheduling rules, reports and integration scripts built by the Supplier for the Customer during onboarding.

### 2. Provision of the Service

2.1 The Supplier shall provide the Service during the Subscription Term in accordance with the documentation and this Part B.

2.2 The Customer shall use the Service only for its own business and shall be responsible for the acts of its users.

### 3. Onboarding

3.1 The Supplier shall configure the Service, migrate open work orders and the technician and spare-parts master data from the Customer's current system, build integrations with the Customer's call-centre system and its ERP, and train the Customer's dispatchers and technician team leaders.

3.2 If the Go-Live Date has not been reached by the Target Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.08% of the Total Fees for each day of delay.

3.3 The Customer shall make available a project lead, the data extracts requested in the onboarding plan and test access to its call-centre system and ERP. Where a delay is caused by the Customer's failure to do so, the Target Go-Live Date is extended by the period of that delay.

3.4 The Supplier shall provide an onboarding plan within five working days after signature, showing the workstreams, milestones, responsible persons and the dates on which the Customer's input is required, and shall report progress every week.

### 4. Onboarding Acceptance

4.1 Onboarding Acceptance occurs when the Customer confirms in writing that: all open work orders and master data have been migrated and reconciled; the integrations pass an agreed test script of 200 transactions without error; a pilot in two cities has run for ten working days with all work orders dispatched through the Service; and the training has been delivered.

4.2 The Customer shall perform the acceptance checks within seven working days after the Supplier's notice of readiness. Go-live of the Service is not Onboarding Acceptance.

### 5. Service Levels

5.1 The Supplier shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 The Supplier shall respond to a Severity 1 incident (the Service is unavailable or dispatching is impossible for all users) within thirty minutes at any time and shall work continuously until it is resolved. Severity 2 incidents shall receive a response within two hours during business hours.

5.3 If monthly availability falls below the level in 5.1, the Customer shall receive a service credit of 5% of that month's subscription fee for each full 0.5 percentage point of shortfall, up to half of that month's fee. A late response to a Severity 1 incident earns a credit of CNY 1,000 per incident. Credits are deducted from the next invoice.

### 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Supplier shall process it only to provide the Service under this Order Form and the Customer's instructions, and for no other purpose.

6.2 The Supplier shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named staff on a need-to-know basis, keep access logs for at least one year, and test its backups every quarter.

6.3 The Supplier shall notify the Customer without undue delay, and in any case within six hours, after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all reasonable steps to contain it, and shall give the Customer the information it needs to report the incident to regulators and affected persons. The Supplier is responsible for incidents caused by its failure to meet this Section 6 and shall reimburse the Customer's reasonable costs of notification and remediation.

6.4 Within thirty days after the end of the Subscription Term the Supplier shall return all Customer Data in a standard export format and then delete it from the Service and its backups, and confirm the deletion in writing.

### 7. Intellectual Property

7.1 The Supplier and its licensors own the Service and all its underlying technology. Nothing in this Order Form transfers them to the Customer.

7.2 The Customer Configurations belong to the Customer. The Supplier shall deliver them in an exportable form on request, and the Customer may use, modify and license them freely, including with another service provider.

7.3 The Supplier may use general know-how gained in performing this Order Form, provided it does not include Customer Data or Customer Configurations.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, or loss of profit, revenue or goodwill.

8.2 The Supplier's total liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in this Section do not apply to death or personal injury caused by negligence, or to fraud.

### 9. Subcontracting and Assignment

9.1 The Supplier shall not subcontract the hosting of the Service or the onboarding services, in whole or in part, without the Customer's prior written consent, and remains responsible for the performance of any subcontractor so approved.

9.2 Neither party may assign this Order Form without the written consent of the other party.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within thirty days after being notified of it.

10.2 If the Customer terminates under 10.1, the Supplier shall refund any prepaid subscription fees for the period after termination.

10.3 On expiry or termination, Section 6.4 applies.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from this Order Form shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

11.3 The parties shall first try to settle any dispute through their executive sponsors within fifteen days.

### 12. General

12.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

12.2 Notices shall be given in writing to the contacts in A6, by courier or by e-mail with confirmation of receipt.

12.3 This Order Form may be signed in counterparts and is made in English and Chinese, both versions having equal force.

Signed for the Customer: ____________________  Signed for the Supplier: ____________________
"""

SRC["e03"] = """T:Supply Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. QZPM-EQ-2026-052
P:This Contract is made between Quzhou Pengda Paper Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Quzhou, Zhejiang Province (the "Buyer"), and Chiltern Vibration Analytics Ltd, a company registered in England with its office in Amersham, Buckinghamshire (the "Supplier"). This Contract is on the Buyer's standard terms for equipment purchases.
LN:Scope of Supply
P:1.1 The Supplier shall supply wireless vibration and temperature sensors, gateways and a perpetual licence of its monitoring software for the condition monitoring of the rotating equipment in the Buyer's two paper machine workshops, and shall install, configure and commission them and train the Buyer's maintenance staff.
P:1.2 The Supplier shall integrate the monitoring software with the Buyer's computerised maintenance management system so that alarms raise work orders automatically.
P:1.3 The Supplier shall calibrate every sensor before shipment and deliver the calibration certificates with the equipment.
LN:Price
P:2.1 The Contract Price is fixed at CNY 1,550,000, inclusive of VAT, delivery to the Buyer's site, insurance and all customs duties, as itemised in the price table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|1,650|693,000
TB:2|Industrial gateway with 4G and Ethernet backhaul|36|8,500|306,000
TB:3|Monitoring software, perpetual licence, unlimited users|1|380,000|380,000
TB:|Equipment and licence subtotal|||1,379,000
TB:4|Installation, configuration, integration and commissioning|1|146,000|146,000
TB:5|Training of maintenance staff|1|25,000|25,000
TB:|Contract Price|||1,550,000
P:2.2 The Supplier shall issue a special VAT invoice for each payment. Prices shall not be adjusted for changes in exchange rates, freight costs or component prices during the performance of this Contract.
LN:Payment
P:3.1 The Buyer shall pay 20% of the Contract Price within fifteen days after signature against an advance payment guarantee issued by a bank in mainland China.
P:3.2 The Buyer shall pay 45% of the Contract Price within thirty days after all equipment has been delivered and counted at the Buyer's site. Delivery is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
LN:Delivery
P:4.1 The Supplier shall deliver all equipment within eight weeks after signature and complete installation and commissioning within six weeks after delivery.
P:4.2 Installation work in the workshops shall follow the Buyer's safety rules and be scheduled with the Buyer's production department.
P:4.3 The Supplier shall deliver with the equipment the packing lists, certificates of origin and conformity, the user and maintenance manuals in Chinese, the installation drawings and the licence keys for the monitoring software.
P:4.4 Title to and risk in the equipment pass to the Buyer on delivery at the Buyer's site, but payment or delivery does not relieve the Supplier of its obligations under clauses 5 and 6.
P:4.5 The Supplier shall appoint a site supervisor who shall be present throughout installation and commissioning, hold a valid electrician's certificate recognised in China, and coordinate daily with the Buyer's maintenance manager. The Buyer shall provide power, network points, access to the machines during planned stops and a secure store for the equipment.
P:4.6 Sensors shall be mounted with the adhesive or stud fixing agreed for each measuring point in the installation plan. The Supplier shall mark every sensor with its tag number, record its location in the software, and hand over the mounting records as part of the documentation.
LN:Acceptance
P:5.1 Final Acceptance requires that: every sensor reports data to the monitoring software at the configured interval; the software detects the simulated faults in the agreed test plan, including imbalance, misalignment and bearing defect signatures, and raises an alarm within two minutes; alarms create work orders in the Buyer's maintenance system without error over fifteen consecutive days; and the documentation and training have been delivered.
P:5.2 The Buyer shall perform the acceptance tests with the Supplier within ten working days after notice of readiness and issue a signed acceptance certificate or a list of defects. Installation, commissioning or use of the equipment does not amount to acceptance.
LN:Warranty and Support
P:6.1 The warranty period is thirty-six months from Final Acceptance. During it the Supplier shall repair or replace defective sensors, gateways and batteries and correct software defects free of charge, including parts, labour and travel.
P:6.2 After the warranty period the Supplier shall, if the Buyer so requests, provide annual support for a fee of 7% of the equipment and licence subtotal, that is CNY 96,530 per year, which shall not be increased during the first three years after the warranty period.
P:6.3 The Supplier shall respond to faults as set out below, during the warranty and any support period:
TB:Priority|Definition|Response|On site|Restore
TB:Priority 1|monitoring software down, or a workshop without monitoring|1 hour|next day|within 2 days
TB:Priority 2|a gateway or several sensors not reporting|3 hours|within 3 days|within 5 days
TB:Priority 3|a single sensor or a cosmetic fault|next working day|as agreed|next scheduled visit
P:6.4 For each hour by which a Priority 1 response is late the Supplier shall pay the Buyer CNY 1,500, and for each day by which a Priority 1 restore is late, CNY 3,000.
P:6.5 Replacement sensors and gateways supplied under warranty carry the remaining warranty period of the item they replace, or six months, whichever is longer. The Supplier shall keep spare sensors and one spare gateway in stock at the Buyer's site during the warranty period.
P:6.6 The Supplier shall provide software patches and new releases of the monitoring software free of charge during the warranty period, and shall test each release in the Buyer's test environment before it is installed in production.
LN:Intellectual Property
P:7.1 The monitoring software remains the property of the Supplier, licensed to the Buyer perpetually.
P:7.2 The interface to the Buyer's maintenance system, the machine models, alarm rules and dashboards configured for the Buyer belong to the Buyer, which may use, modify and license them freely.
LN:Data Security and Ownership
P:8.1 All measurement data, alarms and reports belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The monitoring software shall be installed on the Buyer's servers. Remote support shall be given only through the Buyer's approved remote access channel with individual accounts and logging. The Supplier shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall report any data security incident caused by it within two hours, assist in its remedy and bear the losses caused by its breach of this clause.
P:8.4 At the end of the warranty and any support period, the Supplier shall return or destroy any copies of the Buyer's data in its possession, including diagnostic files received for troubleshooting, and confirm this in writing.
LN:Confidentiality
P:9.1 The Supplier shall keep confidential all technical and business information of the Buyer, including equipment drawings and production data, and shall not disclose it to any third party without the Buyer's written consent, during this Contract and for five years after it.
LN:Delay Damages and Liability
P:10.1 For each day of delay in delivery or in achieving Final Acceptance attributable to the Supplier, the Supplier shall pay delay damages of 0.08% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for death, personal injury, wilful misconduct and breach of clauses 8 and 9.
P:10.3 The total amount of delay damages shall not exceed 10% of the Contract Price. Payment of delay damages does not relieve the Supplier of its obligation to complete the work. If delay damages reach this maximum, the Buyer may terminate this Contract under clause 12.
LN:Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
P:11.2 If the Buyer approves a subcontractor for installation work, the Supplier shall ensure that the subcontractor complies with this Contract and the Buyer's site rules, and the Supplier remains fully responsible for the subcontractor's work.
LN:Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, and may recover the amounts paid for undelivered or unaccepted items.
P:12.2 Neither party is liable for a failure to perform caused by force majeure, provided it informs the other party within five days and takes reasonable steps to limit its effects. If force majeure lasts more than sixty days, either party may terminate this Contract by written notice.
LN:Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
LN:General
P:14.1 This Contract is made in Chinese and English, both versions being equally authentic, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

Agreement No. TMS-2026-CN-009

**Between** Tring Managed Services Ltd, a company registered in England, Akeman Street, Tring, Hertfordshire (the "Supplier"), **and** Hefei Ruiguang New Materials Co., Ltd., a company incorporated in the People's Republic of China, Hefei Economic and Technological Development Zone, Anhui Province (the "Customer").

**Background.** The Customer runs two production plants and a research centre in Hefei. It wishes to outsource the operation of its service desk, end-user support, servers and network to the Supplier for a fixed term. The Supplier provides these services in China through its own staff and tools.

## 1. Definitions

1.1 "Services" means the transition services and the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 4.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Supplier accesses, receives or processes in providing the Services.

1.5 "Deliverables" means the runbooks, configuration records, scripts, knowledge articles and reports produced by the Supplier for the Customer.

## 2. Services

2.1 The Supplier shall provide the Services with suitably qualified staff, in accordance with Schedule 1 and the service levels in Schedule 2, and shall comply with the Customer's site and IT policies notified to it.

2.2 The Supplier shall keep a service delivery manager based in Hefei throughout the Term and shall hold a monthly service review with the Customer.

2.3 The Supplier shall provide the Customer with access to its service management platform, where the Customer can see all tickets, changes, service level results and asset records in real time.

2.4 Changes to the Customer's production systems shall follow the Customer's change management procedure, and emergency changes shall be reported to the Customer's IT manager on the same day.

## 3. Transition

3.1 The Supplier shall complete the transition described in Schedule 1 within ten weeks after signature of this Agreement.

3.2 If Transition Acceptance has not been achieved by that date for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Total Contract Value for each day of delay.

3.3 The Customer shall make its current provider's documentation and knowledge transfer sessions available to the Supplier during transition, as far as its contract with that provider allows.

## 4. Transition Acceptance

4.1 Transition Acceptance requires that: all in-scope assets are recorded in the configuration database and reconciled with the Customer's asset register; monitoring is active for all servers and network devices in Schedule 1; the service desk has handled calls for ten working days in parallel running with the service levels in Schedule 2 met; and the runbooks for all critical systems have been reviewed and approved by the Customer.

4.2 The Customer shall confirm Transition Acceptance in writing, or list the open items, within five working days after the Supplier's notice of readiness.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,842,000, inclusive of VAT.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, after the month's service report has been delivered. Invoices are payable within thirty days. There is no advance payment.

5.3 Service credits under Schedule 2 are deducted from the next monthly invoice.

5.4 The charges are fixed for the Term. Additional services outside Schedule 1, such as projects or extra sites, shall be agreed by a written change request before the work starts, with a fixed price or the person-day rate in Schedule 3.

5.5 If the number of users or servers in scope changes by more than one tenth, either party may request an adjustment of the monthly service charge in proportion to the change, to be agreed in writing.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to provide the Services and shall not sell, disclose or use it for any other purpose.

6.2 At the end of the Term, the Supplier shall return all Customer Data and Deliverables to the Customer.

6.3 The Supplier shall follow the Customer's instructions on the handling of Customer Data given during the monthly service review, and shall tell the Customer which of its staff have administrator access to the Customer's systems.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's network diagrams, passwords, product formulations and pricing, use it only for this Agreement and not disclose it to third parties except to its professional advisers under a duty of confidence. This Section survives for five years after the end of the Term.

## 8. Intellectual Property

8.1 The Supplier keeps its tools, service management platform and pre-existing know-how.

8.2 The Deliverables belong to the Customer, which may use, modify and license them freely, including for the purposes of a successor supplier.

## 9. Subcontracting

9.1 The Supplier may subcontract the performance of any part of the Services, including field support at the Customer's plants, by giving the Customer written notice identifying the subcontractor. The Supplier remains responsible for the acts and omissions of its subcontractors.

## 10. Liability

10.1 The Supplier's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to death, personal injury or wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Term and Termination

11.1 This Agreement starts on signature and continues until the end of the Term. It ends at the end of the Term unless the parties agree an extension in writing; there is no automatic renewal.

11.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within thirty days after notice, or if service credits reach their monthly maximum in three consecutive months.

11.3 On expiry or termination the Supplier shall provide exit assistance for up to three months at the rates in Schedule 3 so that the Services pass without disruption to the Customer or a successor supplier.

11.4 The Supplier shall keep, throughout the Term, an up-to-date exit plan describing how the Services, the Deliverables and the Customer Data will be handed over, and shall update it each year and on the Customer's request.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. General

13.1 Neither party is liable for failure caused by force majeure, provided it gives prompt notice and uses reasonable efforts to resume performance.

13.2 Changes to this Agreement or its Schedules must be agreed in writing by both parties.

## Schedule 1 — Scope of Services

| Service | Scope | Hours |
|---|---|---|
| Transition | inventory and reconciliation of assets, monitoring set-up, knowledge transfer from the current provider, runbooks | ten weeks |
| Service desk | telephone, e-mail and portal; Chinese and English; about 1,100 users | 07:00 to 22:00 every day |
| End-user support | desk-side support at both plants and the research centre; device moves and changes | 08:00 to 18:00 working days |
| Server management | 86 virtual and 14 physical servers: monitoring, patching, backup checks | 24 x 7 |
| Network management | 3 sites: core switches, firewalls, Wi-Fi controllers, WAN links | 24 x 7 |
| Reporting | monthly service report, quarterly capacity review | monthly / quarterly |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of core infrastructure (servers and network) per month | 99.95% | 5% of the monthly charge per 0.1 percentage point below target |
| Priority 1 incident response | 15 minutes, 24 x 7 | CNY 800 per late response |
| Priority 1 incident restore | 3 hours | CNY 1,500 per hour late |
| Priority 2 incident response | 1 hour | CNY 300 per late response |
| Service desk calls answered within 30 seconds | 90% of calls | 2% of the monthly charge |

Total service credits in any month are capped at one fifth of that month's charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, fixed | 96,000 |
| Monthly service charge | CNY 48,500 x 36 months | 1,746,000 |
| **Total Contract Value** | | **1,842,000** |
| Exit assistance (if requested) | CNY 2,400 per person-day | not included |

Signed for the Customer: ____________________ Signed for the Supplier: ____________________
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
Agricultural Weather and Crop Data API

Agreement No. RAD-SUB-2026-0388

This Data Subscription Agreement is made between Royston Agri Data Ltd, a company registered in England, with its office on Melbourn Street, Royston, Hertfordshire ("Provider"), and Henan Fengnian Grain Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhengzhou, Henan Province ("Customer").

1. DEFINITIONS

1.1 "Data Services" means access to the Provider's weather observation, weather forecast, soil moisture and crop condition datasets for the regions listed in Schedule A, delivered through the Provider's application programming interface ("API") and bulk file downloads.

1.2 "Activation Date" means the date on which the Customer confirms Activation under clause 4.

1.3 "Subscription Year" means the period starting on the Activation Date, and each following period starting on an anniversary of the Activation Date, each ending on the day before the next anniversary.

1.4 "Customer Data" means the field boundaries, warehouse locations, purchase plans, portfolios and other information that the Customer uploads to the Data Services or includes in its API queries, and the query logs relating to them.

1.5 "Custom Outputs" means the regional yield indicators, field-to-grid mappings and alert rules that the Provider develops specifically for the Customer under Schedule B.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access and use the Data Services for its internal grain procurement, storage and trading decisions, for up to 40 named users and up to two million API calls per Subscription Year.

2.2 The Customer may keep and use, after the end of the Subscription Term, the data that it has downloaded during the Subscription Term, for its internal purposes only.

2.3 The Customer shall not resell or publish the data as a dataset or make it available to third parties, except in reports to its own customers and lenders in the ordinary course of its business.

2.4 The Provider may change the content or format of a dataset or of the API, provided it gives the Customer at least sixty days' notice of any change that is not backward-compatible and keeps the previous version available during that period.

2.5 The Customer shall keep its API credentials secure and is responsible for the use of the Data Services through its credentials.

3. TERM AND RENEWAL

3.1 The Subscription Term is two Subscription Years from the Activation Date.

3.2 At the end of the Subscription Term, and at the end of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current period.

3.3 For each renewal period, the subscription fee shall be the Provider's list price in effect at the start of that renewal period. The Provider may revise its list prices at its discretion and shall notify the Customer of the renewal fee at least ninety days before the renewal date.

4. SET-UP AND ACTIVATION

4.1 The Provider shall set up the Customer's account, load the Customer's field boundaries and warehouse locations, configure the Custom Outputs in Schedule B, and deliver API credentials and documentation within six weeks after signature.

4.2 Activation occurs when the Customer confirms in writing that: all datasets in Schedule A are accessible through the API and as bulk files; the data for twenty sample locations chosen by the Customer matches the Provider's published records; the Custom Outputs have been delivered and produce results for all of the Customer's regions; and the Customer's test system has completed five thousand API calls without error. The Customer shall perform these checks within ten working days after the Provider's notice of readiness. Delivery of credentials alone is not Activation.

4.3 If Activation has not occurred within six weeks after signature for reasons attributable to the Provider, the Provider shall pay the Customer delay damages of CNY 600 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are set out in Schedule C. The total fees for the Subscription Term are CNY 620,000, inclusive of VAT.

5.2 The set-up fee is invoiced after Activation. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within thirty days after receipt.

5.3 API calls above the annual allowance are charged at the overage rate in Schedule C and invoiced quarterly in arrears.

6. AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API and the download service available and to update each dataset at the frequency stated in Schedule A.

6.2 The Provider will provide e-mail support during its business hours and will try to answer support requests promptly.

6.3 The Provider may suspend access for maintenance, preferably outside China business hours, and will try to give notice of planned maintenance in advance.

6.4 Where a dataset is corrected after publication, the Provider will make the corrected data available through the API and will, on request, tell the Customer which records were corrected.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Services to the Customer and shall not use it for any other purpose, including for the improvement of its datasets or the analysis of market activity.

7.2 The Provider shall keep Customer Data encrypted in transit and at rest, restrict access to staff who need it to provide the Data Services, keep access logs, and keep Customer Data on servers located in mainland China.

7.3 The Provider shall notify the Customer within twenty hours after becoming aware of any breach of security affecting Customer Data, shall take prompt measures to contain it, and shall be liable for losses caused by its failure to comply with this clause 7.

7.4 Within thirty days after the end of the Subscription Term the Provider shall delete Customer Data and confirm the deletion in writing.

7.5 The Provider shall give the Customer, once a year and on request, a written summary of the security measures applied to Customer Data and the results of any external security assessment.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information received from the other party, including the Customer's purchase plans and positions and the Provider's pricing, and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Provider and its licensors own the datasets, the API and the underlying models.

9.2 The Custom Outputs belong to the Customer. The Provider shall deliver their definitions and code at Activation, and the Customer may use, modify and license them freely.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit or trading losses.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total fees in clause 5.1. This limit does not apply to breach of clauses 7 and 8, fraud or wilful misconduct.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the hosting of the Data Services or the development of the Custom Outputs without the Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

12.2 If the Customer terminates under 12.1, the Provider shall refund the subscription fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 Neither party is liable for a delay caused by events outside its reasonable control.

14.2 This Agreement, with its Schedules, is the whole agreement of the parties on its subject and may be changed only in writing signed by both parties.

SCHEDULE A - DATASETS AND REGIONS

Weather observations (hourly), seven-day and thirty-day forecasts, soil moisture (daily) and crop condition indices (weekly) for Henan, Shandong, Hebei, Anhui, Jiangsu, Heilongjiang and Jilin at county level, and for the main wheat and maize exporting regions abroad at district level.

SCHEDULE B - CUSTOM OUTPUTS

Regional yield indicators for wheat and maize for the Customer's sourcing counties; mapping of the Customer's contracted fields to the Provider's data grid; frost, drought and heavy-rain alert rules for each of the Customer's warehouses.

SCHEDULE C - FEES

Set-up and Custom Outputs, one-time: CNY 24,000
Subscription fee, Subscription Year 1: CNY 298,000
Subscription fee, Subscription Year 2: CNY 298,000
Total fees for the Subscription Term: CNY 620,000
Overage: CNY 0.08 per API call above the annual allowance (not included in the total)

Signed for the Customer: ____________________    Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- targets
TARGETS = {
    "z01": ("h1162z01_market_credit_platform_custom_development.pdf", "pdf"),
    "z02": ("h1162z02_crusher_line_control_retrofit.docx", "docx"),
    "z03": ("h1162z03_board_game_chain_booking_saas.txt", "txt"),
    "z04": ("h1162z04_smart_streetlight_annual_om.txt", "txt"),
    "z05": ("h1162z05_walnut_carving_tracking_supplier_template.md", "md"),
    "e01": ("h1162e01_wms_perpetual_licence_wallingford_vendor.pdf", "pdf"),
    "e02": ("h1162e02_field_service_saas_order_form_marlow.md", "md"),
    "e03": ("h1162e03_condition_monitoring_sensors_amersham.docx", "docx"),
    "e04": ("h1162e04_managed_it_services_36_months_tring.md", "md"),
    "e05": ("h1162e05_crop_weather_data_api_royston.txt", "txt"),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
# terms in KEYS order; extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value;
# tco: (fee base, warranty months) for goods; forum_outside: a seat outside mainland China
DESIGN = {
    "z01": dict(t=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False,
                    "PRC", G), sla=True, ld=True, capped=True, deemed=False, value=2320000, base=860000, rules=[]),
    "z02": dict(t=T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 26, False, True, True,
                    "PRC", G), sla=True, ld=True, capped=True, deemed=False, value=1690000, base=1520000,
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(t=T(99.5, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                    False, "PRC", S), sla=True, ld=True, deemed=False, value=307600,
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(t=T(99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False,
                    False, "PRC", S), sla=True, ld=True, deemed=False, value=1186000,
                rules=["CR-LD-LOW", "CR-TERMINATION"]),
    "z05": dict(t=T(None, 8, False, "supplier", True, True, True, None, 20, 65, False, False, 6, 22, False, True, None,
                    None, G), sla=True, ld=False, capped=True, deemed=True, value=440000, base=168000,
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(t=T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 8, False, True, False,
                    "England and Wales", G), sla=True, ld=True, capped=True, deemed=False, value=1836000,
                base=1380000, forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "e02": dict(t=T(99.5, 0.5, True, "buyer", True, True, False, 0.08, 6 / 24 * 100, None, True, None, None, None,
                    False, True, False, "PRC", S), sla=True, ld=True, deemed=False, value=580000,
                rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "e03": dict(t=T(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 7, False, True, False,
                    "PRC", G), sla=True, ld=True, capped=True, deemed=False, value=1550000, base=1379000, rules=[]),
    "e04": dict(t=T(99.95, 0.25, True, "buyer", False, True, True, 0.1, 150, None, True, None, None, None, False, True,
                    True, "PRC", S), sla=True, ld=True, deemed=False, value=1842000,
                rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": dict(t=T(None, None, False, "buyer", True, True, True, 600 / 620000 * 100, 150, None, True, None, None, None,
                    True, True, False, "PRC", S), sla=False, ld=True, deemed=False, value=620000,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
THRESHOLDS = [99.9, 4, 0.05, 100, 30, 15, 12, 40]


def tco_share(d):
    t = d["t"]
    post_years = 5 - t["warranty_months"] / 12
    fees = post_years * d["base"] * t["post_warranty_fee_pct"] / 100
    return fees / (d["value"] + fees) * 100


def derive(d):
    """Policy §3 as this author reads it."""
    t, r = d["t"], set()
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated": with no SLA too (changed by the requester after the first run, NOTES.md)
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if t["ld_rate_per_day_pct"] is None:
        if not d["ld"]:
            r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and tco_share(d) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    d = DESIGN[key]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if d["t"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": TARGETS[key][0], "language": "zh" if key[0] == "z" else "en", "category": CATEGORY[key],
            "expected_terms": d["t"], "expected_extra": extra, "expected_rules": sorted(d["rules"])}


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


PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAD = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])0\.05(?!\d)", r"万分之五", r"千分之零点五",
    r"(?<![\d.])(?:30|15|40|100|12)" + PCT, r"百分之(?:三十|十五|四十|一百|百)(?![零一二三四五六七八九十点])",
    r"(?<![\d.])4\s*个?\s*小时", r"(?<![零一二三四五六七八九十])四\s*个?\s*小时", r"(?<![\d.])4\s*-?\s*hours?\b",
    r"\bfour\s*-?\s*hours?\b", r"(?<![\d.])12\s*个?\s*月", r"(?<![一二三四五六七八九])十二\s*个?\s*月",
    r"(?<![\d.])12\s*-?\s*months?\b", r"\btwelve\s*-?\s*months?\b", r"\btwelve\s*calendar\s*months?\b"]]
MUST_HIT = ["可用率99.9%", "99.9 %", "0.05%", "万分之五", "30%", "付款30 %", "15 per cent", "百分之三十", "40%", "100%",
            "12%", "4小时内", "四小时", "4 hours", "four hours", "12个月", "十二个月", "12 months", "twelve months",
            "4-hour", "within4hours", "十二个自然月".replace("自然", "")]
MUST_MISS = ["99.95%", "99.99%", "0.08%", "万分之八", "130%", "45%", "35%", "150%", "24小时", "二十四小时", "24 hours",
             "14 hours", "18个月", "二十二个月", "112 months", "2026年", "CNY 4,800", "1.5%", "0.1%", "三十分钟",
             "40 named users"]


def scan_selftest():
    for s in MUST_HIT:
        assert any(p.search(s) for p in BAD), ("must hit", s)
    for s in MUST_MISS:
        assert not any(p.search(s) for p in BAD), ("must miss", s)


def scan(text, name):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for v in variants:
        for p in BAD:
            m = p.search(v)
            assert not m, (name, p.pattern, v[max(0, m.start() - 30):m.end() + 30])


def length(text, zh):
    return len(re.sub(r"\s", "", text)) if zh else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    scan_selftest()
    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for key, (name, kind) in TARGETS.items():
        d = DESIGN[key]
        derived = derive(d)
        assert derived == sorted(d["rules"]), (key, derived, d["rules"])
        covered |= set(derived)
        lab = label(key)
        for k, v in list(lab["expected_terms"].items()) + [("contract_value", d["value"])]:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in THRESHOLDS), (key, k, v)
        if d["t"]["contract_kind"] == G:
            share = tco_share(d)
            assert abs(share - 40) > 2, (key, share)
            print(f"  {key} TCO share {share:.1f} %")
        text = read_back(OUT / name)
        scan(text, name)
        n = length(text, key[0] == "z")
        lo, hi = (2750, 3000) if key[0] == "z" else (1450, 1650)
        print(f"  {key} length {n}", "" if lo <= n <= hi else "OUT OF RANGE")
        assert lo <= n <= hi, (key, n)
        stem = Path(name).stem
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        risk = "high" if any(SEVERITY.get(r, "medium") == "high" for r in derived) else (
            "medium" if any(SEVERITY.get(r, "medium") == "medium" for r in derived) else "low")
        print(f"  {key} rules {derived} risk {risk}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed")
