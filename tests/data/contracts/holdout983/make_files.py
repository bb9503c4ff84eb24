"""holdout983: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Sources are kept below (plain text for .txt/.md; word_pdf markup for .docx/.pdf). The .docx and .pdf files are
made by ../word_pdf.py (PDF paragraphs broken at word boundaries, wrap_words=True).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:破产管理人履职监督平台采购合同
P:合同编号：ZC-2027-FY-0316
P:甲方（采购人）：某市中级人民法院
P:乙方（供应商）：某信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就破产管理人履职监督平台软件许可及定制开发事宜订立本合同。招标文件、投标文件及澄清材料为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供破产管理人履职监督平台软件（以下简称“平台”）的永久使用许可，部署于甲方政务外网机房，用户数不限。
P:1.2 乙方按照甲方需求说明书完成定制开发，包括：管理人名册与履职档案、案件节点监控与超期预警、债权申报与债权人会议线上化、破产财产处置及资金账户监管、管理人报酬测算、履职评价与考核、与审判流程管理系统和执行查控系统的数据对接、移动端债权人服务。
P:1.3 乙方负责安装部署、历史数据迁移、系统联调、用户培训及质保期内的运行维护。
P:1.4 乙方应提交的文档包括：需求规格说明书、系统设计说明书、数据库设计说明书、接口说明、测试报告、用户手册、运维手册及源代码清单，文档须为中文并提供电子版和纸质版各一套。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,648,000元（大写：壹佰陆拾肆万捌仟元整），为固定总价，含税费、差旅及交付至甲方所需的全部费用。
P:2.2 价款构成：平台软件许可费860,000元；定制开发费624,000元；部署实施及数据对接费138,000元；培训费26,000元。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额有效发票后十五个工作日内，甲方支付合同总价的20%作为预付款，计329,600元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计741,600元。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%，计576,800元。
P:3.4 甲方付款受财政资金拨付进度影响的，双方另行协商，但不因此免除乙方的履约义务。
P:3.5 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，计82,400元，最终验收合格后十五个工作日内无息退还。
H:第四条 交付期限
P:4.1 乙方应在合同签订后一百二十日内完成部署及全部定制功能，并提交初步验收申请。
P:4.2 乙方应在合同签订后十日内提交项目实施方案，报甲方确认后执行。
P:4.3 乙方应组建项目组并指定项目经理，项目经理及核心开发人员须与投标文件一致，未经甲方书面同意不得更换。实施期间乙方每周向甲方提交项目周报，每两周参加一次项目例会。
P:4.4 乙方人员在甲方场所工作时，应遵守甲方的安全保卫、保密及机房管理制度，进出机房须登记。
H:第五条 验收
P:5.1 初步验收标准：需求说明书所列功能逐项测试通过；与审判流程管理系统、执行查控系统的接口连续七日数据交换无差错；迁移数据经全量比对一致；在三百名用户并发条件下，常用页面响应时间不超过2秒；第三方测评机构出具的安全测评报告无高危问题。
P:5.2 初步验收后进入九十日试运行，试运行期间未发生一级故障且遗留问题全部关闭的，乙方申请最终验收。甲方组织技术专家按本条标准出具验收报告。
P:5.3 平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供软件升级、缺陷修复及本合同约定的运维服务。
P:6.2 质保期满后，如甲方需要，乙方按平台软件许可费的9%每年（即77,400元/年）提供运维服务，该价格在质保期满后三年内不作上调，维护合同另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告；法律法规或上级法院业务规范调整时，乙方应按甲方要求对相关功能进行免费适配。
P:6.4 乙方应提供7×24小时服务热线，并指定本地技术人员负责平台运维。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日告知甲方并安排在非工作时间。
P:7.2 一级故障（平台无法访问或核心业务中断）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，次工作日内解决。
P:7.3 响应或到场每超时1小时，乙方支付违约金800元；月度可用率每低于约定值0.01个百分点，乙方支付违约金1,000元，甲方可从应付款项中直接扣除。
P:7.4 乙方应每月向甲方提交服务报告，列明可用率、故障处理及违约金计算情况。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据库设计、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。乙方应在最终验收时移交完整源代码。
P:8.3 乙方保证其提供的平台及定制成果不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台内的案件数据、管理人信息、债权人信息等全部业务数据归甲方所有，乙方不得为本合同以外的任何目的使用、复制或保留。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护的要求，实施人员须经甲方审批，远程维护须经甲方堡垒机并全程审计，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在发现后1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或质保期满后，乙方应将其持有的甲方数据全部交还或销毁，并出具书面说明。
H:第十条 保密
P:10.1 乙方对履约中知悉的审判工作秘密、案件信息及甲方网络架构负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合约定且经整改仍不合格的，甲方有权拒绝验收并要求乙方赔偿损失。
P:11.3 乙方违反第九条、第十条约定的，除赔偿甲方全部损失外，甲方有权解除合同。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同义务的任何部分转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
P:13.2 逾期超过六十日的，甲方可直接解除本合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:本合同附件包括：需求说明书、分项报价表、实施方案、服务承诺书。附件与本合同具有同等效力。
P:甲方（盖章）：＿＿＿＿＿＿    乙方（盖章）：＿＿＿＿＿＿
P:签订日期：2027年3月16日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：DYD-JG-2027-021
P:甲方：某电熨斗制造有限公司
P:乙方：某自动化工程有限公司
P:甲方为提高蒸汽电熨斗装配线、底板压铸线及整机检测线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。双方经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线原有继电器控制及老旧PLC的拆除与更换，新增伺服和变频驱动、触摸屏人机界面、工业以太网及数据采集网关，部署产线监控（SCADA）软件，并开发与甲方MES系统的接口。
P:1.2 乙方负责PLC及HMI程序开发、现场安装、电气接线、单机及联动调试、试生产保障和操作维修人员培训。
P:1.3 改造须分线实施，每条线停产时间不超过七日，具体停线计划由甲方生产部确认。
P:1.4 乙方应对现场进行勘察，核实原有设备、线缆及图纸，改造方案经甲方设备部、生产部会签后实施。改造方案应包括停线计划、安全措施、回退方案和每条线的调试计划。
P:1.5 拆除的旧设备归甲方所有，由乙方整理后移交甲方仓库。
P:1.6 培训内容包括PLC程序结构、HMI操作、常见故障诊断及备份恢复，培训对象为甲方操作工和维修电工，培训不少于六十人次。
H:第二条 合同价款
P:2.1 合同总价为人民币1,690,000元，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC及控制柜|6套|708,000
TB:2|伺服及变频驱动|1批|296,000
TB:3|触摸屏HMI|18台|84,000
TB:4|工业交换机及数据采集网关|1批|62,000
TB:5|产线监控（SCADA）软件许可|1套|186,000
TB:6|MES接口模块|1套|94,000
TB:|设备及软件小计||1,430,000
TB:7|安装调试及改造施工|1项|146,000
TB:8|PLC/HMI程序开发|1项|98,000
TB:9|培训|1项|16,000
TB:|合同总价||1,690,000
P:2.2 上述价格含设备、软件、运输、保险、安装、税费及乙方人员全部费用。
P:2.3 设备品牌、型号及技术参数以附件《设备清单及技术规格书》为准，乙方不得擅自更换；确需更换的，须经甲方书面同意且性能不低于原型号。
H:第三条 付款方式
P:3.1 合同签订后十日内，甲方支付合同总价的20%作为预付款，计338,000元。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的55%，计929,500元。到货签收及安装完毕不视为验收合格。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的25%，计422,500元。
P:3.4 乙方应在每次收款前向甲方开具等额增值税专用发票，甲方在收到发票后十五个工作日内付款。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后七十五日内完成全部设备到货，一百五十日内完成六条线的改造及调试。
P:4.2 每条线的停线改造须在甲方确认的时段进行，乙方应在停线前完成该线的程序离线仿真测试，并准备足够的备件。
P:4.3 乙方现场施工人员须遵守甲方安全生产管理制度，电气作业人员须持有效特种作业操作证，动火作业须经甲方审批。
H:第五条 验收
P:5.1 每条线改造完成后进行单线验收，标准为：控制功能与技术规格书一致；节拍不低于改造前设计节拍；底板压铸温度控制偏差在±3℃以内；连续试生产七十二小时无停线故障；SCADA画面与现场数据一致，刷新周期不超过2秒；MES接口报工数据与实际产量逐批核对一致。
P:5.2 六条线全部单线验收合格并稳定运行三十日后，由甲方组织最终验收，出具书面验收报告。试生产、投入使用均不视为最终验收合格。
P:5.3 验收不合格的，乙方应在十日内完成整改并重新验收；经两次整改仍不合格的，甲方有权解除合同。
P:5.4 乙方应在最终验收前移交全部技术资料，包括电气原理图、接线图、PLC及HMI程序备份、参数清单、设备说明书和操作维修手册。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内设备故障由乙方免费维修或更换，软件免费升级。
P:6.2 质保期满后，乙方提供维保服务，包括季度巡检、备件更换、程序优化和驻厂技术支持，维保费按设备及软件小计的28%每年计取，即400,400元/年，该费率在整个维保期内固定，不作上调。
P:6.3 故障分级及响应要求如下：
TB:故障等级|情形|响应时间|修复时间
TB:一级|整线停机或安全联锁失效|1小时|8小时
TB:二级|单工位停机，整线降速运行|2小时|24小时
TB:三级|不影响生产的一般问题|8小时|3个工作日
P:6.4 响应或修复每超时1小时，乙方支付违约金500元，甲方可从维保费或应付款中扣除。
P:6.5 质保期内，乙方每季度对六条生产线的控制系统进行一次巡检，检查控制柜温升、接线紧固、备份程序一致性和报警记录，并向甲方提交巡检报告。
P:6.6 乙方应在甲方工厂存放常用备件，包括PLC模块、伺服驱动器、触摸屏及交换机各不少于一件，备件清单作为附件。
P:6.7 质保期内因设备质量问题导致同一部件故障三次以上的，乙方应免费更换同型号新品。
H:第七条 知识产权
P:7.1 SCADA软件及设备内嵌软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、HMI画面、接口程序及其源代码、电气图纸归甲方所有，甲方可自行修改或委托他人修改使用。
P:7.3 乙方保证所提供的设备和软件来源合法，不侵犯第三方的知识产权。
H:第八条 数据安全
P:8.1 生产工艺参数、产量、质量数据及设备运行数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面批准并通过甲方指定的安全通道，每次访问结束后关闭；乙方不得在网关或自身设备中留存甲方数据。
P:8.3 因乙方原因导致数据泄露、篡改或生产系统遭受网络攻击的，乙方应在2小时内通知甲方、配合处置并承担赔偿责任。
P:8.4 乙方在数据采集网关上部署的软件须关闭不必要的端口和服务，默认口令须在调试完成前全部修改。
H:第九条 保密
P:乙方对甲方的产品图纸、工艺参数、产能及客户信息负有保密义务，保密期限至本合同终止后三年。乙方应要求其现场人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期完工的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 改造期间因乙方原因造成停线超出约定时间的，乙方应赔偿甲方因此产生的直接损失。
P:10.3 乙方交付的设备不符合约定规格的，应在七日内更换；因此延误工期的，按10.1条支付违约金。
H:第十一条 分包
P:乙方不得将本合同项下工作转包；电气施工等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作负全部责任。
H:第十二条 合同解除
P:乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。合同解除后，乙方应配合甲方完成已改造生产线的交接，保证甲方能够继续生产。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交宁波仲裁委员会仲裁。仲裁期间，双方应继续履行本合同中不涉及争议的部分。
H:第十四条 其他
P:14.1 本合同附件包括设备清单及技术规格书、改造方案、停线计划和培训计划，附件与本合同具有同等效力。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
P:日期：2027年4月8日
"""

