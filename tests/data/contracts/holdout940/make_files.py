"""holdout940: builds the ten blind held-out drafts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf are built
with ../word_pdf.py (PDFs broken at word boundaries). Labels are written from LABELS below; each draft's rules are
derived from its label by my own reading of policy section 3 and compared with DESIGN; coverage of the 20 CR rules,
the text lengths and the absence of threshold figures are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:网络货运监管平台软件许可及定制开发合同
P:合同编号：SJT-ZFCG-2027-0418
P:采购人（甲方）：某市交通运输局
P:供应商（乙方）：某某智运信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：SJT-GK-2026-0733）、乙方投标文件和中标通知书，甲乙双方就网络货运监管平台的软件许可与定制开发事项，经协商一致订立本合同。招标文件、投标文件、澄清材料及中标通知书均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供网络货运监管平台软件V5.0的永久使用许可，不限用户数和终端数，部署于甲方指定的政务云环境。
P:1.2 乙方按甲方需求完成以下定制开发：运单、资金流水与车辆轨迹的穿透式核验；异常企业与异常运单预警模型；行业运行监测驾驶舱；与省级网络货运信息监测系统、道路运输电子证照系统、税务发票平台的数据接口。
P:1.3 合同总价为人民币贰佰贰拾伍万元整（¥2,250,000），其中：平台软件许可费¥1,180,000，定制开发费¥760,000，数据接口开发费¥214,000，部署实施及培训费¥96,000。合同总价为固定价格，已包含税费、差旅、培训及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第二条 交付与实施
P:2.1 乙方应于合同签订后九十日内完成平台部署和全部定制功能开发，并向甲方书面提交初验申请。初验合格后，平台进入九十日试运行期。
P:2.2 乙方应派驻项目经理一名及不少于六名开发、测试人员，人员名单经甲方确认后不得擅自更换；确需更换的，应提前十日书面报甲方同意。
P:2.3 乙方应为甲方业务人员和系统管理员提供不少于六个课时的操作培训和运维培训，并提交培训教材。
P:2.4 乙方应交付的成果包括：平台安装介质及许可文件、定制功能模块、接口程序、源代码、需求规格说明书、设计文档、测试报告、部署文档、用户手册和培训教材。交付物应使用中文，以电子版和纸质版各一套提交甲方。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台最终验收合格并由双方签署验收报告后十五个工作日内，甲方支付合同总价的35%。
P:3.4 甲方通过国库集中支付方式付款。因财政资金审批流程造成的合理延迟，不视为甲方违约。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（银行保函形式），最终验收合格后十个工作日内无息退还。
H:第四条 验收
P:4.1 验收依据为招标文件技术需求、本合同及双方确认的需求规格说明书。验收标准包括：（1）需求规格说明书所列功能逐项测试通过；（2）与省级监测系统的数据上报连续十五日无积压、无丢失，核验结果与抽样人工核对一致；（3）在500个并发用户下页面平均响应时间不超过3秒；（4）通过第三方测评机构的网络安全等级保护测评和商用密码应用安全性评估；（5）移交源代码、数据库设计文档、部署文档和操作手册。
P:4.2 试运行期满且期间未发生一级、二级故障的，甲方组织最终验收。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
P:4.3 平台上线运行、甲方实际使用或支付部分款项，均不视为验收合格。
H:第五条 质量保证与维护
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配以及远程和现场技术支持。
P:5.2 质保期满后如甲方需要，双方另行签订维护服务合同，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），且在质保期满后前两个服务年度内不得上调。维护服务合同不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.2 故障分级及响应：一级故障（平台整体不可用或数据接口中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障（主要功能异常）1小时内响应，8小时内解决；三级故障在下一工作日内解决。乙方应提供7×24小时服务热线，并指定专人对接。
P:6.3 乙方响应或恢复超时的，每超时1小时向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付违约金¥2,000。上述款项可从应付款项中直接扣除。
H:第七条 知识产权
P:7.1 平台软件的著作权仍属乙方所有，甲方在许可范围内永久使用。
P:7.2 本项目定制开发的功能模块、预警模型、数据接口程序及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用并许可他人使用。乙方保证交付成果不侵犯任何第三方的合法权利。
H:第八条 数据安全
P:8.1 平台汇集的运单、资金流水、车辆轨迹、企业及从业人员信息等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的要求，落实访问控制、加密存储与传输、操作审计等措施；运维操作须经甲方堡垒机进行，严禁将数据带出甲方政务云环境。
P:8.3 发生数据安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第九条 保密
P:双方对在履行本合同中知悉的对方未公开的业务、技术和管理信息承担保密义务，未经对方书面同意，不得向任何第三方披露。乙方应与参与本项目的全部人员签订保密承诺书。保密义务在本合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定的，应免费修复或重做；因乙方原因给甲方造成损失的，乙方应予赔偿。
P:10.3 甲方无正当理由逾期付款的，按全国银行间同业拆借中心公布的同期贷款市场报价利率支付逾期利息。
H:第十一条 分包
P:乙方不得转包本项目。确需将非主体、非关键性工作分包的，应事先取得甲方书面同意，且乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
P:12.3 合同解除后，乙方应在十日内移交已完成的成果和甲方全部数据，并配合甲方完成系统迁移。
H:第十三条 法律适用与争议解决
P:本合同的订立、效力、解释和履行适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，具有同等法律效力，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2027年3月____日
"""

Z02 = """T:汽车座椅头枕生产线控制系统改造合同
P:合同编号：TZ-SB-2027-0106
P:甲方（买方）：某某汽车座椅头枕制造有限公司
P:乙方（卖方）：某某工业自动化工程有限公司
P:甲方为提升发泡、包覆及装配三条头枕生产线的自动化水平和数据采集能力，委托乙方对上述生产线的控制系统实施改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线的控制系统改造，包括：更换PLC控制柜及I/O模块；更换发泡机、包覆机的伺服驱动与变频器；新建产线工业以太网；部署设备数据采集网关；提供组态及上位机软件许可；完成控制程序设计编程、安装调试和人员培训。
P:1.2 改造应在甲方停线窗口内分线实施，每条线停线时间不超过十日，乙方应事先提交停线切换方案并经甲方确认。
P:1.3 甲方负责提供施工所需的电源、压缩空气、临时场地和停线窗口，并指定设备部联系人协调现场工作。乙方应遵守甲方厂区安全、消防和动火作业管理规定，其施工人员应经甲方安全培训后方可进场。
P:1.4 乙方应在改造前完成现场勘察，核对原有设备、线缆和工艺要求；因勘察遗漏导致的增补材料和工作量，由乙方自行承担。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾肆万元整（¥2,240,000），为含税固定总价，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|3套|1,086,000
TB:2|伺服驱动及变频器|46台|338,000
TB:3|工业以太网交换机|18台|116,000
TB:4|设备数据采集网关|12台|172,000
TB:5|组态及上位机软件许可（永久）|3套|248,000
TB:|软硬件小计||1,960,000
TB:6|控制程序设计及编程|1项|168,000
TB:7|安装调试|1项|84,000
TB:8|操作及维护培训|1项|28,000
TB:|合同总价||2,240,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。除经甲方书面确认的设计变更外，甲方不再支付任何其他费用。
P:2.3 乙方所供设备应为原厂全新产品，型号、规格和产地与附件设备技术规格书一致，不得以翻新件或替代型号交付。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 合同总价的5%作为质量保证金，质保期满且无遗留问题后十个工作日内无息支付。
H:第四条 交付与验收
P:4.1 乙方应在合同生效后六十日内完成设备到货，一百二十日内完成三条生产线的改造和调试。
P:4.2 验收标准：（1）各产线I/O点位逐一测试正确，联锁与急停功能全部有效；（2）发泡温度、注料量等关键工艺参数的控制偏差在工艺文件允许范围内；（3）连续生产七十二小时无控制系统原因停线；（4）采集网关数据完整上传至甲方MES系统，与现场仪表读数一致；（5）产线节拍不低于改造前水平。
P:4.3 各产线调试完成后进入三十日试生产，试生产期满且满足上述标准的，双方签署最终验收报告。产线投入生产或甲方付款均不视为验收合格。
P:4.4 乙方应在最终验收前移交电气原理图、接线图、I/O点表、程序备份、设备说明书、调试记录和操作维护手册，上述资料为验收的必备条件。
H:第五条 质量保证
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备和部件，并免费提供程序修改和软件升级。
P:5.3 乙方应在甲方厂区备有常用易损备件，并保证所供设备停产后至少七年内仍能提供同型号或兼容的备件。
P:5.2 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、程序维护及驻厂工程师），年度维保费为软硬件小计的28%，即每年¥548,800，在质保期满后的维保期内固定不变。
H:第六条 售后服务水平
P:6.1 故障分级：一级故障指导致整条产线停线的故障；二级故障指影响部分工位或数据采集的故障；三级故障指其他一般问题。
P:6.2 一级故障乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障2小时内响应，次日内处理完毕；三级故障在三个工作日内处理。乙方应提供7×24小时服务电话。
P:6.4 质保期内乙方每季度对三条产线的控制系统进行一次预防性巡检，检查程序备份、柜内温湿度、接线端子和网络状态，并提交巡检报告。
P:6.3 乙方响应、到场或恢复超时的，每超时1小时向甲方支付违约金¥800；因超时造成甲方停线损失的，乙方另行赔偿。
H:第七条 知识产权
P:7.1 组态及上位机软件的著作权属原厂所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC控制程序、上位机画面、数据采集配置及其源程序的知识产权归甲方所有，乙方应在验收时全部移交，甲方有权自行修改或委托他人修改。
H:第八条 数据安全
P:8.1 生产工艺参数、产量质量数据、设备运行数据及配方均属甲方所有，乙方不得用于本合同以外的任何目的，不得复制或带离甲方厂区。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的远程接入通道进行，全程记录日志；乙方应对其人员及工具的网络安全负责，不得接入未经查杀的移动存储介质。
P:8.3 因乙方原因发生病毒感染、数据泄露或数据丢失的，乙方应在2小时内通知甲方，负责恢复并赔偿甲方全部损失。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方产品图纸、工艺配方、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得披露。乙方应对其派驻人员进行保密教育，未经甲方许可不得在生产现场拍照或录像。本条在合同终止后继续有效。
H:第十条 分包
P:乙方可将现场电气安装、桥架和网络布线工作分包给具备相应资质的第三方，但应提前五个工作日书面通知甲方，并对分包方的工作承担连带责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成到货或改造的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:11.2 因乙方原因导致产线改造后无法达到验收标准的，乙方应在十五日内整改；整改后仍不合格的，甲方有权退货并要求乙方返还已付款项。因乙方施工原因损坏甲方原有设备或模具的，乙方应负责修复或照价赔偿。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。合同解除后，乙方应配合甲方恢复产线正常生产，并移交已完成部分的程序和技术资料。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交常州仲裁委员会按其仲裁规则仲裁。争议解决期间，双方应继续履行本合同的其他部分。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议。附件：设备技术规格书、停线切换方案。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

Z03 = """旱地滑雪培训门店预约及会员管理系统（SaaS）服务合同

