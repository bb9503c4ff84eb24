"""holdout944: builds the ten draft contracts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py), writes the
.json labels, derives each draft's rules from its labels (own reading of policy §3), compares them with the design list,
checks coverage, text lengths and that no value / text sits on a policy threshold.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------- z01
Z01 = """T:清溪市农村供水工程运维管理平台采购合同
P:合同编号：QXSW-ZC-2026-047
P:甲方（采购人）：清溪市水务局
P:乙方（供应商）：杭州澜汐信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及清溪市农村供水工程运维管理平台项目（采购编号：QXCG-2026-0318）的公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供农村供水工程运维管理平台软件的永久使用许可（不限用户数），并按甲方需求进行定制开发。定制内容包括：供水工程及管网台账、水质在线监测数据接入、泵站远程监控接入、巡检养护工单、维修养护资金管理、村级管水员移动端以及统计分析驾驶舱。
P:1.2 平台部署于甲方指定的政务云资源，覆盖全市46座千吨万人供水工程和318处单村供水工程。
P:1.3 乙方负责平台安装部署、历史数据迁移、与省级农村供水信息系统的接口联调、用户培训，以及质保期内的运行维护支持。
P:1.4 乙方交付的平台应兼容国产操作系统、国产数据库及主流国产浏览器，移动端支持安卓和鸿蒙系统，并满足招标文件所列全部技术参数。
P:1.5 乙方应为甲方及各乡镇水利站管理人员、村级管水员提供不少于三期的集中培训，并提供操作手册和培训视频。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾叁万元整（¥1,330,000），其中：平台软件许可费¥680,000；定制开发费¥540,000；实施部署及数据迁移费¥86,000；培训费¥24,000。
P:2.2 上述价款为固定总价，已包含软件许可、开发、实施、差旅、税费及质保期服务等全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的50%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的25%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序办理付款。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起一百二十日内完成平台部署和定制开发，并向甲方提交初步验收申请及全部技术文档。
P:4.2 乙方应在合同签订后十日内提交项目实施计划，明确需求调研、开发、部署、迁移、联调、培训各阶段的时间节点和人员安排，经甲方确认后执行。乙方项目经理须常驻甲方现场，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合招标文件技术需求及双方确认的需求规格说明书；历史台账数据迁移完整，逐表核对无差错；水质和泵站数据接入延迟不超过60秒；500个并发用户下页面平均响应时间不超过2秒；平台通过第三方安全测评。
P:5.2 初步验收后平台试运行九十日。试运行期间未发生一级故障的，由甲方组织专家按上述标准进行最终验收，并出具书面验收报告。
P:5.3 平台上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后如甲方需要，乙方按年提供维护服务，年度维护费不超过平台软件许可费的8%（即不超过¥54,400），且在质保期满后三年内不上调。维护服务按年另行签订合同，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，并在汛期前对平台进行一次全面检查和性能优化。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划维护除外，计划维护须提前三日通知甲方并安排在夜间进行）。
P:7.2 故障分级响应：一级故障（平台整体不可用或水质告警数据中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中解决。
P:7.3 服务水平未达标的，一级故障响应或恢复每超时一小时，乙方支付违约金¥800；月可用率每低于约定值0.01个百分点，乙方支付违约金¥1,500，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件产品的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、数据库设计、源代码及文档，其知识产权归甲方所有。乙方应在最终验收时移交完整源代码，甲方可自行或委托第三方使用、修改。
H:第九条 数据安全
P:9.1 平台中的供水工程数据、监测数据、用户信息等全部数据归甲方所有，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，运维操作须经甲方审批并通过甲方堡垒机进行，不得私自留存或拷贝数据。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
P:9.4 合同终止或服务结束时，乙方应将全部数据完整移交甲方，并按甲方要求删除其持有的任何副本，出具书面说明。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、供水设施布局、网络结构及账号口令负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定且经催告后仍未整改的，应按合同总价的百分之十向甲方支付违约金，违约金不足以弥补损失的，乙方还应赔偿差额部分。
P:11.3 乙方违反本合同第九条约定的，除承担上述责任外，甲方有权暂停支付相关款项，并视情节将有关情况报送同级财政部门。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任，但应及时通知对方并在十五日内提供证明。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
P:14.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价百分之五的履约保证金，可采用银行保函形式。平台通过最终验收后，甲方在十五个工作日内无息退还。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及本合同附件为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清溪市水务局　　　　乙方（盖章）：杭州澜汐信息技术有限公司
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------- z02
Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HW-JG-2026-112
P:甲方：嘉禾运动护具（南通）有限公司
P:乙方：常州瑞控自动化工程有限公司
P:甲方为提升护腕、护膝等产品生产线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责对甲方一号厂房内的裁切、缝制、热压、贴标、包装等六条生产线进行控制系统改造，包括PLC控制柜更换、伺服驱动及电机更换、视觉检测单元加装、操作屏更换，以及产线监控软件的部署。
P:1.2 乙方负责设备供货、安装、编程调试、与甲方现有MES系统的数据对接、操作人员培训及质保期内的维护。
P:1.3 改造应分线实施，每条线停线时间不超过五日，乙方须提前提交停线计划并经甲方生产部门书面确认。
P:1.4 改造后的控制系统应采用主流品牌的PLC和伺服产品，预留不少于百分之二十的I/O余量，并满足甲方提供的《产线改造技术要求》中的各项指标。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰万零贰仟元整（¥1,002,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、柜体）|6套|68,000|408,000
TB:2|伺服驱动器及伺服电机|24套|7,500|180,000
TB:3|视觉检测单元（相机、光源、工控机）|6套|23,000|138,000
TB:4|HMI操作屏|6台|6,800|40,800
TB:5|产线监控软件许可（永久）|1套|96,000|96,000
TB:|软硬件小计|||862,800
TB:6|安装调试及程序开发|1项|130,000|130,000
TB:7|操作及维护培训|1项|9,200|9,200
TB:|合计|||1,002,000
P:2.2 合同价款包含设备、软件、运输、安装、调试、培训、税费及质保期内服务的全部费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装后十个工作日内，甲方支付合同总价的45%。到货安装不视为验收。
P:3.3 项目通过最终验收后十个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具相应金额的增值税专用发票。
P:3.5 甲方有权从应付款项中直接扣除乙方依本合同应支付的违约金和赔偿款。
H:第四条 工期
P:4.1 乙方应在合同生效后九十日内完成全部六条生产线的改造，并书面通知甲方组织验收。
P:4.2 乙方应在合同生效后七日内提交详细施工方案，内容包括分线停线计划、人员配置、安全措施和应急预案。因乙方原因导致停线超过约定时间的，每超出一日，乙方应承担甲方该产线的停产损失。
P:4.3 乙方现场施工人员应遵守甲方的安全生产、消防和厂区管理制度，动火、登高及带电作业须事先办理审批手续。因乙方人员违规造成的人身伤害或财产损失，由乙方承担。
H:第五条 验收
P:5.1 验收标准：设备型号、数量与本合同明细一致；每条产线连续满负荷运行七十二小时无停机故障；改造后单线节拍不低于改造前的1.2倍；视觉检测漏检率符合附件一的要求；产线数据在MES系统中实时显示，延迟不超过5秒。
P:5.2 验收合格的，双方签署最终验收报告；验收不合格的，乙方应在十日内整改并重新验收。设备投入生产使用不视为验收合格。
P:5.3 最终验收前，乙方应配合甲方进行为期三十日的试生产，试生产期间发现的问题由乙方及时处理，并计入验收记录。试生产期间产品质量异常的，双方应共同分析原因，属于控制系统原因的由乙方负责整改。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内设备、软件的故障由乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的28%计取，即每年¥241,584，该费用在质保期满后三年内固定不变。维保服务包括定期巡检、备件更换、程序修改及软件升级。
P:6.3 设备发生故障时，乙方接到通知后2小时内响应，8小时内到达甲方现场，停线故障24小时内排除。乙方响应或到场每超时一小时，应向甲方支付¥500；停线故障未按时排除的，每超时一日支付¥3,000。
P:6.4 乙方应在验收时向甲方移交电气图纸、程序备份、操作及维护手册、备件清单，并为甲方储备常用易损备件一套。质保期满后，乙方保证关键备件的供应不少于八年。
P:6.5 乙方应为甲方的操作工、设备维修人员分别进行培训，培训合格后由乙方出具培训记录，确保甲方人员能够独立完成日常操作和一般故障处理。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、MES对接程序及相关源代码、图纸的知识产权归甲方所有，乙方应在验收时一并移交。
P:7.2 产线监控软件产品的著作权仍归原权利人所有，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、质量检测图像均属于甲方，乙方不得用于本合同以外的任何用途。
P:8.2 乙方远程维护须经甲方书面批准，通过甲方指定的远程通道进行，操作全程留痕，不得在乙方设备上留存甲方数据。
P:8.3 因乙方原因导致数据泄露、丢失或系统被入侵的，乙方应在2小时内通知甲方，配合处置，并赔偿甲方因此遭受的全部损失。
P:8.4 乙方接入甲方网络的工控机、调试电脑须预先安装甲方认可的防病毒软件，并经甲方信息部门检查合格，严禁使用未经检查的移动存储介质。
H:第九条 保密
P:9.1 乙方对甲方的工艺参数、配方、产能及客户信息负有保密义务，不得向任何第三方披露，保密期限为合同终止后五年。乙方应要求参与本项目的全部人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方未按第四条约定完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方交付的设备不符合约定的，甲方有权要求更换，由此造成的停产损失由乙方承担。
P:10.3 乙方逾期超过四十五日仍未完成改造的，甲方除要求支付违约金外，有权解除合同，乙方应退还甲方已付款项。
P:10.4 甲方未按约定付款的，乙方可书面催告，甲方应在收到催告后十五日内付清。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方。经同意分包的，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力导致本合同无法履行的，受影响一方应及时通知对方，并在不可抗力消除后继续履行；不可抗力持续超过六十日的，双方均可解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交南通仲裁委员会仲裁，仲裁裁决是终局的，对双方均有约束力。
H:第十四条 其他
P:14.1 双方的通知应以书面形式送达本合同首页所列地址，电子邮件经对方确认收到的视为送达。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 本合同一式四份，双方各执两份，经双方签字盖章后生效。
H:第十五条 附件
P:附件一：《产线改造技术要求》；附件二：设备配置清单及品牌型号；附件三：施工方案及停线计划。附件与本合同具有同等效力。
P:甲方（盖章）：嘉禾运动护具（南通）有限公司　　乙方（盖章）：常州瑞控自动化工程有限公司
P:日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------- z03
Z03 = """龙舟培训连锁门店预约及会员管理系统服务合同

合同编号：LZ-IT-2026-019
甲方：广州竞渡龙舟运动培训有限公司
乙方：深圳约客云软件有限公司

甲方在广东、广西两省区经营35家龙舟培训门店（含训练基地），拟统一使用乙方的课程预约及会员管理SaaS服务。双方经友好协商，就服务开通、实施及后续使用达成如下协议。

一、服务内容
（一）乙方通过其云平台向甲方提供"约客云"课程预约及会员管理服务，功能包括：在线约课与排班、教练及船只资源调度、会员卡及课时包管理、线上收款与对账、训练记录、赛事报名、营销活动及经营报表。
（二）服务范围覆盖甲方全部35家门店，每家门店开通前台账号3个、教练账号不限，会员端通过甲方微信小程序使用，门店清单见附件三。
（三）实施服务包括：
1. 门店、课程、教练、船只等基础资料配置；
2. 甲方现有约8.6万名会员数据及未消课时的迁移和核对；
3. 微信小程序的品牌定制及与甲方收款账户的对接；
4. 对门店店长、前台及教练分批进行操作培训。
（四）乙方应向甲方提供开放数据接口，供甲方财务系统按日读取收款及对账数据，接口文档随实施服务一并交付。

二、服务期限
（一）服务期为两个服务年度，自乙方书面通知服务开通且甲方确认之日起计算，第一服务年度为开通之日起的一年，第二服务年度紧随其后。
（二）服务期满前三十日内，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权按其届时公布的价格标准上调年度服务费，调整后的价格以乙方书面通知为准。
（三）在上述两个服务年度内，乙方不得上调本合同约定的年度服务费。

三、费用及支付
（一）费用明细：
1. 年度服务费：每家门店每服务年度人民币9,800元，35家门店合计每服务年度343,000元，两个服务年度合计686,000元；
2. 一次性实施费：126,000元；
3. 合同总价：812,000元。
（二）支付方式：
1. 合同签订后十个工作日内，甲方支付一次性实施费126,000元及第一服务年度服务费343,000元，乙方收款后开始实施并开通服务；
2. 第二服务年度开始前十五日内，甲方支付第二服务年度服务费343,000元。
（三）线上收款产生的第三方支付手续费由甲方直接与支付机构结算，不包含在本合同价款中。
（四）乙方应在收到每笔款项后七个工作日内向甲方开具增值税专用发票。

（四）服务期内甲方新增门店的，按每店每服务年度9,800元按剩余月份折算另行结算；关闭门店的，当期已付费用不予退还，但可转用于新开门店。

四、实施及验收
（一）乙方应在收到首笔款项后四十五日内完成全部门店的配置、数据迁移和培训。
（二）验收标准：
1. 全部门店可正常约课、签到、扣课时，排班冲突检测有效；
2. 迁移后的会员、余额及剩余课时与甲方原系统逐条核对一致；
3. 小程序在500名会员同时约课时，页面响应不超过3秒；
4. 收款对账单与支付机构流水一致。
（三）验收合格的，双方签署验收确认单，乙方同时提交实施总结报告及系统管理手册。服务开通或甲方试用均不视为验收合格。
（四）乙方未按期完成实施的，每逾期一日，应向甲方支付违约金600元。

五、服务水平
（一）乙方保证平台月度可用率不低于99.5%，计划内维护须提前48小时通知并安排在每日零时至六时之间。
（二）故障响应：一级故障（平台无法登录或无法约课、收款）1小时内响应，6小时内恢复；二级故障（部分功能异常）8小时内响应，三个工作日内解决。
（三）乙方每半年组织一次数据恢复和应急切换演练，并向甲方书面通报演练结果。
（四）未达到上述服务水平的，按以下标准抵扣当月服务费：月度可用率每低于约定值0.5个百分点，抵扣当月服务费的百分之五；一级故障未按时恢复的，每次抵扣当月服务费的百分之三。

（四）乙方应提供7×24小时电话及在线客服，每月向甲方提交服务报告，内容包括可用率、故障处理情况及版本更新说明。平台版本升级应提前五日通知甲方，不得降低已有功能。

六、数据及信息安全
（一）甲方的会员信息、课时记录、训练数据及经营数据归甲方所有，乙方仅为向甲方提供本合同服务之目的处理上述数据，不得用于其他目的。
（二）乙方应采取加密存储、访问控制、操作日志和异地备份等措施保障数据安全，平台应通过网络安全等级保护第三级测评。会员个人信息的处理应符合《个人信息保护法》。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应法律责任并赔偿甲方损失。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后删除平台中的甲方数据。

（五）乙方应每日对甲方数据进行全量备份，备份数据保留不少于三十日；甲方可随时通过平台导出会员及交易数据。

七、保密
双方对在合作中获知的对方商业信息、技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。乙方应要求其接触甲方信息的员工签署保密承诺，并对其员工的泄密行为承担责任。

八、知识产权
（一）平台软件的知识产权归乙方所有。
（二）为甲方定制的小程序页面、报表模板及品牌素材归甲方所有，甲方可自行使用和修改。

九、双方其他义务
（一）甲方应指定项目负责人，及时提供门店资料和历史数据，并组织门店人员参加培训。
（二）甲方应妥善保管平台管理员账号，因甲方自身原因导致账号泄露的，由甲方承担相应后果。
（三）乙方应为甲方配备专属客户成功经理，每季度与甲方总部运营部门召开一次服务回顾会议，汇总各门店的使用问题并提出改进建议。
（四）乙方应保证其提供的服务不侵犯任何第三方的合法权益；因侵权引起的纠纷，由乙方负责处理并承担全部费用。

十、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、违约及解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的服务费。
（二）乙方违反本合同第六条约定的，甲方有权立即暂停数据交互，并要求乙方限期整改；情节严重的，甲方有权解除合同并要求乙方赔偿损失。
（三）乙方对本合同项下的赔偿责任不设上限，但不包括甲方的间接损失。
（四）甲方逾期支付服务费超过三十日的，经乙方书面催告后仍未支付的，乙方可暂停服务，但应保留甲方数据不少于六十日。
（五）因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失；中断超过三十日的，甲方可解除合同，乙方退还未使用期间的服务费。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交广州仲裁委员会仲裁。

十三、其他
本合同附件包括：附件一 功能清单；附件二 实施计划；附件三 门店清单。附件与本合同具有同等效力。双方的书面通知以本合同所列联系人邮箱送达为准。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：广州竞渡龙舟运动培训有限公司
乙方（盖章）：深圳约客云软件有限公司
日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------- z04
Z04 = """泰和县小型水库雨水情测报系统2026年度运行维护服务合同