Z03 = """预约及会员管理系统服务合同

合同编号：HY-SaaS-2027-0088

甲方：某韩语培训连锁管理有限公司（以下简称“甲方”）
乙方：某云科技有限公司（以下简称“乙方”）

甲方在全国经营四十家韩语培训门店，为统一课程预约、学员会员、排课与续费管理，向乙方订购预约及会员管理系统云服务（以下简称“云服务”）并委托乙方实施。双方协商一致，订立本合同。

一、服务内容
（一）乙方向甲方四十家门店提供云服务，功能包括：课程及试听预约、教师排课、会员卡与课时包管理、学员签到与课消、续费提醒、微信小程序及门店收银对接、经营报表。
（二）实施服务包括：
1. 门店、课程、教师及在读学员历史数据迁移；
2. 小程序界面按甲方品牌风格配置；
3. 与甲方财务系统的收款数据接口；
4. 店长及前台人员分批培训。
（三）每个服务年度内，甲方可免费增减不超过五家门店，超出部分按单店年费折算。
（四）乙方应为甲方指定客户成功经理，负责日常对接、需求收集及季度业务回顾。
（五）云服务应支持安卓及iOS系统的主流移动设备，并兼容甲方门店现有的收银打印设备和扫码枪。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。
（二）服务期满前六十日，双方协商续签事宜；未续签的，本合同于服务期满时终止，不自动续期。
（三）服务期内，乙方对云服务的版本升级不得减少本合同约定的功能，重大升级应提前十五日通知甲方并提供升级说明。
（四）甲方在服务期内新开门店的，乙方应在接到通知后五个工作日内完成开通配置。

三、费用及支付
（一）费用明细：
1. 云服务年费：每家门店每服务年度6,700元，四十家门店每服务年度268,000元，两个服务年度合计536,000元；
2. 实施费（一次性）：84,000元；
3. 培训费（一次性）：12,000元。
合同总金额为632,000元。
（二）支付方式：
1. 实施费及培训费在上线验收合格后十五个工作日内支付；
2. 每个服务年度的云服务年费，在该服务年度开始后二十日内支付。
（三）乙方应在收款前开具合法有效的增值税专用发票。
（四）合同期内，云服务年费单价保持不变。门店数量增加的，新增门店按单店年费及剩余服务期折算收费。
（五）甲方对账单有异议的，应在收到账单后十个工作日内提出，双方核对后调整。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 本合同一（一）所列功能在全部门店测试通过；
2. 迁移后的学员人数、剩余课时及储值余额与甲方原系统逐店核对一致；
3. 小程序预约至门店确认的端到端时延不超过3秒；
4. 收款接口连续五个营业日对账无差错。
（三）甲方在收到验收申请后十个工作日内组织验收并出具书面意见。试用或部分门店启用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新提交验收申请；整改期间造成逾期的，按第十条（一）计算违约金。
（五）实施阶段乙方应提交实施方案、数据迁移方案、测试报告和用户手册，并在每周五提交项目进度报告。
（六）系统上线后设一个月的稳定期，稳定期内乙方安排实施顾问驻点支持甲方总部，并对门店进行远程巡检。

五、服务水平
（一）乙方保证云服务月度可用率不低于99.5%，计划内维护应在夜间二十三时至次日六时进行并提前告知。
（二）故障响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 其他问题：1个工作日内答复。
（三）月度可用率低于约定标准的，每低于0.1个百分点，按当月服务费的5%抵扣，当月抵扣不超过当月服务费的一半；一级故障恢复每超时1小时，抵扣1,000元。
（四）乙方应每月向甲方提供服务报告，列明当月可用率、故障次数、响应及恢复时长以及抵扣金额，甲方有权核查。
（五）乙方提供7×24小时故障报修热线及在线客服，门店营业时间内的一般咨询应在15分钟内答复。
（六）因甲方网络、设备故障或不可抗力导致的不可用时间不计入可用率计算，但乙方应协助甲方排查。

六、知识产权
（一）云服务平台及其软件的知识产权归乙方所有。
（二）乙方为甲方专门配置开发的小程序页面、品牌素材、报表模板及接口程序归甲方所有，甲方可自行使用、修改或交由第三方使用。
（三）乙方保证云服务及其交付成果不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担赔偿责任。

七、数据安全与数据权利
（一）甲方及其学员在云服务中产生的数据（包括学员姓名、联系方式、课程记录、消费记录）归甲方所有。
（二）乙方应采取加密存储、访问控制、操作日志审计、异地备份等措施，云服务部署于通过网络安全等级保护三级测评的境内机房，不得将数据传输至境外。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，并承担因其原因造成的全部损失，包括向学员作出的赔偿及监管处罚。
（四）在不识别具体个人的前提下，乙方可将甲方数据经去标识化处理后用于行业分析、产品改进及乙方其他客户的经营对标服务，该项权利在本合同终止后继续有效。
（五）合同终止后三十日内，乙方应按甲方要求导出全部数据并删除其系统中的甲方数据。
（六）乙方应每日对甲方数据进行备份，备份数据至少保留三十日，并每季度进行一次恢复演练。
（七）乙方员工访问甲方数据须经授权并实名登记，乙方应定期开展数据安全培训。
（八）乙方应配合甲方满足个人信息保护监管要求，包括学员查询、更正、删除个人信息的请求。

八、保密
（一）双方对履约中知悉的对方商业信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。
（二）乙方应要求其参与本项目的员工签署保密承诺。

九、分包与第三方服务
乙方可将短信发送、支付通道、呼叫中心客服等工作交由第三方服务商完成，但应提前书面通知甲方，并对第三方服务商的工作负责。第三方服务商接触甲方数据的，乙方应确保其遵守本合同第七条的要求。

十、违约责任
（一）乙方未能按期完成上线验收的，每逾期一日，向甲方支付违约金400元。
（二）乙方累计赔偿责任以本合同总金额的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。
（三）乙方因自身原因造成甲方学员无法预约或扣费错误的，应负责向学员解释并承担相应退费或补偿。
（四）甲方逾期支付费用的，乙方应书面催告；催告后二十日内仍未支付的，乙方可以暂停部分非核心功能，但不得删除甲方数据。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还未履行服务期间的费用。
（二）月度可用率连续两个月低于约定标准的，甲方可以解除本合同。
（三）合同解除或终止后，乙方应提供不少于三十日的过渡期服务，协助甲方完成数据迁移，过渡期内不另收费用。

十二、争议解决
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。争议处理期间，乙方不得中断云服务。

十三、其他
（一）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（二）本合同附件包括：功能清单、门店清单、实施方案和服务水平说明，附件与本合同具有同等效力。

甲方（盖章）：                乙方（盖章）：
日期：2027年5月20日
"""