合同编号：HDXX-IT-2027-007
甲方：某某旱地滑雪运动培训连锁有限公司
乙方：某某云软件科技有限公司

甲方在全国经营三十家旱地滑雪培训门店，现采购乙方的课程预约及会员管理SaaS服务及相应实施服务。双方依据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店提供课程预约及会员管理SaaS系统的订阅服务，功能包括：微信小程序预约与排课、教练排班、会员卡与课时包管理、储值与退费、体验课转化跟踪、场地与器材管理、门店经营报表及总部驾驶舱。
2. 账号数量：每家门店不超过十五个员工账号，总部不超过四十个管理账号；会员端不限数量。
3. 系统部署在乙方租用的境内公有云上，乙方负责系统运行、安全防护、备份和版本升级，升级不得降低已有功能，重大版本升级应提前七日通知甲方并提供更新说明。
（二）实施服务
1. 乙方负责系统初始化配置、三十家门店的课程与价格体系配置、原有会员及剩余课时数据迁移、与甲方微信支付商户号及财务系统的对接。
2. 乙方按甲方要求定制开发总部经营分析报表十二张及门店教练绩效报表，并对门店店长、前台及教练进行培训。
3. 实施期为服务起始日起六十日，分三批上线，每批十家门店。
（三）支持服务
1. 乙方为甲方指定专属客户成功经理，负责需求对接、问题协调和季度服务回顾。
2. 乙方提供7×24小时在线客服和电话支持热线，门店员工可通过小程序内的工单入口提交问题。
3. 服务期内，乙方对门店新入职员工提供每季度不少于一次的远程培训，并持续更新操作手册和培训视频。

二、服务期限
（一）本合同服务期为两个服务年度，自2027年4月1日起至2029年3月31日止。第一个服务年度为2027年4月1日至2028年3月31日，第二个服务年度为2028年4月1日至2029年3月31日。
（二）服务期满前六十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期年度的订阅费由乙方按其届时标准价目表确定，并于续期前三十日通知甲方，甲方未提出异议的视为接受。

三、服务费用
（一）订阅费：每家门店每个服务年度人民币9,600元，三十家门店每个服务年度288,000元，两个服务年度合计576,000元。
（二）实施费：人民币138,000元（含配置、数据迁移、支付及财务系统对接、定制报表开发和培训），为固定价格。
（三）本合同总价为人民币714,000元，已含增值税。除经甲方书面确认的新增需求外，甲方无需支付其他费用。

四、付款方式
（一）每个服务年度的订阅费，甲方在该服务年度开始后十五个工作日内凭乙方发票一次性支付。
（二）实施费在三十家门店全部上线并通过验收后十五个工作日内一次性支付。甲方不向乙方支付任何预付款。
（三）乙方应在每次付款前开具合法有效的增值税专用发票。

五、上线验收
（一）每批门店上线后，甲方按以下标准进行验收：1. 约定功能逐项测试通过；2. 迁移后的会员数量、剩余课时及储值余额与原系统逐户核对一致；3. 微信支付、退款及与财务系统的对账结果一致；4. 在高峰时段一千名会员同时在线预约时，预约提交响应时间不超过2秒；5. 定制报表数据与抽查的原始单据一致。
（二）三批门店全部验收合格后，双方签署整体验收报告。系统上线使用或甲方付款不视为验收合格。

六、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间并提前三日通知甲方。
（二）故障响应：一级故障（系统无法登录、无法预约或无法支付）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；三级故障在两个工作日内解决。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的2%给予服务抵扣，单月累计不超过当月订阅费的20%；一级故障响应超时的，每超时1小时抵扣1,000元。
（四）乙方每月向甲方提交服务报告，列明可用率、故障处理及抵扣情况。甲方对报告有异议的，双方以乙方监控日志和甲方门店记录共同核对确定。

七、知识产权
（一）SaaS系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表、数据接口程序及配置成果的知识产权归甲方所有，甲方可自由使用、修改或交由第三方继续开发。
（三）乙方保证甲方使用本系统不侵犯任何第三方的知识产权；因此引起的索赔由乙方负责处理，并赔偿甲方由此遭受的损失。

八、数据安全与数据归属
（一）会员信息、预约记录、交易流水、教练及员工信息等甲方业务数据归甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他目的，不得向第三方提供。
（二）乙方应取得网络安全等级保护第三级备案，对个人信息进行加密存储，实施最小权限访问控制和操作日志审计，每日备份数据并至少保留三十日。
（三）发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的通知义务，并赔偿甲方因此遭受的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除，并出具删除证明。
（五）乙方每个服务年度应委托有资质的第三方机构开展渗透测试，并将测试结论及整改情况书面提交甲方。

九、保密
双方对在合作中获知的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露，本义务在合同终止后三年内有效。

十、违约责任
（一）乙方未按约定完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同数据安全或保密义务的，除赔偿损失外，甲方有权解除合同。乙方实施人员违反甲方门店管理规定造成损失的，由乙方赔偿。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同服务转包，亦不得将系统运维交由第三方承担。实施服务中的任何部分需要分包的，应事先取得甲方书面同意。

十二、合同解除
（一）任何一方严重违约，经对方书面催告后十五日内未纠正的，守约方有权解除本合同。
（二）因乙方原因连续两个月可用率低于承诺值的，甲方有权解除本合同，乙方应退还未履行期间的订阅费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。

十四、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致一方不能履行合同的，该方应及时通知对方并在十五日内提供证明，可根据影响程度部分或全部免除责任，但乙方应尽力恢复服务并保护甲方数据。公有云服务商的一般性故障不构成不可抗力。

