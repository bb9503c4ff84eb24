"""Builds the ten holdout1065 draft contracts and their .json labels, and asserts the checks of the brief.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt / .md are written as they are; .docx / .pdf are built by ../word_pdf.py from the markup below
(T: title, H: heading, P: paragraph, TB: table row). Every label is derived from LABELS below; the expected rules
are derived from the labels by this file's own reading of policy section 3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江州市危房鉴定管理平台建设项目合同
P:合同编号：JZZJ-2026-CG-0417
P:采购人（甲方）：江州市住房和城乡建设局
P:供应商（乙方）：江州筑信数字科技有限公司
P:本合同依据江州市危房鉴定管理平台建设项目公开招标（项目编号JZCG-2026-0913）的中标结果及招标文件、投标文件，经双方协商一致订立，双方应遵守《中华人民共和国政府采购法》《中华人民共和国民法典》等规定。
H:第一条 项目内容
P:1.1 乙方向甲方提供危房鉴定管理平台软件许可（永久使用，不限用户数），并在此基础上为甲方定制开发鉴定委托受理、鉴定报告在线审核、危房台账动态管理、移动端巡查采集，以及与市房屋安全监管系统、城市GIS一张图的数据接口。
P:1.2 乙方负责历史鉴定档案约4.6万份的数据迁移、系统部署、联调测试、用户培训及上线保障。
P:1.3 平台部署于甲方指定的政务云环境，乙方不得将平台或数据部署于其他环境。
P:1.4 乙方应按住房和城乡建设部《危险房屋鉴定标准》及本市危房管理办法设计业务流程，鉴定报告模板、危险等级评定规则由甲方确认后实施。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾捌万捌仟元整（¥1,988,000.00），其中：平台软件许可费¥1,160,000；定制开发费¥684,000；数据迁移及实施费¥118,000；培训费¥26,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方测评配合等全部费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款应提供合法有效的增值税发票。甲方按照财政国库集中支付程序付款，因审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付期限与人员
P:4.1 乙方应于合同签订后120日内完成开发、部署及数据迁移并提交初步验收申请；初验合格后试运行60日，试运行期满后15日内申请最终验收。
P:4.2 乙方应按甲方认可的实施计划推进，每两周提交进度报告，重大事项随时报告。
P:4.3 乙方投入的项目经理及核心开发人员应与投标文件一致，未经甲方同意不得更换。
P:4.4 乙方应为本项目配备不少于8名实施人员，其中驻场人员不少于5名；驻场人员应遵守甲方考勤及保密管理规定。
P:4.5 乙方应对甲方及各区县用户开展不少于3期集中培训，并提供操作手册和培训视频。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能清单逐项测试通过；迁移数据经全量比对，条目数量及关键字段一致；与监管系统、GIS接口连续运行10日无数据丢失；并发300用户时页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方机构出具的等级保护测评及软件安全检测报告无高危问题；用户手册、源代码、部署文档等交付物齐全。
P:5.3 甲方在收到验收申请后10个工作日内组织验收并出具书面结论。系统上线运行、甲方使用或付款均不视为验收合格。
P:5.4 验收不合格的，乙方承担整改及重新验收的全部费用；因乙方原因导致第三方测评需复测的，复测费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的小范围功能调整及现场技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的7%（即每年不超过¥81,200），该价格在质保期满后三个服务年度内保持不变。
P:6.3 质保期内，乙方每季度对平台进行一次巡检并出具巡检报告，并在国家或本市鉴定标准调整后30日内完成相应的配置调整。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:7.2 一级故障（平台整体不可用或鉴定数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:7.3 响应或恢复超时的，每超时1小时扣款¥500；月度可用率每低于约定值0.01个百分点扣款¥1,000，甲方可从应付款项或履约保证金中直接扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、接口、数据库设计及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.2 平台原有软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
H:第九条 数据安全
P:9.1 平台中的房屋、鉴定、业主等数据均属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，远程运维须经甲方审批并通过堡垒机操作，操作日志保存不少于六个月。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额承担。
P:9.4 合同终止或质保期满时，乙方应交还全部数据及账号权限，并书面确认已删除其掌握的全部数据副本。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果未通过验收的，应在20日内整改并重新申请验收；第二次验收仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 甲方的权利与义务
P:15.1 甲方应指定项目联系人，及时提供历史档案、业务规则、接口规范及政务云资源，并在乙方提出需求后5个工作日内予以答复。
P:15.2 甲方有权对项目进度、质量和人员履职进行监督检查，对不符合要求的工作有权要求乙方限期整改。
P:15.3 甲方应组织各区县住建部门及鉴定机构参加培训和试运行，并按约定支付合同价款。
H:第十六条 不可抗力
P:16.1 因地震、洪水、重大公共卫生事件等不可抗力导致不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方协商延期履行或部分履行。
P:16.2 不可抗力持续超过60日的，双方可协商解除合同，并按已完成工作结算。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书均为本合同组成部分。本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________ 乙方（盖章）：____________
P:签订日期：2026年____月____日
"""

Z02 = """T:电动喷壶生产线控制系统改造合同
P:合同编号：YH-SB-2026-058
P:甲方（买方）：浙江永禾电动喷壶有限公司
P:乙方（卖方）：杭州拓控自动化工程有限公司
P:甲方为提升注塑、装配、充电测试及包装四条生产线的自动化水平，委托乙方对现有控制系统实施改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的设计、供货、安装、编程、调试及培训，包括PLC控制柜更换、伺服及变频驱动改造、喷壶泵体视觉检测单元、MES数据采集软件及HMI组态软件，并开发与甲方现有ERP系统的工单接口。
P:1.2 改造应在甲方指定的停产窗口内分线实施，每条线停产不得超过6日。
P:1.3 各线改造的技术参数、I/O点表、节拍目标及视觉检测标准以双方签署的技术协议为准，技术协议为本合同附件一。乙方应在合同生效后15日内完成现场勘测并提交改造方案，经甲方确认后实施。
P:1.4 乙方提供的设备应为全新原厂正品，PLC、伺服及变频器应为技术协议约定品牌，不得以翻新件或其他品牌替换；设备到货时应附合格证、装箱单及原厂质保文件。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾玖万元整（¥1,790,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|4套|628,000
TB:2|伺服电机及变频驱动|4线|386,000
TB:3|视觉检测单元|6套|244,000
TB:4|MES数据采集软件许可|1套|198,000
TB:5|HMI组态软件许可|8点|64,000
TB:|软硬件小计||1,520,000
TB:6|安装调试|1项|156,000
TB:7|定制控制程序及接口开发|1项|98,000
TB:8|培训|1项|16,000
TB:|合同总价||1,790,000
P:2.2 合同价格为含税固定价，包含运输、保险、安装辅材及技术服务费用。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%；到货与调试不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票，甲方在收到发票后15个工作日内付款。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后75日内完成全部设备到货，并在到货后45日内完成四条线的改造和调试。
P:4.2 乙方施工应遵守甲方安全生产制度，因施工造成甲方设备或人员损害的，由乙方负责。
P:4.3 乙方应在每条线停产窗口开始前3日提交施工计划、人员名单及安全措施，经甲方生产部门确认后进场。
P:4.4 每条线改造完成后，乙方应配合甲方进行单线试生产，试生产期间乙方须派工程师驻厂，及时处理出现的问题。
P:4.5 设备到货由双方共同开箱清点，清点记录仅证明数量和外观，不代表质量合格。设备所有权自到货签收时转移至甲方，毁损灭失风险自最终验收合格时转移。
H:第五条 验收
P:5.1 验收标准：各线节拍达到技术协议约定值；视觉检测漏检率不高于0.2%、误判率不高于1%；MES采集点位完整，数据与设备实际状态一致；ERP工单接口连续运行7日无差错；各线连续生产72小时无控制系统故障。
P:5.2 甲方在乙方提交验收申请后7个工作日内组织验收，合格的签署验收证书；不合格的，乙方应在10日内整改后重新验收。试生产、使用或付款均不视为验收合格。
P:5.3 视觉检测单元的验收样本由甲方从正常生产批次中随机抽取，数量不少于2,000件，其中应包含甲方提供的缺陷样件。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内乙方免费维修或更换故障部件，免费提供软件补丁。
P:6.2 一级故障（任一产线因控制系统停机）乙方应在1小时内响应，8小时内到场，当日恢复生产；二级故障8小时内响应。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥800。
P:6.4 质保期内同一部件故障三次以上的，乙方应免费更换为新品；因乙方原因造成停产的，乙方除按上款支付款项外，还应赔偿甲方的直接损失。
P:6.5 乙方应在甲方厂内存放常用备件，备件清单经甲方确认，质保期内备件消耗由乙方补足。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、程序优化及远程支持），年度维保费按软硬件小计的27%计收，即每年¥410,400，质保期满后三个年度内不作调整。
P:7.2 维保服务按年度签订维保确认单，年度维保费于每个维保年度开始后20日内支付。
P:7.3 维保期内一级故障的响应和恢复要求与质保期相同；乙方每季度进行一次现场巡检并提交巡检报告。
P:7.4 维保年度届满前，甲方可书面通知乙方不再续签维保服务；维保服务不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目开发的控制程序、HMI画面、接口程序及源代码的知识产权归甲方所有，乙方应在验收前交付全部源程序和注释文档。
P:8.2 标准软件的著作权仍归原权利人，甲方获得永久使用许可。
P:8.3 乙方保证所提供的设备及软件不侵犯任何第三方的知识产权，因侵权引起的纠纷和损失由乙方负责处理和承担。
H:第九条 数据与保密
P:9.1 生产数据、工艺参数、配方及MES采集数据属于甲方，乙方仅为履行本合同使用。乙方远程访问须经甲方批准并通过甲方指定的VPN和账号，不得复制、外传数据；发生数据泄露的，乙方应在2小时内通知甲方并承担由此造成的损失。
P:9.2 双方对在合作中知悉的对方技术信息和商业秘密负有保密义务，保密期限至合同终止后三年。
P:9.3 乙方人员进入车间应遵守甲方保密及门禁管理规定，未经许可不得拍摄生产现场、模具及工艺文件。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方交付的设备或软件不符合约定的，甲方有权要求更换、修理或退货，由此产生的费用由乙方承担。
H:第十一条 分包
P:11.1 电气安装施工如需分包，乙方须事先取得甲方书面同意，并对分包方的工作承担全部责任。
P:11.2 乙方不得将本合同项下的设备供货、程序开发及调试工作转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 因乙方原因导致改造延期超过60日，或最终验收两次不合格的，甲方有权解除合同，乙方应退还已收款项并拆除设备、恢复原有控制系统。
H:第十三条 培训与技术资料
P:13.1 乙方应对甲方电气、设备及工艺人员各开展不少于两期培训，培训内容包括设备操作、程序修改、故障诊断和日常保养。
P:13.2 乙方应在验收前交付电气图纸、I/O点表、程序备份、操作及维护手册的纸质版和电子版各一套。
H:第十四条 不可抗力
P:14.1 因不可抗力致使一方不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同附件包括技术协议、设备清单及I/O点表，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：浙江永禾电动喷壶有限公司（盖章）    乙方：杭州拓控自动化工程有限公司（盖章）
"""