项目编号：THSL-CS-2026-006
采购方式：竞争性磋商
甲方（采购人）：泰和县水利局
乙方（成交供应商）：江西赣源水利信息技术有限公司

根据泰和县小型水库雨水情测报系统运行维护服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方经协商一致，订立本合同。

第一条 服务范围
一、运维对象：全县42座小型水库的雨水情自动测报站点（含雨量计、水位计、遥测终端、太阳能供电及通信模块）、视频监视点，以及部署在县水利局机房的雨水情测报中心平台和预警发布模块。
二、服务内容：站点日常巡检、汛前全面检修、设备故障维修及更换、通信链路维护、中心平台运行监控、数据质量审核、预警信息发布系统维护、备品备件供应，以及汛期值守支持。
三、站点清单、设备配置及现状详见附件一。服务期内站点数量因水库除险加固等原因发生变化的，按每站每年5,600元按月折算调整。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满后本合同自然终止，不自动续期，后续服务由甲方依法另行采购。

第三条 合同价款
一、合同总价为人民币叁拾叁万陆仟元整（¥336,000），其中：站点运维费42座×5,600元=235,200元；中心平台运维费64,800元；备品备件费36,000元。
二、合同总价为固定价格，包含人工、交通、通信、仪器、备品备件、税费等全部费用。单次更换的备件价值超出备品备件费范围的，由双方另行确认。