十五、其他
本合同附件包括：功能清单、门店名单、数据迁移方案、服务水平说明，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """桥梁限高防撞预警系统年度运维服务合同

项目名称：桥梁限高防撞预警系统2027年度运维服务
采购方式：竞争性磋商（项目编号：CGJ-CS-2026-112）
合同编号：CGJ-YW-2027-003

甲方：某市城市管理局
乙方：某某交通智能工程有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就桥梁限高防撞预警系统的年度运维服务订立本合同。

第一条 服务范围
（一）运维对象为本市二十四处桥梁及下穿通道的限高防撞预警系统，包括：前端激光超高检测器、高清抓拍摄像机、LED预警情报板、声光报警器、柔性限高防撞装置、路侧控制机柜、通信链路，以及部署于甲方机房的预警管理平台。设备清单见附件一。
（二）服务内容包括：1. 每月对全部站点开展一次例行巡检，检查检测器对准、摄像机画面、情报板显示、机柜供电及防雷接地；2. 设备故障的诊断、维修和备件更换；3. 预警管理平台的日常运行维护、数据备份、版本修补及安全加固；4. 汛期、冰雪天气及重大活动期间的应急值守；5. 每月提交超高车辆预警统计和设备运行分析报告；6. 配合甲方及交警部门调取超高车辆抓拍证据。
（三）单件价格在三千元以下的备件由乙方承担；超过该金额的备件，由乙方报价并经甲方书面确认后更换，费用另行结算。
（四）因道路改造需要迁移站点设备的，乙方应配合拆除、保管和重新安装调试，单次迁移工作量在两个站点以内的不另行收费。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方依法重新组织采购，本合同不自动续期。新旧运维单位交接期间，乙方应按本合同标准继续提供服务，交接期最长不超过三十日，费用按日折算。

第三条 合同价款与支付
（一）合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括：例行巡检费196,000元，故障维修及常用备件费214,000元，平台运维费98,000元，数据分析及报告费46,000元，应急值守费32,000元。
（二）运维费按季度支付。每季度结束后，甲方按第六条进行季度考核，并在考核结果确认后十五个工作日内支付该季度运维费146,500元，扣除按本合同计算的扣款。
（三）甲方不支付预付款。乙方应在每次付款前开具合法发票。
（四）乙方应在合同签订前提交合同总价5%的履约保证金，以银行转账或保函形式缴纳。

第四条 服务水平
（一）故障等级：一级故障指预警系统失效、柔性防撞装置损坏或情报板误报导致交通管制；二级故障指单一设备失效但系统仍能预警；三级故障指不影响预警功能的一般性问题。
（二）响应与修复时限：一级故障30分钟内响应，1小时内到达现场，6小时内恢复预警功能；二级故障1小时内响应，24小时内修复；三级故障在三个工作日内修复。
（三）乙方应提供7×24小时值班电话，接到甲方或交警部门通知后立即派员处置。
（四）考核扣款：一级故障响应、到场或恢复每超时1小时，扣减运维费500元；二级故障每超时1小时扣减200元；当月巡检缺漏一个站点的，扣减300元。
（五）乙方应通过预警管理平台对各站点设备在线状态进行实时监测，发现设备离线、通信中断的，应在接到平台告警后主动处置，不得以甲方未通知为由延误。

第五条 人员与工作要求
（一）乙方应组建不少于八人的运维团队，其中项目负责人一名、持证电工不少于三名，人员名单报甲方备案，更换须经甲方同意。
（二）乙方在道路上作业时，应按规定设置作业区警示标志并落实交通疏导，因作业不当引发的交通事故和人身伤害由乙方承担全部责任。
（三）乙方应配备运维车辆、高空作业车及必要的检测仪器。
（四）乙方应在服务起始后十五日内完成全部站点的现状普查，建立设备档案，对发现的既有缺陷列出清单报甲方，经甲方确认的既有缺陷按第一条第（三）项处理。
（五）乙方应对甲方值班人员开展不少于两次的系统操作培训，并在服务期内持续更新操作手册。

第六条 考核与验收
（一）季度考核标准：1. 巡检记录完整，全部站点每月巡检到位；2. 故障工单按时限闭环，且有现场照片和处理记录；3. 抽查的超高预警记录与抓拍图片一致；4. 平台数据备份可成功恢复；5. 月度报告按时提交。考核由甲方组织，结果作为付款依据。季度考核不合格的，乙方应在十日内提交整改报告，整改完成并经甲方复核后方可支付该季度运维费；连续两个季度考核不合格的，甲方有权解除合同。
（二）服务期满后，甲方按磋商文件的服务要求及上述标准组织年度验收，验收内容包括设备完好情况、运维档案和平台运行状况。乙方应移交完整的运维档案、备件台账、系统账号密码和配置文件。年度验收合格后，甲方退还乙方履约保证金。

第七条 数据安全
（一）系统采集的超高车辆图片、车牌信息、预警记录及平台运行数据均归甲方所有，乙方仅为运维目的访问，不得复制、留存或用于其他用途，不得向任何第三方提供。
（二）乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的要求，远程运维须经甲方审批并通过甲方堡垒机进行，运维账号专人专用，操作全程留痕。
（三）因乙方原因造成数据被篡改、丢失或被非法获取的，乙方应在1小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失和法律责任。
（四）合同终止时，乙方应交回全部系统账号，删除其设备中存储的系统数据，并书面确认。

第八条 知识产权
乙方在本合同履行中形成的运维报告、巡检记录、配置脚本及统计分析成果归甲方所有，甲方可自由使用和修改。

第九条 违约责任
（一）乙方未按约定时间完成巡检或未在甲方书面通知的期限内完成整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）乙方全年累计发生三次以上一级故障超时的，甲方有权解除合同。
（三）乙方原因造成第三方人身或财产损害的，由乙方自行承担赔偿责任。
（四）乙方提交的运维记录、报告存在虚假内容的，甲方有权扣减当季度运维费的5%，并要求乙方重新提交。

第十条 转包与分包
乙方不得将本合同服务转包或分包给任何第三方。

第十一条 合同解除
乙方严重违约，经甲方书面通知后七日内仍未改正的，甲方有权解除本合同，并按实际完成的服务结算费用，乙方应赔偿甲方因此遭受的损失。合同解除后，乙方应在七日内完成运维档案、备件、账号和配置文件的移交，并配合新的运维单位做好交接，交接期间不得中断应急处置。

第十二条 不可抗力
因台风、暴雨、地震等不可抗力导致设备损坏或服务中断的，乙方应及时报告甲方并尽力抢修，相关时限可相应顺延；因不可抗力损坏的设备，其修复费用由双方另行协商。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。附件：一、设备清单；二、站点分布图；三、磋商文件服务要求。

甲方（盖章）：                 乙方（盖章）：
"""