Z04 = """再生水管网监测系统运维服务合同

项目名称：再生水管网监测系统年度运维服务
采购方式：竞争性磋商
合同编号：SWJ-YW-2027-007

甲方（采购人）：某市水务局
乙方（供应商）：某环境信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就再生水管网监测系统运维服务订立本合同。

第一条 服务对象
（一）本合同服务对象为甲方再生水管网监测系统，包括：管网压力、流量、水质在线监测点共二百一十六个，远传终端及供电设施，监测数据中心平台（含GIS展示、报警管理、统计分析模块），以及调度中心大屏展示系统。
（二）系统设备及软件清单见附件一，清单外新增设备经双方确认后纳入运维范围，费用另行协商。
（三）乙方应在合同签订后十日内完成系统现状核查，对全部监测点、远传终端和平台模块逐一建档，形成运维基线报告报甲方确认。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方依法另行组织采购，本合同不自动续期。
服务期内，乙方应确保系统持续稳定运行，不得因合同款项结算等原因中断服务。

第三条 服务内容
（一）日常巡检：每月对全部监测点现场巡检一次，检查设备运行、供电、通信及防护设施状况，填写巡检记录。
（二）设备维护：定期清洗水质传感器，按厂家要求校准压力、流量仪表，更换易损件；校准记录报甲方备案。
（三）平台运维：保障监测数据中心平台的稳定运行，包括系统监控、数据备份、补丁更新、日志检查及性能优化。
（四）数据质量：每日检查监测数据的完整性与合理性，对异常数据及时核查原因并报告。
（五）故障处理：按第五条规定的时限处理系统故障。
（六）汛期及重大活动保障：按甲方要求安排人员值守。
（七）每季度提交运维报告，年末提交年度运维总结。
（八）应急抢修：管网爆管、水质异常等突发事件时，乙方应按甲方调度要求配合现场处置，提供数据支持。
（九）备品备件：乙方应常备压力变送器、流量计电极、水质探头、远传终端及电池等备件，数量不少于附件二所列标准。
（十）平台优化：根据甲方需求对报表、报警参数配置等进行调整，每季度不少于一次，并做好变更记录。

第四条 人员要求
（一）乙方应配备项目经理一名、平台运维工程师两名、现场维护人员四名，主要人员须与响应文件一致。
（二）更换主要人员须提前十日书面报甲方同意，新人员资历不得低于原人员。
（三）乙方现场人员进入管网井室作业时，应严格执行有限空间作业安全规定，配备气体检测及防护设备，安全责任由乙方承担。
（四）乙方人员应统一着装、持证上岗，遵守甲方的各项管理制度。
（五）乙方应于服务期开始前将人员名单、联系方式及资格证书报甲方备案。

第五条 服务水平
（一）数据中心平台月度可用率不低于99.95%。
（二）故障分级及处理时限：
1. 一级故障（数据中心平台中断、大面积监测点数据中断或调度大屏无法显示）：30分钟内响应，2小时内到场，8小时内恢复；
2. 二级故障（单个片区监测点数据中断、报警功能异常）：1小时内响应，24小时内修复；
3. 三级故障（单个监测点故障或一般功能问题）：8小时内响应，3日内修复。
（三）乙方应设立全天候服务热线，并建立故障处理台账。
（四）乙方应建立运维工单系统或台账，记录每次故障的发现时间、响应时间、到场时间、恢复时间及处理过程，供甲方随时查阅。
（五）汛期（每年6月至9月）一级故障的到场时间为1小时。

第六条 考核与扣款
（一）甲方每季度根据本合同对乙方服务进行考核，考核结果与当季服务费支付挂钩。
（二）扣款标准：
1. 故障响应、到场或恢复每超时1小时，扣减当季服务费500元；
2. 平台月度可用率每低于约定值0.01个百分点，扣减当季服务费800元；
3. 未按月完成巡检的，每缺少一个监测点扣减200元；
4. 季度报告未按时提交的，每次扣减1,000元。
（三）当季扣款总额以当季服务费为限。
（四）考核结果分为优秀、合格、不合格三个等次，考核细则见附件三。
（五）乙方对考核结果有异议的，可在收到考核结果后五个工作日内书面提出，甲方应予复核。

第七条 服务费用及支付
（一）本合同服务费总额为人民币486,000元，含人工、备品备件、耗材、交通、税费等全部费用。
（二）服务费按季度支付，每季度121,500元。每季度结束后，甲方在考核完成后十五个工作日内，扣除考核扣款后支付当季服务费。
（三）乙方应在每季度结束后五个工作日内提交季度报告及发票，甲方考核确认后支付。
（四）本合同价款为固定价格，服务期内不因人工、材料价格变动而调整。

第八条 验收
（一）季度验收：以巡检记录、校准记录、故障台账和季度报告为依据，对照第五条、第六条逐项核查。
（二）年度验收：服务期满后，甲方组织验收，标准为全部季度考核已完成、全年平台可用率达到约定值、设备完好率台账与现场抽查一致、全部运维文档已移交。年度验收合格是支付第四季度服务费的前提。
（三）运维服务期满，乙方应向甲方移交运维档案、设备台账、配置参数、账号口令及全部技术资料，并配合甲方或新的服务商完成交接，交接期内乙方不得中断服务。

第九条 数据安全
（一）监测数据、平台数据及运维过程中形成的数据归甲方所有，乙方不得用于本合同以外的任何目的。
（二）乙方应按照网络安全等级保护第三级要求开展运维，远程运维须经甲方审批并通过甲方堡垒机进行，操作全程留痕。
（三）发生数据丢失、篡改、泄露或网络安全事件的，乙方应在1小时内报告甲方，立即采取处置措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方损失。
（四）乙方不得在其自有设备中存储甲方监测数据，运维使用的计算机须安装杀毒软件并经甲方检查。
（五）服务期满或合同解除后，乙方应删除其持有的甲方数据并出具书面确认。
（六）乙方应按照甲方要求配合开展网络安全检查及应急演练。

第十条 知识产权
乙方在运维中形成的巡检记录、报告、脚本及配置文件归甲方所有。乙方保证其运维中使用的工具和软件不侵犯第三方知识产权。

第十一条 转包与分包
乙方不得将本合同服务转包或分包给任何第三方。乙方不得以任何形式将本合同权利义务转让给第三方。

第十二条 违约责任
（一）乙方未按本合同提供服务的，按第六条扣款；因乙方原因给甲方造成损失的，乙方应予赔偿。
（二）甲方无正当理由逾期支付服务费的，按同期贷款市场报价利率支付逾期利息。
（三）乙方在运维中造成设备损坏的，应负责修复或按原值赔偿。

第十三条 合同解除
（一）乙方连续两个季度考核不合格，或严重违约经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
（二）因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
（三）合同解除后，乙方应按第八条（三）完成移交。

第十四条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议期间，乙方应继续提供运维服务。

第十五条 其他
（一）磋商文件、响应文件及成交通知书为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。
（三）本合同附件包括：设备及软件清单、备品备件标准、考核细则，附件与本合同具有同等效力。

甲方（盖章）：                  乙方（盖章）：
签订日期：2026年12月18日
"""