第四条 付款方式
一、本合同不设预付款。
二、运维费按季度支付。每季度结束后，甲方依据第八条进行季度考核，考核合格后十五个工作日内支付当季运维费，即合同总价的四分之一。
三、考核发现问题的，甲方按第九条扣减相应费用后支付。乙方应在付款前开具增值税发票。

第五条 服务要求
一、巡检：非汛期每月对每个站点巡检一次，汛期每半月巡检一次；每年4月15日前完成全部站点的汛前全面检修，校验雨量计和水位计，更换老化电池及线缆。
二、故障分级：一级故障为中心平台瘫痪或汛期内五座以上站点数据同时中断；二级故障为单个站点数据中断或视频中断；三级故障为不影响数据上报的一般故障。
三、响应时限：一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，24小时内修复（偏远站点可延长至48小时）；三级故障在下一次巡检时处理。
四、汛期（每年4月至9月）乙方应安排不少于二名技术人员驻县值守，暴雨预警期间实行24小时值班。
五、乙方应建立运维台账，每月5日前向甲方提交上月运维报告，内容包括巡检记录、故障处理、数据到报情况及设备更换清单。

六、乙方应每月对中心平台进行一次运行检查，包括服务器资源、数据库备份、预警短信通道及与省、市水文系统的数据共享接口，发现异常及时处理并记录。
七、遇暴雨、台风等预警或甲方临时调度要求时，乙方应按甲方指令对重点水库站点进行加密巡查，并在2小时内反馈站点运行状况。

第六条 人员配置
乙方应为本项目配备项目负责人一名、专职运维人员不少于四名，其中至少一名具有水利信息化相关中级职称。项目负责人未经甲方同意不得更换。乙方运维人员名单及联系方式应报甲方备案，人员变动应提前告知甲方。

第七条 备品备件
一、乙方应在县城设立备件库，常备雨量计、水位计、遥测终端、蓄电池及通信模块等关键备件，每类不少于两套。
二、更换下的旧设备由乙方登记后交还甲方处置，不得擅自变卖。更换的新设备应与原设备型号一致或性能不低于原设备，并经甲方确认。

第八条 考核及验收
一、甲方按季度对乙方服务进行考核，考核内容包括巡检完成率、故障响应及修复时限、运维报告质量和汛期值守情况，考核标准见附件二。
二、考核得分八十分以上为合格。季度考核不合格的，乙方应在十日内整改，经甲方复核合格后方可支付当季运维费。
三、服务期满，甲方组织年度验收，乙方应移交全部运维台账、设备档案及平台运行记录。年度验收合格后，甲方支付第四季度运维费。

第九条 违约责任
一、乙方未按第五条规定的时限响应或修复故障的，一级故障每超时一小时扣减运维费1,000元，二级故障每超时一小时扣减运维费200元。
二、乙方未在规定时间前完成汛前全面检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
三、因乙方运维不到位导致汛期雨水情数据缺失，影响防汛决策的，乙方应承担相应责任，并赔偿由此造成的损失。
四、乙方擅自减少汛期驻县值守人员的，每缺一人每日扣减运维费500元。
五、甲方可从应付运维费中直接扣除上述款项。

第十条 数据安全
一、测报站点采集的雨量、水位、图像数据及中心平台的全部数据归甲方所有，乙方不得擅自使用、发布或向任何第三方提供。
二、乙方运维中心平台须使用甲方分配的专用账号，经甲方审批后通过堡垒机操作，操作日志保存不少于六个月；乙方不得私自修改预警阈值和发布设置。
三、乙方应落实网络安全等级保护要求，定期进行病毒查杀和漏洞修补。发生数据丢失、篡改或网络安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任。
四、服务期满或合同解除时，乙方应注销其运维账号，交回全部数据介质，并删除其设备中留存的甲方数据。

第十一条 成果归属
乙方在服务过程中形成的运维台账、巡检记录、报告和设备档案归甲方所有。

第十二条 分包
乙方可将偏远站点的土建修缮、线路架设等辅助工作委托当地具备相应条件的单位实施，但应提前五个工作日书面告知甲方，并对受托单位的工作质量负责。

第十三条 甲方义务
一、甲方应向乙方提供站点资料、平台账号及必要的工作条件，协调各水库管理单位配合乙方开展工作。
二、甲方应按约定及时支付运维费，并对乙方提交的运维报告在十个工作日内提出意见。

第十四条 安全作业
乙方人员进入库区、登高或涉水作业时，应遵守安全操作规程，配备救生衣等防护用品，汛期恶劣天气下不得冒险作业。作业期间发生的人身伤害事故由乙方负责。

第十五条 合同解除
乙方严重违约，经甲方书面催告后十日内仍未改正，或连续两个季度考核不合格的，甲方有权解除合同，并按已履行的服务期限结算费用。乙方应在合同解除后十日内完成运维资料和备件库的移交，并配合甲方新选定的运维单位做好交接，交接期间不得中断汛期值守。

因不可抗力导致站点损毁的，乙方应在条件允许后及时抢修，抢修所需的主要设备费用由双方另行协商。

第十六条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，向泰和县人民法院提起诉讼。

第十七条 其他
一、竞争性磋商文件、响应文件、成交通知书及附件为本合同的组成部分。
二、本合同履行期间，甲方联系人为局水旱灾害防御股负责人，乙方联系人为项目负责人，双方的通知以书面形式送达对方联系人。
三、本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

附件一：站点清单及设备配置
附件二：季度考核标准

甲方（盖章）：泰和县水利局
乙方（盖章）：江西赣源水利信息技术有限公司
签订日期：2026年2月　日
"""

# ---------------------------------------------------------------------------------------------------------------- z05
Z05 = """# 匠石工序管理系统 软件许可及定制开发合同

**（石匠云科技标准合同文本 2026版）**

合同编号：SJY-2026-0423

甲方（用户）：曲阳县青石堂石雕工作室

乙方（服务商）：泉州石匠云科技有限公司

鉴于甲方需要对石雕作品从选料、开坯、粗雕、精雕、打磨到包装发运的全过程进行管理，乙方拥有"匠石工序管理系统"的软件著作权，双方根据《中华人民共和国民法典》，在平等自愿的基础上，就软件许可及定制开发事宜签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠石工序管理系统标准版软件的永久使用许可一套（授权用户数20个，含移动端），部署于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：石料入库及石材编号管理、作品工序卡及工时登记、雕刻师傅计件工资核算、订单进度看板、作品照片档案以及客户验货小程序。

1.3 乙方负责系统安装、基础数据导入及使用培训。

1.4 系统运行所需的服务器、网络、操作系统、数据库软件、扫码枪、标签打印机等软硬件由甲方自行采购，并须符合乙方提出的配置要求。因甲方环境不符合要求导致系统无法正常运行的，乙方不承担责任。

1.5 使用培训为现场集中培训两次，每次不超过一天，培训对象为甲方管理人员及各工段负责人，培训后由甲方自行组织内部推广。

1.6 定制开发的具体功能以双方确认的《需求说明书》为准。《需求说明书》确认后，甲方提出的新增或变更需求，乙方有权另行报价。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠石工序管理系统标准版软件许可 | 118,000 |
| 2 | 定制开发（六个模块） | 136,000 |
| 3 | 安装实施及培训 | 32,000 |
| | 合计 | 286,000 |