Z03 = """蹦床体验连锁门店预约及会员管理系统服务合同

合同编号：YD-IT-2026-031
甲方：上海跃动空间体育文化发展有限公司
乙方：南京云栈信息技术有限公司

鉴于甲方在华东地区经营30家蹦床体验门店，需要统一的线上预约、会员储值、入场核验及门店经营分析系统，乙方同意以软件即服务（SaaS）方式向甲方提供“云栈场馆通”系统并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务：乙方向甲方30家门店提供云栈场馆通系统的订阅服务，包括小程序预约、场次排期、会员储值与次卡、闸机核验、安全须知电子签署、门店经营报表等模块。
（二）实施服务：乙方完成系统配置、甲方会员规则及价格体系设置、与甲方现有闸机和收银设备对接、存量会员数据迁移及门店人员培训。
（三）服务期限：两个服务年度。第一个服务年度自系统上线验收合格之日起算，第二个服务年度自该日的周年日起算。
（四）系统部署于乙方租用的境内公有云资源，乙方负责云资源、网络带宽、安全防护及系统运维，甲方无需另行采购服务器。
（五）附件一为功能清单，附件二为门店清单，附件三为服务水平说明，附件与本合同具有同等效力。

二、费用及支付
（一）费用明细：
1. 订阅费：每店每服务年度¥14,800，30家门店每服务年度合计¥444,000，两个服务年度合计¥888,000；
2. 实施费（一次性）：¥96,000；
3. 数据迁移费（一次性）：¥18,000。
合同总价为¥1,002,000。
（二）支付：本合同不设预付款。实施费及数据迁移费在系统上线验收合格后15个工作日内支付；每个服务年度的订阅费在该服务年度开始后20个工作日内支付。
（三）新增门店按每店每服务年度¥14,800按剩余月份折算，另行签订补充协议。
（四）乙方应在甲方付款前开具合法有效的增值税专用发票。
（五）本合同价格在两个服务年度内固定不变，乙方不得以云资源价格上涨等理由要求调整。

三、实施与验收
（一）乙方应在合同签订后45日内完成全部门店的配置、对接和数据迁移，并提交上线验收申请。
（二）上线验收标准：
1. 预约、核销、储值、退款等功能按附件功能清单逐项测试通过；
2. 迁移会员的余额、次卡和有效期经全量核对一致；
3. 30家门店闸机核验连续7日正常，单次核验时间不超过1秒；
4. 高峰期2,000人同时在线预约时页面响应不超过2秒。
（三）甲方在收到申请后7个工作日内组织验收并出具书面意见；试用或付款不视为验收合格。
（四）验收不合格的，乙方应在5日内整改完毕并重新申请验收；整改期间乙方应提供临时核验方案，不得影响门店正常营业。
（五）上线切换应在门店营业时间以外进行，乙方应制定回退方案，切换失败时在1小时内恢复原有系统。

四、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应在凌晨1时至6时进行并提前3日通知甲方。
（二）一级故障（预约或入场核验全部中断）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，次日解决。
（三）月度可用率低于约定值的，每低0.1个百分点，按当月订阅费的3%给予服务费抵扣；响应超时每次抵扣¥500，抵扣从下一期订阅费中扣除。
（四）乙方应每月向甲方提交服务报告，列明当月可用率、故障清单、处理时长及抵扣金额，甲方有异议的在10日内提出。
（五）节假日、寒暑假等营业高峰期，乙方应安排专人值守，并提前进行压力测试和扩容。
（六）乙方应提供系统运行监控页面，供甲方实时查看各门店系统状态。

五、续期
（一）服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时乙方有权依据其届时的价格体系调整订阅单价，并书面通知甲方，调整后的单价自续期之日起执行。

六、知识产权
（一）云栈场馆通系统的知识产权归乙方所有。
（二）乙方为甲方专门开发的会员规则配置、报表模板、接口程序及相关文档归甲方所有，甲方可自由使用、修改及授权他人使用。
（三）乙方保证系统及其服务不侵犯第三方知识产权，因侵权产生的责任由乙方承担。

七、数据安全与数据归属
（一）会员信息、交易记录、预约记录等甲方业务数据归甲方所有，乙方仅为提供本合同服务处理该等数据，不得用于其他目的。
（二）乙方应将数据存储于中国境内，采取加密存储、访问控制、操作日志审计等措施，系统应通过网络安全等级保护二级测评。
（三）发生数据泄露的，乙方应在2小时内通知甲方，配合处置，并赔偿甲方因此遭受的损失及甲方对会员承担的责任。
（四）合同终止后15日内，乙方应向甲方完整导出数据，并在甲方确认后删除。
（五）乙方处理会员个人信息应遵守《个人信息保护法》，未经甲方同意不得向任何第三方提供；乙方人员访问生产数据须经审批并留存记录。
（六）乙方应每日备份甲方数据，备份保留不少于30日，并每季度进行一次恢复演练。

八、保密
双方对合作中获得的对方商业信息、会员信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。乙方人员应签署保密承诺，乙方对其人员的泄密行为承担责任。

九、违约责任
（一）乙方未按期提交上线验收申请的，每逾期一日按合同总价的万分之六向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的两倍为限，但数据泄露和故意行为造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（四）因乙方原因导致系统连续中断超过8小时的，乙方除给予服务费抵扣外，还应赔偿甲方因停业产生的直接损失。

十、分包
乙方不得转包；如需将部分实施工作分包，须事先取得甲方书面同意。乙方使用的云服务商为境内具备相应资质的公有云服务商，乙方更换云服务商须提前60日征得甲方书面同意。

十一、合同解除
任何一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权解除本合同。因乙方原因导致月度可用率连续两个月低于约定值的，甲方有权提前解除合同，乙方应退还已付未使用期间的订阅费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议，双方应先友好协商；协商不成的，由甲方所在地人民法院管辖。

十三、培训与支持
（一）乙方应在上线前对各门店店长及前台人员完成培训，并向甲方提供操作手册和视频教程。
（二）服务期内乙方提供7×24小时热线及在线客服支持，并为甲方指派专属客户成功经理，每季度回顾系统使用情况。
（三）系统版本升级不另收费，乙方应提前5日告知升级内容，重大功能变更须经甲方同意。

十四、甲方义务
（一）甲方应指定项目负责人，按时提供门店资料、会员数据及闸机、收银设备的接口文档。
（二）甲方应妥善保管系统账号，因甲方人员泄露账号造成的损失由甲方承担。
（三）甲方应按约定支付费用，并配合乙方完成验收。
（四）甲方应确保其向乙方提供的会员数据来源合法，已依法取得会员的必要授权。

十五、不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方，双方协商处理；不可抗力期间不计入可用率统计，但乙方仍应尽力恢复服务。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、门店清单。

甲方（盖章）：                乙方（盖章）：
"""