Z05 = """# 工艺流程追踪软件许可及定制开发合同

**（乙方标准合同文本 ZY-HT-2026 版）**

合同编号：ZY-2027-0419

甲方：某银壶工作室

乙方：某智云软件有限公司

甲方拟在银壶制作过程中对熔银、锻打、錾刻、焊接、抛光、质检各工序进行流程追踪，乙方为此向甲方提供工艺流程追踪软件的使用许可及定制开发服务。双方同意按本合同文本执行。

## 第一条 合同标的

1.1 乙方向甲方提供“智云工序通”软件标准版的永久使用许可，包含工单管理、工序报工、物料（银料）领用与损耗统计、成品追溯码、质检记录模块，许可用户数为三十个。

1.2 乙方按甲方需求进行定制开发，内容包括：银料熔炼批次与成品的对应追溯、手工錾刻工时计件、大师作品证书生成、与甲方网店订单的对接、移动端拍照报工。

1.3 定制开发的具体范围以双方确认的需求清单为准，需求清单确认后的变更按乙方人天单价另行收费。

1.4 乙方提供的软件为标准化产品，甲方理解并同意软件功能以乙方产品说明书为准，乙方不保证软件满足甲方的全部业务需求。

1.5 本合同不包括硬件设备、操作系统、数据库及网络环境，由甲方自行准备并承担费用。乙方可推荐配置，但不对甲方自行采购的设备负责。

1.6 许可用户数按同时登录账号计算，每个账号仅供一人使用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智云工序通标准版软件许可 | 168,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 部署实施 | 38,000 |
| 4 | 培训 | 8,000 |
| | 合计 | 450,000 |

合同总价为人民币450,000元（含税）。

上述价格有效期至本合同签订之日起六十日，逾期未付首付款的，乙方有权调整价格。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即292,500元，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即157,500元。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方收款后开具增值税普通发票；甲方需要专用发票的，应在付款前提供开票信息。

3.5 本合同价格不含现场服务人员的差旅费用，乙方人员赴甲方现场的交通、住宿费用由甲方按实报销。

## 第四条 交付

4.1 乙方在收到3.1款项后九十日内完成部署和定制开发，并通知甲方上线。

4.2 因甲方未及时提供需求资料、场地或网络条件造成的延误，交付期限相应顺延。

4.3 甲方应指定专人负责项目对接，并在乙方要求的时间内确认需求清单、提供基础数据；甲方未按时确认的，乙方有权顺延交付或按已完成内容上线。

4.4 乙方通过远程方式部署的，甲方应提供稳定的远程访问通道。

4.5 乙方按4.1款完成部署后，甲方应在五个工作日内配合完成上线；甲方延迟配合的，自乙方通知之日起第六日视为系统已上线运行。

## 第五条 上线与验收

5.1 乙方完成部署并通知甲方后，系统即投入上线运行。

5.2 系统上线运行之日即视为甲方验收合格。甲方在上线后发现的问题，按第六条维护服务处理。

5.3 上线后甲方提出的新增需求或功能调整，不属于本合同范围，乙方可另行报价。

5.4 甲方应在上线后自行组织员工使用系统，因甲方未使用或使用不当造成的损失由甲方承担。

5.5 上线运行之日以乙方发出的上线通知载明的日期为准。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准执行。

6.3 故障处理：一级故障（系统无法登录或无法报工）乙方在8小时内响应，二级及以下故障在2个工作日内响应。乙方将尽力尽快解决问题，但不对修复时间作出承诺。

6.4 免费维护期内，乙方提供电话、微信及远程桌面支持，服务时间为工作日9:00至18:00；现场服务需另行收费。

6.5 乙方对软件的升级版本享有决定权，甲方如需获得软件新版本，应按乙方届时报价购买升级服务。

6.6 因甲方擅自修改系统配置、操作不当、病毒或第三方软件导致的故障，不属于维护服务范围。

6.7 维护服务仅针对软件标准功能及本合同约定的定制功能，不包括数据录入、报表制作及新员工培训。

## 第七条 知识产权

7.1 软件标准版及乙方为本项目定制开发的全部程序、源代码、数据库结构和文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占的使用权，不得对软件进行修改、反向工程，不得许可第三方使用。

7.3 甲方不得将软件安装于许可范围以外的设备，不得超出许可用户数使用；超出部分按乙方报价补缴费用。

7.4 乙方有权将本项目的定制功能纳入其标准产品，向其他客户销售或提供。

## 第八条 数据

8.1 甲方在软件中录入和产生的工艺、订单、客户及作品数据归甲方所有，乙方仅为提供本合同服务之目的处理该数据。

8.2 乙方对其部署的服务器采取访问控制、数据加密及每日备份措施；因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，并赔偿甲方因此遭受的直接损失。

8.3 乙方负责部署的服务器位于乙方租用的境内云平台；甲方数据的日常备份由乙方完成，甲方可随时申请导出。

8.4 合同终止后，乙方在三十日内将甲方数据交还甲方并删除服务器中的数据。

8.5 甲方应自行负责其账号、密码的安全管理，因账号密码泄露造成的损失由甲方承担。

## 第九条 保密

双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。甲方的银器设计图样、錾刻纹样及客户名单属于甲方保密信息。保密期限为合同终止后两年。乙方可在其宣传材料及客户案例中使用甲方名称和标识。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限；乙方不对甲方的间接损失、利润损失承担责任。

10.3 因不可抗力、甲方原因或第三方原因（包括网络运营商、云平台服务商故障）造成的延误或损失，乙方不承担责任。

10.4 甲方违反第七条约定使用软件的，应向乙方支付合同总价20%的违约金。

## 第十一条 合同解除

任何一方严重违反本合同，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方已支付的款项不予退还，但乙方存在严重违约的除外。甲方在上线前单方面终止合作的，已付款项作为乙方损失补偿。乙方因经营调整停止提供维护服务的，应提前九十日通知甲方。

## 第十二条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地仲裁委员会仲裁。争议解决期间，双方继续履行合同中无争议的部分。

## 第十三条 其他

13.1 本合同文本为乙方标准文本，未尽事宜以乙方官网公布的服务条款为准。

13.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

13.3 甲方确认已仔细阅读本合同全部条款，乙方已就责任限制等条款向甲方作出提示和说明。

13.4 本合同附件：需求清单、软件功能说明书、报价单。

甲方（盖章）：                乙方（盖章）：

日期：2027年4月19日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. HPG-FEED-2027-03
P:This Software Licence and Services Agreement (the "Agreement") is made on 12 March 2027 between:
P:(1) Plains Ration Systems, Inc., a Colorado corporation with its principal office in Greeley, Colorado, United States (the "Licensor"); and
P:(2) Hebei Jinhe Feed Group Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shijiazhuang, Hebei Province (the "Customer").
P:The Customer operates seven feed mills producing compound feed for poultry, swine and dairy cattle. The Customer wishes to license the Licensor's feed formulation and mill batching software and to engage the Licensor to implement it at all seven mills. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Licensor's RationPro Enterprise formulation suite and MillBatch execution module, in object code, together with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, batching recipes, configuration scripts and other materials developed by the Licensor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all formulas, ingredient specifications, nutrient matrices, supplier prices, production records and other data supplied by the Customer or generated through the Customer's use of the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's seven mills and its head office, for up to 60 named formulators and unlimited mill operators, for the Customer's internal business purposes and those of its subsidiaries.
P:2.2 The Customer may make copies of the Software reasonably required for backup, testing and disaster recovery.
P:2.3 The Software will be installed on servers in the Customer's data centre in Shijiazhuang. No part of the Software requires a connection to the Licensor's systems in order to run.
P:2.4 The Customer may transfer the licence to an affiliate that acquires one or more of the mills, on written notice to the Licensor.
H:Article 3 Services
P:3.1 The Licensor shall perform the following services: (a) installation and configuration of the Software; (b) migration of the Customer's existing formulas and ingredient library from its current spreadsheets and legacy system; (c) development of interfaces to the Customer's ERP system, laboratory information system and the batching controllers at each mill; (d) development of fourteen management reports; and (e) training of formulators, mill supervisors and IT staff.
P:3.2 The services shall be performed in accordance with the project plan agreed in writing within 15 days after signature. All work at the mills shall follow the Customer's site safety and biosecurity rules.
P:3.3 The Licensor shall complete the services and submit the system for acceptance testing within 150 days after signature.
P:3.4 The Licensor shall provide a project manager who speaks Mandarin, hold a progress meeting with the Customer's project team every week, in person or by video conference, and submit a written progress report after each meeting.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,920,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,260,000; implementation and data migration CNY 418,000; interface development CNY 196,000; and training CNY 46,000.
P:4.2 The Customer shall pay: (a) 20% of the total price (CNY 384,000) within 20 days after signature and receipt of a valid invoice; (b) 45% (CNY 864,000) within 20 days after the system passes the acceptance tests at the first three mills; and (c) 35% (CNY 672,000) within 20 days after Final Acceptance.
P:4.3 The Licensor shall issue invoices in accordance with PRC tax rules. All bank charges outside China are for the Licensor's account.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall verify that: (a) every function in the agreed specification performs as described; (b) the migrated formulas reproduce the nutrient values of the legacy system within 0.5% for each nutrient; (c) least-cost formulation of a 40-ingredient ration completes in under 10 seconds; (d) batch orders transfer to and from each mill's batching controller without error for ten consecutive production days; and (e) all fourteen reports reconcile with ERP figures.
P:5.2 If the tests are not passed, the Licensor shall correct the defects within 15 days and repeat the tests. Installation, go-live or productive use of the Software does not by itself constitute acceptance.
P:5.3 When all criteria are met at all seven mills, the Customer shall issue a Final Acceptance certificate within 10 business days.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period, the Licensor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:6.2 Support requests are classified by severity. Severity 1 means that formulation or batching is unavailable at one or more mills. For Severity 1 issues, the Licensor shall respond within 1 hour, 24 hours a day, and provide a workaround within 8 hours. For Severity 2 issues the response time is 2 business hours and for other issues 1 business day.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Licensor shall credit the Customer CNY 1,000 against future invoices or pay that amount on request.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Software licence fee, being CNY 138,600 per year. This fee is fixed for the first three support years after the Warranty Period. Each support year is ordered separately and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Customer may use, modify and license the Custom Deliverables to third parties without restriction. The Licensor shall deliver the source code of the Custom Deliverables at Final Acceptance.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Licensor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and only with the Customer's prior approval for each session. The Licensor shall not transfer Customer Data outside the People's Republic of China and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Licensor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in containing it, and be liable for the resulting losses where the incident is caused by the Licensor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. The Customer's formulas, nutrient matrices and ingredient prices are confidential information of the Customer.
P:9.2 These obligations continue for three years after the end of this Agreement, and without limit of time for the Customer's formulas.
H:Article 10 Delay and Liability
P:10.1 If the Licensor fails to submit the system for acceptance testing by the date in Article 3.3, it shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Article 8 or Article 9, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent. The Licensor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice of the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Licensor shall refund the amounts paid for the services not accepted, and the Customer may keep using the Software under the licence in Article 2.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Colorado, United States, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Denver, Colorado, and the language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement is made in English and Chinese, both versions having equal effect.
P:14.2 This Agreement takes effect on signature by both parties' authorised representatives.
P:14.3 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt. Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business.
P:For the Licensor: ____________________    For the Customer: ____________________
"""