合同总价为人民币贰拾捌万陆仟元整（¥286,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即185,900元。乙方收到款项后开始开发工作。

3.2 系统安装完成后五个工作日内，甲方支付合同总价的35%，即100,100元。

3.3 乙方收到每笔款项后十个工作日内向甲方开具增值税普通发票。

3.4 甲方未按时付款的，乙方有权暂停开发、安装或技术支持工作，工期相应顺延。

## 第四条 交付

4.1 乙方应在收到首付款后七十五日内完成定制开发并到甲方现场安装系统。

4.2 因需求变更、甲方未及时提供资料或其他非乙方原因造成延期的，交付时间相应顺延。因乙方原因延期的，乙方应及时告知甲方，双方协商确定新的交付时间。

4.3 乙方交付的内容包括：系统安装程序、用户操作手册、管理员手册各一份。

## 第五条 验收

5.1 系统安装完成后，乙方向甲方提交安装完成确认单。

5.2 系统安装完成即视为甲方验收合格。甲方在安装完成后七日内未提出书面异议的，视为对交付成果无异议。

5.3 安装完成后甲方开始使用系统录入业务数据的，亦视为验收合格。

## 第六条 免费维护期

6.1 系统的免费维护期为六个月，自系统安装完成之日起计算。免费维护期内，乙方对软件本身的缺陷提供免费修复。

6.2 免费维护期内，甲方报告的故障按以下时限处理：一级故障（系统无法登录或数据无法保存）乙方在24小时内响应，二级故障在三个工作日内响应，其他问题在下一版本中统一处理。

6.3 乙方将尽力按上述时限提供服务，但因响应或处理时间超出上述时限给甲方造成的任何影响，乙方不承担扣款、赔偿或违约金责任。

6.4 下列情形不属于免费维护范围：甲方或第三方擅自修改系统、服务器硬件故障、病毒感染、操作不当造成的问题，以及甲方新增的功能需求。乙方提供上述服务的，按乙方收费标准另行收费。

6.5 乙方提供电话、微信及远程协助方式的技术支持，服务时间为工作日上午九时至下午六时。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持和软件升级，应与乙方签订年度维护服务协议。

7.2 年度维护服务费按乙方当年公布的服务价格标准收取，乙方有权根据市场情况每年调整。

7.3 甲方未签订年度维护服务协议的，乙方不再提供技术支持和软件升级，系统的后续运行问题由甲方自行负责。

## 第八条 知识产权

8.1 匠石工序管理系统标准版软件的著作权归乙方所有。

8.2 乙方为甲方定制开发的各模块、小程序、源代码、数据库设计及相关文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得自行或委托第三方修改、复制或向第三方转让。

8.3 乙方不向甲方交付源代码。

8.4 甲方违反本条约定的，乙方有权终止软件许可并要求甲方赔偿损失。

## 第九条 数据安全

9.1 甲方录入系统的作品资料、照片、订单、客户及员工信息归甲方所有，乙方仅为安装、维护目的接触上述数据，不得用于其他任何用途。

9.2 乙方远程维护须经甲方同意，维护完成后及时关闭远程连接。乙方应采取必要的技术措施防止数据泄露，并督促甲方定期备份数据。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，并承担相应的赔偿责任。

9.4 甲方应自行负责服务器及数据的日常备份和安全防护。因甲方未备份数据或服务器遭受攻击导致的数据损失，乙方不承担责任。

## 第十条 保密

双方对在合作中获知的对方商业秘密、技术资料和经营信息负有保密义务，未经对方同意不得向第三方披露。本条义务在合同终止后两年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方未能按期交付的，甲方可书面催告乙方在合理期限内交付。

11.3 乙方在本合同项下的全部赔偿责任总额，不超过合同总价的20%。乙方不对甲方的利润损失、停工损失等间接损失承担责任。

## 第十二条 甲方的义务

12.1 甲方应指定一名联系人负责需求确认、资料提供和验收签字，并在乙方提出需求后五个工作日内予以答复。

12.2 甲方应按乙方要求准备安装环境，组织员工按时参加培训，并按照操作手册使用系统。

12.3 甲方不得对软件进行反向工程、反编译，不得将软件提供给甲方以外的任何单位或个人使用。

## 第十三条 合同解除

13.1 任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除合同。

13.2 甲方单方解除合同的，已支付的款项不予退还。

## 第十四条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致合同无法履行的，受影响一方不承担违约责任，但应及时通知对方并提供相关证明。

## 第十五条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同未尽事宜，双方另行协商并签订补充协议。

16.2 双方确认的《需求说明书》、培训计划为本合同附件，与本合同具有同等效力。

16.3 甲方签署本合同即表示已充分阅读并理解本合同全部条款。