Z05 = """# 匠链工艺流程追溯系统 软件许可及定制开发合同

**（乙方标准合同文本 JYK-HT-V3.0）**

合同编号：JYK-2027-0215

甲方（用户）：某某竹丝扣瓷艺术工作室
乙方（供方）：成都某某匠链软件有限公司

鉴于甲方从事竹丝扣瓷工艺品的设计、制作与销售，需要对选竹、破篾、抽丝、胎瓷检验、扣丝编织、收口及成品检验等工序进行流程记录和成品溯源；乙方拥有“匠链工艺流程追溯系统”的著作权并具备相应开发能力。双方经协商，就软件许可及定制开发事宜签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠链工艺流程追溯系统V3.0标准版的使用许可，许可方式为永久许可，部署于甲方自有服务器，授权用户数为二十个。

1.2 乙方根据甲方需求进行以下定制开发：竹丝扣瓷工序模板及工时记录；匠人与作品档案；胎瓷批次与竹丝批次关联；成品一物一码溯源页面；订单与定制作品进度看板；与甲方网店后台的订单接口。

1.3 具体功能以双方签字确认的《需求确认单》为准，需求确认后的变更按第四条另行计费。

1.4 软件许可仅限甲方在其工作室内部使用，不得用于为第三方提供服务；超出二十个授权用户的，每增加一个用户按乙方当期报价另行购买。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺流程追溯系统V3.0软件许可（永久，二十用户） | 168,000 |
| 2 | 定制开发（工序模板、档案、批次关联、溯源页面、看板、订单接口） | 236,000 |
| 3 | 部署及培训 | 26,000 |
| | 合计 | 430,000 |

合同总价为人民币肆拾叁万元整（¥430,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币279,500元，乙方收到该款项后启动开发工作。

3.2 系统部署完成后五个工作日内，甲方支付合同总价的35%，即人民币150,500元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停开发和技术服务，由此导致的工期延误由甲方负责。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要增值税专用发票的，应在付款前书面告知。

## 第四条 开发与交付

4.1 乙方计划于收到首期款后七十五个工作日内完成开发和部署。因甲方需求变更、资料提供不及时、服务器环境未就绪或其他非乙方原因导致延误的，交付时间相应顺延。

4.2 需求确认后甲方提出变更的，乙方按每人日2,400元另行收费，工期相应顺延。

4.3 甲方应提供符合乙方配置要求的服务器、操作系统和网络环境，并指定专人配合需求调研和测试。

4.4 乙方提供一次现场培训，时长为一个工作日，参加人数不超过十人；甲方要求增加培训的，按乙方报价另行收费。

4.5 乙方根据项目进度安排其自有开发人员，甲方指定的联系人应予配合。

4.6 乙方交付的成果为：系统安装程序、许可文件、用户操作手册。源代码及设计文档不在交付范围之内。

## 第五条 验收

5.1 系统部署完成后，乙方通知甲方进行确认。系统部署完成之日起即视为甲方验收合格，甲方应在部署完成后三日内签署确认单。

5.2 甲方在部署后发现的问题，按第六条的维护约定处理，不影响验收结论和付款。

5.3 甲方在部署完成后开始使用系统录入业务数据的，视为对系统全部功能的认可，甲方不得再以功能不符为由拒付款项。

## 第六条 免费维护与技术支持

6.1 乙方自系统部署完成之日起提供六个月的免费维护，内容包括软件缺陷修复和使用咨询。

6.2 乙方在工作日9:00至18:00通过电话、微信群和远程方式提供技术支持，乙方将根据问题情况尽快安排处理。节假日期间的支持请求顺延至节后第一个工作日处理。因甲方操作不当、服务器故障或第三方软件引起的问题不属于免费维护范围。

6.4 免费维护期内，乙方发布的标准版小版本补丁可免费提供；大版本升级、新增功能及系统迁移需另行付费。乙方上门服务的，差旅费由甲方承担。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费按乙方当年度公布的服务价目表收取。

## 第七条 知识产权

7.1 匠链工艺流程追溯系统及其所有版本的著作权归乙方所有。

7.2 乙方为甲方定制开发的工序模板、溯源页面、订单接口及相关源代码、文档的知识产权均归乙方所有。甲方在本合同约定的许可范围内享有非独占的使用权，不得修改、反向工程，不得自行或委托第三方进行二次开发，亦不得转让或许可他人使用。

7.3 乙方有权将本项目的定制功能纳入其标准产品，向其他客户销售。

7.4 甲方的商标、作品图片和匠人肖像仍归甲方或相关权利人所有；乙方在行业案例中使用甲方名称和作品图片的，甲方同意不另行收费。

## 第八条 数据

8.1 甲方在系统中录入的工艺记录、匠人档案、作品图片和订单信息归甲方所有。

8.2 甲方同意，乙方可将上述数据进行脱敏处理后，用于乙方产品改进、工艺数据模型训练以及行业案例展示，甲方不就此收取任何费用。

8.3 乙方对其远程维护行为采取账号权限控制和操作日志记录措施，远程登录须经甲方确认；乙方保存的数据副本应加密存储。因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后两个工作日内通知甲方，协助恢复数据，并赔偿甲方因此遭受的直接损失。

8.4 合同终止后，甲方如需乙方协助导出数据，乙方按人日费用另行收费。

## 第九条 保密

双方对在合作中知悉的对方技术资料、工艺诀窍、客户名单和价格信息负有保密义务，未经对方书面同意不得向第三方披露，但第八条第8.2款约定的使用除外。保密期限为本合同终止后三年。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施或者赔偿损失等违约责任。

10.2 因服务器、网络、第三方软件或甲方操作原因造成系统运行异常的，乙方不承担责任。

10.3 乙方交付的系统存在缺陷的，乙方的责任仅限于在免费维护期内进行修复。乙方对甲方的间接损失、预期利润损失和商誉损失不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同因甲方原因解除的，甲方已支付的款项不予退还。

11.3 因不可抗力致使合同目的无法实现的，双方均可解除本合同，互不承担违约责任，乙方已完成的工作按实际工作量结算。

## 第十二条 通知

双方往来通知以书面形式或电子邮件发送至本合同首页所列地址，电子邮件发出之日即视为送达。一方联系方式变更的，应在三日内通知对方，否则由其自行承担不利后果。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准文本，双方对其中条款均已充分阅读并理解。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：                  乙方（签章）：

签订日期：                      签订日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. SSM-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Qingdao Haiyun Offshore Engineering Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qingdao, Shandong Province (the "Customer"); and
P:(2) Sørlandet Marine Simulation AS, a company incorporated in Norway, with its registered office at Dronningens gate, Kristiansand, Norway (the "Vendor").
P:The Customer plans and executes offshore installation, towing and lifting operations and wishes to acquire a perpetual licence to the Vendor's marine-operations simulation and planning software, together with implementation, integration and training services. The Vendor is willing to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MarineOps Planner suite, version 8, comprising the simulation engine, the weather-window module, the rigging and lifting module and the server components, including all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the integration adapters, vessel and crane models, report templates, scripts and documentation created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Acceptance Criteria are met.
P:1.4 "Customer Data" means all data entered into, uploaded to, generated by or stored in the Software by or for the Customer, including vessel particulars, metocean data, project plans and operating records.
H:Article 2 Scope of Supply
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business in the People's Republic of China for forty named users and two server instances, one production and one test.
P:2.2 The Vendor shall deliver the following services: installation and configuration of the Software on the Customer's servers in Qingdao; integration with the Customer's product lifecycle management system and its ERP system; building of digital models for the Customer's six installation vessels and their cranes; setup of report templates in Chinese and English; and training of users and administrators.
P:2.3 The Vendor shall appoint a named project manager, who shall not be replaced without the Customer's prior consent, which the Customer shall not withhold unreasonably.
H:Article 3 Price
P:3.1 The total price under this Agreement (the "Contract Price") is CNY 2,330,000, made up of: Licence Fee CNY 1,640,000; implementation and configuration CNY 420,000; integration with PLM and ERP CNY 210,000; training CNY 60,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, living expenses and the support services during the Warranty Period. No additional charges apply unless agreed in a signed change order.
H:Article 4 Payment
P:4.1 20% of the Contract Price is payable within thirty days after signature of this Agreement and receipt of a valid invoice.
P:4.2 45% of the Contract Price is payable within thirty days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software has been installed and configured; it is not acceptance.
P:4.3 35% of the Contract Price is payable within thirty days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty-five days and reach readiness for acceptance testing within one hundred and fifty days after signature, in accordance with the agreed project plan.
P:5.2 The Acceptance Criteria are: (a) all functions in the agreed functional specification pass the test cases approved by the Customer; (b) simulation results for three reference operations selected by the Customer agree with the Customer's verified calculations within the tolerances stated in the specification; (c) the PLM and ERP interfaces exchange data without error for ten consecutive working days; (d) a complete planning study for one real operation is produced in the Software by the Customer's engineers; and (e) all documentation and source code of the Custom Deliverables have been handed over.
P:5.3 When the criteria are met, the Customer shall sign the Final Acceptance certificate within ten working days. If any criterion is not met, the Vendor shall correct the defects at its own cost and repeat the relevant tests. Installation, use of the Software in live projects or any payment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects in the Software and the Custom Deliverables free of charge and supply all updates and new versions released for the Software.
P:6.2 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 180,400 per year, and shall not be increased for the first four support years. Support is ordered year by year by the Customer's purchase order and does not renew automatically.
P:6.3 Service levels. Severity 1 means the Software or a module is unusable in production or produces wrong results for an operation in progress; Severity 2 means a major function is impaired with a workaround; Severity 3 means any other fault or question. The Vendor shall respond to Severity 1 incidents within one hour at any time of day, provide a workaround within eight hours and a permanent fix within five working days. Severity 2 incidents shall receive a response within two hours during business hours and a fix within ten working days. Severity 3 incidents shall be handled in the next regular update.
P:6.4 For each hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall pay the Customer a service credit of CNY 1,500, which the Customer may deduct from any amount due.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify, copy and license the Custom Deliverables freely, also through third parties. The Vendor shall deliver their source code with Final Acceptance.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analysis for other customers.
P:8.2 The Software runs on the Customer's servers. The Vendor's personnel may access the Customer's systems only through the remote access channel provided by the Customer, with individual accounts and multi-factor authentication, for each session approved by the Customer; all sessions are logged. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within eight hours after becoming aware of it, cooperate in containment and investigation, and bear the losses, costs and fines arising from an incident caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including the Customer's project and client information, and shall use it only for this Agreement.
P:9.2 These obligations do not apply to information that is public without breach, already known to the receiving party or disclosed under a legal obligation, and they survive for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Final Acceptance is delayed beyond the date in the project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limitation does not apply to personal injury, wilful misconduct or gross negligence, breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of approved subcontractors as for its own.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, or if the maximum liquidated damages under Article 10.1 have been reached.
P:12.2 The Vendor may terminate this Agreement if the Customer fails to pay an undisputed amount within sixty days after a written reminder.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Norway, without regard to its conflict-of-law rules.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers. A dispute not settled within thirty days shall be brought before Agder District Court in Kristiansand, Norway, as the agreed venue.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Support Terms), is the entire agreement of the parties. In case of conflict, the body of this Agreement prevails over the Annexes.
P:14.2 Amendments must be in writing and signed by both parties. This Agreement is executed in English in two originals, one for each party.
P:For the Customer: ____________________  Name / Title / Date
P:For the Vendor: ____________________  Name / Title / Date
"""