E02 = """# Order Form and General Terms: YardLine Cloud Subscription

Order Form No. YL-CN-2027-0142

## PART A - ORDER FORM

### A1. Parties

- **Provider:** YardLine Software, LLC, a Pennsylvania limited liability company, 40 Broad Street, Hazleton, Pennsylvania, United States.
- **Customer:** Tianjin Haiyun Contract Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Tianjin Binhai New Area.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If this Order Form conflicts with Part B, this Order Form prevails.

### A2. Subscribed Services

The Provider will provide its YardLine yard and dock management service (the "Service") for the Customer's six distribution centres in Tianjin, Langfang and Tangshan. The Service covers gate check-in and check-out, trailer and container location tracking, dock door scheduling, driver self-service kiosks, yard jockey task dispatch, carrier appointment booking and yard performance dashboards. The subscription includes up to 180 named users and 42 kiosks and handheld devices. The Provider supplies the kiosks and handheld devices as part of the subscription; they remain the Provider's property and will be collected at the end of the Subscription Term.

### A3. Subscription Term

The Subscription Term starts on the date of Go-Live Acceptance under A6 and consists of two consecutive Subscription Years. Each Subscription Year is a period of 365 days (366 days where it includes 29 February).

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 6 sites, 180 users | 356,000 |
| Subscription fee, Subscription Year 2 | 6 sites, 180 users | 356,000 |
| Onboarding and integration (one-time) | fixed price | 64,000 |
| **Total Contract Value** | | **776,000** |

All fees include VAT. Additional sites may be added during the Subscription Term at CNY 52,000 per site per Subscription Year, pro rata.

### A5. Invoicing and Payment

1. Subscription fees are invoiced quarterly in advance, in equal instalments of CNY 89,000, at the start of each quarter of each Subscription Year. No subscription fee is invoiced before Go-Live Acceptance.
2. The onboarding fee is invoiced after Go-Live Acceptance.
3. The Customer pays each undisputed invoice within 30 days after receipt.
4. If the Customer disputes part of an invoice in good faith, it will pay the undisputed part and the parties will settle the disputed part within 30 days.

### A6. Onboarding and Go-Live Acceptance

1. The Provider will complete onboarding within 75 days after the date of this Order Form. Onboarding consists of configuring the six yard layouts, loading carrier and dock master data, integrating the Service with the Customer's warehouse management system and transport management system, installing the kiosks and training the Customer's staff.
2. Go-Live Acceptance requires that: (a) all functions listed in A2 work at all six sites; (b) gate transactions are recorded and shown on the yard map within 5 seconds; (c) appointment and gate data exchanged with the warehouse management system reconcile without error for ten consecutive operating days; and (d) the Customer's IT security team has confirmed completion of the security checklist in Part B Section 4.
3. The Customer will confirm or reject Go-Live Acceptance in writing within 7 business days after the Provider's notice of readiness, stating the reasons for any rejection.
4. If Go-Live Acceptance is delayed for reasons attributable to the Provider beyond the date in A6.1, the Provider will pay the Customer CNY 600 for each day of delay.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

Date: 2 June 2027

## PART B - GENERAL TERMS

### 1. Service Levels

1.1 The Provider will make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and performed between 01:00 and 05:00 China Standard Time.

1.2 The Provider will respond to incidents as follows: Priority 1 (the Service is unavailable or gate processing is stopped at any site) within 1 hour, at any time; Priority 2 (a major function is degraded) within 3 hours during business hours; Priority 3 (other issues) within 1 business day.

1.3 If availability falls below the level in Section 1.1 in any month, the Provider will credit the Customer 5% of the monthly subscription fee for each full 0.5 percentage point, or part of it, by which availability falls short, up to half of that month's subscription fee. If a Priority 1 response is late, the Provider will credit CNY 1,000 for each hour of delay. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to the Customer.

1.4 The Provider will publish a monthly service report showing availability, incidents by priority, response times and any credits due. The Customer may ask for the underlying logs for any month.

### 2. Customer Data

2.1 All data entered into or generated by the Service for the Customer, including yard events, vehicle and driver records, appointment histories and images taken at the gates ("Customer Data"), belongs to the Customer.

2.2 The Provider will use Customer Data only to provide the Service to the Customer and will not use, sell or disclose it for any other purpose.

2.3 Within 30 days after the end of the Subscription Term, the Provider will return all Customer Data in a standard format and then delete it from its systems, and confirm the deletion in writing.

2.4 The Provider will support the Customer in answering requests from drivers and carriers to access, correct or delete their personal information held in the Service.

### 3. Intellectual Property

3.1 The Provider owns the Service and all its software.

3.2 Yard layouts, custom reports, interface mappings and other configurations created specifically for the Customer belong to the Customer. The Customer may use, modify and have them used by third parties without restriction.

### 4. Data Security

4.1 The Service is hosted for the Customer in a data centre located in mainland China operated by a cloud provider holding a valid MLPS level 3 record. Customer Data is not transferred outside mainland China.

4.2 The Provider will encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least 180 days and test restoration from backup every quarter.

4.3 The Provider will notify the Customer of any security incident affecting Customer Data within 12 hours after discovering it, take all steps needed to contain it and bear the costs and losses caused by any incident attributable to the Provider or its personnel, including driver notifications required under the Personal Information Protection Law.

4.4 The Provider will allow the Customer, or an auditor appointed by it, to review its security controls for the Service once in each Subscription Year, on reasonable notice, and will remedy any material deficiency found within 30 days.

### 5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation continues for three years after the end of the Agreement.

### 6. Subcontracting

The Provider may not subcontract any part of the Service, other than hosting by the cloud provider described in Section 4.1, without the Customer's prior written consent.

### 7. Renewal

At the end of the Subscription Term, the Agreement renews automatically for successive renewal terms, each as long as one Subscription Year, unless either party gives notice of non-renewal at least 60 days before the end of the current term. The Provider may increase the subscription fees for any renewal term to its then-current list prices by giving notice at least 45 days before the renewal term begins.

### 8. Liability

Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of Sections 2, 4 or 5, to personal injury or to fraud.

### 9. Termination

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 20 days after written notice.

9.2 If the Customer terminates under Section 9.1, the Provider will refund any prepaid fees for the period after termination.

9.3 On termination or expiry, the Provider will, if the Customer asks, continue to provide the Service for up to 60 days at the fees in A4, pro rata, so that the Customer can move to another system without interruption.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute will be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin in accordance with its rules then in force.

### 11. General

This Agreement is executed in English. Notices must be in writing and sent to the addresses in A1. Neither party may assign this Agreement without the other party's written consent. Training for new staff is provided through the Provider's online academy at no extra charge during the Subscription Term. The Provider will keep the user interface and user guides of the Service available in simplified Chinese.
"""