Z04 = """湖西省监狱管理局电子围栏系统年度运维服务合同

项目编号：HXJY-2026-CS-07（竞争性磋商）
采购人（甲方）：湖西省监狱管理局
供应商（乙方）：湖西安防智能科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对所属九所监狱的电子围栏系统提供年度运维服务。双方经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：九所监狱周界的脉冲电子围栏前端（共计218个防区）、围栏主机、报警联动控制器、周界管理平台软件，以及与视频监控、广播系统的联动接口。
（二）服务内容：日常巡检、定期维护保养、故障抢修、防区参数调校、平台软件维护与补丁更新、重大节日及特殊时期驻场保障、运维台账及报告。
（三）服务期限：自2027年1月1日起至2027年12月31日止。
（四）服务地点：甲方所属九所监狱，具体地址见附件一设备清单。
（五）乙方应在合同生效后10日内完成全部设备的现状普查，建立设备档案，对存在隐患的防区提出处理建议。

第二条 服务要求
（一）乙方每季度对全部防区开展一次全面巡检，每月对周界管理平台开展一次健康检查，并出具巡检报告。
（二）乙方派驻2名工程师常驻甲方指挥中心，另配备不少于6人的应急抢修队伍，人员名单报甲方备案并经审查。
（三）乙方人员进入监区须遵守甲方安全管理规定，随身物品接受检查，严禁携带通讯工具及存储介质进入监管区域。
（四）乙方应建立运维台账，记录每次巡检、故障处理、参数调整及备件更换情况，每月5日前向甲方提交上月运维报告。
（五）乙方应在春节、国庆等重大节日及甲方通知的特殊时期安排工程师驻场保障，驻场期间每日向甲方值班室报告设备运行情况。
（六）乙方应储备不少于总量5%的前端脉冲主机、绝缘子、合金线等常用备件，备件存放于甲方指定地点，更换下的旧件交甲方处理。
（七）因设备老化确需更换的主要部件，乙方应提出书面建议及报价，经甲方同意后另行实施，不包含在本合同服务费中。
（八）平台软件维护包括操作系统及数据库补丁更新、病毒查杀、数据备份与恢复演练，所有补丁须经甲方测试环境验证后方可部署。
（九）乙方使用的检测仪器、工具应符合监狱安全管理要求，进入监区前登记，离开时清点带出。
（十）乙方应于每季度首月提交本季度巡检计划，巡检计划经甲方确认后执行，巡检时间应避开监狱重点管控时段。

第三条 服务水平
（一）周界管理平台月度可用率不低于99.95%。
（二）一级故障（任一防区失效或持续误报警）乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障1小时内响应，8小时内恢复。
（三）响应、到场或恢复每超时一次，扣减当季度服务费¥2,000；月度可用率每低于约定值0.01个百分点，扣减¥1,500。
（四）乙方应每季度组织一次周界报警联动演练，验证电子围栏与视频监控、广播系统的联动效果，并将演练记录报甲方。
（五）二级故障包括单个防区误报频繁、联动功能异常、平台部分功能失效等；三级故障为不影响防范功能的一般问题，应在3日内处理完毕。

第四条 服务费用与支付
（一）年度运维服务费总额为人民币捌拾肆万陆仟元整（¥846,000），包括人工、备品备件、工具、差旅及税费。
（二）本合同不设预付款。服务费按季度支付，每季度末经甲方考核合格后，甲方在15个工作日内支付当季度服务费¥211,500（扣减款项后的余额）。
（三）乙方应在每次请款时提供当季度考核结论及合法有效的发票；扣减款项以甲方书面通知为准。
（四）服务费为固定总价，服务期内不因人工、备件价格变化而调整。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核指标包括：巡检按计划全部完成；故障按时恢复率不低于98%；运维台账完整准确；无因运维原因导致的周界报警失效。
（二）服务期满后，甲方对全年服务进行验收，验收内容为各季度考核结论、运维文档移交情况、设备完好率不低于97%。验收合格后出具书面验收意见。
（三）季度考核不合格的，甲方有权暂缓支付当季度服务费，乙方应在15日内整改完毕；整改后仍不合格的，甲方可按考核细则扣减服务费。
（四）考核结论作为甲方对乙方进行履约评价的依据。

第六条 数据安全
（一）报警记录、防区布防信息、平台数据及运维日志均属于甲方，乙方不得以任何方式留存、复制或带离。
（二）乙方对平台的任何操作须在甲方人员监督下进行，禁止远程维护；更换下的存储介质由甲方统一销毁。
（三）因乙方原因导致数据泄露、篡改或系统被非法控制的，乙方应立即报告，并承担全部法律责任和赔偿责任。
（四）乙方应对其人员开展安全保密教育，签订个人承诺书，人员变更应提前报甲方审查。
（五）乙方工程师使用的运维终端由甲方提供并统一管理，禁止连接互联网。

第七条 保密
乙方及其人员应签署保密承诺书，对服务中接触的监所布局、警力部署、防区设置等信息严格保密，不得以任何形式泄露。保密义务不因合同终止而终止。乙方不得在任何宣传材料、案例介绍中使用甲方名称或项目信息。

第八条 知识产权
乙方在服务期间形成的运维文档、参数配置记录及为甲方编写的联动脚本归甲方所有，乙方不得将上述资料用于本合同以外的任何用途。

第九条 分包
乙方可将部分前端防区的周期性巡检和线路维护工作分包给具备安防工程资质的单位，但应提前五个工作日书面告知甲方分包单位名称及人员名单。乙方对分包单位的工作承担责任。分包单位人员同样应遵守本合同第二条及第七条的规定。

第十条 违约责任
（一）乙方未按约定日期进场开展服务的，每逾期一日按年度运维服务费总额的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任（含违约金及扣款）以年度运维服务费总额的50%为限。
（三）乙方人员违反监管规定的，甲方有权要求更换人员。
（四）因乙方维护不当导致设备损坏的，乙方应负责修复或赔偿。

第十一条 合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。乙方发生泄密事件的，甲方有权立即解除合同。

第十二条 合同期满
本合同期满即终止，不自动续期；甲方如需延续服务，依法另行组织采购。服务期满前60日，乙方应协助甲方做好新一期采购的技术准备及交接工作。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。诉讼期间，乙方不得以争议为由停止运维服务。

第十四条 甲方义务
甲方应为乙方驻场人员提供必要的办公场所，指定一名联络人负责运维协调，为乙方人员办理出入监区手续，及时通知乙方故障信息，并按约定支付服务费。

第十五条 不可抗力
因不可抗力导致乙方无法按时到场或恢复的，乙方应及时通知甲方并采取临时措施，相关时限相应顺延，但乙方不得以此拒绝履行保障义务。

第十六条 廉政约定
双方应遵守廉政建设规定，乙方不得向甲方工作人员提供任何形式的利益，违反的，甲方有权解除合同。

第十七条 其他
磋商文件、响应文件和成交通知书为本合同组成部分。本合同一式四份，甲方三份、乙方一份，自双方签字盖章之日起生效。
附件一：设备清单；附件二：服务考核细则；附件三：驻场人员名单及保密承诺书。

甲方（盖章）：                乙方（盖章）：
"""