16.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：曲阳县青石堂石雕工作室　　　　乙方（签章）：泉州石匠云科技有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------- e01
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PL-2026-0611
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhejiang Hengrun Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shaoxing, Zhejiang Province (the "Customer"), and Palmetto Quality Systems, Inc., a South Carolina corporation with its principal office at 410 Richland Avenue West, Aiken, South Carolina 29801, United States (the "Vendor").
P:The Customer manufactures deep-groove and tapered roller bearings on four production floors and wishes to replace its spreadsheet-based inspection records with the Vendor's quality management and statistical process control software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PQS Quality Suite, version 9, comprising the inspection planning, statistical process control (SPC), non-conformance and corrective action (CAPA), gauge calibration and supplier quality modules, in object code, together with its standard documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, inspection plan templates, data conversion scripts and any other work product created by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to, generated by or stored in the Software by or for the Customer, including measurement results, inspection records, supplier records and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 Subject to payment of the Licence Fee, the Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in Shaoxing for up to 150 named users and 60 shop-floor data-collection stations, for the internal business purposes of the Customer and its affiliates in the People's Republic of China.
P:2.2 The Vendor keeps all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services (the "Services"): installation and configuration of the Software; migration of five years of historical inspection records; development of interfaces to the Customer's ERP system, its measuring machines (CMM) and its laboratory equipment; development of forty report templates; and training of key users, administrators and inspectors.
P:3.2 The Services shall be performed in accordance with the implementation plan in Schedule 2. The Vendor shall complete all Services and submit the system for Final Acceptance within one hundred and fifty days after the Effective Date.
H:Article 4 Fees and Payment
P:4.1 The total price of this Agreement is CNY 1,536,000 (the "Contract Price"), inclusive of applicable taxes, made up of: Licence Fee CNY 896,000; configuration and data migration CNY 418,000; interfaces and report development CNY 182,000; and training CNY 40,000.
P:4.2 The Contract Price shall be paid as follows: (a) 20% within thirty days after the Effective Date against the Vendor's invoice; (b) 45% within thirty days after go-live of the Software on all four production floors, which does not constitute acceptance; and (c) 35% within thirty days after Final Acceptance.
P:4.3 The Vendor shall issue valid invoices (fapiao) through its appointed agent in China. All payments shall be made in CNY to the account named in Schedule 3.
H:Article 5 Testing and Acceptance
P:5.1 The Vendor shall carry out acceptance tests in the Customer's environment according to the test plan agreed by the parties within thirty days after the Effective Date.
P:5.2 The acceptance criteria are: (a) every function listed in Schedule 1 works as described; (b) the migrated records reconcile with the source records without error; (c) the ERP, CMM and laboratory interfaces transfer data accurately for ten consecutive working days; (d) SPC charts refresh within three seconds with 60 stations connected; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the criteria are met, the Customer shall issue a written Final Acceptance certificate within ten working days. Go-live, use of the Software in production or payment of any instalment does not constitute acceptance. If the tests fail, the Vendor shall correct the defects at its own cost and repeat the tests.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide patches and new releases, and provide the support described in Article 7 free of charge.
H:Article 7 Support Services
P:7.1 The Vendor shall provide support by telephone, e-mail and remote session from 8:00 to 20:00 China Standard Time on working days, and by an on-call line at all other times for Severity 1 incidents.
P:7.2 Severity 1 means that the Software is unavailable or SPC data cannot be recorded on any production floor. The Vendor shall respond to a Severity 1 incident within one hour and restore service or provide a workaround within eight hours. Severity 2 incidents shall be responded to within two hours and resolved within two working days.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall pay the Customer CNY 1,000 as a service credit, deducted from the next amount due.
P:7.4 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Licence Fee, namely CNY 98,560 per year, and shall not be increased during the first three years after the Warranty Period. Annual support is ordered by purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property in Custom Deliverables
P:8.1 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance.
P:8.2 The Customer may use, modify, copy and license the Custom Deliverables without restriction and may engage third parties to maintain them.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, using named accounts approved by the Customer. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, cooperate in its investigation and remediation, and bear the losses and costs caused by any incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only to perform this Agreement and not disclose it to any third party without the other party's prior written consent.
P:10.2 This Article survives termination of this Agreement for five years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement claims, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on the date of the last signature (the "Effective Date").
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of it.
P:13.3 If the Customer terminates under Article 13.2 before Final Acceptance, the Vendor shall refund all amounts paid for the Services, and the Customer may keep the licence upon payment of the Licence Fee.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of South Carolina, United States of America, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration shall be Columbia, South Carolina, and the language of the arbitration shall be English.
H:Article 15 General
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:15.2 Notices shall be in writing and delivered by courier or e-mail to the addresses in Schedule 3.
P:15.3 This Agreement, together with Schedule 1 (Functional Specification), Schedule 2 (Implementation Plan) and Schedule 3 (Contacts and Bank Details), is the entire agreement of the parties. It is executed in English and Chinese; both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------- e02
E02 = """# ORDER FORM — StockWise Planning Cloud

**Order Form No. SW-CN-2026-0187**

This Order Form is entered into between **Gamecock Analytics LLC**, a South Carolina limited liability company with its office at 27 North Main Street, Sumter, South Carolina 29150, United States ("Vendor"), and **Hangzhou Lanqiao Home Textiles Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Xiaoshan District, Hangzhou ("Customer").

This Order Form consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

StockWise Planning Cloud, Professional Edition: a hosted software service for demand forecasting, replenishment planning, inventory optimisation and supplier order management, including the standard web and mobile applications, the standard connectors to Customer's ERP and e-commerce storefronts, and the documentation published by Vendor (the "Service").

### A2. Subscription Term

The initial subscription term is twenty-four months, consisting of two Subscription Years, and begins on the date on which Vendor confirms in writing that Customer's production tenant is available (the "Subscription Start Date").

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, Subscription Year 1 | 120 named users | 1,650 per user per year | 198,000 |
| Subscription, Subscription Year 2 | 120 named users | 1,650 per user per year | 198,000 |
| Onboarding services (one-time) | 1 | 46,000 | 46,000 |
| **Total fees for the initial term** | | | **442,000** |

All fees are in Chinese Yuan (CNY) and include value-added tax. Additional users may be added during a Subscription Year at the same unit price, prorated for the remaining months of that Subscription Year.

### A4. Invoicing and Payment

(a) The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days after receipt of a valid VAT invoice (fapiao).

(b) The onboarding fee is invoiced after Onboarding Acceptance under A5 and is payable within thirty days after receipt of a valid invoice.

(c) No other amounts are payable before the Subscription Start Date.

### A5. Onboarding Services and Acceptance

(a) Vendor shall configure the Service for Customer's three warehouses and 1,800 active product lines, load two years of sales history, connect the Service to Customer's ERP system and its two online storefronts, and train Customer's planning team.

(b) Vendor shall complete the onboarding services within seventy-five days after the date of this Order Form.

(c) Onboarding Acceptance occurs when Customer confirms in writing that: (i) sales history has been loaded and reconciles with Customer's ERP totals for every month; (ii) replenishment proposals are generated for all product lines and warehouses; (iii) the ERP and storefront connectors have exchanged data correctly for ten consecutive working days; and (iv) the planning team has completed training. Use of the Service by Customer before that confirmation is not acceptance.

(d) If Vendor does not achieve Onboarding Acceptance by the date in A5(b) for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, which Customer may set off against any amount due.

### A6. Renewal

At the end of the initial term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term. For each renewal term Vendor may increase the Subscription Fees by up to 9% over the fees of the preceding Subscription Year, by notice given at least ninety days before the renewal.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Vendor shall make the Service available to Customer's authorised users during the Subscription Term in accordance with this Order Form and the documentation.

1.2 Vendor will use commercially reasonable efforts to make the Service available twenty-four hours a day, seven days a week, except for planned maintenance and events beyond its reasonable control. Vendor will try to schedule planned maintenance outside Customer's business hours.

1.3 Vendor provides support by e-mail and through its online help centre on working days. Vendor will respond to support requests as promptly as practicable and will use reasonable efforts to correct reproducible errors in the Service.

1.4 Vendor may update the Service from time to time, provided that an update does not materially reduce the functionality of the Service during the Subscription Term.

### 2. Customer Responsibilities

2.1 Customer is responsible for the accuracy of the data it provides, for its users' compliance with this Order Form, and for keeping user credentials secure.

2.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

2.3 Customer shall provide Vendor with timely access to its ERP administrators and to the test data needed for the onboarding services.

### 3. Customer Data

3.1 All data that Customer or its users submit to the Service, and all forecasts, plans and reports generated from that data ("Customer Data"), belong to Customer.

3.2 Vendor shall use Customer Data only to provide the Service to Customer under this Order Form and shall not sell, disclose or otherwise use Customer Data for any other purpose.

3.3 During the Subscription Term and for sixty days afterwards, Customer may export all Customer Data in CSV format. Vendor shall then delete Customer Data from its systems and confirm deletion in writing.

### 4. Data Security

4.1 Vendor hosts the Service for Customer in data centres located in mainland China operated by Alibaba Cloud. Customer Data will not be transferred outside mainland China.

4.2 Vendor shall maintain administrative, physical and technical safeguards appropriate to the nature of Customer Data, including encryption in transit and at rest, role-based access control, logging of administrative access, daily backups and annual penetration testing. Vendor maintains ISO/IEC 27001 certification for the Service.

4.3 Vendor shall notify Customer without undue delay, and in any case within forty-eight hours, after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain it, and shall be responsible for the losses and costs that Customer suffers as a result of an incident caused by Vendor's breach of this Section 4.

### 5. Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only to perform this Order Form, and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations continue for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 Vendor owns the Service and all improvements to it.

6.2 Configurations, planning rules, report layouts and integration mappings prepared by Vendor specifically for Customer during the onboarding services belong to Customer, and Customer may use, modify and disclose them freely, including to a successor supplier.

### 7. Subcontractors

7.1 Customer approves Alibaba Cloud as Vendor's hosting provider by signing this Order Form. Vendor shall not engage any other subcontractor or sub-processor in connection with the Service without Customer's prior written consent, and remains responsible for the acts and omissions of its subcontractors.

### 8. Term and Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within thirty days after receiving written notice describing the breach.

8.2 If Customer terminates under Section 8.1, Vendor shall refund the Subscription Fees paid for the remainder of the Subscription Year in which termination takes effect.

### 9. Warranties

9.1 Vendor warrants that the Service will perform materially in accordance with the documentation and that the onboarding services will be performed in a professional manner.

9.2 If the onboarding services do not conform to this warranty, Vendor shall re-perform them at no charge within a reasonable time agreed with Customer.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential losses or loss of profits.

10.2 Each party's total liability under this Order Form is limited to 150% of the total fees for the initial term stated in A3. The limit does not apply to breach of Sections 3, 4 or 5 or to either party's fraud or wilful misconduct.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from this Order Form shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's prior written consent.

12.2 Notices under this Order Form shall be given in writing to the contact persons named by each party on the signature page, by courier or by e-mail with confirmation of receipt.

12.3 The English and Chinese versions of this Order Form have equal effect.

12.4 This Order Form is the entire agreement between the parties regarding the Service and may be amended only in writing signed by both parties.

**Signed for Vendor:** ____________________ **Signed for Customer:** ____________________
"""