E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. QDB-EQ-2027-058
P:Buyer: Qingdao Haibin Brewery Group Co., Ltd., a company incorporated in the People's Republic of China, registered office in Qingdao, Shandong Province (the "Buyer").
P:Supplier: Schuylkill Vibration Technologies, Inc., a Pennsylvania corporation, principal office in Pottsville, Pennsylvania, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to monitor the condition of pumps, compressors, centrifuges, fans and bottling line drives at its three breweries, and the Supplier has offered wireless sensors, gateways and its monitoring software for that purpose.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.1.
P:1.2 "Software" means the Supplier's VibraSight condition monitoring software, licensed under clause 7.
P:1.3 "Deliverables" means the Equipment, the Software, the machine models, alarm rules, dashboards and integration scripts prepared for the Buyer, and all related documentation.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 420 wireless vibration and temperature sensors and 36 gateways on the assets listed in Annex 1 at the Buyer's breweries in Qingdao, Weifang and Rizhao.
P:2.2 The Supplier shall install the Software on the Buyer's servers, configure a machine model and alarm rules for each monitored asset, connect the Software to the Buyer's maintenance management system so that alarms create work orders automatically, and train the Buyer's reliability engineers and maintenance technicians.
P:2.3 The Supplier shall survey each brewery within 20 days after signature, confirm the mounting point and sensor type for each asset, and submit an installation plan for the Buyer's approval. Sensors on equipment in hazardous or hygienic areas shall carry the certifications required for those areas.
P:2.4 All installation work shall be carried out during the maintenance windows agreed with each brewery's production manager. The Supplier's personnel shall follow the Buyer's food safety, hot work and lock-out rules at all times.
P:2.5 The Supplier shall complete delivery within 60 days and installation and commissioning within 120 days after signature of this Contract.
H:3. Price
P:3.1 The Contract Price is CNY 1,868,000, inclusive of VAT, delivery to site, duties, installation and all other costs of the Supplier, as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|420|1,980|831,600
TB:2|Gateway with cellular and Ethernet backhaul|36|7,400|266,400
TB:3|VibraSight software, perpetual site licence, 3 breweries|1|486,000|486,000
TB:|Equipment and Software Subtotal|||1,584,000
TB:4|Installation and commissioning|1|168,000|168,000
TB:5|Machine models and alarm configuration|1|92,000|92,000
TB:6|Training|1|24,000|24,000
TB:|Contract Price|||1,868,000
P:3.2 The Contract Price is fixed and is not subject to exchange rate adjustment.
P:3.3 The Buyer may order up to 80 additional sensors and 6 additional gateways at the unit prices in clause 3.1 at any time during the warranty period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 186,800) within 15 business days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,027,400) within 30 days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate records physical installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 653,800) within 30 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid VAT invoice. The Buyer may deduct from any payment the delay damages and other amounts due from the Supplier under this Contract.
H:5. Acceptance
P:5.1 After commissioning, the Deliverables shall run for a trial period of 45 days. The acceptance criteria are: (a) every sensor reports at its configured interval with less than 0.5% of readings lost over the trial period; (b) the measured vibration values agree with reference measurements taken by the Buyer's portable analyser within the tolerance stated in Annex 2; (c) the alarm rules detect each of the simulated faults in the test plan; (d) every alarm creates a work order in the maintenance management system within 60 seconds; and (e) no Severity 1 incident occurs during the trial period.
P:5.2 If any criterion is not met, the Supplier shall correct the fault within 10 days and the trial period shall restart for the affected assets.
P:5.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate. Delivery, installation, commissioning or use of the Deliverables does not constitute acceptance.
P:5.4 The Supplier shall hand over as-built drawings, sensor location records, configuration backups and the operation and maintenance manuals before Final Acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including shipping and on-site labour, and supply Software updates and new versions.
P:6.2 Incidents are classified in the table below. The Supplier shall meet the following response and restoration times:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software down, or a gateway serving critical assets offline|30 minutes|8 hours
TB:Severity 2|Several sensors offline or alarms delayed|2 hours|2 business days
TB:Severity 3|Other faults and questions|1 business day|10 business days
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Buyer may order annual support covering replacement of failed sensors and gateways, Software updates and remote support at 7% of the Equipment and Software Subtotal, being CNY 110,880 per year, fixed for the first four support years. Support is ordered year by year and does not renew automatically.
P:6.5 During the warranty period, the Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace any failed unit within 5 business days.
P:6.6 The Supplier shall review the alarm history with the Buyer's reliability engineers every quarter during the warranty period and adjust alarm levels where the review shows false or missed alarms.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the three breweries and for any additional assets the Buyer connects later within the licensed sensor capacity.
P:7.2 The machine models, alarm rules, dashboards and integration scripts prepared for the Buyer belong to the Buyer, which may use, modify and have them used by others freely. The Supplier keeps its pre-existing software and tools.
P:7.3 The Supplier warrants that the Deliverables do not infringe any third party's intellectual property rights and shall defend and indemnify the Buyer against any claim that they do.
H:8. Data Security
P:8.1 All measurement data, asset data and alarm histories belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The gateways shall send data only to the Buyer's servers. The Supplier shall not connect the Deliverables to any system outside the Buyer's network without the Buyer's written approval. Remote support shall use the Buyer's remote access system, with approval for each session.
P:8.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 12 hours, assist the Buyer in responding to it and compensate the Buyer for losses caused by the Supplier's breach of this clause.
P:8.4 At the end of the support period, the Supplier shall delete any Buyer data it holds and confirm the deletion in writing.
H:9. Confidentiality
P:Each party shall keep secret the other party's confidential information, including the Buyer's production data, plant layouts and process information, and shall use it only for this Contract. This obligation survives for three years after the end of this Contract.
H:10. Delay
P:If the Supplier fails to complete installation and commissioning by the date in clause 2.5, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:11. Liability
P:The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of clauses 8 and 9.
H:12. Subcontracting
P:The Supplier may not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors shall follow the Buyer's site safety rules, and the Supplier remains responsible for them.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
H:14. Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission.
H:15. General
P:15.1 The Annexes to this Contract are: Annex 1, asset list; Annex 2, measurement tolerances and test plan; Annex 3, installation plan.
P:15.2 This Contract is made in English and Chinese, both versions having equal effect, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. FTP-MSA-2027-011

This Managed IT Services Agreement (the "Agreement") is made on 15 July 2027 between **French Creek Managed Services, Inc.**, a Pennsylvania corporation with its principal office in Meadville, Pennsylvania, United States (the "Provider"), and **Suzhou Fangtai Precision Plastics Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in the Suzhou Industrial Park (the "Customer").

The Customer makes injection-moulded parts and moulds for automotive and appliance customers at two plants in Suzhou and one in Kunshan. It wishes to outsource the day-to-day operation of its IT environment to the Provider, which already supports the Customer's sister company. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" means the credits set out in Schedule 3.

1.3 "Service Commencement Date" means the date on which the Customer confirms in writing that Transition has been completed in accordance with clause 3.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider handles in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services are provided for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties, and the fees for any extension will be agreed at that time.

## 3. Transition

3.1 The Provider shall complete Transition within 70 days after signature. Transition consists of taking over the existing documentation, discovering and recording all devices in the configuration database, installing monitoring agents, setting up the service desk and telephone line in Mandarin and English, and running the Services in parallel with the Customer's IT team for 20 business days.

3.2 Transition is complete when: (a) at least 98 out of every 100 devices in the agreed inventory are recorded and monitored; (b) every runbook listed in the transition plan has been tested; (c) the service desk has handled the parallel-run tickets within the Service Levels; and (d) the Customer's IT manager has signed the transition completion certificate.

3.3 If Transition is not complete by the date in clause 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

3.4 The Customer shall give the Provider access to its sites, systems and documentation reasonably needed for Transition, and shall make its IT manager available to answer questions.

## 4. Services and Service Levels

4.1 From the Service Commencement Date the Provider shall provide the Services in Schedule 1 and meet the Service Levels in Schedule 2.

4.2 If the Provider fails to meet a Service Level, the Customer is entitled to the Service Credits in Schedule 3. The Provider shall report performance against each Service Level monthly and include the Service Credits in the next invoice.

4.3 The Provider shall name a service delivery manager who attends a monthly service review at the Customer's Suzhou head office.

4.4 The Provider shall propose improvements to the Customer's IT environment at each quarterly review, including hardware that should be replaced and recurring incidents whose root cause should be removed.

## 5. Fees and Payment

5.1 The fees are a one-time transition fee of CNY 96,000 and a monthly service fee of CNY 58,000 for each month of the Term, being CNY 2,088,000 for the Term. The total value of this Agreement is CNY 2,184,000, inclusive of VAT.

5.2 The transition fee is invoiced after the transition completion certificate is signed. The monthly service fee is invoiced monthly in arrears, less any Service Credits.

5.3 The Customer shall pay each correct invoice within 30 days after receipt.

5.4 Devices added above the inventory in Schedule 1 by more than 10 units are charged at the unit rates in Schedule 1 from the following month.

5.5 The fees are fixed for the Term and are not adjusted for inflation or exchange rate movements.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to provide the Services and shall return it to the Customer at the end of the Term.

6.2 The Provider's personnel shall comply with the Customer's IT usage policy when working at the Customer's sites.

## 7. Intellectual Property