Z05 = """# 瓷艺工序追踪系统软件许可及定制开发合同

**乙方标准合同文本 QY-CT-V3.0**

甲方：景德镇青釉瓷绘工作室
乙方：昌南启元软件有限公司

甲方拟采购乙方“启元工序通”工序追踪软件，并委托乙方进行定制开发。双方在平等自愿的基础上签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供启元工序通软件（标准版，15个并发用户）的使用许可，覆盖拉坯、利坯、绘坯、施釉、烧成、检验各工序的扫码报工与追踪。

1.2 乙方根据甲方需求进行定制开发：窑炉排程模块、釉料配方管理、订单进度查询小程序、与甲方网店订单的对接。

1.3 定制开发的具体功能以乙方出具的需求确认书为准。

1.4 软件以乙方提供的安装介质及授权文件交付，授权与甲方指定的服务器绑定，更换服务器需向乙方申请重新授权，乙方可收取授权迁移费。

1.5 本合同不包括服务器、扫码枪、标签打印机等硬件设备，相关设备由甲方自行采购，乙方可提供选型建议。

1.6 小程序上线所需的微信认证、域名备案等手续由甲方办理，乙方提供协助。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 启元工序通软件许可（标准版，15用户） | 186,000 |
| 2 | 定制开发 | 142,000 |
| 3 | 实施部署 | 24,000 |
| 4 | 培训 | 8,000 |
|  | 合计 | 360,000 |

2.1 以上价格含税。需求确认书以外的新增需求，乙方按每人日¥2,800另行收费。

2.2 软件许可费为一次性费用，许可期限为永久，但大版本升级需另行购买。

2.3 合同价格不包括第三方软件（如数据库、操作系统）费用，如需使用由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥234,000。

3.2 系统上线后5个工作日内，甲方支付剩余35%，即¥126,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方有权暂停服务。

3.4 甲方付款后，乙方在10个工作日内开具增值税普通发票；甲方需要专用发票的，应在签订合同时书面说明。

3.5 合同签订后，甲方因自身原因取消项目的，已支付款项不予退还。

## 第四条 实施

4.1 乙方在收到首期款后开始实施，预计在90日内完成部署上线。因甲方需求变更、配合不及时等原因造成延期的，工期相应顺延。

4.2 实施计划以乙方项目经理发出的计划为准。

4.3 甲方应在乙方要求的时间内提供需求资料、测试数据和现场条件，并指定对接人员。甲方未按时配合的，乙方有权暂停实施，由此产生的费用由甲方承担。

4.4 需求确认书签署后，甲方提出变更的，应以书面形式提交，乙方评估后另行报价，工期相应调整。

4.5 乙方实施人员到甲方现场工作的，甲方应提供必要的办公条件及网络环境。

## 第五条 验收

5.1 系统部署上线并可正常登录使用，即视为甲方验收合格。

5.2 甲方如有异议，应在上线后3日内书面提出，逾期未提出的，视为无异议。

5.3 上线后甲方对系统的任何修改、与其他软件的集成或使用环境变化导致的问题，不属于乙方责任范围。

## 第六条 售后服务

6.1 自系统上线之日起，乙方提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 乙方提供工作日9:00—18:00的电话及在线支持，对甲方报告的问题将尽合理努力及时响应并处理。

6.3 免费维护期满后，甲方如需继续获得维护和升级服务，应按乙方当年公布的服务价格标准支付年度维护费。

6.4 以下情形不属于免费维护范围：甲方操作不当、硬件或网络故障、病毒攻击、甲方自行修改配置、超出需求确认书范围的功能。

6.5 乙方以远程支持为主，确需现场服务的，甲方应承担乙方人员的差旅费用。

6.6 乙方对软件的缺陷修复以版本补丁形式提供，甲方应按乙方指导及时安装。

6.7 乙方仅对软件的最新版本提供维护支持，甲方未按乙方要求升级导致的问题，乙方不负责处理。

## 第七条 知识产权

7.1 启元工序通软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的模块、小程序、接口程序及相关源代码的知识产权均归乙方所有，甲方在合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

7.3 甲方不得对软件进行反向工程、复制或转让，不得超出授权用户数使用；超出部分按乙方价目表补缴许可费。

7.4 乙方保证其软件不侵犯第三方知识产权；如发生侵权纠纷，乙方负责处理，但因甲方提供的资料或按甲方要求开发导致的除外。

7.5 乙方可将甲方定制模块中的通用功能纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、配方等数据归甲方所有。

8.2 乙方可对甲方数据进行脱敏处理后，用于产品优化、行业分析及为其他客户提供服务。

8.3 乙方采取身份认证、数据加密、每日备份等安全措施保护甲方数据。因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

8.4 甲方应自行备份重要数据，乙方提供的数据备份仅为辅助措施。

8.5 合同终止后，甲方可在20日内申请导出数据，逾期乙方有权删除。

## 第九条 保密

双方对因本合同知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。保密期限为本合同终止后两年。乙方可在其客户名单及宣传材料中使用甲方名称和标识。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对本合同项下的全部责任以合同总价的20%为限，且不承担任何间接损失、利润损失。

10.3 因不可抗力、第三方服务中断等原因造成的延误，乙方不承担责任。

10.4 因甲方原因导致乙方停止服务的，不视为乙方违约；甲方逾期付款超过20日的，乙方有权终止授权。

10.5 任何情况下，乙方均不对甲方的生产停工、订单延误、产品报废承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后15日内仍未改正的，另一方可以解除合同。

11.2 合同解除后，甲方已支付的款项不予退还，但乙方严重违约的除外。

11.3 合同解除或终止后，甲方应停止使用软件并删除全部授权文件。

## 第十二条 争议解决

因本合同产生的争议，双方友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼费、律师费等费用由败诉方承担。

## 第十三条 培训

13.1 乙方为甲方提供两次远程培训，培训对象为甲方指定的管理员及工序负责人。

13.2 额外培训或现场培训按乙方标准收费。

13.3 培训资料的著作权归乙方所有，仅供甲方内部使用。

## 第十四条 不可抗力及通知

14.1 因不可抗力、政策变化、网络运营商故障、云服务中断等乙方无法控制的原因导致合同不能履行的，乙方不承担责任。

14.2 双方往来通知以本合同载明的地址、电子邮箱送达，电子邮件发出即视为送达。一方联系方式变更的，应在3日内通知对方。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份。

15.2 本合同附件包括需求确认书、报价单，附件与合同正文不一致的，以乙方报价单为准。

15.3 本合同未尽事宜，以乙方发出的书面确认为准。

甲方（盖章）：　　　　乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. RQS-CN-2026-114
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengtai Medical Packaging Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu Province (the "Customer"), and Riverbend Quality Systems, Inc., a Minnesota corporation with its principal office at 210 First Street Southeast, Little Falls, Minnesota, United States (the "Vendor").
P:The Customer manufactures sterile barrier packaging for medical devices and wishes to replace its paper-based quality records with the Vendor's quality management software. The Vendor agrees to license the software and to perform the related implementation and training services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RQS Quality Suite, version 8, comprising the document control, CAPA, complaint handling, supplier quality, training records and batch record review modules, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, workflows, report templates, data migration scripts and interface programs that the Vendor creates specifically for the Customer, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated through the Software in the Customer's environment, including quality records, batch data and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 180 named users at the Customer's sites in the People's Republic of China, including its test and disaster recovery environments.
P:2.2 The Customer may make copies of the Software for backup and archival purposes. The Customer shall not sell, rent or sublicense the Software to any third party, except to an affiliate that takes over the Customer's business.
P:2.3 Additional named users may be purchased at CNY 6,200 per user, which price shall remain fixed for three years after the Effective Date.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers, configure the modules according to the Customer's approved specification, migrate the existing electronic records listed in the specification, build interfaces with the Customer's ERP system and laboratory information system, and train the Customer's key users and administrators.
P:3.2 The Vendor shall complete the services according to the project plan attached as Annex 2, with Go-Live no later than 150 days after the Effective Date and Final Acceptance no later than 210 days after the Effective Date.
P:3.3 The Vendor shall assign a named project manager who speaks Mandarin and shall not replace the project manager or the lead consultant without the Customer's prior approval, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,660,000, inclusive of all applicable taxes, made up of the Licence Fee of CNY 1,240,000, implementation services of CNY 386,000 and training of CNY 34,000.
P:4.2 The Customer shall pay the Contract Price as follows: (a) 20% within 20 days after signature and receipt of the Vendor's invoice; (b) 45% within 20 days after Go-Live; and (c) 35% within 20 days after Final Acceptance.
P:4.3 All amounts are payable in Chinese yuan to the bank account of the Vendor's authorised collection agent in Shanghai named in Annex 3. Each invoice shall be a valid PRC tax invoice.
P:4.4 The prices in this Article are fixed and include travel, accommodation and all expenses of the Vendor's personnel.
H:Article 5 Acceptance
P:5.1 The Vendor shall carry out an installation qualification and an operational qualification under test scripts approved by the Customer. The Customer shall carry out a performance qualification with the Vendor's support.
P:5.2 The acceptance criteria are: (a) all test scripts in the approved validation plan pass without open critical deviations; (b) migrated records reconcile with the source records in number and key fields; (c) the ERP and laboratory interfaces run for ten consecutive working days without data loss; (d) electronic signatures and audit trails meet the Customer's regulatory requirements under the approved specification; and (e) the system runs in production for 30 days without a Severity 1 incident.
P:5.3 When all criteria are met, the Customer shall issue a written Final Acceptance certificate within ten working days. Go-Live, productive use of the Software or payment of any instalment does not constitute acceptance.
P:5.4 If any criterion is not met, the Vendor shall correct the deficiency at its own cost and repeat the relevant tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification and documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide error correction, updates and technical support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable or quality records are corrupted) shall be responded to within one hour and resolved or worked around within eight hours. Severity 2 incidents shall be responded to within three hours and resolved within two working days.
P:6.3 For each full hour by which the Vendor exceeds a response or resolution time for a Severity 1 incident, the Vendor shall pay the Customer a service credit of CNY 800, which the Customer may set off against any amount due to the Vendor.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 136,400 per year, and shall not be increased for the first three support years after the Warranty Period. Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation before Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or analytics.
P:8.2 The Software is installed on the Customer's servers in the PRC. The Vendor may access the Customer's systems only through the Customer's VPN with multi-factor authentication, after approval for each session, and shall not copy or transfer Customer Data outside the Customer's environment.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Customer of any security incident affecting Customer Data within eight hours of discovery, cooperate in remediation, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Article 3.2 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid for the services, and the Customer may keep the licence on payment of the Licence Fee.
P:12.3 Articles 7 to 10 and 13 survive termination.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Minnesota, United States, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 The parties shall first try to resolve any dispute by negotiation between senior managers. If a dispute is not resolved within 45 days, it shall be submitted to the state or federal courts located in Minnesota, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Specification), Annex 2 (Project Plan) and Annex 3 (Price and Bank Details), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be given in writing to the addresses above. This Agreement is signed in English and Chinese; both versions have equal effect.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Timberline EHS Cloud — Order Form and General Terms

Order Form No. TL-OF-2026-0388

## Part A — Order Form

### A1. Parties

**Provider:** Lakeshore Cloud Analytics LLC, a Wisconsin limited liability company, 8216 Lake Shore Drive, Minocqua, Wisconsin 54548, United States.

**Customer:** Ningbo Haichen Fine Chemicals Co., Ltd., Zhenhai Petrochemical Economic Zone, Ningbo, Zhejiang Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscription and Term

A2.1 Service: Timberline EHS Cloud, Enterprise edition, with the incident management, permit-to-work, chemical inventory and safety data sheet, inspections and audits, and environmental reporting modules, plus the mobile application for field users.

A2.2 Authorised Users: 280 named users. Users may be reassigned when an employee leaves or changes role.

A2.3 Hosting: the production and backup instances are hosted in the Shanghai region of Provider's contracted cloud infrastructure provider, named in the subprocessor list attached to this Order Form. Customer Data stays in mainland China.

A2.4 Subscription Term: two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A5 (the "Subscription Start Date"); the second starts on its first anniversary.

A2.5 This Order Form does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 280 users x CNY 1,150 | 322,000 |
| Subscription, Subscription Year 2 | 280 users x CNY 1,150 | 322,000 |
| Onboarding (configuration, data import, SSO, two training sessions) | fixed, one-time | 36,000 |
| **Total for the Subscription Term** | | **680,000** |

Prices include VAT. Additional users during the Subscription Term are charged pro rata at CNY 1,150 per user per Subscription Year.

### A4. Invoicing and Payment

A4.1 No fee is invoiced or payable before the Subscription Start Date.

A4.2 The Onboarding fee is invoiced on Onboarding Acceptance. The Subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

A4.3 Customer pays each undisputed invoice within 30 days of receipt of a valid PRC VAT invoice issued by Provider's appointed billing agent in Shanghai.

### A5. Onboarding and Acceptance

A5.1 Provider shall complete onboarding within 60 days after signature of this Order Form.

A5.2 Onboarding is accepted when: (a) the five modules are configured according to the configuration workbook signed by Customer; (b) the imported chemical inventory and open incident records reconcile with the source files; (c) single sign-on with Customer's directory works for all user groups; (d) the mobile application passes Customer's test cases on the approved devices; and (e) Customer has signed the Onboarding Acceptance certificate. Use of the Service before signature of the certificate is not acceptance.

A5.3 If onboarding is late for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000 in total.

### A6. Special Terms

A6.1 Customer's project contact: the EHS Director. Provider's project contact: the Asia customer success manager.

A6.2 Provider shall provide Chinese-language user interfaces and training materials for all modules.

A6.3 Provider shall hold a quarterly service review covering usage, open support tickets, availability and the product roadmap, and shall give Customer at least 60 days' notice before retiring any feature used by Customer.

## Part B — General Terms

### 1. Service

1.1 Provider shall make the Service available to Customer's Authorised Users during the Subscription Term in accordance with the Documentation.

1.2 Provider may update the Service from time to time, provided that an update does not materially reduce the functionality Customer has subscribed to.

1.3 Provider shall provide support through its Shanghai-based support team in Mandarin and English by telephone, email and the support portal, during business hours for Priority 2 and lower requests and at all times for Priority 1 incidents.

### 2. Service Levels

2.1 Provider targets a monthly availability of the production Service of 99.95%, excluding scheduled maintenance announced at least three days in advance and carried out between 22:00 and 06:00 China Standard Time.

2.2 Priority 1 incidents (the Service is unavailable to all users, or data loss) will be responded to within one hour, 24 hours a day; Priority 2 incidents within two business hours; other requests within one business day.

2.3 Provider will use commercially reasonable efforts to restore the Service as quickly as possible. The service levels in this Section are targets only. A failure to meet them does not entitle Customer to any service credit, fee reduction, refund or damages, and is not a breach of this Agreement.

2.4 Provider publishes availability figures for the preceding month on its status page.

### 3. Customer Data

3.1 As between the parties, Customer owns all data that Customer or its users submit to the Service ("Customer Data"). Provider may use Customer Data to provide, secure and support the Service.

3.2 Provider may collect and use aggregated and de-identified data derived from Customer Data and from Customer's use of the Service, including incident categories and inspection statistics, to create industry benchmarks, to improve and develop Provider's products, and to share benchmark reports with other customers. Provider may keep and use such data during and after the Subscription Term.

3.3 On expiry or termination, Provider shall make Customer Data available for export for 30 days and then delete it from its production and backup systems.

3.4 Customer is responsible for the accuracy of Customer Data and for obtaining any consents required from its employees and contractors for the processing of their personal information in the Service.

### 4. Data Security

4.1 Provider maintains an information security programme certified to ISO/IEC 27001, with encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging and annual penetration tests.

4.2 The production environment has completed classified protection (MLPS) level 2 filing with the competent public security authority.

4.3 Provider shall notify Customer of any security breach affecting Customer Data without undue delay and in any event within 24 hours, shall take reasonable steps to contain it, and shall be responsible for losses caused by its failure to comply with this Section, subject to Section 8.

### 5. Intellectual Property

5.1 Provider owns the Service, the Documentation and all improvements to them.

5.2 Configurations, templates, forms and reports created for Customer during onboarding, and all content Customer creates in the Service, belong to Customer. Customer may use, modify and license them freely, including after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only to perform this Agreement, and not disclose it to third parties except to employees and contractors who need to know it and are bound by written duties of confidence.

6.2 These duties continue for three years after the end of the Agreement.

### 7. Subcontracting

7.1 The subprocessors listed in the attachment to the Order Form are approved. Provider shall not appoint any other subcontractor or subprocessor without Customer's prior written consent, and remains responsible for all of them.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect, consequential or special damages, or loss of profits.

8.2 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit Customer's payment obligations or either party's liability for fraud or wilful misconduct.

### 9. Term and Termination

9.1 The Agreement runs for the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

9.3 If Customer terminates under Section 9.2, Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 10. Warranties

10.1 Provider warrants that the Service will perform materially in accordance with the Documentation and that onboarding will be performed in a professional manner.

10.2 Provider warrants that it will not introduce malicious code into the Service and that the Service, as provided, complies with the PRC laws applicable to Provider as a service provider, including the rules on cross-border transfer of personal information.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign the Agreement without the other's written consent, except to an affiliate in a corporate reorganisation.

12.2 Notices shall be in writing and sent to the addresses in A1. This Agreement is signed in English and Chinese; in case of conflict the Chinese version prevails.

12.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________
"""