E02 = """# Order Form and General Terms — Maintenance Management Subscription

**Order Form No. DLM-OF-2027-0142**

**Provider:** Dalaverk Systems AB, Stationsgatan, Borlänge, Sweden (corporate identity number on file)

**Customer:** Foshan Lingyun Building Ceramics Co., Ltd., Nanhai District, Foshan, Guangdong Province, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Subscribed Service

Provider's cloud maintenance-management service "Dalaverk CMMS", comprising work-order management, preventive maintenance planning, spare-parts inventory, mobile inspection app, and the IoT Connector module for reading vibration and temperature data from Customer's kilns, presses and glazing lines. Up to 220 named users. Customer instance hosted in the Alibaba Cloud mainland China (Shanghai) region.

### A2. Subscription Term

Two Subscription Years. Subscription Year 1 starts on the Service Start Date, 1 July 2027, and ends on 30 June 2028; Subscription Year 2 runs from 1 July 2028 to 30 June 2029. The Subscription ends at the end of Subscription Year 2 and does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Dalaverk CMMS, 220 named users | CNY 1,800 per user per year | 396,000 | 396,000 | 792,000 |
| IoT Connector module, 3 plants | per year | 90,000 | 90,000 | 180,000 |
| Onboarding services (one-off) | fixed | 64,000 | — | 64,000 |
| **Total Contract Value** | | **550,000** | **486,000** | **1,036,000** |

All fees include VAT and are fixed for the Subscription Term.

### A4. Invoicing and Payment

Subscription fees for each Subscription Year are invoiced on the first day of that Subscription Year and are payable within thirty days of invoice. The onboarding fee is invoiced after Go-Live Acceptance under A6 and payable within thirty days. Customer makes no other advance payment.

### A5. Onboarding and Hosting

Onboarding covers: configuration of three plants and their asset hierarchies; migration of about 14,000 asset records, maintenance plans and spare-parts master data from Customer's spreadsheets; connection of 160 sensors through the IoT Connector; SSO with Customer's directory; and training of 24 key users. Target Go-Live Date: 15 September 2027. The hosting provider named in A1 is approved as a subprocessor by Customer's signature of this Order Form.

### A6. Go-Live Acceptance

Customer shall test the configured service within ten working days after Provider's notice of readiness. Acceptance criteria: (a) all functions listed in the onboarding scope work as described in the Documentation; (b) migrated records reconcile with the source spreadsheets by count and by a 5% random sample checked field by field; (c) sensor readings from all connected sensors appear in the service within two minutes; (d) SSO works for all user groups; (e) the mobile app works offline and synchronises without data loss. Customer confirms Go-Live Acceptance in writing. Use of the service in production before that confirmation is not acceptance.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the service or that the service collects from Customer's equipment and sensors.

1.2 "Usage Data" means technical and statistical information about the use and performance of the service.

1.3 "Documentation" means Provider's current user and administrator documentation for the service.

### 2. Provision of the Service

2.1 Provider shall provide the service in accordance with the Documentation and the service levels in Section 3, and shall keep the functions subscribed under A1 available throughout the Subscription Term. Provider may improve the service but shall not materially reduce its functions.

2.2 Customer shall keep user credentials secure and use the service only for its own internal business.

2.3 Provider shall give Customer at least thirty days' notice of any change to the hosting region or of any new release that requires additional configuration by Customer, and shall publish release notes for each update in Chinese and English.

### 3. Service Levels

3.1 Availability. Provider shall make the production service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 00:00 and 05:00 China Standard Time.

3.2 Support. Priority 1 (service unavailable or work orders cannot be created for a plant): response within 30 minutes, around the clock, and restoration within six hours. Priority 2 (a major function impaired): response within two hours during business hours, resolution within two business days. Priority 3: response within one business day.

3.3 Service credits. If monthly availability falls below the commitment in 3.1, Customer receives a credit of 5% of the monthly share of the subscription fees for each started 0.1 percentage point of shortfall, up to 50% of that monthly share. For each hour by which a Priority 1 response or restoration is late, Customer receives a credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 4. Onboarding Delay

If Go-Live Acceptance is not reached by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 950 for each day of delay, up to CNY 60,000 in total.

### 5. Customer Data

5.1 As between the parties, Customer owns the Customer Data. Provider shall process Customer Data to provide the service and support under this Agreement.

5.2 Customer grants Provider a perpetual, worldwide licence to use Usage Data and Customer Data in aggregated and de-identified form to improve and develop Provider's products, to prepare industry benchmarks offered to other customers, and for statistical purposes. This licence survives the end of the Agreement.

5.3 At the end of the Subscription Term Provider shall, at Customer's request made within thirty days, export Customer Data in CSV format and then delete it from the production environment.

### 6. Data Security

6.1 Provider shall protect Customer Data by encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of all administrative access and daily backups kept for thirty-five days. Customer Data shall remain stored in mainland China.

6.2 Provider shall maintain an MLPS level-3 filing for the service and shall comply with the Data Security Law and the Personal Information Protection Law.

6.3 Provider shall notify Customer of any security incident affecting Customer Data without undue delay and in any case within eight hours after becoming aware of it, and shall bear the costs of investigation, remediation and notification and Customer's direct losses caused by an incident for which Provider is responsible.

### 7. Intellectual Property

7.1 Provider retains all rights in the service, the Documentation and its standard templates.

7.2 Configurations, report designs, import scripts and integration settings created specifically for Customer during onboarding belong to Customer. Customer may use, modify and let third parties use them without restriction, and Provider shall hand them over on request.

### 8. Confidentiality

Each party shall keep confidential the non-public business and technical information of the other party that it receives under this Agreement, use it only to perform the Agreement, and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations. This Section survives for three years after the end of the Agreement.

### 9. Subcontracting

Except for the subprocessor approved in A5, Provider shall not subcontract any part of the service or the onboarding without Customer's prior written consent. Provider is responsible for its subcontractors as for itself.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

10.3 The limitations do not apply to death or personal injury caused by negligence, to fraud, or to Customer's payment obligations.

### 11. Term and Termination

11.1 The Agreement runs for the Subscription Term in A2.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice. Customer may also terminate if the availability commitment in 3.1 is missed in two consecutive months.

11.3 On termination by Customer under 11.2, Provider shall refund prepaid subscription fees for the period after termination.

11.4 Termination does not affect rights and obligations accrued before it, and Sections 5.3, 8 and 10 survive.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising from it shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

Notices must be in writing and sent to the addresses in this Order Form. Neither party may assign the Agreement without the other party's written consent. Amendments require a written document signed by both parties. Each party shall comply with applicable anti-bribery laws. This Agreement is executed in English.

**Signed for Provider:** ____________________ Date: __________

**Signed for Customer:** ____________________ Date: __________
"""