7.1 Runbooks, scripts, configuration records and documentation created by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them and hand them to any successor provider.

7.2 The Provider keeps its own monitoring tools and service desk software, which it provides as part of the Services.

## 8. Confidentiality

Each party shall keep confidential all information received from the other party that is marked or would reasonably be understood as confidential, including the Customer's mould designs, customer lists and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 The Provider shall staff the Services with qualified personnel and replace any individual the Customer reasonably objects to.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

9.3 The Provider shall keep two or more engineers on site at the Suzhou head office during business hours, and shall give the Customer at least 30 days' notice of any change of the service delivery manager.

## 10. Liability

10.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the 9 months before the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Term and Remedies

11.1 The Service Credits in Schedule 3 and the delay payments in clause 3.3 are the Customer's remedies for failures to meet the Service Levels and Transition dates. The Customer may not terminate this Agreement before the end of the Term.

11.2 The Provider may suspend the Services if an undisputed invoice remains unpaid for more than 60 days after written reminder.

11.3 At the end of the Term, the Provider shall cooperate with the Customer and any successor provider for up to 45 days to hand over the Services, at the rates in Schedule 1.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. 13.2 Amendments must be in writing and signed by both parties. 13.3 This Agreement is made in English and Chinese, both versions having equal effect.

For the Provider: ____________________   For the Customer: ____________________

## Schedule 1 - Services and Inventory

| Service | Scope | Hours |
|---|---|---|
| Service desk | Calls, e-mail and portal tickets from 620 users, in Mandarin and English | 07:00 to 22:00, 7 days |
| End-user devices | Management, patching and software deployment for 640 PCs and laptops | Business days |
| Servers | Monitoring, patching and backup of 46 virtual and 8 physical servers | 24 x 7 monitoring |
| Network | Monitoring and configuration of 3 sites, 74 switches, 9 firewalls and 210 access points | 24 x 7 monitoring |
| Plant systems support | First-line support for 38 shop-floor terminals and the MES clients | Shift hours |
| Additional devices | PC CNY 60, server CNY 900, network device CNY 150, per month | As added |
| Exit assistance | Handover support at the end of the Term | CNY 1,600 per engineer day |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | A plant or the head office cannot work, or production systems are down | 15 minutes | 6 hours |
| P2 | A department or a critical function is affected | 1 hour | 1 business day |
| P3 | One user or a non-critical function is affected | 8 business hours | 3 business days |
| P4 | Requests and questions | 1 business day | 5 business days |

Service desk: at least 90 out of every 100 calls answered within 60 seconds in each month.

## Schedule 3 - Service Credits

| Service Level missed | Credit |
|---|---|
| P1 response later than 15 minutes | CNY 1,000 per incident |
| P1 resolution later than 6 hours | CNY 2,000 for each further hour |
| P2 resolution missed in a month | CNY 300 per incident |
| Service desk answer rate missed | 3% of the monthly service fee |
| Total credits | up to 20% of the monthly service fee per month |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
HARDWOOD MARKET DATA API

Agreement No. AHD-HZ-2027-027

This Data Subscription Agreement (the "Agreement") is made on 9 August 2027 between:

Allegheny Hardwood Data Services, Inc., a Pennsylvania corporation with its principal office in Clearfield, Pennsylvania, United States (the "Provider"); and

Huzhou Senlin Flooring Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanxun District, Huzhou, Zhejiang Province (the "Customer").

The Provider publishes prices, grading statistics, mill output and export volume data for North American hardwood lumber and logs. The Customer imports red oak, white oak, walnut and ash lumber for its engineered flooring plants and wishes to receive this data through the Provider's application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's Hardwood Market Data application programming interface, including its documentation and access keys.

1.2 "Licensed Data" means the data sets listed in clause 2.1, as updated by the Provider from time to time.

1.3 "Customer Data" means the purchase prices, volumes, grades, supplier names and other information that the Customer uploads to the API to use the price benchmarking function, and the queries the Customer makes.

1.4 "Subscription Year" means each of the two consecutive periods of 365 days starting on the Start Date. The "Subscription Period" is the two Subscription Years together.

1.5 "Start Date" means the date on which the Customer confirms Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Period to access the API and use the following Licensed Data: (a) weekly mill prices for 14 hardwood species by grade and thickness; (b) daily export prices to China FOB East Coast ports; (c) monthly mill production and inventory statistics; (d) monthly United States export volumes by species and destination; and (e) historical series back to January 2010.

2.2 The Customer may use the Licensed Data for its internal purchasing, pricing and planning, and may share reports containing limited extracts with its affiliates, banks and auditors. The Customer may not resell the Licensed Data.

2.3 The subscription allows up to 25 named users and up to 200,000 API calls in each calendar month.

2.4 The Provider shall give the Customer at least 60 days' notice of any change to the API that would require the Customer to change its integration, and shall keep the previous version of the API available for that period.

2.5 The Provider shall make the data sets available in English, with species and grade names in Chinese as mapped under clause 4.1.


3. FEES AND PAYMENT

3.1 The fees are:

   Subscription fee, Subscription Year 1 ........ CNY 248,000
   Subscription fee, Subscription Year 2 ........ CNY 248,000
   Integration services (one-time) .............. CNY 36,000
   Total fees ................................... CNY 532,000

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after Integration Acceptance. No amount is payable before the Start Date.

3.3 The Customer shall pay each correct invoice within 30 days after receipt. All amounts include VAT.

3.4 API calls above the monthly allowance are charged at CNY 0.08 per call.

3.5 The fees are fixed for the Subscription Period and are not subject to exchange rate adjustment.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature, the Provider shall issue production API keys, map the Licensed Data to the Customer's species and grade codes, and connect the API to the Customer's procurement system and its business intelligence tool.

4.2 Integration Acceptance requires that: (a) every data set in clause 2.1 can be retrieved through the Customer's procurement system; (b) a sample of 300 price points chosen by the Customer matches the Provider's published reports; (c) the historical series load completely into the business intelligence tool; and (d) the species and grade mapping has been approved by the Customer's purchasing manager.

4.3 If the Provider does not make the API available for Integration Acceptance testing by the date in clause 4.1, the Provider shall pay the Customer CNY 400 for each day of delay.

4.4 If any criterion in clause 4.2 is not met, the Provider shall correct the problem within 10 days and the Customer shall repeat the test for the affected items.

4.5 The integration services include two training sessions for the Customer's purchasing team and its business intelligence analysts, held by video conference in Mandarin or with an interpreter provided by the Provider.

5. AVAILABILITY AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to publish each data set on its usual schedule.

5.2 The Provider offers support by e-mail and through its online help centre during business hours in Pennsylvania, and will respond to support requests as promptly as is reasonably practicable.

5.3 The Provider may carry out maintenance on the API from time to time and will try to give advance notice of planned maintenance on its status page.

5.4 The Customer may report problems by e-mail at any time. Requests received outside business hours are handled on the next business day.

6. DATA QUALITY

6.1 The Provider collects the Licensed Data from mill surveys, trade records and public sources, and will correct errors notified by the Customer in the next regular update.

6.2 The Licensed Data is provided for information. Purchasing decisions remain the Customer's responsibility.

6.3 The Provider shall publish a description of its methods for each price series and notify the Customer of any material change to them at least 30 days in advance.

6.4 Where a published price is revised, the Provider shall mark the revision in the API and keep the earlier value in the historical series.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer.

7.2 The Customer grants the Provider a perpetual, irrevocable licence to use Customer Data in aggregated and de-identified form, combined with data from other subscribers, to calculate and improve the Provider's price indices, benchmarks and other data products, including after this Agreement ends.

7.3 Apart from clause 7.2, the Provider shall not disclose Customer Data to any third party.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with encryption in transit and at rest, access limited to authorised personnel, multi-factor authentication and logging of all administrative access.

8.2 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take prompt steps to contain it, and compensate the Customer for losses caused by a security incident attributable to the Provider.

8.3 The Customer is responsible for keeping its API keys secure and shall notify the Provider promptly if a key may have been disclosed.

8.4 The Customer shall upload only business data and shall not upload personal information of any individual.

9. INTELLECTUAL PROPERTY

9.1 The Provider owns the API and the Licensed Data.

9.2 The dashboards, report templates and mapping tables created by the Provider specifically for the Customer during integration belong to the Customer, which may use and modify them freely and have them maintained by others.

10. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business information, including the terms of this Agreement, and use it only for the purposes of this Agreement. This obligation continues for three years after this Agreement ends. Neither party shall use the other party's name in publicity without its prior written consent.

11. SUBCONTRACTING

The Provider shall not subcontract any of its obligations under this Agreement, including the integration services, without the Customer's prior written consent.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 3.1, except for breach of clauses 8 and 10 and for fraud.

12.2 Neither party is liable for indirect or consequential loss, including loss of profit.

13. TERM, RENEWAL AND TERMINATION