# ---------------------------------------------------------------------------------------------------------------- e03
E03 = """T:PURCHASE CONTRACT FOR WIRELESS TEMPERATURE SENSORS AND MONITORING SOFTWARE
P:Contract No. JC-PUR-2026-0358
P:Buyer: Wuhan Jiangcheng Cold Chain Logistics Co., Ltd., registered in Dongxihu District, Wuhan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Upstate Sensing Technologies, Inc., 145 West Main Street, Spartanburg, South Carolina 29306, United States, acting with its authorised distributor in Shanghai for delivery and invoicing (the "Supplier").
P:The Buyer operates six cold storage warehouses and a fleet of refrigerated trucks in Hubei and Hunan. This Contract is made on the Buyer's standard purchase terms for the supply of wireless temperature and humidity sensors, gateways and a perpetual licence of the Supplier's monitoring software, together with installation, calibration and training.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Clause 2 (the "Goods"), install and calibrate the sensors and gateways at the Buyer's sites, install and configure the monitoring software on the Buyer's servers, integrate it with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:1.2 The sensors shall measure temperature from -40 °C to +70 °C with an accuracy of ±0.3 °C and relative humidity with an accuracy of ±3%, record readings at intervals set by the Buyer, and store at least thirty days of readings locally if communication is lost.
P:1.3 The monitoring software shall provide real-time dashboards, alarm rules by zone and product, SMS and WeChat alarm notifications, calibration records, and temperature reports in the format required by the GSP rules for pharmaceutical cold chain.
H:2. Price
P:2.1 The total contract price is CNY 1,528,000 (the "Contract Price"), including VAT, delivery to the Buyer's sites, customs clearance, insurance, installation, calibration and training. The price breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, model UST-440|1,200|680|816,000
TB:2|LoRa gateway with 4G backup, model UST-GW2|60|4,200|252,000
TB:3|ColdView monitoring software, perpetual licence, 1,500 sensor endpoints|1|318,000|318,000
TB:|Equipment and licence subtotal|||1,386,000
TB:4|Installation, calibration and WMS integration|1 lot|124,000|124,000
TB:5|Training of operators and administrators|1 lot|18,000|18,000
TB:|Total Contract Price|||1,528,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes or any other reason.
H:3. Payment
P:3.1 10% of the Contract Price within twenty days after signing, against an advance payment guarantee of the same amount issued by a bank in China.
P:3.2 55% of the Contract Price within twenty days after all Goods have been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms installation only and is not acceptance.
P:3.3 35% of the Contract Price within twenty days after Final Acceptance under Clause 5.
P:3.4 Each payment is subject to a valid special VAT invoice for the amount due.
P:3.5 The Buyer may deduct liquidated damages and any other amounts owed by the Supplier from any payment due under this Contract.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Goods to the six warehouses within sixty days after signing and complete installation and calibration within forty-five days after delivery.
P:4.2 Each sensor shall be calibrated on site against a reference thermometer traceable to national standards, and a calibration certificate shall be provided for each sensor.
P:4.3 The Goods shall be new, unused and of the latest production model, packed to prevent damage in transport and storage, and delivered with packing lists, certificates of origin and conformity, and operating and maintenance manuals in Chinese and English.
P:4.4 The Supplier's staff shall comply with the Buyer's site safety rules, including the rules for work inside freezer rooms, and shall coordinate installation with each warehouse manager so that operations are not interrupted.
H:5. Acceptance
P:5.1 After installation the system shall run for thirty consecutive days. Final Acceptance requires that: (a) all sensors report readings to the software throughout the run, and any gap caused by a communication loss is filled automatically from local storage; (b) every sensor's calibration error is within ±0.3 °C; (c) alarms reach the responsible person within sixty seconds in tests covering every warehouse zone; (d) readings are transferred to the WMS correctly; and (e) all documentation and calibration certificates have been delivered.
P:5.2 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within ten working days. Delivery, installation, use of the system or any payment is not acceptance. If any criterion is not met, the Supplier shall remedy the defect at its own cost and the test run shall be repeated.
H:6. Warranty and After-Warranty Support
P:6.1 The warranty period for the Goods is twenty-four months from Final Acceptance. During this period the Supplier shall repair or replace defective sensors, gateways and batteries, provide software fixes and upgrades, and recalibrate sensors once a year, all free of charge.
P:6.2 After the warranty period the Buyer may purchase annual support covering repair, replacement, annual recalibration and software upgrades. The annual support fee shall not exceed 9% of the equipment and licence subtotal (CNY 124,740 per year) and shall remain fixed for the three years following the warranty period. Support is ordered each year by purchase order and does not renew automatically.
P:6.3 The Supplier shall keep a stock of spare sensors, gateways and batteries in Wuhan and shall guarantee the supply of spare parts and software support for at least seven years after Final Acceptance.
H:7. Fault Response
P:7.1 Faults are classified and handled as follows:
TB:Level|Definition|Response time|On-site / resolution time
TB:Level 1|Monitoring software down, or a warehouse zone without readings|30 minutes|On site within 6 hours; restored within 12 hours
TB:Level 2|A gateway or up to ten sensors not reporting|2 hours|Resolved within 2 working days
TB:Level 3|Other faults and questions|1 working day|Next scheduled visit
P:7.2 For each hour by which the Supplier misses the response or restoration time for a Level 1 fault, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount payable.
H:8. Liquidated Damages
P:8.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the dates in Clause 4 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay. If the delay exceeds sixty days, the Buyer may terminate this Contract under Clause 13.
H:9. Intellectual Property
P:9.1 The monitoring software and the sensor firmware remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually for use with the Goods.
P:9.2 The WMS interface, alarm rule sets, report templates and configuration files developed for the Buyer under this Contract belong to the Buyer, which may use and modify them freely and disclose them to other service providers.
H:10. Data
P:10.1 All temperature and humidity readings, alarm records, calibration records and other data generated by the Goods at the Buyer's sites belong to the Buyer. The Supplier shall not use such data for any purpose other than performing this Contract.
P:10.2 The monitoring software shall be installed on the Buyer's servers in Wuhan. The Supplier may access it only remotely through the Buyer's VPN with prior approval for each session, and shall not copy data to its own systems.
P:10.3 The Supplier shall ensure that the gateways and software contain no undisclosed remote access functions, shall fix security vulnerabilities it becomes aware of promptly, and shall notify the Buyer within twelve hours of any security incident affecting the Buyer's data. The Supplier shall be liable for losses caused by any incident attributable to it.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's business information, warehouse layouts, customer names and network information, and shall not disclose them to any third party without the Buyer's prior written consent. This obligation continues for three years after this Contract ends.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains responsible for approved subcontractors. Any approved subcontractor shall be bound by obligations equivalent to those in Clauses 10 and 11.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or in the case described in Clause 8.1. The Supplier shall then refund the amounts paid for undelivered or rejected Goods.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding on both parties.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and provides evidence. If force majeure continues for more than ninety days, either party may terminate this Contract.
H:16. General
P:16.1 The Annexes (Annex 1 Technical Specification; Annex 2 Site List; Annex 3 Acceptance Test Plan) form part of this Contract. This Contract is signed in two originals in English and Chinese; in case of discrepancy, the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------- e04
E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. MSA-RX-2026-014**

**Between** Sichuan Ruixin Pharmaceutical Distribution Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shuangliu District, Chengdu ("Customer"),

**and** Wayne County Technology Partners, Inc., a North Carolina corporation with its principal office at 200 North Center Street, Goldsboro, North Carolina 27530, United States, acting through its branch office in Chengdu ("Provider").

**Background.** Customer distributes medicines and medical devices to hospitals and pharmacies in Sichuan from a head office and two logistics centres. Customer wishes to outsource the day-to-day operation of its end-user IT support and infrastructure monitoring to Provider for three years. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date stated in the Transition Acceptance certificate issued under Section 4.

1.5 "Customer Data" means any data of Customer or its customers that Provider receives, accesses or handles in performing the Services.

## Section 2. Term

2.1 This Agreement starts on the date of signature and continues for thirty-six months from the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. Any extension of the Term requires a written amendment signed by both parties, including the charges for the extension period.

## Section 3. Services

3.1 Provider shall perform the Services described in Schedule 1 for Customer's head office and both logistics centres, for approximately 650 users, 720 end-user devices and 85 servers and network devices.

3.2 Provider shall perform the Services with suitably qualified and experienced staff, in accordance with good industry practice and with Customer's IT policies as notified to Provider from time to time.

3.3 Provider shall appoint a service delivery manager who shall attend a monthly service review with Customer and provide a monthly report showing performance against each Service Level, ticket volumes and trends, open problems and recommended improvements.

## Section 4. Transition and Acceptance

4.1 Provider shall carry out the transition of the Services from Customer's internal team within sixty days after the date of signature, in accordance with the transition plan agreed by the parties.

4.2 Transition Acceptance requires that: (a) all end-user devices, servers and network devices in scope are recorded in the asset register and connected to Provider's monitoring tools; (b) knowledge articles exist for the fifty most frequent request types; (c) the service desk has handled live tickets for ten consecutive working days in parallel with Customer's team, meeting the Service Levels; and (d) escalation contacts and runbooks have been reviewed and approved by Customer.

4.3 When the criteria are met, Customer shall issue a Transition Acceptance certificate within five working days. Provider's start of work or Customer's use of the service desk is not acceptance.

4.4 If Transition Acceptance is delayed beyond the date in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## Section 5. Service Levels

5.1 Provider shall meet or exceed the Service Levels in Schedule 2 from the Service Commencement Date.

5.2 If Provider fails to meet a Service Level in a month, Provider shall credit Customer the service credit set out in Schedule 2 against the next invoice. Service credits are a price adjustment and do not limit Customer's right to claim damages for Provider's breach.

## Section 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The total Charges for the Term are CNY 2,550,000.

6.2 The one-time transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Customer shall pay each correct invoice within thirty days after receipt of a valid VAT invoice.

6.3 No amount is payable in advance. The Charges are fixed for the Term.

## Section 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only for the purpose of performing the Services and shall not sell it or use it for its own purposes.

7.2 At the end of the Term Provider shall return to Customer all Customer Data in its possession.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all information disclosed by the other party in connection with this Agreement that is marked or reasonably understood to be confidential, shall use it only for the purposes of this Agreement and shall not disclose it to any third party without the other party's prior written consent, except as required by law.

8.2 This Section survives for five years after the end of the Term.

## Section 9. Intellectual Property

9.1 Provider retains ownership of its pre-existing tools, methods and monitoring software.

9.2 Knowledge articles, runbooks, asset registers, reports and configuration records produced by Provider for Customer under this Agreement belong to Customer, which may use, modify and share them freely, including with any successor provider.

## Section 10. Liability

10.1 Neither party is liable for loss of profit or indirect loss.

10.2 Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term. The limit does not apply to personal injury, fraud or wilful misconduct.

## Section 11. Subcontracting

11.1 Provider may subcontract on-site field support at the logistics centres and any other part of the Services to subcontractors of its choice by giving Customer thirty days' written notice before the subcontractor begins work. Provider remains responsible for the performance of its subcontractors.

## Section 12. End of the Agreement

12.1 This Agreement ends on the expiry of the Term. Neither party may terminate this Agreement before the end of the Term.

12.2 Customer's remedies for any failure by Provider are the service credits under Section 5, the payments under Section 4.4 and damages under Section 10.

12.3 During the last three months of the Term, Provider shall cooperate with Customer and any successor provider to hand over the Services in an orderly manner, including updated knowledge articles, runbooks and asset registers.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within thirty days shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.

## Section 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 This Agreement, including its Schedules, is the entire agreement between the parties regarding the Services and may be amended only by a written document signed by both parties.

---

## Schedule 1 — Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Bilingual telephone, e-mail and portal service desk; logging, triage and resolution of incidents and requests | 7:30–20:00 on working days; on-call outside these hours for Priority 1 |
| Desktop support | Support for laptops, desktops, printers, scanners and mobile devices; installation, moves and changes | All three sites |
| On-site field support | Two engineers at head office and one engineer at each logistics centre | Working days, 8:00–18:00 |
| Infrastructure monitoring | Monitoring of servers, storage, network devices and warehouse Wi-Fi; event handling and escalation | 24 × 7 |
| IT asset management | Asset register, device lifecycle records and monthly reconciliation | All sites |
| Vendor coordination | Logging and follow-up of faults with Customer's hardware, software and carrier suppliers | As required |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed in a month |
|---|---|---|
| Priority 1 incident (site or critical system down, e.g. warehouse management system unavailable): response | 15 minutes | 5% of the monthly service charge |
| Priority 1 incident: resolution or workaround | 6 hours | 5% of the monthly service charge |
| Priority 2 incident (several users or one logistics function affected): response | 1 hour | 2% of the monthly service charge |
| Priority 3 incident or request: resolution | 2 working days for 90% of tickets | 2% of the monthly service charge |
| Availability of Provider's monitoring platform | 99.95% per month | 2% of the monthly service charge |
| Monthly report delivered | By the fifth working day | 1% of the monthly service charge |

Total service credits in a month are limited to 20% of the monthly service charge for that month.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge (one-time) | Payable after Transition Acceptance | 84,000 |
| Monthly service charge | CNY 68,500 per month × 36 months, monthly in arrears | 2,466,000 |
| **Total Charges for the Term** | | **2,550,000** |

Changes in the number of users or devices by more than ten per cent are handled by written change request.

**For Customer:** ____________________ **For Provider:** ____________________
"""