E03 = """T:Purchase Contract for Water-Quality Sensors and Monitoring Software
P:Contract No. SDA-PC-2027-0056
P:Buyer: Ningde Sanduao Marine Aquaculture Co., Ltd., Jiaocheng District, Ningde, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Agder Ocean Sensing AS, Langbryggen, Arendal, Norway (the "Supplier").
P:The Buyer operates net-pen farms for large yellow croaker in Sanduao Bay and wishes to monitor water quality at its farm sites continuously. Following the Buyer's tender, the Buyer accepts the Supplier's bid on the terms of this Contract, which is the Buyer's standard form.
H:1. Subject of the Contract
P:1.1 The Supplier shall supply, install, calibrate and commission the sensors, gateways and spare parts listed in Clause 2, and grant the Buyer a licence to its AquaWatch monitoring software, so that dissolved oxygen, temperature, salinity, pH and turbidity are measured at twenty-four farm sites and shown, with alarms, in the Buyer's control room.
P:1.2 The Supplier shall also configure the Buyer-specific dashboards and alarm rules, build an interface to the Buyer's feeding-management system, and train the Buyer's technicians.
P:1.3 All equipment shall be new, of the models stated in the Supplier's bid, and suitable for continuous use in seawater.
H:2. Price
P:2.1 The Contract Price is CNY 2,396,000, including VAT, customs duties, transport, insurance, installation and all services during the warranty period. It is a fixed price, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter water-quality sonde|120|9,800|1,176,000
TB:2|Solar buoy gateway with 4G and LoRa|24|21,500|516,000
TB:3|Spare sensor heads and calibration kit|1 set|86,000|86,000
TB:4|AquaWatch monitoring software, perpetual site licence|1|348,000|348,000
TB:|Hardware and Licence Subtotal|||2,126,000
TB:5|Installation and mooring|1 lot||188,000
TB:6|Calibration and commissioning|1 lot||64,000
TB:7|Training|1 lot||18,000
TB:|Contract Price|||2,396,000
H:3. Payment
P:3.1 10% of the Contract Price is payable within thirty days after signature, against the Supplier's invoice and an advance-payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price is payable within thirty days after all equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only; it is not acceptance.
P:3.3 35% of the Contract Price is payable within thirty days after Final Acceptance.
P:3.4 Each invoice shall be a valid Chinese VAT invoice or, for the imported equipment, a commercial invoice accepted by the Buyer's bank. The Buyer pays in CNY by bank transfer.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment DDP to the Buyer's base in Sanduao within ninety days after signature and complete installation at all sites within forty-five days after delivery.
P:4.2 The Supplier shall coordinate boat access with the Buyer and follow the Buyer's site safety rules. The Supplier bears the risk of loss of the equipment until the Installation Certificate is signed.
P:4.3 Each shipment shall be packed for sea transport and accompanied by a packing list, certificates of origin and quality, calibration certificates for every sonde and the operating manuals in Chinese and English.
H:5. Acceptance
P:5.1 After installation, the system shall run for a trial period of sixty days. Final Acceptance requires that: (a) every sonde reports data at the agreed interval with no gap longer than two hours; (b) readings agree with laboratory analysis of water samples taken by the Buyer within the tolerances in the technical specification; (c) low-oxygen alarms reach the control room and the duty officers' phones within one minute in three tests per site; (d) the interface to the feeding-management system transfers data correctly; and (e) all manuals, calibration certificates and the source files of the Buyer-specific configuration are delivered.
P:5.2 If a criterion is not met, the Supplier shall remedy the defect at its cost and the relevant test shall be repeated. The Buyer signs the Final Acceptance Certificate within ten working days after all criteria are met. Installation, use of the system or any payment does not mean acceptance.
H:6. Warranty and After-Warranty Support
P:6.1 The warranty period is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty equipment free of charge, including parts, labour, transport and boat time, recalibrate the sondes every quarter and provide all software updates.
P:6.2 After the warranty period the Buyer may order annual support covering repairs, quarterly calibration, software updates and the service levels in Clause 7. The annual support fee is 9% of the Hardware and Licence Subtotal, that is CNY 191,340 per year, fixed for the three years after the warranty period. The support agreement does not renew automatically.
P:6.3 The Supplier shall keep spare parts and replacement sensor heads for the supplied models available for at least seven years after Final Acceptance and shall notify the Buyer at least six months before any model is discontinued, offering a compatible replacement.
H:7. Service Levels
P:7.1 Severity 1 means loss of monitoring or alarms at one or more farm sites, or failure of the control-room software. Severity 2 means failure of a single sensor or gateway function while the site still reports. Severity 3 means any other defect or question.
P:7.2 The Supplier shall respond to a Severity 1 fault within two hours, at any time, and restore monitoring within eighteen hours, using spare units if needed. Severity 2 faults shall be answered within eight hours and repaired within three days; Severity 3 faults within ten working days.
P:7.3 For each hour by which the Supplier is late in responding to or restoring a Severity 1 fault, the Supplier shall pay the Buyer CNY 800. For each day by which a Severity 2 repair is late, it shall pay CNY 300. The Buyer may deduct these amounts from any payment.
H:8. Intellectual Property
P:8.1 The AquaWatch software and the firmware of the equipment remain the property of the Supplier, which grants the Buyer a perpetual licence to use them for the Buyer's farms.
P:8.2 The dashboards, alarm rules, interface programs and reports configured or written for the Buyer, with their source files, belong to the Buyer, which may use, modify and have them modified by third parties without restriction.
H:9. Data Security
P:9.1 All water-quality readings, alarm logs, site positions and operating records ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not keep, copy or disclose it for any other purpose.
P:9.2 The software is installed on the Buyer's servers in Ningde. The Supplier may access them remotely only through the Buyer's VPN with personal accounts, for sessions approved by the Buyer, and all access is logged. The gateways shall encrypt data in transit. The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.
P:9.3 The Supplier shall notify the Buyer within six hours of any security incident affecting the system or Buyer Data, take immediate remedial action and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's farms, production volumes, customers and prices obtained under this Contract and shall not disclose it to any third party without the Buyer's prior written consent, during the Contract and for five years after it ends.
H:11. Delay Damages and Liability
P:11.1 If delivery, installation or Final Acceptance is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of Clauses 9 and 10, for which liability is not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. An approved subcontractor works under the Supplier's full responsibility.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and fails to remedy the breach within fifteen days after written notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for equipment and services not accepted and take back any equipment the Buyer rejects.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English; both versions have equal effect. It enters into force on signature by both parties' authorised representatives.
P:15.2 Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation of receipt.
P:15.3 Annexes: Technical Specification; Site List; Supplier's Bid. If the Annexes conflict with the body of this Contract, the body prevails.
P:Buyer (seal and signature): ____________________
P:Supplier (signature): ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

**Agreement No. SKM-2027-CN-019**

This Managed Infrastructure Services Agreement is entered into between:

- **Jiangmen Huaxin Food Products Co., Ltd.**, Pengjiang District, Jiangmen, Guangdong Province, People's Republic of China ("Customer"); and
- **Skånia Managed Services AB**, Östra Storgatan, Kristianstad, Sweden, acting with its engineering team in Guangzhou ("Provider").

Customer produces sauces and frozen foods in two plants and runs its ERP, warehouse and quality systems on servers in its own data room in Jiangmen. Customer wishes Provider to take over the day-to-day operation of that infrastructure for thirty-six months.

## 1. Definitions

1.1 "Services" means the transition and managed services described in Schedule 1.

1.2 "Service Commencement Date" means the day after Transition Acceptance under Section 3.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Service Levels" and "Service Credits" mean the levels and credits in Schedule 2; "Charges" means the charges in Schedule 3.

## 2. Services

2.1 Provider shall perform the Services in accordance with this Agreement, the Service Levels and good industry practice, using qualified staff.

2.2 Provider shall appoint a service delivery manager as Customer's single point of contact and hold a monthly service review with Customer, presenting a report on Service Level performance, incidents, changes and capacity.

2.3 Provider shall follow Customer's change management procedure. No change to production systems shall be made without an approved change record, except emergency changes needed to restore service, which shall be reported to Customer within one business day.

2.4 Customer shall give Provider's engineers access to the data room and systems as reasonably required, and shall keep its own licences for operating systems, databases and applications valid.

2.5 Provider's staff shall follow Customer's site rules, food-hygiene rules and the instructions of Customer's IT manager when working in the plants, and Provider shall replace any engineer whom Customer reasonably asks to be removed.

## 3. Transition and Transition Acceptance

3.1 Provider shall complete the transition within sixty days after signature (the "Transition Date"). Transition includes: inventory of all in-scope assets; documentation of configurations; installation of Provider's monitoring tools; knowledge transfer from Customer's staff and the outgoing supplier; runbooks for every in-scope system; and a trial period of fourteen days in which Provider operates the Services under Customer's supervision.

3.2 Transition Acceptance criteria: (a) all in-scope assets in Schedule 1 are recorded in the configuration database and monitored; (b) runbooks are approved by Customer's IT manager; (c) a full restore test of the ERP database and one file server succeeds within the time in Schedule 2; (d) the service desk has handled all tickets in the trial period within the Service Levels. Customer confirms Transition Acceptance in writing within five business days after the criteria are met.

3.3 If Transition Acceptance is delayed beyond the Transition Date for reasons attributable to Provider, Provider shall pay Customer CNY 3,000 for each day of delay, up to CNY 90,000.

## 4. Charges and Payment

4.1 Customer shall pay the Charges in Schedule 3. The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, from the Service Commencement Date.

4.2 Invoices are payable within thirty days of receipt of a valid VAT invoice. No advance payment is due.

4.3 The Charges are fixed for the Term. Additional work outside Schedule 1 requires a written change order with an agreed price.

4.4 If Customer disputes part of an invoice in good faith, it shall pay the undisputed part and notify Provider of the reasons within fifteen days; the parties shall settle the disputed part at the next monthly service review.

## 5. Customer Data

5.1 All data held in Customer's systems, including production, recipe, supplier, customer and employee data ("Customer Data"), belongs to Customer. Provider shall use Customer Data only to perform the Services.

5.2 At the end of the Term Provider shall return all documentation, credentials and any Customer Data in its possession and confirm in writing that it has kept no copies.

## 6. Confidentiality

6.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including Customer's recipes, production volumes and prices, and shall use it only for this Agreement. These obligations continue for five years after the end of the Term.

6.2 Provider shall ensure that its employees and approved subcontractors assigned to the Services are bound by written confidentiality obligations no less strict than this Section.

## 7. Intellectual Property

7.1 Provider retains its monitoring tools, methods and pre-existing materials, and grants Customer a free licence to use any of them that are embedded in the deliverables.

7.2 Runbooks, configuration records, scripts and reports produced for Customer under this Agreement belong to Customer, which may use, modify and give them to a successor supplier or any other third party without restriction.

## 8. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors as for its own staff.

## 9. Liability

9.1 Each party is liable for direct damage caused by its breach of this Agreement. Neither party is liable for loss of profit or indirect loss.

9.2 Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for personal injury, wilful misconduct and breach of Section 6, for which liability is not limited.

9.3 Service Credits are a price adjustment and do not limit Customer's right to claim damages for the same failure above the amount of the credits.

9.4 Provider shall maintain professional liability insurance with a reputable insurer for the Term and provide a certificate on request.

## 10. Term and Ending of the Agreement

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement of both parties at charges agreed at that time.

10.2 Given the investment made by Provider in transition, this Agreement may be terminated before the end of the Term only by written agreement of both parties. Customer's remedies for failures in the Services are the Service Credits and damages under Section 9.

10.3 Provider may suspend the Services, after thirty days' written notice, if Customer fails to pay undisputed invoices for more than sixty days.

10.4 In the last three months of the Term Provider shall cooperate with Customer and any successor supplier in an orderly exit, including knowledge transfer and handover of all runbooks and credentials.

## 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou; the award is final and binding.

## 12. General

This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent. This Agreement is signed in two English originals.

## Schedule 1 — Scope of Services

| Service | In scope | Details |
|---|---|---|
| Server operations | 46 virtual and 8 physical servers, 2 virtualisation clusters | Monitoring, patching in approved windows, capacity management, health checks |
| Storage and backup | 2 storage arrays, backup server, tape library | Daily backups, weekly restore tests, quarterly full restore test |
| Network | Core and access switches in both plants, firewall, Wi-Fi controllers | Monitoring, configuration changes, firmware updates |
| Service desk | About 420 users in two plants | Chinese-speaking service desk, 07:00–22:00 daily; on-call engineer at night |
| On-site support | Jiangmen data room and plants | Engineer on site on working days; spare-part coordination with hardware vendors |
| Reporting | All services | Monthly service report and review meeting |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of ERP and warehouse servers | 99.95% per calendar month, excluding approved maintenance windows | 3% of the Monthly Service Charge for each started 0.1 percentage point below the level |
| Priority 1 incident (plant production or shipping stopped) | Response within 15 minutes at any time; restoration within three hours | CNY 1,000 per hour late |
| Priority 2 incident (major function impaired) | Response within one hour; restoration within eight hours | CNY 400 per hour late |
| Priority 3 incident | Response within one business day; resolution within five business days | None |
| Restore of a database or file server | Within six hours of request | CNY 500 per hour late |

Service Credits in a month are capped at 20% of that month's Monthly Service Charge and are deducted from the next invoice.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-off, after Transition Acceptance | 156,000 |
| Monthly Service Charge | CNY 118,000 per month × 36 months | 4,248,000 |
| Total Charges for the Term | | 4,404,000 |

All Charges include VAT and Provider's travel costs within Guangdong Province.

**For Customer:** ____________________ Date: __________

**For Provider:** ____________________ Date: __________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL TRACKING AND PORT CALL DATA API

Agreement No. TRB-DS-2027-088

BETWEEN

Tianjin Binhai Haitong International Logistics Co., Ltd., Binhai New Area, Tianjin, People's Republic of China ("Customer")

AND

Söderslätt Maritime Data AB, Hamngatan, Trelleborg, Sweden ("Provider")

Customer is a freight forwarder and shipping agent. It wishes to subscribe to Provider's vessel position, port call and estimated-arrival data through an application programming interface, to feed its own shipment tracking portal and operations dashboards. Provider agrees to supply the data and services on the following terms.

1. DEFINITIONS

1.1 "Data Service" means Provider's Vessel Tracking API and Port Call API, including the data delivered through them, the web console and the documentation.

1.2 "Provider Data" means the vessel positions, voyage data, port call records, estimated times of arrival and other data that Provider compiles from terrestrial and satellite AIS sources and port information and delivers through the Data Service.

1.3 "Customer Data" means the shipment lists, vessel watchlists, queries, user details and any other data that Customer uploads to or submits through the Data Service.

1.4 "Subscription Year 1" means the period from 1 May 2027 to 30 April 2028, and "Subscription Year 2" the period from 1 May 2028 to 30 April 2029; together they are the "Subscription Term".

2. SCOPE OF THE DATA SERVICE

2.1 Provider shall give Customer access to the Data Service for the Subscription Term, covering worldwide vessel positions updated at least every five minutes for vessels within terrestrial range and at least every thirty minutes elsewhere, port call history from 2015, and estimated arrival times for all container and bulk ports served by Customer.

2.2 The subscription includes up to 3,000,000 API calls per calendar month, ten API keys, and twenty user accounts for the web console.

2.3 Provider shall supply integration support: a technical workshop, sample code, a test environment, help with mapping Provider's port codes to Customer's master data, and review of Customer's integration before go-live ("Onboarding").

2.4 Provider shall deliver the Data Service from servers located in mainland China for all API calls made by Customer, through its hosting partner approved under Clause 11.

2.5 Provider shall give Customer at least sixty days' written notice of any change to the API that is not backward compatible, and shall keep the previous API version running during that notice period so that Customer can adapt its integration.

3. FEES

3.1 The fees for the Subscription Term are:
    Subscription fee, Subscription Year 1 .............. CNY 612,000
    Subscription fee, Subscription Year 2 .............. CNY 648,000
    Onboarding (one-off, fixed) ........................ CNY 48,000
    Total Contract Value ............................... CNY 1,308,000

3.2 API calls above the monthly volume in Clause 2.2 are charged at CNY 0.02 per call, invoiced monthly in arrears. Provider shall warn Customer by e-mail when 80% of the monthly volume has been used.

3.3 All fees include VAT. The subscription fees are fixed for the Subscription Term as stated above.

4. INVOICING AND PAYMENT

4.1 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days after receipt of a valid VAT invoice.

4.2 The onboarding fee is invoiced after Integration Acceptance under Clause 5 and is payable within thirty days.

4.3 Customer owes no other advance payment.

5. ONBOARDING AND INTEGRATION ACCEPTANCE

5.1 Provider shall make production API keys and the test environment available within ten working days after signature, and complete Onboarding by 30 June 2027.

5.2 Integration Acceptance takes place when: (a) Customer's tracking portal receives position and port call data for a test list of 500 vessels without error for ten consecutive days; (b) data returned by the API match the documentation in format and fields; (c) the median API response time measured by Customer during that period is below 800 milliseconds; and (d) the port-code mapping is complete for all ports in Customer's master data. Customer confirms Integration Acceptance in writing. Use of the Data Service in production before that confirmation is not acceptance.

5.3 If the API keys are not available on time, or Integration Acceptance is delayed, for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 36,000.

6. SERVICE LEVELS

6.1 Provider targets availability of the API of 99.95% in each calendar month, measured at Provider's API gateway and excluding maintenance announced at least three days in advance.

6.2 Incidents are classified as Priority 1 (the API is unavailable or returns no current positions), Priority 2 (a function or region is degraded or delayed) and Priority 3 (other questions and defects). Provider's support desk answers Priority 1 incidents within eight business hours, Priority 2 incidents within two business days and Priority 3 incidents within five business days. Business hours are 08:00 to 17:00 Central European Time on Swedish working days.

6.3 Provider shall use reasonable efforts to restore the Data Service as quickly as possible. Service levels are targets only: no service credit, fee reduction or other compensation is due if a service level is not met, and Provider's obligation in that case is limited to correcting the fault.

6.4 Provider shall publish the monthly availability figures in the web console.

7. LICENCE AND USE OF PROVIDER DATA

7.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to use Provider Data in its internal systems and to display it to Customer's own clients in its tracking portal and in shipment notifications.

7.2 Customer shall not resell Provider Data as a data feed or use it to build a competing data product. Data displayed to clients before the end of the Subscription Term may remain in Customer's shipment records.

7.3 Provider Data remains the property of Provider and its licensors. Customer shall show the attribution 'Vessel data: Söderslätt Maritime Data' in its portal where Provider Data is displayed.

8. INTELLECTUAL PROPERTY IN DELIVERABLES

8.1 Provider retains all rights in the Data Service, its software and documentation.

8.2 The port-code mapping tables, integration code samples adapted for Customer and any reports prepared for Customer during Onboarding belong to Customer, which may use, modify and license them freely, also after the Subscription Term.

9. CUSTOMER DATA AND DATA SECURITY

9.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Service to Customer and shall not analyse, combine or disclose it for any other purpose, including its own products or other customers.

9.2 Provider shall keep Customer Data on servers in mainland China, protect it with encryption in transit and at rest, restrict access to named staff with multi-factor authentication and log all access. Provider shall comply with the Data Security Law and the Personal Information Protection Law.

9.3 Provider shall notify Customer of any security incident affecting Customer Data within eight hours of becoming aware of it, take all necessary remedial steps, and compensate Customer for the losses caused by an incident for which Provider is responsible.

9.4 Within thirty days after the end of the Subscription Term Provider shall delete Customer Data and confirm the deletion in writing.

10. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's client lists and shipment volumes, and shall not disclose it to third parties without written consent, during the Subscription Term and for three years after it.

11. SUBCONTRACTING

Provider may use the hosting partner named in Annex 2 for the servers in mainland China. Any other subcontracting of the Data Service or Onboarding requires Customer's prior written consent. Provider remains responsible for its subcontractors.

12. LIABILITY

12.1 Neither party is liable for indirect loss or loss of profit.

12.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of Clauses 9 and 10, wilful misconduct or personal injury.

13. TERM, RENEWAL AND TERMINATION

13.1 This Agreement runs for the Subscription Term and ends on 30 April 2029. It does not renew automatically. The parties may agree on a further subscription in writing.

13.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within thirty days after written notice. If Customer terminates under this clause, Provider shall refund the subscription fee paid for the period after termination.

13.3 On the end of this Agreement Customer shall stop calling the API and Provider shall deactivate all API keys.

13.4 Clauses 7.2, 9.4, 10 and 12 survive the end of this Agreement.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding on both parties.

15. GENERAL

15.1 Annex 1 (API Documentation Summary) and Annex 2 (Hosting Partner) form part of this Agreement.

15.2 Amendments require a written document signed by both parties. Neither party may assign this Agreement without the other's written consent.

15.3 This Agreement is signed in two English originals, one for each party.

For Customer: ____________________   Date: __________

For Provider: ____________________   Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------------
NAMES = {
    "z01": ("h940z01_freight_platform_supervision_licence", "pdf", "zh"),
    "z02": ("h940z02_headrest_lines_control_retrofit", "docx", "zh"),
    "z03": ("h940z03_dryslope_ski_booking_saas", "txt", "zh"),
    "z04": ("h940z04_bridge_height_warning_om_service", "txt", "zh"),
    "z05": ("h940z05_bamboo_porcelain_tracking_supplier_template", "md", "zh"),
    "e01": ("h940e01_marine_simulation_perpetual_licence_no_vendor", "pdf", "en"),
    "e02": ("h940e02_cmms_saas_order_form_se_vendor", "md", "en"),
    "e03": ("h940e03_aquaculture_sensors_monitoring_licence", "docx", "en"),
    "e04": ("h940e04_managed_infrastructure_36_months", "md", "en"),
    "e05": ("h940e05_vessel_data_api_subscription", "txt", "en"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# one row per draft: category, terms (in TERM_KEYS order), extra, TCO fee base (goods only), forum outside mainland
G, S = "goods_or_licence", "service"
N = None
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 36, 8, False, True,
                         False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False, value=2250000), 1180000),
    "z02": ("hardware", [N, 1, True, "buyer", True, True, True, 0.1, N, 10, True, True, 18, 28, False, True,
                         True, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False, value=2240000), 1960000),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.1, N, N, True, N, N, N, True, True,
                      False, "PRC", S], dict(sla=True, ld=True, deemed=False, value=714000), N),
    "z04": ("services", [N, 0.5, True, "buyer", True, True, False, 0.03, N, N, True, N, N, N, False, True,
                         False, "PRC", S], dict(sla=True, ld=True, deemed=False, value=586000), N),
    "z05": ("software", [N, N, False, "supplier", True, False, True, N, N, 65, False, False, 6, N, False, True,
                         N, N, G], dict(sla=False, ld=False, capped=False, deemed=True, value=430000), 168000),
    "e01": ("software", [N, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                         False, "Norway", G], dict(sla=True, ld=True, capped=True, deemed=False, value=2330000), 1640000),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 950 / 1036000 * 100, 6 / 24 * 100, N, True, N,
                      N, N, False, True, False, "PRC", S], dict(sla=True, ld=True, deemed=False, value=1036000), N),
    "e03": ("hardware", [N, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True,
                         False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False, value=2396000), 2126000),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 3000 / 4404000 * 100, 150, N, True, N, N, N,
                         False, False, False, "PRC", S], dict(sla=True, ld=True, deemed=False, value=4404000), N),
    "e05": ("cloud", [99.95, 8, False, "buyer", True, True, True, 1200 / 1308000 * 100, 150, N, True, N, N, N,
                      False, True, False, "PRC", S], dict(sla=True, ld=True, deemed=False, value=1308000), N),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Agder District Court, Kristiansand

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}

# policy thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40.0, 5


def label(key):
    cat, vals, x, _ = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": "%s.%s" % NAMES[key][:2], "language": NAMES[key][2], "category": cat,
            "expected_terms": terms, "expected_extra": extra, "expected_rules": sorted(DESIGN[key])}


def tco_share(key):
    """Post-warranty fee share of a 5-year TCO from acceptance (policy section 4); None when not computable."""
    _, vals, x, base = LABELS[key]
    t = dict(zip(TERM_KEYS, vals))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["value"] + fees) * 100


def derive(key):
    """My reading of policy section 3 applied to the label."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# threshold figures that must not appear in any text (raw, whitespace-collapsed, whitespace-free)
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?!\d)",                                                   # availability 99.9 %
    r"(?<![\d.])4(?:\.0+)?\s*个?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![-\w])four\s*(?:\(4\)\s*)?hours?",                                      # P1 response 4 h
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰",      # LD 0.05 %/day
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百",
    r"one\s*hundred\s*(?:per\s*cent|percent)",                                    # cap 100 %
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])",
    r"thirty\s*(?:per\s*cent|percent)",                                           # prepayment 30 %
    r"(?<![\d.])12\s*(?:个\s*月|months?)", r"十二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?<![十\d])一\s*年", r"(?<!\w)one\s*year", r"(?<![\d.,])1\s*years?\b",          # warranty 12 months
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])",
    r"fifteen\s*(?:per\s*cent|percent)",                                          # post-warranty fee 15 %
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])",
    r"forty\s*(?:per\s*cent|percent)",                                            # TCO share 40 %
]]
MUST_HIT = ["99.9%", "可用率99.90%", "4小时内响应", "within 4 hours", "四小时", "four hours", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "12个月", "十二个月", "12 months",
            "twelve months", "质保一年", "one year", "15%", "百分之十五", "40%", "百分之四十"]