E03 = """T:Supply and Licence Contract for Kiln and Mill Condition Monitoring
P:Contract No. JS-EQ-2026-072
P:Buyer: Wuhu Jinshi Cement Co., Ltd., Fanchang District, Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Prairie Sentinel Instruments, Inc., a Minnesota corporation, 1400 North Broadway, New Ulm, Minnesota 56073, United States (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer wishes to monitor the condition of the rotary kilns, raw mills, cement mills and main fans of its two production lines, and the Supplier agrees to supply, install and commission a wireless condition monitoring system on the following terms.
H:1. Definitions and Scope
P:1.1 "System" means the sensors, gateways, monitoring software and all other items listed in the Price Table in clause 2, together with their documentation.
P:1.2 "Monitoring Software" means the Supplier's SentinelView condition monitoring software, licensed under clause 8.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 5.
P:1.4 The Supplier shall supply the System, install and commission it at the Buyer's plant, integrate it with the Buyer's distributed control system (DCS) and computerised maintenance management system (CMMS), and train the Buyer's staff, all as specified in the Technical Specification in Annex 1.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,540,000, inclusive of VAT, packing, insurance, delivery to the Buyer's plant and all services. It is fixed for the duration of the Contract and itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration sensor, ATEX rated|420|1,380|579,600
TB:2|Wireless temperature sensor, high-temperature version|260|640|166,400
TB:3|Industrial gateway with edge analytics|24|9,800|235,200
TB:4|SentinelView Monitoring Software, perpetual licence, plant-wide|1|312,000|312,000
TB:|Equipment and Licence Subtotal|||1,293,200
TB:5|Installation, cabling and commissioning|1 lot|148,000|148,000
TB:6|DCS and CMMS integration|1 lot|76,800|76,800
TB:7|Training|1 lot|22,000|22,000
TB:|Contract Price|||1,540,000
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature of this Contract, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price within 15 working days after delivery of all equipment and completion of installation, as confirmed in a Delivery and Installation Certificate. That certificate confirms quantities and installation only and is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance.
P:3.4 Each payment is subject to a valid PRC VAT invoice. The Supplier may appoint its Shanghai representative office or a licensed trading agent to issue invoices and receive payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's plant within 70 days after signature and complete installation and commissioning within 45 days after delivery, during the kiln maintenance shutdowns notified by the Buyer.
P:4.2 Installation work on the kilns and mills shall comply with the Buyer's safety rules, permit-to-work system and hot work procedures. The Supplier's personnel shall attend the Buyer's safety induction before entering the plant.
P:4.3 Title to each item passes to the Buyer on delivery. Risk passes on Final Acceptance.
P:4.4 The Supplier shall provide a packing list, certificates of origin and conformity, and calibration certificates for all sensors with each delivery. Equipment damaged in transit shall be replaced by the Supplier within 15 days at its own cost.
H:5. Acceptance
P:5.1 After commissioning, the System shall complete a trial run of 45 days.
P:5.2 The acceptance criteria are: (a) at least 98% of sensors report valid data in every hour of the last 14 days of the trial run; (b) vibration readings of ten reference points deviate from the Buyer's calibrated portable analyser by no more than 5%; (c) alarms reach the DCS operator screens within ten seconds; (d) work orders are created in the CMMS automatically for every confirmed alarm; and (e) all documentation and training have been delivered.
P:5.3 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven working days. Delivery, installation, commissioning, use of the System or payment does not constitute acceptance, and the System shall not be deemed accepted for any other reason.
P:5.4 If the System fails the acceptance tests, the Supplier shall remedy the defects within 20 days and the tests shall be repeated at the Supplier's cost.
H:6. Warranty and Technical Support
P:6.1 The Supplier warrants that the System is new, free from defects in design, materials and workmanship and conforms to the Technical Specification for 36 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective items and provide software updates free of charge, including parts, labour and shipping.
P:6.2 Faults are classified in the Technical Specification. For a Priority 1 fault (loss of monitoring for a whole production line, or a gateway failure affecting a kiln), the Supplier shall respond within one hour by telephone or remote connection and restore monitoring within 24 hours. For a Priority 2 fault the Supplier shall respond within eight hours and restore within three working days.
P:6.3 For each hour by which a Priority 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment or from the performance guarantee.
P:6.4 The Supplier shall keep spare sensors and one spare gateway at the Buyer's plant throughout the Warranty Period.
H:7. Support After Warranty
P:7.1 After the Warranty Period, the Buyer may purchase annual technical support covering repairs, spare parts, software updates and remote diagnosis. The annual fee is 8.5% of the Equipment and Licence Subtotal, that is CNY 109,922 per year, and is fixed for the first two support years.
P:7.2 Support after warranty is ordered by separate purchase order for each year. It does not renew automatically.
H:8. Intellectual Property and Licence
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Monitoring Software at the Buyer's plant for all current and future monitored assets, with no limit on users.
P:8.2 The DCS and CMMS interface programs, alarm rules, dashboards and reports developed for the Buyer under this Contract belong to the Buyer, and the Supplier shall deliver their source code. The Buyer may use, modify and license them freely.
P:8.3 The Supplier warrants that the System does not infringe any third party's intellectual property rights and shall indemnify the Buyer against any such claim.
H:9. Data
P:9.1 All measurement data, alarms, reports and other data generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep, analyse or disclose them for any other purpose.
P:9.2 The Monitoring Software and all data are hosted on the Buyer's servers inside the plant. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's secure remote access gateway and is logged.
P:9.3 The Supplier shall comply with the PRC Data Security Law and the Buyer's industrial control system security rules. It shall report any security incident within two hours and bear the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all technical and commercial information of the Buyer, including process data and plant drawings, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues for five years after the Contract ends.
H:11. Delay and Liability
P:11.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay. The total liquidated damages for delay shall not exceed 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, damage to the Buyer's property caused by installation work, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cabling work may be subcontracted only to an installer approved in writing by the Buyer, and the Supplier remains fully responsible for its work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages for delay reach their maximum.
P:13.2 On termination under clause 13.1, the Supplier shall refund the amounts paid for items not accepted and remove them at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:15. Miscellaneous
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Delivery Schedule) form part of this Contract. This Contract is made in English and Chinese, and both versions are equally authentic.
P:15.2 Neither party may assign this Contract without the other party's prior written consent.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Network and End-User Services Agreement

Agreement No. DMI-TF-2026-017

**Customer:** Chengdu Tianfu Cold Chain Logistics Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, People's Republic of China ("Customer").

**Provider:** Driftless Managed IT, Inc., a Wisconsin corporation, 265 High Street, Mineral Point, Wisconsin 53565, United States, acting through its service centre in Chengdu ("Provider").

Customer operates a head office and 14 temperature-controlled warehouses in western China. Customer wishes to outsource the operation of its network and end-user computing, and Provider agrees to provide managed services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2, and "Service Credits" means the credits calculated under Schedule 3.

1.3 "Transition" means the transfer of the operation of Customer's network and end-user environment to Provider, as described in Section 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate.

1.5 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or can access in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement does not renew automatically. The parties may extend it only by a written amendment signed by both of them.

## 3. Transition

3.1 Provider shall complete Transition within 75 days after signature, according to the transition plan agreed by the parties.

3.2 Transition is accepted when: (a) all network devices, servers and end-user devices listed in the asset register are discovered in Provider's monitoring platform; (b) the service desk has handled Customer's tickets for ten consecutive working days in parallel with Customer's current team, meeting the Service Levels; (c) the runbooks for every site have been approved by Customer's IT manager; and (d) the knowledge transfer sessions have been completed. Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met.

3.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000 in total.

## 4. Services and Service Levels

4.1 Provider shall perform the Services in Schedule 1 in a professional manner, with suitably qualified staff, and shall meet the Service Levels in Schedule 2.

4.2 If Provider fails to meet a Service Level, Customer is entitled to the Service Credits in Schedule 3. Service Credits are deducted from the next monthly invoice.

4.3 Provider shall deliver a monthly service report with the Service Level results, incidents, changes, capacity trends and improvement actions, and shall attend a monthly service review with Customer.

4.4 Provider shall keep the asset register, network diagrams and configuration records up to date and give Customer access to them at any time.

4.5 Provider shall staff the service desk in Mandarin from 07:00 to 23:00 China Standard Time every day and provide on-call engineers outside those hours. Provider shall keep spare switches and access points at its Chengdu service centre so that a failed device at any warehouse can be replaced within the restoration times in Schedule 2.

4.6 Provider shall carry out changes only through the change management process agreed in the runbooks. Emergency changes may be made to restore service in a Priority 1 incident and shall be reported to Customer on the next business day.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 1: a fixed Transition charge of CNY 84,000 and a fixed monthly charge of CNY 58,500 for the Term, in total CNY 2,190,000 inclusive of VAT.

5.2 The Transition charge is invoiced after Transition Acceptance. The monthly charge is invoiced monthly in arrears from the Service Commencement Date. No amount is payable before Transition Acceptance.

5.3 Customer shall pay each correct invoice within 30 days after receipt of a valid PRC VAT invoice.

5.4 The charges are fixed for the Term. Additional sites or users are charged at the unit rates in Schedule 1.

5.5 Provider shall not charge for travel to Customer's sites within Sichuan and Chongqing; travel to other sites requested by Customer is reimbursed at cost against receipts.

## 6. Customer Responsibilities

6.1 Customer shall give Provider's engineers access to its sites and systems as reasonably required, provide a named contact at each warehouse, and keep its software licences valid.

6.3 Customer shall inform Provider in advance of planned changes to its warehouses, systems or business hours that may affect the Services.

6.2 Customer shall approve or reject change requests within five working days.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Term.

## 8. Intellectual Property

8.1 Provider retains its monitoring platform, tools and methods.

8.2 The runbooks, configuration files, scripts and documentation prepared specifically for Customer belong to Customer, and Customer may use, modify and license them freely, including with a successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, use it only for this Agreement and not disclose it without the other party's prior written consent. This obligation continues for three years after the end of the Agreement.

## 10. Personnel and Subcontracting

10.1 Provider shall name a service delivery manager and shall give Customer notice before replacing that person.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all work of approved subcontractors.

10.3 Provider's engineers working at Customer's warehouses shall follow Customer's site safety and cold-store access rules, including the use of protective clothing.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss, including loss of profit.

11.2 Provider's total liability under this Agreement is limited to 125% of the total charges for the Term. This limit does not apply to personal injury, wilful misconduct or gross negligence.

## 12. Term Commitment and Remedies

12.1 Given the investment Provider makes in Transition, neither party may terminate this Agreement before the end of the Term, whether for convenience or for breach.

12.2 Customer's remedies for any failure of Provider to perform the Services are the Service Credits under Schedule 3 and a claim for damages under Section 11. Customer may also escalate a persistent failure to the parties' executive sponsors, who shall meet within ten working days to agree a remediation plan.

12.3 At the end of the Term, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 1, including the handover of all documentation and credentials to Customer or its successor.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## 14. General

14.1 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties. It is signed in English and Chinese, and both versions have equal effect.

14.2 Notices shall be in writing and delivered to the addresses above. Neither party may assign this Agreement without the other's prior written consent.

## Schedule 1 — Services and Charges

| Service | Scope | Charge (CNY) |
|---|---|---|
| Transition | discovery, asset register, runbooks, parallel run, knowledge transfer | 84,000 one-time |
| Network operations | 15 sites: routers, switches, Wi-Fi, firewalls, SD-WAN links, 24x7 monitoring | included in monthly charge |
| End-user services | service desk in Mandarin, 620 users, laptops and warehouse handhelds, patching | included in monthly charge |
| Server operations | 22 servers at head office, backups, patching | included in monthly charge |
| Monthly charge | fixed, 36 months | 58,500 per month |
| Additional user | per user per month | 72 |
| Exit assistance | per engineer day | 2,400 |

## Schedule 2 — Service Levels

| Measure | Service Level |
|---|---|
| Availability of the head office core network and warehouse WAN links | 99.95% per month per site |
| Priority 1 incident (site down, cold-store monitoring offline) | response within 30 minutes, restoration within 3 hours |
| Priority 2 incident (several users or one system affected) | response within 1 hour, restoration within 8 hours |
| Service desk calls | 90% answered within 60 seconds |
| Patch compliance of end-user devices | 95% within 21 days of release |

## Schedule 3 — Service Credits

| Failure | Service Credit |
|---|---|
| Availability below the Service Level at a site | 2% of the monthly charge for each 0.02 percentage point or part of it below the level |
| Priority 1 response or restoration late | CNY 1,500 per incident, plus CNY 500 per further hour |
| Service desk or patch compliance below the Service Level | 1% of the monthly charge per measure |
| Maximum Service Credits in a month | 20% of the monthly charge |
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. BSA-ZZ-2026-009

This Data Subscription and API Access Agreement (the "Agreement") is entered into between:

Zhengzhou Huanong Grain Trading Co., Ltd., Zhengdong New District, Zhengzhou, Henan Province, People's Republic of China ("Customer"); and

Big Stone Agri-Data, Inc., a Minnesota corporation, 55 Second Street Northwest, Ortonville, Minnesota 56278, United States ("Vendor").

Customer imports and trades soybeans, corn and wheat and needs timely crop condition, weather and production forecast data for the main exporting regions. Vendor operates a data platform that combines satellite imagery, weather station networks and field surveys. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the datasets and forecasts listed in clause 2.1, delivered through the API and the web dashboard.

1.2 "API" means Vendor's application programming interface, including its documentation, keys and sandbox environment.

1.3 "Subscription Year" means each of the two consecutive periods of the subscription. The first Subscription Year starts on the date of Integration Acceptance under clause 4; the second starts on the first anniversary of that date.

1.4 "Customer Inputs" means all information Customer submits to the API or dashboard, including query parameters, watch lists, field boundaries, portfolio locations and user account data.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access and use the following Data Products: (a) daily vegetation index and crop condition scores for the United States, Brazil, Argentina and the Black Sea region at county or municipality level; (b) gridded weather observations and 15-day forecasts; (c) weekly production and yield forecasts for soybeans, corn and wheat; and (d) historical archives of (a) to (c) from 2005.

2.2 Customer may use the Data Products internally for its trading, procurement, risk management and reporting, and may include limited extracts in reports to its banks and regulators. Customer may not resell the Data Products or publish them in bulk.

2.4 Customer may designate employees of its affiliates in mainland China as dashboard users within the 25 named users, provided Customer remains responsible for their use.

2.3 The subscription includes up to 2,000,000 API calls per Subscription Year and 25 named dashboard users. API calls above that volume are charged at CNY 0.06 per hundred calls and are invoiced quarterly in arrears.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee: CNY 468,000 for each Subscription Year, CNY 936,000 for the two Subscription Years;
(b) Integration support fee: CNY 42,000, one-time, for connecting the API to Customer's risk management system and building three dashboards;
Total fixed fees: CNY 978,000, inclusive of VAT.

3.2 No fee is payable before Integration Acceptance. The integration support fee is invoiced on Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

3.3 Customer shall pay each correct invoice within 30 days of receipt of a valid PRC VAT invoice issued by Vendor's appointed billing agent in Beijing. The fees are fixed for both Subscription Years.

3.4 Overage charges are not part of the fixed fees and are invoiced only when Customer exceeds the included volume. Vendor shall warn Customer by email when usage reaches 80% of the included volume.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall deliver API credentials, sandbox access and technical support within ten days after signature, and shall complete the integration support services within 50 days after signature.

4.2 Integration Acceptance occurs when: (a) Customer's risk management system retrieves all Data Products through the API for five consecutive trading days without failed scheduled jobs; (b) the data received matches the dashboard values for a sample of 200 regions chosen by Customer; (c) the three dashboards are delivered according to the agreed mock-ups; and (d) Customer's IT manager signs the Integration Acceptance certificate. Use of the sandbox or of the Data Products before that signature does not constitute acceptance.

4.3 If Integration Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay Customer CNY 150 for each day of delay.

4.4 Vendor shall provide a named integration engineer during the integration period and hold weekly progress calls with Customer's project team.

5. SERVICE LEVELS

5.1 Vendor shall keep the API and dashboard available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and performed on weekends.

5.2 Daily datasets shall be published by 07:00 China Standard Time on each business day, and weekly forecasts by 10:00 on Tuesdays.

5.3 Severity 1 incidents (API unavailable, or a daily dataset missing or corrupted) shall be responded to within one hour, at any time, and resolved within six hours. Severity 2 incidents shall be responded to within three business hours.

5.4 If monthly availability falls below the level in clause 5.1, or a daily dataset is published more than three hours late on more than two days in a month, Customer shall receive a service credit of 5% of one twelfth of the annual subscription fee for each such failure, up to 25% of that amount per month. Credits are deducted from the next invoice or, in the last month, refunded.

5.5 Vendor shall provide a status page and send email alerts to Customer's designated contacts for every Severity 1 incident, with updates at least every hour until resolution, and a written incident report within five business days.

6. DATA SECURITY AND CUSTOMER INPUTS

6.1 Customer Inputs belong to Customer. Vendor shall use Customer Inputs only to provide the Data Products and support to Customer, and shall not use them for any other purpose, including analytics, benchmarking or product development, whether or not aggregated or de-identified.

6.2 Vendor shall protect Customer Inputs with encryption in transit and at rest, key-based API authentication with IP allow-listing, role-based access for its staff, logging of all administrative access and annual independent security testing.

6.3 Vendor shall notify Customer of any unauthorised access to Customer Inputs or API keys within 24 hours after becoming aware of it, shall revoke compromised credentials immediately, and shall compensate Customer for losses caused by its failure to comply with this clause.

6.4 At the end of the Agreement, Vendor shall delete all Customer Inputs within 30 days and certify the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Vendor and its licensors own the Data Products, the API and the dashboard. Customer receives only the rights set out in clause 2.

7.2 The integration code, data mappings and the three dashboards built for Customer under clause 3.1(b) belong to Customer. Customer may use, modify and license them freely, and Vendor shall deliver their source code at Integration Acceptance.

7.3 Customer's own analyses, models and reports that use the Data Products belong to Customer.

8. DATA QUALITY

8.1 Vendor shall produce the Data Products with professional care, using the methods described in its documentation, and shall correct errors promptly after they are reported. Forecasts are estimates and Vendor does not guarantee their accuracy.

8.2 Vendor shall notify Customer at least 60 days in advance of any change to its methods or data sources that materially affects the Data Products.

8.3 Vendor shall maintain a change log for each dataset and make earlier versions of revised forecasts available through the API for at least 90 days.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract the provision of the Data Products or the integration support services without Customer's prior written consent. Vendor's satellite imagery and weather data suppliers are licensors, not subcontractors, for this purpose.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, or for trading losses arising from market movements.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fixed fees, except for fraud, wilful misconduct and Customer's payment obligations.

10.3 Vendor shall defend Customer against any claim that the Data Products or the API, used in accordance with this Agreement, infringe the intellectual property rights of a third party, and shall pay the damages and costs awarded.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If Customer terminates for Vendor's breach, Vendor shall refund the subscription fees paid for the period after termination.

11.3 Clauses 6, 7 and 10 survive termination.

12. DISPUTES

12.1 The parties shall try to resolve disputes through good-faith negotiation. Any dispute not resolved within 30 days shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final and binding.

13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above, with a copy by email to the contacts named in the order schedule.

13.2 This Agreement is signed in English and Chinese. Both versions have equal effect.

13.3 Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business. Failure to enforce any provision is not a waiver.

13.4 Neither party is responsible for a failure caused by events beyond its reasonable control, such as natural disasters or a failure of public networks, if it notifies the other party promptly.

Signed for Customer: ____________________
Signed for Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1065z01_housing_bureau_dangerous_building_platform.pdf", Z01),
    "z02": ("h1065z02_spray_bottle_line_control_retrofit.docx", Z02),
    "z03": ("h1065z03_trampoline_chain_booking_saas.txt", Z03),
    "z04": ("h1065z04_prison_electronic_fence_om_service.txt", Z04),
    "z05": ("h1065z05_porcelain_studio_process_tracking_supplier_template.md", Z05),
    "e01": ("h1065e01_qms_perpetual_licence_little_falls_vendor.pdf", E01),
    "e02": ("h1065e02_ehs_saas_order_form_minocqua_vendor.md", E02),
    "e03": ("h1065e03_cement_condition_monitoring_sensors.docx", E03),
    "e04": ("h1065e04_cold_chain_managed_network_services.md", E04),
    "e05": ("h1065e05_crop_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, capped (goods only), deemed, contract_value)
LABELS = {
    "z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 7, False,
                                True, False, "PRC", G), True, True, True, False, 1988000),
    "z02": ("zh", "hardware", T(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 27, False,
                                True, False, "PRC", G), True, True, True, False, 1790000),
    "z03": ("zh", "cloud", T(99.5, 0.5, True, "buyer", True, True, True, 0.06, 200, None, True, None, None, None, True,
                             True, False, "PRC", S), True, True, None, False, 1002000),
    "z04": ("zh", "services", T(99.95, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None,
                                False, True, True, "PRC", S), True, True, None, False, 846000),
    "z05": ("zh", "software", T(None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None,
                                False, True, None, None, G), False, False, False, True, 360000),
    "e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True,
                                False, "Minnesota", G), True, True, True, False, 1660000),
    "e02": ("en", "cloud", T(99.95, 1, False, "buyer", True, False, True, 500 / 680000 * 100, 6 / 24 * 100, None, True,
                             None, None, None, False, True, False, "PRC", S), True, True, None, False, 680000),
    "e03": ("en", "hardware", T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8.5, False,
                                True, False, "PRC", G), True, True, True, False, 1540000),
    "e04": ("en", "services", T(99.95, 0.5, True, "buyer", False, True, True, 2000 / 2190000 * 100, 125, None, True,
                                None, None, None, False, False, False, "PRC", S), True, True, None, False, 2190000),
    "e05": ("en", "cloud", T(99.95, 1, True, "buyer", True, True, False, 150 / 978000 * 100, 150, None, True, None,
                             None, None, False, True, False, None, S), True, True, None, False, 978000),
}

# design: the rules each draft was written to fire, the forum-outside-mainland flag (not a label key) and, for
# goods / licences, the itemised licence / hardware fee base used for TCO
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
}
FORUM_OUTSIDE = {"e01"}
FEE_BASE = {"z01": 1160000, "z02": 1520000, "z05": 186000, "e01": 1240000, "e03": 1293200}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (section 3) and the 5-year TCO horizon
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key, t, value):
    """Post-warranty fee share of 5-year TCO (policy section 4); None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (value + fees) * 100