# ---------------------------------------------------------------------------------------------------------------- e05
E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. CP-SZ-2026-0072

PARTIES

This Agreement is made between:

(1) Shenzhen Xinhe Electronic Components Supply Chain Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Futian District, Shenzhen ("Customer"); and

(2) Catawba Parts Intelligence, Inc., a North Carolina corporation with its principal office at 1 Government Avenue SW, Hickory, North Carolina 28602, United States ("Provider").

Customer distributes semiconductors and passive components to electronics manufacturers. Provider maintains a database of electronic component data, including parametric data, lifecycle and end-of-life status, cross-references, compliance declarations and market availability. Customer wishes to subscribe to that data and to access it through Provider's application programming interface (API) from its own sales and procurement systems.

1. DEFINITIONS

1.1 "Licensed Data" means the component data made available by Provider through the API and the web portal under this Agreement, as updated by Provider from time to time.

1.2 "Subscription Year" means each period of one year starting on the Subscription Start Date or its anniversary. The Subscription Term consists of two Subscription Years.

1.3 "Subscription Start Date" means the date on which Provider issues production API credentials to Customer.

1.4 "Customer Data" means all data submitted by Customer to the API or the portal, including part number lists, bills of materials (BOMs), customer names, search queries and any results Customer stores in its own systems.

1.5 "Integration Services" means the onboarding and integration services described in Clause 4.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the Licensed Data through the API and the portal and to use it within Customer's business, including displaying it to Customer's own customers in quotations and BOM reports.

2.2 The subscription includes up to 3,000,000 API calls per Subscription Year and up to 80 named portal users. Customer may not resell the Licensed Data as a data product or use it to build a competing database.

2.3 Provider shall update lifecycle and end-of-life status at least daily and parametric data at least weekly.

2.4 Provider shall give Customer at least ninety days' notice before retiring any API version, and shall keep the previous version available during that period so that Customer can adapt its systems.

3. FEES AND PAYMENT

3.1 The fees for the Subscription Term are:

    Subscription fee, Subscription Year 1 ............ CNY 286,000
    Subscription fee, Subscription Year 2 ............ CNY 286,000
    Integration Services (one-time) .................. CNY  24,000
    Total ............................................ CNY 596,000

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after receipt of a valid VAT invoice.

3.3 The Integration Services fee is invoiced after Integration Acceptance under Clause 4.3.

3.4 API calls above the annual volume are charged at CNY 0.08 per call, invoiced quarterly in arrears. Provider shall notify Customer in writing when usage approaches the annual volume, so that Customer can reduce its calls or agree a larger volume.

3.5 The subscription fees are fixed for the Subscription Term.

4. INTEGRATION SERVICES AND ACCEPTANCE

4.1 Provider shall provide a sandbox environment, API documentation in English and Chinese, and engineering support to connect the API to Customer's ERP and online quotation system, and shall map Customer's internal part numbering to Provider's identifiers for Customer's current catalogue of about 420,000 part numbers.

4.2 Provider shall make the sandbox and the completed part number mapping available within thirty days after signature. If Provider fails to do so for reasons attributable to it, Provider shall pay Customer CNY 400 for each day of delay.

4.3 Integration Acceptance occurs when Customer confirms in writing that: (a) every Customer part number that exists in the Licensed Data is mapped and a random sample of 500 mappings has been checked without error; (b) the API returns complete responses to Customer's test suite; (c) the median API response time measured from Customer's systems in Shenzhen is below 800 milliseconds; and (d) Customer's ERP and quotation system have run against the production API for ten working days without a Severity 1 incident. Issuing production credentials or using the API does not by itself constitute Integration Acceptance.

5. SERVICE LEVELS

5.1 Provider shall make the API and the portal available at least 99.95% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Severity 1 means that the API is unavailable or returns errors for most requests. Provider shall respond to a Severity 1 incident within one hour and restore the service within six hours. Severity 2 incidents shall be responded to within eight business hours.

5.3 If availability in a month falls below the level in Clause 5.1, Provider shall credit Customer 5% of one twelfth of the current annual subscription fee for each 0.1 percentage point or part of it below that level, up to 50% of one twelfth of that fee. If Provider misses the Severity 1 response or restoration time, Provider shall credit Customer CNY 1,000 for each hour of delay. Credits are deducted from the next invoice.

6. CUSTOMER DATA

6.1 As between the parties, Customer owns Customer Data.

6.2 Customer grants Provider a licence to use Customer Data to provide the subscription and the Integration Services to Customer.

6.3 Customer further agrees that Provider may compile Customer's search queries, BOM contents and part number lists with those of other customers in aggregated and anonymised form, and may use the resulting data to improve and enrich the Licensed Data, to produce market demand indicators offered to Provider's other subscribers and to develop new products. This right continues after the end of this Agreement.

7. DATA SECURITY

7.1 Provider shall host the production environment serving Customer in a data centre in mainland China, shall maintain ISO/IEC 27001 certification, and shall encrypt Customer Data in transit and at rest.