MUST_MISS = ["99.95%", "24小时", "7×24小时", "二十四小时", "twenty-four hours", "14 hours", "0.08%", "万分之三",
             "150%", "130%", "35%", "百分之三十五", "18个月", "十八个月", "eighteen months", "第一个服务年度",
             "115%", "45%", "第4条", "2027年12月31日", "CNY 1,500", "2027年", "Subscription Year 1"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(form)]
    return hits


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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), "self-test must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "self-test must miss: %s %s" % (s, scan(s))

    targets = {}
    for key, (stem, ext, lang) in NAMES.items():
        if ext in ("docx", "pdf"):
            targets[key] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(SRC[key].lstrip("\n"), encoding="utf-8")
            print("wrote", stem + "." + ext)
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)

    covered = set()
    for key, (stem, ext, lang) in NAMES.items():
        lab = label(key)
        t = lab["expected_terms"]
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = tco_share(key)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk_of(rules) == RISK[key], (key, risk_of(rules))
        covered |= set(rules)
        text = read_back(OUT / (stem + "." + ext))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-5s len %5d  tco %-6s  risk %-6s  %s" % (key, ext, n, "-" if share is None else "%.2f" % share,
                                                             RISK[key], ", ".join(rules) or "(none)"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = [k for k in NAMES if not DESIGN[k]]
    assert sorted(mix) == ["e03", "z01"], mix
    assert 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; 20 rules covered")