def derive(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value = LABELS[key]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, value)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan (self-tested) and read-back
# ---------------------------------------------------------------------------------------------------------------
NUM = r"(?<![\d.,])"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    NUM + r"99\.9(?![\d])",
    NUM + r"0?\.050*(?![\d])",
    r"万分之五(?![十])", r"千分之零点五", NUM + r"0\.5\s*‰",
    NUM + r"(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一百)(?![一二三四五六七八九点])",
    NUM + r"4\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)",
    r"(?<![一二三四五六七八九十百零两])四个?小时",
    r"(?<!twenty)(?<!twenty-)four-?\s*(?:hours?|hrs?)",
    NUM + r"12\s*-?\s*(?:months?|个月|mos?\b)",
    r"十二个月", r"twelve\s*-?\s*months?", r"one\s*-?\s*years?(?![a-z])", NUM + r"1\s*-?\s*years?(?![a-z])",
    r"一年", r"壹年",
]]
MUST_HIT = ["99.9%", "availability 99.9 %", "0.05%", "0.05 %", "万分之五", "30%", "30 %", "百分之三十", "15%", "40 percent",
            "100%", "4 hours", "4小时", "4 个小时", "四小时", "within four hours", "12 months", "12个月", "十二个月",
            "twelve months", "one year", "1 year", "一年", "within4hours", "cap of 100 per cent"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "0.08%", "24 hours", "24小时", "二十四小时", "十四小时", "130%", "150%", "1.15%",
             "115%", "12.5 months", "120 months", "万分之六", "万分之五十", "0.5%", "3 hours", "14 hours", "36 months",
             "2,400", "CNY 1,150", "1,040,000", "18 months", "twenty-four hours", "first anniversary"]


def hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def check_sums():
    assert 1160000 + 684000 + 118000 + 26000 == 1988000
    assert 628000 + 386000 + 244000 + 198000 + 64000 == 1520000
    assert 1520000 + 156000 + 98000 + 16000 == 1790000 and round(1520000 * 0.27) == 410400
    assert 30 * 14800 == 444000 and 2 * 444000 + 96000 + 18000 == 1002000
    assert 846000 / 4 == 211500
    assert 186000 + 142000 + 24000 + 8000 == 360000 and 360000 * 65 // 100 == 234000 and 360000 * 35 // 100 == 126000
    assert 1240000 + 386000 + 34000 == 1660000 and round(1240000 * 0.11) == 136400 and round(1160000 * 0.07) == 81200
    assert 280 * 1150 == 322000 and 2 * 322000 + 36000 == 680000
    assert 420 * 1380 == 579600 and 260 * 640 == 166400 and 24 * 9800 == 235200
    assert 579600 + 166400 + 235200 + 312000 == 1293200 and 1293200 + 148000 + 76800 + 22000 == 1540000
    assert round(1293200 * 0.085) == 109922
    assert 36 * 58500 + 84000 == 2190000
    assert 2 * 468000 + 42000 == 978000


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    check_sums()
    sources = {k: v[1] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    for k, (name, src) in FILES.items():
        lab = label(k)
        rules = lab["expected_rules"]
        if rules != sorted(DESIGN[k]):
            problems.append((k, "rules differ from design", rules, sorted(DESIGN[k])))
        fired.update(rules)
        t = lab["expected_terms"]
        for key, th in TH.items():
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append((k, "label on threshold", key))
        share = tco_share(k, t, lab["expected_extra"]["contract_value"])
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append((k, "TCO share near threshold", share))
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            h = hits(variant)
            if h:
                problems.append((k, "threshold figure in text", h))
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        tco = "" if share is None else " TCO share %.2f %%" % share
        print("%s %-66s %5d %s risk=%s %s%s" % (k, name, n, "ok" if ok else "OUT OF RANGE", risk(rules),
                                                 ",".join(r[3:] for r in rules) or "(none)", tco))
        if not ok:
            problems.append((k, "length", n))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