7.2 Access to Customer Data shall be limited to Provider personnel who need it to perform this Agreement, using individual accounts with multi-factor authentication, and all access shall be logged.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, shall cooperate with Customer in responding to it, and shall bear the losses and costs resulting from any incident caused by Provider's failure to comply with this Clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party disclosed under this Agreement, including the terms of this Agreement, use it only for the purposes of this Agreement and not disclose it to third parties without the other party's prior written consent.

8.2 This Clause continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Licensed Data, the API and the portal.

9.2 The part number mapping tables, integration code and configuration prepared by Provider specifically for Customer under the Integration Services belong to Customer, which may use, modify and license them freely.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the Integration Services or the hosting of the production environment without Customer's prior written consent. Provider remains responsible for any subcontractor approved by Customer.

11. TERM AND TERMINATION

11.1 This Agreement takes effect on signature and continues until the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement on fees and terms.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. If Customer terminates for Provider's breach, Provider shall refund the subscription fee paid for the remaining months of the current Subscription Year.

11.3 On expiry or termination Customer's right to access the API ends. Customer may keep Licensed Data already incorporated into its quotations and records before that date.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

12.2 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

12.3 Provider does not warrant that the Licensed Data is complete or free of errors, but shall correct errors reported by Customer within five business days.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding on the parties.

14. GENERAL

14.1 Neither party is responsible for a failure to perform caused by events beyond its reasonable control.

14.2 Notices shall be given in writing to the contact persons named by each party, by courier or by e-mail with confirmation of receipt.

14.3 This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties. It is signed in English and Chinese, and both versions have equal effect.

SIGNATURES

For Customer: ____________________        For Provider: ____________________
Name and title:                          Name and title:
Date:                                    Date:
"""


# ======================================================================================================== build + labels
FILES = {  # key: (file name, format)
    "z01": ("h944z01_rural_water_om_platform.pdf", "pdf"),
    "z02": ("h944z02_wristguard_line_control_retrofit.docx", "docx"),
    "z03": ("h944z03_dragon_boat_booking_saas.txt", "txt"),
    "z04": ("h944z04_reservoir_rain_water_monitoring_om.txt", "txt"),
    "z05": ("h944z05_stone_carving_process_tracking_supplier_template.md", "md"),
    "e01": ("h944e01_spc_quality_software_perpetual_licence.pdf", "pdf"),
    "e02": ("h944e02_inventory_planning_saas_order_form.md", "md"),
    "e03": ("h944e03_cold_chain_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h944e04_managed_it_services_36_months.md", "md"),
    "e05": ("h944e05_component_data_api_subscription.txt", "txt"),
}
TEXTS = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
         "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# per draft: lang, category, terms (in TERM_KEYS order), extra, tco fee base (itemised licence/hardware subtotal) or None,
# design rules, design risk
D = {
    "z01": dict(lang="zh", cat="software", cv=1330000, base=680000,
                t=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 24, 8, False, True, False, "PRC", G],
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                rules=[], risk="low"),
    "z02": dict(lang="zh", cat="hardware", cv=1002000, base=862800,
                t=[None, 2, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 28, False, True, False, "PRC", G],
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], risk="high"),
    "z03": dict(lang="zh", cat="cloud", cv=812000, base=None,
                t=[99.5, 1, True, "buyer", True, True, True, 600 / 812000 * 100, None, (126000 + 343000) / 812000 * 100,
                   True, None, None, None, True, True, False, "PRC", S],
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"], risk="medium"),
    "z04": dict(lang="zh", cat="services", cv=336000, base=None,
                t=[None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, True, None, S],
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], risk="medium"),
    "z05": dict(lang="zh", cat="software", cv=286000, base=118000,
                t=[None, 24, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False, True, None, None, G],
                x=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], risk="high"),
    "e01": dict(lang="en", cat="software", cv=1536000, base=896000,
                t=[None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 18, 11, False, True, False, "South Carolina", G],
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                rules=["CR-GOVERNING-LAW"], risk="low"),
    "e02": dict(lang="en", cat="cloud", cv=442000, base=None,
                t=[None, None, False, "buyer", True, True, True, 500 / 442000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
                x=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high"),
    "e03": dict(lang="en", cat="hardware", cv=1528000, base=1386000,
                t=[None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 9, False, True, False, "PRC", G],
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                rules=[], risk="low"),
    "e04": dict(lang="en", cat="services", cv=2550000, base=None,
                t=[99.95, 0.25, True, "buyer", False, True, True, 2000 / 2550000 * 100, 150, None, True, None, None, None, False, False, True, "PRC", S],
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"], risk="high"),
    "e05": dict(lang="en", cat="cloud", cv=596000, base=None,
                t=[99.95, 1, True, "buyer", True, False, True, 400 / 596000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], risk="medium"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_LIMIT, HORIZON = 40, 5


def tco_share(d):
    t = dict(zip(TERM_KEYS, d["t"]))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (d["cv"] + fees) * 100


def derive(d):
    """My reading of policy §3, applied to the labels."""
    t, x = dict(zip(TERM_KEYS, d["t"])), d["x"]
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TCO_LIMIT:
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
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan (regex, self-tested)
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                             # 99.9 availability
    r"(?<![\d.,])0*4(?:\.0+)?\s*-?\s*(?:个?小时|hours?|hrs?|h(?![a-z]))",     # 4 hours
    r"四\s*个?\s*小时", r"(?<!ty-)(?<!ty)(?<!ty )four\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.,])(?:100|30|40|15)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",    # 100 % cap, 30 % prepayment, 40 % TCO, 15 % fee
    r"百分之\s*(?:一百|三十|四十|十五)(?![零一二三四五六七八九十点])",
    r"(?<!ty-)(?<!ty)(?<!ty )(?:one\s*hundred|thirty|forty|fifteen)\s*(?:\(\d+\)\s*)?(?:percent|per\s*cent)",
    r"(?<![\d.])0?\.050*(?!\d)\s*(?:%|％|percent|per\s*cent)", r"万分之\s*五(?![十百])", r"千分之\s*零?\s*点\s*五",  # 0.05 %/day
    r"(?<![\d.,])12\s*-?\s*(?:个月|months?|mos?(?![a-z]))", r"十二\s*个\s*月",   # 12 months
    r"(?<!ty-)(?<!ty)(?<!ty )twelve\s*(?:\(12\)\s*)?-?\s*months?", r"质保期?\s*为?\s*一\s*年", r"warrant\w*[^.]{0,40}?one\s*-?\s*year",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "within four (4) hours", "4-hour",
            "30%", "30 %", "百分之三十", "thirty per cent", "40%", "15％", "fifteen percent", "100%", "0.05%", "万分之五",
            "12个月", "十二个月", "12 months", "twelve months", "12-month", "质保期为一年", "a warranty of one year",
            "within4hours", "withinfourhours", "合同总价的30%"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "twenty-four hours", "twenty four hours", "14 hours", "130%",
             "0.3%", "150%", "115%", "0.15%", "25%", "百分之三十五", "百分之一百五十", "24个月", "二十四个月", "thirty days",
             "fifteen days", "112 months", "0.055%", "万分之五十", "2 hours", "24hours", "twenty-fourhours", "6 hours",
             "forty-five days", "第一服务年度为开通之日起的一年", "CNY 1,412 months"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), "regex misses " + s
    for s in MUST_MISS:
        assert not scan(s), "regex hits %s: %s" % (s, scan(s))

    sources = {k: TEXTS[k] for k, (_, fmt) in FILES.items() if fmt in ("docx", "pdf")}
    targets = {k: FILES[k] for k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(TEXTS[k], encoding="utf-8")

    covered = set()
    for k, (name, fmt) in FILES.items():
        d = D[k]
        assert len(d["t"]) == len(TERM_KEYS), k
        t = dict(zip(TERM_KEYS, d["t"]))
        x = dict(d["x"])
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x, k
        else:
            assert "post_warranty_fee_capped" in x, k
        x["contract_value"] = d["cv"]
        # no value on a threshold
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(d)
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (k, share)
        rules = derive(d)
        assert rules == sorted(d["rules"]), (k, rules, d["rules"])
        assert risk(rules) == d["risk"], (k, risk(rules))
        covered |= set(rules)
        label = {"file": name, "language": d["lang"], "category": d["cat"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        # text read back: length and threshold scan
        text = read_back(OUT / name)
        if d["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        hits = scan(text)
        assert not hits, (k, hits)
        print("%s %-62s %5d %s %-6s %s" % (k, name, n, "zh-chars" if d["lang"] == "zh" else "en-words", risk(rules),
                                          ", ".join(r[3:] for r in rules) or "(none)"
                                          ) + ("  TCO share %.2f%%" % share if share is not None else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for k in D if not D[k]["rules"]) == 2
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    main()