13.1 This Agreement ends at the end of the second Subscription Year. Any renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remainder of the current Subscription Year.

13.3 On termination or expiry, the Customer shall stop using the API and may keep reports and extracts made during the Subscription Period for its internal records.

13.4 Clauses 7, 8, 10 and 12 survive the end of this Agreement.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

15. GENERAL

15.1 This Agreement is signed in English and Chinese, and both versions have equal effect.

15.2 Notices shall be in writing and sent to the addresses of the parties stated above.

15.3 Neither party may assign this Agreement without the other party's written consent, except to a successor of its entire business.

15.4 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

For the Provider: ____________________

For the Customer: ____________________
"""

# ---------------------------------------------------------------- files
TARGETS = {
    "z01": ("h983z01_court_bankruptcy_administrator_platform", "pdf", Z01),
    "z02": ("h983z02_iron_factory_line_control_retrofit", "docx", Z02),
    "z03": ("h983z03_korean_school_chain_booking_saas", "txt", Z03),
    "z04": ("h983z04_water_bureau_reclaimed_network_om", "txt", Z04),
    "z05": ("h983z05_silver_studio_process_tracking_supplier_template", "md", Z05),
    "e01": ("h983e01_feed_formulation_perpetual_licence", "pdf", E01),
    "e02": ("h983e02_yard_management_saas_order_form", "md", E02),
    "e03": ("h983e03_brewery_condition_monitoring_sensors", "docx", E03),
    "e04": ("h983e04_plastics_managed_it_services", "md", E04),
    "e05": ("h983e05_hardwood_market_data_api", "txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
LABELS = {
    "z01": dict(lang="zh", cat="software", fee_base=860000, terms=[
        99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
        extra=(True, True, True, False, 1648000), design=[]),
    "z02": dict(lang="zh", cat="hardware", fee_base=1430000, terms=[
        None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, False, "PRC", G],
        extra=(True, True, True, False, 1690000), design=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(lang="zh", cat="cloud", fee_base=None, terms=[
        99.5, 0.5, True, "buyer", True, False, True, 400 / 632000 * 100, 150, None, True, None, None, None, False,
        True, True, "PRC", S],
        extra=(True, True, None, False, 632000), design=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z04": dict(lang="zh", cat="services", fee_base=None, terms=[
        99.95, 0.5, True, "buyer", True, True, False, None, None, None, True, None, None, None, False, True, False,
        "PRC", S],
        extra=(True, False, None, False, 486000), design=["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
    "z05": dict(lang="zh", cat="software", fee_base=168000, terms=[
        None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None, None, G],
        extra=(True, True, False, True, 450000),
        design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software", fee_base=1260000, terms=[
        None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Colorado",
        G],
        extra=(True, True, True, False, 1920000), design=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud", fee_base=None, terms=[
        99.5, 1, True, "buyer", True, True, True, 600 / 776000 * 100, 150, None, True, None, None, None, True, True,
        False, "PRC", S],
        extra=(True, True, None, False, 776000), design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "e03": dict(lang="en", cat="hardware", fee_base=1584000, terms=[
        None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
        extra=(True, True, True, False, 1868000), design=[]),
    "e04": dict(lang="en", cat="services", fee_base=None, terms=[
        None, 0.25, True, "buyer", False, True, True, 1500 / 2184000 * 100, 9 / 36 * 100, None, True, None, None,
        None, False, False, False, "PRC", S],
        extra=(True, True, None, False, 2184000), design=["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "e05": dict(lang="en", cat="cloud", fee_base=None, terms=[
        None, None, False, "buyer", True, False, True, 400 / 532000 * 100, 200, None, True, None, None, None, False,
        True, False, "PRC", S],
        extra=(False, True, None, False, 532000), design=["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}

# policy §3 thresholds (and the §4 horizon)
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x, fee_base):
    """Post-warranty fee share of TCO over the horizon, from acceptance; None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * (fee_base or x["contract_value"]) * years
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, fee_base):
    """My reading of policy §3 and its section on where rules apply."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # no forum outside mainland China with PRC law in this set
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, fee_base) if goods else None
    if share is not None and share > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|percent|per\s*cent)"
FORBIDDEN = [
    r"(?<![\d.])99\.90*(?!\d)",                                     # availability 99.9
    r"(?<![\d.])4\s*(?:-\s*)?(?:business\s*|working\s*)?(?:hours?|hrs?|小时|个小时|個小時)",
    r"\bfour\s*(?:-\s*)?(?:business\s*|working\s*)?hours?", r"(?<![十\d])四个?小时", r"(?<![\d.])240\s*(?:minutes|分钟)",
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![十百千])", r"千分之零点五", r"(?<![\d.])0\.00050*(?!\d)",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百(?![零一二三四五六七八九十])",
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"(?<![十一二三四五六七八九])三成",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"(?<![十一二三四五六七八九])四成",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月|個月)", r"\btwelve\s*(?:-\s*)?months?", r"(?<![十\d])十二个月",
    r"(?<![十])一年", r"(?<![\d.])1\s*(?:-\s*)?years?\b", r"\bone\s*(?:-\s*)?years?\b",
    r"(?<![\d.])5\s*(?:-\s*)?years?", r"\bfive\s*(?:-\s*)?years?", r"(?<![十\d])五年", r"(?<![\d.])60\s*(?:months?|个月)",
]
RX = re.compile("|".join("(?:%s)" % p for p in FORBIDDEN), re.I)
MUST_HIT = ["99.9%", "99.9 %", "可用率99.9%", "4 hours", "4小时", "四小时", "four hours", "4 business hours", "0.05%",
            "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十", "三成", "40 %",
            "百分之四十", "四成", "15%", "百分之十五", "12 months", "12-month", "12个月", "十二个月", "twelve months",
            "一年", "one year", "1 year", "5 years", "五年", "five years", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "99.98", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "0.5%", "万分之八",
             "万分之五十", "150%", "1.5%", "130%", "0.30%", "百分之三十五", "45%", "115%", "215%", "18 months",
             "二十四个月", "十一年", "3.5 years", "three years", "三年", "36 months", "120 days", "600", "十五日",
             "15 days", "Subscription Year"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s) and RX.search(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s) and not RX.search(re.sub(r"\s+", "", s)), ("must miss", s, RX.search(s))


# ---------------------------------------------------------------- read back
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}
ALL_RULES = sorted(SEVERITY)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    markup = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    kinds = {k: (v[0] + "." + v[1], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(markup, kinds, OUT, wrap_words=True)
    for k, (stem, ext, src) in TARGETS.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(src.strip() + "\n", encoding="utf-8")
            print("wrote", stem + "." + ext)
    covered, problems = set(), []
    for k, (stem, ext, src) in TARGETS.items():
        lab = LABELS[k]
        path = OUT / (stem + "." + ext)
        text = read_back(path)
        n = length(text, lab["lang"])
        lo, hi = LIMITS[lab["lang"]]
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (k, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            if m:
                problems.append("%s threshold figure %r near %r" % (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30]))
                break
        t = dict(zip(TERM_KEYS, lab["terms"]))
        assert len(lab["terms"]) == len(TERM_KEYS)
        sla, ld, capped, deemed, cv = lab["extra"]
        x = {"sla_clause": sla, "ld_stated": ld}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert t["final_payment_on_acceptance"] is None or k in ()
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = cv
        # no label value on a threshold
        for key, th in (("availability_pct", "availability"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                        ("post_warranty_fee_pct", "pwf")):
            if t[key] is not None and abs(t[key] - TH[th]) < 1e-9:
                problems.append("%s %s on threshold" % (k, key))
        share = tco_share(t, x, lab["fee_base"])
        if share is not None and abs(share - TH["tco"]) <= 2:
            problems.append("%s TCO share %.2f within 2 points" % (k, share))
        rules = derive_rules(t, x, lab["fee_base"])
        if rules != sorted(lab["design"]):
            problems.append("%s derived %s != design %s" % (k, rules, sorted(lab["design"])))
        if risk_of(rules) != RISK[k]:
            problems.append("%s risk %s != %s" % (k, risk_of(rules), RISK[k]))
        covered |= set(rules)
        out = {"file": path.name, "language": lab["lang"], "category": lab["cat"], "expected_terms": t,
               "expected_extra": x, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s %-62s %5d %-6s tco=%s %s" % (k, path.name, n, risk_of(rules),
                                               "-" if share is None else "%.2f" % share, ",".join(rules) or "(none)"))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    fivefold = [k for k in TARGETS if len(LABELS[k]["design"]) in (2, 3)]
    assert sorted(fivefold) == ["e02", "e04", "e05", "z02", "z03", "z04"], fivefold
    assert 8 <= len(LABELS["z05"]["design"]) <= 10 and LABELS["e01"]["design"] == ["CR-GOVERNING-LAW"]
    assert sorted(k for k in TARGETS if not LABELS[k]["design"]) == ["e03", "z01"]
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
